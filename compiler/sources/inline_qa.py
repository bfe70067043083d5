"""A self-test jotted in a text file, one question a line with its answer after the ``?`` (trial14 T14-45)::

    What does DNS stand for? Domain Name System
    Which port does HTTPS use by default? - 443
    1. What is the capital of France? Paris

Read as alternating question and answer lines (``qa``), every card taught the next question as the answer of
the one before.  When nearly every line of a text file is such a line, this line-kept rewrite splits each at
its ``?`` with a tab (the question, then the answer: ``What does DNS stand for?<TAB>Domain Name System``), the
tab-separated pairs the ``delimited`` layout reads a card per line; a ``-``, ``–``, ``:``, ``=``, ``|`` or ``→`` after the ``?`` and
a leading item number are layout.
"""

from __future__ import annotations

import re

from compiler.sources.lines import (
    PROMPT_AFTER_ASK,
    QUESTION_MARKS,
    answered_below,
    bracketed_answer,
    has_answer_label,
    has_question_label,
    has_right_answer_label,
    in_fence,
    inline_answer_label,
    opens_asking,
    prompt_term,
    strip_answer_label,
    strip_question_label,
    strip_right_answer_label,
    unbold_label,
)

_LABEL = r"(?i:q|a|question|answer|ans|frage|antwort|pregunta|respuesta)\s*\d{0,3}\s*[:.)：]"  # 'Q: … A: …': the qa layout's
_LINE = re.compile(
    r"^\s*(?:\d{1,3}[.)]\s+)?(?!" + _LABEL + r")(?P<q>[^?？\t]{6,}[?？])[ \t]+(?:(?:--|[-–—:=→⇒|]|->|=>)[ \t]+)?(?!" + _LABEL + r")"
    r"(?P<a>[^\s?？\t][^\t]*?)\s*$"
)
LINES_MIN = 3  # lines of a file that ask and answer so
SHARE = 0.8  # of its non-blank lines


def asked_and_answered(lines: list[str]) -> list[str] | None:
    """The lines with each 'question? answer' line split at its '?' by a tab (module docstring), or None when
    the file is not such a list (fewer than LINES_MIN of them, or other text between: prose, headings)."""
    body = [line for line in lines if line.strip()]
    found = [_LINE.match(line) for line in lines]
    hits = sum(1 for m in found if m)
    if hits < LINES_MIN or hits < SHARE * len(body) or any("\t" in line for line in body):
        return None
    return [f"{m.group('q').strip()}\t{_answer(m)}" if m else line for line, m in zip(lines, found, strict=True)]


def _answer(m: re.Match[str]) -> str:
    """The answer after the '?', out of its brackets and label when it is written so ('… reaction? (Answer: the
    activation energy)': the back was '(Answer: the activation energy)', trial35 T35-5)."""
    said = m.group("a").strip()
    if said[:1] in "(（[" and said[-1:] in ")）]" and (found := bracketed_answer(f"{m.group('q').strip()} {said}")) is not None:
        return found[1] or said
    return m.group("a")


# a numbered list entry that asks and answers on its line: '1. What is the capital of France? Paris'
_ENTRY = re.compile(
    r"^(?P<indent>[ \t]{0,3})\d{1,3}[.)][ \t]+(?P<q>[^?？\t]{6,}[?？])[ \t]+(?:(?:--|[-–—:=→⇒|]|->|=>)[ \t]+)?"
    r"(?P<a>[^\s?？(\[（【*_`</][^?？]*?)[ \t]*$"
)
# a bullet that asks, then answers after an arrow or a dash ('- What port does HTTPS use? → 443', '- What is phishing? —
# Tricking people …'): read as the numbered entries are, the separator no part of the answer (trial25 T25-28)
_BULLET_ENTRY = re.compile(
    r"^(?P<indent>[ \t]{0,3})[-*+][ \t]+(?P<q>[^?？\t]{6,}[?？])[ \t]+(?:[–—→⇒]|->|=>|--)[ \t]+"
    r"(?P<a>[^\s?？(\[（【*_`</][^?？]*?)[ \t]*$"
)
# a list entry whose question is in bold and its answer goes on after it, with or without a separator ('1. **Where does
# photosynthesis take place?** – In the chloroplasts.', '- **¿Qué gas se libera?** Oxígeno', '- **光合作用在哪里进行？**叶绿体'):
# the bold closes the question as a separator would (trial33 T33-17); an answer in italics or code is the answer still
_BOLD_ENTRY = re.compile(
    r"^(?P<indent>[ \t]{0,3})(?:\d{1,3}[.)]|[-*+])[ \t]+(?P<b>\*\*|__)(?P<q>[^?？\t*]{6,}[?？])(?P=b)[ \t]*"
    r"(?:(?:--|[-–—:=→⇒|]|->|=>)[ \t]+)?(?P<a>[^\s?？(\[（【</][^?？]*?)[ \t]*$"
)
ENTRIES_MIN = 3  # such entries that make a page a quick quiz
BOLD_ENTRIES_MIN = 2  # or of bold questions answered on their line: the bold tells the question apart


def answered_entries(lines: list[str]) -> list[str] | None:
    """A Markdown page whose numbered entries ask and answer on one line (``1. What is the chemical formula of
    water? H2O``, trial14 T14-44: a one-word answer was no answer, and ``DNA`` was taken for a difficulty label):
    each such entry written as the outline card ``- question >> answer`` the Markdown reader reads (lines kept);
    None when fewer than ENTRIES_MIN entries are so (BOLD_ENTRIES_MIN of a bold question: ``1. **…?** – …``,
    trial33 T33-17). An answer in brackets (``(Easy)``), in bold, code or a link (italics and code are answers after
    a bold question), or after ``//`` (learner4 N68's separator) is left to the reader's own rules; so is an entry
    whose words after the '?' set a task (``Explain why.``) or that is answered below by a label
    (``Lösung: …``: trial15 T15-8)."""
    fenced = list(in_fence(lines))
    found = [
        None if fenced[k] or answered_below(lines, k) else _ENTRY.match(line) or _BULLET_ENTRY.match(line) or _BOLD_ENTRY.match(line)
        for k, line in enumerate(lines)
    ]
    found = [m if m is None or not (prompt_term(m.group("a")) or opens_asking(m.group("a")) or PROMPT_AFTER_ASK.match(m.group("a"))) else None for m in found]
    # (a bold question whose entry goes on below, indented under it, holds its options or answer there: the words after
    # its bold are a tag, '1. **Which is the largest planet?** *[Exam 2022]*' over '(ক) Mars' …, never its answer)
    found = [None if m is not None and m.re is _BOLD_ENTRY and _goes_on(lines, k, len(m.group("indent"))) else m for k, m in enumerate(found)]
    if sum(1 for m in found if m) < ENTRIES_MIN and sum(1 for m in found if m and m.re is _BOLD_ENTRY) < BOLD_ENTRIES_MIN:
        return None
    first = next(k for k, m in enumerate(found) if m)
    under = any(not fenced[k] and not _HEADING.match(line) and ("?" in line or "？" in line) for k, line in enumerate(lines[:first]))
    return [_card(m, under) if m else line for line, m in zip(lines, found, strict=True)]


_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]|$)")


def _goes_on(lines: list[str], k: int, indent: int) -> bool:
    """Whether the list entry on line ``k`` goes on below it: its next non-blank line (within two) is indented under it."""
    below = next((line for line in lines[k + 1 : k + 3] if line.strip()), "")
    return len(below) - len(below.lstrip(" \t")) > indent


def _card(m: re.Match[str], under: bool) -> str:
    """The entry as the outline card ``- question >> answer``; a bold question under a question asked above it as
    the bullet ``- **…?** answer`` the reader takes for a card of its own there (an outline card would be more of
    the answer above: trial19 T19-36's page)."""
    if m.re is _BOLD_ENTRY and under:
        return f"{m.group('indent')}- **{m.group('q').strip()}** {m.group('a')}"
    question, answer = m.group("q").strip(), m.group("a").rstrip()
    mark = _BOLD_OPEN.match(question)
    if mark is not None and mark.group(1) not in question[2:] and answer.endswith(mark.group(1)) and mark.group(1) not in answer[:-2]:
        question, answer = question[2:].lstrip(), answer[:-2].rstrip()  # ('1. **What is …? Paris.**': one bold run, sitting 49)
    return f"{m.group('indent')}- {question} >> {answer}"


_BOLD_OPEN = re.compile(r"^(\*\*|__)")


_BULLET = re.compile(r"^(?P<indent>[ \t]{0,3})[-*+][ \t]+(?P<text>\S.*)$")
LABELLED_MIN = 2  # bullets labelled 'Q: …? A: …' that make a list's entries cards among its notes


def labelled_pair_entries(lines: list[str]) -> list[str] | None:
    """Bullets that ask and answer on their line by labels (``- Q: Which chamber pumps blood to the body? A: The left
    ventricle.``) among a lecture's note bullets, each written as the outline card ``- question >> answer`` the
    Markdown reader reads, its notes the outline's notes (sitting 48: two such among two notes were one card of the
    page's title, the labels printed on it); lines kept. None when fewer than LABELLED_MIN bullets are so, or when no
    bullet is a note (one that asks nothing)."""
    fenced = list(in_fence(lines))
    out = list(lines)
    found = 0
    for k, line in enumerate(lines):
        m = None if fenced[k] else _BULLET.match(line)
        if m is None or ">>" in line:
            continue
        text = unbold_label(m.group("text"))
        at = inline_answer_label(text) if has_question_label(text) else None
        if at is None:
            continue
        rest = unbold_label(text[at:])
        answer = (strip_right_answer_label(rest) if has_right_answer_label(rest) else strip_answer_label(rest)).strip()
        question = strip_question_label(text[:at]).strip()
        if not question or not answer or not has_answer_label(rest):
            continue
        out[k] = f"{m.group('indent')}- {question} >> {answer}"
        found += 1
    noted = any(
        (m := _BULLET.match(line)) is not None and not fenced[k] and out[k] == line and not any(mark in m.group("text") for mark in QUESTION_MARKS)
        for k, line in enumerate(lines)
    )  # (a list of such pairs and other questions alone is the other readings' to read: T31-56's chat quiz)
    return out if found >= LABELLED_MIN and noted else None


# a question a student wrote in the margin of lecture notes, its answer after an arrow or a dash: '- ?? why do steroid
# hormones not need a receptor → they cross the membrane', '?? what makes cAMP -> adenylyl cyclase'
_MARGIN = re.compile(
    r"^(?P<indent>[ \t]*)(?:[-*+•][ \t]+)?(?:\?{2,3}|❓\ufe0f?)[ \t]*(?P<q>[^\s?].*?)[ \t]*[?？]?[ \t]+(?:→|->|-->|=>|⇒|—|–|-)[ \t]+(?P<a>\S.*?)[ \t]*$"
)


def margin_questions(lines: list[str]) -> list[str]:
    """``lines`` with each margin question (``?? why … → answer``, a note-taker's question to self and its answer) written
    as the labelled bullet ``- Q: why …? A: answer`` a lecture's notes hold among their points (:func:`labelled_pair_entries`
    reads them a card each); lines kept; the same list when none is so (sitting 56: 'defines no term', in no card)."""
    fenced = list(in_fence(lines))
    out = list(lines)
    for k, line in enumerate(lines):
        m = None if fenced[k] else _MARGIN.match(line)
        if m is not None:
            out[k] = f"{m.group('indent')[:3]}- Q: {m.group('q')}? A: {m.group('a')}"
    return out if out != lines else lines
