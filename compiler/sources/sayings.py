"""A "who said it?" page: quotations each in a block quote, its speaker in the line under it (``> "I came, I saw, I
conquered."`` / ``Julius Caesar, after the battle of Zela (47 BC).`` or ``— Socrates``), two or more, nothing else on
the page but headings: a card per quotation, the quotation on the front and who said it on the back (sitting 57: the
page was one card of its title holding every quotation).

Only when every block quote is a quotation (its text opens and closes with quotation marks: a quote block that is a
note or a callout says something else) and every line under one is short (SPEAKER_WORDS words at most) and no
quotation itself. Written, line for line, as a list of pairs ``- "…" → speaker`` (the speaker's line and the quote's
further lines blank), the shape a list of pairs is read in.
"""

from __future__ import annotations

import re

_QUOTE_LINE = re.compile(r"^[ ]{0,3}>[ \t]?(?P<text>.*)$")
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]|$)")
_QUOTED = re.compile(r"^[\"“„«‘'「『].*[\"”“»’'」』][.!?…]?$")  # a quotation: in quotation marks as written
_DASH = re.compile(r"^(?:[—–―~-]{1,2}|\*\*?|_)[ \t]*")  # '— Socrates', '– Socrates', '*Socrates*'
SPEAKER_WORDS = 16  # words at most of the line naming who said a quotation
SAYINGS_MIN = 2
_ARROW = " → "


def quoted_sayings(lines: list[str]) -> list[str] | None:
    """``lines`` with each quotation and its speaker (see the module's docstring) one pair line, line for line; None
    when the page is no such page."""
    out = list(lines)
    pairs = 0
    k = 0
    while k < len(lines):
        line = lines[k]
        if not line.strip() or _HEADING.match(line):
            k += 1
            continue
        if not _QUOTE_LINE.match(line):
            return None  # (text of another kind: a page of notes that quotes, never a quiz of sayings)
        start = k
        said: list[str] = []
        while k < len(lines) and (m := _QUOTE_LINE.match(lines[k])) is not None:
            said.append(m.group("text").strip())
            k += 1
        quote = " ".join(part for part in said if part)
        if not _QUOTED.match(quote) or _ARROW.strip() in quote:
            return None
        while k < len(lines) and not lines[k].strip():
            k += 1
        if k >= len(lines) or _HEADING.match(lines[k]) or _QUOTE_LINE.match(lines[k]):
            return None  # (a quotation nobody is named under)
        speaker = _DASH.sub("", lines[k].strip()).strip("*_ ")
        if not speaker or len(speaker.split()) > SPEAKER_WORDS or _QUOTED.match(speaker) or _ARROW.strip() in speaker:
            return None
        if k + 1 < len(lines) and lines[k + 1].strip() and not _HEADING.match(lines[k + 1]):
            return None  # (a paragraph under the quotation: commentary, no speaker's line)
        for j in range(start, k + 1):
            out[j] = ""
        out[start] = f"- {quote}{_ARROW}{speaker}"
        pairs += 1
        k += 1
    return out if pairs >= SAYINGS_MIN else None
