"""Markdown reading fixes of the fifteenth sitting (readers): each test a fixture of the shape a finder met."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import Item


def _items(tmp_path: Path, files: dict[str, str], table: str = "") -> list[Item]:
    compiled = build(deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return compiled.items


def _warned(tmp_path: Path, files: dict[str, str], table: str) -> tuple[list[Item], list[str]]:
    compiled = build(deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return compiled.items, [f"{d.file}:{d.line}: {d.message}" for d in compiled.diagnostics.items]


def _markdown(*names: str) -> str:
    return "".join(f'[[source]]\nid = "{n}"\nfile = "sources/{n}.md"\nlayout = "markdown"\n' for n in names)


def test_a_worked_examples_working_is_its_answer(tmp_path: Path) -> None:
    """trial15 T15-34 (severe): a textbook's worked example, a bold question over its working (text and display maths)
    and '**Svar:** 8 ‰': the working went on the FRONT and the back kept only '8 ‰'. A whole question ('?', pointing
    at nothing below) over text and display maths before the label: all of it is the back. A question pointing at the
    formula below keeps it on its front."""
    page = (
        "# Procent\n\n**Hur många promille är 120 g av 15 kg?**\n\nVi gör om 15 kg till gram och får\n\n"
        "$$\n\\frac{120}{15000} = 0{,}008\n$$\n\nSå andelen är\n\n$$\n0{,}008 = 8\\ ‰\n$$\n\n**Svar:** 8 ‰\n\n"
        "**What does the formula below compute?**\n\nRead it aloud:\n\n$$\na = b / c\n$$\n\n**Answer:** a share\n"
    )
    items = _items(tmp_path, {"sv.md": page}, _markdown("sv"))
    assert [i.question for i in items] == ["Hur många promille är 120 g av 15 kg?", "What does the formula below compute?"]
    assert not items[0].stimulus
    assert "Vi gör om 15 kg" in items[0].answer_plain() and "8 ‰" in items[0].answer_plain()
    assert "a = b / c" in " ".join(b.plain() for b in items[1].stimulus)
    assert items[1].answer_plain().strip() == "a share"
