"""Twenty-first sitting, lead's checks: a cheat sheet that is only tables is a card per row."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

CHEAT_SHEET = """\
# Shell cheat sheet

| Command | What it does | Level |
|---|---|---|
| `ls -la` | Lists all files, including hidden ones, in long format | easy |
| `chmod 755 f` | Owner can read, write and run it; others read and run it | medium |
| `find . -name '*.py'` | Finds Python files below the current directory | easy |
| `xargs` | Builds command lines from standard input | hard |
"""

DATES = """\
# Dates

## Ancient

| Year | Event |
|---|---|
| 776 BC | First Olympic Games |
| 44 BC | Julius Caesar is killed |

## Modern

| Year | Event |
|---|---|
| 1789 | The French Revolution begins |
| 1969 | The first Moon landing |
"""

PROSE_TABLE = """\
# Notes on sorting

Sorting algorithms differ in cost. Here is a comparison:

| Algorithm | Average cost |
|---|---|
| Quicksort | n log n |
| Bubble sort | n^2 |
| Merge sort | n log n |
| Insertion sort | n^2 |

Quicksort is usually fastest in practice.

## Why is merge sort stable?

Because equal elements keep their order when merged.
"""


def test_a_lone_cheat_sheet_table_is_a_card_per_row_with_its_level(tmp_path: Path) -> None:
    """'| Command | What it does | Level |' alone on a page was one card fronted 'Shell cheat sheet' holding the
    whole table; a row is one idea, and its Level column its difficulty (it was printed on the back)."""
    notes, skipped, said = built_notes(tmp_path, {"shell.md": CHEAT_SHEET})
    assert [note_front(n) for n in notes] == ["ls -la", "chmod 755 f", "find . -name '*.py'", "xargs"]
    assert note_back(notes[3]) == "Builds command lines from standard input"
    assert [n["fields"]["Difficulty"] for n in notes] == ["easy", "medium", "easy", "hard"]
    assert not skipped
    assert not any("Level" in n["fields"]["Answer"] for n in notes)


def test_tables_under_headings_each_row_a_card_in_its_section(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"dates.md": DATES})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("776 BC", "First Olympic Games", "Ancient"),
        ("44 BC", "Julius Caesar is killed", "Ancient"),
        ("1789", "The French Revolution begins", "Modern"),
        ("1969", "The first Moon landing", "Modern"),
    ]


def test_a_table_shown_in_prose_is_no_cards(tmp_path: Path) -> None:
    """A comparison table between paragraphs illustrates the text: no card per row (the prose is warned about)."""
    notes, _, said = built_notes(tmp_path, {"sorting.md": PROSE_TABLE})
    assert [note_front(n) for n in notes] == ["Why is merge sort stable?"]
    assert any("text outside any question" in s for s in said)
