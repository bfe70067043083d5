"""Multiple-choice items in documents nobody coded for: options, the correct one, the rest.

An exam or quiz page writes a question, then its options one per line, and
marks the right one somewhere.  :func:`find_choices` looks at an item's answer
lines (as written, before they are sorted into blocks) and finds:

- the options: a run of at least two lines at the start of the answer,
  lettered in order (``a) 7``, ``(b) 11``, ``C. …``, ``- d) …``), or GitHub
  task boxes (``- [x] True`` / ``- [ ] False``), or a numbered list
  (``1. …`` … ``4. …``) of which exactly one option is marked;
- the correct one (exactly one; with several marked, "check all that apply",
  the marked list is the answer and no multiple-choice item is made): a
  checked box, an option that is bold as a whole
  (``**…**``) or ends with ✓ / ✔ / ✅ / ``(correct)``, or a line after the
  options such as ``Answer: b`` / ``Correct answer: (B)``;
- the explanation: every other line after the options.

Numbered lines are only options when one is marked: a numbered list is more
often the answer itself (three steps, four causes).  Lettered options with
no correct one marked are reported by the reader (and make no card: a card
whose back is the bare option list teaches nothing); an answer key elsewhere
in the document can still say which is right (see :mod:`compiler.sources.pattern`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_LETTER = re.compile(
    r"^\s*(?:[-*+•]\s+)?\(?(?P<label>[A-Ha-h])[.)]\s+(?P<text>\S.*)$"
    r"|^\s*[-*+•]\s+(?P<label2>[A-Ha-h])\s?[:–-]\s+(?P<text2>\S.*)$"  # '- A: `var`' (a bullet, then 'A:' or 'A -')
)
_BOX = re.compile(r"^\s*[-*+]\s+(?:\[(?P<box>[ xX])\]|(?P<sym>[☐☑]))\s+(?P<text>\S.*)$")
_NUMBER = re.compile(r"^\s*(?P<label>[1-9])[.)]\s+(?P<text>\S.*)$")
_MARKS = ("✓", "✔", "✅", "(correct)", "(Correct)", "← correct")
_ANSWER = re.compile(
    r"^\s*(?:>\s*)?(?:#{1,6}\s+)?(?:\*\*|__)?(?i:(?:the\s+)?(?:correct\s+)?(?:answer|ans|solution|correct|key))(?:\*\*|__)?\s*(?:is|[:.=-])?\s*(?:\*\*|__)?\s*"
    r"\(?(?P<label>[A-Ha-h1-9])\)?(?![\w'’])[.):]?(?:\*\*|__)?\s*(?P<rest>.*)$"
)
# The answer line in any language, by its shape: one to three words, a colon, one option letter and
# nothing else ('#### 答案：D', '**Ответ:** B', 'Respuesta: c'); both may sit in a block quote ('> Answer: B').
ANSWER_LINE_ANY = re.compile(
    r"^\s*(?:>\s*)?(?:#{1,6}\s+)?(?:\*\*|__)?[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}\s*[:：](?:\*\*|__)?\s*"
    r"(?:\*\*|__)?\(?(?P<label>[A-Ha-h])\)?[.)]?(?:\*\*|__)?\s*$(?P<rest>)"
)
_BOLD_WHOLE = re.compile(r"^(?:\*\*|__)(?P<text>.+?)(?:\*\*|__)\s*$")
LETTERS = "ABCDEFGH"


@dataclass
class Choices:
    """What a multiple-choice answer holds; ``correct`` is a label of ``options`` or None."""

    options: list[tuple[str, str]]  # (label A, B, …, text as written)
    correct: str | None
    explanation: list[str] = field(default_factory=list)  # the other answer lines, in order
    first_line: int = 0  # index of the first option line in the answer's lines
    source_labels: dict[str, str] = field(default_factory=dict)  # label as the document wrote it ('b', '2') -> A, B …

    def label_for(self, written: str) -> str | None:
        """The option a key or an answer line names: by the document's own label, or by letter."""
        return self.source_labels.get(written.lower()) or (written.upper() if written.upper() in dict(self.options) else None)


def _marked(text: str) -> tuple[str, bool]:
    """An option's text without its correct-mark, and whether it had one."""
    m = _BOLD_WHOLE.match(text.strip())
    if m and "**" not in m.group("text") and "__" not in m.group("text"):
        return m.group("text").strip(), True
    for mark in _MARKS:
        if text.rstrip().endswith(mark):
            return text.rstrip()[: -len(mark)].rstrip(), True
    return text.strip(), False


def find_choices(lines: list[str]) -> Choices | None:
    """The options at the start of an answer (its raw lines), or None if it does not start with options."""
    start = next((i for i, line in enumerate(lines) if line.strip()), None)
    if start is None:
        return None
    kind = "letter" if _letter(lines[start]) else "box" if _BOX.match(lines[start]) else "number" if _NUMBER.match(lines[start]) else None
    if kind is None:
        return None
    found: list[tuple[str, str, bool]] = []  # (written label, text, marked)
    end = start
    for i in range(start, len(lines)):
        line = lines[i]
        if not line.strip():
            if found and i + 1 < len(lines) and _continues(kind, lines[i + 1], len(found)):
                continue
            break
        if kind == "letter":
            lettered = _letter(line)
            if not lettered or lettered[0].lower() != "abcdefgh"[len(found)]:
                break
            text, marked = _marked(lettered[1])
            found.append((lettered[0].lower(), text, marked))
        elif kind == "box":
            m = _BOX.match(line)
            if not m:
                break
            checked = (m.group("box") or "").lower() == "x" or m.group("sym") == "☑"
            text, marked = _marked(m.group("text"))
            found.append((LETTERS[len(found)].lower(), text, checked or marked))
        else:
            m = _NUMBER.match(line)
            if not m or int(m.group("label")) != len(found) + 1:
                break
            text, marked = _marked(m.group("text"))
            found.append((m.group("label"), text, marked))
        end = i + 1
        if len(found) == len(LETTERS):
            break
    if len(found) < 2:
        return None
    labels = {written: LETTERS[n] for n, (written, _, _) in enumerate(found)}
    options = [(LETTERS[n], text) for n, (_, text, _) in enumerate(found)]
    marked = [LETTERS[n] for n, (_, _, is_marked) in enumerate(found) if is_marked]
    if kind in ("number", "box") and len(marked) != 1:
        return None  # a numbered list is an answer of its own unless one entry is marked right
    if len(marked) > 1:
        return None  # "check all that apply": the marked list itself is the answer
    correct = marked[0] if len(marked) == 1 else None
    explanation: list[str] = []
    for line in lines[end:]:
        a = (_ANSWER.match(line) or ANSWER_LINE_ANY.match(line)) if correct is None else None
        if a and (a.group("label").lower() in labels or a.group("label").upper() in LETTERS[: len(found)]):
            correct = labels.get(a.group("label").lower()) or a.group("label").upper()
            rest = a.group("rest").strip()
            said = dict(options)[correct]
            if rest and rest.rstrip(".") != said.rstrip("."):
                explanation.append(rest.removeprefix(said).lstrip(" .:-–—"))
            continue
        explanation.append(line)
    return Choices(options, correct, explanation, start, labels)


def is_answer_line(line: str) -> bool:
    """A line that names the correct option (``Answer: b``, ``**Ответ:** B``)."""
    return bool(_ANSWER.match(line) or ANSWER_LINE_ANY.match(line))


def option_line(line: str) -> bool:
    """A line shaped like a first option: ``a) …``, ``(A) …``, ``- A: …``, a task box."""
    lettered = _letter(line)
    return bool(lettered and lettered[0] in "aA") or bool(_BOX.match(line))


def _letter(line: str) -> tuple[str, str] | None:
    """(label, text) of a lettered option line."""
    m = _LETTER.match(line)
    if m is None:
        return None
    return (m.group("label") or m.group("label2")), (m.group("text") or m.group("text2"))


def find_choices_after(lines: list[str]) -> tuple[int, Choices] | None:
    """Options that follow what the question is about (a code block, a passage): ``(index of the first
    option line, choices)`` when a later run of options has its correct one marked, else None.

    Only the first run of lettered or task-box lines outside a code fence is tried (a numbered list
    after some text is far more often part of the answer).
    """
    fence = ""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fence = "" if fence and stripped.startswith(fence) else (fence or stripped[:3])
            continue
        if fence or i == 0 or not (_letter(line) or _BOX.match(line)):
            continue
        found = find_choices(lines[i:])
        if found is None or found.correct is None:
            return None
        return i, found
    return None


def _continues(kind: str, line: str, count: int) -> bool:
    """After a blank line, the next option (options may be spaced out)."""
    if kind == "letter":
        lettered = _letter(line)
        return bool(lettered) and lettered[0].lower() == "abcdefgh"[count]
    if kind == "box":
        return bool(_BOX.match(line))
    m = _NUMBER.match(line)
    return bool(m) and int(m.group("label")) == count + 1
