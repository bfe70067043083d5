"""Issue 13, thirty-seventh sitting: large decks recorded, each item and text once; the vector store shared safely.

A deck of more than 5,000 items was not recorded at all (compiler/readcache.py), so an edit of one of its documents
read every document again; its reading is recorded now, each document's items and text once (the whole reading and
each document's own reading name them by place).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from compiler import cachefile, readcache
from compiler.config import load_config
from compiler.diagnostics import Diagnostics
from compiler.itemcache import ItemCache
from compiler.read import read_sources

DOCUMENTS, PER_DOCUMENT = 52, 100  # 5,200 items: more than the 5,000 a record held before


def large_deck(folder: Path) -> Path:
    """A deck of 5,200 bold questions with their answers, 100 a document."""
    (folder / "sources").mkdir(parents=True)
    toml = ['[deck]\nname = "Large"\n']
    for d in range(DOCUMENTS):
        body = [f"# Part {d}\n"]
        for q in range(d * PER_DOCUMENT, (d + 1) * PER_DOCUMENT):
            body.append(f"**What is concept {q} about topic {q % 97}?**\n\nConcept {q} means thing {q * 7} with detail {q % 13}.\n")
        (folder / "sources" / f"part{d:03d}.md").write_text("\n".join(body), encoding="utf-8")
        toml.append(f'[[source]]\nid = "part{d:03d}"\nfile = "sources/part{d:03d}.md"\nlayout = "markdown"\n')
    (folder / "deck.toml").write_text("\n".join(toml), encoding="utf-8")
    return folder


def read_with(content: Path, cache: Path | None) -> tuple[list[dict[str, Any]], list[str]]:
    """The items (as the manifest's notes hold them) and messages a compile's reading gives, with the record kept in
    ``cache`` (None: read without any)."""
    config = load_config(content)
    diag = Diagnostics()
    items_cache = ItemCache(cache)
    with cachefile.collect():
        (_, items, _), save = readcache.kept_reading(
            cache, content, config, diag, items_cache, lambda replays: read_sources(content, config, diag, None, items_cache, replays)
        )
        save()
        items_cache.save()
    return [i.model_dump() for i in items], [d.text() for d in diag.items]


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many documents each compile replayed and read (reset by the test between compiles)."""
    counts = {"replayed": 0, "read": 0}
    real = readcache.DocumentRecords.replayed

    def count(self: readcache.DocumentRecords, key: str, shaped: Any) -> Any:
        kept = real(self, key, shaped)
        counts["replayed" if kept is not None else "read"] += 1
        return kept

    monkeypatch.setattr(readcache.DocumentRecords, "replayed", count)
    return counts


def test_an_edit_of_a_large_deck_reads_the_edited_document_only(tmp_path: Path, counted: dict[str, int]) -> None:
    """A deck of 5,200 questions is recorded: one answer edited, the next compile reads that document and replays the
    other 51; its items and messages are what a reading without any record gives, the new answer on its card's back.
    Nothing changed, nothing is read."""
    content, cache = large_deck(tmp_path / "content"), tmp_path / "cache"
    first, _ = read_with(content, cache)
    assert len(first) == DOCUMENTS * PER_DOCUMENT
    record = (cache / readcache.NAME).read_bytes()
    text = (content / "sources" / "part007.md").read_text(encoding="utf-8")
    assert record.count(json.dumps(text).encode()) == 1  # (each document's text once in the record)
    question = b'"question":"What is concept 705 about topic 26?"'
    assert record.count(question) == 1  # (each item once)

    page = content / "sources" / "part007.md"
    page.write_text(text.replace("Concept 705 means thing 4935", "Concept 705 means another thing"), encoding="utf-8")
    counted.update(replayed=0, read=0)
    again, said = read_with(content, cache)
    assert counted == {"replayed": DOCUMENTS - 1, "read": 1}
    back = next(i for i in again if i["question"] == "What is concept 705 about topic 26?")["answer"]
    assert "another thing" in json.dumps(back)
    assert (again, said) == read_with(content, None)  # incremental = clean

    counted.update(replayed=0, read=0)
    assert read_with(content, cache)[0] == again
    assert counted == {"replayed": 0, "read": 0}  # (the whole reading replayed)
