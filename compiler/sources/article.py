"""Reader for the "article" layout: a blog-style explainer with headed prose and bullets.

How it is read: the first line is the title and the lines up to the first
heading are the intro; a one-line intro is skipped (it frames the article,
it is not a fact to learn), anything more is warned about.  A heading is a
short line (at most 8 words) starting with a capital, without terminal
punctuation (an abbreviation such as "i.i.d." may end it), that is neither
code nor a formula.  Every other line is a bullet (``- …``), code (a line
that parses as a Python assignment or call, or a keyword line such as
``else:``), a formula (a short ``=`` line with math symbols and no full
stop) or prose.  A bullet ending in ``:`` continues on the next line, and
bullets glued onto one line (``… networks. - L1 (lasso): …``) are split
again at `` - Term:``.  Cards, in document order:
(1) Definitions: in a run of bullets that all read ``- Term: explanation``
or ``- Term (alias): explanation`` (and are not just comma lists of
examples like ``- Vision: random crops, flips, …``), each bullet becomes a
basic card.  The question is "What is <Term> <head noun>?" when the term is
one of the heading's coordinated modifiers ("L2" under "L1 and L2
regularization" gives "What is L2 regularization (ridge / weight decay)?"),
"What is <Term>?" for technical names (CamelCase, acronyms, digits:
"BatchNorm"), else "In <heading>, what is <term>?" ("In the bias-variance
tradeoff, what is bias?").  A leading math-only sentence of the explanation
becomes a formula block.
(2) Cloze: a prose line of ``Term = value.`` sentences ("Underfitting =
high bias. Overfitting = high variance.") becomes a cloze deleting each
value; a section whose whole content is one sentence becomes a cloze
deleting the heading ("{{c1::Weight tying}}: …").
(3) Section card: everything else in the section (prose, formulas, code,
other bullets) forms one basic card asking "What is <heading>?"; "What are
<heading>?" for plural or "and"/"&" headings; "What does overfitting look
like?" for a wh-heading with a verb ("What overfitting looks like"); "What
is the <A> on <B>?" for "A: B" headings; and "What are the <pitfalls> in
<title>?" for one-word plural headings.
Code becomes a Python code block, re-indented after block openers because
the export lost indentation; numbers glued to words by lost inline-code
spans ("p=0.1for") get their spaces back.  Difficulty is the source's
default.
"""

from __future__ import annotations

import ast
import itertools
import re
import warnings
from dataclasses import dataclass

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Item, ItemKind
from compiler.sources.base import Document, make_item
from compiler.sources.blocks import text_block
from compiler.sources.choices import find_choices, option_line
from compiler.sources.difficulty import Levels
from compiler.sources.lines import MARKDOWN_SUFFIXES, spaces_one_way, squash

_BULLET = re.compile(r"^\s*[-•*–◦▪]\s+(.*)$")  # ('– Comfort with set notation': an en dash as a PDF's bullet, T19-33)
_KW_BLOCK = re.compile(r"^(?:if|elif|else|for|while|def|class|try|except|finally|with)\b.*:$")
_KW_SIMPLE = re.compile(
    r"^(?:break|continue|pass|return\b.*|raise\b.*|import [\w.]+.*|from [\w.]+ import .+)$"
)
_DEDENT_KW = re.compile(r"^(?:else|elif|except|finally)\b")
_MATH_CHARS = set("²³Σ∑λ√∂·×^∫∇≈∝≤≥αβγδεημσθπ")
_ABBREV_END = re.compile(r"\b(?:[A-Za-z]\.){2,}$")
_GLUE_SPLIT = re.compile(r"(?<=[.:;!?])\s+-\s+(?=[^\s:.][^:.]{0,40}:)")
_DEFINITION = re.compile(spaces_one_way(r"^(?P<term>[^:()]{1,40}?)\s*(?:\((?P<alias>[^)]{1,40})\))?\s*:\s*(?P<expl>\S.*)$"))
_EQUATION = re.compile(r"^(?P<term>[A-Z][\w-]*(?: [\w-]+){0,2}) = (?P<value>[\w-]+(?: [\w-]+){0,3})$")
_GLUED_NUMBER = re.compile(r"(?<![a-z])([a-z]*+)(?<!\d)(\d+\.\d+)([a-z]{2,})")  # from a word start: linear on long runs
_SENTENCE_INSIDE = re.compile(r"[a-z)][.!;]\s+\S")  # 'hierarchy. make …': two sentences, no heading
_ASKS_AT_END = re.compile(r"[?？][*_\"'”’)\s]*$")  # '… custom version of the header?*'
_WH = frozenset(["what", "why", "how", "when", "where", "which", "who"])


def is_code(line: str) -> bool:
    """A line of Python: keyword lines, or assignments/calls that parse."""
    s = line.strip()
    if _KW_BLOCK.match(s) or _KW_SIMPLE.match(s):
        return True
    if not s.isascii() or ("=" not in s and "(" not in s):
        return False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SyntaxWarning)  # "0.1for" and friends
            tree = ast.parse(s)
    except SyntaxError:
        return False
    return bool(tree.body) and all(
        isinstance(n, ast.Assign | ast.AugAssign | ast.AnnAssign)
        or (isinstance(n, ast.Expr) and isinstance(n.value, ast.Call))
        for n in tree.body
    )


def is_formula(line: str) -> bool:
    """A short equation line with math symbols that is not a sentence."""
    s = line.strip()
    if "=" not in s or s.endswith(".") or len(s.split()) > 14 or is_code(s):
        return False
    return bool(_MATH_CHARS & set(s)) or bool(re.search(r"\s[+*/−-]\s", s))


def is_heading(line: str) -> bool:
    """Short, capitalised, no sentence end, not code or formula."""
    s = line.strip()
    if not s or _BULLET.match(s) or len(s) > 60 or len(s.split()) > 8:
        return False
    if not (s[0].isupper() or s[0].isdigit()) or "=" in s:
        return False
    if s[-1] in '.:;,!?…"”’)' and not _ABBREV_END.search(s):
        return False
    # a line wrapped out of a paragraph ('Castro directory hierarchy. make will look through the'), a question
    # in emphasis ('… header?*'), reST/Markdown markup ('``VPATH``'): no heading (learner L22)
    if _SENTENCE_INSIDE.search(s) or any(c in s for c in "?？`*_|<>[]{}"):
        return False
    return not (is_code(s) or is_formula(s))


def _is_name(term: str) -> bool:
    """CamelCase, acronyms and tokens with digits read as names: keep their case."""
    return any(c.isdigit() for c in term) or any(c.isupper() for c in term[1:])


def _lower_first(text: str) -> str:
    """Lower-case an ordinary capitalised first word ("Dropout" -> "dropout"), keep names."""
    first, _, rest = text.partition(" ")
    if first and not _is_name(first):
        first = first.lower()
    return f"{first} {rest}".strip()


def _plural(word: str) -> bool:
    w = word.lower()
    return bool(re.fullmatch(r"[A-Za-z][a-z]{2,}s", word)) and not w.endswith(("ss", "us", "is", "ics"))


# a section's number as a typeset paper writes it and pdftotext keeps it ('1 Introduction', '2.3. Methods'): no words
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?=[^\W\d])")


def section_question(heading: str, title: str, listed: bool = False) -> str:
    """The question for a headed section's card; see the module docstring for the rules. ``listed``: the section
    is a list of points and nothing else, which names no "What is X?" (a syllabus's 'Basic mathematics' over '–
    Comfort with set notation …' taught that basic mathematics IS comfort with set notation: trial19 T19-33)."""
    h = _SECTION_NUMBER.sub("", heading.strip()) or heading.strip()  # '1 Introduction', '2.3 The Cell Membrane' (N22)
    words = h.split()
    question = _section_question(h, words, title)
    if listed and question.startswith(("What is ", "What are ")) and not question.startswith(("What is the ", "What are the ")):
        return f"What points are listed under “{h}”?"
    return question


def _points_only(rest: list[_Line]) -> bool:
    """Whether a section is a list of points: it opens with a bullet, and bullets are most of the lines that start
    something (a line after one that ends no sentence, or in lower case, goes on with it: a PDF's wrapped bullet),
    with no code or formula among them."""
    if not rest or rest[0].kind != "bullet":
        return False
    bullets, starts = 0, 0
    for before, e in zip([None, *rest], rest, strict=False):
        if e.kind in ("code", "formula"):
            return False
        if e.kind == "cont":
            continue
        bullets += e.kind == "bullet"
        goes_on = before is not None and (e.text[:1].islower() or not before.text.rstrip().endswith((".", "!", "?", ":")))
        starts += e.kind == "bullet" or not goes_on
    return 2 * bullets > starts


def _section_question(h: str, words: list[str], title: str) -> str:
    if words[0].lower() in _WH and len(words) >= 3:
        for i in range(2, len(words)):
            w = words[i]
            if re.fullmatch(r"[a-z]+s", w) and not w.endswith(("ss", "us", "is")):
                verb = w[:-2] if w.endswith(("shes", "ches", "xes", "sses", "zes")) else w[:-1]
                parts = [words[0], "does", *words[1:i], verb, *words[i + 1 :]]
                return " ".join(parts).rstrip("?") + "?"
        return h.rstrip("?") + "?"
    if ":" in h:
        a, b = (p.strip() for p in h.split(":", 1))
        return f"What is the {_lower_first(a)} on {b}?"
    if len(words) == 1 and _plural(h):
        context = " ".join(w if _is_name(w) else w.lower() for w in title.split())
        return f"What are the {h.lower()} in {context}?" if context else f"What are {h.lower()}?"
    if re.search(r"\s(?:and|&)\s", h) or _plural(words[-1]):
        return f"What are {_lower_first(h)}?"
    return f"What is {_lower_first(h)}?"


def term_question(term: str, alias: str | None, heading: str) -> str:
    """The question for a definitional bullet; see the module docstring for the rules."""
    suffix = f" ({alias.strip()})" if alias else ""
    words = heading.split()
    if len(words) >= 2:
        mods = [
            m.strip().casefold() for m in re.split(r",|\band\b|&|\bor\b|/", " ".join(words[:-1])) if m.strip()
        ]
        if len(mods) >= 2 and term.casefold() in mods:
            return f"What is {term} {words[-1]}{suffix}?"
    if _is_name(term):
        return f"What is {term}{suffix}?"
    return f"In {_lower_first(heading)}, what is {_lower_first(term)}{suffix}?"


def repair_glued(text: str) -> str:
    """Put back spaces lost around inline code: "up to0.5for" -> "up to 0.5 for"."""
    return _GLUED_NUMBER.sub(lambda m: " ".join(g for g in m.groups() if g), text)


def reindent(lines: list[str]) -> list[str]:
    """Restore Python indentation after block openers; keep lines that are already indented."""
    if any(line[:1].isspace() for line in lines):
        return lines
    out: list[str] = []
    level = 0
    openers: list[int] = []
    for line in (s.strip() for s in lines):
        if _DEDENT_KW.match(line) and openers:
            level = openers.pop()
        out.append("    " * level + line)
        if line.endswith(":"):
            openers.append(level)
            level += 1
    return out


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“(λΣ])", text.strip()) if s]


def _is_example_list(expl: str) -> bool:
    """ "random crops, flips, color jitter" lists examples, it does not define."""
    first = _sentences(expl)[0].rstrip(".")
    parts = [p.strip() for p in first.split(",")]
    return len(parts) >= 2 and all(0 < len(p.split()) <= 3 for p in parts)


def _definition(bullet: str) -> re.Match[str] | None:
    """``Term: explanation`` with a short term and an explanation that is not an example list."""
    m = _DEFINITION.match(bullet)
    if not m or len(m.group("term").split()) > 5 or _is_example_list(m.group("expl")):
        return None
    return m


def _is_math_only(sentence: str) -> bool:
    return not re.search(r"[A-Za-z]{3,}", sentence) and bool(_MATH_CHARS & set(sentence) or "|" in sentence)


def _option_runs(body: list[str]) -> int:
    """How many runs of lettered options (``A. …`` / ``B. …`` …) the lines hold: a quiz's, when two or more."""
    return sum(
        1
        for k, line in enumerate(body)
        if option_line(line) and (not k or not option_line(body[k - 1])) and find_choices(body[k : k + 10]) is not None
    )


@dataclass
class _Line:
    line: int  # 1-based
    text: str
    kind: str  # heading | bullet | cont | code | formula | prose


@dataclass
class _Bullet:
    text: str
    start: int  # first line
    end: int  # last line
    run: int  # which run of consecutive bullets it belongs to


class ArticleReader:
    """Reads explainer articles into definition, cloze and per-section cards."""

    layout = "article"

    def detect(self, doc: Document) -> float:
        """Headings over prose and ``- `` bullets, no blank-line paragraphs, no Q/A numbering."""
        if doc.rel.lower().endswith((*MARKDOWN_SUFFIXES, ".pdf")):
            return 0.0  # (a PDF's headings are told by its fonts, compiler.sources.pdf: set as its text, it has none; T18-64)
        lines = doc.lines
        body = [s for s in lines if s.strip()]
        if not body:
            return 0.0
        numbered = sum(1 for s in body if re.match(r"^\s*(?:Question\s+)?\d+[.):]?(?:\s+\S|\s*$)", s))
        answers = sum(1 for s in body if re.match(r"^\s*Answer\s*:", s))
        asks = sum(1 for s in body if _ASKS_AT_END.search(s))  # questions it would not read (learner L22)
        if numbered >= 3 or answers >= 3 or asks >= 3 or any(re.match(r"^#{1,6}\s", s) for s in body[:3]):
            return 0.05
        if _option_runs(body) >= 2:
            return 0.05  # ('Câu 1: …' over 'A. Hà Nội' … 'D. Huế': a quiz's options, never an article's headings)
        headings = sum(1 for a, b in itertools.pairwise(body) if is_heading(a) and not is_heading(b))
        bullets = sum(1 for s in body if s.lstrip().startswith("- "))
        blank_ratio = (len(lines) - len(body)) / len(lines)
        score = 0.0
        if headings >= 3:
            score += 0.4
        if bullets >= 3:
            score += 0.3
        if blank_ratio < 0.15:
            score += 0.25
        return score

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        """Classify lines, group them by heading, and emit cards section by section."""
        raw = doc.lines
        entries = [(i + 1, s) for i, s in enumerate(raw) if s.strip()]
        if not entries:
            return []
        title = ""
        if is_heading(entries[0][1]):
            title = squash(entries[0][1])
            entries = entries[1:]
        classified = self._classify(entries)
        first_heading = next((k for k, e in enumerate(classified) if e.kind == "heading"), len(classified))
        intro = classified[:first_heading]
        for e in intro[1:]:
            diag.warning(
                doc.rel,
                e.line,
                "text before the first heading is not in any card",
                "only a one-line intro is skipped; put the rest under a heading",
                group="article-intro",
            )

        items: list[Item] = []
        levels = Levels(source, doc, diag)
        k = first_heading
        while k < len(classified):
            head = classified[k]
            j = k + 1
            while j < len(classified) and classified[j].kind != "heading":
                j += 1
            body = classified[k + 1 : j]
            if not body:
                diag.warning(
                    doc.rel,
                    head.line,
                    f"heading {head.text.strip()!r} has no content",
                    "add text below it or remove it",
                    group="empty-heading",
                )
            else:
                items.extend(self._section(doc, source, diag, title, head, body, levels))
            k = j
        return items

    def _classify(self, entries: list[tuple[int, str]]) -> list[_Line]:
        out: list[_Line] = []
        open_bullet = False
        for ln, s in entries:
            if open_bullet:
                kind = "cont"
            elif _BULLET.match(s):
                kind = "bullet"
            elif is_code(s):
                kind = "code"
            elif is_formula(s):
                kind = "formula"
            elif is_heading(s):
                kind = "heading"
            else:
                kind = "prose"
            open_bullet = kind in ("bullet", "cont") and s.rstrip().endswith(":")
            out.append(_Line(ln, s, kind))
        return out

    def _bullets(self, body: list[_Line]) -> list[_Bullet]:
        """Join continued bullets, then re-split glued ones at `` - Term:``."""
        groups: list[list[_Line]] = []
        runs: list[int] = []
        prev = ""
        for e in body:
            if e.kind == "bullet":
                groups.append([e])
                new_run = not runs or prev not in ("bullet", "cont")
                runs.append((runs[-1] if runs else -1) + new_run)
            elif e.kind == "cont" and groups and prev in ("bullet", "cont"):
                groups[-1].append(e)
            prev = e.kind
        result: list[_Bullet] = []
        for group, run in zip(groups, runs, strict=True):
            text = ""
            starts: list[tuple[int, int]] = []  # (offset in joined text, line)
            for e in group:
                piece = squash(_BULLET.sub(r"\1", e.text) if e.kind == "bullet" else e.text)
                if text:
                    text += " "
                starts.append((len(text), e.line))
                text += piece
            glue = list(_GLUE_SPLIT.finditer(text))
            bounds = [(0, glue[0].start() if glue else len(text))]
            bounds += [
                (m.end(), glue[n + 1].start() if n + 1 < len(glue) else len(text)) for n, m in enumerate(glue)
            ]
            for start, stop in bounds:
                chunk = text[start:stop].strip()
                if chunk:
                    first = max(ln for off, ln in starts if off <= start)
                    last = max(ln for off, ln in starts if off <= max(start, stop - 1))
                    result.append(_Bullet(chunk, first, last, run))
        return result

    def _section(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        title: str,
        head: _Line,
        body: list[_Line],
        levels: Levels,
    ) -> list[Item]:
        heading = squash(head.text)
        raw = doc.lines
        items: list[Item] = []

        def add(line: int, original_lines: list[int], **fields: object) -> None:
            item = make_item(
                doc,
                source,
                diag,
                line,
                section=[heading],
                difficulty=levels.level(None, None, line),
                original="\n".join(raw[n - 1] for n in original_lines),
                **fields,
            )
            if item is not None:
                items.append(item)

        # A section that is one sentence is a definition: cloze the heading.
        if len(body) == 1 and body[0].kind == "prose" and len(_sentences(body[0].text)) == 1:
            sentence = repair_glued(squash(body[0].text))
            cloze = f"{{{{c1::{heading}}}}}: {_lower_first(sentence)}"
            add(
                head.line,
                [head.line, body[0].line],
                kind=ItemKind.cloze,
                cloze=cloze,
                question=f"[…]: {_lower_first(sentence)}",
            )
            return items

        used: set[int] = set()  # lines that went into their own cards
        bullets = self._bullets(body)
        definitional: set[int] = set()
        for b in bullets:
            m = _definition(b.text)
            if not m or not all(_definition(o.text) for o in bullets if o.run == b.run):
                continue
            term = squash(m.group("term"))
            answer = self._explanation(m.group("expl"))
            add(
                b.start,
                list(range(b.start, b.end + 1)),
                question=term_question(term, m.group("alias"), heading),
                answer=answer,
            )
            definitional.add(id(b))
        # a line is used when every bullet touching it became a card
        for e in body:
            if e.kind in ("bullet", "cont"):
                touching = [b for b in bullets if b.start <= e.line <= b.end]
                if touching and all(id(b) in definitional for b in touching):
                    used.add(e.line)

        for e in body:
            if e.kind != "prose":
                continue
            cloze = self._equation_cloze(e.text)
            if cloze:
                add(
                    e.line,
                    [e.line],
                    kind=ItemKind.cloze,
                    cloze=cloze,
                    question=re.sub(r"\{\{c\d+::[^}]*\}\}", "[…]", cloze),
                )
                used.add(e.line)

        rest = [e for e in body if e.line not in used]
        blocks = self._blocks(rest, [b for b in bullets if id(b) not in definitional])
        if blocks:
            add(
                head.line,
                [head.line, *(e.line for e in rest)],
                question=section_question(heading, title, listed=_points_only(rest)),
                answer=blocks,
            )
        # Cards come out in line order; an article numbers nothing, so items have no number (an
        # ordinal would change every later note's attribution when a definition is added).
        return sorted(items, key=lambda it: it.locator.line)

    def _explanation(self, expl: str) -> list[Block]:
        """A definition's answer: a leading math-only sentence as formula, the rest as text."""
        sentences = _sentences(repair_glued(squash(expl)))
        blocks: list[Block] = []
        if sentences and _is_math_only(sentences[0]):
            blocks.append(Block(kind=BlockKind.formula, text=sentences.pop(0).rstrip(".")))
        if sentences:
            text = " ".join(sentences)
            blocks.append(text_block(text[0].upper() + text[1:]))
        return blocks

    def _equation_cloze(self, text: str) -> str | None:
        """``Underfitting = high bias. …`` -> ``Underfitting = {{c1::high bias}}. …``."""
        out: list[str] = []
        n = 0
        for sentence in _sentences(squash(text)):
            m = _EQUATION.match(sentence.rstrip("."))
            if m and not (_MATH_CHARS & set(sentence)):
                n += 1
                out.append(f"{m.group('term')} = {{{{c{n}::{m.group('value')}}}}}.")
            else:
                out.append(sentence)
        return " ".join(out) if n else None

    def _blocks(self, rest: list[_Line], bullets: list[_Bullet]) -> list[Block]:
        """Answer blocks for a section card, in line order."""
        blocks: list[Block] = []
        k = 0
        while k < len(rest):
            e = rest[k]
            j = k + 1
            if e.kind == "code":
                while j < len(rest) and rest[j].kind == "code":
                    j += 1
                code = reindent([x.text for x in rest[k:j]])
                blocks.append(Block(kind=BlockKind.code, text="\n".join(code), lang="python"))
            elif e.kind in ("bullet", "cont"):
                while j < len(rest) and rest[j].kind in ("bullet", "cont"):
                    j += 1
                lines = {x.line for x in rest[k:j]}
                items = [repair_glued(b.text) for b in bullets if b.start in lines or b.end in lines]
                if items:
                    blocks.append(Block(kind=BlockKind.bullets, items=items))
            elif e.kind == "formula":
                blocks.append(Block(kind=BlockKind.formula, text=squash(e.text)))
            else:
                blocks.append(text_block(repair_glued(e.text)))
            k = j
        return blocks
