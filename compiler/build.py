"""One build: compile, check ``--frozen``, then outputs, lock and caches as one transaction.

:func:`build` owns everything a build writes, so the command line only
parses arguments and prints.  In order, holding the build lock (one build
at a time per content folder and per build folder):

1. finish or roll back what a crashed build left (:func:`~compiler.transaction.recover`)
   and remove stale temporary files;
2. if nothing changed since the last successful build (same inputs, same
   options, every output still as written; :mod:`compiler.uptodate`), report
   what that build reported and stop;
3. compile the content (nothing is written if it has errors);
4. with ``frozen``, refuse if the lock would change;
5. stage every output and the new lock, then swap them in together
   (:class:`~compiler.transaction.Transaction`); files whose bytes would
   not change are left alone;
6. save the caches and the up-to-date record, only now: a failed build
   writes no cache, and a cache that cannot be written only makes the next
   build slower.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from compiler import cachefile, uptodate
from compiler.diagnostics import ContentError, Diagnostic, grouped, note_placed
from compiler.emit import DEFAULT_FORMATS, SheetLayout
from compiler.transaction import JOURNAL_NAME, Busy, FolderLocks, Outcome, Transaction, clean_stale, recover

if TYPE_CHECKING:
    from compiler.model import Deck
    from compiler.pipeline import Compiled

# Only light modules above: a build with nothing to do (the up-to-date check) imports neither the model
# (pydantic) nor the compiler's passes; they are imported where a build compiles.
LOCK_NAME = "deckc.lock"  # compiler.lock.LOCK_NAME
BUILD_DIR = "build"  # the default build folder: inside the content folder, or beside a folder named content/

CACHE_DIR = ".cache"  # under the build dir: embeddings and candidate pairs keyed by content hash
#: content files whose change needs no new vector: the lock, decisions.toml (DECISIONS_NAME), topics.toml (TOPICS_NAME)
TEXT_FREE = frozenset({LOCK_NAME, "decisions.toml", "topics.toml"})
WAIT = 30.0  # seconds a build waits for another one on the same folders before it gives up

Progress = Callable[[str], None]


class BuildError(ContentError):
    """A build that could not write (or was refused); file names are shown as given, not under content/."""


@dataclass
class Summary:
    """What a build reports; recorded, so a build with nothing to do reports the same without compiling."""

    items_read: int
    sources: int
    notes: int
    basename: str
    warnings: list[Diagnostic]  # the content's (grouped) and the cheat sheet's; files relative to the content folder
    totals: dict[str, int]  # what a re-import does: new, updated, unchanged, retired
    retired: list[tuple[str, str, str]]  # (note id, GUID, why) of the notes this build retired
    suggested: int = 0  # duplicate pairs `deckc dupes` lists for the user to decide (trial26 T26-9: never said)
    suggested_apart: int = 0  # listed pairs deckc keeps apart for a reason it is sure of (dupes_report.surely_apart)
    suggested_likely: int = 0  # of ``suggested``, those scoring at least dupes_report.LIKELY
    deck: str = ""  # the deck's name: the next build says when it changed (T27-51)
    retired_in_package: int = 0  # notes in <deck>-retired.apkg: this build's and earlier builds' (T28-4)
    emptied: list[tuple[str, str]] = field(default_factory=list)  # (note id, what to do) of cloze numbers removed
    renumbered: int = 0  # of the updated notes, those changed only in where they come from (T31-71)

    def as_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "warnings": [dataclasses.asdict(d) for d in self.warnings]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Summary:
        warnings = [Diagnostic.from_json(d) for d in data["warnings"]]
        retired = [(str(r[0]), str(r[1]), str(r[2]) if len(r) > 2 else "its source item is gone") for r in data["retired"]]
        emptied = [(str(e[0]), str(e[1])) for e in data.get("emptied", [])]
        return cls(**{**data, "warnings": warnings, "retired": retired, "emptied": emptied})

    def unchanged(self) -> Summary:
        """The report of a rebuild that changes nothing: every note unchanged, none retired now."""
        totals = {"new": 0, "updated": 0, "unchanged": self.notes, "retired": 0}
        return dataclasses.replace(self, totals=totals, retired=[], renumbered=0, emptied=[])


def totals_text(totals: Mapping[str, int], renumbered: int = 0) -> str:
    """'0 new, 12 updated (11 renumbered or retitled), …': a renumbered document's updates said apart."""
    only = f" ({renumbered} renumbered or retitled)" if renumbered else ""
    return ", ".join(f"{n} {s}{only if s == 'updated' else ''}" for s, n in totals.items())


@dataclass
class BuildResult:
    compiled: Compiled | None  # None when the build was up to date (nothing compiled)
    summary: Summary
    build_dir: Path
    lock_path: Path
    paths: list[Path]  # the files this build consists of, in format order
    outcome: Outcome  # which of them were written, left unchanged, or removed
    lock_written: bool
    up_to_date: bool = False
    notices: list[str] = field(default_factory=list)  # about the build's own files (cache, recovery); not content
    savers: list[Callable[[], None]] = field(default_factory=list)  # caches besides the dupes report's


def default_build_dir(content_dir: Path) -> Path:
    """``build/`` inside the content folder when it has one (a deck folder made by ``deckc init``); beside a
    folder named ``content`` without one (this repository's layout: ``content`` -> ``build``,
    ``~/notes/content`` -> ``~/notes/build``); else inside it again: a deck folder whose ``build/`` was removed
    must not write into its parent's, which sibling decks share (learner4 N50)."""
    path = Path(content_dir)
    if (path / BUILD_DIR).is_dir():
        return path / BUILD_DIR
    named = path.resolve().name if path.name in ("", ".", "..") else path.name  # (`deckc build .` inside it)
    if named != "content":
        return path / BUILD_DIR
    if path.name in ("", ".", ".."):
        path = path.resolve()
    return path.parent / BUILD_DIR


def cache_dir(build_dir: Path) -> Path:
    return build_dir / CACHE_DIR


def build(
    content_dir: Path,
    build_dir: Path | None = None,
    *,
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    options: Mapping[str, object] | None = None,
    frozen: bool = False,
    progress: Progress | None = None,
    now: int | None = None,
    wait: float = WAIT,
    notify: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build ``content_dir`` into ``build_dir`` (default: :func:`default_build_dir`); raise ContentError on any error.

    ``notify`` hears about waiting for another build as it happens.
    """
    content_dir = Path(content_dir)
    build_dir = Path(build_dir) if build_dir is not None else default_build_dir(content_dir)
    if not content_dir.is_dir():
        raise BuildError([Diagnostic(str(content_dir), None, "content folder not found", "pass the folder that holds deck.toml")])
    notices: list[str] = []
    fingerprint_options = _options_key(formats, options)
    try:
        with FolderLocks(wait, notify) as locks, cachefile.collect() as cache_notices:
            locks.acquire(content_dir)
            had_build_dir = build_dir.is_dir()
            if had_build_dir:
                locks.acquire(build_dir)
                notices += _tidy(build_dir)
            clean_stale(content_dir, backups=False)  # a backup of the lock may belong to another build dir's journal
            found, record = uptodate.check(content_dir, build_dir, fingerprint_options)
            before = uptodate.last_summary(build_dir) if record is None else None
            if record is not None:
                done = _up_to_date(record, content_dir, build_dir, notices)
                if done is not None:
                    return done
            _preload_model(found, build_dir)
            compile_content = compiler_imported()
            warnings: list[Diagnostic] = []  # the cheat sheet's
            options = _sheet_options(formats, options, build_dir, warnings)
            early = _typeset_early(options["pdf"]) if "pdf" in formats else None
            with uptodate.recording() as read:  # what the next build's up-to-date check watches
                compiled = compile_content(content_dir, progress, now, cache_dir=cache_dir(build_dir), early=early)
            _release_model()
            _refuse_if_no_note(compiled)
            if frozen:
                _refuse_if_lock_changes(compiled)
            if not had_build_dir:  # the build dir is created only now that there is something to put in it
                locks.acquire(_usable(build_dir))
            result = _write(compiled, build_dir, formats, options, progress, warnings)
            notices += _renamed_deck(before, result.summary)
            _save_caches(compiled, result.notices, result.savers)
            _save_record(result, found, read, fingerprint_options, content_dir)
            result.notices[:0] = notices + cache_notices
            return result
    except Busy as exc:
        raise BuildError(
            [
                Diagnostic(
                    str(exc.folder),
                    None,
                    f"another deckc build is using this folder; waited {exc.waited:g} s",
                    "wait for it to finish (or stop it), then build again",
                )
            ]
        ) from None


def _renamed_deck(before: Mapping[str, object] | None, summary: Summary) -> list[str]:
    """A notice when the deck's name changed since the last build while notes of it are published: Anki files a
    re-imported note's cards where they are, in the deck of the old name, and only new cards in the new one (T27-51)."""
    report = (before or {}).get("report")
    old = str(report.get("deck", "") or "") if isinstance(report, dict) else ""
    kept = summary.totals.get("unchanged", 0) + summary.totals.get("updated", 0)
    if not old or old == summary.deck or not kept:
        return []
    return [
        f"deck renamed {old!r} -> {summary.deck!r}: on re-import Anki keeps the {kept} published notes' cards in the deck "
        f"{old!r} and puts only new cards in {summary.deck!r}; rename that deck in Anki to {summary.deck!r} before "
        "importing (Anki files cards by the deck's name)"
    ]


_spared = False


def compiler_imported() -> Callable[..., Compiled]:
    """:func:`compiler.pipeline.compile_content`, the compiler imported with Python's cycle collector paused
    (:func:`_collector_paused`) and what the import made kept out of its reach (:func:`_spare_the_collector`)."""
    with _collector_paused():
        _keep_regexes()
        from compiler.pipeline import compile_content

        _spare_the_collector()
    return compile_content


def _keep_regexes() -> None:
    """The compiler's ~1,400 regular expressions made from code kept per user (:mod:`compiler.regexcache`):
    compiling them was ~40 % of its import's CPU in every process."""
    from compiler import regexcache, vectorstore

    regexcache.install(vectorstore.folder())


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while the compiler is imported (once per process).

    Importing the compiler makes ~80,000 objects that live as long as the process, and the collector
    walked them again and again as they were made: the imports of a one-edit build took 0.259 s of
    CPU with it on, 0.243 s with it off (medians of 6 alternating builds, load 11-13; `deckc lint`,
    `stats` and `diff` import the same).  They are frozen
    (:func:`_spare_the_collector`) before it is on again; the ~1,000 objects of garbage the imports
    leave (under 1 MiB) are frozen with them.  Left as it was if the caller had it off.
    """
    import gc

    pause = not _spared and gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause:
            gc.enable()


def _spare_the_collector() -> None:
    """Keep Python's cycle collector off what a build imports, and off everything at exit.

    The objects the compiler's modules create on import (pydantic's model classes and schemas,
    compiled expressions …) live as long as the process, yet every full collection walked them
    again, and the last one, when the process exits, walked everything a build made: measured on
    a seed deck's one-answer edit, ~0.1 s of the build's ~0.9 s of CPU.  :func:`gc.freeze` moves
    them out of the collector's reach; nothing is freed later or earlier than before but cyclic
    garbage left at exit, which the process's end frees anyway.  Once per process (``deckc watch``
    builds again: what later builds make is collected as usual).
    """
    global _spared
    if _spared:
        return
    _spared = True
    import atexit
    import gc

    gc.freeze()
    atexit.register(gc.freeze)


def _refuse_if_no_note(compiled: Compiled) -> None:
    """A build in which no document gives a card is no success (trial6 F42): an empty .apkg would look
    like one.  Stop before anything is written, with the warnings that say why for each file."""
    if compiled.deck.notes:
        return
    raise ContentError(
        [
            Diagnostic(
                "sources",
                None,
                "no note: no document gave a question with its answer, so there is nothing to import",
                "the warnings below say why for each file",
            ),
            *compiled.diagnostics.grouped_warnings,
        ]
    )


def _preload_model(found: uptodate.Inputs, build_dir: Path) -> None:
    """Start loading the embedding model in a worker process when the build will probably embed a text.

    That is when a content file that can change a text changed since the last build (or there
    is none): an edited question or answer needs new vectors; the lock, the merge decisions and
    the topics cannot (dedupe.toml can: a lower floor makes new candidates, whose answers are embedded).  The model then loads on the other
    core while this process imports and reads (:mod:`compiler.embedworker`: in a thread it
    would hold up the build's own Python work).  A build that needs no new vector only spent
    that CPU time; the worker is stopped when the process exits.
    """
    if os.environ.get(uptodate.EMBEDDER_ENV) == "stub":
        return
    changed = uptodate.changed(found, build_dir)
    if changed is not None and not (changed - TEXT_FREE):
        return
    from compiler import embedworker

    if changed is None and _vectors_kept():
        # a first build (empty build/) of a user whose deckc keeps vectors: often texts embedded before
        # (a fresh checkout, a second deck), read from the store; the worker starts at the first text the
        # store lacks (its ~0.3 s load then waits in line; spared, ~0.4 s of CPU, when nothing is missing)
        embedworker.on_demand()
        return
    embedworker.start()


def _vectors_kept() -> bool:
    from compiler import vectorstore

    return vectorstore.kept_here()


def _release_model() -> None:
    """Stop the model worker once the content is compiled (nothing else embeds): its memory is free while
    the outputs are written.  ``deckc watch`` keeps it (``embedworker.keep_between_builds``)."""
    import sys

    if "compiler.embedworker" in sys.modules:
        from compiler import embedworker

        embedworker.release()


def _options_key(formats: tuple[str, ...], options: Mapping[str, object] | None) -> dict[str, Any]:
    """The build options that shape the outputs, as plain data (for the up-to-date fingerprint).

    Options are a mapping or an options object per format; defaults are left out, so
    ``{"pdf": {}}``, ``{"pdf": PdfOptions()}`` and no options at all are the same build.
    """
    key: dict[str, Any] = {"formats": list(formats)}
    for fmt, value in sorted((options or {}).items()):
        if fmt not in formats:
            continue
        fields = dict(value) if isinstance(value, Mapping) else vars(value) if hasattr(value, "__dict__") else {}
        plain = {k: v for k, v in sorted(fields.items()) if isinstance(v, str | int | float | bool) and v != _DEFAULTS.get(k)}
        if plain:
            key[fmt] = plain
    return key


_DEFAULTS: dict[str, object] = dataclasses.asdict(SheetLayout())  # PdfOptions() adds no option that shapes the sheet


def _up_to_date(record: uptodate.Record, content_dir: Path, build_dir: Path, notices: list[str]) -> BuildResult | None:
    """The result of a build that has nothing to do, from the last build's record (None: record unusable)."""
    try:
        summary = Summary.from_dict(record.summary["report"]).unchanged()
        paths = [Path(p) for p in record.summary["paths"]]
    except (KeyError, TypeError, ValueError):
        return None
    if {str(p) for p in paths} != set(record.outputs):
        return None
    lock_path = content_dir / LOCK_NAME
    return BuildResult(None, summary, build_dir, lock_path, paths, Outcome(unchanged=paths), False, True, notices)


def _save_record(
    result: BuildResult, found: uptodate.Inputs, read: set[str], options: dict[str, Any], content_dir: Path
) -> None:
    """Record this successful build for the next one's up-to-date check; failing only costs a full build.

    ``read``: the paths the compile noted (:func:`compiler.uptodate.recording`): the record keeps exactly those.
    """
    try:
        lock_bytes = result.lock_path.read_bytes()
        summary = {"report": result.summary.as_dict(), "paths": [str(p) for p in result.paths]}
        inside, outside = uptodate.split_reads(content_dir, read)
        folders, globs = uptodate.watched(content_dir, read)
        record = uptodate.record(
            found,
            options,
            result.paths,
            read=inside,
            written={LOCK_NAME: lock_bytes},
            external=outside,
            summary=summary,
            content_dir=content_dir,
            folders=folders,
            globs=globs,
        )
        uptodate.save(result.build_dir, record)
    except OSError as exc:
        with contextlib.suppress(OSError):
            uptodate.forget(result.build_dir)
        result.notices.append(f"{exc.filename or result.build_dir}: up-to-date record not saved ({exc.strerror or exc})")


def _tidy(build_dir: Path) -> list[str]:
    """Finish or roll back what a killed build left, then remove its temporary files."""
    notices = []
    done = recover(build_dir)
    if done:
        notices.append(f"{build_dir}: {done}")
    clean_stale(build_dir)
    _clean_cache_temps(cache_dir(build_dir))
    return notices


STALE_TEMP = 600  # seconds: a cache's temporary file older than this belongs to no running command


def _clean_cache_temps(folder: Path) -> None:
    """Remove temporary files a killed build left among the caches (every cache writes ``.name…`` then renames).

    Only old ones: lint or dupes may be writing a cache right now without the build lock.
    """
    import time

    now = time.time()
    for sub in (folder, *(p for p in folder.glob("*") if p.is_dir())) if folder.is_dir() else ():
        for path in sub.glob(".*"):
            with contextlib.suppress(OSError):
                if path.is_file() and now - path.stat().st_mtime > STALE_TEMP:
                    path.unlink()


def _usable(build_dir: Path) -> Path:
    """The build dir, created; an error naming it if that is impossible."""
    try:
        build_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BuildError([Diagnostic(str(build_dir), None, f"cannot create the build folder: {exc.strerror or exc}", "pass another one with -o")]) from None
    if not build_dir.is_dir():
        raise BuildError([Diagnostic(str(build_dir), None, "is not a folder", "pass another build folder with -o")])
    return build_dir


def _sheet_options(
    formats: tuple[str, ...], options: Mapping[str, object] | None, build_dir: Path, warnings: list[Diagnostic]
) -> dict[str, Any]:
    """The options per format, the cheat sheet's made whole: its warnings go to ``warnings``, its formulas
    and typeset sheets are kept in the build cache, its formulas also in the user's folder."""
    options = dict(options or {})
    if "pdf" in formats:
        from compiler import vectorstore
        from compiler.earlysheet import EarlySheets
        from compiler.emit.pdf import PdfOptions
        from compiler.emit.typstmath import MathCache

        pdf = options.get("pdf")
        if isinstance(pdf, Mapping):
            pdf = PdfOptions(**pdf)
        pdf = pdf if isinstance(pdf, PdfOptions) else PdfOptions()
        # the user's folder of vectors keeps the formulas and sheets any build there made (DECKC_VECTOR_CACHE=off: none)
        formulas = pdf.cache or MathCache(cache_dir(build_dir), warnings.append, shared=vectorstore.folder())
        sheets = pdf.sheets or EarlySheets(cache_dir(build_dir), vectorstore.folder())
        options["pdf"] = dataclasses.replace(pdf, warn=warnings.append, cache=formulas, sheets=sheets)
    return options


def _typeset_early(pdf: Any) -> Callable[[Deck], None] | None:
    from compiler.earlysheet import typeset_early

    return typeset_early(pdf)


def _write(
    compiled: Compiled,
    build_dir: Path,
    formats: tuple[str, ...],
    options: dict[str, Any],
    progress: Progress | None,
    warnings: list[Diagnostic],
) -> BuildResult:
    """Stage the outputs and the lock, then swap them in together."""
    from compiler import lock as lockfile
    from compiler.emit import stage_outputs

    assert compiled.plan is not None and compiled.lock_path is not None
    pdf = options.get("pdf") if "pdf" in formats else None
    txn = Transaction(build_dir)
    lock_text = lockfile.render(compiled.plan.lock)
    try:
        paths = stage_outputs(txn, compiled.deck, build_dir, formats, progress, options)
        txn.stage(compiled.lock_path, lambda path: path.write_text(lock_text, encoding="utf-8", newline="\n"))
        outcome = txn.commit()
    except OSError as exc:
        where = txn.shown_path(exc.filename2 or exc.filename) or build_dir
        txn.abort()
        raise BuildError(
            [Diagnostic(str(where), None, f"cannot write: {exc.strerror or exc}", "no output and no lock was changed; fix the cause and build again")]
        ) from None
    except BaseException:
        txn.abort()
        raise
    lock_written = compiled.lock_path in outcome.written
    outcome.written = [p for p in outcome.written if p != compiled.lock_path]
    outcome.unchanged = [p for p in outcome.unchanged if p != compiled.lock_path]
    deck, plan = compiled.deck, compiled.plan
    from compiler.dupes_report import LIKELY, to_decide

    dupes = compiled.dupes
    decide, sure, _ = to_decide(dupes.pairs, dupes.settings.suggest) if dupes else ([], [], [])
    summary = Summary(
        items_read=deck.items_read,
        sources=len(deck.sources),
        notes=len(deck.notes),
        basename=deck.basename,
        deck=deck.name,
        warnings=[*compiled.diagnostics.grouped_warnings, *grouped([note_placed(w) for w in warnings])],
        totals=plan.totals(),
        renumbered=plan.renumbered(),
        emptied=[(c.id, c.emptied()) for c in plan.changes if c.clozes_removed],
        retired=[(c.id, c.guid, c.retire_reason()) for c in plan.changes if c.status == "retired"],
        retired_in_package=len(deck.retired),
        # (at the suggestion floor or above: an item's closest match listed below it is for `deckc dupes` alone)
        suggested=len(decide),
        suggested_likely=sum(p.score >= LIKELY for p in decide),
        suggested_apart=len(sure),
    )
    result = BuildResult(compiled, summary, build_dir, compiled.lock_path, paths, outcome, lock_written)
    if pdf is not None and hasattr(pdf, "save_cache"):
        result.savers.append(pdf.save_cache)  # converted formulas, kept like the embeddings
    return result


def lock_would_change(compiled: Compiled) -> bool:
    from compiler import lock as lockfile

    assert compiled.plan is not None and compiled.lock_path is not None
    path = compiled.lock_path
    return not path.is_file() or path.read_bytes() != lockfile.render(compiled.plan.lock).encode("utf-8")


def _refuse_if_lock_changes(compiled: Compiled) -> None:
    """--frozen: stop before writing anything if the lock is missing or out of date."""
    from compiler import lock as lockfile
    from compiler.diff import totals_line

    if not lock_would_change(compiled):
        return
    path, plan = compiled.lock_path, compiled.plan
    assert path is not None and plan is not None
    if not path.is_file():
        what = "does not exist"
    elif plan.count("new") or plan.count("updated") or plan.count("retired"):
        what = f"would change ({totals_line(plan)})"
    elif path.read_text(encoding="utf-8").split("\n", 1)[0] != lockfile.render(plan.lock).split("\n", 1)[0]:
        what = "would change (no note changes, but the note types' style or templates changed: a new stamp tells Anki to update them)"
    else:
        what = "would change (no note changes, but the item ids or anchors it records moved)"
    content = path.parent
    raise BuildError(
        [
            Diagnostic(
                str(path),
                None,
                f"--frozen: the lock {what}",
                f"see `deckc diff {content}`, then run `deckc build {content}` without --frozen and commit {path}",
            )
        ]
    )


def _save_caches(compiled: Compiled, notices: list[str], savers: list[Callable[[], None]] = ()) -> None:  # type: ignore[assignment]
    """Keep embeddings (and converted formulas) for the next build; a cache that cannot be written only makes it slower."""
    for save in ([compiled.dupes.persist] if compiled.dupes is not None else []) + list(savers):
        try:
            save()
        except OSError as exc:
            notices.append(f"{exc.filename or 'cache'}: cache not saved ({exc.strerror or exc}); the next build recomputes it")


def reader_cache(content_dir: Path, build_dir: Path | None) -> tuple[Path | None, bool]:
    """Cache dir for a command that does not build (lint, stats, diff, dupes), and whether it may save there.

    It reads the build's cache (``build/.cache`` beside the content folder,
    or ``-o``) and adds what it computed only when that build dir exists:
    it never creates a build dir, let alone in the folder it is run from.
    """
    build_dir = Path(build_dir) if build_dir is not None else default_build_dir(content_dir)
    if not build_dir.is_dir():
        return None, False
    if (build_dir / JOURNAL_NAME).exists() and os.access(build_dir, os.W_OK):
        with contextlib.suppress(Busy, OSError), FolderLocks(wait=5.0) as locks:
            locks.acquire(content_dir)
            locks.acquire(build_dir)
            recover(build_dir)  # a crashed build's half-swapped lock must not be what we read
    return cache_dir(build_dir), os.access(build_dir, os.W_OK)


def save_caches(compiled: Compiled) -> list[str]:
    """Save a non-building command's caches; return notices (never fails the command)."""
    notices: list[str] = []
    _save_caches(compiled, notices)
    return notices
