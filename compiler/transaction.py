"""A build's outputs and the lock replaced as one transaction, and one build at a time.

A rebuild replaces up to six files in two folders (the deck, CSV, manifest,
cheat sheet and retired package in the build dir; ``deckc.lock`` in the
content dir).  They must change together: a deck published without its lock
would be published "as changed" again next time, a lock without its deck
claims notes that were never published.  :class:`Transaction` therefore

1. **stages** every new file beside its target (``.<name>.deckc-new``); a file
   whose bytes would not change is dropped here, so an unchanged output
   keeps its bytes and its modification time;
2. writes a **journal** (``<build>/.deckc-journal.json``) naming every
   target, then keeps each previous version as a hard link
   (``.<name>.deckc-old``);
3. **swaps**: renames each staged file over its target (or deletes a stale
   target), then marks the journal committed and removes the old versions.

Any failure before the journal leaves every target untouched.  A failure
during the swap rolls back to the previous versions in the same run; a
crash (``kill -9``, power loss) leaves the journal, and the next deckc run
on that build dir calls :func:`recover`, which rolls back an unfinished
swap or finishes a committed one.  Either way the files always form one
build's set.

:class:`FolderLocks` gives one build at a time per content folder and per
build folder (``flock`` on the folders themselves, so no lock file is
created); a second build waits a little, then fails with a clear message.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

JOURNAL_NAME = ".deckc-journal.json"
NEW = ".deckc-new"  # staged: .<name>.deckc-new beside the target
OLD = ".deckc-old"  # previous version, kept until the swap is committed
OWN_SUFFIXES = (NEW, OLD, JOURNAL_NAME)  # how every file a build writes besides its outputs ends
# DECKC_FSYNC=off: the same staging, journal and renames, none of them forced to disk. For builds whose outputs
# nobody keeps (a test suite, CI): waiting for the disk was ~10-30 ms of each small build, most of the test suite's
# idle time. Never for a deck you publish: after a power cut its files may be empty or old (a kill -9 is still safe).
FSYNC_ENV = "DECKC_FSYNC"


def durable() -> bool:
    """Whether writes are forced to disk (the default; read every time, so a test can switch it)."""
    return os.environ.get(FSYNC_ENV, "").strip().lower() != "off"


def staged_path(target: Path) -> Path:
    return target.with_name(f".{target.name}{NEW}")


def backup_path(target: Path) -> Path:
    return target.with_name(f".{target.name}{OLD}")


@dataclass
class Step:
    target: str
    staged: str | None  # None: delete the target
    backup: str | None = None  # set when the target existed before the swap


@dataclass
class Outcome:
    written: list[Path] = field(default_factory=list)  # replaced or created
    unchanged: list[Path] = field(default_factory=list)  # same bytes: left alone
    removed: list[Path] = field(default_factory=list)  # stale files deleted


class Transaction:
    """Stage files, then swap them all in or none (see the module docstring)."""

    def __init__(self, journal_dir: Path) -> None:
        self.journal = journal_dir / JOURNAL_NAME
        self.steps: list[Step] = []
        self.outcome = Outcome()
        self.shown: dict[str, Path] = {}  # absolute target (as the journal records it) -> path as given

    def stage(self, target: Path, write: Callable[[Path], None]) -> None:
        """Write the new version of ``target`` beside it (with the permissions ``target`` has); drop it
        if the bytes would not change."""
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "a directory is in the way", str(target))
        staged = staged_path(target)
        staged.unlink(missing_ok=True)
        step = Step(os.path.abspath(target), os.path.abspath(staged))
        self.shown[step.target] = target
        self.steps.append(step)  # before writing: abort() removes a half-written file
        write(staged)
        os.chmod(staged, _mode_for(target))
        if target.is_file() and not target.is_symlink() and _same_bytes(staged, target):
            staged.unlink()
            self.steps.remove(step)
            self.outcome.unchanged.append(target)

    def remove(self, target: Path) -> None:
        """Delete ``target`` with the rest of the swap (a stale output)."""
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "a directory is in the way", str(target))
        if target.exists() or target.is_symlink():
            self.steps.append(Step(os.path.abspath(target), None))
            self.shown[os.path.abspath(target)] = target

    def shown_path(self, name: str | os.PathLike[str] | None) -> Path | None:
        """The target a failing path belongs to (its staged or old copy included), as the caller named it."""
        if name is None:
            return None
        full = os.path.abspath(name)
        for step in self.steps:
            if full in (step.target, step.staged, step.backup):
                return self.shown.get(step.target, Path(step.target))
        return Path(name)

    def abort(self) -> None:
        """Forget everything staged; the targets were never touched."""
        for step in self.steps:
            if step.staged:
                Path(step.staged).unlink(missing_ok=True)
        self.steps = []

    def commit(self) -> Outcome:
        """Swap every staged file in (and delete stale ones), or roll back and raise."""
        if not self.steps:
            return self.outcome
        try:
            # the data is on disk before any name points at it
            _fsync_files([Path(step.staged) for step in self.steps if step.staged])
            for step in self.steps:
                target = Path(step.target)
                if target.exists() or target.is_symlink():
                    step.backup = str(backup_path(target))
            _write_journal(self.journal, "swapping", self.steps)
        except BaseException:
            self.abort()
            raise
        try:
            for step in self.steps:
                if step.backup:
                    _keep_copy(Path(step.target), Path(step.backup))
            for step in self.steps:
                _swap(step)
            # the renames durable before the journal says so: each folder once, not once per file (a
            # one-edit build swapped five files into two folders: 8 folder syncs, now 2; ~5 ms each here).
            # Until then any of them may be lost, in any order: the journal's recovery restores the
            # previous version of each step for itself (tests/test_transaction.py crashes at every step)
            for folder in sorted({str(Path(step.target).parent) for step in self.steps}):
                _fsync_dir(Path(folder))
        except BaseException:
            _roll_back(self.steps)
            self.journal.unlink(missing_ok=True)
            raise
        _write_journal(self.journal, "committed", self.steps)
        _finish(self.steps)
        self.journal.unlink(missing_ok=True)
        _fsync_dir(self.journal.parent)
        for step in self.steps:
            (self.outcome.written if step.staged else self.outcome.removed).append(self.shown[step.target])
        return self.outcome


def _swap(step: Step) -> None:
    """One rename (or removal); made durable with the others' (:meth:`Transaction.commit`)."""
    if step.staged:
        os.replace(step.staged, step.target)
    else:
        os.unlink(step.target)


def _keep_copy(target: Path, backup: Path) -> None:
    """The previous version under a second name: a hard link, or a copy where links are refused."""
    backup.unlink(missing_ok=True)
    try:
        os.link(target, backup, follow_symlinks=False)
    except OSError:
        part = backup.with_name(f"{backup.name}.part")  # a backup exists only complete: recovery trusts it
        shutil.copy2(target, part, follow_symlinks=False)
        os.replace(part, backup)


def _roll_back(steps: list[Step]) -> None:
    """Put every previous version back, remove files that did not exist before, drop staged files."""
    for step in steps:
        target = Path(step.target)
        if step.backup and Path(step.backup).exists():
            backup = Path(step.backup)
            if target.exists() and _same_file(backup, target):
                backup.unlink()  # never swapped: the target still is the previous version
            else:
                os.replace(backup, target)
        elif not step.backup and step.staged and not Path(step.staged).exists():
            target.unlink(missing_ok=True)  # created by the swap; it did not exist before
        if step.staged:
            Path(step.staged).unlink(missing_ok=True)


def _finish(steps: list[Step]) -> None:
    for step in steps:
        if step.backup:
            Path(step.backup).unlink(missing_ok=True)
        if step.staged:
            Path(step.staged).unlink(missing_ok=True)


def recover(build_dir: Path) -> str | None:
    """Complete or roll back a transaction a crashed build left; return what was done, for a notice."""
    journal = build_dir / JOURNAL_NAME
    if not journal.exists():
        return None
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        state = data["state"]
        steps = [Step(**s) for s in data["steps"]]
    except (OSError, ValueError, KeyError, TypeError):
        # Written atomically, so unreadable means never completed: nothing was swapped yet.
        journal.unlink(missing_ok=True)
        return None
    if state == "committed":
        _finish(steps)
        what = "completed the previous build's interrupted update"
    else:
        _roll_back(steps)
        what = "rolled back the previous build's interrupted update (its outputs and lock are as before it)"
    journal.unlink(missing_ok=True)
    return what


def clean_stale(folder: Path, backups: bool = True) -> list[Path]:
    """Remove staged and temporary files a killed build left in ``folder``.

    ``backups``: also previous versions kept for a rollback; only where no
    journal (here or, for the content folder, in another build dir) can need them.
    """
    removed: list[Path] = []
    if not folder.is_dir() or (folder / JOURNAL_NAME).exists():
        return removed
    ends = (NEW, OLD, f"{OLD}.part") if backups else (NEW,)
    for path in folder.iterdir():
        name = path.name
        stale = name.startswith(".") and (name.endswith(ends) or _legacy_temp(name))
        if stale and path.is_file():
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def _legacy_temp(name: str) -> bool:
    """``.<output>.<random>.tmp``: what builds before the journal left when killed."""
    parts = name.split(".")
    return name.endswith(".tmp") and len(parts) >= 4 and len(parts[-2]) == 8 and parts[-3] in {
        "apkg", "csv", "json", "pdf", "lock",
    }


def _write_journal(path: Path, state: str, steps: list[Step]) -> None:
    """The journal in ``state``: written beside it and renamed over it, so it is read whole or not at all.

    Not durable (``DECKC_FSYNC=off``), the committed state is written over the swapping one in place instead: a
    rename over an existing file makes ext4 (``auto_da_alloc``) start writing the new file out at once, and
    removing the journal right after then waited for the disk, ~3-10 ms of every build (sitting 59: ~16 s of the
    test suite's two workers). The state is the journal's last field, so the two texts differ only from it on: a
    kill -9 mid-write leaves the swapping journal, or one whose state is no state (both rolled back to the previous
    build's set), or an unreadable one (taken for "not swapped": the swapped files, the new build's set, stay), or
    the committed one; the steps are always whole and the files always one build's set."""
    body = json.dumps({"version": 1, "steps": [asdict(s) for s in steps], "state": state}, indent=1)
    if not durable() and state == "committed" and _overwrite(path, body.encode("utf-8")):
        return
    tmp = path.with_name(f"{path.name}{NEW}")
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(body)
        fh.flush()
        if durable():
            os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _overwrite(path: Path, data: bytes) -> bool:
    """``data`` written over the start of ``path`` (which it is at least as long as); False where it is not."""
    try:
        fd = os.open(path, os.O_WRONLY)
    except OSError:
        return False
    try:
        if os.fstat(fd).st_size > len(data):
            return False
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)
    return True


def _fsync_files(paths: list[Path]) -> None:
    """fsync every file, all at once: a thread each (fsync releases the GIL), so the filesystem can write
    them in one journal commit instead of one after the other (5 files: 12 -> 7 ms measured on this
    machine's ext4 while other work wrote to it).  The first failure is raised, after all are done."""
    if not durable():
        return
    if len(paths) < 2:
        for path in paths:
            _fsync_file(path)
        return
    import threading

    failed: list[BaseException] = []

    def sync(path: Path) -> None:
        try:
            _fsync_file(path)
        except BaseException as exc:  # raised below, in the committing thread
            failed.append(exc)

    threads = [threading.Thread(target=sync, args=(path,), name="deckc-fsync", daemon=True) for path in paths]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failed:
        raise failed[0]


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: Path) -> None:
    """Make renames in ``path`` durable; not every platform can open a directory."""
    if not durable():
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _same_bytes(a: Path, b: Path) -> bool:
    if a.stat().st_size != b.stat().st_size:
        return False
    with open(a, "rb") as fa, open(b, "rb") as fb:
        while True:
            ca, cb = fa.read(1 << 20), fb.read(1 << 20)
            if ca != cb:
                return False
            if not ca:
                return True


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b) or _same_bytes(a, b)
    except OSError:
        return False


def _mode_for(target: Path) -> int:
    """The existing file's permissions, or what a plain ``open()`` would create (mkstemp-like files are 0600)."""
    if target.is_file():
        return target.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


# --- one build at a time ---------------------------------------------------------------------


class Busy(Exception):
    """Another deckc build holds the content or build folder."""

    def __init__(self, folder: Path, waited: float) -> None:
        self.folder = folder
        self.waited = waited
        super().__init__(f"{folder}: another deckc build is running")


def _flock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows: no flock; builds are not serialised there
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return True  # a filesystem without locks (some network mounts): proceed unserialised
    return True


class FolderLocks:
    """Exclusive locks on folders, held until :meth:`release`: ``flock`` on the folder itself, so no file is created.

    Take the content folder first, then the build folder, in every command:
    two builds then never wait for each other in a cycle.
    """

    def __init__(self, wait: float, waiting: Callable[[str], None] | None = None) -> None:
        self.deadline = time.monotonic() + wait
        self.wait = wait
        self.waiting = waiting
        self.fds: list[int] = []
        self.held: set[str] = set()

    def acquire(self, folder: Path) -> None:
        """Lock ``folder`` (which must exist), waiting until the deadline; raise :class:`Busy`."""
        key = os.path.realpath(folder)
        if key in self.held:
            return  # e.g. `-o` names the content folder itself: one lock covers both
        try:
            fd = os.open(folder, os.O_RDONLY)
        except OSError:
            return  # a folder that cannot be opened cannot be written either; the write reports it
        self.held.add(key)
        self.fds.append(fd)
        told = False
        while not _flock(fd):
            if time.monotonic() >= self.deadline:
                raise Busy(folder, self.wait)
            if self.waiting and not told:
                self.waiting(f"waiting for another deckc build using {folder} …")
                told = True
            time.sleep(0.05)

    def release(self) -> None:
        for fd in reversed(self.fds):
            os.close(fd)  # closing releases the flock
        self.fds = []
        self.held = set()

    def __enter__(self) -> FolderLocks:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
