"""Sitting 51 (lead), third part: the context line of a card under a section that names no subject."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_front, plain_text


def test_a_card_under_a_section_naming_no_subject_shows_the_page_title_over_it(tmp_path: Path) -> None:
    """A cheat sheet's top-level headings ('Introduction', 'Corner cases') name no subject, so their cards show the
    page's title over them; a card under '## Techniques' (no subject either) now does too: 'Two pointers' under the
    techniques of an array's and of a linked list's cheat sheet were two cards alike, each about its own page. A
    section that names its subject ('Graph search algorithms') is context enough."""
    page = (
        "# Array cheatsheet\n\n## Introduction\n\nArrays hold values at contiguous memory locations.\n\n"
        "## Techniques\n\n### Two pointers\n\nOne index at each end, moving towards each other.\n\n"
        "## Graph search algorithms\n\n### Depth-first search\n\nGo deep along one branch before backtracking.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"array.md": page})
    context = {note_front(n): plain_text(n["fields"]["Section"]) for n in notes}
    assert context["Introduction"] == "Array cheatsheet"
    assert context["Two pointers"] == "Array cheatsheet › Techniques"
    assert context["Depth-first search"] == "Graph search algorithms"
