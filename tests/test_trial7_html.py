"""trial7 findings G13 and G14 (assigned to the html helper): a file deck.toml does not name that gives no
card stops no build; a quiz whose answers section repeats each question with its key is one
multiple-choice card per question, and its score table no card."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drop_in, paste_table

from compiler.build import build
from compiler.diagnostics import ContentError
from compiler.model import ItemKind


def test_an_unlisted_file_that_gives_no_card_is_a_warning_and_the_rest_builds(tmp_path: Path) -> None:
    content = drop_in(tmp_path, "asking-section-list.md", "bold-qa.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and result.compiled.items  # bold-qa.md's cards are built
    [warning] = [w for w in result.compiled.diagnostics.warnings if "no card from this file" in w.message]
    assert warning.file == "sources/asking-section-list.md"
    assert "rename it #asking-section-list.md" in warning.hint
    assert not result.compiled.diagnostics.errors


def test_a_listed_file_that_gives_no_card_is_still_an_error(tmp_path: Path) -> None:
    table = '\n[[source]]\nid = "notes"\nfile = "sources/asking-section-list.md"\nlayout = "markdown"\n'
    content = drop_in(tmp_path, "asking-section-list.md", "bold-qa.md", table=table)
    with pytest.raises(ContentError) as exc:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    [error] = [d for d in exc.value.diagnostics if d.severity == "error"]
    assert error.file == "sources/asking-section-list.md" and "no items found" in error.message


def test_an_unlisted_file_whose_notes_are_published_and_now_gives_none_is_an_error(tmp_path: Path) -> None:
    content = drop_in(tmp_path, "bold-qa.md")
    page = content / "sources" / "notes.md"
    page.write_text("## What is a stack?\n\nLast in, first out.\n\n## What is a queue?\n\nFirst in, first out.\n", encoding="utf-8")
    assert build(content, tmp_path / "build", formats=("json",), now=1_000).compiled is not None
    page.write_text((Path(__file__).parent / "data" / "newuser" / "asking-section-list.md").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ContentError) as exc:
        build(content, tmp_path / "build", formats=("json",), now=2_000)
    [error] = [d for d in exc.value.diagnostics if d.severity == "error"]
    assert error.file == "sources/notes.md" and "building would retire them all" in error.message


def test_a_quiz_keyed_in_its_answers_section_is_multiple_choice(tmp_path: Path) -> None:
    content = drop_in(tmp_path, "quiz-answers-section.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.question, i.kind, i.correct) for i in items] == [
        ("Which command records staged changes?", ItemKind.multiple_choice, "B"),
        ("What does `git fetch` do?", ItemKind.multiple_choice, "C"),
    ]
    assert [c.text for c in items[0].choices] == ["git add", "git commit", "git push", "git fetch"]
    assert items[0].answer_plain().startswith("Explanation:")  # the repeat's explanation is the back
    assert items[0].locator.line == 5  # the question's first asking
    skipped = result.compiled.deck.skipped
    assert [(i.question, i.skip) for i in skipped] == [
        ("2 correct", "score table"),
        ("1 correct", "score table"),
        ("0 correct", "score table"),
    ]
    [named] = [w for w in result.compiled.diagnostics.warnings if "not listed in deck.toml" in w.message]
    totals = paste_table(content, named.snippet, tmp_path / "build")
    assert totals == {"new": 0, "updated": 0, "unchanged": 2, "retired": 0}
