"""Exercises labelled by an id and answered by the same ids in a key section after them (trial15 T15-60).

A course's exercise sheet opens each exercise's paragraph with a bold id (``**E1.** Name the four …``,
``**E9 · `e09_boxes.cpp`.** Predict …``, ``**Exercise 3:** …``, ``**Q4.** …``) and answers some of them at its end,
under a key heading and often in a toggle::

    ## Answers to selected exercises
    <details markdown="1">
    <summary>Reveal (attempt first!)</summary>

    **A1.** `#include` lines → …             (another label, the exercise's number)
    **E12 answers.** `3000000` · …           (the exercise's own label and an answer word)
    </details>

Read as written no paragraph asks as a Markdown question does, and the whole page was one note card (layout
``note``; ``layout = "markdown"`` read nothing). :func:`keyed_exercises` rewrites the stretch from the first
exercise to the key's end into the shape the Markdown reader knows: each exercise a label heading one level
below the heading over it (``### Exercise 1``) over its text, code blocks included, and ``#### Answer`` over the
text of the key entry of its number, when the key has one; the key's heading, toggle lines and entries leave
their place. An exercise the key does not answer stays a question with no answer (said and skipped). The lines
move, so the rewrite comes with the line of the file each new line came from
(:func:`compiler.sources.converted.remap` puts items and messages back there).

Only a page where two or more exercises share a label (``E``), the key is a heading of answer words
(:data:`compiler.layouts.KEY_WORDS`, words after them allowed: ``Answers to selected exercises``) after them,
and every labelled entry under it names the number of one of them, is rewritten.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from compiler.layouts import KEY_WORDS
from compiler.sources.lines import QUESTION_MARKS, in_fence

# '**E1.** text', '**E9 · `e09_boxes.cpp`.** text', '**Exercise 3:** text', '**A1.** text', '**E12 answers.** text'
_LABEL = re.compile(
    r"^\s{0,3}(?P<mark>\*\*|__)(?P<prefix>[^\W\d_]{1,12})[ \t]?(?P<n>\d{1,3})(?![\d.,]\d)(?P<tail>[^*\n]{0,80}?)(?P=mark)"
    r"[ \t]*[.:]?(?:[ \t]+(?P<text>\S.*))?$"
)
# a range or list of ids, no label: '**E1–E8** concept checks', '**E1, E3**'
_RANGE = re.compile(r"^\s*[-–—,/&]\s*\w*\d")
# words after the id in a key entry ('**E12 answers.**', '**P13 — Respuesta esperada:**', '**P17 — Mínimo …:**')
_TAIL_WORDS = re.compile(r"[^\W\d_]{2,}")
_TAIL_SEPARATOR = re.compile(r"^[\s·•|:—–-]+|[\s.:]+$")
_HEADING = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_KEY_HEADING = re.compile(rf"(?i)^\W{{0,4}}(?:{KEY_WORDS})(?:\s+(?:to|for|of|on)\b.*|\s*[(:・/&＆].*)?$")
_TOGGLE = re.compile(r"(?i)^\s*(?:</?details\b[^>]*>|<summary\b.*</summary>)\s*$")
_OPTION = re.compile(r"^\s*(?:[-*+]\s+)?\(?[A-Ha-h][.)]\s+\S")
_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_ANCHOR = re.compile(r"""(?i)^\s*<a\s+(?:name|id)\s*=\s*["'][^"']*["']\s*>\s*</a>\s*$""")
_QUESTION_WORDS = re.compile(r"(?i)^(?:exercise|question|problem|task|aufgabe|frage|ejercicio|exercice|pregunta)$")
EXERCISES_MIN = 2  # exercises sharing a label, and key entries, that make the page such a sheet


def _label(line: str) -> re.Match[str] | None:
    m = _LABEL.match(line)
    return None if m is None or _RANGE.match(m.group("tail")) else m


def _restated(entry: re.Match[str], asked: dict[int, str]) -> bool:
    """Whether a key entry under the exercises' own label (``**Exercise 1.** Ottawa`` under ``## Solutions``) answers
    the exercise of its number rather than being another one: that exercise asks on its label's line ('… Canada?'),
    the entry says something else and asks nothing (trial39 T39-1: the key's lines were taken for more questions)."""
    question = asked.get(int(entry.group("n")), "").strip()
    text = (entry.group("text") or "").strip()
    return bool(text) and question.rstrip(" *_").endswith(QUESTION_MARKS) and not text.rstrip(" *_").endswith(QUESTION_MARKS) and text != question


def _block_end(lines: list[str], start: int, fenced: list[bool], stops: set[int], end: int) -> int:
    """Where the paragraphs from ``start`` stop: at the next label in ``stops``, a heading, a rule, an anchor or a
    toggle line outside code, or ``end``; trailing blank lines left out."""
    k = start + 1
    while k < end and (fenced[k] or not (k in stops or _HEADING.match(lines[k]) or _RULE.match(lines[k]) or _ANCHOR.match(lines[k]) or _TOGGLE.match(lines[k]))):
        k += 1
    while k > start + 1 and not lines[k - 1].strip():
        k -= 1
    return k


def keyed_exercises(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The page rewritten with each labelled exercise answered by its key entry, and for each new line the
    (1-based) line of ``lines`` it came from; None when the page is no such sheet."""
    fenced = list(in_fence(lines))
    labels = {k: m for k, line in enumerate(lines) if not fenced[k] and (m := _label(line)) is not None and (k == 0 or not lines[k - 1].strip() or _HEADING.match(lines[k - 1]) or _TOGGLE.match(lines[k - 1]))}
    if len(labels) < 2 * EXERCISES_MIN:
        return None
    opener = next(
        (k for k, line in enumerate(lines) if not fenced[k] and (h := _HEADING.match(line)) and _KEY_HEADING.match(h.group("text").strip("*_ "))),
        None,
    )
    if opener is None:
        return None
    level = len(_HEADING.match(lines[opener]).group("hashes"))  # type: ignore[union-attr]
    key_end = next((k for k in range(opener + 1, len(lines)) if not fenced[k] and (h := _HEADING.match(lines[k])) and len(h.group("hashes")) <= level), len(lines))
    first_entry = next((k for k in labels if opener < k < key_end), key_end)
    closing = next(
        (k for k in range(first_entry, key_end) if not fenced[k] and (re.match(r"(?i)^\s*</details\s*>", lines[k]) or (_RULE.match(lines[k]) and not any(opener < j < key_end for j in labels if j > k)))),
        None,
    )
    if closing is not None:  # a rule or the toggle's end after the last entry: what follows is the page's footer
        key_end = closing + (0 if _RULE.match(lines[closing]) else 1)
    before = [k for k in labels if k < opener]
    prefix, count = Counter(labels[k].group("prefix") for k in before).most_common(1)[0] if before else ("", 0)
    exercises = [k for k in before if labels[k].group("prefix") == prefix]
    numbers = [int(labels[k].group("n")) for k in exercises]
    if count < EXERCISES_MIN or len(set(numbers)) < len(numbers):
        return None  # (numbers restarting: the ids do not name one exercise each)
    entries = [k for k in labels if opener < k < key_end]
    asked = {int(labels[k].group("n")): labels[k].group("text") or "" for k in exercises}
    keyed: dict[int, int] = {}
    for k in entries:
        m = labels[k]
        if m.group("prefix") == prefix and not _TAIL_WORDS.search(m.group("tail")) and not _restated(m, asked):
            return None  # another exercise after the key heading: no key of answers
        if int(m.group("n")) not in numbers or int(m.group("n")) in keyed:
            return None
        keyed[int(m.group("n"))] = k
    if len(keyed) < EXERCISES_MIN:
        return None
    stops = set(exercises) | set(entries)
    moved = {j for at in keyed.values() for j in range(at, _block_end(lines, at, fenced, stops, key_end))}
    # the key's own text besides its entries (a note on which are answered) stays under its heading
    said = any(lines[j].strip() and not _TOGGLE.match(lines[j]) for j in range(opener + 1, key_end) if j not in moved)
    out: list[str] = []
    origin: list[int] = []
    depth = next((len(h.group("hashes")) for j in range(exercises[0] - 1, -1, -1) if not fenced[j] and (h := _HEADING.match(lines[j]))), 1)
    k = exercises[0]
    while k < key_end:
        line = lines[k]
        if (k == opener and not said) or (k > opener and (not line.strip() or _TOGGLE.match(line))):
            k += 1  # the key's heading and toggle: its entries move under their exercises
            continue
        if k in keyed.values():
            k = _block_end(lines, k, fenced, stops, key_end)
            continue
        heading = _HEADING.match(line) if not fenced[k] else None
        depth = len(heading.group("hashes")) if heading else depth
        if k not in exercises:
            out.append(line)
            origin.append(k + 1)
            k += 1
            continue
        m = labels[k]
        n = int(m.group("n"))
        name = m.group("prefix").capitalize() if _QUESTION_WORDS.match(m.group("prefix")) else "Exercise"
        tail = _TAIL_SEPARATOR.sub("", m.group("tail"))
        first = " ".join(part for part in (f"{tail}:" if tail else "", m.group("text") or "") if part)
        end = _block_end(lines, k, fenced, stops, opener)
        options = sum(bool(_OPTION.match(line)) for line in lines[k + 1 : end]) >= 2
        if options and n not in keyed:  # a question over options: a page key (a table of letters) keys it as written
            out += lines[k:end]
            origin += list(range(k + 1, end + 1))
            k = end
            continue
        out += [f"{'#' * min(depth + 1, 6)} {name} {n}", *([first] if first else []), *lines[k + 1 : end]]
        origin += [k + 1] * (2 if first else 1) + list(range(k + 2, end + 1))
        if n in keyed:
            at = keyed[n]
            answer = labels[at].group("text") or ""
            stop = _block_end(lines, at, fenced, stops, key_end)
            out += [f"{'#' * min(depth + 2, 6)} Answer", *([answer] if answer else []), *lines[at + 1 : stop]]
            origin += [at + 1] * (2 if answer else 1) + list(range(at + 2, stop + 1))
        elif not options:  # (no answer in the key: said so, never its own code block taken for one)
            out.append(f"{'#' * min(depth + 2, 6)} Answer")
            origin.append(k + 1)
        k = end
    if not said and any(line.strip() for line in lines[key_end:]):  # a footer after the key stays under its heading
        out.append(lines[opener])
        origin.append(opener + 1)
    out = lines[: exercises[0]] + out + lines[key_end:]
    origin = list(range(1, exercises[0] + 1)) + origin + list(range(key_end + 1, len(lines) + 1))
    return out, origin


# a heading that names an exercise by an id: 'Aufgabe 1: Hardware …', '演習1-A　朝の手順', 'Exercise 3 — Solution'
_HEADED_ID = re.compile(r"^(?P<label>[^\W\d_]{1,20})[ \t]?(?P<n>\d{1,3}(?:-[A-Za-z\d]{1,3})?)(?![\d.,]\d)(?P<rest>.*)$")
# a task's part under it: 'a) Die Schule überlegt …', '(b) Berechnen Sie …'
_PART = re.compile(r"^\(?(?P<part>[a-z])\)[ \t]+(?P<rest>\S.*)$")
_ENTRY = re.compile(r"^\s{0,3}(?:(?:[-*+]\s+(?:\[[ xX]\]\s+)?)?\d{1,3}[.)]\s|(?:\*\*|__)[^*_\n]{0,24}\d{1,3}\b)")  # a numbered entry: '1. …', '**Question 2**'
_BLANK_LINE = re.compile(r"^\s*(?:[_.…]\s*){5,}$")  # '______': room to write the answer in
_FILL_LABEL = re.compile(r"^\s*(?:\*\*|__)[^*_\n]{1,40}[:：]?(?:\*\*|__)\s*[:：]?\s*$")  # '**Desktop-PC:**' over such room
_BADGE = re.compile(r"^\s*<(?P<tag>span|small|sup|div|p)\b[^>]*>[^<>\n]{1,24}</(?P=tag)>\s*$")  # a one-line label (a level)
_TASK_WORDS = 6  # a heading's text after its id this long (or a sentence) is the task itself, not its title


def _headings(lines: list[str], fenced: list[bool]) -> list[tuple[int, int, str]]:
    """(line, level, text) of each heading outside code, as :func:`_heading_text` reads it."""
    return [(k, *h) for k, line in enumerate(lines) if not fenced[k] and (h := _heading_text(line)) is not None]


def _heading_text(line: str) -> tuple[int, str] | None:
    m = _HEADING.match(line)
    return (len(m.group("hashes")), m.group("text").strip("*_ ")) if m else None


def headed_exercises(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A page of exercise headings answered by a solutions part after them whose headings name the same exercises
    (``## Aufgabe 1: …`` / ``### a) …`` then ``# LÖSUNGSBOGEN`` / ``## Aufgabe 1: … - Musterlösungen`` / ``### a) …``;
    ``## 演習1-A　朝の手順`` then ``# 解答・解説`` / ``## 演習1-A　解答・解説``: trial15 T15-5, T15-21): each exercise
    that has a solution a label heading over its task (the heading's text when it is the task, else its text under
    it, its title kept as the section) and ``Answer`` over the solution; the room left to write in (``____`` lines,
    the ``**Desktop-PC:**`` labels over them) is no text; ids pair in order (the second ``Aufgabe 1`` with the
    second). Returns the new lines and where each came from, as :func:`keyed_exercises` does; None when the page is
    no such exercises."""
    fenced = list(in_fence(lines))
    heads = _headings(lines, fenced)
    opener = next((k for k, _, text in heads if _KEY_HEADING.match(text)), None)
    if opener is None:
        return None
    keys: dict[int, tuple[str, ...]] = {}
    seen: Counter[tuple[tuple[str, ...], bool]] = Counter()
    parents: list[tuple[int, tuple[str, ...]]] = []  # (level, key) of the id'd headings above
    for k, level, text in heads:
        if k == opener:
            parents = []
            continue
        parents = [(lv, key) for lv, key in parents if lv < level]
        m, part = _HEADED_ID.match(text), _PART.match(text)
        key: tuple[str, ...] | None = None
        if m is not None:
            key = (m.group("label").casefold(), m.group("n"))
        elif part is not None and parents:
            key = (*parents[-1][1], part.group("part"))
        if key is None:
            continue
        side = k > opener
        seen[(key, side)] += 1
        keys[k] = (*key, str(seen[(key, side)]))
        parents.append((level, key))
    tasks = {keys[k]: k for k, _, _ in heads if k in keys and k < opener}
    solved = {keys[k]: k for k, _, _ in heads if k in keys and k > opener}
    levels = {k: level for k, level, _ in heads}

    def end_of(k: int) -> int:
        return next((j for j, level, _ in heads if j > k and level <= levels[k]), len(lines))

    def leaf(k: int, side: dict[tuple[str, ...], int]) -> bool:
        return not any(k < j < end_of(k) and keys.get(j) in side for j, _, _ in heads)

    def group(k: int) -> bool:  # ('### Level 1' over '**Question 1**: …', '**Question 2**: …': questions, no exercise)
        return sum(bool(_ENTRY.match(lines[j])) for j in range(k + 1, end_of(k)) if not fenced[j]) >= EXERCISES_MIN

    def optioned(k: int) -> bool:  # (a question over options: a page key of letters keys it as written, T15-90)
        return sum(bool(_OPTION.match(lines[j])) for j in range(k + 1, end_of(k)) if not fenced[j]) >= EXERCISES_MIN

    def titled(k: int) -> bool:  # ('### Question 1' alone in an answer key: the page key's, read as it is)
        text = _heading_text(lines[k])[1]  # type: ignore[index]
        m, part = _HEADED_ID.match(text), _PART.match(text)
        return bool(re.search(r"[^\W\d_]", (part.group("rest") if part else m.group("rest") if m else "")))

    pairs = {
        tasks[key]: solved[key]
        for key in tasks
        if key in solved and leaf(tasks[key], solved) and leaf(solved[key], tasks) and titled(solved[key]) and not optioned(tasks[key])
        and levels[opener] < min(levels[tasks[key]], levels[solved[key]])  # (the solutions a part over them)
    }
    if any(group(k) for k in pairs):
        return None  # the headings name groups of questions, each answered in the key by its own entries
    if len(pairs) < EXERCISES_MIN:
        return None
    moved = {j for at in pairs.values() for j in range(at, end_of(at))}
    rest = [j for j in range(opener, len(lines)) if j not in moved and lines[j].strip() and not fenced[j]]
    if all(_HEADING.match(lines[j]) or _RULE.match(lines[j]) or _TOGGLE.match(lines[j]) for j in rest):
        moved |= set(range(opener, len(lines)))  # the solutions part held nothing else: its headings go with it
    out: list[str] = []
    origin: list[int] = []
    k = 0
    while k < len(lines):
        if k in moved:
            k += 1
            continue
        if k not in pairs:
            out.append(lines[k])
            origin.append(k + 1)
            k += 1
            continue
        level, text = levels[k], _heading_text(lines[k])[1]  # type: ignore[index]
        key, end = keys[k], end_of(k)
        m, part = _HEADED_ID.match(text), _PART.match(text)
        rest = (part.group("rest") if part else m.group("rest") if m else "").strip(" \t:：.-–—　")
        task = len(rest.split()) >= _TASK_WORDS or rest.endswith(("?", "？", ".", "。", ")", "）"))
        depth = level if task else min(level + 1, 6)
        if not task:  # the title stays the section of its exercise
            out.append(lines[k])
            origin.append(k + 1)
        out.append(f"{'#' * depth} Exercise {_label_number(key[1:-1])}")
        origin.append(k + 1)
        body = [  # ('---' under the text would make it a setext heading: rules part exercises, no text of theirs)
            j for j in range(k + 1, end)
            if not _BLANK_LINE.match(lines[j]) and not _RULE.match(lines[j]) and not (_FILL_LABEL.match(lines[j]) and _room_below(lines, j))
        ]
        while body and not lines[body[-1]].strip():
            body.pop()
        while body and not lines[body[0]].strip():
            body.pop(0)  # (the task right under its label heading)
        if body and _BADGE.match(lines[body[0]]):  # '<span class="difficulty">難易度 ★☆☆</span>' over the task: after it
            badge, body = body[0], body[1:]
            while body and not lines[body[0]].strip():
                body.pop(0)
            after = next((n for n, j in enumerate(body) if not lines[j].strip()), len(body))
            body = [*body[:after], badge, *body[after:]]
        out += ([rest] if task else []) + [lines[j] for j in body]
        origin += ([k + 1] if task else []) + [j + 1 for j in body]
        at = pairs[k]
        answer = [j for j in range(at + 1, end_of(at)) if not _RULE.match(lines[j])]
        while answer and not lines[answer[0]].strip():
            answer.pop(0)
        out += ["", f"{'#' * min(depth + 1, 6)} Answer"]  # (a blank line first: an HTML block above ends there)
        origin += [at + 1, at + 1]
        for j in answer:  # (a heading inside the solution: a bold line of it, never a card of its own)
            sub = _heading_text(lines[j]) if not fenced[j] else None
            out.append(f"**{sub[1]}**" if sub else lines[j])
            origin.append(j + 1)
        out.append("")
        origin.append(end)
        k = end
    return out, origin



# a task's lettered part as a paragraph: 'a) Wandeln Sie …', '(b) Berechnen Sie …', '**c)** …'
_PART_LINE = re.compile(r"^\s{0,3}(?:\*\*|__)?\(?(?P<part>[a-h])\)(?:\*\*|__)?[ \t]+(?P<rest>\S.*)$")
# a label alone on its bold line: '**Aufgabe 1**', '**Lösung zu Aufgabe 2:**'
_BOLD_ONLY = re.compile(r"^\s{0,3}(?P<b>\*\*|__)(?P<text>[^*_\n]{1,60}?)[ \t]*[:：.]?(?P=b)[ \t]*[:：.]?[ \t]*$")


def _lettered(lines: list[str], start: int, end: int, fenced: list[bool]) -> list[int] | None:
    """The lines in ``start:end`` that open a task's lettered parts (``a) …``, ``b) …`` in turn from a, each at a
    paragraph's start), or None when they are not two or more so lettered."""
    starts = [
        k for k in range(start, end)
        if not fenced[k] and _PART_LINE.match(lines[k]) and (k == start or not lines[k - 1].strip() or _PART_LINE.match(lines[k - 1]))
    ]
    letters = [_PART_LINE.match(lines[k]).group("part") for k in starts]  # type: ignore[union-attr]
    if len(starts) < EXERCISES_MIN or letters != [chr(ord("a") + n) for n in range(len(letters))]:
        return None
    return starts


def _letters(lines: list[str], starts: list[int]) -> set[str]:
    """The letters of the parts that open at ``starts``."""
    return {_PART_LINE.match(lines[k]).group("part") for k in starts}  # type: ignore[union-attr]


def _trimmed(lines: list[str], span: list[int]) -> list[int]:
    """``span`` without its rules and the blank lines at its ends."""
    span = [j for j in span if not _RULE.match(lines[j])]
    while span and not lines[span[0]].strip():
        span.pop(0)
    while span and not lines[span[-1]].strip():
        span.pop()
    return span


class Tasks(NamedTuple):
    """A page rewritten by :func:`lettered_tasks`: its lines, the line each came from, and the solutions that answer
    no task of the page, as ``(line, label)`` (1-based, of ``lines`` as given), to say (their text is in no card)."""

    lines: list[str]
    origin: list[int]
    unmatched: list[tuple[int, str]]


def lettered_tasks(lines: list[str]) -> Tasks | None:
    """A page of task headings with lettered parts (``## Aufgabe 1: Zahlensysteme (6 Punkte)`` / ``a) Wandeln Sie …
    (2 P.)`` / ``b) Wie viele …?``) answered by a solutions part after them that repeats the task labels, as bold lines
    or headings, over lettered answers (``# Lösungen`` / ``**Aufgabe 1**`` / ``a) 101101`` / ``b) 2^8 = 256``: trial31
    T31-4; each task was a card whose back was its questions, and the key's labels cards answered by their part a)).
    Each part becomes a label heading (``### Exercise 1a``) over the task's stem and the part, ``Answer`` over every
    paragraph of its letter in the solution; the task heading stays as the parts' section. A task without parts is
    answered by its label's whole text; a solution without letters answers its task's parts together; a part the
    solution does not answer is a question without an answer (said and skipped). Returns the new lines and where each
    came from, as :func:`keyed_exercises` does; None when fewer than two tasks are answered so."""
    fenced = list(in_fence(lines))
    heads = _headings(lines, fenced)
    opener = next((k for k, _, text in heads if _KEY_HEADING.match(text)), None)
    if opener is None:
        return None
    levels = {k: level for k, level, _ in heads}
    key_end = next((k for k, level, _ in heads if k > opener and level <= levels[opener]), len(lines))

    def end_of(k: int, stop: int) -> int:
        return next((j for j, level, _ in heads if k < j and level <= levels[k]), stop) if k in levels else stop

    tasks: dict[tuple[str, str], int] = {}
    for k, _, text in heads:
        m = _HEADED_ID.match(text)
        if k < opener and m is not None:
            key = (m.group("label").casefold(), m.group("n"))
            if key in tasks:
                return None  # (numbers restarting: an id names no one task)
            tasks[key] = k
    if len(tasks) < EXERCISES_MIN or not any(_lettered(lines, k + 1, end_of(k, opener), fenced) for k in tasks.values()):
        return None
    names = sorted({label for label, _ in tasks}, key=len, reverse=True)
    entry = re.compile(rf"(?i)^(?:\S+\s+){{0,3}}?(?P<label>{'|'.join(re.escape(x) for x in names)})[ \t]*(?P<n>\d{{1,3}})(?![\d.,]\d)[ \t]*[:.)\-–—]?[ \t]*$")
    labels: dict[int, tuple[str, str]] = {}
    for k in range(opener + 1, key_end):
        text = _heading_text(lines[k]) if k in levels else ((b := _BOLD_ONLY.match(lines[k])) and (0, b.group("text").strip()))
        m = entry.match(text[1]) if text and not fenced[k] else None
        if m is not None:
            labels[k] = (m.group("label").casefold(), m.group("n"))
    if len(set(labels.values())) < len(labels) or sum(key in tasks for key in labels.values()) < EXERCISES_MIN:
        return None
    bounds = [*sorted(labels), key_end]
    solved = {  # (a bold label's text runs to the next label or heading, a heading label's to its section's end)
        labels[k]: (k, min(bounds[n + 1], end_of(k, key_end) if k in levels else next((j for j in levels if j > k), key_end)))
        for n, k in enumerate(bounds[:-1])
    }
    moved = {j for at, stop in solved.values() for j in range(at, stop)}
    unmatched = [(at + 1, (_heading_text(lines[at]) or (0, lines[at].strip(" *_:")))[1]) for key, (at, _) in solved.items() if key not in tasks]
    out: list[str] = []
    origin: list[int] = []

    def put(text: str, line: int) -> None:
        out.append(text)
        origin.append(line + 1)

    k = 0
    task_at = {at: key for key, at in tasks.items()}
    while k < len(lines):
        if k in moved or (k == opener and all(not lines[j].strip() or _RULE.match(lines[j]) or j in moved for j in range(opener + 1, key_end))):
            k += 1
            continue
        if k not in task_at:
            put(lines[k], k)
            k += 1
            continue
        key, level, end = task_at[k], levels[k], end_of(k, opener)
        rest = _HEADED_ID.match(_heading_text(lines[k])[1]).group("rest").strip(" \t:：.-–—　")  # type: ignore[index, union-attr]
        parts = _lettered(lines, k + 1, end, fenced)
        body = _trimmed(lines, list(range(k + 1, end)))
        answer = _trimmed(lines, list(range(solved[key][0] + 1, solved[key][1]))) if key in solved else None
        keyed = _lettered(lines, answer[0], answer[-1] + 1, fenced) if answer else None
        if answer and keyed and (keyed[0] != answer[0] or not parts or not _letters(lines, keyed) <= _letters(lines, parts)):
            keyed = None  # (a note before the lettered answers, or a letter the task has not: it answers the task whole)
        number = _label_number((key[1],))
        if parts is None or (answer and keyed is None):  # one card: the task's text (its parts too) and its solution
            asks = not body and (len(rest.split()) >= _TASK_WORDS or rest.endswith(("?", "？")))
            if not asks:  # (blank lines around every heading: '## Aufgabe 3' right over '### Exercise 3' stacks them)
                put(lines[k], k)
                put("", k)
            put(f"{'#' * (level if asks else min(level + 1, 6))} Exercise {number}", k)
            put("", k)
            for j in [k] if asks else body:
                put(rest if asks else lines[j], j)
            put("", k)
            put(f"{'#' * min(level + (1 if asks else 2), 6)} Answer", solved[key][0] if key in solved else k)
            put("", k)
            for j in answer or []:
                put(lines[j], j)
            put("", end - 1)
            k = end
            continue
        put(lines[k], k)
        stem = [j for j in body if j < parts[0] and lines[j].strip()]
        given = {}
        if answer and keyed:
            for n, at in enumerate(keyed):
                stop = keyed[n + 1] if n + 1 < len(keyed) else answer[-1] + 1
                given[_PART_LINE.match(lines[at]).group("part")] = (at, _trimmed(lines, list(range(at + 1, stop))))  # type: ignore[union-attr]
        for n, at in enumerate(parts):
            stop = parts[n + 1] if n + 1 < len(parts) else end
            letter = _PART_LINE.match(lines[at]).group("part")  # type: ignore[union-attr]
            put("", at)
            put(f"{'#' * min(level + 1, 6)} Exercise {number}{letter}", at)
            put("", at)
            for j in stem:  # (the stem lines of the part's paragraph, the part's letter in its label heading)
                put(lines[j], j)
            put(_PART_LINE.match(lines[at]).group("rest"), at)  # type: ignore[union-attr]
            for j in _trimmed(lines, list(range(at + 1, stop))):
                put(lines[j], j)
            put("", at)
            put(f"{'#' * min(level + 2, 6)} Answer", given[letter][0] if letter in given else at)
            put("", at)
            if letter in given:
                first = _PART_LINE.match(lines[given[letter][0]]).group("rest")  # type: ignore[union-attr]
                put(first, given[letter][0])
                for j in given[letter][1]:
                    put(lines[j], j)
        put("", end - 1)
        k = end
    return Tasks(out, origin, unmatched)


def _label_number(parts: tuple[str, ...]) -> str:
    """The number a label heading the Markdown reader knows can carry (``Exercise 1a``): the id's digits and one
    letter, its own (``1-A`` -> ``1a``) or its part's (``1``, ``a``)."""
    digits = re.match(r"\d+", parts[0])
    letters = [p.lower() for p in (re.sub(r"^\d+-?", "", parts[0]), *parts[1:]) if len(p) == 1 and p.isalpha()]
    return (digits.group() if digits else "") + (letters[-1] if letters else "")


def _room_below(lines: list[str], k: int) -> bool:
    """Whether a fill-in label at line ``k`` stands over room to write in (its next non-blank line is '____')."""
    below = next((line for line in lines[k + 1 :] if line.strip()), "")
    return bool(_BLANK_LINE.match(below))


_QUESTION_WORD = (
    r"(?:question|questão|questao|pregunta|frage|aufgabe|domanda|exercise|exercice|exercício|ejercicio|problem|soal|câu"
    r"|вопрос|задача|問題|问题|题)"
)
# a heading that comments on a question by its number: 'Comentário da Questão 1', 'Explanation for Question 3'
_COMMENT_HEADING = re.compile(rf"(?i)^(?P<words>(?:\S+\s+){{1,4}}?){_QUESTION_WORD}\s*(?P<n>\d{{1,4}})\s*[:.]?$")
_ASKED_HEADING = re.compile(rf"(?i)^{_QUESTION_WORD}\s*(?P<n>\d{{1,4}})(?!\d)")


def commented_questions(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A page whose comments on its questions are a section after them, a heading each naming the question by
    number (``### Questão 1 — …`` / … / ``## Comentários do Dia 1`` / ``### Comentário da Questão 1`` / its bullets:
    trial15 T15-22, the comment was a card of its own): each comment's text moves under its question, after its
    options, where the reader takes it for the explanation; the comments' own section heading goes when nothing else
    is under it. Returns the new lines and where each came from, as :func:`keyed_exercises` does; None when no
    heading comments on a question the page asks under a heading of its number."""
    fenced = list(in_fence(lines))
    heads = _headings(lines, fenced)
    asked: dict[str, int] = {}
    for k, _, text in heads:
        m = _ASKED_HEADING.match(text)
        if m is not None and not _COMMENT_HEADING.match(text):
            if m.group("n") in asked:
                return None  # (the numbering restarts in parts: a number names no one question)
            asked[m.group("n")] = k
    levels = {k: level for k, level, _ in heads}

    def end_of(k: int) -> int:
        return next((j for j, level, _ in heads if j > k and level <= levels[k]), len(lines))

    comments = {
        k: asked[m.group("n")]
        for k, _, text in heads
        if (m := _COMMENT_HEADING.match(text)) is not None and m.group("n") in asked and asked[m.group("n")] < k
    }
    if not comments:
        return None
    moved = {j for k in comments for j in range(k, end_of(k))}
    under: dict[int, list[int]] = {}  # the end of each question's block -> the comment lines to put there
    for k, at in comments.items():
        body = [j for j in range(k + 1, end_of(k))]
        while body and not lines[body[0]].strip():
            body.pop(0)
        while body and not lines[body[-1]].strip():
            body.pop()
        stop = next((j for j, _, _ in heads if j > at), len(lines))
        while stop > at + 1 and not lines[stop - 1].strip():
            stop -= 1
        under.setdefault(stop, []).extend(body)
    for k, _, _ in heads:  # a section holding only the comments: its heading goes with them
        inside = [j for j in range(k + 1, end_of(k)) if lines[j].strip() and not fenced[j]]
        if k not in moved and inside and all(j in moved for j in inside):
            moved.add(k)
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if k in under:
            out += ["", *(lines[j] for j in under[k])]
            origin += [under[k][0] + 1, *(j + 1 for j in under[k])]
        if k < len(lines) and k not in moved:
            out.append(line)
            origin.append(k + 1)
    return out, origin


# a heading that only labels a question by its number, perhaps with a level after it: 'Soal 1 ⭐', 'Question 3', 'Q4 (★★)'
# or its title: 'Studi Kasus 1: Investigasi …'
_LABEL_HEADING = re.compile(
    r"^(?P<label>[^\W\d_]{1,20}(?:[ \t][^\W\d_]{1,20})?)[ \t]*[#№]?[ \t]*(?P<n>\d{1,3})"
    r"(?:[.:)]?(?P<tail>[^\w]*)|[ \t]*[:.\-–—][ \t]*(?P<title>\S.*))$"
)
# an answer line that names an option's letter: '**Answer:** B) Mitochondrion', 'Answer: C'
_LETTER_ANSWER = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?[^\W\d_][^:：*_\n]{0,30}[:：]\s*(?:\*\*|__)?\s*\(?[A-H](?:[.)]|\s*$|\s+[-–—]|(?:\*\*|__))")
_CAPITAL_OPTION = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\(?[A-H][.)](?:\*\*|__)?\s+\S")
_PART_ID = re.compile(r"^(?P<id>[^:：(（—–]+?)\s*(?:[:：(（—–]|$)")  # 'Bagian B: Soal Uraian (15 Soal)': 'Bagian B'


def _part_names(text: str) -> tuple[str, set[str]]:
    """A part heading's id (its text before ':' or '(') and its long words, to pair a key's part with the questions'."""
    m = _PART_ID.match(text)
    return (m.group("id").casefold() if m else text.casefold()), {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}


def answered_labels(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """Questions under label headings (``### Soal 1 ⭐`` over an essay question) answered in the key section by headings
    that name them (``## Kunci Jawaban`` / ``### Bagian B: Uraian`` / ``#### Jawaban Soal 1 ⭐`` over the model
    answer: trial16 T16-8, the key's headings made the reader take every label for a card's front and the answers
    for text outside any question). When the numbers restart from part to part (multiple choice 1–20, essays 1–15),
    the key's part pairs with the questions' part of the same id (``Bagian B``) or, failing that, of a shared word
    (``Uraian``). Each answered question becomes a label heading the reader knows (``### Soal 1``) over its text, its
    level mark after the text, then ``Answer`` over the model answer (its sub-headings bold lines); the key's part
    heading goes when nothing else is left under it. Returns the new lines and where each came from, as
    :func:`keyed_exercises` does; None when the page is no such sheet."""
    fenced = list(in_fence(lines))
    heads = _headings(lines, fenced)
    opener = next((k for k, _, text in heads if _KEY_HEADING.match(text)), None)
    if opener is None:
        return None
    levels = {k: level for k, level, _ in heads}
    texts = {k: text for k, _, text in heads}

    def end_of(k: int) -> int:
        return next((j for j, level, _ in heads if j > k and level <= levels[k]), len(lines))

    def parent(k: int) -> int | None:
        return next((j for j, level, _ in reversed(heads) if j < k and level < levels[k]), None)

    def group(k: int) -> bool:  # ('## Part 1: Multiple choice' over '1. …', '2. …': a part of questions, no question)
        entries = sum(bool(_ENTRY.match(lines[j])) for j in range(k + 1, end_of(k)) if not fenced[j])
        return entries >= EXERCISES_MIN or any(j in levels for j in range(k + 1, end_of(k)))

    def optioned(k: int) -> bool:  # (a question over options 'A. Venus' / 'B. …': its key keys them, T15-90; a task's
        # parts 'a. Explain …' / 'b. …' are no options)
        return sum(bool(_CAPITAL_OPTION.match(lines[j])) for j in range(k + 1, end_of(k)) if not fenced[j]) >= EXERCISES_MIN

    def lettered(k: int) -> bool:  # ('### Question 1' / '**Answer:** B) Mitochondrion': keys options, read as it is: G4)
        first = next((lines[j] for j in range(k + 1, end_of(k)) if lines[j].strip()), "")
        return bool(_LETTER_ANSWER.match(first))

    asked = {k: m for k, _, text in heads if k < opener and (m := _LABEL_HEADING.match(text)) is not None}
    asked = {k: m for k, m in asked.items() if end_of(k) > k + 1 and parent(k) != opener and not group(k) and not optioned(k)}
    if not asked:
        return None
    names = sorted({m.group("label").casefold() for m in asked.values()}, key=len, reverse=True)
    entry = re.compile(
        rf"(?i)^(?:\S+\s+){{0,3}}?(?P<label>{'|'.join(re.escape(x) for x in names)})[ \t]*[#№]?[ \t]*(?P<n>\d{{1,3}})"
        r"(?:[.:)]?[^\w]*|[ \t]*[:.\-–—][ \t]*\S.*)$"
    )
    key_end = end_of(opener)
    entries = {
        k: (m.group("label").casefold(), int(m.group("n")))
        for k, _, text in heads
        if opener < k < key_end and (m := entry.match(text)) is not None and not lettered(k)
    }
    if len(entries) < EXERCISES_MIN:
        return None
    by_part: dict[int | None, dict[tuple[str, int], int]] = {}  # a questions' part heading -> (label, number) -> heading
    for k, m in asked.items():
        by_part.setdefault(parent(k), {})[(m.group("label").casefold(), int(m.group("n")))] = k
    pairs: dict[int, int] = {}
    for k, name in entries.items():
        home = parent(k)
        holding = [p for p, named in by_part.items() if name in named]
        if len(holding) > 1:  # (numbers restart from part to part: the key's part names the questions' part)
            if home is None or home == opener:
                continue
            pid, words = _part_names(texts[home])
            same = [p for p in holding if p is not None and _part_names(texts[p])[0] == pid]
            holding = same or [p for p in holding if p is not None and _part_names(texts[p])[1] & words]
        if len(holding) != 1:
            continue
        question = by_part[holding[0]][name]
        if question not in pairs:
            pairs[question] = k
    if len(pairs) < EXERCISES_MIN:
        return None
    moved = {j for at in pairs.values() for j in range(at, end_of(at))}
    for k, _, _ in heads:  # a key part holding only the moved answers: its heading goes with them
        inside = [j for j in range(k + 1, end_of(k)) if lines[j].strip() and not fenced[j] and not _RULE.match(lines[j])]
        if opener < k < key_end and k not in moved and inside and all(j in moved for j in inside):
            moved |= set(range(k, end_of(k)))
    out: list[str] = []
    origin: list[int] = []
    k = 0
    while k < len(lines):
        if k in moved:
            k += 1
            continue
        if k not in pairs:
            out.append(lines[k])
            origin.append(k + 1)
            k += 1
            continue
        m, level, end = asked[k], levels[k], end_of(k)
        out.append(lines[k] if m.group("title") else f"{'#' * level} {m.group('label')} {m.group('n')}")
        origin.append(k + 1)
        body = [j for j in range(k + 1, end) if not _RULE.match(lines[j]) or fenced[j]]
        while body and not lines[body[-1]].strip():
            body.pop()
        mark = (m.group("tail") or "").strip()
        for j in body:  # (the level mark after the question's first line, where a marker is read)
            text = lines[j]
            if mark and lines[j].strip() and not fenced[j] and not any(lines[i].strip() for i in body if i < j):
                text, mark = f"{text.rstrip()} {mark}", ""
            out.append(text)
            origin.append(j + 1)
        at = pairs[k]
        answer = [j for j in range(at + 1, end_of(at)) if not _RULE.match(lines[j]) or fenced[j]]
        while answer and not lines[answer[0]].strip():
            answer.pop(0)
        out += ["", f"{'#' * min(level + 1, 6)} Answer"]
        origin += [at + 1, at + 1]
        for j in answer:  # (a heading inside the answer: a bold line of it, never a card of its own)
            sub = _heading_text(lines[j]) if not fenced[j] else None
            out.append(f"**{sub[1]}**" if sub else lines[j])
            origin.append(j + 1)
        out.append("")
        origin.append(end)
        k = end
    return out, origin
