"""Evernote exports (``.enex``): a notebook Evernote's "Export notebook" writes, one ``<note>`` per
Evernote note, read as a web page of one heading per note (trial12 U31: students keep flashcard-like notes
in Evernote, the title the question and the content the answer).

Each note becomes ``<h2>title #tag …</h2>`` over its content's HTML (Evernote's ENML, ``<en-note>`` being a
``<div>``), placed at the lines the title and content have in the export, so a message names the line of
the ``.enex`` file. The Markdown reader then reads each heading with the text under it as a card, its
trailing ``#tags`` as the note's tags. Attached pictures and files (``<en-media>``, ``<resource>``) are left
out, said once with a count, as a Word document's pictures are.
"""

from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.base import load_document
from compiler.sources.converted import NOT_A_DOCUMENT, Converted

_NOTE = re.compile(r"<note>(.*?)</note>", re.S)
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_CONTENT = re.compile(r"<content>\s*(?:<!\[CDATA\[(.*?)\]\]>|(.*?))\s*</content>", re.S)
_TAG = re.compile(r"<tag>(.*?)</tag>", re.S)
_PROLOGUE = re.compile(r"<\?xml[^>]*\?>|<!DOCTYPE[^>]*>", re.I)
_MEDIA = re.compile(r"<en-media\b[^>]*?(?:/>|>\s*</en-media>)", re.I)
_EN_NOTE = re.compile(r"<(/?)en-note\b[^>]*>", re.I)


def enex_html(text: str) -> tuple[str, int, int]:
    """``(the notes as HTML with the export's line numbers, notes, attachments left out)``."""
    out: list[str] = []  # lines of HTML; line n of it is line n of the export

    def put(at: int, piece: str) -> None:
        lines = piece.split("\n")
        if len(out) >= at:  # (a one-line export: the piece follows what is on its line already)
            out[-1] += " " + lines.pop(0)
        out.extend([""] * (at - 1 - len(out)))
        out.extend(lines)

    notes = media = 0
    for note in _NOTE.finditer(text):
        body, start = note.group(1), note.start(1)
        title = _TITLE.search(body)
        if title is None:
            continue
        notes += 1
        tags = [re.sub(r"\s+", "-", html.unescape(t).strip()) for t in _TAG.findall(body) if t.strip()]
        heading = f"<h2>{' '.join(title.group(1).split()) or '(untitled)'}</h2>"
        if tags:  # (the Markdown reader's 'Tags: …' line under a question: the note's tags)
            heading += f"<p>Tags: {html.escape(', '.join(tags))}</p>"
        put(text.count("\n", 0, start + title.start()) + 1, heading)
        content = _CONTENT.search(body)
        if content is None:
            continue
        enml = content.group(1) if content.group(1) is not None else html.unescape(content.group(2) or "")
        at = text.count("\n", 0, start + content.start(1 if content.group(1) is not None else 2)) + 1
        enml = _PROLOGUE.sub("", enml)
        media += len(_MEDIA.findall(enml))
        put(at, _EN_NOTE.sub(lambda m: f"<{m.group(1)}div>", _MEDIA.sub("", enml)))
    return "\n".join(out), notes, media


def enex_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The export's notes as Markdown with a line map (see the module docstring)."""
    from compiler.sources.html import html_markdown

    doc = load_document(path, rel, encoding)
    page, notes, media = enex_html(doc.text)
    if not notes:
        raise ContentError(
            [
                Diagnostic(
                    rel,
                    None,
                    "not an Evernote export: no <note> with a <title> in it",
                    "export the notebook again from Evernote (File > Export notes, format ENEX)",
                    group=NOT_A_DOCUMENT,
                )
            ]
        )
    made = html_markdown(page, rel)
    if media:
        said = Diagnostic(
            rel,
            None,
            f"{media} picture{'s' if media > 1 else ''} or attached file{'s' if media > 1 else ''} in the Evernote notes left out of the cards",
            "if a card needs its picture, save the picture into sources/ and add it to the question in an override (overrides.toml)",
            severity="warning",
        )
        made = dataclasses.replace(made, warnings=(*made.warnings, said))
    return made
