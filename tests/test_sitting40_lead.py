"""Fortieth sitting, lead: the suite's stand-in embedder made cheaper without changing one vector."""

from __future__ import annotations

import hashlib
import re

import numpy as np

from compiler.similarity import DIM, HashEmbedder


def _reference(texts: list[str]) -> np.ndarray:
    """The stand-in as it was first written: every gram hashed and added where it falls, one at a time."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for n, text in enumerate(texts):
        words = re.findall(r"\w+", text.lower())
        grams = [f"w:{w}" for w in words]
        for w in words:
            padded = f" {w} "
            grams.extend(f"c:{padded[i : i + 3]}" for i in range(len(padded) - 2))
        for gram in grams:
            h = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "little")
            out[n, h % DIM] += 1.0 if (h >> 32) & 1 else -1.0
        norm = float(np.linalg.norm(out[n]))
        if norm:
            out[n] /= norm
    return out


def test_the_stand_in_gives_the_vectors_it_always_gave() -> None:
    """Kept gram hashes and grams counted before they are added give the same bytes (the suite's merges, thresholds and
    kept vectors rest on them): repeated words, empty and long texts, other scripts, a text embedded twice."""
    texts = [
        "What is L2 regularization?",
        "what is what is what is",
        "",
        "   ",
        "Ünïcödé Straße 漢字テスト ﻿العربية",
        "x" * 3000,
        " ".join(f"word{n % 37}" for n in range(2000)),
        "What is L2 regularization?",
    ]
    assert HashEmbedder().embed_many(texts).tobytes() == _reference(texts).tobytes()
    assert HashEmbedder().embed_many(texts[:2]).tobytes() == _reference(texts[:2]).tobytes()  # (grams kept from before)
