"""Fields of Anki notes, as Anki's exports give them: HTML (or plain text) cleaned the one way every
reader of another tool's export uses.

Shared by the readers of Anki's *Notes in Plain Text* export (``delimited``) and of Anki packages
(``apkg``); readers never import each other, so what both need lives here.
"""

from __future__ import annotations

import html
import re

from compiler.model import Block, BlockKind
from compiler.sources.lines import squash
from compiler.sources.markdown_blocks import sanitize, visible

TAG = re.compile(r"<[^>]*>")
SOUND = re.compile(r"\[sound:[^\]]*\]")
BREAK = re.compile(r"<br\s*/?>|</p>|</div>|</li>", re.I)
IMG = re.compile(r"<img\b[^>]*>", re.I)
_RULE = re.compile(r"<hr\b[^>]*>", re.I)
_LEADING_BREAKS = re.compile(r"^(?:\s|<br\s*/?>)+", re.I)


def plain(field: str, is_html: bool) -> str:
    """A field as one line of plain text (a question, a cloze text)."""
    if is_html:
        field = html.unescape(TAG.sub("", BREAK.sub(" ", field)))
    return squash(" ".join(field.split("\n")))


def answer_side(front: str, back: str, is_html: bool) -> str:
    """The back field without the question repeated above a rule.

    A tool that dumps what a card's answer side shows (``{{FrontSide}}<hr id=answer>{{Back}}``) writes
    the front's text, a rule and then the answer into the back: when the back's text before its first
    ``<hr>`` is the front's text, the back is what follows the rule."""
    if not is_html:
        return back
    rule = _RULE.search(back)
    if rule is None:
        return back
    before = plain(back[: rule.start()], True)
    if not before or before != plain(front, True):
        return back
    return _LEADING_BREAKS.sub("", back[rule.end() :])


def front_images(field: str) -> list[Block]:
    """The pictures of an HTML front field, sanitized, as one block shown on the card's front."""
    tags = IMG.findall(field)
    cleaned = sanitize("<p>" + " ".join(tags) + "</p>") if tags else ""
    return [Block(kind=BlockKind.html, text=cleaned)] if "<img" in cleaned else []


def html_blocks(field: str) -> list[Block]:
    """An HTML field as one sanitized block, or none when it shows nothing."""
    cleaned = sanitize(field.replace("\n", "<br>"))
    return [Block(kind=BlockKind.html, text=cleaned)] if visible(cleaned) else []


def paragraph(block: Block) -> Block:
    """A further field added to the back: an HTML block as its own paragraph."""
    return Block(kind=BlockKind.html, text=f"<p>{block.text}</p>") if block.kind is BlockKind.html else block
