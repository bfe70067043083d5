"""Sitting 49 (lead): public documents read as a new user would (a sysadmin interview page of toggles)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).resolve().parent / "data" / "sitting49" / "lead"


def test_a_task_front_owns_the_numbered_checks_on_its_back(tmp_path: Path) -> None:
    """'Server A can't talk to Server B. Describe possible reasons in a few steps.' over four numbered steps, each
    asking what to check: the steps are its answer, not a quiz the card swallowed (the build said '4 numbered
    questions … not cards of their own' and told the user to move them out)."""
    notes, skipped, messages = built_notes(tmp_path, {"net.md": DATA / "troubleshooting-toggles.md"})
    assert not skipped
    assert [note_front(n) for n in notes] == [
        "Server A can't talk to Server B. Describe possible reasons in a few steps.",
        "What is a subnet?",
    ]
    assert "Physical Layer" in note_back(notes[0]) and "packets being lost" in note_back(notes[0])
    assert not [m for m in messages if "numbered questions" in m]


def test_a_notes_card_still_says_the_quiz_it_swallowed(tmp_path: Path) -> None:
    """A heading that asks nothing over notes and a quick quiz in a quote: the quiz is still said, with its line."""
    notes, _, messages = built_notes(tmp_path, {"notes.md": DATA / "notes-with-quiz.md"})
    assert [note_front(n) for n in notes] == ["Light reactions"]
    said = [m for m in messages if "numbered questions" in m]
    assert len(said) == 1 and said[0].startswith("sources/notes.md:8:"), said
