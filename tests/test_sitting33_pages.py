"""Thirty-third sitting, pages: open findings of trials 31 and 32 about pages (a group heading with its marks, a
flashcard site's set page copied whole, HTML lists inside Markdown, headings over prose, word lists)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

# --- T32-21: a question group's heading between an answer and the next question is a section --------------------

NCERT = (
    "Chapter 8 – Cell: The Unit of Life\nVery Short Answer Type Questions (1 mark each)\n\n"
    "Q1. Who discovered the cell? [1]\nAns. Robert Hooke in 1665.\n\n"
    "Q2. Name the largest cell in the human body. [1]\nAns. The ovum.\n\n"
    "Short Answer Type Questions (3 marks each)\n\n"
    "Q3. Differentiate between prokaryotic and eukaryotic cells. (3 marks)\nAns. Prokaryotes lack a true nucleus.\n\n"
    "Q4. Why is the mitochondrion called the powerhouse of the cell? (2 marks)\nAns. It makes most of the cell's ATP.\n"
)
KURZFRAGEN = (
    "Biologie – Kapitel 4\n\nFrage 1: Wer entdeckte die Zelle?\nAntwort: Robert Hooke.\n\n"
    "Frage 2: Was ist die größte Zelle des Menschen?\nAntwort: Die Eizelle.\n\n"
    "Ausführliche Fragen (je 3 Punkte)\n\n"
    "Frage 3: Was unterscheidet Prokaryoten von Eukaryoten?\nAntwort: Prokaryoten haben keinen Zellkern.\n\n"
    "Frage 4: Warum heißt das Mitochondrium Kraftwerk der Zelle?\nAntwort: Es bildet das meiste ATP.\n"
)


def test_a_question_groups_heading_with_its_marks_is_a_section_not_the_answer_above(tmp_path: Path) -> None:
    """T32-21 (medium): 'Short Answer Type Questions (3 marks each)' between Q2's answer and Q3 was glued onto
    Q2's back ('The ovum. Short Answer Type Questions (3 marks each)'): the marks in brackets after a group's title
    kept it from being read as one. It is the section of the questions under it (its marks no part of the name, as
    a count is not), in any language; the marks after the questions go alike, '[1]' as '(3 marks)'."""
    notes, _, _ = built_notes(tmp_path, {"ncert.txt": NCERT, "kurz.txt": KURZFRAGEN})
    got = {note_front(n): (note_back(n), n["items"][0]["section"]) for n in notes}
    assert got["Who discovered the cell?"] == ("Robert Hooke in 1665.", ["Chapter 8 – Cell: The Unit of Life"])
    assert got["Name the largest cell in the human body."] == ("The ovum.", ["Chapter 8 – Cell: The Unit of Life"])
    assert got["Differentiate between prokaryotic and eukaryotic cells."][1] == ["Short Answer Type Questions"]
    assert got["Was ist die größte Zelle des Menschen?"][0] == "Die Eizelle."
    assert got["Warum heißt das Mitochondrium Kraftwerk der Zelle?"] == ("Es bildet das meiste ATP.", ["Ausführliche Fragen"])

