"""The project: everything a content folder configures, loaded in one place.

Like Sphinx's ``Project`` + ``Config``: the pipeline never opens a config
file itself.  :func:`load_project` reads ``deck.toml``, ``overrides.toml``,
``decisions.toml``, ``dedupe.toml``, ``topics.toml`` and ``deckc.lock``
through one reader (:mod:`compiler.tomlfile`), so every file reports a
directory in its place, unreadable or non-UTF-8 bytes, TOML syntax, unknown
keys and wrong types the same way: ``file:line: error: … (what to do)``.

``deck.toml`` errors stop at once (nothing else can be interpreted without
it); the other files' errors are collected with the sources' so one run
shows them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from compiler import lock as lockfile
from compiler.config import DeckConfig, load_config
from compiler.decisions import Decisions, DedupeSettings, load_decisions, load_settings
from compiler.diagnostics import Diagnostics
from compiler.overrides import Override, load_overrides
from compiler.passes import topics


@dataclass
class Project:
    content_dir: Path
    config: DeckConfig
    overrides: list[Override]
    settings: DedupeSettings
    decisions: Decisions
    topics: topics.TopicMap | None
    lock: lockfile.Lock
    lock_path: Path


def load_project(content_dir: Path, diag: Diagnostics) -> Project:
    """Read every config file of ``content_dir``; raise ContentError only for ``deck.toml``."""
    content_dir = Path(content_dir)
    from compiler.read import expand_sources

    config = expand_sources(content_dir, load_config(content_dir), diag)  # a glob in `file`: one source per file
    lock_path = content_dir / lockfile.LOCK_NAME
    return Project(
        content_dir=content_dir,
        config=config,
        overrides=load_overrides(content_dir, diag),
        settings=load_settings(content_dir, diag),
        decisions=load_decisions(content_dir, diag),
        topics=topics.load(content_dir, diag),
        lock=lockfile.load(lock_path, lockfile.LOCK_NAME, diag),
        lock_path=lock_path,
    )
