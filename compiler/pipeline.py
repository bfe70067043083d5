"""The compiler's passes, in order: read → clean → dedupe → notes → tag → lock.

Data flows one way.  Every pass reports problems to one
:class:`~compiler.diagnostics.Diagnostics`; the pipeline stops with a
:class:`~compiler.diagnostics.ContentError` before any output is written if
an error was recorded.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from compiler import lock as lockfile
from compiler import media
from compiler.config import CONFIG_NAME, DeckConfig, DifficultyRule, SourceConfig, load_config, source_line
from compiler.decisions import load_decisions, load_settings
from compiler.diagnostics import ContentError, Diagnostics
from compiler.model import Deck, Difficulty, Item, Source
from compiler.overrides import apply as apply_overrides
from compiler.overrides import load_overrides
from compiler.passes import clean, dedupe, lock, notes, tag, topics
from compiler.sources import detect_layout, readers
from compiler.sources.base import Document, load_document

if TYPE_CHECKING:
    from compiler.similarity import TextEmbedder

SOURCE_DIR = "sources"
SOURCE_SUFFIXES = {".txt", ".md", ".markdown"}

Progress = Callable[[str], None]


@dataclass
class Compiled:
    deck: Deck
    config: DeckConfig
    diagnostics: Diagnostics
    items: list[Item] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)
    plan: lock.LockPlan | None = None  # the lock this build would write, and what changed
    lock_path: Path | None = None
    dupes: dedupe.Report | None = None  # duplicate candidates, for `deckc dupes` and the cache


def _layout_for(doc: Document, src: SourceConfig, diag: Diagnostics, config_line: Callable[[], int | None]) -> str | None:
    known = readers()
    if src.layout:
        if src.layout not in known:
            diag.error(
                CONFIG_NAME,
                config_line(),
                f"source {src.id!r}: unknown layout {src.layout!r}",
                f"use one of: {', '.join(sorted(known))}",
            )
            return None
        return src.layout
    layout = detect_layout(doc)
    if layout is None:
        diag.error(
            doc.rel,
            None,
            "cannot tell this document's layout",
            f'add layout = "<one of {", ".join(sorted(known))}>" to its [[source]] table in deck.toml',
        )
    return layout


def _unlisted_sources(content_dir: Path, config: DeckConfig) -> list[SourceConfig]:
    """Files in content/sources/ the config does not name: compiled with a detected layout."""
    listed = {Path(s.file).as_posix() for s in config.source}
    taken = {s.id for s in config.source}
    extra = []
    folder = content_dir / SOURCE_DIR
    if not folder.is_dir():
        return extra
    for path in sorted(folder.iterdir()):
        rel = path.relative_to(content_dir).as_posix()
        if not path.is_file() or path.name.startswith((".", "#")) or rel in listed:
            continue
        if path.suffix.lower() not in SOURCE_SUFFIXES:
            continue  # editor backups (notes.md~, .swp), media and other files are not sources
        sid = _free_id(path.stem, taken)
        taken.add(sid)
        extra.append(
            SourceConfig(id=sid, file=rel, title=path.stem, difficulty=DifficultyRule(default=Difficulty.medium))
        )
    return extra


def _free_id(stem: str, taken: set[str]) -> str:
    from compiler.model import slugify

    base = slugify(stem, limit=40)
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    return sid


def read_sources(
    content_dir: Path, config: DeckConfig, diag: Diagnostics, progress: Progress | None = None
) -> tuple[list[Source], list[Item], dict[str, Document]]:
    sources: list[Source] = []
    items: list[Item] = []
    documents: dict[str, Document] = {}
    unlisted = _unlisted_sources(content_dir, config)
    for index, src in enumerate([*config.source, *unlisted]):
        if progress:
            progress(f"reading {src.file}")
        listed = index < len(config.source)

        def line_of(key: str, index: int = index, listed: bool = listed) -> int | None:
            """Line of this source's key in deck.toml, read only when a message needs it."""
            return source_line(content_dir, index, key) if listed else None

        if not (content_dir / src.file).is_file():
            diag.error(CONFIG_NAME, line_of("file"), f"source file {src.file!r} not found", "fix `file = …` (relative to the content folder)")
            continue
        try:
            doc = load_document(content_dir / src.file, src.file)
        except ContentError as exc:
            diag.items.extend(exc.diagnostics)
            continue
        documents[src.id] = doc
        layout = _layout_for(doc, src, diag, lambda: line_of("layout") or line_of("file"))
        if layout is None:
            continue
        if not listed:
            diag.warning(
                src.file,
                None,
                f"not listed in deck.toml; compiled as layout {layout!r} with difficulty 'medium'",
                f'add [[source]] with id = "{src.id}", file = "{src.file}", title = "…", layout = "{layout}"',
            )
        before = len(diag.errors)
        found = readers()[layout].read(doc, src, diag)
        if not found and len(diag.errors) == before:
            diag.error(
                doc.rel,
                None,
                f"no items found with the {layout!r} layout",
                "check the file's layout against README 'How each layout is read', or set layout in deck.toml",
            )
        sources.append(
            Source(
                id=src.id,
                file=src.file,
                title=src.title or src.id,
                layout=layout,
                sections=src.sections,
                item_count=len(found),
            )
        )
        items.extend(found)
    return sources, items, documents


def check_explicit_ids(items: list[Item], diag: Diagnostics) -> None:
    seen: dict[str, Item] = {}
    for item in items:
        if not item.explicit_id:
            continue
        if item.explicit_id in seen:
            first = seen[item.explicit_id]
            diag.error(
                item.locator.file,
                item.locator.line,
                f"duplicate explicit id {item.explicit_id!r} (first used at {first.locator})",
                "give each item its own id",
            )
        else:
            seen[item.explicit_id] = item


def compile_content(
    content_dir: Path,
    progress: Progress | None = None,
    now: int | None = None,
    cache_dir: Path | None = None,
    embedder: TextEmbedder | None = None,
) -> Compiled:
    """Run every pass; raise ContentError (with all errors) before anything is written.

    ``cache_dir`` (e.g. build/.cache) keeps embeddings between builds; without it nothing is cached.
    ``embedder`` is the sentence-embedding model for duplicate detection (default: the real
    MiniLM model; tests inject :class:`compiler.similarity.HashEmbedder`).

    ``now`` (seconds) is the modification time for new and changed notes; unchanged
    notes keep the one in the lock.
    """
    content_dir = Path(content_dir)
    config = load_config(content_dir)
    diag = Diagnostics()
    sources, items, documents = read_sources(content_dir, config, diag, progress)
    overrides, override_lines = load_overrides(content_dir, diag)
    items = apply_overrides(items, overrides, override_lines, diag)
    check_explicit_ids(items, diag)
    items, media_files = media.run(items, content_dir, diag)
    settings, decisions = load_settings(content_dir, diag), load_decisions(content_dir, diag)
    topic_map = topics.load(content_dir, diag)
    diag.raise_if_errors()
    items = clean.run(items, diag)
    if progress:
        progress("merging duplicates")
    groups, report = dedupe.run(items, settings, decisions, diag, cache_dir, progress, embedder)
    diag.raise_if_errors()
    built = topics.run(tag.run(notes.run(groups, config, settings.front_priority)), topic_map, diag)
    # last: the lock hashes final fields and tags, so any pass that changes them must run before it
    lock_path = content_dir / lockfile.LOCK_NAME
    built, plan = lock.run(built, lockfile.read(lock_path), int(time.time()) if now is None else now)
    deck = Deck(
        name=config.deck.name,
        id=config.deck.id if config.deck.id is not None else _deck_id(config.deck.name),
        basename=config.basename,
        build_date=config.deck.date,
        sources=sources,
        notes=built,
        retired=[lock.retired_note(e) for e in plan.retired],
        notetypes_mtime=plan.lock.design_mtime,
        warnings=[str(d) for d in diag.grouped_warnings],
        items_read=len(items),
        media=[str(p) for p in media_files],
    )
    return Compiled(
        deck=deck,
        config=config,
        diagnostics=diag,
        items=items,
        documents=documents,
        plan=plan,
        lock_path=lock_path,
        dupes=report,
    )


def _deck_id(name: str) -> int:
    import hashlib

    return int(hashlib.sha256(name.encode()).hexdigest()[:12], 16) | (1 << 40)
