"""The cheat sheet's content as plain data: groups of entries, grouped by topic.

The PDF template only ever receives this data (as JSON), never markup, so
no text from the content can break or inject into the template.  Answers
arrive as blocks (some of them sanitized HTML from the Markdown reader);
here they become small typed records: paragraphs of inline spans, lists,
tables, code (line by line), display math, quiz options.  LaTeX math and
plain-text formula lines are handed to converters supplied by the caller,
which keeps this module free of the Typst dependencies.

An entry prints the whole answer, or the shorter ``sheet`` text an override
wrote for print: condensing may shorten wording, never drop the point.  The
one thing cut is code beyond :data:`MAX_CODE_LINES` lines (or a line beyond
:data:`MAX_CODE_LINE_CHARS` characters), and the entry says so.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

from compiler import fold
from compiler.mathtext import is_display_math
from compiler.model import Block, BlockKind, Choice, Deck, Item, ItemKind, Note, Source, code_parts
from compiler.render import diagram_lines
from compiler.sources.cloze import deletions
from compiler.sources.prompts import AUDIO_PROMPTS

#: Converts one TeX formula (or plain-text formula line) for one note: Typst math code, or None to print it as text.
MathConverter = Callable[[str, Note], "str | None"]
#: The picture an ``<img src>`` of a note names, as the file Typst reads (``<sha256>.png`` in its root
#: folder), or None to print where it is instead (``[image: …]``).
PictureFinder = Callable[[str, Note], "str | None"]

Span = dict[str, str]  # {"k": kind, "v": text}; kinds: t b i c m (math) f (fallback TeX) hl (cloze) img (a picture in a table cell) br (a line break in a table cell)
SheetBlock = dict[str, Any]

_MATH = re.compile(r"\\\((?P<inline>.+?)\\\)|\\\[(?P<display>.+?)\\\]", re.S)
_SPACE = re.compile(r"\s+")
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_SOUND = re.compile(r"\[sound:([^\]\n]*)\]")
_ANKI_DISPLAY = re.compile(r"\[\$\$\](.+?)\[/\$\$\]", re.S)
_ANKI_INLINE = re.compile(r"\[\$\](.+?)\[/\$\]", re.S)
_LATEX_TAG = re.compile(r"\[/?latex\]", re.I)
_STRAY = re.compile(r"^(?:[.,;:](?:\s+|$))+")
_STATEMENT_SEP = re.compile(r"\s+;\s+")  # ``a = … ; b = …`` on one formula line
#: Code longer than this is cut on the sheet, with a line saying how many lines the card has beyond it.
MAX_CODE_LINES = 12
#: The code a question shows (its exhibit) is printed whole up to this many lines: the question must be answerable.
MAX_EXHIBIT_LINES = 60
#: A code line longer than this (about ten lines of a column) is cut on the sheet, ending in ``⋯``, and the
#: entry says how many characters the card has beyond it.
MAX_CODE_LINE_CHARS = 400
#: An entry estimated at more lines than this may break across columns (its question stays with the
#: start of its answer), so no column is left a quarter empty; shorter entries stay whole.
BREAKABLE_LINES = 9
LINE_CHARS = 45  # characters in a line of a column, for the estimate
PICTURE_LINES = 10  # lines a picture is counted as in the estimate (at most 5 cm high: cheatsheet.typ)

# what <sub>/<sup> text can print as on paper without a smaller font: digits, signs and the letters Unicode has
_SUBSCRIPTS = str.maketrans("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")
_SUPERSCRIPTS = str.maketrans("0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ")


@dataclass(frozen=True)
class Group:
    """One heading on the sheet: a section (or a topic) and its notes, in deck order."""

    title: str
    subtitle: str
    notes: tuple[Note, ...]


def topic_title(name: str) -> str:
    """A topic id as a heading: ``weight-penalties`` → ``Weight penalties``."""
    text = name.replace("-", " ").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def topic_order(deck: Deck) -> list[str]:
    """Every topic in topic-map order, recovered from the notes (each lists its topics in that order)."""
    after: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for note in deck.notes:
        for n, topic in enumerate(note.topics):
            first.setdefault(topic, len(first))
            after.setdefault(topic, set()).update(note.topics[:n])
    order: list[str] = []
    placed: set[str] = set()
    while len(order) < len(first):
        ready = [t for t in first if t not in placed and after[t] <= placed] or [t for t in first if t not in placed]
        topic = min(ready, key=first.__getitem__)
        order.append(topic)
        placed.add(topic)
    return order


def home_topic(note: Note, sizes: dict[str, int]) -> str:
    """The topic a note is printed under: the one the topics pass filed it under, else its
    most specific one (held by the fewest notes; ties: map order)."""
    if note.topic in note.topics:
        return note.topic
    return min(note.topics, key=lambda t: (sizes[t], note.topics.index(t)))


def groups(deck: Deck) -> list[Group]:
    """Group notes by topic when any note has one, else by the primary section label.

    Topic groups follow the topic map's order, each note under its home
    topic (:func:`compiler.passes.topics.home_topics`); section groups keep the order in which the deck first
    reaches them, so the sheet follows the sources.  Notes stay in deck order
    within a group; notes without a topic go last under "Other topics".
    """
    titles = {s.id: s.title for s in deck.sources}
    by_topic = any(n.topics for n in deck.notes)
    order: dict[str, list[Note]] = {}
    heads: dict[str, tuple[str, str]] = {}
    if by_topic:
        sizes: dict[str, int] = {}
        for note in deck.notes:
            for topic in note.topics:
                sizes[topic] = sizes.get(topic, 0) + 1
        for topic in topic_order(deck):
            order[topic], heads[topic] = [], (topic_title(topic), "")
        for note in deck.notes:
            key = home_topic(note, sizes) if note.topics else "\x00other"
            heads.setdefault(key, ("Other topics", ""))
            order.setdefault(key, []).append(note)
        order = {k: v for k, v in order.items() if v}
    else:
        notes, last, runs = list(deck.notes), "", 0
        folders = note_folders(deck.sources)
        by_name: dict[str, str] = {}  # a section's name, case and spacing aside -> its group (T40-4)
        owners: dict[str, set[str]] = {}  # a section group -> the documents whose section it is
        borrowed: list[tuple[str, Note]] = []
        for k, note in enumerate(notes):
            key = note.sections[0] if note.sections else f"{note.primary.source}::"
            anchor = next((i for i in note.items if i.item_id == note.id), note.primary)  # (where the deck orders it)
            if note.sections and (not note.primary.section or key.partition("::")[0] != anchor.source):
                # a merged note ordered among one document's notes and filed under another's section ('When do you use
                # "estar"?' of a chatbot's list, merged with a grammar page's '## Ser vs. estar'): printed with that
                # section's own notes, never a group of its own that split the first document in two (T40-4)
                borrowed.append((by_name.setdefault(_section_name(key), key), note))
                continue
            if not note.sections and note.primary.source in folders:  # a vault's note: under its folder
                key = f"\x00folder\x00{folders[note.primary.source]}"
                heads.setdefault(key, (folders[note.primary.source], ""))
                order.setdefault(key, []).append(note)
                last = key
                continue
            after = notes[k + 1] if k + 1 < len(notes) else None
            if not note.sections and after is not None and after.sections and _heads(note, after.sections[0]):
                key = after.sections[0]  # '## 2. Transpose' with text of its own, over '### Properties': its group's head
            elif not note.sections and key in order and not last.startswith(key):
                runs += 1  # a section's own card between others (learner4 N67): printed where it stands, not gathered
                key = f"{key}\x00{runs}"  # at the top with the rest of the document's unsectioned cards
            source, _, section = key.split("\x00")[0].partition("::")
            if section:  # ('Regularization' of two documents: one group, where the first of them stands: T40-4)
                key = by_name.setdefault(_section_name(key), key)
                owners.setdefault(key, set()).add(source)
            source_title = note.primary.origin or titles.get(source, source)  # (a package's deck: 'Biology')
            # (a document whose one section is named as the document, tldr's '# tar' page: one heading, not 'tar' /
            # 'tar': T27-15)
            named = section.strip().casefold()
            heads.setdefault(key, (section or source_title, source_title if section and named != source_title.strip().casefold() else ""))
            order.setdefault(key, []).append(note)
            last = key
        for key, note in borrowed:
            source, _, section = key.partition("::")
            owners.setdefault(key, {source})
            title = titles.get(source, source)
            heads.setdefault(key, (section, title if section.strip().casefold() != title.strip().casefold() else ""))
            order.setdefault(key, []).append(note)
        place = {id(n): k for k, n in enumerate(notes)}
        order = {k: sorted(v, key=lambda n: place[id(n)]) for k, v in order.items()}
        # a group of several documents' same-named sections names no one document under its heading (its entries do)
        heads = {k: (heads[k][0], heads[k][1] if len(owners.get(k, ())) <= 1 else "") for k in order}
    return [Group(heads[k][0], heads[k][1], tuple(v)) for k, v in order.items()]


def note_folders(sources: list[Source]) -> dict[str, str]:
    """Source id -> the folder its one question is printed under, for a vault of one note per file: the file's folder
    below ``sources/`` (``js › 05 Functions``), the folder of a page bundle (``05 Functions/what-is-hoisting/index.md``,
    the one file of its folder) its parent's; only a folder of two such files or more, and never ``sources/`` itself.
    Each file is a source of its own, titled by its question: grouped by source, a vault of 199 questions printed 199
    headings, each its question again above it (sixty-second sitting)."""
    single = [s for s in sources if s.item_count == 1]
    alone = Counter(PurePosixPath(s.file).parent for s in single)
    where: dict[str, PurePosixPath] = {}
    for s in single:
        folder = PurePosixPath(s.file).parent
        where[s.id] = folder.parent if alone[folder] == 1 and folder.parent != folder else folder
    count = Counter(where.values())
    labels = {}
    for sid, folder in where.items():
        parts = folder.parts[1:] if folder.parts[:1] == ("sources",) else folder.parts
        if count[folder] >= 2 and parts:
            labels[sid] = " › ".join(parts)
    return labels


def _section_name(key: str) -> str:
    """A section group's key ('source::Heading › Sub') by the section's name alone, case and spacing aside: the same
    heading in two documents of one collection is one subject."""
    return " ".join(key.split("\x00")[0].partition("::")[2].casefold().split())


def _heads(note: Note, section_key: str) -> bool:
    """Whether a note asks what a section is called (a heading's own card, 'Transpose') over that section's notes."""
    source, _, section = section_key.partition("::")
    return note.primary.source == source and note.primary.question.strip().casefold() == section.strip().casefold()


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text)


def unmarked(text: str) -> str:
    """Anki's markup that means nothing on paper as what it stands for (readers convert it; this is
    the sheet's own guarantee that none prints raw): a cloze deletion outside a cloze note is its
    words, ``[$]…[/$]`` / ``[$$]…[/$$]`` maths is typeset, a ``[latex]`` tag goes."""
    if "{{c" in text:
        pos, words = 0, []
        for start, end, _, answer, _ in deletions(text):
            words += [text[pos:start], answer]
            pos = end
        text = "".join(words) + text[pos:]
    if "[$" in text:
        text = _ANKI_INLINE.sub(lambda m: f"\\({m.group(1)}\\)", _ANKI_DISPLAY.sub(lambda m: f"\\[{m.group(1)}\\]", text))
    if "latex]" in text.lower():
        text = _LATEX_TAG.sub("", text)
    return text


_MD_CODE = re.compile(r"(`+)(?P<code>.+?)\1")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])\*(?=\S)(?P<text>[^*]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)(?P<under>[^_]+?)(?<=\S)_(?!\w)")
_MD_LINK = re.compile(r"!?\[(?P<text>[^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")


# emoji set before or after a front or a heading as its icon ('🐳 What is Docker?', '📖 About'): decoration, and an
# empty box on paper, whose fonts have none (trial42 T42-15); one inside the words ('What does 😂 mean?') is printed
_EMOJI_RUN = r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55][\uFE0E\uFE0F\u200D\U0001F3FB-\U0001F3FF]*)+"
_EDGE_EMOJI = re.compile(rf"^\s*{_EMOJI_RUN}\s+(?=\S)|(?<=\S)\s+{_EMOJI_RUN}\s*$")


def without_icons(text: str) -> str:
    """``text`` without the emoji that opens or closes it as an icon; unchanged when nothing else would be left."""
    bare = _EDGE_EMOJI.sub("", text)
    return bare if bare.strip() else text


def heading_text(title: str) -> str:
    """A group's heading as words: a title written in Markdown (a front matter's ``title: 'Why … CSS `<link>`s …'``, a
    deck.toml title pasted from it) printed without its marks, as its card's front shows it (trial29 T29-14), and
    without an emoji icon before or after it."""
    title = without_icons(title)
    if not any(mark in title for mark in "`*_["):
        return title
    text = _MD_CODE.sub(lambda m: m.group("code").strip(), title)
    text = _MD_LINK.sub(lambda m: m.group("text"), text)
    text = _MD_STRONG.sub(lambda m: m.group("text"), text)
    return _MD_EM.sub(lambda m: m.group("text") or m.group("under"), text)


def _remote_picture(text: str, href: str) -> str:
    """A remote picture's link on paper: where the picture is (host and file), so a reader can look it up."""
    from urllib.parse import urlsplit

    parts = urlsplit(href)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return text
    where = f"{parts.netloc}/{parts.path.rstrip('/').rsplit('/', 1)[-1]}".rstrip("/")
    name = where.rsplit("/", 1)[-1]
    if where in text:
        return text
    return f"[image: {where}]" if text in (f"[image: {name}]", "[image]") else f"{text[:-1]} — {where}]"


def audio_marker(name: str) -> str:
    """What the sheet prints for audio that is all a paragraph holds (a listening card's front)."""
    return f"[audio: {name.strip()}]"


def without_audio(text: str) -> str:
    """Plain text with its ``[sound:…]`` references left out (paper plays nothing), or the marker of
    each when the text is nothing but audio; the rest :func:`unmarked`."""
    if "[sound:" in text:
        rest = _SOUND.sub("", text)
        text = rest if any(c.isalnum() for c in rest) else " ".join(audio_marker(n) for n in _SOUND.findall(text))
    return unmarked(text)


def inline_spans(text: str, style: str, note: Note, convert: MathConverter) -> list[Span]:
    """Split plain text into text and ``\\( … \\)`` math spans (display math is flattened inline)."""
    spans: list[Span] = []
    pos = 0
    for m in _MATH.finditer(text):
        if m.start() > pos:
            spans.append({"k": style, "v": _clean(text[pos : m.start()])})
        spans.extend(prose_parts(math_span(m.group("inline") or m.group("display"), note, convert), style))
        pos = m.end()
    if pos < len(text):
        spans.append({"k": style, "v": _clean(text[pos:])})
    return [s for s in spans if s["v"]]


def code_spans(spans: list[Span]) -> list[Span]:
    """A question's text spans with its inline code (between backticks) as code spans."""
    out: list[Span] = []
    for span in spans:
        if span["k"] != "t":
            out.append(span)
            continue
        out.extend({"k": "c" if code else "t", "v": part} for code, part in code_parts(span["v"]) if part)
    return out


def math_span(tex: str, note: Note, convert: MathConverter) -> Span:
    tex = tex.strip()
    code = convert(tex, note)
    return {"k": "m", "v": code} if code is not None else {"k": "f", "v": tex}


PROSE_MATH_CHARS = 40  # a formula's length (Typst) from which its words between formulas are set as text


def prose_parts(span: Span, style: str = "t") -> list[Span]:
    """A long formula whose words stand between its formulas (``… \\text{ where } …``: a definition written as one
    formula, trial16 T16-25) as its formulas and those words as text, so a line may break between words (Typst
    breaks a formula only after an operator, and a string in it never): it ran past its column or shrank to a
    hairline. A string is such words when it starts or ends with a space and stands outside any brackets."""
    code = span["v"]
    if span["k"] != "m" or len(code) < PROSE_MATH_CHARS or ('" ' not in code and ' "' not in code):
        return [span]
    out: list[Span] = []
    depth, start, k = 0, 0, 0
    while k < len(code):
        c = code[k]
        if c == '"':
            end = k + 1
            while end < len(code) and code[end] != '"':
                end += 2 if code[end] == "\\" else 1
            words = code[k + 1 : end]
            # a string that is a script or a script's base ('P_"switching "': Mathpix's '\\text {switching }') is
            # part of its formula: split out, it left 'P_' behind, which Typst cannot read (trial19 T19-10)
            scripted = code[:k].rstrip()[-1:] in ("_", "^") or code[end + 1 :].lstrip()[:1] in ("_", "^")
            if depth == 0 and not scripted and words.strip() and (words[0] == " " or words[-1] == " ") and "\\" not in words:
                if code[start:k].strip():
                    out.append({"k": "m", "v": code[start:k].strip()})
                out.append({"k": style, "v": words})
                start = end + 1
            k = end + 1
            continue
        depth += 1 if c in "([{" else -1 if c in ")]}" else 0
        k += 1
    if not out:
        return [span]
    if code[start:].strip():
        out.append({"k": "m", "v": code[start:].strip()})
    return out


def _strip_spans(spans: list[Span]) -> list[Span]:
    """Trim the whitespace at both ends of a paragraph."""
    while spans and spans[0]["k"] not in "mf" and not spans[0]["v"].strip():
        spans.pop(0)
    while spans and spans[-1]["k"] not in "mf" and not spans[-1]["v"].strip():
        spans.pop()
    if spans and spans[0]["k"] not in "mf":
        # A paragraph opening with a stray ". " (a formula lost upstream) starts at its words.
        spans[0] = {**spans[0], "v": _STRAY.sub("", spans[0]["v"].lstrip())}
    if spans and spans[-1]["k"] not in "mf":
        spans[-1] = {**spans[-1], "v": spans[-1]["v"].rstrip()}
    return spans


def text_blocks(text: str, note: Note, convert: MathConverter) -> list[SheetBlock]:
    """A paragraph of plain text; display math ``\\[ … \\]`` splits it into its own block."""
    out: list[SheetBlock] = []
    pos = 0
    for m in re.finditer(r"\\\[(.+?)\\\]", text, re.S):
        before = _strip_spans(inline_spans(text[pos : m.start()], "t", note, convert))
        if before:
            out.append({"k": "p", "spans": before})
        out.append(_display(m.group(1), note, convert))
        pos = m.end()
    rest = _strip_spans(inline_spans(text[pos:], "t", note, convert))
    if rest:
        out.append({"k": "p", "spans": rest})
    return [b for b in out if b["k"] != "p" or _has_words(b["spans"])]


def _has_words(spans: list[Span]) -> bool:
    """False for a paragraph of bare punctuation, which says nothing on a sheet."""
    return any(s["k"] in "mf" or any(c.isalnum() for c in s["v"]) for s in spans)


def _display(tex: str, note: Note, convert: MathConverter) -> SheetBlock:
    span = math_span(tex, note, convert)
    return {"k": "math", "v": span["v"]} if span["k"] == "m" else {"k": "p", "spans": [span]}


class _HtmlBlocks(HTMLParser):
    """Turns the Markdown reader's sanitized HTML into sheet blocks.

    Only the structure a cheat sheet needs is kept: paragraphs with bold,
    italic and inline code, lists, tables, code; everything else becomes
    its text.
    """

    _STYLE: ClassVar[dict[str, str]] = {"strong": "b", "b": "b", "mark": "b", "em": "i", "i": "i", "code": "c", "kbd": "c", "s": "s", "del": "s"}  # (a highlight: bold on paper)

    def __init__(self, note: Note, convert: MathConverter, picture: PictureFinder | None = None, audio: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.note, self.convert, self.picture = note, convert, picture
        self.audio = audio  # print the marker of a paragraph that is only audio (False: leave audio out)
        self.blocks: list[SheetBlock] = []
        self.runs: list[tuple[str, str]] = []  # (style, text) of the paragraph being read
        self.styles: list[str] = []
        self.items: list[list[Span]] | None = None  # list being read
        self.number: int | None = None  # the number of the next item of the ordered list being read, or None
        self.values: list[int | None] = []  # each item's own number (``<li value>``: T31-21), beside self.items
        self.value: int | None = None  # the number of the item being read, when it has its own
        self.depth = 0  # nesting of lists
        self.rows: list[list[list[Span]]] | None = None  # table being read
        self.header = False
        self.pre: list[str] | None = None
        self.pre_lang = ""
        self.cont = False  # the text being read continues a list item cut by a code block or table
        self.href = ""  # the link being read: a remote picture's '[image: …]' prints where the picture is
        self.script = ""  # inside <sub> or <sup>: its text printed in Unicode sub- or superscript letters

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.pre is not None:
            return
        if tag == "pre":
            self._cut_list()
            self._flush()
            self.pre, self.pre_lang = [], dict(attrs).get("data-lang") or ""
        elif tag in self._STYLE:
            self.styles.append(self._STYLE[tag])
        elif tag in ("ul", "ol"):
            if self.depth == 0:
                self._flush()
                self.items, self.values = [], []
                start = dict(attrs).get("start") or "1"
                self.number = int(start) if tag == "ol" and start.isdecimal() else None  # '3. …' prints 3.
            self.depth += 1
        elif tag == "li":
            self._end_item()  # a nested item ends the text of the one around it
            value = dict(attrs).get("value") or ""
            self.value = int(value) if self.depth == 1 and self.number is not None and value.isdecimal() else None
        elif tag == "table":
            self._cut_list()
            self._flush()
            self.rows = []
        elif tag == "tr" and self.rows is not None:
            self.rows.append([])
        elif tag in ("th", "td"):
            self.header = self.header or tag == "th"
            self.runs = []
        elif tag == "br":  # a line break in a table cell separates its points (learner4 N3); elsewhere a space
            self.runs.append(("br", "") if self.rows is not None else ("t", " "))
        elif tag == "img":
            self._image(dict(attrs))
        elif tag == "a":
            self.href = dict(attrs).get("href") or ""
        elif tag == "rt":  # ruby (furigana): the reading after its base, in brackets: 日本語 (にほんご)
            self.runs.append((self.styles[-1] if self.styles else "t", " ("))
        elif tag in ("sub", "sup"):
            self.script = tag
        elif tag in ("p", "div", "blockquote"):
            self._flush()
        elif tag in _HEADINGS:  # an answer's own sub-heading ('#### 1. Interpreted'): a bold line of its own (learner5 L23)
            self._flush()
            self.styles.append("b")

    def _image(self, found: dict[str, str | None]) -> None:
        """A picture prints where it stands, as a block of its own (a list so far is printed first, as
        for a code block; in a table cell it is a small picture in the cell). One the sheet cannot print
        (not a packed media file, or a format Typst cannot read) says where it is: ``[image: alt]``, so
        'What is shown?' over a flag is not a riddle."""
        src, alt = found.get("src") or "", found.get("alt") or ""
        name = self.picture(src, self.note) if self.picture is not None and src else None
        if name is None:
            self.runs.append(("i", f"[image: {alt or src.rsplit('/', 1)[-1]}]"))
        elif self.rows is not None:
            self.runs.append(("img", name))
        else:
            self._cut_list()
            self._flush()
            self.blocks.append({"k": "img", "v": name, "alt": alt})

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self.pre is not None:
            code = "".join(self.pre).strip("\n")
            if code.strip():
                self.blocks.append({"k": "code", "v": code, "lang": self.pre_lang})
            self.pre = None
        elif self.pre is not None:
            return
        elif tag == "a":
            self.href = ""
        elif tag == "rt":
            self.runs.append((self.styles[-1] if self.styles else "t", ")"))
        elif tag in ("sub", "sup"):
            self.script = ""
        elif tag in self._STYLE and self.styles:
            self.styles.pop()
        elif tag == "li":
            self._end_item()
        elif tag in ("ul", "ol") and self.items is not None:
            self.depth -= 1
            self._end_item()
            if self.depth == 0:
                if self.items:
                    self.blocks.append(self._list_block())
                self.items = None
        elif tag in ("th", "td") and self.rows:
            self.rows[-1].append(self._spans())
            self.runs = []
        elif tag == "table" and self.rows is not None:
            rows = [r for r in self.rows if r]
            if rows:
                self.blocks.append({"k": "table", "rows": rows, "header": self.header})
            self.rows, self.header = None, False
        elif tag in ("p", "div", "blockquote"):
            self._flush()
        elif tag in _HEADINGS:
            if self.styles and self.styles[-1] == "b":
                self.styles.pop()
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.pre is not None:
            self.pre.append(data)
            return
        style = self.styles[-1] if self.styles else "t"
        if self.href and data.startswith("[image") and data.endswith("]"):
            data = _remote_picture(data, self.href)
        if style == "c":  # inline code shows markup as written (a page about Anki)
            self.runs.append((style, data))
            return
        if self.script:  # 'H<sub>2</sub>O' prints H₂O, '13<sup>th</sup>' 13ᵗʰ (trial10 P37); else '_x' / '^x'
            table = _SUBSCRIPTS if self.script == "sub" else _SUPERSCRIPTS
            data = data.translate(table) if all(c in table for c in map(ord, data)) else ("_" if self.script == "sub" else "^") + data
        pos = 0
        for m in _SOUND.finditer(data):  # audio: a run of its own, printed only when nothing else is (_audio)
            self.runs.append((style, unmarked(data[pos : m.start()])))
            self.runs.append(("snd", m.group(1)))
            pos = m.end()
        self.runs.append((style, unmarked(data[pos:])))

    def _audio(self) -> None:
        """The paragraph's audio left out when it has words (paper plays nothing), else each printed
        as its marker, ``[audio: name]``, so a listening card's entry says what it is about."""
        if not any(style == "snd" for style, _ in self.runs):
            return
        words = not self.audio or any(style == "img" or (style != "snd" and any(c.isalnum() for c in text)) for style, text in self.runs)
        self.runs = [(s, t) for s, t in self.runs if s != "snd"] if words else [("i", audio_marker(t)) if s == "snd" else (s, t) for s, t in self.runs]

    def _end_item(self) -> None:
        """Close the list item being read; nested lists are flattened into the outer one. The rest
        of an item cut by a code block or table prints as a paragraph after that block."""
        if self.items is not None and self.rows is None:
            spans = self._spans()
            if spans:
                if self.cont:
                    self.blocks.append({"k": "p", "spans": spans})
                else:
                    self.items.append(spans)
                    self.values.append(self.value)
            self.runs = []
            self.cont = False
            self.value = None

    def _cut_list(self) -> None:
        """A code block or table inside a list item: print the list so far first, so the block
        stands where it is in the answer (after its item's text), not before the whole list."""
        if self.items is None or self.rows is not None:
            return
        self._end_item()
        if self.items:
            self.blocks.append(self._list_block())
        self.items = []
        self.cont = True

    def _list_block(self) -> SheetBlock:
        """The list read so far; an ordered one keeps its numbers (from its start, and on after a cut)."""
        block: SheetBlock = {"k": "list", "items": self.items or []}
        values, self.values = self.values, []
        if self.number is not None and any(v is not None for v in values):
            numbers = []  # as written; an item without its own (one nested, flattened) counts on from the one above
            for v in values:
                numbers.append(v if v is not None else (numbers[-1] + 1 if numbers else self.number))
            block["numbers"] = numbers
            self.number = numbers[-1] + 1 if numbers else self.number
        elif self.number is not None:
            block["start"] = self.number
            self.number += len(block["items"])
        return block

    def _spans(self) -> list[Span]:
        self._audio()
        spans: list[Span] = []
        for style, text in self.runs:
            if style in ("img", "br"):
                spans.append({"k": style, "v": text})
            else:
                spans.extend(inline_spans(text, style, self.note, self.convert))
        return _strip_spans(spans)

    def _flush(self) -> None:
        """End the paragraph being read (if any), splitting out display math."""
        if self.items is not None or self.rows is not None:
            return
        self._audio()
        runs, self.runs = self.runs, []
        text_only = all(style == "t" for style, _ in runs)
        if text_only:
            self.blocks.extend(text_blocks("".join(t for _, t in runs), self.note, self.convert))
            return
        self.runs = runs
        spans = self._spans()
        self.runs = []
        if spans:
            self.blocks.append({"k": "p", "spans": spans})

    def close(self) -> None:
        super().close()
        self._flush()


# a paragraph that is only a link whose words point elsewhere ('Reference', 'Source', 'src', 'Read more', 'here')
_REFERENCE_BLOCK = re.compile(
    r"(?i)^<p>(?:\s*<a\s[^>]*>\s*[\[(]?\s*(?:references?|sources?|src\d*|read\s+more|learn\s+more|more|here|link|docs?"
    r"|documentation|see\s+also|answers?|solutions?|explanation|video|article|wiki(?:pedia)?)\s*[.:]?\s*[\])]?\s*</a>"
    r"\s*[,;|·]?)+\s*</p>\s*$"
)


def _reference_block(block: Block) -> bool:
    """An answer block that is only a link named as a reference: on a card it leads to its page, on paper nowhere."""
    return block.kind is BlockKind.html and _REFERENCE_BLOCK.match(block.text) is not None


def _no_plain_math(text: str, note: Note) -> str | None:
    return None


def formula_lines(text: str, note: Note, plain: MathConverter) -> list[SheetBlock]:
    """A plain-text formula line (``a = … ; b = …``), one block per statement, typeset as math
    when the converter can read it, else printed as text in the math font."""
    out: list[SheetBlock] = []
    for line in _STATEMENT_SEP.split(text.strip()):
        code = plain(line, note)
        out.append({"k": "math", "v": code, "inline": True} if code is not None else {"k": "formula", "v": line})
    return out


def answer_blocks(
    blocks: list[Block],
    note: Note,
    convert: MathConverter,
    plain: MathConverter = _no_plain_math,
    picture: PictureFinder | None = None,
    audio: bool = True,
) -> list[SheetBlock]:
    """Every answer block as sheet blocks (``audio``: a paragraph of only audio prints its marker)."""
    out: list[SheetBlock] = []
    for block in blocks:
        if block.kind is BlockKind.text:
            out.extend(text_blocks(without_audio(block.text), note, convert))
        elif block.kind is BlockKind.formula and is_display_math(block.text):
            out.extend(text_blocks(block.text, note, convert))  # LaTeX display math: typeset it
        elif block.kind is BlockKind.formula:
            out.extend(formula_lines(block.text, note, plain))
        elif block.kind is BlockKind.code and (drawn := diagram_lines(block.text, block.lang)) is not None:
            out.extend(text_blocks(drawn[0], note, convert))  # a diagram: its arrows, not its source (learner5 L14)
            if drawn[1]:
                out.append({"k": "list", "items": [inline_spans(e, "t", note, convert) for e in drawn[1]]})
        elif block.kind is BlockKind.code:
            out.append({"k": "code", "v": block.text.strip("\n"), "lang": block.lang})
        elif block.kind is BlockKind.bullets:
            out.append({"k": "list", "items": [inline_spans(without_audio(i), "t", note, convert) for i in block.items]})
        else:
            parser = _HtmlBlocks(note, convert, picture, audio)
            parser.feed(block.text)
            parser.close()
            out.extend(parser.blocks)
    return out


def printable(blocks: list[SheetBlock], max_lines: int = MAX_CODE_LINES) -> list[SheetBlock]:
    """The answer as printed: every block, code split into lines; code beyond
    ``max_lines`` (:data:`MAX_CODE_LINES` in an answer) is cut and the block says how many lines it left out."""
    out = []
    for block in blocks:
        if block["k"] == "code":
            lines = block["v"].rstrip("\n").splitlines()
            more = max(0, len(lines) - max_lines)
            kept = lines[:max_lines]
            block = {"k": "code", "lang": block.get("lang", ""), "lines": kept, "more": more}
            cut = sum(max(0, len(line) - MAX_CODE_LINE_CHARS) for line in kept)
            if cut:  # a pasted log, minified JSON or base64 on one line (trial7 G23: a 104 KB line took Typst 38 s)
                block["lines"] = [line[:MAX_CODE_LINE_CHARS] + ("⋯" if len(line) > MAX_CODE_LINE_CHARS else "") for line in kept]
                block["cut"] = cut
        out.append(block)
    return out


def options_block(note: Note, convert: MathConverter, reveal: bool) -> SheetBlock:
    """A quiz's options, compactly; the correct one marked when ``reveal``."""
    item = note.primary
    items: list[dict[str, Any]] = []
    for c in item.choices:
        ok = reveal and c.label in item.correct_labels
        if c.lang is not None:  # an option that is a code block: printed as code, line by line (learner2 M20)
            lines = c.text.split("\n")
            items.append({"label": c.shown, "spans": [], "code": lines[:OPTION_CODE_LINES], "more": len(lines) > OPTION_CODE_LINES, "ok": ok})
        else:
            items.append({"label": c.shown, "spans": _option_spans(c, note, convert), "ok": ok})
    block: SheetBlock = {"k": "options", "items": items}
    if any(len(c.text) > OPTION_RUN_CHARS for c in item.choices if c.lang is None):
        block["rows"] = True  # sentences run together are hard to tell apart: one option a line (T14-5's quiz)
    return block


OPTION_CODE_LINES = 12  # lines of a code option the sheet prints (the card holds the rest)
#: options all at most this long print as one compact run ('A) 0  B) 1  ✓ C) 2'); a longer one puts each on its line
OPTION_RUN_CHARS = 40
_CODE_TAG = re.compile(r"<code\b[^>]*>(.*?)</code\s*>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


def _option_spans(choice: Choice, note: Note, convert: MathConverter) -> list[Span]:
    """An option's text; its inline code (``<code>`` in its markup, or between backticks) in the code font,
    as a question's is (learner2 M20)."""
    if choice.html and "<code" in choice.html:
        spans: list[Span] = []
        for k, part in enumerate(_CODE_TAG.split(choice.html)):
            text = html.unescape(_TAG.sub("", part))
            if text.strip() or (k % 2 and text):
                spans.extend([{"k": "c", "v": text}] if k % 2 else inline_spans(text, "t", note, convert))
        return spans
    return code_spans(inline_spans(choice.text, "t", note, convert))


def cloze_spans(cloze: str, reveal: bool) -> list[Span]:
    """The cloze sentence: deletions emphasised (``reveal``) or blanked as ``[…]`` (with any hint)."""
    spans: list[Span] = []
    pos = 0
    for start, end, _, answer, hint in deletions(cloze):  # '{{c1::std::cout}}': 'std::cout', no hint (learner5 L51)
        if start > pos:
            spans.append({"k": "t", "v": _clean(cloze[pos:start])})
        if reveal:
            spans.append({"k": "hl", "v": answer})
        else:
            spans.append({"k": "t", "v": f"[{hint}]" if hint else "[…]"})
        pos = end
    if pos < len(cloze):
        spans.append({"k": "t", "v": _clean(cloze[pos:])})
    return [s for s in spans if s["v"]]


def sources_line(note: Note, titles: dict[str, str], named: str | None = None) -> str:
    """Where the printed answer comes from, and where the card holds more: a merged note's other
    sources' answers are not printed, so the line says they are on the card. ``named`` is the
    source the group heading already names: its title is not repeated, only the item's number."""

    def attribution(item: Item) -> str:
        title = item.origin or titles.get(item.source, item.source)
        if item.source == named:
            return f"#{item.number}" if item.number else ""
        if not item.number and title == Path(item.locator.file).stem:
            return Path(item.locator.file).name  # ('capital.csv', never 'capital': a word read as an answer, T48-14)
        return f"{title} #{item.number}" if item.number else title

    first, *rest = note.items
    # (a one-note file titled by its question, a vault's page: its title is the question printed above, said again)
    asked = _said(first.origin or titles.get(first.source, first.source)) == _said(first.question)
    head = "" if asked and not first.number else attribution(first)
    if not rest:
        return head
    return f"{head + ' · ' if head else ''}more answers on the card: {', '.join(attribution(i) or i.origin or titles.get(i.source, i.source) for i in rest)}"


def _said(text: str) -> str:
    """A title or question as words: case, spacing and closing punctuation aside ('What is Hoisting ?')."""
    return " ".join(text.casefold().split()).rstrip(" ?.!:")


def _lead(note: Note) -> list[Block]:
    """The answer, or a folded long answer's lead and a line that says the card holds the rest."""
    cut = fold.split(note.primary.answer) if any(fold.is_folded(v) for v in note.fields.values()) else None
    if cut is None:
        return note.primary.answer
    return [*cut.lead, Block(kind=BlockKind.text, text=fold.SHEET_MARK)]


def entry(
    note: Note,
    convert: MathConverter,
    questions_only: bool,
    plain: MathConverter = _no_plain_math,
    titles: dict[str, str] | None = None,
    named: str | None = None,
    picture: PictureFinder | None = None,
) -> dict[str, Any]:
    """One printed entry: the exhibit the question is about (``pre``), question spans, the answer (or
    the override's ``sheet`` text), difficulty, sources.

    A quiz prints its options, the correct one marked, then its explanation; a
    cloze prints its sentence with the deletions emphasised (blanked with
    ``questions_only``).
    """
    item = note.primary
    answer: list[SheetBlock] = []
    if note.kind is ItemKind.cloze and item.cloze:
        question = cloze_spans(item.cloze, reveal=not questions_only)
    else:
        question = _strip_spans(code_spans(inline_spans(without_icons(without_audio(item.question)), "t", note, convert)))
    if note.kind is ItemKind.multiple_choice:
        answer.append(options_block(note, convert, reveal=not questions_only))
    if not questions_only:
        said = item.sheet or _lead(note)
        kept = [b for b in said if not _reference_block(b)]  # ('[Reference](https://…)' under a quiz's options: on
        # paper a word that leads nowhere, printed under 62 of a quiz page's questions; sitting 49)
        answer.extend(printable(answer_blocks(kept if kept or answer else said, note, convert, plain, picture)))
    # what the question is about (a passage, table or code the document sets before it) prints under its
    # marker and question line (above them it read as the entry before's: learner4 N43), also on a questions-only sheet: the question does not stand without it
    # (the audio a front plays prints as its marker only for a listening card, 'What do you hear?')
    listening = item.question in AUDIO_PROMPTS
    # (the question's own code is what the reader must see to answer: printed whole up to MAX_EXHIBIT_LINES; a
    # "What's the output?" lost its last line, the call `sayHi();`, to the answer's cap of 12, trial29 T29-24)
    shown = answer_blocks(item.stimulus, note, convert, plain, picture, audio=listening) if item.stimulus else []
    exhibit = printable(shown, MAX_EXHIBIT_LINES)
    return {
        "id": note.id,
        "pre": exhibit,
        "q": question,
        "a": answer,
        "long": estimated_lines(question, exhibit + answer) > BREAKABLE_LINES,
        "diff": note.difficulty.value if note.difficulty else "",
        "src": sources_line(note, titles, named) if titles is not None else html.unescape(note.fields.get("Sources", "")),
    }


def _text_lines(spans: list[Span]) -> int:
    return 1 + sum(len(s["v"]) for s in spans) // LINE_CHARS


def estimated_lines(question: list[Span], answer: list[SheetBlock]) -> int:
    """A rough guess at an entry's height in lines, to let long entries break across columns."""
    lines = _text_lines(question) + 1
    for block in answer:
        if block["k"] == "p":
            lines += _text_lines(block["spans"])
        elif block["k"] == "list":
            lines += sum(_text_lines(i) for i in block["items"])
        elif block["k"] == "table":
            lines += sum(max(_text_lines(c) for c in row) for row in block["rows"])
        elif block["k"] == "code":
            lines += len(block["lines"]) + (1 if block["more"] else 0)
        elif block["k"] == "options":
            lines += sum(_text_lines(o["spans"]) + len(o.get("code", ())) for o in block["items"])
        elif block["k"] == "img":
            lines += PICTURE_LINES
        else:
            lines += 2
    return lines


#: what an entry prints instead of the exhibit the entry before it already printed
SAME_EXHIBIT: SheetBlock = {"k": "p", "spans": [{"k": "i", "v": "(about the same exhibit as the entry above)"}]}


def _exhibit_once(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Questions in a row about one passage or table (an exam's Q7 and Q8 both read Federalist
    No. 78): the sheet prints it once, and the next entries say they are about it."""
    previous: list[SheetBlock] = []
    for e in entries:
        if e["pre"] and e["pre"] == previous:
            e["pre"] = [SAME_EXHIBIT]
        else:
            previous = e["pre"]
    return entries


#: A run of at least this many short term -> meaning entries in a group prints as one two-column table
#: (learner N5: a vocabulary list printed as prose, one entry of bold term and meaning under it per word).
VOCAB_RUN = 4
VOCAB_TERM_WORDS = 6  # words (or their room in CJK characters) a term may have
VOCAB_MEANING_WORDS = 16  # and its meaning
_ROW_SPANS = frozenset(("t", "b", "i", "c", "s", "m"))  # inline text and math only: no picture, no fallback TeX
_NUMBER_ONLY = re.compile(r"(?:^|\s*·\s*|\s+)#\d+$")


MATH_SYMBOLS_PER_WORD = 6  # printed symbols of a formula that take a word's room on the sheet


def _math_words(code: str) -> int:
    """The room a formula (Typst) takes, in words: the words of its strings and its other symbols (a name one, a
    function's name none) by :data:`MATH_SYMBOLS_PER_WORD`; at least 1. A definition written as one long formula
    counted as one word and was printed as a vocabulary row, shrunk to a hairline beside its term (trial16 T16-25)."""
    texts = _MATH_STRING.findall(code)
    symbols = len(_MATH_SYMBOL.findall(_MATH_STRING.sub("", code)))
    return max(1, sum(len(t.split()) for t in texts) + symbols // MATH_SYMBOLS_PER_WORD)


_MATH_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_MATH_SYMBOL = re.compile(r"[A-Za-z]+(?![A-Za-z(])|[^\sA-Za-z()\[\],]")


def _span_words(spans: list[Span]) -> int:
    from compiler.render import text_words

    return sum(text_words(s["v"]) if s["k"] != "m" else _math_words(s["v"]) for s in spans)


def vocab_row(note: Note, printed: dict[str, Any]) -> dict[str, Any] | None:
    """A short term and its short meaning, as one row of a vocabulary table: a one-source basic note whose
    question is a few words that do not ask ('perro', '～おかげで', not 'Why is the sky blue?') and whose
    printed answer is one short paragraph; None for any other entry. ``printed`` is the entry with its answer."""
    if note.kind is not ItemKind.basic or len(note.items) > 1 or printed["pre"] or printed["long"]:
        return None
    term, answer = printed["q"], printed["a"]
    if not term or not answer or any(b["k"] != "p" for b in answer):
        return None
    meaning = answer[0]["spans"]
    extras = [_labelled(b["spans"]) for b in answer[1:]]  # 'Reading: saram', 'Example Sentence: …' (learner4 N62)
    named = _labelled(meaning) if extras else None  # ('Plural: Häuser' / 'English: house': every column named, T31-16)
    if named is not None:
        meaning = named[1]
    if any(x is None for x in extras) or any(s["k"] not in _ROW_SPANS for s in (*term, *meaning)):
        return None
    words = "".join(s["v"] for s in term if s["k"] != "m").rstrip()
    if words.endswith(("?", "？", ":", "：")) or _span_words(term) > VOCAB_TERM_WORDS:
        return None
    if _span_words(meaning) > VOCAB_MEANING_WORDS or any(_span_words(x[1]) > VOCAB_EXTRA_WORDS for x in extras if x):
        return None
    row: dict[str, Any] = {"t": term, "m": meaning, "diff": printed["diff"]}
    if extras:
        row["labels"] = [named[0] if named else "", *(x[0] for x in extras if x)]
        row["x"] = [x[1] for x in extras if x]
    return row


VOCAB_EXTRA_WORDS = 20  # a labelled column's value ('Example Sentence: 저 사람이 누구예요?') at most
_LABEL = re.compile(r"^(?P<label>[^\W\d_][^:：\n]{0,29})[:：]\s+(?P<rest>\S.*)$", re.S)


def _labelled(spans: list[Span]) -> tuple[str, list[Span]] | None:
    """A paragraph 'Label: value' (a column a vocabulary table had beside the meaning): its label and the value's
    spans; None for any other paragraph."""
    if not spans or spans[0]["k"] != "t" or any(s["k"] not in _ROW_SPANS for s in spans):
        return None
    m = _LABEL.match(spans[0]["v"])
    if m is None:
        return None
    rest = [{"k": "t", "v": m.group("rest")}, *spans[1:]]
    return m.group("label").strip(), rest


def vocab_tables(entries: list[dict[str, Any]], rows: list[dict[str, Any] | None], questions_only: bool) -> list[dict[str, Any]]:
    """Each run of :data:`VOCAB_RUN` or more vocabulary rows as one table entry
    (``rows``; a questions-only sheet leaves the meanings blank to be filled in); other entries as they are.
    The table's source line names each source once, without the rows' item numbers; a row shows its
    difficulty only when the rows' levels differ."""
    out: list[dict[str, Any]] = []
    n = 0
    while n < len(entries):
        end, labels = n, [""]
        while end < len(entries) and (joined := _joined_labels(labels, rows[end])) is not None:
            end, labels = end + 1, joined  # (the rows' languages may differ: learner4 N45, a Hindi list's short words told 'hi' or not)
        if end - n < VOCAB_RUN:
            out.append(entries[n])
            n += 1
            continue
        run = entries[n:end]
        table = [{**_in_columns(r, labels[1:]), "m": [] if questions_only else r["m"]} for r in rows[n:end] if r is not None]
        labels = labels if len(labels) > 1 else []
        if questions_only:  # (the other columns too: the reading or an example may give the meaning away)
            table = [{**r, "x": [[] for _ in r["x"]]} if "x" in r else r for r in table]
        if len({r["diff"] for r in table}) == 1:  # one level for all (a source's default): no dots on every row
            table = [{**r, "diff": ""} for r in table]
        sources = dict.fromkeys(_NUMBER_ONLY.sub("", e["src"]).strip() for e in run)
        table_entry: dict[str, Any] = {
            "id": run[0]["id"], "pre": [], "q": [], "a": [], "diff": "", "long": True, "rows": table,
            "src": " · ".join(s for s in sources if s),
        }  # fmt: skip
        if labels:  # the names of the columns beside the meaning, a header over them (the meaning's own when it has one)
            table_entry["cols"] = labels[1:]
            if labels[0]:
                table_entry["mcol"] = labels[0]
        for extra in ("lang", "qdir"):  # the language and direction the rows share, if they share one
            if extra in run[0] and all(e.get(extra) == run[0][extra] for e in run):
                table_entry[extra] = run[0][extra]
        out.append(table_entry)
        n = end
    return out


def _joined_labels(labels: list[str], row: dict[str, Any] | None) -> list[str] | None:
    """The names of a run's columns with ``row`` in it (the meaning's first, then the labelled columns beside it in the
    order the rows name them), or None when ``row`` ends the run: no vocabulary row, or its meaning named otherwise.
    A row without a column the others have joins them with that cell empty (T40-10: a word list's Notes column,
    'feminine' on three words of eight, printed the list as eight entries)."""
    if row is None:
        return None
    own = row.get("labels") or [""]
    if own[0] and labels[0] and own[0] != labels[0]:
        return None
    return [labels[0] or own[0], *(c for c, _ in dict.fromkeys([*_counted(labels[1:]), *_counted(own[1:])]))]


def _counted(columns: list[str]) -> list[tuple[str, int]]:
    """Each column name with how many of that name came before it: a row's two 'Note:' paragraphs are two columns."""
    return [(c, columns[:k].count(c)) for k, c in enumerate(columns)]


def _in_columns(row: dict[str, Any], columns: list[str]) -> dict[str, Any]:
    """``row`` with a cell for each of a run's ``columns`` beside the meaning, in their order ([] where it has none)."""
    if not columns:
        return row
    cells = dict(zip(_counted(row.get("labels", [""])[1:]), row.get("x", []), strict=True))
    return {**row, "x": [cells.get(c, []) for c in _counted(columns)]}


def _group_entries(
    group: Group, printed: list[dict[str, Any]], answered: Callable[[Note], dict[str, Any]], questions_only: bool
) -> list[dict[str, Any]]:
    """A group's entries, runs of vocabulary rows as tables (``answered``: a note's entry with its answer, to
    judge a questions-only sheet's rows by)."""
    rows = [vocab_row(n, answered(n) if questions_only else e) for n, e in zip(group.notes, printed, strict=True)]
    if sum(r is not None for r in rows) < VOCAB_RUN:
        return printed
    return vocab_tables(printed, rows, questions_only)


def _one_source(group: Group) -> str | None:
    """The source every note of a (section) group comes from, if they share one."""
    sources = {n.primary.source for n in group.notes}
    return sources.pop() if len(sources) == 1 else None


def build_date(deck: Deck) -> dt.date | None:
    """The deck's ``[deck] date`` as a date, or None when it is not an ISO date (e.g. "undated")."""
    try:
        return dt.date.fromisoformat(deck.build_date)
    except ValueError:
        return None


SAMPLE_NOTES = 300  # notes whose text tells the sheet's language


def sheet_language(deck: Deck) -> str:
    """The language the sheet is hyphenated in (Typst's ``lang``): ``[deck] language``, else told from the
    first notes' questions and answers (:func:`compiler.sources.prompts.language`; English when unsure)."""
    from compiler.sources.prompts import language

    notes = deck.notes[:SAMPLE_NOTES]
    text = "\n".join(f"{n.primary.question}\n{n.primary.answer_plain()}" for n in notes)
    return language(text)


# --- a mixed deck: an entry in another script is hyphenated in its own language (learner L14) -----------
# Per entry, only the script is told (a few regular-expression scans: cheap for 20,000 entries); the
# language of an entry whose script differs from the deck's is then told from its text.
_LETTER = re.compile(r"[^\W\d_]")
_SCRIPT_OF = {
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
    "cjk": re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"),
}
_LANG_SCRIPT = {"ru": "cyrillic", "uk": "cyrillic", "bg": "cyrillic", "sr": "cyrillic", "el": "greek", "ar": "arabic", "fa": "arabic",
                "he": "hebrew", "hi": "devanagari", "th": "thai", "ja": "cjk", "zh": "cjk", "ko": "cjk"}  # fmt: skip
ENTRY_TEXT = 300  # characters of an entry looked at
_OTHER = re.compile("|".join(rx.pattern for rx in _SCRIPT_OF.values()))  # a letter of any script but Latin
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def text_script(text: str) -> str:
    """The script most of ``text``'s letters are in: 'latin' or a key of :data:`_SCRIPT_OF` ('' for none)."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return ""
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPT_OF.items()}
    name, count = max(counts.items(), key=lambda kv: kv[1])
    return name if count >= 0.3 * letters else "latin"


def _in_language(printed: dict[str, Any], note: Note, deck_lang: str) -> dict[str, Any]:
    """An entry with its own language (``lang``) when it is not the deck's, and its question's direction
    (``qdir``) and its answer's (``adir``) when their first letter's script runs the other way than the entry's
    language (learner4 N78: English meanings of words told Hebrew were set right to left, aligned right)."""
    own = entry_language(note, deck_lang)
    lang = own or deck_lang
    rtl = lang in _RTL_LANGS
    first = first_direction(note.primary.question)
    out = {**printed, "lang": own} if own else printed
    out = {**out, "qdir": first} if first and (first == "rtl") != rtl else out
    answer = first_direction(note.primary.answer_plain()[:ENTRY_TEXT]) if printed.get("a") else ""
    return {**out, "adir": answer} if answer and (answer == "rtl") != rtl else out


_RTL_LANGS = frozenset(("ar", "he", "fa", "ur", "yi", "ps"))


def first_direction(text: str) -> str:
    """'rtl' or 'ltr': the direction of ``text``'s first strong letter (Unicode's bidi rule P2), '' for none."""
    import unicodedata

    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return ""


def entry_language(note: Note, deck_lang: str) -> str:
    """The language an entry is hyphenated in when it is not the deck's ('' when it is): an entry whose
    script is not the deck's script (a Russian answer in a German deck) gets its own text's language."""
    item = note.primary
    text = f"{item.question}\n{item.answer[0].plain() if item.answer else ''}"[:ENTRY_TEXT]
    home = _LANG_SCRIPT.get(deck_lang, "latin")
    if home == "latin" and (text.isascii() or _OTHER.search(text) is None):
        return ""  # (the common case, one scan: Latin letters in a Latin deck)
    if home != "latin" and len(_SCRIPT_OF[home].findall(text)) >= len(_LATIN.findall(text)):
        return ""  # (mostly the deck's own script)
    script = text_script(text)
    if not script or script == home:
        return ""
    from compiler.sources.prompts import language

    lang = language(text)
    return lang if lang != deck_lang else ""


def sheet_data(
    deck: Deck,
    selected: list[Group],
    convert: MathConverter,
    *,
    questions_only: bool,
    paper: str,
    subtitle: str = "",
    plain: MathConverter = _no_plain_math,
    picture: PictureFinder | None = None,
) -> dict[str, Any]:
    """Everything the template prints, as JSON-ready data (``picture``: None prints no pictures)."""
    date = build_date(deck)
    lang = deck.language or sheet_language(deck)
    titles = {s.id: s.title for s in deck.sources}
    # A group names its source only where the source changes, to keep headings short.
    shown = [g.subtitle if n == 0 or g.subtitle != selected[n - 1].subtitle else "" for n, g in enumerate(selected)]
    # A section group is one source's, named in its heading: its entries print only their numbers.
    by_topic = any(n.topics for n in deck.notes)
    named = [None if by_topic else _one_source(g) for g in selected]

    def group_entries(group: Group, source: str | None) -> list[dict[str, Any]]:
        printed = [_in_language(entry(n, convert, questions_only, plain, titles, source, picture), n, lang) for n in group.notes]
        answered = lambda n: entry(n, convert, False, plain, titles, source, picture)  # noqa: E731
        return _exhibit_once(_group_entries(group, printed, answered, questions_only))

    return {
        "title": deck.name,
        "lang": lang,
        "subtitle": subtitle,
        "date": {
            "text": deck.build_date,
            "year": date.year if date else None,
            "month": date.month if date else None,
            "day": date.day if date else None,
        },
        "paper": paper,
        "questions_only": questions_only,
        "notes": sum(len(g.notes) for g in selected),
        "groups": [
            {
                "title": heading_text(g.title),
                "subtitle": heading_text(sub),
                "entries": group_entries(g, source),
            }
            for g, sub, source in zip(selected, shown, named, strict=True)
        ],
    }
