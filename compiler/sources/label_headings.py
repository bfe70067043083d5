"""Question and answer label headings of a one-question note (trial35 T35-2, T35-3): ``# Question`` over the question
(often quoted: ``> What is …?``) and, further down, ``## Answer`` over its answer; in a bilingual note each tagged with
its language (``# Вопрос (RU)`` / ``# Question (EN)`` … ``## Ответ (RU)`` / ``## Answer (EN)``).

Read as written, the label was the front and the quoted question its back, or a section name; the Russian question was
answered by its English translation. :func:`labelled_pairs` moves each question to where its answer's label stands, as
a heading over the answer (a line map says where each line came from): a card per question, in each language.
"""

from __future__ import annotations

import re

from compiler.sources.lines import ANSWER_WORDS, QUESTION_WORDS, front_matter_end, in_fence

_HEADING = re.compile(r"^ {0,3}(?P<marks>#{1,6})[ \t]+(?P<text>.*?)[ \t]*#*[ \t]*$")
# a language (or variant) tag after a label: '(EN)', '[RU]', '(English)', '– DE', '/ EN'
_TAG = r"(?:[ \t]*[(\[](?P<tag>[^\W\d_]{2,12})[)\]]|[ \t]+[-–—/][ \t]*(?P<tag2>[A-Z]{2,3}))?"
# ('## Quiz' / '## Quick check' over a slide's one question, '## Answer' on the slide after it: a lecture deck's check,
# Marp's or reveal.js's; trial37 T37-5)
_QUESTION = re.compile(
    rf"^(?i:question|{QUESTION_WORDS}|问题|問題|quiz|pop\s+quiz|quick\s+check|check\s+your\s+understanding|self[- ]check"
    rf"|test\s+yourself){_TAG}[ \t]*[:：]?$"
)
_ANSWER = re.compile(rf"^(?i:answer|{ANSWER_WORDS}){_TAG}[ \t]*[:：]?$")
_RULE = re.compile(r"^ {0,3}(?:-{2,}|\*{3,}|_{3,})[ \t]*$")  # ('--': reveal.js's slide below, as '---' its next: T37-6)
_QUOTE = re.compile(r"^ {0,3}>[ \t]?")


def _label(text: str, pattern: re.Pattern[str]) -> tuple[bool, str]:
    """(whether the heading's text is the label, its tag lower-cased or '')."""
    plain = re.sub(r"[*_]{1,3}", "", text).strip()
    m = pattern.match(plain)
    return (m is not None, ((m.group("tag") or m.group("tag2") or "").casefold()) if m else "")


def labelled_pairs(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines with each question label heading and its question moved to its answer label heading, as a heading of
    the answer label's level over the answer (``(new lines, the 1-based line each came from)``), or None when the note
    has no question label heading over a question in plain text or quotes paired with an answer label heading (by
    its tag, or in order when untagged) below it."""
    start = (front_matter_end(lines) or -1) + 1
    fenced = list(in_fence(lines))
    questions: list[tuple[int, str, str, list[int]]] = []  # (heading line, tag, question text, its lines)
    answers: list[tuple[int, str, int]] = []  # (heading line, tag, level)
    for k in range(start, len(lines)):
        m = None if fenced[k] else _HEADING.match(lines[k])
        if m is None:
            continue
        asked, tag = _label(m.group("text"), _QUESTION)
        if asked:
            body: list[int] = []
            j = k + 1
            while j < len(lines) and not fenced[j] and not _HEADING.match(lines[j]) and not _RULE.match(lines[j]):
                if lines[j].strip():
                    body.append(j)
                j += 1
            text = " ".join(_QUOTE.sub("", lines[n]).strip() for n in body).strip()
            plain = all(not re.match(r"^\s*(?:[-*+]\s|\d{1,3}[.)]\s|```|~~~|\||<)", _QUOTE.sub("", lines[n])) for n in body)
            if not text or not plain or not (j >= len(lines) or not fenced[j]):
                return None  # (a question with code, a list or a table under its label: left as written)
            questions.append((k, tag, text, body))
            continue
        answered, tag = _label(m.group("text"), _ANSWER)
        if answered:
            answers.append((k, tag, len(m.group("marks"))))
    if not questions or not answers or len(questions) != len(answers):
        return None
    pairs: dict[int, tuple[int, str, str, list[int]]] = {}  # answer heading line -> its question
    tags = [q[1] for q in questions]
    if all(tags) and len(set(tags)) == len(tags) and sorted(tags) == sorted(a[1] for a in answers):
        for a in answers:
            pairs[a[0]] = next(q for q in questions if q[1] == a[1])
    elif not any(tags) and not any(a[1] for a in answers):
        pairs = {a[0]: q for a, q in zip(answers, questions, strict=True)}
    else:
        return None
    if any(q[0] > a for a, q in pairs.items()):
        return None  # (an answer's label above its question's: no such note)
    level = {a[0]: a[2] for a in answers}
    moved = {n for q in questions for n in (q[0], *q[3])}
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        if k in moved:
            out.append("")  # (its line kept, empty: the numbering of the lines after it is the file's)
            origin.append(k + 1)
        elif k in pairs:
            q = pairs[k]
            out.append(f"{'#' * level[k]} {q[2]}")
            origin.append(q[3][0] + 1)
        else:
            out.append(line)
            origin.append(k + 1)
    return out, origin
