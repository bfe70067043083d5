"""Speed work of the forty-fourth sitting (issue 13: `make test` on a fresh clone): what the suite and its install
wait for, cut without a test checking less."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from conftest import SharedEmbedder, deck_of

from compiler import similarity, transaction
from compiler.build import build

ROOT = Path(__file__).resolve().parent.parent
DOC = "# Capitals\n\n## What is the capital of France?\n\nParis.\n\n## What is the capital of Spain?\n\nMadrid.\n"


def _counting_fsync(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        calls.append(fd)
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return calls


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def test_a_build_with_fsync_off_forces_nothing_to_disk_and_writes_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DECKC_FSYNC=off (what the suite builds with): the same staging, journal and renames, no fsync; the same bytes
    as a build that syncs (the default), which calls fsync for its files, journal and folders."""
    calls = _counting_fsync(monkeypatch)
    builds = {}
    for setting in ("on", "off"):
        if setting == "off":
            monkeypatch.setenv(transaction.FSYNC_ENV, "off")
        else:
            monkeypatch.delenv(transaction.FSYNC_ENV, raising=False)
        before = len(calls)
        content = deck_of(tmp_path / setting, {"capitals.md": DOC})
        result = build(content, tmp_path / setting / "build", formats=("json", "csv"), now=1_000)
        assert result.compiled is not None and result.paths
        builds[setting] = (len(calls) - before, _outputs(tmp_path / setting / "build"), (content / "deckc.lock").read_bytes())
        assert not list((tmp_path / setting).rglob("*.deckc-new")) and not list((tmp_path / setting).rglob("*.deckc-old"))
    assert builds["on"][0] >= 4, "files, journal and folders synced by default"
    assert builds["off"][0] == 0
    assert builds["off"][1:] == builds["on"][1:] and len(builds["on"][1]) == 2


def test_fsync_is_on_unless_switched_off() -> None:
    """Only the word 'off' switches it off: a typo or an empty value keeps a user's deck safe."""
    env = os.environ.get(transaction.FSYNC_ENV)
    try:
        for value, durable in (("off", False), (" OFF ", False), ("", True), ("0ff", True), ("on", True)):
            os.environ[transaction.FSYNC_ENV] = value
            assert transaction.durable() is durable, value
        del os.environ[transaction.FSYNC_ENV]
        assert transaction.durable()
    finally:
        if env is not None:
            os.environ[transaction.FSYNC_ENV] = env


class _Counted(similarity.HashEmbedder):
    """The stand-in embedder, slow enough for two threads to meet, counting what it embeds."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay, self.texts = delay, []  # type: ignore[var-annotated]

    def embed_many(self, texts, progress=None):  # type: ignore[no-untyped-def]
        self.texts.extend(texts)
        time.sleep(self.delay)
        return super().embed_many(texts, progress)


def _shared(folder: Path, delay: float = 0.0) -> SharedEmbedder:
    embedder = SharedEmbedder(folder)
    embedder.inner = _Counted(delay)
    return embedder


def test_workers_share_the_real_models_vectors_through_the_runs_folder(tmp_path: Path) -> None:
    """A text one worker embedded is read back by the next, the very bytes; a damaged file is embedded again."""
    first, second = _shared(tmp_path), _shared(tmp_path)
    texts = ["What is a GUID?", "Why keep a lock file?", "What is an int8 model?"]
    made = first.embed_many(texts)
    assert made.dtype == np.float32 and made.tobytes() == similarity.HashEmbedder().embed_many(texts).tobytes()
    (tmp_path / next(p.name for p in tmp_path.iterdir() if p.name != ".lock")).write_bytes(b"\0" * 7)  # damaged
    again = second.embed_many([*texts, "A new question?"])
    assert again[:3].tobytes() == made.tobytes()
    assert second.embedded == 2 and len(second.inner.texts) == 2  # the damaged text and the new one
    assert "A new question?" in second.inner.texts and first.embedded == 3
    assert second.embed_many([]).shape == (0, similarity.DIM)


def test_a_worker_waits_for_texts_another_is_embedding_instead_of_embedding_them_too(tmp_path: Path) -> None:
    """Two workers asking for the same texts at once: the model runs once (the other waits on the folder's lock)."""
    a, b = _shared(tmp_path, delay=0.3), _shared(tmp_path, delay=0.3)
    texts = [f"Question {n}?" for n in range(5)]
    got: dict[str, bytes] = {}
    threads = [threading.Thread(target=lambda e=e, k=k: got.__setitem__(k, e.embed_many(texts).tobytes())) for k, e in (("a", a), ("b", b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert a.embedded + b.embedded == len(texts) and sorted([a.embedded, b.embedded]) == [0, 5]
    assert got["a"] == got["b"] == similarity.HashEmbedder().embed_many(texts).tobytes()


# --- the Makefile's install: uv, else pip ----------------------------------------------------------


def _fake_venv(tmp_path: Path, uv: str | None) -> tuple[Path, Path]:
    """A folder with the Makefile and pyproject.toml and a .venv whose pip and uv log their arguments (uv
    failing when ``uv`` is 'fails'; none when None)."""
    tmp_path.mkdir(parents=True)
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    bin_ = tmp_path / ".venv" / "bin"
    bin_.mkdir(parents=True)
    log = tmp_path / "log"
    tools = {"python": "exit 0", "pip": 'echo "pip $*" >> LOG\n[ "$2" = --quiet ] && [ "$3" = uv ] && cp UV_SCRIPT BIN/uv && chmod +x BIN/uv\nexit 0'}
    uv_script = f'#!/bin/sh\necho "uv $*" >> {log}\nexit {1 if uv == "fails" else 0}\n'
    (tmp_path / "uv-script").write_text(uv_script, encoding="utf-8")
    for name, body in tools.items():
        body = body.replace("LOG", str(log)).replace("UV_SCRIPT", str(tmp_path / "uv-script")).replace("BIN", str(bin_))
        (bin_ / name).write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        (bin_ / name).chmod((bin_ / name).stat().st_mode | stat.S_IEXEC)
    if uv == "present":
        shutil.copy(tmp_path / "uv-script", bin_ / "uv")
        (bin_ / "uv").chmod(0o755)
    return tmp_path, log


def _make(folder: Path, *args: str) -> list[str]:
    done = subprocess.run(["make", "-s", *args, ".venv/.installed-test"], cwd=folder, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return (folder / "log").read_text(encoding="utf-8").splitlines()


@pytest.mark.skipif(shutil.which("make") is None, reason="no make")
def test_make_installs_with_uv_and_falls_back_to_pip(tmp_path: Path) -> None:
    """`make test`'s install: uv put in .venv by pip, then uv installs; uv failing (or INSTALLER=pip) means an
    up-to-date pip installs, as before."""
    folder, _ = _fake_venv(tmp_path / "uv", None)
    assert _make(folder) == [
        "pip install --quiet uv",
        "uv pip install --quiet --python .venv/bin/python -e .[test]",
    ]
    assert (folder / ".venv" / ".installed-test").exists() and (folder / ".venv" / ".installed-runtime").exists()

    folder, _ = _fake_venv(tmp_path / "present", "present")
    assert _make(folder) == ["uv pip install --quiet --python .venv/bin/python -e .[test]"]

    folder, _ = _fake_venv(tmp_path / "fails", "fails")
    assert _make(folder) == [
        "pip install --quiet uv",
        "uv pip install --quiet --python .venv/bin/python -e .[test]",
        "pip install --quiet --upgrade pip",
        "pip install --quiet -e .[test]",
    ]

    folder, _ = _fake_venv(tmp_path / "pip", "present")
    assert _make(folder, "INSTALLER=pip") == ["pip install --quiet --upgrade pip", "pip install --quiet -e .[test]"]
