"""Footnotes (``…PEP 703[^pep]`` and ``[^pep]: PEP 703 makes the GIL optional.``) on the card that cites them.

GitHub, Obsidian and Pandoc notes write footnotes; read as plain Markdown the marker stays raw on its
card and every definition lands at the end of the page's last answer (trial7 G25).  :func:`place` puts
them where GitHub shows them: the marker is a superscript number, and the notes a card cites are listed
at the end of that card's back, numbered in the order the card cites them.  A definition is never text
of another answer; a marker with no definition stays as written.

Items only: it runs after the Markdown reading, on the rendered answers and the page's own lines.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from markdown_it import MarkdownIt

from compiler.model import Block, BlockKind, Item, ItemKind
from compiler.sources.lines import QUESTION_MARKS, in_fence
from compiler.sources.markdown_blocks import sanitize

# '[^label]: text' at the start of a line (up to three spaces in), the definition's first line
DEFINITION = re.compile(r"^ {0,3}\[\^(?P<label>[^\]\s]+)\]:[ \t]*(?P<text>.*)$")
_REFERENCE = re.compile(r"\[\^(?P<label>[^\]\s]+)\](?!:)")
# a definition as rendered inside an answer's paragraph: its line, and the indented lines going on from it
# ('[^2]: [A review](https://…)': the link it renders to is the definition's too, up to its paragraph's end)
_RENDERED_DEFINITION = re.compile(r"(?m)(?:^|(?<=<p>))\[\^[^\]\s]+\]:(?:[^\n<]|<(?!/p>))*(?:\n(?!\[\^)(?:[^\n<]|<(?!/p>))*)*")
_TEXT_DEFINITIONS = re.compile(r"(?s)(?:^|\s)\[\^[^\]\s]+\]:.*$")  # a plain-text answer's notes, its last text


# a bulleted question ending in its note's marker: '- What is the most common cause of mitral stenosis?[^1]'
_NOTE_MARK_END = re.compile(r"\[\^(?P<label>[^\]\s]+)\][ \t]*$")  # the marker ending a line


def _noted_entry(line: str) -> tuple[str, str, str] | None:
    """``(lead, question, label)`` of a bulleted entry ending in a note's marker, else None (its last ``[^`` looked up
    from the end: one pass over the line, however many markers it holds)."""
    entry = _ENTRY.match(line)
    at = line.rfind("[^")
    m = _NOTE_MARK_END.match(line, at) if entry is not None and at > entry.end() else None
    if m is None:
        return None
    return entry.group("lead"), line[len(entry.group("lead")) : at], m.group("label")
_ENTRY = re.compile(r"^(?P<lead>[ ]{0,3}[-*+][ \t]+)\S")
_LINK_ONLY = re.compile(r"^(?:<[^>\s]+>|\[[^\]]*\]\([^)\s]*\)|https?://\S+|\[@[^\]]+\])[ \t.]*$")  # a source, no answer
NOTED_MIN = 2  # bulleted questions answered in their notes, one after another, that make a list of them


def noted_answers(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A list of bulleted questions each answered only in its own footnote (``- What is the most common cause of mitral
    stenosis?[^1]`` … ``[^1]: Rheumatic heart disease.``), at least NOTED_MIN of them and nothing else in the list: each
    note written under its question, as the entry's answer, its definition gone, the marker off the question
    (``(lines, the line each came from)``, 1-based), else None. A numbered list of them is the numbered layout's, and a
    note cited twice or only a link (a source, ``[^1]: https://…``) answers nothing (trial34 T34-13: the list was one
    note's back under its title, or the whole page one note)."""
    fenced = list(in_fence(lines))
    spans: dict[str, tuple[int, int]] = {}
    label, start = None, 0
    for k, line in enumerate([*lines, ""]):
        m = DEFINITION.match(line) if k < len(lines) and not fenced[k] else None
        if label is not None and (m is not None or not (line.startswith(("    ", "\t")) and line.strip())):
            spans.setdefault(label, (start, k))
            label = None
        if m is not None:
            label, start = m.group("label"), k
    if not spans:
        return None
    notes = definitions(lines)
    cited: dict[str, int] = {}
    for k, line in enumerate(lines):
        if not fenced[k] and not DEFINITION.match(line):
            for m in _REFERENCE.finditer(line):
                cited[m.group("label")] = cited.get(m.group("label"), 0) + 1
    used: dict[int, tuple[int, str]] = {}  # entry line -> (its note's definition line, the label)
    k = 0
    while k < len(lines):
        first = _ENTRY.match(lines[k]) if not fenced[k] else None
        if first is None:
            k += 1
            continue
        run: list[int] = []
        j = k
        while j < len(lines):  # the list: entries of one indent, blank lines between them perhaps, nothing under them
            if not lines[j].strip():
                j += 1
                continue
            m = _ENTRY.match(lines[j])
            if m is None or len(m.group("lead")) != len(first.group("lead")) or fenced[j]:
                break
            run.append(j)
            j += 1
        under = j < len(lines) and lines[j][:1].isspace() and lines[j].strip()  # (an entry with more under it)
        found = [(at, _noted_entry(lines[at])) for at in run]
        if not under and len(run) >= NOTED_MIN and all(
            m is not None and m[1].rstrip(" *_").endswith(QUESTION_MARKS) and m[2] in spans
            and cited.get(m[2]) == 1 and notes.get(m[2]) and not _LINK_ONLY.match(notes[m[2]])
            for _, m in found
        ):  # fmt: skip
            used.update((at, (spans[m[2]][0], m[2])) for at, m in found if m is not None)
        k = max(j, k + 1)
    if not used:
        return None
    gone = {j for _, label in used.values() for j in range(*spans[label])}
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        if k in gone:
            continue
        if k in used:
            entry = _noted_entry(line)
            assert entry is not None
            lead, question = entry[0], entry[1]
            at, label = used[k]
            out += [f"{lead}{question.rstrip()}", f"{' ' * len(lead)}{notes[label]}"]
            origin += [k + 1, at + 1]
            continue
        out.append(line)
        origin.append(k + 1)
    return out, origin


def definitions(lines: list[str]) -> dict[str, str]:
    """The page's footnotes, label -> text (a definition's indented lines after it are part of it)."""
    found: dict[str, str] = {}
    label = None
    for line in lines:
        m = DEFINITION.match(line)
        if m:
            label = m.group("label")
            found[label] = m.group("text").strip()
        elif label is not None and line.startswith(("    ", "\t")) and line.strip():
            found[label] = f"{found[label]} {line.strip()}".strip()
        else:
            label = None
    return found


_NOTE_MD = MarkdownIt("commonmark", {"html": False})  # a note's own Markdown: its links, emphasis and code
_BARE_URL = re.compile(r"(?<![(<\[\w/])https?://[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]")  # ('see https://…', no brackets)


def note_html(text: str) -> str:
    """A footnote's text as its card shows it: its Markdown rendered (``[A review](https://…)`` a link, never the raw
    brackets) and a bare URL a link too, as GitHub shows a note (repro-pages 3: both were shown as written)."""
    return sanitize(_NOTE_MD.renderInline(_BARE_URL.sub(r"<\g<0>>", text)))


_INLINE = "^["  # Pandoc's inline note: '… over time.^[First described by Ebbinghaus.]' (trial29 T29-53)
_INLINE_LABEL = "\u2063inline"  # (the label an inline note is numbered by: no page writes it)


def _inline_notes(text: str, notes: dict[str, str], shown: set[str]) -> str:
    """The text with each inline note ``^[…]`` (its brackets balanced, outside code) replaced by a marker its note is
    numbered by, the note's text (as written: rendered HTML) kept in ``notes``, its label in ``shown``."""
    if _INLINE not in text:
        return text
    out: list[str] = []
    k = 0
    while (at := text.find(_INLINE, k)) >= 0:
        if _in_code(text, at):
            out.append(text[k : at + 2])
            k = at + 2
            continue
        depth, end = 0, -1
        for j in range(at + 1, len(text)):
            if text[j] == "[":
                depth += 1
            elif text[j] == "]":
                depth -= 1
                if depth == 0:
                    end = j
                    break
        note = text[at + 2 : end].strip() if end > 0 else ""
        if not note:
            out.append(text[k : at + 2])
            k = at + 2
            continue
        label = f"{_INLINE_LABEL}{len(notes)}"
        notes[label] = note
        shown.add(label)
        out.append(f"{text[k:at]}[^{label}]")
        k = end + 1
    return "".join(out) + text[k:]


def _in_code(text: str, at: int) -> bool:
    """Whether a place of rendered HTML (or a plain question) is inside code: an open <code> before it, or an odd
    number of backticks."""
    before = text[:at]
    return before.count("<code") > before.count("</code>") or before.count("`") % 2 == 1


def place(lines: list[str], items: list[Item], unanswered: Callable[[Item], None] | None = None) -> list[Item]:
    """The items with footnote markers numbered, their notes at the end of the citing card, and the
    definitions taken out of the answer they were read into; a Pandoc inline note ``^[…]`` is such a note too.

    A question answered only in its note (``1. What causes mitral stenosis?[^1]`` / ``[^1]: Rheumatic heart disease.``)
    has the note as its answer, and is a card though its reader found no answer under it. A question whose answer was
    only the page's definitions, all cited elsewhere, has none left: skipped and said (``unanswered``), never a card
    without a back (trial34 T34-13: an internal error stopped the build)."""
    notes = definitions(lines)
    if not notes and not any(_INLINE in line for line in lines):
        return items
    placed: list[Item] = []
    for item in items:
        new = _placed(item, notes)
        if new.kind is ItemKind.basic and not new.skip and not new.answer:
            new = new.model_copy(update={"skip": "no answer"})
            if unanswered is not None:
                unanswered(new)
        placed.append(new)
    return placed


def _placed(item: Item, notes: dict[str, str]) -> Item:
    cited: list[str] = []
    notes = dict(notes)
    shown: set[str] = set()  # (inline notes: their text is the answer's own HTML, never escaped again)

    def number(m: re.Match[str]) -> str:
        label = m.group("label")
        if label not in notes:
            return m.group(0)
        if label not in cited:
            cited.append(label)
        return f"<sup>{cited.index(label) + 1}</sup>"

    answer: list[Block] = []
    changed = False
    for block in item.answer:
        if block.kind is BlockKind.text and ("[^" in block.text or "^[" in block.text):
            # (a plain-text layout's answer, 'qa' — a page's reference list written as notes, trial29 T29-40: as HTML)
            own = _TEXT_DEFINITIONS.sub("", block.text).strip()
            if not own:
                changed = True
                continue  # (a paragraph that held only definitions)
            block = Block(kind=BlockKind.html, text=f"<p>{html.escape(own, quote=False)}</p>", lang=block.lang)
        if block.kind is BlockKind.bullets and any(DEFINITION.match(entry) for entry in block.items):
            # (a plain-text layout's lines of notes read as a list under the last answer, T34-13: '- [^1]: …' shown)
            changed = True
            kept = [entry for entry in block.items if not DEFINITION.match(entry)]
            if kept:
                answer.append(Block(kind=BlockKind.bullets, items=kept, lang=block.lang))
            continue
        if block.kind is not BlockKind.html:
            answer.append(block)
            continue
        text = re.sub(r"<p>\s*</p>", "", _RENDERED_DEFINITION.sub("", block.text))
        text = _REFERENCE.sub(number, _inline_notes(text, notes, shown))
        if text != block.text:
            changed = True
            if re.fullmatch(r"\s*<p>\s*</p>\s*|\s*", text):
                continue  # a paragraph that held only definitions
        answer.append(Block(kind=block.kind, text=text, lang=block.lang))
    asked = _inline_notes(item.question, notes, shown)
    # (a note on the question, inline or '[^1]': listed on the back, after the answer's own; T34-13: a '[^1]' one was
    # taken off the front and shown nowhere)
    for m in _REFERENCE.finditer(asked):
        if m.group("label") in notes and m.group("label") not in cited:
            cited.append(m.group("label"))
    question = _REFERENCE.sub(lambda m: "" if m.group("label") in notes else m.group(0), asked).strip()
    update: dict[str, object] = {}
    texts = [notes[k] if k in shown else note_html(notes[k]) for k in cited]
    if cited and not answer and item.kind is ItemKind.basic:
        # (the question's own notes are all it has: its answer, a card though its reader found none under it)
        one = f"<p>{texts[0]}</p>" if len(texts) == 1 else f'<ol class="footnotes">{"".join(f"<li>{t}</li>" for t in texts)}</ol>'
        answer.append(Block(kind=BlockKind.html, text=one))
        if item.skip == "no answer":
            update["skip"] = ""
    elif cited:
        answer.append(Block(kind=BlockKind.html, text=f'<ol class="footnotes">{"".join(f"<li>{t}</li>" for t in texts)}</ol>'))
    if not changed and not cited and question == item.question:
        return item
    return item.model_copy(update={"answer": answer, "question": question or item.question, **update})
