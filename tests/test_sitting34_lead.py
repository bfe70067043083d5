"""Thirty-fourth sitting, lead: crashes found by fuzzing real documents line by line (never a traceback)."""

from __future__ import annotations

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.sources import readers
from compiler.sources.base import Document


def _read(name: str, text: str, layout: str = "markdown") -> list:
    doc = Document(f"sources/{name}", text)
    return readers()[layout].read(doc, SourceConfig(id="doc", file=doc.rel, layout=layout), Diagnostics())


def test_a_bold_question_with_its_answer_on_the_last_line_without_a_newline_is_a_card() -> None:
    """'**Q: …?** A: …' split into question and answer puts the answer on the next line: a file with no
    newline at its end has none, and the reader stopped with an IndexError."""
    line = "**Q: What is an extension function?** A: A function added to a type without inheriting from it."
    for text in (line, line + "\n"):
        [item] = _read("kotlin.md", text)
        assert item.question == "What is an extension function?"
        assert "without inheriting from it" in item.answer[0].text
