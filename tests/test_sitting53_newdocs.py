"""Fifty-third sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N1: a toggle whose '<summary>' is never closed ('<summary>What port does HTTPS use?' / '443' / '</details>'): read as
closed at its line's end, a card, and said at that line; before, the question was lost with no message.

N2: a Google Docs export's bold question holding an escaped star or an emphasis ('**What does \\*standard deviation\\*
measure?**&nbsp;How spread …'): its own card; before, it was glued onto the previous card's answer, unsaid.

N3: a numbered quiz answering in brackets after each '?' ('… longest in the human body? (Femur)', '… adult human body?
(206)', '… of breathing? (The diaphragm)'): a card each; before, the one-word answers were read as difficulty levels
and those questions had 'no answer'.

N4: numbered problems with their working indented under them ('1. Solve for x: 2x + 3 = 11' / '   2x = 8' / '   x = 4'):
a card per problem, the working its back; before, the page was a word list split at '=' ('2x' → '8', 'x' → '4').

N5: a word and its meaning over an example sentence, a blank line between ('**la boulangerie** — bakery' / '*Je vais à
la boulangerie …*'): the meaning, then the example on a line of its own; before, a tab joined them into one line.

N6: front matter that is no valid YAML ('title: Organic chemistry: functional groups', 'tags: [chem, organic'): said
at its line with what YAML says; before, read line by line, unsaid.

N7: a bold case title over its vignette ('**Case 1: Chest pain**' / 'A 58-year-old man … Which artery …?' / '**Answer:**
…'): 'Case 1: Chest pain — A 58-year-old man …'; before, the title ran into the vignette's first sentence.

N8: 'Question 1 - What organelle produces ATP?' / 'Answer - The mitochondrion': the label off the front, as the answer
label already was.

N9: a word list with each meaning in brackets ('- la cocina (kitchen)') under headings: a card per word, the heading
its section; before, one card per heading holding the whole list.

N10: one-line definitions ('Osmosis is the movement of water …'): a card per term, as '**Osmosis** is …' is; before,
one card of the page.

N11: a Russian study task among bold numbered questions ('**3. Сформулируйте первый закон Ньютона.**'): a card; before,
glued on the answer above (said as a question glued there).

N12: question-and-answer lines typed with no blank line between ('What is the formula of water? H2O' / …): a card
each; before, one card of the page.

N13: a question that names how many things it asks for over as many lettered lines, none marked ('Name the three
largest rivers in Africa.' / 'a. Nile' / 'b. Congo' / 'c. Niger'): the lines are its answer; before, 'options and none
marked correct', no card. A question that picks ('Which organ produces insulin?' over 'a. Liver' …) is still said as
an unkeyed quiz.

N14: a French question opening with a preposition before its question word ('En quelle année a eu lieu … ?'): its
space before '?' kept (a narrow no-break space) as the page's next question's is; before, dropped on this one only.

Documents in tests/data/sitting53/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting53" / "newdocs"


def test_n1_an_unclosed_summary_is_its_line_and_said(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"net.md": DATA / "summary-unclosed.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "What port does HTTPS use?": "443",
        "What does DNS stand for?": "Domain Name System",
        "What is TCP's handshake called?": "The three-way handshake (SYN, SYN-ACK, ACK).",
    }
    assert not skipped
    said = [m for m in messages if "<summary> is never closed" in m]
    assert len(said) == 1 and "net.md:4:" in said[0]


def test_n2_a_bold_question_with_an_escaped_star_is_its_own_card(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"stats.md": DATA / "gdocs-bold-escaped.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["What is the mean of 2, 4, 6?"] == "4"
    assert got["What does *standard deviation* measure?"] == "How spread out the values are around the mean."
    assert len(got) == 4 and not skipped


def test_n3_bracketed_answers_of_all_shapes_are_answers_not_levels(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"anatomy.md": DATA / "bracketed-answers.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Which bone is the longest in the human body?": "Femur",
        "How many bones are in the adult human body?": "206",
        "What is the smallest bone?": "Stapes",
        "Which muscle is the main muscle of breathing?": "The diaphragm",
    }
    assert not skipped and not [m for m in messages if "no answer" in m]


def test_n4_numbered_problems_over_indented_working_are_a_card_each(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"algebra.md": DATA / "worked-problems.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Solve for x: 2x + 3 = 11": "2x = 8 x = 4",
        "Solve for x: 5x - 7 = 18": "5x = 25 x = 5",
        "Factor x^2 - 9": "(x - 3)(x + 3)",
    }
    assert not skipped


def test_n5_a_word_and_meaning_over_an_example_keeps_the_example_apart(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"fr.md": DATA / "vocab-examples.md"})
    got = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert len(got) == 4 and not skipped
    assert "\t" not in "".join(got.values())
    assert got["la boulangerie"] == "<p>bakery</p><p><em>Je vais à la boulangerie pour acheter du pain.</em></p>"
    assert got["pourtant"] == "<p>yet, however</p><p><em>Il pleuvait ; pourtant, nous sommes sortis.</em></p>"


def test_n6_front_matter_that_is_no_yaml_is_said_at_its_line(tmp_path: Path) -> None:
    notes, _skipped, messages = built_notes(tmp_path, {"chem.md": DATA / "bad-front-matter.md"})
    assert [note_front(n) for n in notes] == ["What functional group is -OH?", "What functional group is -COOH?"]
    said = [m for m in messages if "front matter is not valid YAML" in m]
    assert len(said) == 1 and "chem.md:2:" in said[0] and "mapping values are not allowed here" in said[0]
    notes, _skipped, messages = built_notes(tmp_path / "ok", {"net.md": DATA / "summary-unclosed.md"})
    assert not [m for m in messages if "front matter" in m]


def test_n7_a_vignette_title_is_set_off_from_its_case(tmp_path: Path) -> None:
    notes, _skipped, _messages = built_notes(tmp_path, {"cases.md": DATA / "vignette-titles.md"})
    fronts = [note_front(n) for n in notes]
    assert fronts[0].startswith("Case 1: Chest pain — A 58-year-old man presents")
    assert fronts[1].startswith("Case 2: Fatigue — A 24-year-old woman")
    assert [note_back(n) for n in notes] == ["Right coronary artery (inferior MI).", "Iron deficiency anaemia."]


def test_n8_a_question_label_with_a_spaced_dash_is_no_part_of_the_front(tmp_path: Path) -> None:
    notes, _skipped, _messages = built_notes(tmp_path, {"bio.txt": DATA / "question-dash.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "What organelle produces ATP?": "The mitochondrion",
        "What is the function of ribosomes?": "Protein synthesis",
        "Where does photosynthesis take place?": "In the chloroplasts",
    }


def test_n9_a_word_list_with_meanings_in_brackets_is_a_card_per_word(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"es.md": DATA / "word-list-brackets.md"})
    got = {note_front(n): (note_back(n), n["sections"]) for n in notes}
    assert got["la cocina"][0] == "kitchen" and got["la cama"][0] == "bed"
    assert len(got) == 6 and not skipped
    assert "Rooms" in str(got["la cocina"][1]) and "Furniture" in str(got["la cama"][1])


def test_n10_one_line_definitions_are_a_card_per_term(tmp_path: Path) -> None:
    notes, _skipped, _messages = built_notes(tmp_path, {"cells.md": DATA / "definitions.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert list(got) == ["Osmosis", "Diffusion", "Active transport", "Endocytosis"]
    assert got["Active transport"] == "Active transport is the movement of substances against a concentration gradient, using energy from ATP."


def test_n11_a_russian_study_task_among_bold_questions_is_a_card(tmp_path: Path) -> None:
    notes, _skipped, messages = built_notes(tmp_path, {"phys.md": DATA / "russian-tasks.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["В чём измеряется работа?"] == "В джоулях (Дж)."
    assert got["Сформулируйте первый закон Ньютона."].startswith("Тело сохраняет состояние покоя")
    assert not [m for m in messages if "looks like a question" in m]


def test_n12_question_and_answer_lines_without_blank_lines_are_a_card_each(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"chem.md": DATA / "formula-lines.md"})
    got = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert len(got) == 5 and not skipped
    assert got["What is the formula of water?"] == "<p>H2O</p>"
    assert got["What is the formula of sulfuric acid?"] == "<p>H<sub>2</sub>SO<sub>4</sub></p>"
    assert got["What is the formula of glucose?"] == "<p>C₆H₁₂O₆</p>"


def test_n13_lettered_lines_as_many_as_the_question_names_are_its_answer(tmp_path: Path) -> None:
    notes, _skipped, messages = built_notes(tmp_path, {"geo.md": DATA / "named-count-lists.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {"Name the three largest rivers in Africa.": "a. Nile b. Congo c. Niger"}
    assert [m for m in messages if "5 options and none marked correct" in m]  # ('Which countries …?': five to pick from)
    notes, _skipped, messages = built_notes(tmp_path / "bio", {"bio.md": DATA / "named-count-lists-2.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Name the three types of blood vessel.": "a. Arteries b. Veins c. Capillaries",
        "Give two functions of the liver.": "a. Makes bile b. Stores glycogen",
    }
    assert [m for m in messages if "3 options and none marked correct" in m]  # ('Which organ produces insulin?')


def test_n14_a_french_question_after_a_preposition_keeps_its_space(tmp_path: Path) -> None:
    notes, _skipped, _messages = built_notes(tmp_path, {"histoire.md": DATA / "french-prepositions.md"})
    assert [n["fields"]["Question"] for n in notes] == [
        "En quelle année a eu lieu la prise de la Bastille\u202f?",
        "Qui était le roi de France en 1789\u202f?",
    ]

