"""lint, stats and diff replay what they printed while nothing they depend on changed (compiler/answers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from compiler import cachefile
from compiler.cli import main

DECK = """[deck]
name = "T"

[[source]]
id = "one"
file = "sources/one.txt"
layout = "grill"
"""
# the second answer has a hole (a formula stripped after 'by'): lint exits 1
ONE = "A. Basics\n1. What is batch normalization? Normalizes each feature over the batch.\n2. What is dropout? Zeroes units, then scales by . Then trains.\n"
COMMANDS = (["lint"], ["stats"], ["stats", "--json"], ["diff"], ["diff", "--json"], ["diff", "--changes-only"])


@pytest.fixture
def built(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(DECK, encoding="utf-8")
    (content / "sources" / "one.txt").write_text(ONE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content)])
    assert result.exit_code == 0, result.output
    return content


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    import compiler.pipeline

    monkeypatch.setattr(compiler.pipeline, "compile_content", lambda *a, **k: pytest.fail("compiled"))


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_second_run_prints_the_same_without_compiling(built: Path, command: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    first = run(*command, str(built))
    assert first.exit_code == (1 if command == ["lint"] else 0), first.output
    no_compiling(monkeypatch)
    second = run(*command, str(built))
    assert (second.exit_code, second.stdout, second.stderr) == (first.exit_code, first.stdout, first.stderr)


def test_any_change_compiles_again(built: Path) -> None:
    assert "1 hole" in run("lint", str(built)).output
    source = built / "sources" / "one.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("scales by . Then", "scales by 2. Then"), encoding="utf-8")
    again = run("lint", str(built))
    assert again.exit_code == 0 and "0 holes" in again.output
    assert "0 new, 1 updated" in run("diff", str(built)).output  # the lock is an input too: it was not rebuilt


def test_a_damaged_answer_is_discarded_and_compiled_again(built: Path) -> None:
    first = run("stats", str(built))
    path = built.parent / "build" / ".cache" / "answers" / "stats.json"
    data = path.read_bytes()
    path.write_bytes(data.replace(b"\"status\": 0", b"\"status\": 1"))  # checksum no longer matches
    assert path.read_bytes() != data
    with cachefile.collect() as notices:
        again = run("stats", str(built))
    assert again.stdout == first.stdout
    assert any("cache damaged" in n for n in notices) or "cache damaged" in again.stderr


def test_without_a_build_folder_nothing_is_recorded(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(DECK, encoding="utf-8")
    (content / "sources" / "one.txt").write_text(ONE, encoding="utf-8")
    assert run("stats", str(content)).exit_code == 0
    assert not (tmp_path / "build").exists()
