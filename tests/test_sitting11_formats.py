"""Eleventh sitting, formats helper: findings of trial11, learner4 and the new finders (trial12, learner5)."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import Item


def _items(tmp_path: Path, files: dict[str, str], table: str = "") -> list[Item]:
    compiled = build(deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return [i for i in compiled.items if not i.skip]


CLASSED_QUIZ_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Network exam</title></head><body>
<h1>Network exam, morning paper</h1>
<div class="block">
  <p class="question">（1） is memory addressed by content.&emsp;<a class="search" href="https://www.example.com/s?wd=%EF%BC%881%EF%BC%89%20is%20memory%20addressed%20by%20content.">Search</a></p>
  <p class="one-line-choice"><span class="number">（1）</span>
    <span class="choice false">A．Virtual memory</span>
    <span class="choice true">B．Associative memory
    </span>
    <span class="choice false">C．Cache</span>
  </p>
  <div class="explain"><p class="explain-header">试题解析：</p><p>Associative memory is read by its content.<br>参考答案：B</p></div>
</div>
<div class="block">
  <p class="question">The critical path is （2） and task A may start （3） days late.</p>
  <p class="choice header_choice false"><span class="number">（2） </span>A．A-G-I</p>
  <p class="choice true">&emsp;B．B-E-G-I</p>
  <p class="choice false">C．C-F-H-I</p>
  <p class="one-line-choice"><span class="number">（3）</span>
    <span class="choice false">A．0</span><span class="choice true">B．2</span><span class="choice false">C．5</span></p>
  <div class="explain"><p>The longest path takes 20 days.</p></div>
</div>
<table><tr><th>Feature</th><td class="true">yes</td><td class="false">no</td></tr></table>
</body></html>
"""


def test_a_quiz_page_whose_option_classes_say_right_and_wrong_is_multiple_choice(tmp_path: Path) -> None:
    """trial11 P45 (severe): a saved exam page (<p class="question">, options <span class="choice true|false">,
    an explanation with '参考答案：B') was ONE junk card. Options classed right/wrong are a question's options, the
    right one ticked; the text before them its question (its '（1）' the blank); a second group under one question
    its next blank; a link searching the web for the question is furniture; a table's true/false cells stay."""
    items = _items(tmp_path, {"exam.html": CLASSED_QUIZ_HTML})
    mc = [i for i in items if i.choices]
    assert [i.question for i in mc] == [
        "（____） is memory addressed by content.",
        "The critical path is （____） and task A may start （3） days late.",
        "The critical path is （2） and task A may start （____） days late.",
    ], [i.question for i in items]
    assert [i.correct for i in mc] == ["B", "B", "B"]
    assert [c.text for c in mc[0].choices] == ["Virtual memory", "Associative memory", "Cache"]
    assert mc[0].answer_plain() == "Associative memory is read by its content."  # (its '试题解析：' label is layout)
    assert [c.text for c in mc[2].choices] == ["0", "2", "5"]
    assert not any(c.text in ("yes", "no") for i in mc for c in i.choices)
