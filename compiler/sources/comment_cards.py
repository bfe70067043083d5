"""Cards marked with HTML comments, as note-taking plugins write them (``<!-- front -->`` / the question /
``<!-- back -->`` / its answer, ``<!-- options -->`` with ``<!-- correct -->`` after the right one, ``<!-- tags: … -->``,
cards apart by ``---``; sitting 46: a page of such cards was one card of its title, every card glued into it, unsaid).

:func:`comment_cards` writes each card as the labelled question and answer the Markdown reader reads
(``**Question:** …`` / ``**Answer:** …``), its options as a ticked list (its tags and type comments are no text); a card with a
front and no back (a cloze, ``{{…}}``) stays its front's text. Only when the page marks two cards or more.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"^\s*<!--\s*(?P<kind>front|back|options|tags|type|correct_answer|anki card|masked-areas)\s*(?::\s*(?P<value>.*?))?\s*-->\s*$", re.I)
_CORRECT = re.compile(r"\s*<!--\s*correct\s*-->\s*$", re.I)
CARDS_MIN = 2


def comment_cards(text: str) -> str:
    """The page with its comment-marked cards written as labelled questions and answers (module docstring)."""
    lines = text.split("\n")
    if sum(1 for line in lines if re.match(r"^\s*<!--\s*front\s*-->\s*$", line, re.I)) < CARDS_MIN:
        return text
    out: list[str] = []
    front: list[str] | None = None  # the open card's front lines, until its back or options say it is a question
    part = ""
    for line in lines:
        m = _MARK.match(line)
        kind = m.group("kind").lower() if m else ""
        if kind in ("back", "options") and front is not None:
            said = " ".join(x.strip() for x in front if x.strip())
            out += [f"**Question:** {said}", ""]
            front = None
        if kind == "front":
            part, front = "front", []
        elif kind in ("back", "options"):
            part = kind
            if kind == "back":
                out.append("**Answer:**")
        elif m is not None:
            continue  # ('<!-- tags: … -->', '<!-- type: cloze -->': the plugin's own settings, no text)
        elif line.strip() == "---" or (part == "front" and front is None):
            if front is not None:
                out += _deletions(front)  # (a front with no back: a cloze sentence, its own text)
            front, part = None, ""
            out.append(line)
        elif part == "front" and front is not None:
            front.append(line)
        elif part == "options" and line.strip():
            out.append(f"- [{'x' if _CORRECT.search(line) else ' '}] {_CORRECT.sub('', line).strip()}")
        else:
            out.append(line)
    if front is not None:
        out += _deletions(front)
    return "\n".join(out)


_BARE = re.compile(r"\{\{(?!c\d+::)(?P<text>[^{}]+)\}\}")


def _deletions(front: list[str]) -> list[str]:
    """A cloze card's lines, its bare deletions numbered as Anki writes them ('{{phospholipid}}' -> '{{c1::phospholipid}}')."""
    count = 0

    def numbered(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"{{{{c{count}::{m.group('text')}}}}}"

    return [_BARE.sub(numbered, line) for line in front]
