"""A source no reader can read, whatever its format: an empty file, or a zip archive cut short.

Checked once before a source's reader (:mod:`compiler.read`), so every format says it in the same words: a .docx,
.xlsx and .apkg cut in half were "not a zip file" / "not a Word document deckc can open … save it again as .docx",
and an empty .docx or .pdf the same as a damaged one, sending the learner to re-save in Word a file Word cannot open
either (trial41 T41-3). A download that did not finish is the usual cause, so the advice is to fetch it again.
"""

from __future__ import annotations

from pathlib import Path

from compiler import uptodate
from compiler.diagnostics import Diagnostic

# the group of a reader's error meaning "this file is not of the kind its name says, or cannot be read at all": a file
# deck.toml does not name is then left out with a warning, not an error (compiler.read)
NOT_A_DOCUMENT = "not-a-document"

ZIP_START = b"PK\x03\x04"  # a zip archive's first local file header: .docx, .xlsx, .odt, .apkg, .mochi, .zip
ZIP_END = b"PK\x05\x06"  # its end-of-central-directory record, which every zip archive ends with
ZIP_END_REACH = 22 + 65_535  # bytes from the end that record can start at (its size and its longest comment)
PDF_START = b"%PDF-"
PDF_END = b"%%EOF"
PDF_OBJECTS_REACH = 65_536  # bytes from the start a PDF's first object is found in
PDF_END_REACH = 1024  # bytes from the end a PDF's last '%%EOF' is found in (writers add a line break or two after it)

EMPTY = "file is empty"
CUT_SHORT = (
    "the file is cut short: it begins as a zip archive (what a .docx, .xlsx, .odt or .apkg is) but its end is missing, "
    "as a download or copy that did not finish leaves it"
)
# the formats that are zip archives: only a file named as one is said to be a zip cut short (a '.md' that begins as a zip
# is a file under the wrong name: the text reader names what it looks like)
ZIP_SUFFIXES = (".docx", ".docm", ".xlsx", ".xlsm", ".odt", ".apkg", ".colpkg", ".mochi", ".zip")
# files made by a program, not typed: an empty one is saved or exported again, not written into
MADE_SUFFIXES = (".docx", ".docm", ".xlsx", ".xlsm", ".odt", ".rtf", ".pdf", ".apkg", ".colpkg", ".mochi", ".zip", ".enex", ".mhtml", ".mht")
CUT_SHORT_HINT = "download or copy it again (or save or export it again from the program that made it), then build"


def _tail(path: Path, reach: int) -> tuple[bytes, bytes]:
    """The file's first bytes and its last ``reach`` bytes."""
    with path.open("rb") as f:
        head = f.read(8)
        size = f.seek(0, 2)
        f.seek(max(0, size - reach))
        return head, f.read()


def unreadable(path: Path, rel: str) -> Diagnostic | None:
    """Why ``path`` cannot be read by any reader, or None: 0 bytes ('file is empty', as a text file says), or a zip
    archive whose end-of-central-directory record is missing (zipfile, Word, Excel and Anki all need it: nothing can
    open it). A file that is not a zip, or a zip that ends well, is left to its reader."""
    uptodate.note(path)
    try:
        if path.stat().st_size == 0:
            made = path.suffix.lower() in MADE_SUFFIXES
            return Diagnostic(
                rel,
                None,
                EMPTY,
                "save or export it again from the program that made it, or remove it" if made else "add content or remove it from deck.toml",
            )
        if path.suffix.lower() not in ZIP_SUFFIXES:
            return None  # (a text file's reader reads it whole anyway; a PDF's says when it is cut short)
        head, tail = _tail(path, ZIP_END_REACH)
    except OSError:
        return None  # (the reader says why it cannot read the file)
    if head.startswith(ZIP_START) and ZIP_END not in tail and _first_member(path):
        return Diagnostic(rel, None, CUT_SHORT, CUT_SHORT_HINT, group=NOT_A_DOCUMENT)
    return None


def _first_member(path: Path) -> bool:
    """Whether the archive's first local header is whole and names a member ('[Content_Types].xml', 'mimetype',
    'collection.anki21'): a zip that was written and then cut, not a few bytes that merely start as one (the readers
    say what those are)."""
    with path.open("rb") as f:
        header = f.read(30)
        if len(header) < 30:
            return False
        length = int.from_bytes(header[26:28], "little")
        name = f.read(length)
    return 0 < length == len(name) and name.isascii() and name.decode("ascii").isprintable()


def pdf_cut_short(path: Path) -> bool:
    """A PDF a reader failed on that begins as one, holds objects and has no '%%EOF' near its end: cut short, not
    re-saveable (a file of a PDF's first line and nothing else is no PDF cut short but none at all)."""
    try:
        head, tail = _tail(path, PDF_END_REACH)
        with path.open("rb") as f:
            start = f.read(PDF_OBJECTS_REACH)
    except OSError:
        return False
    return head.startswith(PDF_START) and PDF_END not in tail and b" obj" in start
