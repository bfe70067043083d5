"""Issue 13, thirty-fifth sitting: work a compile no longer redoes.

The reading of an unchanged content folder is replayed from the last compile's record
(compiler/readcache.py): the first `deckc lint` after a build reads no document, and what
it replays is what reading gives.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import real_content_copy

from compiler import cachefile, pipeline, readcache
from compiler.cli import main
from compiler.pipeline import Compiled, compile_content

MESSY = {  # documents with warnings, tables suggested for unlisted files, a file that is no document, a picture
    "deck.toml": '[deck]\nname = "Messy"\n',
    "sources/capitals.txt": "Q: What is the capital of France?\nA: Paris\n\nQ: What is the capital of Peru?\n\n"
    "Q: What is the capital of Chile?\nA: Santiago\n",
    "sources/quiz.md": "# Quiz\n\n1. Which planet is largest?\n   a) Mars\n   b) Jupiter\n   c) Venus\n\n"
    "2. Which gas do plants take in?\n   a) Oxygen\n   b) Carbon dioxide\n\nAnswers: 1-b, 2-b\n",
    "sources/notes.md": "# Cells\n\n## What is a ribosome?\n\nWhere proteins are made. ![cell](cell.png)\n\n"
    "## What does the nucleus hold?\n\nThe DNA.\n\nSome prose under no question at all.\n",
    "sources/tool.exe": "MZ\x00\x01binary",
}


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def reading(compiled: Compiled) -> tuple[Any, ...]:
    """Everything a compile's reading decides, as the later passes and the user see it."""
    return (
        [i.model_dump() for i in compiled.items],
        [s.model_dump() for s in compiled.deck.sources],
        [d.text() for d in compiled.diagnostics.items],
        [(n.guid, n.fields, n.tags) for n in compiled.deck.notes],
        sorted(compiled.documents),
    )


def compiled_with(content: Path, cache: Path | None) -> Compiled:
    with cachefile.collect():
        compiled = compile_content(content, now=10**9, cache_dir=cache)
        compiled.dupes.persist()  # the build's and lint's cache writers (the record among them)
    return compiled


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The content folders :func:`compiler.read.read_sources` was called on, in order (it still reads)."""
    calls: list[Path] = []
    real: Callable[..., Any] = pipeline.read_sources

    def counted(content_dir: Path, *args: Any, **kwargs: Any) -> Any:
        calls.append(Path(content_dir))
        return real(content_dir, *args, **kwargs)

    monkeypatch.setattr(pipeline, "read_sources", counted)
    return calls


@pytest.mark.parametrize("deck", ["seed", "messy", "corpus"])
def test_an_unchanged_folder_is_not_read_again_and_replays_what_reading_gives(
    deck: str, tmp_path: Path, reads: list[Path]
) -> None:
    content = tmp_path / "content"
    if deck == "seed":
        real_content_copy(content)
    elif deck == "messy":
        write(content, MESSY)
    else:  # real public documents dropped into sources/ with no [[source]] table (each gets one suggested)
        corpus = os.environ.get("DECKC_CORPUS")
        if not corpus or not Path(corpus).is_dir():
            pytest.skip("DECKC_CORPUS not set")
        write(content, {"deck.toml": '[deck]\nname = "Corpus"\n'})
        (content / "sources").mkdir()
        for doc in sorted(Path(corpus).glob("*.*")):
            shutil.copy(doc, content / "sources" / doc.name)
    clean = compiled_with(content, None)
    first = compiled_with(content, tmp_path / "cache")
    assert (tmp_path / "cache" / readcache.NAME).is_file()
    again = compiled_with(content, tmp_path / "cache")
    assert reads == [content, content], "the third compile read the documents again"
    assert reading(again) == reading(first) == reading(clean)
    assert [w for w in again.diagnostics.grouped_warnings] == [w for w in clean.diagnostics.grouped_warnings]
    if deck == "messy":  # (the test means something: warnings and a suggested table, replayed)
        said = "\n".join(str(w) for w in again.diagnostics.grouped_warnings)
        assert "sources/capitals.txt:4" in said and "tool.exe" in said, said


@pytest.mark.parametrize(
    ("change", "read"),
    [("an edited document", True), ("a new document", True), ("a removed document", True), ("deck.toml", True),
     ("a stray file", True), ("a picture the notes show", False)],  # (pictures: the media pass, after reading)
)
def test_a_change_to_what_reading_read_reads_again(change: str, read: bool, tmp_path: Path, reads: list[Path]) -> None:
    content = write(tmp_path / "content", {**MESSY, "sources/cell.png": "not yet a picture"})
    compiled_with(content, tmp_path / "cache")
    if change == "an edited document":
        path = content / "sources/capitals.txt"
        path.write_text(path.read_text(encoding="utf-8").replace("Paris", "Paris, on the Seine"), encoding="utf-8")
    elif change == "a new document":
        write(content, {"sources/more.txt": "Q: What is 2 + 2?\nA: 4\n"})
    elif change == "a removed document":
        (content / "sources/quiz.md").unlink()
    elif change == "deck.toml":
        write(content, {"deck.toml": '[deck]\nname = "Messy"\n\n[[source]]\nfile = "sources/capitals.txt"\nid = "caps"\n'})
    elif change == "a picture the notes show":
        (content / "sources/cell.png").unlink()
    else:
        write(content, {"sources/data.bin": "\x00\x01\x02"})
    again = compiled_with(content, tmp_path / "cache")
    assert len(reads) == 1 + read, f"{change}: read again or not"
    assert reading(again) == reading(compiled_with(content, None))
    if not read:
        assert any("cell.png" in str(w) for w in again.diagnostics.grouped_warnings)


def test_changes_the_passes_after_reading_use_replay_it_and_build_what_a_clean_build_writes(
    tmp_path: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """decisions.toml, topics.toml and the lock are no input of reading: a build after an edit of one of them
    takes the reading from the record and writes the bytes a build of the same content without any cache writes."""
    monkeypatch.setattr(pipeline.time, "time", lambda: 1_800_000_000)
    content = real_content_copy(tmp_path / "content")

    def build(folder: Path, out: Path) -> None:
        result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--only", "json,csv"])
        assert result.exit_code == 0, result.output

    build(content, tmp_path / "incremental")
    topics = content / "topics.toml"
    topics.write_text(topics.read_text(encoding="utf-8").replace('name = "regularization"', 'name = "regularisation"'), encoding="utf-8")
    build(content, tmp_path / "incremental")
    assert reads == [content], "the build after a topics.toml edit read the documents again"
    clean = tmp_path / "clean-content"
    shutil.copytree(content, clean)
    build(clean, tmp_path / "clean")
    for name in ("regularization.json", "regularization.csv"):
        assert (tmp_path / "incremental" / name).read_bytes() == (tmp_path / "clean" / name).read_bytes()
    assert b"regularisation" in (tmp_path / "incremental" / "regularization.json").read_bytes()


def test_a_replayed_compile_keeps_the_item_cache_it_did_not_read(tmp_path: Path, reads: list[Path]) -> None:
    """The item cache keeps only the entries a compile used: a replayed one marks its reading's as used, so an
    edit after it parses only the edited document, not all of them again."""
    content = real_content_copy(tmp_path / "content")
    compiled_with(content, tmp_path / "cache")
    kept = sorted(p.name for p in (tmp_path / "cache" / "items").iterdir())
    compiled_with(content, tmp_path / "cache")
    assert reads == [content]
    assert sorted(p.name for p in (tmp_path / "cache" / "items").iterdir()) == kept


def test_a_damaged_record_is_said_and_read_again(tmp_path: Path, reads: list[Path]) -> None:
    content = write(tmp_path / "content", MESSY)
    first = compiled_with(content, tmp_path / "cache")
    path = tmp_path / "cache" / readcache.NAME
    path.write_bytes(path.read_bytes().replace(b'"format"', b'"formal"', 1))
    with cachefile.collect() as notices:
        again = compile_content(content, now=10**9, cache_dir=tmp_path / "cache")
    assert reads == [content, content]
    assert any(readcache.NAME in n and "damaged" in n for n in notices), notices
    assert reading(again) == reading(first)


def test_the_first_lint_after_a_build_reads_no_document(tmp_path: Path) -> None:
    """The real command, a process of its own: reading is replaced by one that fails, so the lint can only
    answer from the record the build wrote; its answer is the one a lint that reads gives."""
    content = real_content_copy(tmp_path / "content")
    build = tmp_path / "build"
    run = [sys.executable, "-c", "import sys; from compiler.cli import main; sys.argv[0] = 'deckc'; main()"]
    subprocess.run([*run, "build", str(content), "-o", str(build), "--only", "json"], check=True, capture_output=True)
    probe = (
        "import sys\n"
        "from compiler.build import compiler_imported\n"
        "from compiler import pipeline\n"
        "compiler_imported()\n"
        "def read_sources(*args, **kwargs):\n"
        "    raise SystemExit('read again')\n"
        "pipeline.read_sources = read_sources\n"
        "from compiler.cli import main; sys.argv[0] = 'deckc'; main()\n"
    )
    replayed = subprocess.run([sys.executable, "-c", probe, "lint", str(content), "-o", str(build)], capture_output=True, text=True)
    assert replayed.returncode == 0, replayed.stderr
    (build / ".cache" / readcache.NAME).unlink()
    shutil.rmtree(build / ".cache" / "answers")
    read = subprocess.run([*run, "lint", str(content), "-o", str(build)], capture_output=True, text=True)
    assert (replayed.stdout, replayed.stderr) == (read.stdout, read.stderr)
    assert "deckc lint: 183 items, 0 errors, 0 warnings" in replayed.stdout


def test_what_a_replayed_reading_read_is_still_watched(tmp_path: Path) -> None:
    """A build that replays the reading tells the up-to-date check (and a lint's recorded answer) every file the
    reading read, as reading does: an edit of a document after it is built, not taken for 'nothing changed'."""
    content = write(tmp_path / "content", MESSY)
    out = tmp_path / "build"

    def build() -> str:
        result = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
        assert result.exit_code == 0, result.output
        return result.output

    def lint() -> str:
        return CliRunner().invoke(main, ["lint", str(content), "-o", str(out)]).output

    build()
    write(content, {"decisions.toml": "# nothing decided\n"})  # (not read by reading: the next build replays it)
    build()
    assert "What is the capital of Chile" not in lint()
    path = content / "sources/capitals.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nQ: What is the capital of Chile?\nA: Santiago de Chile\n", encoding="utf-8")
    build()
    assert "Santiago de Chile" in (out / "messy.json").read_text(encoding="utf-8")
    assert "What is the capital of Chile" in lint()  # (said twice now: the lint's answer was not replayed)
