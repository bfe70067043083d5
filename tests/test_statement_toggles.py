"""Learner2 M15: on a page of <details> toggles, a toggle whose summary does not end in '?' ('Explain …', 'True or
False? <statement>', a summary ending in code) was lost and its answer glued onto the previous card, because the
'</b></details>' line under an answer is no HTML block of its own (it cannot interrupt a paragraph or a list)."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build


def test_every_toggle_of_a_toggle_page_is_a_card(tmp_path: Path) -> None:
    result = build(drop_in(tmp_path, "statement-toggles.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = [(i.question, " ".join(i.answer_plain().split())) for i in result.compiled.items]
    assert [q for q, _ in got] == [
        "What branch strategies do you know?",
        "True or False? A branch is a movable pointer to a commit",
        "How do you bring a branch up to date with main?",
        "Describe what happens when you run `git branch <name>`",  # (the summary's <code> kept as code: sitting 36, T35-1)
        "Explain an octopus merge",
    ]
    assert got[0][1] == "Git flow GitHub flow" and got[1][1] == "True"
    assert got[4][1] == "A merge of more than two branches at once."
    assert not [w for w in result.compiled.diagnostics.warnings if "outside any question" in w.message]
