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
load (sizes and sha256 of both files, ~0.06 s of CPU, beside the session's start); a
missing, damaged or unloadable copy is removed and the model is loaded from
its package as before (and the copy written again).  An optimisation only.
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
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ENV = "DECKC_MODEL_CACHE"  # a folder for the optimized graph; "off" (or empty): keep none
FORMAT = 1
GRAPH, WEIGHTS, CHECK = "model.onnx", "weights.bin", "check.json"


def folder() -> Path | None:
    """Where optimized graphs are kept, or None (``DECKC_MODEL_CACHE=off``)."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "deckc"


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
    file is checked before it is loaded (a damaged graph must not reach onnxruntime's parser); the
    90 MB of weights (numbers only) are hashed in a thread while the session starts (hashlib
    releases the GIL), so the check costs no wall time on two cores.
    """
    try:
        check = json.loads((where / CHECK).read_text(encoding="utf-8"))
        if any((where / name).stat().st_size != check[name][0] for name in (GRAPH, WEIGHTS)):
            return None
        if _digest(where / GRAPH) != check[GRAPH][1]:
            return None
        weights: list[str] = []
        hashing = threading.Thread(target=lambda: weights.append(_digest(where / WEIGHTS)), name="deckc-model-check")
        hashing.start()
        try:
            loaded = load(where / GRAPH)
        finally:
            hashing.join()
    except Exception:  # anything wrong with a kept copy (unreadable, bad record, refused by onnxruntime): not used
        return None
    return loaded if weights == [check[WEIGHTS][1]] else None


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
