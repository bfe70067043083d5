"""Trial 8 (new user, unseen documents): reader findings taken by the helper readers2, each on a small
document written for it (tests/data/newuser/) and built the way a new user would."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.model import ItemKind


def _built(tmp_path: Path, *names: str, table: str = ""):  # type: ignore[no-untyped-def]
    result = build(drop_in(tmp_path, *names, table=table), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled


def test_ordered_list_headings_are_numbered_questions_beside_a_coding_exercise_part(tmp_path: Path) -> None:
    """H18: '1. ### What is the event loop' (no '?') inside an ordered list, plus a 'Coding Exercise' part of
    '- 1: …' options keyed by '##### Answer: 2' in a <details>: the page read as heading cards, 458 of 531 lost."""
    compiled = _built(tmp_path, "list-heading-questions.md")
    assert [(i.locator.line, i.question, i.kind) for i in compiled.items] == [
        (11, "What is the event loop?", ItemKind.basic),
        (17, "What is hoisting?", ItemKind.basic),
        (30, "Difference between let and var", ItemKind.basic),
        (38, "What is the output of below code", ItemKind.multiple_choice),
        (60, "What is the output of below code", ItemKind.multiple_choice),
    ]
    event, hoisting, let, first, second = compiled.items
    assert "runs queued callbacks" in event.answer_plain() and "Back to Top" not in event.answer_plain()
    # the answer is not cut at its sub-heading, and the sub-heading ('… vs. …') is no question of its own
    assert "moved to the top" in hoisting.answer_plain() and "only the binding" in hoisting.answer_plain()
    assert "Example: Hoisted vs. Not Hoisted" in hoisting.answer_plain()
    assert "block scoped" in let.answer_plain()
    assert [c.text for c in first.choices] == ['"null"', '"object"', '"undefined"'] and first.correct == "B"
    assert "historical reasons" in first.answer_plain() and "Answer: 2" not in first.answer_plain()
    assert second.correct == "B" and first.section == ["Coding Exercise"] and event.section == []
    assert not [w for w in compiled.diagnostics.warnings if "outside any question" in w.message or "same question" in w.message]


def test_headings_that_ask_by_their_words_are_questions_beside_stray_question_bullets(tmp_path: Path) -> None:
    """Learner L9: '### What is a sequence' headings (no '?' at their level, any language) were all dropped as soon
    as two bullets elsewhere ended in '?': the deck was those two bullets."""
    compiled = _built(tmp_path, "worded-headings.md")
    assert [(i.locator.line, i.question) for i in compiled.items] == [
        (5, "What is a sequence?"),
        (9, "How does a list differ from a tuple?"),
        (13, "Можно ли изменить символ внутри строки"),
        (17, "How to join a list of strings?"),
        (23, "If we add a load balancer, which one?"),
        (24, "If a database, which one?"),
    ]
    assert compiled.items[0].section == ["Sequences"] and "__getitem__" in compiled.items[0].answer_plain()
    assert not [w for w in compiled.diagnostics.warnings if "outside any question" in w.message]


def test_follow_up_toggles_inside_a_question_toggle_are_cards_under_it(tmp_path: Path) -> None:
    """H10: the first follow-up toggle after the parent's answer was lost silently (its '<details>' in the same
    HTML block as a '<br/>'), a heading inside a toggle became the section of later cards, and an answer whose
    text ran into its '</details>' line was 'no answer'."""
    compiled = _built(tmp_path, "toggle-follow-ups.md")
    parent = "Explain polymorphism in Java."
    assert [(i.locator.line, i.question, i.section) for i in compiled.items] == [
        (3, parent, ["Java interview questions"]),
        (10, "How is polymorphism implemented?", ["Java interview questions", parent]),
        (16, "그렇다면 업캐스팅에 대해 설명해주세요.", ["Java interview questions", parent]),
        (31, "What is the difference between the JDK and the JRE?", ["Java interview questions"]),
        (43, "What is a checked exception?", ["Java interview questions"]),
    ]
    first, implemented, upcast, jdk, checked = compiled.items
    assert "many types" in first.answer_plain() and "Runtime dispatch" in first.answer_plain()
    assert "Through overloading" not in first.answer_plain() and "Through overloading" in implemented.answer_plain()
    assert "superclass" in upcast.answer_plain() and "part of the JDK" in jdk.answer_plain()
    assert "forces you" in checked.answer_plain()
    assert not compiled.diagnostics.warnings or all("not listed in deck.toml" in w.message for w in compiled.diagnostics.warnings)


def test_html_back_to_top_footers_are_no_answer_text(tmp_path: Path) -> None:
    """Learner L11: '<div align="right"><b><a href="#table-of-contents">↥ back to top</a></b></div>' and
    '<p align="right">(<a href="#readme-top">back to top</a>)</p>' stayed on the backs and the sheet."""
    compiled = _built(tmp_path, "html-back-to-top.md")
    assert [i.question for i in compiled.items] == ["What is a closure?", "What is hoisting?"]
    for item in compiled.items:
        assert "back to top" not in item.answer_plain()
