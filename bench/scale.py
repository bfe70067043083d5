"""Run one deckc command in this process and report its peak memory: ``python bench/scale.py build CONTENT -o OUT``.

The last line printed is ``BENCH {"peak_rss_mib": N, "sheet_worker_peak_mib": M, "model_worker_peak_mib": W, "exit": code}``:
VmHWM, the process's peak resident memory, native libraries (Typst) included; the
largest peak of the worker processes that typeset a large cheat sheet
(compiler/emit/sheetparts.py; they run one at a time, beside this one); and the peak
of the worker that runs the embedding model (compiler/embedworker.py), beside it too.  The caller times the whole process, so start-up and imports count.
"""

from __future__ import annotations

import json
import resource
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_rss_mib() -> int:
    """VmHWM: this process's peak resident memory (ru_maxrss would include the parent's before exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def main() -> None:
    from compiler.cli import main as deckc

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
              "model_worker_peak_mib": embedworker.peak_mib, "exit": code}
    print("BENCH " + json.dumps(report), flush=True)


if __name__ == "__main__":
    main()
