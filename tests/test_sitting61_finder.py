"""Sixty-first sitting, finder: findings of trial 61 (real public documents: AZ-900 study notes, command cheat sheets,
a JavaScript interview book, an ML interview guide; docs/trials/trial61.md) fixed: a page of notes that ends with a
knowledge check (``1. Which tool …? → **answer**``) keeps its statement sections' cards (T61-1).

The reproducers in tests/data/trials/trial61/ are written for this trial in the shapes of the documents (no fetched
text is committed): PhillipJBridgeman/azure-fundamentals-notes 9e63f2fb (MIT), LeCoupa/awesome-cheatsheets 82494796
(MIT), ganqqwerty/123-Essential-JavaScript-Interview-Questions 2497022c (BSD-3-Clause), alirezadir/Machine-Learning-
Interviews e6128f6c (MIT)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial61"


# --- T61-1: notes that end with a knowledge check ---------------------------------------------------------------------


def test_a_knowledge_check_list_keeps_the_notes_sections_cards(tmp_path: Path) -> None:
    """T61-1 (high): a module's notes (statement headings ``## 1) …`` to ``## 3) …``, ``**Term**:`` lists, a table)
    that end with ``## ✅ Knowledge Check`` / ``1. Which algorithm …? → **Round robin**`` and ``## 🧠 Exam Tips``.
    Before: the three answered list entries made the page "ask", and the statement sections at the other heading
    level were "text outside any question … read as a section, not a question": ``3) Health Checks`` and ``Exam Tips``
    on no card (AZ-900's storage module lost its storage services, migration options and exam tips so). Now the quiz
    counts as questions among notes, as a question heading among notes does: each such section is a card."""
    notes, _, said = built_notes(tmp_path, {"module.md": TRIAL / "notes-with-knowledge-check.md"})
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "Level",
        "Focus",
        "Pool",
        "Listener",
        "Layer Comparison",
        "Round robin",
        "Least connections",
        "Health Checks",
        "Which algorithm sends each connection to the next server in turn?",
        "Which layer can route by URL path?",
        "What happens to a server that keeps failing its probe?",
        "Exam Tips",
    ], fronts
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["Health Checks"] == (
        "The balancer probes each server on a schedule. A server that fails a few probes in a row is taken out of the "
        "pool. It is put back once it passes again."
    ), backs["Health Checks"]
    assert backs["Exam Tips"] == (
        "Layer 4 is fast and blind; layer 7 reads the request. Sticky sessions keep a client on one server with a "
        "cookie or its address."
    ), backs["Exam Tips"]
    assert backs["Which layer can route by URL path?"] == "Layer 7"
    assert not any("text outside any question" in s for s in said), said
    assert any(
        "its 3 statement headings with text under them ('Layer Comparison', '3) Health Checks', '🧠 Exam Tips') are cards" in s
        for s in said
    ), said
