"""Thirty-sixth sitting, readers: exam papers of new-user trials 34 and 35 (T35-6, T35-18, T34-1). The trials'
reproducers (tests/data/trials/) and fixtures written here, in other languages and layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text, typeset_pdf

TRIAL35 = Path(__file__).parent / "data" / "trials" / "trial35"
GRID = TRIAL35 / "t35-6-bare-letters-two-per-line"

# --- T35-6: short options two to a line behind bare letters, the Cambridge/GCSE grid -----------------------------------

_CELLS = [
    ("Which organelle is the site of aerobic respiration?", "C) mitochondrion"),
    ("Which substance do plants store as starch?", "A) glucose"),
    ("What is the function of red blood cells?", "C) carry oxygen"),
]


@pytest.mark.parametrize("name", ["bare-letters-two-per-line.txt", "bare-letters-two-per-line-spaced.txt", "bare-letters-one-per-line-WORKS.txt"])
def test_options_two_to_a_line_behind_bare_letters_are_keyed_options(tmp_path: Path, name: str) -> None:
    """T35-6 (high): '1 Which organelle …?' / 'A nucleus B ribosome' / 'C mitochondrion D cell wall' … 'Answers' / '1 C 2 A
    3 C' was 'cannot tell this document's layout', a space or six between the options: a multiple-choice card each,
    keyed by the paper's key, every option on the card."""
    notes, skipped, said = built_notes(tmp_path, {name: GRID / name})
    assert [(note_front(n), note_back(n)) for n in notes] == _CELLS, said
    assert not skipped
    assert plain_text(notes[0]["fields"]["Options"]) == "A) nucleus B) ribosome C) mitochondrion D) cell wall"
    assert not [s for s in said if "cannot tell" in s], said


def test_the_typeset_paper_gives_its_choices_and_short_answers(tmp_path: Path) -> None:
    """T35-6 as the trial's PDF (typst: section titles set large, a running header 'GCSE Biology — Paper 1 Candidate
    number: ……..', 'Turn over' footers, the options in a 2×2 grid): no card, "a question paper … without answers". Its
    four questions with options are keyed by the key, its two short-answer questions answered by their lines of it; the
    header line with dots to write on is no lead-in glued to question 1's front."""
    pdf = typeset_pdf(tmp_path / "gcse-bio-paper1.pdf", (GRID / "exam.typ").read_text(encoding="utf-8"))
    notes, skipped, said = built_notes(tmp_path / "deck", {"gcse-bio-paper1.pdf": pdf})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which organelle is the site of aerobic respiration?", "C) mitochondrion"),
        ("Which substance is the product of photosynthesis that plants store as starch?", "A) glucose"),
        ("What is the function of red blood cells?", "C) carry oxygen"),
        ("Which enzyme breaks down starch?", "B) amylase"),
        ("Name the process by which water moves into root hair cells.", "Osmosis"),
        ("State two differences between plant and animal cells.", "Plant cells have a cell wall and chloroplasts; animal cells have neither."),
    ], said
    assert not skipped
    assert not [s for s in said if "no card from this file" in s or "without answers" in s], said


def test_a_grid_in_french_and_four_to_a_line_is_keyed_too(tmp_path: Path) -> None:
    """The grid in French ('A Paris      B Lyon' / 'C Marseille      D Nice', the key 'Réponses' / '1 A 2 D 3 B'), and four
    options on one line ('A 2 B 3 C 4 D 5'): options, keyed."""
    text = (
        "1 Quelle est la capitale de la France ?\n"
        "A Paris      B Lyon\n"
        "C Marseille      D Nice\n"
        "2 Quel fleuve traverse Bordeaux ?\n"
        "A la Seine      B la Loire\n"
        "C le Rhône      D la Garonne\n"
        "3 Quelle ville est la plus au nord ?\n"
        "A Toulouse      B Lille\n"
        "C Nantes      D Lyon\n"
        "\n"
        "Réponses\n1 A 2 D 3 B\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"geo.txt": text})
    assert [note_back(n) for n in notes] == ["A) Paris", "D) la Garonne", "B) Lille"], said
    assert not skipped
    maths = "1 What is 1 + 1?\nA 2 B 3 C 4 D 5\n2 What is 2 + 2?\nA 3 B 4 C 5 D 6\n3 What is 3 + 3?\nA 6 B 7 C 8 D 9\n\nAnswers\n1 A 2 B 3 A\n"
    notes, skipped, said = built_notes(tmp_path / "m", {"maths.txt": maths})
    assert [(note_front(n), note_back(n)) for n in notes] == [("What is 1 + 1?", "A) 2"), ("What is 2 + 2?", "B) 4"), ("What is 3 + 3?", "A) 6")], said


def test_an_option_whose_words_hold_a_capital_letter_stays_whole(tmp_path: Path) -> None:
    """One option a line, one of them with a capital letter and a space in its words ('A group B streptococcus'): never
    split into two options at the 'B'."""
    text = (
        "1 Which organism causes strep throat?\nA group B streptococcus\nB E. coli\nC yeast\nD HIV\n"
        "2 Which vitamin is made in the skin?\nA vitamin C\nB vitamin D\nC vitamin K\nD vitamin B12\n"
        "3 Which blood type is the universal donor?\nA type O negative\nB type AB positive\nC type A\nD type B\n"
        "Answers\n1 A 2 B 3 A\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"micro.txt": text})
    assert not skipped, said
    assert [note_back(n) for n in notes] == ["A) group B streptococcus", "B) vitamin D", "A) type O negative"], said


def test_a_paper_without_its_key_says_so_at_each_question(tmp_path: Path) -> None:
    """T35-6 with no key: never 'cannot tell this document's layout'; each question is said at its line, with how to mark
    its right option (an answer key under an 'Answers' heading among the ways)."""
    text = "".join(GRID.joinpath("bare-letters-two-per-line.txt").read_text(encoding="utf-8").splitlines(keepends=True)[:10])
    from conftest import deck_of

    from compiler.build import build
    from compiler.diagnostics import ContentError

    with pytest.raises(ContentError) as stopped:  # (no card in the deck: 'no note', the warnings under it)
        build(deck_of(tmp_path, {"paper.txt": text}), tmp_path / "build", formats=("json",), now=1_000)
    said = [d.text() for d in stopped.value.diagnostics]
    assert not [s for s in said if "cannot tell" in s], said
    none = [s for s in said if "none marked correct" in s]
    assert len(none) == 1 and "paper.txt:2:" in none[0] and "also at line 5, line 8" in none[0] and "'Answers' heading" in none[0], said
    assert any("a question paper without its key: 3 questions with options, none marked right" in s for s in said), said


# --- T35-18: options numbered on the question's own line ------------------------------------------------------------

T35_18 = TRIAL35 / "t35-18-inline-numbered-options" / "inline-numbered-options.txt"


def test_options_numbered_on_the_questions_line_are_keyed_by_the_number(tmp_path: Path) -> None:
    """T35-18 (medium): '… milky? (1) Oxygen (2) Carbon dioxide (3) Nitrogen (4) Hydrogen' / 'Ans: (1)' and '1) Iron 2)
    Mercury …' / 'Ans: 2' were Basic cards whose back was '(1)' / '2': multiple-choice cards keyed by the number, the
    options shown with the page's own labels."""
    notes, skipped, said = built_notes(tmp_path, {"inline.txt": T35_18})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which gas turns lime water milky?", "B) Carbon dioxide"),
        ("Which gas do plants give off in light?", "(1) Oxygen"),
        ("Which metal is liquid at room temperature?", "2) Mercury"),
    ], said
    assert [n["notetype"] for n in notes] == ["deckc Multiple choice"] * 3
    assert plain_text(notes[1]["fields"]["Options"]) == "(1) Oxygen (2) Carbon dioxide (3) Nitrogen (4) Hydrogen"
    assert not skipped


@pytest.mark.parametrize(
    ("name", "text", "backs"),
    [
        (
            "numbered.md",
            "1. Which gas turns lime water milky? (1) Oxygen (2) Carbon dioxide (3) Nitrogen (4) Hydrogen\n   Ans: (2)\n\n"
            "2. Which is a noble gas? (i) Oxygen (ii) Argon (iii) Nitrogen (iv) Hydrogen\n   Answer: (ii)\n\n"
            "3. Which metal is liquid at room temperature? 1) Iron 2) Mercury 3) Copper 4) Zinc\n   Ans: 2\n",
            ["(2) Carbon dioxide", "(ii) Argon", "2) Mercury"],
        ),
        (
            "fragen.txt",
            "Q1. Was ist die Hauptstadt von Deutschland? (1) Berlin (2) Bonn (3) Hamburg (4) München\nAntwort: (1)\n\n"
            "Q2. Welcher Fluss fließt durch Köln? (1) Donau (2) Elbe (3) Rhein (4) Main\nAntwort: (3)\n\n"
            "Q3. Wie viele Bundesländer hat Deutschland? (1) 12 (2) 14 (3) 16 (4) 18\nAntwort: (3)\n",
            ["(1) Berlin", "(3) Rhein", "(3) 16"],
        ),
        (
            "end-key.txt",
            "1. Which gas turns lime water milky? (1) Oxygen (2) Carbon dioxide (3) Nitrogen (4) Hydrogen\n\n"
            "2. Which is a noble gas? (1) Oxygen (2) Argon (3) Nitrogen (4) Hydrogen\n\n"
            "3. Which metal is liquid at room temperature? (1) Iron (2) Mercury (3) Copper (4) Zinc\n\n"
            "Answers: 1-(2), 2-(2), 3-(2)\n",
            ["(2) Carbon dioxide", "(2) Argon", "(2) Mercury"],
        ),
    ],
)
def test_numbered_inline_options_in_other_shapes_and_languages(tmp_path: Path, name: str, text: str, backs: list[str]) -> None:
    """T35-18 in a numbered Markdown list (Roman numerals too), in German ('Antwort: (1)'), and keyed by the test's key at
    its end ('Answers: 1-(2), 2-(2), …'): a keyed multiple-choice card each."""
    notes, skipped, said = built_notes(tmp_path, {name: text})
    assert [note_back(n) for n in notes] == backs, said
    assert not skipped


def test_a_line_that_counts_in_brackets_without_a_key_stays_as_written(tmp_path: Path) -> None:
    """A question's line that numbers its points in brackets, nothing keying a number ('Name the three states: (1) solid
    (2) liquid (3) gas' / its answer): no options, the answer its own."""
    text = (
        "Q1. What are the three states of matter? (1) one (2) two (3) three\nA: Solid, liquid and gas.\n\n"
        "Q2. What is the boiling point of water?\nA: 100 °C.\n\nQ3. What is the freezing point of water?\nA: 0 °C.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"states.txt": text})
    assert [note_back(n) for n in notes] == ["Solid, liquid and gas.", "100 °C.", "0 °C."], said
    assert not skipped


# --- T34-1: a GCSE structured paper, its parts, marks, dotted lines and furniture -------------------------------------

T34_1 = Path(__file__).parent / "data" / "trials" / "trial34" / "t34-1-gcse-paper-mark-scheme"
_ANSWERS = {
    "(a)  Name": "mitochondrion",
    "(b)  Explain": "they need a lot of energy",
    "Define": "net movement of water",
    "(a)  State": "temperature",
    "(b)  Suggest": "the enzyme is denatured",
    "Give two": "no nucleus; no chloroplasts",
}


def _answered(name: str) -> str:
    """The trial's paper with an answer line under each question or part, as a teacher's copy writes them in."""
    out = []
    for line in (T34_1 / name).read_text(encoding="utf-8").split("\n"):
        out.append(line)
        out += [f"        Answer: {a}" for k, a in _ANSWERS.items() if k in line]
    return "\n".join(out)


@pytest.mark.parametrize("name", ["gcse-bio-paper.txt", "gcse-bio-paper-dotted-numbers.txt"])
def test_a_structured_papers_parts_are_a_card_each_without_its_furniture(tmp_path: Path, name: str) -> None:
    """T34-1 (severe) with its answers written in: '1  (a)  Name …  [1 mark]' / dotted lines / '(b)  Explain …  [2 marks]'
    gave part (b) as the back of part (a), 'Time allowed … Instructions: Answer ALL questions …' on the fronts, dotted
    lines and 'Total for paper: 11 marks END OF QUESTIONS Turn over ►' on a back. A card per part, the stem of 4 over
    each of its parts, no marks, dots, instructions or furniture on any card; the parts of 4 are no options."""
    notes, skipped, said = built_notes(tmp_path, {"paper.txt": _answered(name)})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("(a) Name the organelle where aerobic respiration takes place.", "mitochondrion"),
        ("(b) Explain why muscle cells contain many of these organelles.", "they need a lot of energy"),
        ("Define the term osmosis.", "net movement of water"),
        ("A student investigated the effect of temperature on the rate of an enzyme-controlled reaction. (a) State the independent variable in this investigation.", "temperature"),
        ("A student investigated the effect of temperature on the rate of an enzyme-controlled reaction. (b) Suggest why the rate falls above 40 °C.", "the enzyme is denatured"),
        ("Give two differences between a plant cell and a bacterial cell.", "no nucleus; no chloroplasts"),
    ], said
    assert [(s["line"], s["skipped"]) for s in skipped] == [(19, "no correct option")]  # (question 3's boxes: no key)
    assert any("'Total for paper: 11 marks', 'END OF QUESTIONS'" in s for s in said), said


def test_the_paper_as_printed_reads_a_question_per_part_each_said_unanswered(tmp_path: Path) -> None:
    """T34-1 as printed, no answers in it ('cannot tell this document's layout'): its seven questions and parts are read,
    each said at its line to have no answer, question 3's boxes none ticked; never a card of a part under another."""
    from conftest import deck_of

    from compiler.build import build
    from compiler.diagnostics import ContentError

    with pytest.raises(ContentError) as stopped:
        build(deck_of(tmp_path, {"paper.txt": T34_1 / "gcse-bio-paper.txt"}), tmp_path / "build", formats=("json",), now=1_000)
    said = [d.text() for d in stopped.value.diagnostics]
    assert not [s for s in said if "cannot tell" in s], said
    assert not [s for s in said if "question has no answer" in s], said  # (said once with every line: trial47 T47-4)
    assert any("paper.txt:7: warning: none of its 7 questions has an answer (lines 7, 9, 13, 16, 26, 28, 31)" in s for s in said), said


def test_a_time_allowed_line_is_no_lead_in_of_the_questions(tmp_path: Path) -> None:
    """T34-1: 'Time allowed: 1 hour 15 minutes' over 'Instructions: Answer ALL questions …' was read as a lead-in of
    questions 1 to 15, both lines on every front."""
    text = (
        "Biology Paper 1\nTime allowed: 1 hour 15 minutes\nInstructions: Answer ALL questions. The marks for each question are "
        "shown in brackets [ ].\n\nSECTION A\n\n1. Name the organelle where aerobic respiration takes place. [1 mark]\n"
        "Answer: mitochondrion\n\n2. Define the term osmosis. [2 marks]\nAnswer: movement of water\n\nSECTION B\n\n"
        "3. State the independent variable. [1 mark]\nAnswer: temperature\n"
    )
    notes, _, said = built_notes(tmp_path, {"instr.txt": text})
    assert [note_front(n) for n in notes] == [
        "Name the organelle where aerobic respiration takes place.",
        "Define the term osmosis.",
        "State the independent variable.",
    ], said
