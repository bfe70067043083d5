"""Lecture notes in Markdown whose definitions and theorems are bold-labelled paragraphs (trial26 T26-21)::

    ## Vektorräume

    **Definition 3.1 (Vektorraum).** Ein *Vektorraum* über einem Körper $K$ ist …

    **Satz 3.4.** Der Durchschnitt zweier Untervektorräume ist wieder ein Untervektorraum.

    *Beweis.* Seien $U_1, U_2$ Untervektorräume. …

Read as written, each section is one card holding every definition, theorem and proof under it.  LaTeX notes
say the same with ``\\begin{definition}[Vektorraum]`` and are read a card per environment
(:mod:`compiler.sources.tex`); :func:`theorem_blocks` gives the Markdown page the same shape, line for line: each
paragraph opening with a statement's label (a word of :data:`~compiler.sources.theorems.LABEL_WORDS`, in any of
the languages there, or of the source's ``block_labels``) becomes a heading one level under the section it is in,
named as the LaTeX reader names an environment (``Definition (Vektorraum)``, ``Satz 3.4: Vektorräume`` when the
label has no title), its text under it, both at the label's line.  A proof, an example or a remark stays with the statement above it (its
label kept, on that card's back).  A page is rewritten only when it has two such statements at least (one with
``block_labels`` set), and never a paragraph under a heading that asks (there the label opens the answer) nor an
unnumbered, untitled label opening a section's text (``## Cell`` / ``**Definition:** A cell is …``: the heading names it).
"""

from __future__ import annotations

import re
from collections import Counter

from compiler.sources.lines import in_fence
from compiler.sources.theorems import NAMING_KINDS, STATEMENT_KINDS, label_kind

# a paragraph opening with an emphasised label: '**Definition 3.1 (Vektorraum).** Ein …', '*Beweis.* Seien …'
_LEAD = re.compile(r"^(?P<indent>[ ]{0,3})(?P<m>\*\*|__|\*|_)(?P<inner>[^*_\n]{1,120}?)(?P=m)(?P<after>.*)$")
# the label inside the emphasis: a word, a number, a title in brackets, a full stop or a colon
_LABEL = re.compile(
    r"^\s*(?P<word>[^\W\d_][^\W\d_-]*)(?:\s+(?P<num>\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?))?\s*"
    r"(?:[(（](?P<title>[^()（）\n]{1,80})[)）])?\s*(?P<stop>[.:：。])?\s*$"
)
# a title and the stop right after the emphasis: '**Definition 3.1** (Vektorraum). Ein …'
_AFTER = re.compile(r"^\s*(?:[(（](?P<title>[^()（）\n]{1,80})[)）])?\s*(?P<stop>[.:：。])?\s*")
_HEADING = re.compile(r"^[ ]{0,3}(?P<marks>#{1,6})(?:[ \t]+(?P<text>.*?))?[ \t]*#*[ \t]*$")
_ASKS = re.compile(r"[?？؟:：]\s*$")  # a heading that asks, or introduces: its paragraphs answer it
_OPEN_DETAILS = re.compile(r"<details\b", re.I)
_CLOSE_DETAILS = re.compile(r"</details\s*>", re.I)
_MARKS = re.compile(r"[*_`]+")


class _Label:
    """A labelled paragraph's first line, read."""

    def __init__(self, kind: str, word: str, num: str, title: str, rest: str) -> None:
        self.kind, self.word, self.num, self.title, self.rest = kind, word, num, title, rest


def _label(line: str, extra: tuple[str, ...]) -> _Label | None:
    """The label opening ``line`` (bold or italic, ending in a stop, numbered, titled or alone on its line), else None."""
    m = _LEAD.match(line)
    if m is None:
        return None
    inner = _LABEL.match(m.group("inner"))
    if inner is None:
        return None
    kind = label_kind(inner.group("word"), extra)
    if kind is None:
        return None
    after = m.group("after")
    title, stop = inner.group("title"), inner.group("stop")
    if not stop:
        tail = _AFTER.match(after)
        if tail is not None and (tail.group("title") or tail.group("stop")):
            title = title or tail.group("title")
            stop = tail.group("stop")
            after = after[tail.end() :]
    if not (stop or inner.group("num") or title or not after.strip()):
        return None  # '**Theorem** provers are …': a bold word in a sentence, no label
    return _Label(kind, inner.group("word"), inner.group("num") or "", (title or "").strip(), after.strip())


# words a definition emphasises in its text: '*sample space*', '**event**', '_Vektorraum_'
_EMPHASISED = re.compile(r"(?<![*_\w])(?P<m>\*\*|__|\*|_)(?=\S)(?P<term>[^*_\n]{1,80}?)(?<=\S)(?P=m)(?![*_\w])")
TERM_WORDS = 8  # words at most of a defined term


def _defined_term(text: str) -> str:
    """The first words an untitled definition emphasises ('A *sample space* Ω is the set …'): what it defines, its
    front, never 'Definition 2.1: 2.1 Definitions' (the section's name; sitting 46); '' when it emphasises none."""
    m = _EMPHASISED.search(text)
    return " ".join(m.group("term").split()) if m is not None and len(m.group("term").split()) <= TERM_WORDS else ""


def _unnumbered(section: str, number: str) -> str:
    """The section's name without the number a statement's own number repeats ('2.1 Definitions' under 'Definition
    2.1' -> 'Definitions'); as it is otherwise."""
    m = re.match(r"^(?P<n>\d{1,3}(?:\.\d{1,3}){0,3})\.?\s+(?P<name>\S.*)$", section)
    return m.group("name") if m is not None and number and (number == m.group("n") or number.startswith(m.group("n") + ".")) else section


def theorem_blocks(lines: list[str], extra: tuple[str, ...] = ()) -> tuple[list[str], list[int]] | None:
    """``lines`` with each statement-labelled paragraph a heading over its text (see the module's docstring), and the
    line each new line came from (1-based: the heading and the text both the label's); None when the page has none."""
    fenced = list(in_fence(lines))
    found: dict[int, str] = {}  # the label's line: its heading
    labels: list[_Label] = []
    level, section, asks, toggles, since = 1, "", False, 0, 0
    sections = 0  # the headings seen: which section each label is in
    termed: list[tuple[int, int, str]] = []  # (line, section or -1 for none, heading with the term) of untitled definitions
    for i, line in enumerate(lines):
        since += 1 if line.strip() else 0
        if fenced[i]:
            continue
        toggles += len(_OPEN_DETAILS.findall(line)) - len(_CLOSE_DETAILS.findall(line))
        heading = _HEADING.match(line)
        if heading is not None:
            level, section = len(heading.group("marks")), _MARKS.sub("", heading.group("text") or "").strip()
            asks, since, sections = bool(_ASKS.search(section)), 0, sections + 1
            continue
        if asks or toggles > 0 or (i > 0 and lines[i - 1].strip() and not _HEADING.match(lines[i - 1])):
            continue  # (under a question; in a toggle; inside a paragraph)
        label = _label(line, extra)
        if (
            label is None
            or label.kind not in STATEMENT_KINDS
            or (since == 1 and section and not (label.num or label.title))
        ):
            continue  # ('## Cell' / '**Definition:** A cell is …': the heading names what the label defines)
        if label.title:
            named = f"{label.word} ({label.title})"
        else:
            number = f"{label.word} {label.num}".strip()
            named = f"{number}: {_unnumbered(section, label.num)}" if section else number
            paragraph = " ".join([label.rest, *(t.strip() for t in lines[i + 1 : next((k for k in range(i + 1, len(lines)) if not lines[k].strip()), len(lines))])])
            term = _defined_term(paragraph) if label.kind == "definition" else ""
            if term:
                termed.append((i, sections if section else -1, "#" * min(level + 1, 6) + f" {label.word} ({term})"))
        found[i] = "#" * min(level + 1, 6) + " " + named
        labels.append(label)
    per_section = Counter(at for _, at, _ in termed)
    for i, at, heading in termed:
        if per_section[at] > 1 or at < 0:
            # ('### 2.1 Definitions' / '**Definition 2.1.** A *sample space* Ω is …' / '**Definition 2.2.** An *event* …':
            # a section of several definitions names none of them; each is fronted by the term it sets, never
            # 'Definition 2.1: 2.1 Definitions' (sitting 46); one alone under its heading is named by it)
            found[i] = heading
    naming = sum(
        1
        for label in labels
        if label.kind in NAMING_KINDS or label.word.lower() in (e.lower() for e in extra)
    )
    if naming < (1 if extra else 2):
        return None
    out: list[str] = []
    origin: list[int] = []
    rest = iter(label.rest for label in labels)
    for i, line in enumerate(lines):
        if i in found:
            text = next(rest)
            out += [found[i], text] if text else [found[i]]
            origin += [i + 1] * (2 if text else 1)
        else:
            out.append(line)
            origin.append(i + 1)
    return out, origin
