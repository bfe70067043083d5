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
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # bs4 is loaded by the saved-page reader that calls ballot_options; ballot_lines needs none
    from bs4 import Tag

_BOX = re.compile(r"^\s*(?P<box>[☐□⬜🔲☑☒✅✔])[\ufe0e\ufe0f]?\s*(?P<text>\S.*)$", re.S)
_TICKED = frozenset("☑☒✅✔")
_MARKS = ("mark", "u")  # a whole option highlighted or underlined: the key (trial17 T17-22)
MIN_OPTIONS = 2
# the boxes of several options on one line ('☐ Red<TAB>☒ Blue<TAB>☐ Green'): each box opens an option
_BOX_RUN = re.compile(r"(?:^|(?<=\s))(?P<box>[☐□⬜🔲☑☒])[\ufe0e\ufe0f]?[ \t]*(?P<text>[^☐□⬜🔲☑☒]*[^☐□⬜🔲☑☒\s])(?=\s*(?:[☐□⬜🔲☑☒]|$))")


def _boxed(tag: Tag) -> re.Match[str] | None:
    return _BOX.match(tag.get_text(" "))


def _marked(tag: Tag) -> bool:
    """Whether a paragraph's whole text is highlighted or underlined."""
    whole = "".join(tag.get_text().split())
    return bool(whole) and any("".join(m.get_text().split()) == whole for m in tag.find_all(_MARKS))


def _next(tag: Tag) -> Tag | None:
    from bs4 import Tag

    node = tag.next_sibling
    while node is not None and not isinstance(node, Tag):
        if str(node).strip():
            return None
        node = node.next_sibling
    return node


def _options(tag: Tag) -> list[tuple[str, bool]]:
    """A ballot-box paragraph's options, each its text and whether it is ticked: one option, or each of the boxes the
    paragraph holds side by side (``☐ Red<TAB>☒ Blue<TAB>☐ Green``, or a soft line break between them: a Word quiz
    saving space, trial25 T25-19); none when the paragraph opens with no box."""
    m = _boxed(tag)
    if m is None:
        return []
    text = tag.get_text(" ")
    boxes = list(_BOX_RUN.finditer(text))
    marked = {"".join(mark.get_text().split()) for mark in tag.find_all(_MARKS)}
    if len(boxes) >= MIN_OPTIONS and not _BOX_RUN.sub("", text).strip():
        return [
            (" ".join(b.group("text").split()), b.group("box") in _TICKED or "".join(b.group(0).split()) in marked or "".join(b.group("text").split()) in marked)
            for b in boxes[:8]
        ]
    return [(" ".join(m.group("text").split()), m.group("box") in _TICKED or _marked(tag))]


def ballot_options(root: Tag) -> None:
    """Rewrite, in place, each run of ballot-box paragraphs holding two or more options as a task list of options."""
    from bs4 import BeautifulSoup, Tag

    seen: set[int] = set()
    for first in root.find_all("p"):
        if id(first) in seen or _boxed(first) is None:
            continue
        run = [first]
        while (nxt := _next(run[-1])) is not None and nxt.name == "p" and _boxed(nxt) is not None:
            run.append(nxt)
        seen.update(id(p) for p in run)
        options = [(p, option) for p in run for option in _options(p)]
        if len(options) < MIN_OPTIONS:
            continue
        soup = BeautifulSoup("", "html.parser")
        listing = soup.new_tag("ul", attrs={"data-deckc-options": ""}, sourceline=first.sourceline)
        for p, (text, right) in options:
            item = soup.new_tag("li", sourceline=p.sourceline)
            item.string = ("[x] " if right else "[ ] ") + text
            listing.append(item)
        asked = first.previous_sibling
        while asked is not None and not isinstance(asked, Tag) and not str(asked).strip():
            asked = asked.previous_sibling
        if isinstance(asked, Tag) and asked.name == "p" and asked.get_text(strip=True):
            asked.name = "h3"  # (its question a heading: a list none of whose options is marked is set aside under it)
        first.replace_with(listing)
        for p in run[1:]:
            p.decompose()


# a ballot box opening a line of text ('☐ Red', '☒ Blue', '- ☐ Red'): a Word quiz saved as text (trial25 T25-19)
_BOX_LINE = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+][ \t]+)?(?P<box>[☐□⬜🔲☑☒✅✔])[\ufe0e\ufe0f]?[ \t]*(?P<text>\S.*)$")
_LABELLED = re.compile(r"^\(?[A-Ha-h][.)]\s")  # '☐ A) …': an option's own label after the box, read as such already (T15-6)


def ballot_lines(lines: list[str]) -> list[str]:
    """``lines`` with options typed as ballot boxes written as the options every reader knows: two or more lines one
    after the other that each open with a box (``☐ Red`` / ``☒ Blue``) as task boxes (``- [ ] Red`` / ``- [x] Blue``),
    and a line of two or more boxed options (``☐ Red<TAB>☒ Blue<TAB>☐ Green``, spaces between too) as lettered ones on it
    (``A) Red  B) Blue ✓  C) Green``); ``lines`` itself when there are none (trial25 T25-19: each card taught every
    option with its box). Outside code fences; line numbers never move."""
    from compiler.sources.lines import in_fence

    fenced = list(in_fence(lines))
    out: list[str] | None = None
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and not fenced[run] and (m := _BOX_LINE.match(lines[run])) and not _LABELLED.match(m.group("text")):
            if len(_BOX_RUN.findall(lines[run])) >= MIN_OPTIONS:
                break
            run += 1
        if run - k >= MIN_OPTIONS:
            out = out if out is not None else list(lines)
            for n in range(k, run):
                m = _BOX_LINE.match(lines[n])
                assert m is not None
                out[n] = f"{m.group('indent')}- [{'x' if m.group('box') in _TICKED else ' '}] {m.group('text')}"
            k = run
            continue
        boxes = list(_BOX_RUN.finditer(lines[k])) if not fenced[k] else []
        if len(boxes) >= MIN_OPTIONS and not _BOX_RUN.sub("", lines[k]).strip() and not any(_LABELLED.match(m.group("text")) for m in boxes):
            out = out if out is not None else list(lines)
            out[k] = "  ".join(
                f"{'ABCDEFGH'[i]}) {m.group('text').strip()}{' ✓' if m.group('box') in _TICKED else ''}" for i, m in enumerate(boxes[:8])
            )
        elif len(boxes) >= MIN_OPTIONS and not _BOX_RUN.sub("", lines[k]).strip() and all(_LABELLED.match(m.group("text")) for m in boxes):
            # ('□ a) il fegato   □ b) il cuore   □ c) il polmone': options lettered already, a box to tick before each;
            # trial29 T29-16, a Basic card of the boxes, the key unused): the options, the ticked one marked
            out = out if out is not None else list(lines)
            indent = lines[k][: len(lines[k]) - len(lines[k].lstrip())]
            out[k] = indent + "   ".join(f"{m.group('text').strip()}{' ✓' if m.group('box') in _TICKED else ''}" for m in boxes)
        k = max(k + 1, run)
    return lines if out is None else out
