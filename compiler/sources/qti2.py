"""IMS QTI 2.x (and 3.0) assessment items, as the questions a Moodle-style record holds (trial17 T17-19).

A QTI 2.1 item (``<assessmentItem>``: one question per file, as TAO, Inspera, ONYX, Moodle's "IMS QTI 2" export and
every QTI 2 package write it; QTI 3.0's ``<qti-assessment-item>`` alike, its tags and attributes in kebab case) keeps
its right answer apart from its text: ``<responseDeclaration identifier="RESPONSE">`` holds ``<correctResponse>``
(the identifiers of the right choices, or the right text) and a ``<mapping>`` (credit per value); ``<itemBody>``
holds the text and the interactions that refer to it by ``responseIdentifier``:

- ``choiceInteraction`` (``<prompt>``, ``<simpleChoice identifier=…>``): multiple choice, the right ones ticked;
- ``inlineChoiceInteraction`` (a drop-down in a sentence): the sentence with a blank, its choices the options;
- ``textEntryInteraction`` (a box in a sentence): the sentence with a blank, the right text the answer, other
  credited values "Also accepted";
- ``extendedTextInteraction`` (an essay): its correct response, else a scorer's ``rubricBlock``, the answer; with
  neither it is a warning (nothing to learn);
- ``orderInteraction``: the choices in their right order the answer ('Schumacher → Barrichello → Button');
- ``matchInteraction`` / ``associateInteraction``: the pairs of its ``directedPair`` / ``pair`` values.

A ``<modalFeedback>`` or ``<feedbackInline>`` named by a choice is that choice's note; one named otherwise (not
``incorrect``/``wrong``) goes on the back. Any other interaction (a hotspot, a drawing, an upload) is a warning.

:func:`item_questions` returns plain :class:`Question` tuples; :mod:`compiler.sources.moodlexml` writes them as it
writes a Moodle quiz's records, and :mod:`compiler.sources.qtipackage` reads a package's zip.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple
from xml.etree import ElementTree

_BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "blockquote", "pre", "table", "ul", "ol"}
_INLINE_GAPS = {"textEntryInteraction", "inlineChoiceInteraction"}
_READ = {"choiceInteraction", "extendedTextInteraction", "orderInteraction", "matchInteraction", "associateInteraction"}
_SKIPPED_TEXT = {"responseDeclaration", "outcomeDeclaration", "templateDeclaration", "responseProcessing",
                 "modalFeedback", "feedbackInline", "feedbackBlock", "rubricBlock", "stylesheet", "templateProcessing"}  # fmt: skip
_NOT_RIGHT = re.compile(r"(?i)incorrect|not_?correct|wrong|false|fail")
BLANK = "_____"


class Question(NamedTuple):
    """One question of an item, in the fields a Moodle record has."""

    line: int
    kind: str  # 'multichoice', 'shortanswer', 'essay', 'matching', or the unread interaction's name
    stem: str
    answers: list[tuple[float, str, str]]  # (credit, text, feedback)
    pairs: list[tuple[str, str]]
    grader: str
    feedback: str


def is_item(tag: str) -> bool:
    """Whether an XML root tag (namespace dropped) is a QTI 2/3 assessment item."""
    return _camel(tag) == "assessmentItem"


def _camel(name: str) -> str:
    """A QTI 3 name ('qti-choice-interaction', 'response-identifier') as QTI 2 writes it ('choiceInteraction')."""
    name = name.split("}", 1)[-1]
    if "-" not in name:
        return name
    head, *rest = name.removeprefix("qti-").split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _normalized(root: ElementTree.Element) -> ElementTree.Element:
    for e in root.iter():
        if isinstance(e.tag, str):
            e.tag = _camel(e.tag)
            for key in [k for k in e.attrib if "-" in k or "}" in k]:
                e.attrib[_camel(key)] = e.attrib.pop(key)
    return root


def _lines(node: ElementTree.Element | None, gaps: dict[int, str] | None = None, skip: frozenset[str] = frozenset()) -> list[str]:
    """An element's text as lines: blocks apart, white space squashed, feedback and declarations left out; an
    interaction in ``gaps`` written as its blank, any other interaction (and a tag in ``skip``) left out."""
    if node is None:
        return []
    parts: list[str] = []

    def walk(e: ElementTree.Element) -> None:
        tag = str(e.tag)
        if id(e) in (gaps or {}):
            parts.append((gaps or {})[id(e)])
        elif tag in _SKIPPED_TEXT or tag in skip or tag.endswith("Interaction"):
            pass
        else:
            if tag in _BLOCK:
                parts.append("\n")
            if tag == "img" and e.get("alt"):
                parts.append(f"[{e.get('alt')}]")
            parts.append(_squashed(e.text))
            for child in e:
                walk(child)
            if tag in _BLOCK:
                parts.append("\n")
        parts.append(_squashed(e.tail))

    parts.append(_squashed(node.text))
    for child in node:
        walk(child)
    lines = [" ".join(html.unescape(line).split()) for line in "".join(parts).split("\n")]
    return [line for line in lines if line]


def _squashed(text: str | None) -> str:
    """XML text with its line breaks and runs of white space as one space (lines come from block elements)."""
    return re.sub(r"\s+", " ", text or "")


def _values(node: ElementTree.Element | None) -> list[str]:
    return [" ".join((v.text or "").split()) for v in node.iter("value")] if node is not None else []


def _credited(declaration: ElementTree.Element | None) -> list[str]:
    """The values a response declaration credits: its correct response, then the mapped values with credit above 0
    (the best first)."""
    if declaration is None:
        return []
    right = [v for v in _values(declaration.find("correctResponse")) if v]
    mapped: list[tuple[float, str]] = []
    for entry in declaration.iter("mapEntry"):
        try:
            credit = float(entry.get("mappedValue") or 0)
        except ValueError:
            continue
        if credit > 0 and (key := " ".join((entry.get("mapKey") or "").split())):
            mapped.append((credit, key))
    mapped.sort(key=lambda m: -m[0])
    return list(dict.fromkeys([*right, *(k for _, k in mapped)]))


def _feedbacks(root: ElementTree.Element) -> dict[str, str]:
    """Each ``<modalFeedback>`` / ``<feedbackInline>`` / ``<feedbackBlock>`` text by its identifier."""
    said: dict[str, str] = {}
    for e in root.iter():
        if e.tag in ("modalFeedback", "feedbackInline", "feedbackBlock") and (text := " ".join(_lines(e))):
            key = e.get("identifier") or ""
            said[key] = f"{said[key]} {text}" if key in said else text
    return said


def item_questions(root: ElementTree.Element, text: str, first_line: int = 1) -> list[Question]:
    """The questions of one ``<assessmentItem>`` (a QTI 2/3 item; ``root`` with namespaces dropped or not), each
    at the line of its interaction in ``text`` (the item's XML, whose line 1 is ``first_line`` of the file)."""
    root = _normalized(root)
    declarations = {d.get("identifier", ""): d for d in root.iter("responseDeclaration")}
    body = root.find("itemBody")
    if body is None:
        return []
    feedback = _feedbacks(root)
    interactions = [e for e in body.iter() if str(e.tag).endswith("Interaction")]
    seen: dict[str, int] = {}

    def line_of(e: ElementTree.Element) -> int:
        k = seen.get(str(e.tag), 0)
        seen[str(e.tag)] = k + 1
        qti3 = "qti-" + re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), str(e.tag))
        at = [m.start() for m in re.finditer(r"<(?:[\w.-]+:)?(?:" + re.escape(str(e.tag)) + "|" + re.escape(qti3) + r")\b", text)]
        return first_line + (text.count("\n", 0, at[k]) if k < len(at) else 0)

    questions: list[Question] = []
    gaps = [e for e in interactions if e.tag in _INLINE_GAPS]
    blocks = [e for e in interactions if e.tag not in _INLINE_GAPS]
    # the text before each block interaction (since the one before it) is its question's text
    marks = {id(b): f"\n\x00{k}\n" for k, b in enumerate(blocks)}
    lead: dict[int, list[str]] = {}
    before: list[str] = []
    for text_line in _lines(body, {**marks, **{id(g): BLANK for g in gaps}}):
        if text_line.startswith("\x00"):
            lead[int(text_line[1:])] = before
            before = []
        else:
            before.append(text_line)
    for n, e in enumerate(blocks):
        line = line_of(e)
        prompt = _lines(e.find("prompt"))
        stem = _asked([*lead.get(n, []), *prompt]) or (root.get("title") or "")
        right = _credited(declarations.get(e.get("responseIdentifier", "")))
        if e.tag in ("choiceInteraction", "orderInteraction"):
            choices = [(c.get("identifier", ""), " ".join(_lines(c))) for c in e.iter("simpleChoice")]
            if e.tag == "orderInteraction":
                shown = dict(choices)
                order = [shown[v] for v in right if v in shown]
                questions.append(Question(line, "essay", stem, [], [], " → ".join(order), ""))
                continue
            answers = [(100.0 if ident in right else 0.0, shown, feedback.get(ident, "")) for ident, shown in choices]
            questions.append(Question(line, "multichoice", stem, answers, [], "", _general(feedback, choices)))
        elif e.tag == "extendedTextInteraction":
            rubric = [r for r in root.iter("rubricBlock") if (r.get("view") or "") in ("scorer", "tutor", "author", "proctor")]
            grader = "\n".join(right) or "\n".join(line for r in rubric for line in _lines(r))
            questions.append(Question(line, "essay", stem, [], [], grader, _general(feedback, [])))
        elif e.tag in ("matchInteraction", "associateInteraction"):
            shown = {c.get("identifier", ""): " ".join(_lines(c)) for c in e.iter("simpleAssociableChoice")}
            pairs = [tuple(v.split()) for v in right]
            made = [(shown.get(p[0], p[0]), shown.get(p[1], p[1])) for p in pairs if len(p) == 2]
            questions.append(Question(line, "matching", stem, [], made, "", _general(feedback, [])))
        else:
            questions.append(Question(line, e.tag, stem, [], [], "", ""))  # (an interaction deckc does not read)
    if gaps:
        numbered = len(gaps) > 1
        marks = {id(g): f"({k}) {BLANK}" if numbered else BLANK for k, g in enumerate(gaps, 1)}
        skip = frozenset(str(b.tag) for b in blocks)
        stem = "\n".join(_lines(body, marks, skip))
        line = line_of(gaps[0])
        said: list[list[str]] = []
        options: list[tuple[str, str]] = []
        for g in gaps:
            right = _credited(declarations.get(g.get("responseIdentifier", "")))
            if g.tag == "inlineChoiceInteraction":
                shown = {c.get("identifier", ""): " ".join(_lines(c)) for c in g.iter("inlineChoice")}
                options = list(shown.items())
                right = [shown[v] for v in right if v in shown]
            said.append(right)
        if not numbered and gaps[0].tag == "inlineChoiceInteraction" and said[0]:
            answers = [(100.0 if t in said[0] else 0.0, t, feedback.get(ident, "")) for ident, t in options]
            questions.append(Question(line, "multichoice", stem, answers, [], "", _general(feedback, options)))
        elif not numbered:
            questions.append(Question(line, "shortanswer", stem, [(100.0, t, "") for t in said[0]], [], "", _general(feedback, [])))
        elif all(said):
            grader = "; ".join(f"({k}) {' / '.join(s)}" for k, s in enumerate(said, 1))
            questions.append(Question(line, "essay", stem, [], [], grader, _general(feedback, [])))
        else:
            questions.append(Question(line, "essay", stem, [], [], "", ""))
    return sorted(questions, key=lambda q: q.line)


def _asked(lines: list[str]) -> str:
    """A question's text lines with its question first (the last line that asks, else the last line): the card
    shows the lines under a question's heading before it, so a passage over the question reads in its order."""
    if len(lines) < 2:
        return "\n".join(lines)
    q = max((k for k, line in enumerate(lines) if line.rstrip(" *_").endswith(("?", "？"))), default=len(lines) - 1)
    return "\n".join([lines[q], *lines[:q], *lines[q + 1 :]])


def _general(feedback: dict[str, str], choices: list[tuple[str, str]]) -> str:
    """The feedback that goes on the back: each text not named by a choice and not for a wrong response."""
    named = {ident for ident, _ in choices}
    return "\n".join(t for key, t in feedback.items() if key not in named and not _NOT_RIGHT.search(key))
