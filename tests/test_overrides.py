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


def _quiz(correct: str = "A"):  # type: ignore[no-untyped-def]
    from compiler.model import Choice, Item, ItemKind, Locator

    item = Item(
        source="ex",
        kind=ItemKind.multiple_choice,
        question="Which appliance runs on alternating current?",
        choices=[Choice(label="A", text="A torch"), Choice(label="B", text="A television on the mains"), Choice(label="C", text="A watch")],
        correct=correct,
        locator=Locator(file="sources/ex.md", line=1),
        original="…",
    )
    return item.model_copy(update={"key": "ex/which-appliance"})


def test_an_override_repairs_a_quiz_key_by_letter_or_text() -> None:
    """learner5 L55: a wrong key could not be repaired: 'answer = "b"' made the explanation 'b' and kept A ticked.
    correct = "B" (or the option's text, or a list) sets the right option(s); a bare letter in answer = … is read
    so, with a warning naming correct = …; a name that is no option is an error listing the options."""
    from compiler.diagnostics import Diagnostics
    from compiler.overrides import Override, apply

    for wanted in ("B", "b", "(b)", "A television on the mains", ["b"]):
        diag = Diagnostics()
        [fixed] = apply([_quiz()], [Override(item="ex/which-appliance", correct=wanted)], diag)
        assert fixed.correct == "B" and not diag.items, (wanted, diag.items)
    diag = Diagnostics()
    [both] = apply([_quiz()], [Override(item="ex/which-appliance", correct=["C", "b"])], diag)
    assert both.correct == "B,C"
    [said] = apply([_quiz()], [Override(item="ex/which-appliance", answer="b")], diag)
    assert said.correct == "B" and said.answer == []
    assert any('write it as correct = "B"' in w.hint for w in diag.warnings)
    diag = Diagnostics()
    [kept] = apply([_quiz()], [Override(item="ex/which-appliance", correct="E")], diag)
    assert kept.correct == "A"
    [error] = diag.errors
    assert "correct = 'E' names no option of it" in error.message and "B) A television on the mains" in error.hint
