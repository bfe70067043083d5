"""Thirty-sixth sitting, quiz: tables and workbooks of new-user trial 35 (a question bank as a Word table, a vocabulary
workbook's header and sheets, a dash that means 'none')."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text
from test_docx import paragraph, write_docx

BANK = [
    ["No.", "Question", "A", "B", "C", "D", "Answer"],
    ["1", "Which organ pumps blood?", "lungs", "heart", "liver", "kidney", "B"],
    ["2", "Which gas do plants release?", "oxygen", "nitrogen", "carbon dioxide", "hydrogen", "A"],
    ["3", "What is H2O?", "salt", "water", "sugar", "acid", "B"],
]
BANK_CARDS = [
    ("What is H2O?", "B) water", "A) salt B) water C) sugar D) acid"),
    ("Which gas do plants release?", "A) oxygen", "A) oxygen B) nitrogen C) carbon dioxide D) hydrogen"),
    ("Which organ pumps blood?", "B) heart", "A) lungs B) heart C) liver D) kidney"),
]
# the same bank keyed by the right option's text instead of its letter
TEXT_KEYED = [BANK[0]] + [[*row[:6], row[2 + "ABCD".index(row[6])]] for row in BANK[1:]]
GERMAN = [
    ["Nr.", "Frage", "A", "B", "C", "D", "Lösung"],
    ["1", "Welches Organ pumpt Blut?", "Lunge", "Herz", "Leber", "Niere", "B"],
    ["2", "Was ist H2O?", "Salz", "Wasser", "Zucker", "Säure", "B"],
    ["3", "Welches Gas geben Pflanzen ab?", "Sauerstoff", "Stickstoff", "Kohlendioxid", "Wasserstoff", "A"],
]


def _word_table(rows: list[list[str]]) -> str:
    """A Word table as Word writes one when no row is marked to repeat as the header (no ``<w:tblHeader/>``), every
    cell one plain paragraph."""
    return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def _mc_cards(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n), plain_text(n["fields"].get("Options", ""))) for n in notes)


@pytest.mark.parametrize("title", [True, False])
@pytest.mark.parametrize("rows", [BANK, TEXT_KEYED], ids=["letter-key", "text-key"])
def test_a_question_bank_kept_as_a_word_table_is_a_card_per_row(tmp_path: Path, title: bool, rows: list[list[str]]) -> None:
    """A .docx whose body is one table, ``No. | Question | A | B | C | D | Answer`` over a row per question, no row
    marked as Word's repeating header: 'no note … cannot tell this document's layout' (trial35 T35-21). Each row is
    a multiple-choice card keyed by its Answer column, a letter or the right option's text."""
    write_docx(tmp_path / "made.docx", ([paragraph("Question bank – Unit 3")] if title else []) + [_word_table(rows)])
    notes, skipped, said = built_notes(tmp_path, {"bank.docx": tmp_path / "made.docx"})
    assert _mc_cards(notes) == BANK_CARDS
    assert skipped == []
    # (each card names its own row: lines count the document's paragraphs, a cell's too)
    assert [note_front(n) for n in sorted(notes, key=lambda n: n["items"][0]["line"])] == [row[1] for row in rows[1:]]
    assert not [s for s in said if "cannot tell" in s or "outside" in s or "no answer" in s], said


def test_a_word_table_bank_in_another_language_is_read_alike(tmp_path: Path) -> None:
    """``Nr. | Frage | A | B | C | D | Lösung``: the column names the delimited and Markdown readers know in German."""
    write_docx(tmp_path / "fragen.docx", [paragraph("Fragenkatalog"), _word_table(GERMAN)])
    notes, _, _ = built_notes(tmp_path, {"fragen.docx": tmp_path / "fragen.docx"})
    assert [(f, b) for f, b, _ in _mc_cards(notes)] == [
        ("Was ist H2O?", "B) Wasser"),
        ("Welches Gas geben Pflanzen ab?", "A) Sauerstoff"),
        ("Welches Organ pumpt Blut?", "B) Herz"),
    ]


def test_a_markdown_table_with_an_empty_header_over_its_names_is_a_bank(tmp_path: Path) -> None:
    """The Markdown a Word table converts to (an empty header row, then the row naming the columns), under a line of
    prose: read as the bank it is (before: one 'note' card holding the whole table)."""
    head = "|  |  |  |  |  |  |  |\n| --- | --- | --- | --- | --- | --- | --- |\n"
    text = "Question bank – Unit 3\n\n" + head + "".join("| " + " | ".join(row) + " |\n" for row in BANK)
    notes, _, _ = built_notes(tmp_path, {"bank.md": text})
    assert _mc_cards(notes) == BANK_CARDS
    assert sorted(n["items"][0]["line"] for n in notes) == [6, 7, 8]


@pytest.mark.parametrize("rows", [BANK, TEXT_KEYED], ids=["letter-key", "text-key"])
def test_the_same_bank_as_csv_and_as_a_workbook_gives_the_same_cards(tmp_path: Path, rows: list[list[str]]) -> None:
    """The Word table's twins, a CSV and an Excel sheet, read alike: a card per row keyed by its Answer column."""
    import openpyxl

    out = io.StringIO()
    csv.writer(out).writerows(rows)
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append([int(c) if c.isdecimal() else c for c in row])
    book.save(tmp_path / "made.xlsx")
    for name, data in (("bank.csv", out.getvalue()), ("bank.xlsx", tmp_path / "made.xlsx")):
        notes, _, _ = built_notes(tmp_path / name, {name: data})
        assert _mc_cards(notes) == BANK_CARDS, name



VOCAB = [["Español", "English"], ["el perro", "the dog"], ["la casa", "the house"], ["el libro", "the book"]]


@pytest.mark.parametrize("kind", ["docx", "md"])
def test_a_two_language_table_under_a_title_line_is_a_card_per_word(tmp_path: Path, kind: str) -> None:
    """A Word handout's title paragraph over a table ``Español | English`` and three words (no row marked as the header):
    read with a guessed pattern, its row of names a card 'Español' -> 'English' (trial35 T35-21, its second shape). The
    same in Markdown under a line of prose."""
    if kind == "docx":
        write_docx(tmp_path / "made.docx", [paragraph("Vocabulario – Unidad 1"), _word_table(VOCAB)])
        files: dict[str, str | Path] = {"vocab.docx": tmp_path / "made.docx"}
    else:
        table = "| Español | English |\n| --- | --- |\n" + "".join(f"| {a} | {b} |\n" for a, b in VOCAB[1:])
        files = {"vocab.md": "Vocabulario – Unidad 1\n\n" + table}
    notes, skipped, said = built_notes(tmp_path, files)
    assert sorted((note_front(n), note_back(n)) for n in notes) == [("el libro", "the book"), ("el perro", "the dog"), ("la casa", "the house")]
    assert not skipped and not [s for s in said if "guessed" in s or "outside" in s], said
