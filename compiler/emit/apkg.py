"""The .apkg backend (genanki): the deck as Anki imports it.

Each note is written with its own modification time (``Note.mtime``);
genanki alone would stamp one time on every note, which makes Anki either
update everything or nothing on re-import.
"""

from __future__ import annotations

import time
from pathlib import Path

import genanki

from compiler.model import Deck
from compiler.notetypes import ALL, NoteType, stylesheet

FORMAT = "apkg"


def filename(deck: Deck) -> str:
    return f"{deck.basename}.apkg"


class StampedNote(genanki.Note):
    """A genanki note that writes its own modification time instead of the package's."""

    def __init__(self, *args: object, mtime: int = 0, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.mtime = mtime

    def _check_invalid_html_tags_in_fields(self) -> None:
        """Skip genanki's tag check: deckc writes its fields itself (escaped text, nh3-cleaned HTML),
        and the check's regex is quadratic in a field's length (6.6 s for one 104 KB code line, trial7 G23)."""

    def write_to_db(self, cursor, timestamp: float, deck_id, id_gen) -> None:  # type: ignore[no-untyped-def]
        super().write_to_db(cursor, float(self.mtime) if self.mtime else timestamp, deck_id, id_gen)


def genanki_model(nt: NoteType, css: str) -> genanki.Model:
    return genanki.Model(
        nt.model_id,
        nt.name,
        fields=[{"name": f} for f in nt.fields],
        templates=[{"name": name, "qfmt": front, "afmt": back} for name, front, back in nt.templates],
        css=css,
        model_type=genanki.Model.CLOZE if nt.is_cloze else genanki.Model.FRONT_BACK,
        sort_field_index=0,
    )


def build_package(deck: Deck) -> genanki.Package:
    css = stylesheet()
    models = {nt.name: genanki_model(nt, css) for nt in ALL}
    gdeck = genanki.Deck(deck.id, deck.name)
    for note in deck.notes:
        gdeck.add_note(
            StampedNote(
                model=models[note.notetype],
                fields=list(note.fields.values()),
                tags=note.tags,
                guid=note.guid,
                mtime=note.mtime,
            )
        )
    return genanki.Package(gdeck, media_files=list(deck.media))


def write(deck: Deck, path: Path) -> None:
    # genanki stamps the note types (and note/card ids) with the package timestamp. Anki updates
    # a note type only when that is newer, so it follows the lock: the later of the newest note
    # and the last change of the note types' templates/CSS; unchanged content, unchanged stamp.
    stamp = max([n.mtime for n in deck.notes] + [deck.notetypes_mtime]) or int(time.time())
    write_package(build_package(deck), path, stamp)


#: Zip entry time: fixed, so the same deck gives the same bytes (and an unchanged deck is not rewritten).
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def write_package(package: genanki.Package, path: Path, stamp: int) -> None:
    """genanki's ``write_to_file`` with reproducible bytes and no temporary file left in /tmp.

    genanki zips the collection with the temporary database's mtime and the
    clock's time, and never deletes that database.
    """
    import itertools
    import json
    import sqlite3
    import tempfile
    import zipfile

    with tempfile.TemporaryDirectory(prefix="deckc-apkg-") as tmp:
        db = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(db)
        try:
            # a scratch file zipped at once: no fsync, no journal file (the same bytes, 5-50x faster)
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA journal_mode = MEMORY")
            package.write_to_db(conn.cursor(), float(stamp), itertools.count(stamp * 1000))
            conn.commit()
        finally:
            conn.close()
        media = [Path(p) for p in package.media_files]
        with zipfile.ZipFile(path, "w") as out:  # stored, as genanki does: the same bytes with any zlib
            index = json.dumps({str(n): p.name for n, p in enumerate(media)}).encode()
            entries = [("collection.anki2", db.read_bytes()), ("media", index)]
            entries += [(str(n), p.read_bytes()) for n, p in enumerate(media)]
            for name, data in entries:
                info = zipfile.ZipInfo(name, ZIP_TIME)
                info.external_attr = 0o644 << 16
                out.writestr(info, data)
