"""A list of terms each joined to its meaning by the same words (``- CPU stands for Central Processing Unit``,
``- *Algorithm* means a step-by-step procedure …``, ``RAM is short for …``, ``X refers to …``, ``X is defined as …``):
a glossary, a card per term, the term on the front and what follows the joining words on the back (sitting 57: one
card of the page's title holding every line, the joining words being no separator a pair's line may use).

Only a run of VERB_PAIRS_MIN entries or more (list entries, or plain lines of a ``.txt`` page under its title), every
one of them joined by the same words, its term short (TERM_WORDS words at most, no sentence: no '.', ',' or '?'
in it), nothing after the run but blank lines or a heading. Written, line for line, as ``- **Term**: meaning`` (in
Markdown) or ``Term: meaning``, the glossary shapes every layout reads.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_JOINS = (
    r"stands\s+for|is\s+short\s+for|is\s+an\s+abbreviation\s+for|means|refers\s+to|is\s+defined\s+as|"
    r"steht\s+für|bedeutet|signifie|veut\s+dire|significa|quiere\s+decir|vuol\s+dire|betekent"
)
_ENTRY = re.compile(
    rf"^(?P<lead>[ ]{{0,3}}(?:(?:[-*+•]|\d{{1,3}}[.)])[ \t]+)?)(?P<term>[^\s.,?:;!][^.,?:;!\n]*?)[ \t]+(?P<join>{_JOINS})[ \t]+(?P<meaning>\S.*?)[ \t]*$",
    re.IGNORECASE,
)
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]|$)")
_MARKS = re.compile(r"^(\*\*|__|\*|_|`)(?P<t>[^*_`]+)\1$")  # '*Algorithm*', '**CPU**', '`ls`'
# a first word that says the line is prose, no term ('This means that …', 'It means …', 'He means well')
_PROSE_WORD = re.compile(
    r"(?i)^(?:this|that|it|he|she|they|we|you|i|which|what|who|there|here|these|those|one|everything|nothing|something|"
    r"das|es|er|sie|cela|ça|il|elle|esto|eso|ello|questo|ciò|dit|het)\b"
)
VERB_PAIRS_MIN = 3
TERM_WORDS = 5


def verb_pairs(lines: list[str], markdown: bool) -> list[str]:
    """``lines`` with each run of such entries (see the module's docstring) written as glossary entries, line for line;
    the same list when there is none."""
    fenced = list(in_fence(lines))
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    out: list[str] | None = None
    k = 0
    while k < len(lines):
        m = _ENTRY.match(lines[k]) if not fenced[k] else None
        if m is None:
            k += 1
            continue
        run: list[tuple[int, re.Match[str]]] = []
        j = k
        while j < len(lines) and not fenced[j]:
            if not lines[j].strip():
                j += 1
                continue
            e = _ENTRY.match(lines[j])
            if e is None or " ".join(e.group("join").lower().split()) != " ".join(m.group("join").lower().split()):
                break
            run.append((j, e))
            j += 1
        end_ok = j >= len(lines) or _HEADING.match(lines[j]) is not None
        listed = {bool(e.group("lead").strip()) for _, e in run}
        terms = [_MARKS.sub(r"\g<t>", e.group("term").strip()) for _, e in run]
        if (
            len(run) >= VERB_PAIRS_MIN and end_ok and len(listed) == 1
            and (listed == {True} or not markdown)
            and all(len(t.split()) <= TERM_WORDS and not _PROSE_WORD.match(t) for t in terms)
            # (plain lines: the page's every line but its title, a .txt glossary; never lines in prose)
            and (listed == {True} or all(not line.strip() or i in {r for r, _ in run} for i, line in enumerate(lines) if i > first))
        ):
            out = out if out is not None else list(lines)
            for (i, e), term in zip(run, terms, strict=True):
                said = f"**{term}**" if markdown else term
                out[i] = f"{e.group('lead')}{said}: {e.group('meaning')}"
        k = max(j, k + 1)
    return lines if out is None else out


# a term and its meaning in brackets after it, the whole line ('erosion (the wearing away of rock by water, wind or ice)')
_BRACKETED = re.compile(r"^(?P<lead>[ ]{0,3}(?:(?:[-*+•]|\d{1,3}[.)])[ \t]+)?)(?P<term>[^\s()][^()\n]*?)[ \t]+\((?P<meaning>[^()\n]+)\)[ \t]*\.?[ \t]*$")
MEANING_WORDS = 3  # words at least in the brackets: a meaning, never a gender, a plural or a country ('Paris (France)')


def bracketed_meanings(lines: list[str], markdown: bool) -> list[str]:
    """``lines`` of a page whose every line under its title is a term with its meaning in brackets after it (see
    _BRACKETED; VERB_PAIRS_MIN or more, each term TERM_WORDS words at most, each meaning MEANING_WORDS words or more),
    each written as a glossary entry, line for line; the same lines for any other page (sitting 57: "cannot tell this
    document's layout")."""
    fenced = list(in_fence(lines))
    said = [k for k, line in enumerate(lines) if line.strip()]
    if len(said) < VERB_PAIRS_MIN + 1 or any(fenced):
        return lines
    found = {k: m for k in said[1:] if (m := _BRACKETED.match(lines[k])) is not None}
    if len(found) != len(said) - 1 or len(found) < VERB_PAIRS_MIN:
        return lines
    if any(len(m.group("term").split()) > TERM_WORDS or len(m.group("meaning").split()) < MEANING_WORDS or _PROSE_WORD.match(m.group("term")) for m in found.values()):
        return lines
    out = list(lines)
    for k, m in found.items():
        term = m.group("term").strip()
        out[k] = f"{m.group('lead')}{f'**{term}**' if markdown else term}: {m.group('meaning').strip()}"
    return out


_TOP_ENTRY = re.compile(r"^(?P<lead>[-*+•][ \t]+)(?P<term>\S.*?)[ \t]*$")
_NESTED_ENTRY = re.compile(r"^(?:[ ]{2,}|\t+)(?:[-*+•]|\d{1,3}[.)])[ \t]+(?P<text>\S.*?)[ \t]*$")
NESTED_MAX = 3  # entries under a term at most: its meaning, then an example or two
_NO_TERM = re.compile(r"[.?？!:：;]$|[.?？!][ \t]")  # a sentence, a question or a label, never a term


def _term_list(lines: list[str]) -> list[tuple[int, list[int]]] | None:
    """A page that is its title heading and one list of VERB_PAIRS_MIN top entries or more, each over one to NESTED_MAX
    lines right under it (no blank line between): each entry's line and the lines under it; else None."""
    said = [k for k, line in enumerate(lines) if line.strip()]
    if len(said) < 2 * VERB_PAIRS_MIN + 1 or not _HEADING.match(lines[said[0]]) or any(in_fence(lines)):
        return None
    body = said[1:]
    tops = [k for k in body if _TOP_ENTRY.match(lines[k])]
    if not tops or tops[0] != body[0] or len(tops) < VERB_PAIRS_MIN:
        return None
    entries = []
    for j, top in enumerate(tops):
        under = [k for k in body if top < k < (tops[j + 1] if j + 1 < len(tops) else len(lines))]
        if not under or len(under) > NESTED_MAX or under != list(range(top + 1, top + 1 + len(under))):
            return None
        entries.append((top, under))
    return entries


def outline_terms(lines: list[str]) -> list[str]:
    """``lines`` of a page that is its title heading and one list whose every top entry is a short term (TERM_WORDS words
    at most, no sentence; a colon after it is no text) over its meaning, the first nested entry (``- Independent
    variable`` / ``  - the variable the researcher changes``; MEANING_WORDS words at least), and maybe an example or
    two nested under it too (NESTED_MAX entries at most: ``- Metaphor:`` / ``  - a direct comparison …`` / ``  - e.g.
    "Time is a thief"``, sitting 58), VERB_PAIRS_MIN entries or more: each written as a glossary entry on the term's
    line, the meaning's line blank, the examples nested under it still; the same lines for any other page (sitting 57:
    one card of the title holding every term)."""
    entries = _term_list(lines)
    if entries is None:
        return lines
    out = list(lines)
    for top, under in entries:
        t = _TOP_ENTRY.match(lines[top])
        nested = [_NESTED_ENTRY.match(lines[k]) for k in under]
        # (a term over its meaning, and maybe an example or two under it: '- Metaphor:' / '  - a direct comparison …' /
        # '  - e.g. "Time is a thief"'; sitting 58, one card of the title)
        if t is None or not all(nested):
            return lines
        term = _MARKS.sub(r"\g<t>", t.group("term"))
        term = term[:-1].rstrip() if term.endswith((":", "：")) else term
        if len(term.split()) > TERM_WORDS or _NO_TERM.search(term) or _PROSE_WORD.match(term) or _PAIR_ENTRY.match(lines[top]):
            return lines  # (a term with its meaning on its line, '- ser: to be': pair_outline's)
        if len(nested[0].group("text").split()) < MEANING_WORDS:  # type: ignore[union-attr]
            return lines  # ('- Cells' / '  - structure': a topic outline's subtopic, no meaning)
        out[top] = f"{t.group('lead')}**{term}**: {nested[0].group('text')}"  # type: ignore[union-attr]
        out[under[0]] = ""
    return out


_PAIR_ENTRY = re.compile(r"^(?P<lead>[-*+•][ \t]+)(?P<term>[^*_\s][^:：\n]*?)(?P<sep>[ \t]*[:：][ \t]+|[ \t]+[—–=][ \t]+)(?P<meaning>\S.*?)[ \t]*$")


def pair_outline(lines: list[str]) -> list[str]:
    """``lines`` of a page that is its title heading and one list whose every top entry is a term and its meaning on one
    line (``- ser: to be (permanent)``, ``- -고 싶다: want to (do)``; the same separator on each, the term TERM_WORDS
    words at most) over an example or two nested under it (``  - e.g. Soy profesor.``; NESTED_MAX entries at most),
    VERB_PAIRS_MIN entries or more: each term written in bold (``- **ser**: to be (permanent)``), the shape read as a
    card per term, the meaning and the examples on its back; the same lines for any other page (sitting 58: the whole
    line, meaning and all, was the front and the example the back)."""
    entries = _term_list(lines)
    if entries is None:
        return lines
    out = list(lines)
    seps: set[str] = set()
    for top, under in entries:
        m = _PAIR_ENTRY.match(lines[top])
        if m is None or not all(_NESTED_ENTRY.match(lines[k]) for k in under):
            return lines
        term = m.group("term").strip()
        if len(term.split()) > TERM_WORDS or _NO_TERM.search(term) or _PROSE_WORD.match(term):
            return lines
        seps.add(m.group("sep").strip())
        out[top] = f"{m.group('lead')}**{_escaped_term(term)}**{m.group('sep')}{m.group('meaning')}"
    return out if len(seps) == 1 else lines


def _escaped_term(term: str) -> str:
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", term)
