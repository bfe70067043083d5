"""Twenty-first sitting, lead's checks: a cheat sheet that is only tables is a card per row."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

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
    notes, skipped, _ = built_notes(tmp_path, {"shell.md": CHEAT_SHEET})
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


EXAM_TXT = """\
GENERAL SCIENCE - PRACTICE SET 4

Q.1 Which gas is most abundant in Earth's atmosphere?
(a) Oxygen (b) Nitrogen (c) Argon (d) Carbon dioxide
Ans. (b)

Q.2 The SI unit of electric charge is
(a) volt (b) ampere (c) coulomb (d) ohm
Ans. (c)
Explanation: One coulomb is the charge carried by one ampere in one second.

Q.3 Name the process by which plants make food.
Ans. Photosynthesis

Q.4 Which planet is known as the Red Planet?
(a) Venus (b) Mars
(c) Jupiter (d) Saturn
Ans. (b) Mars

Q.5 Which of these is a noble gas? (a) Neon (b) Sodium (c) Iron
Ans. (e)
"""


def _quiz(note: dict) -> tuple[str, str, str]:  # type: ignore[type-arg]
    return note_front(note), note["fields"].get("Correct", ""), note_back(note) if "Correct" not in note["fields"] else ""


def test_exam_labels_with_a_mark_before_the_number_and_inline_options(tmp_path: Path) -> None:
    """'Q.1 …' / '(a) … (b) …' / 'Ans. (b)', as exam papers write them: in a .txt every option was glued onto the
    front and the back said '(b)'; in a .md 'Q.2 …' (no '?') was no question and went into the card above."""
    for name in ("exam.txt", "exam.md"):
        notes, skipped, said = built_notes(tmp_path / name, {name: EXAM_TXT})
        assert [_quiz(n) for n in notes[:4]] == [
            ("Which gas is most abundant in Earth's atmosphere?", "B) Nitrogen", ""),
            ("The SI unit of electric charge is ___", "C) coulomb", ""),  # (its blank shown: sitting 45)
            ("Name the process by which plants make food.", "", "Photosynthesis"),
            ("Which planet is known as the Red Planet?", "B) Mars", ""),
        ], name
        assert "One coulomb is the charge" in notes[1]["fields"]["Explanation"]
        # a key naming no option is said at its line (a .txt's card is skipped, a .md's shows the options unkeyed)
        assert any(":21:" in s and ("names e, which is not one of the options" in s or "cannot read ('Ans. (e)')" in s) for s in said), said
        if name.endswith(".txt"):
            assert [(s["question"], s["skipped"]) for s in skipped] == [("Which of these is a noble gas?", "no correct option")]


def test_question_label_with_a_mark_before_its_number() -> None:
    from compiler.sources.lines import has_question_label, strip_question_label

    for text, bare in (("Q.1 Which gas?", "Which gas?"), ("Q.12) The SI unit", "The SI unit"), ("Ques-3: Name it", "Name it"), ("Q#4 What?", "What?")):
        assert has_question_label(text) and strip_question_label(text) == bare
    for prose in ("Q.E.D.", "Question 1 is about sets", "Q.1.2 text"):
        assert not has_question_label(prose)


def test_a_megabyte_line_of_prose_is_refused_with_its_line(tmp_path: Path) -> None:
    """trial22 T22-17: a 5 MB one-line .md became one 5 MB card, a 7 MB cheat sheet and 1.2 GB of memory. A line of
    prose over LINE_MAX characters is a generated file: an error naming its line, nothing written."""
    import pytest

    from compiler.build import build
    from compiler.diagnostics import ContentError
    from compiler.sources.base import LINE_MAX, load_document

    long = " ".join(f"What is item {i}? Answer {i}." for i in range(LINE_MAX // 20))
    content = deck_of(tmp_path, {"notes.md": "# Notes\n\n## What is a line?\n\nA row of text.\n\n" + long + "\n"})
    with pytest.raises(ContentError) as caught:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    said = [d.text() for d in caught.value.diagnostics]
    assert any("notes.md:7:" in s and f"a line of {len(long):,} characters" in s and "rename it #notes.md" in s for s in said), said
    assert not (tmp_path / "build").exists() or not any((tmp_path / "build").glob("*.json"))
    bank = tmp_path / "bank.json"  # (a data format may hold a whole bank on one line)
    bank.write_text("[" + ",".join(f'{{"question": "Q{i}?", "answer": "A{i}"}}' for i in range(LINE_MAX // 30)) + "]", encoding="utf-8")
    assert len(load_document(bank, "bank.json").text) > LINE_MAX


def test_a_backtick_closing_code_is_no_difficulty_marker(tmp_path: Path) -> None:
    """trial22 T22-15: '| `- [ ]` | Incorrect answer |' rows got `labels = { "`" = "medium" }` and fronts cut to
    '`- ['; ASCII's modifier symbols (backtick, caret) are text, never a difficulty emoji."""
    from compiler.sources.difficulty import emojiish

    assert not any(emojiish(t) for t in ("`", "^", "´", "°"))
    assert all(emojiish(t) for t in ("⭐️", "🔥", "👍🏽"))
    page = (
        "# Checkbox syntax\n\nSome prose about the plugin, and how its options are written.\n\n"
        "| Syntax  | Meaning |\n| ------- | ------- |\n| `- [x]` | Correct answer (lowercase x) |\n"
        "| `- [X]` | Correct answer (uppercase X) |\n| `- [ ]` | Incorrect answer (with space) |\n"
        "| `- []`  | Incorrect answer (without space) |\n\nMore prose after the table, explaining the rest.\n"
    )
    notes, _, said = built_notes(tmp_path, {"syntax.md": page})
    assert [note_front(n) for n in notes] == ["- [x]", "- [X]", "- [ ]", "- []"]
    assert not any('"`"' in s for s in said), said


def test_a_typst_hash_that_starts_no_call_is_the_character(tmp_path: Path) -> None:
    """trial22 T22-26 (severe): 'A # b' in a .typ never finished building (the scanner stood still at the '#');
    a literal '#', '*' or '$' (written bare or escaped '\\#') is the character on the card, never a Markdown heading
    or emphasis, and a heading keeps its spaces ('= What is 2 \\* 3?')."""
    page = (
        "= What is a shell comment?\n\nA line that starts with\n# and is ignored, such as \\# this.\n\n"
        "= What is 2 \\* 3 \\* 4?\n\nIt is 24, a\\*b\\*c and \\$5.\n\n= What is it?\n\nA # b\n"
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.typ": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is a shell comment?", "A line that starts with # and is ignored, such as # this."),
        ("What is 2 * 3 * 4?", "It is 24, a*b*c and $5."),
        ("What is it?", "A # b"),
    ]
