"""Fifty-eighth sitting, finder: findings of trial 58 (real public documents: a Carpentries Workbench R lesson, a
Spanish worksheet series made from a template, an interview question list; docs/trials/trial58.md) fixed: a solution
box titled after the challenge it answers ('## Solution to Challenge 1', or the challenge's own title copied into it)
is still its answer (T58-1); a worksheet's writing line ('[LONG_LINE]', 'Nosotros [SHORT_LINE]', 'Correction: ____')
is no answer (T58-2)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.directives import ANSWER_TITLE
from compiler.sources.lines import is_placeholder, write_in

TRIAL = Path(__file__).parent / "data" / "trials" / "trial58"


# --- T58-1: Carpentries Workbench solution boxes titled after their challenge ---------------------------------------


def test_a_solution_box_titled_after_its_challenge_answers_it(tmp_path: Path) -> None:
    """T58-1 (high): '::: challenge' / '## Challenge 1' / the task / '::: solution' / '## Solution to Challenge 1' / the
    answer (and '## Challenge 2' copied into the next solution box, '## Solution for challenge 3'). Before: one note of
    the whole lesson, its title on the front (r-novice-gapminder: 9 of its 14 lessons one note each, 66 challenges, a
    dozen cards). Now a card per challenge, the task on the front, the solution (not its title) on the back; the
    lesson's objectives, questions and key points are no card."""
    notes, _, _ = built_notes(tmp_path, {"loops.Rmd": TRIAL / "workbench-solution-titles.Rmd"})
    fronts = [note_front(n) for n in notes]
    assert len(notes) == 3, fronts
    assert "Challenge 1" in fronts[0] and "freezing" in fronts[0] and "below zero" in fronts[0], fronts
    backs = [note_back(n) for n in notes]
    assert backs[0].startswith("Compare temp with zero") and '"freezing"' in backs[0], backs[0]
    assert "number of elements of a vector" in fronts[1], fronts
    assert backs[1].startswith("length()") and "Challenge 2" not in backs[1], backs[1]
    assert "adds up the numbers from 1 to 10" in fronts[2] and "Keep a running total" in backs[2], (fronts, backs)
    assert not any("Solution to" in b or "Solution for" in b for b in backs), backs
    assert "Loops and Conditions" not in fronts, fronts


def test_answer_titles_that_name_the_task_they_answer() -> None:
    """T58-1: a toggle or box title that names the task it answers is a label, as 'Solution 2' is."""
    for title in ("Solution to Challenge 1", "Solution for challenge 5", "Answer to Exercise 2.3", "Solution to the problem", "Show solution to exercise 4"):
        assert ANSWER_TITLE.match(title), title
    for title in ("Solution to climate change", "Answers to life's questions", "Solution of the wave equation"):
        assert not ANSWER_TITLE.match(title), title


# --- T58-2: a worksheet's writing lines -----------------------------------------------------------------------------


def test_a_worksheet_s_writing_lines_are_no_answers(tmp_path: Path) -> None:
    """T58-2 (medium): a worksheet made from a template ('**1.** Marta [comió | comieron] …' over '[LONG_LINE]';
    'Yo comí → Ellos [SHORT_LINE]'; '   Correction: [LONG_LINE]'). Before: a card per task whose back was the
    template's blank ('[LONG_LINE]', 'Nosotros [SHORT_LINE]': 29 cards of three pages). Now no card, each said as the
    line a worksheet leaves to write the answer on."""
    vocab = "# Verbs\n\n## What does 'comer' mean?\n\nTo eat.\n"
    notes, skipped, messages = built_notes(tmp_path, {"worksheet.md": TRIAL / "worksheet-writing-lines.md", "vocab.md": vocab})
    assert [note_front(n) for n in notes] == ["What does 'comer' mean?"], [(note_front(n), note_back(n)) for n in notes]
    assert sum(s["file"].endswith("worksheet.md") for s in skipped) == 8, skipped
    said = [m for m in messages if "the line a worksheet leaves to write it on" in m]
    assert said and "worksheet.md:5" in said[0], messages
    assert len(said) == 8, said  # (one grouped line when printed)


def test_write_in_lines() -> None:
    """T58-2: one short line holding a blank is the pupil's to fill in; an answer that uses underscores is not."""
    for text in ("[LONG_LINE]", "Nosotros [SHORT_LINE]", "Sí, yo ______ animales.", "Correction: _____"):
        assert write_in(text) and is_placeholder(text), text
    for text in ("Use __init__ to set the fields.", "snake_case_names", "A cloze card marks its gap with ___ in the front and gives the word that fills it on the back.", "[LONG LINE]", "[A_B]",
                 "The blank is a line:\n_____ the rest of a longer answer"):
        assert not write_in(text), text
    assert not is_placeholder("Nosotros [SHORT_LINE]", row=True)  # (a word list's cell is taken as written)

