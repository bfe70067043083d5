"""Card-by-card snapshot of the test corpus, to see what a reader change does to every document before it lands.

Each file of tests/data (or of a list) is built alone as a one-source deck, with the cheap stand-in embedder, to the
JSON manifest only; the snapshot keeps, per file, each note's front and back as a learner reads them, the skipped
items and every message. Two snapshots (say main's code and a branch's) are then compared file by file::

    python bench/corpus_snapshot.py snap new.jsonl              # this checkout's compiler/
    PYTHONPATH=/tmp/old python bench/corpus_snapshot.py snap old.jsonl   # an older compiler/ (git archive REV compiler)
    python bench/corpus_snapshot.py diff old.jsonl new.jsonl
    python bench/corpus_snapshot.py show some/document.md       # one file's cards and messages, to read
    python bench/corpus_snapshot.py snap --folders folders.jsonl  # each folder of 2-40 documents as one deck, with
                                                                  # its pairs of look-alike questions and their status

Why: a reader rule tuned on one document can change cards of hundreds of others; the suite's asserts cover the
cards someone checked, the snapshot covers every card of every kept document (~1,500).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
SKIP_SUFFIXES = (".toml", ".py", ".json.expected")


def corpus(data: Path = DATA) -> list[Path]:
    """Every document kept under tests/data (deck configs and label files left out)."""
    return sorted(p for p in data.rglob("*") if p.is_file() and not p.name.endswith(SKIP_SUFFIXES) and ".git" not in p.parts)


FOLDER_MIN, FOLDER_MAX = 2, 40  # documents in a folder built as one deck (duplicates across documents)


def folders(data: Path = DATA) -> list[Path]:
    """Every folder of tests/data holding 2-40 documents: built as one deck, its documents' look-alike questions meet."""
    found = []
    for folder in sorted({p.parent for p in corpus(data)}):
        count = sum(1 for p in folder.iterdir() if p.is_file() and not p.name.endswith(SKIP_SUFFIXES))
        if FOLDER_MIN <= count <= FOLDER_MAX:
            found.append(folder)
    return found


def _plain(html: str) -> str:
    return unescape(" ".join(re.sub(r"<[^>]+>", " ", html).split()))


def _snap_one(path: str) -> dict[str, object]:
    """One file built alone: its notes (fields as text), skipped items, messages and lint holes, or the error it raised."""
    os.environ.setdefault("DECKC_EMBEDDER", "stub")
    os.environ.setdefault("DECKC_FSYNC", "off")
    os.environ["DECKC_SERVER"] = "off"
    from compiler.build import build

    src = Path(path)
    tmp = Path(tempfile.mkdtemp(prefix="snap-"))
    try:
        content = tmp / "content"
        (content / "sources").mkdir(parents=True)
        for file in sorted(src.iterdir()) if src.is_dir() else [src]:
            if file.is_file() and not file.name.endswith(SKIP_SUFFIXES):
                shutil.copyfile(file, content / "sources" / file.name)
        (content / "deck.toml").write_text('[deck]\nname = "Snap"\n', encoding="utf-8")
        out = tmp / "build"
        try:
            result = build(content, out, formats=("json",), now=1_000)
        except Exception as exc:  # a failed build (an error in the content, or an internal one) is what it must show
            return {"file": path, "error": f"{type(exc).__name__}: {exc}"}
        messages = [d.text() for d in (result.compiled or result).diagnostics.items]
        if result.compiled is None:
            return {"file": path, "notes": [], "skipped": 0, "messages": messages}
        manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
        notes = [{k: _plain(v) for k, v in sorted(n["fields"].items()) if v} for n in manifest["notes"]]
        record = {"file": path, "notes": notes, "skipped": len(manifest["skipped"]), "messages": messages}
        from compiler.lint import find_holes

        if holes := [str(h) for h in find_holes(result.compiled.items)]:  # what `deckc lint` would call holes
            record["holes"] = holes
        if src.is_dir():  # the look-alike pairs across its documents, as `deckc dupes` lists them
            record["pairs"] = [
                [p.a.item_id, p.b.item_id, p.status, p.reason] for p in result.compiled.dupes.pairs
            ]
        return record
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def snap(out: Path, files: list[Path], jobs: int) -> None:
    rel = [str(p.relative_to(ROOT)) if p.is_absolute() and p.is_relative_to(ROOT) else str(p) for p in files]
    os.chdir(ROOT)
    with ProcessPoolExecutor(jobs) as pool, out.open("w", encoding="utf-8") as fh:
        for n, record in enumerate(pool.map(_snap_one, rel, chunksize=4), 1):
            fh.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            if sys.stderr.isatty() and n % 50 == 0:
                print(f"\r{n}/{len(rel)}", end="", file=sys.stderr)
    if sys.stderr.isatty():
        print(file=sys.stderr)


def _load(path: Path) -> dict[str, dict[str, object]]:
    return {r["file"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def diff(old: Path, new: Path, full: bool) -> int:
    a, b = _load(old), _load(new)
    changed = 0
    for file in sorted(set(a) | set(b)):
        ra, rb = a.get(file), b.get(file)
        if ra == rb:
            continue
        changed += 1
        print(f"=== {file}")
        la = json.dumps(ra, ensure_ascii=False, indent=1, sort_keys=True).splitlines() if ra else []
        lb = json.dumps(rb, ensure_ascii=False, indent=1, sort_keys=True).splitlines() if rb else []
        lines = list(difflib.unified_diff(la, lb, lineterm="", n=1))[2:]
        print("\n".join(lines if full else lines[:40]))
    print(f"{changed} of {len(set(a) | set(b))} files changed")
    return 1 if changed else 0


def show(files: list[Path]) -> None:
    """Each file's cards (fields as a learner reads them) and messages, as text to read."""
    for file in files:
        record = _snap_one(str(file.resolve()))
        print(f"=== {file}")
        if "error" in record:
            print(f"build failed: {record['error']}")
            continue
        for n, note in enumerate(record["notes"], 1):  # type: ignore[arg-type]
            print(f"--- {n}")
            for field, text in note.items():
                print(f"  {field}: {text}")
        print(f"skipped: {record['skipped']}")
        for message in record["messages"]:  # type: ignore[union-attr]
            print(f"! {message}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("snap", help="build every file alone and write the snapshot")
    s.add_argument("out", type=Path)
    s.add_argument("--files", type=Path, help="a list of files, one a line (default: all of tests/data)")
    s.add_argument("--folders", action="store_true", help="each folder of 2-40 documents as one deck, not each file alone")
    s.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    d = sub.add_parser("diff", help="compare two snapshots file by file")
    d.add_argument("old", type=Path)
    d.add_argument("new", type=Path)
    d.add_argument("--full", action="store_true", help="every changed line, not the first 40 of each file")
    w = sub.add_parser("show", help="print each file's cards and messages")
    w.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.cmd == "show":
        show(args.files)
        return 0
    if args.cmd == "snap":
        files = [Path(line) for line in args.files.read_text().split()] if args.files else folders() if args.folders else corpus()
        snap(args.out.resolve(), files, args.jobs)
        return 0
    return diff(args.old, args.new, args.full)


if __name__ == "__main__":
    sys.exit(main())
