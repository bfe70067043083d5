"""A question heading answered by a tree of topic sub-headings (trial23 T23-10, T23-13).

``## Which design patterns do you know`` over ``### Creational`` / ``#### Abstract factory`` / its text and code /
``#### Builder`` / … (23 patterns), or ``#### What JavaScript do I need for React?`` over eleven ``#####`` topics,
each with its explanation, code and a bold ``**Why is it important?**``: the whole tree was the question's answer,
one card of hundreds of screens (a 333,199-character back), and the advice "put a heading above that text" was
impossible to follow. A long answer whose sub-headings are topics is split instead: each sub-heading is a card of
its own (its text the answer; the same split again under it when its own answer is long and has topics), and the
question keeps its own text above the first sub-heading plus a list of the topics, which is what a "which … do you
know" question asks for anyway.

Only when the answer reads long (more than :data:`SPLIT_WORDS`, several phone screens: ``### Example`` /
``### Pros`` / ``### Cons`` under a question of ordinary length stay its answer's parts), with two sub-headings or
more at the first level below it, none of them a label of the answer itself (``### Answer``, ``### Solution``).
``subheadings = "answer"`` in a source's ``[[source]]`` table keeps every answer whole; ``"cards"`` splits whatever
the length.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from compiler.render import CODE_LINE_WORDS, text_words
from compiler.sources.markdown_blocks import TopBlock

SPLIT_WORDS = 400  # an answer read longer than this (over three phone screens) is split at its topic sub-headings
TOPICS_MIN = 2  # sub-headings at the first level below the question, each over text of its own
OUTLINE_DEPTH = 2  # levels of topics listed under the question (a family and its members)


@dataclass
class Topic:
    """A sub-heading of a split answer: its own text (up to its first sub-topic) and its sub-topics."""

    heading: TopBlock
    own: list[TopBlock]
    topics: list[Topic] = field(default_factory=list)


def reading_words(blocks: list[TopBlock], lines: list[str]) -> int:
    """How long the blocks read, in words (a code line counts as a few, CJK characters at their rate)."""
    words = 0
    for b in blocks:
        text = lines[b.start : b.end]
        if b.type in ("fence", "code_block"):
            words += CODE_LINE_WORDS * max(len(text) - 2 * (b.type == "fence"), 1)
        else:
            words += text_words(" ".join(text))
    return words


def split_topics(
    answer: list[TopBlock], level: int, lines: list[str], label: Callable[[TopBlock], bool], mode: str = "auto", least: int = SPLIT_WORDS
) -> tuple[list[TopBlock], list[Topic]]:
    """The answer's own blocks and its topics, or the answer whole and no topic when it is no tree of topics.

    ``level``: the question heading's level; ``label``: whether a heading labels the answer ('### Answer'); ``least``:
    the words it must read to be split (a topic of a split answer is split from half as many: a family of patterns
    over its members, split alike whatever each family's length)."""
    if mode == "answer":
        return answer, []
    subs = [k for k, b in enumerate(answer) if b.type == "heading_open" and b.level > level]
    if not subs:
        return answer, []
    top = min(answer[k].level for k in subs)
    heads = [k for k in subs if answer[k].level == top]
    if len(heads) < (1 if mode == "cards" else TOPICS_MIN) or any(label(answer[k]) for k in heads):
        return answer, []
    if mode != "cards" and any(b.type == "heading_open" and b.level < top and label(b) for b in answer):
        # ('#### **参考答案**：' over '##### * 考察点' / '##### * 示例' and its code: the page labels it all the answer, its
        # sub-headings the answer's parts, never cards fronted by '* 考察点': trial25)
        return answer, []
    bodies = [answer[k + 1 : end] for k, end in zip(heads, [*heads[1:], len(answer)], strict=True)]
    if any(not any(b.type != "heading_open" for b in body) for body in bodies):
        return answer, []  # ('### Step 1' / '### Step 2' bare over one text: no topics)
    if mode != "cards" and reading_words(answer, lines) <= least:
        return answer, []
    topics = []
    for k, body in zip(heads, bodies, strict=True):
        own, under = split_topics(body, top, lines, label, mode, min(least, SPLIT_WORDS // 2))
        topics.append(Topic(answer[k], own, under))
    return answer[: heads[0]], topics


def outline(topics: list[Topic], title: Callable[[TopBlock], str], depth: int = 0) -> str:
    """The topics as a Markdown list (their sub-topics nested), the answer to 'which … are there'."""
    out = []
    for t in topics:
        out.append("  " * depth + "- " + title(t.heading))
        if depth + 1 < OUTLINE_DEPTH and t.topics:
            out.append(outline(t.topics, title, depth + 1))
    return "\n".join(out)
