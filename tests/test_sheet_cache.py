"""A sheet whose input did not change is not typeset again (compiler/emit/pdf.py SheetCache)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from compiler.build import build
from compiler.emit import pdf

CONTENT = Path(__file__).parent.parent / "content"


def _no_typst():  # type: ignore[no-untyped-def]
    raise AssertionError("Typst ran")


def test_an_edit_that_leaves_the_sheet_alone_reuses_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content, out = tmp_path / "content", tmp_path / "build"
    shutil.copytree(CONTENT, content)
    build(content, out, formats=("json", "pdf"), now=1_000)
    sheet = next(out.glob("*.pdf"))
    first = sheet.read_bytes()
    (kept,) = (out / ".cache").glob("sheet-*.pdf")

    source = next((content / "sources").glob("*.md"))
    source.write_text(source.read_text(encoding="utf-8") + "\n\n", encoding="utf-8")  # no item changes
    with monkeypatch.context() as patch:
        patch.setattr(pdf, "compile_json", lambda *args: _no_typst())
        result = build(content, out, formats=("json", "pdf"), now=2_000)
    assert not result.up_to_date, "compiled again, not skipped as up to date"
    assert sheet.read_bytes() == first
    assert [p.name for p in (out / ".cache").glob("sheet-*.pdf")] == [kept.name]

    kept.write_bytes(kept.read_bytes()[:-10] + b"0123456789")  # damaged: typeset again, same bytes
    source.write_text(source.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    build(content, out, formats=("json", "pdf"), now=3_000)
    assert sheet.read_bytes() == first
    assert pdf.SheetCache(out / ".cache").get(kept.name[6:-4]) == first

    # an answer edit changes the sheet: typeset again, and only the new sheet is kept
    essential = content / "sources" / "regularization-20-essential-qa.txt"
    text = essential.read_text(encoding="utf-8")
    essential.write_text(text.replace("acts as ensemble", "acts as an ensemble"), encoding="utf-8")
    build(content, out, formats=("json", "pdf"), now=4_000)
    assert sheet.read_bytes() != first
    assert [p.name for p in (out / ".cache").glob("sheet-*.pdf")] != [kept.name]
    assert len(list((out / ".cache").glob("sheet-*.pdf"))) == 1
