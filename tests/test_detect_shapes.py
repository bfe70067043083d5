"""Document shapes that stopped a build with "cannot tell this document's layout" (trial6 F18, F21, F23,
F26, F39, F40): each is detected and read without config, and the table printed to paste reads it the same."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build


def _built(tmp_path: Path, *names: str):  # type: ignore[no-untyped-def]
    content = drop_in(tmp_path, *names)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None, [str(e) for e in result.diagnostics.errors] if hasattr(result, "diagnostics") else result
    return result.compiled


def test_questions_written_as_list_items_are_cards(tmp_path: Path) -> None:
    """F26: '- What is …?' with its answer as nested bullets, and '* What is X? One that …' (the answer after
    the first '?'): how most people jot questions down."""
    compiled = _built(tmp_path, "question-bullets.md")
    items = compiled.items
    assert [(i.locator.line, i.question, i.section) for i in items] == [
        (3, "What is a subnet mask?", []),
        (5, "Why does TCP need a three-way handshake?", []),
        (8, "What does DNS do?", []),
        (13, "What is an idempotent method?", ["HTTP"]),
        (14, "What does status 304 mean?", ["HTTP"]),
        (15, "Is HTTP stateless?", ["HTTP"]),
    ]
    assert items[1].answer_plain().split() == "Both sides must agree on initial sequence numbers. It also confirms both directions work.".split()
    assert items[3].answer_plain() == "One that has the same effect if repeated, like PUT or DELETE."
    assert items[5].answer_plain() == "Yes: each request stands alone; cookies carry state."
    assert not compiled.diagnostics.errors
    assert not [w for w in compiled.diagnostics.warnings if "outside" in w.message]


def test_a_list_of_questions_whose_sub_bullets_only_ask_again_stays_a_question_list(tmp_path: Path) -> None:
    """A question list without answers (h5bp's, follow-up questions as sub-bullets) is still said to add no card."""
    compiled = _built(tmp_path, "interview-questions.md")
    assert any("questions and no answers" in w.message for w in compiled.diagnostics.warnings)
