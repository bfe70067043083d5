"""Markdown reading fixes of the sixteenth sitting (readers): each test a fixture of the shape a finder met."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import Item


def _warned(tmp_path: Path, files: dict[str, str], table: str) -> tuple[list[Item], list[str]]:
    compiled = build(
        deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000
    ).compiled
    assert compiled is not None
    return compiled.items, [f"{d.file}:{d.line}: {d.message}" for d in compiled.diagnostics.items]


def _markdown(*names: str) -> str:
    return "".join(f'[[source]]\nid = "{n}"\nfile = "sources/{n}.md"\nlayout = "markdown"\n' for n in names)


def test_a_lesson_title_over_a_labelled_question_is_its_section(tmp_path: Path) -> None:
    """trial15 T15-72 (regression of T15-53's fix): '## Lesson 1.1 — Ano ang "use client"?' over '**Tanong:** …?' /
    '**Sagot:** …' gave the front 'Lesson 1.1 — … **Question:** Bakit …?'. A numbered lesson's title that asks is the
    card's section; the labelled question is the front. A question heading ('### Q4. …？') keeps T15-53's reading."""
    page = (
        '## Lesson 1.1 — Ano ang `"use client"`?\n\n**Tanong:** Bakit may error kapag nag-lagay ako ng onClick?\n\n'
        "**Sagot:** Server Components ang default.\n\n## Lesson 1.2 — Text Input\n\n**Tanong:** Paano makuha ang text?\n\n"
        "**Sagot:** Gumamit ng controlled input.\n\n### Q4. 为什么叫 Kafka？\n\n**问：** 这名字哪来的？\n\n**答：** 来自作家 Franz Kafka。\n"
    )
    items, warned = _warned(tmp_path, {"tl.md": page}, _markdown("tl"))
    assert [i.question for i in items] == [
        "Bakit may error kapag nag-lagay ako ng onClick?",
        "Paano makuha ang text?",
        "为什么叫 Kafka？",
    ]
    assert items[0].section[-1].startswith("Lesson 1.1 — Ano ang")
    assert items[0].answer_plain().strip() == "Server Components ang default."
    assert not [w for w in warned if "no answer" in w]
