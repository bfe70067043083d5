"""Word lists and definitions written as a new user types them, no bold term (sitting 53; round 8 of the new-user
documents: each page was ONE card, its heading the front, every word or definition on its back).

:func:`glossed_entries`: list entries with the meaning in brackets after the word (``- la cocina (kitchen)``, ``- der
Tisch (table)``, ``1. 猫 (cat)``), each written as the bold glossary entry the Markdown reader makes a card of
(``- **la cocina**: kitchen``). Only a page that is nothing else: three entries or more, every list entry of the page
one, each word a few words with no sentence's stop and no '?', each meaning a few words and no note ('(optional)',
'(see above)'); no other text than headings and a first line that titles the page.

:func:`defined_terms`: paragraphs (or lines one under another) that each define a term in one sentence (``Osmosis is the movement of water …``,
``La mitosis es la división …``, ``Die Osmose ist die …``),
each written with its term in bold (``**Osmosis** is the movement …``), which the Markdown reader makes a card of, the
term the front and the sentence the back. Only a page that is nothing else: three such paragraphs or more, each one
line, its term a few words opening it and never a pronoun or an article alone ('It is', 'This is', 'There are'), then
'is' / 'are' / 'refers to' / 'means' and an article; no other text than headings and a first line that titles it.

Both rewrites keep the page's lines (line numbers stay); code, tables and quotes make the page none of these."""

from __future__ import annotations

import re

ENTRIES_MIN = 3  # entries (or definitions) a page needs to be read as a word list (or a glossary)
TERM_WORDS = 5  # words at most of the word (or phrase) learned
GLOSS_WORDS = 8  # words at most of its meaning

_ENTRY = re.compile(r"^(?P<lead>[ ]{0,3}(?:[-*+•]|\d{1,3}[.)])[ \t]+)(?P<term>[^()（）\[\]]+?)[ \t]*[(（](?P<gloss>[^()（）]+)[)）][ \t]*$")
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+\S")
# a bracket that is no meaning: a note on the entry ('(optional)', '(see above)', '(e.g. …)', '(p. 12)')
# or a verdict ('1. TCP 是面向连接的协议。（√）', '(✓)', '(T)', '(False)': a true/false statement's)
_NOT_GLOSS = re.compile(
    r"(?i)^(?:optional|see\b|e\.g\.|i\.e\.|cf\.|p\.\s*\d|pp\.|note\b|hint\b|x\s*\d|\d+\s*(?:marks?|pts?|points?)\b"
    r"|[√×✓✗✔✘☑☒]$|(?:t|f|true|false|right|wrong|correct|incorrect|对|錯|错|對|正确|错误)$)"
)
_OTHER_BLOCK = ("-", "*", "+", "•", "|", "`", "~", "<", ">", "!", "[", "$", "=")


# a task a to-do list opens with a verb in the imperative, then what to do it to ('Bring calculator', 'Buy milk')
_TODO = re.compile(
    r"^(?i:bring|buy|call|pack|check|email|e-mail|take|get|make|pick|book|pay|send|print|finish|submit|return|renew"
    r"|charge|order|ask|remember|clean|wash|fix|cancel|schedule|prepare|revise|practise|practice|collect|fill)\s+\S"
)


def _title_line(n: int, line: str) -> bool:
    """The page's first line of text, a title written without '#' ('Spanish — La casa')."""
    return n == 0 and not line.lstrip().startswith(_OTHER_BLOCK) and not re.match(r"^\s*\d{1,3}[.)]\s", line)


def glossed_entries(lines: list[str]) -> list[str] | None:
    """``lines`` with each ``- word (meaning)`` entry written ``- **word**: meaning``, or None when the page is not such
    a word list."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    out = list(lines)
    entries = 0
    for n, k in enumerate(filled):
        line = lines[k]
        if _HEADING.match(line):
            continue
        m = _ENTRY.match(line)
        if m is None:
            if _title_line(n, line):
                continue
            return None
        term, gloss = m.group("term").strip().strip("*_").strip(), m.group("gloss").strip()
        if (
            not term
            or len(term.split()) > TERM_WORDS
            or len(gloss.split()) > GLOSS_WORDS
            or term.endswith((".", "?", "？", "!", ":", ";", ",", "。", "！", "；", "：", "，", "、"))
            or any(c in term for c in "?？:*_`")
            or _NOT_GLOSS.match(gloss)
        ):
            return None
        if _TODO.match(term):
            return None  # ('- Bring calculator (scientific)': a to-do list's task and its note, no word; round 9)
        out[k] = f"{m.group('lead')}**{term}**: {gloss}"
        entries += 1
    return out if entries >= ENTRIES_MIN else None


# a sentence that defines its opening term: 'Osmosis is the movement …', 'Active transport is the …', 'Enzymes are
# biological catalysts …', 'Inflation refers to …'
_DEFINITION = re.compile(
    r"^(?P<term>[A-Z][\w'’-]*(?:[ \t]+[\w'’()-]+){0,4}?)[ \t]+"
    r"(?:is|are)[ \t]+(?:the|a|an|any|one|when|how|what)\b"
    # (a term of three words at most and a meaning of three or more with no article: 'Arete is excellence or virtue, …',
    # 'Hubris is excessive pride …'; sitting 58, the page was one card)
    r"|^(?P<term4>[A-Z][\w'’-]*(?:[ \t]+[\w'’()-]+){0,2}?)[ \t]+(?:is|are)[ \t]+(?!not\b|also\b|very\b|so\b|too\b)[\w'’(-]+[ \t,]+\S+[ \t,]+\S"
    r"|^(?P<term2>[A-Z][\w'’-]*(?:[ \t]+[\w'’()-]+){0,4}?)[ \t]+(?:refers[ \t]+to|means)[ \t]+\S"
    # (Spanish, French, German, Italian, Portuguese: 'La mitosis es la división …', 'L'inconscient est l'ensemble …',
    # 'Die Osmose ist die …', 'La mitosi è la …', 'A mitose é a …': sitting 54, each page was one card)
    r"|^(?P<term3>[^\W\d_][\w'’-]*(?:[ \t]+[\w'’()-]+){0,4}?)[ \t]+"
    r"(?:es|son|est|sont|ist|sind|è|sono|é|são)[ \t]+(?:el|la|los|las|un|una|le|les|l['’]|une?|der|die|das|den|ein|eine|il|lo|gli|o|a|os|as|um|uma)(?=[ \t'’]|(?<=['’])\w)"
)
_NOT_TERM = re.compile(
    r"(?i)^(?:it|this|that|these|those|there|here|he|she|they|we|you|i|one|which|what|who|the|a|an|each|every|all|some|most|many"
    r"|esto|esta|este|eso|ello|él|ella|ce|cela|ceci|il|elle|on|es|das|dies|er|sie|man|questo|questa|ciò|isto|isso|ele|ela)$"
)
_FIRST_WORD_NOT = re.compile(r"(?i)^(?:it|this|that|these|those|there|here|he|she|they|we|you|i|which|what|who|each|every|all|some|most|many|if|when|while|because)\b")


def _defines(line: str) -> re.Match[str] | None:
    """The definition a line is, one sentence ending with its stop ('Osmosis is the movement …'), or None."""
    m = _DEFINITION.match(line.strip())
    return m if m is not None and line.rstrip().endswith((".", "!", ")")) else None


def defined_terms(lines: list[str]) -> list[str] | None:
    """``lines`` with each one-line paragraph that defines its opening term written with the term in bold, or None when
    the page is not such a glossary."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    out = list(lines)
    found = 0
    for n, k in enumerate(filled):
        line = lines[k]
        if _HEADING.match(line):
            continue
        if any(0 <= j < len(lines) and lines[j].strip() and not _HEADING.match(lines[j]) and _defines(lines[j]) is None for j in (k - 1, k + 1)):
            return None  # (a paragraph of two lines or more: prose, or a definition that goes on; not a definition a line)
        m = _DEFINITION.match(line.strip())
        if m is None:
            if _title_line(n, line):
                continue
            return None
        term = (m.group("term") or m.group("term2") or m.group("term3") or m.group("term4")).strip()
        if _NOT_TERM.match(term) or _FIRST_WORD_NOT.match(term) or not line.rstrip().endswith((".", "!", ")")):
            return None
        lead = len(line) - len(line.lstrip())
        out[k] = f"{line[:lead]}**{term}**{line[lead + len(term):]}"
        found += 1
    return out if found >= ENTRIES_MIN else None
