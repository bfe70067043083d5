"""`deckc init DIR`: a new deck folder that builds at once, and never overwrites one."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from compiler.cli import main


def test_init_makes_a_deck_that_builds(tmp_path: Path) -> None:
    folder = tmp_path / "my-deck"
    result = CliRunner().invoke(main, ["init", str(folder)])
    assert result.exit_code == 0, result.output
    assert (folder / "deck.toml").is_file() and (folder / "sources" / "example.md").is_file()
    assert "deckc build" in result.output
    built = CliRunner().invoke(main, ["build", str(folder), "-o", str(tmp_path / "out"), "--only", "apkg,json"])
    assert built.exit_code == 0, built.output
    assert "wrote 3 notes, 0 warnings" in built.output
    assert (tmp_path / "out" / "my-deck.apkg").is_file()


def test_init_refuses_an_existing_deck_or_a_folder_in_use(tmp_path: Path) -> None:
    folder = tmp_path / "deck"
    assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
    before = (folder / "deck.toml").read_bytes()
    again = CliRunner().invoke(main, ["init", str(folder)])
    assert again.exit_code == 1 and "already holds a deck" in again.output
    assert (folder / "deck.toml").read_bytes() == before
    used = tmp_path / "used"
    used.mkdir()
    (used / "notes.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(main, ["init", str(used)])
    assert result.exit_code == 1 and "not empty" in result.output
    assert not (used / "deck.toml").exists()
