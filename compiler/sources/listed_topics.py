"""Questions listed up front, answered further down under a heading per topic (trial44 T44-7).

A blog post opens with ``## Questions:`` / ``* **Smart Pointers:**`` / ``   * What is the difference between
std::unique_ptr, …?`` / ``   * How do smart pointers work, …?`` and answers each topic below under ``### Question 2:
Smart Pointers``, one ``####`` sub-heading per listed question restating it in a few words (``#### Difference between
std::unique_ptr, …:``), or in the topic's own text before its first sub-heading. The topics were the fronts, each back
every sub-answer of its topic run together, and the questions the learner is asked were "text outside any question".

Read instead: one card per listed question, the question its front, its answer the sub-section whose heading shares
its words (the topic's text above the first sub-heading answers the one question left), the topic the card's section.
A topic is found by its name (``### Smart Pointers``) or by its number (``### Question 2: …``, the list's second topic);
a flat list of questions is matched the same way, one topic heading per question. Only when every listed question
finds its answer; otherwise the page is read as before, each topic heading a card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from compiler.sources.lines import (
    CLOSERS,
    QUESTION_MARKS,
    asking_prompt,
    glossed_by_question,
    opens_asking,
    squash,
    task_verb,
)
from compiler.sources.markdown_blocks import TopBlock, plain_inline

# a list entry, bulleted or numbered: its indent and its text
_ENTRY = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<text>\S.*?)[ \t]*$")
# a topic heading's number before its name: 'Question 2: Smart Pointers', 'Topic 3 – Templates', 'Q1. OOP', 'Part II:'
_NUMBERED = re.compile(
    r"^(?i:questions?|q|topics?|parts?|sections?|preguntas?|fragen?|questões|questão|domande|domanda|вопрос)\s*[#№]?\s*"
    r"(?P<n>\d{1,3})\s*[:.)–—-]\s*(?P<name>\S.*)$"
)
# words that say how a question asks, not what about: never the words a sub-heading shares with its question
_ASKING_WORDS = frozenset({
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "the", "and", "for", "with", "from", "into",
    "about", "than", "then", "there", "this", "that", "these", "those", "are", "was", "were", "been", "does", "did",
    "can", "could", "should", "would", "will", "you", "your", "they", "them", "their", "its", "has", "have", "had",
    "use", "used", "using", "explain", "describe", "define", "discuss", "give", "list", "name", "tell", "main",
    "some", "any", "all", "between",
})  # fmt: skip
_SUFFIX = re.compile(r"(?:ations?|ings?|ies|es|s|ed)$")
STEM = 6  # letters of a word compared: 'template' / 'templates', 'specialization' / 'Specializations'


@dataclass
class ListedAnswer:
    """One listed question and the blocks that answer it."""

    line: int  # the listed question's line (1-based)
    question: str  # its Markdown text
    heading: int  # the topic heading's block
    topic: str  # the topic's name: the card's section
    body: list[int] = field(
        default_factory=list
    )  # the answer's blocks (a sub-heading's text, or the topic's own)


def _terms(text: str) -> set[str]:
    """The words a question and the sub-heading restating it share, cut to their stems."""
    out = set()
    for word in re.findall(r"[^\W_]+", text.casefold()):
        if len(word) < 3 or word in _ASKING_WORDS:
            continue
        out.add((_SUFFIX.sub("", word) if len(word) > 4 else word)[:STEM])
    return out


def _asks(text: str) -> bool:
    """A listed question (ends with its mark, or opens as one or as a task), never a term glossed by a question."""
    if glossed_by_question(text):
        return False  # ('- **Authentication** – Who are you?': the term's mnemonic, T44-5)
    bare = text.strip(" *_").rstrip(CLOSERS)
    return bare.endswith(QUESTION_MARKS) or opens_asking(bare) or task_verb(bare) or asking_prompt(bare)


def _topic_name(text: str) -> str:
    """A topic's name as written in a list or a heading: its bold, its closing colon and its number off."""
    bare = squash(text).strip(" *_").rstrip(":：").strip(" *_")
    m = _NUMBERED.match(bare)
    return (m.group("name") if m else bare).strip(" *_").rstrip(":：").strip()


def _listed(block: TopBlock, lines: list[str]) -> list[tuple[str | None, list[tuple[int, str]]]] | None:
    """A list of questions, grouped under topic entries (``* **Smart Pointers:**`` over its questions) or flat:
    ``[(topic or None, [(line, question)])]``, or None when some entry neither asks nor names a topic."""
    entries: list[tuple[int, int, str]] = []  # (indent, line, text)
    for k in range(block.start, min(block.end, len(lines))):
        if not lines[k].strip():
            continue
        m = _ENTRY.match(lines[k])
        if m is None:
            if not entries:
                return None
            indent, line, text = entries[-1]
            entries[-1] = (indent, line, f"{text} {lines[k].strip()}")  # (an entry's wrapped line)
            continue
        entries.append((len(m.group("indent").expandtabs(4)), k + 1, m.group("text")))
    if len(entries) < 2:
        return None
    top = min(indent for indent, _, _ in entries)
    groups: list[tuple[str | None, list[tuple[int, str]]]] = []
    nested = any(indent > top for indent, _, _ in entries)
    for indent, line, text in entries:
        if not nested:
            if not _asks(text):
                return None
            groups.append((None, [(line, text)]))
        elif indent == top:
            if _asks(text) or not text.strip(" *_").rstrip(":：").strip():
                return None
            groups.append((_topic_name(text), []))
        elif not _asks(text) or not groups:
            return None
        else:
            groups[-1][1].append((line, text))
    if any(not asked for _, asked in groups):
        return None
    return groups


def _lead_in(block: TopBlock, lines: list[str]) -> bool:
    """A one-line paragraph that only announces the list below it ('Questions covered in this post:')."""
    return (
        block.type == "paragraph_open"
        and block.end - block.start == 1
        and lines[block.start].rstrip().endswith((":", "："))
    )


def _heading_text(block: TopBlock) -> str:
    return squash(plain_inline(block.tokens[1].children or [])) if len(block.tokens) > 1 else ""


def _under(blocks: list[TopBlock], n: int) -> int:
    """The end of the section of the heading at ``n`` (the next heading of its level or above)."""
    return next(
        (
            k
            for k in range(n + 1, len(blocks))
            if blocks[k].type == "heading_open" and blocks[k].level <= blocks[n].level
        ),
        len(blocks),
    )


def _segments(blocks: list[TopBlock], n: int) -> list[tuple[int | None, list[int]]]:
    """The parts of a topic's section: its own text before its first sub-heading (no heading), then each sub-heading of
    the first level below it with its text: ``[(sub-heading or None, blocks)]``."""
    end = _under(blocks, n)
    subs = [k for k in range(n + 1, end) if blocks[k].type == "heading_open"]
    level = min((blocks[k].level for k in subs), default=0)
    heads = [k for k in subs if blocks[k].level == level]
    first = heads[0] if heads else end
    out: list[tuple[int | None, list[int]]] = []
    own = [k for k in range(n + 1, first) if not blocks[k].boilerplate()]
    if own:
        out.append((None, own))
    for h in heads:
        stop = _under(blocks, h)
        out.append((h, [k for k in range(h + 1, stop) if not blocks[k].boilerplate()]))
    return out


def _paired(
    questions: list[tuple[int, str]], parts: list[tuple[int | None, list[int]]], blocks: list[TopBlock]
) -> list[list[int]] | None:
    """Each question's answer blocks among a topic's parts, a sub-heading paired with the question sharing most of its
    words (the topic's own text with the one question left), or None unless every question and part is paired once."""
    if len(questions) == 1:
        whole = [k for head, body in parts for k in ([head] if head is not None else []) + body]
        return [whole] if whole else None
    if len(parts) != len(questions) or any(not body for _, body in parts):
        return None
    given: dict[int, list[int]] = {}
    for head, body in parts:
        if head is None:
            continue
        words = _terms(_heading_text(blocks[head]))
        shared = [len(words & _terms(q)) for _, q in questions]
        best = max(shared)
        if best == 0 or shared.count(best) > 1 or shared.index(best) in given:
            return None
        given[shared.index(best)] = body
    left = [k for k in range(len(questions)) if k not in given]
    own = [body for head, body in parts if head is None]
    if len(left) != len(own):
        return None
    given.update(zip(left, own, strict=True))
    return [given[k] for k in range(len(questions))]


def _topic_heads(blocks: list[TopBlock], after: int) -> list[tuple[int, str, int | None]]:
    """The headings after the list at the level of the first one, up to a heading above that level:
    ``[(block, name, number)]``."""
    first = next((k for k in range(after, len(blocks)) if blocks[k].type == "heading_open"), None)
    if first is None:
        return []
    out: list[tuple[int, str, int | None]] = []
    for k in range(first, len(blocks)):
        if blocks[k].type != "heading_open" or blocks[k].level > blocks[first].level:
            continue
        if blocks[k].level < blocks[first].level:
            break
        text = squash(_heading_text(blocks[k]).strip(" *_"))
        m = _NUMBERED.match(text.rstrip(":："))
        out.append((k, _topic_name(text), int(m.group("n")) if m else None))
    return out


def listed_answers(
    blocks: list[TopBlock], lines: list[str]
) -> tuple[dict[int, list[ListedAnswer]], set[int], list[tuple[int, str, int]]]:
    """The questions a page lists up front and answers under its topic headings (the module's docstring):
    ``({topic heading's block: its answered questions}, the blocks read so: the list, its heading and lead-in when that
    is all they hold, every matched topic's section, [])``; empty when the page has no such list. When every topic is
    found but its parts do not say which question each answers: ``({}, {the list's block}, [(each question's line, its
    text, its topic heading's line)])``."""
    for n, block in enumerate(blocks):
        if block.type not in ("bullet_list_open", "ordered_list_open"):
            continue
        groups = _listed(block, lines)
        if groups is None:
            continue
        heads = _topic_heads(blocks, n + 1)
        if not heads or any(_asks(name) for _, name, _ in heads):
            continue  # (headings that ask themselves: a table of contents of the questions, read at each heading)
        found = _matched(groups, heads, blocks)
        if found is None:
            topics = [_topic_head(i, topic, questions, heads) for i, (topic, questions) in enumerate(groups, start=1)]
            if all(k is not None for k in topics) and len(set(topics)) == len(topics):
                # every topic found, but not which of its parts answers which question ('#### Ownership' under '###
                # Question 1: Smart Pointers'): the topics are cards as before, the questions said and listed as
                # skipped, never "text outside any question" (closing note 45)
                unmatched = [(line, q, blocks[k].start + 1) for (_, questions), k in zip(groups, topics, strict=True) for line, q in questions]  # type: ignore[misc]
                return {}, {n}, unmatched
            continue
        taken = {n}
        for answered in found.values():
            for a in answered:
                taken |= set(range(a.heading, _under(blocks, a.heading)))
        over = next((k for k in range(n - 1, -1, -1) if blocks[k].type == "heading_open"), None)
        if (
            over is not None
            and n + 1 in found
            and all(_lead_in(blocks[k], lines) for k in range(over + 1, n))
        ):
            taken |= set(
                range(over, n)
            )  # ('## Questions:' and its lead-in: no card, no section of the answers)
        elif n > 0 and _lead_in(blocks[n - 1], lines):
            taken.add(n - 1)  # ('Questions covered in this post:' over the list: said by the cards)
        return found, taken, []
    return {}, set(), []


def _topic_head(i: int, topic: str | None, questions: list[tuple[int, str]], heads: list[tuple[int, str, int | None]]) -> int | None:
    """The block of the ``i``-th group's topic heading, by its name, its number or (a flat list) the words it shares
    with the question; None when there is none or more than one."""
    head = next((k for k, name, _ in heads if topic and name.casefold() == topic.casefold()), None)
    if head is None:
        head = next((k for k, _, number in heads if number == i), None)
    if head is None and topic is None:
        terms = _terms(questions[0][1])
        near = [k for k, name, _ in heads if terms and len(_terms(name) & terms) * 2 >= len(_terms(name)) > 0]
        head = near[0] if len(near) == 1 else None
    return head


def _matched(
    groups: list[tuple[str | None, list[tuple[int, str]]]],
    heads: list[tuple[int, str, int | None]],
    blocks: list[TopBlock],
) -> dict[int, list[ListedAnswer]] | None:
    """Each group's topic heading, by name or by number, and each question's answer in it; None unless all are found."""
    found: dict[int, list[ListedAnswer]] = {}
    for i, (topic, questions) in enumerate(groups, start=1):
        head = _topic_head(i, topic, questions, heads)
        if head is None or head in found:
            return None
        paired = _paired(questions, _segments(blocks, head), blocks)
        if paired is None:
            return None
        name = next(name for k, name, _ in heads if k == head)
        found[head] = [
            ListedAnswer(line, q, head, name, body) for (line, q), body in zip(questions, paired, strict=True)
        ]
    return found
