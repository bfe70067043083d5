"""Sitting 50 (lead): real documents mutated at random and built alone (the fuzzing in /work/coord/repro50-lead):
every crash it found, written as the smallest document that shows it."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

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
