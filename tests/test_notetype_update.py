"""A change to the note types' templates or CSS reaches an existing collection; no change, no update."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ankiutil import import_apkg, open_collection

from compiler import notetypes
from compiler.build import build as deckc_build
from compiler.emit import apkg

CONTENT = Path(__file__).resolve().parent.parent / "content"


def build(content: Path, out: Path, now: int) -> Path:
    """The real build transaction (outputs and lock together), apkg only."""
    deckc_build(content, out, formats=("apkg",), now=now)
    return out / "regularization.apkg"


def test_stylesheet_change_updates_note_types_but_no_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (content / "deckc.lock").unlink()
    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, build(content, tmp_path / "v1", now=1_800_000_000))
        # same content and design, later clock: nothing in the lock moves, so nothing updates
        same = import_apkg(col, build(content, tmp_path / "v2", now=1_800_000_500))
        assert (same.new, same.updated, same.conflicting) == (0, 0, 0)

        original = notetypes.stylesheet()
        def restyled() -> str:
            return original + "\n.question { letter-spacing: 0.01em; }\n"

        monkeypatch.setattr(notetypes, "stylesheet", restyled)
        monkeypatch.setattr(apkg, "stylesheet", restyled)
        changed = import_apkg(col, build(content, tmp_path / "v3", now=1_800_001_000))
        assert (changed.new, changed.updated, changed.conflicting) == (0, 0, 0)
        basic = col.models.by_name("deckc Basic")
        assert basic is not None
        assert "letter-spacing: 0.01em" in basic["css"], "the new CSS reached the collection"
        assert [f["name"] for f in basic["flds"]] == list(notetypes.BASIC.fields)
        ours = sorted(m.name for m in col.models.all_names_and_ids() if m.name.startswith("deckc"))
        # the real deck uses Basic and Cloze (its quizzes are folded into recall notes, issue 10)
        assert ours == sorted({"deckc Basic", "deckc Cloze"}), "no copies of our note types"
    finally:
        col.close()
