"""The embedding model in a worker process (compiler/embedworker.py) gives the bytes the in-process model gives."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from compiler import embedworker, similarity

TEXTS = ["What is dropout?", "Dropout zeroes random units during training.\nIt regularizes.", "What is dropout?", "Ünïcode — ok"]


def test_the_worker_embeds_the_same_bytes_as_the_model_in_process(real_embedder) -> None:  # type: ignore[no-untyped-def]
    worker = embedworker.WorkerEmbedder()
    try:
        worker.start()
        seen: list[tuple[int, int]] = []
        got = worker.embed_many(TEXTS, lambda done, total: seen.append((done, total)))
        again = worker.embed_many(TEXTS[:1])  # the same worker serves the next request
        assert worker._proc is not None and worker._fallback is None, "embedded by the worker, not in process"
    finally:
        worker.close()
    expected = real_embedder.embed_many(TEXTS)
    assert got.dtype == np.float32 and got.shape == (len(TEXTS), similarity.DIM)
    assert got.tobytes() == expected.tobytes()
    assert again.tobytes() == expected[:1].tobytes()
    assert seen and seen[-1] == (len(TEXTS), len(TEXTS))
    assert worker.name == similarity.MODEL_NAME


def test_a_worker_that_cannot_run_falls_back_to_the_model_in_process(real_embedder, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "executable", sys.executable + "-missing")  # the worker cannot start
    worker = embedworker.WorkerEmbedder()
    worker.start()
    assert worker._proc is None
    monkeypatch.setattr(similarity, "Embedder", lambda: real_embedder)
    got = worker.embed_many(TEXTS[:2])
    assert isinstance(worker._fallback, type(real_embedder))
    assert got.tobytes() == real_embedder.embed_many(TEXTS[:2]).tobytes()


def test_a_worker_that_dies_falls_back_to_the_model_in_process(real_embedder, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    worker = embedworker.WorkerEmbedder()
    worker.start()
    assert worker._proc is not None
    worker._proc.kill()
    worker._proc.wait()
    monkeypatch.setattr(similarity, "Embedder", lambda: real_embedder)
    got = worker.embed_many(TEXTS[:2])
    assert worker._proc is None and worker._fallback is not None
    assert got.tobytes() == real_embedder.embed_many(TEXTS[:2]).tobytes()


def test_a_build_that_started_the_worker_embeds_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(similarity.EMBEDDER_ENV)
    fake = embedworker.WorkerEmbedder()
    monkeypatch.setattr(embedworker, "_shared", fake)
    assert similarity.default_embedder() is fake
    monkeypatch.setenv(similarity.EMBEDDER_ENV, "stub")
    assert isinstance(similarity.default_embedder(), similarity.HashEmbedder), "the test seam still wins"


def _idle_worker() -> embedworker.WorkerEmbedder:
    """A worker whose process is a stand-in that only waits (no model load)."""
    import subprocess

    worker = embedworker.WorkerEmbedder()
    worker._proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    return worker


def test_a_released_worker_stops_and_frees_its_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedworker, "_keep", False)
    worker = _idle_worker()
    proc = worker._proc
    worker.release()  # killed now, reaped in a thread
    assert worker._proc is None and proc is not None
    worker.close()  # waits for the reaping
    assert proc.returncode is not None


def test_deckc_watch_keeps_its_worker_between_builds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedworker, "_keep", False)
    embedworker.keep_between_builds()
    worker = _idle_worker()
    try:
        worker.release()
        assert worker._proc is not None and worker._proc.poll() is None
    finally:
        worker.close()


def test_a_build_releases_the_worker_once_the_content_is_compiled(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import shutil
    from pathlib import Path

    from compiler.build import build

    content = tmp_path / "content"
    shutil.copytree(Path(__file__).resolve().parent.parent / "content", content)
    released: list[bool] = []
    monkeypatch.setattr(embedworker, "release", lambda: released.append(True))
    build(content, tmp_path / "build", formats=("json",))
    assert released == [True]


def test_a_first_build_of_a_user_who_keeps_vectors_starts_the_model_only_for_a_text_not_kept(  # type: ignore[no-untyped-def]
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An empty build/ with a vector store: the worker is started by the first text the store lacks, not at once."""
    from compiler import build as building
    from compiler import uptodate, vectorstore

    monkeypatch.delenv(similarity.EMBEDDER_ENV)
    monkeypatch.setenv(vectorstore.ENV, str(tmp_path / "vectors"))
    calls: list[str] = []
    monkeypatch.setattr(embedworker, "start", lambda: calls.append("at once"))
    monkeypatch.setattr(embedworker, "on_demand", lambda: calls.append("on demand"))
    monkeypatch.setattr(uptodate, "changed", lambda found, build_dir: None)  # no earlier build
    building._preload_model(None, tmp_path / "build")  # type: ignore[arg-type]
    assert calls == ["at once"], "no vectors kept: the model loads while the build reads"
    (tmp_path / "vectors").mkdir()
    (tmp_path / "vectors" / "vectors-0123.sqlite3").write_bytes(b"SQLite")
    building._preload_model(None, tmp_path / "build")  # type: ignore[arg-type]
    assert calls[-1] == "on demand"
    monkeypatch.setattr(uptodate, "changed", lambda found, build_dir: {"sources/a.md"})  # an edit: new text
    building._preload_model(None, tmp_path / "build")  # type: ignore[arg-type]
    assert calls[-1] == "at once"


def test_an_on_demand_worker_starts_with_the_first_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embedworker, "_shared", None)
    worker = embedworker.on_demand()
    assert embedworker.started() is worker and worker._proc is None, "the default embedder, not started"
    started: list[bool] = []
    monkeypatch.setattr(worker, "start", lambda: started.append(True))  # no process: falls back in process
    monkeypatch.setattr(similarity, "Embedder", similarity.HashEmbedder)
    got = worker.embed_many(TEXTS[:2])
    assert started == [True]
    assert got.tobytes() == similarity.HashEmbedder().embed_many(TEXTS[:2]).tobytes()
