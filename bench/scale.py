"""Run one deckc command in this process and report its peak memory: ``python bench/scale.py build CONTENT -o OUT``.

The last line printed is ``BENCH {"peak_rss_mib": N, "exit": code}``: VmHWM,
the process's peak resident memory, native libraries (onnxruntime, Typst)
included.  The caller times the whole process, so start-up and imports count.
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
    print("BENCH " + json.dumps({"peak_rss_mib": peak_rss_mib(), "exit": code}), flush=True)


if __name__ == "__main__":
    main()
