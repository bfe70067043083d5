"""Markdown as answer blocks: the parser, the sanitizer and the safety checks every reader shares.

The ``markdown`` reader and the ``pattern`` reader (with ``format =
"markdown"``) both turn Markdown into :class:`~compiler.model.Block` objects
here: fenced code becomes a code block, everything else is rendered to HTML
and cleaned by :func:`sanitize` against a fixed allow-list (nh3).  Blocks that
show nothing (``<br/>`` lines, empty ``<p>``) are dropped silently; text that
only the sanitizer removed (a ``<script>``) is a warning.

Before parsing, :func:`check_text` refuses what markdown-it would lose without
a word: lists and blockquotes nested deeper than the parser's nesting limit
(markdown-it stops reading there and drops the rest of the file).  After
parsing, :func:`check_fences` reports a code fence that is never closed (it
turns the rest of the file into code).
"""

from __future__ import annotations

import html as htmllib
import itertools
import json
import re
import textwrap
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.admon import admon_plugin
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.subscript import sub_plugin
from mdit_py_plugins.superscript import superscript_plugin

from compiler.colours import COLOUR_CLASSES, colour_classes
from compiler.diagnostics import Diagnostics
from compiler.layouts import KEY_WORDS
from compiler.mathml import mathml_to_tex
from compiler.media import embedded_videos
from compiler.model import HINT_HTML, Block, BlockKind
from compiler.sources.choices import find_choices
from compiler.sources.directives import ANSWER_TITLE
from compiler.sources.dollars import rejoined_maths, tex_like
from compiler.sources.item_starts import aside_label, glued_cuts, item_cuts, lazy_cut, page_shapes, unbroken
from compiler.sources.lines import (
    ANSWER_WORDS,
    BEAR_HIGHLIGHT,
    CHECKBOX,
    CLOSERS,
    COLON_OPTION,
    FENCE,
    FOLLOW_UP_LABEL,
    LIST_HEADING,
    LIST_HEADINGS_MIN,
    MODULE_STATEMENT,
    QUESTION_MARKS,
    QUESTION_WORDS,
    QUIZ_TAG,
    STATEMENTS_MIN,
    answer_labelled,
    answer_line,
    asks_annotated,
    back_link,
    checked_in_passing,
    colon_option_lines,
    comment_field,
    front_matter_end,
    has_answer_label,
    has_question_label,
    html_bold_line,
    in_fence,
    inline_card,
    is_placeholder,
    opens_asking,
    spaces_one_way,
    statement_breaks,
    task_lead,
    unbold_label,
)
from compiler.sources.parts import field_label
from compiler.sources.quizdown import quizdown_ends as quizdown_ends
from compiler.sources.quizdown import (
    quizdown_fences as quizdown_fences,  # (re-exported: the readers' shared passes)
)
from compiler.sources.quizdown import quizdown_header as quizdown_header
from compiler.sources.worked_labels import worked_cut

ALLOWED_TAGS = frozenset(
    "p br strong em b i u code pre ul ol li table thead tbody tr th td blockquote sub sup span div a hr h3 h4 h5 h6 img".split()  # noqa: SIM905
    # text-level marks whose look is meaning (struck-out text, furigana, a key, a highlight) and definition lists;
    # any other element outside this list shows its text without its markup
    + "s del ins mark kbd small abbr ruby rt rp dl dt dd figure figcaption".split()  # noqa: SIM905
)
# "*": nothing, or ammonia keeps its default generic attributes (title, lang).
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href"}, "img": {"src", "alt"}, "ol": {"start"}, "li": {"value"}, "pre": {"data-lang"}, "*": set(),
}
# Removed with their content: code, and <summary> (the "Show answer" label of a <details> toggle).
_CONTENT_DROPPED = {"script", "style", "iframe", "summary", "template", "noscript"}
_URL_SCHEMES = {"http", "https", "mailto"}

MAX_NESTING = 40  # markdown-it levels: a list adds two, a blockquote one
# Inline markup markdown-it parses slowly in bulk (a paragraph of 50,000 "![" takes minutes);
# no real paragraph comes near these counts.
MAX_INLINE_MARKS = {"[": 2000, "\\": 20000, "<": 20000}
MAX_RUN_LINES = 5000  # lines without a blank one: markdown-it takes ~80 µs a line in one block
MAX_LIST_DEPTH = 12
MAX_QUOTE_DEPTH = 12
_LIST_MARKER = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_QUOTES = re.compile(r"^(?:[ \t]{0,3}>)+")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_TABLE_ROW = re.compile(r"^[ \t]{0,3}\|.*\|[ \t]*$")  # '| What is X? | Y |' (GFM table rows start and end with '|' here)
_KEY_HEADING = re.compile(rf"^(?i:{KEY_WORDS})\s*:?\s*$")
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(\S.*)$")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>]*>")


# What the sanitizer removes on purpose, counted so a source hears of it: scripts, styles, frames and
# embeds, event handlers ('onerror=') and script URLs ('javascript:').
_ACTIVE = re.compile(
    r"<(?:script|style|iframe|frame|frameset|object|embed|applet|form|link|meta|base|svg)\b"
    r"|<[a-z][^<>]*?\son[a-z]+\s*="  # an event handler, inside a tag ('the online = …' in prose is none)
    r"|<[a-z][^<>]*?\b(?:href|src|action|xlink:href)\s*=\s*[\"']?\s*(?:javascript|vbscript|data:text/html)\s*:",
    re.I,
)


def active_content(html: str) -> int:
    """How many pieces of active content (scripts, styles, embeds, event handlers, script URLs) ``html``
    holds: :func:`sanitize` removes them all."""
    if "<" not in html:
        return 0
    # (a video becomes a link: no warning; an icon drawn for decoration, '<svg aria-hidden="true" class="octicon …">'
    # as GitHub pages copied into a card hold them, is dropped unsaid: trial21 T21-12)
    return len(_ACTIVE.findall(embedded_videos(html))) - len(_DECORATION.findall(html))


_DECORATION = re.compile(r"<svg\b[^>]*\baria-hidden\s*=\s*[\"']?true", re.I)


def report_active(html: str, file: str, line: int | None, diag: Diagnostics) -> None:
    """One warning (grouped per file, with a count) when the sanitizer removes active content from ``html``."""
    n = active_content(html)
    if n:
        diag.warning(
            file,
            line,
            "active content removed (a script, style, embed, svg drawing, event handler or javascript: link: "
            f"{n} here); the text around it is kept",
            "nothing to do if it came with a copied page; a card runs no code from its sources",
            group="active-content",
        )


_EMPTY_CLASS = re.compile(r'<(span|blockquote) class=""')  # a source's own class, not one of the colours or 'hint': dropped whole


# A toggle's summary that only says how to open it ('Show answer', '展开', 'Click to expand', 'Solution'): a label,
# removed with the toggle; any other summary names what the toggle holds ('First-come first-served (FCFS)').
_OPEN_LABEL = re.compile(
    r"^\s*(?:(?:click|tap)(?:\s+here)?(?:\s+to)?\s+)?(?:(?:show|hide|reveal|view|see|open|toggle|expand|check)(?:\s+(?:the|me))?\s*)?"
    r"(?:answers?|solutions?|explanations?|hints?|details?|more|code|output|result|expand|spoiler|"
    r"展开|点击展开|点我展开|查看|查看答案|参考答案|答案|解答|解析|回答|答え|解説|정답|답변|펼치기|보기|해설|"
    r"ответ|решение|показать|lösung|antwort|respuesta|solución|réponse|resposta|soluzione|risposta)?"
    r"[\s:：.!…()]*$",
    re.I,
)
# a short summary naming the answer in any words ('Possibile Risposta', 'Possible answer', 'Sample solution')
_SHORT_ANSWER_LABEL = re.compile(rf"(?i)(?:^|\s)(?:answers?|solutions?|เฉลย|{ANSWER_WORDS})(?:\s|[:.!]?$)")  # ('เฉลย': Thai, the key: T15-61)
_SUMMARY_TAG = re.compile(r"<summary\b[^>]*>(?P<text>.*?)</summary>", re.S | re.I)


# a toggle's summary that only tells the reader to stop and open it ('Think, then click!', 'Click to reveal', 'Tap to
# see', 'Try it first, then expand'): course notes hide the answer to a question above it so (trial12 U52)
_REVEAL_WORDS = re.compile(r"(?i)\b(?:click|tap|reveal|expand|unfold|toggle|peek|veure|mostrar|voir|afficher|anzeigen|pokaż|zobacz)\b")  # (Catalan
# 'Veure Resposta i Justificació Detallada', trial15 T15-74)
REVEAL_WORDS_MAX = 6


_LONE_REVEAL = re.compile(r"(?i)^\W*(?:show|show\s*/\s*hide|spoiler|more|see|view|open)\W*$")  # ('show': CKAD-exercises, T13-1)


def reveal_label(text: str) -> bool:
    """A short summary that says only how to open its toggle, no question nor name ('Think, then click!', 'show')."""
    text = " ".join(text.split())
    return bool(_LONE_REVEAL.match(text)) or (bool(_REVEAL_WORDS.search(text)) and len(text.split()) <= REVEAL_WORDS_MAX and not any(m in text for m in "?？؟"))


def answer_label(text: str) -> bool:
    """A title that names the answer: 'Answer', 'Show solution', or a short one in any words ('Possibile Risposta'), a
    short Japanese, Chinese or Korean one too ('▶ クリックして答えと解説を見る（ここを開く）', '正解を表示', '解答・解説':
    trial16 T16-29, the check question was lost)."""
    if _ANSWER_TITLE.match(text) or (_SHORT_ANSWER_LABEL.search(text) and len(text.split()) <= 4):
        return True
    bare = _CJK_ASIDE.sub("", text).strip()
    return bool(_CJK_ANSWER_TITLE.search(bare)) and len(bare) <= CJK_TITLE_MAX and not any(m in text for m in "?？")


_CJK_ANSWER_TITLE = re.compile(r"答え|解答|正解|正答|答案|解説|解析|解释|解釋|정답|해설|답안|모범\s*답")
_CJK_ASIDE = re.compile(r"[（(][^（）()]{0,20}[)）]|[^\w\s]")  # '（ここを開く）', '▶': no part of the title's words
CJK_TITLE_MAX = 24  # characters of a CJK summary that only names the answer (longer: it asks or says something)


_MD_STRONG = re.compile(r"(\*\*|__)(?P<t>(?:(?!\1).)+?)\1")  # '**Respuesta**' written inside an HTML element


def _named_summaries(html: str) -> str:
    """A ``<details>`` toggle inside an answer keeps its summary as a bold lead-in when it names something (learner2
    M3: the names FCFS, SJF, Round robin vanished, leaving three descriptions of nothing); a label is dropped."""

    def keep(m: re.Match[str]) -> str:
        text = " ".join(htmllib.unescape(_TAG.sub("", _MD_STRONG.sub(r"\g<t>", m.group("text")))).split())
        # ('📖 **Respuesta y Explicación**': Markdown's bold marks inside the HTML summary, no part of its words: T15-63)
        label = not text or _OPEN_LABEL.match(text) or answer_label(text) or reveal_label(text)
        shown = _MD_STRONG.sub(r"\g<t>", m.group("text")).strip()
        return "" if label else f"<p><strong>{shown}</strong></p>"

    return _SUMMARY_TAG.sub(keep, html) if "<summary" in html.lower() else html


def sanitize(html: str) -> str:
    """The one place HTML from a Markdown source is cleaned before it reaches a card.

    MathML becomes TeX first (:mod:`compiler.mathml`): the allow-list keeps none of it, and its text
    would go with it."""
    cleaned = nh3.clean(
        # colour as emphasis ('<font color="red">'): a class of a few (L41); an embedded video: a link to it (L20);
        # a toggle's summary that names something: a bold lead-in (M3)
        colour_classes(mathml_to_tex(embedded_videos(_named_summaries(html)))),
        tags=set(ALLOWED_TAGS),
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes={"span": set(COLOUR_CLASSES), "blockquote": {"hint"}},  # (a hint box: T29-6)
        clean_content_tags=_CONTENT_DROPPED,
        url_schemes=_URL_SCHEMES,
    ).strip()
    return _EMPTY_CLASS.sub(r"<\1", cleaned) if 'class=""' in cleaned else cleaned


# a Markdown link or an address between '\[' and '\]': the brackets are Markdown's escapes around a link
# ('## [Basics 1](…) \[[test](…/test)\]', a Duolingo course list), which no formula holds
_LINK_INSIDE = re.compile(r"\]\(\s*[^)\s]+\)|https?://|www\.")


def _bracket_math(state: StateInline, silent: bool) -> bool:
    """``\\( … \\)`` and ``\\[ … \\]``: keep them whole, before CommonMark unescapes ``\\(``.

    A closing delimiter looked for once and not found is remembered per inline
    text, so a paragraph of many unclosed ``\\(`` stays linear.
    """
    src, pos = state.src, state.pos
    # (a doubled backslash, '\\[ … \\]' and '\\( … \\)', as writers do who know Markdown eats one: StackEdit,
    # kramdown, course pages; its formula was read as Markdown, 'e^{-x^2}' a superscript: trial29 T29-26)
    doubled = src.startswith("\\\\", pos) and pos + 2 < state.posMax and src[pos + 2] in "(["
    if not doubled and (src[pos] != "\\" or pos + 1 >= state.posMax or src[pos + 1] not in "(["):
        return False
    mark = 2 if doubled else 1
    inline = src[pos + mark] == "("
    close = "\\" * mark + (")" if inline else "]")
    missing = state.env.setdefault("_deckc_no_close", {})
    if pos >= missing.get((id(src), close), len(src) + 1):
        return False
    end = src.find(close, pos + mark + 1, state.posMax)
    if end < 0:
        if state.posMax == len(src):
            missing[(id(src), close)] = pos
        return False
    if _LINK_INSIDE.search(src, pos + mark + 1, end):  # Markdown's escaped brackets around a link: text (trial43 T43-6)
        return False
    if not silent:
        token = state.push("math_inline" if inline else "math_inline_double", "math", 0)
        token.content = src[pos + mark + 1 : end]
        token.markup = src[pos : pos + mark + 1]
    state.pos = end + len(close)
    return True


def _render_math(open_: str, close: str, wrap: str = "") -> Any:
    def render(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
        content = tokens[idx].content
        if wrap:  # display block: the delimiters get their own lines' worth of content
            return f"<{wrap}>{open_}{escapeHtml(content.strip())}{close}</{wrap}>\n"
        return f"{open_}{escapeHtml(content)}{close}"

    return render


# An admonition titled as the answer ('??? question "Show Answer"', '!!! success "Answer"', 'Solution', 'Réponse'):
# the title is a label, as a <details> toggle's 'Show Answer' summary is (sources/directives.ANSWER_TITLE)
_ANSWER_TITLE = ANSWER_TITLE


def _answer_admonitions(state: Any) -> None:
    """Core rule: an admonition titled as the answer shows its content alone (no quote, no title)."""
    tokens = state.tokens
    i = 0
    while i < len(tokens):
        token = tokens[i]
        title = tokens[i + 2] if i + 3 < len(tokens) and tokens[i + 1].type == "admonition_title_open" else None
        if token.type == "admonition_open" and title is not None and _ANSWER_TITLE.match(title.content):
            depth = 0
            for close in tokens[i:]:
                depth += {"admonition_open": 1, "admonition_close": -1}.get(close.type, 0)
                if depth == 0:
                    close.meta = {**close.meta, "bare": True}
                    break
            token.meta = {**token.meta, "bare": True}
            del tokens[i + 1 : i + 4]  # the title's open, text and close
        i += 1


def _callout_boxes(state: Any) -> None:
    """Core rule: an Obsidian callout or GitHub alert (``> [!answer]-`` / ``> text``) in Markdown a reader renders
    without having rewritten it (an answer under ``1. …?`` or ``### Question 1`` read by a numbered or pattern layout:
    round 4 of the metamorphic checks, the back showed ``[!answer]-``) is the admonition it stands for, as
    :func:`callouts` makes it for the Markdown reader: an answer box shows its text alone, never the raw marker."""
    if "[!" in state.src:
        state.src = _callouts(state.src)


def _empty_numbers(state: Any) -> None:
    """Core rule: an ordered list of one empty entry (``404.`` alone on its line) is the number its author
    wrote, a paragraph, at any depth (inside an admonition or a quote too; learner L35, trial8 H8)."""
    tokens = state.tokens
    i = 0
    while i + 3 < len(tokens):
        kinds = [t.type for t in tokens[i : i + 4]]
        if kinds == ["ordered_list_open", "list_item_open", "list_item_close", "ordered_list_close"]:
            first = tokens[i]
            number = f"{first.attrGet('start') or 1}{tokens[i + 1].markup or '.'}"
            para = Token("paragraph_open", "p", 1, map=first.map, level=first.level, block=True)
            inline = Token("inline", "", 0, map=first.map, level=first.level + 1, content=number, block=True, children=[])
            close = Token("paragraph_close", "p", -1, level=first.level, block=True)
            tokens[i : i + 4] = [para, inline, close]
        i += 1


_CLOSING_TAG_LINE = re.compile(r"^\s*</[A-Za-z][\w-]*\s*>\s*$")
_RULE_TEXT_LINE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")


def _rules_after_html(state: Any) -> None:
    """A rule written right under a closing tag (``</details>`` / ``---``, no blank line between) is the rule its author
    drew, not text of the HTML block CommonMark makes of both (sitting 57: an R course's exercises each ended with a
    line ``---`` on the back): the block ends at the tag, a rule token after it."""
    tokens = state.tokens
    for k in reversed(range(len(tokens))):
        token = tokens[k]
        if token.type != "html_block" or not token.map:
            continue
        lines = token.content.rstrip("\n").split("\n")
        n = len(lines)
        while n > 1 and _RULE_TEXT_LINE.match(lines[n - 1]):
            n -= 1
        if n == len(lines) or not _CLOSING_TAG_LINE.match(lines[n - 1]):
            continue
        start = token.map[0]
        token.content = "\n".join(lines[:n]) + "\n"
        token.map = [start, start + n]
        rules = []
        for j in range(n, len(lines)):
            rule = Token("hr", "hr", 0, map=[start + j, start + j + 1], markup=lines[j].strip(), block=True, level=token.level)
            rules.append(rule)
        tokens[k + 1 : k + 1] = rules


def _empty_headings(state: Any) -> None:
    """Core rule: a heading with no text (``#####`` alone on its line, put between the parts of a long answer as a
    spacer) is no heading: it named no topic, and as one it cut the answer into cards fronted 'Question ›' with
    nothing after the '›' and told the rest apart as 'the same question' (trial43 T43-7)."""
    tokens = state.tokens
    i = 0
    while i + 2 < len(tokens):
        if tokens[i].type == "heading_open" and tokens[i + 1].type == "inline" and not tokens[i + 1].content.strip() \
                and tokens[i + 2].type == "heading_close":
            del tokens[i : i + 3]
            continue
        i += 1


def _item_numbers(state: Any) -> None:
    """Core rule: an ordered list whose numbers do not count up from its first (``4. u`` / ``1. l`` / ``2. p``, an
    ordering exercise, or steps numbered as a key gives them) keeps each item's number as written (``<li value>``):
    HTML would count 4, 5, 6 from the first, and the numbers that are the answer would be lost (T31-21). Every item
    numbered alike (``1.`` ``1.`` ``1.``) is Markdown's lazy numbering, counted as HTML does."""
    tokens = state.tokens
    for n, token in enumerate(tokens):
        if token.type != "ordered_list_open":
            continue
        items, depth = [], 0
        for t in tokens[n + 1 :]:
            depth += t.nesting if t.type.endswith(("_list_open", "_list_close")) else 0
            if depth < 0:
                break
            if depth == 0 and t.type == "list_item_open":
                items.append(t)
        numbers = [t.info for t in items]
        if not all(x.isdecimal() for x in numbers):
            continue
        values = [int(x) for x in numbers]
        # ('1.' before every item is Markdown's lazy numbering: 1, 2, 3 is meant)
        if len(set(values)) > 1 and values != list(range(values[0], values[0] + len(values))):
            for t in items:
                t.attrSet("value", str(int(t.info)))


# '==' opens a highlight before a word and closes one after it, never inside a run of '=' ('===', '!==', '<=='),
# nor when it is the quoted operator itself ('"==" and "==="', '(==)', '“==”': trial10 P19), nor when it compares
# two ASCII words or numbers written without spaces ('a==b and b==c', '0==false': trial14 T14-22, the '==' deleted);
# a Chinese or Japanese highlight glued to its sentence ('这是==重点==内容') is one
_MARKED = re.compile(r"(?<![=!<>A-Za-z0-9_])==(?=[^\s=\"'”’)\]}>])(.+?)(?<=[^\s=\"'“‘(\[{<])==(?![=A-Za-z0-9_])")


def _marks(state: Any) -> None:
    """Core rule: ``==highlighted==`` (Obsidian, Typora, MkDocs 'mark', Logseq) is ``<mark>`` on the card, not
    text with its '==' (learner L20); within one run of text, never in code."""
    for token in state.tokens:
        if token.type != "inline" or not token.children or "==" not in token.content:
            continue
        _wrapped_marks(token.children)
        out: list[Token] = []
        for child in token.children:
            if child.type != "text" or "==" not in child.content:
                out.append(child)
                continue
            at = 0
            for m in _MARKED.finditer(child.content):
                if m.start() > at:
                    out.append(_text(child.content[at : m.start()], child))
                out += [_html("<mark>", child), _text(m.group(1), child), _html("</mark>", child)]
                at = m.end()
            if at == 0:
                out.append(child)
            elif at < len(child.content):
                out.append(_text(child.content[at:], child))
        token.children = out


_MARK_OPEN = re.compile(r"(?:^|(?<=[^=!<>A-Za-z0-9_]))==$")  # '… cláusula ==' right before a code span or bold
_MARK_CLOSE = re.compile(r"^==(?![=A-Za-z0-9_])")  # '==: …' right after it


def _wrapped_marks(children: list[Token]) -> None:
    """``==`WHERE`==`` / ``==**GROUP BY**==``: a highlight around a code span or emphasis, its '==' in the text on
    either side of it, is ``<mark>`` too, never printed (trial14 T14-39); changes ``children`` in place."""
    k = 0
    while k + 2 < len(children):
        opening = children[k]
        if opening.type != "text" or not _MARK_OPEN.search(opening.content):
            k += 1
            continue
        end = k + 1
        if children[end].type in ("strong_open", "em_open"):
            close = children[end].type.replace("_open", "_close")
            end = next((j for j in range(end + 1, len(children)) if children[j].type == close), len(children))
        elif children[end].type != "code_inline":
            k += 1
            continue
        after = children[end + 1] if end + 1 < len(children) else None
        if after is None or after.type != "text" or not _MARK_CLOSE.match(after.content):
            k += 1
            continue
        opening.content = opening.content[:-2]
        after.content = after.content[2:]
        children.insert(end + 1, _html("</mark>", after))
        children.insert(k + 1, _html("<mark>", opening))
        k = end + 3


def _text(content: str, like: Token) -> Token:
    return Token("text", "", 0, content=content, level=like.level)


def _html(content: str, like: Token) -> Token:
    return Token("html_inline", "", 0, content=content, level=like.level)


_SCRIPT_OPENERS = "_^{\\"  # what follows a dollar that opens maths right after a number


def _digit_safe(rule: Any) -> Any:
    """The inline ``$…$`` rule, right for a text that opens with ``$``: the plugin checks for a digit before the
    opening ``$`` as ``src[pos - 1]``, which at position 0 is the text's LAST character, so ``$\\mu$ must equal 1``
    (an option, a cell) stayed raw while ``$\\mu$ can be any value`` was maths. A ``$`` glued to a number and opening
    a sub- or superscript (``17.5$_{10}$``, ``1.1x2${^4}$``, trial13 T13-4) opens maths too: a price's dollar is never
    followed by ``_``, ``^``, ``{`` or a backslash, and the refused opener left the next ``$`` to pair with the wrong
    one (``17.5$ {10}\\( --> 10001.1\\)``)."""

    def safe(state: StateInline, silent: bool) -> bool:
        src, pos = state.src, state.pos
        if pos != 0 and src[pos - 1].isdigit() and src[pos + 1 : pos + 2] and src[pos + 1] in _SCRIPT_OPENERS:
            state.src = f"{src[: pos - 1]} {src[pos:]}"  # (the same length: the formula is read from the real text)
        elif pos != 0 or not src[-1:].isdigit():
            return bool(rule(state, silent))
        else:
            state.src = src + " "  # what comes before position 0 is nothing, not the last digit
        try:
            return bool(rule(state, silent))
        finally:
            state.src = src

    return safe


# what follows a dollar that names a shell or file-system variable, never maths: '$HOME', '$PATH', NTFS's
# '$STANDARD_INFORMATION' (two capitals at least, no lower case), or a shell's special parameters '$?', '$$', '$#'
_SHELL_NAME = re.compile(r"(?:(?=[A-Z0-9_]*[A-Z][A-Z0-9_]*[A-Z])[A-Z][A-Z0-9_]+(?![\w])|[?$#@!])")
_TEX_SIGNS = re.compile(r"[\\^{}]")


def _shell_safe(rule: Any) -> Any:
    """The inline ``$…$`` rule, never over a shell's dollars (trial17 T17-4): ``$ cc pgm1.c`` / ``$ a.out`` (two
    prompts) and ``$HOME is /home/ann and $PATH …``, ``$? … $$`` were set as formulas and the words vanished. A
    formula is refused when its opening dollar starts a line and a space follows it and it runs over a line break
    (a prompt), or when a shell name follows it (``$HOME``, ``$?``), it closes after a space and holds no TeX, or when it
    closes after a space, holds no TeX and runs over a line break or opens a shell's ``$(`` or ``${``."""

    def safe(state: StateInline, silent: bool) -> bool:
        start = state.pos
        if not rule(state, True):  # (silent: only where it would end)
            return False
        end, state.pos = state.pos, start
        src = state.src
        if src[start + 1 : start + 2] != "$" and end - start > 2:  # ('$$…$$' inline: display maths, as written)
            text = src[start + 1 : end - 1]
            prompt = text[0] == " " and "\n" in text and (start == 0 or src[start - 1] == "\n")
            named = _SHELL_NAME.match(text) and text[-1].isspace() and not _TEX_SIGNS.search(text)
            # (a closing dollar after a space, no TeX between, over a line break or after a shell's '$(' / '${': two
            # commands' dollars, 'docker rm $(docker ps -a -q)' … 'docker rmi $(docker images -q)' one formula over
            # three lines; pandoc never closes after a space: trial61 T61-3)
            spaced = text[-1].isspace() and not _TEX_SIGNS.search(text) and ("\n" in text or text[0] in "({")
            if prompt or named or spaced:
                return False
        return bool(rule(state, silent))

    return safe


# Markdown escapes authors put inside maths so that kramdown/Jekyll/gollum leave it alone (learner M22): '\_' for a
# subscript, '\*' for a star. TeX has no '\*' and reads '\_' as a printed underscore, which a formula
# means only in text ('\text{max\_iter}'): there it stays.
_MD_ESCAPE_IN_MATH = re.compile(r"(?<!\\)\\([_*])")  # (never the second backslash of a row break '\\')
_TEXT_GROUP = re.compile(r"\\(?:text\w*|mathrm|operatorname|texttt|mbox)\s*\{[^{}]*\}")


def unescape_math(tex: str) -> str:
    r"""``\bar{X}\_n`` -> ``\bar{X}_n``, ``T_p^\*M`` -> ``T_p^*M``; ``\text{max\_iter}`` kept."""
    if "\\_" not in tex and "\\*" not in tex:
        return tex
    out, pos = [], 0
    for m in _TEXT_GROUP.finditer(tex):
        out.append(_MD_ESCAPE_IN_MATH.sub(r"\1", tex[pos : m.start()]) + m.group(0))
        pos = m.end()
    out.append(_MD_ESCAPE_IN_MATH.sub(r"\1", tex[pos:]))
    return "".join(out)


# A LaTeX display environment written bare, as MathJax sites take it (learner M21): '\begin{align} … \end{align}'.
# It is display maths, kept verbatim (Markdown would eat its '\\' and '\,'); inside '\[ … \]' an equation is
# its body and an align its 'aligned' twin, which MathJax and the sheet take inside display delimiters.
_TEX_ENV = re.compile(r"^\\begin\{(equation|align|gather|multline|eqnarray|flalign|alignat|displaymath|math)(\*?)\}")
_INNER_ENV = {"align": "aligned", "flalign": "aligned", "eqnarray": "aligned", "gather": "gathered", "multline": "gathered",
              "alignat": "alignedat"}
_LABEL = re.compile(r"\\(?:label|nonumber|notag)(?:\{[^{}]*\})?")


def tex_environment(tex: str) -> str:
    r"""``\begin{align*} a &= b \\ c &= d \end{align*}`` -> ``\begin{aligned} a &= b \\ c &= d \end{aligned}``."""
    m = _TEX_ENV.match(tex.strip())
    if m is None:
        return tex
    name, star = m.group(1), m.group(2)
    body = tex.strip()[m.end() :]
    body = body[: body.rfind(f"\\end{{{name}{star}}}")] if f"\\end{{{name}{star}}}" in body else body
    body = _LABEL.sub("", body).strip()
    inner = _INNER_ENV.get(name)
    if inner == "alignedat":
        return f"\\begin{{alignedat}}{body}\\end{{alignedat}}"  # keeps its '{2}' column count
    return f"\\begin{{{inner}}}{body}\\end{{{inner}}}" if inner else body


def _tex_environment_block(state: Any, start: int, end: int, silent: bool) -> bool:
    r"""Block rule: a paragraph that opens with a bare ``\begin{equation}``-like environment, up to its ``\end``."""
    pos = state.bMarks[start] + state.tShift[start]
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    m = _TEX_ENV.match(state.src[pos : state.eMarks[start]])
    if m is None:
        return False
    closing = f"\\end{{{m.group(1)}{m.group(2)}}}"
    line = start
    while line < end:
        text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]
        if closing in text:
            if text.strip().endswith(closing):
                break
            return False  # text after the \end on its line: leave it to the paragraph
        if line > start and not text.strip():
            return False  # a blank line before the \end: not one formula
        line += 1
    else:
        return False
    if silent:
        return True
    token = state.push("math_block", "math", 0)
    token.block = True
    token.content = tex_environment(state.getLines(start, line + 1, state.blkIndent, False))
    token.map = [start, line + 1]
    token.markup = "\\begin"
    state.line = line + 1
    return True


# The elements of HTML: a tag of any other name in Markdown prose is text a programmer wrote ('Stream<T>',
# 'Map<String, Integer>', learner M18), shown as written instead of dropped by the sanitizer.
HTML_ELEMENTS = frozenset(
    """a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption center cite code
    col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form
    h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark math menu
    meta meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script
    section select slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot
    th thead time title tr track tt u ul var video wbr""".split()  # noqa: SIM905
) | frozenset(  # obsolete elements pages still hold, MathML (compiler.mathml turns it into TeX) and SVG
    """acronym applet basefont big blink dir frame frameset isindex listing marquee nobr noembed noframes plaintext rb
    rtc search xmp mi mo mn ms mtext mspace mrow mfrac msqrt mroot msup msub msubsup munder mover munderover mtable mtr
    mtd mlabeledtr mstyle mpadded mphantom menclose merror mmultiscripts mprescripts none semantics annotation
    annotation-xml maligngroup malignmark mglyph g path circle rect line polyline polygon ellipse text tspan defs use
    symbol marker clippath lineargradient radialgradient stop pattern mask filter foreignobject image desc""".split()  # noqa: SIM905
)
_TAG_NAME = re.compile(r"^</?([A-Za-z][A-Za-z0-9-]*)")


_BARE_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)\s*>")


def _prose_tags(state: Any) -> None:
    """Core rule: an inline 'tag' whose name is no HTML element ('<T>', '<String, Integer>') is text; so is a
    placeholder written as a tag that no closing tag follows and that has no attribute: a name with a hyphen
    (``docker logs <container-id> -f``; a custom element is closed, ``<my-card>…</my-card>``) or ``<image>`` (``docker
    tag <image> user/repo:tag``: an obsolete alias of ``<img>`` that shows no picture without its address). Both
    were dropped, the command on the card without its argument and nothing said (trial61 T61-3)."""
    for token in state.tokens:
        children = token.children or ()
        for child in children:
            if child.type == "html_inline":
                m = _TAG_NAME.match(child.content)
                if m is None:
                    continue
                name = m.group(1).lower()
                if name not in HTML_ELEMENTS and "-" not in name:
                    child.type = "text"
                elif (bare := _BARE_TAG.fullmatch(child.content.strip())) is not None and ("-" in name or name == "image"):
                    closing = f"</{bare.group(1).lower()}>"
                    if not any(c.type == "html_inline" and c.content.replace(" ", "").lower() == closing for c in children):
                        child.type = "text"


_MATH_TOKENS = frozenset(["math_inline", "math_inline_double", "math_block", "math_block_label"])


def _math_escapes(state: Any) -> None:
    """Core rule: every formula's content without the Markdown escapes written for other Markdown engines."""
    for token in state.tokens:
        if token.type in _MATH_TOKENS:
            token.content = unescape_math(token.content)
        for child in token.children or ():
            if child.type in _MATH_TOKENS:
                child.content = unescape_math(child.content)


def _blank(state: StateInline, silent: bool) -> bool:
    """A fill-in blank ``______`` (three or more underscores standing alone) is text: as emphasis markers it
    vanished, so the card asked 'The default port of HTTPS is .' (learner2 M28, M29)."""
    src, pos = state.src, state.pos
    if src[pos] != "_" or (pos > 0 and (src[pos - 1].isalnum() or src[pos - 1] == "_")):
        return False
    end = pos
    while end < state.posMax and src[end] == "_":
        end += 1
    if end - pos < 3 or (end < len(src) and src[end].isalnum()):
        return False
    if not silent:
        state.push("text", "", 0).content = src[pos:end]
    state.pos = end
    return True


def _single_tilde(rule: Any) -> Any:
    """The subscript rule, not at a '~~' run."""

    def run(state: Any, silent: bool) -> bool:
        src, pos = state.src, state.pos
        if src.startswith("~~", pos) or (pos > 0 and src[pos - 1] == "~"):
            return False
        end = src.find("~", pos + 1)
        if end != -1 and src.startswith("~~", end):
            return False
        return bool(rule(state, silent))

    return run


def make_parser() -> MarkdownIt:
    """CommonMark + tables + math + admonitions, with raw HTML on (it is sanitized afterwards)."""
    md = MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING}).enable(["table", "strikethrough"])
    dollarmath_plugin(md, allow_digits=False, double_inline=True)
    rule = next(r.fn for r in md.inline.ruler.__rules__ if r.name == "math_inline")
    md.inline.ruler.at("math_inline", _shell_safe(_digit_safe(rule)))
    md.inline.ruler.before("escape", "math_brackets", _bracket_math)
    md.inline.ruler.before("emphasis", "blank", _blank)
    md.add_render_rule("math_inline", _render_math("\\(", "\\)"))
    md.add_render_rule("math_inline_double", _render_math("\\[", "\\]"))
    md.add_render_rule("math_block", _render_math("\\[", "\\]", "div"))
    md.add_render_rule("math_block_label", _render_math("\\[", "\\]", "div"))
    # MkDocs / Python-Markdown admonitions (`!!! quote "Title"` + an indented body): a quote with its title in bold
    admon_plugin(md)
    sub_plugin(md)  # pandoc's and Typora's 'H~2~O' and '13^th^' (no spaces inside): <sub>, <sup> (trial10 P37)
    superscript_plugin(md)
    sub = next(r.fn for r in md.inline.ruler.__rules__ if r.name == "sub")
    md.inline.ruler.at("sub", _single_tilde(sub))  # ('~~struck~~' is no subscript)
    md.core.ruler.before("block", "callout_boxes", _callout_boxes)
    md.core.ruler.push("answer_admonitions", _answer_admonitions)
    md.core.ruler.after("block", "empty_headings", _empty_headings)
    md.core.ruler.after("block", "rules_after_html", _rules_after_html)
    md.core.ruler.after("empty_headings", "prose_code", _prose_code)
    md.core.ruler.after("prose_code", "empty_numbers", _empty_numbers)
    md.core.ruler.after("empty_numbers", "item_numbers", _item_numbers)
    md.core.ruler.push("marks", _marks)
    md.core.ruler.push("math_escapes", _math_escapes)
    md.core.ruler.push("prose_tags", _prose_tags)
    md.block.ruler.before("paragraph", "tex_environment", _tex_environment_block, {"alt": ["paragraph"]})
    md.add_render_rule("admonition_open", _render_admonition)
    md.add_render_rule("admonition_close", lambda self, tokens, idx, *a: "" if tokens[idx].meta.get("bare") else "</blockquote>\n")
    md.add_render_rule("admonition_title_open", lambda *a: "<p><strong>")
    md.add_render_rule("admonition_title_close", lambda *a: "</strong></p>\n")
    md.core.ruler.push("included_lines", _included_lines)
    md.add_render_rule("fence", _render_fence)
    return md


# what code holds and prose does not: a call or an index ('f(x)', 'a[0]'), an identifier's '_' or '.', an operator,
# braces, a semicolon, a tag, a backtick, a prompt or a comment opening the line
_CODE_MARK = re.compile(r"\w[(\[]|\w_\w|\w\.\w+\(|[{};<>`|\\]|[=!<>+\-*/%]=|==|->|=>|^\s*(?:\$|>>>|#|//|--)\s")
PROSE_CODE_WORDS = 0.85  # the share of a block's tokens that are words for it to be prose
PROSE_LINE_WORDS = 6  # words of its longest line
CODE_MARKED_LINES = 0.25  # the share of its lines that may show a sign of code


def _prose_code(state: Any) -> None:
    """An indented code block that is sentences (hand-written notes indent an answer under its heading or list item
    four spaces or more: trial43 T43-14, every back a dark code box of hard-wrapped prose) is a paragraph: words and
    punctuation (85 % of its words), a sign of code (:data:`_CODE_MARK`) on one line in four at most, a line of PROSE_LINE_WORDS words or more, the block ending
    a sentence. A fence is code whatever it holds."""
    tokens = state.tokens
    for k in reversed(range(len(tokens))):
        token = tokens[k]
        if token.type != "code_block" or not _prose(token.content):
            continue
        made: list[Token] = []  # (its text read as Markdown where it stands: its paragraphs and lists kept)
        state.md.block.parse(textwrap.dedent(token.content), state.md, state.env, made)
        first = token.map[0] if token.map else 0
        for t in made:
            t.level += token.level
            if t.map is not None:
                t.map = [t.map[0] + first, t.map[1] + first]
        tokens[k : k + 1] = made


def _prose(text: str) -> bool:
    """Whether an indented block's text is sentences (see :func:`_prose_code`)."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or sum(1 for line in lines if _CODE_MARK.search(line)) > CODE_MARKED_LINES * len(lines):
        return False  # (a sentence may name '__doc__' or 'braces {}': one line in four at most)
    tokens = [t for line in lines for t in line.split()]
    words = sum(1 for t in tokens if re.fullmatch(r"[(\"'‘“]?[^\W\d_][^\W_]*(?:[-'’][^\W\d_]+)*[,.;:!?)\"'’”]*", t))
    return (
        words >= PROSE_CODE_WORDS * len(tokens)
        and max(len(line.split()) for line in lines) >= PROSE_LINE_WORDS
        and lines[-1].rstrip(CLOSERS)[-1:] in ".!?。"
    )


def _render_admonition(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    """A box as a quote; a hint's marked as one (``> [!hint]- Hint``: trial29 T29-6), so a hint never tells two questions apart."""
    if tokens[idx].meta.get("bare"):
        return ""
    return HINT_HTML + "\n" if str(tokens[idx].meta.get("tag", "")).lower() == "hint" else "<blockquote>\n"


def _render_fence(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    """A fence inside a list item or an admonition keeps its language (``<pre data-lang>``): the card highlights
    it as a top-level fence (:func:`compiler.render.block_html`), the sheet names it (learner L6)."""
    info = tokens[idx].info.strip()
    lang = f' data-lang="{escapeHtml(info.split()[0])}"' if info else ""
    return f"<pre{lang}><code>{escapeHtml(tokens[idx].content)}</code></pre>\n"


def _included_lines(state: Any) -> None:
    """Code an mdBook include brought in on one line (sources/shortcodes.py) has its line breaks back; a Rust block
    shows the lines rustdoc and mdBook show (:func:`rust_shown`)."""
    for token in state.tokens:
        if token.type in ("fence", "code_block") and INCLUDED_BREAK in token.content:
            token.content = token.content.replace(INCLUDED_BREAK, "\n")
        if token.type == "fence" and "#" in token.content and _RUST_INFO.match(token.info):
            token.content = rust_shown(token.content)


_RUST_INFO = re.compile(r"^\s*rust(?:[\s,]|$)", re.I)  # '```rust', '```rust,editable,compile_fail'
_RUST_HIDDEN = re.compile(r"^[ \t]*#(?:[ \t]|$)")  # '# fn main() {', '#' alone; never '#[derive]', '#![allow]'
_RUST_ESCAPED = re.compile(r"^([ \t]*)##")


def rust_shown(code: str) -> str:
    """A Rust code block as rustdoc and mdBook show it (trial56 T56-3): a line that is '#' alone or starts '# ' is
    hidden (the book's licence header, a 'fn main() {' wrapper), '##' at a line's start shows as '#'; attributes
    ('#[derive(Debug)]', '#![allow(…)]') are code and stay. The same block when nothing is hidden."""
    lines = code.split("\n")
    shown = [_RUST_ESCAPED.sub(r"\1#", line) for line in lines if not _RUST_HIDDEN.match(line)]
    if len(shown) == len(lines) and not any(_RUST_ESCAPED.match(line) for line in lines):
        return code
    return "\n".join(shown)


INCLUDED_BREAK = "\ue000"  # (shortcodes.LINE_BREAK: one line of the page holding an included file's lines)
_BR = re.compile(r"<br\s*/?>", re.I)


_FORMATTING = frozenset("a abbr b br code em font i img kbd mark rp rt ruby s small span strong sub sup u".split())  # noqa: SIM905


def _named_element(tag: str, children: Sequence[Token]) -> bool:
    """A lone element tag in a question ('<div>', '<meta>'), with no attributes and no closing tag beside it: the
    question names the element, it does not mark text up."""
    m = re.fullmatch(r"<([A-Za-z][A-Za-z0-9-]*)\s*/?>", tag)
    if m is None or m.group(1).lower() in _FORMATTING:
        return False
    closing = f"</{m.group(1).lower()}>"
    return not any(c.type == "html_inline" and c.content.replace(" ", "").lower() == closing for c in children)


_SCRIPT_TAG = re.compile(r"^<(?P<close>/)?(?P<name>ruby|rb|rt|rp|sup|sub)\s*>$", re.I)
_SUPERSCRIPT = dict(zip("0123456789+-=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ", strict=True))
_SUBSCRIPT = dict(zip("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎", strict=True))


def _script(text: str, sup: bool) -> str:
    """A superscript or subscript as plain text: 'n²', 'H₂O' when every character has one, else 'x^(n+1)'."""
    table = _SUPERSCRIPT if sup else _SUBSCRIPT
    if text and all(c in table for c in text):
        return "".join(table[c] for c in text)
    if not text:
        return ""
    return ("^" if sup else "_") + (text if len(text) == 1 else f"({text})")


_SENTENCE_END = ("?", "？", "؟", ".", "!", "。", "！")
REFERENCE_LINK_WORDS = 6  # a link after a sentence's end cites where it came from: '[src]', '[Answer]', '[Wikipedia]'


def without_reference_links(children: Sequence[Token]) -> Sequence[Token]:
    """``children`` less the links that close them after the sentence has ended, ``What is X? [src](url)``,
    ``… image.[src1](a) [src2](b)``: a citation of where the question came from, never part of it (its words were
    the front's last word and read as a difficulty level, 'src'; MLQuestions). The text before them must end a
    sentence, so ``Explain [CAP](url)`` keeps its link's words."""
    end, cut = len(children), None
    while end:
        t = children[end - 1]
        if t.type == "text" and not t.content.strip(" \t[](),;"):
            end -= 1
        elif t.type == "link_close":
            opened = next((k for k in range(end - 2, -1, -1) if children[k].type == "link_open"), None)
            inner = children[opened + 1 : end - 1] if opened is not None else []
            if opened is None or any(c.type not in ("text", "code_inline", "em_open", "em_close", "strong_open", "strong_close") for c in inner):
                break
            if len("".join(c.content for c in inner).split()) > REFERENCE_LINK_WORDS:
                break
            end = cut = opened
        else:
            break
    if cut is None or not cut:
        return children
    before = children[cut - 1]
    if before.type != "text" or not before.content.rstrip(" \t[(").endswith(_SENTENCE_END):
        return children
    return children[:cut]


def _statement_softbreaks(children: Sequence[Token]) -> set[int]:
    """The ids of the soft breaks a question keeps as line breaks: before each of its labelled statements and after
    the last (:func:`~compiler.sources.lines.statement_breaks`); none in most questions."""
    breaks = [k for k, t in enumerate(children) if t.type == "softbreak"]
    if len(breaks) + 1 < STATEMENTS_MIN:
        return set()
    starts = [0, *(k + 1 for k in breaks)]
    lines = [children[k].content if k < len(children) and children[k].type == "text" else "" for k in starts]
    return {id(children[breaks[n - 1]]) for n in statement_breaks(lines)}


def plain_inline(children: Sequence[Token], code: bool = False) -> str:
    """Inline tokens as plain text, keeping math as ``\\( … \\)`` for MathJax; with ``code`` (a
    question), inline code between backticks as written ('What is `GIL`'), so the card shows it as code. Links
    closing the text after its sentence has ended are left out (:func:`without_reference_links`)."""
    children = without_reference_links(children)
    kept = _statement_softbreaks(children) if code else set()
    parts: list[str] = []
    hidden = False  # inside '<rp>': the fallback brackets of a ruby, written here by '<rt>' itself
    scripts: list[tuple[str, int]] = []  # open '<sup>' / '<sub>' and where their text starts in parts
    for t in children:
        mark = _SCRIPT_TAG.match(t.content.strip()) if t.type == "html_inline" else None
        if mark:  # (trial9 T7: '「<ruby><rb>何</rb><rt>なに</rt></ruby>時間」' was '「何なに時間」')
            name, close = mark.group("name").lower(), bool(mark.group("close"))
            if name == "rp":
                hidden = not close
            elif name == "rt":
                parts.append(")" if close else "(")  # '何(なに)': the reading in brackets, as <rp> shows it
            elif name in ("sup", "sub") and not close:
                scripts.append((name, len(parts)))
            elif name in ("sup", "sub") and scripts and scripts[-1][0] == name:
                at = scripts.pop()[1]
                parts[at:] = [_script("".join(parts[at:]), name == "sup")]
            continue
        if hidden:
            continue
        if code and t.type == "code_inline" and "`" not in t.content and t.content.strip():
            parts.append(f"`{t.content}`")
        elif t.type in ("text", "code_inline"):
            parts.append(t.content)
        elif id(t) in kept:
            parts.append("\n")  # 'I. …' / 'II. …': a question's labelled statements keep a line each (T31-29)
        elif t.type in ("softbreak", "hardbreak") or (t.type == "html_inline" and _BR.match(t.content)):
            parts.append(" ")  # '… internet.<br/>Which …': a line break is a space, never glued words
        elif code and t.type == "html_inline" and _named_element(t.content, children):
            parts.append(t.content)  # 'What does the <div> element do?': the element the question asks about
        elif t.type == "math_inline":
            parts.append(f"\\({t.content}\\)")
        elif t.type == "math_inline_double":
            parts.append(f"\\[{t.content}\\]")
        elif t.type == "image" and not code:
            parts.append(t.content)  # in a question (``code``) a picture goes on the front: heading_images
    return "".join(parts)


def heading_images(md: MarkdownIt, children: Sequence[Token], env: dict[str, Any]) -> list[Block]:
    """The images of a question's heading (``## What is shown? ![](b.png)``) as a block for the front:
    on a picture card the image is the question, never dropped (the question's text leaves them out)."""
    images = [t for t in children if t.type == "image"]
    if not images:
        return []
    html = sanitize("<p>" + " ".join(md.renderer.renderInline([t], md.options, env) for t in images) + "</p>")
    return [Block(kind=BlockKind.html, text=html)] if "<img" in html else []


def visible(html: str) -> bool:
    """HTML that shows something (not just ``<p></p>``, ``<br/>`` or a comment)."""
    if "<hr" in html or "<img" in html:
        return True
    text = _TAG.sub("", _COMMENT.sub("", html)).replace("&nbsp;", " ").replace("&#160;", " ")
    return bool(text.strip())


_TASK = re.compile(r"^([ \t]*(?:>[ \t]*)*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[([ xX])\](?=[ \t])", re.M)


_HTML_HEADING = re.compile(r"^[ ]{0,3}<h([1-6])(?:\s[^>]*)?>(.*?)</h\1\s*>[ \t]*$", re.I | re.M)


def html_headings(text: str) -> str:
    """A line that is one HTML heading (``<h3>What is …?</h3>``, ``<h1 align="center">Title</h1>``) as
    the Markdown heading it means, so it asks, titles or sections like one (line numbers kept); a heading
    written over a few lines is joined first (:func:`joined_html_headings`)."""

    def heading(m: re.Match[str]) -> str:
        inner = " ".join(htmllib.unescape(_TAG.sub("", m.group(2))).split())
        return f"{'#' * int(m.group(1))} {inner}" if inner else m.group(0)

    if "<h" not in text and "<H" not in text:
        return text
    lines = joined_html_headings(text).split("\n")
    inside = False  # (in an HTML block a '<div …>' line opens, up to a blank line: Markdown is not read there, so a
    # heading in it stays the HTML it is, never '### Bad' printed on the card; trial48 T48-11)
    for k, line in enumerate(lines):
        if not line.strip():
            inside = False
        elif _HTML_BLOCK_OPEN.match(line):
            inside = True
        elif not inside:
            lines[k] = _HTML_HEADING.sub(heading, line)
    return "\n".join(lines)


# a line opening an HTML block Markdown leaves as HTML up to the next blank line (CommonMark's kind 6 block tags)
_HTML_BLOCK_OPEN = re.compile(r"^[ ]{0,3}</?(?:div|section|article|aside|figure|table|center|blockquote|dl|ol|ul|form|fieldset)(?:\s[^>]*)?>\s*$", re.I)


# an HTML heading opened on a line of its own, maybe with the anchor its text sits in: '<h3><a href="#gc" name="gc">'
_HTML_HEADING_OPEN = re.compile(r"^[ ]{0,3}<h([1-6])(?:\s[^>]*)?>(?:\s*<a\b[^>]*>)?\s*$", re.I)
_HTML_HEADING_CLOSE = re.compile(r"</h([1-6])\s*>[ \t]*$", re.I)
HTML_HEADING_LINES = 4  # the lines a heading's text may take between its opening and closing tags


def back_link_lines(text: str) -> str:
    """A paragraph of one line that only sends the reader to another page of the repository (``✅ Return to [Domain 1
    Overview](./README.md)``, ``⬅ Back to [index](../index.md)``, ``[返回目录](../README.md)``: :func:`back_link`) as a
    blank line, outside code fences: page furniture, as a ``[⬆ Back to top](#toc)`` line is. Why: a tick before it read
    it as a keyed answer, so the page's last section became a card whose front was the section and whose back was
    "Return to Domain 1 Overview" (trial44 T44-2: five notes of five)."""
    if "](" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines):
        alone = not (k and lines[k - 1].strip()) and not (k + 1 < len(lines) and lines[k + 1].strip())
        if alone and not fenced[k] and back_link(line):
            lines[k] = ""
    return "\n".join(lines)


# a heading that only labels what is under it as a question, or as that question's answer, of a lesson's quiz ('## Quiz
# Question' / '## Quiz Answer', '### Review question' / '### Answer'): no number, no words of the question
_LABEL_QUALIFIER = r"(?:(?:quiz|review|practice|check|self[- ]check|knowledge[- ]check|test|exam|sample|lesson)\s+)?"
_QUESTION_LABEL_HEADING = re.compile(rf"^[ ]{{0,3}}(?P<marks>#{{1,6}})\s+(?:\*\*|__)?(?i:{_LABEL_QUALIFIER}question)\s*[:：]?(?:\*\*|__)?\s*#*\s*$")
_ANSWER_LABEL_ONLY = re.compile(
    rf"^[ ]{{0,3}}(?P<marks>#{{1,6}})\s+(?:\*\*|__)?(?i:{_LABEL_QUALIFIER}(?:answer|solution))\s*[:：]?(?:\*\*|__)?\s*#*\s*$"
)
LABELLED_QUESTION_LINES = 6  # lines of the one paragraph under a question label heading that are its question


def labelled_question_headings(text: str) -> str:
    """A lesson's quiz asked under a heading that only labels it (``## Quiz Question`` / ``True or false, a subnet …`` /
    ``## Quiz Answer`` / ``True``): the question's one paragraph as a heading at its first line, the label headings and
    the paragraph's other lines left blank (line numbers hold), outside code fences, when an answer label heading of the same
    level follows with no other heading between. Why: read as two statement headings, the question and its answer were
    two cards (``Quiz Question`` → the question, ``Quiz Answer`` → ``True``), a placeholder under the label a card, and
    on a page read by its bold questions the quiz was "text outside any question" (trial54 T54-1: Linux Journey's
    lessons). The question keeps what it ends with: one that asks is a question heading, one that states (a
    true-or-false statement) is read as the page reads its other statement headings; with nothing under the answer
    label it is said to have no answer."""
    if "uestion" not in text and "UESTION" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines):
        m = _QUESTION_LABEL_HEADING.match(line)
        if m is None or fenced[k]:
            continue
        level = len(m.group("marks"))
        start = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        if start is None:
            continue
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        para = lines[start:end]
        answer = next((j for j in range(end, len(lines)) if lines[j].strip()), None)
        am = _ANSWER_LABEL_ONLY.match(lines[answer]) if answer is not None else None
        if am is None or len(am.group("marks")) != level or fenced[answer] or len(para) > LABELLED_QUESTION_LINES:  # type: ignore[index]
            continue
        if any(fenced[j] or re.match(r"^\s{0,3}(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|```|~~~|\||<)", lines[j]) for j in range(start, end)):
            continue  # (a list, a quote, code, a table or HTML under the label: not one paragraph of text)
        asked = " ".join(s.strip().rstrip("\\").strip() for s in para)
        after = next((j for j in range(answer + 1, len(lines)) if lines[j].strip()), None)  # type: ignore[operator]
        empty = after is None or bool(re.match(r"^\s{0,3}#{1,6}\s", lines[after]))
        if empty and is_placeholder(asked):  # ('No questions move along!' over an empty answer: no quiz, no text)
            for j in (k, *range(start, end), answer):
                lines[j] = ""  # type: ignore[index]
            continue
        for j in (k, *range(start, end)):
            lines[j] = ""
        lines[start] = f"{m.group('marks')} {asked}"  # (at the question's own line, where it is said)
        lines[answer] = ""  # type: ignore[index]
    return "\n".join(lines)


_LESSON_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?P<text>.+?)[ \t#]*$")


def _said_as(text: str) -> str:
    """A heading's words as compared: links, emphasis, code marks and case aside."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return " ".join(re.sub(r"[*_`]", "", text).casefold().split())


# a heading's anchor as hf-doc-builder writes it, glued or after a space at its end: '# End-of-chapter quiz[[end-of-chapter-quiz]]'
_SLUG_ANCHOR = re.compile(r"^(?P<head>\s{0,3}#{1,6}[ \t]+\S.*?)[ \t]*\[\[(?P<slug>[a-z0-9]+(?:[-_][a-z0-9]+)*)\]\][ \t]*$")


def slug_anchors(text: str) -> str:
    """The page with each heading's anchor id taken off, the id written in double brackets at the heading's end and
    spelling the heading's own words as a slug (hf-doc-builder, the Hugging Face courses and docs: '# Second Quiz
    [[quiz2]]', '## Fine-tuning a model[[fine-tuning-a-model]]'; trial55 T55-6). An Obsidian link at a heading's end
    names another note ('## Related [[python]]': its words are not the heading's) and stays; lines keep their
    numbers, fences are left alone."""
    out: list[str] = []
    fence = ""
    for line in text.split("\n"):
        opened = re.match(r"^\s{0,3}(`{3,}|~{3,})", line)
        if opened and (not fence or (opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence))):
            fence = "" if fence else opened.group(1)
        m = None if fence else _SLUG_ANCHOR.match(line)
        if m is not None:
            words = set(re.findall(r"[a-z0-9]+", m.group("head").lstrip(" #").lower()))
            slug = [re.sub(r"\d+$", "", w) or w for w in re.split(r"[-_]", m.group("slug"))]
            if all(w in words or any(h.startswith(w) for h in words) for w in slug):
                line = m.group("head")
        out.append(line)
    return "\n".join(out)


# an MDX component tag that closes itself, alone on its lines: '<FrameworkSwitchCourse {fw} />', '<CourseFloatingBanner' /
# '    chapter={2}' / '/>' (the Hugging Face courses' page furniture); one that names content is left to the readers
_MDX_TAG_OPEN = re.compile(r"^[ \t]{0,3}<(?P<name>[A-Z][\w.]*)(?=[\s/>]|$)")
_MDX_CONTENT_ATTR = re.compile(r"(?i)\b(?:question|questions|answer|answers|choices|options|text|title|content|label|caption|children|prompt|items|cards|data)\s*=")
MDX_TAG_LINES = 12  # lines at most of such a tag


def mdx_furniture(text: str) -> str:
    """An MDX page with its self-closing component tags that hold no content blanked, line numbers kept (trial55: a
    course page's '<FrameworkSwitchCourse {fw} />' and a '<CourseFloatingBanner … />' written over four lines were
    "text outside any question"; a one-line '<InDocAd/>' already showed nothing). A tag naming content ('text=',
    'title=', 'question=' …) stays for the readers that read it."""
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _MDX_TAG_OPEN.match(lines[k])
        if m is None:
            k += 1
            continue
        end = next((j for j in range(k, min(k + MDX_TAG_LINES, len(lines))) if not fenced[j] and lines[j].rstrip().endswith("/>")), None)
        tag = "\n".join(lines[k : end + 1]) if end is not None else ""
        if end is None or tag.count("<") != 1 or _MDX_CONTENT_ATTR.search(tag) or (k and lines[k - 1].strip() and not fenced[k - 1]):
            k += 1
            continue
        lines[k : end + 1] = [""] * (end + 1 - k)
        k = end + 1
    return "\n".join(lines)


# d2lbook's markup in a chapter's Markdown (Dive into Deep Learning): a label or a width line under a heading or a
# picture, the fences of a tab ('.. begin_tab' written ':begin_tab:`pytorch`' / ':end_tab:'), and its roles in the text
_D2L_LINE = re.compile(r"^[ \t]*(?::(?:label|width|height):`[^`\n]*`|:begin_tab:`[^`\n]*`|:end_tab:)[ \t]*$")
_D2L_ROLE = re.compile(r":(?P<role>cite|citet|citep|numref|eqref|ref|label):`(?P<text>[^`\n]+)`")
_D2L_BEGIN = re.compile(r"^[ \t]*:begin_tab:`[^`\n]*`[ \t]*$")


def _d2l_cite(keys: str, citet: bool) -> str:
    """'Ba.Kiros.Hinton.2016' as its authors and year: 'Ba, Kiros, Hinton (2016)' (citet) or '(Ba, Kiros, Hinton, 2016)'."""
    out = []
    for key in keys.split(","):
        parts = [p for p in key.strip().split(".") if p]
        year = parts.pop() if parts and re.fullmatch(r"\d{4}\w?", parts[-1]) else ""
        names = ", ".join(parts) or key.strip()
        out.append(f"{names} ({year})" if citet and year else f"{names}, {year}" if year else names)
    return "; ".join(out) if citet else f"({'; '.join(out)})"


def d2l_markup(text: str) -> str:
    """A d2lbook chapter (Dive into Deep Learning's Markdown, trial55 T55-5) as the book shows it: ':label:`…`' and
    ':width:`…`' lines nothing, each group of tabs (':begin_tab:`mxnet`' … ':end_tab:', one per framework, the same
    text for each: the chapter's discussion links) its first tab's text once, a citation its authors and year
    (':cite:`Ba.Kiros.Hinton.2016`' → '(Ba, Kiros, Hinton, 2016)'), a reference its label's words; lines keep their
    numbers, code is left alone. Only a page that writes such lines."""
    lines = text.split("\n")
    if not any(_D2L_LINE.match(line) for line in lines):
        return text
    fenced = list(in_fence(lines))
    tab = 0  # 0 outside a tab, 1 in a group's first tab, 2 in a later tab of the group
    seen_group = False  # a tab closed, only blank lines since: the next tab is the same group's
    for k, line in enumerate(lines):
        if fenced[k] and not tab:
            seen_group = False if line.strip() else seen_group
            continue
        if _D2L_BEGIN.match(line):
            tab = 2 if seen_group else 1
            lines[k] = ""
            continue
        if re.match(r"^[ \t]*:end_tab:[ \t]*$", line):
            tab, seen_group = 0, True
            lines[k] = ""
            continue
        if tab == 2 or _D2L_LINE.match(line):
            lines[k] = ""
            continue
        if line.strip() and not tab:
            seen_group = False
        if ":`" in line and not fenced[k]:
            parts = re.split(r"(`+[^`\n]*`+)", line)
            joined = "".join(parts)
            lines[k] = _D2L_ROLE.sub(_d2l_role, joined)
    return "\n".join(lines)


def _d2l_role(m: re.Match[str]) -> str:
    role, text = m.group("role"), m.group("text")
    if role == "label":
        return ""
    if role in ("cite", "citep", "citet"):
        return _d2l_cite(text, role == "citet")
    from compiler.sources.roles import role_text

    return role_text("eq" if role == "eqref" else role, text)


# a lesson template's heading over the lesson's own text ('## Lesson Content'): it names no subject, the page's title does
_CONTENT_LABEL = re.compile(r"^(?i:(?:the\s+)?(?:lesson(?:\s+(?:content|text|notes|body))?|main\s+content|content))$")
_PAGE_TITLE = re.compile(r"^#[ \t]+(?P<title>\S.*?)[ \t#]*$")


def titled_content_heading(text: str) -> str:
    """A page's one heading that only labels the lesson's text (``## Lesson Content``) under the page's one title
    (``# cp (Copy)``) as that title (line numbers kept): the card of the lesson's text is fronted by what it is about.
    Why: in a folder of one lesson per file every lesson's card was fronted ``Lesson Content`` (trial54 T54-4: 19 alike
    fronts, paired in ``deckc dupes`` and repeated on the cheat sheet)."""
    if "# " not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    titles = [k for k, line in enumerate(lines) if not fenced[k] and _PAGE_TITLE.match(line)]
    labels = [
        k for k, line in enumerate(lines)
        if not fenced[k] and (m := _LESSON_HEADING.match(line)) is not None and line.lstrip().startswith("##")
        and _CONTENT_LABEL.match(_said_as(m.group("text"))) is not None
    ]  # fmt: skip
    if len(titles) != 1 or len(labels) != 1 or labels[0] < titles[0]:
        return text
    title = _PAGE_TITLE.match(lines[titles[0]]).group("title")  # type: ignore[union-attr]
    marks = lines[labels[0]].lstrip().split()[0]
    lines[labels[0]] = f"{marks} {title}"
    return "\n".join(lines)


def joined_html_headings(text: str) -> str:
    """An HTML heading written over a few lines (``<h3><a href="#gc" name="gc">`` / ``Is Rust garbage collected?``
    / ``</a></h3>``: a Jekyll FAQ's anchored questions) as the one-line heading it is, the lines it took left blank
    so line numbers hold; outside code fences, only when its lines are text and tags (no blank line, no other block).
    Why: CommonMark reads such a heading as an HTML block, so its question was no heading and the page one card
    (trial44 T44-1: the Rust FAQ's 127 questions)."""
    if "<h" not in text and "<H" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines):
        m = _HTML_HEADING_OPEN.match(line)
        if m is None or fenced[k]:
            continue
        for end in range(k + 1, min(k + 1 + HTML_HEADING_LINES, len(lines))):
            if not lines[end].strip() or fenced[end] or lines[end].lstrip().startswith(("#", "<h", "<H")):
                break
            close = _HTML_HEADING_CLOSE.search(lines[end])
            if close is None:
                continue
            if close.group(1) == m.group(1):
                inner = " ".join(part.strip() for part in lines[k + 1 : end + 1])
                lines[k] = f"{line.rstrip()}{inner}"
                lines[k + 1 : end + 1] = [""] * (end - k)
            break
    return "\n".join(lines)




def html_bold(text: str) -> str:
    """Lines that are one bold HTML element (``<b>What is …?</b><br>``, ``<strong>…</strong>``, a ``<span>`` or an
    ``<a name="Q1">`` anchor styled ``font-weight:bold``) as the ``**…**`` lines they show, outside code (line
    numbers kept): a question written so asks like a bold one (trial10 P8: pages converted from HTML or Word)."""
    if "<" not in text:
        return text
    lines = text.split("\n")
    out = [line if fenced else html_bold_line(line) for line, fenced in zip(lines, in_fence(lines), strict=True)]
    return "\n".join(out)


_ENTRY_HEADING = re.compile(r"^[ ]{0,3}(?P<hashes>#{1,6})(?=[ \t])")


def list_headings(text: str) -> tuple[str, set[int]]:
    """Ordered-list entries that are headings (``3. ### What is the difference between call and apply``)
    as the numbered headings they mean (``### 3. What is …``), their indented text dedented under them, and
    the lines (0-based) of such headings when the page holds at least :data:`LIST_HEADINGS_MIN` (trial8 H18).

    CommonMark makes each a list holding one heading whose answer, indented less than the marker, falls
    outside it, or (indented enough) stays inside the list; either way no heading and no answer to read.
    A text line at column 0 ends the entry; a heading inside it at the entry's level or above (``### State``
    in the answer of ``11. ### What is the difference between state and props?``) is a sub-heading of its
    answer, one level below the question. Line numbers kept."""
    if "#" not in text:
        return text, set()
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    found = [i for i, line in enumerate(lines) if not fenced[i] and LIST_HEADING.match(line)]
    if len(found) < LIST_HEADINGS_MIN:
        return text, set()
    # (the deepest of the questions' levels: '2. #### Give an example …?' among '### ' questions, trial31 T31-64)
    deepest = max(len(m.group("hashes")) for i in found if (m := LIST_HEADING.match(lines[i])))
    for k, i in enumerate(found):
        m = LIST_HEADING.match(lines[i])
        assert m is not None
        lines[i] = f"{m.group('hashes')} {m.group('num')}. {m.group('text')}"
        stop = found[k + 1] if k + 1 < len(found) else len(lines)
        end = i + 1
        while end < stop and (not lines[end].strip() or lines[end][:1] in (" ", "\t")):
            end += 1
        body = [line for line in lines[i + 1 : end] if line.strip()]
        cut = min((len(line) - len(line.lstrip(" ")) for line in body), default=0)
        cut = min(cut, m.start("hashes") + 1)  # '1. ' entries indented 4: their text at column 0, code blocks kept
        subs: dict[int, int] = {}  # the entry's own headings: their levels, by line
        for j in range(i + 1, end):
            lines[j] = lines[j][cut:] if lines[j][:cut].strip() == "" else lines[j].lstrip(" ")
            sub = None if fenced[j] else _ENTRY_HEADING.match(lines[j])
            if sub is not None:
                subs[j] = len(sub.group("hashes"))
                lines[j] = lines[j][sub.start("hashes") :]
        # '### State' inside the entry: its answer's sub-heading, below every question's level, and the headings under
        # it as many levels down ('### 2. Two Phases' over '#### A. Render Phase' stay its parts: T31-64)
        shift = max(0, max(len(m.group("hashes")), deepest) + 1 - min(subs.values(), default=7))
        for j, was in subs.items():
            lines[j] = "#" * min(6, was + shift) + lines[j][was:]
    return "\n".join(lines), set(found)


_CALLOUT = re.compile(r"^[ ]{0,3}>[ \t]?\[!(?P<type>[A-Za-z][\w-]*)\](?P<fold>[+-]?)[ \t]*(?P<title>.*?)[ \t]*$")
_QUOTED = re.compile(r"^[ ]{0,3}>[ \t]?")


# MkDocs admonitions that hold a question by their type, whatever their title ('??? question "Design a …"'; trial13 T13-6)
QUESTION_TYPES = frozenset({"question", "help", "faq", "quiz"})
_ADMONITION_LINE = re.compile(r'^(?P<marker>\?\?\?\+?|!!!)[ \t]+(?P<type>[\w-]+)(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$')


# an admonition's title in curly quotes, as an editor that types smart quotes writes it ('??? question “Show Answer”')
_CURLY_TITLE = re.compile(r'^(?P<lead>[ \t]*(?:\?\?\?\+?|!!!)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*[ \t]+)[“”„"](?P<title>[^“”"\n]*)[“”"][ \t]*$')


def straight_titles(text: str) -> str:
    """``text`` with each MkDocs admonition title written in curly quotes (``??? question “Show Answer”``, ``!!! success
    „Answer“``: a page typed where quotes turn smart) in the straight quotes the syntax has, line for line: the box is
    the answer box its title says (round 4 of the metamorphic checks: the title became a question, the answer an
    unkeyed quiz's text; round 2 R11)."""
    if "!!!" not in text and "???" not in text:
        return text
    lines = text.split("\n")
    out = [_CURLY_TITLE.sub(lambda m: f'{m.group("lead")}"{m.group("title")}"', line) if ("“" in line or "”" in line or "„" in line) else line for line in lines]
    return text if out == lines else "\n".join(out)


_BLOCK_START = re.compile(r"^\s*(?:[-*+]\s|\d{1,9}[.)]\s|#|>|\||```|~~~|<|!\[|\?\?\?|!!!|\$\$)")


# the opening line of an exercise directive (MyST / sphinx-exercise '```{exercise}', gated '```{exercise-start}',
# '::: {.exercise}', ':::exercise', sphinx-proof '{prf:problem}'): what follows is the exercise's own text
_EXERCISE_OPEN = re.compile(
    r"^[ ]{0,12}(?:(?P<tick>`{3,}|~{3,})[ \t]*\{(?:prf:)?(?:exercise|problem)(?:-start)?\}"
    r"|:{3,}[ \t]*(?:\{(?:prf:)?(?:exercise|problem)(?:-start)?\}|\{\.(?:callout-)?(?:exercise|problem|challenge)\b[^}]*\}|(?:exercise|problem|challenge)\b))",
    re.I,
)


def exercise_openings(text: str) -> list[int]:
    """The lines (0-based) where exercise directives open, outside code: :func:`~compiler.sources.directives.directives`
    keeps an exercise's body as plain text, so where the box began is known only from here (its body, of any shape,
    is the question of the solution box after it: trial14 T14-34)."""
    if "exercise" not in text.lower() and "problem" not in text.lower() and "challenge" not in text.lower():
        return []
    found: list[int] = []
    fence = ""  # the code fence we are in
    boxes: list[str] = []  # the fences of the directive boxes we are in (their bodies are Markdown, not code)
    for i, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence) and not stripped.strip(fence[0]):
                fence = ""
            continue
        if _EXERCISE_OPEN.match(line):
            found.append(i)
        opened = re.match(r"^[ ]{0,12}(`{3,}|~{3,})[ \t]*(\{[\w:.-]+\})?", line)
        if opened is None:
            continue
        mark = opened.group(1)
        if boxes and not stripped.strip(mark[0]) and len(stripped) >= len(boxes[-1]) and stripped[0] == boxes[-1][0]:
            boxes.pop()  # the box's closing fence
        elif opened.group(2) and opened.group(2).lower() not in ("{code-cell}", "{code-block}", "{code}", "{sourcecode}", "{ipython}", "{math}"):
            boxes.append(mark)
        else:
            fence = mark
    return found


def question_boxes(text: str) -> str:
    """A question admonition whose body holds the question's text and then its answer box (``??? question "1. Machine
    Zero vs. Work Zero"`` / indented question / nested ``??? tip "Solution"``: MkDocs course pages, trial13 T13-6) as
    the text over an answer box it is: the title a bold line, the body out of the box (the answer box, now at the
    margin, the answer), as a callout titled so reads (:func:`callouts`). Line numbers kept."""
    if "???" not in text and "!!!" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    i = 0
    while i < len(lines):
        m = None if fenced[i] else _ADMONITION_LINE.match(lines[i])
        if m is None or m.group("type").lower() not in QUESTION_TYPES or not (m.group("title") or "").strip():
            i += 1
            continue
        end = i + 1
        while end < len(lines) and (not lines[end].strip() or lines[end].startswith(("    ", "\t"))):
            end += 1
        while end > i + 1 and not lines[end - 1].strip():
            end -= 1
        body = [line[4:] if line.startswith("    ") else line.lstrip("\t") if line.startswith("\t") else line for line in lines[i + 1 : end]]
        boxes = [k for k, line in enumerate(body) if (b := _ADMONITION_LINE.match(line)) and ANSWER_TITLE.match((b.group("title") or "").strip())]
        first = next((k for k, line in enumerate(body[: boxes[0]]) if line.strip()), None) if boxes else None
        if first is not None:
            title = m.group("title").strip()
            lines[i + 1 : end] = body
            if _BLOCK_START.match(body[first]):  # (a list or code first: the title a line of its own)
                lines[i] = f"**{title}**"
            else:  # the title leads the question's own text: one paragraph, one front
                lines[i] = ""
                lines[i + 1 + first] = f"**{title}**{' ' if title.endswith(('?', '.', ':', '!', '？', '。', '：')) else ': '}{body[first]}"
        i = end
    return "\n".join(lines)


def callouts(text: str) -> str:
    """GitHub alerts (``> [!WARNING]``) and Obsidian callouts (``> [!question]- What is a lifetime?``) as the
    MkDocs admonitions they are (``!!! warning`` / ``??? question "What is a lifetime?"``, the quote's lines
    indented under it): shown as a quote titled 'Warning' or by its own title, never the raw ``[!…]`` marker; a
    title that asks is a question (:func:`split_admonitions`); a box that only groups question boxes is their
    heading (:func:`question_groups`). Line numbers kept."""
    return question_groups(_callouts(question_boxes(text)))  # (MkDocs question boxes holding their answer box: T13-6)


def _callouts(text: str) -> str:
    """:func:`callouts` but the grouping boxes: each Obsidian callout as a MkDocs admonition (nested ones too)."""
    if "[!" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    i = 0
    while i < len(lines):
        m = None if fenced[i] or (i and lines[i - 1].lstrip().startswith(">")) else _CALLOUT.match(lines[i])
        if m is None:
            i += 1
            continue
        marker = {"": "!!!", "+": "???+", "-": "???"}[m.group("fold")]
        title = m.group("title").replace('"', "“")
        if not title and ANSWER_TITLE.match(m.group("type")):  # ('> [!answer]-' untitled: an answer box by its type,
            title = m.group("type").capitalize()  # round-15 d/13: its text was outside any question, '[!answer]-' a back)
        if not title and m.group("type").lower() in QUESTION_TYPES and i + 1 < len(lines) and not fenced[i + 1] and _QUOTED.match(lines[i + 1]):
            first = _QUOTED.sub("", lines[i + 1], count=1).strip()
            if first.endswith(("?", "？", "؟")) and not _BLOCK_START.match(first):
                # '> [!question]' / '> Which planet …?': its first line the question, never the word 'Question' over it
                title, lines[i + 1] = first.replace('"', "“"), ">"  # (trial46 T46-12)
        if title and (nested := _nested_answer(lines, fenced, i)) is not None:
            # '> [!question] Which …?' / '> a) …' / '> > [!success]- Answer' / '> > a) …': the answer's callout inside the
            # question's (trial46 T46-2): the title a question heading, its lines and the answer's callout one level out
            above = [len(h.group("hashes")) for k in range(i) if not fenced[k] and (h := _HEADING_DEPTH.match(lines[k]))]
            lines[i] = "#" * min(6, (above[-1] if above else 1) + 1) + " " + m.group("title")  # (its own question: a heading)
            for k in range(i + 1, nested):
                lines[k] = _QUOTED.sub("", lines[k], count=1)
            after = next((k for k in range(nested, len(lines)) if lines[k].strip()), None)
            if nested < len(lines) and not lines[nested].strip() and after is not None and not _HEADING_DEPTH.match(lines[after]):
                lines[nested] = "***"  # (the page's text after the box is no part of its answer: a rule ends the question)
            i += 1
            continue
        if title and _asked_over_answer(lines, fenced, i):  # '> [!question] …' over '> [!success]- Answer' (P69)
            lines[i] = m.group("title")
            i += 1
            if i < len(lines) and _QUOTED.match(lines[i]) and not _answer_callout(lines[i]):  # '> [!question] Exercise 8.1' /
                # '> Does the rule …?': its text
                lines[i - 1] = f"**{m.group('title')}**" if _LABEL_TITLE.match(m.group("title")) else lines[i - 1]
                while i < len(lines) and not fenced[i] and _QUOTED.match(lines[i]) and not _answer_callout(lines[i]):
                    lines[i] = _QUOTED.sub("", lines[i], count=1)
                    i += 1
            continue
        lines[i] = f'{marker} {m.group("type").lower()}' + (f' "{title}"' if title else "")
        i += 1
        start = i
        while i < len(lines) and not fenced[i] and _QUOTED.match(lines[i]):
            i += 1
        body = _callouts("\n".join(_QUOTED.sub("", line, count=1) for line in lines[start:i])).split("\n")  # a '> [!tip]' inside
        last = max((k for k, rest in enumerate(body) if rest.strip()), default=-1)
        # (blank lines inside keep the indent: two empty lines in a row would end the box, '> [!hint]-' / '>' / '>' /
        # '> text' kept its text out of the box: trial14 T14-4)
        lines[start:i] = [f"    {rest}" if rest.strip() else ("    " if k < last else "") for k, rest in enumerate(body)] if i > start else []
    return "\n".join(lines)


_HEADING_DEPTH = re.compile(r"^[ ]{0,3}(?P<hashes>#{1,6})(?:[ \t]|$)")


def question_groups(text: str) -> str:
    """A box that holds nothing but boxes, one of them asking (``> [!QUESTION]- Post assessment`` over ``> > [!QUESTION]
    A hardware MFA has … _ MFA.`` / ``> > - [x] virtual`` …, Obsidian course notes: trial37 T37-15; the MkDocs
    ``??? question "Quiz"`` over indented ``!!! question "…"``) groups its questions: read as the heading it is, one
    level under the heading above it (the questions' section), its boxes out at the margin, each its own question.
    Before this the group was one question whose answer was its boxes, and the questions inside no card. Line numbers
    kept."""
    if "???" not in text and "!!!" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    level = 1  # the depth of the last heading above
    i = 0
    while i < len(lines):
        if fenced[i]:
            i += 1
            continue
        if h := _HEADING_DEPTH.match(lines[i]):
            level = len(h.group("hashes"))
        m = _ADMONITION_LINE.match(lines[i])
        title = (m.group("title") or "").strip() if m else ""
        if m is None or not title or ANSWER_TITLE.match(title):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and (not lines[end].strip() or lines[end].startswith(("    ", "\t"))):
            end += 1
        body = [line[4:] if line.startswith("    ") else line.lstrip("\t") if line.startswith("\t") else line for line in lines[i + 1 : end]]
        tops = [line for k, line in enumerate(body) if line.strip() and not fenced[i + 1 + k] and not line.startswith((" ", "\t"))]
        boxes = [b for line in tops if (b := _ADMONITION_LINE.match(line))]
        asking = [b for b in boxes if b.group("type").lower() in QUESTION_TYPES or (b.group("title") or "").strip().endswith(("?", "？", "؟"))]
        if not tops or len(boxes) < len(tops) or not asking or any(ANSWER_TITLE.match((b.group("title") or "").strip()) for b in boxes):
            i = end if boxes and len(boxes) == len(tops) else i + 1  # (a box of boxes that is no group: its inner boxes stay inside)
            continue
        after = next((k for k in range(end, len(lines)) if lines[k].strip()), None)
        ends_section = after is None or ((h := _HEADING_DEPTH.match(lines[after])) is not None and len(h.group("hashes")) <= level + 1)
        # (a heading would head the text after the box too: with more after it before the next heading, the questions
        # are read in the section they stand in, the box's title left out)
        lines[i] = "#" * min(6, level + 1) + " " + title.replace("“", '"') if ends_section else ""
        lines[i + 1 : end] = body
        i += 1  # (its boxes, at the margin now, are read in turn)
    return "\n".join(lines)


# a callout title that only labels its exercise ('Exercise 8.1', 'Problem 3', 'Question 2')
_LABEL_TITLE = re.compile(r"^(?i:exercise|problem|question|task|quiz|übung|aufgabe|exercice|ejercicio|задача|вопрос)\s*[\d.]{0,8}[a-z]?\s*:?$")


def _nested_answer(lines: list[str], fenced: list[bool], at: int) -> int | None:
    """Where the callout at ``at`` ends (its last quoted line + 1) when a callout titled as the answer stands inside it
    (``> [!question] Which …?`` / ``> a) …`` / ``> > [!success]- Answer``, ``>> [!success]- Answer``: Obsidian notes that
    fold the answer into the question's box, trial46 T46-2); None when there is none."""
    k = at + 1
    found = False
    while k < len(lines) and not fenced[k] and _QUOTED.match(lines[k]):
        inner = _CALLOUT.match(_QUOTED.sub("", lines[k], count=1))
        found = found or (inner is not None and ANSWER_TITLE.match(inner.group("title")) is not None)
        k += 1
    return k if found else None


def _answer_callout(line: str) -> bool:
    """Whether ``line`` opens a callout titled as the answer (``> [!success]- Answer``), or untitled and an answer by
    its type (``> [!answer]-``, ``> [!solution]``): also right under the question's callout line, in the same quote
    (``> [!question] …?`` / ``> [!answer]-`` / ``> 7 ± 2 items``, as notes typed without Obsidian's blank line write it:
    round-15 d/13, '[!answer]-' was the back's first line)."""
    m = _CALLOUT.match(line)
    return m is not None and bool(ANSWER_TITLE.match(m.group("title") or m.group("type")))


def _asked_over_answer(lines: list[str], fenced: list[bool], at: int) -> bool:
    """Whether the callout at ``at`` has a next callout, past blank lines and callouts of hints, titled as the
    answer (``> [!question] How do you revoke a JWT?`` then ``> [!success]- Answer``, as
    Obsidian interview notes write them: trial11 P69, learner4 N61): its title is then the question's text, read as
    the text over an answer box is, whether or not it ends in '?'."""
    k = at + 1
    while k < len(lines) and _QUOTED.match(lines[k]) and not _answer_callout(lines[k]):
        k += 1  # its body: the question's text, or the problem under an exercise's label
    while k < len(lines):
        if fenced[k] or not lines[k].strip():
            k += 1
            continue
        m = _CALLOUT.match(lines[k])
        if m is None:
            return False
        if _answer_callout(lines[k]):
            return True
        k += 1
        while k < len(lines) and _QUOTED.match(lines[k]):
            k += 1  # a hint callout between the question and its answer
    return False


_TOGGLE_CLOSE_LINE = re.compile(r"^[ ]{0,3}(?:</[a-z]+\s*>\s*)*</details\s*>\s*$", re.I)


# a list entry that is only a toggle written on one line: '1. <details><summary>What does DNS do?</summary>Translates …</details>'
_LISTED_TOGGLE = re.compile(r"(?m)^([ ]{0,3})(?:[-*+]|\d{1,3}[.)])[ \t]+(?=<details\b[^>\n]*>[ \t]*<summary\b[^\n]*</details>[ \t]*$)")


def listed_toggles(text: str) -> str:
    """List entries that are each a whole toggle on one line (a Notion page's numbered toggles exported: '1.
    <details><summary>Q?</summary>A</details>') as the toggles they are, the list marker off, when at least two lines are
    so (round-15 d/68: Markdown read them as list entries holding raw HTML, no card from the page). Line numbers kept."""
    if "<details" not in text or len(_LISTED_TOGGLE.findall(text)) < 2:
        return text
    return _LISTED_TOGGLE.sub(r"\1", text)


def close_toggles(text: str) -> str:
    """A line that closes a ``<details>`` toggle with Markdown right under it (no blank line: Notion exports,
    ``</details>`` then ``---`` or a code fence; trial11 P53) is made a one-line HTML comment block holding it
    (``<!-- </details> -->``). CommonMark runs an HTML block on to the next blank line, so the text under the
    close was raw HTML, and a code fence opened there ended after a blank line, out of step for the rest of the
    page (an internal error; 63 of 151 exercises lost). A comment ends on its own line; line numbers are kept,
    and the close is still seen where toggles are looked for."""
    if "</details" not in text.lower():
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for i, line in enumerate(lines[:-1]):
        below = lines[i + 1].strip()
        if not fenced[i] and _TOGGLE_CLOSE_LINE.match(line) and below and not below.startswith("<"):
            lines[i] = f"<!-- {line.strip()} -->"
    return "\n".join(lines)


# an HTML div line whose type or class names a question or its answer (OpenStax textbooks in kramdown: '<div
# data-type="exercise">' / '<div data-type="problem" markdown="1">' / '<div data-type="solution" markdown="1">')
_KIND_DIV = re.compile(r"""^(?P<indent>[ ]{0,3})<div\b(?P<attrs>[^<>]*)>\s*$""", re.I)
_DIV_KIND_ATTR = re.compile(r"""\b(?:data-type|class)\s*=\s*(?:"(?P<a>[^"]*)"|'(?P<b>[^']*)'|(?P<c>[^\s>"']+))""", re.I)
_QUESTION_DIV_WORDS = frozenset({"exercise", "problem", "question", "challenge"})
_ANSWER_DIV_KINDS = frozenset({"solution", "answer"})


def _div_kind(attrs: str) -> str:
    """'question', 'answer' or '' for a div's attributes: a word of its ``data-type`` or ``class`` names the kind."""
    words = {w.lower() for m in _DIV_KIND_ATTR.finditer(attrs) for w in (m.group("a") or m.group("b") or m.group("c") or "").split()}
    if words & _ANSWER_DIV_KINDS:
        return "answer"
    return "question" if words & _QUESTION_DIV_WORDS else ""


def exercise_divs(text: str) -> str:
    """HTML divs typed as a question and its answer (``<div data-type="problem" markdown="1">`` … ``</div>`` then
    ``<div data-type="solution" markdown="1">`` … ``</div>``, ``<div class="exercise">``, ``<div class="answer">``) as
    the page shows them: the question's div lines blank, so what it holds is the question's text, and the answer's
    div a ``<details>`` toggle titled by its kind under it, the answer to the text above as any toggle is; a question
    with no answer's div gets an empty one, so it is said to have no answer (trial45 T45-1: a textbook chapter's self-check questions were one card with the whole chapter, its multiple-choice review
    questions in no card or glued into another's back). Only a div on a line of its own, with its lone ``</div>``;
    other divs and code left alone; line numbers kept."""
    if "<div" not in text or not re.search(r"(?:data-type|class)\s*=", text, re.I):
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    stack: list[str] = []  # for each open div: 'question', 'answer', 'wrapper' (of a question's) or '' (another div)
    for i, line in enumerate(lines):
        if fenced[i]:
            continue
        m = _KIND_DIV.match(line)
        boxed = i > 0 and _KIND_DIV.match(lines[i - 1]) is not None
        if m is not None and boxed and _TITLE_DIV.match(line) and i + 2 < len(lines) and _LONE_DIV_CLOSE.match(lines[i + 2]):
            # ('<div data-type="title">' / 'Art Connection' / '</div>' atop a box: the box's label, no text; as an HTML
            # block it swallowed the picture under it, printed as '![…](…)' on a card: trial51 T51-1)
            lines[i : i + 3] = ["", "", ""]
            continue
        if m is not None:
            kind = _div_kind(m.group("attrs"))
            if not kind and _asking_box(lines, i):
                kind = "question"  # (a box that ends asking, no answer in it: never answered by the text after it, T51-1)
            below = next((x for x in lines[i + 1 :] if x.strip()), "")
            if kind == "question" and (w := _KIND_DIV.match(below)) is not None and _div_kind(w.group("attrs")) == "question":
                kind = "wrapper"  # ('<div data-type="exercise">' around the problem's div and the solution's)
            stack.append(kind)
            if kind in ("question", "wrapper"):
                lines[i] = ""
            elif kind == "answer":
                title = "Answer" if re.search(r"\banswer\b", m.group("attrs"), re.I) else "Solution"
                lines[i] = f"{m.group('indent')}<details><summary>{title}</summary>"
            continue
        if _LONE_DIV_CLOSE.match(line):
            kind = stack.pop() if stack else ""
            if kind == "wrapper":
                lines[i] = ""
            elif kind == "question":
                # (a question with no answer's div after it: an empty toggle, so it is said as a question without an
                # answer, never read as the text of the heading above it)
                lines[i] = "" if _answer_div_follows(lines, i + 1) else "<details><summary>Solution</summary></details>"
            elif kind == "answer":
                lines[i] = "</details>"
            continue
        opens, closes = len(_DIV_OPENS.findall(line)), len(_DIV_CLOSES.findall(line))
        stack.extend([""] * max(0, opens - closes))
        del stack[len(stack) - min(len(stack), max(0, closes - opens)) :]
    return "\n".join(lines)


def box_question(lines: list[str], at: int) -> bool:
    """Whether the page's line ``at`` (0-based, the original text) stands in a box that ends asking and holds no answer
    (:func:`_asking_box`: a textbook's *Art Connection* ``<div>`` over a figure and ``Which individuals in the pedigree
    must be carriers?``): the book poses the question there and answers it elsewhere, or leaves it to the reader
    (trial51 T51-1: it was said as any unanswered question, 'write the answer below the question')."""
    depth = 0
    for k in range(min(at, len(lines)) - 1, -1, -1):
        line = lines[k]
        depth += len(_DIV_CLOSES.findall(line)) - len(_DIV_OPENS.findall(line))
        if depth < 0:
            m = _KIND_DIV.match(line)
            return m is not None and not _div_kind(m.group("attrs")) and _asking_box(lines, k)
    return False


_TITLE_DIV = re.compile(r"""^[ ]{0,3}<div\b[^<>]*\bdata-type\s*=\s*["']title["'][^<>]*>\s*$""", re.I)


def _asking_box(lines: list[str], start: int) -> bool:
    """Whether the div opened on line ``start`` (a textbook's box: ``<div data-type="note" class="art-connection"
    markdown="1">``, its title, a figure, then ``Which individuals in the pedigree must be carriers?`` / ``</div>``)
    ends with a paragraph that asks: a question the box poses and does not answer (the book answers it at the chapter's
    end, or leaves it to the reader). Read as a question's div, it is said unanswered; the paragraph after the box was
    its answer (trial51 T51-1: 'Many human diseases are genetically inherited …' answered a question on test crosses)."""
    depth, body = 0, []
    for line in lines[start + 1 :]:
        if _LONE_DIV_CLOSE.match(line) and depth == 0:
            break
        depth += len(_DIV_OPENS.findall(line)) - len(_DIV_CLOSES.findall(line))
        body.append(line)
    else:
        return False  # (never closed)
    paragraphs = "\n".join(x for x in body if "<" not in x.strip()[:1]).split("\n\n")
    last = next((p.strip() for p in reversed(paragraphs) if p.strip()), "")
    return not last.startswith(("!", "-", "*", "|", "#")) and last.rstrip(" *_\"'”»)").endswith(("?", "？"))


# a cross-reference whose text is only a placeholder the book's build fills in ('[[link]](#fig-ch12_02_01)', OpenStax
# in kramdown: 'Figure 12.4' on the web page), in brackets of its own or not ('… dominant trait ([\[link\]](#fig-1)).')
_PLACEHOLDER_LINK = re.compile(r"(?:\s?\(\[\\?\[link\\?\]\]\(#[^()\s]+\)\)|\[\\?\[link\\?\]\]\(#[^()\s]+\)[ \t]?)")


def placeholder_links(text: str) -> str:
    """The text with each link whose text is only ``[link]`` to a place on the page (a figure, a table) left out: the
    number the book's build writes there is not in the file, and on a card the word 'link' opened fronts and backs
    ('link What ratio of offspring …?' → 'link Half of the female offspring …', trial51 T51-4). Line numbers kept."""
    return _PLACEHOLDER_LINK.sub("", text) if "[link" in text else text


# an MDX comment after a heading's text, react.dev's way of writing the heading's id ('## Retorno condicional de JSX
# {/*conditionally-returning-jsx*/}'), or alone on its line ('{/* TODO: a diagram */}')
_MDX_HEADING_ID = re.compile(r"^(?P<head>[ ]{0,3}#{1,6}[ \t].*?)[ \t]*\{/\*.*?\*/\}[ \t]*$")
_MDX_COMMENT_LINE = re.compile(r"^[ \t]*\{/\*.*?\*/\}[ \t]*$")
_FENCE_MARK = re.compile(r"^[ ]{0,3}(`{3,}|~{3,})")


def mdx_comments(text: str) -> str:
    """The text with each MDX comment (``{/* … */}``) after a heading's text or alone on its line left out: the
    renderer shows nothing there, and on a card every front and section ended in its id ('Retorno condicional de JSX
    {/conditionally-returning-jsx/}', trial52 T52-3). Code in fences keeps its comments; line numbers kept."""
    if "{/*" not in text:
        return text
    lines = text.split("\n")
    fence = ""
    for k, line in enumerate(lines):
        mark = _FENCE_MARK.match(line)
        if mark and (not fence or (mark.group(1)[0] == fence[0] and len(mark.group(1)) >= len(fence))):
            fence = "" if fence else mark.group(1)
            continue
        if fence or "{/*" not in line:
            continue
        if m := _MDX_HEADING_ID.match(line):
            lines[k] = m.group("head")
        elif _MDX_COMMENT_LINE.match(line):
            lines[k] = ""
    return "\n".join(lines)


# a line of empty link targets only, '<a id="s2.1-lint"></a>' / '<a name="faq"></a>' (Google's style guides set one to
# three over every heading)
_EMPTY_ANCHORS = re.compile(r"^[ ]{0,3}(?:<a\s+(?:id|name)\s*=\s*[\"'][^\"'<>]*[\"']\s*>\s*</a>\s*)+$", re.I)


def anchors_only(block: TopBlock) -> bool:
    """A block of empty link targets only (``<a id="s2-python-language-rules"></a>`` lines: Google's style guides
    set one to three over every heading): a place a link lands, no text. A heading over only these and its sub-headings
    is their section, never a card "question has no answer" (trial52 T52-5: 8 of Google's shell guide's sections and 3
    of its Python guide's)."""
    if block.type == "html_block":
        content = block.tokens[0].content
    elif block.type == "paragraph_open" and len(block.tokens) > 1:
        content = block.tokens[1].content  # ('<a id="x"></a>' opens no HTML block in CommonMark: a paragraph of it)
    else:
        return False
    lines = [x for x in content.split("\n") if x.strip()]
    return bool(lines) and all(_EMPTY_ANCHORS.match(x) for x in lines)


def _answer_div_follows(lines: list[str], start: int) -> bool:
    """Whether the first line from ``start`` that is neither blank nor a lone ``</div>`` opens an answer's div."""
    for line in lines[start:]:
        if not line.strip() or _LONE_DIV_CLOSE.match(line):
            continue
        m = _KIND_DIV.match(line)
        return m is not None and _div_kind(m.group("attrs")) == "answer"
    return False


_MD_IN_HTML = re.compile(
    r"^[ ]{0,3}<(?P<tag>div|section|article|aside)\b[^>]*?\smarkdown(?:\s*=\s*[\"']?(?:1|block|true)[\"']?)?(?=[\s>/])[^>]*>\s*$",
    re.I,
)


def markdown_in_html(text: str) -> str:
    """Python-Markdown's md_in_html (MkDocs Material): a ``<div class="upper-alpha" markdown>`` line and its
    ``</div>`` are layout, their body Markdown (a list, maths), not one raw HTML block whose lines run together.
    Both lines become blank (line numbers kept); a wrapper that is never closed stays as written."""
    if "markdown" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    open_: list[tuple[int, str, int]] = []  # (line, tag, depth of plain same-tag elements opened inside)
    pairs: list[int] = []
    for i, line in enumerate(lines):
        if fenced[i]:
            continue
        m = _MD_IN_HTML.match(line)
        if m:
            open_.append((i, m.group("tag").lower(), 0))
            continue
        if not open_:
            continue
        start, tag, depth = open_[-1]
        opens = len(re.findall(rf"<{tag}\b", line, re.I))
        closes = len(re.findall(rf"</{tag}\s*>", line, re.I))
        if closes and line.strip().lower().replace(" ", "") == f"</{tag}>" and depth == 0 and not opens:
            pairs += [start, i]
            open_.pop()
            continue
        open_[-1] = (start, tag, max(0, depth + opens - closes))
    for i in pairs:
        lines[i] = ""
    return "\n".join(lines)


# a '<div>' line of text layout only: direction, alignment, language or style ('<div dir="rtl">', '<div align=center>')
_LAYOUT_DIV = re.compile(
    r"""^[ ]{0,3}<div(?:\s+(?:dir|align|lang|style|width)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))*\s*>\s*$""", re.I
)
# the line a toggle's body starts after: its title's end ('<details><summary>Answer</summary>') or a lone '<p>' under it
_TOGGLE_BODY_START = re.compile(r"^\s*(?:<p>|.*</summary>)\s*$", re.I)
_INDENTED = re.compile(r"^(?: {4}|\t)")
_LONE_DIV_CLOSE = re.compile(r"^[ ]{0,3}</div\s*>\s*$", re.I)
_DIV_OPENS = re.compile(r"<div\b", re.I)
_DIV_CLOSES = re.compile(r"</div\s*>", re.I)


def layout_divs(text: str) -> str:
    """A ``<div dir="rtl">`` (or ``align`` / ``lang`` / ``style``) line that starts an HTML block, and the lone
    ``</div>`` that closes such a div at an HTML block's end, are layout: both lines become blank (line numbers
    kept), so what the div wraps reads as the Markdown it is. CommonMark runs an HTML block on to the next blank
    line, so a question written ``<div dir='rtl'>`` / ``13. What …?`` / ``</div>`` (right-to-left translations of
    question lists) was raw HTML and no question (trial21 T21-20: 11 of 65 lost), and an answer toggle's key line
    in one was boxed raw text under an empty paragraph. Inside another HTML block an opener goes only at the start
    of a toggle's body (under its ``</summary>`` or a lone ``<p>``: what follows reads as Markdown, as after a blank
    line), and a closer only where nothing of its block follows it, so no other HTML around a div (a table cell) is
    cut in two; a div around HTML or lines set four in (a 'back to top' link) stays, and code is never touched."""
    if "div" not in text.lower():
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    stack: list[bool] = []  # for each open div: whether it is a layout div, its line blanked
    for i, line in enumerate(lines):
        if fenced[i]:
            continue
        if _LAYOUT_DIV.match(line):
            above = lines[i - 1] if i else ""
            starts = not above.strip() or (i and fenced[i - 1]) or any(p.match(above) for p in (_RULE_LINE, _ATX_HEADING, _TOGGLE_BODY_START))
            body = next((x for x in lines[i + 1 :] if x.strip()), "")
            # (it starts an HTML block: after a blank line, a rule, a heading or code; and wraps text, not HTML or
            # lines set four in, which unwrapped would be a code block: '<div align="right">' / '    <b><a …>')
            stack.append(bool(starts) and not body.lstrip().startswith("<") and not _INDENTED.match(body))
            if stack[-1]:
                lines[i] = ""
            continue
        if _LONE_DIV_CLOSE.match(line):
            layout = stack.pop() if stack else False
            if layout and (i + 1 == len(lines) or not lines[i + 1].strip()):
                lines[i] = ""
            continue
        opens, closes = len(_DIV_OPENS.findall(line)), len(_DIV_CLOSES.findall(line))
        stack.extend([False] * max(0, opens - closes))
        del stack[len(stack) - min(len(stack), max(0, closes - opens)) :]
    return "\n".join(lines)


# a task's text that asks and answers on its line: 'What does ACE stand for? — Angiotensin-…', '…?: …', '…? N-acetyl…'
_ASKS_ANSWERS = re.compile(r"^[ \t]+[^?？؟\n]{6,}[?？؟]:?[ \t]+\S")


def checklist_questions(lines: list[str]) -> list[str]:
    """A checklist of questions each answered on its line (``- [x] What does ACE stand for? — Angiotensin-…``) with
    its boxes taken off: the ticks are a learner's "learnt it", no option's key (options stand under their question
    and do not ask), so the entries read as the same list unticked does (sitting 47: 4 such entries were 1 card of the
    page's title). Two such entries at least; ``lines`` itself when there are fewer."""
    fenced = list(in_fence(lines))
    asked = [not f and (m := _TASK.match(line)) is not None and _ASKS_ANSWERS.match(line[m.end() :]) is not None for line, f in zip(lines, fenced, strict=True)]
    if sum(asked) < 2:
        return lines
    return [_TASK.sub(lambda m: m.group(1).rstrip(" \t"), line, count=1) if a else line for line, a in zip(lines, asked, strict=True)]


# a follow-up asked on its own line with its label set apart: '**Follow-up:** Is it faster?', 'Follow-up: …?', '*Nachfrage*:
# …?', '> **Follow-up:** …?' (a one-line quote); its label in emphasis or none, its question plain
_FOLLOW_UP_LINE = re.compile(
    r"^(?P<quote>[ \t]{0,3}>[ \t]?)?[ \t]{0,3}(?P<m>\*\*|__|\*|_)?(?P<label>[^*_\n:：?？]{2,40}?)"
    r"(?:(?P<inside>[ \t]*[:：])(?(m)(?P=m))|(?(m)(?P=m))[ \t]*[:：])[ \t]*(?P<text>[^\s*_>].*?[?？])[ \t]*$"
)


def follow_up_lines(lines: list[str]) -> list[str]:
    """Each follow-up question written with its label apart from it (``**Follow-up:** Is it faster than a loop?``) as
    the whole bold line the reader knows as a follow-up (``**Follow-up: Is it faster than a loop?**``, a card of its
    own filed under the question it follows: T31-53); a quote of that line alone loses its mark.  Before, it went on
    in the answer above it (sitting 48: the bold question among heading questions is a step of their answers unless
    labelled).  ``lines`` itself when there is none."""
    if not any(("?" in line or "？" in line) and (":" in line or "：" in line) for line in lines):
        return lines
    out: list[str] | None = None
    for k, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        m = None if fenced else _FOLLOW_UP_LINE.match(line)
        if m is None or not FOLLOW_UP_LABEL.fullmatch(m.group("label").strip() + ":") or "**" in m.group("text"):
            continue
        quoted = any(0 <= j < len(lines) and lines[j].lstrip().startswith(">") for j in (k - 1, k + 1))
        if m.group("quote") and quoted:
            continue  # (a line of a longer quote: the quote's own text)
        out = out if out is not None else list(lines)
        out[k] = f"**{m.group('label').strip()}: {m.group('text').strip()}**"
    return out if out is not None else lines


def _side_label(front: str) -> bool:
    """Whether a ``Label:: text`` line's label names a card's side (``Q:: …`` over ``A:: …``, ``Front::`` / ``Back::``:
    Dataview's fields, one card of two lines, T14-1), no card of its own."""
    label = front.strip().strip("*_").strip()
    return label.lower() in ("front", "back") or has_question_label(f"{label}: x") or has_answer_label(f"{label}: x")


def mixed_card_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """Notes with one-line flashcards among their lines (``Which chamber pumps blood to the body?::The left ventricle.``
    between note lines, as Obsidian's Spaced Repetition plugin reads them: each such line a card, the rest notes): each
    card line set apart by blank lines, so it is read as the card it is and the notes around it as notes (sitting 48:
    a paragraph holding both was one card of the page's title, the ``::`` printed on it).  Two card lines at least on
    the page, in paragraphs of lines at the margin (a list's entries are the outline reading's:
    :func:`compiler.sources.lines.outline_cards`); the new lines and the line each came from, or None when no
    paragraph mixes cards and notes."""
    fenced = list(in_fence(lines))
    cards = [
        not f and bool(line.strip()) and line[:1] not in " \t" and _LIST_MARKER.match(line) is None
        and (card := inline_card(line)) is not None and not _side_label(card.group("q"))
        for line, f in zip(lines, fenced, strict=True)
    ]  # fmt: skip
    if sum(cards) < 2:
        return None
    out: list[str] = []
    origin: list[int] = []
    k, changed = 0, False
    while k < len(lines):
        end = k
        while end < len(lines) and lines[end].strip() and not fenced[end]:
            end += 1
        if end == k:
            out.append(lines[k])
            origin.append(k + 1)
            k += 1
            continue
        run = range(k, end)
        mixed = (
            any(cards[j] for j in run) and not all(cards[j] for j in run)
            and all(lines[j][:1] not in " \t" and _LIST_MARKER.match(lines[j]) is None for j in run)
        )  # fmt: skip
        for j in run:
            if mixed and cards[j] and out and out[-1].strip():
                out.append("")
                origin.append(j + 1)
            out.append(lines[j])
            origin.append(j + 1)
            if mixed and cards[j] and j + 1 < end:
                out.append("")
                origin.append(j + 1)
        changed = changed or mixed
        k = end
    return (out, origin) if changed else None


# a key line in italics as a whole ('*Answers: 1. carbon dioxide 2. the stroma*', '_Key: 1-b, 2-a_'): one '*' or '_' each
# side, never bold's two
_ITALIC_KEY = re.compile(rf"^(?P<lead>[ \t]{{0,3}})(?P<e>\*(?!\*)|_(?!_))(?P<key>(?i:{KEY_WORDS})[ \t]*[:：].*?\S)(?P=e)[ \t]*$")


def italic_keys(lines: list[str]) -> list[str]:
    """An answer key written on one line in italics as a whole, its emphasis taken off, as bold's already is: the last
    answer kept the closing '*' (``the stroma*``) and a key in underscores was no key (its line glued onto the last
    question, the first 'no answer': sitting 47). ``lines`` itself when there is none; code stays as written."""
    if not any(("*" in line or "_" in line) and _ITALIC_KEY.match(line) for line in lines):
        return lines
    fenced = list(in_fence(lines))
    return [f"{m.group('lead')}{m.group('key')}" if not f and (m := _ITALIC_KEY.match(line)) else line for line, f in zip(lines, fenced, strict=True)]


def task_boxes(text: str) -> str:
    """GitHub task-list items ``- [x] done`` / ``- [ ] open`` shown as ☑ / ☐ (the sanitizer drops checkboxes); a code
    block's text stays as written (trial23 T23-6: '- [x]' in a fenced quiz printed as '- ☑')."""
    if "[" not in text or not _TASK.search(text):
        return text
    lines = text.split("\n")
    for k, fenced in enumerate(in_fence(lines)):
        if not fenced:
            lines[k] = _TASK.sub(lambda m: m.group(1) + ("☐" if m.group(2) == " " else "☑"), lines[k])
    return "\n".join(lines)


# ('tag:' and 'category:' / 'categories:' too: VuePress, Hexo, Obsidian's older key; trial35 T35-14)
_FRONT_TAGS = re.compile(r"^(?:tags?|keywords|categor(?:y|ies))\s*[:=]\s*(?P<value>.*)$", re.I)


def front_matter_tags(lines: list[str]) -> tuple[str, ...]:
    """The tags front matter gives the whole page: ``tags: [biology, cells]``, ``tags: a, b`` or a
    ``tags:`` list of ``- a`` lines (Obsidian, Jekyll, Hugo), its ``tag:`` and ``category:`` (VuePress, Hexo); without
    front matter, an HTML comment's of its own line (``<!-- tags: (javascript,react) -->``)."""
    end = front_matter_end(lines)
    if end is None:  # ('<!-- tags: (javascript,react) -->' on a page without front matter: T34-4)
        said = comment_field(lines, ("tags", "keywords"))
        return tuple(dict.fromkeys(t.strip("\"'#") for t in re.split(r"[\s,]+", said[0]) if t.strip("\"'#"))) if said else ()
    found: list[str] = []
    inside = lines[1:end]
    for k, line in enumerate(inside):
        m = _FRONT_TAGS.match(line.strip())
        if m is None or line[:1].isspace():
            continue
        value = m.group("value").strip()
        if value:
            found += [t for t in re.split(r"[\s,]+", value.strip("[]")) if t]
        else:
            for more in inside[k + 1 :]:
                item = re.match(r"^\s*-\s+(.+)$", more)
                if item is None:
                    break
                found.append(item.group(1))
    # (a nested tag 'flashcards/anatomia' is Anki's 'flashcards::anatomia', as the same tag written '#flashcards/anatomia'
    # on the page is: one tag, not two; T36-11)
    cleaned = [re.sub(r"\s+", "-", t.strip().strip("\"'").lstrip("#")).replace("/", "::") for t in found]
    return tuple(dict.fromkeys(t for t in cleaned if t))


_NOTE_DEFINITION = re.compile(r"^(?P<lead> {0,3})\[(?=\^[^\]\s]+\]:)")  # '[^1]: …', a footnote's definition


def footnote_definitions(text: str) -> str:
    """The text with each footnote definition's ``[`` escaped (``\\[^1]: Ottawa``), outside code: a note of one word or a
    URL (``[^1]: Ottawa``, ``[^2]: https://…``) is a link reference definition to CommonMark, which made every marker
    citing it a link (``<a href="Ottawa">^1</a>``) and left its question unanswered (T34-13 rest). Written as text, the
    definition is taken off the answers and the note listed where it is cited (compiler.sources.footnotes); lines kept."""
    if "[^" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    return "\n".join(_NOTE_DEFINITION.sub(r"\g<lead>\\[", line, count=1) if not fenced[k] else line for k, line in enumerate(lines))


def strip_front_matter(text: str) -> str:
    """YAML (``---``) or TOML (``+++``) front matter at the top, and the MDX ``import``/``export`` lines
    right after it (before any content), blanked so line numbers stay."""
    lines = text.split("\n")
    end = front_matter_end(lines)
    start = 0 if end is None else end + 1
    last = module_lines_end(lines, start)
    if ("import " in text or "export " in text) and (later := _later_module_lines(lines, last)):
        lines = ["" if k in later else line for k, line in enumerate(lines)]
        text = "\n".join(lines)
    if end is None and last == start:
        return text
    return "\n" * last + "\n".join(lines[last:])


def _later_module_lines(lines: list[str], start: int) -> set[int]:
    """The lines of the ES-module statements an MDX page writes further down, at block level (a paragraph of its own,
    outside code: ``import AlgorithmCourses from '../_courses/AlgorithmCourses.md'`` over ``<AlgorithmCourses />`` in
    a Docusaurus page, which compiles a .md file as MDX too: trial28 T28-14); they were the text of a card."""
    found: set[int] = set()
    fence = ""
    k = start
    while k < len(lines):
        line = lines[k]
        m = _FENCE.match(line)
        if m is not None:
            marker = m.group(1)
            if not fence:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence) and not line.strip()[len(marker) :].strip():
                fence = ""
        elif not fence and MODULE_STATEMENT.match(line) and (k == 0 or not lines[k - 1].strip() or k - 1 in found):
            end = module_lines_end(lines, k)
            if end > k:
                found.update(range(k, end))
                k = end
                continue
        k += 1
    return found


def module_lines_end(lines: list[str], start: int) -> int:
    """Index of the first line after the ES-module statements (``import … from '…'``, ``export const …``,
    over several lines while a bracket is open) that an MDX page opens with at ``start``; ``start`` if none."""
    i = last = start
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        if not MODULE_STATEMENT.match(lines[i]):
            break
        depth, j = 0, i
        while j < len(lines) and j < i + 50:
            depth += sum(lines[j].count(c) for c in "{([") - sum(lines[j].count(c) for c in "})]")
            if depth <= 0:
                break
            j += 1
        if depth > 0:
            break  # never closes: not a statement
        i = last = j + 1
    return last


def check_text(text: str, file: str, diag: Diagnostics) -> bool:
    """Refuse nesting markdown-it would silently cut off; True if the text can be parsed.

    One pass over the lines: blockquote depth is the number of leading ``>``,
    list depth follows the indentation of list markers (outside code fences).
    """
    stack: list[int] = []
    fence: str | None = None
    run_start, marks = 0, dict.fromkeys(MAX_INLINE_MARKS, 0)
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip() or fence is not None or _TABLE_ROW.match(line):
            # a table row is parsed on its own (markdown-it reads a table row by row, in linear time:
            # 6,000 rows in under a second), so a long table is no long block and its marks are per row
            run_start, marks = number + 1, dict.fromkeys(MAX_INLINE_MARKS, 0)
        else:
            if number - run_start >= MAX_RUN_LINES:
                diag.error(
                    file,
                    run_start,
                    f"more than {MAX_RUN_LINES} lines without a blank line: too long to read as Markdown",
                    "separate paragraphs and lists with blank lines",
                )
                return False
            for mark, limit in MAX_INLINE_MARKS.items():
                marks[mark] += line.count(mark)
                if marks[mark] > limit:
                    diag.error(
                        file,
                        run_start,
                        f"paragraph with more than {limit} {mark!r}: too much markup to read as Markdown",
                        "split it into paragraphs, or put it in a code block",
                    )
                    return False
        m = _FENCE.match(line)
        if m:
            marker = m.group(1)
            if fence is None:
                fence = marker
            elif marker[0] == fence[0] and len(marker) >= len(fence) and not line.strip()[len(marker) :].strip():
                fence = None
            continue
        if fence is not None or not line.strip():
            continue
        quotes = _QUOTES.match(line)
        depth = quotes.group(0).count(">") if quotes else 0
        if depth > MAX_QUOTE_DEPTH:
            diag.error(
                file,
                number,
                f"blockquote nested {depth} deep; deckc reads Markdown quotes at most {MAX_QUOTE_DEPTH} deep",
                "remove the extra '>' markers so no text is lost",
            )
            return False
        rest = line[quotes.end() :] if quotes else line
        item = _LIST_MARKER.match(rest)
        indent = len(rest.expandtabs(4)) - len(rest.expandtabs(4).lstrip())
        if item:
            while stack and stack[-1] >= indent:
                stack.pop()
            stack.append(indent)
            if len(stack) > MAX_LIST_DEPTH:
                diag.error(
                    file,
                    number,
                    f"list nested {len(stack)} deep; deckc reads Markdown lists at most {MAX_LIST_DEPTH} deep",
                    "indent this part less so no text is lost",
                )
                return False
        elif indent == 0 and not quotes:
            stack.clear()
    return True


_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+")


def check_parsed(tokens: list[Token], lines: list[str], file: str, diag: Diagnostics) -> None:
    """After parsing: an unclosed code fence, and (as a safety net) nesting that reached the limit."""
    for t in tokens:
        if t.level >= MAX_NESTING - 1:
            line = t.map[0] + 1 if t.map else None
            diag.error(file, line, "Markdown nested too deeply here; the text below it would be lost", "nest less deeply")
            return
        if t.type != "fence" or not t.map:
            continue
        start, end = t.map
        # (inside a block quote the closing line is '> ```': its quote markers are the container's, trial9 T19)
        closing = _QUOTE_MARKS.sub("", lines[end - 1]).strip() if end - 1 < len(lines) and end - 1 > start else ""
        marker = t.markup
        if closing.startswith(marker) and not closing[len(marker) :].strip(marker[0]).strip():
            continue
        swallowed = sum(1 for s in lines[start + 1 : end] if s.strip())
        if swallowed == 0:
            continue
        from compiler.sources.detect import question_line  # the detector's one notion of a question line

        question_like = [n + 1 for n in range(start + 1, end) if question_line(lines[n])]
        message = f"code fence {marker} opened here is never closed: the {swallowed} lines after it are code"
        hint = f"close it with {marker} where the code ends"
        if question_like:
            diag.error(
                file,
                start + 1,
                f"{message}, including what look like questions (line {', '.join(map(str, question_like[:3]))})",
                hint,
            )
        else:
            diag.warning(file, start + 1, message, hint)


@dataclass
class TopBlock:
    """A top-level block of the token stream with its 0-based line range."""

    tokens: list[Token]
    start: int
    end: int

    @property
    def type(self) -> str:
        return self.tokens[0].type

    @property
    def level(self) -> int:
        return int(self.tokens[0].tag[1:]) if self.type == "heading_open" else 0

    def boilerplate(self) -> bool:
        """HTML comments and horizontal rules carry nothing to learn."""
        if self.type == "hr":
            return True
        return self.type == "html_block" and not _COMMENT.sub("", self.tokens[0].content).strip()


def top_blocks(tokens: list[Token]) -> list[TopBlock]:
    """Group the token stream into top-level blocks with their line ranges."""
    blocks: list[TopBlock] = []
    i = 0
    while i < len(tokens):
        j, depth = i, 0
        while True:
            depth += tokens[j].nesting
            if depth <= 0 or j + 1 >= len(tokens):
                break
            j += 1
        first = tokens[i]
        start, end = first.map if first.map else (0, 0)
        blocks.append(TopBlock(tokens[i : j + 1], start, end))
        i = j + 1
    return blocks


_NUMBERED_TITLE = re.compile(r"^\s*\d{1,4}[.、)]\s*\S")  # '2. 下列关于 …'
_KEYED_TITLE = re.compile(r"(?:[(（]\s*`?[A-H]{1,5}`?\s*[)）]|[?？]\s*`[^`]+`)\s*[✅❌✔✘✓✗☑☒]?\ufe0f?\s*$")


def asking_title(block: TopBlock) -> str | None:
    """The title of an admonition block when it asks (``??? question "How do I …?"``, any type, ``!!!``/``???``/``???+``)."""
    tokens = block.tokens
    if block.type != "admonition_open" or len(tokens) < 4 or tokens[1].type != "admonition_title_open":
        return None
    title = tokens[2].content.strip()
    asks = title.endswith(("?", "？", "؟")) or tokens[0].meta.get("tag", "").lower() in QUESTION_TYPES  # (T13-6)
    # ('::: info 2. 下列关于JAVA多线程的叙述正确的是（BC）✅': a quiz notebook's question, its key in brackets and a self-graded
    # mark after it; '… 开放定址法？`C ThreadLocal` ❌': the answer after the '?': trial15 T15-10)
    asks = asks or bool(_NUMBERED_TITLE.match(title) and _KEYED_TITLE.search(title))
    return title if asks else None


def answer_toggle(block: TopBlock) -> bool:
    """A box that holds the answer of the text before it: an admonition titled Answer / Solution (MkDocs
    ``??? note "Answer"``, MyST ``:::{note} Solution``, ``::: details Answer`` …, see sources/directives.py)
    or a ``<details>`` toggle whose summary is such a label (``<summary>Show answer</summary>``)."""
    if block.type == "admonition_open":
        return bool(block.tokens[0].meta.get("bare"))
    toggle = summary_question(block)
    return toggle is not None and answer_label(toggle[0])


def split_admonitions(blocks: list[TopBlock]) -> list[TopBlock]:
    """An admonition whose title asks is a question and its body the answer, as a ``<details>`` toggle whose
    summary asks: the block becomes its title (``admonition_open`` and the title's tokens), then the body's
    blocks, then an ``admonition_close`` block alone that ends the answer."""
    out: list[TopBlock] = []
    for block in blocks:
        if asking_title(block) is None:
            out.append(block)
            continue
        tokens = block.tokens
        out.append(TopBlock(tokens[:4], block.start, block.start + 1))
        out.extend(top_blocks(tokens[4:-1]))
        out.append(TopBlock(tokens[-1:], block.end, block.end))
    return out


_CLOSES_TOGGLE = re.compile(r"</details\s*>", re.I)
_OPENS_TOGGLE = re.compile(r"^\s*<details\b", re.I)
_CLOSING_LINE = re.compile(r"^\s*(?:<!--\s*)?</details\s*>", re.I)  # (a comment: close_toggles)
_SUMMED_TOGGLE = re.compile(r"^\s*<details\b[^>]*>\s*<summary\b[^>]*>.*</summary>\s*$", re.I)  # opened, titled, one line


def split_items(md: MarkdownIt, blocks: list[TopBlock], lines: list[str], env: dict[str, Any]) -> list[TopBlock]:
    """Paragraphs cut before each line that starts an item the way the paragraph's first line started one
    (``**How old is the Sun?** …`` / ``**What fuses in its core?** …`` with no blank line between: one paragraph to
    Markdown, one card with both on its back; sitting 39, compiler.sources.item_starts). Each piece is parsed again on
    its own, with its lines kept; the hard break ending a piece (``…years.\\``) is taken off its line in ``lines`` too,
    as readers read a paragraph's text from them (a paragraph's last ``\\`` is a character, shown)."""
    out: list[TopBlock] = []
    shapes = page_shapes([lines[b.start] for b in blocks if b.type == "paragraph_open" and b.start < len(lines)])
    for block in blocks:
        if block.type == "blockquote_open" and block.end <= len(lines):
            own = lines[block.start : block.end]
            cuts = lazy_cut(own, shapes)
        else:
            own = lines[block.start : block.end] if block.type == "paragraph_open" and block.end <= len(lines) else []
            cuts = (item_cuts(own) or worked_cut(own) or glued_cuts(own, shapes)) if len(own) > 1 else []  # (the data over a worked answer: M1)
        if not cuts:
            out.append(block)
            continue
        for a, b in itertools.pairwise([0, *cuts, len(own)]):
            lines[block.start + b - 1] = unbroken(own[b - 1])
            part = "\n".join(lines[block.start + a : block.start + b])
            out.extend(TopBlock(t.tokens, t.start + block.start + a, t.end + block.start + a) for t in top_blocks(md.parse(part, env)))
    return out


def split_toggles(md: MarkdownIt, blocks: list[TopBlock], env: dict[str, Any]) -> list[TopBlock]:
    """HTML blocks cut after each line that closes a ``<details>`` toggle, when more follows in the block.

    CommonMark ends an HTML block only at a blank line, so toggles written one after another
    (``</details>`` then ``<details>`` on the next line, as large GitHub interview pages do) are one
    block: every question after the first would be lost in the first one's answer. Each piece is
    parsed again on its own (once: the whole block is cut at every such line), with its lines kept.
    """
    out: list[TopBlock] = []
    for block in blocks:
        if block.type != "html_block" or not (_CLOSES_TOGGLE.search(block.tokens[0].content) or "<details" in block.tokens[0].content.lower()):
            out.append(block)
            continue
        lines = block.tokens[0].content.split("\n")
        last = max((k for k, line in enumerate(lines) if line.strip()), default=0)
        cuts = [k + 1 for k, line in enumerate(lines[:last]) if _CLOSES_TOGGLE.search(line)]
        # trial8 H10: a toggle opening inside the block ('<br/>' then '<details><summary>Follow-up 1: …'), and a
        # closing line after the answer's text ('An exception …' then '</details>'), start pieces of their own
        cuts += [k for k, line in enumerate(lines) if 0 < k <= last and _OPENS_TOGGLE.match(line) and lines[k - 1].strip()]
        cuts += [k for k, line in enumerate(lines) if 0 < k <= last and _CLOSING_LINE.match(line) and lines[k - 1].strip()]
        # a toggle opened and titled on one line, its text right under it ('<details><summary>Answer</summary>' / 'Award
        # [3 max]' / '* scheduling;' / '</details>', as a Hugo page's expand shortcode reads: T20-8): Markdown, as after
        # a blank line
        cuts += [k + 1 for k, line in enumerate(lines[:last]) if _SUMMED_TOGGLE.match(line) and lines[k + 1].strip() and not lines[k + 1].lstrip().startswith("<")]
        cuts = sorted(set(cuts))
        if not cuts:
            out.append(block)
            continue
        for a, b in itertools.pairwise([0, *cuts, len(lines)]):
            part = "\n".join(lines[a:b])
            out.extend(TopBlock(t.tokens, t.start + block.start + a, t.end + block.start + a) for t in top_blocks(md.parse(part, env)))
    return out


_SEPARATOR_LINE = re.compile(r"^<p>\?{1,2}(?:\n|<br\s*/?>\n?|</p>)")
# between navigation links: separators, arrows and emoji (GitHub READMEs: '🔼[Back to contents](#content)')
# a few words leading in to links to the repository's other pages: '_Read this in other languages:_', 'Translations:'
_NAV_LEAD = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,5}[^\W\d_]+:\s*$")
# (the separators between navigation links; a full stop after the last one too: '[english](README.md),' /
# '[ქართული](README.ka-GE.md).', trial50 T50-3)
_NAV_TEXT = re.compile(r"^[\s|·•/,.\-–—\u2190-\u21ff\u2300-\u23ff\u2500-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]*$")


# an HTML line of one link to an anchor of the page, wrapped in layout tags, around text that is only
# navigation ('<div align="right"><b><a href="#table-of-contents">↥ back to top</a></b></div>')
_HTML_BACK_TO_TOP = re.compile(
    r"^\s*(?:<(?:p|div|b|strong|sup|sub|span)\b[^>]*>|[\s()\[\]])*<a\s[^>]*href=\"#[^\"]*\"[^>]*>[^<]{0,40}</a>"
    r"(?:</(?:p|div|b|strong|sup|sub|span)>|[\s()\[\]])*\s*$",
    re.I,
)


def navigation(block: TopBlock) -> bool:
    """A paragraph of page-navigation links only (``[⬆ Back to Top](#toc) | [Index](./README.md)``).

    Links to an anchor of the page or to another file of the repository mean nothing on a
    card; a paragraph made of nothing else is page furniture, like a ``<br/>`` line.
    """
    if block.type == "html_block":  # '<p align="right">(<a href="#readme-top">back to top</a>)</p>' (learner L11)
        return bool(_HTML_BACK_TO_TOP.match(block.tokens[0].content))
    if block.type != "paragraph_open" or len(block.tokens) < 2:
        return False
    links, depth, web, anchors = 0, 0, 0, 0
    words: list[str] = []  # the links' own words
    for t in block.tokens[1].children or []:
        if t.type == "link_open":
            href = str(t.attrGet("href") or "")
            if re.match(r"^[a-z][a-z0-9+.-]*:", href, re.I):
                web += 1  # a link to the web is content, unless beside a link to the page's own anchor (below)
            elif href and not re.search(r"[./#]", href):
                return False  # '[Texto del enlace](URL)': the syntax shown, no page to go to (trial12 U57)
            anchors += href.startswith("#")
            links += 1
            depth += 1
        elif t.type == "link_close":
            depth -= 1
        elif t.type in ("strong_open", "strong_close", "em_open", "em_close", "softbreak", "hardbreak") or (
            t.type == "text" and (depth > 0 or _NAV_TEXT.match(t.content) or (not links and _NAV_LEAD.match(t.content)))
        ) or (t.type == "html_inline" and _SMALL_TAG.fullmatch(t.content.strip())):  # ('<sup>[(목차로 돌아가기)](#…)</sup>')
            words += t.content.split() if depth > 0 else []
            continue
        elif depth > 0 and t.type == "code_inline":  # ('[¿Qué es la prop `children`?](#…)': its words, trial23 T23-34)
            words += t.content.split()
            continue
        else:
            return False
    # '[뒤로](https://github.com/…)/[위로](#part-1-3-network)' (Back / Up: trial18 T18-12): a link to the web beside a
    # link to an anchor of the page, each a word or two, is navigation too
    return links > 0 and (not web or (anchors > 0 and len(words) <= NAV_WORDS * links))


_SMALL_TAG = re.compile(r"</?(?:sup|sub|small|b|strong|i|em|span)\b[^<>]*>", re.I)
NAV_WORDS = 2  # words a navigation link has (on average) when one of its pair leads to the web ('Back' / 'Up')


_HREF = re.compile(r"""<a\s[^>]*?href\s*=\s*["']([^"']*)["']""", re.I)


def html_navigation(block: TopBlock) -> bool:
    """An HTML block of in-page navigation only (``<div align="right"><b><a href="#table-of-contents">↥ back to
    top</a></b></div>``, ``<p align="right">(<a href="#readme-top">back to top</a>)</p>``): links to anchors of
    the page and a few words, page furniture as the Markdown ``[⬆ Back to Top](#toc)`` line is."""
    if block.type != "html_block":
        return False
    html = block.tokens[0].content
    hrefs = _HREF.findall(html)
    if not hrefs or not all(h.startswith("#") for h in hrefs) or re.search(r"<(?:img|table|pre|code)\b", html, re.I):
        return False
    words = _TAG.sub(" ", _COMMENT.sub("", html)).split()
    return len(words) <= 6


# a repository's badge or contributors' picture: a status, a count, a follow button (shields.io, a CI's badge.svg)
_BADGE_SRC = re.compile(
    r"shields\.io|badgen?\b|badges?[/.]|/badge\b|travis-ci\.|circleci\.com|codecov\.io|coveralls\.io|opencollective\.com|"
    r"contrib\.rocks|contributors\.svg|forthebadge|app\.netlify\.com|deepscan\.io|codeclimate\.com|sonarcloud\.io",
    re.I,
)
_IMG_SRC = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']([^"']*)["']""", re.I)


def badges(block: TopBlock) -> bool:
    """A paragraph or HTML block of a repository's badges only (``[![build](https://img.shields.io/…)](…)``,
    ``<a href="…"><img src="https://opencollective.com/…/contributors.svg"></a>``): page furniture (trial26 T26-24)."""
    if block.type == "html_block":
        html = block.tokens[0].content
        srcs = _IMG_SRC.findall(html)
        words = _TAG.sub(" ", _COMMENT.sub("", html)).split()
        return bool(srcs) and all(_BADGE_SRC.search(src) for src in srcs) and not words
    if block.type != "paragraph_open" or len(block.tokens) < 2:
        return False
    images = 0
    for t in block.tokens[1].children or []:
        if t.type == "image":
            if not _BADGE_SRC.search(str(t.attrGet("src") or "")):
                return False
            images += 1
        elif t.type == "html_inline":
            srcs = _IMG_SRC.findall(t.content)
            if any(not _BADGE_SRC.search(src) for src in srcs):
                return False
            images += len(srcs)
        elif not (t.type in ("link_open", "link_close", "softbreak", "hardbreak") or (t.type == "text" and not t.content.strip())):
            return False
    return images > 0


def furniture(block: TopBlock) -> bool:
    """A block a card never shows: a rule, a comment, a ``<br/>`` line, navigation links, a repository's badges, empty
    link targets."""
    return (
        block.boilerplate()
        or navigation(block)
        or html_navigation(block)
        or (block.type == "html_block" and not visible(block.tokens[0].content))
        or badges(block)
        or anchors_only(block)
    )


def _asks_each(block: TopBlock) -> bool:
    """A list whose every entry is a question (``- [¿Qué son los hooks?](#qué-son-los-hooks)``): under an answer, a
    "see also" to other questions of the page, which the card keeps as text (trial23 T23-12); a table of contents
    names sections, not questions."""
    if block.type not in ("bullet_list_open", "ordered_list_open"):
        return False
    texts = [_LINK_TARGET.sub("", t.content).replace("[", "").strip(" *_") for t in block.tokens if t.type == "inline"]
    return bool(texts) and all(x.endswith(("?", "？", "؟")) for x in texts)


_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_ANCHOR_LINK = re.compile(r'<a href="#[^"]*"[^>]*>(.*?)</a>', re.S)


# a heading that names the page's table of contents ('## Contents', '# Table of Contents', '目录', 'Inhaltsverzeichnis')
CONTENTS_HEADING = re.compile(
    r"^\W*(?i:(?:table\s+of\s+)?contents?|toc|inhalt(?:sverzeichnis)?|sommaire|table\s+des\s+mati[eè]res|[íi]ndice|contenidos?"
    r"|conte[úu]dos?|sum[áa]rio|inhoud(?:sopgave)?|содержание|оглавление|目录|目錄|目次|목차)\W*$"
)


# a link to a heading of a Markdown page by the page's file name and the anchor (GitHub's own tables of contents:
# '[Ranges](Basics.md#ranges)' in Basics.md; sitting 57), no folder before it: as '#ranges' is, a section of the page
_NAMED_ANCHOR = re.compile(r"^[^/\\:?#\s]+\.(?:md|markdown|mdx)#\S+$", re.I)


def own_anchor(href: str) -> bool:
    """A link to an anchor of the page (``#ranges``, ``Basics.md#ranges``)."""
    return href.startswith("#") or bool(_NAMED_ANCHOR.match(href))


def anchor_links(block: TopBlock) -> bool:
    """A paragraph or list of links to anchors of the page only: a table of contents."""
    inline = [t for t in block.tokens if t.type == "inline"]
    if block.type == "table_open":
        return _anchor_table(block)
    if block.type not in ("paragraph_open", "bullet_list_open", "ordered_list_open") or not inline:
        return False
    if any(t.type not in _LIST_TOKENS and t.type != "inline" for t in block.tokens):
        return False
    links = 0
    for t in inline:
        for c in t.children or []:
            if c.type == "link_open":
                if not own_anchor(str(c.attrGet("href") or "")):
                    return False
                links += 1
    bare = [navigation(TopBlock([Token("paragraph_open", "p", 1), t], 0, 0)) for t in inline]
    # ('- [sigma `Σ`](#sigma) - *summation*': a few entries glossed after their link are still the page's contents, T45-11)
    glossed = sum(not b and _glossed_anchor(t) for b, t in zip(bare, inline, strict=True))
    return links > 0 and sum(bare) + glossed == len(bare) and GLOSSED_SHARE * glossed <= len(bare)


GLOSSED_SHARE = 3  # a table of contents glosses at most one entry in this many
GLOSS_WORDS = 6  # words of a contents entry's gloss after its link ('- *summation*', '— unit vector')


def _glossed_anchor(inline: Token) -> bool:
    """An entry that is a link to an anchor of the page and a few words after it (``[hat](#hat) - *unit vector*``)."""
    children = inline.children or []
    if not children or children[0].type != "link_open" or not own_anchor(str(children[0].attrGet("href") or "")):
        return False
    close = next((k for k, c in enumerate(children) if c.type == "link_close"), None)
    if close is None or any(c.type in ("link_open", "image") for c in children[close + 1 :]):
        return False
    rest = " ".join(c.content for c in children[close + 1 :] if c.type in ("text", "code_inline"))
    return 0 < len(rest.strip(" -–—:").split()) <= GLOSS_WORDS


def _anchor_table(block: TopBlock) -> bool:
    """A table each of whose rows links to an anchor of the page, and that links nowhere else
    (``| No. | Questions |`` / ``| 1 | [What is …](#what-is) |``): a table of contents (trial8 H18)."""
    rows = linked = 0
    row_link = False
    body = False
    for t in block.tokens:
        if t.type == "tbody_open":
            body = True
        elif t.type == "tr_open" and body:
            rows, row_link = rows + 1, False
        elif t.type == "tr_close" and body and row_link:
            linked += 1
        elif t.type == "inline":
            for c in t.children or []:
                if c.type == "link_open":
                    if not own_anchor(str(c.attrGet("href") or "")):
                        return False
                    row_link = True
    return rows > 0 and linked == rows


# GitHub's emoji shortcodes as GitHub shows them (the commonest of gemoji's names; others stay as written)
EMOJI = {
    "white_check_mark": "✅", "heavy_check_mark": "✔️", "ballot_box_with_check": "☑️", "x": "❌", "negative_squared_cross_mark": "❎",
    "white_large_square": "⬜", "black_large_square": "⬛", "red_circle": "🔴", "large_blue_circle": "🔵", "green_circle": "🟢",
    "yellow_circle": "🟡", "orange_circle": "🟠", "star": "⭐", "star2": "🌟", "sparkles": "✨", "fire": "🔥", "rocket": "🚀",
    "question": "❓", "grey_question": "❔", "exclamation": "❗", "heavy_exclamation_mark": "❗", "grey_exclamation": "❕",
    "warning": "⚠️", "no_entry": "⛔", "no_entry_sign": "🚫", "bulb": "💡", "memo": "📝", "pencil": "📝", "pencil2": "✏️",
    "book": "📖", "books": "📚", "bookmark": "🔖", "link": "🔗", "pushpin": "📌", "round_pushpin": "📍", "paperclip": "📎",
    "mag": "🔍", "mag_right": "🔎", "lock": "🔒", "unlock": "🔓", "key": "🔑", "gear": "⚙️", "wrench": "🔧", "hammer": "🔨",
    "hammer_and_wrench": "🛠️", "package": "📦", "computer": "💻", "keyboard": "⌨️", "iphone": "📱", "email": "📧", "calendar": "📅",
    "clock1": "🕐", "hourglass": "⌛", "stopwatch": "⏱️", "zap": "⚡", "boom": "💥", "tada": "🎉", "trophy": "🏆", "medal": "🏅",
    "dart": "🎯", "bug": "🐛", "beetle": "🪲", "snake": "🐍", "whale": "🐳", "penguin": "🐧", "crab": "🦀", "gopher": "🐹",
    "heart": "❤️", "blue_heart": "💙", "green_heart": "💚", "thumbsup": "👍", "+1": "👍", "thumbsdown": "👎", "-1": "👎",
    "ok_hand": "👌", "clap": "👏", "wave": "👋", "point_right": "👉", "point_left": "👈", "point_up": "☝️", "point_down": "👇",
    "eyes": "👀", "brain": "🧠", "smile": "😄", "smiley": "😃", "grinning": "😀", "wink": "😉", "thinking": "🤔", "sweat_smile": "😅",
    "joy": "😂", "cry": "😢", "sob": "😭", "scream": "😱", "sunglasses": "😎", "nerd_face": "🤓", "confused": "😕", "100": "💯",
    "arrow_up": "⬆️", "arrow_down": "⬇️", "arrow_left": "⬅️", "arrow_right": "➡️", "arrow_up_small": "🔼", "arrow_down_small": "🔽",
    "arrow_forward": "▶️", "arrow_backward": "◀️", "arrow_heading_up": "⤴️", "arrow_heading_down": "⤵️", "top": "🔝", "back": "🔙",
    "new": "🆕", "free": "🆓", "ok": "🆗", "up": "🆙", "cool": "🆒", "sos": "🆘", "information_source": "ℹ️", "heavy_plus_sign": "➕",
    "heavy_minus_sign": "➖", "heavy_multiplication_x": "✖️", "heavy_division_sign": "➗", "recycle": "♻️", "copyright": "©️",
    "registered": "®️", "tm": "™️", "one": "1️⃣", "two": "2️⃣", "three": "3️⃣", "four": "4️⃣", "five": "5️⃣", "six": "6️⃣",
    "seven": "7️⃣", "eight": "8️⃣", "nine": "9️⃣", "keycap_ten": "🔟", "zero": "0️⃣", "hash": "#️⃣", "construction": "🚧",
    "chart_with_upwards_trend": "📈", "chart_with_downwards_trend": "📉", "bar_chart": "📊", "clipboard": "📋", "file_folder": "📁",
    "open_file_folder": "📂", "page_facing_up": "📄", "scroll": "📜", "globe_with_meridians": "🌐", "earth_americas": "🌎",
    "speech_balloon": "💬", "thought_balloon": "💭", "loudspeaker": "📢", "mega": "📣", "bell": "🔔", "label": "🏷️",
    "money_with_wings": "💸", "moneybag": "💰", "gift": "🎁", "art": "🎨", "musical_note": "🎵", "video_camera": "📹",
    "camera": "📷", "movie_camera": "🎥", "tv": "📺", "electric_plug": "🔌", "battery": "🔋", "satellite": "📡", "microscope": "🔬",
    "telescope": "🔭", "test_tube": "🧪", "dna": "🧬", "abacus": "🧮", "triangular_ruler": "📐", "straight_ruler": "📏",
    "heavy_dollar_sign": "💲", "small_red_triangle": "🔺", "small_red_triangle_down": "🔻", "large_orange_diamond": "🔶",
    "large_blue_diamond": "🔷", "small_orange_diamond": "🔸", "small_blue_diamond": "🔹", "radio_button": "🔘",
    "white_circle": "⚪", "black_circle": "⚫", "checkered_flag": "🏁", "triangular_flag_on_post": "🚩", "stop_sign": "🛑",
    "hot_pepper": "🌶️", "coffee": "☕", "beer": "🍺", "pizza": "🍕", "apple": "🍎", "seedling": "🌱", "herb": "🌿",
    "four_leaf_clover": "🍀", "sunny": "☀️", "cloud": "☁️", "umbrella": "☂️", "snowflake": "❄️", "rainbow": "🌈", "ghost": "👻",
    "skull": "💀", "robot": "🤖", "alien": "👽", "see_no_evil": "🙈", "raised_hands": "🙌", "pray": "🙏", "muscle": "💪",
    "writing_hand": "✍️", "technologist": "🧑‍💻", "man_technologist": "👨‍💻", "woman_technologist": "👩‍💻", "busts_in_silhouette": "👥",
    "bust_in_silhouette": "👤", "mortar_board": "🎓", "school": "🏫", "office": "🏢", "house": "🏠", "lock_with_ink_pen": "🔏",
    "gem": "💎", "crown": "👑", "crystal_ball": "🔮", "dizzy": "💫", "notebook": "📓", "ledger": "📒", "closed_book": "📕",
    "green_book": "📗", "blue_book": "📘", "orange_book": "📙", "card_index": "📇", "newspaper": "📰", "floppy_disk": "💾",
    "cd": "💿", "desktop_computer": "🖥️", "cloud_with_lightning": "🌩️", "earth_asia": "🌏", "ocean": "🌊", "whale2": "🐋",
    "heavy_heart_exclamation": "❣️", "sparkle": "❇️", "eight_pointed_black_star": "✴️", "cherry_blossom": "🌸",
}
_SHORTCODE = re.compile(r"(?<![\w:]):([a-z0-9_+-]+):(?![\w:])")


def outside_code_spans(pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], line: str) -> str:
    """``pattern.sub(repl, line)`` on the text between code spans: `` `:x:` `` and `` `[[a]]` `` stay code."""
    parts, last = [], 0
    for m in _CODE_SPAN.finditer(line):
        parts.append(pattern.sub(repl, line[last : m.start()]))
        parts.append(m.group(0))
        last = m.end()
    parts.append(pattern.sub(repl, line[last:]))
    return "".join(parts)


_HEADING_LINE = re.compile(r"^[ ]{0,3}#{1,6}[ \t]")


def emoji_shortcodes(text: str) -> str:
    """GitHub's ``:white_check_mark:`` as the ✅ GitHub shows (a name GitHub has, from :data:`EMOJI`; any
    other ``:word:`` stays as written, but in a heading, where it is an emoji GitHub draws before a section's name,
    ``## :gem: Java``: gone, trial26 T26-24); code is left alone. Line numbers stay."""
    if ":" not in text or not _SHORTCODE.search(text):
        return text
    lines = text.split("\n")
    out = []
    for line, fenced in zip(lines, in_fence(lines), strict=True):
        if fenced or not _SHORTCODE.search(line):
            out.append(line)
            continue
        made = outside_code_spans(_SHORTCODE, _heading_emoji if _HEADING_LINE.match(line) else _emoji, line)
        out.append(re.sub(r"(#[ \t]+)[ \t]+", r"\1", made) if _HEADING_LINE.match(line) else made)
    return "\n".join(out)


def _heading_emoji(m: re.Match[str]) -> str:
    return EMOJI.get(m.group(1), "")


def _emoji(m: re.Match[str]) -> str:
    return EMOJI.get(m.group(1), m.group(0))


_LIST_TOKENS = frozenset(
    ("bullet_list_open", "bullet_list_close", "ordered_list_open", "ordered_list_close", "list_item_open", "list_item_close",
     "paragraph_open", "paragraph_close")
)
_NOT_WORDS = re.compile(r"[\W_]+")


_BARE_URL = re.compile(r"\s*(?:https?://|www\.)\S+\s*")


LINK_LABEL_WORDS = 4  # words at most in the label before a listed link ('Further reading (blog): [X](…)')


# ', basecs' / ' — Jane Doe, MIT' after a link ('), Samuel Albanie, …' after a link in brackets, '([slides](…))')
_CREDIT = re.compile(r"\s*\)?\s*(?:[,–—]|-\s|by\s)\s*\S[^.!?:;]*", re.IGNORECASE)
CREDIT_WORDS = 8  # words at most in a link's credit
LIST_LABEL_WORDS = 6  # words at most of an entry that labels the links nested under it ('Additional (only if you have time)')


def _credits(block: TopBlock) -> set[int]:
    """The children (by ``id``) a reading list may hold besides its links' words: the credit after a list entry's
    last link (``[Hashing Out Hash Functions](…), basecs``: its author or publisher, a few words after a comma, dash or
    'by') and an entry that only labels the links nested under it (``- Readings`` over ``  - [X](…)``). Neither is
    text to learn (the tech interview handbook's 'Learning resources' were a card of links, sitting 50)."""
    out: set[int] = set()
    tokens = block.tokens
    for n, t in enumerate(tokens):
        if t.type != "inline" or not t.children:
            continue
        kids = t.children
        ends = [j for j, c in enumerate(kids) if c.type == "link_close"]
        if ends and ends[-1] + 2 == len(kids) and kids[-1].type == "text":
            words = kids[-1].content
            if _CREDIT.fullmatch(words) and len(words.split()) <= CREDIT_WORDS + 1:
                out.add(id(kids[-1]))
        nested = next((u.type for u in tokens[n + 1 :] if u.type in ("inline", "bullet_list_open", "ordered_list_open")), "")
        if not ends and nested.endswith("list_open") and all(c.type == "text" for c in kids) and len(t.content.split()) <= LIST_LABEL_WORDS:
            out.update(id(c) for c in kids)
    return out


def _aside(block: TopBlock) -> bool:
    """A paragraph wholly in emphasis and without a link: an editor's note over what follows."""
    inline = next((t for t in block.tokens if t.type == "inline"), None)
    if block.type != "paragraph_open" or inline is None or not inline.children:
        return False
    kids = [c for c in inline.children if not (c.type == "text" and not c.content.strip())]
    return len(kids) >= 3 and kids[0].type == "em_open" and kids[-1].type == "em_close" and not any(
        c.type in ("link_open", "em_close") for c in kids[1:-1]
    )


def _described(block: TopBlock) -> set[int]:
    """The inline tokens (by ``id``) of entries nested under a list entry that opens with a link out of the page:
    that link's description (``- [tech-interview-handbook](…)`` / ``  - 코딩 인터뷰에 관련되어 정리되어있는 …``, trial26
    T26-24), text of the reading list as the link's own words are."""
    out: set[int] = set()
    linked: list[bool] = []  # for each open list entry: it opens with a link
    for t in block.tokens:
        if t.type == "list_item_open":
            linked.append(False)
        elif t.type == "list_item_close" and linked:
            linked.pop()
        elif t.type == "inline" and linked:
            kids = [c for c in t.children or [] if not (c.type == "text" and not c.content.strip())]
            if any(linked[:-1]):
                out.add(id(t))
            elif kids and kids[0].type == "link_open" and not str(kids[0].attrGet("href") or "").startswith("#"):
                linked[-1] = True
    return out


# a line of wiki links to other notes and nothing more: '- [[L03 Bacterial cell wall]]', '- [[L02 Prokaryotic cells]] (todo)',
# 'Back to [[Index]]' (an Obsidian map of content, trial29 T29-9)
_WIKI_ENTRY = re.compile(r"^\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?(?:\[[ xX]\]\s+)?(?P<rest>.*\S)\s*$")


def wiki_link_lines(lines: list[str]) -> frozenset[int]:
    """The lines (0-based) that only link to other notes with Obsidian's ``[[…]]`` (list entries, or a line of its
    own), a short note after a link at most ('(todo)', '— draft': half as many letters as the links'): navigation,
    read as :func:`reading_list` reads a list of web links; blank lines with them. Code is left alone. None of them
    when no line links so."""
    if "[[" not in "".join(lines):
        return frozenset()
    out = {k for k, line in enumerate(lines) if not line.strip()}  # (blank lines inside a loose list: neither way)
    linked = False
    for k, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        m = None if fenced or "[[" not in line else _WIKI_ENTRY.match(line)
        if m is None:
            continue
        rest = m.group("rest")
        links = [w.group(3) or w.group(2) for w in _WIKI.finditer(rest) if not w.group(1)]
        outside = _NOT_WORDS.sub("", _WIKI.sub("", rest))
        if links and len(outside) * 2 <= len(_NOT_WORDS.sub("", "".join(links))) and not rest.rstrip().endswith(("?", "？")):
            out.add(k)
            linked = True
    return frozenset(out) if linked else frozenset()


LINK_TABLE_ROWS = 3  # rows of a table of links to other pages (a table of contents, an index)


def link_table(block: TopBlock) -> bool:
    """A table each of whose rows (LINK_TABLE_ROWS or more) opens with a cell that is one link to a page of the site (a
    relative address, not the web's) and nothing else, its other cells short labels (``| [Array](./array.md) | High
    |``): the site's table of contents or index, each link a page of its own, no fact to learn (sitting 60: a study-guide list of a handbook made 18 cards 'Array' → 'High')."""
    if block.type != "table_open":
        return False
    rows: list[list[list[Token]]] = []
    row: list[list[Token]] | None = None
    body = False
    for token in block.tokens:
        if token.type == "tbody_open":
            body = True
        elif token.type == "tr_open" and body:
            row = []
        elif token.type == "tr_close" and row is not None:
            rows.append(row)
            row = None
        elif token.type == "inline" and row is not None:
            row.append(token.children or [])
    if len(rows) < LINK_TABLE_ROWS:
        return False
    for cells in rows:
        first = cells[0] if cells else []
        if sum(c.type == "link_open" for c in first) != 1 or first[0].type != "link_open" or first[-1].type != "link_close":
            return False
        if re.match(r"(?i)(?:[a-z][a-z0-9+.-]*:|//|www\.)", str(first[0].attrGet("href") or "")):
            return False  # (a term linked to the web, '| [TCP](https://…) | transport layer |': a glossary's row)
        if any(len(plain_inline(cell).split()) > LINK_LABEL_WORDS or any(c.type == "link_open" for c in cell) for cell in cells[1:]):
            return False
    return True


def reading_list(blocks: Sequence[TopBlock], wiki: frozenset[int] = frozenset()) -> bool:
    """Text that is nothing but links (a 'Further reading' list): lists and paragraphs whose words are
    nearly all link text (a short note after a link, '(PDF)', is allowed: at most half as many letters as
    the links'), optionally led in by one paragraph ending in ':' ('See these pages:'). ``wiki``: the lines that
    only link to other notes (:func:`wiki_link_lines`), the links of a map of content (trial29 T29-9).

    Under a heading that is not a question, such text teaches nothing on a card. Links to the page's own anchors
    (``[Amazon S3 Standard](#s3-standard)``) are its contents, their words the text (learner5 L2).
    """
    inside = outside = links = 0
    blocks = [b for b in blocks if not furniture(b)]  # (a card drops it anyway: a '</br>' line, 'Back to top' links)
    if len(blocks) > 1 and _aside(blocks[0]):
        blocks = blocks[1:]  # '_These are questions to practice …_' over the list: its editor's note
    for k, block in enumerate(blocks):
        if link_table(block):
            links += 1  # (a table of contents of other pages: '| [Array](./array.md) | High |')
            inside += 1
            continue
        if block.type not in ("paragraph_open", "bullet_list_open", "ordered_list_open"):
            return False
        if wiki and all(j in wiki for j in range(block.start, block.end)):
            links += 1  # (every line of it links to other notes)
            inside += 1
            continue
        if any(t.type not in _LIST_TOKENS and t.type != "inline" for t in block.tokens):
            return False  # code, a table, a quote: more than links
        described = _described(block)
        credited = _credits(block)
        children = [c for t in block.tokens if t.type == "inline" and id(t) not in described for c in t.children or [] if id(c) not in credited]
        if any(c.type in _MATH_TOKENS for c in children):
            return False  # a formula is text to learn, no link ('### CDF' / '$F(x;a,b)=…$' / '- [[Integral]] is …': T43-11)
        inside += sum(len(_NOT_WORDS.sub("", t.content)) for t in block.tokens if id(t) in described)
        lead = k == 0 and block.type == "paragraph_open" and len(blocks) > 1
        if lead and not any(c.type == "link_open" for c in children) and plain_inline(children).rstrip().endswith((":", "：")):
            continue  # 'See these pages:' leads in to the list
        depth = 0
        for j, c in enumerate(children):
            labels_link = j + 1 < len(children) and children[j + 1].type == "link_open" and c.content.rstrip().endswith((":", "："))
            if c.type == "text" and depth == 0 and labels_link and len(c.content.split()) <= LINK_LABEL_WORDS:
                continue  # '- Official documentation: [cgroup v2 guide](…)': the kind of link, no text to learn (U109)
            if c.type == "link_open" and not str(c.attrGet("href") or "").startswith("#"):
                links += 1
                depth += 1
            elif c.type == "link_close" and depth:
                depth -= 1
            elif c.type in ("text", "code_inline"):
                letters = len(_NOT_WORDS.sub("", c.content))
                if depth == 0 and c.type == "text" and _BARE_URL.fullmatch(c.content):
                    links += 1  # '- http://example.org/tcp': a link written bare
                    inside += letters
                elif depth > 0:
                    inside += letters
                else:
                    outside += letters
            elif c.type == "image":
                return False
    return links > 0 and outside * 2 <= inside


_SUMMARY = re.compile(r"^\s*<details\b[^>]*>\s*<summary\b[^>]*>(?P<q>.*?)</summary>(?P<rest>.*)$", re.S | re.I)


# a toggle's summary that only reveals what it hides ('Show answer', 'Hint', 'Contents'): no question of its own
REVEAL = re.compile(r"^(?i:click|tap|show|reveal|expand|see|view|hide|more|details|spoiler|hint|table\s+of\s+contents|contents|toc)\b")
_TOGGLE_SUMMARY = re.compile(r"<summary\b[^>]*>(?P<q>(?:(?!</summary>).){1,500}?)</summary>", re.I | re.S)
_TOGGLE = re.compile(r"<details\b.*?</details>", re.I | re.S)
_TOGGLE_PAGE_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t].*$", re.M)
TOGGLE_CARDS_MIN = 3  # toggles of a page of toggle flashcards


def toggle_cards(text: str) -> bool:
    """A page of toggle flashcards whose summaries name terms ('<summary>Ser — yo</summary>' over 'soy', a Notion toggle
    list exported as Markdown; sitting 41: one card, the page's title, held every toggle): :data:`TOGGLE_CARDS_MIN`
    toggles or more, none a reveal label ('Show answer', 'Hint') or an answer label, and nothing outside them but
    headings. Each toggle is a card, its summary the front (the Markdown reading and its detection alike)."""
    summaries = [re.sub(r"<[^>]+>", "", m.group("q")).strip() for m in _TOGGLE_SUMMARY.finditer(text)]
    if len(summaries) < TOGGLE_CARDS_MIN or any(not q or REVEAL.match(q) or ANSWER_TITLE.match(q) for q in summaries):
        return False
    return not _TOGGLE_PAGE_HEADING.sub("", _TOGGLE.sub("", strip_front_matter(text))).strip()


def summary_question(block: TopBlock) -> tuple[str, str] | None:
    """``(summary text, what follows it)`` of an HTML block opening a ``<details>`` toggle, or None.

    GitHub interview pages put a question in the toggle's summary and its answer inside.
    """
    if block.type != "html_block":
        return None
    m = _SUMMARY.match(block.tokens[0].content)
    if m is None:
        return None
    text = " ".join(htmllib.unescape(_TAG.sub("", _SUMMARY_CODE.sub(_code_span, m.group("q")))).split())
    text = _SUMMARY_MATH.sub(r"\\(\1\\)", text)  # ('เทอม $(\mathbf{u} \cdot \nabla) \mathbf{u}$ …?': maths, T15-59)
    rest = re.sub(r"</details>\s*$", "", m.group("rest").strip(), flags=re.I)
    return text, rest


_QUOTE_MARK = re.compile(r"^[ ]{0,3}>[ \t]?")  # a quote's mark, one level


def asked_in_passing(blocks: list[TopBlock], lines: list[str]) -> dict[int, tuple[int, str, str]]:
    """The paragraphs, or quotes of one paragraph, that ask a question in passing and answer it in brackets (``> **Quick
    check:** What …? *(Answer: …)*``, ``Pause and think: why …? (…)``: :func:`checked_in_passing`): ``{block: (line,
    question, answer)}``, each a card of its own instead of text of the card it stands in (trial35 T35-4)."""
    found: dict[int, tuple[int, str, str]] = {}
    for n, block in enumerate(blocks):
        if block.type not in ("paragraph_open", "blockquote_open") or block.end > len(lines):
            continue
        own = lines[block.start : block.end]
        if block.type == "blockquote_open":
            own = [_QUOTE_MARK.sub("", line, count=1) for line in own]
            if any(not line.strip() or line.lstrip().startswith((">", "[!")) for line in own):
                continue  # (a quote of several paragraphs, a nested quote or a callout: read as they are)
        if any(_QUOTE_MARK.match(line) for line in own) and block.type == "paragraph_open":
            continue
        pair = checked_in_passing(" ".join(own))
        if pair is not None:
            found[n] = (block.start + 1, *pair)
    return found


_SUMMARY_CODE = re.compile(r"<code>(?P<c>[^<>`]{1,200})</code>", re.I)  # '<code>top</code>' in a summary's text


def _code_span(m: re.Match[str]) -> str:
    """A summary's ``<code>`` as the Markdown code span the front is written in (trial35 T35-1: ``grub&gt;`` lost its
    code on the front, shown as plain text)."""
    return f"`{m.group('c')}`"


# inline maths in a summary's text, written as in Markdown ('$x^2$'; not '$5 and $10', prices)
_SUMMARY_MATH = re.compile(r"(?<![\\$\w])\$(?=[^\s$])([^$\n]*?[^\s$\\])\$(?![\w$])")


_TAGS_ONLY = re.compile(r"^(?:#[^\s#]+\s*)+$")


def tag_line(block: TopBlock) -> bool:
    """A paragraph of Obsidian/Logseq tags only (``#flashcards/chem``): note-taking furniture, not text."""
    if block.type != "paragraph_open" or len(block.tokens) < 2:
        return False
    return bool(_TAGS_ONLY.match(block.tokens[1].content.strip()))


def tags_only(line: str) -> bool:
    """A line of hashtags only (``#flashcards/pharm #exam``), not an ATX heading marker (``# Title``)."""
    text = line.strip()
    return bool(_TAGS_ONLY.match(text)) and not re.match(r"^#{1,6}(?:\s|$)", text)


# an emoji an author sets before the label ('💡 Answer:', '✅ **Answer:**', '👉'): the label's, dropped with it (backlog P23)
_MARK = r"(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*)?"
_ANSWER_LABEL = re.compile(  # 'Answer:', '**Resposta:**', 'Réponse :', '答案：'; '**Answer:**:' loses its stray ':' too
    r"^(?P<pre>(?:<blockquote>\s*)?<p>)" + _MARK + r"(?:<(?P<tag>strong|b|em)>\s*)?" + _MARK
    + r"(?:Answer|ANSWER|Ans|ANS|A|(?i:solution|correct(?:\s+answer)?|(?:suggested|sample|model|expected|possible)\s+answer|gợi\s+ý\s+trả\s+lời|" + ANSWER_WORDS + r"))\s*\d{0,3}\s*"
    r"(?:[:：]\s*(?P<shut></(?:strong|b|em)>)?|(?P<shut2></(?:strong|b|em)>)\s*[:：])\s*(?:[:：]\s*)?(?:<br\s*/?>\s*)?"
)


# 'Explanation:' as the first thing under a question (no answer label before it): the answer's label, in the languages
# such pages are written in ('**Explanation:**' / '> …' in a Go interview page, '**Explicação:**' in its Portuguese
# edition: trial44 T44-6, the back was "Explanation:" and the rest folded); after an answer it stays (a quiz's field)
EXPLANATION_WORDS = r"explanation|explica(?:ção|cao|ción|cion|tion)|erklärung|spiegazione|объяснение|пояснение|解释|解釋|解析|説明|설명"
_EXPLANATION_LABEL = re.compile(
    r"^(?P<pre>(?:<blockquote>\s*)?<p>)" + _MARK + r"(?:<(?P<tag>strong|b|em)>\s*)?" + _MARK + r"(?i:" + EXPLANATION_WORDS + r")\s*"
    r"(?:[:：]\s*(?P<shut></(?:strong|b|em)>)?|(?P<shut2></(?:strong|b|em)>)\s*[:：])\s*(?:<br\s*/?>\s*)?"
)


# the label closed by a full stop, 'Answer.' / '**उत्तर.**' / 'Ans.' (a full word: never 'A.', an option's letter; N31)
_ANSWER_DOT = re.compile(
    r"^(?P<pre>(?:<blockquote>\s*)?<p>)(?:<(?P<tag>strong|b|em)>\s*)?(?:Answer|Ans|(?i:solution|" + ANSWER_WORDS + r"))\s*\d{0,3}\s*"
    r"(?:\.(?:\s*(?P<shut></(?:strong|b|em)>))?|(?P<shut2></(?:strong|b|em)>)\s*\.)\s+(?!</p>)(?=\S)"  # (text after it: 'Answer.' alone is an answer)
)


# the label followed by a dash between spaces, 'Answer – …' / '**उत्तर** — …' (Hindi guide books: trial27 T27-16)
_ANSWER_DASH = re.compile(
    r"^(?P<pre>(?:<blockquote>\s*)?<p>)(?:<(?P<tag>strong|b|em)>\s*)?(?:Answer|ANSWER|Ans|ANS|(?i:solution|" + ANSWER_WORDS + r"))\s*\d{0,3}"
    r"(?:\s+[-–—](?:\s*(?P<shut></(?:strong|b|em)>))?|\s*(?P<shut2></(?:strong|b|em)>)\s*[-–—])\s+(?!</p>)(?=\S)"
)


# an emoji that marks the answer as a label would ('✅ The mitochondrion.' under '❓ What is …?': trial11 P107)
_ANSWER_MARK = re.compile(r"^(?P<pre>(?:<blockquote>\s*)?<p>)(?:✅|✔️?|☑️?|👉|➡️?|🅰️?|💡|🔑|✍️?)\s+(?=[^\s<])")  # (💡: T20-42)


def _label_gone(m: re.Match[str]) -> str:
    """What stays of an answer label: the paragraph's start, and the bold it opened when the bold goes on
    past it (``**A: No.** A miss costs…``): never a ``</strong>`` without its ``<strong>``."""
    reopen = m.group("tag") and not (m.group("shut") or m.group("shut2"))
    return m.group("pre") + (f"<{m.group('tag')}>" if reopen else "")
_SPACES = re.compile(r"[ \t]{2,}")
_VERBATIM = re.compile(r"(<pre\b.*?</pre>|<code\b.*?</code>)", re.S)


_PAIRED_LABEL = re.compile(r"^(?P<pre><p>)(?:<(?P<tag>strong|b)>\s*)?A\s*\d{0,4}\s*[.)](?:\s*</(?P=tag)>)?\s+(?=\S)")


def drop_paired_label(blocks: list[Block]) -> list[Block]:
    """Answer blocks without a leading ``A.`` / ``A1.`` that pairs the question's ``Q1.`` label (catechisms,
    FAQ pages converted from HTML: trial10 P8); only ever called for a question so labelled."""
    if not blocks or blocks[0].kind is not BlockKind.html:
        return blocks
    if len(blocks) > 1 and _LONE_PAIRED.match(blocks[0].text):
        return blocks[1:]  # ('**Q. API 404와 페이지 404의 차이는?**' / 'A.' alone / the list that answers: trial15 T15-66)
    text = _PAIRED_LABEL.sub(lambda m: m.group("pre"), blocks[0].text, count=1)
    return [Block(kind=BlockKind.html, text=text), *blocks[1:]] if text != blocks[0].text else blocks


_ASKED_LABEL = re.compile(
    rf"^(?P<pre><p>)(?:<(?P<tag>strong|b)>\s*)?(?i:question|q|{QUESTION_WORDS})\s*[:：](?:\s*</(?P=tag)>)?\s*(?=[^\s<])"
)


def drop_question_label(blocks: list[Block]) -> list[Block]:
    """The question's text without the label that opens it (``**Question:** What command …?`` under a heading that
    asks already, ``### Scenario: … What should you do?``): the label is layout, the heading says it is a question
    (T61: the front read '… What should you do? Question: What command …?')."""
    if not blocks or blocks[0].kind is not BlockKind.html:
        return blocks
    text = _ASKED_LABEL.sub(lambda m: m.group("pre"), blocks[0].text, count=1)
    return [Block(kind=BlockKind.html, text=text), *blocks[1:]] if text != blocks[0].text else blocks


_LONE_PAIRED = re.compile(r"^\s*<p>(?:<(?:strong|b|em)>)?\s*A\s*\d{0,3}\s*[.:：]?\s*(?:</(?:strong|b|em)>)?\s*</p>\s*$")  # 'A.' alone
_FIRST_ENTRY = re.compile(r"^<ul>\s*<li>(?:<p>)?")
_BARE_A = re.compile(r"^<p>(?:<(?:strong|b|em)>)?\s*A\s*\d{0,3}\s*(?:</(?:strong|b|em)>)?\s*[:：]")
_ONE_ENTRY = re.compile(r"^<ul>\s*<li>(?P<body>(?:(?!<li\b).)*)</li>\s*</ul>\s*$", re.S)


# a heading that only labels the answer under it: '<h3>Answer:</h3>', '<h4>Solution</h4>', '<h3>Ответ</h3>'
_LABEL_HEADING_HTML = re.compile(r"^\s*<h[1-6]>(?:" + ANSWER_TITLE.pattern.removeprefix("^").removesuffix("$") + r")</h[1-6]>\s*$", re.I)


# a label with a number that opens a paragraph: 'Solution 1:', '**Method 2:**', 'Lösung 1:'
_COUNTED_LABEL = re.compile(r"^\s*(?:<p>)?\s*(?:<strong>|<b>)?\s*(?P<word>[^\W\d_]{2,20})\s*(?P<n>\d{1,2})\s*(?:</strong>|</b>)?\s*[:：]")


def _numbered_labels(blocks: list[Block]) -> bool:
    """Whether the answer opens with a numbered label and another block later opens with the same word and the next
    number ('Solution 1:' … 'Solution 2:'): labels of the answer's parts, kept, never the answer's label dropped."""
    first = _COUNTED_LABEL.match(blocks[0].text)
    if first is None:
        return False
    word, n = first.group("word").casefold(), int(first.group("n"))
    return any(
        (m := _COUNTED_LABEL.match(b.text)) is not None and m.group("word").casefold() == word and int(m.group("n")) == n + 1
        for b in blocks[1:]
        if b.kind is BlockKind.html
    )


# a paragraph that is only a link named as an answer ('[[Answer]](https://…)', '[Solution](…)', '[Réponse](…)')
_ANSWER_LINK = r"<a\s[^>]*>\s*\[?\s*(?i:answers?|solutions?|réponses?|respuestas?|antworte?n?|lösung(?:en)?)\s*\]?\s*</a>"
_LABEL_LINK = re.compile(rf"^<p>\s*{_ANSWER_LINK}\s*</p>\s*$")
# … or opening the answer's paragraph, the answer on the next line
_LABEL_LINK_LEAD = re.compile(rf"^<p>\s*(?P<link>{_ANSWER_LINK})\s*(?:<br\s*/?>)?\s*\n(?=\s*[^\s<])")

# a paragraph that opens with pictures alone on their lines, then goes on under them (a remote picture is its link)
_PICTURES_LEAD = re.compile(r"^<p>(?P<pictures>(?:\s*(?:<img\s[^>]*>|<a\s[^>]*>\[image:[^<]*\]</a>))+)\s*\n(?=\s*\S)")


def drop_answer_label(blocks: list[Block], explanation: bool = False) -> list[Block]:
    """Answer blocks without a leading ``**Answer**:`` / ``A:`` label (layout, not answer text); also when the
    label opens a bullet of its own under the question (``- **Answer:** ORM converts …``, trial9 T16): then
    the bullet is no list either, its text a paragraph. With ``explanation`` (a card's back as rendered, never a
    probe for where a label stands), an ``Explanation:`` label opening it goes too (trial44 T44-6)."""
    if not blocks or blocks[0].kind is not BlockKind.html:
        return blocks
    if explanation and len(blocks) > 1 and _LABEL_LINK.match(blocks[0].text) and any(visible(b.text) for b in blocks[1:]):
        # '[[Answer]](https://…)' over the answer written out (an interview page linking where it took the answer
        # from; sitting 49: the back opened with the word 'Answer'): the link goes after the answer, where a source does
        return drop_answer_label([*blocks[1:], blocks[0]], explanation)
    if explanation and (pictured := _PICTURES_LEAD.match(blocks[0].text)) is not None:
        # '![ETCD](…)' / '**Answer:**' with no blank line between (one paragraph): the pictures stay, the label goes
        # (sitting 49: the back read '[image: ETCD] Answer:' over the answer's list)
        rest = drop_answer_label([Block(kind=BlockKind.html, text="<p>" + blocks[0].text[pictured.end() :]), *blocks[1:]], explanation)
        if rest and rest[0].text != "<p>" + blocks[0].text[pictured.end() :]:
            return [Block(kind=BlockKind.html, text=f"<p>{pictured.group('pictures').strip()}</p>"), *rest]
    if explanation and (lead := _LABEL_LINK_LEAD.match(blocks[0].text)) is not None:  # (the answer on the next line)
        rest = [Block(kind=BlockKind.html, text="<p>" + blocks[0].text[lead.end() :]), *blocks[1:]]
        return [*drop_answer_label(rest, explanation), Block(kind=BlockKind.html, text=f"<p>{lead.group('link')}</p>")]
    if _numbered_labels(blocks):  # 'Solution 1:' / … / 'Solution 2:' …: the answer's parts, each named (trial32 T32-4)
        return blocks
    if _LABEL_HEADING_HTML.match(blocks[0].text):  # '### Answer:' over '**Output:** false' (learner4 N12): layout
        return drop_answer_label(blocks[1:], explanation)
    entry = _ONE_ENTRY.match(blocks[0].text)
    if entry:
        body = entry.group("body").strip()
        unwrapped = [Block(kind=BlockKind.html, text=body if body.startswith("<p>") else f"<p>{body}</p>"), *blocks[1:]]
        dropped = drop_answer_label(unwrapped, explanation)
        return dropped if dropped != unwrapped else blocks
    first = _FIRST_ENTRY.match(blocks[0].text)
    if first:  # '- **Answer:** A buffer …' then '- It lets …': the label goes, the list stays
        probe = "<p>" + blocks[0].text[first.end() :]
        text = _ANSWER_LABEL.sub(_label_gone, probe, count=1)
        if text != probe and not _BARE_A.match(probe):  # ('- A: Hello' / '- B: Hi': a dialogue, not a label)
            return [Block(kind=BlockKind.html, text=first.group(0) + text[len("<p>") :]), *blocks[1:]]
    text = _ANSWER_LABEL.sub(_label_gone, blocks[0].text, count=1)
    if text == blocks[0].text and explanation:
        text = _EXPLANATION_LABEL.sub(_label_gone, blocks[0].text, count=1)  # '**Explanation:**' opening it (T44-6)
    if text == blocks[0].text:
        text = _ANSWER_DOT.sub(_label_gone, blocks[0].text, count=1)  # '**Answer.** The movement …' (readers2's N31)
    if text == blocks[0].text:
        text = _ANSWER_DASH.sub(_label_gone, blocks[0].text, count=1)  # 'Answer – The Ganga.' (T27-16)
    mark = _ANSWER_MARK.match(blocks[0].text) if text == blocks[0].text else None
    if mark is not None and not aside_label(htmllib.unescape(_TAG.sub("", blocks[0].text[mark.end() :]))):
        # '❓ What …?' / '✅ The mitochondrion.' (P107); never '💡 Tip: …', an aside beside the answer (sitting 44)
        text = _ANSWER_MARK.sub(r"\g<pre>", blocks[0].text, count=1)
    if text == blocks[0].text:
        return blocks
    rest = blocks[1:]
    return [Block(kind=BlockKind.html, text=text), *rest] if visible(text) else rest


def collapse_spaces(html: str) -> str:
    """Runs of spaces shown as one, as a browser would, except in code: a field never carries 150,000 spaces."""
    parts = _VERBATIM.split(html)
    return "".join(part if k % 2 else _SPACES.sub(" ", part) for k, part in enumerate(parts))


_NUMBERED_LABEL = re.compile(
    rf"^(?i:question|q|exercise|problem|task|zadanie|{QUESTION_WORDS})"  # (every language's question word: T29-55)
    r"\s*[#№]?\s*\d{1,4}[a-z]?\s*[.:)]?$|^(?:问题|問題|题目|題目|문제|第)\s*\d{1,4}\s*[题題問]?$"
)


# Obsidian tags closing a heading ('# Cell biology #flashcards', '## Enzymes #bio/cells'): the note's tags, no words of
# its title (a tag never opens with a digit: '## Question #2' keeps its number)
_CLOSING_TAGS = re.compile(r"(?:\s+#[^\W\d_][\w/-]*)+\s*$")  # ('C#', '#5', '#_x' are no tags)


def without_tags(text: str) -> str:
    """A heading's text without the Obsidian tags that close it (T39-14: 'Cell biology #flashcards' on every card)."""
    return _CLOSING_TAGS.sub("", text) or text


# what a question calls a picture it asks about (stimulus._NOUNS; 'What does this sign mean?': sitting 51 N23)
PICTURE_NOUNS = (
    r"cartoons?|images?|pictures?|photo(?:graph)?s?|maps?|diagrams?|illustrations?|figures?|graphs?|charts?|graphics?|drawings?"
    r"|posters?|signs?|symbols?|flags?|logos?|paintings?|x-rays?|scans?"
)


def deictic(nouns: str) -> re.Pattern[str]:
    """What points at an exhibit called by one of ``nouns``: ``this sign``, ``the table``, ``figure shown``; never
    ``the following …``, which points at the options."""
    return re.compile(rf"\b(?:the|this|these|that|those|above)\s+(?!following\b)(?:\w+\s+)?(?:{nouns})\b|\b(?:{nouns})\s+(?:above|shown|provided|given)\b", re.I)


_POINTS_AT_PICTURE = deictic(PICTURE_NOUNS)


def asks_about_picture(question: str) -> bool:
    """Whether a question points at a picture set with it (``What does this sign mean?``, ``the diagram shown``)."""
    return bool(_POINTS_AT_PICTURE.search(question))


# what points at the picture right under a question by what it shows ('Which bone is highlighted?', 'Name the structure
# labelled X', 'What is the name of this joint?'): with the picture right under the question only
_POINTS_BELOW = re.compile(
    r"\b(?:highlighted|labell?ed|circled|arrowed|pictured|shaded|indicated|marked\s+(?:with|by|[A-Z]\b))\b"
    r"|\b(?:this|these)\s+(?:\w+\s+)?(?:bones?|joints?|muscles?|organs?|structures?|parts?|cells?|organelles?|buildings?|animals?|plants?|birds?|trees?|leaf|leaves|rocks?|minerals?|paintings?|artworks?|instruments?|landmarks?|places?|countr(?:y|ies)|persons?|people|man|woman|species|shapes?|objects?|items?|devices?|components?|lesions?|rash(?:es)?)\b",
    re.I,
)


def asks_about_picture_below(question: str) -> bool:
    """Whether a question points at the picture set right under it: as :func:`asks_about_picture`, or by what the
    picture shows ('Which bone is highlighted?', 'What is the name of this joint?'; sitting 56: the picture went on the
    back, a front asking about nothing)."""
    return asks_about_picture(question) or bool(_POINTS_BELOW.search(question))


def page_title(lines: list[str]) -> tuple[int, str] | None:
    """``(0-based line, text)`` of a page title: the first heading, of level 1, and the only level-1 heading; or, on a
    page with no level-1 heading, a first heading deeper than the heading after it (it sections nothing).

    A title names the page (or the deck); it is not a section every card sits in.
    """
    first: tuple[int, str] | None = None
    seen_heading = False
    deeper: tuple[int, str, int] | None = None  # the page's first heading when below level 1: (line, text, level)
    opened = (front_matter_end(lines) or -1) + 1  # (front matter's lines are no heading's)
    for i, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        if fenced or i < opened:
            continue
        h = _ATX.match(line) or _setext(lines, i, opened)
        if h is None:
            continue
        if not seen_heading and len(h.group(1)) > 1:
            deeper = (i, without_tags(h.group(2).strip().rstrip("#").strip()), len(h.group(1)))
        elif deeper is not None and first is None and len(h.group(1)) > 1:
            # ('### 🚀 Terraform Scenario-Based Interview Questions' over '## 🔹 Basic Scenarios': the first heading, deeper
            # than the one after it, sections nothing; the page's title set at the wrong level, T61)
            if len(h.group(1)) < deeper[2] and not _NUMBERED_LABEL.match(deeper[1].strip("*_ ")) and not deeper[1].rstrip("*_ ").endswith(("?", "？")):
                first = (deeper[0], deeper[1])
            deeper = None
        if len(h.group(1)) == 1:
            if first is not None and _KEY_HEADING.match(h.group(2)):
                continue  # '# Answers': an answer key at the end does not make the title a section
            if first is not None or seen_heading:
                return None
            first = (i, without_tags(h.group(2).strip().rstrip("#").strip()))
            if _NUMBERED_LABEL.match(first[1].strip("*_ ")):
                return None  # ('# Question 8' atop a file of one question: that question's label, no title; trial16 T16-20)
        seen_heading = True
    return first


_SETEXT_UNDER = re.compile(r"^ {0,3}(?:(?P<one>=+)|-+)[ \t]*$")
_NO_SETEXT = re.compile(r"^(?: {4}|\t|\s*(?:[-*+>|#]|\d{1,9}[.)])(?:\s|$))")  # code, a list entry, a quote, a table row


def _setext(lines: list[str], i: int, opened: int) -> re.Match[str] | None:
    """The line at ``i`` as an ATX heading match (its marks, its text) when it is a one-line setext heading
    (``Keyboard shortcuts review`` over ``=====``: level 1; over ``-----``: level 2; trial29 T29-28, the page's title
    was read as a section), else None."""
    under = _SETEXT_UNDER.match(lines[i + 1]) if i + 1 < len(lines) else None
    if under is None or not lines[i].strip() or _NO_SETEXT.match(lines[i]) or (i > opened and lines[i - 1].strip()):
        return None
    return _ATX.match(f"{'#' if under.group('one') else '##'} {lines[i].strip()}")


_LEADING_BREAKS = re.compile(r"^(?:\s|<br\s*/?>)+", re.I)
_OPENING_BREAKS = re.compile(r"^(<p>)(?:\s|<br\s*/?>)+", re.I)  # the same breaks opening the answer's first paragraph
# a paragraph all of whose text an HTML '<b>' wraps (written as raw HTML, never Markdown's '**…**'): its bold is the
# page's way of setting answers apart, not emphasis
_WHOLE_HTML_BOLD = re.compile(r"^(?P<open><p>)\s*<b>\s*(?P<body>(?:(?!</?b\b).)+?)\s*</b>\s*(?P<close></p>)$", re.S | re.I)


# The header row a table without one gets when it is written as Markdown (a Word table, a web page's <td> rows:
# markdownify writes '|  |  |' over them): its empty cells are no row on the card, nor a header the sheet prints.
_EMPTY_HEAD = re.compile(r"<thead>\s*<tr>\s*(?:<th\b[^>]*>\s*</th>\s*)+</tr>\s*</thead>\s*")


_TOP_HEADING_TAG = re.compile(r"<(/?)h[12](?=[\s>])")


def render_blocks(
    md: MarkdownIt, blocks: list[TopBlock], env: dict[str, Any], file: str, diag: Diagnostics, offset: int = 0
) -> list[Block]:
    """Answer blocks from top-level Markdown blocks; ``offset`` is added to their lines in messages."""
    out: list[Block] = []
    for b in blocks:
        t = b.tokens[0]
        if t.type in ("fence", "code_block"):
            if t.content.strip():
                lang = t.info.strip().split()[0] if t.info.strip() else ""
                out.append(Block(kind=BlockKind.code, text=t.content.rstrip("\n"), lang=lang))
            continue
        see_also = anchor_links(b)  # (a list of the page's own questions is kept, as text: below)
        if b.boilerplate() or navigation(b) or html_navigation(b) or badges(b) or tag_line(b) or (see_also and not _asks_each(b)):
            continue
        number = _empty_number(b)
        if number:  # an answer '6.' / '1989.' / '2)': the number its author wrote, not an empty list (learner L35)
            out.append(Block(kind=BlockKind.html, text=f"<p>{number}</p>"))
            continue
        raw = md.renderer.render(lettered_breaks(b.tokens), md.options, env)
        if b.type == "heading_open" and b.level <= 2:  # ('## Introduction' inside an essay plan's answer: a heading on the
            raw = _TOP_HEADING_TAG.sub(r"<\1h3", raw)  # card, never its bare text run into the next line; sitting 56)
        if not out:
            raw = _SEPARATOR_LINE.sub("<p>", raw, count=1)  # Obsidian's '?'/'??' line between question and answer
        html = collapse_spaces(sanitize(raw))
        if "<thead>" in html:  # (a Word or web table with no header row: Markdown's empty one is no row of the card)
            html = _EMPTY_HEAD.sub("", html)
        if see_also:  # (a "see also" list of the page's questions: their text, the page's anchors lead nowhere on a card)
            html = _ANCHOR_LINK.sub(r"\1", html)
        html = html if out else _LEADING_BREAKS.sub("", html)  # ('<br/>' under a toggle's summary: no blank start, r-2)
        if not out:  # ('<summary>…?</summary><br><b>' / the answer / '</b>', devops-exercises: no blank line, no bold page; T39-11)
            html = _WHOLE_HTML_BOLD.sub(r"\g<open>\g<body>\g<close>", _OPENING_BREAKS.sub(r"\1", html), count=1)
        if visible(html):
            out.append(Block(kind=BlockKind.html, text=html))
            report_active(raw, file, b.start + 1 + offset, diag)  # 'Injected <script>…</script>code': the text stays
        elif visible(_strip_unsafe_markup(raw)):
            diag.warning(
                file,
                b.start + 1 + offset,
                "text removed by HTML sanitizing (scripts, styles, embeds and their content are not kept)",
                "write it as plain Markdown if it belongs on the card",
                group="sanitized-away",
            )
        # else: nothing to show (a <br/> line, an empty <p>): dropped silently
    return out


# a line lettered as a list's entry: 'A. G1 checkpoint …', 'b) the spindle forms', '(c) …'
_LETTERED_LINE = re.compile(r"^[ \t]*[(（]?(?P<l>[A-Za-z])[.)）][ \t]+\S")


# a line numbered with no space after its number, which CommonMark reads as no list ('1.init' / '2.loadView')
_UNSPACED_NUMBER = re.compile(r"^(?P<n>\d{1,2})[.)、．](?=\S)(?!\d)")


def _numbered_breaks(children: Sequence[Token]) -> list[int]:
    """The soft breaks before each line of a paragraph whose every line is numbered in order with no space after its
    number (``1.init`` / ``2.loadView`` / ``3.viewWillAppear``, a bank's answer): a line each, as written, never
    "1.init 2.loadView …" run together (trial38, seen with T38-2). Two lines at least; '2.0 was released …' alone
    starts no run."""
    breaks = [k for k, c in enumerate(children[:-1]) if c.type == "softbreak"]
    starts = [0, *(k + 1 for k in breaks)]
    found = [_UNSPACED_NUMBER.match(children[k].content) if children[k].type == "text" else None for k in starts]
    if len(found) < 2 or not all(found):
        return []
    numbers = [int(m.group("n")) for m in found if m]
    return breaks if numbers == list(range(numbers[0], numbers[0] + len(numbers))) else []


def _field_breaks(children: Sequence[Token]) -> list[int]:
    """The soft breaks of a paragraph whose every line is a record's field (``**Class:** loop diuretic`` /
    ``**Action:** …``, ``Symptoms: …`` / ``Treatment: …``; :func:`compiler.sources.parts.field_label`): a line each on
    the card, as written, never "Class: loop diuretic Action: …" run together (sitting 42). Two lines at least. A field
    wrapped onto the next line goes on there (``Rule: A statement … excitement`` / ``caused by it. FRE 803(2).`` /
    ``Exception: …``: its line opens in lower case, or the line before ends no sentence), the break before it kept soft
    (sitting 49: such a law card was one run-on line)."""
    breaks, lines = _soft_lines(children, bold=True)
    fields = [bool(field_label(x)) for x in lines]
    if not breaks or not fields[0] or sum(fields) < 2:
        return []
    if not all(f or x.lstrip()[:1].islower() or not lines[k - 1].rstrip().endswith((".", "!", "?", ":")) for k, (f, x) in enumerate(zip(fields, lines, strict=True))):
        return []
    return [b for b, f in zip(breaks, fields[1:], strict=True) if f]


def _soft_lines(children: Sequence[Token], bold: bool = False) -> tuple[list[int], list[str]]:
    """The soft breaks of a paragraph's inline tokens and the text of each line they part (its ``**`` kept with
    ``bold``): the lines as written, for the rules that keep a paragraph's lines apart on the card."""
    breaks = [k for k, c in enumerate(children[:-1]) if c.type == "softbreak"]
    lines, line = [], ""
    for c in children:
        if c.type == "softbreak":
            lines.append(line)
            line = ""
        else:
            line += c.markup if bold and c.type in ("strong_open", "strong_close") else c.content
    lines.append(line)
    return breaks, lines


# a line of a ledger or statement: a few words and the amount ending it ('Dr Cash 10,000', 'Cr Accounts Payable 500',
# 'Gross profit £2,000')
_AMOUNT_LINE = re.compile(r"^\s*\S(?:[^\n]{0,60}?)[ \t]+[-(]?[$£€¥]?\d[\d,]*(?:\.\d{1,2})?\)?[ \t]*$")
AMOUNT_LINE_WORDS = 8  # words at most of such a line


def _amount_breaks(children: Sequence[Token]) -> list[int]:
    """The soft breaks of a paragraph whose every line is an entry and its amount (``Dr Rent Expense 1,200`` / ``Cr Cash
    1,200``, a journal entry; ``Sales 5,000`` / ``Cost of sales 3,000``): a line each, as written, never 'Dr Cash 10,000
    Cr Owner's Capital 10,000' run together (sitting 48). Two lines at least."""
    breaks, lines = _soft_lines(children)
    return breaks if breaks and all(_AMOUNT_LINE.match(x) and len(x.split()) <= AMOUNT_LINE_WORDS for x in lines) else []


def lettered_breaks(tokens: list[Token]) -> list[Token]:
    """``tokens`` with the soft line breaks before lettered lines made hard: lines lettered in order from a or A
    ('A. G1 checkpoint — …' / 'B. G2 checkpoint — …', or 'a. chromosomes condense' / 'b. the spindle forms' under a
    numbered entry) show a line each, as written, never run together into one line of text (trial29 T29-56); so do
    labelled statements ('I. …' / 'II. …', 'Assertion (A): …' / 'Reason (R): …': T31-29)."""
    out: list[Token] | None = None
    for at, t in enumerate(tokens):
        children = t.children or []
        if t.type != "inline" or not any(c.type == "softbreak" for c in children):
            continue
        breaks = [
            k for k, c in enumerate(children[:-1])
            if c.type == "softbreak" and children[k + 1].type == "text" and _LETTERED_LINE.match(children[k + 1].content)
        ]  # fmt: skip
        first = _LETTERED_LINE.match(children[0].content) if children and children[0].type == "text" else None
        letters = [m.group("l").lower() for m in [first, *(_LETTERED_LINE.match(children[k + 1].content) for k in breaks)] if m]
        entry = any(tokens[j].type == "list_item_open" for j in range(max(0, at - 2), at))  # ('1. Metaphase' / '   a. …')
        if not breaks or len(letters) < (1 if entry and first is None else 2) or "".join(letters) not in "abcdefghijklmnopqrstuvwxyz":
            breaks = []
        statements = _statement_softbreaks(children)  # 'I. …' / 'II. …', 'Assertion (A): …' / 'Reason (R): …' (T31-29)
        if not breaks:
            breaks = _numbered_breaks(children) or _field_breaks(children) or _amount_breaks(children)
        if not breaks and not statements:
            continue
        out = out if out is not None else list(tokens)
        out[at] = t.copy(
            children=[Token("hardbreak", "br", 0) if k in breaks or id(c) in statements else c for k, c in enumerate(children)]
        )
    return tokens if out is None else out


def _empty_number(block: TopBlock) -> str:
    """``6.`` for an ordered list of one empty entry (``6.`` alone on its line), else ``""``."""
    types = [t.type for t in block.tokens]
    if types != ["ordered_list_open", "list_item_open", "list_item_close", "ordered_list_close"]:
        return ""
    start = block.tokens[0].attrGet("start") or 1
    return f"{start}{block.tokens[1].markup or '.'}"


def _strip_unsafe_markup(html: str) -> str:
    """What a block showed before sanitizing, minus toggles and comments that are not content."""
    return re.sub(r"<summary\b.*?</summary>", "", html, flags=re.S | re.I)


# Obsidian's wikilinks and embeds: '[[target|alias]]', '[[target]]', '![[ images/x.png ]]', '![[x.png|300]]'.
_WIKI = re.compile(r"(!?)\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]*))?\]\]")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")
EMBED_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp", ".avif")


def _wiki(m: re.Match[str]) -> str:
    bang, target, alias = m.group(1), m.group(2).strip(), (m.group(3) or "").strip()
    if not re.search(r"[^\W\d_]", target) or target.startswith(("-", "$")) or '"' in target:
        return m.group(0)  # '[[0]]', '[[ -f x ]]', df[["a"]]: code, not a link
    if bang and target.lower().endswith(EMBED_SUFFIXES):
        # an image: Markdown's own image syntax; the media pass finds it (anywhere in the vault, as Obsidian does)
        return f"![{escapeHtml(PurePath(target).name)}](<{target}>)"
    if alias and not (bang and alias.isdigit()):
        return alias
    page, _, heading = target.partition("#")
    page, heading = page.split("^")[0].strip(), heading.split("^")[0].strip()
    return " > ".join(p for p in (page, heading) if p) or target


# a link whose text is set in a second pair of brackets, as interview READMEs cite their sources: '[[src]](url)',
# '[[Answer]](url)' (the text bracketed) and '[[src](url)]' (the whole link bracketed)
_BRACKETED_LINK = re.compile(r"\[\[(?P<text>[^\[\]\n]+)\]\]\((?P<url>[^()\s]+)\)|\[\[(?P<text2>[^\[\]\n]+)\]\((?P<url2>[^()\s]+)\)\]")


def _bracketed_link(m: re.Match[str]) -> str:
    text, url = (m.group("text"), m.group("url")) if m.group("text") is not None else (m.group("text2"), m.group("url2"))
    return f"[{text.strip()}]({url})"


# Roam's highlight '^^beta blockers^^' and its block reference '((Xk29_aB1c))', a block's id deckc cannot resolve
_ROAM_HIGHLIGHT = re.compile(r"(?<!\^)\^\^(?=[^\s^])([^\^\n]+?)(?<=[^\s^])\^\^(?!\^)")
ROAM_BLOCK_REF = re.compile(r" ?\(\((?P<uid>(?=[a-z]*[A-Z0-9_-])[A-Za-z0-9_-]{9})\)\)")  # (never '((important))')


def obsidian_links(text: str) -> str:
    """Obsidian's ``[[target|alias]]`` as its alias, ``[[target]]`` as its name (``Note > Heading`` for
    ``[[Note#Heading]]``), and an embedded image ``![[x.png]]`` as a Markdown image; code is left alone.
    A link with doubled brackets, ``[[src]](url)`` or ``[[src](url)]``, is the plain link ``[src](url)`` (it was
    read as a wiki link: 'src(https://…)' on the card; MLQuestions). Bear's highlight ``The ::mitochondrion:: makes …``
    is the highlight ``==mitochondrion==`` (it was an inline 'The' card, trial29 T29-42), and so is Roam's ``^^…^^``;
    a Roam block reference ``((Xk29_aB1c))`` is left out (the build says so once: trial29 T29-41). Line numbers stay."""
    text = _unfenced_lines(text, "::", lambda line: outside_code_spans(BEAR_HIGHLIGHT, lambda m: f"=={m.group(1)}==", line))
    text = _unfenced_lines(text, "^^", lambda line: outside_code_spans(_ROAM_HIGHLIGHT, lambda m: f"=={m.group(1)}==", line))
    text = _unfenced_lines(text, "((", _without_block_refs)
    return _unfenced_lines(text, "[[", lambda line: outside_code_spans(_WIKI, _wiki, outside_code_spans(_BRACKETED_LINK, _bracketed_link, line)))


# a pointer to a block reference, its sentence: 'See ((Xk29_aB1c)) for side effects.', 'cf. ((…))', 'siehe ((…))'
_REF_POINTER = re.compile(
    r"(?:(?<=^)|(?<=[\s(]))(?i:see(?:\s+also)?|cf\.?|compare|refer\s+to|siehe(?:\s+auch)?|voir(?:\s+aussi)?|ver|vedi|см\.?)"
    + ROAM_BLOCK_REF.pattern.replace(" ?", r"\s*", 1) + r"[^.!?()\n]*[.!?]?"
)
_EMPTY_BRACKETS = re.compile(r"\s*\(\s*\)")
_DANGLING = re.compile(r"\s*[;,:]\s*(?=\))")
_MARKER_LEFT = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])?\s*$")


def _without_block_refs(line: str) -> str:
    """A line with its Roam block references left out; a sentence that only points at one ('See ((Xk29_aB1c)) for side
    effects.') goes with it, never 'See for side effects.' (trial29 T29-41), and an entry it leaves empty is blank."""
    kept = outside_code_spans(ROAM_BLOCK_REF, lambda m: "", outside_code_spans(_REF_POINTER, lambda m: "", line))
    if kept == line:
        return line
    kept = _EMPTY_BRACKETS.sub("", _DANGLING.sub("", kept))  # ('(β1-selective; see ((…)))': '(β1-selective)')
    kept = re.sub(r"(?<=\S) {2,}(?=\S)", " ", kept).rstrip()
    kept = kept[:-1] if kept.endswith((";", ",")) else kept  # ('**Furosemide**; see ((…)) for …': '**Furosemide**')
    return "" if _MARKER_LEFT.match(kept) else kept


def _unfenced_lines(text: str, marker: str, fix: Callable[[str], str]) -> str:
    """``text`` with ``fix`` applied to each line outside code fences that holds ``marker``; line numbers stay."""
    if marker not in text:
        return text
    lines = text.split("\n")
    return "\n".join(fix(line) if marker in line and not fenced else line for line, fenced in zip(lines, in_fence(lines), strict=True))


# a picture whose path holds a space, as Typora, Obsidian's Markdown links, Joplin and MarkText write a local one
# ('![Esquema](imágenes/célula 1.png)'): CommonMark ends the destination at the space, so no picture was read
_SPACED_PICTURE = re.compile(
    r"(?P<open>!\[[^\]\n]*\]\()(?P<path>[^()<>\"'\n]*?[^\s()<>\"'\n]\s+[^()<>\"'\n]*?\.(?i:png|jpe?g|gif|svg|webp|bmp|avif|tiff?))\)"
)


def spaced_pictures(text: str) -> str:
    """``text`` with each picture link whose path holds a space written ``![alt](<path with space.png>)``, the form
    CommonMark reads (trial26 T26-49: the card showed the link's raw text, no picture, no warning); code is left
    alone. Line numbers stay."""
    return _unfenced_lines(
        text, "![", lambda line: outside_code_spans(_SPACED_PICTURE, lambda m: f"{m.group('open')}<{m.group('path').strip()}>)", line)
    )


# an ordered list's entry whose marker and gap take five columns or more ('100. Which …?', '1.    What …')
_WIDE_ENTRY = re.compile(r"^(?P<indent> {0,3})(?P<marker>\d{1,9}[.)])(?P<gap> {1,4})(?=\S)")
_ENTRY_START = re.compile(r"^ {0,3}(?:\d{1,9}[.)]|[-*+])(?: |$)")


_OPTION_PARAGRAPH = re.compile(r"^(?P<letter>[A-H])[.)][ \t]+\S")  # 'A) Lire les emails', one option a paragraph
# an option line set four spaces in (an indented code block to Markdown): 'a. √ 802.1Q (trunk)', 'B) BPDU'
_INDENTED_OPTION = re.compile(r"^(?: {4,}|\t)(?P<option>[a-hA-H][.)][ \t]+\S.*)$")


def indented_options(text: str) -> str:
    """Options set four spaces in under a question (``**How does a switch know …?**`` / blank / ``    a. √ 802.1Q (trunk)``
    / ``    b. BPDU`` …, as pages copied from flashcard sites have them; trial16 T16-46) are options, not a code block
    on the back: a block of two or more such lines lettered from a, in order, right under a paragraph that is no list
    entry, is set at the margin. Line numbers kept."""
    if "\n    " not in text and "\n\t" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        if fenced[k] or not _INDENTED_OPTION.match(lines[k]) or not k or lines[k - 1].strip():
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and (m := _INDENTED_OPTION.match(lines[end])) and m.group("option")[0].lower() == "abcdefgh"[end - k]:
            end += 1
        above = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
        prose = above is not None and not fenced[above] and not lines[above][:1].isspace() and not _LIST_MARKER.match(lines[above])
        if end - k >= 2 and (end == len(lines) or not lines[end].strip()) and lines[k].lstrip()[0] in "aA" and prose:
            for j in range(k, end):
                lines[j] = lines[j].lstrip()
        k = max(end, k + 1)
    return "\n".join(lines)


OPTION_PARAGRAPHS_MIN = 3  # options written as paragraphs of their own, A, B, C … in order, that make a list


def option_paragraphs(text: str) -> str:
    """Options written each as a paragraph of its own (``A) Lire les emails``, a blank line, ``B) Acheminer …``:
    slide decks and word processors; trial11 P39) made the list of options they are (``- A) …``), so a question
    over them is multiple choice and not a card whose back is four paragraphs. Only a run of three or more
    one-line paragraphs lettered from A in order counts, or of two with an answer line after them (``Answer: a``);
    line numbers kept."""
    if "\nB) " not in text and "\nB. " not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _OPTION_PARAGRAPH.match(lines[k])
        if m is None or m.group("letter") != "A" or (k and lines[k - 1].strip()):
            k += 1
            continue
        run, at = [k], k
        while True:
            nxt = at + 2
            if not (at + 1 < len(lines) and not lines[at + 1].strip() and nxt < len(lines)) or fenced[nxt]:
                break
            following = _OPTION_PARAGRAPH.match(lines[nxt])
            if following is None or following.group("letter") != "ABCDEFGH"[len(run)] or (nxt + 1 < len(lines) and lines[nxt + 1].strip()):
                break
            run.append(nxt)
            at = nxt
        after = next((lines[j] for j in range(run[-1] + 1, min(run[-1] + 3, len(lines))) if lines[j].strip()), "")
        keyed = len(run) >= 2 and bool(answer_line(after))  # ('A) Type 1' / 'B) Type 2' / 'Answer: a': trial15 T15-58)
        if (len(run) >= OPTION_PARAGRAPHS_MIN or keyed) and not (k + 1 < len(lines) and lines[k + 1].strip()):
            for at in run:
                lines[at] = "- " + lines[at].rstrip()
        k = run[-1] + 1
    return "\n".join(lines)


def wide_entries(text: str) -> str:
    """Entries of an ordered list numbered so wide (``100. Which …?``) that their content, indented four spaces
    as Python-Markdown and MkDocs write every list's content, falls out of them: that content indented up to the
    entry's text, as its author meant it.

    CommonMark keeps in an entry only what is indented to the entry's text (five columns after ``100. ``);
    four spaces make the options a lazy continuation of the question and the answer toggle a code block, so
    a question bank lost every question from 100 on (trial11 P1: 797 of 897).  Only an entry whose first
    indented line is indented exactly four spaces past the marker is re-indented, all its lines alike (nested
    lists and code keep their shape); an entry indented to its text is left alone.  Line numbers kept."""
    if not re.search(r"^ {0,3}\d{3,9}[.)] |^ {0,3}\d{1,9}[.)] {2,4}\S", text, re.M):
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    j = 0
    while j < len(lines):
        m = None if fenced[j] else _WIDE_ENTRY.match(lines[j])
        if m is None or m.end() - len(m.group("indent")) <= 4:
            j += 1
            continue
        base, text_at = len(m.group("indent")) + 4, m.end()
        k = j + 1
        while k < len(lines) and lines[k].strip() and not _ENTRY_START.match(lines[k]) and not lines[k].startswith(" " * base):
            k += 1  # the entry's first paragraph going on at the margin (a lazy continuation line)
        body: list[int] = []
        while k < len(lines) and (not lines[k].strip() or lines[k].startswith(" " * base)):
            body.append(k)
            k += 1
        first = next((b for b in body if lines[b].strip()), None)
        if first is not None and len(lines[first]) - len(lines[first].lstrip(" ")) == base:
            pad = " " * (text_at - base)
            for b in body:
                if lines[b].strip():
                    lines[b] = pad + lines[b]
        j = max(k, j + 1)
    return "\n".join(lines)


_RAW_TEX_FENCE = re.compile(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*\{=(?P<kind>latex|tex|org)\}[ \t]*$", re.I)
_MATH_FENCE = re.compile(r"^(?P<indent>[ \t]{0,3})(?P<fence>`{3,}|~{3,})[ \t]*math[ \t]*$", re.I)
_TICKED_MATH = re.compile(r"(?<![\\$])\$`(?P<tex>[^`\n]+?)`\$(?!\$)")


def math_fences(text: str) -> str:
    """GitHub's and GitLab's maths as the maths it is: a fence opened ``` ```math ``` is a display formula
    (``$$`` … ``$$``), GitLab's inline ``$`…`$`` an inline one (``$…$``), typeset on the card and the sheet instead
    of a code panel of raw LaTeX (learner4 N47); so is pandoc's raw LaTeX block (``{=latex}`` / ``{=tex}``) that holds
    one display environment or ``$$`` formula, and its raw org block (``{=org}``: the note's settings) is layout
    (learner5 L42). Other fences are left alone; line numbers kept."""
    if "math" not in text and "$`" not in text and "{=" not in text:
        return text
    lines = text.split("\n")
    i = 0
    fence: str | None = None  # an ordinary fence open: its text stays as written
    while i < len(lines):
        line = lines[i]
        m = FENCE.match(line)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip().lstrip(fence[0]).strip():
                fence = None
            i += 1
            continue
        raw = _RAW_TEX_FENCE.match(line)
        if raw:  # pandoc's raw LaTeX: '```{=latex}' / '\begin{equation}' … '\end{equation}' / '```' (learner5 L42)
            close = next((k for k in range(i + 1, len(lines)) if lines[k].strip() == raw.group("fence")), None)
            body = [b.strip() for b in lines[i + 1 : close] if b.strip()] if close is not None else []
            env = _TEX_ENV.match(body[0]) if body else None
            if close is not None and body and ((env and body[-1] == f"\\end{{{env.group(1)}{env.group(2)}}}") or (len(body) > 1 and body[0] == body[-1] == "$$")):
                lines[i] = lines[close] = ""  # a formula: typeset as the bare environment is
                i = close + 1
                continue
            if close is not None and raw.group("kind").lower() == "org":  # ('#+COURSE: PHYS360': org's own settings)
                lines[i : close + 1] = [""] * (close + 1 - i)
                i = close + 1
                continue
        math = _MATH_FENCE.match(line)
        if math:
            close = next((k for k in range(i + 1, len(lines)) if lines[k].strip() == math.group("fence")[0] * len(lines[k].strip())
                          and len(lines[k].strip()) >= len(math.group("fence"))), None)
            if close is not None:
                lines[i] = f"{math.group('indent')}$$"
                lines[close] = f"{math.group('indent')}$$"
                i = close + 1
                continue
        if m:
            fence = m.group(1)
        elif "$`" in line:
            lines[i] = _TICKED_MATH.sub(lambda t: f"${t.group('tex')}$", line)
        i += 1
    return "\n".join(lines)



_ABBREVIATION = re.compile(r"^[ ]{0,3}\*\[[^\]\n]{1,60}\]:[ \t]*\S.*$")


def abbreviations(text: str) -> str:
    """Abbreviation definitions as Markdown Extra, kramdown and Python-Markdown write them (``*[NOM]: Nominative``,
    a tooltip on every ``NOM`` of the page) as blank lines: the page's metadata, never a paragraph of a card's back
    (learner4 N8). Line numbers kept; code fences left alone."""
    if "*[" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    return "\n".join("" if not fenced[i] and _ABBREVIATION.match(line) else line for i, line in enumerate(lines))


_SLIDE_BREAK = re.compile(r"^(?:-{2,3}|\*{3})\s*$")  # reveal.js: '---' a new slide, '--' a slide below it
_SPEAKER_NOTE = re.compile(r"^(?:Note|Notes):\s")


def slide_separators(text: str) -> str:
    """A reveal.js deck in Markdown (slides split by ``---``, a vertical slide by ``--`` alone on its line, speaker
    notes after ``Note:``): its ``--`` lines and speaker notes as blank lines, so neither a ``--`` paragraph opens every
    front nor the presenter's notes end every back (trial11 P96). Only a page with a ``--`` line between blank lines;
    line numbers kept."""
    if "\n--\n" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    vertical = [
        i for i, line in enumerate(lines)
        if not fenced[i] and line.strip() == "--" and (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
    ]  # fmt: skip
    if not vertical:
        return text
    for i in vertical:
        lines[i] = ""
    notes = False
    for i, line in enumerate(lines):
        if fenced[i]:
            continue
        if _SLIDE_BREAK.match(line) or i in vertical:
            notes = False
        elif _SPEAKER_NOTE.match(line):
            notes = True
        if notes:
            lines[i] = ""
    return "\n".join(lines)


_HTML_LIST_OPEN = re.compile(r"^[ ]{0,3}<(?:ol|ul)(?:\s[^>]*)?>", re.I)
_HTML_LIST_TAG = re.compile(r"<(?P<close>/?)(?P<tag>ol|ul|li|br|p)\b(?P<attrs>[^>]*)>", re.I)
_HTML_LIST_TYPE = re.compile(r"""\btype\s*=\s*["']?(?P<type>[aAiI1])""")
_HTML_LIST_START = re.compile(r"""\bstart\s*=\s*["']?(?P<start>\d+)""")
_SUMMARY_OPEN = re.compile(r"^\s*<summary>\s*$", re.I)


def _roman(n: int) -> str:
    """A small number in lower-case Roman numerals (an ``<ol type='i'>`` entry's number)."""
    out = ""
    for value, digits in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _entry_mark(kind: str, style: str, count: int) -> str:
    """The Markdown marker of an HTML list's ``count``-th entry: '1.', '- a.', '- B.', '- iv.', '-'."""
    if kind == "ul":
        return "-"
    if style in "aA" and style and count <= 26:
        letter = chr(ord("a") + count - 1)
        return f"- {letter.upper() if style == 'A' else letter}."
    if style in "iI" and style:
        return f"- {_roman(count).upper() if style == 'I' else _roman(count)}."
    return f"{count}."


# what opens an entry's text that Markdown would read as a block of its own: a bullet, a number, a heading, a quote
_BLOCK_LEAD = re.compile(r"^(?:(?P<mark>[*+-]|#{1,6})(?=\s|$)|(?P<n>\d{1,9})(?P<stop>[.)])(?=\s|$)|(?P<quote>>))")


def _literal_lead(text: str) -> str:
    """An HTML list entry's text as Markdown shows it as written: a lead Markdown would read as a block of its own
    escaped (``<li>* the wildcard of wildcards …`` keeps its ``*``: read as a nested bullet, the character the entry
    teaches was gone; trial54 T54-6)."""
    m = _BLOCK_LEAD.match(text)
    if m is None:
        return text
    if m.group("n"):
        return f"{m.group('n')}\\{m.group('stop')}{text[m.end():]}"
    return "\\" + text


def _html_list(lines: list[str], start: int) -> tuple[int, list[str]] | None:
    """The lines ``start`` … of an HTML list (``<ol>`` at the margin to its closing tag) as Markdown, one line for
    each, or None when a line opens two entries (what cannot be written on one line)."""
    stack: list[list[Any]] = []  # [kind, style, count] of each open list, outermost first
    out: list[str] = []
    for k in range(start, len(lines)):
        line = lines[k]
        pieces: list[str] = []
        opened = ""
        pos = 0
        for m in _HTML_LIST_TAG.finditer(line):
            pieces.append(line[pos : m.start()])
            pos = m.end()
            tag, close = m.group("tag").lower(), bool(m.group("close"))
            if tag in ("ol", "ul") and not close:
                style = (t.group("type") if (t := _HTML_LIST_TYPE.search(m.group("attrs"))) else "") if tag == "ol" else ""
                first = int(s.group("start")) - 1 if (s := _HTML_LIST_START.search(m.group("attrs"))) else 0
                stack.append([tag, style, first])
            elif tag in ("ol", "ul") and stack:
                stack.pop()
            elif tag == "li" and not close and stack:
                if opened:
                    return None
                stack[-1][2] += 1
                kind, style, count = stack[-1]
                opened = " " * 4 * (len(stack) - 1) + _entry_mark(kind, style, count)
                pieces = []  # (text before the entry's tag on its line: layout)
        pieces.append(line[pos:])
        text = " ".join(" ".join(pieces).split())
        if opened:
            out.append(f"{opened} {_literal_lead(text)}".rstrip())
        elif text:
            out.append(" " * 4 * len(stack) + text)
        else:
            out.append("")
        if not stack:
            return k, out
    return len(lines) - 1, out


def html_lists(text: str) -> str:
    """An HTML list written in a Markdown page (``<ol>`` / ``<li>Which of the following …?`` / ``<ol type='a'>`` /
    ``<li>Associate`` … ``</ol>`` / a ``<details>`` answer toggle, the ``<li>`` tags left unclosed as browsers allow:
    Cisco study notes, trial13 T13-12) as the Markdown list it shows: each entry a list line (lettered for
    ``type='a'``, numbered from ``start``), its other lines indented under it, a toggle's summary written over
    several lines joined onto its ``<summary>`` line. Markdown left such a block raw HTML, read as no question.
    Code left alone; line numbers kept; a block with two entries on one line is left as written."""
    if "<ol" not in text.lower() and "<ul" not in text.lower():
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        if fenced[k] or not _HTML_LIST_OPEN.match(lines[k]):
            k += 1
            continue
        end = next((j for j in range(k, len(lines)) if fenced[j]), len(lines))
        made = _html_list(lines[:end], k)
        if made is None or not any(_HTML_LIST_TAG.search(line) and "<li" in line.lower() for line in lines[k : made[0] + 1]):
            k += 1
            continue
        last, rows = made
        for j, row in enumerate(rows):
            lines[k + j] = row
        for j in range(k, last + 1):  # '<summary>' / '<strong>Answer</strong>' / '</summary>': one line
            if _SUMMARY_OPEN.match(lines[j]):
                close = next((c for c in range(j + 1, min(j + 5, last + 1)) if lines[c].strip().lower() == "</summary>"), None)
                if close is not None:
                    inner = " ".join(lines[c].strip() for c in range(j + 1, close))
                    lines[j] = f"{lines[j].rstrip()}{inner}</summary>"
                    for c in range(j + 1, close + 1):
                        lines[c] = ""
        k = last + 1
    return "\n".join(lines)


# a line that only lays the page out: '<div dir="rtl">', '</div>', '<ul>', '</ol>', '<br>', '<hr/>', '<p align="center">'
_LAYOUT_TAGS = re.compile(r"^[ \t]*+(?:</?(?:div|ul|ol|br|hr|p|span|section|center|article|main)\b[^<>]*+>[ \t]*+)++$", re.I)
_PRE_EDGE = re.compile(r"^[ \t]*+(?:<pre\b[^<>]*+>|</pre[ \t]*+>)[ \t]*+$", re.I)
_PARAGRAPH_LINE = re.compile(r"^[ \t]*+<p\b[^<>]*+>(?P<text>.*)</p[ \t]*+>[ \t]*+$", re.I)


def html_page_lines(text: str) -> list[str]:
    """A Markdown page written in HTML (``<div dir="rtl">`` around ``<h3>`` topics and ``<ul><li>…?</li>`` lists: the
    translated READMEs whose right-to-left text needs it, trial32 T32-27) as the Markdown it shows, line for line, for
    judging its shape: headings and lists as Markdown's, ``<pre>`` blocks fenced, a one-line ``<p>`` its text, lines
    that only lay the page out blank."""
    out = html_lists(html_headings(text)).split("\n")
    for k, line in enumerate(out):
        if _LAYOUT_TAGS.match(line):
            out[k] = ""
        elif _PRE_EDGE.match(line):
            out[k] = "```"
        elif m := _PARAGRAPH_LINE.match(line):
            out[k] = " ".join(htmllib.unescape(_TAG.sub("", m.group("text"))).split())
    return out


_SPACER_LINE = re.compile(r"^[ ]{0,3}(?:(?:&nbsp;|&#160;|&#xa0;|<br\s*/?>)\s*)+$", re.I)


def spacer_lines(text: str) -> str:
    """A line that is only ``&nbsp;`` or ``<br />`` (space READMEs put between a title and what follows), or a
    ``<div dir="rtl">`` wrapper's opening or closing line, as the blank line it shows: as a paragraph it was the text a question heading over it answered with, and the quiz
    below went with it onto that one card (trial13 T13-12). Code left alone; line numbers kept."""
    if "&nbsp;" not in text and "&#" not in text and "<br" not in text.lower() and "<div" not in text.lower():
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    out = list(lines)
    wrappers: list[bool] = []  # for each '<div …>' line open, whether it only sets the text's direction or alignment
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        if m := _DIV_LINE.match(line):
            if m.group("close"):
                if wrappers and wrappers.pop():
                    out[k] = ""
                continue
            wrapper = _WRAPPER_ATTRIBUTES.fullmatch(m.group("attributes")) is not None
            wrappers.append(wrapper)
            out[k] = "" if wrapper else line  # ('<div dir="rtl">' around a Hebrew page: said as text outside, T32-27)
            continue
        if not _SPACER_LINE.match(line) or _holds_indented_html(lines, k):
            continue
        out[k] = ""
    return "\n".join(out)


_DIV_LINE = re.compile(r"^[ ]{0,3}<(?P<close>/)?div\b(?P<attributes>[^<>]*+)>[ \t]*+$", re.I)
# a wrapper's attributes that only set its text's direction: 'dir="rtl"', 'lang="he"' (never 'align="right"': such a
# div holds a page's own furniture, '↥ back to top', left out as an HTML block)
_WRAPPER_ATTRIBUTES = re.compile(r"(?:[ \t]++(?i:dir|lang)[ \t]*+=[ \t]*+(?:\"[^\"<>]*+\"|'[^'<>]*+'|[\w-]++))*+[ \t]*+/?")


def _holds_indented_html(lines: list[str], k: int) -> bool:
    """Whether the spacer line ``k`` is inside raw HTML whose next line is indented 4 columns or more (``<details>`` /
    ``<summary>Explanation</summary>`` / ``  <br/>`` / ``    <a href=…>Reference</a>`` / ``    <table>``): as a blank
    line it would end the HTML and make what follows an indented code block, the tags shown as text on the card
    (trial21 r-2: a quiz page's explanation toggles). Kept, the HTML reads on as the page shows it."""
    above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "")
    below = lines[k + 1] if k + 1 < len(lines) else ""
    width = len(below.expandtabs(4)) - len(below.expandtabs(4).lstrip())
    return bool(below.strip()) and width >= 4 and above.lstrip().startswith("<")


_DASH_RULE = re.compile(r"^[ ]{0,3}-{3,}[ \t]*$")
_SENTENCE_DONE = re.compile(r"[.。!！]\)?[ \t]*$")
_NOT_PROSE = re.compile(r"^[ ]{0,3}(?:#|>|\||[-*+][ \t]|\d{1,9}[.)][ \t]|```|~~~|<|:::|\$\$)")
RULE_SENTENCE_WORDS = 12  # words from which a line over '---' is a sentence, never a heading's title


def glued_rules(text: str) -> str:
    """A rule ``---`` written right under a line of text (no blank line between) on a page that uses ``---`` as a rule
    elsewhere: the author's separator, not the setext underline CommonMark reads it as when that line is a sentence
    (it ends with a full stop, or runs to many words): ``### What is a virtual machine?`` / ``A virtual machine is a
    software-based emulation … hardware.`` / ``---`` (trial15 T15-57: 17 answers became headings, 'question has no
    answer' x17). Written as ``***``, the same rule that cannot underline. Code left alone; line numbers kept."""
    if "---" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    rules = [k for k, line in enumerate(lines) if not fenced[k] and _DASH_RULE.match(line)]
    if not any(k and not lines[k - 1].strip() for k in rules):
        return text  # (no rule standing alone on the page: '---' under text is its headings' underline)
    for k in rules:
        above = lines[k - 1] if k else ""
        if not above.strip() or fenced[k - 1] or _NOT_PROSE.match(above) or not any(_DASH_RULE.match(line) is None and line.strip() for line in lines[: k - 1]):
            continue  # (nor a front matter's only line)
        words = len(above.split())
        if _SENTENCE_DONE.search(above.rstrip("*_ ")) or words >= RULE_SENTENCE_WORDS:
            lines[k] = lines[k].replace("-", "*")
    return "\n".join(lines)


# a section of fill-in-the-blank sentences: 'Fill In The Blanks', 'Fill-ins', 'Complete the sentences', '填空', '穴埋め'
_FILL_HEADING = re.compile(
    r"^[ ]{0,3}(?P<marks>#{1,6})[ \t]+(?:\W{0,4}\s*)?(?:\*\*|__)?(?i:fill[- ]?ins?(?:\s+the\s+blanks?)?|fill\s+in\s+the\s+blanks?"
    r"|complete\s+the\s+(?:sentences?|statements?)|blanks|填空(?:题)?|穴埋め(?:問題)?|빈칸\s*채우기|lückentext)(?![\w-])"
)
_RULE_LINE = re.compile(r"^[ ]{0,3}(?:[-*_][ \t]*){3,}$")
# 'A virtual machine runs on top of a: Hypervisor.': the sentence, a colon, its missing words (and a full stop)
_FILLED = re.compile(r"^(?P<stem>[^\s:：{}][^:：{}]*?\S)(?P<colon>\s*[:：])[ \t]+(?P<fill>[^:：{}]*?[^\s.。!！:：])(?P<end>[.。!！]?)[ \t]*$")
_STEM_ONLY = re.compile(r"^(?P<stem>[^\s:：{}][^:：{}]*?\S)\s*[:：][ \t]*$")
_BLANK_RUN = re.compile(r"_{3,}|\.{4,}|…")  # the blank itself, written out: no answer
FILL_WORDS = 10  # words at most in the missing part of a fill-in sentence


def fill_in_blanks(text: str) -> str:
    """The sentences of a 'Fill In The Blanks' section written with their answers after a colon (``A virtual machine runs
    on top of a: Hypervisor.``, or the answer the next paragraph: ``VirtualBox is a:`` / ``type 2 hypervisor.``) as
    cloze sentences, the answer the deletion (trial15 T15-57: 'text outside any question', every fill-in lost). Only
    one-line paragraphs under such a heading; code left alone; line numbers kept."""
    if not re.search(r"(?i)fill|blank|complete|填空|穴埋め|빈칸|lückentext", text):
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    level = 0  # the open fill-in section's heading level, 0 outside one
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        heading = _HEADING_LINE.match(line)
        if heading:
            m = _FILL_HEADING.match(line)
            marks = len(line.lstrip().split()[0])
            level = marks if m else (0 if level and marks <= level else level)
            continue
        if not level or not line.strip() or _NOT_PROSE.match(line) or _RULE_LINE.match(line) or "{{" in line:
            continue
        if (k and lines[k - 1].strip() and not _RULE_LINE.match(lines[k - 1])) or (k + 1 < len(lines) and lines[k + 1].strip() and not _RULE_LINE.match(lines[k + 1])):
            continue  # (one-line paragraphs only)
        if (m := _FILLED.match(line)) and not _BLANK_RUN.search(m.group("fill")) and len(m.group("fill").split()) <= FILL_WORDS and len(m.group("stem").split()) >= 2:
            lines[k] = f"{m.group('stem')}{m.group('colon')} {{{{c1::{m.group('fill')}}}}}{m.group('end')}"
        elif (m := _STEM_ONLY.match(line)) and len(m.group("stem").split()) >= 2:
            nxt = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
            after = lines[nxt] if nxt is not None else ""
            alone = nxt is not None and (nxt + 1 >= len(lines) or not lines[nxt + 1].strip() or _RULE_LINE.match(lines[nxt + 1]))
            if alone and not fenced[nxt] and not _HEADING_LINE.match(after) and not _NOT_PROSE.match(after) and not _RULE_LINE.match(after):
                fill = after.strip().rstrip(".。!！")
                if fill and len(fill.split()) <= FILL_WORDS and "{{" not in fill:
                    lines[k] = f"{line.rstrip()} {{{{c1::{fill}}}}}{after.strip()[len(fill):]}"
                    lines[nxt] = ""
    return "\n".join(lines)


_JSON_SCRIPT = re.compile(r"^[ \t]*<script\b[^>]*\btype\s*=\s*[\"']?application/(?:ld\+)?json[\"']?[^>]*>[ \t]*$", re.I)
_SCRIPT_END = re.compile(r"^[ \t]*</script>[ \t]*$", re.I)
# a quiz record's keys as site generators' quiz widgets write them (any case, '_'/'-' ignored), in the languages
# deckc reads: the question, its options, the right one(s) (an index, a letter, the option's text or a list), why
_SCRIPT_QUESTION = ("question", "q", "prompt", "stem", "pytanie", "pregunta", "pergunta", "frage", "domanda", "vraag",
                    "вопрос", "питання", "question_text", "questiontext", "text", "title", "问题", "题目", "質問", "질문")  # fmt: skip
_SCRIPT_OPTIONS = ("options", "choices", "answers", "opcje", "odpowiedzi", "warianty", "opciones", "alternativas", "opções",
                   "opcoes", "optionen", "antworten", "opzioni", "risposte", "варианты", "选项", "alternatives")  # fmt: skip
_SCRIPT_CORRECT = ("correct", "answer", "correctanswer", "correctindex", "answerindex", "correctoption", "key", "solution",
                   "poprawna", "poprawne", "prawidlowa", "prawidłowa", "odpowiedz", "odpowiedź", "respuesta", "correcta",
                   "resposta", "correta", "richtig", "antwort", "corretta", "правильный", "ответ", "答案", "정답")  # fmt: skip
_SCRIPT_WHY = ("explanation", "explain", "rationale", "feedback", "wyjasnienie", "wyjaśnienie", "uzasadnienie",
               "explicacion", "explicación", "explicação", "explicacao", "erklarung", "erklärung", "spiegazione",
               "пояснение", "解析", "解释")  # fmt: skip


def _script_key(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    """The value under the first of ``names`` the record has (any case, '_' and '-' ignored)."""
    keys = {re.sub(r"[\s_-]", "", str(k)).lower(): v for k, v in record.items()}
    return next((keys[n.replace("_", "")] for n in names if n.replace("_", "") in keys), None)


def _one_line(value: object) -> str:
    return " ".join(str(value).split())


def _script_record(record: object, base: int) -> list[str] | None:
    """A quiz record as Markdown lines (``**Q:** …`` / ``A) …`` … / ``Answer: B`` / the explanation), or None."""
    if not isinstance(record, dict):
        return None
    question, options = _script_key(record, _SCRIPT_QUESTION), _script_key(record, _SCRIPT_OPTIONS)
    correct, why = _script_key(record, _SCRIPT_CORRECT), _script_key(record, _SCRIPT_WHY)
    if not isinstance(question, str) or not question.strip() or not isinstance(options, list) or not 2 <= len(options) <= 8:
        return None
    texts = [_one_line(o.get("text", o.get("tekst", "")) if isinstance(o, dict) else o) for o in options]
    picked = correct if isinstance(correct, list) else [correct]
    letters: list[str] = []
    for value in picked:
        if isinstance(value, bool) or value is None:
            return None
        if isinstance(value, int) and 0 <= value - base < len(texts):
            letters.append("ABCDEFGH"[value - base])
        elif isinstance(value, str) and value.strip() in texts:
            letters.append("ABCDEFGH"[texts.index(value.strip())])
        elif isinstance(value, str) and len(value.strip()) == 1 and value.strip().upper() in "ABCDEFGH"[: len(texts)]:
            letters.append(value.strip().upper())
        else:
            return None
    if not letters or not all(texts):
        return None
    out = [f"**Q:** {_one_line(question)}", *(f"{'ABCDEFGH'[k]}) {t}" for k, t in enumerate(texts)), f"Answer: {', '.join(letters)}", ""]
    return [*out, _one_line(why), ""] if isinstance(why, str) and why.strip() else out


def script_quizzes(text: str) -> str:
    """A quiz a site keeps as data in its page (``<script type="application/json">[{"pytanie": …, "opcje": […],
    "poprawna": 1, "wyjasnienie": …}]</script>``, a MkDocs quiz widget) as the Markdown questions it holds:
    ``**Q:** …`` over its lettered options, ``Answer: B`` and the explanation (trial15 T15-80: 8 questions, 0 cards,
    the script dropped by sanitizing). Indexes count from 0 unless one names the option after the last. Only when every
    record reads and the questions fit in the script's lines: line numbers kept."""
    if "<script" not in text.lower():
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        if fenced[k] or not _JSON_SCRIPT.match(lines[k]):
            k += 1
            continue
        end = next((j for j in range(k + 1, len(lines)) if _SCRIPT_END.match(lines[j])), None)
        if end is None:
            break
        try:
            data = json.loads("\n".join(lines[k + 1 : end]))
        except ValueError:
            k = end + 1
            continue
        if isinstance(data, dict):
            data = next((v for v in data.values() if isinstance(v, list)), None)
        if not isinstance(data, list) or not data:
            k = end + 1
            continue
        past = any(isinstance(r, dict) and isinstance(c := _script_key(r, _SCRIPT_CORRECT), int) and not isinstance(c, bool)
                   and isinstance(o := _script_key(r, _SCRIPT_OPTIONS), list) and c == len(o) for r in data)  # fmt: skip
        zero = any(isinstance(r, dict) and _script_key(r, _SCRIPT_CORRECT) == 0 for r in data)
        records = [_script_record(r, 1 if past and not zero else 0) for r in data]
        if any(r is None for r in records) or sum(len(r or []) for r in records) > end - k - 1:
            k = end + 1
            continue
        # each record's question at its own line where the lines allow (a warning names the record's line)
        spot, at = [""] * (end - k - 1), 0
        room = end - k - 1
        for n, (record, r) in enumerate(zip(data, records, strict=True)):
            assert r is not None
            said = json.dumps(_script_key(record, _SCRIPT_QUESTION), ensure_ascii=False)[:40]
            own = next((j for j in range(at, room) if said in lines[k + 1 + j]), at)
            left = sum(len(x or []) for x in records[n + 1 :])
            at = max(at, min(own, room - left - len(r)))
            spot[at : at + len(r)] = r
            at += len(r)
        lines[k : end + 1] = ["", *spot, ""]
        k = end + 1
    return "\n".join(lines)


# what a kramdown attribute list holds: classes, ids, keys with values, a reference name ('.-three-column', "id='x'",
# 'toc'), never a format spec's '?', '>' or '#?' ('{:?}', '{:>8}', '{:#?}': Rust's and Python's, trial50 T50-2)
_IAL_BODY = r"\{:\s*(?:[.#]?[\w-]+(?:=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s{}\"']+))?\s*)*\}"
_KRAMDOWN_IAL = re.compile(rf"^[ ]{{0,3}}{_IAL_BODY}\s*$")  # '{: .-three-column}', '{: id='x'}', '{:toc}'
# pandoc's attributes after a heading with a class or a key in them ('{#fiszki .section}', '{.unnumbered}'); a lone
# '{#id}' is deckc's explicit id, kept
_PANDOC_HEADING_ATTRS = re.compile(
    r"[ \t]+\{(?=(?:[^{}\n]*\s)?(?:\.[\w:-]+|[\w-]+=))(?:[#.][\w:-]+|[\w-]+=(?:\"[^\"]*\"|\S+))"
    r"(?:[ \t]+(?:[#.][\w:-]+|[\w-]+=(?:\"[^\"]*\"|\S+)))*\}[ \t]*#*[ \t]*$"
)
_KRAMDOWN_TAIL = re.compile(rf"\s*{_IAL_BODY}\s*$")  # '## Contents {: .no_toc }'
# a span's attributes right after it ('**Economics**{: data-type="term"}', '![Market](m.jpg){: #fig1 data-title="…"}')
_KRAMDOWN_SPAN_IAL = re.compile(rf"(?<=[*_`)\]]){_IAL_BODY}")
# Writerside's attribute list alone on the line under a block, without kramdown's colon ('{style="note"}' under a quote,
# '{kotlin-runnable="true" id="kotlin-tour-if"}' under a fence, '{type="tip"}'): its words quoted, an id or class beside
_BARE_IAL = re.compile(
    r"^[ ]{0,3}\{(?=[^{}\n]*[\w-]=\")(?:[#.][\w:-]+|[\w-]+=\"[^\"\n]*\")(?:[ \t]+(?:[#.][\w:-]+|[\w-]+=\"[^\"\n]*\"))*\}\s*$"
)
_ANY_IAL = re.compile(r"\{[:#.]|\{[\w-]+=\"|\n\^")  # (what may be an attribute list: the text's quick test)


_FLOW_START = re.compile(r"^[ \t]{0,3}@flowstart\b.*$", re.M)
_FLOW_END = re.compile(r"^[ \t]{0,3}@flowend[ \t]*$")


def flowchart_fences(text: str) -> str:
    """VuePress's flowchart blocks (``@flowstart`` / flowchart.js source / ``@flowend``, the flowchart plugin's) as the
    diagram fence they are (```` ```flowchart ````), which a card says as a diagram, its arrows listed, never its source
    as prose (trial49 T49-11: ``@flowstart stage1=>operation: palette.styl …`` on the back). Line numbers kept."""
    if "@flowstart" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    opened = None
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        if opened is None and _FLOW_START.match(line):
            opened = k
        elif opened is not None and _FLOW_END.match(line):
            lines[opened], lines[k], opened = "```flowchart", "```", None
    return "\n".join(lines)


def kramdown_attributes(text: str) -> str:
    """kramdown's attribute lists (Jekyll, GitHub Pages: ``{: .-three-column}`` on the line under a heading, ``{:
    id='functions-example'}`` over a fence, ``## Contents {: .no_toc }``, ``**Economics**{: data-type="term"}`` after a
    span), Writerside's ``{style="note"}`` / ``{kotlin-runnable="true" id="…"}`` on the line under a block and
    ``### Exercise 1 {collapsible="true" id="…"}`` after a heading (trial49 T49-3: on every Kotlin tour card and
    section) and kramdown's block-end marker (a line ``^``) are layout, never card text nor the text
    that makes a heading a card (trial14 T14-16: devhints' cheat sheets, 'Getting started' → '{: .-three-column}';
    trial12 U70). Code left alone; line numbers kept."""
    if not _ANY_IAL.search(text):
        return text
    lines = text.split("\n")
    for k, fenced in enumerate(in_fence(lines)):
        if not fenced and lines[k].strip() == "^":  # kramdown's end of a block (between definitions): no text (T45-8)
            lines[k] = ""
        if fenced or "{" not in lines[k]:
            continue
        if lines[k].lstrip().startswith("#") and _PANDOC_HEADING_ATTRS.search(lines[k]):
            lines[k] = _PANDOC_HEADING_ATTRS.sub("", lines[k])  # '## 20 | Fiszki {#fiszki .section}' (pandoc; T15-83)
        elif _BARE_IAL.match(lines[k]):
            lines[k] = ""  # '{style="note"}', '{kotlin-runnable="true" …}' under a block (Writerside; trial49 T49-3)
        elif "{:" not in lines[k]:
            continue
        elif _KRAMDOWN_IAL.match(lines[k]):
            lines[k] = ""
        elif lines[k].lstrip().startswith("#") and _KRAMDOWN_TAIL.search(lines[k]) and not _in_code_span(lines[k], _KRAMDOWN_TAIL.search(lines[k])):
            lines[k] = _KRAMDOWN_TAIL.sub("", lines[k])
        else:  # (an attribute list after a span is no text either: T45-3; one inside a code span is the code's)
            line = lines[k]
            lines[k] = _KRAMDOWN_SPAN_IAL.sub(lambda m, line=line: m.group(0) if _in_code_span(line, m) else "", line)
    return "\n".join(lines)


def _in_code_span(line: str, found: re.Match[str] | None) -> bool:
    """Whether ``found`` starts inside one of the line's code spans (``\u0060{:?}\u0060``: the code's own braces)."""
    return found is not None and any(m.start() < found.start() < m.end() for m in _CODE_SPAN.finditer(line))


# a component an MDX page writes around Markdown (Mintlify, Docusaurus, Nextra: '<Note>', '<Warning>', '<Callout
# type="info">', '<Tabs>' / '<TabItem label="npm">', '<Accordion title="…">') or a Writerside element ('<tabs>', '<tab
# title="Kotlin">', '<deflist>', '<def title="Hint">'), its opening tag alone on its line
_COMPONENT_OPEN = re.compile(
    r"^(?P<indent>[ \t]*)<(?P<name>[A-Z][A-Za-z0-9]*|tabs|tab|deflist|def)"
    r"(?P<attrs>(?:\s+[\w:.-]+(?:=(?:\"[^\"\n]*\"|'[^'\n]*'|\{[^{}\n]*\}))?)*)\s*>\s*$"
)
# the components that set their text apart as a note does: a quote, their name (or title) its label in bold
_CALLOUT_COMPONENTS = frozenset(
    {"note", "info", "tip", "warning", "danger", "caution", "check", "important", "callout", "admonition", "aside", "alert", "success", "error"}
)
_COMPONENT_TITLE = re.compile(r"\b(?:title|label)=(?:\"([^\"\n]*)\"|'([^'\n]*)')")
_COMPONENT_TYPE = re.compile(r"\btype=(?:\"([^\"\n]*)\"|'([^'\n]*)')")


# Writerside's attributes under a fence that fold it away titled ('{initial-collapse-state="collapsed" collapsible="true"
# collapsed-title="Example solution" id="…"}'): the page shows the title, the reader opens it to see the code
_COLLAPSED_TITLE = re.compile(r"^[ ]{0,3}\{[^{}\n]*\bcollapsed-title=\"(?P<title>[^\"\n]+)\"[^{}\n]*\}\s*$")
_LONE_DELIMITER_ROW = re.compile(r"^[ ]{0,3}\|(?:\s*:?-{3,}:?\s*\|)+\s*$")  # '|---|---|' with no header row over it


def _collapsed_fences(lines: list[str], fenced: list[bool]) -> None:
    """Writerside's folded code (an exercise's ``Example solution``) as the toggle the page shows: ``<details>`` titled
    so over the fence, on the blank lines (or lone ``|---|---|``) above it and its attribute line under it (trial49
    T49-7: the solution was on the exercise's back with its task); a lone delimiter row ``|---|---|`` (no header row
    over it, a fence or nothing under it: no table) is layout, no text."""
    for k, line in enumerate(lines):
        if fenced[k] or not _LONE_DELIMITER_ROW.match(line):
            continue
        below = lines[k + 1].strip() if k + 1 < len(lines) else ""
        if not (k and "|" in lines[k - 1] and lines[k - 1].strip()) and (not below or below.startswith(("```", "~~~"))):
            lines[k] = ""
    closed = -1  # the line of the last toggle's end
    for k, line in enumerate(lines):
        m = None if fenced[k] or not k or not fenced[k - 1] else _COLLAPSED_TITLE.match(line)
        if m is None:
            continue
        start = k - 1
        while start > 0 and fenced[start - 1]:
            start -= 1
        if start > 1 and not lines[start - 1].strip() and not lines[start - 2].strip():
            # (the toggle's line, then a blank one: an HTML block runs to a blank line, and would hold the fence)
            title = htmllib.escape(" ".join(m.group("title").split()), quote=False)
            if closed >= 0 and not any(x.strip() for x in lines[closed + 1 : start]):
                # a second solution right after the first ('Example solution 2'): in the same toggle, under its title
                lines[closed], lines[start - 2] = "", f"**{title}**"
            else:
                lines[start - 2] = f"<details><summary>{title}</summary>"
            lines[k], closed = "</details>", k


# a DocC link to another page or a section of one ('<doc:Functions>', '<doc:Closures#Capturing-Values>'): Markdown
# reads it as an autolink whose text is the raw target
_DOCC_LINK = re.compile(r"<doc:(?P<page>[^\s<>#]*)(?:#(?P<part>[^\s<>]+))?>")


def docc_links(text: str) -> str:
    """A DocC link (the Swift book: ``as introduced in <doc:Functions#Nested-Functions>``) as the name it shows, the
    section's title or else the page's (``Nested Functions``, ``Functions``), never its target as text (trial50 T50-7:
    ``doc:Functions#Nested-Functions`` on the back). Code left alone; line numbers kept."""
    if "<doc:" not in text:
        return text
    lines = text.split("\n")
    for k, fenced in enumerate(in_fence(lines)):
        line = lines[k]
        if fenced or "<doc:" not in line:
            continue
        spans = list(_CODE_SPAN.finditer(line))
        lines[k] = _DOCC_LINK.sub(
            lambda m, spans=spans: m.group(0)
            if any(c.start() < m.start() < c.end() for c in spans)
            else (m.group("part") or m.group("page")).replace("-", " ").replace("_", " "),
            line,
        )
    return "\n".join(lines)


# Writerside's page metadata, on lines of their own: the summary a search engine or a link card shows, the page's table of
# contents switch ('<web-summary>Kotlin is a concise … language.</web-summary>', '<show-structure depth="2"/>')
_PAGE_METADATA = re.compile(
    r"^[ \t]*(?:<(?P<name>web-summary|link-summary|card-summary)>[^<]*</(?P=name)>|<show-structure\b[^<>]*/?>)[ \t]*$", re.M
)


# what a page says it teaches, react.dev's '<YouWillLearn>' over '* Como renderizar componentes …' / '</YouWillLearn>'
_OBJECTIVES_OPEN = re.compile(r"^[ \t]*<YouWillLearn\b[^<>]*>[ \t]*$")
_OBJECTIVES_CLOSE = re.compile(r"^[ \t]*</YouWillLearn>[ \t]*$")


# a label that opens the list of what a lesson teaches, bold or plain, its colon or not ('**Learning objectives**',
# 'Lernziele:', 'By the end of this lesson you will be able to:')
_OBJECTIVES_LABEL = re.compile(
    r"^[ \t]{0,3}(?:\*\*|__)?[ \t]*(?i:(?:lesson[ \t]+|learning[ \t]+|unit[ \t]+)?(?:objectives|aims|outcomes|goals)"
    r"|success[ \t]+criteria|by[ \t]+the[ \t]+end[ \t]+of[ \t]+this[ \t]+(?:lesson|unit|chapter|session|module)[^:*\n]{0,60}"
    r"|lernziele|ziele[ \t]+der[ \t]+stunde|objetivos(?:[ \t]+de[ \t]+(?:aprendizaje|aprendizagem))?|objectifs(?:[ \t]+d'apprentissage)?"
    r"|obiettivi(?:[ \t]+di[ \t]+apprendimento)?|цели[ \t]+урока|学习目标|学習目標|학습[ \t]*목표)"
    r"[ \t]*[:：]?[ \t]*(?:\*\*|__)?[ \t]*[:：]?[ \t]*$"
)
_OBJECTIVE_ENTRY = re.compile(r"^[ \t]{0,3}(?:[-*+•]|\d{1,2}[.)])[ \t]+\S")


def _objectives_lists(lines: list[str], fenced: list[bool]) -> None:
    """Blank, in place, each label that says a lesson's objectives (:data:`_OBJECTIVES_LABEL`) with the list right
    under it (N60-6: a handout's '**Learning objectives**' was its title's answer, its two aims "question has no
    answer"). Only a list that follows at once (a blank line between or not) and ends the label's part of the page."""
    for k, line in enumerate(lines):
        if fenced[k] or line.lstrip().startswith("#") or not _OBJECTIVES_LABEL.match(line) or (k and lines[k - 1].strip()):
            continue  # (a heading 'Objectives' over its list is said as a list of objectives where headings are read)
        j = k + 1 + (k + 1 < len(lines) and not lines[k + 1].strip())
        end = j
        while end < len(lines) and not fenced[end] and (_OBJECTIVE_ENTRY.match(lines[end]) or (end > j and lines[end][:1] in (" ", "\t") and lines[end].strip())):
            end += 1
        if end - j < 1 or not _OBJECTIVE_ENTRY.match(lines[j]):
            continue
        if end < len(lines) and lines[end].strip() and not lines[end].lstrip().startswith("#"):
            continue  # (text right under the list: the label's part of the page goes on, it is read as written)
        lines[k:end] = [""] * (end - k)


def learning_objectives(text: str) -> str:
    """``text`` without an MDX page's list of what it teaches (``<YouWillLearn>`` … ``</YouWillLearn>``) outside code:
    a promise of the page's cards, no card, and never questions without answers (trial52 T52-10: react.dev's
    'Como renderizar componentes a partir de um array' entries were three "question has no answer"); the same for a
    handout's list under its objectives' label (:func:`_objectives_lists`, N60-6). Line numbers kept."""
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    if any(_OBJECTIVES_LABEL.match(line) for line in lines):
        _objectives_lists(lines, fenced)
        text = "\n".join(lines)
    if "<YouWillLearn" not in text:
        return text
    k = 0
    while k < len(lines):
        if fenced[k] or not _OBJECTIVES_OPEN.match(lines[k]):
            k += 1
            continue
        end = next((j for j in range(k + 1, len(lines)) if not fenced[j] and _OBJECTIVES_CLOSE.match(lines[j])), None)
        if end is None:
            break
        lines[k : end + 1] = [""] * (end + 1 - k)
        k = end + 1
    return "\n".join(lines)


# a bold line that only labels the code under it, never a prompt of its own ('**Example**', '**Output:**')
_CODE_LABEL = re.compile(
    r"(?i)^(?:example|examples|output|solution|answer|code|usage|result|syntax|input|explanation|note|sample|demo|"
    r"beispiel|ausgabe|lösung|ejemplo|salida|solución|exemple|sortie|пример|вывод|решение|例|出力|输出|解答)s?[ \t]*\d*[ \t]*[:：.]?$"
)
_BOLD_LINE = re.compile(r"^[ \t]{0,3}(\*\*|__)(?=\S)(?P<t>[^*_\n]+?)(?<=\S)\1[ \t]*$")
_ATX_LEVEL = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+\S")
BOLD_CODE_TITLES_MIN = 2


def bold_code_titles(text: str) -> str:
    """A page of code drills, each a bold line over the code that answers it (``**Second-highest salary**`` / a ```sql
    fence): each bold line a heading one level under the page's title, so each prompt is a card over its code (N60-3:
    the page was one card of its title, every prompt and query run together). Only when two prompts at least do so,
    all distinct and none a label of its code (``**Example**``, ``**Output:**``), the page has no heading but its title
    and asks nothing (no line outside code ends with a question mark). Line numbers kept."""
    if "```" not in text and "~~~" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    headings = [k for k, line in enumerate(lines) if not fenced[k] and _ATX_LEVEL.match(line)]
    if len(headings) > 1 or any(not fenced[k] and line.rstrip(CLOSERS + " *_").endswith(QUESTION_MARKS) for k, line in enumerate(lines)):
        return text
    titles: list[int] = []
    for k, line in enumerate(lines):
        m = _BOLD_LINE.match(line) if not fenced[k] else None
        if m is None or (k and lines[k - 1].strip()) or _CODE_LABEL.match(m.group("t").strip()):
            continue
        j = k + 1 + (k + 1 < len(lines) and not lines[k + 1].strip())
        if j < len(lines) and _FENCE.match(lines[j]) and not fenced[k]:
            titles.append(k)
    names = [_BOLD_LINE.match(lines[k]).group("t").strip().lower() for k in titles]  # type: ignore[union-attr]
    if len(titles) < BOLD_CODE_TITLES_MIN or len(set(names)) < len(names):
        return text
    level = "#" * min(6, (len(_ATX_LEVEL.match(lines[headings[0]]).group(1)) if headings else 1) + 1)  # type: ignore[union-attr]
    for k in titles:
        lines[k] = f"{level} {_BOLD_LINE.match(lines[k]).group('t').strip()}"  # type: ignore[union-attr]
    return "\n".join(lines)


PAIR_TITLE_WORDS = 12  # words at most of a line that titles the labelled pair under it
PAIR_TITLES_MIN = 2


def pair_titles(text: str) -> str:
    """A page of labelled pairs, each titled by a short line of its own after a rule (``---`` / ``1. Scenario: Managing
    Multiple Environments`` / ``Q: Your team needs …?`` / ``A: I would …``, a chat assistant's interview answers pasted
    as plain text): each title a heading one level under the page's deepest heading, so it sections its pair and ends
    the answer before it (T61: the first title was 'text outside any question', each later one ran onto the answer
    before it). Only when two titles at least do so; a title asks nothing, opens with no label and ends no sentence.
    Line numbers kept."""
    if "---" not in text and "***" not in text and "___" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    titles: list[int] = []
    for k, line in enumerate(lines):
        said = line.strip()
        if fenced[k] or not said or _ATX_LEVEL.match(line) or _RULE_LINE.match(line) or len(said.split()) > PAIR_TITLE_WORDS:
            continue
        if said.rstrip("*_ ").endswith((*QUESTION_MARKS, ".", ":", "：", ";", "。")) or k + 2 >= len(lines) or lines[k + 1].strip():
            continue
        above = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
        below = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        if above is None or not _RULE_LINE.match(lines[above]) or below is None or fenced[below]:
            continue
        bare = unbold_label(said)
        if has_question_label(bare) or has_answer_label(bare) or not has_question_label(unbold_label(lines[below].strip())):
            continue
        titles.append(k)
    if len(titles) < PAIR_TITLES_MIN:
        return text
    deepest = max((len(m.group(1)) for k, line in enumerate(lines) if not fenced[k] and (m := _ATX_LEVEL.match(line))), default=1)
    for k in titles:
        lines[k] = f"{'#' * min(6, deepest + 1)} {lines[k].strip()}"
    return "\n".join(lines)


def page_metadata(text: str) -> str:
    """``text`` without Writerside's page metadata outside code (:data:`_PAGE_METADATA`): the site's summary of the
    page, no text to learn (sitting 50: the Kotlin FAQ's '<web-summary>' was "text outside any question"). Line
    numbers kept."""
    if "<web-summary>" not in text and "<link-summary>" not in text and "<card-summary>" not in text and "<show-structure" not in text:
        return text
    fenced = list(in_fence(text.split("\n")))
    starts = list(itertools.accumulate((len(x) + 1 for x in text.split("\n")), initial=0))

    def blank(m: re.Match[str]) -> str:
        line = bisect_right(starts, m.start()) - 1
        return m.group(0) if fenced[line] else "\n" * m.group(0).count("\n")

    return _PAGE_METADATA.sub(blank, text)


def component_blocks(text: str) -> str:
    """The Markdown inside an MDX page's components and Writerside's elements as Markdown (trial49 T49-2, T49-6): a
    raw HTML block to Markdown, so a code span's ``<directory>`` (Ollama's ``sudo chown -R ollama:ollama <directory>``
    in a ``<Note>``) was dropped as a tag, its backticks printed, and a tab's title lost. A callout (``<Note>``,
    ``<Warning>``, ``<Callout type="info">``) is a quote opening with its name in bold; a titled part (``<tab
    title="Kotlin">``, ``<TabItem label="npm">``, ``<Accordion title="…">``, ``<def title="Hint">``) its title in bold
    over its text; any other (``<Tabs>``, ``<Steps>``) only its text. Indented text is its text, not code. Only a tag
    alone on its line, closed by its own closing tag alone on a later line; code left alone; line numbers kept."""
    writerside = "collapsed-title=" in text or "|---|" in text
    if not writerside and ("<" not in text or not re.search(r"^[ \t]*</(?:[A-Z][A-Za-z0-9]*|tabs|tab|deflist|def)>", text, re.M)):
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    if writerside:
        _collapsed_fences(lines, fenced)
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _COMPONENT_OPEN.match(lines[k])
        if m is None:
            k += 1
            continue
        name = m.group("name")
        opening, closing = re.compile(rf"^[ \t]*<{name}(?:\s[^<>]*)?>\s*$"), re.compile(rf"^[ \t]*</{name}>\s*$")
        depth, end = 0, None
        for j in range(k + 1, len(lines)):
            if fenced[j]:
                continue
            if opening.match(lines[j]):
                depth += 1
            elif closing.match(lines[j]):
                if depth == 0:
                    end = j
                    break
                depth -= 1
        if end is None:
            k += 1
            continue
        inner = lines[k + 1 : end]
        cut = min((len(x) - len(x.lstrip()) for x in inner if x.strip()), default=0)
        inner = [x[cut:] if x.strip() else "" for x in inner]
        attrs = m.group("attrs") or ""
        title = next((g for t in _COMPONENT_TITLE.finditer(attrs) for g in t.groups() if g), "").strip()
        label = " ".join(title.split())
        label = re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", label)
        if name.lower() in _CALLOUT_COMPONENTS:
            kind = next((g for t in _COMPONENT_TYPE.finditer(attrs) for g in t.groups() if g), "")
            label = label or (kind or name).strip().capitalize()
            lines[k] = f"> **{label}:**"
            lines[k + 1 : end] = [f"> {x}" if x else ">" for x in inner]
        else:
            lines[k] = (f"**{label}:**" if name == "def" else f"**{label}**") if label else ""
            lines[k + 1 : end] = inner
        lines[end] = ""
        k += 1
    return "\n".join(lines)


TAB_ROWS_MIN = 2  # lines of tab-separated cells that make a pasted table


def tab_tables(text: str) -> str:
    """A paragraph whose lines are cells separated by tabs, as many on every line (two or more cells, two lines or
    more: a table pasted from a spreadsheet or a PDF, ``Interface member⇥Optional modifier(s)⇥Required …``) as the
    table it is, its first line the header; Markdown ran its cells into one line of text (trial12 U56: the exhibit
    of 'How many rows of the following table contain an error?' was unreadable). Written as one HTML table whose
    rows keep their lines; code left alone; line numbers kept."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))

    def cells(k: int) -> list[str] | None:
        line = lines[k]
        if fenced[k] or "\t" not in line or line[:1] in (" ", "\t") or line.lstrip().startswith(("|", "-", "*", "#", ">")):
            return None
        row = [c.strip() for c in re.split(r"\t+", line.strip())]
        return row if len(row) >= 2 and all(row) else None

    k = 0
    while k < len(lines):
        first = cells(k) if k == 0 or not lines[k - 1].strip() else None
        if first is None:
            k += 1
            continue
        end = k + 1
        while end < len(lines) and (row := cells(end)) is not None and len(row) == len(first):
            end += 1
        if end - k < TAB_ROWS_MIN or (end < len(lines) and lines[end].strip()):
            k = end
            continue
        for j in range(k, end):
            row = cells(j) or []
            tag = "th" if j == k else "td"
            html = "".join(f"<{tag}>{escapeHtml(c)}</{tag}>" for c in row)
            lines[j] = ("<table>" if j == k else "") + f"<tr>{html}</tr>" + ("</table>" if j == end - 1 else "")
        k = end
    return "\n".join(lines)


_SUMMARY_OPENS = re.compile(r"^(?P<lead>\s*(?:<details[^>]*>\s*)?<summary[^>]*>)(?P<text>(?:(?!</summary>).)*)$", re.I)
_SUMMARY_CLOSES = re.compile(r"^(?P<text>(?:(?!<summary).)*?)</summary>(?P<rest>.*)$", re.I)
SUMMARY_LINES_MAX = 30  # lines a summary written over several may take


_DETAILS_ALONE = re.compile(r"^(?P<indent>[ \t]*)<details\b[^>]*>[ \t]*$", re.I)
_SUMMARY_ALONE = re.compile(r"^[ \t]*<summary\b[^>]*>.*</summary>[ \t]*$", re.I)


def tight_toggles(text: str) -> str:
    """A ``<details>`` toggle written without blank lines (``<details>`` / ``<summary>เฉลย</summary>`` / ``$\\rho = …$`` /
    ``</details>``, indented under a list entry as editors write it): its summary joined onto the ``<details>`` line and
    a blank line in its place, so what it holds is Markdown (trial15 T15-61: every back showed raw ``$…$`` and ``**…**``).
    Code left alone; line numbers kept."""
    if "<details" not in text.lower():
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for k in range(len(lines) - 2):
        if fenced[k] or not _DETAILS_ALONE.match(lines[k]) or not _SUMMARY_ALONE.match(lines[k + 1]):
            continue
        after = lines[k + 2]
        if not after.strip() or after.lstrip().startswith("<"):
            continue
        lines[k] = lines[k].rstrip() + lines[k + 1].strip()
        lines[k + 1] = ""
    return "\n".join(lines)


_SUMMARY_UNCLOSED = re.compile(r"^(?P<line>[ \t]*(?:<details\b[^>]*>[ \t]*)?<summary\b[^>]*>(?:(?!</summary>).)*\S(?:(?!</summary>).)*?)[ \t]*$", re.I)
_TOGGLE_ENDS = re.compile(r"</details\s*>|<details\b|<summary\b", re.I)


def unclosed_summaries(text: str) -> list[int]:
    """0-based lines of ``<summary>`` tags with words on their line that are never closed: no ``</summary>`` before the
    toggle ends (``</details>``) or the next toggle or summary opens (``<summary>What port does HTTPS use?`` / ``443`` /
    ``</details>``: the browser shows the whole toggle as its summary, nothing to open). Code is never looked into."""
    if "<summary" not in text.lower():
        return []
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    found = []
    for k, line in enumerate(lines):
        if fenced[k] or "</summary>" in line.lower() or _SUMMARY_UNCLOSED.match(line) is None:
            continue
        for j in range(k + 1, len(lines)):
            if fenced[j]:
                continue
            if "</summary>" in lines[j].lower():
                break
            if _TOGGLE_ENDS.search(lines[j]):
                found.append(k)
                break
    return found


def closed_summaries(text: str) -> str:
    """Each summary :func:`unclosed_summaries` finds closed at the end of its line, as its writer meant: its line the
    toggle's title, the lines under it the answer (sitting 53: the question was lost, no message). Line numbers kept."""
    found = unclosed_summaries(text)
    if not found:
        return text
    lines = text.split("\n")
    for k in found:
        lines[k] = f"{lines[k].rstrip()}</summary>"
    return "\n".join(lines)


def multiline_summaries(text: str) -> str:
    """A ``<summary>`` written over several lines with a list or a code block in it (devops-exercises: ``<summary>Explain
    the following`` / ``  * Availability zone`` / ``  * Region</summary><br><b>``, or ``<summary>Explain the purpose of
    the following lines`` / a YAML block / ``</summary>``): the list joined onto the summary's line, the question
    it asks ('Explain the following: Availability zone; Region'), a code block left under the closed summary, where
    the question shows it (trial14 T14-32: such questions were lost, or their section one card). Line numbers kept."""
    if "<summary" not in text.lower():
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _SUMMARY_OPENS.match(lines[k])
        if m is None or not m.group("text").strip():
            k += 1
            continue
        end = next((j for j in range(k + 1, min(len(lines), k + SUMMARY_LINES_MAX)) if not fenced[j] and "</summary>" in lines[j].lower()), None)
        if end is None or any(not fenced[j] and _SUMMARY_OPENS.match(lines[j]) for j in range(k + 1, end)):
            k += 1
            continue
        closing = _SUMMARY_CLOSES.match(lines[end])
        if closing is None:
            k += 1
            continue
        inner = [*lines[k + 1 : end], closing.group("text")]
        asked = m.group("text").strip()
        if any(fenced[j] for j in range(k + 1, end)):  # a code block: shown under the question, in the toggle
            asked = asked if asked.endswith((".", ":", "?", "：", "？", "。")) else f"{asked}:"  # (it points at the code)
            lines[k] = f"{m.group('lead')}{asked}</summary>"
            lines[end] = closing.group("rest") if closing.group("text").strip() == "" else f"{closing.group('text')}{closing.group('rest')}"
            k = end + 1
            continue
        items = [re.sub(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+", "", x).strip() for x in inner if x.strip()]
        if items:
            asked = f"{asked.rstrip(':： ')}: {'; '.join(items)}."
        lines[k] = f"{m.group('lead')}{asked}</summary>{closing.group('rest')}"
        for j in range(k + 1, end + 1):
            lines[j] = ""
        k = end + 1
    return "\n".join(lines)


_LINE_BLOCK = re.compile(r"^\|(?: (?P<text>.*)|)$")


def line_blocks(text: str) -> str:
    """Pandoc's line blocks (``| **Commutativity**:`` / ``|       $u+v=v+u$`` / ``|``, each line kept as written) as the
    lines they are: the bars gone, each line ended by a hard break, an empty one a paragraph break (learner4 N79: the
    bars were printed and the lines ran together). Only a run of two lines or more that is no table (no line ends with
    ``|``); code left alone; line numbers kept."""
    if "\n|" not in text and not text.startswith("|"):
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    i = 0
    def part(k: int) -> bool:  # a line of a line block: '| text' or a bare '|', no other bar in it (a table's row has)
        return not fenced[k] and bool(_LINE_BLOCK.match(lines[k])) and "|" not in lines[k][1:]

    while i < len(lines):
        j = i
        while j < len(lines) and part(j):
            j += 1
        if j - i >= 2 and lines[i].strip() != "|" and (i == 0 or not lines[i - 1].strip()):
            for k in range(i, j):
                body = _LINE_BLOCK.match(lines[k])
                rest = (body.group("text") or "") if body else ""
                lead = len(rest) - len(rest.lstrip(" "))
                lines[k] = ("\u00a0" * lead + rest.strip() + "\\") if rest.strip() else ""
            for k in range(i, j):  # (no hard break before a paragraph's end)
                if lines[k].endswith("\\") and (k + 1 == j or not lines[k + 1]):
                    lines[k] = lines[k][:-1]
        i = max(j, i + 1)
    return "\n".join(lines)


_CJK_LETTER = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_STRONG_RUN = re.compile(r"(?<![*\\])\*\*(?=\S)(?P<text>[^*\n`]+?)(?<=\S)\*\*(?!\*)")
_WIDE_PUNCT = "\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018-\u201f"


def cjk_emphasis(text: str) -> str:
    """Bold that CommonMark leaves open in Chinese, Japanese and Korean writing: ``**字符串常量池（String Pool）**是 …``
    (a closing ``**`` after full-width punctuation with a letter right after it; or an opening one after a letter and
    before such punctuation) as the ``<strong>`` its author meant, as CommonMark's CJK-friendly amendment reads it
    (learner4 N49: the asterisks were printed). Code left alone; line numbers kept."""
    if "**" not in text or not re.search(f"[{_CJK_LETTER}]", text):
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))

    def strong(m: re.Match[str]) -> str:
        before = m.string[m.start() - 1] if m.start() else ""
        after = m.string[m.end()] if m.end() < len(m.string) else ""
        inner = m.group("text")
        closes_badly = bool(re.match(f"[{_WIDE_PUNCT}]", inner[-1])) and bool(re.match(f"[{_CJK_LETTER}A-Za-z0-9]", after))
        opens_badly = bool(re.match(f"[{_WIDE_PUNCT}]", inner[0])) and bool(re.match(f"[{_CJK_LETTER}A-Za-z0-9]", before))
        return f"<strong>{inner}</strong>" if closes_badly or opens_badly else m.group(0)

    for i, line in enumerate(lines):
        if not fenced[i] and "**" in line:
            parts = re.split(r"(`+[^`]*`+)", line)  # (code spans as written)
            lines[i] = "".join(part if k % 2 else _STRONG_RUN.sub(strong, part) for k, part in enumerate(parts))
    return "\n".join(lines)


_ROW_RULE = re.compile(r"^[ \t]{0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")  # '|---|:--:|' under a table's header
_ROW_OPEN = re.compile(r"^[ \t]{0,3}\|")
MAX_ROW_LINES = 40  # lines one broken table row may run over (a code fence in a cell) before it is taken for no row


def _row_cells(line: str) -> int:
    """How many cells a table row's text holds: its unescaped bars, less the row's outer ones."""
    body = line.strip()
    bars = len(re.findall(r"(?<!\\)\|", body))
    return bars - 1 + (not body.startswith("|")) + (not body.endswith("|"))


def _code_cell_line(line: str) -> str:
    """One line of code as a code span a table cell can hold (its bars escaped, a longer backtick run around
    backticks); a blank line as a space."""
    text = line.rstrip().replace("|", "\\|") or " "
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def broken_rows(text: str) -> str:
    """A table row its author broke over lines (``| 9 | Trace this code. What will it print?``, a code fence,
    then ``| A | B | C | A and B | A |``; or a question cell going on on the next line) as the one row it is:
    joined when the lines together hold as many cells as the table's header, prose lines joined by a space,
    the fence's code lines as code spans after ``<br>`` (the cell's code: see ``cell_code``). GFM ends the
    table at the first line that is no row, so every row after the break was lost (trial11 P77: 9 of 18
    questions). Line numbers kept: the joined row stands on the first line, empty rows on the others."""
    if "|" not in text or "\n" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k + 1 < len(lines):
        if fenced[k] or not _TABLE_ROW.match(lines[k]) or not _ROW_RULE.match(lines[k + 1]):
            k += 1
            continue
        width = _row_cells(lines[k])
        at = k + 2
        while at < len(lines):
            line = lines[at]
            if not _ROW_OPEN.match(line):
                break
            if _TABLE_ROW.match(line) or _row_cells(line) >= width:
                at += 1
                continue
            parts, fence, end = [line.strip()], None, None
            for j in range(at + 1, min(len(lines), at + MAX_ROW_LINES)):
                nxt = lines[j]
                mark = FENCE.match(nxt)
                if fence is not None:
                    if mark and mark.group(1)[0] == fence[0] and len(mark.group(1)) >= len(fence) and not nxt.strip()[len(mark.group(1)):]:
                        fence = None
                    else:
                        parts.append("<br>" + _code_cell_line(nxt))
                    continue
                if mark:
                    fence = mark.group(1)
                    continue
                if not nxt.strip():
                    break
                parts.append(("" if nxt.lstrip().startswith("|") else " ") + nxt.strip())
                if nxt.rstrip().endswith("|"):
                    end = j
                    break
            if end is None or _row_cells("".join(parts)) != width:
                break
            lines[at] = "".join(parts)
            for j in range(at + 1, end + 1):
                lines[j] = "|"
            at = end + 1
        k = at
    return "\n".join(lines)


_CODE_PART = re.compile(r"^\s*(?P<ticks>`+)(?P<code>.*?)(?P=ticks)\s*$")


def cell_code(cell: str) -> tuple[str, list[str], bool]:
    """A table cell's text and the code under (or over) it: the ``<br>``-separated parts that are each one code
    span are lines of code (``Trace this code:<br>`x = 5`<br>`print(x)```, as authors write code in a cell and as
    :func:`broken_rows` joins a fence into one). Returns (the text, the code lines, whether the text comes
    first); no code: (the cell, [], True)."""
    parts = re.split(r"<br\s*/?>", cell, flags=re.I)
    if len(parts) < 2:
        return cell, [], True
    code: list[str] = []
    text: list[str] = []
    first = True
    for part in parts:
        m = _CODE_PART.match(part)
        if m and not re.search(f"(?<!`){m.group('ticks')}(?!`)", m.group("code")):  # one span, not '`a` or `b`'
            body = m.group("code")
            if len(body) > 1 and body.startswith(" ") and body.endswith(" ") and body.strip():
                body = body[1:-1]  # (CommonMark strips one space each side)
            code.append(body.rstrip())
        elif part.strip():
            first = first and (bool(text) or not code)
            text.append(part.strip())
    if not code or not text:
        return cell, [], True
    return " ".join(text), code, first


_COPY_RESIDUE = re.compile(r"^(?P<lead>[ \t]*)(?:[A-Za-z][\w+#.-]{0,24})?Copy code(?P<rest>.*)$")


def copy_residue(text: str) -> str:
    """The text of a chat page's copy button glued to a code block's first line (``javascriptCopy codelet x = 5;``,
    ``pythonCopy code``, ``Copy code`` alone: every ChatGPT answer pasted as Markdown; trial12 U13, the code a learner
    read was wrong) taken off. Only a fence's first line; line numbers kept."""
    if "Copy code" not in text:
        return text
    lines = text.split("\n")
    fence: str | None = None
    for k, line in enumerate(lines):
        mark = FENCE.match(line)
        if fence is None:
            if mark:
                fence = mark.group(1)
                if k + 1 < len(lines) and (m := _COPY_RESIDUE.match(lines[k + 1])):
                    lines[k + 1] = m.group("lead") + m.group("rest")
        elif mark and mark.group(1)[0] == fence[0] and len(mark.group(1)) >= len(fence) and not line.strip()[len(mark.group(1)) :].strip():
            fence = None
    return "\n".join(lines)


_BOLD_OPTION = re.compile(r"^(?P<indent>[ \t]{0,3})(\*\*|__)(?P<label>\(?[A-Ha-h][.)])\2[ \t]+(?P<text>\S.*)$")
_BOLD_SOURCE = re.compile(r"^(?P<indent>[ \t]{0,3})(\*\*|__)(?P<tag>[(\[][^()\[\]*_\n]{2,60}[)\]])\2[ \t]*$")


# the source and marks of an exam bank's question on the line under its heading ('**[CBSE 2024 (Compartment), 1 Mark]** |
# ⭐⭐⭐⭐', '[2 marks]', '(AQA June 2019, 4 marks) ★★'): where it was set and what it scores, no text to learn (T15-31)
_MARKS_LINE = re.compile(
    r"^[ \t]{0,3}(\*\*|__)?(?=[\[(][^\n]*?\b\d{1,3}(?:\.\d)?\s*(?i:marks?|pts?|points?|punkte?|puntos?)\b)"
    r"(?:\[[^\]\n]{1,80}\]|\((?:[^()\n]|\([^()\n]*\)){1,80}\))\1?"
    r"(?:\s*[|·•,–—-]?\s*(?:[⭐★☆✩]\ufe0f?)+|\s*[|·•]?\s*[\[(][^\])\n]{1,30}[\])])*[ \t]*$"
)
_MARKS_WORD = re.compile(r"(?i)\d\s*(?:marks?|pts?|points?|punkte?|puntos?)\b")
_HEADING_TEXT_LINE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S")


_STEM_ENTRY = re.compile(r"^[-*+][ \t]+(?P<text>\S.*)$")
_LETTERED_ENTRY = re.compile(r"^[-*+][ \t]+(?:\*\*|__)?\(?(?P<l>[A-Ha-h])(?:\)|\.|\)\.)(?:\*\*|__)?[ \t]+\S")
STEM_ENTRIES_MAX = 4  # entries at most that state a question before its lettered options in one list
STEM_OPTIONS_MIN = 3


def stem_bullets(text: str) -> str:
    """A list whose first entries state the question and whose other entries are its lettered options, to its end
    (an assertion–reason item: ``- **Assertion (A):** …`` / ``- **Reason (R):** …`` / ``- (A) Both …`` … ``- (D) …``):
    the statements are the question's paragraph, one line each, the options its list (trial15 T15-31: the whole list
    went to the front as an exhibit, no option read). Only lists at the margin with one-line entries; code left
    alone; line numbers kept."""
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        if fenced[k] or not _STEM_ENTRY.match(lines[k]) or (k and lines[k - 1].strip() and not _HEADING_TEXT_LINE.match(lines[k - 1])):
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and _STEM_ENTRY.match(lines[end]):
            end += 1
        if end < len(lines) and lines[end].strip() and not _HEADING_TEXT_LINE.match(lines[end]):
            k = end  # (an entry going on over more lines: not a list of one-line entries)
            continue
        letters = [m.group("l").lower() if (m := _LETTERED_ENTRY.match(line)) else "" for line in lines[k:end]]
        first = next((j for j, letter in enumerate(letters) if letter == "a"), None)
        if (first is not None and 1 <= first <= STEM_ENTRIES_MAX and not any(letters[:first])
                and len(letters) - first >= STEM_OPTIONS_MIN and "".join(letters[first:]) == "abcdefgh"[: len(letters) - first]):  # fmt: skip
            for j in range(k, k + first):
                stated = _STEM_ENTRY.match(lines[j])
                assert stated is not None
                lines[j] = stated.group("text") + ("\\" if j + 1 < k + first else "")
        k = end
    return "\n".join(lines)


def _runs_on(line: str) -> bool:
    """A line of text that goes on a paragraph (not blank, no heading, list entry, quote, table row or tag)."""
    return bool(line.strip()) and not line.lstrip().startswith(("#", "-", "*", ">", "|", "<"))


def _under_heading(lines: list[str], k: int) -> bool:
    """Line ``k`` is the first text under a heading (a blank line between them or none)."""
    if k >= 1 and _HEADING_TEXT_LINE.match(lines[k - 1]):
        return True
    return k >= 2 and not lines[k - 1].strip() and bool(_HEADING_TEXT_LINE.match(lines[k - 2]))


def exam_marks(text: str) -> str:
    """The bold an exam page (or a chat-made study sheet) puts on a question's furniture, taken off: option letters
    (``**a)** 75 kWh`` / ``**b)** 90 kWh``, two lines or more in a row: options as ``a) 75 kWh``), and a source tag alone
    on the line above the question (``**(ENCCEJA – Adaptado)**`` over ``Um chuveiro … ?``: plain text opening the
    question, never a bold question of its own; learner5 L3). Code left alone; line numbers kept."""
    if "**" not in text and "__" not in text and not _MARKS_WORD.search(text):
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    opts = [not fenced[k] and bool(_BOLD_OPTION.match(line)) for k, line in enumerate(lines)]
    for k, line in enumerate(lines):
        if opts[k] and ((k and opts[k - 1]) or (k + 1 < len(lines) and opts[k + 1])):
            m = _BOLD_OPTION.match(line)
            assert m is not None
            lines[k] = f"{m.group('indent')}{m.group('label')} {m.group('text')}"
        elif not fenced[k] and (m := _BOLD_SOURCE.match(line)) and k + 1 < len(lines) and _runs_on(lines[k + 1]) and not fenced[k + 1]:
            lines[k] = f"{m.group('indent')}{m.group('tag')}"
        elif not fenced[k] and _MARKS_LINE.match(line) and _under_heading(lines, k):
            lines[k] = ""
    return "\n".join(lines)


_NUMBERED_LINE = re.compile(r"^(?P<mark>\d{1,3}[.)][ \t]+)\S")
_QUOTE_LINE = re.compile(r"^>")
QUOTED_ANSWERS_MIN = 2  # numbered questions each answered by a quote at the margin that make a page of them


def quoted_answers(text: str) -> str:
    """Numbered questions each answered by a block quote written at the margin (``1. What is the chance …?`` /
    ``> 1/6`` / ``2. …``, a course's quiz notes): in Markdown the quote ends the list and the next number goes on the
    quote as its text, so answers and questions ran together (learner5 L20: 6 questions, 3 notes with one front).
    Each such entry's lines (the facts, the question, the quote) are indented under its number, as the author meant;
    at least QUOTED_ANSWERS_MIN such entries. Code left alone; line numbers kept."""
    if "\n>" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    starts = [k for k, line in enumerate(lines) if not fenced[k] and _NUMBERED_LINE.match(line)]
    entries: list[tuple[int, int]] = []
    for n, k in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        end = next((j for j in range(k + 1, end) if fenced[j] or re.match(r"^(?:#{1,6}\s|---\s*$|\*\*\*\s*$)", lines[j])), end)
        body = [j for j in range(k + 1, end) if lines[j].strip()]
        if body and _QUOTE_LINE.match(lines[body[-1]]) and not any(lines[j][:1].isspace() for j in body):
            entries.append((k, end))
    if len(entries) < QUOTED_ANSWERS_MIN:
        return text
    for k, end in entries:
        m = _NUMBERED_LINE.match(lines[k])
        assert m is not None
        pad = " " * len(m.group("mark"))
        for j in range(k + 1, end):
            if lines[j].strip():
                lines[j] = pad + lines[j]
    return "\n".join(lines)


_QUOTED_HEADING = re.compile(r"^[ ]{0,3}>[ \t]?(?P<heading>#{1,6}[ \t]+\S.*|(?P<b>\*\*|__)(?:(?!(?P=b)).)+?[?？](?P=b))[ \t]*$")
_WIDE_LABEL = re.compile(r"^(?P<lead>[ \t]*(?:#{1,6}[ \t]+)?)(?P<label>[ＱＡ])[．：:.][ \t\u3000]*")


# a solutions page's label heading over the question it quotes ('## Question 1' / '> `1`. Using a `for` loop …')
_NUMBERED_HEADING_LABEL = re.compile(
    r"^\s{0,3}#{1,6}\s+(?i:question|exercise|problem|task|q|frage|aufgabe|pregunta|ejercicio|exercice|vraag|opgave)\s*(?P<n>\d{1,3})\s*[.:]?\s*$"
)
_QUOTED_ITEM = re.compile(r"^[ ]{0,3}>[ \t]*(?:`(?P<a>\d{1,3})`|(?P<b>\d{1,3}))[.)][ \t]+(?P<text>\S.*)$")


def quoted_questions(text: str) -> str:
    """A solutions page that quotes each question under its label heading (``## Question 1`` / ``> `1`. Using a `for`
    loop print the types …`` / ``> following iterables:``; a MyST book's solutions page) with the quote as the text it
    is: unquoted, without the question's own number, so it is the question under the label, the card's front (trial47
    T47-9: the front was 'Question 1' and the quoted question the top of its back). Only a quote right under the label
    whose number is the label's; code left alone; line numbers kept."""
    if "\n>" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines):
        label = None if fenced[k] else _NUMBERED_HEADING_LABEL.match(line)
        if label is None:
            continue
        j = next((i for i in range(k + 1, len(lines)) if lines[i].strip()), None)
        quoted = _QUOTED_ITEM.match(lines[j]) if j is not None and not fenced[j] else None
        if j is None or quoted is None or (quoted.group("a") or quoted.group("b")) != label.group("n"):
            continue
        lines[j] = quoted.group("text")
        i = j + 1
        while i < len(lines) and _QUOTE_MARK.match(lines[i]) and lines[i].strip() != ">":
            lines[i] = _QUOTE_MARK.sub("", lines[i], count=1)
            i += 1
    return "\n".join(lines)


def quoted_headings(text: str) -> str:
    """A block quote that holds only a heading (``> ### Ｑ．コマンドが反応しない``, a quote used as a style) or only a bold
    question (``> **What is TCP?**``, trial23 T23-46) as that heading or line, so the text under it is its answer
    (trial12 U36: a Japanese FAQ was one card, or every card misaligned); and the
    full-width labels ``Ｑ．`` / ``Ａ．`` opening a line or heading as ``Q.`` / ``A.``, labels deckc drops. Code left
    alone; line numbers kept."""
    if ">" not in text and "Ｑ" not in text and "Ａ" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        m = _QUOTED_HEADING.match(line)
        alone = m is not None and (k == 0 or not lines[k - 1].lstrip().startswith(">")) and (k + 1 == len(lines) or not lines[k + 1].lstrip().startswith(">"))
        if m is not None and alone:
            line = m.group("heading")
        wide = _WIDE_LABEL.match(line)
        if wide is not None:
            line = f"{wide.group('lead')}{'Q' if wide.group('label') == 'Ｑ' else 'A'}. {line[wide.end():]}"
        lines[k] = line
    return "\n".join(lines)


def quiz_feedback(text: str) -> str:
    """An mkdocs-quiz option's feedback, a ``> Correct. …`` quote right under it (``<quiz>`` / the question / ``- [x]
    …`` / ``> Correct. …`` / ``- [ ] …``), moved under the quiz's last option: it split the options in two lists, so
    the quiz asked nothing (trial12 U14: a heading card showed the ticked answer). The quiz's own lines only change
    places; every other line keeps its number."""
    if "<quiz" not in text.lower() or "\n>" not in text:
        return text
    lines = text.split("\n")
    start = None
    for i, line in enumerate(lines):
        if not QUIZ_TAG.match(line):
            continue
        if _QUIZ_CLOSE.match(line) and start is not None:
            options = [k for k in range(start + 1, i) if CHECKBOX.match(lines[k])]
            if options:
                first, last = options[0], options[-1]
                said = [k for k in range(first, last) if lines[k].lstrip().startswith(">")]
                if said and all(CHECKBOX.match(lines[k]) or k in said for k in range(first, last + 1)):
                    kept = [lines[k] for k in range(first, last + 1) if k not in said]
                    lines[first : last + 1] = [*kept, *[lines[k] for k in said]]
            start = None
        elif not _QUIZ_CLOSE.match(line):
            start = i
    return "\n".join(lines)


_QUIZ_CLOSE = re.compile(r"^[ \t]*</quiz>[ \t]*$", re.I)


_TAB = re.compile(r'^===[!+]?[ \t]+"(?P<title>[^"\n]*)"[ \t]*$')  # pymdownx.tabbed: '=== "Java"' (MkDocs Material tabs)


def content_tabs(text: str) -> str:
    """MkDocs Material's content tabs (``=== "Java"`` over its content indented four spaces): each tab's title as a bold
    line and its content at the margin, as the page shows them one after the other (trial12 U14: the title was
    printed as '=== "Java"' and each program as an indented block with its fence marks). Line numbers kept."""
    if '=== "' not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _TAB.match(lines[k])
        if m is None:
            k += 1
            continue
        lines[k] = f"**{m.group('title').strip()}**" if m.group("title").strip() else ""
        j = k + 1
        nxt = next((x for x in lines[k + 1 :] if x.strip()), "")
        if QUIZ_TAG.match(nxt):
            lines[k] = ""
        while j < len(lines) and (not lines[j].strip() or lines[j].startswith(("    ", "\t"))):
            lines[j] = lines[j][1:] if lines[j].startswith("\t") else lines[j][4:]
            j += 1
        k = j
    return "\n".join(lines)


_SR_SIGNS = re.compile(r"<!--\s*SR:|(?:^|[\s\"'\[,])#?flashcards(?:/[\w/-]+)?\b", re.I | re.M)
_SEMI_CARD = re.compile(r"^(?P<q>[^;\n]*[^;\s])[ \t]*(?P<sep>;;;?)(?!;)[ \t]*(?P<a>[^;\s][^;\n]*)$")
SEMI_CARDS_MIN = 1  # such lines on a page carrying the plugin's signs


def semicolon_cards(text: str) -> str:
    """Obsidian Spaced Repetition cards written with the separators its settings let a user choose, ``;;`` (one way)
    and ``;;;`` (both ways), on a page that carries the plugin's signs (its ``<!--SR:…-->`` schedule comments, a
    ``#flashcards`` tag): read as its default ``::`` / ``:::`` (learner5 L17: a vault's cards were all lost, the
    page's sections made junk cards). Code left alone; line numbers kept."""
    if ";;" not in text or not _SR_SIGNS.search(text):
        return text
    return rewrite_matching(
        text, _SEMI_CARD, SEMI_CARDS_MIN, lambda m: f"{m.group('q')}{'::' if m.group('sep') == ';;' else ':::'}{m.group('a')}"
    )


_PIPE_CARD = re.compile(r"^(?P<q>[^|\s][^|\n]*?)[ \t]+\|[ \t]+(?P<a>[^|\s][^|\n]*?)(?:[ \t]+\|[ \t]+(?P<t>[^|\s][^|\n]*?))?[ \t]*$")
PIPE_CARDS_MIN = 3  # lines in a row of 'front | back' (| tag) for a block of them to be flashcards


def pipe_cards(text: str) -> str:
    """Flashcards written one a line as ``front | **back** | tag`` (a pandoc lesson's ``::: fiszki`` block: trial15
    T15-83, 21 cards read as one): three lines or more in a row, the same number of fields, no table (no leading
    ``|``, no rule row), a back in bold or a front that asks. Each becomes ``front::back``, the third field the card's
    tag (``basic:podstawa`` as ``#basic/podstawa``). Code left alone; line numbers kept."""
    if " | " not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and not fenced[end] and "`" not in lines[end] and _PIPE_CARD.match(lines[end]):
            end += 1
        found = [m for line in lines[k:end] if (m := _PIPE_CARD.match(line))]
        shapes = {m.group("t") is None for m in found}
        bold = any(_BOLD_WHOLE_CELL.match(m.group("a")) for m in found)
        asks = any(m.group("q").rstrip().endswith(("?", "？")) for m in found)
        if len(found) >= PIPE_CARDS_MIN and len(shapes) == 1 and (bold or asks):
            for j, m in enumerate(found, start=k):
                back = _BOLD_WHOLE_CELL.sub(r"\g<t>", m.group("a"))
                tag = " #" + _TAG_COLON.sub("/", _TAG_SPACE.sub("-", m.group("t").strip())) if m.group("t") else ""
                lines[j] = f"{m.group('q')}::{back}{tag}"
        k = max(end, k + 1)
    return "\n".join(lines)


_TAG_COLON = re.compile(r"[:：]+")
_TAG_SPACE = re.compile(r"\s+")
_BOLD_WHOLE_CELL = re.compile(r"^(\*\*|__)(?P<t>[^*_].*?)\1$")


# a pandoc div holding a section's answers: '::: odp | Pokaż odpowiedzi' (a site's 'class | title' form), '::: answers',
# '::: {.solution}': its class or title names the answers, shown on request as a toggle shows them
_ANSWER_DIV = re.compile(
    r"^(?P<indent>[ ]{0,3}):{3,}[ \t]*(?:\{\.?(?P<braced>[\w-]+)[^}]*\}|(?P<cls>[\w-]+))[ \t]*(?:\|[ \t]*(?P<title>[^|\n]*?))?[ \t]*$"
)
_ANSWER_DIV_CLASS = re.compile(r"(?i)^(?:odp|odpowied\w*|rozwiązani\w*|respuestas?|réponses?|lösung(?:en)?|antworten)$")
_DIV_OPEN = re.compile(r"^[ ]{0,3}:{3,}[ \t]*\S")
_DIV_CLOSE = re.compile(r"^[ ]{0,3}:{3,}[ \t]*$")
_ANSWER_DIV_WORDS = re.compile(rf"(?i)^(?:odp|{KEY_WORDS}|(?:(?:show|see|reveal|view|pokaż|zobacz|mostrar|ver|afficher|voir|zeige|mostra)\s+)?"
                               r"(?:the\s+)?(?:answers?|odpowied\w*|rozwiązani\w*|solutions?|respuestas?|réponses?|lösung\w*|antwort\w*))$")  # fmt: skip


def answer_divs(text: str) -> str:
    """A pandoc div that holds answers (``::: odp | Pokaż odpowiedzi`` … ``:::``, a lesson's 'show answers' box; its
    class or title names the answers) as the ``<details>`` toggle it is on the page, its title the summary: what it
    holds answers the questions above it (trial15 T15-82: the div's fences and title were card text). Code left alone;
    line numbers kept."""
    if ":::" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    stack: list[bool] = []  # for each open div: whether it is an answer div
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        if _DIV_CLOSE.match(line):
            if stack and stack.pop():
                lines[k] = "</details>"
            continue
        m = _ANSWER_DIV.match(line) if _DIV_OPEN.match(line) else None
        if m is None:
            if _DIV_OPEN.match(line):
                stack.append(False)
            continue
        name, title = (m.group("braced") or m.group("cls") or "").replace("-", " "), (m.group("title") or "").strip()
        # (a box deckc reads as one, '::: solution', '::: {.answer}', is the directives' own: only a site's 'class | title'
        # form, or a class in a language they do not read)
        answers = bool((title and _ANSWER_DIV_WORDS.match(title)) or _ANSWER_DIV_CLASS.match(name))
        stack.append(answers)
        if answers:
            lines[k] = f"{m.group('indent')}<details><summary>{escapeHtml(title or name.capitalize())}</summary>"
    return "\n".join(lines)


_CLOSE_TOGGLE_LINE = re.compile(r"^[ \t]*</details>[ \t]*$", re.I)
_TRUE_WORDS = r"v|t|true|vertader|verdader[oa]|verdadeir[oa]|vrai|wahr|richtig|prawda|vero|waar|верно|правда"
_FALSE_WORDS = r"f|false|fals|fals[oa]|faux|falsch|fałsz|falso|onwaar|неверно|ложь"
_MAYBE_QUOTED = re.compile(r"^(?P<q>[ ]{0,3}>[ ]?)?(?P<rest>.*)$")
_VERDICT_BOX = re.compile(
    rf"^[ \t]*[-*+][ \t]+\[[ xX]\][ \t]+(?:\*\*|__)?(?P<w>{_TRUE_WORDS}|{_FALSE_WORDS})(?:\*\*|__)?(?:[ \t]*\([^()\n]{{1,20}}\))?[ \t]*$", re.I
)
# '**Resposta Correcta:** ❌ **Fals (F)**', 'Correct answer: ✅ True': a label, a mark, the verdict (in any case, bold or not)
_VERDICT_SAID = re.compile(
    rf"^(?P<label>(?:\*\*|__)?[^\W\d_][^:：*_\n]{{1,40}}[:：](?:\*\*|__)?)[ \t]*(?:[✅❌✔✗✘☑️\ufe0f]+[ \t]*)?(?:\*\*|__)?"
    rf"(?P<w>{_TRUE_WORDS}|{_FALSE_WORDS})\b(?:[ \t]*\([^()\n]{{1,20}}\))?(?:\*\*|__)?[ \t.]*$",
    re.I,
)
# a statement's own label: '📌 **Afirmació:** *…*', '**Statement:** …', '**Aussage:** …'
_STATEMENT_LABEL = re.compile(
    r"^(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \t]*)?(?:\*\*|__)(?i:afirmació|afirmación|afirmação|affirmation|statement|aussage"
    r"|stwierdzenie|affermazione|enunciat|enunciado|twierdzenie)[ \t]*[:：](?:\*\*|__)[ \t]*"
)


def verdict_boxes(text: str) -> str:
    """A true/false drill written with two task boxes for the verdict (``- [ ] **V** (Vertader)`` / ``- [ ] **F** (Fals)``)
    under a statement (``📌 **Afirmació:** *…*``) and the right one said in a toggle (``**Resposta Correcta:** ❌ **Fals
    (F)**``), the whole item in a block quote: the statement as the item's text, the boxes gone, the verdict as
    ``**Correct:** False`` — a true/false question as deckc reads one (trial15 T15-74: the statement and the answer
    were on the back of a card fronted 'Qüestió 02'). Line numbers kept."""
    if "[ ]" not in text and "[x]" not in text.lower():
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k + 1 < len(lines):
        first, second = (_MAYBE_QUOTED.match(lines[k]), _MAYBE_QUOTED.match(lines[k + 1]))
        assert first is not None and second is not None
        a = None if fenced[k] else _VERDICT_BOX.match(first.group("rest"))
        b = None if fenced[k + 1] else _VERDICT_BOX.match(second.group("rest"))
        if a is None or b is None or not re.fullmatch(_TRUE_WORDS, a.group("w"), re.I) or not re.fullmatch(_FALSE_WORDS, b.group("w"), re.I):
            k += 1
            continue
        start = next((j + 1 for j in range(k - 1, -1, -1) if _HEADING_TEXT_LINE.match(lines[j])), 0)
        end = next((j for j in range(k + 2, len(lines)) if _HEADING_TEXT_LINE.match(lines[j])), len(lines))
        said_at = [j for j in range(k + 2, end) if not fenced[j] and _VERDICT_SAID.match(_MAYBE_QUOTED.match(lines[j]).group("rest").strip())]  # type: ignore[union-attr]
        if "[ ]" not in lines[k] or "[ ]" not in lines[k + 1] or not said_at:
            k += 2  # (a ticked box is the key of a true/false quiz, read as options: F21; nothing said, nothing to read)
            continue
        quoted = all(not line.strip() or _MAYBE_QUOTED.match(line).group("q") for line in lines[start:end])  # type: ignore[union-attr]
        for j in range(start, end):
            if fenced[j]:
                continue
            m = _MAYBE_QUOTED.match(lines[j])
            assert m is not None
            rest = m.group("rest") if quoted else lines[j]
            lead = "" if quoted else (m.group("q") or "")
            body = rest if quoted else m.group("rest")
            if j in (k, k + 1):
                body = ""
            elif (said := _VERDICT_SAID.match(body.strip())) is not None:
                body = "**Correct:** " + ("True" if re.fullmatch(_TRUE_WORDS, said.group("w"), re.I) else "False")
            else:
                body = _STATEMENT_LABEL.sub("", body, count=1)
            lines[j] = f"{lead}{body}" if body or not lead else lead.rstrip()
        last = end - 1
        if quoted and end < len(lines) and last > start and _CLOSE_TOGGLE_LINE.match(lines[last]) and lines[last - 1].strip():
            # ('</details>' right over the next heading, no longer quoted: an HTML block that would swallow the heading)
            lines[last - 1], lines[last] = f"{lines[last - 1].rstrip()} {lines[last].strip()}", ""
        k = end
    return "\n".join(lines)


_SLIDE_ANSWER = re.compile(rf"^(?P<title>.+?)\s*(?:[-–—:|·]\s*)(?i:(?:correct\s+)?answers?|solutions?|respuesta|solución|réponse|lösung|{ANSWER_WORDS})\s*$")
_ANY_RULE = re.compile(r"^[ ]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")


_RULE_ALONE = re.compile(r"^[ ]{0,3}(?:-[ \t]*){3,}$")
RULED_CARDS_MIN = 2  # questions so written that make a page of them


def alternating_cards(text: str) -> str:
    """A page of cards written front / ``---`` / back / ``---`` / front … (Mochi's and other flashcard apps' Markdown, a
    slide per side): each part between rules that asks is a front, the part after it its back; the rules blanked, so
    each question reads over its answer (sitting 48: 'a list of 3 questions and no answers', and with no blank lines
    around the rules each side a setext heading, one question filed under the answer before it). Only when every part
    alternates so; code left alone; line numbers kept."""
    if "---" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    rules = [k for k, line in enumerate(lines) if not fenced[k] and _RULE_ALONE.match(line)]
    if len(rules) < 2 * RULED_CARDS_MIN - 1:
        return text
    parts = [[x for x in lines[a + 1 : b] if x.strip()] for a, b in zip([-1, *rules], [*rules, len(lines)], strict=True)]
    if any(not part for part in parts) or len(parts) < 2 * RULED_CARDS_MIN:
        return text
    asks = [part[-1].rstrip().endswith(QUESTION_MARKS) for part in parts]
    if not all(asks[0::2]) or any(asks[1::2]) or any(x.lstrip().startswith(("#", ">", "|")) for part in parts for x in part):
        return text
    for k in rules:
        lines[k] = ""
    return "\n".join(lines)


def answer_slides(text: str) -> str:
    """A slide that answers the slide before it, its heading that one's with an answer word after it (``## ✅ COMPROBACIÓN``
    / the question and its options / ``---`` / ``## ✅ COMPROBACIÓN - Respuesta`` / ``**Respuesta correcta:** C``): the
    heading and the rule before it blanked, so the answer goes on under its question (trial16 T16-16: the MC was
    skipped 'none marked correct', the answer slide a card of its own). Code left alone; line numbers kept."""
    if "#" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    last: dict[int, str] = {}  # the plain text of the last heading of each level
    for k, line in enumerate(lines):
        m = None if fenced[k] else _ATX_ANSWER_LINE.match(line)
        if m is None:
            continue
        level, plain = len(m.group("marks")), _HEADING_WORDS.sub("", m.group("text")).strip()
        said = _SLIDE_ANSWER.match(plain)
        if said is not None and last.get(level) == said.group("title").strip():
            lines[k] = ""
            above = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
            if above is not None and _ANY_RULE.match(lines[above]):
                lines[above] = ""
            continue
        last = {lv: t for lv, t in last.items() if lv < level} | {level: plain}
    return "\n".join(lines)


_ATX_ANSWER_LINE = re.compile(r"^[ ]{0,3}(?P<marks>#{1,6})[ \t]+(?P<text>.*?)[ \t]*#*[ \t]*$")
_HEADING_WORDS = re.compile(r"^[^\w¿¡(]+|[*_]+")  # an emoji before a heading's words, its bold marks


# an instruction to complete a sentence: 'Uzupełnij zdanie:', 'Complete the sentence:', 'Fill in the blanks:'
_COMPLETE = re.compile(
    r"^[ ]{0,3}(?:\*\*|__)?(?i:complete\s+the\s+(?:sentences?|statements?|text)|fill\s+in\s+the\s+blanks?|fill\s+in|"
    r"uzupełnij(?:\s+(?:zdanie|zdania|luki|tekst))?|completa(?:r)?\s+(?:la\s+)?(?:frase|oración|oraciones)|rellena\s+los\s+huecos"
    r"|complétez\s+(?:la\s+phrase|les\s+phrases)|vervollständige(?:n\s+sie)?\s+(?:den\s+satz|die\s+sätze)|ergänze(?:n\s+sie)?\s+(?:den\s+satz|die\s+lücken)"
    r"|completa\s+(?:a\s+)?frase|заполните\s+пропуски|допишите\s+предложение|补全句子|填空)[ \t]*[:：.]?(?:\*\*|__)?[ \t]*$"
)
_ANKI_DELETION = re.compile(r"\{\{\s*[cC]\d+\s*::")  # (never a bare '{{cell}}': N60-4)
_BOLD_SPAN = re.compile(r"(\*\*|__)(?=\S)(?P<t>[^*_\n]+?)(?<=\S)\1")


def bold_blanks(text: str) -> str:
    """A sentence to complete written with its answers in bold under an instruction that says so (``Uzupełnij zdanie:`` /
    ``Układ body-frame jest **lokalnym układem …**.``, ``Complete the sentence:`` / ``The capital of France is
    **Paris**.``, a teacher's key): the sentence a cloze note, each bold part a deletion, the instruction no text
    (trial16 T16-34: the front was the instruction alone, the sentence on the back). Code left alone; line numbers
    kept."""
    if "**" not in text and "__" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines):
        if fenced[k] or not _COMPLETE.match(line) or (k and lines[k - 1].strip()):
            continue
        start = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        if start is None or start == k + 1 or fenced[start]:
            continue
        end = start
        while end < len(lines) and lines[end].strip() and not fenced[end]:
            end += 1
        body = lines[start:end]
        if any(_NOT_PROSE.match(x) for x in body) or not any(_BOLD_SPAN.search(x) for x in body) or any(_ANKI_DELETION.search(x) for x in body):
            continue
        number = 0

        def deletion(m: re.Match[str]) -> str:
            nonlocal number
            number += 1
            return f"{{{{c{number}::{m.group('t')}}}}}"

        out = []
        for j, x in enumerate(body):
            if j and body[j - 1].rstrip(" \\").endswith((".", "!", "?", "。", "！", "？")):
                number = 0  # (a sentence a line: a cloze note each, its deletions numbered from 1; T14-51)
            out.append(_BOLD_SPAN.sub(deletion, x))
        lines[start:end] = out
        lines[k] = ""
    return "\n".join(lines)


_KEY_BOX = re.compile(r'^(?P<indent>[ ]{0,3})(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+"(?P<title>[^"]*)")?[ \t]*$')
_KEY_IN_TITLE = re.compile(rf"(?i)(?<![^\W\d_])(?:{KEY_WORDS})(?![^\W\d_])")


def key_boxes(text: str) -> str:
    """A MkDocs box whose title names the answer key (``!!! danger "Solo instructor — Clave de Respuestas"`` over the key
    indented under it: a teacher's copy): its body at the margin, the box line gone, so the key keys the page's
    questions (trial15 T15-48: 20 questions keyed there were 4 junk notes). Code left alone; line numbers kept."""
    if "!!!" not in text and "???" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _KEY_BOX.match(lines[k])
        if m is None or not m.group("title") or not _KEY_IN_TITLE.search(m.group("title")) or ANSWER_TITLE.match(m.group("title")):
            k += 1  # ('??? note "Show answer"' over one answer: a toggle, never a key)
            continue
        end = k + 1
        while end < len(lines) and (not lines[end].strip() or lines[end].startswith("    ") or lines[end].startswith("\t")):
            end += 1
        if not any(line.lstrip().startswith(("#", "|")) for line in lines[k + 1 : end]):
            k = end  # (a key section is headed or a table: a box of one answer is no key)
            continue
        lines[k] = ""
        for j in range(k + 1, end):
            lines[j] = lines[j][4:] if lines[j].startswith("    ") else lines[j].lstrip("\t") if lines[j].startswith("\t") else lines[j]
        k = end
    return "\n".join(lines)


# a bold label alone on its line, maybe in a quote: '> **Sagot:**  ', '**Jawab:**'
_LONE_LABEL = re.compile(
    r"^(?P<lead>[ ]{0,3}(?:>[ \t]?)*)(?P<b>\*\*|__)(?P<label>[^\W\d_][^\W\d_'’\- ]{0,24}?)[ \t]*(?:[:：](?P=b)|(?P=b)[ \t]*[:：])(?P<tail>[ \t]*\\?)$"
)
_ASKED_LINE = re.compile(r"^\s{0,3}(?:#{1,6}\s+\S|(?:\*\*|__)\S)")  # a heading, or a line opened in bold
ANSWER_LABELS_MIN = 3  # answers a label must open to be the page's answer label


def repeated_answer_labels(text: str) -> str:
    """A bold label alone on its line right under a question that asks (a heading or a bold line ending in '?'), the
    same label under three questions or more (``#### Q1: "Bakit …?"`` / ``> **Sagot:**  `` / ``> "Pinili po …"``):
    the page's answer label in its own language, written ``**Answer:**`` so it is dropped as every answer label is
    (trial15 T15-70: 'Sagot:' opened 10/10 backs). A label deckc reads already, or a question's, is left. Line
    numbers kept."""
    if "**" not in text and "__" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    found: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        m = None if fenced[k] else _LONE_LABEL.match(line)
        if m is None:
            continue
        above = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
        below = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        if above is None or below is None or fenced[above] or not _ASKED_LINE.match(lines[above]):
            continue
        if not lines[above].rstrip().rstrip(" *_\"'”’»」").endswith(("?", "？", "؟")):
            continue
        if _answered_later(lines, fenced, k):
            continue  # ('## Q. …?' / '**Example:**' / its code / '<details><summary>Answer': the answer is the toggle's)
        found.setdefault(m.group("label").strip().casefold(), []).append(k)
    for label, at in found.items():
        said = f"{label}: x"
        if len(at) < ANSWER_LABELS_MIN or has_answer_label(said) or has_question_label(said):
            continue
        for k in at:
            m = _LONE_LABEL.match(lines[k])
            if m is not None:
                lines[k] = f"{m.group('lead')}{m.group('b')}Answer:{m.group('b')}{m.group('tail')}"
    return "\n".join(lines)


_SUMMARY_LINE = re.compile(r"<summary\b[^>]*>(?P<text>.*?)</summary>", re.I)


def _answered_later(lines: list[str], fenced: list[bool], k: int) -> bool:
    """Whether an answer toggle ('<details><summary><b>Answer</b></summary>') or a label deckc reads as the answer's
    comes after line ``k`` before the next heading: the bold label at ``k`` then heads what the question shows (an
    example's input and output), never its answer (learning-zone's js-pw.md: 71 fronts read 'Answer:' over the
    example, the page's '**Example:**' taken for its answer label)."""
    for j in range(k + 1, len(lines)):
        if fenced[j]:
            continue
        line = lines[j].strip()
        if line.startswith("#"):
            return False
        summary = _SUMMARY_LINE.search(line)
        if summary is not None and answer_label(re.sub(r"<[^>]+>", "", summary.group("text")).strip()):
            return True
        if has_answer_label(line.strip("*_ ")):
            return True
    return False


# a line that only labels the options below it: '**Answer Options:**', 'Choices:', '**Các lựa chọn:**', '### Opciones:'
_OPTIONS_WORDS = (
    r"(?i:(?:answer\s+)?(?:options|choices|alternatives)|options?\s+de\s+réponse|choix|propositions"
    r"|opciones(?:\s+de\s+respuesta)?|alternativas|opções|scelte|opzioni|antwortmöglichkeiten|auswahlmöglichkeiten|antwortoptionen"
    r"|варианты(?:\s+ответов?)?|варіанти(?:\s+відповідей)?|opcje|warianty(?:\s+odpowiedzi)?|(?:các\s+)?lựa\s+chọn|phương\s+án"
    r"|pilihan(?:\s+jawaban)?|seçenekler|选项|選項|選択肢|보기|선택지)"
)
_OPTIONS_LABEL = re.compile(r"^[ ]{0,3}(?:#{1,6}[ \t]+)?(?:\*\*|__)?" + _OPTIONS_WORDS + r"[ \t]*[:：]?(?:\*\*|__)?[ \t]*[:：]?[ \t]*$")
# the label before options on their own line, or after the question on its line: 'Options: (a) Quito (b) Lima',
# 'Capital of Peru? Choices: A. Quito B. Lima' (trial29 T29-60: 'Options:' stayed on the front)
_INLINE_OPTIONS_LABEL = re.compile(
    # (a run of blanks is tried from its first blank only, taken whole: a line of a million spaces was quadratic)
    r"(?P<before>^[ \t]*+|[?？:：][ \t]++|(?<![ \t])[ \t]{2,}+)(?:\*\*|__)?" + _OPTIONS_WORDS + r"[ \t]*(?:\*\*|__)?[:：](?:\*\*|__)?[ \t]*"
    r"(?=[(（]?[Aa][.)）][ \t]*\S.*?[ \t][(（]?[Bb][.)）])"
)


def options_labels(text: str) -> str:
    """A line that only labels the options right under it (``**Answer Options:**`` over ``❌ Option 1: A. 80`` /
    ``✅ Option 2: B. 443``, ``### Opciones:`` over a list) is layout, never text: blanked, so the options are read as
    such (trial16 T16-38: the label was taken for an answer label and the options were a Basic back of raw lines).
    Code left alone; line numbers kept."""
    if ":" not in text and "：" not in text and "#" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines):
        if not fenced[k] and _INLINE_OPTIONS_LABEL.search(line):
            lines[k] = _unlabelled(line)
            continue
        if fenced[k] or not _OPTIONS_LABEL.match(line):
            continue
        start = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        if start is None or fenced[start] or start > k + 2:
            continue
        end = start
        while end < len(lines) and lines[end].strip() and not fenced[end]:
            end += 1
        found = find_choices(lines[start:end])
        if found is not None and len(found.options) >= 2:
            lines[k] = ""
    return "\n".join(lines)


def _unlabelled(line: str) -> str:
    """The line without the label before its options ('Options: (a) Quito (b) Lima' -> '(a) Quito (b) Lima')."""
    return _INLINE_OPTIONS_LABEL.sub(lambda m: m.group("before").rstrip(" \t") + (" " if m.start() else ""), line, count=1)


def inline_options_labels(text: str) -> str:
    """The text without the labels before options on a line ('Options: (a) Quito (b) Lima', 'Capital of Peru? Choices:
    A. Quito B. Lima'), outside code, line numbers kept: any page's options are then read as unlabelled ones are
    (trial29 T29-60: the label stayed on the front; in a text file the options were not read at all)."""
    if ":" not in text and "：" not in text:
        return text
    lines = text.split("\n")
    hits = [k for k, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)) if not fenced and _INLINE_OPTIONS_LABEL.search(line)]
    for k in hits:
        lines[k] = _unlabelled(lines[k])
    return text if not hits else "\n".join(lines)


def rewrite_matching(text: str, pattern: re.Pattern[str], minimum: int, rewrite: Callable[[re.Match[str]], str]) -> str:
    """Each line outside code (no fence, no backtick) that ``pattern`` matches rewritten, when ``minimum`` or more do;
    else the text as it was. Line numbers kept: the line-kept preprocessors that turn a page's own card syntax into
    one the reader knows share it."""
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    found = [(k, m) for k, line in enumerate(lines) if not fenced[k] and "`" not in line and (m := pattern.match(line))]
    if len(found) < minimum:
        return text
    for k, m in found:
        lines[k] = rewrite(m)
    return "\n".join(lines)


_YAML_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w-]*):[ \t]*(?P<value>.*?)[ \t]*$")


def _unquoted(value: str) -> str:
    """A YAML scalar as its text (quotes taken off)."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def typed_blocks(text: str) -> str:
    """Supermark's typed blocks, YAML between two ``---`` lines inside a page (``type: figure`` / ``source:`` /
    ``caption:``; ``type: quiz`` / ``question:`` / ``correct:`` / ``false-1:`` / ``result-correct:``), as what they
    show: a figure its picture with its caption, a quiz its question over checkbox options (the right one ticked)
    and the right answer's result as the explanation (learner5 L30: a figure was taken for a setext heading and made
    a card, the quizzes were skipped 'no answer'). Other types are left as they are. Only the block's own lines are
    rewritten (in place, or in another order within the block)."""
    if "\ntype:" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 1
    while k < len(lines):
        if fenced[k] or lines[k - 1].strip() != "---" or not lines[k].startswith("type:"):
            k += 1
            continue
        end = next((j for j in range(k, min(len(lines), k + 40)) if lines[j].strip() == "---"), None)
        fields = [_YAML_FIELD.match(line) for line in lines[k:end]] if end is not None else []
        if end is None or not all(fields):
            k += 1
            continue
        values = {m.group("key").lower(): _unquoted(m.group("value")) for m in fields if m}
        size = end - k + 2
        out: list[str] | None = None
        if values.get("type") == "figure" and values.get("source"):
            out = [f"![{values.get('caption', '')}]({values['source']})"]
            if values.get("caption"):
                out += ["", f"*{values['caption']}*"]
        elif values.get("type") == "quiz" and values.get("question") and values.get("correct"):
            asked = values["question"]
            if values.get("title"):
                asked = f"{values['title']}: {asked}"
            options = [f"- [x] {values['correct']}", *(f"- [ ] {v}" for key, v in values.items() if key.startswith("false-") and v)]
            out = [asked, *options]
            if values.get("result-correct"):
                out += ["", values["result-correct"]]
        if out is not None and len(out) <= size:
            lines[k - 1 : end + 1] = [*out, *[""] * (size - len(out))]
        k = end + 1
    return "\n".join(lines)


# pandoc's attribute list: classes, an id, key=value pairs ('{.underline}', '{#sec}', '{lang=fr}'); never a regular
# expression's quantifier or a set ('[0-9]{1,3}', '[a-z]{2}': trial12 U106 showed them as '0-9')
_ATTRS = r"\s*(?:[.#][\w-]|[A-Za-z][\w-]*=)[^{}\n]*"
_PANDOC_SPAN = re.compile(r"(?<![!\]\\])\[(?P<text>[^\[\]\n]+)\]\{(?P<attrs>" + _ATTRS + r")\}")  # '[text]{.underline}'
_CODE_ATTRS = re.compile(r"(?P<code>(?<!`)(?P<ticks>`+)(?!`)[^\n]*?(?<!`)(?P=ticks)(?!`))\{[.#][\w.:#= -]*\}")  # '`x`{.java}'
_LINK_ATTRS = re.compile(r"(\]\([^()\s]*(?:\s+\"[^\"]*\")?\))\{" + _ATTRS + r"\}")
_SPAN_TAGS = {"underline": "u", "ul": "u", "mark": "mark", "smallcaps": "small"}


def pandoc_attributes(text: str) -> str:
    """Pandoc's attributes written after text, as Word-to-Markdown conversions leave them: ``[complete binary
    tree]{.underline}`` as the text (underlined when the class says so, marked for ``.mark``), and ``\\`getMax()\\`{.java}``
    as its code span (trial12 U17: the braces were printed on the cards). Code blocks left alone; line numbers kept."""
    if "]{" not in text and "`{" not in text and "){" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))

    def span(m: re.Match[str]) -> str:
        classes = re.findall(r"\.([\w-]+)", m.group("attrs"))
        tag = next((_SPAN_TAGS[c] for c in classes if c in _SPAN_TAGS), None)
        return f"<{tag}>{m.group('text')}</{tag}>" if tag else m.group("text")

    for k, line in enumerate(lines):
        if not fenced[k] and ("]{" in line or "`{" in line or "){" in line):
            line = _CODE_ATTRS.sub(lambda m: m.group("code"), line)
            line = _LINK_ATTRS.sub(r"\1", line)  # '![fig](a.png){.lightbox}', '[x](url){target=_blank}'
            parts = re.split(r"(`+[^`\n]*`+)", line)  # (not inside code spans)
            lines[k] = "".join(p if n % 2 else _PANDOC_SPAN.sub(span, p) for n, p in enumerate(parts))
    return "\n".join(lines)


def spaced_rows(text: str) -> str:
    """A pipe table whose rows are apart by blank lines, as a chat answer copied from a web page writes it (``| No. |
    Question | Answer |`` / blank / ``|---|---|---|`` / blank / ``| 1 | What is …? | … |`` …): the table it is, its
    header moved down onto the blank line over its rule, the blank lines between rows empty rows (no cards), every row
    on its own line (trial12 U59: one heading card with the raw rows)."""
    if "|\n\n|" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    while k + 2 < len(lines):
        if fenced[k] or not _TABLE_ROW.match(lines[k]) or lines[k + 1].strip() or not _ROW_RULE.match(lines[k + 2]):
            k += 1
            continue
        if k and lines[k - 1].strip() and not fenced[k - 1]:
            k += 1
            continue  # (a row of a table above, not a header)
        rows = []
        j = k + 3
        while j + 1 < len(lines) and not lines[j].strip() and _TABLE_ROW.match(lines[j + 1]) and not fenced[j + 1]:
            rows.append(j + 1)
            j += 2
        if len(rows) < 2:
            k += 1
            continue
        lines[k], lines[k + 1] = "", lines[k]
        for r in rows:
            lines[r - 1] = "|"
        k = rows[-1] + 1
    return "\n".join(lines)


# (a Chinese or Japanese word right before a formula does not stop it opening: '函数$f(x)$在$x=0$处', trial13 T13-15;
# an ASCII letter or digit does: 'US$5', 'a$b')
_DOLLAR_PAIR = re.compile(r"(?<![\\$A-Za-z0-9_])\$(?=[^\s$])(?P<body>[^$\n]*?[^\s\\$])\$(?!\d)")
_LOOSE_PAIR = re.compile(r"(?<![\\$])\$(?!\$)(?P<body>[^$\n]+?)(?<!\\)\$(?![\d$])")  # (as markdown-it's dollarmath reads one)
_CJK_TEXT = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]")


def dollar_sigils(text: str) -> str:
    """Dollar signs that are names' sigils, not TeX: ``$on、$emit`` and ``$on/$emit/$off`` (Vue's methods in Chinese
    text) were typeset as the formula ``on、`` (trial12 U8). A ``$…$`` pair is left as text, its dollars escaped, when
    what is between holds Chinese, Japanese or Korean text or punctuation, or when a letter follows its closing
    dollar as one opens a name (``$emit``), or a brace or bracket as a shell's ``${1-1}``, ``$(cmd)`` open (trial23
    T23-17: ``$(git rev-parse …)@{${1-1}}`` typeset as a formula). Code left alone; line numbers kept."""
    if "$" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    lines = rejoined_maths(lines, fenced)  # (a formula wrapped over a line break: one formula, T46-1)

    def pair(m: re.Match[str]) -> str:
        after = m.string[m.end() : m.end() + 1]
        if _CJK_TEXT.search(m.group("body")) or (after.isascii() and (after.isalpha() or (after != "" and after in "_{("))):
            return f"\\${m.group('body')}\\$"
        return m.group(0)

    def loose(m: re.Match[str]) -> str:
        # (a pair with a space inside an end that holds no TeX: 'With $1 (and $# gives …)', shell's, trial28 T28-57)
        body = m.group("body")
        if (body[:1].isspace() or body[-1:].isspace()) and not tex_like(body):
            return f"\\${body}\\$"
        return m.group(0)

    for k, line in enumerate(lines):
        if not fenced[k] and line.count("$") >= 2 and "$$" not in line:
            parts = re.split(r"(`+[^`\n]*`+)", line)  # (code spans as written)
            lines[k] = "".join(p if n % 2 else _LOOSE_PAIR.sub(loose, _DOLLAR_PAIR.sub(pair, p)) for n, p in enumerate(parts))
    return "\n".join(lines)


# a paragraph of one line that asks and then answers after its '?': 'What is the capital of France? Paris'
_ANSWERED_LINE = re.compile(
    r"^(?P<q>(?!(?i:q|a|question|answer)\s*\d{0,3}\s*[:.)：])[^\W\d_][^?？\t]{5,}[?？])[ \t]+(?:(?:--|[-–—:=→⇒]|->|=>)[ \t]+)?"
    r"(?P<a>[^\s?？(\[（【*_`</>|#][^?？\t]*?)[ \t]*$"
)
_ATX_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]|$)")
ANSWERED_MIN = 3  # such paragraphs that make a page a quick self-test
ANSWERED_SHARE = 0.8  # of the page's paragraphs (headings apart)


def answered_paragraphs(text: str) -> str:
    """A page of one-line paragraphs that each ask and answer (``# Geography`` / ``What is the capital of France?
    Paris`` / blank / ``What is the largest planet? Jupiter`` …: trial14 T14-45, read as one heading card 'Geography'
    holding them all, or 'a list of 4 questions and no answers'): each written as the outline card ``- question >>
    answer`` the reader reads, when at least ANSWERED_MIN of them make ANSWERED_SHARE of the page's paragraphs. An
    answer in brackets, bold, code or a link is left to the reader's own rules; prose with a question here and there
    is left alone. Code left alone; line numbers kept."""
    if "?" not in text and "？" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    found: dict[int, re.Match[str]] = {}
    paragraphs = 0
    k = 0
    while k < len(lines):
        if fenced[k] or not lines[k].strip() or _ATX_HEADING.match(lines[k]):
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and lines[end + 1].strip() and not fenced[end + 1] and not _ATX_HEADING.match(lines[end + 1]):
            end += 1
        paragraphs += 1
        m = _ANSWERED_LINE.match(lines[k]) if end == k else None
        if m is not None:
            found[k] = m
        elif end > k and all(ms := [_ANSWERED_LINE.match(lines[j]) for j in range(k, end + 1)]):
            # (the lines typed one under another, no blank line between: 'What is the formula of water? H2O' / 'What is
            # the formula of glucose? C₆H₁₂O₆' …, each its own card, never one paragraph; sitting 53)
            paragraphs += end - k
            found.update({j: m for j, m in zip(range(k, end + 1), ms, strict=True) if m is not None})
        k = end + 1
    if len(found) < ANSWERED_MIN or len(found) < ANSWERED_SHARE * paragraphs:
        return text
    for k, m in found.items():
        lines[k] = f"- {m.group('q').strip()} >> {m.group('a')}"
    return "\n".join(lines)


_FENCE_OPEN = re.compile(r"^[ ]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*$")  # a fence with no language
_OPTION_LINE = re.compile(r"^\s*(?:[A-Ha-h][.)]|\([A-Ha-h]\))\s+\S")  # 'a) 9', 'B. …', '(c) …'
FENCED_OPTIONS_MIN = 2


def question_fences(text: str) -> str:
    """A code fence with no language around a question and its lettered options (an aptitude test's '### Aufgabe 1:
    Zahlenreihe' over '```' / 'Welche Zahl fehlt?' / '2, 4, 6, 8, ?, 12' / 'a) 9' … / '```', the fence only keeping
    the lines as typed: trial15 T15-1) is the question's text: the fence lines blank, its lines kept (a hard break
    each, as typed). Code (a fence with a language, or lines that do not ask) is left alone; line numbers kept."""
    if "```" not in text and "~~~" not in text:
        return text
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        m = _FENCE_OPEN.match(lines[k])
        if m is None:
            opened = re.match(r"^[ ]{0,3}(`{3,}|~{3,})", lines[k])
            if opened:  # a fence with a language: skip to its end
                k = next((j for j in range(k + 1, len(lines)) if lines[j].strip().startswith(opened.group(1)) and not lines[j].strip().strip(opened.group(1)[0])), len(lines))
            k += 1
            continue
        fence = m.group("fence")
        end = next((j for j in range(k + 1, len(lines)) if lines[j].strip().startswith(fence) and not lines[j].strip().strip(fence[0])), None)
        if end is None:
            break
        body = [line for line in lines[k + 1 : end] if line.strip()]
        options = [line for line in body if _OPTION_LINE.match(line)]
        asks = any(line.rstrip().endswith(("?", "？", ":", "：")) for line in body if not _OPTION_LINE.match(line))
        if len(options) >= FENCED_OPTIONS_MIN and asks and body and not _OPTION_LINE.match(body[0]):
            lines[k] = lines[end] = ""
            for j in range(k + 1, end):  # (each line its own, as in the fence: a hard break after all but a paragraph's last)
                nxt = lines[j + 1] if j + 1 < end else ""
                if lines[j].strip() and nxt.strip():
                    lines[j] = lines[j].strip() + "  "
                else:
                    lines[j] = lines[j].strip()
        k = end + 1
    return "\n".join(lines)


# Lists under a statement heading that teach nothing on a card (lead G6): course pages frame their questions
# with sections such as::
#
#     ### Learning Objectives
#     - Understand the basic definition of neural networks.
#     ### Activities
#     - Write a brief paragraph explaining why neural networks matter.
#     ### Discussion Questions
#     - How do neural networks compare to traditional algorithms?
#
# Read as notes (a page that states topics in its headings), each became a card whose back is the list: the
# learner was asked "Learning Objectives" and shown what the course means to teach, or a list of questions with
# no answers.  :func:`unlearnable` says why such a heading is no card: a heading naming the page's furniture
# (objectives, outcomes, activities, assignments, homework, discussion or reflection prompts, prerequisites, an
# agenda; in a few languages) over nothing but lists, or any statement heading over lists whose every entry asks.
# The reader lists the heading as skipped with that reason, so the manifest still accounts for it.
_COURSE_FURNITURE = re.compile(
    spaces_one_way(
    r"^(?:\d+(?:\.\d+)*[.)]?\s+)?[\W_]{0,3}\s*(?i:"
    r"(?:(?:key|main|learning|lesson|course|session|unit|module|chapter|week(?:ly)?)\s+)?(?:objectives?|outcomes?|goals?|aims?)"
    r"|what\s+you(?:'ll|’ll|\s+will)\s+learn|by\s+the\s+end\s+of\s+this\s+\w+"
    r"|(?:(?:class|in-class|group|learning|suggested|practice|hands-on)\s+)?activit(?:y|ies)"
    r"|assignments?|homework|(?:group\s+)?discussions?(?:\s+(?:questions?|prompts?|topics?|points?))?"
    r"|reflections?(?:\s+(?:questions?|prompts?))?|questions?\s+for\s+(?:discussion|reflection)|think\s+about\s+it"
    r"|prerequisites?|agenda"
    r"|lernziele|ziele|aufträge|objectifs(?:\s+d['’]apprentissage)?|activités|objetivos(?:\s+de\s+aprendizaje)?"
    r"|actividades|obiettivi(?:\s+di\s+apprendimento)?|attività|цели(?:\s+(?:обучения|урока))?|задания\s+для\s+обсуждения"
    r"|学习目标|学習目標|教学目标|目标|讨论题?|討論"
    r")\s*[:：]?$"
    )
)
_LIST_ASKS = ("?", "？")
_TASK_LIST_TOKENS = frozenset(
    ("bullet_list_open", "bullet_list_close", "ordered_list_open", "ordered_list_close", "list_item_open", "list_item_close",
     "paragraph_open", "paragraph_close", "inline")
)  # fmt: skip


def _list_entries(blocks: Sequence[TopBlock], code: bool = False) -> list[str] | None:
    """The texts of the list entries that make up ``blocks`` (one lead-in paragraph ending in ':' allowed), or None
    when they hold anything else: a paragraph of text, code, a table, an image. ``code``: an entry may hold code (a
    task's expected output: '1. Add a transpose function …' over its ```` ```text ```` block)."""
    entries: list[str] = []
    for k, block in enumerate(blocks):
        if block.type == "hr" or (block.type == "html_block" and not block.tokens[0].content.strip()):
            continue
        if block.type == "paragraph_open" and k == 0 and len(blocks) > 1:
            if plain_inline(block.tokens[1].children or []).rstrip().endswith((":", "：")):
                continue  # 'After this lesson you will be able to:'
            return None
        if block.type == "paragraph_open" and entries and _forum_link(block):
            continue  # ('[Discussions](https://discuss.d2l.ai/t/83)' after a chapter's exercises: where to talk, T55-2)
        if block.type not in ("bullet_list_open", "ordered_list_open"):
            return None
        if any(
            (t.type not in _TASK_LIST_TOKENS and not (code and t.type in ("fence", "code_block")))
            or (t.type == "inline" and any(c.type == "image" for c in t.children or []))
            for t in block.tokens
        ):
            return None
        entries += [plain_inline(t.children or []).strip() for t in block.tokens if t.type == "inline"]
    return [e for e in entries if e] or None


# a link to where readers discuss the page ('[Discussions](…)', '[Discuss this chapter](…)', '[Forum](…)')
FORUM_WORDS = re.compile(r"^(?i:discussions?|discuss(?:\s+(?:this|it|here)(?:\s+(?:chapter|section|page|lesson|exercise))?)?|forums?|comments?|q\s*&\s*a)$")


def _forum_link(block: TopBlock) -> bool:
    """A paragraph that is only links to a forum, their words saying so (d2l's '[Discussions](…)' under each section)."""
    kids = [c for c in (block.tokens[1].children or []) if not (c.type == "text" and not c.content.strip()) and c.type not in ("softbreak", "hardbreak")]
    words, inside, links = [], False, 0
    for c in kids:
        if c.type == "link_open":
            inside, links = True, links + 1
            words.append("")
        elif c.type == "link_close":
            inside = False
        elif inside and c.type in ("text", "code_inline"):
            words[-1] += c.content
        else:
            return False
    return links > 0 and all(FORUM_WORDS.match(w.strip()) for w in words)


# the words of a link that only says "go there": '## 💡 네트워크 [Link](…/Network)', '## Java [→](java.md)'
_GO_THERE = re.compile(
    r"^(?i:link|links|here|more|read\s+more|details|see(?:\s+more)?|docs|go|open|링크|바로\s*가기|자세히(?:\s*보기)?|더\s*보기|보기|"
    r"链接|鏈接|详情|詳情|查看|点击|リンク|詳細|enlace|aquí|ver\s+más|lien|ici|mehr|hier|ссылка|подробнее|тут|здесь)$"
)
INDEX_ENTRY_WORDS = 12  # words at most of a topic's name listed under a heading that links to its page
INDEX_SENTENCES = 0.2  # share of such entries that may be sentences (a note on where the code lives)


def linked_index(heading: TopBlock, blocks: Sequence[TopBlock]) -> bool:
    """A heading that links to another page (``## 💡 네트워크 [Link](…/Network)``, or is wholly such a link) over only a
    list of topic names (``- TCP 3-way-handshake`` / ``- TCP 와 UDP 의 차이점``): the index of that page, which holds
    what to learn; its topics are no answer (trial26 T26-24: a repository's README gave 17 such cards)."""
    if heading.type != "heading_open" or len(heading.tokens) < 2:
        return False
    kids = heading.tokens[1].children or []
    depth, inside, outside, away = 0, [], [], False
    for c in kids:
        if c.type == "link_open":
            depth += 1
            href = str(c.attrGet("href") or "")
            away = away or (bool(href) and not href.startswith("#"))
        elif c.type == "link_close":
            depth -= 1
        elif c.type in ("text", "code_inline"):
            (inside if depth else outside).append(c.content)
    if not away:
        return False
    said = " ".join(" ".join(inside).split())
    rest = _NOT_WORDS.sub("", " ".join(outside))
    body = [b for b in blocks if not furniture(b)]
    if all(_pictures_only(b) for b in body):
        return True  # ('#### Explore all 100 answers here 👉 [Devinterview.io - Git](…)' over the site's banner: T27-38)
    if not (_GO_THERE.match(said.strip(" .:→↗»>")) or not rest or not said.strip(" →↗»>")):
        return False  # ('## TCP [RFC 793](…)' over facts: a source named, the heading's own text)
    entries = _list_entries(body)
    if not entries:
        return False
    sentences = sum(1 for e in entries if len(e.split()) > INDEX_ENTRY_WORDS or e.rstrip(" *_").endswith((".", "。", "!", "！")))
    return sentences <= INDEX_SENTENCES * len(entries)


def _pictures_only(block: TopBlock) -> bool:
    """A paragraph or HTML block with no words of its own: pictures, links around them, line breaks."""
    if block.type == "html_block":
        return not _NOT_WORDS.sub("", re.sub(r"<[^>]*>", " ", block.tokens[0].content))
    if block.type != "paragraph_open" or len(block.tokens) < 2:
        return False
    kids = block.tokens[1].children or []
    return all(c.type not in ("text", "code_inline") or not c.content.strip() for c in kids)


# a section of the works a page cites ('### References' over '- [1] Bottou, Léon (1998). "Online Algorithms …"', an FAQ's
# closing bibliography: trial29 T29-22, it was a card of citations)
_REFERENCES = re.compile(
    r"^(?:\d+(?:\.\d+)*[.)]?\s+)?[\W_]{0,3}\s*(?i:references?|bibliography|works\s+cited|citations|sources|further\s+reading"
    r"|literatur(?:e|verzeichnis)?|quellen|références|bibliographie|referencias|referências|bibliografía|bibliografia"
    r"|riferimenti|参考(?:文献|资料|資料)?|引用|出典|참고\s*(?:문헌|자료)?|литература|источники)[\W_]{0,3}$"
)
# a citation: a year ('(1998)', '2010.'), a '[1]' / '1.' mark before an author, a DOI, ISBN or arXiv id, or a web link
_CITATION = re.compile(r"(?:\(\s*(?:1[5-9]|20)\d\d[a-z]?\s*\)|\b(?:1[5-9]|20)\d\d[a-z]?\b|^\[\d{1,3}\]|\bdoi\b|\bisbn\b|arxiv|https?://)", re.I)


def _citations(blocks: Sequence[TopBlock]) -> bool:
    """Paragraphs and list entries that each cite a work (:data:`_CITATION`), nothing else (no code, table or
    picture)."""
    said: list[str] = []
    for block in blocks:
        if block.type == "hr" or block.boilerplate():
            continue
        if block.type not in ("paragraph_open", "bullet_list_open", "ordered_list_open"):
            return False
        said += [plain_inline(t.children or []).strip() for t in block.tokens if t.type == "inline"]
    said = [s for s in said if s]
    return bool(said) and all(_CITATION.search(s) for s in said)


COURSE_FURNITURE_REASON = "the course's objectives, tasks or prompts"


UNANSWERED = "questions without answers"
ASKED_UNANSWERED = "questions it does not answer"  # an exercise heading's one paragraph that asks (T60-7)


def unlearnable_said(heading: str, unlearned: str) -> tuple[str, str]:
    """The warning (message, fix) for a heading over a list that teaches nothing on a card, in every reader that says it."""
    if unlearned == METADATA_REASON:
        return (
            f"'{heading}' holds {unlearned}, no fact to learn: no card; the manifest lists it as skipped",
            "nothing to do; to learn something it says, write it under a question",
        )
    if unlearned == ASKED_UNANSWERED:
        return (
            f"'{heading}' asks {unlearned}: nothing to learn on a card; the manifest lists it as skipped",
            "to learn from it, write the answer under the questions ('**Answer:** …')",
        )
    if unlearned == LOGISTICS_REASON:
        return (
            f"'{heading}' holds {unlearned} and no question: nothing to learn on a card; the manifest lists it as skipped",
            "to learn from the quiz, copy its questions and answers under the heading",
        )
    return (
        f"'{heading}' is over a list of {unlearned}: nothing to learn on a card; the manifest lists it as skipped",
        "to learn from them, write each question's answer after it ('- What is X? X is …', or the answer indented "
        "under it)" if unlearned == UNANSWERED else
        "to learn from it, write what it teaches under the heading, or ask a question in the heading",
    )


def course_furniture(heading: str) -> bool:
    """A heading that names a course's furniture ('Learning objectives', 'What you'll learn', 'Homework', 'Discussion
    questions'): what is under it is no text to learn on a card, in any reader."""
    return _COURSE_FURNITURE.match(heading.strip()) is not None


# a heading or a page's title that names the reader's tasks ('### Activity', '# Instructions', '# Hints', '## Your task',
# '## Homework'): what is under it is work to do, no fact to recall (trial50 T50-5: Rust by Example's activities and
# exercism's instructions and hints were cards whose backs told the learner what to do)
_TASKS = re.compile(
    spaces_one_way(
    r"^(?:\d+(?:\.\d+)*[.)]?\s+)?[\W_]{0,3}\s*(?i:"
    r"(?:(?:class|in-class|group|learning|suggested|practice|hands-on)\s+)?activit(?:y|ies)|assignments?|homework"
    r"|(?P<title>instructions|instrucciones|istruzioni|consignes)|hints?|(?:your\s+)?tasks?|try\s+it(?:\s+yourself)?|your\s+turn"
    # (a lesson plan's opener and close, 'Starter', 'Do now', 'Warm-up', 'Plenary': sitting 61 N61-6, the card 'Starter'
    # → 'Write down three rivers you know.')
    r"|starter(?:\s+(?:activity|task))?|do\s+now|warm[\s-]?ups?|bell[\s-]?ringers?|plenary"
    r"|(?P<exercise>exercises?|practice|challenge|übung(?:en)?|exercices?|ejercicios?|esercizi|exercícios?)"
    r"|aufträge|aufgaben|hinweise|activités|indices|actividades|pistas|attività|suggerimenti"
    r")\s*[:：]?$"
    )
)
# a line that gives a task's solution or answer: a heading, a bold label, a toggle's summary, 'Solution:' (a task with
# its solution is a card: what it teaches is on its back)
_SOLUTION_GIVEN = re.compile(
    rf"^\s{{0,3}}(?:#{{1,6}}\s+|>\s*)?(?:<summary>\s*)?(?:\*\*|__)?\s*(?i:(?:the\s+|a\s+|one\s+)?(?:possible\s+|sample\s+|model\s+)?"
    rf"(?:solutions?|answers?)|{ANSWER_WORDS})\s*(?:\*\*|__)?\s*(?:[:：]|(?:</summary>)?\s*$)"
)
TASK_REASON = "a task to do (no solution given), no fact to recall"
HINT_REASON = "a hint for an exercise's task, no fact to recall"
_HINTS = re.compile(r"(?i)^\W*(?:hints?|hinweise|indices|pistas|suggerimenti)\W*$")
# a first sentence that tells the reader what to do, after a lead clause at most ('Add an implementation of …', 'After
# checking the output of the above example, use the `Point2D` struct as a guide to add …', 'You need to define …'):
# a task, never a heading's notes ('## Activities' / 'An activity is a single screen …', Android's)
_TELLS_TO_DO = re.compile(
    r"^(?:[^.,;:!?]{1,80},\s+)?(?i:(?:please\s+)?(?:add|write|implement|define|complete|create|modify|change|extend|rewrite"
    r"|refactor|compute|calculate|find|print|update|go\s+back|experiment|design|draw|fill\s+in|solve|prove|build|make|try|use"
    r"|fix|improve|convert|test|run|open|look\s+up|check)\b|you\s+(?:need|have|will\s+need|should|must)\b|your\s+(?:task|job|goal)\b)"
)
# a page's numbered task headings ('## 1. Define expected bake time in minutes', '## Task 2: …'): exercism's
_NUMBERED_TASK = re.compile(r"(?im)^ {0,3}#{2,6}[ \t]+(?:(?:task|step|part|exercise|aufgabe)[ \t]*)?\d{1,2}[.):][ \t]+\S")
TASK_HEADINGS_MIN = 2  # numbered task headings under a page titled 'Instructions' or 'Hints' that make it an exercise's


def task_page(title: str, text: str) -> str:
    """Why each heading of a page titled with an exercise's furniture ('# Instructions', '# Hints', '# Lasagna:
    Instructions') is no card (:data:`TASK_REASON`, :data:`HINT_REASON`), or '': the title names it and
    TASK_HEADINGS_MIN headings or more number its tasks (never a page about a processor's instructions, '## MOV')."""
    if not task_heading(title, title=True) or len(_NUMBERED_TASK.findall(text)) < TASK_HEADINGS_MIN:
        return ""
    return HINT_REASON if _HINTS.match(re.sub(r"^[^:：]{1,60}[:：]\s+", "", title.strip())) else TASK_REASON


def task_heading(heading: str, title: bool = False) -> bool:
    """A heading that names the reader's tasks or their hints (``### Activity``); ``title``: a page's title, which may
    be ``# Instructions`` too (a section so named is an exam's rubric: answerkey.INSTRUCTIONS_REASON)."""
    said = re.sub(r"^[^:：]{1,60}[:：]\s+", "", heading.strip()) if title else heading.strip()  # ('Lasagna: Instructions', its
    # folder's topic before it: suggest.topical_title)
    found = _TASKS.match(said)
    return found is not None and (title or found.group("title") is None)


def gives_solution(blocks: Sequence[TopBlock]) -> bool:
    """Whether ``blocks`` give a solution or an answer (a 'Solution' heading or label, a ``<details>`` toggle): a task
    with its solution teaches what the solution shows."""
    for block in blocks:
        said = [t.content for t in block.tokens if t.type in ("inline", "html_block")]
        if any("<details" in s for s in said) or any(_SOLUTION_GIVEN.match(line) for s in said for line in s.split("\n")):
            return True
    return False


def _tells_to_do(block: TopBlock) -> bool:
    """Whether a paragraph's first sentence tells the reader what to do (:data:`_TELLS_TO_DO`)."""
    said = " ".join(plain_inline(block.tokens[1].children or []).split()) if len(block.tokens) > 1 else ""
    return _TELLS_TO_DO.match(re.split(r"(?<=[.!?])\s", said, maxsplit=1)[0]) is not None


EXERCISE_TASK_WORDS = 40  # words at most of the one paragraph an exercise heading sets as its task


def _set_alone(heading: str, blocks: Sequence[TopBlock]) -> bool:
    """Whether a heading that names an exercise (``## Exercise``, ``### Practice``) sets the one short paragraph under
    it as a task whatever its verb (``Copy over a couple of files, be careful not to overwrite anything important.``,
    ``Stage two files, then run git status …``): a lesson template's section, no fact to recall (trial54 T54-4: a card
    'Exercise' in 18 of 19 lessons), never a placeholder (``No exercises for this lesson.``: said as one) or a question."""
    found = _TASKS.match(heading.strip())
    if found is None or found.group("exercise") is None or len(blocks) != 1 or len(blocks[0].tokens) < 2:
        return False
    said = " ".join(plain_inline(blocks[0].tokens[1].children or []).split())
    return 0 < len(said.split()) <= EXERCISE_TASK_WORDS and not said.rstrip(" *_").endswith(_LIST_ASKS) and not is_placeholder(said)


def _asks_alone(blocks: Sequence[TopBlock]) -> bool:
    """Whether the one paragraph under a heading that names an exercise (``## 🚀 Challenge``) asks its questions and
    answers none: it ends asking (``… Does this answer change between developing and developed countries?``), as
    the challenge of a course's lesson does; the heading and those questions made a card 'Challenge' whose back was the
    questions (trial60 T60-7), where a challenge that tells the reader what to do was already said as a task."""
    if len(blocks) != 1 or blocks[0].type != "paragraph_open" or len(blocks[0].tokens) < 2:
        return False
    said = " ".join(plain_inline(blocks[0].tokens[1].children or []).split())
    return 0 < len(said.split()) <= 2 * EXERCISE_TASK_WORDS and said.rstrip(" *_").endswith(_LIST_ASKS)


def task_said(heading: str, reason: str) -> tuple[str, str]:
    """The warning (message, fix) for a task or hint heading that is no card."""
    return (
        f"'{heading}' is {reason}: the manifest lists it as skipped",
        "to learn from it, write its solution under the heading ('**Solution:** …'), or ask a question in the heading",
    )


# a heading that names a quiz or exam as a course's step, or its certificate ('## Quiz', '## Take the quiz', '## Final
# Quiz 🚀', '## Certificate', '## Get your certificate'): over text that asks nothing and speaks to the reader or sends
# them elsewhere (an embedded app, a link), the course's logistics, no fact to recall (trial55 T55-7)
_LOGISTICS = re.compile(
    r"^[\W_]{0,3}\s*(?i:(?:(?:the|your|final|unit|chapter|module|lesson|week(?:ly)?|end[- ]of[- ]\w+)\s+)?(?:\d+\s+)?"
    r"(?:quiz(?:zes)?|exam|test)(?:\s+time)?|take\s+the\s+(?:quiz|exam|test)|(?:(?:get|claim|download)\s+)?(?:your\s+)?"
    r"certificates?(?:\s+of\s+(?:completion|achievement))?|certification|badges?"
    r"|(?P<about>(?:quiz\s+|exam\s+)?(?:instructions|rules)|how\s+(?:it|the\s+quiz)\s+works))[\s\W_]*$"
)
_QUIZ_WORDS = re.compile(r"(?i)\b(?:quiz(?:zes)?|exam|test)\b")
_TO_THE_READER = re.compile(r"(?i)\b(?:you|your|you['’](?:ll|re|ve))\b")
LOGISTICS_REASON = "the course's logistics (a quiz held elsewhere, a certificate)"
METADATA_REASON = "the page's metadata (author, title, links)"
# a heading naming the page's metadata ('## Metadata' of a Readwise or Kindle highlights export, '## Book info'; never
# '## Properties', a substance's facts), over fields only: what the page is, not what it teaches (sitting 57: a card 'Metadata' /
# 'Author: Marcus Aurelius / ASIN: … / Kindle link' in every export)
_METADATA_HEADING = re.compile(
    r"^[\W_]{0,3}\s*(?i:metadat(?:a|en|os|i)|métadonnées|(?:book|document|file|page|source)\s+"
    r"(?:info(?:rmation)?|details|metadata))\s*[:：]?$"
)
_KEY_VALUE = re.compile(r"^[^\W\d_][\w .'/-]{0,30}?\s*[:：]\s*\S")  # 'Author: …', 'Full Title: …'
_SHORT_ENTRY = re.compile(r"^\S.{0,60}$")  # ('Kindle link', a bare link's title)


def _metadata(heading: str, blocks: Sequence[TopBlock]) -> bool:
    """Whether a heading names the page's metadata over a list of its fields (``- Author: [[Marcus Aurelius]]``,
    ``- ASIN: B000…``, ``- [Kindle link](kindle://…)``), most of them written ``Key: value``."""
    if not _METADATA_HEADING.match(heading.strip()):
        return False
    entries = _list_entries(blocks)
    if not entries or not all(_KEY_VALUE.match(e) or _SHORT_ENTRY.match(e) for e in entries):
        return False
    return 2 * sum(bool(_KEY_VALUE.match(e)) for e in entries) > len(entries)


def _logistics(heading: str, blocks: Sequence[TopBlock]) -> bool:
    """Whether a heading naming a quiz or a certificate (:data:`_LOGISTICS`) holds only the course's logistics: text
    that asks nothing, and speaks to the reader or embeds or links the quiz elsewhere ('Here is the interactive quiz.
    … don't forget to click on Submit' over an ``<iframe>``; 'you can download a certificate …'). A quiz's own
    questions, or a definition ('A quiz is a short test …'), stay what they are."""
    named = _LOGISTICS.match(heading.strip()) if blocks else None
    if named is None:
        return False
    said, elsewhere = [], False
    for block in blocks:
        for t in block.tokens:
            if t.type == "inline":
                said.append(plain_inline(t.children or []))
                elsewhere = elsewhere or any(c.type == "link_open" for c in t.children or [])
            elif t.type in ("html_block", "html_inline"):
                elsewhere = elsewhere or re.search(r"(?i)<iframe\b|\bhref=|\bsrc=", t.content) is not None
            elif t.type in ("fence", "code_block", "table_open"):
                return False
    text = " ".join(" ".join(said).split())
    if re.search(r"[?？]", text) or (named.group("about") and not _QUIZ_WORDS.search(text)):
        return False  # ('## Instructions' of a lab, not of the quiz: the lab's steps)
    return elsewhere or _TO_THE_READER.search(text) is not None


def unlearnable(heading: str, blocks: Sequence[TopBlock]) -> str:
    """What the list under a statement heading holds when it is no card ('' when it is one): the course's
    furniture, or questions none of which is answered; a task written as text (:data:`TASK_REASON`); a quiz held
    elsewhere or a certificate (:data:`LOGISTICS_REASON`)."""
    if _REFERENCES.match(heading.strip()) and _citations(blocks):
        return "references (a bibliography)"
    if _logistics(heading, blocks):
        return LOGISTICS_REASON
    if _metadata(heading, blocks):
        return METADATA_REASON
    exercise = (m := _TASKS.match(heading.strip())) is not None and m.group("exercise") is not None
    if exercise and (asked := _list_entries(blocks)) and all(e.rstrip(" *_").endswith(_LIST_ASKS) for e in asked):
        exercise = False  # ('## Practice' over questions: questions without answers, said so below; T44-5)
    if (course_furniture(heading) or exercise) and _list_entries(blocks, code=True) is not None:
        return COURSE_FURNITURE_REASON  # (its tasks' code with them: Rust by Example's '### Activity', trial50 T50-5)
    if task_heading(heading) and blocks and blocks[0].type == "paragraph_open" and (_tells_to_do(blocks[0]) or _set_alone(heading, blocks)) and not gives_solution(blocks):
        # ('### Activity' / 'Add an implementation of the fmt::Display trait …': Rust by Example, trial50 T50-5)
        return HINT_REASON if _HINTS.match(heading.strip()) else TASK_REASON
    if exercise and _asks_alone(blocks) and not gives_solution(blocks):
        return ASKED_UNANSWERED  # ('## 🚀 Challenge' / '… What are these differences, and which type is best for a farmer?': T60-7)
    entries = _list_entries(blocks)
    if entries is None:
        return ""
    if len(entries) >= 2 and all(e.rstrip(" *_").endswith(_LIST_ASKS) for e in entries) and not _glossed_terms(blocks):
        return UNANSWERED
    if _NAMES_QUESTIONS.match(heading.strip()) and len(entries) >= 2 and not any(_NEXT_SENTENCE.search(e) for e in entries):
        return UNANSWERED  # ('## Sample questions' / '- Describe an implementation of an LRU cache.')
    return ""


# a heading that names what is under it as questions to practise, whatever their wording ('Sample questions',
# 'Practice problems'): over entries of one sentence each (no answer after a prompt), prompts without answers
_NAMES_QUESTIONS = re.compile(
    r"^[\W_]{0,3}\s*(?i:(?:(?:sample|practice|example|interview|review|exam|essential|recommended|common|typical|more|additional"
    r"|further|other|related)\s+){1,2}(?:questions?|problems?|exercises?))\s*[:：]?$"
)
_NEXT_SENTENCE = re.compile(r"[.?!？。]\s+\S")  # a sentence after the first: an answer after its prompt


def _glossed_terms(blocks: Sequence[TopBlock]) -> bool:
    """Whether every list entry is a bold term glossed by the question it answers (``- **Authentication** – Who are
    you?``, ``- **Accounting**: What did you do?``): a mnemonic of the terms, no list of questions (trial44 T44-5: the
    overview of AAA was skipped as questions without answers)."""
    found = 0
    for block in blocks:
        for token in block.tokens if block.type in ("bullet_list_open", "ordered_list_open") else ():
            if token.type != "inline":
                continue
            kids = list(itertools.dropwhile(lambda c: c.type == "text" and not c.content.strip(), token.children or []))
            close = next((k for k, c in enumerate(kids) if c.type == "strong_close"), None)
            if not kids or kids[0].type != "strong_open" or close is None:
                return False
            rest = plain_inline(kids[close + 1 :]).strip()
            if not re.match(r"^(?:[–—:：]|-\s)\s*\S", rest):
                return False
            found += 1
    return found >= 2


_ELLIPSIS_HEADING = re.compile(r"^(?P<hashes>[ ]{0,3}#{1,6})[ \t]+(?P<text>\S.*?)[ \t]*(?:\.{2,}|…)[ \t]*#*[ \t]*$")  # ('..': T21-35)
_ANY_HEADING = re.compile(r"^(?P<hashes>[ ]{0,3}#{1,6})[ \t]+(?P<text>\S.*?)[ \t]*$")
ELLIPSIS_LEAD_WORDS = 6  # words at most of a heading that its sub-headings complete ('How do I...')


# a heading or a bold line that only numbers what is under it: '### 1.', '## Question 2', '**Q1.**'
_NUMBER_LABEL = r"(?:(?i:q|question|exercise|problem|task|snippet|example|quiz|item|kata|puzzle|challenge|drill)[ \t]*#?[ \t]*)?\d{1,3}[a-z]?[ \t]*[.:)]?"
_NUMBER_HEADING = re.compile(rf"^(?P<hashes>#{{2,6}})[ \t]+(?P<label>{_NUMBER_LABEL})[ \t]*#*[ \t]*$")
_NUMBER_BOLD = re.compile(rf"^(?P<b>\*\*|__)[ \t]*(?P<label>{_NUMBER_LABEL})[ \t]*(?P=b)[ \t]*$")
_TITLE_HEADING = re.compile(r"^#[ \t]+(?P<text>\S.*?)[ \t]*#*[ \t]*$")
_TITLE_ASKS = re.compile(r"(?:^|[:：—–]\s+|\s-\s)(?P<asked>[^:：—–]*[?？])\s*$")
TITLE_LABELS_MIN = 2  # numbered items under an asking title that each ask it
# a heading that is one code span and nothing else ('### `git stash pop`'): under a title that asks ('# Git — what does
# this command do?') it names what the title asks about, a card each (sitting 52 N33: one card of the whole page)
_CODE_HEADING = re.compile(r"^(?P<hashes>#{2,6})[ \t]+(?P<label>(?P<tick>`+)[^`\n]+(?P=tick))[ \t]*#*[ \t]*$")


# what an item's answer label names, the question it answers: 'Output: …' under a program ('What is the output?')
_SAID_LABEL = re.compile(r"^[ ]{0,3}(?P<b>\*\*|__)?(?P<w>(?i:output|result|prints?|returns?))[ \t]*[:：][ \t]*(?P=b)?[ \t]*(?:[:：][ \t]*)?\S")
_LABEL_ASKS = {"output": "What is the output?", "result": "What is the result?", "print": "What does it print?",
               "prints": "What does it print?", "return": "What does it return?", "returns": "What does it return?"}  # fmt: skip


def _label_question(lines: list[str], fenced: list[bool], starts: list[int]) -> str | None:
    """The question every numbered item answers under the same answer label, after its code ('### 1.' / a program /
    '**Output:** …' under each): what the label names, 'What is the output?'; None when an item has none, or another."""
    words: set[str] = set()
    for a, b in zip(starts, [*starts[1:], len(lines)], strict=True):
        said = [m.group("w").lower() for k in range(a + 1, b) if not fenced[k] and (m := _SAID_LABEL.match(lines[k]))]
        if len(said) != 1 or not any(fenced[k] for k in range(a + 1, b)):
            return None
        words.add(said[0])
    return _LABEL_ASKS[words.pop()] if len(words) == 1 else None


_LABEL_PARAGRAPH_START = re.compile(r"^[ ]{0,3}(?:\*\*|__)(?i:answer|solution)[ \t]*[:：]")  # '**Answer:** …' after a program


def _unlabelled_items(lines: list[str], fenced: list[bool], first: int) -> list[int]:
    """The blank line right over each program of a page that is only programs each followed by its one answer label
    ('# Haskell — what does GHCi print?' / a program / '**Output:** `[2,3,4]`' / …, no label over them), TITLE_LABELS_MIN
    at least and nothing before the first: each item's start (sitting 52 N33: one card of the whole page); else []."""
    opens = [k for k in range(first + 1, len(lines)) if fenced[k] and not fenced[k - 1]]
    if len(opens) < TITLE_LABELS_MIN or any(lines[k - 1].strip() for k in opens) or any(lines[k].strip() for k in range(first + 1, opens[0] - 1)):
        return []
    starts = [k - 1 for k in opens]
    labelled = all(any(not fenced[j] and _LABEL_PARAGRAPH_START.match(lines[j]) for j in range(a, b)) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True))
    return starts if _label_question(lines, fenced, starts) or labelled else []


def asking_title_labels(text: str) -> str:
    """A page titled with its one question ('# Python quiz: what does it print?') over headings or bold lines that only
    number its items ('### 1.' or '**Q1.**' / a program / 'Output: …'), none asking a question of its own: each label
    asks the title's question ('### 1. What does it print?'), so each item is a card with its code on the front
    (sitting 46 M6, 48: one card of the whole page). Under a title that asks nothing ('# Python quiz'), each label asks
    what the items' one answer label names ('**Output:** …': 'What is the output?'; sitting 49: fronts '1.', '2.', the
    program on the back). Line numbers kept; code left alone."""
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    title = _TITLE_HEADING.match(lines[first]) if first is not None else None
    if first is None or title is None:
        return text
    asked = _TITLE_ASKS.search(title.group("text"))
    fenced = list(in_fence(lines))
    heads = [k for k in range(first + 1, len(lines)) if not fenced[k] and _ANY_HEADING.match(lines[k])]
    bold = [k for k in range(first + 1, len(lines)) if not fenced[k] and _NUMBER_BOLD.match(lines[k])]
    if not heads and not bold and (unlabelled := _unlabelled_items(lines, fenced, first)):
        # (what the answer label names first, 'Output:' -> 'What is the output?', which keeps the program on the front)
        question = _label_question(lines, fenced, unlabelled) or (asked.group("asked").strip() if asked is not None else None)
        if not question or any(not fenced[k] and lines[k].rstrip().endswith(("?", "？")) for k in range(first + 1, len(lines))):
            return text
        for n, k in enumerate(unlabelled, 1):  # (the blank line over each program: its item's numbered heading, lines kept)
            lines[k] = f"## {n}. {question[:1].upper()}{question[1:]}"
        return "\n".join(lines)
    code = bool(heads) and asked is not None and not bold and all(_CODE_HEADING.match(lines[k]) for k in heads)
    if not code and (not all(_NUMBER_HEADING.match(lines[k]) for k in heads) or len(heads) + len(bold) < TITLE_LABELS_MIN or (heads and bold)):
        return text
    if code and (len(heads) < TITLE_LABELS_MIN or len({_ANY_HEADING.match(lines[k]).group("hashes") for k in heads}) > 1):  # type: ignore[union-attr]
        return text
    if any(not fenced[k] and lines[k].rstrip().endswith(("?", "？")) for k in range(first + 1, len(lines))):
        return text  # (an item asks its own question: the labels are its numbers, read as such)
    question = asked.group("asked").strip() if asked is not None else _label_question(lines, fenced, heads or bold)
    if not question:
        return text
    question = question[:1].upper() + question[1:]
    for k in heads:
        m = _CODE_HEADING.match(lines[k]) if code else _NUMBER_HEADING.match(lines[k])
        assert m is not None
        worded = not code and re.search(r"[^\W\d_]", m.group("label")) is not None and not m.group("label").rstrip().endswith((".", ":", ")"))
        # ('### Kata 1' -> '### Kata 1 — What does it print?': a worded label set apart from the question, sitting 54)
        lines[k] = f"{m.group('hashes')} {m.group('label')} {'— ' if code or worded else ''}{question}"
    for k in bold:
        m = _NUMBER_BOLD.match(lines[k])
        assert m is not None
        lines[k] = f"{m.group('b')}{m.group('label')} {question}{m.group('b')}"
    return "\n".join(lines)


_DEEP_HEADING = re.compile(r"^(?P<marks>[ ]{0,3}#{7,})(?P<rest>[ \t]+\S.*)$")


def deep_headings(text: str) -> tuple[str, list[int]]:
    """``(text, the 0-based lines changed)`` with each heading written deeper than Markdown's six levels
    ('####### What does the nucleolus make?', shown as text with its marks) read as a level-6 heading: a page nested
    past six levels keeps its questions (sitting 48: they were raw '#######' lines on another card's back). Code left
    alone; line numbers kept."""
    if "#######" not in text:
        return text, []
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    changed = [k for k, line in enumerate(lines) if not fenced[k] and _DEEP_HEADING.match(line)]
    for k in changed:
        m = _DEEP_HEADING.match(lines[k])
        assert m is not None
        lines[k] = "######" + m.group("rest")
    return "\n".join(lines), changed


def ellipsis_headings(text: str) -> str:
    """A short heading that opens a question and trails off (``## How do I...``, ``## How to…``), its sub-headings
    completing it (``### Change my fonts``, ``### Properly update Doom?``, as FAQs group their how-tos): each sub-heading
    is written whole, ``### How do I change my fonts?``, so its card asks what the page asks (trial21 r-3, the Doom Emacs
    FAQ: the fronts read 'Properly update Doom?' and five how-tos were set aside as statements). Code left alone; line
    numbers kept; a sub-heading that already asks by itself ('What is …?') stays as written."""
    if ".." not in text and "…" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines):
        m = None if fenced[k] else _ELLIPSIS_HEADING.match(line)
        if m is None or len(m.group("text").split()) > ELLIPSIS_LEAD_WORDS or not opens_asking(m.group("text")):
            continue
        level = m.group("hashes").count("#")
        lead = m.group("text").rstrip(" .…")
        for j in range(k + 1, len(lines)):
            sub = None if fenced[j] else _ANY_HEADING.match(lines[j])
            if sub is None:
                continue
            depth = sub.group("hashes").count("#")
            if depth <= level:
                break
            said = sub.group("text")
            if depth != level + 1 or opens_asking(said):
                continue
            said = said[0].lower() + said[1:] if said[:1].isupper() and not said[1:2].isupper() else said
            said = said if said.rstrip(" *_").endswith(("?", "？", ".", ":", "!")) else f"{said}?"  # (the whole asks)
            lines[j] = f"{sub.group('hashes')} {lead} {said}"
    return "\n".join(lines)



def colon_options(text: str) -> str:
    """Options written ``A: Lydia and undefined`` / ``B: …`` / ``C: …`` on lines of their own (a printed quiz, the
    lydiahallie/javascript-questions sheets without their bullets): read as ``A. …``, so 'A:' is no answer label that ate
    the first option and glued the others into a Basic back (trial21 T21-13, 12 of 12 cards); see
    :func:`lines.colon_option_lines`. Line numbers kept."""
    if "A:" not in text and "a:" not in text:
        return text
    lines = text.split("\n")
    for j in colon_option_lines(lines):
        o = COLON_OPTION.match(lines[j])
        assert o is not None
        lines[j] = f"{o.group('lead')}{o.group('letter')}.{o.group('gap')}{lines[j][o.end():]}"
    return "\n".join(lines)


_BULLET_ENTRY = re.compile(r"^[*+-][ \t]+(?P<text>\S.*?)[ \t]*$")
_LIST_START = re.compile(r"^[ ]{0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)")
BULLET_QUESTIONS_MIN = 3  # one-entry lists that ask, each over its answer, for a page to be such a FAQ
BULLET_QUESTIONS_SHARE = 0.6  # of those entries that end asking ('?'); the others state a problem ('… Help!')


_OUTLINE_ENTRY = re.compile(r"^(?P<indent>[ ]*)[*+-][ \t]+(?P<text>\S.*?)[ \t]*$")
OUTLINE_TOPIC_WORDS = 8  # words at most of an outline's topic entry ('Organelles', 'Cell transport')
OUTLINE_QUESTIONS_MIN = 2  # question entries under topics for a bulleted outline to be read as one


def outline_questions(text: str) -> str:
    """A revision outline in nested bullets whose questions sit under topic entries (``- Cells`` / ``  - Organelles`` /
    ``    - What does the Golgi apparatus do?`` / ``      - Modifies, sorts and packages proteins``): each topic and
    question entry a heading one level under the page's deepest (its depth deeper), its answer's entries at the margin
    under it (one entry its text, several a list): a card each, the topics its section (sitting 52 N34: one card of the whole page). Only a list of topics, questions and their answers: a topic is a
    short entry asking nothing whose every child is a topic or a question, a question an entry ending in '?' over
    entries that ask nothing, and every entry one of them or a question's answer. Line numbers kept."""
    if "?" not in text and "？" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    out = list(lines)
    k, changed = 0, False
    while k < len(lines):
        if fenced[k] or not (_OUTLINE_ENTRY.match(lines[k]) and not lines[k].startswith(" ")) or (k and lines[k - 1].strip()):
            k += 1
            continue
        end = k
        while end + 1 < len(lines) and not fenced[end + 1] and _OUTLINE_ENTRY.match(lines[end + 1].expandtabs(4)):
            end += 1
        entries = [(len(m.group("indent")), m.group("text")) for j in range(k, end + 1) if (m := _OUTLINE_ENTRY.match(lines[j].expandtabs(4)))]
        made = _outline(entries)
        if made is not None and (end + 1 >= len(lines) or not lines[end + 1].strip()):
            deepest = max((len(m.group(1)) for line, f in zip(lines, fenced, strict=True) if not f and (m := re.match(r"^[ ]{0,3}(#{1,6})[ \t]", line))), default=1)
            for j, line in zip(range(k, end + 1), made, strict=True):
                out[j] = line if not isinstance(line, int) else f"{'#' * min(6, deepest + 1 + line)} {entries[j - k][1]}"
            changed = True
        k = end + 1
    return "\n".join(out) if changed else text


def _outline(entries: list[tuple[int, str]]) -> list[str | int] | None:
    """Each entry of a nested list as its outline reads it: a topic's or question's depth (an int), or an answer's line
    at the margin; None unless the list is such an outline."""
    kids: list[list[int]] = [[] for _ in entries]
    parent: list[int | None] = []
    stack: list[int] = []
    for n, (indent, _text) in enumerate(entries):
        while stack and entries[stack[-1]][0] >= indent:
            stack.pop()
        parent.append(stack[-1] if stack else None)
        if stack:
            kids[stack[-1]].append(n)
        stack.append(n)
    asks = [text.rstrip(CLOSERS + "*_").endswith(QUESTION_MARKS) for _, text in entries]
    role: list[str] = [""] * len(entries)
    for n in range(len(entries)):
        above = parent[n]
        if above is not None and role[above] in ("question", "answer"):
            role[n] = "answer"
            if asks[n]:
                return None  # (a question under a question: sub-questions, no outline of this kind)
        elif asks[n] and kids[n]:
            role[n] = "question"
        elif not asks[n] and kids[n] and len(entries[n][1].split()) <= OUTLINE_TOPIC_WORDS:
            role[n] = "topic"
        else:
            return None
    questions = [n for n in range(len(entries)) if role[n] == "question"]
    if len(questions) < OUTLINE_QUESTIONS_MIN or all(parent[n] is None for n in questions):
        return None
    if any(role[n] == "topic" and any(role[c] not in ("topic", "question") for c in kids[n]) for n in range(len(entries))):
        return None
    made: list[str | int] = []
    shift, alone = 0, False
    for n, (indent, text) in enumerate(entries):
        if role[n] in ("topic", "question"):
            depth = 0
            up = parent[n]
            while up is not None:
                depth, up = depth + 1, parent[up]
            made.append(depth)
            if role[n] == "question":  # (its answer at the margin: one entry its text, several a list)
                shift, alone = entries[kids[n][0]][0], len(kids[n]) == 1 and not kids[kids[n][0]]
            continue
        made.append(text if alone else f"{' ' * (indent - shift)}- {text}")
    return made


# a question's label alone on its line, bold or a heading: '**Question 1**', '## Question 2', '**Q3.**'
_PARTS_LABEL = re.compile(r"^(?P<hashes>#{1,6}[ \t]+)?(?P<b>\*\*|__)?[ \t]*(?i:question|q|problem|exercise)[ \t]*\d{1,3}[.:]?[ \t]*(?(b)(?P=b))[ \t]*$")
# a part of it, on its own line: '(i) State …', '(ii) …', '(a) …', 'b) …'
_PART_LINE = re.compile(r"^[ ]{0,3}\(?(?P<p>[ivx]{1,4}|[a-h])\)[ \t]+\S")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def answered_parts(lines: list[str]) -> list[str]:
    """An exam paper's question label over parts each followed by its own answer label ('**Question 1**' / '(i) State the
    number of protons in a carbon atom. [1]' / '**Answer:** 6' / '(ii) Name the type of bond … [1]' / '**Answer:** Ionic
    bond'): the label a heading (its section), each part a heading one level under it over its answer, a card each
    (sitting 52 N38: part (i) and its answer were glued onto part (ii)'s front). Only when every part, lettered or in
    roman numerals from the first, is one line whose next line with text opens with an answer label. Line numbers kept."""
    fenced = list(in_fence(lines))
    out, changed = list(lines), False
    heads = [k for k, line in enumerate(lines) if not fenced[k] and _PARTS_LABEL.match(line)]
    deepest = max((len(m.group(1)) for line, f in zip(lines, fenced, strict=True) if not f and (m := re.match(r"^[ ]{0,3}(#{1,6})[ \t]", line)) and not _PARTS_LABEL.match(line)), default=1)
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        end = next((j for j in range(k + 1, end) if not fenced[j] and re.match(r"^[ ]{0,3}#{1,6}[ \t]", lines[j])), end)
        parts = [j for j in range(k + 1, end) if not fenced[j] and _PART_LINE.match(lines[j])]
        said = [_PART_LINE.match(lines[j]).group("p") for j in parts]  # type: ignore[union-attr]
        if not parts or (said != list(_ROMAN[: len(said)]) and said != list("abcdefgh"[: len(said)])):
            continue
        if any(lines[k + 1 : parts[0]][j].strip() for j in range(parts[0] - k - 1)):
            continue  # (a stem between the label and its first part: left as written)
        below = [next((j for j in range(p + 1, end) if lines[j].strip()), None) for p in parts]
        if any(b is None or b != p + 2 or not answer_labelled(lines[b]) for p, b in zip(parts, below, strict=True)):
            continue
        m = _PARTS_LABEL.match(lines[k])
        level = len(m.group("hashes").strip()) if m and m.group("hashes") else min(deepest + 1, 5)  # type: ignore[union-attr]
        out[k] = f"{'#' * level} {lines[k].strip().lstrip('#').strip().strip('*_').strip()}"
        for p in parts:  # (a part that asks nothing, 'State …', is a question all the same: 'Q: ')
            asks = lines[p].rstrip().rstrip(CLOSERS + "*_").endswith(QUESTION_MARKS)
            out[p] = f"{'#' * min(level + 1, 6)} {'' if asks else 'Q: '}{lines[p].strip()}"
        changed = changed or len(parts) >= 2
    return out if changed else lines  # (a page whose labels have one part each: parts of nothing, left as written)


def bullet_questions(text: str) -> str:
    """A plain-text FAQ whose questions are one-entry bullet lines (``* How is tmux different from GNU screen?``, wrapped
    onto an indented second line at times), each over its answer's paragraphs after a blank line (the tmux FAQ; trial21
    T21-4, T21-5): no layout was detected, the build stopped. Each such entry is written as a heading holding its whole
    question (``## Q: …`` when it states a problem, ``tmux freezes … to recover!``), one level under the page's deepest
    heading, when at least BULLET_QUESTIONS_MIN of them ask and make BULLET_QUESTIONS_SHARE of them; a list of several
    entries (points, a boxed notice's lines) is left alone. Code left alone; line numbers kept."""
    if "?" not in text and "？" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    entries: list[tuple[int, int, str]] = []  # (first line, last line, the whole entry)
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _BULLET_ENTRY.match(lines[k])
        if m is None or (k and lines[k - 1].strip() and not (entries and lines[k - 1][:1] in (" ", "\t"))):
            k += 1  # (right under the body indented under the entry before it, as Notion writes a table's last row)
            continue
        end = k
        while end + 1 < len(lines) and lines[end + 1][:1] in (" ", "\t") and lines[end + 1].strip() and not fenced[end + 1]:
            end += 1  # ('  shell it was started from to recover!': the entry's wrapped line)
        after = next((j for j in range(end + 1, len(lines)) if lines[j].strip()), None)
        if end + 1 < len(lines) and not lines[end + 1].strip() and after is not None and not _LIST_START.match(lines[after]):
            entries.append((k, end, " ".join([m.group("text"), *(line.strip() for line in lines[k + 1 : end + 1])])))
        k = end + 1
    asking = [e for e in entries if e[2].rstrip(CLOSERS + "*_").endswith(QUESTION_MARKS) or asks_annotated(e[2])]
    if len(asking) < BULLET_QUESTIONS_MIN or len(asking) < BULLET_QUESTIONS_SHARE * len(entries):
        return text
    deepest = max((len(m.group(1)) for line, f in zip(lines, fenced, strict=True) if not f and (m := re.match(r"^[ ]{0,3}(#{1,6})[ \t]", line))), default=1)
    hashes = "#" * min(6, deepest + 1)
    for first, last, said in entries:
        asks = said.rstrip(CLOSERS + "*_").endswith(QUESTION_MARKS) or asks_annotated(said)
        lines[first] = f"{hashes} {'' if asks else 'Q: '}{said}"
        for j in range(first + 1, last + 1):
            lines[j] = ""
        _outdent_body(lines, last + 1)
    return "\n".join(lines)


def _outdent_body(lines: list[str], start: int) -> None:
    """The entry's body indented under it as the list item's own content ('- Question?' / '    ' / '    The answer …',
    as Notion exports a toggle, trial24 T24-24) moved to the margin, in place, its inner indentation kept: under the
    heading the entry became, four spaces would make every answer a code block."""
    end = start
    while end < len(lines) and (not lines[end].strip() or lines[end][:1] in (" ", "\t")):
        end += 1  # (the body: blank lines and lines indented under the entry, up to a line at the margin)
    body = [line.expandtabs(4) for line in lines[start:end]]
    depth = min((len(line) - len(line.lstrip(" ")) for line in body if line.strip()), default=0)
    if depth == 0:
        return
    for j, line in enumerate(body, start):
        lines[j] = line[depth:] if line.strip() else ""


# A question's options listed plainly, then listed again under its answer with the right ones ticked::
#
#     ## Q1: 新しいリポジトリを初期化するコマンドはどれか？      ("which command initialises a new repository?")
#
#     ### 選択肢                                                 ("choices")
#     - `git add .`
#     - `git init`
#
#     ### 回答欄                                                 ("answer")
#     :::details 回答を見る                                      ("show the answer")
#     [公式ドキュメント](https://git-scm.com/docs/git-init)
#     - [ ] `git add .`
#     - [x] `git init`
#     :::
#
# (Zenn book quiz pages, and any page that shows the choices first and reveals the key as the same list ticked:
# trial22 T22-30).  The learner answers from the first list; the ticked copy is the key.  Read as written, the
# choices were answer text on a Basic card's back and the key a second list under them.  This line-kept rewrite
# ticks the first list as its copy is ticked (``- [x] `git init```) and blanks the copy, so the question is a
# multiple-choice one with its options on the front, and what else the answer holds (a link, a sentence) is its
# explanation.  The copy must hold the same entries (any order, any list marker) with at least one ticked, and come
# after the first list with no heading between them but an answer label (``### Answer``); code is left alone.

# a list entry, in a quote or a box's indentation too, maybe a task-list entry: '- `git init`', '  2. [x] B'
_COPY_ENTRY = re.compile(r"^(?P<lead>[ ]{0,12}(?:>[ \t]?)*(?:[-*+]|\d{1,3}[.)])[ \t]+)(?:\[(?P<box>[ xX])\][ \t]+)?(?P<text>\S.*?)[ \t]*$")
_COPY_HEADING = re.compile(r"^[ ]{0,3}(?P<marks>#{1,6})(?:[ \t]|$)")
COPY_OPTIONS_MIN = 2  # entries in the plain list, at least
COPY_GAP_MAX = 40  # lines between the plain list and its ticked copy, at most


def _copy_key(text: str) -> str:
    """An entry's text as compared: spaces squashed, case folded."""
    return " ".join(text.split()).casefold()


def _list_runs(lines: list[str], fenced: list[bool]) -> list[tuple[int, int, list[int]]]:
    """(first line, last line, entry lines) of each list run outside code: entries one per line, a blank line
    between them allowed; any other line ends the run."""
    found: list[tuple[int, int, list[int]]] = []
    k = 0
    while k < len(lines):
        if fenced[k] or not _COPY_ENTRY.match(lines[k]):
            k += 1
            continue
        entries = [k]
        j = k + 1
        while j < len(lines):
            if not fenced[j] and _COPY_ENTRY.match(lines[j]):
                entries.append(j)
                j += 1
            elif not lines[j].strip() and j + 1 < len(lines) and not fenced[j + 1] and _COPY_ENTRY.match(lines[j + 1]):
                j += 1
            else:
                break
        found.append((k, entries[-1], entries))
        k = entries[-1] + 1
    return found


def checked_copies(text: str) -> str:
    """The text with each plain options list ticked as its ticked copy further down, and the copy blanked (module
    docstring); the same text when there is none. Line numbers kept."""
    if "[x]" not in text and "[X]" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    runs = _list_runs(lines, fenced)
    out = lines
    for n, (_first, last, entries) in enumerate(runs[:-1]):
        plain = [_COPY_ENTRY.match(lines[k]) for k in entries]
        if len(entries) < COPY_OPTIONS_MIN or any(m is None or m.group("box") for m in plain):
            continue
        first, _, copy = runs[n + 1]
        ticked = [_COPY_ENTRY.match(lines[k]) for k in copy]
        if first - last > COPY_GAP_MAX or any(m is None or not m.group("box") for m in ticked):
            continue
        if not any(m.group("box") in "xX" for m in ticked if m) or all(m.group("box") in "xX" for m in ticked if m):
            continue  # (nothing ticked is a to-do list; everything ticked tells nothing apart)
        marks = {_copy_key(m.group("text")): m.group("box") for m in ticked if m}
        if len(marks) != len(ticked) or sorted(marks) != sorted(_copy_key(m.group("text")) for m in plain if m):
            continue
        if any(not fenced[k] and _COPY_HEADING.match(lines[k]) and not ANSWER_TITLE.match(_COPY_HEADING.sub("", lines[k]).strip(" #")) for k in range(last + 1, first)):
            continue  # (a list under the next question is its own; '### Answer' over the copy is its label)
        out = out if out is not lines else list(lines)
        for k, m in zip(entries, plain, strict=True):
            assert m is not None
            box = "x" if marks[_copy_key(m.group("text"))] in "xX" else " "
            out[k] = f"{m.group('lead')}[{box}] {m.group('text')}"
        for k in range(first, copy[-1] + 1):
            out[k] = ""
    return "\n".join(out)


# a self-test whose options are toggles, each summary an option and its body the verdict alone (trial25 T25-10, a Python
# MOOC's week tests): '<details>' / '<summary>2.25</summary>' / '❌' / '</details>' … '✅'
_TOGGLE_WHOLE = re.compile(r"^\s*<details\b[^>]*>\s*<summary\b[^>]*>(?P<option>.*?)</summary>(?P<body>.*?)</details>\s*$", re.I | re.S)
_TOGGLE_OPEN = re.compile(r"^\s*<details\b[^>]*>", re.I)
_TOGGLE_CLOSE = re.compile(r"</details>\s*$", re.I)
_SPACER = re.compile(r"^\s*(?:<br\s*/?>|&nbsp;)?\s*$", re.I)
_RIGHT_MARKS = frozenset("✅ ✔ ✔️ ☑ ☑️ ✓ 🟢 ⭕ correct right true richtig wahr correcto correto corretto vrai juist".split())  # noqa: SIM905
_WRONG_MARKS = frozenset("❌ ✗ ✘ × ✖ ✖️ ❎ 🔴 incorrect wrong false falsch incorrecto incorreto sbagliato faux onjuist".split())  # noqa: SIM905
_VERDICT_PICTURE = re.compile(r"<img\b[^>]*\bsrc\s*=\s*[\"']?[^\"'\s>]*?(?P<what>check|tick|correct|right|cross|wrong|incorrect|false)[^\"'\s>]*", re.I)
VERDICT_TOGGLES_MIN = 2  # options of one question


def _toggle_verdict(body: str) -> bool | None:
    """True (right), False (wrong) or None: a toggle's body that says only a verdict ('✅', '❌', 'Richtig!', a check.png)."""
    picture = _VERDICT_PICTURE.search(body)
    text = re.sub(r"<[^>]+>", " ", body).replace("&nbsp;", " ").strip().strip("!.").strip().casefold()
    if picture is not None and not text:
        return picture.group("what").lower() in ("check", "tick", "correct", "right")
    if text in _RIGHT_MARKS:
        return True
    return False if text in _WRONG_MARKS else None


def verdict_toggles(text: str) -> str:
    """A run of two or more toggles under a question, each summary an option and each body its verdict alone ('✅' /
    '❌'), as task boxes (``- [x] 2`` / ``- [ ] 2.25``): multiple choice, the right ones those marked so (trial25
    T25-10: ten Basic cards listing every option with its mark in a code block), one tight list from the run's first
    line. A run with a toggle saying more than a verdict is left as written. The page keeps its line count."""
    if "<details" not in text.lower() or "</summary>" not in text.lower():
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    toggles: list[tuple[int, int, str, bool]] = []  # (first line, last line, option, right)
    k = 0
    while k < len(lines):
        if fenced[k] or not _TOGGLE_OPEN.match(lines[k]):
            k += 1
            continue
        end = next((j for j in range(k, min(k + 12, len(lines))) if _TOGGLE_CLOSE.search(lines[j])), None)
        m = _TOGGLE_WHOLE.match("\n".join(lines[k : end + 1])) if end is not None else None
        verdict = _toggle_verdict(m.group("body")) if m else None
        option = " ".join(re.sub(r"<[^>]+>", " ", m.group("option")).split()) if m else ""
        if end is None or verdict is None or not option:
            toggles.append((k, k, "", False))  # (a toggle saying more: it breaks a run)
            k = (end or k) + 1
            continue
        toggles.append((k, end, option, verdict))
        k = end + 1
    runs: list[list[tuple[int, int, str, bool]]] = []
    for t in toggles:
        joined = runs and runs[-1][-1][2] and t[2] and all(_SPACER.match(lines[j]) for j in range(runs[-1][-1][1] + 1, t[0]))
        if joined:
            runs[-1].append(t)
        else:
            runs.append([t])
    for run in runs:
        if len(run) < VERDICT_TOGGLES_MIN or not all(t[2] for t in run) or not any(t[3] for t in run):
            continue
        for j in range(run[0][0], run[-1][1] + 1):
            lines[j] = ""
        for n, (_, _, option, right) in enumerate(run):  # (one tight list from the run's first line: options, never a checklist)
            lines[run[0][0] + n] = f"- [{'x' if right else ' '}] {option}"
    return "\n".join(lines)


# a question kept as a table of its own (a Word question bank, Moodle's Word-table formats; trial25 T25-36):
# '| Q1 | Which device …? |' / '| A | Monitor |' … / '| Ans | B |' (Word's table gives an empty header row over it)
_TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^[\s|:-]+$")
_TABLE_ASKS = re.compile(r"^(?i:q(?:uestion|n)?\.?\s*\d{0,3}|\d{1,3}[.)]?|(?:frage|pregunta|question|questão|domanda|câu|soru|vraag)\s*\d{1,3})[.:)]?$")
_TABLE_OPTION = re.compile(r"^\(?(?P<letter>[A-Ja-j])[.)]?$")
_TABLE_KEY = re.compile(r"^(?i:ans(?:wer)?|key|correct(?:\s+answer)?|right\s+answer|solution|lösung|antwort|respuesta|réponse|resposta|gabarito|đáp\s+án|risposta|odpowiedź|ответ|答案|정답)\s*[.:]?$")
_TABLE_NOTE = re.compile(r"^(?i:explanation|rationale|feedback|reason|hint|erklärung|explicación|explication|explicação)\s*[.:]?$")


def _table_question(rows: list[tuple[int, list[str]]]) -> tuple[str, list[tuple[str, bool]], list[str]] | None:
    """(stem, [(option, right)], notes) of a table that is one question, else None."""
    filled = [(k, cells) for k, cells in rows if any(cells) and len(cells) == 2]
    if len(filled) != len([r for r in rows if any(r[1])]) or len(filled) < 4:
        return None
    (_, (label, stem)), *rest = filled
    if not _TABLE_ASKS.match(label) or not stem:
        return None
    options = []
    while rest and (m := _TABLE_OPTION.match(rest[0][1][0])) and m.group("letter").upper() == "ABCDEFGHIJ"[len(options)] and rest[0][1][1]:
        options.append(rest.pop(0)[1][1])
    if len(options) < 2 or not rest or not _TABLE_KEY.match(rest[0][1][0]):
        return None
    said = rest.pop(0)[1][1].strip().strip(".")
    letters = re.findall(r"\b([A-Ja-j])\b", said) if re.fullmatch(r"(?:\(?[A-Ja-j]\)?[.)]?\s*(?:[,;/&]|and)?\s*)+", said, re.I) else []
    right = {"ABCDEFGHIJ".index(x.upper()) for x in letters} or {n for n, o in enumerate(options) if o.casefold() == said.casefold()}
    if not right or max(right) >= len(options) or any(not _TABLE_NOTE.match(label) for _, (label, _) in rest):
        return None
    return stem, [(o, n in right) for n, o in enumerate(options)], [text for _, (_, text) in rest if text]


def question_tables(text: str) -> str:
    """Each table that is one question — its first row a number or 'Q1' and the stem, then lettered option rows, then an
    'Ans' row naming the right letter(s) (an 'Explanation' row after it) — as a heading over task boxes, the right ones
    ticked: a multiple-choice card each (trial25 T25-36: a Word bank of a table per question was one card fronted by the
    page's title). The page keeps its line count."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    k = 0
    level = 1
    while k < len(lines):
        heading = None if fenced[k] else re.match(r"^\s{0,3}(#{1,6})\s", lines[k])
        if heading is not None:
            level = len(heading.group(1))
        if fenced[k] or not _TABLE_LINE.match(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and _TABLE_LINE.match(lines[end]):
            end += 1
        rows = [(j, [c.strip() for c in lines[j].strip().strip("|").split("|")]) for j in range(k, end) if not _TABLE_RULE.match(lines[j])]
        asked = _table_question(rows)
        if asked is not None:
            stem, options, notes = asked
            stem = " ".join(stem.split())
            asks = stem.rstrip(" *_").endswith(("?", "？", ":", "："))
            made = [f"{'#' * min(max(level + 1, 2), 6)} {'' if asks else 'Q: '}{stem}", "", *(f"- [{'x' if r else ' '}] {o}" for o, r in options)]
            made += [line for note in notes for line in ("", note)]
            if len(made) <= end - k:
                lines[k:end] = made + [""] * (end - k - len(made))
        k = end
    return "\n".join(lines)


# a question's label and its answer's typed in raw HTML on one line, the wrapper never closed, as a rich-text editor's
# paste leaves them ('<div><p>Q: What is constructivism?<br>A: A theory that …'): read as an HTML block, the question
# went on the answer above it, unsaid (sitting 45 N7)
_HTML_WRAPPED = re.compile(r"^[ ]{0,3}(?:<(?:div|p|span|section)\b[^<>]*>[ \t]*)+(?P<rest>\S.*)$", re.I)
_LINE_BREAK_TAG = re.compile(r"[ \t]*<br\s*/?>[ \t]*", re.I)
_WRAPPER_CLOSE = re.compile(r"(?:[ \t]*</(?:div|p|span|section)\s*>)+[ \t]*$", re.I)


def html_labelled_lines(text: str) -> str:
    """``text`` with each line of a labelled question and its labelled answer wrapped in HTML block tags (``<div><p>Q:
    …?<br>A: …``) written as the plain same-line pair ``Q: …? A: …`` every reader takes for a card; the other lines
    as written. Line numbers stay."""
    if "<br" not in text.lower():
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines):
        m = None if fenced[k] else _HTML_WRAPPED.match(line)
        if m is None or not has_question_label(m.group("rest")):
            continue
        parts = _LINE_BREAK_TAG.split(_WRAPPER_CLOSE.sub("", m.group("rest")))
        if len(parts) == 2 and has_answer_label(parts[1]):
            lines[k] = f"{parts[0].strip()} {parts[1].strip()}"
    return "\n".join(lines)


_BOLD_NUMBERED_LINE = re.compile(r"^\s{0,3}(\*\*|__)\s*(?P<n>\d{1,3})\\?[.)]\s+\S.*?\1\s*$")  # '**1. Bought supplies on account.**'
BOLD_NUMBERED_MIN = 3  # such lines, numbered 1, 2, 3 … and each over text of its own, that make a page's exercises


def bold_numbered_exercises(lines: list[str]) -> int:
    """How many exercises the page sets as bold numbered lines alone (0: none), '**1. The owner invests $10,000
    cash.**' over its answer (a journal entry's table), then '**2. …**' (sitting 50 N13: none asks with a '?', and the
    page was one card of its title): BOLD_NUMBERED_MIN or more, numbered 1, 2, 3 … in order, each a paragraph of its own
    with other text before the next. Each asks, as '### 1. …' headings over their answers do."""
    fenced = list(in_fence(lines))
    found = [(k, int(m.group("n"))) for k, line in enumerate(lines) if not fenced[k] and (m := _BOLD_NUMBERED_LINE.match(line))]
    if len(found) < BOLD_NUMBERED_MIN or [n for _, n in found] != list(range(1, len(found) + 1)):
        return 0
    ends = [k for k, _ in found[1:]] + [len(lines)]
    # (a paragraph of its own each, its answer after a blank line: '**Q1. Define …**' with its answer on the next line
    # is the numbered layout's, sitting 46)
    alone = all(k + 1 < len(lines) and not lines[k + 1].strip() for k, _ in found)
    answered = all(any(line.strip() for line in lines[k + 1 : end]) for (k, _), end in zip(found, ends, strict=True))
    return len(found) if alone and answered else 0


# what names every item of a page: 'every exercise', 'each question', 'all the problems' (a few languages)
_EVERY_ITEM = re.compile(
    r"(?i)\b(?:each|every|all\s+(?:the\s+)?|jede[nrs]?|chaque|cada|ogni|кажд\w*)\s*"
    r"(?:questions?|exercises?|problems?|tasks?|items?|quer(?:y|ies)|fragen?|aufgaben?|übung(?:en)?|exercices?|preguntas?"
    r"|ejercicios?|domand[ae]|esercizi[oi]?|задани\w*|вопрос\w*)\b|每[个個道]?[题題]"
)
# 'For each transaction, give the journal entry.': the items named, then the task (its rest, :func:`task_lead`)
_FOR_EACH = re.compile(r"(?i)^(?:for\s+(?:each|every)|für\s+jede[nrs]?|pour\s+chaque|para\s+cada|per\s+ogni|для\s+кажд\w*)\b[^,]{1,60},\s*(?P<rest>\S.*)$")
PAGE_LEAD_WORDS = 40  # words at most in a page's instruction to every item


# a paragraph labelled as advice on studying the page ('**How to use:** …', 'Study tip: …', '**Tip:** …')
_STUDY_ADVICE = re.compile(r"^(?:\*\*|__)?\s*(?i:how\s+to\s+(?:use|study|practi[cs]e)(?:\s+this(?:\s+\w+)?)?|study\s+tips?|tips?)\s*[:：]")


def page_lead(blocks: list[TopBlock], lines: list[str], first: int) -> list[int]:
    """Block indices of what a page says to every one of its items, from its block ``first`` (right under its title):
    one short paragraph that tells what to do with each item (``For each transaction, give the journal entry.``,
    ``Answer each question in one word.``), or that names its items (:data:`_EVERY_ITEM`) and ends with ':' over the
    one exhibit it gives them (``Schema used in every exercise:`` over a ``sql`` fence) (sitting 50 newdocs 03/06: it
    was "text outside any question", and the fronts asked without it). Never a lesson's own text (``We can group the
    readings by person and aggregate each group:`` over its query). [] for anything else."""
    if first >= len(blocks) or blocks[first].type != "paragraph_open" or blocks[first].end > len(lines):
        return []
    text = " ".join(" ".join(lines[blocks[first].start : blocks[first].end]).split())
    if len(text.split()) > PAGE_LEAD_WORDS or text.rstrip(" *_").endswith(("?", "？")) or _STUDY_ADVICE.match(text):
        return []  # ('**How to use:** Answer each question out loud …': how to study the page, no item's words, T61)
    if text.rstrip(" *_").endswith((":", "：")):  # ('We can group the readings … and aggregate each group:' is a lesson's)
        exhibit = first + 1 < len(blocks) and blocks[first + 1].type in ("fence", "code_block", "table_open")
        return [first, first + 1] if exhibit and _EVERY_ITEM.search(text) else []
    each = _FOR_EACH.match(text)
    return [first] if (each is not None and task_lead(each.group("rest"))) or (_EVERY_ITEM.search(text) and task_lead(text)) else []
