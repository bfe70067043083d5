"""reStructuredText documents (.rst, .rest, Sphinx's .rst.txt) dropped into sources/ are read as the
Markdown they convert to (trial8 H5: a Sphinx FAQ was 'not read', and saved as .md its '~~~~'
underlines opened a code fence).

Fixtures: tests/data/newuser/rst/sphinx-faq.rst (written here, in the shape of a Sphinx project's
faq.rst) and tests/data/newuser/public/rpki-faq.rst (NLnetLabs/rpki-faq, BSD-3-Clause; provenance in
tests/data/newuser/README.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import deck_of as deck

from compiler.build import build
from compiler.diagnostics import ContentError
from compiler.sources.rst import convert_rst

DATA = Path(__file__).parent / "data" / "newuser"
RAW = re.compile(r":(?:ref|func|class|math|doc):`|``|`_|\.\. |<https?://|\|project\|")


def built(content: Path, out: Path) -> tuple[dict[str, dict], list[str]]:  # type: ignore[type-arg]
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    manifest = json.loads((out / "mine.json").read_text(encoding="utf-8"))
    notes = {n["fields"]["Question"]: n for n in manifest["notes"]}
    return notes, [d.text() for d in result.compiled.diagnostics.items]


def md(text: str) -> list[str]:
    made = convert_rst(text.split("\n"), "sources/x.rst")
    lines = made.text.split("\n")[:-1]
    assert len(lines) == len(made.origin)
    return lines


# --- the conversion, rule by rule -------------------------------------------------------------------


def test_titles_take_their_level_from_the_order_their_style_first_appears() -> None:
    made = convert_rst((DATA / "rst" / "sphinx-faq.rst").read_text(encoding="utf-8").split("\n"), "x.rst")
    text = made.text.split("\n")
    headings = [(made.origin[k], line) for k, line in enumerate(text) if line.startswith("#")]
    assert headings[:4] == [
        (4, "# Frequently asked questions"),  # '#' over and under: the first style
        (14, "## Installation"),
        (17, "### How do I install Widget?"),  # (|project| replaced)
        (26, "### Which Python versions are supported?"),
    ]
    assert md("A\n~~~~\n\nB\n----\n\nC\n~~~~\n") == ["# A", "", "## B", "", "# C"]


def test_literal_blocks_code_blocks_and_sessions_are_code() -> None:
    assert md("The call is::\n\n    f(1)\n\nText ::\n\n  g()\n\n::\n\n  h()\n") == [
        "The call is:", "", "```", "f(1)", "```", "", "Text", "", "```", "g()", "```", "", "```", "h()", "```",
    ]  # fmt: skip
    assert md(".. code-block:: python\n   :linenos:\n\n   x = 1\n\n   y = 2\n") == ["```python", "x = 1", "", "y = 2", "```"]
    assert md(">>> 1 + 1\n2\n") == ["```pycon", ">>> 1 + 1", "2", "```"]


def test_inline_markup_reads_as_markdown() -> None:
    line = md(
        "Use ``pip``, :ref:`the guide <install>`, :ref:`faq`, :func:`~a.b.load`, :class:`Frame`, "
        "`docs <https://example.org/>`_, `Frames`_, PEP_, :pep:`8`, :math:`x^2`, costs $5 <b>[1]_.\n"
    )
    assert line == [
        "Use `pip`, the guide, faq, `load()`, `Frame`, [docs](https://example.org/), Frames, PEP, PEP 8, "
        "\\(x^2\\), costs \\$5 \\<b>."
    ]


def test_admonitions_are_quotes_with_their_label_and_what_holds_no_study_text_is_left_out() -> None:
    text = ".. _target:\n\n.. contents::\n   :local:\n\n.. a comment\n   on two lines\n\n.. note::\n\n   One.\n\n   Two.\n\n.. warning:: Careful.\n"
    assert md(text) == ["> **Note:** One.", ">", "> Two.", "", "> **Warning:** Careful."]
    assert md(".. versionadded:: 2.0\n   The *fast* mode.\n") == ["> **New in version 2.0:** The *fast* mode."]
    assert md(".. tip:: One long\n   sentence.\n") == ["> **Tip:** One long", "> sentence."]
    assert md(".. image:: pic.png\n   :alt: A pic\n") == ["![A pic](pic.png)"]
    assert md(".. math::\n\n   a = b\n") == ["$$", "a = b", "$$"]


def test_lists_tables_fields_and_definitions() -> None:
    assert md("- one\n- two\n\n  * nested\n\n#. first\n#. second\n") == [
        "- one", "- two", "", "  - nested", "", "1. first", "1. second",
    ]  # fmt: skip
    assert md("+-----+-----+\n| A   | B   |\n+=====+=====+\n| 1   | two |\n|     | ln  |\n+-----+-----+\n") == [
        "| A | B |", "|---|---|", "| 1 | two ln |",
    ]  # fmt: skip
    assert md(":Author: Me\n") == ["**Author:** Me"]
    assert md("Term\n   Its definition.\n\nOther\n   More.\n") == ["Term", ": Its definition.", "", "Other", ": More."]
    assert md("Sec\n===\n\nWhy?\n   Because.\n\nHow?\n   So.\n")[2:] == ["## Why?", "", "Because.", "", "## How?", "", "So."]
    assert md("A. Smith wrote it\nin 1990.\n") == ["A. Smith wrote it", "in 1990."]  # no list
    assert md("Intro:\n\n    Quoted text.\n") == ["Intro:", "", "> Quoted text."]


# --- whole documents -------------------------------------------------------------------------------


def test_a_sphinx_faq_builds_with_no_config(tmp_path: Path) -> None:
    content = deck(tmp_path, {"faq.rst": DATA / "rst" / "sphinx-faq.rst"})
    notes, said = built(content, tmp_path / "build")
    assert sorted(notes) == [
        "Frame",
        "Frame rate",
        "How do I install Widget?",
        "How is the score computed?",
        "What does <code>widget.load()</code> return?",
        "Which Python versions are supported?",
        "Which formats can it read?",
    ]
    for question, note in notes.items():
        assert not RAW.search(question + note["fields"]["Answer"]), (question, note["fields"]["Answer"])
    install = notes["How do I install Widget?"]
    assert install["items"][0]["line"] == 17  # the .rst file's own line
    assert 'href="https://pypi.org/project/widget/"' in install["fields"]["Answer"]
    assert "install<" in install["fields"]["Answer"] and "widget" in install["fields"]["Answer"]  # a one-line console block
    assert "<strong>Note:</strong> Python 3.9" in notes["Which Python versions are supported?"]["fields"]["Answer"]
    score = notes["How is the score computed?"]["fields"]["Answer"]
    assert "\\(s = \\frac{a}{b}\\)" in score and "\\[s = \\sum" in score
    assert "<table>" in notes["Which formats can it read?"]["fields"]["Answer"]
    assert any(t.endswith("::usage") for t in notes["How is the score computed?"]["tags"])
    assert any(t.endswith("::glossary") for t in notes["Frame rate"]["tags"])
    assert any("faq.rst:77" in m and ".. include:: ../README.rst is not followed" in m for m in said), said
    assert not any("not read" in m for m in said)


def test_the_public_rpki_faq_gives_every_question(tmp_path: Path) -> None:
    content = deck(tmp_path, {"rpki-faq.rst": DATA / "public" / "rpki-faq.rst"})
    notes, _ = built(content, tmp_path / "build")
    assert len(notes) == 23
    for question, note in notes.items():
        assert question.endswith("?") and not RAW.search(question + note["fields"]["Answer"]), question
    fetch = next(n for q, n in notes.items() if q.startswith("How often should I fetch"))
    assert fetch["items"][0]["line"] == 118
    assert '<a href="https://tools.ietf.org/html/rfc7115#section-3"' in fetch["fields"]["Answer"]
    sections = {t.rsplit("::", 1)[1] for n in notes.values() for t in n["tags"] if "::section::" in t}
    assert sections == {"rpki-mechanism", "operations-and-impact", "miscellaneous"}


def test_messages_name_the_rst_files_own_line_and_rst_txt_is_read_as_rst(tmp_path: Path) -> None:
    text = "FAQ\n===\n\n.. note:: read me\n\nWhat is A?\n----------\n\nIt is A.\n\nWhat is B?\n----------\n\n.. todo: write it\n"
    content = deck(tmp_path, {"faq.rst.txt": text})
    notes, said = built(content, tmp_path / "build")
    assert list(notes) == ["What is A?"]
    assert any(m.startswith("sources/faq.rst.txt:11:") and "no answer" in m for m in said), said


def test_a_markdown_file_named_rst_is_a_clear_error(tmp_path: Path) -> None:
    content = deck(tmp_path, {"notes.rst": "Some intro.\n\n## What is A?\n\nIt is A.\n"})
    with pytest.raises(ContentError) as exc:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    text = "\n".join(d.text() for d in exc.value.diagnostics)
    assert "sources/notes.rst:3" in text and "not reStructuredText" in text and "rename it notes.md" in text
    assert not (tmp_path / "build" / "mine.json").exists()


def test_blocks_nested_hundreds_deep_read_as_text() -> None:
    """A hostile staircase (each line one space deeper: a block quote in a block quote …) is no RecursionError."""
    made = convert_rst([" " * k + f"line {k}" for k in range(3000)], "sources/x.rst")
    assert len(made.text.split("\n")[:-1]) == len(made.origin) and "line 2999" in made.text


def test_rst_saved_as_text_is_read_as_rst(tmp_path: Path) -> None:
    """A Sphinx FAQ saved as faq.txt (trial8 H5: 'cannot tell this document's layout', raw links and roles on
    the backs) reads as the .rst does; a text file without reStructuredText's marks stays text."""
    notes, _ = built(deck(tmp_path, {"faq.txt": DATA / "public" / "rpki-faq.rst"}), tmp_path / "build")
    assert len(notes) == 23
    for question, note in notes.items():
        assert not RAW.search(question + note["fields"]["Answer"]), question
    assert next(n for q, n in notes.items() if q.startswith("How often should I fetch"))["items"][0]["line"] == 118
    from compiler.sources.rst import looks_like_rst

    assert looks_like_rst((DATA / "rst" / "sphinx-faq.rst").read_text(encoding="utf-8"))
    assert not looks_like_rst("Notes\n=====\n\nQ: What is ``x``?\nA: A name.\n")  # one mark of one kind
    assert not looks_like_rst("Use `a <b>`_ and :func:`f` here.\n")  # no underlined title


def test_table_cells_holding_maths_and_pictures_and_list_tables() -> None:
    """learner2 M19: a grid table's '.. math::' cell (a cases formula over lines) and '.. image::' cell came
    out raw with the '\\\\' between the cases lost, its 'Function | Derivative' row under an empty header;
    a '.. list-table::' was a nested bullet list."""
    from compiler.sources.rst import convert_rst

    def grid(rows: list[list[str]]) -> str:  # cells padded to the borders, as an editor aligns them
        rule = "+" + "-" * 42 + "+" + "-" * 42 + "+"
        out = [rule]
        for row in rows:
            out.extend("| " + a.ljust(41) + "| " + b.ljust(41) + "|" for a, b in row)
            out.append(rule)
        return "\n".join(out)

    table = grid([
        [("Function", "Derivative")],
        [(".. math::", ".. math::"), ("     R(z) = \\begin{cases} z & z > 0 \\\\", "      R'(z) = 1"),
         ("      \\alpha (e^z - 1) & z <= 0", ""), ("     \\end{cases}", "")],
        [(".. image:: images/elu.png", "plain text"), ("      :width: 256 px", "")],
    ])  # fmt: skip
    text = "ELU\n===\n\n" + table + r"""

.. list-table:: Values
   :header-rows: 1

   * - Function
     - Derivative
   * - :math:`\max(0, z)`
     - :math:`1` if :math:`z > 0`
       else :math:`0`
"""
    got = convert_rst(text.split("\n"), "a.rst").text
    assert "| Function | Derivative |\n|---|---|\n" in got  # the names row is the header
    assert r"| \(R(z) = \begin{cases} z & z > 0 \\ \alpha (e^z - 1) & z <= 0 \end{cases}\) | \(R'(z) = 1\) |" in got
    assert "| ![](images/elu.png) | plain text |" in got
    assert "**Values**\n\n| Function | Derivative |\n|---|---|\n| \\(\\max(0, z)\\) | \\(1\\) if \\(z > 0\\) else \\(0\\) |" in got
