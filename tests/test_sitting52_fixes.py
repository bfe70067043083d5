"""Fifty-second sitting, fixes: the open findings of trial 51 (docs/trials/trial51.md) and of the newdocs round 7
(/work/coord/repro51-newdocs/findings.md): a troubleshooting FAQ's quoted warning as a heading is its question (T51-7)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

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
