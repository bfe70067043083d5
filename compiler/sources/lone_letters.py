"""Option letters on a line of their own (trial23 T23-51): a quiz copied from a learning platform's review page
(Moodle's "Scegli un'alternativa:" / "Select one:") draws each option's letter apart from its text::

    Domanda 1
    In JavaScript, qual è il valore iniziale di una variabile non inizializzata?
    Scegli un'alternativa:

    a.
    0

    b.
    undefined ✔

The letters label nothing and the texts are loose lines: the whole file was one 'note' card fronted by its name.
When the letters of a question stand alone this way, counting up from ``a`` (or ``A``) with the same mark, each
followed by a line of text (right under it, or after one blank line), this line-kept rewrite moves each letter onto
its text (``a. 0``), its own line left blank, so the options read as options everywhere else. A letter over a code
block, fenced or indented four columns past it, is left alone: that block is the option
(:func:`compiler.sources.choices.code_options`).
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# 'a.', 'B)', '(c)', 'd:' alone; any indentation (a copied page indents its options as deep as it likes)
_LONE = re.compile(r"^(?P<indent>[ \t]*)(?P<open>\(?)(?P<letter>[A-Ha-h])(?P<close>[.):])[ \t]*$")
# a line that is no option's text: a heading, a list item, a fence, a table row, another lone letter or number
_OPENS = re.compile(r"^[ \t]*(?:#|[-*+•][ \t]|\d{1,4}[.)](?:[ \t]|$)|```|~~~|\||\(?[A-Ha-h][.):][ \t]*$)")
_MIN_RUN = 2  # letters in a run: one lone 'a.' is a sentence's end as often as an option


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())].expandtabs(4)


def lone_letters(lines: list[str]) -> list[str]:
    """``lines`` with each run of option letters that stand alone joined to the text below them (the list itself
    when there is none)."""
    fenced = list(in_fence(lines))
    joins: list[tuple[int, int]] = []  # (the letter's line, its text's line), runs of _MIN_RUN or more only
    run: list[tuple[int, int]] = []
    shape: tuple[str, str] | None = None  # the run's marks: ('(', ')') for '(a)', ('', '.') for 'a.'
    for k, line in enumerate(lines):
        m = None if fenced[k] else _LONE.match(line)
        if m is None:
            continue
        j = k + 1
        if j < len(lines) and not lines[j].strip():
            j += 1  # (one blank line between the letter and its text, as a page's boxes copy)
        deeper = (
            len(_indent(lines[j])) >= len(_indent(line)) + 4 if j < len(lines) else False
        )  # (indented code: the option)
        text = (
            j < len(lines)
            and lines[j].strip()
            and not fenced[j]
            and not _OPENS.match(lines[j])
            and not deeper
        )
        letter = m.group("letter")
        follows = (
            run
            and shape == (m.group("open"), m.group("close"))
            and ord(letter) == ord(lines[run[-1][0]].strip().lstrip("(")[0]) + 1
        )
        if not follows:
            joins.extend(run if len(run) >= _MIN_RUN else [])
            run, shape = [], None
            if letter not in "Aa":
                continue
            shape = (m.group("open"), m.group("close"))
        if not text:
            joins.extend(run if len(run) >= _MIN_RUN else [])
            run, shape = [], None
            continue
        run.append((k, j))
    joins.extend(run if len(run) >= _MIN_RUN else [])
    if not joins:
        return lines
    out = list(lines)
    for k, j in joins:
        indent = _LONE.match(lines[k]).group("indent")  # type: ignore[union-attr]
        out[j] = f"{indent if len(indent.expandtabs(4)) < 4 else ''}{lines[k].strip()} {lines[j].strip()}"
        out[k] = ""
    return out
