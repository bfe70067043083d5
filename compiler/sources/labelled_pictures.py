"""A picture's numbered labels listed under it, each with what it points at (``![Anterior view of the heart](heart.png)``
/ ``Label the structures numbered on the diagram.`` / ``1. → Superior vena cava`` / ``2. → Aorta`` …, or ``- 1 =
Aorta``, ``A – Tricuspid valve``): a "label the diagram" page (sitting 50 N17: its list was six questions with no
answer and the file gave no card; written ``- 1 = Aorta``, a card per label fronted ``1`` without the picture, the
picture's line "a row with an empty first field").

Each label becomes a question heading that shows the picture (``### What is labelled 1? ![…](heart.png)``, the
Markdown reader puts a heading's picture on the front, above its words) over what it points at, its answer; the
picture's own line is left blank (it is on every front), and so is a line of instruction between the picture and the
list (the question asks it). Only for LABELS_MIN labels or more, numbered 1, 2, 3 … (or lettered A, B, C …) in
order, each a separator (an arrow, '=', a dash or a colon) then a short name, right under the picture (a blank line,
a paragraph of one line between); or a table there whose first column holds the labels so (``| Label | Structure |
Between |`` / ``| A | Tricuspid valve | right atrium and right ventricle |``): its second column the name, the others
each a ``Between: …`` line under it; or the labels left blank for the student (``A. ____________``) and answered, in
the same order, by a key further down (``## Answers`` / ``A. Aorta``), whose lines are then no text. Each line of the result comes from the label's line.
"""

from __future__ import annotations

import re

# a picture alone on its line: Markdown's or Obsidian's embed
_PICTURE = re.compile(r"^[ \t]{0,3}(?:!\[[^\]\n]*\]\([^)\n]+\)|!\[\[[^\]\n]+\]\])[ \t]*$")
# a label and what it points at: '1. → Superior vena cava', '- 1 = Aorta', 'A – Tricuspid valve', '(3): Pulmonary trunk'
_LABEL = re.compile(
    r"^[ \t]{0,3}(?:[-*+][ \t]+)?\(?(?P<n>\d{1,2}|[A-Z])[.)]?\)?[ \t]*(?:→|->|=>|=|–|—|-|:)[ \t]*(?P<name>[^\s→=].*?)[ \t]*$"
)
# a label left blank for the student ('A. ____________', '1) ______'), answered by a key further down ('A. Aorta')
_BLANK = re.compile(r"^[ \t]{0,3}(?:[-*+][ \t]+)?\(?(?P<n>\d{1,2}|[A-Z])[.)]?\)?[ \t]*(?:→|->|=|–|—|-|:)?[ \t]*(?:\\?_){3,}[ \t]*$")
_KEYED = re.compile(
    r"^[ \t]{0,3}(?:[-*+][ \t]+)?\(?(?P<n>\d{1,2}|[A-Z])(?:[.)]\)?[ \t]*(?:(?:→|->|=>|=|–|—|-|:)[ \t]*)?|\)?[ \t]*(?:→|->|=>|=|–|—|-|:)[ \t]*)"
    r"(?P<name>[^\s→=_].*?)[ \t]*$"
)
# what heads a key: '## Answers', '**Answer key**', 'Key:'
_KEY_HEAD = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+)?[*_]{0,2}(?i:answers?(?:[ \t]+key)?|key|solutions?)[*_]{0,2}[ \t]*:?[*_]{0,2}[ \t]*$")
_HEADING = re.compile(r"^[ \t]{0,3}(?P<marks>#{1,6})[ \t]")
_ROW = re.compile(r"^[ \t]{0,3}\|(?P<cells>.*)\|[ \t]*$")
_RULE = re.compile(r"^[ \t]{0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")
LABELS_MIN = 3
NAME_WORDS_MAX = 8  # words a label's name holds, at most


def _sequence(labels: list[str]) -> bool:
    """Whether the labels count 1, 2, 3 … or A, B, C … from the first."""
    if all(n.isdecimal() for n in labels):
        return [int(n) for n in labels] == list(range(1, len(labels) + 1))
    return "".join(labels) == "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[: len(labels)]


def _cells(line: str) -> list[str]:
    m = _ROW.match(line)
    return [c.strip() for c in m.group("cells").split("|")] if m else []


def _label_rows(lines: list[str], start: int) -> tuple[int, list[tuple[str, list[str]]]]:
    """``(end, [(label, lines of what it points at)])`` of a table at ``start`` whose first column holds the labels
    ('| Label | Structure | Between |' / '| A | Tricuspid valve | right atrium and right ventricle |'): its second column
    the name, each further one a ``Name: value`` line; ``(start, [])`` when there is no such table."""
    if start + 2 >= len(lines) or not _ROW.match(lines[start]) or not _RULE.match(lines[start + 1]):
        return start, []
    head = _cells(lines[start])
    end = start + 2
    rows: list[tuple[str, list[str]]] = []
    while end < len(lines) and (cells := _cells(lines[end])):
        if len(cells) != len(head) or len(head) < 2 or not cells[1] or len(cells[1].split()) > NAME_WORDS_MAX:
            return start, []
        more = [f"{name}: {value}" if name else value for name, value in zip(head[2:], cells[2:], strict=True) if value]
        rows.append((cells[0].strip("*_ ").rstrip(".)"), [cells[1], *more]))
        end += 1
    return end, rows


def _blanks(lines: list[str], start: int) -> tuple[int, list[tuple[str, list[str]]], set[int]] | None:
    """``(end, [(label, [name])], the key's lines)`` of labels left blank at ``start`` ('A. ______' …) that a key further
    down names, the same labels in the same order ('## Answers' / 'A. Aorta' …: sitting 52 N35, one card 'Answers' of
    the whole key, or fronts '____' merged as one); None for any other lines."""
    end = start
    while end < len(lines) and _BLANK.match(lines[end]):
        end += 1
    labels = [m.group("n") for line in lines[start:end] if (m := _BLANK.match(line))]
    if len(labels) < LABELS_MIN or not _sequence(labels):
        return None
    at = next((j for j in range(end, len(lines)) if _KEYED.match(lines[j]) and not _BLANK.match(lines[j])), None)
    if at is None or len(lines) - at < len(labels):
        return None
    keyed = [m for line in lines[at : at + len(labels)] if (m := _KEYED.match(line))]
    if [m.group("n") for m in keyed] != labels or any(len(m.group("name").split()) > NAME_WORDS_MAX for m in keyed):
        return None
    above = [j for j in range(end, at) if lines[j].strip()]
    if len(above) > 1 or (above and not _KEY_HEAD.match(lines[above[0]])):
        return None  # (only the key's own heading between: 'Answers')
    return end, [(n, [m.group("name")]) for n, m in zip(labels, keyed, strict=True)], {*above, *range(at, at + len(labels))}


def labelled_pictures(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``lines`` with every picture's label list (see the module's docstring) written as question headings showing the
    picture, and the line (1-based) each line comes from; None when there is none."""
    out: list[str] = []
    origin: list[int] = []
    level = 1  # the level of the last heading above
    k, changed = 0, False
    erased: set[int] = set()  # (the lines of a key whose answers went under their blank labels: no text now)
    while k < len(lines):
        if k in erased:
            out.append("")
            origin.append(k + 1)
            k += 1
            continue
        heading = _HEADING.match(lines[k])
        if heading is not None:
            level = len(heading.group("marks"))
        if not _PICTURE.match(lines[k]):
            out.append(lines[k])
            origin.append(k + 1)
            k += 1
            continue
        start = k + 1
        while start < len(lines) and not lines[start].strip():
            start += 1
        if start < len(lines) and not _LABEL.match(lines[start]) and start + 1 < len(lines) and not lines[start + 1].strip():
            start += 1  # (one line of instruction between: 'Label the structures numbered on the diagram.')
            while start < len(lines) and not lines[start].strip():
                start += 1
        end = start
        while end < len(lines) and (m := _LABEL.match(lines[end])) and len(m.group("name").split()) <= NAME_WORDS_MAX:
            end += 1
        found = [(m.group("n"), [m.group("name")]) for line in lines[start:end] if (m := _LABEL.match(line))]
        rows: list[int] = list(range(start, end))
        if not found and (blanks := _blanks(lines, start)) is not None:  # ('A. ______' under it, 'A. Aorta' in a key below)
            end, found, keyed = blanks
            rows = list(range(start, end))
            erased |= keyed
        elif not found:  # ('| Label | Structure | Between |' / '| A | Tricuspid valve | … |': a table of the labels)
            end, found = _label_rows(lines, start)
            rows = list(range(start + 2, end))
        if len(found) < LABELS_MIN or not _sequence([n for n, _ in found]):
            out.append(lines[k])
            origin.append(k + 1)
            k += 1
            continue
        picture = lines[k].strip()
        # (the picture's line and the instruction under it, 'Label the structures …': each question shows and asks them)
        out += [""] * (start - k)
        origin += list(range(k + 1, start + 1))
        deeper = "#" * min(level + 1, 6)
        for j in range(start, rows[0]):  # (a table's header and rule)
            out.append("")
            origin.append(j + 1)
        for j, (n, said) in zip(rows, found, strict=True):
            shown = [x for line in said for x in (line, "")]  # (the name and each column after it, a paragraph each)
            out += [f"{deeper} What is labelled {n}? {picture}", *shown]
            origin += [j + 1] * (len(shown) + 1)
        k, changed = end, True
    return (out, origin) if changed else None
