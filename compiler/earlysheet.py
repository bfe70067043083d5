"""The cheat sheet typeset early, from the deck as it is if no merge changed.

A build knows its notes only after duplicate detection, and the sheet is
typeset from the notes: on a small rebuild (one edited answer) Typst was
the last ~0.2 s of the build, after everything else.  But the lock says how
the last build merged the items, and an edit seldom changes that.  So
:func:`~compiler.pipeline.compile_content` hands :func:`typeset_early`'s
callback the deck as it is if the lock's merges still hold
(:func:`~compiler.pipeline.guessed_groups`), right after reading, and the
sheet of that deck is typeset in a thread (Typst releases the GIL) while
duplicates are looked for and the other outputs are written.

That sheet is only a guess.  :class:`EarlySheets` hands it to the real
sheet only when the real sheet data (what Typst is given, byte for byte,
with the date: the key of :class:`~compiler.emit.pdf.SheetCache`) are the
same as the guess's, so the PDF is always the one Typst makes from the real
deck; otherwise the guess is dropped and the real sheet typeset as before
(after the guess: one Typst compile at a time per process).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import threading
from collections.abc import Callable
from pathlib import Path

from compiler.emit import pdf as backend
from compiler.emit.pdf import PdfOptions, SheetCache
from compiler.model import Deck

SHARED_DIR = "sheets"  # in the user's folder (EarlySheets' ``shared``)
SHARED_MAX = 256 * 2**20  # bytes of sheets and parts kept there; the least recently used go first


class _UserSheets(SheetCache):
    """The build's kept sheets, then the user's: ``shared`` (``~/.cache/deckc``, where the vectors are
    kept) holds the sheets and parts any build there typeset, so an empty ``build/``, a second build
    folder or an edit undone finds its sheet typeset (the seed deck's ~0.25 s of Typst, a 2,000-note
    deck's ~1.5 s).  Read like the build's own (sha256 line, checked; a damaged one is removed)."""

    def __init__(self, folder: Path | None, shared: Path | None = None) -> None:
        super().__init__(folder)
        self.shared = shared / SHARED_DIR if shared else None

    def _get(self, name: str) -> bytes | None:
        found = super()._get(name)
        if found is not None or self.shared is None:
            return found
        from compiler import cachefile

        path = self.shared / name
        try:
            found = cachefile.read_checked_bytes(path)
        except ValueError as exc:
            cachefile.discard(path, cachefile.why(exc))
            return None
        if found is not None:
            with contextlib.suppress(OSError):
                os.utime(path)  # used now: the last to go
        return found


class EarlySheets(_UserSheets):
    """The build's :class:`~compiler.emit.pdf.SheetCache`, which also knows the sheets typeset early."""

    def __init__(self, folder: Path | None, shared: Path | None = None) -> None:
        super().__init__(folder, shared)
        self.early: dict[str, bytes] = {}  # key -> PDF typeset from the guess (its SheetCache.used)
        self.early_parts: dict[str, bytes] = {}  # part key -> part typeset from the guess (its used_parts)

    def get(self, key: str) -> bytes | None:
        kept = self.early.get(key)
        if kept is None:
            return super().get(key)
        with self.lock:  # the guess is the sheet: the parts it was joined from are this build's parts, kept too
            self.used_parts.update(self.early_parts)
        return kept

    def get_part(self, key: str) -> bytes | None:
        """A part of a large sheet (``CACHED_PARTS_ABOVE`` notes or more): the guess's when the part's data
        are the same, so a wrong guess still spares the parts it got right."""
        kept = self.early_parts.get(key)
        return kept if kept is not None else super().get_part(key)

    def save(self) -> None:
        """The build's sheets as before; those the user's folder lacks are added there (an optimisation only)."""
        kinds = {"sheet": dict(self.used), "sheetpart": dict(self.used_parts)}
        super().save()
        if self.shared is None:
            return
        from compiler import cachefile

        with contextlib.suppress(OSError):
            self.shared.mkdir(parents=True, exist_ok=True)
            for kind, used in kinds.items():
                for key, pdf in used.items():
                    path = self.shared / f"{kind}-{key}.pdf"
                    if not path.is_file():
                        cachefile.write_atomic(path, cachefile.checked(pdf))
            _trim(self.shared)


def _trim(folder: Path) -> None:
    """Remove the least recently used sheets above :data:`SHARED_MAX` bytes."""
    files = []
    for path in folder.glob("sheet*.pdf"):
        with contextlib.suppress(OSError):
            st = path.stat()
            files.append((st.st_mtime, path.name, st.st_size, path))
    total = sum(f[2] for f in files)
    for _, _, size, path in sorted(files):
        if total <= SHARED_MAX:
            break
        with contextlib.suppress(OSError):
            path.unlink()
            total -= size


class _Guess(_UserSheets):
    """The guess's sheet cache: it says when the guess's sheet data are made (its key is asked for right
    after them, before Typst runs)."""

    def __init__(self, folder: Path | None, shared: Path | None = None) -> None:
        super().__init__(folder)
        self.shared = shared  # already the user's sheets folder (EarlySheets.shared)
        self.keyed = threading.Event()

    def key(self, data: str, date: dt.date | None, parts: bool) -> str:
        try:
            return super().key(data, date, parts)
        finally:
            self.keyed.set()


def typeset_early(pdf: PdfOptions) -> Callable[[Deck], None] | None:
    """The callback for ``compile_content(early=…)``: it typesets the guessed deck's sheet in a thread.

    Only for the one-file sheet (not ``--per-section``) of up to ``PARTS_ABOVE`` notes (larger ones
    are typeset by worker processes, one at a time, for memory), and only when the sheets go through
    :class:`EarlySheets` (a caller's own cache would never be asked for the guess).
    """
    sheets = pdf.sheets
    if pdf.per_section or not isinstance(sheets, EarlySheets):
        return None

    def early(deck: Deck) -> None:
        if not deck.notes or len(deck.notes) > backend.PARTS_ABOVE:
            return
        guess = _Guess(sheets.folder, sheets.shared)  # reads the kept sheets; what it typesets goes to sheets.early
        quiet = dataclasses.replace(pdf, warn=lambda _diagnostic: None, sheets=guess)
        # One Typst compile at a time per process: taken here, before the thread starts, so the real
        # sheet (typeset in emit/pdf.py's thread under the same lock) waits for the guess and can use it.
        backend._typesetting.acquire()

        def typeset() -> None:
            try:
                backend.render(deck, quiet)
            except Exception:  # a guess that fails is no guess; the real sheet reports it
                pass
            finally:
                sheets.early.update(guess.used)
                sheets.early_parts.update(guess.used_parts)
                guess.keyed.set()
                backend._typesetting.release()

        try:
            threading.Thread(target=typeset, name="deckc-sheet-early", daemon=True).start()
        except BaseException:
            backend._typesetting.release()
            raise
        # The sheet data are made in Python: beside the build's own Python they would only share the GIL
        # with it (measured: ~0.4 s instead of ~0.03 s, so Typst started late).  The build waits for them,
        # then goes on beside Typst, which releases the GIL.
        guess.keyed.wait()

    return early
