"""Twenty-second sitting, lead's checks: messages about a folder named as a source and a link loop."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import deck_of

from compiler.cli import main

QA = "Q: What is 2+2?\nA: Four.\n\nQ: What is 3+3?\nA: Six.\n"


def test_a_folder_named_as_a_source_is_told_the_glob_that_reads_it(tmp_path: Path) -> None:
    """trial22 T22-40: 'name one document' hid the glob form; the message now writes it, with the folder's suffix."""
    deck = deck_of(tmp_path, {"adir/a.txt": QA, "adir/b.txt": QA.replace("2+2", "4+4"), "adir/pic.png": "x"},
                   '\n[[source]]\nid = "adir"\nfile = "sources/adir"\n')  # fmt: skip
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "deck.toml:6: error: source 'sources/adir' is a folder, not a file" in result.output
    assert 'write `file = "sources/adir/*.txt"`' in result.output
    assert not (tmp_path / "out").exists()
    toml = deck / "deck.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('"sources/adir"', '"sources/adir/*.txt"'), encoding="utf-8"
    )
    again = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert again.exit_code == 0, again.output
    assert "read 4 items from 2 sources" in again.output


def test_an_empty_folder_named_as_a_source_says_it_holds_no_document(tmp_path: Path) -> None:
    deck = deck_of(tmp_path, {"a.txt": QA}, '\n[[source]]\nid = "e"\nfile = "sources/empty"\n')
    (deck / "sources" / "empty").mkdir()
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "the folder holds no document deckc reads" in result.output


def test_a_link_loop_in_sources_is_called_a_loop_not_a_link_to_nothing(tmp_path: Path) -> None:
    """trial22 T22-40: loop1 -> loop2 -> loop1 was 'a broken link (it points at nothing)'."""
    deck = deck_of(tmp_path, {"a.txt": QA})
    (deck / "sources" / "loop1").symlink_to("loop2")
    (deck / "sources" / "loop2").symlink_to("loop1")
    (deck / "sources" / "gone").symlink_to("nowhere")
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    [loop] = [line for line in result.output.splitlines() if "loops" in line]
    assert "sources/loop1: warning: not read: a symbolic link that loops" in loop
    assert "also at sources/loop2" in loop
    assert "sources/gone: warning: not read: a broken link (it points at nothing)" in result.output
