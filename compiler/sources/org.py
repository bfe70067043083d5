"""An Emacs org-mode document (``.org``) as Markdown, each line remembering its line in the file.

Emacs users keep their notes and flashcards in org files: org-drill (``** Question :drill:`` with an
``*** Answer`` child), org-fc (``:fc:``) or plain notes whose headline tree holds questions.  The
document is turned into Markdown line by line and then read like any Markdown file
(:mod:`compiler.sources.converted`):

- **headlines** (``* Title``, ``** Sub``) are headings of the same depth (one deeper under a
  ``#+TITLE:``, which is the page title); a TODO keyword and a ``[#A]`` priority are left out;
- a **card** (a headline tagged ``:drill:`` or ``:fc:``) is a question: its title and the text under
  it the front, its first child headline (``*** Answer``, org-fc's ``** Back``, or any other name:
  ``Definition``, ``Proof``) the answer and later children part of it; a card with no child has its
  text as the answer; a card whose text holds org-drill cloze deletions (``[word]``,
  ``[word||hint]``, ``<[word]>``; org-fc's ``{{word}@0}``) or Anki's ``{{c1::word}}`` and no child is
  a **cloze note** (all deletions one card, as org-drill shows them; one card each for the
  ``hide1cloze``-style card types and org-fc's numbered ones), its paragraphs and lists one paragraph (one
  note); an org-fc deletion may hold balanced braces (LaTeX);
- **tags** on headlines (``:tag1:tag2:``, inherited by the headlines below, and ``#+FILETAGS:``) are
  the tags of the notes under them, except ``drill`` and ``fc`` themselves;
- **left out**: ``:PROPERTIES:`` … ``:END:`` and other drawers (``:LOGBOOK:``), ``SCHEDULED:`` /
  ``DEADLINE:`` / ``CLOSED:`` / ``CLOCK:`` planning lines, ``#+KEYWORD:`` lines, ``# comments``,
  ``#+BEGIN_COMMENT`` blocks, footnotes and their references (``[fn:1]``);
- **markup**: ``~x~`` and ``=x=`` are code, ``/x/`` italic, ``*x*`` bold, ``+x+`` struck out (``<del>``),
  ``_x_`` plain; ``#+BEGIN_SRC lang`` … ``#+END_SRC`` (and ``#+BEGIN_EXAMPLE``, ``: fixed-width``
  lines) a code block, ``#+BEGIN_QUOTE`` a quote; ``[[https://…][text]]`` a link, ``[[file:img.png]]``
  a picture, a link within the notes (``[[*Heading][text]]``, ``[[id:…][text]]``) its text;
  ``$…$``, ``\\(…\\)``, ``\\[…\\]`` and ``\\begin{…}`` environments MathJax maths; tables and lists
  as their Markdown (``- term :: text`` a bold term).

A file that reads like Markdown rather than org (``#`` headings and no org headline) is an error
naming its first Markdown line and saying to rename it; a block or drawer never closed is a warning at
the line that opened it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from pathlib import Path

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.base import load_document
from compiler.sources.converted import Converted

Row = tuple[str, int]  # a line of text and the line of the file it comes from

_HEADLINE = re.compile(
    r"^(?P<stars>\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED|STARTED)\s+)?(?:\[#[A-Za-z0-9]\]\s+)?"
    r"(?P<title>.*?)(?:\s+(?P<tags>:(?:[\w@#%]+:)+))?\s*$"
)
_CARD_TAGS = {"drill", "fc"}
_DRAWER = re.compile(r"^\s*:(?P<name>[\w-]+):\s*$")
_PROPERTY = re.compile(r"^\s*:(?P<key>[\w-]+\+?):\s*(?P<value>.*)$")
_PLANNING = re.compile(r"^\s*(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<\[][^>\]]*[>\]]\s*)+$|^\s*CLOCK:")
_KEYWORD = re.compile(r"^\s*#\+(?P<key>[\w-]+):\s*(?P<value>.*)$")
_END = re.compile(r"^\s*#\+END_(?P<kind>\w+)\b", re.I)
_BEGIN = re.compile(r"^\s*#\+BEGIN_(?P<kind>\w+)(?:\s+(?P<arg>.*))?$", re.I)
_COMMENT = re.compile(r"^\s*#(?:\s|$)")
_FIXED = re.compile(r"^\s*:(?:\s|$)")
_FOOTNOTE_DEF = re.compile(r"^\[fn:[^\]]+\]")
_TABLE_RULE = re.compile(r"^\s*\|[-+]+\|?\s*$")
_LIST = re.compile(r"^(?P<indent>\s*)(?P<mark>[-+]|\d+[.)]|(?<=\s)\*)\s+(?P<text>.*)$")
_DESCRIPTION = re.compile(r"^(?P<term>.*?)\s+::(?:\s+(?P<text>.*))?$")
_MATH_BLOCK_OPEN = re.compile(r"^\s*(?:\\\[|\$\$|\\begin\{(?P<env>[\w*]+)\})")
_TIMESTAMP = re.compile(r"[\[<]\d{4}-\d\d-\d\d(?: [^\]>]*)?[\]>]")  # org's '[2023-04-01 Sat 10:12]'
_ANSWER_WORDS = {"answer", "back", "solution", "respuesta", "antwort", "réponse", "ответ", "答案"}
_NUMBERED_CLOZE = {"hide1cloze", "show1cloze", "hide2cloze", "show2cloze", "hide1_firstmore", "show1_firstless",
                   "show1_lastmore", "hidefirst", "hidelast"}  # fmt: skip

# inline: protected spans (code, maths, links) first, then emphasis on what is left
_SPAN = re.compile(
    r"(?P<code>(?:(?<=^)|(?<=[\s\-({'\"]))(?P<cm>[=~])(?P<ctext>\S(?:.*?\S)?)(?P=cm)(?=$|[\s\-.,;:!?'\")}\[]))"
    r"|(?P<link>\[\[(?P<target>[^\]]+)\](?:\[(?P<ltext>[^\]]*)\])?\])"
    r"|(?P<math>\\\(.+?\\\)|\\\[.+?\\\]|\$\$.+?\$\$|(?<![\w$])\$[^\s$](?:[^$]*?[^\s$])?\$(?![\w$]))"
    r"|(?P<fn>\[fn:[^\]]*\])"
    r"|(?P<cloze>\{\{c\d+::.*?\}\})"
)
_EMPHASIS = re.compile(
    r"(?:(?<=^)|(?<=[\s\-({'\"]))(?P<m>[*/+_])(?P<text>[^\s*/+_](?:.*?[^\s])?)(?P=m)(?=$|[\s\-.,;:!?'\")}\[])"
)
_IMAGE = re.compile(r"\.(?:png|jpe?g|gif|svg|webp|bmp|avif)$", re.I)
_LINK_TYPE = re.compile(r"^(?!file:|attachment:)[a-z][\w-]*:(?P<path>\S.*)$", re.I)  # a link type and its path
_DRILL_CLOZE = re.compile(
    r"<\[(?P<a>[^\[\]\n]+?)\]>"
    r"|(?<![\[\\\w])\[(?!\[|fn:|\d{4}-\d\d-\d\d|[ Xx-]\]|#[A-Za-z0-9]\])(?P<b>(?:[^\[\]\n]|\n(?![ \t]*\n))+?)\](?![\[(\]])"
)
_FC_OPEN = re.compile(r"\{\{(?!c\d+::)")  # (an Anki deletion '{{c1::…}}' is no org-fc hole)
_FC_TAIL = re.compile(r"@(?P<n>\d+)\}")


@dataclass
class _FcHole:
    """An org-fc deletion ``{{text}@N}`` / ``{{text}{hint}@N}`` found by :func:`_fc_holes`."""

    start: int
    end: int
    text: str
    hint: str
    n: int


def _balanced(text: str, i: int) -> int:
    """Where the brace group opened just before ``i`` closes (the index of its ``}``), or -1: braces inside it
    are counted (LaTeX's ``\\bold{Bool}``, ``^{op}``), an escaped ``\\{`` / ``\\}`` is not a brace."""
    depth = 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            if depth == 0:
                return i
            depth -= 1
        i += 1
    return -1


def _fc_holes(text: str) -> list[_FcHole]:
    """org-fc's deletions in ``text``, the braces inside each balanced (trial16 T16-4: a regular expression
    with no brace inside missed every deletion holding LaTeX, ``{{$\\bold{Bool} := …$}@2}``)."""
    holes: list[_FcHole] = []
    pos = 0
    while (m := _FC_OPEN.search(text, pos)) is not None:
        close = _balanced(text, m.end())
        if close < 0:
            pos = m.start() + 1
            continue
        after, hint = close + 1, ""
        if text.startswith("{", after):
            hint_close = _balanced(text, after + 1)
            if hint_close >= 0:
                hint, after = text[after + 1 : hint_close], hint_close + 1
        tail = _FC_TAIL.match(text, after)
        if tail is None or not text[m.end() : close].strip():
            pos = m.start() + 1
            continue
        holes.append(_FcHole(m.start(), tail.end(), text[m.end() : close], hint, int(tail.group("n"))))
        pos = tail.end()
    return holes


@dataclass
class _Headline:
    index: int  # where it is in the file's rows
    level: int
    title: str
    tags: list[str]
    end: int = 0  # the row after its body (the next headline)
    subtree: int = 0  # the row after its last descendant
    last: int = 0  # the headline index after its last descendant (its descendants: the ones before)
    parent: int = -1  # the headline index of its parent (-1: none)


_DEEPEST = 8  # blocks inside blocks read as such; deeper ones as lines of text


@dataclass
class _State:
    rel: str
    depth: int = 0
    warnings: list[Diagnostic] = field(default_factory=list)


def org_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The document as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, encoding)
    return convert_org(doc.lines, rel)


ORG_SIGNS_MIN = 2  # org's own '#+' keyword and block lines (with a headline) that tell an org file saved as text


def looks_like_org(lines: list[str]) -> bool:
    """Whether a text file is an Org document saved as ``.txt`` (trial22 T22-47: a pattern guessed from the Emacs
    Lisp comments in its source blocks made 14 junk cards of 55 questions): a ``* headline`` and ``#+`` keyword or
    block lines (``#+title:``, ``#+begin_src``), which no other format writes at a line's start, two at least."""
    signs = sum(1 for line in lines if line.startswith("#+") and (_KEYWORD.match(line) or _BEGIN.match(line) or _END.match(line)))
    return signs >= ORG_SIGNS_MIN and any(_HEADLINE.match(line) for line in lines)


def convert_org(lines: list[str], rel: str = "") -> Converted:
    rows = _exported([(line.rstrip(), n) for n, line in enumerate(lines, start=1)])
    state = _State(rel)
    heads = _headlines(rows)
    if not heads:  # no headline: a Markdown file ('## Title', ``` fences) is named so, not read as org comments
        md = next((n for line, n in rows if re.match(r"^(?:#{2,6}\s+\S|```)", line)), None)
        if md is not None:
            raise ContentError(
                [
                    Diagnostic(
                        rel,
                        md,
                        "not an org-mode document: this file is written in Markdown ('## Title' headings or ``` fences) "
                        "and has no org headline ('* Title')",
                        f"rename it {Path(rel).stem}.md",
                    )
                ]
            )
    out: list[Row] = []
    title = next((m.group("value").strip() for line, _ in rows if (m := _KEYWORD.match(line)) and m.group("key").upper() == "TITLE"), "")
    filetags = [
        t
        for line, _ in rows
        if (m := _KEYWORD.match(line)) and m.group("key").upper() == "FILETAGS"
        for t in re.split(r"[:\s]+", m.group("value"))
        if t
    ]
    shift = 0
    if title:
        n = next(n for line, n in rows if (m := _KEYWORD.match(line)) and m.group("key").upper() == "TITLE")
        out.extend([("# " + _inline(title), n), ("", n)])
        shift = 1
    first = heads[0].index if heads else len(rows)
    out.extend(_body(rows[:first], state))
    inherited: list[list[str]] = []  # each headline's tags with those of the headlines above it
    for h in heads:
        inherited.append(_unique([*(inherited[h.parent] if h.parent >= 0 else filetags), *h.tags]))
    outline = _outline(rows, heads)
    k = 0
    while k < len(heads):
        h = heads[k]
        tags = inherited[k]
        level = min(h.level + shift, 6)
        if outline and h.level > outline:
            # an outline written as headlines (Logseq's Org pages): a deeper headline is an entry of its parent's list
            # (trial46 T46-8: every answer was a headline, 11 of 12 questions "without an answer")
            indent = "  " * (h.level - outline - 1)
            out.append((f"{indent}- {_inline(h.title)}", rows[h.index][1]))
            out.extend((f"{indent}  {text.strip()}", n) for text, n in _body(rows[h.index + 1 : h.end], state) if text.strip())
            k += 1
            continue
        _blank(out, rows[h.index][1])
        if _CARD_TAGS & {t.lower() for t in h.tags}:
            out.extend(_card(rows, heads, k, level, tags, state))
            k = h.last  # (its children are its answer)
            continue
        note_type = _properties(rows[h.index + 1 : h.end]).get("ANKI_NOTE_TYPE")
        if note_type is not None:  # anki-editor's note: its sub-headlines are its fields (trial9 T14)
            out.extend(_editor_note(rows, heads, k, level, tags, note_type, state))
            k = h.last
            continue
        answers = _headline_answers(rows, heads, k, state)
        if answers is not None:  # ('** What holds the DNA?' / '*** The nucleus': the answer written as the child, T55-8)
            out.append(("#" * level + " " + _inline(h.title), rows[h.index][1]))
            _blank(out, rows[h.index][1])
            many = len(answers) > 1
            out.extend((("- " if many else "") + _inline(heads[j].title), rows[heads[j].index][1]) for j in answers)
            k = h.last
            continue
        out.append(("#" * level + " " + _inline(h.title), rows[h.index][1]))
        body = _body(rows[h.index + 1 : h.end], state)
        shown = [t for t in tags if t.lower() not in _CARD_TAGS]
        if shown and h.last == k + 1 and any(text.strip() for text, _ in body):  # a leaf: its tags are its note's
            out.extend([("", rows[h.index][1]), (_tag_line(shown), rows[h.index][1])])
        _blank(out, rows[h.index][1])
        out.extend(body)
        k += 1
    while out and not out[-1][0]:
        out.pop()
    if not any(text.strip() for text, _ in out):
        raise ContentError([Diagnostic(rel, None, "file is empty", "add headlines and text, or remove it from deck.toml")])
    return Converted(text="\n".join(t for t, _ in out) + "\n", origin=tuple(n for _, n in out), warnings=tuple(state.warnings))


OUTLINE_SHARE = 0.9  # of a file's lines of text that are headlines for it to be an outline written as headlines


_GAP = re.compile(r"\[\s*(?:\.\.\.|…|_{2,})\s*\]|_{3,}")  # '[...]', '[…]', '___': a blank the answer fills


def _headline_answers(rows: list[Row], heads: list[_Headline], k: int, state: _State) -> list[int] | None:
    """The children of headline ``k`` that are its answer, written as headlines (an outline kept as cards: '**** A
    hidden question exists? :card:' / '***** Yes, it does!'; '** Proteins are built by [...] from [...]' / '***
    ribosomes' / '*** amino acids'): a headline that asks ('?' at its end) or holds blanks to fill, with no text of its
    own, whose children are all leaves with no text, none asking, as many as its blanks when it has blanks; else None
    (trial55 T55-8: "question has no answer" for each, the blanks' headline in no card and unsaid)."""
    h = heads[k]
    title = re.sub(r"\s+:(?:[\w@#%]+:)+\s*$", "", h.title).strip()
    asks, gaps = title.endswith(("?", "？")), len(_GAP.findall(title))
    if not (asks or gaps) or any(text.strip() for text, _ in _body(rows[h.index + 1 : h.end], state)):
        return None
    children = [j for j in range(k + 1, h.last) if heads[j].parent == k]
    if not children or len(children) != h.last - k - 1:
        return None  # (none, or children with children of their own: a section)
    for j in children:
        c = heads[j]
        if c.title.strip().endswith(("?", "？")) or any(text.strip() for text, _ in _body(rows[c.index + 1 : c.end], state)):
            return None
    if gaps and not asks and len(children) != gaps:
        return None
    return children


def _outline(rows: list[Row], heads: list[_Headline]) -> int:
    """The level of the questions of an outline written as headlines (``* *Is the app free?*`` / ``** In short: …`` /
    ``*** …``: Logseq's Org pages, every block a headline), 0 when the file is no such outline: nearly all its text is
    headlines, its top headlines each have headlines under them and most of them ask."""
    if not heads:
        return 0
    said = [text for text, _ in rows if text.strip() and not (_DRAWER.match(text) or _PROPERTY.match(text) or _PLANNING.match(text) or _KEYWORD.match(text) or _COMMENT.match(text))]
    top = min(h.level for h in heads)
    tops = [h for h in heads if h.level == top]
    asking = [h for h in tops if re.sub(r"[*/_=~+]", "", h.title).rstrip().endswith(("?", "？"))]
    under = [h for h in tops if any(o.parent >= 0 and heads[o.parent] is h for o in heads)]
    if len(heads) < OUTLINE_SHARE * len(said) or len(under) < len(tops) / 2 or len(asking) * 2 < len(tops) or len(tops) < 2:
        return 0
    return top


def _exported(rows: list[Row]) -> list[Row]:
    """The rows org's own exporters keep: a subtree tagged ``:noexport:`` (or a tag ``#+EXCLUDE_TAGS:`` names) or
    whose headline opens with ``COMMENT`` is the author's private note, blanked (its lines stay counted; T31-63:
    "Climbed it in 2019!" was on a card's back)."""
    excluded = {"noexport"} | {
        t.lower()
        for line, _ in rows
        if (m := _KEYWORD.match(line)) and m.group("key").upper() == "EXCLUDE_TAGS"
        for t in re.split(r"[:\s]+", m.group("value"))
        if t
    }
    out = list(rows)
    for h in _headlines(rows):
        if excluded & {t.lower() for t in h.tags} or re.match(r"^COMMENT(?:\s|$)", h.title):
            for k in range(h.index, h.subtree):
                out[k] = ("", rows[k][1])
    return out


def _unique(tags: list[str]) -> list[str]:
    seen: list[str] = []
    for t in tags:
        if t not in seen:
            seen.append(t)
    return seen


def _tag_line(tags: list[str]) -> str:
    return " ".join("#" + re.sub(r"[^\w/-]", "_", t) for t in tags)


def _blank(out: list[Row], n: int) -> None:
    if out and out[-1][0] != "":
        out.append(("", n))


def _headlines(rows: list[Row]) -> list[_Headline]:
    heads: list[_Headline] = []
    ends: dict[str, int] = {}  # each block kind's last #+END_ line: a #+BEGIN_ after it is never closed
    for k, (line, _) in enumerate(rows):
        end = _END.match(line)
        if end is not None:
            ends[end.group("kind").upper()] = k
    block = ""
    for k, (line, _) in enumerate(rows):
        if block:  # (a '* ' line inside a source block is code)
            end = _END.match(line)
            block = "" if end is not None and end.group("kind").upper() == block else block
            continue
        begin = _BEGIN.match(line)
        if begin is not None and ends.get(begin.group("kind").upper(), -1) > k:
            block = begin.group("kind").upper()
            continue
        m = _HEADLINE.match(line)
        if m is not None:
            tags = [t for t in (m.group("tags") or "").split(":") if t]
            heads.append(_Headline(k, len(m.group("stars")), m.group("title"), tags))
    open_: list[int] = []  # the headlines whose subtree goes on
    for i, h in enumerate(heads):
        h.end = heads[i + 1].index if i + 1 < len(heads) else len(rows)
        while open_ and heads[open_[-1]].level >= h.level:
            done = heads[open_.pop()]
            done.subtree, done.last = h.index, i
        h.parent = open_[-1] if open_ else -1
        open_.append(i)
    for i in open_:
        heads[i].subtree, heads[i].last = len(rows), len(heads)
    return heads


def _properties(rows: list[Row]) -> dict[str, str]:
    """The ``:PROPERTIES:`` drawer right under a headline (after its planning line)."""
    props: dict[str, str] = {}
    inside = False
    for line, _ in rows[:40]:
        if _DRAWER.match(line) and _DRAWER.match(line).group("name").upper() == "PROPERTIES":  # type: ignore[union-attr]
            inside = True
            continue
        if inside:
            if line.strip().upper() == ":END:":
                break
            m = _PROPERTY.match(line)
            if m is not None:
                props[m.group("key").upper()] = m.group("value").strip()
        elif line.strip() and not _PLANNING.match(line):
            break
    return props


_FRONT_FIELDS = {"front", "question", "text", "frage", "recto", "pregunta", "vorderseite"}


def _editor_note(rows: list[Row], heads: list[_Headline], k: int, level: int, tags: list[str], note_type: str, state: _State) -> list[Row]:
    """An anki-editor note (a headline with ``:ANKI_NOTE_TYPE:``; Emacs): each child headline one field of the
    note, by name (``Front`` / ``Back``, a Cloze note's ``Text`` / ``Extra``). The front field (``Front``,
    ``Text``, ``Question``, else the first) is the question, the other fields the answer, each after the
    first under its name; a cloze field ({{c1::…}}) is a cloze note, its other fields its extra text. The note's
    headline is its name in Emacs, not its question, except in a note without field headlines: then, as
    anki-editor reads it, the headline is the front and its text the back. Its tags: the headlines', its
    ``:ANKI_TAGS:`` and its ``:ANKI_DECK:`` (``Computing::Networks``); a ``… reversed …`` note type asks both ways
    (trial12 U76, learner4 N73)."""
    h = heads[k]
    n = rows[h.index][1]
    props = _properties(rows[h.index + 1 : h.end])
    fields = [heads[j] for j in range(k + 1, h.last) if heads[j].parent == k]
    deck = "/".join(p.strip().replace(" ", "_") for p in props.get("ANKI_DECK", "").split("::") if p.strip())
    shown = _unique([*(t for t in tags if t.lower() not in _CARD_TAGS), *props.get("ANKI_TAGS", "").split()])
    line = " ".join([_tag_line(shown), f"#{deck}" if deck else ""]).strip()  # (the deck as a tag: '#Computing/Networks')

    def body(f: _Headline) -> list[Row]:
        end = next((heads[j].index for j in range(heads.index(f) + 1, len(heads)) if heads[j].level <= f.level), len(rows))
        return _body(rows[f.index + 1 : end], state)

    def trimmed(text: list[Row]) -> list[Row]:
        text = [r for r in text if not _TIMESTAMP.fullmatch(r[0].strip())]  # ('[2023-04-01 Sat 10:12]': capture time)
        while text and not text[0][0].strip():
            text.pop(0)
        while text and not text[-1][0].strip():
            text.pop()
        return text

    if fields:
        front = next((f for f in fields if f.title.strip().lower() in _FRONT_FIELDS), fields[0])
        text = trimmed(body(front))
        rest = [(f.title, rows[f.index][1], trimmed(body(f))) for f in fields if f is not front]
    else:  # no field headlines: the headline is the front, its text the back
        text = [(_inline(h.title), n)]
        rest = [("Back", n, trimmed(_body(rows[h.index + 1 : h.end], state)))]
    out: list[Row] = []
    _blank(out, n)
    joined = "\n".join(t for t, _ in text)
    parent = heads[h.parent] if h.parent >= 0 else None
    # (a heading keeps the note out of the answer above it: its parent's (a capture headline '14:05' is no section)
    heading = "#" * max(1, level - (h.level - parent.level)) + " " + _inline(parent.title) if parent else "#" * level + " " + _inline(h.title)
    if "cloze" in note_type.lower() or "{{c" in joined:
        out.extend([(heading, n), ("", n)])
        if line and text:  # (its tags after its text, as a cloze paragraph's own: T19-19)
            text = [*text[:-1], (f"{text[-1][0]} {line}", text[-1][1])]
        extra = [r for _, _, more in rest for r in more]
        out.extend([("<quiz>", n), *text, *([("", n), *extra] if extra else []), ("</quiz>", n), ("", n)])  # (Extra: the note's)
        return out
    if not text:
        text = [(_inline(h.title), n)]
    if "reverse" in note_type.lower() and len(text) == 1 and len(rest) == 1 and len(rest[0][2]) > 0 and all(t.strip() for t, _ in rest[0][2]):
        # 'Basic (and reversed card)': a card each way, as Obsidian's 'front / ?? / back' is read
        out.extend([(heading, n), ("", n)])
        back = rest[0][2]
        if line:  # (its tags after its back, as a 'front / ?? / back' card's own: T19-19)
            back = [*back[:-1], (f"{back[-1][0]} {line}", back[-1][1])]
        out.extend([text[0], ("??", n), *back, ("", n)])
        return out
    first, *stem = text
    title = first[0]
    asks = title.rstrip("*_`) ").endswith(("?", "？"))
    out.extend([("#" * level + " " + ("" if asks else "Q: ") + title, first[1]), ("", first[1])])
    if line:
        out.extend([(line, n), ("", n)])
    if stem:
        out.extend([*stem, ("", n)])
    out.extend([("#" * min(level + 1, 6) + " Answer", n), ("", n)])
    for number, (name, cn, more) in enumerate(rest):
        if number and name.strip().lower() not in _ANSWER_WORDS:
            out.extend([("", cn), (f"*{_inline(name)}:*", cn), ("", cn)])
        out.extend(more)
        _blank(out, cn)
    out.append(("", n))
    return out


def _sides(rows: list[Row], heads: list[_Headline], k: int, level: int, shown: list[str], front: list[Row], kind: str, state: _State) -> list[Row]:
    """An org-drill ``twosided`` / ``multisided`` card: a card per side (the first two children of a twosided
    card, every child of a multisided one), its front the card's text and that side under its name ('Translate
    this word. French: le chien'), its back the other sides under theirs (learner3 N13)."""
    h = heads[k]
    n = rows[h.index][1]
    sides = [heads[j] for j in range(k + 1, h.last) if heads[j].parent == k]
    asked = sides[:2] if kind == "twosided" else sides
    prompt = " ".join(t.strip() for t, _ in front if t.strip())
    texts = {id(s): " ".join(t.strip() for t, _ in _body(rows[s.index + 1 : s.end], state) if t.strip()) for s in sides}
    out: list[Row] = []
    for side in asked:
        if not texts[id(side)]:
            continue
        sn = rows[side.index][1]
        question = f"{prompt} {_inline(side.title)}: {texts[id(side)]}".strip()
        _blank(out, sn)
        out.extend([("#" * level + " Q: " + question, sn), ("", sn)])
        if shown:
            out.extend([(_tag_line(shown), n), ("", n)])
        out.extend([("#" * min(level + 1, 6) + " Answer", sn), ("", sn)])
        for other in sides:
            if other is not side and texts[id(other)]:
                out.extend([(f"*{_inline(other.title)}:* {texts[id(other)]}", rows[other.index][1]), ("", rows[other.index][1])])
    return out


def _card(rows: list[Row], heads: list[_Headline], k: int, level: int, tags: list[str], state: _State, context: str = "") -> list[Row]:
    """A ``:drill:`` / ``:fc:`` headline and its children as a question and its answer, or a cloze note; each card
    headline among its children is a card of its own after it (trial11 P20: a verb's 'Participles' cloze and its
    conjugation tables under the verb's card were no card), asked with the card above it as context."""
    h = heads[k]
    own, nested = _own_children(heads, k)
    out = _one_card(rows, heads, k, level, tags, state, own, context)
    for j in nested:
        child = heads[j]
        inner = _unique([*tags, *child.tags])
        body = [r for r in _body(rows[child.index + 1 : child.end], state) if r[0].strip()]
        if not body and child.last == j + 1:  # an empty drill entry (org-drill's 'Future tense' placeholder)
            said = f"org-drill entry '{_inline(child.title)}' has no text: no card"
            hint = "write its question and answer under it, or remove its :drill: tag"
            state.warnings.append(Diagnostic(state.rel, rows[child.index][1], said, hint, severity="warning", group="org-empty-card"))
            continue
        out.extend(_card(rows, heads, j, min(level + child.level - h.level, 6), inner, state, _inline(h.title)))
    return out


def _own_children(heads: list[_Headline], k: int) -> tuple[list[_Headline], list[int]]:
    """A card headline's descendants that are its own (its answer, notes, examples), and the card headlines among
    them (with their own descendants: theirs)."""
    own: list[_Headline] = []
    nested: list[int] = []
    j = k + 1
    while j < heads[k].last:
        if _CARD_TAGS & {t.lower() for t in heads[j].tags}:
            nested.append(j)
            j = heads[j].last
        else:
            own.append(heads[j])
            j += 1
    return own, nested


def _one_card(
    rows: list[Row], heads: list[_Headline], k: int, level: int, tags: list[str], state: _State, children: list[_Headline], context: str
) -> list[Row]:
    """One card of :func:`_card`: the headline, its text and its own children (``context``: the card above it)."""
    h = heads[k]
    n = rows[h.index][1]
    out: list[Row] = []
    props = _properties(rows[h.index + 1 : h.end])
    kind = (props.get("DRILL_CARD_TYPE") or props.get("FC_TYPE") or "").lower()
    front = _body(rows[h.index + 1 : h.end], state)
    shown = [t for t in tags if t.lower() not in _CARD_TAGS]
    text = "\n".join(t for t, _ in front)
    fc_cloze = bool(_fc_holes(text))
    if kind in ("twosided", "multisided") and len(children) >= 2 and children == heads[k + 1 : h.last]:
        return _sides(rows, heads, k, level, shown, front, kind, state)
    # a cloze card: its deletions hidden, its children (an example sentence: hide1cloze with a sub-heading) the
    # extra text under it (learner3 N13)
    if (fc_cloze or _DRILL_CLOZE.search(text) or "{{c" in text) and (not children or kind in _NUMBERED_CLOZE or kind in ("", "simple", "hidecloze")):
        numbered = kind in _NUMBERED_CLOZE or fc_cloze
        # the section heading above it again keeps the cloze out of the answer of the card before it
        parent = heads[h.parent] if h.parent >= 0 else None
        if parent is not None:
            heading = "#" * max(1, level - (h.level - parent.level)) + " " + _inline(parent.title)
        else:
            heading = "#" * level + " " + _inline(h.title)
        _blank(out, n)
        out.extend([(heading, n), ("", n)])
        count = 0

        def deletion(m: re.Match[str]) -> str:
            nonlocal count
            count += 1
            inner = m.group("a") or m.group("b")
            word, _, hint = inner.partition("||") if "||" in inner else inner.partition("|")  # ([after|position]: a hint)
            breaks = "\n" * word.count("\n")  # (a deletion over a line break: one line of the card, the lines kept)
            return f"{breaks}{{{{c{count if numbered else 1}::{' '.join(word.split())}{'::' + hint.strip() if hint.strip() else ''}}}}}"

        if fc_cloze:
            cloze = _fc_replace(front)
        else:
            joined = _DRILL_CLOZE.sub(deletion, "\n".join(t for t, _ in front))
            cloze = list(zip(joined.split("\n"), [m for _, m in front], strict=True))
        while cloze and not cloze[-1][0].strip():
            cloze.pop()
        while cloze and not cloze[0][0].strip():
            cloze.pop(0)
        out.extend(_one_paragraph(cloze))
        out.append(("", n))
        for child in children:  # (the extra text, under its name)
            cn = rows[child.index][1]
            body = [r for r in _body(rows[child.index + 1 : child.end], state) if r[0].strip()]
            if body:
                out.extend([(f"*{_inline(child.title)}:*", cn), ("", cn), *body, ("", cn)])
        return out
    _blank(out, n)
    title = _inline(h.title)
    asks = title.rstrip("*_`) ").endswith(("?", "？"))
    if not asks and children and (lead := _asking_lead(front)) is not None:
        title, front = _asked_title(title, lead[0]), lead[1]  # ('** Hello' / 'What is "hello" in Spanish?': T21-15)
        asks = True
    elif not asks and children and (lead := _asking_lead(front, asking=False)) is not None:
        # ('** Word :drill:' over 'aqua, aquae (f.)' / '*** Answer' / 'water': org-drill shows the text, the headline a
        # label every card repeats; a headline of its own names the topic: 'Capitals: Burkina Faso'; T36-9)
        repeated = sum(1 for x in heads if x.title.strip() == h.title.strip() and _CARD_TAGS & {t.lower() for t in x.tags}) > 1
        title, front = (lead[0] if repeated or not title else f"{title}: {lead[0]}"), lead[1]
    title = f"{context} — {title}" if context and not asks else title  # ('Regular Verb: bailar — Simple present tense')
    out.extend([("#" * level + " " + ("" if asks else "Q: ") + title, n), ("", n)])  # (a card asks, whatever its words)
    if shown:
        out.extend([(_tag_line(shown), n), ("", n)])
    if not children:  # no child: the text under the title is the answer
        out.extend([("#" * min(level + 1, 6) + " Answer", n), ("", n), *front, ("", n)])
        return out
    out.extend(front)
    for number, child in enumerate(children):
        cn = rows[child.index][1]
        depth = child.level - h.level  # 1 for a child, 2 for a grandchild …
        _blank(out, cn)
        if number == 0:
            out.append(("#" * min(level + 1, 6) + " Answer", cn))
        elif depth == 1 and child.title.strip().lower() in _ANSWER_WORDS:
            pass  # (a second 'Answer' child: more of the answer)
        else:
            out.append(("#" * min(level + 1 + depth, 6) + " " + _inline(child.title), cn))
        out.append(("", cn))
        out.extend(_body(rows[child.index + 1 : child.end], state))
    out.append(("", n))
    return out


def _asking_lead(front: list[Row], asking: bool = True) -> tuple[str, list[Row]] | None:
    """The first paragraph of a card's text when it asks (its last line ends with a question mark) and the rest of the
    text: the card's question, its headline only naming the topic ('** Hello :drill:' over 'What is "hello" in
    Spanish?'); None for any other text. With ``asking=False``: the card's whole text when it is a short paragraph
    that does not ask (a word to recall)."""
    k = 0
    while k < len(front) and not front[k][0].strip():
        k += 1
    end = k
    while end < len(front) and front[end][0].strip():
        end += 1
    lines = [t.strip() for t, _ in front[k:end]]
    if not lines or any(t.startswith(("```", "~~~", "|", "<", ">", "![", "$$", "#", "- ", "* ", "+ ")) for t in lines):
        return None
    if lines[-1].rstrip("*_`)\"'” ").endswith(("?", "？")) != asking:
        return None
    if not asking and (len(lines) > LEAD_LINES or any(t.strip() for t, _ in front[end:])):
        return None  # (a statement as the front: a short paragraph, all of the card's text)
    return " ".join(lines), front[end:]


LEAD_LINES = 3  # lines at most of a card's text that is its front when it does not ask (a word and its forms)


def _asked_title(title: str, question: str) -> str:
    """A card's question as its heading, after its headline when the question does not already say the headline's
    words ('Photosynthesis: What are its products?'; 'Hello' over 'What is "hello" in Spanish?' is the question)."""
    said = set(re.findall(r"\w+", question.lower()))
    return question if not title or set(re.findall(r"\w+", title.lower())) <= said else f"{title}: {question}"


_PLAIN_LIST = re.compile(r"^(?:(?P<bullet>[-+*])|\d+[.)])\s+")


def _one_paragraph(rows: list[Row]) -> list[Row]:
    """An org-fc cloze card's text as one line: the card is one note, and its paragraphs and list entries apart
    were read as a note each (a deletion numbered c3 in the second skipped as 'needs a {{c1::...}} deletion', a
    lead-in without a deletion a Basic card's back; trial16 T16-4). A card holding a code block, a table, a
    picture or display maths is left as written; a list entry keeps its number, a bullet is '•'."""
    kept = [(t.strip(), m) for t, m in rows if t.strip()]
    if len(kept) < 2 or any(t.startswith(("```", "~~~", "|", "<", ">", "![", "$$", "\\[", "\\begin")) for t, _ in kept):
        return rows
    words: list[str] = []
    for t, _ in kept:
        mark = _PLAIN_LIST.match(t)
        words.append("• " + t[mark.end() :] if mark and mark.group("bullet") else t)
    return [(" ".join(words), kept[0][1])]


def _fc_replace(front: list[Row]) -> list[Row]:
    """The card's lines with each org-fc deletion as Anki's ``{{cN+1::text::hint}}``; a deletion running over
    line breaks joins its lines into one (each line keeping the file line it starts at): its breaks kept as
    lines made a blank line of a list entry's indent, ending the list (trial16 T16-4)."""
    text = "\n".join(t for t, _ in front)
    holes = _fc_holes(text)
    parts: list[str] = []
    joined: set[int] = set()  # the line breaks inside a deletion, by their place in ``text``
    last = 0
    for hole in holes:
        hint = f"::{' '.join(hole.hint.split())}" if hole.hint.strip() else ""
        word = " ".join(hole.text.split())
        while "}}" in word:  # (LaTeX's '^{a_{i}}' would end Anki's deletion early)
            word = word.replace("}}", "} }")
        word += " " if word.endswith("}") and not hint else ""
        parts.extend([text[last : hole.start], f"{{{{c{hole.n + 1}::{word}{hint}}}}}"])
        joined.update(k for k in range(hole.start, hole.end) if text[k] == "\n")
        last = hole.end
    parts.append(text[last:])
    breaks = [k for k, c in enumerate(text) if c == "\n"]
    origins = [front[0][1], *(front[i + 1][1] for i, k in enumerate(breaks) if k not in joined)] if front else []
    return list(zip("".join(parts).split("\n"), origins, strict=True))


def _body(rows: list[Row], state: _State) -> list[Row]:
    """The text between two headlines as Markdown lines."""
    if state.depth > _DEEPEST:  # blocks nested hundreds deep (a hostile file): the rest as plain lines
        return [(_escape_start(_inline(t.strip())), m) for t, m in rows]
    state.depth += 1
    try:
        return _body_lines(rows, state)
    finally:
        state.depth -= 1


_OPEN_LINK = re.compile(r"\[\[(?:(?!\]\]).)*$")  # a link whose description goes on to the next line
LINK_LINES_MAX = 3  # lines one link may run over


_CODE_OPENER = re.compile(r"(?:(?<=^)|(?<=[\s\-({'\"]))[=~](?=\S)")


def _code_goes_on(text: str, nxt: str) -> bool:
    """Whether a code or verbatim span opens on ``text`` (``~$``, ``=foo``) and closes on the next line: org lets such
    markup run over one line break, as its filling leaves it (trial22 T22-10: '~$' / 'doom env~' printed raw and its
    '$' read as maths)."""
    if not nxt.strip() or _HEADLINE.match(nxt) or _BEGIN.match(nxt) or _LIST.match(nxt) or _KEYWORD.match(nxt):
        return False
    spans = [m.span() for m in _SPAN.finditer(text)]
    opened = [m.start() for m in _CODE_OPENER.finditer(text) if not any(a <= m.start() < b for a, b in spans)]
    if not opened:
        return False
    joined = f"{text.rstrip()} {nxt.strip()}"
    return any(m.group("code") and m.start() == opened[0] for m in _SPAN.finditer(joined))


def _joined_links(rows: list[Row]) -> list[Row]:
    """Rows with a link broken over lines (``[[id:…][a bunch of ways you can help or support the`` / ``project]]``, as
    org's filling writes a long description) joined onto the row that opens it, the next row's rest kept there; outside
    blocks. Read line by line, such a link showed as raw ``[[id:…][…`` (trial21 r-3, the Doom Emacs FAQ)."""
    out: list[Row] = []
    inside = False
    i = 0
    while i < len(rows):
        text, n = rows[i]
        if _BEGIN.match(text) or _END.match(text):
            inside = _BEGIN.match(text) is not None
        joined = 0
        while not inside and _OPEN_LINK.search(text) and joined < LINK_LINES_MAX and i + 1 < len(rows) and rows[i + 1][0].strip():
            nxt = rows[i + 1][0]
            if _HEADLINE.match(nxt) or _BEGIN.match(nxt) or ("]]" not in nxt and joined + 1 == LINK_LINES_MAX):
                break
            text = f"{text.rstrip()} {nxt.strip()}"
            i += 1
            joined += 1
        if not inside and i + 1 < len(rows) and _code_goes_on(text, rows[i + 1][0]):
            text = f"{text.rstrip()} {rows[i + 1][0].strip()}"  # ('run ~$' / 'doom env~ to …': one code span, T22-10)
            i += 1
        out.append((text, n))
        i += 1
    return out


def _body_lines(rows: list[Row], state: _State) -> list[Row]:
    rows = _joined_links(rows)
    out: list[Row] = []
    i = 0
    table: list[Row] = []
    drawer_ends = [j for j, (t, _) in enumerate(rows) if t.strip().upper() == ":END:"]
    block_ends: dict[str, list[int]] = {}
    for j, (t, _) in enumerate(rows):
        if (m := _END.match(t)) is not None:
            block_ends.setdefault(m.group("kind").upper(), []).append(j)

    closers: dict[str, list[int]] = {}  # lines that close a display formula: '\\]', '$$', '\\end{env}'
    for j, (t, _) in enumerate(rows):
        for key in re.findall(r"\\\]|\$\$|\\end\{[\w*]+\}", t):
            if not closers.get(key) or closers[key][-1] != j:
                closers.setdefault(key, []).append(j)

    def after(ends: list[int], j: int) -> int | None:
        at = bisect.bisect_right(ends, j)
        return ends[at] if at < len(ends) else None

    def flush_table() -> None:
        if not table:
            return
        _blank(out, table[0][1])
        cells = [
            (["" if c.strip() == "" else _inline(c.strip()).replace("|", "\\|") for c in t.strip().strip("|").split("|")], m)
            for t, m in table
            if not _TABLE_RULE.match(t)
        ]
        if not cells:
            table.clear()
            return
        width = max(len(c) for c, _ in cells)
        head, body = cells[0], cells[1:]  # (a table with no rule under its first row: that row heads it all the same)
        out.append(("| " + " | ".join([*head[0], *[""] * (width - len(head[0]))]) + " |", head[1]))
        out.append(("|" + "---|" * width, head[1]))
        out.extend(("| " + " | ".join([*c, *[""] * (width - len(c))]) + " |", m) for c, m in body)
        out.append(("", table[-1][1]))
        table.clear()

    while i < len(rows):
        line, n = rows[i]
        stripped = line.strip()
        if stripped.startswith("|"):
            table.append((line, n))
            i += 1
            continue
        flush_table()
        if not stripped:
            _blank(out, n)
            i += 1
            continue
        drawer = _DRAWER.match(line)
        if drawer is not None and drawer.group("name").upper() != "END":
            end = after(drawer_ends, i)
            if end is None:
                state.warnings.append(
                    Diagnostic(state.rel, n, f"drawer :{drawer.group('name')}: opened here is never closed (:END:)",
                               "add a line :END: after its last property; the rest of this entry is left out",
                               severity="warning", group="org-drawer"))  # fmt: skip
                return out
            i = end + 1
            continue
        if _PLANNING.match(line) or _COMMENT.match(line) or _FOOTNOTE_DEF.match(stripped):
            i += 1
            continue
        begin = _BEGIN.match(line)
        if begin is not None:
            kind = begin.group("kind").upper()
            end = after(block_ends.get(kind, []), i)
            if end is None:
                state.warnings.append(
                    Diagnostic(state.rel, n, f"#+BEGIN_{kind} opened here is never closed (#+END_{kind})",
                               f"add a line #+END_{kind} where the block ends; it is read up to the next headline",
                               severity="warning", group="org-block"))  # fmt: skip
                end = len(rows)
            inner = rows[i + 1 : end]
            _blank(out, n)
            if kind in ("SRC", "EXAMPLE"):
                lang = (begin.group("arg") or "").split()[0].lower() if kind == "SRC" and begin.group("arg") else ""
                lang = {"emacs-lisp": "elisp", "sh": "bash", "shell": "bash", "c++": "cpp"}.get(lang, lang)
                code = _dedent(inner)
                fence = "`" * max([3, *(len(r) + 1 for t, _ in code for r in re.findall(r"`{3,}", t))])
                out.append((fence + lang, n))
                out.extend((re.sub(r"^(\s*),([*#])", r"\1\2", t), m) for t, m in code)  # org's ',*' escapes
                out.append((fence, rows[end][1] if end < len(rows) else (inner[-1][1] if inner else n)))
            elif kind in ("QUOTE", "VERSE"):
                out.extend((("> " + t) if t else ">", m) for t, m in _body(_dedent(inner), state))
            elif kind in ("COMMENT", "EXPORT"):
                pass
            else:  # CENTER and special blocks (#+BEGIN_NOTE): their content
                out.extend(_body(_dedent(inner), state))
            _blank(out, n)
            i = end + 1
            continue
        if _KEYWORD.match(line):
            i += 1
            continue
        if _FIXED.match(line):
            _blank(out, n)
            out.append(("```", n))
            while i < len(rows) and _FIXED.match(rows[i][0]):
                out.append((rows[i][0].strip()[2:], rows[i][1]))
                i += 1
            out.append(("```", rows[i - 1][1]))
            out.append(("", rows[i - 1][1]))
            continue
        math = _MATH_BLOCK_OPEN.match(line)
        if math is not None and not _closes_on_line(stripped, math):
            key = f"\\end{{{math.group('env')}}}" if math.group("env") else ("\\]" if stripped.startswith("\\[") else "$$")
            end = after(closers.get(key, []), i)
            if end is not None:
                _blank(out, n)
                body = [(t.strip(), m) for t, m in rows[i : end + 1]]
                first_line = re.sub(r"^(\\\[|\$\$)", "", body[0][0])
                last_line = re.sub(r"(\\\]|\$\$)\s*$", "", body[-1][0]) if len(body) > 1 else first_line
                if len(body) == 1:
                    body = [(re.sub(r"(\\\]|\$\$)\s*$", "", first_line), n)]
                else:
                    body = [(first_line, body[0][1]), *body[1:-1], (last_line, body[-1][1])]
                out.append(("$$", n))
                out.extend((t, m) for t, m in body if t)
                out.append(("$$", rows[end][1]))
                out.append(("", rows[end][1]))
                i = end + 1
                continue
        item = _LIST.match(line)
        if item is not None:
            text = item.group("text")
            desc = _DESCRIPTION.match(text)
            if desc is not None and item.group("mark") in "-+*":
                text = f"**{_inline(desc.group('term'))}**: " + _inline(desc.group("text") or "")
            else:
                text = _inline(text)
            mark = "- " if item.group("mark") in "-+*" else item.group("mark")[:-1] + ". "
            out.append((item.group("indent") + mark + text, n))
            i += 1
            continue
        out.append((_escape_start(_inline(stripped)), n))
        i += 1
    flush_table()
    return out


def _closes_on_line(text: str, m: re.Match[str]) -> bool:
    if m.group("env"):
        return f"\\end{{{m.group('env')}}}" in text
    if text.startswith("\\["):
        return "\\]" in text
    return text.count("$$") >= 2


def _dedent(rows: list[Row]) -> list[Row]:
    cut = min((len(t) - len(t.lstrip()) for t, _ in rows if t.strip()), default=0)
    return [(t[cut:], m) for t, m in rows]


def _escape_start(text: str) -> str:
    if re.match(r"^(?:#{1,6}(?:\s|$)|>|={3,}\s*$|-{3,}\s*$)", text):
        return "\\" + text
    return text


def _inline(text: str) -> str:
    """Org inline markup as Markdown's: code, links, maths kept whole, then emphasis."""
    out: list[str] = []
    pos = 0
    for m in _SPAN.finditer(text):
        out.append(_emphasis(text[pos : m.start()]))
        out.append(_span(m))
        pos = m.end()
    out.append(_emphasis(text[pos:]))
    return "".join(out)


def _span(m: re.Match[str]) -> str:
    if m.group("code"):
        inner = m.group("ctext")
        runs = [len(r) for r in re.findall(r"`+", inner)]
        fence = "`" * (max(runs) + 1 if runs else 1)
        pad = " " if inner.startswith("`") or inner.endswith("`") else ""
        return f"{fence}{pad}{inner}{pad}{fence}"
    if m.group("link"):
        target, shown = m.group("target"), m.group("ltext")
        bare = target.removeprefix("file:").removeprefix("attachment:")
        if shown is None and _IMAGE.search(bare):  # [[file:pic.png]], [[https://…/pic.png]]: a picture
            return f"![]({bare})"
        if re.match(r"^(?:https?|ftp|mailto):", target):
            return f"[{_emphasis(shown) if shown else target}]({target})"
        if shown is not None and _IMAGE.search(shown) and re.match(r"^(?:file:|\.?/|[\w-]+\.\w+$)", shown):
            return f"![]({shown.removeprefix('file:')})"  # a picture as a link's description
        if shown is None and (typed := _LINK_TYPE.match(target)) is not None:
            # '[[doom-package:ws-butler]]', '[[doom-module::ui doom-dashboard]]': a custom link type shows its path (its '::'
            # read as a 'front::back' card otherwise: trial21 r-3)
            return typed.group("path")
        return _emphasis(shown) if shown else target.lstrip("*#").removeprefix("file:")
    if m.group("math"):
        return m.group("math")
    if m.group("fn"):
        return ""
    return m.group(0)


_MARKS = {"*": ("**", "**"), "/": ("*", "*"), "+": ("<del>", "</del>"), "_": ("", "")}


def _emphasis(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        left, right = _MARKS[m.group("m")]
        return f"{left}{_emphasis(m.group('text'))}{right}"

    text = re.sub(r"<(?=[A-Za-z/!?])", r"\\<", text)
    return _EMPHASIS.sub(one, text)
