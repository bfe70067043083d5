"""Fifty-second sitting, fixes: the open findings of trial 51 (docs/trials/trial51.md) and of the newdocs round 7
(/work/coord/repro51-newdocs/findings.md): a troubleshooting FAQ's quoted warning as a heading is its question (T51-7)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.model import Block, BlockKind, Item, Locator
from compiler.passes.dedupe import differing

HERE = Path(__file__).parent / "data" / "sitting52" / "fixes"


# --- T51-7: a troubleshooting FAQ's symptom heading ------------------------------------------------------------------


def test_a_quoted_warning_after_the_faqs_last_question_is_its_entry(tmp_path: Path) -> None:
    """T51-7: typescript-eslint's General FAQ: after its last '?' heading, '## "The '…' property is deprecated on '…'
    nodes. Use '…' instead." warnings' over its fix, then '## My linting feels really slow'. On a page with five
    questions or more (an FAQ: its headings after the last question are sections) the quoted warning was no card, its
    fix "text outside any question" at every line, while the first-person problem after it was a card. A quoted
    message with the kind of message after it ('… warnings', '… errors') is a problem the FAQ answers, as a quoted
    message alone is (T47-6)."""
    notes, skipped, said = built_notes(tmp_path, {"faq.md": HERE / "faq-quoted-warning.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    warning = (
        "\"The 'typeParameters' property is deprecated on 'CallExpression' nodes. Use 'typeArguments' instead.\" warnings"
    )
    assert cards[warning].startswith("An old plugin reads the property that was renamed: update every plugin")
    assert "--trace-deprecation" in cards[warning]
    assert cards["My linting feels really slow"].startswith("Turn off the type-aware rules")
    assert len(notes) == 8 and skipped == []
    assert not any("outside any question" in s for s in said), said


# --- newdocs 22: a notes page ending with one plain question over its answer -----------------------------------------


def test_a_notes_page_closing_question_is_a_card_of_its_own(tmp_path: Path) -> None:
    """newdocs 22: a page of notes under its title, ending with one plain question over its answer ('Which way does
    water move …?' / '- Into the cell, …'). One question is too few for a page of plain questions, so the page was
    one card, the question and its answer glued to the notes' back. Now the closing question is a card of its own,
    the notes keep their card."""
    notes, skipped, _ = built_notes(tmp_path, {"osmosis.md": HERE / "one-question-notes.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Osmosis"].endswith("the water follows the concentration gradient.")
    assert "Which way" not in cards["Osmosis"]
    question = "Which way does water move when a red blood cell is put in pure water?"
    assert cards[question] == "Into the cell, which swells and may burst"
    assert len(notes) == 2 and skipped == []


def test_a_rhetorical_question_over_its_long_explanation_stays_in_the_notes(tmp_path: Path) -> None:
    """newdocs 22's limit: 'Why does this matter?' over a paragraph of explanation is the notes' own text, on their back."""
    notes, _, _ = built_notes(tmp_path, {"diffusion.md": HERE / "rhetorical-notes.md"})
    assert [note_front(n) for n in notes] == ["Diffusion"]
    assert "Why does this matter? Cells rely on it" in note_back(notes[0])


# --- newdocs 21: a labelled field under each heading before its question ---------------------------------------------


def test_a_field_under_every_heading_is_its_questions_stimulus(tmp_path: Path) -> None:
    """newdocs 21: '**Moves:** 1. e4 e5 2. Nf3 Nc6 3. Bb5' under each opening's heading, then '**Q:** …' / '**A:** …':
    the move list was "text outside any question" at every heading. The same labelled line right under two headings
    or more is each entry's field: on its question's front, above the question."""
    notes, _, said = built_notes(tmp_path, {"go.md": HERE / "field-leads.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Code: ch := make(chan int, 3) How many values can this channel hold before a send blocks?":
            "Three: it is buffered with a capacity of 3.",
        "Code: m := map[string]int{} What does reading a missing key return?": "The zero value of the value type, here 0.",
        "Code: s := make([]int, 0, 10) What are the length and the capacity of s?": "Length 0, capacity 10.",
    }  # fmt: skip
    assert not any("outside any question" in s for s in said), said


# --- newdocs 01 and 09: bare labels as sections and as fronts --------------------------------------------------------


def test_a_label_heading_over_code_and_its_question_is_no_section(tmp_path: Path) -> None:
    """newdocs 01: '## Question 1' / code / 'What does it print?' / '**Answer:** …': each card was filed under a section
    of its own, 'Question 1' (sitting 50 N16 had dropped such sections for a question right under its label, not for
    code first). A label holding one card only numbers it: no section."""
    notes, skipped, _ = built_notes(tmp_path, {"py.md": HERE / "label-code-first.md"})
    assert [n["sections"] for n in notes] == [[], []]
    assert not any("section::" in tag for n in notes for tag in n["tags"])
    assert [note_back(n) for n in notes] == ["ababab : a string times a number repeats it.", "[1, 2, 3] : + joins two lists."]
    assert note_front(notes[0]).startswith('print ( 3 * "ab" )') and note_front(notes[0]).endswith("What does it print?")
    assert skipped == []


def test_a_spot_the_bug_card_asks_with_the_pages_title_not_its_number(tmp_path: Path) -> None:
    """newdocs 09: '# Spot the bug (JavaScript)' / '### 1' / code / '**Bug:** …' / '**Fix:** …': the fronts opened with
    the bare label ('1 if ( x = 5 ) …'). The title says what to do with the code: it is the front's words."""
    notes, _, _ = built_notes(tmp_path, {"bugs.md": HERE / "spot-the-bug.md"})
    fronts = [note_front(n) for n in notes]
    assert fronts[0].startswith("Spot the bug (JavaScript) if ( x = 5 )"), fronts
    assert fronts[1].startswith("Spot the bug (JavaScript) const total"), fronts
    assert note_back(notes[0]).startswith("Bug: a single = assigns 5 to x")


# --- T51-5 rest: a legend's checklist table of one row ---------------------------------------------------------------


def test_a_legend_checklist_table_of_one_row_is_a_card(tmp_path: Path) -> None:
    """T51-5 rest: the interviewer cheat sheet's last table held one row; a table of one card was not read as cards, so
    its row was "text outside any question" while every other row was a card."""
    notes, _, said = built_notes(tmp_path, {"pr.md": HERE / "checklist-one-row.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Do or Don't: Squash the fixup commits first."] == "Do"
    assert len(cards) == 3
    assert not any("outside any question" in s for s in said), said


# --- sitting 50 newdocs 03/06: what the page says to every question --------------------------------------------------


def test_an_instruction_to_every_question_under_the_title_is_on_each_front(tmp_path: Path) -> None:
    """newdocs s50 03: 'For each situation, give the adjusting entry at month end.' under the title, then bold
    situations over their entries' tables: the instruction was "text outside any question" and the fronts stated a
    fact without asking. It is on every front now, above the situation."""
    notes, _, said = built_notes(tmp_path, {"adj.md": HERE / "shared-instruction.md"})
    fronts = [note_front(n) for n in notes]
    assert len(fronts) == 3 and all(f.startswith("For each situation, give the adjusting entry at month end. ") for f in fronts)
    assert fronts[1].endswith("Employees earned $800 of wages not yet paid.")
    assert not any("outside any question" in s for s in said), said


def test_a_schema_given_for_every_exercise_is_on_each_front(tmp_path: Path) -> None:
    """newdocs s50 06: 'Tables used in every exercise:' over a `sql` fence, then '### Exercise 1' / the task / its query:
    the schema was "text outside any question" (twice); each exercise needs it."""
    notes, _, said = built_notes(tmp_path, {"sql.md": HERE / "shared-schema.md"})
    fronts = [note_front(n) for n in notes]
    assert len(fronts) == 2 and all(f.startswith("Tables used in every exercise: CREATE TABLE books") for f in fronts)
    assert fronts[0].endswith("List the titles of the books published before 1950.")
    assert not any("outside any question" in s for s in said), said


def test_a_notes_pages_introduction_stays_on_its_title_card(tmp_path: Path) -> None:
    """The limit: a page of notes read a card per heading keeps its title's text on the title's card."""
    page = "# Ledgers\n\nFor each account, the ledger keeps a running balance.\n\n## Debits\n\nDebits sit on the left.\n"
    notes, _, _ = built_notes(tmp_path, {"ledgers.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Ledgers"] == "For each account, the ledger keeps a running balance."


# --- T51-1's message and T51-14's wording ----------------------------------------------------------------------------


def test_a_box_question_is_said_as_asked_in_a_box(tmp_path: Path) -> None:
    """T51-1's message: a textbook's *Art Connection* box ends with a question and holds no answer (the book answers it
    at the chapter's end). It was said 'question has no answer (write the answer below the question)'; now the message
    says the page asks it in a box with no answer there, and the manifest's reason says so too."""
    trial = Path(__file__).parent / "data" / "trials" / "trial51"
    _, skipped, said = built_notes(tmp_path, {"boxes.md": trial / "textbook-boxes.md"})
    assert {(s["line"], s["skipped"]) for s in skipped} == {(26, "asked in a box with no answer in it"), (39, "asked in a box with no answer in it")}
    assert any(m.startswith("sources/boxes.md:26: warning: the page asks this question in a box with no answer in it") for m in said), said
    assert not any("question has no answer" in m for m in said), said


def _asked(question: str) -> Item:
    return Item(
        source="bio", question=question, answer=[Block(kind=BlockKind.text, text="3:1")],
        locator=Locator(file="sources/bio.md", line=1), original=question,
    )  # fmt: skip


def test_a_word_only_one_question_has_is_said_so_in_the_dupes_reason() -> None:
    """T51-14: two questions one of which has a word more ('link What ratio …?' / 'What ratio …?') were said to differ
    'only in "—" vs "link"'; the dash stood for nothing. Now: '"link" in one only'; a changed word still reads 'x vs y'."""
    assert differing(_asked("link What ratio of offspring would result?"), _asked("What ratio of offspring would result?")) == '"link" in one only'
    assert differing(_asked("What ratio would result?"), _asked("What fraction would result?")) == '"ratio" vs "fraction"'
