"""The plainest notes as .txt (learner L37): a line that asks over its answer, no heading, number or label, gave
"cannot tell this document's layout" and stopped the build; the guessed pattern reads them."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build


def test_plain_question_lines_in_a_text_file_are_cards(tmp_path: Path) -> None:
    result = build(drop_in(tmp_path, "plain-questions.txt"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.question, " ".join(i.answer_plain().split())) for i in result.compiled.items] == [
        ("What is the function of the ribosome?", "It synthesizes proteins by translating mRNA."),
        ("What is the function of the Golgi apparatus?", "It modifies, sorts and packages proteins for secretion."),
        ("What is the role of the lysosome?", "It digests worn-out organelles and macromolecules with hydrolytic enzymes."),
    ]
    assert any("(?P<question>" in w.snippet for w in result.compiled.diagnostics.warnings)  # the table to paste
