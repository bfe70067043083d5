"""The model's optimized graph kept per user (compiler/modelcache.py): the same vectors, and a bad copy is never used."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compiler import modelcache, similarity

TEXTS = [
    "What is dropout?",
    "Why does weight decay shrink the weights?\nIt adds a penalty proportional to the squared norm of the weights, "
    "so every step pulls each weight towards zero unless the loss pushes it back.",
    "Ünïcode — ok",
    "x " * 300,  # truncated at the model's 128 tokens
]


def _embed(monkeypatch: pytest.MonkeyPatch, cache: str) -> bytes:
    monkeypatch.setenv(modelcache.ENV, cache)
    return similarity.Embedder().embed_many(TEXTS).tobytes()


def _kept(base: Path) -> Path:
    (where,) = [p for p in base.iterdir() if p.name.startswith("minilm-")]
    return where


def test_the_kept_graph_gives_the_same_vectors_and_a_damaged_one_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = _embed(monkeypatch, "off")  # the package's int8 model, optimized at load as before
    base = tmp_path / "models"
    assert _embed(monkeypatch, str(base)) == expected  # writes the optimized graph while loading
    where = _kept(base)
    assert sorted(p.name for p in base.iterdir()) == [where.name], "no staging folder left behind"
    record = json.loads((where / modelcache.CHECK).read_text())
    assert record[modelcache.WEIGHTS][0] == (where / modelcache.WEIGHTS).stat().st_size > 50_000_000

    loads: list[Path] = []
    real = modelcache.load_kept

    def counted(folder: Path, load):  # type: ignore[no-untyped-def]
        got = real(folder, load)
        loads.append(folder) if got is not None else None
        return got

    monkeypatch.setattr(modelcache, "load_kept", counted)
    assert _embed(monkeypatch, str(base)) == expected
    assert loads == [where], "the kept graph was loaded"

    weights = where / modelcache.WEIGHTS
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0x40  # one flipped bit in a weight: same size, loads fine, other numbers
    weights.write_bytes(bytes(data))
    assert _embed(monkeypatch, str(base)) == expected  # not used: loaded from the package, written again
    assert len(loads) == 1
    assert real(_kept(base), lambda graph: graph) is not None, "a whole copy again"

    graph = _kept(base) / modelcache.GRAPH
    graph.write_bytes(graph.read_bytes()[:1000])  # truncated graph file
    assert _embed(monkeypatch, str(base)) == expected
    assert len(loads) == 1

    (_kept(base) / modelcache.CHECK).write_text("{not json")
    assert _embed(monkeypatch, str(base)) == expected
    assert _embed(monkeypatch, str(base)) == expected
    assert len(loads) == 2, "the rewritten copy is used by the next load"


def test_the_weights_are_hashed_again_only_when_their_file_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _embed(monkeypatch, "off")
    base = tmp_path / "models"
    monkeypatch.setattr(modelcache, "SETTLED", 0.0)  # files written a moment ago count as settled here
    assert _embed(monkeypatch, str(base)) == expected  # writes the kept graph
    hashed: list[str] = []
    real = modelcache._digest

    def digest(path: Path) -> str:
        hashed.append(path.name)
        return real(path)

    monkeypatch.setattr(modelcache, "_digest", digest)
    assert _embed(monkeypatch, str(base)) == expected
    assert hashed == [modelcache.GRAPH, modelcache.WEIGHTS], "the first load of the kept graph hashes both files"
    where = _kept(base)
    assert (where / modelcache.VERIFIED).is_file()
    hashed.clear()
    assert _embed(monkeypatch, str(base)) == expected
    assert hashed == [modelcache.GRAPH], "the same weights file is not hashed again"

    weights = where / modelcache.WEIGHTS
    data = bytearray(weights.read_bytes())
    data[len(data) // 3] ^= 0x40  # one flipped bit: same size, its change time moves
    with weights.open("r+b") as f:  # written in place: the same inode
        f.write(bytes(data))
    hashed.clear()
    assert _embed(monkeypatch, str(base)) == expected  # hashed, refused, loaded from the package, written again
    assert hashed[:2] == [modelcache.GRAPH, modelcache.WEIGHTS]
    assert not (_kept(base) / modelcache.VERIFIED).exists(), "the rewritten copy is verified afresh"

    (_kept(base) / modelcache.VERIFIED).write_text("{not json")  # a bad record: the weights are hashed
    hashed.clear()
    assert _embed(monkeypatch, str(base)) == expected
    assert hashed == [modelcache.GRAPH, modelcache.WEIGHTS]


def test_a_cache_folder_that_cannot_be_written_only_costs_the_optimisation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(modelcache.ENV, str(blocked / "models"))
    assert similarity.Embedder().embed_many(TEXTS[:1]).shape == (1, similarity.DIM)


def test_where_the_graph_is_kept(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(modelcache.ENV, "off")
    assert modelcache.folder() is None
    monkeypatch.delenv(modelcache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert modelcache.folder() == tmp_path / "deckc"
