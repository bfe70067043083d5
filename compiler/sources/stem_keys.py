"""The key written in the stem's brackets (trial18 T18-36): ``1. 以下选项中，不是 Python 语言保留字的是（ C ）`` over
``A、except`` … ``D、pass``; ``( A )``, ``（ABD）``, mid-sentence ``对d.items（ B ）的描述正确的是``.  This is how Chinese
exercise banks and the answer versions of exams (答案版) key their questions: no answer line, so the options were
"none marked correct" and the question no card, or the key stayed on a Basic card's front.

:func:`stem_keys` empties the brackets (``……的是（  ）``: the blank the learner fills) and writes the key on a line of its
own under the options (``   Answer: C``, at the stem's line for messages), the shape every layout reads.  Only when
lettered options follow the stem, their letters start at A and hold every letter of the brackets, and the question
has no answer line of its own; ASCII brackets only spaced (``( A )``: ``(A)`` is how prose names an option), and never
a label (``Assertion (A): …``).
"""

from __future__ import annotations

import re

from compiler.sources.choices import is_answer_line
from compiler.sources.lines import ANSWER_WORDS, has_answer_label, in_fence

_KEYS = r"[A-H](?:[ \t\u3000]*[,，、]?[ \t\u3000]*[A-H]){0,7}"
_SAID = rf"(?i:answer|ans|key|{ANSWER_WORDS})\.?"  # 'Ans', 'Answer', 'Respuesta' before the letter
_STEM_KEY = re.compile(
    rf"（[ \t\u3000]*(?P<wide>{_KEYS})[ \t\u3000]*）|\([ \t\u3000]+(?P<spaced>{_KEYS})[ \t\u3000]+\)|\((?P<run>[A-H]{{2,8}})\)"
    r"(?![ \t]*[:：])"
    # at the end of the question's line, as printed banks and teachers' copies key it (trial31 T31-62): '(Ans: B)',
    # '[Answer: B]', '— Answer: A', and a letter alone in square brackets after the question's mark, '… even? [C]'
    rf"|(?<![ \t])[ \t]*[(\[][ \t]*{_SAID}[ \t]*[:：]?[ \t]*(?P<said>{_KEYS})[ \t]*[)\]][ \t]*$"
    rf"|(?<![ \t])[ \t]+[-–—]+[ \t]*{_SAID}[ \t]*[:：][ \t]*(?P<dashed>{_KEYS})[ \t]*\.?[ \t]*$"
    r"|(?<=[?？.:：])[ \t]*\[(?P<bare>[A-H])\][ \t]*$"
)
_AT_END = ("said", "dashed", "bare")  # the keys after the question, taken off its line (no blank to fill is left)
# (lower-case letters with their stop or bracket: 'a) Núcleo' under '… (Respuesta: C)', T31-62)
_OPTION = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+][ \t]+)?[(（]?(?:(?P<l>[A-H])(?:[、．.)）:：]|[ \t](?=\S))|(?P<low>[a-h])[.)）])")
_ITEM = re.compile(r"^\s{0,3}(?:\*\*|__)?\(?\d{1,4}[.)．、]")
_BOX_TITLE = re.compile(r"^\s*(?::{3,}|!!!|\?{3})")  # a container's title ('::: info 2. …（BC）✅'): read as its box (T15-10)
LOOK_AHEAD = 12  # lines from the stem to its first option (code, a picture, the stem's next lines between)


def stem_keys(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with each bracketed key moved under its options, or None when the
    page has none."""
    fenced = list(in_fence(lines))
    out: list[str] = []
    origin: list[int] = []
    pending: dict[int, tuple[str, int]] = {}  # line after which a key goes -> (its line, the stem's line)
    changed = False
    for k, line in enumerate(lines):
        m = None if fenced[k] or _OPTION.match(line) or _BOX_TITLE.match(line) else _one_key(line)
        keyed = _keyed(lines, fenced, k, m) if m is not None else None
        if m is not None and keyed is not None:
            after, indent, letters = keyed
            blank = "" if m.lastgroup in _AT_END else "（  ）" if m.group(0).startswith("（") else "(  )"
            out.append(line[: m.start()] + blank + line[m.end() :])
            pending[after] = (f"{indent}Answer: {', '.join(letters)}", k + 1)
            changed = True
        else:
            out.append(line)
        origin.append(k + 1)
        if k in pending:
            text, at = pending.pop(k)
            out.append(text)
            origin.append(at)
    return (out, origin) if changed else None


def _one_key(line: str) -> re.Match[str] | None:
    found = list(_STEM_KEY.finditer(line))
    return found[0] if len(found) == 1 else None


def _letter(option: re.Match[str]) -> str:
    """An option line's letter, in capitals (the key names 'C' for 'c) Mitocondria')."""
    return (option.group("l") or option.group("low")).upper()


def _keyed(lines: list[str], fenced: list[bool], k: int, m: re.Match[str]) -> tuple[int, str, list[str]] | None:
    """``(the line the key goes under, its indent, the key's letters)`` when lettered options follow the stem at line
    ``k`` and hold the key's letters, and no answer line answers the question already; else None."""
    letters = re.findall(r"[A-H]", next(m.group(g) for g in ("wide", "spaced", "run", *_AT_END) if m.group(g)))
    if len(set(letters)) != len(letters):
        return None
    j, first = k + 1, None
    while j < len(lines) and j <= k + LOOK_AHEAD:
        if not fenced[j] and (o := _OPTION.match(lines[j])) is not None and _letter(o) == "A":
            first = j
            break
        if not fenced[j] and (_ITEM.match(lines[j]) or _one_key(lines[j]) or has_answer_label(lines[j].strip())):
            return None
        j += 1
    if first is None:
        return None
    seen, last, j = ["A"], first, first + 1
    while j < len(lines):
        raw = lines[j]
        o = None if fenced[j] else _OPTION.match(raw)
        if o is not None and _letter(o) == chr(ord(seen[-1]) + 1):
            seen.append(_letter(o))
            last = j
        elif not raw.strip() or (raw.startswith((" ", "\t")) and not _ITEM.match(raw) and o is None and not is_answer_line(raw.strip())):
            pass  # blank lines between the options, an option's wrapped line
        else:
            break
        j += 1
    if len(seen) < 2 or any(letter not in seen for letter in letters):
        return None
    end = j
    if any(is_answer_line(x.strip()) or has_answer_label(x.strip()) for x in lines[last + 1 : end]) or (
        end < len(lines) and (is_answer_line(lines[end].strip()) or has_answer_label(lines[end].strip()))
    ):
        return None  # ('答案：C' under the options: the question is keyed already)
    while last + 1 < end and lines[last + 1].strip():
        last += 1  # (the last option's wrapped lines)
    indent = _OPTION.match(lines[first]).group("indent")  # type: ignore[union-attr]
    return last, indent, letters
