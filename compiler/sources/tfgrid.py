"""True/false grids (trial14 T14-2): exams and their published solutions ask "mark each statement" in a
table whose last two columns are the two answers, one mark per row::

    | Statement                         | True | False |
    |-----------------------------------|:----:|:-----:|
    | TCP guarantees in-order delivery. |  X   |       |

(``Aussage | Wahr | Falsch`` with ``✅``, ``… | wahr | falsch`` with ``$\\bullet$`` / ``$\\bigcirc$``).  Read as
a table it was one card holding every statement next to its mark, or nothing.  This line-kept rewrite
turns such a table into the ``Question | Answer`` table deckc reads a card per row from: the front the
statement, asked with the table's own two words (``… (True / False?)``), the back the word of the marked
column.  A row marked in neither column (or in both) keeps an empty answer, so it is listed as a question
with no answer rather than guessed; a grid with no mark at all (the exam without its solution) is left as
it is.  Code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# the two columns' words, lower case, in the order (true, false); a table may write either first
_PAIRS = [
    ("true", "false"), ("t", "f"), ("wahr", "falsch"), ("richtig", "falsch"), ("stimmt", "stimmt nicht"),
    ("vrai", "faux"), ("verdadero", "falso"), ("verdadeiro", "falso"), ("vero", "falso"), ("v", "f"),
    ("waar", "onwaar"), ("juist", "onjuist"), ("prawda", "fałsz"), ("pravda", "nepravda"), ("sant", "falskt"),
    ("rigtigt", "forkert"), ("riktig", "feil"), ("doğru", "yanlış"), ("igaz", "hamis"), ("adevărat", "fals"),
    ("верно", "неверно"), ("правда", "ложь"), ("да", "нет"), ("так", "ні"), ("正确", "错误"), ("对", "错"),
    ("正確", "錯誤"), ("正", "誤"), ("○", "×"), ("참", "거짓"), ("correct", "incorrect"), ("yes", "no"),
]
_WORDS = {frozenset(pair): pair for pair in _PAIRS}
_MARK = re.compile(r"^(?:[xX✗✘✓✔✅☑☒●•■◉⬤*+]|\$\\(?:bullet|checkmark|times|blacksquare|CheckedBox|XBox)\$|\\(?:bullet|checkmark)|1)$")
_EMPTY = re.compile(r"^(?:|[-–—○◯☐□]|\$\\(?:bigcirc|circ|square|Box|text\{\s*\})\$|\\(?:bigcirc|circ)|0|&nbsp;)$")
_NUMBER_HEAD = re.compile(r"^(?:#|no\.?|nr\.?|n°|id|\d*)$", re.I)
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")
_ROW = re.compile(r"^\s*\|.*\|\s*$")


def _cells(line: str) -> list[str]:
    """A table row's cells, outer pipes dropped, '\\|' kept inside a cell."""
    inner = line.strip()[1:-1]
    return [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", inner)]


def _bare(cell: str) -> str:
    """A header or mark cell without emphasis, for comparing: '**Wahr**' is 'wahr'."""
    return re.sub(r"[*_`]", "", cell).strip()


def true_false_grids(lines: list[str]) -> list[str]:
    """The lines with every true/false grid rewritten as a Question | Answer table (module docstring); the
    same list when there is none."""
    out = list(lines)
    fenced = list(in_fence(lines))
    changed = False
    k = 0
    while k + 2 < len(lines):
        if fenced[k] or not _ROW.match(lines[k]) or not _RULE.match(lines[k + 1]):
            k += 1
            continue
        end = k + 2
        while end < len(lines) and not fenced[end] and _ROW.match(lines[end]):
            end += 1
        rewritten = _grid(lines[k], lines[k + 2 : end])
        if rewritten is not None:
            header, rows = rewritten
            out[k], out[k + 1], out[k + 2 : end] = header, "| --- | --- |", rows
            changed = True
        k = end
    return out if changed else lines


def _grid(header_line: str, rows: list[str]) -> tuple[str, list[str]] | None:
    """(the new header, the new rows) when this table is a true/false grid with at least one mark."""
    head = _cells(header_line)
    if len(head) < 3 or not rows:
        return None
    pair = _WORDS.get(frozenset((_bare(head[-2]).lower(), _bare(head[-1]).lower())))
    if pair is None or _bare(head[-2]).lower() == _bare(head[-1]).lower():
        return None
    text_columns = [i for i, name in enumerate(head[:-2]) if not _NUMBER_HEAD.match(_bare(name))]
    if len(text_columns) != 1:
        return None
    words = (_bare(head[-2]), _bare(head[-1]))
    first_is_true = _bare(head[-2]).lower() == pair[0]
    true_word, false_word = words if first_is_true else words[::-1]
    new_rows, marked = [], 0
    for row in rows:
        cells = _cells(row)
        if len(cells) != len(head):
            return None  # a row of another shape: not a grid deckc understands
        statement = cells[text_columns[0]]
        left, right = (bool(_MARK.match(_bare(c))) for c in cells[-2:])
        if not statement or any(not _MARK.match(_bare(c)) and not _EMPTY.match(_bare(c)) for c in cells[-2:]):
            return None  # a cell that is neither a mark nor empty: a table of facts, not marks
        answer = ""
        if left != right:
            answer = words[0] if left else words[1]
            marked += 1
        new_rows.append(f"| {statement} ({true_word} / {false_word}?) | {answer} |")
    if not marked:
        return None  # the exam without its solution: nothing to learn from the marks
    return "| Question | Answer |", new_rows
