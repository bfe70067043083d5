"""deckc benchmarks: prints figures, asserts nothing (targets live here, not in timed tests).

Run with `make bench`.  Each section prints wall time and peak memory
(tracemalloc) for one scenario.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CONTENT = ROOT / "content"


def measure(label: str, fn: Callable[[], object]) -> object:
    tracemalloc.start()
    t0 = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:<55} {elapsed:8.3f} s   peak {peak / 2**20:8.1f} MiB")
    return result


def synthetic_content(folder: Path, questions: int, per_file: int = 500) -> Path:
    """A content dir of Markdown files with ``questions`` distinct questions."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    lines = ['[deck]\nname = "Synthetic"\n']
    for f in range(0, questions, per_file):
        name = f"part{f // per_file:03d}.md"
        body = [f"# Part {f // per_file}\n"]
        for q in range(f, min(f + per_file, questions)):
            body.append(f"## Section {q // 25}\n" if q % 25 == 0 else "")
            body.append(f"**What is concept number {q} about topic {q % 97}?**\n\nConcept {q} means thing {q * 7} with detail {q % 13}.\n")
        (folder / "sources" / name).write_text("\n".join(body), encoding="utf-8")
        lines.append(
            f'[[source]]\nid = "part{f // per_file:03d}"\nfile = "sources/{name}"\nlayout = "markdown"\n'
            'difficulty = { from = "fixed", default = "medium" }\n'
        )
    (folder / "deck.toml").write_text("\n".join(lines), encoding="utf-8")
    return folder


def sheet_bench(real: object, synthetic: object) -> None:
    """PDF cheat sheet time (target: 2,000 notes under 2 s on 2 cores); the first run loads fonts."""
    from compiler.emit.pdf import PdfOptions, render

    options = PdfOptions()
    measure("pdf sheet, real content (first run, loads fonts)", lambda: render(real, options))  # type: ignore[arg-type]
    measure("pdf sheet, real content", lambda: render(real, options))  # type: ignore[arg-type]
    pages = measure("pdf sheet, synthetic 2,000 notes", lambda: render(synthetic, options))  # type: ignore[arg-type]
    print(f"{'  (synthetic sheet size)':<55} {len(pages) / 2**20:8.2f} MiB")  # type: ignore[arg-type]


def dedupe_quality() -> None:
    """Precision/recall/F1 of the automatic dedupe step (no decisions file) on tests/data/dupe-labels.toml."""
    from dedupe_eval import automatic_groups, positives, score

    s = score(automatic_groups(CONTENT), positives())
    print(
        f"dedupe, automatic step vs {s.tp + s.fn} labeled duplicate pairs: precision {s.precision:.3f}  "
        f"recall {s.recall:.3f}  F1 {s.f1:.3f}  (tp {s.tp}, fp {s.fp}, fn {s.fn})"
    )
    for a, b in s.false_merges:
        print(f"  false merge: {a} ~ {b}")


def scale(questions: int = 20_000) -> None:
    """Dedupe on a synthetic corpus: cold cache, nothing changed, one 100-question document changed.

    Each run is its own process (bench/scale.py) so peak RSS counts onnxruntime's native memory too.
    """
    import json
    import subprocess

    from synthetic import change_document, write_corpus

    tmp = Path(tempfile.mkdtemp(prefix="deckc-scale-"))
    try:
        content, cache = tmp / "content", tmp / "build" / ".cache"
        write_corpus(content, questions)
        for label in ("cold cache", "rebuild, nothing changed", "rebuild, one 100-question document changed"):
            if label.startswith("rebuild, one"):
                change_document(content)
            out = subprocess.run(
                [sys.executable, str(ROOT / "bench" / "scale.py"), str(content), str(cache)],
                check=True, capture_output=True, text=True,
            ).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(
                f"dedupe {r['items']:,} questions, {label:<42} dedupe {r['dedupe_s']:7.2f} s  "
                f"(+ read {r['read_s']:5.2f} s)  peak RSS {r['peak_rss_mib']:5d} MiB  "
                f"planted merged {r['planted_merged']}/{r['planted']}, other merges {r['other_merges']}, "
                f"suggested {r['suggested']}"
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    from compiler.emit import write_outputs
    from compiler.pipeline import compile_content

    print("deckc benchmarks (wall time, Python-heap peak)")
    compiled = measure("compile real content", lambda: compile_content(CONTENT))
    tmp = Path(tempfile.mkdtemp(prefix="deckc-bench-"))
    try:
        measure("write apkg+csv+json for real content", lambda: write_outputs(compiled.deck, tmp / "real", ("apkg", "csv", "json")))  # type: ignore[attr-defined]
        synth = synthetic_content(tmp / "synthetic", 2000)
        big = measure("compile synthetic 2,000 questions", lambda: compile_content(synth))
        measure("write apkg+csv+json for 2,000 notes", lambda: write_outputs(big.deck, tmp / "synth", ("apkg", "csv", "json")))  # type: ignore[attr-defined]
        sheet_bench(compiled.deck, big.deck)  # type: ignore[attr-defined]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    dedupe_quality()
    scale(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)


if __name__ == "__main__":
    main()
