"""Moodle's Aiken quiz format, and Moodle GIFT, saved as ``.txt``: told by their content, read as Markdown after a
conversion (trial9 T23).

Aiken is the simplest import format of Moodle (and of many quiz generators)::

    What is the chemical symbol of sodium?
    A. S
    B. Na
    C) So
    ANSWER: B

A question (one line, or several), its options each on a line of its own led by a letter (capitals, or small
letters throughout: ``a. Venus``) and ``.`` or ``)``, then ``ANSWER:`` and the right option's letter (several: ``ANSWER: A, C``); questions apart by blank lines.
Each becomes the Markdown deckc reads (a heading, ``- A) …`` options, ``**Answer:** B``), every line naming
the line of the file it came from. A question whose key names none of its options is a warning, and no card. A group
line standing apart over questions (``Subject: History Foundations``, ``Topic:``, ``Category:``; its ``Description:``
line under it dropped) is their section; a question's own ``Domain:`` / ``Objective:`` line under its label, its.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Set

from compiler.diagnostics import Diagnostic
from compiler.sources.choices import (
    LETTER_AGAINST_WORDS,
    letter_against_words,
    quoted_other,
    said_off,
    verdict_initial,
)
from compiler.sources.converted import Converted, markdown_line
from compiler.sources.lines import asking_prompt, opens_asking, question_number_line, task_verb, topic_line

_OPTION = re.compile(r"^\s*(?P<letter>[A-Za-z])\s*[.)]\s+(?P<text>\S.*?)\s*$")  # ('a. Venus' too: trial12 U83)
# the key line: 'ANSWER: B', 'Answer: A, C', and as people type it, 'Correct answer: (b)', 'Answer: C - messenger RNA is …',
# 'Answer: a) Glucose': the letters, then what follows them (the option's text again, or why: sitting 22)
_KEY = re.compile(
    r"^\s*(?i:(?:correct|right)\s+answer|answer|ans|key)\s*[:：]"
    # (never a verdict a letter, 'Answer: a) F  b) T  c) F': statements marked true or false, trial27 T27-43)
    r"(?!\s*\(?[A-Ha-h]\s*[).:=–-]?\s*(?i:t|f|true|false)\b\s*[,;]?\s+\(?[B-Hb-h]\s*[).:=–-]?\s*(?i:t|f|true|false)\b)"
    r"\s*\(?(?P<letters>[A-Za-z](?:\s*[,;/]\s*[A-Za-z]|\s+[A-Za-z](?![A-Za-z]))*)\)?"
    r"(?:\s*\.?\s*$|(?:[.)]\s+|\s*[-–—:]\s+)(?P<rest>\S.*?)\s*$)"
)
_GAP = 2  # blank lines that may stand between a question, its options and its key ('Photosynthesis …?' / '' / 'A) …')
AIKEN_MIN = 2  # questions of that shape that make a file an Aiken quiz (one: a single-question file, all of it)
# a group's line over the questions after it ('Subject: History Foundations', a quiz app's import template: trial20
# T20-7), and the description line under it: the section its questions are in, never text of a card
_GROUP = re.compile(r"^\s*(?i:subject|topic|category|chapter|section|unit|module|lesson)\s*[:：]\s*(?P<name>\S.*?)\s*$")
_NUMBERED = re.compile(r"^\s*(?:(?i:q|question)\s*)?\d{1,3}\s*[.):]\s+\S")  # a question's number: '3. Which …?', 'Q3: …'
_ABOUT = re.compile(r"^\s*(?i:description|summary|about|overview)\s*[:：]\s*\S")


def _groups(lines: list[str], asked: Set[int] = frozenset()) -> dict[int, str]:
    """0-based line -> group name of each group line standing apart (a blank line or the file's start above it);
    its description line right under it maps to '' (no text). A line right over a numbered question's line, above
    its block's question (``asked``: the lines of the blocks' questions), is a title: 'Part B: Networking' / '3. Which
    layer …?' in a PDF's text with no blank lines (sitting 22: it began the question)."""
    found: dict[int, str] = {}
    for k, line in enumerate(lines):
        m = _GROUP.match(line)
        if m is None or (k and lines[k - 1].strip()) or _OPTION.match(line):
            continue
        found[k] = m.group("name")
        if k + 1 < len(lines) and _ABOUT.match(lines[k + 1]):
            found[k + 1] = ""
    for q in sorted(asked):
        k = q - 1
        while q - 1 not in asked and _NUMBERED.match(lines[q]) and k >= 0 and k not in asked and lines[k].strip():
            if _KEY.match(lines[k]) or _OPTION.match(lines[k]):
                break
            found.setdefault(k, " ".join(lines[k].split()))
            k -= 1
    return found


def _blocks(lines: list[str]) -> list[tuple[list[int], list[int], int]]:
    """(question lines, option lines, key line) of each Aiken question, as 0-based indexes into ``lines``: options
    lettered A, B, C … in order, right after the question, the key line right after them."""
    found: list[tuple[list[int], list[int], int]] = []
    k = 0
    while k < len(lines):
        m = _KEY.match(lines[k])
        if m is None:
            k += 1
            continue
        options: list[int] = []
        j = _up(lines, k - 1)
        while j >= 0 and _OPTION.match(lines[j]):
            options.insert(0, j)
            j = _up(lines, j - 1)
        letters = [_OPTION.match(lines[o]).group("letter") for o in options]  # type: ignore[union-attr]
        if len({c.isupper() for c in letters}) == 1:  # one case throughout: 'A. … B. …' or 'a. … b. …'
            letters = [c.upper() for c in letters]
        question: list[int] = []
        while j >= 0 and lines[j].strip() and not _KEY.match(lines[j]) and not _EXPLAINED.match(lines[j]):
            question.insert(0, j)
            j -= 1
        question = _asked(lines, question, j)
        if len(options) >= 2 and letters == [chr(ord("A") + n) for n in range(len(letters))] and question:
            numbered = [q for q in question if _NUMBERED.match(lines[q])]
            question = question[question.index(numbered[-1]) :] if numbered else question  # (titles above: no question)
            found.append((question, options, k))
        k += 1
    return found


_EXPLAINED = re.compile(r"^\s*(?i:explanation|rationale|feedback|reason|why)\s*[:：]")  # a key's explanation, under it
_SENTENCE_END = (".", "!", "?", "？", "。", ")", '"', "”")
_TITLE_WORDS = 8


def _asked(lines: list[str], question: list[int], above: int) -> list[int]:
    """The lines of a question of those above its options up to ``above`` (a blank line, a key or its explanation, the
    file's start): in a text with no blank lines (a PDF's), the question's sentence after the explanation above it
    (its last lines that open a sentence), and a title at the file's start no part of it ('Biology Review Quiz')."""
    if len(question) < 2:
        return question
    if above >= 0 and lines[above].strip():  # (a key or an explanation right above: what goes on from it is no question)
        starts = [n for n in range(1, len(question)) if lines[question[n - 1]].rstrip().endswith(_SENTENCE_END)]
        return question[starts[-1] :] if starts else question
    if not any(line.strip() for line in lines[: question[0]]):
        head, nxt = lines[question[0]].strip(), lines[question[1]].strip()
        if len(head.split()) <= _TITLE_WORDS and not head.endswith((*_SENTENCE_END, ":", "：", ",", ";")) and nxt[:1].isupper():
            return question[1:]  # (the file's title over its first question)
    return question


def _title(lines: list[str], k: int) -> bool:
    """Whether line ``k``, a paragraph of its own, is a title: a few words (:data:`_TITLE_WORDS` at most) that end no
    sentence and ask nothing, no option, key or numbered question ('Physics quiz', 'Biology – Unit 3')."""
    text = lines[k].strip()
    if (k + 1 < len(lines) and lines[k + 1].strip()) or _OPTION.match(text) or _KEY.match(text) or _NUMBERED.match(text):
        return False
    if opens_asking(text) or task_verb(text) or asking_prompt(text):
        return False  # ('Name the largest planet', a question that lost its options: said, never taken for a title)
    return len(text.split()) <= _TITLE_WORDS and not text.endswith((*_SENTENCE_END, ":", "：", ",", ";"))


def _wrapped(lines: list[str], question: list[int]) -> list[tuple[int, str]]:
    """A question's lines with each sentence a line wrapped over several joined (a PDF's lines: 'Which organelle produces
    most of' / 'the cell's ATP?' is one question), each with the index of its first line."""
    out: list[tuple[int, str]] = []
    for q in question:
        text = lines[q].strip()
        if out and not out[-1][1].endswith((*_SENTENCE_END, ":", "：")) and not lines[q][:1].isspace():
            out[-1] = (out[-1][0], f"{out[-1][1]} {text}")
        else:
            out.append((q, text))
    return out


def _up(lines: list[str], j: int) -> int:
    """Line ``j``, or the first line above it with text when it is blank, past a few blank lines at most."""
    for _ in range(_GAP):
        if j < 0 or lines[j].strip():
            break
        j -= 1
    return j


def _said(rest: str, option: str) -> str:
    """What a key line says after its letter but the keyed option's text ('a) Glucose' keys 'Glucose'): its explanation."""
    text = rest.strip()
    left = said_off(text, option)  # (only when a separator or the line's end follows: 'a) Paris has been …' is kept whole)
    return left.lstrip(" .,;:-–—") if left != text else text


def looks_like_aiken(lines: list[str]) -> bool:
    """Whether a text file is an Aiken quiz: two or more such questions (one, when it is the whole file), and
    nearly every other line blank."""
    blocks = _blocks(lines)
    if not blocks:
        return False
    used = sum(len(q) + len(o) + 1 for q, o, _ in blocks)
    asked = {k for q, _, _ in blocks for k in q}
    rest = sum(1 for line in lines if line.strip()) - used - sum(1 for k in _groups(lines, asked) if k not in asked)
    return (len(blocks) >= AIKEN_MIN or rest == 0) and rest <= len(blocks)


def unnumbered(lines: list[str]) -> bool:
    """Whether most of an Aiken-like quiz's questions have no number ('Which organelle …?', not 'Question 5. …'): a
    PDF's text is read as such a quiz only then (numbered questions the numbered layouts read, a question's lines cut
    by a page break and its code kept: trial22 T22-22)."""
    blocks = _blocks(lines)
    return 2 * sum(1 for question, _, _ in blocks if _NUMBERED.match(lines[question[0]])) < len(blocks)


def convert_aiken(lines: list[str], rel: str = "") -> Converted:
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    blocks = _blocks(lines)
    asked = {k for q, _, _ in blocks for k in q}
    grouped = _groups(lines, asked)
    groups = sorted((k, name) for k, name in grouped.items() if name and k not in asked)
    starts = {q[0] for q, _, _ in blocks} | set(grouped)  # (where an explanation under a key ends, with no blank line)
    for question, options, key in blocks:
        first = question[0] + 1
        while groups and groups[0][0] < question[0]:  # the group over this question: its section
            at, name = groups.pop(0)
            out += [("# " + markdown_line(name), at + 1), ("", at + 1)]
        m = _KEY.match(lines[key])
        letters = [c.upper() for c in re.findall(r"[A-Za-z]", m.group("letters"))] if m else []  # (m: the block's key)
        have = [_OPTION.match(lines[o]).group("letter").upper() for o in options]  # type: ignore[union-attr]
        texts = [(c, _OPTION.match(lines[o]).group("text")) for c, o in zip(have, options, strict=True)]  # type: ignore[union-attr]
        if len(letters) == 1 and letters[0] not in have:  # ('ANSWER: T' over 'A. True' / 'B. False': T31-40)
            letters = [verdict_initial(letters[0], texts) or letters[0]]
        if not letters or any(c not in have for c in letters):
            warnings.append(
                Diagnostic(
                    rel, key + 1, f"Aiken question: its key {lines[key].strip()!r} names none of its options ({', '.join(have)}); no card",
                    "write the right option's letter after ANSWER:", "warning", group="aiken-key",
                )
            )  # fmt: skip
            continue
        # ('Question 1' alone over the question: its number, never the front's first words; trial28 T28-11)
        labelled = len(question) > 1 and question_number_line(lines[question[0]])
        body = question[1:] if labelled else question
        topics = list(itertools.takewhile(lambda q: topic_line(lines[q]) is not None, body[:-1]))
        if topics:  # ('Objective: 1.4 Given a scenario, …' over the stem: the question's section, never its text, T31-59)
            out += [("# " + markdown_line(topic_line(lines[topics[0]]) or ""), topics[0] + 1), ("", topics[0] + 1)]
        said_lines = _wrapped(lines, body[len(topics) :])
        head = markdown_line(said_lines[0][1])
        asks = head.rstrip().endswith(("?", "？", ":"))
        out += [("## " + ("" if asks else "Q: ") + head, first), ("", first)]
        for q, text in said_lines[1:]:
            out.append((markdown_line(text), q + 1))
        if said_lines[1:]:
            out.append(("", first))
        for o in options:
            opt = _OPTION.match(lines[o])
            out.append((f"- {opt.group('letter').upper()}) {markdown_line(opt.group('text'))}", o + 1))  # type: ignore[union-attr]
        other = quoted_other(m.group("rest") or "", texts, letters[0]) if m and len(letters) == 1 else None
        if other is not None:  # 'ANSWER: C) Paris' where C is 'Rome', B 'Paris': the words are the answer (T31-61)
            said_wrong = letter_against_words(letters[0], other, texts)
            warnings.append(Diagnostic(rel, key + 1, *said_wrong, "warning", group=LETTER_AGAINST_WORDS))
            letters = [other]
        out += [("", key + 1), ("**Answer:** " + ", ".join(letters), key + 1), ("", key + 1)]
        keyed = next((_OPTION.match(lines[o]) for o in options if _OPTION.match(lines[o]).group("letter").upper() == letters[0]), None)  # type: ignore[union-attr]
        said = _said(m.group("rest") or "", keyed.group("text") if keyed else "") if m else ""
        out += [(markdown_line(said), key + 1), ("", key + 1)] if said else []  # ('Answer: C - messenger RNA is …': why)
        run = key + 1
        while run < len(lines) and lines[run].strip() and run not in starts:
            run += 1
        if not any(_OPTION.match(line) or _KEY.match(line) for line in lines[key + 1 : run]):  # (not the next question)
            out += [(markdown_line(lines[k]), k + 1) for k in range(key + 1, run)]  # lines under the key: its explanation
            out += [("", run)] if run > key + 1 else []
    while out and not out[-1][0]:
        out.pop()
    taken = {k for question, options, key in blocks for k in (*question, *options, key)}  # (a bad key is said above)
    warnings += _unread(lines, out, set(grouped) | taken, rel)
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n for _, n in out) or (1,), warnings=tuple(warnings))


def _unread(lines: list[str], out: list[tuple[str, int]], taken: set[int], rel: str) -> list[Diagnostic]:
    """A warning for each run of lines no question, option, key, explanation or group name took: a question whose
    key names no option letter ('Answer: the last one') was left out of the quiz without a word (T31-39's file)."""
    used = {n - 1 for text, n in out if text} | taken
    first = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    if first < len(lines) and first not in used and _title(lines, first):
        used.add(first)  # ('Physics quiz' / blank / the questions: the quiz's title, no question left unread; sitting 35)
    found: list[Diagnostic] = []
    k = 0
    while k < len(lines):
        if not lines[k].strip() or k in used:
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and lines[end + 1].strip() and end + 1 not in used:
            end += 1
        where = f"lines {k + 1}-{end + 1}" if end > k else f"line {k + 1}"
        found.append(
            Diagnostic(
                rel, k + 1, f"{where} ({' '.join(lines[k].split())[:50]!r}) {'are' if end > k else 'is'} in no Aiken question: not in any card",
                "if they are a question, end its options with a line 'ANSWER: B' naming the right option's letter",
                "warning", group="aiken-unread",
            )
        )  # fmt: skip
        k = end + 1
    return found
