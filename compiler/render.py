"""Turn an item's plain-text parts and answer blocks into card HTML.

Plain text is always HTML-escaped here, so no source text reaches Anki as
live markup; ``html`` blocks come from the Markdown reader, which has
already sanitized them.  Math stays in Anki's MathJax delimiters
(``\\( … \\)``, ``\\[ … \\]``; see :mod:`compiler.mathtext`), code is
highlighted at build time (:mod:`compiler.highlight`), and a plain-text
formula line is shown monospace, one statement per line.
"""

from __future__ import annotations

import itertools
import re
from html import escape, unescape

from compiler.highlight import highlight_code
from compiler.mathtext import is_display_math, keep_punctuation, protect_cloze_math
from compiler.model import Block, BlockKind, Choice, Item, code_parts
from compiler.sources.cloze import mark_scopes
from compiler.sources.prompts import pick_prompt

# ``a = … ; b = …`` on one formula line: show each statement on its own line.
_TAG = re.compile(r"<[^>]+>")
_PRE = re.compile(r"<pre\b.*?</pre>", re.S | re.I)
#: A code line takes about as much of a phone screen as this many words of prose.
CODE_LINE_WORDS = 4
#: About this many words of answer fill one phone screen (400 px) with the question and sources:
#: measured in real Anki on corpus cards (398 words: 3.3 screens; 269: 2.2; list-heavy answers less).
WORDS_PER_SCREEN = 120

_STATEMENT_SEP = re.compile(r"\s+;\s+")


def text_html(text: str) -> str:
    """Escape plain text for a field, keeping line breaks (and math next to its punctuation)."""
    return keep_punctuation(escape(text, quote=False).replace("\n", "<br>"))


def question_html(text: str) -> str:
    """A question for a field: plain text, its inline code (between backticks) as ``<code>``."""
    return "".join(f"<code>{escape(part, quote=False)}</code>" if code else text_html(part) for code, part in code_parts(text))


def front_html(item: Item) -> str:
    """The question with what it is about: the passage, table or code before it, as documents set an exhibit;
    after it when the question introduces it ('… meets ALL the following requirements:', trial9 T3)."""
    if item.stimulus and (item.stimulus_after or item.question.rstrip().endswith(":")):  # '… shown below' (L44)
        return question_html(item.question) + blocks_html(item.stimulus)
    return blocks_html(item.stimulus) + question_html(item.question)


def block_html(block: Block) -> str:
    if block.kind is BlockKind.text:
        return f"<p>{text_html(block.text)}</p>"
    if block.kind is BlockKind.formula:
        if is_display_math(block.text):
            return f'<div class="math">{text_html(block.text.strip())}</div>'
        lines = _STATEMENT_SEP.split(block.text.strip())
        return f'<div class="formula">{"".join(f"<div>{text_html(line)}</div>" for line in lines)}</div>'
    if block.kind is BlockKind.code:
        drawn = diagram_lines(block.text, block.lang)
        if drawn is not None:  # (Anki draws no Mermaid: 40 lines of its source filled the card; learner5 L14)
            head, edges = drawn
            return f"<p>{escape(head)}</p>" + (f"<ul>{''.join(f'<li>{escape(e)}</li>' for e in edges)}</ul>" if edges else "")
        return highlight_code(block.text, block.lang)
    if block.kind is BlockKind.bullets:
        items = "".join(f"<li>{text_html(i)}</li>" for i in block.items)
        return f"<ul>{items}</ul>"
    return nested_code(block.text)  # html: sanitized by the Markdown reader


# code a Markdown source nests in a list item or an admonition, as its reader wrote it (nothing but text inside)
_NESTED_CODE = re.compile(r'<pre(?: data-lang="(?P<lang>[^"<>]*)")?><code>(?P<code>[^<]*)</code></pre>')


def nested_code(html: str) -> str:
    """``html`` with each code block in it highlighted as a top-level one is (learner L6: a fence inside a list
    item or an admonition was plain monochrome text beside highlighted ones)."""
    if "<pre" not in html:
        return html
    return _NESTED_CODE.sub(_highlighted, html)


def _highlighted(m: re.Match[str]) -> str:
    """One nested code block highlighted; an empty one (a fence opened and closed at once) is left out."""
    code = unescape(m.group("code")).rstrip("\n")
    return block_html(Block(kind=BlockKind.code, text=code, lang=unescape(m.group("lang") or ""))) if code.strip() else ""


# diagrams written as text for a tool to draw (a Markdown ```mermaid fence, PlantUML, Graphviz): no card draws them
DIAGRAM_LANGS = frozenset({"mermaid", "plantuml", "puml", "dot", "graphviz", "flowchart", "flow"})
DIAGRAM_EDGES = 12  # edges a diagram's summary lists
_MERMAID_NODE = re.compile(
    r"""\b(?P<id>[\w.-]+)\s*(?:\[\[|\[\(|\(\(|\[/|\[\\|[\[({>])\s*(?:"(?P<q>[^"]*)"|(?P<label>[^"\[\](){}|]*?))\s*(?:\]\]|\)\]|\)\)|/\]|\\\]|[\])}])"""
)
_MERMAID_EDGE = re.compile(
    r"""(?P<a>[\w.-]+)(?:\s*(?:\[\[|\[\(|\(\(|\[/|[\[({>])(?:"[^"]*"|[^\]\)}"]*)[\])}]+)?\s*"""
    r"""(?:<?(?:-{2,}|={2,}|-\.+-)>?|--[ox])\s*(?:\|"?(?P<t>[^|"]*)"?\|)?\s*(?P<b>[\w.-]+)"""
)
# flowchart.js (VuePress's '@flowstart', Typora's ```flow): 'st=>start: Start|past:>http://…' declares a node, 'cond(yes,
# right)->op1->e' chains arrows, a condition's branch in brackets
_FLOW_NODE = re.compile(r"^(?P<id>[\w.-]+)=>\w+(?:\([^)]*\))?:\s*(?P<label>.*?)(?:\|[\w-]+)?(?::>\S*)?\s*$")
_FLOW_STEP = re.compile(r"^(?P<id>[\w.-]+)(?:\((?P<t>[^)]*)\))?$")
_DOT_EDGE = re.compile(r"""(?P<a>"[^"]+"|[\w.]+)\s*->\s*(?P<b>"[^"]+"|[\w.]+)(?:\s*\[[^\]]*label\s*=\s*"?(?P<t>[^",\]]*)"?)?""")
_DOT_NODE = re.compile(r"""(?P<id>"[^"]+"|[\w.]+)\s*\[[^\]]*\blabel\s*=\s*"?(?P<label>[^",\]]*)"?""")


def diagram_lines(code: str, lang: str) -> tuple[str, list[str]] | None:
    """A diagram fence as what a card can show: a line naming the diagram, and its arrows as 'from → to' lines
    with the nodes' labels (a Mermaid flowchart, a Graphviz graph); None for code that is no diagram."""
    kind = (lang or "").strip().lower()
    if kind not in DIAGRAM_LANGS:
        return None
    lines = [line.strip() for line in code.split("\n") if line.strip()]
    first = lines[0].split()[0] if lines else kind
    labels: dict[str, str] = {}
    edges: list[str] = []
    if kind == "mermaid":
        for line in lines:
            for m in _MERMAID_NODE.finditer(line):
                label = (m.group("q") if m.group("q") is not None else m.group("label") or "").strip()
                if label:
                    labels.setdefault(m.group("id"), label)
        for line in lines:
            for m in _MERMAID_EDGE.finditer(line):
                said = f" ({m.group('t').strip()})" if m.group("t") and m.group("t").strip() else ""
                edges.append(f"{labels.get(m.group('a'), m.group('a'))} →{said} {labels.get(m.group('b'), m.group('b'))}")
    elif kind in ("dot", "graphviz"):
        for line in lines:
            if (m := _DOT_NODE.match(line)) is not None and "->" not in line:
                labels[m.group("id").strip('"')] = m.group("label")
        for line in lines:
            for m in _DOT_EDGE.finditer(line):
                a, b = m.group("a").strip('"'), m.group("b").strip('"')
                said = f" ({m.group('t').strip()})" if m.group("t") and m.group("t").strip() else ""
                edges.append(f"{labels.get(a, a)} →{said} {labels.get(b, b)}")
    elif kind in ("flowchart", "flow"):
        labels = {m.group("id"): m.group("label") for line in lines if (m := _FLOW_NODE.match(line)) and m.group("label")}
        for line in lines:
            steps = [_FLOW_STEP.match(part.strip()) for part in line.split("->")] if "->" in line and "=>" not in line else []
            for a, b in itertools.pairwise(steps):
                if a is not None and b is not None:
                    said = f" ({a.group('t').split(',')[0].strip()})" if a.group("t") and a.group("t").split(",")[0].strip() not in ("top", "bottom", "left", "right") else ""
                    edges.append(f"{labels.get(a.group('id'), a.group('id'))} →{said} {labels.get(b.group('id'), b.group('id'))}")
    more = len(edges) - DIAGRAM_EDGES
    shown = edges[:DIAGRAM_EDGES] + ([f"… {more} more"] if more > 0 else [])
    what = f"{kind} {first}" if kind == "mermaid" and first != kind else kind
    return f"[diagram: {what}, {len(lines)} lines in the source{'' if shown else ' — not drawn on the card'}]", shown


# Han, kana and full-width punctuation: written without spaces, each a full em wide; Thai: no spaces either
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_THAI = re.compile(r"[\u0e00-\u0e7f]")
#: A 400 px line holds about 19 CJK characters or 7 English words (and ~35 Thai characters): so many characters
#: take the room of one word (learner2 M6: a 1,492-character Chinese answer, 3.5 screens, counted as a few words).
CJK_CHARS_PER_WORD = 2.7
THAI_CHARS_PER_WORD = 5.0


def text_words(text: str) -> int:
    """How many English words' room a text takes: its words, and its CJK / Thai characters at their rate."""
    cjk = len(_CJK.findall(text))
    thai = len(_THAI.findall(text))
    if not cjk and not thai:
        return len(text.split())
    rest = _THAI.sub(" ", _CJK.sub(" ", text))
    return len(rest.split()) + round(cjk / CJK_CHARS_PER_WORD + thai / THAI_CHARS_PER_WORD)


def reading_length(blocks: list[Block]) -> int:
    """How long an answer reads on a phone, in words of prose (a code line counts as
    :data:`CODE_LINE_WORDS`), for the long-answer warning."""
    words = 0
    for block in blocks:
        if block.kind is BlockKind.code:
            words += CODE_LINE_WORDS * len(block.text.strip("\n").splitlines())
        elif block.kind is BlockKind.bullets:
            words += sum(text_words(i) for i in block.items)
        elif block.kind is BlockKind.html:
            pres = _PRE.findall(block.text)
            words += sum(CODE_LINE_WORDS * len(_TAG.sub("", p).strip("\n").splitlines()) for p in pres)
            words += text_words(_TAG.sub(" ", _PRE.sub(" ", block.text)))
        else:
            words += text_words(block.text)
    return words


def blocks_html(blocks: list[Block]) -> str:
    return "".join(block_html(b) for b in blocks)


# "(Choose TWO)", "Select 2", "check all that apply": the question already says several options are right.
_SAYS_HOW_MANY = re.compile(r"(?i)\b(?:choose|select|pick|mark|check)\b[^.?!]{0,20}\b(?:two|three|four|2|3|4|all|several|more)\b")


def options_html(item: Item) -> str:
    """Options as a list; the correct one carries a class only the back's CSS highlights."""
    rows = []
    for choice in item.choices:
        cls = ' class="correct"' if choice.label in item.correct_labels else ""
        # a real space after the label: Anki's browser, search and a CSV import without deckc's CSS read 'A) Lydia'
        rows.append(f'<li{cls}><span class="label">{escape(choice.shown)}</span> {choice_html(choice)}</li>')
    ask = ""
    if len(item.correct_labels) > 1 and not _SAYS_HOW_MANY.search(item.question):
        # (the learner must know to pick more than one; in the question's language, T31-7)
        asked = " ".join([item.question, *(c.text for c in item.choices)])
        ask = f'<p class="pick">{escape(pick_prompt(asked, len(item.correct_labels)))}</p>'
    return f"<ol>{''.join(rows)}</ol>{ask}"


def correct_html(item: Item) -> str:
    """The correct option, or each of several ("Choose TWO") on a line of its own."""
    right = item.correct_labels
    return "<br>".join(f"{escape(c.shown)} {choice_html(c)}" for c in item.choices if c.label in right)


def choice_html(choice: Choice) -> str:
    """An option's text; an option that is code as a code block (its indentation is what it says); an option
    with inline markup (a code span, emphasis, a line break) as the Markdown reader rendered it."""
    if choice.lang is not None:
        return highlight_code(choice.text, choice.lang)
    return choice.html or text_html(choice.text)


def cloze_html(cloze: str, siblings: str = "show") -> str:
    """Escape a cloze text, keeping its ``{{cN::…}}`` markers and the math inside them intact, and a scope
    operator inside an answer (``{{c1::std::cout}}``) as ``&#58;&#58;``, which Anki never reads as a hint's start.

    A deletion that would give a sibling's answer away ('mitochondria' beside '{{c2::mitochondrial DNA}}'),
    every one with ``siblings = "hide"`` (``cloze_siblings`` in deck.toml), holds its answer in a
    ``.cloze-sib`` span, which card.css hides on the other deletions' fronts; the rest show, as in Anki."""
    marked = mark_scopes(protect_cloze_math(cloze), "\0", ("\1", "\2"), hide_all=siblings == "hide")
    html = text_html(marked).replace("\0", "&#58;&#58;")
    return html.replace("\1", '<span class="cloze-sib">').replace("\2", "</span>")
