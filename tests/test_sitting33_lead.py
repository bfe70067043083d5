"""Sitting 33 (lead): advice after a renamed file (T32-20, second part)."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from compiler.cli import main

DATA = Path(__file__).parent / "data" / "trials" / "trial32"


def test_no_pin_onto_a_retired_duplicate_and_the_renamed_source_named(tmp_path: Path) -> None:
    """T32-20: the folder a learner had after renaming a listed file and re-keying its override as two messages
    told: `deckc diff` offered `item = X` / `id = X  # keeps GUID <a retired duplicate>` (moving the studied card
    onto the wrong GUID), and the ignored override was called 'its document was deleted'. Now no such pin is
    offered, and the warning names the item of the same name under the source's kept id."""
    content = tmp_path / "deck"
    shutil.copytree(DATA / "weeks-rename", content)
    run = CliRunner().invoke(main, ["diff", str(content)])
    assert run.exit_code == 0, run.output
    assert "keeps GUID" not in run.output and "Ae/IVnZP" not in run.output, run.output
    assert (
        "overrides.toml:3: warning: override for 'quiz-vitamins/which-organ-makes-bile' is ignored: its source "
        "'quiz-vitamins' is no longer in the deck (the deck's item 'quiz/which-organ-makes-bile' has that name "
        '(a renamed file keeps its [[source]] id): write item = "quiz/which-organ-makes-bile")'
    ) in run.output, run.output
    assert "0 new, 0 updated, 11 unchanged, 0 retired" in run.output, run.output
