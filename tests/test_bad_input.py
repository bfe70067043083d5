"""Bad input gets a clear message naming the file, exit status 1, and no output files."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from compiler.cli import main

CONFIG = """[deck]
name = "Test"

[[source]]
id = "doc"
file = "sources/doc.txt"
{layout}
"""


def make_content(tmp: Path, data: bytes, layout: str = 'layout = "grill"', name: str = "doc.txt") -> Path:
    content = tmp / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(CONFIG.format(layout=layout).replace("doc.txt", name), encoding="utf-8")
    (content / "sources" / name).write_bytes(data)
    return content


def run_build(content: Path, out: Path) -> Result:
    return CliRunner().invoke(main, ["build", str(content), "-o", str(out)])


def assert_failed(result: Result, out: Path, *needles: str) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    for needle in needles:
        assert needle in result.output, result.output
    assert not out.exists() or not any(out.iterdir()), "no output may be written"


def test_empty_file(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"")
    assert_failed(run_build(content, tmp_path / "out"), tmp_path / "out", "sources/doc.txt", "empty")


def test_binary_file(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert_failed(run_build(content, tmp_path / "out"), tmp_path / "out", "sources/doc.txt", "binary")


def test_latin1_file(tmp_path: Path) -> None:
    """A Latin-1/cp1252 file whose [[source]] names no encoding is read as cp1252 with a warning at its first such
    byte (trial29 T29-39: it was an error that stopped the deck)."""
    data = "A. Basics\n1. What is caf\u00e9? A place.\n".encode("latin-1")
    content = make_content(tmp_path, data)
    result = run_build(content, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "sources/doc.txt:2: warning: not UTF-8 (byte 0xe9): read as cp1252" in result.output


def test_no_recognisable_items_with_named_layout(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"Just some prose.\nNothing to ask here.\n")
    assert_failed(run_build(content, tmp_path / "out"), tmp_path / "out", "sources/doc.txt", "no items")


def test_undetectable_layout_says_what_to_add(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"Just some prose.\nNothing to ask here.\n", layout="")
    assert_failed(run_build(content, tmp_path / "out"), tmp_path / "out", "sources/doc.txt", "layout =", "deck.toml")


def test_broken_config(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"A. Basics\n1. What? Yes.\n")
    (content / "deck.toml").write_text('[deck]\nname = "x\n', encoding="utf-8")
    assert_failed(run_build(content, tmp_path / "out"), tmp_path / "out", "deck.toml:2", "invalid TOML")


def test_config_with_unknown_key(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"A. Basics\n1. What? Yes.\n", layout='layuot = "grill"')
    assert_failed(run_build(content, tmp_path / "out"), tmp_path / "out", "deck.toml:7", "layuot")


def test_unknown_layout_name(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"A. Basics\n1. What? Yes.\n", layout='layout = "slides"')
    assert_failed(run_build(content, tmp_path / "out"), tmp_path / "out", "slides", "grill")


def test_missing_config(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    assert_failed(run_build(tmp_path / "content", tmp_path / "out"), tmp_path / "out", "deck.toml", "not found")


def test_markdown_errors_name_file_and_line(tmp_path: Path) -> None:
    md = "# Topic\n\n## What is one? {#same}\n\nOne.\n\n## What is two? {#same}\n\nTwo.\n"
    content = make_content(tmp_path, md.encode(), layout='layout = "markdown"', name="doc.md")
    assert_failed(run_build(content, tmp_path / "out"), tmp_path / "out", "sources/doc.md:7", "same")


def test_failed_build_keeps_previous_outputs(tmp_path: Path) -> None:
    """A failing rebuild must not touch the files a previous good build wrote."""
    content = make_content(tmp_path, b"A. Basics\n1. What is it? It is.\n")
    out = tmp_path / "out"
    assert run_build(content, out).exit_code == 0, "good build"
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (content / "sources" / "doc.txt").write_bytes(b"")
    assert run_build(content, out).exit_code == 1
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_backup_and_media_files_in_sources_are_ignored(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"A. Basics\n1. What is it? It is.\n")
    (content / "sources" / "doc.txt~").write_bytes(b"\x00garbage")
    (content / "sources" / "figure.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    result = run_build(content, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "wrote 1 note," in result.output


def test_unlisted_source_is_compiled_with_a_warning(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"A. Basics\n1. What is it? It is.\n")
    (content / "sources" / "extra.md").write_text("# T\n\n## What is extra?\n\nMore.\n", encoding="utf-8")
    result = run_build(content, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "sources/extra.md: warning: not listed in deck.toml; read as layout 'markdown' (1 item)" in result.output
    assert 'layout = "markdown"' in result.output


def test_missing_source_file_points_at_config_line(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"A. Basics\n1. What is it? It is.\n")
    (content / "sources" / "doc.txt").unlink()
    assert_failed(run_build(content, tmp_path / "out"), tmp_path / "out", "deck.toml:6", "not found")


def test_unknown_key_suggests_the_right_one(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"A. Basics\n1. What? Yes.\n", layout='layuot = "grill"')
    assert_failed(run_build(content, tmp_path / "out"), tmp_path / "out", "unknown key 'layuot'", "did you mean 'layout'?")


def test_output_blocked_by_directory_names_the_file(tmp_path: Path) -> None:
    content = make_content(tmp_path, b"A. Basics\n1. What is it? It is.\n")
    out = tmp_path / "out"
    (out / "test.json").mkdir(parents=True)
    result = run_build(content, out)
    assert result.exit_code == 1
    assert "test.json" in result.output
    assert sorted(p.name for p in out.iterdir() if p.name != ".cache") == ["test.json"], "nothing else written, no temp files left"


def test_a_reader_fault_names_its_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """trial11 P54: a fault inside a reader was 'internal error (StopIteration: )' naming no file. Now it is an
    error on the document being read, saying how to build the others meanwhile; nothing is written. (The fault
    is planted: the real one found, P53, is fixed and tested in test_first_try.py.)"""
    from compiler.sources.markdown import MarkdownReader

    def broken(self: MarkdownReader, *args: object) -> list[object]:
        raise StopIteration

    monkeypatch.delenv("DECKC_DEBUG", raising=False)
    monkeypatch.setattr(MarkdownReader, "read", broken)
    content = make_content(tmp_path, b"## What is X?\n\nX.\n", layout='layout = "markdown"', name="notes.md")
    out = tmp_path / "out"
    result = run_build(content, out)
    assert_failed(result, out, "sources/notes.md: error: deckc's 'markdown' reader failed on this document", "rename it #notes.md")
