"""The embedding model in a process of its own, loading while the build reads.

Loading the model (numpy, onnxruntime, the tokenizer, the session) costs
about 0.4 s of CPU.  In a thread of the build it barely overlaps anything:
onnxruntime holds the GIL for much of the session set-up, so a loading
thread and the build's own Python work slow each other down (measured: the
session took 0.7-1.2 s instead of 0.2-0.3 s beside a busy main thread).
Here it loads in a child process (``python -m compiler.embedworker``) on
the other core; the build sends the texts it could not find in the cache
and gets their vectors back.  The child runs the same
:class:`~compiler.similarity.Embedder`, so the vectors are the same bytes.

A worker that cannot start or dies is replaced by the model loaded in the
build's own process, which then reports any real problem (a missing model)
as before.  One worker serves every build of a process (``deckc watch``
keeps it, model loaded, between rebuilds) and is stopped when the process
exits.

Frames on the pipes: a request is 8 bytes of length and a JSON list of
texts; a reply is one byte of kind and 8 bytes of length, then ``P`` (JSON
``[done, total]``, progress), ``V`` (float32 rows) or ``E`` (an error
message).
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

_HEADER = struct.Struct("<Q")
peak_mib = 0  # the largest peak resident memory of a worker this process stopped (Linux; for the bench)


class WorkerFailed(Exception):
    """The worker could not embed: the build falls back to the model in its own process."""


class WorkerEmbedder:
    """A :class:`~compiler.similarity.TextEmbedder` whose model runs in a child process."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._fallback: object | None = None  # the in-process model, once the worker failed
        self._lock = threading.Lock()
        self._reapers: list[threading.Thread] = []

    @property
    def name(self) -> str:
        """The model's name, as the in-process model has it (part of every cache key)."""
        from compiler.similarity import MODEL_NAME

        return MODEL_NAME

    @property
    def rate(self) -> float:
        from compiler.similarity import Embedder

        return Embedder.rate

    def start(self) -> None:
        """Start the worker (it begins loading the model at once); a failure only means no worker."""
        if self._proc is not None or self._fallback is not None:
            return
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "compiler.embedworker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            self._proc = None

    def embed_many(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """A (len(texts), DIM) float32 matrix, the bytes :class:`compiler.similarity.Embedder` gives."""
        with self._lock:
            if self._fallback is None:
                self.start()
                try:
                    return self._remote(texts, progress)
                except WorkerFailed:
                    self.close()
                    from compiler.similarity import Embedder

                    self._fallback = Embedder()
        return self._fallback.embed_many(texts, progress)  # type: ignore[attr-defined]

    def _remote(self, texts: list[str], progress: Callable[[int, int], None] | None) -> np.ndarray:
        import numpy as np

        from compiler.similarity import DIM

        proc = self._proc
        if proc is None or proc.stdin is None or proc.stdout is None:
            raise WorkerFailed("no worker")
        payload = json.dumps(texts, ensure_ascii=False).encode("utf-8")
        try:
            proc.stdin.write(_HEADER.pack(len(payload)) + payload)
            proc.stdin.flush()
            while True:
                kind, body = _read_frame(proc.stdout)
                if kind == b"P":
                    if progress:
                        progress(*json.loads(body))
                elif kind == b"V":
                    out = np.frombuffer(body, dtype=np.float32).reshape(len(texts), DIM).copy()
                    return out
                else:
                    raise WorkerFailed(body.decode("utf-8", "replace"))
        except (OSError, ValueError, struct.error) as exc:
            raise WorkerFailed(str(exc)) from None

    def release(self) -> None:
        """Nothing more to embed in this build: stop the worker, which frees the model's memory (~0.3-0.5 GB
        after a large embedding run), unless the process builds again (:func:`keep_between_builds`).
        A later request starts a new worker."""
        if not _keep:
            self.close(wait=False)

    def close(self, wait: bool = True) -> None:
        """Stop the worker (loaded or not); without ``wait`` it is reaped in a thread (~20 ms off the build's path)."""
        proc, self._proc = self._proc, None
        if proc is not None:
            with contextlib.suppress(OSError):
                proc.kill()
            reaper = threading.Thread(target=_reap, args=(proc,), name="deckc-model-reaper", daemon=True)
            reaper.start()
            self._reapers.append(reaper)
        if wait:
            for reaper in self._reapers:
                reaper.join()
            self._reapers.clear()


def _reap(proc: subprocess.Popen[bytes]) -> None:
    """Wait for a killed worker; record its peak memory (for bench/scale.py)."""
    global peak_mib
    if hasattr(os, "wait4"):
        with contextlib.suppress(OSError):
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = status
            peak_mib = max(peak_mib, usage.ru_maxrss // 1024)
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        proc.wait(timeout=5)
    for pipe in (proc.stdin, proc.stdout):
        with contextlib.suppress(OSError):
            if pipe is not None:
                pipe.close()


_shared: WorkerEmbedder | None = None
_keep = False  # deckc watch: the worker stays, model loaded, between builds


def start() -> WorkerEmbedder:
    """The process's worker, started now if it is not running (stopped when the process exits)."""
    global _shared
    if _shared is None:
        _shared = WorkerEmbedder()
        atexit.register(_shared.close)
    _shared.start()
    return _shared


def on_demand() -> WorkerEmbedder:
    """The process's worker, started only when a text is first sent to it (the build's default embedder
    from now on): for a build whose texts are probably all kept already (compiler/build.py)."""
    global _shared
    if _shared is None:
        _shared = WorkerEmbedder()
        atexit.register(_shared.close)
    return _shared


def keep_between_builds() -> None:
    """This process builds again and again (``deckc watch``): :meth:`WorkerEmbedder.release` keeps the worker."""
    global _keep
    _keep = True


def release() -> None:
    """The build embeds nothing more: stop the process's worker (see :meth:`WorkerEmbedder.release`)."""
    if _shared is not None:
        _shared.release()


def started() -> WorkerEmbedder | None:
    """The process's worker if :func:`start` was called (what the default embedder then is)."""
    return _shared


def _read_exact(stream: IO[bytes], n: int) -> bytes:
    chunks, left = [], n
    while left:
        chunk = stream.read(left)
        if not chunk:
            raise ValueError("the embedding worker stopped")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_frame(stream: IO[bytes]) -> tuple[bytes, bytes]:
    kind = _read_exact(stream, 1)
    (size,) = _HEADER.unpack(_read_exact(stream, _HEADER.size))
    return kind, _read_exact(stream, size)


def _write_frame(stream: IO[bytes], kind: bytes, body: bytes) -> None:
    stream.write(kind + _HEADER.pack(len(body)) + body)
    stream.flush()


def main() -> None:
    """The worker: load the model now, then embed every request until stdin closes."""
    out, inp = sys.stdout.buffer, sys.stdin.buffer
    try:
        from compiler.similarity import Embedder

        model = Embedder()
        model.load()
    except Exception as exc:  # reported per request: the build falls back and reports it properly
        model, failure = None, f"{type(exc).__name__}: {exc}"
    while True:
        try:
            (size,) = _HEADER.unpack(_read_exact(inp, _HEADER.size))
            texts = json.loads(_read_exact(inp, size))
        except ValueError:
            return  # the build is done with us
        if model is None:
            _write_frame(out, b"E", failure.encode())
            continue
        try:
            vecs = model.embed_many(texts, lambda done, total: _write_frame(out, b"P", json.dumps([done, total]).encode()))
        except Exception as exc:
            _write_frame(out, b"E", f"{type(exc).__name__}: {exc}".encode())
            continue
        _write_frame(out, b"V", vecs.astype("float32", copy=False).tobytes())


if __name__ == "__main__":
    main()
