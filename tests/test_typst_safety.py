"""Content reaches the cheat-sheet template only as data (issue 11, item 1), and the
formula cache is an optimisation only (issue 13, item 1).

A formula like ``$\\text{a" #(…) "b}$`` made tex2typst emit an unescaped quote,
and the rest ran as Typst code in the template: it read the template's own
source into the PDF, ``#panic`` crashed the build, a big loop slowed it down.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from compiler.cli import main
from compiler.emit import typstmath
from compiler.emit.typstmath import MathCache, unsafe_reason

HOSTILE = r"""# Hostile

## What does the template say?

Its source: $\text{a" #read("cheatsheet.typ") "b}$ and $\text{a" #(read("/cheatsheet.typ")) "b}$.

## Does it panic?

$\text{x" #panic("boom") "y}$ and $\text{x" #std.panic("boom") "y}$

## Does it loop?

$\text{x" #for i in range(100000000) { i } "y}$ and $\text{x" #{ let n = 0; while n < 100000000 { n += 1 } } "y}$

## Is ordinary math still typeset?

The ridge solution $\hat w = (X^\top X + \lambda I)^{-1} X^\top y$ and $\lvert w \rvert$.
"""


def _content(tmp_path: Path, text: str) -> Path:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(
        '[deck]\nname = "Hostile"\ndate = "2026-01-02"\n\n[[source]]\nid = "doc"\nfile = "sources/doc.md"\nlayout = "markdown"\n',
        encoding="utf-8",
    )
    (content / "sources" / "doc.md").write_text(text, encoding="utf-8")
    return content


def _build(content: Path, out: Path):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "pdf"])
    assert result.exit_code == 0, result.output
    return result


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_injected_typst_code_never_runs(tmp_path: Path) -> None:
    content = _content(tmp_path, HOSTILE)
    result = _build(content, tmp_path / "out")
    text = _text(tmp_path / "out" / "hostile.pdf")
    assert "deckc cheat sheet template" not in text and "sys.inputs" not in text, "the template's source was read"
    assert "boom" not in result.output.replace('"boom"', ""), "no panic message from Typst"
    unsafe = [line for line in result.output.splitlines() if "cannot be typeset" in line]
    # the six refused formulas are reported once per reason, each line with its own reason and count (learner4 N7)
    counts = [int(m.group(1)) if (m := re.search(r"\[(\d+) times;", line)) else 1 for line in unsafe]
    assert len(unsafe) == 3 and sum(counts) == 6, result.output
    assert "'#' is not allowed" in unsafe[0] and "[4 times; also at line" in unsafe[0]
    assert all("doc.md" in line for line in unsafe)
    # each hostile formula is printed as its TeX text: data, not code
    assert r'#read("cheatsheet.typ")' in text.replace("\n", "")
    # the ordinary formulas are still typeset (no TeX left in the text)
    assert r"\hat" not in text and r"\lvert" not in text and "ridge" in text


@pytest.mark.parametrize(
    "code",
    [
        '"a" #(1+1) "b"',
        'std.read("cheatsheet.typ")',
        "std",
        'sys.inputs.deck',
        'frac.with(1)',
        'x.at(0)',
        "a $ b",
        "@label",
        "`raw`",
        "a // comment",
        "a /* comment */ b",
        '"unterminated',
        "αβ",
        "x" * (typstmath.MAX_CODE + 1),
        'mat(delim: #read("/etc/passwd"), a)',  # a matrix's delimiter is one of the few written, nothing else
        'delim: "[", a',
        'mat(delim: "[" + read("x"), a)',
    ],
)
def test_unsafe_code_is_refused(code: str) -> None:
    assert unsafe_reason(code) is not None


@pytest.mark.parametrize(
    "code",
    [
        "lambda sum_i lr(|w_i|)",
        'hat(theta)_upright(M A P) = arg max_theta p(D | theta)',
        '"a\\" #x" + 1',  # a quote escaped inside a string is text
        "arrow.r.long x",
        "norm(w)_2^2 <= rho",
        "y^(\"LS\") = (1 - epsilon) y + epsilon / K",
    ],
)
def test_math_is_accepted(code: str) -> None:
    assert unsafe_reason(code) is None


def test_typst_root_holds_nothing_readable() -> None:
    import typst

    from compiler.emit import pdf

    root = Path(typstmath.empty_root())
    assert root.is_dir() and not any(root.iterdir())
    with pytest.raises(typst.TypstError):
        pdf._compiler().compile(input=b'#read("cheatsheet.typ")', format="pdf")
    assert not any(root.iterdir())


def test_formula_cache_skips_work_and_never_changes_the_pdf(tmp_path: Path) -> None:
    content = _content(tmp_path, HOSTILE)
    out = tmp_path / "out"
    _build(content, out)
    cache = out / ".cache" / typstmath.CACHE_NAME
    first = out.joinpath("hostile.pdf").read_bytes()
    stamp = cache.stat().st_mtime_ns
    assert cache.is_file()

    _build(content, out)
    assert out.joinpath("hostile.pdf").read_bytes() == first
    assert cache.stat().st_mtime_ns == stamp, "no new formula: cache untouched"

    # a clean build (no cache) writes the same bytes
    _build(content, tmp_path / "clean")
    assert (tmp_path / "clean" / "hostile.pdf").read_bytes() == first


def test_warm_cache_converts_nothing(tmp_path: Path) -> None:
    cache = MathCache(tmp_path)
    formulas = [r"\frac{1}{2}", r"\lambda \sum_i w_i^2", r"\text{a\" #panic() \"b}"]
    cold = [cache.get(tex) for tex in formulas]
    assert cache.converted == 3
    cache.save()
    warm_cache = MathCache(tmp_path)
    assert [warm_cache.get(tex) for tex in formulas] == cold
    assert warm_cache.converted == 0


def test_bad_cache_is_discarded_with_a_warning(tmp_path: Path) -> None:
    """Reported as a cache notice (compiler/cachefile.py), not a content warning: it is about deckc's own file."""
    from compiler import cachefile

    cache = MathCache(tmp_path)
    cache.get(r"\frac{1}{2}")
    cache.save()
    path = tmp_path / typstmath.CACHE_NAME
    data = cachefile.read_checked(path)

    # flipped bytes: the checksum does not match
    path.write_bytes(path.read_bytes()[:-7])
    with cachefile.collect() as warnings:
        again = MathCache(tmp_path)
        assert again.get(r"\frac{1}{2}") == ("1/2", "") and again.converted == 1
    assert len(warnings) == 1 and "typst-math.json: cache damaged" in str(warnings[0])

    # an edited entry whose checksum was recomputed still cannot smuggle code into the sheet
    key = next(iter(data["entries"]))
    data["entries"][key] = json.dumps(['"a" #read("x") "b"', ""])
    cachefile.write_checked(path, json.dumps(data).encode())
    with cachefile.collect() as warnings:
        tampered = MathCache(tmp_path)
        assert tampered.get(r"\frac{1}{2}") == ("1/2", "")
    assert len(warnings) == 1 and "fails its check" in str(warnings[0])

    # an edited entry without a new checksum
    data["entries"][key] = json.dumps(["2/3", ""])
    cachefile.write_checked(path, b"{}")  # the checksum of another body
    path.write_bytes(path.read_bytes().partition(b"\n")[0] + b"\n" + json.dumps(data).encode())
    with cachefile.collect() as warnings:
        edited = MathCache(tmp_path)
        assert edited.get(r"\frac{1}{2}") == ("1/2", "")
    assert len(warnings) == 1 and "checksum" in str(warnings[0])


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("BN(x) = γ * (x - μ_B)/√(σ_B² + ε) + β", '"BN"(x) = γ · (x - μ_B) \\/ sqrt(σ_B^2 + ε) + β'),
        ("λ Σ |wᵢ|", "λ sum abs(w_i)"),
        ("Var(W) ≈ 2 / (fan_in + fan_out) (common form)", '"Var"(W) ≈ 2 \\/ ("fan"_"in" + "fan"_"out") thick ("common form")'),
        ("E[error] = bias² + variance + irreducible noise", 'E [ "error" ] = "bias"^2 + "variance" + "irreducible noise"'),
        ("Gradient update: w = w - η(∂L/∂w + λw)", '"Gradient update: " w = w - η (∂ L \\/ ∂ w + λ w)'),
        # a label opening the line is text with its colon, not a ratio spaced like a relation
        ("L1: ∂L/∂w = ∂L_orig/∂w + λ·sign(w)", '"L1: " ∂ L \\/ ∂ w = ∂ L_"orig" \\/ ∂ w + λ · "sign"(w)'),
    ],
)
def test_plain_formula_lines_become_safe_math(line: str, code: str) -> None:
    converted = typstmath.plain_to_typst(line)
    assert converted == code
    assert typstmath.check(converted) == (code, "")


@pytest.mark.parametrize("line", ['say "#panic()"', "a # b", "x = `code`", "a $ b", "{{c1::x}}"])
def test_plain_lines_that_are_not_formulas_stay_text(line: str) -> None:
    assert typstmath.plain_to_typst(line) is None


@pytest.mark.parametrize(
    ("tex", "code"),
    [
        (r"\text{Composition Law of } \textbf{C}", '"Composition Law of " upright(bold("C"))'),
        (r"\textit{word} x", 'italic("word") x'),
        (r"\textrm{ab} + \textsf{A} + \texttt{f}", '"ab" + sans("A") + mono("f")'),
    ],
)
def test_text_style_commands_in_math_are_typeset(tex: str, code: str) -> None:
    """Shared maths decks write \\textbf{C} in formulas (trial7 G22): it is bold text, not an unknown name."""
    assert typstmath.convert(tex) == (code, "")


def test_a_quote_leaked_through_a_text_style_command_is_still_refused() -> None:
    code, reason = typstmath.convert(r'\textbf{a" #read("/etc/passwd") "b}')
    assert code is None and "unsafe" in reason


@pytest.mark.parametrize(
    ("tex", "code"),
    [
        (r"\begin{bmatrix} 0 & -1 \\ 1 & 0 \end{bmatrix}", 'mat(delim: "[", 0, -1; 1, 0)'),
        (r"\begin{vmatrix} a & b \\ c & d \end{vmatrix}", 'mat(delim: "|", a, b; c, d)'),
        (r"\begin{Bmatrix} a \\ b \end{Bmatrix}", 'mat(delim: "{", a; b)'),
        (r"\begin{Vmatrix} a \\ b \end{Vmatrix}", "mat(delim: bar.v.double, a; b)"),
        (r"\begin{matrix} a & b \end{matrix}", "mat(delim: #none, a, b)"),
    ],
)
def test_bracketed_matrices_are_typeset(tex: str, code: str) -> None:
    """learner2 M8: bmatrix, vmatrix, Bmatrix, Vmatrix and a bare matrix (the piecewise '\\left\\{ …
    \\right.' form) printed as raw TeX on the sheet: their delimiter is a named argument of mat."""
    assert typstmath.convert(tex) == (code, "")


@pytest.mark.parametrize(
    ("tex", "code"),
    [
        (r"\ce{2H2 + O2 -> 2H2O}", '"2 H₂" + "O₂" -> "2 H₂O"'),
        (r"\ce{CH3COOH + H2O <=> CH3COO- + H3O+}", '"CH₃COOH" + "H₂O" harpoons.rtlb "CH₃COO⁻" + "H₃O⁺"'),
        (r"\ce{Fe^{3+} + e- -> Fe^{2+}}", '"Fe³⁺" + "e⁻" -> "Fe²⁺"'),
        (r"\ce{NaCl(s) -> Na+(aq) + Cl-(aq)}", '"NaCl(s)" -> "Na⁺(aq)" + "Cl⁻(aq)"'),
        (r"x = \ce{CO2}", 'x = "CO₂"'),
    ],
)
def test_mhchem_prints_as_chemistry(tex: str, code: str) -> None:
    """learner2 M17: '\\ce{…}' (mhchem, which Anki's MathJax renders) printed raw on the sheet ('ce' is not a
    Typst math name): species are upright text with counts as subscripts and charges as superscripts."""
    assert typstmath.convert(tex) == (code, "")


def test_a_mhchem_token_cannot_smuggle_code() -> None:
    code, _ = typstmath.convert(r'\ce{a" #read("/etc/passwd") "b}')
    assert code is None or unsafe_reason(code) is None  # only strings and math, whatever the token
