"""Thirty-fifth sitting, finder: findings of new-user trial 35 fixed (a key's last answer ran on into the page after it,
T35-22; a part numbered from 1 again after the key of the part before, T35-23; a key of chemical symbols read as option
letters, T35-24; options in a table with each letter in a cell of its own, T35-17)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text
from test_docx import paragraph, write_docx

# --- T35-22: the page goes on after a key of one-line answers ------------------------------------------------------

FOOTER_QUIZ = (
    "Short-answer quiz\n\n"
    "1. What is the chemical symbol for gold?\n"
    "2. What is the boiling point of water at sea level?\n"
    "3. Who proposed the theory of evolution by natural selection?\n\n"
    "Answer key\n1. Au\n2. 100 °C\n3. Charles Darwin\n\n"
    "Well done! Next week we start chapter 4: electricity.\n"
)
SELF_CHECK = (
    "# Lecture 3 – The heart\n\n## The cardiac cycle\n\n"
    "In diastole the chambers relax and fill; in systole they contract. The sinoatrial node sets the pace.\n\n"
    "### Self-check\n\n1. Which chamber has the thickest wall?\n2. What sets the pace of the heartbeat?\n\n"
    "**Answers:** 1. The left ventricle. 2. The sinoatrial (SA) node.\n\n"
    "## Blood vessels\n\nArteries carry blood away from the heart; veins carry it back.\n"
)
SELF_CHECK_TEXT = (
    "Self-check\n\n1. Which chamber has the thickest wall?\n2. What sets the pace of the heartbeat?\n\n"
    "Answers: 1. The left ventricle. 2. The sinoatrial (SA) node.\n\n"
    "Blood vessels\n\nArteries carry blood away from the heart; veins carry it back.\n"
)


def test_a_closing_line_after_a_key_of_one_line_answers_is_no_answer(tmp_path: Path) -> None:
    """T35-22 (severe): 'Well done! Next week we start chapter 4' after the key, a blank line between, was the last card's
    back ('Charles Darwin Well done! …'). Past a key whose every entry is one line and keys every question, text after a
    blank line is the page going on: said with its line, on no card."""
    notes, _, said = built_notes(tmp_path, {"quiz.txt": FOOTER_QUIZ})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the chemical symbol for gold?", "Au"),
        ("What is the boiling point of water at sea level?", "100 °C"),
        ("Who proposed the theory of evolution by natural selection?", "Charles Darwin"),
    ], said
    assert any("quiz.txt:12:" in s and "Well done!" in s for s in said), said


def test_the_next_section_after_a_self_check_key_is_no_answer(tmp_path: Path) -> None:
    """T35-22 (severe): lecture notes' self-check key ('**Answers:** 1. … 2. …') then '## Blood vessels' and its paragraph:
    the paragraph was question 2's back, the heading lost; in plain text the title line too. Both are said, on no card."""
    notes, _, said = built_notes(tmp_path, {"heart.md": SELF_CHECK, "heart.txt": SELF_CHECK_TEXT})
    backs = sorted({(note_front(n), note_back(n)) for n in notes})
    assert backs == [
        ("What sets the pace of the heartbeat?", "The sinoatrial (SA) node."),
        ("Which chamber has the thickest wall?", "The left ventricle."),
    ], said
    assert any("heart.md:" in s and "Arteries carry blood" in s for s in said), said
    assert any("heart.txt:" in s and "Blood vessels" in s for s in said), said


def test_an_indented_paragraph_under_the_last_entry_stays_its_answer(tmp_path: Path) -> None:
    """T35-22, the other side: a second paragraph indented under the key's last entry goes on with that answer (an
    indent says it belongs there), as a line right under it does (T32-30)."""
    page = FOOTER_QUIZ.replace("\n\nWell done!", "\n\n   He published On the Origin of Species in 1859.\n\nWell done!")
    notes, _, said = built_notes(tmp_path, {"quiz.txt": page})
    assert note_back(notes[2]) == "Charles Darwin He published On the Origin of Species in 1859.", said
    assert any("Well done!" in s for s in said), said


# --- T35-24: a key of chemical symbols ------------------------------------------------------------------------------

SYMBOLS = (
    "Quiz\n\n1. What is the chemical symbol for gold?\n2. What is the chemical symbol for iron?\n"
    "3. What is the chemical symbol for silver?\n4. What is the chemical symbol for copper?\n\n"
)


def test_a_key_of_chemical_symbols_answers_every_question(tmp_path: Path) -> None:
    """T35-24 (severe): 'Answers: 1. Au 2. Fe 3. Ag 4. Cu' keyed gold and copper only: 'Fe' and 'Ag' (letters A–H) were
    read as option letters F+E, A+G, which answer only a question with options ('question has no answer'). Letters in
    both cases are a word or a symbol: each question gets its symbol, on one line or an entry a line."""
    for name, key in (("line.txt", "Answers: 1. Au 2. Fe 3. Ag 4. Cu\n"), ("lines.txt", "Answers:\n1. Au\n2. Fe\n3. Ag\n4. Cu\n")):
        notes, _, said = built_notes(tmp_path / name, {name: SYMBOLS + key})
        assert [note_back(n) for n in notes] == ["Au", "Fe", "Ag", "Cu"], said
        assert not any("no answer" in s for s in said), said


def test_run_together_option_letters_still_key_a_choose_several_question(tmp_path: Path) -> None:
    """T35-24, the other side: 'bd' / 'ACD' (one case) stay a 'choose several' entry of option letters."""
    page = (
        "1. Which are prime? (choose two)\na) 4\nb) 5\nc) 6\nd) 7\n\n"
        "2. Which are even? (choose all that apply)\nA) 2\nB) 3\nC) 4\nD) 6\n\nAnswers: 1. bd 2. ACD\n"
    )
    notes, _, said = built_notes(tmp_path, {"primes.txt": page})
    assert [n["fields"]["Correct"].count("<br>") + 1 for n in notes] == [2, 3], said


# --- T35-23: each part numbered from 1 again, its key after it -------------------------------------------------------

PARTS = (
    "# Chemistry worksheet\n\n## Part 1\n\n1. What is the chemical symbol for gold?\n2. What is the chemical symbol for iron?\n\n"
    "Answers: 1. Au 2. Fe\n\n## Part 2\n\n1. What is the boiling point of water?\n2. What is the freezing point of water?\n\n"
    "Answers: 1. 100 °C 2. 0 °C\n"
)


def test_a_part_numbered_from_one_again_after_the_key_of_the_part_before_asks(tmp_path: Path) -> None:
    """T35-23 (severe): '## Part 2' / '1. What is the boiling point of water?' after part 1's key were read as that key's
    entries: no card at all, and a message to put the questions under a heading naming their part (they were). A numbered
    line that asks, or follows a part's title, under a key that answers every question waiting, its number keyed
    already, is the next part's question: four cards, each part keyed by its own key."""
    notes, _, said = built_notes(tmp_path, {"worksheet.md": PARTS})
    assert [(n["fields"]["Section"], note_front(n), note_back(n)) for n in notes] == [
        ("Chemistry worksheet › Part 1", "What is the chemical symbol for gold?", "Au"),
        ("Chemistry worksheet › Part 1", "What is the chemical symbol for iron?", "Fe"),
        ("Chemistry worksheet › Part 2", "What is the boiling point of water?", "100 °C"),
        ("Chemistry worksheet › Part 2", "What is the freezing point of water?", "0 °C"),
    ], said


# --- T35-17: options in a table, each letter in a cell of its own ----------------------------------------------------

LETTER_CELLS = (
    "# Quiz\n\n1. Which organelle is the site of aerobic respiration?\n\n"
    "| A | nucleus | B | ribosome |\n|---|---|---|---|\n| C | mitochondrion | D | cell wall |\n\n"
    "2. Which enzyme breaks down starch?\n\n| A | lipase |\n|---|---|\n| B | amylase |\n| C | protease |\n| D | catalase |\n\n"
    "Answers: 1. C 2. B\n"
)


def test_options_whose_letters_stand_in_cells_of_their_own_are_options(tmp_path: Path) -> None:
    """T35-17 (severe): '| A | nucleus | B | ribosome |' (a grid) or '| A | lipase |' (a column) under a question was a
    basic card whose back was the table, the key unused. A table whose every row pairs a lone letter with its text is
    the question's options, keyed by the test's key."""
    notes, _, said = built_notes(tmp_path, {"quiz.md": LETTER_CELLS})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which organelle is the site of aerobic respiration?", "C) mitochondrion"),
        ("Which enzyme breaks down starch?", "B) amylase"),
    ], said
    assert plain_text(notes[0]["fields"]["Options"]) == "A) nucleus B) ribosome C) mitochondrion D) cell wall"


def test_letter_cells_in_a_word_table_are_options(tmp_path: Path) -> None:
    """T35-17: the same in a Word test (a table with an empty head row, as Word writes one): keyed multiple choice."""
    def table(rows: list[list[str]]) -> str:
        return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"

    word = tmp_path / "bio.docx"
    write_docx(
        word,
        [
            paragraph("Biology quiz"),
            paragraph("1. Which organelle is the site of aerobic respiration?"),
            table([["A.", "nucleus", "B.", "ribosome"], ["C.", "mitochondrion", "D.", "cell wall"]]),
            paragraph("2. Which enzyme breaks down starch?"),
            table([["A", "lipase"], ["B", "amylase"], ["C", "protease"], ["D", "catalase"]]),
            paragraph("Answers: 1. C 2. B"),
        ],
    )
    notes, _, said = built_notes(tmp_path / "deck", {word.name: word})
    assert [(n["kind"], note_back(n)) for n in notes] == [("multiple_choice", "C) mitochondrion"), ("multiple_choice", "B) amylase")], said


def test_a_table_of_data_with_rows_named_by_letters_stays_a_table(tmp_path: Path) -> None:
    """T35-17, the other side: a head that names columns ('| Group | Antigens |') over '| A | A antigen |' rows is data."""
    page = "# Blood\n\n## Which blood groups exist?\n\n| Group | Antigens |\n|---|---|\n| A | A antigen |\n| B | B antigen |\n"
    notes, _, said = built_notes(tmp_path, {"blood.md": page})
    assert [n["kind"] for n in notes] == ["basic"], said
    assert "<table>" in notes[0]["fields"]["Answer"]


def test_a_bold_letter_cell_marks_its_option_right(tmp_path: Path) -> None:
    """T35-17: a teacher's copy sets the right option's letter in bold ('| **C** | mitochondrion |'): that option is right."""
    page = (
        "# Quiz\n\n1. Which organelle is the site of aerobic respiration?\n\n"
        "| A | nucleus |\n|---|---|\n| B | ribosome |\n| **C** | mitochondrion |\n| D | cell wall |\n\n"
        "2. Which enzyme breaks down starch?\n\n| A | lipase | **B** | amylase |\n|---|---|---|---|\n| C | protease | D | catalase |\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.md": page})
    assert [(n["kind"], note_back(n)) for n in notes] == [("multiple_choice", "C) mitochondrion"), ("multiple_choice", "B) amylase")], said
