"""A large cheat sheet is typeset in parts, each kept by a hash of its data, and joined (compiler/emit/sheetparts.py);
above pdf.PARTS_ABOVE notes the parts are typeset by worker processes."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from compiler.emit import pdf, sheetparts
from compiler.pipeline import compile_content
from compiler.similarity import HashEmbedder

SECTIONS = ("Optimizers", "Normalization", "Regularization", "Evaluation", "Data")


def _content(folder: Path) -> Path:
    content = folder / "content"
    (content / "sources").mkdir(parents=True)
    body = []
    for s, section in enumerate(SECTIONS):
        body.append(f"## {section}\n")
        for q in range(9):
            body.append(f"**What does rule {s}-{q} of {section.lower()} state?**\n\nRule {s}-{q} states fact {s * 10 + q} in full.\n")
    (content / "sources" / "notes.md").write_text("\n".join(body), encoding="utf-8")
    (content / "deck.toml").write_text(
        '[deck]\nname = "Parts"\n\n[[source]]\nid = "notes"\nfile = "sources/notes.md"\nlayout = "markdown"\n'
        'difficulty = { from = "fixed", default = "medium" }\n',
        encoding="utf-8",
    )
    return content


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return compile_content(_content(tmp_path_factory.mktemp("parts")), now=10**9, embedder=HashEmbedder()).deck


def test_parts_cut_at_group_boundaries_and_a_small_tail_joins_the_last_part() -> None:
    groups = [{"entries": [{}] * n} for n in (4, 4, 3, 5, 1)]
    assert [[len(g["entries"]) for g in part] for part in sheetparts.split(groups, 8)] == [[4, 4], [3, 5, 1]]
    assert [[len(g["entries"]) for g in part] for part in sheetparts.split(groups, 4)] == [[4], [4], [3, 5], [1]]


def test_a_large_sheet_reads_as_one_and_is_reproducible(deck, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf, "PARTS_ABOVE", 20)
    monkeypatch.setattr(sheetparts, "PART_NOTES", 18)  # three parts: two sections, two, one
    monkeypatch.setattr(sheetparts, "WORKER_MIB", 1)  # a worker per part: restarts are exercised
    data = pdf.render(deck, pdf.PdfOptions())
    assert pdf.render(deck, pdf.PdfOptions()) == data, "same content, same bytes"
    reader = PdfReader(BytesIO(data))
    pages = [page.extract_text() for page in reader.pages]
    total = len(pages)
    assert total >= 3, "every part starts a page"
    for n, text in enumerate(pages, start=1):
        assert re.search(rf"page {n} / {total}\b", text), f"page {n} numbers itself {n} of {total}"
    text = "\n".join(pages)
    assert text.count("cheat sheet") == 1, "one title block, on the first page"
    questions = [f"rule {s}-{q} of" for s in range(len(SECTIONS)) for q in range(9)]
    found = [text.find(q) for q in questions]
    assert all(i >= 0 for i in found) and found == sorted(found), "every question, in order"
    flat = re.sub(r"\s+", " ", text)
    assert all(f"fact {s * 10 + q} in full" in flat for s in range(len(SECTIONS)) for q in range(9)), "every answer"
    assert reader.metadata is not None and reader.metadata.title == "Parts"
    assert sheetparts.worker_peak_mib > 0


def test_below_the_limit_the_sheet_is_one_compile(deck, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sheetparts, "typeset_in_parts", lambda *a: pytest.fail("typeset in parts"))
    assert pdf.render(deck, pdf.PdfOptions()).startswith(b"%PDF")


def test_a_failing_worker_is_an_error_naming_the_part(deck, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(pdf, "PARTS_ABOVE", 20)
    monkeypatch.setattr(sheetparts, "PART_NOTES", 9)
    worker = tmp_path / "crashing-python"
    worker.write_text("#!/bin/sh\necho 'MemoryError: out of memory' >&2\nexit 3\n", encoding="utf-8")
    worker.chmod(0o755)
    monkeypatch.setattr(sheetparts.sys, "executable", str(worker))
    with pytest.raises(OSError, match=r"typesetting part 1 of the cheat sheet failed \(MemoryError: out of memory\)"):
        pdf.render(deck, pdf.PdfOptions())


def test_one_edit_typesets_one_part_and_writes_what_a_clean_build_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """trial6 F25: one edited answer re-typeset the whole sheet of a large deck; now only its part (and the
    page numbers, typeset alone), and the joined sheet is the bytes a clean build writes."""
    from compiler.build import build

    monkeypatch.setattr(pdf, "CACHED_PARTS_ABOVE", 20)
    monkeypatch.setattr(sheetparts, "CACHE_PART_NOTES", 9)  # a part per section
    typeset: list[str] = []
    compile_json = pdf.compile_json
    monkeypatch.setattr(pdf, "compile_json", lambda text, date: typeset.append(text) or compile_json(text, date))
    content = _content(tmp_path)
    out, cache = tmp_path / "build", tmp_path / "build" / ".cache"
    build(content, out, formats=("pdf",), now=1_000)
    assert len(typeset) == len(SECTIONS) + 1, "every part, and the numbers"
    first = (out / "parts.pdf").read_bytes()
    parts = sorted(p.name for p in cache.glob("sheetpart-*.pdf"))
    assert len(parts) == len(SECTIONS)
    pages = [page.extract_text() for page in PdfReader(BytesIO(first)).pages]
    assert all(re.search(rf"page {n} / {len(pages)}\b", text) for n, text in enumerate(pages, start=1))
    assert all("45 notes" in text for text in pages), "the note count on every page, from the numbers document"

    source = content / "sources" / "notes.md"
    source.write_text(source.read_text(encoding="utf-8").replace("fact 24 in full", "fact 24 in full, edited"), encoding="utf-8")
    typeset.clear()
    build(content, out, formats=("pdf",), now=2_000)
    edited = [t for t in typeset if '"numbers"' not in t]
    assert len(typeset) == 2 and len(edited) == 1 and "fact 24 in full, edited" in edited[0], "one part, and the numbers"
    incremental = (out / "parts.pdf").read_bytes()
    assert incremental != first
    now = sorted(p.name for p in cache.glob("sheetpart-*.pdf"))
    assert len(now) == len(SECTIONS) and len(set(now) - set(parts)) == 1, "the edited part replaces its old one"

    clean = tmp_path / "clean"
    build(content, clean, formats=("pdf",), now=3_000)
    assert (clean / "parts.pdf").read_bytes() == incremental, "incremental == clean"
