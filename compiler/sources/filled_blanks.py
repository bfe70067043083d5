"""A fill-in sheet's key with each answer written into its blank (trial25 T25-58): under a title that says the list
is blanks to fill (``# Fill in the blanks (key)``, ``Lückentext``, ``Rellena los huecos``, ``填空``), numbered or
bulleted sentences whose missing words are marked where the blank was: ``**mitochondria**``, ``__mitochondria__``,
``_mitochondria_``, ``*mitochondria*``, ``[mitochondria]``, ``==mitochondria==``, ``<u>mitochondria</u>`` (also
``<b>``, ``<strong>``, ``<mark>``, ``<ins>``). A teacher's copy of the sheet marks the filled words so; the page
was one heading card listing every sentence, or "cannot tell this document's layout" as text.

This line-kept rewrite makes each marked part a cloze deletion (``… is the {{c1::mitochondria}}.``), numbered from 1
in each sentence, the shape every layout reads as a cloze note. Only when half the list's sentences at least (two at
least) carry a mark and none of them asks (no ``?`` outside its marks: a question with its answer in bold is read as
such elsewhere); a sentence with no mark is left as written, so it is said at its line as having no answer. A plain
title line that only names the exercise (not a Markdown heading) is blanked: it is no card text. Code fences are
left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# words that title a list of blanks to fill, in the languages deckc reads
_TITLE_WORDS = re.compile(
    r"(?i)(?<![^\W\d_])(?:fill[\s-]*ins?|fill\s+in\s+the\s+(?:blanks?|gaps?)|blanks?|gap[\s-]*fill(?:ing)?|gaps|cloze"
    r"|complete\s+the\s+(?:sentences?|statements?|text|gaps|blanks)|lückentext\w*|lücken|ergänze|rellen[ae]\w*|huecos"
    r"|espacios\s+en\s+blanco|complét(?:ez|er)|à\s+trous|preencha|lacunas|complet[ae]\s+(?:la|le|as|os)\s+frases?"
    r"|uzupełnij|luki|заполните|пропуск\w*|вставьте|доповніть|填空\w*|穴埋め\w*|空欄|빈칸|chỗ\s+trống|điền\s+vào"
    r"|boşluk\w*|invul\w*|isian|isilah|titik-titik|riempi\w*|completa\s+gli\s+spazi|spazi\s+vuoti)(?![^\W\d_])"
)
_NUMBERED = re.compile(r"^[ ]{0,3}\(?\d{1,3}[.)]\s+\S")
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]")
TITLE_WORDS = 14  # words at most in a title line
# a list entry: '1. …', '1) …', '(1) …', '- …', '* …', '• …'
_ITEM = re.compile(r"^(?P<lead>[ ]{0,3}(?:\(?\d{1,3}[.)]|[-*+•])[ \t]+)(?P<text>\S.*?)[ \t]*$")
# a filled-in part: bold, underlined, highlighted, in brackets or in single '_' / '*' (no blank '____' inside)
_MARK = re.compile(
    r"(?P<o>\*\*|__)(?=[^\s*_])(?P<a>[^*_\n]+?)(?<=[^\s*_])(?P=o)"
    r"|(?<![\w*_\\])(?P<o1>[_*])(?=[^\s*_])(?P<b>[^*_\n]+?)(?<=[^\s*_])(?P=o1)(?![\w*_])"
    r"|==(?=\S)(?P<c>[^=\n]+?)(?<=\S)=="
    r"|<(?P<tag>u|b|strong|mark|ins)>(?P<d>[^<\n]+?)</(?P=tag)>"
    r"|(?<![\w\]\\!])\[(?=[^\s\]])(?P<e>[^\[\]\n]+?)(?<=[^\s\[])\](?![(\[:])"
    r"|（\s*(?P<f>[^（）\s][^（）\n]*?)\s*）"  # ('中国的首都是（北京）。': a Chinese key writes the answer into the blank's brackets)
)
# a bracketed part that is no filled-in word: a task box, a reference, a mark scheme ('[2 marks]', '[+4, −1]')
_BLANK = re.compile(r"_{3,}|\.{4,}|…{2,}|（\s*）|\(\s{2,}\)")
# what full-width brackets hold that is no fill: a verdict ('（ × ）'), points ('（2分）'), a note ('（多选）')
_NO_BRACKET_FILL = re.compile(
    r"^(?:[√×✓✔✗✘对错對錯TFtf]|\d+(?:\.\d+)?\s*分|多选|单选|多選|單選|选做|選做|[A-H]{1,4})$"
)
_NO_FILL = re.compile(r"(?i)^(?:[ xX✓✔]|[+−-]?\d+\s*(?:marks?|pts?|points?)|[+−-]\d.*)$")


def _fill(m: re.Match[str]) -> str | None:
    """The filled-in words of a mark, or None when it is no fill."""
    text = next(g for g in (m.group(n) for n in "abcdef") if g is not None)
    if m.group("e") is not None and _NO_FILL.match(text.strip()):
        return None
    if m.group("f") is not None and _NO_BRACKET_FILL.match(text.strip()):
        return None
    return text.strip()


def _marks(text: str) -> list[re.Match[str]]:
    return [m for m in _MARK.finditer(text) if _fill(m) is not None]


def _is_title(line: str) -> bool:
    """A line that titles a list of blanks to fill: a heading or a short line naming the exercise."""
    words = _HEADING.sub("", line).strip().strip("*_#:：").split()
    return (
        bool(words)
        and len(words) <= TITLE_WORDS
        and _TITLE_WORDS.search(line) is not None
        and not _ITEM.match(line)
    )


def _clozed(text: str) -> str | None:
    """``text`` with each marked part a deletion numbered from 1, or None when it has no mark or asks."""
    found = _marks(text)
    if not found or "{{c" in text:
        return None
    rest = text
    for m in reversed(found):
        rest = rest[: m.start()] + " " + rest[m.end() :]
    if (
        "?" in rest
        or "？" in rest
        or (len(rest.split()) < 2 and len(rest.strip()) < 4)
        or _BLANK.search(rest)
    ):
        return None  # (a question answered in bold, a term alone, or a blank still to fill: a word in bold is emphasis)
    out, at = [], 0
    for number, m in enumerate(found, 1):
        out.append(text[at : m.start()] + f"{{{{c{number}::{_fill(m)}}}}}")
        at = m.end()
    return "".join(out) + text[at:]


def _blanked(text: str) -> str:
    """``text`` with each marked part a blank and the parts after it in brackets (``… is the ____. (mitochondria)``)."""
    found = _marks(text)
    out, at = [], 0
    for m in found:
        out.append(text[at : m.start()] + "____")
        at = m.end()
    fills = "; ".join(str(_fill(m)) for m in found)
    wide = any(m.group("f") is not None for m in found)
    return "".join(out) + text[at:] + (f"（{fills}）" if wide else f" ({fills})")


def filled_blanks(lines: list[str]) -> list[str]:
    """``lines`` with the marked fills of each list under a fill-in title as cloze deletions, line for line; the same
    list when there is none."""
    if not any(_TITLE_WORDS.search(line) for line in lines):
        return lines
    fenced = list(in_fence(lines))
    out = list(lines)
    runs: list[tuple[int, list[int], list[int]]] = []  # (the title's line, the list's entries, those marked)
    k = 0
    while k < len(lines):
        if fenced[k] or not _is_title(lines[k]):
            k += 1
            continue
        title = k
        # the list: its entries from the first one under the title (an instruction line between them may stay)
        start = next(
            (j for j in range(k + 1, min(len(lines), k + 6)) if _ITEM.match(lines[j]) and not fenced[j]), None
        )
        if start is None or any(_HEADING.match(x) or _ITEM.match(x) for x in lines[k + 1 : start]):
            k += 1
            continue
        items, j = [], start
        while j < len(lines) and not fenced[j] and (_ITEM.match(lines[j]) or not lines[j].strip()):
            if lines[j].strip():
                items.append(j)
            j += 1
        clozes = {i: _clozed(_ITEM.match(lines[i]).group("text")) for i in items}  # type: ignore[union-attr]
        asks = any(
            "?" in lines[i] or "？" in lines[i] for i in items if clozes[i] is None and _marks(lines[i])
        )
        done = [i for i in items if clozes[i] is not None]
        if len(done) >= 2 and 2 * len(done) >= len(items) and not asks:
            runs.append((title, items, done))
        k = max(j, k + 1)
    listed = {i for _, items, _ in runs for i in items}
    # (numbered items outside the fill-in lists, a true/false part above: the page is read by its numbered items, which
    # read a blank with its answer in brackets after it, '4. 中国的首都是____。（北京）', never a cloze: T26-18)
    mixed = any(not fenced[i] and _NUMBERED.match(x) and i not in listed for i, x in enumerate(lines))
    for title, _items, done in runs:
        for i in done:
            m = _ITEM.match(lines[i])
            assert m is not None
            out[i] = m.group("lead") + (_blanked(m.group("text")) if mixed else str(_clozed(m.group("text"))))
        if not _HEADING.match(lines[title]) and not mixed:
            out[title] = ""  # (the exercise's name alone: no card text; among other parts, the part's title)
    return out if runs else lines
