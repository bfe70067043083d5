"""The deck configuration: ``content/deck.toml``.

It names the deck and describes every source document: which layout reader
applies, how the document marks sections, how difficulty is known, and which
repairs the reader should apply.  Validated with pydantic so a broken config
fails with the file and the offending key.
"""

from __future__ import annotations

import datetime
import posixpath
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from compiler.diagnostics import ContentError, Diagnostics
from compiler.layouts import DelimitedConfig, PatternConfig
from compiler.model import Difficulty
from compiler.tomlfile import TomlFile, read_toml, validate

CONFIG_NAME = "deck.toml"


class DifficultyRule(BaseModel):
    """How a source's difficulty is known.

    - ``label``: each item carries a word or emoji; ``labels`` maps it to a level.
    - ``self-grading``: the document grades item-number ranges in prose
      (``If you can't answer 1-15, you don't know basic …``); ``labels`` maps
      the grading words (``basic``) to levels.
    - ``ranges``: item-number ranges given here, ``[[1, 15, "easy"], …]``.
    - ``fixed``: every item gets ``default``.
    ``default`` also applies to items a label or range does not cover.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    from_: Literal["label", "self-grading", "ranges", "fixed"] = Field("fixed", alias="from")
    labels: dict[str, Difficulty] = Field(default_factory=dict)
    ranges: list[tuple[int, int, Difficulty]] = Field(default_factory=list)
    default: Difficulty | None = None

    @model_validator(mode="after")
    def _fixed_means_a_level(self) -> DifficultyRule:
        """A ``[[source]]`` with no difficulty line (or ``from = "fixed"`` alone) is medium, as an
        unlisted file is: the docs' worked examples have no such line, and a note without a level
        gets no difficulty tag (trial8 H12)."""
        if self.from_ == "fixed" and self.default is None:
            self.default = Difficulty.medium
        return self


class BankKeys(BaseModel):
    """``[source.bank]``: a question bank's own key names by role, read at any depth (``question = ["stem_text"]``;
    compiler/sources/databank.py): a bank whose keys deckc does not know is read without a script."""

    model_config = ConfigDict(extra="forbid")

    question: list[str] = Field(default_factory=list)
    answer: list[str] = Field(default_factory=list)
    options: list[str] = Field(default_factory=list)
    explanation: list[str] = Field(default_factory=list)
    section: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    back: list[str] = Field(default_factory=list)  # other keys shown on the back (with answer/options named, no other is)
    # what a number in the answer key counts from: 0 (the first option is 0) or 1; unset, the bank tells (trial25 T25-30)
    answer_base: int | None = Field(default=None, ge=0, le=1)

    @field_validator("question", "answer", "options", "explanation", "section", "tags", "back", mode="before")
    @classmethod
    def _one(cls, v: object) -> object:
        return [v] if isinstance(v, str) else v  # question = "stem_text": one name

    def roles(self) -> dict[str, list[str]]:
        """The roles named, as the converter takes them (``answer_base`` as ``["0"]`` or ``["1"]``)."""
        named = {role: names for role, names in self.model_dump(exclude={"answer_base"}).items() if names}
        return named | ({"answer_base": [str(self.answer_base)]} if self.answer_base is not None else {})


class SourceConfig(BaseModel):
    """One ``[[source]]`` table."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    file: str
    title: str = ""
    layout: str | None = None  # None: detect from the text
    pattern: PatternConfig | None = None  # [source.pattern]: a declarative layout (compiler/layouts.py)
    delimited: DelimitedConfig | None = None  # [source.delimited]: a flashcard export's separator, html, tags column
    sections: str = ""
    difficulty: DifficultyRule = Field(default_factory=DifficultyRule)
    repair: list[Literal["mojibake"]] = Field(default_factory=list)
    remote_images: Literal["link", "keep", "drop"] = "link"  # http(s) images: a link, an <img>, or alt text
    encoding: str = "utf-8"  # how the file's bytes are text: "cp1252", "latin-1", … (a Python codec name)
    # Markdown: "ask" = a heading is a question when it asks (or its siblings do); "cards" = every
    # heading with text right under it is a card, its text the answer (notes and prose pages)
    headings: Literal["ask", "cards"] = "ask"
    # text under no question (lecture notes with a few questions among them): "report" = one warning per file
    # naming its lines (a question deckc missed may be among them); "skip" = they are notes: no message (T31-70)
    notes: Literal["report", "skip"] = "report"
    # Markdown: a question heading's long answer under topic sub-headings (compiler/sources/subtopics.py): "auto" =
    # each topic a card of its own, the question's answer lists them; "answer" = one answer; "cards" = split always
    subheadings: Literal["auto", "answer", "cards"] = "auto"
    # text copied out of a PDF (compiler/sources/pdftext.py): page headers, footers and numbers, form feeds
    # and words hyphenated at line ends are removed from a .txt/.md file that shows them; false keeps the text
    pdf_cleanup: bool = True
    # a PDF of lecture slides (landscape pages, overlay steps) is left out with a warning; true reads its text anyway
    pdf_slides: bool = False
    # every basic note of this source gets a card each way (a vocabulary list: word -> meaning, meaning -> word)
    reverse: bool = False
    # the question of a front that is only a picture / only audio; "" = in the notes' language (sources/prompts.py)
    prompt_picture: str = ""
    prompt_audio: str = ""
    # the file of this source's answer key ("sources/exam-answers.md"): read as its key, after it, not as questions
    key_file: str = ""
    # [source.bank]: a JSON/YAML question bank's own key names by role (compiler/sources/databank.py)
    bank: BankKeys | None = None
    # a matching exercise as a table (terms, lettered definitions, a key: compiler/sources/matching_tables.py):
    # "key" = each term with the definition its key names (no key: no card); "rows" = its rows as written
    matching: Literal["key", "rows"] = "key"
    # multiple-choice options in an order of their own (compiler/passes/shuffle.py): None = when every question
    # is keyed to one letter (a bank that puts the answer first), true = always, false = the document's order
    shuffle: bool | None = None
    # a document in parts under part headings ('Part II – True/False', 'Phần 2 – …', compiler/sources/parts.py), its
    # layout detected: "auto" = each part read with its own layout when that answers more questions; "whole" = never
    parts: Literal["auto", "whole"] = "auto"
    # Markdown notes: words that open a labelled block ('**Merksatz 2.** …') as a card of its own, as 'Definition',
    # 'Satz', 'Théorème' … do (compiler/sources/theorem_blocks.py, theorems.LABEL_WORDS)
    block_labels: list[str] = Field(default_factory=list)
    # a true/false worksheet's own marks for true and for false (["D", "Y"], ["B", "S"]): written after or before each
    # statement they are its verdict (compiler/sources/verdict_letters.py; the pairs of common languages are known)
    true_false: list[str] = Field(default_factory=list, min_length=0, max_length=2)
    # Obsidian Spaced Repetition pages: the marks that write a cloze's deletions, as the plugin's settings say
    # ("highlight" '==…==', "bold" '**…**', "curly" '{{…}}'; compiler/sources/sr_clozes.py)
    sr_clozes: list[Literal["highlight", "bold", "curly"]] = Field(default_factory=lambda: ["highlight", "curly"])
    # set when a table whose file is a glob is expanded into one source per file (read.expand_sources):
    # the table's place in deck.toml (for messages) and its pattern
    _table: int | None = PrivateAttr(default=None)
    _glob: str = PrivateAttr(default="")

    @field_validator("true_false")
    @classmethod
    def _verdict_pair(cls, v: list[str]) -> list[str]:
        marks = [m.strip() for m in v]
        if v and (len(marks) != 2 or not all(marks) or marks[0] == marks[1] or any(len(m) > 12 for m in marks)):
            raise ValueError('true_false is two marks, the one for true first: true_false = ["D", "Y"]')
        return marks

    @field_validator("encoding")
    @classmethod
    def _codec(cls, v: str) -> str:
        import codecs

        try:
            codecs.lookup(v)
        except LookupError:
            raise ValueError(f"unknown encoding {v!r} (use a Python codec name: utf-8, cp1252, latin-1, …)") from None
        return v


class DeckSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    id: int | None = None
    # the output files' name: letters of any script, digits, '.', '_' and '-' ('علوم-الصف', '生物-复习': trial28 T28-48)
    basename: str = Field("", pattern=r"^[\p{L}\p{M}\p{N}._-]*$")
    date: str = "undated"  # build date printed on the cheat sheet; from content, not the clock
    # an answer longer than this many words (a code line counts as 4) gets a warning: about two
    # phone screens (compiler/passes/length.py); 0 turns the warning off
    long_answer_words: int = Field(250, ge=0)
    # the deck's language ("de", "ru", …): the cheat sheet's hyphenation; "" = told from the notes' text (sources/prompts.py)
    language: str = Field("", pattern=r"^(?:[a-z]{2,3}(?:-[A-Za-z]{2,4})?)?$")
    # an answer over that limit: "fold" shows its lead and folds the rest under one <details> (compiler/fold.py);
    # "keep" shows it whole
    long_answers: Literal["fold", "keep"] = "fold"
    # a cloze card's other deletions: "show" them, as Anki does, hiding only one that would give the asked answer
    # away (the one holds the other: 'mitochondria' / 'mitochondrial DNA'); "hide" every one (compiler/render.cloze_html)
    cloze_siblings: Literal["show", "hide"] = "show"

    @field_validator("date", mode="before")
    @classmethod
    def _toml_date(cls, v: object) -> object:
        """``date = 2026-12-03`` unquoted is a TOML date: the same date as ``"2026-12-03"`` (trial26 T26-42)."""
        return v.isoformat() if isinstance(v, (datetime.date, datetime.time)) else v


class DeckConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    deck: DeckSettings
    source: list[SourceConfig] = Field(default_factory=list)

    @property
    def basename(self) -> str:
        base = self.deck.basename or _stem(self.deck.name)
        if base in {"collection"} or base.startswith("backup-"):
            # Anki treats collection.apkg / backup-*.apkg as a whole-collection restore.
            base = f"deck-{base}"
        return base


def _stem(name: str) -> str:
    from compiler.model import slugify

    return slugify(name, limit=80)


def load_config(content_dir: Path) -> DeckConfig:
    """Read and validate ``deck.toml``; raise :class:`ContentError` naming file, line and key."""
    diag = Diagnostics()
    toml = read_toml(content_dir / CONFIG_NAME, CONFIG_NAME, diag)
    if toml is None:
        if not diag.errors:
            from compiler.sourcefiles import SOURCE_DIR, loose_documents

            loose = loose_documents(content_dir)
            hint = f"create {CONFIG_NAME} with a [deck] table, or start a deck with `deckc init FOLDER`"
            if loose:  # (a folder of quizzes built as it is: trial25 T25-44, three wrong turns before a card)
                shown = ", ".join(loose[:3]) + (f" and {len(loose) - 3} more" if len(loose) > 3 else "")
                hint = (
                    f"this folder holds {len(loose)} document{'s' if len(loose) != 1 else ''} deckc reads ({shown}): create "
                    f'{CONFIG_NAME} here holding [deck] and name = "…", and move the documents into {SOURCE_DIR}/; or run '
                    f"`deckc init NEW-FOLDER` and copy them into NEW-FOLDER/{SOURCE_DIR}/"
                )
            diag.error(CONFIG_NAME, None, "deck config not found", hint)
        raise ContentError(diag.errors)
    config = validate(DeckConfig, toml.data, toml, diag, "see docs/content.md, 'Deck config'")
    if config is None:
        raise ContentError(diag.errors)
    seen: dict[str, int] = {}
    for i, src in enumerate(config.source):
        if src.id in seen:
            diag.error(
                CONFIG_NAME,
                toml.line(("source", i, "id")),
                f"duplicate source id {src.id!r} (also [[source]] number {seen[src.id] + 1})",
                "give each [[source]] its own id",
            )
        seen[src.id] = i
    _listed_twice(config, toml, diag)
    diag.raise_if_errors()
    return config


# what a [[source]] table says about how its cards look, not which items its file gives
_SHOWING_KEYS = {"id", "title", "sections", "difficulty", "reverse", "prompt_picture", "prompt_audio", "remote_images", "shuffle"}


def _listed_twice(config: DeckConfig, toml: TomlFile, diag: Diagnostics) -> None:
    """One file in two [[source]] tables that read it alike: every item read twice, merged into its twin without a
    word (trial21 T21-32). Tables that read it differently (another layout, a start or stop pattern: two parts of one
    file) are left alone."""
    first: dict[tuple[str, str], int] = {}
    for i, src in enumerate(config.source):
        reading = src.model_dump(exclude=_SHOWING_KEYS, mode="json")
        key = (posixpath.normpath(reading.pop("file").replace("\\", "/")), repr(sorted(reading.items())))
        if key in first:
            k = first[key]
            diag.error(
                CONFIG_NAME,
                toml.line(("source", i, "file")),
                f"{src.file} is listed twice, read alike: [[source]] {config.source[k].id!r} (line "
                f"{toml.line(('source', k, 'file'))}) and {src.id!r}; every question would be read twice",
                "keep one of the two tables",
            )
        else:
            first[key] = i


def source_line(content_dir: Path, index: int, key: str) -> int | None:
    """Line of ``key`` in the index-th [[source]] table of deck.toml (for messages)."""
    toml = read_toml(content_dir / CONFIG_NAME, CONFIG_NAME, Diagnostics())
    return toml.line(("source", index, key)) if toml else None
