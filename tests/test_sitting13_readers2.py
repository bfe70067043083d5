"""Thirteenth sitting, readers2: layout detection, numbered and pattern layouts, answer keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import deck_of

from compiler.build import build

TITLED_QUIZ = """# Cell biology check

A short quiz on chapter 2.

---

## Question 1: Organelles (Easy)

**From:** Chapter 2 - The Cell
**Type:** Multiple Choice

Which organelle makes most of a cell's ATP?

A) Nucleus
B) Mitochondrion
C) Ribosome

---

## Question 2: Transport (Medium)

**From:** Chapter 2 - The Cell
**Type:** Short Answer

What is the movement of water across a membrane called?

**Your answer:** ____________

---

## Question 3: Reading code (Hard)

**Type:** Multiple Choice

What does this print?

```python
print(len("cell"))
```

A) 3
B) 4
C) 5

---

{open}
## Answer Key

### Question 1
**Answer:** B) Mitochondrion

**Explanation:** Aerobic respiration happens there.

---

### Question 2
**Answer:** Osmosis

---

### Question 3
**Answer:** B) 4
{close}
"""


@pytest.mark.parametrize("toggle", [True, False])
def test_questions_under_numbered_topic_headings_are_keyed_by_number(tmp_path: Path, toggle: bool) -> None:
    """lead G4 (severe): '## Question N: Title (Easy)' / '**From:** …' '**Type:** …' / the question / 'A)' … options or
    '**Your answer:** ____', then (in a <details> toggle or not) '## Answer Key' / '### Question N' / '**Answer:** …'
    / '**Explanation:** …' was read by its headings: each title a front, the question and options its back, the whole
    key glued onto the last question. Now each heading's question is a note keyed by its number: multiple choice
    with the key's option marked, an open question answered by the key's text; the title is the section, its
    bracketed level the difficulty, the details lines and the blank to write in on no card."""
    page = TITLED_QUIZ.format(
        open="<details>\n<summary><strong>Show the answers</strong></summary>\n" if toggle else "",
        close="\n</details>" if toggle else "",
    )
    compiled = build(deck_of(tmp_path, {"cells.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [(i.kind, i.correct) for i in items] == [("multiple_choice", "B"), ("basic", None), ("multiple_choice", "B")]
    assert [i.question for i in items] == [
        "Which organelle makes most of a cell's ATP?",
        "What is the movement of water across a membrane called?",
        "What does this print?",
    ]
    assert [i.section[-1] for i in items] == ["Organelles", "Transport", "Reading code"]
    assert [i.difficulty for i in items] == ["easy", "medium", "hard"]
    assert "Osmosis" in items[1].answer[0].text and len(items[1].answer) == 1
    assert "Aerobic respiration" in items[0].answer[0].text and "Explanation" not in items[0].answer[0].text
    assert "len" in " ".join(b.text for b in items[2].stimulus)
    texts = " ".join(b.text for i in items for b in [*i.answer, *i.stimulus]) + " ".join(i.question for i in items)
    for gone in ("Answer Key", "From:", "Type:", "Your answer", "____", "details", "summary"):
        assert gone not in texts
    assert not [w for w in compiled.diagnostics.warnings if "not listed" not in w.message]

