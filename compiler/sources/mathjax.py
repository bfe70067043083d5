"""Formulas a saved page shows in MathJax's own typeset markup, found with their TeX (trial17 T17-42).

A page MathJax typeset and the browser saved holds the typeset formula, not the TeX it came from:

- **MathJax 3 and 4** write one ``<mjx-container>`` per formula (``display="true"`` for display maths).  Its
  CHTML glyphs (``<mjx-c class="mjx-c1D465">``) are drawn by the style sheet and have no text, its SVG glyphs
  are paths, so the formula vanished or read as glyph soup ('(fg)′=f′g−fg′g2').  Its TeX is read from, in
  turn: a ``data-latex`` attribute (MathJax 4), the assistive MathML beside the glyphs
  (``<mjx-assistive-mml><math>…</math>``: its TeX annotation, else the MathML converted by
  :mod:`compiler.mathml`), else the glyphs themselves (each ``mjx-c`` class or SVG ``data-c`` a character,
  with scripts, fractions, roots and over/under marks kept as such).
- **MathJax 2** writes a rendered frame (``<span class="MathJax" id="MathJax-Element-1-Frame">``, also its
  CHTML, SVG and display wrappers) and a preview beside the formula's own ``<script type="math/tex">``:
  the frame and the preview go, the script is read (:func:`compiler.sources.html._keep_math`).  A frame whose
  script the saved page lost (SingleFile leaves none) gives its ``data-mathml`` or assistive MathML.
  ``<script type="math/mml">`` holds MathML: converted the same way.

:func:`mathjax_formulas` lists each as (element to replace, TeX, display); html.py writes them as maths.
"""

from __future__ import annotations

import html as htmllib
import re
import unicodedata
from typing import Any

from compiler.mathml import mathml_tex

# MathML elements MathJax's CHTML (<mjx-mi>) and SVG (<g data-mml-node="mi">) output keep by name
_MML = frozenset(
    {
        "mi", "mn", "mo", "ms", "mtext", "mspace", "mrow", "mstyle", "mpadded", "mphantom", "menclose", "merror",
        "msup", "msub", "msubsup", "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mtable", "mtr",
        "mtd", "mlabeledtr", "mmultiscripts", "semantics",
    }
)  # fmt: skip
_TOKENS = frozenset({"mi", "mn", "mo", "ms", "mtext"})
_SKIPPED = frozenset({"mjx-surd", "mjx-line", "mjx-nstrut", "mjx-dstrut", "mjx-spacer", "mjx-assistive-mml", "mjx-labels"})
_GLYPH_CLASS = re.compile(r"^mjx-c([0-9A-F]{1,6})$", re.I)
# MathJax 2: the typeset frame and its wrappers (the <script> beside them holds the formula)
_MJ2_FRAME_ID = re.compile(r"^MathJax-Element-(\d+)-Frame$")
_MJ2_DISPLAY = frozenset({"MathJax_Display", "MathJax_SVG_Display", "MathJax_MathML_Display", "MJXc-display"})


def mathjax_formulas(soup: Any) -> list[tuple[Any, str, bool]]:
    """Each formula MathJax typeset in the page: (the element standing for it, its TeX, display maths)."""
    found: list[tuple[Any, str, bool]] = []
    for box in soup.find_all("mjx-container"):
        if box.find_parent("mjx-container") is None:
            found.append((box, container_tex(box), _displayed(box)))
    scripts = {str(s.get("id")) for s in soup.find_all("script", attrs={"type": re.compile(r"^math/", re.I)})}
    for preview in soup.find_all(class_="MathJax_Preview"):
        preview.decompose()
    for frame in soup.find_all(id=_MJ2_FRAME_ID):
        if frame.parent is None:
            continue
        number = _MJ2_FRAME_ID.match(str(frame.get("id")))
        shown = frame.parent if _classes(frame.parent) & _MJ2_DISPLAY else frame
        if number is not None and f"MathJax-Element-{number.group(1)}" in scripts:
            shown.decompose()  # the script beside it is the formula's own TeX
            continue
        source = str(frame.get("data-mathml") or "")
        if not source:
            math = frame.find("math")
            source = str(math) if math is not None else ""
        if source:
            found.append((shown, mathml_tex(source), shown is not frame))
    for script in soup.find_all("script", attrs={"type": re.compile(r"^math/mml", re.I)}):
        source = script.get_text()
        display = "mode=display" in str(script.get("type")).replace(" ", "") or bool(
            re.match(r"""<math\b[^>]*\bdisplay\s*=\s*["']?block""", source.strip(), re.I)
        )
        found.append((script, mathml_tex(source), display))
    return found


def container_tex(box: Any) -> str:
    """A MathJax 3/4 ``<mjx-container>``'s TeX: its ``data-latex``, its assistive MathML, else its glyphs."""
    for holder in (box, box.find("mjx-math")):
        if holder is not None and str(holder.get("data-latex") or "").strip():
            return str(holder.get("data-latex"))
    math = box.find("math")
    if math is not None:
        tex = str(math.get("alttext") or "") or mathml_tex(str(math))
        if tex.strip():
            return tex
    shown = box.find("mjx-math") or box.find(attrs={"data-mml-node": "math"})
    return mathml_tex("<math>" + "".join(_glyph_mml(shown)) + "</math>") if shown is not None else ""


def _displayed(box: Any) -> bool:
    if str(box.get("display") or "").lower() in ("true", "block"):
        return True
    assistive = box.find(("mjx-assistive-mml", "math"), attrs={"display": "block"})
    return assistive is not None


def _classes(tag: Any) -> set[str]:
    return set(tag.get("class") or []) if hasattr(tag, "get") else set()


def _glyph_mml(el: Any) -> list[str]:
    """MathJax's typeset elements as MathML items (one string per MathML child): CHTML's ``mjx-mi`` …
    and SVG's ``data-mml-node`` groups are their MathML element, glyphs their character, the rest is
    layout (its children spliced into its parent)."""
    name = str(getattr(el, "name", "") or "")
    if not name or name in _SKIPPED:
        return []
    tag = name[4:] if name.startswith("mjx-") else str(el.get("data-mml-node") or "")
    tag = "mrow" if tag.lower() == "texatom" else tag
    if tag in _TOKENS:
        return [f"<{tag}>{htmllib.escape(_glyphs(el))}</{tag}>"]
    items = [item for kid in el.children for item in _glyph_mml(kid)]
    if tag not in _MML:
        return items
    if tag in ("msqrt", "mroot"):
        items = [item for item in items if item != "<mo>\u221a</mo>"]  # (SVG draws the root sign as an mo)
    if name.startswith("mjx-"):  # CHTML lays some out in another order than MathML's
        if tag == "msubsup" and len(items) == 3:
            items = [items[0], items[2], items[1]]  # (base, superscript, subscript)
        elif tag == "mroot" and len(items) == 2:
            items = items[::-1]  # (index, base)
        elif tag == "mover" and len(items) == 2 and getattr(el.find(True, recursive=False), "name", "") == "mjx-over":
            items = items[::-1]  # (over mark, base)
    return [f"<{tag}>{''.join(items)}</{tag}>"]


def _glyphs(el: Any) -> str:
    """A token's characters: its text, else each glyph's code point (CHTML's class, SVG's ``data-c``)."""
    text = "".join(str(s) for s in el.find_all(string=True)).strip()
    if text:
        return text
    chars = []
    for glyph in el.find_all(True):
        code = str(glyph.get("data-c") or "")
        if not code:
            code = next((m.group(1) for c in glyph.get("class") or [] if (m := _GLYPH_CLASS.match(c))), "")
        if code:
            try:
                chars.append(unicodedata.normalize("NFKC", chr(int(code, 16))))
            except (ValueError, OverflowError):
                continue
    return "".join(chars)
