"""Run one deckc command in this process and report its peak memory: ``python bench/scale.py build CONTENT -o OUT``.

The last line printed is ``BENCH {"peak_rss_mib": N, "sheet_worker_peak_mib": M, "model_worker_peak_mib": W, "together_peak_mib": T, "exit": code}``:
VmHWM, the process's peak resident memory, native libraries (Typst) included; the
largest peak of the worker processes that typeset a large cheat sheet
(compiler/emit/sheetparts.py; they run one at a time, beside this one); and the peak
of the worker that runs the embedding model (compiler/embedworker.py), beside it too; and
the most this process and its workers held at once (sampled every 20 ms).  The caller times the whole process, so start-up and imports count.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_rss_mib() -> int:
    """VmHWM: this process's peak resident memory (ru_maxrss would include the parent's before exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def tree_rss_mib(pid: int, parent: bytes = b"") -> int:
    """Resident memory of a process and all its descendants now (Linux /proc; 0 elsewhere).

    A child that has not yet exec'd its program (its command line is still its parent's: between
    fork and exec) shares its parent's pages, and its VmRSS shows them all again: it is not counted
    (the 20k bench deck's cold build read 1,206 MiB at once for a moment a sheet worker was being
    started, 880 MiB otherwise).
    """
    total = 0
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        if parent and cmdline == parent:
            return 0
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1]) // 1024
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                total += tree_rss_mib(int(child), cmdline)
    except (OSError, ValueError):
        pass
    return total


class TreeSampler:
    """The largest memory this process and its workers held at once, sampled every 20 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        me = os.getpid()
        while not self.stop.wait(0.02):
            self.peak = max(self.peak, tree_rss_mib(me))

    def done(self) -> int:
        self.stop.set()
        self.thread.join()
        return self.peak


def main() -> None:
    from compiler.cli import main as deckc

    sampler = TreeSampler()

    try:
        deckc(sys.argv[1:], standalone_mode=False)
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    from compiler import embedworker
    from compiler.emit import sheetparts  # a large cheat sheet is typeset by worker processes, one at a time

    peak = peak_rss_mib()
    if embedworker.started() is not None:
        embedworker.started().close()  # type: ignore[union-attr]  # its peak is known once it is stopped
    report = {"peak_rss_mib": peak, "sheet_worker_peak_mib": sheetparts.worker_peak_mib,
              "model_worker_peak_mib": embedworker.peak_mib, "together_peak_mib": sampler.done(), "exit": code}
    print("BENCH " + json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
