"""CSV rows whose GUID starts with ``#``: Anki's CSV importer reads such a line as a comment.

genanki's GUIDs start with ``#`` about once in 91 notes; the CSV quotes that
field, so Anki's own importer lands every note (tested with the real backend).
"""

from __future__ import annotations

from pathlib import Path

import genanki
from ankiutil import import_csv, notes, open_collection
from click.testing import CliRunner

from compiler.cli import main
from compiler.guid import in_deck
from compiler.model import normalize_text
from compiler.pipeline import _deck_id


def questions_with_hash_guids(source: str, wanted: int) -> list[str]:
    """Questions whose notes get a GUID starting with '#' in deck "T" (the GUID of a new note depends on deck, source and question)."""
    found = []
    n = 0
    while len(found) < wanted:
        n += 1
        question = f"What is item {n}?"
        anchor_guid = genanki.guid_for("deckc", f"{source}:{normalize_text(question)}")
        if in_deck(anchor_guid, str(_deck_id("T"))).startswith("#"):
            found.append(question)
    return found


def test_notes_whose_guid_starts_with_hash_land_through_ankis_csv_importer(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(
        '[deck]\nname = "T"\n\n[[source]]\nid = "doc"\nfile = "sources/doc.md"\nlayout = "markdown"\n', encoding="utf-8"
    )
    questions = [*questions_with_hash_guids("doc", 2), "What is a plain question?"]
    (content / "sources" / "doc.md").write_text(
        "# Items\n\n" + "".join(f"## {q}\n\nAnswer to {q.lower()}\n\n" for q in questions), encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out"), "--only", "csv"])
    assert result.exit_code == 0, result.output
    csv = (tmp_path / "out" / "t.csv").read_text(encoding="utf-8")
    assert sum(line.startswith('"#') for line in csv.splitlines()) == 2
    assert not [line for line in csv.splitlines()[7:] if line.startswith("#")]
    col = open_collection(tmp_path / "col")
    try:
        log = import_csv(col, tmp_path / "out" / "t.csv")
        assert log.new == 3
        landed = notes(col)
        assert sum(g.startswith("#") for g in landed) == 2
        assert sorted(n["fields"]["Front"] for n in landed.values()) == sorted(questions)
    finally:
        col.close()
