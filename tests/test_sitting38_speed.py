"""Issue 13, thirty-eighth sitting: the test suite's time.

Two things made the suite slow that a user pays for too: the question-and-answer reader looked ahead for the next
question by matching every line below each line it read (quadratic on a long page of short lines: most of the
pathological-megabyte check's time), and every process a test started compiled deckc's sources again (the shell's
``PYTHONDONTWRITEBYTECODE=1``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.sources import pattern, readers
from compiler.sources.base import Document


class _CountingPattern:
    """A compiled pattern that counts its ``match`` calls (everything else is the pattern's own)."""

    def __init__(self, inner: Any) -> None:
        self.inner, self.calls = inner, 0

    def match(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        return self.inner.match(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _item_matches(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """How many times the qa reader matched its item pattern reading ``text``, and how many items it gave."""
    made: list[_CountingPattern] = []
    real = pattern._Walk.__init__

    def counted(self: Any, *args: Any, **kwargs: Any) -> None:
        real(self, *args, **kwargs)
        self.item = _CountingPattern(self.item)
        made.append(self.item)

    with monkeypatch.context() as patch:
        patch.setattr(pattern._Walk, "__init__", counted)
        doc = Document("sources/doc.txt", text)
        items = readers()["qa"].read(doc, SourceConfig(id="doc", file=doc.rel, layout="qa"), Diagnostics())
    return sum(m.calls for m in made), len(items)


def _indented_list(lines: int) -> str:
    """The hostile-sources check's 'deep indented list': ``- y`` indented one more space on each line."""
    return "".join(" " * depth + "- y\n" for depth in range(lines))


def test_the_look_ahead_for_the_next_question_matches_each_line_a_few_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each short line that could lead a passage looked for the next question by matching every line below it:
    200 lines took 20,897 matches, 400 took 81,797. The item lines are found once now: a few matches a line, twice
    the lines twice the matches."""
    small, small_items = _item_matches(monkeypatch, _indented_list(200))
    large, large_items = _item_matches(monkeypatch, _indented_list(400))
    assert small <= 10 * 200 and large <= 10 * 400, (small, large)
    assert large <= 2.2 * small, (small, large)
    assert small_items == large_items == 0  # (no question on such a page)


def test_the_next_question_looked_ahead_for_is_the_one_a_scan_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    """A lead-in naming the questions below it ('Questions 2 to 3 refer to the passage below.') still puts its passage
    on their fronts, and from every line the index of item lines gives the match a scan of the lines below gives
    (with a number or any)."""
    text = (
        "1. What is the capital of France?\nA) Paris\nB) Lyon\nAnswer: A\n\n"
        "Questions 2 to 3 refer to the passage below.\n\n"
        "The Nile is a river in Africa. It flows north into the Mediterranean Sea.\n\n"
        "2. Which way does the Nile flow?\nA) North\nB) South\nAnswer: A\n\n"
        "3. Into which sea does it flow?\nA) The Red Sea\nB) The Mediterranean\nAnswer: B\n"
    )
    walks: list[Any] = []
    real = pattern._Walk.__init__

    def kept(self: Any, *args: Any, **kwargs: Any) -> None:
        real(self, *args, **kwargs)
        walks.append(self)

    monkeypatch.setattr(pattern._Walk, "__init__", kept)
    doc = Document("sources/doc.txt", text)
    diag = Diagnostics()
    items = readers()["numbered"].read(doc, SourceConfig(id="doc", file=doc.rel, layout="numbered"), diag)
    assert [(i.number, i.correct, bool(i.stimulus)) for i in items] == [("1", "A", False), ("2", "A", True), ("3", "B", True)]
    assert all("The Nile is a river" in i.stimulus[0].text for i in items[1:]) and not diag.items
    [walk] = walks
    assert walk.item_lines is not None, "the look-ahead was asked"
    for start in range(len(walk.lines) + 1):
        for numbered in (False, True):
            scan = next(
                (m for line in walk.lines[start:] if (m := walk.item.match(line)) and (not numbered or m.groupdict().get("number"))),
                None,
            )
            found = walk._next_item(start, numbered)
            assert (found.string, found.span()) == (scan.string, scan.span()) if scan else found is None, (start, numbered)


def test_the_suite_and_the_processes_it_starts_write_bytecode() -> None:
    """tests/conftest.py drops PYTHONDONTWRITEBYTECODE: a deckc process a test starts reads deckc's compiled
    modules instead of compiling ~200 sources again (about a second of CPU each)."""
    assert "PYTHONDONTWRITEBYTECODE" not in os.environ and not sys.dont_write_bytecode
    said = subprocess.run([sys.executable, "-c", "import sys; print(sys.dont_write_bytecode)"], capture_output=True, text=True, check=True)
    assert said.stdout.strip() == "False"
