"""Sitting 52 (lead, second part): an export's field lines between a bold question label and its answer label
(round-6 R6-8: '**Q:** …' / 'Difficulty: easy' / 'Tags: …' / '**A:** …' in a .txt read as Markdown: the fields were the
end of the front, the level and tags lost)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting52" / "lead"


def test_level_and_tag_lines_between_the_labels_are_the_cards_level_and_tags(tmp_path: Path) -> None:
    notes, skipped, _ = built_notes(tmp_path, {"pharma.txt": DATA / "bold-labels-with-fields.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which enzyme does aspirin inhibit?", "Cyclooxygenase (COX-1 and COX-2)."),
        ("What is the antidote to paracetamol overdose?", "N-acetylcysteine."),
        ("What class of drug is metoprolol?", "A beta-1 selective blocker."),
    ]
    tags = [set(n["tags"]) for n in notes]
    assert "deckc::difficulty::easy" in tags[0] and "deckc::difficulty::hard" in tags[1]
    assert {"toxicology", "antidotes"} <= tags[1]
    assert not skipped


def test_a_question_line_with_a_colon_stays_the_question(tmp_path: Path) -> None:
    """Only level and tag fields are taken off: 'Note: …' under the label is the question's own line."""
    page = "**Q:** What does this print?\nNote: assume Python 3.\n**A:** 3\n\n**Q:** What is 2 + 2?\n**A:** 4\n"
    notes, _, _ = built_notes(tmp_path, {"q.md": page})
    assert note_front(notes[0]) == "What does this print? Note: assume Python 3."
