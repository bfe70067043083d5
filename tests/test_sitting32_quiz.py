"""Thirty-second sitting, quiz: options numbered 1)–4) keyed by an end key naming the option by its number (T32-50)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial32"

ITALIAN = (
    "Quiz di storia\n\n"
    "1. In che anno è caduto l'Impero romano d'Occidente?\n1) 410\n2) 476\n3) 1453\n4) 800\n\n"
    "2. Chi ha scritto la Divina Commedia?\n1) Petrarca\n2) Boccaccio\n3) Dante Alighieri\n4) Manzoni\n\n"
    "3. Qual è la capitale d'Italia dal 1871?\n1) Torino\n2) Firenze\n3) Milano\n4) Roma\n\n"
    "Soluzioni: 1-2, 2-3, 3-4\n"
)


def _cards(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return [(n["kind"], note_front(n), note_back(n)) for n in notes]


def test_numbered_options_keyed_by_option_numbers(tmp_path: Path) -> None:
    """T32-50: 'Q1. Capital of France?' / '1) Rome' … / 'Answers: Q1 – 2, Q2 – 3, Q3 – 4': three multiple-choice cards
    keyed 2, 3, 4 (before: Basic cards listing every option, the key on the last back, silently), shown with
    the page's numbers ('2) Paris', since sitting 37)."""
    notes, skipped, said = built_notes(tmp_path, {"numbered-options.txt": TRIAL / "numbered-options.txt"})
    assert _cards(notes) == [
        ("multiple_choice", "Capital of France?", "2) Paris"),
        ("multiple_choice", "2+2?", "3) 4"),
        ("multiple_choice", "Largest ocean?", "4) Pacific"),
    ]
    assert not skipped
    assert not [s for s in said if "Answers" in s or "none marked" in s], said


def test_russian_and_italian_keys_name_option_numbers(tmp_path: Path) -> None:
    """T32-50: 'Ответы: 1 – 2; 2 – 3; 3 – 4' and 'Soluzioni: 1-2, 2-3, 3-4' key the numbered options of questions
    numbered '1.' (the Italian one was three 'none marked correct' warnings and no card)."""
    notes, skipped, _ = built_notes(tmp_path / "ru", {"ru.txt": TRIAL / "ru-num-options.txt"})
    assert [note_back(n) for n in notes] == ["2) Париж", "3) 4", "4) Тихий"] and not skipped
    assert "Ответы" not in " ".join(str(n["fields"]) for n in notes)
    notes, skipped, _ = built_notes(tmp_path / "it", {"it.txt": ITALIAN})
    assert _cards(notes) == [
        ("multiple_choice", "In che anno è caduto l'Impero romano d'Occidente?", "2) 476"),
        ("multiple_choice", "Chi ha scritto la Divina Commedia?", "3) Dante Alighieri"),
        ("multiple_choice", "Qual è la capitale d'Italia dal 1871?", "4) Roma"),
    ]
    assert not skipped


def test_numbered_answers_without_such_a_key_stay_answers(tmp_path: Path) -> None:
    """A numbered list that answers an open question stays its answer; a key of numbers whose entries name options a
    question does not have (a numeric answer, '2. 7') changes nothing."""
    text = (
        "1. Name the three branches of government.\n1) Legislative\n2) Executive\n3) Judicial\n\n"
        "2. How many continents are there?\n\nAnswers: 1. 3  2. 7\n"
    )
    notes, _, _ = built_notes(tmp_path, {"gov.txt": text})
    assert [n["kind"] for n in notes if "branches" in note_front(n)] == ["basic"]
    assert note_back(next(n for n in notes if "branches" in note_front(n))) == "1) Legislative 2) Executive 3) Judicial"


def test_statements_numbered_inside_a_keyed_question(tmp_path: Path) -> None:
    """T32-52: 'Consider the following statements:' / '1. …' / '2. …' / 'Which … is/are correct?' / 'A. 1 only' … keyed
    '2. A' by the end key: one multiple-choice card, the statements and the asking line on the front (before: a Basic
    card, the statements, question and options on its back, the key's entry unused)."""
    notes, skipped, _ = built_notes(tmp_path, {"statements.txt": TRIAL / "statements-arabic.txt"})
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 3 and not skipped
    card = notes[1]
    assert note_front(card) == (
        "Consider the following statements: 1. Mitochondria make ATP. 2. Ribosomes make lipids. "
        "Which of the statements given above is/are correct?"
    )
    assert note_back(card) == "A) 1 only"
    assert [note_back(n) for n in (notes[0], notes[2])] == ["B) Carbon dioxide", "B) Water"]


def test_spanish_statements_numbered_with_parens(tmp_path: Path) -> None:
    """T32-52 in Spanish, statements '1)' … '3)', '¿Cuáles … son correctas?', options a)–d), key '2-b'."""
    notes, skipped, _ = built_notes(tmp_path, {"es.txt": TRIAL / "es-afirmaciones.txt"})
    card = next(n for n in notes if "afirmaciones" in note_front(n))
    assert card["kind"] == "multiple_choice" and not skipped
    assert note_front(card).endswith("3) El ADN está en el núcleo. ¿Cuáles de las afirmaciones anteriores son correctas?")
    assert note_back(card) == "B) Solo 1 y 3"


def test_a_numbered_answer_then_lettered_lines_without_an_asking_line_is_unchanged(tmp_path: Path) -> None:
    """Numbered lines under a question and lettered lines after them, no line asking between: the rule above needs the
    asking line, so a worked answer with a numbered and a lettered list is its Basic card as before."""
    text = "1. Describe the process.\n1. Heat the water.\n2. Add the salt.\na) slowly\nb) stirring\n\n2. Next?\nYes.\n"
    notes, _, _ = built_notes(tmp_path, {"w.txt": text})
    first = next(n for n in notes if "Describe" in note_front(n))
    assert first["kind"] == "basic" and "Heat the water" in note_back(first)


def test_lettered_statements_are_never_the_options(tmp_path: Path) -> None:
    """T32-52: '(a) …' / '(b) …' statements, 'Which of the above is/are correct?', 'A. (a) only' … keyed '2. A': the
    options are A–D and the card teaches 'A) (a) only' (before: the statements were the options and the card taught
    'A) Mitochondria make ATP.', the real options gone)."""
    notes, skipped, _ = built_notes(tmp_path, {"statements.txt": TRIAL / "statements-lettered.txt"})
    card = notes[1]
    assert card["kind"] == "multiple_choice" and not skipped
    assert note_front(card) == "Read the statements: (a) Mitochondria make ATP. (b) Ribosomes make lipids. Which of the above is/are correct?"
    assert note_back(card) == "A) (a) only"
