"""Thirty-fourth sitting, helper "keys" (open findings of trials 31-33): one-line chatbot cards with a separator
between question and answer, and the other labels and keys below. Fixtures written here in the shapes the findings
showed, in several languages (no third-party text)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

from compiler.sources.lines import same_line_pairs

# --- T33-27: '1. Q: What is the capital of Kenya? | A: Nairobi' ------------------------------------------------------

_ONE_LINE_CARDS = {
    "en-pipe.md": (
        "Here are 3 flashcards:\n\n1. Q: What is the capital of Kenya? | A: Nairobi\n"
        "2. Q: What is the capital of Peru? | A: Lima\n3. Q: What is the capital of Norway? | A: Oslo\n",
        [("What is the capital of Kenya?", "Nairobi"), ("What is the capital of Peru?", "Lima"), ("What is the capital of Norway?", "Oslo")],
    ),
    "de-dash.md": (
        "Klar! Hier sind deine Karteikarten:\n\n1. Frage: Wie heißt die Hauptstadt von Österreich? — Antwort: Wien\n"
        "2. Frage: Welcher Fluss fließt durch Köln? — Antwort: Der Rhein\n3. Frage: Wie viele Bundesländer hat Deutschland? — Antwort: 16\n",
        [("Wie heißt die Hauptstadt von Österreich?", "Wien"), ("Welcher Fluss fließt durch Köln?", "Der Rhein"), ("Wie viele Bundesländer hat Deutschland?", "16")],
    ),
    "fr-slash.md": (
        "Voici 3 cartes :\n\n- Question : Quelle est la capitale de l'Italie ? / Réponse : Rome\n"
        "- Question : Qui a écrit « Les Misérables » ? / Réponse : Victor Hugo\n"
        "- Question : Combien de côtés a un hexagone ? / Réponse : Six\n",
        [("Quelle est la capitale de l'Italie ?", "Rome"), ("Qui a écrit « Les Misérables » ?", "Victor Hugo"), ("Combien de côtés a un hexagone ?", "Six")],
    ),
    "es-pipe.md": (
        "Aquí tienes 3 tarjetas:\n\n1) Pregunta: ¿Cuál es la capital de Chile? | Respuesta: Santiago\n"
        "2) Pregunta: ¿Cuál es la capital de Uruguay? | Respuesta: Montevideo\n3) Pregunta: ¿Cuál es la capital de Bolivia? | Respuesta: Sucre\n",
        [("¿Cuál es la capital de Chile?", "Santiago"), ("¿Cuál es la capital de Uruguay?", "Montevideo"), ("¿Cuál es la capital de Bolivia?", "Sucre")],
    ),
}


@pytest.mark.parametrize("name", list(_ONE_LINE_CARDS))
def test_a_separator_between_a_question_and_its_answer_label_on_one_line_is_no_part_of_the_back(tmp_path: Path, name: str) -> None:
    text, cards = _ONE_LINE_CARDS[name]
    notes, skipped, messages = built_notes(tmp_path, {name: text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards
    assert [n["items"][0]["line"] for n in notes] == list(range(3, 3 + len(cards)))
    assert not skipped and not [m for m in messages if "not listed in deck.toml" not in m]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "1. Q" + " " * n + "x?\n",
        lambda n: "Question:" + " " * n + "x? | A: y\n",
        lambda n: "Q: x?" + " " * n + "| A: y\n",
        lambda n: "Q: " + "? | " * (n // 4) + "\n",
    ],
)
def test_one_line_pairs_are_found_in_linear_time_on_runs_of_spaces(make) -> None:  # type: ignore[no-untyped-def]
    def took(n: int) -> float:
        start = time.process_time()
        same_line_pairs(make(n) * 2)
        return time.process_time() - start

    small = min(took(20_000) for _ in range(3))
    assert took(200_000) < 30 * small + 0.5
