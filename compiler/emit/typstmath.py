"""LaTeX math → Typst math for the cheat sheet: converted, made safe, checked, cached.

The sheet's template typesets each formula with ``eval(code, mode: "math")``,
so the converted code is the one piece of content the template runs.  Two
things make that dangerous: tex2typst does not escape everything
(``\\text{a" #(…) "b}`` comes out as ``"a" #(…) "b"``, and the ``#`` part runs
as Typst code), and Typst math can reach the standard library by name
(``std.read("…")``).  So converted code reaches the template only after
:func:`unsafe_reason` found nothing but strings, numbers, operators and names
from Typst's own ``math`` and ``sym`` modules: no ``#``, no ``$``, no labels,
comments or raw text, no other names.  A formula that fails any of this is
printed as its TeX text, with a warning.

Each safe formula is also compiled on its own (with an empty root folder), so
one bad formula cannot break the sheet.  Conversion and check results are
cached by content hash in ``<build>/.cache/typst-math.json``: a rebuild with
no new formula converts and compiles none.  It is a checked file like the
other text caches (``cachefile.Memo``: deckc and tool versions, checksum) and
every cached code is validated again; a file that does not pass is discarded
with a notice; it never changes what is printed.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from compiler import cachefile
from compiler.diagnostics import Diagnostic

#: TeX commands tex2typst does not know, mapped to ones it does.
TEX_MACROS = {r"\lVert": r"\|", r"\rVert": r"\|"}
#: ``\lVert x \rVert`` → ``\left\| x \right\|`` (Typst's norm); ``\lvert x \rvert`` → ``\left| x \right|``
#: (a sized, evenly spaced absolute value instead of two loose bars).
_NORM = re.compile(r"\\lVert(.*?)\\rVert", re.S)
_ABS = re.compile(r"\\lvert(.*?)\\rvert", re.S)
#: Delimiter sizing (\big, \Bigl, …) is cosmetic and unknown to tex2typst: Typst sizes delimiters itself.
_SIZING = re.compile(r"\\[bB]igg?[lrm]?(?![A-Za-z])")
# MathJax's size switches (\large, \scriptsize …), also inside \text{…}: the sheet prints formulas at one size
# (learner3 N16)
_SIZE_SWITCH = re.compile(r"\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge)(?![A-Za-z])\s*")
#: Text-style commands inside math (``\textbf{C}`` in shared maths decks), unknown to tex2typst: as the
#: math-style command around the text (``\mathbf{\text{C}}`` → ``upright(bold("C"))``); an argument
#: holding braces is left alone (and printed as TeX, with the usual warning).
_TEXT_STYLE = re.compile(r"\\(?:text(bf|it|rm|sf|tt|normal|up)|(emph))\s*\{([^{}]*)\}")
_MATH_STYLE = {"bf": r"\mathbf", "it": r"\mathit", "emph": r"\mathit", "sf": r"\mathsf", "tt": r"\mathtt"}
#: Commands tex2typst misreads or does not know, rewritten to ones it reads right (learner L10): a colour
#: or a box is dropped (the sheet prints in black; the formula is what matters), ``\limits`` /
#: ``\nolimits`` go (Typst places limits itself), ``\xrightarrow{x}`` is an arrow with ``x`` over it,
#: ``\stackrel`` is ``\overset``, and an ``\overset``/``\underset`` mark of several tokens is grouped
#: (tex2typst attaches only its first token: ``\overset{iid}{\sim}`` printed "i" over "∼", then "id").
_GROUP = r"\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}"
_DELIMITER_CALL = re.compile(r"(?<![\w.])((?:[a-z]+\.)+[lr])\(")
# '\\lvert x \\rvert', '\\lVert x \\rVert': the bars tex2typst leaves as unknown names
_VERT = re.compile(r"\\([lr])(vert|Vert)(?![A-Za-z])")
# what tex2typst would write as code or leave unknown and the sheet can do without: a colour, a box, limits placement,
# a negative space nudging two symbols together ('\\mathbf{1}\\!\\left(': '#h(-math.thin.amount)', refused as code with
# "'#' is not allowed", trial62 T62-11)
_DROP = re.compile(
    r"(?<!\\)\\(?:(?:text)?color\s*\{[^{}]*\}|boxed(?![A-Za-z])|(?:no)?limits(?![A-Za-z])|!|neg(?:thin|med|thick)space(?![A-Za-z]))"
)
_XARROW = re.compile(r"\\x(right|left|leftright|Right|Left|Leftright)arrow\s*(?:\[[^\]]*\])?\s*" + _GROUP)
_SMALLMATRIX = re.compile(r"\\(begin|end)\{smallmatrix\}")  # a matrix inside a line: a matrix (learner2 M8)
_STACKREL = re.compile(r"\\stackrel(?![A-Za-z])")
_SET = re.compile(r"\\(over|under)set\s*" + _GROUP)
_OP_LIMITS = re.compile(r'op\(("(?:[^"\\]|\\.)*"), limits: #true\)')
#: amssymb and MathJax symbols tex2typst passes on by name though Typst has no such name: as their characters,
#: which Typst prints as they are (learner4 N7: ``\blacksquare`` closing a worked solution put the whole
#: formula on the sheet as TeX source).
SYMBOL_CHARS = {
    "blacksquare": "■", "Box": "□", "Diamond": "◇", "blacklozenge": "⧫", "circledS": "Ⓢ", "diagup": "╱",
    "diagdown": "╲", "surd": "√", "eth": "ð", "Finv": "Ⅎ", "Game": "⅁", "hslash": "ℏ", "wp": "℘", "Vvdash": "⊪",
    "lightning": "↯", "centerdot": "·", "barwedge": "⊼", "veebar": "⊻", "doublebarwedge": "⩞", "amalg": "⨿",
    "doteqdot": "≑", "subseteqq": "⫅", "supseteqq": "⫆", "shortmid": "∣", "shortparallel": "∥", "varsubsetneq": "⊊",
    "circlearrowleft": "↺", "circlearrowright": "↻", "Lsh": "↰", "Rsh": "↱", "impliedby": "⟸", "lnot": "¬",
    "dotsc": "…", "dotsb": "⋯", "textdegree": "°", "coloneqq": "≔", "eqqcolon": "≕", "varkappa": "ϰ",
    "varpropto": "∝", "owns": "∋",
}  # fmt: skip
_SYMBOL = re.compile(r"\\(" + "|".join(sorted(SYMBOL_CHARS, key=len, reverse=True)) + r")(?![A-Za-z])")
# a line break closing the last row of an environment or the formula (legal LaTeX, an empty row in MathJax):
# tex2typst keeps it as a lone '\' at the end, which Typst cannot read (learner4 N7)
_LAST_BREAK = re.compile(r"\\\\\s*(?=\\end\{[A-Za-z*]+\}|$)")
_NO_BASE = re.compile(r"(?<![\w.])#none(?=\s*[\^_])")
#: Symbol names tex2typst still emits that the bundled Typst renamed (``circle`` became ``o``).
_RENAMED = re.compile(r"\b(dot|times|plus|minus|div)\.circle\b")
#: Longest Typst math code accepted: a formula is a line or two, not a program.
MAX_CODE = 2000

#: Bump when conversion or checking changes, so old cache entries are not reused.
CACHE_FORMAT = 11  # (8: array, smallmatrix, long arrows and size switches convert: learner2 M8, learner3 N16; 9: amssymb symbols, a last row's '\\\\', a bare script: learner4 N7, N57; 10: mhchem arrows with text over them: N65; 11: a delimiter before a bracket, \\lvert: T15-20)
CACHE_NAME = "typst-math.json"
SHARED_NAME = "typst-math.json"  # in the user's folder (MathCache's ``shared``)
SHARED_MAX = 50_000  # entries kept there (~10 MB)

# The tokens Typst math code may consist of.  Anything else (``#``, ``$``, ``@``, a backtick,
# a comment, a name outside math/sym) makes the code unsafe.
_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<str>"(?:[^"\\\n]|\\.)*")
  | (?P<comment>//|/\*|\*/)
  | (?P<esc>\\(?:u\{[0-9A-Fa-f]{1,6}\}|[^\sA-Za-z0-9]|\s))
  | (?P<name>[^\W\d_][^\W_]*(?:\.[^\W\d_][^\W_]*)*)
  | (?P<num>\d+(?:\.\d+)?)
  | (?P<op>[-+*/=<>!'()\[\]{}|,;:_^&~.?%])
  | (?P<sym>[^\x00-\x7f])
    """,
    re.X,
)


@lru_cache(maxsize=1)
def empty_root() -> str:
    """A folder with nothing in it, the root of every Typst compile: no file is readable."""
    path = tempfile.mkdtemp(prefix="deckc-typst-")
    atexit.register(shutil.rmtree, path, True)
    return path


@lru_cache(maxsize=1)
def fonts():  # type: ignore[no-untyped-def]
    import typst

    extra = cjk_font_dir()
    return typst.Fonts(include_system_fonts=False, font_paths=[extra] if extra else [])


#: the family of the optional CJK font (``pip install 'deckc[cjk]'``: the PyPI package noto-cjk-sans-otc,
#: Noto Sans CJK under the SIL Open Font License); every script of it (Han, kana, Hangul) in one collection
CJK_FONT = "Noto Sans CJK SC"


@lru_cache(maxsize=1)
def cjk_font_dir() -> str | None:
    """The folder of the optional CJK font when it is installed, else None (the sheet's bundled fonts have no
    Chinese, Japanese or Korean glyphs)."""
    from importlib.util import find_spec

    spec = find_spec("noto_cjk_sans_otc")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = next(iter(spec.submodule_search_locations))
    return folder if any(name.lower().endswith((".ttc", ".otf", ".ttf")) for name in os.listdir(folder)) else None


@lru_cache(maxsize=1)
def math_names() -> tuple[frozenset[str], frozenset[str]]:
    """(every name in Typst's ``math`` and ``sym`` modules, the symbols among them), from the bundled Typst."""
    import typst

    compiler = typst.Compiler(root=empty_root(), font_paths=fonts(), ignore_system_fonts=True)
    expr = (
        "(dictionary(math) + dictionary(sym)).pairs()"
        ".map(((k, v)) => (k, type(v) == symbol))"
    )
    pairs = json.loads(compiler.eval(expr, format="json"))
    return frozenset(k for k, _ in pairs), frozenset(k for k, is_symbol in pairs if is_symbol)


# a matrix's delimiters, as tex2typst writes them for bmatrix, vmatrix, Bmatrix, Vmatrix and a bare matrix
# (learner2 M8): the one named argument a formula may hold, checked as a whole fragment, never a free name
_MATRIX_DELIM = re.compile(
    r'(?<=mat\()(?:(?:delim: (?:"[\[({|]"|"\|\|"|#none|bar\.v(?:\.double)?)|align: #(?:left|center|right)|augment: #\d{1,2}), )+'
)  # (an array's column alignment and its vertical rule: 'align: #center', 'augment: #1')


def unsafe_reason(code: str) -> str | None:
    """Why Typst math code may not reach the template, or None when it is only math."""
    if len(code) > MAX_CODE:
        return f"longer than {MAX_CODE} characters"
    code = _MATRIX_DELIM.sub("", code)  # (checked whole: 'mat(delim: "[", …)' is a matrix in brackets)
    names, symbols = math_names()
    pos = 0
    while pos < len(code):
        m = _TOKEN.match(code, pos)
        if m is None:
            return f"{code[pos]!r} is not allowed in a formula"
        kind, text = m.lastgroup, m.group()
        if kind == "comment":
            return "comments are not allowed in a formula"
        if kind == "str" and "\\" in text and re.search(r"\\(?![\\\"ntr]|u\{[0-9A-Fa-f]{1,6}\})", text):
            return f"unknown escape in {text}"
        if kind == "name":
            root, *fields = text.split(".")
            if fields and root not in symbols:
                return f"{text!r}: only symbols take modifiers in a formula"
            if len(root) > 1 and root not in names:
                return f"{root!r} is not a Typst math name"
        pos = m.end()
    return None


@lru_cache(maxsize=1)
def _versions() -> str:
    """The tools whose output a cache entry depends on."""
    from compiler.uptodate import library_versions  # not importlib.metadata: its import is ~30 ms of a build

    found = library_versions(["tex2typst", "typst"])
    return f"{CACHE_FORMAT}/tex2typst-{found['tex2typst']}/typst-{found['typst']}"


# --- mhchem: \ce{…}, the chemistry every Anki chemistry deck writes (MathJax's extension) ---------------
# A small subset as plain TeX (learner2 M17): species with upright element symbols, counts as subscripts,
# charges as superscripts, states, coefficients, '+' and the reaction arrows.
_CE = re.compile(r"\\(?:ce|pu)\s*\{")
_CE_ARROWS = {"->": r"\rightarrow", "<-": r"\leftarrow", "<->": r"\leftrightarrow", "<=>": r"\rightleftharpoons",
              "<=>>": r"\rightleftharpoons", "<<=>": r"\rightleftharpoons", "=": "=", "+": "+", "^": r"\uparrow", "v": r"\downarrow"}  # fmt: skip
_CE_SPECIES = re.compile(r"^(?P<coef>\d+(?:/\d+)?\s*)?(?P<body>[A-Za-z(\[][A-Za-z0-9()\[\]·.*]*?)(?P<charge>\^?\{?\d*[+-]\}?)?(?P<state>\((?:aq|s|l|g)\))?$")


_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUP = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")


def _ce_arrow(token: str) -> str | None:
    """An arrow with text over it, and under it ('->[{[O]}]', '->[heat][-H2O]'; learner4 N65: it printed as written),
    as the arrow with the text set over (and under) it; None for any other token."""
    arrow = next((a for a in sorted(_CE_ARROWS, key=len, reverse=True) if len(a) > 1 and token.startswith(a + "[")), None)
    if arrow is None:
        return None
    parts: list[str] = []
    k = len(arrow)
    while k < len(token) and token[k] == "[" and len(parts) < 2:
        depth, j = 0, k
        while j < len(token):
            depth += {"[": 1, "{": 1, "]": -1, "}": -1}.get(token[j], 0)
            if depth == 0:
                break
            j += 1
        if depth:
            return None
        inner = token[k + 1 : j].strip()
        parts.append(inner[1:-1] if inner.startswith("{") and inner.endswith("}") else inner)
        k = j + 1
    if k != len(token) or not parts:
        return None
    text = [r"\text{" + re.sub(r"[{}\\\"]", "", p) + "}" if p else "" for p in parts]
    out = _CE_ARROWS[arrow]
    out = rf"\overset{{{text[0]}}}{{{out}}}" if text[0] else out
    return rf"\underset{{{text[1]}}}{{{out}}}" if len(text) > 1 and text[1] else out


def _ce_token(token: str) -> str:
    """One token of a ``\\ce``: an arrow (with text over it), '+', or a species as upright text with its counts as
    subscripts and its charge as a superscript ('CH₃COO⁻', '2 H₂O', 'Na⁺(aq)')."""
    if token in _CE_ARROWS:
        return _CE_ARROWS[token]
    labelled = _ce_arrow(token)
    if labelled is not None:
        return labelled
    m = _CE_SPECIES.match(token)
    if m is None:
        return r"\text{" + re.sub(r"[{}\\\"]", "", token) + "}"
    coef = (m.group("coef") or "").strip()
    body = re.sub(r"(?<=[A-Za-z)\]])(\d+)", lambda d: d.group(1).translate(_SUB), m.group("body")).replace("*", "·")
    charge = (m.group("charge") or "").lstrip("^").strip("{}").translate(_SUP)
    text = f"{coef} " * bool(coef) + body + charge + (m.group("state") or "")
    return r"\text{" + text + "}"


def mhchem(tex: str) -> str:
    """``\\ce{2H2 + O2 -> 2H2O}`` as plain TeX (``2\\,\\mathrm{H_{2}} + \\mathrm{O_{2}} \\rightarrow …``); a
    ``\\ce`` it cannot split into species and arrows is its text, upright."""
    out: list[str] = []
    pos = 0
    while (m := _CE.search(tex, pos)) is not None:
        depth, end = 1, m.end()
        while end < len(tex) and depth:
            depth += {"{": 1, "}": -1}.get(tex[end], 0)
            end += 1
        if depth:
            break
        inner = tex[m.end() : end - 1]
        out.append(tex[pos : m.start()])
        out.append(" ".join(_ce_token(t) for t in inner.split()))
        pos = end
    out.append(tex[pos:])
    return "".join(out)


def convert(tex: str) -> tuple[str | None, str]:
    """Typst math for one TeX formula and, when there is none, why not (no cache)."""
    import tex2typst

    if "\\ce" in tex or "\\pu" in tex:
        tex = mhchem(tex)
    tex = _NORM.sub(r"\\left\\|\1\\right\\|", tex)  # becomes Typst's norm(…)
    tex = _SIZING.sub("", tex)
    tex = _SIZE_SWITCH.sub("", tex)
    tex = _ABS.sub(r"\\left|\1\\right|", tex)
    tex = _TEXT_STYLE.sub(_text_style, tex)
    tex = _LAST_BREAK.sub("", _SYMBOL.sub(lambda m: " " + SYMBOL_CHARS[m.group(1)] + " ", tex))
    tex = _rewrite(tex)
    try:
        code = tex2typst.tex2typst(tex, custom_tex_macros=TEX_MACROS)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # bad TeX is a ValueError; a panic in the Rust core is a BaseException
        return None, first_line(str(exc))
    assert isinstance(code, str)
    code = _OP_LIMITS.sub(r"limits(op(\1))", code)  # \operatorname*: limits under it, without '#true'
    # a script with nothing before it ('N$\\cdot$m$^2$': a unit's power): tex2typst bases it on '#none', which is
    # code; an empty string is the base Typst math takes (learner4 N57)
    code = _NO_BASE.sub('""', code)
    # an opening delimiter's name right before a bracket ('\\lbrace (1, 2), …' -> 'brace.l(1, 2)'): Typst calls it as
    # a function ('unexpected argument'); a space keeps it a symbol (trial15 T15-20: a set of pairs)
    code = _DELIMITER_CALL.sub(r"\1 (", code)
    return check(_RENAMED.sub(r"\1.o", code))


def _rewrite(tex: str) -> str:
    """TeX that tex2typst misreads, as TeX it reads right (see :data:`_GROUP`'s comment)."""
    if "\\" not in tex:
        return tex
    tex = _DROP.sub("", tex)
    tex = _VERT.sub(lambda m: " | " if m.group(2) == "vert" else r" \| ", tex)
    tex = _STACKREL.sub(r"\\overset", tex)
    tex = _XARROW.sub(lambda m: rf"\overset{{{m.group(2)}}}{{\{'Long' if m.group(1)[0].isupper() else 'long'}{m.group(1).lower()}arrow}}", tex)
    tex = _SMALLMATRIX.sub(r"\\\1{matrix}", tex)

    def grouped(m: re.Match[str]) -> str:
        mark = m.group(2).strip()
        several = len(mark) > 1 and not re.fullmatch(r"\\[A-Za-z]+", mark)  # 'iid', 'n \to \infty'; not '\infty'
        return rf"\{m.group(1)}set{{({mark})}}" if several and not mark.startswith("(") else m.group(0)

    return _SET.sub(grouped, tex)


def _text_style(m: re.Match[str]) -> str:
    style = _MATH_STYLE.get(m.group(1) or m.group(2) or "")
    text = r"\text{" + m.group(3) + "}"
    return style + "{" + text + "}" if style else text


def convert_plain(text: str) -> tuple[str | None, str]:
    """Typst math for a plain-text formula line, checked like converted TeX (no cache)."""
    code = plain_to_typst(text)
    if code is None:
        return None, "not a formula deckc can read"
    return check(code)


_CHECK = b'#math.equation(block: true, eval(sys.inputs.m, mode: "math"))'


@lru_cache(maxsize=1)
def _checker():  # type: ignore[no-untyped-def]
    import typst

    return typst.Compiler(root=empty_root(), font_paths=fonts(), ignore_system_fonts=True)


def check(code: str) -> tuple[str | None, str]:
    """(code, "") when Typst math code is safe and compiles on its own, else (None, why not)."""
    reason = unsafe_reason(code)
    if reason is not None:
        return None, f"unsafe Typst code: {reason}"
    try:
        _checker().compile(input=_CHECK, sys_inputs={"m": code}, format="pdf")
    except Exception as exc:  # typst.TypstError: the converted formula does not compile
        return None, first_line(getattr(exc, "message", "") or str(exc))
    return code, ""


def first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else "unknown error"
    return re.sub(r"\s+", " ", line)


class MathCache:
    """Converted and checked formulas by content hash, kept in the build dir between builds
    (a :class:`cachefile.Memo`: checked file, only the entries this build used are written back,
    after the outputs are in place).  Every kept code is validated again when the file is read.

    ``shared``: a folder of the user's (``~/.cache/deckc``, where the vectors are kept:
    :func:`compiler.build._sheet_options`) holding the formulas every build there converted, looked up before a formula is converted:
    an empty ``build/`` or a second deck with the same formulas converts none of them (the seed
    deck's 94 were ~0.3 s of CPU).  At most :data:`SHARED_MAX` entries; a file that cannot be
    written only means converting again.
    """

    def __init__(
        self, cache_dir: Path | None, warn: Callable[[Diagnostic], None] | None = None, shared: Path | None = None
    ):
        self.path = cache_dir / CACHE_NAME if cache_dir else None
        self.warn = warn
        self.converted = 0  # formulas converted (not found in the cache) by this build
        self._memo: cachefile.Memo | None = None
        self.shared_path = shared / SHARED_NAME if shared else None
        self._shared: cachefile.Memo | None = None

    def _key(self, tex: str) -> str:
        return hashlib.sha256(f"{_versions()}\0{tex}".encode()).hexdigest()

    @property
    def memo(self) -> cachefile.Memo:
        """The file, read on the first formula (a sheet without math never reads it)."""
        if self._memo is None:
            self._memo = cachefile.Memo(self.path, check=_safe_entry)
        return self._memo

    def _kept(self, key: str) -> str | None:
        """The entry kept for ``key`` in the build dir's file, else in the user's."""
        kept = self.memo.get(key)
        if kept is None and self.shared_path is not None:
            if self._shared is None:
                self._shared = cachefile.Memo(self.shared_path, check=_safe_entry)
            kept = self._shared.loaded.get(key)
        return kept

    def get(self, tex: str, plain: bool = False) -> tuple[str | None, str]:
        """Typst math for a TeX formula, or with ``plain`` for a plain-text formula line
        (or None and why not), from the cache or converted now."""
        key = self._key(("plain\0" if plain else "") + tex)
        kept = self._kept(key)
        if kept is None:
            code, reason = convert_plain(tex) if plain else convert(tex)
            self.converted += 1
        else:
            code, reason = json.loads(kept)
        self.memo.put(key, json.dumps([code, reason], ensure_ascii=False))
        return code, str(reason)

    def verdict(self, key: str, check: Callable[[], str]) -> str:
        """A check's result kept by key: ``""`` or why not (the sheet keeps whether Typst reads a
        picture here, by the picture's hash, so a build whose sheet is cached starts no Typst)."""
        entry = self._key(f"verdict\0{key}")
        kept = self._kept(entry)
        why = check() if kept is None else str(json.loads(kept)[1])
        self.memo.put(entry, json.dumps([None, why], ensure_ascii=False))
        return why

    def save(self) -> None:
        if self._memo is None:
            return
        self._memo.save()
        if self.shared_path is None or not self._memo.used:
            return
        shared = self._shared or cachefile.Memo(self.shared_path, check=_safe_entry)
        new = {k: v for k, v in self._memo.used.items() if shared.loaded.get(k) != v}
        if not new:
            return
        older = [(k, v) for k, v in shared.loaded.items() if k not in new][: max(0, SHARED_MAX - len(new))]
        shared.used = {**dict(older), **new}
        with contextlib.suppress(OSError):  # the user's file is an optimisation only
            shared.path.parent.mkdir(parents=True, exist_ok=True)  # type: ignore[union-attr]
            shared.save()


def _safe_entry(value: str) -> bool:
    """A kept ``[code, reason]`` pair whose code (if any) is safe Typst math."""
    try:
        code, reason = json.loads(value)
    except (ValueError, TypeError):
        return False
    if not isinstance(reason, str):
        return False
    return code is None or (isinstance(code, str) and unsafe_reason(code) is None)


# --- plain-text formula lines ("BN(x) = γ * (x - μ_B)/√(σ_B² + ε) + β") --------------------------

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹ⁿⁱ⁺⁻", "0123456789ni+-")
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉ᵢⱼₖₙₜₓ₊₋", "0123456789ijkntx+-")
_PLAIN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<sqrt>√)
  | (?P<word>(?:(?![⁰¹²³⁴⁵⁶⁷⁸⁹ⁿⁱ₀-₉ᵢⱼₖₙₜₓ])[^\W\d_])+[0-9]*)
  | (?P<num>[0-9]+(?:\.[0-9]+)?)
  | (?P<sub>_(?:(?![⁰¹²³⁴⁵⁶⁷⁸⁹ⁿⁱ₀-₉ᵢⱼₖₙₜₓ])[^\W_])+)
  | (?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹ⁿⁱ⁺⁻]+)
  | (?P<usub>[₀₁₂₃₄₅₆₇₈₉ᵢⱼₖₙₜₓ₊₋]+)
  | (?P<op>[-+=<>!()\[\],:;|·×∂∇∞≈≃∝≤≥±→←↑↓⇨⇒⇔↔∈∉⊂⊆∀∃−–⋅∑∏‖])
  | (?P<slash>/)
  | (?P<star>\*)
    """,
    re.X,
)
#: Words printed upright as operators, like \operatorname.
_BIG = {"Σ": "sum", "∑": "sum", "∏": "product"}


def _is_greek(char: str) -> bool:
    return "\u0370" <= char <= "\u03ff"


def _text(word: str) -> str:
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


#: A short label opening a formula line ("L1: …", "Train: …"), printed as text with its colon.
_LABEL = re.compile(r"([A-Za-z][A-Za-z0-9]{0,11}(?: [A-Za-z][A-Za-z0-9]{0,11}){0,2}):\s+(?=\S)")


def plain_to_typst(text: str) -> str | None:
    """Typst math for a plain-text formula line, or None when it holds something else.

    Single letters (Latin or Greek) are variables, longer words upright text
    (consecutive words one phrase: "irreducible noise"), ``x_B`` / ``fan_in``
    subscripts, ``²`` / ``ᵢ`` superscripts and subscripts, ``√(…)`` a root,
    ``/`` a plain slash and ``*`` a centred dot.
    """
    out: list[str] = []
    words: list[str] = []  # a run of multi-letter words, printed as one phrase
    pos = 0
    depth = 0
    label = _LABEL.match(text)
    if label:  # "L1: ∂L/∂w = …": the label is text, not a ratio ("L1 : ∂L" spaced as a relation)
        out.append(_text(label.group(1) + ": "))
        pos = label.end()

    def flush() -> None:
        if words:
            out.append(_text(" ".join(words)))
            words.clear()

    while pos < len(text):
        m = _PLAIN.match(text, pos)
        if m is None:
            return None
        kind, tok = m.lastgroup, m.group()
        pos = m.end()
        if kind == "ws":
            continue
        if kind == "word" and tok in _BIG:
            flush()
            out.append(_BIG[tok])
        elif kind == "word" and len(tok) > 1 and any(_is_greek(c) for c in tok) and tok.isalpha():
            flush()
            out.extend(tok)  # "λw": a product of variables, not a word
        elif kind == "word" and len(tok) > 1:
            words.append(tok)
            nxt = _PLAIN.match(text, pos)
            if (nxt is not None and nxt.lastgroup != "ws") or pos >= len(text):
                flush()  # a word glued to what follows (Var(W), fan_in) ends the phrase
        else:
            flush()
            if kind == "word" or kind == "num":
                out.append(tok)
            elif kind == "sub":
                sub = tok[1:]
                if not out:
                    return None
                out[-1] += "_" + (sub if len(sub) == 1 else _text(sub))
            elif kind in ("sup", "usub"):
                if not out:
                    return None
                table = _SUPERSCRIPTS if kind == "sup" else _SUBSCRIPTS
                value = tok.translate(table)
                out[-1] += ("^" if kind == "sup" else "_") + (value if len(value) == 1 else f"({value})")
            elif kind == "sqrt":
                nxt = _PLAIN.match(text, pos)
                if nxt is None:
                    return None
                if nxt.group() == "(":
                    out.append("sqrt(")
                    pos = nxt.end()
                    depth += 1
                    continue
                if nxt.lastgroup not in ("word", "num"):
                    return None
                out.append(f"sqrt({nxt.group()})")
                pos = nxt.end()
            elif kind == "slash":
                out.append("\\/")
            elif kind == "star":
                out.append("·")
            elif tok == ")" and out and out[-1].endswith("("):
                out[-1] += ")"
            elif tok in "([":
                if tok == "(" and out and out[-1].endswith(")") and text[m.start() - 1].isspace():
                    out.append("thick")  # "Var(W) ≈ … (common form)": a remark after a group keeps its space
                out.append(tok)
            else:
                out.append(tok)
    flush()
    code = " ".join(out)
    # glue a function-like name to its parenthesis and close "sqrt(" groups without a space
    code = re.sub(r'(sqrt|"[^"]*")\( ', r"\1(", code)
    code = re.sub(r"\( ", "(", code)
    code = re.sub(r" \)", ")", code)
    code = re.sub(r'("[^"]*") \(', r"\1(", code)
    # |x| and ||x|| as Typst's abs() and norm(): sized bars with delimiter spacing, not operators
    code = re.sub(r"(?:\| \||‖) (.+?) (?:\| \||‖)", r"norm(\1)", code)
    code = re.sub(r"\| ([^|]+?) \|", r"abs(\1)", code)
    return code or None
