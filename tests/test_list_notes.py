"""A notes page of lists and tables under headings that asks nothing (learner L34): the build stopped with "no
items found with the 'markdown' layout" and a hint that did not name headings = "cards", which reads it. Two
'- Alcohol :: chronic use' entries in ordinary lists made it look like a page of Obsidian cards."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import drop_in

from compiler.build import build
from compiler.diagnostics import ContentError


def test_an_unlisted_page_of_lists_under_headings_is_read_by_its_headings(tmp_path: Path) -> None:
    result = build(drop_in(tmp_path, "list-notes.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [i.question for i in result.compiled.items] == ["Enzyme inducers", "Enzyme inhibitors", "Ion channel drugs", "Sulfa drugs"]
    assert any('headings = "cards"' in w.snippet for w in result.compiled.diagnostics.warnings)


def test_a_listed_page_of_lists_names_headings_cards_in_its_error(tmp_path: Path) -> None:
    table = '[[source]]\nid = "ph"\nfile = "sources/list-notes.md"\nlayout = "markdown"\n'
    with pytest.raises(ContentError) as caught:
        build(drop_in(tmp_path, "list-notes.md", table=table), tmp_path / "build", formats=("json",), now=1_000)
    [error] = [d for d in caught.value.diagnostics if "no items found" in d.message]
    assert 'headings = "cards"' in error.hint
