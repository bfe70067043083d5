"""Shared fixtures: the real content directory and a helper that reads one configured source."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from compiler.config import SourceConfig, load_config
from compiler.diagnostics import Diagnostics
from compiler.model import Item
from compiler.sources.base import Document, Reader, load_document

CONTENT_DIR = Path(__file__).parent.parent / "content"


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
    assert source.layout == reader.layout
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
