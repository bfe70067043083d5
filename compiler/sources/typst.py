"""Typst documents (``.typ``) read as Markdown after a conversion (trial15 T15-41).

Typst is what more and more students write homework and notes in instead of LaTeX. Its exercises are calls with a
content block, as regular as LaTeX's environments::

    = Convex functions                   <- a heading (== a level down)
    #exercise[                           <- also #problem, #question, #task, #exercise(title: "…")[…]
      Let $f: RR^n -> RR$ be convex. Show that …
    ]
    #solution[                           <- also #answer, #sol, #proof right after an exercise
      By the definition of convexity, …
      $ f(x) >= f(y) + nabla f(y)^T (x - y) $
    ]

:func:`convert_typst` writes the document as Markdown, each line naming the line it came from: headings, an
exercise as ``### Exercise N`` over its text, the solution after it under ``#### Answer`` (an empty solution, or one
that only draws, gives none: the exercise is "no answer"), a theorem-like block (``#theorem``, ``#definition`` …)
as ``### Theorem N`` over its text, other calls' content as text; ``*strong*`` is bold, ``_emph_`` italic, ``+``
items numbered. Maths is TeX, as the cards typeset it: ``$x$`` inline, ``$ x $`` (spaces inside) displayed,
converted by tex2typst's ``typst2tex`` (a formula it cannot convert is kept as written, as code, and said once).
Set-up lines (``#import``, ``#set``, ``#show``, ``#let`` …) and calls that only lay out or draw (``#pagebreak()``,
``#v(1em)``, ``#cetz.canvas({…})``) are no text.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from compiler.diagnostics import Diagnostic
from compiler.sources.base import load_document
from compiler.sources.converted import Converted
from compiler.sources.lines import code_fence, code_span, table_columns

ASKING = ("exercise", "exercice", "problem", "question", "task", "exo", "aufgabe", "ejercicio", "esercizio", "ex")
ANSWERING = ("solution", "sol", "answer", "proof", "loesung", "lösung", "solucion", "solución", "soluzione")
THEOREMS = ("theorem", "lemma", "proposition", "corollary", "definition", "example", "remark", "note", "claim", "fact", "axiom", "statement")
_CALL = re.compile(r"#(?P<name>[A-Za-z_][\w.-]*)")
_SETUP = re.compile(r"^\s*#(?:import|include|set|show|let)\b")
_HEADING = re.compile(r"^(?P<marks>=+)\s+(?P<text>\S.*)$")
_STRONG = re.compile(r"(?<![\w*\\])\*(?=\S)(?P<t>[^*\n]+?)(?<=\S)\*(?![\w*])")
_EMPH = re.compile(r"(?<![\w\\])_(?=\S)(?P<t>[^_\n]+?)(?<=\S)_(?!\w)")
_LABEL = re.compile(r"\s*<[\w:.-]+>\s*$")
_BREAK = re.compile(r"(?<!\\)(?:\\\\)*\\(?=[ \t]|$)")  # Typst's forced line break: a backslash before a space or the end
_TITLE = re.compile(r"""(?:title\s*:\s*)?"(?P<t>(?:\\.|[^"\\])*)\"""")
_STRING = re.compile(r'(?:(?P<name>[A-Za-z_][\w-]*)\s*:\s*)?"(?P<s>(?:\\.|[^"\\])*)"')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def _unquoted(body: str) -> str:
    """A Typst string literal's text: its escapes read (``\\n``, ``\\"``, ``\\u{1F600}``)."""

    def one(m: re.Match[str]) -> str:
        if m.group("u"):
            code = int(m.group("u"), 16)
            return chr(code) if code <= 0x10FFFF else m.group(0)
        return _ESCAPES.get(m.group("c"), m.group("c"))

    return re.sub(r"\\(?:u\{(?P<u>[0-9A-Fa-f]{1,6})\}|(?P<c>.))", one, body)


def _raw_call(args: str) -> tuple[str, bool, str] | None:
    """``(text, block, lang)`` of ``#raw("…", block: true, lang: "html")``'s arguments; None when it names no text
    (``#raw(read("file.py"))``: nothing here to show)."""
    text: str | None = None
    lang = ""
    for m in _STRING.finditer(args):
        if m.group("name") == "lang":
            lang = _unquoted(m.group("s"))
        elif m.group("name") is None and text is None and args[: m.start()].rstrip()[-1:] in ("", ","):
            text = _unquoted(m.group("s"))  # (the first argument, a string: not 'read("f.py")'s)
    if text is None:
        return None
    return text, re.search(r"\bblock\s*:\s*true\b", args) is not None, lang


def _closing(text: str, k: int, opening: str) -> int:
    """The index after the bracket closing the one at ``k`` (``(`` or ``[``), skipping strings, maths and escapes;
    ``len(text)`` when it never closes."""
    closing = {"(": ")", "[": "]", "{": "}"}
    stack = [opening]
    j = k + 1
    in_math = False
    while j < len(text):
        ch = text[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "`" and stack[-1] == "[" and not in_math:  # (raw text: a ']' in it closes nothing)
            j = _raw_end(text, j)
            continue
        if ch == "$" and stack[-1] == "[":
            in_math = not in_math
        elif in_math:
            pass
        elif ch == '"' and stack[-1] in "({":
            m = re.compile(r'"(?:\\.|[^"\\])*"').match(text, j)
            j = m.end() if m else j + 1
            continue
        elif ch in closing:
            stack.append(ch)
        elif ch in ")]}" and closing[stack[-1]] == ch:
            stack.pop()
            if not stack:
                return j + 1
        j += 1
    return len(text)


def _raw_end(text: str, k: int) -> int:
    """The index after the backtick raw text opening at ``k`` (```` `x` ````, ```` ```lang … ``` ````); after its
    opening run when it never closes (the backticks are then text)."""
    run = len(text) - len(text[k:].lstrip("`")) - k
    if run == 2:
        return k + 2  # ('``': empty raw text)
    close = text.find("`" * run, k + run)
    return k + run if close == -1 else close + run


def _raw_text(body: str, run: int) -> tuple[str, bool, str]:
    """``(text, block, lang)`` of backtick raw text's inside: three backticks or more take a language tag and make
    a block when the text spans lines, its first and last blank lines and common indentation not part of it (Typst's
    rules); one backtick is the text as written."""
    if run < 3:
        return body, False, ""
    tag = re.match(r"[A-Za-z][\w+#.-]*", body)
    lang = tag.group(0) if tag else ""
    body = body[len(lang) :]
    if "\n" not in body:
        return body.strip(), False, lang
    lines = body.split("\n")
    if not lines[0].strip():
        lines = lines[1:]
    if lines and not lines[-1].strip():
        lines = lines[:-1]
    indent = min((len(t) - len(t.lstrip()) for t in lines if t.strip()), default=0)
    return "\n".join(t[indent:] for t in lines), True, lang


def _math(body: str, failed: list[str]) -> str:
    """A Typst formula as TeX (``typst2tex``); one it cannot convert is kept as written and counted."""
    from tex2typst import typst2tex

    body = _without_calls(body)  # ('#raw-render(```graph { … }```)' drawn inside a formula: no maths; trial48)
    source = re.sub(r"\babs\(([^()]*)\)", r"lr(| \1 |)", body.replace("\\/", "/"))
    source = re.sub(r"\bnorm\(([^()]*)\)", r"lr(|| \1 ||)", source)
    source = re.sub(r"(?<=\b[A-Za-z])\.(?=\s|$)", " .", source)  # ('… A.': a sentence's full stop, not 'A.b' a symbol's name)
    try:
        tex = typst2tex(source.strip())
    except (ValueError, RuntimeError):  # (the converter's error: a formula it does not know)
        failed.append(body)
        return ""
    tex = re.sub(r"(?:\\\\|\\)\s*(?=\n\\end\{aligned\})", "", tex)  # (a line break after the last row: none)
    tex = _LEFTOVER.sub(lambda m: _LEFTOVERS[m.group(0)], _raised_braces(tex))
    tex = re.sub(r"(?<!\\)%", r"\\%", tex)  # (Typst's 'percent': TeX's comment sign unless escaped)
    return tex if "\\abs" not in tex else ""


# Typst's symbol names the converter leaves as TeX commands no renderer knows (trial48 T48-9: '\compose' in red)
_LEFTOVERS = {
    "\\compose": "\\circ", "\\sect": "\\cap", "\\angle.l": "\\langle", "\\angle.r": "\\rangle", "\\degree": "^{\\circ}",
    "\\planck.reduce": "\\hbar", "\\circle": "\\circ", "\\QED": "\\blacksquare",
}  # fmt: skip
_LEFTOVER = re.compile("|".join(re.escape(k) + r"(?![A-Za-z])" for k in _LEFTOVERS))


def _raised_braces(tex: str) -> str:
    """A brace group right after ``^`` or ``_`` raised or lowered whole (``R^{-1}`` written as LaTeX would, which
    Typst shows with its braces: ``R^{\\{-1\\}}``, never only the ``{`` raised; trial48 T48-9)."""
    out, k = [], 0
    while (m := re.compile(r"[\^_]\\\{").search(tex, k)) is not None:
        depth, j = 1, m.end()
        while j < len(tex) and depth:
            if tex.startswith("\\{", j):
                depth, j = depth + 1, j + 2
            elif tex.startswith("\\}", j):
                depth, j = depth - 1, j + 2
            else:
                j += 1
        if depth:
            break
        out.append(tex[k : m.start() + 1] + "{" + tex[m.start() + 1 : j] + "}")
        k = j
    return "".join(out) + tex[k:]


def _without_calls(body: str) -> str:
    """A formula without the code calls written inside it (``#raw-render(…)``, ``#box(…)[…]``): what they draw is no
    maths to convert, and their code came out as nonsense TeX the sheet could not typeset (trial48)."""
    k = 0
    while (m := _CALL.search(body, k)) is not None:
        j = m.end()
        while j < len(body) and body[j] in "([":
            j = _closing(body, j, body[j])
        body = body[: m.start()] + body[j:]
        k = m.start()
    return body


class _Writer:
    """Markdown lines with the file's line each came from."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.out: list[tuple[str, int]] = []
        self.failed: list[str] = []

    def line_at(self, k: int) -> int:
        return self.text.count("\n", 0, k) + 1

    def emit(self, line: str, at: int) -> None:
        self.out.append((line, at))

    def blank(self, at: int) -> None:
        if self.out and self.out[-1][0]:
            self.out.append(("", at))

    def content(self, start: int, end: int) -> int:
        """The Markdown of ``text[start:end]`` (markup, maths, calls); how many lines of text it wrote."""
        made = len(self.out)
        current: list[str] = []
        current_at = self.line_at(start)

        def flush() -> None:
            nonlocal current
            line = "".join(current).rstrip()
            if line.strip():
                self.emit(line, current_at)
            elif self.out and self.out[-1][0]:
                self.emit("", current_at)
            current = []

        k = start
        while k < end:
            ch = self.text[k]
            if ch == "\n":
                flush()
                current_at = self.line_at(k + 1)
                k += 1
                continue
            if ch == "$":
                close = self.text.find("$", k + 1)
                while close != -1 and self.text[close - 1] == "\\":
                    close = self.text.find("$", close + 1)
                close = end if close == -1 or close >= end else close
                body = self.text[k + 1 : close]
                shown = body.replace("\n", " ")
                tex = _math(body, self.failed)
                display = body[:1].isspace() and body[-1:].isspace()
                if not tex:
                    current.append(f"`{' '.join(shown.split())}`")
                elif display:
                    flush()
                    at = self.line_at(k)
                    self.emit("$$", at)
                    for piece in tex.split("\n"):
                        self.emit(piece, at)
                    self.emit("$$", at)
                    current_at = self.line_at(close)
                else:
                    current.append(f"${' '.join(tex.split())}$")
                k = close + 1
                continue
            raw: tuple[str, bool, str] | None = None
            after = k
            if ch == "`":
                after = min(_raw_end(self.text, k), end)
                run = len(self.text[k:after]) - len(self.text[k:after].lstrip("`"))
                if after - k > run or run == 2:
                    raw = _raw_text(self.text[k + run : after - run], run)
            elif ch == "#" and self.text.startswith("#raw(", k):
                after = _closing(self.text, k + 4, "(")
                raw = _raw_call(self.text[k + 5 : after - 1]) if after <= end else None
            if raw is not None:  # (raw text: code as written, nothing in it is markup or maths; T22-27)
                code, block, lang = raw
                if block:
                    flush()
                    at = self.line_at(k)
                    fence = code_fence(code.split("\n"))
                    self.emit(fence + lang, at)
                    for piece in code.split("\n"):
                        self.emit(piece, at)
                    self.emit(fence, at)
                    current_at = self.line_at(after)
                elif code.strip():
                    current.append(code_span(" ".join(code.split("\n"))))
                k = after
                continue
            if ch == "`":  # (a backtick run that closes nothing: the characters)
                current.append(self.text[k:after])
                k = after
                continue
            if ch == "#" and (m := _CALL.match(self.text, k)) is not None and k + 1 < end:
                k = self.call(m, end, current)
                continue
            if ch == "\\":
                nxt = self.text[k + 1] if k + 1 < end else "\n"
                if nxt in " \t":  # (Typst's forced line break '\ ': the rest of the line on a line of its own)
                    flush()
                    k += 1
                    while k < end and self.text[k] in " \t":
                        k += 1
                    current_at = self.line_at(k)
                    continue
                # ('\#', '\*': the character itself, escaped again for Markdown where it is markup there too)
                current.append("" if nxt == "\n" else "\\" + nxt if nxt in "*_#$[]<>\\" else nxt if nxt in "@/" else "\\" + nxt)
                k += 2 if nxt != "\n" else 1
                continue
            stop = k
            while stop < end and self.text[stop] not in "\n$#\\`":
                stop += 1
            if stop == k:  # ('A # b': a '#' that starts no call is the character; every step moves on, T22-26's hang)
                current.append("\\" + self.text[k])  # (escaped: '# and …' at a line's start is no Markdown heading)
                k += 1
                continue
            current.append(self._markup(self.text[k:stop], not "".join(current).strip()))
            k = stop
        flush()
        written = self.out[made:]
        verbatim = _verbatim([t for t, _ in written])
        indents = [len(t) - len(t.lstrip(" ")) for (t, _), v in zip(written, verbatim, strict=True) if t.strip() and not v]
        cut = min(indents, default=0)  # (the block's own indentation is no Markdown: 4 spaces would make code)
        if cut:
            for n, ((t, at), v) in enumerate(zip(written, verbatim, strict=True), start=made):
                if not v:
                    self.out[n] = (t[cut:] if t[:cut].isspace() else t.lstrip(" "), at)
        return sum(1 for t, _ in written if t.strip())

    @staticmethod
    def _markup(piece: str, line_start: bool) -> str:
        """Typst's inline markup in a piece of a line as Markdown."""
        piece = _STRONG.sub(r"**\g<t>**", piece)
        piece = _EMPH.sub(r"*\g<t>*", piece)
        piece = _LABEL.sub("", piece)
        if line_start:
            piece = re.sub(r"^(\s*)\+\s", r"\g<1>1. ", piece)
            m = _HEADING.match(piece.strip())
            if m is not None:  # (the space before what follows the piece stays: '= What is 2 \* 3?')
                piece = "#" * min(len(m.group("marks")), 3) + " " + m.group("text") + piece[len(piece.rstrip()) :]
        return piece

    def table(self, start: int, end: int) -> None:
        """A ``#table(…)``'s arguments (``text[start:end]``) as a Markdown table: ``columns: 3`` (or a tuple) its width,
        its content cells (``[Force]``, ``$F = m a$``, ``table.header([…], …)``, a call's last content argument,
        quest's ``blank(1fr, [answer])``) in rows, each at its first cell's line; nothing when it holds no cell
        (trial48 T48-16: a table was lost). Its header is ``table.header``'s row, a first row all in bold or one that
        names its columns (``[Question], [Answer]``); else the header is empty, over every row (as a Word table's: the
        first row of terms is no header)."""
        width, cells, headed = 1, [], False
        for a, b in _arguments(self.text, start, end):
            body = self.text[a:b].strip()
            named = re.match(r"^(?P<name>[A-Za-z_][\w-]*)\s*:\s*", body)
            if named:
                if named.group("name") == "columns":
                    width = _columns(body[named.end() :].strip())
                continue
            lead = a + (len(self.text[a:b]) - len(self.text[a:b].lstrip()))
            head = re.match(r"table\.header\s*\(", self.text[lead:b])
            headed = headed or head is not None
            for c_start, c_end in _arguments(self.text, lead + head.end(), b - 1) if head else [(lead, b)]:
                cells.append((self._cell(c_start, c_end), self.text[c_start:c_end].strip(), c_start))
        if not cells:
            return
        rows = [cells[k : k + width] for k in range(0, len(cells), width)]
        rows[-1] += [("", "", rows[-1][-1][2])] * (width - len(rows[-1]))
        if not headed and not all(_STRONG_CELL.fullmatch(raw) for _, raw, _ in rows[0]) and table_columns([t for t, _, _ in rows[0]]) is None:
            rows = [[("", "", start)] * width, *rows]  # ('[osmosis], [the diffusion …]': a row of terms, no header)
        for n, row in enumerate(rows):
            at = self.line_at(row[0][2])
            self.emit("| " + " | ".join(text for text, _, _ in row) + " |", at)
            if n == 0:
                self.emit("|" + "---|" * width, at)

    def cells(self, start: int, end: int) -> None:
        """A layout call's content arguments (``#grid(columns: 2, [a) single helix], [b) double helix])``), each a line
        of text at its own line: a macro's options laid out in a grid were dropped (trial33 bio-quiz.typ)."""
        for a, b in _arguments(self.text, start, end):
            body = self.text[a:b].strip()
            if re.match(r"^[A-Za-z_][\w-]*\s*:", body) or (body[:1] not in "[$#" and not re.match(r"^[A-Za-z_][\w.-]*\(", body)):
                continue  # ('columns: (1fr, 1fr)', '4pt': the layout's settings)
            said = self._cell(a, b)
            if said.strip():
                self.emit(said.replace("\\|", "|"), self.line_at(a))

    def _cell(self, start: int, end: int) -> str:
        """A table cell's text, one line: its content (``[…]``), maths (``$…$``), or a call's last content argument."""
        body = self.text[start:end].strip()
        lead = start + (len(self.text[start:end]) - len(self.text[start:end].lstrip()))
        if body.startswith("[") or body.startswith("$"):
            inner = (lead + 1, lead + len(body) - 1) if body.startswith("[") else (lead, lead + len(body))
        elif (call := re.match(r"[A-Za-z_][\w.-]*\s*\(", body)) is not None:
            args = _arguments(self.text, lead + call.end(), lead + len(body) - 1)
            contents = [(a, b) for a, b in args if self.text[a:b].strip()[:1] in "[$"]
            if not contents:
                return ""
            a, b = contents[-1]
            return self._cell(a, b)
        else:
            return body.replace("|", "\\|")
        saved = len(self.out)
        self.content(*inner)
        said = " ".join(t.strip() for t, _ in self.out[saved:] if t.strip())
        del self.out[saved:]
        return said.replace("|", "\\|")

    def call(self, m: re.Match[str], end: int, current: list[str]) -> int:
        """A ``#name(args)[content]`` call inside content: its content as text (layout and drawing calls write none)."""
        k = m.end()
        if m.group("name") == "table" and k < end and self.text[k] == "(" and not "".join(current).strip():
            close = _closing(self.text, k, "(")
            self.table(k + 1, close - 1)  # (a table inside a block or an item: a table there too; T48-16)
            return close
        if m.group("name") in _CELL_LAYOUTS and k < end and self.text[k] == "(" and not "".join(current).strip():
            close = _closing(self.text, k, "(")
            if close >= end or self.text[close] != "[":
                self.cells(k + 1, close - 1)
                return close
        if k < end and self.text[k] == "(":
            k = _closing(self.text, k, "(")
        if k < end and self.text[k] == "[":
            close = _closing(self.text, k, "[")
            inner = self.text[k + 1 : close - 1]
            several = "\n" in inner or "$" in inner or "#" in inner or "`" in inner or _BREAK.search(inner) is not None
            current.append("" if several else self._markup(" ".join(inner.split()), False))
            if several:
                self.content(k + 1, close - 1)
            return close
        return k


_CELL_LAYOUTS = ("grid", "stack")  # layout calls whose content arguments are text laid out ('#grid([a) …], [b) …])')
_STRONG_CELL = re.compile(r"\[\s*\*[^*\]]+\*\s*\]")  # a cell all in bold: '[*Quantity*]'


def _columns(value: str) -> int:
    """A table's ``columns:`` as a count: ``3``, ``(1fr, 2fr)``, ``(auto,) + (1fr,) * 3``; 1 when it is none of these."""
    count = 0
    for part in re.split(r"\s*\+\s*", value):
        if part.isdigit():
            count += int(part)
        elif (m := re.fullmatch(r"\((?P<items>.*)\)\s*(?:\*\s*(?P<times>\d+))?", part)) is not None:
            items = [x for x in m.group("items").split(",") if x.strip()]
            count += len(items) * int(m.group("times") or 1)
        else:
            return max(count, 1)
    return max(count, 1)


def _arguments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ranges of a call's arguments in ``text[start:end]``, split at its top-level commas (brackets, strings,
    maths and raw text skipped)."""
    out, k, piece = [], start, start
    while k < end:
        ch = text[k]
        if ch in "([{":
            k = _closing(text, k, ch)
            continue
        if ch == '"':
            m = re.compile(r'"(?:\\.|[^"\\])*"').match(text, k)
            k = m.end() if m else k + 1
            continue
        if ch == "$":
            close = text.find("$", k + 1)
            k = end if close == -1 or close >= end else close + 1
            continue
        if ch == "`":
            k = _raw_end(text, k)
            continue
        if ch == ",":
            if text[piece:k].strip():
                out.append((piece, k))
            piece = k + 1
        k += 1
    if text[piece:end].strip():
        out.append((piece, end))
    return out


def _verbatim(lines: list[str]) -> list[bool]:
    """For each written line, whether it belongs to a display formula (``$$`` … ``$$``) or a code fence, its
    delimiting lines too: text whose spaces are its own."""
    out: list[bool] = []
    closer = ""
    for t in lines:
        if closer:
            out.append(True)
            closer = "" if t == closer else closer
        elif t == "$$" or t.startswith("```"):
            out.append(True)
            closer = "$$" if t == "$$" else t[: len(t) - len(t.lstrip("`"))]
        else:
            out.append(False)
    return out


def _statement_end(text: str, k: int) -> int:
    """The end of a set-up statement starting before ``k``: its line, and the lines its brackets span."""
    while k < len(text) and text[k] != "\n":
        k = _closing(text, k, text[k]) if text[k] in "([{" else k + 1
    return k


def _blocks(text: str, k: int = 0, stop: int | None = None) -> list[tuple[str, int, int, int, str]]:
    """``(kind, call start, content start, content end, title)`` of each ``#name(…)[…]`` call opening a line of
    ``text[k:stop]`` at its top level (a question's own sub-questions and solution, inside its content block)."""
    found: list[tuple[str, int, int, int, str]] = []
    stop = len(text) if stop is None else stop
    while True:
        m = re.compile(r"(?m)^[ \t]*#(?P<name>[A-Za-z_][\w.-]*)").search(text, k)
        if m is None or m.start() >= stop:
            return found
        j = m.end()
        if m.group("name") in ("import", "include", "set", "show", "let"):  # (set-up: its whole statement, no text)
            k = _statement_end(text, j)
            continue
        args = ""
        if j < len(text) and text[j] == "(":
            close = _closing(text, j, "(")
            if m.group("name") in ("table", *_CELL_LAYOUTS) and (close >= len(text) or text[close] != "["):
                found.append((m.group("name"), m.start(), j + 1, close - 1, ""))  # (its cells are its arguments)
                k = close
                continue
            args, j = text[j + 1 : close - 1], close
        if j < len(text) and text[j] == "[":
            close = _closing(text, j, "[")
            title = _TITLE.search(args)
            found.append((m.group("name").lower(), m.start(), j + 1, close - 1, title.group("t") if title else ""))
            k = close
        else:
            found.append(("", m.start(), j, j, ""))  # (a call with no content: set-up, a page break)
            k = j if j > m.end() else m.end()


def _role(kind: str) -> str:
    """What a call is to the page: ``ask`` (a question, an exercise), ``part`` (a sub-question), ``answer`` (its
    solution), ``theorem`` (a definition, a theorem …) or ``""``. An exam package's own names count by their last
    word (g-exam's ``g-question`` / ``g-subquestion`` / ``g-solution``, ``exam-question``: trial48 T48-3)."""
    last = re.split(r"[-_.]", kind)[-1]
    if kind in ASKING or (last in ASKING and last != kind):
        return "ask"
    if last.startswith("sub") and last[3:] in ASKING:
        return "part"
    if kind in ANSWERING or (last in ANSWERING and last != kind):
        return "answer"
    return "theorem" if kind in THEOREMS else ""


_TOP_ENUM = re.compile(r"^\+[ \t]+(?=\S)")
_NESTED_ENUM = re.compile(r"^(?P<indent>[ \t]+)\+[ \t]+(?=\S)")


def _enum_quiz(lines: list[str]) -> list[str]:
    """A quiz written as Typst enumerations (``+ What is …?`` over its options ``  + So`` / ``  + Na``, then ``1. b`` under
    ``== Answers``) with the numbers and letters Typst prints: each top-level ``+`` its number (from 1 after a heading),
    each ``+`` nested under it a letter, ``a)`` … (trial25 T25-68: every item became '1.' at one level, the options the
    answer of a Basic card and the key unused). Only when some item holds nested ones; lines kept."""
    if not any(_NESTED_ENUM.match(line) for line in lines) or not any(_TOP_ENUM.match(line) for line in lines):
        return lines
    out, number, letter, inside = list(lines), 0, 0, False
    for k, line in enumerate(lines):
        if _HEADING.match(line.strip()) and not line[:1].isspace():
            number, inside = 0, False
        elif _TOP_ENUM.match(line):
            number, letter, inside = number + 1, 0, True
            out[k] = _TOP_ENUM.sub(f"{number}. ", line, count=1)
        elif inside and (m := _NESTED_ENUM.match(line)) is not None and letter < 26:
            out[k] = f"{m.group('indent')}{chr(ord('a') + letter)}) {line[m.end() :]}"
            letter += 1
        elif line.strip() and not line[:1].isspace():
            inside = False  # (text at the margin ends the item: a '+' indented after it is no option of it)
    return out


def _comments(lines: list[str]) -> list[str]:
    """The lines with Typst's comments blanked (``// …`` to the line's end, ``/* … */``; trial48 T48-4: a ``//`` note to
    the teacher was on the card), lines kept; never inside raw text, a string or a URL (``https://``)."""
    out: list[str] = []
    fence = ""
    block = False
    for line in lines:
        if fence or line.lstrip().startswith("```"):
            run = line.lstrip()[: len(line.lstrip()) - len(line.lstrip().lstrip("`"))]
            if not fence and len(run) >= 3:
                fence = run if line.lstrip()[len(run) :].count(run) == 0 else ""
            elif fence and run.startswith(fence):
                fence = ""
            out.append(line)
            continue
        kept, k, quoted, ticks = [], 0, False, 0
        while k < len(line):
            two = line[k : k + 2]
            if block:
                if two == "*/":
                    block, k = False, k + 2
                else:
                    k += 1
                continue
            ch = line[k]
            if ch == '"' and (k == 0 or line[k - 1] != "\\"):
                quoted = not quoted
            elif ch == "`":
                ticks += 1
            free = not quoted and ticks % 2 == 0 and (k == 0 or line[k - 1] in " \t")
            if two == "//" and free:
                break
            if two == "/*" and free:
                block, k = True, k + 2
                continue
            kept.append(ch)
            k += 1
        out.append("".join(kept).rstrip() if len(kept) < len(line) else line)
    return out


# quest's and similar quiz packages' options: '[#choice Mercury]', '[#correct-choice Earth]' ('option' too)
_CHOICE = re.compile(r"#(?P<right>correct-)?(?:choice|option)\b[ \t]*(?P<text>[^\]\n]*)")
_CHOICE_LINE = re.compile(r"^(?P<indent>[ \t]*)#(?P<right>correct-)?(?:choice|option)\b[ \t]*(?P<text>\S.*)$")


def _choice_lists(lines: list[str]) -> list[str]:
    """A question's options written with a quiz package's choice marks (``#grid(columns: 4, [#choice Mercury],
    [#correct-choice Earth], …)``) as lettered options with their key (``a) Mercury`` … ``Answer: c``), indented under
    the question, lines kept; ``#choice Mercury`` lines as a task list (``- [ ] Mercury`` / ``- [x] Earth``) (trial48
    T48-4: "no answer" before)."""
    text = "\n".join(lines)
    if "choice" not in text and "option" not in text:
        return lines
    k = 0
    while (g := text.find("#grid(", k)) != -1:
        close = _closing(text, g + 5, "(")
        args = text[g + 6 : close - 1]
        items = re.findall(r"\[([^\[\]]*)\]", args)
        choices = [_CHOICE.fullmatch(item.strip()) for item in items]
        if len(items) >= 2 and all(choices):
            line_start = text.rfind("\n", 0, g) + 1
            indent = text[line_start:g] if not text[line_start:g].strip() else "  "
            marks = [f"{chr(ord('a') + n)}) {c.group('text').strip()}" for n, c in enumerate(choices) if c]
            right = ", ".join(chr(ord("a") + n) for n, c in enumerate(choices) if c and c.group("right"))
            span = text[g:close]
            body = f"\n{indent}".join([*marks, "", f"Answer: {right}"] if right else marks)
            body += "\n" * max(0, span.count("\n") - body.count("\n"))  # (the lines it took: the line map holds)
            text = text[:g] + body + text[close:]
            k = g + len(body)
        else:
            k = g + 1
    lines = text.split("\n")
    if any(line.lstrip().startswith("Answer: ") for line in lines):  # (options keyed: its questions numbered 1, 2, …)
        number = 0
        for k, line in enumerate(lines):
            if _HEADING.match(line.strip()) and not line[:1].isspace():
                number = 0
            elif _TOP_ENUM.match(line):
                number += 1
                lines[k] = _TOP_ENUM.sub(f"{number}. ", line, count=1)
    return [_CHOICE_LINE.sub(lambda m: f"{m.group('indent')}- [{'x' if m.group('right') else ' '}] {m.group('text')}", line) for line in lines]


# a macro of the document's own: '#let q(n, stem, a, b, c, d) = [' (its body the content brackets that open here), or
# '#let q(n, stem, points: 2) = {' (a code block whose content it joins)
_MACRO = re.compile(r"^[ \t]*#let[ \t]+(?P<name>[A-Za-z_][\w-]*)\((?P<params>[^()]*)\)[ \t]*=[ \t]*(?P<open>[\[{])", re.M)
_PARAM_NAME = re.compile(r"^[A-Za-z_][\w-]*$")
_NAMED_PARAM = re.compile(r"^(?P<name>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.+)$", re.S)
# a code block's statement this reading joins: a call ('grid(…)', 'emph[…]'), never one that computes ('let', 'if', 'for')
_CODE_WORD = re.compile(r"[A-Za-z_][\w.-]*")
_CODE_KEYWORDS = frozenset({"let", "if", "else", "for", "while", "return", "import", "include", "context", "break", "continue"})


def _value(code: str) -> str:
    """A default value or argument as the text it puts in: a content block's inside, a string's text, a number as
    written; ``none`` nothing."""
    code = code.strip()
    if code.startswith("[") and code.endswith("]"):
        return code[1:-1].strip()
    if len(code) >= 2 and code[0] == code[-1] == '"':
        return code[1:-1].replace('\\"', '"')
    return "" if code in ("none", "auto") else code


def _code_body(code: str, params: list[str]) -> str | None:
    """A macro's code block as the content it returns (``{ [#n. #stem \\] grid(…) }``: its content blocks joined, a
    call written as markup's ``#grid(…)``, a parameter given bare to a call as its content); None when it computes
    (``let``, ``if``, ``for`` …), which this reading cannot follow."""
    out: list[str] = []
    k = 0
    while k < len(code):
        if code[k] in " \t\n;":
            k += 1
            continue
        if code[k] == "[":
            end = _closing(code, k, "[")
            out.append(code[k + 1 : end - 1])
            k = end
            continue
        if code[k] == '"':
            m = re.compile(r'"(?:\\.|[^"\\])*"').match(code, k)
            if m is None:
                return None
            out.append(_value(m.group(0)))
            k = m.end()
            continue
        m = _CODE_WORD.match(code, k)
        if m is not None and m.group(0) in ("set", "show"):
            k = code.find("\n", k) if "\n" in code[k:] else len(code)  # (a style rule: layout)
            continue
        if m is None or m.group(0) in _CODE_KEYWORDS or m.end() == len(code) or code[m.end()] not in "([":
            return None
        end = m.end()
        while end < len(code) and code[end] in "([":
            end = _closing(code, end, code[end])
        call = code[k:end]
        bare = "|".join(map(re.escape, params))
        call = re.sub(rf"(?<=[(,])(\s*)({bare})(\s*)(?=[,)])", r"\1[#\2]\3", call) if params else call
        out.append(f"\n#{call}\n")
        k = end
    return "".join(out).strip("\n")
MACRO_CALLS_MAX = 500  # calls expanded in one document (each a question's few lines)


def _macros(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines with each call of a content macro the document defines (``#let q(n, stem, a, b) = [#n. #stem \\
    #grid([a) #a], [b) #b])]``) replaced by its body, each ``#param`` the call's argument (a content argument's text
    inside its brackets), and the line of the file each line came from (an expansion's lines all the call's). A quiz
    whose questions are written by such a macro wrote nothing for them, unsaid (trial33 bio-quiz.typ, T48-16's rest);
    ``(lines, 1 … n)`` when there is none."""
    text = "\n".join(lines)
    origin = list(range(1, len(lines) + 1))
    defined: dict[str, tuple[list[str], dict[str, str], str]] = {}
    for m in _MACRO.finditer(text):
        given = [p.strip() for p in m.group("params").split(",") if p.strip()]
        named = {n.group("name"): _value(n.group("value")) for p in given if (n := _NAMED_PARAM.match(p))}
        params = [p for p in given if not _NAMED_PARAM.match(p)]
        if not given or not all(_PARAM_NAME.match(p) for p in params):
            continue  # ('..args': not expanded)
        close = _closing(text, m.end() - 1, m.group("open"))
        body = textwrap.dedent(text[m.end() : close - 1].strip("\n"))
        if m.group("open") == "{" and (body := _code_body(body, [*params, *named])) is None:  # type: ignore[assignment]
            continue  # (a macro that computes its content: not expanded)
        defined[m.group("name")] = (params, named, body)
    if not defined:
        return lines, origin
    calls = re.compile(r"(?<![\w\\])#(?P<name>" + "|".join(map(re.escape, defined)) + r")(?=[(\[])")
    pieces: list[tuple[str, int, bool]] = []  # (text, the offset it starts at in the file, whether it is an expansion)
    k = 0
    for m in calls.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() < k or len(pieces) >= 2 * MACRO_CALLS_MAX or _MACRO.match(text, line_start):
            continue  # (inside a call already expanded, or the definition's own line)
        params, named, body = defined[m.group("name")]
        close, args = m.end(), []
        if text[close] == "(":
            close = _closing(text, m.end(), "(")
            args = [text[a:b].strip() for a, b in _arguments(text, m.end() + 1, close - 1)]
        while close < len(text) and text[close] == "[":  # ('#q(1)[What …?]', '#term[Osmosis][…]': trailing content arguments)
            after = _closing(text, close, "[")
            args.append(text[close:after])
            close = after
        by_name = {n.group("name"): n.group("value") for a in args if (n := _NAMED_PARAM.match(a)) and not a.startswith("[")}
        args = [a for a in args if a.startswith("[") or not _NAMED_PARAM.match(a)]
        if len(args) != len(params) or not set(by_name) <= set(named):
            continue
        values = {p: _value(a) for p, a in zip(params, args, strict=True)}
        values |= {p: _value(by_name[p]) if p in by_name else default for p, default in named.items()}
        expanded = re.sub(r"#(?P<p>[A-Za-z_][\w-]*)(?![\w(\[-])", lambda v, values=values: values.get(v.group("p"), v.group(0)), body)
        lead = text[line_start : m.start()]
        indent = lead if not lead.strip() else ""  # (a call alone on its line: its expansion's lines indented as it is)
        pieces += [(text[k : m.start()], k, False), (expanded.replace("\n", "\n" + indent), m.start(), True)]
        k = close
    if not pieces:
        return lines, origin
    pieces.append((text[k:], k, False))
    new_lines, new_origin = [""], [1]
    for piece, start, expansion in pieces:
        first = text.count("\n", 0, start) + 1
        for j, part in enumerate(piece.split("\n")):
            if j:
                new_lines.append("")
                new_origin.append(first if expansion else first + j)
            new_lines[-1] += part
    return new_lines, new_origin


def convert_typst(lines: list[str], rel: str = "") -> Converted:
    """The document as Markdown with a line map (see the module docstring)."""
    lines, origin = _macros(_comments(lines))
    text = "\n".join(_enum_quiz(_choice_lists(lines)))
    writer = _Writer(text)
    asked = theorems = 0
    open_exercise = False
    pos = 0
    blocks = _blocks(text)
    alone = _alone_in_section(text, blocks)
    stem: tuple[int, int] | None = None  # the text of a question whose sub-questions follow it, shown with each
    parts = 0
    for n, (kind, start, inner, end, title) in enumerate(blocks):
        role = _role(kind)
        gap = text[pos:start]
        headed = any(_HEADING.match(line.strip()) for line in gap.split("\n"))
        if open_exercise and (role in ("ask", "part", "theorem") or headed):  # (no solution came)
            _unanswered(writer, open_exercise, writer.line_at(pos))
            open_exercise = False
        if headed or role in ("ask", "theorem"):
            stem = None
        if gap.strip():  # top-level text between calls: headings, paragraphs (set-up lines left out)
            _plain_gap(writer, pos, gap)
        pos = end + 1 if inner <= end else end
        at = writer.line_at(start)
        if role == "ask":
            asked += 1
            inside = [b for b in _blocks(text, inner, end) if _role(b[0]) == "part"]
            if inside:  # (its sub-questions inside its content: its text before them their shared stem)
                for letter, (_, p_start, p_inner, p_end, _) in enumerate(inside):
                    _part(writer, (inner, inside[0][1]), p_start, p_inner, p_end, f"{asked}{chr(ord('a') + letter)}")
                    open_exercise = _answered(writer, p_inner, p_end)
                    if open_exercise and letter + 1 < len(inside):
                        _unanswered(writer, True, writer.line_at(p_end))
                        open_exercise = False
                continue
            if _parts_follow(blocks, n):  # (its sub-questions follow it: it is their stem, no question of its own)
                stem, parts = (inner, end), 0
                continue
            writer.blank(at)
            writer.emit(f"### Exercise {asked}" + (f": {title}" if title else ""), at)
            writer.emit("", at)
            open_exercise = _answered(writer, inner, end)
        elif role == "part":
            if stem is None:
                asked += 1
            parts += 1
            _part(writer, stem, start, inner, end, f"{asked}{chr(ord('a') + parts - 1)}" if stem else f"{asked}")
            open_exercise = _answered(writer, inner, end)
        elif role == "answer" and open_exercise:
            writer.blank(at)
            writer.emit("#### Answer", at)
            writer.emit("", at)
            writer.content(inner, end)  # (an empty solution, or one that only draws: the exercise has no answer)
            open_exercise = False
        elif role == "theorem":
            theorems += 1
            term, inner = _theorem_title(text, kind, inner, end, title)
            named = title or alone.get(n, "")
            writer.blank(at)
            label = f"{kind.capitalize()} ({term})" if term else f"{kind.capitalize()} {theorems}" + (f": {named}" if named else "")
            writer.emit(f"### {label}", at)
            writer.emit("", at)
            writer.content(inner, end)
            open_exercise = False
        elif kind == "table":  # ('#table(columns: 2, [Force], [newton], …)': a table, never nothing; T48-16)
            writer.blank(at)
            made = len(writer.out)
            writer.table(inner, end)
            _nest(writer, made, text[start : text.index("#", start)])
            writer.blank(at)
        elif kind in _CELL_LAYOUTS:  # ('#grid(columns: 2, [a) …], [b) …])' with no content block after it: its cells)
            made = len(writer.out)
            writer.cells(inner, end)
            _nest(writer, made, text[start : text.index("#", start)])
        elif kind and inner <= end:  # another call's content ('#align(center)[…]', '#note[…]'): its text
            writer.blank(at)
            made = len(writer.out)
            writer.content(inner, end)
            _nest(writer, made, text[start : text.index("#", start)])
    _unanswered(writer, open_exercise, writer.line_at(len(text)))
    if text[pos:].strip():
        _plain_gap(writer, pos, text[pos:])
    warnings = []
    if writer.failed:
        warnings.append(Diagnostic(rel, None, f"{len(writer.failed)} Typst formula{'s' if len(writer.failed) > 1 else ''} kept as written, as code "
                                   f"(not converted to TeX: {writer.failed[0].strip()[:40]!r})", "nothing to do; or write the formula in simpler "
                                   "Typst maths", "warning", group="typst-math"))  # fmt: skip
    out = writer.out
    while out and not out[-1][0]:
        out.pop()
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(origin[min(n, len(origin)) - 1] for _, n in out) or (1,), warnings=tuple(warnings))


def _nest(writer: _Writer, made: int, indent: str) -> None:
    """The lines written since ``made`` indented as Markdown nests them under a list item, when the call stood
    indented in one (``+ Describe …`` / ``  #solution[…]``: its answer, never text after the list; trial48 T48-4)."""
    if indent.strip() or not indent:
        return
    width = len(indent.expandtabs(2))
    pad = " " * (width + (width + 1) // 2)
    for n, (t, at) in enumerate(writer.out[made:], start=made):
        if t.strip():
            writer.out[n] = (pad + t, at)


def _parts_follow(blocks: list[tuple[str, int, int, int, str]], n: int) -> bool:
    """Whether the first call with content after block ``n`` is a sub-question (layout calls between: no matter)."""
    later = next((b for b in blocks[n + 1 :] if b[2] <= b[3]), None)
    return later is not None and _role(later[0]) == "part"


def _part(writer: _Writer, stem: tuple[int, int] | None, start: int, inner: int, end: int, number: str) -> None:
    """A sub-question as an exercise of its own, its question's text (the stem) shown above its own (trial48 T48-3)."""
    at = writer.line_at(start)
    writer.blank(at)
    writer.emit(f"### Exercise {number}", at)
    writer.emit("", at)
    if stem is not None and stem[0] < stem[1] and writer.content(*stem):
        writer.blank(at)


def _answered(writer: _Writer, inner: int, end: int) -> bool:
    """A question's content written, a solution call inside it (``#g-subquestion[… #g-solution[…]]``) its answer;
    whether it is still open (no solution inside it: one may follow)."""
    inside = next((b for b in _blocks(writer.text, inner, end) if _role(b[0]) == "answer"), None)
    if inside is None:
        writer.content(inner, end)
        return True
    _, s_start, s_inner, s_end, _ = inside
    writer.content(inner, s_start)
    at = writer.line_at(s_start)
    writer.blank(at)
    writer.emit("#### Answer", at)
    writer.emit("", at)
    writer.content(s_inner, s_end)
    return False


# a definition opening with the term it defines: 'Reflexive: $(a, a) in R$ …' (a word or four before a colon)
_TERM_LEAD = re.compile(r"\s*(?P<term>[^\W\d_][^\W\d_'’-]*(?:[ -][^\W\d_][^\W\d_'’-]*){0,3})\s*:[ \t]+(?=\S)")


# the blocks a learner recalls by what they state (an example, a remark, a proof stays with the one above it)
_NAMED = ("theorem", "lemma", "proposition", "corollary", "definition", "claim", "fact", "axiom", "statement")


def _theorem_title(text: str, kind: str, inner: int, end: int, title: str) -> tuple[str, int]:
    """An untitled statement's term and where its text starts: the term it opens with (``#definition[Reflexive: …]``:
    ``Reflexive``, its text after the colon; trial48 T48-5), else none."""
    if title or kind not in _NAMED:
        return "", inner
    m = _TERM_LEAD.match(text, inner, end)
    return (m.group("term"), m.end()) if m else ("", inner)


def _alone_in_section(text: str, blocks: list[tuple[str, int, int, int, str]]) -> dict[int, str]:
    """Block index -> its section's heading, for an untitled theorem-like block of a kind no other block of its
    section has (a section's one definition is named by it, as the LaTeX reading names one: ``Definition 3: Cartesian
    product``); headings with maths name none."""
    section, seen = "", {}
    counts: dict[tuple[str, str], list[int]] = {}
    pos = 0
    for n, (kind, start, inner, end, title) in enumerate(blocks):
        for line in text[pos:start].split("\n"):
            if (m := _HEADING.match(line.strip())) is not None:
                section = m.group("text").strip()
        pos = end + 1 if inner <= end else end
        if kind in _NAMED and not title and not _TERM_LEAD.match(text, inner, end):
            counts.setdefault((section, kind), []).append(n)
        seen[n] = section
    return {ns[0]: _markup_free(key[0]) for key, ns in counts.items() if len(ns) == 1 and key[0] and "$" not in key[0]}


def _markup_free(heading: str) -> str:
    """A heading's text without its strong/emphasis marks and label."""
    return _LABEL.sub("", _EMPH.sub(r"\g<t>", _STRONG.sub(r"\g<t>", heading))).strip()


def _unanswered(writer: _Writer, open_exercise: bool, at: int) -> None:
    """An exercise no solution followed: an empty answer heading under it, so a list in its text is never read as its
    answer (it is a question with no answer: said so, no card)."""
    if open_exercise:
        writer.blank(at)
        writer.emit("#### Answer", at)
        writer.emit("", at)


def _plain_gap(writer: _Writer, pos: int, gap: str) -> None:
    """Top-level text with its set-up lines (``#set …``, ``#let …`` and the lines their brackets span) left out."""
    k = 0
    while k < len(gap):
        eol = gap.find("\n", k)
        eol = len(gap) if eol == -1 else eol
        line = gap[k:eol]
        if _SETUP.match(line):
            k = _statement_end(gap, k + len(line) - len(line.lstrip()) + 1) + 1
            continue
        term = _TERM.match(line)
        nested = _NESTED_ITEM.match(line)
        if term is not None:  # ('/ Entropy: A measure …': a term list's entry, as a Markdown definition list writes it)
            writer.blank(writer.line_at(pos + k))
            writer.content(pos + k + term.start("term"), pos + k + term.end("term"))
            made = len(writer.out)
            writer.content(pos + k + term.start("text"), pos + eol)
            if len(writer.out) > made:
                writer.out[made] = (": " + writer.out[made][0], writer.out[made][1])
            writer.blank(writer.line_at(pos + k))
        elif line.strip():
            made = len(writer.out)
            writer.content(pos + k, pos + eol)
            if nested is not None and len(writer.out) > made:  # ('  - Energy is conserved …' under '+ What …?': nested in it,
                width = len(nested.group("indent").expandtabs(2))  # indented as Markdown nests under '1. ')
                writer.out[made] = (" " * (width + (width + 1) // 2) + writer.out[made][0].lstrip(" "), writer.out[made][1])
        else:
            writer.blank(writer.line_at(pos + k))
        k = eol + 1


# a term list's entry ('/ Entropy: A measure …'); a list item indented under another ('  - …', '  + …', '  / …')
_TERM = re.compile(r"^/[ \t]+(?P<term>[^:\n]*?\S)[ \t]*:[ \t]*(?P<text>\S.*)$")
_NESTED_ITEM = re.compile(r"^(?P<indent>[ \t]+)(?:[-+]|\d+\.|[a-z]\)|Answer:)[ \t]+\S")  # (an option, a key: T48-4)


def typst_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The document as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, encoding)
    return convert_typst(doc.lines, rel)
