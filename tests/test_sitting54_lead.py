"""Fifty-fourth sitting, lead: the read limit is never lost; an untuned interview bank's shapes; Markua quizzes; a passage above numbered questions."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import burn_cpu, deck_of

from compiler import watchdog
from compiler.cli import main


def test_a_stop_swallowed_by_a_handler_is_given_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The clock's stop is one exception raised wherever the reader is; code that swallows every exception (a
    finalizer, a library's ``except BaseException``) swallowed it, and the file was then read without a limit.
    The stop is now raised again each further second of CPU until the file is done."""
    from compiler.sources import readers

    reader = readers()["markdown"]
    real = type(reader).read
    swallowed: list[str] = []

    def slow(self, doc, src, diag):  # type: ignore[no-untyped-def]
        try:
            burn_cpu(30)
        except BaseException as exc:  # (what the test is about: a handler that swallows the stop)
            swallowed.append(type(exc).__name__)
        burn_cpu(30)
        return real(self, doc, src, diag)

    monkeypatch.setattr(type(reader), "read", slow)
    monkeypatch.setenv("DECKC_READ_LIMIT", "0.5")
    content, out = deck_of(tmp_path, {"bank.md": "# Bank\n\n## What is X?\n\nX is a letter.\n"}), tmp_path / "build"
    started = time.process_time()
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert swallowed == ["TooSlow"]
    assert result.exit_code == 1, result.output
    assert "bank.md: error: reading this file took more than 0.5 s of CPU and was stopped" in result.output
    assert time.process_time() - started < 20  # (stopped a second after the swallowed stop, not after 30 s more)
    assert not watchdog._state["active"]


def test_each_build_after_a_stopped_one_has_its_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A build stopped by the clock leaves the limit in place for the next build in the same process (the warm
    server and the test suite run many): the second one is stopped too."""
    from compiler.sources import readers

    reader = readers()["markdown"]
    real = type(reader).read

    def slow(self, doc, src, diag):  # type: ignore[no-untyped-def]
        burn_cpu(30)
        return real(self, doc, src, diag)

    monkeypatch.setattr(type(reader), "read", slow)
    monkeypatch.setenv("DECKC_READ_LIMIT", "0.5")
    for n in range(2):
        content, out = deck_of(tmp_path / str(n), {"bank.md": f"# Bank\n\n## What is X{n}?\n\nX is a letter.\n"}), tmp_path / str(n) / "build"
        result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
        assert result.exit_code == 1, result.output
        assert "reading this file took more than 0.5 s of CPU and was stopped" in result.output
        assert not watchdog._state["active"]


def test_a_tick_after_the_clock_is_stopped_raises_nothing() -> None:
    """A tick of the clock that arrives as reading ends (the signal already on its way) is let go: the lines that
    switch the limit off all run."""
    import signal

    with watchdog.reading():
        watchdog.arm("a.md")
        handler = signal.getsignal(signal.SIGPROF)
    assert not watchdog._state["active"]
    assert callable(handler)
    handler(signal.SIGPROF, None)  # (the limit's own handler, called as a late tick would call it: no stop)


def test_a_numbered_question_keeps_the_underscores_and_stars_of_its_code(tmp_path: Path) -> None:
    """A numbered question's leftover emphasis marks ('**', '__') went wherever they stood, inside code too: an
    interview bank's '8. What is `__init__.py` for?' became 'What is <code>init.py</code> for?', and `2**8` `28`.
    Marks outside code still go."""
    from conftest import built_notes

    page = (
        "# Python\n\n1. What is `__init__.py` for?  \n   It marks a folder as a package.\n\n"
        "2. What does `2**8` return? __Hint__ powers.  \n   256.\n\n"
        "3. What is the **capital** of France?  \n   Paris.\n"
    )
    notes, _skipped, _said = built_notes(tmp_path, {"py.md": page})
    fronts = [n["fields"]["Question"] for n in notes]
    assert "What is <code>__init__.py</code> for?" in fronts
    assert any("<code>2**8</code> return? Hint powers." in f for f in fronts), fronts
    assert "What is the capital of France?" in fronts


def test_a_merged_note_fronts_an_answer_in_words_over_one_of_links(tmp_path: Path) -> None:
    """Two pages ask one question; the first in file order answers only with links (an interview bank's '[Tuples vs
    Lists - Stack Overflow](…)'). The note's main answer is the one in words, the links under 'More answers'; without
    an answer in words the links still front it. (Sitting 55: links naming pages under a question that asks for no
    page make no card at all, said at their line; the preference is checked on a question asking where to read.)"""
    from conftest import built_notes, note_back

    asked = "# Python\n\n## Where can I read about lists and tuples?\n\n"
    links = asked + "[Tuples vs Lists - Stack Overflow](https://stackoverflow.com/a/1708538)\n"
    words = asked + "In the tutorial's chapter 5, Data Structures.\n"
    notes, _skipped, _said = built_notes(tmp_path / "a", {"a-links.md": links, "b-words.md": words})
    [note] = [n for n in notes if "lists and tuples" in n["fields"]["Question"]]
    assert note_back(note).startswith("In the tutorial's chapter 5, Data Structures.")
    assert "Tuples vs Lists - Stack Overflow" in note["fields"]["Also"]
    notes, _skipped, _said = built_notes(tmp_path / "b", {"a-links.md": links, "b-links.md": links.replace("1708538", "626871")})
    [note] = [n for n in notes if "lists and tuples" in n["fields"]["Question"]]
    assert "1708538" in note["fields"]["Answer"]  # (links alone: the files' order, as before)
    other = links.replace("Where can I read about lists and tuples?", "What is the difference between a list and a tuple?")
    notes, skipped, said = built_notes(tmp_path / "c", {"a-links.md": other, "b-words.md": words})
    assert [n for n in notes if "list and a tuple" in n["fields"]["Question"]] == [] and len(skipped) == 1
    assert any("only a link elsewhere ('Tuples vs Lists - Stack Overflow')" in s for s in said), said


def test_a_heading_asking_a_second_question_without_its_mark_asks_both(tmp_path: Path) -> None:
    """'### What is Python? What are the benefits of using Python' with nothing under it: the words after the '?' are
    a second question whose '?' was left out, never the first one's answer (the card 'What is Python?' → 'What are the
    benefits of using Python'); the heading is said unanswered. A heading whose answer follows its '?' still splits."""
    from conftest import built_notes, note_back, note_front

    page = (
        "### What is Python? What are the benefits of using Python\n"
        "### What is PEP 8 and why is it important?\nPEP 8 is the style guide for Python code.\n\n"
        "### Shoulder dislocation? Extreme upper-arm activity injures the musculocutaneous nerve\n"
    )
    notes, _skipped, said = built_notes(tmp_path, {"py.md": page})
    backs = {note_front(n): note_back(n) for n in notes}
    assert "What is Python?" not in backs and not any("benefits" in b for b in backs.values()), backs
    assert any("py.md:1:" in s and "no answer" in s for s in said), said
    assert backs["Shoulder dislocation?"].startswith("Extreme upper-arm activity")


def test_a_heading_that_asks_without_its_mark_over_the_next_question_is_no_section(tmp_path: Path) -> None:
    """'#### What difference between `tuple` and `list`' with nothing under it, over '#### What is `set`?': a question
    whose '?' was left out and whose answer was never written, said so, never the section of the question after it
    (the card 'What is set?' was filed under 'Questions list › What difference between tuple and list', the question
    unsaid). A heading naming a group ('## Data Types') over questions of its level still names their section."""
    from conftest import built_notes, note_front

    page = (
        "## Questions list\n\n#### What is `GIL`?\n\nA mutex.\n\n#### What types of data is used in python?\n\n"
        "#### What difference between `tuple` and `list`\n\n#### What is `set`?\n\nAn unordered collection.\n\n"
        "#### Data Types\n\n#### What is a tuple?\n\nAn immutable sequence.\n"
    )
    notes, _skipped, said = built_notes(tmp_path, {"py.md": page})
    sections = {note_front(n).replace(" ?", "?"): n["fields"]["Section"] for n in notes}
    assert sections["What is set?"] == "Questions list", sections
    assert sections["What is a tuple?"] == "Questions list › Data Types", sections
    assert any("py.md:9:" in s for s in said if "no answer" in s), said


def test_a_remark_after_a_rule_under_the_last_answer_is_the_pages(tmp_path: Path) -> None:
    """An interview page ends '## What is `__init__`?' / its answer / '---' / '**Pro-Tip**: Always mention …': the tip
    is the page's advice, said as text in no card, never the last answer's closing words. A rule inside an answer with
    more questions after it, or with code after it, leaves the answer whole."""
    from conftest import built_notes, note_back

    page = (
        "# Python\n\n## What is a list?\nA mutable sequence.\n\n---\n\nIt grows as you append.\n\n"
        "## What is `__init__`?\nThe constructor of a class.\n\n---\n**Pro-Tip**: Always mention readability in interviews.\n"
    )
    notes, _skipped, said = built_notes(tmp_path, {"py.md": page})
    backs = {n["fields"]["Question"]: note_back(n) for n in notes}
    assert backs["What is <code>__init__</code>?"] == "The constructor of a class."
    assert "It grows as you append." in backs["What is a list?"]
    assert any("py.md:14:" in s and "outside any question" in s for s in said), said


MARKUA = Path(__file__).parent / "data" / "sitting54" / "lead"


def test_a_lessons_markua_quiz_is_a_card_per_question(tmp_path: Path) -> None:
    """A course lesson (Leanpub's Markua, the OTTR course tools) ends in a '{quiz}' block: '? …' questions over
    lettered options, the right one in capitals. Read as Markdown it asked nothing: 'none of its questions has an
    answer', no card. Each question is a multiple-choice card, the capital-lettered option its right answer, at its
    line; the code under a question is on its front."""
    from conftest import built_notes

    notes, _skipped, said = built_notes(tmp_path, {"functions.md": MARKUA / "r-functions-lesson.md"})
    assert [(n["kind"], n["items"][0]["line"], n["fields"]["Correct"]) for n in notes] == [
        ("multiple_choice", 22, "D) Both input and output are not necessary."),
        ("multiple_choice", 29, "B) 49"),
    ]
    first, second = notes
    assert first["fields"]["Question"] == "Which of the following statements is True?"
    assert first["fields"]["Options"].count("<li") == 4 and "A function must have an input and an output" in first["fields"]["Options"]
    assert second["fields"]["Question"].startswith("Given the function below, what is the output of the command <code>simple_calc(2,5)</code>?<pre")
    assert "simple_calc" in second["fields"]["Question"].split("<pre", 1)[1]
    assert all(n["fields"]["Section"] == "Functions in R quiz" for n in notes)
    assert not any("has no answer" in s or "none marked correct" in s for s in said), said


def test_a_markua_quiz_file_reads_its_answer_pools_and_accepted_answers(tmp_path: Path) -> None:
    """An OTTR quiz file: '{choose-answers: 4}' pools ('C)' right, 'm)' and 'o)' wrong), '?1' numbering, '!' lines
    accepted as answers in words (several: all of them; a pattern '/…/i': its text). Read as its own layout before
    (a numbered or pattern file), now as Markdown with the block's questions."""
    from conftest import built_notes, note_back, note_front

    notes, _skipped, said = built_notes(tmp_path, {"sheets.md": MARKUA / "sheets-quiz.md"})
    fronts = [note_front(n) for n in notes]
    assert len(notes) == 4, fronts
    pool = next(n for n in notes if note_front(n).startswith("Which of the following are ways"))
    assert ".xlsx" in pool["fields"]["Correct"] and ".csv" in pool["fields"]["Correct"] and ".docx" not in pool["fields"]["Correct"]
    sums = next(n for n in notes if note_front(n).startswith("Which function adds up"))
    assert "SUM" in sums["fields"]["Correct"] and "ADD" not in sums["fields"]["Correct"]
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["What's the global capital of investment banking?"] == "New York / London"
    assert backs["Where is the Eiffel Tower?"] == "(Paris|France)"
    assert not any("sheets.md:" in s and "choose-answers" in s for s in said), said


def test_a_passage_above_numbered_questions_is_said_once(tmp_path: Path) -> None:
    """A reading comprehension read as a numbered page: the passage under the title, above '## Questions', was in no
    card and nothing said so (newdocs sitting 54). It is said once, at its first line, with what to do; an intro that
    speaks of the questions ('Here are the questions for Friday's quiz.') is the page's introduction, not said."""
    from conftest import built_notes

    passage = (
        "Water evaporates from oceans and lakes when the sun heats it. The vapour rises, cools and condenses into clouds.\n"
        "When the droplets grow heavy, they fall as precipitation. Some water soaks into the ground and becomes groundwater.\n"
    )
    questions = (
        "## Questions\n1. What makes water evaporate?\n   The sun's heat.\n2. What happens to the vapour as it rises?\n"
        "   It cools and condenses into clouds.\n3. What is water that soaks into the ground called?\n   Groundwater.\n"
    )
    notes, _skipped, said = built_notes(tmp_path / "a", {"water.md": f"# Reading: The Water Cycle\n\n{passage}\n{questions}"})
    assert len(notes) == 3
    [told] = [s for s in said if "above its first item" in s]
    assert told.startswith("sources/water.md:3: warning: the page's text above its first item (2 lines, 37 words) is in no card")
    intro = "Here are the questions for Friday's quiz, on the water cycle we studied in class this week; learn every answer by heart.\n"
    notes, _skipped, said = built_notes(tmp_path / "b", {"water.md": f"# Revision\n\n{intro}\n{questions}"})
    assert len(notes) == 3 and not any("above its first item" in s for s in said), said
