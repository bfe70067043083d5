"""A file deck.toml names without a difficulty line reads its level labels (learner L2: its 'Difficulty: Easy'
lines were ignored silently, every card medium, while the same file unlisted had them read)."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.model import Difficulty

TABLE = '[[source]]\nid = "bank"\nfile = "sources/difficulty-lines.md"\nlayout = "markdown"\n'


def test_a_listed_file_without_a_difficulty_line_reads_its_labels(tmp_path: Path) -> None:
    content = drop_in(tmp_path, "difficulty-lines.md", table=TABLE)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [i.difficulty for i in result.compiled.items] == [Difficulty.easy, Difficulty.hard, Difficulty.easy, Difficulty.medium]
    [warning] = [w for w in result.compiled.diagnostics.warnings if "no difficulty line" in w.message]
    assert warning.line == 3 and 'from = "label"' in warning.hint + warning.snippet


def test_a_difficulty_line_in_deck_toml_is_obeyed(tmp_path: Path) -> None:
    table = TABLE + 'difficulty = { from = "fixed", default = "medium" }\n'
    content = drop_in(tmp_path, "difficulty-lines.md", table=table)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert {i.difficulty for i in result.compiled.items} == {Difficulty.medium}
    assert not [w for w in result.compiled.diagnostics.warnings if "no difficulty line" in w.message]


def test_decorative_emoji_before_headings_are_no_levels(tmp_path: Path) -> None:
    """Learner2 M11: '## 🔑 What …', '## ✅ Which …', '## 🧠 Which …' (an icon each, none reused) were read as
    difficulty markers: medium, easy, hard, with guessed levels in the table."""
    result = build(drop_in(tmp_path, "decorated-headings.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert {i.difficulty for i in result.compiled.items} == {Difficulty.medium}
    [table] = [w.snippet for w in result.compiled.diagnostics.warnings if "not listed in deck.toml" in w.message]
    assert 'difficulty = { from = "fixed", default = "medium" }' in table
