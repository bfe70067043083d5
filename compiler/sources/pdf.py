"""A PDF read as the text in it: an exam paper, a course's question sheet or lecture notes saved as PDF.

Users drop PDFs into ``sources/`` more than any other kind of file that is not text. The text layer is
taken page by page with pypdf (pure Python, already a dependency for the cheat sheet), pages joined by
form feeds as ``pdftotext`` writes them, so from then on the file is read exactly like a ``.txt`` copied
out of a PDF: :mod:`compiler.sources.pdftext` drops the page furniture, the layout is detected on the
text, and every plain-text rule applies (it is *not* read as Markdown: a ``*`` or ``#`` in an exam's text
is text).

Lines: a message and an item's place name the line of the extracted text (the line ``pdftotext`` would
give it, so the user can look it up) and, beside the message, the page and the line on that page
(``[page 3, line 12]``), which is what the user can find in the PDF itself.

A PDF with no text layer (a scan) or one that cannot be opened (encrypted, damaged) is a
:data:`~compiler.sources.converted.NOT_A_DOCUMENT` error: a file ``deck.toml`` does not list is then
left out with a warning that says what to do (run OCR, save it without its password), the rest is built.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from compiler import uptodate
from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT, Converted

# characters a PDF's text layer carries that are no text: NUL and the other C0 controls but tab and line feed
# (a font without a Unicode map gives them; a form feed is deckc's own, between pages), and the private-use area's glyph codes
_JUNK = re.compile("[\x00-\x08\x0b-\x1f\ue000-\uf8ff]")
# the share of a page's characters that may be such junk before the page is said to have no readable text
_JUNK_SHARE = 0.3
# what a typesetter's fonts put in for letters: ligatures ('ﬁ' in 'ﬁnds') and mathematical italic letters and digits
# ('𝑥' for x): the letters themselves, as a reader searches and the cheat sheet's fonts print them
_TYPESET = re.compile("[\ufb00-\ufb06\U0001d400-\U0001d7ff]")


def _fail(rel: str, message: str, hint: str) -> ContentError:
    return ContentError([Diagnostic(rel, None, message, hint, group=NOT_A_DOCUMENT)])


def pdf_text(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The PDF's text, pages joined by form feeds, with each line's page and line on the page; ``encoding`` is
    unused (a PDF says how its text is encoded)."""
    del encoding
    uptodate.note(path)  # (read by pypdf, not through load_document: the up-to-date check is told here)
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its notes on repaired cross-references are no user's business
    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise _fail(rel, "a PDF protected by a password", "save it again without the password (print to PDF), or extract its text")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ContentError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        # (pypdf parses a damaged file as far as it can; what it raises past that is a file it cannot read)
        reason = "it needs the cryptography package to decrypt" if "cryptography" in str(exc) else "damaged or not a PDF"
        raise _fail(rel, f"a PDF deckc cannot open ({reason})", "open it in a PDF viewer and save or print it to PDF again") from exc
    pages = [_plain(p) if _readable(p) else "" for p in pages]
    if not any(p.strip() for p in pages):
        raise _fail(
            rel,
            f"a PDF with no text in it ({len(pages)} page{'s' if len(pages) != 1 else ''}, none with text: a scanned document?)",
            "give it a text layer with OCR (e.g. ocrmypdf in.pdf out.pdf) and put that file in its place",
        )
    lines: list[str] = []
    places: list[str] = []
    for number, page in enumerate(pages, 1):
        rows = [row.rstrip() for row in page.rstrip("\n").split("\n")] if page.strip() else [""]
        if number > 1:  # a form feed opens each page after the first, as pdftotext writes it (str.splitlines: a line)
            rows[0] = "\f" + rows[0]
            places.append(f"page {number}, line 1")
        lines.extend(rows)
        places.extend(f"page {number}, line {k}" for k in range(1, len(rows) + 1))
    text = "\n".join(lines) + "\n"
    if len(text.splitlines()) != len(places):  # (a row holding another line break pypdf kept: places by count)
        places = places[: len(text.splitlines())] + [places[-1]] * max(0, len(text.splitlines()) - len(places))
    return Converted(text=text, origin=tuple(range(1, len(places) + 1)), places=tuple(places))


def _plain(page: str) -> str:
    """A page's text with Unix line ends, no control characters and the typeset letters as letters."""
    page = _JUNK.sub("", page.replace("\r\n", "\n").replace("\r", "\n"))
    return _TYPESET.sub(lambda m: unicodedata.normalize("NFKC", m.group()), page)


def _readable(page: str) -> bool:
    """Whether a page's extracted text is text, not a font's unmapped glyph codes."""
    return len(_JUNK.findall(page)) <= _JUNK_SHARE * max(1, len(page.strip()))
