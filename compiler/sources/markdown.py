"""Reader for Markdown notes written for deckc.

How it is read: the file is parsed with markdown-it-py (CommonMark plus
tables, ``$…$``/``$$…$$`` math via mdit-py-plugins and a small rule for
``\\( … \\)``/``\\[ … \\]``).  A question is a heading whose text ends with
``?`` (any level) or a paragraph that is only bold text ending with ``?``
(``**Why warm up?**``).  Its answer is every block after it up to the next
question or the next heading of the same or a higher level (a bold question
ends at any heading).  The other headings above a question form its section
path, outermost first.  A difficulty marker is a word or emoji right after
the ``?`` (or an emoji before the question): ``## What does AdamW change? ⭐️``;
it is looked up in the source's difficulty labels and removed from the
question, unknown emoji are errors, no marker means the default.  A trailing
``{#some-id}`` gives the question a stable explicit id; ids must be unique.
Fenced code becomes a code block (highlighted later); everything else is
rendered to HTML and sanitized with nh3 (a fixed allow-list; scripts,
styles, iframes, event handlers and ``javascript:`` links never survive).
Math is written out as ``\\( … \\)`` and ``\\[ … \\]``, the delimiters Anki's
MathJax understands, whichever delimiters the source used.  A question with
no answer is a warning and gives no card; text outside any question is a
warning too, except HTML comments and rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Item
from compiler.sources.base import Document, make_item
from compiler.sources.difficulty import Levels, lookup
from compiler.sources.lines import squash

ALLOWED_TAGS = frozenset(
    "p br strong em b i u code pre ul ol li table thead tbody tr th td blockquote sub sup span div a hr h3 h4 h5 h6 img".split()  # noqa: SIM905
)
# "*": nothing, or ammonia keeps its default generic attributes (title, lang).
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {"a": {"href"}, "img": {"src", "alt"}, "*": set()}
_CONTENT_DROPPED = {"script", "style", "iframe"}
_URL_SCHEMES = {"http", "https", "mailto"}
_ID = re.compile(r"\s*\{#([A-Za-z0-9][\w.:/-]*)\}\s*$")


def sanitize(html: str) -> str:
    """The one place HTML from a Markdown source is cleaned before it reaches a card."""
    return nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        clean_content_tags=_CONTENT_DROPPED,
        url_schemes=_URL_SCHEMES,
    ).strip()


def _bracket_math(state: StateInline, silent: bool) -> bool:
    """``\\( … \\)`` and ``\\[ … \\]``: keep them whole, before CommonMark unescapes ``\\(``."""
    src, pos = state.src, state.pos
    if src[pos] != "\\" or pos + 1 >= state.posMax or src[pos + 1] not in "([":
        return False
    inline = src[pos + 1] == "("
    end = src.find("\\)" if inline else "\\]", pos + 2, state.posMax)
    if end < 0:
        return False
    if not silent:
        token = state.push("math_inline" if inline else "math_inline_double", "math", 0)
        token.content = src[pos + 2 : end]
        token.markup = src[pos : pos + 2]
    state.pos = end + 2
    return True


def _render_math(open_: str, close: str, wrap: str = "") -> Any:
    def render(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        content = tokens[idx].content
        if wrap:  # display block: the delimiters get their own lines' worth of content
            return f"<{wrap}>{open_}{escapeHtml(content.strip())}{close}</{wrap}>\n"
        return f"{open_}{escapeHtml(content)}{close}"

    return render


def make_parser() -> MarkdownIt:
    """CommonMark + tables + math, with raw HTML on (it is sanitized afterwards)."""
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    dollarmath_plugin(md, allow_digits=False, double_inline=True)
    md.inline.ruler.before("escape", "math_brackets", _bracket_math)
    md.add_render_rule("math_inline", _render_math("\\(", "\\)"))
    md.add_render_rule("math_inline_double", _render_math("\\[", "\\]"))
    md.add_render_rule("math_block", _render_math("\\[", "\\]", "div"))
    md.add_render_rule("math_block_label", _render_math("\\[", "\\]", "div"))
    return md


def plain_inline(children: Sequence[Token]) -> str:
    """Inline tokens as plain text, keeping math as ``\\( … \\)`` for MathJax."""
    parts: list[str] = []
    for t in children:
        if t.type in ("text", "code_inline"):
            parts.append(t.content)
        elif t.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif t.type == "math_inline":
            parts.append(f"\\({t.content}\\)")
        elif t.type == "math_inline_double":
            parts.append(f"\\[{t.content}\\]")
        elif t.type == "image":
            parts.append(t.content)
    return "".join(parts)


def _emojiish(token: str) -> bool:
    """Only symbols, variation selectors and joiners: looks like a difficulty emoji."""
    return bool(token) and all(
        unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") or c in "\u200d\ufe0f" for c in token
    )


def _visible(html: str) -> bool:
    """Sanitized HTML that still shows something (not just ``<p></p>``)."""
    return bool(re.sub(r"<[^>]*>", "", html).strip()) or "<hr" in html or "<img" in html


@dataclass
class _Question:
    text: str
    marker: str | None
    explicit_id: str | None


def split_question(text: str, source: SourceConfig) -> _Question:
    """Strip ``{#id}`` and a leading/trailing difficulty marker from a question's text."""
    text = squash(text)
    explicit_id = None
    m = _ID.search(text)
    if m:
        explicit_id = m.group(1)
        text = text[: m.start()].rstrip()
    marker = None
    first, _, rest = text.partition(" ")
    if rest and _emojiish(first):
        marker, text = first, rest.strip()
    if "?" in text:
        head, tail = text.rsplit("?", 1)
        tail = tail.strip()
        word = tail.strip("()[]")
        # One word or emoji after the '?' is a difficulty marker; an unknown one is
        # reported by the difficulty resolver rather than silently turning the heading into a section.
        if tail and " " not in tail and (_emojiish(tail) or word.isalpha() or lookup(source.difficulty, word)):
            marker, text = word, head.rstrip() + "?"
    return _Question(text, marker, explicit_id)


@dataclass
class _Block:
    tokens: list[Token]
    start: int  # 0-based first line
    end: int  # 0-based line after the block

    @property
    def type(self) -> str:
        return self.tokens[0].type

    @property
    def level(self) -> int:
        return int(self.tokens[0].tag[1:]) if self.type == "heading_open" else 0


@dataclass
class _Open:
    """A question whose answer is being collected."""

    q: _Question
    block: _Block
    level: int  # heading level, or 7 for a bold paragraph (ended by any heading)
    section: list[str]
    number: int
    answer: list[_Block] = field(default_factory=list)


def _top_blocks(tokens: list[Token]) -> list[_Block]:
    """Group the token stream into top-level blocks with their line ranges."""
    blocks: list[_Block] = []
    i = 0
    while i < len(tokens):
        j, depth = i, 0
        while True:
            depth += tokens[j].nesting
            if depth <= 0:
                break
            j += 1
        first = tokens[i]
        start, end = first.map if first.map else (0, 0)
        blocks.append(_Block(tokens[i : j + 1], start, end))
        i = j + 1
    return blocks


class MarkdownReader:
    """Reads Markdown: ``?`` headings and bold ``?`` paragraphs are questions."""

    layout = "markdown"

    def __init__(self) -> None:
        self._md = make_parser()

    def detect(self, doc: Document) -> float:
        """``.md`` files, or text with several ATX headings, fences and bold runs."""
        if doc.rel.lower().endswith((".md", ".markdown")):
            return 0.95
        lines = doc.lines
        headings = sum(1 for s in lines if re.match(r"^#{1,6}\s+\S", s))
        fences = sum(1 for s in lines if re.match(r"^\s*(```|~~~)", s))
        bold = len(re.findall(r"\*\*[^*\n]+\*\*", doc.text))
        score = 0.0
        if headings >= 3:
            score += 0.4
        if fences >= 2:
            score += 0.25
        if bold >= 2:
            score += 0.15
        return score

    def _question(self, block: _Block, source: SourceConfig) -> tuple[_Question, int] | None:
        """``(question, level)`` if the block is a ``?`` heading or a bold ``?`` paragraph."""
        if block.type == "heading_open":
            q = split_question(plain_inline(block.tokens[1].children or []), source)
            return (q, block.level) if q.text.endswith("?") else None
        if block.type != "paragraph_open":
            return None
        children = [
            t for t in block.tokens[1].children or [] if not (t.type == "text" and not t.content.strip())
        ]
        if not children or children[0].type != "strong_open":
            return None
        depth, close = 0, -1
        for k, t in enumerate(children):
            depth += t.nesting if t.type in ("strong_open", "strong_close") else 0
            if depth == 0:
                close = k
                break
        inner = plain_inline(children[1:close])
        tail = children[close + 1 :]
        if any(t.type not in ("text", "softbreak") for t in tail):
            return None
        tail_text = plain_inline(tail).strip()
        if tail_text:
            stripped = split_question("x? " + tail_text, source)
            if stripped.text != "x?":
                return None  # bold lead-in followed by prose, not a question
        q = split_question(f"{inner} {tail_text}", source)
        return (q, 7) if q.text.endswith("?") else None

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        """Walk top-level blocks, tracking the heading path and the open question."""
        env: dict[str, Any] = {}
        blocks = _top_blocks(self._md.parse(doc.text, env))
        stack: list[tuple[int, str]] = []  # (level, heading text) of section headings
        items: list[Item] = []
        seen_ids: dict[str, int] = {}
        levels = Levels(source, doc, diag)
        current: _Open | None = None
        count = 0

        def close() -> None:
            nonlocal current
            if current is not None:
                item = self._item(doc, source, diag, current, env, seen_ids, levels)
                if item is not None:
                    items.append(item)
            current = None

        for block in blocks:
            found = self._question(block, source)
            if found:
                q, level = found
                close()
                if block.type == "heading_open":
                    stack = [s for s in stack if s[0] < level]
                count += 1
                current = _Open(q, block, level, [t for _, t in stack], count)
            elif block.type == "heading_open":
                if current is not None and block.level > current.level:
                    current.answer.append(block)
                    continue
                close()
                stack = [s for s in stack if s[0] < block.level]
                stack.append(
                    (block.level, _ID.sub("", squash(plain_inline(block.tokens[1].children or []))).strip())
                )
            elif current is not None:
                current.answer.append(block)
            elif not self._boilerplate(block):
                diag.warning(
                    doc.rel,
                    block.start + 1,
                    "text outside any question is not in any card",
                    "put it under a question ('## …?' or '**…?**') or remove it",
                )
        close()
        return items

    @staticmethod
    def _boilerplate(block: _Block) -> bool:
        """HTML comments and horizontal rules carry nothing to learn."""
        if block.type == "hr":
            return True
        return block.type == "html_block" and bool(
            re.fullmatch(r"\s*(<!--.*?-->\s*)+", block.tokens[0].content, re.S)
        )

    def _answer(
        self, blocks: list[_Block], env: dict[str, Any], doc: Document, diag: Diagnostics
    ) -> list[Block]:
        out: list[Block] = []
        for b in blocks:
            t = b.tokens[0]
            if t.type in ("fence", "code_block"):
                if t.content.strip():
                    lang = t.info.strip().split()[0] if t.info.strip() else ""
                    out.append(Block(kind=BlockKind.code, text=t.content.rstrip("\n"), lang=lang))
                continue
            if self._boilerplate(b):
                continue
            html = sanitize(self._md.renderer.render(b.tokens, self._md.options, env))
            if _visible(html):
                out.append(Block(kind=BlockKind.html, text=html))
            else:
                diag.warning(
                    doc.rel,
                    b.start + 1,
                    "block is empty after HTML sanitizing",
                    "only plain formatting tags are kept; scripts and embeds are removed",
                )
        return out

    def _item(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        current: _Open,
        env: dict[str, Any],
        seen_ids: dict[str, int],
        levels: Levels,
    ) -> Item | None:
        line = current.block.start + 1
        answer = self._answer(current.answer, env, doc, diag)
        if not answer:
            diag.warning(doc.rel, line, "question has no answer", "write the answer below the question")
            return None
        q = current.q
        difficulty = levels.level(q.marker, str(current.number), line)
        explicit_id = q.explicit_id
        if explicit_id is not None:
            if explicit_id in seen_ids:
                diag.error(
                    doc.rel,
                    line,
                    f"duplicate id {explicit_id!r} (first used at line {seen_ids[explicit_id]})",
                    "give each question its own {#id}",
                )
                explicit_id = None
            else:
                seen_ids[explicit_id] = line
        end = max([current.block.end, *(b.end for b in current.answer)])
        original = "\n".join(doc.lines[current.block.start : end]).rstrip()
        return make_item(
            doc,
            source,
            diag,
            line,
            number=str(current.number),
            question=q.text,
            answer=answer,
            section=current.section,
            difficulty=difficulty,
            explicit_id=explicit_id,
            original=original,
        )
