"""Lines that start an item the way the item above them started, inside one paragraph.

A learner's review sheet is often typed with no blank line between its cards::

    **How old is the Sun?** About 4.6 billion years.
    **What fuses in its core?** Hydrogen into helium.

Markdown joins those lines into one paragraph (a soft break, or a hard break with two trailing spaces or a ``\\``), so
the second question and its answer were read as the first one's back (found on an untuned page, sitting 39). A line
that opens with the same item shape as the paragraph's first line (a bold question, the same question label, the
next number of the same sequence) starts a new item: :func:`item_cuts` says where to cut a paragraph's lines, and the
reader reads each piece as the paragraph it would be with a blank line above it.

Only when every piece holds more than its question (an answer on its line or the lines under it): a paragraph of bare
questions, one a line, is a list of questions the reader has its own rules for. Shared (no reader's own module).
"""

from __future__ import annotations

import re

from compiler.layouts import KEY_WORDS
from compiler.sources.lines import (
    QUESTION_MARKS,
    has_answer_label,
    has_question_label,
    has_right_answer_label,
    inline_answer_label,
    unbold_label,
)

# '**How old is the Sun?** About …', '__What fuses …?__ …', '**What is X?:** …' (the bold ends at the question)
_BOLD_QUESTION = re.compile(r"^[ ]{0,3}(?P<b>\*\*|__)(?=\S)(?P<q>[^*_\n]*?[?？؟])\s*[:：]?(?P=b)[ \t]*(?P<rest>.*)$")
# 'Q:', 'Q1.', '**Question 2:**', 'Frage:' (lines.has_question_label), its word without number or bold
_LABEL_WORD = re.compile(r"^[^\w]*(?P<word>[^\W\d_]+(?:\s+[^\W\d_]+)?)")
# '1.', '2)', 'Q3.' is a label; a number with the question on its line (inside a paragraph, never a list's marker)
_NUMBER = re.compile(r"^[ ]{0,3}(?P<b>\*\*|__)?(?P<n>\d{1,3})(?P<mark>[.):])(?P=b)?[ \t]+(?P<rest>\S.*)$")
_HARD_BREAK = re.compile(r"(?:\\|[ ]{2,})$")  # a line's hard break, no part of its text


def item_shape(line: str) -> tuple[str, int] | None:
    """The shape of the item ``line`` opens, with its number (0 when it has none), or None when it opens none."""
    m = _BOLD_QUESTION.match(line)
    if m is not None:
        return "bold", 0  # ('**…?**' and '__…?__' alike: both bold)
    bare = unbold_label(line.lstrip())
    if has_question_label(bare):
        word = _LABEL_WORD.match(bare)
        bold = "bold " if bare != line.lstrip() else ""
        return f"label {bold}{word.group('word').lower() if word else ''}", 0
    n = _NUMBER.match(line)
    if n is not None and any(mark in n.group("rest") for mark in QUESTION_MARKS):  # (it asks: no number in prose)
        return f"number{n.group('mark')}{n.group('b') or ''}", int(n.group("n"))
    return None


def _answered(lines: list[str], shape: str) -> bool:
    """Whether an item's lines hold more than its question: lines under it, or an answer after it on its line."""
    if len(lines) > 1 and any(line.strip() for line in lines[1:]):
        return True
    first = _HARD_BREAK.sub("", lines[0].rstrip("\n")).strip()
    if shape == "bold":
        m = _BOLD_QUESTION.match(first)
        return m is not None and bool(m.group("rest").strip())
    if shape.startswith("label"):
        return inline_answer_label(unbold_label(first)) is not None or _after_question(unbold_label(first))
    return _after_question(first)


def _after_question(text: str) -> bool:
    """Words after the line's first question mark (``1. Which planet …? — Uranus``)."""
    at = min((text.find(mark) for mark in QUESTION_MARKS if mark in text), default=-1)
    return at >= 0 and bool(text[at + 1 :].strip(" \t*_—–-:"))


def item_cuts(lines: list[str]) -> list[int]:
    """Where a paragraph's ``lines`` are cut into items (indexes of the lines that start a new one; empty when the
    paragraph is one item): each line that opens the shape its first line opens (a numbered one: the next number)."""
    if len(lines) < 2:
        return []
    first = item_shape(lines[0])
    if first is None:
        return []
    shape, number = first
    cuts: list[int] = []
    for k in range(1, len(lines)):
        found = item_shape(lines[k])
        if found is None or found[0] != shape:
            continue
        if shape.startswith("number") and found[1] != number + 1:
            continue
        cuts.append(k)
        number = found[1]
    if not cuts:
        return []
    pieces = [lines[a:b] for a, b in zip([0, *cuts], [*cuts, len(lines)], strict=True)]
    return cuts if all(_answered(piece, shape) for piece in pieces) else []


PAGE_SHAPE_MIN = 2  # paragraphs at least opening with a shape before a line of that shape inside an answer opens one


def page_shapes(openers: list[str]) -> set[str]:
    """The unnumbered item shapes (a bold question, a question label) that open PAGE_SHAPE_MIN of the page's paragraphs
    or more (``openers``: each paragraph's first line): the way the page writes its questions."""
    counts: dict[str, int] = {}
    for line in openers:
        found = item_shape(line)
        if found is not None and not found[0].startswith("number"):
            counts[found[0]] = counts.get(found[0], 0) + 1
    return {shape for shape, n in counts.items() if n >= PAGE_SHAPE_MIN}


def glued_cuts(lines: list[str], shapes: set[str]) -> list[int]:
    """Where a paragraph that opens with no item (an answer's text) is cut before a line opening one of the page's item
    ``shapes`` (``It controls which substances …`` / ``**What is the function of the Golgi apparatus?**`` with no blank
    line between: the question was the end of the answer above; sitting 46, meta). The question's piece may hold only
    the question: its answer is the paragraph below, as on the rest of the page."""
    if len(lines) < 2 or not shapes or item_shape(lines[0]) is not None:
        return []
    return [k for k in range(1, len(lines)) if (found := item_shape(lines[k])) is not None and found[0] in shapes]


_QUOTED = re.compile(r"^[ ]{0,3}>")


def lazy_cut(lines: list[str], shapes: set[str]) -> list[int]:
    """Where a block quote's ``lines`` are cut before a lazy line (written with no ``>``) that opens one of the page's
    item ``shapes``: ``> 💡 Tip: argon comes third.`` / ``**What is the boiling point of water?**`` with no blank line
    between is, to Markdown, the tip's paragraph going on (lazy continuation), and the question was read as part of
    the tip (sitting 47, meta). The lines from there on are read as if a blank line ended the quote above them."""
    if len(lines) < 2 or not shapes or not _QUOTED.match(lines[0]):
        return []
    return next(([k] for k in range(1, len(lines)) if not _QUOTED.match(lines[k]) and (found := item_shape(lines[k])) is not None and found[0] in shapes), [])


def unbroken(line: str) -> str:
    """A piece's last line without its hard break (``…years.\\`` would show its ``\\`` at a paragraph's end)."""
    return _HARD_BREAK.sub("", line)


# A line that opens with a label of its own: 'Glossary: …', '**Vocabulary:** …', 'Key terms:' (one to three words, a
# colon). After a run of cards each written on one line, such a line starts something of its own, never the last
# card's answer (sitting 39: 'Glossary: *light-year* = …' was glued onto the last answer).
_OWN_LABEL = re.compile(
    r"^[ ]{0,3}(?:\*\*|__)?(?P<label>[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){0,3})[ \t]*(?:\*\*|__)?[:：](?:\*\*|__)?(?=\s|$)"
)
# labels that go on explaining the item above (its answer's example, note, hint, reason), in the languages deckc reads
# most: never a label of their own
_ITEM_LABELS = re.compile(
    r"(?i)^(?:e\.?g\.?|example|examples|for\s+example|note|nb|n\.b\.|hint|tip|why|because|reason|explanation|rationale|"
    r"remember|mnemonic|beispiel|hinweis|tipp|merke|erklärung|grund|exemple|remarque|astuce|indice|explication|"
    r"ejemplo|nota|pista|consejo|explicación|esempio|suggerimento|spiegazione|exemplo|dica|explicação|voorbeeld|"
    r"opmerking|tip|uitleg|source|sources|see|see\s+also|ref|reference)$"
)


# labels of an aside set beside an answer, beyond the item labels above: a warning, a thing to remember, a fun fact
# ('💡 Tip:', '> **Note:**', '> ⚠️ Warning:', '> **Recuerda:**', '> **Hinweis:**', '> 注意：'), in the languages deckc reads
_ASIDE_WORDS = re.compile(
    r"(?i)^(?:warning|caution|careful|important|attention|info|pro\s+tip|fun\s+fact|did\s+you\s+know|heads\s+up|"
    r"keep\s+in\s+mind|good\s+to\s+know|side\s+note|achtung|wichtig|beachte|merke|gut\s+zu\s+wissen|recuerda|ojo|"
    r"importante|advertencia|atención|cuidado|observación|dato|rappel|à\s+retenir|conseil|avertissement|ricorda|"
    r"attenzione|avvertenza|lembre-se|lembrete|atenção|observação|aviso|curiosidade|curiosidad|wskazówka|uwaga|"
    r"подсказка|примечание|совет|внимание|запомни|注意|提示|备注|小贴士|注|ヒント|メモ|ポイント|팁|힌트|참고|주의)$"
)
# an aside's label opening a text, after an icon or two ('💡', '⚠️', '📝') and emphasis: 'Tip:', '**Note:**', 'Did
# you know?', '注意：'
_ASIDE = re.compile(
    r"^[^\w\s]{0,4}[ \t]*(?:\*\*|__|\*|_)?[ \t]*(?P<label>[^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’-]*){0,3}?)[ \t]*\d{0,2}"
    r"[ \t]*(?:\*\*|__|\*|_)?[ \t]*[:：!?]"
)


def aside_label(text: str) -> bool:
    """Whether a text opens with the label of an aside (a tip, note, hint, warning: ``💡 Tip: …``, ``**Remember:** …``,
    ``Consejo: …``): what it says goes beside an answer, never the answer itself (a quote ``> 💡 Tip: …`` after a
    question's list is no answer mark, the list answers)."""
    m = _ASIDE.match(text.strip())
    if m is None:
        return False
    label = m.group("label")
    return bool(_ITEM_LABELS.match(label) or _ASIDE_WORDS.match(label))


_KEY_LABEL = re.compile(rf"(?i:{KEY_WORDS}|answers?|keys?|solutions?)$")  # an answer key's label: a key, read as one


def own_label(line: str) -> str | None:
    """The label a line opens with when it is one of its own (``Glossary: …`` -> ``Glossary``): not a question or
    answer label, nor one that explains the item above (``Example:``, ``Note:``, ``Explanation:``); else None."""
    m = _OWN_LABEL.match(line)
    if m is None:
        return None
    label = m.group("label").strip()
    bare = unbold_label(line.lstrip())
    if _ITEM_LABELS.match(label) or has_question_label(bare) or has_answer_label(bare) or has_right_answer_label(bare):
        return None
    if _KEY_LABEL.match(label) or line.rstrip(" \t*_").endswith(QUESTION_MARKS):
        return None  # ('Answers: A, C', 'Ответы: 1-б': a key; 'Zusatzfrage: Welcher …?': a question)
    return label


# a definition written with '=': '*light-year* = the distance …', 'parsec = about 3.26 light-years', '**ATP** = …'
_DEFINED = re.compile(
    r"^[ ]{0,3}(?:(?P<e>\*\*|__|\*|_)(?P<emph>[^*_\n=]{1,60}?)(?P=e)|(?P<plain>[^\W\d_][^=:*_\n]{0,40}?))[ \t]*=[ \t]*"
    r"(?P<text>[^\s=].*?)[ \t]*\\?$"
)
PLAIN_TERM_WORDS = 4  # words at most of a definition's term written without emphasis ('speed of light = …')


def defined_term(line: str) -> tuple[str, str] | None:
    """``(term, meaning)`` of a line that defines one term with ``=`` (``*light-year* = the distance light travels in
    one year``), or None. A term without emphasis is a few words of letters; the meaning has two words at least (``x =
    3``, ``a = b + c`` are sums)."""
    m = _DEFINED.match(line.rstrip())
    if m is None:
        return None
    term = (m.group("emph") or m.group("plain") or "").strip()
    text = m.group("text").strip()
    if len(re.findall(r"[^\W\d_]{2,}", text)) < 2 or not re.search(r"[^\W\d_]{2,}", term):
        return None
    if m.group("plain") is not None and (len(term.split()) > PLAIN_TERM_WORDS or not all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) for w in term.split())):
        return None
    return term, text


def glossary_lines(lines: list[str]) -> tuple[str, list[tuple[int, str, str]]] | None:
    """A paragraph's lines read as a glossary: ``(label, [(index, term, meaning), …])`` when every line (after a label
    of its own, alone on the first line or before the first definition: ``Glossary: *light-year* = …``) defines a
    term with ``=``; a term without emphasis only under such a label or with another definition beside it. Else None."""
    if not lines:
        return None
    label = own_label(lines[0]) or ""
    first = lines[0]
    body: list[tuple[int, str]] = []
    if label:
        rest = _OWN_LABEL.sub("", first, count=1).strip()
        if rest:
            body.append((0, rest))
    else:
        body.append((0, first))
    body += [(k, line) for k, line in enumerate(lines) if k > 0]
    found = [(k, defined_term(line)) for k, line in body]
    if not found or any(d is None for _, d in found):
        return None
    emphasised = all(_DEFINED.match(line.strip()).group("emph") is not None for _, line in body)  # type: ignore[union-attr]
    if not (label or emphasised or len(found) > 1):
        return None
    return label, [(k, d[0], d[1]) for k, d in found if d is not None]


# the dash a learner types between a question and its answer on one line: '1. Which planet …? — Uranus', '… – Uranus',
# '… - Uranus', '… -- Uranus' (after the question's end: a hyphen inside the answer, 'well-known', 'x - y', stays)
LEAD_DASH = re.compile(r"^(?:—|–|--|-)[ \t]+(?=\S)")


def after_dash(rest: str) -> str:
    """The answer written after a question's end with the dash before it taken off (``— Uranus`` -> ``Uranus``), or out
    of the brackets that label it (``[Answer: liquid water turning into vapour]`` -> ``liquid water …``: sitting 58,
    the brackets and the label were on the back)."""
    labelled = _BRACKETED_ANSWER.match(rest)
    said = (labelled.group("a1") or labelled.group("a2")) if labelled else ""
    if said and not _KEY_LETTER.match(said):  # ('(Ans: D)': an option's letter, keying options or nothing, T31-62)
        return said
    return LEAD_DASH.sub("", rest, count=1)


_KEY_LETTER = re.compile(r"^[A-Ha-h][.)]?$")


# an answer in brackets after its question, labelled ('[Answer: …]', '(Ans: …)', '[A: …]'), whole
_BRACKETED_ANSWER = re.compile(r"^[ \t]*(?:\[(?i:answer|ans|a)[ \t]*[:.][ \t]*(?P<a1>[^\[\]\n]+?)[ \t]*\]|\((?i:answer|ans)[ \t]*[:.][ \t]*(?P<a2>[^()\n]+?)[ \t]*\))[ \t]*$")
