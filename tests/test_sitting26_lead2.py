"""Twenty-fifth sitting, lead's checks (second worktree) on new-user trial 26 findings."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.passes.clean import clean_text
from compiler.passes.repair import stray_marks_free


def test_a_soft_hyphen_or_a_stray_joiner_keeps_no_two_questions_apart(tmp_path: Path) -> None:
    """T26-11: 'The mito\\u00adchondrion.' (Word's optional hyphen) was another answer than 'The mitochondrion.':
    two notes and a warning quoting '\\xad'; a zero-width joiner after 'Haemoglobin' stayed on the back."""
    pasted = (
        "## What is the\u200b powerhouse of the cell?\n\nThe mito\u00adchondrion.\n\n"
        "## What carries oxygen in blood?\n\nHaemoglobin\u200d in red blood cells.\n"
    )
    typed = "Q: What is the powerhouse of the cell?\nA: The mitochondrion.\n"
    notes, skipped, said = built_notes(tmp_path, {"pasted.md": pasted, "typed.txt": typed})
    assert not skipped
    assert not any("\\xad" in line or "not merged" in line for line in said), said
    by_front = {note_front(n): n for n in notes}
    assert len(by_front["What is the powerhouse of the cell?"]["items"]) == 2  # one note of both
    assert note_back(by_front["What is the powerhouse of the cell?"]) == "The mitochondrion."
    assert note_back(by_front["What carries oxygen in blood?"]) == "Haemoglobin in red blood cells."


def test_joiners_that_join_stay() -> None:
    """T26-11: a zero-width joiner inside an emoji sequence or a Devanagari conjunct is part of what is written."""
    family, conjunct = "👨\u200d👩\u200d👧", "क्\u200dष"
    assert stray_marks_free(family) == family and stray_marks_free(conjunct) == conjunct
    assert clean_text(f"{family} and {conjunct}") == f"{family} and {conjunct}"
    assert clean_text("Haemoglobin\u200d and soft\u00adware") == "Haemoglobin and software"
