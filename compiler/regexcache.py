"""Compiled regular expressions kept per user, so a fresh deckc process does not compile ~1,400 again.

Why: the readers, passes and their libraries compile about 1,400 expressions when the compiler is
imported, and Python's ``re`` parses and compiles each in pure Python every process: about 40 % of
the import's CPU (0.55 of a 1.25 s one-edit build's main thread, load 12).  What ``re`` builds from a
pattern is a list of integers (the matcher's code) that depends only on the pattern, its flags and
the Python build, and ``_sre.compile`` makes the very same pattern object from it at once (``_sre``
checks the code it is given; two patterns are ``==`` only when pattern, flags and code are equal).

:func:`install` wraps ``re._compiler.compile``: a pattern found in the user's file is made from its
kept code; any other is compiled by ``re`` as before and, when the process exits, its code is added
to the file (only when compiling the missing ones took long enough to be worth a write, and only if
that code gives a pattern equal to ``re``'s).  The code is the very list ``re`` made while compiling it
(``re._compiler._code``'s result, kept per thread): making it again at exit parsed and compiled every missing
pattern a second time, 1.4 s of CPU after a first build compiled 2,400 of them in 0.95 s (load 9).  The file is keyed by the Python build and
``_sre``'s version and checksummed; a damaged, foreign or unreadable file is ignored and replaced,
an entry that ``_sre`` refuses is compiled by ``re``.  A pattern made once is kept for the process: ``re``'s own
cache holds 512 and the readers use ~4,000, so without it a long process (a test worker, ``deckc watch``) compiled
the ones ``re`` had dropped again and again.  The first process that finds no file pays about as much
again once, at its exit, to write it (each missing pattern's code is made again and checked).  It lives in the user's deckc folder
(:func:`compiler.vectorstore.folder`; ``DECKC_VECTOR_CACHE=off`` keeps none).  Nothing about what a
pattern matches changes: only the time to make it.
"""

from __future__ import annotations

import array
import atexit
import contextlib
import hashlib
import marshal
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

FORMAT = 1
LIMIT = 20_000  # entries; above it the file keeps only what the last process used
WORTH = 0.02  # seconds of compiling missing patterns that make a rewrite of the file worth it

Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_installed: _Cache | None = None


def _tag() -> str | None:
    """What the kept code depends on besides the pattern and its flags; None where ``re`` is not as expected."""
    try:
        import _sre
        from re import _compiler, _parser  # noqa: F401  (Python 3.11+)
    except ImportError:
        return None
    return f"{FORMAT}|{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.byteorder}"


class _Cache:
    def __init__(self, path: Path, tag: str, table: dict[tuple[str | bytes, int], Entry]) -> None:
        self.path, self.tag, self.table = path, tag, table
        self.used: set[tuple[str | bytes, int]] = set()
        self.missed: dict[tuple[str | bytes, int], Any] = {}  # key -> the pattern re compiled
        self.codes: dict[tuple[str | bytes, int], list[int]] = {}  # key -> the code re made for it (see _made)
        self.miss_time = 0.0
        self.made: dict[tuple[str | bytes, int], Any] = {}  # key -> the pattern made from kept code this process

    def compile(self, real: Any, p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str | bytes):
            return real(p, flags)
        key = (p, int(flags))
        # made before in this process and dropped since from re's own cache (512 patterns; the readers use ~4,000):
        # the same pattern object again, not a second compile (patterns are immutable)
        again = self.made.get(key) or self.missed.get(key)
        if again is not None:
            return again
        entry = self.table.get(key)
        if entry is not None:
            try:
                import _sre

                final, code, groups, groupindex, indexgroup = entry
                pattern = _sre.compile(p, final, array.array("I", code).tolist(), groups, groupindex, indexgroup)
                self.used.add(key)
                if len(self.made) < LIMIT:
                    self.made[key] = pattern
                return pattern
            except Exception:  # a damaged entry: compiled as usual, and not kept again
                self.table.pop(key, None)
        t0 = time.perf_counter()
        _made.code = None
        pattern = real(p, flags)
        code, _made.code = _made.code, None
        self.miss_time += time.perf_counter() - t0
        if not int(flags) & 128:  # re.DEBUG prints while compiling: never skip that
            self.missed[key] = pattern
            if code is not None:
                self.codes[key] = code
        return pattern

    def save(self) -> None:
        """Add the missing patterns' code to the file, when that is worth a write; failing is harmless."""
        if not self.missed or self.miss_time < WORTH:
            return
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        try:
            added = {key: e for key, pat in list(self.missed.items()) if (e := _entry(key, pat, self.codes.get(key))) is not None}
            table = self.table if len(self.table) + len(added) <= LIMIT else {k: self.table[k] for k in self.used if k in self.table}
            table.update(added)
            payload = marshal.dumps(table)
            blob = marshal.dumps((self.tag, hashlib.blake2b(payload, digest_size=16).digest(), payload))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(blob)
            os.replace(tmp, self.path)
        except Exception:  # a full disk, a folder not ours: the next process compiles them again
            with contextlib.suppress(OSError):
                tmp.unlink()


def _entry(key: tuple[str | bytes, int], pattern: Any, made: list[int] | None = None) -> Entry | None:
    """The kept form of ``pattern``: its code (``made`` when compiling it, else made again), checked to give an
    equal pattern."""
    import _sre
    from re import _compiler, _parser

    p, flags = key
    code = [int(c) for c in (made if made is not None else _compiler._code(_parser.parse(p, flags), flags))]
    indexgroup: list[str | None] = [None] * (pattern.groups + 1)
    for name, i in pattern.groupindex.items():
        indexgroup[i] = name
    groupindex = dict(pattern.groupindex)
    if _sre.compile(p, pattern.flags, code, pattern.groups, groupindex, tuple(indexgroup)) != pattern:
        return None
    return int(pattern.flags), array.array("I", code).tobytes(), pattern.groups, groupindex, tuple(indexgroup)


def _load(path: Path, tag: str) -> dict[tuple[str | bytes, int], Entry]:
    """The kept table, or an empty one for a missing, damaged or foreign file."""
    try:
        kept_tag, digest, payload = marshal.loads(path.read_bytes())
        if kept_tag != tag or hashlib.blake2b(payload, digest_size=16).digest() != digest:
            return {}
        table = marshal.loads(payload)
        return table if isinstance(table, dict) else {}
    except Exception:
        return {}


_made = threading.local()  # .code: the code re._compiler._code last made in this thread (see install)


def _keep_code(real: Any) -> Any:
    """``re._compiler._code`` that also leaves what it made in :data:`_made` (``compile`` calls it once per pattern,
    then hands that list to ``_sre.compile``)."""

    def _code(p: Any, flags: int) -> Any:
        code = real(p, flags)
        _made.code = code
        return code

    return _code


def install(folder: Path | None) -> None:
    """Make patterns from the code kept in ``folder`` (None: keep nothing); once per process."""
    global _installed
    tag = _tag()
    if _installed is not None or folder is None or tag is None:
        return
    from re import _compiler

    name = f"regex-{hashlib.blake2b(tag.encode(), digest_size=6).hexdigest()}.marshal"
    cache = _Cache(folder / name, tag, _load(folder / name, tag))
    real = _compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:
        return cache.compile(real, p, flags)

    _compiler.compile = compile
    _compiler._code = _keep_code(_compiler._code)
    _installed = cache
    atexit.register(cache.save)
