"""Notes written for the Obsidian *Flashcards* plugin (reuseman/flashcards-obsidian, v1 and v2; trial21 known-2)::

    ## Controls #card
    Car controls are the components used for driving and parking.

    ### Examples #card-reverse #open-source
    OScar, Riversimple and c,mm,n.
    ^1607009219334

    Were they successful? #card
    None of the projects have reached significant success.

A heading or a paragraph line tagged ``#card`` is a card's front, the tag (and ``#card-reverse`` / ``#card/reverse``,
a card each way; ``#card-spaced`` / ``#card-reminder``, a prompt with no answer) on its line or alone on the line
below. A heading card's back is its section, up to the next heading no deeper or the next card (a deeper untagged
heading stays in it, as a bold line: v2's rule); a paragraph card's back is the rest of its paragraph (and, as the
Markdown reader reads any answer, untagged text after it up to the next heading or card). A reminder
(``#card-spaced``, ``#card-reminder``) has no answer: it is said, no card. v2's fenced cards (````` ```flashcard `````
/ ``front: …`` / ``back: …`` / ``type: reversed``) are cards of their own. Other hashtags after the
card's tag are the card's own tags; the ids the plugin writes (``^1607009219334``, ``^q-…``) are no text; a
highlight ``==powerhouse==`` or ``{1:powerhouse}`` in a paragraph that is no card's is an Anki cloze. Inline
``Question::Answer`` and ``Question:::Answer`` (a card each way) lines are read as written: the Markdown reader
reads them. Read as plain Markdown, the tags were glued into the fronts, a heading card answered on the next line
(no blank line between) was a section, and reversed cards were one way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compiler.sources.lines import front_matter_end, in_fence

_KIND = r"(?:[-/](?P<kind>reverse|reversed|spaced|reminder))?"
# a front tagged on its line: '## Controls #card', 'Were they successful? #card #open-source'
_TAGGED = re.compile(
    r"^(?P<hashes>#{1,6}[ \t]+)?(?P<front>(?![-*+>|][ \t]|\d{1,3}[.)][ \t])\S.*?)[ \t]+#card" + _KIND + r"(?![\w/-])"
    r"(?P<tags>(?:[ \t]+#[\w/-]+)*)[ \t]*$",
    re.I,
)
# the tag alone on the line under its front ('## This is another way to define the front' / '#card')
_ALONE = re.compile(r"^[ \t]{0,3}#card" + _KIND + r"(?![\w/-])(?P<tags>(?:[ \t]+#[\w/-]+)*)[ \t]*$", re.I)
_HEADING = re.compile(r"^[ ]{0,3}(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t]*#*[ \t]*$")
_RULE = re.compile(r"^[ ]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
# the ids the plugin writes to find its cards again: v1's '^1607009219334', v2's '^q-3fa9'
_ID_LINE = re.compile(r"^[ \t]*\^(?:\d{13}|q-[\w-]+)[ \t]*$")
_ID_AFTER = re.compile(r"[ \t]+\^(?:\d{13}|q-[\w-]+)[ \t]*$")
_HIGHLIGHT = re.compile(r"==(?=\S)(?P<text>[^=\n]+?)(?<=\S)==")
_NUMBERED = re.compile(r"(?<![{\\$])\{(?P<n>\d{1,2}):(?P<text>[^{}\n]+)\}(?!\})")
# v2's fenced card: '```flashcard' / 'front: …' / 'back: …' (a value runs over the lines up to the next key) / 'type:
# reversed' (or 'basic', 'reminder' with its 'content:') / '```'
_FENCED = re.compile(r"^[ ]{0,3}(?P<tick>`{3,}|~{3,})[ \t]*flashcards?[ \t]*$", re.I)
_FENCED_KEY = re.compile(r"^(?P<key>front|back|content|type)[ \t]*:[ \t]?(?P<value>.*)$", re.I)
CARDS_MIN = 1  # tagged fronts that make a note the plugin's (the tag is its own: no other tool ends a heading with it)


def _front(line: str) -> re.Match[str] | None:
    """The tagged front on this line, when it is one (never a list entry: Logseq's and RemNote's '- … #card')."""
    return _TAGGED.match(line)


def looks_like_flashcards_plugin(lines: list[str]) -> bool:
    """Whether the note tags headings or paragraph lines outside code with ``#card`` (or ``#card-reverse`` …), or
    puts the tag alone under a heading: the plugin's cards. Outline bullets tagged so are Logseq's, not these."""
    fenced = list(in_fence(lines))
    found = 0
    for k, line in enumerate(lines):
        if fenced[k] or "#card" not in line.lower():
            continue
        if _front(line) or (_ALONE.match(line) and k and _HEADING.match(lines[k - 1])):
            found += 1
    return found + sum(1 for k in range(len(lines)) if _fenced_card(lines, k) is not None) >= CARDS_MIN


def _fenced_card(lines: list[str], k: int) -> tuple[dict[str, list[tuple[str, int]]], int] | None:
    """``(fields by key, each line with its 1-based line; the index after the fence)`` of a fenced card opening at
    ``k`` that names a front or content, else None."""
    m = _FENCED.match(lines[k])
    if m is None:
        return None
    tick = m.group("tick")
    close = next((j for j in range(k + 1, len(lines)) if lines[j].strip().startswith(tick) and not lines[j].strip().strip(tick[0])), None)
    if close is None:
        return None
    fields: dict[str, list[tuple[str, int]]] = {}
    current = ""
    for j in range(k + 1, close):
        f = _FENCED_KEY.match(lines[j])
        if f is not None:
            current = f.group("key").lower()
            fields[current] = [(f.group("value"), j + 1)]
        elif current:
            fields[current].append((lines[j], j + 1))
    if "front" not in fields and "content" not in fields:
        return None
    return {key: _trimmed(rows) for key, rows in fields.items()}, close + 1


def _trimmed(rows: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A value's lines without the blank ones around it (the plugin trims the whole value)."""
    while rows and not rows[-1][0].strip():
        rows = rows[:-1]
    while rows and not rows[0][0].strip():
        rows = rows[1:]
    return rows


def _clozed(text: str) -> str:
    """A paragraph line's highlights and ``{N:…}`` deletions as Anki's ``{{cN::…}}``, numbered in order."""
    count = 0

    def highlight(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"{{{{c{count}::{m.group('text')}}}}}"

    text = _HIGHLIGHT.sub(highlight, text)
    return _NUMBERED.sub(lambda m: f"{{{{c{m.group('n')}::{m.group('text')}}}}}", text)


@dataclass(frozen=True)
class PluginCards:
    """The note rewritten for the Markdown reader, and what it says beside the text (lines are 1-based, the note's)."""

    lines: list[str]
    origin: list[int]  # the note's line each new line came from
    both_ways: frozenset[int]  # the lines of the cards tagged to be asked each way
    said: tuple[tuple[int, str, str], ...]  # (line, message, what to do): a reminder, a fenced card missing a side


def flashcards_plugin(lines: list[str]) -> PluginCards:
    """The note as Markdown the reader reads: each heading card a heading (all one level, below the note's other
    headings) over an ``Answer`` heading and its back, its own tags on a line under it; each paragraph card its front
    and tags over a ``?`` line (``??`` asked each way) and its back, a paragraph; the rest as written."""
    fenced = list(in_fence(lines))
    said: list[tuple[int, str, str]] = []
    top = (front_matter_end(lines) or -1) + 1
    out: list[tuple[str, int]] = [(line, n + 1) for n, line in enumerate(lines[:top])]
    both: set[int] = set()
    # every card one level below the deepest heading that is no card: cards never nest (a card's heading under another
    # card's would be read as part of its answer), the other headings are their sections
    plain = [len(h.group("hashes")) for k, line in enumerate(lines) if k >= top and not fenced[k] and (h := _HEADING.match(line)) and not _opens(lines, fenced, k)]
    depth = min(max(plain, default=1) + 1, 5)
    k = top
    while k < len(lines):
        line = lines[k]
        boxed = _fenced_card(lines, k) if fenced[k] and "flashcard" in line.lower() else None
        if boxed is not None:  # v2's '```flashcard' block
            fields, end = boxed
            kind = " ".join(text for text, _ in fields.get("type", [])).strip().lower()
            front, back = fields.get("front") or fields.get("content") or [], fields.get("back", [])
            out += [("", n + 1) for n in range(k, end)]
            if kind == "reminder" or "content" in fields:
                said.append((k + 1, "a fenced 'type: reminder' card has no answer: no card", "give it a front: and a back:, or leave it"))
                k = end
                continue
            if not front or not back:
                said.append((k + 1, f"a fenced flashcard with no {'back' if front else 'front'}: no card", "write both its front: and back: lines"))
                k = end
                continue
            if kind.startswith("revers"):
                both.add(front[0][1])
            if all(text.strip() for text, _ in [*front, *back]):  # one paragraph each: 'front' / '?' / 'back', a card of its own
                out += [("", k + 1), *front, ("??" if kind.startswith("revers") else "?", back[0][1]), *back, ("", end)]
                k = end
                continue
            out += [("", k + 1), (f"{'#' * depth} Q: {front[0][0].strip()}", front[0][1]), ("", front[0][1]), *front[1:]]
            out += [("", back[0][1]), (f"{'#' * (depth + 1)} Answer", back[0][1]), ("", back[0][1]), *back, ("", end)]
            k = end
            continue
        if fenced[k]:
            out.append((line, k + 1))
            k += 1
            continue
        card = _card_at(lines, fenced, k)
        if card is None:
            h = _HEADING.match(line)
            if _ID_LINE.match(line):
                out.append(("", k + 1))
            elif not h and not line.lstrip().startswith((">", "|")) and ("==" in line or ":" in line):
                out.append((_clozed(_ID_AFTER.sub("", line)), k + 1))
            else:
                out.append((_ID_AFTER.sub("", line), k + 1))
            k += 1
            continue
        front, heading, kind, tags, back, end = card
        if kind in ("spaced", "reminder"):  # (a prompt to recall now and then, no answer: text, said)
            said.append((k + 1, f"a '#card-{kind}' reminder has no answer: no card", "write its answer under it and tag it #card, or leave it"))
            out.append(("", k + 1))  # (said once, as a reminder: no 'text outside any question' too)
            k += 1
            continue
        if kind.startswith("reverse"):
            both.add(k + 1)
        if not heading and back:  # a paragraph card: 'front' / '?' / its back, a card of its own (the text after it is none of it)
            out += [("", k + 1), (" ".join([front, *tags]), k + 1), ("??" if kind.startswith("reverse") else "?", k + 1)]
            out += [(_back_line(lines[n], fenced[n]), n + 1) for n in back]
            out.append(("", end))
            k = end
            continue
        out += [("", k + 1), (f"{'#' * depth} Q: {front}", k + 1)]  # (labelled: 'Examples' alone reads as a part of an answer)
        if tags:
            out += [("", k + 1), (" ".join(tags), k + 1)]
        if back:
            out += [("", k + 1), (f"{'#' * (depth + 1)} Answer", k + 1), ("", k + 1)]
            out += [(_back_line(lines[n], fenced[n]), n + 1) for n in back]
        out.append(("", end))
        k = end
    return PluginCards([t for t, _ in out], [n for _, n in out], frozenset(both), tuple(said))


def _back_line(line: str, fenced: bool) -> str:
    """A back's line as the reader shows it under the card: a deeper heading a bold line (it stays in the answer), the
    plugin's ids no text."""
    if fenced:
        return line
    if _ID_LINE.match(line):
        return ""
    h = _HEADING.match(line)
    return f"**{h.group('text')}**" if h and h.group("text") else _ID_AFTER.sub("", line)


def _opens(lines: list[str], fenced: list[bool], k: int) -> bool:
    """Whether line ``k`` is a card's front (its tag on it or alone on the line below)."""
    return not fenced[k] and "#card" in (lines[k] + (lines[k + 1] if k + 1 < len(lines) else "")).lower() and _head(lines, fenced, k) is not None


def _head(lines: list[str], fenced: list[bool], k: int) -> tuple[str, int, re.Match[str], int] | None:
    """``(front, heading level or 0, the tag's match, the index of the back's first line)`` of a front at ``k``."""
    line = lines[k]
    m = _front(line)
    alone = None
    if m is None:
        h = _HEADING.match(line)
        nxt = k + 1 if k + 1 < len(lines) and not fenced[k + 1] else None
        alone = _ALONE.match(lines[nxt]) if nxt is not None else None
        if alone is None or not (h or (line.strip() and not _RULE.match(line) and not _ALONE.match(line))):
            return None
        return (h.group("text") if h else line.strip()), (len(h.group("hashes")) if h else 0), alone, k + 2
    if not m.group("hashes") and k and lines[k - 1].strip() and not _HEADING.match(lines[k - 1]) and not fenced[k - 1]:
        return None  # (a tagged line inside a paragraph: the paragraph's first line is the front, v2 reads it whole)
    return m.group("front").strip(), len((m.group("hashes") or "").strip()), m, k + 1


def _card_at(lines: list[str], fenced: list[bool], k: int) -> tuple[str, int, str, list[str], list[int], int] | None:
    """``(front, heading level or 0, kind, tags, the back's line indexes, the index after the card)`` of a card whose
    front is line ``k``, else None."""
    head = _head(lines, fenced, k) if not fenced[k] else None
    if head is None:
        return None
    front, depth, found, start = head
    kind = (found.group("kind") or "").lower()
    tags = [t for t in found.group("tags").split() if t]
    front = _ID_AFTER.sub("", front).strip()
    back: list[int] = []
    n = start
    if depth:  # a heading card: its section, up to a heading no deeper, a rule or the next card (v2)
        while n < len(lines):
            if not fenced[n]:
                h = _HEADING.match(lines[n])
                if (h and len(h.group("hashes")) <= depth) or _RULE.match(lines[n]) or _opens(lines, fenced, n):
                    break
            back.append(n)
            n += 1
    else:  # a paragraph card: the rest of its paragraph
        while n < len(lines) and (fenced[n] or lines[n].strip()):
            if not fenced[n] and (_HEADING.match(lines[n]) or _opens(lines, fenced, n)):
                break
            back.append(n)
            n += 1
    while back and not lines[back[-1]].strip():
        back.pop()
    while back and not lines[back[0]].strip():
        back.pop(0)
    return front, depth, kind, tags, back, n
