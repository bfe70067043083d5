"""Sitting 48 (lead): a compile of pages with no HTML in them loads no HTML parser; a new user's own documents."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = """
import sys
from pathlib import Path
from compiler.pipeline import compile_content
from compiler.similarity import HashEmbedder
compiled = compile_content(Path(sys.argv[1]), embedder=HashEmbedder())
print(len(compiled.deck.notes), 'bs4' in sys.modules)
"""


def _compiled(tmp_path: Path, name: str, text: str) -> str:
    folder = tmp_path / name
    (folder / "sources").mkdir(parents=True)
    (folder / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    (folder / "sources" / "page.md").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", _SCRIPT, str(folder)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_the_compile_leaves_bs4_to_pages_with_html(tmp_path: Path) -> None:
    """bs4 (with the charset detector it brings: ~50 ms of each build, lint, stats or diff process) was imported by two
    rewrites every Markdown page goes through; it is loaded when a page holds an HTML table or list, or a saved page is
    read.  Both rewrites still do their work: ballot boxes are options, an HTML table's rows are cards."""
    plain = "# Colours\n\n## Which colour is the sky?\n\n☐ Red\n☒ Blue\n☐ Green\n\n## What makes ATP?\n\nThe mitochondrion.\n"
    assert _compiled(tmp_path, "plain", plain) == "2 False"
    table = (
        "# Capitals\n\n<table>\n<tr><th>Question</th><th>Answer</th></tr>\n"
        "<tr><td>Capital of France?</td><td>Paris</td></tr>\n<tr><td>Capital of Peru?</td><td>Lima</td></tr>\n</table>\n"
    )
    assert _compiled(tmp_path, "html", table) == "2 True"


def _page(follow_up: str) -> str:
    return (
        "# Python\n\n### 1. What is a list comprehension?\n\nA compact way to build a list from an iterable.\n\n"
        f"{follow_up}\n\nUsually slightly, because the loop runs in C.\n\n### 2. What is the GIL?\n\n"
        "A lock that lets one thread run bytecode at a time.\n"
    )


@pytest.mark.parametrize(
    "follow_up",
    [
        "**Follow-up: Is it faster than a for loop?**",
        "**Follow-up:** Is it faster than a for loop?",
        "Follow-up: Is it faster than a for loop?",
        "*Follow-up*: Is it faster than a for loop?",
        "> **Follow-up:** Is it faster than a for loop?",
    ],
)
def test_a_labelled_follow_up_under_a_heading_question_is_its_own_card(tmp_path: Path, follow_up: str) -> None:
    """One labelled follow-up among heading questions went on in the answer above (a bold question under a heading
    question is a step of its answer, trial22 T22-13): its label says it is a question, a card filed under the one it
    follows, whatever sets the label apart."""
    notes, skipped, _ = built_notes(tmp_path, {"python.md": _page(follow_up)})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("What is a list comprehension?", "A compact way to build a list from an iterable.", ""),
        ("Is it faster than a for loop?", "Usually slightly, because the loop runs in C.", "What is a list comprehension?"),
        ("What is the GIL?", "A lock that lets one thread run bytecode at a time.", ""),
    ]
    assert skipped == []


def test_a_quote_holding_a_follow_up_label_among_its_lines_stays_a_quote(tmp_path: Path) -> None:
    """Only a quote of that one line loses its mark: a longer quote's line is the quote's own text."""
    page = _page("> A reviewer asked:\n> **Follow-up:** Is it faster than a for loop?")
    notes, _, _ = built_notes(tmp_path, {"python.md": page})
    assert [note_front(n) for n in notes] == ["What is a list comprehension?", "What is the GIL?"]


@pytest.mark.parametrize(
    ("questions", "key"),
    [("# Chapter 3 Quiz", "# Chapter 3 Quiz: Answers"), ("## Unit 2 Test", "## Unit 2 Test – Solutions"), ("## Week 5", "## Week 5 - Answers")],
)
def test_a_key_heading_may_name_its_numbered_chapter_or_quiz(tmp_path: Path, questions: str, key: str) -> None:
    """'# Chapter 3 Quiz: Answers' over '1. Paris': the key heading names the numbered part it keys, as '# Kapitel:
    Lösungen' may; with the number it was no key, its answers read as two more questions and none answered (no card)."""
    page = f"{questions}\n\n1. What is the capital of France?\n2. What river runs through Paris?\n\n{key}\n\n1. Paris\n2. The Seine\n"
    notes, skipped, _ = built_notes(tmp_path, {"quiz.md": page})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is the capital of France?": "Paris",
        "What river runs through Paris?": "The Seine",
    }
    assert skipped == []


def test_a_numbered_questions_own_solution_heading_is_no_key(tmp_path: Path) -> None:
    """A number after another word ('### Exercise 1 – Solution') is that one question's answer, never a key."""
    from compiler.layouts import ANSWER_KEY

    key = re.compile(ANSWER_KEY)
    assert key.match("# Chapter 3 Quiz: Answers") and key.match("## Unit 2 Test – Solutions")
    assert not key.match("### Frage 1 – Lösung") and not key.match("## Exercise 3 - Solution")


_NOTES = [
    "The heart has four chambers: two atria and two ventricles.",
    "Which chamber pumps blood to the body?{sep}The left ventricle.",
    "The right side pumps blood to the lungs.",
    "What valve separates the left atrium and left ventricle?{sep}The mitral valve.",
]


@pytest.mark.parametrize(("bullet", "sep"), [("", "::"), ("- ", "::"), ("- ", " >> "), ("- ", " :: ")])
def test_one_line_cards_among_a_lectures_notes_are_a_card_each(tmp_path: Path, bullet: str, sep: str) -> None:
    """Obsidian's and RemNote's notes mix one-line cards with note lines or bullets: each such line is a card there,
    the rest notes.  Two of each were one card of the page's title, '::' and '>>' printed on it; the notes are said
    (text in no card), nothing lost."""
    page = "# Lecture 4: The heart\n\n" + "\n".join(bullet + line.format(sep=sep) for line in _NOTES) + "\n"
    notes, skipped, said = built_notes(tmp_path, {"heart.md": page})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Which chamber pumps blood to the body?": "The left ventricle.",
        "What valve separates the left atrium and left ventricle?": "The mitral valve.",
    }
    assert skipped == []
    assert sum(":3:" in m or ":5:" in m for m in said) == 2, said  # (the two note lines, at their own lines)



def test_labelled_one_line_pairs_among_note_bullets_are_a_card_each(tmp_path: Path) -> None:
    """'- Q: …? A: …' bullets among a lecture's note bullets: the labels say each is a card (two of them were one card of
    the page's title with 'Q:'/'A:' printed on it); the other bullets are the outline's notes, said at their lines."""
    page = "# Lecture 4: The heart\n\n" + "\n".join(
        "- " + line for line in (_NOTES[0], "Q: Which chamber pumps blood to the body? A: The left ventricle.", _NOTES[2],
                                 "**Q:** What valve separates the left atrium and left ventricle? **A:** The mitral valve.")
    ) + "\n"  # fmt: skip
    notes, skipped, said = built_notes(tmp_path, {"heart.md": page})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Which chamber pumps blood to the body?": "The left ventricle.",
        "What valve separates the left atrium and left ventricle?": "The mitral valve.",
    }
    assert skipped == [] and sum(":3:" in m or ":5:" in m for m in said) == 2, said


def test_dataview_side_fields_among_a_tag_line_stay_one_card(tmp_path: Path) -> None:
    """'Q:: …' over 'A:: …' (Dataview's fields) with a '#flashcard' line in the same paragraph are one card, never two
    'Q'/'A' cards set apart by the one-line-cards rewrite."""
    page = "# Net\n\nQ:: What does DNS stand for?\nA:: Domain Name System\n#flashcard\n\nQ:: Which port does HTTPS use?\nA:: 443\n"
    notes, _, _ = built_notes(tmp_path, {"net.md": page})
    assert [note_front(n) for n in notes] == ["What does DNS stand for?", "Which port does HTTPS use?"]



def test_a_windows_path_at_a_lines_start_is_no_hashcards_card(tmp_path: Path) -> None:
    """An interview page showing a console session ('C:\\Users\\lifei> cd Desktop', then '[…]' in later code) was taken
    for a hashcards file ('C: [Berlin] is …'): the card from that line ran to the end, ~60 questions on one back (found
    trying learning-zone/python-basics as a new user). A 'C:' card has a space after its colon."""
    page = (
        "# Py\n\n## Q. What command do we use to debug a Python program?\n\nOpen the command prompt.\n\n"
        "C:\\Users\\lifei> cd Desktop\n\nC:\\Users\\lifei\\Desktop>python -m pdb try.py\n\n"
        "## Q. What does a[1:] return?\n\nEvery element but the first: `[2, 3]` for `[1, 2, 3]`.\n\n"
        "## Q. What is unittest?\n\nPython's unit testing framework [stdlib].\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"py.md": page})
    assert [note_front(n) for n in notes] == [
        "What command do we use to debug a Python program?", "What does a[1:] return?", "What is unittest?",
    ]  # fmt: skip
    assert skipped == []
