"""Word documents (``.docx``): the question sheets and handouts teachers and students write in Word, read
through HTML (mammoth, BSD licensed), then as a saved web page is (learner5 L25).

mammoth keeps what a document means rather than how it looks: Word's heading styles become ``<h1>``–``<h6>``,
numbered and bulleted paragraphs lists, tables tables, bold and italics ``<strong>`` and ``<em>``. Each block
is put on a line of its own, so a message's line number counts the document's paragraphs (and list entries,
table rows) from the top. Pictures are left out, each said once with a count: a card never shows a broken one.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from compiler import uptodate
from compiler.colours import highlighted, key_colour
from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.base import scratch_dir
from compiler.sources.converted import NOT_A_DOCUMENT

DOCX_SUFFIXES = (".docx",)
# a block's end: the next block starts a line of its own (line numbers count paragraphs)
_BLOCK_END = re.compile(r"(</(?:p|h[1-6]|li|tr|table|ul|ol|blockquote)>)")


# how a teacher marks the key in a Word copy of a test, kept as the marks the readers know (trial17 T17-22): a
# highlighted run as <mark>, an underlined one as <u> (bold and italics mammoth keeps by itself); paragraphs of code
# (set in a monospaced font, or in a code style: Pandoc's 'Source Code', Word's 'HTML Preformatted') as one <pre>
_CODE_STYLE = "DeckcCode"  # the style id :func:`_code_paragraphs` gives a paragraph of code
_STYLE_MAP = (
    "highlight => mark\nu => u\n"
    f"p.{_CODE_STYLE} => pre:separator('\\n')\n"
    "p[style-name='Source Code'] => pre:separator('\\n')\np[style-name='HTML Preformatted'] => pre:separator('\\n')"
)
# a run coloured red or green (a key's colours) or shaded (a highlight as LibreOffice and Google Docs write it) carries
# a highlight too: mammoth keeps no colour
_RUN_COLOUR = re.compile(r'<w:color\b[^>]*?\bw:val="(?P<rgb>[0-9A-Fa-f]{6})"')
_RUN_SHADING = re.compile(r'<w:shd\b[^>]*?\bw:fill="(?P<rgb>[0-9A-Fa-f]{6})"')


KEYED_SHARE_MAX = 0.5  # runs of text in a key's colour, at most, in a document that marks its key so


def _keyed_run(properties: str) -> bool:
    """Whether a run's properties (``<w:rPr>``'s inside) mark it as a key does: a red or green text colour of any shade
    (Word's ``C00000``, Google Docs' dark green ``38761d``, a theme's accent red: T30-22, only a few exact values were
    read) or a shading filled behind it (``<w:shd w:fill="FFFF00"/>``)."""
    colour = _RUN_COLOUR.search(properties)
    shading = _RUN_SHADING.search(properties)
    return bool(colour and key_colour("#" + colour.group("rgb"))) or bool(shading and highlighted("#" + shading.group("rgb")))
_RUN_PROPERTIES = re.compile(r"<w:rPr>((?:(?!</w:rPr>).)*?)</w:rPr>", re.S)


# what a zip renamed .docx is, by the part that names it: an Anki package, a workbook, slides, an OpenDocument file
_ZIP_KINDS = (
    (("collection.anki21b", "collection.anki21", "collection.anki2"), "an Anki package", "rename it .apkg: deckc reads Anki packages"),
    (("xl/workbook.xml",), "an Excel workbook", "rename it .xlsx: deckc reads Excel workbooks"),
    (("ppt/presentation.xml",), "a PowerPoint file", "export it as PDF into sources/ (deckc reads a PDF's text)"),
    (("content.xml",), "an OpenDocument file", "a text: rename it .odt (deckc reads LibreOffice documents); a spreadsheet: save it as .xlsx"),
)


def _no_word_document(path: Path, rel: str, why: str) -> Diagnostic:
    """The message for a zip named .docx that holds no Word document: what it is when its parts say so."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
    except (OSError, zipfile.BadZipFile):
        names = set()
    kind = next(((what, hint) for parts, what, hint in _ZIP_KINDS if names & set(parts)), None)
    if kind is not None:
        return Diagnostic(rel, None, f"not a Word document: a zip file holding {kind[0]}", kind[1], group=NOT_A_DOCUMENT)
    return Diagnostic(
        rel,
        None,
        f"not a Word document (.docx) deckc can open ({why.rstrip('.')})",
        "open it in Word or LibreOffice and save it again as .docx (an old .doc: save it as .docx)",
        group=NOT_A_DOCUMENT,
    )


def _key_colours(data: bytes) -> bytes:
    """The .docx with each red-, green-coloured or shaded run highlighted as well (the bytes as they were when none is)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read("word/document.xml").decode("utf-8")
            runs = [r for r in _RUN.findall(xml) if "<w:t" in r]
            keyed = sum(1 for r in runs if (p := _RUN_PROPERTIES.search(r)) is not None and _keyed_run(p.group(1)))
            if not keyed or keyed > KEYED_SHARE_MAX * len(runs):
                return data  # (none; or the document's own text colour, a quiz typed all in dark red: no key)

            def mark(m: re.Match[str]) -> str:
                inside = m.group(1)
                if not _keyed_run(inside) or "<w:highlight" in inside:
                    return m.group(0)
                return f'<w:rPr>{inside}<w:highlight w:val="red"/></w:rPr>'

            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
                for info in z.infolist():
                    body = z.read(info.filename)
                    copy.writestr(info, _RUN_PROPERTIES.sub(mark, xml).encode("utf-8") if info.filename == "word/document.xml" else body)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        return data  # (mammoth says what is wrong with it)


_COMMENT = re.compile(r'<w:comment\b[^>]*\bw:id="(?P<id>[^"]+)"[^>]*>(?P<body>.*?)</w:comment>', re.S)
_COMMENT_REFERENCE = re.compile(r'<w:commentReference\b[^>]*\bw:id="(?P<id>[^"]+)"')


def _comment_answers(data: bytes) -> tuple[bytes, int]:
    """The .docx with each Word comment that gives an answer ('Answer: Nairobi', labelled as an answer) written as a
    paragraph of its own right after the paragraph it is anchored on, so the question's answer is under it (trial25
    T25-61: a teacher's key kept as comments, 'question has no answer' ×3); and how many other comments were left out."""
    from compiler.sources.lines import has_answer_label

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            if "word/comments.xml" not in z.namelist():
                return data, 0
            notes = {m.group("id"): " ".join("".join(_RUN_TEXT.findall(m.group("body"))).split()) for m in _COMMENT.finditer(z.read("word/comments.xml").decode("utf-8"))}
            answers = {k: v for k, v in notes.items() if v and has_answer_label(v)}
            if not answers:
                return data, len([v for v in notes.values() if v])
            xml = z.read("word/document.xml").decode("utf-8")

            def after(m: re.Match[str]) -> str:
                said = [answers[r.group("id")] for r in _COMMENT_REFERENCE.finditer(m.group(0)) if r.group("id") in answers]
                return m.group(0) + "".join(f'<w:p><w:r><w:t xml:space="preserve">{html.escape(t, quote=False)}</w:t></w:r></w:p>' for t in said)

            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
                for info in z.infolist():
                    body = z.read(info.filename)
                    copy.writestr(info, _PARAGRAPH.sub(after, xml).encode("utf-8") if info.filename == "word/document.xml" else body)
            return out.getvalue(), len([k for k, v in notes.items() if v and k not in answers])
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        return data, 0  # (mammoth says what is wrong with it)


# a monospaced font, code's: 'Courier New', 'Consolas', 'Menlo', 'Lucida Console', 'Source Code Pro', 'DejaVu Sans Mono'
_MONO_FONT = re.compile(r"courier|consol|menlo|monaco|mono|lucida console|source code|fira code|inconsolata|typewriter", re.I)
_PARAGRAPH = re.compile(r"<w:p(?:\s[^>]*)?>(?:(?!</w:p>).)*</w:p>", re.S)
_RUN = re.compile(r"<w:r(?:\s[^>]*)?>(?:(?!</w:r>).)*</w:r>", re.S)
_RUN_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
_FONTS = re.compile(r"<w:rFonts\b([^>]*)/?>")
_FONT_NAME = re.compile(r'w:(?:ascii|hAnsi)="([^"]*)"')
_STYLE_REF = re.compile(r'<w:(?:p|r)Style w:val="([^"]*)"')
_STYLE = re.compile(r'<w:style\b[^>]*w:styleId="([^"]*)"[^>]*>(.*?)</w:style>', re.S)
_BASED_ON = re.compile(r'<w:basedOn w:val="([^"]*)"')
_BODY_FONT_MIN = 5  # paragraphs with text, at least, before a monospaced font on most of them is the body's own
_BODY_FONT_SHARE = 0.6
_EMPTY_PROPERTIES = re.compile(r"<w:pPr\b[^>]*/>")
_PROPERTIES = re.compile(r"<w:pPr(?:\s[^>]*)?>")
_PARAGRAPH_STYLE = re.compile(r'<w:pStyle w:val="[^"]*"\s*/>')
_OPENING = re.compile(r"<w:p(?:\s[^>]*)?>")


def _mono_styles(styles: str) -> set[str]:
    """The ids of the styles whose font (their own or one they are based on) is monospaced."""
    own = {m.group(1): m.group(2) for m in _STYLE.finditer(styles)}

    def mono(style: str, seen: frozenset[str] = frozenset()) -> bool:
        body = own.get(style, "")
        fonts = _FONTS.search(body)
        if fonts is not None and (names := _FONT_NAME.findall(fonts.group(1))):
            return any(_MONO_FONT.search(name) for name in names)
        base = _BASED_ON.search(body)
        return base is not None and base.group(1) not in seen and mono(base.group(1), seen | {style})

    return {style for style in own if mono(style)}


def _code_paragraphs(data: bytes) -> bytes:
    """The .docx with each paragraph whose text is all set in a monospaced font (its runs', its character style's or its
    paragraph style's font: 'Courier New', 'Consolas' …) given the code style mammoth maps to one <pre> with the
    paragraphs next to it, their leading spaces kept (trial22 T22-23: code pasted into an answer's table cell came out
    as prose, its indent lost); the bytes as they were when there is none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read("word/document.xml").decode("utf-8")
            if not _MONO_FONT.search(xml) and "<w:pStyle" not in xml:
                return data
            styles = z.read("word/styles.xml").decode("utf-8") if "word/styles.xml" in z.namelist() else ""
            mono = _mono_styles(styles)

            def code(paragraph: str) -> bool:
                if "<w:txbxContent" in paragraph:
                    return False
                style = _STYLE_REF.search(paragraph.split("<w:r", 1)[0] if "<w:pPr" in paragraph else "")
                in_style = style is not None and style.group(1) in mono
                said = False
                for run in _RUN.findall(paragraph):
                    text = "".join(_RUN_TEXT.findall(run))
                    if not text.strip():
                        continue
                    said = True
                    fonts = _FONTS.search(run)
                    names = _FONT_NAME.findall(fonts.group(1)) if fonts is not None else []
                    char = _STYLE_REF.search(run)
                    if names:
                        if not any(_MONO_FONT.search(name) for name in names):
                            return False
                    elif not (in_style or (char is not None and char.group(1) in mono)):
                        return False
                return said

            def styled(m: re.Match[str]) -> str:
                paragraph = m.group(0)
                if not code(paragraph):
                    return paragraph
                found[0] += 1
                mark = f'<w:pStyle w:val="{_CODE_STYLE}"/>'
                if _EMPTY_PROPERTIES.search(paragraph):
                    return _EMPTY_PROPERTIES.sub(f"<w:pPr>{mark}</w:pPr>", paragraph, count=1)
                if (props := _PROPERTIES.search(paragraph)) is not None:
                    rest = _PARAGRAPH_STYLE.sub("", paragraph[props.end() :], count=1)
                    return paragraph[: props.end()] + mark + rest
                opening = _OPENING.match(paragraph)
                return paragraph[: opening.end()] + f"<w:pPr>{mark}</w:pPr>" + paragraph[opening.end() :] if opening else paragraph

            found = [0]
            changed = _PARAGRAPH.sub(styled, xml)
            said = sum(bool("".join(_RUN_TEXT.findall(m.group(0))).strip()) for m in _PARAGRAPH.finditer(xml))
            if not found[0] or (said >= _BODY_FONT_MIN and found[0] > _BODY_FONT_SHARE * said):
                return data  # (none; or most of its text set in it: a typewriter look, the body's font, not code)
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
                for info in z.infolist():
                    body = z.read(info.filename)
                    copy.writestr(info, changed.encode("utf-8") if info.filename == "word/document.xml" else body)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        return data  # (mammoth says what is wrong with it)


_HEADER_ROW = re.compile(r"<w:tr\b[^>]*>(?:(?!</w:tr>).)*</w:tr>", re.S)
_HEADING_CELL_STYLE = re.compile(r'<w:pStyle w:val="(?i:table ?head(?:ing|er)s?|tableheading)"\s*/>')


def _header_rows(data: bytes) -> bytes:
    """The .docx with the text of each table's header row bold: a row Word marks to repeat as the header
    (``<w:tblHeader/>``) or whose cells are in LibreOffice's 'Table Heading' style, whose bold a style gives and
    mammoth does not keep (trial23 T23-19: 'Task' -> 'Command' was a card); the bytes as they were when there is none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read("word/document.xml").decode("utf-8")
            if "<w:tblHeader" not in xml and not _HEADING_CELL_STYLE.search(xml):
                return data

            def row(m: re.Match[str]) -> str:
                body = m.group(0)
                if "<w:tblHeader" not in body and not _HEADING_CELL_STYLE.search(body):
                    return body
                body = re.sub(r"<w:r>(?!<w:rPr)", "<w:r><w:rPr><w:b/></w:rPr>", body)
                return re.sub(r"(<w:r\b[^>]*>\s*)<w:rPr>(?!(?:(?!</w:rPr>).)*<w:b/>)", r"\1<w:rPr><w:b/>", body)

            changed = _HEADER_ROW.sub(row, xml)
            if changed == xml:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
                for info in z.infolist():
                    copy.writestr(info, changed.encode("utf-8") if info.filename == "word/document.xml" else z.read(info.filename))
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        return data


_TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.S)
_ROW = re.compile(r"<tr\b[^>]*>.*?</tr>", re.S)
_CELL = re.compile(r"<td\b[^>]*>.*?</td>", re.S)
_BOLD_ONLY = re.compile(r"^<td\b[^>]*>\s*(?:<p>\s*<strong>[^<]+</strong>\s*</p>\s*)+</td>$", re.S)


def _bold_header(html: str) -> str:
    """Word tables whose first row is bold and whose other rows are not (``Term | Definition`` over the terms): that
    row as the table's header (``<th>``), as Markdown writes it; Word marks no header row, so the names were a card
    (trial20 T20-35: 'Q: Term  A: Definition')."""

    def table(m: re.Match[str]) -> str:
        body = m.group(0)
        if body.count("<table") > 1:
            return body  # (a table inside a cell: left as it is)
        rows = _ROW.findall(body)
        first = _CELL.findall(rows[0]) if rows else []
        if len(rows) < 2 or len(first) < 2 or not all(_BOLD_ONLY.match(c) for c in first):
            return body
        if all(all(_BOLD_ONLY.match(c) for c in _CELL.findall(row)) for row in rows[1:]):
            return body  # (every row bold: no header told apart)
        head = re.sub(r"<td\b([^>]*)>(.*?)</td>", r"<th\1>\2</th>", rows[0], flags=re.S)
        return body.replace(rows[0], head, 1)

    return _TABLE.sub(table, html)


_ASKS_END = ("?", "？", "¿")


def _cue_table(page: str) -> str:
    """A Word table of questions beside their answers whose first row titles its columns in plain type (a Cornell-notes
    page's 'Questions / Cues | Notes': short cells that neither ask nor end a sentence, over rows that mostly ask) with
    that row as its header (``<th>``), and a last row spanning every column (the page's 'Summary: …') as a paragraph
    after the table: neither is a question (T27-29: both were cards, 'Questions / Cues' → 'Notes')."""

    def text(cell: str) -> str:
        return " ".join(html.unescape(_TAGS.sub(" ", cell)).split())

    def table(m: re.Match[str]) -> str:
        body = m.group(0)
        if body.count("<table") > 1 or "<th" in body:
            return body
        rows = _ROW.findall(body)
        first = [text(c) for c in _CELL.findall(rows[0])] if rows else []
        if len(rows) < 3 or len(first) < 2:
            return body
        last = _CELL.findall(rows[-1])
        spanning = len(last) == 1 and re.search(rf'colspan="{len(first)}"', last[0]) is not None and text(last[0])
        asked = [text(c[0]) for row in (rows[1:-1] if spanning else rows[1:]) if (c := _CELL.findall(row))]
        asks = sum(1 for t in asked if t.rstrip("*_ ").endswith(_ASKS_END))
        titled = all(t and len(t.split()) <= 4 and not t.endswith((*_ASKS_END, ".", ":", ";", "!")) for t in first)
        if not titled or asks < 2 or 2 * asks < len(asked):
            return body
        head = re.sub(r"<td\b([^>]*)>(.*?)</td>", r"<th\1>\2</th>", rows[0], flags=re.S)
        body = body.replace(rows[0], head, 1)
        if spanning:
            inner = re.sub(r"^<td\b[^>]*>|</td>$", "", last[0].strip())
            body = body.replace(rows[-1], "", 1) + inner
        return body

    return _TABLE.sub(table, page)


# a paragraph's text, then a key-coloured run closing it ('1. What is … ? <em><mark>The newton (N).</mark></em>')
_MARKED_TAIL = re.compile(
    r"<p>(?P<q>(?:(?!</?p>|<mark>).)*?\S)\s*(?P<a>(?:<(?:em|strong)>\s*)*<mark>(?:(?!</?p>|<mark>).)*</mark>(?:\s*</(?:em|strong)>)*)\s*</p>",
    re.S,
)


def _marked_answers(page: str) -> str:
    """A question paragraph whose answer is typed at its end in the key's colour (a teacher's copy: '2. State Newton's
    second law. ' then the answer in red italics) as the question over its answer, a paragraph each, as when the answer
    is typed under it (T27-41: a question ending in '.' had 'no answer', the red run ignored); never an option's label
    and its marked text ('B. Amazon S3'), a label before its value ('Answer: B') nor a sentence's highlighted last
    words ('… the key term <mark>osmosis</mark>')."""

    def split(m: re.Match[str]) -> str:
        asked = " ".join(_TAGS.sub(" ", m.group("q")).split())
        ended = asked.endswith(("?", "？", ".", "!", "。", "！"))  # (a sentence ends before it: a highlighted last word is no answer)
        if not ended or len(asked.split()) < 3 or _OPTION_TEXT.match(asked + " x"):
            return m.group(0)
        return f"<p>{m.group('q')}</p>\n<p>{m.group('a')}</p>"

    return _MARKED_TAIL.sub(split, page) if "<mark>" in page else page


# a paragraph that is an option's label and text ('<p>B. Amazon S3</p>'), its text wholly bold or not
_OPTION_BLOCK = re.compile(r"<(?P<tag>p|li)>(?P<body>(?:(?!</(?:p|li)>).)*)</(?P=tag)>", re.S)
_OPTION_TEXT = re.compile(r"^\s*\(?(?P<letter>[A-Ha-h])[.)]\s+\S")
_ALL_BOLD = re.compile(r"^\s*<strong>(?P<label>\s*\(?[A-Ha-h][.)]\s+)(?P<text>(?:(?!</?strong>).)+)</strong>\s*$", re.S)
_TAGS = re.compile(r"<[^>]+>")
# an option wholly in italics, its letter inside them or not ('<em>B. 753 a.C.</em>', 'B. <em>753 a.C.</em>')
_ALL_ITALIC = re.compile(
    r"^\s*(?P<pre>\(?[A-Ha-h][.)]\s+)?<em>(?P<label>\s*\(?[A-Ha-h][.)]\s+)?(?P<text>(?:(?!</?em>).)+)</em>\s*$", re.S
)
ITALIC_OPTIONS_MIN = 3  # options a question needs for its one option in italics to be the marked one


def _bold_options(html: str) -> str:
    """The options a Word test marks correct by setting their whole paragraph in bold (or, one alone among three or more,
    in italics: T36-6) ('<p><strong>B. Amazon S3
    </strong></p>') with their text alone in bold ('<p>B. <strong>Amazon S3</strong></p>'), the way the readers know
    a bold option, when some but not all options of the question are (sitting 20 pdf 2: the bold label hid the option,
    so the question had 'none marked correct' and no card). Options in turn (A, B, C …), a paragraph each."""
    blocks = list(_OPTION_BLOCK.finditer(html))
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    last = ""
    for m in blocks:
        text = _TAGS.sub("", m.group("body"))
        option = _OPTION_TEXT.match(text)
        letter = option.group("letter").lower() if option else ""
        follows = bool(run) and letter == chr(ord(last) + 1) and not html[run[-1].end() : m.start()].strip()
        if option and (follows or letter == "a"):
            if not follows:
                runs.append(run)
                run = []
            run.append(m)
            last = letter
        else:
            runs.append(run)
            run, last = [], ""
    runs.append(run)
    out = html
    for run in reversed([r for r in runs if len(r) >= 2]):
        bold = [_ALL_BOLD.match(m.group("body")) for m in run]
        if not any(bold):
            # (one option alone in italics, the others not: the teacher's copy marks the right one so, T36-6)
            italic = [i if (i := _ALL_ITALIC.match(m.group("body"))) and bool(i.group("pre")) != bool(i.group("label")) else None for m in run]
            if len(run) >= ITALIC_OPTIONS_MIN and sum(i is not None for i in italic) == 1:
                m, i = next((m, i) for m, i in zip(run, italic, strict=True) if i is not None)
                body = f"{i.group('pre') or i.group('label')}<strong>{i.group('text')}</strong>"
                out = out[: m.start("body")] + body + out[m.end("body") :]
            continue
        if all(bold):
            continue
        for m, b in zip(reversed(run), reversed(bold), strict=True):
            if b is not None:
                body = f"{b.group('label')}<strong>{b.group('text')}</strong>"
                out = out[: m.start("body")] + body + out[m.end("body") :]
    return out


WORD_PICTURE = "@@WORDMEDIA@@/"  # a picture of the Word document itself, by its digest: :func:`word_picture` finds it
PICTURE_DIGEST = 16  # hex digits of its bytes' SHA-256 naming it
_SHOWN_TYPES = {"image/png": ".png", "image/jpeg": ".jpg", "image/jpg": ".jpg", "image/gif": ".gif", "image/svg+xml": ".svg", "image/webp": ".webp", "image/bmp": ".bmp"}


def word_picture(path: Path, ref: str) -> tuple[Path | None, str]:
    """``(file, why not)``: the picture a ``@@WORDMEDIA@@/<digest>.png`` reference of the Word document at ``path`` shows,
    taken out of its ``word/media/`` into a scratch folder to be packed."""
    name = Path(ref.removeprefix(WORD_PICTURE)).name
    digest = Path(name).stem
    try:
        with zipfile.ZipFile(path) as zipped:
            for entry in zipped.namelist():
                if not entry.startswith("word/media/"):
                    continue
                data = zipped.read(entry)
                if hashlib.sha256(data).hexdigest()[:PICTURE_DIGEST] == digest:
                    target = scratch_dir("deckc-word-media-") / f"{Path(entry).stem}-{digest[:8]}{Path(name).suffix}"
                    target.write_bytes(data)
                    return target, ""
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        return None, f"{name!r}: the Word document cannot be read ({exc})"
    return None, f"{name!r} is no longer in the Word document (build again)"


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

    def no_picture(image: Any) -> dict[str, str]:
        """A picture a card can show: a reference to it in the document (packed with the deck, trial29 T29-10: the
        diagram a question asks about was left out); one no browser draws (Word's EMF/WMF drawings): left out, counted."""
        nonlocal pictures
        suffix = _SHOWN_TYPES.get((image.content_type or "").lower())
        if suffix is not None:
            try:
                with image.open() as stream:
                    return {"src": f"{WORD_PICTURE}{hashlib.sha256(stream.read()).hexdigest()[:PICTURE_DIGEST]}{suffix}"}
            except (OSError, KeyError, ValueError):
                pass
        pictures += 1
        return {}

    try:
        from compiler.sources.omml import with_equations
        from compiler.sources.wordlists import with_labels

        # (Word's equations as TeX text: mammoth leaves them out, 'What is the derivative of ?'; trial17 T17-41)
        # (and Word's auto-lettered options with their letters, 'a. Connectionless': trial17 T17-37; code paragraphs as code)
        commented, _ = _comment_answers(path.read_bytes())  # (a key kept as Word comments: T25-61)
        with io.BytesIO(_header_rows(_code_paragraphs(_key_colours(with_labels(with_equations(commented)))))) as handle:
            result = mammoth.convert_to_html(handle, style_map=_STYLE_MAP, convert_image=mammoth.images.img_element(no_picture))
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
        if exc.strerror is None:  # (mammoth's 'Could not find main document part': a zip that is no Word document, T23-14)
            raise ContentError([_no_word_document(path, rel, str(exc))]) from None
        raise ContentError([Diagnostic(rel, None, f"cannot read file: {exc.strerror}", "check the path in deck.toml")]) from None
    html = _marked_answers(_bold_options(_cue_table(_bold_header(_footnotes(re.sub(r"<img\s*/?>", "", result.value))))))
    return _row_lines(_BLOCK_END.sub(r"\1\n", _table_title(html))), pictures


TITLE_WORDS = 8  # words at most of a plain paragraph that titles the table under it
# a paragraph right over a table (the page's first, or all bold) that may title it: short, no sentence
_TITLE_OVER_TABLE = re.compile(r"^(?P<open>\s*)<p>(?P<text>(?:(?!</?p\b)[^?!.:;？！。：；])*?)</p>(?=\s*<table\b)")
_BOLD_TITLE = re.compile(r"<p>(?P<text><strong>[^<]*</strong>)</p>(?=\s*<table\b)")
_TAG = re.compile(r"<[^>]*>")


def _table_title(html: str) -> str:
    """A document with no heading whose table sits under a short paragraph that titles it (the document's first block,
    or all bold; 'Vocabulario – Unidad 1' over '| Español | English |'), with that paragraph a heading: the section of
    the table's cards, as a heading style would make it (sitting 37: the cards' section was the file's name)."""
    if re.search(r"<h[1-6]\b", html) or "<table" not in html:
        return html

    def heading(m: re.Match[str]) -> str:
        words = _TAG.sub("", m.group("text")).split()
        if not words or len(words) > TITLE_WORDS:
            return m.group(0)
        return m.group(0).replace("<p>", "<h1>", 1)[: -len("</p>")] + "</h1>"

    first = _TITLE_OVER_TABLE.sub(heading, html, count=1)
    return first if first != html else _BOLD_TITLE.sub(heading, html, count=1)


def _row_lines(html: str) -> str:
    """The HTML with each table row on one line: a message's line counts a table's rows as the document's paragraphs,
    as a learner finds them in Word (sitting 37: a bank's rows of seven cells were lines 10, 18, 26, each cell's
    paragraph counted)."""

    if "<table" not in html:
        return html
    # (the table's end on its last row's line: the paragraph after the table is the next line, as in Word)
    return _TABLE.sub(lambda m: _CELL_BLOCK_END.sub(r"\1", m.group(0)).replace("</tr>\n</table>", "</tr></table>"), html)


# the line breaks :data:`_BLOCK_END` puts after a block in a table's cell (never a row's end, never a code block's text)
_CELL_BLOCK_END = re.compile(r"(</(?:p|h[1-6]|li|ul|ol|blockquote)>)\n")


# mammoth's footnote (and endnote) reference, '<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>', and the
# note itself in the list it ends the page with, '<li id="footnote-1"><p>He served … <a href="#footnote-ref-1">↑</a></p></li>'
_NOTE_REFERENCE = re.compile(r'(?:<sup>)*<a href="#(?P<kind>footnote|endnote)-(?P<n>[\w-]+)" id="(?P=kind)-ref-(?P=n)">\[[^\]<]*\]</a>(?:</sup>)*')
_NOTE_LIST = re.compile(r'<ol>\s*(?P<notes>(?:<li id="(?:footnote|endnote)-[\w-]+">.*?</li>\s*)+)</ol>', re.S)
_NOTE = re.compile(r'<li id="(?P<kind>footnote|endnote)-(?P<n>[\w-]+)">(?P<text>.*?)</li>', re.S)
_BACK_LINK = re.compile(r'\s*<a href="#(?:footnote|endnote)-ref-[\w-]+">[^<]*</a>')


def _footnotes(html: str) -> str:
    """Word's footnotes and endnotes as Markdown's (``[^1]`` where cited, ``[^1]: …`` for the note), which the reading
    puts under the answer that cites them (trial29 T29-29: the notes, with their '↑' back-links, ended the last card,
    and the cited answer kept a '[1]' with no note)."""
    if 'id="footnote-' not in html and 'id="endnote-' not in html:
        return html

    def notes(m: re.Match[str]) -> str:
        out = []
        for note in _NOTE.finditer(m.group("notes")):
            text = _BACK_LINK.sub("", note.group("text"))
            text = " ".join(re.sub(r"</?p>", " ", text).split())
            out.append(f"<p>[^{note.group('kind')[0]}{note.group('n')}]: {text}</p>")
        return "\n".join(out)

    html = _NOTE_LIST.sub(notes, html)
    return _NOTE_REFERENCE.sub(lambda m: f"[^{m.group('kind')[0]}{m.group('n')}]", html)
