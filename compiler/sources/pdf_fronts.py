"""A PDF whose cards would be fronted by its typeset titles and labels, not by questions (trial19 R19-1).

A PDF's text is read as Markdown (:mod:`compiler.sources.pdf`): a line set large is a heading, a line set in bold is
bold. Read without a ``[[source]]`` table, the ``markdown`` reading then makes cards of what the fonts set apart on a
question paper, an assignment sheet or a question bank: the university's name, ``PART A``, ``Module -2``,
``Submission``, a watermark (``Downloaded from Ktunotes.in``), each over the questions that have no answer. When most
of the cards that reading makes ask nothing (no ``?``, no question word or task verb, no blank to fill), it is not
taken: no card from the file, and the warning says why and names the line that reads it as notes
(``headings = "cards"``) for a PDF whose headings are topics. A PDF ``deck.toml`` lists is read as it says.
"""

from __future__ import annotations

import re
from pathlib import Path

from compiler.diagnostics import Diagnostics
from compiler.model import BlockKind, Item, ItemKind
from compiler.sources.lines import opens_asking, prompt_term
from compiler.sources.suggest import source_toml

PDF_SUFFIX = ".pdf"
ASKING_SHARE = 0.5  # of the cards' fronts, at least, must ask for the typeset reading to be taken
SHOWN = 3  # fronts the warning quotes

# a part's or a question's label before its text ('A) With a neat diagram, explain …', '1.) …', 'Q3: …')
_LEAD = re.compile(r"^\s*(?:(?:Q|Question)\s*\d{1,3}\s*[.:)]?|\(?[A-Za-z0-9]{1,3}\s*[.):]{1,2})\s+")
_TERM_WORDS = 5  # a glossary's term: a word or a few


def _defines(item: Item) -> bool:
    """Whether a card is a glossary's term over its definition ('abiotic' → 'Non-living chemical and physical parts of
    the environment …'): a few words over a sentence that neither opens with a number nor asks, never a paper's label
    over its numbered questions ('PART A' → '1 List any three …') nor a title over a line ending in ':' (T27-36)."""
    said = " ".join(b.plain() for b in item.answer).strip()
    return (
        0 < len(item.question.split()) <= _TERM_WORDS
        and said[:1].isalpha()
        and said.endswith((".", "。"))
        and not asks(said)
        and not _QUESTION_LABEL.match(said)
    )


def _command(item: Item) -> bool:
    """Whether a card's back is a shell command ('$ git status'): a cheat sheet's card, its front what the command
    does (compiler.sources.command_pairs), which asks as a table's row does, whatever its words (trial42 T42-5)."""
    return bool(item.answer) and item.answer[0].kind is BlockKind.code and item.answer[0].text.lstrip().startswith("$ ")


_ASKED = re.compile(r"[?？؟]|_{3,}")  # a question mark anywhere, or a blank to fill
# a question's own label ('Q3.', 'Question 12:'): what it labels is asked, whatever its words
_QUESTION_LABEL = re.compile(r"^\s*(?:Q|Question)\s*\d{1,3}\s*[.:)]", re.I)
# the task verbs exam papers open their questions with, beyond those every reader knows (sitting 20 pdf 3: a paper
# whose questions, set large, each opened with one of these gave no card: 'Differentiate between RAM and ROM.')
_TASK = re.compile(
    r"(?i)^\W*(?:differentiate|distinguish|enumerate|mention|derive|deduce|construct|design|develop|implement|analy[sz]e"
    r"|illustrate|summari[sz]e|justify|suggest|predict|discuss|elaborate|examine|interpret|assess|demonstrate|sketch|plot"
    r"|verify|obtain|formulate|specify|highlight|comment|contrast|relate|trace|tabulate|apply|calculate|measure|brief(?:ly)?"
    r"|point\s+out|write\s+(?:a\s+)?(?:short\s+)?notes?|critically|recall|reproduce|argue|account\s+for|consider|prepare)\b"
)


def asks(front: str) -> bool:
    """Whether a card's front asks something: a question's label ('Q3.'), a question mark or a blank, a question word
    or a task verb ('Define …', 'Explain …', 'Differentiate …'), after the label numbering it."""
    if _QUESTION_LABEL.match(front.strip(" *_#")):
        return True
    text = _LEAD.sub("", front.strip(" *_#"))
    return bool(_ASKED.search(text) or _TASK.match(text)) or opens_asking(text) or prompt_term(text)


def typeset_fronts(rel: str, items: list[Item]) -> list[str] | None:
    """The fronts that ask nothing, when they are most of a PDF's cards (each multiple-choice or cloze card asks);
    else None."""
    if Path(rel).suffix.lower() != PDF_SUFFIX:
        return None
    cards = [i for i in items if not i.skip]
    # (a table's row is a card whatever its front says: the table's columns pair it with its answer, 'Task' | 'Command')
    idle = [
        i.question
        for i in cards
        if i.kind is ItemKind.basic and not asks(i.question) and not i.original.lstrip().startswith("|") and not _defines(i) and not _command(i)
    ]
    if not cards or len(cards) - len(idle) >= ASKING_SHARE * len(cards):
        return None
    return idle


def refused(rel: str, source_id: str, items: list[Item], diag: Diagnostics, mark: int) -> bool:
    """Whether the ``markdown`` reading of an unlisted PDF is refused for its fronts: then the reading's own
    messages (from ``diag.items[mark]`` on) go, and one warning says why, with the table to paste for notes."""
    idle = typeset_fronts(rel, items)
    if idle is None:
        return False
    del diag.items[mark:]
    cards = sum(not i.skip for i in items)
    shown = ", ".join(repr(" ".join(front.split())[:60]) for front in idle[:SHOWN]) + (" …" if len(idle) > SHOWN else "")
    # (a cheat sheet's sections whose commands could not be told from their descriptions: said as such, T42-5)
    listing = sum(
        any(b.kind is BlockKind.code and b.text.lstrip().startswith("$ ") for b in i.answer)
        for i in items
        if not i.skip and i.question in idle
    )
    said = (
        f"{listing} of them over shell commands ('$ …') that could not be paired with what each does: a description "
        "should stand on the line right under its command (or right over it) in every section"
        if listing
        else "a title, a label or a page mark is no question"
    )
    diag.warning(
        rel,
        None,
        f"no card from this file: read by the lines its fonts set large or in bold, {len(idle)} of its {cards} cards "
        f"would ask nothing ({shown}): {said}",
        (
            "the table below reads each heading as a card, its commands on the back; for a card per command, put the "
            "cheat sheet's Markdown edition (or a .md copy with each description right under its command) in its place"
            if listing
            else "a question paper or an assignment without answers gives no card; if it is notes whose headings name "
            "topics, the table below reads each heading as a card; or describe its items with [source.pattern] in "
            "deck.toml (docs/layouts.md)"
        ),
        group=f"typeset-fronts:{rel}",
        snippet=source_toml(
            source_id,
            rel,
            Path(rel).stem,
            "markdown",
            extra=['headings = "cards"        # every heading with text under it is a card; its text the answer'],
        ),
    )
    return True
