"""deckc kept warm between commands: the ``deckc`` program, and the background process it talks to.

A `deckc build` after one edited answer spent most of its time getting ready, not building: starting
Python, importing the compiler (~0.35 s of CPU: pydantic models, ~250 readers, ~1,400 regular
expressions) and loading the embedding model (~0.35 s in its worker), against ~0.3 s of work (issue 13).
`deckc watch` keeps both and rebuilds at ~4× bare genanki; every other command paid them again.

So, as Gradle's daemon or Bazel's server do, the first `build`, `lint`, `stats`, `diff` or `dupes`
runs in its own process as before and then starts this module's server (``python -m compiler.server
serve``) in the background: it imports the compiler, starts the model's worker and waits on a Unix
socket.  The next such command (``deckc`` is :func:`entry`, a client that imports only the standard
library) sends it its arguments, working folder and terminal settings; the server runs the very same
click command (:data:`compiler.cli.main`) in its own process and streams back what it prints and the
exit code.  It runs one command at a time (a second waits), so a served build is the build the
process would have run: same transaction, same caches, same bytes (tested).

- The server stops after :data:`IDLE` seconds without a command (``DECKC_SERVER=<seconds>`` sets it;
  ``DECKC_SERVER=off`` runs every command in its own process and starts no server), after
  :data:`MAX_COMMANDS` commands, after a command that left it and its model's worker holding over
  :data:`MAX_MIB` MiB (a large deck), when deckc's own files or libraries change (it says so and the command
  runs in its own process), and when another server took its socket.
- One server per user, Python, deckc install and deckc setting (the ``DECKC_*`` variables, the
  cache folders): its socket's name is a hash of them, in a folder only the user can open
  (``$XDG_RUNTIME_DIR`` or ``/tmp``, ``deckc-<uid>``).  No socket (Windows), a folder someone else
  owns, a server that does not answer or stops mid-command: the command runs in its own process.
- Ctrl-C in the client is passed on to the command in the server (the build rolls back as it would).

Frames: a request is 8 bytes of length and a JSON object; the server answers with frames of one byte of
kind, 8 bytes of length and a body: ``H`` (JSON ``{"pid": …}``), ``1``/``2`` (bytes for stdout/stderr),
``X`` (JSON exit code) or ``S`` (stale: run it yourself).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import struct
import sys
import time
from pathlib import Path
from typing import Any

ENV = "DECKC_SERVER"  # "off": no server; a number: seconds the server waits for a command before it stops
IDLE = 600.0  # seconds without a command before the server stops (it holds the compiler and the model: ~0.5 GB)
MAX_COMMANDS = 200  # commands one server runs before it stops (the next command starts a fresh one)
MAX_MIB = 1024  # memory (the server and its model's worker) above which it stops after a command, not waiting
CHECK = 2.0  # seconds between the idle server's checks that its socket is still its own
SERVED = frozenset({"build", "lint", "stats", "diff", "dupes"})  # commands that compile; watch keeps its own process
# the client's terminal settings, applied for each command (the rest of the environment is the server's key)
PRESENTATION = ("TERM", "COLORTERM", "COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "CLICOLOR", "CLICOLOR_FORCE",
                "TTY_COMPATIBLE", "TTY_INTERACTIVE", "LANG", "LC_ALL", "LC_CTYPE")
_HEADER = struct.Struct("<Q")


# -- settings and the socket's place ------------------------------------------------------------------


def idle_seconds(environ: dict[str, str] | os._Environ[str] = os.environ) -> float | None:
    """Seconds an idle server waits, or None when there is to be no server (``DECKC_SERVER=off``)."""
    raw = environ.get(ENV, "").strip().lower()
    if raw in ("off", "0", "no", "false"):
        return None
    if not raw:
        return IDLE
    try:
        value = float(raw)
    except ValueError:
        return IDLE
    return value if value > 0 else None


def socket_path() -> str | None:
    """This user's server socket for this Python, deckc install and deckc settings; None where there can be none."""
    if not hasattr(socket, "AF_UNIX") or not hasattr(os, "getuid"):
        return None
    uid = os.getuid()
    folder = os.path.join(os.environ.get("XDG_RUNTIME_DIR") or "/tmp", f"deckc-{uid}")
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    try:
        st = os.lstat(folder)
    except OSError:
        return None
    if st.st_uid != uid or st.st_mode & 0o077 or not os.path.isdir(folder) or os.path.islink(folder):
        return None  # someone else's folder, or one others can enter: no server
    setting = {k: v for k, v in os.environ.items() if k.startswith("DECKC_") and k != ENV}
    key = json.dumps([sys.executable, str(Path(__file__).resolve().parent), sorted(setting.items()),
                      os.environ.get("XDG_CACHE_HOME", ""), os.environ.get("HOME", "")])
    return os.path.join(folder, hashlib.sha256(key.encode()).hexdigest()[:20] + ".sock")


def _served(args: list[str]) -> bool:
    """A command the server runs: the first argument names one, and no help is asked for."""
    return bool(args) and args[0] in SERVED and not any(a in ("-h", "--help") for a in args)


# -- frames -------------------------------------------------------------------------------------------


def _recv_exact(conn: socket.socket, n: int) -> bytes:
    chunks, left = [], n
    while left:
        chunk = conn.recv(min(left, 1 << 20))
        if not chunk:
            raise ConnectionError("closed")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _recv_frame(conn: socket.socket) -> tuple[bytes, bytes]:
    kind = _recv_exact(conn, 1)
    (size,) = _HEADER.unpack(_recv_exact(conn, _HEADER.size))
    return kind, _recv_exact(conn, size)


# -- the client: the `deckc` program ------------------------------------------------------------------


def entry() -> None:
    """``deckc``: a compiling command goes to the server when one is up; otherwise it runs here (and starts one)."""
    args = sys.argv[1:]
    idle = idle_seconds()
    path = socket_path() if idle is not None and _served(args) else None
    if path is not None:
        code = _ask(path)
        if code is not None:
            sys.exit(code)
    from compiler.cli import main

    try:
        main()
    finally:
        if path is not None and idle is not None:
            _start(path, idle)


def _ask(path: str) -> int | None:
    """Run this process's command in the server at ``path``: its exit code, or None to run it here."""
    try:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(path)
    except OSError:
        return None
    size: list[int] = []
    if sys.stderr.isatty() and "COLUMNS" not in os.environ:
        try:
            size = list(os.get_terminal_size(sys.stderr.fileno()))
        except OSError:
            size = []
    request = json.dumps({
        "argv": sys.argv,
        "cwd": os.getcwd(),
        "env": {k: os.environ.get(k) for k in PRESENTATION},
        "tty": [sys.stdout.isatty(), sys.stderr.isatty()],
        "size": size,
    }).encode("utf-8")
    pid = 0
    out, err = sys.stdout.buffer, sys.stderr.buffer
    with conn:
        try:
            conn.sendall(_HEADER.pack(len(request)) + request)
        except OSError:
            return None
        while True:
            try:
                kind, body = _recv_frame(conn)
            except KeyboardInterrupt:  # Ctrl-C: the command in the server is told, and goes on to stop
                if pid:
                    import signal

                    with contextlib.suppress(OSError):
                        os.kill(pid, signal.SIGINT)
                continue
            except (OSError, struct.error):
                if pid:  # it stopped mid-command: the command is run here (a build is all or nothing)
                    err.write(b"deckc: the background deckc stopped; running the command in this process\n")
                    err.flush()
                return None
            if kind == b"H":
                pid = int(json.loads(body).get("pid", 0))
            elif kind in (b"1", b"2"):
                stream = out if kind == b"1" else err
                try:
                    stream.write(body)
                    stream.flush()
                except BrokenPipeError:  # `deckc dupes | head`: the reader left
                    return 1
            elif kind == b"X":
                return int(json.loads(body))
            else:  # "S": deckc changed under the server; it stops, and the command runs here
                return None


def _start(path: str, idle: float) -> None:
    """Start a server at ``path`` in the background (it outlives this process); a failure only means none."""
    import subprocess

    with contextlib.suppress(OSError):
        subprocess.Popen(
            [sys.executable, "-m", "compiler.server", "serve", path, repr(idle)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # the terminal's Ctrl-C is not for it
            close_fds=True,
            cwd="/",
        )


def _control(path: str, what: str) -> int | None:
    """Send the server at ``path`` a control request (``stop``, ``status``): its answer, or None if none answered."""
    try:
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(path)
    except OSError:
        return None
    with conn:
        request = json.dumps({what: True}).encode()
        try:
            conn.sendall(_HEADER.pack(len(request)) + request)
            while True:
                kind, body = _recv_frame(conn)
                if kind == b"X":
                    return int(json.loads(body))
        except (OSError, ValueError, struct.error):
            return None


def commands_run(path: str | None = None) -> int | None:
    """How many commands the server at ``path`` (default: this environment's) ran, or None if none is up."""
    path = path or socket_path()
    return None if path is None else _control(path, "status")


def stop(path: str | None = None, wait: float = 5.0) -> bool:
    """Stop the server at ``path`` (default: this environment's); True if one was running."""
    path = path or socket_path()
    if path is None or _control(path, "stop") is None:
        return False
    deadline = time.monotonic() + wait
    while os.path.exists(path) and time.monotonic() < deadline:
        time.sleep(0.02)
    return True


# -- the server -----------------------------------------------------------------------------------------


class _Sink:
    """One connection's output, sent in frames; writes after the client left are dropped (the command goes on)."""

    def __init__(self, conn: socket.socket) -> None:
        import threading

        self.conn = conn
        self.lock = threading.Lock()  # the progress spinner writes from its own thread
        self.gone = False

    def send(self, kind: bytes, body: bytes) -> None:
        with self.lock:
            if self.gone:
                return
            try:
                self.conn.sendall(kind + _HEADER.pack(len(body)) + body)
            except OSError:
                self.gone = True


def _stream(sink: _Sink, kind: bytes, tty: bool) -> Any:
    """A text stream (sys.stdout / sys.stderr for one command) whose writes go to the client."""
    import io

    class Binary(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            data = bytes(data)
            if data:
                sink.send(kind, data)
            return len(data)

        def isatty(self) -> bool:
            return tty

    class Text(io.TextIOBase):
        encoding = "utf-8"
        errors = "strict"

        def __init__(self) -> None:
            super().__init__()
            self.buffer = Binary()

        def writable(self) -> bool:
            return True

        def write(self, text: str) -> int:
            if not isinstance(text, str):
                raise TypeError(f"write() argument must be str, not {type(text).__name__}")
            if text:
                sink.send(kind, text.encode("utf-8", "surrogateescape"))
            return len(text)

        def isatty(self) -> bool:
            return tty

    return Text()


def _code_stamp() -> str:
    """deckc's files (names, sizes, times) and the times of the folders Python imports from (installing or
    removing a library changes its site-packages folder): a change means a stale server.  Asked before every
    command, so with ``os`` alone (~3 ms; uptodate's stamp with the libraries' versions took ~15 ms)."""
    package = os.path.dirname(os.path.abspath(__file__))
    digest = hashlib.sha256(sys.version.encode())
    for root, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            try:
                st = os.stat(os.path.join(root, name))
            except OSError:
                continue
            digest.update(f"{root}/{name}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    for entry in sys.path:
        try:
            st = os.stat(entry or ".")
        except OSError:
            continue
        digest.update(f"{entry}\0{st.st_mtime_ns}\0".encode())
    return digest.hexdigest()


def _run(request: dict[str, Any], sink: _Sink) -> int:
    """Run one client's command here, with its arguments, folder and terminal; its exit code."""
    from compiler.cli import main

    saved = (os.getcwd(), sys.argv, sys.stdout, sys.stderr, {k: os.environ.get(k) for k in PRESENTATION})
    code: Any = 0
    try:
        os.chdir(request["cwd"])
        for key, value in request.get("env", {}).items():
            if key not in PRESENTATION:
                continue
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        size = request.get("size") or []
        if len(size) == 2:
            os.environ["COLUMNS"], os.environ["LINES"] = str(size[0]), str(size[1])
        tty = request.get("tty", [False, False])
        sys.argv = list(request["argv"])
        sys.stdout, sys.stderr = _stream(sink, b"1", bool(tty[0])), _stream(sink, b"2", bool(tty[1]))
        try:
            main.main(args=sys.argv[1:], prog_name=Path(sys.argv[0]).name or "deckc", standalone_mode=True)
        except SystemExit as exc:
            code = exc.code
        except KeyboardInterrupt:
            code = 130
    except OSError as exc:  # the client's folder is gone
        sink.send(b"2", f"deckc: {exc}\n".encode())
        code = 1
    finally:
        cwd, sys.argv, sys.stdout, sys.stderr, env = saved
        for key, value in env.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        try:
            os.chdir(cwd)
        except OSError:
            os.chdir("/")
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sink.send(b"2", f"{code}\n".encode())
    return 1


def _resident_mib() -> int:
    """The memory this server and its model's worker hold now (Linux; 0 elsewhere): after a large deck (a
    20,000-question build leaves ~700 MB here and ~500 MB in the worker) it stops rather than wait holding it."""
    from compiler import embedworker

    worker = embedworker.started()
    pids = [os.getpid()] + ([worker._proc.pid] if worker is not None and worker._proc is not None else [])
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, ValueError, IndexError):
            continue
    return total >> 20


def _ours(path: str, inode: int) -> bool:
    try:
        return os.stat(path).st_ino == inode
    except OSError:
        return False


def _alive(path: str) -> bool:
    try:
        probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        with probe:
            probe.connect(path)
        return True
    except OSError:
        return False


def serve(path: str, idle: float) -> None:
    """Listen at ``path``, load the compiler and the model, then run commands until idle for ``idle`` seconds."""
    if _alive(path):
        return  # another client started one first
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    staged = f"{path}.{os.getpid()}"
    try:
        listener.bind(staged)
        listener.listen(16)
        os.replace(staged, path)  # a client connecting from now on waits while the compiler loads
    except OSError:
        listener.close()
        return
    inode = os.stat(path).st_ino
    import signal

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # `kill`: its socket is removed on the way out
    try:
        from compiler import embedworker
        from compiler.build import compiler_imported

        compiler_imported()
        import compiler.cli  # noqa: F401  (its commands' modules load on first use, then stay)

        embedworker.keep_between_builds()
        if os.environ.get("DECKC_EMBEDDER", "") != "stub":
            embedworker.start()  # the model loads now, for the next build
        stamp = _code_stamp()
        listener.settimeout(min(CHECK, idle / 2))  # (a server asked to wait a second stops about then)
        last, runs = time.monotonic(), 0
        while runs < MAX_COMMANDS:
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                if time.monotonic() - last > idle or not _ours(path, inode):
                    break
                continue
            except KeyboardInterrupt:  # a Ctrl-C meant for a command that had just ended
                continue
            except OSError:
                break
            conn.settimeout(None)
            stale = False
            with conn:
                sink = _Sink(conn)
                try:
                    (size,) = _HEADER.unpack(_recv_exact(conn, _HEADER.size))
                    request = json.loads(_recv_exact(conn, size))
                except (OSError, ValueError, struct.error, KeyboardInterrupt):
                    continue
                sink.send(b"H", json.dumps({"pid": os.getpid()}).encode())
                if request.get("stop"):
                    sink.send(b"X", b"0")
                    break
                if request.get("status"):  # for tests and the bench: how many commands it ran
                    sink.send(b"X", json.dumps(runs).encode())
                    continue
                if _code_stamp() != stamp:
                    sink.send(b"S", b"deckc changed")
                    break
                try:
                    code = _run(request, sink)
                except KeyboardInterrupt:
                    code = 130
                except Exception as exc:  # a request that is no command: said, and the server goes on
                    sink.send(b"2", f"deckc: bad request to the background deckc ({type(exc).__name__})\n".encode())
                    code = 2
                sink.send(b"X", json.dumps(code).encode())
                stale = stale or not _ours(path, inode)
            last, runs = time.monotonic(), runs + 1
            if stale or _resident_mib() > MAX_MIB:
                break
    finally:
        if _ours(path, inode):
            with contextlib.suppress(OSError):
                os.unlink(path)
        listener.close()


def main(argv: list[str]) -> None:
    """``python -m compiler.server serve PATH IDLE`` (what a client starts), ``stop`` or ``status`` (this environment's server)."""
    if argv[:1] == ["serve"] and len(argv) == 3:
        serve(argv[1], float(argv[2]))
    elif argv[:1] == ["stop"]:
        print("stopped" if stop() else "no server was running")
    elif argv[:1] == ["status"]:
        ran = commands_run()
        print("no server is running" if ran is None else f"running; {ran} commands served")
    else:
        print("usage: python -m compiler.server serve PATH IDLE | stop | status", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
