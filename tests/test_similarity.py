"""The embedding seam: the stand-in is deterministic and shaped like the real model, and selected by DECKC_EMBEDDER."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from compiler import embedworker, similarity
from compiler.similarity import DIM, EmbeddingCache, HashEmbedder


def test_stand_in_is_shaped_like_the_model_and_deterministic() -> None:
    texts = ["What is dropout?", "What is dropout?", "Why does weight decay shrink weights?", ""]
    vecs = HashEmbedder().embed_many(texts)
    assert vecs.shape == (4, DIM) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs[:3], axis=1), 1.0)
    assert float(vecs[0] @ vecs[1]) == pytest.approx(1.0)
    assert float(vecs[0] @ vecs[2]) < 0.5
    # same vectors in another process: no per-process hash seed
    code = "from compiler.similarity import HashEmbedder; print(HashEmbedder().embed_many(['What is dropout?'])[0].tolist())"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert np.allclose(np.array(json.loads(other), dtype=np.float32), vecs[0])


def test_the_test_suite_runs_on_the_stand_in(monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(similarity.default_embedder(), HashEmbedder)
    monkeypatch.delenv(similarity.EMBEDDER_ENV)
    monkeypatch.setattr(similarity, "_shared", None)
    monkeypatch.setattr(embedworker, "_shared", None)  # no build in this process started a model worker
    real = similarity.default_embedder()
    assert isinstance(real, similarity.Embedder) and real._session is None, "not loaded until a text needs it"
    assert similarity.default_embedder() is real, "one model per process"


def test_vectors_of_two_models_never_mix(tmp_path: Path) -> None:
    stub = HashEmbedder()
    cache = EmbeddingCache(tmp_path, stub.name)
    cache.embed(["What is dropout?"], stub)
    cache.save()
    assert [p.name for p in tmp_path.iterdir()] == [f"embeddings-{stub.name}.npz"]
    assert similarity.text_key("x", stub.name) != similarity.text_key("x")


def _clustered(n: int, seed: int) -> np.ndarray:
    """Unit vectors in tight clusters, so many rows have more than TOP_K neighbours above the floor."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(max(1, n // 40), DIM))
    vecs = centres[rng.integers(0, len(centres), n)] + rng.normal(scale=0.35, size=(n, DIM))
    return (vecs / np.linalg.norm(vecs, axis=1, keepdims=True)).astype(np.float32)


def test_neighbour_cache_update_equals_a_full_search(tmp_path: Path) -> None:
    """Texts added, removed and re-embedded: the cached update gives exactly a full search's pairs."""
    pool = _clustered(900, seed=1)
    keys = [f"{n:032x}" for n in range(len(pool))]
    floor = 0.55
    full = similarity.neighbour_pairs(similarity.nearest(pool[:600], range(600), floor, similarity.TOP_K))
    assert max(sum(1 for p in full if i in p) for i in range(600)) > similarity.TOP_K, "the test must make top-k bind"
    first = similarity.NeighbourCache(tmp_path, floor)
    first.pairs(keys[:600], pool[:600])
    first.save()
    # drop 20, add 100, and one kept text was re-embedded (its vector is fresh)
    now = sorted([*range(20, 600), *range(600, 700)], key=lambda i: keys[i])
    now_keys = [keys[i] for i in now]
    vecs = pool[now]
    again = similarity.NeighbourCache(tmp_path, floor)
    got = again.pairs(now_keys, vecs, fresh={keys[100]})
    clean = similarity.neighbour_pairs(similarity.nearest(vecs, range(len(now)), floor, similarity.TOP_K))
    assert got == {(now_keys[i], now_keys[j]): s for (i, j), s in clean.items()}
    again.save()
    unchanged = similarity.NeighbourCache(tmp_path, floor)
    assert unchanged.pairs(now_keys, vecs) == got and not unchanged.changed


def test_nearest_does_not_depend_on_the_block_size() -> None:
    vecs = _clustered(500, seed=2)
    assert similarity.nearest(vecs, range(500), 0.5, 5, block=64) == similarity.nearest(vecs, range(500), 0.5, 5, block=1024)


def test_a_model_loading_in_the_background_embeds_like_one_loaded_first(real_embedder) -> None:  # type: ignore[no-untyped-def]
    """compiler.build preloads the model in a thread; the first embedding waits for it and gets the same vectors."""
    import threading

    from compiler.similarity import Embedder

    texts = ["What is dropout?", "Dropout zeroes random units during training.\nIt regularizes."]
    expected = real_embedder.embed_many(texts)
    model = Embedder()
    loading = threading.Thread(target=model.load)
    loading.start()
    got = model.embed_many(texts)  # while (or after) the thread loads: never a second session
    loading.join()
    assert np.array_equal(got, expected)
