"""An exercise in parts, each part answered under it (trial16 T16-8, the rest): a stem (``1. A car accelerates from
rest at 2 m/s² for 5 s.``), then lettered parts, each over its own answer line (``(a) What is its final speed?`` /
``Answer: 10 m/s`` / ``(b) How far does it travel?`` / ``Answer: 25 m``). Every reader took the parts for the stem's
answer: one card whose back held the parts and their answers, the first one "Also accepted".

:func:`split_parts` (run on every source's items, whatever the layout) makes such an item one item per part: the
part's question on the front under the stem (the stem its context, shown above it as a question's exhibit is), its
own answer on the back, at the part's line. Only when every lettered part (two or more, lettered in order from a)
has an answer line under it and nothing stands between the stem and its first part but the stem's own lines; a
part's answer may go on over the lines under its label until the next part.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from compiler.model import Block, BlockKind, Item, ItemKind, Locator, item_slug, normalize_text
from compiler.sources.blocks import answer_blocks
from compiler.sources.lines import (
    CLOSERS,
    MARKS_TAG,
    QUESTION_MARKS,
    has_answer_label,
    in_fence,
    strip_answer_label,
    task_verb,
)

_PART = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:\((?P<p>[a-h]|viii|vii|vi|iv|v|iii|ii|i)\)|(?P<l>[a-h])[.)])(?:\*\*|__)?\s+(?P<text>\S.*)$"
)  # ('(a) …', 'b) …', and parts numbered in roman, '(i) …' / '(ii) …', as exam papers number them: sitting 54)
_LETTERS = "abcdefgh"
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")


def _in_order(labels: list[str]) -> bool:
    """Whether parts' labels run from the first in order: 'a', 'b', 'c' … or 'i', 'ii', 'iii' …"""
    return labels == list(_LETTERS[: len(labels)]) or labels == list(_ROMAN[: len(labels)])
MIN_PARTS = 2
PART_SPAN = 8  # lines a part's question may take before its answer label


def split_parts(
    items: list[Item], unanswered: Callable[[Item], None] | None = None, keyed: dict[str, list[str]] | None = None
) -> list[Item]:
    """``items`` with each exercise whose lettered parts are answered one by one split into an item per part; and each
    question of a paper whose parts are marked and left to answer (:func:`_marked_parts`) split into its parts, each
    answered by its row of the paper's mark scheme (``keyed``: the answer's paragraphs by the part's number, ``1a``),
    or else without an answer and said so at its line (``unanswered``)."""
    out: list[Item] = []
    for item in items:
        parts = _parts(item) if item.kind is ItemKind.basic and not item.cloze else None
        for part in parts or []:
            if unanswered is not None and part.skip:
                unanswered(part)  # (a part left unanswered among answered ones: said at its line, sitting 54)
        if parts is None and item.kind is ItemKind.basic and not item.cloze:
            parts = _marked_parts(item, keyed or {})
            for part in parts or []:
                if unanswered is not None and part.skip:
                    unanswered(part)
        out.extend(parts if parts else [item])
    return out


# a line left to write the answer on: dots or rules, maybe counted ('……………', '1 ………', '_____')
_WRITING = re.compile(r"^[ \t]*+(?:\d{1,2}[.)]?[ \t]++)?[._…][._… \t]{4,}$")


def _marked_parts(item: Item, keyed: dict[str, list[str]]) -> list[Item] | None:
    """A structured paper's question in parts, each part's line ending in the marks it is worth and nothing under it
    but the dotted lines to write on (``1  (a)  Name the organelle …  [1 mark]`` / ``……`` / ``(b)  Explain why …  [2
    marks]``; or a stem, ``4  A student investigated …``, over them): an item per part, its stem above it on the front,
    without an answer (a mark scheme answers them; trial34 T34-1: part (b) was the back of part (a)); else None."""
    lines = item.original.split("\n")
    starts = [(k, m) for k, line in enumerate(lines) if (m := _PART.match(line))]
    first = _PART.match(item.question)
    if first is not None and not (starts and starts[0][0] == 0):
        starts = [(0, first), *starts]  # ('1. (a) Name …': the item's own line opens with its part (a))
    letters = [(m.group("p") or m.group("l")) for _, m in starts]
    if len(starts) < MIN_PARTS or not _in_order(letters):
        return None
    ends = [k for k, _ in starts[1:]] + [len(lines)]
    if any(has_answer_label(line) for line in lines) or not all(MARKS_TAG.search(lines[at]) for at, _ in starts):
        return None
    if any(line.strip() and not _WRITING.match(line) for (at, _), end in zip(starts, ends, strict=True) for line in lines[at + 1 : end]):
        return None  # (text under a part: its answer, read as such)
    context, asks = _stem_context(item, lines, starts[0][0])
    made: list[Item] = []
    for (at, m), end in zip(starts, ends, strict=True):
        letter = letters[len(made)]
        asked = MARKS_TAG.sub("", m.group("text")).strip()
        answer = [Block(kind=BlockKind.text, text=p) for p in keyed.get(f"{item.number}{letter}", []) if p.strip()]
        made.append(_part(item, letter, asked, asks, context, lines[at:end], at, answer=answer, skip="" if answer else "no answer"))
    return [Item.model_validate(i.model_dump()) for i in made]


def has_part_a(m: re.Match[str]) -> bool:
    """Whether a lettered part's match (``_PART``) is part a)."""
    return (m.group("p") or m.group("l")) in ("a", "i")


def opens_parts(lines: list[str], at: int) -> bool:
    """Whether the paragraph at line ``at`` opens with a lettered part and holds its answer label ('a) What is the most
    likely diagnosis?' / 'Answer: …'): a case's parts, the text set above them their stem (trial34 T34-12)."""
    if at >= len(lines) or _PART.match(lines[at]) is None:
        return False
    for line in itertools.islice(lines, at + 1, at + 1 + PART_SPAN):
        if not line.strip():
            return False
        if has_answer_label(line.strip()):
            return True
    return False


# a case's label alone on its line: a word or two and the case's number ('Case 1', 'Fall 2:', 'Caso clínico 3',
# 'Cas 4.', 'Случай 5', '病例 6'); never a numbered line ('1. …'), an option or a part ('a)')
_CASE_LABEL = re.compile(r"^[ \t]{0,3}(?P<label>[^\W\d_]{1,20}(?:[ \t][^\W\d_]{1,20})?)[ \t]?(?P<n>\d{1,3})[ \t]*+(?:[.:：][ \t]*+)?$")


def numbered_cases(lines: list[str]) -> list[str]:
    """A text page of cases, each a label line ('Case 1', 'Fall 2', 'Caso 3'), its vignette, then lettered parts each
    answered under it ('a) What is the diagnosis?' / 'Answer: …'), with each label numbered as an exercise ('1. Case 1'),
    the vignette and parts under it: the numbered layout's exercise in parts, a card per part, the vignette and the
    label on its front (trial34 T34-12: 'cannot tell this document's layout'; the pattern it offered glued the next
    case's vignette onto the last answer). Only when every such label (one word or two, the same on every case,
    numbered 1, 2, 3) heads answered parts; ``lines`` itself otherwise. Line numbers stay."""
    found = [(k, m) for k, line in enumerate(lines) if (m := _CASE_LABEL.match(line)) and not _PART.match(line)]
    if not found or len({m.group("label").casefold() for _, m in found}) != 1:
        return lines
    if [int(m.group("n")) for _, m in found] != list(range(1, len(found) + 1)):
        return lines
    ends = [k for k, _ in found[1:]] + [len(lines)]
    if not all(answered_parts(lines[k + 1 : end]) for (k, _), end in zip(found, ends, strict=True)):
        return lines
    out = list(lines)
    for k, m in found:
        out[k] = f"{m.group('n')}. {lines[k].strip()}"
    return out


def answered_parts(lines: list[str], stemless: bool = False) -> bool:
    """An exercise's lines under its label or number: its stem (a line at least) then lettered parts from a), the
    first one answered under it ('a) What is …?' / 'Answer: …'). With ``stemless``, the first line may open with part
    a) itself (a numbered item's own line, '2. (a) State …', as the numbered reader splits it: sitting 50 N14)."""
    first = next((k for k, line in enumerate(lines) if _PART.match(line)), None)
    if first is None or ((first or not stemless) and not any(line.strip() for line in lines[:first])):
        return False
    m = _PART.match(lines[first])
    return m is not None and has_part_a(m) and opens_parts(lines, first)


def _parts(item: Item) -> list[Item] | None:
    lines = item.original.split("\n")
    starts = [(k, m) for k, line in enumerate(lines) if (m := _PART.match(line))]
    first = _PART.match(item.question)
    labelled = any(has_answer_label(line) for line in lines)
    # ('## Question 1' / '(a) State …' / its answer / '(b) …': the label heading's first part is the item's question)
    # (its question the part's line with the answer typed right under it: '(a) Name …  [1 mark]' / 'Mitochondria.', sitting 47)
    under_label = first is not None and bool(starts) and starts[0][0] != 0 and first.group("text").startswith(starts[0][1].group("text"))
    if first is not None and starts and starts[0][0] != 0 and not under_label and has_part_a(first):
        starts = [(0, first), *starts]  # ('1. (a) Name …' / 'Answer: …' / '(b) …': the item's own line opens with part (a), T34-1)
    # (one part alone under its stem, its answer labelled: '2. Cells contain organelles.' / '(a) State …' / 'Answer: …'
    # was the stem's card, the part and its answer on the back as "Also accepted", sitting 50 N14)
    single = len(starts) == 1 and starts[0][0] > 0 and has_part_a(starts[0][1])
    single = single and any(has_answer_label(line.strip()) for line in lines[starts[0][0] + 1 :])
    if (len(starts) < MIN_PARTS and not single) or not lines:
        return None
    letters = [(m.group("p") or m.group("l")) for _, m in starts]
    if not _in_order(letters):
        return None
    if any(has_answer_label(line) for line in lines[1 : starts[0][0]]):
        return None  # the stem answered before its parts: they are its answer's parts
    # the stem's own lines between its label and its first part ('## Case 1' / 'A 58-year-old man presents …' / 'a) …'):
    # the context each part is asked in, above it with the label (trial34 T34-12: it was on no card), unless the
    # question already holds them (a stem that goes on over a second line); no stem when the item opens with its first
    # part (the case's text set above it, its stimulus: 'a) …?' / 'Answer: …' / 'b) …?' was one card, T34-12)
    context, asks = _stem_context(item, lines, starts[0][0])
    if under_label:  # (no stem of its own: the label heading its context, 'Question 1' over each part and its exhibit)
        heading = lines[0].strip().lstrip("#").strip()
        context, asks = [], heading
        if heading:
            item = item.model_copy(update={"stimulus": [Block(kind=BlockKind.text, text=heading), *item.stimulus]})
    made: list[Item] = []
    ends = [k for k, _ in starts[1:]] + [len(lines)]
    for (at, m), end in zip(starts, ends, strict=True):
        body = [line.strip() for line in lines[at + 1 : end] if line.strip() and not _WRITING.match(line)]  # (no dotted lines)
        label = next((n for n, line in enumerate(body) if has_answer_label(line)), None)
        if label is None and not labelled and (said := _answered_below(m.group("text"), lines[at + 1 : end])) is not None:
            asked, answer = said  # '(a) State …' / blank / 'They carry oxygen …' (sitting 43: part (b) was part (a)'s back)
            made.append(_part(item, letters[len(made)], asked, asks, context, lines[at:end], at, answer=answer))
            continue
        if label is None and not body and any(not done.skip for done in made):
            # ('(b) What is its speed …?' with nothing under it after an answered part: its own card to answer, said so,
            # never the parts glued onto the stem's back with an answer 'Also accepted'; sitting 54. Parts with nothing
            # under them before the one answer label are that answer's, one card: test_sitting17_readers2)
            made.append(_part(item, letters[len(made)], m.group("text").strip(), asks, context, lines[at:end], at, skip="no answer"))
            continue
        if label is None:
            return None
        asked = " ".join([m.group("text").strip(), *body[:label]])
        first = strip_answer_label(body[label]).strip()
        answer = answer_blocks(first, body[label + 1 :])
        if not answer:
            return None
        made.append(_part(item, letters[len(made)], asked, asks, context, lines[at:end], at, answer=answer))
    return [Item.model_validate(i.model_dump()) for i in made]


def _answered_below(text: str, under: list[str]) -> tuple[str, list[Block]] | None:
    """(question, answer) of a part whose question asks (ends with '?' or opens with a task's verb: 'State …',
    'Explain …') and whose answer is the text after the blank line under it, no label; else None."""
    blank = next((k for k, line in enumerate(under) if not line.strip()), len(under))
    more = " ".join(line.strip() for line in under[:blank])
    # (its question's own lines: read with it already when part (a) opens the item, '1. (a) Name …' / 'takes place.')
    asked = text.strip() if text.strip().endswith(more) else f"{text.strip()} {more}"
    rest = [line.strip() for line in under[blank:] if line.strip() and not _WRITING.match(line)]
    if not rest and blank and _asks_whole(text) and not _SUB_LABEL.match(under[0]):
        # ('(a) Name the organelle …  [1 mark]' / 'Mitochondria.' / blank / '(b) …': the part's own line asks whole,
        # its answer typed right under it; sitting 47: parts (b) and (c) were glued onto part (a)'s back)
        asked, rest = text.strip(), [line.strip() for line in under[:blank] if not _WRITING.match(line)]
    bare = MARKS_TAG.sub("", asked).strip().rstrip(CLOSERS)
    if not rest or not (bare.endswith(QUESTION_MARKS) or task_verb(bare)):
        return None
    answer = answer_blocks(rest[0], rest[1:])
    return (asked, answer) if answer else None


# a sub-part's or an option's label opening a line ('(i) Factor g.', 'ii) …', 'A. …'): no answer under a part
_SUB_LABEL = re.compile(r"^\s*(?:[-*+]\s+)?\(?(?:[ivx]{1,4}|[a-hA-H]|\d{1,2})[.)]\s")


def _asks_whole(text: str) -> bool:
    """Whether a part's line is a whole question by itself: it ends in its marks (``[1 mark]``), or asks ('?') or
    sets a task (``Name …``) in a sentence ended on the line; a line that runs on over the next one is none."""
    if MARKS_TAG.search(text):
        return True
    bare = text.strip().rstrip(CLOSERS)
    return bare.endswith(QUESTION_MARKS) or (task_verb(bare) and bare.endswith((".", ":")))


def _stem_context(item: Item, lines: list[str], first: int) -> tuple[list[Block], str]:
    """The context each part of ``item`` is asked in (its label and its stem's own lines above its first part, at
    ``first``; none when the item opens with its first part: its stimulus is), and the words that identify the stem."""
    opened = first == 0
    stem = " ".join(line.strip() for line in lines[1:first] if line.strip() and not _WRITING.match(line))
    context = [] if opened else [Block(kind=BlockKind.text, text=item.question)]
    if stem and normalize_text(stem) not in normalize_text(item.question):
        context.append(Block(kind=BlockKind.text, text=stem))
    return context, " ".join(b.plain() for b in item.stimulus) if opened else item.question


def _part(
    item: Item, letter: str, asked: str, asks: str, context: list[Block], own: list[str], at: int,
    answer: list[Block] | None = None, skip: str = "",
) -> Item:  # fmt: skip
    """One part of ``item`` as an item of its own, at ``at`` lines below it: its identity the stem's and the part's
    ('(a) Explain.' under two exercises are two notes)."""
    return item.model_copy(
        update={
            "question": f"({letter}) {asked}",
            "answer": answer or [],
            "skip": skip,
            "stimulus": [*item.stimulus, *context],
            "locator": Locator(file=item.locator.file, line=item.locator.line + at),
            "original": "\n".join(own),
            "number": f"{item.number}{letter}" if item.number else None,
            "key": f"{item.source}/{item_slug(asks or item.question, 50)}-{letter}",
            "anchor": f"{item.source}:{normalize_text(asks + ' ' + asked)}",
            "explicit_id": None,
        }
    )


# an exercise's number opening its stem: '1. A car …', '**2.** A ball …', '3) …'
_STEM = re.compile(r"^[ \t]{0,3}(?:\*\*|__)?(?P<n>\d{1,3})[.)](?:\*\*|__)?[ \t]+(?P<text>\S.*)$")
# a question's label and number in bold with its first part on its line ('**Q1** (a) Define density. [1]', '**Question 2**
# (a) …': an exam paper's question whose parts are all it asks; sitting 55)
_LABEL_STEM = re.compile(r"^[ \t]{0,3}(?:\*\*|__)(?i:q|question)[ \t]*\.?[ \t]*(?P<n>\d{1,3})[.):]?(?:\*\*|__)[ \t]+(?P<text>\(?a[.)].*)$")
# a question's label and number on a line of its own, its parts on the lines below ('Question 1' / '(a) State …
# [1 mark]' / 'Answer: +1' …: a mock paper typed as plain text; sitting 58, no card: "it reads as prose")
_LABEL_ALONE = re.compile(r"^[ \t]{0,3}(?:\*\*|__)?(?i:q|question)[ \t]*\.?[ \t]*(?P<n>\d{1,3})[.):]?(?:\*\*|__)?[ \t]*$")
_EMPHASIS = re.compile(r"(?<![*\w])\*(?=\S)(?P<t>[^*\n]+?)(?<=\S)\*(?![*\w])")  # '*density*'
# a part's line that ends a sentence or its marks, so the line under it is its answer, never its text going on
_PART_ENDS = re.compile(r"(?:[.?？!:：)]|\[\d{1,2}\]|\(\d{1,2}\s*(?i:marks?|pts?)?\))[*_]*\s*$")
# a part's answer in bold at the end of its line, after the question ('(a) What is its acceleration? **4 m/s²**')
_BOLD_END = re.compile(r"^(?P<q>.*?\S[?？.:：)])[ \t]+(?:\*\*|__)(?P<a>[^*_\n]+?)(?:\*\*|__)[ \t]*$")


_QUOTE_LINE = re.compile(r"^[ \t]{0,3}>[ \t]?(?P<t>\S.*)$")


def _answer_line(line: str) -> bool:
    """A line of text that can answer a part: no part, stem, label, heading, list entry or quote."""
    return bool(line.strip()) and not (
        _PART.match(line) or _STEM.match(line) or _LABEL_STEM.match(line) or _LABEL_ALONE.match(line)
        or _NUMBERED_PART.match(line) or re.match(r"^[ \t]{0,3}(?:#|>|[-*+][ \t])", line)
    )


def _quoted_answer(lines: list[str], k: int) -> tuple[int, list[tuple[int, str]]] | None:
    """The quote right under a part (a blank line between at most), as ``(its first line, [(line, text)…])``, or None."""
    if k < len(lines) and not lines[k].strip():
        k += 1
    found: list[tuple[int, str]] = []
    while k < len(lines) and (q := _QUOTE_LINE.match(lines[k])) is not None:
        found.append((k, q.group("t").strip()))
        k += 1
    return (found[0][0], found) if found else None


def spaced_parts(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with each exercise in parts written as a student spaces it out — a
    numbered stem (``**1.** A car accelerates …``), then lettered parts (or numbered in roman, ``(i)``) a blank line apart, each answered on its line in
    bold (``(a) What is its acceleration? **4 m/s²**``) or by an answer line under it — written as the numbered
    layout's exercise in parts (``1. …`` / ``   (a) …?`` / ``   Answer: 4 m/s²``), a card per part under its stem
    (sitting 54: the bold answers made the parts options, no card; spaced out, the next stem was glued onto the last
    part's answer). Only when every part from a) in order (MIN_PARTS at least) is answered and a blank line or a bold
    answer is there to fix; None when no exercise is so written."""
    labelled = _numbered_part_labels(lines)  # ('1a) Name …' / 'Photosynthesis' / '1b) …': 'Question 1' over '(a) …')
    base = labelled[1] if labelled is not None else list(range(1, len(lines) + 1))
    lines = labelled[0] if labelled is not None else lines
    out: list[str] = []
    origin: list[int] = []
    changed = False
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        made = None if fenced[k] else _spaced_exercise(lines, k)
        if made is None:
            out.append(lines[k])
            origin.append(k + 1)
            k += 1
            continue
        new, at, k = made
        out += new
        origin += at
        changed = True
    if labelled is not None and any(_NUMBERED_PART.match(line) for line in out):
        return None  # (a numbered part left as written: the page is no paper of such parts)
    return (out, [base[n - 1] for n in origin]) if changed else None


# a part numbered with its question's number, no stem line ('1a) Name the process …', '2(b) Explain …', '3 (a) …')
_NUMBERED_PART = re.compile(
    r"^[ \t]{0,3}(?:\*\*|__)?(?P<n>\d{1,3})[ \t]?(?:\((?P<p>[a-h]|i{1,3}|iv|v)\)|(?P<l>[a-h])[.)])(?:\*\*|__)?[ \t]+(?P<text>\S.*)$"
)  # (in bold too, as a paper typed in Markdown sets its labels: '**3 (a)** Define *momentum*. **[1]**')
NUMBERED_PARTS_MIN = 2  # such parts a page needs


def _numbered_part_labels(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with each run of parts numbered with their question's number
    (``1a) …`` / ``1b) …``) written as that question's label alone over its parts (``Question 1`` / ``(a) …`` / ``(b)
    …``), the shape :func:`_spaced_exercise` reads; None when the page holds fewer than NUMBERED_PARTS_MIN such parts
    (sitting 58: '1a) Name the process … (1)' / 'Photosynthesis' read as an article, its questions made up)."""
    fenced = list(in_fence(lines))
    found = [(k, m) for k, line in enumerate(lines) if not fenced[k] and (m := _NUMBERED_PART.match(line))]
    if len(found) < NUMBERED_PARTS_MIN:
        return None
    if all(k + 1 < len(lines) and has_answer_label(lines[k + 1].strip()) for k, _ in found):
        return None  # ('1a. What is the unit of resistance?' / 'Answer: ohm': questions of their own, read so; sitting 55)
    out: list[str] = []
    origin: list[int] = []
    at = dict(found)
    last = None
    # (every part ending in a bare number in brackets, '(1)', '[2]': the marks each is worth, on no front)
    marked = all(_BARE_MARKS.search(m.group("text")) for _, m in found)
    for k, line in enumerate(lines):
        m = at.get(k)
        alone = _BOLD_NUMBER.match(line) if m is None and not fenced[k] else None
        if alone is not None:  # ('**4** What is the unit of impulse? **[1]**' among '**3 (a)** …': question 4, no parts)
            text = _BARE_MARKS.sub("", alone.group("text"))
            out.append(f"{alone.group('n')}. {text}")
            origin.append(k + 1)
            last = None
            continue
        if m is None:
            out.append(line)
            origin.append(k + 1)
            continue
        if m.group("n") != last:
            lead = [""] if out and out[-1].strip() else []
            out += [*lead, f"Question {m.group('n')}", ""]
            origin += [k + 1] * (len(lead) + 2)
            last = m.group("n")
        text = _BARE_MARKS.sub("", m.group("text")) if marked else m.group("text")
        out.append(f"({m.group('p') or m.group('l')}) {text}")
        origin.append(k + 1)
    return out, origin


_BOLD_NUMBER = re.compile(r"^[ \t]{0,3}(\*\*|__)(?P<n>\d{1,3})\1[ \t]+(?P<text>\S.*)$")  # '**4** What is …?'
_BARE_MARKS = re.compile(r"[ \t]+(?:\*\*|__)?(?:\(\d{1,2}\)|\[\d{1,2}\])(?:\*\*|__)?[ \t]*$")


def _spaced_exercise(lines: list[str], start: int) -> tuple[list[str], list[int], int] | None:
    """The exercise at ``start`` rewritten (its lines, their origins, the line after it), or None."""
    m = _STEM.match(lines[start])
    labelled = _LABEL_STEM.match(lines[start]) if m is None else None
    if labelled is not None:  # ('**Q1** (a) Define density. [1]': its first part on the label's line, no stem)
        stem = [(f"{labelled.group('n')}. Question {labelled.group('n')}", start + 1)]
        lines = [*lines[:start], "", labelled.group("text"), *lines[start + 1 :]]
        made = _spaced_from(lines, start + 1, stem, plain=True)
        if made is None:
            return None
        new, at, k = made
        return new, [n - 1 if n > start + 1 else n for n in at], k - 1
    alone = _LABEL_ALONE.match(lines[start]) if m is None and labelled is None else None
    if alone is not None:  # ('Question 1' over its parts: the label the parts' stem, as '**Q1** (a) …' makes it)
        k = start + 1
        while k < len(lines) and not lines[k].strip():
            k += 1
        first = _PART.match(lines[k]) if k < len(lines) else None
        if first is None or (first.group("p") or first.group("l")) not in ("a", "i"):
            return None
        return _spaced_from(lines, k, [(f"{alone.group('n')}. Question {alone.group('n')}", start + 1)], plain=True)
    if m is None or _PART.match(m.group("text")):
        return None
    stem = [(f"{m.group('n')}. {m.group('text').strip()}", start + 1)]
    k = start + 1
    while k < len(lines) and lines[k].strip() and not _PART.match(lines[k]) and not _STEM.match(lines[k]):
        stem.append((f"   {lines[k].strip()}", k + 1))
        k += 1
    return _spaced_from(lines, k, stem)


def _spaced_from(lines: list[str], k: int, stem: list[tuple[str, int]], plain: bool = False) -> tuple[list[str], list[int], int] | None:
    """The parts from line ``k`` under ``stem``, rewritten (see :func:`_spaced_exercise`); with ``plain``, a part's
    answer may be the plain lines right under it (a labelled question's parts: '(a) Define density. [1]' / 'Mass per
    unit volume.'), when the part's line ends a sentence or its marks."""
    parts: list[tuple[str, int]] = []
    spaced = bolded = answered = False
    labels: list[str] = []
    while True:
        j = k
        while j < len(lines) and not lines[j].strip():
            j += 1
        p = _PART.match(lines[j]) if j < len(lines) else None
        if p is None or not _in_order([*labels, p.group("p") or p.group("l")]):
            break
        labels.append(p.group("p") or p.group("l"))
        spaced |= j > k
        text = p.group("text").strip()
        head = lines[j][: p.start("text")].strip().strip("*_").lstrip("-*+ ").strip("*_")
        bold = _BOLD_END.match(text)
        if bold is not None and not has_answer_label(bold.group("a")):
            parts += [(f"   {head} {bold.group('q')}", j + 1), (f"   Answer: {bold.group('a').strip()}", j + 1)]
            bolded = answered = True
            k = j + 1
        else:
            below = j + 1
            while below < len(lines) and not lines[below].strip() and below + 1 < len(lines) and not lines[below + 1].strip():
                below += 1
            if below + 1 < len(lines) and not lines[below].strip() and has_answer_label(lines[below + 1].strip()):
                below += 1  # ('(i) State …' / '' / 'Answer: 6': its answer label a blank line below it, spaced out; sitting 58)
            quoted = _quoted_answer(lines, j + 1) if _PART_ENDS.search(text) else None
            if quoted is not None:  # ('(a) Price elasticity of demand *(2)*' / '' / '> The responsiveness …': the quote answers
                answered = True  # it, as a teacher's answers are set apart in quotes; sitting 58: one card of the parts)
                spaced |= quoted[0] > j + 1
                shown = _EMPHASIS.sub(r"\g<t>", text)
                parts += [(f"   {head} {shown}", j + 1), *((f"   {'Answer: ' if n == quoted[0] else ''}{t}", n + 1) for n, t in quoted[1])]
                k = quoted[1][-1][0] + 1
                continue
            if plain and below + 1 < len(lines) and not lines[below].strip() and _PART_ENDS.search(text) and _answer_line(lines[below + 1]):
                below += 1  # ('(a) Define momentum. [1]' / '' / 'Mass × velocity.': spaced out, a blank line between; sitting 58)
            said_below = below < len(lines) and lines[below].strip() and not _PART.match(lines[below]) and not _STEM.match(lines[below]) and not _LABEL_STEM.match(lines[below])
            if plain and said_below and _PART_ENDS.search(text) and not has_answer_label(lines[below].strip()):
                answered = True  # ('(a) Define density. [1]' / 'Mass per unit volume.': the line under it answers it)
                shown = _EMPHASIS.sub(r"\g<t>", text)  # ('Define *density*.': the emphasis, never its stars, on the front)
                parts += [(f"   {head} {shown}", j + 1), (f"   Answer: {lines[below].strip()}", below + 1)]
                k = below + 1
                while k < len(lines) and lines[k].strip() and not _PART.match(lines[k]) and not _STEM.match(lines[k]) and not _LABEL_STEM.match(lines[k]) and not _LABEL_ALONE.match(lines[k]):
                    parts.append((f"   {lines[k].strip()}", k + 1))
                    k += 1
                continue
            if below >= len(lines) or not has_answer_label(lines[below].strip()):
                if not answered:
                    return None  # (a part with no answer of its own, the first: left as written)
                parts.append((f"   {head} {text}", j + 1))  # (one left unanswered among answered ones: its exercise's
                k = below  # part still, said by the reader, never the next stem's question; sitting 54)
                continue
            answered = True
            parts.append((f"   {head} {text}", j + 1))
            k = below
            while k < len(lines) and lines[k].strip() and not _PART.match(lines[k]) and not _STEM.match(lines[k]):
                parts.append((f"   {lines[k].strip()}", k + 1))
                k += 1
    if (len(labels) < MIN_PARTS and not (plain and answered)) or not (spaced or bolded or plain):
        return None  # (a labelled question's one part, answered under it, is read as its siblings are: '**Q2** (a) …')
    made = [*stem, *parts]
    return [t for t, _ in made], [n for _, n in made], k
