"""MD2QTI quizzes (Markdown a teacher turns into a Canvas QTI quiz), read as deckc's Markdown (trial15 T15-75).

MD2QTI (SJSU-CS-systems-group/MD2QTI; its sample/README.md documents the format) keeps one question per block
between ``---`` rules, each a few ``@setting:`` lines, the question and its answers::

    @quiz title: Data structures
    ---
    @title: Multiple choice
    @points: 4
    @type: multiple choice
    @question: 1            <- text after '@question:' is a memo, never shown
    Which one is LIFO?
    @answer:
    * Queue
    * > Stack               <- '> ' marks a right answer
        * @feedback: …      <- an answer's feedback
    ---
    @type: numerical        (> 3.141, 0.001: the value and its margin)
    @type: blank            (* > fsh: accepted answers)
    @type: multiple blanks  (the question names its blanks [box1]; + box1 / * > hex under it)
    @type: multiple dropdown, matching (+ Sky / * > Blue; a key with no right answer offers its answers)
    @type: essay, file, text, formula  (nothing to learn, or an answer computed from random values)

Read as Markdown the file was one note of everything run together, the ``>`` marks gone. :func:`convert_md2qti`
writes each gradable question as the Markdown deckc reads, every line naming the line of the file it came from: a
heading (the question's first paragraph; ``[box1]`` a blank ``_____``) over the rest of the question, then task boxes
(``- [x]`` the right ones), or ``**Answer:**`` with the value, the accepted word or the sentence with its blanks
filled in, or the matching pairs; feedback on the back. An essay, file, text or formula question, and a block with
no question, is a warning at its line and no card. ``@quiz title`` is the section; the other settings are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT, Converted

_SETTING = re.compile(
    r"^@(?P<key>quiz title|quiz description|title|points per question|points|type|question|answer|feedback|group|pick)\s*:\s*(?P<value>.*?)\s*$",
    re.I,
)
_RULE = re.compile(r"^\s{0,3}(?:-\s*){3,}$|^\s{0,3}(?:\*\s*){3,}$|^\s{0,3}(?:_\s*){3,}$")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_CHOICE = re.compile(r"^(?P<indent>\s*)\*\s+(?P<right>>\s*)?(?P<text>.*?)\s*$")
_KEY = re.compile(r"^(?P<indent>\s*)\+\s+(?P<text>.*?)\s*$")
_QUOTE = re.compile(r"^\s*>\s*(?P<text>.*?)\s*$")
_BOX = re.compile(r"\[(?P<name>[A-Za-z_][\w-]*)\]")
# the question types MD2QTI knows (its Question.Qtype), by their words without a plural 's'
_GRADED = ("multiple choice", "multiple answer", "numerical", "blank", "multiple blank", "matching", "multiple dropdown")
_UNGRADED = {"essay": "an essay", "file": "a file upload", "text": "a text box (no question)"}
TYPES_MIN = 2  # '@type:' lines of MD2QTI's types that make a Markdown file an MD2QTI quiz


def _kind(value: str) -> str:
    """A question type as MD2QTI reads it, singular ('Multiple Answers' -> 'multiple answer')."""
    return re.sub(r"s$", "", " ".join(value.lower().split()))


def looks_like_md2qti(lines: list[str]) -> bool:
    """Whether a Markdown file is an MD2QTI quiz: two ``@type:`` lines naming its question types (one, when the
    file also has ``@question:`` and ``@answer:`` lines)."""
    kinds = [_kind(m.group("value")) for line in lines if (m := _SETTING.match(line)) and m.group("key").lower() == "type"]
    known = sum(1 for k in kinds if k in _GRADED or k in _UNGRADED or k == "formula")
    asked = any(line.lower().startswith("@question") for line in lines) and any(line.lower().startswith("@answer") for line in lines)
    return known >= TYPES_MIN or (known == 1 and asked)


@dataclass
class _Choice:
    text: str
    right: bool
    line: int
    feedback: list[str] = field(default_factory=list)


@dataclass
class _Question:
    start: int  # the block's first line (1-based)
    kind: str = ""
    kind_line: int = 0
    text: list[tuple[str, int]] = field(default_factory=list)  # the question's lines
    feedback: list[str] = field(default_factory=list)
    choices: list[_Choice] = field(default_factory=list)
    keys: list[tuple[str, list[_Choice]]] = field(default_factory=list)  # '+ key' and its answers
    quotes: list[tuple[str, int]] = field(default_factory=list)  # '> 3.141, 0.001'
    other: list[tuple[str, int]] = field(default_factory=list)  # answer lines of no shape read ('- x, 10, 15, 3')


def _blocks(lines: list[str]) -> tuple[list[_Question], str, list[tuple[int, str]]]:
    """The questions of the file, the quiz title, and ``(line, text)`` of text outside any question."""
    questions: list[_Question] = []
    title = ""
    stray: list[tuple[int, str]] = []
    current = _Question(1)
    state = ""  # '', 'question' or 'answer'
    fence = ""

    def close(at: int) -> None:
        nonlocal current, state
        if current.kind or current.text:
            questions.append(current)
        current, state = _Question(at), ""

    def code(line: str, n: int) -> None:
        """A line of a code fence: the question's when it stands in one, else text outside any question."""
        if state == "question":
            current.text.append((line, n))
        else:
            stray.append((n, line))

    for n, line in enumerate(lines, start=1):
        if fence:
            fence = "" if line.strip().startswith(fence) and not line.strip()[len(fence) :].strip() else fence
            code(line, n)
            continue
        if (m := _FENCE.match(line)) is not None:
            fence = m.group(1)
            code(line, n)
            continue
        if _RULE.match(line):
            close(n + 1)
            continue
        setting = _SETTING.match(line.strip()) if line.lstrip().startswith("@") else None
        if setting is not None:
            key, value = setting.group("key").lower(), setting.group("value")
            if key == "question":
                state = "question"  # (its value is a memo: 'Any text after @question: on the same line won't be parsed')
            elif key == "answer":
                state = "answer"
            elif key == "type":
                current.kind, current.kind_line = _kind(value), n
            elif key == "feedback":
                target = current.choices[-1].feedback if state == "answer" and line[:1].isspace() and current.choices else current.feedback
                target.append(value)
            elif key == "quiz title":
                title = title or value
            continue
        if state == "question":
            current.text.append((line, n))
        elif state == "answer":
            _answer_line(current, line, n)
        elif line.strip():
            stray.append((n, line))
    close(len(lines) + 1)
    return questions, title, stray


def _answer_line(q: _Question, line: str, n: int) -> None:
    """One line under ``@answer:`` added to the question: an answer, a key, a value, or a continuation."""
    if not line.strip():
        return
    if (m := _KEY.match(line)) is not None:
        q.keys.append((m.group("text"), []))
        return
    if (m := _CHOICE.match(line)) is not None:
        said = re.match(r"(?i)@feedback\s*:\s*", m.group("text"))
        owner = (q.keys[-1][1] if q.keys and q.keys[-1][1] else q.choices)[-1:]
        if said is not None and owner:  # ('    * @feedback: …' under an answer: that answer's feedback)
            owner[0].feedback.append(m.group("text")[said.end() :])
            return
        choice = _Choice(m.group("text"), m.group("right") is not None, n)
        (q.keys[-1][1] if q.keys and m.group("indent") else q.choices).append(choice)
        return
    if (m := _QUOTE.match(line)) is not None:
        q.quotes.append((m.group("text"), n))
        return
    last = (q.keys[-1][1] if q.keys and q.keys[-1][1] else q.choices)[-1:] if (q.keys or q.choices) and line[:1].isspace() else []
    if last:
        last[0].text += " " + line.strip()  # an answer's text wrapped onto the next line
    else:
        q.other.append((line.strip(), n))


def _distinct(words: list[str]) -> list[str]:
    """Accepted answers without those that differ only in case ('fsh', 'FSH', 'Fsh' are one answer)."""
    seen: dict[str, str] = {}
    for w in words:
        seen.setdefault(w.casefold(), w)
    return list(seen.values())


def _filled(choices: list[_Choice]) -> str:
    """What a blank takes: its right answer in bold, alternatives after it ('**hex** (or hexadecimal)')."""
    good = _distinct([c.text for c in choices if c.right])
    return f"**{good[0]}**" + (f" (or {', '.join(good[1:])})" if good[1:] else "") if good else "**?**"


def _paragraphs(text: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    """The question's first paragraph (its heading) and the lines after it (the rest of the question, as written)."""
    k = 0
    while k < len(text) and not text[k][0].strip():
        k += 1
    head: list[tuple[str, int]] = []
    while k < len(text) and text[k][0].strip() and not _FENCE.match(text[k][0]) and not text[k][0].startswith(("    ", "\t")):
        head.append(text[k])
        k += 1
    rest = text[k:]
    while rest and not rest[0][0].strip():
        rest = rest[1:]
    while rest and not rest[-1][0].strip():
        rest = rest[:-1]
    return head, rest


def _number(value: str) -> str:
    """A numerical answer as the back shows it: '3.141, 0.001' -> '3.141 (± 0.001)'; no margin, the value."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) == 2 and parts[1].strip("0.") and re.fullmatch(r"-?[\d.]+%?", parts[1]):
        return f"{parts[0]} (± {parts[1]})"
    return parts[0]


def _question(q: _Question) -> tuple[list[tuple[str, int]], str | None]:
    """The Markdown lines of one question, or ``([], why)`` when it makes no card."""
    if not q.kind:
        return [], "no '@type:' line: no question MD2QTI reads"
    if q.kind in _UNGRADED:
        return [], f"{_UNGRADED[q.kind]}: no answer to learn"
    if q.kind == "formula":
        return [], "a formula question: its answer is computed from values drawn at random, no answer to learn"
    if q.kind not in _GRADED:
        return [], f"question type {q.kind!r} is none MD2QTI knows (multiple choice, multiple answers, numerical, blank, multiple blanks, matching, multiple dropdown)"  # fmt: skip
    head, rest = _paragraphs(q.text)
    if not head:
        return [], "no question text under '@question:'"
    boxes = q.kind in ("multiple blank", "multiple dropdown")
    named = {name: answers for name, answers in q.keys}

    def blanks(text: str) -> str:
        return _BOX.sub(lambda m: "_____" if m.group("name") in named else m.group(), text) if boxes else text

    def fill(text: str) -> str:
        return _BOX.sub(lambda m: _filled(named[m.group("name")]) if m.group("name") in named else m.group(), text)

    shown = blanks(" ".join(t.strip() for t, _ in head))
    asks = re.sub(r"[*_`\s]+$", "", shown).endswith(("?", "？", ":"))
    out = [(f"### {'' if asks else 'Q: '}{shown}", head[0][1]), ("", head[0][1])]
    if rest:
        out += [(blanks(t), n) for t, n in rest] + [("", rest[-1][1])]
    notes: list[tuple[str, int]] = []
    last = head[-1][1]
    if q.kind in ("multiple choice", "multiple answer"):
        if len(q.choices) < 2 or not any(c.right for c in q.choices):
            return [], "no right answer marked ('* > …') among its answers" if q.choices else "no answers ('* …') under '@answer:'"
        tick = "*" if all(c.right for c in q.choices) else "x"  # (every answer right: quiz marks, never a done list)
        out += [(f"- [{tick if c.right else ' '}] {c.text}", c.line) for c in q.choices]
        notes = [(f"{c.text}: {' '.join(c.feedback)}", c.line) for c in q.choices if c.feedback]
        last = q.choices[-1].line
    elif q.kind == "numerical":
        if not q.quotes:
            return [], "no value ('> 3.141, 0.001') under '@answer:'"
        out += [(f"**Answer:** {_number(q.quotes[0][0])}", q.quotes[0][1])]
        last = q.quotes[0][1]
    elif q.kind == "blank":
        good = _distinct([c.text for c in q.choices if c.right])
        if not good:
            return [], "no accepted answer ('* > …') under '@answer:'"
        out += [(f"**Answer:** {good[0]}", q.choices[0].line)]
        out += [("", q.choices[0].line), (f"Also accepted: {', '.join(good[1:])}", q.choices[0].line)] if good[1:] else []
        last = q.choices[-1].line
    elif q.kind == "matching":
        pairs = [(key, [c for c in answers if c.right]) for key, answers in q.keys]
        rows = [(f"- {key} → {', '.join(c.text for c in good)}", good[0].line) for key, good in pairs if good]
        if not rows:
            return [], "no pair ('+ key' over '* > answer') under '@answer:'"
        offered = [c.text for key, answers in q.keys for c in answers if not c.right]
        out += [("**Answer:**", rows[0][1]), ("", rows[0][1]), *rows]
        notes = [(f"Also offered: {', '.join(offered)}", rows[-1][1])] if offered else []
        last = rows[-1][1]
    else:  # multiple blanks, multiple dropdown: the question's sentences with each blank's answer in it
        used = [m.group("name") for t, _ in q.text for m in _BOX.finditer(t) if m.group("name") in named]
        if not used or not all(any(c.right for c in named[name]) for name in used):
            missing = [name for name in used if not any(c.right for c in named[name])] or [name for name, _ in q.keys]
            return [], f"no right answer for blank {', '.join(missing) or '[…]'} (the question names its blanks [box1]; '+ box1' over '* > answer')"
        lines = [t.strip() for t, _ in q.text if _BOX.search(t)]
        out += [(f"**Answer:** {fill(' '.join(lines))}", q.keys[0][1][0].line if q.keys[0][1] else last)]
        last = out[-1][1]
    notes += [(" ".join(q.feedback), last)] if q.feedback else []
    for text, n in notes:
        out += [("", n), (text, n)]
    return out, None


def convert_md2qti(lines: list[str], rel: str = "") -> Converted:
    """The quiz as Markdown with a line map (see the module docstring)."""
    questions, title, stray = _blocks(lines)
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    if title:
        at = next(n for n, line in enumerate(lines, start=1) if line.lower().startswith("@quiz title"))
        out += [(f"## {title}", at), ("", at)]
    for q in questions:
        made, why = _question(q)
        if why is not None:
            hint = ("nothing to fix: only a question with an answer makes a card" if "no answer to learn" in why
                    else "a question with '@type:', '@question:' and its answers under '@answer:' ('* > right') makes a card")
            warnings.append(Diagnostic(rel, q.kind_line or q.start, f"MD2QTI question not read: {why}; no card", hint, "warning"))
            continue
        out += [*made, ("", made[-1][1])]
    if stray:
        fenced = any(_FENCE.match(t) for _, t in stray)
        what = ("a code block (MD2QTI runs '{.run}' code to write questions; deckc does not run it)" if fenced else "text")
        warnings.append(Diagnostic(rel, stray[0][0], f"MD2QTI quiz: {what} outside any question, {len(stray)} line(s) not read",
                                   "put a question between '---' rules with '@type:', '@question:' and '@answer:'", "warning", group="md2qti-skipped"))  # fmt: skip
    if not any(t.startswith("### ") for t, _ in out):
        raise ContentError([Diagnostic(rel, warnings[0].line if warnings else None, "an MD2QTI quiz with no card in it: no question with an answer to learn",
                                       "give a question its answers under '@answer:' ('* > right')", group=NOT_A_DOCUMENT)])  # fmt: skip
    while out and not out[-1][0]:
        out.pop()
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n for _, n in out), warnings=tuple(warnings))
