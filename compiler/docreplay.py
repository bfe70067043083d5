"""One document's reading, kept alone: an edit of one document reads that document, not the folder.

Reading a content folder runs every document's text through the readers' rewrites and layout checks, and
on a rebuild after one edit the unchanged documents' share of that was ~0.08 of the seed deck's 0.12 s of
CPU (thirty-fifth sitting), ~0.9 s on a 2,000-question deck of 20 documents.  What reading one document
adds to the folder's reading (its source, items and document, the messages said of it, the tables
suggested for it, the files it included, the item-cache entries it used) is a function of its own
inputs: its bytes and the files it read (each noted, :func:`compiler.uptodate.note`), its ``[[source]]``
table and place in the reading order, the key file and task solution paired with it, deck.toml and the
names in sources/ (:mod:`compiler.readcache` keeps those last two for the whole record).  So
:func:`compiler.read.read_sources` asks :class:`Documents` at each document whether a reading of it with
the same inputs is kept; if so it is replayed, else the document is read and what it added is recorded.
A document whose reading said an error, or changed what was said before it, is not recorded.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from compiler import uptodate
from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostic, Diagnostics
from compiler.itemcache import ItemCache
from compiler.model import Item, Source
from compiler.sources.base import Document


@dataclass
class DocumentReading:
    """What reading one document added to the folder's reading."""

    sources: list[Source]
    items: list[Item]
    documents: dict[str, Document]
    messages: list[Diagnostic]
    tables: dict[str, tuple[dict[str, Any], bool]]  # Diagnostics.tables it set (a hint's fix completes them)
    suggested: list[dict[str, Any]]  # the [[source]] tables suggested for it (compiler.read._Table's fields, as JSON)
    included: list[str]  # files it included (mdBook, a bibliography): never "not read"
    gave: str | None  # its file, when it gave items (a byte copy of it is then left out)
    used: list[str]  # the item-cache entries it used (kept by the cache's next save)
    shapes: dict[str, bool]  # pages of its folder it asked the shape of (compiler.read._NoteFolders): their answers
    linked: dict[str, str]  # an index page's: answer file -> the question it asks of it (trial35 T35-15)


class Replays(Protocol):
    """Where the readings of single documents are kept (:class:`compiler.readcache.DocumentRecords`)."""

    def document(self, rel: str) -> None:
        """``rel`` is a document of the reading (read alone, or with another: a key, a task's solution)."""

    def replayed(self, key: str, shaped: Callable[[str], bool]) -> DocumentReading | None:
        """The reading kept for ``key`` if every file it read is as it was (the files then noted as read) and every page
        whose shape it asked has it still (``shaped``: asked of a page that changed), else None."""

    def record(self, key: str, reading: DocumentReading, noted: set[str]) -> None:
        """Keep ``reading`` for ``key``, with the paths noted while it was read."""


def document_key(src: SourceConfig, index: int, listed: bool, key_file: str | None, solution: str | None) -> str:
    """Everything of the reading's loop one document's reading depends on besides the files it reads."""
    parts = [src.model_dump_json(), repr(src._glob), repr(src._table), index, listed, key_file, solution]
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()[:40]


@dataclass
class _Open:
    """A document being read: the state of the folder's reading when it started."""

    key: str
    rel: str
    said: int  # len(diag.items)
    last: Diagnostic | None  # the message before it (what was said before is left as it was)
    tables: dict[str, tuple[dict[str, Any], bool]]
    sources: int
    items: int
    documents: dict[str, Document]
    suggested: int
    included: set[str]
    used: set[str]
    heard: set[str]
    shapes: dict[str, bool]
    linked: dict[str, str]


class Documents:
    """The reading loop's documents: each replayed when kept, else recorded once the next one starts.

    ``each`` wraps the loop's ``enumerate(order)``; :meth:`replayed` is asked where a document's own reading
    starts (after the checks that it is a readable file, which look at other files)."""

    def __init__(
        self,
        replays: Replays | None,
        diag: Diagnostics,
        sources: list[Source],
        items: list[Item],
        documents: dict[str, Document],
        suggested: list[Any],
        included: set[str],
        gave: set[str],
        cache: ItemCache | None,
        table: type,
        shaped: Callable[[str], bool],
        linked: dict[str, str],
    ) -> None:
        self.replays = replays
        self.diag, self.sources, self.items, self.documents = diag, sources, items, documents
        self.suggested, self.included, self.gave, self.cache, self.table = suggested, included, gave, cache, table
        self.shaped, self.linked = shaped, linked
        self.open: _Open | None = None

    def consulted(self, rel: str, shaped: bool) -> None:
        """The document being read asked whether the page ``rel`` is of one note's shape: kept with its reading."""
        if self.open is not None:
            self.open.shapes[rel] = shaped

    def each(self, order: Sequence[SourceConfig]) -> Iterator[tuple[int, SourceConfig]]:
        """``enumerate(order)`` (read as it grows), closing each document's record before the next starts."""
        try:
            for index, src in enumerate(order):
                self._close()
                if self.replays is not None:
                    self.replays.document(src.file)
                yield index, src
            self._close()
        finally:
            self._drop()

    def replayed(self, src: SourceConfig, index: int, listed: bool, key_file: str | None, solution: str | None) -> bool:
        """Whether this document's reading was replayed (the loop goes on to the next); else it is recorded."""
        if self.replays is None:
            return False
        key = document_key(src, index, listed, key_file, solution)
        kept = self.replays.replayed(key, self.shaped)
        if kept is not None:
            self._apply(kept)
            return True
        diag, used = self.diag, self.cache.used if self.cache is not None else set()
        self.open = _Open(
            key, src.file, len(diag.items), diag.items[-1] if diag.items else None, dict(diag.tables), len(self.sources),
            len(self.items), dict(self.documents), len(self.suggested), set(self.included), set(used), uptodate.listen(), {},
            dict(self.linked),
        )  # fmt: skip
        return False

    def _apply(self, kept: DocumentReading) -> None:
        self.sources.extend(kept.sources)
        self.items.extend(kept.items)
        self.documents.update(kept.documents)
        self.diag.items.extend(kept.messages)
        self.diag.tables.update(kept.tables)
        self.suggested.extend(self.table(**{**t, "extra": tuple(t["extra"])}) for t in kept.suggested)
        self.included.update(kept.included)
        if kept.gave is not None:
            self.gave.add(kept.gave)
        self.linked.update(kept.linked)
        if self.cache is not None:
            self.cache.used.update(kept.used)  # (the item cache keeps only the entries a compile used)

    def _close(self) -> None:
        """Record the open document's reading (nothing when it said an error or changed what was said before it)."""
        was, self.open = self.open, None
        if was is None:
            return
        uptodate.unlisten(was.heard)
        diag = self.diag
        before = diag.items[was.said - 1] if was.said else None
        if len(diag.items) < was.said or before is not was.last or any(k not in diag.tables for k in was.tables):
            return
        messages = diag.items[was.said :]
        if any(d.severity == "error" for d in messages) or any(k not in self.documents for k in was.documents):
            return
        sources = self.sources[was.sources :]
        if len(self.sources) < was.sources or len(self.items) < was.items or len(self.suggested) < was.suggested or len(sources) > 1:
            return
        used = self.cache.used - was.used if self.cache is not None else set()
        reading = DocumentReading(
            sources=list(sources),
            items=self.items[was.items :],
            documents={k: v for k, v in self.documents.items() if was.documents.get(k) is not v},
            messages=list(messages),
            tables={k: v for k, v in diag.tables.items() if was.tables.get(k) is not v},
            suggested=[{**dataclasses.asdict(t), "extra": list(t.extra)} for t in self.suggested[was.suggested :]],
            included=sorted(self.included - was.included),
            gave=was.rel if was.rel in self.gave else None,
            used=sorted(used),
            shapes=dict(sorted(was.shapes.items())),
            linked={k: v for k, v in self.linked.items() if was.linked.get(k) != v},
        )
        assert self.replays is not None
        self.replays.record(was.key, reading, was.heard)

    def _drop(self) -> None:
        """Reading stopped (an error raised): the open document is not recorded."""
        if self.open is not None:
            uptodate.unlisten(self.open.heard)
            self.open = None
