"""What a reader made of one source, kept between builds so an unchanged document is not parsed again.

Reading is most of a rebuild's time on large decks (20,000 Markdown questions
on the busy 2-core machine: 32 s to parse, 6.7 s to load from here, validation
included).  An entry is keyed by a hash of
everything the reader's result depends on: deckc's own code, the layout, the
source's ``[[source]]`` table and the document's text; it holds the items and
the diagnostics the reader reported, and the sha256 of its own body, checked
on load.  Anything that does not match is read again, so the cache is an
optimisation only.  Files live in ``build/.cache/items/`` and are written only
with the build's other caches (after its outputs are in place); entries no
build used any more are removed then.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from compiler import cachefile
from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostic
from compiler.model import Item
from compiler.uptodate import code_fingerprint

FOLDER = "items"
ITEMS = TypeAdapter(list[Item])  # also the score cache's key (compiler/scorecache.py)


class ItemCache:
    def __init__(self, cache_dir: Path | None) -> None:
        self.folder = cache_dir / FOLDER if cache_dir else None
        self.used: set[str] = set()
        self.new: dict[str, bytes] = {}

    def key(self, layout: str, source: SourceConfig, rel: str, text: str) -> str:
        digest = hashlib.sha256(f"{code_fingerprint()}\0{layout}\0{rel}\0{source.model_dump_json()}\0".encode())
        digest.update(text.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()[:40]

    def get(self, key: str) -> tuple[list[Item], list[Diagnostic]] | None:
        """The reader's items and diagnostics for this key, or None (not cached, or damaged)."""
        if self.folder is None:
            return None
        self.used.add(key)
        path = self.folder / f"{key}.json"
        try:
            data = cachefile.read_checked(path)
            if data is None:
                return None  # not cached
            items = ITEMS.validate_python(data["items"])
            diags = [Diagnostic.from_json(d) for d in data["diagnostics"]]
        except (ValueError, KeyError, TypeError, ValidationError) as exc:
            cachefile.discard(path, cachefile.why(exc))
            return None
        return items, diags

    def get_data(self, key: str) -> dict | None:
        """Another kind of entry kept with the items (a converted web page: compiler/sources/converted.py),
        as the JSON object it was put as, or None (not cached, or damaged: discarded)."""
        if self.folder is None:
            return None
        self.used.add(key)
        path = self.folder / f"{key}.json"
        try:
            data = cachefile.read_checked(path)
            if data is not None and not isinstance(data, dict):
                raise TypeError("not an object")
        except (ValueError, KeyError, TypeError) as exc:
            cachefile.discard(path, cachefile.why(exc))
            return None
        return data

    def put_data(self, key: str, data: dict) -> None:
        if self.folder is None:
            return
        self.used.add(key)
        self.new[key] = cachefile.checked(json.dumps(data, ensure_ascii=False).encode())

    def put(self, key: str, items: list[Item], diagnostics: list[Diagnostic]) -> None:
        if self.folder is None:
            return
        self.used.add(key)
        body = json.dumps(
            {
                "items": ITEMS.dump_python(items, mode="json"),
                "diagnostics": [dataclasses.asdict(d) for d in diagnostics],
            },
            ensure_ascii=False,
        ).encode()
        self.new[key] = cachefile.checked(body)

    def save(self) -> None:
        """Write new entries atomically and drop the ones this build did not use."""
        if self.folder is None or not (self.new or self.folder.is_dir()):
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        for key, data in self.new.items():
            cachefile.write_atomic(self.folder / f"{key}.json", data)
        for path in self.folder.glob("*.json"):
            if path.stem not in self.used:
                with contextlib.suppress(OSError):
                    path.unlink()
        self.new.clear()
