"""Sixty-first sitting, helper newdocs: a new user's documents (round 17), read card by card.

Each test's docstring says what was wrong. Documents in tests/data/sitting61/newdocs/, written for this round in the
shapes users write (none fetched); the round's findings are in docs/trials/newdocs61.md.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting61" / "newdocs"


def test_n61_1_q_numbers_without_a_full_stop_are_numbered_questions(tmp_path: Path) -> None:
    """N61-1: a revision sheet numbering its questions 'Q1 Name the four types of pathogen. (4)' (no '.' or ')' after
    the number), each over its answer line. Before: "cannot tell this document's layout", no card (without the marks
    '(4)': the first question lost with no message and 'Q2 ' kept on every front). Now a card per question, the number
    and the marks off the front."""
    notes, skipped, messages = built_notes(tmp_path, {"r.txt": DATA / "revision-q-numbers.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Name the four types of pathogen.", "bacteria, viruses, fungi, protists"),
        ("How do white blood cells defend the body?", "phagocytosis; producing antibodies; producing antitoxins"),
        ("What is a vaccine?", "a dead or inactive form of a pathogen that triggers antibody production"),
        ("Why can't antibiotics treat viral infections?", "viruses live inside cells, antibiotics cannot reach them without damaging the cells"),
    ]
    assert skipped == []
    assert any("read as layout 'numbered' (4 items)" in m for m in messages), messages


def test_n61_1_q_numbers_without_marks_keep_the_first_question(tmp_path: Path) -> None:
    """The same sheet without the marks: before, the guessed pattern lost Q1 and kept 'Q2 ' on the fronts."""
    path = tmp_path / "plain.txt"
    path.write_text(
        "Biology revision\n\nQ1 What is a pathogen?\na microorganism that causes disease\n\nQ2 What is a vaccine?\n"
        "a dead or inactive pathogen that triggers antibody production\n\nQ3 What do antibiotics kill?\nbacteria\n",
        encoding="utf-8",
    )
    notes, _, _ = built_notes(tmp_path, {"p.txt": path})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is a pathogen?", "a microorganism that causes disease"),
        ("What is a vaccine?", "a dead or inactive pathogen that triggers antibody production"),
        ("What do antibiotics kill?", "bacteria"),
    ]


def test_n61_2_a_problem_named_in_its_heading_over_its_solution_is_a_card(tmp_path: Path) -> None:
    """N61-2: SQL drills written '### Problem: Second highest salary' / its text / '### Solution:' / a code fence.
    Before: "cannot tell this document's layout", no card (the problem-parts rewrite wanted two part sections). Now a
    card per problem: its name over its text the front, the solution's code the back."""
    notes, skipped, _ = built_notes(tmp_path, {"s.md": DATA / "problem-named-solution.md"})
    assert [n["fields"]["Question"] for n in notes] == [
        "Second highest salary<p>Find the second highest salary in the <code>employees</code> table.</p>",
        "Duplicate emails<p>Find every email that appears more than once in <code>users</code>.</p>",
    ]
    assert [note_back(n) for n in notes] == [
        "SELECT MAX (salary) FROM employees WHERE salary < ( SELECT MAX (salary) FROM employees);",
        "SELECT email FROM users GROUP BY email HAVING COUNT ( * ) > 1 ;",
    ]
    assert all('data-lang="sql"' in n["fields"]["Answer"] for n in notes)
    assert skipped == []


def test_n61_4_a_numbered_statement_with_its_verdict_before_it_is_true_false(tmp_path: Path) -> None:
    """N61-4: '1. (T) Water boils at 100 degrees at sea level.' / '2. (F) …': the verdict in brackets between the
    number and the statement. Before: "cannot tell this document's layout", no card ('(T) …' without the number was
    read). Now a true/false card per statement."""
    notes, skipped, _ = built_notes(tmp_path, {"t.txt": DATA / "numbered-verdict-first.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("True or false: Water boils at 100 degrees at sea level.", "True"),
        ("True or false: The Moon makes its own light.", "False"),
        ("True or false: Plants make glucose by photosynthesis.", "True"),
        ("True or false: Sound travels through a vacuum.", "False"),
    ]
    assert skipped == []


def test_n61_4_turkish_marks_before_numbered_statements(tmp_path: Path) -> None:
    """The same in Turkish marks, '1. (D) Su 100 °C'de kaynar.' / '2. (Y) …' (doğru / yanlış): no card before; now
    worded in the page's language."""
    notes, _, _ = built_notes(tmp_path, {"t.txt": DATA / "numbered-verdict-first-tr.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Doğru mu, yanlış mı: Su 100 °C'de kaynar.", "Doğru"),
        ("Doğru mu, yanlış mı: Ay kendi ışığını üretir.", "Yanlış"),
        ("Doğru mu, yanlış mı: Bitkiler fotosentez yapar.", "Doğru"),
        ("Doğru mu, yanlış mı: Ses boşlukta yayılır.", "Yanlış"),
    ]


def test_n61_6_a_handouts_bold_key_vocabulary_is_a_card_per_term(tmp_path: Path) -> None:
    """N61-6: a teacher's handout (`## Starter`, `## Key vocabulary` over `- **Source** – where a river begins` …,
    `## Check your understanding`, `## Homework`). Before: `Key vocabulary` → every term run together on one back, and
    `Starter` → `Write down three rivers you know.` a card of a task. Now a card per term; the starter is a task,
    said and skipped as the homework is."""
    notes, skipped, messages = built_notes(tmp_path, {"h.md": DATA / "handout-key-vocabulary.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Source", "where a river begins"),
        ("Mouth", "where a river meets the sea"),
        ("Tributary", "a smaller river that joins a larger one"),
        ("Confluence", "the point where two rivers meet"),
        ("Meander", "a bend in a river"),
    ]
    assert all(n["fields"]["Section"] == "Key vocabulary" for n in notes)
    assert [s["line"] for s in skipped] == [5, 15, 19]
    assert any("h.md:5: warning: 'Starter' is a task to do" in m for m in messages), messages


def test_n61_6_a_bold_term_list_with_hyphens_reads_as_the_dash_list_does(tmp_path: Path) -> None:
    """`- **Source** - where a river begins` (a hyphen typed for the dash) under a heading of a notes page: the same
    cards; a plain `- Source – …` list was already read so."""
    text = (DATA / "handout-key-vocabulary.md").read_text(encoding="utf-8").replace("** – ", "** - ")
    path = tmp_path / "hy.md"
    path.write_text(text, encoding="utf-8")
    notes, _, _ = built_notes(tmp_path, {"hy.md": path})
    assert [(note_front(n), note_back(n)) for n in notes][:2] == [("Source", "where a river begins"), ("Mouth", "where a river meets the sea")]
    assert len(notes) == 5


def test_n61_6_numbered_questions_under_pairs_are_never_each_others_answer(tmp_path: Path) -> None:
    """The handout without its starter and homework is read as pairs: `1. What is the difference …?` over `2. Name a
    tributary of the River Thames.` Before: one card, question 2 the back of question 1, and `Name: ____  Date: ____`
    "question has no answer". Now no such card: each unanswered question is said at its line, the form's fields are no
    card and no message."""
    notes, _, messages = built_notes(tmp_path, {"v.md": DATA / "vocab-then-numbered-questions.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Source", "where a river begins"),
        ("Mouth", "where a river meets the sea"),
        ("Tributary", "a smaller river that joins a larger one"),
        ("Confluence", "the point where two rivers meet"),
        ("Meander", "a bend in a river"),
    ]
    said = [m.split(": warning")[0] for m in messages if re.match(r"sources/v\.md:\d", m)]
    assert said == ["sources/v.md:13", "sources/v.md:14"], messages


def test_n61_17_the_next_numbered_question_is_said_as_a_question(tmp_path: Path) -> None:
    """N61-17: in that list `2. Name a tributary of the River Thames.` (no question mark) under `1. What is …?` was
    said as "a note, not a word with its meaning". Now both are unanswered questions, each said so at its line."""
    _, skipped, messages = built_notes(tmp_path, {"v.md": DATA / "vocab-then-numbered-questions.md"})
    said = [m for m in messages if re.match(r"sources/v\.md:1[34]", m)]
    assert [m.split(": warning: ")[1].split(" (")[0] for m in said] == ["question has no answer", "question has no answer"], said
    assert [s["line"] for s in skipped] == [13, 14]


def test_n61_15_a_key_of_tight_entries_is_no_text_left_out(tmp_path: Path) -> None:
    """N61-15: a multiple-choice test keyed at its end as `Answers: 1b 2a 3c` (Polish `Odpowiedzi: 1b 2a 3c`): the
    keys were on the cards, and yet the key line was "1 line of text is in no card". Now no such message."""
    for name in ("mcq-key-tight.txt", "mcq-key-tight-pl.txt"):
        notes, _, messages = built_notes(tmp_path / name, {name: DATA / name})
        assert [note_back(n) for n in notes][-1] == "C) 46"
        assert [note_back(n) for n in notes][:1] in (["B) mitochondrion"], ["B) mitochondrium"])
        assert not [m for m in messages if "in no card" in m], messages


def test_n61_12_a_table_of_only_its_header_row_says_so(tmp_path: Path) -> None:
    """N61-12: a TSV saved with only its header row `Term<TAB>Definition`. Before: "no items found with the
    'delimited' layout" and nothing more. Now the message says its one line names its columns and no row is under it."""
    _, _, messages = built_notes(tmp_path, {"h.tsv": DATA / "header-row-only.tsv", "r.txt": DATA / "revision-q-numbers.txt"})
    said = [m for m in messages if m.startswith("sources/h.tsv")]
    assert len(said) == 1 and said[0].startswith(
        "sources/h.tsv: warning: no card from this file: no items found with the 'delimited' layout: its one line, "
        "'Term<TAB>Definition', names its columns, and no row is under it yet ("
    ), said


def test_n61_8_an_exam_opening_with_its_first_section_has_no_title_over_both(tmp_path: Path) -> None:
    """N61-8: an exam whose first line is `SECTION A — Multiple choice (1 mark each)`. Before: that line was the page's
    title too, so every card's section was `SECTION A — Multiple choice (1 mark each) › SECTION A — Multiple choice`,
    and section B's cards `SECTION A … › SECTION B — Short answer`. Now a part label is never the page's title: each
    card shows its own section."""
    notes, _, _ = built_notes(tmp_path, {"e.txt": DATA / "exam-opens-with-section.txt"})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("Which gas makes up most of the atmosphere?", "B) nitrogen", "SECTION A — Multiple choice"),
        ("What is the pH of pure water?", "C) 7", "SECTION A — Multiple choice"),
        ("Name the process by which rocks are broken down in place. (1)", "weathering", "SECTION B — Short answer"),
        ("State one greenhouse gas other than carbon dioxide. (1)", "methane / water vapour / nitrous oxide", "SECTION B — Short answer"),
    ]

