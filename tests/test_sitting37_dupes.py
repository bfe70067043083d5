"""Issue 10, thirty-seventh sitting: labeled groups reached, beside the pair figures.

The lead's decision: the labels stay (the curated deck's decisions merge the three big groups), the pair
figures stay, and `make bench` also says per labeled group whether it is *reached*: all its items joined
through merged or listed labeled pairs, so a reviewer accepting the listed suggestions that are duplicates
ends with the group in one note.  A twelve-item group is 66 pairs to the pair figures and one card to a
learner.  Measurements: docs/dedupe.md ("Thirty-seventh sitting").
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from dedupe_eval import Scores, groups_reached, label_groups, reached_line, score

from compiler.model import Block, BlockKind, Item, Locator


def _item(key: str, file: str, line: int) -> Item:
    return Item(key=key, source=Path(file).stem, question=f"Q {key}?", answer=[Block(kind=BlockKind.text, text="A.")],
                locator=Locator(file=file, line=line), original=f"Q {key}?")


def test_a_group_is_reached_when_its_items_are_joined_through_merged_or_listed_pairs() -> None:
    """Three items of one group: one pair merged, another listed. Neither pair figure says so, but a
    reviewer who accepts the listed suggestion ends with the three in one note: the group is reached. A
    two-item group whose pair is neither merged nor listed is not."""
    pos = {frozenset(p) for p in (("a", "b"), ("a", "c"), ("b", "c"), ("d", "e"))}
    s = score([["a", "b"], ["c"], ["d"], ["e"]], pos, suggested={frozenset(("b", "c"))})
    assert (s.tp, s.surfaced) == (1, 2)  # the pair figures: 1 of 4 merged, 2 of 4 surfaced
    groups = [frozenset("abc"), frozenset("de")]
    assert groups_reached(groups, s.edges) == [frozenset("abc")]
    assert reached_line(groups, s).startswith(
        "labeled groups reached (all items joined by merged or listed labeled pairs: one note after review) "
        "1 of 2 (0.50), 3 of 5 items"
    )


def test_a_group_spanning_folds_is_reached_by_the_pairs_each_fold_surfaced() -> None:
    """Held out, each pair is scored by the fold of its earlier document: a group whose pairs two folds
    surface is reached once the folds' scores are added (and a suggestion that is no labeled duplicate
    joins nothing)."""
    pos = {frozenset(p) for p in (("a", "b"), ("b", "c"), ("a", "c"))}
    total = Scores()
    total.add(score([["a"], ["b"], ["c"]], pos, {frozenset("ab"), frozenset("cx")}, only={frozenset("ab"), frozenset("ac")}))
    assert groups_reached([frozenset("abc")], total.edges) == []
    total.add(score([["a"], ["b", "c"]], pos, set(), only={frozenset("bc")}))
    assert groups_reached([frozenset("abc")], total.edges) == [frozenset("abc")]


def test_label_groups_names_corpus_items_by_file_and_line(tmp_path: Path) -> None:
    """Labels name seed items by id and corpus items by `file:line`; a group's items that are not in the
    build are left out, and a group left with one item is no group."""
    labels = tmp_path / "labels.toml"
    labels.write_text(
        '[[same]]\nitems = ["grill/what-is-dropout", "theory.md:12", "absent.md:3"]\n'
        '[[same]]\nitems = ["grill/what-is-l1", "absent.md:9"]\n',
        encoding="utf-8",
    )
    items = [_item("grill/what-is-dropout", "sources/grill.md", 4), _item("theory/what-is-dropout", "sources/theory.md", 12),
             _item("grill/what-is-l1", "sources/grill.md", 8)]
    assert label_groups(items, labels) == [frozenset({"grill/what-is-dropout", "theory/what-is-dropout"})]
