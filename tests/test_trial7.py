"""Trial 7 (new user, unseen documents): reader findings, each on a small document written for it
(tests/data/newuser/) and built the way a new user would."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build


def _built(tmp_path: Path, *names: str):  # type: ignore[no-untyped-def]
    result = build(drop_in(tmp_path, *names), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled


def test_one_asking_sub_heading_leaves_a_numbered_question_page_alone(tmp_path: Path) -> None:
    """G10: '### Why is search in a hash table O(1)?' inside question 3's answer turned the page's numbered
    '##' questions into sections and their '### Use case' sub-headings into cards (12 of 15 lost)."""
    compiled = _built(tmp_path, "numbered-subquestion.md")
    assert [(i.locator.line, i.question) for i in compiled.items] == [
        (3, "What is Big-O notation?"),
        (11, "Explain the difference between Big-O and Big-Theta."),
        (19, "Describe the role of constants in Big-O analysis."),
        (23, "Why is search in a hash table O(1)?"),
        (27, "Discuss the space complexity of linked lists."),
    ]
    first = compiled.items[0].answer_plain()
    assert "Key concepts" in first and "Dominant term" in first  # the sub-heading is the answer's structure
    assert "Memory overhead" in compiled.items[-1].answer_plain()
    messages = [w.message for w in compiled.diagnostics.warnings]
    assert not [m for m in messages if "statement heading" in m or "outside any question" in m]
