"""The grill reader on the real interview-grill document, plus its failure modes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import ReadResult

from compiler.config import DifficultyRule, SourceConfig, load_config
from compiler.diagnostics import Diagnostics
from compiler.model import BlockKind, Difficulty, Item
from compiler.sources.base import Document, Reader, load_document
from compiler.sources.grill import GrillReader, split_question

READER = GrillReader()
REL = "sources/regularization-interview-grill.txt"
Read = Callable[[str, Reader], ReadResult]
GRADING = {"basic": Difficulty.easy, "serious": Difficulty.medium, "frontier": Difficulty.hard}


def answer_text(item: Item) -> str:
    return item.answer_plain()


def test_reads_all_fifty_items_cleanly(read: Read) -> None:
    result = read("grill", READER)
    assert [i.number for i in result.items] == [str(n) for n in range(1, 51)]
    assert result.diag.items == []
    assert all(i.locator.file == REL for i in result.items)
    assert all(b.kind is BlockKind.text for i in result.items for b in i.answer)


def test_first_item(read: Read) -> None:
    item = read("grill", READER).by_number("1")
    assert item.locator.line == 4
    assert item.section == ["Foundations"]
    assert item.question == "What's the bias-variance trade-off?"
    assert answer_text(item).startswith("For squared error: . Bias = systematic error")
    assert item.difficulty is Difficulty.easy
    assert item.original.startswith("1. What's the bias-variance trade-off? For squared error")


def test_items_without_question_mark_keep_their_holes(read: Read) -> None:
    result = read("grill", READER)
    five, six = result.by_number("5"), result.by_number("6")
    assert five.question == "State L2 regularization."
    assert answer_text(five) == ". Quadratic penalty on weights. Equivalent to Gaussian prior ."
    assert five.section == ["L1, L2, Elastic Net"]
    assert five.locator.line == 9
    assert six.question == "State L1 regularization."
    assert answer_text(six) == ". Sum of absolute values. Equivalent to Laplace prior."


def test_answer_on_the_next_line(read: Read) -> None:
    item = read("grill", READER).by_number("25")
    assert item.question == "Train vs eval mode in PyTorch?"
    assert item.locator.line == 31
    assert answer_text(item).startswith("model.train() enables dropout (and BN running stats).")
    assert answer_text(item).endswith("results are inconsistent.")
    assert item.original.count("\n") == 1
    assert item.section == ["Dropout"]
    assert item.difficulty is Difficulty.medium


def test_quick_fire_line_is_five_items(read: Read) -> None:
    result = read("grill", READER)
    quick = [result.by_number(str(n)) for n in range(46, 51)]
    assert {i.locator.line for i in quick} == {58}
    assert all(i.section == ["Quick fire"] and i.difficulty is Difficulty.hard for i in quick)
    item47 = result.by_number("47")
    assert item47.question == "L1 is equivalent to which prior?"
    assert answer_text(item47) == "Laplace."
    assert item47.original == "47. L1 is equivalent to which prior? Laplace."
    assert result.by_number("46").question == "L2 is equivalent to which prior?"
    assert answer_text(result.by_number("46")) == "Gaussian."
    assert result.by_number("49").question == "Default label smoothing ?"
    assert answer_text(result.by_number("50")) == "."  # the value was stripped from the source


def test_self_grading_ranges_give_difficulty(read: Read) -> None:
    result = read("grill", READER)
    level = {i.number: i.difficulty for i in result.items}
    assert {level[str(n)] for n in range(1, 16)} == {Difficulty.easy}
    assert {level[str(n)] for n in range(16, 36)} == {Difficulty.medium}
    assert {level[str(n)] for n in range(36, 51)} == {Difficulty.hard}


def test_grading_paragraph_and_title_are_not_items(read: Read) -> None:
    result = read("grill", READER)
    text = "\n".join(i.question + "\n" + i.answer_plain() + "\n" + i.original for i in result.items)
    for needle in ("If you can't answer", "Aim for 30+/45", "Drill until", "Self-grading", "I. Quick fire"):
        assert needle not in text


def test_sections_in_order(read: Read) -> None:
    sections: list[str] = []
    for item in read("grill", READER).items:
        if item.section[0] not in sections:
            sections.append(item.section[0])
    assert sections == [
        "Foundations",
        "L1, L2, Elastic Net",
        "Weight decay (vs L2)",
        "Dropout",
        "Early stopping, label smoothing, augmentation",
        "Implicit regularization",
        "Modern and frontier topics",
        "Misc and gotchas",
        "Quick fire",
    ]


def test_split_question() -> None:
    assert split_question("Why scale by ? Expected magnitude .") == ("Why scale by ?", "Expected magnitude .")
    assert split_question("State L2. . Quadratic.") == ("State L2.", ". Quadratic.")
    assert split_question("Train vs eval mode?") == ("Train vs eval mode?", "")


def test_detect_only_claims_grill_files(content_dir: Path) -> None:
    layouts = {s.file: s.layout for s in load_config(content_dir).source}
    files = sorted((content_dir / "sources").iterdir())
    assert len(files) >= 5
    for path in files:
        rel = path.relative_to(content_dir).as_posix()
        score = READER.detect(load_document(path, rel))
        if layouts.get(rel) == "grill":
            assert score >= 0.5, rel
        else:
            assert score < 0.5, rel


# --- bad input ----------------------------------------------------------------


def source(rule: DifficultyRule) -> SourceConfig:
    return SourceConfig(id="doc", file="sources/doc.txt", layout="grill", difficulty=rule)


def run(text: str, rule: DifficultyRule) -> tuple[list[Item], Diagnostics]:
    diag = Diagnostics()
    items = READER.read(Document(rel="sources/doc.txt", text=text), source(rule), diag)
    return items, diag


def test_item_outside_every_grading_range_is_an_error() -> None:
    text = (
        "A. Basics\n1. What? Yes.\n2. Why? Because.\n"
        "Self-grading\nIf you can't answer 1-1, you don't know basic stuff.\n"
    )
    items, diag = run(text, DifficultyRule(from_="self-grading", labels=GRADING))
    assert [i.difficulty for i in items] == [Difficulty.easy, None]
    [error] = diag.errors
    assert (error.file, error.line) == ("sources/doc.txt", 3)
    assert "item 2" in error.message and error.hint


def test_default_covers_ungraded_items() -> None:
    text = "A. Basics\n1. What? Yes.\n2. Why? Because.\nSelf-grading\nIf you can't answer 1-1, basic.\n"
    items, diag = run(text, DifficultyRule(from_="self-grading", labels=GRADING, default=Difficulty.medium))
    assert [i.difficulty for i in items] == [Difficulty.easy, Difficulty.medium]
    assert diag.errors == []


def test_missing_grading_paragraph_is_reported() -> None:
    items, diag = run("A. Basics\n1. What? Yes.\n", DifficultyRule(from_="self-grading", labels=GRADING))
    assert len(items) == 1
    assert any("Self-grading" in e.message for e in diag.errors)


def test_ranges_rule() -> None:
    rule = DifficultyRule(from_="ranges", ranges=[(1, 1, Difficulty.hard)])
    items, diag = run("A. Basics\n1. What? Yes.\n2. Why? No.\n", rule)
    assert items[0].difficulty is Difficulty.hard
    assert [(e.line, "item 2" in e.message) for e in diag.errors] == [(3, True)]


def test_stray_text_after_a_heading_is_a_warning_not_lost() -> None:
    items, diag = run(
        "A. Basics\n1. What? Yes.\nB. More\nSome loose remark.\n2. Why? No.\n", DifficultyRule()
    )
    assert len(items) == 2
    [warning] = diag.warnings
    assert warning.line == 4 and "Some loose remark" in warning.message


def test_item_without_answer_is_a_warning_with_line_and_set_aside() -> None:
    """One item without its answer stops no build (learner M13): a warning at its line, the item kept as skipped."""
    items, diag = run("A. Basics\n1. What? Yes.\n2. Why is it?\nB. Next\n", DifficultyRule())
    assert [(i.question, i.skip) for i in items] == [("What?", ""), ("Why is it?", "answer missing")]
    assert not diag.errors
    [warning] = diag.warnings
    assert warning.line == 3 and "answer missing: this item makes no card" in warning.message
