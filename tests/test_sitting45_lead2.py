"""Sitting 45, lead: a blog's closing word to its readers is not the last card's answer; a picture a task is done on is
on the front."""

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


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415478da63f8cfc000000301010018dd8db0"
    "0000000049454e44ae426082"
)


@pytest.mark.parametrize(
    ("question", "front"),
    [("Label the chambers of the heart.", True), ("Identify the bones of the hand.", True), ("What does a neuron look like?", False)],
)
def test_a_picture_a_task_is_done_on_goes_on_the_front(tmp_path: Path, question: str, front: bool) -> None:
    """'### Label the chambers of the heart.' over the diagram, then the answer: the diagram is what the task is done on
    (it was on the back, under a front the learner could not answer); a picture that answers ('look like') stays."""
    text = f"# Anatomy\n\n### {question}\n![Diagram](heart.png)\n\nThe answer in words, after the picture.\n"
    picture = tmp_path / "heart.png"
    picture.write_bytes(PNG)
    notes, _, _ = built_notes(tmp_path, {"anatomy.md": text, "heart.png": picture})
    (note,) = notes
    assert ("<img" in note["fields"]["Question"]) is front, note["fields"]
    assert ("<img" in note["fields"]["Answer"]) is not front
    assert note_back(note).endswith("The answer in words, after the picture.")


def test_a_mark_opening_every_line_of_two_line_pairs_is_left_off(tmp_path: Path) -> None:
    """'❓ What is the atomic number of carbon' over '💡 6', a blank line between pairs: the marks are the pairs' layout,
    not the card's text (they were on every front and back)."""
    text = "Chemistry flashcards\n\n" + "\n\n".join(
        f"❓ {q}\n💡 {a}"
        for q, a in [
            ("What is the atomic number of carbon", "6"),
            ("What is the chemical symbol for sodium", "Na"),
            ("What type of bond shares electrons", "A covalent bond"),
        ]
    )
    notes, _, said = built_notes(tmp_path, {"chem.txt": text})
    assert any("read as layout 'delimited' (3 items; 3 pairs written on two lines, a line over its answer" in m for m in said)
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the atomic number of carbon", "6"),
        ("What is the chemical symbol for sodium", "Na"),
        ("What type of bond shares electrons", "A covalent bond"),
    ]


def test_a_mark_only_some_pairs_open_with_is_kept(tmp_path: Path) -> None:
    text = "Phrases\n\n→ Bonjour\nHello\n\nMerci\nThank you\n\n→ Au revoir\nGoodbye\n"
    notes, _, _ = built_notes(tmp_path, {"phrases.txt": text})
    assert [note_front(n) for n in notes] == ["→ Bonjour", "Merci", "→ Au revoir"]
