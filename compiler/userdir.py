"""The user's deckc folder, found with ``os`` alone: the commands that replay an answer or skip a
build ask for it before anything heavy is imported (:mod:`compiler.modelcache` and
:mod:`compiler.vectorstore` take ~20 and ~40 ms to import)."""

from __future__ import annotations

import os
from pathlib import Path

MODEL_ENV = "DECKC_MODEL_CACHE"  # a folder for the optimized graph; "off" (or empty): keep none
SHARED_ENV = "DECKC_VECTOR_CACHE"  # a folder for vectors and other per-user caches; "off": keep none


def models() -> Path | None:
    """Where optimized graphs are kept, or None (``DECKC_MODEL_CACHE=off``)."""
    chosen = os.environ.get(MODEL_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "deckc"


def shared() -> Path | None:
    """Where vectors and the other per-user caches live, or None when they are not to be kept."""
    chosen = os.environ.get(SHARED_ENV)
    if chosen is not None and chosen.strip():
        return None if chosen.strip().lower() == "off" else Path(chosen)
    return models()
