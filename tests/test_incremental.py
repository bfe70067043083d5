"""Incremental = clean: a rebuild that reuses build/.cache writes the bytes a build without the cache writes."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler import pipeline
from compiler.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from synthetic import change_document, write_corpus


def build(content: Path, out: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])
    assert result.exit_code == 0, result.output


def test_rebuild_after_a_changed_document_equals_a_clean_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's scenario, smaller: template questions, one document reworded.

    The stand-in embedder finds template questions less alike than MiniLM does, so
    the thresholds are lowered until most questions have more candidates than the
    nearest-neighbour cut keeps: where a cached search and a full one can differ.
    300 questions in three documents, one reworded (98 % of the questions with more than 20 candidates, as 97 % of
    500 and of 1,500 had) prove what the larger corpora did (fortieth sitting: every size passes with the neighbour
    cache's offer or redo step removed, which test_similarity's exact comparison catches; the 1,500 cost a
    twentieth of the suite, the 500 three builds of 4 s of CPU).
    """
    monkeypatch.setattr(pipeline.time, "time", lambda: 1_800_000_000)
    content = tmp_path / "content"
    write_corpus(content, 300)
    (content / "dedupe.toml").write_text("[dedupe]\ncandidate_floor = 0.3\nsuggest = 0.45\nauto_merge = 0.6\n", encoding="utf-8")
    build(content, tmp_path / "incremental")
    change_document(content, part=2)
    clean = tmp_path / "clean-content"
    shutil.copytree(content, clean)  # the same sources and the same lock
    build(content, tmp_path / "incremental")
    build(clean, tmp_path / "clean")
    manifest = "synthetic.json"
    incremental = (tmp_path / "incremental" / manifest).read_bytes()
    assert incremental == (tmp_path / "clean" / manifest).read_bytes()
    assert (content / "deckc.lock").read_bytes() == (clean / "deckc.lock").read_bytes()
    assert b'"role": "merged"' in incremental, "the corpus must have merges for the test to mean something"


def test_cached_reading_gives_the_items_and_warnings_of_a_fresh_read(tmp_path: Path) -> None:
    """The per-source item cache: same items and diagnostics as parsing; a damaged entry is read again."""
    from compiler.config import load_config
    from compiler.diagnostics import Diagnostics
    from compiler.itemcache import ItemCache
    from compiler.read import read_sources

    content = Path(__file__).resolve().parent.parent / "content"
    config = load_config(content)

    def read(cache: ItemCache | None) -> tuple[list, list]:
        diag = Diagnostics()
        _, items, _ = read_sources(content, config, diag, cache=cache)
        return items, diag.items

    fresh = read(None)
    first = ItemCache(tmp_path)
    assert read(first) == fresh
    first.save()
    entries = sorted((tmp_path / "items").iterdir())
    assert len(entries) == len(config.source)
    again = ItemCache(tmp_path)
    assert read(again) == fresh and not again.new, "every source came from the cache"
    entries[0].write_bytes(entries[0].read_bytes().replace(b'"question"', b'"questio"', 1))
    damaged = ItemCache(tmp_path)
    assert read(damaged) == fresh and len(damaged.new) == 1, "the damaged entry was parsed again"
