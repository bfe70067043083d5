"""Forty-third sitting, finder: findings of trial 43 (real public documents: question banks, Obsidian notes, certification
notes, a Duolingo word list; docs/trials/trial43.md) fixed: a numbered list of questions without answers is said once,
no card, instead of cards whose backs were the follow-up prompts, the next number or the other lists (T43-1); a list's
empty last entry ('41.') is no answer (T43-1); Markdown's escaped brackets around a link are text, never display math
on the card (T43-6); a heading with no text (a spacer) no longer cuts an answer into fronts 'Question ›' (T43-7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import deck_of, note_back, note_front

from compiler.diagnostics import ContentError

TRIAL = Path(__file__).parent / "data" / "trials" / "trial43"


def _build(content: Path) -> tuple[list[dict], list[str]]:  # type: ignore[type-arg]
    from compiler.build import build

    out = content.parent / "build"
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    return notes, [d.text() for d in result.compiled.diagnostics.items]


def _refused(content: Path) -> list[str]:
    from compiler.build import build

    with pytest.raises(ContentError) as stopped:
        build(content, content.parent / "build", formats=("json",), now=1_000)
    return [d.text() for d in stopped.value.diagnostics]


# --- T43-1: question banks ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "count", "first"), [("QuestionList.md", 35, 2), ("sql-questions.md", 18, 2)])
def test_a_numbered_question_bank_is_said_once_with_no_card(tmp_path: Path, name: str, count: int, first: int) -> None:
    """T43-1 (high): numbered questions and no answers, under plain topic lines ('Python Basics : [Answers](…)', the
    numbering starting again at 1) or with a follow-up bullet under each ('* Explain …', '* Give examples …'). Before:
    read as the 'numbered' layout, whose cards were junk: 'Does Python have a switch statement?' → the other lists,
    'What are aggregate functions?' → 'Give examples like COUNT() …', 'Write a query …' → '12.'. Now, as for the same
    questions written as bullets: one warning for the file, no card."""
    said = _refused(deck_of(tmp_path, {name: TRIAL / "t43-1-question-bank" / name}))
    bank = [s for s in said if "questions and no answers" in s]
    assert len(bank) == 1 and f"sources/{name}:{first}:" in bank[0] and f"a list of {count} questions" in bank[0], said
    assert not any("runs to line" in s or "only another question" in s for s in said), said


def test_the_bank_beside_its_answers_leaves_the_answers_alone(tmp_path: Path) -> None:
    """T43-1: beside the file of answers it links (basics.md), the question list adds no card, so the real answer of
    'Does Python have a switch statement?' is the one on the card (before, the list's junk card took its place by
    merging, the back 'Python Functions : Answers …' kept)."""
    folder = TRIAL / "t43-1-question-bank"
    notes, said = _build(deck_of(tmp_path, {p: folder / p for p in ("QuestionList.md", "basics.md")}))
    switch = [n for n in notes if "switch" in note_front(n)]
    assert len(switch) == 1 and "match" in note_back(switch[0]) and "Python Functions" not in note_back(switch[0]), switch
    assert len(notes) == 5 and all(n["id"].startswith("basics/") for n in notes), [n["id"] for n in notes]
    assert any("a list of 35 questions and no answers" in s for s in said), said


def test_a_question_bank_with_answers_is_still_read(tmp_path: Path) -> None:
    """The same numbered shape with an answer under each question is read as before: a card each."""
    page = (
        "### Beginner Level\n1. What is SQL?\n   * A language to query and change relational databases.\n"
        "2. What is a primary key?\n   * A column whose values identify each row.\n"
        "3. What is a view?\n   * A stored query that reads like a table.\n"
        "4. What does DISTINCT do?\n   * It drops duplicate rows from the result.\n"
    )
    notes, said = _build(deck_of(tmp_path, {"sql.md": page}))
    assert [note_front(n) for n in notes] == ["What is SQL?", "What is a primary key?", "What is a view?", "What does DISTINCT do?"], said
    assert "duplicate rows" in note_back(notes[3]), notes[3]


def test_a_lists_empty_last_entry_is_no_answer(tmp_path: Path) -> None:
    """T43-1: '39. Teacher' / '40. Telehealth' / '41.' (a list whose last entry was left empty): before, a card
    'Telehealth' → '41.'. Now no card, said with its line; the other questions keep their answers."""
    page = (
        "## Key terms\n\n1. What is advocacy?\nSpeaking up for a client's rights and wishes.\n"
        "2. What is telehealth?\nCare given at a distance through phone or video.\n"
        "3. What is caregiving?\nHelping a client meet the needs they cannot meet alone.\n"
        "4. What is a profession?\n5. \n"
    )
    notes, said = _build(deck_of(tmp_path, {"terms.md": page}))
    assert [note_front(n) for n in notes] == ["What is advocacy?", "What is telehealth?", "What is caregiving?"], said
    empty = [s for s in said if "the next entry's number ('5.'" in s]
    assert len(empty) == 1 and "terms.md:" in empty[0], said


def test_a_number_that_answers_is_kept(tmp_path: Path) -> None:
    """A number that is the answer ('How many bits are in a byte?' / '8.') is kept: only the next entry's number,
    alone, is an empty entry."""
    page = "1. How many bits are in a byte?\n8.\n2. How many bytes are in a kilobyte?\n1024.\n3. How many nibbles are in a byte?\n2.\n"
    notes, said = _build(deck_of(tmp_path, {"units.md": page}))
    backs = {note_front(n): note_back(n) for n in notes}
    assert len(notes) == 3 and "8." in backs["How many bits are in a byte?"] and "2." in backs["How many nibbles are in a byte?"], (backs, said)


# --- T43-6: escaped brackets ----------------------------------------------------------------------------------------


def test_escaped_brackets_around_a_link_are_text_not_math(tmp_path: Path) -> None:
    """T43-6 (high): '## [Phrases](…) - Common Phrases \\[[test](…/test)\\]' (a Duolingo course list). Before: the front
    kept '\\[[test](https://…)\\]', which Anki's MathJax typesets as a display formula, and the sheet said the
    'formula' could not be typeset. Now the brackets are Markdown's escapes: the front reads '… [test]'."""
    notes, said = _build(deck_of(tmp_path, {"skills.md": TRIAL / "t43-6-escaped-brackets" / "skills.md"}))
    fronts = [note_front(n) for n in notes]
    assert fronts == ["Phrases - Common Phrases [test]", "Food 1 - Eating and drinking [test]"], fronts
    assert not any("\\[" in n["fields"]["Question"] for n in notes), [n["fields"]["Question"] for n in notes]
    assert not any("typeset" in s for s in said), said


def test_bracket_math_is_still_math(tmp_path: Path) -> None:
    """'\\[ E = mc^2 \\]' and '\\( a^2 \\)' stay formulas (kept whole for MathJax); only a link or an address between the
    brackets makes them text."""
    page = "## What is the mass-energy relation?\n\nIt is \\[ E = mc^2 \\] for a body at rest, with \\( c \\) the speed of light.\n"
    notes, _ = _build(deck_of(tmp_path, {"physics.md": page}))
    back = notes[0]["fields"]["Answer"]
    assert "\\[ E = mc^2 \\]" in back and "\\( c \\)" in back, back


# --- T43-7: spacer headings -------------------------------------------------------------------------------------------


def test_a_heading_with_no_text_does_not_cut_an_answer(tmp_path: Path) -> None:
    """T43-7 (medium): a long answer whose numbered parts are separated by bare '#####' lines. Before: the parts were
    topics of their own, cards fronted 'How is memory managed in Python? ›' with nothing after the '›', and "the same
    question as line 4 … give each an explicit id" said twice. Now the answer is one card holding every part."""
    notes, said = _build(deck_of(tmp_path, {"memory.md": TRIAL / "t43-7-empty-heading-spacers" / "memory.md"}))
    fronts = [note_front(n) for n in notes]
    assert fronts == ["What is PEP 8?", "How is memory managed in Python?", "How do you delete a file?"], fronts
    back = note_back(notes[1])
    assert all(part in back for part in ("Reference counting", "Garbage collection", "Memory pools", "tracemalloc")), back
    assert not any("the same question" in s for s in said), said


def test_a_bare_hash_in_code_is_kept(tmp_path: Path) -> None:
    """A '#' alone inside a code block is the code's (a shell comment line), never a heading to drop."""
    page = "## How do you comment out a block in a shell script?\n\n```sh\n#\n# echo off\n#\n```\n"
    notes, _ = _build(deck_of(tmp_path, {"shell.md": page}))
    assert note_back(notes[0]).count("#") >= 3, note_back(notes[0])


# --- T43-8: outline numbers on statement fronts -------------------------------------------------------------------------


def test_outline_numbers_are_no_part_of_a_statement_front(tmp_path: Path) -> None:
    """T43-8 (medium): '### 1.2. Mention some advantages of JavaScript.', '### 2.1. Explain scope …', '### 3.1 Difference
    between `==` and `===` operators.', '### 3.2. difference between `exec()` and `test()` methods' (an interview page
    whose questions without '?' kept their number; its questions with '?' lost it, T39-6). Now every front is without
    its outline number, and the numbered '== vs ===' front is the same question as the other page's unnumbered one."""
    folder = TRIAL / "t43-8-numbered-headings"
    notes, said = _build(deck_of(tmp_path, {"js-basics.md": folder / "js-basics.md"}))
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "What is JavaScript?",
        "Mention some advantages of JavaScript.",
        "Explain scope and the scope chain in JavaScript.",
        "Difference between == and === operators.",
        "difference between exec() and test() methods",
    ], fronts
    assert not any(f[:1].isdigit() for f in fronts), said


def test_a_number_that_is_part_of_the_words_stays(tmp_path: Path) -> None:
    """'2.5 million people …' opens with a number that is no outline number (a lower-case word after it, no dot): kept."""
    page = "# Notes\n\n## 2.5 million people live in the region\n\nIt is the country's second largest.\n\n## 3.1 Climate\n\nMild and wet.\n"
    notes, _ = _build(deck_of(tmp_path, {"geo.md": page}, '[[source]]\nid = "geo"\nfile = "sources/geo.md"\nheadings = "cards"\n'))
    fronts = [note_front(n) for n in notes]
    assert "2.5 million people live in the region" in fronts and "3.1 Climate" in fronts, fronts


# --- T43-2: notes without a title heading ------------------------------------------------------------------------------


def test_a_vault_note_without_a_title_names_its_topic_from_its_file(tmp_path: Path) -> None:
    """T43-2 (high): Obsidian notes, one distribution a file, no title heading ('Normal Distribution.md' / '### PDF
    $N(\\mu,\\sigma)=…$' / '### Properties'). Before: fronts 'Properties', 'PDF \\(…\\)', '\\(f(k;p)=…\\)', nothing saying which
    distribution. Now a part of the topic (an aspect word, or a formula under a few words) is fronted by the file's
    name: 'Normal Distribution › Properties'."""
    folder = TRIAL / "t43-2-concept-notes"
    files = {p.name: p for p in sorted(folder.glob("*.md")) if p.name != "Exponential Distribution.md"}
    notes, _ = _build(deck_of(tmp_path, files))
    fronts = sorted(note_front(n) for n in notes)
    assert "Normal Distribution › Properties" in fronts, fronts
    assert any(f.startswith("Normal Distribution › PDF") for f in fronts) and any(f.startswith("Bernoulli Distribution › ") for f in fronts), fronts
    assert any(f.startswith("Beta Distribution › ") for f in fronts), fronts


def test_a_titled_page_keeps_its_title_as_the_topic(tmp_path: Path) -> None:
    """A page with a title heading names the topic by it, as before (trial13 T13-7), never by its file's name; a
    heading that is a term, not a part of one ('## Alkanes'), keeps its front alone."""
    page = "# Expected Loss\n\n## Definition\n\nThe mean loss over the data's distribution.\n\n## Risk\n\nAnother name for it.\n"
    notes, _ = _build(deck_of(tmp_path, {"loss-notes.md": page}, '[[source]]\nid = "loss"\nfile = "sources/loss-notes.md"\nheadings = "cards"\n'))
    fronts = [note_front(n) for n in notes]
    assert fronts == ["Expected Loss › Definition", "Risk"], fronts


def test_a_vault_notes_opening_definition_is_a_card_for_its_title(tmp_path: Path) -> None:
    """T43-2: 'Beta Distribution.md' opens with its definition ('With a count of successes and failures …' and an
    example callout) above its first heading. Before: "text outside any question is not in any card". Now, on a note
    titled by its file's name and read heading by heading, that opening is a card fronted by the title."""
    notes, said = _build(deck_of(tmp_path, {"Beta Distribution.md": TRIAL / "t43-2-concept-notes" / "Beta Distribution.md"}))
    cards = {note_front(n): note_back(n) for n in notes}
    assert "With a count of successes and failures" in cards["Beta Distribution"] and "posterior" in cards["Beta Distribution"], cards
    assert not any("outside any question" in s for s in said), said
    assert next(iter(cards)) == "Beta Distribution", list(cards)


def test_a_slug_named_notes_opening_is_still_said(tmp_path: Path) -> None:
    """A page named by a slug ('week3-notes.md', no title a person gave) keeps its opening text said, never a card fronted
    by the slug."""
    page = "Notes from the third lecture, on enzymes.\n\n### Catalysts\n\nThey lower the activation energy.\n\n### Inhibitors\n\nThey slow a reaction.\n"
    notes, said = _build(deck_of(tmp_path, {"week3-notes.md": page}))
    assert "week3-notes" not in [note_front(n) for n in notes], [note_front(n) for n in notes]
    assert any("outside any question" in s for s in said), said


# --- T43-11: a formula under a heading is no reading list ---------------------------------------------------------------


def test_a_formula_over_a_linked_bullet_is_no_reading_list(tmp_path: Path) -> None:
    """T43-11 (medium): '### [[…|CDF]] $F(x;a,b)=…$' over '- [[Integral]] is [[Beta Function#…|Incomplete Beta
    Function]]' (Beta Distribution.md). Before: "a heading with only links under it (a reading list) is no card". A
    formula is text to learn: the CDF is a card, its formula on the back; a list of links alone stays a reading list."""
    notes, said = _build(deck_of(tmp_path, {"Beta Distribution.md": TRIAL / "t43-2-concept-notes" / "Beta Distribution.md"}))
    cards = {note_front(n): note_back(n) for n in notes}
    assert "Beta Distribution › CDF" in cards and "B(x;a,b)" in cards["Beta Distribution › CDF"], cards
    assert not any("reading list" in s for s in said), said
    page = "# Notes\n\n## Gradient descent\n\nStep against the gradient.\n\n## Further reading\n\n- [Ruder's overview](https://ruder.io/optimizing-gradient-descent/)\n- [Adam paper](https://arxiv.org/abs/1412.6980)\n"
    _, said = _build(deck_of(tmp_path / "b", {"gd.md": page}))
    assert any("reading list" in s for s in said), said
