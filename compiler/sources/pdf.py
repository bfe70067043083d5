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

import contextlib
import dataclasses
import inspect
import itertools
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from compiler import uptodate
from compiler.diagnostics import ContentError, Diagnostic
from compiler.layouts import KEY_WORDS
from compiler.sources.converted import NOT_A_DOCUMENT, Converted
from compiler.sources.damage import CUT_SHORT_HINT, pdf_cut_short
from compiler.sources.lines import ANSWER_WORDS, has_answer_label, table_columns
from compiler.sources.pdf_fronts import asks
from compiler.sources.pdf_tables import Run, Table, find_tables, rules_of
from compiler.sources.visual_order import RTL_LETTER, logical

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


@dataclass(frozen=True)
class _Line:
    """A line of a page's text and how it is typeset: its characters' largest and smallest font size, whether
    they are all bold, all in a monospaced font (0, False: not known, the text and pypdf's runs did not line up)."""

    text: str
    big: float = 0.0
    small: float = 0.0
    bold: bool = False
    mono: bool = False
    body: tuple[tuple[float, int], ...] = ()  # (font size, characters in it) of its text not set as code
    bolds: tuple[bool, ...] = ()  # whether each of its characters but spaces is bold (empty: not known)
    italics: tuple[bool, ...] = ()  # whether each of its characters but spaces is italic (empty: not known)
    maths: int = 0  # its characters set in a maths font smaller than its others: a formula's scripts, which its text flattens
    y: float = 0.0  # where on the page its first character stands (points from the foot, upwards; 0: not known)
    cells: tuple[str, ...] = ()  # a ruled table's row rebuilt from the page (its cells' text, as Markdown writes them)
    head: bool = False  # … the table's header row
    tints: tuple[bool, ...] = ()  # whether each of its characters but spaces is drawn in a colour (red, green, blue …: not black or grey)


PAGES_SAID = 8  # page numbers a warning lists before '…'


def _pages_said(pages: list[int]) -> str:
    """Page numbers as a warning lists them: the first few, then '…'."""
    return ", ".join(map(str, pages[:PAGES_SAID])) + (" …" if len(pages) > PAGES_SAID else "")


def pdf_text(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The PDF's text, pages joined by form feeds, with each line's page and line on the page: Markdown when
    the PDF sets headings in a larger font (or whole lines in bold), else plain text. ``encoding`` is unused (a
    PDF says how its text is encoded)."""
    del encoding
    uptodate.note(path)  # (read by pypdf, not through load_document: the up-to-date check is told here)
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its notes on repaired cross-references are no user's business
    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise _fail(rel, "a PDF protected by a password", "save it again without the password (print to PDF), or extract its text")
        styled = []
        spans: list[tuple[float, float]] = []  # the last page's tables' widths: a table going on over the next page
        for page in reader.pages:
            styled.append(_styled(page, spans))
        pages = [lines for lines, _, _ in styled]
        spelled = sum(letters for _, letters, _ in styled)  # pages whose text came out a letter (or a word) a line
        scanned = sum(hidden for _, _, hidden in styled)  # pages whose text is mostly invisible: a scan's OCR layer
        wide = sum(_landscape(page) for page in reader.pages)
    except ContentError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, ZeroDivisionError) as exc:
        # (pypdf parses a damaged file as far as it can; what it raises past that is a file it cannot read)
        if "cryptography" not in str(exc) and pdf_cut_short(path):  # (a download that did not finish: no viewer opens it, T41-3)
            raise _fail(rel, f"a PDF cut short: its end is missing ({type(exc).__name__})", CUT_SHORT_HINT) from exc
        reason = "it needs the cryptography package to decrypt" if "cryptography" in str(exc) else "damaged or not a PDF"
        raise _fail(rel, f"a PDF deckc cannot open ({reason})", "open it in a PDF viewer and save or print it to PDF again") from exc
    if spelled and spelled * 3 >= sum(any(line.text.strip() for line in page) for page in pages):
        raise _fail(  # (its words would be letters a line: no card could be read right from them)
            rel,
            f"a PDF whose text comes out a letter or a word a line ({spelled} of its {len(pages)} pages: a Google Docs or "
            "Skia PDF places each on its own)",
            "extract its text with pdftotext -layout (poppler-utils) and put the .txt in the PDF's place",
        )
    # (a page that is one picture, as a phone scan or a photocopier's PDF is, has a picture and no text: trial26 T26-47)
    if not any(line.text.strip() and not line.text.startswith(_PICTURE) for page in pages for line in page):
        pictures = sum(line.text.startswith(_PICTURE) for page in pages for line in page)
        raise _fail(
            rel,
            f"a PDF with no text in it ({len(pages)} page{'s' if len(pages) != 1 else ''}, none with text"
            + (f", {pictures} picture{'s' if pictures != 1 else ''}: a scanned document" if pictures else ": a scanned document?")
            + ")",
            "give it a text layer with OCR (e.g. ocrmypdf in.pdf out.pdf) and put that file in its place",
        )
    pages = [_labels_down(page) for page in pages]
    slides = None
    printed = _printed_table(pages)
    if len(pages) >= _SLIDES_MIN and wide >= _SLIDES_SHARE * len(pages) and printed is False:
        slides = Diagnostic(  # (no slides, and no table its text keeps apart: said so, with what to read instead; T35-13)
            rel,
            None,
            f"a table printed on {len(pages)} landscape pages whose text runs its cells together (its first row names no "
            "columns: the header, a title or a word's reading are run into other cells)",
            "put the workbook or CSV the table was made from into sources/ instead (deckc reads .xlsx and .csv); "
            "pdf_slides = true in its [[source]] table reads the PDF's text anyway",
            severity="warning",
            group=SLIDES,
        )
    elif len(pages) >= _SLIDES_MIN and wide >= _SLIDES_SHARE * len(pages) and printed is None:
        pages, steps = _overlays(pages)
        slides = Diagnostic(
            rel,
            None,
            f"lecture slides ({len(pages)} landscape pages" + (f", {steps} of them overlay steps of the next" if steps else "")
            + "): slides' text is headings, bullets and formulas out of their layout, no questions with their answers",
            "write the questions to learn from them in a .md file beside it; pdf_slides = true in its [[source]] table reads "
            "the slides' text anyway (each overlay step once)",
            severity="warning",
            group=SLIDES,
        )
    pages, blanks, watermark = _watermarks(pages)
    pages = _options_joined(_page_numbers(_unruled(pages)))
    keys = _bold_keys(pages)
    tabled = any(line.cells for page in pages for line in page)  # (then Markdown: a lone title set large is a heading)
    marked = _marked(pages, keys, least=1 if tabled else 2) | {key: text for key, text in keys.items() if text}
    terms = {id(line): term for page in pages for line in page if (term := _lead_term(line)) is not None}
    terms = terms if len(terms) >= _LEAD_TERMS_MIN else {}
    markdown = bool(marked) or tabled or bool(terms)
    head: tuple[str, ...] = ()  # the last table's header: a table going on over the next page has none of its own
    pitch = _line_pitch(pages)
    rows: list[tuple[str, int, str]] = []  # (a line of the text, its line in the PDF's text, its page and line)
    stamped: str | None = None  # the page and line of a watermark's first copy
    pictured: list[str] = []  # the page and line of each picture
    furniture = _repeated_pictures(pages)
    title_slide = _title_slide(pages[0], marked) if slides is not None and pages else None
    n = 0
    for number, page in enumerate(pages, 1):
        stamped = stamped or next((f"page {number}, line {k + 1}" for k, line in enumerate(page) if id(line) in blanks), None)
        while page and not page[-1].text.strip():
            page = page[:-1]
        if number > 1:  # a form feed opens each page after the first, as pdftotext writes it (no line of its own)
            rows.append((_FORM_FEED, n + 1, f"page {number}, line 1"))
        page = page or [_Line("")]
        # (a line in a monospaced font is code, fenced as it is set, its indent and marks kept: in Markdown, and in plain
        # text too, whose readers take a fenced run as one code block; trial22 T22-2)
        code = _code_rows(page, marked)
        titled = set() if markdown else _titles(page, code, pitch)
        for k, line in enumerate(page):
            n += 1
            if line is _JOINED:
                continue  # (an option's wrapped line, joined onto it: no blank line between two options, trial23 T23-16)
            place = f"page {number}, line {k + 1}"
            if number == 1 and title_slide is not None:  # (a deck's title slide: its title the page's, its byline no card)
                if line is title_slide:
                    rows.append((f"# {marked[id(line)].lstrip('#').strip()}", n, place))
                continue
            if (k in titled or k - 1 in titled) and line.text.strip() and rows and rows[-1][0].strip() and rows[-1][0] != _FORM_FEED:
                rows.append(("", n, place))  # (a title standing apart: blank lines around it, as its source has; trial24 T24-17)
            if code[k] and not (k and code[k - 1]):
                rows.append(("```", n, place))
            if code[k] and not line.text.strip() and k and not page[k - 1].text.strip():
                continue  # (one blank line inside code for a run of them: pypdf makes two of a wider gap)
            if line.cells:  # (a ruled table's row: the table in Markdown, as the Markdown reader reads a Q/A table)
                if not (k and page[k - 1].cells):
                    if rows and rows[-1][0].strip() and rows[-1][0] != _FORM_FEED:
                        rows.append(("", n, place))
                    head = line.cells if line.head else head if len(head) == len(line.cells) else ("",) * len(line.cells)
                    rows += [(_table_row(head), n, place), (_table_row(("---",) * len(head)), n, place)]
                if not line.head:
                    rows.append((_table_row(line.cells), n, place))
                if not (k + 1 < len(page) and page[k + 1].cells):
                    rows.append(("", n, place))
                continue
            if line.text.startswith(_PICTURE):  # (a picture: said where it stood, a paragraph of its own; trial22 T22-46)
                if line.text in furniture:
                    continue
                pictured.append(place)
                if markdown and rows and rows[-1][0].strip() and rows[-1][0] != _FORM_FEED:
                    rows.append(("", n, place))
                rows.append((f"[picture on page {number}]", n, place))
                if markdown:
                    rows.append(("", n, place))
                continue
            written = line.text if code[k] else marked[id(line)] if id(line) in marked else _written(line.text, markdown)
            if id(line) in terms and not code[k] and id(line) not in marked:  # ('abiotic Non-living …', the term in bold)
                term = terms[id(line)]
                written = f"**{_escaped(term)}** {_written(line.text.strip()[len(term) :], markdown)}"
                if rows and rows[-1][0].strip() and rows[-1][0] != _FORM_FEED:
                    rows.append(("", n, place))  # (each entry a paragraph of its own, as the glossary sets it)
            elif _own_paragraph(written, id(line) in marked) and rows and rows[-1][0].strip() and rows[-1][0] != _FORM_FEED:
                rows.append(("", n, place))  # (a line set in bold is a paragraph of its own, not the end of the one above)
            rows.append((written.rstrip(), n, place))
            if code[k] and not (k + 1 < len(page) and code[k + 1]):
                rows.append(("```", n, place))
    if slides is not None:
        rows = _answer_slides(rows)
    text = "".join(row if row == _FORM_FEED else row + "\n" for row, _, _ in rows)
    # (a form feed opens its page's first line, as pdftotext writes it: that line's place is the line's own, never the
    # one before it; a row each made every place past page 1 one line early, a page more each page: sitting 27)
    rows = [row for row in rows if row[0] != _FORM_FEED]
    warnings: tuple[Diagnostic, ...] = ()
    if watermark:
        warnings = (
            Diagnostic(
                rel,
                None,
                f"left out a line set large on many pages ({watermark}): a watermark, on no card",
                "if it is a heading of the document, extract the text (pdftotext) and put the .txt in the PDF's place",
                severity="warning",
                place=stamped or "",
            ),
        )
    warnings += (slides,) if slides is not None else ()
    formulas = sorted({number for number, page in enumerate(pages, 1) if any(line.maths for line in page)})
    if formulas:
        shown = _pages_said(formulas)
        # (the document's own first such line, to find the card by: a fixed physics example sent a statistics learner
        # looking for 'E_k = 1/2 m v^2' while 'SE = s / √n' read 'SE = s√n' on a card; trial41 T41-8)
        first = next(" ".join(line.text.split()) for page in pages for line in page if line.maths)
        quoted = first if len(first) <= FLAT_QUOTE else first[: FLAT_QUOTE - 1].rstrip() + "…"
        warnings += (
            Diagnostic(
                rel,
                None,
                f"formulas set in a maths font on page{'s' if len(formulas) > 1 else ''} {shown} come out flat in a PDF's text: "
                f"their subscripts, superscripts and fractions are lost (as 'E_k = 1/2 m v^2' reads 'Ek = 1 2mv2'); the first: "
                f"{quoted!r}",
                "check those cards against the PDF; the document's source (LaTeX, Typst, Word, Markdown with $…$) keeps them",
                severity="warning",
                place=f"page {formulas[0]}",
            ),
        )
    if pictured:
        pages_with = sorted({int(place.split()[1].rstrip(",")) for place in pictured})
        shown = _pages_said(pages_with)
        warnings += (
            Diagnostic(
                rel,
                None,
                f"{len(pictured)} picture{'s' if len(pictured) > 1 else ''} in this PDF {'are' if len(pictured) > 1 else 'is'} not on "
                f"the cards (page{'s' if len(pages_with) > 1 else ''} {shown}): the text says '[picture on page N]' where each "
                "stood, so a card whose answer is a picture shows only that",
                "check those cards against the PDF; to show a picture, save it as an image beside a .md copy of the questions "
                "and link it there (![](picture.png))",
                severity="warning",
                place=pictured[0],
            ),
        )
    if scanned and scanned * 3 >= sum(any(line.text.strip() for line in page) for page in pages):
        warnings += (
            Diagnostic(
                rel,
                None,
                f"a scanned document: the text of {scanned} of its {len(pages)} pages is an OCR layer (invisible text a scanner "
                "app or OCR tool laid over the page's picture), so words, symbols and line breaks may be misread",
                "check every card against the pages; typed notes (a .md or .txt) in its place make better cards",
                severity="warning",
            ),
        )
    return Converted(text=text, origin=tuple(line for _, line, _ in rows), places=tuple(place for _, _, place in rows), plain=not markdown, warnings=warnings)


def _titles(page: list[_Line], code: list[bool], pitch: float) -> set[int]:
    """The lines of a page of plain text that are titles standing apart ('Prüfung B — Multiple Choice, Matching',
    'Leichte Aufgaben' between two exams' questions): a paragraph's gap above and below each (or the page's edge),
    read as a title (:func:`_title`). In plain text a blank line around it, as its source has, tells the readers a
    numbering starting again under it is a new run, not the last answer going on (trial24 T24-17: four exams read into
    the first one's last answer)."""
    said = [k for k, line in enumerate(page) if line.text.strip() and line.y and not code[k] and line is not _JOINED]
    out = set()
    for n, k in enumerate(said):
        above = n == 0 or _parted(page[said[n - 1]], page[k], pitch)
        below = n + 1 == len(said) or _parted(page[k], page[said[n + 1]], pitch)
        if above and below and _title(page[k].text):
            out.add(k)
    return out


def _title(text: str) -> bool:
    """Whether a line of plain text reads as a title ('Prüfung B — Multiple Choice, Matching', 'Leichte Aufgaben'): short,
    opening with a letter in capitals, no sentence's end, no question's number, option's label or answer's label."""
    s = text.strip()
    if not s or len(s) > _LONGEST_TITLE or not s[0].isupper() or s.endswith(_SENTENCE_ENDS) or ": " in s:
        return False
    return not (_QUESTION_LINE.match(s) or _OPTION.match(s) or _NUMBERED.match(s))


_LONGEST_TITLE = 100  # characters
_SENTENCE_ENDS = (".", "?", "!", ":", ";", ",", "。", "？", "！", "：")
_PARAGRAPH_BREAK = 1.3  # times the document's line pitch: a gap this wide between two lines of text parts paragraphs


def _parted(above: _Line, line: _Line, pitch: float) -> bool:
    """Whether a paragraph's gap stands between two lines of text of a page (a wrapped line stands a line's pitch below
    the one above; the gap between two paragraphs, items or titles is wider: trial24 T24-17, five exams whose
    questions' numbers start again at 1 after a title, each run read on into the last answer above it)."""
    return bool(pitch and above.y and line.y and line.small and line.small == above.small and above.y - line.y > pitch * _PARAGRAPH_BREAK * line.small)


def _table_row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(cells) + " |"


def _code_rows(page: list[_Line], marked: dict[int, str]) -> list[bool]:
    """Which lines of a page are code: those set in a monospaced font, and the blank lines between two of them (one
    code block, as the document sets it: a blank line inside a function is no end of it, trial22 T22-2)."""
    code = [line.mono and id(line) not in marked for line in page]
    last = -1
    for k in range(len(page)):
        if code[k]:
            if last >= 0 and k - last > 1 and all(not page[j].text.strip() for j in range(last + 1, k)):
                code[last + 1 : k] = [True] * (k - last - 1)
            last = k
    return code


def _own_paragraph(written: str, marked: bool) -> bool:
    """Whether a line set in bold (or an introduction set large) opens a paragraph of its own: not a label leading in
    to what follows ('**Solution:**' stays with the lines it labels; trial18 T18-64)."""
    if marked and "**" not in written and not written.startswith("#") and _lead_paragraph(written):
        return True  # (an introduction set large: its own paragraph, not the end of a command's description, T42-5)
    return marked and written.startswith("**") and not written.rstrip("* ").endswith((":", "："))


_FORM_FEED = "\f"  # (opens the page's first line, no line of its own: the readers see the text as pdftext.clean leaves it)


# an option's label ending a line of options, its text wrapped onto the next line ('A) Oxygen B) Nitrogen C) Air D)' /
# 'Helium'): the line before it holds the label before it
_LABEL_END = re.compile(r"(?<=\S)\s+(?P<label>\(?(?P<letter>[B-Hb-h])[.)])\s*$")
_LABEL_OPEN = re.compile(r"^\s*\(?[A-Ha-h][.)]\s")


def _labels_down(page: list[_Line]) -> list[_Line]:
    """The page with each option label a line ends with moved down to the text it labels, at the next line's start
    (trial18 T18-86: the option lost its label and the one before it its end)."""
    out = list(page)
    for k in range(len(out) - 1):
        m = _LABEL_END.search(out[k].text)
        nxt = out[k + 1].text
        if m is None or not nxt.strip() or _LABEL_OPEN.match(nxt) or _PAGE_NUMBER.match(nxt.strip()):
            continue
        if out[k].text[: m.start()].rstrip()[-1:].isdigit():
            continue  # ('… 4 True  5 (C)': a key's entry, its number before it, no option wrapped: sitting 22)
        before = chr(ord(m.group("letter")) - 1)
        if not re.search(rf"(?:^|\s)\(?{before}[.)]\s", out[k].text[: m.start()]):
            continue  # (no label before it on the line: 'see part b)' is text)
        out[k] = dataclasses.replace(out[k], text=out[k].text[: m.start()])
        out[k + 1] = dataclasses.replace(out[k + 1], text=f"{m.group('label')} {nxt.lstrip()}")
    return out


_HEADING_ROW = re.compile(r"^#{1,6}\s+(?P<title>\S.*?)\s*$")
_ANSWER_TITLE = re.compile(rf"(?i)(?:{KEY_WORDS}|{ANSWER_WORDS})")
_TITLE_GAP = " \t–—-:·|()[]"  # what stands between a slide's title and the answer word ('Quick check – answer')
_BULLETED_OPTION = re.compile(r"^[•◦▪‣∙·*-]\s+(?=\(?[A-Ha-h][.)]\s)")  # '• A. Nucleus': an option set as a bullet


def _answer_title(title: str, asked: str) -> bool:
    """Whether a slide's title says it answers the slide before it: that slide's title with an answer word ('Quick check
    – answer', 'Kurztest: Lösung', 'Answer – Quick check') or an answer word alone ('Answer', 'Solución')."""
    rest = title
    if title.casefold().startswith(asked.casefold()):
        rest = title[len(asked) :]
    elif title.casefold().endswith(asked.casefold()):
        rest = title[: -len(asked)]
    rest = rest.strip(_TITLE_GAP)
    return bool(rest) and _ANSWER_TITLE.fullmatch(rest) is not None


def _answer_slides(rows: list[tuple[str, int, str]]) -> list[tuple[str, int, str]]:
    """A slide that asks (its title over a question, options perhaps) followed by a slide titled as its answer ('Quick
    check' / 'Quick check – answer'): the answer slide's text is the question's answer line, its title no card's; the
    options lose the bullets the slide set them with (trial33 T33-18: one card 'Quick check' held both slides)."""
    starts = [0] + [k for k, row in enumerate(rows) if row[0] == _FORM_FEED]
    pages = [rows[a:b] for a, b in itertools.pairwise([*starts, len(rows)])]
    out: list[list[tuple[str, int, str]]] = []
    for page in pages:
        said = [k for k, row in enumerate(page) if row[0].strip() and row[0] != _FORM_FEED]
        m = _HEADING_ROW.match(page[said[0]][0]) if said else None
        before = out[-1] if out else []
        shown = [k for k, row in enumerate(before) if row[0].strip() and row[0] != _FORM_FEED]
        asked = _HEADING_ROW.match(before[shown[0]][0]) if shown else None
        if m is None or asked is None or len(said) < 2 or not _answer_title(m.group("title"), asked.group("title")):
            out.append(page)
            continue
        if not any(asks(before[k][0]) or _OPTION.match(_BULLETED_OPTION.sub("", before[k][0])) for k in shown[1:]):
            out.append(page)  # (an 'Answer' slide after a slide that asks nothing: no question to answer)
            continue
        out[-1] = [(_BULLETED_OPTION.sub("", text), n, place) for text, n, place in before]
        page = list(page)
        title, first = said[0], said[1]
        page[title] = ("", *page[title][1:])
        page[first] = (f"Answer: {page[first][0]}", *page[first][1:])
        out.append(page)
    return [row for page in out for row in page]


SLIDES = "pdf-slides"  # the group of the warning that says a PDF is lecture slides (read.py leaves it out unless pdf_slides)
_SLIDES_MIN = 5  # pages: fewer landscape pages are a handout, not a slide deck
_SLIDES_SHARE = 0.8  # of the pages landscape
_TABLE_SHARE = 0.8  # of a PDF's lines of text, rows of a ruled table: a table printed, not slides


_BYLINE_MOST = 3  # lines under a title slide's title: the course, the lecturer, the date
_LISTED = re.compile(r"^\s*(?:[-•*+▪◦‣]|\d{1,2}[.)])\s")


def _title_slide(page: list[_Line], marked: dict[int, str]) -> _Line | None:
    """The title of a slide deck's first slide when it is a title slide (``Lecture 4: The TCP/IP model`` set as a
    heading over at most a few short lines that neither ask nor list: ``Networking 101 — Dr. Okafor``), else None.
    Such a slide titles the deck; it is no card (trial25 T25-47: its title was a front, the lecturer's name its back)."""
    written = [line for line in page if line.text.strip()]
    heads = [line for line in written if marked.get(id(line), "").startswith("#")]
    if len(heads) != 1 or written[0] is not heads[0] or len(written) - 1 > _BYLINE_MOST:
        return None
    rest = [line.text.strip() for line in written[1:]]
    if any(line.cells or line.mono or line.text.startswith(_PICTURE) for line in written):
        return None
    if any(len(text) > _LONGEST_TITLE or text.rstrip(")）]").endswith(("?", "？", ":")) or _LISTED.match(text) for text in rest):
        return None
    return heads[0]


def _printed_table(pages: list[list[_Line]]) -> bool | None:
    """Whether a PDF is a table printed (a vocabulary list, a spreadsheet printed wide): None when fewer than
    _TABLE_SHARE of its lines of text are a ruled table's rows; else True when its first row of two cells or more
    names the columns (``# | Español | English | Ejemplo | English``) and every row has as many cells, read as that
    table then; False when the text runs them together (trial35 T35-13: a landscape vocabulary list was 'lecture slides')."""
    written = [line for page in pages for line in page if line.text.strip()]
    rows = [line for line in written if line.cells]
    if not written or len(rows) < _TABLE_SHARE * len(written):
        return None
    head = next((line.cells for line in rows if sum(1 for c in line.cells if c.strip()) > 1), ())
    names = [" ".join(c.replace("\\", "").split()) for c in head]
    return bool(names) and table_columns(names) is not None and all(len(line.cells) == len(head) for line in rows)


def _landscape(page: object) -> bool:
    """Whether a page is wider than it is high, as shown (a slide: 4:3 or 16:9)."""
    try:
        box = page.mediabox  # type: ignore[attr-defined]
        width, height = float(box.width), float(box.height)
        if (page.rotation or 0) % 180:  # type: ignore[attr-defined]
            width, height = height, width
    except (AttributeError, TypeError, ValueError, KeyError):
        return False
    return width > height


def _overlays(pages: list[list[_Line]]) -> tuple[list[list[_Line]], int]:
    """The slides with each overlay step blank (a page whose lines all come again on the next page, which shows one
    more: Beamer's pause, PowerPoint's builds printed one per page; trial18 T18-66), and how many there were."""

    def said(page: list[_Line]) -> set[str]:
        return {" ".join(line.text.split()) for line in page if line.text.strip() and not line.text.strip().isdigit()}

    out, steps = list(pages), 0
    for k in range(len(pages) - 1):
        own, nxt = said(pages[k]), said(pages[k + 1])
        if own and own <= nxt:
            out[k] = [_Line("") for _ in pages[k]]
            steps += 1
    return out, steps


_INVISIBLE = 3  # text render mode 3: neither filled nor stroked (the OCR layer laid over a scanned page's picture)
_HIDDEN_SHARE = 0.3  # of a page's characters invisible that make its text a scan's OCR layer


def _styled(page: object, spans: list[tuple[float, float]] | None = None) -> tuple[list[_Line], bool, bool]:
    """A page's lines as pypdf extracts them, each with its font sizes and boldness (pypdf's text runs, lined up
    with the text character by character; where they do not line up, the lines without); whether its text came
    out one letter a line; and whether it is mostly invisible (render mode 3: a scanned page's OCR layer, T18-72)."""
    runs: list[tuple[str, float, bool, bool, bool, float, bool]] = []
    placed: list[Run] = []  # the runs with where each starts, for a ruled table's cells
    mode = [0]  # the text render mode in force ('3 Tr': invisible)
    shown = [0, 0]  # (characters drawn, of them invisible)
    pictures: list[tuple[float, str]] = []  # each picture drawn on the page: its top (the page's y, upwards) and its name

    segments: list[tuple[float, float, float, float]] = []  # the straight lines drawn (x0, y0, x1, y1): a table's rules
    pen: list[tuple[float, float]] = []  # where the path being drawn stands

    fill = [False]  # whether the fill colour in force is a colour (a teacher's key in red: trial26 T26-36); 'q' / 'Q' keep it
    saved: list[bool] = []
    tints: list[bool] = []  # for each character drawn but spaces, whether in a colour

    path: list[tuple[float, float]] = []  # the points of the path being drawn, in the page's space
    marked: list[tuple[float, float, float, float]] = []  # the areas filled in a colour (x0, y0, x1, y1): a highlight

    def before(op: bytes, args: list, cm: list[float], tm: list[float]) -> None:
        if op in (b"m", b"l", b"re"):  # (a highlight is a path filled in a colour behind the text: T26-36)
            with contextlib.suppress(TypeError, ValueError, IndexError):
                xs = [float(a) for a in args]
                corners = [(xs[0], xs[1]), (xs[0] + xs[2], xs[1] + xs[3])] if op == b"re" else [(xs[0], xs[1])]
                path.extend((cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]) for x, y in corners)
        elif op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"n", b"S", b"s"):
            if op not in (b"n", b"S", b"s") and fill[0] and len(path) >= 2:
                marked.append((min(x for x, _ in path), min(y for _, y in path), max(x for x, _ in path), max(y for _, y in path)))
            path.clear()
        if op in (b"rg", b"g", b"k", b"sc", b"scn"):
            with contextlib.suppress(TypeError, ValueError):
                fill[0] = _tinted([float(a) for a in args if isinstance(a, (int, float)) or str(a).replace(".", "", 1).lstrip("-").isdecimal()])
        elif op == b"q":
            saved.append(fill[0])
        elif op == b"Q" and saved:
            fill[0] = saved.pop()
        if op == b"Tr" and args:
            with contextlib.suppress(TypeError, ValueError):
                mode[0] = int(args[0])
        elif op in (b"m", b"l", b"re"):
            with contextlib.suppress(TypeError, ValueError, IndexError):
                _drawn(op, [float(a) for a in args], cm, pen, segments)
        elif op in (b"Do", b"INLINE IMAGE") and min(abs(cm[0]) + abs(cm[1]), abs(cm[2]) + abs(cm[3])) >= _PICTURE_SIZE:
            if op == b"Do" and not _image(page, args):
                return
            # (drawn at least so large: a picture, not a bullet or a rule's dot)
            pictures.append((cm[5] + max(cm[3], 0.0), f"{args[0] if op == b'Do' and args else ''} {round(cm[5])} {round(cm[3])}"))

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        if text and not text.isspace():
            scale = abs(cm[3] * tm[3]) or abs(cm[0] * tm[0]) or 1.0  # (the text matrix scales the font's size)
            name = str((font or {}).get("/BaseFont", ""))
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # (where on the page: a picture goes between the lines above and below it)
            math = bool(_MATH_FONT.search(name))
            placed.append(Run(text, tm[4] * cm[0] + tm[5] * cm[2] + cm[4], y, float(size) * scale, bool(_BOLD.search(name)), bool(_MONO.search(name))))
            runs.append((text, round(float(size) * scale, 1), bool(_BOLD.search(name)), bool(_MONO.search(name)), bool(_ITALIC.search(name)), y, math))
            count = sum(not ch.isspace() for ch in text)
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            lit = any(x0 - 1 <= x <= x1 and y0 - 1 <= y <= y1 + 1 for x0, y0, x1, y1 in marked)  # (on a highlight)
            tints.extend([fill[0] or lit] * count)
            shown[0] += count
            shown[1] += count if mode[0] == _INVISIBLE else 0
            owner.extend([len(chunks)] * count)
            chunks.append((x if abs(cm[0] * tm[0]) > 0 and cm[0] * tm[0] > 0 else float("nan"), text))

    chunks: list[tuple[float, str]] = []  # each text run drawn: where it starts (left, the page's x) and its text
    owner: list[int] = []  # for each character drawn but spaces, its run
    with _stream_order() as turned:
        raw = page.extract_text(visitor_operand_before=before, visitor_text=visit) or ""  # type: ignore[attr-defined]
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    hidden = shown[1] > _HIDDEN_SHARE * shown[0]
    if len(_JUNK.findall(raw)) > _JUNK_SHARE * max(1, sum(not ch.isspace() for ch in raw)):
        return [], False, hidden  # (a font's unmapped glyph codes, not text: a page with no text to read)
    if _letter_a_line(raw):  # ('O' / 'p' / 'e' / 'r' …: each glyph placed alone, trial19 T19-13)
        return [_Line(_plain(row)) for row in raw.split("\n")], True, hidden
    styles = [(size, bold, mono, italic, math) for text, size, bold, mono, italic, _, math in runs for ch in text if not ch.isspace()]
    heights = [y for text, _, _, _, _, y, _ in runs for ch in text if not ch.isspace()]
    lined = len(styles) == sum(not ch.isspace() for ch in raw)
    pictures.sort(reverse=True)
    out: list[_Line] = []
    k = 0
    for row in raw.split("\n"):
        n = sum(not ch.isspace() for ch in row)
        mine = styles[k : k + n] if lined else []
        tinted = tuple(tints[k : k + n]) if lined and len(tints) == len(styles) else ()
        y = heights[k] if mine else 0.0
        if turned and RTL_LETTER.search(row):  # (a right-to-left line, as it stands on the page: in reading order, trial28 T28-34)
            row, order = _reading_order(row, owner[k : k + n] if lined and len(owner) == len(styles) else [], chunks)
            mine = [mine[i] for i in order] if mine else mine
            tinted = tuple(tinted[i] for i in order) if tinted else tinted
        while mine and pictures and pictures[0][0] > heights[k] + 1:  # (a picture above this line's text: a line of its own)
            out.append(_Line(_PICTURE + pictures.pop(0)[1]))
        k += n
        text = _plain(row)
        if mine and text.strip():
            sizes = [size for size, *_ in mine]
            body = tuple(sorted(Counter(size for size, _, mono, *_ in mine if not mono).items()))
            whole = len(mine) == sum(not ch.isspace() for ch in text)
            bolds = tuple(bold for _, bold, *_ in mine) if whole else ()
            italics = tuple(italic for _, _, _, italic, _ in mine) if whole else ()
            # (bold: every character bold but those in a monospaced font, some bold: a heading with its inline code, 'Know when
            # to run `$ doom sync`?', trial22 T22-32; all mono: code, never a bold line)
            # (or in a maths font: a bold question holding a formula, 'What is the sum of ∑ rᵏ?', trial22 T22-41)
            bold = bool(bolds) and all(b or mono or math for b, (_, _, mono, _, math) in zip(bolds, mine, strict=True)) and any(bolds)
            text_sizes = [size for size, _, mono, _, math in mine if not mono and not math]
            small = min(text_sizes or [size for size, _ in body] or sizes)  # (inline code or a formula's scripts set smaller)
            top = max((size for size, *_, math in mine if math), default=0.0)
            maths = sum(math and size < top * _SCRIPT_SCALE for size, *_, math in mine)  # (a formula's scripts: not a bullet's dot)
            out.append(
                _Line(text, max(sizes), small, bold, all(mono for _, _, mono, *_ in mine), body, bolds, italics, maths, y, tints=tinted if whole else ())
            )
        else:
            out.append(_Line(text))
    out += [_Line(_PICTURE + name) for _, name in pictures]  # (after the page's text: those drawn last, or all when the runs did not line up)
    found = find_tables(placed, rules_of(segments), spans or []) if lined and segments else []
    for table in found:
        out = _tabled(out, table)
    if spans is not None:
        spans[:] = [table.span for table in found]
    return out, False, hidden


@contextlib.contextmanager
def _stream_order() -> Iterator[bool]:
    """pypdf's text extraction giving each line's characters in the order the PDF draws them, which for a line of
    Hebrew or Arabic is where they stand left to right (pypdf's own reordering turns each run of right-to-left
    letters round but not the line: 'שאלה 1? … מהו:', and turns a number round: '٢٠٦' read '٦٠٢', trial28 T28-34);
    :func:`_reading_order` then puts such a line in reading order. Yields whether that is so (False: a pypdf whose
    extraction is not the one this knows, left as it is). A page with no right-to-left letter comes out the same."""
    try:
        from pypdf._text_extraction import _text_extractor as extractor
    except ImportError:
        yield False
        return
    own = getattr(extractor, "get_display_str", None)
    if own is None or list(inspect.signature(own).parameters)[:6] != ["text", "cm_matrix", "tm_matrix", "font_resource", "font", "text_operands"]:
        yield False
        return

    def drawn(text: str, cm_matrix: object, tm_matrix: object, font_resource: object, font: Any, text_operands: str, *rest: Any, **named: Any) -> tuple[str, bool, str]:
        # (a glyph that stands for more than one letter, Arabic's lam-alef 'لا', is turned round like the glyphs around it)
        letters = (font.character_map.get(code, code) for code in text_operands)
        return text + "".join(each[::-1] if len(each) > 1 and RTL_LETTER.search(each) else each for each in letters), False, ""

    extractor.get_display_str = drawn
    try:
        yield True
    finally:
        extractor.get_display_str = own


def _reading_order(row: str, owners: list[int], chunks: list[tuple[float, str]]) -> tuple[str, list[int]]:
    """A line of right-to-left text in reading order, and for each of its characters but spaces which of the line as
    extracted it is. The line's runs (``owners``: each character's run; empty when not known) are put where they
    stand on the page, left to right (a PDF may draw a line's runs in any order: Typst draws 'שאלה', then '1', then
    the rest, each where it belongs), then :func:`~compiler.sources.visual_order.logical` reads the line from the right."""
    pieces: list[list[tuple[str, int | None]]] = []  # the line's characters run by run, each with its place among those but spaces
    runs: list[int] = []  # each piece's run
    gaps: set[frozenset[int]] = set()  # runs drawn one after the other with a space between them that neither run holds
    spaces: list[tuple[str, int | None]] = []  # the spaces since the last character
    k = 0
    for ch in row:
        if ch.isspace():
            spaces.append((" ", None))
            continue
        run = owners[k] if owners else 0
        if pieces and run == runs[-1]:
            pieces[-1] += spaces
        else:  # (the spaces between two runs: those each run holds at its end or start, the rest a gap)
            ahead = len(spaces)
            if pieces:
                held = len(chunks[runs[-1]][1]) - len(chunks[runs[-1]][1].rstrip())
                pieces[-1] += spaces[: min(held, ahead)]
                ahead -= min(held, ahead)
                lead = len(chunks[run][1]) - len(chunks[run][1].lstrip())
                if ahead > lead:
                    gaps.add(frozenset((runs[-1], run)))
                ahead = min(ahead, lead)
            pieces.append(spaces[len(spaces) - ahead :] if ahead else [])
            runs.append(run)
        spaces = []
        pieces[-1].append((ch, k))
        k += 1
    if pieces:
        pieces[-1] += spaces
    where = list(range(len(pieces)))
    if owners and all(chunks[run][0] == chunks[run][0] for run in runs):  # (NaN: a run drawn turned or mirrored, its place unknown)
        where.sort(key=lambda i: (chunks[runs[i]][0], i))
    line: list[tuple[str, int | None]] = []
    for before, i in zip([None, *where], where, strict=False):
        if before is not None and frozenset((runs[before], runs[i])) in gaps and line[-1][0] != " " and pieces[i][:1] != [(" ", None)]:
            line.append((" ", None))
        line += pieces[i]
    read = logical(line)
    return "".join(ch for ch, _ in read).strip(), [place for _, place in read if place is not None]


def _drawn(op: bytes, args: list[float], cm: list[float], pen: list[tuple[float, float]], segments: list[tuple[float, float, float, float]]) -> None:
    """Note a straight line a path operator draws, in the page's space: 'l' from where the pen stands ('m' moves it),
    're' a rectangle thin enough to be a rule (a filled bar some producers draw in place of a line)."""

    def at(x: float, y: float) -> tuple[float, float]:
        return cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5]

    if op == b"m":
        pen[:] = [at(args[0], args[1])]
    elif op == b"l" and pen:
        end = at(args[0], args[1])
        segments.append((*pen[0], *end))
        pen[:] = [end]
    elif op == b"re" and abs(args[3]) <= _THIN:
        x, y, w, h = args
        segments.append((*at(x, y + h / 2), *at(x + w, y + h / 2)))


_THIN = 2.5  # points: a rectangle this thin or thinner is drawn as a rule


def _tabled(page: list[_Line], table: Table) -> list[_Line]:
    """The page with the lines of a ruled table (those standing between its top and bottom rules, in whatever order
    the extractor gave their cells) in place of its rows, one line a row (trial22 T22-44, trial23 T23-19)."""
    inside = [k for k, line in enumerate(page) if line.y and table.bottom < line.y < table.top]
    if not inside:
        return page
    rows = [
        _Line(" | ".join(table.rows[k]), cells=tuple(_cell(text, code and not (table.header and k == 0)) for text, code in zip(row, table.code, strict=True)), head=table.header and k == 0)
        for k, row in enumerate(table.rows)
    ]
    gone = set(inside)
    sizes: Counter[float] = Counter()
    for k in inside:
        sizes.update(dict(page[k].body))
    rows[0] = dataclasses.replace(rows[0], body=tuple(sorted(sizes.items())))  # (the body text's size is still told by the table's)
    # (the rows where the table's first line stood; as many blank lines after them as it had lines more, so that the
    # lines below keep their numbers)
    return page[: inside[0]] + rows + [_Line("") for _ in range(max(0, len(gone) - len(rows)))] + [line for k, line in enumerate(page[inside[0] :], inside[0]) if k not in gone]


def _cell(text: str, code: bool) -> str:
    """A table cell's text as a Markdown table writes it: escaped (a '|' would end the cell), or as inline code when
    its column is set in a monospaced font."""
    if not code or not text:
        return _escaped(text)
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text.replace('|', chr(92) + '|')}{pad}{ticks}"


_PICTURE_SIZE = 24.0  # points each way a picture is drawn at least (smaller: a bullet, an icon, a rule's dot)
_PICTURE = "\0picture "  # the text of a line that stands where a picture was drawn, its name and place after it


def _repeated_pictures(pages: list[list[_Line]]) -> set[str]:
    """The pictures drawn at the same place on many pages (half of them, three at least: a logo in the running
    header), as their lines' text: page furniture, no picture of a card's."""
    on: Counter[str] = Counter(text for page in pages for text in {line.text for line in page if line.text.startswith(_PICTURE)})
    return {text for text, count in on.items() if count >= _WATERMARK_PAGES and count * 2 >= len(pages)}


def _image(page: object, args: list) -> bool:
    """Whether the XObject a 'Do' draws is an image (not a form of vector drawing or text)."""
    try:
        found = page["/Resources"]["/XObject"][args[0]].get_object()  # type: ignore[index]
        return str(found.get("/Subtype")) == "/Image"
    except (KeyError, TypeError, IndexError, AttributeError, ValueError):
        return False


_SPELLED_SHARE = 0.6  # of a page's lines a single character: its text came out a letter a line
_SPELLED_MIN = 20  # lines on the page, at least


def _letter_a_line(raw: str) -> bool:
    """Whether a page's extracted text is its letters one a line (a PDF that places every glyph on its own), or its
    words one a line with a line of a space between them (every word placed on its own: 'Which' / ' ' / 'of' / ' ')."""
    every = raw.split("\n")
    rows = [row.strip() for row in every if row.strip()]
    if len(rows) < _SPELLED_MIN:
        return False
    if sum(len(row) == 1 for row in rows) >= _SPELLED_SHARE * len(rows):
        return True
    spaced = sum(bool(row) and not row.strip() for row in every)  # (a line that is only a space: between two words)
    return sum(" " not in row for row in rows) >= _SPELLED_SHARE * len(rows) and spaced >= _SPELLED_SHARE * len(rows)


# a bold face by its font's name: 'Arial-BoldMT', 'MinionPro-Semibold', 'NotoSans-Black', 'Times-BoldItalic'
_BOLD = re.compile(r"bold|black|heavy|semibold|demi", re.I)
# a monospaced face, code's: 'CourierNewPSMT', 'DejaVuSansMono', 'Consolas', 'SFMono-Regular', 'Menlo', 'LMMono10'
# an italic face by its font's name: 'Arial-ItalicMT', 'Times-BoldItalic', 'LMRoman10-Italic', 'Helvetica-Oblique'
_ITALIC = re.compile(r"italic|oblique", re.I)
_MONO = re.compile(r"mono|courier|consol|menlo|inconsolata|typewriter|cmtt|lmmono|sourcecode|firacode|\bcode", re.I)
# a maths font: TeX's and Typst's ('CMMI10', 'CMSY10', 'CMEX10', 'LMMath', 'NewCMMath'), Word's 'CambriaMath', 'STIXMath', 'Symbol'
_MATH_FONT = re.compile(r"math|\bcm(?:mi|sy|ex)\d|\+cm(?:mi|sy|ex)|symbol|stix|euclid|msbm|mtextra", re.I)
FLAT_QUOTE = 80  # characters of a flattened formula's line quoted in the warning
_SCRIPT_SCALE = 0.85  # a maths font's character set this much smaller than the line's others is a sub- or superscript
_HEADING_SCALE = 1.15  # a heading's letters are at least this much larger than the body text's
_LONGEST_HEADING = 200  # characters: a longer line in a large font is a pull quote or a title page, not a heading


_WATERMARK_PAGES = 3  # a large line on at least this many pages, and on at least half of them, is a watermark
_EDGE_PAGES = 2  # … or on this many and half of them, each time the first or last line of its page (a running line)


def _watermarks(pages: list[list[_Line]]) -> tuple[list[list[_Line]], set[int], str]:
    """The pages with each copy of a watermark a blank line: a line set larger than the body text, the same words on
    many pages ('TRACE KTU' stamped on each page of a question bank, trial18 T18-80: '## TRACE KTU' headings cut its
    questions from their options), or on two pages and half of them at each one's edge ('Downloaded from
    Ktunotes.in' at the foot of a 3-page question bank's pages, trial19 R19-1: a heading card's front); the blanks'
    ids, and what the warning quotes ('TRACE KTU', on 20 of 25 pages)."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for line in page:
            sizes.update(dict(line.body))
    if not sizes or len(pages) < _WATERMARK_PAGES:
        return pages, set(), ""
    body = sizes.most_common(1)[0][0]

    def key(line: _Line) -> str | None:
        return " ".join(line.text.split()).casefold() if line.small >= body * _HEADING_SCALE and _worded(line.text) else None

    seen: dict[str, set[int]] = {}
    inside: set[str] = set()  # the large lines seen with text both above and below them on their page
    for number, page in enumerate(pages):
        said = [k for k, line in enumerate(page) if line.text.strip()]
        for k, line in enumerate(page):
            if (text := key(line)) is not None:
                seen.setdefault(text, set()).add(number)
                if said and said[0] < k < said[-1]:
                    inside.add(text)
    marks = {
        text
        for text, on in seen.items()
        if len(on) >= len(pages) / 2 and (len(on) >= _WATERMARK_PAGES or (len(on) >= _EDGE_PAGES and text not in inside))
    }
    if not marks:
        return pages, set(), ""
    blanks: set[int] = set()
    out = []
    for page in pages:
        kept = []
        for line in page:
            if key(line) in marks:
                kept.append(_Line(""))
                blanks.add(id(kept[-1]))
            else:
                kept.append(line)
        out.append(kept)
    text = max(sorted(marks), key=lambda t: len(seen[t]))
    shown = next(" ".join(line.text.split()) for page in pages for line in page if key(line) == text)
    return out, blanks, f"{shown!r}, on {len(seen[text])} of its {len(pages)} pages" + (f", and {len(marks) - 1} more" if len(marks) > 1 else "")


# a line drawn with characters between two items ('________________', '-----', '=====', '━━━'): a separator, no text
_RULE = re.compile(r"^\s*(?:[_\-=—–─━═~]{3,}|\*{3,})\s*$")


def _unruled(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages with each line drawn with characters a blank line, but in code (trial22 T22-1: a Word Q&A's
    '________' between items ended every answer, or made a short one a list)."""
    return [[_Line("") if _RULE.match(line.text) and not line.mono else line for line in page] for page in pages]


_PAGE_NUMBER = re.compile(r"^\W{0,3}(?:(?i:page|p\.)\s*)?(?P<n>\d{1,4})(?:\s*(?:/|(?i:of))\s*\d{1,4})?\W{0,3}$")


def _page_numbers(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages without their own numbers: the first or last line of a page that is that page's number ('1', '- 1 -',
    'Page 1 of 3') is a blank line (a one-page quiz's '1' at its foot was its last question's explanation, trial21
    T21-18: with no page break in the text, the text's cleanup cannot tell a page's edge)."""
    out = []
    for number, page in enumerate(pages, 1):
        page = list(page)
        said = [k for k, line in enumerate(page) if line.text.strip()]
        for k in {said[0], said[-1]} if said else ():
            m = _PAGE_NUMBER.match(page[k].text.strip())
            if m is not None and int(m.group("n")) == number and len(said) > 1:
                page[k] = _Line("")
        out.append(page)
    return out


# an option's line: its label, then its text ('B. Amazon S3', '(c) Reliability', 'd) none of these')
_OPTION = re.compile(r"^(?P<label>\s*\(?(?P<letter>[A-Ha-h])[.)]\s+)(?P<text>\S.*)$")
_OPTION_WRAPS = 3  # lines an option's text may wrap onto before the next option's label
_QUESTION_LINE = re.compile(r"^\s*(?:(?:Q|Question)\s*)?\d{1,3}\s*[.):]\s*\S", re.I)


def _option_runs(pages: list[list[_Line]]) -> list[list[tuple[int, int]]]:
    """Each question's options as (page, line) places of their label lines: lines labelled A, B, C … in turn (a or A
    starts a run), with at most a few lines of wrapped text between two of them, no numbered question among those."""
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    between, last = 0, ""
    for p, page in enumerate(pages):
        for k, line in enumerate(page):
            m = _OPTION.match(line.text)
            letter = m.group("letter").lower() if m else ""
            if m and run and letter == chr(ord(last) + 1):
                run.append((p, k))
                between, last = 0, letter
            elif m and letter == "a":
                if len(run) >= 2:
                    runs.append(run)
                run, between, last = [(p, k)], 0, letter
            elif line.text.strip():
                between += 1
                if between > _OPTION_WRAPS or _QUESTION_LINE.match(line.text) or m:
                    if len(run) >= 2:
                        runs.append(run)
                    run, between = [], 0
    if len(run) >= 2:
        runs.append(run)
    return runs


def _options_joined(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages with each option's text wrapped over lines joined onto its label's line, the lines it wrapped onto
    :data:`_JOINED`, left out of the text (a long option set over two lines was cut, its end read as the next option's
    text or the question's answer; a blank line left in its place parted the options, trial23 T23-16): the lines between
    two options' labels, and after the last option the lines that go on with its sentence (in lower case, or after a
    comma)."""
    out = [list(page) for page in pages]
    for run in _option_runs(pages):
        for n, (p, k) in enumerate(run):
            end = run[n + 1] if n + 1 < len(run) else None
            q = k + 1
            while q < len(out[p]) and (p, q) != end and out[p][q].text.strip():
                nxt = out[p][q]
                if end is None and not _goes_on(out[p][k].text, nxt.text):
                    break
                if end is None and q - k > _OPTION_WRAPS:
                    break
                out[p][k] = _joined(out[p][k], nxt)
                out[p][q] = _JOINED
                q += 1
    return out


_JOINED = _Line("")  # a line whose text joined the option above it: no line of the text (its number still counted)


def _goes_on(option: str, line: str) -> bool:
    """Whether the line after a question's last option goes on with its text: it opens in lower case or the option
    ends with a comma or a hyphen, and it is no label, question or answer line."""
    text = line.strip()
    if _OPTION.match(text) or _QUESTION_LINE.match(text) or has_answer_label(text):
        return False
    return text[:1].islower() or option.rstrip().endswith((",", "-", "–", "(", "/"))


def _joined(a: _Line, b: _Line) -> _Line:
    """Two lines as one, the second's text after the first's."""
    bolds = a.bolds + b.bolds if a.bolds and b.bolds else ()
    italics = a.italics + b.italics if a.italics and b.italics else ()
    sizes = [x for x in (a.small, b.small) if x]
    return _Line(
        f"{a.text.rstrip()} {b.text.strip()}",
        max(a.big, b.big),
        min(sizes) if sizes else 0.0,
        a.bold and b.bold,
        a.mono and b.mono,
        tuple(sorted((Counter(dict(a.body)) + Counter(dict(b.body))).items())),
        bolds,
        italics,
        a.maths + b.maths,
        a.y,
        tints=a.tints + b.tints if a.tints and b.tints else (),
    )


def _bold_keys(pages: list[list[_Line]]) -> dict[int, str]:
    """The options of each question by id, when its correct ones are set apart in bold (text typeset so, no letter
    key): an option whose text is all bold, in a run of options where some but not all are, written with its text in
    bold ('B. **Amazon S3**', the Markdown mark of a correct option); the run's other options map to '' (their lines
    are no bold paragraph). A run whose options are all bold marks none: all map to '' (options, as set, not bold
    paragraphs that would cut the question)."""
    out: dict[int, str] = {}
    for run in _option_runs(pages):
        lines = [pages[p][k] for p, k in run]
        bold = [_text_bold(line) for line in lines]
        if all(bold):
            out.update(dict.fromkeys(map(id, lines), ""))
        if not any(bold):  # (no bold: the right one drawn in a colour the others are not, red or green: trial26 T26-36)
            bold = [_text_bold(line, line.tints) for line in lines]
        if not any(bold) or all(bold):
            continue
        for line, is_bold in zip(lines, bold, strict=True):
            m = _OPTION.match(line.text)
            out[id(line)] = f"{m.group('label').strip()} **{_escaped(m.group('text').strip())}**" if is_bold and m else ""
    return out


def _text_bold(line: _Line, marks: tuple[bool, ...] | None = None) -> bool:
    """Whether an option line's text (after its label) is set in bold (or, ``marks``, in a colour), every character."""
    marks = line.bolds if marks is None else marks
    m = _OPTION.match(line.text)
    if m is None or not marks:
        return False
    label = sum(not ch.isspace() for ch in m.group("label"))
    text = marks[label:]
    return bool(text) and all(text)


TINT = 0.3  # how far apart a colour's channels are before it is a colour, not black or a grey


def _tinted(values: list[float]) -> bool:
    """Whether a fill colour (grey: one value, RGB: three, CMYK: four) is a colour, not black, white or a grey."""
    if len(values) == 3:
        return max(values) - min(values) > TINT
    if len(values) == 4:
        c, m, y, k = values
        rgb = [(1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)]
        return max(rgb) - min(rgb) > TINT
    return False


def _marked(pages: list[list[_Line]], keys: dict[int, str] | None = None, least: int = 2) -> dict[int, str]:
    """The lines typeset as headings ('## …', a level per font size, largest first) or wholly in bold ('**…**'),
    by id, when the document has at least ``least`` of them; else nothing (read as plain text). A heading wrapped
    over two lines is one heading, on its first line. The options of a question keyed in bold (``keys``) are
    neither: their bold is the key."""
    keys = keys or {}
    sizes: Counter[float] = Counter()  # characters per font size, code's left out (often set smaller)
    for page in pages:
        for line in page:
            sizes.update(dict(line.body))
    if not sizes:
        return {}
    body = sizes.most_common(1)[0][0]
    heading = [
        line
        for page in pages
        for line in page
        if line.small >= body * _HEADING_SCALE and len(line.text.strip()) <= _LONGEST_HEADING and _worded(line.text)
    ]
    bold = [
        line
        for page in pages
        for line in page
        if line.bold and body <= line.small < body * _HEADING_SCALE and len(line.text.strip()) <= _LONGEST_HEADING and _worded(line.text)
        and id(line) not in keys
    ]
    italic = _italic_questions(pages)
    if len(heading) + len(bold) < least and not italic:
        return {}
    levels = {size: min(k + 1, 6) for k, size in enumerate(sorted({line.small for line in heading}, reverse=True))}
    if len(levels) == 1:
        levels = dict.fromkeys(levels, 2)  # (one heading size: question or section headings, not a page title)
    kinds = {id(line): "#" * levels[line.small] for line in heading} | {id(line): "**" for line in bold}
    repeated = _repeated_bold(bold)
    pitch = _line_pitch(pages)
    parts: dict[int, list[str]] = {}
    out: dict[int, str] = {}
    for page in pages:
        first: _Line | None = None  # the marked line the one below may continue (a heading wrapped over lines)
        last: _Line | None = None  # the line of it the one below would go on from
        widest = max((_width(line) for line in page), default=0.0)
        for line in page:
            if id(line) in italic:
                first = None
                continue
            kind = kinds.get(id(line))
            if id(line) in repeated:  # (a back-link or label repeated after every answer: a line of its own, trial23 T23-23)
                parts[id(line)], first = [_escaped(line.text.strip())], None
            elif (
                kind is None and first is not None and last is not None and line.text.strip() and not _worded(line.text)
                and _same_face(first, line) and _runs_on(last, line, widest, pitch, bold=True)
            ):
                parts[id(first)].append(_escaped(line.text.strip()))  # (a bold question's wrapped '1989?': its end)
                out[id(line)] = ""
                last = line
            elif kind is None:
                first = None
            elif (
                first is not None and last is not None and kinds[id(first)] == kind and first.small == line.small
                and _wraps(parts[id(first)][-1], line.text, kind == "**") and _runs_on(last, line, widest, pitch, bold=kind == "**")
            ):
                parts[id(first)].append(_escaped(line.text.strip()))
                out[id(line)] = ""  # (its text joins the line above: this one is left blank)
                last = line
            else:
                parts[id(line)], first, last = [_escaped(line.text.strip())], line, line
    asked = _numbered_questions(parts, kinds) or _asking_bold({key: words for key, words in parts.items() if key not in repeated}, kinds)
    below = min(6, max(levels.values(), default=1) + 1)  # (under the document's own headings)
    out.update({key: f"{'#' * below} {_escaped(text)}" if text else "" for key, text in italic.items()})
    order = list(parts)
    opening = order[: min((order.index(key) for key in asked), default=0)]  # (the marked lines above the first question)
    for key, words in parts.items():
        text = " ".join(words)
        if kinds[key] != "**" and key not in asked and _lead_paragraph(text):
            out[key] = text  # (a sheet's introduction set large: a paragraph, never the heading of what follows; T42-5)
        elif key in opening and kinds[key] == "**" and key not in repeated and below > 1:
            out[key] = f"{'#' * (below - 1)} {text}"  # (a bold title over the questions: their section, not text outside them)
        elif key in asked:
            out[key] = f"{'#' * below} {text}"  # ('**1. What are …?**' … '**12. …**' over bold sub-titles: T18-78)
        else:
            out[key] = f"**{text}**" if kinds[key] == "**" else f"{kinds[key]} {text}"
    return out


_LEAD_WORDS = 20  # a line set large of more words, in two sentences or more, is an introduction, not a heading
_SENTENCE_END = re.compile(r"\w[.!。]\s+\S")  # a sentence ending inside a text ('… ou desktop. Esta folha …')


def _lead_paragraph(text: str) -> bool:
    """Whether a text set in a heading's size is an introduction paragraph: many words, two sentences or more, ending
    as a sentence does and asking nothing (GitHub's cheat sheet sets its opening lines large: read as headings, they
    were the section of every card below them, trial42 T42-5)."""
    plain = text.replace("\\", "")
    return (
        len(plain.split()) > _LEAD_WORDS and plain.rstrip().endswith((".", "!", "。")) and bool(_SENTENCE_END.search(plain))
        and not plain[:1].isdigit() and not asks(plain)
    )


_FULL_LINE = 0.6  # of the page's widest line a line fills at least when its text wraps onto the next
_PARAGRAPH_GAP = 1.15  # times the document's line pitch: a wider gap above a line opens a paragraph of its own
_PITCH_SAMPLES = 3  # lines wrapped from a full one that tell the document's line pitch, at least


def _width(line: _Line) -> float:
    """How wide a line is set, about: its characters times their font size (0: not known)."""
    return len(line.text.strip()) * line.small


def _line_pitch(pages: list[list[_Line]]) -> float:
    """The distance from one line of a paragraph to the next, in font sizes (the median below a full line, whose text
    wrapped; 0: not known, too few such lines or no places)."""
    gaps: list[float] = []
    every: Counter[float] = Counter()  # (each gap between two lines set alike, to a twentieth of a size)
    for page in pages:
        widest = max((_width(line) for line in page), default=0.0)
        for above, line in itertools.pairwise(page):
            if above.y > line.y > 0 and above.small and above.small == line.small:
                every[round((above.y - line.y) / line.small * 20) / 20] += 1
                if _width(above) >= 0.8 * widest:
                    gaps.append((above.y - line.y) / line.small)
    if len(gaps) >= _PITCH_SAMPLES:
        return sorted(gaps)[len(gaps) // 2]
    # (few full lines, short items: the smallest gap seen often, a line broken inside a paragraph)
    return min((gap for gap, n in every.items() if n >= _PITCH_SAMPLES), default=0.0)


def _runs_on(above: _Line, line: _Line, widest: float, pitch: float, *, bold: bool) -> bool:
    """Whether a line can be the text of the one above wrapped onto it, by where they stand: a bold line only below one
    that fills most of the page's width (a short '**Networking basics**' is a title of its own, not the first half of
    the bold question under it: trial23 T23-23, trial22 T22-32), and no line set a paragraph's gap below the one above.
    Where the places are not known, it can."""
    if bold and above.small and widest and _width(above) < _FULL_LINE * widest:
        return False
    apart = pitch and above.y and line.y and line.small and above.y - line.y > pitch * _PARAGRAPH_GAP * line.small
    return not apart


_REPEATED_MIN = 3  # copies of one bold line that make it the page's furniture or a label, no heading's part


def _repeated_bold(bold: list[_Line]) -> set[int]:
    """The bold lines whose words come again and again (three times at least: a back-link '⬆ Back to index' ending
    every answer, a label 'Answer' over each), by id: each a line of its own, never a heading wrapped onto the next
    bold line nor one of the questions (trial23 T23-23: the back-link was glued onto 16 of 20 questions' fronts; left a
    line of its own, the reader drops a line ending most answers as the page's furniture)."""
    said = Counter(" ".join(line.text.split()).casefold() for line in bold)
    return {id(line) for line in bold if said[" ".join(line.text.split()).casefold()] >= _REPEATED_MIN}


_NUMBERED = re.compile(r"^(?:(?:Q|Question)\s*)?(\d{1,3})([.):])\s*\S")
_NUMBERED_MIN = 3  # bold numbered lines counting up that make a document's questions headings


_ITALIC_MIN = 2  # numbered lines set in italic that make them a document's questions


def _italic_questions(pages: list[list[_Line]]) -> dict[int, str]:
    """The numbered lines whose text is set in italic ('1. _Compiling fails … not being found._' over its answer in
    roman: a printed FAQ, trial22 T22-45), by id, each with the italic lines it wraps onto (their ids map to ''), when
    there are two at least; else none. Made headings, each is a question over the text under it (read as a list
    item, its answer was lazily the item's text and the questions of a section one paragraph)."""
    found: dict[int, str] = {}
    for page in pages:
        k = 0
        while k < len(page):
            line = page[k]
            m = _NUMBERED.match(line.text.strip())
            if m is None or not _italic_from(line, sum(not ch.isspace() for ch in line.text.strip()[: m.end() - 1])):
                k += 1
                continue
            words, k = [line.text.strip()], k + 1
            while k < len(page) and page[k].text.strip() and _italic_from(page[k], 0) and not _NUMBERED.match(page[k].text.strip()):
                words.append(page[k].text.strip())
                found[id(page[k])] = ""
                k += 1
            found[id(line)] = " ".join(words)
    return found if sum(1 for text in found.values() if text) >= _ITALIC_MIN else {}


def _italic_from(line: _Line, start: int) -> bool:
    """Whether a line's characters from the ``start``-th on (spaces not counted) are italic, its closing punctuation
    aside ('… not being found' + '.')."""
    chars = [ch for ch in line.text if not ch.isspace()]
    if len(chars) != len(line.italics):
        return False
    chars, marks = chars[start:], list(line.italics[start:])
    while chars and chars[-1] in _CLOSING:
        chars.pop()
        marks.pop()
    return bool(marks) and all(marks)


_CLOSING = frozenset(".?!:;,)\"'”’")


def _numbered_questions(parts: dict[int, list[str]], kinds: dict[int, str]) -> set[int]:
    """The bold lines that number the document's questions ('1. What are the types of …?' … '12. Compare …', each
    over an answer with bold sub-titles of its own: a Word 'questions and answers' module): three at least, their
    numbers counting up by one; else none. Made headings, the sub-titles stay bold lines inside their answers."""
    bold = sum(kinds[key] == "**" for key in parts)
    for style in ".):":  # ('1.' … '12.' the questions, '1) Physical Layer' … the parts of an answer)
        numbered = [
            (key, int(m.group(1)))
            for key, words in parts.items()
            if kinds[key] == "**" and (m := _NUMBERED.match(" ".join(words))) and m.group(2) == style
        ]
        if len(numbered) < _NUMBERED_MIN or len(numbered) == bold:
            continue  # (every bold line numbered: no sub-titles to tell apart, the bold questions read as they are)
        if all(b == a + 1 for (_, a), (_, b) in itertools.pairwise(numbered)):
            return {key for key, _ in numbered}
    return set()


def _asking_bold(parts: dict[int, list[str]], kinds: dict[int, str]) -> set[int]:
    """The bold lines, when there are two at least and every one asks (a '?', a question's label or number, a task
    verb: 'Q4. Explain early stopping.', 'Differentiate between RAM and ROM.'): the document's questions, made
    headings so that each is one over the text under it (sitting 20 pdf 3: read as bold lines, those that do not end
    in '?' were taken for the answer above them, a question lost); else none."""
    bold = [key for key in parts if kinds[key] == "**"]
    asking = {key for key in bold if asks(" ".join(parts[key]))}
    while bold and bold[0] not in asking and not _NUMBERED.match(" ".join(parts[bold[0]])):
        bold = bold[1:]  # (a bold title over the first question, 'Networking basics': the document's, no sub-title of an answer)
    if len(bold) >= _ASKING_MIN and len(asking) == len(bold):
        return asking
    # (most of them ask, a few do not: the questions, and bold sub-titles inside their answers ('Potential issues', 'To
    # change fonts on the fly:'), which read as bold lines had made every later question's section: trial22 T22-32)
    return asking if len(asking) >= _ASKING_MOST_MIN and len(asking) >= _ASKING_SHARE * len(bold) else set()


_ASKING_MIN = 2
_ASKING_MOST_MIN = 5  # bold lines that ask, at least, when some bold lines do not
_ASKING_SHARE = 0.5  # of the bold lines that ask, at least, then (most of them)


def _wraps(above: str, line: str, bold: bool) -> bool:
    """Whether a marked line goes on with the one above (a heading wrapped): a bold line not after one that ends its sentence
    ('**2. Explain the layers.**' over '**1) Host-To-Network Layer**', its answer's sub-title: T18-78; after a '?' only a
    sentence), nor when it is numbered itself."""
    if _NUMBERED.match(line.strip()):
        return False
    if not bold:
        return True  # (a heading set large runs on over its lines, sentence after sentence: 'Q11: Consider … from C.' /
        # 'The measured delays … ?', trial19 T19-22)
    end = above.rstrip("*_ ")[-1:]
    if end in "?？":  # ('… and scale?' over 'Explain the features of each network.': a question's second sentence)
        return line.rstrip().endswith((".", "?", "!", "？", "。"))
    return end not in ".!。"  # (a ':' leads on: '**Q2: … E hears from B:**' / '**(13, 0, 6, 10, 4) …**')



def _same_face(a: _Line, b: _Line) -> bool:
    """Whether two lines are set alike: the same font sizes, both bold or neither."""
    return (a.small, a.big, a.bold) == (b.small, b.big, b.bold) and a.small > 0


def _worded(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


# what Markdown would read as markup in a PDF's text: escaped, so the text shows as the PDF prints it
_SPECIAL = re.compile(r"([\\`*_<>$|~])")
_BLOCK_START = re.compile(r"^(?:#|>|\+\s|=+\s*$|-{3,}\s*$|\*{3,}\s*$)")


def _escaped(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text)


_LEAD_TERMS_MIN = 3  # lines opening with a bold term that make a glossary of run-in terms


def _lead_term(line: _Line) -> str | None:
    """The term a line opens with in bold, the rest of it in plain type ('**abiotic** Non-living chemical …': a
    textbook glossary's entry; T27-36: no card from the PDF), at most a few words ending at a word's end; else None."""
    if line.bold or not line.bolds or not line.bolds[0] or line.cells or line.mono:
        return None
    text = line.text.rstrip()
    places = [k for k, ch in enumerate(text) if not ch.isspace()]
    if len(places) != len(line.bolds):
        return None  # (the runs and the text did not line up)
    plain = next((k for k, bold in enumerate(line.bolds) if not bold), None)
    if plain is None or any(line.bolds[plain:]):
        return None
    end = places[plain - 1] + 1
    term, rest = text[:end].strip(), text[end:].strip()
    if not rest or end >= len(text) or not text[end].isspace() or len(term.split()) > 5 or not term[:1].isalpha():
        return None
    return term


def _written(text: str, markdown: bool) -> str:
    """A line of body text as the document's text holds it: as extracted, or, in Markdown, escaped and with no
    indent (four spaces would make it code)."""
    if not markdown:
        return text
    line = _escaped(text.strip())
    return "\\" + line if _BLOCK_START.match(line) else line


def _plain(row: str) -> str:
    """A line of text with no control characters and the typeset letters as letters."""
    return _TYPESET.sub(lambda m: unicodedata.normalize("NFKC", m.group()), _JUNK.sub("", row))
