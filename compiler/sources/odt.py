"""OpenDocument text (``.odt``: LibreOffice Writer's and Collabora's own format) read through HTML, as a Word document
is (:mod:`compiler.sources.docx`), so every reader of saved pages reads it (trial31 T31-26).

An ``.odt`` is a zip whose ``content.xml`` holds the text: headings (``text:h`` with their outline level), paragraphs,
lists, tables, and spans whose automatic styles say bold, italic, underline or a highlight. Each block is put on a line
of its own, so a message's line number counts the document's paragraphs from the top. Pictures, comments and the
bodies of footnotes are left out (pictures said once with a count).
"""

from __future__ import annotations

import html
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from compiler import uptodate
from compiler.colours import highlighted
from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT

_BOLD_CELL = re.compile(r"<strong>(.*)</strong>", re.S)
CONTENT_MAX = 50_000_000  # bytes of content.xml read at most (a zip bomb's stays unread)

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}


def _q(name: str) -> str:
    """'text:p' as ElementTree names it ('{urn:…:text:1.0}p')."""
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


def _not_odt(rel: str, why: str) -> ContentError:
    return ContentError(
        [
            Diagnostic(
                rel,
                None,
                f"not an OpenDocument text (.odt) deckc can open ({why})",
                "open it in LibreOffice and save it again as .odt, or as .docx",
                group=NOT_A_DOCUMENT,  # (a file deck.toml does not name is then a warning, the rest built)
            )
        ]
    )


def _styles(root: ElementTree.Element) -> tuple[dict[str, tuple[str, ...]], set[str]]:
    """The marks each automatic text or paragraph style gives its text ('strong', 'em', 'u', 'mark'), and the list
    styles that number their entries."""
    marks: dict[str, tuple[str, ...]] = {}
    numbered: set[str] = set()
    for style in root.iter(_q("style:style")):
        props = style.find(_q("style:text-properties"))
        if props is None:
            continue
        found = []
        if props.get(_q("fo:font-weight")) in ("bold", "600", "700", "800", "900"):
            found.append("strong")
        if props.get(_q("fo:font-style")) == "italic":
            found.append("em")
        if props.get(_q("style:text-underline-style")) not in (None, "none"):
            found.append("u")
        shade = props.get(_q("fo:background-color"))
        if shade and shade != "transparent" and highlighted(shade):  # (a key marked with a highlighter: as in .docx)
            found.append("mark")
        marks[style.get(_q("style:name"), "")] = tuple(found)
    for listed in root.iter(_q("text:list-style")):
        first = next(iter(listed), None)
        if first is not None and first.tag == _q("text:list-level-style-number"):
            numbered.add(listed.get(_q("style:name"), ""))
    return marks, numbered


class _Writer:
    """content.xml's body as HTML, one block a line."""

    def __init__(self, marks: dict[str, tuple[str, ...]], numbered: set[str]) -> None:
        self.marks = marks
        self.numbered = numbered
        self.pictures = 0

    def inline(self, node: ElementTree.Element) -> str:
        """A paragraph's or a span's text with its marks; spaces, tabs and line breaks as ODF writes them."""
        out = [html.escape(node.text or "", quote=False)]
        for child in node:
            tag = child.tag
            if tag == _q("text:s"):
                out.append(" " * int(child.get(_q("text:c"), "1") or 1))
            elif tag == _q("text:tab"):
                out.append("\t")
            elif tag == _q("text:line-break"):
                out.append("<br>")
            elif tag in (_q("text:span"), _q("text:a")):
                out.append(self.marked(self.inline(child), child.get(_q("text:style-name"), "")))
            elif tag == _q("draw:frame"):
                self.pictures += 1
            elif tag not in (_q("office:annotation"), _q("text:note"), _q("text:bookmark"), _q("text:soft-page-break")):
                out.append(self.inline(child))  # (fields, hyperlinks' inner text, …: their text)
            out.append(html.escape(child.tail or "", quote=False))
        return "".join(out)

    def marked(self, text: str, style: str) -> str:
        for mark in self.marks.get(style, ()):
            text = f"<{mark}>{text}</{mark}>" if text.strip() else text
        return text

    def blocks(self, node: ElementTree.Element) -> list[str]:
        out: list[str] = []
        for child in node:
            tag = child.tag
            if tag == _q("text:h"):
                level = min(max(int(child.get(_q("text:outline-level"), "1") or 1), 1), 6)
                out.append(f"<h{level}>{self.inline(child)}</h{level}>")
            elif tag == _q("text:p"):
                text = self.marked(self.inline(child), child.get(_q("text:style-name"), ""))
                out.append(f"<p>{text}</p>")
            elif tag == _q("text:list"):
                kind = "ol" if child.get(_q("text:style-name"), "") in self.numbered else "ul"
                out.append(f"<{kind}>")
                for entry in child:
                    if entry.tag in (_q("text:list-item"), _q("text:list-header")):
                        inner = self.blocks(entry)
                        first = inner[0].removeprefix("<p>").removesuffix("</p>") if inner else ""
                        out.append(f"<li>{first}")
                        out.extend(inner[1:])
                        out.append("</li>")
                out.append(f"</{kind}>")
            elif tag == _q("table:table"):
                out.append("<table>")
                headed = child.find(_q("table:table-header-rows")) is not None
                for k, row in enumerate(child.iter(_q("table:table-row"))):
                    cells = ["".join(self.blocks(cell)).replace("<p>", "").replace("</p>", " ").strip() for cell in row.findall(_q("table:table-cell"))]
                    # (the first row a header when LibreOffice repeats it, or when each of its cells is bold: as in .docx)
                    head = k == 0 and (headed or (all(_BOLD_CELL.fullmatch(c) for c in cells if c) and any(cells)))
                    cell = "th" if head else "td"
                    shown = [_BOLD_CELL.sub(r"\1", c) for c in cells] if head else cells
                    out.append("<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in shown) + "</tr>")
                out.append("</table>")
            elif tag in (_q("text:section"), _q("office:text")):
                out.extend(self.blocks(child))
        return out


def odt_html(path: Path, rel: str) -> tuple[str, int]:
    """The document as HTML, one block a line, and how many pictures were left out."""
    uptodate.note(path)
    try:
        with zipfile.ZipFile(path) as z:
            info = z.getinfo("content.xml")
            if info.file_size > CONTENT_MAX:
                raise _not_odt(rel, f"its text is {info.file_size:,} bytes")
            data = z.read(info)
    except KeyError:
        raise _not_odt(rel, "no content.xml in it") from None
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as exc:
        raise _not_odt(rel, f"{type(exc).__name__}: {exc}") from None
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise _not_odt(rel, f"its content.xml is not well formed: {exc}") from None
    body = root.find(f"{_q('office:body')}/{_q('office:text')}")
    if body is None:
        raise _not_odt(rel, "no text body: a spreadsheet or slides? save it as .xlsx, or its text as .txt")
    writer = _Writer(*_styles(root))
    return "\n".join(writer.blocks(body)) + "\n", writer.pictures
