"""compiler/pairtable.py: the compact feature rows read back as the dicts that were added."""

from __future__ import annotations

import pytest

from compiler.pairtable import FeatureRows


def test_rows_read_back_as_the_same_dicts() -> None:
    added = {(0, 1): {"q": 0.8123, "qa": 0.1, "a": 0.0}, (2, 5): {"q": 1.0, "qa": -0.25, "a": 0.3333}}
    rows = FeatureRows()
    for pair, x in added.items():
        rows.add(pair, x)
    assert dict(rows) == added and list(rows) == list(added) and len(rows) == 2
    assert list(rows[(2, 5)]) == ["q", "qa", "a"], "same keys, same order"
    assert all(type(v) is float for v in rows[(0, 1)].values())
    assert (0, 1) in rows and (1, 0) not in rows and rows.get((9, 9)) is None


def test_every_pair_has_the_same_features_once() -> None:
    rows = FeatureRows()
    rows.add((0, 1), {"q": 1.0})
    with pytest.raises(ValueError):
        rows.add((0, 2), {"qa": 1.0})
    with pytest.raises(ValueError):
        rows.add((0, 1), {"q": 0.5})
