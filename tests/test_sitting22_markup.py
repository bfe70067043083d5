"""Twenty-second sitting, markup: how the Markdown reading treats embedded HTML, heading cards, folders of one-question
files and exercise pages (trial21 T21-20 …, trial22 findings). Fixtures are small snippets in the documents' shapes."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import plain_text as _plain

# --- T21-20: questions wrapped in '<div dir="rtl">' ---------------------------------------------------------------

RTL_QUIZ = """# JavaScript questions

---

1. What is the output?

```javascript
console.log(typeof null);
```

- A: `"null"`
- B: `"object"`

<details><summary><b>Answer</b></summary>
<p>

<div dir='rtl'>
Answer: B

`typeof null` is a historical bug.

</p>
</details>
</div>

---

<div dir='rtl'>
2. What are the three phases of event propagation?
</div>

- A: Target > Capturing > Bubbling
- B: Capturing > Target > Bubbling

<details><summary><b>Answer</b></summary>
<p>
<div dir='rtl'>
Answer: B

Capturing comes **first**.

</p>
</details>
</div>

---
<div dir="rtl" align="right">
3. Do all objects have prototypes?
</div>

- A: true
- B: false

<details><summary><b>Answer</b></summary>
<p>
<div dir='rtl'>
Answer: B

The base object has none.
</p>
</details>
</div>
"""


def test_questions_in_a_direction_div_are_read(tmp_path: Path) -> None:
    """trial21 T21-20 (lydia-js, Arabic translation): a question line wrapped in '<div dir="rtl">' … '</div>' was raw
    HTML to CommonMark (an HTML block runs to the next blank line), so no question: 11 of 63 lost, only in 'text outside
    any question'. A div of text direction or alignment is layout: every question reads, and no back starts with the
    empty paragraph and the boxed key line the unbalanced '</div>' left."""
    notes, skipped, _ = _built(tmp_path, {"quiz.md": RTL_QUIZ})
    assert skipped == []
    fronts = sorted(_plain(n["fields"]["Question"]).split(" console")[0] for n in notes)
    assert fronts == [
        "Do all objects have prototypes?",
        "What are the three phases of event propagation?",
        "What is the output?",
    ]
    for note in notes:
        back = note["fields"]["Explanation"]
        assert back.startswith("<p>") and not back.startswith("<p>\n</p>"), back
        assert "<div" not in back and "Answer" not in back, back
    assert {n["fields"]["Correct"].split(")")[0] for n in notes} == {"B"}
    second = next(n for n in notes if "phases" in n["fields"]["Question"])
    assert "<strong>first</strong>" in second["fields"]["Explanation"]  # (Markdown, no longer raw HTML text)


def test_layout_divs_leave_other_html_whole() -> None:
    """A layout div goes only where it starts an HTML block (or a toggle's body), its closer only where its block ends:
    a div inside a table cell, a div with a class (a reader may look for it) and code stay as written."""
    from compiler.sources.markdown_blocks import layout_divs

    table = "<table>\n<tr><td>\n<div dir=\"rtl\">\nنص\n</div>\n</td></tr>\n</table>\n"
    assert layout_divs(table) == table
    classed = "<div class=\"answer\">\nText\n</div>\n"
    assert layout_divs(classed) == classed
    fenced = "```html\n<div dir=\"rtl\">\nx\n</div>\n```\n"
    assert layout_divs(fenced) == fenced
    assert layout_divs("Intro\n\n<div align=center>\n1. Why?\n</div>\n\nBecause.\n") == "Intro\n\n\n1. Why?\n\n\nBecause.\n"


def test_arabic_answer_word_with_its_hamza_written_either_way(tmp_path: Path) -> None:
    """'الأجابة' ("the answer", its hamza written above the alef as often as below) titles the answer toggle as 'الإجابة'
    does: the toggle's title is no explanation on the back (trial21 T21-20, item 21 of the Arabic quiz)."""
    page = RTL_QUIZ.replace("<b>Answer</b>", "<b>الأجابة</b>")
    notes, _, _ = _built(tmp_path, {"quiz.md": page})
    assert len(notes) == 3
    for note in notes:
        assert "الأجابة" not in note["fields"]["Explanation"], note["fields"]["Explanation"]
