"""Outlines and mind maps: OPML (``.opml``: Workflowy, Dynalist, Logseq, OmniOutliner, Bike exports) and FreeMind /
Freeplane maps (``.mm``), read as the Markdown they mean (trial31 T31-11: both were "not read").

Both are a tree of nodes, each a line of text. A node that asks (its text ends with ``?``, ``？``, ``؟``) and has
children is a question: a heading, its children its answer, a bullet each (their own children nested under them); a
node that asks nothing and has children is a section over them (a heading one level deeper for each level, at most
six), so a mind map's centre names the page and its branches the sections. A leaf that stands alone is a paragraph. An
OPML node's ``_note`` and a map node's note (``richcontent TYPE="NOTE"``) go under its text. Each Markdown line maps
back to the line of the node it came from.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT, Converted, literal_inline

OUTLINE_MAX = 50_000_000  # bytes read at most
_ASKS = re.compile(r"[?？؟]\s*$")
_TAG = re.compile(r"<[^>]+>")


@dataclass
class _Node:
    text: str
    line: int
    note: str = ""
    children: list[_Node] = field(default_factory=list)


def _plain(markup: str) -> str:
    """A rich node's or note's HTML as its text, paragraphs apart by a blank line."""
    text = re.sub(r"(?i)</(?:p|div|li|h[1-6])>|<br\s*/?>", "\n\n", markup)
    return "\n\n".join(" ".join(html.unescape(_TAG.sub(" ", part)).split()) for part in text.split("\n\n") if _TAG.sub("", part).strip())


def _tree(data: bytes, rel: str, kind: str) -> list[_Node]:
    """The nodes of an OPML outline (``kind`` 'opml') or a FreeMind map ('mm'), with their lines."""
    roots: list[_Node] = []
    stack: list[_Node | None] = []  # None: an element that is no node (OPML's head, a map's attributes)
    rich: list[tuple[str, list[str]]] = []  # a map node's richcontent being read: its type and its HTML

    def start(name: str, attrs: dict[str, str]) -> None:
        if rich:
            rich[-1][1].append(f"<{name}>")
            return
        if (kind == "opml" and name == "outline") or (kind == "mm" and name == "node"):
            text = attrs.get("text", attrs.get("title", "")) if kind == "opml" else attrs.get("TEXT", "")
            node = _Node(_plain(text) if kind == "opml" else text.strip(), parser.CurrentLineNumber, note=_plain(attrs.get("_note", "")))
            parent = next((n for n in reversed(stack) if n is not None), None)
            (parent.children if parent is not None else roots).append(node)
            stack.append(node)
        elif kind == "mm" and name == "richcontent":
            rich.append((attrs.get("TYPE", "NODE").upper(), []))
        else:
            stack.append(None)

    def end(name: str) -> None:
        if rich and name != "richcontent":
            rich[-1][1].append(f"</{name}>")
            return
        if rich:
            what, parts = rich.pop()
            node = next((n for n in reversed(stack) if n is not None), None)
            if node is not None:
                if what == "NOTE":
                    node.note = _plain("".join(parts))
                elif not node.text:
                    node.text = _plain("".join(parts))
            return
        if stack:
            stack.pop()

    def chars(text: str) -> None:
        if rich:
            rich[-1][1].append(html.escape(text, quote=False))

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise ContentError(
            [Diagnostic(rel, exc.lineno, f"not a well-formed {'OPML outline' if kind == 'opml' else 'mind map'} ({expat.errors.messages[exc.code]})",
                        "export it again from the outliner or mind-map app", group=NOT_A_DOCUMENT)]
        ) from None  # fmt: skip
    return roots


def _bullets(node: _Node, depth: int, out: list[tuple[str, int]]) -> None:
    """A node under a question: a bullet, its note and children nested under it."""
    pad = "  " * depth
    out.append((f"{pad}- {literal_inline(node.text)}", node.line))
    if node.note:
        out.append((f"{pad}  {literal_inline(' '.join(node.note.split()))}", node.line))
    for child in node.children:
        _bullets(child, depth + 1, out)


def _markdown(nodes: list[_Node], level: int, out: list[tuple[str, int]]) -> None:
    leaves = [n for n in nodes if n.text and not n.children]
    listed = len(leaves) > 1  # (leaves side by side, 'la cocina = the kitchen': a list, as the outline shows them)
    for node in nodes:
        if not node.text:
            _markdown(node.children, level, out)
            continue
        if not node.children:  # a leaf on its own: a paragraph; leaves side by side: a list's entries
            if listed:
                _bullets(node, 0, out)
                if node is leaves[-1]:
                    out.append(("", node.line))
                continue
            out += [(literal_inline(node.text), node.line), ("", node.line)]
            if node.note:
                out += [(literal_inline(node.note), node.line), ("", node.line)]
            continue
        heading = "#" * min(level, 6)
        out += [(f"{heading} {literal_inline(node.text)}", node.line), ("", node.line)]
        if _ASKS.search(node.text):  # a question: its children the answer (one leaf: a paragraph), then its note
            only = node.children[0] if len(node.children) == 1 and not node.children[0].children else None
            if only is not None:
                out += [(literal_inline(only.text), only.line), *([("", only.line), (literal_inline(only.note), only.line)] if only.note else [])]
            for child in node.children if only is None else []:
                _bullets(child, 0, out)
            out.append(("", node.line))
            if node.note:
                out += [(literal_inline(node.note), node.line), ("", node.line)]
        else:
            if node.note:
                out += [(literal_inline(node.note), node.line), ("", node.line)]
            _markdown(node.children, level + 1, out)


def _convert(path: Path, rel: str, kind: str) -> Converted:
    try:
        data = path.read_bytes()[:OUTLINE_MAX]
    except OSError as exc:
        raise ContentError([Diagnostic(rel, None, f"cannot read file: {exc.strerror}", "check the path in deck.toml")]) from None
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:400].lower()
    if (kind == "opml" and b"<opml" not in head) or (kind == "mm" and b"<map" not in head):
        what = "an OPML outline (<opml …>)" if kind == "opml" else "a FreeMind or Freeplane mind map (<map …>)"
        raise ContentError([Diagnostic(rel, None, f"not {what}", "if it is one, export it again from its app", group=NOT_A_DOCUMENT)])
    out: list[tuple[str, int]] = []
    _markdown(_tree(data, rel, kind), 1, out)
    while out and not out[-1][0]:
        out.pop()
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n for _, n in out))


def opml_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """An OPML outline as Markdown with a line map (see the module docstring)."""
    del encoding  # (XML says its own)
    return _convert(path, rel, "opml")


def mindmap_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """A FreeMind / Freeplane map as Markdown with a line map (see the module docstring)."""
    del encoding
    return _convert(path, rel, "mm")
