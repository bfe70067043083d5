"""Fifty-eighth sitting, finder: findings of trial 58 (real public documents: a Carpentries Workbench R lesson, a
Spanish worksheet series made from a template, an interview question list; docs/trials/trial58.md) fixed: a solution
box titled after the challenge it answers ('## Solution to Challenge 1', or the challenge's own title copied into it)
is still its answer (T58-1); a worksheet's writing line ('[LONG_LINE]', 'Nosotros [SHORT_LINE]', 'Correction: ____')
is no answer (T58-2); a teacher's note box is no section and on no card (T58-9); a legend written on one line gives its markers their levels (T58-4); the cheat sheet's warning
about an Anki package's note names it by note id, not as a line (T58-6); 'tobacco use (…)' in a list is no lint hole
(T58-7)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.diagnostics import Diagnostic, note_placed
from compiler.lint import text_holes
from compiler.sources.difficulty import Difficulty, legend_levels
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


# --- T58-4: a legend on one line --------------------------------------------------------------------------------------


def test_a_legend_on_one_line_gives_the_markers_their_levels(tmp_path: Path) -> None:
    """T58-4 (low): '* Legend: 👶 easy ‍⭐️ medium 🚀 expert' (the star with its variation selector). Before: 'the levels
    in the table are guesses: check them' (⭐ followed by U+FE0F matched no legend word). Now the legend's levels, and a
    question marked with two of them ('⭐️🚀') the harder."""
    notes, _, messages = built_notes(tmp_path, {"stats.md": TRIAL / "inline-legend.md"})
    levels = {note_front(n): n["difficulty"] for n in notes}
    assert levels["What is a sampling frame?"] == "easy" and levels["How would you estimate the size of a hidden population?"] == "hard", levels
    assert levels["Why does stratified sampling reduce variance?"] == "medium", levels
    table = next(m for m in messages if "difficulty from its" in m)
    assert "at the levels its legend gives them" in table and "guesses" not in table, table
    legend = ["* Legend: 👶 easy \u200d⭐️ medium 🚀 expert"]
    assert legend_levels(legend, ["⭐", "👶", "🚀", "⭐🚀"]) == {
        "👶": Difficulty.easy, "⭐": Difficulty.medium, "🚀": Difficulty.hard, "⭐🚀": Difficulty.hard,
    }  # fmt: skip
    assert legend_levels(["Legend: ⭐ Easy · ⭐⭐ hard"], ["⭐", "⭐⭐"]) == {"⭐": Difficulty.easy, "⭐⭐": Difficulty.hard}


# --- T58-6: the cheat sheet's warning about a package's note ---------------------------------------------------------


def test_the_sheet_s_glyph_warning_names_a_package_note_by_its_id(tmp_path: Path) -> None:
    """T58-6 (low): a Sanskrit .apkg's Devanagari has no glyph in the sheet's fonts. Before:
    'sources/pratyahara_deck.apkg:1780216519137: warning: the cheat sheet's fonts have no glyph …', the note id as a
    line (the build's other messages say 'note nid:…', trial21 T21-12). Now 'note nid:…' there too."""
    import genanki
    from conftest import deck_of

    from compiler.build import build

    model = genanki.Model(
        1607392320, "Basic", fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
    )  # fmt: skip
    deck = genanki.Deck(2059400111, "Pratyahara")
    for front, back in [("अण् — which sounds?", "अ, इ, उ"), ("अक् — which sounds?", "अ, इ, उ, ऋ, ऌ")]:
        deck.add_note(genanki.Note(model=model, fields=[front, back], guid=genanki.guid_for(front)))
    package = tmp_path / "made.apkg"
    genanki.Package(deck).write_to_file(str(package))
    content = deck_of(tmp_path / "deck", {"pratyahara.apkg": package})
    result = build(content, tmp_path / "build", formats=("json", "pdf"), now=1_000)
    said = [w.text() for w in result.summary.warnings if "no glyph" in w.message]
    assert said and "note nid:" in said[0], said
    assert not any(re.search(r"\.apkg:\d{6,}", w) for w in said), said
    from compiler.dupes_report import where
    from compiler.model import Locator

    # (deckc dupes' side-by-side table and --toml comments name a package's note so too, not 'made.apkg:1612345678901')
    assert where(Locator(file="sources/made.apkg", line=1612345678901)) == "sources/made.apkg [note nid:1612345678901]"
    assert where(Locator(file="sources/notes.md", line=12)) == "sources/notes.md:12"
    placed = note_placed(Diagnostic("sources/a.apkg", 1612345678901, "m", "", "warning"))
    assert placed.line is None and placed.place == "note nid:1612345678901"
    assert note_placed(Diagnostic("sources/a.md", 12, "m", "", "warning")).line == 12


# --- T58-7: a list's compound noun 'tobacco use' -----------------------------------------------------------------------


def test_a_list_entry_s_use_is_no_missing_object() -> None:
    """T58-7 (low): 'Precipitating factors include exertion, cold exposure, tobacco use (causes vasoconstriction), heavy
    meals' was a 'missing-object' hole (deckc lint exited 1 on a nursing reviewer); 'use' as the second word of a list's
    entry is a noun. After a comma and a word that leads a verb it is still a hole."""
    assert text_holes("Precipitating factors include exertion, cold exposure, tobacco use (causes vasoconstriction), heavy meals.") == []
    assert text_holes("Risks: obesity, alcohol use and smoking.") == []
    assert [s.rule for s in text_holes("Pick a model, then use (if you can) the cache.")] == ["missing-object"]
    assert [s.rule for s in text_holes("Set the flag, and use or near-zero.")] == ["missing-object"]


# --- T58-9: a Carpentries note for the teacher -------------------------------------------------------------------------


def test_a_note_for_the_teacher_is_no_section_of_the_challenges_after_it(tmp_path: Path) -> None:
    """T58-9 (low): '### Asking a chatbot' / '::: instructor' / '### Choose how to teach this part' / a note / ':::' /
    text / a challenge. Before: the challenge's section 'Other ways to get help › Choose how to teach this part' (the
    note's heading; r-novice-gapminder's three help challenges and the sheet's first heading), the teacher's notes on
    learners' cards of other lessons. Now the section is the lesson's own heading, the note on no card."""
    notes, _, _ = built_notes(tmp_path, {"help.Rmd": TRIAL / "workbench-instructor-note.Rmd"})
    # ('Reading help files', the lesson's statement section, is a card of its own beside the challenge: trial62 T62-1)
    assert [note_front(n) for n in notes] == ["Reading help files", "Challenge 1 Which function lists the objects in your environment?"], [note_front(n) for n in notes]
    notes = notes[1:]
    assert notes[0]["sections"] == ["help::Other ways to get help › Asking a chatbot"], notes[0]["sections"]
    assert "Keep this part short" not in note_back(notes[0]) and note_back(notes[0]) == "ls()", note_back(notes[0])
