"""Thirty-seventh sitting, quiz: vocabulary tables naming two languages, reading columns, Word tables under a title,
Word table rows as lines, chat exports, source tags of files named in other scripts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front
from test_docx import paragraph, write_docx


def _word_table(rows: list[list[str]]) -> str:
    """A Word table with no header row marked, every cell one plain paragraph."""
    return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def _cards(notes: list[dict]) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n)) for n in notes)


BETWEEN = [["Español", "Artículo", "English"], ["perro", "el", "dog"], ["casa", "la", "house"], ["libro", "el", "book"]]
BETWEEN_CARDS = [("casa", "house Artículo: la"), ("libro", "book Artículo: el"), ("perro", "dog Artículo: el")]


def _markdown_table(rows: list[list[str]]) -> str:
    return "| " + " | ".join(rows[0]) + " |\n" + "|---" * len(rows[0]) + "|\n" + "".join("| " + " | ".join(r) + " |\n" for r in rows[1:])


@pytest.mark.parametrize("kind", ["md", "csv", "docx"])
def test_a_vocabulary_table_naming_two_languages_answers_with_the_translation(tmp_path: Path, kind: str) -> None:
    """``| Español | Artículo | English |``: the back read 'Artículo: el' / 'English: dog', the article shown as the
    answer (T31-16's rule for a table of facts). The lead's decision, sitting 37: a header naming two languages is a
    vocabulary table, its card answers with the other language's word, the columns between or after it follow under
    their names in the table's order; in Markdown, a CSV and a Word table alike."""
    if kind == "md":
        files: dict[str, str | Path] = {"vocab.md": "# Vocabulario\n\n" + _markdown_table(BETWEEN)}
    elif kind == "csv":
        files = {"vocab.csv": "".join(",".join(r) + "\n" for r in BETWEEN)}
    else:
        write_docx(tmp_path / "made.docx", [_word_table(BETWEEN)])
        files = {"vocab.docx": tmp_path / "made.docx"}
    notes, skipped, _ = built_notes(tmp_path, files)
    assert _cards(notes) == BETWEEN_CARDS
    assert skipped == []


def test_columns_after_the_translation_follow_it_in_the_tables_order(tmp_path: Path) -> None:
    """``| German | Plural | English | Example |``: 'house', then 'Plural: Häuser', then 'Example: …'."""
    rows = [["German", "Plural", "English", "Example"], ["das Haus", "Häuser", "house", "Das Haus ist groß."],
            ["der Hund", "Hunde", "dog", "Der Hund bellt."], ["die Katze", "Katzen", "cat", "Die Katze schläft."]]  # fmt: skip
    notes, _, _ = built_notes(tmp_path, {"lesson.md": "# Lesson 2\n\n" + _markdown_table(rows)})
    assert ("das Haus", "house Plural: Häuser Example: Das Haus ist groß.") in _cards(notes)
    (house,) = [n for n in notes if note_front(n) == "das Haus"]
    assert house["fields"]["Answer"] == "<p>house</p><p>Plural: Häuser</p><p>Example: Das Haus ist groß.</p>"


def test_a_table_of_facts_naming_no_second_language_keeps_every_column_named(tmp_path: Path) -> None:
    """T31-16's drug table names no language: every column on the back under its name, in the table's order."""
    rows = [["Drug", "Class", "Mechanism", "Key side effect"], ["Metformin", "Biguanide", "Lowers hepatic glucose output", "Lactic acidosis"],
            ["Atenolol", "Beta blocker", "Blocks beta-1 receptors", "Bradycardia"], ["Lisinopril", "ACE inhibitor", "Blocks ACE", "Dry cough"]]  # fmt: skip
    page = "# Drugs\n\n" + _markdown_table(rows)
    notes, _, _ = built_notes(tmp_path, {"drugs.md": page})
    assert ("Atenolol", "Class: Beta blocker Mechanism: Blocks beta-1 receptors Key side effect: Bradycardia") in _cards(notes)
