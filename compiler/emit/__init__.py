"""Output backends, one module per format, like Sphinx builders.

Each backend has ``FORMAT`` (the ``--only`` name), ``filename(deck)`` and
``write(deck, path)``.  A backend that takes options or writes several
files (the PDF sheet: ``--per-section``) also has ``outputs(deck, options)``,
returning ``(filename, writer)`` pairs; options are passed per format.

:func:`stage_outputs` has every backend write into a
:class:`~compiler.transaction.Transaction`, which swaps them in together
with the lock only after all of them succeeded, so a failed build never
leaves a partial or mixed set of files.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from compiler.transaction import Transaction

if TYPE_CHECKING:  # the model (pydantic) loads only when a backend runs: a no-change build needs neither
    from compiler.model import Deck

@dataclass(frozen=True)
class SheetLayout:
    """The cheat sheet's layout options (``PdfOptions`` adds where warnings and formulas go); here, in a
    module with no heavy imports, so the build's up-to-date check knows their defaults without Typst."""

    per_section: bool = False
    questions_only: bool = False
    paper: str = "a4"


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


def stage_outputs(
    txn: Transaction,
    deck: Deck,
    build_dir: Path,
    formats: tuple[str, ...] = DEFAULT_FORMATS,
    progress: Callable[[str], None] | None = None,
    options: Mapping[str, object] | None = None,
) -> list[Path]:
    """Stage every requested format in ``txn``; return the files this build consists of.

    A backend with nothing to write this time (no retired notes) has its
    previous file removed with the swap (``stale(deck)``), so a stale
    ``-retired.apkg`` does not survive a lock reset.
    ``options`` maps a format to its backend's options (e.g. ``{"pdf": PdfOptions(...)}``).
    """
    build_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    # every backend's writers first: a backend may start its slow work now, in a thread (the PDF sheet)
    files = [(fmt, _files(fmt, deck, (options or {}).get(fmt))) for fmt in formats]
    for fmt, writers in files:
        for name, write in writers:
            final = build_dir / name
            if progress:
                progress(f"writing {final.name}")
            txn.stage(final, write)
            paths.append(final)
        for name in getattr(backend(fmt), "stale", lambda deck: [])(deck):
            txn.remove(build_dir / name)
    return paths

