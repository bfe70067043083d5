"""DocBook markup as Markdown: a ``<qandaentry>``'s question and answer (an LDP HOWTO's or the FreeBSD FAQ's
``<qandaset>``), written with ``<para>``, ``<command>``, ``<screen>``, ``<itemizedlist>`` … (trial28 T28-33: every card
showed the raw tags). Paragraphs are paragraphs, commands and file names inline code, a screen or program listing a
code block, a list a list, a link a link; any other element is its text.
"""

from __future__ import annotations

import re
import textwrap
from xml.etree import ElementTree

from compiler.sources.converted import literal_inline

# the block elements that say a record's text is DocBook (no HTML or flashcard export writes them)
BLOCKS = frozenset(
    {
        "para",
        "simpara",
        "formalpara",
        "screen",
        "programlisting",
        "literallayout",
        "synopsis",
        "itemizedlist",
        "orderedlist",
        "variablelist",
        "blockquote",
        "note",
        "tip",
        "warning",
        "important",
        "caution",
        "informalexample",
        "example",
    }
)
_CODE_BLOCKS = frozenset(
    {"screen", "programlisting", "literallayout", "synopsis", "cmdsynopsis", "funcsynopsis"}
)
_CODE = frozenset(
    {
        "command",
        "userinput",
        "literal",
        "filename",
        "option",
        "varname",
        "function",
        "code",
        "computeroutput",
        "envar",
        "systemitem",
        "classname",
        "parameter",
        "constant",
        "prompt",
        "keycap",
        "keycombo",
        "guimenu",
        "guimenuitem",
        "guibutton",
        "guilabel",
        "markup",
        "tag",
        "sgmltag",
        "type",
        "methodname",
        "property",
        "uri",
        "email",
        "application",
        "package",
        "returnvalue",
        "errorname",
        "errorcode",
        "token",
        "symbol",
        "database",
        "interfacename",
        "exceptionname",
        "structname",
        "structfield",
        "msgtext",
    }
)
_ADMONITIONS = frozenset({"note", "tip", "warning", "important", "caution"})
_DROPPED = frozenset({"indexterm", "remark", "anchor", "title", "titleabbrev", "info"})
_XLINK = "{http://www.w3.org/1999/xlink}href"


def _name(node: ElementTree.Element) -> str:
    tag = node.tag if isinstance(node.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


def is_docbook(node: ElementTree.Element) -> bool:
    """Whether an element's content is written in DocBook (a ``<para>``, ``<screen>``, ``<itemizedlist>`` … inside)."""
    return any(_name(e) in BLOCKS for e in node.iter() if e is not node)


def document_title(root: ElementTree.Element) -> str:
    """A DocBook document's title: its ``<articleinfo>``/``<bookinfo>``/``<info>`` title, else its own ``<title>``."""
    for child in root:
        if _name(child) in ("articleinfo", "bookinfo", "info"):
            for inner in child:
                if _name(inner) == "title":
                    return " ".join("".join(inner.itertext()).split())
        if _name(child) == "title":
            return " ".join("".join(child.itertext()).split())
    return ""


def _inline(node: ElementTree.Element, code: bool = False) -> str:
    """An element's text as a Markdown line: code elements as inline code, emphasis, links, the rest as text."""
    out = [literal_inline(node.text or "") if not code else (node.text or "")]
    for child in node:
        name = _name(child)
        if name in _DROPPED or name == "footnote":
            pass
        elif code or name in _CODE:
            inner = _inline(child, code=True)
            out.append(inner if code else _code_span(inner))
        elif name == "emphasis":
            inner = _inline(child).strip()
            mark = "**" if (child.get("role") or "") in ("bold", "strong") else "*"
            out.append(f"{mark}{inner}{mark}" if inner else "")
        elif name in ("ulink", "link") and (child.get("url") or child.get(_XLINK)):
            url = child.get("url") or child.get(_XLINK) or ""
            inner = _inline(child).strip()
            out.append(f"[{inner or url}]({url.replace(' ', '%20').replace(')', '%29')})")
        elif name == "quote":
            out.append(f"“{_inline(child)}”")
        else:
            out.append(_inline(child, code))
        out.append(literal_inline(child.tail or "") if not code else (child.tail or ""))
    return "".join(out)


def _code_span(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return ""
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _line(node: ElementTree.Element) -> str:
    return " ".join(_inline(node).split())


def markdown_lines(node: ElementTree.Element) -> list[str]:
    """An element's DocBook content as Markdown lines, blocks apart by a blank line."""
    blocks: list[list[str]] = []
    loose = _line_of_text(node.text)
    if loose:
        blocks.append([loose])
    for child in node:
        blocks += _block(child)
        tail = _line_of_text(child.tail)
        if tail:
            blocks.append([tail])
    out: list[str] = []
    for block in blocks:
        if block:
            out += [*([""] if out else []), *block]
    return out


def _line_of_text(text: str | None) -> str:
    return " ".join(literal_inline(text or "").split())


def _block(node: ElementTree.Element) -> list[list[str]]:
    """One block element as Markdown blocks (lines each)."""
    name = _name(node)
    if name in _DROPPED:
        return []
    if name in _CODE_BLOCKS:
        code = textwrap.dedent("".join(node.itertext()).expandtabs(4)).strip("\n")
        fence = "~~~" if "```" in code else "```"
        return [[fence, *code.split("\n"), fence]] if code.strip() else []
    if name in ("itemizedlist", "orderedlist"):
        items = [child for child in node if _name(child) == "listitem"]
        lines = []
        for k, item in enumerate(items, 1):
            inner = markdown_lines(item)
            mark = f"{k}." if name == "orderedlist" else "-"
            lines += [
                f"{mark} {inner[0] if inner else ''}".rstrip(),
                *("   " + line if line else "" for line in inner[1:]),
            ]
        return [lines] if lines else []
    if name == "variablelist":
        lines = []
        for entry in (child for child in node if _name(child) == "varlistentry"):
            terms = [_line(t) for t in entry if _name(t) == "term"]
            said = next((markdown_lines(t) for t in entry if _name(t) == "listitem"), [])
            lines.append(f"- **{', '.join(terms)}**: {' '.join(line for line in said if line)}".rstrip(": "))
        return [lines] if lines else []
    if name in _ADMONITIONS or name == "blockquote":
        inner = markdown_lines(node)
        if name in _ADMONITIONS and inner:
            inner[0] = f"**{name.capitalize()}:** {inner[0]}"
        return [["> " + line if line else ">" for line in inner]] if inner else []
    if name == "formalpara":
        title = next((_line(t) for t in node if _name(t) == "title"), "")
        inner = markdown_lines(node)
        if title and inner:
            inner[0] = f"**{title}** {inner[0]}"
        return [inner] if inner else []
    if name in (
        "informalexample",
        "example",
        "section",
        "sect1",
        "sect2",
        "simplesect",
        "listitem",
        "answer",
        "question",
    ):
        inner = markdown_lines(node)
        return [inner] if inner else []
    if any(_name(e) in BLOCKS for e in node.iter() if e is not node):  # (a para holding a list or a screen)
        return _mixed(node)
    line = _line(node)
    return [[line]] if line else []


def _mixed(node: ElementTree.Element) -> list[list[str]]:
    """A paragraph with blocks inside it ('Use: <screen>…</screen> then …'): its text around them, each its own block."""
    blocks: list[list[str]] = []
    words = [_line_of_text(node.text)]
    for child in node:
        if _name(child) in BLOCKS:
            said = " ".join(w for w in words if w)
            if said:
                blocks.append([said])
            blocks += _block(child)
            words = []
        else:
            holder = ElementTree.Element("x")
            holder.append(child)
            words.append(_line(holder))
            continue
        words.append(_line_of_text(child.tail))
    said = " ".join(w for w in words if w)
    return [*blocks, [said]] if said else blocks
