"""Forty-seventh sitting, finder: findings of trial 47 (real public documents: AWS practice exams, learnr tutorials,
R for Data Science exercise solutions, a bookdown statistics course, a Quarto shell course, a MyST engineering course,
the SQLAlchemy FAQ in reStructuredText; docs/trials/trial47.md) fixed: list entries typed with a tab after their bullet
are list entries, never two-column rows (T47-3)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.lines import field_pairs

TRIAL = Path(__file__).parent / "data" / "trials" / "trial47"


# --- T47-3: list entries typed with a tab after the marker -------------------------------------------------------------


def test_tab_bullets_read_as_the_same_notes_typed_with_spaces(tmp_path: Path) -> None:
    """T47-3 (high): ``-⇥The 1st line gives …`` / ``    *⇥The calculated t-value …`` (a statistics course's notes, typed
    with a tab after each bullet, as Word and some R Markdown editors write them). Before: read as 'term<TAB>definition'
    rows: cards whose front was ``-`` or ``*``, "question has no answer (write the answer in the second column)" for the
    paragraphs, and the deck merged different facts for their equal fronts. Now the page reads exactly as the same page
    typed with spaces: its heading's notes said as text outside, its question a card."""
    tabs = (TRIAL / "tab-lists.txt").read_text(encoding="utf-8")
    assert "-\tThe 1st line" in tabs
    spaces = tabs.replace("-\t", "- ").replace("*\t", "* ")
    notes, skipped, said = built_notes(tmp_path / "tabs", {"notes.txt": tabs})
    same, same_skipped, same_said = built_notes(tmp_path / "spaces", {"notes.txt": spaces})
    assert [(note_front(n), note_back(n)) for n in notes] == [(note_front(n), note_back(n)) for n in same]
    assert [note_front(n) for n in notes] == ["What is a p-value?"]
    assert skipped == same_skipped == []
    assert said == same_said
    assert not any("second column" in s for s in said)
    assert any(s.startswith("sources/notes.txt:5: warning: text outside any question") for s in said)


def test_field_pairs_takes_no_bullet_for_a_term() -> None:
    """T47-3: the detector of 'term<TAB>definition' exports counts no row whose first cell is a bullet or a list number
    alone; real tab rows (a word and its meaning) are still pairs."""
    bullets = ["-\tThe 1st line gives the name", "-\tThe 4th line states the hypothesis", "1.\tThe sample is normal", "2)\tEach point is independent"]
    assert field_pairs(bullets) is None
    assert field_pairs(["le chat\tthe cat", "le chien\tthe dog", "la maison\tthe house"]) == ("\t", 3)
