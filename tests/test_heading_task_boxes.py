"""Learner2 M14 (reading half): a heading right over task-box options, one ticked, is a question whatever its ending
('…選択してください。', a blank '\\_'): such headings before the page's first '?' heading were lost."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.model import ItemKind


def test_headings_over_task_box_options_are_questions(tmp_path: Path) -> None:
    result = build(drop_in(tmp_path, "heading-task-boxes.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert len(items) == 4 and all(i.kind is ItemKind.multiple_choice for i in items)
    assert items[0].question.endswith("選択してください。") and items[0].correct == "B"
    assert not [w for w in result.compiled.diagnostics.warnings if "outside any question" in w.message]
