"""exam-zh papers (the Chinese exam class on CTAN: ``\\documentclass{exam-zh}``), rewritten line for line into the exam
class's own commands, which :mod:`compiler.sources.tex` reads (trial19 T19-29).

exam-zh writes a question as an environment and its key inside it::

    \\begin{question}[points=5]
      已知集合 $A=\\{1,2,3\\}$，…，则 $A\\cap B=$ \\paren[B]
      \\begin{choices}
        \\item $\\{1\\}$
        \\item $\\{2,3\\}$
        …
      \\end{choices}
    \\end{question}

and a fill-in's answer as ``\\fillin[$3$]``. Read as they were, the key stood raw on the front and every option on the
back, and a fill-in question was text outside any question. Each ``question`` environment becomes an exam-class
``\\question`` whose text is its stem (the ``\\paren`` box left out), its ``\\item`` options ``\\choice`` lines, the one
``\\paren[X]`` names (by its letter, A the first) ``\\CorrectChoice``; ``\\fillin[answer]`` is the exam class's already.
A ``\\paren`` with no letter keys nothing (the options are then said to have no right one). Lines keep their places.
"""

from __future__ import annotations

import re

_BEGIN = re.compile(r"^\s*\\begin\{question\}(?:\[[^\]]*\])?\s*(?P<rest>.*)$")
_END = re.compile(r"^\s*\\end\{question\}\s*$")
_PAREN = re.compile(r"\\paren\s*(?:\[(?P<key>[^\]]*)\])?")
_ITEM = re.compile(r"\\item\b\s*")
_OPTIONS_BEGIN = re.compile(r"^\s*\\begin\{choices\}")
_STEM_STOP = re.compile(r"^\s*\\(?:begin\{(?:choices|solution)\}|end\{question\})")
LETTERS = "ABCDEFGH"


def looks_like_exam_zh(lines: list[str]) -> bool:
    return any("exam-zh" in line for line in lines[:50]) or (
        any(_BEGIN.match(line) for line in lines) and any("\\paren" in line for line in lines)
    )


def exam_zh(lines: list[str]) -> list[str]:
    """The lines with each exam-zh ``question`` environment as exam-class commands (see the module); as many lines."""
    out = list(lines)
    k = 0
    while k < len(out):
        begin = _BEGIN.match(out[k])
        if begin is None:
            k += 1
            continue
        end = next((j for j in range(k + 1, len(out)) if _END.match(out[j])), None)
        if end is None:
            break
        block = out[k : end + 1]
        keys = [m.group("key") for line in block for m in _PAREN.finditer(line)]
        key = next((c.strip().upper() for c in keys if c and c.strip().upper() in LETTERS), None)
        stem_end = next((j for j in range(k + 1, end + 1) if _STEM_STOP.match(out[j])), end)
        stem = " ".join(s for s in (begin.group("rest"), *(out[j].strip() for j in range(k + 1, stem_end))) if s.strip())
        out[k] = "\\question " + _PAREN.sub("", stem).strip()
        for j in range(k + 1, stem_end):
            out[j] = ""
        right = LETTERS.index(key) if key is not None else -1
        count = 0
        inside = False
        for j in range(stem_end, end):
            if _OPTIONS_BEGIN.match(out[j]):
                inside = True
            if inside and _ITEM.search(out[j]):
                pieces = _ITEM.split(out[j])
                made = pieces[0]
                for piece in pieces[1:]:
                    made += ("\\CorrectChoice " if count == right else "\\choice ") + piece
                    count += 1
                out[j] = made
            if re.match(r"^\s*\\end\{choices\}", out[j]):
                inside = False
        out[end] = ""
        k = end + 1
    return out
