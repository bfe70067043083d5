"""`deckc watch`: a saved edit rebuilds once, with one summary line; its own writes do not trigger rebuilds."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

from compiler.watch import Watcher

CONTENT = Path(__file__).resolve().parent.parent / "content"
SOURCE = "sources/regularization-20-essential-qa.txt"
OLD, NEW = "improves gradient flow, acts as ensemble", "helps gradient flow, acts as an ensemble"


def wait_for(condition: Callable[[], bool], timeout: float = 300.0) -> None:
    """Polls ``condition``: generous, since the 2 cores may be shared with other builds."""
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "timed out"
        time.sleep(0.05)


def save(path: Path, text: str, scratch: Path) -> None:
    """Saves like an editor that writes a new file and renames it over the old one: one event, never a
    half-written file, however slowly this thread runs (a truncate-then-write could be seen in between)."""
    new = scratch / f"{path.name}.saving"
    new.write_text(text, encoding="utf-8")
    os.replace(new, path)


def settled(watcher: Watcher, passes: int = 3, at_least: float = 1.5) -> Callable[[], bool]:
    """True once the watch loop has gone round ``passes`` more times (each handles every event queued
    before it) and ``at_least`` seconds have passed: what the last build wrote has been seen by then."""
    start, ticks = time.monotonic(), watcher.ticks
    return lambda: watcher.ticks >= ticks + passes and time.monotonic() - start >= at_least


def test_watch_rebuilds_after_a_saved_edit_and_ignores_its_own_writes(tmp_path: Path) -> None:
    content, out = tmp_path / "content", tmp_path / "out"
    shutil.copytree(CONTENT, content)
    lines: list[str] = []
    watcher = Watcher(content, out, formats=("json",), echo=lines.append, err=lines.append)
    stop = threading.Event()
    thread = threading.Thread(target=watcher.run, kwargs={"stop": stop, "debounce_ms": 100})
    thread.start()
    try:
        wait_for(lambda: any("watching" in line for line in lines))
        assert sum("rebuilt" in line for line in lines) == 1, lines
        source = content / SOURCE
        save(source, source.read_text(encoding="utf-8").replace(OLD, NEW), tmp_path)
        wait_for(lambda: sum("rebuilt" in line for line in lines) == 2)
        line = next(line for line in reversed(lines) if "rebuilt" in line)
        assert f"after {SOURCE}" in line and "1 updated" in line, line
        manifest = json.loads((out / "regularization.json").read_text(encoding="utf-8"))
        assert any(NEW in n["fields"]["Answer"] for n in manifest["notes"] if "Answer" in n["fields"])
        wait_for(settled(watcher))  # the lock the rebuild wrote must not start another one
        assert sum("rebuilt" in line for line in lines) == 2, lines
        # a broken source: the errors are printed, the outputs stay, the watch goes on
        deck = content / "deck.toml"
        good = deck.read_text(encoding="utf-8")
        save(deck, good + "\n[[source]]\nid = 3\n", tmp_path)
        wait_for(lambda: any("error" in line and "deck.toml" in line for line in lines))
        assert any("outputs left as they were" in line for line in lines)
        save(deck, good, tmp_path)  # back to what the last build read: nothing to do
        wait_for(lambda: any("deckc watch: up to date after deck.toml" in line for line in lines))
        assert sum("rebuilt" in line for line in lines) == 2, lines
    finally:
        stop.set()
        thread.join(120)
    assert not thread.is_alive()


def test_deckc_watch_command_builds_watches_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    code = "from compiler.cli import main; main()"
    # (Ctrl-C as a terminal's foreground job gets it: a suite started in the background by a shell without job
    # control inherits SIGINT ignored, and Python then installs no handler, so the SIGINT below stopped nothing)
    proc = subprocess.Popen(
        [sys.executable, "-c", code, "watch", str(content), "-o", str(tmp_path / "out"), "--only", "csv"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert "deckc watch: rebuilt in" in first and "132 notes" in first, first
        assert "watching" in proc.stdout.readline()
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    assert "deckc watch: stopped" in out and "Traceback" not in err
    assert (tmp_path / "out" / "regularization.csv").is_file()


def test_an_editors_swap_and_backup_files_are_no_reason_to_rebuild(tmp_path: Path) -> None:
    """No build reads them (compiler/sourcefiles.py), so their events are not the user's changes."""
    content = tmp_path / "content"
    (content / "sources" / ".git").mkdir(parents=True)
    watcher = Watcher(content, tmp_path / "out", formats=("json",))
    stray = [".notes.md.swp", "notes.md~", "#notes.md#", ".#notes.md", "notes.md.bak", ".DS_Store", ".git/index"]
    paths = [str(content / "sources" / name) for name in stray]
    real = [str(content / "sources" / "notes.md"), str(content / "deck.toml")]
    assert watcher.relevant([*paths, *real]) == sorted(real)
