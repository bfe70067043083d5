"""Twenty-fifth sitting, lead's checks on new-user trial 26 findings."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

from compiler.passes.clean import points_free

PL_TEST = """Sprawdzian z historii – klasa 5

Zadanie 1. (1 pkt) W którym roku odbył się chrzest Polski?
A. 966
B. 1000
C. 1025

Zadanie 2. (1 pkt) Kto był pierwszym królem Polski?
A. Mieszko I
B. Bolesław Chrobry
C. Kazimierz Wielki

Zadanie 3. (2 pkt) Bitwa pod Grunwaldem odbyła się w roku:
A. 1385
B. 1410
C. 1466

Klucz odpowiedzi: 1 – A, 2 – B, 3 – B
"""


def test_points_before_a_question_are_not_on_its_front(tmp_path: Path) -> None:
    """T26-5: 'Zadanie 1. (1 pkt) W którym roku …?' showed '(1 pkt) W którym roku …?' on the card."""
    notes, skipped, _ = built_notes(tmp_path, {"pl-test.txt": PL_TEST})
    assert not skipped
    fronts = sorted(n["fields"]["Question"] for n in notes)
    assert fronts == [
        "Bitwa pod Grunwaldem odbyła się w roku:",
        "Kto był pierwszym królem Polski?",
        "W którym roku odbył się chrzest Polski?",
    ]
    king = next(n for n in notes if n["fields"]["Question"].startswith("Kto"))
    assert "Bolesław Chrobry" in king["fields"]["Correct"]


def test_points_in_other_layouts_and_languages(tmp_path: Path) -> None:
    """T26-5: numbered quizzes and Markdown headings lose '(2 points)', '[4 marks]', '（5分）' on either side."""
    quiz = (
        "# Quiz\n\n1. (2 points) Which port does HTTPS use?\n   a) 80\n   b) 443\n\n"
        "2. [1 pt] What does TCP guarantee?\n   a) Ordered delivery\n   b) Nothing\n\nAnswers: 1 b, 2 a\n"
    )
    notes_md = (
        "## (5 points) What is a mutex?\n\nA lock that only one thread holds at a time.\n\n"
        "## What is a semaphore? [4 marks]\n\nA counter that limits how many threads enter.\n\n"
        "## 什么是进程？（5分）\n\n进程是正在运行的程序。\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"quiz.md": quiz, "notes.md": notes_md})
    assert not skipped
    fronts = sorted(note_front(n) for n in notes)
    assert fronts == sorted(
        [
            "Which port does HTTPS use?",
            "What does TCP guarantee?",
            "What is a mutex?",
            "What is a semaphore?",
            "什么是进程？",
        ]
    ), fronts
    mutex = next(n for n in notes if note_front(n) == "What is a mutex?")
    assert "only one thread" in note_back(mutex)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(1 pkt) W którym roku?", "W którym roku?"),
        ("(2 б.) Что такое X?", "Что такое X?"),
        ("Wie heißt das? [2 Punkte]", "Wie heißt das?"),
        ("(1,5 pkt) Co to jest?", "Co to jest?"),
        ("Câu hỏi này là gì? (2 điểm)", "Câu hỏi này là gì?"),
        ("(3점) 무엇입니까?", "무엇입니까?"),
        # not points: an orbital, a points tag in the middle, nothing but the tag
        ("What is the shape of the (2p) orbital?", "What is the shape of the (2p) orbital?"),
        ("Which of (2 points) is right here?", "Which of (2 points) is right here?"),
        ("(2 points)", "(2 points)"),
    ],
)
def test_points_free(text: str, expected: str) -> None:
    """T26-5: what counts as the points printed beside a question."""
    assert points_free(text) == expected


ROMAN = """Class X Science – Chapter 6 Life Processes (Worksheet)

Q1. The site of photosynthesis in a plant cell is
(i) mitochondria
(ii) chloroplast
(iii) ribosome
(iv) nucleus
Ans. (ii) chloroplast

Q2. Which enzyme in saliva breaks down starch?
(i) pepsin
(ii) trypsin
(iii) salivary amylase
(iv) lipase
Ans. (iii)

Q3. The kidneys in human beings are a part of the system for
(1) nutrition
(2) respiration
(3) excretion
(4) transportation
Answer: (3) Excretion.
"""


def test_a_key_citing_its_numbered_option_with_the_text_keys_it(tmp_path: Path) -> None:
    """T26-2: 'Ans. (ii) chloroplast' under options '(i)'–'(iv)' made a Basic card of the stem and all four options
    run together; only a bare 'Ans. (iii)' keyed its question."""
    notes, skipped, _ = built_notes(tmp_path, {"worksheet.txt": ROMAN})
    assert not skipped
    assert {n["notetype"] for n in notes} == {"deckc Multiple choice"}
    by_front = {n["fields"]["Question"]: n["fields"] for n in notes}
    site = by_front["The site of photosynthesis in a plant cell is"]
    assert (
        "chloroplast" in site["Correct"]
        and "mitochondria" in site["Options"]
        and "(i)" not in site["Question"]
    )
    assert "salivary amylase" in by_front["Which enzyme in saliva breaks down starch?"]["Correct"]
    assert "excretion" in by_front["The kidneys in human beings are a part of the system for"]["Correct"]


def test_a_number_and_other_words_after_the_key_label_key_nothing() -> None:
    """T26-2: words after the number that are not its option's text are no key ('Ans. (ii) 42 people')."""
    from compiler.sources.letters import counted_options

    lines = ["Q1. How many came?", "(i) 40", "(ii) 42", "Ans. (ii) 42 people said so"]
    assert counted_options(lines) == lines
    lines[3] = "Ans. (ii) 42."
    assert counted_options(lines)[1:] == ["A) 40", "B) 42", "Ans. B 42."]
