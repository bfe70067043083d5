"""The compiler's passes, in order: read → clean → dedupe → notes → tag → lock.

Data flows one way.  Every pass reports problems to one
:class:`~compiler.diagnostics.Diagnostics`; the pipeline stops with a
:class:`~compiler.diagnostics.ContentError` before any output is written if
an error was recorded.
"""

from __future__ import annotations

import dataclasses
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from compiler import highlight, media, watchdog
from compiler.config import DeckConfig, SourceConfig
from compiler.decisions import DECISIONS_NAME, follow_renames
from compiler.diagnostics import Diagnostics
from compiler.itemcache import ItemCache
from compiler.model import Deck, Item, ItemKind, Note, Source
from compiler.overrides import OVERRIDES_NAME, Stamp, check_stamps
from compiler.overrides import apply as apply_overrides
from compiler.overrides import follow_renames as follow_override_renames
from compiler.passes import (
    clean,
    dedupe,
    forms,
    length,
    lock,
    notes,
    pointers,
    shuffle,
    tag,
    topics,
    variables,
)
from compiler.project import Project, load_project
from compiler.read import (
    MISSING_SOURCE,
    SOURCE_DIR,
    SOURCE_SUFFIXES,
    Progress,
    check_references,
    read_sources,
    set_aside,
    suggested_difficulty,
    unlisted_sources,
)
from compiler.readcache import kept_reading
from compiler.sources.base import Document

if TYPE_CHECKING:
    from compiler.similarity import TextEmbedder

LARGE_FILE = 1_000_000  # bytes from which a file too slow to read is a big one (split it), not a reader's bug

__all__ = ["SOURCE_DIR", "SOURCE_SUFFIXES", "Compiled", "compile_content", "read_sources"]


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
    stamps: list[Stamp] = field(default_factory=list)  # overrides whose source changed, or that record none


def check_explicit_ids(items: list[Item], diag: Diagnostics) -> list[Item]:
    """Explicit ids are unique, and an item whose automatic id an explicit one pins moves aside.

    The reworded-question hint pins the new wording to the old note's id; with questions worded
    alike ('What's the output?' three times) that id has meanwhile passed to the next twin (learner
    L26), which then takes an id of its own, as :func:`compiler.read.assign_ids` gives twins: its
    note is still found in the lock by its content, so nothing is retired.
    """
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
    taken = set(seen) | {i.key for i in items}
    out = []
    for item in items:
        if not item.explicit_id and item.key in seen:
            suffix = hashlib.sha256(f"{item.anchor}\n{item.question}".encode()).hexdigest()[:4]
            key = f"{item.key}-{suffix}"
            while key in taken:
                key += "-x"
            taken.add(key)
            pinned = seen[item.key]
            diag.warning(
                item.locator.file,
                item.locator.line,
                f"its id {item.key!r} is the explicit id of the item at {pinned.locator} (overrides.toml or an {{#id}}); "
                f"this one gets the id {key!r}",
                f"where decisions.toml or overrides.toml mean this question by {item.key!r}, write {key!r}",
                group="pinned-id",
            )
            item = item.model_copy(update={"key": key, "anchor": f"{item.anchor}#{suffix}"})
        out.append(item)
    return out


def compile_content(
    content_dir: Path,
    progress: Progress | None = None,
    now: int | None = None,
    cache_dir: Path | None = None,
    embedder: TextEmbedder | None = None,
    project: Project | None = None,
    early: Callable[[Deck], None] | None = None,
) -> Compiled:
    """Run every pass; raise ContentError (with all errors) before anything is written.

    ``cache_dir`` (e.g. build/.cache) keeps embeddings between builds; without it nothing is cached.
    ``embedder`` is the sentence-embedding model for duplicate detection (default: the real
    MiniLM model; tests inject :class:`compiler.similarity.HashEmbedder`).
    ``project`` is the loaded content folder (:func:`~compiler.project.load_project`); loaded here if absent.

    ``now`` (seconds) is the modification time for new and changed notes; unchanged
    notes keep the one in the lock.

    ``early`` hears, before duplicates are looked for, the deck as it would be if they merge as
    the lock says they did (:func:`guessed_groups`): the build starts typesetting the cheat sheet
    from it, and keeps that sheet only if the real deck's sheet data turn out the same.
    """
    content_dir = Path(content_dir)
    diag = Diagnostics()
    project = project or load_project(content_dir, diag)
    config = project.config
    item_cache = ItemCache(cache_dir)
    try:
        with watchdog.reading():  # a line that sends a reader into a search of minutes stops with a message
            (sources, items, documents), read_saver = kept_reading(
                cache_dir, content_dir, config, diag, item_cache, lambda replays: read_sources(content_dir, config, diag, progress, item_cache, replays)
            )  # (replayed while nothing it read changed: the first lint after a build)
    except watchdog.TooSlow as slow:
        name = Path(slow.file).name
        try:
            size = (content_dir / slow.file).stat().st_size
        except OSError:
            size = 0
        if size >= LARGE_FILE:  # (a big bank is no bug: 15,435 questions in 5 MB, trial29 T29-15)
            why = (f"reading this file took more than {slow.seconds:g} s of CPU and was stopped: it is large "
                   f"({size / 1e6:.1f} MB)")
            what = (f"split it into several files in sources/, or give it more time: DECKC_READ_LIMIT=<seconds> "
                    f"(e.g. DECKC_READ_LIMIT={int(slow.seconds * 4)} deckc build …; 0: no limit)")
        else:
            why = (f"reading this file took more than {slow.seconds:g} s of CPU and was stopped: some line of it sends "
                   "one of deckc's readers into a search that does not end (a bug in deckc: please report it with the file)")
            what = (f"to build the rest, leave the file out (rename it #{name} or move it out of sources/); "
                    "to give it more time, set DECKC_READ_LIMIT=<seconds>")
        diag.error(slow.file, None, why, what)
        _missing_unpublished(project.lock, diag)
        diag.raise_if_errors()
        raise
    named = [o.item for o in project.overrides] + [key for d in [*project.decisions.merge, *project.decisions.keep_apart] for key in d.items]
    items = lock.labelled_ids(items, project.lock, named + [d.item for d in project.decisions.front])  # (T40-9)
    _missing_unpublished(project.lock, diag)
    _renamed_sources(project.lock, config, sources, items, diag)
    diag.places.update({(i.locator.file, i.locator.line): i.locator.place for i in items if i.locator.place})
    unread = _unread_sources(config, sources, diag, content_dir)
    lock.check_sources_kept(project.lock, sources, items, diag)  # before anything is retired on a warning
    overrides = project.overrides
    if overrides and project.lock.entries:  # ids a renamed file changed, followed (T29-46, as decisions: T28-29)
        overrides = follow_override_renames(overrides, _followed(items, project.lock, diag), diag)
    stamps = check_stamps(items, overrides, diag)
    items, skipped = set_aside(apply_overrides(items, overrides, diag, unread, frozenset(s.id for s in sources)), diag)
    items = check_explicit_ids(items, diag)
    items = shuffle.run(items, {s.id: s for s in config.source}, diag)  # (after overrides; an unlisted file: the default)
    own_prompts = frozenset(s.prompt_picture for s in config.source if s.prompt_picture)
    items, media_files = media.run(items, content_dir, diag, {s.id: s.remote_images for s in config.source}, own_prompts)
    items = _answerless(items, diag)
    skipped += [i for i in items if i.skip]  # a picture-only question whose picture is missing
    items = [i for i in items if not i.skip]
    decisions = project.decisions
    if decisions.merge or decisions.keep_apart or decisions.front:  # ids a renamed file changed, followed (T28-29)
        decisions = follow_renames(decisions, _followed(items, project.lock, diag), diag)
    check_references(
        items,
        [(o.item, OVERRIDES_NAME, o.line) for o in overrides]
        + [(key, DECISIONS_NAME, d.line) for d in [*decisions.merge, *decisions.keep_apart] for key in d.items]
        + [(d.item, DECISIONS_NAME, d.line) for d in decisions.front],
        diag,
    )
    diag.raise_if_errors()
    clean_saver = clean.use_cache(cache_dir)  # repaired texts kept between builds: ftfy only for new ones
    items = clean.run(items, diag)
    items = forms.run(items, {s.id: s.title for s in sources})  # (the page's title before 'Part B: Multiple choice': T40-8)
    length.run(items, diag, config.deck.long_answer_words, fold=config.deck.long_answers == "fold")
    pointers.run(items, diag)  # ('See previous question.': a card with nothing to recall, said once: T49-5)
    variables.run(items, diag)  # ('%kotlinVersion%': a site generator's variable deckc cannot fill, said once: T49-9)
    highlight_saver = highlight.use_cache(cache_dir)  # highlighted code, used by the notes pass
    if early is not None:
        _guess(early, project, sources, items, [str(p) for p in media_files])
    if progress:
        progress("merging duplicates")
    in_lock = project.lock if project.settings.keep_published_fronts else None  # published notes stay apart
    groups, report = dedupe.run(
        items, project.settings, decisions, diag, cache_dir, progress, embedder, lock=in_lock,
        titles={s.id: s.title for s in sources},
    )
    report.writers.append(item_cache.save)  # written with the other caches, after the outputs
    report.writers.append(read_saver)
    report.writers.append(highlight_saver)
    report.writers.append(clean_saver)
    diag.raise_if_errors()
    built = _notes(project, sources, items, groups, diag)
    # last: the lock hashes final fields and tags, so any pass that changes them must run before it
    deck_key = str(config.deck.id if config.deck.id is not None else _deck_id(config.deck.name))
    pins = {o.item: o.line for o in overrides if o.id}
    built, plan = lock.run(built, project.lock, int(time.time()) if now is None else now, deck_key, diag, pins)
    deck = Deck(
        **_deck_fields(config, sources),
        notes=built,
        retired=[lock.retired_note(e) for e in plan.retired],
        notetypes_mtime=plan.lock.design_mtime,
        warnings=[str(d) for d in diag.grouped_warnings],
        items_read=len(items) + len(skipped),
        skipped=skipped,
        media=[str(p) for p in media_files],
    )
    return Compiled(
        deck=deck,
        config=config,
        diagnostics=diag,
        items=items,
        documents=documents,
        plan=plan,
        lock_path=project.lock_path,
        dupes=report,
        stamps=stamps,
    )


def _answerless(items: list[Item], diag: Diagnostics) -> list[Item]:
    """A question whose answer a later step emptied (moved to its front, a label dropped) is skipped and said at its
    line, as a reader says one it finds empty: a safety net, so such an item never stops the notes pass (fuzzing)."""
    out = []
    for item in items:
        if item.kind not in (ItemKind.multiple_choice, ItemKind.cloze) and not item.answer and not item.skip:
            diag.warning(item.locator.file, item.locator.line, "question has no answer", "write the answer below the question", group="no-answer")
            item = item.model_copy(update={"skip": "no answer"})
        out.append(item)
    return out


def _notes(project: Project, sources: list[Source], items: list[Item], groups: list[list[Item]], diag: Diagnostics) -> list[Note]:
    """The notes of these groups, tagged, before the lock pass (which gives them GUIDs and times)."""
    config = project.config
    published = lock.published_fronts(project.lock) if project.settings.keep_published_fronts else {}
    chosen = dedupe.chosen_fronts(project.decisions, items, diag)
    built = notes.run(groups, _with_unlisted(config, sources, items), project.settings.front_priority, published, chosen)
    return topics.run(tag.run(built, sources), project.topics, diag)


def _deck_fields(config: DeckConfig, sources: list[Source]) -> dict[str, object]:
    deck_id = config.deck.id if config.deck.id is not None else _deck_id(config.deck.name)
    return {
        "name": config.deck.name,
        "id": deck_id,
        "basename": config.basename,
        "build_date": config.deck.date,
        "language": config.deck.language,
        "sources": sources,
    }


def guessed_groups(items: list[Item], old: lock.Lock) -> list[list[Item]] | None:
    """The items grouped as the lock's active notes group them (a new item alone), in the order
    :func:`compiler.passes.dedupe.decide` gives groups: what duplicate detection finds when no merge
    changed, as after an edited answer.  None when the lock has no note (a first build: no guess)."""
    index = {item.item_id: n for n, item in enumerate(items)}
    placed: set[int] = set()
    found: list[list[int]] = []
    for entry in old.entries:
        if entry.status != "active":
            continue
        members = sorted({index[key] for key in entry.items if key in index} - placed)
        if members:
            found.append(members)
            placed.update(members)
    if not found:
        return None
    found += [[n] for n in range(len(items)) if n not in placed]
    return [[items[n] for n in members] for members in sorted(found, key=lambda m: m[0])]


def _guess(early: Callable[[Deck], None], project: Project, sources: list[Source], items: list[Item], media_files: list[str]) -> None:
    """Hand ``early`` the deck as it is if the lock's merges still hold; its warnings are dropped (the
    real passes give them).  A guess that fails is no guess: it never stops the build."""
    groups = guessed_groups(items, project.lock)
    if groups is None:
        return
    try:
        built = _notes(project, sources, items, groups, Diagnostics())
        deck = Deck(**_deck_fields(project.config, sources), notes=built, media=media_files)  # the sheet prints pictures
    except Exception:  # the real passes below report whatever this was
        return
    early(deck)


def _missing_unpublished(old: lock.Lock, diag: Diagnostics) -> None:
    """A file deck.toml lists but that is gone stops the build only when notes of it are published (removing it
    would retire them on a typo); one never built from is a warning, and the rest builds (learner5 L39: deleting
    `deckc init`'s example document, the first thing a user does, made the first build fail)."""
    published = lock.published_per_source(old)
    for k, d in enumerate(diag.items):
        if d.severity == "error" and d.group.startswith(MISSING_SOURCE) and d.group[len(MISSING_SOURCE) :] not in published:
            diag.items[k] = dataclasses.replace(
                d,
                severity="warning",
                message=f"{d.message}: no card from it (no note of it is published yet)",
                hint="remove its [[source]] table from deck.toml, or put the file back",
            )


def _renamed_sources(old: lock.Lock, config: DeckConfig, sources: list[Source], items: list[Item], diag: Diagnostics) -> None:
    """A listed file not found whose published questions a file deck.toml does not list holds (half of them or
    more): it was renamed, and pasting the new file's own suggested table would retire every note and start them
    again under a new source id. The error says which file and what to write (T27-40)."""
    listed = {s.id for s in config.source}
    asked: dict[str, set[str]] = {}
    for item in items:
        if item.source not in listed:
            asked.setdefault(item.source, set()).add(lock.normalized(lock.unnumbered(item.anchor)))
    files = {s.id: s.file for s in sources}
    for k, d in enumerate(diag.items):
        if d.severity != "error" or not d.group.startswith(MISSING_SOURCE):
            continue
        missing = d.group[len(MISSING_SOURCE) :]
        published = {
            lock.normalized(lock.unnumbered(a))
            for e in old.entries
            if e.status == "active"
            for a in e.anchors
            if lock.source_of(a) == missing
        }
        holders = sorted((s for s in asked if asked[s] & published), key=lambda s: (-len(asked[s] & published), s))
        if published and len(holders) > 1 and 2 * len(set().union(*(asked[s] & published for s in holders))) >= len(published):
            # the file split in two (or more): each half holds some of its questions (trial30 T30-35: only one was named)
            held = " and ".join(f"{files.get(s, s)!r} {'holds ' if n == 0 else ''}{len(asked[s] & published)}" for n, s in enumerate(holders))
            diag.items[k] = dataclasses.replace(
                d,
                message=f"{d.message}; {held} of its {len(published)} published questions, none listed in deck.toml (split?)",
                hint=f'point this table at one of them, `file = "{files.get(holders[0], holders[0])}"` with its id kept, and add '
                "the other as a [[source]] table of its own: every note keeps its GUID and review history by its question",
            )
            continue
        best = holders[0] if holders else None  # (the one file holding its published questions)
        if best is None or 2 * len(asked[best] & published) < len(published):
            continue
        diag.items[k] = dataclasses.replace(
            d,
            message=f"{d.message}; {files.get(best, best)!r}, not listed, holds {len(asked[best] & published)} of its "
            f"{len(published)} published questions (renamed?)",
            hint=f'write `file = "{files.get(best, best)}"` in this table and keep its id, so its notes keep their '
            "GUIDs and review history (a new [[source]] table for the file would retire them and start them again)",
        )


def _followed(items: list[Item], old: lock.Lock, diag: Diagnostics) -> dict[str, str]:
    """The item ids the lock followed to new ids, but not those of a listed file that is missing: the error about it
    says to point its table at the renamed file and keep its id, which keeps the old ids right, so the overrides'
    and decisions' warning must not say to replace them (T32-20: doing both dropped the override)."""
    pending = {d.group[len(MISSING_SOURCE) :] for d in diag.errors if d.group.startswith(MISSING_SOURCE)}
    followed = lock.followed_ids(items, old)
    return {a: b for a, b in followed.items() if a.split("/", 1)[0] not in pending} if pending else followed


def _unread_sources(config: DeckConfig, sources: list[Source], diag: Diagnostics, content_dir: Path) -> frozenset[str]:
    """Ids of sources that could not be read, or were read with errors: their overrides are not "unknown"."""
    failed_files = {d.file for d in diag.errors}
    read_ok = {s.id for s in sources if s.file not in failed_files}
    listed = [*config.source, *unlisted_sources(content_dir, config)]
    return frozenset(s.id for s in listed if s.id not in read_ok)


def _with_unlisted(config: DeckConfig, sources: list[Source], items: list[Item]) -> DeckConfig:
    """The config with the files deck.toml does not list, under the titles and difficulty rules they were
    read with (what their suggested [[source]] tables show, so pasting a table changes no card: the notes
    pass weighs a labelling source's levels above a fixed default when it resolves a merged note's level)."""
    listed = {s.id for s in config.source}
    unlisted = [s for s in sources if s.id not in listed]
    titles = {s.id: s.title for s in sources}  # a table of many files: each file under its own title, as read
    if any(not s.title and s.id in titles for s in config.source):
        config = config.model_copy(
            update={"source": [s.model_copy(update={"title": titles[s.id]}) if not s.title and s.id in titles else s for s in config.source]}
        )
    if not unlisted:
        return config
    own: dict[str, list[Item]] = {s.id: [] for s in unlisted}
    for item in items:
        if item.source in own:
            own[item.source].append(item)
    extra = [
        SourceConfig(id=s.id, file=s.file, title=s.title, difficulty=suggested_difficulty(own[s.id])) for s in unlisted
    ]
    return config.model_copy(update={"source": [*config.source, *extra]}) if extra else config


def _deck_id(name: str) -> int:
    import hashlib

    return int(hashlib.sha256(name.encode()).hexdigest()[:12], 16) | (1 << 40)
