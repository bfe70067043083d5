"""`deckc watch`: rebuild when a file under the content folder changes.

File events come from watchfiles (inotify / FSEvents / ReadDirectoryChangesW
through Rust's notify), debounced: the changes of one save, or of a `git
pull`, make one rebuild.  Each rebuild goes through the same
:func:`compiler.build.build` as `deckc build` (all-or-nothing, lock and
caches), in this one process, so libraries and the embedding model load
once and a rebuild after one edit does only the work the edit needs.  After
each rebuild one line says what happened, followed by the warnings that were
not there before; errors are printed and the watch goes on.

Events the build causes itself are ignored: the lock it writes into the
content folder (when its bytes are the ones written), its staged and journal
files, and the build folder when it sits inside the content folder.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from compiler.build import LOCK_NAME, build, default_build_dir
from compiler.diagnostics import ContentError, counted, error_count
from compiler.emit import DEFAULT_FORMATS
from compiler.sourcefiles import ignored
from compiler.transaction import OWN_SUFFIXES

DEBOUNCE_MS = 300  # quiet time that ends a burst of events (an editor's save writes several)

Echo = Callable[[str], None]


class Watcher:
    """Builds once, then again after every change, printing a summary line and new warnings."""

    def __init__(
        self,
        content_dir: Path,
        build_dir: Path | None,
        *,
        formats: tuple[str, ...] = DEFAULT_FORMATS,
        echo: Echo = print,
        err: Echo = print,
        show: Callable[[object], str] = str,
    ) -> None:
        self.content_dir = Path(content_dir)
        # known before the first build, whose writes into a build/ inside the deck folder are its own
        self.build_dir = Path(build_dir) if build_dir is not None else default_build_dir(self.content_dir)
        self.formats = formats
        self.echo, self.err, self.show = echo, err, show
        self.seen: set[str] = set()  # warnings already printed
        self.lock_bytes: bytes | None = None  # the lock as this watch last wrote it
        self.ticks = 0  # passes of the watch loop so far (each handles the events queued before it)
        from compiler import embedworker

        embedworker.keep_between_builds()  # the model worker stays loaded between rebuilds

    def rebuild(self, why: str = "") -> bool:
        """One build; True when it succeeded.  Prints one line, then any new warning or every error."""
        started = time.perf_counter()
        stamp = time.strftime("%H:%M:%S")
        try:
            result = build(self.content_dir, self.build_dir, formats=self.formats)
        except ContentError as exc:
            n = error_count(exc.diagnostics)  # counted as build counts them: sticky warnings are not errors
            self.echo(f"{stamp} deckc watch: {counted(n, 'error')}{why}; outputs left as they were")
            for diag in exc.diagnostics:
                self.err(self.show(diag))
            return False
        self.build_dir = result.build_dir
        lock = self.content_dir / LOCK_NAME
        self.lock_bytes = lock.read_bytes() if lock.is_file() else None
        summary = result.summary
        warnings = [self.show(w) for w in summary.warnings]
        fresh = [w for w in warnings if w not in self.seen]
        self.seen = set(warnings)
        changes = ", ".join(f"{summary.totals.get(s, 0)} {s}" for s in ("new", "updated", "retired") if summary.totals.get(s))
        written = len(result.outcome.written)
        what = "up to date" if result.up_to_date else f"rebuilt in {time.perf_counter() - started:.2f} s"
        self.echo(
            f"{stamp} deckc watch: {what}{why}: {counted(summary.notes, 'note')} ({changes or 'no note changed'}), "
            f"{counted(written, 'file')} rewritten, {counted(len(warnings), 'warning')}"
            + (f" ({len(fresh)} new)" if fresh and len(fresh) != len(warnings) else "")
        )
        for warning in fresh:
            self.err(warning)
        for notice in result.notices:
            self.err(f"deckc: {notice}")
        return True

    def relevant(self, paths: Iterable[str]) -> list[str]:
        """The changed paths that are the user's, not this watch's own writes."""
        out = []
        build_dir = Path(self.build_dir).resolve() if self.build_dir else None
        for raw in paths:
            path = Path(raw)
            if path.name.endswith(OWN_SUFFIXES) or self._stray(path):
                continue
            if build_dir is not None and (path.resolve() == build_dir or build_dir in path.resolve().parents):
                continue
            if path.name == LOCK_NAME and path.parent.resolve() == self.content_dir.resolve():
                current = path.read_bytes() if path.is_file() else None
                if current == self.lock_bytes:
                    continue  # the lock as our last build wrote it
            out.append(raw)
        return sorted(set(out))

    def _stray(self, path: Path) -> bool:
        """An editor's swap or backup file, .DS_Store, anything in .git: no build reads them."""
        try:
            parts = path.resolve().relative_to(self.content_dir.resolve()).parts
        except ValueError:
            parts = (path.name,)
        return any(ignored(part) for part in parts)

    def _snapshot(self) -> tuple[dict[str, str], list[str]]:
        """What the up-to-date check compares (the files a build reads, the names in sources/), the lock
        left out (the build writes it)."""
        from compiler.uptodate import inputs

        found = inputs(self.content_dir, Path(self.build_dir))
        found.files.pop(LOCK_NAME, None)
        return found.files, found.listing

    def run(self, stop: threading.Event | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        """Build, then rebuild on every change until ``stop`` is set or Ctrl-C."""
        from watchfiles import watch

        before = self._snapshot()
        self.rebuild()
        started = False
        for changes in watch(
            self.content_dir,
            debounce=debounce_ms,
            step=50,
            stop_event=stop,
            raise_interrupt=False,
            rust_timeout=500,
            yield_on_timeout=True,
        ):
            self.ticks += 1
            if not started:  # the watcher runs from here on: catch what changed during the first build
                started = True
                changed = self._snapshot() != before
                if changed:
                    self.rebuild(" after changes made during the first build")
                # said only now: an edit made after this line is an event, never mistaken for one made during the first build
                self.echo(f"deckc watch: watching {self.content_dir} (Ctrl-C to stop)")
                if changed:
                    continue
            paths = self.relevant(path for _, path in changes)
            if not paths:
                continue
            first = Path(paths[0])
            try:
                name = first.relative_to(self.content_dir.resolve()).as_posix()
            except ValueError:
                name = first.name
            self.rebuild(f" after {name}" + (f" and {len(paths) - 1} more" if len(paths) > 1 else ""))
