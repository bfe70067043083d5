"""Shortcuts taken for speed give exactly what the code they stand in for gives."""

from __future__ import annotations

import string
import unicodedata

import genanki
from hypothesis import given, settings
from hypothesis import strategies as st

from compiler import model
from compiler.guid import guid_for


def slow_normalize(text: str) -> str:
    """normalize_text as it was before its ASCII shortcut: character by character."""
    text = model._CLOZE.sub(r"\1", text)
    text = unicodedata.normalize("NFKD", text).lower()
    text = "".join(f" {model._GREEK[c]} " if c in model._GREEK else model._word_char(c) for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=string.printable + "αγéÅ≈–“”ß中Ж", max_size=60), st.booleans())
def test_normalize_text_shortcuts_agree_with_the_character_loop(text: str, cloze: bool) -> None:
    if cloze:
        text = "{{c1::" + text + "::hint}} rest"
    assert model.normalize_text(text) == slow_normalize(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=1, max_size=4))
def test_guid_for_is_genanki_s(values: list[str]) -> None:
    assert guid_for(*values) == genanki.guid_for(*values)


def test_guid_for_known_values() -> None:
    assert guid_for("deckc", "grill:what is dropout") == genanki.guid_for("deckc", "grill:what is dropout")
    assert guid_for() == genanki.guid_for()


def test_pair_cosines_in_chunks_are_one_einsum_s() -> None:
    import numpy as np

    from compiler.similarity import pair_cosines

    rng = np.random.default_rng(7)
    vectors = rng.standard_normal((500, 384)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    a, b = rng.integers(0, 500, 5000), rng.integers(0, 500, 5000)
    whole = np.einsum("ij,ij->i", vectors[a].astype(np.float64), vectors[b].astype(np.float64))
    for chunk in (1, 7, 256, 1000, 16_384):
        assert np.array_equal(pair_cosines(vectors, a, b, chunk), whole)
