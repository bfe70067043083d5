"""Twenty-second sitting, lead's checks (second worktree): a folder's table that a user pastes as printed."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner
from conftest import new_user_deck

from compiler.cli import main

GIFT = "::Q{n}:: What is {n} + {n}? {{={s} ~{w} ~0}}\n\n::T{n}:: {n} is a number. {{T}}\n"


def test_a_folder_table_pasted_as_printed_changes_no_card_when_a_file_holds_none(tmp_path: Path) -> None:
    """trial23 T23-2: three GIFT quizzes and a GIFT file of essays only: the build printed one table for the three
    (``file = "sources/*.gift"``), and pasting it made the essays' file an ERROR (nothing written). A file a glob
    matches that holds no card is a warning, as it was unlisted; the folder's warning says what the files are."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "moodle").mkdir()
    for n in (2, 3, 4):
        (deck / "sources" / "moodle" / f"quiz{n}.gift").write_text(
            GIFT.format(n=n, s=2 * n, w=2 * n + 1), encoding="utf-8"
        )
    (deck / "sources" / "moodle" / "essays.gift").write_text(
        "::E1:: Write about your summer. {}\n", encoding="utf-8"
    )
    first = CliRunner().invoke(main, ["build", str(deck)])
    assert first.exit_code == 0, first.output
    assert (
        "3 files in sources/moodle/ not listed in deck.toml; read as layout 'markdown' (6 items; each a GIFT quiz, converted to Markdown first)"
        in first.output
    )
    assert "essays.gift:1: warning: not read: a GIFT quiz with no card in it" in first.output
    table = re.search(r"\n(    \[\[source\]\]\n(?:    .+\n)+)", first.output)
    assert table is not None and 'file = "sources/moodle/*.gift"' in table.group(1), first.output
    manifest = deck / "build" / "deck.json"
    before = json.loads(manifest.read_text(encoding="utf-8"))["notes"]
    toml = deck / "deck.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + "\n" + table.group(1).replace("\n    ", "\n").removeprefix("    "),
        encoding="utf-8",
    )
    again = CliRunner().invoke(main, ["build", str(deck)])
    assert again.exit_code == 0, again.output
    assert "essays.gift:1: warning: not read: a GIFT quiz with no card in it" in again.output
    assert "not listed in deck.toml" not in again.output
    after = json.loads(manifest.read_text(encoding="utf-8"))["notes"]
    assert [(n["guid"], n["fields"]) for n in after] == [(n["guid"], n["fields"]) for n in before]


def test_a_file_named_alone_that_holds_no_card_is_still_an_error(tmp_path: Path) -> None:
    """Named by itself in deck.toml, a GIFT file of essays stops the build: the user asked for that file's cards."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "essays.gift").write_text("::E1:: Write about your summer. {}\n", encoding="utf-8")
    toml = deck / "deck.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + '\n[[source]]\nid = "e"\nfile = "sources/essays.gift"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["build", str(deck)])
    assert result.exit_code == 1
    assert "essays.gift:1: error: a GIFT quiz with no card in it" in result.output
