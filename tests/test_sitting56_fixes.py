"""Fifty-sixth sitting, helper fixes: open findings of trials 54 and 55 fixed with general rules. A chapter's exercise
whose only "answer" is its own list of sub-tasks (d2l's ``Compare the learning rates …`` over ``Plot …`` / ``How large
…?``) is said unanswered, no card; a chapter read as numbered exercises under sections of notes keeps every section's
notes (a program's line or a ``$1$`` in the prose is no lead-in over a passage; a ``## Discussion`` of prose is no
course furniture) and says each line it leaves out once."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting56" / "fixes"
TRIAL55 = Path(__file__).parent / "data" / "trials" / "trial55"
REPRO54 = Path(__file__).parent / "data" / "trials" / "trial54"
GOOD = "# Cells\n\n## What holds the DNA?\n\nThe nucleus.\n\n## What makes proteins?\n\nThe ribosome.\n"  # (a deck needs a note)


# --- T55-2 rest: an exercise whose list under it is its own sub-tasks -------------------------------------------------


def test_exercise_over_its_own_subtasks_is_said_unanswered(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"pooling.md": DATA / "d2l-exercise-subtasks.md"})
    fronts = [note_front(n) for n in notes]
    assert not any(f.startswith("Compare additive") for f in fronts), fronts
    assert not any("Plot the attention weights" in note_back(n) for n in notes)
    said = [m for m in messages if "its own sub-tasks" in m]
    assert len(said) == 1 and "pooling.md:39:" in said[0], messages
    assert any(s["line"] == 39 and "sub-tasks" in s["skipped"] for s in skipped), skipped
    # the colon-ended task over questions only: said once as no card, never also "numbered questions … in the back"
    assert not any("numbered questions from line" in m for m in messages), messages
    assert any("pooling.md:42:" in m and "only another question" in m for m in messages), messages


def test_subtasks_reproducer_of_trial55(tmp_path: Path) -> None:
    notes, _, messages = built_notes(tmp_path, {"dropout.md": TRIAL55 / "d2l-section-numbered.md", "cells.md": GOOD})
    assert not any(note_front(n).startswith("Compare dropout") for n in notes), [note_front(n) for n in notes]
    assert any("dropout.md:19:" in m and "its own sub-tasks" in m for m in messages), messages


def test_a_list_that_answers_stays_the_answer(tmp_path: Path) -> None:
    page = (
        "# Chemistry\n\n## Exercises\n\n"
        "1. Name two noble gases.\n    1. Helium\n    1. Neon\n"
        "1. Compare ionic and covalent bonds.\n    1. Ionic bonds transfer electrons.\n    1. Covalent bonds share them.\n"
        "1. Plot a cooling curve. What does the flat part show?\n    1. The flat part is the phase change.\n    1. Latent heat is released there.\n"
    )
    notes, _, messages = built_notes(tmp_path, {"chem.md": page})
    backs = {note_front(n): note_back(n) for n in notes}
    assert "Helium" in backs.get("Name two noble gases.", ""), backs
    assert "share them" in backs.get("Compare ionic and covalent bonds.", ""), backs
    assert not any("sub-tasks" in m for m in messages), messages


# --- d2l chapters read as numbered exercises under sections of notes -----------------------------------------------


def test_chapter_sections_kept_when_code_or_maths_hold_numbers(tmp_path: Path) -> None:
    notes, _, messages = built_notes(tmp_path, {"pooling.md": DATA / "d2l-exercise-subtasks.md"})
    backs = {note_front(n): note_back(n) for n in notes}
    # (sitting 57: the title's own introduction above the sections is a card of the same kind, 'Attention Pooling')
    assert set(backs) == {"Attention Pooling", "Visualization", "Discussion", "Summary"}, backs
    # ('if i == rows - 1:' in its code and 'the attention weight is $1$ only when …' were read as a lead-in naming
    # question 1: the section's last lines and the whole Summary went into no card, unsaid)
    assert "identity matrix" in backs["Visualization"] and "last row" in backs["Visualization"]
    assert "weighted average of values" in backs["Summary"]
    # ('## Discussion' over paragraphs of prose is the chapter's text, not "a list of the course's objectives")
    assert "machine translation" in backs["Discussion"]
    assert not any("objectives, tasks or prompts" in m for m in messages), messages


def test_lines_said_as_notes_are_not_counted_again_before_the_first_item(tmp_path: Path) -> None:
    _, _, messages = built_notes(tmp_path, {"kernel.md": DATA / "notes-section-before-exercises.md", "cells.md": GOOD})
    assert any("section 'Visualization' holds 12 lines of notes" in m for m in messages), messages
    # (the 12 lines were also among "39 of 45 lines come before the first item": said twice)
    before = [m for m in messages if "come before the first item" in m]
    assert len(before) == 1 and "27 of 45 lines" in before[0], before


# --- T55-7: a page about a quiz held elsewhere; a navigation line at a page's end --------------------------------------


def test_quiz_held_elsewhere_and_certificate_make_no_cards(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"unit2.mdx": TRIAL55 / "course-quiz-elsewhere.mdx", "cells.md": GOOD})
    assert not any(note_front(n) in ("Quiz", "Certificate", "Unit 2 Quiz") for n in notes), [note_front(n) for n in notes]
    said = [m for m in messages if "unit2.mdx" in m and "deck.toml" not in m]
    assert len(said) == 1 and "only the course's logistics" in said[0] and "this file adds no card" in said[0], said
    assert {s["question"] for s in skipped if s["file"].endswith("unit2.mdx")} >= {"Quiz", "Certificate"}, skipped


def test_a_heading_named_quiz_over_a_definition_stays_a_card(tmp_path: Path) -> None:
    notes, _, messages = built_notes(tmp_path, {"assessment.md": DATA / "quiz-term-defined.md"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert "short, informal test" in backs.get("Quiz", ""), backs
    assert not any("logistics" in m for m in messages), messages


def test_back_to_main_readme_line_is_navigation(tmp_path: Path) -> None:
    notes, _, messages = built_notes(tmp_path, {"sql.md": DATA / "interview-nav-footer.md"})
    assert len(notes) == 4, [note_front(n) for n in notes]
    # ('## 🔗 Navigation' / '- **Main:** [← Back to Main README](…)': was "1 line of text is in no card", or a reading list)
    assert [m for m in messages if "not listed in deck.toml" not in m] == [], messages


# --- trial54/55 rests: an agenda's lead-in; the text above an unsolved MyST exercise box ------------------------------


def test_agenda_lead_in_is_quiet(tmp_path: Path) -> None:
    notes, _, messages = built_notes(tmp_path, {"attacks.md": REPRO54 / "lesson-agenda-loose.md"})
    assert len(notes) == 3
    # ('In this lesson, we'll cover:' over the page's own question headings: its contents, no text lost)
    assert not any("attacks.md:5:" in m for m in messages), messages


def test_text_above_unsolved_exercise_box_is_said(tmp_path: Path) -> None:
    notes, _, messages = built_notes(tmp_path, {"fractions.md": REPRO54 / "myst-exercise-unsolved.md"})
    assert [note_front(n).split("Use")[0].strip() for n in notes] == ["Round a float to two decimals"]
    # (each section's text and code over tasks none of which is answered: shown on no card, was said nowhere)
    outside = [m for m in messages if "not in any card" in m]
    assert any("fractions.md:16:" in m for m in outside) and any("fractions.md:41:" in m for m in outside), outside


# --- older rests: radio options that are code blocks; a Markua quiz's directives; a number in prose -------------------


def test_radio_buttons_over_code_blocks_are_a_multiple_choice(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"loops.md": DATA / "radio-code-options.md"})
    by_front = {note_front(n): n for n in notes}
    loop = by_front["Which loop prints the numbers 1 to 3?"]
    assert loop["kind"] == "multiple_choice", loop
    # ('( )' / '(X)' alone over a ```ruby block each: was a Basic card whose back was every mark and block)
    assert "upto" in note_back(loop) and "times" not in note_back(loop), note_back(loop)
    assert "(X)" not in plain(loop)
    assert by_front["Which method prints a line and returns nil?"]["kind"] == "multiple_choice"


def plain(note: dict) -> str:  # type: ignore[type-arg]
    return " ".join(note["fields"].values())


def test_markua_directives_are_not_an_items_original(tmp_path: Path) -> None:
    lead54 = Path(__file__).parent / "data" / "sitting54" / "lead"
    notes, skipped, _ = built_notes(tmp_path, {"sheets.md": lead54 / "sheets-quiz.md", "r.md": lead54 / "r-functions-lesson.md"})
    originals = [i["original"] for n in notes for i in n["items"]] + [s["original"] for s in skipped]
    written = "\n".join(originals)
    assert "Which function adds up a range of cells?" in written and "return(d)" in written, written
    # (the last question's ended in '{/quiz}', the first's in its next question's '{choose-answers: 4, points: 2}')
    assert "{/quiz}" not in written and "{choose-answers" not in written, written


def test_a_number_in_a_sections_prose_is_no_lead_in(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"kernel.md": DATA / "number-in-notes.md"})
    fronts = [note_front(n) for n in notes]
    # ('The heat map shows the weight of sample 1 for each query.' was read as a lead-in naming question 1: the section's
    # notes went onto question 1's front, the section 'Kernels' was said to be in no card)
    assert fronts == [
        "Kernels", "Visualization", "What does the estimate become when the kernel width goes to zero?",
        "Why do the weights of one query sum to one?",
    ], fronts
    assert "sample 1 for each query" in note_back(notes[1])


def test_one_row_of_emphasis_in_a_csv_is_formatting(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"biology.csv": DATA / "one-bold-row.csv"})
    allele = next(n for n in notes if "allele" in note_front(n))
    # (one row's '<b>Define:</b> allele' was shown as '&lt;b&gt;Define:&lt;/b&gt; allele', a Brainscape export's)
    assert note_front(allele) == "Define: allele", note_front(allele)
    assert "&lt;b&gt;" not in plain(allele), allele["fields"]


def test_a_tag_a_csv_row_teaches_stays_text(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"html.csv": DATA / "html-tag-row.csv"})
    bold = next(n for n in notes if "bold" in note_front(n))
    assert note_back(bold) == "<b>text</b>", note_back(bold)


def test_last_exercise_over_the_forum_link_has_no_answer(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"scoring.md": DATA / "d2l-last-exercise-forum.md"})
    # (sitting 57: the title's introduction is a card as its sections' notes are, 'Attention Scoring')
    assert [note_front(n) for n in notes] == ["Attention Scoring", "Dot Product Attention", "Additive Attention"]
    # ('[Discussions](…)' under the last exercise: where readers talk, said as "only a link elsewhere" as if an answer)
    said = [m for m in messages if "scoring.md:18:" in m]
    assert len(said) == 1 and "question has no answer" in said[0] and "'Discussions'" in said[0], said
    assert any(s["line"] == 18 and s["skipped"] == "no answer" for s in skipped), skipped
