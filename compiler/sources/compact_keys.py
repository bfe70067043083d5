"""Answer keys written as a run of option letters (trial17 T17-25): ``Answers: 1-5 BCCBC``, ``Answer key: BCCBC``,
``参考答案：1～5 BCCBC``, or ``## Answer key`` over ``1-5: B C C B C``; blocks chain (``1-5 BCCBC 6-10 ADDAB``). Test-prep
books and exam papers print keys so, and people type a key that way; no reader saw a key in it, so every question was
"none marked correct" and the build failed. This line-kept rewrite writes such a key as numbered letters
(``Answers: 1. B 2. C 3. C 4. B 5. C``), the key line the readers know.

Only after a label that names a key (``Answers``, ``Answer key``, ``Key``, ``答案`` … — never ``Answer:``, one
question's answer, where ``ACD`` is a choose-all answer), and only when the letters fit: each block's range as long as
its run, or, with no range, as many letters as the page has numbered questions above the key (three at least).
"""

from __future__ import annotations

import re

from compiler.layouts import ANSWER_KEY
from compiler.sources.lines import in_fence

_KEY_WORDS = (
    r"answers|answer\s+key|answer\s+sheet|key|keys|solutions|gabarito|respuestas|respostas|réponses|reponses|lösungen|"
    r"antworten|risposte|odpowiedzi|ответы|参考答案|答案|正确答案|标准答案|正解|解答|정답|đáp\s+án"
)
KEY_LABEL_WORDS = _KEY_WORDS  # (the labels a key of words is read after too: word_keys)
_LABEL_LINE = re.compile(rf"^(?P<label>\W{{0,4}}(?i:{_KEY_WORDS})\W{{0,4}}\s*[:：]\s*)(?P<body>.+)$")
_LABEL_HEADING = re.compile(rf"^\s{{0,3}}#{{1,6}}\s+\W{{0,4}}(?i:{_KEY_WORDS})\W{{0,4}}\s*[:：]?\s*#*\s*$")
_KEY_LINE = re.compile(ANSWER_KEY)  # a key's heading as a line of its own, '# ' or not ('Answer Key' over '1-5: B C A D B': T25-34)
_BLOCK = re.compile(
    r"(?:(?P<a>\d{1,3})\s*[-–~～]\s*(?P<b>\d{1,3})\s*[:：.)]?\s*)?(?P<run>(?:[A-H](?:\s(?=[A-H]\b))?){2,})(?![A-Za-z])"
)
_NUMBERED = re.compile(r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?P<n>\d{1,3})[.)]\s+\S")
MIN_QUESTIONS = 3


def compact_keys(lines: list[str]) -> list[str]:
    """``lines`` with each compact answer key written as numbered letters (the list itself when there is none)."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    for k, line in enumerate(lines):
        if fenced[k] or not line.strip():
            continue
        label = _LABEL_LINE.match(line.strip())
        above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "")
        going_on = (
            out is not None and k > 0 and out[k - 1] != lines[k - 1]
        )  # the key's next line: '6-10 ADDAB'
        if label is not None:
            prefix, body = label.group("label"), label.group("body")
        elif _LABEL_HEADING.match(above) or _KEY_LINE.match(above) or going_on:
            prefix, body = "", line.strip()
        else:
            continue
        asked = max(
            (int(m.group("n")) for j in range(k) if not fenced[j] and (m := _NUMBERED.match(lines[j]))),
            default=0,
        )
        keyed = _keyed(body, asked)
        if keyed is None:
            continue
        out = out if out is not None else list(lines)
        entries = " ".join(f"{n}. {letter}" for n, letter in keyed)
        if (
            going_on and label is None
        ):  # one line of entries, as the key readers take several (this one left blank)
            last = max(j for j in range(k) if out[j].strip())
            out[last], out[k] = f"{out[last]} {entries}", ""
        else:
            out[k] = prefix + entries
    return lines if out is None else out


def _keyed(body: str, asked: int) -> list[tuple[int, str]] | None:
    """(question, letter) pairs of a key line's body when it is all blocks of letters that fit, else None."""
    pos, keyed = 0, []
    body = body.strip()
    while pos < len(body):
        m = _BLOCK.match(body, pos)
        if m is None:
            return None
        run = m.group("run").replace(" ", "")
        if m.group("a"):
            first, last = int(m.group("a")), int(m.group("b"))
            if last - first + 1 != len(run):
                return None
        elif keyed or len(run) != asked or asked < MIN_QUESTIONS:
            return None
        else:
            first = 1
        keyed.extend((first + i, letter) for i, letter in enumerate(run))
        pos = m.end()
        while pos < len(body) and body[pos] in " \t,;，；":
            pos += 1
    return keyed or None


# a part's number before a key's entries: 'I. 1. b   2. a', 'II. 4. padat, cair, gas', 'Bagian A: 1. b', 'Part 2 – 4. c'
_PART_PREFIX = re.compile(
    r"^(?P<lead>\s*)(?:\*\*|__)?(?:[IVX]{1,4}|(?i:part|section|bagian|teil|partie|parte|phần|część|часть|kısım|bölüm)\s+(?:[IVX]{1,4}|[A-Z]|\d{1,2}))"
    r"(?:\*\*|__)?\s*[.):：–—-]?(?:\*\*|__)?\s+(?=(?:\*\*|__)?\d{1,3}\s*[.):–-])"
)


def part_keys(lines: list[str]) -> list[str]:
    """``lines`` with the part numbers taken off the lines of an answer key that keys a paper's parts on lines of their
    own (trial26 T26-3: ``KUNCI JAWABAN`` over ``I. 1. b   2. a   3. c`` / ``II. 4. padat, cair, gas``: the key's
    entries were read as no key, the multiple-choice questions lost and a short answer's back the key's heading). The
    numbers of the entries go on across the parts, so the key reads as one; lines under a key heading only, up to the
    next heading. The list itself when there is none."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    in_key = False
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        if _KEY_LINE.match(line) or _LABEL_HEADING.match(line):
            in_key = True
            continue
        if line.lstrip().startswith("#"):
            in_key = False
            continue
        m = _PART_PREFIX.match(line) if in_key else None
        if m is not None:
            out = out if out is not None else list(lines)
            out[k] = m.group("lead") + line[m.end() :]
    return out if out is not None else lines
