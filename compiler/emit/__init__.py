"""Output backends, one module per format, like Sphinx builders.

Each backend has ``FORMAT`` (the ``--only`` name), ``filename(deck)`` and
``write(deck, path)``.  A backend that takes options or writes several
files (the PDF sheet: ``--per-section``) also has ``outputs(deck, options)``,
returning ``(filename, writer)`` pairs; options are passed per format.

:func:`write_outputs` has every backend write to a temporary file in the
build dir and renames them into place only after all of them succeeded, so a failed build never leaves a partial or mixed set of
files.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Mapping
from importlib import import_module
from pathlib import Path
from typing import Protocol

from compiler.model import Deck

#: format name -> backend module, in the order outputs are written
BACKENDS: dict[str, str] = {
    "apkg": "compiler.emit.apkg",
    "csv": "compiler.emit.csv",
    "json": "compiler.emit.manifest",
    "pdf": "compiler.emit.pdf",
    "retired": "compiler.emit.retired",
}
DEFAULT_FORMATS: tuple[str, ...] = tuple(BACKENDS)


class Backend(Protocol):
    FORMAT: str

    def filename(self, deck: Deck) -> str | None: ...  # None: nothing to write for this deck

    def write(self, deck: Deck, path: Path) -> None: ...


def backend(fmt: str) -> Backend:
    return import_module(BACKENDS[fmt])  # type: ignore[return-value]


def _files(fmt: str, deck: Deck, options: object) -> list[tuple[str, Callable[[Path], None]]]:
    """The files one backend writes, each with the function that writes it."""
    mod = backend(fmt)
    outputs = getattr(mod, "outputs", None)
    if outputs is not None:
        return outputs(deck, options)
    name = mod.filename(deck)
    if name is None:  # nothing to write this time (e.g. no retired notes)
        return []
    return [(name, lambda path: mod.write(deck, path))]


def write_outputs(
    deck: Deck,
    build_dir: Path,
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    progress: Callable[[str], None] | None = None,
    options: Mapping[str, object] | None = None,
) -> list[Path]:
    """Write every requested format; all files appear together or none do.

    Everything is written to temporary files first; the renames happen only
    after every backend succeeded and every target was checked to be
    replaceable, so a failure leaves the previous build untouched.
    ``options`` maps a format to its backend's options (e.g. ``{"pdf": PdfOptions(...)}``).
    """
    build_dir.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    mode = _file_mode()
    try:
        for fmt in formats:
            for name, write in _files(fmt, deck, (options or {}).get(fmt)):
                final = build_dir / name
                if final.is_dir():
                    raise IsADirectoryError(21, "a directory is in the way", str(final))
                fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=build_dir)
                os.close(fd)
                staged.append((Path(tmp), final))
                if progress:
                    progress(f"writing {final.name}")
                write(Path(tmp))
                os.chmod(tmp, mode)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in staged:
        os.replace(tmp, final)
    return [final for _, final in staged]


def _file_mode() -> int:
    """The mode a normally created file gets (0644 under the usual umask); mkstemp uses 0600."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
