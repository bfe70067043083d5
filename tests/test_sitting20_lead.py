"""Twentieth sitting, lead's checks: answers under list-entry questions keep their shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import deck_of

from compiler.build import build
from compiler.diagnostics import ContentError

CODE_AND_NESTING = """\
# Python questions

- **How do you reverse a list in place?**
  Call its `reverse` method:
  ```python
  def rev(xs):
      xs.reverse()
      return xs
  ```
- **What does `enumerate` return?**
  Pairs of index and item:
  - the index, from 0 by default
    - or from `start`
  - the item
"""

LABEL_POINT = """\
# Top questions

## Most asked

1. **What is the difference between bagging and boosting?**
   - **Answer**:
     - **Bagging**: trains models independently on bootstrap samples and averages them.
     - **Boosting**: trains models one after another, each on the errors of the last.

2. **What is a confusion matrix?**
   - **Answer**: A table of predicted against actual classes.

3. **Why use k-fold cross-validation?**
   - **Answer**: To use every sample for both training and validation.
   - **Example**:
     ```python
     scores = cross_val_score(model, X, y, cv=5)
     ```
"""


def _answers(tmp_path: Path, text: str) -> dict[str, str]:
    content = deck_of(tmp_path, {"qa.md": text})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return {note.fields["Question"]: note.fields["Answer"] for note in result.compiled.deck.notes}


def test_code_under_a_bullet_question_keeps_its_indentation(tmp_path: Path) -> None:
    """Every continuation line was stripped: the function body lost its indent (wrong Python on the card) and a
    sub-list its nesting."""
    answers = _answers(tmp_path, CODE_AND_NESTING)
    code = answers["How do you reverse a list in place?"]
    assert '<span class="line">    <span' in code  # 'xs.reverse()' and 'return xs' four spaces in, as written
    nested = answers["What does <code>enumerate</code> return?"]
    assert "<li>the index, from 0 by default\n<ul>\n<li>or from <code>start</code></li>\n</ul>" in nested


def test_an_answer_label_point_leads_the_answer_instead_of_an_empty_point(tmp_path: Path) -> None:
    """'- **Answer**:' over the answer's points made an empty bullet over them (or a list nested in an empty point)."""
    answers = _answers(tmp_path, LABEL_POINT)
    first = answers["What is the difference between bagging and boosting?"]
    assert "<li></li>" not in first and "<li><ul>" not in first and "Answer" not in first
    assert first.startswith("<ul>\n<li><strong>Bagging</strong>")
    assert "A table of predicted against actual classes." in answers["What is a confusion matrix?"]
    assert "cross_val_score" in answers["Why use k-fold cross-validation?"]


def test_a_line_of_thousands_of_spaces_is_refused_with_its_line_not_a_hang(tmp_path: Path) -> None:
    """A 40 kB page with two lines of 20,000 spaces (or a list nested a thousand deep) kept the build busy for
    minutes in the line rules' regular expressions; it is now an error naming the line, and nothing is written."""
    page = "# Q\n\n### What is a?\n\nAn answer.\n\n### What is b?\n\n" + " " * 20_000 + "indented\n"
    content = deck_of(tmp_path, {"qa.md": page})
    with pytest.raises(ContentError) as exc:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    [error] = [d for d in exc.value.diagnostics if d.severity == "error"]
    assert (error.file, error.line) == ("sources/qa.md", 9)
    assert "20,000 spaces" in error.message and "256" in error.message
    assert not (tmp_path / "build").exists() or not list((tmp_path / "build").glob("*.json"))


def test_a_wide_but_ordinary_indent_still_builds(tmp_path: Path) -> None:
    """Runs up to the limit (a padded table, a deep code indent) are text as before."""
    page = "# Q\n\n### What is a?\n\n```\n" + " " * 200 + "deep\n```\n"
    answers = _answers(tmp_path, page)
    assert "deep" in answers["What is a?"]


def test_a_message_about_an_anki_note_names_its_note_id_not_a_line() -> None:
    """'System Design.apkg:1482325088071: warning: …' read as line 1,482,325,088,071 (trial21 T21-12): a
    message about a package's note says 'note nid:…', what Anki's browser finds, and so do its other places."""
    from compiler.diagnostics import Diagnostics, grouped

    diag = Diagnostics()
    for nid in (1482325088071, 1482325122057):
        diag.warning("sources/System Design.apkg", nid, "a long answer", group="long")
    diag.warning("sources/notes.md", 12, "a long answer", group="long")
    [said] = grouped(diag.warnings)
    assert said.text().startswith("sources/System Design.apkg: warning: a long answer [note nid:1482325088071]")
    assert "also at note nid:1482325122057, sources/notes.md:12" in said.text()


def test_code_under_a_bold_question_stays_under_it_on_the_front(tmp_path: Path) -> None:
    """'**Q: What does this print?**' over its code and '**A:** …': the front showed the code first and the
    question after it (trial21 T21-25); the document's order is kept, as for a heading question."""
    page = '# Py\n\n**Q: What does this print?**\n\n```python\nprint(3 * "ab")\n```\n\n**A:** `ababab`\n'
    [(front, back)] = _answers(tmp_path, page).items()
    assert front.startswith("What does this print?<pre") and "print" in front.split("<pre", 1)[1]
    assert back == "<p><code>ababab</code></p>"


def test_the_same_not_read_problem_in_several_files_is_one_warning_with_its_count(tmp_path: Path) -> None:
    """Eight 'x.metadata.json' sidecars beside their notes gave eight three-line warnings (trial21 T21-28)."""
    files: dict[str, str | Path] = {f"q{n}.md": f"# What is {n}?\n\nThe number {n}.\n" for n in range(3)}
    files |= {f"q{n}.metadata.json": '{"slug": "q", "topics": ["css"], "importance": "high"}' for n in range(3)}
    content = deck_of(tmp_path, files)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    said = [d for d in result.compiled.diagnostics.grouped_warnings if "not a question bank" in d.message]
    assert len(said) == 1 and len(said[0].also) == 2
    assert "[3 times; also at sources/q1.metadata.json, sources/q2.metadata.json]" in said[0].text()


def test_obsidian_style_term_pairs_have_no_colon_left_on_the_front(tmp_path: Path) -> None:
    """'perro:: dog' lines (Obsidian Spaced Repetition's one-line cards) read as pairs split on ': ', so every
    front ended in a colon ('perro:'); '::' is a separator of its own."""
    answers = _answers(tmp_path, "# Spanish\n\nperro:: dog\ngato:: cat\ncasa:: house\n")
    assert answers == {"perro": "<p>dog</p>", "gato": "<p>cat</p>", "casa": "<p>house</p>"}
