"""Shared fixtures: the real content directory, a helper that reads one configured source, and the embedders.

Every test runs with the cheap deterministic stand-in embedder
(:class:`compiler.similarity.HashEmbedder`): ``DECKC_EMBEDDER=stub`` is set
for this process and its children, so in-process CLI runs and subprocesses
use it too.  On the real content the stand-in yields the same notes as the
real model, because ``content/decisions.toml`` decides every merge.  The
few tests about what the real MiniLM model finds ask for ``real_model`` (CLI
runs) or ``real_embedder`` / ``real_compiled``; the model is loaded once per
session and each text embedded once.  The model's optimized graph
(:mod:`compiler.modelcache`) is kept in a folder of this test run, not the
user's cache: the first load writes it, the later ones (worker processes
included) load it.  The per-user caches (the vector store, ``DECKC_VECTOR_CACHE``) are a folder of this test
run's too, so no test reads or writes the user's ~/.cache.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import numpy as np
import pytest

from compiler import modelcache, similarity, transaction, userdir
from compiler.config import SourceConfig, load_config
from compiler.diagnostics import Diagnostics
from compiler.model import Item
from compiler.sources import readers as _readers
from compiler.sources.base import Document, Reader, load_document

CONTENT_DIR = Path(__file__).parent.parent / "content"

os.environ[similarity.EMBEDDER_ENV] = "stub"
# deckc's bytecode written and reused, as an installed deckc has it: with PYTHONDONTWRITEBYTECODE=1 in the shell
# (this machine's and CI's) every deckc, lint or worker process a test starts compiled deckc's ~200 modules from
# source again, about a second of CPU each (bench/bench.py drops it for the same reason); the workers and every
# process a test starts inherit this
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False
# no build of the suite is kept: its staged files, journal and renames are not forced to disk (each small build
# waited ~10-30 ms for the disk, its core idle; compiler/transaction.py). tests/test_transaction.py syncs as users do.
os.environ.setdefault(transaction.FSYNC_ENV, "off")
# every `deckc` a test starts runs in its own process and leaves no server behind (compiler/server.py); the tests of
# the server (tests/test_server.py) turn it on for their own commands
os.environ["DECKC_SERVER"] = "off"
if modelcache.ENV not in os.environ:
    _graphs = tempfile.mkdtemp(prefix="deckc-test-models-")
    atexit.register(shutil.rmtree, _graphs, True)
    os.environ[modelcache.ENV] = _graphs
# the per-user caches (vectors, formulas, sheets, compiled patterns) of this test run's own, never the user's ~/.cache
# (a test that wants another folder, or none, sets it itself); subprocesses inherit it
_user = tempfile.mkdtemp(prefix="deckc-test-user-")
atexit.register(shutil.rmtree, _user, True)
os.environ[userdir.SHARED_ENV] = _user


def real_content_copy(dest: Path) -> Path:
    """A copy of the real content folder to build in: the suite runs on several workers (pytest-xdist), and a
    build in content/ itself stages its lock there (``.deckc.lock.deckc-new``) while another worker copies the
    folder. The build's own staged and journal files are never copied."""
    from compiler.transaction import OWN_SUFFIXES

    shutil.copytree(CONTENT_DIR, dest, ignore=lambda _, names: [n for n in names if n.endswith(OWN_SUFFIXES) or n == "build"])
    return dest


@dataclass
class ReadResult:
    items: list[Item]
    diag: Diagnostics
    doc: Document
    source: SourceConfig

    def by_number(self, number: str) -> Item:
        return next(i for i in self.items if i.number == number)


def configured_source(source_id: str, content_dir: Path = CONTENT_DIR) -> SourceConfig:
    """The ``[[source]]`` table of deck.toml with this id."""
    return next(s for s in load_config(content_dir).source if s.id == source_id)


def source_document(source: SourceConfig, content_dir: Path = CONTENT_DIR) -> Document:
    return load_document(content_dir / source.file, source.file)


def detect_scores(reader: Reader, content_dir: Path = CONTENT_DIR) -> dict[str, float]:
    """The reader's layout score for every file in content/sources/, by path relative to content/."""
    files = sorted((content_dir / "sources").iterdir())
    assert len(files) >= 6
    return {
        path.relative_to(content_dir).as_posix(): reader.detect(load_document(path, path.relative_to(content_dir).as_posix()))
        for path in files
    }


def read_source(source_id: str, reader: Reader, content_dir: Path = CONTENT_DIR) -> ReadResult:
    """Read one ``[[source]]`` of deck.toml with the given reader (checked against its layout)."""
    source = configured_source(source_id, content_dir)
    assert source.layout == reader.layout or reader is _readers().get(source.layout or "")
    doc = source_document(source, content_dir)
    diag = Diagnostics()
    items = reader.read(doc, source, diag)
    return ReadResult(items, diag, doc, source)


@pytest.fixture
def content_dir() -> Path:
    return CONTENT_DIR


@pytest.fixture
def read() -> Callable[[str, Reader], ReadResult]:
    return read_source


@pytest.fixture(scope="session", autouse=True)
def _real_lock_untouched() -> Iterator[None]:
    """Tests that build the real content must not change the committed content/deckc.lock."""
    lock = CONTENT_DIR / "deckc.lock"
    before = lock.read_bytes() if lock.is_file() else None
    yield
    if before is None:
        lock.unlink(missing_ok=True)
    elif lock.read_bytes() != before:
        lock.write_bytes(before)


VECTORS_ENV = "DECKC_TEST_VECTORS"  # the folder where this test run's workers share the real model's vectors
if VECTORS_ENV not in os.environ:  # set once, by the first process (pytest, or xdist's controller): workers inherit it
    _vectors = tempfile.mkdtemp(prefix="deckc-test-vectors-")
    atexit.register(shutil.rmtree, _vectors, True)
    os.environ[VECTORS_ENV] = _vectors


class SharedEmbedder:
    """The real model, loaded once, remembering every text it embedded (vectors depend only on the text).

    The vectors are shared with the run's other workers through a folder (``folder``, one file per text): the seed
    deck's ~500 texts cost ~7 s of CPU to embed, and the real-model tests of two workers (test_lock's and
    test_dedupe's under ``--dist loadfile``) each embedded them. The model runs under a lock on that folder, so a
    worker that needs texts another is embedding waits for them instead of embedding them too (the model's threads
    use both cores meanwhile). A vector read back is the bytes the model gave (the model gives a text the same vector
    in any batch: compiler/similarity.py)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.inner = similarity.Embedder()
        self.name = self.inner.name
        self.memo: dict[str, np.ndarray] = {}
        self.folder = folder
        self.embedded = 0  # texts this process ran through the model (the others were read back)

    def _file(self, text: str) -> Path:
        assert self.folder is not None
        return self.folder / hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()

    def _read_back(self, texts: list[str]) -> list[str]:
        """Take what another worker embedded; the texts still missing."""
        missing = []
        for text in texts:
            try:
                data = self._file(text).read_bytes()
            except OSError:
                data = b""
            if len(data) == similarity.DIM * 4:
                self.memo[text] = np.frombuffer(data, dtype=np.float32).copy()
            else:
                missing.append(text)
        return missing

    def embed_many(self, texts: list[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        missing = sorted({t for t in texts if t not in self.memo})
        if missing and self.folder is not None:
            missing = self._read_back(missing)
        if missing:
            with contextlib.ExitStack() as stack:
                if self.folder is not None:
                    lock = stack.enter_context(open(self.folder / ".lock", "a+b"))
                    fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
                    missing = self._read_back(missing)
                if missing:
                    vectors = np.asarray(self.inner.embed_many(missing, progress), dtype=np.float32)
                    self.embedded += len(missing)
                    for text, vector in zip(missing, vectors, strict=True):
                        self.memo[text] = vector
                        if self.folder is not None:
                            part = self._file(text).with_suffix(f".{os.getpid()}")
                            part.write_bytes(vector.tobytes())
                            os.replace(part, self._file(text))
        if not texts:
            return np.zeros((0, similarity.DIM), dtype=np.float32)
        return np.vstack([self.memo[t] for t in texts])


@pytest.fixture(scope="session")
def real_embedder() -> SharedEmbedder:
    """The real MiniLM model, shared by the whole session (and its vectors by every worker of the run)."""
    return SharedEmbedder(Path(os.environ[VECTORS_ENV]))


@pytest.fixture
def real_model(real_embedder: SharedEmbedder, monkeypatch: pytest.MonkeyPatch) -> SharedEmbedder:
    """Builds in this test (CLI runs included) use the real model instead of the stand-in."""
    from compiler import embedworker

    monkeypatch.setattr(similarity, "default_embedder", lambda: real_embedder)
    monkeypatch.setattr(embedworker, "start", lambda: None)  # no worker process: the session's model is loaded
    monkeypatch.delenv(similarity.EMBEDDER_ENV)  # what a build records as the model it used
    return real_embedder


@pytest.fixture(scope="session")
def real_compiled(real_embedder: SharedEmbedder):  # type: ignore[no-untyped-def]
    """The real content compiled once with the real model (a fixed time, no cache dir); do not mutate."""
    from compiler.pipeline import compile_content

    return compile_content(CONTENT_DIR, now=10**9, embedder=real_embedder)


# --- a user's own deck folder, from the new-user fixtures ------------------------------------

NEWUSER = Path(__file__).parent / "data" / "newuser"


def drop_in(tmp: Path, *names: str, table: str = "") -> Path:
    """A deck folder holding these fixtures in sources/ and a deck.toml with ``table`` (or none)."""
    content = tmp / "content"
    (content / "sources").mkdir(parents=True, exist_ok=True)
    for name in names:
        (content / "sources" / name).write_bytes((NEWUSER / name).read_bytes())
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n{table}', encoding="utf-8")
    return content


def burn_cpu(seconds: float) -> None:
    """A reader's search that does not end, as the read limit sees it: ``seconds`` of this process's CPU time (the
    limit counts CPU time; a loop timed by the wall clock got too little CPU on a loaded machine), bounded by ten times
    as long on the wall clock."""
    cpu_end = time.process_time() + seconds
    wall_end = time.monotonic() + 10 * seconds
    while time.process_time() < cpu_end and time.monotonic() < wall_end:
        pass


def deck_of(tmp: Path, files: dict[str, str | Path], table: str = "") -> Path:
    """A deck folder whose sources/ holds these files (text, or a fixture path copied as it is) and a
    deck.toml with ``table`` (or none): the converted inputs' tests (rst, org, databank) build from it."""
    content = tmp / "content"
    (content / "sources").mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        target = content / "sources" / name
        target.parent.mkdir(parents=True, exist_ok=True)  # 'vault/a.md': a folder of notes
        if isinstance(data, Path):
            target.write_bytes(data.read_bytes())
        else:
            target.write_text(data, encoding="utf-8")
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n{table}', encoding="utf-8")
    return content


def new_user_deck(path: Path) -> Path:
    """A deck as `deckc init` makes it at ``path``, without its example and its table (as a user who read the README)."""
    from click.testing import CliRunner

    from compiler.cli import main

    assert CliRunner().invoke(main, ["init", str(path)]).exit_code == 0
    (path / "sources" / "example.md").unlink()
    toml = path / "deck.toml"
    toml.write_text(re.sub(r"\n\[\[source\]\][\s\S]*?(?=\n\[|\Z)", "\n", toml.read_text(encoding="utf-8")), encoding="utf-8")
    return path


def typeset_pdf(path: Path, source: str) -> Path:
    """A real PDF typeset by Typst (a dependency of the cheat sheet) from ``source``."""
    import typst

    typ = path.with_suffix(".typ")
    typ.write_text(source, encoding="utf-8")
    typst.compile(str(typ), output=str(path))
    typ.unlink()
    return path


def paste_table(content: Path, table: str, build_dir: Path) -> dict[str, int]:
    """Paste the [[source]] table a build printed into deck.toml, as its message says, and rebuild:
    the lock's totals (the promise is that pasting it changes no note)."""
    from compiler.build import build

    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n\n{table}\n', encoding="utf-8")
    return build(content, build_dir, formats=("json",), now=2_000).summary.totals


def built_notes(tmp_path: Path, files: dict[str, str | Path], table: str = "") -> tuple[list[dict], list[dict], list[str]]:  # type: ignore[type-arg]
    """The built deck's notes, skipped items and every message said (a deck of these files, built to JSON only)."""
    from compiler.build import build

    out = tmp_path / "build"
    result = build(deck_of(tmp_path, files, table), out, formats=("json",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return manifest["notes"], manifest["skipped"], [d.text() for d in result.compiled.diagnostics.items]


def plain_text(html: str) -> str:
    """A field's HTML as the text a learner reads."""
    return unescape(" ".join(re.sub(r"<[^>]+>", " ", html).split()))


def note_front(note: dict) -> str:  # type: ignore[type-arg]
    return plain_text(note["fields"].get("Question") or note["fields"].get("Front") or note["fields"].get("Text") or "")


def note_back(note: dict) -> str:  # type: ignore[type-arg]
    return plain_text(note["fields"].get("Correct") or note["fields"].get("Answer") or note["fields"].get("Back") or "")


def pytest_configure(config: pytest.Config) -> None:
    """Each test process compiles its patterns as a deckc command does (:mod:`compiler.regexcache`, in this run's
    user folder): a pattern Python's own cache (512) dropped is not compiled again. The readers use ~4,000; a worker
    compiled ~6,000 of them a second time or more (sitting 59), tests that call the compiler directly included."""
    import atexit

    from compiler import regexcache, vectorstore

    regexcache.install(vectorstore.folder())
    if regexcache._installed is not None:  # (nothing to keep: this process's user folder goes when it exits)
        atexit.unregister(regexcache._installed.save)


@pytest.hookimpl(tryfirst=True)
def pytest_collection(session: pytest.Session) -> None:
    """Each worker after the first imports the test files from its own share of them onward, before collecting.

    Collecting on a fresh clone is mostly pytest rewriting the asserts of ~350 test files into bytecode, and the
    workers of ``-n 2`` all rewrote every file at once, in the same order, none finding another's.  Starting each at
    its own place, each file is mostly rewritten by one worker and read back by the others (a fresh clone's
    collection, two workers: ~25 s of CPU, was ~32 s).  The imports are the ones collecting makes anyway; a file that
    fails to import is left for collecting to report."""
    import importlib

    worker, count = os.environ.get("PYTEST_XDIST_WORKER", ""), os.environ.get("PYTEST_XDIST_WORKER_COUNT", "")
    if not (worker.startswith("gw") and worker[2:].isdigit() and count.isdigit()) or worker == "gw0":
        return
    files = sorted(Path(__file__).parent.glob("test_*.py"))
    start = len(files) * int(worker[2:]) // int(count)
    for path in files[start:] + files[:start]:
        try:
            importlib.import_module(path.stem)
        except KeyboardInterrupt:
            raise
        except BaseException:  # (a skip or an error at import: collecting reports it)
            pass
