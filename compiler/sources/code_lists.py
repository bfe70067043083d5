"""A program typed as a numbered (or bulleted) list, one entry a line of code, read as the code block it is
(trial19 T19-12).

A Word quiz copied from a tutorial site often carries its code as a Word numbered list: ``1. #include <stdio.h>``,
``2. int main()``, ``3. {`` … (the site numbered its code lines, Word kept the numbers as a list). Read as a list, its
entries were the question's answer or, under an answer key, its options (``G) else`` keyed). :func:`code_lists`
turns such a list into a ``<pre>`` block, in place, before the page becomes Markdown, so the question reads as any
question over a code block: its code on the front, the options under it its options.

A list is code by shape: three or more entries, each one line with no block inside it; three in four of its written
entries read as code (code punctuation, a keyword and a parenthesis, a lone brace) and none as a sentence; and at
least one entry only a program writes: a brace alone (``{``, ``};``), a line that opens a block (``… {``, a
``def f(x):`` whose next entry is indented deeper) or a preprocessor line (``#include``). A list of code options
(``1. int a[10];`` / ``2. int a;``) has no such entry and stays the list it is.
"""

from __future__ import annotations

import re

from bs4 import Tag

MIN_LINES = 3  # entries a code list has at least
CODE_SHARE = 0.75  # of its written entries that read as code (a bare 'struct node' line does not)

_BLOCK_TAGS = ("p", "div", "ul", "ol", "table", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "li")
# an entry only a program writes: a brace (or bracket) alone, a line that opens a block, a preprocessor line
_STRUCTURE = re.compile(r"^(?:[{}()\[\];,]+|.*\S\s*\{|#\s*(?:include|define|import|ifn?def|endif|pragma|undef)\b.*|end|begin|fi|done|esac)$")
# a line of code: code punctuation, or a keyword-led statement
_CODE_CHARS = re.compile(r"[;{}=<>\[\]]|\w\s*\(.*\)|^(?:#|//|/\*|\*)|^(?:return|break|continue|else|import|from|def|class|pass|print)\b")
_SENTENCE_END = re.compile(r"[.?!]['\"’”)]*$")
_WORD = re.compile(r"^[A-Za-z]{2,}[,.;:!?]?$")


def _sentence(line: str) -> bool:
    """Prose, not code: many plain words, or a few ending like a sentence."""
    tokens = line.split()
    words = sum(1 for t in tokens if _WORD.match(t))
    return (words >= 8 and words * 4 >= len(tokens) * 3) or (len(tokens) >= 4 and words == len(tokens) and bool(_SENTENCE_END.search(line)))


def _code_line(line: str) -> bool:
    s = line.strip()
    return bool(_STRUCTURE.match(s) or _CODE_CHARS.search(s)) and not _sentence(s)


def _opens_block(lines: list[str], k: int) -> bool:
    """``def f(x):`` / ``for i in xs:`` over an entry indented deeper (Python's block, as the list kept it)."""
    line = lines[k]
    if not line.rstrip().endswith(":") or _sentence(line.strip()):
        return False
    nxt = next((x for x in lines[k + 1 :] if x.strip()), None)
    return nxt is not None and len(nxt) - len(nxt.lstrip()) > len(line) - len(line.lstrip())


def _entry_lines(listing: Tag) -> list[str] | None:
    """Each entry's text, as one line (None when an entry holds a block of its own, or text outside the entries)."""
    lines = []
    for child in listing.children:
        if isinstance(child, Tag):
            if child.name != "li" or child.find(_BLOCK_TAGS) is not None:
                return None
            text = child.get_text().replace("\xa0", " ").rstrip()
            if "\n" in text.strip():
                return None
            lines.append(text.strip("\n"))
        elif str(child).strip():
            return None
    return lines


def is_code(lines: list[str]) -> bool:
    """Whether a list's entries are the lines of a program (module docstring)."""
    written = [x for x in lines if x.strip()]
    if len(written) < MIN_LINES or any(_sentence(x.strip()) for x in written):
        return False
    if sum(1 for x in written if _code_line(x)) < CODE_SHARE * len(written):
        return False
    return any(_STRUCTURE.match(x.strip()) for x in written) or any(_opens_block(lines, k) for k in range(len(lines)))


def code_lists(root: Tag) -> None:
    """Rewrite, in place, each list whose entries are a program's lines as a ``<pre>`` block of those lines."""
    for listing in root.find_all(("ol", "ul")):
        if listing.parent is None or listing.find_parent(("ol", "ul", "pre", "table")) is not None:
            continue
        lines = _entry_lines(listing)
        if lines is None or not is_code(lines):
            continue
        while lines and not lines[-1].strip():
            lines.pop()
        listing.name = "pre"  # (the same element: its line in the page stays its mark)
        listing.attrs = {}
        listing.clear()
        listing.append("\n".join(lines))
