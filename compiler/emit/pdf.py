"""The PDF backend: printable cheat sheets typeset by Typst.

Typst comes from its PyPI binding, which carries the compiler and fonts in
the wheel; system fonts are ignored, so every machine produces the same
bytes.  The deck goes to the template (cheatsheet.typ) as JSON through
``sys.inputs``, never as markup.  Typst's root folder holds nothing but
copies of the pictures the sheet prints, named by their hash (:class:`Pictures`:
only files the media pass packs into the .apkg, which it checked lie inside
the deck folder), so nothing else can be read.  LaTeX math is converted by
:mod:`compiler.emit.typstmath`, which lets only validated math code through
and compiles each formula on its own first; one that fails is printed as its
TeX text with a warning naming the note, and the sheet still builds.

``typst`` and ``tex2typst`` are imported inside functions so the CLI starts
fast when no PDF is written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from compiler.diagnostics import Diagnostic, counted
from compiler.emit import SheetLayout
from compiler.emit.typstmath import CJK_FONT, MathCache, cjk_font_dir, first_line, fonts
from compiler.model import Deck, Item, Note, slugify
from compiler.sheet import Group, build_date, groups, sheet_data

FORMAT = "pdf"
PAPERS = ("a4", "letter")
#: Text fonts, in fallback order; all ship inside the typst wheel (New Computer Modern has ⇨, ∝ …).
FONTS = ("Libertinus Serif", "New Computer Modern", "DejaVu Sans Mono")


def sheet_fonts() -> tuple[str, ...]:
    """:data:`FONTS`, then the optional CJK font when it is installed (``pip install 'deckc[cjk]'``)."""
    return (*FONTS, CJK_FONT) if cjk_font_dir() else FONTS
MONO = "DejaVu Sans Mono"


def _stderr(diag: Diagnostic) -> None:
    print(diag, file=sys.stderr)


class SheetCache:
    """Typeset sheets kept in the build cache by a hash of everything Typst is given, so a build whose
    sheet would not change (a whitespace edit, a tag, a decision that merges nothing new, an answer
    left off a questions-only sheet) does not typeset it again (~0.2 s for the seed deck); and the
    parts of a large sheet (:mod:`compiler.emit.sheetparts`), so an edit typesets only its part again.

    Key: deckc's code and library versions (the template, the fonts and Typst are among them),
    the sheet's (or part's) data and its date; the data name each picture by the hash of its bytes.
    One file per sheet (``sheet-<key>.pdf``) or part (``sheetpart-<key>.pdf``) behind a sha256
    line, checked when read: a damaged one is typeset again; written after the outputs are in
    place, and only the sheets and parts this build used are kept.
    """

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.used: dict[str, bytes] = {}  # key → this build's sheets
        self.used_parts: dict[str, bytes] = {}  # key → this build's parts of large sheets
        self.lock = threading.Lock()

    def key(self, data: str, date: dt.date | None, parts: bool) -> str:
        return self._key("deckc-sheet 1", data, date, parts)

    def part_key(self, data: str, date: dt.date | None) -> str:
        return self._key("deckc-sheetpart 1", data, date, True)

    @staticmethod
    def _key(kind: str, data: str, date: dt.date | None, parts: bool) -> str:
        import hashlib

        from compiler.uptodate import code_fingerprint

        head = f"{kind}\0{code_fingerprint()}\0{date}\0{parts}\0".encode()
        return hashlib.sha256(head + data.encode()).hexdigest()[:32]

    def get(self, key: str) -> bytes | None:
        return self._get(f"sheet-{key}.pdf")

    def get_part(self, key: str) -> bytes | None:
        return self._get(f"sheetpart-{key}.pdf")

    def _get(self, name: str) -> bytes | None:
        if self.folder is None:
            return None
        from compiler import cachefile

        path = self.folder / name
        try:
            return cachefile.read_checked_bytes(path)
        except ValueError as exc:
            cachefile.discard(path, cachefile.why(exc))
            return None

    def keep(self, key: str, pdf: bytes) -> None:
        with self.lock:
            self.used[key] = pdf

    def keep_part(self, key: str, pdf: bytes) -> None:
        with self.lock:
            self.used_parts[key] = pdf

    def save(self) -> None:
        """Write this build's sheets and parts (those not there yet) and remove the others."""
        # `deckc watch` builds again with the same options: start it empty
        kinds = {"sheet": self.used, "sheetpart": self.used_parts}
        self.used, self.used_parts = {}, {}
        if self.folder is None:
            return
        import contextlib

        from compiler import cachefile

        with contextlib.suppress(OSError):
            for kind, used in kinds.items():
                for key, pdf in used.items():
                    path = self.folder / f"{kind}-{key}.pdf"
                    if not path.is_file():
                        cachefile.write_atomic(path, cachefile.checked(pdf))
                for old in self.folder.glob(f"{kind}-*.pdf"):
                    if old.name[len(kind) + 1 : -len(".pdf")] not in used:
                        old.unlink(missing_ok=True)


@dataclass(frozen=True)
class PdfOptions(SheetLayout):
    """What `deckc build` passes to the sheet: layout variants and where warnings go."""

    warn: Callable[[Diagnostic], None] = _stderr
    #: converted formulas kept between builds (``<build>/.cache``); None: convert every formula again
    cache: MathCache | None = None
    #: typeset sheets kept between builds (``<build>/.cache``); None: typeset every sheet
    sheets: SheetCache | None = None

    def save_cache(self) -> None:
        """Keep the formulas and sheets for the next build; called once the build's outputs are in place."""
        if self.cache is not None:
            self.cache.save()
        if self.sheets is not None:
            self.sheets.save()


def filename(deck: Deck, options: PdfOptions | None = None) -> str:
    return f"{_stem(deck, options or PdfOptions())}.pdf"


def _stem(deck: Deck, options: PdfOptions) -> str:
    return deck.basename + ("-questions" if options.questions_only else "")


def outputs(deck: Deck, options: PdfOptions | None) -> list[tuple[str, Callable[[Path], None]]]:
    """The files this backend writes: one sheet, or one per section with ``per_section``.

    Typesetting starts now, in a thread (Typst releases the GIL, and it is most of a small
    rebuild's output time), so the other outputs are written meanwhile; each writer waits
    for its sheet.  The sheets are made one after the other, in order, so warnings come in
    the same order as before.  A sheet of more than :data:`PARTS_ABOVE` notes is typeset when
    its file is written, as before: its worker processes beside the other outputs would add
    their memory to theirs.
    """
    options = options or PdfOptions()
    if options.paper not in PAPERS:
        raise ValueError(f"unknown paper {options.paper!r}; choose from {', '.join(PAPERS)}")
    if not options.per_section:
        jobs: list[tuple[str, Callable[[], bytes]]] = [(filename(deck, options), lambda: render(deck, options))]
    else:
        jobs = []
        for n, group in enumerate(groups(deck), start=1):
            name = f"{_stem(deck, options)}-{n:02d}-{slugify(group.title, limit=40)}.pdf"
            jobs.append((name, _section_job(deck, group, options)))
    if len(deck.notes) > PARTS_ABOVE:  # typeset by worker processes: not beside the other outputs (memory)
        return [(name, _writer(job)) for name, job in jobs]
    sheets = Background([job for _, job in jobs])
    return [(name, sheets.writer(n)) for n, (name, _) in enumerate(jobs)]


def _writer(job: Callable[[], bytes]) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(job())


def _section_job(deck: Deck, group: Group, options: PdfOptions) -> Callable[[], bytes]:
    return lambda: render(deck, options, [group], subtitle=group.title)


_typesetting = threading.Lock()  # one Typst compiler per process: never two sheets at once


class Background:
    """Jobs run in order in one daemon thread; :meth:`writer` waits for a job and writes its bytes."""

    def __init__(self, jobs: list[Callable[[], bytes]]) -> None:
        self.results: list[bytes | BaseException | None] = [None] * len(jobs)
        self.done = [threading.Event() for _ in jobs]
        self.jobs = jobs
        threading.Thread(target=self._run, name="deckc-sheet", daemon=True).start()

    def _run(self) -> None:
        with _typesetting:
            for n, job in enumerate(self.jobs):
                try:
                    self.results[n] = job()
                except BaseException as exc:  # raised again where the file is written
                    self.results[n] = exc
                self.done[n].set()

    def writer(self, n: int) -> Callable[[Path], None]:
        def write(path: Path) -> None:
            self.done[n].wait()
            result = self.results[n]
            if isinstance(result, BaseException):
                raise result
            assert isinstance(result, bytes)
            path.write_bytes(result)

        return write


def write(deck: Deck, path: Path, options: PdfOptions | None = None) -> None:
    path.write_bytes(render(deck, options or PdfOptions()))


def render(deck: Deck, options: PdfOptions, selected: list[Group] | None = None, subtitle: str = "") -> bytes:
    """The PDF bytes for the given groups (default: the whole deck)."""
    converter = MathConverter(options.warn, options.cache)
    pictures = Pictures(deck, options.cache)
    data = sheet_data(
        deck,
        groups(deck) if selected is None else selected,
        converter,
        questions_only=options.questions_only,
        paper=options.paper,
        subtitle=subtitle,
        plain=converter.plain,
        picture=pictures,
    )
    pictures.report(options.warn)
    check_glyphs(deck, data, options.warn)
    parts = data["notes"] > min(CACHED_PARTS_ABOVE, PARTS_ABOVE)
    text = json.dumps(data, ensure_ascii=False)  # what Typst is given (compile_sheet's serialization)
    sheets, key = options.sheets, ""
    if sheets is not None:
        key = sheets.key(text, build_date(deck), parts)
        kept = sheets.get(key)
        if kept is not None:
            sheets.keep(key, kept)
            return kept
    try:
        pdf = _typeset(data, text, build_date(deck), sheets, parts)
    except Exception as exc:  # typst.TypstError: the sheet's own code is fixed, so a formula broke it
        plain = _formulas_as_text(data)
        if plain == data:
            raise
        options.warn(
            Diagnostic(
                "",
                None,
                f"the cheat sheet could not be typeset with its formulas ({first_line(getattr(exc, 'message', '') or str(exc))});"
                " it prints every formula as code instead",
                "the deck and its cards are not affected; this is a bug in deckc: please report it with the formulas of the "
                "notes last added (`--only apkg,csv,json` builds without the sheet)",
                "warning",
            )
        )
        pdf = _typeset(plain, json.dumps(plain, ensure_ascii=False), build_date(deck), sheets, parts)
    if sheets is not None:
        sheets.keep(key, pdf)
    return pdf


def _typeset(data: dict[str, Any], text: str, date: dt.date | None, sheets: SheetCache | None, parts: bool) -> bytes:
    if parts:
        from compiler.emit.sheetparts import typeset_in_parts

        return typeset_in_parts(data, date, sheets, workers=data["notes"] > PARTS_ABOVE)
    return compile_json(text, date)


def _formulas_as_text(data: Any) -> Any:
    """The sheet's data with every formula printed as its code: the fallback when one breaks the whole sheet (a
    formula is checked alone before it is used, but a bug may still leave one Typst cannot read in place, trial19
    T19-10); a deck's sheet is never worth withholding its cards for."""
    if isinstance(data, list):
        return [_formulas_as_text(x) for x in data]
    if not isinstance(data, dict):
        return data
    if data.get("k") == "m":
        return {"k": "f", "v": data["v"]}
    if data.get("k") == "math":
        return {"k": "formula", "v": data["v"]}
    return {key: _formulas_as_text(value) for key, value in data.items()}


#: What the sheet prints, by a file's first bytes (the formats Typst reads); SVG is recognised apart.
_MAGIC = ((b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff", "jpg"), (b"GIF87a", "gif"), (b"GIF89a", "gif"))
PRINTED_FORMATS = "PNG, JPEG, GIF, WebP and SVG"


def picture_format(data: bytes) -> str | None:
    """The file extension Typst reads ``data`` as, or None for a format the sheet does not print
    (BMP, TIFF, PDF, HEIC …). By content, not by the file's name: a PNG saved as ``x.jpg`` prints."""
    for magic, ext in _MAGIC:
        if data.startswith(magic):
            return ext
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    head = data[:65536].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"<") and b"<svg" in head:
        return "svg"
    return None


#: Larger pictures print as ``[image: …]``: Typst decodes a picture whole (4 bytes a pixel), so a
#: "decompression bomb" (a small PNG that says it is 100,000 × 100,000) would take the build's memory.
MAX_PICTURE_PIXELS = 50_000_000
MAX_PICTURE_BYTES = 50 << 20


def pixels(data: bytes, ext: str) -> tuple[int, int] | None:
    """A raster picture's width and height in pixels as its header states them, or None (SVG, or
    a header this does not read: Typst's own check then decides)."""
    import struct

    try:
        if ext == "png" and data[12:16] == b"IHDR":
            return struct.unpack(">II", data[16:24])  # type: ignore[return-value]
        if ext == "gif":
            return struct.unpack("<HH", data[6:10])  # type: ignore[return-value]
        if ext == "webp" and data[12:16] == b"VP8X":
            return 1 + int.from_bytes(data[24:27], "little"), 1 + int.from_bytes(data[27:30], "little")
        if ext == "webp" and data[12:16] == b"VP8L":
            bits = int.from_bytes(data[21:25], "little")
            return 1 + (bits & 0x3FFF), 1 + ((bits >> 14) & 0x3FFF)
        if ext == "webp" and data[12:16] == b"VP8 ":
            width, height = struct.unpack("<HH", data[26:30])
            return width & 0x3FFF, height & 0x3FFF
        if ext == "jpg":
            at = 2
            while at + 9 <= len(data) and data[at] == 0xFF:
                marker, length = data[at + 1], int.from_bytes(data[at + 2 : at + 4], "big")
                if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                    height, width = struct.unpack(">HH", data[at + 5 : at + 9])
                    return width, height
                at += 2 + length
    except struct.error:
        return None
    return None


class Pictures:
    """The pictures a sheet prints (:data:`compiler.sheet.PictureFinder`).

    Only the media files of the deck (``deck.media``: what the .apkg packs, each checked by the media
    pass to lie inside the deck folder) are printed, looked up by the bare name the card's ``<img src>``
    holds after that pass; any other ``src`` (a remote address, a path, ``../../etc/passwd``) is not a
    media name and prints as ``[image: …]``.  A printed picture is copied into Typst's root folder as
    ``<sha256>.<ext>``: the sheet data name it by its bytes, so a changed picture changes the data and
    so the sheet cache's key, and the same pictures give the same PDF.  Each is first typeset alone
    (its result kept by hash in the formula cache), so a damaged file, or an SVG linking a file, prints
    as ``[image: …]`` instead of failing the sheet.
    """

    def __init__(self, deck: Deck, cache: MathCache | None = None) -> None:
        self.files = {Path(p).name: Path(p) for p in deck.media}
        self.cache = cache
        self.found: dict[str, str | None] = {}  # media name → file in the root, or None
        self.unprintable: dict[str, tuple[Note, str]] = {}  # media name → (first note, why not)

    def __call__(self, src: str, note: Note) -> str | None:
        if src not in self.files:
            return None
        if src not in self.found:
            self.found[src], why = self._copy(self.files[src])
            if why:
                self.unprintable[src] = (note, why)
        return self.found[src]

    def _copy(self, path: Path) -> tuple[str | None, str]:
        import hashlib

        try:
            if path.stat().st_size > MAX_PICTURE_BYTES:
                return None, f"larger than {MAX_PICTURE_BYTES >> 20} MB"
            data = path.read_bytes()
        except OSError as exc:
            return None, f"cannot be read ({exc.strerror or exc})"
        ext = picture_format(data)
        if ext is None:
            return None, "not " + PRINTED_FORMATS.replace(" and ", " or ")
        size = pixels(data, ext)
        if size is not None and size[0] * size[1] > MAX_PICTURE_PIXELS:
            return None, f"more than {MAX_PICTURE_PIXELS // 10**6} megapixels ({size[0]} × {size[1]})"
        digest = hashlib.sha256(data).hexdigest()[:32]
        name = f"{digest}.{ext}"
        target = Path(picture_root()) / name
        if not target.is_file():
            tmp = target.with_suffix(".tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
        why = self.cache.verdict(f"picture {name}", lambda: _typesets(name)) if self.cache else _typesets(name)
        return (None, why) if why else (name, "")

    def report(self, warn: Callable[[Diagnostic], None]) -> None:
        """One warning for the pictures this sheet could not print, with their count and why."""
        if not self.unprintable:
            return
        names = sorted(self.unprintable)
        shown = ", ".join(names[:4]) + (" …" if len(names) > 4 else "")
        reasons = sorted({why for _, why in self.unprintable.values()})
        note = min((n for n, _ in self.unprintable.values()), key=lambda n: (n.primary.locator.file, n.primary.locator.line or 0))
        loc = note.primary.locator
        warn(
            Diagnostic(
                loc.file,
                loc.line,
                f"the cheat sheet cannot print {counted(len(names), 'picture')} ({shown}: {'; '.join(reasons)}); "
                "it prints where each is instead ([image: …])",
                f"the sheet prints {PRINTED_FORMATS} pictures: save these as one of those to see them in print; "
                "the cards show them as they are",
                "warning",
                group="sheet pictures",
            )
        )


def _typesets(name: str) -> str:
    """``""`` when Typst reads the picture ``name`` of its root folder, else why not."""
    doc = b"#set page(width: 3cm, height: auto, margin: 0pt)\n#image(sys.inputs.picture, width: 3cm)"
    try:
        _compiler().compile(input=doc, sys_inputs={"picture": "/" + name}, format="pdf")
    except Exception as exc:  # typst.TypstError: a damaged file, an SVG linking a file
        return f"Typst cannot read it: {first_line(str(exc))}"
    return ""


_root: str | None = None


def picture_root() -> str:
    """Typst's root folder: the pictures the sheets of this process print, and nothing else (a sheet
    worker process is handed its parent's, :mod:`compiler.emit.sheetparts`)."""
    global _root
    if _root is None:
        import atexit
        import shutil
        import tempfile

        _root = tempfile.mkdtemp(prefix="deckc-pictures-")
        atexit.register(shutil.rmtree, _root, True)
    return _root


def use_picture_root(path: str) -> None:
    """Typeset with the pictures of another process's root folder (a sheet worker, its parent's)."""
    global _root
    _root = path
    _compiler.cache_clear()


_ALT = re.compile(r'"alt": "(?:[^"\\]|\\.)*"')


def check_glyphs(deck: Deck, data: dict[str, Any], warn: Callable[[Diagnostic], None]) -> None:
    """Warn when the sheet holds characters its bundled fonts cannot print (Chinese, Japanese,
    Korean, Thai, Indic scripts, emoji …): Typst prints an empty box for each, silently. System
    fonts stay ignored (same bytes on every machine), so the warning names what is lost and where."""
    printed = _ALT.sub("", json.dumps(data, ensure_ascii=False))  # a picture's alt text is not printed
    missing = glyphless(frozenset(c for c in printed if ord(c) > 127 and not c.isspace()))
    if not missing:
        return
    hit = [n for n in deck.notes if any(c in missing for i in n.items for c in _printed_text(i))]
    # (a character of each script first, then more: 'कखघ…' alone named only the Hindi words of a deck whose warning
    # pointed at its Korean file; sitting 56)
    firsts = {}
    for c in sorted(missing):
        firsts.setdefault(unicodedata.name(c, "?").split()[0], c)  # ('DEVANAGARI', 'CJK', 'HANGUL' …)
    picked = [*firsts.values(), *(c for c in sorted(missing) if c not in firsts.values())][:8]
    shown = "".join(sorted(picked)) + (" …" if len(missing) > 8 else "")
    where = hit[0].primary.locator if hit else None
    files = list(dict.fromkeys(n.primary.locator.file for n in hit))
    of = f" of {len(files)} files ({', '.join(files[:3])}{', …' if len(files) > 3 else ''})" if len(files) > 1 else ""
    warn(
        Diagnostic(
            where.file if where else "",
            where.line if where else None,
            f"the cheat sheet's fonts have no glyph for {counted(len(missing), 'character')} "
            f"({shown}) in {counted(len(hit), 'note')}{of}: the PDF prints each as an empty box "
            "(the cards are not affected: Anki uses the device's fonts)",
            _GLYPHS_HINT if cjk_font_dir() or not any(_CJK.match(c) for c in missing) else _CJK_HINT,
            "warning",
            group="sheet glyphs",
        )
    )


_GLYPHS_HINT = (
    "the sheet's fonts cover Latin, Greek, Cyrillic, Hebrew and math (Chinese, Japanese and Korean with the "
    "optional font: pip install 'deckc[cjk]'), not Thai, Indic scripts or emoji; study those notes on the cards"
)
_CJK_HINT = (
    "the sheet's bundled fonts cover Latin, Greek, Cyrillic, Hebrew and math; for Chinese, Japanese and Korean "
    "install the optional font (pip install 'deckc[cjk]': Noto Sans CJK, 16 MB) and build again; study other "
    "scripts and emoji on the cards"
)
_CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]")


def _printed_text(item: Item) -> str:
    """An item's text the sheet may print: exhibit, question, answer, options and section headings."""
    exhibit = [b.plain() for b in item.stimulus]
    return " ".join([*exhibit, item.question, item.answer_plain(), *item.section, *(c.text for c in item.choices)])


@lru_cache(maxsize=8)
def glyphless(chars: frozenset[str]) -> frozenset[str]:
    """The characters none of :data:`FONTS` has a glyph for: each is typeset alone on a tiny page
    (one compile for all of them) and compared with a character no font has."""
    if not chars:
        return frozenset()
    ordered = sorted(chars)
    doc = (
        b"#set page(width: 24pt, height: 24pt, margin: 2pt)\n"
        b"#set text(font: json(bytes(sys.inputs.fonts)), fallback: false)\n"
        b"#for c in json(bytes(sys.inputs.cs)) { page(c) }"
    )
    inputs = {"fonts": json.dumps(sheet_fonts()), "cs": json.dumps(["\U0010fffd", *ordered])}
    pages = _compiler().compile(input=doc, format="png", ppi=48, sys_inputs=inputs)
    assert isinstance(pages, list)
    tofu, *rest = pages
    return frozenset(c for c, png in zip(ordered, rest, strict=True) if png == tofu)


#: notes: a larger sheet is typeset in parts, each kept by a hash of its data, so one edit typesets one
#: part again (compiler/emit/sheetparts.py); a smaller one is one document (parts start pages)
CACHED_PARTS_ABOVE = 400
#: notes: a larger sheet's parts are typeset by worker processes (Typst's memory is freed with them)
PARTS_ABOVE = 2000


def compile_sheet(data: dict[str, Any], date: dt.date | None) -> bytes:
    """Typeset sheet data; the PDF's creation date is the content's date, never the clock
    (an undated deck gets a fixed one, so its PDF is reproducible too)."""
    return compile_json(json.dumps(data, ensure_ascii=False), date)


def compile_json(data: str, date: dt.date | None) -> bytes:
    """:func:`compile_sheet` of sheet data already serialized."""
    day = date or dt.date(1980, 1, 1)
    stamp = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
    pdf = _compiler().compile(input=_template(), sys_inputs=_inputs(deck=data), timestamp=stamp, format="pdf")
    assert isinstance(pdf, bytes)
    return pdf


def _inputs(**extra: str) -> dict[str, str]:
    return {"fonts": json.dumps(sheet_fonts()), "mono": MONO, **extra}


@lru_cache(maxsize=1)
def _template() -> bytes:
    return resources.files("compiler.emit").joinpath("cheatsheet.typ").read_bytes()


@lru_cache(maxsize=1)
def _compiler():  # type: ignore[no-untyped-def]
    """One Typst compiler, reused: font loading is the slow part.

    The template is handed over as bytes on each compile and the root is a
    folder holding only copies of the sheet's pictures (:func:`picture_root`),
    so nothing else the sheet typesets can read a file (not even the template's
    own source).
    """
    import typst

    return typst.Compiler(root=picture_root(), font_paths=fonts(), ignore_system_fonts=True)


class MathConverter:
    """Converts a note's formulas, warning once per note and formula that falls back to text."""

    def __init__(self, warn: Callable[[Diagnostic], None], cache: MathCache | None = None):
        self.warn = warn
        self.cache = cache or MathCache(None)
        self.warned: set[tuple[str, str]] = set()

    def __call__(self, tex: str, note: Note) -> str | None:
        code, reason = self.cache.get(tex)
        if code is None and (note.id, tex) not in self.warned:
            self.warned.add((note.id, tex))
            loc = note.primary.locator
            message = f"note {note.id}: formula \\({tex}\\) cannot be typeset ({reason}); the cheat sheet prints it as plain text"
            hint = "correct the formula, or rewrite the text in the deck folder's overrides.toml"
            # grouped by reason: one line per reason, each naming its own places (learner4 N7: a second formula's
            # other reason was counted under the first one's)
            self.warn(Diagnostic(loc.file, loc.line, message, hint, "warning", group=f"formula-fallback:{reason}"))
        return code

    def plain(self, text: str, note: Note) -> str | None:
        """Typst math for a plain-text formula line, or None to print it as text (no warning: text is fine)."""
        return self.cache.get(text, plain=True)[0]
