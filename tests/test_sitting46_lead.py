"""Sitting 46, lead: no question of a page is glued onto the answer above it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

REVISION = (
    "# Macroeconomics revision — Unit 2\n\n"
    "**Q1. What is GDP?**\n"
    "Gross domestic product: the total value of final goods and services produced in a country in a year.\n\n"
    "**Q2. Name the four components of aggregate demand.**\n"
    "- Consumption (C)\n- Investment (I)\n- Government spending (G)\n- Net exports (X − M)\n\n"
    "**Q3. {q3}**\n"
    "It reduces it: borrowing costs more and saving pays more.\n\n"
    "**Q4. Define inflation.**\n"
    "A sustained rise in the general price level.\n"
)


@pytest.mark.parametrize(
    "q3",
    ["What does a rise in interest rates usually do to consumption?", "Explain the effect of a rise in interest rates on consumption."],
    ids=["q3-asks", "q3-tells"],
)
def test_bold_labelled_tasks_over_their_answers_are_questions(tmp_path: Path, q3: str) -> None:
    """'**Q4. Define inflation.**' with its answer on the next line (no blank line), after a question answered by a
    paragraph, was glued onto Q3's answer: 3 cards of 4 and no message. A bold line with a question label is a question
    by its label on a page of such lines, whatever it ends with."""
    notes, skipped, said = built_notes(tmp_path, {"revision.md": REVISION.format(q3=q3)})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["What is GDP?", "Name the four components of aggregate demand.", q3, "Define inflation."]
    assert cards[q3] == "It reduces it: borrowing costs more and saving pays more."
    assert cards["Define inflation."] == "A sustained rise in the general price level."
    assert not [m for m in said if "has no answer" in m or "not in any card" in m]
    assert skipped == []


def test_labelled_statements_alone_are_questions(tmp_path: Path) -> None:
    """A page whose bold labelled lines all tell ('**Q1. Define …**') and none asks with '?' reads them alike."""
    text = "".join(
        f"**Q{n}. {task}**\n{answer}\n\n"
        for n, (task, answer) in enumerate(
            [
                ("Define opportunity cost.", "The value of the next best alternative given up."),
                ("State the law of demand.", "As price rises, quantity demanded falls, other things equal."),
                ("Outline what a subsidy does.", "It lowers producers' costs, so supply shifts right."),
            ],
            1,
        )
    )
    notes, skipped, _ = built_notes(tmp_path, {"econ.md": text})
    assert [note_front(n) for n in notes] == ["Define opportunity cost.", "State the law of demand.", "Outline what a subsidy does."]
    assert note_back(notes[2]) == "It lowers producers' costs, so supply shifts right."
    assert skipped == []
