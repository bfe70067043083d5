"""Forty-sixth sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

M1: a worked problem's labelled lines with no blank line between them ('**Given:** …' / '**Find:** s' /
'**Solution:** … **25 m**' under '## Problem 1' and the problem's text): the data on the front under the problem, the
solution its back; before, "question has no answer" and no card (the answer label opened no paragraph).

M3: a page's title that asks ('# Statistics: which test do I use?', '# Python gotchas — what is printed?') right over
two questions of their own or more (bold questions answered after them, '**Q1.** What is printed?'): their title, no
question; before, a skipped question with "question has no answer" at line 1, or a card of the title holding Q1.

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


def test_a_title_that_asks_over_questions_of_their_own_is_their_title(tmp_path: Path) -> None:
    """M3: '# Statistics: which test do I use?' right over bold questions each answered after it: the page's title, no
    question of its own; before, a skipped question and "question has no answer" at line 1."""
    notes, skipped, said = built_notes(tmp_path, {"which-test.md": DATA / "which-test.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Comparing the same people before and after?"] == "Paired t-test."
    assert len(cards) == 5 and not skipped
    assert not [m for m in said if "no answer" in m], said


def test_a_title_that_asks_over_labelled_questions_keeps_the_first_one(tmp_path: Path) -> None:
    """M3: '# Python gotchas — what is printed?' over '**Q1.** What is printed?' / code / 'Output: …': three cards;
    before, the title's card held question 1 and its output."""
    text = (
        "# Python gotchas — what is printed?\n\n"
        "**Q1.** What is printed?\n\n```python\na = [1, 2]\nb = a\nb.append(3)\nprint(a)\n```\n\nOutput: `[1, 2, 3]`\n\n"
        "**Q2.** What is printed?\n\n```python\nprint(0.1 + 0.2 == 0.3)\n```\n\nOutput: `False`\n\n"
        "**Q3.** What is printed?\n\n```python\nprint(bool('0'))\n```\n\nOutput: `True`\n"
    )
    notes, skipped, _said = built_notes(tmp_path, {"gotchas.md": text})
    fronts = [note_front(n) for n in notes]
    assert len(fronts) == 3 and all(f.startswith("What is printed?") for f in fronts), fronts
    assert "[1, 2, 3]" in note_back(notes[0]) and not skipped


def test_a_title_that_asks_over_its_own_answer_stays_a_question(tmp_path: Path) -> None:
    """A page that is one question ('# What is a closure?' over its answer, then bold questions) keeps it."""
    text = (
        "# What is a closure?\n\nA function that keeps the variables of the scope it was made in.\n\n"
        "**Why use one?** To keep state private.\n\n**Where are they used?** In callbacks.\n"
    )
    notes, _skipped, _said = built_notes(tmp_path, {"closure.md": text})
    assert "What is a closure?" in [note_front(n) for n in notes]
