"""D2L Brightspace question-import CSV (trial13 T13-11): the bank format instructors keep and share for
Brightspace, one row per field of a question:

    NewQuestion,MC
    Title,Villanova Motto Translation
    QuestionText,"Villanova's motto ""Veritas, Unitas, Caritas"" translates to:"
    Option,0,"Faith, Hope, Love"
    Option,100,"Truth, Unity, Love",,feedback for this option
    Feedback,the question's feedback

Read as a two-column word list, every field was a card of its own ("NewQuestion" → "MC"). Each
``NewQuestion`` block is one question instead, converted to the Markdown the other banks become
(a ``## Q:`` heading, lettered options, an ``**Answer:**`` line), each line knowing the CSV line it came
from:

- ``MC`` (one right option: weight 100, else the highest), ``MS`` (every option with a weight above 0),
  ``TF`` (the ``TRUE``/``FALSE`` rows' weights): multiple choice, each option's feedback on the back by its
  letter (so the options keep their order: compiler/passes/shuffle.py);
- ``SA`` (``Answer`` rows: the best weight the answer, the others "Also accepted"), ``WR`` (``AnswerKey``),
  ``M`` (``Choice``/``Match`` rows by number: a pair a line), ``O`` (``Item`` rows in order): a question and
  its answer; a question with no answer is listed as skipped, as any is;
- ``Feedback`` is the explanation, ``Hint`` a line of the back, ``Image`` a picture on the front (found
  beside the CSV, as any image is); ``//`` rows are comments.
"""

from __future__ import annotations

import csv
import re

from compiler.sources.converted import Converted, markdown_line

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_TYPES = {"MC", "MS", "TF", "SA", "WR", "M", "O", "MAT", "MQ", "LA", "FIB"}
_KNOWN = {
    "newquestion", "id", "title", "questiontext", "points", "difficulty", "image", "option", "true", "false", "answer",
    "answerkey", "hint", "feedback", "inputbox", "initialtext", "scoring", "choice", "match", "item", "blank", "text",
}  # fmt: skip


def _rows(lines: list[str]) -> list[tuple[int, list[str]]]:
    """``(line, cells)`` of each CSV row (a quoted cell may span lines: the row's first line), comments and empty
    rows left out."""
    reader = csv.reader(lines)
    out: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            cells = [c.strip() for c in cells]
            while cells and not cells[-1]:
                cells.pop()
            if cells and not cells[0].startswith("//"):
                out.append((line, cells))
    except csv.Error:
        return out
    return out


def looks_like_d2l(lines: list[str]) -> bool:
    """A CSV whose rows are Brightspace fields, the first of them (after comments) ``NewQuestion,<type>``."""
    if not any(line.lstrip('"').startswith("NewQuestion") for line in lines[:400]):
        return False
    rows = _rows(lines)
    starts = [cells for _, cells in rows if cells[0] == "NewQuestion"]
    if not rows or rows[0][1][0] != "NewQuestion" or not starts or not all(len(c) > 1 and c[1].upper() in _TYPES for c in starts):
        return False
    return sum(1 for _, cells in rows if cells[0].strip().lower() in _KNOWN) >= 0.8 * len(rows)


def _weight(cell: str) -> float:
    try:
        return float(cell)
    except ValueError:
        return 0.0


def convert_d2l(lines: list[str], rel: str = "") -> Converted:
    """The bank as Markdown with a line map (see the module docstring)."""
    rows = _rows(lines)
    blocks: list[list[tuple[int, list[str]]]] = []
    for line, cells in rows:
        if cells[0] == "NewQuestion":
            blocks.append([])
        if blocks:
            blocks[-1].append((line, cells))
    out: list[tuple[str, int]] = []
    for block in blocks:
        out.extend(_question(block))
    return Converted("\n".join(text for text, _ in out) + "\n", tuple(n for _, n in out))


def _question(block: list[tuple[int, list[str]]]) -> list[tuple[str, int]]:
    """One ``NewQuestion`` block as Markdown lines, each with its CSV line."""
    start = block[0][0]
    kind = block[0][1][1].upper() if len(block[0][1]) > 1 else ""
    fields: dict[str, tuple[int, list[str]]] = {}
    rows: list[tuple[int, str, list[str]]] = []
    for line, cells in block[1:]:
        key = cells[0].strip().lower()
        fields.setdefault(key, (line, cells))
        rows.append((line, key, cells))

    def value(key: str) -> tuple[str, int]:
        line, cells = fields.get(key, (start, []))
        return (cells[1] if len(cells) > 1 else ""), line

    text, at = value("questiontext")
    if not text:
        text, at = value("title")
    out: list[tuple[str, int]] = [(f"## Q: {' '.join(text.split()) or '(no question text)'}", at), ("", at)]
    image, image_at = value("image")
    if image:
        out += [(f"![]({image})", image_at), ("", image_at)]
    options: list[tuple[int, str, float, str]] = []  # (line, text, weight, feedback)
    if kind in ("MC", "MS"):
        options = [(n, c[2], _weight(c[1]), c[4] if len(c) > 4 else "") for n, key, c in rows if key == "option" and len(c) > 2 and c[2]]
    elif kind == "TF":
        options = [(n, c[0].title(), _weight(c[1]) if len(c) > 1 else 0.0, c[2] if len(c) > 2 else "") for n, key, c in rows if key in ("true", "false")]
    answer: list[tuple[str, int]] = []
    if options:
        best = max(w for _, _, w, _ in options)
        right = [k for k, (_, _, w, _) in enumerate(options) if w > 0 and (kind == "MS" or w == best)]
        out += [(f"- {LETTERS[k]}) {markdown_line(t)}", n) for k, (n, t, _, _) in enumerate(options)]
        out.append(("", start))
        if right:
            out += [("**Answer:** " + ", ".join(LETTERS[k] for k in right), options[right[0]][0]), ("", start)]
        out += [p for k, (n, _, _, said) in enumerate(options) if said for p in ((f"*Option {LETTERS[k]}:* {markdown_line(said)}", n), ("", n))]
    else:
        if kind == "SA":
            answers = sorted(((_weight(c[1]), n, c[2]) for n, key, c in rows if key == "answer" and len(c) > 2 and c[2]), key=lambda a: -a[0])
            if answers:
                answer.append((markdown_line(answers[0][2]), answers[0][1]))
                others = [a for a in answers[1:] if a[0] > 0]
                if others:
                    answer += [("", start), ("*Also accepted:* " + "; ".join(markdown_line(a[2]) for a in others), others[0][1])]
        elif kind == "WR":
            key_text, key_at = value("answerkey")
            if key_text:
                answer.append((markdown_line(key_text), key_at))
        elif kind in ("M", "MAT"):
            left = {c[1]: (n, c[2]) for n, key, c in rows if key == "choice" and len(c) > 2}
            right = {c[1]: c[2] for n, key, c in rows if key == "match" and len(c) > 2}
            answer += [(f"- {markdown_line(t)} → {markdown_line(right[k])}", n) for k, (n, t) in left.items() if k in right]
        elif kind == "O":
            items = [(n, c[1]) for n, key, c in rows if key == "item" and len(c) > 1]
            answer += [(f"{k}. {markdown_line(t)}", n) for k, (n, t) in enumerate(items, 1)]
        if answer:
            out += [("### Answer", answer[0][1]), ("", answer[0][1]), *answer, ("", start)]
    for key, label in (("hint", "Hint"), ("feedback", "Feedback")):
        said, said_at = value(key)
        if said and (options or answer):
            out += [(f"*{label}:* {markdown_line(said)}", said_at), ("", said_at)]
    return out


_CSV_SUFFIX = re.compile(r"\.csv$", re.I)


def is_d2l(lines: list[str], rel: str) -> bool:
    """A ``.csv`` file holding a Brightspace bank."""
    return bool(_CSV_SUFFIX.search(rel)) and looks_like_d2l(lines)
