"""``deckc init DIR``: a new deck folder that builds at once.

It writes a commented ``deck.toml``, a ``sources/`` folder, one example
Markdown document and an empty ``build/`` folder (the outputs' default place
for this deck), and refuses to touch a folder that already holds files.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import shutil
import unicodedata
from pathlib import Path

from compiler.model import slugify

DECK_TOML = """\
# deckc deck configuration: see README.md ("Add your own document") and docs/layouts.md.

[deck]
{name_line}# the Anki deck name
{basename_line}# output names: build/{basename}.apkg, .csv, .json, .pdf
{date_line}# printed on the cheat sheet; the build never reads the clock

# One [[source]] table per document in sources/. A file that is not listed here is still read:
# the build names the layout it detected and prints the table to paste.
[[source]]
id = "example"                  # short id: item ids, tags and GUIDs use it; never change it once published
file = "sources/example.md"     # relative to this folder
title = "Example notes"         # shown on the back of each card
layout = "markdown"             # markdown | qa | numbered | pattern | … (docs/layouts.md)
# difficulty: each question may end with a marker; map them to easy / medium / hard
difficulty = {{ from = "label", labels = {{ "👶" = "easy", "⭐️" = "medium", "🚀" = "hard" }}, default = "medium" }}

# A text layout nobody coded: describe it with patterns (docs/layouts.md), e.g.
# [[source]]
# id = "export"
# file = "sources/export.txt"
# title = "My flashcard export"
# [source.pattern]
# item = '^Q:\\s*(?P<question>.*)$'
# answer = '^A:\\s*(?P<answer>.*)$'
"""

EXAMPLE_MD = """\
# Example notes

<!-- A heading or a bold line ending in `?` is a question; what follows it is the answer.
     Text outside any question is not in any card (the build warns about it). -->

## Basics

## What does deckc make from this file? 👶

An Anki deck (`.apkg`), a CSV for Anki's importer, a JSON manifest and a printable cheat sheet.

**How do I add my own questions? ⭐️**

Write them here, or drop another document into `sources/`, then run the same `deckc build` command again.

## Going further

## Can an answer hold code and math? 🚀

Yes: fenced code is highlighted, and $e^{i\\pi} + 1 = 0$ is typeset by Anki's MathJax.

```python
print("hello, deck")
```
"""


class InitError(Exception):
    """The folder cannot be used for a new deck (the message says why)."""


def init_deck(folder: Path, name: str | None = None, date: str = "undated") -> list[Path]:
    """Create a deck folder; return the files written. Raise :class:`InitError` if ``folder`` is in use."""
    if folder.exists() and not folder.is_dir():
        raise InitError(f"{folder} exists and is not a folder")
    if (folder / "deck.toml").exists():
        raise InitError(f"{folder} already holds a deck (deck.toml); nothing was changed")
    if folder.is_dir() and any(folder.iterdir()):
        raise InitError(f"{folder} is not empty; choose a new folder so nothing is overwritten")
    deck_name = name or re.sub(r"[-_]+", " ", folder.resolve().name).strip().capitalize() or "My deck"
    basename = slugify(deck_name, limit=40)
    # ('علوم الصف', '生物 复习': the name itself, in its script, as every file system takes it, trial28 T28-48; a hash only
    # when nothing of it is a letter or digit)
    if not all(unicodedata.category(ch)[0] in "LMN" or ch in "._-" for ch in basename) or not any(ch.isalnum() for ch in basename):
        latin = re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9._-]+", "-", basename)).strip("-.")
        mark = hashlib.sha256(deck_name.encode()).hexdigest()[:8]
        basename = f"{latin}-{mark}" if latin else f"deck-{mark}"
    existed = folder.is_dir()
    try:
        (folder / "sources").mkdir(parents=True, exist_ok=True)
        (folder / "build").mkdir()  # the deck's build folder: deckc finds it there, so no -o is needed
        files = [folder / "deck.toml", folder / "sources" / "example.md"]
        def line(key: str, value: str) -> str:  # comments line up at column 33, as in the rest of the file
            return f'{key} = "{value}"'.ljust(32)

        files[0].write_text(
            DECK_TOML.format(
                name_line=line("name", deck_name.replace('"', "'")),
                basename_line=line("basename", basename),
                date_line=line("date", date),
                basename=basename,
            ),
            encoding="utf-8",
        )
        files[1].write_text(EXAMPLE_MD, encoding="utf-8")
    except OSError as exc:  # a parent that is a file, a read-only or vanished place: nothing is left behind
        if existed:
            for path in (folder / "sources" / "example.md", folder / "deck.toml", folder / "build", folder / "sources"):
                with contextlib.suppress(OSError):
                    path.rmdir() if path.is_dir() else path.unlink()
        else:
            shutil.rmtree(folder, ignore_errors=True)
        raise InitError(f"cannot create {exc.filename or folder}: {exc.strerror or exc}; choose another folder") from None
    return files
