"""Clean pass: repair and normalize the text of every item before anything compares it.

A question loses the points an exam prints beside it (``(2 marks)``): marking, not content.

Runs ftfy conservatively (curly quotes and widths are kept) on plain-text
parts only; a typesetter's Latin ligatures ('ﬁ', 'ﬂ': text copied out of a
PDF) become their letters, as a learner searches and types them; code and
sanitized HTML are left byte for byte.
Any replacement character that survives is removed with a warning, so no
output ever contains U+FFFD.

ASCII text is left as it is without ftfy.  The repaired form of every other
text is kept between builds (``build/.cache/clean.json``, :func:`use_cache`,
whole file keyed by deckc's code and library versions, ftfy's included), so a
rebuild or a `deckc lint` imports ftfy (a tenth of a second) only when a text
it has not seen needs it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from compiler import cachefile
from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Choice, Item
from compiler.passes.repair import CP1252_CONT, stray_marks_free

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

CACHE_NAME = "clean.json"


@cache
def _ftfy() -> tuple[ModuleType, TextFixerConfig]:
    """ftfy and the conservative settings deckc runs it with (imported only when a text needs it)."""
    import ftfy

    config = ftfy.TextFixerConfig(
        uncurl_quotes=False,
        fix_character_width=False,
        fix_latin_ligatures=True,  # ('Deﬁne the term ﬂaccid.' copied from a PDF: trial34 T34-14)
        normalization="NFC",
        explain=False,
    )
    return ftfy, config


# What is left of broken decoding, as (shown as, what is removed).  'Ã' counts only before a byte 0x80–0xBF as
# Windows-1252 shows it ('Ã©'): before a letter it is the letter of NÃO, SÃO, CONSTITUIÇÃO (learner trial T4).
MOJIBAKE_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("â€", re.compile("â€")),
    ("Ã", re.compile("Ã(?=[" + re.escape(CP1252_CONT) + "])")),
    ("\ufffd", re.compile("\ufffd")),
)


def clean_text(text: str) -> str:
    if text.isascii():
        return text
    fixed = _memo.get(text)
    if fixed is None:
        ftfy, config = _ftfy()
        fixed = stray_marks_free(unicodedata.normalize("NFC", ftfy.fix_text(text, config=config)))
    _memo.put(text, fixed)
    return fixed


_memo = cachefile.Memo(None)


def use_cache(folder: Path | None) -> Callable[[], None]:
    """Clean with the repaired texts kept in ``folder`` (None: in memory only) from now on; return what saves them.

    A build calls the saver only after its outputs are in place, with its other caches.
    """
    global _memo
    _memo = cachefile.Memo(folder / CACHE_NAME if folder else None)
    return _memo.save


def _clean_block(block: Block) -> Block:
    if block.kind in (BlockKind.text, BlockKind.formula):
        return block.model_copy(update={"text": clean_text(block.text)})
    if block.kind is BlockKind.bullets:
        return block.model_copy(update={"items": [clean_text(i) for i in block.items]})
    return block


# How many points a question is worth, as exams of many languages print it before or after the question:
# '(1 pkt)', '(2 points)', '[3 marks]', '(1 Punkt)', '(2 б.)', '(2 điểm)', '（5分）', '(3점)' (trial26 T26-5).  How the
# paper is marked, not what it asks.  A bare 'p' is no unit ('(2p)' is an orbital), 'p.' with its dot is ('(2 P.)',
# '(1,5 p.)': a German Klausur's, a Spanish exam's; trial31 T31-4); the number comes first.
_POINT_UNITS = (
    r"[pP]\.|pts?\.?|points?|marks?|pkt\.?|punkt(?:y|ów|e|i)?|punten|poin|puntos?|punti|punts|pontos?|pont|poäng|poeng|"
    r"pisteet?|pistettä|bod(?:y|ů)?|puan|points?\s+each|б\.|балл(?:а|ов)?|бал(?:и|ів)?|điểm|分|点|점|نمره|درجة|درجات|נקודות|अंक|μονάδ(?:α|ες)"
)
_POINTS = rf"[(\[（【]\s*\d{{1,3}}(?:[.,]\d{{1,2}})?\s*(?i:{_POINT_UNITS})\s*[)\]）】]"
_POINTS_BEFORE = re.compile(rf"^\s*{_POINTS}[ \t]*")
_POINTS_AFTER = re.compile(rf"[ \t]*{_POINTS}\s*$")
# a bare mark in square brackets after the question's full stop or '?' ('Name the organelle where respiration happens.
# [1]', '… of the liver. [2]': a UK or IB paper's marks; sitting 41), never a subscript or an index ('a[1]', 'x [2]')
_BARE_MARKS_AFTER = re.compile(r"(?<=[.?!。？！])[ \t]+\[\d{1,2}\]\s*$")


def points_free(text: str) -> str:
    """``text`` without the points printed before or after it (``(1 pkt) W którym roku …?`` → ``W którym roku …?``);
    unchanged when nothing else is left."""
    bare = _BARE_MARKS_AFTER.sub("", _POINTS_AFTER.sub("", _POINTS_BEFORE.sub("", text)))
    return bare if bare.strip() else text


# an emoji (with its variation selector, skin tone or joined parts) opening an option, and the space after it
_OPTION_EMOJI = re.compile(
    r"^(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\uFE0E\uFE0F\u200D\U0001F3FB-\U0001F3FF]*)+[ \t\u00a0]+(?=\S)"
)


def undecorated(choices: list[Choice]) -> list[Choice]:
    """The options without the emoji that opens every one of them (``A) 📝 A platform …`` / ``B) 🔄 An operating
    system …``): decoration, and a giveaway when the page gives the right option the same one every time (trial 42
    T42-7: 📝 on all 21 right options of a quiz, shuffled or not). Unchanged unless every option (two or more, none
    code) opens with one and has words after it; an option's rendered HTML loses the same characters."""
    if len(choices) < 2 or any(c.lang is not None or not _OPTION_EMOJI.match(c.text) for c in choices):
        return choices
    out = []
    for c in choices:
        mark = _OPTION_EMOJI.match(c.text)
        assert mark is not None
        html = c.html[mark.end() :] if c.html.startswith(mark.group(0)) else c.html
        out.append(c.model_copy(update={"text": c.text[mark.end() :], "html": html}))
    return out


def clean_item(item: Item, diag: Diagnostics) -> Item:
    update: dict[str, object] = {
        "question": points_free(clean_text(item.question)),
        "answer": [_clean_block(b) for b in item.answer],
        "stimulus": [_clean_block(b) for b in item.stimulus],
        "choices": undecorated([c if c.lang is not None else c.model_copy(update={"text": clean_text(c.text)}) for c in item.choices]),
        "section": [clean_text(s) for s in item.section],
    }
    if item.cloze:
        update["cloze"] = points_free(clean_text(item.cloze))
    cleaned = item.model_copy(update=update)
    texts = [cleaned.question, cleaned.answer_plain(), cleaned.cloze or ""]
    texts += [c.text for c in cleaned.choices]
    if any(pattern.search(t) for t in texts for _, pattern in MOJIBAKE_MARKERS):
        # whole UTF-8 characters read as Windows-1252 ('â€“' is '–', 'Ã©' is 'é'): shown as they were written,
        # never cut to a quote mark ('â€' removed from 'â€“' left '“')
        repaired = _map_text(cleaned, _utf8_as_cp1252)
        if repaired != cleaned:
            diag.warning(
                item.locator.file,
                item.locator.line,
                "text holds UTF-8 characters read as Windows-1252 ('â€“' for '–'): shown as written",
                "this file is UTF-8: remove the encoding = … of its [[source]] in deck.toml (retype a stray "
                "character of another encoding instead)",
                group="utf8-as-cp1252",
            )
            cleaned = repaired
            texts = [cleaned.question, cleaned.answer_plain(), cleaned.cloze or ""] + [c.text for c in cleaned.choices]
    for marker, pattern in MOJIBAKE_MARKERS:
        if any(pattern.search(t) for t in texts):
            diag.warning(
                item.locator.file,
                item.locator.line,
                f"text still contains {marker!r} after repair; it was removed",
                "add repair = [\"mojibake\"] to this source in deck.toml or fix it in overrides",
                fix={"repair": ["mojibake"]},
            )
            cleaned = _strip_marker(cleaned, pattern)
    return cleaned


# A UTF-8 character of two to four bytes as Windows-1252 shows it: a lead byte (Â…ô) and continuation bytes
_AS_CP1252 = re.compile(f"[\u00c2-\u00f4][{re.escape(CP1252_CONT)}]{{1,3}}")


def _utf8_as_cp1252(text: str) -> str:
    """'thread â€“ cheap' -> 'thread – cheap': each whole UTF-8 character read as Windows-1252, put back."""

    def back(m: re.Match[str]) -> str:
        try:
            return m.group(0).encode("cp1252", errors="strict").decode("utf-8")
        except UnicodeError:
            try:  # the C1 bytes cp1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d) stay as such controls
                return m.group(0).encode("latin-1").decode("utf-8")
            except UnicodeError:
                return m.group(0)

    return _AS_CP1252.sub(back, text)


def _map_text(item: Item, fix: Callable[[str], str]) -> Item:
    """The item with ``fix`` applied to its question, answer, stimulus, cloze and options."""

    def blocks(bs: list[Block]) -> list[Block]:
        return [
            b.model_copy(update={"items": [fix(i) for i in b.items]}) if b.kind is BlockKind.bullets else b.model_copy(update={"text": fix(b.text)})
            for b in bs
        ]

    return item.model_copy(
        update={
            "question": fix(item.question),
            "answer": blocks(item.answer),
            "stimulus": blocks(item.stimulus),
            "cloze": fix(item.cloze) if item.cloze else item.cloze,
            "choices": [c.model_copy(update={"text": fix(c.text)}) for c in item.choices],
        }
    )


def _strip_marker(item: Item, marker: re.Pattern[str]) -> Item:
    def fix(text: str) -> str:
        return marker.sub("", text)

    blocks = []
    for b in item.answer:
        if b.kind is BlockKind.bullets:
            blocks.append(b.model_copy(update={"items": [fix(i) for i in b.items]}))
        else:
            blocks.append(b.model_copy(update={"text": fix(b.text)}))
    return item.model_copy(
        update={
            "question": fix(item.question),
            "answer": blocks,
            "cloze": fix(item.cloze) if item.cloze else item.cloze,
            "choices": [c.model_copy(update={"text": fix(c.text)}) for c in item.choices],
        }
    )


def run(items: list[Item], diag: Diagnostics) -> list[Item]:
    return [clean_item(i, diag) for i in items]
