"""The embedding model's optimized graph, kept per user so a model loads in ~0.07 s instead of ~0.25 s.

The model file stores int8 weights; onnxruntime's graph optimization folds
them into float32 constants every time a session starts (about 0.2 s of
CPU, the largest part of a model load), and inference then runs that
optimized graph.  onnxruntime can write the optimized graph out
(``optimized_model_filepath``), its 90 MB of float32 weights in a file of
their own that a later session maps instead of reading; a session started
from it with optimization off runs the same graph with the same kernels, so
its vectors are the same bytes (checked on 6,475 texts; tested).

The graph is kept under ``$DECKC_MODEL_CACHE`` (default
``$XDG_CACHE_HOME/deckc`` or ``~/.cache/deckc``; ``off`` keeps none), in a
folder keyed by everything the optimized graph depends on: the model
package's version and file size, onnxruntime's version, the machine and its
CPU features (the optimizer picks kernels for the CPU) and the options.
Written once, in a temporary folder renamed into place; verified at every
load: the sizes of both files and the small graph's sha256 always; the 90 MB
of weights are hashed (~0.12 s of CPU) only when the file is not the very one
hashed before, by its inode, size, modification and change times
(``verified.json``, written after a load whose hash matched); a missing,
damaged or unloadable copy is removed and the model is loaded from its
package as before (and the copy written again).  An optimisation only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import shutil
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from compiler import userdir

T = TypeVar("T")

ENV = userdir.MODEL_ENV
FORMAT = 1
GRAPH, WEIGHTS, CHECK = "model.onnx", "weights.bin", "check.json"
VERIFIED = "verified.json"  # the weights file as it was when its sha256 last matched check.json
#: seconds: a weights file changed more recently than this is hashed but not recorded as verified (file
#: times may be as coarse as a few milliseconds: a change right after the check could keep them)
SETTLED = 2.0


def folder() -> Path | None:
    """Where optimized graphs are kept, or None (``DECKC_MODEL_CACHE=off``)."""
    return userdir.models()


def _cpu_features() -> str:
    """The CPU's feature flags (Linux), else what platform knows: the optimizer's kernel choice depends on them."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(("flags", "Features")):
                return line
    return platform.processor()


def key(model: Path, package_version: str, ort_version: str, options: dict[str, Any]) -> str:
    """The name of the folder the optimized graph of ``model`` under ``options`` is kept in."""
    described = json.dumps(
        {
            "format": FORMAT,
            "package": package_version,
            "model": [model.name, model.stat().st_size],
            "onnxruntime": ort_version,
            "machine": platform.machine(),
            "cpu": _cpu_features(),
            "options": options,
        },
        sort_keys=True,
    )
    return "minilm-" + hashlib.sha256(described.encode()).hexdigest()[:24]


def _digest(path: Path) -> str:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def load_kept(where: Path, load: Callable[[Path], T]) -> T | None:
    """``load(graph)`` of the graph kept in ``where``, or None if it is not whole or does not load.

    Whole: both files have the size and sha256 recorded when they were written.  The small graph
    file is checked before it is loaded (a damaged graph must not reach onnxruntime's parser).  The
    90 MB of weights (numbers only) are hashed in a thread while the session starts (hashlib
    releases the GIL), unless they are the very file whose hash matched before (:func:`_unchanged`):
    the hash was ~0.12 s of CPU, a third of what a build's model worker spends on one edited answer.
    """
    try:
        check = json.loads((where / CHECK).read_text(encoding="utf-8"))
        if any((where / name).stat().st_size != check[name][0] for name in (GRAPH, WEIGHTS)):
            return None
        if _digest(where / GRAPH) != check[GRAPH][1]:
            return None
        if _unchanged(where, check[WEIGHTS][1]):
            return load(where / GRAPH)
        before = _signature(where / WEIGHTS)
        weights: list[str] = []
        hashing = threading.Thread(target=lambda: weights.append(_digest(where / WEIGHTS)), name="deckc-model-check")
        hashing.start()
        try:
            loaded = load(where / GRAPH)
        finally:
            hashing.join()
    except Exception:  # anything wrong with a kept copy (unreadable, bad record, refused by onnxruntime): not used
        return None
    if weights != [check[WEIGHTS][1]]:
        return None
    _record_verified(where, before, weights[0])
    return loaded


def _signature(path: Path) -> list[int]:
    """What changes whenever a file's bytes do: a write moves its change time (which no program can set
    back), a replaced file has another inode."""
    st = path.stat()
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _unchanged(where: Path, digest: str) -> bool:
    """Whether the weights are the file whose sha256 matched ``digest`` at an earlier load."""
    try:
        seen = json.loads((where / VERIFIED).read_text(encoding="utf-8"))
        return bool(seen["sha256"] == digest and seen["weights"] == _signature(where / WEIGHTS))
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _record_verified(where: Path, before: list[int], digest: str) -> None:
    """Note that the weights, unchanged while they were hashed, had the recorded sha256; a record that
    cannot be written only means hashing again next time."""
    with contextlib.suppress(OSError):
        if _signature(where / WEIGHTS) != before or before[4] / 1e9 > time.time() - SETTLED:
            return
        fd, tmp = tempfile.mkstemp(prefix=".verified-", dir=where)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump({"sha256": digest, "weights": before}, f)
            os.replace(tmp, where / VERIFIED)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def discard(where: Path) -> None:
    """Remove a kept graph that failed its check or did not load (the next model load writes it again)."""
    shutil.rmtree(where, ignore_errors=True)


def staging(base: Path) -> Path | None:
    """A fresh temporary folder beside the kept graphs, to write a new one into (None: cannot write there)."""
    try:
        base.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".writing-", dir=base))
    except OSError:
        return None


def publish(written: Path, where: Path) -> None:
    """Record the sizes and digests of a graph onnxruntime just wrote into ``written`` and move it into place.

    Another process may have put one there first: then ours is dropped.
    """
    try:
        record = {name: [(written / name).stat().st_size, _digest(written / name)] for name in (GRAPH, WEIGHTS)}
        (written / CHECK).write_text(json.dumps(record), encoding="utf-8")
        os.replace(written, where)
    except OSError:
        shutil.rmtree(written, ignore_errors=True)
