"""Markdown reading fixes of the eleventh sitting (readers): each test a fixture of the shape a finder met."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import ItemKind

BROKEN_TABLE = """# Quiz

| # | Question | A | B | C | D | Answer | DOK |
|---|----------|---|---|---|---|--------|-----|
| 1 | In Python, which symbol starts a comment? | // | /* | # | -- | C | 1 |
| 2 | Convert binary 1010 to decimal: | 8 | 10 | 12 | 5 | B | 2 |
| 3 | Trace this code. What will it print?
```
x = 5
if x > 3:
    print("A | B")
```
| A \\| B | B | C | A and B | A | 3 |
| 4 | A student writes pseudocode for a loop (not real code):
Which keyword begins a conditional block? | loop | when | if | check | C | 1 |
| 5 | A function is defined with the keyword: | call | define | function | def | D | 1 |

## Standards Covered

| Standard | Description | Questions |
|----------|-------------|-----------|
| 2.3.1 | Binary/hex conversion | Q5, Q17 |
| 5.3.4 | Conditional statements | Q6, Q9 |
| 5.5.5 | Comments | Q1 |
"""


def test_a_table_row_broken_by_a_code_fence(tmp_path: Path) -> None:
    """trial11 P77 (severe): a multiple-choice table whose question cell holds a code fence (the row goes on after
    it) or goes on on the next line: GFM ends the table there, so that row was skipped ('Answer cell empty') and
    every later row lost; a '| Standard | Description | Questions |' table of the quiz's question numbers made junk
    cards. The broken row is joined (its code shown with the question), the rows after it read, the map no cards."""
    compiled = build(deck_of(tmp_path, {"quiz.md": BROKEN_TABLE}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [(i.kind, i.correct) for i in items] == [(ItemKind.multiple_choice, c) for c in "CBACD"]
    assert items[2].question == "Trace this code. What will it print?"
    assert [b.plain() for b in items[2].stimulus] == ['x = 5\nif x > 3:\n    print("A | B")']
    assert items[2].stimulus_after
    assert items[3].question.endswith("(not real code): Which keyword begins a conditional block?")
    assert [i.locator.line for i in items] == [5, 6, 7, 14, 16]
