"""Cache files that are verified before use and discarded, with a notice, when they are bad.

Every cache under ``build/.cache`` is an optimisation only: a truncated,
flipped-byte, empty or hand-edited file must never crash a build or change
what it outputs.  :func:`save_npz` writes arrays with a header recording the
cache's kind and format version and a sha256 of every array (name, dtype,
shape, bytes); :func:`load_npz` checks all of it (plus a cache-specific
``check``) and returns None for anything that does not match.  A file from
another format version is dropped quietly; a damaged one is reported with
:func:`discard` and removed, so the next build rebuilds it.

Notices go to the collector of the running command (:func:`collect`), which
prints them as ``deckc: …`` lines: they are about deckc's own files, not the
content, so they never reach the manifest's warnings.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    import numpy as np

META = "__deckc__"
_sink: ContextVar[list[str] | None] = ContextVar("deckc_cache_notices", default=None)


@contextlib.contextmanager
def collect() -> Iterator[list[str]]:
    """Collect cache notices raised while the block runs (instead of printing them at once)."""
    notices: list[str] = []
    token = _sink.set(notices)
    try:
        yield notices
    finally:
        _sink.reset(token)


def announce(message: str) -> None:
    """Say at once, on stderr whether or not it is a terminal, why the command is about to take long.

    One line, printed when the long work starts (a notice collected for the end would come too late).
    """
    print(f"deckc: {message}", file=sys.stderr, flush=True)


def discard(path: Path, why: str) -> None:
    """Report a damaged cache file and remove it; the build recomputes what it held."""
    notice(f"{path}: cache damaged ({why}); ignored and rebuilt, outputs are unaffected")
    with contextlib.suppress(OSError):
        path.unlink()


def notice(message: str) -> None:
    """Say ``message`` about one of deckc's own files: to the running command's collector (once), else on stderr."""
    sink = _sink.get()
    if sink is None:
        print(f"deckc: {message}", file=sys.stderr)
    elif message not in sink:
        sink.append(message)


def why(exc: BaseException) -> str:
    """The reason a damaged cache file gives, for :func:`discard`: the error's type and first line
    (a damaged zip raises anything from BadZipFile to zlib.error, so the type says what broke)."""
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0]}"[:120] if text else type(exc).__name__


def write_atomic(
    path: Path, data: bytes | Callable[[BinaryIO], None], *, mode: int | None = None, suffix: str = ".tmp"
) -> None:
    """Replace ``path`` with ``data`` through a temporary file and a rename: a reader (or a crash)
    sees the old file or the new one, never half of one.

    ``data``: the bytes, or a function writing them to the open file (large arrays are not copied
    in memory first); ``mode``: the file's permissions (a temporary file is private, 0600).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, bytes):
                fh.write(data)
            else:
                data(fh)
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def checked(body: bytes) -> bytes:
    """``body`` behind a line holding its sha256: the form :func:`read_checked` verifies."""
    return hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def write_checked(path: Path, body: bytes) -> None:
    """Write JSON ``body`` atomically behind its checksum line."""
    write_atomic(path, checked(body))


def read_checked(path: Path) -> Any:
    """The JSON a :func:`write_checked` file holds, or None when there is no (readable) file.

    Raises ValueError when the file is damaged (checksum or JSON); the caller validates what
    it holds and calls :func:`discard` for either.
    """
    body = read_checked_bytes(path)
    return None if body is None else json.loads(body)


def read_checked_bytes(path: Path) -> bytes | None:
    """The body a :func:`checked` file holds, or None when there is no (readable) file.

    Raises ValueError when the checksum line does not match the body.
    """
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    head, _, body = raw.partition(b"\n")
    if hashlib.sha256(body).hexdigest().encode() != head:
        raise ValueError("checksum mismatch")
    return body


class Memo:
    """Texts worked out from texts (highlighted code, repaired text), kept between builds in one checked
    file: read when a build starts, written after its outputs are in place with what it looked up.

    The file is keyed as a whole by deckc's code and library versions: one from another deckc is
    dropped without a word, a damaged one with a notice (:func:`discard`).  Only the entries a
    build used are written back, so the file never keeps texts that are gone.
    """

    def __init__(self, path: Path | None, check: Callable[[str], bool] = lambda value: True) -> None:
        """``check``: whether a kept value may be used at all (a file whose checksum was recomputed
        after an edit must still not smuggle anything in); one failing entry discards the file."""
        self.path = path
        self.loaded: dict[str, str] = {}
        self.used: dict[str, str] = {}
        if path is None or not path.is_file():
            return
        from compiler.uptodate import code_fingerprint

        try:
            if path.read_bytes()[:1] == b"{":
                return  # the unchecked format of deckc before 2026-12: start over without a word
            data = read_checked(path)
            if data["code"] != code_fingerprint():
                return  # another deckc or library: start over without a word
            entries = data["entries"]
            if not all(isinstance(k, str) and isinstance(v, str) for k, v in entries.items()):
                raise ValueError("not text")
            if not all(check(v) for v in entries.values()):
                raise ValueError("an entry fails its check")
            self.loaded = entries
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            discard(path, why(exc))

    def get(self, key: str) -> str | None:
        """The text kept for ``key`` (this build's, else the last build's); None if there is none."""
        value = self.used.get(key)
        return self.loaded.get(key) if value is None else value

    def put(self, key: str, value: str) -> None:
        """Keep ``value`` for ``key``; call it for every key the build uses, found or new."""
        self.used[key] = value

    def save(self) -> None:
        """Write what this build used, if it differs from the file (nothing to write: no write)."""
        if self.path is None or self.used == self.loaded:
            return
        from compiler.uptodate import code_fingerprint

        entries = dict(sorted(self.used.items()))
        write_checked(self.path, json.dumps({"code": code_fingerprint(), "entries": entries}, ensure_ascii=False).encode())
        self.loaded = dict(self.used)


def digest(arrays: Mapping[str, np.ndarray]) -> str:
    import numpy as np

    h = hashlib.sha256()
    for name in sorted(arrays):
        a = np.ascontiguousarray(arrays[name])
        h.update(f"{name}\0{a.dtype.str}\0{a.shape}\0".encode())
        h.update(a.tobytes())
    return h.hexdigest()


def save_npz(path: Path, kind: str, version: int, arrays: Mapping[str, np.ndarray]) -> None:
    """Write arrays and their header atomically (a crash leaves the previous file)."""
    import numpy as np

    meta = {"kind": kind, "version": version, "sha256": digest(arrays), "arrays": sorted(arrays)}
    header = np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8)
    write_atomic(path, lambda fh: np.savez(fh, **{META: header}, **arrays))


def load_npz(
    path: Path | None,
    kind: str,
    version: int,
    check: Callable[[dict[str, np.ndarray]], str | None] = lambda arrays: None,
) -> dict[str, np.ndarray] | None:
    """The arrays :func:`save_npz` wrote, verified; None when absent, from another version, or damaged.

    ``check`` returns why the (checksum-correct) arrays are unusable, or None.
    """
    if path is None or not path.is_file():
        return None
    import numpy as np

    try:
        with np.load(path, allow_pickle=False) as data:
            if META not in data.files:
                path.unlink(missing_ok=True)  # written by an older deckc: rebuilt without a word
                return None
            meta = json.loads(bytes(data[META]).decode("utf-8"))
            if meta.get("kind") != kind or meta.get("version") != version:
                return None
            arrays = {name: data[name] for name in meta["arrays"]}
    except Exception as exc:  # a damaged zip raises BadZipFile, EOFError, ValueError, zlib.error, …
        discard(path, why(exc))
        return None
    if digest(arrays) != meta.get("sha256"):
        discard(path, "checksum mismatch")
        return None
    try:
        problem = check(arrays)
    except Exception as exc:
        problem = why(exc)
    if problem:
        discard(path, problem)
        return None
    return arrays
