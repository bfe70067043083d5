"""Footnotes (``…PEP 703[^pep]`` and ``[^pep]: PEP 703 makes the GIL optional.``) on the card that cites them.

GitHub, Obsidian and Pandoc notes write footnotes; read as plain Markdown the marker stays raw on its
card and every definition lands at the end of the page's last answer (trial7 G25).  :func:`place` puts
them where GitHub shows them: the marker is a superscript number, and the notes a card cites are listed
at the end of that card's back, numbered in the order the card cites them.  A definition is never text
of another answer; a marker with no definition stays as written.

Items only: it runs after the Markdown reading, on the rendered answers and the page's own lines.
"""

from __future__ import annotations

import html
import re

from compiler.model import Block, BlockKind, Item

# '[^label]: text' at the start of a line (up to three spaces in), the definition's first line
DEFINITION = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]+)\]:[ \t]*(?P<text>.*)$")
_REFERENCE = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?!:)")
# a definition as rendered inside an answer's paragraph: its line, and the indented lines going on from it
_RENDERED_DEFINITION = re.compile(r"(?m)(?:^|(?<=<p>))\[\^[^\]\s]+\]:[^\n<]*(?:\n(?!\[\^)[^\n<]*)*")


def definitions(lines: list[str]) -> dict[str, str]:
    """The page's footnotes, label -> text (a definition's indented lines after it are part of it)."""
    found: dict[str, str] = {}
    label = None
    for line in lines:
        m = DEFINITION.match(line)
        if m:
            label = m.group("label")
            found[label] = m.group("text").strip()
        elif label is not None and line.startswith(("    ", "\t")) and line.strip():
            found[label] = f"{found[label]} {line.strip()}".strip()
        else:
            label = None
    return found


def place(lines: list[str], items: list[Item]) -> list[Item]:
    """The items with footnote markers numbered, their notes at the end of the citing card, and the
    definitions taken out of the answer they were read into."""
    notes = definitions(lines)
    if not notes:
        return items
    return [_placed(item, notes) for item in items]


def _placed(item: Item, notes: dict[str, str]) -> Item:
    cited: list[str] = []

    def number(m: re.Match[str]) -> str:
        label = m.group("label")
        if label not in notes:
            return m.group(0)
        if label not in cited:
            cited.append(label)
        return f"<sup>{cited.index(label) + 1}</sup>"

    answer: list[Block] = []
    changed = False
    for block in item.answer:
        if block.kind is not BlockKind.html:
            answer.append(block)
            continue
        text = re.sub(r"<p>\s*</p>", "", _RENDERED_DEFINITION.sub("", block.text))
        text = _REFERENCE.sub(number, text)
        if text != block.text:
            changed = True
            if re.fullmatch(r"\s*<p>\s*</p>\s*|\s*", text):
                continue  # a paragraph that held only definitions
        answer.append(Block(kind=block.kind, text=text, lang=block.lang))
    question = _REFERENCE.sub(lambda m: "" if m.group("label") in notes else m.group(0), item.question).strip()
    if cited:
        listed = "".join(f"<li>{html.escape(notes[label], quote=False)}</li>" for label in cited)
        answer.append(Block(kind=BlockKind.html, text=f'<ol class="footnotes">{listed}</ol>'))
    if not changed and not cited and question == item.question:
        return item
    return item.model_copy(update={"answer": answer, "question": question or item.question})
