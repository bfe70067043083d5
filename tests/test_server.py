"""deckc kept warm between commands (compiler/server.py): a command the server runs prints, exits and writes
exactly what the same command run in its own process does; the server stops when idle, on request, and never
starts with DECKC_SERVER=off."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from compiler import server

DECKC = str(Path(sys.executable).parent / "deckc")

QA = """# Biology

## What is osmosis?
The movement of water across a semi-permeable membrane, from low to high solute concentration.

## What does the mitochondrion do?
It makes most of the cell's ATP by respiration.

## What is a ribosome?
The site of protein synthesis.
"""


@pytest.fixture
def runtime() -> Iterator[dict[str, str]]:
    """An environment with the server on (idle 60 s) and its socket in a folder of this test's own (short:
    a socket's path has at most ~107 bytes); the server is stopped afterwards."""
    folder = tempfile.mkdtemp(prefix="dks", dir="/tmp")
    env = {**os.environ, "DECKC_SERVER": "60", "XDG_RUNTIME_DIR": folder}
    yield env
    subprocess.run([sys.executable, "-m", "compiler.server", "stop"], env=env, capture_output=True, timeout=60)
    shutil.rmtree(folder, ignore_errors=True)


def deck_of(folder: Path) -> Path:
    """A deck folder with one page of questions and its own build/ (where deckc writes by default)."""
    (folder / "sources").mkdir(parents=True)
    (folder / "build").mkdir()
    (folder / "sources" / "bio.md").write_text(QA, encoding="utf-8")
    (folder / "deck.toml").write_text('[deck]\nname = "Bio"\n', encoding="utf-8")
    return folder


def socket_of(env: dict[str, str]) -> str:
    code = "from compiler import server; print(server.socket_path())"
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True, cwd="/").stdout.strip()


def served(env: dict[str, str]) -> int | None:
    """Commands the environment's server ran, once it answers (None if none comes up within 60 s)."""
    path = socket_of(env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ran = server.commands_run(path)
        if ran is not None:
            return ran
        time.sleep(0.05)
    return None


def deckc(env: dict[str, str], *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([DECKC, *args], env=env, capture_output=True, text=True, cwd=cwd, timeout=300)


def test_a_served_command_prints_exits_and_writes_what_its_own_process_does(tmp_path: Path, runtime: dict[str, str]) -> None:
    deck = deck_of(tmp_path / "deck")
    first = deckc(runtime, "build", str(deck))  # no server yet: runs here, then starts one
    assert first.returncode == 0, first.stderr
    assert served(runtime) == 0

    source = deck / "sources" / "bio.md"
    source.write_text(QA.replace("by respiration", "by aerobic respiration"), encoding="utf-8")
    twin = tmp_path / "twin"
    shutil.copytree(deck, twin, ignore=shutil.ignore_patterns("build"))
    (twin / "build").mkdir()
    shutil.copytree(deck / "build" / ".cache", twin / "build" / ".cache")

    warm = deckc(runtime, "build", str(deck))
    assert served(runtime) == 1  # this one ran in the server
    alone = deckc({**runtime, "DECKC_SERVER": "off"}, "build", str(twin))
    assert served(runtime) == 1
    assert (warm.returncode, alone.returncode) == (0, 0), warm.stderr + alone.stderr
    assert "0 new, 1 updated, 2 unchanged" in warm.stdout
    assert warm.stdout.replace(str(deck), "DECK") == alone.stdout.replace(str(twin), "DECK")
    assert warm.stderr.replace(str(deck), "DECK") == alone.stderr.replace(str(twin), "DECK")
    for name in ("bio.csv", "bio.json"):  # (the .apkg and the lock stamp the second of the build)
        assert (deck / "build" / name).read_bytes() == (twin / "build" / name).read_bytes(), name
    assert "aerobic respiration" in (deck / "build" / "bio.csv").read_text(encoding="utf-8")

    # the commands that read the build's caches, from another working folder, relative paths included
    for args in (["lint", "deck"], ["stats", "deck"], ["diff", "deck"], ["dupes", "deck"], ["stats", "deck", "--json"]):
        ran_before = served(runtime)
        warm = deckc(runtime, *args, cwd=tmp_path)
        assert served(runtime) == ran_before + 1
        alone = deckc({**runtime, "DECKC_SERVER": "off"}, *args, cwd=tmp_path)
        assert (warm.returncode, warm.stdout, warm.stderr) == (alone.returncode, alone.stdout, alone.stderr), args


def test_a_failing_build_in_the_server_says_file_and_line_and_writes_nothing(tmp_path: Path, runtime: dict[str, str]) -> None:
    deck = deck_of(tmp_path / "deck")
    assert deckc(runtime, "build", str(deck)).returncode == 0
    assert served(runtime) == 0
    before = {p.name: p.read_bytes() for p in (deck / "build").iterdir() if p.is_file()}
    (deck / "deck.toml").write_text('[deck]\nname = "Bio"\nname = "again"\n', encoding="utf-8")
    warm = deckc(runtime, "build", str(deck))
    assert served(runtime) == 1
    alone = deckc({**runtime, "DECKC_SERVER": "off"}, "build", str(deck))
    assert warm.returncode == alone.returncode == 1
    assert warm.stderr == alone.stderr
    assert "deck.toml:3" in warm.stderr and "nothing was written" in warm.stderr
    assert {p.name: p.read_bytes() for p in (deck / "build").iterdir() if p.is_file()} == before
    # a usage error is click's, as in its own process
    warm, alone = deckc(runtime, "build", str(deck), "--paper", "a5"), deckc({**runtime, "DECKC_SERVER": "off"}, "build", str(deck), "--paper", "a5")
    assert warm.returncode == alone.returncode == 2 and warm.stderr == alone.stderr


def test_the_server_stops_when_idle_and_none_starts_when_off(tmp_path: Path, runtime: dict[str, str]) -> None:
    deck = deck_of(tmp_path / "deck")
    off = {**runtime, "DECKC_SERVER": "off"}
    assert deckc(off, "build", str(deck)).returncode == 0
    time.sleep(0.5)
    sockets = Path(runtime["XDG_RUNTIME_DIR"]) / f"deckc-{os.getuid()}"
    assert not sockets.exists() or not os.listdir(sockets)

    brief = {**runtime, "DECKC_SERVER": "1"}
    assert deckc(brief, "stats", str(deck)).returncode == 0
    path = socket_of(brief)
    assert served(brief) == 0
    deadline = time.monotonic() + 30
    while os.path.exists(path) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not os.path.exists(path)  # idle for a second (checked every half second): gone
    assert server.commands_run(path) is None


def test_settings() -> None:
    assert server.idle_seconds({}) == server.IDLE
    assert server.idle_seconds({"DECKC_SERVER": "off"}) is None
    assert server.idle_seconds({"DECKC_SERVER": "0"}) is None
    assert server.idle_seconds({"DECKC_SERVER": "30"}) == 30.0
    assert server._served(["build", "content"]) and server._served(["dupes"])
    assert not server._served(["watch", "content"]) and not server._served(["init", "x"])
    assert not server._served(["build", "--help"]) and not server._served(["--version"]) and not server._served([])


def test_a_server_whose_deckc_changed_stops_and_the_command_runs_in_its_own_process(tmp_path: Path, runtime: dict[str, str]) -> None:
    """deckc's files changed under a running server (an upgrade, a developer's edit): the next command is run by
    its own process, with the new code, and the stale server stops."""
    package = tmp_path / "code" / "compiler"
    shutil.copytree(Path(server.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    env = {**runtime, "PYTHONPATH": str(package.parent)}
    client = [sys.executable, "-c", "import sys; sys.argv[0] = 'deckc'; from compiler.server import entry; entry()"]
    deck = deck_of(tmp_path / "deck")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        # (from another folder: `python -c` puts its working folder before PYTHONPATH)
        return subprocess.run([*client, *args], env=env, capture_output=True, text=True, timeout=300, cwd=tmp_path)

    assert run("build", str(deck)).returncode == 0
    path = socket_of(env)
    assert path != socket_of(runtime) and served(env) == 0  # this copy's own server
    assert run("stats", str(deck)).returncode == 0 and served(env) == 1
    cli = package / "cli.py"  # the new code says so when it is imported: by this command's own process, not a server
    cli.write_text(cli.read_text(encoding="utf-8") + "\nsys.stderr.write('new code\\n')\n", encoding="utf-8")
    stale = run("stats", str(deck))
    assert stale.returncode == 0 and "items" in stale.stdout, stale.stdout + stale.stderr
    assert stale.stderr.startswith("new code"), stale.stderr
    # the stale server (2 commands run) is gone: none answers, or a new one of the new code that has run none
    assert server.commands_run(path) in (None, 0)
    subprocess.run([sys.executable, "-m", "compiler.server", "stop"], env=env, capture_output=True, timeout=60, cwd="/")


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="reads /proc (Linux)")
def test_the_memory_a_server_holds_is_read() -> None:
    """What the server compares with MAX_MIB after each command (it stops rather than wait holding a large deck's),
    read in a process of its own (this test's worker holds what every test before it loaded)."""
    code = "from compiler import server; print(server._resident_mib())"
    held = int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd="/").stdout)
    assert 5 < held < server.MAX_MIB
