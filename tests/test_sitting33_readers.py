"""Thirty-third sitting, readers: shapes the new-user trials 31 and 32 found misread (T32-40 …). Fixtures written
here, in the shapes users bring, in several languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

# --- T32-40: exercises numbered from 1 again, keyed by exercise and number -------------------------------------------

_FR = (
    "Exercice 1 : Conjugue au présent.\n\n1) Je (manger) une pomme.\n2) Nous (finir) nos devoirs.\n3) Ils (prendre) le bus.\n\n"
    "Exercice 2 : Questions de cours.\n\n1) Quel est le participe passé de « prendre » ?\n"
    "2) Quel auxiliaire utilise « aller » au passé composé ?\n\n"
    "Corrigé\n\nExercice 1 : 1) mange  2) finissons  3) prennent\nExercice 2 : 1) pris  2) être\n"
)
_DE = (
    "Arbeitsblatt Deutsch – Klasse 7\n\nÜbung 1: Setze das Verb im Präteritum ein.\n\n"
    "1. Gestern (gehen) ich ins Kino.\n2. Wir (essen) Pizza.\n3. Der Hund (laufen) schnell.\n\n"
    "Übung 2 – Wortschatz\n\n1. Was ist das Gegenteil von „laut“?\n2. Nenne ein Synonym für „schnell“.\n\n"
    "Lösungen\n\nÜbung 1: 1. ging  2. aßen  3. lief\nÜbung 2: 1. leise  2. rasch\n"
)
# 'Tema' is in no word list: the key's own groups 'Tema 1:' / 'Tema 2:' name the title lines
_ES = (
    "Tema 1. La célula\n\n1) ¿Cuál es la unidad básica de la vida?\n2) ¿Qué orgánulo produce energía?\n\n"
    "Tema 2. Fotosíntesis\n\n1) ¿Qué gas absorben las plantas?\n2) ¿Dónde ocurre la fotosíntesis?\n3) ¿Qué pigmento es verde?\n\n"
    "Soluciones\n\nTema 1: 1) la célula  2) la mitocondria\n"
    "Tema 2: 1) dióxido de carbono  2) en los cloroplastos  3) la clorofila\n"
)


@pytest.mark.parametrize(
    ("name", "text", "cards"),
    [
        (
            "fiche.txt",
            _FR,
            [
                ("Je (manger) une pomme.", "mange", "Exercice 1 : Conjugue au présent."),
                ("Nous (finir) nos devoirs.", "finissons", "Exercice 1 : Conjugue au présent."),
                ("Ils (prendre) le bus.", "prennent", "Exercice 1 : Conjugue au présent."),
                ("Quel est le participe passé de « prendre » ?", "pris", "Exercice 2 : Questions de cours."),
                ("Quel auxiliaire utilise « aller » au passé composé ?", "être", "Exercice 2 : Questions de cours."),
            ],
        ),
        (
            "arbeitsblatt.txt",
            _DE,
            [
                ("Gestern (gehen) ich ins Kino.", "ging", "Übung 1: Setze das Verb im Präteritum ein."),
                ("Wir (essen) Pizza.", "aßen", "Übung 1: Setze das Verb im Präteritum ein."),
                ("Der Hund (laufen) schnell.", "lief", "Übung 1: Setze das Verb im Präteritum ein."),
                ("Was ist das Gegenteil von „laut“?", "leise", "Übung 2 – Wortschatz"),
                ("Nenne ein Synonym für „schnell“.", "rasch", "Übung 2 – Wortschatz"),
            ],
        ),
        (
            "temas.txt",
            _ES,
            [
                ("¿Cuál es la unidad básica de la vida?", "la célula", "Tema 1. La célula"),
                ("¿Qué orgánulo produce energía?", "la mitocondria", "Tema 1. La célula"),
                ("¿Qué gas absorben las plantas?", "dióxido de carbono", "Tema 2. Fotosíntesis"),
                ("¿Dónde ocurre la fotosíntesis?", "en los cloroplastos", "Tema 2. Fotosíntesis"),
                ("¿Qué pigmento es verde?", "la clorofila", "Tema 2. Fotosíntesis"),
            ],
        ),
    ],
)
def test_exercises_keyed_by_exercise_and_number(tmp_path: Path, name: str, text: str, cards: list[tuple[str, str, str]]) -> None:
    """T32-40 (severe): 'Exercice 2 : Questions de cours.' (a title after the exercise's number) was the answer of
    exercise 1's last question, exercise 2's questions with it, and the key's 'Exercice 1 : 1) …' groups unused. The
    title line is the section its questions (numbered from 1 again) are in, each keyed by its own exercise's group."""
    notes, skipped, said = built_notes(tmp_path, {name: text})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == cards, said
    assert not skipped
    assert not [s for s in said if "answer key" in s or "no answer" in s], said


def test_exercise_titles_with_answers_under_each_question(tmp_path: Path) -> None:
    """T32-40: the same titles over questions answered in place ('Answer: …'), no key: a section each, never the answer
    of the question above."""
    text = (
        "Exercise 1: Past simple\n\n1. I (go) to Paris last year.\nAnswer: went\n\n2. She (buy) a car.\nAnswer: bought\n\n"
        "Exercise 2: Vocabulary\n\n1. What is the opposite of \"cheap\"?\nAnswer: expensive\n\n"
        "2. What is a synonym of \"big\"?\nAnswer: large\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"worksheet.txt": text})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("I (go) to Paris last year.", "went", "Exercise 1: Past simple"),
        ("She (buy) a car.", "bought", "Exercise 1: Past simple"),
        ('What is the opposite of "cheap"?', "expensive", "Exercise 2: Vocabulary"),
        ('What is a synonym of "big"?', "large", "Exercise 2: Vocabulary"),
    ], said
    assert not skipped


def test_a_line_like_a_label_not_named_by_the_key_stays_the_answer(tmp_path: Path) -> None:
    """T32-40's guard: a word and a number over a list numbered from 1 under an unanswered question ('Step 1: mix …')
    is that question's answer when the key names no group so; the title rule reads the key's own labels only."""
    text = (
        "1. How do you make a simple syrup?\n\nMethod 2 – the quick way\n\n1. Heat equal parts sugar and water.\n"
        "2. Stir until clear.\n\n2. What is a roux?\n\nFlour cooked in fat.\n"
    )
    notes, _skipped, said = built_notes(tmp_path, {"kitchen.txt": text})
    backs = {note_front(n): note_back(n) for n in notes}
    assert "Method 2" in backs.get("How do you make a simple syrup?", ""), (backs, said)
