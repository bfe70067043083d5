"""Precision, recall and F1 of the automatic dedupe step against tests/data/dupe-labels.toml.

The automatic step alone: decisions.toml is ignored.  A pair counts as merged
when both items end up in one note (so merges through a third item count).
"""

from __future__ import annotations

import itertools
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "dupe-labels.toml"


@dataclass
class Scores:
    tp: int
    fp: int
    fn: int
    false_merges: list[tuple[str, str]]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def positives(path: Path = LABELS) -> set[frozenset[str]]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {frozenset(p) for g in data["same"] for p in itertools.combinations(g["items"], 2)}


def automatic_groups(content: Path, embedder: object = None) -> list[list[str]]:
    """Groups the automatic step makes, with decisions.toml ignored (``embedder``: default the real model)."""
    from compiler.config import load_config
    from compiler.decisions import Decisions, load_settings
    from compiler.diagnostics import Diagnostics
    from compiler.passes import clean, dedupe
    from compiler.pipeline import read_sources

    diag = Diagnostics()
    config = load_config(content)
    _, items, _ = read_sources(content, config, diag)
    items = clean.run(items, diag)
    groups, _ = dedupe.run(items, load_settings(content, diag), Decisions(), diag, embedder=embedder)  # type: ignore[arg-type]
    return [[i.item_id for i in g] for g in groups]


def score(groups: list[list[str]], pos: set[frozenset[str]]) -> Scores:
    merged = {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}
    tp = len(merged & pos)
    false = sorted(tuple(sorted(p)) for p in merged - pos)
    return Scores(tp=tp, fp=len(false), fn=len(pos - merged), false_merges=false)  # type: ignore[arg-type]
