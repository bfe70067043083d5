"""Forty-eighth sitting, finder: findings of trial 48 (real public documents: Typst notes and exam packages, a LaTeX exam
class of a university's own, the Ultimate Geography deck as CrowdAnki JSON and Brain Brew sheets, JLPT lists, a quizdown
quiz in a web page, the Vue docs, Korean CS notes, Hands-On ML exercise solutions; docs/trials/trial48.md) fixed: an Anki
note whose answer is the front's own word is a card (T48-1)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial48"


# --- T48-1: an Anki note whose answer is the front's own word ----------------------------------------------------------


def test_a_note_whose_answer_repeats_its_front_is_a_card(tmp_path: Path) -> None:
    """T48-1 (high): a CrowdAnki deck of countries and capitals whose template shows the capital on the back
    (``Luxembourg`` / ``Luxembourg``, ``Singapore`` / ``Singapore``). Before: the back's only field was left out as a
    twin of the front, and the note was "question has no answer (write the answer in the note's second field in
    Anki)", a true fact dropped. Now its answer is that word, as the card in Anki shows it; the other notes unchanged."""
    notes, skipped, said = built_notes(tmp_path, {"capitals.json": TRIAL / "crowdanki-capitals.json"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert ("Luxembourg", "Luxembourg") in cards
    assert ("Singapore", "Singapore") in cards
    assert ("France", "Paris") in cards and ("Peru", "Lima") in cards
    assert ("Wales Constituent country of the United Kingdom.", "Cardiff") in cards
    assert skipped == []
    assert not any("has no answer" in s for s in said)
