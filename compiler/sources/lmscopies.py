"""A quiz review copied out of an LMS into Word (D2L Brightspace's "attempt" view pasted into a document by a student;
trial18 T18-26): read as its questions, keyed by the icons the copy kept, never by the student's pick.

The copy keeps each option's mark as a picture whose alt text is its label, before the option in a table row::

    If you need to pass a special character … without evaluating them for value?
    [Incorrect Response]   " double quotations "
                           { curly brackets }
    [Correct Answer]       ' single tics '
                           [ square braces ]
    [icon] Hide Feedback
    Single tics ' ' force the shell to NOT interpret something …

and a fill-in question as a line ``___administrator___ [Incorrect Response] (root)``: the student's entry between the
rules, the accepted answers in parentheses. Read as prose, the labels stood in the answers ('Incorrect Response " double
quotations " … Correct Answer …') with the icons' addresses and 'Hide Feedback'.

Told by two or more such label pictures (one a ``Correct …`` label), the page is rewritten in place, before it becomes
Markdown, as a heading per question over a task list whose options under a ``Correct Answer`` / ``Correct Response``
mark are ticked (the student's ``Incorrect Response`` is no key); a fill-in's answer is its accepted answers (the
others "Also accepted"), or the student's entry when marked correct; the text under ``Hide Feedback`` / ``View
Feedback`` goes on the back. A question's text is the paragraphs since the last question ended; when the previous
question's feedback runs straight into it, only the paragraph right above the options. A question whose copy kept
neither options nor answer is left out with a warning at its line; headings stay section headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag

from compiler.sources.lmspages import _write as write_question

# the alt texts of an LMS review's option marks (D2L Brightspace's icons)
_MARK = re.compile(r"^\s*(?P<right>Correct|Incorrect|Partially\s+Correct)\s+(?:Answer|Response)\s*$", re.I)
_MARKER = re.compile(r"^\s*(?:Hide|View|Show)\s+Feedback\s*$", re.I)
_LABEL_ONLY = re.compile(r"^\s*(?:(?:Correct|Incorrect)\s+Feedback\s*:?|Correct\s*[.!]?|Incorrect\s*[.!]?)\s*$", re.I)
_RULE = re.compile(r"^_{2,}(?P<entry>.*?)_{2,}\s*$", re.S)
_TEXT_BLOCKS = ("p", "li", "pre", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")
COPIES_MIN = 2  # label pictures that make a document an LMS review's copy


def _text(tag: Tag) -> str:
    return " ".join(tag.get_text(" ").split())


def _mark(tag: Tag) -> str | None:
    """'right' / 'wrong' when the tag holds an option mark picture, else None."""
    for img in tag.find_all("img"):
        m = _MARK.match(str(img.get("alt") or ""))
        if m is not None:
            return "right" if m.group("right").lower() == "correct" else "wrong"
    return None


def looks_like_copy(root: Tag) -> bool:
    marks = [_MARK.match(str(img.get("alt") or "")) for img in root.find_all("img")]
    marks = [m for m in marks if m is not None]
    return len(marks) >= COPIES_MIN and any(m.group("right").lower() == "correct" for m in marks)


@dataclass
class _Question:
    stem: list[Tag]
    options: list[tuple[Tag, bool]] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    notes: list[Tag] = field(default_factory=list)
    feedback: bool = False  # its feedback is running (a 'Hide Feedback' line seen, no end yet)
    closed: bool = False  # nothing after it is its own any more
    keyed: bool = True
    loose: bool = False  # its options' marks stand alone on their lines (no options read)


def _own_rows(table: Tag) -> list[Tag]:
    return [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]


def _fill_in(p: Tag) -> tuple[str, list[str]] | None:
    """A fill-in line ('___entry___ [mark] (accepted, answers)'): its mark and the answers it accepts."""
    img = next((i for i in p.find_all("img") if _MARK.match(str(i.get("alt") or ""))), None)
    if img is None:
        return None
    before, after, seen = [], [], False
    for node in p.descendants:
        if node is img:
            seen = True
        elif isinstance(node, str):
            (after if seen else before).append(str(node))
    entry = _RULE.match(" ".join("".join(before).split()))
    if entry is None:
        return None
    said = " ".join("".join(after).split())
    said = said[1:-1].strip() if said.startswith("(") and said.endswith(")") else said
    accepted = [a for a in re.split(r"\s*,\s+", said) if a] if said else []
    mark = "right" if _MARK.match(str(img.get("alt"))).group("right").lower() == "correct" else "wrong"  # type: ignore[union-attr]
    if not accepted and mark == "right" and entry.group("entry").strip():
        accepted = [entry.group("entry").strip()]
    return mark, accepted


class _Reader:
    def __init__(self) -> None:
        self.out: list[Tag | _Question] = []
        self.pending: list[Tag] = []
        self.question: _Question | None = None
        self.blanks = 0
        self.warnings: list[tuple[int | None, str, str] | tuple[int | None, str, str, str]] = []

    # --- what the walk meets ---
    def text(self, tag: Tag) -> None:
        q = self.question
        if _text(tag):
            self.blanks = 0
            self.pending.append(tag)
            return
        self.blanks += 1
        if q is not None and q.feedback and not q.closed and (not q.loose or self.blanks >= 2):
            q.notes.extend(self.pending)  # (an empty paragraph ends a feedback; two the rest of a question whose options were lost)
            self.pending = []
            q.closed = True

    def loose(self, tag: Tag) -> None:
        """A mark picture alone on its line (the copy lost the options' table): the question it marks is unreadable."""
        q = self.question
        if q is not None and q.loose and not q.closed:
            q.notes.extend(self.pending)
        elif self.pending:
            q = _Question(self.pending, keyed=False, feedback=True, loose=True)
            self.out.append(q)
            self.question = q
        self.pending = []

    def asked(self, options: list[tuple[Tag, bool]], answers: list[str], line: Tag) -> None:
        q = self.question
        stem = self.pending
        if q is not None and q.loose and not q.closed:  # (still the question whose options were lost)
            q.notes.extend(stem)
            stem = []
        elif q is not None and q.feedback and not q.closed and len(stem) > 1:
            q.notes.extend(stem[:-1])
            stem = stem[-1:]
        self.pending = []
        if not stem:  # options with no question above them (the copy lost it): said
            what = "options" if options else "an answer"
            self.warnings.append((line.sourceline, f"{what} with no question above in the copied quiz review: no card",
                                  "write the question above it", "unasked"))
            self.question = None
            return
        keyed = any(r for _, r in options) or bool(answers)
        self.question = _Question(stem, options, answers, keyed=keyed)
        self.out.append(self.question)

    def marker(self) -> None:
        q = self.question
        if self.pending:  # a question whose copy kept no options nor answer (never text glued to the one above): its feedback follows
            q = _Question(self.pending, keyed=False)
            self.out.append(q)
            self.question = q
        elif q is None or q.closed:  # the feedback of a question the copy lost: no text of the next one
            q = self.question = _Question([], keyed=False)
        self.pending = []
        q.feedback = True

    def end(self) -> None:
        q = self.question
        if q is not None and not q.closed and (q.feedback or not q.keyed):
            q.notes.extend(self.pending)
        else:
            self.out.extend(self.pending)
        self.pending = []
        if q is not None:
            q.closed = True

    def keep(self, tag: Tag) -> None:
        self.end()
        self.out.append(tag)

    # --- the walk ---
    def walk(self, node: Tag) -> None:
        for child in list(node.children):
            if not isinstance(child, Tag):
                if str(child).strip():
                    self.text(_wrapped(child))
                continue
            if child.name == "table":
                self.table(child)
            elif child.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
                self.keep(child)
            elif child.name in ("ul", "ol"):
                for li in child.find_all("li", recursive=False):
                    self.paragraph(li)
            elif child.name in _TEXT_BLOCKS:
                self.paragraph(child)
            elif child.find(["p", "table", *_TEXT_BLOCKS]) is not None:
                self.walk(child)
            else:
                self.paragraph(child)

    def paragraph(self, tag: Tag) -> None:
        filled = _fill_in(tag)
        if filled is None and not _text(tag) and _mark(tag) is not None:
            self.loose(tag)
        elif filled is not None:
            self.asked([], filled[1], tag)
        elif _MARKER.match(_text(tag)):
            self.marker()
        elif self.question is not None and self.question.feedback and not self.question.closed and _LABEL_ONLY.match(_text(tag)) and _text(tag):
            return  # ('Correct Feedback:', a verdict alone: about the student's answer)
        else:
            self.text(tag)

    def table(self, table: Tag) -> None:
        rows = _own_rows(table)
        if any(tr.find("table") is not None for tr in rows):  # a table holding questions in its cells
            for tr in rows:
                for cell in tr.find_all(["td", "th"], recursive=False):
                    self.walk(cell)
                    self.end()
            return
        marked = [_mark(tr) for tr in rows]
        markers = [k for k, tr in enumerate(rows) if _MARKER.match(_text(tr))]
        if not any(marked) and not markers:
            self.keep(table)
            return
        cut = markers[0] if markers else len(rows)
        options = [(tr, m == "right") for tr, m in zip(rows[:cut], marked[:cut], strict=True) if _text(tr)]
        if options:
            self.asked(options, [], table)
        if markers:  # the feedback rows under the marker (their empty paragraphs no end)
            self.marker()
            for tr in rows[cut + 1 :]:
                blocks = [b for b in tr.find_all(_TEXT_BLOCKS) if not b.find(_TEXT_BLOCKS)]
                self.pending.extend(b for b in blocks or [tr] if _text(b))
            self.end()


def _wrapped(text: object) -> Tag:
    p = BeautifulSoup("", "html.parser").new_tag("p")
    p.string = " ".join(str(text).split())
    return p


def review_copies(root: Tag) -> list[tuple[int | None, str, str] | tuple[int | None, str, str, str]]:
    """Rewrite, in place, an LMS quiz review copied into a document (see the module); returns the (line, message, hint)
    of each question left out for want of a right answer. A document of no such shape is left as it is."""
    if not looks_like_copy(root):
        return []
    reader = _Reader()
    reader.walk(root)
    reader.end()
    soup = BeautifulSoup("", "html.parser")
    made: list[Tag] = []
    for part in reader.out:
        if isinstance(part, Tag):
            made.append(part)
            continue
        notes = [n for n in part.notes if _text(n) and not _LABEL_ONLY.match(_text(n))]
        first = part.stem[0]
        asked = " ".join(_text(s) for s in part.stem)
        if not part.keyed:
            short = asked if len(asked) <= 60 else asked[:57] + "…"
            reader.warnings.append((first.sourceline, f"question '{short}': the copied quiz review shows no right answer, no card",
                                    "write the right answer under it (or key it in an override in overrides.toml)"))
            continue
        qtext = soup.new_tag("div", sourceline=first.sourceline)
        for s in part.stem:
            qtext.append(_copied(s, soup))
        place = soup.new_tag("div")
        soup.append(place)
        shown = [(_option(tr, soup), right) for tr, right in part.options]
        write_question(place, qtext, shown, part.answers, notes)
        made.extend(t.extract() for t in list(soup.contents) if isinstance(t, Tag) and t.has_attr("data-deckc-question"))
        soup.clear()
    root.clear()
    for part in made:
        root.append(part)
    return reader.warnings


def _copied(tag: Tag, soup: BeautifulSoup) -> Tag:
    """A stem paragraph as a paragraph (a list entry, a cell's text alike), its line kept."""
    p = soup.new_tag("p", sourceline=tag.sourceline)
    p.string = _text(tag)
    return p


def _option(tr: Tag, soup: BeautifulSoup) -> Tag:
    p = soup.new_tag("p", sourceline=tr.sourceline)
    p.string = _text(tr)
    return p
