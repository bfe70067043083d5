"""Sitting 45, lead: plain-text notes whose headings lost their style are read a card per heading."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front, paste_table

REVOLUTION = (
    "The French Revolution\n\n"
    "The French Revolution was a period of political and societal change in France that began with the Estates "
    "General of 1789 and ended with the coup of 18 Brumaire in November 1799.\n\n"
    "Causes\n"
    "Its causes are generally agreed to be a combination of social, political, and economic factors which the "
    "existing regime proved unable to manage.\n\n"
    "The storming of the Bastille\n"
    "On 14 July 1789, a crowd stormed the Bastille, a fortress-prison in Paris. The event became a symbol of the "
    "revolution.\n\n"
    "The Terror\n"
    "Between September 1793 and July 1794, the Committee of Public Safety executed some 17,000 people officially.\n"
)


@pytest.mark.parametrize("gap", ["", "\n"], ids=["heading-over-its-paragraph", "blank-line-between"])
def test_plain_text_headings_over_paragraphs_are_cards(tmp_path: Path, gap: str) -> None:
    """A page copied out of a word processor into a .txt keeps its headings as short lines over their paragraphs. It was
    refused as prose ('write it as Markdown with a heading over each part'); its headings are read as headings: a card
    each, the introduction under the title one too, every line of the file in a card."""
    text = REVOLUTION.replace("Causes\n", f"Causes\n{gap}").replace("Bastille\n", f"Bastille\n{gap}").replace("Terror\n", f"Terror\n{gap}")
    notes, skipped, said = built_notes(tmp_path, {"revolution.txt": text})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["The French Revolution", "Causes", "The storming of the Bastille", "The Terror"]
    assert cards["The Terror"].startswith("Between September 1793 and July 1794")
    assert cards["The French Revolution"].startswith("The French Revolution was a period")
    assert skipped == []
    assert not [m for m in said if "reads as prose" in m or "outside any question" in m]
    assert any("read as layout 'markdown'" in m and "each heading with text under it is read as a card" in m for m in said)


def test_the_table_printed_for_it_builds_the_same_notes(tmp_path: Path) -> None:
    """The [[source]] table the build prints (layout "markdown" for the .txt) rebuilds the same notes when pasted."""
    from compiler.build import build

    content = deck_of(tmp_path, {"revolution.txt": REVOLUTION})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    table = next(d.snippet for d in result.compiled.diagnostics.items if d.snippet and "revolution.txt" in d.snippet)
    assert 'layout = "markdown"' in table
    totals = paste_table(content, table, tmp_path / "build")
    assert totals.get("unchanged") == 4 and not totals.get("new") and not totals.get("removed"), totals


def test_a_title_alone_over_headed_paragraphs_is_no_card(tmp_path: Path) -> None:
    """A title line right over the first heading and its paragraph heads the page: no card of its own."""
    text = (
        "Cell Biology Notes\n\n"
        "The nucleus\nThe nucleus holds the cell's DNA and controls gene expression in the cell.\n\n"
        "Mitochondria\nMitochondria carry out aerobic respiration and make most of the cell's ATP.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"cells.txt": text})
    assert [note_front(n) for n in notes] == ["The nucleus", "Mitochondria"]
    assert note_back(notes[1]) == "Mitochondria carry out aerobic respiration and make most of the cell's ATP."


@pytest.mark.parametrize(
    "text",
    [
        # an essay under one title: still prose (deckc writes no questions)
        "Why I Love Autumn\n\nAutumn is the season when the air turns crisp and the leaves change colour every year.\n\n"
        "The light is different too. It slants low across the fields in the late afternoon and looks golden.\n",
        # a letter: 'Dear Sam,' is no heading
        "Dear Sam,\n\nThank you for the notes on the French Revolution, they helped me a great deal this week.\n\n"
        "Best wishes\nAlex said the exam is on Monday morning and that we should revise the Terror first.\n",
    ],
    ids=["essay", "letter"],
)
def test_prose_without_headings_is_still_said_to_be_prose(tmp_path: Path, text: str) -> None:
    from compiler.build import build
    from compiler.diagnostics import ContentError

    content = deck_of(tmp_path, {"page.txt": text})
    with pytest.raises(ContentError) as refused:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert "sources/page.txt: warning: no card from this file" in str(refused.value)
    assert not (tmp_path / "build").exists() or not any((tmp_path / "build").glob("*.json"))


def test_a_named_layout_reads_the_lines_as_written(tmp_path: Path) -> None:
    """A table naming another layout keeps the file's lines as they are (no '##' made of its headings)."""
    from compiler.sources.converted import sniffed

    lines = REVOLUTION.splitlines()
    assert sniffed(lines, "sources/revolution.txt", layout="delimited") is None
    made = sniffed(lines, "sources/revolution.txt")
    assert made is not None and made.text.splitlines()[4] == "## Causes" and len(made.origin) == len(lines)


QA_TABLE = """# Networking interview questions

| # | Topic | Question | Answer |
|---|-------|----------|--------|
| 1 | TCP | What does TCP guarantee? | Ordered, reliable delivery of a byte stream. |
| 2 | DNS | What record maps a name to an IPv4 address? | An A record. |
| 3 | TCP | Why does TCP use a three-way handshake? | To agree on initial sequence numbers in both directions. |
"""


def test_a_tables_topic_column_is_each_rows_section(tmp_path: Path) -> None:
    """'| # | Topic | Question | Answer |': the topic files the row, as a CSV's 'Category' column does (it was 'Topic:
    TCP' at the end of every back)."""
    notes, _, _ = built_notes(tmp_path, {"net.md": QA_TABLE})
    assert [(note_front(n), note_back(n), n["sections"]) for n in notes] == [
        ("What does TCP guarantee?", "Ordered, reliable delivery of a byte stream.", ["net::TCP"]),
        ("What record maps a name to an IPv4 address?", "An A record.", ["net::DNS"]),
        ("Why does TCP use a three-way handshake?", "To agree on initial sequence numbers in both directions.", ["net::TCP"]),
    ]


def test_a_topic_column_that_names_every_row_apart_stays_on_the_back(tmp_path: Path) -> None:
    """A 'Topic' that no two rows share is the row's own detail, not a section of the page: it stays on the back."""
    text = QA_TABLE.replace("| 3 | TCP |", "| 3 | Handshakes |")
    notes, _, _ = built_notes(tmp_path, {"net.md": text})
    assert note_back(notes[0]) == "Ordered, reliable delivery of a byte stream. Topic: TCP"


def test_a_unit_column_is_a_fact_not_a_section(tmp_path: Path) -> None:
    text = (
        "| Quantity | Definition | Unit |\n|---|---|---|\n| Force | Mass times acceleration | newton |\n"
        "| Weight | The force of gravity on a mass | newton |\n| Work | Force times distance moved | joule |\n"
    )
    notes, _, _ = built_notes(tmp_path, {"physics.md": text})
    assert note_back(notes[0]) == "Mass times acceleration Unit: newton" and notes[0]["sections"] != ["physics::newton"]


def test_a_capital_verdict_with_why_in_a_one_line_key_is_a_true_false_card(tmp_path: Path) -> None:
    """'Answers: 1 T, 2 F (protons and neutrons), 3 F': the entry with its reason in brackets is a verdict like its
    neighbours (newdocs N12: its front lacked 'True or false:' and its back was 'F (protons and neutrons)')."""
    text = (
        "Chemistry — True or False\n\n1. Water boils at 100 °C at sea level.\n2. An atom's nucleus contains electrons.\n"
        "3. Noble gases are very reactive.\n\nAnswers: 1 T, 2 F (protons and neutrons), 3 F\n"
    )
    notes, _, _ = built_notes(tmp_path, {"tf.txt": text})
    cards = [(note_front(n), note_back(n)) for n in notes]
    # (the why keeps its brackets, as written: sitting 62 N61-7)
    assert cards[1] == ("True or false: An atom's nucleus contains electrons.", "False (protons and neutrons)")
    assert cards[2] == ("True or false: Noble gases are very reactive.", "False")
