"""Put squeezed code back on separate lines.

Some web pages lose the line breaks of their code when copied, leaving one
long line such as ``# Loss with L2 regularization loss = … # Gradient update
∂loss/∂w = …``.  :func:`unsqueeze` splits such a line into statements with a
few small rules:

- a comment runs from `` # `` to the first assignment or statement keyword
  outside brackets (``# 50% chance of keeping`` directly after code stays a
  trailing comment of that line);
- a new statement starts, outside brackets, after an expression end (a name,
  number, string, ``)`` or ``]``) at an assignment ``name =`` / ``name +=``,
  a statement keyword (``for``, ``if``, ``else:``, ``break`` …) or a bare
  call ``name()``, and after the ``:`` of a compound header;
- indentation is rebuilt: a header's body is indented, ``else:`` / ``elif``
  line up with their ``if``, ``break`` / ``continue`` / ``return`` end a
  block, and a new compound statement after an ``else:`` body is its sibling.

The rules are heuristics for display only; the text itself is unchanged
apart from whitespace.
"""

from __future__ import annotations

import itertools
import re

INDENT = "    "
_KEYWORDS = ("for", "if", "elif", "else", "while", "with", "return", "break", "continue", "def", "class", "print")
_COMPOUND = ("for", "if", "elif", "else", "while", "with", "def", "class")
_ENDERS = ("break", "continue", "return")
_STATEMENT = re.compile(
    r"(?:[A-Za-z_∂][\w∂/.\[\]]*\s*(?:=|\+=|-=|\*=|/=)(?!=)\s"  # assignment
    rf"|(?:{'|'.join(_KEYWORDS)})\b"  # statement keyword
    r"|[A-Za-z_]\w*\(\)(?=\s|$))"  # bare call: train()
)
_EXPR_END = re.compile(r"[\w)\]\"'²]$")


def _starts(code: str) -> list[int]:
    """Offsets in ``code`` where a new statement begins (outside brackets)."""
    cuts: list[int] = []
    depth = 0
    quote = ""
    for i, ch in enumerate(code):
        if quote:
            quote = "" if ch == quote else quote
            continue
        if ch in "\"'":
            quote = ch
        elif ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch == " " and depth == 0 and i + 1 < len(code) and code[i + 1] != " ":
            before = code[:i].rstrip()
            current = code[cuts[-1] if cuts else 0 : i].strip()
            after_header = before.endswith(":") and _is_header(current)
            if after_header or (_EXPR_END.search(before) and _STATEMENT.match(code, i + 1)):
                cuts.append(i + 1)
    return cuts


def _is_header(text: str) -> bool:
    """Does the last statement in ``text`` start a compound statement (``for …:``)?"""
    return bool(re.match(rf"(?:{'|'.join(_COMPOUND)})\b.*:$", text))


def _split_comment(segment: str) -> tuple[str, str]:
    """``# words code…`` -> (``# words``, ``code…``); the code may be empty."""
    depth = 0
    for i, ch in enumerate(segment):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
        elif ch == " " and depth == 0 and i > 1:
            rest = segment[i + 1 :]
            if re.match(r"[A-Za-z_∂][\w∂/.\[\]]*\s*(?:=|\+=|-=)(?!=)\s", rest) or re.match(
                r"(?:for|if|while|return|print)\b", rest
            ):
                return segment[:i].rstrip(), rest
    return segment.rstrip(), ""


def statements(line: str) -> list[str]:
    """The statements and comments of one squeezed line, in order, unindented."""
    out: list[str] = []
    for n, segment in enumerate(re.split(r"\s+(?=#\s)", line.strip())):
        code = segment
        if segment.startswith("#"):
            comment, code = _split_comment(segment)
            trailing = n > 0 and out and not out[-1].startswith("#") and (not code or not comment[2:3].isupper())
            if trailing:
                out[-1] = f"{out[-1]}  {comment}"
            else:
                out.append(comment)
        if code:
            cuts = [0, *_starts(code), len(code)]
            out.extend(code[a:b].strip() for a, b in itertools.pairwise(cuts) if code[a:b].strip())
    return out


def indent(lines: list[str]) -> list[str]:
    """Rebuild indentation from headers, ``else``/``elif`` and block enders."""
    out: list[str] = []
    level = 0
    ifs: list[int] = []  # levels of open if statements
    after_else: int | None = None  # level of the last else:, while its body is open
    for line in lines:
        word = re.match(r"[A-Za-z_]+", line)
        head = word.group(0) if word else ""
        if head in ("else", "elif") and ifs:
            level = ifs[-1]
            if head == "else":
                ifs.pop()
        elif after_else is not None and head in _COMPOUND and level > after_else:
            level = after_else
        out.append(INDENT * level + line)
        code = line.split("  #")[0].rstrip()
        if code.endswith(":") and head in _COMPOUND:
            if head == "if":
                ifs.append(level)
            after_else = level if head == "else" else None
            level += 1
        elif head in _ENDERS and level > 0:
            level -= 1
    return out


def unsqueeze(line: str) -> str:
    """One squeezed line of code as properly broken (and indented) code."""
    return "\n".join(indent(statements(line)))


def looks_squeezed(line: str) -> bool:
    """A single line holding several statements (``# comment`` or assignment first)."""
    s = line.strip()
    if not (s.startswith("# ") or re.match(r"[A-Za-z_]\w*\s*=\s", s)):
        return False
    return len([x for x in statements(s) if not x.startswith("#")]) >= 2
