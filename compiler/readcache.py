"""The last compile's reading of the content, replayed while nothing it read changed.

Reading is a function of the files it reads: every document, the files they
include or link, the names in sources/ and the folders and globs it looked
through (exactly what :mod:`compiler.uptodate` watches for a build), deck.toml,
and deckc's own code and libraries.  Not the lock, decisions.toml,
overrides.toml or topics.toml: the passes after reading use those.  Even with
every document's items in the item cache, reading an unchanged folder ran each
document's text through the readers' rewrites and layout checks again: ~0.12 s
of CPU on the sample deck, a fifth of the first `deckc lint` after a build, which
reads what the build just read.

So a compile records what reading gave (the sources, items, documents, what
reading said and the item-cache entries it used) with the hashes of what it
read (``build/.cache/read.json``, checksummed); the next compile whose hashes
are the same takes that instead of reading.  An optimisation only: a replayed
reading is what reading the same files gives (tested), and anything else (a
file edited, added or removed, other settings or code, a file read from outside
the content folder, an error, a damaged record) reads.  Each item and each
document's text is in the record once (format 3): the whole reading and each
document's own reading name them by their place in the record's lists, so a
deck of 20,000 questions is recorded too (its record ~13 MB, was ~35 MB with
each held twice) and an edit of one of its 200 documents reads that one.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter

from compiler import cachefile, uptodate
from compiler.config import CONFIG_NAME, DeckConfig
from compiler.diagnostics import Diagnostic, Diagnostics
from compiler.docreplay import DocumentReading
from compiler.itemcache import ITEMS, ItemCache
from compiler.model import Item, Source
from compiler.sources.base import Document
from compiler.sources.suggest import Inline, fixed_table

NAME = "read.json"
FORMAT = 3  # (2: each document's own reading too, compiler.docreplay; 3: each item and document in it once)

SOURCES = TypeAdapter(list[Source])
Read = tuple[list[Source], list[Item], dict[str, Document]]


def kept_reading(
    cache_dir: Path | None,
    content_dir: Path,
    config: DeckConfig,
    diag: Diagnostics,
    item_cache: ItemCache,
    read: Callable[[DocumentRecords | None], Read],
) -> tuple[Read, Callable[[], None]]:
    """What ``read(records)`` gives for this content, replayed from the last compile's record when nothing it read
    changed (its messages put into ``diag`` as reading puts them); and the writer that records this one's.
    Else ``records`` replays each document whose own inputs did not change (:mod:`compiler.docreplay`)."""
    if cache_dir is None:
        return read(None), _nothing
    path = cache_dir / NAME
    head = {"format": FORMAT, "content": str(Path(content_dir).resolve()), "config": config.model_dump_json()}
    kept = _load(path)
    names, folders, globs = ([str(n) for n in kept[0]["files"]], kept[0]["folders"], kept[0]["globs"]) if kept else ([], [], [])
    before = uptodate.scan(content_dir, names, folders, globs)
    if kept is not None and kept[0]["key"] == uptodate.fingerprint({n: before.files[n] for n in names}, head, before.listing):
        replayed = _replay(*kept[:2], diag, item_cache, content_dir)
        if replayed is not None:
            return replayed, _nothing
    said, tables, used = len(diag.items), dict(diag.tables), set(item_cache.used)
    earlier = list(diag.items)
    records = DocumentRecords(content_dir, kept, before, head)
    with uptodate.recording() as noted:
        result = read(records)
    record = _record(result, diag, said, earlier, tables, item_cache.used - used, noted, content_dir, before, head, records)
    if record is None:
        return result, _nothing
    return result, lambda: cachefile.write_atomic(path, cachefile.checked(record))


def _nothing() -> None:
    """No record to write (replayed, or not recordable)."""


def _record(
    result: Read,
    diag: Diagnostics,
    said: int,
    earlier: list[Diagnostic],
    tables: dict[str, Any],
    used: set[str],
    noted: set[str],
    content_dir: Path,
    before: uptodate.Inputs,
    head: dict[str, object],
    records: DocumentRecords,
) -> bytes | None:
    """The record of this reading (a line of JSON, then the items' JSON), or None when it must not be replayed:
    an error, a file read from outside the content folder, a file that changed while it was read, messages or
    tables it changed that were there before it, something that does not survive JSON as it is."""
    sources, items, documents = result
    if diag.errors or diag.items[:said] != earlier or any(diag.tables.get(k) != v for k, v in tables.items()):
        return None
    inside, outside = uptodate.split_reads(content_dir, noted)
    if outside:
        return None
    folders, globs = uptodate.watched(content_dir, noted)
    after = uptodate.scan(content_dir, sorted({CONFIG_NAME, *inside}), folders, globs)
    if any(before.files.get(name, digest) != digest for name, digest in after.files.items()):
        return None  # (edited while it was read: the next compile reads again)
    files = {name: after.files[name] for name in sorted({CONFIG_NAME, *inside, *after.listing})}
    docs = _Pool()
    slots, pool = records.plain(after, docs)
    record = {
        "format": FORMAT,
        "key": uptodate.fingerprint(files, head, after.listing),
        "files": files,
        "noted": inside,
        "folders": folders,
        "globs": globs,
        "sources": SOURCES.dump_python(sources, mode="json"),
        "documents": {key: docs.place(doc) for key, doc in documents.items()},
        "messages": [dataclasses.asdict(d) for d in diag.items[said:]],
        "tables": {k: [_plain(v[0]), v[1]] for k, v in diag.tables.items() if k not in tables},
        "used": sorted(used),
        "base": _base(head, after, records.own),
        "own": sorted(records.own),
        "items": _runs(items, pool),
        "documents_read": slots,
        "texts": [_document(doc) for doc in docs.values],
    }
    try:  # (ASCII: a lone surrogate too)
        data = json.dumps(record).encode() + b"\n" + ITEMS.dump_json(pool)
        kept = _split(data)[0]
        again = _parsed(kept, _again(pool, records.checked(slots)))
        fresh = {k: records.recorded[k][0] for k in slots if k not in records.replays}
        texts = _Texts(kept["texts"])
        if not _same({k: _reading(kept["documents_read"][k], again[6], texts) for k in fresh}, fresh):
            return None  # (each document's reading read this time, replayed as it was read; a replayed one was checked)
    except (TypeError, ValueError, KeyError, IndexError):  # (a value JSON does not hold: a table's setting as a model)
        return None
    now = (sources, items, documents, diag.items[said:], {k: diag.tables[k] for k in record["tables"]}, used)
    return data if again[:2] == now[:2] and _same(again[2:6], now[2:]) else None  # replayed as it was read, or not kept


class _Pool:
    """The documents of a record, each once however many readings hold it (by identity: a document's reading and
    the whole reading hold the same object); a reading names each by its place."""

    def __init__(self) -> None:
        self.values: list[Document] = []
        self._at: dict[int, int] = {}

    def place(self, value: Document) -> int:
        at = self._at.get(id(value))
        if at is None:
            at = self._at[id(value)] = len(self.values)
            self.values.append(value)
        return at


def _runs(items: list[Item], pool: list[Item]) -> list[list[int]]:
    """The whole reading's items as runs ``[start, end]`` of places in ``pool`` (each document's items, in order);
    an item no document's reading holds (its id made distinct after reading, an index's question) is added to it."""
    at = {id(item): n for n, item in enumerate(pool)}
    runs: list[list[int]] = []
    for item in items:
        n = at.get(id(item))
        if n is None:
            n = len(pool)
            pool.append(item)
        if runs and runs[-1][1] == n:
            runs[-1][1] = n + 1
        else:
            runs.append([n, n + 1])
    return runs


class _Texts:
    """A record's documents (``texts``), each made a :class:`Document` when a reading first names it."""

    def __init__(self, plain: list[dict[str, Any]]) -> None:
        if not isinstance(plain, list):
            raise TypeError("no documents")
        self.plain = plain
        self.made: dict[int, Document] = {}

    def __getitem__(self, at: int) -> Document:
        if type(at) is not int or not 0 <= at < len(self.plain):
            raise IndexError("no such document")
        if at not in self.made:
            self.made[at] = _from_document(self.plain[at])
        return self.made[at]


INLINE = "\0inline"  # the JSON of a table's value written as TOML already: {INLINE: text}
MODEL = "\0model"  # the JSON of a table's setting given as a model of deckc's (a layout's DelimitedConfig): {MODEL: name, "set": …}


def _plain(value: Any) -> Any:
    """A table as JSON holds it, its values written as TOML already (:class:`~compiler.sources.suggest.Inline`) and
    its settings given as models (``delimited = DelimitedConfig(…)``, with only the fields it set) marked."""
    if isinstance(value, Inline):
        return {INLINE: str(value)}
    if isinstance(value, BaseModel) and type(value).__module__.startswith("compiler."):
        return {MODEL: f"{type(value).__module__}:{type(value).__qualname__}", "set": value.model_dump(mode="json", exclude_unset=True)}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return [_plain(v) for v in value] if isinstance(value, list) else value


def _typed(value: Any) -> Any:
    """The table :func:`_plain` made JSON of."""
    if isinstance(value, dict) and list(value) == [MODEL, "set"]:
        return _model(str(value[MODEL]), value["set"])
    if isinstance(value, dict):
        return Inline(value[INLINE]) if list(value) == [INLINE] else {k: _typed(v) for k, v in value.items()}
    return [_typed(v) for v in value] if isinstance(value, list) else value


def _model(name: str, fields: Any) -> BaseModel:
    """The model :func:`_plain` made JSON of (a class of deckc's own only); raises ValueError if there is none."""
    module, _, qualname = name.partition(":")
    if not module.startswith("compiler."):
        raise ValueError(f"not a model of deckc's: {name}")
    try:
        cls = getattr(importlib.import_module(module), qualname, None)
    except ImportError as exc:
        raise ValueError(f"no module {module}") from exc
    if not (isinstance(cls, type) and issubclass(cls, BaseModel)):
        raise ValueError(f"not a model: {name}")
    return cls.model_validate(fields)


def _same(a: object, b: object) -> bool:
    """Equal and of the same types all through: a table's value written as TOML already (a str of its own type,
    pasted unquoted) or a tuple in it comes back from JSON as another type, equal but printed otherwise."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(v, b[k]) for k, v in a.items())  # type: ignore[index]
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))  # type: ignore[arg-type]
    if dataclasses.is_dataclass(a):
        return all(_same(getattr(a, f.name), getattr(b, f.name)) for f in dataclasses.fields(a))
    return a == b


def _document(doc: Document) -> dict[str, Any]:
    return {
        "rel": doc.rel,
        "text": doc.text,
        "path": None if doc.path is None else str(doc.path),
        "converted": doc.converted,
        "warnings": [dataclasses.asdict(d) for d in doc.warnings],
    }


def _from_document(d: dict[str, Any]) -> Document:
    """The document :func:`_document` made JSON of."""
    return Document(
        rel=d["rel"],
        text=d["text"],
        path=None if d["path"] is None else Path(d["path"]),
        converted=d["converted"],
        warnings=tuple(Diagnostic.from_json(w) for w in d["warnings"]),
    )


def _replay(kept: dict[str, Any], items: bytes, diag: Diagnostics, item_cache: ItemCache, content_dir: Path) -> Read | None:
    """The recorded reading, its messages and tables put into ``diag``, what it read told to the up-to-date check
    as reading tells it (a build's record and a lint's answer then see an edit of them); None if the record does
    not hold one."""
    try:
        sources, found, documents, messages, tables, used, _ = _parsed(kept, ITEMS.validate_json(items))
        noted = [str(name) for name in kept["noted"]]
    except (ValueError, KeyError, TypeError, IndexError):
        return None
    for name in noted:
        uptodate.note(Path(content_dir) / name)
    for folder in kept["folders"]:
        uptodate.note_folder(Path(content_dir) / str(folder))
    for pattern in kept["globs"]:
        uptodate.note_glob(str(pattern))
    diag.render = diag.render or fixed_table  # (as reading sets it: a hint's fix printed as the whole table)
    diag.items.extend(messages)
    diag.tables.update(tables)
    item_cache.used |= used  # (the item cache keeps only the entries a compile used)
    return sources, found, documents


def _parsed(
    kept: dict[str, Any], pool: list[Item]
) -> tuple[list[Source], list[Item], dict[str, Document], list[Diagnostic], dict[str, tuple[dict[str, Any], bool]], set[str], list[Item]]:
    """A record's reading as objects (``pool``: all the record's items, parsed; returned last): raises ValueError,
    KeyError, TypeError or IndexError if it holds none."""
    texts = _Texts(kept["texts"])
    documents = {str(key): texts[at] for key, at in kept["documents"].items()}
    found = [pool[n] for start, end in kept["items"] for n in range(_place(start, pool), _place(end, pool, 1))]
    return (
        SOURCES.validate_python(kept["sources"]),
        found,
        documents,
        [Diagnostic.from_json(m) for m in kept["messages"]],
        {k: (_typed(v[0]), v[1]) for k, v in kept["tables"].items()},
        {str(k) for k in kept["used"]},
        pool,
    )


def _again(pool: list[Item], checked: list[bool]) -> list[Item]:
    """The record's items as a later compile reads them back from JSON (to check the record as it is written): an
    item of a document's reading replayed from the record came from that JSON and was checked when it was written,
    so only the others are written and read again (on a deck of 20,000 items, ~1 s of CPU saved an edit)."""
    again = list(pool)
    unchecked = [n for n, done in enumerate(checked) if not done] + list(range(len(checked), len(pool)))
    for n, item in zip(unchecked, ITEMS.validate_json(ITEMS.dump_json([pool[n] for n in unchecked])), strict=True):
        again[n] = item
    return again


def _place(n: object, pool: list[Item], end: int = 0) -> int:
    """A run's bound, checked: raises IndexError if it is not a place in ``pool`` (``end``: or just past it)."""
    if type(n) is not int or not 0 <= n < len(pool) + end:
        raise IndexError("item out of range")
    return n


def _split(data: bytes) -> tuple[dict[str, Any], bytes]:
    """(the record's first line as JSON, the JSON of all its items); raises ValueError if it is no record."""
    first, _, items = data.partition(b"\n")
    kept = json.loads(first)
    if not isinstance(kept, dict):
        raise ValueError("not an object")
    return kept, items


def _load(path: Path) -> tuple[dict[str, Any], bytes] | None:
    """The record if it is intact and of this format, else None (a damaged one is removed with a notice).
    Its items are left as JSON: a compile that reads again needs only the first line."""
    try:
        data = cachefile.read_checked_bytes(path)
        if data is None:
            return None
        kept, items = _split(data)
        if kept.get("format") != FORMAT:
            return None
        if not (isinstance(kept.get("key"), str) and isinstance(kept.get("files"), dict) and isinstance(kept.get("folders"), list)
                and isinstance(kept.get("globs"), list)):
            raise ValueError("no file list")
    except ValueError as exc:
        cachefile.discard(path, cachefile.why(exc))
        return None
    return kept, items


def _base(head: dict[str, object], found: uptodate.Inputs, own: set[str]) -> str:
    """What every document's reading depends on besides the files it noted: deckc's code, deck.toml (its settings and
    the lines its messages name), the content folder, the names in sources/ and the folders and globs looked through,
    and every file there that is no document's own (``own``: a sidecar's label, a picture, a bibliography; a
    document's reading may look at one without noting it)."""
    files = {n: found.files.get(n, uptodate.ABSENT) for n in {CONFIG_NAME, *found.listing} if n not in own}
    return uptodate.fingerprint(files, head, found.listing)


Kept = tuple[DocumentReading, dict[str, str] | list[str], list[str], list[str]]  # (reading, its files, folders, globs)


class DocumentRecords:
    """Each document's reading (:mod:`compiler.docreplay`) kept in the record: the last compile's, replayed while the
    files it read are as they were and :func:`_base` is the same; this compile's, recorded with the rest."""

    def __init__(self, content_dir: Path, kept: tuple[dict[str, Any], bytes] | None, now: uptodate.Inputs, head: dict[str, object]) -> None:
        self.content_dir = Path(content_dir)
        self.now = now
        was = kept[0].get("own") if kept is not None else None
        base = _base(head, now, {str(n) for n in was}) if isinstance(was, list) else None
        slots = kept[0].get("documents_read") if kept is not None and base is not None and kept[0].get("base") == base else None
        self.slots: dict[str, Any] = slots if isinstance(slots, dict) else {}
        self.own: set[str] = set()  # (the file of every document in the reading's order)
        self.kept_items = kept[1] if kept is not None else b""
        self.kept_texts = kept[0].get("texts") if kept is not None else None
        self.items: list[Item] | None = None  # (the record's items, parsed when the first document is replayed)
        self.texts: _Texts | None = None
        self.recorded: dict[str, Kept] = {}
        self.replays: set[str] = set()  # (the keys replayed: checked when they were written)

    def document(self, rel: str) -> None:
        self.own.add(rel)

    def _digest(self, name: str) -> str:
        return self.now.files.get(name) or uptodate.state(self.content_dir / name)

    def replayed(self, key: str, shaped: Callable[[str], bool]) -> DocumentReading | None:
        entry = self.slots.get(key)
        if not isinstance(entry, dict):
            return None
        try:
            files = {str(k): str(v) for k, v in entry["files"].items()}
            if any(self._digest(n) != d for n, d in files.items()):
                return None  # (a file it read changed)
            shapes = {str(k): (str(v[0]), bool(v[1])) for k, v in entry["shapes"].items()}
            if any(self._digest(n) != d and shaped(n) != was for n, (d, was) in shapes.items()):
                return None  # (a page it asked the shape of changed shape)
            if self.items is None or self.texts is None:
                self.items, self.texts = ITEMS.validate_json(self.kept_items), _Texts(self.kept_texts)  # type: ignore[arg-type]
            reading = _reading(entry, self.items, self.texts)
            folders, globs = [str(f) for f in entry["folders"]], [str(g) for g in entry["globs"]]
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            self.slots = {}  # (a record that holds none: every document is read)
            return None
        for name in files:
            uptodate.note(self.content_dir / name)  # (the build's record and a lint's answer watch them, as read)
        for folder in folders:
            uptodate.note_folder(self.content_dir / folder)
        for pattern in globs:
            uptodate.note_glob(pattern)
        self.recorded[key] = (reading, sorted(files), folders, globs)
        self.replays.add(key)
        return reading

    def record(self, key: str, reading: DocumentReading, noted: set[str]) -> None:
        inside, outside = uptodate.split_reads(self.content_dir, noted)
        if not outside:  # (a file from outside the content folder: the whole record is not kept)
            folders, globs = uptodate.watched(self.content_dir, noted)
            self.recorded[key] = (reading, inside, folders, globs)

    def checked(self, slots: dict[str, Any]) -> list[bool]:
        """For each item of the documents' readings (:meth:`plain`'s list), whether it was replayed from the record."""
        marks: list[bool] = []
        for key, entry in slots.items():
            start, end = entry["items"]
            marks.extend([key in self.replays] * (end - start))
        return marks

    def plain(self, after: uptodate.Inputs, docs: _Pool) -> tuple[dict[str, Any], list[Item]]:
        """The documents' readings as the record's JSON (their documents placed in ``docs``), and all their items in
        one list (each slot its range)."""
        slots: dict[str, Any] = {}
        items: list[Item] = []
        for key, (reading, names, folders, globs) in self.recorded.items():
            if any(n not in after.files for n in [*names, *reading.shapes]):
                continue  # (not scanned: not kept)
            slots[key] = {
                "files": {n: after.files[n] for n in names},
                "folders": folders,
                "globs": globs,
                "sources": SOURCES.dump_python(reading.sources, mode="json"),
                "documents": {k: docs.place(d) for k, d in reading.documents.items()},
                "messages": [dataclasses.asdict(d) for d in reading.messages],
                "tables": {k: [_plain(v[0]), v[1]] for k, v in reading.tables.items()},
                "suggested": reading.suggested,
                "included": reading.included,
                "gave": reading.gave,
                "used": reading.used,
                "shapes": {n: [after.files[n], shape] for n, shape in reading.shapes.items()},
                "linked": reading.linked,
                "items": [len(items), len(items) + len(reading.items)],
            }
            items.extend(reading.items)
        return slots, items


def _reading(entry: dict[str, Any], items: list[Item], texts: _Texts) -> DocumentReading:
    """A document's reading from its entry in the record; raises ValueError, KeyError, TypeError or IndexError."""
    start, end = (int(n) for n in entry["items"])
    if not 0 <= start <= end <= len(items):
        raise IndexError("items out of range")
    return DocumentReading(
        sources=SOURCES.validate_python(entry["sources"]),
        items=items[start:end],
        documents={str(k): texts[at] for k, at in entry["documents"].items()},
        messages=[Diagnostic.from_json(m) for m in entry["messages"]],
        tables={str(k): (_typed(v[0]), bool(v[1])) for k, v in entry["tables"].items()},
        suggested=[dict(t) for t in entry["suggested"]],
        included=[str(n) for n in entry["included"]],
        gave=None if entry["gave"] is None else str(entry["gave"]),
        used=[str(k) for k in entry["used"]],
        shapes={str(k): bool(v[1]) for k, v in entry["shapes"].items()},
        linked={str(k): str(v) for k, v in entry["linked"].items()},
    )

