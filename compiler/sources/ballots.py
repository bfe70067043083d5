"""Options typed as ballot boxes, one paragraph each (``☐ Roma`` / ``☐ Parigi``), read as options (trial18 T18-25).

A teacher types a multiple-choice question in Word (or a page) as a question over paragraphs that each open with a
ballot box: ``☐`` (``□``, ``⬜``, ``🔲``) to tick, ``☑`` / ``☒`` / ``✅`` ticked. Read as text, the boxes were the answer
of a Basic card teaching every option. Two or more such paragraphs one after the other are a task list (the options),
an option ticked when its box is, or when the whole paragraph is highlighted or underlined (Word's way to mark the
key: ``<mark>☐ Parigi</mark>``, as :mod:`compiler.sources.html` reads a highlighted option), the paragraph over them
its question (a heading); with none marked the question is set aside ("none ticked"), never a card teaching them all. A list's own entries
(``- ☐ Roma``) were read already.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

_BOX = re.compile(r"^\s*(?P<box>[☐□⬜🔲☑☒✅✔])[\ufe0e\ufe0f]?\s*(?P<text>\S.*)$", re.S)
_TICKED = frozenset("☑☒✅✔")
_MARKS = ("mark", "u")  # a whole option highlighted or underlined: the key (trial17 T17-22)
MIN_OPTIONS = 2


def _boxed(tag: Tag) -> re.Match[str] | None:
    return _BOX.match(tag.get_text(" "))


def _marked(tag: Tag) -> bool:
    """Whether a paragraph's whole text is highlighted or underlined."""
    whole = "".join(tag.get_text().split())
    return bool(whole) and any("".join(m.get_text().split()) == whole for m in tag.find_all(_MARKS))


def _next(tag: Tag) -> Tag | None:
    node = tag.next_sibling
    while node is not None and not isinstance(node, Tag):
        if str(node).strip():
            return None
        node = node.next_sibling
    return node


def ballot_options(root: Tag) -> None:
    """Rewrite, in place, each run of two or more ballot-box paragraphs as a task list of options."""
    seen: set[int] = set()
    for first in root.find_all("p"):
        if id(first) in seen or _boxed(first) is None:
            continue
        run = [first]
        while (nxt := _next(run[-1])) is not None and nxt.name == "p" and _boxed(nxt) is not None:
            run.append(nxt)
        seen.update(id(p) for p in run)
        if len(run) < MIN_OPTIONS:
            continue
        soup = BeautifulSoup("", "html.parser")
        listing = soup.new_tag("ul", attrs={"data-deckc-options": ""}, sourceline=first.sourceline)
        for p in run:
            m = _boxed(p)
            assert m is not None
            right = m.group("box") in _TICKED or _marked(p)
            item = soup.new_tag("li", sourceline=p.sourceline)
            item.string = ("[x] " if right else "[ ] ") + " ".join(m.group("text").split())
            listing.append(item)
        asked = first.previous_sibling
        while asked is not None and not isinstance(asked, Tag) and not str(asked).strip():
            asked = asked.previous_sibling
        if isinstance(asked, Tag) and asked.name == "p" and asked.get_text(strip=True):
            asked.name = "h3"  # (its question a heading: a list none of whose options is marked is set aside under it)
        first.replace_with(listing)
        for p in run[1:]:
            p.decompose()
