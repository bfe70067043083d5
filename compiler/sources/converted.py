"""Documents that are read as Markdown after a conversion: saved web pages, Jupyter notebooks, AsciiDoc.

A web page (``.html``/``.htm``, see :mod:`compiler.sources.html`) or a notebook (``.ipynb``, see
:mod:`compiler.sources.notebook`) is turned into Markdown text first; from then on it is read like
any Markdown file (the layout detected, the ``markdown`` reader and every other one alike).  The
converted text remembers, for each of its lines, the line of the file it came from, so every message
and every item's place names the line of the ``.html`` or ``.ipynb`` file itself
(:func:`remap`), never a line of a text the user cannot see.  An AsciiDoc document (``.adoc``,
``.asciidoc``, see :mod:`compiler.sources.asciidoc`) and a reStructuredText one (``.rst``, ``.rest``,
``.rst.txt``, see :mod:`compiler.sources.rst`) and an Emacs org-mode one (``.org``, see
:mod:`compiler.sources.org`) are converted the same way, and so is a question bank kept as data
(``.json``, ``.yaml``, ``.yml``, see :mod:`compiler.sources.databank`).

Standard library only here: the converters import their parsers when a file needs them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from compiler.diagnostics import Diagnostic, Diagnostics
from compiler.model import Item

WEB_SUFFIXES = (".html", ".htm")
NOTEBOOK_SUFFIXES = (".ipynb",)
ASCIIDOC_SUFFIXES = (".adoc", ".asciidoc")
RST_SUFFIXES = (".rst", ".rest", ".rst.txt")  # (.rst.txt: the page source a Sphinx site offers for download)
ORG_SUFFIXES = (".org",)
BANK_SUFFIXES = (".json", ".yaml", ".yml")  # question banks kept as data (compiler.sources.databank)
CONVERTED_SUFFIXES = (*WEB_SUFFIXES, *NOTEBOOK_SUFFIXES, *ASCIIDOC_SUFFIXES, *RST_SUFFIXES, *ORG_SUFFIXES, *BANK_SUFFIXES)
# the group of a conversion's error meaning "this file is not of the kind its name says" (a .json file
# holding no question bank): a file deck.toml does not name is then left out with a warning, not an error
NOT_A_DOCUMENT = "not-a-document"


@dataclass(frozen=True)
class Converted:
    """What a converter made of a file: Markdown text and, for each of its lines, where it came from."""

    text: str
    origin: tuple[int, ...]  # line n of ``text`` (1-based) came from line origin[n - 1] of the file
    places: tuple[str, ...] = ()  # when set, a place within the file to show beside it ("cell 12, line 3")
    warnings: tuple[Diagnostic, ...] = ()  # what the conversion left out, at lines of the file


def is_converted(rel: str) -> bool:
    """A file read as Markdown after a conversion (a saved web page, a notebook)."""
    return rel.lower().endswith(CONVERTED_SUFFIXES)


def convert(path: Path, rel: str, encoding: str = "utf-8") -> tuple[str, Converted]:
    """``(the file's text as Markdown, its line map)``; a file that cannot be converted is a
    :class:`~compiler.diagnostics.ContentError` naming it."""
    if rel.lower().endswith(BANK_SUFFIXES):
        from compiler.sources.databank import bank_markdown

        made = bank_markdown(path, rel, encoding)
    elif rel.lower().endswith(ORG_SUFFIXES):
        from compiler.sources.org import org_markdown

        made = org_markdown(path, rel, encoding)
    elif rel.lower().endswith(RST_SUFFIXES):
        from compiler.sources.rst import rst_markdown

        made = rst_markdown(path, rel, encoding)
    elif rel.lower().endswith(ASCIIDOC_SUFFIXES):
        from compiler.sources.asciidoc import asciidoc_markdown

        made = asciidoc_markdown(path, rel, encoding)
    elif rel.lower().endswith(NOTEBOOK_SUFFIXES):
        from compiler.sources.notebook import notebook_markdown

        made = notebook_markdown(path, rel, encoding)
    else:
        from compiler.sources.html import page_markdown

        made = page_markdown(path, rel, encoding)
    return made.text, made


def remap(rel: str, made: Converted, items: list[Item], diag: Diagnostics, mark: int) -> list[Item]:
    """Items and the messages said about them (``diag.items[mark:]``) with lines of the converted
    text turned into lines of the file (and, for a notebook, the cell named in each message)."""

    def line_of(line: int) -> int:
        return made.origin[min(line, len(made.origin)) - 1] if made.origin else 1

    for k in range(mark, len(diag.items)):
        d = diag.items[k]
        if d.file != rel or not d.line:
            continue
        update: dict[str, object] = {"line": line_of(d.line)}
        if made.places:
            place = made.places[min(d.line, len(made.places)) - 1]
            # the place goes into the message; a message without a group still groups with its kind
            update.update(message=f"{d.message} [{place}]", group=d.group or f"{d.message}\0{d.hint}")
        diag.items[k] = dataclasses.replace(d, **update)  # type: ignore[arg-type]
    return [
        i.model_copy(update={"locator": i.locator.model_copy(update={"line": line_of(i.locator.line)})})
        if i.locator.file == rel
        else i
        for i in items
    ]
