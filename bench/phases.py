"""Where a `deckc build` process spends its CPU: ``python bench/phases.py CONTENT -o OUT`` runs one build
in this process (as ``deckc build`` would: start-up and imports count) with marks at its phases.

The last line printed is ``PHASES {"marks": [[name, main thread CPU s], …], "process": s, "children": s,
"wall": s, "exit": code}``: the CPU the build's main thread had used at each mark (its imports, the
up-to-date check, reading, duplicate detection …), the whole process's CPU (the main thread plus the
threads beside it: Typst typesetting the cheat sheet), and its children's (the embedding model's
worker).  ``bench.py phases`` runs it on a copy of the sample deck after one answer edited, each time
to a new text, and prints the medians.  A phase whose function is renamed is left out, not an error.
"""

from __future__ import annotations

import functools
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

T0 = time.perf_counter()
MARKS: list[tuple[str, float]] = [("start", time.thread_time())]


def mark(name: str) -> None:
    MARKS.append((name, time.thread_time()))


def wrap(module: Any, name: str, label: str) -> None:
    """Mark the start and end of ``module.name`` (a function called by name at run time)."""
    real = getattr(module, name, None)
    if real is None:
        return

    @functools.wraps(real)
    def marked(*args: Any, **kwargs: Any) -> Any:
        mark(f"{label} >")
        try:
            return real(*args, **kwargs)
        finally:
            mark(f"{label} <")

    setattr(module, name, marked)


def instrument() -> None:
    from compiler import build, uptodate

    wrap(uptodate, "check", "up-to-date check")
    wrap(build, "_write", "outputs written")
    wrap(build, "_save_caches", "caches saved")
    wrap(build, "_save_record", "up-to-date record")
    wrap(build, "_sheet_options", "sheet options")
    wrap(build, "_preload_model", "model worker started")
    spare = build._spare_the_collector  # called right after build() imported the compiler

    def spared() -> None:
        spare()
        mark("compiler imported")
        from compiler import pipeline

        wrap(pipeline, "load_project", "project loaded")
        wrap(pipeline, "read_sources", "sources read")
        wrap(pipeline, "_guess", "early sheet's guess")
        wrap(pipeline.dedupe, "run", "duplicate detection")
        wrap(pipeline, "_notes", "notes")
        wrap(pipeline.lock, "run", "lock")

    build._spare_the_collector = spared


def main() -> None:
    mark("interpreter started")
    from compiler import cli

    mark("command line imported")
    instrument()
    code = 0
    try:
        cli.main(["build", *sys.argv[1:]], standalone_mode=False)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except Exception:
        code = 1
    mark("done")
    from compiler import embedworker, regexcache

    kept = regexcache._installed
    if kept is not None:  # what the process does at exit, counted: a first build writes its compiled patterns
        mark("kept patterns saved >")
        kept.save()
        kept.missed.clear()  # saved: the exit handler finds nothing to add
        mark("kept patterns saved <")

    worker = embedworker.started()
    if worker is not None:
        worker.close(wait=True)  # reaped: its CPU is in RUSAGE_CHILDREN
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)  # the model worker, reaped when it was released
    figures = {
        "marks": MARKS,
        "process": own.ru_utime + own.ru_stime,
        "children": kids.ru_utime + kids.ru_stime,
        "wall": time.perf_counter() - T0,
        "exit": code,
        "load": os.getloadavg()[0],
    }
    print("PHASES " + json.dumps(figures), flush=True)


if __name__ == "__main__":
    main()
