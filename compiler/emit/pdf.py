"""The PDF backend: printable cheat sheets typeset by Typst.

Typst comes from its PyPI binding, which carries the compiler and fonts in
the wheel; system fonts are ignored, so every machine produces the same
bytes.  The deck goes to the template (cheatsheet.typ) as JSON through
``sys.inputs``, never as markup.  LaTeX math is converted with tex2typst
and each formula is compiled on its own first; one that fails is printed
as its TeX text with a warning naming the note, and the sheet still builds.

``typst`` and ``tex2typst`` are imported inside functions so the CLI starts
fast when no PDF is written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from compiler.diagnostics import Diagnostic
from compiler.model import Deck, Note, slugify
from compiler.sheet import Group, build_date, groups, sheet_data

FORMAT = "pdf"
PAPERS = ("a4", "letter")
#: Text fonts, in fallback order; all ship inside the typst wheel (New Computer Modern has ⇨, ∝ …).
FONTS = ("Libertinus Serif", "New Computer Modern", "DejaVu Sans Mono")
MONO = "DejaVu Sans Mono"
#: TeX commands tex2typst does not know, mapped to ones it does.
TEX_MACROS = {r"\lVert": r"\|", r"\rVert": r"\|", r"\lvert": r"|", r"\rvert": r"|"}
_NORM = re.compile(r"\\lVert(.*?)\\rVert")
#: Delimiter sizing (\big, \Bigl, …) is cosmetic and unknown to tex2typst: Typst sizes delimiters itself.
_SIZING = re.compile(r"\\[bB]igg?[lrm]?(?![A-Za-z])")
#: Symbol names tex2typst still emits that the bundled Typst renamed (``circle`` became ``o``).
_RENAMED = re.compile(r"\b(dot|times|plus|minus|div)\.circle\b")


def _stderr(diag: Diagnostic) -> None:
    print(diag, file=sys.stderr)


@dataclass(frozen=True)
class PdfOptions:
    """What `deckc build` passes to the sheet: layout variants and where warnings go."""

    per_section: bool = False
    questions_only: bool = False
    paper: str = "a4"
    warn: Callable[[Diagnostic], None] = _stderr


def filename(deck: Deck, options: PdfOptions | None = None) -> str:
    return f"{_stem(deck, options or PdfOptions())}.pdf"


def _stem(deck: Deck, options: PdfOptions) -> str:
    return deck.basename + ("-questions" if options.questions_only else "")


def outputs(deck: Deck, options: PdfOptions | None) -> list[tuple[str, Callable[[Path], None]]]:
    """The files this backend writes: one sheet, or one per section with ``per_section``."""
    options = options or PdfOptions()
    if options.paper not in PAPERS:
        raise ValueError(f"unknown paper {options.paper!r}; choose from {', '.join(PAPERS)}")
    if not options.per_section:
        return [(filename(deck, options), lambda path: write(deck, path, options))]
    files = []
    for n, group in enumerate(groups(deck), start=1):
        name = f"{_stem(deck, options)}-{n:02d}-{slugify(group.title, limit=40)}.pdf"
        files.append((name, _section_writer(deck, group, options)))
    return files


def _section_writer(deck: Deck, group: Group, options: PdfOptions) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(render(deck, options, [group], subtitle=group.title))


def write(deck: Deck, path: Path, options: PdfOptions | None = None) -> None:
    path.write_bytes(render(deck, options or PdfOptions()))


def render(deck: Deck, options: PdfOptions, selected: list[Group] | None = None, subtitle: str = "") -> bytes:
    """The PDF bytes for the given groups (default: the whole deck)."""
    converter = MathConverter(options.warn)
    data = sheet_data(
        deck,
        groups(deck) if selected is None else selected,
        converter,
        questions_only=options.questions_only,
        paper=options.paper,
        subtitle=subtitle,
    )
    return compile_sheet(data, build_date(deck))


def compile_sheet(data: dict[str, Any], date: dt.date | None) -> bytes:
    """Typeset sheet data; the PDF's creation date is the content's date, never the clock
    (an undated deck gets a fixed one, so its PDF is reproducible too)."""
    day = date or dt.date(1980, 1, 1)
    stamp = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    pdf = _compiler().compile(
        sys_inputs=_inputs(deck=json.dumps(data, ensure_ascii=False)),
        timestamp=stamp,
        format="pdf",
    )
    assert isinstance(pdf, bytes)
    return pdf


def _inputs(**extra: str) -> dict[str, str]:
    return {"fonts": json.dumps(FONTS), "mono": MONO, **extra}


@lru_cache(maxsize=1)
def _fonts():  # type: ignore[no-untyped-def]
    import typst

    return typst.Fonts(include_system_fonts=False)


@lru_cache(maxsize=1)
def _compiler():  # type: ignore[no-untyped-def]
    """One Typst compiler for the template, reused: font loading is the slow part."""
    import typst

    template = resources.files("compiler.emit").joinpath("cheatsheet.typ")
    with resources.as_file(template) as path:
        return typst.Compiler(path, root=path.parent, font_paths=_fonts(), ignore_system_fonts=True)


_CHECK = b'#math.equation(block: true, eval(sys.inputs.m, mode: "math"))'


@lru_cache(maxsize=1)
def _checker():  # type: ignore[no-untyped-def]
    import typst

    return typst.Compiler(font_paths=_fonts(), ignore_system_fonts=True)


@lru_cache(maxsize=4096)
def typst_math(tex: str) -> tuple[str | None, str]:
    """Typst math for one TeX formula and, when there is none, why not."""
    import tex2typst

    tex = _NORM.sub(r"\\left\\|\1\\right\\|", tex)  # becomes Typst's norm(…)
    tex = _SIZING.sub("", tex)
    try:
        code = tex2typst.tex2typst(tex, custom_tex_macros=TEX_MACROS)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # bad TeX is a ValueError; a panic in the Rust core is a BaseException
        return None, _first_line(str(exc))
    assert isinstance(code, str)
    code = _RENAMED.sub(r"\1.o", code)
    try:
        _checker().compile(input=_CHECK, sys_inputs={"m": code}, format="pdf")
    except Exception as exc:  # typst.TypstError: the converted formula does not compile
        return None, _first_line(getattr(exc, "message", "") or str(exc))
    return code, ""


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else "unknown error"
    return re.sub(r"\s+", " ", line)


class MathConverter:
    """Converts a note's formulas, warning once per note and formula that falls back to text."""

    def __init__(self, warn: Callable[[Diagnostic], None]):
        self.warn = warn
        self.warned: set[tuple[str, str]] = set()

    def __call__(self, tex: str, note: Note) -> str | None:
        code, reason = typst_math(tex)
        if code is None and (note.id, tex) not in self.warned:
            self.warned.add((note.id, tex))
            loc = note.primary.locator
            message = f"note {note.id}: formula \\({tex}\\) cannot be typeset ({reason}); the cheat sheet prints it as plain text"
            self.warn(Diagnostic(loc.file, loc.line, message, "fix the LaTeX in the source", "warning"))
        return code
