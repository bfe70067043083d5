"""Obsidian embeds: ``![[Note#Heading]]``, ``![[Note#^block]]`` and ``![[Note]]`` as the text they show.

A vault's cards often answer by transcluding another note's section (``What is the idea of a generational
GC?`` / ``?`` / ``![[Generational GC#Idea]]``); read as plain Markdown the back is the link's words, not
the answer (trial7 G26).  :func:`expand` puts the embedded text in place before any layout reads the note,
never moving a line (the text goes on the embed's one line, its lines joined by ``<br>``):

- ``![[Note#Heading]]``: the lines under that heading of ``Note.md``, up to the next heading of the same
  or a higher level; ``![[Note#^id]]``: the paragraph or list entry ending in ``^id``; ``![[Note]]``: the
  note's text (without its front matter);
- the note is looked for by name (case aside) in the content folder, beside the embedding note first;
- an embed of a note, heading or block that is not there is a warning naming the line, and the embed
  shows its words as before; an image embed (``![[diagram.png]]``) is left to the image rules;
- an embed of a drawing or board an Obsidian plugin owns (``![[Drawing ….excalidraw]]``) is left out, with a warning:
  deckc cannot draw it;
- Obsidian's block ids (`` ^gen-promo`` at a line's end) are dropped from every note.
"""

from __future__ import annotations

import re
from pathlib import Path

from compiler import uptodate
from compiler.diagnostics import Diagnostics
from compiler.sources.base import Document
from compiler.sources.vault_hidden import plugin_page

_EMBED = re.compile(r"!\[\[(?P<note>[^\]|#\n]+?)(?:#(?P<part>[^\]|\n]+?))?(?:\|[^\]\n]*)?\]\]")
# (not 'x ^2' nor '2 ^10'; the all-digit ids Flashcards-Obsidian writes, '^1650296620113', are long: trial10 P24)
_BLOCK_ID = re.compile(r"(?:(?<=\S)[ \t]+|^[ \t]*)\^(?P<id>(?=[\w-]*[A-Za-z])[A-Za-z0-9-]{2,}|\d{8,})[ \t]*$")
_HEADING = re.compile(r"^\s{0,3}(?P<marks>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_MEDIA = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".avif", ".pdf", ".mp3", ".mp4", ".webm", ".ogg", ".wav")
MAX_DEPTH = 3  # an embedded section that embeds in turn: this deep at most (a note embedding itself stops)


# Logseq's block embed and block reference: '{{embed ((4d5da1ee-…))}}', '((4d5da1ee-…))' (trial16 T16-33)
_LOGSEQ_EMBED = re.compile(r"\{\{embed\s+\(\((?P<id>[0-9a-fA-F-]{36})\)\)\s*\}\}")
_LOGSEQ_REF = re.compile(r"\(\((?P<id>[0-9a-fA-F-]{36})\)\)")
_LOGSEQ_ID = re.compile(r"^\s*id::\s*(?P<id>[0-9a-fA-F-]{36})\s*$")
_LOGSEQ_ENTRY = re.compile(r"^(?P<indent>\s*)-\s(?P<text>.*)$")
_LOGSEQ_PROPERTY = re.compile(r"^\s*[\w-]+::\s")


def _logseq_block(uuid: str, content_dir: Path) -> list[str] | None:
    """The lines of the Logseq block whose ``id:: uuid`` property is in a page of the content folder (the block's own
    text, then its children's, their bullets and properties dropped), or None."""
    for path in sorted(content_dir.rglob("*.md")):
        lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
        at = next((k for k, line in enumerate(lines) if (m := _LOGSEQ_ID.match(line)) and m.group("id").lower() == uuid.lower()), None)
        if at is None:
            continue
        owner = next((k for k in range(at - 1, -1, -1) if _LOGSEQ_ENTRY.match(lines[k])), None)
        if owner is None:
            return None
        m = _LOGSEQ_ENTRY.match(lines[owner])
        assert m is not None
        depth = len(m.group("indent").expandtabs(4))
        out = [m.group("text")]
        for line in lines[owner + 1 :]:
            entry = _LOGSEQ_ENTRY.match(line)
            if entry is not None and len(entry.group("indent").expandtabs(4)) <= depth:
                break
            if _LOGSEQ_PROPERTY.match(line) or not line.strip():
                continue
            out.append(entry.group("text") if entry is not None else line.strip())
        return out
    return None


def _logseq(line: str, n: int, doc: Document, content_dir: Path, diag: Diagnostics) -> str:
    """A line with its Logseq block embeds and references replaced by the blocks' text; one not in the deck folder is a
    warning naming the line (the macro stays: the card is still read as the outline it is)."""

    def embedded(m: re.Match[str], whole: bool) -> str:
        found = _logseq_block(m.group("id"), content_dir)
        if found is None:
            diag.warning(doc.rel, n, f"{'an embed of' if whole else 'a reference to'} Logseq block (({m.group('id')[:8]}…)) that is not in "
                         "the deck folder; the card shows the macro, not the block's text", "add the page that holds the block "
                         "(its 'id::' line) to sources/, or write the answer here", group="embed-missing")  # fmt: skip
            return m.group(0)
        return "<br>".join(found) if whole else found[0]

    line = _LOGSEQ_EMBED.sub(lambda m: embedded(m, True), line)
    return _LOGSEQ_REF.sub(lambda m: embedded(m, False), line)


def expand(doc: Document, content_dir: Path, diag: Diagnostics) -> Document:
    """The document with its embeds replaced by their text and its block ids dropped (see the module docstring)."""
    if "![[" not in doc.text and "^" not in doc.text and "((" not in doc.text:
        return doc
    out = []
    fence = ""
    changed = False
    for n, line in enumerate(doc.lines, start=1):
        m = _FENCE.match(line)
        if m:
            fence = "" if fence and m.group(1)[0] == fence[0] else fence or m.group(1)
        if fence or m:
            out.append(line)
            continue
        new = _BLOCK_ID.sub(_dropped_id, line)
        if "![[" in new:
            new = _EMBED.sub(lambda e, n=n: _embedded(e, n, doc, content_dir, diag, 0), new)
        if "((" in new and _LOGSEQ_REF.search(new):
            new = _logseq(new, n, doc, content_dir, diag)
        changed |= new != line
        out.append(new)
    return Document(rel=doc.rel, text="\n".join(out) + "\n") if changed else doc


def _dropped_id(m: re.Match[str]) -> str:
    """'' for a block id after its block's text; the text itself when it is a list entry's or quote's whole text
    (``- ^Galactose``: Quiz-Whiz's right option, trial17 T17-7; Obsidian puts no id on an empty entry)."""
    before = m.string[: m.start()]
    return m.group(0) if before.strip() and _MARKER_ONLY.match(before) else ""


_MARKER_ONLY = re.compile(r"^\s*(?:>\s*)*(?:[-*+]|\d{1,9}[.)])?\s*(?:\[[ xX]\]\s*)?$")


def _embedded(m: re.Match[str], n: int, doc: Document, content_dir: Path, diag: Diagnostics, depth: int) -> str:
    name, part = m.group("note").strip(), (m.group("part") or "").strip()
    if name.lower().endswith(_MEDIA):
        return m.group(0)  # an image: the Markdown image rules read it
    path = _find(name, content_dir / doc.rel, content_dir)
    what = f"![[{name}{'#' + part if part else ''}]]"
    if path is None:
        diag.warning(doc.rel, n, f"{what} embeds a note that is not in the deck folder; the card shows its name",
                     "put the note into sources/ (or write the answer here)", group="embed-missing")  # fmt: skip
        return m.group(0)
    lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    if kind := plugin_page(path.name, lines):  # ('![[Drawing 2026-11-10 10.15.22.excalidraw]]': a drawing, T29-33)
        diag.warning(doc.rel, n, f"{what} embeds {kind}, which deckc cannot draw: the card leaves it out",
                     "export the drawing as a picture (PNG or SVG) and embed that: ![[drawing.png]]", group="embed-drawing")  # fmt: skip
        return ""
    found = _part(lines, part)
    if found is None:
        diag.warning(doc.rel, n, f"{what}: {path.name} has no {'block' if part.startswith('^') else 'heading'} {part!r}; "
                     "the card shows the embed's name", "fix the name after '#' (a heading's text, or ^ and a block id)",
                     group="embed-missing")  # fmt: skip
        return m.group(0)
    text = [_BLOCK_ID.sub("", line) for line in found]
    if depth < MAX_DEPTH:
        inner = Document(rel=path.relative_to(content_dir).as_posix(), text="\n".join(text))
        text = [_EMBED.sub(lambda e: _embedded(e, n, inner, content_dir, diag, depth + 1), line) for line in text]
    while text and not text[0].strip():
        text.pop(0)
    while text and not text[-1].strip():
        text.pop()
    return "<br>".join(line if line.strip() else "<br>" for line in text)


def _find(name: str, here: Path, content_dir: Path) -> Path | None:
    """The note an embed names: beside the embedding note first, else anywhere in the content folder."""
    wanted = name if name.lower().endswith(".md") else f"{name}.md"
    beside = here.parent / wanted
    if beside.is_file():
        uptodate.note(beside)
        return beside
    tail = Path(wanted).name.lower()
    for path in sorted(content_dir.rglob("*.md")):
        if path.name.lower() == tail and not any(p.startswith(".") for p in path.relative_to(content_dir).parts):
            uptodate.note(path)
            return path
    return None


def _part(lines: list[str], part: str) -> list[str] | None:
    """The lines a ``#Heading`` or ``#^block`` names in a note (the whole note without front matter for none)."""
    if lines and lines[0].strip() == "---":
        end = next((k for k in range(1, len(lines)) if lines[k].strip() in ("---", "...")), None)
        if end is not None:
            lines = lines[end + 1 :]
    if not part:
        return lines
    if part.startswith("^"):
        block = part[1:]
        for k, line in enumerate(lines):
            m = _BLOCK_ID.search(line)
            if m and m.group("id") == block:
                start = k
                while start > 0 and lines[start - 1].strip() and not _HEADING.match(lines[start - 1]):
                    start -= 1
                return lines[start : k + 1]
        return None
    wanted = " ".join(part.split("#")[-1].split()).lower()  # 'Note#Section#Sub' names the last heading
    for k, line in enumerate(lines):
        m = _HEADING.match(line)
        if m and " ".join(m.group("text").split()).lower() == wanted:
            level = len(m.group("marks"))
            end = next(
                (j for j in range(k + 1, len(lines)) if (h := _HEADING.match(lines[j])) and len(h.group("marks")) <= level),
                len(lines),
            )
            return lines[k + 1 : end]
    return None
