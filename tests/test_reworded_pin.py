"""Trial finding 17: a question reworded with its answer untouched is a new note; the build and
`deckc diff` print the override that keeps the old note (GUID and review history) instead."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from compiler.build import build
from compiler.cli import main

PAGE = """# Notes

## What is an inductive bias?

The assumptions a learner uses to predict outputs for inputs it has not seen.

## What is a learning rate?

The step size of gradient descent.
"""


def test_a_reworded_question_gets_the_pin_to_paste(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    page = content / "sources" / "notes.md"
    page.write_text(PAGE, encoding="utf-8")
    (content / "deck.toml").write_text(
        '[deck]\nname = "Mine"\n\n[[source]]\nid = "notes"\nfile = "sources/notes.md"\ntitle = "Notes"\nlayout = "markdown"\n',
        encoding="utf-8",
    )
    out = tmp_path / "build"
    first = build(content, out, formats=("json",), now=1_000)
    page.write_text(PAGE.replace("an inductive bias?", "an inductive bias in ML?"), encoding="utf-8")
    guid = first.compiled.deck.notes[0].guid
    # the comment names the GUID the pin keeps (trial9 T32)
    pin = f'    [[override]]\n    item = "notes/what-is-an-inductive-bias-in-ml"\n    id = "notes/what-is-an-inductive-bias"  # keeps GUID {guid}\n'
    diff = CliRunner().invoke(main, ["diff", str(content), "-o", str(out), "--changes-only"])
    assert diff.exit_code == 0, diff.output
    assert "new        notes/what-is-an-inductive-bias-in-ml" in diff.output
    assert "retired    notes/what-is-an-inductive-bias (its source item is gone, and new note" in diff.output
    assert pin in diff.output
    # the build prints it too (in a copy: that build retires the old note in the lock)
    shutil.copytree(content, tmp_path / "copy")
    built = CliRunner().invoke(main, ["build", str(tmp_path / "copy"), "-o", str(tmp_path / "copy-build"), "--only", "json"])
    assert built.exit_code == 0, built.output
    assert f"deckc: retired notes/what-is-an-inductive-bias (GUID {first.compiled.deck.notes[0].guid}): its source" in built.output
    assert pin in built.output
    # pasted as printed, the note continues: same GUID, the question updated in place, nothing retired
    (content / "overrides.toml").write_text(pin, encoding="utf-8")
    pinned = build(content, out, formats=("json",), now=3_000)
    assert pinned.summary.totals == {"new": 0, "updated": 1, "unchanged": first.summary.notes - 1, "retired": 0}


def test_a_rewritten_answer_under_a_reworded_question_gets_no_pin(tmp_path: Path) -> None:
    """A question reworded and its answer rewritten is another card, no pin offered; an answer only touched up
    (a word or two) is offered one since trial29 T29-44 (tests/test_sitting29_lead.py)."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    page = content / "sources" / "notes.md"
    page.write_text(PAGE, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    out = tmp_path / "build"
    build(content, out, formats=("json",), now=1_000)
    rewritten = "Prior beliefs built into a model that favour some hypotheses over others."
    page.write_text(PAGE.replace("an inductive bias?", "an inductive bias in ML?").replace(
        "The assumptions a learner uses to predict outputs for inputs it has not seen.", rewritten), encoding="utf-8")
    diff = CliRunner().invoke(main, ["diff", str(content), "-o", str(out), "--changes-only"])
    assert "retired    notes/what-is-an-inductive-bias (its source item is gone;" in diff.output
    assert "[[override]]" not in diff.output
