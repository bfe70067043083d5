"""A Markdown table whose one cell lists a question's options, read as a table of one column an option (lead G18).

``| # | Question | Options | Answer |`` over ``| 1 | Which organelle makes ATP? | A) Nucleus<br>B) Mitochondrion<br>C)
Ribosome | B |`` (a quiz typed by hand or by a chat assistant keeps the options together) was a Basic card a row, its
back ``B`` then ``Options: A) Nucleus …``: not multiple choice, the right option unmarked.  The multiple-choice
table the Markdown reading knows has a column an option (``| Question | A | B | C | Answer |``: trial9 T24).  This
line-kept rewrite gives it that table: a column named as the options (:data:`compiler.sources.columns.OPTIONS_WORDS`,
in the languages people write) whose every filled cell splits into two options or more, on ``<br>`` or as a run
of labels ``A) … B) … C) …`` (the labels, when each part has one, in order from A), becomes columns ``A``, ``B`` …
when the table then has a question and a key column; the key in the answer column is read as any bank's key (a
letter, or the right option's text).  A table whose cells do not all split is left as written.
"""

from __future__ import annotations

import re

from compiler.sources.ankifields import bank_columns, cell_options
from compiler.sources.base import Document
from compiler.sources.columns import OPTIONS_WORDS
from compiler.sources.lines import in_fence

_ROW = re.compile(r"^\s{0,3}\|.*\|\s*$")
_RULE = re.compile(r"^\s{0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")


def _cells(line: str) -> list[str]:
    """A table row's cells (a ``\\|`` inside a cell is no border)."""
    inner = line.strip().removeprefix("|").removesuffix("|")
    return [c.strip() for c in re.split(r"(?<!\\)\|", inner)]


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _name(cell: str) -> str:
    return " ".join(cell.strip("*_` ").lower().replace("_", " ").split())


def _rewritten(rows: list[str]) -> list[str] | None:
    """A table's lines (header, rule, body) with its options column as a column an option, or None."""
    head = _cells(rows[0])
    at = [k for k, c in enumerate(head) if _name(c) in OPTIONS_WORDS]
    if len(at) != 1 or len(rows) < 3:
        return None
    col = at[0]
    body = [_cells(r) for r in rows[2:]]
    if any(len(cells) != len(head) for cells in body):
        return None
    split = [cell_options(cells[col]) if cells[col] else [] for cells in body]
    if any(s is None for s in split) or not any(split):
        return None
    width = max(len(s or []) for s in split)
    letters = [chr(ord("A") + k) for k in range(width)]
    header = [*head[:col], *letters, *head[col + 1 :]]
    if bank_columns(header) is None:
        return None
    out = [_row(header), _row(["---"] * len(header))]
    for cells, options in zip(body, split, strict=True):
        padded = [*(options or []), *[""] * (width - len(options or []))]
        out.append(_row([*cells[:col], *padded, *cells[col + 1 :]]))
    return out


def options_columns(doc: Document) -> Document:
    """``doc`` with each table's options column written as a column an option (the document itself when none is)."""
    if "|" not in doc.text:
        return doc
    lines = doc.lines
    fenced = list(in_fence(lines))
    out = list(lines)
    changed = False
    k = 0
    while k < len(lines):
        if fenced[k] or not _ROW.match(lines[k]) or k + 1 >= len(lines) or not _RULE.match(lines[k + 1]):
            k += 1
            continue
        end = k + 2
        while end < len(lines) and not fenced[end] and _ROW.match(lines[end]):
            end += 1
        made = _rewritten(lines[k:end])
        if made is not None:
            out[k:end] = made
            changed = True
        k = end
    return Document(rel=doc.rel, text="\n".join(out) + "\n", path=doc.path) if changed else doc
