"""Trial7 G17: a question moved to another file and merged there (by a decision) is retired as "merged into"
its note, not as "its source item is gone"; two published notes are never merged automatically."""

from __future__ import annotations

import shutil
from pathlib import Path

from compiler.build import build

BASICS = "# Basics\n\n## What are channels in Go and how are they used?\n\nTyped conduits between goroutines.\n"
TRICKY = "# Tricky\n\n## What is an unbuffered channel in Go?\n\nA channel with no capacity: a send blocks until a receive.\n"


def test_a_moved_question_merged_by_a_decision_is_retired_as_merged(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Go"\n', encoding="utf-8")
    (content / "sources" / "go.md").write_text(BASICS + "\n" + TRICKY.replace("# Tricky\n\n", ""), encoding="utf-8")
    out = tmp_path / "build"
    first = build(content, out, formats=("json",), now=1_000)
    assert first.summary.notes == 2
    (content / "sources" / "go.md").unlink()
    (content / "sources" / "basics.md").write_text(BASICS, encoding="utf-8")
    (content / "sources" / "tricky.md").write_text(TRICKY, encoding="utf-8")
    shutil.copytree(content, tmp_path / "copy")  # the lock lives in the content folder: check the split in a copy
    split = build(tmp_path / "copy", tmp_path / "copy-build", formats=("json",), now=2_000)
    assert split.summary.notes == 2  # two published notes are never merged without asking
    (content / "decisions.toml").write_text(
        '[[merge]]\nitems = ["basics/what-are-channels-in-go-and-how-are-they-used", "tricky/what-is-an-unbuffered-channel-in-go"]\n',
        encoding="utf-8",
    )
    merged = build(content, out, formats=("json",), now=3_000)
    assert merged.summary.notes == 1
    retired = [c for c in merged.compiled.plan.changes if c.status == "retired"]
    assert len(retired) == 1 and retired[0].retire_reason().startswith("merged into note basics/"), retired[0].retire_reason()
