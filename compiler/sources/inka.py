"""inka / inka2 notes (trial15 T15-64): Markdown flashcards that the ``inka`` command-line tool adds to Anki, kept
in sections between two ``---`` lines::

    ---

    Deck: Life Questions

    Tags: learning life-questions

    1. What is the answer to the Ultimate Question of Life, the Universe, and Everything?

    > 42

    2. If it {looks like a duck, swims like a duck, and quacks like a duck}, then it is a {duck}.

    ---

A numbered entry with ``>`` lines under it is a Basic note (the entry its front, the ``>`` lines its back, each a
paragraph as inka makes them); one without, holding ``{…}`` deletions, a cloze note: ``{text}`` is deletion N (its
place among the entry's deletions), ``{c2::text}`` / ``{2::text}`` deletion 2, Anki's own ``{{c1::…}}`` kept;
braces inside code and maths are no deletions.  ``Deck:`` names the section of the notes under it and ``Tags:``
tags its notes; ``<!--ID:…-->`` lines (inka's note ids) are no text.  Read as plain Markdown, the cloze entry
was 'question has no answer' and the tags were text.

The section becomes Markdown line for line (each line keeps its line in the file): a Basic note a ``Q:`` heading
over an ``Answer`` heading, a cloze note one paragraph under the section's heading (a heading of its own keeps it
out of the answer above it).  Text outside the sections is left as written.
"""

from __future__ import annotations

import re
from pathlib import Path

from compiler.sources.converted import Converted

Row = tuple[str, int]  # a Markdown line and its line in the file

_RULE = re.compile(r"^---[ \t]*$")
_NOTE = re.compile(r"^(?P<n>\d+)\.(?:[ \t]+(?P<text>.*))?$")
_FIELD = re.compile(r"^(?P<key>Deck|Tags):(?P<value>.*)$")
_ID = re.compile(r"^<!--ID:\S+-->[ \t]*$")
_HEADING = re.compile(r"^(?P<marks>#{1,6})[ \t]+(?P<title>.+?)[ \t#]*$")
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)")
# what is no deletion: code (fenced, inline) and maths, found first as inka does
_PROTECTED = re.compile(
    r"```[\s\S]*?```|`[^`\n]+`|\$\$[\s\S]+?\$\$|\\\[[\s\S]+?\\\]|\\\([\s\S]+?\\\)|\$[^$\n]+\$"
)
_DELETION = re.compile(r"\{\{c\d+::[\s\S]*?\}\}|\{c?(?P<n>\d+)::(?P<said>[\s\S]*?)\}|\{(?P<text>[^{}]*)\}")


def _sections(lines: list[str]) -> list[tuple[int, int]]:
    """``(first, last)`` row of each section: the rows between a ``---`` line and the next one (inka pairs them in
    order, so the text before and after a section must hold an even number of them)."""
    rules = [k for k, line in enumerate(lines) if _RULE.match(line)]
    return [(rules[i] + 1, rules[i + 1]) for i in range(0, len(rules) - 1, 2)]


def _notes(lines: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """``(start, end)`` rows of each numbered note of a section, up to the next note or an id line."""
    starts = [k for k in range(first, last) if _NOTE.match(lines[k])]
    out: list[tuple[int, int]] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else last
        end = next((k for k in range(start + 1, end) if _ID.match(lines[k])), end)
        out.append((start, end))
    return out


def _is_basic(lines: list[str], start: int, end: int) -> bool:
    return any(lines[k].startswith(">") for k in range(start + 1, end)) or lines[start].lstrip(
        "0123456789. \t"
    ).startswith(">")


def _has_deletion(text: str) -> bool:
    return bool(_DELETION.search(_PROTECTED.sub("", text)))


def looks_like_inka(lines: list[str]) -> bool:
    """Whether the file holds inka sections: a section with a ``Deck:`` or ``Tags:`` line over numbered notes, or
    numbered notes only, two at least, each a Basic note with ``>`` lines or a cloze note with ``{…}``, one a cloze."""
    for first, last in _sections(lines):
        notes = _notes(lines, first, last)
        if not notes:
            continue
        if any(_FIELD.match(lines[k]) for k in range(first, notes[0][0])):
            return True
        kinds = [
            "basic" if _is_basic(lines, s, e) else "cloze" if _has_deletion("\n".join(lines[s:e])) else ""
            for s, e in notes
        ]
        if len(notes) >= 2 and all(kinds) and "cloze" in kinds:
            return True
    return False


def _clozed(text: str) -> str:
    """inka's deletions as Anki's: ``{text}`` numbered by its place, ``{c2::text}`` / ``{2::text}`` as said."""
    kept: list[str] = []

    def keep(m: re.Match[str]) -> str:
        kept.append(m.group(0))
        return f"\x00{len(kept) - 1}\x00"

    hidden = _PROTECTED.sub(keep, text)
    place = 0

    def deletion(m: re.Match[str]) -> str:
        nonlocal place
        place += 1
        if m.group(0).startswith("{{"):
            return m.group(0)
        if m.group("n") is not None:
            return f"{{{{c{m.group('n')}::{m.group('said')}}}}}"
        return f"{{{{c{place}::{m.group('text')}}}}}"

    made = _DELETION.sub(deletion, hidden)
    return re.sub(r"\x00(\d+)\x00", lambda m: kept[int(m.group(1))], made)


def convert_inka(lines: list[str], rel: str) -> Converted:
    """The file as Markdown with its inka sections' notes written as deckc reads them (module docstring)."""
    rows: list[Row] = [(line, k + 1) for k, line in enumerate(lines)]
    out: list[Row] = []
    heading = ("", 0)  # the title and level of the last heading above
    done = 0
    for first, last in _sections(lines):
        notes = _notes(lines, first, last)
        if not notes:
            continue
        for k in range(done, first - 1):
            out.append(rows[k])
            m = _HEADING.match(lines[k])
            if m is not None:
                heading = (m.group("title"), len(m.group("marks")))
        out.append(("", first))  # (the opening '---': no rule on a card)
        title, level = heading[0] or Path(rel).stem, max(heading[1], 1)
        tags: list[str] = []
        for k in range(first, notes[0][0]):
            field = _FIELD.match(lines[k])
            if field is not None and field.group("key") == "Deck" and field.group("value").strip():
                title, level = field.group("value").strip(), heading[1] + 1
                out.extend([("#" * min(level, 6) + " " + title, k + 1), ("", k + 1)])
            elif field is not None and field.group("key") == "Tags":
                tags = field.group("value").split()
            elif not _ID.match(lines[k]) and not field:
                out.append(rows[k])
        for start, end in notes:
            out.extend(_note(lines, start, end, title, level, tags))
            out.extend(("", k + 1) for k in range(end, next((s for s, _ in notes if s > start), last)))
        # (the closing '---': the last answer ends there; a blank line before it, or the last line over it would be a
        # heading: '3. The {{c1::ribosome}} builds …' / '---' vanished, trial20 T20-24)
        out.extend([("", last + 1), ("---", last + 1)])
        done = last + 1
    out.extend(rows[done:])
    return Converted(text="\n".join(t for t, _ in out) + "\n", origin=tuple(n for _, n in out))


def _note(lines: list[str], start: int, end: int, title: str, level: int, tags: list[str]) -> list[Row]:
    """One numbered note as Markdown rows: a Basic note's ``Q:`` heading and ``Answer``, or a cloze paragraph."""
    text = [(_NOTE.match(lines[start]).group("text") or "", start + 1)]  # type: ignore[union-attr]
    text += [(lines[k], k + 1) for k in range(start + 1, end)]
    out: list[Row] = [("", start + 1)]
    if _is_basic(lines, start, end):
        cut = next(i for i, (t, _) in enumerate(text) if t.startswith(">"))
        front = text[:cut]
        while front and not front[-1][0].strip():
            front.pop()
        asked = front[0][0].strip() if front else ""
        asks = asked.rstrip("*_`) ").endswith(("?", "？"))
        out.extend(
            [
                ("#" * min(level + 1, 6) + " " + ("" if asks else "Q: ") + asked, start + 1),
                ("", start + 1),
                *front[1:],
            ]
        )
        if tags:
            out.extend(
                [("", start + 1), (" ".join("#" + re.sub(r"[^\w/-]", "_", t) for t in tags), start + 1)]
            )
        answer_at = text[cut][1]
        out.extend([("", answer_at), ("#" * min(level + 2, 6) + " Answer", answer_at), ("", answer_at)])
        fenced = False
        for t, n in text[cut:]:
            said = t[1:] if t.startswith(">") else t
            said = said[1:] if said[:1].isspace() else said
            if _FENCE.match(said):
                fenced = not fenced
            out.append((said.rstrip(), n))
            if not fenced and said.strip():
                out.append(("", n))  # (each '>' line a paragraph, as inka makes them)
        return out
    body = "\n".join(t for t, _ in text).strip()
    if not _has_deletion(body):
        out.extend(text)  # (neither: inka adds no card; read as written)
        return out
    joined = " ".join(_clozed(body).split())
    if tags:  # (the section's tags after the text: a cloze paragraph's own, T19-19)
        joined += " " + " ".join("#" + re.sub(r"[^\w/-]", "_", t) for t in tags)
    out.extend([("#" * level + " " + title, start + 1), ("", start + 1), (joined, start + 1)])
    out.extend(("", n) for _, n in text[1:])
    return out
