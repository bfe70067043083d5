"""Forty-fifth sitting, finder: findings of trial 45 (real public documents: OpenStax economics and anatomy chapters in
kramdown, the Django, Doom Emacs, Sphinx and Hugo FAQs, numpy-100, math-as-code, the system-design primer, mkdocs-quiz;
docs/trials/trial45.md) fixed: a question written as an HTML div and its answer as the div after it (``<div
data-type="problem">`` / ``<div data-type="solution">``) is a card, a letter answering its options, a question with no
answer's div said as such (T45-1); kramdown's span attributes (``**Economics**{: data-type="term"}``) and block-end
markers (``^``) are no card text (T45-3, T45-8)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.markdown_blocks import exercise_divs, kramdown_attributes

TRIAL = Path(__file__).parent / "data" / "trials" / "trial45"


# --- T45-1: exercises written as HTML divs ------------------------------------------------------------------------------


def test_a_textbook_chapters_exercise_divs_are_cards_with_their_answers(tmp_path: Path) -> None:
    """T45-1 (high): an OpenStax chapter in kramdown writes each exercise as ``<div data-type="exercise">`` around ``<div
    data-type="problem" markdown="1">`` and ``<div data-type="solution" markdown="1">``. Before: the page was one 'note'
    card holding the chapter, its questions and their answers (econ m48591: 2,767 words), or the multiple-choice review
    questions were in no card. Now each self-check question is a card with its answer, each multiple-choice one keyed by
    its solution's letter, and the question with no solution is said as one (file:line), never a card."""
    notes, skipped, said = built_notes(tmp_path, {"trade.md": TRIAL / "t45-1-exercise-divs" / "trade.md"})
    cards = {note_front(n): n for n in notes}
    tailor = next(f for f in cards if f.startswith("A tailor earns $80 an hour"))
    assert note_back(cards[tailor]).startswith("Two hours of tailoring earn $160")
    assert note_back(cards["What does a market let a specialized worker do?"]).startswith("It lets the worker buy the goods")
    assert note_back(cards["Which of these is an example of specialization?"]) == "B) A baker who only bakes and buys everything else"
    pins = next(f for f in cards if f.startswith("The person who first described the division of labor"))
    assert note_back(cards[pins]) == "C) Adam Smith"
    assert cards[pins]["fields"]["Options"].count("<li") == 4
    assert note_back(cards["specialization"]) == "when workers focus on the tasks they are best suited for"
    assert all(s["question"] != "Why People Trade" for s in skipped) and "Why People Trade" not in cards  # (no 'note' of the page)
    unanswered = next(s for s in skipped if s["question"] == "Why would specialization without trade not work?")
    assert unanswered["line"] == 85
    assert any("trade.md:85: warning: question has no answer" in m for m in said)
    assert not any("read as layout 'note'" in m for m in said)


def test_exercise_divs_become_the_question_text_and_an_answer_toggle() -> None:
    """T45-1: the rewrite itself. A question's div lines go blank (its text is the question), the answer's div becomes a
    ``<details>`` toggle titled by its kind, a wrapper around both goes blank, a question with no answer's div gets an
    empty toggle; other divs (``data-type="note"``, ``class="no-quiz"``) and code stay; the lines keep their numbers."""
    text = "\n".join(
        [
            '<div class="no-quiz">',  # 1
            "kept",
            "</div>",
            "",
            '<div data-type="exercise">',  # 5
            '<div data-type="problem" markdown="1">',
            "What is scarcity?",
            "",
            "</div>",
            "<div data-type='solution' markdown='1'>",  # 10
            "Wants exceed supply.",
            "",
            "</div>",
            "</div>",
            "",  # 15
            '<div class="question">',
            "Why trade?",
            "</div>",
            "",
            "```html",  # 20
            '<div class="answer">',
            "```",
        ]
    )
    out = exercise_divs(text).split("\n")
    assert len(out) == len(text.split("\n"))
    assert out[0:3] == ['<div class="no-quiz">', "kept", "</div>"]
    assert out[4:9] == ["", "", "What is scarcity?", "", ""]
    assert out[9] == "<details><summary>Solution</summary>" and out[12] == "</details>" and out[13] == ""
    assert out[15:18] == ["", "Why trade?", "<details><summary>Solution</summary></details>"]
    assert out[20] == '<div class="answer">'  # (code)
    assert exercise_divs("<div>plain</div>") == "<div>plain</div>"


def test_a_mixed_page_keeps_a_self_check_heading_as_the_section_of_its_toggled_questions(tmp_path: Path) -> None:
    """T45-1: on a page whose statement headings are cards (a question heading among them), a ``### Self-Check Questions``
    heading over questions each with its answer's toggle was a card itself: its first question's front began with the
    heading's words ('Self-Check Questions What is scarcity? …') and the first question without an answer was lost under
    'Review Questions'. Now such a heading is the section of its questions."""
    page = "\n".join(
        [
            "# Economics", "", "### Scarcity", "", "Wants exceed what is available.", "", "### Why study economics?", "",
            "It explains the world's problems.", "", "### Markets", "", "Markets let workers buy what they do not make.", "",
            "### Self-Check Questions", "", "What is scarcity? Can you name two causes?", "",
            "<details><summary>Solution</summary>", "Wants exceed supply.", "", "</details>", "",
            "Why does a consultant buy vegetables?", "", "<details><summary>Solution</summary>", "Her time is worth more.", "",
            "</details>", "", "### Review Questions", "", "Give three reasons to study economics.", "",
            "<details><summary>Solution</summary></details>", "", "What is a market?", "", "<details><summary>Solution</summary></details>", "",
        ]
    )  # fmt: skip
    notes, skipped, _said = built_notes(tmp_path, {"econ.md": page})
    cards = {note_front(n): n for n in notes}
    assert note_back(cards["What is scarcity? Can you name two causes?"]) == "Wants exceed supply."
    assert cards["What is scarcity? Can you name two causes?"]["sections"][-1].endswith("Self-Check Questions")
    assert {s["question"] for s in skipped if s["skipped"] == "no answer"} >= {"Give three reasons to study economics.", "What is a market?"}


# --- T45-3, T45-8: kramdown's span attributes and block-end markers ----------------------------------------------------------


def test_kramdown_span_attributes_and_block_end_markers_are_no_card_text() -> None:
    """T45-3 / T45-8: ``**Economics**{: data-type="term"}`` printed its attribute list on the card, a picture's ``{: #fig
    data-title="…"}`` likewise, and the ``^`` that ends a kramdown definition printed at the end of 72 glossary backs."""
    text = '**Economics**{: data-type="term"} is the study of choice.\n![A market](m.jpg "Market"){: #fig1 data-title="Market"}\nterm\n: meaning\n^\n\n```\n^\n{: kept}\n```'
    out = kramdown_attributes(text).split("\n")
    assert out[0] == "**Economics** is the study of choice."
    assert out[1] == '![A market](m.jpg "Market")'
    assert out[4] == ""
    assert out[7:9] == ["^", "{: kept}"]  # (code)
