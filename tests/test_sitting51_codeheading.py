"""Sitting 51 (lead): trial51 T51-16, a heading that only names code whose name ends in '?'."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.lines import names_code_only


def test_a_heading_that_only_names_code_ending_in_a_question_mark_asks_nothing(tmp_path: Path) -> None:
    """A style guide's rules under headings such as '### `Hash#key?`' or '### `is_a?` vs `kind_of?`': the '?' is the
    method's name, so the heading is a statement heading like its neighbours, a card of its rule (the page was read as
    asking in some headings, these rules' text 'outside any question', 3 cards lost). A heading that asks in words
    around its code ('What does `x?` return?') still asks."""
    assert names_code_only("### `Hash#key?`") and names_code_only("=== `is_a?` vs `kind_of?`")
    assert not names_code_only("### What does `key?` return?") and not names_code_only("### `Hash#fetch`")
    page = (
        "## Collections\n\n### Hash Each\n\nUse each_pair rather than each when iterating a hash.\n\n"
        "### `Hash#key?`\n\nUse Hash#key? instead of Hash#has_key?.\n\n### `is_a?` vs `kind_of?`\n\nPrefer is_a? over kind_of?.\n\n"
        "### Hash Fetch\n\nUse Hash#fetch when dealing with hash keys that should be present.\n"
    )
    notes, skipped, messages = built_notes(tmp_path, {"style.md": page})
    assert [note_front(n) for n in notes] == ["Hash Each", "Hash#key?", "is_a? vs kind_of?", "Hash Fetch"]
    assert "instead of Hash#has_key?" in note_back(notes[1]) and not skipped
    assert not [m for m in messages if "outside any question" in m]
