"""Forty-eighth sitting, finder: findings of trial 48 (real public documents: Typst notes and exam packages, a LaTeX exam
class of a university's own, the Ultimate Geography deck as CrowdAnki JSON and Brain Brew sheets, JLPT lists, a quizdown
quiz in a web page, the Vue docs, Korean CS notes, Hands-On ML exercise solutions; docs/trials/trial48.md) fixed: an Anki
note whose answer is the front's own word is a card (T48-1); a quizdown quiz in a web page is a card per question
(T48-2)."""

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


# --- T48-2: a quizdown quiz published in a web page ---------------------------------------------------------------------


def test_a_quizdown_quiz_in_a_web_page_is_a_card_per_question(tmp_path: Path) -> None:
    """T48-2 (high): quizdown-js's way of publishing a quiz, ``<div class="quizdown">`` holding the quiz's Markdown
    indented as the page is (``#### Which gas …?`` / ``> hint`` / ``1. [x] Nitrogen`` / ``- [x] Helium``). Before: one
    card ``Chemistry warm-up quiz`` whose back was the quiz's source, and the same page named ``index.html`` read as a
    two-column sheet. Now each question is a multiple-choice card keyed by its ``[x]`` options, its hint on the front,
    whatever the page's name."""
    page = TRIAL / "quizdown-page.html"
    for name in ("quiz.html", "index.html"):
        notes, skipped, said = built_notes(tmp_path / name, {name: page})
        cards = [(note_front(n), note_back(n), n["notetype"]) for n in notes]
        assert [c[0] for c in cards] == [
            "Hint Think of what plants do not breathe in. Which gas makes up most of the Earth's atmosphere?",
            "What is the chemical symbol of sodium?",
            "Select all correct answers: Which of these are noble gases?",
        ]
        assert [c[1] for c in cards] == ["A) Nitrogen", "B) Na", "A) Helium B) Neon"]
        assert {c[2] for c in cards} == {"deckc Multiple choice"}
        assert skipped == []
        assert not any("shuffleAnswers" in note_back(n) or "shuffleAnswers" in note_front(n) for n in notes)
        assert not any("not read" in s for s in said)


def test_a_quizdown_option_written_as_a_tag_keeps_its_tag(tmp_path: Path) -> None:
    """T48-2: an option that names an HTML tag (``1. [x] `<h1></h1>` ``) is read from the element's source, as
    quizdown-js reads it, so the option is ``<h1></h1>``, not an empty code span."""
    page = (TRIAL / "quizdown-page.html").read_text(encoding="utf-8")
    page = page.replace("1. [ ] So", "1. [ ] `<so></so>`")
    notes, _, _ = built_notes(tmp_path, {"quiz.html": page})
    sodium = next(n for n in notes if "sodium" in note_front(n))
    assert "<so></so>" in " ".join(sodium["fields"].get("Options", "").split()).replace("&lt;", "<").replace("&gt;", ">")
