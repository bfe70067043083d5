"""Issue 13, thirty-seventh sitting: large decks recorded, each item and text once; the vector store shared safely.

A deck of more than 5,000 items was not recorded at all (compiler/readcache.py), so an edit of one of its documents
read every document again; its reading is recorded now, each document's items and text once (the whole reading and
each document's own reading name them by place).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from compiler import cachefile, readcache, vectorstore
from compiler.config import load_config
from compiler.diagnostics import Diagnostics
from compiler.itemcache import ItemCache
from compiler.read import read_sources
from compiler.vectorstore import VectorStore

DOCUMENTS, PER_DOCUMENT = 52, 100  # 5,200 items: more than the 5,000 a record held before


def large_deck(folder: Path) -> Path:
    """A deck of 5,200 questions with their answers, 100 a document: CSV files, read ten times faster than the same
    questions in Markdown (what is tested here is the record of the reading, the same for every layout; the suite
    read 5,200 bold questions three times, a tenth of its time on one worker)."""
    (folder / "sources").mkdir(parents=True)
    toml = ['[deck]\nname = "Large"\n']
    for d in range(DOCUMENTS):
        rows = ["Question,Answer"]
        for q in range(d * PER_DOCUMENT, (d + 1) * PER_DOCUMENT):
            rows.append(f"What is concept {q} about topic {q % 97}?,Concept {q} means thing {q * 7} with detail {q % 13}.")
        (folder / "sources" / f"part{d:03d}.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        toml.append(f'[[source]]\nid = "part{d:03d}"\nfile = "sources/part{d:03d}.csv"\nlayout = "delimited"\n')
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
    text = (content / "sources" / "part007.csv").read_text(encoding="utf-8")
    assert record.count(json.dumps(text).encode()) == 1  # (each document's text once in the record)
    question = b'"question":"What is concept 705 about topic 26?"'
    assert record.count(question) == 1  # (each item once)

    page = content / "sources" / "part007.csv"
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


WRITER = """
import json, sys
from pathlib import Path
import numpy as np
from compiler import cachefile, vectorstore
from compiler.vectorstore import VectorStore
vectorstore.TIMEOUT = 300.0  # (a build gives up a store locked over 5 s, by design; six writers on a loaded machine may
# wait longer, which is no loss this test looks for: sitting 49 saw 'missing: 40' at load 12)
path, me = Path(sys.argv[1]), int(sys.argv[2])
rng = np.random.default_rng(me)
missing = 0
with cachefile.collect() as notices:
    for n in range(12):
        store = VectorStore(path)
        vectors = {f"p{me}-{n}-{k}": rng.standard_normal(384).astype(np.float32) for k in range(40)}
        store.put(vectors)
        got = store.get(list(vectors))
        missing += sum(1 for k, v in vectors.items() if k not in got or got[k].tobytes() != v.tobytes())
        store.close()
print(json.dumps({"notices": notices, "missing": missing}))
"""


def test_builds_writing_one_vector_store_at_once_keep_every_vector(tmp_path: Path) -> None:
    """Six processes start a new store at once and each writes and reads back 480 vectors: none is lost or changed,
    none reports the store damaged, and the database is whole afterwards (a store deleted under another process's
    connection once made concurrent builds say "database disk image is malformed")."""
    path = tmp_path / "user" / "vectors-test.sqlite3"
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(me)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for me in range(6)
    ]
    said = [p.communicate(timeout=600) for p in procs]
    assert all(p.returncode == 0 for p in procs), said
    reports = [json.loads(out.splitlines()[-1]) for out, _ in said]
    assert reports == [{"notices": [], "missing": 0}] * 6, said
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM vectors").fetchone() == (6 * 12 * 40,)
    vectors = VectorStore(path).get([f"p{me}-11-39" for me in range(6)])
    assert len(vectors) == 6


def test_a_damaged_store_another_process_holds_is_left_in_place_then_set_aside(tmp_path: Path) -> None:
    """A store found damaged while another deckc has it open is not removed under it (this build just does without
    it, and says so); the next one alone with it renames it aside, with its -wal and -shm, and starts a new one."""
    path = tmp_path / "vectors-test.sqlite3"
    vector = np.arange(384, dtype=np.float32)
    holder = VectorStore(path)
    holder.put({"kept": vector})  # (another build's store, its connection open)
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # (the vector in the file itself, not only in its -wal)
    path.write_bytes(b"not a database at all " * 1000)  # (damaged behind both builds' backs)
    with cachefile.collect() as notices:
        assert VectorStore(path).get(["kept"]) == {}
    assert len(notices) == 1 and "cache damaged" in notices[0] and "left in place, as another deckc has it open" in notices[0], notices
    assert path.read_bytes().startswith(b"not a database") and Path(f"{path}-wal").exists()  # (nothing removed under it)
    holder.close()
    with cachefile.collect() as notices:
        assert VectorStore(path).get(["kept"]) == {}
    assert len(notices) == 1 and "set aside as vectors-test.sqlite3.damaged" in notices[0], notices
    assert (tmp_path / "vectors-test.sqlite3.damaged").read_bytes().startswith(b"not a database")
    assert not path.exists() and not Path(f"{path}-wal").exists()
    fresh = VectorStore(path)
    fresh.put({"new": vector})
    assert fresh.get(["new"])["new"].tobytes() == vector.tobytes()
    fresh.close()


def test_the_suite_keeps_its_vectors_in_a_folder_of_its_own() -> None:
    """The test run's per-user caches (vectors, formulas, sheets) are a temporary folder of its own, never ~/.cache."""
    kept = vectorstore.folder()
    assert kept is not None and Path(tempfile.gettempdir()) in kept.parents
    assert Path.home() / ".cache" not in [kept, *kept.parents]
