"""The user's vector store (compiler/vectorstore.py): a second deck, or an empty build/, of known texts embeds nothing."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from compiler import embedworker, modelcache, similarity, vectorstore
from compiler.cli import main
from compiler.similarity import MODEL_NAME, EmbeddingCache, HashEmbedder, text_key
from compiler.vectorstore import VectorStore

CONTENT = Path(__file__).resolve().parent.parent / "content"


class Counting(HashEmbedder):
    """The stand-in under the real model's name (so the store takes its vectors), counting what it embeds."""

    name = MODEL_NAME

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def embed_many(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        self.embedded.extend(texts)
        return super().embed_many(texts, progress)


def test_vectors_come_back_byte_for_byte_and_a_second_build_folder_embeds_nothing(tmp_path: Path) -> None:
    texts = ["What is L2 regularization?", "What is dropout?", "Why normalize inputs?"]
    model = Counting()
    first = EmbeddingCache(tmp_path / "a", model.name, store=VectorStore(tmp_path / "store.sqlite3"))
    vecs = first.embed(texts, model)
    first.save()
    assert len(model.embedded) == 3
    second = EmbeddingCache(tmp_path / "b", model.name, store=VectorStore(tmp_path / "store.sqlite3"))
    again = second.embed([*texts, "A new question?"], model)
    assert model.embedded[3:] == ["A new question?"], "only the text never seen was embedded"
    assert again[:3].tobytes() == vecs.tobytes()
    assert set(second.fresh) == {text_key(t) for t in [*texts, "A new question?"]}, "not from the build's own cache"


def test_a_damaged_row_is_embedded_again_and_a_damaged_file_is_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "store.sqlite3"
    store = VectorStore(path)
    vec = HashEmbedder().embed_many(["x", "y"])
    store.put({"k1": vec[0], "k2": vec[1]})
    store.close()
    with sqlite3.connect(path) as db:  # one vector changed behind the store's back
        db.execute("UPDATE vectors SET vec = ? WHERE key = 'k1'", (np.zeros(384, np.float32).tobytes(),))
    store = VectorStore(path)
    got = store.get(["k1", "k2", "k3"])
    assert list(got) == ["k2"] and got["k2"].tobytes() == vec[1].tobytes()
    assert VectorStore(path).get(["k1"]) == {}, "the bad row was removed"
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"not a database at all" * 100)
    assert VectorStore(path).get(["k2"]) == {}
    assert "cache damaged" in capsys.readouterr().err
    assert not path.exists(), "removed: the next build starts a new store"
    fresh = VectorStore(path)
    fresh.put({"k2": vec[1]})
    assert fresh.get(["k2"])["k2"].tobytes() == vec[1].tobytes()


def test_the_least_recently_used_go_first_above_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vectorstore, "LIMIT", 3)
    clock = iter(range(1000, 2000, 10))
    monkeypatch.setattr(vectorstore.time, "time", lambda: next(clock))
    store = VectorStore(tmp_path / "store.sqlite3")
    vec = HashEmbedder().embed_many(["a", "b", "c", "d"])
    store.put({"a": vec[0], "b": vec[1], "c": vec[2]})
    assert set(store.get(["a"])) == {"a"}  # a is used again: b and c are older now
    store.put({"d": vec[3]})
    assert set(store.get(["a", "b", "c", "d"])) == {"a", "c", "d"}


def build(content: Path, out: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "json,csv"])
    assert result.exit_code == 0, result.output


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Counting:
    """Builds use the counting stand-in as the real model, and a store of their own."""
    model = Counting()
    monkeypatch.setenv(modelcache.ENV, str(tmp_path / "user-cache"))
    monkeypatch.delenv(vectorstore.ENV, raising=False)
    monkeypatch.setattr(similarity, "default_embedder", lambda: model)
    monkeypatch.setattr(embedworker, "start", lambda: None)
    monkeypatch.delenv(similarity.EMBEDDER_ENV)
    return model


def test_an_empty_build_folder_of_known_content_embeds_nothing_and_writes_the_same_bytes(
    tmp_path: Path, counting: Counting
) -> None:
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content, ignore=shutil.ignore_patterns("deckc.lock"))
    build(content, tmp_path / "first")
    assert counting.embedded, "the first build embeds"
    assert list((tmp_path / "user-cache").glob("vectors-*.sqlite3"))
    n = len(counting.embedded)
    build(content, tmp_path / "second")  # a fresh build/: nothing in its own cache
    assert len(counting.embedded) == n, "every vector came from the user's store"
    for name in ("regularization.json", "regularization.csv"):
        assert (tmp_path / "second" / name).read_bytes() == (tmp_path / "first" / name).read_bytes()
    manifest = json.loads((tmp_path / "second" / "regularization.json").read_text(encoding="utf-8"))
    assert manifest["notes"], "a real deck"


def test_switched_off_keeps_no_vectors(tmp_path: Path, counting: Counting, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(vectorstore.ENV, "off")
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content, ignore=shutil.ignore_patterns("deckc.lock"))
    build(content, tmp_path / "first")
    n = len(counting.embedded)
    build(content, tmp_path / "second")
    assert len(counting.embedded) == 2 * n, "embedded again: nothing kept per user"
    assert not list((tmp_path / "user-cache").glob("vectors-*"))


def test_a_store_another_build_holds_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Locked by another build for longer than the wait: this build keeps nothing, says nothing, removes nothing."""
    monkeypatch.setattr(vectorstore, "TIMEOUT", 0.1)
    path = tmp_path / "store.sqlite3"
    vec = HashEmbedder().embed_many(["k", "other"])
    store = VectorStore(path)
    store.put({"k": vec[0]})
    store.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another build, writing
    try:
        busy = VectorStore(path)
        busy.put({"other": vec[1]})
        busy.get(["k"])
        busy.close()
    finally:
        holder.rollback()
        holder.close()
    assert "cache damaged" not in capsys.readouterr().err
    kept = VectorStore(path).get(["k", "other"])
    assert list(kept) == ["k"] and kept["k"].tobytes() == vec[0].tobytes()


def test_a_vector_takes_under_2_kb_on_disk_and_old_format_stores_are_removed(tmp_path: Path) -> None:
    """In SQLite's default 4 kB pages a row (key, 1,536-byte vector, checksum) took a page of its own: 150,000 vectors
    were ~700 MB instead of the ~240 MB said (issue 13).  Pages of vectorstore.PAGE_SIZE hold the rows; a format-1
    store (4 kB pages) is removed once no deckc has written it for vectorstore.STALE seconds."""
    import os
    import time

    old = tmp_path / "vectors-old.sqlite3"
    with sqlite3.connect(old) as db:  # format 1: the default page size
        db.execute("PRAGMA page_size=4096")
        db.execute(vectorstore._SCHEMA)
    busy = tmp_path / "vectors-busy.sqlite3"
    shutil.copyfile(old, busy)
    long_ago = time.time() - 2 * vectorstore.STALE
    os.utime(old, (long_ago, long_ago))
    store = VectorStore(tmp_path / "vectors-new.sqlite3")
    rng = np.random.default_rng(0)
    store.put({f"{n:032x}": rng.standard_normal(384).astype(np.float32) for n in range(2000)})
    store.close()
    assert not old.exists(), "an old store nobody writes is removed"
    assert busy.exists(), "one written a moment ago may be an older deckc's at work: left alone"
    assert vectorstore._page_size(tmp_path / "vectors-new.sqlite3") == vectorstore.PAGE_SIZE
    with sqlite3.connect(tmp_path / "vectors-new.sqlite3") as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages, size = db.execute("PRAGMA page_count").fetchone()[0], db.execute("PRAGMA page_size").fetchone()[0]
    assert pages * size / 2000 < 2_100, f"{pages * size / 2000:.0f} bytes a vector"
