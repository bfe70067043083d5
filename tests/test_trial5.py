"""Trial 5 (new user, unseen documents): reader findings, each on a small document written for it
(tests/data/newuser/) dropped into content/sources/ and built the way a new user would."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.model import BlockKind


def test_a_quoted_cell_wrapped_onto_a_line_with_a_comma_is_one_field(tmp_path: Path) -> None:
    """Trial 5 NEW 1 and 2: a spreadsheet cell wrapped onto a line holding a comma was taken for a quote
    never closed (a made-up card 'index'), and a wrapped cell went through the plain-text line rules
    ('from keys to values.' became Python code, 'An ordered / sequence' a list)."""
    content = drop_in(tmp_path, "wrapped-cells.csv")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert not [w for w in result.compiled.diagnostics.warnings if "quote" in w.message]
    items = result.compiled.items
    assert [(i.locator.line, i.question) for i in items] == [
        (2, "What is a list?"),
        (4, "What is a dict?"),
        (6, "What is a tuple?"),
        (8, "Which collections are built in?"),
        (14, "How do you copy a list?"),
        (18, "What is a set?"),
    ]
    shapes = [[(b.kind, b.text or b.items) for b in i.answer] for i in items]
    assert shapes[0] == [(BlockKind.text, "A mutable ordered sequence of items that you can index, slice and append to.")]
    assert shapes[1] == [(BlockKind.text, "A mapping from keys to values.")]
    assert shapes[2] == [(BlockKind.text, "An ordered sequence")]
    # marks typed on purpose keep their structure: bullets, a blank line, a code fence
    assert shapes[3] == [
        (BlockKind.text, "Four of them:"),
        (BlockKind.bullets, ["list", "dict, a mapping", "set"]),
        (BlockKind.text, "See the docs."),
    ]
    assert shapes[4] == [(BlockKind.text, "Slice it:"), (BlockKind.code, "b = a[:]")]
    assert items[4].answer[1].lang == "python"


def test_a_quote_closed_wrongly_still_reads_the_rows_it_swallowed(tmp_path: Path) -> None:
    """The 'never closed' fallback fires where csv would: a stray quote that a later quote 'closes' with
    text after it ('"Gamma" x') swallowed two rows; they are read line by line, with the warning."""
    content = drop_in(tmp_path)
    (content / "sources" / "cards.tsv").write_text(
        'What is A?\t"Alpha\nWhat is B?\tBeta\nWhat is C?\t"Gamma" (the third)\nWhat is D?\tDelta\n', encoding="utf-8"
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.locator.line, i.question) for i in result.compiled.items] == [
        (1, "What is A?"),
        (2, "What is B?"),
        (3, "What is C?"),
        (4, "What is D?"),
    ]
    [warning] = [w for w in result.compiled.diagnostics.warnings if "quote" in w.message]
    assert warning.line == 1
