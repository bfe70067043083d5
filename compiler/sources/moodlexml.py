"""A Moodle XML question export (``.xml``: Question bank → Export → Moodle XML format), read as Markdown after a
conversion, like a GIFT quiz (trial10 P13).

``<quiz>`` holds ``<question type="…">`` records: ``multichoice`` (its ``<answer fraction="100">`` the right
ones: a fraction above 0), ``truefalse`` ("… True or false?"), ``shortanswer`` / ``numerical`` (the first right
answer the back, the others "Also accepted"), ``matching`` (its pairs), ``essay`` (its grader information, if
any, the back); ``category`` records are sections. Question text is HTML: its paragraphs kept, its markup shown
as in an answer. ``generalfeedback`` and an answer's ``feedback`` go on the back. Every line of the Markdown
names the line of its ``<question``. A ``description`` or ``cloze`` record is a warning at its line, no card.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from xml.etree import ElementTree

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.base import load_document
from compiler.sources.converted import NOT_A_DOCUMENT, Converted

_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|tr)\s*>|<br\s*/?>", re.I)
_DROP = re.compile(r"</?(?:p|div|span|font|ul|ol|li|table|tbody|thead|tr|td|th|h[1-6])\b[^>]*>", re.I)
_QUESTION_AT = re.compile(r"<question\b[^>]*\btype\s*=", re.I)


def moodle_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    doc = load_document(path, rel, encoding)
    return convert_moodle(doc.text, rel)


def _text(node: ElementTree.Element | None) -> str:
    """An element's ``<text>`` as Markdown lines joined by newlines: paragraphs apart, simple markup kept."""
    if node is None:
        return ""
    inner = node.find("text")
    raw = (inner.text if inner is not None else node.text) or ""
    raw = _BLOCK_END.sub("\n", raw)
    raw = _DROP.sub("", raw)
    lines = [" ".join(html.unescape(line).split()) for line in raw.split("\n")]
    return "\n".join(line for line in lines if line)


def _escape(line: str) -> str:
    return "\\" + line if re.match(r"^(?:#|>|[-+*]\s|\d+[.)]\s)", line) else line


def convert_moodle(text: str, rel: str = "") -> Converted:
    try:
        root = ElementTree.fromstring(text.encode("utf-8") if text.lstrip().startswith("<?xml") else text)
    except ElementTree.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise ContentError([Diagnostic(rel, line, f"broken XML: {exc}", "fix the file (an XML checker names the place)")]) from None
    if root.tag != "quiz":
        raise ContentError(
            [Diagnostic(rel, None, f"not a Moodle quiz: an XML file whose root element is <{root.tag}>", "deckc reads Moodle XML question exports (<quiz>)", group=NOT_A_DOCUMENT)]
        )
    starts = [text.count("\n", 0, m.start()) + 1 for m in _QUESTION_AT.finditer(text)]
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    for k, question in enumerate(root.findall("question")):
        n = starts[k] if k < len(starts) else 1
        kind = question.get("type", "")
        if kind == "category":
            name = _text(question.find("category")).split("/")[-1].strip()
            if name and not name.startswith("$"):
                out += [(f"## {name}", n), ("", n)]
            elif name:
                out += [(f"## {name.strip('$')}", n), ("", n)]
            continue
        stem = _text(question.find("questiontext")) or _text(question.find("name"))
        head, *body = stem.split("\n") if stem else ["", ""]
        feedback = _text(question.find("generalfeedback"))
        answers = [(float(a.get("fraction", "0") or 0), _text(a), _text(a.find("feedback"))) for a in question.findall("answer")]
        lines: list[str] = []
        if kind == "multichoice" and answers:
            lines = [f"### {_escape(head)}", "", *body, *([""] if body else []),
                     *(f"- [{'x' if f > 0 else ' '}] {t}" for f, t, _ in answers)]  # fmt: skip
            notes = [f"{t}: {fb}" for _, t, fb in answers if fb]
            lines += ["", *notes] if notes else []
        elif kind == "truefalse" and answers:
            right = next((t.strip().lower() for f, t, _ in answers if f > 0), "")
            asks = head.rstrip().endswith(("?", "？"))
            lines = [f"### {_escape(head)}" + ("" if asks else " True or false?"), "", *body, *([""] if body else []),
                     f"- [{'x' if right == 'true' else ' '}] True", f"- [{'x' if right == 'false' else ' '}] False"]  # fmt: skip
        elif kind in ("shortanswer", "numerical") and answers:
            good = [t for f, t, _ in sorted(answers, key=lambda a: -a[0]) if f > 0] or [answers[0][1]]
            lines = [f"### {_escape(head)}", "", *body, *([""] if body else []), "#### Answer", "", good[0]]
            lines += ["", "Also accepted: " + ", ".join(good[1:])] if good[1:] else []
        elif kind == "matching":
            pairs = [(_text(s), _text(s.find("answer"))) for s in question.findall("subquestion")]
            lines = [f"### {_escape(head)}", "", *body, *([""] if body else []), "#### Answer", "", *(f"- {a} → {b}" for a, b in pairs if a and b)]
        elif kind == "essay" and _text(question.find("graderinfo")):
            lines = [f"### {_escape(head)}", "", *body, *([""] if body else []), "#### Answer", "", _text(question.find("graderinfo"))]
        if not lines or not head:
            why = "a description, no question" if kind == "description" else f"a {kind or 'question'} record deckc does not read"
            warnings.append(Diagnostic(rel, n, f"Moodle question not read: {why}", "export it as GIFT from Moodle to check, or write it by hand", "warning", group="moodle-skipped"))
            continue
        if feedback:
            lines += ["", feedback]
        out += [(line, n) for line in lines] + [("", n)]
    while out and not out[-1][0]:
        out.pop()
    if not out:
        raise ContentError([Diagnostic(rel, None, "not a question bank: the Moodle export holds no question deckc reads", "export the questions from Moodle again")])
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n for _, n in out), warnings=tuple(warnings))
