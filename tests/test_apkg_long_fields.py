"""trial7 G23: one long pasted line (minified JSON, a log, base64) must not stall writing the .apkg.

genanki checks every field with a regex that is quadratic in its length (6.6 s for a 104 KB code
line); deckc writes its fields itself, so StampedNote skips that check. Real Anki reads the field back.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import genanki
from ankiutil import import_apkg, notes, open_collection

from compiler.emit import apkg
from compiler.notetypes import ALL, stylesheet


def test_a_long_field_is_written_whole_without_genankis_tag_check(tmp_path: Path) -> None:
    basic = next(nt for nt in ALL if not nt.is_cloze and len(nt.templates) == 1)
    code = '<pre><code>' + '{&quot;key&quot;: &quot;value&quot;, ' * 20_000 + '</code></pre>'  # ~700 KB, one line
    fields = ["What does the API return?", code] + [""] * (len(basic.fields) - 2)
    note = apkg.StampedNote(model=apkg.genanki_model(basic, stylesheet()), fields=fields, guid="g23-long", mtime=1_800_000_000)
    deck = genanki.Deck(2_059_400_110, "long")
    deck.add_note(note)
    out = tmp_path / "long.apkg"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the skipped check is the one that warns; nothing else may
        note.fields[0] = "What does <notatag> do?"  # genanki alone warns here (and scans every field)
        genanki.Package(deck).write_to_file(out)
    col = open_collection(tmp_path / "col")
    try:
        assert import_apkg(col, out).new == 1
        [landed] = notes(col).values()
        assert list(landed["fields"].values())[:2] == ["What does <notatag> do?", code]
    finally:
        col.close()
