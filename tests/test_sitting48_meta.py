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


@pytest.mark.parametrize("indent", ["   ", ""], ids=["hanging", "flush"])
def test_a_numbered_question_wrapped_in_a_text_file_is_one_front(tmp_path: Path, indent: str) -> None:
    """A .txt wrapped at its width ('2. The idea … in the first three words of the' / '   Constitution. What are these
    words?'): the question goes on over the next line, as in the Markdown page (the front was cut at the wrap, the
    rest of the question on the back)."""
    text = (DATA / "civics-wrapped.txt").read_text(encoding="utf-8").replace("   Constitution.", indent + "Constitution.")
    notes, skipped, said = built_notes(tmp_path, {"civics.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the supreme law of the land?", "the Constitution"),
        ("The idea of self-government is in the first three words of the Constitution. What are these words?", "We the People"),
        ("What do we call the first ten amendments to the Constitution?", "the Bill of Rights"),
    ], said
    assert skipped == []


def test_a_bold_question_wrapped_over_two_lines_is_its_own_card(tmp_path: Path) -> None:
    """'**How can you test whether a string is a palindrome,' / 'case-insensitively?**' (an editor wrapping at 72
    columns): one bold question, its answer under it (it was glued, with its answer, onto the card above, unsaid)."""
    notes, skipped, said = built_notes(tmp_path, {"strings.md": DATA / "bold-question-wrapped.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("How do you reverse a string in Python?", "Slice it with a step of -1."),
        ("How can you test whether a string is a palindrome, case-insensitively?", "Lower-case it and compare it with its reverse."),
        ("How do you join a list of strings?", "With str.join."),
    ], said
    assert skipped == []


def test_bold_text_wrapped_over_lines_that_asks_nothing_is_left_as_written(tmp_path: Path) -> None:
    """Only a bold span that closes after a question mark is joined: a bold sentence wrapped in an answer stays."""
    text = (
        "**What is a palindrome?**\nA word that reads the same both ways. **Note that spaces and\ncase are usually "
        "ignored.**\n\n**What is an anagram?**\nA word made by reordering another's letters.\n"
    )
    notes, _, said = built_notes(tmp_path, {"words.md": text})
    assert [note_front(n) for n in notes] == ["What is a palindrome?", "What is an anagram?"], said
    assert "Note that spaces and case are usually ignored." in note_back(notes[0])


def test_messages_after_a_joined_bold_question_name_the_files_lines(tmp_path: Path) -> None:
    """The joined question's lines are one line to the readers; a message about a later line still names its line in
    the file as written."""
    text = (
        "# Python strings\n\n**How can you test whether a string is a palindrome,\ncase-insensitively?**\n"
        "Lower-case it and compare it with its reverse.\n\n**How do you join a list of strings?**\n\n"
        "**What does str.split do?**\nIt cuts a string into a list.\n"
    )
    notes, _skipped, said = built_notes(tmp_path, {"strings.md": text})
    assert [note_front(n) for n in notes] == [
        "How can you test whether a string is a palindrome, case-insensitively?",
        "What does str.split do?",
    ], said
    assert next(m for m in said if "question has no answer" in m).startswith("sources/strings.md:7:"), said


def test_a_text_files_question_without_its_mark_keeps_its_answer(tmp_path: Path) -> None:
    """Only a question that lacks its '?' goes on over the next lines, up to the one that asks: an answer under a
    task ('1. Name the organelle that makes most of the cell's ATP' / 'Mitochondria.') stays its answer."""
    text = (
        "Cell biology\n\n1. Name the organelle that makes most of the cell's ATP in aerobic respiration\nMitochondria.\n\n"
        "2. Name the organelle where proteins are made\nRibosomes.\n\n3. What is osmosis?\nThe diffusion of water.\n"
    )
    notes, _, said = built_notes(tmp_path, {"cells.txt": text})
    assert [note_back(n) for n in notes] == ["Mitochondria.", "Ribosomes.", "The diffusion of water."], said


def test_character_references_in_a_markdown_page_are_the_characters_they_stand_for(tmp_path: Path) -> None:
    """'has&nbsp;the most moons? — Saturn' pairs, 'Unit of&nbsp;force::Newton (N)': Markdown shows '&nbsp;' as a space,
    so do the cards (they showed '&nbsp;'; the '::' card was none); '&lt;', '&amp;' and code are left as written."""
    pairs = (
        "# Planets\n\nWhich planet has&nbsp;the most moons? — Saturn\nWhich planet rotates on&nbsp;its side? — Uranus\n"
        "Which planet is named after a Roman god of the sea? — Neptune\n"
    )
    notes, _, said = built_notes(tmp_path / "pairs", {"planets.md": pairs})
    assert [note_front(n) for n in notes] == [
        "Which planet has the most moons?",  # (a no-break space)
        "Which planet rotates on its side?",
        "Which planet is named after a Roman god of the sea?",
    ], said
    vault = "Unit of&nbsp;force::Newton (N)\n\nUnit of energy::Joule (J)\n\nThe caf&eacute; tag::`&lt;br&gt;` &amp; `&nbsp;`\n"
    notes, _, said = built_notes(tmp_path / "vault", {"units.md": vault})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Unit of force"] == "Newton (N)" and cards["Unit of energy"] == "Joule (J)", said
    assert cards["The café tag"] == "&lt;br&gt; & &nbsp;", said
