"""A Moodle XML question export (``.xml``: Question bank → Export → Moodle XML format), read as Markdown after a
conversion, like a GIFT quiz (trial10 P13); also the ``questions.xml`` of a course backup (``.mbz``), whose root is
``<question_categories>`` (trial11 P61: :func:`_backup_records`).

``<quiz>`` holds ``<question type="…">`` records: ``multichoice`` (its ``<answer fraction="100">`` the right
ones: a fraction above 0), ``truefalse`` ("… True or false?"), ``shortanswer`` / ``numerical`` (the first right
answer the back, the others "Also accepted"), ``matching`` (its pairs), ``essay`` (its grader information, if
any, the back); ``category`` records are sections. Question text is HTML: its paragraphs kept, its markup shown
as in an answer. ``generalfeedback`` and an answer's ``feedback`` go on the back. Every line of the Markdown
names the line of its ``<question``. A ``description`` or ``cloze`` record is a warning at its line, no card.
"""

from __future__ import annotations

import base64
import binascii
import copy
import dataclasses
import functools
import hashlib
import html
import html.entities
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources import docbook, qti2
from compiler.sources.base import load_document, scratch_dir
from compiler.sources.converted import NOT_A_DOCUMENT, Converted
from compiler.sources.embedded import EMBEDDED, embedded_cloze
from compiler.sources.gift import VERDICT_ONLY

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


# --- pictures embedded in the export (trial23 T23-28) ----------------------------------------------------------------
# Moodle writes each file a question shows into the export: '<file name="cell diagram.png" path="/" encoding="base64">…'
# beside the '<img src="@@PLUGINFILE@@/cell%20diagram.png">' that shows it. Such a picture is decoded when a card
# shows it, from the question it belongs to (two questions may each hold their own 'image.png': the file's name in
# the deck carries its content's digest, so they never clash in Anki's flat media folder).
PLUGINFILE = "@@PLUGINFILE@@/"
_FILE = re.compile(r"<file\b(?P<attrs>[^>]*)>(?P<data>[^<]*)</file\s*>", re.I)
_FILE_ATTR = re.compile(r"\b(?P<key>name|path|encoding)\s*=\s*(?P<q>[\"'])(?P<value>.*?)(?P=q)", re.I)


@functools.lru_cache(maxsize=8)
def _embedded_files(path: Path, size: int, mtime: int) -> tuple[tuple[int, str, str], ...]:
    """The export's base64 files as (line of the question holding it, its name with its folder, its data)."""
    text = path.read_text(encoding="utf-8", errors="replace")
    starts = [text.count("\n", 0, m.start()) + 1 for m in _QUESTION_AT.finditer(text)]
    out = []
    for m in _FILE.finditer(text):
        attrs = {a.group("key").lower(): html.unescape(a.group("value")) for a in _FILE_ATTR.finditer(m.group("attrs"))}
        if attrs.get("encoding", "base64").lower() != "base64" or not attrs.get("name"):
            continue
        line = text.count("\n", 0, m.start()) + 1
        owner = max((n for n in starts if n <= line), default=0)
        out.append((owner, (attrs.get("path", "/").strip("/") + "/" + attrs["name"]).lstrip("/"), m.group("data")))
    return tuple(out)


def embedded_file(path: Path, ref: str, line: int) -> tuple[Path | None, str]:
    """``(file, why not)``: the picture an ``@@PLUGINFILE@@/name`` reference of the question at ``line`` shows,
    decoded from the export (the question's own file of that name, else another question's)."""
    name = ref.removeprefix(PLUGINFILE)
    try:
        stat = path.stat()
        files = _embedded_files(path, stat.st_size, stat.st_mtime_ns)
    except OSError as exc:
        return None, f"{name[:60]!r}: the export cannot be read ({exc.strerror})"
    found = [f for f in files if f[1] == name]
    if not found:
        return None, f"{name[:60]!r} is not among the files the Moodle export holds (export the questions again with their files)"
    owner = line if any(f[0] == line for f in found) else found[0][0]
    data = next(f[2] for f in found if f[0] == owner)
    try:
        raw = base64.b64decode("".join(data.split()), validate=True)
    except (ValueError, binascii.Error):
        return None, f"{name[:60]!r} is damaged in the export (its base64 text does not decode)"
    digest = hashlib.sha256(raw).hexdigest()
    plain = Path(name).name
    target = scratch_dir("deckc-moodle-media-") / digest[:32] / f"{Path(plain).stem}-{digest[:8]}{Path(plain).suffix}"
    if not target.is_file():
        target.parent.mkdir(exist_ok=True)
        part = target.with_name(target.name + ".part")
        part.write_bytes(raw)
        part.replace(target)
    return target, ""


def _raw(node: ElementTree.Element | None) -> str:
    inner = node.find("text") if node is not None else None
    return ((inner.text if inner is not None else node.text) or "") if node is not None else ""


_PRE = re.compile(r"<pre\b[^>]*>(?P<code>.*?)</pre\s*>", re.I | re.S)
_MARKUP = re.compile(r"[\\`*_<>]")


def _cloze_lines(raw: str) -> str | None:
    """A cloze's text whose gaps stand in a code block (``<pre><code>`` … ``high = {1:SHORTANSWER:=len(arr) - 1}`` …):
    one paragraph whose lines are apart (``<br>``), each code line with its indentation (no-break spaces) and its
    Markdown characters escaped, so the note shows the code as written (trial18 T18-41); None without code."""
    if not _PRE.search(raw):
        return None
    out: list[str] = []
    at = 0
    for m in _PRE.finditer(raw):
        out += [line for line in _text_of(raw[at : m.start()]).split("\n") if line]
        code = html.unescape(re.sub(r"</?code\b[^>]*>", "", m.group("code"), flags=re.I)).expandtabs(4).split("\n")
        while code and not code[0].strip():
            code.pop(0)
        while code and not code[-1].strip():
            code.pop()
        for line in code:
            body = line.lstrip(" ")
            parts, last = [], 0
            for gap in EMBEDDED.finditer(body):  # (a gap's own syntax is the cloze's, never escaped)
                parts += [_MARKUP.sub(lambda c: "\\" + c.group(0), body[last : gap.start()]), gap.group(0)]
                last = gap.end()
            parts.append(_MARKUP.sub(lambda c: "\\" + c.group(0), body[last:]))
            out.append("&nbsp;" * (len(line) - len(body)) + "".join(parts).rstrip())
        at = m.end()
    out += [line for line in _text_of(raw[at:]).split("\n") if line]
    return "<br>".join(out)


def _text_of(raw: str) -> str:
    raw = _DROP.sub("", _BLOCK_END.sub("\n", raw))
    return "\n".join(" ".join(html.unescape(line).split()) for line in raw.split("\n"))


def _escape(line: str) -> str:
    return "\\" + line if re.match(r"^(?:#|>|[-+*]\s|\d+[.)]\s)", line) else line


@dataclass
class _Record:
    """One question of either file, as the Markdown is written from it."""

    line: int
    kind: str
    stem: str = ""  # the question's text (a category's path)
    answers: list[tuple[float, str, str]] = field(default_factory=list)  # (fraction, text, feedback)
    pairs: list[tuple[str, str]] = field(default_factory=list)  # a matching question's pairs
    grader: str = ""  # an essay's grader information
    feedback: str = ""  # the general feedback
    why: str = ""  # why a question gives no card, when the record says it (an edX regular expression, a script's value)
    raw: str = ""  # the question text's HTML as written (a cloze's code keeps its lines from it)


def _export_records(root: ElementTree.Element, text: str) -> list[_Record]:
    """The ``<question type="…">`` records of a Moodle XML export (``<quiz>``)."""
    starts = [text.count("\n", 0, m.start()) + 1 for m in _QUESTION_AT.finditer(text)]
    records = []
    for k, question in enumerate(root.findall("question")):
        n = starts[k] if k < len(starts) else 1
        kind = question.get("type", "")
        if kind == "category":
            records.append(_Record(n, kind, _text(question.find("category"))))
            continue
        gapped = _dragged(question) if kind in _DRAGGED else None
        if gapped is not None:  # (drag into text, select missing words: a cloze, each gap its choice; trial25 T25-35)
            records.append(_Record(n, "cloze", gapped, [], [], "", _text(question.find("generalfeedback"))))
            continue
        records.append(
            _Record(
                n,
                kind,
                _text(question.find("questiontext")) or _text(question.find("name")),
                [(float(a.get("fraction", "0") or 0), _tolerated(_text(a), a), _text(a.find("feedback"))) for a in question.findall("answer")],
                [(_text(s), _text(s.find("answer"))) for s in question.findall("subquestion")],
                _text(question.find("graderinfo")),
                _text(question.find("generalfeedback")),
                raw=_raw(question.find("questiontext")),
            )
        )
    return records


_DRAGGED = {"ddwtos": "dragbox", "gapselect": "selectoption"}
_PLACE = re.compile(r"\[\[(?P<n>\d{1,2})\]\]")


def _dragged(question: ElementTree.Element) -> str | None:
    """A 'drag and drop into text' or 'select missing words' question's text with each place ``[[n]]`` as Moodle's
    embedded answer of its right choice, the n-th of the question's choices, the other choices of its group after it
    in their order ('{1:MULTICHOICE:posición~=tiempo~masa}'): a cloze, as the multianswer reader reads one. None when a place names no
    choice (the question was "not read", and GIFT, which the advice named, cannot hold it: trial25 T25-35)."""
    stem = _text(question.find("questiontext"))
    choices = [(_text(c), (c.findtext("group") or "1").strip()) for c in question.findall(_DRAGGED[question.get("type", "")])]
    places = [int(m.group("n")) for m in _PLACE.finditer(stem)]
    if not places or not choices or any(not 0 < p <= len(choices) or not choices[p - 1][0] for p in places):
        return None

    def gap(m: re.Match[str]) -> str:
        right, group = choices[int(m.group("n")) - 1]
        shown = [t for t, g in choices if g == group and t]  # (the group's choices in their order: the hint gives none away)
        return "{1:MULTICHOICE:" + "~".join(("=" if t == right else "") + t.replace("}", "\\}").replace("~", "\\~") for t in shown) + "}"

    return _PLACE.sub(gap, stem)


def _tolerated(value: str, answer: ElementTree.Element) -> str:
    """A numerical answer with the error it allows, as GIFT's is shown ('20 (± 10)'; none when it allows none)."""
    tolerance = (answer.findtext("tolerance") or "").strip()
    try:
        allowed = float(tolerance) if tolerance else 0.0
    except ValueError:
        return value
    return f"{value} (± {tolerance})" if allowed and value.strip() else value


_BACKUP_QUESTION_AT = re.compile(r"<question\b[^>]*\bid\s*=", re.I)
_BACKUP_CATEGORY_AT = re.compile(r"<question_category\b", re.I)


def _backup_records(root: ElementTree.Element, text: str) -> list[_Record]:
    """The questions of a course backup's ``questions.xml`` (trial11 P61): ``<question_category>`` (its ``<name>``
    the section) of ``<question>`` records, their type in ``<qtype>``, their answers under
    ``plugin_qtype_…_question`` (``<answertext>``, a ``<fraction>`` of 0 to 1), a match's pairs in ``<matches>``."""
    question_at = [text.count("\n", 0, m.start()) + 1 for m in _BACKUP_QUESTION_AT.finditer(text)]
    category_at = [text.count("\n", 0, m.start()) + 1 for m in _BACKUP_CATEGORY_AT.finditer(text)]
    records: list[_Record] = []
    k = 0
    for c, category in enumerate(root.iter("question_category")):
        records.append(_Record(category_at[c] if c < len(category_at) else 1, "category", _text(category.find("name"))))
        for question in category.iter("question"):
            n = question_at[k] if k < len(question_at) else 1
            k += 1
            kind = (question.findtext("qtype") or "").strip()
            answers = [
                (float((a.findtext("fraction") or "0").strip() or 0), _text(a.find("answertext")), _text(a.find("feedback")))
                for a in question.iter("answer")
            ]
            pairs = [(_text(m.find("questiontext")), _text(m.find("answertext"))) for m in question.iter("match")]
            grader = next((_text(e.find("graderinfo")) for e in question.iter("essay")), "")
            stem = _text(question.find("questiontext")) or _text(question.find("name"))
            records.append(_Record(n, kind, stem, answers, pairs, grader, _text(question.find("generalfeedback"))))
    return records


# Open edX OLX: a problem's response elements, each one question (trial11 P88)
_OLX_RESPONSES = ("multiplechoiceresponse", "choiceresponse", "optionresponse", "stringresponse", "numericalresponse")
_OLX_AT = re.compile(r"<(?:" + "|".join(_OLX_RESPONSES) + r")\b", re.I)
_OLX_TEXT = ("p", "label", "description", "div", "pre", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "img", "span")
_OLX_OPTIONS = re.compile(r"""(?P<q>["'])(?P<text>(?:(?!(?P=q)).)*)(?P=q)""")


def _markup(node: ElementTree.Element | None, own: bool = True) -> str:
    """An element's HTML as text lines (its own tag's text too when ``own``), as :func:`_text` cleans a question text."""
    if node is None:
        return ""
    raw = ElementTree.tostring(node, encoding="unicode", method="html")
    if not own:
        raw = re.sub(r"^<[^>]+>|</[^>]+>\s*$", "", raw.strip())
    raw = re.sub(r"\s+", " ", raw)
    raw = _BLOCK_END.sub("\n", raw)
    raw = _DROP.sub("", raw)
    lines = [" ".join(html.unescape(line).split()) for line in raw.split("\n")]
    return "\n".join(line for line in lines if line)


def _olx_records(root: ElementTree.Element, text: str) -> list[_Record]:
    """An Open edX problem (``<problem>``, as a course export keeps each in ``problem/*.xml``; trial11 P88): each
    response a question, its ``<label>`` the question and the problem's text before it (or inside the response, over
    the label) shown over it; a response in a table cell asks its row's label and its column's head (trial18 T18-6):
    ``multiplechoiceresponse`` /
    ``choiceresponse`` (``<choice correct="true">`` right, several in a checkbox group), ``optionresponse`` (the
    ``correct`` option of its drop-down), ``stringresponse`` / ``numericalresponse`` (their ``answer``, the
    others ``additional_answer``s, "Also accepted"); the ``<solution>`` on the back."""
    starts = [text.count("\n", 0, m.start()) + 1 for m in _OLX_AT.finditer(text)]
    solution = root.find(".//solution")
    explained = _markup(solution, own=False) if solution is not None else ""
    explained = "\n".join(line for line in explained.split("\n") if line.strip().lower().rstrip(":") not in ("explanation", "solution", "answer"))
    records: list[_Record] = []
    responses = [e for e in root.iter() if e.tag in _OLX_RESPONSES]
    parents = {child: parent for parent in root.iter() for child in parent}
    holders = [next(c for c in root if c is r or _olx_within(r, c, parents)) for r in responses]
    # names a <script> sets ('x = random.randint(0, 20)'), which the text and answers use as '$x' (T18-8)
    scripted = {m for script in root.iter("script") for m in re.findall(r"(?m)^[^\S\n]*([A-Za-z_]\w*)\s*=(?!=)", script.text or "")}
    for k, response in enumerate(responses):
        n = starts[k] if k < len(starts) else 1
        holder = holders[k]
        # the problem's text since the block that held the response before (each block as text, responses left out)
        context: list[str] = []
        for child in root:
            if child is holder:
                break
            if any(child is h for h in holders):
                context = []
            elif child.tag in _OLX_TEXT:
                context.append(_olx_text(child))
        label = response.find(".//label")
        group = next((g for g in response.iter() if g.tag in ("choicegroup", "checkboxgroup")), None)
        asked = _olx_text(label, own=False) if label is not None else (group.get("label", "") if group is not None else "")
        if holder is response:  # (the text inside the response, over its label: the newer OLX writes it there)
            context += [_olx_text(c) for c in response if c.tag in _OLX_TEXT and c.tag not in ("label", "description")]
        elif (cell := _olx_cell(response, parents)) is not None:  # a drop-down in a table: its row's label, its column's head
            asked = asked or _olx_cell_question(cell, parents)
        else:
            context.append(_olx_text(holder))
        lines = [line for t in context for line in t.split("\n") if line.strip()]
        if asked and any(asked.rstrip(" .?:").casefold() in line.casefold() for line in lines):
            asked = ""  # (a choice group's label attribute repeating the text above it: that text asks)
        stem = "\n".join([asked, *lines]) if asked else _ask_first(lines)
        if group is not None:
            answers = [(100.0 if (c.get("correct") or "").strip().lower() == "true" else 0.0, *_olx_choice(c)) for c in group.iter("choice")]
            records.append(_Record(n, "multichoice", stem, answers))
        elif response.tag == "optionresponse":
            field_ = response.find(".//optioninput")
            options: list[tuple[float, str, str]] = []
            if field_ is not None and field_.findall("option"):
                options = [(100.0 if (o.get("correct") or "").lower() == "true" else 0.0, *_olx_choice(o)) for o in field_.findall("option")]
            elif field_ is not None:
                right = (field_.get("correct") or "").strip()
                options = [(100.0 if m.group("text") == right else 0.0, m.group("text"), "") for m in _OLX_OPTIONS.finditer(field_.get("options") or "")]
            records.append(_Record(n, "multichoice", stem, options))
        else:
            answer = (response.get("answer") or "").strip()
            also = [(a.get("answer") or a.text or "").strip() for a in response.iter("additional_answer")]
            tolerance = next((p.get("default") for p in response.iter("responseparam") if p.get("type") == "tolerance"), None)
            shown = f"{answer} (± {tolerance})" if tolerance and response.tag == "numericalresponse" else answer
            accepted = [t for t in [shown, *also] if t]
            if "regexp" in (response.get("type") or "").lower().split():  # (its answers are patterns, not text: T18-8)
                if any(_any_text(t) for t in accepted):
                    records.append(_Record(n, "shortanswer", stem, why="any answer counts (its answer is the pattern "
                                           f"'{accepted[0]}'): a question to reflect on, nothing to learn"))  # fmt: skip
                    continue
                accepted = [f"any answer matching the pattern `{t}`" for t in accepted]
            records.append(_Record(n, "shortanswer", stem, [(100.0, t, "") for t in accepted]))
        made = records[-1]
        if scripted and any(scripted & set(_OLX_VARIABLE.findall(t)) for t in [made.stem, *(a for _, a, _ in made.answers)]):
            made.why = "its values come from the problem's script (new ones each attempt: " + ", ".join(
                sorted("$" + v for v in scripted & set(_OLX_VARIABLE.findall(" ".join([made.stem, *(a for _, a, _ in made.answers)]))))
            ) + "), which deckc does not run"
        records[-1].feedback = explained if k == len(responses) - 1 else ""
    return records


_OLX_NOT_TEXT = ("solution", "demandhint", "script", "clarification", "additional_answer", "responseparam", "textline",
                 "formulaequationinput", "description", "choicegroup", "checkboxgroup", "optioninput", "label")  # fmt: skip


def _olx_within(node: ElementTree.Element, ancestor: ElementTree.Element, parents: dict[ElementTree.Element, ElementTree.Element]) -> bool:
    while (node := parents.get(node)) is not None:  # type: ignore[assignment]
        if node is ancestor:
            return True
    return False


def _olx_text(node: ElementTree.Element, own: bool = True) -> str:
    """A block of an edX problem as text lines, its responses, hints, solution, scripts and inputs left out."""
    made = copy.deepcopy(node)
    for parent in list(made.iter()):
        for child in list(parent):
            if child.tag in _OLX_RESPONSES or child.tag in _OLX_NOT_TEXT or str(child.tag).endswith("hint"):
                tail = child.tail
                parent.remove(child)
                if tail and tail.strip():
                    parent.text = (parent.text or "") + " " + tail
    return _markup(made, own=own)


_OLX_VARIABLE = re.compile(r"\$([A-Za-z_]\w*)")


def _any_text(pattern: str) -> bool:
    """Whether a regular expression answer accepts any text at all ('.*', '.*.', '.+'): nothing to learn from it."""
    try:
        return all(re.fullmatch(pattern, sample, re.I | re.S) for sample in ("x", "Some answer, 42.", "another one"))
    except re.error:
        return False


def _olx_choice(choice: ElementTree.Element) -> tuple[str, str]:
    """An edX choice's text and its hints' (``<choicehint>``, ``<optionhint>``: shown when it is picked, or left out),
    the hints its feedback, never part of the option (trial18 T18-7)."""
    hints = [" ".join(_markup(h, own=False).split("\n")) for h in choice if str(h.tag).endswith("hint")]
    return _olx_text(choice, own=False), " ".join(h for h in hints if h)


def _olx_cell(response: ElementTree.Element, parents: dict[ElementTree.Element, ElementTree.Element]) -> ElementTree.Element | None:
    """The table cell a response stands in, or None."""
    node = parents.get(response)
    while node is not None and node.tag not in ("td", "th"):
        node = parents.get(node)
    return node


def _olx_cell_question(cell: ElementTree.Element, parents: dict[ElementTree.Element, ElementTree.Element]) -> str:
    """What a response in a table cell asks: its row's other cells' text (that hold no response), then its column's
    head ('Theory of Relativity — Scientist Credited with Discovery': trial18 T18-6)."""
    row = parents.get(cell)
    table = row
    while table is not None and table.tag != "table":
        table = parents.get(table)
    if row is None or table is None:
        return ""
    cells = [c for c in row if c.tag in ("td", "th")]
    label = " ".join(_olx_text(c, own=False).replace("\n", " ") for c in cells if not any(e.tag in _OLX_RESPONSES for e in c.iter()))
    at = next((k for k, c in enumerate(cells) if c is cell), -1)
    head_row = next((r for r in table.iter("tr") if r is not row and all(c.tag == "th" for c in r if c.tag in ("td", "th"))), None)
    heads = [c for c in head_row if c.tag in ("td", "th")] if head_row is not None else []
    column = _olx_text(heads[at], own=False).replace("\n", " ") if 0 <= at < len(heads) else ""
    return " — ".join(t.strip() for t in (label, column) if t.strip())


def _ask_first(lines: list[str]) -> str:
    """Text lines with the line that asks (the last ending in '?', else the last) first: the card shows the lines under
    a question's heading over it, so the text reads in its order."""
    if len(lines) < 2:
        return "\n".join(lines)
    q = max((k for k, line in enumerate(lines) if line.rstrip(" *_").endswith(("?", "？"))), default=len(lines) - 1)
    return "\n".join([lines[q], *lines[:q], *lines[q + 1 :]])


_QTI_ITEM_AT = re.compile(r"<(?:\w+:)?item\b", re.I)
_QTI_KINDS = {"true_false_question": "truefalse", "multiple_choice_question": "multichoice", "multiple_answers_question": "multichoice",
              "short_answer_question": "shortanswer", "numerical_question": "numerical", "essay_question": "essay",
              "text_only_question": "description", "file_upload_question": "essay"}  # fmt: skip


def _local(root: ElementTree.Element) -> ElementTree.Element:
    """The tree with every tag's namespace dropped ('{http://www.imsglobal.org/…}item' -> 'item')."""
    for e in root.iter():
        if isinstance(e.tag, str) and "}" in e.tag:
            e.tag = e.tag.split("}", 1)[1]
    return root


def _mattext(node: ElementTree.Element | None) -> str:
    """The text of a QTI element's first ``<mattext>`` (HTML when its texttype says so) as Markdown lines."""
    found = node.find(".//mattext") if node is not None else None
    # (its HTML escaped, as Canvas writes it, or as elements: '<mattext><div><strong>Match …</strong></div></mattext>')
    markup = (found.text or "") + "".join(ElementTree.tostring(child, encoding="unicode") for child in found) if found is not None else ""
    if not markup.strip():
        return ""
    raw = _DROP.sub("", _BLOCK_END.sub("\n", markup))
    lines = [" ".join(html.unescape(line).split()) for line in raw.split("\n")]
    return "\n".join(line for line in lines if line)


def _right_idents(item: ElementTree.Element) -> list[str]:
    """The response labels a QTI item's scoring gives credit for: the ``<varequal>`` of each ``<respcondition>`` that sets
    a score above 0, not inside a ``<not>``."""
    right: list[str] = []
    for condition in item.iter("respcondition"):
        scores = [s for s in condition.iter("setvar") if (s.get("action") or "Set") in ("Set", "Add")]
        try:
            credit = any(float((s.text or "0").strip() or 0) > 0 for s in scores)
        except ValueError:
            credit = False
        if not credit:
            continue
        negated = {id(v) for n in condition.iter("not") for v in n.iter("varequal")}
        right += [(v.text or "").strip() for v in condition.iter("varequal") if id(v) not in negated and (v.text or "").strip()]
    return list(dict.fromkeys(right))


def _credited(item: ElementTree.Element) -> dict[str, list[str]]:
    """The labels a QTI item's scoring conditions credit (a score set or added above 0), by the response they answer."""
    credited: dict[str, list[str]] = {}
    for condition in item.iter("respcondition"):
        scores = [s for s in condition.iter("setvar") if (s.get("action") or "Set") in ("Set", "Add")]
        try:
            if not any(float((s.text or "0").strip() or 0) > 0 for s in scores):
                continue
        except ValueError:
            continue
        for v in condition.iter("varequal"):
            credited.setdefault(v.get("respident", ""), []).append((v.text or "").strip())
    return credited


def _qti_pairs(item: ElementTree.Element) -> list[tuple[str, str]]:
    """A QTI matching question's pairs: each ``<response_lid>`` of its presentation is a prompt (its own material), its
    answer the label a scoring condition credits for that response; [] unless every prompt has text and an answer."""
    credited = {ident: labels[0] for ident, labels in _credited(item).items()}
    pairs: list[tuple[str, str]] = []
    for lid in item.find("presentation").findall("response_lid"):  # type: ignore[union-attr]
        prompt = _mattext(lid.find("material"))
        labels = {label.get("ident", ""): _mattext(label) for label in lid.iter("response_label")}
        answer = labels.get(credited.get(lid.get("ident", ""), ""), "")
        if not prompt or not answer:
            return []
        pairs.append((" ".join(prompt.split("\n")), " ".join(answer.split("\n"))))
    return pairs


_QTI_GAPPED = {"fill_in_multiple_blanks_question": "SHORTANSWER", "multiple_dropdowns_question": "MULTICHOICE"}


def _qti_gaps(item: ElementTree.Element, stem: str) -> str | None:
    """Canvas' text with blanks or dropdowns ('Water boils at [boil] °C …', each ``[name]`` a ``<response_lid>`` whose
    credited labels are its answers) as Moodle's embedded answers ('{1:SHORTANSWER:=100}', a dropdown's other choices
    after '~'), which the cloze reader reads; None when a gap of the text has no credited answer (trial25 T25-59: the
    blank names were shown, the answers listed as 'boil → 100')."""
    credited = _credited(item)
    kind = _QTI_GAPPED[next(f.findtext("fieldentry", "").strip() for f in item.iter("qtimetadatafield") if f.findtext("fieldlabel", "").strip() == "question_type")]
    gapped = stem
    for n, lid in enumerate(item.find("presentation").findall("response_lid"), start=1):  # type: ignore[union-attr]
        name = " ".join(_mattext(lid.find("material")).split())
        labels = [(label.get("ident", ""), " ".join(_mattext(label).split())) for label in lid.iter("response_label")]
        right = [text for ident, text in labels if ident in credited.get(lid.get("ident", ""), []) and text]
        if not name or not right or f"[{name}]" not in gapped:
            return None
        others = [text for ident, text in labels if text and text not in right] if kind == "MULTICHOICE" else []
        gap = "{" + f"{n}:{kind}:" + "~".join([*(f"={r}" for r in right), *others]).replace("}", "\\}") + "}"
        gapped = gapped.replace(f"[{name}]", gap, 1)
    return gapped if gapped != stem else None


def _qti_records(root: ElementTree.Element, text: str) -> list[_Record]:
    """An IMS QTI 1.2 quiz (Canvas' 'Export quiz', Blackboard, text2qti: ``<questestinterop><assessment><section><item>``;
    trial12 U41): each ``<item>`` a question, its ``<presentation>``'s text the stem, its ``<response_label>`` options,
    the ones a scoring condition gives credit for right; a short answer's or numerical question's credited values its
    answers; ``general_fb`` / an option's feedback on the back; a titled ``<section>`` a section."""
    starts = [text.count("\n", 0, m.start()) + 1 for m in _QTI_ITEM_AT.finditer(text)]
    records: list[_Record] = []
    k = 0
    for section in [root, *root.iter("section")]:
        title = section.get("title", "") if section is not root else ""
        items = [c for c in section if c.tag == "item"]
        if title and items and not re.fullmatch(r"(?i)root[_ ]?section", title):
            records.append(_Record(starts[k] if k < len(starts) else 1, "category", title))
        for item in items:
            n = starts[k] if k < len(starts) else 1
            k += 1
            meta = {(f.findtext("fieldlabel") or "").strip(): (f.findtext("fieldentry") or "").strip() for f in item.iter("qtimetadatafield")}
            presentation = item.find("presentation")
            stem = _mattext(presentation)
            labels = [(label.get("ident", ""), _mattext(label)) for label in item.iter("response_label")]
            right = set(_right_idents(item))
            feedback = {fb.get("ident", ""): _mattext(fb) for fb in item.iter("itemfeedback")}
            general = feedback.get("general_fb", "") or feedback.get("correct_fb", "")
            kind = _QTI_KINDS.get(meta.get("question_type", ""), "multichoice" if labels else "shortanswer")
            gapped = _qti_gaps(item, stem) if meta.get("question_type", "") in _QTI_GAPPED and presentation is not None else None
            if gapped is not None:  # (Canvas' blanks and dropdowns in the text: a cloze, each gap its answer; T25-59)
                records.append(_Record(n, "cloze", gapped, [], [], "", general))
                continue
            pairs = _qti_pairs(item) if presentation is not None and len(presentation.findall("response_lid")) > 1 else []
            if pairs:  # (a matching question: a list of prompts, each its own list of the same answers; formats2 F2-17)
                records.append(_Record(n, "matching", stem, [], pairs, "", general))
                continue
            if kind in ("multichoice", "truefalse"):
                answers = [(100.0 if ident in right else 0.0, shown, feedback.get(f"{ident}_fb", "")) for ident, shown in labels]
            elif kind in ("shortanswer", "numerical"):
                answers = [(100.0, value, "") for value in _right_idents(item)]
                bounds = [(v.tag, (v.text or "").strip()) for c in item.iter("respcondition") for v in c.iter() if v.tag in ("vargte", "varlte", "vargt", "varlt")]
                if not answers and len(bounds) == 2:  # (a numerical answer given as a range)
                    answers = [(100.0, " to ".join(sorted((b for _, b in bounds), key=lambda b: b)), "")]
            else:
                answers = []
            records.append(_Record(n, kind, stem, answers, [], "", general))
    return records


def _offset(text: str, line: int) -> int:
    """Where line ``line`` (1-based) of ``text`` starts."""
    at = 0
    for _ in range(line - 1):
        at = text.index("\n", at) + 1
    return at


# a named entity reference: '&url.foldoc;', '&php.ini;', '&nbsp;' (never a character reference '&#160;')
_ENTITY = re.compile(r"&([A-Za-z_][\w.:-]*);")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})


def _entities_defined_elsewhere(text: str) -> tuple[str, list[str], int | None]:
    """The text with each entity it uses but does not declare replaced, the names replaced and the first one's line: a
    DocBook chapter of a manual uses the book's entities ('&url.foldoc;', '&php.ini;', declared in another file the
    book's build joins; trial49 T49-1), which stopped the whole build as broken XML. An HTML name ('&nbsp;', '&eacute;')
    is its character, any other its name as a word ('php.ini'): the file reads as its author wrote it, and says so."""
    declared = set(re.findall(r"<!ENTITY\s+([\w.:-]+)", text))
    names: list[str] = []
    first: int | None = None

    def one(m: re.Match[str]) -> str:
        nonlocal first
        name = m.group(1)
        if name in _XML_ENTITIES or name in declared:
            return m.group()
        if f"{name};" in html.entities.html5:
            return html.escape(html.entities.html5[f"{name};"])
        if name not in names:
            names.append(name)
        if first is None:
            first = text.count("\n", 0, m.start()) + 1
        return html.escape(name)

    return _ENTITY.sub(one, text), names, first


def convert_moodle(text: str, rel: str = "") -> Converted:
    text, outside, first = _entities_defined_elsewhere(text)
    converted = _convert_moodle(text, rel)
    if not outside:
        return converted
    shown = ", ".join(f"&{name};" for name in outside[:3]) + (f" and {len(outside) - 3} more" if len(outside) > 3 else "")
    said = Diagnostic(rel, first, f"{len(outside)} entit{'y' if len(outside) == 1 else 'ies'} this file uses but declares nowhere in it ({shown}), as a manual's chapter uses its book's: each shown as its name",
                      "declare them in the file's <!DOCTYPE …[ <!ENTITY name \"text\"> ]> to show their text, or write the text in their place", "warning")
    return dataclasses.replace(converted, warnings=(*converted.warnings, said))


def _convert_moodle(text: str, rel: str) -> Converted:
    try:
        root = ElementTree.fromstring(text.encode("utf-8") if text.lstrip().startswith("<?xml") else text)
    except ElementTree.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise ContentError([Diagnostic(rel, line, f"broken XML: {exc}", "fix the file (an XML checker names the place)")]) from None
    if root.tag == "question_categories":  # a course backup's question bank (questions.xml in every .mbz)
        records = _backup_records(root, text)
    elif root.tag == "quiz":
        records = _export_records(root, text)
    elif root.tag == "problem":  # an Open edX problem (trial11 P88)
        records = _olx_records(root, text)
    elif root.tag.endswith("questestinterop"):  # IMS QTI 1.2: Canvas, Blackboard, text2qti (trial12 U41)
        records = _qti_records(_local(root), text)
    elif qti2.is_item(_local(root).tag) or any(qti2.is_item(str(e.tag)) for e in root.iter()):
        # IMS QTI 2.x / 3.0 items (a package's item files: trial17 T17-19), each question at its interaction's line
        items = [e for e in root.iter() if qti2.is_item(str(e.tag))]
        at = [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"<(?:[\w.-]+:)?(?:assessmentItem|qti-assessment-item)\b", text)]
        records = [_Record(*q) for k, e in enumerate(items) for q in qti2.item_questions(e, text[_offset(text, at[k]) :] if k < len(at) else text, at[k] if k < len(at) else 1)]
    else:
        cards = _flashcards(_local(root), text)
        if cards:  # another tool's flashcard export: '<card><front>…</front><back>…</back>' (trial17 T17-1)
            return cards
        raise ContentError([Diagnostic(rel, None, f"not a Moodle quiz: an XML file whose root element is <{root.tag}>{_records_said(root)}", _NOT_READ_HINT, group=NOT_A_DOCUMENT)])
    named = "edX problem" if root.tag == "problem" else "QTI question" if "questestinterop" in root.tag or qti2.is_item(root.tag) else "Moodle question"
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    in_order: set[int] = set()  # questions whose text goes on under its first paragraph (a picture): shown as written
    section, asked = "", False  # (the category's name; a question since the last heading)
    for r in records:
        n, kind, answers, feedback = r.line, r.kind, r.answers, r.feedback
        if kind == "category":
            name = r.stem.split("/")[-1].strip()
            if name:
                section = name.strip("$") if name.startswith("$") else name
                out += [(f"## {section}", n), ("", n)]
                asked = False
            continue
        head, *body = r.stem.split("\n") if r.stem else ["", ""]
        if root.tag in ("quiz", "question_categories") and any(b.strip() for b in body):
            # (a Moodle question's text is one text: '<p>Which organelle …?</p><p><img …></p>' shows the picture under
            # its sentence, T23-28; a QTI item's passage stays above its question)
            in_order.add(n)
        lines: list[str] = []
        if kind == "multichoice" and answers:
            # (a question stated, 'Multiple Answers, correct answers: A, B, C' over six boxes, three ticked, asks all the
            # same: a question to the Markdown reading, never a done list; formats2 F2-14)
            asks = head.rstrip(" *_").endswith(("?", "？"))
            lines = [f"### {'' if asks else 'Q: '}{_escape(head)}", "", *body, *([""] if body else []),
                     *(f"- [{'x' if f > 0 else ' '}] {t}" for f, t, _ in answers if t.strip())]  # fmt: skip
            notes = [f"{t}: {fb}" for _, t, fb in answers if fb and not VERDICT_ONLY.match(fb)]  # ('1: Correct.': noise)
            lines += ["", *notes] if notes else []
        elif kind == "truefalse" and answers:
            right = next((t.strip().lower() for f, t, _ in answers if f > 0), "")
            asks = head.rstrip().endswith(("?", "？"))
            lines = [f"### {_escape(head)}" + ("" if asks else " True or false?"), "", *body, *([""] if body else []),
                     f"- [{'x' if right == 'true' else ' '}] True", f"- [{'x' if right == 'false' else ' '}] False"]  # fmt: skip
        elif kind in ("shortanswer", "numerical") and answers:
            best = max(f for f, _, _ in answers)  # (a half-credit answer is no other way to say it: trial12 U72)
            good = [t for f, t, _ in answers if f > 0 and f == best] or [answers[0][1]]
            said = next((fb for f, _, fb in answers if f == best and fb and not VERDICT_ONLY.match(fb)), "")
            lines = [f"### {_escape(head)}", "", *body, *([""] if body else []), "#### Answer", "", good[0]]
            lines += ["", "Also accepted: " + ", ".join(good[1:])] if good[1:] else []
            lines += ["", said] if said else []
        elif kind in ("multianswer", "cloze") and EMBEDDED.search(r.stem):
            # Moodle's embedded answers ('{1:SHORTANSWER:=Beagle}', '{1:MULTICHOICE:Canary~=Galápagos}'): a cloze note, each
            # answer a deletion holding its right answer, a choice's options its hint (trial12 U72)
            coded = _cloze_lines(r.raw) if r.raw else None  # (its gaps in a code block: the code's lines kept, T18-41)
            said = embedded_cloze(coded if coded is not None and EMBEDDED.search(coded) else r.stem.replace("\n", " ")) or ""
            lines = ["<quiz>", "", said, *(["", feedback] if feedback else []), "", "</quiz>"]  # (the general feedback: its extra text)
            feedback = ""
            if asked:  # (under the question before, it would be part of that answer: a heading of its own)
                lines = [f"## {section or 'Cloze'}", "", *lines]
            head = head or "cloze"
        elif kind in ("matching", "match") and any(a and b for a, b in r.pairs):
            lines = [f"### {_escape(head)}", "", *body, *([""] if body else []), "#### Answer", "", *(f"- {a} → {b}" for a, b in r.pairs if a and b)]
        elif kind == "essay" and r.grader:
            lines = [f"### {_escape(head)}", "", *body, *([""] if body else []), "#### Answer", "", *r.grader.split("\n")]
        if r.why or not lines or not head:
            why = (
                r.why if r.why
                else "a question with no text" if not head and lines
                else "a description, no question" if kind == "description"
                else "an essay question: no answer to learn (it has no grader information)" if kind == "essay"
                else f"a QTI {kind} deckc does not read" if kind.endswith("Interaction")
                else f"a {kind or 'question'} record deckc does not read"
            )  # fmt: skip
            hint = (
                "nothing to learn from it: leave it" if kind in ("description", "essay")
                else "write the question and its answer by hand in a Markdown file if you want its card" if kind.endswith("Interaction") or r.why
                else "export it as GIFT from Moodle to check, or write it by hand" if named == "Moodle question"
                else "write the question and its answer by hand in a Markdown file if you want its card"
            )  # fmt: skip
            # (one line per kind: an essay's count is not said under a description's reason)
            warnings.append(Diagnostic(rel, n, f"{named} not read: {why}", hint, "warning", group=f"moodle-skipped:{kind}"))
            continue
        if feedback:
            lines += ["", feedback]
        out += [(line, n) for line in lines] + [("", n)]
        asked = True
    while out and not out[-1][0]:
        out.pop()
    if not out:
        # (a quiz of a lone question deckc does not read, a QTI item bank's stimulus: one message naming why, a warning when
        # deck.toml does not name the file, never an error that stops the deck; formats2 F2-16)
        first = warnings[0] if warnings else None
        why = f": {len(warnings)} question{'s' if len(warnings) != 1 else ''} not read ({first.message.removeprefix(f'{named} not read: ')})" if first else ""
        quiz = "an edX problem" if named == "edX problem" else "a quiz"
        raise ContentError([Diagnostic(rel, first.line if first else None, f"{quiz} with no question deckc reads{why}",
                                       first.hint if first else "export the questions again", group=NOT_A_DOCUMENT)])  # fmt: skip
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n for _, n in out), warnings=tuple(warnings), in_order=frozenset(in_order))


# --- flashcard exports of other tools (trial17 T17-1) -------------------------------------------------------------
# a record's question and answer, by its child's tag or its 'name' attribute (AnkiApp's <rich-text name="Front">):
# a card pack's <front>/<back>, Mnemosyne 1.x's <Q>/<A>, SuperMemo's <Question>/<Answer>
_FRONTS = {"front", "q", "question", "prompt", "term", "word", "recto"}
_BACKS = {"back", "a", "answer", "definition", "meaning", "response", "verso"}
_EXTRAS = {"reference", "source", "explanation", "note", "notes", "extra", "comment"}
_OPTION = re.compile(r"^(?P<letter>[A-Ha-h])[.)]\s+(?P<text>.*\S)?\s*$")
_SECTION_KEYS = ("category", "cat", "topic", "chapter")
# what a tool names the category of a card filed under none: Mnemosyne 1.x's '<default>', 2.x's '__UNTAGGED__' (T31-12)
_NO_CATEGORY = frozenset({"<default>", "__untagged__"})
_TITLE_KEYS = ("title", "name")
_NOT_READ_HINT = (
    "deckc reads Moodle XML question exports (<quiz>), a course backup's questions.xml (<question_categories>), Open "
    "edX problems (<problem>), IMS QTI 1.2 quizzes (<questestinterop>: Canvas, Blackboard), QTI 2.x/3.0 items "
    "(<assessmentItem>; a QTI package's .zip is read whole) and flashcard exports whose "
    "records hold a question (<front>, <Q>, <Question>) and an answer (<back>, <A>, <Answer>); export the cards as "
    "CSV (question,answer) and read that, or rename the file to a name starting with '#' to leave it out"
)


def _role(node: ElementTree.Element) -> str:
    """'front', 'back', 'extra' or '' for a record's child, by its tag or its ``name`` attribute."""
    names = {str(node.tag).lower(), (node.get("name") or "").lower()}
    return "front" if names & _FRONTS else "back" if names & _BACKS else "extra" if names & _EXTRAS else ""


# Mnemosyne 2's fact (its XML export, the cards.xml of a .cc file: '<log type="10" o_id="…"><f>…</f><b>…</b></log>'): its
# data keys, 'f'/'b' a front-to-back fact's sides, 'f'/'p_1'/'m_1'/'n' a vocabulary fact's word, pronunciation,
# meaning and notes; the names its extras are shown under
_MNEMOSYNE = {"f": "front", "b": "back", "m_1": "back", "p_1": "extra", "n": "extra"}
_EXTRA_NAMES = {"p_1": "Pronunciation", "n": "Notes"}


def _roles(node: ElementTree.Element) -> list[str]:
    """The roles of a record's children (:func:`_role`); a Mnemosyne 2 fact's by its data keys (a one-letter ``<b>``
    is bold elsewhere, so only among keys of that fact alone)."""
    tags = [str(c.tag).lower() for c in node]
    if "f" in tags and ("b" in tags) != ("m_1" in tags) and set(tags) <= set(_MNEMOSYNE):
        return [_MNEMOSYNE[t] for t in tags]
    return [_role(child) for child in node]


def _mnemosyne_cards(root: ElementTree.Element) -> tuple[dict[str, list[str]], set[str]]:
    """Mnemosyne 2's cards of its facts (``<log … fact="fact_1" fact_v="2.2" tags="…"/>``): each fact's tags (by name,
    through the export's tag records when its cards name tag ids), and the facts a card asks the other way (a view
    ``x.2``: a front-to-back-and-back-to-front or vocabulary fact's production card)."""
    names = {node.get("o_id"): " ".join((node.findtext("name") or "").split()) for node in root.iter() if node.find("name") is not None}
    tags: dict[str, list[str]] = {}
    reverse: set[str] = set()
    for node in root.iter():
        fact = node.get("fact")
        if not fact:
            continue
        said = [names.get(t.strip()) or t.strip() for t in (node.get("tags") or "").split(",")]
        tags.setdefault(fact, [])
        tags[fact] += [t for t in said if t and t != "__UNTAGGED__" and t not in tags[fact]]
        if (node.get("fact_v") or "").endswith(".2"):
            reverse.add(fact)
    return tags, reverse


def _card_text(node: ElementTree.Element) -> list[str]:
    """A card side's lines: its text as written (a question over its options keeps its lines), HTML inside it
    (AnkiApp's rich text, escaped markup) as text lines."""
    if len(node):
        return [line for line in _markup(node, own=False).split("\n") if line]
    raw = _BLOCK_END.sub("\n", node.text or "")
    raw = _DROP.sub("", raw)
    return [" ".join(html.unescape(line).split()) for line in raw.split("\n") if line.strip()]


_GOES_ON = re.compile(r"[?？](?=\s+\S)")  # a question mark with more of the question after it


def _flashcards(root: ElementTree.Element, text: str) -> Converted | None:
    """An XML file of flashcard records (a card pack's ``<card>``, Mnemosyne's ``<item>``, SuperMemo's ``<Content>``,
    AnkiApp's ``<card>`` of ``<rich-text name="Front">``): a Basic card per record holding one front and one back, its
    category (an attribute or a ``<cat>``) or the title of a record above it (``<deck title=…>``, SuperMemo's
    ``<Title>``) the section, a ``<reference>`` under the answer, a ``tags`` attribute its tags; None when no record
    holds both."""
    parents = {child: parent for parent in root.iter() for child in parent}
    records = []
    for node in root.iter():
        roles = _roles(node)
        if roles.count("front") == 1 and roles.count("back") == 1:
            records.append(node)
    if not records:
        return None
    fact_tags, reverse = _mnemosyne_cards(root) if any(r.get("o_id") for r in records) else ({}, set())
    order: dict[str, dict[ElementTree.Element, int]] = {}  # each record's place among the elements of its tag
    out: list[tuple[str, int]] = []
    loose: list[tuple[str, int]] = []  # the records in no section that follow a section's
    both_ways: set[int] = set()
    section = ""
    for record in records:
        tag = str(record.tag)
        at = [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r"<(?:[\w.-]+:)?" + re.escape(tag) + r"[\s/>]", text)]
        if tag not in order:  # (Mnemosyne's card records are <log> elements too, among its facts)
            order[tag] = {node: k for k, node in enumerate(node for node in root.iter() if str(node.tag) == tag)}
        k = order[tag][record]
        n = at[k] if k < len(at) else 1
        roles = _roles(record)
        front = next(c for c, role in zip(record, roles, strict=True) if role == "front")
        back = next(c for c, role in zip(record, roles, strict=True) if role == "back")
        written = docbook.is_docbook(record)  # (a DocBook FAQ's <qandaentry>: its markup as Markdown, trial28 T28-33)
        asked, answer = (docbook.markdown_lines(front), docbook.markdown_lines(back)) if written else (_card_text(front), _card_text(back))
        if not asked or not answer:
            continue
        if record.get("o_id") in reverse:
            both_ways.add(n)
        here = _record_section(record, parents)
        if here and here != section:
            section = here
            out += [(f"## {_escape(section)}", n), ("", n)]
        # (a record in no section after one in a section: written above the first section, never under the last one:
        # SuperMemo's item after its topic closed was filed under that topic, T31-54)
        into = loose if section and not here else out
        # a number line over the question ('T1A01 [97.3(a)(4)]' / 'For whom is …?'): one heading, never the stem first
        q = next((k for k, line in enumerate(asked[:3]) if line.rstrip(" *_").endswith(("?", "？"))), 0)
        head, stem = " ".join(asked[: q + 1]), asked[q + 1 :]
        asks = q > 0 or head.rstrip(" *_").endswith(("?", "？"))
        options = [_OPTION.match(line) for line in stem]
        key = _OPTION.match(answer[0] + " ") if len(answer) == 1 else None
        letters = [m.group("letter").upper() for m in options if m is not None]
        tags = (record.get("tags") or "").replace(",", " ").split() or fact_tags.get(record.get("o_id") or "", [])
        tagline = [" ".join("#" + re.sub(r"[^\w/:-]", "_", t) for t in tags), ""] if tags else []  # ('Deutsch::A1': Anki's tree)
        if written:
            # a <question> is one question whole, even when it goes on after its '?' ('… How can I do this? I'd also
            # like to convert " to \\" …'): labelled, never its words after the '?' read as the answer's start and put
            # back before it, unescaped (trial49 T49-4)
            label = "Q: " if _GOES_ON.search(asked[0]) else ""
            lines = [f"### {label}{_escape(asked[0])}", "", *asked[1:], *([""] if asked[1:] else []), *tagline, "#### Answer", "", *answer]
        elif len(stem) >= 2 and all(options) and key is not None and key.group("letter").upper() in letters:
            # its options under the question and the answer naming one ('D. Persons who …'; Mnemosyne's ham-radio
            # pools): multiple choice, the named option ticked
            right = key.group("letter").upper()
            lines = [f"### {'' if asks else 'Q: '}{_escape(head)}", "", *tagline]
            lines += [f"- [{'x' if m.group('letter').upper() == right else ' '}] {m.group('text')}" for m in options if m is not None]
        else:
            lines = [f"### {'' if asks else 'Q: '}{_escape(head)}", "", *(_escape(line) for line in stem), *([""] if stem else []), *tagline]
            lines += ["#### Answer", "", *(_escape(line) for line in answer)]
        for extra in (c for c, role in zip(record, roles, strict=True) if role == "extra"):
            said = " ".join(_card_text(extra))
            name = _EXTRA_NAMES.get(str(extra.tag).lower()) or str(extra.tag).capitalize()
            lines += ["", f"*{name}:* {said}"] if said else []
        into += [(line, n) for line in lines] + [("", n)]
    out = [*loose, *out]
    while out and not out[-1][0]:
        out.pop()
    title = docbook.document_title(root) if out and docbook.is_docbook(records[0]) else ""
    if title:  # (the document's title: the deck's title for it, above its sections)
        at = text.count("\n", 0, max(text.find("<title"), 0)) + 1
        out = [(f"# {_escape(title)}", at), ("", at), *out]
    return Converted("\n".join(t for t, _ in out) + "\n", tuple(n for _, n in out), both_ways=frozenset(both_ways)) if out else None


def _record_section(record: ElementTree.Element, parents: dict[ElementTree.Element, ElementTree.Element]) -> str:
    """A record's section: its category (an attribute, or a child ``<cat>``), else the title or name of the nearest
    element above it that has one (an attribute or a child)."""
    for key in _SECTION_KEYS:
        said = record.get(key) or (record.findtext(key) or "").strip()
        if said:
            return "" if said.strip().lower() in _NO_CATEGORY else " ".join(said.split())
    node = parents.get(record)
    while node is not None:
        for key in _TITLE_KEYS:
            said = node.get(key) or next(((c.text or "").strip() for c in node if str(c.tag).lower() == key and (c.text or "").strip()), "")
            if said:
                return " ".join(said.split())
        node = parents.get(node)
    return ""


def _records_said(root: ElementTree.Element) -> str:
    """What a file deckc cannot read holds, so the message can say it: ' (its <card> records hold <x>, <y>)'."""
    counts: dict[str, int] = {}
    for node in root.iter():
        if len(node):
            counts[str(node.tag)] = counts.get(str(node.tag), 0) + 1
    repeated = sorted((n, tag) for tag, n in counts.items() if n >= 2)
    if not repeated:
        return ""
    tag = repeated[-1][1]
    record = next(node for node in root.iter() if str(node.tag) == tag)
    fields = list(dict.fromkeys(f"<{c.tag}{' name=' + repr(c.get('name')) if c.get('name') else ''}>" for c in record))[:6]
    return f" (its {repeated[-1][0]} <{tag}> records hold {', '.join(fields)}: none is a question beside an answer)"
