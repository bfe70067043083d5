"""Thirty-fourth sitting, formats: questions after a table that a guessed table pattern stops at are said at their lines
(T32-2 rest)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front
from test_docx import paragraph, write_docx
from test_sitting33_formats import _cell, _table


def test_questions_after_a_guessed_tables_stop_line_are_said(tmp_path: Path) -> None:
    """T32-2 rest: a Spanish worksheet whose matching table ('Columna A | Columna B') is read by a guessed table pattern,
    then 'Parte B' with two numbered questions and their key: the table's three cards, and the two questions said at
    their lines (grouped: once, with their count) (before: dropped without a word after the pattern's stop line)."""
    rows = [
        _cell("Columna A") + _cell("Columna B"),
        _cell("____ 1. Núcleo") + _cell("a) Produce energía"),
        _cell("____ 2. Mitocondria") + _cell("b) Controla lo que entra y sale"),
        _cell("____ 3. Membrana") + _cell("c) Guarda el ADN"),
    ]
    body = [
        paragraph("Hoja de trabajo – La célula", "Heading1"),
        paragraph("Parte A: Relaciona", "Heading2"),
        paragraph("Relaciona cada término de la Columna A con su descripción de la Columna B."),
        _table(rows, 2),
        paragraph("Parte B: Preguntas", "Heading2"),
        paragraph("4. ¿Qué orgánulo hace la fotosíntesis?"),
        paragraph("5. ¿Dónde se fabrican las proteínas?"),
        paragraph("Soluciones", "Heading2"),
        paragraph("Parte A: 1-c, 2-a, 3-b"),
        paragraph("Parte B: 4. El cloroplasto 5. En los ribosomas"),
    ]
    path = tmp_path / "hoja.docx"
    write_docx(path, body)
    notes, _, said = built_notes(tmp_path, {"hoja.docx": path})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Núcleo": "Guarda el ADN",
        "Mitocondria": "Produce energía",
        "Membrana": "Controla lo que entra y sale",
    }
    asked = [s for s in said if "after the end of the items" in s]
    assert [s.split(": warning")[0] for s in asked] == ["sources/hoja.docx:18", "sources/hoja.docx:19"], said
    assert "'¿Qué orgánulo hace la fotosíntesis?'" in asked[0] and "'¿Dónde se fabrican las proteínas?'" in asked[1], asked


def test_questions_after_a_markdown_table_are_said_at_their_lines(tmp_path: Path) -> None:
    """T32-2 rest in Markdown: a German word table, then 'Fragen' with questions answered by 'Antwort:' lines (a shape
    the table's pattern cannot read): the table's cards, and each question said at its line
    (before: both lost without a word); the table's own lines and its key are no question."""
    page = (
        "# Wortschatz Tiere\n\n| Deutsch | Englisch |\n| --- | --- |\n| der Hund | the dog |\n| die Katze | the cat |\n"
        "| das Pferd | the horse |\n| die Kuh | the cow |\n\nFragen\nWelches Tier bellt?\nAntwort: der Hund\n"
        "Welches Tier miaut?\nAntwort: die Katze\n"
    )
    notes, _, said = built_notes(tmp_path, {"tiere.md": page})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("das Pferd", "the horse"),
        ("der Hund", "the dog"),
        ("die Katze", "the cat"),
        ("die Kuh", "the cow"),
    ]
    asked = [s for s in said if "after the end of the items" in s]
    assert [s.split(": warning")[0] for s in asked] == ["sources/tiere.md:11", "sources/tiere.md:13"], said
    assert "'Welches Tier bellt?'" in asked[0] and "'Welches Tier miaut?'" in asked[1], asked
