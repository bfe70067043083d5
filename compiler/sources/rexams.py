"""An R/exams exercise (the R package ``exams``: ``.Rmd`` / ``.md`` files universities write Moodle, Canvas and PDF
exams from) as Markdown, each line remembering its line in the file (trial13 T13-9).

The format is sections under setext (or ``#``) headings::

    Question            the question's text
    ========
    Answerlist          its options, one '* option' each
    ----------
    Solution            the explanation
    ========
    Answerlist          what the solution says of each option ('* True. …', '* False. …')
    ----------
    Meta-information    'extype: schoice | mchoice | num | string', 'exsolution: 00100' (a digit per option,
    ================    1 = right; the number or text itself for num / string)

Read as one question per file: a multiple-choice question (the options ``exsolution`` marks ticked) or a question
and its answer; the solution's text and each option's comment (a bare True / False is none) on the back. R code
chunks (the exercise's data generation) are left out. An ``exsolution`` that does not fit the options is a warning
(no option marked).
"""

from __future__ import annotations

import re

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT, Converted

Row = tuple[str, int]

_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
_ATX = re.compile(r"^#{1,3}\s+(?P<name>.+?)\s*#*\s*$")
_META = re.compile(r"^\s*(?P<key>ex[a-z]+)\s*:\s*(?P<value>.*?)\s*$")
_ITEM = re.compile(r"^\s*[*-]\s+(?P<text>.*)$")
_CHUNK = re.compile(r"^\s*```+\s*\{")
_VERDICT = re.compile(r"(?i)^\s*(?:true|false|richtig|falsch|vrai|faux|verdadero|falso)\s*[.:]?\s*")
SECTIONS = ("question", "solution", "answerlist", "meta-information", "metainformation")  # (both spellings: R/exams reads either)
# R code inside the text, `r fmt(res)` (R Markdown) or \Sexpr{res} (Sweave): a value only R computes
_INLINE_R = re.compile(r"`r[ \t][^`]*`|\\Sexpr\{[^}]*\}")


def _sections(lines: list[str]) -> list[tuple[str, int, list[Row]]]:
    """``(name, line, its rows)`` for each setext or ATX section of the file, R chunks left out."""
    out: list[tuple[str, int, list[Row]]] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if _CHUNK.match(line):  # (the exercise's R code: data generation, never on a card)
            end = next((j for j in range(k + 1, len(lines)) if lines[j].strip().startswith("```")), len(lines) - 1)
            k = end + 1
            continue
        under = lines[k + 1] if k + 1 < len(lines) else ""
        atx = _ATX.match(line)
        name = line.strip().lower() if line.strip() and _UNDERLINE.match(under) else atx.group("name").strip().lower() if atx else ""
        if name in SECTIONS:
            out.append((name.replace("metainformation", "meta-information"), k + 1, []))
            k += 2 if not atx else 1
            continue
        if out:
            out[-1][2].append((line, k + 1))
        k += 1
    return out


_RNW_META = re.compile(r"^\s*(?:%+\s*)?\\(?P<key>ex[a-z]+)\{(?P<value>.*)\}\s*$")
_RNW_ENV = re.compile(r"^\s*\\(?P<end>begin|end)\{(?P<env>question|solution|answerlist)\}\s*(?P<rest>.*)$")
_RNW_ITEM = re.compile(r"^\s*\\item\b\s*(?P<text>.*)$")
_NOWEB = re.compile(r"^\s*<<.*>>=\s*$")


def looks_like_rexams_latex(lines: list[str]) -> bool:
    """Whether a Sweave file (``.Rnw``) is an R/exams exercise: a ``question`` environment and an ``\\exsolution``
    or ``\\extype`` line (commented out with ``%%`` in newer exercises: R/exams reads them so)."""
    return any(_RNW_ENV.match(line) and "question" in line for line in lines) and any(
        (m := _RNW_META.match(line)) and m.group("key") in ("exsolution", "extype") for line in lines
    )


def _latex_sections(lines: list[str]) -> list[tuple[str, int, list[Row]]]:
    """The sections of an R/exams ``.Rnw`` exercise as :func:`_sections` gives those of an ``.Rmd`` one: the
    ``question`` / ``solution`` environments, each ``answerlist`` in them ('* option' rows), the ``\\ex…{}``
    lines as 'key: value' rows of the meta-information; R chunks (``<<>>=`` … ``@``) left out."""
    from compiler.sources.tex import _inline

    out: list[tuple[str, int, list[Row]]] = []
    meta: list[Row] = []
    stack: list[str] = []
    k = 0
    while k < len(lines):
        line, n = lines[k], k + 1
        k += 1
        if _NOWEB.match(line):
            k = next((j + 1 for j in range(k, len(lines)) if lines[j].strip() == "@"), len(lines))
            continue
        m = _RNW_META.match(line)
        if m is not None:
            meta.append((f"{m.group('key')}: {m.group('value').strip()}", n))
            continue
        env = _RNW_ENV.match(line)
        if env is not None:
            if env.group("end") == "begin":
                stack.append(env.group("env"))
                out.append((env.group("env"), n, []))
            elif stack:
                stack.pop()
                if stack:  # (text after an answer list goes on with the section that holds it)
                    out.append((stack[-1], n, []))
            continue
        if not stack or not out:
            continue
        text = re.sub(r"(?<!\\)%.*$", "", line).rstrip().replace("~", " ")
        item = _RNW_ITEM.match(text) if stack[-1] == "answerlist" else None
        if item is not None:
            text = "* " + _inline(item.group("text"))
        elif text.strip():
            text = (" " if out[-1][0] == "answerlist" else "") + _inline(text.strip())
        out[-1][2].append((text, n))
    return [*out, ("meta-information", meta[0][1] if meta else 1, meta)]


def looks_like_rexams(lines: list[str]) -> bool:
    """Whether a file is an R/exams exercise: its Question and Meta-information sections, and an ``exsolution:``."""
    names = {name for name, _, _ in _sections(lines)} if any(_META.match(line) and line.strip().startswith("exsolution") for line in lines) else set()
    return {"question", "meta-information"} <= names


def _items(rows: list[Row]) -> list[Row]:
    """An answer list's entries, each with its following indented lines."""
    out: list[Row] = []
    for text, n in rows:
        m = _ITEM.match(text)
        if m is not None:
            out.append((m.group("text").strip(), n))
        elif out and text.strip() and text[:1] in " \t":
            out[-1] = (f"{out[-1][0]} {text.strip()}", out[-1][1])
    return out


def _trimmed(rows: list[Row]) -> list[Row]:
    while rows and not rows[0][0].strip():
        rows = rows[1:]
    while rows and not rows[-1][0].strip():
        rows = rows[:-1]
    return rows


def _computed(sections: list[tuple[str, int, list[Row]]], rel: str) -> None:
    """Stop at an exercise whose question, options or key R computes (most R/exams exercises are such templates:
    'x^{`r a`}', '`r answerlist(...)`', 'exsolution: `r mchoice2string(sol)`'): deckc runs no R, so their cards
    would print R code as the question and answer (formats2 F2-10)."""
    for _, _, rows in sections:
        hit = next(((n, m.group()) for text, n in rows if (m := _INLINE_R.search(text))), None)
        if hit is not None:
            raise ContentError([Diagnostic(rel, hit[0], f"an R/exams exercise that R computes ({hit[1]}): deckc runs no R, so its question and answers are not known",
                                           "render it with the R package exams first: exams2moodle() writes a Moodle XML quiz deckc reads", group=NOT_A_DOCUMENT)])  # fmt: skip


def convert_rexams(lines: list[str], rel: str = "") -> Converted | None:
    """The exercise as Markdown (see the module docstring), or None when it is not one deckc can read."""
    parts: dict[str, list[tuple[int, list[Row]]]] = {}
    current = ""
    sections = _latex_sections(lines) if looks_like_rexams_latex(lines) else _sections(lines)
    _computed(sections, rel)
    for name, n, rows in sections:
        if name == "answerlist":  # (an answer list belongs to the section above it)
            parts.setdefault(f"{current} answers", []).append((n, rows))
            continue
        current = name
        parts.setdefault(name, []).append((n, rows))
    if "question" not in parts or "meta-information" not in parts:
        return None
    meta = {m.group("key"): m.group("value") for _, rows in parts["meta-information"] for text, _ in rows if (m := _META.match(text))}
    kind = meta.get("extype", "").strip().lower()
    solution = meta.get("exsolution", "").strip()
    qline, question = parts["question"][0][0], _trimmed(parts["question"][0][1])
    options = _items(parts.get("question answers", [(0, [])])[0][1])
    said = _items(parts.get("solution answers", [(0, [])])[0][1])
    explain = _trimmed(parts["solution"][0][1]) if "solution" in parts else []
    if not question:
        return None
    first = [text for text, _ in question]
    paragraph = next((k for k, t in enumerate(first) if not t.strip() or t.strip().startswith("$$")), len(first))
    asking = [k for k, t in enumerate(first) if k >= paragraph and t.rstrip().endswith("?")]
    if asking:  # (the question asked after a formula: the heading, the text and formula above it under it)
        head, body = " ".join(first[asking[-1]].split()), [row for k, row in enumerate(question) if k != asking[-1]]
    else:
        head = " ".join(" ".join(t.split()) for t in first[: max(paragraph, 1)])
        body = question[max(paragraph, 1) :]
    # (a question that ends in ':' asks all the same, 'the errors need to be:' over six options: a question to the
    # Markdown reading, so two ticked options are a choose-two question, never a checklist; formats2 F2-11)
    asked = head.rstrip(" *_").endswith(("?", "？"))
    out: list[Row] = [(f"## {head}" if asked else f"## Q: {head}", qline), ("", qline), *body, ("", qline)]
    warnings: list[Diagnostic] = []
    if kind in ("schoice", "mchoice"):
        bits = solution.replace(" ", "")
        if not options or len(bits) != len(options) or set(bits) - {"0", "1"}:
            warnings.append(Diagnostic(rel, qline, f"R/exams exercise: its exsolution {solution!r} does not fit its {len(options)} options, so no option is marked right",
                                       "write one digit per option in 'exsolution:' (1 = right)", severity="warning"))  # fmt: skip
            bits = "0" * len(options)
        out += [(f"- [{'x' if bit == '1' else ' '}] {text}", n) for (text, n), bit in zip(options, bits, strict=True)]
        out.append(("", qline))
    else:  # num / string / cloze: the solution's value is the answer
        answer = solution.replace("|", ", ")
        tolerance = meta.get("extol", "").strip()
        out += [("### Answer", qline), ("", qline), (answer + (f" (± {tolerance})" if tolerance.strip("0.") and kind == "num" else ""), qline), ("", qline)]
    out += [*explain, ("", qline)] if explain else []
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    notes = [(f"*{letters[k]})* {text}", n) for k, (text, n) in enumerate(said[: len(letters)]) if _VERDICT.sub("", text).strip()]
    for note in notes:
        out += [note, ("", note[1])]
    while out and not out[-1][0].strip():
        out.pop()
    return Converted(text="\n".join(t for t, _ in out) + "\n", origin=tuple(n for _, n in out), warnings=tuple(warnings))
