"""Word documents (``.docx``): the question sheets and handouts teachers and students write in Word, read
through HTML (mammoth, BSD licensed), then as a saved web page is (learner5 L25).

mammoth keeps what a document means rather than how it looks: Word's heading styles become ``<h1>``–``<h6>``,
numbered and bulleted paragraphs lists, tables tables, bold and italics ``<strong>`` and ``<em>``. Each block
is put on a line of its own, so a message's line number counts the document's paragraphs (and list entries,
table rows) from the top. Pictures are left out, each said once with a count: a card never shows a broken one.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from compiler import uptodate
from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT

DOCX_SUFFIXES = (".docx",)
# a block's end: the next block starts a line of its own (line numbers count paragraphs)
_BLOCK_END = re.compile(r"(</(?:p|h[1-6]|li|tr|table|ul|ol|blockquote)>)")


def docx_html(path: Path, rel: str) -> tuple[str, int]:
    """The document as HTML, one block a line, and how many pictures were left out."""
    try:
        import mammoth
    except ImportError:  # an install older than this reader (trial12 U101: an internal error stopped the deck)
        raise ContentError(
            [
                Diagnostic(
                    rel,
                    None,
                    "reading Word documents needs the package mammoth, which this installation of deckc lacks",
                    "reinstall deckc from its folder (make venv, or pip install -e .), or save the document as .txt",
                    group=NOT_A_DOCUMENT,
                )
            ]
        ) from None
    uptodate.note(path)
    pictures = 0

    def no_picture(_image: object) -> dict[str, str]:
        nonlocal pictures
        pictures += 1
        return {}

    try:
        with path.open("rb") as handle:
            result = mammoth.convert_to_html(handle, convert_image=mammoth.images.img_element(no_picture))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ContentError(
            [
                Diagnostic(
                    rel,
                    None,
                    f"not a Word document (.docx) deckc can open ({type(exc).__name__}: {exc})",
                    "open it in Word or LibreOffice and save it again as .docx (an old .doc: save it as .docx)",
                    group=NOT_A_DOCUMENT,  # (a file deck.toml does not name is then a warning, the rest built)
                )
            ]
        ) from None
    except OSError as exc:
        raise ContentError([Diagnostic(rel, None, f"cannot read file: {exc.strerror}", "check the path in deck.toml")]) from None
    html = re.sub(r"<img\s*/?>", "", result.value)
    return _BLOCK_END.sub(r"\1\n", html), pictures
