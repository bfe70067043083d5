"""Moodle GIFT quizzes (learner2 M38): every question type a card of the right kind, at its own line."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import ItemKind
from compiler.sources.gift import convert_gift

QUIZ = """// Biology quiz in Moodle GIFT format
$CATEGORY: Biology/Cells

::Q1:: Which organelle performs cellular respiration? {
=Mitochondrion#Right: it makes ATP.
~Ribosome#No: it makes proteins.
~Golgi apparatus
}

::Q2:: The cell membrane is made mainly of phospholipids. {TRUE}

::Q3:: DNA is found in the {=nucleus =nucleoid} of the cell.

::Q4:: Photosynthesis takes place in the {~mitochondria =chloroplasts ~ribosomes}.

::Q5:: What is pi to two decimals? {#3.14:0.005}

::Q6:: Match the organelle to its job. {
=Ribosome -> proteins
=Mitochondrion -> ATP
}

::Q7:: Write an essay about cells. {}

::Q8:: Which is a \\{braced\\} word? {=one ~two####The braces are escaped.}
"""


def test_every_gift_question_type_is_a_card(tmp_path: Path) -> None:
    content = deck_of(tmp_path, {"quiz.gift": QUIZ})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = {i.locator.line: (i.kind, i.question, i.correct, i.answer_plain(), i.section) for i in result.compiled.items}
    assert got[4][:3] == (ItemKind.multiple_choice, "Which organelle performs cellular respiration?", "A")
    assert "Mitochondrion: Right: it makes ATP." in got[4][3] and got[4][4] == ["Cells"]
    assert got[10][:3] == (ItemKind.multiple_choice, "The cell membrane is made mainly of phospholipids. True or false?", "A")
    assert got[12][1:4] == ("DNA is found in the _____ of the cell.", None, "nucleus\nAlso accepted: nucleoid")
    assert got[14][:3] == (ItemKind.multiple_choice, "Photosynthesis takes place in the _____.", "B")
    assert got[16][1] == "What is pi to two decimals?" and got[16][3] == "3.14 (± 0.005)"
    assert got[18][1] == "Match the organelle to its job." and "Ribosome → proteins" in got[18][3]
    assert got[25][1] == "Which is a {braced} word?" and "The braces are escaped." in got[25][3]
    assert 23 not in got  # the essay: nothing to learn, said once
    said = [d.text() for d in result.compiled.diagnostics.items]
    assert any("quiz.gift:23" in s and "GIFT question not read: an essay question" in s for s in said)


def test_a_gift_file_saved_as_text_is_read_too() -> None:
    made = convert_gift(QUIZ.split("\n"), "sources/quiz.gift.txt")
    assert made.text.startswith("## Cells\n\n### Which organelle performs cellular respiration?")
    assert len(made.origin) == made.text.count("\n") + 1
