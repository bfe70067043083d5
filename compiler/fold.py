"""Fold a long answer: its lead stays on the card, the rest goes under one collapsed ``<details>``.

An essay answer of an interview page (a formula, tables, two code examples, an "Interviewer's
Insight" box…) runs to several phone screens, and a learner cannot grade such a card honestly.
Over ``[deck] long_answer_words`` (and with ``[deck] long_answers = "fold"``, the default) the
back shows the answer's **lead** and folds the **rest** under one summary line that names what is
inside ("More: Example · Interviewer's Insight · Common Mistakes"), styled like the "More
answers" fold of merged notes.  Nothing is cut: every block is still in the field, in order
(the lead first), and the cheat sheet prints the lead with a "⋯ more on the card" line.

The lead is the section under a "Short answer" / "Answer" / "TL;DR" / "Summary" / "In short"
sub-heading (or a paragraph that starts with such a label) when the answer has one; else its
first blocks up to :data:`LEAD_WORDS` words, stopping at the first sub-heading after some text.
A block is never cut: a Markdown answer's HTML is split only between its top-level elements
(paragraph, list, table, code, formula, box), so every piece is whole, valid HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape, unescape

from compiler.model import Block, BlockKind
from compiler.render import blocks_html, reading_length

#: The lead is at most about one phone screen (compiler.render.WORDS_PER_SCREEN) when it is
#: chosen by length; one first block longer than this is still kept whole.
LEAD_WORDS = 120
#: The summary names at most this many of the folded sub-headings.
SUMMARY_NAMES = 4
#: The class of the fold (``also-more`` gives it the look of the merged answers' fold).
FOLD_CLASS = "also-more answer-more"
#: What the cheat sheet prints after a folded answer's lead.
SHEET_MARK = "⋯ more on the card"

_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "dl",
    "div",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "img",
    "br",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_TAG = re.compile(r"<(/?)([A-Za-z][\w-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>")
_STRIP = re.compile(r"<[^>]+>")
_HEADING = re.compile(r"(?is)^\s*<h[1-6]\b[^>]*>(.*?)</h[1-6]>\s*$")
# a paragraph that is only bold text ("**Interviewer's Insight**", "**Common Mistakes:**")
_BOLD_LINE = re.compile(r"(?is)^\s*<p>\s*<(strong|b)>((?:(?!</?p\b).)*?)</\1>\s*:?\s*</p>\s*$")
_SUMMARY = re.compile(r"(?is)^\s*<details\b[^>]*>\s*<summary>(.*?)</summary>")
_LEAD_NAME = re.compile(
    r"(?i)^\W*(?:short answers?|answers?|tl;? ?dr|summary|in short|in brief|brief answer|quick answer|"
    r"the short version|bottom line|key idea)\W*$"
)
# '<p><strong>Short answer:</strong> It is …</p>': the label starts the paragraph that is the lead
_LEAD_LABEL = re.compile(
    r"(?is)^\s*<p>\s*<(?:strong|b|em)>\s*(?:short answer|tl;? ?dr|in short|in brief|summary|answer)\s*:?\s*</(?:strong|b|em)>"
    r"\s*:?\s*(?!</p>)\S"
)
_PLAIN_LABEL = re.compile(r"(?i)^\s*(?:short answer|tl;? ?dr|in short|in brief|summary)\s*:\s*\S")


@dataclass
class Split:
    """An answer cut between blocks: ``lead`` (shown) and ``rest`` (folded), in answer order each."""

    lead: list[Block]
    rest: list[Block]
    names: list[str] = field(default_factory=list)  # the rest's sub-headings, for the summary


def pieces(blocks: list[Block]) -> list[Block]:
    """The answer's blocks with each HTML block split into its top-level elements (whitespace after
    an element stays with it), so ``blocks_html(pieces(b)) == blocks_html(b)``."""
    out: list[Block] = []
    for block in blocks:
        parts = _top_level(block.text) if block.kind is BlockKind.html else [block.text]
        if len(parts) <= 1:
            out.append(block)
        else:
            out.extend(Block(kind=BlockKind.html, text=p) for p in parts)
    return out


def _top_level(html: str) -> list[str]:
    """``html`` cut after each top-level element; one part when it is not a sequence of whole block
    elements (unbalanced tags, or text and inline markup at the top level): never cut a block."""
    cuts: list[int] = []
    depth = 0
    last = 0
    for m in _TAG.finditer(html):
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(4)
        if depth == 0:
            if name not in _BLOCK:
                return [html]  # inline markup outside any block element: a paragraph's words
            if html[last : m.start()].strip():
                cuts.append(m.start())  # a bare line between blocks (a sub-heading the sanitizer unwrapped)
        if name in _VOID or self_closing:
            if depth == 0:
                cuts.append(m.end())
                last = m.end()
            continue
        if closing:
            depth -= 1
            if depth < 0:
                return [html]
            if depth == 0:
                cuts.append(m.end())
                last = m.end()
        else:
            depth += 1
    if depth != 0:
        return [html]
    parts: list[str] = []
    start = 0
    for cut in cuts:
        end = len(html) - len(html[cut:].lstrip())  # the whitespace after an element stays with it
        if end > start:
            parts.append(html[start:end])
            start = end
    if html[start:].strip():
        parts.append(html[start:])  # a bare line after the last block
    elif parts:
        parts[-1] += html[start:]
    return parts or [html]


def heading(block: Block) -> str | None:
    """The sub-heading a block is (a heading, a bold-only line, a box's title, "Example:"), as plain text."""
    if block.kind is BlockKind.html:
        bare = block.text.strip()
        if "<" not in bare and len(bare.split()) <= 8 and not bare.endswith((".", "!", "?")):
            return _name(bare)  # a short bare line between blocks
        for pattern, group in ((_HEADING, 1), (_BOLD_LINE, 2), (_SUMMARY, 1)):
            m = pattern.match(block.text)
            if m:
                return _name(m.group(group))
        return None
    if block.kind is BlockKind.text and block.text.rstrip().endswith(":") and len(block.text.split()) <= 8:
        return _name(block.text)
    return None


def _name(html: str) -> str:
    text = " ".join(unescape(_STRIP.sub("", html)).split()).strip().rstrip(":").strip()
    return re.sub(r"^[^\w(]+", "", text).strip()  # '⚠️ Limitations' -> 'Limitations'


def _labelled(block: Block) -> bool:
    if block.kind is BlockKind.html:
        return bool(_LEAD_LABEL.match(block.text))
    return block.kind is BlockKind.text and bool(_PLAIN_LABEL.match(block.text))


def split(blocks: list[Block]) -> Split | None:
    """Where the answer's lead ends (see the module doc); None when nothing would be folded."""
    parts = pieces(blocks)
    lead = _named_lead(parts) or _first_lead(parts)
    if not lead or len(lead) == len(parts):
        return None
    chosen = set(lead)
    shown = [parts[i] for i in lead]
    rest = [p for i, p in enumerate(parts) if i not in chosen]
    names = list(dict.fromkeys(n for n in (heading(p) for p in rest) if n))
    return Split(shown, rest, names)


def _named_lead(parts: list[Block]) -> list[int]:
    """The section under a "Short answer" sub-heading, or a "Short answer: …" paragraph."""
    for i, part in enumerate(parts):
        if _labelled(part):
            return [i]
        name = heading(part)
        if name is not None and _LEAD_NAME.match(name):
            section = [i]
            for j in range(i + 1, len(parts)):
                if heading(parts[j]) is not None:
                    break
                section.append(j)
            if len(section) > 1 and reading_length([parts[j] for j in section]) <= 2 * LEAD_WORDS:
                return section
    return []


def _first_lead(parts: list[Block]) -> list[int]:
    """The first blocks up to :data:`LEAD_WORDS` words, at least one block of text; it stops at a
    sub-heading after a quarter of that (not after a one-line "Difficulty: … | Tags: …" preamble), and a last line that introduces what follows ("…:") goes with it."""
    lead: list[int] = []
    words = 0
    has_text = False
    for i, part in enumerate(parts):
        is_heading = heading(part) is not None
        size = reading_length([part])
        # after a one-line first paragraph (a question's tail, a "Difficulty: …" line) the next block
        # may run to twice the lead's size, so the lead says something
        room = 2 * LEAD_WORDS if words < LEAD_WORDS // 4 else LEAD_WORDS
        if has_text and ((is_heading and words >= LEAD_WORDS // 4) or words + size > room):
            break
        lead.append(i)
        words += size
        has_text = has_text or not is_heading
    while len(lead) > 1 and _introduces(parts[lead[-1]]):
        lead.pop()
    return lead


def _introduces(block: Block) -> bool:
    return heading(block) is not None or block.plain().rstrip().endswith(":")


def summary(names: list[str], rest: list[Block]) -> str:
    """The fold's one line: "More: A · B · C" from the sub-headings inside, else its length."""
    if not names:
        return f"More ({reading_length(rest)} words)"
    shown = [n if len(n) <= 40 else n[:39].rstrip() + "…" for n in names[:SUMMARY_NAMES]]
    more = " · …" if len(names) > SUMMARY_NAMES else ""
    return "More: " + " · ".join(escape(n, quote=False) for n in shown) + more


def summary_text(cut: Split) -> str:
    """The fold's summary line as plain text (for messages)."""
    return unescape(summary(cut.names, cut.rest))


def answer_html(blocks: list[Block], fold: bool) -> str:
    """The answer as card HTML: whole, or (``fold``) its lead then the rest under one ``<details>``."""
    cut = split(blocks) if fold else None
    if cut is None:
        return blocks_html(blocks)
    return (
        blocks_html(cut.lead)
        + f'<details class="{FOLD_CLASS}"><summary>{summary(cut.names, cut.rest)}</summary>{blocks_html(cut.rest)}</details>'
    )


_FOLD_OPEN = re.compile(rf'<details class="{FOLD_CLASS}"><summary>.*?</summary>', re.S)
_DETAILS_TAG = re.compile(r"<(/?)details\b[^>]*>", re.I)


def unfolded(html: str) -> str:
    """A field deckc wrote with a folded answer, read back (a deck deckc built, studied in Anki, exported or packaged
    again) as the whole answer: the fold's summary line gone, what it held in its place, so a new build folds it
    afresh (trial22 T22-33: 'More: More: …', the old summary read as the answer's text)."""
    m = _FOLD_OPEN.search(html)
    if m is None:
        return html
    depth = 1
    for tag in _DETAILS_TAG.finditer(html, m.end()):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return html[: m.start()] + unfolded(html[m.end() : tag.start()] + html[tag.end() :])
    return html[: m.start()] + html[m.end() :]


def is_folded(html: str) -> bool:
    """Whether a card field holds a folded answer (the cheat sheet then prints the lead only)."""
    return f'<details class="{FOLD_CLASS}">' in html
