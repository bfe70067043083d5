"""Sitting 48, meta: the same document written another way gives the same cards (metamorphic robustness, round 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting48" / "meta"


def test_bold_topic_lines_over_lists_are_a_notes_pages_headings(tmp_path: Path) -> None:
    """A notes page that asks nothing, its topics set as bold lines over lists and tables ('**Enzyme inducers**' /
    '- Carbamazepine' …), as notes apps and chat answers write them: a card per topic, as under '## Enzyme inducers'
    (was one card of the page's title holding every list)."""
    notes, skipped, said = built_notes(tmp_path, {"pharm.md": DATA / "bold-topics.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Enzyme inducers", "Carbamazepine Rifampin Phenytoin"),
        ("Enzyme inhibitors", "Cimetidine Grapefruit juice Macrolides"),
        ("Ion channel drugs", "Drug Channel Lidocaine Sodium Verapamil Calcium"),
    ], said
    assert skipped == []


def test_bold_topic_lines_give_the_cards_their_headings_give(tmp_path: Path) -> None:
    """The metamorphic rule: '**Drugs**' alone over its list gives the cards '## Drugs' gives."""
    bold = (DATA / "bold-topics.md").read_text(encoding="utf-8")
    headed = bold.replace("**Enzyme inducers**", "## Enzyme inducers").replace("**Enzyme inhibitors**", "## Enzyme inhibitors")
    headed = headed.replace("**Ion channel drugs**", "## Ion channel drugs")
    got = [[(note_front(n), note_back(n)) for n in built_notes(tmp_path / k, {"pharm.md": t})[0]] for k, t in (("b", bold), ("h", headed))]
    assert got[0] == got[1]


def test_on_a_page_of_questions_bold_lines_over_lists_stay_in_their_answers(tmp_path: Path) -> None:
    """Only a page that asks nothing has its bold lines over lists read as topics: under '## …?' questions, a bold
    line over a list ('**Common ones**' / '- Rifampin') stays inside its answer."""
    text = (
        "## What are enzyme inducers?\n\nDrugs that speed up the liver's enzymes.\n\n**Common ones**\n\n- Rifampin\n"
        "- Phenytoin\n\n**Also**\n\n- Carbamazepine\n\n## What are enzyme inhibitors?\n\nDrugs that slow them.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"pharm.md": text})
    assert [note_front(n) for n in notes] == ["What are enzyme inducers?", "What are enzyme inhibitors?"]
    assert "Rifampin" in note_back(notes[0]) and "Carbamazepine" in note_back(notes[0])


_QA = (
    ("What is the powerhouse of the cell?", "The mitochondrion."),
    ("Which gas do plants take in?", "Carbon dioxide."),
    ("What does DNA stand for?", "Deoxyribonucleic acid."),
)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("label", ["**Answer:** ", "**Answer**: ", "*Answer*: ", "*Answer:* ", "_Answer:_ ", "__Answer:__ "])
def test_an_emphasised_answer_label_is_the_label_it_says(tmp_path: Path, label: str, suffix: str) -> None:
    """'1. What …?' / '*Answer*: …' (or '**Answer:**', '_Answer:_' …), as chat answers and Markdown pages write them,
    also pasted into a .txt: the answer alone on the back, as with 'Answer: …' (a .txt kept '**Answer:** ' or
    'Answer*: ' on every back)."""
    text = "# Biology review\n\n" + "\n\n".join(f"{n}. {q}\n{label}{a}" for n, (q, a) in enumerate(_QA, 1)) + "\n"
    notes, skipped, said = built_notes(tmp_path, {f"review{suffix}": text})
    assert [(note_front(n), note_back(n)) for n in notes] == list(_QA), said
    assert skipped == []


def test_a_key_in_italics_under_options_picks_the_option(tmp_path: Path) -> None:
    """'*Answer*: 1, 2, 4' under a question's numbered options names the right ones, as '**Answer:** 1, 2, 4' does
    (an NCLEX set with italic keys: the italic key was no key, the questions after the first lost)."""
    text = (DATA / "italic-key-options.md").read_text(encoding="utf-8")
    bold, _, _ = built_notes(tmp_path / "bold", {"quiz.md": text.replace("*Answer*:", "**Answer:**")})
    notes, skipped, said = built_notes(tmp_path / "em", {"quiz.md": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [(note_front(n), note_back(n)) for n in bold], said
    assert [note_back(n) for n in notes] == ["A) Apical pulse of 54 beats/min", "A) Spinach B) Kale D) Broccoli"], said
    assert skipped == []


@pytest.mark.parametrize("outer", [True, False], ids=["with-outer-pipes", "without"])
def test_a_table_without_its_outer_pipes_is_the_table_it_is(tmp_path: Path, outer: bool) -> None:
    """A chat answer's flashcard table written without outer pipes ('Front | Back' / '---|---' / 'What does CPU stand
    for? | Central Processing Unit'), as GitHub and Pandoc read it: a card a row, as with '| Front | Back |' (was no
    table: the page one card of every cell)."""
    text = (DATA / "table-no-outer-pipes.md").read_text(encoding="utf-8")
    if outer:
        text = "\n".join(f"| {line} |" if "|" in line else line for line in text.split("\n"))
    notes, skipped, said = built_notes(tmp_path, {"cards.md": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What does CPU stand for?", "Central Processing Unit"),
        ("What is RAM used for?", "Temporary storage of data and programs in use"),
        ("What does the ALU do? (a | b)", "Arithmetic and logic operations"),
    ], said
    assert skipped == []


def test_pipes_in_prose_and_code_make_no_table(tmp_path: Path) -> None:
    """Only a header line over a rule of as many cells is a table: a pipe in a sentence over a '---' rule, and a table
    in a code block, stay as written."""
    text = (
        "## What does the shell's | do?\n\nIt sends one command's output to the next: `ls | wc -l`.\n\n---\n\n"
        "## How is a table written in Markdown?\n\n```\nName | Age\n--- | ---\nAda | 36\n```\n"
    )
    notes, _, said = built_notes(tmp_path, {"shell.md": text})
    assert [note_front(n) for n in notes] == ["What does the shell's | do?", "How is a table written in Markdown?"], said
    assert "Name | Age --- | --- Ada | 36" in note_back(notes[1])
