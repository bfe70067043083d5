"""A notes list whose bullets define terms: ``- bias = error from wrong assumptions``, ``- L1 → sparse weights``,
``- cross-validation: k folds, train on k-1``, typed by a learner under a topic heading (sitting 43).

Read by its heading, such a list was one card whose back held every definition. When most of a list's entries (nested
ones too) are a term, a separator (``=``, ``→``, ``->``, ``=>``, ``⇒``, ``>``, a spaced dash ``—`` or ``–`` once in the
entry: ``- Supraspinatus — abduction``, sitting 46; or a colon right after the term) and what
it means (``Hybrid cloud > uses both public and private clouds``, a certification outline's, trial43 T43-4),
:func:`defined_list` gives each entry's term and meaning, a card each; a nested entry names the entry it is under
(``regularization adds a penalty on weights`` over ``L1 → sparse weights``, ``Cloud models:`` over ``Hybrid cloud >
…``), its card's context. An entry that defines nothing and holds no defined entry under it is said by the reader,
never dropped; a list with a few defined entries among others stays as it was read, and the reader says so
(DEFINED_SAID of them at least). A term that two lists of the page define is a record's field label (``- Definition:
…`` / ``- Use Case: …`` under each metric), no term.

A term is a few words of plain text (a bold, code or linked term is other readers' shape: ``- **Term**: …`` glossaries,
command references), the meaning two words at least; a list needs DEFINED_MIN such entries and more than half of its
entries.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

DEFINED_MIN = 3  # defined entries a list needs, at least (and more than half of its entries)
DEFINED_SAID = DEFINED_MIN  # defined entries of a list read otherwise that the reader says it did not read a card each
TERM_WORDS = 5  # words at most of a term ('Infrastructure as a Service (IaaS)')

_ENTRY = re.compile(r"^(?P<indent>[ \t]*)(?:(?P<bullet>[-*+•])|\d{1,3}[.)])[ \t]+(?P<text>\S.*?)[ \t]*$")
# the term, then '=', an arrow, or a colon right after it (not '://', not a time '10:30')
_DEFINED = re.compile(
    r"^(?P<term>[^\W_][\w'’()./+-]*(?:[ \t]+[\w'’()./+-]+){0,4}?)"
    r"(?:[ \t]+(?P<sep>=|→|->|=>|⇒|⟶|>|—|–)[ \t]+|(?P<colon>[:：])[ \t]+)(?P<text>\S.*)$"
)


# a bold term before a spaced dash, '=' or an arrow ('**Source** – where a river begins'): the term and its meaning, as
# the same entry unbolded is (sitting 61 N61-6: a handout's 'Key vocabulary' list was one card; '**Term**: …' is the
# bold-label reader's, read apart)
_BOLD_TERM = re.compile(r"^(?:\*\*|__)(?P<term>[^*_\n]{1,60}?)(?:\*\*|__)(?P<rest>[ \t]+(?:=|→|->|=>|⇒|⟶|—|–|-)[ \t]+\S.*)$")


def _unbolded(text: str) -> str:
    """An entry's text with a bold term before its separator written plain (:data:`_BOLD_TERM`), a lone '-' read as
    '–'; else the text as it is."""
    m = _BOLD_TERM.match(text)
    if m is None:
        return text
    rest = re.sub(r"^([ \t]+)-(?=[ \t])", r"\1–", m.group("rest"))
    return m.group("term").strip() + rest


# links and bare addresses: a meaning made only of them names where to read, it defines nothing
_LINKS = re.compile(r"!?\[[^\]]*\]\([^)]*\)|<https?://[^>]*>|https?://\S+")


@dataclass(frozen=True)
class Entry:
    """A list entry: its line (index in the lines given), its depth, its text, and the term and meaning it defines
    (empty when it defines none), and the index (in the entries) of the entry it is nested under (-1: none)."""

    line: int
    depth: int
    text: str
    term: str = ""
    meaning: str = ""
    parent: int = -1


def defined(text: str) -> tuple[str, str] | None:
    """``(term, meaning)`` of an entry's text that defines a term (see the module's docstring), else None."""
    m = _DEFINED.match(text)
    if m is None:
        return None
    term, meaning = m.group("term").strip(), m.group("text").strip()
    if m.group("colon") and re.fullmatch(r"[A-Ha-h]", term):
        return None  # ('- A: Target > Capturing > Bubbling': an option's letter, no term)
    if m.group("sep") in ("—", "–") and f" {m.group('sep')} " in meaning:
        return None  # ('- gehen – ging – ist gegangen – to go': a verb's forms in a row, no term and its meaning)
    if len(term.split()) > TERM_WORDS or len(re.findall(r"[^\W\d_]{1,}|\d+", meaning)) < 2 or term.lower() in ("http", "https", "note", "todo"):
        return None
    if not re.search(r"[^\W_]", _LINKS.sub("", meaning)):
        return None  # ('- Official documentation: [Volume snapshots](https://…)': a reading list's entry, what kind of page the link is: T57-2)
    return term, meaning


def entries(lines: list[str]) -> list[Entry]:
    """The entries of a list's lines, each with its depth (by indent) and the entry it is nested under; a line that
    opens no entry goes on the entry above it."""
    found: list[Entry] = []
    indents: list[int] = []  # the indent of each open depth
    texts: list[str] = []
    for k, line in enumerate(lines):
        m = _ENTRY.match(line)
        if m is None:
            if found and line.strip():
                texts[-1] += " " + line.strip()
            continue
        indent = len(m.group("indent").expandtabs(4))
        while indents and indent < indents[-1]:
            indents.pop()
        if not indents or indent > indents[-1]:
            indents.append(indent)
        depth = len(indents) - 1
        parent = next((j for j in range(len(found) - 1, -1, -1) if found[j].depth < depth), -1) if depth else -1
        found.append(Entry(k, depth, "", parent=parent))
        # (a bold term is plain only in a bulleted entry: '1. **True** — …' is a key's entry, no term: trial33)
        texts.append(_unbolded(m.group("text")) if m.group("bullet") else m.group("text"))
    return [Entry(e.line, e.depth, text, *(defined(text) or ("", "")), parent=e.parent) for e, text in zip(found, texts, strict=True)]


def field_labels(lists: list[list[str]]) -> frozenset[str]:
    """The terms (casefolded) that two lists of a page or more define: a record's field labels ('- Definition: …' /
    '- Use Case: …' under every metric's heading), no terms to learn."""
    seen = Counter(term for lines in lists for term in {e.term.casefold() for e in entries(lines) if e.term})
    return frozenset(term for term, n in seen.items() if n > 1)


def _unlabelled(listed: list[Entry], labels: frozenset[str]) -> list[Entry]:
    """The entries with a field label's term read as defining none."""
    return [e if e.term.casefold() not in labels else Entry(e.line, e.depth, e.text, parent=e.parent) for e in listed]


def defined_list(lines: list[str], labels: frozenset[str] = frozenset()) -> list[Entry] | None:
    """The entries of a list (its lines) when most of them define a term (see the module's docstring), else None;
    a term of ``labels`` (:func:`field_labels`) defines none."""
    listed = _unlabelled(entries(lines), labels)
    if any(e.text.startswith(("*", "_", "`", "[", "<", "!")) for e in listed):
        return None  # (bold, code or linked terms: glossaries and command references, read their own way)
    terms = [e for e in listed if e.term]
    if len(terms) < DEFINED_MIN or 2 * len(terms) <= len(listed):
        return None
    return listed


def defined_count(lines: list[str], labels: frozenset[str] = frozenset()) -> tuple[int, int]:
    """How many of a list's entries define a term, and how many entries it has (for the reader's message)."""
    listed = _unlabelled(entries(lines), labels)
    return sum(1 for e in listed if e.term), len(listed)
