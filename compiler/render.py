"""Turn an item's plain-text parts and answer blocks into card HTML.

Plain text is always HTML-escaped here, so no source text reaches Anki as
live markup; ``html`` blocks come from the Markdown reader, which has
already sanitized them.  Math stays in Anki's MathJax delimiters
(``\\( … \\)``, ``\\[ … \\]``; see :mod:`compiler.mathtext`), code is
highlighted at build time (:mod:`compiler.highlight`), and a plain-text
formula line is shown monospace, one statement per line.
"""

from __future__ import annotations

import re
from html import escape

from compiler.highlight import highlight_code
from compiler.mathtext import is_display_math, keep_punctuation, protect_cloze_math
from compiler.model import Block, BlockKind, Item

# ``a = … ; b = …`` on one formula line: show each statement on its own line.
_STATEMENT_SEP = re.compile(r"\s+;\s+")


def text_html(text: str) -> str:
    """Escape plain text for a field, keeping line breaks (and math next to its punctuation)."""
    return keep_punctuation(escape(text, quote=False).replace("\n", "<br>"))


def block_html(block: Block) -> str:
    if block.kind is BlockKind.text:
        return f"<p>{text_html(block.text)}</p>"
    if block.kind is BlockKind.formula:
        if is_display_math(block.text):
            return f'<div class="math">{text_html(block.text.strip())}</div>'
        lines = _STATEMENT_SEP.split(block.text.strip())
        return f'<div class="formula">{"".join(f"<div>{text_html(line)}</div>" for line in lines)}</div>'
    if block.kind is BlockKind.code:
        return highlight_code(block.text, block.lang)
    if block.kind is BlockKind.bullets:
        items = "".join(f"<li>{text_html(i)}</li>" for i in block.items)
        return f"<ul>{items}</ul>"
    return block.text  # html: sanitized by the Markdown reader


def blocks_html(blocks: list[Block]) -> str:
    return "".join(block_html(b) for b in blocks)


def options_html(item: Item) -> str:
    """Options as a list; the correct one carries a class only the back's CSS highlights."""
    rows = []
    for choice in item.choices:
        cls = ' class="correct"' if choice.label == item.correct else ""
        rows.append(f'<li{cls}><span class="label">{escape(choice.label)})</span>{text_html(choice.text)}</li>')
    return f"<ol>{''.join(rows)}</ol>"


def correct_html(item: Item) -> str:
    choice = next(c for c in item.choices if c.label == item.correct)
    return f"{escape(choice.label)}) {text_html(choice.text)}"


def cloze_html(cloze: str) -> str:
    """Escape a cloze text, keeping its ``{{cN::…}}`` markers and the math inside them intact."""
    return text_html(protect_cloze_math(cloze))
