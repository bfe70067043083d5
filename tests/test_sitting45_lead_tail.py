"""Sitting 45, lead: a blog's closing word to its readers is not the last card's answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

POST = (
    "# How Plants Make Food\n\n"
    "## Where it happens\n\nIn the chloroplasts, mostly in the mesophyll cells of the leaf.\n\n"
    "## Limiting factors\n\nLight intensity, carbon dioxide concentration and temperature limit the rate.\n\n"
    "{closing}\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "If you enjoyed this post, share it with a friend and subscribe to the newsletter for more science explainers.",
        "Subscribe to my weekly newsletter for more biology notes!",
        "Follow me on Twitter for more revision tips.",
        "Please share this with your classmates.\n\nThanks for reading!",
    ],
)
def test_a_closing_word_to_the_blogs_readers_ends_no_answer(tmp_path: Path, closing: str) -> None:
    notes, _, said = built_notes(tmp_path, {"post.md": POST.format(closing=closing)})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Limiting factors"] == "Light intensity, carbon dioxide concentration and temperature limit the rate."
    assert not [m for m in said if "outside any question" in m]


def test_a_last_answer_that_speaks_of_following_is_kept(tmp_path: Path) -> None:
    """Only a paragraph of such words after the last answer goes: an answer that uses the words stays whole."""
    text = POST.format(closing="Follow the rate on a graph: it levels off once another factor limits it.")
    notes, _, _ = built_notes(tmp_path, {"post.md": text})
    assert note_back(notes[-1]).endswith("it levels off once another factor limits it.")
