"""Thirty-second sitting, answer keys (findings of trial 31): a key that disagrees with a question's own answer line,
keys on the question's line, exam papers' own shapes. Fixtures written here in the shapes the findings showed (no
third-party text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

# --- T31-60: an answer line under the question and the answer key at the end disagree --------------------------------

_TWICE = {
    # (file, text, the card's question, the option it keeps, the answer line's line, the key entry's line, key's letter)
    "en-heading": (
        "quiz.txt",
        "Quiz\n\n1. Which is a prime number?\nA. 4\nB. 7\nC. 9\nD. 12\nAnswer: B\n\n"
        "2. Which is even?\nA. 3\nB. 5\nC. 8\nD. 9\nAnswer: C\n\nAnswer key\n1. C\n2. C\n",
        "Which is a prime number?", "7", 8, 18, "C",
    ),
    "fr-corrige": (
        "qcm.txt",
        "QCM de géographie\n\n1. Quelle est la capitale de l'Australie ?\na) Sydney\nb) Canberra\nc) Melbourne\n"
        "Réponse : b\n\n2. Quel est le plus long fleuve de France ?\na) La Seine\nb) Le Rhône\nc) La Loire\nRéponse : c\n\n"
        "Corrigé\n1. b\n2. a\n",
        "Quel est le plus long fleuve de France ?", "La Loire", 13, 17, "A",
    ),
    "pt-one-line": (
        "teste.txt",
        "Teste de história\n\n1) Em que ano o Brasil declarou a independência?\na) 1808\nb) 1822\nc) 1889\nResposta: b\n\n"
        "2) Quem foi o primeiro imperador do Brasil?\na) Dom Pedro I\nb) Dom Pedro II\nc) Dom João VI\nResposta: a\n\n"
        "Respostas: 1-b, 2-c\n",
        "Quem foi o primeiro imperador do Brasil?", "Dom Pedro I", 13, 15, "C",
    ),
    "es-mixed": (  # question 2 waits for the key, question 1 has its own line: the key answers 2 and is checked against 1
        "examen.txt",
        "Examen de química\n\n1. ¿Cuál es el símbolo del sodio?\nA. So\nB. Na\nC. Sd\nRespuesta: B\n\n"
        "2. ¿Qué gas es más abundante en el aire?\nA. Oxígeno\nB. Argón\nC. Nitrógeno\n\nClave de respuestas\n1. C\n2. C\n",
        "¿Cuál es el símbolo del sodio?", "Na", 7, 15, "C",
    ),
    "en-md-table": (
        "physics.md",
        "# Physics check\n\n1. What is the unit of force?\n   - A. Joule\n   - B. Newton\n   - C. Watt\n\n   Answer: B\n\n"
        "2. What is the unit of power?\n   - A. Joule\n   - B. Newton\n   - C. Watt\n\n   Answer: C\n\n"
        "## Answer Key\n\n| Q | Answer |\n|---|--------|\n| 1 | A |\n| 2 | C |\n",
        "What is the unit of force?", "Newton", 8, 21, "A",
    ),
    "de-md-line": (
        "zelle.md",
        "# Biologie – Zelle\n\n**1. Wo findet die Fotosynthese statt?**\n\nA) Mitochondrium\nB) Chloroplast\nC) Zellkern\n\n"
        "**Antwort:** B\n\n**2. Was speichert die Erbinformation?**\n\nA) DNA\nB) ATP\nC) Glukose\n\n**Antwort:** A\n\n"
        "Lösungen: 1-B, 2-C\n",
        "Was speichert die Erbinformation?", "DNA", 17, 19, "C",
    ),
    "it-md-heading": (
        "verifica.md",
        "# Verifica di scienze\n\n### Domanda 1\nQual è il pianeta più vicino al Sole?\n\n- A) Venere\n- B) Mercurio\n"
        "- C) Marte\n\n**Risposta:** B\n\n### Domanda 2\nQuante sono le ossa di un adulto?\n\n- A) 106\n- B) 206\n- C) 306\n\n"
        "**Risposta:** B\n\n## Soluzioni\n\n1. A\n2. B\n",
        "Qual è il pianeta più vicino al Sole?", "Mercurio", 10, 23, "A",
    ),
}


@pytest.mark.parametrize("case", sorted(_TWICE))
def test_a_key_that_disagrees_with_the_answer_line_is_said_at_both_lines(tmp_path: Path, case: str) -> None:
    """T31-60 (wrong-card risk): 'Answer: B' under question 1 and the key's '1. C' at the end: the key was not even read
    when every question had its own line (its entries read as questions 'C' with no answer, or glued onto the last back),
    and where it was read it won or lost without a word. Now both lines are said, the card keeps the answer line."""
    name, text, question, kept, said_at, key_at, key = _TWICE[case]
    notes, _skipped, said = built_notes(tmp_path, {name: text})
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(notes) == 2, cards
    assert kept in cards[question]
    against = [s for s in said if "the answer key at line" in s]
    assert len(against) == 2, said  # (at both lines; the build prints them as one, grouped)
    assert f"{name}:{said_at}:" in against[0] and f"{name}:{key_at}:" in against[1], against
    assert f"line {said_at} says" in against[0] and f"the answer key at line {key_at}" in against[0]
    assert f"says {key}" in against[0] and "the card takes" in against[0]
    assert not [s for s in said if "no answer" in s or "outside any" in s], said


def test_a_key_that_agrees_with_the_answer_lines_is_read_silently(tmp_path: Path) -> None:
    """T31-60: the same key said twice the same way is no news: no warning, no card from the key's lines."""
    text = (
        "Quiz\n\n1. Which is a prime number?\nA. 4\nB. 7\nC. 9\nAnswer: B\n\n2. Which is even?\nA. 3\nB. 5\nC. 8\nAnswer: C\n\n"
        "Answer key\n1. B\n2. C\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"quiz.txt": text})
    assert sorted(note_back(n) for n in notes) == ["B) 7", "C) 8"]
    assert not skipped
    assert [s for s in said if "not listed in deck.toml" not in s] == []
