"""Homework in parts answered by a key at its end (trial27 T27-42)::

    1. A car travels 120 km in 1.5 hours.
       (a) What is its average speed in km/h?
       (b) How far does it go in 40 minutes at that speed?

    Answers
    1. (a) 80 km/h  (b) 53.3 km

Read as written, the lettered parts looked like a question's options and the key's ``(a)`` its right letter: a
multiple-choice card teaching a question as the answer.  :func:`keyed_parts` writes each part as a question of its
own under its stem, the key's answer for that part under it (``1. A car travels … (a) What is its average speed …?``
/ ``Answer: 80 km/h``), each line remembering the line it came from; the key's lines go.  Only when every entry of
the key answers the parts of the question of its number, each part in turn (``(a)``, ``(b)`` …), and every part
asks (ends in ``?``) or the key gives it an answer of its own.  A question without parts among them (``3. What is the
SI unit of momentum?``, keyed ``3. kg·m/s``) is numbered on after the parts' questions, its key entry with it, so it
is a card of its own (trial31 T31-27).
"""

from __future__ import annotations

import re

from compiler.layouts import KEY_WORDS
from compiler.passes.clean import points_free  # (the marks '[2]' off parts and answers: one rule)

# ('## Answers to Review Questions', 'Answers for Chapter 6': the key's words and what it answers, trial32 T32-16)
_KEY_HEADING = re.compile(rf"^\W*(?i:{KEY_WORDS})(?:\s+(?i:to|for|of|on)\s[^\n]{{1,60}}?)?\W*$")
_NUMBERED = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+(?P<text>\S.*?)\s*$")
# a part '(a) …', or lower-case 'a. …' / 'a) …' (parts only when the key answers each by its letter: T32-16)
_PART = re.compile(r"^\s*(?:\((?P<l>[a-h])\)|(?P<bare>[a-h])[.)])\s+(?P<text>\S.*?)\s*$")
_KEY_ENTRY = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s*(?P<parts>(?:\((?:a|A)\)|a[.)])\s*\S.*?)\s*$")
_KEY_PART = re.compile(r"(?:^|(?<=\s))(?:\((?P<l>[a-hA-H])\)|(?P<bare>[a-h])[.)](?=\s))\s*")
PARTS_MIN = 2


def _key_parts(text: str) -> list[tuple[str, str]] | None:
    """``[(letter, answer), …]`` of a key entry's parts (``(a) 80 km/h  (b) 53.3 km``), lettered from a in turn."""
    marks = list(_KEY_PART.finditer(text))
    if len(marks) < PARTS_MIN:
        return None
    parts = [
        (
            (m.group("l") or m.group("bare")).lower(),
            text[m.end() : (marks[k + 1].start() if k + 1 < len(marks) else len(text))].strip(" ;,"),
        )
        for k, m in enumerate(marks)
    ]
    if [p for p, _ in parts] != [chr(ord("a") + k) for k in range(len(parts))] or not all(
        a for _, a in parts
    ):
        return None
    return parts


def keyed_parts(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each keyed part a question of its own (see the module's docstring), and the line each came from
    (1-based); None when the page is no such homework. A question without parts among them (``3. What is the SI unit of
    momentum?``, keyed ``3. kg·m/s``) keeps its place in the numbering after the parts' questions, its key entry under
    the key's heading renumbered with it (trial31 T31-27: it and its key were glued onto the last part's answer)."""
    heading = next((k for k, line in enumerate(lines) if _KEY_HEADING.match(line)), None)
    if heading is None:
        return None
    key: dict[str, tuple[int, list[tuple[str, str]]]] = {}
    plain: dict[str, int] = {}  # the entries of questions without parts: number -> line
    entry_ends: dict[int, int] = {}  # a parted entry's first line -> the line after its last
    end = heading + 1
    k = heading + 1
    while k < len(lines):
        if not lines[k].strip():
            k += 1
            continue
        below = k + 1  # (an entry goes on over the lines indented under it: '2. (a) …' / '   (b) …', T32-16)
        while below < len(lines) and lines[below][:1].isspace() and lines[below].strip() and not _NUMBERED.match(lines[below]):
            below += 1
        entry = " ".join(line.strip() for line in lines[k:below])
        m = _KEY_ENTRY.match(entry)
        parts = _key_parts(m.group("parts")) if m else None
        whole = _NUMBERED.match(lines[k]) if parts is None else None
        if parts is not None and m is not None:
            key[m.group("n")] = (k, parts)
            entry_ends[k] = below
        elif whole is not None and whole.group("n") not in plain and below == k + 1:
            plain[whole.group("n")] = k  # ('3. kg·m/s': a question without parts, T31-27)
        else:
            break
        end = k = below
    if not key:
        return None
    questions: dict[
        str, tuple[int, list[int], list[tuple[int, str, str]]]
    ] = {}  # number: (line, stem lines, parts)
    whole_questions: dict[str, int] = {}  # number: line, of the questions without parts
    k = 0
    while k < heading:
        m = _NUMBERED.match(lines[k])
        if m is None:
            k += 1
            continue
        stem, parts = [k], []
        first = _PART.match(m.group("text"))
        if first is not None and (first.group("l") or first.group("bare")) == "a":
            # ('1. (a) Define the term osmosis. [2]' / '   (b) State …': the first part on the number's line, no stem)
            parts.append((k, "a", first.group("text")))
        j = k + 1
        while j < heading and lines[j].strip() and not _NUMBERED.match(lines[j]):
            p = _PART.match(lines[j])
            if p is not None:
                parts.append((j, p.group("l") or p.group("bare"), p.group("text")))
            elif parts:
                break  # (text after the parts: no part of them)
            else:
                stem.append(j)
            j += 1
        if parts:
            questions[m.group("n")] = (k, stem, parts)
        else:
            whole_questions.setdefault(m.group("n"), k)
        k = j
    for n, (_, answers) in key.items():
        asked = questions.get(n)
        if asked is None or [p[1] for p in asked[2]] != [letter for letter, _ in answers]:
            return None  # (a key entry for a question without those parts: the key is another one's)
    if set(questions) - set(key) or set(plain) - set(whole_questions):
        return None
    asked = sorted([(at, n) for n, (at, _, _) in questions.items()] + [(at, n) for n, at in whole_questions.items()])
    # (the questions without parts numbered among the others, 1 to n in turn: each numbered on after the parts' questions)
    renumber = bool(whole_questions) and [int(n) for _, n in asked] == list(range(1, len(asked) + 1))
    if plain and not renumber:
        return None
    renumbered = _renumbered([n for _, n in asked], questions) if renumber else {}
    out: list[str] = []
    origin: list[int] = []
    count = 0
    taken = {j for n in questions for j in (*questions[n][1], *(p[0] for p in questions[n][2]))}
    starts = {questions[n][0]: n for n in questions}
    whole_starts = {*whole_questions.values(), *plain.values()} if renumber else set()
    parted_entries = {j for at, _ in key.values() for j in range(at, entry_ends[at])}
    for k, line in enumerate(lines):
        if heading <= k < end and (not plain or k in parted_entries):
            continue  # the key: said under each part now (its heading and other entries stay for the questions without parts)
        if k in whole_starts:  # ('3. What is …?' and its entry '3. kg·m/s': numbered on after the parts' questions)
            if k < heading:
                count += 1
            out.append(_NUMBERED.sub(lambda m: f"{renumbered[m.group('n')]}. {points_free(m.group('text'))}", line, count=1))
            origin.append(k + 1)
            continue
        if k in starts:
            n = starts[k]
            _, stem, parts = questions[n]
            said = " ".join(
                ([] if parts[0][0] == stem[0] else _NUMBERED.match(lines[stem[0]]).group("text").split())  # type: ignore[union-attr]
                + [lines[s].strip() for s in stem[1:]]
            )
            for (at, letter, text), (_, answer) in zip(parts, key[n][1], strict=True):
                count += 1
                asked = " ".join(x for x in (said, f"({letter})" if said else "", points_free(text)) if x)
                out += [f"{count}. {asked}", f"Answer: {points_free(answer)}", ""]
                origin += [at + 1, key[n][0] + 1, at + 1]
            continue
        if k in taken:
            continue
        out.append(line)
        origin.append(k + 1)
    return out, origin


def _renumbered(numbers: list[str], questions: dict[str, tuple[int, list[int], list[tuple[int, str, str]]]]) -> dict[str, str]:
    """The new number of each question without parts (of ``numbers``, in page order), counted on after every part of
    the questions before it made a question of its own."""
    count = 0
    out: dict[str, str] = {}
    for n in numbers:
        count += len(questions[n][2]) if n in questions else 1
        if n not in questions:
            out[n] = str(count)
    return out
