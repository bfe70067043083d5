"""TiddlyWiki tiddlers (``.tid``, a Node.js or folder wiki's files; also one saved as ``.txt``): converted to Markdown
and read like a Markdown note (trial31 T31-9, T31-10).

A tiddler opens with a header of ``field: value`` lines (``created``, ``modified``, ``tags``, ``title``, ``type``), a
blank line, then its text in wikitext.  The header is the note's front matter: its ``title`` (the front of a note that
asks nothing) and its ``tags`` (``Networking Flashcard``, ``[[Two words]]``); the other fields are no text.  Wikitext
is Markdown's: ``!`` … ``!!!!!!`` headings, ``''bold''``, ``//italic//``, ``__underline__``, ``# `` numbered and
``* `` bulleted entries (``##`` / ``**`` nested), ``[[Target]]`` / ``[[text|Target]]`` links as their text, ``{{{`` …
``}}}`` code.  The flashcard tiddlers' ``!! Question`` / ``!! Answer`` headings (TiddlyWiki's flashcard plugins
write them) make the text under the first the question's heading and the text under the second its answer.  System
tiddlers (``$:/StoryList``, saved as ``$__StoryList.tid``) hold the wiki's state, no text: left out (sourcefiles).
Every line of the Markdown names its line of the file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from compiler.sources.base import load_document
from compiler.sources.converted import Converted
from compiler.sources.lines import ANSWER_WORDS, QUESTION_LABEL_WORD

_FIELD = re.compile(r"^(?P<key>[a-z][a-z0-9_.-]*):\s?(?P<value>.*)$")
# the fields TiddlyWiki writes on every tiddler: two of them (with 'title') make a header a tiddler's
_CORE_FIELDS = frozenset({"created", "modified", "type", "tags", "creator", "modifier", "revision", "bag"})
_HEADING = re.compile(r"^(?P<marks>!{1,6})\s*(?P<text>.*)$")
_ENTRY = re.compile(r"^(?P<marks>[#*]{1,5})\s+(?P<text>.*)$")
_BOLD = re.compile(r"''(?=\S)(.+?)(?<=\S)''")
_ITALIC = re.compile(r"(?<![:/])//(?=\S)(.+?)(?<=\S)//")
_UNDERLINE = re.compile(r"__(?=\S)(.+?)(?<=\S)__")
_LINK = re.compile(r"\[\[(?:(?P<text>[^|\]]+)\|)?(?P<target>[^\]]+)\]\]")
_TAG = re.compile(r"\[\[(?P<multi>[^\]]+)\]\]|(?P<one>\S+)")


def _header(lines: list[str]) -> int | None:
    """How many lines the tiddler's header takes (its field lines), or None when the text opens with none."""
    n = 0
    while n < len(lines) and _FIELD.match(lines[n]):
        n += 1
    if n == 0 or (n < len(lines) and lines[n].strip()):
        return None
    keys = {m.group("key") for line in lines[:n] if (m := _FIELD.match(line))}
    return n if "title" in keys and len(keys & _CORE_FIELDS) >= 2 else None


def looks_like_tiddler(lines: list[str]) -> bool:
    """Whether a text file is a tiddler saved as ``.txt``: a header of fields (``title`` and two of ``created``,
    ``modified``, ``tags``, ``type`` …) over a blank line (T31-10: it was read as ``Q: A`` pairs of timestamps)."""
    return _header(lines) is not None


def tiddler_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The tiddler as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, encoding)
    return convert_tiddler(doc.lines, rel)


def _inline(text: str) -> str:
    text = _LINK.sub(lambda m: m.group("text") or m.group("target"), text)
    text = _BOLD.sub(r"**\1**", text)
    text = _ITALIC.sub(r"*\1*", text)
    return _UNDERLINE.sub(r"<u>\1</u>", text)


def _label(text: str, words: str) -> bool:
    """Whether a heading's text is only a label (``Question``, ``Antwort``: one of ``words``, a regex alternation)."""
    return re.fullmatch(rf"(?i:{words})", text.strip().rstrip(":：").strip().strip("*")) is not None


def convert_tiddler(lines: list[str], rel: str = "") -> Converted:
    """A tiddler as Markdown (see the module docstring)."""
    del rel
    out: list[tuple[str, int]] = []
    end = _header(lines) or 0
    fields = {m.group("key"): m.group("value").strip() for line in lines[:end] if (m := _FIELD.match(line))}
    tags = [m.group("multi") or m.group("one") for m in _TAG.finditer(fields.get("tags", ""))]
    if end:
        out.append(("---", 1))
        if fields.get("title"):
            out.append((f"title: {json.dumps(fields['title'], ensure_ascii=False)}", 1))
        if tags:  # (a list, one a line: a tag of two words, '[[Exam prep]]', stays one tag)
            out += [("tags:", 1), *((f"  - {json.dumps(t, ensure_ascii=False)}", 1) for t in tags)]
        out.append(("---", end))
    code = False
    asking = False  # under a '!! Question' heading: its text is the question's heading
    for n in range(end, len(lines)):
        raw, number = lines[n].rstrip(), n + 1
        if raw.strip() in ("{{{", "}}}") or raw.lstrip().startswith("```"):
            code = not code if raw.strip() != "}}}" else False
            out.append(("```", number))
            continue
        if code:
            out.append((raw, number))
            continue
        heading = _HEADING.match(raw)
        if heading is not None:
            text = _inline(heading.group("text").strip())
            asking = _label(text, QUESTION_LABEL_WORD)
            if not asking and not _label(text, f"answer|{ANSWER_WORDS}"):  # (the labels are no headings: the question asks)
                out.append(("#" * len(heading.group("marks")) + " " + text, number))
            continue
        if asking and raw.strip():
            out.append(("## Q: " + _inline(raw.strip()), number))  # the question, its label: a heading that asks
            asking = False
            continue
        entry = _ENTRY.match(raw)
        if entry is not None:
            marks = entry.group("marks")
            indent = "   " * (len(marks) - 1)
            out.append((indent + ("1. " if marks[-1] == "#" else "- ") + _inline(entry.group("text")), number))
            continue
        out.append((_inline(raw), number))
    text = "\n".join(line for line, _ in out) + "\n"
    return Converted(text=text, origin=tuple(max(n, 1) for _, n in out))
