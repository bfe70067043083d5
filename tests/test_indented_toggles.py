"""Toggles written over indented lines and fill-in-the-blank summaries (lead's new-user check, seventh sitting); quiz
options written as plain lines (learner L32).

katademy-decks/kubernetes writes 251 flashcards as ``<details>`` / tab + ``<summary>`` / two tabs + the
question / ``</summary>`` / the answer: detection saw no question (its summary test read one line at a
time), so each file became one 'note' card holding the whole page; and a summary that asks with a blank
(``A _____ limits …``) was text outside any question.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import drop_in

from compiler.cli import main


def test_indented_toggles_and_blank_summaries_are_questions(tmp_path: Path) -> None:
    content = drop_in(tmp_path, "indented-toggles.md")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out"), "--only", "json"])
    assert result.exit_code == 0, result.output
    assert "read as layout 'markdown' (4 items)" in result.output
    notes = json.loads((tmp_path / "out" / "mine.json").read_text(encoding="utf-8"))["notes"]
    fronts = sorted(n["fields"]["Question"] for n in notes)
    assert len(fronts) == 4
    assert any("A _____ limits the number of pods" in f for f in fronts)
    assert any("Pods in _____ state" in f for f in fronts)


def test_options_written_as_plain_lines_are_options(tmp_path: Path) -> None:
    """learner L32: `a) …` / `A. …` option lines of one paragraph (no bullets) made Basic cards whose front had no
    options and whose back ran them together on one line."""
    content = drop_in(tmp_path, "plain-options.md")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out"), "--only", "json"])
    assert result.exit_code == 0, result.output
    notes = {n["fields"]["Question"]: n for n in json.loads((tmp_path / "out" / "mine.json").read_text(encoding="utf-8"))["notes"]}
    quick = notes["What is the worst case of quicksort?"]
    assert quick["notetype"] == "deckc Multiple choice" and quick["fields"]["Correct"].startswith("C)")
    assert notes["Which layer does IP belong to?"]["fields"]["Correct"] == "B) Network"
    assert notes["What is a closure?"]["notetype"] == "deckc Basic"
