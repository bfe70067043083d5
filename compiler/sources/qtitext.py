"""Question banks in qtiConverter's text format (a Canvas QTI converter teachers use), read as deckc's Markdown
(trial15 T15-79).

qtiConverter (backyardbiomech/qtiConverter; its README documents the format) keeps one question per block, blocks
apart by a blank line, each a two-letter kind line (none: ``MC``), an optional ``image: file.png`` line, the numbered
question, then its answers::

    MA
    1. Which are noble gases?
    *A. Neon                  <- '*' marks a right answer (MC, MA)
    B. Oxygen
    *C. Argon

    SA                        (A. … B. …: the accepted answers)
    MB                        ('[blank1]' in the question; 'blank1: a, b' its accepted answers)
    MD                        ('*drop1: right' / 'drop1: wrong': a dropdown's options, the right one starred)
    MT                        ('[right2]left1: …' a left item and its right one; 'right2: …' the right items)
    ES, TX                    (an essay, a text: nothing to learn)

Read as plain text, each block's kind line ended the card before it (the essay's back was 'MB') and the marks
were lost. :func:`convert_qtitext` writes each question as the Markdown deckc reads, every line naming its line in
the file: a heading (``&lt;br&gt;`` a line break) and its picture, then task boxes, or ``**Answer:**`` with the
accepted answer ("Also accepted" the others), the sentence with its blanks filled in, or the matching pairs. An
essay or text block is a warning at its line, no card.
"""

from __future__ import annotations

import re

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT, Converted

_KIND = re.compile(r"^\s*(?P<kind>MC|MA|MT|SA|MD|MB|ES|TX)\s*$")
_IMAGE = re.compile(r"^\s*image\s*:\s*(?P<file>\S.*?)\s*$", re.I)
_QUESTION = re.compile(r"^\s*\d{1,4}[.)]\s+(?P<text>\S.*?)\s*$")
_OPTION = re.compile(r"^\s*(?P<star>\*)?\s*(?P<letter>[A-Za-z])[.)]\s+(?P<text>\S.*?)\s*$")
_SLOT = re.compile(r"^\s*(?P<star>\*)?\s*(?:\[(?P<pair>[\w-]+)\])?(?P<name>[A-Za-z][\w-]*)\s*:\s*(?P<text>.*?)\s*$")
_BOX = re.compile(r"\[(?P<name>[A-Za-z][\w-]*)\]")
KINDS_MIN = 2  # blocks led by a kind line that make a text file a qtiConverter bank


def _blocks(lines: list[str]) -> list[list[tuple[str, int]]]:
    """The file's blocks: runs of non-blank lines, each line with its number."""
    found: list[list[tuple[str, int]]] = []
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            if found and found[-1]:
                found.append([])
            continue
        if not found:
            found.append([])
        found[-1].append((line, n))
    return [b for b in found if b]


def looks_like_qtitext(lines: list[str]) -> bool:
    """Whether a text file is a qtiConverter bank: two blocks led by a kind line ('MC', 'MA', 'SA' …) over a numbered
    question (the kind line may be absent from a multiple-choice block, but not from all)."""
    led = 0
    for block in _blocks(lines):
        rest = [t for t, _ in block[1:] if not _IMAGE.match(t)]
        led += bool(_KIND.match(block[0][0]) and rest and _QUESTION.match(rest[0]))
    return led >= KINDS_MIN


def _text(text: str) -> str:
    """The tool's text as Markdown's: its '&lt;br&gt;' line break a break."""
    return re.sub(r"&lt;br\s*/?&gt;|<br\s*/?>", "<br>", text).strip()


def _heading(text: str) -> str:
    asks = re.sub(r"(?:<br>|\s)+$", "", text).rstrip(" *_").endswith(("?", "？", ":"))
    return f"### {'' if asks else 'Q: '}{text}"


def _question(block: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], str | None]:
    """One block as Markdown lines, or ``([], why)`` when it makes no card."""
    kind = "MC"
    if _KIND.match(block[0][0]):
        kind = _KIND.match(block[0][0]).group("kind")  # type: ignore[union-attr]
        block = block[1:]
    picture = None
    if block and (m := _IMAGE.match(block[0][0])):
        picture, block = m.group("file"), block[1:]
    if not block or (asked := _QUESTION.match(block[0][0])) is None:
        return [], "no numbered question ('1. …') under its kind line"
    at = block[0][1]
    question = _text(asked.group("text"))
    rest = block[1:]
    if kind in ("ES", "TX"):
        return [], ("an essay question" if kind == "ES" else "a text block") + ": no answer to learn"
    shown = question
    if kind in ("MB", "MD"):
        slots = [(m, n) for t, n in rest if (m := _SLOT.match(t))]
        named: dict[str, list[tuple[str, bool]]] = {}
        for m, _ in slots:
            values = [v.strip() for v in m.group("text").split(",")] if kind == "MB" else [m.group("text").strip()]
            named.setdefault(m.group("name"), []).extend((v, kind == "MB" or bool(m.group("star"))) for v in values if v)
        used = [m.group("name") for m in _BOX.finditer(question) if m.group("name") in named]
        if not used or not all(any(right for _, right in named[name]) for name in used):
            return [], "a blank with no right answer (the question names its blanks [blank1]; 'blank1: answer' under it)"

        def filled(m: re.Match[str]) -> str:
            good = [v for v, right in named.get(m.group("name"), []) if right]
            return f"**{good[0]}**" + (f" (or {', '.join(good[1:])})" if good[1:] else "") if good else m.group()

        shown = _BOX.sub(lambda m: "_____" if m.group("name") in named else m.group(), question)
        out = [(_heading(shown), at), ("", at)]
        out += [(f"![]({picture})", at), ("", at)] if picture else []
        return [*out, (f"**Answer:** {_BOX.sub(filled, question)}", slots[0][1])], None
    out = [(_heading(shown), at), ("", at)]
    out += [(f"![]({picture})", at), ("", at)] if picture else []
    if kind == "MT":
        rights = {m.group("name"): m.group("text") for t, _ in rest if (m := _SLOT.match(t)) and not m.group("pair")}
        pairs = [(m.group("text"), rights.get(m.group("pair"), ""), n) for t, n in rest if (m := _SLOT.match(t)) and m.group("pair")]
        rows = [(f"- {left} → {right}", n) for left, right, n in pairs if right]
        if not rows:
            return [], "no pair ('[right1]left1: …' over 'right1: …')"
        matched = {m.group("pair") for t, _ in rest if (m := _SLOT.match(t)) and m.group("pair")}
        offered = [text for name, text in rights.items() if name not in matched]
        out += [("**Answer:**", rows[0][1]), ("", rows[0][1]), *rows]
        return out + ([("", rows[-1][1]), (f"Also offered: {', '.join(offered)}", rows[-1][1])] if offered else []), None
    options = [(m, n) for t, n in rest if (m := _OPTION.match(t))]
    if kind == "SA":  # its lettered answers are the accepted ones, none starred
        said = [_text(m.group("text")) for m, _ in options]
        if not said:
            return [], "no accepted answer ('A. …') under the question"
        out += [(f"**Answer:** {said[0]}", options[0][1])]
        return out + ([("", options[0][1]), (f"Also accepted: {', '.join(said[1:])}", options[0][1])] if said[1:] else []), None
    if len(options) < 2 or not any(m.group("star") for m, _ in options):  # (a choice between two)
        return [], "no right answer marked with '*' before its letter"
    tick = "*" if all(m.group("star") for m, _ in options) else "x"
    return out + [(f"- [{tick if m.group('star') else ' '}] {_text(m.group('text'))}", n) for m, n in options], None


def convert_qtitext(lines: list[str], rel: str = "") -> Converted:
    """The bank as Markdown with a line map (see the module docstring)."""
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    for block in _blocks(lines):
        made, why = _question(block)
        if why is not None:
            hint = ("nothing to fix: only a question with an answer makes a card" if "no answer to learn" in why
                    else "mark the right answers as qtiConverter's README shows ('*A.', 'blank1: …', '*drop1: …')")  # fmt: skip
            warnings.append(Diagnostic(rel, block[0][1], f"qtiConverter question not read: {why}; no card", hint, "warning"))
            continue
        out += [*made, ("", made[-1][1])]
    if not any(t.startswith("### ") for t, _ in out):
        raise ContentError([Diagnostic(rel, None, "a qtiConverter bank with no card in it: no question with an answer to learn",
                                       "mark the right answers ('*A. …')", group=NOT_A_DOCUMENT)])  # fmt: skip
    while out and not out[-1][0]:
        out.pop()
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n for _, n in out), warnings=tuple(warnings))
