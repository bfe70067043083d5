"""Sitting 50 (lead): real documents mutated at random and built alone (the fuzzing in /work/coord/repro50-lead):
every crash it found, written as the smallest document that shows it."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

from compiler.sources.directives import directives


def test_numbered_solution_boxes_whose_last_box_is_never_closed_are_read(tmp_path: Path) -> None:
    """Two numbered solution boxes in a row, the last one's fence never closed (a file cut short): the toggle of
    numbered answers still ends, after the last line (it was 'the markdown reader failed … IndexError')."""
    text = "\n".join(
        ["# Beams", "", "1. Find A", "2. Find B", "", "```{admonition} Solution 1", ":class: dropdown", "A = 1 kN", "```",
         "", "```{admonition} Solution 2", ":class: dropdown", "B = 2 kN"]
    )
    out = directives(text).split("\n")
    assert out[-1] == "</details>" and "**2.** B = 2 kN" in out
    notes, _, messages = built_notes(tmp_path, {"beams.md": text})
    assert not [m for m in messages if "failed" in m]
    assert "B = 2 kN" in " ".join(note_back(n) for n in notes) and notes and all(note_front(n) for n in notes)


def test_a_dropped_in_file_with_a_line_too_long_is_left_out_and_the_deck_builds(tmp_path: Path) -> None:
    """A minified or generated file (one line over LINE_MAX characters) that deck.toml does not name is no document:
    left out with a warning at its line, as a damaged file is, and the rest of the deck builds (it stopped the whole
    build: newdocs round 5's 5 MB line). Named in deck.toml it is still an error."""
    import pytest

    from compiler.build import build
    from compiler.diagnostics import ContentError
    from compiler.sources.base import LINE_MAX

    files = {"min.md": "# Bundle\n\n" + "x" * (LINE_MAX + 10) + "\n", "atp.md": "## What is ATP?\n\nThe energy currency of the cell.\n"}
    notes, _, messages = built_notes(tmp_path / "a", files)
    assert [note_front(n) for n in notes] == ["What is ATP?"]
    assert any(m.startswith("sources/min.md:3: warning: not read: a line of 1,000,010 characters") and "rename it #min.md" in m for m in messages)
    table = '[[source]]\nid = "min"\nfile = "sources/min.md"\n'
    with pytest.raises(ContentError) as caught:
        build(deck_of(tmp_path / "b", files, table), tmp_path / "b" / "build", formats=("json",), now=1_000)
    assert any(d.text().startswith("sources/min.md:3: error: a line of") for d in caught.value.diagnostics)


def test_an_mdx_import_further_down_a_page_is_no_text_left_out(tmp_path: Path) -> None:
    """A Docusaurus .md (compiled as MDX) that imports a component further down, over its tag: the reader drops the
    statement (T28-14), and the coverage check no longer says it is 'text in no card' (the tech interview handbook's
    algorithm pages, read as a new user in sitting 50)."""
    page = (
        "## Introduction\n\nA hash table maps keys to values through a hash function into an array of buckets.\n\n"
        "## Time complexity\n\nSearch, insert and remove take O(1) time on average.\n\n"
        "## Recommended courses\n\nimport AlgorithmCourses from '../\\_courses/AlgorithmCourses.md'\n\n<AlgorithmCourses />\n"
    )
    notes, _, messages = built_notes(tmp_path, {"hash-table.md": page})
    assert [note_front(n) for n in notes] == ["Introduction", "Time complexity"]
    assert not [m for m in messages if "in no card" in m or "outside any question" in m], messages
