"""The dedupe pass reads back the last compile's candidates and scores when the items are the same (compiler/scorecache.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from compiler import cachefile, scorecache
from compiler.pairscore import Combiner
from compiler.passes import dedupe
from compiler.pipeline import compile_content
from compiler.similarity import HashEmbedder

CONTENT = Path(__file__).resolve().parent.parent / "content"


def pairs(compiled) -> list[tuple[str, str, float, float, str, dict[str, float]]]:  # type: ignore[no-untyped-def]
    return [(p.a.item_id, p.b.item_id, p.score, p.question_sim, p.status, p.features) for p in compiled.dupes.pairs]


def test_a_second_compile_of_the_same_items_reads_the_scores_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    first = compile_content(CONTENT, now=10**9, cache_dir=cache, embedder=HashEmbedder())
    first.dupes.persist()
    assert (cache / scorecache.NAME).is_file()
    clean = compile_content(CONTENT, now=10**9, embedder=HashEmbedder())  # no cache at all

    def no_scoring(*args: object, **kwargs: object) -> None:
        raise AssertionError("scored again")

    monkeypatch.setattr(dedupe, "_score", no_scoring)
    again = compile_content(CONTENT, now=10**9, cache_dir=cache, embedder=HashEmbedder())
    assert pairs(again) == pairs(first) == pairs(clean)
    assert [[i.item_id for i in g] for g in again.dupes.groups] == [[i.item_id for i in g] for g in first.dupes.groups]
    assert [(n.guid, n.fields, n.tags) for n in again.deck.notes] == [(n.guid, n.fields, n.tags) for n in clean.deck.notes]


def test_other_items_or_a_damaged_file_are_scored_again(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    compile_content(CONTENT, now=10**9, cache_dir=cache, embedder=HashEmbedder()).dupes.persist()
    items = compile_content(CONTENT, now=10**9, embedder=HashEmbedder()).items
    settings = dedupe.DedupeSettings()
    changed = [items[0].model_copy(update={"question": items[0].question + " (edited)"}), *items[1:]]
    model = Combiner.load()
    assert scorecache.key(changed, settings, HashEmbedder.name, model) != scorecache.key(items, settings, HashEmbedder.name, model)
    assert scorecache.key(items, settings, "another-model", model) != scorecache.key(items, settings, HashEmbedder.name, model)
    path = cache / scorecache.NAME
    path.write_bytes(path.read_bytes().replace(b'"pairs":[[', b'"pairs":[[9', 1))
    with cachefile.collect() as notices:
        assert scorecache.load(cache, "any key") is None
    assert notices and "scores.json" in notices[0] and not path.exists()
    again = compile_content(CONTENT, now=10**9, cache_dir=cache, embedder=HashEmbedder())
    assert pairs(again) == pairs(compile_content(CONTENT, now=10**9, embedder=HashEmbedder()))


def test_lint_after_a_build_imports_neither_numpy_nor_ftfy(tmp_path: Path) -> None:
    """Scores and repaired texts are read back (compiler/passes/clean.py keeps the latter)."""
    import shutil

    content, build = tmp_path / "content", tmp_path / "build"
    shutil.copytree(CONTENT, content)
    env = {**os.environ, "DECKC_EMBEDDER": "stub"}
    run = [sys.executable, "-c", "import sys; from compiler.cli import main; sys.argv[0] = 'deckc'; main()"]
    subprocess.run([*run, "build", str(content), "-o", str(build), "--only", "json"], check=True, env=env, capture_output=True)
    probe = (
        "import atexit, sys\n"
        "atexit.register(lambda: sys.__stderr__.write('NUMPY=%s FTFY=%s\\n' % ('numpy' in sys.modules, 'ftfy' in sys.modules)))\n"
        "from compiler.cli import main; sys.argv[0] = 'deckc'; main()\n"
    )
    out = subprocess.run([sys.executable, "-c", probe, "lint", str(content), "-o", str(build)], env=env, capture_output=True, text=True)
    assert "deckc lint: " in out.stdout, out.stderr
    assert "NUMPY=False FTFY=False" in out.stderr, out.stderr
