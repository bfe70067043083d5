"""What a read-only command (lint, stats, diff) printed, replayed while nothing it depends on changed.

These commands compile the whole content to print a report; compiling costs
most of their time even with every build cache warm (imports alone are
0.4 s).  Their output is a function of the same inputs as a build: the files
the compile read (the lock included) and the names in sources/, deckc's own
code, the library versions and the embedding model selected
(:mod:`compiler.uptodate`), plus the command's own arguments.  So after
printing, a command records its output, the files it read and a hash of all of
these (``build/.cache/answers/<command>.json``, only where the build folder
exists, as for the other caches); the next run whose hash of the same files
is the same prints the same lines and exits with the same status without
importing the compiler.  Anything else compiles.  Notices about
deckc's own files are not part of an answer.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from compiler import cachefile, uptodate  # stdlib only: replaying stays free of the compiler's heavy imports

FOLDER = "answers"
FORMAT = 2


class Answer:
    """Collects a command's output lines (echoed as they come) and records them at the end, with the
    files the command read (noted from now on)."""

    def __init__(
        self, path: Path | None, key: Mapping[str, object] | None = None, may_save: bool = False
    ) -> None:
        self.path, self.key, self.may_save = path, dict(key or {}), may_save
        self.lines: list[tuple[bool, str]] = []  # (to stderr, text)
        self.found: uptodate.Inputs | None = None  # the content when the command started
        self.content_dir = Path(".")
        self._recording = uptodate.recording()
        self._read = self._recording.__enter__() if path is not None else set()

    def echo(self, text: str, err: bool = False) -> None:
        import click

        click.echo(text, err=err)
        self.lines.append((err, text))

    def finish(self, status: int = 0) -> None:
        """Record the output (only where the build folder may be written), then exit with ``status``."""
        if self.path is not None:
            self._recording.__exit__(None, None, None)
        if self.path is not None and self.may_save and self.found is not None:
            inside, outside = uptodate.split_reads(self.content_dir, self._read)
            if not outside:  # a file read from elsewhere: not recorded, so never replayed wrongly
                folders, globs = uptodate.watched(self.content_dir, self._read)
                done = uptodate.record(
                    self.found, self.key, [], read=inside, content_dir=self.content_dir, folders=folders, globs=globs
                )
                data = {
                    "format": FORMAT,
                    "key": done.fingerprint,
                    "files": done.files,
                    "folders": done.folders,
                    "globs": done.globs,
                    "status": status,
                    "lines": self.lines,
                }
                with contextlib.suppress(OSError):
                    _write(self.path, data)
        if status:
            sys.exit(status)


def start(command: str, content_dir: Path, build_dir: Path | None, args: Mapping[str, object]) -> Answer:
    """Replay ``command``'s recorded output and exit if its inputs did not change; else an :class:`Answer` to fill."""
    from compiler.build import cache_dir, default_build_dir
    from compiler.transaction import JOURNAL_NAME

    folder = Path(build_dir) if build_dir is not None else default_build_dir(content_dir)
    if not folder.is_dir() or (folder / JOURNAL_NAME).exists():  # no build folder, or a crashed build's to recover
        return Answer(None)
    key = {"command": command, "content": str(content_dir), "args": dict(args)}
    path = cache_dir(folder) / FOLDER / f"{command}.json"
    recorded = _read(path)
    files = recorded.get("files") if recorded is not None else None
    previous = [str(n) for n in files] if isinstance(files, dict) else []
    folders, globs = (recorded.get("folders"), recorded.get("globs")) if recorded is not None else ([], [])
    folders = [str(f) for f in folders] if isinstance(folders, list) else []
    globs = [str(g) for g in globs] if isinstance(globs, list) else []
    found = uptodate.scan(content_dir, previous, folders, globs)
    if recorded is not None and isinstance(files, dict):
        now = uptodate.fingerprint({name: found.files[name] for name in previous}, key, found.listing)
        if recorded.get("key") == now:
            _replay(recorded)
    answer = Answer(path, key, os.access(folder, os.W_OK))
    answer.found, answer.content_dir = found, Path(content_dir)
    return answer


def _replay(recorded: Mapping[str, object]) -> None:
    lines, status = recorded.get("lines"), recorded.get("status")
    if not isinstance(lines, list) or not isinstance(status, int):
        return
    if not all(isinstance(x, list) and len(x) == 2 and isinstance(x[0], bool) and isinstance(x[1], str) for x in lines):
        return
    import click

    for err, text in lines:
        click.echo(text, err=err)
    sys.exit(status)


def _read(path: Path) -> dict[str, object] | None:
    """The recorded answer if the file is intact (its sha256 checks out), else None (a damaged one is removed)."""
    try:
        data = cachefile.read_checked(path)
        if data is None:
            return None
        if not isinstance(data, dict):
            raise ValueError("not an object")
    except ValueError as exc:
        cachefile.discard(path, cachefile.why(exc))
        return None
    return data if data.get("format") == FORMAT else None


def _write(path: Path, data: Mapping[str, object]) -> None:
    cachefile.write_checked(path, json.dumps(data, ensure_ascii=False).encode())
