"""deckc benchmarks: prints figures, asserts nothing (targets live here, not in timed tests).

Run with `make bench` (`python bench/bench.py [N] [PART …]`, N = synthetic questions, default 20,000;
parts: ratios, phases, large, sheet, hostile, quality; default all).

1. Ratios against bare genanki: every deckc command runs as its own process
   (start-up and imports count), paired with a process that writes the same
   notes with genanki alone (bench/genanki_baseline.py); medians of paired runs.
2. Large decks: `deckc build` end to end on a synthetic corpus: cold, nothing
   changed, one 100-question document changed; wall time, peak RSS, planted
   duplicates merged, and whether the incremental build wrote the bytes a
   clean build of the same content writes.
3. Phases: where a one-edit `deckc build` process spends its CPU (bench/phases.py).
4. The PDF cheat sheet alone; dedupe quality of the automatic step on the labelled pairs.
5. Hostile: tests/test_hostile_sources.py's pathological documents timed at 100 KB and 1 MB (linear time).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import statistics
import subprocess
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
# One answer edited, each time to a text no build saw (a user's edit is new text: an edit back to an
# earlier text would find its vectors in the user's store, compiler/vectorstore.py, and flatter the build)
EDIT_FILE = "sources/regularization-20-essential-qa.txt"
EDIT_PATTERN = r"improves gradient flow( \((?:build )?edit \d+\))?"


def deckc(*args: str) -> list[str]:
    script = Path(sys.executable).parent / "deckc"
    return [str(script), *args] if script.is_file() else [sys.executable, "-m", "compiler.cli", *args]


# a user's install has its bytecode compiled: a PYTHONDONTWRITEBYTECODE=1 shell would time compiling deckc's sources
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
VECTORS = "DECKC_VECTOR_CACHE"  # compiler/vectorstore.py: the bench points it at a folder of its own


def run(cmd: list[str], ok: tuple[int, ...] = (0,), env: dict[str, str] | None = None) -> float:
    """Wall time of one process."""
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**ENV, **(env or {})})
    elapsed = time.perf_counter() - t0
    if proc.returncode not in ok:
        raise SystemExit(f"bench: {' '.join(cmd)} exited {proc.returncode}:\n{proc.stdout}{proc.stderr}")
    return elapsed


def stop_server() -> None:
    """Stop the deckc kept warm between commands (compiler/server.py) for the bench's environment."""
    subprocess.run([sys.executable, "-m", "compiler.server", "stop"], capture_output=True, env=ENV, check=False)


def server_ready(wait: float = 30.0) -> None:
    """Wait until the server a command started answers (its start-up is not left running beside the next timing)."""
    code = f"import time; from compiler import server\nt = time.monotonic() + {wait}\nwhile server.commands_run() is None and time.monotonic() < t: time.sleep(0.05)"
    subprocess.run([sys.executable, "-c", code], capture_output=True, env=ENV, check=False)
    time.sleep(1.0)  # it answers once the compiler is imported; its model's worker may still be loading


def genanki_notes(manifest: Path, out: Path) -> Path:
    """The notes of a deckc build as plain data for bench/genanki_baseline.py (untimed)."""
    from compiler.notetypes import ALL, stylesheet

    data = json.loads(manifest.read_text(encoding="utf-8"))
    css = stylesheet()
    plain = {
        "deck": {"id": data["deck"]["id"], "name": data["deck"]["name"]},
        "models": [
            {"id": nt.model_id, "name": nt.name, "fields": list(nt.fields), "templates": [list(t) for t in nt.templates],
             "css": css, "cloze": nt.is_cloze}
            for nt in ALL
        ],
        "notes": [{"notetype": n["notetype"], "fields": list(n["fields"].values()), "tags": n["tags"], "guid": n["guid"]}
                  for n in data["notes"]],
    }
    out.write_text(json.dumps(plain), encoding="utf-8")
    return out


def ratios(tmp: Path, runs: int = 5) -> None:
    """Each deckc command against bare genanki writing the same notes, medians of paired runs."""
    content, build = tmp / "content", tmp / "build"
    shutil.copytree(CONTENT, content)
    run(deckc("build", str(content), "-o", str(build)))  # (it starts the server the commands below talk to)
    server_ready()
    notes = genanki_notes(build / "regularization.json", tmp / "notes.json")
    baseline = [sys.executable, str(ROOT / "bench" / "genanki_baseline.py"), str(notes), str(tmp / "genanki.apkg")]
    n_notes = len(json.loads(notes.read_text(encoding="utf-8"))["notes"])

    edits = itertools.count()

    def edit() -> None:
        import re

        path = content / EDIT_FILE
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(EDIT_PATTERN, f"improves gradient flow (build edit {next(edits)})", text), encoding="utf-8")

    def cold() -> None:  # nothing kept anywhere but the model's optimized graph: no server either
        stop_server()
        shutil.rmtree(build, ignore_errors=True)
        shutil.rmtree(ENV[VECTORS], ignore_errors=True)

    def edit_and_build() -> None:  # so the next lint is the first one after a change: it compiles
        edit()
        run(deckc("build", str(content), "-o", str(build)))

    def empty_build() -> None:  # a fresh build/ (or a second deck) of texts this user's deckc embedded before
        server_ready()  # the cold build before started a server: not left loading beside the genanki run
        shutil.rmtree(build, ignore_errors=True)

    alone = {"DECKC_SERVER": "off"}  # each command in its own process, as the first one in ten minutes runs
    Scenario = tuple[str, Callable[[], None] | None, list[str], tuple[int, ...], str, dict[str, str] | None]
    scenarios: list[Scenario] = [
        ("deckc build, nothing changed", None, deckc("build", str(content), "-o", str(build)), (0,), "≤ 3×", None),
        ("deckc build, one answer edited", edit, deckc("build", str(content), "-o", str(build)), (0,), "≤ 4×", None),
        ("  the same, in its own process (no server)", edit, deckc("build", str(content), "-o", str(build)), (0,), "", alone),
        ("deckc lint (nothing changed since it last ran)", None, deckc("lint", str(content)), (0, 1), "≤ 4×", None),
        ("deckc stats (nothing changed since it last ran)", None, deckc("stats", str(content)), (0,), "≤ 4×", None),
        ("deckc diff (nothing changed since it last ran)", None, deckc("diff", str(content)), (0, 1), "≤ 4×", None),
        ("deckc lint, first run after an edit (and a build)", edit_and_build, deckc("lint", str(content)), (0, 1), "≤ 4×", None),
        ("  the same, in its own process (no server)", edit_and_build, deckc("lint", str(content)), (0, 1), "", alone),
        ("deckc stats, first run after an edit (and a build)", edit_and_build, deckc("stats", str(content)), (0,), "≤ 4×", None),
        ("deckc diff, first run after an edit (and a build)", edit_and_build, deckc("diff", str(content)), (0, 1), "≤ 4×", None),
        ("deckc dupes, first run after an edit (and a build)", edit_and_build, deckc("dupes", str(content)), (0,), "≤ 4×", None),
        ("  the same, in its own process (no server)", edit_and_build, deckc("dupes", str(content)), (0,), "", alone),
        ("deckc build, cold (empty build/, model load included)", cold, deckc("build", str(content), "-o", str(build)), (0,), "≤ 15×", None),
        ("deckc build, empty build/, texts embedded before", empty_build, deckc("build", str(content), "-o", str(build)), (0,), "≤ 15×", None),
    ]
    base_times: list[float] = []
    watched = watch_edits(tmp, content, build, baseline, runs)
    print(f"Ratios against bare genanki writing the same {n_notes} notes (each a process; medians of {runs} paired runs)")
    print(f"  load average at start: {os.getloadavg()[0]:.1f} (2 cores; other work on the machine slows both sides)")
    print(f"  {'command':<56} {'deckc':>8} {'genanki':>8} {'ratio':>7}  target")
    for label, prepare, cmd, ok, target, env in scenarios:
        ours, theirs = [], []
        for _ in range(runs):
            theirs.append(run(baseline))
            if prepare:
                prepare()
            ours.append(run(cmd, ok, env))
        base_times.extend(theirs)
        a, b = statistics.median(ours), statistics.median(theirs)
        print(f"  {label:<56} {a:7.2f}s {b:7.2f}s {a / b:6.1f}×  {target}")
        if label == "deckc build, one answer edited" and watched is not None:
            (ours_w, cpu_w), theirs_w = watched
            base_times.extend(theirs_w)
            a, b = statistics.median(ours_w), statistics.median(theirs_w)
            print(f"  {'deckc watch, one answer edited (its rebuild)':<56} {a:7.2f}s {b:7.2f}s {a / b:6.1f}×  ≤ 4×"
                  + (f"  (CPU {statistics.median(cpu_w):.2f} s)" if cpu_w else ""))
    print(f"  (genanki alone: median {statistics.median(base_times):.3f} s over {len(base_times)} runs; "
          f"load average at the end {os.getloadavg()[0]:.1f})")


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a running process (Linux), None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def watch_edits(
    tmp: Path, content: Path, build: Path, baseline: list[str], runs: int
) -> tuple[tuple[list[float], list[float]], list[float]] | None:
    """`deckc watch` on a copy of the deck, one answer edited ``runs`` times: the rebuild time each
    rebuild line reports (debounce and event latency not counted: the user reads that line) and the
    watch process's CPU for it, each paired with a bare genanki run.  None if the watch fails."""
    import re
    import signal

    wcontent, wbuild = tmp / "watch-content", tmp / "watch-build"
    shutil.copytree(content, wcontent)
    shutil.copytree(build, wbuild)  # its caches: the watch's first build is then an ordinary rebuild
    proc = subprocess.Popen(deckc("watch", str(wcontent), "-o", str(wbuild)), stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=ENV)
    assert proc.stdout is not None
    timer = __import__("threading").Timer(300 + 30 * runs, proc.kill)  # a hung watch ends the scenario
    timer.start()

    def line(pattern: str) -> re.Match[str] | None:
        for text in proc.stdout:  # type: ignore[union-attr]
            if found := re.search(pattern, text):
                return found
        return None

    ours, cpu, theirs = [], [], []
    try:
        if line(r"deckc watch: watching") is None:
            return None
        for _ in range(runs):
            theirs.append(run(baseline))
            before = _cpu_seconds(proc.pid)
            path = wcontent / EDIT_FILE  # each edit a text no build saw: Typst in a long-lived process would
            text = path.read_text(encoding="utf-8")  # typeset a sheet it typeset two builds ago in 0.02 s
            edited = re.sub(r"improves gradient flow( \(edit \d+\))?", f"improves gradient flow (edit {len(ours)})", text)
            path.write_text(edited, encoding="utf-8")
            found = line(r"rebuilt in ([0-9.]+) s")
            if found is None:
                return None
            ours.append(float(found.group(1)))
            after = _cpu_seconds(proc.pid)
            if before is not None and after is not None:
                cpu.append(after - before)
    finally:
        timer.cancel()
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return (ours, cpu), theirs


def phase_times(marks: list[tuple[str, float]]) -> dict[str, float]:
    """CPU seconds of the main thread per phase, from bench/phases.py's marks: ``name >`` … ``name <``
    spans (a span inside another counts for the outer one only), point marks (``compiler imported``) end
    a span begun at the mark before, and what lies between spans is "other"."""
    out: dict[str, float] = {"interpreter start": marks[0][1]}
    depth, begun, last = 0, 0.0, marks[0][1]
    for (name, t), (_, before) in zip(marks[1:], marks, strict=False):
        if name.endswith(" >"):
            if depth == 0:
                out["other"] = out.get("other", 0.0) + t - last
                begun = t
            depth += 1
        elif name.endswith(" <"):
            depth -= 1
            if depth == 0:
                out[name[:-2]] = out.get(name[:-2], 0.0) + t - begun
                last = t
        elif depth == 0 and name in ("command line imported", "compiler imported"):
            out[name.replace("imported", "imports")] = t - before
            last = t
    out["other"] = out.get("other", 0.0) + marks[-1][1] - last
    return out


def phases(tmp: Path, runs: int = 5) -> None:
    """One answer edited (a new text each time), then `deckc build` as a process with marks at its phases
    (bench/phases.py): the CPU of each phase of its main thread, of the threads beside it, of the model's worker."""
    content, build = tmp / "content", tmp / "build"
    shutil.copytree(CONTENT, content)
    script = [sys.executable, str(ROOT / "bench" / "phases.py"), str(content), "-o", str(build)]
    run(deckc("build", str(content), "-o", str(build)))
    results = []
    for n in range(runs + 1):  # the first one only warms up (bytecode, the file cache)
        import re

        path = content / EDIT_FILE
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(EDIT_PATTERN, f"improves gradient flow (edit {n})", text), encoding="utf-8")
        proc = subprocess.run(script, capture_output=True, text=True, env=ENV)
        tail = [line for line in proc.stdout.splitlines() if line.startswith("PHASES ")]
        if proc.returncode or not tail or json.loads(tail[-1][7:])["exit"]:
            raise SystemExit(f"bench: phases of a build failed:\n{proc.stdout}{proc.stderr}")
        if n:
            results.append(json.loads(tail[-1][7:]))
    print(f"\nOne answer edited, `deckc build` as a process: CPU seconds per phase, medians of {runs} runs "
          f"(load {results[0]['load']:.1f} → {results[-1]['load']:.1f})")
    per_run = [phase_times(r["marks"]) for r in results]
    for name in dict.fromkeys(k for times in per_run for k in times):
        print(f"  {name:<40} {statistics.median(t.get(name, 0.0) for t in per_run):6.3f}")
    main_thread = statistics.median(r["marks"][-1][1] for r in results)
    beside = statistics.median(r["process"] - r["marks"][-1][1] for r in results)
    worker = statistics.median(r["children"] for r in results)
    total = statistics.median(r["process"] + r["children"] for r in results)
    print(f"  {'the main thread in all':<40} {main_thread:6.3f}")
    print(f"  {'threads beside it (Typst: the sheet)':<40} {beside:6.3f}")
    print(f"  {'the model worker (a process)':<40} {worker:6.3f}")
    print(f"  {'in all':<40} {total:6.3f}   (wall median {statistics.median(r['wall'] for r in results):.2f} s)")


def build_process(content: Path, out: Path, env: dict[str, str] | None = None) -> tuple[float, str, str]:
    """`deckc build` as its own process via bench/scale.py: wall time, peak RSS (MiB; with the cheat
    sheet's worker processes, which run one at a time beside it, and the embedding model's worker, when
    there were any), output."""
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scale.py"), "build", str(content), "-o", str(out)],
        capture_output=True, text=True, env={**ENV, **(env or {})},
    )
    elapsed = time.perf_counter() - t0
    tail = [line for line in proc.stdout.splitlines() if line.startswith("BENCH ")]
    if proc.returncode or not tail or json.loads(tail[-1][6:])["exit"]:
        raise SystemExit(f"bench: build of {content} failed:\n{proc.stdout}{proc.stderr}")
    figures = json.loads(tail[-1][6:])
    rss, worker, model = figures["peak_rss_mib"], figures.get("sheet_worker_peak_mib", 0), figures.get("model_worker_peak_mib", 0)
    workers = [f"sheet worker {worker:,}"] * bool(worker) + [f"model worker {model:,}"] * bool(model)
    if workers:
        workers.append(f"all at once {figures['together_peak_mib']:,}")
    shown = f"{rss:,} MiB" + (f" ({', '.join(workers)})" if workers else "")
    return elapsed, shown, proc.stdout


def merged_pairs(manifest: Path) -> set[frozenset[str]]:
    data = json.loads(manifest.read_text(encoding="utf-8"))
    return {frozenset(p) for n in data["notes"] for p in itertools.combinations([i["id"] for i in n["items"]], 2)}


def lock_without_times(path: Path) -> list[dict]:
    """The lock's entries without ``mtime`` (two builds a second apart stamp changed notes differently)."""
    entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for entry in entries:
        entry.pop("mtime", None)
        if isinstance(entry.get("notetypes"), dict):
            entry["notetypes"].pop("mtime", None)
    return entries


def large(tmp: Path, questions: int) -> None:
    """`deckc build` end to end on a synthetic corpus (bench/synthetic.py) with planted paraphrases."""
    from synthetic import change_document, write_corpus

    content, out = tmp / "content", tmp / "build"
    write_corpus(content, questions)
    planted = {frozenset(p) for p in json.loads((content / "planted.json").read_text())}
    print(f"\nLarge deck: {questions:,} questions in {questions // 100} Markdown files, {len(planted)} planted paraphrases; "
          "`deckc build` end to end, each a process")
    print(f"  load average at start: {os.getloadavg()[0]:.1f}")
    print(f"  {'scenario':<48} {'wall':>8} {'peak RSS':>52}  merges")

    def report(label: str, elapsed: float, rss: str, target: str) -> None:
        merged = merged_pairs(out / "synthetic.json")
        print(f"  {label:<48} {elapsed:7.2f}s {rss:>52}  planted {len(planted & merged)}/{len(planted)}, "
              f"other {len(merged - planted)}   target {target}   (load {os.getloadavg()[0]:.1f})")

    elapsed, rss, _ = build_process(content, out)
    report("cold (empty build/)", elapsed, rss, "≤ 60 s, < 1 GB")
    runs = [build_process(content, out) for _ in range(3)]
    elapsed, rss = statistics.median(r[0] for r in runs), runs[0][1]
    report("nothing changed (median of 3)", elapsed, rss, "≤ 2 s")
    shutil.rmtree(out)
    elapsed, rss, _ = build_process(content, out)
    report("empty build/, texts embedded before", elapsed, rss, "")
    change_document(content)  # rewords every question: planted.json follows the new item ids
    planted = {frozenset(p) for p in json.loads((content / "planted.json").read_text())}
    clean = tmp / "clean"
    shutil.copytree(content, clean)  # the changed sources with the same lock, for the clean build below
    elapsed, rss, _ = build_process(content, out)
    report("one 100-question document changed", elapsed, rss, "")
    build_process(clean, tmp / "clean-build", {VECTORS: "off"})  # clean: no vector kept from before either
    same = (out / "synthetic.json").read_bytes() == (tmp / "clean-build" / "synthetic.json").read_bytes()
    same_lock = lock_without_times(content / "deckc.lock") == lock_without_times(clean / "deckc.lock")
    print(f"  incremental == clean after the change: manifest bytes {'identical' if same else 'DIFFERENT'}, "
          f"lock {'identical' if same_lock else 'DIFFERENT'} (but for the build time stamped on changed notes)")


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
    from compiler.emit.pdf import PdfOptions, SheetCache, render

    options = PdfOptions()
    measure("pdf sheet, real content (first run, loads fonts)", lambda: render(real, options))  # type: ignore[arg-type]
    measure("pdf sheet, real content", lambda: render(real, options))  # type: ignore[arg-type]
    pages = measure("pdf sheet, synthetic 2,000 notes", lambda: render(synthetic, options))  # type: ignore[arg-type]
    print(f"{'  (synthetic sheet size)':<55} {len(pages) / 2**20:8.2f} MiB")  # type: ignore[arg-type]
    # a large sheet's parts are kept by hash: one edited answer typesets its part (and the page numbers) again
    with tempfile.TemporaryDirectory() as folder:
        kept = PdfOptions(sheets=SheetCache(Path(folder)))
        measure("pdf sheet, synthetic 2,000 notes, parts kept", lambda: render(synthetic, kept))  # type: ignore[arg-type]
        kept.save_cache()
        edited = _one_answer_edited(synthetic)
        measure("pdf sheet, synthetic 2,000 notes, one answer edited", lambda: render(edited, kept))  # type: ignore[arg-type]


def _one_answer_edited(deck):  # type: ignore[no-untyped-def]
    """The deck with one sentence added to the answer of its middle note."""
    from compiler.model import Block, BlockKind

    notes = list(deck.notes)
    note = notes[len(notes) // 2]
    item = note.primary.model_copy(update={"answer": [*note.primary.answer, Block(kind=BlockKind.text, text="One more sentence.")]})
    notes[len(notes) // 2] = note.model_copy(update={"items": [item, *note.items[1:]]})
    return deck.model_copy(update={"notes": notes})


def sheet(tmp: Path) -> None:
    """The PDF cheat sheet alone, in this process (target: 2,000 notes under 2 s)."""
    from compiler.pipeline import compile_content
    from compiler.similarity import HashEmbedder

    print()
    real = compile_content(CONTENT, now=10**9).deck
    # the sheet does not depend on the embedder: the stand-in keeps this section quick
    synthetic = compile_content(synthetic_content(tmp / "sheet", 2000), now=10**9, embedder=HashEmbedder()).deck
    sheet_bench(real, synthetic)


def hostile() -> None:
    """The pathological documents of tests/test_hostile_sources.py timed at 100 KB (best of 3) and 1 MB: a linear
    reader takes about ten times as long on the megabyte, a quadratic one a hundred. The suite counts these readings'
    calls instead (a count the machine's load does not change); a single regex call's backtracking along one long line
    shows here only."""
    sys.path.insert(0, str(ROOT / "tests"))
    from pathological import PATHOLOGICAL, read_dropped_in, read_seconds

    print("\npathological documents, CPU s of detection and reading (100 KB best of 3, 1 MB once)")
    read_dropped_in("## What?\n\nx\n", ".md")  # (the readers' patterns compiled before anything is timed)
    for name, make in PATHOLOGICAL.items():
        for suffix in (".txt", ".md"):
            small = min(read_seconds(make(100_000), suffix) for _ in range(3))
            big = read_seconds(make(1_000_000), suffix)
            flag = "  NOT LINEAR (a quadratic reader: ~100x)" if big > 30 * small + 1.0 else ""
            print(f"  {name + suffix:36} {small:7.3f} {big:8.3f}  {big / max(small, 1e-6):5.1f}x{flag}")


def dedupe_quality() -> None:
    """Held-out precision/recall/F1 of the automatic dedupe step (no decisions file) per labeled subset."""
    from dedupe_eval import report

    print()
    for line in report():
        print(line)


PARTS = ("ratios", "phases", "large", "sheet", "hostile", "quality")


def main() -> None:
    """``bench.py [N] [PART …]``: N synthetic questions (default 20,000); PARTS to run (default all)."""
    args = sys.argv[1:]
    questions = int(args.pop(0)) if args and args[0].isdigit() else 20_000
    parts = args or list(PARTS)
    if unknown := set(parts) - set(PARTS):
        raise SystemExit(f"bench: unknown part(s) {', '.join(sorted(unknown))}; choose from {', '.join(PARTS)}")
    print("deckc benchmarks (2-core machine figures in README.md 'Speed' and docs/speed.md)")
    tmp = Path(tempfile.mkdtemp(prefix="deckc-bench-"))
    ENV[VECTORS] = str(tmp / "vectors")  # the bench's own store: its cold builds embed every text
    try:
        if "ratios" in parts:
            ratios(tmp / "real")
        if "phases" in parts:
            phases(tmp / "phases")
        if "large" in parts:
            large(tmp / "large", questions)
        if "sheet" in parts:
            sheet(tmp)
        if "hostile" in parts:
            hostile()
    finally:
        stop_server()  # the bench's own (its DECKC_VECTOR_CACHE is a folder of this run's)
        shutil.rmtree(tmp, ignore_errors=True)
    if "quality" in parts:
        dedupe_quality()


if __name__ == "__main__":
    main()
