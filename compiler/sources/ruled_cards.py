"""Cards written as a heading over a front and a back split by a rule (lead G14): note-taking apps' card syntax
(Mochi, NoteWriter, many personal decks)::

    ## Flashcard: GTD's creator

    **Who** created GTD?

    ---

    David Allen

Read as written, the heading was the question and the front and back together its answer ('GTD's creator' →
'Who created GTD? David Allen'): the card gave its answer away. On a page where two headings at least are such
cards (a section holding one rule, text on both sides, and no heading of its own), most of their fronts asking and
their headings not, this line-kept rewrite labels the parts as the Markdown reader knows them: the blank line
under the heading ``**Question:**`` (the heading names the card's section), the rule ``**Answer:**``.
"""

from __future__ import annotations

import re

from compiler.sources.lines import QUESTION_MARKS, front_matter_end, in_fence, opens_asking

_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>\S.*?)[ \t#]*$")
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_FENCE = re.compile(r"^ {0,3}(?:```|~~~)")
FRONT_WORDS = 80  # a card's front is a question, not a page


def _asks(text: str) -> bool:
    bare = re.sub(r"[*_`]", "", text).strip()
    return bare.rstrip(" )\"'”»").endswith(QUESTION_MARKS) or opens_asking(bare)


def ruled_cards(lines: list[str]) -> list[str]:
    """``lines`` with each heading-over-front-rule-back card labelled (the list itself when the page has none)."""
    fenced = list(in_fence(lines))
    top = front_matter_end(lines)
    start = 0 if top is None else top + 1
    heads = [k for k in range(start, len(lines)) if not fenced[k] and _HEADING.match(lines[k])]
    cards: list[tuple[int, int]] = []  # (heading, rule)
    asking = 0
    for n, k in enumerate(heads):
        end = heads[n + 1] if n + 1 < len(heads) else len(lines)
        rules = [j for j in range(k + 1, end) if not fenced[j] and _RULE.match(lines[j])]
        if len(rules) != 1:
            continue
        r = rules[0]
        front = [line.strip() for line in lines[k + 1 : r] if line.strip()]
        back = [line.strip() for line in lines[r + 1 : end] if line.strip()]
        if not front or not back or (lines[r - 1].strip() and not _FENCE.match(lines[r - 1])):
            continue  # (text right over '---' underlines it: a heading, not a rule)
        if _asks(_HEADING.match(lines[k]).group("text")) or len(" ".join(front).split()) > FRONT_WORDS:
            return lines  # a heading that asks is the question; its rule is a rule
        cards.append((k, r))
        asking += _asks(front[0]) or _asks(front[-1])
    if len(cards) < 2 or 2 * asking < len(cards):
        return lines
    out = list(lines)
    for k, r in cards:
        if not out[k + 1].strip():
            out[k + 1] = "**Question:**"
        else:
            out[k] = "**Question:**"
        out[r] = "**Answer:**"
    return out
