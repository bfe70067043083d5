"""Named rules, laws and terms written as a bold name over their statement on one line, on a page of questions.

Review pages set what to learn under a topic heading as ``**Power rule.** $\\frac{d}{dx}x^n = n x^{n-1}$``, ``**First
law:** a body stays at rest …``, ``**Mitosis.** Division of a nucleus into two identical nuclei``: a name, a full stop
or a colon, the statement. Beside questions, such a section was "text outside any question" or one card holding every
rule under its heading. :func:`named_lines` finds them, for the readers to make each a card: the name its front (the
named thing asked for), the statement its back, the topic heading its section.

A name is a few words that do not ask; a line is one only among others of its kind in its section (two at least, their
names all different) on a page that asks elsewhere, never under a heading that asks or introduces (``…?``, ``…:``,
whose answer they are). Not a name: a label that goes on with what it follows (:data:`FOLLOWING_WORDS`: ``Proof``,
``Example``, ``Note``, ``Hint``, ``Solution``, ``Beweis``, ``Ejemplo`` …, as :mod:`compiler.sources.theorems` names
them and more), a theorem-like label (``Definition 3.1``, read by :mod:`compiler.sources.theorem_blocks`), a question
or answer label (``Q:``, ``Answer:``), a step or a part counted (``Step 1``, ``Case 2``) or an aspect of the topic
that says nothing alone (``Pros``, ``Cons``, ``Usage``).
"""

from __future__ import annotations

import re
from collections import Counter

from compiler.sources.lines import QUESTION_MARKS, has_answer_label, has_question_label, in_fence
from compiler.sources.theorems import FOLLOWING_KINDS, LABEL_WORDS

NAMED_MIN = 2  # named lines in one section, at least: one alone is a bold lead-in of the section's text
NAME_WORDS = 6  # words at most of a name ('Conservation of angular momentum')
ASKING_LINES = 2  # lines that ask (or answer labels) elsewhere on the page that make it a page of questions

# labels that go on with the statement above them, in the languages notes are written in (beyond theorems.LABEL_WORDS'
# proof, example, remark and note): a hint, a solution, a tip, a warning, an exercise
FOLLOWING_WORDS = frozenset(
    [word for word, kind in LABEL_WORDS.items() if kind in FOLLOWING_KINDS]
    + [
        "hint", "hints", "solution", "solutions", "answer", "tip", "tips", "warning", "caution", "exercise", "exercises",
        "examples", "notes", "remarks", "proof sketch", "intuition", "see also", "nb", "n.b", "e.g", "i.e",
        "hinweis", "lösung", "tipp", "achtung", "übung", "aufgabe", "indice", "solution", "astuce", "attention",
        "exercice", "pista", "solución", "consejo", "nota", "ejercicio", "suggerimento", "soluzione", "esercizio",
        "dica", "solução", "exercício", "observação", "wskazówka", "rozwiązanie", "uwaga", "подсказка", "решение",
        "примечание", "提示", "解", "解答", "注", "注意", "备注", "ヒント", "注意", "힌트", "풀이", "참고",
    ]
)  # fmt: skip
# an aspect of the topic a heading names, which asks nothing without it ('**Pros:** fast' under '## MongoDB')
ASPECT_WORDS = frozenset(
    [
        "pros", "cons", "advantages", "disadvantages", "benefits", "drawbacks", "limitations", "use cases", "usage",
        "syntax", "input", "inputs", "output", "outputs", "returns", "return value", "parameters", "arguments",
        "complexity", "time complexity", "space complexity", "summary", "tl;dr", "key point", "key points", "takeaway",
        "takeaways", "why", "how", "when", "where", "what", "source", "sources", "reference", "references", "date",
        "time", "author", "status", "type", "level", "difficulty", "tags", "topic", "goal", "goals", "aim", "context",
        "vorteile", "nachteile", "ventajas", "desventajas", "avantages", "inconvénients", "vantaggi", "svantaggi",
        "vantagens", "desvantagens",
    ]
)  # fmt: skip

# '**Power rule.** …', '**First law:** …', '**Ohm's law**: …', '__Mitosis.__ …'
_NAMED = re.compile(
    r"^(?P<m>\*\*|__)(?P<name>[^*_\s][^*_\n]{0,79}?)[ \t]*(?P<stop>[.:：])?(?P=m)[ \t]*(?P<after>[.:：])?[ \t]+"
    r"(?P<text>\S.*?)[ \t]*$"
)
_HEADING = re.compile(r"^[ ]{0,3}(?P<marks>#{1,6})(?:[ \t]+(?P<text>.*?))?[ \t]*#*[ \t]*$")
_COUNTED = re.compile(r"^\S.*\s(?:\d{1,3}(?:\.\d{1,3})*[a-z]?|[IVX]{1,4}|[A-H])$")  # 'Step 1', 'Case 2.1', 'Part II', 'Option B'
_ASKS_OR_LEADS = re.compile(r"[?？؟:：]\s*$")
_OPEN_DETAILS = re.compile(r"<details\b", re.I)
_CLOSE_DETAILS = re.compile(r"</details\s*>", re.I)


def named_line(line: str) -> tuple[str, str] | None:
    """``(name, statement)`` of a line that is a bold name and its statement (see the module's docstring), else None."""
    m = _NAMED.match(line)
    if m is None or bool(m.group("stop")) == bool(m.group("after")):
        return None  # (one stop, inside the bold or right after it: '**Power rule.**', '**Ohm's law**:')
    name, text = " ".join(m.group("name").split()), m.group("text").strip()
    low = name.casefold().rstrip(".")
    words = name.split()
    if not words or len(words) > NAME_WORDS or not words[0][0].isalpha() or name.endswith(QUESTION_MARKS):
        return None
    if low in FOLLOWING_WORDS or low in ASPECT_WORDS or words[0].casefold().rstrip(".:") in LABEL_WORDS:
        return None  # (a proof, an example, a note; a theorem-like label: theorem_blocks'; an aspect of the topic)
    if _COUNTED.match(name) or has_answer_label(f"{name}: x") or has_question_label(f"{name}: x"):
        return None
    if not text or (text.startswith(("*", "_")) and _NAMED.match(text)):
        return None
    return name, text


def named_lines(lines: list[str]) -> dict[int, tuple[str, str]]:
    """The lines (by index) that are named statements a card each, with their name and statement: each opening a
    paragraph at the margin (or a line of a paragraph of such lines only), NAMED_MIN or more in a section under a
    heading that neither asks nor introduces and after no line of it that does, their names all different and
    named in no other section (a label every section repeats is a record's field), on a page with ASKING_LINES lines that ask or label an
    answer outside them. Empty when there are none."""
    fenced = list(in_fence(lines))
    sections: list[list[int]] = [[]]
    closed: set[int] = set()  # sections under a heading that asks, or in a toggle: their lines answer it
    toggles = 0
    asking = 0
    asked_here = False  # a line of the section that asks or leads in ('…?', '…:') came before
    for i, line in enumerate(lines):
        if fenced[i]:
            continue
        toggles += len(_OPEN_DETAILS.findall(line)) - len(_CLOSE_DETAILS.findall(line))
        heading = _HEADING.match(line)
        if heading is not None:
            sections.append([])
            asked_here = False
            if _ASKS_OR_LEADS.search((heading.group("text") or "").strip(" *_")):
                closed.add(len(sections) - 1)
            asking += (heading.group("text") or "").rstrip(" *_#").endswith(QUESTION_MARKS)
            continue
        found = named_line(line) if toggles <= 0 else None
        above = lines[i - 1] if i else ""
        if found is not None and (not above.strip() or _HEADING.match(above) or named_line(above) is not None):
            if not asked_here:  # (under a question in bold, '**1. What are the three laws?**': its answer's parts)
                sections[-1].append(i)
            continue
        plain = line.strip().strip("*_ ")
        asks = bool(plain) and plain.endswith(QUESTION_MARKS)
        asking += asks or (bool(plain) and has_answer_label(plain.replace("**", "")))
        asked_here = asked_here or asks or plain.endswith((":", "："))
    if asking < ASKING_LINES:
        return {}
    # (a name in two sections or more is a field's label, '**Capital:** Lima' under each country: records, not names)
    named = [[p for i in found if (p := named_line(lines[i])) is not None] for found in sections]
    seen = Counter(name for pairs in named for name in {p[0].casefold() for p in pairs})
    out: dict[int, tuple[str, str]] = {}
    for k, found in enumerate(sections):
        pairs = [named_line(lines[i]) for i in found]
        names = [p[0].casefold() for p in pairs if p is not None]
        if k in closed or len(found) < NAMED_MIN or len(set(names)) < len(names) or any(seen[name] > 1 for name in names):
            continue
        out.update({i: p for i, p in zip(found, pairs, strict=True) if p is not None})
    return out
