"""Forty-sixth sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

M1: a worked problem's labelled lines with no blank line between them ('**Given:** …' / '**Find:** s' /
'**Solution:** … **25 m**' under '## Problem 1' and the problem's text): the data on the front under the problem, the
solution its back; before, "question has no answer" and no card (the answer label opened no paragraph).

Documents in tests/data/sitting46/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting46" / "newdocs"


def test_worked_problems_data_lines_over_their_solution_label(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(tmp_path, {"worked-problems.md": DATA / "worked-problems.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "A car accelerates from rest at 2 m/s² for 5 s. How far does it travel? Given: u = 0, a = 2 m/s², t = 5 s Find: s":
            "s = ut + ½at² = 0 + ½ × 2 × 25 = 25 m",
        "A ball is dropped from 20 m. How long does it take to hit the ground? (g = 10 m/s²) Given: u = 0, s = 20 m, a = 10 m/s² Find: t":
            "s = ½gt² → t = √(2s/g) = √4 = 2 s",
    }  # fmt: skip
    assert not skipped
    assert not [m for m in said if "no answer" in m], said


def test_a_question_and_answer_label_pair_is_no_worked_problem(tmp_path: Path) -> None:
    """'Question: …' / 'Answer: …' and a question line over its answer label keep the shape they had."""
    text = (
        "# Cells\n\nQuestion: What is the powerhouse of the cell?\nAnswer: The mitochondrion.\n\n"
        "Question: Where is DNA kept?\nAnswer: In the nucleus.\n"
    )
    notes, _skipped, _said = built_notes(tmp_path, {"cells.md": text})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is the powerhouse of the cell?": "The mitochondrion.",
        "Where is DNA kept?": "In the nucleus.",
    }
