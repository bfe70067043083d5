"""Fortieth sitting, helper "fixes": open findings of earlier trials, read right (two-option multiple choice written a
line an option in Markdown; …)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text


def _options(note: dict) -> list[str]:  # type: ignore[type-arg]
    """A multiple-choice note's options as the learner reads them."""
    return [plain_text(o) for o in note["fields"].get("Options", "").split("</li>")[:-1]]


# --- 1: two options, a line each, under a labelled question, keyed in the same paragraph ------------------------------


def test_two_options_a_line_each_under_a_labelled_question_are_multiple_choice(tmp_path: Path) -> None:
    """'Q1. Which planet …?' / 'A. Mercury' / 'B. Venus' / 'Answer: A' (no blank line): a Basic card with the options on
    the front and 'A' on its back; four options were read right. Each option on a line of its own: two suffice."""
    page = (
        "# Astronomy quiz\n\nQ1. Which planet is closest to the Sun?\nA. Mercury\nB. Venus\nAnswer: A\n\n"
        "Q2. Which planet is known as the Red Planet?\nA. Mars\nB. Jupiter\nC. Saturn\nAnswer: A\n\n"
        "Q3. Is the Moon a planet?\nA. Yes\nB. No\nAnswer: B\n"
    )
    notes, _, said = built_notes(tmp_path, {"astro.md": page})
    assert [(n["kind"], note_front(n), note_back(n), _options(n)) for n in notes] == [
        ("multiple_choice", "Which planet is closest to the Sun?", "A) Mercury", ["A) Mercury", "B) Venus"]),
        ("multiple_choice", "Which planet is known as the Red Planet?", "A) Mars", ["A) Mars", "B) Jupiter", "C) Saturn"]),
        ("multiple_choice", "Is the Moon a planet?", "B) No", ["A) Yes", "B) No"]),
    ], said


def test_two_options_in_each_letter_form_and_language(tmp_path: Path) -> None:
    """The same with 'a)', '(a)', 'A)' options, other languages' labels ('Frage 1:' / 'Antwort:', 'Pregunta 1:' /
    'Respuesta:'), true/false pairs, a key with a reason after a dash, and a .txt page."""
    en = "# Quiz\n\nQ1. Which gas do plants take in?\na) Oxygen\nb) Carbon dioxide\nAnswer: b\n\nQ2. Bats are birds.\nA) True\nB) False\nAnswer: B — they are mammals.\n"
    de = "# Chemie\n\nFrage 1: Welches Element hat das Symbol Fe?\nA. Eisen\nB. Fluor\nAntwort: A\n"
    es = (
        "Pregunta 1: ¿Cuántos lados tiene un triángulo?\n(a) Tres\n(b) Cuatro\nRespuesta: a\n\n"
        "Pregunta 2: ¿Cuál es el número primo más pequeño?\n(a) 1\n(b) 2\nRespuesta: b\n"
    )
    notes, _, said = built_notes(tmp_path, {"en.md": en, "de.md": de, "es.txt": es})
    got = {note_front(n): (n["kind"], note_back(n), _options(n), plain_text(n["fields"].get("Explanation", ""))) for n in notes}
    assert got == {
        "Which gas do plants take in?": ("multiple_choice", "B) Carbon dioxide", ["A) Oxygen", "B) Carbon dioxide"], ""),
        "Bats are birds.": ("multiple_choice", "B) False", ["A) True", "B) False"], "they are mammals."),
        "Welches Element hat das Symbol Fe?": ("multiple_choice", "A) Eisen", ["A) Eisen", "B) Fluor"], ""),
        "¿Cuántos lados tiene un triángulo?": ("multiple_choice", "A) Tres", ["A) Tres", "B) Cuatro"], ""),
        "¿Cuál es el número primo más pequeño?": ("multiple_choice", "B) 2", ["A) 1", "B) 2"], ""),
    }, said


def test_lettered_lines_answered_in_words_or_one_a_line_stay_a_basic_card(tmp_path: Path) -> None:
    """Only a key that names an option makes the lines options: two lettered points answered in words of their own, or
    the parts of a question answered part by part, stay on the front of a Basic card as the page wrote them; one line
    opening 'A.' under a question is no run of options."""
    page = (
        "# Review\n\nQ1. What are the two kinds of cell division?\nA. Mitosis makes two identical cells.\n"
        "B. Meiosis makes four sex cells.\nAnswer: both divide cells, for growth and for reproduction.\n\n"
        "Q2. Explain the following.\na) why the sky is blue?\nb) why sunsets are red?\n"
        "Answer: a) Rayleigh scattering; b) the long path through air scatters the blue away.\n\n"
        "Q3. What does vitamin C do?\nA. It helps wounds heal.\nAnswer: it is an antioxidant.\n"
    )
    notes, _, said = built_notes(tmp_path, {"review.md": page})
    assert [(n["kind"], note_front(n), note_back(n)) for n in notes] == [
        ("basic", "What are the two kinds of cell division? A. Mitosis makes two identical cells. B. Meiosis makes four sex cells.",
         "both divide cells, for growth and for reproduction."),
        ("basic", "Explain the following. a) why the sky is blue? b) why sunsets are red?",
         "a) Rayleigh scattering; b) the long path through air scatters the blue away."),
        ("basic", "What does vitamin C do? A. It helps wounds heal.", "it is an antioxidant."),
    ], said
