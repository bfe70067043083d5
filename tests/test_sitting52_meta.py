"""Sitting 52, meta: the same document written another way gives the same cards (metamorphic robustness, round 7)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting52" / "meta"


def _cards(tmp_path: Path, name: str, text: str | Path) -> list[tuple[str, str, tuple[str, ...]]]:
    notes, _, _ = built_notes(tmp_path, {name: text})
    return sorted((note_front(n), note_back(n), tuple(n.get("sections") or ())) for n in notes)


def test_headings_with_a_closing_hash_sequence_read_as_the_headings_without(tmp_path: Path) -> None:
    """'## Answers to review questions ##' (ATX headings closed by '#'s, which CommonMark leaves out; round 7 R7-1:
    the answers section was no key, the questions 'no answer' and the answers cards of their own): the cards of the
    same page with its headings written without them, each question answered from its key."""
    text = (DATA / "closed-headings.md").read_text(encoding="utf-8")
    closed = _cards(tmp_path / "closed", "water.md", text)
    assert closed == _cards(tmp_path / "open", "water.md", re.sub(r"[ \t]+#+[ \t]*$", "", text, flags=re.M))
    answers = {front: back for front, back, _ in closed}
    assert answers["What process turns liquid water into vapour?"] == "Evaporation."
    assert answers["What do we call water falling from clouds?"] == "Precipitation (rain, snow, sleet or hail)."
    assert len(closed) == 3, closed
