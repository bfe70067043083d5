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
    for old in renamed_outputs(deck, build_dir):
        txn.remove(old)
    return paths


# what a build writes besides '<basename>.pdf' per section: '<basename>-01-<section>.pdf'
_OUTPUT_ENDINGS = (".apkg", ".csv", ".json", ".pdf", "-retired.apkg", "-questions.pdf")


def renamed_outputs(deck: Deck, build_dir: Path) -> list[Path]:
    """The outputs an earlier build of this deck wrote under another ``basename`` (its manifest names the same
    Anki deck id): removed with the swap, so build/ never offers the old name's stale .apkg to import (trial9).
    A build folder shared by two decks keeps the other deck's files (another deck id)."""
    import json

    found: list[Path] = []
    for manifest in sorted(build_dir.glob("*.json")):
        stem = manifest.name[: -len(".json")]
        if stem == deck.basename or stem.startswith("."):
            continue
        try:
            with manifest.open(encoding="utf-8") as f:
                head = json.load(f).get("deck", {})
        except (OSError, ValueError, AttributeError):
            continue
        if not isinstance(head, dict) or head.get("id") != deck.id:
            continue
        found += [p for p in build_dir.iterdir() if p.name.startswith(stem) and _own(p.name, stem)]
    return sorted(set(found))


def _own(name: str, stem: str) -> bool:
    """Whether ``name`` is one of the files a build with that basename writes."""
    rest = name[len(stem) :]
    return rest in _OUTPUT_ENDINGS or (rest.startswith("-") and rest.endswith(".pdf") and rest[1:3].isdigit())

