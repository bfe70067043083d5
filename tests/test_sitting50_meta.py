"""Sitting 50, meta: the same document written another way gives the same cards (metamorphic robustness, round 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting50" / "meta"


def _cards(tmp_path: Path, name: str, text: str | Path) -> list[tuple[str, str, tuple[str, ...]]]:
    notes, _, _ = built_notes(tmp_path, {name: text})
    return sorted((note_front(n), note_back(n), tuple(n.get("sections") or ())) for n in notes)


@pytest.mark.parametrize("page", ["lesson.md", "saq-cases.md"])
def test_a_markdown_page_saved_as_text_gives_the_cards_of_the_markdown_page(tmp_path: Path, page: str) -> None:
    """A Markdown page saved as .txt (round 4 R4-11: the lesson gave 7 cards of its 10, a page of cases under '## Case
    1' none, 'cannot tell this document's layout'): no layout reads its text as written and it has '#' headings, so
    it is read as the .md is, with the Markdown rewrites (bold answer labels, lettered parts under a case): the same
    cards, sections and answers."""
    text = (DATA / page).read_text(encoding="utf-8")
    as_md = _cards(tmp_path / "md", page, text)
    as_txt = _cards(tmp_path / "txt", page.replace(".md", ".txt"), text)
    assert len(as_md) >= 5 and as_txt == as_md


def test_a_text_export_under_markdown_headings_is_read_as_text_still(tmp_path: Path) -> None:
    """'Q:' / 'A:' pairs under '# Chapter' lines in a .txt: a layout reads its text as written, so it is no Markdown
    page saved as text, read as before (its layout the pairs', never 'markdown')."""
    text = "# Chapter 1\n\nQ: What is a cell?\nA: The unit of life.\n\n# Chapter 2\n\nQ: What is an organ?\nA: A group of tissues.\n"
    notes, _, said = built_notes(tmp_path, {"bio.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [("What is a cell?", "The unit of life."), ("What is an organ?", "A group of tissues.")]
    assert not any("layout 'markdown'" in m for m in said), said
