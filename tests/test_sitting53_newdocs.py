"""Fifty-third sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N1: a toggle whose '<summary>' is never closed ('<summary>What port does HTTPS use?' / '443' / '</details>'): read as
closed at its line's end, a card, and said at that line; before, the question was lost with no message.

N2: a Google Docs export's bold question holding an escaped star or an emphasis ('**What does \\*standard deviation\\*
measure?**&nbsp;How spread …'): its own card; before, it was glued onto the previous card's answer, unsaid.

N3: a numbered quiz answering in brackets after each '?' ('… longest in the human body? (Femur)', '… adult human body?
(206)', '… of breathing? (The diaphragm)'): a card each; before, the one-word answers were read as difficulty levels
and those questions had 'no answer'.

N4: numbered problems with their working indented under them ('1. Solve for x: 2x + 3 = 11' / '   2x = 8' / '   x = 4'):
a card per problem, the working its back; before, the page was a word list split at '=' ('2x' → '8', 'x' → '4').

N5: a word and its meaning over an example sentence, a blank line between ('**la boulangerie** — bakery' / '*Je vais à
la boulangerie …*'): the meaning, then the example on a line of its own; before, a tab joined them into one line.

Documents in tests/data/sitting53/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting53" / "newdocs"


def test_n1_an_unclosed_summary_is_its_line_and_said(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"net.md": DATA / "summary-unclosed.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "What port does HTTPS use?": "443",
        "What does DNS stand for?": "Domain Name System",
        "What is TCP's handshake called?": "The three-way handshake (SYN, SYN-ACK, ACK).",
    }
    assert not skipped
    said = [m for m in messages if "<summary> is never closed" in m]
    assert len(said) == 1 and "net.md:4:" in said[0]


def test_n2_a_bold_question_with_an_escaped_star_is_its_own_card(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"stats.md": DATA / "gdocs-bold-escaped.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["What is the mean of 2, 4, 6?"] == "4"
    assert got["What does *standard deviation* measure?"] == "How spread out the values are around the mean."
    assert len(got) == 4 and not skipped


def test_n3_bracketed_answers_of_all_shapes_are_answers_not_levels(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"anatomy.md": DATA / "bracketed-answers.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Which bone is the longest in the human body?": "Femur",
        "How many bones are in the adult human body?": "206",
        "What is the smallest bone?": "Stapes",
        "Which muscle is the main muscle of breathing?": "The diaphragm",
    }
    assert not skipped and not [m for m in messages if "no answer" in m]


def test_n4_numbered_problems_over_indented_working_are_a_card_each(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"algebra.md": DATA / "worked-problems.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Solve for x: 2x + 3 = 11": "2x = 8 x = 4",
        "Solve for x: 5x - 7 = 18": "5x = 25 x = 5",
        "Factor x^2 - 9": "(x - 3)(x + 3)",
    }
    assert not skipped


def test_n5_a_word_and_meaning_over_an_example_keeps_the_example_apart(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"fr.md": DATA / "vocab-examples.md"})
    got = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert len(got) == 4 and not skipped
    assert "\t" not in "".join(got.values())
    assert got["la boulangerie"] == "<p>bakery</p><p><em>Je vais à la boulangerie pour acheter du pain.</em></p>"
    assert got["pourtant"] == "<p>yet, however</p><p><em>Il pleuvait ; pourtant, nous sommes sortis.</em></p>"
