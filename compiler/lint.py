"""Hole detection for ``deckc lint``: text left behind when formulas were stripped.

Copying a page with rendered math as plain text drops every formula and
leaves its surroundings: ``For squared error: . Bias = …``, ``Why scale by ?``,
``Typical dropout rates? – for hidden layers``.  Each pattern that betrays such
a hole is one small named :class:`Rule`, testable on its own (like a
markdown-it rule chain); its judge tells a hole from ordinary writing that
matches the same pattern.  Lint checks the text an item ends up with *after*
overrides (so a repaired item is clean) but reports the item's place in its
source file, with the words around the hole.

Math already written as ``\\( … \\)``, ``\\[ … \\]`` or ``$…$`` is masked first,
so a restored formula never counts as a hole; code blocks are not checked.
Ordinary writing has the same surface as many holes (``OLTP : Online``,
``support SOCKS ?``), so such a match is a *weak* sign that counts only in a
source that also has unambiguous holes.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from compiler.mathtext import cloze_plain
from compiler.model import Block, BlockKind, Item

# Words a formula usually sat between; two of them side by side mean a symbol is missing.
_FUNCTION = r"(?:of|by|with|if)"
_VERB = r"(?:is|are|was|were|at(?!\s+(?:least|most|all|first|once)\b)|to|recovers|gives|equals|controls|becomes)"  # ('if at all possible': trial60 T60-8)

MATH = re.compile(r"\\\((?:.|\n)*?\\\)|\\\[(?:.|\n)*?\\\]|\$\$(?:.|\n)*?\$\$|\$[^$\n]+\$")
MATH_STANDIN = "X"  # masked math reads as a symbol, so ``with \\(p\\).`` is fine

# Words that cannot end a phrase: a preposition, article, copula, conjunction or a verb that
# takes a formula as its object.  Punctuation right after one of them is a formula's empty slot.
_SLOT_WORDS_TEXT = (
    "a an the of by with to at on in from for into than as per via over under between within "
    "is are was were be been equals equal gives give recovers recover becomes become controls "
    "use uses used tune set choose pick and or if when where whether then"
)
_SLOT_WORDS = frozenset(_SLOT_WORDS_TEXT.split())
_SLOT_CHARS = frozenset(".,;:?!(–—=≈<>≤≥+−×*/~∝→⇒")  # punctuation or an operator right before the slot
# An introductory phrase that a sentence's subject should follow ("For linear regression, is …").
_INTRO = re.compile(r"(?:for|with|in|on|at|by|under|after|before|without|from|given|during|using|via|per)\b", re.I)
# What may follow "used and"/"use or" when the word was a verb or noun that needs no object.
_CLAUSE_TEXT = (
    "then also does do did is are was were can cannot will would should may might must has have had "
    "not never it they we you he she its their thus"
)
_CLAUSE = frozenset(_CLAUSE_TEXT.split())
_BE_TEXT = "is are was were be been being get gets got"  # before a participle ('is set by')
_BE = frozenset(_BE_TEXT.split())
_AGENT_TEXT = "the a an its their his her your our my each every some any one two three"  # 'set by the superuser': who set it
_AGENT = frozenset(_AGENT_TEXT.split())
_NOUN_BEFORE_TEXT = "for of in the its their your my our his her everyday daily normal general personal"
_NOUN_BEFORE = frozenset(_NOUN_BEFORE_TEXT.split())
# words after which 'use' is the verb ('…, then use (…)', ', we use and', ', to use or'): pronouns, modals, adverbs
_LEADS_VERB_TEXT = (
    "i we you they he she it to and or but then also please can could should must will would may might just not never"
    " always often so first now only still simply rather instead don't cannot"
)
_LEADS_VERB = frozenset(_LEADS_VERB_TEXT.split())
_RELATIVE = re.compile(r"\b(?:what|which|who|whom|whose|that|why|how)\b", re.I)

# after 'used (': an acronym of the words before it ('least recently used (LRU)'); a bracket of words may be what is
# left of a cut object ('Original paper used (rare today).'), so it stays a hole
_NAMED_IN_BRACKETS = re.compile(r"\(\s*[A-Z][A-Za-z0-9]{0,2}[A-Z0-9][A-Za-z0-9]{0,4}s?\s*\)")
# the rest of a sentence that asks, a bracketed aside in it ('are the ports open (try telnet!)?': trial23 T23-38)
# verbs a sentence that lost its subject starts with ('? is the modern default', '. controls mix'): the missing-subject
# rule's, and a term's definition that opens with one has the term as its subject (item_texts)
_BARE_VERBS = "is|are|controls|gives|equals|recovers"
_TO_QUESTION = r"(?:[^.?!(]|\([^()\n]*\))*\?"
HOLE, WEAK = "hole", "weak"  # what a rule's judge says of a match (None: not a hole)
Judge = Callable[[str, "re.Match[str]"], str | None]


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after the last . ? ! ; : before it)."""
    return max(text.rfind(c, 0, pos) for c in ".?!;:") + 1


# a symbol named in brackets after it, a list of operators ('– (Subtraction)', '! (Logical NOT)', '– – (Decrement)', '– =
# (Subtract and Assignment Operator)'),
# or by the word after it ('the . chaining operator', '? matches exactly one character'): the symbol is written, no formula
# lost (sixty-second sitting)
_NAMED_AFTER = re.compile(r"(?:\s*[^\w\s()]{1,3})*\s*\([A-Z][\w-]*(?:\s+[\w-]+){0,4}\)|\s+(?:\w+\s+)?(?:operators?|signs?|symbols?|characters?)\b"
    r"|\s+(?:matches|means|stands for|denotes|represents)\b")


def _symbol_named(text: str, m: re.Match[str]) -> bool:
    """A symbol written as itself: named right after it (:data:`_NAMED_AFTER`), or one of a list of symbols, the
    tokens on both sides of it no words either ('except (, / ? : @ & = + $ #) characters')."""
    if _NAMED_AFTER.match(text, m.end()):
        return True
    before, after = text[: m.start()].split()[-1:], text[m.end() :].split()[:1]
    return bool(before and after) and not any(re.search(r"\w", t) for t in before + after)


def _judge_slot(text: str, m: re.Match[str]) -> str | None:
    """Punctuation after a space: a hole after nothing, punctuation, an operator or a word that
    needs a complement ('scale by ?', 'gives , where'); after an ordinary word only a weak sign
    ('OLTP : online', 'SOCKS ?', a URL's full stop kept apart), since many writers space so. A symbol
    written as itself (:func:`_symbol_named`) is none."""
    before = text[: m.start()].rstrip()
    if _symbol_named(text, m):
        return None
    if not before:
        return HOLE
    word = before.split()[-1].lower()
    if "://" in word or word.startswith("www."):
        return WEAK  # a full stop kept apart from a link so it is not read as part of it
    if m.group() == "," and re.search(r"[:,]\s*\S+$", before):
        return WEAK  # ('translations: is , are': a list's entry, the word itself, spaced from its comma; trial59 T59-9)
    return HOLE if before[-1] in _SLOT_CHARS or word in _SLOT_WORDS else WEAK


def _judge_operand(text: str, m: re.Match[str]) -> str | None:
    """'of at', 'by to' — unless a relative clause strands the preposition ('what … to deal with is'), or the words
    are an error message's, naming a variable ('ReferenceError: of is not defined')."""
    if re.search(r"\b[A-Z]\w*(?:Error|Exception):\s*$", text[: m.start()]):
        return None
    return None if _RELATIVE.search(text, _sentence_start(text, m.start()), m.start()) else HOLE


def _judge_subject(text: str, m: re.Match[str]) -> str | None:
    """A bare verb after a comma is a hole only after an introductory phrase ('For linear
    regression, is …'); after an aside ('everyone, including the king, is') or a first predicate
    ('takes long, is prone to …') the sentence has its subject."""
    if re.match(r"\s*,", text[m.end() :]) and re.search(r"[:,]\s*$", text[: m.start()]):
        return None  # ('translations: is , are, am, yes': the word itself, an entry of a list; trial59 T59-9)
    if re.search(r"(?:^|[\s\"'“‘(])[.?!:]{2,}\s*$", text[: m.start()]):
        return None  # ('The expression !! is not an operator', '".. is not a function"': a symbol or an elision)
    if not text[: m.start()].endswith(", "):
        return HOLE  # a sentence that starts with the verb
    clause = text[_sentence_start(text, m.start()) : m.start()].strip()
    return HOLE if "," not in clause.rstrip(",") and _INTRO.match(clause) else None


def _judge_object(text: str, m: re.Match[str]) -> str | None:
    """'use or near-zero' lost its object; 'be used and then killed', 'single-user use and does', 'for
    mouse use and', 'ease of use and' (the noun: after a preposition or a determiner, or one word after it) did not."""
    if m.group().rstrip().endswith("(") and _NAMED_IN_BRACKETS.match(text, m.end() - 1):
        return None  # 'least recently used (LRU)': the object is there (trial18 T18-56)
    if m.group().endswith(" by"):
        before = text[: m.start()].rstrip()
        after = (text[m.end() :].split() or [""])[0]
        if before.endswith(",") or (before.split() or [""])[-1].lower() in _BE:
            return None  # '…allowed to a user, set by the superuser', 'is set by': a participle, no object (T23-38)
        if m.group().lower().startswith("set") and (after.lower() in _AGENT or after[:1].isupper() or after[:1].isdigit()):
            return None  # 'standards set by a government', 'set by Linux': 'set' is its own participle, by whom
    if m.group().split()[0].lower() == "use":
        words = text[: m.start()].split()
        # ('cold exposure, tobacco use (causes vasoconstriction), heavy meals': a list entry's compound noun, a word
        # that leads no verb right after the comma; trial58 T58-7)
        if len(words) >= 2 and words[-2].endswith(",") and words[-1].isalpha() and words[-1].lower() not in _LEADS_VERB:
            return None
    if m.group().split()[0].lower().startswith("use") and m.group().rstrip()[-1] != "(":
        after = text[m.end() :].split()
        if after and after[0].lower().strip(",.") in _CLAUSE:
            return None
        before = text[: m.start()].lower().split()[-2:]
        # (the noun after a preposition or a determiner, right before it or one word before it: 'for mouse use and',
        # 'its ease of use and performance', 'when not in use and': trial57, an iOS README's two lint holes)
        if m.group().split()[0].lower() == "use" and any(w.strip("(,") in _NOUN_BEFORE for w in before):
            return None
    return HOLE


@dataclass(frozen=True)
class Rule:
    """One pattern that marks a hole; ``summary`` is what docs/lint.md and messages say.

    ``judge`` looks at a match in its text and says whether it is a hole, only a weak sign
    of one (reported where the same source has unambiguous holes), or nothing.
    """

    name: str
    summary: str
    pattern: re.Pattern[str]
    judge: Judge | None = None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """``(start, end, HOLE or WEAK)`` for every match the judge keeps."""
        found = []
        for m in self.pattern.finditer(text):
            verdict = self.judge(text, m) if self.judge else HOLE
            if verdict:
                found.append((m.start(), m.end(), verdict))
        return found


RULES: tuple[Rule, ...] = (
    Rule(
        "empty-slot",
        "punctuation with nothing before it: at the start of the text, after other punctuation or an "
        "operator, or after a word that needs a complement ('error: . Bias', 'gives , where', 'scale by ?')",
        re.compile(r"(?:^|(?<=\s))[.,;:?!](?=\s|$)"),
        _judge_slot,
    ),
    Rule(
        "empty-range",
        "a range dash with no number on one side ('used –.', '? – for hidden layers') "
        "or an empty '( to )' range",
        re.compile(
            r"(?:(?:^|(?<=[\s(:?.,;]))\s*–(?!\s*[\w\\(«“„\"'‘‹]))"  # nothing usable after the dash (a quoted word is: T23-38)
            r"|(?:(?:^|[(:?.,;])\s*–)"  # punctuation (or nothing) right before the dash
            r"|\((?:\s+to\s*|\s*to\s+)\)"  # a lost range's '( to )'; never a vocabulary list's '(to) practice' (trial60 T60-8)
        ),
        lambda text, m: None if _symbol_named(text, m) else HOLE,
    ),
    Rule(
        "missing-operand",
        f"two words that cannot touch without a symbol between them: '{_FUNCTION[3:-1]}' "
        "followed by 'at/to/is/…' ('subgradient of at 0', 'If at ,', 'scale remaining by to')",
        re.compile(rf"\b{_FUNCTION}\s+{_VERB}\b", re.IGNORECASE),
        _judge_operand,
    ),
    Rule(
        "missing-subject",
        "a sentence that starts with a bare verb ('? is the modern default', '. controls mix'), "
        "or a statement clause after an introductory phrase that does ('For linear regression, is the "
        "closed-form', 'With … data, can lead')",
        re.compile(
            r"(?:^|(?<=[.?!:]\s))(?:" + _BARE_VERBS + r")\b(?!" + _TO_QUESTION + ")"  # 'passed: is it …?' asks
            r"|(?<=,\s)(?:is|can)\b(?!" + _TO_QUESTION + ")"
        ),
        _judge_subject,
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
        _judge_object,
    ),
    Rule(
        "missing-symbol",
        "a quantity named without its symbol right before a verb: 'at time is', "
        "'The noise scale controls'",
        re.compile(r"\b(?:at time|noise scale|with probability|learning rate of)\s+(?:is|are|controls|gives)\b"),
    ),
)

# Weak signs (a space before punctuation after an ordinary word) count in a source with at least
# this many unambiguous holes: a document that lost its formulas lost many.
CORROBORATION = 3


@dataclass(frozen=True)
class Hole:
    file: str
    line: int
    rule: str
    context: str  # the surrounding words, the hole marked with ⟦ ⟧
    item_id: str
    overrides: str = "content/overrides.toml"  # where the user writes the repair

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.line}: hole ({self.rule}): …{self.context}… "
            f'(restore the missing formula or value in {self.overrides} with item = "{self.item_id}")'
        )


@dataclass(frozen=True)
class Spot:
    """A hole found in one text: its rule, the words around it, and whether it is only a weak sign."""

    rule: str
    context: str
    weak: bool = False


def mask_math(text: str) -> str:
    """Replace written math with a stand-in symbol so rules only see prose."""
    return MATH.sub(MATH_STANDIN, text)


def context(text: str, start: int, end: int, words: int = 4) -> str:
    """Up to ``words`` words either side of ``text[start:end]``, the hole marked ⟦ ⟧."""
    before = text[:start].split()[-words:]
    after = text[end:].split()[:words]
    hole = text[start:end].strip() or "␣"
    # (a field's HTML entities as the text they stand for: '&nbsp;' was shown as written, T18-56)
    return html.unescape(" ".join([*before, f"⟦{hole}⟧", *after])).replace("\xa0", " ")


_NBSP = re.compile(r"&(?:nbsp|#160|#x[aA]0);")


def text_holes(text: str) -> list[Spot]:
    """Every hole (and weak sign of one) in one piece of text, in text order.

    Hits of different rules on overlapping spans are one hole (the first rule wins).
    """
    masked = _NBSP.sub(" ", mask_math(text))  # ('Markdown –&nbsp;so': a space written as an entity, no hole; T60-8)
    hits: list[tuple[int, int, str, str]] = []
    for rule in RULES:
        for start, end, verdict in rule.find(masked):
            if any(start < e and s < end for s, e, _, _ in hits):
                continue
            hits.append((start, end, rule.name, verdict))
    hits.sort()
    return [Spot(name, context(masked, s, e), verdict == WEAK) for s, e, name, verdict in hits]


_CODE_SPAN = re.compile(r"<code\b[^>]*>.*?</code>|`[^`\n]+`", re.S)
_SHOWS = (BlockKind.code, BlockKind.formula, BlockKind.bullets)  # what a text ending in ':' may introduce
_OPENING_VERB = re.compile(r"^\s*(?:is|are|equals|gives)\b")
# a flashcard's term (a few words that ask nothing) and its definition opening with a verb, the term its subject
_TERM_FRONT = re.compile(r"^[^?？\n]{1,60}$")
_DEFINING_VERB = re.compile(rf"^\s*(?:{_BARE_VERBS})\b")


# a symbol set in bold or italics is written on purpose ('- **?** Displays a usage summary', top's key '?'), and a bold
# term's colon may stand after a space ('- **Git** : Version Control System'): neither is a hole (trial23 T23-38)
_MARKED_SYMBOL = re.compile(r"<(strong|b|em|i|kbd)\b[^>]*>\s*[^\w\s<]{1,3}\s*</\1\s*>|(\*\*|__)[^\w\s*_]{1,3}\2", re.I)
_TERM_COLON = re.compile(r"(</(?:strong|b)\s*>|(?<=\S)\*\*|(?<=\S)__)\s+(?=[:：])", re.I)


def _marked(html_text: str) -> str:
    """An HTML text with code spans and emphasised symbols as a symbol, a bold term's spaced colon closed up."""
    return _TERM_COLON.sub(r"\1", _MARKED_SYMBOL.sub(MATH_STANDIN, _CODE_SPAN.sub(MATH_STANDIN, html_text)))


def _prose(block: Block) -> str:
    """A text block as plain text, inline code standing in as a symbol (code is exempt: '`? :`', '`!`')."""
    return block.model_copy(update={"text": _marked(block.text)}).plain()


def item_texts(item: Item) -> list[str]:
    """Every learner-visible plain text of an item (code, inline code included, is exempt).

    A text that ends in ':' before a code block, a formula or a list introduces it ('The output
    will be :'), and one that opens with a verb right after one ('is equivalent to …') has it as
    its subject: neither is a hole.
    """
    texts = [_CODE_SPAN.sub(MATH_STANDIN, item.question)]  # (first: find_holes passes over a symbol's or keyword's front)
    if item.cloze:
        texts.append(cloze_plain(item.cloze))
    texts.extend(c.text for c in item.choices)
    blocks = item.answer
    for n, block in enumerate(blocks):
        if block.kind in (BlockKind.code, BlockKind.formula):
            continue  # code is exempt; formula lines use ';' and spaces as separators
        if block.kind is BlockKind.bullets:
            texts.extend(_marked(i) for i in block.items)
            continue
        text = _prose(block)
        if n + 1 < len(blocks) and blocks[n + 1].kind in _SHOWS and text.rstrip().endswith(":"):
            text = text.rstrip()[:-1].rstrip() + "."
        if n > 0 and blocks[n - 1].kind in (BlockKind.code, BlockKind.formula) and _OPENING_VERB.match(text):
            text = f"{MATH_STANDIN} {text.lstrip()}"
        elif n == 0 and _TERM_FRONT.match(item.question) and _DEFINING_VERB.match(text):
            text = f"{MATH_STANDIN} {text.lstrip()}"  # ('cell membrane: controls what enters and leaves': the term is its subject)
        elif _TERM_FRONT.match(item.question) and not re.search(r"\w", text):
            continue  # a term's symbols (Morse's E is '.'); under a question, '?' / '.' alone is what a formula left
        texts.append(text)
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


def _code_symbol(item: Item, spot: Spot) -> bool:
    """A lone '?' or '!' in the prose of an item that shows code is the code's symbol named in words ('Nullable types are
    declared by putting a ? behind the String' over Kotlin's `String?`; sitting 57), no lost formula: code is what the
    item teaches, and a page that lost its formulas lost no code."""
    return spot.rule == "empty-slot" and ("⟦?⟧" in spot.context or "⟦!⟧" in spot.context) and any(b.kind is BlockKind.code for b in item.answer)


SYMBOL_FRONT = 4  # characters at most of a front that is a symbol ('.', '?', '?<=')
_MATH_MARKS = re.compile(r"\$|\\[(\[]")  # a formula in the source ('$x$', '\\(x\\)'): one lost may leave its '.'


def _symbol_front(item: Item) -> bool:
    """A front that is a symbol written as such in its source, no letter or digit in it ('|.|Period matches …|', '|?=|
    Positive Lookahead|': a table of regex symbols; trial62 T62-3, trial61 T61-9's operators): the symbol is what the
    card asks, no formula lost around it; a source that holds a formula keeps the check (its formula may be what is lost)."""
    front = item.question.strip()
    return 0 < len(front) <= SYMBOL_FRONT and not any(c.isalnum() for c in front) and front in item.original and not _MATH_MARKS.search(item.original)


def _keyword_front(item: Item) -> bool:
    """A front that is one word written as such in its source, over its answer ('| is | returns true if … |', '| typeof
    | returns the type …|': a table of a language's keywords; trial61 T61-9, "hole (missing-subject): …⟦is⟧…"): the
    keyword is what the card asks; as for :func:`_symbol_front`, a source that holds a formula keeps the check."""
    front = item.question.strip()
    return bool(item.answer) and re.fullmatch(r"[^\W\d_]\w*", front) is not None and front in item.original and not _MATH_MARKS.search(item.original)


def find_holes(items: list[Item], overrides: str = "content/overrides.toml") -> list[Hole]:
    """Every hole in the items' final text, located in their source files.

    Weak signs count only in a source with :data:`CORROBORATION` unambiguous holes or more.
    """
    found: list[tuple[Item, Spot]] = [
        (item, spot)
        for item in items
        for n, text in enumerate(item_texts(item))
        if n > 0 or not (_symbol_front(item) or _keyword_front(item))  # (the first text is the front)
        for spot in text_holes(text)
        if not _code_symbol(item, spot)
    ]
    strong: dict[str, int] = {}
    for item, spot in found:
        if not spot.weak:
            strong[item.locator.file] = strong.get(item.locator.file, 0) + 1
    return [
        Hole(item.locator.file, _source_line(item, spot.context), spot.rule, spot.context, item.item_id, overrides)
        for item, spot in found
        if not spot.weak or strong.get(item.locator.file, 0) >= CORROBORATION
    ]
