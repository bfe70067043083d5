"""Fiftieth sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N12: a formula sheet whose Markdown table holds '$F = ma$' in its cells, beside a list of SI prefixes written
'- nano (n) = 10⁻⁹': a card per table row (the quantity the front, formula and unit the back) and per prefix; before,
every row was split on its formula's '=' ('| Force | $F' -> 'ma$ | newton (N) … |') and the header 'no answer'.

N13: a journal-entry quiz whose exercises are bold numbered lines that ask with a full stop ('**1. The owner invests
$10,000 cash in the business.**'), each over its entry's table: a card each; before, one card of the title holding all.

N14: an exam paper in text: '1  Enzymes are biological catalysts.' over indented parts '(a) Name …  [1 mark]' /
'Answer: amylase', and '2  (a) State …' whose own line opens with its part: a card per part, the stem on its front;
before, 'cannot tell this document's layout' and no card. A stem with one part ('2. Cells contain organelles.' / '(a)
State …' / 'Answer: …'): the part asked under its stem; before, the stem's card with the part "Also accepted".

N15: a tutoring session written down as turns ('Tutor: What's the difference between an ionic and a covalent bond?' /
'Student: Ionic is when …?' / 'Tutor: Exactly. …'): a card per turn that asks, whoever asks, the turns after it its
back; before, a guessed pattern read every tutor line as a question and the student's as its answer ('Exactly. Ionic
bonds form …' -> 'Ok. And what is electronegativity?').

N16: a heading that only numbers the question under it ('## Question 3' / 'Is `int *p, q;` declaring two pointers?' /
'**Answer:** …'): no section of its card; before, each such card had a section of its own, 'Question 3'.

N17: a 'label the diagram' page, a picture over its numbered labels ('![Anterior view of the heart](…)' / 'Label the
structures numbered on the diagram.' / '1. → Superior vena cava' …; '- 1 = Aorta'; or '| Label | Structure | Between |'
/ '| A | Tricuspid valve | … |'): a card per label, 'What is labelled 1?' under the picture; before, the labels were
questions with no answer and the file gave no card, or cards fronted '1' without the picture.

N18: an open cloze, a passage with numbered gaps ('The (1) __________ is the site of aerobic respiration.') and a key of
words ('Answers: (1) mitochondrion (2) ribosomes …', or 'Answers:' over '1. mitochondrion' lines): a card per gap, its
sentence the front; before, 'cannot tell this document's layout' and no card.

N19: a text exam paper's first line over its rubric ('GCSE Biology — Paper 1 (Practice)' / 'Answer ALL questions.
Total: 20 marks.'): the source's title; before, the file's name.

N20: two questions apart only by a capital letter standing alone ('What is labelled A?' / 'What is labelled B?', a
diagram's labels with one picture on both fronts): kept apart as numbers are; before, the model scored them 0.80, at the
auto-merge threshold.

Documents in tests/data/sitting50/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting50" / "newdocs"


def cards(notes: list[dict]) -> dict[str, str]:  # type: ignore[type-arg]
    return {note_front(n): note_back(n) for n in notes}


def test_n12_formula_table_with_equals_in_its_cells_is_a_card_per_row(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"physics.md": DATA / "formula-sheet.md"})
    got = cards(notes)
    assert len(notes) == 11 and not skipped
    assert "F = ma" in got["Force"] and "newton (N)" in got["Force"]
    assert "V = IR" in got["Ohm's law"] and "volt (V)" in got["Ohm's law"]
    assert got["micro (µ)"] == "10⁻⁶"
    assert not any("| Force |" in front or front.startswith("|") for front in got)
    assert not any("outside any" in m or "no answer" in m for m in messages), messages


def test_n13_bold_numbered_exercises_over_tables_are_a_card_each(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"journal.md": DATA / "journal-entries.md"})
    got = cards(notes)
    assert len(notes) == 4 and not skipped
    told = "For each transaction, give the journal entry. "  # (the page's instruction to every one: each front's, sitting 52)
    back = got[told + "Bought office supplies for $250 on account."]
    assert "Office Supplies" in back and "Accounts Payable" in back and "Cash" not in back
    assert "Prepaid Insurance" in got[told + "Paid $1,200 for a one-year insurance policy in advance."]
    assert not any(note_front(n).startswith("Accounting 101") for n in notes)
    assert not any("outside any question" in m for m in messages), messages


def test_n14_exam_paper_parts_under_numbered_stems_a_card_each(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"paper.txt": DATA / "exam-paper.txt"})
    got = cards(notes)
    assert len(notes) == 5 and not skipped
    assert got["Enzymes are biological catalysts. (a) Name the enzyme that breaks down starch."] == "amylase"
    explained = got["Enzymes are biological catalysts. (b) Explain why enzymes stop working at high temperatures."]
    assert explained.startswith("the active site changes shape") and explained.endswith("complexes form.")
    assert got["(a) State the function of the ribosome."] == "protein synthesis"
    assert not any("mark" in front for front in got)  # ('[1 mark]' is the paper's, no part of the question)
    assert not any("cannot tell" in m for m in messages), messages


def test_n14_one_part_under_its_stem_is_asked_under_it(tmp_path: Path) -> None:
    notes, skipped, _ = built_notes(tmp_path, {"paper.txt": DATA / "exam-one-part.txt"})
    got = cards(notes)
    assert len(notes) == 3 and not skipped
    assert got["Cells contain organelles. (a) State the function of the ribosome."] == "protein synthesis"
    assert "Cells contain organelles." not in got


def test_n15_dialogue_turns_that_ask_are_cards_answered_by_the_turns_after_them(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"chat.txt": DATA / "tutoring-chat.txt"})
    got = cards(notes)
    assert len(notes) == 3 and not skipped
    bonds = got["What's the difference between an ionic and a covalent bond?"]
    assert bonds.startswith("Student: Ionic is when electrons are transferred") and "Tutor: Exactly. Ionic bonds form" in bonds
    assert "Ok." not in bonds  # ('Ok.' before the student's next question says nothing)
    assert got["What is electronegativity?"].startswith("Tutor: It's how strongly an atom attracts")
    assert got["What's the charge on a sulfate ion?"] == "Student: 2-? Tutor: Yes, SO₄²⁻."
    assert not any(front.startswith(("Exactly", "It's how")) for front in got)  # (the guessed pattern's fronts)
    assert not any("no answer" in m for m in messages), messages


def test_n16_bare_label_heading_is_no_section_of_its_card(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"pointers.md": DATA / "c-pointers.md"})
    assert len(notes) == 3
    asked = next(n for n in notes if note_front(n).startswith("Is int *p, q;"))
    assert note_back(asked).startswith("No. Only p is a pointer")
    assert [n["fields"].get("Section", "") for n in notes] == ["", "", ""]


def test_n17_picture_labels_are_a_card_each_with_the_picture_on_the_front(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"heart.md": DATA / "label-diagram.md"})
    assert len(notes) == 10 and not skipped
    by_front = {note_front(n): n for n in notes}
    first = next(n for front, n in by_front.items() if front.endswith("What is labelled 1?"))
    assert note_front(first).startswith("[image: Anterior view of the heart]") and note_back(first) == "Superior vena cava"
    valve = next(n for front, n in by_front.items() if front.endswith("What is labelled A?"))
    assert note_front(valve).startswith("[image: Valves seen from above]")
    assert note_back(valve) == "Tricuspid valve Between: right atrium and right ventricle"
    assert not any("outside any" in m or "no answer" in m for m in messages), messages
    said = [m for m in messages if "not found" in m]  # (the missing picture, said at the line that names it: sitting 52;
    assert said and "heart.md:3:" in said[0]  # it was said at the labels that show it, line 7 on)


def test_n17_labels_written_as_pairs_under_a_picture_show_it(tmp_path: Path) -> None:
    page = "# Heart\n\n![Anterior view](heart.png)\n\n- 1 = Superior vena cava\n- 2 = Aorta\n- 3 = Pulmonary trunk\n"
    notes, _, messages = built_notes(tmp_path, {"heart.md": page})
    assert sorted(note_back(n) for n in notes) == ["Aorta", "Pulmonary trunk", "Superior vena cava"]
    assert all(note_front(n).startswith("[image: Anterior view]") for n in notes)
    assert not any("empty first field" in m for m in messages), messages


def test_n18_open_cloze_with_a_key_of_words_is_a_card_per_gap(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"cells.txt": DATA / "open-cloze.txt"})
    got = cards(notes)
    assert len(notes) == 4 and not skipped
    assert got["The ______ is the site of aerobic respiration."] == "mitochondrion"
    assert got["Plant cells also contain ______, where photosynthesis happens."] == "chloroplasts"
    assert got["Proteins are made on (2) __________, which may be attached to the ______ reticulum."] == "rough endoplasmic"
    assert not any("cannot tell" in m for m in messages), messages


def test_n18_key_a_line_each_under_its_label(tmp_path: Path) -> None:
    page = (
        "Cells\n\nThe (1) ______ is the site of aerobic respiration. Proteins are made on (2) ______.\n\n"
        "Answers:\n1. mitochondrion\n2. ribosomes\n"
    )
    notes, _, _ = built_notes(tmp_path, {"cells.md": page})
    assert cards(notes) == {"The ______ is the site of aerobic respiration.": "mitochondrion", "Proteins are made on ______.": "ribosomes"}


def test_n19_paper_title_over_its_rubric_titles_the_source(tmp_path: Path) -> None:
    notes, _, messages = built_notes(tmp_path, {"paper.txt": DATA / "exam-paper.txt"})
    assert all(n["fields"]["Sources"].startswith("GCSE Biology — Paper 1 (Practice) #") for n in notes)  # ('… #1a')
    assert any('title = "GCSE Biology — Paper 1 (Practice)"' in m for m in messages), messages


def test_n20_questions_apart_by_a_lone_letter_are_never_one_question() -> None:
    from compiler.pairscore import built_in_contrast

    assert built_in_contrast("What is labelled A?", "What is labelled B?") == "different letters: A / B"
    assert built_in_contrast("What does vitamin C do?", "What does vitamin D do?") == "different letters: C / D"
    # (the same letter, a first word or the pronoun 'I' is no contrast: left to the score)
    assert built_in_contrast("What is vitamin A for?", "What is vitamin A used for?") == ""
    assert built_in_contrast("How do I merge?", "How can I merge?") == ""
    assert built_in_contrast("A cell is made of what?", "What is a cell made of?") == ""
