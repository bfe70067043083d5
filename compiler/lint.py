"""Hole detection for ``deckc lint``: text left behind when formulas were stripped.

Copying a page with rendered math as plain text drops every formula and
leaves its surroundings: ``For squared error: . Bias = …``, ``Why scale by ?``,
``Typical dropout rates? – for hidden layers``.  Each pattern that betrays such
a hole is one small named :class:`Rule`, testable on its own (like a
markdown-it rule chain).  Lint checks the text an item ends up with *after*
overrides (so a repaired item is clean) but reports the item's place in its
source file, with the words around the hole.

Math already written as ``\\( … \\)``, ``\\[ … \\]`` or ``$…$`` is masked first,
so a restored formula never counts as a hole; code blocks are not checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from compiler.mathtext import cloze_plain
from compiler.model import BlockKind, Item

# Words a formula usually sat between; two of them side by side mean a symbol is missing.
_FUNCTION = r"(?:of|by|with|if)"
_VERB = r"(?:is|are|was|were|at(?!\s+(?:least|most)\b)|to|recovers|gives|equals|controls|becomes)"

MATH = re.compile(r"\\\((?:.|\n)*?\\\)|\\\[(?:.|\n)*?\\\]|\$\$(?:.|\n)*?\$\$|\$[^$\n]+\$")
MATH_STANDIN = "X"  # masked math reads as a symbol, so ``with \\(p\\).`` is fine


@dataclass(frozen=True)
class Rule:
    """One pattern that marks a hole; ``summary`` is what README and messages say."""

    name: str
    summary: str
    pattern: re.Pattern[str]

    def find(self, text: str) -> list[tuple[int, int]]:
        return [(m.start(), m.end()) for m in self.pattern.finditer(text)]


RULES: tuple[Rule, ...] = (
    Rule(
        "empty-slot",
        "punctuation with nothing before it: at the start of the text or after a space "
        "('error: . Bias', 'gives , where', 'scale by ?')",
        re.compile(r"(?:^|(?<=\s))[.,;:?!](?=\s|$)"),
    ),
    Rule(
        "empty-range",
        "a range dash with no number on one side ('used –.', '? – for hidden layers') "
        "or an empty '( to )' range",
        re.compile(
            r"(?:(?:^|(?<=[\s(:?.,;]))\s*–(?!\s*[\w\\(]))"  # nothing usable after the dash
            r"|(?:(?:^|[(:?.,;])\s*–)"  # punctuation (or nothing) right before the dash
            r"|\(\s*to\s*\)"
        ),
    ),
    Rule(
        "missing-operand",
        f"two words that cannot touch without a symbol between them: '{_FUNCTION[3:-1]}' "
        "followed by 'at/to/is/…' ('subgradient of at 0', 'If at ,', 'scale remaining by to')",
        re.compile(rf"\b{_FUNCTION}\s+{_VERB}\b", re.IGNORECASE),
    ),
    Rule(
        "missing-subject",
        "a sentence that starts with a bare verb ('? is the modern default', '. controls mix'), "
        "or a statement clause after a comma that does ('regression, is the closed-form', 'data, can lead')",
        re.compile(
            r"(?:^|(?<=[.?!:]\s))(?:is|are|controls|gives|equals|recovers)\b"
            r"|(?<=,\s)(?:is|can)\b(?![^.?!]*\?)"
        ),
    ),
    Rule(
        "missing-object",
        "a verb whose object vanished: 'use or near-zero', 'paper used (rare', "
        "'Adds to the Hessian', 'scale up proportionally', 'pick by validation'",
        re.compile(
            r"\b(?:use|used|uses)\s+(?:or|and|\()"
            r"|(?:^|(?<=[.?!]\s))Adds to\b"
            r"|\bscale\s+(?:up|down)\s+(?:proportionally|linearly)\b"
            r"|\b(?:pick|choose|tune|set)\s+by\b"
        ),
    ),
    Rule(
        "missing-symbol",
        "a quantity named without its symbol right before a verb: 'at time is', "
        "'The noise scale controls'",
        re.compile(r"\b(?:at time|noise scale|with probability|learning rate of)\s+(?:is|are|controls|gives)\b"),
    ),
)


@dataclass(frozen=True)
class Hole:
    file: str
    line: int
    rule: str
    context: str  # the surrounding words, the hole marked with ⟦ ⟧
    item_id: str

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.line}: hole ({self.rule}): …{self.context}… "
            f'(restore the missing formula or value in content/overrides.toml with item = "{self.item_id}")'
        )


def mask_math(text: str) -> str:
    """Replace written math with a stand-in symbol so rules only see prose."""
    return MATH.sub(MATH_STANDIN, text)


def context(text: str, start: int, end: int, words: int = 4) -> str:
    """Up to ``words`` words either side of ``text[start:end]``, the hole marked ⟦ ⟧."""
    before = text[:start].split()[-words:]
    after = text[end:].split()[:words]
    hole = text[start:end].strip() or "␣"
    return " ".join([*before, f"⟦{hole}⟧", *after])


def text_holes(text: str) -> list[tuple[str, str]]:
    """``(rule name, context)`` for every hole in one piece of text, in text order.

    Hits of different rules on overlapping spans are one hole (the first rule wins).
    """
    masked = mask_math(text)
    hits: list[tuple[int, int, str]] = []
    for rule in RULES:
        for start, end in rule.find(masked):
            if any(start < e and s < end for s, e, _ in hits):
                continue
            hits.append((start, end, rule.name))
    hits.sort()
    return [(name, context(masked, s, e)) for s, e, name in hits]


def item_texts(item: Item) -> list[str]:
    """Every learner-visible plain text of an item (code is exempt)."""
    texts = [item.question]
    if item.cloze:
        texts.append(cloze_plain(item.cloze))
    texts.extend(c.text for c in item.choices)
    for block in item.answer:
        if block.kind in (BlockKind.code, BlockKind.formula):
            continue  # code is exempt; formula lines use ';' and spaces as separators
        if block.kind is BlockKind.bullets:
            texts.extend(block.items)
        else:
            texts.append(block.plain())
    return texts


def _source_line(item: Item, ctx: str) -> int:
    """The line of the item's original text that holds the hole's words, else the item's line."""
    words = [w for w in ctx.replace("⟦", " ").replace("⟧", " ").split() if len(w) > 2]
    lines = item.original.splitlines()
    if len(lines) > 1:
        for offset, line in enumerate(lines):
            if words and all(w in line for w in words[:2]):
                return item.locator.line + offset
    return item.locator.line


def find_holes(items: list[Item]) -> list[Hole]:
    """Every hole in the items' final text, located in their source files."""
    holes = []
    for item in items:
        for text in item_texts(item):
            for rule, ctx in text_holes(text):
                holes.append(Hole(item.locator.file, _source_line(item, ctx), rule, ctx, item.item_id))
    return holes
