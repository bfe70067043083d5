"""Forty-sixth sitting, helper fixes: the findings left open by trial 45 and the forty-fifth sitting.

T45-4 / T45-5: MkDocs content tabs over an mkdocs-quiz ``<quiz>`` (``## One right answer`` / an intro line ending in
':' / ``=== "Example"`` / the quiz indented under it / ``=== "Syntax"`` / the quiz again in a code fence). The tab's
title is layout (no text on any card); a heading whose only text introduces the quiz is that quiz's section, never a
statement card (markdown._over_quiz); the quiz's question is the text above its options even with the code it asks
about between them (lines.checkbox_stems), and whatever it ends with ('Which of these fruits are sour.': a quiz asks).
Documents: tests/data/trials/trial45/t45-4-quiz-feedback/fruit-quiz.md and tests/data/sitting46/fixes/quiz-tabs/.

T45-1's remainder: a sub-heading over questions each over its answer's toggle, under a topic heading read as a card, is
the questions' section, never that card's text (tests/data/sitting46/fixes/toggled-subheading/).

T45-11: a table of contents some of whose entries are glossed after their link ('- [sigma](#sigma) - *summation*') is
the page's contents: no card, and on a page read a card per heading no section of the cards after it
(markdown_blocks.anchor_links, CONTENTS_HEADING). Document: tests/data/sitting46/fixes/contents/notation.md.

Answer keys: a key label in italics ('*Answers:*', '_Answer key_') is read as one in bold (layouts.ANSWER_KEY,
pattern._INLINE_KEY, word_keys), and a one-line key whose every entry ends with a full stop ('1. 4. 2. Because …. 3.
0.') answers each question (word_keys). Documents: tests/data/sitting46/fixes/key-labels/.

Questions listed up front whose topics are found but whose sub-headings do not say which question each answers: the
topics are cards as before, each question is said at its line and listed as skipped (listed_topics.listed_answers).
Document: tests/data/sitting46/fixes/listed-unmatched/rust-post.md.

Markdown lecture notes with a small practice section at their end: each section of notes holding no question is a card
of its heading, said as such (pattern._intro_lost); the practice questions keyed as before. Document:
tests/data/sitting46/fixes/lecture-practice/stats-notes.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting46" / "fixes"
TRIAL45 = Path(__file__).parent / "data" / "trials" / "trial45"

# --- T45-4 / T45-5: content tabs over a quiz ---------------------------------------------------------------------------


def _cards(tmp_path: Path, name: str, path: Path, skipped_lines: tuple[int, ...] = ()) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    notes, skipped, said = built_notes(tmp_path, {name: path})
    assert tuple(s["line"] for s in skipped) == skipped_lines, skipped
    return [(note_front(n), note_back(n), n["fields"].get("Section", ""), n["notetype"]) for n in notes], said


def test_tabbed_quizzes_are_cards_in_their_headings_sections(tmp_path: Path) -> None:
    """Each quiz is a multiple-choice card in its heading's section; no heading card, no tab title on a card."""
    got, said = _cards(tmp_path, "fruit-quiz.md", TRIAL45 / "t45-4-quiz-feedback" / "fruit-quiz.md")
    assert [(f, b, s) for f, b, s, _ in got] == [
        ("Which of these fruits are yellow?", "B) Banana C) Lemon", "Several right answers"),
        ("What colour is a ripe tomato?", "B) Red", "One right answer"),
        ("Testing feedback on each answer. Which of these fruits are sour.", "B) Lemon C) Lime", "Feedback per answer"),
    ]
    assert {t for *_, t in got} == {"deckc Multiple choice"}
    # the intro line over the first quiz is said at its line, under its heading read as a section
    assert any("fruit-quiz.md:5:" in m and "text outside any question" in m and "'Several right answers'" in m for m in said), said
    # and the layout line says what the headings are
    assert any("each head a <quiz> block: each quiz is a card, its heading its section" in m for m in said), said


def test_feedback_quiz_ending_in_full_stop_keeps_its_feedback(tmp_path: Path) -> None:
    """T45-5: the per-answer feedback under the options is the card's explanation, not its back."""
    notes, _, _ = built_notes(tmp_path, {"fruit-quiz.md": TRIAL45 / "t45-4-quiz-feedback" / "fruit-quiz.md"})
    sour = next(n for n in notes if "sour" in note_front(n))
    assert "Bananas are" in sour["fields"]["Explanation"] and "Mangoes are" in sour["fields"]["Explanation"]
    assert "☐" not in note_back(sour) and "Bananas" not in note_back(sour)


def test_quiz_asking_about_code_keeps_the_code_on_its_front(tmp_path: Path) -> None:
    """The question over a fence over the options: the code on the front, the quiz in its section (was glued onto the
    heading's card: 'Operators Each check has one right answer: Try it What does this print? …')."""
    got, said = _cards(tmp_path, "code-stem.md", DATA / "quiz-tabs" / "code-stem.md")
    assert [(f, b, s) for f, b, s, _ in got] == [
        ("What does this print? print ( 7 // 2 )", "B) 3", "Operators"),
        ("Pick the immutable types.", "A) tuple C) str", "Types"),
    ]
    assert not any("Try it" in f or "Try it" in b for f, b, _, _ in got)
    # the 'Source' tab's program is the page's text in no card, said at its line
    assert any("code-stem.md:21:" in m and "text outside any question" in m for m in said), said


# --- T45-1's remainder: a sub-heading over toggled questions under a topic card ------------------------------------


def test_toggled_questions_heading_is_their_section_not_the_topic_cards_text(tmp_path: Path) -> None:
    """'## Markets' / its text / '### Self-Check Questions' / questions over answer toggles: the topic card's back is its
    text alone, the questions are filed under 'Markets › Self-Check Questions' (was 'Markets' → '… Self-Check Questions')."""
    got, said = _cards(tmp_path, "economics.md", DATA / "toggled-subheading" / "economics.md", (37, 41))
    markets = [(f, b) for f, b, _, _ in got if f == "Markets"]
    assert markets == [("Markets", "Markets let specialized workers buy what they do not make.")]
    asked = [(f, s) for f, _, s, _ in got if f.endswith("?") and s]
    assert asked == [
        ("What is scarcity? Can you think of two causes of scarcity?", "Markets › Self-Check Questions"),
        ("Why does a consultant buy vegetables instead of growing them?", "Markets › Self-Check Questions"),
    ]
    # the review questions with empty toggles are still said, each at its line
    assert any("economics.md:37:" in m and "question has no answer" in m for m in said), said
    assert any("economics.md:41:" in m and "question has no answer" in m for m in said), said


# --- T45-11: a table of contents with a few glossed entries ----------------------------------------------------------


def test_table_of_contents_is_no_card_and_no_section(tmp_path: Path) -> None:
    """'# contents' over anchor links, three glossed ('- *summation*'): skipped as the page's contents, and the '##'
    sections after it are no longer filed under 'contents'."""
    got, said = _cards(tmp_path, "notation.md", DATA / "contents" / "notation.md", (5,))
    assert "contents" not in [f for f, *_ in got]
    assert [(f, s) for f, _, s, _ in got if f in ("sigma", "hat", "absolute value")] == [
        ("sigma", ""),
        ("absolute value", "pipes"),
        ("hat", ""),
    ]
    assert any("notation.md:5:" in m and "its table of contents" in m for m in said), said


def test_section_over_its_own_links_keeps_its_name(tmp_path: Path) -> None:
    """'## SQL' over a link to its own '###' topic (trial42 T42-12) is still that topic's section."""
    text = (
        "# Notes\n\n## SQL\n\n* [Joins](#joins)\n\n### Joins\n\nINNER JOIN returns the rows that match in both tables.\n\n"
        "## Statistics\n\n* [Variance](#variance)\n\n### Variance\n\nThe mean squared deviation from the mean.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"notes.md": text})
    assert [(note_front(n), n["fields"].get("Section", "")) for n in notes] == [("Joins", "SQL"), ("Variance", "Statistics")]


# --- answer keys labelled in italics, or whose answers end with a full stop ------------------------------------------

KEYS = DATA / "key-labels"


@pytest.mark.parametrize(
    ("name", "cards"),
    [
        # '*Answers:* 1. 4. 2. Because …, not on the extreme values. 3. 0.': every entry ends with a full stop
        (
            "stops.md",
            [
                ("A data set is 2, 4, 4, 5, 7. What is its median?", "4"),
                ("Why is the median robust to outliers?", "Because it depends only on the middle position, not on the extreme values."),
                ("What is the variance of 1, 1, 1?", "0"),
            ],
        ),
        # '*Answers:* 1. 4 2. Because … 3. 0': the label in italics as in bold
        (
            "italic.md",
            [
                ("A data set is 2, 4, 4, 5, 7. What is its median?", "4"),
                ("Why is the median robust to outliers?", "Because it depends only on the middle position"),
                ("What is the variance of 1, 1, 1?", "0"),
            ],
        ),
        # '_Answer key_ 1-b, 2-c' under multiple-choice questions
        ("underscored.md", [("Which gas do plants take in?", "B) Carbon dioxide"), ("Which organelle makes ATP?", "C) Mitochondrion")]),
        # '_Answer key_' alone on its line over '1. 4' / '2. Paris' / '3. Water'
        ("own-line.md", [("What is 2 + 2?", "4"), ("What is the capital of France?", "Paris"), ("What is H2O?", "Water")]),
    ],
)
def test_italic_key_labels_and_full_stops(tmp_path: Path, name: str, cards: list[tuple[str, str]]) -> None:
    """Each question answered by its entry; the key is no card's text and no question is left without its answer."""
    got, said = _cards(tmp_path, name, KEYS / name)
    assert [(f, b) for f, b, _, _ in got] == cards
    assert not [m for m in said if "no answer" in m or "none marked correct" in m], said


# --- questions listed up front, answered under topics whose sub-headings do not restate them --------------------------


def test_listed_questions_under_unmatched_topics_are_said_and_skipped(tmp_path: Path) -> None:
    """Each topic found ('### Question 1: Ownership'), its sub-headings ('#### Scope', '#### Moves') not saying which
    question each answers: the topics are cards with all their text, and each listed question is said at its line and
    listed as skipped with why (never a silently dropped question)."""
    notes, skipped, said = built_notes(tmp_path, {"rust-post.md": DATA / "listed-unmatched" / "rust-post.md"})
    assert [note_front(n) for n in notes] == ["Ownership", "Borrowing"]
    assert "Assigning a heap value" in note_back(notes[0])
    assert [s["line"] for s in skipped] == [6, 7, 9]
    assert all("does not say which part answers it" in s["skipped"] for s in skipped)
    assert any("rust-post.md:9:" in m and "answered under the topic at line 19" in m for m in said), said


# --- lecture notes with a small practice section at their end --------------------------------------------------------


def test_lecture_notes_sections_are_cards_beside_the_practice_questions(tmp_path: Path) -> None:
    """'### 1.1 Measures of centre' / its notes … '## 3. Practice' / two numbered questions / '*Answers:* 1. 4. 2. ….':
    the practice questions answered by the key, and each notes section a card of its heading (was only said, 'in no
    card'), said as such at its line."""
    got, said = _cards(tmp_path, "stats-notes.md", DATA / "lecture-practice" / "stats-notes.md")
    fronts = [f for f, *_ in got]
    assert fronts[:2] == ["1.1 Measures of centre", "1.2 Measures of spread"]
    assert got[0][1].startswith("The mean is the sum of the values divided by their number.")
    assert got[0][2] == "1. Descriptive statistics"
    assert [(f, b) for f, b, _, _ in got[-2:]] == [
        ("A data set is 2, 4, 4, 5, 7. What is its median?", "4"),
        ("Why is the median robust to outliers?", "Because it depends only on the middle position, not on the extreme values."),
    ]
    assert any("stats-notes.md:7:" in m and "holds notes and no question: a card" in m for m in said), said
    assert not any("in no card" in m for m in said), said


# --- slug-named notes: a one-note file's front reads as words ---------------------------------------------------------


def test_slug_named_note_front_reads_as_words(tmp_path: Path) -> None:
    """'the-french-revolution.md' (no heading, one note): its front 'The french revolution' (was 'the french
    revolution'); a slug its text says together is cased so ('The storming of the Bastille'). Its id, and so its GUID
    (both case-blind), is the one it had."""
    notes, _, _ = built_notes(tmp_path, {"the-french-revolution.md": DATA / "slug-notes" / "the-french-revolution.md"})
    assert [note_front(n) for n in notes] == ["The french revolution"]
    assert notes[0]["fields"]["DeckcId"] == "the-french-revolution/the-french-revolution"
    notes, _, _ = built_notes(tmp_path / "b", {"the-storming-of-the-bastille.md": DATA / "slug-notes" / "the-storming-of-the-bastille.md"})
    assert [note_front(n) for n in notes] == ["The storming of the Bastille"]
