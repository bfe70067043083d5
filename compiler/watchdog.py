"""A time limit on reading each source file, so that no document can hang a build (trial26 T26-8).

Readers are heuristics over lines, many of them regular expressions.  One of them taking minutes on a line
nobody foresaw (a thousand spaces in a row, a long Thai line with no spaces) must end in a message that names
the file, never in a build that does not end.  Each source file gets ``DECKC_READ_LIMIT`` seconds of CPU time
(default 120; ``0`` turns the limit off): CPU, not wall-clock time, so a busy laptop (a video call, a browser, a
test suite) does not stop a big document that reads in 30 s of CPU but 2 minutes of wall time (trial29 T29-15: a
5 MB bank of 15,435 questions).  Python's regular-expression engine checks for signals as it runs, so a timer
signal stops it too.  The limit needs a POSIX timer signal and the main thread; elsewhere (Windows, a build in
another thread) files are read without one.  The stop is raised again each further second of CPU until the file is
done, so a handler that swallows every exception cannot turn the limit off.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

DEFAULT_LIMIT = 120.0  # seconds a file may take: a 20,000-question document reads in a few


class TooSlow(BaseException):
    """Reading ``file`` took more than ``seconds``: it was stopped.  A BaseException, as KeyboardInterrupt is: a
    reader's own ``except Exception`` (a fault reported as a bug in deckc) must not catch the clock's stop."""

    def __init__(self, file: str, seconds: float) -> None:
        self.file = file
        self.seconds = seconds
        super().__init__(f"{file}: reading took more than {seconds:g} s")


_state: dict[str, object] = {"active": False, "file": "", "limit": 0.0}


def limit_seconds() -> float:
    """The limit ``DECKC_READ_LIMIT`` sets (a number of seconds; 0 or below: none), else the default."""
    raw = os.environ.get("DECKC_READ_LIMIT", "").strip()
    try:
        return max(float(raw), 0.0) if raw else DEFAULT_LIMIT
    except ValueError:
        return DEFAULT_LIMIT


def arm(file: str) -> None:
    """Start the clock again for ``file``, as its reading starts (nothing outside :func:`reading`)."""
    if not _state["active"]:
        return
    _state["file"] = file
    limit = float(_state["limit"])  # type: ignore[arg-type]
    # (then again every second of CPU until disarmed: a stop raised where a handler swallows every exception, a
    # finalizer's or a library's `except BaseException`, is raised again rather than lost, and the file read on)
    signal.setitimer(signal.ITIMER_PROF, limit, min(limit, 1.0))


@contextmanager
def reading() -> Iterator[None]:
    """Within it, each :func:`arm` gives its file the limit; raises :class:`TooSlow` when one overruns."""
    limit = limit_seconds()
    usable = (
        limit > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and not _state["active"]
    )
    if not usable:
        yield
        return

    def ring(signum: int, frame: FrameType | None) -> None:
        if _state["active"]:  # (a tick already on its way as the clock is stopped is let go)
            raise TooSlow(str(_state["file"]), limit)

    previous = signal.signal(signal.SIGPROF, ring)
    _state.update(active=True, file="", limit=limit)
    try:
        yield
    finally:
        # (inactive first: a tick arriving within these lines raises nothing, so they all run; a stop raised in
        # the middle of them once left the limit switched off for every later build in the process)
        _state.update(active=False, file="", limit=0.0)
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
