"""The overrides layer repairs items without touching source files or identity."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from compiler.cli import main

CONTENT = Path(__file__).resolve().parent.parent / "content"


def _build(content: Path, out: Path) -> Result:
    return CliRunner().invoke(main, ["build", str(content), "-o", str(out)])


def _notes(out: Path) -> dict[str, dict]:
    data = json.loads((out / "regularization.json").read_text(encoding="utf-8"))
    return {n["id"]: n for n in data["notes"]}


def test_override_replaces_answer_and_keeps_guid(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    assert _build(content, tmp_path / "a").exit_code == 0
    before = _notes(tmp_path / "a")["grill/what-s-cutmix"]
    existing = (content / "overrides.toml").read_text(encoding="utf-8") if (content / "overrides.toml").exists() else ""
    (content / "overrides.toml").write_text(
        existing + '\n[[override]]\nitem = "grill/what-s-cutmix"\nquestion = "What is CutMix augmentation?"\n'
        'answer = """Paste a patch of one image into another.\n\n\\\\[ \\\\tilde y = \\\\lambda y_A + (1-\\\\lambda) y_B \\\\]"""\n',
        encoding="utf-8",
    )
    result = _build(content, tmp_path / "b")
    assert result.exit_code == 0, result.output
    after = _notes(tmp_path / "b")["grill/what-s-cutmix"]
    assert after["guid"] == before["guid"]
    assert after["fields"]["Question"] == "What is CutMix augmentation?"
    assert "Paste a patch" in after["fields"]["Answer"]
    assert '<div class="math">\\[ \\tilde y' in after["fields"]["Answer"]


def test_unknown_override_key_is_an_error_with_line(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    existing = (content / "overrides.toml").read_text(encoding="utf-8") if (content / "overrides.toml").exists() else ""
    n = existing.count("\n") + 3
    (content / "overrides.toml").write_text(existing + '\n[[override]]\nitem = "grill/no-such-item"\nanswer = "x"\n', encoding="utf-8")
    result = _build(content, tmp_path / "out")
    assert result.exit_code == 1
    assert f"overrides.toml:{n}: error: override for unknown item 'grill/no-such-item'" in result.output
    assert not (tmp_path / "out").exists()


def test_override_answer_holds_formulas_code_and_lists() -> None:
    from compiler.model import BlockKind
    from compiler.overrides import answer_blocks

    blocks = answer_blocks(
        "First line\nof one paragraph \\( x \\).\n\n\\[ a = b \\]\n\n- one\n- two\n\n"
        "```python\nx = 1\n\ny = 2\n```\n\nLast."
    )
    assert [b.kind for b in blocks] == [BlockKind.text, BlockKind.formula, BlockKind.bullets, BlockKind.code, BlockKind.text]
    assert blocks[0].text == "First line of one paragraph \\( x \\)."
    assert blocks[2].items == ["one", "two"]
    assert blocks[3].text == "x = 1\n\ny = 2" and blocks[3].lang == "python"
