"""Fifty-fifth sitting, finder: findings of trial 55 (real public documents: Hugging Face's course quizzes in MDX, Dive
into Deep Learning's chapters, exercise notebooks, the CNCF glossary, Anki CSV decks; docs/trials/trial55.md) fixed: a
quiz component that holds only its question's options (``<Question choices={[{ text, explain, correct }]} />``) is that
question's options, the ones marked right its answer (T55-1); a heading's hf-doc-builder anchor (``[[quiz2]]``) is no
text (T55-6)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

from compiler.sources.databank import jsx_banks
from compiler.sources.markdown_blocks import slug_anchors

TRIAL = Path(__file__).parent / "data" / "trials" / "trial55"


# --- T55-1: a quiz component's choices under its question -------------------------------------------------------


def test_a_question_component_s_choices_are_the_question_s_options_and_its_right_ones_the_answer(tmp_path: Path) -> None:
    """T55-1 (high): Hugging Face's course quizzes ask under a '###' heading and list the options in
    '<Question choices={[{ text: "…", explain: "…", correct: true }, …]} />'. Before: every card's back was the
    component's JavaScript source, no option marked right. Now each is a multiple-choice note: the options, the right
    ones its answer ('choose 2' when two are), each option's explanation on the back."""
    notes, _, _ = built_notes(tmp_path, {"quiz.mdx": TRIAL / "mdx-question-choices.mdx"})
    by_front = {note_front(n): n for n in notes}
    assert len(notes) == 4, list(by_front)
    first = by_front["What does a tokenizer return for a sentence?"]
    assert first["kind"] == "multiple_choice", first
    assert note_back(first) == "B) A list of token IDs.", note_back(first)
    assert "Right: the model reads numbers, not text." in plain_text(first["fields"]["Explanation"]), first["fields"]
    both = by_front["Select the sentences that apply to batching."]
    assert note_back(both) == "A) Sequences of different lengths must be padded. B) Padding tokens should be masked with the attention mask.", note_back(both)
    for note in notes:
        text = " ".join(plain_text(str(v)) for v in note["fields"].values())
        assert "choices={[" not in text and "correct: true" not in text, note["fields"]
    coded = next(n for front, n in by_front.items() if "Is there something wrong with the following code?" in front)
    assert "AutoModel" in note_front(coded) and "gpt2" in note_front(coded), note_front(coded)  # (the code the question asks about: on the front)
    assert note_back(coded) == "B) The tokenizer and model should come from the same checkpoint.", note_back(coded)


def test_a_page_of_toggled_solutions_and_question_components_reads_both(tmp_path: Path) -> None:
    """T55-1: the Deep RL course answers some questions in '<details><summary>Solution</summary>' and some with a
    '<Question choices>' component on the same page: both read, each at its line."""
    notes, _, messages = built_notes(tmp_path, {"quiz2.mdx": TRIAL / "mdx-details-and-choices.mdx"})
    cards = {note_front(n): n for n in notes}
    assert note_back(cards["What is a Q-table?"]) == "A Q-table is a table of the value of each state-action pair.", cards
    phases = cards["What are the two phases of a training step?"]
    assert phases["kind"] == "multiple_choice" and note_back(phases) == "A) Sampling and training", phases
    assert phases["items"][0]["line"] == 14, phases["items"]
    assert not any("choices" in m for m in messages), messages


def test_a_component_of_options_none_marked_right_or_naming_its_question_is_left_to_the_other_rules() -> None:
    """T55-1: options no flag marks right are no answer (a picker, a poll): the page is left as it is; a component that
    names its question ('<Quiz questions={[{question, options, answer}]} />') is read as before, once."""
    poll = ["### Which do you use?", "", "<Poll choices={[{ text: 'Vim' }, { text: 'Emacs' }]} />", ""]
    assert jsx_banks(poll, "poll.mdx") is None
    named = ['<Quiz questions={[{ question: "2 + 2?", options: ["3", "4"], answer: "4" }]} />']
    made = jsx_banks(named, "named.mdx")
    assert made is not None and made.text.count("2 + 2?") == 1, made


# --- T55-6: hf-doc-builder's heading anchors -----------------------------------------------------------------------


def test_a_heading_s_slug_anchor_is_no_text_but_a_link_to_another_note_stays() -> None:
    """T55-6 (low): '# End-of-chapter quiz[[end-of-chapter-quiz]]', '# Second Quiz [[quiz2]]' (the Hugging Face
    courses' headings) were the page's title as written, on every card's back. The anchor spells the heading's own
    words; an Obsidian link at a heading's end names another note and stays, and so does anything inside a fence."""
    page = "# End-of-chapter quiz[[end-of-chapter-quiz]]\n## Second Quiz [[quiz2]]\n## Related [[python]]\n```\n# x [[x]]\n```"
    assert slug_anchors(page).split("\n") == ["# End-of-chapter quiz", "## Second Quiz", "## Related [[python]]", "```", "# x [[x]]", "```"]


def test_the_page_title_of_a_quiz_page_has_no_anchor(tmp_path: Path) -> None:
    """T55-6: the cards' Sources line names the page 'Second Quiz' (was 'Second Quiz [[quiz2]]')."""
    notes, _, messages = built_notes(tmp_path, {"quiz2.mdx": TRIAL / "mdx-details-and-choices.mdx"})
    assert all(n["fields"]["Sources"] == "Second Quiz" for n in notes), [n["fields"]["Sources"] for n in notes]
    assert not any("[[quiz2]]" in m for m in messages), messages
