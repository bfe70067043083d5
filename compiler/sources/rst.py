"""A reStructuredText document (``.rst``, ``.rest``, Sphinx's ``.rst.txt``) as Markdown, each line
remembering its line in the file.

The FAQs of Sphinx and Read the Docs projects are written in reStructuredText.  The document is
turned into Markdown block by block and then read like any Markdown file
(:mod:`compiler.sources.converted`), so a title that asks (``Why can't I see any alerts?`` over
``~~~~``) is a question and the text under it its answer, layout detection included:

- **section titles**: a line over an underline (and optionally under an overline) of one punctuation
  character repeated, at least as long as the title (or 4 long); the level of each style (character,
  with or without overline) is the order in which it first appears, as in docutils;
- **code**: ``::`` at the end of a paragraph (or alone) makes the indented block after it a code block
  (``text::`` reads ``text:``); ``.. code-block:: lang`` (also ``code``, ``sourcecode``) is a code block
  in that language; ``>>>`` paragraphs are Python sessions; ````x```` is inline code;
- **links and roles**: ```text <url>`_`` is a link, ```name`_`` and ``name_`` their text; a role shows
  its text (``:ref:`label``` its label, ``:ref:`title <label>``` its title), code roles (``:func:``,
  ``:class:``, ``:meth:``, ``:option:`` …) as code (``:func:`f``` reads ``f()``, ``~a.b.c`` reads ``c``);
  ``:math:`x``` and ``.. math::`` are MathJax maths; ``|name|`` substitutions their text;
- **admonitions** (``.. note::``, ``.. warning::``, ``.. tip::`` … ``.. admonition:: Title``,
  ``.. versionadded::``) are quotes with their label in bold; ``.. image::`` / ``.. figure::`` pictures
  (a figure's caption under it); other directives with content (``.. container::``, ``.. tab::``,
  ``.. only::``) their content;
- **left out**: comments, ``.. _label:`` targets, ``.. contents::``, ``.. toctree::``, ``.. index::``,
  ``.. highlight::``, ``.. raw::`` and other directives without study text, footnote references
  (``[1]_``); ``.. include::`` and ``.. literalinclude::`` are not followed (a warning at their line);
- bullet and numbered lists, definition lists (a term that asks is a question under its section,
  another one a bold line over its definition), field lists (``**Field:** value``), indented block
  quotes, line blocks and tables (grid and simple: Markdown tables) read as they look.

A file that reads like Markdown rather than reStructuredText (``#`` headings or ```` ``` ```` fences and
no title, directive or literal block) is an error naming its first Markdown line and saying to rename it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.base import ANSWER_ENDS, load_document
from compiler.sources.converted import Converted
from compiler.sources.roles import code_span as _code
from compiler.sources.roles import escape_text as _escape
from compiler.sources.roles import role_text as _role

Row = tuple[str, int]  # a line of text and the line of the file it comes from

ADORNMENT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_ADORN = re.compile(r"^([!-/:-@\[-`{-~])\1*$")
_EXPLICIT = re.compile(r"^\.\.(?:\s|$)")
_DIRECTIVE = re.compile(r"^\.\.\s+(?:\|(?P<sub>[^|]+)\|\s+)?(?P<name>[\w:.+-]+)::(?:\s+(?P<arg>.*))?$")
_TARGET = re.compile(r"^\.\.\s+_[^:]*:|^__\s|^\.\.\s+__:")
_FOOTNOTE = re.compile(r"^\.\.\s+\[(?P<label>[^\]]+)\]\s*(?P<text>.*)$")
_BULLET = re.compile(r"^(?P<mark>[-*+•‣⁃])(?:\s+(?P<text>.*))?$")
_ENUMERATED = re.compile(r"^(?P<mark>\(?(?:\d+|#|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)])(?:\s+(?P<text>.*))?$")
_FIELD = re.compile(r"^:(?P<name>[^:`\s][^:`]*):(?:\s+(?P<text>.*))?$")
_OPTION = re.compile(r"^:[\w-]+:(?:\s.*)?$")
_SIMPLE_BORDER = re.compile(r"^=+(?:\s+=+)+$")
_GRID_BORDER = re.compile(r"^\+(?:[-=]+\+)+$")
_MARKDOWN_LINE = re.compile(r"^(?:#{1,6}\s+\S|```)")
_ADMONITIONS = {
    "note": "Note", "warning": "Warning", "tip": "Tip", "hint": "Hint", "important": "Important",
    "caution": "Caution", "attention": "Attention", "danger": "Danger", "error": "Error",
    "seealso": "See also", "todo": "To do", "versionadded": "New in version", "versionchanged": "Changed in version",
    "deprecated": "Deprecated since version", "versionremoved": "Removed in version",
}  # fmt: skip
_CODE_DIRECTIVES = {"code-block", "code", "sourcecode", "parsed-literal", "productionlist", "doctest", "testcode",
                    "testoutput", "ipython", "prompt", "jupyter-execute"}  # fmt: skip
# directives that hold no study text (their content, if any, is left out)
_DROPPED = {"contents", "toctree", "index", "highlight", "default-role", "currentmodule", "module", "raw", "meta",
            "sectionauthor", "codeauthor", "tabularcolumns", "role", "default-domain", "title", "sectnum",
            "header", "footer", "target-notes", "autosummary", "graphviz", "digraph", "graph", "plot", "mermaid",
            "uml", "program", "option", "envvar", "py:currentmodule", "py:module", "c:namespace", "todolist"}  # fmt: skip
_NOT_FOLLOWED = {"include", "literalinclude"}
_RUBRIC = re.compile(r"^\.\.\s+rubric::", re.IGNORECASE)  # an informal heading: no section, a label over what follows
_QUOTES = {"epigraph", "pull-quote", "highlights", "topic", "sidebar", "admonition"}
_SHOWN_ARGUMENT = {"rubric", "topic", "sidebar", "tab", "group-tab", "code-tab", "card", "dropdown", "centered"}
_DEEPEST = 12  # blocks inside blocks read as such; deeper ones as lines of text


@dataclass
class _State:
    """What the whole document shares while it is converted."""

    rel: str
    styles: list[tuple[str, bool]] = field(default_factory=list)  # title styles in order of appearance
    subs: dict[str, str] = field(default_factory=dict)  # |name| substitutions
    warnings: list[Diagnostic] = field(default_factory=list)
    level: int = 1  # the level of the section being read
    titles: int = 0
    faq: bool = False  # most definition-list terms ask: every term is a question
    long_definitions: bool = False  # a definition holds several blocks: every term heads a card
    title: str = ""  # the title of the section being read ('How do I...': its entries' '... get X?' go on from it)
    depth: int = 0  # blocks inside blocks being read
    explicit: int = 0  # directives, literal blocks: what tells reStructuredText from Markdown
    exercise: bool = False  # an exercise directive was read last: a '.. solution::' after it answers it
    solved: set[int] = field(default_factory=set)  # the lines of the exercises a solution answers (after or inside them)


_SIGN_EXPLICIT = re.compile(r"^\.\. (?:[\w:-]+::|_[^:\n]+:|\|[^|\n]+\|)", re.M)
_SIGN_LINK = re.compile(r"`[^`\n]+ <[^>\n]+>`__?")
_SIGN_ROLE = re.compile(r":[\w:+-]+:`[^`\n]+`")
_SIGN_LITERAL = re.compile(r"``[^`\n]+``")
_SIGN_TITLE = re.compile(r"^\S[^\n]*\n([=\-~^\"'`#*+])\1{3,}[ \t]*$", re.M)
# reStructuredText's own layout, never Markdown's: a title over- and underlined with one character ('=====' / 'FAQ' /
# '====='), a simple table's border ('============== ==============') and an auto-numbered entry ('#. Install it.')
_SIGN_OVERLINE = re.compile(r"^([=\-~^\"'`#*+])\1{3,}[ \t]*\n[ \t]*\S[^\n]*\n\1{4,}[ \t]*$", re.M)
_SIGN_TABLE = re.compile(r"^={2,}(?:[ ]+={2,})+[ \t]*$", re.M)
_SIGN_AUTONUMBER = re.compile(r"^#\.[ \t]+\S", re.M)


def looks_like_rst(text: str) -> bool:
    """Whether a text file is reStructuredText saved as text (a Sphinx page's source, ``faq.txt``): an
    underlined title and reStructuredText's own marks (directives or targets, `` `text <url>`_ `` links,
    ``:role:`x``` roles, double-backquoted literals, an overlined title, a simple table's border, ``#.`` entries), two
    kinds of them or two of one."""
    if not _SIGN_TITLE.search(text):
        return False
    counts = [len(p.findall(text)) for p in (_SIGN_EXPLICIT, _SIGN_LINK, _SIGN_ROLE)]
    kinds = sum(1 for c in counts if c) + (1 if _SIGN_LITERAL.search(text) else 0)
    # (its layout counts too: an FAQ saved as '.txt' with no role or directive, its title overlined, a simple table of
    # versions, '#.' steps, was half read as Markdown, trial45 T45-12)
    kinds += sum(1 for p in (_SIGN_OVERLINE, _SIGN_TABLE, _SIGN_AUTONUMBER) if p.search(text))
    return kinds >= 2 or sum(counts) >= 2


def rst_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The document as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, encoding)
    return convert_rst(doc.lines, rel)


# a line of an RFC 822 header atop a PEP ('PEP: 572', 'Title: Assignment Expressions', 'Post-History: …'), and its
# continuation lines indented under it
_HEADER_FIELD = re.compile(r"^(?P<name>[A-Z][A-Za-z]*(?:-[A-Za-z]+)*):(?:[ \t]+(?P<value>\S.*))?$")
HEADER_FIELDS_MIN = 3


def _mail_header(rows: list[Row]) -> tuple[str, int, int] | None:
    """An RFC 822 header atop the document (a PEP's: 'PEP: 572' / 'Title: …' / 'Author: …' and its indented
    continuation / 'Status: …', up to a blank line), three fields or more, one of them its ``Title``: (the title, its
    line, the number of rows the header takes); else None. It is the document's metadata, no text (trial52 T52-9: said
    "text outside any question" five times, and a section's heading read as the page's title)."""
    start = next((k for k, (line, _) in enumerate(rows) if line.strip()), len(rows))
    title: tuple[str, int] | None = None
    fields = 0
    k = start
    while k < len(rows) and rows[k][0].strip():
        line, n = rows[k]
        if _indent(line) > 0 and fields:
            k += 1
            continue
        m = _HEADER_FIELD.match(line)
        if m is None:
            return None
        fields += 1
        if m.group("name") == "Title" and m.group("value") and title is None:
            title = (m.group("value").strip(), n)
        k += 1
    if fields < HEADER_FIELDS_MIN or title is None:
        return None
    return title[0], title[1], k


def convert_rst(lines: list[str], rel: str = "") -> Converted:
    rows = [(line.expandtabs(8).rstrip(), n) for n, line in enumerate(lines, start=1)]
    state = _State(rel)
    header = _mail_header(rows)
    titled: list[Row] = []
    if header is not None:  # (its Title the page's title, over the sections under it; the other fields no text)
        _title(titled, header[0], ("", False), header[1], state)
        state.titles = 0  # (no reStructuredText title: a Markdown file with such a header is still told apart)
        rows = [("", n) if k < header[2] else (line, n) for k, (line, n) in enumerate(rows)]
    state.subs = _substitutions(rows)
    terms = [
        line
        for k, (line, _) in enumerate(rows[:-1])
        if line.strip() and _indent(line) == 0 and (k == 0 or not rows[k - 1][0].strip())
        and rows[k + 1][0].strip() and _indent(rows[k + 1][0]) > 0 and not line.endswith("::")
        and not (_EXPLICIT.match(line) or _BULLET.match(line) or _ENUMERATED.match(line) or _FIELD.match(line))
    ]  # fmt: skip
    state.faq = sum(1 for t in terms if _asks(t)) >= max(2, len(terms) / 2)
    # a definition of several blocks (paragraphs, a code block, a list of steps): the document's entries are cards under
    # their terms, the Markdown reading of a Pandoc definition keeping its first paragraph only (trial22 T22-20)
    named = set(terms)
    state.long_definitions = any(_several_blocks(rows, k) for k, (line, _) in enumerate(rows[:-1]) if line in named)
    state.solved = _solved(rows)
    out = [*titled, *_blocks(rows, state)]
    while out and not out[-1][0]:
        out.pop()
    if state.titles == 0 and state.explicit == 0:
        md = next((n for line, n in rows if _MARKDOWN_LINE.match(line)), None)
        if md is not None:
            raise ContentError(
                [
                    Diagnostic(
                        rel,
                        md,
                        "not reStructuredText: this file is written in Markdown ('# Title' headings or ``` fences) "
                        "and has no reStructuredText title, directive or literal block",
                        f"rename it {Path(rel).stem.removesuffix('.rst')}.md",
                    )
                ]
            )
    if not out:
        raise ContentError([Diagnostic(rel, None, "file is empty", "add content or remove it from deck.toml")])
    return Converted(
        text="\n".join(line for line, _ in out) + "\n",
        origin=tuple(n for _, n in out),
        warnings=tuple(state.warnings),
    )


def _substitutions(rows: list[Row]) -> dict[str, str]:
    """``.. |name| replace:: text`` (and ``image::``, ``unicode::``) definitions, anywhere in the file."""
    subs: dict[str, str] = {}
    for line, _ in rows:
        m = _DIRECTIVE.match(line.strip())
        if m is None or m.group("sub") is None:
            continue
        arg = (m.group("arg") or "").strip()
        if m.group("name") == "image":
            subs[m.group("sub")] = f"![{m.group('sub')}]({arg})"
        elif m.group("name") == "unicode":
            subs[m.group("sub")] = "".join(chr(int(c[2:] if c[:2] in ("0x", "U+", "u+") else c, 16)) if re.fullmatch(
                r"(?:0x|U\+|u\+)?[0-9a-fA-F]+", c) else c for c in arg.split())  # fmt: skip
        else:
            subs[m.group("sub")] = _inline(arg, {})
    return subs


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _is_adornment(line: str) -> bool:
    return len(line) >= 2 and bool(_ADORN.match(line)) and line[0] in ADORNMENT


def _take_indented(rows: list[Row], i: int, least: int = 1) -> tuple[list[Row], int]:
    """The lines from ``i`` that are blank or indented at least ``least``, trailing blank lines left."""
    j = i
    while j < len(rows) and (not rows[j][0].strip() or _indent(rows[j][0]) >= least):
        j += 1
    while j > i and not rows[j - 1][0].strip():
        j -= 1
    return rows[i:j], j


def _glossary_terms(rows: list[Row]) -> list[Row]:
    """A glossary's content with the terms of one entry on one line ('GIL' / 'global interpreter lock' over one
    definition: Sphinx's terms of one meaning, each a line), 'GIL / global interpreter lock': one card, never a term
    over a second term read as its definition (T27-32)."""
    body = _dedent(rows)
    out: list[Row] = []
    k = 0
    while k < len(body):
        line, n = body[k]
        j = k
        while line.strip() and _indent(line) == 0 and j + 1 < len(body) and body[j + 1][0].strip() and _indent(body[j + 1][0]) == 0:
            j += 1
        if j > k and j + 1 < len(body) and _indent(body[j + 1][0]) > 0:
            out.append((" / ".join(text.strip() for text, _ in body[k : j + 1]), n))
            k = j + 1
            continue
        out.append((line, n))
        k += 1
    return out


def _dedent(rows: list[Row]) -> list[Row]:
    cut = min((_indent(line) for line, _ in rows if line.strip()), default=0)
    return [(line[cut:], n) for line, n in rows]


def _blocks(rows: list[Row], state: _State) -> list[Row]:
    """Markdown lines for a run of body elements (the document, or a directive's or list item's content)."""
    if state.depth > _DEEPEST:  # blocks nested hundreds deep (a hostile file): the rest as plain lines
        return [(_escape_start(_inline(line.strip(), state.subs)), n) for line, n in rows if line.strip()]
    state.depth += 1
    try:
        return _block_rows(rows, state)
    finally:
        state.depth -= 1


def _block_rows(rows: list[Row], state: _State) -> list[Row]:
    out: list[Row] = []
    rubric: list[int] = []  # where a rubric's label starts and ends in ``out``, while nothing stands under it yet

    def blank(n: int) -> None:
        if out and out[-1][0] != "":
            out.append(("", n))

    defined = False  # a definition list entry read as a question heading is the last thing written

    def ended(n: int) -> None:
        """An unindented block after a definition list entry read as a question heading: no part of its definition (the
        heading's answer ends here; the block is its section's text, trial52 T52-7)."""
        nonlocal defined
        if defined:
            blank(n)
            out.extend([(ANSWER_ENDS, n), ("", n)])
            defined = False

    def unlabelled() -> None:
        """A rubric with nothing under it ('.. rubric:: Code' over an include not followed, 'References' over footnotes
        left out, or the section's end) is no text of its own: a label alone was a card's whole back (trial42 T42-13)."""
        if rubric and not any(text for text, _ in out[rubric[1] :]):
            del out[rubric[0] :]
        rubric.clear()

    i = 0
    while i < len(rows):
        line, n = rows[i]
        stripped = line.strip()
        if rubric and any(text for text, _ in out[rubric[1] :]):
            rubric.clear()  # (text under it: the rubric titles it)
        if not stripped:
            blank(n)
            i += 1
            continue
        after = rows[i + 1][0] if i + 1 < len(rows) else ""
        # a title between an overline and an underline
        if (
            _is_adornment(stripped)
            and i + 2 < len(rows)
            and rows[i + 1][0].strip()
            and rows[i + 2][0].strip() == stripped
            and not _is_adornment(rows[i + 1][0].strip())
        ):
            unlabelled()
            defined = False
            _title(out, rows[i + 1][0].strip(), (stripped[0], True), rows[i + 1][1], state)
            i += 3
            continue
        if _indent(line) == 0 and not _is_adornment(stripped) and _is_underline(stripped, after.strip()):
            unlabelled()
            defined = False
            _title(out, stripped, (after.strip()[0], False), n, state)
            i += 2
            continue
        if _is_adornment(stripped) and len(stripped) >= 4 and not after.strip():
            i += 1  # a transition
            continue
        if _indent(line) > 0:  # an indented block with nothing above to own it: a block quote
            block, i = _take_indented(rows, i)
            inner = _blocks(_dedent(block), state)
            blank(n)
            out.extend((("> " + text) if text else ">", k) for text, k in inner)
            blank(n)
            continue
        if _EXPLICIT.match(stripped) or stripped.startswith("__ "):
            block, i = _take_indented(rows, i + 1)
            blank(n)
            said = len(state.warnings)
            made = _explicit(line, n, block, state)
            if not made and len(state.warnings) > said and state.warnings[-1].group == "rst-include" and state.title:
                head = max((k for k, (text, _) in enumerate(out) if text.startswith("#")), default=-1)
                labels = range(*rubric) if rubric else range(0)
                if not any(text for k, (text, _) in enumerate(out) if k > head and k not in labels) and _markup_to_title(rows, i):
                    # (the include is all that stands under its title: that topic gives no card, said here)
                    state.warnings[-1] = replace(
                        state.warnings[-1],
                        message=f"{state.warnings[-1].message}; it is all that stands under '{state.title}', which gives no card",
                    )
            if made:
                ended(n)
            if made and _RUBRIC.match(stripped):
                unlabelled()  # (a rubric right after a rubric: the first titles nothing)
                rubric[:] = [len(out), len(out) + len(made)]
            out.extend(made)
            blank(n)
            continue
        if stripped == "::":  # alone: the indented block after it is code
            ended(n)
            state.explicit += 1
            i = _literal(rows, i + 1, out, "")
            continue
        item = _BULLET.match(stripped) or _ENUMERATED.match(stripped)
        if item is not None and _ENUMERATED.match(stripped) and not _list_continues(rows, i):
            item = None
        if item is not None:
            ended(n)
            i = _list_item(rows, i, item, out, state)
            continue
        if _GRID_BORDER.match(stripped):
            ended(n)
            i = _grid_table(rows, i, out, state)
            continue
        if _SIMPLE_BORDER.match(stripped):
            ended(n)
            i = _simple_table(rows, i, out, state)
            continue
        if stripped.startswith(">>>"):
            ended(n)
            j = i
            while j < len(rows) and rows[j][0].strip():
                j += 1
            state.explicit += 1
            blank(n)
            out.append(("```pycon", n))
            out.extend(rows[i:j])
            out.append(("```", rows[j - 1][1]))
            blank(n)
            i = j
            continue
        if stripped.startswith("| ") or stripped == "|":  # a line block: each line as written
            ended(n)
            while i < len(rows) and rows[i][0].strip().startswith("|"):
                text = rows[i][0].strip()[1:].strip()
                out.append((_escape_start(_inline(text, state.subs)) + ("\\" if text else ""), rows[i][1]))
                i += 1
            out[-1] = (out[-1][0].removesuffix("\\"), out[-1][1])
            continue
        fld = _FIELD.match(stripped)
        if fld is not None and not stripped.startswith(":math:"):
            body, j = _take_indented(rows, i + 1)
            name = fld.group("name")
            i = j
            if name.lower() in ("orphan", "tocdepth", "nocomments", "nosearch", "tags", "html_theme.sidebar_secondary.remove"):
                continue
            ended(n)
            text = " ".join([fld.group("text") or "", *(b.strip() for b, _ in body if b.strip())]).strip()
            out.append((f"**{_inline(name, state.subs)}:** {_inline(text, state.subs)}".rstrip(), n))
            continue
        if after.strip() and _indent(after) > 0 and not stripped.endswith("::") and i + 1 < len(rows):
            # a definition list entry: a term over its indented definition
            body, i = _take_indented(rows, i + 1)
            defined = _definition(out, stripped, n, body, state)
            continue
        # a paragraph: lines at this indentation up to a blank line, a title or explicit markup
        j = i + 1
        while j < len(rows) and rows[j][0].strip() and _indent(rows[j][0]) == 0:
            if _EXPLICIT.match(rows[j][0]) or (j + 1 < len(rows) and _is_underline(rows[j][0].strip(), rows[j + 1][0].strip())):
                break
            j += 1
        para = rows[i:j]
        texts = [text.strip() for text, _ in para]
        literal = texts[-1].endswith("::")
        if literal:  # 'Paragraph::' reads 'Paragraph:', 'Paragraph ::' reads 'Paragraph', '::' alone nothing
            last = texts.pop()
            if last != "::":
                texts.append(last[:-3].rstrip() if last.endswith(" ::") else last[:-1])
        texts, firsts = _joined_literals(texts)
        converted = _inline("\n".join(texts), state.subs).split("\n") if texts else []
        ended(n)
        blank(n)
        out.extend((_escape_start(text), para[firsts[min(k, len(firsts) - 1)]][1]) for k, text in enumerate(converted))
        i = j
        if literal:
            state.explicit += 1
            i = _literal(rows, i, out, "")
    unlabelled()
    return out


def _markup_to_title(rows: list[Row], i: int) -> bool:
    """Whether the rows from ``i`` to the next title (or the end) hold no text: only blank lines, comments, footnotes,
    rubrics, includes not followed and the lines indented under them."""
    for j in range(i, len(rows)):
        text = rows[j][0]
        stripped = text.strip()
        if not stripped or _indent(text) > 0:
            continue
        if j + 1 < len(rows) and (_is_underline(stripped, rows[j + 1][0].strip()) or _is_adornment(stripped)):
            return True
        m = _DIRECTIVE.match(stripped)
        if m is not None and m.group("name").lower().split(":")[-1] in {*_NOT_FOLLOWED, "rubric"}:
            continue
        if m is None and (_FOOTNOTE.match(stripped) or _TARGET.match(stripped) or _EXPLICIT.match(stripped)):
            continue
        return False
    return True


def _list_continues(rows: list[Row], i: int) -> bool:
    """An enumerated item is one only when a blank line, its indented body or the next item follows it
    (``A. Smith wrote …`` over the rest of its paragraph is no list)."""
    if i + 1 >= len(rows):
        return True
    after = rows[i + 1][0]
    return not after.strip() or _indent(after) > 0 or bool(_ENUMERATED.match(after.strip()))


def _is_underline(text: str, under: str) -> bool:
    """``under`` underlines ``text``: one punctuation character repeated, as long as the text or 4 long."""
    if not text or not _is_adornment(under) or _is_adornment(text):
        return False
    return len(under) >= len(text) or len(under) >= 4


def _title(out: list[Row], text: str, style: tuple[str, bool], n: int, state: _State) -> None:
    if style not in state.styles:
        state.styles.append(style)
    level = min(state.styles.index(style) + 1, 6)
    state.level = level
    state.exercise = False  # (a solution under a new section answers no exercise above it)
    state.title = text.strip()
    state.titles += 1
    if out and out[-1][0] != "":
        out.append(("", n))
    out.append(("#" * level + " " + _inline(text, state.subs), n))
    out.append(("", n))


def _literal(rows: list[Row], i: int, out: list[Row], lang: str) -> int:
    """The indented block after ``::`` (from ``i``, blank lines first) as a code block; the next index."""
    j = i
    while j < len(rows) and not rows[j][0].strip():
        j += 1
    if j >= len(rows) or _indent(rows[j][0]) == 0:
        return i  # (no indented block: '::' ended a sentence)
    block, k = _take_indented(rows, j)
    _fence(out, _dedent(block), lang, block[0][1])
    return k


def _fence(out: list[Row], code: list[Row], lang: str, n: int) -> None:
    runs = [len(r) for line, _ in code for r in re.findall(r"`{3,}", line)]
    fence = "`" * max(3, *(r + 1 for r in runs)) if runs else "```"
    if out and out[-1][0] != "":
        out.append(("", n))
    out.append((fence + lang, n))
    out.extend(code)
    out.append((fence, code[-1][1] if code else n))
    out.append(("", code[-1][1] if code else n))


def _list_item(rows: list[Row], i: int, item: re.Match[str], out: list[Row], state: _State) -> int:
    line, n = rows[i]
    mark = item.group("mark")
    column = line.index(mark) + len(mark) + 1
    if item.group("text"):
        column = line.index(item.group("text"), line.index(mark) + len(mark))
    first = (" " * column + (item.group("text") or ""), n)
    body, j = _take_indented(rows, i + 1, least=1)
    inner = _blocks(_dedent([first, *body]) if item.group("text") else _dedent(body) or [("", n)], state)
    while inner and not inner[0][0]:
        inner.pop(0)
    bullet = "- " if _BULLET.match(mark) else "1. "
    pad = " " * len(bullet)
    if not inner:
        inner = [("", n)]
    out.append((bullet + inner[0][0], inner[0][1]))
    out.extend(((pad + text) if text else "", k) for text, k in inner[1:])
    return j


def _asks(term: str) -> bool:
    return term.rstrip().rstrip("*_`").endswith(("?", "？"))


def _several_blocks(rows: list[Row], k: int) -> bool:
    """Whether the definition under the term at ``k`` holds a blank line between its lines (several blocks)."""
    body, _ = _take_indented(rows, k + 1)
    said = [n for n, (t, _) in enumerate(body) if t.strip()]
    return bool(said) and any(not t.strip() for t, _ in body[said[0] : said[-1]])


def _definition(out: list[Row], term: str, n: int, body: list[Row], state: _State) -> bool:
    """A definition list entry: a question heading when it asks (or the list is an FAQ's), else a
    Pandoc definition list entry (``Term`` / ``: definition``), which the Markdown reading makes a card. Whether it
    wrote a heading (whose answer runs on to the next heading unless ended)."""
    lead = re.match(r"^(?:\.\.\.|…)?\s*", term)
    if state.title.endswith(("...", "…")) and lead is not None:
        # '... get section numbers?' under 'How do I...', 'Epydoc' under 'Using Sphinx with...': the section's words
        # open the entry (trial12 U64)
        term = state.title.rstrip(".…").rstrip() + " " + term[lead.end() :]
    text = _inline(term, state.subs)
    if out and out[-1][0] != "":
        out.append(("", n))
    inner = _blocks(_dedent(body), state)
    if state.faq or _asks(term) or state.long_definitions:  # (an FAQ's entry that states a topic is asked all the same: 'Q:'; trial12 U64)
        out.append(("#" * min(state.level + 1, 6) + " " + ("" if _asks(term) else "Q: ") + text, n))
        out.append(("", n))
        out.extend(inner)
        return True
    while inner and not inner[0][0]:
        inner.pop(0)
    out.append((text, n))
    if inner:
        out.append((": " + inner[0][0], inner[0][1]))
        out.extend((("    " + t) if t else "", k) for t, k in inner[1:])
    out.append(("", n))
    return False


def _explicit(line: str, n: int, block: list[Row], state: _State) -> list[Row]:
    """A comment, target, footnote or directive (``block``: its indented lines)."""
    stripped = line.strip()
    if _TARGET.match(stripped):
        return []
    if _FOOTNOTE.match(stripped):
        return []  # a footnote or citation: its references are left out too
    m = _DIRECTIVE.match(stripped)
    if m is None:
        return []  # a comment
    state.explicit += 1
    if m.group("sub") is not None:
        return []  # a substitution definition (read before)
    name = m.group("name").lower().removeprefix("rst:")
    arg = (m.group("arg") or "").strip()
    # the argument may go on over indented lines before the options; options, then a blank line, then content
    options: dict[str, str] = {}
    k = 0
    while k < len(block) and block[k][0].strip() and not _OPTION.match(block[k][0].strip()) and not options:
        if name in _CODE_DIRECTIVES or name in _ADMONITIONS or name in ("math", "image", "figure"):
            break
        arg = f"{arg} {block[k][0].strip()}".strip()
        k += 1
    while k < len(block) and _OPTION.match(block[k][0].strip()):
        key, _, value = block[k][0].strip()[1:].partition(":")
        options[key] = value.strip()
        k += 1
    content = block[k:]
    while content and not content[0][0].strip():
        content = content[1:]
    short = name.split(":")[-1]
    if short in _NOT_FOLLOWED:
        state.warnings.append(
            Diagnostic(
                state.rel,
                n,
                f".. {short}:: {arg} is not followed: its text is not in the deck",
                "put the included file into sources/ as a document of its own, or paste its text here",
                severity="warning",
                group="rst-include",
            )
        )
        return []
    if short in _DROPPED or (name.startswith(("auto", "py:", "c:", "cpp:", "js:")) and not content):
        return []
    if short == "glossary":
        content = _glossary_terms(content)
    out: list[Row] = []
    if short in _EXERCISES and n in state.solved:
        return _exercise(arg, _dedent(content), n, state)
    if short in _EXERCISES:  # (an exercise with no solution: a labelled quote of the text it is in, never a question)
        short, arg = "admonition", f"{short.capitalize()}: {arg}" if arg else short.capitalize()
    if short == "solution" and state.exercise:  # (the solution right after an exercise: its answer)
        state.exercise = False
        body = _blocks(_dedent(content), state)
        return [("", n), ("#" * min(state.level + 2, 6) + " Answer", n), ("", n), *body, ("", n)]
    if short == "solution":  # (under no exercise: a labelled quote, as an admonition)
        short, arg = "admonition", arg or "Solution"
    if short == "glossary" and _asks(state.title) and state.level > 1:
        # a glossary under a question's section is no part of its answer: a section of its own beside it, whose terms
        # are cards (lead G20: 'MTU', 'TTL' were glued onto 'What does TCP guarantee?'s back)
        body = _blocks(_dedent(content), state)
        return [("", n), ("#" * min(state.level, 6) + " " + (arg or "Glossary"), n), ("", n), *body, ("", n)]
    hidden = short in ("dropdown", "toggle") or (short == "admonition" and re.search(r"\b(?:dropdown|toggle)\b", options.get("class", "")))
    if hidden and (not arg or _ANSWER_TITLE.match(arg)):
        # a toggle titled 'Answer' / 'Show answer' (or untitled) under a question paragraph: its answer, labelled as
        # one (trial16 T16-51: 'question has no answer' and its text outside any question)
        inner = _blocks(_dedent(content), state)
        while inner and not inner[0][0]:
            inner.pop(0)
        if not inner:
            return []
        if inner[0][0].startswith(("#", "```", "- ", "1. ", ">", "|", "$$", "!")):
            return [("**Answer:**", n), ("", n), *inner, ("", n)]
        return [(f"**Answer:** {inner[0][0]}", inner[0][1]), *inner[1:], ("", n)]
    if hidden and short == "admonition" and _asks(arg):  # ('.. admonition:: Which port …?' / ':class: dropdown': a card)
        return [(f"**{_inline(arg, state.subs)}**", n), ("", n), *_blocks(_dedent(content), state), ("", n)]
    if short == "mchoice" and any(key.startswith("answer_") for key in options):
        return _mchoice(options, _dedent(content), n, state)
    if short in _APLUS and (short != "dropdown" or _APLUS_POINTS.match(arg)):
        # A+ questionnaires ('.. pick-one:: 10' / its text / 'a. volt' / '*b. coulomb' / 'a § feedback', '.. freetext::
        # 10' / its text / the right answer): each a question (trial56 T56-1: 2 of 5 glued onto another's back)
        asked = _aplus(short, arg, _dedent(content), n, state)
        if asked is not None:
            return asked
    if short == "tabbed":
        asked = _tabbed(_dedent(content), n, state)
        if asked is not None:
            return asked
    if short == "activecode":  # Runestone's runnable code: a code block in its ':language:'
        if content:
            _fence(out, _dedent(content), options.get("language", "").strip().lower(), n)
        return out
    if short in _CODE_DIRECTIVES:
        lang = "" if short in ("parsed-literal", "productionlist", "testoutput") else (arg.split() or [""])[0].lower()
        if short in ("doctest",):
            lang = "pycon"
        if short in ("ipython", "jupyter-execute", "testcode") and not lang:
            lang = "python"
        if content:
            _fence(out, _dedent(content), lang, n)
        return out
    if short == "math":
        formula = [(line.strip(), k) for line, k in _dedent(content) if line.strip()]
        if arg:
            formula.insert(0, (arg, n))
        if not formula:
            return []
        return [("$$", n), *formula, ("$$", formula[-1][1])]
    if short == "list-table":
        return _list_table(arg, options, _dedent(content), n, state)
    if short in ("image", "figure"):
        alt = options.get("alt", "")
        out.append((f"![{alt}]({arg})", n))
        if short == "figure" and content:
            out.append(("", n))
            out.extend(_blocks(_dedent(content), state))
        return out
    if short in _ADMONITIONS or short == "admonition":
        label = arg if short == "admonition" else _ADMONITIONS[short]
        text = "" if short == "admonition" else arg
        if short.startswith(("version", "deprecated")):
            version, _, text = arg.partition(" ")
            label = f"{label} {version}"
        body = _dedent(content)
        if text:  # text on the directive's line: the first paragraph's start (a blank line after it: all of it)
            body = [(text, n), *([("", n)] if content and content[0][1] != n + 1 else []), *body]
        inner = _blocks(body, state)
        while inner and not inner[0][0]:
            inner.pop(0)
        head = f"**{_inline(label, state.subs)}:**"
        if not inner:
            return [(f"> {head}", n)]
        if inner[0][0].startswith(("#", "```", "- ", "1. ", ">", "|", "$$", "!")):
            inner = [(head, n), ("", n), *inner]
        else:
            inner[0] = (f"{head} {inner[0][0]}", inner[0][1])
        return [(("> " + t) if t else ">", k) for t, k in inner]
    shown: list[Row] = []
    if arg and short in _SHOWN_ARGUMENT:
        shown = [(f"**{_inline(arg, state.subs)}**", n), ("", n)]
    inner = _blocks(_dedent(content), state) if content else []
    if short in _QUOTES:
        return [(("> " + t) if t else ">", k) for t, k in [*shown, *inner]]
    return [*shown, *inner]


_TAB = re.compile(r"^\.\.\s+tab::\s*(?P<name>.*)$")
# a toggle's title that only says it hides the answer ('Answer', 'Show answer', 'Click to see the solution', 'Lösung')
_ANSWER_TITLE = re.compile(
    r"(?i)^\W*(?:(?:show|reveal|see|view|check|click(?:\s+(?:here|for|to\s+(?:see|show|reveal|view)))?)\s+(?:the\s+|an\s+)?)?"
    r"(?:answers?|solutions?|l[öo]sung(?:en)?|antwort(?:en)?|respuestas?|solución|r[ée]ponses?|solutions?|respostas?|solução|risposta|soluzione"
    r"|odpowied[źz]|rozwiązanie|ответ|решение|答案|解答|정답)\W*$"
)
_QUESTION_TAB = re.compile(r"(?i)^(?:question|exercise|problem|task|q|pergunta|pregunta|frage|question\s*\d+)$")
_ANSWER_TAB = re.compile(r"(?i)^(?:answer|solution|answers|solutions|a|resposta|respuesta|antwort|lösung|réponse)$")


def _tabbed(content: list[Row], n: int, state: _State) -> list[Row] | None:
    """A Runestone / sphinx-tabs ``.. tabbed::`` block whose tabs are a question and its answer (``.. tab:: Question``,
    ``.. tab:: Answer``; trial12 U62): the question tab's first paragraph a heading, the rest of it under it, the
    answer tab under an ``Answer`` heading; other tabs (``Discussion``) left out. None for other tabs."""
    tabs: list[tuple[str, list[Row]]] = []
    i = 0
    while i < len(content):
        m = _TAB.match(content[i][0])
        if m is None:
            i += 1
            continue
        body, i = _take_indented(content, i + 1)
        tabs.append((m.group("name").strip(), _dedent(body)))
    question = next((body for name, body in tabs if _QUESTION_TAB.match(name)), None)
    answer = next((body for name, body in tabs if _ANSWER_TAB.match(name)), None)
    if question is None or answer is None:
        return None
    asked = _blocks(question, state)
    while asked and not asked[0][0]:
        asked.pop(0)
    end = next((k for k, (t, _) in enumerate(asked) if not t), len(asked))
    stem = " ".join(t for t, _ in asked[:end]).strip()
    if not stem:
        return None
    level = min(state.level + 1, 6)
    asks = stem.rstrip("*_` ").endswith(("?", "？"))
    out: list[Row] = [("", n), ("#" * level + " " + ("" if asks else "Q: ") + stem, asked[0][1]), ("", n), *asked[end:]]
    return [*out, ("", n), ("#" * min(level + 1, 6) + " Answer", n), ("", n), *_blocks(answer, state), ("", n)]


# sphinx-exercise's and sphinx-lesson's exercises (QuantEcon, jupyter-book, ENCCS and CodeRefinery lessons): a task,
# its '.. solution::' after it or inside it the answer (formats2 F2-20)
_EXERCISES = {"exercise", "challenge"}  # (never Runestone's ".. question:: id", a wrapper of an mchoice)
_SOLUTION = re.compile(r"^\.\.\s+solution::")


_EXERCISE_AT = re.compile(r"^(?P<indent>\s*)\.\.\s+(?:exercise|challenge)::")


def _solved(rows: list[Row]) -> set[int]:
    """The lines of the exercise directives that have a solution: inside them, or the next block at their indent."""
    found: set[int] = set()
    for k, (line, n) in enumerate(rows):
        m = _EXERCISE_AT.match(line)
        if m is None:
            continue
        indent = len(m.group("indent"))
        for later, _ in rows[k + 1 :]:
            if not later.strip():
                continue
            if _indent(later) <= indent:
                found |= {n} if _SOLUTION.match(later.strip()) and _indent(later) == indent else set()
                break
            if _SOLUTION.match(later.strip()):
                found.add(n)
                break
    return found


def _exercise(title: str, content: list[Row], n: int, state: _State) -> list[Row]:
    """An ``.. exercise:: Title`` / ``.. challenge::`` as a question: its title (else its first paragraph) the heading,
    its text under it, and a ``.. solution::`` inside it (or right after it) under an ``Answer`` heading."""
    inside = next((k for k, (line, _) in enumerate(content) if _SOLUTION.match(line)), None)
    solution = content[inside:] if inside is not None else []
    task = _blocks(content[:inside] if inside is not None else content, state)
    while task and not task[0][0]:
        task.pop(0)
    stem = _inline(title, state.subs) if title.strip() else ""
    end = next((k for k, (t, _) in enumerate(task) if not t), len(task))
    first = " ".join(t for t, _ in task[:end]).strip()
    prompt = first.rstrip("*_` ").endswith(("?", "？", ".", "!", "。"))  # (a task that asks or bids, never a lead-in 'Consider …:')
    if stem and prompt and not first.startswith(("```", "~~~", "- ", "* ", "> ", "|", "#", "$$", "1. ", "<")):
        # ('.. exercise:: List comprehension' over 'Write a list comprehension …': the title, then the task that asks,
        # one front; T27-5: the title ran on after the task)
        stem, task = f"{stem.rstrip(':： ')}: {first}", task[end:]
    if not stem:
        stem, task = first, task[end:]
    if not stem:
        return task
    level = min(state.level + 1, 6)
    asks = stem.rstrip("*_` ").endswith(("?", "？"))
    out: list[Row] = [("", n), ("#" * level + " " + ("" if asks else "Q: ") + stem, n), ("", n), *task, ("", n)]
    state.exercise = True
    if solution:
        out += _blocks(solution, state)
    return out


def _mchoice(options: dict[str, str], content: list[Row], n: int, state: _State) -> list[Row]:
    """A Runestone ``.. mchoice::`` question (trial12 U61): its content's first paragraph the question (a heading),
    the rest (a program, a figure) under it, its ``:answer_a:`` … options with the ``:correct:`` ones ticked, each
    ``:feedback_a:`` on the back."""
    letters = sorted(key.removeprefix("answer_") for key in options if key.startswith("answer_") and options[key].strip())
    right = {c.strip().lower() for c in re.split(r"[,\s]+", options.get("correct", "")) if c.strip()}
    inner = _blocks(content, state)
    while inner and not inner[0][0]:
        inner.pop(0)
    end = next((k for k, (t, _) in enumerate(inner) if not t), len(inner))
    stem = " ".join(t for t, _ in inner[:end]).strip()
    if not stem or not letters or not right:
        return inner
    asks = stem.rstrip("*_` ").endswith(("?", "？"))
    out: list[Row] = [("", n), ("#" * min(state.level + 1, 6) + " " + ("" if asks else "Q: ") + stem, inner[0][1]), ("", n)]
    rest = inner[end:]
    while rest and not rest[0][0]:
        rest.pop(0)
    out += [*rest, *([("", n)] if rest else [])]
    out += [(f"- [{'x' if letter in right else ' '}] {_inline(options['answer_' + letter], state.subs)}", n) for letter in letters]
    # (each option's feedback by the letter the card gives it: an option's text may name letters, 'A and B', which a
    # line 'A and B: Both needed.' would be read as a key of; trial20 T20-5)
    said = [f"*{'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[k]})* {_inline(options['feedback_' + letter], state.subs)}"
            for k, letter in enumerate(letters) if k < 26 and options.get("feedback_" + letter, "").strip()]  # fmt: skip
    return [*out, *((row, n) for line in said for row in ("", line)), ("", n)]


_APLUS = {"pick-one", "pick-any", "freetext", "dropdown"}  # (A+ 'dropdown' only with its points: '.. dropdown:: 10')
_APLUS_POINTS = re.compile(r"^[A-Za-z]?\d+(?:\s|$)")
# an option line: its key after '+' (selected at first) then '*' (right) or '?' (neutral), a dot, its text
_APLUS_CHOICE = re.compile(r"^(?P<selected>\+)?(?P<mark>[*?])?(?P<key>[^\s.§]+)\.?\s+(?P<text>\S.*)$")
_APLUS_FEEDBACK = re.compile(r"^(?P<key>[^§]*?)\s*§\s*(?P<text>.*)$")


def _paragraphs(rows: list[Row]) -> list[list[Row]]:
    """``rows`` split at blank lines (its paragraphs, each a list of rows)."""
    out: list[list[Row]] = [[]]
    for line, k in rows:
        if line.strip():
            out[-1].append((line, k))
        elif out[-1]:
            out.append([])
    return [p for p in out if p]


def _aplus(kind: str, arg: str, content: list[Row], n: int, state: _State) -> list[Row] | None:
    """An A+ questionnaire's question (``.. pick-one::``, ``.. pick-any::``, ``.. dropdown:: 10``, ``.. freetext::``),
    read as A+ reads it: its last paragraph the options (or, for a free-text question, the right answer on its first
    line), a last paragraph of ``key § text`` lines the feedback, the paragraphs before them the question. A choice
    question is a heading over its text and its options as a checklist, the ``*`` ones ticked, each option's feedback
    under it by the letter the card gives it; a free-text one a heading over its text and the right answer. None when
    the content is no such question (a sphinx-design ``dropdown``)."""
    paragraphs = _paragraphs(content)
    feedback: list[Row] = []
    if len(paragraphs) > 1 and all("§" in line for line, _ in paragraphs[-1]):
        feedback = paragraphs.pop()
    if not paragraphs:
        return None
    body = paragraphs.pop() if kind != "freetext" else []
    choices = [_APLUS_CHOICE.match(line.strip()) for line, _ in body]
    answer: list[Row] = []
    if kind == "freetext":
        last = paragraphs[-1] if len(paragraphs) > 1 else []
        if last:
            paragraphs.pop()
            right, _, said = last[0][0].strip().partition("§")
            feedback = [(f"{right.strip()} §{said}", last[0][1])] if said else []
            feedback += [row for row in last[1:] if "§" in row[0]]
            right, _, model = right.partition("°=°")
            shown = (model or right).strip().replace("°°°", "\n")
            if shown:
                answer = [(f"`{shown}`" if not model and "regexp" in arg.split()[1:2] else _inline(shown, state.subs), last[0][1])]
    elif not body or not all(choices):
        return None
    if not paragraphs:
        return None
    plain = _blocks([row for p in paragraphs for row in (*p, ("", p[-1][1]))], state)
    texts = _paragraphs(plain)
    prose = [k for k, p in enumerate(texts) if not p[0][0].startswith(("```", "~~~", "- ", "* ", "> ", "|", "#", "$$", "1. ", "<", "!["))]
    if not prose:
        return None
    asking = [k for k in prose if " ".join(t for t, _ in texts[k]).rstrip("*_` ").endswith(("?", "？"))]
    at = asking[-1] if asking else prose[-1]
    stem = " ".join(t.strip() for t, _ in texts[at])
    asks = bool(asking)
    level = min(state.level + 1, 6)
    out: list[Row] = [("", n), ("#" * level + " " + ("" if asks else "Q: ") + stem, texts[at][0][1]), ("", n)]
    for k, p in enumerate(texts):
        if k != at:
            out += [*p, ("", p[-1][1])]
    if kind == "freetext":
        if not answer:
            return out  # (a feedback questionnaire's free-text question: it asks, nothing answers it)
        out.append((f"**Answer:** {answer[0][0]}", answer[0][1]))
    letters: dict[str, str] = {}
    for (_line, k), m in zip(body, choices, strict=True):
        assert m is not None
        letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[len(letters)] if len(letters) < 26 else ""
        letters[m.group("key")] = letter
        out.append((f"- [{'x' if m.group('mark') == '*' else ' '}] {_inline(m.group('text'), state.subs)}", k))
    said: list[Row] = []
    for line, k in feedback:
        m = _APLUS_FEEDBACK.match(line.strip())
        if m is None or not m.group("text").strip():
            continue
        key = m.group("key").lstrip("!").strip()
        if re.fullmatch(r"%\d+%", key):
            continue  # ('%100% § The answer is correct': praise for a full score, nothing to learn)
        text = _inline(m.group("text").strip(), state.subs)
        said.append((f"*{letters[key]})* {text}" if letters.get(key) else text, k))
    for row in said:
        out += [("", row[1]), row]
    return [*out, ("", n)]


_LIST_ROW = re.compile(r"^\*\s+-(?:\s+(?P<text>.*))?$")
_LIST_CELL = re.compile(r"^(?P<indent>\s+)-(?:\s+(?P<text>.*))?$")


def _list_table(title: str, options: dict[str, str], content: list[Row], n: int, state: _State) -> list[Row]:
    """A ``.. list-table::`` (rows ``* - cell`` / ``  - cell``) as a Markdown table, its ``:header-rows:``
    a header; a cell over several lines is one cell."""
    table: list[tuple[list[list[str]], int]] = []
    for line, k in content:
        if not line.strip():
            continue
        row = _LIST_ROW.match(line)
        cell = _LIST_CELL.match(line) if row is None else None
        if row is not None:
            table.append(([[row.group("text") or ""]], k))
        elif cell is not None and table:
            table[-1][0].append([cell.group("text") or ""])
        elif table:
            table[-1][0][-1].append(line)
    if not table:
        return []
    try:
        header = 1 if int(options.get("header-rows", "0") or 0) > 0 else 0
    except ValueError:
        header = 0
    out: list[Row] = [(f"**{_inline(title, state.subs)}**", n), ("", n)] if title else []
    _markdown_table(out, [([_cell(c, state, k) for c in cells], k) for cells, k in table], header, n, state, rendered=True)
    return out


def _grid_table(rows: list[Row], i: int, out: list[Row], state: _State) -> int:
    """A grid table (``+---+---+`` borders) as a Markdown table; a cell's lines joined with spaces."""
    border = rows[i][0].strip()
    start = rows[i][0].index("+")
    cuts = [start + k for k, c in enumerate(border) if c == "+"]
    table: list[tuple[list[str], int]] = []
    header = 0
    cells: list[list[str]] | None = None
    first = rows[i][1]
    j = i + 1
    while j < len(rows) and rows[j][0].strip().startswith(("+", "|")):
        line = rows[j][0]
        if line.strip().startswith("+"):
            if cells is not None:
                table.append(([_cell(c, state, first) for c in cells], first))
                cells = None
            if "=" in line and not header:
                header = len(table)
        else:
            if cells is None:
                cells, first = [[] for _ in cuts[:-1]], rows[j][1]
            for k in range(len(cuts) - 1):
                piece = line[cuts[k] + 1 : cuts[k + 1]] if len(line) > cuts[k] else ""
                if piece.strip():
                    cells[k].append(piece.rstrip())
        j += 1
    if cells is not None:
        table.append(([_cell(c, state, first) for c in cells], first))
    if not header and len(table) > 1 and _names_row(table[0][0]) and any(c.startswith(("\\(", "![")) for r, _ in table[1:] for c in r):
        header = 1  # ('Function | Derivative' over formula and picture cells, no '=' border: still its header)
    _markdown_table(out, table, header, rows[i][1], state, rendered=True)
    return j


def _names_row(cells: list[str]) -> bool:
    """A row of column names: short words in every cell, no formula, picture or number."""
    return all(c and len(c.split()) <= 4 and not c.startswith(("\\(", "![")) and not any(ch.isdigit() for ch in c) for c in cells)


_CELL_DIRECTIVE = re.compile(r"^\.\.\s+(?P<name>math|image|figure|literalinclude|include)::\s*(?P<arg>.*)$")


def _cell(lines: list[str], state: _State, line: int | None = None) -> str:
    """A table cell's lines as one Markdown table cell: a ``.. math::`` cell its formula (its lines, and so
    a ``\\\\`` between the rows of a ``cases``, kept), an ``.. image::`` cell its picture, a
    ``.. literalinclude::`` cell the name of the file it includes, as code (not followed: a warning, as
    outside a table; learner2 M19), any other text inline."""
    texts = [line.strip() for line in lines if line.strip()]
    m = _CELL_DIRECTIVE.match(texts[0]) if texts else None
    if m is None:
        return _inline(" ".join(texts), state.subs)
    body = [t for t in texts[1:] if not _OPTION.match(t)]
    options = dict(t[1:].partition(":")[::2] for t in texts[1:] if _OPTION.match(t))
    if m.group("name") == "math":
        formula = " ".join([m.group("arg"), *body]).strip()
        return f"\\({formula}\\)" if formula else ""
    if m.group("name") in _NOT_FOLLOWED:
        arg = m.group("arg").strip()
        state.warnings.append(
            Diagnostic(
                state.rel,
                line,
                f".. {m.group('name')}:: {arg} in a table cell is not followed: the cell shows its file's name",
                "put the included file into sources/ as a document of its own, or paste its text into the cell",
                severity="warning",
                group="rst-include",
            )
        )
        return f"`{arg}`" if arg else ""
    alt = options.get("alt", "").strip()
    return f"![{alt}]({m.group('arg').strip()})" + (" " + _inline(" ".join(body), state.subs) if body else "")


def _simple_table(rows: list[Row], i: int, out: list[Row], state: _State) -> int:
    """A simple table (``=====  =====`` borders) as a Markdown table."""
    border = rows[i][0]
    spans = [(m.start(), m.end()) for m in re.finditer(r"=+", border)]
    table: list[tuple[list[str], int]] = []
    header = 0
    borders = 1
    j = i + 1
    while j < len(rows):
        line = rows[j][0]
        if _SIMPLE_BORDER.match(line.strip()) or re.fullmatch(r"[-\s]+", line.strip() or "x"):
            borders += 1
            j += 1
            if _SIMPLE_BORDER.match(line.strip()) and not header and borders == 2 and j < len(rows) and rows[j][0].strip():
                header = len(table)
                continue
            if _SIMPLE_BORDER.match(line.strip()):
                break
            continue
        if not line.strip():
            j += 1
            continue
        cells = []
        for k, (a, _b) in enumerate(spans):
            end = spans[k + 1][0] if k + 1 < len(spans) else len(line)
            cells.append(line[a:end].strip())
        if table and not cells[0] and any(cells[1:]):  # a continuation line of the row above
            prev, at = table[-1]
            table[-1] = ([f"{p} {c}".strip() for p, c in zip(prev, cells, strict=True)], at)
        else:
            table.append((cells, rows[j][1]))
        j += 1
    _markdown_table(out, table, header, rows[i][1], state)
    return j


def _markdown_table(out: list[Row], table: list[tuple[list[str], int]], header: int, n: int, state: _State, rendered: bool = False) -> None:
    if not table:
        return
    if out and out[-1][0] != "":
        out.append(("", n))
    width = max(len(c) for c, _ in table)

    def row(cells: list[str]) -> str:
        cells = [*cells, *[""] * (width - len(cells))]
        return "| " + " | ".join((c if rendered else _inline(c, state.subs)).replace("|", "\\|") for c in cells) + " |"

    head = table[0] if header else ([""] * width, table[0][1])
    body = table[1:] if header else table
    out.append((row(head[0]), head[1]))
    out.append(("|" + "---|" * width, head[1]))
    out.extend((row(c), k) for c, k in body)
    out.append(("", table[-1][1]))


# inline markup ---------------------------------------------------------------------------------------

_INLINE = re.compile(
    r"(?P<lit>``(?P<literal>\S(?:.*?\S)??)``)(?!\w)"
    r"|:(?P<role>[\w.+:-]+):`(?P<rtext>(?:[^`\\]|\\.)+)`"
    r"|`(?P<ref>(?:[^`\\]|\\.)+)`(?P<under>__?)(?!\w)"
    r"|`(?P<interp>(?:[^`\\]|\\.)+)`(?::(?P<post>[\w.+:-]+):)?"
    r"|[ \t]?\[(?:\#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)\]_(?!\w)"
    r"|\|(?P<sub>\S(?:[^|]*\S)?)\|(?:__?)?(?!\w)"
    r"|(?<![\w`])(?P<word>[A-Za-z][A-Za-z0-9]*)__?(?=[\s.,;:!?)\]'\"]|$)"
    r"|(?P<dollar>\$)"
    r"|(?P<lt><)(?=[A-Za-z/!?])"
)


def _inline(text: str, subs: dict[str, str]) -> str:
    """reStructuredText inline markup as Markdown's: literals, roles, links, references, substitutions."""

    def one(m: re.Match[str]) -> str:
        if m.group("lit"):
            return _code(m.group("literal"))
        if m.group("role"):
            return _role(m.group("role"), m.group("rtext"))
        if m.group("ref"):
            ref = m.group("ref").replace("\\`", "`")
            link = re.match(r"^(?P<text>.*?)\s*<(?P<url>[^<>\s]+)>$", ref, re.S)
            if link is None:
                return _escape(ref)
            url, shown = link.group("url"), link.group("text") or link.group("url")
            if url.endswith("_") or not re.match(r"^(?:[a-z][a-z0-9+.-]*:|/|\.|#|[\w-]+\.[\w.-]+)", url):
                return _escape(shown)  # a reference to a target or a document, not an address
            return f"[{_escape(shown)}]({url})"
        if m.group("interp"):
            if m.group("post"):
                return _role(m.group("post"), m.group("interp"))
            inner = m.group("interp").replace("\\`", "`")
            return _code(inner) if not re.search(r"\s", inner) else f"*{inner}*"
        if m.group("sub"):
            return subs.get(m.group("sub"), _escape(m.group("sub")))
        if m.group("word"):
            return m.group("word")
        if m.group("dollar"):
            return "\\$"
        if m.group("lt"):
            return "\\<"
        return ""  # a footnote or citation reference

    # ('\ ': an escaped space, which separates marks and shows nothing; never the space after an escaped backslash:
    # '\\ as' is a backslash, then ' as', trial49 T49-4)
    text = _ESCAPED_SPACE.sub(r"\1", text)
    out: list[str] = []
    at = 0
    for m in _INLINE.finditer(text):
        out += [_MD_UNDERSCORE.sub(lambda u: "\\_" * len(u.group(0)), text[at : m.start()]), one(m)]
        at = m.end()
    out.append(_MD_UNDERSCORE.sub(lambda u: "\\_" * len(u.group(0)), text[at:]))
    return "".join(out)


_ESCAPED_SPACE = re.compile(r"(?<!\\)((?:\\\\)*)\\ ")  # a backslash before a space, itself not escaped


# underscores Markdown could read as emphasis ('__del__', '_private'): RST has no '__strong__' or '_em_' (trial12
# U11: 'My class defines __del__ but …' lost the name it asks about); inside a word they are text in both
_MD_UNDERSCORE = re.compile(r"(?<![\w\\])_+|_+(?!\w)")


def _joined_literals(texts: list[str]) -> tuple[list[str], list[int]]:
    """A paragraph's lines with an inline literal that runs over a line break (a double-backquoted 'int('144')⏎== 144',
    valid RST) on one line, and each line's first line in the paragraph (trial12 U11: the literal was garbled into the
    prose after it)."""
    out: list[str] = []
    first: list[int] = []
    for k, text in enumerate(texts):
        if out and len(re.findall(r"``", _CLOSED_LITERAL.sub("", out[-1]))) % 2:
            out[-1] = f"{out[-1]} {text}"
            continue
        out.append(text)
        first.append(k)
    return out, first


_CLOSED_LITERAL = re.compile(r"``\S(?:.*?\S)??``(?!\w)")


def _escape_start(text: str) -> str:
    """A paragraph line that Markdown would read as a heading or quote is text."""
    if re.match(r"^(?:#{1,6}(?:\s|$)|>|={3,}\s*$|-{3,}\s*$)", text):
        return "\\" + text
    return text
