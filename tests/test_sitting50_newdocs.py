"""Fiftieth sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N12: a formula sheet whose Markdown table holds '$F = ma$' in its cells, beside a list of SI prefixes written
'- nano (n) = 10⁻⁹': a card per table row (the quantity the front, formula and unit the back) and per prefix; before,
every row was split on its formula's '=' ('| Force | $F' -> 'ma$ | newton (N) … |') and the header 'no answer'.

Documents in tests/data/sitting50/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting50" / "newdocs"


def cards(notes: list[dict]) -> dict[str, str]:  # type: ignore[type-arg]
    return {note_front(n): note_back(n) for n in notes}


def test_n12_formula_table_with_equals_in_its_cells_is_a_card_per_row(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"physics.md": DATA / "formula-sheet.md"})
    got = cards(notes)
    assert len(notes) == 11 and not skipped
    assert "F = ma" in got["Force"] and "newton (N)" in got["Force"]
    assert "V = IR" in got["Ohm's law"] and "volt (V)" in got["Ohm's law"]
    assert got["micro (µ)"] == "10⁻⁶"
    assert not any("| Force |" in front or front.startswith("|") for front in got)
    assert not any("outside any" in m or "no answer" in m for m in messages), messages
