"""Text copied out of a PDF: page furniture and words hyphenated at line ends.

A study sheet pasted from a PDF (or saved with ``pdftotext``) carries what the page layout put there:
form feeds between pages, page numbers (``Page 3 of 12``, ``- 3 -``, a bare ``3`` after a form feed),
a running header or footer repeated on every page (``CS 101 Midterm Review    Page 1 of 2``), and
words the typesetter hyphenated at a line end (``mem-`` / ``ory``). Readers would glue all of it into
answers. :func:`clean` removes it from a plain-text or Markdown document that shows such signs, before
any layout reads it, and reports once per file what it removed; ``pdf_cleanup = false`` in the
source's table keeps the text as written.

Line numbers never move: a removed line becomes a blank line, a form feed a line break (as
``str.splitlines`` already counted it), and a word joined across a line end moves whole onto one of
its two lines. Code fences are left alone.

Signs (any one): a form feed; two page-number lines; two words hyphenated across line ends (a
text editor wraps at spaces, never inside a word, so a line ending in ``letter-`` before a line
starting in lower case is a typesetter's break); one word broken at a soft hyphen (U+00AD, T18-86).

Which hyphen is kept when a word is joined: the document's own spelling decides (``regularization``
written elsewhere: joined; ``state-of-the-art`` written elsewhere: the hyphen stays); else the hyphen
stays when the first part is a compound ending in a short word (``state-of-the-``, ``end-to-``), is in
capitals or holds a digit (``GPU-``, ``x86-``), or is a prefix that takes a hyphen (``self-``, ``non-``, ``well-`` …); else the
word is joined (typeset text breaks far more words between syllables than at a compound's hyphen).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from compiler.sources.lines import has_answer_label, has_right_answer_label

# A page-number marker in many languages: "Page 3", "page 3 of 12", "p. 3", "Seite 3 von 12", "3 / 12".
_MARK = r"(?:page|pg\.?|p\.|seite|p[áa]gina|pagina|страница|стр\.)\s*\d{1,4}(?:\s*(?:of|/|von|de|di|из|sur)\s*\d{1,4})?"
_MARK_LINE = re.compile(
    rf"^\W{{0,3}}(?:{_MARK}|\d{{1,4}}\s*(?:/|of)\s*\d{{1,4}}|[-–—]\s*\d{{1,4}}\s*[-–—])\W{{0,3}}$", re.I
)
# a running header/footer with its page number at one end: "CS 101 Review    Page 1 of 2", "Page 3 | Lecture 4"
_MARK_EDGE = re.compile(rf"(?:^\W{{0,3}}{_MARK}\b|\b{_MARK}\W{{0,3}}$)", re.I)
_BARE_NUMBER = re.compile(r"^\s*\d{1,4}\s*$")
# an exam paper's own page furniture, wherever a page ends: its copyright footer with the year ('© UCLES 2023
# 0610/22/M/J/23', '© Pearson Education Ltd 2019'), 'Turn over' ('[Turn over', 'Bitte wenden', 'Tournez la page'), a
# blank page's notice ('BLANK PAGE', 'This page intentionally left blank', 'Leere Seite') (trial31 T31-44: on backs)
_PAPER_LINE = re.compile(
    r"(?i)^\W{0,3}(?:(?:©|\(c\)|copyright\b)[^\n]{0,60}\b(?:19|20)\d\d\b[^\n]{0,60}"
    r"|(?:[^\n]{0,80}[\s\[(])?(?:please\s+)?(?:turn\s+over|p\.?\s?t\.?\s?o\.?|bitte\s+wenden|tournez\s+la\s+page|voltar?\s+a\s+p[áa]gina"
    r"|gire\s+la\s+hoja|volta\s+pagina)(?:\s*(?:[-–—]*>|►|▶|→))?"
    r"|blank\s+page|(?:this\s+page\s+(?:is\s+|has\s+been\s+)?)?(?:intentionally\s+)?left\s+blank(?:\s+intentionally)?"
    r"|leere\s+seite|page\s+blanche|p[áa]gina\s+en\s+blanco|pagina\s+(?:bianca|in\s+bianco)|p[áa]gina\s+em\s+branco"
    # (the paper's end and its total: 'END OF QUESTIONS', 'Total for paper: 11 marks', 'TOTAL FOR SECTION A = 30 MARKS': T34-1)
    r"|end\s+of\s+(?:the\s+)?(?:questions?|question\s+paper|paper|test|exam(?:ination)?)|fin\s+de(?:\s+l['’]|\s+la\s+)?[ée]preuve"
    r"|fin\s+del\s+examen|ende\s+der\s+(?:pr[üu]fung|klausur)"
    r"|total\s+(?:for|of)\s+(?:the\s+)?(?:paper|section\s+\w{1,3}|question\s+\d{1,2})\s*[:=]?\s*\d{1,3}\s+marks?)\W{0,3}$"
)
PAPER_LINES_MIN = 2  # such lines in a text that make it an exam paper's copied from its PDF
# a word hyphenated at the line end: a letter right before the hyphen, after a word's start
# (a soft hyphen U+00AD, what pdftotext writes for a typesetter's break, or U+2010 too)
_HYPHEN_END = re.compile("(?:(?<=\\s)|^)(\\S*?[^\\W\\d_])([-\u00ad\u2010])$")
_NEXT_WORD = re.compile(r"^(\s*)([^\W\d_][^\W_]*)(\S*)")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
# prefixes written with their hyphen ("self-attention", "non-linear"), never split between syllables
_HYPHEN_PREFIXES = frozenset({"self", "non", "well", "cross", "semi", "quasi", "pseudo", "anti", "ex", "co-"})
# the short words inside a hyphenated compound: "state-of-the-art", "end-to-end", "out-of-the-box"
_LINKS = frozenset(
    {
        "the",
        "to",
        "of",
        "and",
        "or",
        "in",
        "on",
        "by",
        "for",
        "a",
        "an",
        "at",
        "up",
        "off",
        "out",
        "per",
        "over",
    }
)
_STRUCTURE = re.compile(r"^\s*(?:#|[-*+>|]\s|\d+[.)]\s|[A-Za-z][.)]\s|```|~~~)")


def _structure(line: str) -> bool:
    """A heading, list entry, option, question, label or answer line ('Answer: C', at many pages' feet in a solved
    MCQ sheet: T18-77), set in bold or not ('**Solution:**' near two pages' edges: trial19 R19-3): never a running
    header."""
    bare = _BOLD_MARKS.sub("", line.strip())
    if _PICTURE_MARK.match(bare):
        return True  # (where a PDF's picture stood, at many pages' edges: content, trial22 T22-46)
    if _STRUCTURE.match(line) or bare.endswith(("?", ":", "：")) or has_answer_label(line) or has_answer_label(bare):
        return True
    return has_right_answer_label(line) or has_right_answer_label(bare)  # ('Correct answer: C' at pages' feet: trial22 T22-22)


_PICTURE_MARK = re.compile(r"^\[picture on page \d+\]$")  # what compiler.sources.pdf writes where a picture stood
_BOLD_MARKS = re.compile(r"^(?:\*\*|__)|(?:\*\*|__)$")  # a line's bold marks, '**Solution:**' as the PDF's Markdown writes it


@dataclass
class Cleanup:
    """What :func:`clean` changed, for the one warning per file."""

    form_feeds: int = 0
    furniture: dict[str, list[int]] = field(default_factory=dict)  # a removed line's text -> its line numbers
    joined: list[tuple[int, str, str]] = field(default_factory=list)  # (line, "mem-ory", "memory")

    def __bool__(self) -> bool:
        return bool(self.form_feeds or self.furniture or self.joined)

    def summary(self) -> str:
        parts = []
        if self.furniture:
            lines = sorted(n for ns in self.furniture.values() for n in ns)
            shown = ", ".join(repr(t) for t in list(self.furniture)[:2]) + (
                " …" if len(self.furniture) > 2 else ""
            )
            where = ", ".join(map(str, lines[:6])) + (" …" if len(lines) > 6 else "")
            parts.append(
                f"removed {_count(len(lines), 'page header, footer or number line', 'page header, footer and number lines')} ({shown}; line {where})"
            )
        joined = [(n, a, b) for n, a, b in self.joined if a != b]
        kept = [(n, a) for n, a, b in self.joined if a == b]  # (a compound broken at its own hyphen: 'по-' / 'английски')
        if joined:
            shown = ", ".join(f"{a!r} -> {b!r} (line {n})" for n, a, b in joined[:3]) + (" …" if len(joined) > 3 else "")
            parts.append(f"joined {_count(len(joined), 'word', 'words')} hyphenated at a line end ({shown})")
        if kept:
            shown = ", ".join(f"{a!r} (line {n})" for n, a in kept[:3]) + (" …" if len(kept) > 3 else "")
            parts.append(f"kept the hyphen of {_count(len(kept), 'compound', 'compounds')} broken at a line end ({shown})")
        if self.form_feeds:
            parts.append(
                f"removed {_count(self.form_feeds, 'form feed (page break)', 'form feeds (page breaks)')}"
            )
        return "; ".join(parts)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _code_lines(lines: list[str]) -> set[int]:
    inside, fence, code = False, "", set()
    for i, line in enumerate(lines):
        m = _FENCE.match(line)
        if m and (not inside or m.group(1) == fence):
            inside, fence = not inside, m.group(1)
            code.add(i)
        elif inside:
            code.add(i)
    return code


def _shape(line: str) -> str:
    """A line with its numbers as '#' and its spaces collapsed: page 1's footer and page 2's are one shape."""
    return re.sub(r"\d+", "#", " ".join(line.split())).casefold()


def _hyphen_breaks(lines: list[str], code: set[int]) -> list[int]:
    found = []
    for i in range(len(lines) - 1):
        if i in code or i + 1 in code:
            continue
        m = _HYPHEN_END.search(lines[i].rstrip())
        nxt = _NEXT_WORD.match(lines[i + 1])
        if m and nxt and nxt.group(2)[0].islower() and not _STRUCTURE.match(lines[i + 1]):
            found.append(i)
    return found


def _furniture(lines: list[str], code: set[int], feeds: set[int]) -> dict[int, str]:
    """The page furniture lines (index -> text): page numbers and the running headers/footers."""
    out: dict[int, str] = {}
    marks = [i for i, line in enumerate(lines) if i not in code and _MARK_LINE.match(line.strip())]
    shapes = Counter(_shape(line) for i, line in enumerate(lines) if i not in code and line.strip())
    if _paged(marks, lines):
        out.update({i: lines[i].strip() for i in marks})
    paper = [i for i, line in enumerate(lines) if i not in code and _PAPER_LINE.match(line.strip())]
    if len(paper) >= PAPER_LINES_MIN:
        out.update({i: lines[i].strip() for i in paper})
    for i, line in enumerate(lines):  # a line with a page number at one end, in the same shape twice or more
        edge = (
            i not in code and i not in out and _MARK_EDGE.search(line.strip()) and shapes[_shape(line)] >= 2
            and not _PICTURE_MARK.match(line.strip())
        )
        if edge and not line.rstrip().endswith(
            (".", "?", "!", ":", ";", ",")
        ):  # ("see page 3." is a sentence)
            out[i] = line.strip()
    if feeds:  # at a page's edges: its number and running header or footer
        near: dict[str, list[int]] = {}
        # the first page starts the text and the last one ends it, like the pages between form feeds (trial N22:
        # the title pdftotext repeats atop every page, and the last page's number, were cards' headings)
        for start in sorted({0, *feeds, len(lines)}):
            # the first lines of the page starting here, then the last ones of the page ending here, each side
            # looked at on its own (a page's four lines of text hid the number of the page before)
            for side in (range(start, min(start + 6, len(lines))), range(start - 1, max(start - 6, -1), -1)):
                seen = 0
                for i in side:
                    if i in code or not lines[i].strip():
                        continue
                    seen += 1
                    if seen > 4:
                        break
                    text = lines[i].strip()
                    if _BARE_NUMBER.match(text) or _MARK_LINE.match(text):
                        out[i] = text
                    elif not _structure(lines[i]) and any(ch.isalnum() for ch in text) and not _CODE_LINE.search(text):
                        # (a running title has words and is no code: '}', '//...' or 'void run() {' at many pages'
                        # edges is code crossing them: T18-16)
                        near.setdefault(_shape(text), []).append(i)
        first = next((i for i, line in enumerate(lines) if line.strip()), -1)
        starts = sorted({0, *feeds})
        for places in near.values():
            if len(set(places)) < 2 or any(_FORMULA.search(lines[i]) or _TASK_LABEL.match(lines[i]) for i in places):
                continue  # (a formula, a 'Problem 3' heading: content, wherever a page break puts it; trial15 T15-40)
            if len({" ".join(lines[i].split()) for i in places}) > 1 and not _follows_pages(sorted(set(places)), lines, starts):
                continue  # ('Problem 1' … 'Problem 7' atop pages: their numbers are not the pages')
            out.update({i: lines[i].strip() for i in places if i != first})  # (the copy opening the text: its title too)
    return out


# a line of code: one ending in a brace or a semicolon, a comment's start ('void run() {', '};', '// ...')
_CODE_LINE = re.compile(r"[{};]$|^(?://|/\*|\*/|#include\b|@\w+$)")
# a line that is content wherever it sits: a formula ('T (kα + β) = kT (α) + T (β)'), a task's heading ('Problem 3')
_FORMULA = re.compile(r"[=≠≤≥<>∈∉⊂⊆⊃⊇∑∏∫√±×÷→↦⇒⇔∀∃]|\\[A-Za-z]{2,}")
_TASK_LABEL = re.compile(
    r"^\s*(?i:problem|question|exercise|task|q|aufgabe|frage|übung|exercice|ejercicio|pregunta|esercizio|domanda|"
    r"questão|exercício|задача|вопрос)\s*\d{1,3}\b"
)


def _follows_pages(places: list[int], lines: list[str], starts: list[int]) -> bool:
    """Whether the numbers of a running line that changes from page to page ('Chapter 2 · 14', '15 · Vectors') go
    with the pages it is on: each its page's number plus one same offset. A number the same on every copy is the line's
    own ('BIO 101 · Dr. Nwosu 3': the course's 101, then the slide's number; trial33 T33-18)."""
    numbers = [[int(n) for n in re.findall(r"\d+", lines[i])] for i in places]
    if not numbers[0] or len({len(n) for n in numbers}) > 1:
        return False
    pages = [bisect.bisect_right(starts, i) for i in places]
    changing = [k for k in range(len(numbers[0])) if len({n[k] for n in numbers}) > 1]
    return bool(changing) and all(len({n[k] - page for n, page in zip(numbers, pages, strict=True)}) == 1 for k in changing)


def _paged(marks: list[int], lines: list[str]) -> bool:
    """Whether the page-number lines count pages: two or more, their numbers rising, the page count the
    same (so answers '1/2' and '3/4' in a maths quiz are no page numbers)."""
    numbers = [[int(n) for n in re.findall(r"\d+", lines[i])] for i in marks]
    if len(numbers) < 2 or any(b[0] <= a[0] for a, b in itertools.pairwise(numbers)):
        return False
    return len({tuple(n[1:]) for n in numbers}) == 1


def _rejoin(lines: list[str], removed: set[int], code: set[int]) -> None:
    """A paragraph cut by a page break is one again: the lines after the removed furniture (and the blank
    lines around it) move up to it, and the blank lines they leave go after them."""
    i = 0
    padded: set[int] = set()  # the blank lines a paragraph moved up left after it
    while i < len(lines):
        if i not in removed:
            i += 1
            continue
        start = j = i
        while start > 0 and start - 1 in padded:
            start -= 1  # (a paragraph moved up over one page's furniture goes on over the next's: T21-33)
        while j < len(lines) and (j in removed or not lines[j].strip()):
            j += 1
        prev = lines[start - 1] if start else ""
        if (
            j < len(lines)
            and j not in code
            and prev.strip()
            and start - 1 not in code
            and _continues(prev, lines[j])
        ):
            k = j
            while k < len(lines) and lines[k].strip() and k not in code:
                k += 1
            lines[start:k] = [*lines[j:k], *[""] * (j - start)]
            padded.update(range(start + k - j, k))
            i = k
        else:
            i = j


def _continues(prev: str, nxt: str) -> bool:
    """Whether the line after a page break goes on with the paragraph before it: its words, or the next option of the
    options before it ('(b) …' / page break / '(c) …': the question's options cut in two, trial21 T21-33)."""
    if _next_option(prev, nxt):
        return True
    if _STRUCTURE.match(nxt) or _structure(prev):
        return False
    first = nxt.lstrip()[:1]
    return first.islower() or prev.rstrip()[-1] not in ".!?;)]\"'”’…"


_OPTION_LABEL = re.compile(r"^\s*(?:\*\*|__)?\(?(?P<letter>[A-Ha-h])[.)]\s")


def _next_option(prev: str, nxt: str) -> bool:
    """Whether ``nxt`` is the option after ``prev``'s ('(b) …' then '(c) …', 'B. …' then 'C. …')."""
    a, b = _OPTION_LABEL.match(prev), _OPTION_LABEL.match(nxt)
    return bool(a and b) and ord(b.group("letter").lower()) == ord(a.group("letter").lower()) + 1  # type: ignore[union-attr]


class _Spellings:
    """How often the document writes each word closed and each pair of words joined by a hyphen (case
    ignored): counted once per document, since :func:`_keep_hyphen` asks about every broken word (asking the
    text itself each time took a 268-page book ~40 s: trial18 T18-76)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.closed = Counter(w.lower() for w in _WORD.findall(text))
        self.hyphened: Counter[tuple[str, str]] = Counter()
        for chain in _CHAIN.findall(text):
            parts = chain.lower().split("-")
            self.hyphened.update(itertools.pairwise(parts))

    def counts(self, word: str, tail: str) -> tuple[int, int]:
        """``(times written closed, times written with the hyphen)`` of ``word`` + ``tail``."""
        word = _OPENING.sub("", word)  # ('«вложен-' + 'ных': the word, not its quote mark)
        if _WORD.fullmatch(word + tail):
            return self.closed[(word + tail).lower()], self.hyphened[(word.lower(), tail.lower())]
        closed = len(re.findall(rf"(?<![^\W_]){re.escape(word + tail)}(?![^\W_])", self.text, re.I))  # ('(self'…)
        hyphened = len(re.findall(rf"(?<![^\W_]){re.escape(word + '-' + tail)}(?![^\W_])", self.text, re.I))
        return closed, hyphened


_WORD = re.compile(r"[^\W_]+")
_OPENING = re.compile(r"^[\W_]+")
_CHAIN = re.compile(r"[^\W_]+(?:-[^\W_]+)+")


def _keep_hyphen(head: str, tail: str, spellings: _Spellings) -> bool:
    """Whether 'head-' + 'tail' is a compound broken at its hyphen (else a word broken between syllables)."""
    word = head.rsplit("-", 1)[-1]
    closed, hyphened = spellings.counts(word, tail)
    if closed or hyphened:
        return hyphened > closed
    if any(c.isdigit() for c in word) or (len(word) > 1 and word.isupper()):
        return True
    if "-" in head and word.casefold() in _LINKS:  # "state-of-the-" + "art", "end-to-" + "end"
        return True
    if word[:1].isupper() and word[1:].islower() and word.casefold() not in _SYLLABLE_HEADS and tail.casefold() in _COMPOUND_TAILS:
        return True  # 'Google-' + 'owned', 'Paris-' + 'based': a name and a word of its own (sitting 47 P9: 'Googleowned')
    return word.casefold() in _HYPHEN_PREFIXES or _hyphened_by_rule(word.casefold(), tail.casefold())


# words that follow a name with a hyphen ('Google-owned', 'US-based', 'Python-specific'), never a syllable's end
_COMPOUND_TAILS = frozenset({
    "owned", "based", "led", "born", "made", "related", "specific", "style", "funded", "backed", "inspired", "centric",
    "friendly", "compatible", "dependent", "oriented", "shaped", "speaking", "trained", "run", "controlled", "sponsored",
    "approved", "certified",
})  # fmt: skip
# a capitalised first syllable a sentence may open with ('Un-' + 'related' is 'Unrelated')
_SYLLABLE_HEADS = frozenset({"un", "in", "dis", "re", "de", "pre", "mis", "over", "under", "out", "non"})


# Russian words written with their hyphen by the language's rules (trial22 T22-4: 'по-' + 'английски' was joined
# 'поанглийски'): 'кое-что'; 'по-английски', 'по-моему' (по- before an adverb in -ски, -цки, -ьи, -ому, -ему);
# 'во-первых'; 'из-за', 'из-под'; 'кто-то', 'где-нибудь' (a pronoun or adverb before -то, -либо, -нибудь)
_RU_ALWAYS = frozenset({"кое", "кой"})
_RU_PO = re.compile(r"(?:ски|цки|ьи|ому|ему)$")
_RU_VO = re.compile(r"^(?:перв|втор|трет|четв[её]рт|пят)ых$")
_RU_PARTICLES = frozenset({"то", "либо", "нибудь"})
_RU_ASKING = frozenset(
    {"кто", "что", "где", "куда", "когда", "как", "какой", "какая", "какое", "какие", "каким", "какого", "чей", "чья", "чьё"}
    | {"чьи", "почему", "зачем", "откуда", "сколько", "кого", "чего", "кому", "чему", "кем", "чем"}
)


def _hyphened_by_rule(head: str, tail: str) -> bool:
    """Whether 'head-tail' is written with its hyphen by its language's rules (both parts in lower case)."""
    if head in _RU_ALWAYS:
        return True
    if head == "по":
        return bool(_RU_PO.search(tail))
    if head == "во":
        return bool(_RU_VO.match(tail))
    if head == "из":
        return tail in ("за", "под")
    return tail in _RU_PARTICLES and head in _RU_ASKING


_MID_SOFT_HYPHEN = re.compile("(?<=[^\\W\\d_])\u00ad(?=[^\\W\\d_])")


def printed_hyphens(text: str) -> str:
    """A PDF's hyphens inside a line as '-': pypdf and pdftotext report the hyphen glyph of Typst and of some LaTeX
    PDFs as a soft hyphen (U+00AD), which a card shows only where the word breaks ('light\u00addependent' read
    'lightdependent': trial25 T25-12). Only for text from a PDF: a web page's soft hyphen is a break, no hyphen."""
    return _MID_SOFT_HYPHEN.sub("-", text) if "\u00ad" in text else text


def clean(text: str) -> tuple[str, Cleanup]:
    """The text without page furniture and with line-end hyphenation undone, when it shows PDF signs;
    else the text unchanged and an empty :class:`Cleanup`."""
    done = Cleanup()
    feeds_in = text.count("\f")
    lines: list[str] = []
    feeds: set[int] = set()  # the lines that start a page, for the header and number next to them
    for raw in text.split("\n"):
        parts = raw.split("\f")
        if len(parts) > 1 and not parts[0]:  # a form feed opening a line (pdftotext): the line stays
            parts = parts[1:]
            feeds.add(len(lines))
        for k, part in enumerate(parts):
            if k:  # a form feed inside a line breaks it, as str.splitlines did
                feeds.add(len(lines))
            lines.append(part)
    code = _code_lines(lines)
    breaks = _hyphen_breaks(lines, code)
    furniture = _furniture(lines, code, feeds)
    marks = sum(1 for t in furniture.values() if _MARK_LINE.match(t) or _MARK_EDGE.search(t) or _PAPER_LINE.match(t))
    soft = any(lines[i].rstrip().endswith("\u00ad") for i in breaks)  # (a typesetter's own break: no editor writes one)
    if not (feeds_in or marks >= 2 or len(breaks) >= 2 or soft):
        return text, done
    lines = printed_hyphens("\n".join(lines)).split("\n")  # (text copied from a PDF: its hyphens as printed)
    done.form_feeds = feeds_in
    shown: dict[str, str] = {}  # one example per shape: 'Page 1 of 2' stands for 'Page 2 of 2'
    for i, line in sorted(furniture.items()):
        example = shown.setdefault(_shape(line), " ".join(line.split()))
        done.furniture.setdefault(example, []).append(i + 1)
        lines[i] = ""
    _rejoin(lines, set(furniture), code)
    spellings = _Spellings("\n".join(lines))
    for i in _hyphen_breaks(lines, code):
        m = _HYPHEN_END.search(lines[i].rstrip())
        nxt = _NEXT_WORD.match(lines[i + 1])
        if not m or not nxt:  # (an earlier join took this line's word)
            continue
        head, tail, rest = m.group(1), nxt.group(2), nxt.group(3)
        keep = m.group(2) != "\u00ad" and _keep_hyphen(head, tail, spellings)  # (a soft hyphen is never kept)
        joined = head + ("-" if keep else "") + tail + rest
        after = lines[i + 1][nxt.end() :].lstrip()
        before = lines[i].rstrip()[: m.start(1)].rstrip()
        if after:  # the word moves up whole; the next line keeps the rest
            lines[i], lines[i + 1] = (before + " " if before else before) + joined, nxt.group(1) + after
        elif before:  # the next line held only the word's end: the word moves down
            lines[i], lines[i + 1] = before, nxt.group(1) + joined
        else:
            continue
        done.joined.append((i + 1, f"{head}-{tail}", head + ("-" if keep else "") + tail))
    return "\n".join(lines), done
