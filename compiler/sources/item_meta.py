"""What a quiz template writes under each question about it, not in it (trial33 T33-14): its kind and its points
(``**Type:** single``, ``**Loại:** multiple-choice`` / ``**Điểm:** 1``, ``Punkte: 2``), and the answers of its fill-in
and ordering items as a list of labelled values with their positions (``- **Fill:** Fansipan (position: 1)``,
``- **Order:** Huế (position: 2)``), as LMS import templates publish them. Read as Markdown, the kind and points were
printed on every front ("Sông nào dài nhất …? / Type: single") and the lists were backs of raw markup ("Type: fill /
Fill: Fansipan (position: 1) / …").

This line-kept rewrite of a Markdown page makes each such metadata line right under a heading an HTML comment (no part
of any card; the comment keeps the page's shape for the layout detection), and each positioned list one line of its
values in their positions' order: ``Fansipan; 3.143``, an ordering's ``Hà Nội → Huế → Đà Nẵng``. Only on a page where
two headings at least carry metadata lines (a template, not one note's ``Type: …`` remark); code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# the kind of question and the points it earns, as templates label them in the languages deckc reads
_KIND_WORDS = (
    r"type|question\s+type|kind|format|loại|loại\s+câu\s+hỏi|dạng|typ|fragetyp|aufgabentyp|tipo|tipo\s+de\s+pregunta|"
    r"tipo\s+de\s+questão|tipo\s+di\s+domanda|type\s+de\s+question|тип|тип\s+вопроса|题型|題型|类型|類型|種類|形式|유형|soru\s+tipi"
)
_POINT_WORDS = (
    r"points?|pts|marks?|score|weight|điểm|punkte?|puntos?|puntuación|pontos?|pontuação|punti|punteggio|баллы?|балл|"
    r"分值|分数|分數|配点|점수|배점|puan"
)
_META = re.compile(
    rf"^[ ]{{0,3}}(?:\*\*|__)?(?i:{_KIND_WORDS}|{_POINT_WORDS})[ \t]*+(?:\*\*|__)?[ \t]*+[:：][ \t]*+(?:\*\*|__)?[ \t]*+"
    r"(?P<value>[^\s*_][^\n]{0,60}?)[ \t]*+$"
)
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}[ \t]")
# '- **Fill:** Fansipan (position: 1)', '- Order: Huế (pos. 2)', '- **Điền:** … (vị trí: 1)'
_POSITIONED = re.compile(
    r"^[ ]{0,3}[-*+][ \t]++(?:\*\*|__)?(?P<label>[^\W\d_][^:*_\n]{0,24}?)[ \t]*+(?:\*\*|__)?[ \t]*+[:：][ \t]*+(?:\*\*|__)?[ \t]*+"
    r"(?P<value>\S[^\n]*?)\((?i:position|pos\.?|vị\s+trí|posición|posição|posizione|stelle|позиция|位置|순서)[ \t]*+[:：]?[ \t]*+"
    r"(?P<n>\d{1,3})\)[ \t]*+$"
)
# an ordering item's label: its values are a sequence, written with arrows
_ORDER_LABEL = re.compile(
    r"^(?i:order|sequence|sort|arrange|thứ\s+tự|sắp\s+xếp|reihenfolge|orden|ordenar|ordem|ordine|ordre|порядок|顺序|順序|排序|순서)$"
)
MIN_HEADINGS = 2  # headings carrying metadata lines that make the page a template


def item_meta(lines: list[str]) -> list[str]:
    """``lines`` with the metadata lines under headings made comments and positioned answer lists made one line of
    values; ``lines`` itself when the page is no such template."""
    fenced = list(in_fence(lines))
    meta: list[int] = []
    above = ""  # the last line with text: a heading, or a metadata line right under one
    for k, line in enumerate(lines):
        if fenced[k] or not line.strip():
            continue
        if _META.match(line) and (_HEADING.match(above) or (meta and meta[-1] == _last_text(lines, k))):
            meta.append(k)
        above = line
    headed = sum(1 for k in meta if _HEADING.match(lines[_last_text(lines, k)]))
    if headed < MIN_HEADINGS:
        return lines
    out = list(lines)
    for k in meta:
        out[k] = f"<!-- {lines[k].strip()} -->"
    return _positioned(out, fenced)


def _last_text(lines: list[str], k: int) -> int:
    """The line with text last above line ``k`` (``k`` itself when none)."""
    return next((j for j in range(k - 1, -1, -1) if lines[j].strip()), k)


def _positioned(lines: list[str], fenced: list[bool]) -> list[str]:
    """Each list of two or more entries labelled alike, each with its position, written as one line of its values."""
    out = list(lines)
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _POSITIONED.match(lines[k])
        if m is None:
            k += 1
            continue
        run = [(k, m)]
        j = k + 1
        while j < len(lines) and (n := _POSITIONED.match(lines[j])) and n.group("label").casefold() == m.group("label").casefold():
            run.append((j, n))
            j += 1
        if len(run) >= 2:
            values = [v.group("value").strip() for _, v in sorted(run, key=lambda r: int(r[1].group("n")))]
            joint = " → " if _ORDER_LABEL.match(m.group("label").strip()) else "; "
            out[k] = f"Answer: {joint.join(values)}"
            for at, _ in run[1:]:
                out[at] = ""
        k = j
    return out
