"""The embedding seam: the stand-in is deterministic and shaped like the real model, and selected by DECKC_EMBEDDER."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from compiler import similarity
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
    assert isinstance(similarity.default_embedder(), similarity.Embedder)  # not loaded until a text needs it


def test_vectors_of_two_models_never_mix(tmp_path: Path) -> None:
    stub = HashEmbedder()
    cache = EmbeddingCache(tmp_path, stub.name)
    cache.embed(["What is dropout?"], stub)
    cache.save()
    assert [p.name for p in tmp_path.iterdir()] == [f"embeddings-{stub.name}.npz"]
    assert similarity.text_key("x", stub.name) != similarity.text_key("x")
