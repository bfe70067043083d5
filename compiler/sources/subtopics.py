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

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from compiler.render import CODE_LINE_WORDS, text_words
from compiler.sources.lines import squash
from compiler.sources.markdown_blocks import TopBlock, plain_inline

SPLIT_WORDS = 400  # an answer read longer than this (over three phone screens) is split at its topic sub-headings
TOPICS_MIN = 2  # sub-headings at the first level below the question, each over text of its own
OUTLINE_DEPTH = 2  # levels of topics listed under the question (a family and its members)

# a heading that only numbers or letters a part of what the heading above it is about: '(1)', 'b)', '[2]', 'Scenario 1:',
# 'Case 2', 'Step 3', 'Option B', 'Method 2', 'Fall 2', 'Caso 3', 'Вариант 1', '方法1' (a bare '12' labels a question)
_ENUMERATOR_HEADING = re.compile(
    r"^(?:\(\s*(?:\d{1,3}|[a-zA-Z]|[IVXivx]{1,5})\s*\)|\[\s*(?:\d{1,3}|[a-zA-Z])\s*\]|(?:\d{1,3}|[a-zA-Z])\))$"
    r"|^(?i:scenario|case|step|option|method|approach|way|variant|version|part|stage|phase|attempt"
    r"|fall|schritt|variante|caso|paso|opción|opcion|método|metodo|cas|étape|méthode|scénario|passo|cenário|cenario|opção"
    r"|вариант|случай|шаг|способ|сценарий|wariant|przypadek|krok|sposób)\s*[#№]?\s*(?:\d{1,3}|[a-zA-Z]|[IVXivx]{1,5})\s*[.:)]?$"
    r"|^(?:方法|方案|情况|情況|步骤|步驟|场景|場景|ケース|手順|방법|경우|단계)\s*\d{1,3}\s*[.:：)]?$"
)


def enumerator_heading(block: TopBlock) -> bool:
    """A heading that only numbers a part of what the heading above it is about ('#### (1)', '### Scenario 2:'): the
    parts of one answer, never topics whose cards would be fronted '(1)', 'Scenario 2' (trial29 T29-21)."""
    return len(block.tokens) > 1 and _ENUMERATOR_HEADING.match(squash(plain_inline(block.tokens[1].children or [])).strip(" *_")) is not None


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
    if all(enumerator_heading(answer[k]) for k in heads):
        return answer, []  # ('#### (1)', '#### (2)' / '### Scenario 1:' …: the numbered parts of the answer, T29-21)
    if mode != "cards" and reading_words(answer, lines) <= least:
        return answer, []
    topics = []
    for k, body in zip(heads, bodies, strict=True):
        own, under = split_topics(body, top, lines, label, mode, min(least, SPLIT_WORDS // 2))
        topics.append(Topic(answer[k], own, under))
    return answer[: heads[0]], topics


def outline(topics: list[Topic], title: Callable[[TopBlock], str], depth: int = 0, lines: list[str] | None = None) -> str:
    """The topics as a Markdown list (their sub-topics nested), the answer to 'which … are there'. Given the page's
    ``lines``, a short list (:data:`GIST_TOPICS_MAX` topics at most) gives each topic of its first level with the
    first sentence of its own text, ``- **Delegates**: A delegate is a type that …`` (trial27 T27-25: the question's
    card answered with the bare names ``• Delegates • Events``, an empty outline that taught no difference)."""
    out = []
    for t in topics:
        said = gist(t.own, lines) if lines is not None and depth == 0 and len(topics) <= GIST_TOPICS_MAX else ""
        name = title(t.heading)
        name = name.rstrip(":： ") if name.rstrip(":： ") and not name.rstrip(":： ").endswith(("?", "？")) else name  # ('### Delegates:')
        out.append("  " * depth + "- " + (f"**{name}**: {said}" if said else name))
        if depth + 1 < OUTLINE_DEPTH and t.topics:
            out.append(outline(t.topics, title, depth + 1))
    return "\n".join(out)


GIST_TOPICS_MAX = 6  # topics listed each with its first sentence; a longer list ('which patterns do you know') names them
GIST_WORDS_MAX = 45  # a first sentence longer than this is no gist: the topic is named alone
# the end of a sentence: '.', '!' or '?' then a space and a capital (or an opening mark), or a CJK full stop
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“(\[*_`])|(?<=[。！？])")


def gist(own: list[TopBlock], lines: list[str]) -> str:
    """The first sentence of a topic's own text, as written (Markdown), when that text opens with a paragraph; ''
    otherwise (a topic opening with a list, code or a table has no sentence to give)."""
    if not own or own[0].type != "paragraph_open" or own[0].end > len(lines):
        return ""
    text = " ".join(line.strip() for line in lines[own[0].start : own[0].end]).strip()
    first = _SENTENCE_END.split(text, maxsplit=1)[0].strip()
    if not first or first.endswith((":", "：")) or len(first.split()) > GIST_WORDS_MAX:
        return ""
    return first


# a paragraph that sums the whole answer up ('In summary, delegates are … while events …'): the question's, not the
# last topic's, though it stands under that topic's heading
_SUMMING_UP = re.compile(
    r"^\W{0,3}(?:in\s+(?:summary|short|conclusion|a\s+nutshell)|to\s+(?:sum\s+up|summari[sz]e|conclude)|summary\s*:|overall,"
    r"|en\s+r[ée]sum[ée]|en\s+resumen|zusammenfassend|in\s+sintesi|em\s+resumo|总之|总结|要するに|まとめると)",
    re.I,
)


def closing_summary(topics: list[Topic], lines: list[str]) -> TopBlock | None:
    """The answer's closing paragraph when it sums the whole answer up (``In summary, …``) at the end of its last
    topic: taken from that topic, for the question's own card (trial27 T27-25: the comparison asked for was on the
    'Events' card)."""
    last = topics[-1] if topics else None
    while last is not None and last.topics:
        last = last.topics[-1]
    if last is None or len(last.own) < 2 or last.own[-1].type != "paragraph_open" or last.own[-1].start >= len(lines):
        return None
    if not _SUMMING_UP.match(lines[last.own[-1].start].strip()):
        return None
    return last.own.pop()
