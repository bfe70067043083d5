"""Word equations (Office Math, ``<m:oMath>``: what Insert → Equation and Alt+= write) as TeX (trial17 T17-41).

mammoth, which turns a ``.docx`` into HTML, leaves equations out: ``What is the derivative of ?`` reached the card and
options written as equations were empty.  :func:`with_equations` hands back a copy of the document whose equations
are runs of text, ``\\(x^{3}\\)`` in a paragraph and ``\\[…\\]`` for a display equation (``<m:oMathPara>``), which the
card shows with MathJax.  Read: fractions (``m:f``), super- and subscripts (``m:sSup``, ``m:sSub``, ``m:sSubSup``,
``m:sPre``), roots (``m:rad``), sums and integrals (``m:nary``), brackets (``m:d``), functions (``m:func``), accents
and bars (``m:acc``, ``m:bar``), limits (``m:limLow``, ``m:limUpp``), matrices (``m:m``), equation arrays
(``m:eqArr``) and text runs; an element deckc does not know is read as its content, so no text is lost.  The rest of
the document is left byte for byte as it was.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

_MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_M = "{" + _MATH + "}"
_SYMBOLS = {
    "×": r"\times ", "÷": r"\div ", "≤": r"\le ", "≥": r"\ge ", "≠": r"\ne ", "±": r"\pm ", "∓": r"\mp ", "→": r"\to ",
    "∞": r"\infty ", "·": r"\cdot ", "−": "-", "∈": r"\in ", "∉": r"\notin ", "⊂": r"\subset ", "⊆": r"\subseteq ",
    "∪": r"\cup ", "∩": r"\cap ", "∀": r"\forall ", "∃": r"\exists ", "≈": r"\approx ", "≡": r"\equiv ", "∝": r"\propto ",
    "∂": r"\partial ", "∇": r"\nabla ", "°": r"^{\circ}", "α": r"\alpha ", "β": r"\beta ", "γ": r"\gamma ", "δ": r"\delta ",
    "Δ": r"\Delta ", "ε": r"\varepsilon ", "θ": r"\theta ", "λ": r"\lambda ", "μ": r"\mu ", "π": r"\pi ", "ρ": r"\rho ",
    "σ": r"\sigma ", "Σ": r"\Sigma ", "τ": r"\tau ", "φ": r"\varphi ", "ω": r"\omega ", "Ω": r"\Omega ", "…": r"\ldots ",
    "{": r"\{", "}": r"\}", "%": r"\%", "#": r"\#", "&": r"\&", "_": r"\_",
}  # fmt: skip
_NARY = {"∑": r"\sum", "∏": r"\prod", "∫": r"\int", "∬": r"\iint", "∭": r"\iiint", "∮": r"\oint", "⋃": r"\bigcup", "⋂": r"\bigcap"}
_ACCENTS = {"̂": r"\hat", "̃": r"\tilde", "̄": r"\bar", "⃗": r"\vec", "̇": r"\dot", "̈": r"\ddot", "ˆ": r"\hat", "→": r"\vec"}
_FUNCTIONS = {"sin", "cos", "tan", "cot", "sec", "csc", "log", "ln", "exp", "lim", "max", "min", "sinh", "cosh", "tanh", "det"}
_BRACKETS = {"(": "(", ")": ")", "[": "[", "]": "]", "{": r"\{", "}": r"\}", "|": "|", "‖": r"\|", "⟨": r"\langle", "⟩": r"\rangle", "": "."}


def _val(node: ElementTree.Element | None, prop: str, default: str) -> str:
    """A property's ``m:val`` (``<m:chr m:val="∑"/>`` inside ``<m:naryPr>``)."""
    found = node.find(f"{_M}{prop}") if node is not None else None
    return found.get(f"{_M}val", default) if found is not None else default


def _part(node: ElementTree.Element, name: str) -> str:
    child = node.find(f"{_M}{name}")
    return tex(child) if child is not None else ""


def _text(run: str) -> str:
    """A run's characters, TeX's own signs and the symbols MathJax would not space as commands."""
    return "".join(_SYMBOLS.get(c, c) for c in run)


def _base(text: str) -> str:
    """A script's base as written when it is one sign (``x^{3}``), in braces when more (``{(x+1)}^{2}``)."""
    return text if re.fullmatch(r"[A-Za-z0-9]|\\[A-Za-z]+ ?", text) else f"{{{text}}}"


def tex(node: ElementTree.Element) -> str:
    """An Office Math element as TeX."""
    name = node.tag.removeprefix(_M) if isinstance(node.tag, str) else ""
    if name == "r":
        return "".join(_text(t.text or "") for t in node.iter(f"{_M}t"))
    if name == "f":
        num, den = _part(node, "num"), _part(node, "den")
        return f"{num}/{den}" if _val(node.find(f"{_M}fPr"), "type", "") == "lin" else f"\\frac{{{num}}}{{{den}}}"
    if name == "sSup":
        return f"{_base(_part(node, 'e'))}^{{{_part(node, 'sup')}}}"
    if name == "sSub":
        return f"{_base(_part(node, 'e'))}_{{{_part(node, 'sub')}}}"
    if name == "sSubSup":
        return f"{_base(_part(node, 'e'))}_{{{_part(node, 'sub')}}}^{{{_part(node, 'sup')}}}"
    if name == "sPre":
        return f"{{}}_{{{_part(node, 'sub')}}}^{{{_part(node, 'sup')}}}{{{_part(node, 'e')}}}"
    if name == "rad":
        degree = _part(node, "deg")
        return f"\\sqrt[{degree}]{{{_part(node, 'e')}}}" if degree.strip() else f"\\sqrt{{{_part(node, 'e')}}}"
    if name == "nary":
        symbol = _NARY.get(_val(node.find(f"{_M}naryPr"), "chr", "∫"), r"\int")
        low, high = _part(node, "sub"), _part(node, "sup")
        return symbol + (f"_{{{low}}}" if low else "") + (f"^{{{high}}}" if high else "") + f" {_part(node, 'e')}"
    if name == "d":
        props = node.find(f"{_M}dPr")
        begin, end, sep = _val(props, "begChr", "("), _val(props, "endChr", ")"), _val(props, "sepChr", "|")
        inner = f" {_BRACKETS.get(sep, sep)} ".join(tex(e) for e in node.findall(f"{_M}e"))
        return f"\\left{_BRACKETS.get(begin, begin)}{inner}\\right{_BRACKETS.get(end, end)}"
    if name == "func":
        fname = _part(node, "fName").strip()
        fname = f"\\{fname}" if fname in _FUNCTIONS else f"\\operatorname{{{fname}}}" if fname.isalpha() else fname
        return f"{fname}{{{_part(node, 'e')}}}"
    if name == "acc":
        accent = _ACCENTS.get(_val(node.find(f"{_M}accPr"), "chr", "̂"), _ACCENTS["̂"])
        return f"{accent}{{{_part(node, 'e')}}}"
    if name == "bar":
        under = _val(node.find(f"{_M}barPr"), "pos", "top") == "bot"
        return f"\\{'underline' if under else 'overline'}{{{_part(node, 'e')}}}"
    if name in ("limLow", "limUpp"):
        base, limit = _part(node, "e"), _part(node, "lim")
        base = f"\\{base.strip()}" if base.strip() in _FUNCTIONS else base
        return f"{base}_{{{limit}}}" if name == "limLow" else f"{base}^{{{limit}}}"
    if name == "m":
        rows = [" & ".join(tex(e) for e in row.findall(f"{_M}e")) for row in node.findall(f"{_M}mr")]
        return "\\begin{matrix}" + r" \\ ".join(rows) + "\\end{matrix}"
    if name == "eqArr":
        return "\\begin{aligned}" + r" \\ ".join(tex(e) for e in node.findall(f"{_M}e")) + "\\end{aligned}"
    if name.endswith("Pr") or name == "ctrlPr":
        return ""  # (properties: how it looks)
    return "".join(tex(child) for child in node)  # (m:e, m:box, m:groupChr, anything else: its content, never lost)


def _equation(xml: str, prefixes: str, display: bool) -> str:
    """One ``<m:oMath>`` / ``<m:oMathPara>`` span of the document's XML as a text run holding its TeX."""
    try:
        node = ElementTree.fromstring(f"<wrap {prefixes}>{xml}</wrap>")[0]
    except ElementTree.ParseError:
        return xml  # (left as it was: mammoth leaves it out, as before)
    maths = [tex(m) for m in node.iter(f"{_M}oMath")] if display else [tex(node)]
    said = " ".join(m.strip() for m in maths if m.strip())
    if not said:
        return ""
    shown = f"\\[{said}\\]" if display else f"\\({said}\\)"
    escaped = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'<w:r><w:t xml:space="preserve">{escaped}</w:t></w:r>'


def with_equations(data: bytes) -> bytes:
    """The ``.docx`` with its equations as runs of TeX text; the same bytes when it has none or cannot be read so."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zipped:
            document = zipped.read("word/document.xml").decode("utf-8")
            names = zipped.infolist()
            parts = {info.filename: zipped.read(info.filename) for info in names}
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        return data
    if "oMath" not in document:
        return data
    declared = re.findall(r'\sxmlns(?::\w+)?="[^"]*"', document[: document.find(">", document.find("<w:document")) + 1])
    prefix = re.search(r'xmlns:(\w+)="' + re.escape(_MATH) + '"', document)
    if prefix is None or not re.search(r'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"', document):
        return data
    m = prefix.group(1)
    declarations = " ".join(d.strip() for d in declared)
    para = re.compile(rf"<{m}:oMathPara\b.*?</{m}:oMathPara>", re.S)
    inline = re.compile(rf"<{m}:oMath\b.*?</{m}:oMath>", re.S)
    document = para.sub(lambda x: _equation(x.group(0), declarations, True), document)
    document = inline.sub(lambda x: _equation(x.group(0), declarations, False), document)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as made:
        for info in names:
            made.writestr(info, document.encode("utf-8") if info.filename == "word/document.xml" else parts[info.filename])
    return out.getvalue()
