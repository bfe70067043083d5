"""Forty-fourth sitting, lead: pages written fresh as learners bring them (worksheets, homework, vocabulary), built
with no config; each finding fixed with a general rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

from compiler.sources.lines import exercise_instruction, instruction_context

HOMEWORK = """# French homework

## Exercise 1
Translate into French.

1. the dog — le chien
2. the house — la maison
3. the book — le livre

## Exercise 2
Answer the following questions.

1. What is the French for "thank you"?
   Merci.
2. How do you say "good night" in French?
   Bonne nuit.
"""


def test_a_page_of_two_exercises_in_two_shapes_reads_both(tmp_path: Path) -> None:
    """A homework page whose first exercise is term — translation lines and whose second is numbered questions answered
    under them was read with the second's layout alone: the three pairs were "question has no answer", no card. A guessed
    reading that leaves questions unanswered beside answered ones is tried a section at a time; each exercise's
    instruction ('Translate into French.') names its items' section instead of being an item or text said lost; one that
    says only "answer these" ('Answer the following questions.') is no context of theirs and is said nowhere."""
    notes, _, said = built_notes(tmp_path, {"homework.md": HOMEWORK})
    cards = {note_front(n): (note_back(n), n["fields"].get("Section", "")) for n in notes}
    assert cards == {
        "the dog": ("le chien", "Exercise 1 › Translate into French"),
        "the house": ("la maison", "Exercise 1 › Translate into French"),
        "the book": ("le livre", "Exercise 1 › Translate into French"),
        'What is the French for "thank you"?': ("Merci.", "Exercise 2"),
        'How do you say "good night" in French?': ("Bonne nuit.", "Exercise 2"),
    }, said
    assert not any("no answer" in s or "before its first item" in s or "outside any" in s for s in said), said


def test_an_instruction_over_a_list_of_pairs_is_their_section(tmp_path: Path) -> None:
    """The pairs' page alone (read as 'delimited'): its instruction line was a question without answer."""
    page = "## Exercise 1\nTranslate into French.\n\n1. the dog — le chien\n2. the house — la maison\n3. the book — le livre\n"
    notes, skipped, said = built_notes(tmp_path, {"ex1.md": page})
    assert [(note_front(n), n["fields"]["Section"]) for n in notes] == [
        ("the dog", "Exercise 1 › Translate into French"),
        ("the house", "Exercise 1 › Translate into French"),
        ("the book", "Exercise 1 › Translate into French"),
    ]
    assert not skipped and not any("no answer" in s for s in said), said


def test_a_worksheets_instruction_over_its_blanks_is_no_lost_text(tmp_path: Path) -> None:
    """'Fill in the blanks.' over numbered sentences with the answers in a section below: no "text outside any
    question" (it says what to do with the items, nothing to learn); the cards as before."""
    page = (
        "# Photosynthesis worksheet\n\nFill in the blanks.\n\n1. Photosynthesis takes place in the __________.\n"
        "2. The gas taken in by plants for photosynthesis is __________.\n\n### Answers\n1. chloroplast\n2. carbon dioxide\n"
    )
    notes, _, said = built_notes(tmp_path, {"blanks.md": page})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Photosynthesis takes place in the __________.": "chloroplast",
        "The gas taken in by plants for photosynthesis is __________.": "carbon dioxide",
    }, said
    assert not any("outside any question" in s for s in said), said


@pytest.mark.parametrize(
    "line",
    [
        "Translate into French.",
        "Fill in the blanks.",
        "Answer the following questions.",
        "Match each word with its meaning.",
        "Choose the correct answer.",
        "Ergänze die Sätze.",
        "Completa las frases:",
        "Réponds aux questions suivantes.",
        "Переведите предложения.",
    ],
)
def test_exercise_instructions_are_told(line: str) -> None:
    assert exercise_instruction(line)


@pytest.mark.parametrize(
    "line",
    [
        "Name the four Coffman conditions.",  # a question set as a task
        'Translate "dog" into French.',  # one word to translate: a question
        "Define osmosis.",
        "Give two examples of an enzyme.",
        "Name:",  # a worksheet's field
        "What is the French for 'thank you'?",
        "Write an essay on the French Revolution.",
        "Current is the rate of flow of charge.",
    ],
)
def test_tasks_and_text_are_no_instructions(line: str) -> None:
    assert not exercise_instruction(line)


def test_a_section_intro_that_is_text_is_still_said(tmp_path: Path) -> None:
    """Only an instruction is taken for the section: an intro sentence over numbered questions is still said as text
    in no card (the questions may depend on it)."""
    page = (
        "# Circuits\n\n## Set A\nA 12 V battery drives a current through two resistors in series.\n\n"
        "1. What is the total resistance if each is 3 Ω?\n   6 Ω.\n2. What current flows?\n   2 A.\n"
    )
    notes, _, said = built_notes(tmp_path, {"set.md": page})
    assert len(notes) == 2
    assert any("before its first item" in s or "outside any" in s for s in said), said


def test_an_instruction_opening_a_page_of_question_headings_is_not_said(tmp_path: Path) -> None:
    """'Answer the following questions:' over '## …?' headings (test_sitting35_pages said it as text in no card): what
    to do with the questions, nothing to learn; the cards as before."""
    page = "Answer the following questions:\n\n## What pigment absorbs light?\n\nChlorophyll.\n\n## What gas is released?\n\nOxygen.\n"
    notes, _, said = built_notes(tmp_path, {"notes.md": page})
    assert {note_front(n): note_back(n) for n in notes} == {"What pigment absorbs light?": "Chlorophyll.", "What gas is released?": "Oxygen."}
    assert not any("outside any question" in s or "in no card" in s for s in said), said


def test_two_statement_headings_are_said_apart_by_their_own_words(tmp_path: Path) -> None:
    """T44-12: two Security+ notes' 'Technical' headings were kept apart "(headings such as 'Death' of two
    documents …)", another deck's example on every pair. The reason quotes the pair's own heading."""
    from click.testing import CliRunner

    from compiler.cli import main

    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    for name, text in (
        ("controls-a.md", "# Security controls\n\n## Technical\nControls implemented by systems: firewalls, antivirus.\n\n## Physical\nLocks, guards, fences.\n"),
        ("controls-b.md", "# Control categories\n\n## Technical\nSecurity controls implemented with technology: firewalls, encryption.\n\n## Managerial\nPolicies and risk assessments.\n"),
    ):
        (content / "sources" / name).write_text(text, encoding="utf-8")
    built = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert built.exit_code == 0, built.output
    listed = CliRunner().invoke(main, ["dupes", str(content), "-o", str(tmp_path / "out")])
    assert "the heading 'Technical' of two documents" in listed.output, listed.output
    assert "'Death'" not in listed.output


def test_one_name_twice_in_a_table_is_one_card_with_both_answers(tmp_path: Path) -> None:
    """T44-3: a chord table with two voicings of 'A', 'C' and 'G': 'C' and 'G' were one card each (the second voicing
    under "1 more answer"), 'A' two cards with the same front, which a learner cannot tell apart: the content-word count
    reads 'A' as the article. One name twice in one table is one question with its answers together, like any question
    one document asks twice in the same words."""
    table = (
        "name,diagram,fingering\nA,x 0 2 2 2 x,x 0 1 1 1 x\nA,x 0 2 2 2 0,x 0 2 1 3 0\nAm,x 0 2 2 1 0,x 0 2 3 1 0\n"
        "C,x 3 2 0 1 0,x 3 2 0 1 0\nC,x 3 5 5 5 3,x 1 2 3 4 1\nE,0 2 2 1 0 0,0 2 3 1 0 0\n"
    )
    notes, _, _ = built_notes(tmp_path, {"chords.csv": table})
    fronts = [note_front(n) for n in notes]
    assert sorted(fronts) == ["A", "Am", "C", "E"], fronts
    for name, second in (("A", "x 0 2 2 2 0"), ("C", "x 3 5 5 5 3")):
        note = next(n for n in notes if note_front(n) == name)
        assert second in note["fields"]["Also"], note["fields"]


TRIAL44 = Path(__file__).parent / "data" / "trials" / "trial44"


def test_an_instruction_heading_over_questions_of_its_level_is_not_their_section(tmp_path: Path) -> None:
    """T44-9: '#### 🔎 Try the code in the [playground](…). 🔎' right over '#### 1. What is Go?' was read as a divider, the
    section of the twenty questions after it ('General questions › Try the code in the playground.'). A heading that is
    a sentence said to the reader, or that links elsewhere, names no questions: their section is the heading above."""
    page = (TRIAL44 / "t44-9-instruction-heading" / "go-basics.md").read_text(encoding="utf-8")
    notes, _, said = built_notes(tmp_path / "a", {"go-basics.md": page})
    assert [(note_front(n), n["fields"]["Section"]) for n in notes] == [
        ("What is Go?", "General questions"),
        ("How do you declare a variable in Go?", "General questions"),
        ("What does a nil map do when you write to it?", "Tricky Questions"),
    ], said
    # a divider that names its questions stays their section ('#### Easy' over '#### 1. What is …?')
    named = "## Go\n\n#### Easy\n\n#### 1. What is Go?\n\nA language.\n\n#### 2. Who made it?\n\nGoogle.\n"
    notes, _, said = built_notes(tmp_path / "b", {"go.md": named})
    assert {n["fields"]["Section"] for n in notes} == {"Go › Easy"}, said


def test_cjk_outline_numbers_are_no_part_of_a_front(tmp_path: Path) -> None:
    """T44-10: '# 一 在go语言中，new和make的区别？' kept its numeral on the front (while '## 二、 …' lost it); '### 1）…' too."""
    page = (TRIAL44 / "t44-10-cjk-outline-numbers" / "map-zh.md").read_text(encoding="utf-8")
    notes, _, _ = built_notes(tmp_path, {"map-zh.md": page})
    fronts = [note_front(n) for n in notes]
    assert fronts[:2] == ["在go语言中，new和make的区别？", "说说go语言中的协程？"], fronts
    from compiler.sources.lines import leading_number, strip_number

    assert strip_number("1）map 是非线程安全的") == "map 是非线程安全的"
    assert leading_number("一个 goroutine 多大？") is None  # ('一个' is a word, no number)


@pytest.mark.parametrize(
    ("line", "context"),
    [
        ("Translate into French.", "Translate into French"),
        ("Put the verbs in the past tense.", "Put the verbs in the past tense"),
        ("Answer the following questions.", ""),
        ("Choose the correct answer.", ""),
        ("Fill in the blanks.", ""),
        ("Responde a las siguientes preguntas:", ""),
        ("Réponds aux questions suivantes.", ""),
    ],
)
def test_an_instruction_that_says_only_answer_these_is_no_context(line: str, context: str) -> None:
    assert instruction_context(line) == context


def test_a_chapters_learning_objectives_over_numbered_questions_are_listed_as_skipped(tmp_path: Path) -> None:
    """A textbook chapter read as numbered questions said its '## Learning objectives' ('By the end of this chapter you
    will be able to:' / bullets) as "4 lines of notes and no question; they are in no card", the Markdown reader lists
    such a section as the course's objectives, said once and skipped: the numbered reader now does the same."""
    page = (
        "# Chapter 7: The Cold War\n\n## Learning objectives\nBy the end of this chapter you will be able to:\n"
        "- explain the origins of the Cold War\n- describe the Berlin Airlift\n\n## Review\n"
        "1. What was the Marshall Plan?\n   American aid to rebuild Western Europe.\n"
        "2. What was the Truman Doctrine?\n   A promise to support countries resisting communism.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"chapter.md": page})
    assert len(notes) == 2, said
    assert [s["question"] for s in skipped] == ["Learning objectives"], skipped
    assert skipped[0]["skipped"] == "a list of the course's objectives, tasks or prompts under the heading"
    assert not any("notes and no question" in s for s in said), said
    assert any("'Learning objectives' is over a list of the course's objectives" in s for s in said), said


def test_a_contributors_list_is_not_counted_among_a_pages_questions(tmp_path: Path) -> None:
    """T44-13: a question bank's README said "a list of 200 questions and no answers (14 lists, at lines 26, …)": line
    26 was its contributors' names and the last list its references. A list that asks nothing is no list of questions."""
    page = (
        "# Linux sysadmin interview questions\n\n#### Contributors:\n\n* [moregeek](https://github.com/moregeek)\n"
        "* peter\n* Ben\n\n#### General Questions:\n\n* What did you learn this week?\n* What excites you about Linux?\n"
        "* How do you back up a server?\n\n#### Simple Linux Questions:\n\n* What is the name of the init process?\n"
        "* How do you see the free disk space?\n"
    )
    from conftest import deck_of

    from compiler.build import build
    from compiler.diagnostics import ContentError

    with pytest.raises(ContentError) as stopped:  # (a page of questions only: nothing to import)
        build(deck_of(tmp_path, {"README.md": page}), tmp_path / "out", formats=("json",), now=1_000)
    said = [d.text() for d in stopped.value.diagnostics]
    listed = [s for s in said if "questions and no answers" in s]
    assert len(listed) == 1 and "a list of 5 questions and no answers (2 lists, at lines 11 and 17)" in listed[0], said
