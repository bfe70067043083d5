"""Outputs and lock are one transaction: all of a build's files change together, or none do.

Unit tests drive :class:`~compiler.transaction.Transaction` on small files and
fail each write, each swap and (in a child process killed with ``os._exit``)
each step in turn; end-to-end tests do the same through ``deckc build``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler import transaction
from compiler.build import BuildError, build
from compiler.cli import main
from compiler.transaction import JOURNAL_NAME, FolderLocks, Transaction, clean_stale, recover

Built = tuple[Path, Path, dict[str, bytes]]  # content folder, build folder, files before the edit

DECK = '[deck]\nname = "T"\n\n[[source]]\nid = "doc"\nfile = "sources/doc.txt"\nlayout = "grill"\n'
GRILL = "A. Basics\n1. What is it? It is.\n2. What is that? That is.\n3. What is this? This is.\n"


@pytest.fixture(autouse=True)
def _durable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The transaction's tests write as a user's build does, every file and rename forced to disk (the rest of the
    suite builds with DECKC_FSYNC=off, tests/conftest.py); their child processes inherit it."""
    monkeypatch.delenv(transaction.FSYNC_ENV, raising=False)


# --- the transaction on its own ---------------------------------------------------------------


def _files(tmp: Path) -> tuple[Path, Path, dict[Path, bytes]]:
    """Two folders (like build/ and content/) with old versions of four files; one target is new."""
    out, content = tmp / "out", tmp / "content"
    out.mkdir()
    content.mkdir()
    old = {out / "a.apkg": b"old a", out / "b.csv": b"old b", out / "stale.apkg": b"old stale", content / "deckc.lock": b"old lock"}
    for path, data in old.items():
        path.write_bytes(data)
    return out, content, old


NEW = {"a.apkg": b"new a", "b.csv": b"new b", "c.pdf": b"new c"}


def _stage_all(txn: Transaction, out: Path, content: Path, fail_at: int | None = None) -> None:
    writes = [(out / name, data) for name, data in NEW.items()] + [(content / "deckc.lock", b"new lock")]
    for n, (path, data) in enumerate(writes):

        def write(p: Path, data: bytes = data, n: int = n) -> None:
            p.write_bytes(data[:2])
            if n == fail_at:
                raise OSError(28, "No space left on device", str(p))
            p.write_bytes(data)

        txn.stage(path, write)
    txn.remove(out / "stale.apkg")


def _state(out: Path, content: Path) -> dict[str, bytes]:
    return {f"{p.parent.name}/{p.name}": p.read_bytes() for d in (out, content) for p in sorted(d.iterdir())}


OLD_STATE = {"content/deckc.lock": b"old lock", "out/a.apkg": b"old a", "out/b.csv": b"old b", "out/stale.apkg": b"old stale"}
NEW_STATE = {"content/deckc.lock": b"new lock", "out/a.apkg": b"new a", "out/b.csv": b"new b", "out/c.pdf": b"new c"}


def test_commit_swaps_everything_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    out, content, _ = _files(tmp_path)
    txn = Transaction(out)
    _stage_all(txn, out, content)
    outcome = txn.commit()
    assert _state(out, content) == NEW_STATE
    assert sorted(p.name for p in outcome.written) == ["a.apkg", "b.csv", "c.pdf", "deckc.lock"]
    assert outcome.removed == [out / "stale.apkg"]


def test_unchanged_bytes_are_not_rewritten(tmp_path: Path) -> None:
    out, _, _ = _files(tmp_path)
    before = (out / "a.apkg").stat()
    txn = Transaction(out)
    txn.stage(out / "a.apkg", lambda p: p.write_bytes(b"old a"))
    txn.stage(out / "b.csv", lambda p: p.write_bytes(b"new b"))
    outcome = txn.commit()
    assert outcome.unchanged == [out / "a.apkg"] and outcome.written == [out / "b.csv"]
    after = (out / "a.apkg").stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


@pytest.mark.parametrize("fail_at", range(4))
def test_failing_each_write_in_turn_changes_nothing(tmp_path: Path, fail_at: int) -> None:
    out, content, _ = _files(tmp_path)
    txn = Transaction(out)
    with pytest.raises(OSError):
        _stage_all(txn, out, content, fail_at)
    txn.abort()
    assert _state(out, content) == OLD_STATE


@pytest.mark.parametrize("fail_at", range(5))
def test_failing_each_swap_in_turn_rolls_back(tmp_path: Path, fail_at: int, monkeypatch: pytest.MonkeyPatch) -> None:
    out, content, _ = _files(tmp_path)
    real, calls = transaction._swap, []

    def swap(step: transaction.Step) -> None:
        calls.append(step)
        if len(calls) > fail_at:
            raise PermissionError(1, "Operation not permitted", step.target)  # e.g. an immutable file
        real(step)

    monkeypatch.setattr(transaction, "_swap", swap)
    txn = Transaction(out)
    _stage_all(txn, out, content)
    with pytest.raises(PermissionError):
        txn.commit()
    assert _state(out, content) == OLD_STATE


CRASH = """
import os, sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from compiler import transaction
from test_transaction import _stage_all
where, at = sys.argv[1], int(sys.argv[2])
count = [0]
def crash_here(name):
    count[0] += 1
    if name == where and count[0] > at:
        os._exit(9)
for name in ("_swap", "_keep_copy", "_write_journal", "_finish"):
    real = getattr(transaction, name)
    def wrapped(*a, real=real, name=name):
        if name == where:
            crash_here(name)
        return real(*a)
    setattr(transaction, name, wrapped)
out, content = Path(sys.argv[3]), Path(sys.argv[4])
txn = transaction.Transaction(out)
_stage_all(txn, out, content)
txn.commit()
"""
CRASH_POINTS = [("_write_journal", 0), ("_keep_copy", 0), ("_keep_copy", 2), *[("_swap", n) for n in range(5)], ("_write_journal", 1), ("_finish", 0)]


@pytest.mark.parametrize(("where", "at"), CRASH_POINTS)
def test_a_crash_at_any_step_is_completed_or_rolled_back_by_the_next_run(tmp_path: Path, where: str, at: int) -> None:
    out, content, _ = _files(tmp_path)
    script = tmp_path / "crash.py"
    script.write_text(CRASH.format(tests=str(Path(__file__).parent)), encoding="utf-8")
    child = subprocess.run([sys.executable, str(script), where, str(at), str(out), str(content)], capture_output=True)
    assert child.returncode == 9, child.stderr.decode()
    committed = where == "_finish"  # the journal says "committed": the next run finishes the swap
    assert (out / JOURNAL_NAME).exists() == (where != "_write_journal" or at == 1)
    recover(out)
    clean_stale(out)
    clean_stale(content)
    assert _state(out, content) == (NEW_STATE if committed else OLD_STATE)


def test_stale_temporary_files_are_cleaned(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    junk = [".t.apkg.deckc-new", ".t.apkg.deckc-old", ".regularization.csv.a1b2c3d4.tmp"]
    for name in junk:
        (out / name).write_bytes(b"x")
    (out / ".notes.md.swp").write_bytes(b"keep")  # not ours
    clean_stale(out)
    assert sorted(p.name for p in out.iterdir()) == [".notes.md.swp"]


# --- through `deckc build` ----------------------------------------------------------------------


def make_content(tmp: Path) -> Path:
    content = tmp / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(DECK, encoding="utf-8")
    (content / "sources" / "doc.txt").write_text(GRILL, encoding="utf-8")
    return content


def files(content: Path, out: Path) -> dict[str, bytes]:
    found = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    found["deckc.lock"] = (content / "deckc.lock").read_bytes()
    return found


def leftovers(content: Path, out: Path) -> list[str]:
    return [p.name for d in (content, out) for p in d.iterdir() if p.name.startswith(".") and p.name != ".cache"]


@pytest.fixture
def built(tmp_path: Path) -> Built:
    """A content folder built once, then edited: one answer changed, one item deleted (so a note retires)."""
    content, out = make_content(tmp_path), tmp_path / "build"
    build(content, out, now=1000)
    before = files(content, out)
    (content / "sources" / "doc.txt").write_text(GRILL.replace("That is.", "That is so.").replace("3. What is this? This is.\n", ""), encoding="utf-8")
    return content, out, before


def test_a_failing_swap_leaves_every_output_and_the_lock_as_before(built: Built, monkeypatch: pytest.MonkeyPatch) -> None:
    content, out, before = built
    real = transaction._swap

    def swap(step: transaction.Step) -> None:
        if step.target.endswith(".json"):
            raise PermissionError(1, "Operation not permitted", step.target)  # an immutable output
        real(step)

    monkeypatch.setattr(transaction, "_swap", swap)
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 1
    assert "t.json: error: cannot write: Operation not permitted" in result.output
    assert "nothing was written" in result.output
    assert files(content, out) == before
    assert leftovers(content, out) == []


def test_a_lock_that_cannot_be_written_changes_no_output(built: Built, monkeypatch: pytest.MonkeyPatch) -> None:
    content, out, before = built
    real = Transaction.stage

    def stage(self: Transaction, target: Path, write: Callable[[Path], None]) -> None:
        if target.name == "deckc.lock":
            raise OSError(30, "Read-only file system", str(target))
        return real(self, target, write)

    monkeypatch.setattr(Transaction, "stage", stage)
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 1
    assert "deckc.lock: error: cannot write: Read-only file system" in result.output
    assert files(content, out) == before
    assert leftovers(content, out) == []


def test_rebuild_writes_the_new_set_and_a_stale_retired_package_goes_with_a_lock_reset(built: Built) -> None:
    content, out, _ = built
    result = build(content, out, now=2000)
    assert (out / "t-retired.apkg").is_file() and result.outcome.written
    (content / "deckc.lock").unlink()  # reset: the retired notes are forgotten
    result = build(content, out, now=3000)
    assert not (out / "t-retired.apkg").exists()
    assert result.outcome.removed == [out / "t-retired.apkg"]
    assert leftovers(content, out) == []


def test_a_no_change_rebuild_rewrites_nothing(tmp_path: Path) -> None:
    content, out = make_content(tmp_path), tmp_path / "build"
    build(content, out, now=1000)
    stamps = {p.name: p.stat().st_mtime_ns for p in [*out.iterdir(), content / "deckc.lock"] if p.is_file()}
    time.sleep(0.01)
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "(all unchanged, not rewritten)" in result.output
    assert {p.name: p.stat().st_mtime_ns for p in [*out.iterdir(), content / "deckc.lock"] if p.is_file()} == stamps


def test_a_killed_build_is_rolled_back_by_the_next_one(built: Built, tmp_path: Path) -> None:
    content, out, before = built
    script = tmp_path / "kill.py"
    script.write_text(
        "import os, sys\nfrom compiler import transaction\nfrom compiler.cli import main\n"
        "real, n = transaction._swap, [0]\n"
        "def swap(step):\n    n[0] += 1\n    if n[0] == 3:\n        os._exit(9)\n    real(step)\n"
        "transaction._swap = swap\nmain(['build', sys.argv[1], '-o', sys.argv[2]])\n",
        encoding="utf-8",
    )
    child = subprocess.run([sys.executable, str(script), str(content), str(out)], capture_output=True)
    assert child.returncode == 9, child.stderr.decode()
    assert (out / JOURNAL_NAME).exists()
    assert files(content, out) != before  # two files were swapped: a mixed set on disk
    recover(out)
    assert files(content, out) == before
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert leftovers(content, out) == []


def test_journal_is_recovered_by_the_next_build(built: Built, tmp_path: Path) -> None:
    content, out, _ = built
    (out / "t.csv").write_bytes(b"half")  # as if a crash happened mid-swap, with the old file kept aside
    (out / ".t.csv.deckc-old").write_bytes(b"old csv")
    step = {"target": str((out / "t.csv").resolve()), "staged": str(out / ".t.csv.deckc-new"), "backup": str(out / ".t.csv.deckc-old")}
    (out / JOURNAL_NAME).write_text(json.dumps({"version": 1, "state": "swapping", "steps": [step]}), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "rolled back the previous build's interrupted update" in result.output
    assert leftovers(content, out) == []


# --- one build at a time ------------------------------------------------------------------------


def test_a_second_build_fails_clearly_when_the_first_does_not_finish(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    with FolderLocks(wait=1) as other:
        other.acquire(content)
        with pytest.raises(BuildError) as err:
            build(content, tmp_path / "build", wait=0.3)
    assert "another deckc build is using this folder; waited 0.3 s" in str(err.value)
    assert not (tmp_path / "build").exists()


def test_a_second_build_waits_for_the_first(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    (tmp_path / "build").mkdir()
    heard: list[str] = []
    other = FolderLocks(wait=1)
    other.acquire(tmp_path / "build")
    threading.Timer(0.5, other.release).start()
    result = build(content, tmp_path / "build", wait=20, notify=heard.append)
    assert result.paths and heard == [f"waiting for another deckc build using {tmp_path / 'build'} …"]


def test_two_concurrent_builds_both_succeed_one_after_the_other(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    cmd = [str(Path(sys.executable).parent / "deckc"), "build", str(content), "-o", str(tmp_path / "build")]
    runs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outputs = [r.communicate(timeout=120) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outputs
    assert (content / "deckc.lock").read_text(encoding="utf-8").count('"guid"') == 3
    assert leftovers(content, tmp_path / "build") == []


def test_an_up_to_date_build_compiles_nothing_and_reports_the_same(tmp_path: Path) -> None:
    content, out = make_content(tmp_path), tmp_path / "build"
    (content / "sources" / "extra.md").write_text("# T\n\n## What is extra?\n\nMore.\n", encoding="utf-8")  # a warning
    first = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert first.exit_code == 0, first.output
    again = build(content, out)
    assert again.up_to_date and again.compiled is None
    second = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    warnings = [line for line in first.output.splitlines() if ": warning: " in line]
    assert warnings and [line for line in second.output.splitlines() if ": warning: " in line] == warnings
    assert "wrote 4 notes, 1 warning -> " in second.output and "(all unchanged, not rewritten)" in second.output
    assert "0 new, 0 updated, 4 unchanged, 0 retired" in second.output
    (content / "sources" / "doc.txt").write_text(GRILL.replace("It is.", "It is, indeed."), encoding="utf-8")
    changed = build(content, out)
    assert not changed.up_to_date and changed.summary.totals["updated"] == 1


def test_a_really_immutable_output_changes_nothing(built: Built) -> None:
    """The review's case: one output made immutable (chattr +i); needs CAP_LINUX_IMMUTABLE, else skipped."""
    import shutil

    content, out, before = built
    target = out / "t.json"
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(target)], capture_output=True).returncode:
        pytest.skip("chattr +i is not permitted here")
    try:
        result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    finally:
        subprocess.run(["chattr", "-i", str(target)], check=True)
    assert result.exit_code == 1
    assert f"{target}: error: cannot write: Operation not permitted" in result.output
    assert files(content, out) == before
    assert leftovers(content, out) == []


def test_old_temporary_cache_files_are_removed_by_the_next_build(tmp_path: Path) -> None:
    content, out = make_content(tmp_path), tmp_path / "build"
    build(content, out, now=1000)
    old = [out / ".cache" / ".embeddings-x.a1b2.tmp", out / ".cache" / "items" / ".item.q1w2.json"]
    fresh = out / ".cache" / ".neighbours-x.z9y8.tmp"  # maybe a lint writing right now: kept
    for path in [*old, fresh]:
        path.write_bytes(b"partial")
    for path in old:
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    (content / "sources" / "doc.txt").write_text(GRILL + "4. What is new? New.\n", encoding="utf-8")
    build(content, out, now=2000)
    assert [p.exists() for p in old] == [False, False] and fresh.exists()


def test_building_into_the_content_folder_itself_does_not_wait_for_itself(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    started = time.monotonic()
    result = build(content, content, wait=5)
    assert result.paths and time.monotonic() - started < 5


def test_staged_files_are_synced_together_and_one_failure_aborts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every staged file is fsynced (in threads, at once) before the journal; a failing one leaves every
    target as it was and no staged file behind."""
    targets = [tmp_path / f"out{n}.txt" for n in range(4)]
    for t in targets:
        t.write_text("old", encoding="utf-8")
    synced: list[str] = []
    real = transaction._fsync_file

    def flaky(path: Path) -> None:
        synced.append(path.name)
        if path.name == ".out2.txt.deckc-new":
            raise OSError(5, "I/O error", str(path))
        real(path)

    monkeypatch.setattr(transaction, "_fsync_file", flaky)
    txn = Transaction(tmp_path)
    for t in targets:
        txn.stage(t, lambda path: path.write_text("new", encoding="utf-8"))
    with pytest.raises(OSError, match="I/O error"):
        txn.commit()
    assert sorted(synced) == sorted(f".{t.name}.deckc-new" for t in targets), "all synced, the failure raised after"
    assert [t.read_text(encoding="utf-8") for t in targets] == ["old"] * 4
    assert not list(tmp_path.glob(".*deckc-new")) and not (tmp_path / JOURNAL_NAME).exists()

    monkeypatch.setattr(transaction, "_fsync_file", real)
    txn = Transaction(tmp_path)
    for t in targets:
        txn.stage(t, lambda path: path.write_text("new", encoding="utf-8"))
    txn.commit()
    assert [t.read_text(encoding="utf-8") for t in targets] == ["new"] * 4


def test_a_renamed_deck_leaves_no_stale_outputs(tmp_path: Path) -> None:
    """trial9: changing [deck] basename left the old name's .apkg/.csv/.json/.pdf in build/, ready to be imported
    by mistake. They go with the swap; a build folder shared with another deck keeps that deck's files."""
    from conftest import deck_of

    from compiler.build import build

    page = "## What is a cell?\n\nThe unit of life.\n"
    content = deck_of(tmp_path / "a", {"bio.md": page}, 'basename = "old"\n')
    other = deck_of(tmp_path / "b", {"chem.md": "## What is an atom?\n\nThe unit of matter.\n"})
    (other / "deck.toml").write_text('[deck]\nname = "Chemistry"\nbasename = "chem"\n', encoding="utf-8")
    out = tmp_path / "out"
    build(content, out, formats=("apkg", "csv", "json"), now=1_000)
    build(other, out, formats=("apkg", "csv", "json"), now=1_000)
    assert {p.name for p in out.iterdir() if not p.name.startswith(".")} >= {"old.apkg", "old.csv", "old.json", "chem.apkg"}
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\nbasename = "new"\n', encoding="utf-8")
    build(content, out, formats=("apkg", "csv", "json"), now=2_000)
    names = {p.name for p in out.iterdir() if not p.name.startswith(".")}
    assert {"new.apkg", "new.csv", "new.json", "chem.apkg", "chem.csv", "chem.json"} <= names
    assert not names & {"old.apkg", "old.csv", "old.json"}, names
