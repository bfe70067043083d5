"""The lesson reader on the real lesson file: five multiple-choice cards and the prose sections."""

from __future__ import annotations

import pytest
from conftest import configured_source, detect_scores, source_document

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import BlockKind, Difficulty, Item, ItemKind
from compiler.sources.base import Document
from compiler.sources.lesson import LessonReader, is_title_heading


def _source(source_id: str = "lesson") -> SourceConfig:
    return configured_source(source_id)



def _read(doc: Document | None = None) -> tuple[list[Item], Diagnostics]:
    src = _source()
    diag = Diagnostics()
    return LessonReader().read(doc or source_document(src), src, diag), diag


def test_five_multiple_choice_items() -> None:
    items, diag = _read()
    assert diag.items == []
    assert len(items) == 5
    assert all(it.kind is ItemKind.multiple_choice for it in items)
    assert [it.correct for it in items] == ["B", "B", "B", "B", "B"]
    assert [it.number for it in items] == ["1", "2", "3", "4", "5"]
    assert [it.locator.line for it in items] == [99, 112, 125, 138, 151]
    assert all(it.section == ["Knowledge Check"] for it in items)
    assert all(it.difficulty is Difficulty.easy for it in items)
    assert all([c.label for c in it.choices] == ["A", "B", "C", "D"] for it in items)


def test_spot_checks() -> None:
    items, _ = _read()
    q2 = items[1]
    assert q2.question == "How does L2 regularization (weight decay) affect the weight update rule?"
    assert q2.choices[1].text == "It multiplies weights by (1 - 2αλ) before the gradient update"
    assert q2.choices[2].text == "It sets small weights to exactly zero"
    q4 = items[3]
    assert len(q4.answer) == 1 and q4.answer[0].kind is BlockKind.text
    assert q4.answer[0].text.startswith("L1 regularization (sum of |w|) drives many weights to exactly zero")
    q3 = items[2]
    assert q3.question == 'Why does dropout create an "ensemble effect"?'
    assert q3.original.splitlines()[0] == "Question 3"
    assert q3.original.splitlines()[-1].startswith("Dropout randomly deactivates neurons")
    assert "Show Answer" in q3.original


def test_mismatched_answer_line_is_an_error() -> None:
    src = _source()
    doc = source_document(src)
    bad = doc.text.replace(
        "B) To prevent overfitting and improve generalization\nRegularization techniques",
        "B) To speed up training time\nRegularization techniques",
    )
    assert bad != doc.text
    items, diag = _read(Document(doc.rel, bad))
    assert len(items) == 5
    assert [(d.severity, d.line) for d in diag.items] == [("error", 109)]
    assert "does not match option B" in diag.items[0].message


def test_text_after_explanation_is_warned_not_dropped_silently() -> None:
    src = _source()
    doc = source_document(src)
    extra = doc.text.rstrip("\n") + "\n\nNext up: Lesson 7, Optimizers\n"
    items, diag = _read(Document(doc.rel, extra))
    assert len(items) == 5
    assert [(d.severity, d.line) for d in diag.items] == [("warning", 164)]


def test_missing_correct_option_is_an_error() -> None:
    text = "Knowledge Check\n\nQuestion 1\n\nWhat?\n\n  • A) x\n  • B) y\nShow Answer\n\nNo idea\n"
    items, diag = _read(Document("sources/quiz.txt", text))
    assert items == []
    assert [(d.severity, d.line) for d in diag.errors] == [("error", 3)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Training vs Validation Loss", True),
        ("L2 Regularization (Weight Decay)", True),
        ("Bias-Variance Tradeoff:", False),
        ("✓ Simple, effective, standard", False),
        ("Loss = DataLoss + λ·Σw²", False),
        ("  • A) To speed up training time", False),
        ("Stop training when validation loss stops improving.", False),
    ],
)
def test_title_heading_shape(line: str, expected: bool) -> None:
    assert is_title_heading(line) is expected


def test_detect_scores() -> None:
    for rel, score in detect_scores(LessonReader()).items():
        if rel.endswith("lesson-regularization.txt"):
            assert score >= 0.8, rel
        else:
            assert score < 0.5, rel
