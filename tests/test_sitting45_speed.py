"""Issue 13, forty-fifth sitting: what the suite and small builds no longer compute twice gives what computing it gives.

Each speed-up here is a memo of a pure function (the stand-in embedder's rows, the contrast guard, the code-fence
scan): these tests check that a remembered answer is the computed one, including after the input changed.
"""

from __future__ import annotations

import numpy as np

from compiler import similarity
from compiler.decisions import OPPOSITES, ContrastGroup, Guard
from compiler.sources import lines


def test_the_stand_in_gives_a_text_the_same_vector_remembered_or_computed() -> None:
    texts = ["What is dropout?", "What is L2 regularization?", "", "Qu'est-ce que le dropout ?", "What is dropout?"]
    similarity._STUB_ROWS.clear()
    first = similarity.HashEmbedder().embed_many(texts)  # computed (the repeated text: remembered within the batch)
    assert set(similarity._STUB_ROWS) == set(texts)
    again = similarity.HashEmbedder().embed_many(list(reversed(texts)))  # every row remembered
    assert first.tobytes() == again[::-1].tobytes()
    alone = [similarity.HashEmbedder().embed_many([t]) for t in texts]
    similarity._STUB_ROWS.clear()
    fresh = [similarity.HashEmbedder().embed_many([t]) for t in texts]  # computed again, one by one
    assert all(a.tobytes() == f.tobytes() for a, f in zip(alone, fresh, strict=True))
    assert np.array_equal(first[0], first[4])
    first[0] += 1.0  # a caller changing its matrix does not change what is remembered
    assert similarity.HashEmbedder().embed_many([texts[0]]).tobytes() == fresh[0].tobytes()


def test_one_guard_per_set_of_groups_and_it_finds_what_a_new_one_finds() -> None:
    groups = [ContrastGroup(name="norms", terms=["l1|lasso", "l2|ridge"]), *OPPOSITES]
    guard = Guard.of(groups)
    assert Guard.of([ContrastGroup(name="norms", terms=["l1|lasso", "l2|ridge"]), *OPPOSITES]) is guard
    other = Guard.of([ContrastGroup(name="norms", terms=["l1|lasso", "l2"]), *OPPOSITES])
    assert other is not guard  # a term spelled otherwise: another guard
    for question in ("Why does Lasso give sparse weights?", "What is ridge regression?", "L1 vs L2?", "What is dropout?"):
        assert guard.terms(question) == Guard(groups).terms(question)
    assert guard.contrast(guard.terms("What is lasso?"), guard.terms("What is ridge?")) is not None
    assert other.terms("What is ridge?")[0] == frozenset()


def test_the_code_fence_scan_remembered_is_the_scan() -> None:
    page = ["# T", "```python", "x = 1", "```", "text", "~~~", "still code", "~~~~", "after", "\t```", "end"]
    expected = list(lines._fenced(page))
    assert expected == [False, True, True, True, False, True, True, True, False, False, False]
    assert list(lines.in_fence(page)) == expected
    assert list(lines.in_fence(page)) == expected  # remembered
    assert list(lines.in_fence(iter(page))) == expected  # any iterable of lines
    page[3] = "not a close"  # the same list edited: its new lines are scanned
    assert list(lines.in_fence(page)) == list(lines._fenced(page)) == [False, True, True, True, True, True, True, True, True, True, True]
    for n in range(40):  # more documents than are remembered: each still right
        doc = ["```"] * (n % 3) + [f"line {n}"]
        assert list(lines.in_fence(doc)) == list(lines._fenced(doc))
    assert len(lines._FENCED) <= 16
