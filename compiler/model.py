"""The one validated data model every pass reads and writes.

Readers in ``compiler.sources`` turn documents into :class:`Item` objects;
later passes turn items into :class:`Note` objects collected in a
:class:`Deck`.  Emitters only ever see a :class:`Deck`, so a new output
format never needs to know how a layout was parsed.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class Difficulty(StrEnum):
    easy = "easy"
    medium = "medium"
    hard = "hard"


class ItemKind(StrEnum):
    """What kind of card an item asks for; decides the note type."""

    basic = "basic"
    multiple_choice = "multiple_choice"
    cloze = "cloze"


class BlockKind(StrEnum):
    """Kinds of answer block. Plain-text kinds are escaped when rendered."""

    text = "text"  # a paragraph of plain text
    formula = "formula"  # a plain-text formula line (shown monospace / as math)
    code = "code"  # source code, kept line by line
    bullets = "bullets"  # a plain-text bullet list (``items``)
    html = "html"  # HTML already produced (and sanitized) by the Markdown reader


_IMG_SRC = re.compile(r"<img\b[^>]*?\bsrc=\"([^\"]*)\"[^>]*>", re.I)


HINT_HTML = '<blockquote class="hint">'  # how a hint box opens on the card (compiler.sources.markdown_blocks)


class Block(BaseModel):
    """One block of an answer: the unit renderers and cheat sheets work with."""

    model_config = ConfigDict(frozen=True)

    kind: BlockKind
    text: str = ""
    items: list[str] = Field(default_factory=list)
    lang: str = ""

    @model_validator(mode="after")
    def _not_empty(self) -> Block:
        if self.kind is BlockKind.bullets:
            if not self.items:
                raise ValueError("a bullet list needs at least one item")
        elif not self.text.strip():
            raise ValueError(f"empty {self.kind.value} block")
        return self

    def hint(self) -> bool:
        """A hint box shown with the question (``> [!hint]- Hint``): no part of what the question asks (trial29 T29-6)."""
        return self.kind is BlockKind.html and self.text.startswith(HINT_HTML)

    def plain(self) -> str:
        """The block as plain text (for similarity, search and the manifest)."""
        if self.kind is BlockKind.bullets:
            return "\n".join(f"- {i}" for i in self.items)
        if self.kind is BlockKind.html:  # a picture counts by its file: two cards on two pictures differ
            return re.sub(r"<[^>]+>", "", _IMG_SRC.sub(r"[image: \1]", self.text))
        return self.text


class Locator(BaseModel):
    """Where an item starts: a path relative to the content dir and a 1-based line."""

    model_config = ConfigDict(frozen=True)

    file: str
    line: int = Field(ge=1)
    # where in the file the line is when a line number does not tell a reader ('page 4, line 2' of a PDF, a notebook's
    # 'cell 12, line 3'): what a message about the item prints beside it (compiler.sources.converted.remap)
    place: str = ""

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


class Choice(BaseModel):
    """One option of a multiple-choice item."""

    model_config = ConfigDict(frozen=True)

    label: str  # "A", "B", ...
    text: str = Field(min_length=1)
    # An option that is code (a fenced block in the document): its language ("" if unnamed), and its text
    # is kept line by line, indentation included, and shown as code; None for an option in words.
    lang: str | None = None
    # The option as a Markdown source wrote it, rendered inline and sanitized (code, emphasis, a line break,
    # a link), for the card; "" when it is no more than ``text``, which the card then shows escaped.
    html: str = ""
    # The option's label as the page writes it when that is no Latin letter ('③', 'б)', 'أ)', 'ㄱ.', '(ii)'): the card
    # shows it in place of 'C)' (compiler.sources.letters.page_labels); "" to show the letter.
    mark: str = ""

    @property
    def shown(self) -> str:
        """The label the card shows before the option: the page's own, else ``A)``."""
        return self.mark or f"{self.label})"


class Item(BaseModel):
    """One question as found in one source document, before any merging."""

    source: str  # Source.id
    number: str | None = None  # the document's own numbering, if any
    kind: ItemKind = ItemKind.basic
    question: str
    answer: list[Block] = Field(default_factory=list)
    # What the question asks about, shown above it on the front: a table, image or quoted
    # passage the document sets before the question (compiler.sources.stimulus).
    stimulus: list[Block] = Field(default_factory=list)
    # The document sets it AFTER the question, which says so ('… is shown below'): shown under it (learner L44).
    stimulus_after: bool = False
    choices: list[Choice] = Field(default_factory=list)
    correct: str | None = None  # label of the correct choice; several joined by commas ("B,E": "Choose TWO")
    cloze: str | None = None  # text with {{c1::...}} deletions, for cloze items
    sheet: list[Block] = Field(default_factory=list)  # a shorter answer for the printed sheet (overrides)
    section: list[str] = Field(default_factory=list)  # heading path, outermost first
    difficulty: Difficulty | None = None
    label: str | None = None  # the item's own difficulty marker as written (emoji or word), if any
    explicit_id: str | None = None
    locator: Locator
    original: str  # the item's text exactly as read (after decoding), for the manifest
    # Identity, fixed when the item is read: later passes (overrides, repairs) may
    # rewrite the question without changing the item's id or its note's GUID.
    key: str = ""  # stable item id: ``source/slug-of-question``
    anchor: str = ""  # GUID anchor: ``source:normalized question``
    # The question as its page wrote it when a label the page sets before every question ('**Front:**', 'Galdera:')
    # came off it after reading (compiler.sources.item_labels): its id and anchor are made without the label, but an
    # item whose id made with it is already published keeps that id (compiler.passes.lock.labelled_ids; T40-9).
    labelled: str = ""
    # Why the item makes no card ("no answer", "placeholder"), or "": a skipped item is still
    # listed in the manifest with its file and line, so every item is accounted for.
    skip: str = ""
    tags: list[str] = Field(default_factory=list)  # the document's own tags for this item (a flashcard export's tags column)
    # The note's GUID as another tool exported it (Anki's '#guid column'): kept, so a deck brought
    # over from Anki updates the notes already in the collection instead of adding copies.
    guid: str | None = None
    # A card each way (question -> answer and answer -> question): a reversed note type of another tool's
    # export ('Basic (and reversed card)'); only a basic item has it.
    reverse: bool = False
    # The document the learner knows the item by when its file holds several: an Anki package's notes come from its
    # decks ('Biology'), a deck deckc built from its documents (a note's Sources field, 'Mixed quiz'). Shown instead
    # of the file's title on the card's Sources line and its 'Also in …' (compiler.passes.notes.attribution).
    origin: str = ""

    @field_validator("question")
    @classmethod
    def _question_not_empty(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("empty question")
        return v

    @model_validator(mode="after")
    def _identity(self) -> Item:
        if not self.key:
            self.key = f"{self.source}/{item_slug(self.cloze or self.question)}"
        if not self.anchor:
            self.anchor = f"{self.source}:{normalize_text(self.cloze or self.question)}"
        return self

    @model_validator(mode="after")
    def _complete(self) -> Item:
        if self.kind is ItemKind.multiple_choice:
            if len(self.choices) < 2:
                raise ValueError("a multiple-choice question needs at least two options")
            labels = [c.label for c in self.choices]
            if not self.skip and (not self.correct_labels or any(c not in labels for c in self.correct_labels)):
                raise ValueError(
                    f"correct option {self.correct!r} is not one of {', '.join(labels)}"
                )
        elif self.kind is ItemKind.cloze:
            if not self.cloze or "{{c1::" not in self.cloze:
                raise ValueError("a cloze item needs a {{c1::...}} deletion")
        elif not self.answer and not self.skip:
            raise ValueError("answer missing")
        return self

    @property
    def correct_labels(self) -> list[str]:
        """The labels of a multiple-choice item's correct options (several for a "Choose TWO" question)."""
        return [c.strip() for c in self.correct.split(",") if c.strip()] if self.correct else []

    @property
    def item_id(self) -> str:
        """Stable, human-readable key: ``source/slug-of-question`` or the explicit id.

        Overrides and decisions files key on this, so it depends on neither the
        answer nor the line number.
        """
        return self.explicit_id or self.key

    def answer_plain(self) -> str:
        return "\n".join(b.plain() for b in self.answer)


class Source(BaseModel):
    """A source document as described by the deck config."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    file: str  # relative to the content dir
    title: str
    layout: str
    sections: str = ""  # how the document marks sections (documentation + reader hint)
    item_count: int = 0  # filled in after reading


class Note(BaseModel):
    """One Anki note: what the emitters write."""

    guid: str
    id: str  # stable note id (the primary item's item_id)
    kind: ItemKind
    notetype: str  # name of the frozen note type
    fields: dict[str, str]  # field name -> rendered HTML, in note type order
    tags: list[str]
    difficulty: Difficulty | None
    sections: list[str]  # "source::Section" labels, for grouping
    topics: list[str] = Field(default_factory=list)  # cross-source topics, for grouping
    topic: str | None = None  # the one topic the cheat sheet files the note under (passes.topics.home_topics)
    items: list[Item]  # source items; the first is the primary one
    mtime: int = 0  # modification time (seconds) stamped into the package
    front_rule: str = ""  # item the front rules would pick when a published front was kept instead
    front_replaced: str = ""  # published front item that lost the front (a decision, or a recall question over a quiz)

    @property
    def primary(self) -> Item:
        return self.items[0]


class Deck(BaseModel):
    """The whole compiled deck, in a deterministic order."""

    name: str
    id: int
    basename: str  # output file stem in build/
    build_date: str  # ISO date taken from the content, not the wall clock
    language: str = ""  # [deck] language ("" = told from the notes' text): the cheat sheet's hyphenation
    sources: list[Source]
    notes: list[Note]
    notetypes_mtime: int = 0  # when the note types' templates/CSS last changed (from the lock)
    retired: list[Note] = Field(default_factory=list)  # notes the lock retired, tagged deckc::retired
    warnings: list[str] = Field(default_factory=list)
    items_read: int = 0
    skipped: list[Item] = Field(default_factory=list)  # items that make no card (Item.skip says why), in reading order
    media: list[str] = Field(default_factory=list)  # image files packed into the .apkg (compiler.media)


_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρστυφχψω",
        ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega"],
        strict=True,
    )
)


NOT_CONTENT = frozenset({"number", "locator", "original", "key", "anchor", "explicit_id", "labelled"})  # where, not what


def card_content(item: Item) -> str:
    """What the item's card shows (question, answers, choices, passage, section, tags, GUID …), not where it stands:
    two items of one source equal in it are one card written twice (compiler.passes.dedupe makes them one note)."""
    return f"{item.source}\0{item.model_dump_json(exclude=set(NOT_CONTENT))}"


@lru_cache(maxsize=1 << 16)
def normalize_text(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form used for identity.

    Greek letters are spelled out (``γ`` → ``gamma``) and cloze markers are
    reduced to their text, so ids stay readable and distinct.  Remembered: a one-edit build asks it ~5,800
    times of ~2,000 texts (the topic pass, the notes' ids, dedupe), and a warm process (compiler/server.py,
    `deckc watch`) asks it again of the same texts every build.
    """
    text = _CLOZE.sub(r"\1", text)
    if text.isascii():  # the common case, without the per-character loop below (same result)
        return " ".join(_NOT_WORD_ASCII.sub(" ", text.lower()).split())
    return _normalize_unicode(text)


@lru_cache(maxsize=8192)
def _normalize_unicode(text: str) -> str:
    """:func:`normalize_text` of a non-ASCII text, character by character (remembered: the topic pass
    normalizes the same headings and questions many times).

    Accents of Latin letters go (``café`` → ``cafe``); the marks of other scripts are part of their
    letters and stay (``が`` is not ``か``, ``й`` not ``и``, ``कि`` not ``क``), composed again (NFC)."""
    out = []
    kept = False  # the last character was a letter of a script beyond Latin: a mark after it is part of it
    for c in unicodedata.normalize("NFKD", text).lower():
        if unicodedata.category(c).startswith("M"):
            if kept:
                out.append(c)
            continue
        if c in _GREEK:
            out.append(f" {_GREEK[c]} ")
            kept = False
            continue
        w = _word_char(c)
        out.append(w)
        kept = w != " " and ord(c) > _LATIN_END
    return unicodedata.normalize("NFC", " ".join("".join(out).split()))


def legacy_normalized(normalized: str) -> str:
    """What :func:`normalize_text` gave before it kept the marks of non-Latin letters (``が`` was ``か``):
    the lock matches notes published then by it (compiler/passes/lock.py). Of a normalized text (or an
    anchor's ``text#suffix``), the same as the old rule of the original text."""
    if normalized.isascii():
        return normalized
    head, sep, tail = normalized.partition("#")
    return _legacy(head) + sep + (_legacy(tail) if tail else "")


def _legacy(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).lower()
    text = "".join(f" {_GREEK[c]} " if c in _GREEK else _word_char(c) for c in text if not unicodedata.combining(c))
    return " ".join(text.split())


_LATIN_END = 0x24F  # end of Latin Extended-B
_NOT_WORD_ASCII = re.compile(r"[^a-z0-9]+")  # what _word_char turns into a space, for ASCII text


def _word_char(c: str) -> str:
    """``c`` if it is part of a word, else a space.

    a-z and 0-9 are (accents were split off above); so is a letter or digit of a script beyond Latin
    (Cyrillic, CJK, Arabic …), so 'Что такое замыкание?' and '什么是闭包？' get ids and GUID
    anchors of their own instead of one empty one. Anything else separates words.
    """
    if c.isascii():
        return c if c.isalnum() else " "
    return c if ord(c) > _LATIN_END and c.isalnum() else " "


# Inline code in a question is kept between backticks ('What is `GIL`?'), as the document wrote it: the
# card shows it as code; ids, GUID anchors and comparisons ignore the backticks (normalize_text).
INLINE_CODE = re.compile(r"`([^`\n]+)`")


def code_parts(text: str) -> list[tuple[bool, str]]:
    """``(is code, text)`` pieces of a question: the spans between backticks are code."""
    parts: list[tuple[bool, str]] = []
    pos = 0
    for m in INLINE_CODE.finditer(text):
        if m.start() > pos:
            parts.append((False, text[pos : m.start()]))
        parts.append((True, m.group(1)))
        pos = m.end()
    if pos < len(text) or not parts:
        parts.append((False, text[pos:]))
    return parts


# Latin letters without a decomposition, which :func:`normalize_text` drops: spelled for an id the way a reader
# of the language types them without the letter (trial28 T28-28: 'hatalı' was 'hatal', 'słowo' 's-owo')
_PLAIN_LATIN = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ø": "o", "Ø": "O", "ß": "ss",
     "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T"}
)  # fmt: skip


def _greek_text(text: str) -> bool:
    """Whether most letters of ``text`` are Greek: a sentence in Greek, not a formula's 'γ' in an English one."""
    letters = [c for c in text if c.isalpha()]
    return sum("\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff" for c in letters) * 2 > len(letters)


def slugify(text: str, limit: int = 60) -> str:
    """A name for a file, a tag or a source id, from :func:`normalize_text` (kept as it was: a source id or a
    tag spelled otherwise would rename published notes' tags and anchors)."""
    return _cut(normalize_text(text).replace(" ", "-"), limit)


def item_slug(text: str, limit: int = 60) -> str:
    """The readable half of an item id. Only ids use it (a note's GUID comes from :func:`normalize_text`, which
    it must never change; a published id deckc now spells otherwise is followed by the lock, so overrides and
    decisions naming it still apply): letters :func:`normalize_text` drops are spelled plainly ('hatalı' was
    'hatal', T28-28), and a Greek sentence keeps its letters, as Cyrillic does ('πότε-έγινε…' read as
    'pi-omicron-tau-epsilon…', T28-19)."""
    text = _CLOZE.sub(r"\1", text).translate(_PLAIN_LATIN)
    if _greek_text(text):
        bare = (c for c in unicodedata.normalize("NFKD", text).lower() if not unicodedata.combining(c))
        return _cut("-".join("".join(map(_word_char, bare)).split()), limit)
    return _cut(normalize_text(text).replace(" ", "-"), limit)


def _cut(slug: str, limit: int) -> str:
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] or slug[:limit]
    return slug or "item"


TERM_WORDS = 3  # a front of at most this many words that asks no '?' is a term: its case and accents are what it asks


def _spelling(text: str) -> str:
    """A question as written, spacing and its closing '?'/'.'/':' aside."""
    return " ".join(text.split()).rstrip(" ?？.。:：!")


def spelled_apart(a: str, b: str) -> bool:
    """Two questions :func:`normalize_text` makes one that ask two things (learner3 N2, N28): a term whose
    case, accents or symbols differ ('sie' / 'Sie', 'Essen' / 'essen', 'tu' / 'tú', 'Mg' / 'mg'), or two
    questions whose inline code differs ('`\\d`' / '`\\D`', 'What does `a{3}` match?' / '… `a{3,}` …').
    A sentence that differs only in case ("What is Dropout?" / "What is dropout?") is one question."""
    if normalize_text(a) != normalize_text(b):
        return False
    if not normalize_text(a).strip():  # symbols alone ('.', '?', '?=', '?<=': a table of regex symbols): each its own
        return " ".join(a.split()) != " ".join(b.split())  # question (trial62 T62-3: '?' was "the same question as '.'")
    sa, sb = _spelling(a), _spelling(b)
    if sa == sb:
        return False
    code_a, code_b = INLINE_CODE.findall(a), INLINE_CODE.findall(b)
    if code_a and code_b:
        return code_a != code_b
    return not any(q in t for t in (a, b) for q in "?？") and len(normalize_text(a).split()) <= TERM_WORDS


def case_styled(a: str, b: str, answers: tuple[str, str] | None = None) -> bool:
    """Two terms :func:`spelled_apart` tells apart by case alone where the case is styling, not spelling: the
    same answer under both ('Hola' / 'hola', both 'hello': a card's first capital), or one written in capitals
    a glossary or heading uses ('PHOTOSYNTHESIS' / 'Photosynthesis'). Case that spells stays: other answers
    ('Sie' you / 'sie' she, 'Essen' / 'essen'), inline code ('`String`' / '`string`'), a short symbol ('CO' /
    'Co') and a name with capitals inside ('NaCl' / 'NACL')."""
    sa, sb = _spelling(a), _spelling(b)
    if sa == sb or sa.casefold() != sb.casefold() or INLINE_CODE.search(a) or INLINE_CODE.search(b):
        return False
    if answers and (said := normalize_text(answers[0])) and said == normalize_text(answers[1]):
        return True
    for caps, other in ((sa, sb), (sb, sa)):
        if caps.isupper() and sum(c.isalpha() for c in caps) >= CAPS_LETTERS and not other.isupper() and all(
            w[1:] == w[1:].lower() for w in other.split()
        ):
            return True
    return False


CAPS_LETTERS = 4  # letters at least in a term written in capitals as styling ('CELL'); 'CO', 'DNA' may be symbols


MEANING_WORDS = 6  # words at most in a word list's meaning ('the bank (money)'), never a sentence that answers


def other_meaning(a: Item, b: Item) -> bool:
    """Two entries of one word list that give a term two meanings ('el banco' -> 'the bank (money)' and 'the bench',
    'la muñeca' -> 'the doll' and 'the wrist'): both right, a homonym, never a contradiction to correct (T32-12)."""
    if a.locator.file != b.locator.file or a.kind is not ItemKind.basic or b.kind is not ItemKind.basic or a.skip or b.skip:
        return False
    if normalize_text(a.question) != normalize_text(b.question) or any(q in a.question for q in "?？؟"):
        return False
    if len(normalize_text(a.question).split()) > TERM_WORDS:
        return False
    meanings = [" ".join(i.answer_plain().split()) for i in (a, b)]
    return normalize_text(meanings[0]) != normalize_text(meanings[1]) and all(0 < len(m.split()) <= MEANING_WORDS for m in meanings)
