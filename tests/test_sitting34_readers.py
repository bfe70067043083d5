"""Thirty-fourth sitting, readers: shapes the new-user trials 31 to 33 found misread (T33-17 …). Fixtures written
here, in the shapes users and chat assistants write, in several languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, typeset_pdf

# --- T33-17: a list of bold questions, each answered on its own line -------------------------------------------------

_EN_CHAT = (
    "Sure! Here are 3 flashcards on photosynthesis:\n\n"
    "1. **Where does photosynthesis take place?** – In the chloroplasts.\n"
    "2. **Which pigment absorbs the light?** – Chlorophyll.\n"
    "3. **Which gas is released?** – Oxygen.\n\n"
    "Good luck with your studies! 🍀\n"
)
_ES = (
    "1. **¿En qué año comenzó la Revolución francesa?** – En 1789.\n"
    "2. **¿Qué edificio fue tomado el 14 de julio?** - La Bastilla.\n"
    "3. **¿Quién era el rey en 1789?** Luis XVI.\n"
)
_ZH = "- **细胞的能量工厂是什么？** 线粒体\n- **光合作用在哪里进行？**叶绿体\n"
_FR = (
    "## Chapitre 3 : La cellule\n\n"
    "- **Quel organite produit l'ATP ?** : La mitochondrie.\n"
    "- **Où se trouve l'ADN chez les eucaryotes ?** : *Dans le noyau.*\n"
)


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        (
            _EN_CHAT,
            [
                ("Where does photosynthesis take place?", "In the chloroplasts.", ""),
                ("Which pigment absorbs the light?", "Chlorophyll.", ""),
                ("Which gas is released?", "Oxygen.", ""),
            ],
        ),
        (
            _ES,
            [
                ("¿En qué año comenzó la Revolución francesa?", "En 1789.", ""),
                ("¿Qué edificio fue tomado el 14 de julio?", "La Bastilla.", ""),
                ("¿Quién era el rey en 1789?", "Luis XVI.", ""),
            ],
        ),
        (_ZH, [("细胞的能量工厂是什么？", "线粒体", ""), ("光合作用在哪里进行？", "叶绿体", "")]),
        (
            _FR,
            [
                ("Quel organite produit l'ATP ?", "La mitochondrie.", "Chapitre 3 : La cellule"),
                ("Où se trouve l'ADN chez les eucaryotes ?", "Dans le noyau.", "Chapitre 3 : La cellule"),
            ],
        ),
    ],
)
def test_a_bold_question_answered_on_its_list_line_is_a_card(tmp_path: Path, text: str, cards: list[tuple[str, str, str]]) -> None:
    """T33-17 (high): '1. **Where …?** – In the chloroplasts.' (a chat assistant's commonest flashcards) gave no card
    and said the questions 'have no answer (write the answer below the question)'. A list line that asks in bold
    and goes on after it (a dash, a colon or nothing between; two such lines are enough) is a card: the bold the
    front, the rest the back; the chat line before the cards is no text outside any question."""
    notes, skipped, said = built_notes(tmp_path, {"cards.md": text})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == cards, said
    assert not skipped
    assert not [s for s in said if "no answer" in s or "outside any question" in s], said


def test_bold_questions_answered_below_stay_so(tmp_path: Path) -> None:
    """T33-17's guard: bold list questions with marks after them and their answers below are read as before."""
    text = (
        "1. **What is the powerhouse of the cell?** (2 marks)\n\n   The mitochondrion.\n\n"
        "2. **Where is DNA stored?**\n\n   In the nucleus.\n\n3. **Which organelle makes proteins?**\n\n   The ribosome.\n"
    )
    notes, _skipped, said = built_notes(tmp_path, {"quiz.md": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the powerhouse of the cell?", "The mitochondrion."),
        ("Where is DNA stored?", "In the nucleus."),
        ("Which organelle makes proteins?", "The ribosome."),
    ], said


# --- T33-15: numbered questions marked with an asterisk, or wrapped in emphasis --------------------------------------

_TRIAL33 = Path(__file__).parent / "data" / "trials" / "trial33"
_ES_CIVICS = (
    "Preguntas de educación cívica\n\nGOBIERNO ESTADOUNIDENSE\n\nA: Principios de la democracia estadounidense\n\n"
    "1. ¿Cuál es la ley suprema de la nación?\n▪ la Constitución\n\n"
    "2. ¿Qué es una enmienda?\n▪ un cambio (a la Constitución)\n\n"
    "**3. ¿Cuál es un derecho de la Primera Enmienda?***\n▪ expresión\n▪ religión\n\n"
    "4. ¿Cuántas enmiendas tiene la Constitución?\n▪ veintisiete (27)\n\n"
    "B: Sistema de gobierno\n\n"
    "_12. ¿Cuál es el sistema económico de los Estados Unidos?*_\n▪ economía de mercado\n\n"
    "13. Nombre una rama del gobierno.*\n▪ Congreso\n\n"
    "* Si tiene 65 años o más, puede estudiar solo las preguntas marcadas con un asterisco.\n"
)


def test_uscis_civics_starred_questions_are_their_own_cards(tmp_path: Path) -> None:
    """T33-15 (severe): '*6. What is one right …?*' (a starred question as the PDF's text gives it) was glued into
    question 5's answer, '.*' stayed on a front, the footnote explaining the asterisk was the last card's answer and
    'A: Principles of American Democracy' no section. 8 cards, each under its lettered part."""
    notes, skipped, said = built_notes(tmp_path, {"uscis-civics.txt": _TRIAL33 / "uscis-civics.txt"})
    a, b = "A: Principles of American Democracy", "B: System of Government"
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("What is the supreme law of the land?", "the Constitution", a),
        ("What does the Constitution do?", "sets up the government defines the government protects basic rights of Americans", a),
        (
            "The idea of self-government is in the first three words of the Constitution. What are these words?",
            "We the People",
            a,
        ),
        ("What is an amendment?", "a change (to the Constitution) an addition (to the Constitution)", a),
        ("What do we call the first ten amendments to the Constitution?", "the Bill of Rights", a),
        ("What is one right or freedom from the First Amendment?", "speech religion assembly press petition the government", a),
        ("Name one branch or part of the government.", "Congress legislative President executive the courts judicial", b),
        (
            "Who is one of your state's U.S. Senators now?",
            "Answers will vary. [District of Columbia residents and residents of U.S. territories should answer that D.C. "
            "(or the territory where the applicant lives) has no U.S. Senators.]",
            b,
        ),
    ], said
    assert not skipped


def test_bold_and_underscored_starred_questions_and_lettered_parts_in_spanish(tmp_path: Path) -> None:
    """T33-15 in other shapes: '**3. …?***' (bold, then the star), '_12. …?*_' (the star inside), 'B: Sistema de
    gobierno' (a part's title not in capitals) a section, never the answer above it; no footnote on a back."""
    notes, skipped, said = built_notes(tmp_path, {"civica.txt": _ES_CIVICS})
    a, b = "A: Principios de la democracia estadounidense", "B: Sistema de gobierno"
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("¿Cuál es la ley suprema de la nación?", "la Constitución", a),
        ("¿Qué es una enmienda?", "un cambio (a la Constitución)", a),
        ("¿Cuál es un derecho de la Primera Enmienda?", "expresión religión", a),
        ("¿Cuántas enmiendas tiene la Constitución?", "veintisiete (27)", a),
        ("¿Cuál es el sistema económico de los Estados Unidos?", "economía de mercado", b),
        ("Nombre una rama del gobierno.", "Congreso", b),
    ], said
    assert not skipped


def test_a_answer_labels_and_starred_answers_stay_answers(tmp_path: Path) -> None:
    """T33-15's guards: 'A: Paris' standing apart under a question not answered yet is its answer, never a part's
    title; a '* …' paragraph right under a starred question is its answer, never a footnote."""
    text = "1. What is the capital of France?\n\nA: Paris\n\n2. What is the capital of Spain?\n\nA: Madrid\n\n3. What is the capital of Italy?\n\nA: Rome\n"
    notes, _skipped, said = built_notes(tmp_path / "a", {"capitals.txt": text})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("What is the capital of France?", "Paris", ""),
        ("What is the capital of Spain?", "Madrid", ""),
        ("What is the capital of Italy?", "Rome", ""),
    ], said
    text = "Quiz\n\n1. Name a primary colour.*\n\n* red\n\n2. Name a planet.\n\n* Mars\n\n3. Which gas do plants take in?*\n\n* carbon dioxide, written CO2 in the formula sheet we use\n"
    notes, _skipped, said = built_notes(tmp_path / "b", {"quiz.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Name a primary colour.", "red"),
        ("Name a planet.", "Mars"),
        ("Which gas do plants take in?", "carbon dioxide, written CO2 in the formula sheet we use"),
    ], said


def test_starred_items_is_linear_on_hostile_lines() -> None:
    """The rewrite reads a line of many stars and spaces, and many starred numbered lines, in one pass each."""
    import time

    from compiler.sources.starred_items import starred_items

    lines = ["1. a", "2. b", "*3. " + "* " * 200_000 + "*", *(f"{n}. q.*" for n in range(4, 20_000))]
    start = time.perf_counter()
    out = starred_items(lines)
    assert time.perf_counter() - start < 5
    assert out[5] == "6. q."


# --- T33-8: a bonus question after a numbered quiz, keyed by its label ----------------------------------------------


def test_a_bonus_question_keyed_by_its_label_is_its_own_card(tmp_path: Path) -> None:
    """T33-8 (severe): 'Bonus: … short? (1 point)' after question 2, keyed 'Bonus: 1/4', was question 2's explanation
    with its key entry: a card of its own, keyed by that entry, the others as before."""
    notes, skipped, said = built_notes(tmp_path, {"bonus-quiz.txt": _TRIAL33 / "bonus-quiz.txt"})
    assert [(note_front(n), note_back(n), plain(n, "Explanation")) for n in notes] == [
        ("What is the shape of a DNA molecule?", "B) double helix", ""),
        ("Which base pairs with adenine in DNA?", "C) thymine", ""),
        ("In a Tt × Tt cross, what fraction of the offspring is expected to be short?", "1/4", ""),
    ], said
    assert not skipped


def test_a_pdf_quizs_bonus_question_keyed_by_its_key_tables_row(tmp_path: Path) -> None:
    """T33-8 in a PDF: the key a table whose last row is 'Bonus | 1/4' (its text 'Bonus 1/4'): the bonus its own card,
    question 5's explanation empty."""
    pdf = typeset_pdf(tmp_path / "bio-quiz.pdf", (_TRIAL33 / "bio-quiz.typ").read_text(encoding="utf-8"))
    notes, skipped, said = built_notes(tmp_path / "deck", {"bio-quiz.pdf": pdf})
    assert [note_back(n) for n in notes] == ["B) double helix", "C) thymine", "B) Tt", "B) Gregor Mendel", "B) Rosalind Franklin", "1/4"], said
    assert note_front(notes[5]) == "In a Tt × Tt cross, what fraction of the offspring is expected to be short?"
    assert not plain(notes[4], "Explanation"), said
    assert not skipped


@pytest.mark.parametrize(
    ("text", "bonus"),
    [
        (
            "Kurztest Erdkunde\n\n1. Wie heißt die Hauptstadt von Frankreich?\na) Lyon   b) Paris   c) Marseille\n\n"
            "2. Welcher Fluss fließt durch Wien?\na) Rhein   b) Elbe   c) Donau\n\n"
            "Bonusfrage (2 Punkte): Wie heißt der höchste Berg der Alpen?\n\nLösungen\n1. b\n2. c\nBonusfrage: Mont Blanc\n",
            ("Wie heißt der höchste Berg der Alpen?", "Mont Blanc"),
        ),
        (
            "Examen de Historia\n\n1. ¿En qué año llegó Colón a América?\na) 1492   b) 1502   c) 1482\n\n"
            "2. ¿Quién pintó el Guernica?\na) Dalí   b) Picasso   c) Goya\n\n"
            "Pregunta extra: ¿Qué imperio gobernaba Tenochtitlan?\n\nRespuestas\n| Pregunta | Respuesta |\n|---|---|\n"
            "| 1 | a |\n| 2 | b |\n| Pregunta extra | el Imperio mexica (azteca) |\n",
            ("¿Qué imperio gobernaba Tenochtitlan?", "el Imperio mexica (azteca)"),
        ),
    ],
)
def test_bonus_questions_in_other_languages_and_key_tables(tmp_path: Path, text: str, bonus: tuple[str, str]) -> None:
    """T33-8: 'Bonusfrage (2 Punkte): …?' keyed 'Bonusfrage: …', 'Pregunta extra: …?' keyed by a key table's row."""
    notes, skipped, said = built_notes(tmp_path, {"quiz.txt": text})
    assert len(notes) == 3, said
    assert (note_front(notes[2]), note_back(notes[2])) == bonus, said
    assert not plain(notes[1], "Explanation"), said
    assert not skipped


def test_an_unkeyed_bonus_question_is_said_at_its_line(tmp_path: Path) -> None:
    """T33-8: a bonus question the key does not answer is no part of the question above: 'no answer' at its line."""
    text = (
        "Chemistry Quiz 4\n\n1. What is the chemical symbol for sodium?\na) S   b) Na   c) So\n\n"
        "2. What is the pH of pure water at 25 °C?\na) 0   b) 7   c) 14\n\n"
        "Extra credit: Who arranged the first periodic table by atomic mass?\n\nAnswer Key\n1. b\n2. b\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"quiz.txt": text})
    assert [(note_front(n), note_back(n), plain(n, "Explanation")) for n in notes] == [
        ("What is the chemical symbol for sodium?", "B) Na", ""),
        ("What is the pH of pure water at 25 °C?", "B) 7", ""),
    ], said
    assert [(s["line"], s["question"]) for s in skipped] == [(9, "Who arranged the first periodic table by atomic mass?")]
    assert any("quiz.txt:9:" in s and "no answer" in s for s in said), said


def plain(note: dict, field: str) -> str:  # type: ignore[type-arg]
    """A note's field as text (empty when the note type has none)."""
    from conftest import plain_text

    return plain_text(note["fields"].get(field, ""))


# --- T33-28: a true/false verdict followed by its reason -------------------------------------------------------------


def test_a_verdict_with_its_reason_answers_its_statement(tmp_path: Path) -> None:
    """T33-28 (medium): '2. Bats are birds. — **False** (they are mammals)' was 'question has no answer'; the verdict
    and its reason are the back, as the bare '— **True**' statements' verdicts are."""
    notes, skipped, said = built_notes(tmp_path, {"tf.md": _TRIAL33 / "chatbot" / "chatbot-tf.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("True or false: The Sun is a star.", "True"),
        ("True or false: Bats are birds.", "False (they are mammals)"),
        ("True or false: Water boils at 100 °C at sea level.", "True"),
        ("True or false: The Great Wall of China is visible from the Moon with the naked eye.", "False"),
    ], said
    assert not skipped


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        (
            "1. El Sol es una estrella. **Verdadero**\n2. Los murciélagos son aves. **Falso** (son mamíferos)\n"
            "3. La Luna tiene luz propia. **Falso** – refleja la luz del Sol.\n",
            [
                ("El Sol es una estrella.", "Verdadero"),
                ("Los murciélagos son aves.", "Falso (son mamíferos)"),
                ("La Luna tiene luz propia.", "Falso – refleja la luz del Sol."),
            ],
        ),
        (
            "Biology true or false\n\n1. The Sun is a star. **True**\n2. Bats are birds. **False** – they are mammals.\n"
            "3. Spiders are insects. **False**, they are arachnids.\n4. Whales breathe air. **True**\n",
            [
                ("True or false: The Sun is a star.", "True"),
                ("True or false: Bats are birds.", "False – they are mammals."),
                ("True or false: Spiders are insects.", "False, they are arachnids."),
                ("True or false: Whales breathe air.", "True"),
            ],
        ),
    ],
)
def test_verdicts_with_reasons_in_other_shapes(tmp_path: Path, text: str, cards: list[tuple[str, str]]) -> None:
    """T33-28 in Spanish (bold verdicts, a reason in brackets or after a dash) and after a dash or comma in English."""
    notes, skipped, said = built_notes(tmp_path, {"vf.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards, said
    assert not skipped


# --- T32-50 (rest): a marks line between a question and its options --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "backs"),
    [
        (
            "Q1. What is the capital of France?\n(2 marks)\n1) Rome\n2) Paris\n3) Madrid\n4) Berlin\n\n"
            "Q2. Which planet is known as the Red Planet?\n[1 mark]\n1) Venus\n2) Jupiter\n3) Mars\n4) Saturn\n\n"
            "Q3. What is H2O?\n(1 mark)\n1) Salt\n2) Water\n3) Sugar\n4) Oil\n\nAnswers: Q1 – 2, Q2 – 3, Q3 – 2\n",
            ["2) Paris", "3) Mars", "2) Water"],  # (the page's numbers, as its key names them: sitting 37)
        ),
        (
            "1. Welche Stadt ist die Hauptstadt von Italien?\n(3 Punkte)\na) Mailand\nb) Rom\nc) Neapel\n\n"
            "2. Wie viele Kontinente gibt es?\n(2 Punkte)\na) fünf\nb) sechs\nc) sieben\n\nLösungen: 1 b, 2 c\n",
            ["B) Rom", "C) sieben"],
        ),
    ],
)
def test_a_marks_line_between_stem_and_options_is_no_option(tmp_path: Path, text: str, backs: list[str]) -> None:
    """T32-50's rest (severe): '(2 marks)' / '[1 mark]' / '(3 Punkte)' between a question and its options opened the
    answer: nothing keyed, the end key on the last back. The marks are no option and no answer; the key keys them."""
    notes, skipped, said = built_notes(tmp_path, {"test.txt": text})
    assert [note_back(n) for n in notes] == backs, said
    assert not any("mark" in note_back(n) or "Punkte" in note_back(n) or "Answers" in note_back(n) or "Lösungen" in note_back(n) for n in notes)
    assert not skipped
