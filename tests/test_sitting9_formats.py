"""Ninth sitting, formats helper: multiple-choice banks kept as tables (trial9 T24), spreadsheet columns that
name a row's level and section (learner2 M47), and the other inputs of that sitting."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of, paste_table

from compiler.build import build
from compiler.model import ItemKind


def _built(tmp_path: Path, files: dict[str, str], table: str = ""):  # type: ignore[no-untyped-def]
    result = build(deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled


def _table(warnings: list) -> str:
    return next(w.snippet for w in warnings if "not listed in deck.toml" in w.message and w.snippet)


BANK_CSV = """Question,Option A,Option B,Option C,Option D,Correct Answer,Explanation
What is the chemical symbol of sodium?,S,Na,So,Sd,B,From the Latin natrium.
Which gas makes up most of Earth's atmosphere?,Oxygen,Nitrogen,Carbon dioxide,Argon,Nitrogen,About 78 percent.
Which element has atomic number 1?,Helium,Hydrogen,Lithium,Carbon,B,
"""

KAHOOT_CSV = """Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,Time limit (sec),Correct answer(s) - choose at least one
What is the capital of France?,Berlin,Paris,Madrid,Rome,20,2
Which of these are planets?,Mars,Moon,Venus,,30,"1,3"
"""

BANK_TABLE = """# Chemistry bank

| # | Question | A | B | C | D | Answer |
|---|----------|---|---|---|---|--------|
| 1 | What is the chemical symbol of potassium? | P | K | Po | Pt | B |
| 2 | What is the pH of pure water? | 5 | 7 | 9 | 14 | Option B |
| 3 | Which particle has a negative charge? | Proton | Neutron | Electron | Nucleus | E |
"""


def test_a_spreadsheet_bank_with_option_and_key_columns_makes_multiple_choice_notes(tmp_path: Path) -> None:
    """trial9 T24: 'Question,Option A…D,Correct Answer,Explanation': a multiple-choice note per row, its key a
    letter or the option's text, the explanation on the back; the header row is no card."""
    compiled = _built(tmp_path, {"bank.csv": BANK_CSV})
    items = compiled.items
    assert len(items) == 3 and all(i.kind is ItemKind.multiple_choice for i in items)
    sodium = items[0]
    assert [c.text for c in sodium.choices] == ["S", "Na", "So", "Sd"] and sodium.correct == "B"
    assert sodium.answer_plain() == "From the Latin natrium."
    assert items[1].correct == "B" and items[2].correct == "B" and not items[2].answer


def test_the_kahoot_template_makes_multiple_choice_notes_and_leaves_its_time_limit_out(tmp_path: Path) -> None:
    """trial9 T24: Kahoot's template header ('Answer 1 - max 75 characters', 'Time limit (sec)', 'Correct
    answer(s) - choose at least one') is no card; the key is the options' numbers, several allowed; an empty
    option is no option; the time limit is left out, said once."""
    compiled = _built(tmp_path, {"kahoot.csv": KAHOOT_CSV})
    first, second = compiled.items
    assert first.kind is ItemKind.multiple_choice and first.correct == "B"
    assert [c.text for c in first.choices] == ["Berlin", "Paris", "Madrid", "Rome"] and not first.answer
    assert [c.text for c in second.choices] == ["Mars", "Moon", "Venus"] and second.correct == "A,C"
    [said] = [w for w in compiled.diagnostics.warnings if "left out" in w.message]
    assert "'Time limit (sec)' (6)" in said.message and said.line == 1


def test_a_markdown_table_bank_makes_multiple_choice_notes_and_a_key_naming_no_option_is_said(tmp_path: Path) -> None:
    """trial9 T24: '| # | Question | A | B | C | D | Answer |' rows are multiple-choice notes ('Option B' names
    B); a key naming no option (E of four) is a warning at its line and the row is listed as skipped."""
    compiled = _built(tmp_path, {"bank-table.md": BANK_TABLE})
    potassium, water = compiled.items
    [particle] = compiled.deck.skipped
    assert potassium.kind is ItemKind.multiple_choice and potassium.correct == "B"
    assert [c.text for c in potassium.choices] == ["P", "K", "Po", "Pt"] and potassium.locator.line == 5
    assert water.correct == "B"
    assert particle.skip == "no correct option"
    [said] = [w for w in compiled.diagnostics.warnings if "names none of its options" in w.message]
    assert said.line == 7 and "'E'" in said.message


def test_a_spreadsheet_difficulty_and_chapter_column_give_the_level_and_the_section(tmp_path: Path) -> None:
    """learner2 M47: a CSV's 'difficulty' column is the row's level (as the JSON/YAML bank reader reads it),
    its 'chapter' column the section, never 'Chapter: …' on the back; pasting the table printed changes no note."""
    csv = (
        "question,answer,difficulty,chapter,tags\n"
        "What does a mutex guard?,A critical section,easy,Concurrency,os\n"
        "What is a deadlock?,Two threads each waiting on a lock the other holds,hard,Concurrency,os\n"
        "What is a page fault?,An access to a page not in memory,medium,Memory,os\n"
    )
    content = deck_of(tmp_path, {"bank.csv": csv})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [i.difficulty.value for i in items] == ["easy", "hard", "medium"]  # type: ignore[union-attr]
    assert [i.section for i in items] == [["Concurrency"], ["Concurrency"], ["Memory"]]
    assert items[1].answer_plain() == "Two threads each waiting on a lock the other holds" and "os" in items[0].tags
    table = _table(result.compiled.diagnostics.warnings)
    assert 'from = "label"' in table
    totals = paste_table(content, table, tmp_path / "build")
    assert totals["new"] == 0 and totals["updated"] == 0


def test_a_multiple_choice_csv_bank_reads_its_level_section_and_tags_columns(tmp_path: Path) -> None:
    """trial9 T24 + M47 together: a bank's 'Difficulty', 'Topic' and 'Tags' columns are the level, section and
    tags of each multiple-choice note; an 'ID' column is left out."""
    csv = (
        "ID,Question,Choice 1,Choice 2,Choice 3,Correct,Difficulty,Topic,Tags\n"
        "7,Which port does HTTPS use?,80,443,21,443,easy,Networking,web\n"
        "8,Which layer does IP work at?,Transport,Network,Link,2,hard,Networking,\n"
    )
    compiled = _built(tmp_path, {"net.csv": csv})
    https, ip = compiled.items
    assert https.correct == "B" and ip.correct == "B" and https.section == ["Networking"]
    assert https.label == "easy" and ip.label == "hard" and "web" in https.tags
