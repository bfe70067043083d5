"""Sitting 49, meta: the same document written another way gives the same cards (metamorphic robustness, round 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting49" / "meta"


def _cards(tmp_path: Path, name: str, text: str | Path) -> list[tuple[str, str]]:
    notes, _, _ = built_notes(tmp_path, {name: text})
    return [(note_front(n), note_back(n)) for n in notes]


def test_an_answer_label_alone_on_a_quotes_first_line_is_a_label(tmp_path: Path) -> None:
    """'> **Answer**' (or '> *Answer:*', a toggle's title '> **💡 Show answer**') alone on a quote's first line, the
    answer on the quote's lines under it, as READMEs write an answer under its question: the answer alone on the
    back, as '> **Answer:** …' on one line gives (the back began 'Answer' / 'Show answer'). A quote titled otherwise
    ('> **Note**') stays the quote it is."""
    notes, skipped, said = built_notes(tmp_path, {"bio.md": DATA / "quoted-answers.md"})
    got = [(note_front(n), note_back(n)) for n in notes]
    assert got[:3] == [
        ("What is the powerhouse of the cell?", "The mitochondrion, which makes ATP."),
        ("Which gas do plants take in for photosynthesis?", "Carbon dioxide, from the air."),
        ("What does DNA stand for?", "Deoxyribonucleic acid."),
    ], said
    assert got[3] == ("What is a note?", "Note A box that is no answer stays a quote."), said
    assert skipped == []


def test_a_quoted_answer_under_a_numbered_question_is_its_answer(tmp_path: Path) -> None:
    """The same quote indented under '1. …?': the question's answer (was a card fronted 'Answer' once the label was
    read, the quote's text its back)."""
    assert _cards(tmp_path, "bio.md", DATA / "numbered-quoted-answers.md") == [
        ("What is the powerhouse of the cell?", "The mitochondrion, which makes ATP."),
        ("Which gas do plants take in for photosynthesis?", "Carbon dioxide, from the air."),
    ]


def test_a_callout_under_a_numbered_question_is_an_answer_box(tmp_path: Path) -> None:
    """'1. …?' / '   > [!answer]-' / '   > …' (an Obsidian callout holding the answer, read by the numbered layout):
    the answer alone on the back, as under a '## …?' heading (the back began '[!answer]-')."""
    got = _cards(tmp_path, "bio.md", DATA / "numbered-callouts.md")
    assert got == [
        ("What is the powerhouse of the cell?", "The mitochondrion, which makes ATP."),
        ("Which gas do plants take in for photosynthesis?", "Carbon dioxide, from the air."),
        ("What does DNA stand for?", "Deoxyribonucleic acid."),
    ]
    headed = (DATA / "numbered-callouts.md").read_text(encoding="utf-8").replace("### ", "## ")
    headed = "\n".join(f"## {line[3:]}" if line[:1].isdigit() else line.strip() for line in headed.split("\n"))
    assert _cards(tmp_path / "h", "bio.md", headed) == got


def test_bulleted_options_under_a_q_line_in_a_txt_lose_their_bullets(tmp_path: Path) -> None:
    """'Q: …?' / '- A) Nucleus' / '- B) …' / 'Answer: B' in a .txt: the options without the bullet of the line after
    (front and every option but the last ended ' -'), as the same page in Markdown reads."""
    text = (DATA / "qa-bulleted-options.txt").read_text(encoding="utf-8")
    txt = _cards(tmp_path / "t", "bio.txt", text)
    assert txt == [
        ("What is the powerhouse of the cell?", "B) Mitochondrion"),
        ("Which gas do plants take in for photosynthesis?", "C) Carbon dioxide"),
        ("What does DNA stand for?", "A) Deoxyribonucleic acid"),
    ]
    notes, _, _ = built_notes(tmp_path / "o", {"bio.txt": text})
    assert "Nucleus -" not in str(notes[0]["fields"]) and "Nucleus" in str(notes[0]["fields"])


def test_label_pairs_under_card_number_headings_read_as_q_colon_pairs(tmp_path: Path) -> None:
    """'### Card 2' / 'Q) …' / 'A) …' (a chat assistant's cards labelled with ')'): the cards 'Q:' / 'A:' give, the
    'Card N' headings neither a section nor text on the back above them (the back ended 'Card 2'); a titled heading
    over such pairs is their section."""
    text = "".join(f"### Card {n}\nQ) {q}\nA) {a}\n\n" for n, (q, a) in enumerate(_QA, 1))
    got = _cards(tmp_path / "p", "cards.md", "Here are 3 flashcards:\n\n" + text)
    assert got == list(_QA)
    colon = _cards(tmp_path / "c", "cards.md", "Here are 3 flashcards:\n\n" + text.replace("Q) ", "Q: ").replace("A) ", "A: "))
    assert got == colon
    notes, _, _ = built_notes(tmp_path / "s", {"cards.md": "# Biology\n\n" + text.replace("### Card 3\n", "## Genetics\n\n")})
    assert [(note_front(n), note_back(n)) for n in notes] == list(_QA)
    assert [n["sections"] for n in notes] == [[], [], ["cards::Genetics"]]  # (the page title names the page)


_QA = (
    ("What is the powerhouse of the cell?", "The mitochondrion."),
    ("Which gas do plants take in?", "Carbon dioxide."),
    ("What does DNA stand for?", "Deoxyribonucleic acid."),
)


_LABELLED = (
    ("q-numbered-key.md", "Q{n}. "),  # options '1. Rabbit' … and a key '1\. B 2\. A' (was unused, the options the back)
    ("q-numbered-blanks.txt", "Q{n}. "),  # 'Q1. The ____ … (mitochondria)' (was no card)
    ("question-numbered-parts.txt", "Question {n}: "),  # two parts, each with its key line (was keys on the backs)
    ("question-numbered-pairs.md", "Question {n}: "),  # '… — Saturn' pairs (was one card of the page)
)


@pytest.mark.parametrize(("name", "label"), _LABELLED)
def test_questions_numbered_with_a_label_read_as_numbered_ones(tmp_path: Path, name: str, label: str) -> None:
    """'Q1. …' / 'Question 1: …' numbering questions on a page with no 'A:' answers (round 3 M6): the cards '1. …'
    gives, and pasting the printed table ('layout = "numbered"' …) changes none."""
    text = (DATA / name).read_text(encoding="utf-8")
    plain = text
    for n in range(1, 10):
        plain = plain.replace(label.format(n=n), f"{n}. ")
    assert plain != text
    notes, skipped, said = built_notes(tmp_path / "l", {name: text})
    got = [(note_front(n), note_back(n)) for n in notes]
    assert got and skipped == [], said
    assert got == _cards(tmp_path / "n", name, plain)
    assert all("Q1" not in f and "Question" not in f for f, _ in got)
    table = next(m for m in said if "[[source]]" in m).split("\n", 1)[1]
    pasted, _, _ = built_notes(tmp_path / "p", {name: text}, "\n" + "\n".join(line.strip() for line in table.split("\n")) + "\n")
    assert [(note_front(n), note_back(n)) for n in pasted] == got


def test_q_labels_with_answer_labels_stay_a_qa_page(tmp_path: Path) -> None:
    """'Q1: …' / 'A: …' pairs keep their reading (the label is a pair's, not numbering)."""
    text = "# Review\n\n" + "\n\n".join(f"Q{n}: {q}\nA: {a}" for n, (q, a) in enumerate(_QA, 1)) + "\n"
    assert _cards(tmp_path, "review.md", text) == list(_QA)


def test_an_admonition_title_in_curly_quotes_is_its_title(tmp_path: Path) -> None:
    """'??? question “Show Answer”' / '!!! success “Answer”' (a MkDocs quiz page typed where quotes turn smart): the
    answer boxes they are, the cards the straight quotes give (the title “Show Answer” was a card's front, two quizzes
    unkeyed; round 2 R11)."""
    curly = (DATA / "mkdocs-curly-titles.md").read_text(encoding="utf-8")
    straight = curly.replace("“", '"').replace("”", '"')
    got = _cards(tmp_path / "c", "quiz.md", curly)
    assert got == _cards(tmp_path / "s", "quiz.md", straight)
    assert [f for f, _ in got][:2] == ["Which equation defines the imaginary unit \\(i\\)?", "What is the modulus of \\(3 + 4i\\)?"]


@pytest.mark.parametrize("label", ["**Answer:**", "*Answer:*", "__Answer:__", "Answer:"])
def test_a_lone_emphasised_answer_label_under_a_numbered_question_is_its_label(tmp_path: Path, label: str) -> None:
    """'1. …?' / blank / '**Answer:**' alone / blank / the answer (R4-5): the question on the front and the answer
    alone on the back, as with a plain 'Answer:' (the bold label was a glossary term: every card fronted 'Answer',
    the questions lost)."""
    text = "# Biology review\n\n" + "\n\n".join(f"{n}. {q}\n\n{label}\n\n{a}" for n, (q, a) in enumerate(_QA, 1)) + "\n"
    assert _cards(tmp_path, "bio.md", text) == list(_QA)


def test_a_lone_bold_answer_word_under_a_numbered_question_keeps_the_question(tmp_path: Path) -> None:
    """'**Answer**' with no colon: the question on the front (was 'Answer'); the word stays on the back (R4-5 rest)."""
    text = "# Biology review\n\n" + "\n\n".join(f"{n}. {q}\n\n**Answer**\n\n{a}" for n, (q, a) in enumerate(_QA, 1)) + "\n"
    assert [f for f, _ in _cards(tmp_path, "bio.md", text)] == [q for q, _ in _QA]
