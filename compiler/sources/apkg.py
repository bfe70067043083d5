"""Reader for Anki packages: a shared deck (``.apkg``) or a whole collection backup (``.colpkg``).

A package is a zip archive holding the collection (an SQLite database) and its media:

- ``collection.anki2`` (Anki 2.0 and later), ``collection.anki21`` (Anki 2.1's legacy export) or
  ``collection.anki21b`` (Anki 2.1.50 and later: the database compressed with zstd, schema 18).  A
  newer package also holds an ``anki2`` that is a placeholder ("Please update to the latest Anki
  version …"): the newest collection present is read, the way Anki's ``meta`` entry says;
- ``media``: which numbered entry of the archive is which file, JSON (``{"0": "cell.png"}``) in a
  legacy package, a zstd-compressed protobuf list in a newer one (whose files are zstd-compressed
  too); media are extracted only when a card shows them (:func:`packaged_media`).

Read with the standard library (``zipfile``, ``sqlite3``) and ``zstandard``; the ``anki`` package
is never needed.  Each note is one item, placed at ``file.apkg:<note id>`` (the number after the
colon is the note id, not a line: ``nid:<id>`` finds it in Anki's browser):

- a Basic-like note type (any non-cloze type): the first field is the front, the second the back,
  further fields are added to the back, each its own paragraph; a note with cards of more than one
  template ('Basic (and reversed card)', an 'optional reversed' note with *Add Reverse* set) keeps both
  directions (the *Add Reverse* flag is no text);
- a Cloze note type: the first field's ``{{c1::…}}`` text is a cloze, the second (*Back Extra*) its
  extra text;
- Image Occlusion notes (masks drawn on a picture) make no card: one warning with their count, and
  each is listed as skipped in the manifest.

Fields are HTML cleaned like Anki's plain-text export (:mod:`compiler.sources.ankifields`); tags
are the note's tags, the deck (``Parent::Child``) the section; the note's GUID is kept, so a deck
brought over from Anki meets its own notes instead of adding copies.  Pictures and audio
(``[sound:…]``) the fields name are packed from the package's media (:mod:`compiler.media`).
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from compiler import uptodate
from compiler.config import SourceConfig
from compiler.diagnostics import ContentError, Diagnostic, Diagnostics, counted
from compiler.model import Block, BlockKind, Choice, Item, ItemKind
from compiler.sources.ankifields import (
    IMG,
    KPRIM,
    LATEX_TEXT,
    LEVEL_CHARS,
    SOUND,
    TAG,
    AlsoAnswer,
    ChoiceFields,
    also_items,
    anki_latex,
    answer_side,
    choice_fields,
    choice_key,
    choice_kind,
    front_code,
    front_images,
    front_question,
    html_blocks,
    own_also,
    own_options,
    own_origin,
    paragraph,
    plain,
)
from compiler.sources.base import Document, basic_item, make_item, scratch_dir, zip_bomb
from compiler.sources.choices import LETTERS
from compiler.sources.cloze import (
    CLOZE,
    OCCLUSION_HINT,
    OCCLUSION_SKIP,
    anki_split,
    cloze_fields,
    image_occlusion,
)
from compiler.sources.damage import NOT_A_DOCUMENT
from compiler.sources.difficulty import Levels
from compiler.sources.markdown_blocks import report_active, sanitize, visible
from compiler.sources.prompts import audio_prompt, picture_prompt

COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")  # newest first
PLACEHOLDER = "Please update to the latest Anki version"  # the note a newer package's anki2 holds
CHUNK = 1 << 20
# Anki's stock note types (NotetypeConfig.original_stock_kind; legacy JSON 'originalStockKind')
STOCK_OPTIONAL_REVERSED, STOCK_TYPED, STOCK_IMAGE_OCCLUSION = 3, 4, 6
_TYPED = re.compile(r"\btype in\b", re.I)
_OCCLUSION = re.compile(r"\bimage occlusion\b", re.I)
SAMPLE_NOTES = 2_000  # notes whose text tells the deck's language (the prompt of a picture-only front)
EXPORT_AGAIN = "export it again from Anki (File › Export, 'Anki Deck Package'), or use a copy that opens in Anki"


PACKAGE_MARK = "#anki-package"  # the text of a package's document (load_package)
_CROWDANKI = re.compile(rb'"__type__"\s*:\s*"Deck"')
# CrowdAnki's notes kept apart from their deck (Brain Brew, repositories that split deck.json): a list of note records
_CROWDANKI_NOTES = re.compile(rb'^(?:\xef\xbb\xbf)?\s*\[\s*\{[^{}]{0,200}?"__type__"\s*:\s*"Note"')


def is_crowdanki(path: Path) -> bool:
    """A CrowdAnki export (``deck.json``: a shared Anki deck kept in git), read like a package."""
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return _CROWDANKI.search(head) is not None or _CROWDANKI_NOTES.match(head) is not None


_SECOND_FIELD = "write the answer in the note's second field in Anki"  # where a note without an answer needs it

# A note's level written in a field of its own ('Difficulty': easy), as deckc's note types and many shared decks
# keep it: the item's level marker, never a paragraph on the back (trial11 P72)
_LEVEL_FIELD = re.compile(r"^(?:difficulty|difficulté|dificultad|difficoltà|schwierigkeit|schwierigkeitsgrad)$", re.I)
# deckc's own note types (a package deckc built, re-read): their attribution fields are no card text, their Section
# the item's section, their 'deckc::…' tags deckc's own (written again for the new deck)
_DECKC_ATTRIBUTION = ("Sources", "DeckcId", "Section")
_DECKC_TAG = "deckc::"
_DECKC_ALSO = ("Also", "Explanation", "Extra")  # the fields deckc writes a merged note's 'More answers' fold into


@dataclass(frozen=True)
class _Meta:
    """What a note type's fields say about a note rather than teach: its level field, those never on the card
    (deckc's Sources, DeckcId, Section), and its section field."""

    level: int | None = None
    hidden: frozenset[int] = frozenset()
    section: int | None = None
    sources: int | None = None  # deckc's Sources field: the document the note came from (its origin)


def _own_type(kind: NoteType) -> bool:
    """Whether ``kind`` is one of deckc's own note types (its name and fields as deckc writes them)."""
    from compiler import notetypes

    return any(kind.name == nt.name and tuple(kind.fields) == nt.fields for nt in notetypes.ALL)


def _meta(kind: NoteType) -> _Meta:
    """The fields of ``kind`` that describe a note (see :class:`_Meta`)."""

    level = next((k for k, name in enumerate(kind.fields) if _LEVEL_FIELD.match(name.strip())), None)
    own = _own_type(kind)
    hidden = {kind.fields.index(name) for name in _DECKC_ATTRIBUTION if own and name in kind.fields}
    section = kind.fields.index("Section") if own and "Section" in kind.fields else None
    sources = kind.fields.index("Sources") if own and "Sources" in kind.fields else None
    return _Meta(level, frozenset(hidden | ({level} if level is not None else set())), section, sources)




def _deckc_choice(kind: NoteType) -> bool:
    """Whether ``kind`` is deckc's own multiple-choice note type (its name and fields as deckc writes them)."""
    from compiler import notetypes

    return kind.name == notetypes.MULTIPLE_CHOICE.name and tuple(kind.fields) == notetypes.MULTIPLE_CHOICE.fields


class PackageError(Exception):
    """The file is no readable Anki package: the message says why."""


def load_package(path: Path, rel: str) -> Document:
    """An Anki package as a document: its text names the package's bytes (a SHA-256), so the item cache
    reads it again exactly when the file changes; the reader opens ``path`` itself."""
    uptodate.note(path)
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise ContentError([Diagnostic(rel, None, f"cannot read file: {exc.strerror}", "check the path in deck.toml")]) from None
    if digest.digest() == hashlib.sha256(b"").digest():
        raise ContentError([Diagnostic(rel, None, "file is empty", "export the deck from Anki again, or remove the file")])
    if path.suffix.lower() in (".apkg", ".colpkg"):
        try:
            open_package(path)  # (its zip directory only: a package that is none says so before it is read)
        except PackageError as exc:
            # (a file deck.toml does not list is then a warning and the rest builds: a classmate's damaged package
            # stopped the whole collection's build, trial41 T41-2)
            raise ContentError([Diagnostic(rel, None, str(exc), EXPORT_AGAIN, group=NOT_A_DOCUMENT)]) from None
    return Document(rel=rel, text=f"{PACKAGE_MARK}\t{Path(rel).name}\tsha256:{digest.hexdigest()}\n", path=path)


# --- protobuf, the three small messages a package uses -------------------------------------------


def _varint(data: bytes, i: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if i >= len(data) or shift > 63:
            raise PackageError("a damaged protobuf message")
        byte = data[i]
        i += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, i
        shift += 7


def _proto(data: bytes) -> Iterator[tuple[int, int | bytes]]:
    """``(field number, value)`` of a protobuf message: an int for varints, bytes otherwise."""
    i = 0
    while i < len(data):
        key, i = _varint(data, i)
        number, wire = key >> 3, key & 7
        value: int | bytes
        if wire == 0:
            value, i = _varint(data, i)
        elif wire == 2:
            size, i = _varint(data, i)
            value, i = data[i : i + size], i + size
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
            value, i = data[i : i + size], i + size
        else:
            raise PackageError("a damaged protobuf message")
        if i > len(data):
            raise PackageError("a damaged protobuf message")
        yield number, value


def _first(data: bytes, number: int) -> int:
    return next((v for n, v in _proto(data) if n == number and isinstance(v, int)), 0)


# --- the archive ----------------------------------------------------------------------------------


def _zstd() -> object:
    import zstandard

    return zstandard.ZstdDecompressor()


@dataclass
class Package:
    """What the archive holds: which collection to read, and where each media file is."""

    path: Path
    collection: str
    compressed: bool  # zstd: the collection and every media file (a newer package)
    media: dict[str, str] = field(default_factory=dict)  # file name -> archive entry


def open_package(path: Path) -> Package:
    """The package's layout, or :class:`PackageError` saying why it is none."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise PackageError("not an Anki package: the file is not a zip archive (an .apkg/.colpkg is one)") from None
    except OSError as exc:
        raise PackageError(f"cannot read the file: {exc.strerror}") from None
    with archive:
        names = set(archive.namelist())
        if (bomb := zip_bomb(path)) is not None:
            raise PackageError(bomb)
        if any(info.flag_bits & 0x1 for info in archive.infolist()):
            raise PackageError("the archive is password-protected (encrypted); Anki never writes such packages")
        version = 0
        if "meta" in names:
            version = _first(archive.read("meta"), 1)
            if version not in (1, 2, 3):
                raise PackageError(
                    f"a package format this version of deckc does not know (Anki package version {version}): made by a newer Anki"
                )
        present = [c for c in COLLECTIONS if c in names]
        if not present:
            raise PackageError(
                "not an Anki package: the zip archive holds no collection (collection.anki2, .anki21 or .anki21b)"
            )
        wanted = {3: "collection.anki21b", 2: "collection.anki21", 1: "collection.anki2"}.get(version)
        collection = wanted if wanted in names else present[0]
        compressed = collection.endswith("b")
        package = Package(path, collection, compressed)
        if "media" in names:
            package.media = _media_map(archive.read("media"), compressed, names)
        return package


def _media_map(data: bytes, compressed: bool, names: set[str]) -> dict[str, str]:
    """File name -> archive entry, from a legacy JSON map or a newer package's protobuf list."""
    found: dict[str, str] = {}
    if compressed:
        try:
            data = _zstd().decompressobj().decompress(data)  # type: ignore[attr-defined]
        except Exception as exc:  # zstandard.ZstdError
            raise PackageError(f"its media list is damaged ({exc})") from None
        for index, (number, entry) in enumerate((n, v) for n, v in _proto(data) if n == 1):
            assert number == 1
            if isinstance(entry, bytes):
                name = next((v for n, v in _proto(entry) if n == 1 and isinstance(v, bytes)), b"")
                found[name.decode("utf-8", "replace")] = str(index)
    else:
        try:
            listed = json.loads(data or b"{}")
        except ValueError:
            raise PackageError("its media list is damaged (not JSON)") from None
        if isinstance(listed, dict):
            found = {str(name): str(entry) for entry, name in listed.items()}
    return {name: entry for name, entry in found.items() if _safe(name) and entry in names}


def _safe(name: str) -> bool:
    """A media name Anki would write: one file name, no folder."""
    return bool(name) and name not in (".", "..") and not any(c in name for c in "/\\\x00")


def _extract(archive: zipfile.ZipFile, entry: str, compressed: bool, target: Path) -> None:
    with archive.open(entry) as src, target.open("wb") as dst:
        if compressed:
            _zstd().copy_stream(src, dst)  # type: ignore[attr-defined]
        else:
            shutil.copyfileobj(src, dst, CHUNK)


# --- the collection -------------------------------------------------------------------------------


@dataclass
class NoteType:
    name: str
    cloze: bool
    stock: int  # original stock kind (0: none)
    fields: list[str]
    templates: list[tuple[str, str, str]] = field(default_factory=list)  # (name, front format, back format) by ord
    css: str = ""  # its styling: the classes it hides (trial15 T15-14)


@dataclass
class Note:
    nid: int
    guid: str
    mid: int
    tags: list[str]
    fields: list[str]
    deck: list[str]  # the deck of its first card, as a path
    templates: int  # how many of its note type's templates make a card of it
    ords: frozenset[int] = frozenset()  # which of them (0: the first)
    raw: list[str] = field(default_factory=list)  # the fields as stored, for the manifest

    def __post_init__(self) -> None:
        self.raw = list(self.fields)


def _notetypes(db: sqlite3.Connection, modern: bool) -> dict[int, NoteType]:
    types: dict[int, NoteType] = {}
    if modern:
        fields: dict[int, list[str]] = {}
        for ntid, name in db.execute("select ntid, name from fields order by ntid, ord"):
            fields.setdefault(ntid, []).append(name)
        tmpls: dict[int, list[tuple[str, str, str]]] = {}
        for ntid, name, config in db.execute("select ntid, name, config from templates order by ntid, ord"):
            formats = {n: v for n, v in _proto(bytes(config or b"")) if n in (1, 2) and isinstance(v, bytes)}
            tmpls.setdefault(ntid, []).append((str(name), *(formats.get(n, b"").decode("utf-8", "replace") for n in (1, 2))))  # type: ignore[arg-type]
        for ntid, name, config in db.execute("select id, name, config from notetypes"):
            config = bytes(config or b"")
            kinds = {n: v for n, v in _proto(config) if n in (1, 9) and isinstance(v, int)}
            css = next((v for n, v in _proto(config) if n == 3 and isinstance(v, bytes)), b"").decode("utf-8", "replace")
            types[ntid] = NoteType(name, kinds.get(1, 0) == 1, kinds.get(9, 0), fields.get(ntid, []), tmpls.get(ntid, []), css)
        return types
    row = db.execute("select models from col").fetchone()
    models = json.loads(row[0]) if row and row[0] else {}
    for key, model in models.items():
        flds = [str(f.get("name", "")) for f in model.get("flds", [])]
        found = sorted((t for t in model.get("tmpls", []) if isinstance(t, dict)), key=lambda t: int(t.get("ord") or 0))
        tmpls_ = [(str(t.get("name", "")), str(t.get("qfmt", "")), str(t.get("afmt", ""))) for t in found]
        types[int(key)] = NoteType(
            str(model.get("name", "")), model.get("type") == 1, int(model.get("originalStockKind") or 0), flds, tmpls_, str(model.get("css") or "")
        )
    return types


def _decks(db: sqlite3.Connection, modern: bool) -> dict[int, list[str]]:
    if modern:
        return {did: [p for p in name.split("\x1f") if p] for did, name in db.execute("select id, name from decks")}
    row = db.execute("select decks from col").fetchone()
    decks = json.loads(row[0]) if row and row[0] else {}
    return {int(k): [p for p in str(d.get("name", "")).split("::") if p] for k, d in decks.items()}


def _notes(path: Path) -> tuple[dict[int, NoteType], Iterator[Note]]:
    db = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)
    tables = {name for (name,) in db.execute("select name from sqlite_master where type = 'table'")}
    if not {"col", "notes", "cards"} <= tables:
        db.close()
        raise PackageError("its collection is not an Anki collection (no notes or cards table)")
    modern = "notetypes" in tables
    types = _notetypes(db, modern)
    decks = _decks(db, modern)
    first_deck: dict[int, int] = {}
    templates: dict[int, set[int]] = {}
    for nid, ord_ in db.execute("select distinct nid, ord from cards"):
        templates.setdefault(nid, set()).add(ord_)
    query = "select nid, case when odid != 0 then odid else did end from cards order by nid, ord desc, id desc"
    for nid, did in db.execute(query):
        first_deck[nid] = did  # the last written wins: the card of the lowest template

    def rows() -> Iterator[Note]:
        try:
            for nid, guid, mid, tags, flds in db.execute("select id, guid, mid, tags, flds from notes order by id"):
                deck = decks.get(first_deck.get(nid, 0), [])
                ords = templates.get(nid, set())
                yield Note(nid, str(guid), mid, str(tags).split(), str(flds).split("\x1f"), deck, len(ords), frozenset(ords))
        finally:
            db.close()

    return types, rows()


# --- the reader -----------------------------------------------------------------------------------


class ApkgReader:
    """Reads an Anki package's notes (see the module docstring)."""

    layout = "apkg"

    def detect(self, doc: Document) -> float:
        if doc.path is None:
            return 0.0
        return 1.0 if doc.path.suffix.lower() in (".apkg", ".colpkg") or doc.text.startswith(PACKAGE_MARK) else 0.0

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        if doc.path is None:
            diag.error(doc.rel, None, "the apkg layout reads Anki packages (.apkg, .colpkg) only", "remove layout = \"apkg\" from its [[source]]")
            return []
        if doc.path.suffix.lower() == ".json":
            return self._read_crowdanki(doc, source, diag)
        try:
            package = open_package(doc.path)
            with tempfile.TemporaryDirectory(prefix="deckc-apkg-") as tmp:
                db = Path(tmp) / "collection.db"
                with zipfile.ZipFile(doc.path) as archive:
                    _extract(archive, package.collection, package.compressed, db)
                return self._read_collection(doc, source, diag, package, db)
        except PackageError as exc:
            diag.error(doc.rel, None, str(exc), EXPORT_AGAIN)
        except (sqlite3.Error, zipfile.BadZipFile, EOFError, ValueError, KeyError) as exc:
            diag.error(doc.rel, None, f"the package is damaged: its collection cannot be read ({_reason(exc)})", EXPORT_AGAIN)
        except OSError as exc:
            diag.error(doc.rel, None, f"the package cannot be read ({exc.strerror or exc})", EXPORT_AGAIN)
        except Exception as exc:  # zstandard.ZstdError: a damaged compressed collection
            if type(exc).__module__.split(".")[0] != "zstandard":
                raise
            diag.error(doc.rel, None, f"the package is damaged: its compressed collection cannot be read ({exc})", EXPORT_AGAIN)
        return []

    def _read_collection(self, doc: Document, source: SourceConfig, diag: Diagnostics, package: Package, db: Path) -> list[Item]:
        types, notes = _notes(db)
        self._db, self._text = db, None  # the deck's text, read when a front needs a prompt
        self._sides: dict[tuple[int, frozenset[int], tuple[bool, ...]], list[tuple[str, list[int], list[int]]] | None] = {}
        self._choices: dict[int, ChoiceFields | None] = {}
        self._metas: dict[int, _Meta] = {}
        levels = Levels(source, doc, diag)
        items: list[Item] = []
        occlusions: list[int] = []
        unknown: dict[int, int] = {}
        count = 0
        for note in notes:
            count += 1
            if count == 1 and package.collection == "collection.anki2" and PLACEHOLDER in note.fields[0]:
                raise PackageError(
                    "the package holds only Anki's 'Please update to the latest Anki version' note: its notes are in a "
                    "newer collection this archive lacks"
                )
            fields = [anki_latex(f) for f in note.fields]  # Anki's [$]…[/$] LaTeX: MathJax maths
            if any(n for _, n in fields):
                diag.warning(doc.rel, note.nid, *LATEX_TEXT, group="latex-text")
            note.fields = [f for f, _ in fields]
            kind = types.get(note.mid)
            if kind is None:
                unknown[note.mid] = unknown.get(note.mid, 0) + 1
                item = self._skipped(doc, source, diag, note, "its note type is missing from the package", levels)
            elif kind.stock == STOCK_IMAGE_OCCLUSION or _OCCLUSION.search(kind.name):
                occlusions.append(note.nid)
                item = self._skipped(doc, source, diag, note, "image occlusion", levels, text=note.fields[2] if len(note.fields) > 2 else "")
            else:
                items.extend(self._items(doc, source, diag, note, kind, levels))
                continue
            if item is not None:
                items.append(item)
        if occlusions:
            diag.warning(
                doc.rel,
                occlusions[0],
                f"{counted(len(occlusions), 'Image Occlusion note')} make no card (deckc draws no masks on pictures); "
                "listed as skipped in the manifest",
                "study them in Anki, or make each a question with the picture in its front",
                group=f"occlusion:{doc.rel}",
            )
        for mid, n in unknown.items():
            diag.warning(
                doc.rel,
                None,
                f"{counted(n, 'note')} of note type id {mid}, which the package does not hold: no card",
                EXPORT_AGAIN,
            )
        if count == 0:
            diag.warning(doc.rel, None, "the package holds no notes: no card", "export a deck that has notes")
        return items

    def _read_crowdanki(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        """A CrowdAnki export: its note models are the note types, its notes (in the deck and its child
        decks, each deck's name the section) read as a package's notes are; GUIDs and tags kept."""
        assert doc.path is not None
        try:
            text = doc.path.read_text(encoding="utf-8-sig")
            data = json.loads(text)
        except (OSError, ValueError, RecursionError) as exc:
            diag.error(doc.rel, None, f"the CrowdAnki export cannot be read ({_reason(exc)})", "export the deck again with CrowdAnki")
            return []
        types: dict[int, NoteType] = {}
        if isinstance(data, list):  # its notes alone ('notes.json' beside 'media-files.json': trial22 T22-16)
            data = {"notes": data}
            width = max((len(n.get("fields") or []) for n in data["notes"] if isinstance(n, dict)), default=2)
            names = ["Front", "Back", *(f"Field {k + 1}" for k in range(2, width))]
            types[0] = NoteType("Basic", False, 0, names, [("Card 1", "{{Front}}", "{{FrontSide}}<hr id=answer>{{Back}}")])
        if not isinstance(data, dict):
            diag.error(doc.rel, None, "not a CrowdAnki export: no deck object", "export the deck again with CrowdAnki")
            return []
        by_uuid: dict[str, int] = {}
        for k, model in enumerate(m for m in data.get("note_models") or [] if isinstance(m, dict)):
            flds = [str(f.get("name", "")) for f in sorted((f for f in model.get("flds") or [] if isinstance(f, dict)), key=lambda f: int(f.get("ord") or 0))]
            found = sorted((t for t in model.get("tmpls") or [] if isinstance(t, dict)), key=lambda t: int(t.get("ord") or 0))
            tmpls = [(str(t.get("name", "")), str(t.get("qfmt", "")), str(t.get("afmt", ""))) for t in found]
            types[k + 1] = NoteType(
                str(model.get("name", "")), model.get("type") == 1, int(model.get("originalStockKind") or 0), flds, tmpls, str(model.get("css") or "")
            )
            by_uuid[str(model.get("crowdanki_uuid", ""))] = k + 1
        lines = {m.group(1): text.count("\n", 0, m.start()) + 1 for m in re.finditer(r'"guid"\s*:\s*"((?:[^"\\]|\\.)*)"', text)}
        notes: list[Note] = []

        def walk(deck: dict[str, Any], path: list[str], depth: int) -> None:
            name = str(deck.get("name") or "")
            parts = [p for p in name.split("::") if p] if "::" in name else [*path, name] if name else path
            for raw in deck.get("notes") or []:
                if not isinstance(raw, dict):
                    continue
                mid = by_uuid.get(str(raw.get("note_model_uuid", "")), 0)
                fields = [str(f) for f in raw.get("fields") or []]
                guid = str(raw.get("guid") or "")
                count = len(types[mid].templates) if mid in types else 1
                line = lines.get(json.dumps(guid)[1:-1], len(notes) + 1)
                notes.append(Note(line, guid, mid, [str(t) for t in raw.get("tags") or []], fields or [""], parts, count, frozenset(range(count))))
            for child in deck.get("children") or []:
                if isinstance(child, dict) and depth < 50:
                    walk(child, parts, depth + 1)

        walk(data, [], 0)
        self._db, self._text = Path(), "\n".join("\n".join(n.fields) for n in notes[:SAMPLE_NOTES])
        self._sides = {}
        self._choices = {}
        self._metas = {}
        levels = Levels(source, doc, diag)
        items: list[Item] = []
        for note in notes:
            note.fields = [anki_latex(f)[0] for f in note.fields]
            kind = types.get(note.mid)
            if kind is None:
                item = self._skipped(doc, source, diag, note, "its note model is missing from the export", levels)
                if item is not None:
                    items.append(item)
                continue
            items.extend(self._items(doc, source, diag, note, kind, levels))
        if not notes:
            diag.warning(doc.rel, None, "the CrowdAnki export holds no notes: no card", "export a deck that has notes")
        return items

    def _skipped(
        self, doc: Document, source: SourceConfig, diag: Diagnostics, note: Note, reason: str, levels: Levels, text: str = ""
    ) -> Item | None:
        """A note that makes no card, kept in the manifest's skipped list at its place."""
        question = plain(SOUND.sub("", text), True) or plain(SOUND.sub("", note.fields[0]), True) or f"note {note.nid}"
        return make_item(
            doc, source, diag, note.nid, question=question, answer=[], skip=reason, **self._common(note, levels)
        )

    def _common(self, note: Note, levels: Levels, kind: NoteType | None = None) -> dict[str, object]:
        deck = note.deck if note.deck != ["Default"] else []
        meta = self._meta_of(note.mid, kind)
        values = [plain(v, True) for v in note.fields]
        marker = values[meta.level] if meta.level is not None and meta.level < len(values) else ""
        marker = marker if 0 < len(marker) <= LEVEL_CHARS else ""
        own = [t.split("::", 2)[2] for t in note.tags if t.startswith(f"{_DECKC_TAG}difficulty::") and t.count("::") == 2]
        marker = marker or (own[0] if own else "")  # (deckc's 'deckc::difficulty::easy' tag when no field says it)
        # the document it came from: its deck ('Biology' of Biology::Cells), a deckc note's own document (its Sources)
        origin: dict[str, object] = {"origin": deck[0]} if deck else {}
        if meta.sources is not None:
            origin = own_origin(note.fields[meta.sources] if meta.sources < len(note.fields) else "")
        if meta.section is not None:  # deckc's 'A › B'; none for a note deckc filed under no section, never the deck's name
            said = values[meta.section] if meta.section < len(values) else ""
            deck = [p.strip() for p in said.split("\u203a") if p.strip()]
        return {
            "number": None,
            **origin,
            "difficulty": levels.level(marker or None, None, note.nid),
            "label": marker or None,
            "original": "\t".join(" ".join(f.split()) for f in note.raw),
            "tags": [t for t in note.tags if not t.startswith(_DECKC_TAG)],
            "section": deck,
            "guid": note.guid or None,
        }

    def _meta_of(self, mid: int, kind: NoteType | None) -> _Meta:
        """The descriptive fields of note type ``mid`` (one look per note type)."""
        if kind is None:
            return _Meta()
        if mid not in self._metas:
            self._metas[mid] = _meta(kind)
        return self._metas[mid]

    _db: Path
    _text: str | None = None

    def _deck_text(self) -> str:
        if self._text is None:
            self._text = _deck_text(self._db)
        return self._text

    def _items(self, doc: Document, source: SourceConfig, diag: Diagnostics, note: Note, kind: NoteType, levels: Levels) -> list[Item]:
        """The note's cards as items: one per template that makes a card of it (see :func:`card_sides`),
        the stock reversed pair one note with a card each way; without templates, its fields in order. A note of
        deckc's own type that merged other questions gives those back as questions of their own (:func:`own_also`)."""
        also: list[AlsoAnswer] = []
        if _own_type(kind) and any("<details" in f for f in note.fields):  # (deckc's fold of a long answer: unfolded)
            from compiler.fold import unfolded

            fields = []
            for name, value in zip(kind.fields, note.fields, strict=False):
                value, more = own_also(value) if name in _DECKC_ALSO else (value, [])
                also.extend(more)
                fields.append(unfolded(value))
            note.fields = fields
        if also:
            main = self._one_items(doc, source, diag, note, kind, levels)
            common = self._common(note, levels, kind)
            return main + also_items(doc, source, diag, note.nid, also, main[0] if main else None, _SECOND_FIELD, **common)
        return self._one_items(doc, source, diag, note, kind, levels)

    def _one_items(self, doc: Document, source: SourceConfig, diag: Diagnostics, note: Note, kind: NoteType, levels: Levels) -> list[Item]:
        """The note's own cards (see :meth:`_items`)."""
        if _deckc_choice(kind):
            item = self._own_choice_item(doc, source, diag, note, kind, levels)
            return [item] if item is not None else []
        if note.mid not in self._choices:
            self._choices[note.mid] = None if kind.cloze else choice_fields(kind.fields, kind.name)
        layout = self._choices[note.mid]
        if layout is not None:
            item = self._choice_item(doc, source, diag, note, kind, layout, levels)
            return [item] if item is not None else []
        filled = tuple(_filled(v) for v in note.fields)  # (which fields hold something: the sections a card shows)
        key = (note.mid, note.ords, filled)
        if key not in self._sides:  # (one parse of the templates per note type, set of cards and filled fields, not per note)
            self._sides[key] = None if kind.cloze else card_sides(kind, note, filled=list(filled))
        sides = self._sides[key]
        if sides is None:
            item = self._item(doc, source, diag, note, kind, levels)
            return [item] if item is not None else []
        hidden = self._meta_of(note.mid, kind).hidden
        if hidden:  # (a level, deckc's attribution: about the note, never on its card)
            sides = [(name, [k for k in f if k not in hidden], [k for k in b if k not in hidden]) for name, f, b in sides]
        common = self._common(note, levels, kind)
        report_active("\t".join(note.fields), doc.rel, note.nid, diag)
        (first, front, back), others = sides[0], sides[1:]
        mirrored = [o for o in others if set(o[1]) == set(back) and set(o[2]) == set(front)]  # Basic (and reversed card)
        out = [self._card(doc, source, diag, note, kind, front, back, bool(mirrored), common, labels=_front_labels(kind, first))]
        for name, f2, b2 in others:
            if (name, f2, b2) in mirrored:
                continue
            # another card of its own ('Production': Meaning -> Word), never a reverse whose front holds the answer
            out.append(
                self._card(doc, source, diag, note, kind, f2, b2, False, {**common, "guid": None}, template=name, labels=_front_labels(kind, name))
            )
        return [i for i in out if i is not None]

    def _choice_item(
        self, doc: Document, source: SourceConfig, diag: Diagnostics, note: Note, kind: NoteType, layout: ChoiceFields, levels: Levels
    ) -> Item | None:
        """A note of a multiple-choice note type (an add-on's, see :func:`choice_fields`) as a multiple-choice
        item: its options, the ones its key marks right, its further fields (an explanation, sources) on the
        back. A kprim note (each statement true or false) marks its true statements; one with none true is a
        card whose back marks each statement false."""
        values = note.fields + [""] * (len(kind.fields) - len(note.fields))
        line = note.nid
        report_active("\t".join(note.fields), doc.rel, line, diag)
        common = self._common(note, levels, kind)
        hidden = self._meta_of(note.mid, kind).hidden
        front = values[layout.question]
        title = values[layout.title] if layout.title is not None else ""
        question = plain(SOUND.sub("", front), True) or plain(title, True)
        stimulus = _front(front)
        if title.strip() and question != plain(title, True):  # the add-on shows the title above the question
            stimulus = [Block(kind=BlockKind.html, text=f"<p><b>{html.escape(plain(title, True), quote=False)}</b></p>"), *stimulus]
        if not question:
            diag.warning(
                doc.rel, line, "note with an empty question field; no card", f"write the question in the note's {kind.fields[layout.question]!r} field in Anki", group="empty-front"
            )
            return make_item(doc, source, diag, line, question=f"note {note.nid}", answer=[], skip="empty front", **common)
        texts = [plain(SOUND.sub("", values[k]), True) if k < len(values) else "" for k in layout.options]
        shown = [i for i, k in enumerate(layout.options) if texts[i] or IMG.search(values[k])]
        key = values[layout.key]
        right = choice_key(key, texts)
        names = ", ".join(kind.fields[k] for k in layout.options[:2]) + " …"
        if right is None or any(r not in shown for r in right) or len(shown) < 2:
            why = (
                f"fewer than two of its options ({names}) hold text"
                if len(shown) < 2
                else f"its {kind.fields[layout.key]!r} field {plain(key, True)!r} does not say which of its options ({names}) are right"
            )
            diag.warning(
                doc.rel,
                line,
                f"multiple-choice note (note type {kind.name!r}): {why}; no card",
                f"in Anki, write 1 for each right option and 0 for each other, in order, in its {kind.fields[layout.key]!r} field (\"1 0 0 0\")",
                group="choice-key",
            )
            return make_item(doc, source, diag, line, question=question, answer=[], skip="no correct option", **common)
        how = choice_kind(values[layout.qtype] if layout.qtype is not None else "", layout, len(right))
        answer: list[Block] = []
        for k, labelled in layout.extras:
            value = values[k] if k < len(values) else ""
            if not visible(value) or k in hidden:
                continue
            label = html.escape(kind.fields[k], quote=False)
            answer.extend(paragraph(b) for b in html_blocks(f"<i>{label}:</i> {value}" if labelled else value))
        if not right:  # a kprim note whose statements are all false: no option to mark, each statement shown false
            if how != KPRIM:
                diag.warning(
                    doc.rel,
                    line,
                    f"multiple-choice note (note type {kind.name!r}): its {kind.fields[layout.key]!r} field marks no option right; no card",
                    f"in Anki, write 1 for each right option and 0 for each other in its {kind.fields[layout.key]!r} field",
                    group="choice-key",
                )
                return make_item(doc, source, diag, line, question=question, answer=[], skip="no correct option", **common)
            items = "".join(f"<li>{html.escape(texts[i], quote=False)}</li>" for i in shown)
            stimulus = [*stimulus, Block(kind=BlockKind.html, text=f"<ol>{items}</ol>")]
            falses = "".join(f"<li>\u2717 {html.escape(texts[i], quote=False)}</li>" for i in shown)
            answer = [Block(kind=BlockKind.html, text=f"<ul>{falses}</ul>"), *answer]
            return make_item(doc, source, diag, line, question=question, answer=answer, stimulus=stimulus, **common)
        choices = [self._choice(LETTERS[n], values[layout.options[i]], texts[i]) for n, i in enumerate(shown[: len(LETTERS)])]
        correct = ",".join(LETTERS[shown.index(r)] for r in right if shown.index(r) < len(LETTERS))
        return make_item(
            doc,
            source,
            diag,
            line,
            question=question,
            kind=ItemKind.multiple_choice,
            choices=choices,
            correct=correct,
            answer=answer,
            stimulus=stimulus,
            **common,
        )

    def _own_choice_item(self, doc: Document, source: SourceConfig, diag: Diagnostics, note: Note, kind: NoteType, levels: Levels) -> Item | None:
        """A note of deckc's own multiple-choice type (a deck deckc built, re-exported from Anki: trial15 T15-73): its
        Options list's entries the options (the one marked ``class="correct"`` right, else the letters its Correct
        field names), its Explanation the back; Sources, DeckcId, Difficulty and Section as for deckc's other types."""
        values = dict(zip(kind.fields, note.fields + [""] * (len(kind.fields) - len(note.fields)), strict=True))
        line = note.nid
        common = self._common(note, levels, kind)
        front = values["Question"]
        question, shown, after = _asked(front, [])
        options = own_options(values["Options"], values["Correct"])
        right = options.right
        choices = [self._choice(LETTERS[n], body, plain(body, True), options.marks[n]) for n, body in enumerate(options.bodies)]
        if not question or len(choices) < 2 or not right:
            item = self._item(doc, source, diag, note, kind, levels)  # (not as deckc wrote it: read as any note)
            return item
        answer = html_blocks(values["Explanation"]) if visible(values["Explanation"]) else []
        return make_item(
            doc, source, diag, line, question=question, kind=ItemKind.multiple_choice, choices=choices, correct=",".join(right),
            answer=answer, stimulus=[*shown, *_front(front)], stimulus_after=after, **common,
        )  # fmt: skip

    @staticmethod
    def _choice(label: str, value: str, text: str, mark: str = "") -> Choice:
        """An option: its text, and its markup (bold, a subscript, maths) when it has some; ``mark`` the label the
        card showed when it was the page's own ('β)')."""
        marked = sanitize(IMG.sub("", SOUND.sub("", value))) if "<" in value else ""
        html_text = marked if marked and marked != html.escape(text, quote=False) else ""
        return Choice(label=label, text=text or "[image]", html=html_text, mark=mark)

    def _card(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        note: Note,
        kind: NoteType,
        front: list[int],
        back: list[int],
        reverse: bool,
        common: dict[str, object],
        template: str = "",
        labels: dict[int, str] | None = None,
    ) -> Item | None:
        """One card as its template shows it: the fields its front shows are the question (pictures and
        audio on the front), the fields its back adds the answer, each after the first labelled with its
        field's name; a field whose text another shown field already has (a coloured twin) is left out."""
        filters = _filters(kind, note)
        values = [furigana(v, filters.get(k, "")) for k, v in enumerate(note.fields)]
        line = note.nid
        shown = [(labels or {}).get(k, "") for k in front]  # (the template's own label before a field: 'Hint: …', T48-10)
        front_html = "<br>".join(f"{label} {values[k]}" if label else values[k] for k, label in zip(front, shown, strict=True) if k < len(values) and values[k].strip())
        stimulus = _front(front_html)
        question, stimulus, after = _asked(front_html, stimulus)
        if not question and stimulus:  # a picture or a sound alone: the card asks, in the deck's language
            question = (picture_prompt if front_images(front_html) else audio_prompt)(source, self._deck_text())
        if not question:
            if template:
                return None  # (a further template's card with nothing on its front: Anki makes none either)
            diag.warning(
                doc.rel, line, "note with an empty first field; no card", "write the question in the note's first field in Anki", group="empty-front"
            )
            return make_item(doc, source, diag, line, question=f"note {note.nid}", answer=[], skip="empty front", **common)
        seen = {plain(SOUND.sub("", values[k]), True) for k in front if k < len(values)}
        answer = _answer_blocks(kind, values, back, seen, front_html, _filters(kind, note))
        return basic_item(doc, source, diag, line, _SECOND_FIELD, answer, question=question, stimulus=stimulus, stimulus_after=after, reverse=reverse, **common)

    def _item(self, doc: Document, source: SourceConfig, diag: Diagnostics, note: Note, kind: NoteType, levels: Levels) -> Item | None:
        fields = list(note.fields)
        line = note.nid
        report_active("\t".join(fields), doc.rel, line, diag)
        common = self._common(note, levels, kind)
        hidden = self._meta_of(note.mid, kind).hidden
        front = fields[0] if fields else ""
        if kind.cloze:
            text = plain(anki_split(SOUND.sub("", front)), True)  # (its hints where Anki starts them: T24-33)
            sides = card_sides(kind, note, every=True)  # the fields its template's back adds (Extra), else every other field
            shown = [k for k in (sides[0][2] if sides else range(1, len(fields))) if k != 0 and k not in hidden]
            extra = _answer_blocks(kind, fields, shown, {plain(SOUND.sub("", front), True)}, front, _filters(kind, note))
            if image_occlusion(text):  # (masks on a picture: nothing to recall as text, T25-22)
                diag.warning(doc.rel, line, f"{OCCLUSION_SKIP}; no card", OCCLUSION_HINT, group="image-occlusion")
                return make_item(doc, source, diag, line, question=f"note {note.nid} (Image Occlusion)", answer=[], skip="image occlusion", **common)
            if not CLOZE.search(text):
                diag.warning(doc.rel, line, "cloze note without a {{c1::…}} deletion; no card", "add the deletion in Anki", group="cloze-row")
                return make_item(doc, source, diag, line, question=text or f"note {note.nid}", answer=[], skip="no cloze deletion", **common)
            return make_item(doc, source, diag, line, **cloze_fields(text, extra), stimulus=_front(front), **common)
        if kind.stock == STOCK_TYPED or _TYPED.search(kind.name):
            diag.warning(
                doc.rel,
                line,
                f"note type {kind.name!r}: the card shows the answer, without a box to type it in",
                "nothing to do; in Anki, change these notes' type back after import if you want to type answers",
                group="typed-answer",
            )
        flag = next((k for k, name in enumerate(kind.fields) if k >= 2 and name.strip().lower() == "add reverse"), None)
        if flag is None and kind.stock == STOCK_OPTIONAL_REVERSED and len(fields) > 2:
            flag = 2
        fields = [f if k not in hidden else "" for k, f in enumerate(fields)]
        if flag is not None and flag < len(fields):
            fields = [f for k, f in enumerate(fields) if k != flag]  # the Add Reverse flag: no text
        reverse = note.templates > 1
        stimulus = _front(front)
        pictures = bool(front_images(front))
        question, stimulus, after = _asked(front, stimulus)
        if not question and stimulus:  # a picture or a sound alone: the card asks, in the deck's language
            question = (picture_prompt if pictures else audio_prompt)(source, self._deck_text())
        if not question:
            diag.warning(
                doc.rel, line, "note with an empty first field; no card", "write the question in the note's first field in Anki", group="empty-front"
            )
            return make_item(doc, source, diag, line, question=f"note {note.nid}", answer=[], skip="empty front", **common)
        back = answer_side(front, fields[1], True) if len(fields) > 1 else ""  # not the question again above a rule
        answer = html_blocks(back)
        if answer:  # the note's other fields (an example sentence, a note) go on the back, each its own paragraph
            for extra in fields[2:]:
                answer.extend(paragraph(b) for b in html_blocks(extra))
        return basic_item(doc, source, diag, line, _SECOND_FIELD, answer, question=question, stimulus=stimulus, stimulus_after=after, reverse=reverse, **common)


_NUMBER_ONLY = re.compile(r"[\d\s.,#/-]+")


def _answer_blocks(kind: NoteType, values: list[str], shown: list[int], seen: set[str], front_html: str, filters: dict[int, str]) -> list[Block]:
    """The answer from the fields ``shown``, in order: the first as it is, each further one its own
    paragraph labelled with its field's name (also when the first is empty); a field whose text is
    already shown (a twin) left out."""
    answer: list[Block] = []

    def text_of(k: int) -> str:
        return plain(SOUND.sub("", values[k]), True) if k < len(values) else ""

    # the main answer: the first field shown that is not a twin of the front (empty or not), and not a bare number
    # when a field with words follows (Lapis' back opens with its 'Frequency' rank, '54': no answer; trial12 U48)
    fresh = [k for k in shown if not text_of(k) or text_of(k) not in seen]
    worded = [k for k in fresh if not _NUMBER_ONLY.fullmatch(text_of(k))]
    main = next(iter(worded if worded and any(text_of(k) for k in worded) else fresh), shown[0] if shown else -1)
    # (every field the back shows says the front's own word again: that word is the answer, as the card shows it,
    # not "no answer": Luxembourg's capital is Luxembourg; trial48 T48-1)
    repeated = next((k for k in shown if text_of(k)), -1) if not any(text_of(k) for k in fresh) else -1
    main = repeated if repeated >= 0 else main
    for k in shown:
        value = furigana(values[k], filters.get(k, "")) if k < len(values) else ""
        text = plain(SOUND.sub("", value), True)
        if not value.strip() or (text and text in seen and k != repeated):
            continue
        seen.add(text)
        if k == main:  # the main answer as it is (a bare number shown before it is left out); a further field after its name, also when that one is empty
            answer = html_blocks(answer_side(front_html, value, True))  # not the question again above a rule
        else:
            label = html.escape(kind.fields[k] if k < len(kind.fields) else "", quote=False)
            answer.extend(paragraph(b) for b in html_blocks(f"<i>{label}:</i> {value}" if label else value))
    return answer


# Anki's furigana: 'base[reading]' after a space or at the start (its own pattern, the space dropped)
_FURIGANA = re.compile(r" ?([^ >]+?)\[(.+?)\]")


def furigana(value: str, how: str) -> str:
    """A field as a template's ``{{furigana:…}}`` shows it (``日本語[にほんご]`` as ruby text), ``{{kana:…}}``
    (the readings) or ``{{kanji:…}}`` (the bases); ``[sound:…]`` is no reading."""
    if not how or "[" not in value:
        return value

    def one(m: re.Match[str]) -> str:
        if m.group(2).startswith("sound:"):
            return m.group(0)
        if how == "kana":
            return m.group(2)
        if how == "kanji":
            return m.group(1)
        return f"<ruby>{m.group(1)}<rt>{m.group(2)}</rt></ruby>"

    return _FURIGANA.sub(one, value)


def _filters(kind: NoteType, note: Note) -> dict[int, str]:
    """Field index -> 'furigana', 'kana' or 'kanji' when the note's first template shows it so."""
    if not kind.templates:
        return {}
    out: dict[int, str] = {}
    first = min(note.ords) if note.ords else 0
    _, qfmt, afmt = kind.templates[first if first < len(kind.templates) else 0]
    for marker, ref in _REFERENCE.findall(qfmt + afmt):
        parts = [p.strip() for p in ref.split(":")]
        if marker or len(parts) < 2 or parts[-1] not in kind.fields:
            continue
        how = next((f for f in parts[:-1] if f in ("furigana", "kana", "kanji")), "")
        if how:
            out.setdefault(kind.fields.index(parts[-1]), how)
    return out


_REFERENCE = re.compile(r"\{\{([#^/]?)([^{}]*)\}\}")
_HIDDEN_STYLE = re.compile(r"visibility\s*:\s*hidden|display\s*:\s*none|opacity\s*:\s*0(?![.\d]*[1-9])", re.I)
_VOID = frozenset(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"])


def _visible(fmt: str, hidden: frozenset[str] = frozenset()) -> str:
    """A template without the elements an inline style hides (``<div style="visibility: hidden">{{Pinyin}}</div>``,
    ``display:none``, ``opacity:0``) or its note type's styling hides by a class (``hidden``: ``.pinyinHidden
    {visibility: hidden}``, trial15 T15-14): note types keep the answer's fields in the front's layout that way,
    so the front does not jump when the answer shows (learner L46: the reading and meaning went on the front,
    or a note whose every field sat on the front made no card)."""
    from html.parser import HTMLParser

    kept: list[str] = []

    class Strip(HTMLParser):
        hidden = 0  # depth inside a hidden element

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in _VOID:
                return
            given = dict(attrs)
            if self.hidden or _HIDDEN_STYLE.search(given.get("style") or "") or hidden & set((given.get("class") or "").split()):
                self.hidden += 1

        def handle_endtag(self, tag: str) -> None:
            if self.hidden and tag not in _VOID:
                self.hidden -= 1

        def handle_data(self, data: str) -> None:
            if not self.hidden:
                kept.append(data)

    parser = Strip(convert_charrefs=False)
    parser.feed(fmt)
    parser.close()
    return " ".join(kept)


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CSS_AT_BLOCK = re.compile(r"@[^{};]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")  # '@media (max-width: …) { … }': not always
_CSS_RULE = re.compile(r"(?P<sel>[^{}]+)\{(?P<decls>[^{}]*)\}")
_CSS_CLASS = re.compile(r"^[A-Za-z]*\.(?P<name>[\w-]+)$")


@functools.lru_cache(maxsize=64)
def hidden_classes(css: str) -> frozenset[str]:
    """The classes a note type's styling hides everywhere (``.synonymsColored {… display: none}``, ``visibility:
    hidden``, ``opacity: 0``; the last word on each property counts): a selector of one class, with or without its
    element (``div.x``); one that needs a context (``.nightMode .x``) or a media query does not always hide."""
    found: set[str] = set()
    css = _CSS_AT_BLOCK.sub(" ", _CSS_COMMENT.sub(" ", css))
    for rule in _CSS_RULE.finditer(css):
        last: dict[str, str] = {}
        for decl in rule.group("decls").split(";"):
            name, _, value = decl.partition(":")
            last[name.strip().lower()] = value.replace("!important", "").strip().lower()
        if last.get("display") == "none" or last.get("visibility") == "hidden" or re.fullmatch(r"0(?:\.0*)?", last.get("opacity", "1")):
            found |= {m.group("name") for sel in rule.group("sel").split(",") if (m := _CSS_CLASS.match(sel.strip()))}
    return frozenset(found)


def _filled(value: str) -> bool:
    """Whether Anki counts a field as non-empty for a ``{{#Field}}`` section: text, a picture or a sound."""
    return bool(TAG.sub("", value).replace("&nbsp;", " ").strip()) or bool(IMG.search(value))


_UNSHOWN = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->", re.S | re.I)


def _shown_sections(fmt: str, names: list[str], filled: list[bool] | None) -> str:
    """A template as a card of this note shows it: a ``{{#Field}}…{{/Field}}`` section only when the field holds text,
    a ``{{^Field}}…{{/Field}}`` one only when it is empty (Anki's rule; Lapis' audio card, ``{{#IsAudioCard}}``, is not
    the front of a note whose flag is empty: trial12 U48); scripts, styles and comments show no field."""
    fmt = _UNSHOWN.sub(" ", fmt)
    if filled is None:
        return fmt
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (section's field, shown)
    at = 0
    for m in _REFERENCE.finditer(fmt):
        if all(shown for _, shown in stack):
            out.append(fmt[at : m.start()])
        at = m.end()
        marker, name = m.group(1), m.group(2).strip()
        if marker in "#^" and marker:
            full = filled[names.index(name)] if name in names else True  # ('{{#Tags}}', a special field: shown)
            stack.append((name, full if marker == "#" else not full))
        elif marker == "/":
            while stack and stack.pop()[0] != name:
                pass
        elif all(shown for _, shown in stack):
            out.append(m.group(0))
    if all(shown for _, shown in stack):
        out.append(fmt[at:])
    return "".join(out)


# a template's own words before a field on its front: a short label ending with a colon ('Hint: {{Capital hint}}')
_FIELD_LABEL = re.compile(r"(?:^|[>}])\s*(?P<label>[^\W\d_][^<>{}\n:：]{0,30}[:：])\s*\{\{(?![#^/!])(?:[^{}:]*:)?(?P<name>[^{}:]+)\}\}")


def _front_labels(kind: NoteType, template: str) -> dict[int, str]:
    """Field index -> the label the template's front writes before it (``Hint:``; trial48 T48-10: the hint ran into
    the capital, ``London Constituent country``); a label of four words at most."""
    qfmt = next((q for name, q, _ in kind.templates if name == template), "")
    out: dict[int, str] = {}
    for m in _FIELD_LABEL.finditer(qfmt):
        name, label = m.group("name").strip(), " ".join(m.group("label").split())
        if name in kind.fields and len(label.split()) <= 4:
            out.setdefault(kind.fields.index(name), html.escape(label, quote=False))
    return out


def template_fields(fmt: str, names: list[str], front: bool, filled: list[bool] | None = None, hidden: frozenset[str] = frozenset()) -> list[int]:
    """The fields a card template shows, by index, in order: ``{{Word}}``, ``{{text:Word}}``,
    ``{{furigana:Reading}}`` and the fields inside ``{{#Field}}…{{/Field}}`` sections (a section's own
    marker is a condition, not text: ``{{#Add Reverse}}``); on a front, ``{{type:…}}`` (a box to type
    in) and ``{{hint:…}}`` (hidden until clicked) are not the question; ``{{tts …}}`` is speech."""
    out: list[int] = []
    fmt = _shown_sections(fmt, names, filled)
    hides = front and (_HIDDEN_STYLE.search(fmt) or (hidden and "class" in fmt))
    for marker, ref in _REFERENCE.findall(_visible(fmt, hidden) if hides else fmt):
        if marker:
            continue
        parts = [p.strip() for p in ref.split(":")]
        name, filters = parts[-1], parts[:-1]
        if name not in names or any(f.startswith("tts") for f in filters) or (front and any(f in ("type", "hint") for f in filters)):
            continue
        index = names.index(name)
        if index not in out:
            out.append(index)
    return out


def card_sides(kind: NoteType, note: Note, every: bool = False, filled: list[bool] | None = None) -> list[tuple[str, list[int], list[int]]] | None:
    """``(template name, front fields, back fields)`` of each template that makes a card of this note
    (the back: what the answer side adds to the front), or None when the note type has no templates.
    ``every``: all templates (a cloze type's one template makes a card per deletion, numbered past it)."""
    if not kind.templates or not kind.fields:
        return None
    out = []
    for ord_, (name, qfmt, afmt) in enumerate(kind.templates):
        if not every and note.ords and ord_ not in note.ords:
            continue
        front = template_fields(qfmt, kind.fields, front=True, filled=filled, hidden=hidden_classes(kind.css))
        back = [k for k in template_fields(afmt, kind.fields, front=False, filled=filled) if k not in front]
        if front:
            out.append((name, front, back))
    return out or None


def _deck_text(db: Path) -> str:
    """The text of the collection's first notes, to tell the deck's language by."""
    con = sqlite3.connect(f"{db.as_uri()}?immutable=1", uri=True)
    try:
        rows = con.execute("select flds from notes order by id limit ?", (SAMPLE_NOTES,)).fetchall()
    finally:
        con.close()
    return "\n".join(str(f).replace("\x1f", "\n") for (f,) in rows)


def _asked(front: str, shown: list[Block]) -> tuple[str, list[Block], bool]:
    """``(question, what the front shows besides it, whether that comes after it)``: a front's code blocks kept whole
    under its question, its inline code as code (trial21 T21-23: both were squashed into the question's line); a
    front that is code alone stays its question's text."""
    question = front_question(SOUND.sub("", front), True)
    code, after = front_code(front) if "<pre" in front.lower() else ([], False)
    if code and question:
        return question, [*code, *shown], after
    return (question if not code else plain(SOUND.sub("", front), True)), shown, False


def _front(front: str) -> list[Block]:
    """What the front field shows besides its text: its pictures, then its audio (``[sound:…]``, played
    by Anki on the card's front)."""
    sounds = SOUND.findall(front)
    return [*front_images(front), *([Block(kind=BlockKind.html, text="<p>" + " ".join(sounds) + "</p>")] if sounds else [])]


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__


# --- media, extracted when a card shows them ------------------------------------------------------


@functools.lru_cache(maxsize=16)
def _package(path: Path, size: int, mtime: int) -> Package | None:
    try:
        return open_package(path)
    except (PackageError, OSError, zipfile.BadZipFile):
        return None


def packaged_media(package_path: Path, name: str) -> tuple[Path | None, str]:
    """``(file, why not)``: a media file a note of the package shows, extracted (once a process, by content)."""
    try:
        stat = package_path.stat()
    except OSError as exc:
        return None, f"{name[:60]!r}: the package cannot be read ({exc.strerror})"
    package = _package(package_path, stat.st_size, stat.st_mtime_ns)
    if package is None or name not in package.media:
        return None, f"{name[:60]!r} is not in the package's media"
    folder = scratch_dir("deckc-apkg-media-")
    key = hashlib.sha256(f"{package_path}\n{name}".encode()).hexdigest()
    part = folder / f"{key}.part"
    try:
        with zipfile.ZipFile(package_path) as archive:
            _extract(archive, package.media[name], package.compressed, part)
        digest = hashlib.sha256()
        with part.open("rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
        target = folder / digest.hexdigest()[:32] / name
        target.parent.mkdir(exist_ok=True)
        part.replace(target)
    except Exception as exc:  # a damaged entry: said, never a traceback
        part.unlink(missing_ok=True)
        return None, f"{name[:60]!r} cannot be read from the package ({_reason(exc)})"
    return target, ""
