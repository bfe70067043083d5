"""One scale scenario in its own process, so its peak memory (RSS, native libraries included) is its own.

Usage: python bench/scale.py CONTENT_DIR CACHE_DIR; prints one JSON line.
"""

from __future__ import annotations

import itertools
import json
import resource
import sys
import time
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
    from compiler.config import load_config
    from compiler.decisions import load_decisions, load_settings
    from compiler.diagnostics import Diagnostics
    from compiler.passes import clean, dedupe
    from compiler.pipeline import read_sources

    content, cache = Path(sys.argv[1]), Path(sys.argv[2])
    diag = Diagnostics()
    t0 = time.perf_counter()
    config = load_config(content)
    _, items, _ = read_sources(content, config, diag)
    items = clean.run(items, diag)
    t1 = time.perf_counter()
    groups, report = dedupe.run(items, load_settings(content, diag), load_decisions(content, diag), diag, cache)
    report.persist()
    t2 = time.perf_counter()
    planted = {frozenset(p) for p in json.loads((content / "planted.json").read_text())}
    merged = {frozenset((a.item_id, b.item_id)) for g in groups for a, b in itertools.combinations(g, 2)}
    print(
        json.dumps(
            {
                "items": len(items),
                "read_s": round(t1 - t0, 2),
                "dedupe_s": round(t2 - t1, 2),
                "peak_rss_mib": peak_rss_mib(),
                "planted": len(planted),
                "planted_merged": len(planted & merged),
                "other_merges": len(merged - planted),
                "suggested": sum(p.status == "suggested" for p in report.pairs),
            }
        )
    )


if __name__ == "__main__":
    main()
