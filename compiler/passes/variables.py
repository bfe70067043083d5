"""Variables of a documentation site's generator left in a card's text.

Documentation written for a site generator fills some words in when the site is built: Writerside's ``%kotlinVersion%``,
a Jekyll/Liquid or MkDocs-macros ``{{ site.version }}``. deckc cannot know their values, so a card shows them as written
('The currently released version is %kotlinVersion%, published on %kotlinReleaseDate%.': trial49 T49-9), a fact the
card does not hold. The note is made as written; the build says so once, with the count and every place, so the author
writes the value there (an override) or leaves the question out. Code is left alone: a command's ``%PATH%`` or a tldr
page's ``{{path/to/file}}`` is what the learner types.
"""

from __future__ import annotations

import re

from compiler.diagnostics import Diagnostics
from compiler.model import BlockKind, Item

# '%kotlinVersion%' (Writerside: a lower-case first letter, never a Windows '%PATH%' nor '50%'); '{{ site.version }}',
# '{{ config.extra.version }}' (Liquid, Jinja: spaces inside the braces, a dotted name or a plain one, never Anki's
# '{{c1::…}}')
# (a quoted one is a string as written, never a variable: SQL's "LIKE '%or%'", trial62 T62-8)
_VARIABLE = re.compile(r"(?<![\w%'\"‘“])%[a-z][A-Za-z0-9_.-]*%(?![\w%'\"’”])|\{\{\s+[A-Za-z_][\w.]*\s+\}\}")
_CODE = re.compile(r"<(pre|code)\b[^>]*>.*?</\1>|`[^`\n]+`", re.S)


def run(items: list[Item], diag: Diagnostics) -> None:
    """Warn once (grouped) for the items whose question or answer holds a site generator's variable outside code."""
    for item in items:
        prose = [item.question, *(b.text for b in item.answer if b.kind in (BlockKind.text, BlockKind.html)), *_bullets(item)]
        found = list(dict.fromkeys(m.group(0) for text in prose for m in _VARIABLE.finditer(_CODE.sub(" ", text))))
        if not found:
            continue
        names = ", ".join(repr(v) for v in found[:3]) + (f" and {len(found) - 3} more" if len(found) > 3 else "")
        diag.warning(
            item.locator.file,
            item.locator.line,
            f"the card of {_short(item.question)!r} shows {names} as written: a variable of the site's generator, filled"
            " in when the site is built, which deckc cannot fill",
            "write its value on the card (an [[override]] in overrides.toml)",
            group="site variable",
        )


def _bullets(item: Item) -> list[str]:
    """The answer's bullet lists, item by item."""
    return [text for b in item.answer if b.kind is BlockKind.bullets for text in b.items]


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
