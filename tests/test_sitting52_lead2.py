"""Sitting 52 (lead, second part): an export's field lines between a bold question label and its answer label
(round-6 R6-8: '**Q:** …' / 'Difficulty: easy' / 'Tags: …' / '**A:** …' in a .txt read as Markdown: the fields were the
end of the front, the level and tags lost)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

from compiler.build import build
from compiler.diagnostics import Diagnostics

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


def test_a_missing_picture_that_several_cards_show_is_said_once_at_its_own_line(tmp_path: Path) -> None:
    """newdocs N35's label page: one diagram over six labels, each label a card showing it. The missing picture was
    said at the six label lines ('[6 times; also at line 8, line 9, …]'); it is named at line 3 only, once."""
    diagram = Path(__file__).parent / "data" / "sitting52" / "newdocs" / "label-blanks.md"
    result = build(deck_of(tmp_path, {"heart.md": diagram}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.grouped_warnings if "heart-labels.png" in d.text()]
    assert len(said) == 1 and said[0].startswith("sources/heart.md:3: warning: image 'heart-labels.png' not found")
    assert "times" not in said[0]


def test_the_same_message_at_the_same_place_is_said_once() -> None:
    diag = Diagnostics()
    for line in (3, 3, 3, 9):
        diag.warning("sources/a.md", line, "image 'x.png' not found", "put the file in the deck folder", group="image-missing")
    assert [d.text() for d in diag.grouped_warnings] == [
        "sources/a.md:3: warning: image 'x.png' not found (put the file in the deck folder) [2 times; also at line 9]"]
