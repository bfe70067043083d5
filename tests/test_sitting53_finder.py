"""Fifty-third sitting, finder: findings of trial 53 (real public documents: a pandas puzzle notebook with and without
its solutions, an economics student's chapter notes, a Korean interview list, EPFL software-engineering exam solutions;
docs/trials/trial53.md) fixed: bold-numbered tasks are each other's siblings, never each other's answers (T53-1); a
glossary of bold or code terms where some terms are left undefined is a card per defined term (T53-3); a space added or
dropped is no negation in `deckc dupes` (T53-6)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.pairscore import character_contrast

TRIAL = Path(__file__).parent / "data" / "trials" / "trial53"


# --- T53-1: bold-numbered tasks are siblings ----------------------------------------------------------------------


def test_bold_numbered_tasks_without_answers_are_no_one_s_answer(tmp_path: Path) -> None:
    """T53-1 (high): the learner's copy of a puzzle notebook, '**1.** Make a list `nums` …' / '**2.** Print the length
    of `nums`.' / '**3.** …', each over an empty code cell (dropped). Before: the card 'Make a list nums of the numbers
    1 to 10.' → '2. Print the length of nums. 3. Print the last three items of nums.' (the next tasks as its answer;
    only a task whose verb deckc knows, 'Write …', opened a question of its own). Now each task is a question of its
    own, none answered: no card, said once with every line."""
    notes, skipped, messages = built_notes(tmp_path, {"puzzles.md": TRIAL / "bold-numbered-tasks.md", "ok.md": "## What is a list?\n\nAn ordered sequence.\n"})
    assert [note_front(n) for n in notes] == ["What is a list?"], [(note_front(n), note_back(n)) for n in notes]
    said = [m for m in messages if "puzzles.md:9:" in m and "none of its 6 questions has an answer" in m]
    assert said and "(lines 9, 11, 13, 19, 21, 23)" in said[0], messages
    assert sorted(s["line"] for s in skipped if s["file"].endswith("puzzles.md")) == [9, 11, 13, 19, 21, 23], skipped


def test_a_bold_numbered_task_over_its_example_is_not_glued_to_the_answer_above(tmp_path: Path) -> None:
    """T53-1: the solutions notebook's '**24.** Suppose you have DataFrame with 10 columns …, for example:' / blank /
    its example's fence, right after puzzle 23's solution: read as a point of puzzle 23's answer (a bold number that
    asks nothing), so puzzle 24 was on 23's back, its task and its solution with it (also 27 on 26's). The next number
    of the open task's own numbering is the next task, whatever its verb."""
    notes, _skipped, messages = built_notes(tmp_path, {"puzzles.md": TRIAL / "bold-numbered-examples.md"})
    cards = {note_front(n): note_back(n).replace(" ", "") for n in notes}  # (highlighted code: spaced tokens)
    fronts = list(cards)
    assert len(fronts) == 5, cards
    assert fronts[2].startswith("Suppose you have a dictionary of prices"), fronts
    assert fronts[3].startswith("A list holds repeated values"), fronts
    assert "Supposeyouhave" not in cards[fronts[1]] and "max(prices" not in cards[fronts[1]], cards[fronts[1]]
    assert "max(prices,key=prices.get)" in cards[fronts[2]], cards[fronts[2]]
    assert "list(dict.fromkeys(vals))" in cards[fronts[3]] and "Alistholds" not in cards[fronts[2]], cards
    assert not any("looks like a question of this page" in m for m in messages), messages


def test_a_bold_number_with_its_stop_outside_the_bold_numbers_a_task(tmp_path: Path) -> None:
    """T53-1: the notebook writes two of its tasks '**42**. In the **Airline** column, …' (the stop outside the bold);
    they were read as text of the task above ('41. Delete the From_To column …' → '42. … 43. …'). A bare bold number
    with its stop right after it labels a task as '**42.**' does."""
    page = (
        "# Puzzles\n\n**1.** Import pandas under the alias `pd`.\n\n**2**. In the Airline column, pull out just the airline name.\n\n"
        "**3**. Sort the frame by age.\n\n**4.** How do you count the rows?\n"
    )
    notes, skipped, messages = built_notes(tmp_path, {"late.md": page, "ok.md": "## What is a list?\n\nAn ordered sequence.\n"})
    assert [note_front(n) for n in notes] == ["What is a list?"], [(note_front(n), note_back(n)) for n in notes]
    assert any("late.md:3:" in m and "none of its 4 questions has an answer (lines 3, 5, 7, 9)" in m for m in messages), messages
    assert [s["question"] for s in skipped if s["file"].endswith("late.md")][1] == "In the Airline column, pull out just the airline name.", skipped


def test_bold_numbered_points_of_an_answer_stay_its_points(tmp_path: Path) -> None:
    """T53-1's guard (T20-27 still holds): a question's answer in bold-numbered points, '**1.** When the server sets a
    cookie, …' / '**2.** …', under a question heading or under a bold-numbered question whose points restart at 1."""
    page = (
        "# Cookies\n\n## How can you secure cookies?\n\n**1.** When the server sets a cookie, it marks it HttpOnly.\n\n"
        "**2.** The cookie is marked Secure, so it travels over HTTPS only.\n\n"
        "## Why do cookies expire?\n\nTo limit how long a stolen cookie can be used.\n"
    )
    notes, _skipped, _messages = built_notes(tmp_path, {"cookies.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["How can you secure cookies?", "Why do cookies expire?"], cards
    assert "HttpOnly" in cards["How can you secure cookies?"] and "HTTPS only" in cards["How can you secure cookies?"], cards


# --- T53-3: a glossary of bold or code terms, some undefined ------------------------------------------------------


def test_a_glossary_of_code_terms_with_bare_terms_is_a_card_per_defined_term(tmp_path: Path) -> None:
    """T53-3 (medium): an economics student's chapter notes, '## Terms' / '- `Capital` Anything produced that is used
    to produce other things; …' among bare '- `Leisure`' entries, then '## General Notes'. Before: one card 'Terms'
    holding all twelve entries, the terms glued to their definitions ('Capital Anything produced …'). Now a card per
    defined term, the bare terms said once with their count, the notes their heading's card."""
    notes, _skipped, messages = built_notes(tmp_path, {"chapter-1.md": TRIAL / "glossary-code-terms.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["Opportunity cost", "Marginal benefit", "Comparative advantage", "Trade-off", "General Notes"], cards
    assert cards["Opportunity cost"] == "The value of the best alternative given up when a choice is made", cards
    assert cards["General Notes"].startswith("Every choice has a cost"), cards
    said = [m for m in messages if "chapter-1.md:2:" in m]
    assert said and "3 terms of this list have no definition: in no card" in said[0], messages


def test_a_glossary_of_bold_terms_with_bare_terms_is_a_card_per_defined_term(tmp_path: Path) -> None:
    """T53-3: the same list written '- **Capital**: …' among bare '- **Leisure**' entries (the shape a term list in
    bold takes): a card per defined term too (before: one card 'Terms')."""
    page = (
        "## Terms\n- **Capital**: Anything produced that is used to produce other things\n- **Leisure**\n"
        "- **Investment**: Spending on new capital goods\n- **Logical model**: An abstract way of looking at a complex situation\n\n"
        "## General Notes\n- Scarcity forces us to make choices\n- Specialization follows relative costs\n"
    )
    notes, _skipped, messages = built_notes(tmp_path, {"notes.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["Capital", "Investment", "Logical model", "General Notes"], cards
    assert any("notes.md:2:" in m and "1 term of this list has no definition" in m for m in messages), messages


def test_a_code_term_list_of_commands_is_no_glossary(tmp_path: Path) -> None:
    """T53-3's guard: a list of commands with their flags ('- `ls` `-la`') or a term whose 'definition' opens with a
    code span is no definition; a list with every term defined stays as it was read."""
    from compiler.sources.term_defs import _kind

    assert _kind("`ls` `-la` lists every file") is None
    assert _kind("`Capital` Anything produced that is used to produce other things") == "defined"
    assert _kind("`Leisure`") == "bare"
    assert _kind("**Scarcity**") == "bare"
    assert _kind("`Leisure time is what remains.`") is None


# --- T53-6: a space is no negation ------------------------------------------------------------------------------


def test_a_space_added_or_dropped_negates_nothing() -> None:
    """T53-6 (low): a Korean interview list asks '가상 메모리란?' and '가상메모리란?' (virtual memory, with and without
    a space). `deckc dupes` said "contrast (negation: '' in one question only)", an empty change taken for a negating
    character. A change of spaces alone is no negation; '안' added still is."""
    assert character_contrast("가상 메모리란?", "가상메모리란?") == ""
    assert character_contrast("가는 방법은?", "안 가는 방법은?").startswith("negation"), character_contrast("가는 방법은?", "안 가는 방법은?")
