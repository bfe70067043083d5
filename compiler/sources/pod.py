"""Perl's POD (``.pod``: perlfaq, a module's manual; trial28 T28-47): converted to Markdown and read like a Markdown file.

``=head1`` … ``=head4`` are headings one level under the page title (``=head1 NAME``'s line is the title), ordinary
paragraphs are paragraphs, an indented (verbatim) paragraph is a code block, ``=over`` / ``=item`` / ``=back`` a list;
the formatting codes are Markdown's: ``C<…>`` code, ``B<…>`` bold, ``I<…>`` italic, ``F<…>`` a file name as code,
``L<text|target>`` its text (a link for a URL), ``E<lt>`` the character, ``S<…>`` its text, ``X<…>`` / ``Z<>`` nothing.
Code between ``=cut`` and the next command (a module's Perl), ``=begin`` … ``=end`` blocks for other formatters and
``=for`` / ``=encoding`` lines are left out. Every line of the Markdown names its line of the file.
"""

from __future__ import annotations

import html
import re
import textwrap
from pathlib import Path

from compiler.sources.base import load_document
from compiler.sources.converted import Converted, literal_inline

_COMMAND = re.compile(r"^=(?P<name>[a-zA-Z]\w*)(?:\s+(?P<text>.*))?$")
_HEADINGS = {"head1": 2, "head2": 3, "head3": 4, "head4": 5, "head5": 6, "head6": 6}
_CODE_START = re.compile(r"(?P<letter>[BCEFILSXZ])(?P<open><+)(?P<space>\s*)")
_BULLET = re.compile(r"^(?:\*|-|•|o)$")
_NUMBER = re.compile(r"^(?P<n>\d+)[.)]?$")
POD_SIGNS_MIN = 2  # POD commands ('=head1', '=head2', '=cut' …) that tell a POD document saved as text


def pod_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The document as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, encoding)
    return convert_pod(doc.lines, rel)


def looks_like_pod(lines: list[str]) -> bool:
    """Whether a text file is POD saved as ``.txt``: its first line that says anything a ``=head`` or ``=pod`` command,
    and two POD commands at least."""
    first = next((line for line in lines if line.strip()), "")
    if not first.startswith(("=head", "=pod", "=encoding")):
        return False
    return (
        sum(
            1
            for line in lines
            if (m := _COMMAND.match(line))
            and m.group("name") in (*_HEADINGS, "pod", "cut", "over", "item", "back")
        )
        >= POD_SIGNS_MIN
    )


def _paragraphs(lines: list[str]) -> list[tuple[int, list[str]]]:
    """The file's paragraphs (lines apart by blank lines), each with its first line's number."""
    out: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for n, line in enumerate(lines, 1):
        if line.strip():
            if not current:
                start = n
            current.append(line.rstrip())
        elif current:
            out.append((start, current))
            current = []
    if current:
        out.append((start, current))
    return out


def _closing(text: str, at: int, brackets: int) -> int:
    """Where the formatting code whose text starts at ``at`` ends (the index of its closing '>'s), -1 if it does not."""
    if brackets > 1:  # 'C<< $a <=> $b >>': closed by whitespace and as many '>'
        m = re.compile(r"\s" + ">" * brackets).search(text, at)
        return m.start() + 1 if m else -1
    depth = 0
    k = at
    while k < len(text):
        if _CODE_START.match(text, k) and text[k + 1 : k + 2] == "<":
            depth += 1
            k += 2
            continue
        if text[k] == ">":
            if depth == 0:
                return k
            depth -= 1
        k += 1
    return -1


def _entity(name: str) -> str:
    if name.isdecimal():
        return chr(int(name))
    if name.lower().startswith("0x"):
        return chr(int(name, 16))
    said = {"lt": "<", "gt": ">", "verbar": "|", "sol": "/"}.get(name)
    return said if said is not None else html.unescape(f"&{name};")


def _plain(text: str) -> str:
    """A formatting code's text with the codes inside it as their text (what a code span shows)."""
    return _inline(text, literal=False)


def _inline(text: str, literal: bool = True) -> str:
    """A paragraph's text with its formatting codes as Markdown (``literal``: the text between escaped as Markdown)."""
    out: list[str] = []
    pos = 0
    k = 0
    while k < len(text):
        m = _CODE_START.match(text, k)
        if m is None or (k > 0 and text[k - 1].isalnum()):
            k += 1
            continue
        brackets = len(m.group("open"))
        end = _closing(text, m.end(), brackets)
        if end < 0:
            k += 1
            continue
        said = text[pos:k]
        out.append(literal_inline(said) if literal else said)
        inner = text[m.end() : end].rstrip() if brackets > 1 else text[m.end() : end]
        out.append(_code(m.group("letter"), inner, literal))
        pos = k = end + brackets
    out.append(literal_inline(text[pos:]) if literal else text[pos:])
    return "".join(out)


def _code(letter: str, inner: str, literal: bool) -> str:
    """One formatting code as Markdown."""
    if letter in "XZ":
        return ""
    if letter == "E":
        return literal_inline(_entity(inner.strip())) if literal else _entity(inner.strip())
    if letter == "C" or letter == "F":
        said = " ".join(_plain(inner).split())
        if not literal:
            return said
        ticks = "`" * (max((len(t) for t in re.findall(r"`+", said)), default=0) + 1)
        pad = " " if said.startswith("`") or said.endswith("`") else ""
        return f"{ticks}{pad}{said}{pad}{ticks}" if said else ""
    if letter == "L":
        text, _, target = inner.partition("|") if "|" in inner else ("", "", inner)
        target = target.strip()
        shown = (
            _inline(text, literal)
            if text
            else re.sub(r'^"|"$', "", target.replace('/"', " ").replace("/", " ")).strip() or target
        )
        if literal and re.match(r"^(?:https?|ftp|mailto):", target):
            return f"[{shown}]({target})" if text else f"<{target}>"
        return shown if text else (literal_inline(shown) if literal else shown)
    said = _inline(inner, literal)
    if not literal or not said.strip():
        return said
    if letter == "B":
        return f"**{said.strip()}**"
    if letter == "I":
        return f"*{said.strip()}*"
    return said  # ('S<…>': its text, kept on one line)


def convert_pod(lines: list[str], rel: str = "") -> Converted:
    """POD as Markdown (see the module docstring)."""
    del rel
    out: list[tuple[str, int]] = []
    inside = bool(
        next((line for line in lines if line.strip()), "").startswith("=")
    )  # (a .pod opens with its POD)
    skipping = ""  # the formatter of a '=begin' block being left out
    lists: list[str] = []  # the kinds of the lists open ('-', '1', 'term')
    title_next = False  # '=head1 NAME' just read: its paragraph is the title
    item_open = False  # an '=item' just read: the next paragraph is its text

    def emit(line: str, n: int) -> None:
        out.append((line, n))

    def blank(n: int) -> None:
        if out and out[-1][0]:
            emit("", n)

    for n, para in _paragraphs(lines):
        command = _COMMAND.match(para[0])
        if command is not None:
            name, text = command.group("name"), " ".join([command.group("text") or "", *para[1:]]).strip()
            if name == "cut":
                inside = False
                continue
            inside = True
            if skipping:
                skipping = "" if name == "end" else skipping
                continue
            if name == "begin":
                skipping = text or "?"
                continue
            if name in ("pod", "encoding", "for", "end"):
                continue
            if name in _HEADINGS:
                lists.clear()
                item_open = False
                if name == "head1" and text.upper() == "NAME" and not out:
                    title_next = True
                    continue
                blank(n)
                emit("#" * _HEADINGS[name] + " " + _inline(text), n)
                emit("", n)
                continue
            if name == "over":
                lists.append("")
                continue
            if name == "back":
                if lists:
                    lists.pop()
                item_open = False
                blank(n)
                continue
            if name == "item":
                if not lists:
                    lists.append("")
                blank(n)
                number = _NUMBER.match(text)
                if _BULLET.match(text) or not text:
                    lists[-1], item_open = "-", True
                elif number is not None:
                    lists[-1], item_open = "1", True
                    emit(f"{number.group('n')}. ", n)
                    continue
                else:
                    lists[-1], item_open = "term", False
                    emit(f"- **{_inline(text)}**", n)
                    continue
                emit("- ", n)
                continue
            continue  # (a command deckc does not know: its line is no text)
        if not inside or skipping:
            continue
        indent = "   " if lists and not item_open else ""
        if para[0][:1] in (" ", "\t"):  # a verbatim paragraph: code as written
            code = textwrap.dedent("\n".join(line.expandtabs(4) for line in para)).split("\n")
            blank(n)
            emit(indent + "```", n)
            out.extend((indent + line if line else "", n + k) for k, line in enumerate(code))
            emit(indent + "```", n + len(para) - 1)
            emit("", n + len(para) - 1)
            item_open = False
            continue
        said = _inline(" ".join(line.strip() for line in para))
        if title_next:
            emit("# " + said, n)
            emit("", n)
            title_next = False
            continue
        if (
            item_open and out and re.match(r"^(?:-|\d+\.) $", out[-1][0])
        ):  # (an '=item *' / '=item 1.' over its text)
            out[-1] = (out[-1][0] + said, n)
            item_open = False
            continue
        if not indent:
            blank(n)
        emit(indent + said, n)
        emit("", n)
    while out and not out[-1][0]:
        out.pop()
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n for _, n in out))
