"""Word's numbered paragraphs with the labels Word shows (trial17 T17-37).

A Word quiz is most often one multilevel list: the questions at level 1 (``1.``, ``2.`` …) and their options at level 2,
lettered by Word (``a.``, ``b.`` …: ``numFmt lowerLetter`` in ``word/numbering.xml``).  The letters exist only in the
numbering definitions; the conversion to HTML wrote the options as a nested list with no letter, so they were a
Basic card's back and a key ``1. b  2. c`` named nothing.  :func:`with_labels` hands back a copy of the document whose
numbered paragraphs (decimal, letters, roman numerals) of a list that letters some of them start with their label as
text, ``a. Connectionless``, as if typed, their numbering taken off; so are those of a list other paragraphs come
between (questions numbered by Word, each over typed options: the conversion to HTML numbered each from 1 again);
bulleted paragraphs, other numbering styles and lists with no lettered level, unbroken (a handout's numbered steps),
are left as they were.
"""

from __future__ import annotations

import io
import re
import zipfile

_PARAGRAPH = re.compile(r"<w:p\b(?:[^>/]|/(?!>))*>.*?</w:p>", re.S)
_NUMBERING = re.compile(r"<w:numPr>\s*(?:<w:ilvl w:val=\"(?P<level>\d+)\"\s*/>)?\s*<w:numId w:val=\"(?P<num>\d+)\"\s*/>\s*</w:numPr>")
_NUM = re.compile(r'<w:num w:numId="(?P<num>\d+)"[^>]*>(?P<body>.*?)</w:num>', re.S)
_ABSTRACT_REF = re.compile(r'<w:abstractNumId w:val="(?P<abstract>\d+)"')
_RESTART = re.compile(r'<w:lvlOverride w:ilvl="(?P<level>\d+)"\s*>\s*<w:startOverride w:val="(?P<start>\d+)"')
_ABSTRACT = re.compile(r'<w:abstractNum\b[^>]*w:abstractNumId="(?P<id>\d+)"[^>]*>(?P<body>.*?)</w:abstractNum>', re.S)
_LEVEL = re.compile(r'<w:lvl\b[^>]*w:ilvl="(?P<level>\d+)"[^>]*>(?P<body>.*?)</w:lvl>', re.S)
_FORMATS = ("decimal", "lowerLetter", "upperLetter", "lowerRoman", "upperRoman")


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def _shown(fmt: str, n: int) -> str:
    """A counter as the level's format writes it: 3, c, C, iii, III."""
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)


def _levels(numbering: str) -> dict[str, tuple[str, dict[int, tuple[str, str, int]]]]:
    """numId -> (its abstract numbering's id, {level: (format, label text '%2.', start)})."""
    abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
    for m in _ABSTRACT.finditer(numbering):
        levels = {}
        for lvl in _LEVEL.finditer(m.group("body")):
            body = lvl.group("body")
            fmt = re.search(r'<w:numFmt w:val="(?P<v>[^"]*)"', body)
            text = re.search(r'<w:lvlText w:val="(?P<v>[^"]*)"', body)
            start = re.search(r'<w:start w:val="(?P<v>\d+)"', body)
            shown = fmt.group("v") if fmt else "decimal"
            first = int(start.group("v")) if start else 1
            # (letters and roman numerals have no zero: a list Google Docs exports with start 0 shows a, b, c as
            # Word shows them, not '', a, b; trial19 T19-12)
            levels[int(lvl.group("level"))] = (shown, text.group("v") if text else "", first if shown == "decimal" else max(first, 1))
        abstract[m.group("id")] = levels
    found = ((m.group("num"), a.group("abstract")) for m in _NUM.finditer(numbering) if (a := _ABSTRACT_REF.search(m.group("body"))))
    return {num: (ref, abstract.get(ref, {})) for num, ref in found}


def _restarts(numbering: str) -> dict[str, dict[int, int]]:
    """numId -> {level: the count it starts again at}: Word's 'Restart at a)', a ``w:num`` of its own over a shared
    abstract numbering with a ``startOverride`` (trial33 T33-20: each question's options lettered on, e) f) g) h))."""
    return {
        m.group("num"): {int(r.group("level")): int(r.group("start")) for r in _RESTART.finditer(m.group("body"))}
        for m in _NUM.finditer(numbering)
        if "<w:startOverride" in m.group("body")
    }


def _interrupted(document: str, levels: dict[str, tuple[str, dict[int, tuple[str, str, int]]]], lettered: set[str]) -> set[str]:
    """The numbered lists (abstract numbering ids) whose paragraphs other paragraphs come between: Word goes on counting
    over them (questions 1, 2, 3, each over its typed options 'A. …', or over a lettered list of its own: T33-20), while
    the conversion to HTML starts a list of its own after each, all numbered 1 (sitting 20 pdf: an answer key '1. B
    2. C' then keyed every question by its entry 1, a wrong answer taught)."""
    out: set[str] = set()
    last: str | None = None  # the list of the last numbered paragraph
    between = False  # a paragraph with text and no numbering, or one of another list Word letters, since it
    for m in _PARAGRAPH.finditer(document):
        found = _NUMBERING.search(m.group(0))
        entry = levels.get(found.group("num")) if found else None
        if entry is not None and entry[0] != last and entry[0] in lettered and last is not None and last not in lettered:
            between = True  # (the options' list under a question: the questions' list goes on after it)
            continue
        if entry is None:
            between = between or bool(re.search(r"<w:t\b[^>]*>[^<]*\S", m.group(0)))
            continue
        if entry[0] == last and between and entry[1].get(int(found.group("level") or 0), ("",))[0] in _FORMATS:  # type: ignore[union-attr]
            out.add(entry[0])
        last, between = entry[0], False
    return out


_NO_NUMBER = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
_STYLE = re.compile(r'<w:style\b[^>]*w:type="paragraph"[^>]*w:styleId="(?P<id>[^"]+)"[^>]*>(?P<body>.*?)</w:style>', re.S)
_STYLE_REF = re.compile(r'<w:pStyle w:val="(?P<id>[^"]+)"\s*/>')


def _styled_numbers(document: str, styles: str) -> str:
    """The document with the numbering a paragraph takes from its style (Word's 'List Number' style, what the numbering
    button applies in many templates: ``<w:pStyle w:val="ListNumber"/>`` and no ``<w:numPr>`` of its own) written on
    the paragraph, so it is counted and labelled as directly numbered ones are (trial30 T30-1: a Czech quiz's questions
    in that style over typed options were each numbered 1, and its key '1b, 2c, 3a, 4d' keyed none)."""
    own: dict[str, tuple[str | None, str | None, str | None]] = {}  # style -> (numId, ilvl, based on)
    for m in _STYLE.finditer(styles):
        body = m.group("body")
        num = re.search(r'<w:numId w:val="(?P<v>\d+)"', body)
        level = re.search(r'<w:ilvl w:val="(?P<v>\d+)"', body)
        based = re.search(r'<w:basedOn w:val="(?P<v>[^"]+)"', body)
        if "<w:outlineLvl" in body or re.match(r"(?i)heading|title", m.group("id")):
            continue  # (a numbered heading style, '1 Introduction': a heading, its number no text of it)
        own[m.group("id")] = (num.group("v") if num else None, level.group("v") if level else None, based.group("v") if based else None)

    def numbered(style: str) -> tuple[str, str] | None:
        for _ in range(5):  # (a style based on a numbered one numbers too)
            num, level, based = own.get(style, (None, None, None))
            if num is not None:
                return (num, level or "0") if num != "0" else None
            if based is None:
                return None
            style = based
        return None

    def styled(m: re.Match[str]) -> str:
        paragraph = m.group(0)
        ref = _STYLE_REF.search(paragraph[: paragraph.find("</w:pPr>") + 1]) if "</w:pPr>" in paragraph else None
        if ref is None or "<w:numPr>" in paragraph:
            return paragraph
        found = numbered(ref.group("id"))
        if found is None:
            return paragraph
        written = f'<w:numPr><w:ilvl w:val="{found[1]}"/><w:numId w:val="{found[0]}"/></w:numPr>'
        return paragraph[: ref.end()] + written + paragraph[ref.end() :]

    if not any(num for num, _, _ in own.values()):
        return document
    return _PARAGRAPH.sub(styled, document)


def with_labels(data: bytes) -> bytes:
    """The ``.docx`` with its numbered paragraphs' labels as text (module docstring); the same bytes when it has none
    or cannot be read so."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zipped:
            names = zipped.infolist()
            parts = {info.filename: zipped.read(info.filename) for info in names}
        document = parts["word/document.xml"].decode("utf-8")
        numbering = parts.get("word/numbering.xml", b"").decode("utf-8")
        styles = parts.get("word/styles.xml", b"").decode("utf-8")
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError):
        return data
    if numbering and "<w:pStyle" in document and "<w:numPr>" in styles:
        document = _styled_numbers(document, styles)
    if not numbering or "<w:numPr>" not in document:
        return data
    levels = _levels(numbering)
    # only a list some of whose paragraphs Word letters (a question list over its options): a numbered list of steps
    # in a handout stays the list it is
    used = {(m.group("num"), int(m.group("level") or 0)) for m in _NUMBERING.finditer(document)}
    lettered = {levels[n][0] for n, k in used if n in levels and levels[n][1].get(k, ("",))[0] in ("lowerLetter", "upperLetter")}
    lettered |= _interrupted(document, levels, lettered)
    if not lettered:
        return data
    restarts = _restarts(numbering)
    started: set[str] = set()  # the lists (numIds) that restart whose first paragraph is behind us
    counters: dict[str, dict[int, int]] = {}  # abstract numbering -> level -> its count so far
    changed = False

    def label(m: re.Match[str]) -> str:
        nonlocal changed
        paragraph = m.group(0)
        found = _NUMBERING.search(paragraph)
        if found is None or found.group("num") not in levels:
            return paragraph
        abstract, defined = levels[found.group("num")]
        if abstract not in lettered:
            return paragraph
        level = int(found.group("level") or 0)
        fmt, text, start = defined.get(level, ("", "", 1))
        if fmt not in _FORMATS or "%" not in text:
            return paragraph  # (a bullet, or a style deckc does not letter: left to the list it is)
        count = counters.setdefault(abstract, {})
        if found.group("num") in restarts and found.group("num") not in started:
            started.add(found.group("num"))  # (Word's 'Restart at a)': this list counts from its own start again)
            count.update({k: first - 1 for k, first in restarts[found.group("num")].items()})
        count[level] = count.get(level, start - 1) + 1
        for deeper in [k for k in count if k > level]:
            del count[deeper]  # (a new question: its options letter from a again)

        def number(ref: re.Match[str]) -> str:
            k = int(ref.group(1)) - 1
            kfmt, _, kstart = defined.get(k, ("decimal", "", 1))
            return _shown(kfmt if kfmt in _FORMATS else "decimal", count.get(k, kstart))

        shown = re.sub(r"%(\d)", number, text).replace("&", "&amp;").replace("<", "&lt;")
        typed = f'<w:r><w:t xml:space="preserve">{shown} </w:t></w:r>'
        # (numbering 0: none, also over a numbered style's, 'List Number', which would number the paragraph again)
        paragraph = paragraph[: found.start()] + _NO_NUMBER + paragraph[found.end() :]
        end = paragraph.find("</w:pPr>")
        at = end + len("</w:pPr>") if end >= 0 else paragraph.find(">") + 1
        changed = True
        return paragraph[:at] + typed + paragraph[at:]

    document = _PARAGRAPH.sub(label, document)
    if not changed:
        return data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as made:
        for info in names:
            made.writestr(info, document.encode("utf-8") if info.filename == "word/document.xml" else parts[info.filename])
    return out.getvalue()
