"""Twentieth sitting (trial21), formats: cards kept in a note's YAML front matter, the Obsidian Flashcards plugin's
syntax, obsidian-to-anki's blocks. Fixtures written here from each tool's documented syntax."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

# a note whose front matter holds its cards (flashcard fronts that do not ask, a 1–5 level, tags), its body prose
VOCAB = """---
title: German animals
tags: [german, nouns]
flashcards:
  - front: der Hund
    back: the dog
    difficulty: 1
    tags: [animals]
  - front: die Katze
    back: the cat
    difficulty: 2
  - front: die Maus
    back: the mouse
    difficulty: 3
  - q: das Pferd
    a: the horse
    difficulty: 5
  - front: das Schaf
    back: ""
---

Some notes about German nouns and their genders.
"""


def test_front_matter_cards_without_question_marks_are_cards(tmp_path: Path) -> None:
    """trial21 known-1: the front matter's cards were ignored (their fronts do not ask) and the body became one junk
    card; every record is a card or a skipped item at its line, the page's tags on each, 1–5 mapped by thirds."""
    notes, skipped, said = built_notes(tmp_path, {"vocab.md": VOCAB})
    by = {note_front(n): n for n in notes}
    assert set(by) == {"der Hund", "die Katze", "die Maus", "das Pferd"}
    assert note_back(by["der Hund"]) == "the dog"
    assert {"german", "nouns", "animals"} <= set(by["der Hund"]["tags"])
    assert {"german", "nouns"} <= set(by["das Pferd"]["tags"])
    assert [by[f]["difficulty"] for f in ("der Hund", "die Katze", "die Maus", "das Pferd")] == ["easy", "easy", "medium", "hard"]
    assert [i["line"] for i in by["die Katze"]["items"]] == [9]
    assert [(s["question"], s["line"], s["skipped"]) for s in skipped] == [("das Schaf", 18, "no answer")]
    assert any("vocab.md:22" in m and "not in any card" in m for m in said)  # (the body's prose: said, at its line)


WITH_BODY = """---
title: Networking
questions:
  - question: What does TCP stand for?
    answer: Transmission Control Protocol
  - question: What port does HTTPS use?
    answer: "443"
---

# Networking

## What is a subnet mask?

It separates the network part of an address from the host part.

## What does DNS do?

It resolves names to addresses.
"""


def test_front_matter_cards_and_the_bodys_own_questions(tmp_path: Path) -> None:
    """A body with questions of its own is read as the page would be, after the front matter's cards, each at its
    line; its title heading repeating the front matter's is no section."""
    notes, skipped, said = built_notes(tmp_path, {"net.md": WITH_BODY})
    by = {note_front(n): n for n in notes}
    assert set(by) == {"What does TCP stand for?", "What port does HTTPS use?", "What is a subnet mask?", "What does DNS do?"}
    assert [i["line"] for i in by["What does DNS do?"]["items"]] == [16]
    assert [i["line"] for i in by["What port does HTTPS use?"]["items"]] == [6]
    assert note_back(by["What does DNS do?"]) == "It resolves names to addresses."
    assert all(not n["sections"] for n in notes)
    assert not skipped and not any("not in any card" in m for m in said)
