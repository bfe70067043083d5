"""A right option marked by a sign or word after it (trial17 T17-23): ``b) Connection-oriented, reliable *`` (the
commonest hand mark of a typed quiz), ``c) 443 (Answer)``, ``… (ans)``, ``… <-- answer``, ``… 👈``. The readers know
``(correct)``, ``← correct`` and ``✔`` there; these were option text, every question "none marked correct" and the
build failed. This line-kept rewrite writes such a mark as ``(correct)``.

Only in a run of 2 to 8 lettered option lines (``a)``, ``B.``, ``(c)``, as list entries too) where some but not all
options carry one mark of the same kind; a ``*`` inside an option (``a * b``) is no mark.

A ``*`` before the label marks it the same way (trial17 T17-31): `` * b) TCP`` among ``   a) UDP`` lines, no bullet on
the others, as plain-text quizzes (and quizzes fenced whole in Markdown) type it; Markdown read that ``*`` as a bullet
and the key was lost. Not in a list whose options are all bulleted, nor on an option in italics (``*b) Tokyo*``).
An arrow or ``>`` before the label marks it so too (``> b. Rome`` among ``  a. Milan``), and where every option but one
carries a cross (``a) Milan ❌``) the one without is the right one (trial25 T25-27).
Lines in a code fence are left alone, except in a fence with no language (or ``text``, ``md``): a quiz fenced whole.
"""

from __future__ import annotations

import re

from compiler.sources.lines import FENCE

_OPTION = re.compile(
    r"^(?P<option>[ \t]{0,3}(?:[-*+][ \t]+)?\(?[A-Ha-h][.)][ \t]+\S.*?)[ \t]+"
    r"(?P<mark>\*|\((?i:answer|ans|right answer)\)|\[(?i:answer|ans)\]|\([ \t]*[✔✓✅√][\ufe0e\ufe0f]?[ \t]*\)"
    r"|(?:<-{1,2}|←|⬅️?|👈)(?:[ \t]*(?i:answer|ans|right))?|[-–—][ \t]*(?i:correct|right|richtig|correcta|correcte|corretta))[ \t]*$"
)  # ('b) Rome (✔)', 'b) Rome – correct': trial25 T25-27)
# a '*' right after the label ('b)* Rome', trial25 T25-27): the same mark as one after the text
_STAR_AFTER_LABEL = re.compile(r"^(?P<label>[ \t]{0,3}(?:[-+][ \t]+)?\(?[A-Ha-h][.)])\*[ \t]+(?P<text>\S.*?)[ \t]*$")
_LETTERED = re.compile(r"^[ \t]{0,3}(?:[-*+][ \t]+)?\(?[A-Ha-h][.)][ \t]+\S")
# a lettered option with a '*' before its label ('  * b) TCP', '*c) Network'), or an arrow or '>' pointing at it ('> b.
# Rome', '-> b) Rome', '→ b) Rome': trial25 T25-27), or none and no bullet ('    a) UDP')
_STARRED = re.compile(r"^(?P<indent>[ \t]*)(?P<star>(?:\*|>|-+>|=+>|[→⇒➔➜➡►▶👉])[\ufe0e\ufe0f]?[ \t]*)?(?P<option>\(?[A-Ha-h][.)][ \t]+\S.*?)[ \t]*$")
# a cross after an option: a wrong one (the readers drop it); on all options but one, that one is the right one
# ('a) Milan ❌' / 'b) Rome' / 'c) Naples ❌': a self-check sheet marks the wrong ones: trial25 T25-27)
_CROSSED = re.compile(r"\S[ \t]*[✗✘❌❎][\ufe0e\ufe0f]?[ \t]*$")
_TICKED = re.compile(r"[✓✔✅☑√]|\((?i:correct)\)")
_TEXT_FENCES = frozenset({"", "text", "txt", "plain", "plaintext", "md", "markdown"})  # a fence around prose, no code
MIN_OPTIONS, MAX_OPTIONS = 2, 8


def trailing_marks(lines: list[str]) -> list[str]:
    """``lines`` with each trailing right-option mark written ``(correct)`` (the list itself when there is none)."""
    fenced = _code_lines(lines)
    starred = [m for k, line in enumerate(lines) if not fenced[k] and (m := _STAR_AFTER_LABEL.match(line))]
    if starred:
        lines = [f"{m.group('label')} {m.group('text')} *" if not fenced[k] and (m := _STAR_AFTER_LABEL.match(line)) else line for k, line in enumerate(lines)]
    out = _leading_marks(lines, fenced)
    if out is not None:
        lines, out = out, None
    k = 0
    while k < len(lines):
        if fenced[k] or not _LETTERED.match(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and _LETTERED.match(lines[end]):
            end += 1
        marks = {n: m for n in range(k, end) if (m := _OPTION.match(lines[n]))}
        kinds = {_kind(m.group("mark")) for m in marks.values()}
        if MIN_OPTIONS <= end - k <= MAX_OPTIONS and 0 < len(marks) < end - k and len(kinds) == 1:
            out = out if out is not None else list(lines)
            for n, m in marks.items():
                out[n] = f"{m.group('option')} (correct)"
        elif MIN_OPTIONS <= end - k <= MAX_OPTIONS and not marks:
            crossed = [n for n in range(k, end) if _CROSSED.search(lines[n])]
            left = sorted(set(range(k, end)) - set(crossed))
            if len(left) == 1 and not _TICKED.search(lines[left[0]]):  # every option but one crossed out: that one is right
                out = out if out is not None else list(lines)
                out[left[0]] = f"{lines[left[0]].rstrip()} (correct)"
        k = end
    return lines if out is None else out


def _kind(mark: str) -> str:
    """The family of a mark: '*', a word in brackets, or an arrow."""
    return "*" if mark == "*" else "word" if mark[0] in "([" else "dash" if mark[0] in "-–—" else "arrow"


def _code_lines(lines: list[str]) -> list[bool]:
    """For each line, whether it is code: in a fence (its marker lines too) whose info string names a language."""
    code: list[bool] = []
    fence: str | None = None
    prose = False
    for line in lines:
        m = FENCE.match(line)
        if fence is not None:
            code.append(not prose)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip()[len(m.group(1)) :].strip():
                fence = None
        elif m:
            fence = m.group(1)
            prose = line.strip()[len(fence) :].strip().split(" ")[0].strip("{}.").lower() in _TEXT_FENCES
            code.append(not prose)
        else:
            code.append(False)
    return code


def _leading_marks(lines: list[str], code: list[bool]) -> list[str] | None:
    """``lines`` with a ``*`` before some (not all) options' labels written as ``(correct)`` after them; None if none."""
    out: list[str] | None = None
    k = 0
    while k < len(lines):
        if code[k] or not _STARRED.match(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and not code[end] and _STARRED.match(lines[end]):
            end += 1
        run = [_STARRED.match(lines[n]) for n in range(k, end)]
        starred = [m for m in run if m and m.group("star")]
        if (
            MIN_OPTIONS <= len(run) <= MAX_OPTIONS
            and 0 < len(starred) < len(run)
            and not any(m and m.group("option").endswith(("*", "_")) for m in starred)
            and all(m and (m.group("star") or _plain(m.group("option"))) for m in run)
        ):
            out = out if out is not None else list(lines)
            width = next(len(m.group("indent")) for m in run if m and not m.group("star"))  # (the unmarked options' indent)
            for n, m in zip(range(k, end), run, strict=True):
                if m and m.group("star"):
                    out[n] = f"{' ' * width}{m.group('option')} (correct)"
        k = max(end, k + 1)
    return out


def _plain(option: str) -> bool:
    """An unmarked option line (its label right at its start: no bullet of its own)."""
    return not option.startswith(("-", "+", "*"))
