"""Sitting 46, meta: the same document written another way gives the same cards (metamorphic robustness)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting46" / "meta"


@pytest.mark.parametrize("name", ["closing-after-rule.md", "closing-after-rule.txt"])
def test_sign_off_sentences_after_a_rule_end_no_answer(tmp_path: Path, name: str) -> None:
    """A page closed by a rule and sign-off sentences ('That's all for this chapter. Good luck on the exam!', 'Hope this
    helps!'): neither the words nor the rule ('---', text in a plain-text layout) are the last card's answer."""
    notes, skipped, said = built_notes(tmp_path, {name: DATA / name})
    backs = [note_back(n) for n in notes]
    assert len(notes) in (2, 3) and skipped == []
    assert backs[-1] in ("Stopping training when the validation loss stops improving.", "0.7–1.0 mmol/L"), backs[-1]
    assert not [m for m in said if "outside any" in m]


def test_a_closing_sentence_that_teaches_stays_in_the_answer(tmp_path: Path) -> None:
    """Only a paragraph of nothing but sign-off sentences closes the page: one that goes on teaching is the answer's."""
    text = (
        "**What is dropout?**\n\nRandomly zeroing activations during training.\n\n"
        "**What is early stopping?**\n\nStopping when the validation loss stops improving.\n\n"
        "That's all it takes to limit overfitting, since the weights stay near their start.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"review.md": text})
    assert "That's all it takes" in note_back(notes[-1]), [note_front(n) for n in notes]


RULED = (DATA / "ruled-no-blank.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [RULED, RULED.replace("___", "---"), RULED.replace("**Q: ", "Q: ").replace("?**", "?"), RULED.replace("___\n\n", "")],
    ids=["bold-underscores", "bold-dashes", "plain-label", "plain-label-no-rules"],
)
def test_a_question_over_its_answer_with_no_blank_line_between_rules(tmp_path: Path, text: str) -> None:
    """'**Q: …?**' (or 'Q: …?') with its answer on the very next line, the cards separated by rules: every question a
    card with its answer, as with a blank line between (all but the first were 'no answer', the answer on the front)."""
    notes, skipped, said = built_notes(tmp_path, {"nullable.md": text})
    cards = {note_front(n): note_back(n) for n in notes}
    assert skipped == [] and len(cards) == 3, (cards, said)
    assert cards["How does Nullable<T> work during runtime?"].startswith("The runtime makes its instances appear")
    assert not [m for m in said if "has no answer" in m or "outside any" in m]


@pytest.mark.parametrize(
    ("name", "line", "above", "words"),
    [("glued-question-label.md", 11, 9, "Name the central bank tool for rates.")],
)
def test_a_line_written_like_the_pages_questions_inside_an_answer_is_said(
    tmp_path: Path, name: str, line: int, above: int, words: str
) -> None:
    """The safety net against silent glue: a line inside an answer written as the page's questions are ('Question 4:
    …' among 'Question N:' questions), the next number, no blank line above it: its words ended the answer above, a
    question lost with no message; said with both lines in sitting 46. Since sitting 49 (meta, M6) the page's
    'Question N:' labels are read as the numbers they are, and the glued 'Question 4:' is a card of its own, nothing to
    say (changed on purpose). (A bold question right under a quoted tip, said here in sitting 46, is a card of its own
    since sitting 47: test_sitting47_meta.)"""
    notes, _, said = built_notes(tmp_path, {name: DATA / name})
    assert not [m for m in said if "looks like a question of this page" in m], said
    assert len(notes) == 4 and words in [note_front(n) for n in notes]


def test_a_bold_numbered_question_right_under_the_answer_above_is_a_card(tmp_path: Path) -> None:
    """'**4. What is inflation?**' typed right under the answer to '**3. …?**' (no blank line): a card of its own."""
    notes, _, said = built_notes(tmp_path, {"economy.md": DATA / "glued-bold-number.md"})
    assert [(note_front(n), note_back(n)) for n in notes][2:] == [
        ("What is fiscal policy?", "Government spending and taxation."),
        ("What is inflation?", "Rising prices."),
    ], said


def test_a_bold_question_right_under_the_answer_above_is_a_card(tmp_path: Path) -> None:
    """A page of bold questions, each over its answer after a blank line, one typed right under the answer above with
    no blank line ('It controls which substances …' / '**What is the function of the Golgi apparatus?**'): Markdown
    made it one paragraph with that answer, the question lost with no message. It opens its own item, as the page's
    other bold questions do, its answer the paragraph below."""
    notes, skipped, said = built_notes(tmp_path, {"cells.md": DATA / "glued-bold-after-answer.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Define mitosis.": "The division of a nucleus into two nuclei with the same chromosomes as the parent.",
        "How many cells does meiosis produce?": "Four haploid cells.",
        "What does the cell membrane do?": "It controls which substances enter and leave the cell.",
        "What is the function of the Golgi apparatus?": "It modifies, packages and ships proteins.",
    }, said
    assert skipped == [] and not [m for m in said if "looks like a question" in m]


def test_a_bold_question_inside_an_answer_on_a_page_of_headings_stays_there(tmp_path: Path) -> None:
    """Only a page that writes its questions as bold lines (two paragraphs or more open so) has a bold question in an
    answer cut off: under '## …?' headings, a bold line that asks inside an answer is the answer's own."""
    text = (
        "## What is caching?\n\nKeeping results to reuse them.\n**Why cache at all?**\nLess work and faster replies.\n\n"
        "## What is a cache miss?\n\nA lookup that finds nothing kept.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"cache.md": text})
    assert [note_front(n) for n in notes] == ["What is caching?", "What is a cache miss?"]
    assert "Why cache at all?" in note_back(notes[0])


def test_the_answers_own_numbered_list_is_no_glued_question(tmp_path: Path) -> None:
    """A last answer listing steps numbered as the questions are ('3. What are the steps?' / '1. …' … '4. …'): the
    step numbered after the question is the answer's, never said to be a question."""
    text = (
        "1. What is binary search?\nHalving a sorted range.\n\n2. What does it need?\nA sorted array.\n\n"
        "3. What are the steps of binary search?\n1. take the middle\n2. compare\n3. keep one half\n4. repeat\n"
    )
    notes, _, said = built_notes(tmp_path, {"search.md": text})
    assert not [m for m in said if "looks like a question" in m], said
    assert len(notes) == 3
