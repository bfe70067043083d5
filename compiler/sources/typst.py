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
from pathlib import Path

from compiler.diagnostics import Diagnostic
from compiler.sources.base import load_document
from compiler.sources.converted import Converted
from compiler.sources.lines import code_fence, code_span

ASKING = ("exercise", "exercice", "problem", "question", "task", "exo", "aufgabe", "ejercicio", "esercizio", "ex")
ANSWERING = ("solution", "sol", "answer", "proof", "loesung", "lösung", "solucion", "solución", "soluzione")
THEOREMS = ("theorem", "lemma", "proposition", "corollary", "definition", "example", "remark", "note", "claim", "fact", "axiom")
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

    source = re.sub(r"\babs\(([^()]*)\)", r"lr(| \1 |)", body.replace("\\/", "/"))
    source = re.sub(r"\bnorm\(([^()]*)\)", r"lr(|| \1 ||)", source)
    source = re.sub(r"(?<=\b[A-Za-z])\.(?=\s|$)", " .", source)  # ('… A.': a sentence's full stop, not 'A.b' a symbol's name)
    try:
        tex = typst2tex(source.strip())
    except (ValueError, RuntimeError):  # (the converter's error: a formula it does not know)
        failed.append(body)
        return ""
    tex = re.sub(r"(?:\\\\|\\)\s*(?=\n\\end\{aligned\})", "", tex)  # (a line break after the last row: none)
    return tex if "\\abs" not in tex else ""


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

    def call(self, m: re.Match[str], end: int, current: list[str]) -> int:
        """A ``#name(args)[content]`` call inside content: its content as text (layout and drawing calls write none)."""
        k = m.end()
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


def _blocks(text: str) -> list[tuple[str, int, int, int, str]]:
    """``(kind, call start, content start, content end, title)`` of each top-level ``#name(…)[…]`` call."""
    found: list[tuple[str, int, int, int, str]] = []
    k = 0
    while True:
        m = re.compile(r"(?m)^[ \t]*#(?P<name>[A-Za-z_][\w.-]*)").search(text, k)
        if m is None:
            return found
        j = m.end()
        if m.group("name") in ("import", "include", "set", "show", "let"):  # (set-up: its whole statement, no text)
            k = _statement_end(text, j)
            continue
        args = ""
        if j < len(text) and text[j] == "(":
            close = _closing(text, j, "(")
            args, j = text[j + 1 : close - 1], close
        if j < len(text) and text[j] == "[":
            close = _closing(text, j, "[")
            title = _TITLE.search(args)
            found.append((m.group("name").lower(), m.start(), j + 1, close - 1, title.group("t") if title else ""))
            k = close
        else:
            found.append(("", m.start(), j, j, ""))  # (a call with no content: set-up, a page break)
            k = j if j > m.end() else m.end()


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


def convert_typst(lines: list[str], rel: str = "") -> Converted:
    """The document as Markdown with a line map (see the module docstring)."""
    text = "\n".join(_enum_quiz(lines))
    writer = _Writer(text)
    asked = theorems = 0
    open_exercise = False
    pos = 0
    for kind, start, inner, end, title in _blocks(text):
        gap = text[pos:start]
        headed = any(_HEADING.match(line.strip()) for line in gap.split("\n"))
        if open_exercise and (kind in ASKING or kind in THEOREMS or headed):  # (no solution came)
            _unanswered(writer, open_exercise, writer.line_at(pos))
            open_exercise = False
        if gap.strip():  # top-level text between calls: headings, paragraphs (set-up lines left out)
            _plain_gap(writer, pos, gap)
        pos = end + 1 if inner <= end else end
        at = writer.line_at(start)
        if kind in ASKING:
            asked += 1
            writer.blank(at)
            writer.emit(f"### Exercise {asked}" + (f": {title}" if title else ""), at)
            writer.emit("", at)
            writer.content(inner, end)
            open_exercise = True
        elif kind in ANSWERING and open_exercise:
            writer.blank(at)
            writer.emit("#### Answer", at)
            writer.emit("", at)
            writer.content(inner, end)  # (an empty solution, or one that only draws: the exercise has no answer)
            open_exercise = False
        elif kind in THEOREMS:
            theorems += 1
            writer.blank(at)
            writer.emit(f"### {kind.capitalize()} {theorems}" + (f": {title}" if title else ""), at)
            writer.emit("", at)
            writer.content(inner, end)
            open_exercise = False
        elif kind and inner <= end:  # another call's content ('#align(center)[…]', '#note[…]'): its text
            writer.blank(at)
            writer.content(inner, end)
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
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n for _, n in out) or (1,), warnings=tuple(warnings))


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
_NESTED_ITEM = re.compile(r"^(?P<indent>[ \t]+)(?:[-+]|\d+\.)[ \t]+\S")


def typst_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The document as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, encoding)
    return convert_typst(doc.lines, rel)
