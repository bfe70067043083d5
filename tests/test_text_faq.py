"""Plain-text FAQs (learner L18/L22): a numbered question in *italics* or **bold** hard-wrapped onto a second
line is one question; reStructuredText saved as .txt is read as the Markdown it is converted to (``literals``
are code, ``#.`` items each a question); a sentence that mentions ``TEST = TRUE`` is no formula."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.model import BlockKind
from compiler.sources.lines import looks_like_formula


def test_an_emphasised_question_wrapped_in_plain_text_is_whole(tmp_path: Path) -> None:
    """The front ended with '… a module not' and a raw '*', the back started with 'being found.*'."""
    result = build(drop_in(tmp_path, "wrapped-emphasis.txt"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.question, i.answer_plain()[:30]) for i in result.compiled.items] == [
        ("Compiling fails giving me a cryptic message about a module not being found.", "This usually means the build s"),
        ("Why does my executable not use my custom version of the header?", "The compiler cache still holds"),
        ("How can I find out what all of the make variables are set to?", "Run make help. It prints every"),
    ]
    assert all(b.kind is not BlockKind.formula for i in result.compiled.items for b in i.answer)


def test_restructured_text_saved_as_text_reads_as_its_markdown(tmp_path: Path) -> None:
    """'#.' items (all '1.' once converted) were read as one answer's nested list, fronts were cut at the
    line break, ``TEST=TRUE`` stayed raw and its line became a formula block."""
    result = build(drop_in(tmp_path, "rst-faq.txt"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.section, i.question) for i in items] == [
        (["Building"], "The build fails with a message about a module not being found."),
        (["Building"], "Why does my executable not use my own copy of the header?"),
        (["Building"], "How can I see what all of the make variables are set to?"),
        (["Debugging"], "The code crashes with a floating point exception. How can I get more information?"),
    ]
    last = items[-1]
    assert all(b.kind is BlockKind.html for b in last.answer)
    assert "<code>TEST=TRUE</code>" in last.answer[0].text and "formula" not in last.answer[0].text


def test_a_sentence_with_an_assignment_is_no_formula() -> None:
    assert not looks_like_formula("Check the search path of make, and set TEST = TRUE in the makefile.")
    assert looks_like_formula("Loss = data loss + λ times the sum of squared weights")  # (opens with its equation)
    assert looks_like_formula("F = m a")
