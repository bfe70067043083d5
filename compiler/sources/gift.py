"""Moodle's GIFT quiz format (``.gift``, ``.gift.txt``), read as Markdown after a conversion (learner2 M38).

GIFT is the plain-text import format of Moodle, and what many teachers and quiz generators write::

    // a comment
    $CATEGORY: Biology/Cells
    ::Q1:: Which organelle performs cellular respiration? {=Mitochondrion ~Ribosome ~Lysosome}
    ::Q2:: The cell membrane is made mainly of phospholipids. {TRUE}
    ::Q3:: DNA is found in the {=nucleus =nucleoid} of the cell.
    ::Q4:: What is pi to two decimals? {#3.14:0.005}

Questions are separated by blank lines; the answer block ``{…}`` holds ``=right`` and ``~wrong`` options
(each with an optional ``#feedback``), ``T``/``F``/``TRUE``/``FALSE``, ``=a -> b`` matching pairs, a ``#``
number, or nothing (an essay). Each question becomes the Markdown deckc reads: a heading over task boxes
for options (True/False too, its statement asked "True or false?"), a heading with a blank ``_____`` where
the answer block stood inside the sentence, the answer under it; the category is the section; ``::title::`` and comments are dropped; feedback
and general feedback (``####``) go on the back. Every line of the Markdown names the line of its question.
"""

from __future__ import annotations

import re
from pathlib import Path

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.base import load_document
from compiler.sources.converted import NOT_A_DOCUMENT, Converted
from compiler.sources.embedded import EMBEDDED, embedded_cloze

_TITLE = re.compile(r"^\s*::(?:\\.|[^:]|:(?!:))*::\s*")
_FORMAT = re.compile(r"^\[(?:html|moodle|plain|markdown)\]\s*", re.I)
_BLOCK = re.compile(r"(?<!\\)\{[^{}]*\}")  # an answer block, '{}' for an essay
_SPECIAL = re.compile(r"\\([~=#{}:\\])")
_NEWLINE = re.compile(r"(?<!\\)\\n")  # (Moodle writes a line break in a question as '\n')
FEEDBACK_MIN = 2  # word characters a feedback needs to say anything
_IMG = re.compile(r"<img\b[^>]*>", re.I)
_ATTR = re.compile(r"""\b(?P<name>src|alt)\s*=\s*(?:"(?P<q>[^"]*)"|'(?P<s>[^']*)'|(?P<u>[^\s>]+))""", re.I)
_TABLE = re.compile(r"<table\b.*?</table\s*>", re.I | re.S)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.I | re.S)
_CELL = re.compile(r"<t[dh]\b[^>]*>(.*?)</t[dh]\s*>", re.I | re.S)


# TeX a quiz writes in its text: '$…$' (pandoc's rule: no space inside either dollar, no digit after the
# closing one, so '$5 or $10' is no formula), '$$…$$', '\\(…\\)', '\\[…\\]'
# (and no closing HTML tag inside: 'in $</span></p>' is a dollar sign)
_MATH = re.compile(r"\$\$.+?\$\$|\$(?=\S)(?:\\.|(?!</)[^$\\])+?(?<=\S)\$(?!\d)|\\\(.+?\\\)|\\\[.+?\\\]")


def _math_end(text: str, k: int) -> int:
    """The end of the formula starting at ``k``, or ``k`` when none does: a formula's braces and signs are
    TeX, not GIFT's (trial11 P25: '$\\dfrac{1}{2}$' in an option ended the answer block at its first '}')."""
    if text[k] not in "$\\":
        return k
    m = _MATH.match(text, k)
    return m.end() if m else k


_SPECIAL_IN_MATH = re.compile(r"\\([~=#{}:])")  # ('\\\\' is TeX's line break there: kept)


def _unescape(text: str) -> str:
    """GIFT's escapes undone (``\\=`` -> ``=``, Moodle's ``\\n`` line break a space: trial12 U20); inside a formula a
    double backslash stays TeX's line break. A format marker opening the part (``~[moodle]Nunca``, ``#[html]wrong``:
    Moodle's export writes one before each option and feedback) says how to read it, never text (formats2 F2-5)."""
    text = _FORMAT.sub("", text.strip())
    out, pos = [], 0
    for m in _MATH.finditer(text):
        out += [_SPECIAL.sub(r"\1", _NEWLINE.sub(" ", text[pos : m.start()])), _SPECIAL_IN_MATH.sub(r"\1", m.group())]
        pos = m.end()
    out.append(_SPECIAL.sub(r"\1", _NEWLINE.sub(" ", text[pos:])))
    text = "".join(out).strip()
    return _inline_html(text) if "<" in text else text


_TAG_SPAN = re.compile(r"<(/?)span\b([^>]*)>", re.I)
_LONE_P = re.compile(r"^<p\b(?P<attrs>[^>]*)>(?P<body>(?:(?!</?p\b).)*)</p>$", re.S | re.I)
_EDGE_BREAKS = re.compile(r"^(?:\s|<br\s*/?>)+|(?:\s|<br\s*/?>)+$", re.I)
_COLOUR = re.compile(r"(?i)colou?r|background")


_EMPTY_ELEMENT = re.compile(r"<(p|span|font|b|i|em|strong|u)\b[^<>]*>(?:\s|&nbsp;|<br\s*/?>)*</\1\s*>", re.I)


def _inline_html(text: str) -> str:
    """An [html] question's text as inline text (trial11 P28: every option a '<p>' block, so its letter and its
    words sat on two lines): a word processor's ``<span style="font-size: …">`` wrappers go (one that sets a
    colour stays: colour is emphasis), and so do line breaks at either end and a '<p>' around all of it."""
    kept: list[bool] = []

    def span(m: re.Match[str]) -> str:
        if m.group(1):
            return m.group() if kept and kept.pop() else ""
        kept.append(bool(_COLOUR.search(m.group(2))))
        return m.group() if kept[-1] else ""

    text = _TAG_SPAN.sub(span, text)
    while (emptied := _EMPTY_ELEMENT.sub("", text)) != text:  # ('<p></p>', a Wingdings tick's empty span: T23-3)
        text = emptied
    text = _EDGE_BREAKS.sub("", text)
    lone = _LONE_P.match(text)
    if lone and not _COLOUR.search(lone.group("attrs")):
        text = _EDGE_BREAKS.sub("", lone.group("body"))
    return text


def _split_unescaped(text: str, marks: str) -> list[tuple[str, str]]:
    """``[(mark, text)]``: the parts of ``text`` each led by one of ``marks`` not escaped with a backslash
    (nor inside a formula)."""
    parts: list[tuple[str, str]] = []
    mark, buf, k = "", [], 0
    while k < len(text):
        ch = text[k]
        if (end := _math_end(text, k)) > k:
            buf.append(text[k:end])
            k = end
            continue
        if ch == "\\" and k + 1 < len(text):
            buf.append(text[k : k + 2])
            k += 2
            continue
        if ch in marks:
            if mark and not "".join(buf).strip():  # ('{~as~=like}': '~=' is one mark, the right one's; trial12 U73)
                mark = "=" if "=" in (mark, ch) else ch
                k += 1
                continue
            if (buf and "".join(buf).strip()) or mark:
                parts.append((mark, "".join(buf)))
            mark, buf = ch, []
        else:
            buf.append(ch)
        k += 1
    if (buf and "".join(buf).strip()) or mark:
        parts.append((mark, "".join(buf)))
    return parts


def _answer_block(text: str) -> tuple[int, int] | None:
    """Where the question's answer block ``{…}`` is (the first unescaped ``{`` outside a formula, and its ``}``)."""
    k, start = 0, None
    while k < len(text):
        if (end := _math_end(text, k)) > k:
            k = end
            continue
        if text[k] == "\\":
            k += 2
            continue
        if text[k] == "{" and start is None:
            start = k
        elif text[k] == "}" and start is not None:
            return start, k
        k += 1
    return None


# feedback that only says whether the option was right (Moodle's export fills in 'Correct' / 'Incorrect'): the back
# marks the right option already, so 'import math: Correct' under every option is noise (trial11 P28)
VERDICT_ONLY = re.compile(r"(?i)^\W*(?:correct|incorrect|right|wrong|true|false|yes|no|not correct|well done|try again)\W*$")


def _feedback(option: str, answer: bool = False) -> tuple[str, str]:
    """``Mitochondrion#Right: it makes ATP`` -> ``("Mitochondrion", "Right: it makes ATP")``; a bare verdict
    ('Correct') is no feedback. With ``answer`` (a short or numerical answer's feedback, shown under it on the back) a
    verdict opening it goes too: ``Correct. There are eight planets`` -> ``There are eight planets``."""
    parts = _split_unescaped(option, "#")
    text = parts[0][1] if parts and not parts[0][0] else ""
    rest = " ".join(_unescape(p) for m, p in parts if m == "#" and p.strip())
    said = re.sub(r"<[^>]+>", "", rest)
    # (a verdict before what it says, 'Correct. There are eight planets …', 'Yes, that's right!': the card marks the
    # answer already, the words after it are the feedback; trial46 T46-11)
    for _ in range(3 if answer else 0):  # ('Yes! That's right!': two verdicts)
        lead = _VERDICT_LEAD.match(said)
        if lead is None:
            break
        said = said[lead.end() :]
        rest = said[:1].upper() + said[1:]
    # (a bare verdict, or a mark too short to say anything: an exam tool's '#x' after every option, trial12 U20)
    return _unescape(text), "" if VERDICT_ONLY.match(said) or len(re.sub(r"\W", "", said)) < FEEDBACK_MIN else rest


# a verdict opening a feedback ('Correct.', 'Yes, that's right!', 'Right:', 'Incorrect —', 'Richtig!', 'Correcto.')
_VERDICT_LEAD = re.compile(
    r"^\s*(?i:(?:that'?s\s+)?(?:correct|incorrect|right|wrong|yes|no|exactly|well\s+done|not\s+quite|good|great|richtig|falsch"
    r"|correcto|incorrecto|correct[e]?|exact|bravo|giusto|sbagliato|certo)(?:,?\s+(?:that'?s|that\s+is|it'?s)\s+(?:right|correct|wrong))?)"
    r"\s*[!.:;—–-]+\s*"  # (never a comma: 'Right, but in French.' qualifies its verdict, kept whole)
)


_WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")


def _best(answers: list[str]) -> tuple[list[str], str]:
    """The answers of the best credit among a question's ``=`` answers (``=%75%Nazereth``: 75; none written is
    100) and the feedback of the first that has one: a partial-credit answer is no other way to say the answer,
    as a Moodle XML export is read (trial12 U72), and its weight is never text (formats2 F2-3)."""
    graded: list[tuple[float, str, str]] = []
    for answer in answers:
        m = _WEIGHT.match(answer)
        text, said = _feedback(answer[m.end() :] if m else answer, answer=True)
        graded.append((float(m.group(1)) if m else 100.0, text, said))
    best = max((credit for credit, text, _ in graded if text), default=0.0)
    good = [(text, said) for credit, text, said in graded if text and credit == best]
    return [text for text, _ in good], next((said for _, said in good if said), "")


def _apart(said: list[str]) -> list[str]:
    """Lines after an answer, each a paragraph of its own ('Also accepted: CO2', then the feedback: one line of the
    back, run together, before; trial46 T46-11)."""
    return [line for text in said for line in ("", text)]


def _number(value: str) -> str:
    """A numerical answer as the back shows it: '3.14:0.005' -> '3.14 (± 0.005)', '1..5' -> '1 to 5', '9:0' -> '9'."""
    value = value.strip()
    if ":" in value:
        number, tolerance = value.split(":", 1)
        return number.strip() if not tolerance.strip().strip("0.") else f"{number.strip()} (± {tolerance.strip()})"
    return value.replace("..", " to ")



def _joined(before: str, after: str) -> str:
    """A question's text around its answer block ('What is pi? {#3.14}.'): the text after the block kept, but not a
    mark alone after a sentence that is finished ('… pi? .': trial23 T23-3)."""
    if re.fullmatch(r"[.,;:!?]*", after) and before.rstrip().endswith((".", "?", "!", ":", "？", "。")):
        return before
    return f"{before} {after}".strip()


def _question(text: str) -> tuple[list[str], str | None]:
    """The Markdown lines of one question, or ``([], why)`` when it cannot be read.  (A short answer is no cloze
    sentence: a paragraph after the options of the question before would be read as part of its answer.)"""
    text = _FORMAT.sub("", _TITLE.sub("", text.strip()))
    where = _answer_block(text)
    if where is None:
        return [], "no answer block {…}: a description, no question"
    start, end = where
    before, inside, after = text[:start].strip(), text[start + 1 : end], text[end + 1 :].strip()
    general = ""
    if "####" in inside:
        inside, general = inside.split("####", 1)
        general = _unescape(general)
    body = inside.strip()
    explain = [general] if general else []
    if not body:
        return [], "an essay question: no answer to learn"
    upper = body.split("#", 1)[0].strip().upper()
    if upper in ("T", "TRUE", "F", "FALSE"):  # True/False: two options, the right one ticked
        right = upper.startswith("T")
        stem = _unescape(_joined(before, after))
        stem = stem if stem.endswith(("?", "？")) else f"{stem} True or false?"  # (a statement: the front asks)
        lines = [f"### {stem}", "", f"- [{'x' if right else ' '}] True", f"- [{' ' if right else 'x'}] False"]
        fb = [_unescape(p) for m, p in _split_unescaped(body, "#") if m == "#" and p.strip()]
        return lines + (["", *fb] if fb else []) + (["", *explain] if explain else []), None
    if body.startswith("#"):  # numeric: '#3.14:0.005' or '#3.1..3.2', or several '=%50%1822:2#feedback' answers
        graded = [t for m, t in _split_unescaped(body[1:], "=~") if m == "="]
        if graded:
            good, said = _best(graded)
            values = [_number(v) for v in good] or ["?"]
            extra = ([f"Also accepted: {', '.join(values[1:])}"] if values[1:] else []) + ([said] if said else []) + explain
            return [f"### {_unescape(_joined(before, after))}", "", values[0], *_apart(extra)], None
        value = _unescape(body[1:])
        return [f"### {_unescape(_joined(before, after))}", "", _number(value), *(["", *explain] if explain else [])], None
    options = [(m, t) for m, t in _split_unescaped(body, "=~") if m]
    if not options:
        return [], "no option in the answer block (=right, ~wrong)"
    # matching: one card listing the pairs (a question of weighted '~%50%' options only has no '=' at all: trial11 P24)
    if any(m == "=" for m, _ in options) and all("->" in t for m, t in options if m == "="):
        pairs = [t.split("->", 1) for m, t in options if m == "="]
        # ('= -> Chat': an answer no prompt matches, a distractor, never a pair of its own; formats2 F2-18)
        rows = [f"- {_unescape(a)} → {_unescape(b)}" for a, b in pairs if _unescape(a)]
        extra = [_unescape(b) for a, b in pairs if not _unescape(a) and _unescape(b)]
        explain = [f"Also offered: {', '.join(extra)}", *explain] if extra else explain
        return [f"### {_unescape(_joined(before, after))}", "", *rows, *(["", *explain] if explain else [])], None
    wrong = [o for o in options if o[0] == "~"]
    right = [o for o in options if o[0] == "="]
    if not right and not any(re.match(r"%\d", t.strip()) for _, t in wrong):
        return [], "no right option (=) in the answer block"
    if not wrong:  # short answer: written inside the sentence, a cloze; at its end, the answer under it
        good, said = _best([t for _, t in right])
        first = good[0] if good else "?"
        also = good[1:]
        notes = ([said] if said else []) + explain
        extra = ([f"Also accepted: {', '.join(also)}"] if also else []) + notes
        blank = " _____" + ("" if after[:1] in ".,;:!?)" else " ") + after if after else ""
        return [f"### {_unescape(before + blank)}", "", first, *_apart(extra)], None
    stem = _unescape(before + (" _____" + ("" if after[:1] in ".,;:!?)" else " ") + after if after else ""))
    lines = [f"### {stem.strip()}", ""]
    notes: list[str] = []
    read = []
    weights = [re.match(r"%(-?\d+(?:\.\d+)?)%", option.strip()) for _, option in options]
    # a full-credit answer ('=…', '~%100%…') makes the question single-answer in Moodle: an option worth part of the
    # marks ('~%50%half credit answer') is then a wrong one that earns some, never a second right one ("choose 2":
    # trial26 T26-27); with none, the options worth credit are the right ones of a multiple-answer question
    full = any(mark == "=" or (w is not None and float(w.group(1)) >= 100) for (mark, _), w in zip(options, weights, strict=True))
    for (mark, option), weight in zip(options, weights, strict=True):
        shown, fb = _feedback(re.sub(r"^%-?\d+(?:\.\d+)?%", "", option.strip()))
        credit = float(weight.group(1)) if weight is not None else None
        # ('=%50%Londres' beside '=London': an answer worth half the marks is a partly right one, never a second right
        # option; trial46 T46-11)
        partial = mark == "=" and credit is not None and credit < 100 and any(
            m == "=" and (w is None or float(w.group(1)) >= 100) for (m, _), w in zip(options, weights, strict=True)
        )
        right = (mark == "=" and not partial) or (credit is not None and mark == "~" and (credit >= 100 if full else credit > 0))
        read.append((right, shown))
        if full and not right and credit is not None and credit > 0:
            fb = f"{credit:g}% credit" + (f" — {fb}" if fb else "")
        if fb:
            notes.append(f"{shown}: {fb}")
    # every option right ('~%25%' four times): ticked '[*]' (quiz markup, never a done list), so the quiz keeps
    # all of them right (Markdown's '- [x]' boxes all ticked read as a checklist: trial11 P24)
    tick = "*" if all(ticked for ticked, _ in read) else "x"
    lines += [f"- [{tick if ticked else ' '}] {shown}" for ticked, shown in read]
    return lines + (["", *notes] if notes else []) + (["", *explain] if explain else []), None


_SIGN_BLOCK = re.compile(r"(?<![\\\w])\{\s*(?:(?P<options>[=~]|%-?\d)|#\s*-?\d|(?:T|F|TRUE|FALSE)\s*(?:#[^{}]*)?\})", re.I)
_SIGN_TITLE = re.compile(r"^[^\S\n]*::[^:\n]{1,120}::", re.M)
GIFT_MIN = 2  # answer blocks that make a text file a GIFT quiz


def looks_like_gift(lines: list[str]) -> bool:
    """Whether a text file is a GIFT quiz saved as ``.txt`` (Moodle's export): two or more answer blocks
    (``{=right ~wrong}``, ``{T}``, ``{#3.14}``), or one under a ``::title::`` or a ``$CATEGORY:`` line."""
    text = "\n".join(line for line in lines if not line.lstrip().startswith("//"))
    found = list(_SIGN_BLOCK.finditer(text))  # (never '\\mathbb{T}' or 'f{T}': a block follows a space or a line start)
    options = sum(1 for m in found if m.group("options"))
    named = bool(_SIGN_TITLE.search(text)) or "\n$CATEGORY:" in "\n" + text
    return options >= GIFT_MIN or (len(found) >= 1 and named) or (len(found) >= GIFT_MIN and options >= 1)


def gift_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The quiz as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, encoding)
    return convert_gift(doc.lines, rel)


def _front(lines: list[str]) -> list[str]:
    """A question's Markdown with the pictures of its heading on a line of their own under it (an [html] question's
    ``<img>``: a figure the question is about, on the front, warned when its file is missing) and a table in it as
    its rows, each a line (cells were run together: 'contact informationProduct.htm'; trial12 U20)."""
    if not lines or not lines[0].startswith("### "):
        return lines
    head = lines[0]
    if not re.sub(r"<[^>]+>", "", head).rstrip(" *_").endswith(("?", "？")):
        head = "### Q: " + head[4:]  # (a sentence with a blank asks all the same: a question to the Markdown reading, U73)

    def table(m: re.Match[str]) -> str:
        rows = [" ".join(c.strip() for c in _CELL.findall(r) if re.sub(r"<[^>]+>|&nbsp;|\s", "", c)) for r in _ROW.findall(m.group())]
        return "<br>" + "<br>".join(r for r in rows if r) + "<br>"

    head = _TABLE.sub(table, head)
    pictures = []
    for m in _IMG.finditer(head):
        attrs = {a.group("name").lower(): a.group("q") or a.group("s") or a.group("u") or "" for a in _ATTR.finditer(m.group())}
        if attrs.get("src"):
            alt = attrs.get("alt", "").replace("[", "(").replace("]", ")")
            pictures.append(f"![{alt}](<{attrs['src']}>)" if " " in attrs["src"] else f"![{alt}]({attrs['src']})")
    head = _IMG.sub("", head)
    head = re.sub(r"(?:\s*<br\s*/?>)+\s*$", "", re.sub(r"^(###\s+)(?:\s*<br\s*/?>)+\s*", r"\1", head))
    head = re.sub(r"<div\b[^>]*>\s*</div>", "", head)
    return [head, *(["", *pictures] if pictures else []), *lines[1:]]


def _embedded(text: str, lead: str) -> list[str]:
    """A question holding Moodle's embedded answers (``{1:SA:=hid}`` in every gap of a letter: trial18 T18-21) as a
    cloze note under its instruction (the lead-in before it, else its title, else 'Cloze'), each gap a deletion."""
    title = _TITLE.match(text.strip())
    body = _FORMAT.sub("", _TITLE.sub("", text.strip()))
    asked = lead or (title.group().strip().strip(":").strip() if title else "") or "Cloze"
    return [f"### {_unescape(asked)}", "", _unescape(embedded_cloze(body) or body)]


def convert_gift(lines: list[str], rel: str = "") -> Converted:
    out: list[tuple[str, int]] = []
    warnings: list[Diagnostic] = []
    unread: list[tuple[int, str, str]] = []  # the questions made no card: (line, question, why)
    chunk: list[tuple[str, int]] = []
    # a titled text with no answer block, kept: the lead-in of an untitled question right after it (the blank line
    # between was a paragraph's end: 'Complete the email …' over the email; trial18 T18-21), else a description
    waiting: list[tuple[str, int]] = []

    def skipped(line: int, why: str) -> None:
        warnings.append(Diagnostic(rel, line, f"GIFT question not read: {why}", "a question with an answer block {=right ~wrong} makes a card", "warning", group="gift-skipped"))

    def unled() -> None:
        while waiting:
            text, line = waiting.pop()
            skipped(line, _question(text)[1] or "no answer block {…}: a description, no question")

    def flush() -> None:
        if not chunk:
            return
        titled = next((k for k, (t, _) in enumerate(chunk) if t.lstrip().startswith("::")), 0)
        if titled and not any("{" in t for t, _ in chunk[:titled]):
            del chunk[:titled]  # (the rest of a '// question: … name: …' comment whose name ran onto a line: trial12 U20)
        text = " ".join(t.strip() for t, _ in chunk)
        line = chunk[0][1]
        chunk.clear()
        named = _TITLE.match(text) is not None
        if named:
            unled()
        lead = ""
        if waiting:
            before, line = waiting.pop()
            lead = _FORMAT.sub("", _TITLE.sub("", before.strip()))
        if EMBEDDED.search(text):
            out.extend((m, line) for m in _front(_embedded(text, lead)))
            out.append(("", line))
            return
        if lead:
            text = f"{lead} {text}"
        if _answer_block(text) is None and re.search(r"(?<!\\)\{\s*[=~]", text):
            text += " }"  # (a block the file ends before closing: its options are all there; trial12 U73)
        if named and _answer_block(text) is None:
            waiting.append((text, line))
            return
        made, why = _question(text)
        if why is not None:
            skipped(line, why)
            asked = _unescape(" ".join(_BLOCK.sub(" ", _FORMAT.sub("", _TITLE.sub("", text.strip()))).split()))
            if asked:  # (a question all the same: listed as skipped, with why)
                unread.append((line, asked, why.split(":")[0]))
            return
        out.extend((m, line) for m in _front(made))
        out.append(("", line))

    for n, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if line.lstrip().startswith("//"):
            continue
        if line.startswith("$CATEGORY:"):
            flush()
            unled()
            name = line.split(":", 1)[1].strip().split("/")[-1].strip() or "Questions"
            out += [(f"## {name}", n), ("", n)]
            continue
        if not line.strip():
            flush()
            continue
        chunk.append((line, n))
    flush()
    unled()
    if not any(t.startswith("### ") for t, _ in out):
        # (every entry an essay or a description, or a lone '$CATEGORY:' line: a GIFT quiz with nothing to learn, said
        # so, never 'cannot tell this document's layout' and a table to paste; formats2 F2-6)
        what = ("its one question asks for no answer to learn (an essay or a description)" if len(warnings) == 1
                else f"its {len(warnings)} questions ask for no answer to learn (essays, descriptions)" if warnings else "it holds no question")  # fmt: skip
        raise ContentError([Diagnostic(rel, warnings[0].line if warnings else None, f"a GIFT quiz with no card in it: {what}",
                                       "give a question an answer block ({=right ~wrong}, {T}, {#3.14})", group=NOT_A_DOCUMENT)])  # fmt: skip
    text = "\n".join(t for t, _ in out)
    return Converted(text, tuple(n for _, n in out) or (1,), warnings=tuple(warnings), skipped=tuple(unread))
