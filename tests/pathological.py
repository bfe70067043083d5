"""Pathological documents and the work of reading them: shared by tests/test_hostile_sources.py (which counts the
work) and bench/bench.py's ``hostile`` part (which times it, as speed figures belong in the bench, not in a test)."""

from __future__ import annotations

import cProfile
import time
from collections.abc import Callable

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.sources import detect_layout, readers
from compiler.sources.base import Document

PATHOLOGICAL: dict[str, Callable[[int], str]] = {  # each a document of about n bytes
    "spaces then a dash": lambda n: " " * n + "- y\n",
    "spaces inside a line": lambda n: "1 Q" + " " * n + "x?\nAnswer: y\n",
    "deep indented list": lambda n: "".join(" " * depth + "- y\n" for depth in range(int((2 * n) ** 0.5))),
    "deep blockquote": lambda n: "> " * (n // 2) + "x\n",
    "unclosed brackets": lambda n: "[" * n,
    "many questions without answers": lambda n: "Q: a\n" * (n // 5),
    "numbers on one line": lambda n: "1. " * (n // 3),
    "emoji after a question": lambda n: "## What? " + "⭐️ " * (n // 8) + "\n\nx\n",
    # (each bold question's words compared with every other's: 18.5x the work for 10x the bytes, fortieth sitting)
    "many bold questions": lambda n: "".join(f"**What is concept {q} about topic {q % 97}?**\n\nIt means {q}.\n\n" for q in range(n // 100)),
    # (fiftieth sitting's fuzzing: each line looked at every blank line below it, or a line pattern's '^\s*' ran on
    # through them: 4,000 '- ' lines took 7 s to build, 16,000 blank ones hit the read time limit)
    "blank lines": lambda n: "# Notes\n\n" + "\n" * n + "Q: a?\nA: b\n",
    "empty list items": lambda n: "# Notes\n\n" + "- \n" * (n // 3),
    "lines of spaces": lambda n: "# Notes\n\n" + " \n" * (n // 2) + "1. a?\nAnswer:\n\nb\n",
}


def read_dropped_in(text: str, suffix: str) -> None:
    """Detection plus the detected reader (and the Markdown or qa reader), as for a dropped-in file; the readers in
    a fixed order, so that one's caches never serve the other differently from run to run."""
    doc = Document(f"sources/doc{suffix}", text)
    found = detect_layout(doc)
    for layout in sorted({found.layout if found else "markdown", "markdown" if suffix == ".md" else "qa"}):
        readers()[layout].read(doc, SourceConfig(id="doc", file=doc.rel, layout=layout), Diagnostics())


def calls(work: Callable[[], object], expected: tuple[type[Exception], ...] = ()) -> int:
    """Function calls (Python's and C's: every regex match and search is one) that ``work()`` makes: a count of work
    that the machine's load does not change, unlike a time. An ``expected`` exception ends the work (a reading that
    ends in its error did its work too); any other is raised, as a crash must fail the test."""
    profile = cProfile.Profile()
    profile.enable()
    try:
        work()
    except expected:
        pass
    finally:
        profile.disable()
    return sum(entry.callcount for entry in profile.getstats())


def read_calls(text: str, suffix: str) -> int:
    """The function calls made reading ``text`` as a dropped-in file (:func:`calls`)."""
    return calls(lambda: read_dropped_in(text, suffix))


def read_seconds(text: str, suffix: str) -> float:
    """CPU seconds of this process reading ``text`` (for the bench)."""
    start = time.process_time()
    read_dropped_in(text, suffix)
    return time.process_time() - start
