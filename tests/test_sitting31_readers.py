"""Thirty-first sitting, readers: option labels, question numbers and marks of the right option that last sitting's
new-user trial found unread (T30-18, T30-21, T30-28, T30-29). Fixtures written here, in the shapes users bring."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text

# --- T30-18: options lettered 'a.-', 'A/', '(i)' keyed by a test's key at its end -----------------------------------

_LABELLED = {
    "es-stop-dash.txt": (
        "EXAMEN PARCIAL DE BIOLOGÍA\n\n1. ¿Cuál es el orgánulo de la respiración celular?\na.- El núcleo\n"
        "b.- La mitocondria\nc.- El ribosoma\nd.- El aparato de Golgi\n\n2. ¿Qué molécula transporta el oxígeno?\n"
        "a.-La insulina\nb.-El colágeno\nc.-La hemoglobina\nd.-La queratina\n\nRESPUESTAS\n1-b\n2-c\n"
    ),
    "fr-slash.txt": (
        "QCM de géographie\n\n1. Quelle est la capitale de l'Australie ?\nA/ Sydney\nB/ Melbourne\nC/ Canberra\nD/ Perth\n\n"
        "2. Quel est le plus long fleuve de France ?\nA/ La Seine\nB/ La Loire\nC/ Le Rhône\nD/ La Garonne\n\n"
        "Réponses : 1-C, 2-B\n"
    ),
    "en-roman.txt": (
        "Physics Unit Test\n\n1. Which quantity is a vector?\n(i) Mass\n(ii) Velocity\n(iii) Temperature\n(iv) Energy\n\n"
        "2. The SI unit of force is:\n(i) Joule\n(ii) Watt\n(iii) Newton\n(iv) Pascal\n\nAnswer key\n1: (ii)\n2: (iii)\n"
    ),
    "en-numbers.txt": (
        "NEET Practice Set\n\n1. Which of the following is the powerhouse of the cell?\n(1) Nucleus\n(2) Mitochondria\n"
        "(3) Golgi body\n(4) Lysosome\n\n2. The functional unit of kidney is:\n(1) Neuron\n(2) Alveolus\n(3) Nephron\n"
        "(4) Villus\n\nAnswers: 1 - (2); 2 - (3)\n"
    ),
    "ka-test.txt": (
        "ტესტი ისტორიაში\n\n1. რომელ წელს დაიწყო პირველი მსოფლიო ომი?\nა) 1905\nბ) 1914\nგ) 1918\nდ) 1939\n\n"
        "2. რა არის საქართველოს დედაქალაქი?\nა. ქუთაისი\nბ. ბათუმი\nგ. რუსთავი\nდ. თბილისი\n\nპასუხები\n1. ბ\n2. დ\n"
    ),
}
_LABELLED_CARDS = {
    "es-stop-dash.txt": [
        ("¿Cuál es el orgánulo de la respiración celular?", "b.- La mitocondria"),
        ("¿Qué molécula transporta el oxígeno?", "c.- La hemoglobina"),
    ],
    "fr-slash.txt": [("Quelle est la capitale de l'Australie ?", "C/ Canberra"), ("Quel est le plus long fleuve de France ?", "B/ La Loire")],
    "en-roman.txt": [("Which quantity is a vector?", "(ii) Velocity"), ("The SI unit of force is:", "(iii) Newton")],
    "en-numbers.txt": [
        ("Which of the following is the powerhouse of the cell?", "(2) Mitochondria"),
        ("The functional unit of kidney is:", "(3) Nephron"),
    ],
    "ka-test.txt": [("რომელ წელს დაიწყო პირველი მსოფლიო ომი?", "ბ) 1914"), ("რა არის საქართველოს დედაქალაქი?", "დ. თბილისი")],
}


@pytest.mark.parametrize("name", sorted(_LABELLED))
def test_option_labels_keyed_by_the_tests_key(tmp_path: Path, name: str) -> None:
    """T30-18 (severe): options lettered 'a.-' (Spanish exams, text glued or not), 'A/' (French), '(i)' or '(2)' keyed
    by the test's key at its end ('1: (ii)', '1 - (2)') were basic cards listing the options, the key glued on the last
    back. Each question is a multiple-choice card, the keyed option right and shown with the page's label; Georgian
    letters ('ა)', 'ა.') keyed '1. ბ' stay read so."""
    notes, _, said = built_notes(tmp_path, {name: _LABELLED[name]})
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 2, said
    assert [(note_front(n), note_back(n)) for n in notes] == _LABELLED_CARDS[name], said
    for note in notes:
        assert not any(word in plain_text(note["fields"]["Options"]) for word in ("RESPUESTAS", "Réponses", "Answer", "პასუხები"))


def test_a_numbered_list_of_points_with_no_key_stays_the_answer(tmp_path: Path) -> None:
    """T30-18: '(i)' … '(iii)' points with no key naming one by number stay the answer's list (a numbered key of
    other items, '1. True', names none of them)."""
    text = (
        "Biology notes\n\n1. What are the functions of the liver?\n(i) Detoxification\n(ii) Bile production\n"
        "(iii) Glycogen storage\n\n2. Where is bile stored?\nIn the gallbladder.\n"
    )
    notes, _, said = built_notes(tmp_path, {"notes.txt": text})
    assert [n["kind"] for n in notes] == ["basic", "basic"], said
    assert note_back(notes[0]) == "(i) Detoxification (ii) Bile production (iii) Glycogen storage"
