"""A poem to learn by heart, line by line.

A page that is a title (``# Stopping by Woods on a Snowy Evening``, or a plain first line), perhaps a byline, then
stanzas of short lines and nothing else, was one card of the title holding the whole poem (sitting 49): nothing a
learner can recall. :func:`verse_cards` rewrites it into a question per line, asked by the line before it (``“To watch
his woods fill up with snow.” — what comes next?`` -> ``My little horse must think it queer``), the first line asked by
the title, each card at its line.

Only verse: two stanzas or more (a blank line between), VERSE_LINES_MIN lines or more, each short, none a heading,
list entry, table row, quote, code, label or link, most opening with a capital and many ending without a full stop (a
page of short notes, one sentence a line, ends each with one).
"""

from __future__ import annotations

import re

from compiler.sources.lines import front_matter_end, has_answer_label, has_question_label

VERSE_LINES_MIN = 8  # lines of verse, at least
STANZAS_MIN = 2  # stanzas, at least
LINE_CHARS_MAX = 70  # characters of a line of verse, at most
LINE_WORDS_MAX = 14  # … words
CAPITAL_SHARE = 0.75  # of the lines that open with a capital letter, at least
OPEN_SHARE = 0.4  # of the lines that end without a full stop ('!', '?' too), at least
ASKING_SHARE = 0.25  # of the lines that end with a '?', at most
LABEL_SHARE = 0.5  # of the lines that open with a field's label ('Class: ACE inhibitor'), below: records, no poem
LINE_WORDS_MIN = 3  # words of a line of verse, at least, in CAPITAL_SHARE of them (a list of words is no poem)
CONTEXT_LINES = 1  # lines before a line that ask it (two made neighbours' fronts alike: 11 pairs to decide in a poem)

_TITLE = re.compile(r"^(?:#[ \t]+)?(?P<text>[^#\s].{0,79}?)[ \t]*#*[ \t]*$")
_BYLINE = re.compile(r"^(?:(?i:by)[ \t]+\S.{0,40}|[—–-][ \t]*\S.{0,40}|[*_][^*_]{2,40}[*_])$")  # 'by Robert Frost', '*Robert Frost*'
# what no line of verse holds: a heading, list entry, option ('A) Right atrium'), quote, table row, code, picture, bold
# ('**Q1: Which chamber …?**'), a link, a cloze, an indent
_NOT_VERSE = re.compile(
    r"^(?:[ ]{0,3}(?:#|[-*+•][ \t]|\d{1,3}[.)][ \t]|\(?[A-Za-z][.)][ \t]|>|\||```|~~~|<|\$\$|!\[)|[ \t])|https?://|::|\t|\{\{c\d|\*\*|__"
)
# a field's label opening a line: 'Drug: Amlodipine', 'Side effects: Dry cough' (a word or three, then a colon)
_FIELD_LABEL = re.compile(r"^[^\W\d_][\w'’()/-]*(?:[ ][\w'’()/-]+){0,2}[ \t]*[:：][ \t]+\S")
_NOTE = re.compile(r"^(?:\([^()\n]{3,80}\)|\[[^\[\]\n]{3,80}\]|([*_])[^*_\n]{3,80}\1)$")  # a note in brackets or italics, alone
_HARD_BREAK = re.compile(r"(?:[ ]{2,}|\\|<br\s*/?>)$", re.I)


def _stanzas(lines: list[str], start: int) -> list[list[int]]:
    """The groups of non-blank lines from ``start``, a blank line between (0-based line numbers)."""
    groups: list[list[int]] = []
    for k in range(start, len(lines)):
        if not lines[k].strip():
            if groups and groups[-1]:
                groups.append([])
            continue
        if not groups:
            groups.append([])
        groups[-1].append(k)
    return [g for g in groups if g]


def _verse_line(text: str) -> bool:
    bare = text.strip()
    return (
        bool(bare) and len(bare) <= LINE_CHARS_MAX and len(bare.split()) <= LINE_WORDS_MAX
        and not _NOT_VERSE.search(text) and not has_question_label(bare) and not has_answer_label(bare)
    )  # fmt: skip


def _plain(text: str) -> str:
    return _HARD_BREAK.sub("", text.strip()).strip()


def verse_cards(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` of a poem's page as Markdown questions, one per line of verse
    (``### “…” — what comes next?`` over the line), the title kept as the page's ``#`` title; None when the page is no
    poem (the module's rules)."""
    start = (front_matter_end(lines) or -1) + 1
    filled = [k for k in range(start, len(lines)) if lines[k].strip()]
    if not filled:
        return None
    head = _TITLE.match(lines[filled[0]].strip())
    if head is None or head.group("text").rstrip().endswith(("?", "？", ":")):
        return None
    title = head.group("text").strip()
    body = filled[0] + 1
    nxt = next((k for k in range(body, len(lines)) if lines[k].strip()), None)
    byline = nxt is not None and _BYLINE.match(lines[nxt].strip()) is not None and (nxt == body or not lines[nxt - 1].strip())
    if byline and nxt is not None:
        body = nxt + 1
    if body < len(lines) and lines[body].strip() and not byline:
        return None  # (the first line goes on a paragraph: no title over the poem)
    stanzas = _stanzas(lines, body)
    if len(stanzas) > STANZAS_MIN and len(stanzas[0]) == 1 and _NOTE.match(lines[stanzas[0][0]].strip()):
        stanzas = stanzas[1:]  # ('(learn the first two stanzas for Friday)' over the poem: the learner's note, no verse;
        # sitting 58: one card of the title)
    verse = [k for group in stanzas for k in group]
    if len(stanzas) < STANZAS_MIN or len(verse) < VERSE_LINES_MIN or any(len(group) < 2 for group in stanzas):
        return None
    if not all(_verse_line(lines[k]) for k in verse):
        return None
    texts = [_plain(lines[k]) for k in verse]
    if sum(1 for t in texts if _FIELD_LABEL.match(t)) >= LABEL_SHARE * len(texts):
        return None  # ('Drug: Amlodipine' / 'Class: …' records, a field a line: sitting 54)
    if sum(1 for t in texts if len(t.split()) >= LINE_WORDS_MIN) < CAPITAL_SHARE * len(texts):
        return None  # ('Milk' / 'Eggs' …: a list of words)
    if sum(1 for t in texts if t[:1].isupper() or (t[:1] in "\"'“‘(" and t[1:2].isupper())) < CAPITAL_SHARE * len(texts):
        return None
    if sum(1 for t in texts if not t.rstrip("\"'”’)").endswith((".", "!", "?", "。", "！", "？"))) < OPEN_SHARE * len(texts):
        return None  # (short notes, a sentence a line)
    if sum(1 for t in texts if t.rstrip("\"'”’)").endswith(("?", "？"))) > ASKING_SHARE * len(texts):
        return None
    out = [f"# {title}", ""]
    origin = [filled[0] + 1, filled[0] + 1]
    for j, (k, text) in enumerate(zip(verse, texts, strict=True)):
        before = texts[max(0, j - CONTEXT_LINES) : j]
        asked = f"How does {_quoted(title)} begin?" if not before else f"“{' / '.join(before)}” — what comes next?"
        out += [f"### {_escaped(asked)}", "", _escaped(text), ""]
        origin += [k + 1] * 4
    return out, origin


_QUOTED_TITLE = re.compile(r"^[\"“](?P<name>[^\"“”]+)[\"”][ \t]*(?:[—–-]|(?i:by))[ \t]*(?P<poet>\S.*)$")


def _quoted(title: str) -> str:
    """The title in quotes, its poet after it: '"Stopping by Woods …" — Robert Frost' is '“Stopping by Woods …” by
    Robert Frost', never quoted twice."""
    m = _QUOTED_TITLE.match(title)
    return f"“{m.group('name').strip()}” by {m.group('poet').strip()}" if m else f"“{title}”"


_MARKDOWN_MARKS = re.compile(r"([\\`*_\[\]<>#|])")


def _escaped(text: str) -> str:
    """``text`` with the marks Markdown would read escaped: a line of verse is words, never emphasis or code."""
    return _MARKDOWN_MARKS.sub(r"\\\1", text)
