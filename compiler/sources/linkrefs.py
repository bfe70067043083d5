"""Markdown's reference-style links (``[the docs][1]`` … ``[1]: https://…``) written as the inline links they stand
for, line for line, before a document is read (round-7 metamorphic R7-2).

A page written with link reference definitions shows the same links as one written with inline links, but the readers
cut a page into questions and answers first and render each alone: the definition, at the page's end, was in no
answer, so the card showed ``[the docs][1]`` as typed, and a reading list of such links was read as text. Each
reference whose label a definition names (full ``[text][label]``, collapsed ``[text][]`` and shortcut ``[label]``,
labels compared as CommonMark does: case and runs of spaces aside) becomes ``[text](url "title")``, and the definitions
it uses become blank lines (CommonMark shows nothing of them). A definition interrupts no paragraph (a line of text right
above it makes it text); footnotes (``[^1]: …``), a destination that is no link (``[1]: B``, an answer key's line) and a
definition no link uses stay as they were read; code (fences, code spans) is left as it is.
"""

from __future__ import annotations

import re

from compiler.sources.dollars import CODE_SPAN
from compiler.sources.lines import in_fence

# '[1]: https://example.com "Title"' (the destination in '<…>' may hold spaces; the title in "", '' or ())
_DEFINITION = re.compile(
    r"^ {0,3}\[(?P<label>(?!\^)(?:[^\[\]\\]|\\.){1,999})\]:[ \t]*(?P<dest><[^<>\n]*>|\S+)"
    r"(?:[ \t]+(?P<title>\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$"
)
# a destination that is a link: '<…>', 'https:…', 'mailto:…', '/x', './x', '#x', 'a/b', 'logo.png', 'example.com' (never
# '[1]: B' or '[2]: 3.14', an answer key's lines, which CommonMark would hide)
_LINK_LIKE = re.compile(r"^(?:<.*>|[A-Za-z][\w+.-]*:\S+|[/#.]\S*|\S*/\S*|\S+\.[A-Za-z]{2,}\S*)$")
# '[text][label]', '[text][]' and '[label]' (after an escaped '\[' too): never '[[wiki]]', never a link's own '[text](…)' or a definition's '[x]:'
_REFERENCE = re.compile(
    r"(?<![\]\\])(?<!(?<!\\)\[)\[(?P<text>(?:[^\[\]\\]|\\.|\[[^\[\]]*\])+)\](?:\[(?P<label>(?:[^\[\]\\]|\\.)*)\](?!\()|(?![(:\]\[]))"
)


def _key(label: str) -> str:
    """A label as CommonMark matches it: case and runs of white space aside."""
    return " ".join(label.split()).casefold()


def inline_references(text: str) -> str:
    """``text`` with each reference-style link whose label is defined written inline, its definitions blank."""
    if "]:" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    targets: dict[str, str] = {}
    defined: list[tuple[int, str]] = []
    used: set[str] = set()
    for k, line in enumerate(lines):
        m = None if fenced[k] else _DEFINITION.match(line)
        if m is None or not _LINK_LIKE.match(m.group("dest")):
            continue
        above = lines[k - 1] if k else ""
        if above.strip() and k - 1 not in {d for d, _ in defined} and not re.match(r"^ {0,3}#{1,6}(?:\s|$)", above):
            continue  # (a line of text right above: the paragraph's, no definition)
        dest = m.group("dest")
        targets.setdefault(_key(m.group("label")), dest + (f" {m.group('title')}" if m.group("title") else ""))
        defined.append((k, _key(m.group("label"))))
    if not targets:
        return text

    def link(m: re.Match[str]) -> str:
        label = m.group("label")
        key = _key(label or m.group("text"))
        if key not in targets:
            return m.group(0)
        used.add(key)
        return f"[{m.group('text')}]({targets[key]})"

    def linked(part: str) -> str:
        once = _REFERENCE.sub(link, part)
        return _REFERENCE.sub(link, once) if once != part else once  # (again: '[![logo][img]][home]', a linked picture)

    def outside_code(line: str) -> str:
        parts, last = [], 0
        for c in CODE_SPAN.finditer(line):
            parts += [linked(line[last : c.start()]), c.group(0)]
            last = c.end()
        return "".join([*parts, linked(line[last:])])

    new = [line if fenced[k] or "[" not in line else outside_code(line) for k, line in enumerate(lines)]
    for k, key in defined:
        if key in used:  # (a definition nothing refers to stays as it was read)
            new[k] = ""
    return "\n".join(new) if used else text
