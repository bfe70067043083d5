"""What counts as maths in plain text: ``$…$`` and ``$$…$$`` as pandoc reads them, turned into ``\\(…\\)`` / ``\\[…\\]``,
which Anki's MathJax typesets and the sheet prints as maths. One rule for every document whose text is not Markdown (a
``.txt`` read by the Q/A or pattern layouts, a CSV cell, a plain-text PDF; trial28 T28-35: ``$x^2$`` and
``$$x = \\frac{…}{2a}$$`` showed raw on the cards), and the same test tells the Markdown reader which dollar pairs are
not maths (``With $1 (and $# gives …)``: shell variables, trial28 T28-57).

A dollar span is maths when it holds TeX (a command, a superscript or group, an operator between spaces, a lone number
or letter) or when it is the whole text (``A: $2x$``); a price (``$5 and $10``, ``$19``) and shell variables
(``$PATH:$HOME``, ``$1 (and $#``) stay as written.
"""

from __future__ import annotations

import re

from compiler.model import Block, BlockKind, Item

# '$\frac{1}{x}$', '$$\sum_k k$$' as pandoc reads them: a '$' with no space inside either end, the closing one no
# digit after ('$5 and $10' is money); code spans and <code> kept as they are
_DOLLAR_MATH = re.compile(
    r"(?<![\\$\w\[/])\$\$(?=[^\s\]])(?P<display>.+?)(?<=\S)\$\$(?!\])"
    r"|(?<![\\$\w\[/])\$(?=[^\s$\]])(?P<inline>[^$\n]+?)(?<=[^\s\\])\$(?![\d$\]])"
)  # (never Anki's own '[$]…[/$]', which ankifields.anki_latex reads)
# what says a dollar span is maths, not two prices or shell variables ('$PATH:$HOME'): a TeX command, a superscript
# or group, an operator, or a lone number or letter ('$1$', '$x$')
_TEX_SIGNAL = re.compile(
    r"\\[A-Za-z]+|[\^{}]|_[{\w]|\s[=+<>*/-]\s|^\s*(?:\d+(?:[.,]\d+)?|[A-Za-z])\s*$|^[A-Za-z0-9]+\s*[=+<>*/-]\s*[A-Za-z0-9]+$"
)
_KEPT_CODE = re.compile(r"`[^`]*`|<code\b.*?</code>|<pre\b.*?</pre>", re.S | re.I)
# a label or list mark before the text of a line ('A: ', 'Answer: ', '- ', '2. '): the span after it is the whole text
_LEAD = re.compile(r"^\s*(?:[-*+•]\s+|\d{1,3}[.)]\s+|[^\W\d_]{1,12}\s*\d{0,3}\s*[:：]\s*)?")


# a single dollar as written (not '\\$', not half of '$$'), outside code spans
_SINGLE_DOLLAR = re.compile(r"(?<![\\$])\$(?!\$)")
CODE_SPAN = re.compile(r"`+[^`]*`+")  # an inline code span: its text is never maths nor markup


def _dollars(line: str) -> list[int]:
    """Where the single dollars of a line stand, code spans left out."""
    spans = [m.span() for m in CODE_SPAN.finditer(line)]
    return [m.start() for m in _SINGLE_DOLLAR.finditer(line) if not any(a <= m.start() < b for a, b in spans)]


def rejoined_maths(lines: list[str], fenced: list[bool] | None = None) -> list[str]:
    """``lines`` with each inline formula that wraps over a line break written on one line (trial46 T46-1: ``… to let
    $h(y) =`` / ``g(y, y)$. This shows that $h$ …``, as LaTeX and pandoc Markdown are written, was paired line by line:
    ``$. This shows that $`` read as the formula and the two halves printed with their dollars). A line left with an
    opening dollar and the next line of its paragraph closing it at its first dollar are one formula when what stands
    between reads as TeX; the closing part (and what is glued to it) moves up to the first line, the rest stays on its own (line numbers kept).
    Code fences (``fenced``) and code spans as written."""
    out: list[str] | None = None
    fence = fenced if fenced is not None else [False] * len(lines)
    for k in range(len(lines) - 1):
        line, nxt = (out or lines)[k], (out or lines)[k + 1]
        if fence[k] or fence[k + 1] or not nxt.strip() or "$$" in line or "$$" in nxt:
            continue
        here, there = _dollars(line), _dollars(nxt)
        if len(here) % 2 == 0 or not there:
            continue
        opened, closed = here[-1], there[0]
        head, tail = line[opened + 1 :], nxt[:closed]
        glued = re.match(r"\S*", nxt[closed + 1 :]).end()  # type: ignore[union-attr]  (what is glued to it goes with it: '$.')
        rest = nxt[closed + 1 + glued :]
        if not head[:1].strip() or not tail[-1:].strip() or tail[-1:] == "\\" or not rest.strip():
            continue  # (pandoc's rule: no space inside either dollar; a line it would empty stays as written)
        if not tex_like(f"{head.strip()} {tail.strip()}"):
            continue
        out = out if out is not None else list(lines)
        indent = nxt[: len(nxt) - len(nxt.lstrip())]
        out[k], out[k + 1] = f"{line.rstrip()} {tail.strip()}${nxt[closed + 1 : closed + 1 + glued]}", indent + rest.lstrip()
    return lines if out is None else out


def tex_like(body: str) -> bool:
    """Whether what stands between two dollars reads as TeX (not '1 (and ', 'PATH:')."""
    return bool(_TEX_SIGNAL.search(body))


def dollar_math(field: str) -> str:
    """A text's ``$…$`` / ``$$…$$`` maths written ``\\(…\\)`` / ``\\[…\\]`` (learner5 L59: a Front,Back CSV of formulas
    showed raw TeX on every card and on paper, while the same text in Markdown or JSON was converted). A price
    (``$5``) and text without TeX stay as written."""
    if "$" not in field:
        return field
    whole = field.strip()
    whole = whole[_LEAD.match(whole).end() :]  # type: ignore[union-attr]  (it matches every text)

    def swap(m: re.Match[str]) -> str:
        body = m.group("display") or m.group("inline")
        # (a text that is one '$…$' and nothing else is maths whatever is inside it: '$2x$', as Markdown reads it; T28-37)
        if not tex_like(body) and m.group(0) != whole:
            return m.group(0)
        return f"\\[{body}\\]" if m.group("display") else f"\\({body}\\)"

    out, pos = [], 0
    for code in _KEPT_CODE.finditer(field):
        out += [_DOLLAR_MATH.sub(swap, field[pos : code.start()]), code.group(0)]
        pos = code.end()
    return "".join(out) + _DOLLAR_MATH.sub(swap, field[pos:])


def _block(block: Block) -> Block:
    if block.kind in (BlockKind.text, BlockKind.formula) and "$" in block.text:
        return block.model_copy(update={"text": dollar_math(block.text)})
    if block.kind is BlockKind.bullets and any("$" in i for i in block.items):
        return block.model_copy(update={"items": [dollar_math(i) for i in block.items]})
    return block


def plain_text_maths(item: Item) -> Item:
    """An item read from plain text with its dollar maths as MathJax's: its question, its answer's, stimulus' and
    sheet's text (code and HTML as they are), its options. Its id and GUID stay those of the text as written."""
    text = [
        item.question,
        *(b.text for b in (*item.answer, *item.stimulus, *item.sheet)),
        *(i for b in item.answer for i in b.items),
        *(c.text for c in item.choices),
    ]
    if not any("$" in t for t in text):
        return item
    return item.model_copy(
        update={
            "question": dollar_math(item.question),
            "answer": [_block(b) for b in item.answer],
            "stimulus": [_block(b) for b in item.stimulus],
            "sheet": [_block(b) for b in item.sheet],
            "choices": [
                c.model_copy(update={"text": dollar_math(c.text)}) if "$" in c.text and c.lang is None else c
                for c in item.choices
            ],
        }
    )
