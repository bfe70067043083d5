"""MathML in a source's HTML (``<math><mi>x</mi><mo>=</mo><mn>2</mn></math>``) as TeX for Anki's MathJax.

The sanitizer keeps no MathML (an element outside its allow-list is dropped, and MathML's
foreign content goes with its text), so a formula written in MathML would vanish from the card
without a word.  :func:`mathml_to_tex` rewrites each ``<math>`` element first, into the delimiters
every card already uses (``\\( … \\)``, ``\\[ … \\]`` for ``display="block"``): a TeX annotation the
element carries (``<annotation encoding="application/x-tex">``) as written, else the presentation
elements converted (rows, scripts, fractions, roots, over/under marks, fences, tables); an
element it does not know gives its content.  Only text is kept: no attribute reaches the card.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_MATH = re.compile(r"<math\b[^>]*>.*?</math\s*>", re.I | re.S)
_DISPLAY = re.compile(r"""^<math\b[^>]*\bdisplay\s*=\s*["']?block""", re.I)
_TEX_SPECIAL = {"\\": r"\backslash ", "{": r"\{", "}": r"\}", "#": r"\#", "%": r"\%", "&": r"\&", "$": r"\$", "_": r"\_", "^": r"\^{}"}
# function application and the other invisible operators MathML writes between 'sin' and its argument
_INVISIBLE = dict.fromkeys(range(0x2061, 0x2065))
# names TeX sets upright as functions (<mi>sin</mi> is \sin, not the letters s·i·n)
_FUNCTIONS = frozenset(
    {
        "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh", "cosh", "tanh", "coth",
        "ln", "log", "lg", "exp", "lim", "max", "min", "sup", "inf", "det", "gcd", "deg", "dim", "ker", "arg",
        "Pr", "hom",
    }
)  # fmt: skip
_VOID = {"mspace", "none", "mprescripts", "malignmark", "maligngroup"}


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)


class _Tree(HTMLParser):
    """A MathML fragment as a tree (tags lower-cased, unclosed elements closed at the end)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag.lower(), {k.lower(): v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if node.tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Node(tag.lower(), {k.lower(): v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        for k in range(len(self.stack) - 1, 0, -1):
            if self.stack[k].tag == tag:
                del self.stack[k:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def _escape(text: str) -> str:
    return "".join(_TEX_SPECIAL.get(c, c) for c in text)


def _elements(node: _Node) -> list[_Node | str]:
    """Children that count as arguments: elements, and text that is not only white space."""
    return [c for c in node.children if isinstance(c, _Node) or c.strip()]


def _arg(node: _Node | str | None) -> str:
    return "{" + (_tex(node) if node is not None else "") + "}"


def _annotation(node: _Node) -> str | None:
    """The TeX source a ``<semantics>`` element carries, if any."""
    for child in node.children:
        if isinstance(child, _Node):
            if child.tag == "annotation" and "tex" in child.attrs.get("encoding", "").lower():
                return "".join(c for c in child.children if isinstance(c, str)).strip()
            found = _annotation(child)
            if found is not None:
                return found
    return None


def _tex(node: _Node | str) -> str:
    if isinstance(node, str):
        return _escape(" ".join(node.split()))
    kids = _elements(node)
    first = kids[0] if kids else None
    second = kids[1] if len(kids) > 1 else None
    third = kids[2] if len(kids) > 2 else None
    tag = node.tag
    if tag in ("annotation", "annotation-xml", "mphantom", "none", "mprescripts"):
        return ""
    if tag == "semantics":
        return _tex(first) if first is not None else ""
    if tag in ("mi", "mn", "mo", "ms"):
        text = _escape(" ".join("".join(c for c in node.children if isinstance(c, str)).translate(_INVISIBLE).split()))
        if tag == "mi" and text in _FUNCTIONS:
            return f"\\{text} "  # <mi>ln</mi>: TeX's upright \ln
        return text + (" " if tag == "mi" and len(text) > 1 else "")
    if tag == "mtext":
        text = "".join(c for c in node.children if isinstance(c, str))
        return r"\text{" + _escape(text) + "}" if text.strip() else " "
    if tag == "mspace":
        return r"\ "
    if tag == "msup":
        return _arg(first) + "^" + _arg(second)
    if tag == "msub":
        return _arg(first) + "_" + _arg(second)
    if tag == "msubsup":
        return _arg(first) + "_" + _arg(second) + "^" + _arg(third)
    if tag == "mfrac":
        return r"\frac" + _arg(first) + _arg(second)
    if tag == "msqrt":
        return r"\sqrt{" + "".join(_tex(k) for k in kids) + "}"
    if tag == "mroot":
        return r"\sqrt[" + (_tex(second) if second is not None else "") + "]" + _arg(first)
    if tag == "mover":
        return r"\overset" + _arg(second) + _arg(first)
    if tag == "munder":
        return r"\underset" + _arg(second) + _arg(first)
    if tag == "munderover":
        return r"\underset" + _arg(second) + r"{\overset" + _arg(third) + _arg(first) + "}"
    if tag == "mfenced":
        open_, close = node.attrs.get("open", "("), node.attrs.get("close", ")")
        sep = node.attrs.get("separators", ",")[:1] or ","
        return r"\left" + (_escape(open_) or ".") + sep.join(_tex(k) for k in kids) + r"\right" + (_escape(close) or ".")
    if tag == "mtable":
        rows = [" & ".join(_tex(cell) for cell in _elements(row)) if isinstance(row, _Node) else _tex(row) for row in kids]
        return r"\begin{matrix}" + r" \\ ".join(rows) + r"\end{matrix}"
    return "".join(_tex(k) for k in node.children)  # mrow, mstyle, mtd, mpadded and anything unknown: the content


def mathml_tex(fragment: str) -> str:
    """One ``<math>`` element's formula as TeX, without delimiters: its TeX annotation, else its
    presentation elements converted ("" for none)."""
    tree = _Tree()
    tree.feed(fragment)
    tree.close()
    math = next((c for c in tree.root.children if isinstance(c, _Node)), tree.root)
    tex = _annotation(math)
    return " ".join(_tex(math).split()) if tex is None else tex


def _convert(match: re.Match[str]) -> str:
    fragment = match.group(0)
    tex = mathml_tex(fragment)
    if not tex.strip():
        return ""
    tex = tex.replace("<", r"\lt ").replace(">", r"\gt ")  # stays text through the sanitizer
    return f"\\[{tex}\\]" if _DISPLAY.match(fragment) else f"\\({tex}\\)"


def mathml_to_tex(html: str) -> str:
    """``html`` with each ``<math>`` element replaced by its formula in MathJax delimiters."""
    if "<math" not in html and "<MATH" not in html:
        return html
    return _MATH.sub(_convert, html)
