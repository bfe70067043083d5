"""The duplicate candidates and their scores from the last compile of the same items.

`deckc lint`, `stats`, `diff` and `dupes` compile the content the build just
compiled: the same items, so the same candidate pairs, features and scores.
Computing them again means importing numpy and loading every cached vector
(about a fifth of a first `deckc lint` after a build).  So the dedupe pass
records its candidates, features and scores under a hash of everything they
are a function of: deckc's code, data and library versions
(:func:`compiler.uptodate.code_fingerprint`), the embedding model selected, the
dedupe settings, the combiner and every item in full.  The next compile with
the same hash reads them back (``build/.cache/scores.json``, verified by its
sha256; a damaged file is discarded with a notice) instead of scoring.  An
optimisation only: the file holds what scoring would compute from the cached
vectors (floats survive JSON exactly), and a compile that asks for something
it does not hold (a decided pair that is no candidate) scores everything.

Only decks with at most :data:`MAX_PAIRS` candidate pairs are recorded: on a
large deck the file would be big and numpy a small part of the time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from compiler import cachefile

NAME = "scores.json"
FORMAT = 1
MAX_PAIRS = 20_000

Pair = tuple[int, int]


def key(items: list[Any], settings: Any, embedder: str, combiner: Any) -> str:
    """The hash the scores of ``items`` are a function of (``embedder``: the model's name, or how the default is chosen)."""
    from compiler.itemcache import ITEMS
    from compiler.uptodate import code_fingerprint

    digest = hashlib.sha256(f"deckc-scores {FORMAT}\0{code_fingerprint()}\0{embedder}\0{combiner!r}\0".encode())
    digest.update(settings.model_dump_json().encode() + b"\0")
    digest.update(ITEMS.dump_json(items))
    return digest.hexdigest()


Recorded = tuple[dict[Pair, float], dict[Pair, dict[str, float]], dict[Pair, float], dict[Pair, dict[str, float]]]


def load(cache_dir: Path | None, want: str) -> Recorded | None:
    """(question cosines, features, scores, features of decided pairs that are no candidates) recorded under ``want``, or None."""
    if cache_dir is None:
        return None
    path = cache_dir / NAME
    try:
        data = cachefile.read_checked(path)
        if data is None:
            return None
        if data["format"] != FORMAT:
            raise ValueError("another format")
        if data["key"] != want:
            return None  # other items or settings: not damaged, only not this compile's
        names = data["names"]
        qsim: dict[Pair, float] = {}
        feats: dict[Pair, dict[str, float]] = {}
        scores: dict[Pair, float] = {}
        for (i, j, q, p), values in zip(data["pairs"], data["features"], strict=True):
            pair = (int(i), int(j))
            qsim[pair], scores[pair] = float(q), float(p)
            feats[pair] = dict(zip(names, map(float, values), strict=True))
        extras = {(int(i), int(j)): {str(k): float(v) for k, v in x.items()} for i, j, x in data["extras"]}
    except (ValueError, KeyError, TypeError) as exc:
        cachefile.discard(path, cachefile.why(exc))
        return None
    return qsim, feats, scores, extras


def saver(
    cache_dir: Path | None,
    want: str,
    qsim: dict[Pair, float],
    feats: Mapping[Pair, dict[str, float]],
    scores: dict[Pair, float],
    extras: dict[Pair, dict[str, float]],
):  # type: ignore[no-untyped-def]
    """A writer (run with the other caches, after the outputs) that records these scores under ``want``;
    ``extras`` is filled by the decisions step before it runs.

    A deck with more than :data:`MAX_PAIRS` candidates is not recorded, so the writer does not keep
    its pairs alive while the outputs are written (on the 20k bench deck, ~100 MB of dicts).
    """
    if len(qsim) > MAX_PAIRS:
        return lambda: _forget(cache_dir)

    def write() -> None:
        if cache_dir is None:
            return
        path = cache_dir / NAME
        names = list(next(iter(feats.values()), {}))
        if len(qsim) > MAX_PAIRS or set(feats) != set(qsim):
            unrecorded = True
        else:
            values = {p: feats[p] for p in qsim}  # each pair's dict made once (feats may build them on demand)
            unrecorded = any(list(x) != names for x in values.values())
        if unrecorded:
            with contextlib.suppress(OSError):
                path.unlink()  # nothing recorded is better than a stale record (it is keyed, but it costs a read)
            return
        pairs = sorted(qsim)
        body = json.dumps(
            {
                "format": FORMAT,
                "key": want,
                "names": names,
                "pairs": [[i, j, qsim[(i, j)], scores[(i, j)]] for i, j in pairs],
                "features": [[values[p][n] for n in names] for p in pairs],
                "extras": [[i, j, extras[(i, j)]] for i, j in sorted(extras)],
            },
            separators=(",", ":"),
        ).encode()
        cachefile.write_checked(path, body)

    return write


def _forget(cache_dir: Path | None) -> None:
    """Nothing recorded is better than a stale record (it is keyed, but it costs a read)."""
    if cache_dir is not None:
        with contextlib.suppress(OSError):
            (cache_dir / NAME).unlink()
