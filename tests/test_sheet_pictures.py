"""Pictures on the printed sheet (compiler/emit/pdf.py Pictures, cheatsheet.typ ``picture``): a note's
picture prints, scaled to its column, from the media files the .apkg packs; a format Typst cannot read
prints as ``[image: …]`` with one warning; no path can make Typst read a file outside the deck."""

from __future__ import annotations

import re
import struct
import zlib
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from compiler.build import build
from compiler.emit import pdf, sheetparts
from compiler.model import Block, BlockKind

GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
BMP = bytes.fromhex(
    "424d3a000000000000003600000028000000010000000100000001001800000000000400000000000000000000000000000000000000"
    "0000ff00"
)
SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60">'
    '<rect x="5" y="5" width="50" height="50" fill="red"/><text x="60" y="35">Axon</text></svg>'
)


def png(width: int, height: int, shade: int = 0) -> bytes:
    """An RGB PNG of stripes (a stand-in for a diagram); ``shade`` changes its pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(
        b"\0" + bytes(v for x in range(width) for v in ((x * 7 + y + shade) % 256, (y * 3) % 256, 128)) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _deck(tmp: Path) -> Path:
    content = tmp / "content"
    sources = content / "sources"
    sources.mkdir(parents=True)
    (sources / "neuron.png").write_bytes(png(400, 300))
    (sources / "spark.gif").write_bytes(GIF)
    (sources / "axon.svg").write_text(SVG, encoding="utf-8")
    (sources / "scan.bmp").write_bytes(BMP)
    (sources / "broken.png").write_bytes(png(20, 20)[:40])  # a PNG header, then nothing
    (sources / "bio.md").write_text(
        "# Biology\n\n"
        "## What does a neuron look like?\n\n![neuron diagram 神经元](neuron.png)\n\nA cell body, dendrites and an axon.\n\n"
        "## What is shown? ![spark](spark.gif)\n\nA spark.\n\n"
        "# Nerves\n\n## Which part carries the signal away?\n\n- the axon ![axon](axon.svg) in the drawing\n- not the dendrites\n\n"
        "# Files\n\n## What does the old scan show?\n\n![old scan](scan.bmp)\n\nA synapse.\n\n"
        "## What does the broken file show?\n\n![broken figure](broken.png)\n\nNothing.\n\n"
        "## Which cell is it?\n\n| picture | name |\n|---|---|\n| ![cell](neuron.png) | neuron |\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text(
        '[deck]\nname = "Bio"\ndate = "2026-01-02"\n\n[[source]]\nid = "bio"\nfile = "sources/bio.md"\nlayout = "markdown"\n',
        encoding="utf-8",
    )
    return content


def _images(data: bytes) -> list[tuple[int, int]]:
    """Every image XObject of the PDF (also those inside forms), as (width, height) in pixels."""
    found: list[tuple[int, int]] = []

    def walk(resources) -> None:  # type: ignore[no-untyped-def]
        xobjects = resources.get("/XObject") if resources else None
        for ref in (xobjects.get_object() if xobjects else {}).values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                found.append((int(obj["/Width"]), int(obj["/Height"])))
            elif "/Resources" in obj:
                walk(obj["/Resources"].get_object())

    for page in PdfReader(BytesIO(data)).pages:
        walk(page["/Resources"].get_object())
    return found


def _text(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages))


def test_pictures_print_and_the_sheet_stays_reproducible(tmp_path: Path) -> None:
    content = _deck(tmp_path)
    out = tmp_path / "build"
    result = build(content, out, formats=("pdf",), now=1_000)
    sheet = (out / "bio.pdf").read_bytes()
    images = _images(sheet)
    assert (400, 300) in images and (1, 1) in images, "the PNG and the GIF are image XObjects"
    text = _text(sheet)
    assert "Axon" in text, "the SVG is drawn (its text is in the PDF)"
    for alt in ("neuron diagram 神经元", "spark", "axon", "cell"):
        assert f"[image: {alt}]" not in text
    assert "[image: old scan]" in text and "[image: broken figure]" in text, "what cannot print says where it is"
    [warning] = [w for w in result.summary.warnings if "cheat sheet cannot print" in w.message]
    assert "2 pictures" in warning.message and "broken.png" in warning.message and "scan.bmp" in warning.message
    assert warning.file.endswith("bio.md")
    assert not [w for w in result.summary.warnings if "no glyph" in w.message], "alt text is not printed: no glyph check"

    again = tmp_path / "again"
    build(content, again, formats=("pdf",), now=2_000)
    assert (again / "bio.pdf").read_bytes() == sheet, "same content, same bytes"


def test_a_changed_picture_is_typeset_again(tmp_path: Path) -> None:
    content = _deck(tmp_path)
    out = tmp_path / "build"
    build(content, out, formats=("pdf",), now=1_000)
    first = (out / "bio.pdf").read_bytes()
    (content / "sources" / "neuron.png").write_bytes(png(400, 300, shade=50))  # same size, other pixels
    build(content, out, formats=("pdf",), now=2_000)
    changed = (out / "bio.pdf").read_bytes()
    assert changed != first, "the picture's bytes are part of the sheet cache's key"
    clean = tmp_path / "clean"
    build(content, clean, formats=("pdf",), now=3_000)
    assert (clean / "bio.pdf").read_bytes() == changed, "incremental == clean"
    (content / "sources" / "neuron.png").write_bytes(png(400, 300))
    build(content, out, formats=("pdf",), now=4_000)
    assert (out / "bio.pdf").read_bytes() == first


def _with_answer(deck, html: str, sheet: bool = False):  # type: ignore[no-untyped-def]
    """The deck with its first note's answer (or override ``sheet`` text) replaced by this HTML."""
    note = deck.notes[0]
    block = [Block(kind=BlockKind.html, text=html)]
    item = note.primary.model_copy(update={"sheet": block} if sheet else {"answer": block})
    return deck.model_copy(update={"notes": [note.model_copy(update={"items": [item, *note.items[1:]]}), *deck.notes[1:]]})


def test_no_path_reads_a_file_outside_the_deck(tmp_path: Path) -> None:
    """Only the deck's media files print, by their bare name; Typst's root holds nothing but their copies,
    and an SVG linking a file (outside the deck or not) is refused by Typst and prints as text."""
    from compiler.pipeline import compile_content
    from compiler.similarity import HashEmbedder

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.png").write_bytes(png(33, 17))
    content = _deck(tmp_path)
    (content / "sources" / "links.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="40">'
        f'<image href="{outside / "secret.png"}" width="20" height="20"/>'
        '<image xlink:href="../../outside/secret.png" x="20" width="20" height="20"/></svg>',
        encoding="utf-8",
    )
    (content / "sources" / "bio.md").write_text(
        (content / "sources" / "bio.md").read_text(encoding="utf-8") + "\n## What do the links show?\n\n![links](links.svg)\n",
        encoding="utf-8",
    )
    deck = compile_content(content, now=1_000, embedder=HashEmbedder()).deck
    assert any(m.endswith("links.svg") for m in deck.media)
    hostile = [
        '<p><img src="../../outside/secret.png" alt="a"></p>',
        f'<p><img src="{outside / "secret.png"}" alt="b"></p>',
        f'<p><img src="file://{outside / "secret.png"}" alt="c"></p>',
        '<p><img src="../../../../../../etc/passwd" alt="d"></p>',
        '<p><img src="secret.png" alt="e"></p>',  # a bare name that is not one of the deck's media files
    ]
    warnings: list[str] = []
    options = pdf.PdfOptions(warn=lambda d: warnings.append(d.message))
    for n, html in enumerate(hostile):
        for sheet in (False, True):  # the answer, and an override's sheet text (not seen by the media pass)
            data = pdf.render(_with_answer(deck, html, sheet), options)
            assert (33, 17) not in _images(data)
            assert f"[image: {'abcde'[n]}]" in _text(data)
    assert "links.svg" in " ".join(warnings) and "[image: links]" in _text(data), "the SVG's links are refused"
    root = Path(pdf.picture_root())
    assert all(re.fullmatch(r"[0-9a-f]{32}\.(png|jpg|gif|webp|svg)", p.name) for p in root.iterdir())
    assert (400, 300) in _images(data), "the deck's own pictures still print"


def test_a_large_sheet_in_parts_prints_its_pictures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker processes that typeset a large sheet read the pictures their parent copied."""
    from compiler.pipeline import compile_content
    from compiler.similarity import HashEmbedder

    deck = compile_content(_deck(tmp_path), now=1_000, embedder=HashEmbedder()).deck
    whole = pdf.render(deck, pdf.PdfOptions(warn=lambda d: None))
    monkeypatch.setattr(pdf, "PARTS_ABOVE", 2)
    monkeypatch.setattr(sheetparts, "PART_NOTES", 1)
    typeset = sheetparts._typeset
    jobs: list[int] = []
    monkeypatch.setattr(sheetparts, "_typeset", lambda j, *rest: jobs.append(len(j)) or typeset(j, *rest))
    parts = pdf.render(deck, pdf.PdfOptions(warn=lambda d: None))
    assert jobs and jobs[0] > 1, "typeset in parts"
    assert set(_images(parts)) == set(_images(whole)) and (400, 300) in _images(parts)  # each part embeds its own copy


def test_a_picture_too_large_to_decode_prints_as_text(tmp_path: Path) -> None:
    """A small file whose header says 100,000 × 100,000 pixels (a decompression bomb) never reaches Typst,
    which would decode it whole (40 GB)."""
    from types import SimpleNamespace

    ihdr = b"IHDR" + struct.pack(">IIBBBBB", 100_000, 100_000, 8, 2, 0, 0, 0)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + ihdr + struct.pack(">I", zlib.crc32(ihdr)))
    assert pdf.pixels(bomb.read_bytes(), "png") == (100_000, 100_000)
    pictures = pdf.Pictures(SimpleNamespace(media=[str(bomb)]))  # type: ignore[arg-type]
    assert pictures("bomb.png", SimpleNamespace()) is None  # type: ignore[arg-type]
    assert "more than 50 megapixels (100000 × 100000)" in pictures.unprintable["bomb.png"][1]
