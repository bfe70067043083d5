"""Fifty-first sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N21: a reading passage quoted under the page's title right above numbered questions, with no 'Read the passage …'
lead-in ('> Around 1440, Johannes Gutenberg …' / '1. What was Gutenberg's original trade?'): on every question's front,
as a lead-in sets it; before, it was dropped without a word. A one-line epigraph stays the page's preamble.

Documents in tests/data/sitting51/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting51" / "newdocs"


def test_n21_a_quoted_passage_above_numbered_questions_is_on_each_front(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"reading.md": DATA / "reading-passage.md"})
    assert len(notes) == 3 and not skipped
    for note in notes:
        front = note_front(note)
        assert front.startswith("Around 1440, Johannes Gutenberg") and "twenty million volumes" in front
    assert {note_front(n).rsplit(". ", 1)[-1]: note_back(n) for n in notes}["How many volumes had been printed by 1500?"] == "More than twenty million."
    assert not [m for m in messages if "outside" in m or "no card" in m]


def test_n21_a_one_line_epigraph_is_no_passage(tmp_path: Path) -> None:
    notes, _skipped, _messages = built_notes(tmp_path, {"ethics.md": DATA / "epigraph.md"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What does utilitarianism judge an action by?": "Its consequences for overall well-being.",
        "Who wrote the Groundwork of the Metaphysics of Morals?": "Immanuel Kant.",
    }
