"""A page of pictures to name (sitting 58): a title (``# ASL alphabet (week 1)``, ``# Music theory – name the
interval``), maybe a line that says what to do, then pictures and nothing else, each named by its alt text
(``![A](img/asl-a.png)``) or by a short line under it (``![](intervals/m3.png)`` / ``**Minor third**``). The first
was one card of the title whose back held every picture; the second no card at all ("a row with an empty first
field": its pairs read as a picture over its name).

Each picture becomes a question heading that shows it (``### Music theory – name the interval ![](intervals/m3.png)``:
the Markdown reader puts a heading's picture on the front, above its words), asked by the page's line of instruction
or else its title, over its name, the answer. The picture's alt text is left off the front (it is the answer, shown
when the picture is missing). Only for PICTURES_MIN pictures or more, each named (an alt text that is a file's name or
'image' names nothing), and nothing else on the page.
"""

from __future__ import annotations

import re

from compiler.sources.lines import front_matter_end

PICTURES_MIN = 3
NAME_WORDS_MAX = 8  # words a picture's name holds, at most

_PICTURE = re.compile(r"^[ \t]{0,3}!\[(?P<alt>[^\]\n]*)\]\((?P<src>[^)\s]+)(?:[ \t]+\"[^\"\n]*\")?\)[ \t]*$")
_TITLE = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+)?(?P<text>[^!#\s|>].{0,79}?)[ \t]*#*[ \t]*$")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]")
# a name under a picture: a few words, maybe in bold or italics, no list entry, heading, quote, table or picture
_NAME = re.compile(r"^[ \t]{0,3}(?P<mark>\*\*|__|\*|_)?(?P<text>[^\s*_#>|!\-+][^*_\n]*?)(?P=mark)?[ \t]*$")
# an alt text that names nothing: empty, a file's name, 'image', 'picture', 'screenshot'
_NO_NAME = re.compile(r"(?i)^(?:|[\w .-]+\.(?:png|jpe?g|gif|svg|webp|bmp)|image|img|picture|pic|photo|screenshot|figure|diagram)$")


def named_pictures(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with each named picture a question heading over its name, or None
    when the page is no such page (the module's rules)."""
    start = (front_matter_end(lines) or -1) + 1
    said = [k for k in range(start, len(lines)) if lines[k].strip()]
    if len(said) < PICTURES_MIN + 1:
        return None
    title = _TITLE.match(lines[said[0]])
    if title is None or _PICTURE.match(lines[said[0]]):
        return None
    asked = title.group("text").strip().strip("*_ ").strip()
    body = said[1:]
    instruction = None
    if body and not _PICTURE.match(lines[body[0]]) and not _HEADING.match(lines[body[0]]) and _TITLE.match(lines[body[0]]):
        instruction = body[0]  # ('Name each interval.' under the title: what each picture asks)
        asked = lines[body[0]].strip().strip("*_ ").strip()
        body = body[1:]
    entries: list[tuple[int, str, str, int | None]] = []  # (picture's line, its source, its name, its name's line)
    j = 0
    while j < len(body):
        k = body[j]
        p = _PICTURE.match(lines[k])
        if p is None:
            return None  # (text of another kind: no page of pictures)
        below = body[j + 1] if j + 1 < len(body) else None
        named = None
        if below is not None and below - k <= 2 and not _PICTURE.match(lines[below]) and not _HEADING.match(lines[below]):
            named = _NAME.match(lines[below])
            if named is None or len(named.group("text").split()) > NAME_WORDS_MAX:
                return None
        if named is not None:
            entries.append((k, p.group("src"), named.group("text").strip(), below))
            j += 2
            continue
        alt = p.group("alt").strip()
        if _NO_NAME.match(alt) or len(alt.split()) > NAME_WORDS_MAX:
            return None
        entries.append((k, p.group("src"), alt, None))
        j += 1
    if len(entries) < PICTURES_MIN or (asked.endswith(":") and not asked[:-1].strip()):
        return None
    asked = asked.rstrip(":：").strip()
    out = list(lines[:start])
    origin = list(range(1, start + 1))
    for k in range(start, said[1]):
        out.append(lines[k])
        origin.append(k + 1)
    if instruction is not None:
        pass  # (its words ask every picture's question: no line of its own)
    for k, src, name, _ in entries:
        out += [f"### {_escaped(asked)} ![]({src})", "", _escaped(name), ""]
        origin += [k + 1] * 4
    return out, origin


_MARKDOWN_MARKS = re.compile(r"([\\`*_\[\]<>#|])")


def _escaped(text: str) -> str:
    return _MARKDOWN_MARKS.sub(r"\\\1", text)
