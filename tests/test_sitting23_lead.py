"""Twenty-second sitting, lead's checks: messages about a folder named as a source and a link loop."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import deck_of

from compiler.cli import main

QA = "Q: What is 2+2?\nA: Four.\n\nQ: What is 3+3?\nA: Six.\n"


def test_a_folder_named_as_a_source_is_told_the_glob_that_reads_it(tmp_path: Path) -> None:
    """trial22 T22-40: 'name one document' hid the glob form; the message now writes it, with the folder's suffix."""
    deck = deck_of(tmp_path, {"adir/a.txt": QA, "adir/b.txt": QA.replace("2+2", "4+4"), "adir/pic.png": "x"},
                   '\n[[source]]\nid = "adir"\nfile = "sources/adir"\n')  # fmt: skip
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "deck.toml:6: error: source 'sources/adir' is a folder, not a file" in result.output
    assert 'write `file = "sources/adir/*.txt"`' in result.output
    assert not (tmp_path / "out").exists()
    toml = deck / "deck.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8").replace('"sources/adir"', '"sources/adir/*.txt"'), encoding="utf-8"
    )
    again = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert again.exit_code == 0, again.output
    assert "read 4 items from 2 sources" in again.output


def test_an_empty_folder_named_as_a_source_says_it_holds_no_document(tmp_path: Path) -> None:
    deck = deck_of(tmp_path, {"a.txt": QA}, '\n[[source]]\nid = "e"\nfile = "sources/empty"\n')
    (deck / "sources" / "empty").mkdir()
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "the folder holds no document deckc reads" in result.output


def test_a_link_loop_in_sources_is_called_a_loop_not_a_link_to_nothing(tmp_path: Path) -> None:
    """trial22 T22-40: loop1 -> loop2 -> loop1 was 'a broken link (it points at nothing)'."""
    deck = deck_of(tmp_path, {"a.txt": QA})
    (deck / "sources" / "loop1").symlink_to("loop2")
    (deck / "sources" / "loop2").symlink_to("loop1")
    (deck / "sources" / "gone").symlink_to("nowhere")
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    [loop] = [line for line in result.output.splitlines() if "loops" in line]
    assert "sources/loop1: warning: not read: a symbolic link that loops" in loop
    assert "also at sources/loop2" in loop
    assert "sources/gone: warning: not read: a broken link (it points at nothing)" in result.output


def _workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def _notes(out: Path) -> list[dict]:  # type: ignore[type-arg]
    return json.loads((out / "mine.json").read_text(encoding="utf-8"))["notes"]


def test_an_excel_workbook_is_read_as_its_sheets_each_a_section(tmp_path: Path) -> None:
    """trial22 T22-42: a workbook was refused ('save it as CSV'); its sheets headed alike are read as a CSV is, each
    sheet a section, every line a row of its sheet; a sheet headed otherwise is left out, said by name."""
    head = ["Question", "Answer", "Level"]
    deck = deck_of(tmp_path, {}, '\n[[source]]\nid = "bank"\nfile = "sources/bank.xlsx"\n')
    _workbook(
        deck / "sources" / "bank.xlsx",
        {
            "Chapter 1": [
                head,
                ["What is the capital of France?", "Paris", "easy"],
                ["What is 7 × 8?", 56, "hard"],
            ],
            "Chapter 2": [
                head,
                ["What is H2O?", "Water", None],
                ["What is the speed of light?", None, "hard"],
            ],
            "Scratch": [["todo", "check chapter 3"]],
        },
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "sheet 'Scratch' not read" in result.output
    assert "bank.xlsx:3: warning: question has no answer [sheet 'Chapter 2', row 3]" in result.output
    notes = {n["fields"]["Question"]: n for n in _notes(out)}
    assert set(notes) == {"What is the capital of France?", "What is 7 × 8?", "What is H2O?"}
    assert notes["What is 7 × 8?"]["fields"]["Answer"] == "<p>56</p>"  # (a number cell as Excel shows it)
    assert notes["What is 7 × 8?"]["difficulty"] == "hard"
    assert notes["What is H2O?"]["sections"] == ["bank::Chapter 2"]
    assert [(i["file"], i["line"]) for i in notes["What is H2O?"]["items"]] == [("sources/bank.xlsx", 2)]
    skipped = json.loads((out / "mine.json").read_text(encoding="utf-8"))["skipped"]
    assert [(s["file"], s["line"]) for s in skipped] == [("sources/bank.xlsx", 3)]


def test_a_workbook_that_is_not_one_is_said_and_an_ods_is_told_what_to_save(tmp_path: Path) -> None:
    deck = deck_of(tmp_path, {"a.txt": QA, "old.ods": "x"})
    (deck / "sources" / "broken.xlsx").write_bytes(b"PK\x03\x04garbage")
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output  # (files deck.toml does not name: warnings, the rest built)
    assert "broken.xlsx: warning: not read: not a readable Excel workbook" in result.output
    assert "old.ods: warning: not read: a spreadsheet in a format deckc does not read (.ods)" in result.output
    toml = deck / "deck.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + '\n[[source]]\nid = "b"\nfile = "sources/broken.xlsx"\n',
        encoding="utf-8",
    )
    named = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out2")])
    assert named.exit_code == 1 and "broken.xlsx: error: not a readable Excel workbook" in named.output
    assert not (tmp_path / "out2").exists()


EXAM_HTML = """<html><head><meta charset="utf-8"><title>Examen</title></head><body>
<h1>Examen parcial</h1><ol>
<li><p>¿Cuál es la capital de Francia?</p><ol type="a"><li>Berlín</li><li>París</li><li>Roma</li></ol></li>
<li><p>¿Cuánto es 2 + 2?</p><ol type="a"><li>3</li><li>5</li><li>4</li></ol></li>
<li><p>¿Qué animal es un mamífero?</p><ol style="list-style-type: upper-alpha"><li>Tiburón</li><li>Ballena</li><li>Trucha</li></ol></li>
</ol>
<h2>Clave de respuestas</h2>
<p>1-b &nbsp; 2-c &nbsp; 3-b</p>
</body></html>
"""


def test_a_web_exam_with_lettered_option_lists_and_a_key_spaced_by_nbsp(tmp_path: Path) -> None:
    """trial23 T23-15: options in <ol type="a"> came out numbered '1.', '2.' (a second numbered list, so 20 Basic
    cards teaching all four options) and the key '1-c &nbsp; 2-d …' was 'text outside any item' (&nbsp; between
    entries). Each option keeps its letter; the key keys every question."""
    from conftest import built_notes

    notes, skipped, _ = built_notes(tmp_path, {"examen.html": EXAM_HTML})
    assert skipped == []
    assert [(n["notetype"], n["fields"]["Correct"]) for n in notes] == [
        ("deckc Multiple choice", "B) París"),
        ("deckc Multiple choice", "C) 4"),
        ("deckc Multiple choice", "B) Ballena"),
    ]


def test_a_lettered_html_list_keeps_its_letters_as_markdown() -> None:
    from compiler.sources.html import html_markdown

    made = html_markdown(
        '<ol type="A" start="2"><li>Two</li><li>Three</li></ol><ol><li>one</li></ol>', "sources/x.html"
    )
    lines = [line.strip() for line in made.text.splitlines() if line.strip()]
    assert lines == ["- B. Two", "- C. Three", "1. one"]


HINTED = """\
# Cells

## What is the powerhouse of the cell? (easy)

The mitochondrion.

## What molecule is the main energy currency of the cell? (abbreviation)

ATP.

## Which organelle makes proteins? (hard)

The ribosome.
"""

LEVELLED = """\
# Interview

## What is a closure? (Junior)

A function with its environment.

## What is hoisting? (Junior)

Declarations moved to the top of their scope.

## What is the event loop? (Senior)

The loop that runs queued callbacks.
"""


def test_a_lone_word_after_the_question_is_its_hint_not_a_level(tmp_path: Path) -> None:
    """trial23 T23-29: '… of the cell? (abbreviation)' lost its hint, 'abbreviation' guessed a level. A word no other
    item carries, that names no level, stays on the front; level words, and a word the file's items share, are levels."""
    from conftest import built_notes

    notes, _, _ = built_notes(tmp_path / "a", {"cells.md": HINTED})
    assert [(n["fields"]["Question"], n["difficulty"]) for n in notes] == [
        ("What is the powerhouse of the cell?", "easy"),
        ("What molecule is the main energy currency of the cell? (abbreviation)", "medium"),
        ("Which organelle makes proteins?", "hard"),
    ]
    notes, _, _ = built_notes(tmp_path / "b", {"interview.md": LEVELLED})
    assert [n["fields"]["Question"] for n in notes] == [
        "What is a closure?",
        "What is hoisting?",
        "What is the event loop?",
    ]


def test_a_zip_named_docx_that_holds_no_word_document_says_what_it_is(tmp_path: Path) -> None:
    """trial23 T23-14: an .apkg renamed .docx was 'cannot read file: None (check the path in deck.toml)'."""
    import zipfile

    deck = deck_of(tmp_path, {"a.txt": QA})
    with zipfile.ZipFile(deck / "sources" / "deck.docx", "w") as z:
        z.writestr("collection.anki2", "x")
        z.writestr("media", "{}")
    with zipfile.ZipFile(deck / "sources" / "other.docx", "w") as z:
        z.writestr("readme.txt", "x")
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert (
        "deck.docx: warning: not read: not a Word document: a zip file holding an Anki package (rename it .apkg"
        in result.output
    )
    assert (
        "other.docx: warning: not read: not a Word document (.docx) deckc can open (Could not find main document part"
        in result.output
    )
    assert "None" not in result.output


EXPLAIN = """\
# PostgreSQL

## Что такое EXPLAIN. Какая разница между ним и EXPLAIN ANALYZE

EXPLAIN выводит информацию, необходимую для понимания, что же делает ядро при каждом конкретном запросе.

EXPLAIN ANALYZE выполняет объясняемое выражение, даже если это insert, update или delete.

## Что такое индекс?

Структура данных, ускоряющая поиск строк.
"""


def test_an_answer_opened_by_a_keyword_in_capitals_is_no_request(tmp_path: Path) -> None:
    """trial23 T23-11: 'EXPLAIN выводит …' read as the imperative 'Explain …', so the answer was 'only another question'
    and the question skipped."""
    from conftest import built_notes

    notes, skipped, _ = built_notes(tmp_path, {"pg.md": EXPLAIN})
    assert skipped == []
    assert notes[0]["fields"]["Answer"].startswith("<p>EXPLAIN выводит информацию")


KEYED_QUIZ = """\
# Planets

1. Which planet is closest to the Sun?

   A) Venus
   B) Mercury
   C) Mars

2. Which planet has the most moons?

   A) Saturn
   B) Earth
   C) Mars
"""


def test_the_table_printed_for_a_quiz_names_the_key_file_the_build_paired(tmp_path: Path) -> None:
    """trial23 T23-33: the key found by its name was used, but the printed table left out key_file, so after pasting
    it the next build said 'add key_file' again. One paste ends the warnings."""
    import re

    deck = deck_of(tmp_path, {"planets.md": KEYED_QUIZ, "planets-key.md": "# Answers\n\n1. B\n2. A\n"})
    first = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert first.exit_code == 0, first.output
    table = re.search(r"\n(    \[\[source\]\]\n    id = \"planets\"\n(?:    .+\n)+)", first.output)
    assert table is not None and 'key_file = "sources/planets-key.md"' in table.group(1), first.output
    toml = deck / "deck.toml"
    toml.write_text(
        toml.read_text(encoding="utf-8") + "\n" + table.group(1).replace("    ", ""), encoding="utf-8"
    )
    again = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert again.exit_code == 0, again.output
    assert "key_file" not in again.output and "not listed" not in again.output, again.output
    assert "0 new, 0 updated, 2 unchanged" in again.output
