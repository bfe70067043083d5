"""Forty-first sitting, lead: a mock exam's bold question labels with their marks ('**Question 1** (2 marks)') over the
question, all answered by the mark scheme at the end. Each label was a card '(2 marks)' whose back was the question, the
mark scheme one card; without marks, a question that asked ('What is the unit of power?') was 'no answer'."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

EXAM = """# Physics – Mock exam, Paper 1

**Question 1** (2 marks)
State Newton's second law of motion.

**Question 2** [3 marks]
A car of mass 1000 kg accelerates at 2 m/s². Calculate the resultant force.

**Question 3** (1 mark)
What is the unit of power?

---

## Mark scheme

1. The resultant force on an object equals its mass times its acceleration (F = ma). [2]
2. F = ma = 1000 × 2 = 2000 N. [3]
3. Watt (W). (1 mark)
"""

@pytest.mark.parametrize("marks", [True, False])
def test_a_mock_exam_keyed_by_its_mark_scheme(tmp_path: Path, marks: bool) -> None:
    """A card per question, the mark scheme's entry its back without the marks, the scheme no card, nothing said."""
    text = EXAM if marks else EXAM.replace(" (2 marks)", "").replace(" [3 marks]", "").replace(" (1 mark)", "", 1)
    notes, skipped, said = built_notes(tmp_path, {"exam.md": text})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "State Newton's second law of motion.": "The resultant force on an object equals its mass times its acceleration (F = ma).",
        "A car of mass 1000 kg accelerates at 2 m/s². Calculate the resultant force.": "F = ma = 1000 × 2 = 2000 N.",
        "What is the unit of power?": "Watt (W).",
    }
    assert not any("no answer" in s or "outside any question" in s or "only another question" in s for s in said), said
    assert [s["question"] for s in skipped] == ["Mark scheme"]



PRUEFUNG = """# Chemie – Probeklausur

**Aufgabe 1** (2 Punkte)
Was ist eine Säure nach Brønsted?

**Aufgabe 2** (1 Punkt)
Nenne das Produkt einer Neutralisation außer Wasser.

## Lösungen

1. Ein Protonendonator. (2 Punkte)
2. Ein Salz. [1]
"""


@pytest.mark.parametrize("labels", ["bold", "headings"])
def test_a_german_mock_exam_keyed_by_its_solutions(tmp_path: Path, labels: str) -> None:
    """'**Aufgabe 1** (2 Punkte)' labels (or '## Aufgabe 1' headings) keyed by '## Lösungen': the key was the last
    question's answer ('Lösungen' taken for that question's answer label) and 'Aufgabe' numbered no question for the key."""
    text = PRUEFUNG if labels == "bold" else PRUEFUNG.replace("**Aufgabe 1** (2 Punkte)", "## Aufgabe 1").replace("**Aufgabe 2** (1 Punkt)", "## Aufgabe 2")
    notes, skipped, said = built_notes(tmp_path, {"klausur.md": text})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Was ist eine Säure nach Brønsted?": "Ein Protonendonator.",
        "Nenne das Produkt einer Neutralisation außer Wasser.": "Ein Salz.",
    }
    assert not any("no answer" in s or "outside any question" in s for s in said), said
    assert [s["question"] for s in skipped] == ["Lösungen"]


IB = """# Biology Paper 2 — practice

1. (a) Define the term *osmosis*. [2]
   (b) State one function of the cell membrane. [1]

2. Outline the role of ATP in cells. [3]

## Markscheme

1. (a) The net movement of water across a partially permeable membrane, from lower to higher solute concentration.
   (b) Controls what enters and leaves the cell.
2. ATP releases energy when it is hydrolysed to ADP, used for active transport and synthesis. [3]
"""


def test_an_exam_in_parts_keyed_by_its_markscheme(tmp_path: Path) -> None:
    """IB style: the first part on the number's line ('1. (a) Define … [2]'), marks in square brackets, the key under a
    one-word 'Markscheme'. It was one card fronted by an answer ('(a) The net movement …' -> '(b) Controls …': a wrong
    card) and three questions 'no answer'; now a card per part and per question, marks off both sides."""
    notes, _, said = built_notes(tmp_path / "a", {"ib.md": IB})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Define the term osmosis.": "The net movement of water across a partially permeable membrane, from lower to higher solute concentration.",
        "State one function of the cell membrane.": "Controls what enters and leaves the cell.",
        "Outline the role of ATP in cells.": "ATP releases energy when it is hydrolysed to ADP, used for active transport and synthesis.",
    }
    assert not any("no answer" in s or "none marked" in s for s in said), said
    stem = IB.replace("1. (a) Define the term *osmosis*. [2]", "1. A cell is placed in distilled water.\n   (a) Define the term *osmosis*. [2]")
    notes, _, _ = built_notes(tmp_path / "b", {"ib.md": stem})
    fronts = {note_front(n) for n in notes}
    assert "A cell is placed in distilled water. (a) Define the term osmosis." in fronts
    assert "A cell is placed in distilled water. (b) State one function of the cell membrane." in fronts


TF = """# True or false? — The human body

1. The heart has four chambers. (T/F)
2. Red blood cells have a nucleus. (T/F)
3. The femur is the longest bone in the body. (T/F)

Answers: 1 T, 2 F, 3 T
"""


def test_a_true_or_false_title_with_its_subject_asks_nothing(tmp_path: Path) -> None:
    """'# True or false? — The human body' was the page's one question, every statement and the key its back; the
    prompt with the page's subject after a dash is a title, the statements cards keyed by the key (French too)."""
    notes, _, _ = built_notes(tmp_path / "en", {"tf.md": TF})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("True or false: The heart has four chambers.", "True"),
        ("True or false: Red blood cells have a nucleus.", "False"),
        ("True or false: The femur is the longest bone in the body.", "True"),
    ]
    fr = (
        "# Vrai ou faux ? – Le corps humain\n\n1. Le cœur a quatre cavités.\n2. Les globules rouges ont un noyau.\n"
        "3. Le fémur est l’os le plus long du corps.\n\nRéponses : 1 V, 2 F, 3 V\n"
    )
    notes, _, _ = built_notes(tmp_path / "fr", {"vf.md": fr})
    assert [note_back(n) for n in notes] == ["Vrai", "Faux", "Vrai"]


DEVOIR = """# Physique – Devoir n°2

## Exercice 1 (3 points)

Quelle est l'unité de la force dans le Système international ?

## Exercice 2 (2 points)

Énoncer le principe d'inertie.

## Corrigé

1. Le newton (N).
2. Tout corps persévère dans son état de repos ou de mouvement rectiligne uniforme.
"""


def test_exercise_headings_with_their_points_are_keyed(tmp_path: Path) -> None:
    """'## Exercice 1 (3 points)' numbered no question for the key ('Corrigé'): the first was 'no answer', the second a
    card fronted 'Exercice 2', the key a card of its own."""
    notes, skipped, said = built_notes(tmp_path, {"devoir.md": DEVOIR})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Quelle est l'unité de la force dans le Système international ?", "Le newton (N)."),
        ("Énoncer le principe d'inertie.", "Tout corps persévère dans son état de repos ou de mouvement rectiligne uniforme."),
    ]
    assert not any("no answer" in s for s in said), said
    assert [s["question"] for s in skipped] == ["Corrigé"]


SCHEME_TABLE = """# Geography Paper 1 – Section B

1. Describe one cause of coastal erosion. (2 marks)
2. Explain why deltas form at river mouths. (3 marks)
3. Name the process by which rocks break down in place. (1 mark)

## Mark scheme

| Question | Answer | Marks |
|---|---|---|
| 1 | Waves with a long fetch erode the cliff base by hydraulic action. | 2 |
| 2 | Rivers slow as they enter the sea, so they deposit their sediment. | 3 |
| 3 | Weathering. | 1 |
"""


def test_a_mark_scheme_table_keys_the_questions_above(tmp_path: Path) -> None:
    """'## Mark scheme' over '| Question | Answer | Marks |': each row was a card fronted '1', '2', '3' and the questions
    'text outside any question'; now each question is answered by its row, marks off. Spanish too."""
    notes, _, said = built_notes(tmp_path / "en", {"paper.md": SCHEME_TABLE})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Describe one cause of coastal erosion.", "Waves with a long fetch erode the cliff base by hydraulic action."),
        ("Explain why deltas form at river mouths.", "Rivers slow as they enter the sea, so they deposit their sediment."),
        ("Name the process by which rocks break down in place.", "Weathering."),
    ]
    assert not any("outside any question" in s for s in said), said
    es = (
        "# Examen de historia\n\n1. ¿En qué año llegó Colón a América?\n2. ¿Quién pintó el Guernica?\n\n## Soluciones\n\n"
        "| Pregunta | Respuesta | Puntos |\n|---|---|---|\n| 1 | En 1492. | 1 |\n| 2 | Pablo Picasso. | 1 |\n"
    )
    notes, _, _ = built_notes(tmp_path / "es", {"examen.md": es})
    assert [note_back(n) for n in notes] == ["En 1492.", "Pablo Picasso."]


def test_a_numbered_table_that_keys_nothing_is_left_alone() -> None:
    """No key heading over it, or numbers no question above carries: the table stays as written."""
    from compiler.sources.compact_keys import column_keys

    lines = SCHEME_TABLE.split("\n")
    assert column_keys(lines) != lines
    plain = [line.replace("## Mark scheme", "## Results") for line in lines]
    assert column_keys(plain) is plain
    other = [line.replace("| 3 | Weathering.", "| 7 | Weathering.") for line in lines]
    assert column_keys(other) is other


def test_bare_marks_after_a_question_are_off_its_front() -> None:
    """'Name the organelle where respiration happens. [1]': a paper's marks after the full stop; an index stays."""
    from compiler.passes.clean import points_free

    assert points_free("Name the organelle where respiration happens. [1]") == "Name the organelle where respiration happens."
    assert points_free("What is the output? [3]") == "What is the output?"
    assert points_free("What is a[1]") == "What is a[1]"
    assert points_free("Is x [2] the second element?") == "Is x [2] the second element?"


def test_an_answer_heading_over_steps_is_no_key_when_questions_follow() -> None:
    """'## Answer' over a numbered list of steps under '## Question 1', with '## Question 2' after it, is that question's
    answer label, never the page's key (only a key heading after the last question, on a page whose questions have no
    answer label of their own, is one)."""
    from compiler.sources.markdown import MarkdownReader, _label_answers
    from compiler.sources.markdown_blocks import top_blocks

    text = (
        "## Question 1\n\nHow do you undo the last commit?\n\n## Answer\n\n1. Run `git reset --soft HEAD~1`.\n"
        "2. Check with `git status`.\n\n## Question 2\n\nHow do you list commits?\n\n## Answers\n\n1. `git log`.\n2. `git log -5`.\n"
    )
    blocks = top_blocks(MarkdownReader()._md.parse(text, {}))
    labels = [b.start for k, b in enumerate(blocks) if k in _label_answers(blocks)]
    assert labels == [text.split("\n").index("## Answer"), text.split("\n").index("## Answers")]
