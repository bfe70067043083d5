"""Thirty-fourth sitting, lead: crashes found by fuzzing real documents line by line (never a traceback)."""

from __future__ import annotations

from pathlib import Path

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.sources import readers
from compiler.sources.base import Document

DATA = Path(__file__).parent / "data" / "fuzz"


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


def test_an_option_of_markup_alone_shows_as_written_in_a_numbered_quiz() -> None:
    """'- <span style="color:red">' (a colour tag whose text went missing) is an option with no text once its
    markup is gone: the numbered layout stopped with a pydantic ValidationError; it shows as written."""
    text = (DATA / "option-markup-alone.md").read_text(encoding="utf-8")  # colour-key.md, mutated by the fuzzer
    items = _read("quiz.md", text, "numbered")
    second = items[1]
    assert [c.text for c in second.choices] == ["network", "DHCP", '<span style="color:red">', "ICMP"]
