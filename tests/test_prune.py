"""Answers embedded only where a score can matter (dedupe._score's pruning): the same decisions, fewer texts.

The bound is exact, so pruning must not change a single pair, score, feature, reason or group,
whatever the thresholds, decisions or combiner; these tests compare a pruned run with one that
scores every candidate (as ``collect`` does) on the real content and a synthetic deck.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from compiler.decisions import Decision, Decisions, DedupeSettings
from compiler.diagnostics import Diagnostics
from compiler.model import Item
from compiler.pairscore import FEATURES, Combiner
from compiler.passes import dedupe
from compiler.pipeline import compile_content
from compiler.project import load_project
from compiler.similarity import HashEmbedder

CONTENT = Path(__file__).parent.parent / "content"
sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))


class Counting(HashEmbedder):
    """The stand-in, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def embed_many(self, texts, progress=None) -> np.ndarray:  # type: ignore[no-untyped-def]
        self.texts += texts
        return super().embed_many(texts, progress)


def items_of(content: Path) -> list[Item]:
    """The items a compile of ``content`` hands the dedupe pass."""
    seen: list[list[Item]] = []
    real = dedupe.run

    def spy(items, *args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(list(items))
        return real(items, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dedupe, "run", spy)
        compile_content(content, now=10**9, embedder=HashEmbedder())
    return seen[0]


@pytest.fixture(scope="module")
def real_items() -> list[Item]:
    return items_of(CONTENT)


def outcome(items: list[Item], settings: DedupeSettings, decisions: Decisions, combiner: Combiner | None, prune: bool):  # type: ignore[no-untyped-def]
    embedder = Counting()
    groups, report = dedupe.run(
        items, settings, decisions, Diagnostics(), embedder=embedder, combiner=combiner, collect=None if prune else []
    )
    pairs = [(p.a.item_id, p.b.item_id, p.score, p.question_sim, p.status, p.reason, p.features, p.evidence) for p in report.pairs]
    return [[i.item_id for i in g] for g in groups], pairs, len(embedder.texts)


SETTINGS = [
    DedupeSettings(),
    DedupeSettings(suggest=0.3, auto_merge=0.5, guard_suggest=0.6, same_source="auto"),
    DedupeSettings(suggest=0.02, auto_merge=0.35, cohesion=0.05, candidate_floor=0.2),
    DedupeSettings(suggest=0.5, auto_merge=0.5, guard_suggest=0.99, max_group=2),
]
COMBINERS = [
    None,  # the fitted one: the answers' cosine lowers the score
    Combiner(weights=(6.0, 4.0, 3.0) + (0.0,) * (len(FEATURES) - 3), bias=-9.0),  # ... raises it here
]


@pytest.mark.parametrize("settings", SETTINGS)
@pytest.mark.parametrize("combiner", COMBINERS)
def test_pruning_changes_nothing_on_the_real_content(settings, combiner, real_items) -> None:  # type: ignore[no-untyped-def]
    items = real_items
    decisions = load_project(CONTENT, Diagnostics()).decisions
    groups, pairs, embedded = outcome(items, settings, decisions, combiner, prune=True)
    all_groups, all_pairs, all_embedded = outcome(items, settings, decisions, combiner, prune=False)
    assert pairs and (groups, pairs) == (all_groups, all_pairs)
    assert embedded <= all_embedded


def test_pruning_changes_nothing_on_a_synthetic_deck_and_skips_answers(tmp_path: Path) -> None:
    from synthetic import write_corpus

    write_corpus(tmp_path / "deck", 300, per_file=50)
    items = items_of(tmp_path / "deck")
    # decisions naming items whose pairs would be left out: they are scored as before
    ids = [i.item_id for i in items]
    decisions = Decisions(
        merge=[Decision(items=[ids[3], ids[250]], line=1), Decision(items=[ids[10], ids[11], ids[12]], line=2)],
        keep_apart=[Decision(items=[ids[20], ids[21]], line=3), Decision(items=[ids[5], ids[280]], line=4)],
    )
    for settings in SETTINGS[:1]:
        for chosen in (Decisions(), decisions):
            groups, pairs, embedded = outcome(items, settings, chosen, None, prune=True)
            all_groups, all_pairs, all_embedded = outcome(items, settings, chosen, None, prune=False)
            assert (groups, pairs) == (all_groups, all_pairs)
            assert embedded < all_embedded, "some answers were not embedded"


def test_a_deck_with_more_candidate_pairs_than_the_bound_takes_embeds_every_answer(
    real_items, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    decisions = load_project(CONTENT, Diagnostics()).decisions
    bounded = outcome(real_items, SETTINGS[0], decisions, None, prune=True)
    monkeypatch.setattr(dedupe, "BOUND_PAIRS", 10)  # the real content has ~1,400 candidate pairs
    unbounded = outcome(real_items, SETTINGS[0], decisions, None, prune=True)
    full = outcome(real_items, SETTINGS[0], decisions, None, prune=False)
    assert bounded[:2] == unbounded[:2] == full[:2]
    assert unbounded[2] == full[2] > bounded[2]
