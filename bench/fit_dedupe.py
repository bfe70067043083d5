"""Fit the dedupe combiner (compiler/pairscore.py) on the labeled pairs and write compiler/data/dedupe-model.json.

    .venv/bin/python bench/fit_dedupe.py              # refit on tests/data/dupe-labels.toml, write the model
    .venv/bin/python bench/fit_dedupe.py --calibrate  # ... then the thresholds the held-out procedure picks

Logistic regression by Newton's method (numpy only) with a small L2 penalty,
on every candidate pair the automatic step looks at (label 1 when the labels
put both items in one ``[[same]]`` group).  Features are divided by their
standard deviation first, so the penalty treats them alike and the committed
weights are comparable.  The bench (``make bench``) reports the quality of
this procedure on documents held out of the fit; rerun this script after
changing the labels or the features, and commit the JSON it writes.

``--calibrate`` then says which ``auto_merge`` the procedure picks (leave one
document out over every labeled document: the lowest threshold whose held-out
precision reaches 0.98, as ``make bench`` picks it per fold), with the seed
deck's guard list and with the defaults, and the held-out figures at the
shipped thresholds and at the picked ones: a refit is shipped with the
thresholds it was measured at (thirty-fifth sitting: 0.65 had fallen to
precision 0.96 with the guard list).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

PENALTY = 1.0  # L2 on the scaled weights, not on the bias (0.01 before: held-out recall 0.26 instead of 0.31 at the same precision)


def fit(rows, pos, penalty: float = PENALTY):  # type: ignore[no-untyped-def]
    """A Combiner fitted on (id, id, features) rows; a row is positive when its pair is in ``pos``."""
    import numpy as np

    from compiler.pairscore import FEATURES, Combiner

    X = np.array([[r[2][f] for f in FEATURES] for r in rows], dtype=np.float64)
    y = np.array([1.0 if frozenset(r[:2]) in pos else 0.0 for r in rows])
    scale = X.std(axis=0)
    scale[scale < 1e-9] = 1.0
    Xb = np.hstack([X / scale, np.ones((len(X), 1))])
    w = np.zeros(Xb.shape[1])
    reg = penalty * np.eye(len(w))
    reg[-1, -1] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(Xb @ w, -60, 60)))
        grad = Xb.T @ (p - y) + reg @ w
        hess = Xb.T @ (Xb * (p * (1 - p))[:, None]) + reg + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return Combiner(
        weights=tuple(round(float(v), 6) for v in w[:-1]),
        bias=round(float(w[-1]), 6),
        scale=tuple(round(float(v), 6) for v in scale),
        center=tuple(round(float(v), 6) for v in X.mean(axis=0)),
    )


def calibrate(content: Path, pos: set[frozenset[str]], cache: Path) -> None:
    """Print the ``auto_merge`` the held-out procedure picks and the held-out figures at it (see the docstring)."""
    from dedupe_eval import choose_auto_merge, folds, held_out

    from compiler.decisions import DedupeSettings, load_settings
    from compiler.diagnostics import Diagnostics

    base = load_settings(content, Diagnostics())
    f = folds(content, pos, cache, base)
    for label, settings in (("guard list of content/dedupe.toml", base), ("defaults (no dedupe.toml)", DedupeSettings())):
        picked = choose_auto_merge(f, "", settings)  # no document held out: the inner procedure on all of them
        for auto_merge in sorted({settings.auto_merge, picked}):
            s = held_out(content, pos, settings=settings.model_copy(update={"auto_merge": auto_merge}), nested=False, f=f)[0]["all"]
            print(f"{label}, auto_merge {auto_merge}{' (picked)' if auto_merge == picked else ' (shipped)'}: held out "
                  f"precision {s.precision:.3f}, recall {s.recall:.3f}, surfaced {s.surfaced_share:.3f}, "
                  f"{100 * s.suggestions / len(f.items):.0f} suggestions per 100 items")


def main() -> None:
    import tempfile

    from dedupe_eval import LABELS, labeled_content, positives, read_items, resolve, run_automatic

    from compiler.pairscore import FEATURES, MODEL_FILE

    with tempfile.TemporaryDirectory() as tmp:
        content = labeled_content(Path(tmp))
        items, _ = read_items(content)
        pos = resolve(positives(), items)
        rows: list = []
        run_automatic(content, items, cache=Path(tmp) / "cache", collect=rows)
        model = fit(rows, pos)
        n_pos = sum(1 for r in rows if frozenset(r[:2]) in pos)
        data = {
            "about": "logistic combiner of compiler/pairscore.py; written by bench/fit_dedupe.py, do not edit",
            "labels": str(LABELS.relative_to(ROOT)),
            "documents": sorted({i.source for i in items}),
            "pairs": len(rows),
            "positive_pairs": n_pos,
            "features": list(FEATURES),
            "weights": list(model.weights),
            "scale": list(model.scale),
            "center": list(model.center),
            "bias": model.bias,
        }
        MODEL_FILE.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"fitted on {len(rows)} candidate pairs ({n_pos} duplicates) -> {MODEL_FILE.relative_to(ROOT)}")
        for f, w, s in zip(FEATURES, model.weights, model.scale, strict=True):
            print(f"  {f:<13} weight {w:+.3f} per {s:.3f}")
        print(f"  bias {model.bias:+.3f}")
        if "--calibrate" in sys.argv[1:]:
            calibrate(content, pos, Path(tmp) / "cache")  # the vectors of the fit, reused


if __name__ == "__main__":
    main()
