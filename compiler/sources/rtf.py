"""Rich Text Format (``.rtf``: macOS TextEdit's and WordPad's default) read through HTML, as a Word document is
(:mod:`compiler.sources.docx`), so every reader of saved pages reads it (trial31 T31-26).

RTF is text with control words: ``\\par`` ends a paragraph (TextEdit ends each line with ``\\`` and a line break, the
same), ``\\'e9`` is a byte of the document's code page, ``\\u233?`` a Unicode character, ``\\b`` / ``\\i`` / ``\\ul``
turn bold, italics and underline on (``\\b0`` off), ``\\highlight`` shades a run. Groups whose destination is no text
(the font and colour tables, the style sheet, the document's info, pictures, ``{\\*\\…}``) are left out. Each paragraph
is put on a line of its own, so a message's line number counts paragraphs from the top.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, replace
from pathlib import Path

from compiler import uptodate
from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT

RTF_MAX = 50_000_000  # bytes read at most

_TOKEN = re.compile(rb"\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?|\\'(?P<hex>[0-9a-fA-F]{2})|\\(?P<sym>[^a-zA-Z'])|(?P<open>\{)|(?P<close>\})|(?P<text>[^\\{}\r\n]+)|[\r\n]+")
# destinations whose text is no part of the document
_SKIPPED = frozenset(
    {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "headerl", "headerr", "footerl", "footerr",
     "footnote", "annotation", "object", "themedata", "colorschememapping", "latentstyles", "datastore", "xmlnstbl",
     "listtable", "listoverridetable", "rsidtbl", "generator", "filetbl", "revtbl", "expandedcolortbl", "field"}
)  # fmt: skip
_FIELD_RESULT = "fldrslt"  # (a field's shown text, a link's words: kept, its instruction not)


@dataclass(frozen=True)
class _State:
    bold: bool = False
    italic: bool = False
    underline: bool = False
    mark: bool = False
    skip: bool = False
    skip_chars: int = 1  # \ucN: characters after a \u that stand in for it in readers without Unicode


def _not_rtf(rel: str, why: str) -> ContentError:
    return ContentError(
        [Diagnostic(rel, None, f"not a Rich Text document (.rtf) deckc can read ({why})", "open it and save it again as .rtf, .docx or .txt", group=NOT_A_DOCUMENT)]
    )


def rtf_html(path: Path, rel: str) -> str:
    """The document as HTML, one paragraph a line."""
    uptodate.note(path)
    try:
        data = path.read_bytes()[:RTF_MAX]
    except OSError as exc:
        raise ContentError([Diagnostic(rel, None, f"cannot read file: {exc.strerror}", "check the path in deck.toml")]) from None
    if not data.lstrip().startswith(b"{\\rtf"):
        raise _not_rtf(rel, "it does not start with {\\rtf")
    page = "cp1252"
    paragraphs: list[str] = []
    line: list[tuple[str, tuple[str, ...]]] = []  # the paragraph's runs: text, marks
    stack: list[_State] = []
    state = _State()
    pending = 0  # characters still to skip after a \u
    first_in_group = False

    def put(text: str) -> None:
        nonlocal pending
        if state.skip or not text:
            return
        if pending:
            cut = min(pending, len(text))
            text, pending = text[cut:], pending - cut
        marks = tuple(tag for on, tag in ((state.mark, "mark"), (state.underline, "u"), (state.italic, "em"), (state.bold, "strong")) if on)
        line.append((text, marks))

    def end_paragraph() -> None:
        paragraphs.append("<p>" + _runs_html(line) + "</p>")
        line.clear()

    for m in _TOKEN.finditer(data):
        kind = next((k for k in ("word", "hex", "sym", "open", "close", "text") if m.group(k) is not None), None)
        if kind == "open":
            stack.append(state)
            first_in_group = True
            continue
        starts_group, first_in_group = first_in_group, False
        if kind == "close":
            state = stack.pop() if stack else state
        elif kind == "text":
            put(m.group("text").decode(page, errors="replace"))
        elif kind == "hex":
            if pending:
                pending -= 1
            else:
                put(bytes([int(m.group("hex"), 16)]).decode(page, errors="replace"))
        elif kind == "sym":
            sym = m.group("sym")
            if sym in (b"\n", b"\r"):
                if not state.skip:
                    end_paragraph()  # (TextEdit's '\' at a line's end: a line break)
            elif sym == b"*" and starts_group:
                state = replace(state, skip=True)  # '{\*\destination …}': a destination a reader may ignore
            elif sym == b"~":
                put("\u00a0")
            elif sym in (b"\\", b"{", b"}"):
                put(sym.decode())
            elif sym == b"-":
                pass  # (an optional hyphen)
            elif sym == b"_":
                put("\u2011")
        elif kind == "word":
            word = m.group("word").decode()
            arg = m.group("arg")
            value = int(arg) if arg is not None else None
            if word in _SKIPPED and stack:
                state = replace(state, skip=True)
            elif word == _FIELD_RESULT:
                state = replace(state, skip=False)
            elif word == "ansicpg" and value is not None:
                try:
                    page = codecs.lookup(f"cp{value}").name
                except LookupError:
                    page = "cp1252"
            elif word in ("par", "line", "sect", "page") and not state.skip:
                end_paragraph()
            elif word == "tab":
                put("\t")
            elif word == "u" and value is not None:
                pending = 0  # (a \u right after another: its stand-in was left out)
                put(chr(value + 65536 if value < 0 else value) if -32768 <= value < 0x110000 else "\ufffd")
                pending = state.skip_chars
            elif word == "uc" and value is not None:
                state = replace(state, skip_chars=value)
            elif word == "b":
                state = replace(state, bold=value != 0)
            elif word == "i":
                state = replace(state, italic=value != 0)
            elif word in ("ul", "ulw", "uld", "uldb"):
                state = replace(state, underline=value != 0)
            elif word == "ulnone":
                state = replace(state, underline=False)
            elif word == "highlight":
                state = replace(state, mark=bool(value))
            elif word == "plain":
                state = replace(state, bold=False, italic=False, underline=False, mark=False)
            elif word in ("emdash", "endash", "bullet", "lquote", "rquote", "ldblquote", "rdblquote"):
                put({"emdash": "\u2014", "endash": "\u2013", "bullet": "\u2022", "lquote": "\u2018", "rquote": "\u2019",
                     "ldblquote": "\u201c", "rdblquote": "\u201d"}[word])  # fmt: skip
            elif word == "cell":
                put(" | ")
            elif word == "row":
                end_paragraph()
    if line:
        end_paragraph()
    return "\n".join(paragraphs) + "\n"


def _runs_html(runs: list[tuple[str, tuple[str, ...]]]) -> str:
    """A paragraph's runs as HTML, runs of the same marks joined (a space between two bold runs is bold: '\\b Вопрос 1:'
    written a \\u per letter is one bold label, not one per word)."""
    merged: list[tuple[str, tuple[str, ...]]] = []
    for k, (text, marks) in enumerate(runs):
        if not text.strip() and merged:
            after = next((m for t, m in runs[k + 1 :] if t.strip()), ())
            marks = merged[-1][1] if after == merged[-1][1] else ()
        if merged and merged[-1][1] == marks:
            merged[-1] = (merged[-1][0] + text, marks)
        else:
            merged.append((text, marks))
    out = []
    for text, marks in merged:
        shown = html.escape(text, quote=False)
        if shown.strip():
            for tag in marks:
                shown = f"<{tag}>{shown}</{tag}>"
        out.append(shown)
    return "".join(out)
