"""The up-to-date check watches exactly what a build reads: stray files change nothing, every input does.

A log file, an editor's swap or backup file, ``.DS_Store`` or a build folder in
the content folder neither makes the next build compile again nor is read as
a source; a change to any file that can change an output (deck.toml, another
config file, the lock, a source, a new document in sources/, an image a card
shows, a missing image that appears) is noticed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler.build import build

DECK = '[deck]\nname = "T"\n\n[[source]]\nid = "a"\nfile = "sources/a.md"\nlayout = "markdown"\n'
PAGE = "# A\n\n## What is one?\n\nOne.\n\n## What is a picture?\n\n![a figure](fig.png)\n\n## What is missing?\n\n![gone](gone.png)\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


def _deck(tmp_path: Path) -> tuple[Path, Path]:
    content, out = tmp_path / "my deck ü", tmp_path / "out"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(DECK, encoding="utf-8")
    (content / "sources" / "a.md").write_text(PAGE, encoding="utf-8")
    (content / "sources" / "fig.png").write_bytes(PNG)
    first = build(content, out, formats=("json",), now=1_000)
    assert not first.up_to_date
    assert build(content, out, formats=("json",), now=1_000).up_to_date
    return content, out


STRAY = {
    "log file in the deck folder": "build.log",
    "notes beside deck.toml": "todo.txt",
    "vim swap file": "sources/.a.md.swp",
    "vim backup": "sources/a.md~",
    "emacs autosave": "sources/#a.md#",
    "emacs lock": "sources/.#a.md",
    "editor .bak": "sources/a.md.bak",
    "merge leftover": "sources/a.md.orig",
    ".DS_Store in sources": "sources/.DS_Store",
    ".DS_Store in the deck": ".DS_Store",
    "Thumbs.db": "sources/Thumbs.db",
    "an unused image": "sources/other.png",
    "a build folder inside the deck": "build/deck.csv",
    "a hidden folder": "sources/.obsidian/workspace.json",
    "a document set aside with #": "sources/#draft.md",
}


@pytest.mark.parametrize("name", STRAY.values(), ids=list(STRAY))
def test_a_stray_file_is_not_an_input(tmp_path: Path, name: str) -> None:
    content, out = _deck(tmp_path)
    path = content / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"Q: is this read?\nA: no\n")
    again = build(content, out, formats=("json",), now=1_000)
    assert again.up_to_date, f"{name} made the build compile again"


CHANGES = {
    "edit deck.toml": lambda c: (c / "deck.toml").write_text(DECK.replace('"T"', '"T2"'), encoding="utf-8"),
    "add overrides.toml": lambda c: (c / "overrides.toml").write_text("", encoding="utf-8"),
    "add dedupe.toml": lambda c: (c / "dedupe.toml").write_text("", encoding="utf-8"),
    "add topics.toml": lambda c: (c / "topics.toml").write_text("", encoding="utf-8"),
    "add decisions.toml": lambda c: (c / "decisions.toml").write_text("", encoding="utf-8"),
    "edit the lock": lambda c: (c / "deckc.lock").write_text(
        (c / "deckc.lock").read_text() + "\n", encoding="utf-8"
    ),
    "edit the source": lambda c: (c / "sources" / "a.md").write_text(
        PAGE.replace("One.", "Uno."), encoding="utf-8"
    ),
    "a new document": lambda c: (c / "sources" / "b.md").write_text(
        "## What is b?\n\nB.\n", encoding="utf-8"
    ),
    "a new document in a subfolder": lambda c: (
        (c / "sources" / "x").mkdir()
        or (c / "sources" / "x" / "b.md").write_text("## What is b?\n\nB.\n", encoding="utf-8")
    ),
    "a file deckc warns about": lambda c: (c / "sources" / "notes.docx").write_bytes(b"PK\x03\x04"),
    "edit the image a card shows": lambda c: (c / "sources" / "fig.png").write_bytes(PNG + b"\1"),
    "the missing image appears": lambda c: (c / "sources" / "gone.png").write_bytes(PNG),
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=list(CHANGES))
def test_a_change_to_anything_the_build_reads_is_noticed(tmp_path: Path, change) -> None:  # type: ignore[no-untyped-def]
    content, out = _deck(tmp_path)
    change(content)
    assert not build(content, out, formats=("json",), now=1_000).up_to_date


def test_a_stray_file_in_sources_is_never_read_as_a_source(tmp_path: Path) -> None:
    content, out = _deck(tmp_path)
    for name in ("a.md~", ".a.md.swp", "#a.md#", "a.md.bak", ".DS_Store"):
        (content / "sources" / name).write_text("## What is stray?\n\nStray.\n", encoding="utf-8")
    (content / "deck.toml").write_text(DECK + "\n", encoding="utf-8")  # a real change: compile again
    result = build(content, out, formats=("json",), now=1_000)
    assert not result.up_to_date
    assert [s.file for s in result.compiled.deck.sources] == ["sources/a.md"]  # type: ignore[union-attr]
    assert not any("stray" in str(w).lower() or "not read" in str(w) for w in result.summary.warnings)


def test_an_unlisted_document_says_how_to_leave_it_out(tmp_path: Path) -> None:
    content, out = _deck(tmp_path)
    (content / "sources" / "README.md").write_text(
        "# About\n\n## What is this folder?\n\nMy notes.\n", encoding="utf-8"
    )
    result = build(content, out, formats=("json",), now=1_000)
    [warning] = [w for w in result.summary.warnings if "not listed in deck.toml" in str(w)]
    assert "rename it #README.md or move it out of sources/ to leave it out of the deck" in str(warning)
    (content / "sources" / "README.md").rename(content / "sources" / "#README.md")
    result = build(content, out, formats=("json",), now=1_000)
    assert [s.file for s in result.compiled.deck.sources] == ["sources/a.md"]  # type: ignore[union-attr]


def test_a_file_a_glob_source_would_match_is_noticed(tmp_path: Path) -> None:
    """A [[source]] whose file is a glob reads every file it matches, also outside sources/."""
    content, out = tmp_path / "deck", tmp_path / "out"
    (content / "notes").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "G"\n\n[[source]]\nid = "n"\nfile = "notes/*.md"\nlayout = "markdown"\n')
    (content / "notes" / "a.md").write_text("## What is a?\n\nA.\n", encoding="utf-8")
    assert not build(content, out, formats=("json",), now=1_000).up_to_date
    (content / "notes" / "a.md~").write_text("backup", encoding="utf-8")
    assert build(content, out, formats=("json",), now=1_000).up_to_date
    (content / "notes" / "b.md").write_text("## What is b?\n\nB.\n", encoding="utf-8")
    again = build(content, out, formats=("json",), now=1_000)
    assert not again.up_to_date and again.summary.totals["new"] == 1


def test_an_obsidian_embed_found_by_name_notices_the_file_appearing(tmp_path: Path) -> None:
    """'![[pic.png]]' is looked up by name anywhere in the vault: the image put in any folder of it counts."""
    content, out = tmp_path / "deck", tmp_path / "out"
    (content / "sources" / "vault" / "attachments").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "V"\n')
    page = "## What does the curve show?\n\nThe trade-off.\n\n![[pic.png]]\n"
    (content / "sources" / "vault" / "roc.md").write_text(page, encoding="utf-8")
    first = build(content, out, formats=("json",), now=1_000)
    assert any("pic.png" in str(w) for w in first.summary.warnings), "the missing image is warned about"
    assert build(content, out, formats=("json",), now=1_000).up_to_date
    (content / "sources" / "vault" / "attachments" / "pic.png").write_bytes(PNG)
    found = build(content, out, formats=("json",), now=1_000)
    assert not found.up_to_date and not any("pic.png" in str(w) for w in found.summary.warnings)
