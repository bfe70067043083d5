"""The read pass: every source document in, as validated items with distinct ids.

For each ``[[source]]`` of deck.toml (and each file in ``content/sources/``
that deck.toml does not list), this pass checks that the file lies inside
the content folder, decodes it, picks its layout (named, or detected with a
message saying which and the ``[[source]]`` table to paste), and runs the
reader.  Then, for every reader alike:

- a document where one item holds most of the lines is a warning (the
  layout probably does not fit);
- items whose ids would be equal get distinct, stable ids (see
  :func:`assign_ids`), and the same question twice in one file is a warning.

After overrides are applied, :func:`set_aside` keeps the items without an
answer, or whose answer is a placeholder ("Answer here", "TODO", "TBD"), out
of the cards (a warning each) and in the manifest.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import errno
import functools
import hashlib
import json
import os
import posixpath
import re
import statistics
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable
from html import escape as html_escape
from html import unescape
from pathlib import Path, PurePosixPath
from textwrap import shorten
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from pydantic import BaseModel

from compiler import uptodate, watchdog
from compiler.config import CONFIG_NAME, DeckConfig, DifficultyRule, SourceConfig, source_line
from compiler.coverage import uncovered
from compiler.diagnostics import (
    AFTER_STOP,
    NOTE_ID_FILES,
    OUTSIDE_QUESTION,
    ContentError,
    Diagnostic,
    Diagnostics,
    counted,
)
from compiler.docreplay import Documents, Replays
from compiler.layouts import ANSWER_KEY, DECLARATIVE, KEY_WORDS, PRESETS, PatternConfig
from compiler.model import (
    Block,
    BlockKind,
    Difficulty,
    Item,
    ItemKind,
    Source,
    card_content,
    item_slug,
    normalize_text,
    other_meaning,
    slugify,
    spelled_apart,
)
from compiler.pairscore import content_words
from compiler.sibling_shapes import glued_questions
from compiler.sourcefiles import (
    BACKUP_SUFFIXES,
    CODE_SUFFIXES,
    MEDIA_SUFFIXES,
    OFFICE_HINTS,
    PACKAGE_SUFFIXES,
    SHEET_SUFFIXES,
    SOURCE_DIR,
    SOURCE_SUFFIXES,
    WORKBOOK_SUFFIXES,
    attached_pdfs,
    code_name,
    exclude_hint,
    files_under,
    ignored,
    is_source,
    linked_folders,
    loose_hint,
    plain_text_file,
)
from compiler.sources import (
    answerkey,
    chatcards,
    citations,
    detect_layout,
    embeds,
    footnotes,
    pdftext,
    readers,
    shortcodes,
    startend,
    stimulus,
)
from compiler.sources.aiken import convert_aiken, looks_like_aiken, unnumbered
from compiler.sources.answer_asides import answer_asides
from compiler.sources.answer_headings import answer_headings
from compiler.sources.answer_parts import answer_parts
from compiler.sources.answer_quotes import unquoted_answers
from compiler.sources.answer_sections import answer_sections
from compiler.sources.asked_fences import asked_fences
from compiler.sources.ballots import ballot_lines
from compiler.sources.base import STRAY_NOTE, Document, load_document, make_item
from compiler.sources.bbcode import bbcode
from compiler.sources.bold_labels import bold_labels
from compiler.sources.bold_topics import bold_topics, card_titles, quoted_sides
from compiler.sources.bonus_items import bonus_items
from compiler.sources.br_lines import br_lines
from compiler.sources.bylines import drop_bylines
from compiler.sources.capitals import capitalized
from compiler.sources.caret_options import caret_options
from compiler.sources.case_records import case_records
from compiler.sources.chat_exports import chat_lines
from compiler.sources.cloze import has_cloze
from compiler.sources.color_marks import color_marks
from compiler.sources.compact_keys import column_keys, compact_keys, entry_blocks, grid_keys, part_keys
from compiler.sources.container_keys import container_keys
from compiler.sources.converted import (
    ENEX_SUFFIXES,
    MHTML_SUFFIXES,
    NOT_A_DOCUMENT,
    NOTEBOOK_SUFFIXES,
    PDF_SUFFIXES,
    TEXT_SUFFIXES,
    WEB_SUFFIXES,
    WORD_SUFFIXES,
    Converted,
    convert,
    copied_review,
    is_converted,
    literal_markdown,
    remap,
    sniffed,
)
from compiler.sources.course_choices import choice_lines
from compiler.sources.crossword import crossword, may_be_crossword
from compiler.sources.d2l import convert_d2l, is_d2l
from compiler.sources.damage import unreadable
from compiler.sources.dated_pairs import dated_pairs
from compiler.sources.details_sections import details_sections
from compiler.sources.detect import (
    CODE_TASKS_MIN,
    KNOWN_PAIRS_MIN,
    KNOWN_PAIRS_NOTE,
    Detection,
    answers_only,
    asking_title_only,
    bold_terms,
    card_page,
    front_matter_card,
    headed_page,
    hiding_fence,
    key_only,
    markdown_questions,
    note_page,
    note_shaped,
    numbered_code_tasks,
    question_list,
    repository_file,
    run_in_terms,
    run_on_line,
    solutions_only,
    suggest_pattern,
    verdict_pairs,
)
from compiler.sources.dialogue import conversation, dialogue_turns
from compiler.sources.difficulty import (
    difficulty_table,
    difficulty_toml,
    emojiish,
    front_matter_level,
    guess_combined,
    legend_levels,
    lookup_combined,
    page_level,
    scaled_levels,
    section_label,
)
from compiler.sources.directives import myst_layout
from compiler.sources.dollars import CODE_SPAN, plain_text_maths
from compiler.sources.exercise_key import (
    answered_labels,
    commented_questions,
    headed_exercises,
    keyed_exercises,
    lettered_tasks,
)
from compiler.sources.field_records import field_records
from compiler.sources.filled_blanks import (
    bracket_fills,
    filled_blanks,
    key_facts,
    numbered_blanks,
    topic_facts,
)
from compiler.sources.flashcards_plugin import flashcards_plugin, looks_like_flashcards_plugin
from compiler.sources.formula_headings import formula_headings
from compiler.sources.gap_rows import gap_key, gap_rows
from compiler.sources.glossed_entries import defined_terms, glossed_entries
from compiler.sources.glued_options import glued_options
from compiler.sources.hash_numbers import hash_numbers, number_headings, slide_headings
from compiler.sources.hints import ONLY_A_HINT, heading_hints, hint_callouts, hints_after_answer
from compiler.sources.html_blocks import html_block_lines
from compiler.sources.inline_keys import inline_keyed_options
from compiler.sources.inline_qa import (
    answered_entries,
    asked_and_answered,
    labelled_pair_entries,
    margin_questions,
)
from compiler.sources.inline_ticks import inline_ticks
from compiler.sources.item_labels import own_labels, scheme_marks, sub_numbers
from compiler.sources.joplin import NOTE as JOPLIN_NOTE
from compiler.sources.joplin import joplin_note
from compiler.sources.key_lines import key_lines
from compiler.sources.keyed_parts import keyed_parts
from compiler.sources.label_headings import labelled_pairs
from compiler.sources.label_pairs import foreign_labels
from compiler.sources.labelled import label_led
from compiler.sources.labelled_pictures import labelled_pictures
from compiler.sources.legend_tables import legend_tables
from compiler.sources.letter_pairs import dash_labels, letter_pairs
from compiler.sources.lettered_items import lettered_items
from compiler.sources.letters import Written, latin_option_letters, page_labels, page_originals
from compiler.sources.liascript import liascript_quizzes
from compiler.sources.line_pairs import line_pairs, numbered_pairs
from compiler.sources.lines import (
    ANSWER_LABEL_HEADING,
    BRACKET_GAP,
    CLOSERS,
    MARKDOWN_SUFFIXES,
    PROMPT_AFTER_ASK,
    QUESTION_MARKS,
    TASKS_ASK,
    aligned_pairs,
    ankdown_cards,
    answer_first_pairs,
    asking_prompt,
    blank_first,
    boxed_verdicts,
    bracket_labels,
    bracketed_keys,
    card_links,
    char_references,
    coded_pipes,
    deck_markdown,
    dotted_answer_labels,
    drop_properties,
    emoji_numbers,
    emoji_verdicts,
    field_cards,
    front_matter_end,
    front_matter_fault,
    glue_separators,
    graded_numbers,
    has_question_label,
    in_fence,
    inline_card,
    is_placeholder,
    labelled_fields,
    labelled_items,
    labelled_numbers,
    letter_numbers,
    lone_answer_labels,
    numbered_options,
    numbered_questions,
    only_questions,
    opens_asking,
    outer_pipes,
    paragraph_pairs,
    plain_labels,
    quoted_glossaries,
    same_line_pairs,
    slug_title,
    space_numbers,
    spaced_boxes,
    spaced_word_pairs,
    spark_cards,
    speaker_notes,
    squash,
    tagged_line_cards,
    task_lead,
    tight_pairs,
    title_properties,
    titled_answers,
    todo_lists,
    todo_page,
    unescape_numbers,
    verdict_first,
    wide_labels,
    write_in,
)
from compiler.sources.linkrefs import inline_references
from compiler.sources.listed_key import listed_keys
from compiler.sources.listed_quiz import listed_quiz
from compiler.sources.logseq import logseq_clozes
from compiler.sources.lone_letters import lone_letters
from compiler.sources.lone_numbers import lone_numbers
from compiler.sources.mark_schemes import answers_asked, asked_numbers, scheme_numbers, unboxed_numbers
from compiler.sources.markdown import _LINKED_INDEX, _READING_LIST, INDEX_PAGE
from compiler.sources.markdown_blocks import (
    FORUM_WORDS,
    HINT_REASON,
    LOGISTICS_REASON,
    TASK_REASON,
    alternating_cards,
    answered_paragraphs,
    answered_parts,
    checklist_questions,
    d2l_markup,
    follow_up_lines,
    inline_options_labels,
    italic_keys,
    labelled_question_headings,
    mdx_furniture,
    mixed_card_lines,
    options_labels,
    quoted_questions,
    slug_anchors,
    straight_titles,
    strip_front_matter,
    titled_content_heading,
    unclosed_summaries,
)
from compiler.sources.marks_lines import marks_lines, paper_numbers
from compiler.sources.matching_tables import matching_tables
from compiler.sources.mdanki import mdanki_cards
from compiler.sources.named_pictures import named_pictures
from compiler.sources.native_numbers import native_numbers
from compiler.sources.nested_options import nested_options
from compiler.sources.note import front_matter_title, note_front
from compiler.sources.number_keys import number_keys
from compiler.sources.open_fences import close_open_comment, close_open_fences, fenced_comments
from compiler.sources.option_tables import option_tables
from compiler.sources.options_column import options_columns
from compiler.sources.ordering import ordered_answers
from compiler.sources.ordinal_items import ordinal_items
from compiler.sources.page_tail import page_tail
from compiler.sources.pair_sections import pair_sections
from compiler.sources.paired_bullets import paired_bullets
from compiler.sources.parts import (
    label_lines,
    part_lines,
    part_spans,
    record_heads,
    section_heads,
    section_spans,
)
from compiler.sources.pdf import SLIDES as PDF_SLIDES
from compiler.sources.pdf_fronts import refused as refused_fronts
from compiler.sources.pi_quizzes import pi_quizzes
from compiler.sources.problem_parts import PROBLEM_HEADING, problem_parts
from compiler.sources.prompts import other_language
from compiler.sources.quiztags import quiz_tags
from compiler.sources.quoted import unquote_questions
from compiler.sources.quoted_asks import quoted_asks
from compiler.sources.quoted_options import quoted_options
from compiler.sources.reading_gloss import reading_glosses
from compiler.sources.recall_notes import recall_lines
from compiler.sources.reference_lists import reference_footnotes
from compiler.sources.repo_sections import repo_sections
from compiler.sources.restated_keys import instructed, restated_keys, ticked_answers
from compiler.sources.rst import convert_rst, looks_like_rst
from compiler.sources.ruled_cards import ruled_cards
from compiler.sources.sayings import quoted_sayings
from compiler.sources.set_pages import set_page
from compiler.sources.shallow_answers import shallow_answers
from compiler.sources.side_columns import side_by_side, side_questions
from compiler.sources.sign_marks import sign_marks
from compiler.sources.sitemeta import category_sections
from compiler.sources.solution_toggles import asked_toggles, entry_toggles, joined_toggles, toggle_headings
from compiler.sources.solved_copies import solved_exam
from compiler.sources.spoilers import spoiler_answers
from compiler.sources.stacked_headings import stacked_headings, wrapped_headings
from compiler.sources.starred_items import starred_items
from compiler.sources.stem_keys import stem_keys
from compiler.sources.stem_labels import STEM_LINE, stem_labels
from compiler.sources.sub_tasks import numbered_cases, spaced_parts, split_parts
from compiler.sources.suggest import (
    Inline,
    document_title,
    fixed_table,
    source_toml,
    topic_heading,
    topical_title,
)
from compiler.sources.task import MARKER as TASK_MARKER
from compiler.sources.task import joined, task_pairs
from compiler.sources.term_defs import term_definitions
from compiler.sources.tfgrid import true_false_grids
from compiler.sources.theorem_blocks import theorem_blocks
from compiler.sources.trailing_marks import trailing_marks
from compiler.sources.truefalse import in_own_language, marked_verdicts, verdict_groups
from compiler.sources.underlines import (
    atx_headings,
    heading_rules,
    heading_tags,
    open_headings,
    rule_underlines,
)
from compiler.sources.vault_hidden import hide as hide_vault_text
from compiler.sources.vault_hidden import plugin_page
from compiler.sources.verb_pairs import bracketed_meanings, outline_terms, pair_outline, verb_pairs
from compiler.sources.verdict_letters import tick_columns, verdict_letters, verdict_tables
from compiler.sources.verse import verse_cards
from compiler.sources.word_bank import word_banks
from compiler.sources.word_keys import word_keys
from compiler.sources.wrapped_bold import wrapped_bold_questions, wrapped_bold_terms
from compiler.sources.wrapped_pairs import wrapped_pairs

if TYPE_CHECKING:
    from compiler.itemcache import ItemCache

ONE_ITEM_LEAD = 3  # non-blank lines (a title, front matter) before the only item of a one-question file
ONE_CARD_SHARE = 0.6  # one item holding more of a document's lines than this: the layout does not fit
OUTLIER_TIMES = 10  # an item this many times longer than the median item (and longer than OUTLIER_MIN_LINES)
OUTLIER_MIN_LINES = 8  # ran on into text that is not its answer

NAMED = "named in deck.toml"  # the why of a layout deck.toml names
PARTS = "parts"  # the layout a source read part by part is listed with (compiler/sources/parts.py)

Progress = Callable[[str], None]
MISSING_SOURCE = "missing-source:"  # the group of a listed file's 'not found' error, then its source id


def unlisted_sources(content_dir: Path, config: DeckConfig) -> list[SourceConfig]:
    """Files in content/sources/ the config does not name: compiled with a detected layout."""
    listed = {Path(s.file).as_posix() for s in config.source}
    # a file a table means but misspells ('sources\\cards.tsv', 'sources/Cards.tsv'): the error says so, never read
    # again as unlisted with a second table to paste (trial24 T24-20)
    listed |= {meant for s in config.source if not (content_dir / s.file).is_file() and (meant := _meant_file(content_dir, s.file))}
    taken = {s.id for s in config.source}
    extra = []
    folder = content_dir / SOURCE_DIR
    files = files_under(folder)
    attached = attached_pdfs(files) if any(p.suffix.lower() == ".pdf" for p in files) else set()
    for path in files:
        rel = path.relative_to(content_dir).as_posix()
        if rel in listed or not (is_source(path.name) or plain_text_file(path) or _exercise_code(path)):
            continue  # editor backups (notes.md~, .swp), media and other files are not sources
        if path.name.lower() in attached:
            continue  # a PDF a note links to or embeds: an attachment the note shows, no document of its own
        within = path.relative_to(folder).with_suffix("").as_posix()  # 'chapter2/anki': a subfolder names the id too
        sid = _free_id(within.replace("/", "-"), taken)
        taken.add(sid)
        title = _NOTION_ID.sub("", path.stem) or path.stem
        extra.append(SourceConfig(id=sid, file=rel, title=title, difficulty=DifficultyRule(default=Difficulty.medium)))
    return extra


# the id Notion's export appends to every file's name ('Flashcards 3f9a2c1d8e7b4a6f9c0d1e2f3a4b5c6d.csv'): no part of
# the title a card's back names its source by (trial26 T26-35); the source's id keeps it, so no note changes its GUID
_NOTION_ID = re.compile(r"\s+[0-9a-f]{32}$")


GLOB = re.compile(r"[*?\[]")


def expand_sources(content_dir: Path, config: DeckConfig, diag: Diagnostics) -> DeckConfig:
    """One ``[[source]]`` table for many files: a ``file`` with a glob (``sources/vault/*.md``,
    ``sources/notes/**/*.md``) is one source per matching file, read with the table's settings.

    Each file gets the id it would get unlisted (its path under sources/, '/' as '-'), so pasting the
    table a build printed for a folder changes no note; a file another table names is read with that
    table (its own comes first), and a file two globs match with the first.  A glob that matches no
    source file is an error at its line in deck.toml.
    """
    # (a file whose name holds '[' and is there, 'Quiz [v2].txt', is that file, never a pattern: trial25 T25-55)
    globbed = [bool(GLOB.search(s.file)) and not (content_dir / s.file).is_file() for s in config.source]
    if not any(globbed):
        return config
    named = {Path(s.file).as_posix() for s, glob in zip(config.source, globbed, strict=True) if not glob}
    taken = {s.id for s in config.source}
    claimed: set[str] = set()
    out: list[SourceConfig] = []
    folder = content_dir / SOURCE_DIR
    for index, src in enumerate(config.source):
        if not globbed[index]:
            src = src.model_copy()
            src._table = index
            out.append(src)
            continue
        uptodate.note_glob(src.file)  # a file it matches later is a source too
        refused = inside_content(content_dir, src.file)
        try:
            matches = [] if refused else sorted(content_dir.glob(src.file), key=lambda p: p.as_posix())
        except (ValueError, NotImplementedError, OSError) as exc:  # '**a', a pattern pathlib refuses
            refused, matches = f"file pattern {src.file!r} is not a glob deckc can read ({exc})", []
        found = []
        for path in matches:
            rel = path.relative_to(content_dir).as_posix()
            hidden = any(part.startswith((".", "#")) for part in Path(rel).parts)
            if hidden or not path.is_file() or not (path.suffix.lower() in SOURCE_SUFFIXES or plain_text_file(path) or _exercise_code(path)) or rel in named | claimed:
                continue
            claimed.add(rel)
            within = path.relative_to(folder) if path.is_relative_to(folder) else path.relative_to(content_dir)
            sid = _free_id(within.with_suffix("").as_posix().replace("/", "-"), taken)
            taken.add(sid)
            one = src.model_copy(update={"id": sid, "file": rel})
            one._table, one._glob = index, src.file
            found.append(one)
        if not found:
            diag.error(
                CONFIG_NAME,
                source_line(content_dir, index, "file"),
                f"source {src.id!r}: " + (refused or f"no source file matches {src.file!r}"),
                "fix the pattern (relative to the content folder, e.g. sources/notes/*.md), or remove this [[source]] table",
            )
        out.extend(found)
    return config.model_copy(update={"source": out})


JS_BANK_BYTES = 5_000_000  # a larger script is a program, not read to tell


def _js_bank(path: Path) -> bool:
    """Whether a JavaScript file is one assignment of a list or object of records (a quiz app's question file)."""
    from compiler.sources.databank import js_data

    try:
        if path.stat().st_size > JS_BANK_BYTES:
            return False
        uptodate.note(path)
        return js_data(path.read_text(encoding="utf-8", errors="replace")) is not None
    except OSError:
        return False


def _said_of_each(why: str) -> str:
    """A file's reading said of each file of a folder ('it asks no question; …' → 'none asks a question; …', 'its
    headings …' → 'their headings …', 'a reStructuredText document …' → 'each a reStructuredText document …'; trial56:
    the folder's message read "each it asks no question")."""
    if why.startswith("it asks no question"):
        return "none asks a question" + why.removeprefix("it asks no question")
    if why.startswith("its "):
        return "their " + why.removeprefix("its ")
    return f"each {why}"


def _exercise_code(path: Path) -> bool:
    """A program file whose comments number its exercises over the code that answers them (an SQL exercise file's
    '-- 1.1 Select …' over its query): read as those exercises (compiler.sources.code_exercises, trial56 T56-4)."""
    if path.suffix.lower() not in CODE_SUFFIXES or ignored(path.name):
        return False
    from compiler.sources.code_exercises import commented_exercises

    uptodate.note(path)
    return commented_exercises(path)


def _script(path: Path) -> bool:
    """A file without a suffix that starts with ``#!``: a program run by the interpreter it names."""
    try:
        with path.open("rb") as stream:
            return stream.read(2) == b"#!"
    except OSError:
        return False


def _other_files(content_dir: Path, config: DeckConfig, included: set[str]) -> list[Diagnostic]:
    """Files in sources/ that are neither sources nor media nor included by a page: never ignored silently,
    and said once for all of them with a count (a cloned repository's 20 .java/.pdf files are one warning)."""
    diag = Diagnostics()
    folder = content_dir / SOURCE_DIR
    listed = {Path(s.file).as_posix() for s in config.source}
    for path in files_under(folder):  # editor backups and hidden files are left out already
        rel = path.relative_to(content_dir).as_posix()
        suffix = path.suffix.lower()
        if rel in listed or rel in included:
            continue
        if suffix in SOURCE_SUFFIXES or suffix in MEDIA_SUFFIXES or suffix in BACKUP_SUFFIXES or plain_text_file(path) or _exercise_code(path):
            continue
        readable = ", ".join(sorted(SOURCE_SUFFIXES))
        if path.is_symlink() and not path.exists():  # (trial11 P18: told it was no text document)
            if _loops(path):  # (trial22 T22-40: a loop was called a link to nothing)
                diag.warning(rel, None, "not read: a symbolic link that loops (it leads back to itself through links)", "remove one of the links", group="link-loop")
            else:
                diag.warning(rel, None, "not read: a broken link (it points at nothing)", "remove it, or link it to a file", group="broken-link")
            continue
        if suffix in OFFICE_HINTS:  # (learner5 L25: 'save it as text' for a spreadsheet said nothing useful)
            what, how = OFFICE_HINTS[suffix]
            diag.warning(rel, None, f"not read: {what} ({suffix})", how, group=f"not-read-office:{what}")
            continue
        if suffix in (".js", ".mjs") and _js_bank(path):  # a quiz app's 'window.questions = [ … ];' (trial18 T18-22)
            diag.warning(
                rel,
                None,
                "not read: a JavaScript file that holds a question list (its one statement assigns it: 'window.questions = [ … ];')",
                f"rename it {Path(rel).stem}.json: deckc reads the list inside the assignment as a question bank",
                group="not-read-js-bank",
            )
            continue
        if suffix in CODE_SUFFIXES or code_name(path.name) or (not suffix and _script(path)):  # a quiz app's questions.py or an SQL dump: text, but not a document (trial11 P108)
            diag.warning(
                rel,
                None,
                "not read: a program or a database dump; deckc reads documents, not code",
                "export its questions as CSV or JSON (question and answer columns) into sources/, or move it out of sources/",
                group="not-read-code",
            )
            continue
        diag.warning(
            rel,
            None,
            f"not read: deckc reads documents of these types only ({readable}) in sources/",
            "save it as text or Markdown (or export it as CSV/TSV), or move it out of sources/",
            group="not-read",
        )
    for path in linked_folders(folder):
        diag.warning(
            path.relative_to(content_dir).as_posix(),
            None,
            "not read: a link to a folder (deckc follows none: one may loop or lead out of the content folder)",
            "move or copy the folder itself into sources/",
            group="folder-link",
        )
    return diag.items


_ESCAPES = {"\n": "/n", "\t": "/t", "\r": "/r", "\b": "/b", "\f": "/f", "\\": "/"}


def _escaped_path(file: str) -> str | None:
    """A deck.toml path a Windows user wrote with backslashes in double quotes, where TOML took ``\n``, ``\t`` …
    for escapes ('sources\networking.md' is 'sources', a line break, 'etworking.md'): the path meant, or None."""
    if not any(c in file for c in "\n\t\r\b\f"):
        return None
    return "".join(_ESCAPES.get(c, c) for c in file)


ID_LIMIT = 40  # characters of an automatic source id


def _free_id(stem: str, taken: set[str]) -> str:
    """An automatic source id from a file's path under sources/ that depends on that path alone (trial6 F31):
    a path too long for the id is cut and marked with a hash of the whole path, and an id another file
    already has gets that hash too, so adding a file never renames another's notes (a counter did). A name in
    another script keeps its Latin letters and digits, marked with a hash of the whole name ('doc-1a2b3c4d')."""
    mark = hashlib.sha256(stem.encode()).hexdigest()[:4]
    base = slugify(stem, limit=ID_LIMIT)
    if not base.isascii():  # '面试题', 'algorithm-hash-table-구현하기' (trial9 T20: a traceback): ids are ASCII
        latin = re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9_-]+", "-", base)).strip("-_")[: ID_LIMIT - 10].strip("-_")
        whole = hashlib.sha256(stem.encode()).hexdigest()[:8]  # (the name's own letters are the hash's)
        base = f"{latin}-{whole}" if latin else f"doc-{whole}"
    elif base != slugify(stem, limit=10_000):
        base = f"{slugify(stem, limit=ID_LIMIT - 5)}-{mark}"
    sid, n = base, 2
    if sid in taken:
        sid = f"{base}-{mark}"
    while sid in taken:
        sid, n = f"{base}-{mark}-{n}", n + 1
    return sid


DANGLING = "which does not exist"  # what a link whose target is gone is said to lead to


def inside_content(content_dir: Path, file: str) -> str | None:
    """Why a source path is refused (absolute, ``..`` out of content/, a symlink pointing out), or None."""
    if Path(file).is_absolute() or file.startswith(("/", "\\")) or (len(file) > 1 and file[1] == ":"):
        return f"source path {file!r} is absolute"
    root = content_dir.resolve()
    link = content_dir / file
    try:
        target = link.resolve()
        if link.is_symlink() and not target.exists():  # (a link whose target is gone: no folder it leads out of)
            return f"source path {file!r} is a link to {os.readlink(link)!r}, {DANGLING}"
    except (OSError, RuntimeError):  # a symbolic link to itself, or to a link back to it
        return f"source path {file!r} is a symbolic link that loops (it leads back to itself through links)"
    if not target.is_relative_to(root):
        return f"source path {file!r} leads outside the content folder"
    return None


def _loops(path: Path) -> bool:
    """Whether a link that leads nowhere leads back to itself (a loop) rather than to a missing file."""
    try:
        os.stat(path)
    except OSError as err:
        return err.errno == errno.ELOOP
    return False


def _meant_file(content_dir: Path, file: str) -> str | None:
    """The file a ``file = …`` that names none means, relative to the content folder: the same path written with
    '/' for a Windows '\\' ('sources\\cards.tsv'), or the one file whose name differs only in letter case
    ('sources/Cards.TSV', which Windows and macOS open as 'sources/cards.tsv'; trial24 T24-20: the build read the
    file as unlisted and dropped the table's title, layout and difficulty unsaid). None when there is no such file."""
    slashed = file.replace("\\", "/")
    if slashed != file and (content_dir / slashed).is_file():
        return slashed
    folder, name = (content_dir / slashed).parent, Path(slashed).name
    if not folder.is_dir():
        return None
    alike = [p for p in folder.iterdir() if p.name.casefold() == name.casefold() and p.is_file()]
    return str(alike[0].relative_to(content_dir).as_posix()) if len(alike) == 1 else None


def _folder_hint(folder: Path, file: str) -> str:
    """What to write for a [[source]] that names a folder: its documents alike through a glob of their most
    common readable suffix (trial22 T22-40: 'name one document' hid the glob form the README documents)."""
    suffixes = Counter(p.suffix.lower() for p in files_under(folder) if p.suffix.lower() in SOURCE_SUFFIXES)
    one = "or one [[source]] table per document"
    if not suffixes:
        return f"name one document in `file = …` ({one}); the folder holds no document deckc reads"
    suffix = max(sorted(suffixes), key=lambda s: suffixes[s])
    pattern = f"{file.rstrip('/')}/*{suffix}"
    return f'to read every {suffix} file in it alike, write `file = "{pattern}"` ({one})'


ONE_CARD_LINES = 3  # non-blank lines of a file that holds one card at most (a header row, a question, its answer)


def _one_card(doc: Document, src: SourceConfig) -> Detection | None:
    """A file of one card (``Q: …`` / ``A: …``, one tab- or comma-separated row under its header): detection
    weighs a shape by how often it repeats, and one card repeats nothing, so such a file was "cannot tell this
    document's layout" and, alone, stopped the build (trial14 T14-31: a user's first test file; exports that
    write a file per card). The layout that reads exactly one item from it, with nothing left over, is it."""
    if sum(1 for line in doc.lines if line.strip()) > ONE_CARD_LINES and not _one_question(doc):
        return None
    known = readers()
    for layout in ("qa", "delimited"):
        trial = Diagnostics()
        try:
            items = known[layout].read(doc, src.model_copy(update={"layout": layout}), trial)
        except ContentError:
            continue
        if len(items) == 1 and not trial.items:
            return Detection(layout, 1.0, "a file of one card")
    return None


def _one_question(doc: Document) -> bool:
    """A file whose first line is its only question line (``Q: …``, or a plain question written so by
    :func:`~compiler.sources.lines.paragraph_pairs`) over one answer line and its paragraph: one card however long
    the answer (a single question over a paragraph was "cannot tell this document's layout")."""
    item, answer = re.compile(PRESETS["qa"].item or ""), re.compile(PRESETS["qa"].answer or "")
    body = [line for line in doc.lines if line.strip()]
    return bool(body) and bool(item.match(body[0])) and sum(1 for line in body if item.match(line)) == 1 and sum(1 for line in body if answer.match(line)) == 1


NOTE_FOLDER_PAGES = 3  # Markdown pages under a folder, at least, for their shape to be the folder's (else its parent's)
FOLDER_NOTE = "most pages of its folder are one note each, and read otherwise it leaves text in no card: one note, its file name the front"


class _NoteFolders:
    """Which unlisted Markdown pages stand in a folder of one-note pages (a Docusaurus/MkDocs site, one answer per
    page: T33-1): the nearest folder holding a few of them has more pages of one note's shape (no heading, no
    question) than not. Such a page that another reading would leave text of in no card (its opening definition
    over bold-labelled paragraphs read as pairs, a page of prose and code that no layout fits) is read as its
    siblings are, so the folder's one printed table reads every page alike. Asked only of such a page: the
    siblings are opened once, on the first."""

    def __init__(self, content_dir: Path, pages: list[SourceConfig], asked: Documents) -> None:
        self.content_dir = content_dir
        # (a notebook's file is JSON, never one note's shape as its bytes read: a folder of notebooks was a folder of
        # one-note pages, and a notebook that left text in no card was one card of all its cells, trial55 T55-9)
        self.pages = [s for s in pages if Path(s.file).suffix.lower() in MARKDOWN_SUFFIXES and Path(s.file).suffix.lower() != ".ipynb"]
        self.shaped: dict[str, bool] = {}
        self.asked = asked

    def _shaped(self, src: SourceConfig) -> bool:
        if src.file not in self.shaped:
            try:
                with uptodate.unheard():  # (a page's reading depends on this answer, kept with it: not on the bytes)
                    self.shaped[src.file] = note_shaped(load_document(self.content_dir / src.file, src.file, src.encoding))
            except (ContentError, OSError):
                self.shaped[src.file] = False
        self.asked.consulted(src.file, self.shaped[src.file])
        return self.shaped[src.file]

    def shape(self, rel: str) -> bool:
        """Whether the page ``rel`` is of one note's shape (asked when a kept reading is replayed)."""
        src = next((s for s in self.pages if s.file == rel), None)
        return src is not None and self._shaped(src)

    def holds(self, rel: str) -> bool:
        """Whether the page ``rel`` is one of them (a page itself of one note's shape, in such a folder)."""
        if not any(s.file == rel for s in self.pages):
            return False
        under: list[SourceConfig] = []
        for folder in Path(rel).parents:
            under = [s for s in self.pages if Path(s.file).is_relative_to(folder)]
            if len(under) >= NOTE_FOLDER_PAGES or folder.as_posix() == SOURCE_DIR or not folder.parts:
                break
        shaped = sum(1 for s in under if self._shaped(s))
        return len(under) >= NOTE_FOLDER_PAGES and 2 * shaped > len(under) and self.shaped.get(rel, False)


def _cannot_tell(rel: str, diag: Diagnostics, mark: int) -> bool:
    """Whether all detection said of the page since ``mark`` is that it cannot tell its layout (no other verdict: a
    to-do list, a placeholder, questions without answers are no note)."""
    said = diag.items[mark:]
    return bool(said) and all(d.group == f"layout:{rel}" and "cannot tell this document's layout" in d.message for d in said)


def _text_left(doc: Document, items: list[Item], diag: Diagnostics, mark: int) -> bool:
    """Whether a reading leaves text of the page in no card: text it said is outside any question, or an opening
    paragraph above its first item (:func:`_opening_left`)."""
    return any(d.group == OUTSIDE_QUESTION and d.file == doc.rel for d in diag.items[mark:]) or not items or _opening_left(doc, items) is not None


OPENING_CHARS = 40  # text above a page's first item this long, said as sentences are, is a paragraph of it, never its title
_SENTENCE_ENDS = (".", "!", "?", "…", "。", "！", "？", "؟", "।")


def _opening_left(doc: Document, items: list[Item]) -> int | None:
    """The first line of a paragraph above the page's first item that is in no card: a delimited reading drops it
    unsaid (T33-1: 'Event Loop.md' lost its opening definition). None is: a heading, a title line (short, or not
    ended as a sentence: 'Vocabulario – Unidad 3: La casa y los muebles'), or a lead-in that ends with ':'."""
    first = min(min((i.locator.line for i in items), default=1), len(doc.lines) + 1)
    start = (front_matter_end(doc.lines) or -1) + 1
    para: list[int] = []
    for n in range(start, first):  # (the line before the first item ends the last paragraph)
        line = doc.lines[n].strip() if n < first - 1 else ""
        if line and not line.startswith(("#", "<")):
            para.append(n)
            continue
        text = " ".join(doc.lines[k].strip() for k in para)
        if len(text) >= OPENING_CHARS and not text.endswith((":", "：")) and (len(para) > 1 or text.rstrip(CLOSERS).endswith(_SENTENCE_ENDS)):
            return para[0] + 1
        para = []
    return None


_LOSS_SAID = ("in no card", "not in any card", "no question read in it")  # a reader's own word that text is left out


def _loss_said(diag: Diagnostics, mark: int, rel: str) -> bool:
    """Whether a reader already said text of the page is in no card ('text outside any question …', a section's
    intro): the coverage check adds no second message for the same loss."""
    return any(d.file == rel and (d.group == OUTSIDE_QUESTION or any(w in d.message for w in _LOSS_SAID)) for d in diag.items[mark:])


def _say_uncovered(doc: Document, found: list[Item], layout: str, diag: Diagnostics) -> None:
    """Study text a guessed layout leaves in no item, said once, at its first line with the count of its lines: a
    page of two shapes read by the shape of one loses the other's lines unsaid (a '**Term** — …' list over a numbered
    quiz, a bold-term list over a table: T37-4, sitting 38). The page's frame (headings, title, intro, lead-ins,
    tables of contents, a licence or footer) is never counted (compiler/coverage.py)."""
    left = uncovered(doc.lines, found)
    if not left:
        return
    read_as = f"the layout {layout!r} guessed for it" if layout else "the layouts guessed for its parts"
    diag.warning(
        doc.rel,
        left[0],
        f"{counted(len(left), 'line')} of text {'is' if len(left) == 1 else 'are'} in no card: {read_as} reads "
        f"{counted(len(found), 'item')} and none of them holds {'it' if len(left) == 1 else 'these lines'}",
        "write that text in the shape of the page's other items, or move it to a file of its own (each file is read "
        "with its own layout); if no card needs it, describe the page with a [[source]] table and a [source.pattern] "
        "skip for those lines in deck.toml, or rename the file #name to leave it out of the deck",
        group="uncovered",
    )


UNANSWERED_SHOWN = 8  # lines of a page's unanswered questions named in its one message
ANSWER_KEY_LINE = re.compile(ANSWER_KEY)  # a line that heads an answer key ('## Answers', '**Answer key:**')
KEY_FILE_BYTES = 20_000  # an answer key file alone is at most this long (hundreds of entries)


def _solved_copies(
    content_dir: Path, sources: list[SourceConfig], unlisted: list[SourceConfig], keys: dict[str, str], answered: dict[str, str]
) -> dict[str, str]:
    """Files paired by name with a solutions file that copies their problems (``packet1.tex`` /
    ``packet1_solutions.tex``, each problem followed by its solution): the pairing is undone, so the solutions file is
    read as the document it is, and the unsolved twin, when deck.toml does not list it, is left out (said) ->
    ``{the unsolved file: its solved copy}`` (trial20 T20-28: the solutions were joined as a key that matched nothing)."""
    listed = {s.file for s in sources} - {s.file for s in unlisted}
    by_file = {s.file: s for s in sources}
    out: dict[str, str] = {}
    for key, exam in list(answered.items()):
        if key in listed or exam not in by_file or key not in by_file:
            continue  # (a key_file deck.toml names is one)
        texts = []
        for name in (exam, key):
            path = content_dir / name
            try:
                if not path.is_file() or path.stat().st_size > KEY_FILE_BYTES * 20:
                    break
                texts.append(load_document(path, name, by_file[name].encoding).lines)
            except (ContentError, OSError):
                break
        if len(texts) == 2 and answerkey.restates(texts[0], texts[1], PurePosixPath(key).name):
            del answered[key]
            keys.pop(by_file[exam].id, None)
            if exam not in listed:
                out[exam] = key
    return out


def _byte_copies(content_dir: Path, sources: list[SourceConfig], unlisted: list[SourceConfig]) -> dict[str, str]:
    """Files deck.toml does not name one by one (unlisted, or matched by a glob) whose bytes another source file
    has: ``{the copy: the file read}`` (trial32 T32-33: 'quiz (1).txt', a second download, turned every note of
    the quiz into "updated", its Sources naming both). The file kept is a listed one, else the shortest name
    (the one without the copy's mark), then the first in path order."""
    loose = {s.file for s in unlisted} | {s.file for s in sources if s._glob}
    by_size: dict[int, list[str]] = {}
    for s in sources:
        try:
            size = (content_dir / s.file).stat().st_size
        except OSError:
            continue
        if size:
            by_size.setdefault(size, []).append(s.file)
    out: dict[str, str] = {}
    for files in by_size.values():
        if len(files) < 2 or not loose.intersection(files):
            continue
        by_hash: dict[str, list[str]] = {}
        for name in files:
            try:
                by_hash.setdefault(hashlib.sha256((content_dir / name).read_bytes()).hexdigest(), []).append(name)
            except OSError:
                continue
        for same in by_hash.values():
            kept = min(same, key=lambda f: (f in loose, len(Path(f).name), f))
            out.update({f: kept for f in same if f != kept and f in loose})
    return out


def _keys_by_content(
    content_dir: Path, sources: list[SourceConfig], unlisted: list[SourceConfig], keys: dict[str, str], answered: dict[str, str]
) -> dict[str, int]:
    """Unlisted files that are only an answer key (``# Answer key`` / ``1. B`` / ``2. A``, named like nothing: trial16
    T16-45, a card ``Answer key`` / ``B A A``) -> their entries' count. Each is paired (into ``keys`` and ``answered``)
    with the one file of its folder whose numbered questions it numbers and that has no key of its own; one that
    pairs with none is listed too (no card, a message naming key_file)."""
    found: dict[str, int] = {}
    texts: dict[str, list[str]] = {}

    def lines_of(s: SourceConfig) -> list[str]:
        if s.file not in texts:  # (a regular file only: a FIFO in sources/ would block the build)
            path = content_dir / s.file
            try:
                texts[s.file] = load_document(path, s.file, s.encoding).lines if path.is_file() else []
            except (ContentError, OSError):
                texts[s.file] = []
        return texts[s.file]

    def small(s: SourceConfig) -> bool:  # (a key is a short file: a long one is never read twice for this)
        try:
            path = content_dir / s.file
            return path.is_file() and path.stat().st_size <= KEY_FILE_BYTES
        except OSError:
            return False

    prose = [s for s in sources if Path(s.file).suffix.lower() in (*MARKDOWN_SUFFIXES, ".txt") and not s._glob]
    prose_files = {s.file for s in prose}  # (a set of names: 'in' a list of models compared 1,500 × 1,500 of them, T22-36)
    for s in unlisted:
        if s.file not in prose_files or s.file in answered or not small(s):
            continue
        text = "\n".join(lines_of(s))
        if "|" in text and verdict_tables(text) != text:
            continue  # ('| 1 | Plant cells have a cell wall. | True |': a true/false table, no key: T29-59)
        numbers = key_only(lines_of(s))
        scheme = [] if numbers else scheme_numbers(lines_of(s))  # '01.1 | mitochondria | 1 | …' rows (T26-39)
        if not numbers and not scheme:
            continue
        found[s.file] = len(numbers or scheme)
        folder = str(Path(s.file).parent)
        exams = [
            o
            for o in prose
            if o is not s and str(Path(o.file).parent) == folder and o.id not in keys and o.file not in answered
            and not key_only(lines_of(o)) and not scheme_numbers(lines_of(o))
            and (set(numbers) <= numbered_questions(lines_of(o)) if numbers else answers_asked(scheme, asked_numbers(lines_of(o))))
            and not any(ANSWER_KEY_LINE.match(line) for line in lines_of(o))
        ]  # fmt: skip
        if len(exams) == 1:
            keys[exams[0].id], answered[s.file] = s.file, exams[0].file
    return found


def _sibling_keys(
    content_dir: Path, sources: list[SourceConfig], unlisted: list[SourceConfig], keys: dict[str, str], answered: dict[str, str]
) -> dict[str, list[str]]:
    """Unlisted files named as keys (``Quiz-Answers.md``, ``answer_key.md``) that hold only answers, in sections named after
    quizzes (``## Quiz 1: Git Fundamentals`` / ``1. **b) …**``) -> the files of their folder whose titles or numbers those
    sections name, each paired (into ``keys`` and ``answered``) with the key; no pairing unless every section names one
    quiz of its own (trial42 T42-3: the quizzes gave 'none marked correct', the key 18 cards of right options)."""
    out: dict[str, list[str]] = {}
    prose = [s for s in sources if Path(s.file).suffix.lower() in MARKDOWN_SUFFIXES and not s._glob]
    for s in unlisted:
        if s not in prose or s.file in answered or not answerkey.KEY_NAME.search(Path(s.file).stem):
            continue
        path = content_dir / s.file
        try:
            if not path.is_file() or path.stat().st_size > KEY_FILE_BYTES:
                continue
            lines = load_document(path, s.file, s.encoding).lines
        except (ContentError, OSError):
            continue
        if answers_only(lines) is None:
            continue
        folder = str(Path(s.file).parent)
        quizzes: dict[str, tuple[str, list[str]]] = {}
        for o in prose:
            if o is s or str(Path(o.file).parent) != folder or o.id in keys or o.file in answered:
                continue
            try:
                quizzes[o.id] = (Path(o.file).stem, load_document(content_dir / o.file, o.file, o.encoding).lines)
            except (ContentError, OSError):
                continue
        paired = answerkey.sibling_quizzes(lines, quizzes)
        if not paired:
            continue
        files = {o.id: o.file for o in prose}
        for sid in paired:
            keys[sid] = s.file
        answered[s.file] = files[paired[0]]
        out[s.file] = [files[sid] for sid in paired]
    return out


def _layout_for(
    doc: Document,
    src: SourceConfig,
    listed: bool,
    diag: Diagnostics,
    config_line: Callable[[], int | None],
    cache: ItemCache | None = None,
) -> Detection | None:
    """The layout to read the document with: the named one, the pattern's, or the detected one. A detection is kept
    in the item cache by the document's text and table, with what it said: a folder of 1,500 notes detected every
    one again after one edit (trial22 T22-36)."""
    if cache is None or src.layout or src.pattern is not None:
        return _detect_for(doc, src, listed, diag, config_line, cache)
    key = cache.key("detect", src, doc.rel, f"{listed}\0{config_line()}\0{doc.converted}\0{doc.text}")
    kept = cache.get_data(key)
    if kept is not None:
        try:
            said = [Diagnostic.from_json(d) for d in kept["said"]]
            found = None if kept["found"] is None else _detection(kept["found"])
        except (KeyError, TypeError, ValueError):
            pass  # (a damaged entry: detected again)
        else:
            diag.items.extend(said)
            return found
    mark = len(diag.items)
    found = _detect_for(doc, src, listed, diag, config_line, cache)
    if found is None or not any(isinstance(v, BaseModel) for v in (found.source or {}).values()):
        # (a detection that sets a table of its own, [source.delimited], is not kept: detected again, as before)
        said = [dataclasses.asdict(d) for d in diag.items[mark:]]
        with contextlib.suppress(TypeError, ValueError):  # (anything JSON cannot hold: not kept, detected again)
            cache.put_data(key, {"found": None if found is None else dataclasses.asdict(found), "said": said})
    return found


def _detection(d: dict[str, Any]) -> Detection:
    """A detection from its cached JSON object."""
    fence = d.get("fence")
    return Detection(
        **{
            **d,
            "pattern_lines": tuple(d.get("pattern_lines", ())),
            "source_lines": tuple(d.get("source_lines", ())),
            "fence": None if fence is None else (int(fence[0]), int(fence[1])),
        }
    )


def _detect_for(
    doc: Document,
    src: SourceConfig,
    listed: bool,
    diag: Diagnostics,
    config_line: Callable[[], int | None],
    cache: ItemCache | None = None,
) -> Detection | None:
    """The layout to read the document with: the named one, the pattern's, or the detected one."""
    layout = _named_layout(src, diag, config_line)
    if layout is not None or src.layout or src.pattern is not None:
        return None if layout is None else Detection(layout, 1.0, NAMED)
    if src.bank is not None and doc.converted:  # (its [source.bank] table names how the records read: T15-46)
        return Detection("markdown", 1.0, "a question bank read by the keys its [source.bank] table names")
    if TASK_MARKER in doc.lines:  # (learner5 L27)
        return Detection("task", 1.0, "a task with its solution file beside it, one card")
    if doc.rel.lower().endswith(ENEX_SUFFIXES) and "headings" not in src.model_fields_set:  # (trial12 U31)
        return Detection("markdown", 1.0, "an Evernote export, each note a card", source={"headings": "cards"}, source_lines=('headings = "cards"',))
    if (not listed or src._glob) and "[" in doc.text and todo_page(doc.lines):
        diag.warning(  # ('# 2026-11-30' / '- [x] Review [[Cell biology]]' / '- [ ] Finish lab report': T28-40)
            doc.rel,
            None,
            "no card from this file: it is a to-do list (a daily note's or planner's tasks), no text to learn",
            f"nothing to do; to silence this, {exclude_hint(doc.rel)}",
            group="todo-page",
        )
        return None
    if (not listed or src._glob) and (keyed := answers_only(doc.lines)) is not None:
        diag.warning(  # ('## Quiz 1: Git Fundamentals' / '1. **b) A system to track …**', no question: T42-3, 18 junk cards)
            doc.rel,
            keyed[1],
            f"no card from this file: it looks like an answer key ({keyed[0]} numbered entries naming an option by its "
            "letter, no question): the key of quizzes in other files",
            f'to key a quiz with it, add key_file = "{doc.rel}" to that quiz\'s [[source]] table in deck.toml (a key of '
            "several quizzes answers each from its section named after the quiz, '## Quiz 1: …'); "
            f"else {exclude_hint(doc.rel)}",
            group=f"answers-only:{doc.rel}",
        )
        return None
    # a page whose front matter holds its question (one FAQ entry per file, trial9 T12/T15): one note, whatever its
    # answer's shape (lists and headings in an answer made other layouts guess questions in it)
    found = front_matter_card(doc) or detect_layout(doc)
    if found is not None and found.layout == "markdown" and not _described(src) and (asking_title_only(doc.lines) or verdict_pairs(doc.lines)):
        # ('# Nutrition: Myth or Fact?' over '**Myth:** …' / '**Fact:** …' pairs: the title asks what each pair answers,
        # the pattern of the pairs reads a card each; sitting 55: one card of the title holding every pair)
        # (only when it reads more cards than the headings do: '# … what is printed?' over '**Q1.**' / code / 'Output: …'
        # is read a card each by its headings already, its code kept as code)
        guessed = _try_guess(doc, src, suggest_pattern(doc), cache)[0]
        if guessed is not None and guessed.pattern is not None:
            paired = _read(doc, src.model_copy(update={"layout": "pattern", "pattern": PatternConfig.model_validate(guessed.pattern)}), Diagnostics(), cache)
            headed = _read(doc, src.model_copy(update={"layout": "markdown"}), Diagnostics(), cache)
            if sum(not i.skip for i in paired) > sum(not i.skip for i in headed):
                found = guessed
    # questions and nothing else (practice lists, trial8 H11): no card, whatever else might read it ('?' lines
    # over '---' as headings, a title over the list as a note, numbered questions as items whose answers were their
    # follow-up prompts, the next number or the lists below: trial43 T43-1)
    ruled = doc.rel.lower().endswith(MARKDOWN_SUFFIXES) and alternating_cards(doc.text) != doc.text  # (front / '---' / back …)
    asked = question_list(doc) if (found is None or found.layout in ("markdown", "note", "numbered")) and not ruled else None
    if asked is not None:
        lists = asked[2]  # ('## Level 1' / its list, '## Level 2' / its list: each list's first line named)
        where = f" ({len(lists)} lists, at lines {', '.join(map(str, lists[:-1]))} and {lists[-1]})" if len(lists) > 1 else ""
        diag.warning(
            doc.rel,
            asked[1],
            f"a list of {asked[0]} questions and no answers{where}: this file adds no card",
            "write each answer under its question (a '## …?' heading or '**…?**' line, then the answer; "
            "docs/layouts.md), or move the file out of sources/",
            group=f"question-list:{doc.rel}",
        )
        return None
    if found is not None and found.layout == "markdown" and src.headings == "ask":
        found = _headed_instead(doc, src, cache) or _few_asked(doc, src, cache) or found
    titled = (_titled_note(doc, src, found, cache) or _named_question(doc, found)) if found is not None else None
    if titled is not None:  # ('title: What is a Load Balancer?' over a text no reading makes a card of: trial14 T14-15)
        return titled
    guess = suggest_pattern(doc) if found is None else []
    if found is None:
        found, rejected = _try_guess(doc, src, guess, cache)
        found = found or card_page(doc) or _headed_page_said(doc, src, cache) or _code_tasks(doc) or _titled_note(doc, src, None, cache)
        if rejected:  # the table shows the best guess and why it was not used, never "nothing repeats"
            guess = [guess[0], f"{_NOT_USED}: {rejected}; check it against the file", *guess[1:]]
    if found is None:
        found = note_page(doc) or _one_card(doc, src)
    if found is None and guess:
        found = _unkeyed_quiz(doc, src, guess, cache)
    if found is None:
        found = _text_in_markdown(doc, src, cache)
    if found is None:
        known = readers()
        extra = [f"# or a named layout: layout = one of {', '.join(sorted(known))}", *guess]
        where = (
            f"give it a [[source]] table of its own (it comes before the table of {src._glob!r}): add to deck.toml"
            if src._glob
            else "replace its [[source]] table in deck.toml with"
            if listed
            else "add to deck.toml"
        )
        # a file deck.toml does not name (alone) stops no build (trial9 T12: one heading-only page of 511 stopped a
        # Logseq folder): a warning, the rest is built; a file it names is an error
        unnamed = not listed or bool(src._glob)
        unsolved = _unsolved_problem(doc.lines)
        if unsolved is not None:  # (a challenge notebook, its 'TODO: Implement me' code and tests, its solution another
            # file: trial50 T50-8, "cannot tell this document's layout")
            (diag.warning if unnamed else diag.error)(
                doc.rel,
                None if doc.converted else unsolved[0],  # (a notebook's line is a cell's: the problem named instead)
                ("no card from this file: " if unnamed else "") + f"it holds a problem without its solution ('{shorten(unsolved[1], 60, placeholder=' …')}': "
                "its code is left to write, or nothing is under it): deckc makes cards from questions with their answers",
                "put the file with its solution in sources/ (a problem with its solution is a card), or write the "
                "solution under the problem" + (f"; else {exclude_hint(doc.rel)}" if unnamed else ""),
                group=f"layout:{doc.rel}",
            )
            return None
        solved = solutions_only(doc.lines)
        if solved is not None:  # ('## Soru 1' / '**Doğru cevap:** A' …: a key whose questions are elsewhere, T15-24)
            (diag.warning if unnamed else diag.error)(
                doc.rel,
                None,
                ("no card from this file: " if unnamed else "")
                + f"its {solved[0]} question labels each hold only an answer ({solved[1][:40]!r}): the solutions to questions "
                "that are not in this file",
                f'name it as the key of the questions\' file: key_file = "{doc.rel}" in that file\'s [[source]] table in deck.toml'
                + (f"; or, if the questions are not in sources/, {exclude_hint(doc.rel)}" if unnamed else ""),
                group=f"solutions-only:{doc.rel}",
            )
            return None
        matter = front_matter_end(doc.lines)
        if unnamed and matter is not None and not any(line.strip() for line in doc.lines[matter + 1 :]):
            diag.warning(  # (a glossary's stubs, 206 of 381 files: one line with their count, never a table each; P40)
                doc.rel,
                None,
                f"no card from this file: it holds only front matter (metadata between {doc.lines[0].strip()[:3]!r} lines), no text to learn",
                f"write its text under the front matter, or {exclude_hint(doc.rel)}",
                group="front-matter-only",
            )
            return None
        if unnamed and repository_file(doc.rel):  # (a copied repository's ckad/README.md: a title and 'See the files.', T21-36)
            diag.warning(
                doc.rel,
                None,
                "not read: a repository's page about itself (README, index, changelog) that asks no question",
                'if it holds notes to learn, name it in deck.toml with layout = "markdown" and headings = "cards"; '
                f"else {exclude_hint(doc.rel)}",
                group="repository-file",
            )
            return None
        filled = [line for line in doc.lines if line.strip()]
        if filled and len(filled) <= PLACEHOLDER_LINES and all(_PLACEHOLDER.match(line) for line in filled):
            (diag.warning if unnamed else diag.error)(  # ('#TODO: Add about for this concept.': a stub, trial29 T29-12)
                doc.rel,
                None,
                ("no card from this file: " if unnamed else "") + f"it is only a placeholder ({filled[0].strip()[:60]!r}), no text to learn yet",
                "write its notes or questions and build again" + (f"; until then, {exclude_hint(doc.rel)}" if unnamed else ""),
                group="placeholder-page",
            )
            return None
        if filled and all(_EMPTY_HEADING.match(line) for line in filled):  # (an outline not filled yet: trial26 T26-30)
            (diag.warning if unnamed else diag.error)(
                doc.rel,
                None,
                ("no card from this file: " if unnamed else "")
                + f"its {counted(len(filled), 'heading')} {'have' if len(filled) > 1 else 'has'} nothing under "
                + ("them" if len(filled) > 1 else "it")
                + " (an outline without notes yet)",
                "write the questions or notes under the headings and build again"
                + (f"; until then, {exclude_hint(doc.rel)}" if unnamed else ""),
                group=f"layout:{doc.rel}",
            )
            return None
        stamped = sum(1 for line in doc.lines if _TIMESTAMP_LINE.match(line))
        if stamped >= TRANSCRIPT_LINES and stamped >= 0.5 * sum(1 for line in doc.lines if line.strip()):
            (diag.warning if unnamed else diag.error)(  # (sitting 58: 'cannot tell', and a Q:/A: pattern to guess)
                doc.rel,
                None,
                ("no card from this file: " if unnamed else "") + f"it reads as a transcript ({stamped} lines opening "
                "with a time, '[00:45] …'): in speech a question and its answer are not set apart, and deckc does "
                "not write questions",
                "write each question to learn as a 'Q: …' line, the time left off, with its answer on an 'A: …' line "
                "under it" + (f"; if it is no study document, {exclude_hint(doc.rel)}" if unnamed else ""),
                group=f"layout:{doc.rel}",
            )
            return None
        prose = _prose_only(doc.lines)
        asked = asked_in_text(doc.lines) if prose else []
        if prose:  # (sitting 43: an article's paragraphs got "cannot tell this document's layout" and a Q:/A: pattern to write)
            (diag.warning if unnamed else diag.error)(
                doc.rel,
                None,
                ("no card from this file: " if unnamed else "") + f"it reads as prose ({counted(prose, 'paragraph')} of "
                + (f"sentences, {counted(len(asked), 'question')} asked inside them, none on a line of its own, no heading, "
                   "term list or card marker" if asked else "sentences, no question, heading, term list or card marker")
                + "): deckc makes cards from the questions and "
                "notes a document holds; it does not write questions",
                (  # (round-14 d/19: two 'Question? Answer.' sentences in its paragraphs, the message as for any article)
                    f"to make cards of its questions ({asked[0][:60]!r} …), write each as a 'Q: …' line with its answer "
                    "on an 'A: …' line under it, a blank line between pairs; for the rest, "
                    if asked else "to learn from it, "
                )
                + "write it as Markdown (.md) with a heading over each part ('## Why did it start in "
                "Britain?' or '## Causes': each heading with text under it is a card), or write questions with their answers"
                + (f"; if it is no study document, {exclude_hint(doc.rel)}" if unnamed else ""),
                group=f"layout:{doc.rel}",
            )
            return None
        run_on = run_on_line(doc.lines)
        if run_on is not None:  # (trial15 T15-87: a paste of 15 questions on one line; a table could not help)
            (diag.warning if unnamed else diag.error)(
                doc.rel,
                run_on[0],
                ("no card from this file: " if unnamed else "") + f"line {run_on[0]} holds {run_on[1]:,} characters and no "
                "question has a line of its own: its line breaks seem lost (a copy from a PDF or a web page)",
                "put each question, each option and each key entry on a line of its own, then build again",
                group=f"layout:{doc.rel}",
            )
            return None
        (diag.warning if unnamed else diag.error)(
            doc.rel,
            None,
            ("no card from this file: " if unnamed else "") + "cannot tell this document's layout" + _fence_cause(doc),
            f"{where} this table, checking the patterns against docs/layouts.md"
            + (f"; if it is no study document, {exclude_hint(doc.rel)}" if unnamed else ""),
            group=f"layout:{doc.rel}",  # each file its own table, never grouped with another's
            snippet=source_toml(src.id, src.file, src.title or src.id, extra=extra),
        )
        return None
    if found.fence is not None:
        first, last = found.fence
        diag.warning(
            doc.rel,
            first,
            f"lines {first}-{last} are inside one code fence opened here, so as Markdown they hold no "
            f"question; read as plain text instead ({found.layout!r} layout)",
            "if that text is code after all, describe the file's items with [source.pattern] in deck.toml",
        )
    if listed:
        fmt = " and a [source.pattern]" if found.pattern else "".join(f" and {x.split('#')[0].strip()}" for x in found.source_lines)
        fix: dict[str, object] = {"layout": found.layout, **(found.source or {})}
        if found.pattern:
            fix["pattern"] = dict(found.pattern)
        diag.warning(
            doc.rel,
            None,
            f"layout detected as {found.layout!r} ({found.why})",
            f'to make it explicit, add layout = "{found.layout}"{fmt} to its [[source]] in deck.toml',
            fix=fix,
        )
    return found


def _code_tasks(doc: Document) -> Detection | None:
    """The numbered layout for a Markdown page (a Quarto or R Markdown sheet converted) whose numbered tasks each stand
    over the code that answers them (``1. Create a vector of the numbers 1 to 10.`` / its ``{r}`` chunk / ``2. …``), when
    nothing else reads it: a card each, never one note of the sheet titled by its front matter (trial56: a Quarto
    sheet's two questions were one note)."""
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES) or (n := numbered_code_tasks(doc.lines)) < CODE_TASKS_MIN:
        return None
    return Detection("numbered", 0.5, f"its {n} numbered tasks each stand over the code that answers them: a card each")


def _titled_note(doc: Document, src: SourceConfig, found: Detection | None, cache: ItemCache | None) -> Detection | None:
    """One note for an unlisted Markdown page whose front matter names it (``title: What is a Load Balancer?``, a
    system-design guide's explained diagram) when no other reading gives it a card: detection finds nothing, or the
    Markdown or numbered reading makes no card of it (numbered steps in its prose are no questions without answers).
    Its title is the front, its text the answer (trial14 T14-15: 8 of 400 such guides were no card at all)."""
    if found is not None and found.layout not in ("markdown", "numbered"):
        return None
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES) or not front_matter_title(doc.lines):
        return None
    end = front_matter_end(doc.lines)
    if end is None or not any(line.strip() for line in doc.lines[end + 1 :]):
        return None
    if found is not None:
        update: dict[str, object] = {"layout": found.layout, **(found.source or {})}
        items = _read(doc, src.model_copy(update=update), Diagnostics(), cache)
        if any(not i.skip for i in items):
            return None
        asked = sum(1 for i in items if i.skip == NO_ANSWER and i.question.rstrip(" *_").endswith(QUESTION_MARKS))
        if asked >= 3 and 2 * asked >= len(items):
            return None  # (a list of questions nobody answers, an interviewer's: said so, never one note of the page)
    return Detection("note", 0.9, "its front matter names it (title: …) and no other reading gives a card: one note, its text the answer")


def _named_question(doc: Document, found: Detection) -> Detection | None:
    """One note for an unlisted Markdown file whose name asks ('11.4.6 如何添加索引？.md', 'Why is the sky blue?.md')
    over a text that asks nothing, when the numbered reading would make its points questions ('1. 单字段索引' /
    '2. 复合索引': statements, trial25, a file per question whose question is its name). Its name is the front."""
    if found.layout != "numbered" or not doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        return None
    name = note_front(doc.rel)
    if not name.rstrip().endswith(QUESTION_MARKS):
        return None
    fenced = list(in_fence(doc.lines))
    if any(not fenced[n] and (line.rstrip(" *_").endswith(QUESTION_MARKS) or has_question_label(line.strip())) for n, line in enumerate(doc.lines)):
        return None
    return Detection("note", 0.9, "its file name asks and its text asks nothing: one note, its file name the front and its text the answer")


_OPTION_START = re.compile(r"^\s*(?:[-*+]\s+)?\(?[A-Ha-h][).]\s")  # 'A) 53', '- b. …': an option's line
# a heading that names a key among its first words ('## Gabarito do Dia 1', '## Answer key for part 2')
# (never a title that pairs the word with another, 'Common issues and solutions', 'Questions & Answers': trial51 T51-11)
KEY_HEADING = re.compile(rf"^\s{{0,3}}#{{1,6}}\s+(?:\*\*|__)?(?:\S+\s+){{0,3}}?(?<![Aa]nd )(?<!& )(?i:{KEY_WORDS})(?![^\W\d_])")
# a section named as a glossary: its entries are cards whatever the notes beside it hold (trial53 T53-9)
_GLOSSARY_SECTION = re.compile(r"^\W*(?i:definitions?|terms|terminology|key\s+terms|glossary|vocabulary|key\s+concepts|defined\s+terms)\W*$")
HEADED_SHARE = 0.5  # glossary entries holding less than this share of a headed page's lines: the headings are its cards


def _headed_page_said(doc: Document, src: SourceConfig, cache: ItemCache | None) -> Detection | None:
    """``headed_page``, and for headings over questions with options, why those questions give no card (T15-23)."""
    headed = headed_page(doc)
    if headed is None or "each head a question with its options" not in headed.why:
        return headed
    probe = Diagnostics()
    if _read(doc, src.model_copy(update={"layout": "markdown"}), probe, cache):
        return headed
    return dataclasses.replace(headed, why=headed.why + _unread(doc, probe))


# a page's line that only says its text is still to come: '#TODO: Add about for this concept.', 'TBD', 'Coming soon…',
# '(work in progress)', '待补充' (trial29 T29-12: a course's stub pages were told to fill in a layout-pattern table)
_PLACEHOLDER = re.compile(
    r"^\W*(?:todo|tbd|tba|fixme|wip|coming\s+soon|to\s+be\s+(?:written|added|done|continued)|placeholder|stub"
    r"|under\s+construction|work\s+in\s+progress|待补充|待完善|未完成|施工中|準備中)\b",
    re.I,
)
PLACEHOLDER_LINES = 3  # a stub says so in a line or two (a title above it at most)
_EMPTY_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+\S.*)?$")  # a Markdown heading ('## Chapter 1', '#')


def _unread(doc: Document, probe: Diagnostics) -> str:
    """Why a page read by its headings gives no card as questions, at a line (trial15 T15-23): the text under its
    headings asks nothing the reader takes for a question ('O resultado correto é:' over options), and a key heading on
    the page answers none of it; ``probe`` holds what the Markdown reading said."""
    outside = [d.line for d in probe.items if d.group == OUTSIDE_QUESTION and d.line]
    under = [n for n in outside if any(_OPTION_START.match(x) for x in doc.lines[n : n + 10])]
    outside = under or outside  # (text over options: the first question the reader did not take)
    key = next((k + 1 for k, line in enumerate(doc.lines) if KEY_HEADING.match(line)), None)
    said = f" (line {outside[0]}: its text asks no question the reader takes for one" if outside else ""
    return "; read as questions it gives no card" + said + (f"; the key at line {key} answers none" if key else "") + (")" if outside else "")


_ASKED_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+Q:[ \t]+(?P<text>\S.*?)[ \t]*#*[ \t]*$")


def _unsolved_problem(lines: list[str]) -> tuple[int, str] | None:
    """(1-based line, text) of a problem heading with nothing under it (``## Q: Compress a string …``, as
    problem_parts leaves a challenge whose code is the learner's blank, its solution in another file), when no question
    heading of the page has an answer under it; None otherwise."""
    fenced = list(in_fence(lines))
    heads = [k for k, line in enumerate(lines) if not fenced[k] and _EMPTY_HEADING.match(line)]
    asked = [k for k in heads if _ASKED_HEADING.match(lines[k])]
    for k in asked:
        end = next((h for h in heads if h > k), len(lines))
        if any(line.strip() for line in lines[k + 1 : end]):
            return None
    return (asked[0] + 1, _ASKED_HEADING.match(lines[asked[0]]).group("text")) if asked else None  # type: ignore[union-attr]


MARKDOWN_TEXT_HEADINGS = 2  # headings at least of a .txt that is Markdown saved under another name


def _headed_text(doc: Document) -> bool:
    """Whether a plain-text file has MARKDOWN_TEXT_HEADINGS Markdown headings or more (outside code fences)."""
    if not doc.rel.lower().endswith(TEXT_SUFFIXES) or "#" not in doc.text:
        return False
    fenced = list(in_fence(doc.lines))
    return sum(1 for k, line in enumerate(doc.lines) if not fenced[k] and _HEADING_LINE.match(line)) >= MARKDOWN_TEXT_HEADINGS


def _markdown_text(doc: Document) -> bool:
    """Whether a plain-text file is Markdown saved under another name, to be read as the .md would be, with the
    Markdown rewrites (bold topic lines, answer labels …; the meta helper's rounds 4-5, R4-11: lesson-quiz-keys.md
    as .txt gave 7 cards of its 10): Markdown headings, and no layout reads its text as written (a 'Q:' / 'A:' export
    or a numbered quiz under '# Chapter' lines is read as text still)."""
    # (or a page of one-sentence definitions, 'Inflation is a general rise …' a line each, read as the .md glossary it
    # is: sitting 56, "cannot tell this document's layout")
    return (_headed_text(doc) or (doc.rel.lower().endswith(TEXT_SUFFIXES) and defined_terms(doc.lines) is not None)) and detect_layout(doc) is None


def _text_in_markdown(doc: Document, src: SourceConfig, cache: ItemCache | None) -> Detection | None:
    """A plain-text file no layout reads that is Markdown under another name ('# French Lesson 2' / '## Avoir' /
    '**Use:** …' saved as lesson.txt: the meta helper's round 4 R4-11, 11 of 40 Markdown pages saved as .txt gave no
    card, 'cannot tell this document's layout'): read as Markdown when it has MARKDOWN_TEXT_HEADINGS ATX headings or
    more and that reading makes a card."""
    if not _headed_text(doc):
        return None
    probe = Diagnostics()
    items = _read(doc, src.model_copy(update={"layout": "markdown"}), probe, cache)
    if not any(not i.skip for i in items):
        return None
    return Detection("markdown", 0.5, "a text file written in Markdown (its '#' headings), read as a Markdown page")


def _headed_instead(doc: Document, src: SourceConfig, cache: ItemCache | None) -> Detection | None:
    """A page of notes under headings that asks nothing and holds a short glossary list or two (trial7 G6:
    '- **Energy compaction**: …' in one of four prose sections): the 'markdown' reading makes cards of the
    entries alone and drops every section, so the headings are its cards (headings = "cards"), the entries
    part of their section's answer. Not for a page whose entries are most of it (a glossary), nor for
    Obsidian '::' cards or cloze deletions (they are read as cards either way); but a page the 'markdown'
    reading makes no card of at all (lists and tables under headings, learner L34) is read by its headings."""
    headed = headed_page(doc, entries=True)
    if headed is None and doc.rel.lower().endswith(NOTEBOOK_SUFFIXES) and ":::{exercise}" in doc.text:
        # a tutorial notebook asking nothing but in its exercise boxes (T23-25): its headings are cards as before, and
        # each box is a card of its own (the 'cards' reading reads a box that asks on its own)
        bare = headed_page(dataclasses.replace(doc, text=_without_exercises(doc.text)), entries=True)
        return dataclasses.replace(bare, why=f"{bare.why}; its exercise boxes are cards of their own") if bare is not None else None
    if headed is None:
        return None
    probe = Diagnostics()
    items = _read(doc, src.model_copy(update={"layout": "markdown"}), probe, cache)
    if not items:  # (learner L34: lists and tables under headings, two '- Alcohol :: chronic' entries among them)
        return dataclasses.replace(headed, why=headed.why + _unread(doc, probe))
    if _card_syntax(doc.lines):
        return None
    if any(i.kind != ItemKind.basic or i.question.rstrip().endswith(QUESTION_MARKS) for i in items):
        return None  # (entries that ask, 'What goes in user.name?::', are questions, not a glossary)
    total = sum(1 for line in strip_front_matter(doc.text).split("\n") if line.strip() and not line.lstrip().startswith("#"))
    held = sum(1 for i in items for line in i.original.splitlines() if line.strip())
    if held >= HEADED_SHARE * total:
        return None
    if all(_GLOSSARY_SECTION.match(i.section[-1] if i.section else "") for i in items):
        return None  # ('## Definitions' / '- `Dharma` The Hindu moral code' …: a glossary by its name, a card a term; T53-9)
    why = f"{headed.why}; its {len(items)} glossary entries hold only {held} of its {total} lines of text"
    return dataclasses.replace(headed, why=why)


FEW_ASKED_MAX = 2  # questions at most, asked in bold lines inside sections, that leave a page of notes a page of notes
FEW_ASKED_SHARE = 0.1  # … when their cards hold less than this share of the page's lines of text (and all its cards
# less than HEADED_SHARE)
FEW_ASKED_HEADINGS = 3  # statement headings with text under them such a page needs


_MARKS_NOTE = re.compile(r"\s*[(\[][^()\[\]\n]{1,20}[)\]]\s*$")  # '… How far do you agree? (16 marks)'


def _asks_in_passing(question: str) -> bool:
    """Whether an item's question asks: ends with a question mark, a short note in brackets after it or not."""
    text = re.sub(r"<[^>]+>", "", question)
    return text.rstrip(CLOSERS + " ").endswith(QUESTION_MARKS) or _MARKS_NOTE.sub("", text).rstrip(CLOSERS + " ").endswith(QUESTION_MARKS)


def _few_asked(doc: Document, src: SourceConfig, cache: ItemCache | None) -> Detection | None:
    """A page of notes under statement headings that asks a question or two in passing, in bold lines inside its
    sections (a Kotlin notes page's ``__Why would we use it?__`` under ``## Lateinit Keyword``): the 'markdown' reading
    makes cards of those alone and says every section "outside any question" (sitting 57: 1 card of 21 topics, 62
    places said); read by its headings, as the same page asking nothing is, each heading with text under it a card and
    each bold question a card of its own. Never a page whose headings ask, nor one whose questions hold a tenth of it."""
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES) or not 0 < markdown_questions(doc.lines, obsidian=False)[0] <= FEW_ASKED_MAX:
        return None
    if sum(1 for line in doc.lines if _HEADING_LINE.match(line)) < FEW_ASKED_HEADINGS or _card_syntax(doc.lines):
        return None
    read = _read(doc, src.model_copy(update={"layout": "markdown"}), Diagnostics(), cache)
    items = [i for i in read if not i.skip]
    # (an essay question the notes end with, unanswered, asks in passing too: '**"…" How far do you agree? (16 marks)**'
    # under '## Exam question' made the page "no note", its lists and table in no card; N60-15)
    asked = [i for i in read if _asks_in_passing(i.question) and (not i.skip or not i.answer)]
    if any(i.skip for i in asked) and any(i.skip and not _asks_in_passing(i.question) for i in read):
        return None  # ('**1.** Make a list …' / '**6.** How do you reverse …?': tasks to do, unanswered, no notes; T53's)
    if not asked or len(asked) > FEW_ASKED_MAX or any(i.kind != ItemKind.basic or i.original.lstrip().startswith("#") for i in asked):
        return None
    total = sum(1 for line in strip_front_matter(doc.text).split("\n") if line.strip() and not line.lstrip().startswith("#"))
    # (the share in lines of text: a code fence's marks and a bold label over code, '__Example:__', hold none; the
    # question answered by a labelled snippet was over a tenth of the Swift notes page by them, sitting 59)
    held = sum(1 for i in asked if not i.skip for line in i.original.splitlines() if _text_line(line))  # (answered ones)
    own = sum(1 for line in strip_front_matter(doc.text).split("\n") if _text_line(line) and not line.lstrip().startswith("#"))
    if held >= FEW_ASKED_SHARE * own or sum(1 for i in items for line in i.original.splitlines() if line.strip()) >= HEADED_SHARE * total:
        return None  # (the glossary entries a page of notes holds beside them are its sections' text, as _headed_instead reads)
    lines = list(doc.lines)
    for i in asked:
        lines[i.locator.line - 1] = ""
    headed = headed_page(dataclasses.replace(doc, text="\n".join(lines) + "\n"), entries=True)
    if headed is None:
        return None
    shown = asked[0].question if len(asked[0].question) <= 60 else asked[0].question[:59] + "…"
    said = f"only line {asked[0].locator.line} asks ({shown!r})" if len(asked) == 1 else f"only {len(asked)} bold lines ask (first at line {asked[0].locator.line})"
    return dataclasses.replace(headed, why=f"its headings ask nothing and {said}; each heading with text under it is read as a card, each question too")


_LABEL_LINE = re.compile(r"^\s*(\*\*|__)[^*_\n]{1,40}?[:：]\1\s*$|^\s*(\*\*|__)[^*_\n]{1,40}?\2[:：]\s*$")  # '__Example:__'


def _text_line(line: str) -> bool:
    """A line that holds text: never blank, a code fence's mark (```` ```swift ````) or a bold label alone (``**Example:**``)."""
    return bool(line.strip()) and not _FENCE_MARK.match(line) and not _LABEL_LINE.match(line)


def _without_exercises(text: str) -> str:
    """A converted notebook's text with its exercise boxes and their solutions blank (compiler/sources/notebook.py
    writes them ':::{exercise}' / ':::{solution}' … ':::', code fenced inside), lines kept."""
    lines = text.split("\n")
    boxed = False
    for k, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        if not fenced and line.startswith((":::{exercise}", ":::{solution}")):
            boxed = True
        if boxed:
            boxed = not (not fenced and line == ":::")
            lines[k] = ""
    return "\n".join(lines)


_HIGHLIGHT = re.compile(r"(?<!=)==(?=[^\s=])[^=\n]+?(?<=[^\s=])==(?!=)")  # Obsidian's '==nucleus==', never code's 'a == b'
_LINKED = re.compile(r"\[[^\]\n]*\]\([^)\s]*\)")  # a link, its text and address: '[Heap Sort :: a blog](https://…)'


def _card_syntax(lines: list[str]) -> bool:
    """Whether a page writes Obsidian-style cards outside code and links: 'Term::answer', a '?' line, a cloze, a
    highlight (a '==' in code, 'rear == front', or a '::' in a link's text is none of them: trial14 T14-25)."""
    for line, fenced in zip(lines, in_fence(lines), strict=True):
        if fenced:
            continue
        text = _LINKED.sub("link", line)
        if inline_card(text) or has_cloze(text) or _HIGHLIGHT.search(text) or text.strip() in ("?", "??"):
            return True
    return False


GUESSED_WHY = "a [source.pattern] guessed from how its lines start: check it"
GUESS_SHARE = 0.8  # a guessed pattern is used when this share of its items have answers, and nothing else is amiss
GUESS_COVERS = 0.25  # … and its items hold this share of the page's lines, on a page of sections under headings


_HEADING_LINE = re.compile(r"^\s{0,3}#{1,6}\s+\S")  # a Markdown heading
GUESS_LEAD = 4  # lines of text at most before a guessed pattern's first item for them to be the page's own (objectives)


def _read_by_none(doc: Document, src: SourceConfig, cache: ItemCache | None) -> bool:
    """Whether no layout detection knows the page and no guessed pattern reads it: only then are two-line blocks read as
    pairs (compiler.sources.line_pairs, T38-12). 'Q1. …' / 'A1. …' blocks, a blank line between, are the qa layout's
    (the rewrite, run first, took them: 31 tests failed in sitting 38)."""
    if front_matter_card(doc) is not None or detect_layout(doc) is not None:
        return False
    guess = suggest_pattern(doc)
    return not guess or _try_guess(doc, src, guess, cache)[0] is None


def _try_guess(doc: Document, src: SourceConfig, lines: list[str], cache: ItemCache | None = None) -> tuple[Detection | None, str]:
    """Read with the [source.pattern] guessed from how the lines start, as a user pasting it would;
    use it only when it reads cleanly (at least 3 items, nearly all answered, a stray line at most).
    ``(detection, "")`` when it does, ``(None, why not)`` when a guess read the file and was rejected,
    ``(None, "")`` when there was no guess.

    The trial read goes through the item cache, so the real read with the same pattern is a hit.
    """
    try:
        data = tomllib.loads("\n".join(lines)).get("source", {}).get("pattern", {})
        pattern = PatternConfig.model_validate(data)
    except (tomllib.TOMLDecodeError, ValueError):
        return None, ""
    if not pattern.item:
        return None, ""
    trial = Diagnostics()
    items = _read(doc, src.model_copy(update={"layout": "pattern", "pattern": pattern}), trial, cache)
    answered = [i for i in items if not i.skip]
    # (questions after the table a guess stops at are said by the real read at their lines; no reason to refuse a guess
    # that reads the table right for a reading that makes its key a card: T32-2)
    others = [d for d in trial.items if d.group not in ("no-answer", "placeholder", "asked-after-stop", AFTER_STOP)]
    if items:  # (a short text before the first item and the text under a heading after the last, '## Objectives' /
        # '## More resources' around a quiz, is the page's own, said again by the real read; never a reason to refuse a
        # guess reading every question right: trial22 T22-18; a lesson's sections before its exercises are not short)
        first, last = min(i.locator.line for i in items), max(i.locator.line for i in items)
        tail = next((k + 1 for k in range(last, len(doc.lines)) if _HEADING_LINE.match(doc.lines[k])), None)
        lead = sum(1 for line in doc.lines[: first - 1] if line.strip() and not _HEADING_LINE.match(line))
        around = [d for d in others if d.line and ((d.line < first and lead <= GUESS_LEAD) or (tail is not None and d.line >= tail))]
        held = sum(1 for line in doc.lines[first - 1 : tail] if line.strip())
        if 2 * held >= sum(1 for line in doc.lines if line.strip()):
            others = [d for d in others if d not in around]
    # a line here and there; a question over many lines here and there (a dialogue quoted in one: trial11 P15)
    stray = [d for d in others if d.group in ("swallowed-item", "outside-item", "long-question")]
    quiz = len(answered) >= 2 and all(i.kind is ItemKind.multiple_choice for i in answered)  # options with the right one marked
    one = len(items) == len(answered) == 1 and any("asks one question" in line for line in lines) and _heading_only(doc, items[0])
    read = f"it read {counted(len(items), 'item')}"
    labelled = len(answered) >= KNOWN_PAIRS_MIN and KNOWN_PAIRS_NOTE in lines  # ('Ερώτηση 1:' / 'Απάντηση:' twice: T28-17)
    keyed = _keyed_in_part(doc, items, answered)  # ('Answers to selected exercises' after them: T39-2)
    if len(answered) < 3 and not quiz and not one and not labelled and not keyed:
        return None, f"{read}, {len(answered)} with an answer (at least 3 needed)"
    if len(answered) < GUESS_SHARE * len(items) and not keyed:
        # the ones to fix named by line, so a user can add their answers or label them (trial15 T15-39/T15-40)
        unanswered = [i for i in items if i.skip]
        named = ", ".join(f"line {i.locator.line} ({_shortened(_said_at(doc, i))!r})" for i in unanswered[:5])
        more = f" and {len(unanswered) - 5} more" if len(unanswered) > 5 else ""
        return None, f"{read}, only {len(answered)} with an answer (at least {GUESS_SHARE:.0%} needed; none found for {named}{more})"
    if len(others) > len(stray) or len(stray) > 0.05 * len(items):
        first = next((d for d in others if d not in stray), others[0])
        where = f"line {first.line}: " if first.line else ""
        return None, f"{read} with {counted(len(others), 'warning')} ({where}{first.message})"
    total = sum(1 for line in strip_front_matter(doc.text).split("\n") if line.strip())
    held = sum(_held_lines(i.original) for i in items)
    if held < GUESS_COVERS * total and headed_page(doc) is not None:
        # ('| Depth-first search | O(V + E) |': a 3-row table of a cheat sheet of '##' sections, the rest lost: T28-15)
        return None, f"{read} holding {held} of its {total} lines: the page is sections of text under headings, read by them"
    why = GUESSED_WHY
    shown = tuple(line for line in lines if line != "[source.pattern]")
    return Detection("pattern", 0.5, why, data, shown), ""


KEYED_MIN = 2  # items a key after them answers that make a guess right though it answers only some (selected exercises)


def _keyed_in_part(doc: Document, items: list[Item], answered: list[Item]) -> bool:
    """Whether a key heading after every question answers some of them (a textbook's 'Answers to selected exercises'
    over '3.1 2x' / '3.3 ln|x| + C', trial39 T39-2): each answered one's answer comes from under it, the others are
    the ones it leaves out (said at their lines by the real read), never a reason to refuse the guess."""
    if len(answered) < KEYED_MIN or not items:
        return False
    last = max(i.locator.line for i in items)
    return any(KEY_HEADING.match(line) for line in doc.lines[last:])


_NOT_USED = "# the pattern guessed below was not used"  # the comment over a rejected guess in the table shown
UNKEYED_MIN = 2  # questions with options, none marked right, that make a file a question paper without its key


def _unkeyed_quiz(doc: Document, src: SourceConfig, lines: list[str], cache: ItemCache | None) -> Detection | None:
    """The guessed [source.pattern] of a question paper whose key is missing (every question it reads has options and
    none marked right: '1 Which organelle …?' / 'A nucleus B ribosome' / …, no 'Answers' after them), when nothing else
    reads the file: read with it, the reader says at each question that none is marked and how to mark it, never
    "cannot tell this document's layout" (trial35 T35-6)."""
    try:
        pattern = PatternConfig.model_validate(tomllib.loads("\n".join(lines)).get("source", {}).get("pattern", {}))
    except (tomllib.TOMLDecodeError, ValueError):
        return None
    if not pattern.item:
        return None
    items = _read(doc, src.model_copy(update={"layout": "pattern", "pattern": pattern}), Diagnostics(), cache)
    if len(items) < UNKEYED_MIN or any(i.skip != "no correct option" for i in items):
        return None
    shown = tuple(line for line in lines if line != "[source.pattern]" and not line.startswith(_NOT_USED))
    why = f"a question paper without its key: {len(items)} questions with options, none marked right"
    return Detection("pattern", 0.5, why, pattern.model_dump(exclude_defaults=True), shown)


def _said_at(doc: Document, item: Item) -> str:
    """What the user sees at an item's line ('Problem 2'), else its question."""
    line = doc.lines[item.locator.line - 1].strip() if 0 < item.locator.line <= len(doc.lines) else ""
    return line or item.question


def _shortened(text: str, width: int = 40) -> str:
    """A question as a message quotes it: one line, cut at ``width`` characters."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _heading_only(doc: Document, item: Item) -> bool:
    """A file per question read with its one heading as the question: nothing between the heading and the
    answer (code there belongs on the front, which the pattern reader would join into the question text)."""
    below = doc.lines[item.locator.line :]
    end = next((n for n, line in enumerate(below) if ANSWER_LABEL_HEADING.match(line)), None)
    return end is not None and not any(line.strip() for line in below[:end])


def _close_open_fences(doc: Document, diag: Diagnostics) -> Document:
    """``doc`` with each code fence left open over the questions after it closed, each said at its line (T15-50)."""
    lines, slips = close_open_fences(doc.lines)
    for s in slips:
        ran = f"line {s.ran_to}" if s.ran_to else "the end of the file"
        over = f"{s.headings} heading{'s' if s.headings > 1 else ''}"
        diag.warning(
            doc.rel,
            s.opened,
            f"the code block opened here ({s.fence}) is not closed before the heading at line {s.heading} ({s.title!r}), "
            f"so it runs to {ran} and makes {over} code; "
            + (f"read as closed at line {s.closed}" if s.closed else "read as written"),
            f"add a closing {s.fence[:3]} line where the code ends" + (f": line {s.closed}" if s.closed else f", before line {s.heading}"),
        )
    return doc if not slips else Document(rel=doc.rel, text="\n".join(lines) + "\n")


_BOLD_LINE = re.compile(r"^\*\*(?P<text>.*)\*\*$")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_<>$|~#+=-])")


def _pdf_printed(lines: list[str]) -> list[str]:
    """A PDF's text made Markdown (its bold lines '**Question 1**', its marks escaped) as the text the PDF prints, line
    for line: what the sniffers of a page copied as text read."""
    return [_MARKDOWN_ESCAPE.sub(r"\1", _BOLD_LINE.sub(r"\g<text>", line.strip())) for line in lines]


# a numbered line whose question mark is followed by an option label (the cheap check before glued_options)
_NESTED_OPTION = re.compile(r"(?m)^(?:\t+| {2,})(?:\d{1,2}[.)]|[A-Ea-e][.)])[ \t]+\S")  # (nested_options' precheck)
_DEFINED_ENTRY = re.compile(  # (term_definitions' precheck; a term in bold or code defined after it: trial53 T53-3)
    r"(?m)^ {0,3}(?:\d{1,3}[.)]|[-*+])[ \t]+(?:[^\W\d_][^:：\n]{0,60}?(?:[ \t]+[-–—][ \t]+|[ \t]*[:：][ \t]+)\S|(?:\*\*|__|`)[^*_`\n]{1,60}(?:\*\*|__|`)[ \t:：-]+[^\W\d_])"
)
_FORMULA_HEADING = re.compile(r"(?m)^ {0,3}#{1,6}[ \t].*\S[ \t]+\$[^$\n]+\$[ \t#]*$")  # (formula_headings' precheck)
_VERB_JOIN = re.compile(r"(?i)[ \t](?:stands\s+for|is\s+short\s+for|is\s+an\s+abbreviation\s+for|means|refers\s+to|is\s+defined\s+as|steht\s+für|bedeutet|signifie|veut\s+dire|significa|quiere\s+decir|vuol\s+dire|betekent)[ \t]")  # (verb_pairs' precheck)
_DIALOGUE_TURN = re.compile(r"(?m)^[ \t]*(?:\*\*)?[A-Z][\w'’.-]{0,20}[ \t]*:(?:\*\*)?[ \t]+\S.*\?[ \t]*$")  # (dialogue_turns' precheck)
_OPEN_GAP = re.compile(r"\(\s*1\s*\)\s*(?:_{2,}|\.{3,}|…)|_{2,}\s*\(\s*1\s*\)")  # (gap_key's precheck: gap (1))
_GLUED_RUN = re.compile(r"(?m)^[ ]{0,3}\d{1,3}[.)][ \t].*?[?？:：][ \t]+\(?[aA][.)]")


def _moved_lines(doc: Document, moved: Converted | None, made: tuple[list[str], list[int]]) -> tuple[Document, Converted]:
    """A rewrite that moves or splits lines (``made``: the new lines and the line of ``doc`` each came from) applied to
    ``doc``, and where each new line stands in the file as written, through the rewrites before it (``moved``)."""
    lines, origin = made
    through = tuple(moved.origin[n - 1] for n in origin) if moved is not None else tuple(origin)
    return Document(rel=doc.rel, text="\n".join(lines) + "\n"), Converted(doc.text, through)


def _matching_tables(doc: Document, moved: Converted | None, diag: Diagnostics, listed: bool) -> tuple[Document, Converted | None]:
    """``doc`` with its matching tables paired by their keys (T17-26), as numbered items when ``listed`` (the numbered
    layout reads no table: a Word worksheet's matching part, T32-2); one with no key said at its line (of the
    rewritten text: the reader's messages are moved to the file's lines after it)."""
    found = matching_tables(doc.lines, listed)
    if found is None:
        return doc, moved
    lines, origin, unkeyed = found
    converted = doc.converted  # (a Word document's Markdown stays Markdown)
    for t in unkeyed:
        diag.warning(
            doc.rel,
            origin.index(t.line) + 1,
            f"a matching exercise ({counted(t.terms, 'term')}, definitions {t.letters}) with no key: its rows pair nothing, so no card",
            "write its key under the table ('Answers: 1-c, 2-a, …') or a column of letters beside the terms; "
            'or matching = "rows" in its [[source]] table of deck.toml if each row already pairs a term with its definition',
            group="unkeyed-matching",
        )
    doc, moved = _moved_lines(doc, moved, (lines, origin))
    return dataclasses.replace(doc, converted=converted), moved


def _close_open_comment(doc: Document, diag: Diagnostics) -> Document:
    """``doc`` with an HTML comment that is never closed ended with its paragraph, said at its line (T16-18)."""
    lines, slip = close_open_comment(doc.lines)
    if slip is None:
        return doc
    diag.warning(
        doc.rel,
        slip.opened,
        f"the HTML comment opened here is never closed ('-->'), so it hides the rest of the file ({counted(slip.hidden, 'line')}"
        + (f", {counted(slip.headings, 'heading')}" if slip.headings else "")
        + f"); read as ending at line {slip.closed}",
        f"add '-->' at the end of line {slip.closed}, or where the comment ends",
    )
    return Document(rel=doc.rel, text="\n".join(lines) + "\n")


_FENCE_MARK = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})(?:[^\s`]*[ \t]*$|[ \t]+)")  # a fence's marker and info string


def _unmarked(line: str) -> str:
    """A fence line without its marker and info string: '' for '```' or '```text', '1. Q: …' for '``` 1. Q: …'."""
    return _FENCE_MARK.sub("", line, count=1)


PROSE_PARAGRAPH_WORDS = 20  # words at least of a paragraph of prose
PROSE_SHARE = 0.8  # of a file's words in such paragraphs, for the file to be prose


# a line opening with a time, as a lecture's or a video's transcript writes it: '[00:45] …', '(12:05) …', '03:10 - …'
_TIMESTAMP_LINE = re.compile(r"^[ \t]*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}[\])]?[ \t]*[-–—:]?[ \t]+\S")
TRANSCRIPT_LINES = 3  # lines opening with a time that make a file a transcript


def _prose_only(lines: list[str]) -> int:
    """How many paragraphs of prose a file is, when it is nothing else: two paragraphs or more of PROSE_PARAGRAPH_WORDS
    words that end a sentence, holding PROSE_SHARE of its words, no line that asks or is a list entry; else 0."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line.strip())
        elif paragraphs[-1]:
            paragraphs.append([])
    paragraphs = [p for p in paragraphs if p]
    # a file of one paragraph a line (a word processor's paste, no blank lines between): each line of a paragraph's
    # length a paragraph of its own (round-14 d/19: one "paragraph" of four lines, read as no prose)
    paragraphs = [q for p in paragraphs for q in (_line_paragraphs(p) or [p])]
    if any(line.rstrip(CLOSERS).endswith(QUESTION_MARKS) or re.match(r"(?:[-*+•]|\d{1,3}[.)])\s", line) for p in paragraphs for line in p):
        return 0
    texts = [" ".join(p) for p in paragraphs]
    prose = [t for t in texts if len(t.split()) >= PROSE_PARAGRAPH_WORDS and t.rstrip(CLOSERS)[-1:] in ".!。"]
    total = sum(len(t.split()) for t in texts)
    return len(prose) if len(prose) >= 2 and sum(len(t.split()) for t in prose) >= PROSE_SHARE * total else 0


def _line_paragraphs(lines: list[str]) -> list[list[str]]:
    """The lines of a block without blank lines, each a paragraph of its own, when they are paragraphs written one a
    line: two lines or more, each ending a sentence, two of them PROSE_PARAGRAPH_WORDS words or more (a wrapped
    paragraph's lines are shorter and end mid-sentence); else empty."""
    if len(lines) < 2 or not all(line.rstrip(CLOSERS)[-1:] in ".!?。？" for line in lines):
        return []
    return [[line] for line in lines] if sum(len(line.split()) >= PROSE_PARAGRAPH_WORDS for line in lines) >= 2 else []


# a question asked inside a paragraph and answered after it: 'What was the Tennis Court Oath? It was the pledge …'
_ASKED_IN_TEXT = re.compile(r"(?:^|(?<=[.!]\s))([A-Z][^.!?]{3,150}\?)\s+[A-Z0-9]")


def asked_in_text(lines: list[str]) -> list[str]:
    """The questions a page of prose asks inside its paragraphs with their answers after them, in order."""
    return [m.group(1) for line in lines for m in _ASKED_IN_TEXT.finditer(line.strip())]


def _header_cause(doc: Document, layout: str) -> str:
    """Why a table of pairs shows no items, when its one line is the names of its columns ('Term<TAB>Definition': an
    export or a sheet saved before any row was typed; sitting 61 N61-12 said only "no items found")."""
    lines = [line for line in doc.lines if line.strip() and not line.startswith("#")]
    if layout != "delimited" or len(lines) != 1 or not any(sep in lines[0] for sep in ("\t", ",", ";", "|")):
        return ""
    return f": its one line, {lines[0].strip().replace(chr(9), '<TAB>')[:60]!r}, names its columns, and no row is under it yet"


def _fence_cause(doc: Document) -> str:
    """Why a Markdown file shows no items, when a code fence holds most of it."""
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        return ""
    fence = hiding_fence(doc.lines)
    if fence is None:
        return ""
    outside = [*doc.lines[: fence[0] - 1], *doc.lines[fence[1] :]]
    if fence[1] < len(doc.lines) and any(re.match(r"^\s{0,3}#{1,6}\s+\S", line) for line in outside):
        return ""  # a closed fence under the file's own heading is an example in it, not a page fenced whole
    return (
        f": lines {fence[0]}-{fence[1]} are inside one code fence opened at line {fence[0]}, and nothing inside "
        'code is read as a question (if it is not code, read the file as text: format = "text" in [source.pattern])'
    )


def _named_layout(src: SourceConfig, diag: Diagnostics, config_line: Callable[[], int | None]) -> str | None:
    known = readers()
    if src.pattern is not None and src.layout not in (None, *DECLARATIVE):
        diag.error(
            CONFIG_NAME,
            config_line(),
            f"source {src.id!r}: [source.pattern] only applies to declarative layouts, not {src.layout!r}",
            f"remove layout = {src.layout!r} (or set one of: {', '.join(sorted(DECLARATIVE))})",
        )
        return None
    if src.layout:
        if src.layout not in known:
            diag.error(
                CONFIG_NAME,
                config_line(),
                f"source {src.id!r}: unknown layout {src.layout!r}"
                + (f" (did you mean {near[0]!r}?)" if (near := difflib.get_close_matches(src.layout, known, n=1, cutoff=0.6)) else ""),
                f"use one of: {', '.join(sorted(known))}, or describe it with [source.pattern] (docs/layouts.md)",
            )
            return None
        return src.layout
    if src.pattern is not None:
        return "pattern"
    return None


def _described(src: SourceConfig) -> bool:
    """Whether the source describes its items with a pattern of its own (a [source.pattern] naming an ``item``): the
    rewrites that bring a page to a shape a layout reads are for pages read by a layout's own patterns, and so is a
    table that only tunes one (``choices = false``, ``format = "text"``: what a build's hint adds, followed, read the
    page otherwise: a paper's 7 questions became 'no items found')."""
    return src.pattern is not None and src.pattern.item is not None


def read_sources(
    content_dir: Path,
    config: DeckConfig,
    diag: Diagnostics,
    progress: Progress | None = None,
    cache: ItemCache | None = None,
    replays: Replays | None = None,
) -> tuple[list[Source], list[Item], dict[str, Document]]:
    """Read every source; items come in deck.toml order, then line, with distinct ids.

    ``cache`` (:class:`~compiler.itemcache.ItemCache`) returns what a reader made of an unchanged document;
    ``replays`` (:mod:`compiler.docreplay`) what reading a whole document gave, when nothing it read changed.
    """
    sources: list[Source] = []
    items: list[Item] = []
    documents: dict[str, Document] = {}
    unlisted = unlisted_sources(content_dir, config)
    included: set[str] = set()  # files a page includes (mdBook): read, so never "not read"
    others = len(diag.items)
    tables: list[_Table] = []  # the [[source]] tables to print for unlisted files, grouped by folder at the end
    diag.render = diag.render or fixed_table
    own_tables = _source_tables(content_dir) if config.source else []  # deck.toml's, as the user wrote them
    # a task file and its solution file side by side (task.md + solution.md, learner5 L27): one note, read from the task
    tasks = task_pairs([s.file for s in [*config.source, *unlisted] if s.layout in (None, "task") and s.pattern is None])
    solved = {solution: task for task, solution in tasks.items()}
    keys, answered = answerkey.key_files([s for s in [*config.source, *unlisted] if s.file not in solved], {s.file for s in unlisted})
    superseded = _solved_copies(content_dir, [*config.source, *unlisted], unlisted, keys, answered)
    siblings = _sibling_keys(content_dir, [s for s in [*config.source, *unlisted] if s.file not in solved], unlisted, keys, answered)
    lone_keys = _keys_by_content(content_dir, [s for s in [*config.source, *unlisted] if s.file not in solved], unlisted, keys, answered)
    from compiler.sources.databank import answer_files

    answer_pages = answer_files(content_dir, [s.file for s in [*config.source, *unlisted] if s.layout in (None, "markdown")])
    copies = _byte_copies(content_dir, [*config.source, *unlisted], unlisted)
    order = [*config.source, *unlisted]
    gave: set[str] = set()  # files that gave items: a copy of one is left out (T32-33)
    deferred: set[str] = set()  # copies put after every other file, to be read when their original gave nothing
    read_files = {s.file for s in order}
    linked: dict[str, str] = {}  # an answer file -> the question an index asks of it, as a link to it (T35-15)
    # (each document's reading replayed while nothing it read changed: what one adds to the state of this loop besides
    # these must be kept by compiler.docreplay.Documents too, or a replayed reading would leave it out)
    each = Documents(replays, diag, sources, items, documents, tables, included, gave, cache, _Table, lambda rel: note_folders.shape(rel), linked)
    note_folders = _NoteFolders(content_dir, unlisted, each)  # (a folder of one-note pages: each read as one, T33-1)
    for index, src in each.each(order):
        watchdog.arm(src.file)  # each file its own time limit (compiler.watchdog)
        TASKS_ASK.set(False)  # (set again once the file is read: its task labels ask when it labels its items, T29-L1)
        if progress:
            progress(f"reading {src.file}")
        listed = index < len(config.source)
        if src.file in solved:  # a task's solution: read with the task (its note says both files)
            continue
        if src.layout == "task" and src._glob and src.file not in tasks:  # 'sources/**/task.md' matched one with no solution
            src = src.model_copy(update={"layout": None})  # (read as its text says: a page of its own)
        if src.file in lone_keys:  # a key alone, its numbers another file's questions' (T16-45): said, read with it
            exam = answered.get(src.file)
            diag.warning(
                src.file,
                None,
                f"read as the answer key of {exam} (its {lone_keys[src.file]} entries number that file's questions), not as questions"
                if exam
                else f"an answer key of {lone_keys[src.file]} entries and no questions: no card from this file",
                f'to say so in deck.toml, add key_file = "{src.file}" to the [[source]] table of {exam}'
                if exam
                else f'name it as the key of the questions\' file: key_file = "{src.file}" in that file\'s [[source]] table in deck.toml; '
                f"or {exclude_hint(src.file)}",
                group="key-file",
            )
            continue
        if src.file in answer_pages and (not listed or src._glob):  # a front-matter question's answer (T18-20): read with its page
            continue
        if src.file in copies and src.file not in deferred:
            deferred.add(src.file)
            order.append(src)  # (after its original, whichever comes first: is it a document that gives cards?)
            continue
        if src.file in copies and copies[src.file] in gave:  # a second download (T32-33): its notes would only say both
            diag.warning(
                src.file,
                None,
                f"not read: it has the same bytes as {copies[src.file]} (a second download or a copy?), which is read",
                f"delete it; or, to keep it, {exclude_hint(src.file)}",
                group="byte-copy",
            )
            continue
        if src.file in superseded and not listed:  # 'packet1.tex' beside 'packet1_solutions.tex', its problems solved (T20-28)
            diag.warning(
                src.file,
                None,
                f"not read: {superseded[src.file]} holds its problems, each with its solution, and is read instead",
                f"to read this file too, list it in deck.toml; or {exclude_hint(src.file)}",
                group="solved-copy",
            )
            continue
        if src.file in siblings:  # a key of several quizzes, by their names (T42-3): read with each, said once
            quizzes = siblings[src.file]
            diag.warning(
                src.file,
                None,
                f"read as the answer key of {' and '.join(quizzes)} (its sections name {'them' if len(quizzes) > 1 else 'it'}), not as questions",
                f'to say so in deck.toml, add key_file = "{src.file}" to the [[source]] table of '
                f"{'each of them' if len(quizzes) > 1 else quizzes[0]}; if it holds questions of its own, rename it",
                group="key-file",
            )
            continue
        if src.file in answered:  # another source's answer key (trial8 H15): read with it, not as questions
            answerkey.report_key_file(src, answered[src.file], listed, config.source, diag)
            continue

        table = src._table if src._table is not None else index

        def line_of(key: str, index: int = table, listed: bool = listed) -> int | None:
            """Line of this source's key in deck.toml, read only when a message needs it."""
            return source_line(content_dir, index, key) if listed else None

        if listed and table < len(own_tables):  # a hint's fix completes the user's own table (a glob's: all its files')
            diag.tables[src.file] = (own_tables[table], True)
        refused = inside_content(content_dir, src.file)
        if refused is not None:
            where, line = (CONFIG_NAME, line_of("file")) if listed else (src.file, None)
            diag.error(
                where,
                line,
                refused,
                "remove the link, or point it at the document" if DANGLING in refused
                else "sources must be files inside the deck folder (e.g. in its sources/), not links that lead elsewhere",
            )  # fmt: skip
            continue
        if (content_dir / src.file).is_dir():
            diag.error(
                CONFIG_NAME,
                line_of("file"),
                f"source {src.file!r} is a folder, not a file",
                _folder_hint(content_dir / src.file, src.file),
            )
            continue
        path = content_dir / src.file
        if not path.is_file() and (path.exists() or path.is_symlink()):  # never opened: a pipe would wait forever
            where, line = (CONFIG_NAME, line_of("file")) if listed else (src.file, None)
            diag.error(
                where,
                line,
                f"{src.file!r} is not a regular file (a broken link, a named pipe or a device)",
                "put the document itself in its place" + ("" if listed else ", or move it out of sources/"),
            )
            continue
        if not path.is_file() and (meant := _meant_file(content_dir, src.file)) is not None:
            diag.error(  # (an error whatever is published: read as unlisted, the table's settings were dropped unsaid)
                CONFIG_NAME,
                line_of("file"),
                f"source file {src.file!r} not found, but {meant!r} is there"
                + (" (deck.toml paths use '/')" if "\\" in src.file else " (the letter case differs)"),
                f'write `file = "{meant}"`',
            )
            continue
        if not path.is_file() and (escaped := _escaped_path(src.file)) is not None:
            diag.error(  # 'sources\networking.md' in double quotes: TOML read '\n' as a line break (trial30 T30-9)
                CONFIG_NAME,
                line_of("file"),
                f"source file {src.file!r} not found: its backslashes were read as TOML escapes (\\n a line break, \\t a tab)",
                f'write `file = "{escaped}"`, forward slashes work on Windows too',
            )
            continue
        if not path.is_file():
            diag.error(
                CONFIG_NAME,
                line_of("file"),
                f"source file {src.file!r} not found",
                "fix `file = …` (relative to the content folder), or remove this [[source]] table",
                group=f"{MISSING_SOURCE}{src.id}",  # (a warning when none of its notes is published: compiler.pipeline)
            )
            continue
        if each.replayed(src, index, listed, keys.get(src.id), tasks.get(src.file)):
            continue  # (nothing it reads changed: what reading it gave last time, compiler.docreplay)
        made = None  # a saved web page or a notebook: Markdown converted from it, and its line map
        ending = ""  # a text file's last line (a copy cut short? N61-11)
        plain: list[str] = []  # a text file's lines as read (a list of questions with no answers: T61-6)
        package = Path(src.file).suffix.lower() in PACKAGE_SUFFIXES  # an Anki package: binary, read by its own reader
        if not package and src.file.lower().endswith(".json"):
            from compiler.sources.apkg import is_crowdanki

            package = is_crowdanki(content_dir / src.file)  # a CrowdAnki export: a shared deck as JSON (learner2 M16)
        try:
            if (damage := unreadable(content_dir / src.file, src.file)) is not None:
                raise ContentError([damage])  # (empty, or a zip cut short: said alike for every format, T41-3)
            if package:
                from compiler.sources.apkg import load_package

                doc = load_package(content_dir / src.file, src.file)
            elif src.file.lower().endswith(WORKBOOK_SUFFIXES):  # an Excel workbook: its sheets as TSV (trial22 T22-42)
                from compiler.sources.spreadsheet import read_workbook

                doc, made = read_workbook(content_dir / src.file, src.file)
                diag.items.extend(made.warnings)
            elif is_converted(src.file):
                bank = src.bank.roles() if src.bank else None  # ([source.bank]: the bank's own key names)
                text, made = convert(content_dir / src.file, src.file, src.encoding, cache, bank=bank)  # (converted once per content)
                slides = next((d for d in made.warnings if d.group == PDF_SLIDES), None)
                if slides is not None and not src.pdf_slides:  # (lecture slides: no cards made of their text, T18-66)
                    hint = slides.hint if listed else f"{slides.hint}; {exclude_hint(src.file)}"
                    diag.warning(src.file, None, f"not read: {slides.message}", hint, group=f"not-read:{src.file}")
                    continue
                diag.items.extend(d for d in made.warnings if d.group != PDF_SLIDES)  # what the conversion left out (an AsciiDoc include::)
                doc = Document(rel=src.file, text=text, converted=not made.plain)  # (a PDF's text may be plain text)
            else:
                doc = _load_guessing(content_dir, src, diag)
                if src.layout in (None, "markdown") and not _described(src) and src.file.lower().endswith(TEXT_SUFFIXES) and "#" in doc.text:
                    from compiler.sources.code_exercises import text_cheats

                    made = text_cheats(doc.text, src.file)  # (a shell cheat sheet saved as text: read as the script, T61-3)
                    if made is not None:
                        diag.items.extend(made.warnings)
                        doc = Document(rel=src.file, text=made.text, converted=True)
                if doc.text.strip():
                    ending = doc.text.rstrip().rsplit("\n", 1)[-1].strip()
                    plain = doc.lines
                diag.items.extend(doc.warnings)  # what reading its bytes repaired (stray NULs dropped)
                if src.layout is None and src.file.lower().endswith((".csv", ".tsv")):
                    _data_table(doc, src)  # (a data set beside a notebook: no flashcards, T29-20)
                faq = None
                if src.file.lower().endswith(MARKDOWN_SUFFIXES) and doc.text.startswith(("---", "+++")):
                    from compiler.sources.databank import front_matter_bank

                    faq = front_matter_bank(doc.lines, src.file, (content_dir / src.file).parent, keys=src.bank.roles() if src.bank else None)
                if faq is not None:  # 'faqs: - question: … answer: …' in the front matter (trial10 P28)
                    made = faq
                    diag.items.extend(made.warnings)
                    doc = Document(rel=src.file, text=made.text, converted=True)
                elif Path(src.file).suffix.lower() in (".txt", ".text") and looks_like_rst(doc.text):
                    made = convert_rst(doc.lines, src.file)  # reStructuredText saved as text (trial8 H5)
                    diag.items.extend(made.warnings)
                    doc = Document(rel=src.file, text=made.text, converted=True)
                elif src.layout in (None, "markdown") and "NewQuestion" in doc.text and is_d2l(doc.lines, src.file):
                    made = convert_d2l(doc.lines, src.file)  # a D2L Brightspace question CSV (trial13 T13-11)
                    doc = Document(rel=src.file, text=made.text, converted=True)
                elif (made := sniffed(doc.lines, src.file, _described(src), src.layout)) is not None:  # GIFT/Aiken as .txt, a fenced bank (trial9 T23, T14)
                    diag.items.extend(made.warnings)
                    doc = Document(rel=src.file, text=made.text, converted=True)
                elif Path(src.file).suffix.lower() in TEXT_SUFFIXES and src.layout in (None, "markdown") and not _described(src) and _markdown_text(doc):
                    doc = dataclasses.replace(doc, converted=True)  # Markdown saved as .txt: read as the .md is (meta R4-11)
        except ContentError as exc:
            if (not listed or src._glob) and [d.message for d in exc.diagnostics] == ["file is empty"]:
                diag.warning(
                    src.file,
                    None,
                    "empty file: no card",
                    "write the note, or remove the file",
                    group="empty-file",  # (an empty note in a vault is common: one line with a count)
                )
                continue
            # (a tool's settings.json; or a file a glob table matches that holds no card, a GIFT file of essays: the table
            # the build printed for its folder said nothing of it, and pasting it must not stop the build, trial23 T23-2)
            if (not listed or src._glob) and all(d.group == NOT_A_DOCUMENT for d in exc.diagnostics):
                d = exc.diagnostics[0]
                # (the same problem in several files, eight 'x.metadata.json' sidecars beside their notes: one warning with
                # its count and files, not eight of three lines each: trial21 T21-28)
                said = d.message.removeprefix("not read: ")  # ('not read: a zip archive …': said once, never twice; T25-31)
                hint = d.hint if f"#{Path(src.file).name} " in (d.hint or "") else f"{d.hint}; {exclude_hint(src.file)}"
                diag.warning(src.file, d.line, f"not read: {said}", hint, group=f"not-read:{said}")
                continue
            for d in exc.diagnostics:
                # no table to set encoding in: show one (not for a UTF-8 file with a stray byte: no encoding fits it)
                if not listed and d.message.startswith("not valid") and STRAY_NOTE not in d.message:
                    guessed = (d.fix or {}).get("encoding")  # what the bytes read best as (trial9 T34)
                    extra = [
                        f'encoding = "{guessed}"    # how this file\'s bytes are text (they read best so)'
                        if guessed
                        else 'encoding = "cp1252"    # or "latin-1", … : how this file\'s bytes are text'
                    ]
                    hint = (d.hint or "").replace("in its [[source]] table of deck.toml", "in the [[source]] table below, added to deck.toml")
                    hint = hint.replace("set its encoding in its [[source]] table", "add the [[source]] table below to deck.toml, its encoding")
                    d = dataclasses.replace(d, hint=hint, snippet=source_toml(src.id, src.file, src.title or src.id, extra=extra))
                diag.items.append(d)
            continue
        doc = _unpaginate(doc, src, diag)
        TASKS_ASK.set(labelled_items(doc.lines))  # ('**Задача:** …' among '**Вопрос:** …' items: a question label, T29-L1)
        moved: Converted | None = None  # lines a rewrite moved: where each of the new lines came from
        reading_glossed = 0  # lines reading_glosses gave a '：' the file does not write
        if made is not None and made.plain and src.layout in (None, "markdown") and not _described(src) and looks_like_aiken(doc.lines) and unnumbered(doc.lines):
            # a PDF's plain text that is a quiz of unnumbered questions over their options and key ('Which …?' / 'A. …' /
            # 'Answer: B'), as a .txt of it is read (sniffed): the Aiken quiz's Markdown (sitting 22: no layout told)
            quiz = convert_aiken(doc.lines, doc.rel)
            diag.items.extend(quiz.warnings)
            doc, moved = _moved_lines(doc, moved, (quiz.text.splitlines(), list(quiz.origin)))
            doc = dataclasses.replace(doc, converted=True)
        if made is not None and doc.rel.lower().endswith(PDF_SUFFIXES) and src.layout in (None, "markdown") and not _described(src):
            review = copied_review(doc.lines if made.plain else _pdf_printed(doc.lines), doc.rel)
            if review is not None:  # an LMS's quiz review printed to PDF, read as the page copied as text is (trial25 T24-6)
                diag.items.extend(review.warnings)
                doc, moved = _moved_lines(doc, moved, (review.text.splitlines(), list(review.origin)))
                doc = dataclasses.replace(doc, converted=True)
        converted = doc.converted  # (a PDF's text as Markdown: the rewrites below make new documents of its text)
        if made is not None and doc.rel.lower().endswith(NOTEBOOK_SUFFIXES) and "{{#load " in doc.text:
            said = len(diag.items)
            doc = shortcodes.expand(doc, content_dir, diag, included)  # '# %load solutions/x.py' cells: the files' code (T23-25)
            remap(doc.rel, made, [], diag, said)  # (a file not found: said at the notebook's line and cell)
        own = _own_suffix(doc, made)
        if (not listed or src._glob) and own in MARKDOWN_SUFFIXES and (kind := plugin_page(doc.rel, doc.lines)):
            diag.warning(  # ('excalidraw-plugin: parsed', 'kanban-plugin: basic': a plugin's drawing or board, T29-33/34)
                src.file,
                None,
                f"not read: {kind} (an Obsidian plugin's own file, no notes to learn)",
                f"nothing to do; to silence this, rename it #{Path(src.file).name} or move it out of sources/",
                group=f"not-read:{kind}",
            )
            continue
        worded_doc = made is not None and Path(doc.rel).suffix.lower() in WORD_SUFFIXES  # a Word document, converted
        if own in MARKDOWN_SUFFIXES and re.search(r"(?m)^ {0,3}\((?:i|a)\)[ \t]", doc.text):
            parted = answered_parts(doc.lines)  # '**Question 1**' / '(i) State …' / '**Answer:** 6' / '(ii) …' (sitting 52 N38)
            doc = doc if parted is doc.lines else Document(rel=doc.rel, text="\n".join(parted) + "\n")
        if own in _PROSE_SUFFIXES and not _described(src) and re.search(r"(?im)^\W{0,3}(?:a|answer)\s*[:：].*\n\W{0,3}(?:q|question)\s*[:：]", doc.text):
            flipped = answer_first_pairs(doc.lines)  # 'Answer: This gas …' / 'Question: What is nitrogen?' (sitting 52 N39)
            doc = doc if flipped is doc.lines else Document(rel=doc.rel, text="\n".join(flipped) + "\n")
        if own in (".txt", ".text") and src.layout in (None, "qa") and not _described(src) and ("|" in doc.text or "[" in doc.text):
            fields = field_records(doc.lines)  # '|QUESTION|' / its text / '|QUERY|' / its SQL / '|PAGEID|' / … (T54-5)
            doc = doc if fields is doc.lines else Document(rel=doc.rel, text="\n".join(fields) + "\n")
        if own in _PROSE_SUFFIXES and src.layout in (None, "numbered", "delimited", "markdown") and not _described(src) and re.search(r"(?im)^\W{0,3}q", doc.text):
            plain = labelled_numbers(doc.lines)  # 'Q1. …' / 'Question 1: …' numbering questions, no 'A:' (round 3 M6)
            doc = doc if plain is doc.lines else Document(rel=doc.rel, text="\n".join(plain) + "\n")
        # ('(1) 水は…。　答え：○': an answer after a wide gap on its statement's line, T25-18)
        split = key_lines(doc.lines) if own in _PROSE_SUFFIXES and any(c in doc.text for c in "[【<：:") else None
        both_ways: set[int] = set()  # lines of the file whose card its tool asks each way ('#card-reverse')
        if split is not None:  # '[정답] ② [해설] …': the key and its explanation a line each, each at its line (T17-36)
            doc, moved = _moved_lines(doc, moved, split)
        if own in MARKDOWN_SUFFIXES and "<!--" in doc.text and ("```" in doc.text or "~~~" in doc.text):
            uncommented = fenced_comments(doc.lines)  # '<!-- 1. …' / '```python' / … '-->': no fence after it (T17-8)
            doc = doc if uncommented is doc.lines else Document(rel=doc.rel, text="\n".join(uncommented) + "\n")
        if own in MARKDOWN_SUFFIXES and ("```" in doc.text or "~~~" in doc.text):  # a closing ``` forgotten (T15-50)
            doc = _close_open_fences(doc, diag)
        if own in MARKDOWN_SUFFIXES and (":::" in doc.text or "+++" in doc.text):
            plain = myst_layout(doc.lines)  # '+++', ':::{index}', an exercise box no solution answers (T54-3)
            doc = doc if plain == doc.lines else Document(rel=doc.rel, text="\n".join(plain) + "\n", converted=doc.converted)
        if own in MARKDOWN_SUFFIXES and "# " in doc.text and re.search(r"(?im)^#{2,6}[ \t]+(?:the\s+)?(?:lesson|main\s+content|content)\b", doc.text):
            titled = titled_content_heading(doc.text)  # '# cp (Copy)' / '## Lesson Content': '## cp (Copy)' (T54-4)
            doc = doc if titled == doc.text else Document(rel=doc.rel, text=titled, converted=doc.converted)
        if own in MARKDOWN_SUFFIXES and (":label:`" in doc.text or ":begin_tab:`" in doc.text):
            plain = d2l_markup(doc.text)  # ':label:`sec_bn`', ':begin_tab:`pytorch`' … ':end_tab:', ':cite:`…`' (T55-5)
            doc = doc if plain == doc.text else Document(rel=doc.rel, text=plain, converted=doc.converted)
        if Path(doc.rel).suffix.lower() == ".mdx" and "/>" in doc.text:
            bare = mdx_furniture(doc.text)  # '<FrameworkSwitchCourse {fw} />': the page's furniture, no text
            doc = doc if bare == doc.text else Document(rel=doc.rel, text=bare, converted=doc.converted)
        if (own in MARKDOWN_SUFFIXES or Path(doc.rel).suffix.lower() in (".md", ".mdx")) and "]]" in doc.text and "#" in doc.text:
            # ('# Second Quiz [[quiz2]]': hf-doc-builder's anchor, no text; a quiz page its components converted too: T55-6)
            unanchored = slug_anchors(doc.text)
            doc = doc if unanchored == doc.text else Document(rel=doc.rel, text=unanchored, converted=doc.converted)
        if own in MARKDOWN_SUFFIXES and "#" in doc.text and ("uestion" in doc.text or "UESTION" in doc.text):
            asked = labelled_question_headings(doc.text)  # '## Quiz Question' / its text / '## Quiz Answer' / its answer (T54-1)
            doc = doc if asked == doc.text else Document(rel=doc.rel, text=asked, converted=doc.converted)
        if own in MARKDOWN_SUFFIXES and "#" in doc.text:  # '## Answers ##': the heading '## Answers' (meta R7-1)
            opened = heading_tags(open_headings(doc.text))  # '### <h1 align="center"> *Solution* </h1>': '### *Solution*' (T59-2)
            doc = doc if opened == doc.text else Document(rel=doc.rel, text=opened)
        if own in MARKDOWN_SUFFIXES and "]:" in doc.text:  # '[the docs][1]' … '[1]: https://…': '[the docs](https://…)' (R7-2)
            inlined = inline_references(doc.text)
            doc = doc if inlined == doc.text else Document(rel=doc.rel, text=inlined)
        if own in MARKDOWN_SUFFIXES and ("%%" in doc.text or "```" in doc.text or "~~~" in doc.text or "<%" in doc.text):
            shown = hide_vault_text(doc.lines)  # Obsidian's '%% … %%' comments, Dataview's query fences (T18-29, T18-30),
            # Templater's '<% … %>' commands (T29-34)
            doc = doc if shown is doc.lines else Document(rel=doc.rel, text="\n".join(shown) + "\n")
        if own in _PROSE_SUFFIXES and ("*" in doc.text or "_" in doc.text):  # '*Answers: 1. osmosis 2. the stroma*' (sitting 47)
            unwrapped = italic_keys(doc.lines)  # (before the trailing marks: 'the stroma*' is no option marked right)
            doc = doc if unwrapped is doc.lines else Document(rel=doc.rel, text="\n".join(unwrapped) + "\n")
        if own in MARKDOWN_SUFFIXES and "|" in doc.text and "-" in doc.text:
            piped = outer_pipes(doc.lines)  # 'Front | Back' / '---|---' / …: '| Front | Back |' (sitting 48)
            piped = coded_pipes(piped) if "`" in doc.text else piped  # '| `(a|b)` | Match …|': one cell (sitting 49)
            doc = doc if piped is doc.lines else Document(rel=doc.rel, text="\n".join(piped) + "\n")
        if own in MARKDOWN_SUFFIXES and "&" in doc.text:
            referenced = char_references(doc.lines)  # 'has&nbsp;the most moons?': a no-break space (sitting 48)
            doc = doc if referenced is doc.lines else Document(rel=doc.rel, text="\n".join(referenced) + "\n")
        if own in (".txt", ".text") and ("*" in doc.text or "_" in doc.text):
            plain = plain_labels(doc.lines)  # '**Answer:** …' pasted into a .txt: 'Answer: …' (sitting 48)
            doc = doc if plain is doc.lines else Document(rel=doc.rel, text="\n".join(plain) + "\n")
        if own in MARKDOWN_SUFFIXES and ("*" in doc.text or "_" in doc.text):
            alone = lone_answer_labels(doc.lines)  # '**Answer**' alone over the answer: '**Answer:**' (meta R4-5)
            doc = doc if alone is doc.lines else Document(rel=doc.rel, text="\n".join(alone) + "\n")
        if own in MARKDOWN_SUFFIXES and ("**" in doc.text or "__" in doc.text) and (made_bold := wrapped_bold_questions(doc.lines)):
            doc, moved = _moved_lines(doc, moved, made_bold)  # '**How can you … palindrome,' / 'case-insensitively?**' (sitting 48)
        if own in MARKDOWN_SUFFIXES and ("**" in doc.text or "__" in doc.text) and (made_terms := wrapped_bold_terms(doc.lines)):
            doc, moved = _moved_lines(doc, moved, made_terms)  # '**Extinction**: the weakening of … when the' / 'unconditioned …' (R7-6)
        if own in _PROSE_SUFFIXES and (">!" in doc.text or "||" in doc.text):  # '>!Paris!<', '||Paris||' (T16-50)
            spoiled = spoiler_answers(doc.lines)
            doc = doc if spoiled is doc.lines else Document(rel=doc.rel, text="\n".join(spoiled) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"(?m)(?:\*|\)|\]|<-{1,2}|←|⬅|👈|[✗✘❌❎]\ufe0f?|(?i:answer|ans|right|correct\w{0,2}|richtig))[ \t]*$|^[ \t]*(?:\*|>|-+>|=+>|[→⇒➔➜➡►▶👉])\ufe0f?[ \t]*\(?[A-Ha-h][.)]|^[ \t]{0,3}\(?[A-Ha-h][.)]\*", doc.text):
            marked = trailing_marks(doc.lines)  # 'b) Connection-oriented *', 'c) 443 (Answer)': '(correct)' (T17-23); ' * b) …' (T17-31)
            doc = doc if marked is doc.lines else Document(rel=doc.rel, text="\n".join(marked) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^\s{0,3}\d{1,2}[.)]?[ \t]+\(?A[.):]?[ \t]+\S.*?(?:[ \t]{2,}|\t)\(?B[.):]?[ \t]", doc.text):
            gapped = gap_rows(doc.lines)  # 'Last summer we (1) ______ …' / '1   A made   B did   C took' (T27-49)
            if gapped is not None:
                doc, moved = _moved_lines(doc, moved, gapped)
        if own in _PROSE_SUFFIXES and not _described(src) and _OPEN_GAP.search(doc.text):
            keyed = gap_key(doc.lines)  # 'The (1) ______ is …' / 'Answers: (1) mitochondrion (2) …' (sitting 50)
            if keyed is not None:
                doc, moved = _moved_lines(doc, moved, keyed)
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^\s{0,3}\d{1,3}[.)]\s+\S.*?(?: {2,}|\t)\s*\(?[A-Za-z][.)]\s", doc.text):
            stacked = side_by_side(doc.lines)  # '1. Paris          a. Germany' …: a matching exercise's two columns (T27-52)
            if stacked is not None:
                doc, moved = _moved_lines(doc, moved, stacked)
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^ {0,3}\(?\d{1,3}[.)][ \t]", doc.text) and re.search(r"\S(?: {2}|\t)[ \t]*+\(?\d{1,3}[.)][ \t]", doc.text):
            sided = side_questions(doc.lines)  # '1. What is 2 + 2?   2. What is 3 × 3?': a question a line (T32-48)
            if sided is not None:
                doc, moved = _moved_lines(doc, moved, sided)
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^\s{0,3}\d \d ?\. ?\d", doc.text):  # '0 1 . 1   Name …': 01.1 (T26-39)
            unboxed = unboxed_numbers(doc.lines)
            doc = doc if unboxed is doc.lines else Document(rel=doc.rel, text="\n".join(unboxed) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"[✓✔☑✅√][\ufe0e\ufe0f]?\s+\(?[A-Ha-h][.)]", doc.text):  # 'A) Axon ✓ B) …' (T18-86)
            doc = _inline_ticks(doc, diag)
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^[^\S\n]*(?:(?:\*\*|__)?(?:[IVX]{1,4}|\w+\s+\w{1,2})(?:\*\*|__)?\s*[.):：–—-]?(?:\*\*|__)?\s+|[一二三四五六七八九十]{1,3}、\s*)\d{1,3}\s*[.):–．-]", doc.text):
            parted = part_keys(doc.lines)  # 'KUNCI JAWABAN' / 'I. 1. b   2. a' / 'II. 4. padat, …': one key (T26-3)
            doc = doc if parted is doc.lines else Document(rel=doc.rel, text="\n".join(parted) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^[ \t]{0,3}(?:\S{1,16}[ \t]+)?(?:\d{1,3}[ \t]*[।॥۔။]|[٠-٩۰-۹०-९০-৯]{1,3}[ \t]*[-–—.)۔])", doc.text):
            renumbered = native_numbers(doc.lines)  # '১। …?', '١- …؟': '1. …' (T28-6, T28-25)
            doc = doc if renumbered is doc.lines else Document(rel=doc.rel, text="\n".join(renumbered) + "\n")
        if (own in _PROSE_SUFFIXES or worded_doc) and re.search(r"(?m)^[ \t]{0,3}\|[ \t]*(?:\*\*|__)?[(（]?[Aa](?:[.)）]|(?:\*\*|__)?[ \t]*\|)", doc.text):
            tabled = option_tables(doc.lines)  # '| A. So | B. Na | C. Sd | D. S |' under a question: its options (T29-32)
            doc = doc if tabled is doc.lines else Document(rel=doc.rel, text="\n".join(tabled) + "\n")
        if own in MARKDOWN_SUFFIXES and ("??" in doc.text or "❓" in doc.text):  # '- ?? why … → …' a student's margin question
            margins = margin_questions(doc.lines)  # ('- Q: why …? A: …', read below: sitting 56)
            doc = doc if margins is doc.lines else Document(rel=doc.rel, text="\n".join(margins) + "\n")
        if own in MARKDOWN_SUFFIXES and ("?" in doc.text or "？" in doc.text):  # '- Q: …? A: …' bullets among notes (sitting 48)
            labelled = labelled_pair_entries(doc.lines)
            doc = doc if labelled is None else Document(rel=doc.rel, text="\n".join(labelled) + "\n")
        if own in MARKDOWN_SUFFIXES and re.search(r"(?m)^ {0,3}\d{1,9}[.)][ \t]+\S.*\n(?:\S.*\n)?(?:[ \t]*\n)*(?: {0,3}[-*+][ \t]| {1,3}\t?\S)", doc.text):
            shallow = shallow_answers(doc.text)  # '21. What is …?' / '   - its answer' (3 spaces): the item's (sitting 54)
            doc = doc if shallow == doc.text else Document(rel=doc.rel, text=shallow)
        if (own in MARKDOWN_SUFFIXES or worded_doc) and re.search(r"(?m)^[-*+][ \t]+\S.*[?？؟][*_]*[ \t]*$", doc.text):
            paired = paired_bullets(doc.text)  # '- What is …?' / '- *its answer*': the answer under its question (T38-13)
            doc = doc if paired == doc.text else Document(rel=doc.rel, text=paired)
        if (own in _PROSE_SUFFIXES or worded_doc) and re.search("[🟢🟩💚]", doc.text):
            coloured = color_marks(doc.text)  # '- 🟢 Jupiter' / '- 🔴 Saturn': '- ✅ Jupiter' / '- ❌ Saturn' (T29-49)
            doc = doc if coloured == doc.text else Document(rel=doc.rel, text=coloured)
        if (own in _PROSE_SUFFIXES or worded_doc) and re.search(r"[:：][ \t]*[(（]?[Aa][.)）]", doc.text):
            unlabelled = inline_options_labels(doc.text)  # 'Options: (a) Quito (b) Lima': '(a) Quito (b) Lima' (T29-60)
            doc = doc if unlabelled == doc.text else Document(rel=doc.rel, text=unlabelled)
        if own in MARKDOWN_SUFFIXES and not _described(src) and re.search(r"(?m)^[^\S\n]*\|\s*\**\d{1,3}[.)]?\**\s*\|", doc.text):
            columned = column_keys(doc.lines)  # '## Mark scheme' / '| Question | Answer | Marks |' / '| 1 | … |' (sitting 41)
            doc = doc if columned is doc.lines else Document(rel=doc.rel, text="\n".join(columned) + "\n")
        if (own in _PROSE_SUFFIXES or worded_doc) and re.search(r"(?m)\d[ \t\u3000|]+\d{1,3}[ \t\u3000|]*$", doc.text):
            gridded = grid_keys(doc.lines)  # 'Answer key' / '1  2  3  4' / 'B  C  A  C': 'Answers: 1. B 2. C …' (T29-54)
            doc = doc if gridded is doc.lines else Document(rel=doc.rel, text="\n".join(gridded) + "\n")
        if (own in _PROSE_SUFFIXES or worded_doc) and re.search(r"\d[ \t]*[.):=-][ \t]*[A-Ha-h][ \t]*\n?\s*\Z", doc.text):
            rows = entry_blocks(doc.lines)  # 'PLANTILLA DE RESPUESTAS' / ' 1. B    5. B' …: the page's key (T30-12)
            doc = doc if rows is doc.lines else Document(rel=doc.rel, text="\n".join(rows) + "\n")
        numbered_labels: dict[int, list[tuple[str, str]]] = {}  # options a key names by number: line -> (letter, '2)')
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^[ ]{0,3}\(?c[.)][ \t]+\S.*[?？؟][*_]*[ \t]*$", doc.text):
            numbered = lettered_items(doc.lines)  # 'a) How many …?' … / '## Answers' / 'a) Four …' (sitting 47, meta)
            doc = doc if numbered is doc.lines else Document(rel=doc.rel, text="\n".join(numbered) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^\s{0,3}2\)\s", doc.text):  # '1) Rome' … / 'Answers: Q1 – 2, Q2 – 3' (T32-50)
            lettered = number_keys(doc.lines, numbered_labels)  # (the labels '2)' as written: on the cards, sitting 37)
            doc = doc if lettered is doc.lines else Document(rel=doc.rel, text="\n".join(lettered) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"[A-H]{2}|[A-H] [A-H] [A-H]", doc.text):  # 'Answers: 1-5 BCCBC' (T17-25)
            keyed = compact_keys(doc.lines)
            doc = doc if keyed is doc.lines else Document(rel=doc.rel, text="\n".join(keyed) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^\W{0,6}\w[\w ]{0,14}[:：]\W{0,4}\s*1\s*(?:[.):=–-]?\s+\S|[-–][^\W\d_])", doc.text):
            worded = word_keys(doc.lines)  # 'Key: 1 goes, 2 were, 3 seen' under '1. She (go / goes) …' (T27-53)
            if worded is not None:
                doc, moved = _moved_lines(doc, moved, worded)
        if own in _PROSE_SUFFIXES and ("_" in doc.text or "...." in doc.text or "……" in doc.text):  # 'Word bank: …' / '1. … ____.' / a key (T17-27)
            banked = word_banks(doc.lines)
            if banked is not None:
                doc, moved = _moved_lines(doc, moved, banked)
        if (own in MARKDOWN_SUFFIXES or (made is not None and doc.converted)) and "</details" in doc.text.lower():  # '</details>' then '<details><summary>Решение 2' …
            asked = asked_toggles(doc.lines)  # '<summary>What does this print?</summary>' then '<summary>Answer' (T37-1)
            doc = doc if asked is doc.lines else Document(rel=doc.rel, text="\n".join(asked) + "\n")
            together = joined_toggles(doc.lines)  # a second solution toggle joins the first: both on the back
            doc = doc if together is doc.lines else Document(rel=doc.rel, text="\n".join(together) + "\n")
            under = entry_toggles(doc.lines)  # '1. …?' / '   <details>' then '2. …?' / '<details>': each under its entry (T35-8)
            doc = doc if under is doc.lines else Document(rel=doc.rel, text="\n".join(under) + "\n")
            labelled = toggle_headings(doc.lines)  # '<summary>Click for Solution' / '> …' / '#### Solution': the toggle's (T56-2)
            doc = doc if labelled is doc.lines else Document(rel=doc.rel, text="\n".join(labelled) + "\n")
        if own in MARKDOWN_SUFFIXES and ("?" in doc.text or "？" in doc.text):
            parted = answer_sections(doc.lines)  # '## How can LINQ …?' / intro / '## Grouping Data' …: its answer's (T57-10)
            doc = doc if parted is doc.lines else Document(rel=doc.rel, text="\n".join(parted) + "\n")
        if own in _PROSE_SUFFIXES and "[1]" in doc.text:  # 'References' / '[1] Katzung BG. …' ending the page (T29-40)
            noted = reference_footnotes(doc.lines)
            doc = doc if noted is doc.lines else Document(rel=doc.rel, text="\n".join(noted) + "\n")
        if own in _PROSE_SUFFIXES:
            unmenued = set_page(doc.lines)  # a set page's 'Flashcards' / 'Learn' / … and 'Students also viewed' box (T31-33)
            doc = doc if unmenued is doc.lines else Document(rel=doc.rel, text="\n".join(unmenued) + "\n")
        if own in _PROSE_SUFFIXES and (re.search(r"(?i)prev|next|©|copyright|rights\s+reserved|\btop\b|[«»‹›←→]|[^\x00-\u024f]|https?://|\b(?:end|fin|ende|fim)\b", doc.text[-2000:]) or "\n\n" in doc.text.rstrip()[-300:]):
            tail = page_tail(doc.lines)  # '« Prev - …' / '» Next - …' / '© …' after the last answer: no card text (T25-24)
            doc = doc if tail is doc.lines else Document(rel=doc.rel, text="\n".join(tail) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"\?[*_ \t]*$", doc.text, re.M) and re.search(r"(?m)^[ ]{0,3}(?:\*\*|__)?[^\W\d_][^:\n]{0,25}:", doc.text):
            briefs = case_records(doc.lines)  # 'Donoghue v Stevenson' / 'Facts: …' / 'Issue: …?' / 'Held: …' (sitting 46 M13)
            doc = doc if briefs is doc.lines else Document(rel=doc.rel, text="\n".join(briefs) + "\n")
        if own in _PROSE_SUFFIXES and src.layout in (None, "delimited") and not _described(src) and re.search(r"(?m)^[ \t]{0,3}(?:[-*+•][ \t]+)?(?:c\.|ca\.|AD|CE)?[ \t]?\d{1,4}", doc.text):
            timeline = dated_pairs(doc.lines)  # '- 1789 french rev starts' among 'who was …? leader of …' lines (N60-17)
            doc = doc if timeline is doc.lines else Document(rel=doc.rel, text="\n".join(timeline) + "\n")
        if own in _PROSE_SUFFIXES and not _described(src):
            unwrapped = wrapped_pairs(doc.lines)  # 'Norms - the unwritten rules …' / 'of a society.': one pair (sitting 56)
            doc = doc if unwrapped is doc.lines else Document(rel=doc.rel, text="\n".join(unwrapped) + "\n")
        if own in (".txt", ".text") and "\n\n" in doc.text:
            sectioned = pair_sections(doc.lines)  # 'Heart sounds' / '• S1 – …' … / 'Murmurs' / …: '# Heart sounds' (sitting 46 M12)
            doc = doc if sectioned is doc.lines else Document(rel=doc.rel, text="\n".join(sectioned) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"(?:_{3,}|\.{4,}|…{2,})[ \t]*\(", doc.text):
            bracketed = bracket_fills(doc.lines)  # '1. The ______ (mitochondria) makes ATP.': the answer in brackets (sitting 42)
            doc = doc if bracketed is doc.lines else Document(rel=doc.rel, text="\n".join(bracketed) + "\n")
        if own in _PROSE_SUFFIXES and re.search(rf"(?:_{{3,}}|\.{{4,}}|…{{2,}}|{BRACKET_GAP})[^()（）\n]*[(（][^()（）\n]+[)）][ \t]*$", doc.text, re.M):
            blanks = numbered_blanks(doc.lines, bullets=own not in MARKDOWN_SUFFIXES)  # '… is an ______. (atom)' a line, no numbers: '1. …' (sitting 46 M5)
            doc = doc if blanks is doc.lines else Document(rel=doc.rel, text="\n".join(blanks) + "\n")
        if own in {".md", ".markdown", ".mdx", ".cheatmd"}:
            kept = repo_sections(doc.lines)  # '## License' / 'This project is … under the MIT License': no card (T42-9)
            doc = doc if kept is doc.lines else Document(rel=doc.rel, text="\n".join(kept) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"\*\*|__|(?<!\w)[_*\[]\w|==|<(?:u|b|strong|mark|ins)>|（|\{\{(?!c\d)", doc.text):
            filled = key_facts(filled_blanks(doc.lines))  # '# Fill in the blanks (key)' / '1. … is the **mitochondria**.' (T25-58)
            if own in MARKDOWN_SUFFIXES and filled is doc.lines and src.layout in (None, "markdown") and not _described(src):
                filled = topic_facts(filled)  # '# The Cold War' / 'The **Truman Doctrine** (1947) promised …' lines only (sitting 57)
            doc = doc if filled is doc.lines else Document(rel=doc.rel, text="\n".join(filled) + "\n")
        if own in _PROSE_SUFFIXES and (
            "（" in doc.text or "( " in doc.text or re.search(r"(?m)\([A-H]{2}|(?:[(\[][^()\[\]\n]{0,20}[A-H][)\]]|[:：][ \t]*[A-H]\.?)[ \t]*$", doc.text)
        ):  # '…的是（ C ）' / 'A、…' (T18-36); '… of Italy? (Ans: B)', '… even? [C]', '… — Answer: A' (T31-62)
            keyed = stem_keys(doc.lines)
            if keyed is not None:
                doc, moved = _moved_lines(doc, moved, keyed)
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^\W{0,5}(?:\d{1,3}\s?[ºª°]|[Rr](?:esp)?\.?\s*[:：])", doc.text):
            ordered = ordinal_items(doc.lines)  # '1º) O que …?' / 'R: …': '1) …' / 'A: …' (T17-29)
            doc = doc if ordered is doc.lines else Document(rel=doc.rel, text="\n".join(ordered) + "\n")
        if own in MARKDOWN_SUFFIXES and "|" in doc.text and re.search(r"(?m)^[ ]{0,3}[-*+][ \t]+[^\w\s]{1,3}[ \t]*[=:–—-]", doc.text):
            marked = legend_tables(doc.lines)  # '- ✅ = Do' over '| ✅ | Ask if … |' rows: a card a row (T51-5)
            doc = doc if marked is doc.lines else Document(rel=doc.rel, text="\n".join(marked) + "\n")
        if own in MARKDOWN_SUFFIXES and re.search(r"(?m)^#\d", doc.text):  # '#1 What does TCP guarantee?' (T17-28)
            hashed = hash_numbers(doc.lines)
            doc = doc if hashed is doc.lines else Document(rel=doc.rel, text="\n".join(hashed) + "\n")
        if own in MARKDOWN_SUFFIXES and re.search(r"(?im)^ {0,3}#{1,6}[ \t]+(?:slide|folie|diapositiv|dia|slajd|слайд)[ \t]*\d", doc.text):
            unslid = slide_headings(doc.lines)  # '## Slide 3 – Factors affecting …': no 'Slide 3 –' on the front (sitting 58)
            doc = doc if unslid is doc.lines else Document(rel=doc.rel, text="\n".join(unslid) + "\n")
        if own in MARKDOWN_SUFFIXES and re.search(r"(?m)^ {0,3}#{1,6}[ \t]+(?:#|(?i:no\.?)[ \t]*|№[ \t]*)?\d{1,4}[.)]?[ \t]*$", doc.text):
            numbered = number_headings(doc.lines)  # '## #1' over '#### What is …?': no section '#1' (T35-7)
            doc = doc if numbered is doc.lines else Document(rel=doc.rel, text="\n".join(numbered) + "\n")
        if own in MARKDOWN_SUFFIXES and "#" in doc.text and not _described(src):
            paired = labelled_pairs(doc.lines)  # '# Question (EN)' / '> …?' … '## Answer (EN)': a heading over its answer (T35-2)
            if paired is not None:
                doc, moved = _moved_lines(doc, moved, paired)
        if own in MARKDOWN_SUFFIXES and "#" in doc.text and re.search(r"(?m)^ {0,3}#{1,6}[ \t]+\S", doc.text):
            headed = answer_headings(doc.lines)  # '#### Q: What is …?' / '#### A: …': the answer heading its label line (T26-33)
            doc = doc if headed is doc.lines else Document(rel=doc.rel, text="\n".join(headed) + "\n")
        if own in MARKDOWN_SUFFIXES and "?" in doc.text and "#" in doc.text and not _described(src):  # '## …?' right over '## …?', one answer (T18-3)
            # (a declared [source.pattern] reads each item line as an item, as written: trial22 T22-7)
            stacked = wrapped_headings(stacked_headings(doc.lines))  # (and '#### Q9. … ce' / 'problème ?': one heading)
            doc = doc if stacked is doc.lines else Document(rel=doc.rel, text="\n".join(stacked) + "\n")
        if own in MARKDOWN_SUFFIXES and re.search(r"(?m)^[ \t]*%[ \t]*$", doc.text):  # mdanki's '## Front' / '%' / back (T20-24)
            split = mdanki_cards(doc.lines)
            doc = doc if split is doc.lines else Document(rel=doc.rel, text="\n".join(split) + "\n")
        if own in MARKDOWN_SUFFIXES and PROBLEM_HEADING.search(doc.text):  # '## Problem: …' over '## Algorithm', '## Code' (T19-43)
            parted = problem_parts(doc.lines)
            doc = doc if parted is doc.lines else Document(rel=doc.rel, text="\n".join(parted) + "\n")
        if own in MARKDOWN_SUFFIXES and ("-[" in doc.text or "[]" in doc.text):  # '-[ ] …', '- [] …' for '- [ ] …': a box (T18-37, T19-2)
            boxed = spaced_boxes(doc.lines)
            doc = doc if boxed is doc.lines else Document(rel=doc.rel, text="\n".join(boxed) + "\n")
        if own in MARKDOWN_SUFFIXES and "#" in doc.text and ("：" in doc.text or ":" in doc.text) and STEM_LINE.search(doc.text):
            stems = stem_labels(doc.lines)  # '### Q2 · judge · ex-vs-2' over '题干：…': the stem is the question (T20-14)
            doc = doc if stems is doc.lines else Document(rel=doc.rel, text="\n".join(stems) + "\n")
        if own in MARKDOWN_SUFFIXES and "^" in doc.text:  # '- ^Galactose': an option marked right (T17-7)
            careted = caret_options(doc.lines)
            doc = doc if careted is doc.lines else Document(rel=doc.rel, text="\n".join(careted) + "\n")
        if own in _PROSE_SUFFIXES and "[/" in doc.text:  # a forum post's BBCode: '[b]1. …?[/b]' / '[spoiler]…[/spoiler]' (T17-30)
            marked = bbcode(doc.lines)
            doc = doc if marked is doc.lines else Document(rel=doc.rel, text="\n".join(marked) + "\n")
        if (own in _PROSE_SUFFIXES or (made is not None and Path(doc.rel).suffix.lower() in WORD_SUFFIXES)) and re.search(r"(?m)^[^\w\n]{0,10}[A-ZА-ЯЁسجשת][^\S\n]*[\d٠-٩۰-۹]{0,4}[^\S\n]*[:：]", doc.text):
            # ('V: Wat is …?' / 'A: …', T15-38; a Word file's '**س١: …؟**' / 'ج: …' too, converted: T28-61)
            lettered = letter_pairs(doc.lines)
            doc = doc if lettered is doc.lines else Document(rel=doc.rel, text="\n".join(lettered) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^\s{0,3}[Qq]\d{1,4}[ \t]+[-–—][ \t]", doc.text):  # 'Q1 - …' / 'A1 - …' (T25-57)
            dashed = dash_labels(doc.lines)
            doc = doc if dashed is doc.lines else Document(rel=doc.rel, text="\n".join(dashed) + "\n")
        if own in MARKDOWN_SUFFIXES and "\ntype_:" in doc.text:  # a Joplin RAW export's note: its metadata at its end (T17-2)
            joplin = joplin_note(doc.lines)
            if joplin is not None and joplin[1] != JOPLIN_NOTE:
                diag.warning(
                    src.file,
                    None,
                    f"not read: a Joplin item of type {joplin[1]} (a notebook, a tag or a resource: its metadata, no note)",
                    exclude_hint(src.file),
                    group=f"not-read:{src.file}",
                )
                continue
            doc = doc if joplin is None else Document(rel=doc.rel, text="\n".join(joplin[0]) + "\n")
        if own in MARKDOWN_SUFFIXES and ("**" in doc.text or "__" in doc.text):  # '**答：**' then '**易错：**' … (T15-52)
            parted = answer_parts(doc.lines)
            doc = doc if parted is doc.lines else Document(rel=doc.rel, text="\n".join(parted) + "\n")
        if own in MARKDOWN_SUFFIXES and "<!--" in doc.text:  # a '-->' forgotten (T16-18)
            doc = _close_open_comment(doc, diag)
        blocks = html_block_lines(doc) if own in MARKDOWN_SUFFIXES else None  # raw HTML <table>/<dl>: their Markdown
        if blocks is not None:  # (T16-49), each row at its own line (T26-46)
            doc, moved = _moved_lines(doc, moved, blocks)
        carded = mixed_card_lines(doc.lines) if own in MARKDOWN_SUFFIXES and ("::" in doc.text or ">>" in doc.text) else None
        if carded is not None:  # 'Q::A' / '- Q >> A' lines among notes: a card each (sitting 48)
            doc, moved = _moved_lines(doc, moved, carded)
        if (own in MARKDOWN_SUFFIXES or (made is not None and doc.converted)) and src.layout in (None, "markdown", "numbered"):
            labelled = theorem_blocks(doc.lines, tuple(src.block_labels))  # '**Satz 3.4.** …': a card each (T26-21)
            if labelled is not None:
                doc, moved = _moved_lines(doc, moved, labelled)
        doc = options_columns(doc) if own in MARKDOWN_SUFFIXES else doc  # '| Question | Options | Answer |' (G18)
        if own in _PROSE_SUFFIXES and "::" in doc.text:  # 'perro::dog' / 'gato::cat': Obsidian SR vocabulary (T30-14)
            spaced = spaced_word_pairs(doc.lines)
            doc = doc if spaced is doc.lines else Document(rel=doc.rel, text="\n".join(spaced) + "\n")
        if own in MARKDOWN_SUFFIXES and "#" in doc.text:  # '### Questão 4 — Questão autoral …' on every question (T16-9)
            plain = drop_bylines(doc.lines)
            doc = doc if plain is doc.lines else Document(rel=doc.rel, text="\n".join(plain) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^[ \t]{0,3}\d{1,4}[.)]?[ \t]*$", doc.text):  # '1.' / blank / question (G16), '1' (T31-45)
            unlone = lone_numbers(doc.lines)
            doc = doc if unlone is doc.lines else Document(rel=doc.rel, text="\n".join(unlone) + "\n")
        if own in _PROSE_SUFFIXES and not _described(src) and re.search(r"(?m)^[ \t]*[(\[（]?[ \t]*\d{1,3}(?:[.,]\d)?[ \t]*[^\W\d_]", doc.text):
            unmarked = marks_lines(doc.lines)  # 'Q1. …?' / '(2 marks)' / '1) Rome': the marks no option (T32-50)
            doc = doc if unmarked is doc.lines else Document(rel=doc.rel, text="\n".join(unmarked) + "\n")
        if own in _PROSE_SUFFIXES and not _described(src) and re.search(r"(?m)^[ \t]{0,3}1(?:[ \t]{2,}|\t|[ \t]\(a\)[ \t]|[ \t](?=[^\W\d_]))\S", doc.text):
            numbered = paper_numbers(doc.lines)  # '1  (a)  Name …  [1 mark]' / '2  Define …  [2 marks]': '1.' (T34-1)
            doc = doc if numbered is doc.lines else Document(rel=doc.rel, text="\n".join(numbered) + "\n")
        if (own in _PROSE_SUFFIXES or converted) and src.layout in (None, "numbered") and not _described(src):
            # ('Bonus: …?' after the quiz, 'Bonus: 1/4' in its key: numbered on, T33-8; a converted quiz's too, a Typst one)
            numbered_on = bonus_items(doc.lines)
            doc = doc if numbered_on is doc.lines else Document(rel=doc.rel, text="\n".join(numbered_on) + "\n")
        if own in _PROSE_SUFFIXES and own not in MARKDOWN_SUFFIXES and src.layout in (None, "numbered") and not _described(src) and re.search(r"(?m)^[ \t]{0,3}(?:\*|_)|[.?？!。)\]]\*[ \t]*$", doc.text):
            unstarred = starred_items(doc.lines)  # '*6. …?*', '13. … government.*' and their '* If you are 65 …' footnote (T33-15)
            doc = doc if unstarred is doc.lines else Document(rel=doc.rel, text="\n".join(unstarred) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^[ \t]*\(?[Aa][.):][ \t]*$", doc.text):  # 'a.' / its text below (T23-51)
            unlone = lone_letters(doc.lines)
            doc = doc if unlone is doc.lines else Document(rel=doc.rel, text="\n".join(unlone) + "\n")
        if own in _PROSE_SUFFIXES and any(box in doc.text for box in "☐□⬜🔲☑☒"):  # '☐ Red' / '☒ Blue' lines: options (T25-19)
            balloted = ballot_lines(doc.lines)
            doc = doc if balloted is doc.lines else Document(rel=doc.rel, text="\n".join(balloted) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"(?m)^[ \t]{0,3}(?:\+[ \t]+|=[ \t]*)[^\s=]", doc.text):  # '+ Rome' / '- Milan', '= Rome' / '~ Milan' (T25-27)
            signed = sign_marks(doc.lines)
            doc = doc if signed is doc.lines else Document(rel=doc.rel, text="\n".join(signed) + "\n")
        if own in MARKDOWN_SUFFIXES and ">" in doc.text:  # '> ① …' / '> ② …' under each question: its options (T24-23)
            unquoted = quoted_options(doc.lines)
            doc = doc if unquoted is doc.lines else Document(rel=doc.rel, text="\n".join(unquoted) + "\n")
        if own in MARKDOWN_SUFFIXES and re.search(r"(?i)<summary\b[^>]*>\s*<h[1-6]", doc.text):  # a chapter folded (T43-5)
            unfolded = details_sections(doc.lines)
            doc = doc if unfolded is doc.lines else Document(rel=doc.rel, text="\n".join(unfolded) + "\n")
        if own in MARKDOWN_SUFFIXES and re.search(r"(?m)^ {0,3}>.*[?？؟]", doc.text):  # '> How do I …?' over its answer (T26-34)
            unquoted = quoted_asks(doc.lines)
            doc = doc if unquoted is doc.lines else Document(rel=doc.rel, text="\n".join(unquoted) + "\n")
        if own in _PROSE_SUFFIXES and not _described(src) and re.search(r"(?m)^[ \t]{0,3}(?:\*\*|__)?(?i:a|r|rép|resp)(?:\*\*|__)?[.:：]", doc.text):
            answered = dotted_answer_labels(doc.lines)  # '**Q1.** …?' / '**A.** The cell.', 'P:' / 'R:' (sitting 39)
            doc = doc if answered is doc.lines else Document(rel=doc.rel, text="\n".join(answered) + "\n")
        if own in MARKDOWN_SUFFIXES and not _described(src) and re.search(r"(?m)^ {0,3}(?:\*\*|__)[^\W\d_]", doc.text):
            labelled = bold_labels(doc.lines)  # '**Question 1**: Remember - Basic' / statement / boxes … '## Answer Key' (T33-13)
            doc = doc if labelled is doc.lines else Document(rel=doc.rel, text="\n".join(labelled) + "\n")
        if own in _PROSE_SUFFIXES and not _described(src) and _NESTED_OPTION.search(doc.text):
            asked = nested_options(doc.lines)  # '1. … which of the following' over tab-indented '1. Nurse practitioner' (T43-10)
            doc = doc if asked is doc.lines else Document(rel=doc.rel, text="\n".join(asked) + "\n")
        if own in MARKDOWN_SUFFIXES and src.layout in (None, "markdown") and not _described(src) and _DEFINED_ENTRY.search(doc.text):
            glossed = term_definitions(doc.lines)  # '4. Central nervous system - Brain and spinal cord' among bare terms (T43-13)
            if glossed is not None:
                doc = Document(rel=doc.rel, text="\n".join(glossed[0]) + "\n")
                for line, bare in glossed[1]:
                    diag.warning(
                        doc.rel, (moved.origin[line - 1] if moved is not None else line),
                        f"{counted(bare, 'term')} of this list {'has' if bare == 1 else 'have'} no definition: in no card (each defined term is a card)",
                        "write a definition after each term ('Axon - the long fibre of a neurone') to learn it",
                        group="bare-terms",
                    )  # fmt: skip
        if own in MARKDOWN_SUFFIXES and src.layout in (None, "markdown") and not _described(src):
            # ('- la cocina (kitchen)' entries, or 'Osmosis is the movement …' paragraphs, a page of nothing else: a card
            # each, as their bold forms are; sitting 53, each page was one card)
            glossed_page = glossed_entries(doc.lines) if "(" in doc.text or "（" in doc.text else None
            glossed_page = glossed_page if glossed_page is not None else defined_terms(doc.lines)
            if glossed_page is not None:
                doc = Document(rel=doc.rel, text="\n".join(glossed_page) + "\n")
        if own in MARKDOWN_SUFFIXES and src.layout in (None, "markdown") and not _described(src) and _FORMULA_HEADING.search(doc.text):
            split = formula_headings(doc.lines)  # '### PDF $\lambda e^{-\lambda x}$': the name over its formula (T43-3)
            if split is not None:
                doc, moved = _moved_lines(doc, moved, split)
        if own in MARKDOWN_SUFFIXES and src.layout in (None, "markdown") and not _described(src) and "![" in doc.text:
            pictured = labelled_pictures(doc.lines)  # a picture over '1. → Superior vena cava' …: a card per label (sitting 50)
            if pictured is not None:
                doc, moved = _moved_lines(doc, moved, pictured)
            named = named_pictures(doc.lines) if pictured is None else None  # '![A](asl-a.png)' …: a card each (sitting 58)
            if named is not None:
                doc, moved = _moved_lines(doc, moved, named)
        if own in MARKDOWN_SUFFIXES and src.layout in (None, "markdown") and not _described(src) and _GLUED_RUN.search(doc.text):
            glued = glued_options(doc.lines)  # '1. Who …? A. John Adams B. George Washington C. …' (sitting 41)
            if glued is not None:
                doc, moved = _moved_lines(doc, moved, glued)
        if own in _PROSE_SUFFIXES and src.layout in (None, "numbered", "markdown") and not _described(src) and may_be_crossword(doc.text):
            # ('filled', never 'solved': that names the task solutions every later file is looked up in; T28-42)
            filled = crossword(doc.lines)  # 'ACROSS' / '1. clue (8)' … 'SOLUTIONS' / 'Across: 1 ELECTRON, …' (T27-19)
            if filled is not None:
                doc, moved = _moved_lines(doc, moved, filled)
        if own in _PROSE_SUFFIXES and src.layout in (None, "numbered", "markdown") and not _described(src) and ("(b)" in doc.text or re.search(r"(?m)^[^\S\n]*b[.)]\s", doc.text)):
            parted_key = keyed_parts(doc.lines)  # '1. stem' / '(a) …?' / '(b) …?' … 'Answers' / '1. (a) 80 km/h (b) …' (T27-42)
            if parted_key is not None:
                doc, moved = _moved_lines(doc, moved, parted_key)
            cased = numbered_cases(doc.lines)  # 'Case 1' / its vignette / 'a) …?' / 'Answer: …': '1. Case 1' (T34-12)
            doc = doc if cased is doc.lines else Document(rel=doc.rel, text="\n".join(cased) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"[】）)\]][ \t]*[^\W\d_]", doc.text):
            glossed = reading_glosses(doc.lines)  # '食べる【たべる】to eat': '食べる【たべる】：to eat', a pair (T34-5)
            reading_glossed = sum(a != b for a, b in zip(glossed, doc.lines, strict=True)) if glossed is not doc.lines else 0
            doc = doc if glossed is doc.lines else Document(rel=doc.rel, text="\n".join(glossed) + "\n")
        if own in _PROSE_SUFFIXES and re.search(r"[☐□❏⬜☑☒]|\[[ xX]?\][ \t]*\w+[ \t]*$|\([ xX]?\)[ \t]*\w+[ \t]*$", doc.text, re.M):
            unboxed = boxed_verdicts(doc.text)  # '… 1789.  ☐ Vrai  ☐ Faux': the statement, the ticked box its verdict (T26-38)
            doc = doc if unboxed == doc.text else Document(rel=doc.rel, text=unboxed)
        if own in _PROSE_SUFFIXES and not _described(src) and _CHAT_LINE.search(doc.text[:2000]):
            _chatted = chat_lines(doc.lines)  # '12/03/2024, 21:15 - Ben: Q: …?' / the next message its answer (T31-57)
            if _chatted is not None and not any(line.strip() for line in _chatted[0]):
                # (a chat in which no message asks and is answered: no card, said once; it was a card per message, its
                # date and sender the front: N60-10)
                diag.warning(
                    doc.rel,
                    _chatted[1][0],
                    f"no card from this file: a chat export of {len(_chatted[1])} messages that holds no quiz (two questions "
                    "at least, each answered by another member's next message: a 'Q: …', or a message that asks)",
                    "nothing to do if it holds no quiz; to make a card of a message, write it 'Q: …' and answer it in the "
                    "next message, or rename the file #… to leave it out of the deck",
                    group="chat-messages",
                )
                continue
            if _chatted is not None:
                doc = Document(rel=doc.rel, text="\n".join(_chatted[0]) + "\n")
                if _chatted[1]:
                    shown = ", ".join(map(str, _chatted[1][:8])) + (" …" if len(_chatted[1]) > 8 else "")
                    diag.warning(
                        doc.rel,
                        _chatted[1][0],
                        f"a chat export: {len(_chatted[1])} message{'s' if len(_chatted[1]) > 1 else ''} (line{'s' if len(_chatted[1]) > 1 else ''} {shown}) "
                        f"{'are' if len(_chatted[1]) > 1 else 'is'} chat, no card; questions ('Q: …', or a message that asks) answered by the next one and polls are read",
                        "nothing to do; to make a card of a message, write it 'Q: …' and answer it in the next message",
                        group="chat-messages",
                    )
        if own in MARKDOWN_SUFFIXES and src.layout in (None, "markdown", "delimited") and not _described(src) and "\n>" in doc.text:
            sayings = quoted_sayings(doc.lines)  # '> "I came, I saw, I conquered."' / '— Julius Caesar': a pair (sitting 57)
            doc = doc if sayings is None else Document(rel=doc.rel, text="\n".join(sayings) + "\n")
        # (the three rewrites below also run under the layout their file's printed table names: pasted, it reads alike)
        if own in _PROSE_SUFFIXES and src.layout in (None, "markdown", "delimited") and not _described(src) and _VERB_JOIN.search(doc.text):
            verb_glossed = verb_pairs(doc.lines, markdown=own in MARKDOWN_SUFFIXES)  # '- CPU stands for Central …': a glossary (sitting 57)
            doc = doc if verb_glossed is doc.lines else Document(rel=doc.rel, text="\n".join(verb_glossed) + "\n")
        if own in MARKDOWN_SUFFIXES and src.layout in (None, "markdown") and not _described(src) and re.search(r"(?m)^(?:[ ]{2,}|\t)[-*+•][ \t]", doc.text):
            outlined = outline_terms(doc.lines)  # '- Independent variable' / '  - the variable the researcher changes' (sitting 57)
            outlined = pair_outline(outlined) if outlined is doc.lines else outlined  # '- ser: to be' / '  - e.g. …' (sitting 58)
            doc = doc if outlined is doc.lines else Document(rel=doc.rel, text="\n".join(outlined) + "\n")
        if own in _PROSE_SUFFIXES and src.layout in (None, "markdown", "delimited") and not _described(src) and ")\n" in doc.text:
            meant = bracketed_meanings(doc.lines, markdown=own in MARKDOWN_SUFFIXES)  # 'erosion (the wearing away of …)' (sitting 57)
            doc = doc if meant is doc.lines else Document(rel=doc.rel, text="\n".join(meant) + "\n")
        if own in _PROSE_SUFFIXES and src.layout in (None, "qa", "markdown") and not _described(src) and _DIALOGUE_TURN.search(doc.text):
            spoken = dialogue_turns(doc.lines)  # 'Tutor: What …?' / 'Student: …' / 'Tutor: Exactly. …': Q:/A: (sitting 50)
            talk = conversation(doc.lines) if spoken is not None and src.layout != "qa" else None
            if talk is not None:  # ('**María:** ¡Hola, Luis! ¿Qué hiciste ayer?' / '**Luis:** Hola, María. …': T58-5)
                speakers, first, count = talk
                names = " and ".join([", ".join(speakers[:-1]), speakers[-1]])
                diag.warning(
                    doc.rel,
                    moved.origin[first - 1] if moved is not None else first,
                    f"no card from this file: it reads as a conversation between {names} ({count} turns, each speaker "
                    "called by name by another): a text to read, whose questions are its speakers' own, not questions to learn",
                    'to make a card of each question asked in it, the turns after it its answer, name layout = "qa" in its '
                    "[[source]] table (below); to learn its words or sentences, write them as pairs ('dibujar — to draw') in a "
                    f"file of their own; if it is no study document, {exclude_hint(doc.rel)}",
                    group=f"conversation:{doc.rel}",
                    snippet=f'[[source]]\nid = "{src.id}"\nfile = "{src.file}"\nlayout = "qa"',
                )
                continue
            if spoken is not None:
                doc, moved = _moved_lines(doc, moved, spoken)
        written: Written = {}  # options' labels as the page writes them ('③', 'б)'), by line
        page_lines, relettered = doc.lines, doc.lines  # (the page's lines before its options are relettered, and after)
        if own in _PROSE_SUFFIXES:  # '1.What …?': '1. What …?' (trial7 G8); 'а) … б) …': 'A) … B) …' (learner M27)
            doc = Document(rel=doc.rel, text=chatcards.tidy(latin_option_letters(space_numbers(same_line_pairs(letter_numbers(bracket_labels(wide_labels(blank_first(verdict_first(emoji_verdicts(bracketed_keys(verdict_letters(tick_columns(verdict_tables(emoji_numbers(doc.text))), src.true_false)))))))))), written)))  # (trial9 T14)
        elif worded_doc and re.search(r"(?m)^[ \t]*\S{1,3}[ \t]?[-–)][ \t]", doc.text):
            # a Word test's '1- …' questions and 'أ) …', 'a- …' options, as the text page's are (T29-58)
            doc = Document(rel=doc.rel, text=latin_option_letters(space_numbers(doc.text), written))
        for k, pairs in numbered_labels.items():  # (lines never move in those rewrites: a line changed since keeps its Latin letters)
            if k < len(doc.lines) and doc.lines[k].strip() and k not in written:
                written[k] = (doc.lines[k].strip(), pairs)
        if own in (*MARKDOWN_SUFFIXES, ".txt") and src.layout in (None, "markdown", "numbered") and not _described(src) and ("A)" in doc.text or "A." in doc.text):
            keyed_inline = inline_keyed_options(doc.lines)  # '1) Which …? A) … B) … C) … — **B**' (sitting 54)
            if keyed_inline is not None:
                doc, moved = _moved_lines(doc, moved, keyed_inline)
        relettered = doc.lines
        if own in _PROSE_SUFFIXES and src.layout is None and not _described(src) and re.search(r"(?im)^[^\w\n]*(?:option|choice) [a-h]\b", doc.text):
            fields = labelled_fields(doc.lines)  # 'Question (English): …' / 'Option A (English): …' / 'Answer: B' (T15-36)
            doc = doc if fields is None else Document(rel=doc.rel, text="\n".join(fields) + "\n")
        tabbed = None  # 'What does DNS stand for? Domain Name System' a line (T14-45): tab-separated pairs
        if own in _PROSE_SUFFIXES and own not in MARKDOWN_SUFFIXES and src.layout in (None, "delimited") and not _described(src):
            tabbed = asked_and_answered(doc.lines)
            doc = doc if tabbed is None else Document(rel=doc.rel, text="\n".join(tabbed) + "\n")
        if tabbed is None and own in _PROSE_SUFFIXES and own not in MARKDOWN_SUFFIXES and src.layout in (None, "qa") and not _described(src):
            paired = paragraph_pairs(doc.lines)  # 'What is a thread?' / its answer / blank / 'Define deadlock.' / … (U94)
            doc = doc if paired is None else Document(rel=doc.rel, text="\n".join(paired) + "\n")
        if own in MARKDOWN_SUFFIXES and ("?" in doc.text or "？" in doc.text):  # '1. What is water? H2O' entries (T14-44)
            unticked = checklist_questions(doc.lines)  # '- [x] What is water? H2O': a learner's ticks (sitting 47)
            doc = doc if unticked is doc.lines else Document(rel=doc.rel, text="\n".join(unticked) + "\n")
            labelled = follow_up_lines(doc.lines)  # '**Follow-up:** Is it faster?': a question of its own (sitting 48)
            doc = doc if labelled is doc.lines else Document(rel=doc.rel, text="\n".join(labelled) + "\n")
            entries = answered_entries(doc.lines)
            doc = doc if entries is None else Document(rel=doc.rel, text="\n".join(entries) + "\n")
            said = answered_paragraphs(doc.text)  # 'What is the capital of France? Paris' paragraphs (T14-45)
            doc = doc if said is doc.text else Document(rel=doc.rel, text=said)  # (never 'answered': the key files' dict)
        if own in _PROSE_SUFFIXES and any(mark in doc.text for mark in ('"', "“", "«", "「", "『")):  # (trial13 T13-13)
            unquoted = unquote_questions(doc.lines)  # '### "Why do you want to work here?"': the question inside the marks
            doc = doc if unquoted is doc.lines else Document(rel=doc.rel, text="\n".join(unquoted) + "\n")
        if own in MARKDOWN_SUFFIXES and "\n>" in doc.text:  # '## Question 1' / '> `1`. Using a for loop …': its question (T47-9)
            said = quoted_questions(doc.text)
            doc = doc if said == doc.text else Document(rel=doc.rel, text=said)
        if own in MARKDOWN_SUFFIXES and ("START" in doc.text or "<!--" in doc.text or "TAGS" in doc.text):  # Obsidian_to_Anki's START … END notes (learner M37)
            doc = Document(rel=doc.rel, text=startend.rewrite(doc.text))
        if own in MARKDOWN_SUFFIXES:  # Obsidian embeds, then Hugo shortcodes and mdBook includes (an embedded note's too)
            doc = shortcodes.expand(embeds.expand(doc, content_dir, diag), content_dir, diag, included)
        if own in MARKDOWN_SUFFIXES and "<opt" in doc.text and "<choice" in doc.text:  # a course chapter's '<choice>' of '<opt text=…>' (T60-2)
            chosen = choice_lines(doc.lines)
            doc = doc if chosen is doc.lines else Document(rel=doc.rel, text="\n".join(chosen) + "\n")
        if own in MARKDOWN_SUFFIXES and doc.text.startswith("---") and "recall" in doc.text[:2000]:  # Recall's bullet cards (T60-3)
            carded = recall_lines(doc.lines)
            doc = doc if carded is doc.lines else Document(rel=doc.rel, text="\n".join(carded) + "\n")
        if own in MARKDOWN_SUFFIXES and ("\n@" in doc.text or "qa:" in doc.text.lower()):  # DeckMarkdown's '@<id>', 'qa:'/'aq:' (T15-65)
            noted = deck_markdown(doc.lines)
            doc = doc if noted is doc.lines else Document(rel=doc.rel, text="\n".join(noted) + "\n")
        if own in MARKDOWN_SUFFIXES and ":::" in doc.text:  # '1. …？' … then '::: details 答案' / '1. …' / ':::': a key (T20-2)
            keyed = container_keys(doc.lines)
            doc = doc if keyed is doc.lines else Document(rel=doc.rel, text="\n".join(keyed) + "\n")
        if own in MARKDOWN_SUFFIXES and ":::" in doc.text:  # '::: info 1. …？`C ThreadLocal` ❌': the answer after the '?' (T15-10)
            titled = titled_answers(doc.lines)
            doc = doc if titled is doc.lines else Document(rel=doc.rel, text="\n".join(titled) + "\n")
        if own in MARKDOWN_SUFFIXES and "::" in doc.text:  # 'Q:: …' / 'A:: …': Dataview fields that make one card (T14-1)
            fields = field_cards(doc.lines)
            doc = doc if fields == doc.lines else Document(rel=doc.rel, text="\n".join(fields) + "\n")
        if own in MARKDOWN_SUFFIXES and src.layout in (None, "markdown") and not _described(src):
            tight = tight_pairs(doc.lines)  # 'Q: …' / 'A: …' / 'Q: …' typed with single line breaks: one entry a pair (T14-49)
            doc = doc if tight == doc.lines else Document(rel=doc.rel, text="\n".join(tight) + "\n")
        if own in _PROSE_SUFFIXES and ("* " in doc.text or "- " in doc.text):  # '* **Correct Answer:** B)' in the options' list
            keyed = listed_keys(doc.lines)
            doc = doc if keyed is doc.lines else Document(rel=doc.rel, text="\n".join(keyed) + "\n")
        if own in MARKDOWN_SUFFIXES and "<summary" in doc.text:  # a Hint toggle before the Solution toggle (T14-4)
            hinted = hint_callouts(doc.lines)
            doc = doc if hinted is doc.lines else Document(rel=doc.rel, text="\n".join(hinted) + "\n")
        if own in MARKDOWN_SUFFIXES and not _described(src) and "[^" in doc.text:
            noted = footnotes.noted_answers(doc.lines)  # '- What is …?[^1]' … '[^1]: …': the note its answer (T34-13)
            if noted is not None:
                doc, moved = _moved_lines(doc, moved, noted)
        if own in MARKDOWN_SUFFIXES and not _described(src) and "#" in doc.text:
            headed = heading_hints(doc.lines)  # '#### 8. Reverse a vector' / '`hint: array[::-1]`': a hint, never the answer (T29-6)
            if headed is not None:
                doc, moved = _moved_lines(doc, moved, headed)
        if own in MARKDOWN_SUFFIXES and not _described(src) and ":" in doc.text:
            props = title_properties(doc.lines)  # '# Biology' / 'Tags: Exam' / 'Created: November 3, 2026': no text (T29-25)
            doc = doc if props is doc.lines else Document(rel=doc.rel, text="\n".join(props) + "\n")
        if own in MARKDOWN_SUFFIXES and not _described(src) and ("[ ]" in doc.text or "[x]" in doc.text.lower()) and not todo_page(doc.lines):
            # '## Tasks' / '- [ ] buy milk' / '- [x] call Bob' in a note: its to-dos, no text (a page of nothing else is
            # said as a to-do list when its layout is detected, T28-40; T30-24)
            todos = todo_lists(doc.lines)  # (never 'tasks': the task/solution pairs every later file is looked up in)
            doc = doc if todos is doc.lines else Document(rel=doc.rel, text="\n".join(todos) + "\n")
        if own in MARKDOWN_SUFFIXES and not _described(src) and "#" in doc.text:
            named = topic_heading(doc.rel, doc.lines)  # bools/introduction.md's '# Introduction': '# Bools: Introduction' (T29-11)
            doc = doc if named is doc.lines else Document(rel=doc.rel, text="\n".join(named) + "\n")
        if own in _PROSE_SUFFIXES and ("**" in doc.text or "__" in doc.text or "*" in doc.text):
            after = hints_after_answer(doc.lines)  # '**Hint 1:** …' / '**Answer:** x = 5': the hints after it (T27-2)
            if after is not None:
                doc, moved = _moved_lines(doc, moved, after)
        if own in MARKDOWN_SUFFIXES and "{{" in doc.text:  # Logseq's '- … {{cloze X}} … #card': an Anki cloze (T14-28)
            clozed = logseq_clozes(doc.lines)
            doc = doc if clozed is doc.lines else Document(rel=doc.rel, text="\n".join(clozed) + "\n")
        if own in MARKDOWN_SUFFIXES and (":: " in doc.text or "[[card]]" in doc.text.lower()):  # Logseq's and Dataview's 'key:: value' properties: never text (T13)
            bare = drop_properties(card_links(doc.lines) if "[[card]]" in doc.text.lower() else doc.lines)
            doc = doc if bare == doc.lines else Document(rel=doc.rel, text="\n".join(bare) + "\n")
        if own in _PROSE_SUFFIXES and ("**" in doc.text or "__" in doc.text):  # '**0,5** 4. …': a corrected exam (U92)
            graded = graded_numbers(doc.lines)
            doc = doc if graded is doc.lines else Document(rel=doc.rel, text="\n".join(graded) + "\n")
        if own in MARKDOWN_SUFFIXES and ("“" in doc.text or "”" in doc.text or "„" in doc.text):  # '??? note “Answer”' (R11)
            straight = straight_titles(doc.text)
            doc = doc if straight == doc.text else Document(rel=doc.rel, text=straight)
        if own in MARKDOWN_SUFFIXES and "\\" in doc.text:  # Google Docs' escaped item numbers, '1\. What …' (trial9 T30)
            typed = unescape_numbers(doc.lines)
            doc = doc if typed is doc.lines else Document(rel=doc.rel, text="\n".join(typed) + "\n")
        if own in MARKDOWN_SUFFIXES and ("#card" in doc.text.lower() or "flashcard" in doc.text) and looks_like_flashcards_plugin(doc.lines):
            plugin = flashcards_plugin(doc.lines)  # the Obsidian Flashcards plugin's '## front #card' (trial21 known-2)
            for line, message, hint in plugin.said:
                diag.warning(doc.rel, moved.origin[line - 1] if moved else line, message, hint, group="flashcards-plugin")
            both_ways = {moved.origin[line - 1] if moved else line for line in plugin.both_ways}
            doc, moved = _moved_lines(doc, moved, (plugin.lines, plugin.origin))
        if own in MARKDOWN_SUFFIXES and ("#card" in doc.text or "#flashcard" in doc.text):  # 'front #flashcard' / back (T8)
            tagged = tagged_line_cards(doc.lines)
            doc = doc if tagged == doc.lines else Document(rel=doc.rel, text="\n".join(tagged) + "\n")
        if own in MARKDOWN_SUFFIXES and "\n%" in doc.text:  # Ankdown's cards: front, '%', back, '%', tags, '---' (P7)
            cards = ankdown_cards(doc.lines)
            doc = doc if cards is None else Document(rel=doc.rel, text="\n".join(cards) + "\n")
        if own in MARKDOWN_SUFFIXES and "?" in doc.text:  # a card's '?' line between blank lines; 'Q? : A ⚡️' (trial9 T8)
            glued = spark_cards(glue_separators(doc.lines)) if "⚡" in doc.text or "🧠" in doc.text else glue_separators(doc.lines)
            doc = doc if glued == doc.lines else Document(rel=doc.rel, text="\n".join(glued) + "\n")
        if own in MARKDOWN_SUFFIXES and ("[(" in doc.text or "[[" in doc.text):  # LiaScript's [(X)] / [[X]] / [[gap]] (T15-49)
            lia = liascript_quizzes(doc.lines)
            doc = doc if lia is doc.lines else Document(rel=doc.rel, text="\n".join(lia) + "\n")
        if own in MARKDOWN_SUFFIXES and "<?quiz?>" in doc.text:  # the older mkdocs-quiz syntax (trial15 T15-43)
            quizzed = pi_quizzes(doc.lines)
            doc = doc if quizzed is doc.lines else Document(rel=doc.rel, text="\n".join(quizzed) + "\n")
        if own in MARKDOWN_SUFFIXES and "<question" in doc.text:  # GitBook/HonKit's <quiz> blocks (trial10 P6)
            tagged = quiz_tags(doc.text)
            doc = doc if tagged == doc.text else Document(rel=doc.rel, text=tagged)
        if own in MARKDOWN_SUFFIXES and "<details>" in doc.text and "#" in doc.text:  # a slide's speaker notes (T56-5)
            noted = speaker_notes(doc.lines)
            doc = doc if noted is doc.lines else Document(rel=doc.rel, text="\n".join(noted) + "\n")
        if own in MARKDOWN_SUFFIXES and ">" in doc.text:  # '> **ANS:** …' under its question: an answer set in a quote (G8)
            unquoted = unquoted_answers(doc.text)
            doc = doc if unquoted == doc.text else Document(rel=doc.rel, text=unquoted)
            glossed = quoted_glossaries(doc.lines)  # '> **Key terms**' / '> - **Current** – …': a glossary in a box (sitting 55)
            doc = doc if glossed is doc.lines else Document(rel=doc.rel, text="\n".join(glossed) + "\n")
        if own in MARKDOWN_SUFFIXES and src.layout in (None, "markdown") and not _described(src) and ("**" in doc.text or "__" in doc.text):
            topics = bold_topics(doc.lines, bool(markdown_questions(doc.lines, obsidian=False)[0]))  # '**Enzyme inducers**' / '- …'
            topics = card_titles(topics)  # '**B. Intervals**' / '- Front: …' / '- Back: …': the card's section (sitting 49)
            doc = doc if topics is doc.lines else Document(rel=doc.rel, text="\n".join(topics) + "\n")
        if own in _PROSE_SUFFIXES and not _described(src) and ('"' in doc.text or "“" in doc.text) and ":" in doc.text:
            unquoted_sides = quoted_sides(doc.lines)  # 'Front: "Build a Cmaj7 chord"' / 'Back: "C - E - G - B"' (sitting 49)
            doc = doc if unquoted_sides is doc.lines else Document(rel=doc.rel, text="\n".join(unquoted_sides) + "\n")
        if own in MARKDOWN_SUFFIXES and ("--" in doc.text or "==" in doc.text):  # '**Ans:** …' / '------': a rule, no heading (G7)
            ruled = heading_rules(atx_headings(rule_underlines(doc.text)))  # 'Title' / '=====': '# Title' (sitting 47, meta); '### Solution' / '---' (T59-2)
            doc = doc if ruled == doc.text else Document(rel=doc.rel, text=ruled)
        if own in MARKDOWN_SUFFIXES and src.layout in (None, "markdown") and not _described(src) and any(m in doc.text for m in ("**", "__", "#")):
            # '**E1.** …' exercises, '**A1.** …' in a key after them (T15-60); '## Aufgabe 1' / '### a) …' and a
            # solutions part of the same headings (T15-5)
            sheet = keyed_exercises(doc.lines) or headed_exercises(doc.lines)
            lettered = lettered_tasks(doc.lines) if sheet is None else None  # '## Aufgabe 1' / 'a) …' and '**Aufgabe 1**' / 'a) …' (T31-4)
            for line, label in lettered.unmatched if lettered is not None else []:
                diag.warning(
                    doc.rel, moved.origin[line - 1] if moved else line,
                    f"the solution '{label}' answers no task of that label and number above: its text is in no card",
                    "check its number against the tasks' headings, or write the task it answers", group="unmatched-solution",
                )  # fmt: skip
            sheet = sheet or (lettered and (lettered.lines, lettered.origin)) or commented_questions(doc.lines) or answered_labels(doc.lines)
            sheet = sheet or solved_exam(doc.lines)  # an exam, then its solutions copying each question (T16-23)
            if sheet is not None:
                doc, moved = _moved_lines(doc, moved, sheet)
        if own in _PROSE_SUFFIXES and "<br" in doc.text.lower():  # 'Q: …<br>A: …<br>' on one line: a line each (T17-34)
            split = br_lines(doc.lines)
            if split is not None:
                doc, moved = _moved_lines(doc, moved, split)
        if own in MARKDOWN_SUFFIXES and "#" in doc.text:  # '1. Which …?' / '   a) …' over a key, among other questions (H2)
            quizzed = listed_quiz(doc.lines)
            doc = doc if quizzed is doc.lines else Document(rel=doc.rel, text="\n".join(quizzed) + "\n")
        if own in MARKDOWN_SUFFIXES and "#" in doc.text and any(r in doc.text for r in ("---", "***", "___")):
            ruled = ruled_cards(doc.lines)  # '## Flashcard: …' / front / '---' / back: a card (G14)
            doc = doc if ruled is doc.lines else Document(rel=doc.rel, text="\n".join(ruled) + "\n")
        if own in MARKDOWN_SUFFIXES and ("**" in doc.text or "__" in doc.text):  # '**Why This Design?**:' in an answer (G13)
            asides = answer_asides(doc.lines)
            doc = doc if asides is doc.lines else Document(rel=doc.rel, text="\n".join(asides) + "\n")
        doc = Document(rel=doc.rel, text=opts) if own in MARKDOWN_SUFFIXES and (opts := options_labels(doc.text)) != doc.text else doc  # '**Answer Options:**' over '✅ Option 2: B. 443' (T16-38)
        if own in MARKDOWN_SUFFIXES and ("**" in doc.text or "__" in doc.text):  # '**Klausimas:** …?' / '**Atsakymas:**' (T15-11)
            named = foreign_labels(doc.text)  # a label pair in any language: 'Question' / 'Answer' (before the two below)
            doc = doc if named == doc.text else Document(rel=doc.rel, text=named)
        if own in MARKDOWN_SUFFIXES and any(mark in doc.text for mark in ("**", "__", "#")):  # (learner2 M24)
            led = label_led(doc.text)  # '__Practice Question__' / '**Question:**' / '### Question' over what they label
            doc = doc if led == doc.text else Document(rel=doc.rel, text=led)
        worded = converted and Path(doc.rel).suffix.lower() in WORD_SUFFIXES  # a Word document's bold paragraphs (T20-11)
        if (own in MARKDOWN_SUFFIXES or worded) and ("**" in doc.text or "__" in doc.text):
            run_in = run_in_terms(doc.lines)  # '**abiotic** Non-living …': a definition list (trial27 T27-36)
            if run_in is not None:
                doc, moved = _moved_lines(doc, moved, run_in)
            glossary = bold_terms(doc.text.split("\n"))  # '**Latency**' over its definition: a definition list (trial7 G34)
            doc = doc if glossary is None else Document(rel=doc.rel, text="\n".join(glossary))
        if own in (*MARKDOWN_SUFFIXES, ".txt") and src.layout in (None, "markdown", "numbered") and not _described(src) and ("a)" in doc.text or "(i)" in doc.text):
            spaced = spaced_parts(doc.lines)  # '**1.** A car …' / '(a) What is …? **4 m/s²**' a blank line apart (sitting 54)
            if spaced is not None:
                doc, moved = _moved_lines(doc, moved, spaced)
        if own in MARKDOWN_SUFFIXES and src.layout in (None, "markdown") and not _described(src) and ("```" in doc.text or "~~~" in doc.text):
            asked = asked_fences(doc.lines)  # '# What does this print?' over answered code blocks: a card a block (sitting 58)
            if asked is not None:
                doc, moved = _moved_lines(doc, moved, asked)
        if own in (*MARKDOWN_SUFFIXES, ".txt") and src.layout in (None, "markdown") and not _described(src) and not converted:
            verse = verse_cards(doc.lines)  # a poem to learn, a card per line (sitting 49: one card of the whole poem)
            if verse is not None:
                doc, moved = _moved_lines(doc, moved, verse)
        if own == ".txt" and "  " in doc.text:
            split = doc.text.split("\n")
            aligned = aligned_pairs(split)  # 'der Hund          the dog': two columns aligned with spaces (T20-45)
            doc = doc if aligned is split else Document(rel=doc.rel, text="\n".join(aligned))
        if (own in (*MARKDOWN_SUFFIXES, ".txt") or worded) and not keys.get(src.id):
            split = doc.text.split("\n")
            optioned = numbered_options(split)  # '1. Which …?' / '2. Amazon Route 53' …, nothing keyed (T20-12)
            doc = doc if optioned is split else Document(rel=doc.rel, text="\n".join(optioned))
        key, key_at, answered_at = keys.get(src.id), None, {}
        keyed_parts_: dict[str, tuple[int, list[str]]] = {}  # a mark scheme's '1(a)' rows, by part ('1a': T34-1)
        if own in MARKDOWN_SUFFIXES and ("<summary" in doc.text or "#" in doc.text or "**" in doc.text):
            doc, answered_at = answerkey.self_check_key(doc)  # numbered questions, then their numbered key (U110)
        if key and made is None and not package:
            doc, key_at, answered_at, keyed_parts_ = answerkey.attach_key(content_dir, doc, key, src.encoding, diag, lambda: line_of("key_file"))
        if src.file in tasks:
            try:
                answer_doc = load_document(content_dir / tasks[src.file], tasks[src.file], src.encoding)
                if "{{" in answer_doc.text or "![[" in answer_doc.text:  # (its mdBook includes expanded as the task's: trial56)
                    answer_doc = shortcodes.expand(embeds.expand(answer_doc, content_dir, diag), content_dir, diag, included)
                doc = joined(doc, answer_doc)
            except ContentError as exc:  # (an unreadable solution: said at its file; the task reads as having none)
                diag.items.extend(exc.diagnostics)
        two_lines = 0  # pairs joined from two lines each (line_pairs), said so in the line about the file's layout
        three_lines = False
        if own in _PROSE_SUFFIXES and src.layout in (None, "delimited") and not _described(src) and "\n\n" in doc.text:
            paired = line_pairs(doc.lines)  # '私は毎朝コーヒーを飲みます。' / 'I drink coffee …', a blank line between (T38-12; last of the
            # rewrites, so no layout the others make readable is taken: '【問】' / '【答】' pairs are the qa layout's)
            if paired is not None and (src.layout == "delimited" or numbered_pairs(doc.lines) or _read_by_none(doc, src, cache)):
                two_lines = sum(1 for joined, line in zip(paired, doc.lines, strict=False) if joined != line and joined.strip())
                # (blocks of three lines, a sentence, its reading, its meaning, blank two lines each: said so)
                three_lines = sum(1 for joined, line in zip(paired, doc.lines, strict=False) if joined != line and not joined.strip()) == 2 * two_lines
                doc = Document(rel=doc.rel, text="\n".join(paired) + "\n")
        if converted and not doc.converted:  # (a rewrite above kept its text, not that it is Markdown: T18-77)
            doc = dataclasses.replace(doc, converted=True)
        documents[src.id] = doc
        untitled = not src.title or not listed  # (titled by its file's name unless the document names itself)
        if not listed or (src._glob and not src.title):  # a table of many files: each file's own title
            own_title = document_title(doc.rel, doc.lines, doc.converted)
            untitled = untitled and not own_title
            stem = Path(src.file).stem
            # ('the-french-revolution.md': 'The French Revolution' on its cards' Sources line, not the slug)
            named = slug_title(stem, doc.text) if not src.title or src.title == stem else ""
            src = src.model_copy(update={"title": own_title or topical_title(doc.rel, named or src.title or stem)})
        mark = len(diag.items)
        if package and (src.layout not in (None, "apkg") or src.pattern is not None):
            diag.error(
                CONFIG_NAME,
                line_of("layout") or line_of("file"),
                f"source {src.id!r}: an Anki package is read with layout = \"apkg\", not {src.layout or 'a [source.pattern]'!r}",
                'set layout = "apkg" (or no layout) in its [[source]] table of deck.toml',
            )
            continue
        set_aside_all = made is not None and bool(made.skipped) and not doc.text.strip() and src.layout in (None, "markdown")
        # (a large file's steps on the terminal's status line, each its own pass over every line: a 104,000-line file took
        # minutes with one message, T41-10)
        step = _steps(progress, src.file, len(doc.lines))
        step(f"telling the layout of its {len(doc.lines):,} lines")
        chosen = (
            Detection("apkg", 1.0, "an Anki package")
            if package
            # (every question the conversion read was set aside, each said at its line: no layout to guess, T25-29)
            else Detection("markdown", 1.0, "its content")
            if set_aside_all
            else _layout_for(doc, src, listed, diag, lambda: line_of("layout") or line_of("file"), cache)
        )
        if chosen is None and not listed and _cannot_tell(doc.rel, diag, mark) and note_folders.holds(src.file):
            del diag.items[mark:]  # (a page of prose and code among one-note pages: one note, as they are)
            chosen = Detection("note", 0.9, FOLDER_NOTE)
        if chosen is None:
            continue
        delimited = (chosen.source or {}).get("delimited")
        if reading_glossed and chosen.layout == "delimited" and getattr(delimited, "separator", None) == "：":
            # (the '：' is deckc's, put after each reading: never named as the file's; sitting 58 newdocs d/55)
            chosen = dataclasses.replace(
                chosen,
                why=f"{reading_glossed} lines of a word, its reading in brackets and its meaning, a pair per line",
                source_lines=("[source.delimited]", 'separator = "："    # deckc puts it between each word\'s bracketed reading and its meaning'),
            )
        if two_lines and chosen.layout == "delimited":  # (its lines were joined: never 'lines that each split on …')
            chosen = dataclasses.replace(chosen, why=f"{two_lines} sentences, each a line over its reading and its meaning, a blank line between them" if three_lines else f"{two_lines} pairs written on two lines, a line over its answer, a blank line between pairs")
        layout = chosen.layout
        fence = chosen.fence
        if fence is None and listed and own in MARKDOWN_SUFFIXES and src.pattern is not None and src.pattern.format == "text":
            fence = hiding_fence(doc.lines)  # (its printed table pasted, 'format = "text"': read as it was unlisted)
        if fence is not None:  # a page fenced whole, read as text: its fence markers are no text ('```' on no back: T17-31)
            doc = Document(rel=doc.rel, text="\n".join(_unmarked(line) if n + 1 in fence else line for n, line in enumerate(doc.lines)) + "\n")
        update: dict[str, object] = {"layout": layout}
        if chosen.pattern:
            update["pattern"] = PatternConfig.model_validate(chosen.pattern)
        update.update(chosen.source or {})
        if own in MARKDOWN_SUFFIXES and "|" in doc.text and layout == "markdown":
            # '| Statement | True | False |' with a mark per row: a card per row (T14-2); rewritten after detection, which
            # reads the page as it is written (its statements are no questions that make a page of notes ask: T14-2 re-check)
            graded = true_false_grids(doc.lines)
            doc = doc if graded is doc.lines else Document(rel=doc.rel, text="\n".join(graded) + "\n")
            documents[src.id] = doc
        rows = src.pattern is not None and (src.pattern.item or "").startswith(r"^\s*\|")  # (the guessed table's, pasted: sitting 48)
        if (own in _PROSE_SUFFIXES or worded) and src.matching == "key" and (not _described(src) or rows) and layout in ("markdown", "pattern", "numbered") and "|" in doc.text:
            # '| 1. Mitosis | c. … |' + '1-b': each term with its keyed definition (T17-26); after detection, which reads
            # the page as written (a table of cards would make a worksheet's numbered items a table page's text)
            doc, moved = _matching_tables(doc, moved, diag, listed=layout == "numbered")
            documents[src.id] = doc
        before, whole_at = len(diag.errors), len(diag.items)
        step(f"reading its {len(doc.lines):,} lines as {layout!r}")
        found = _join_keys(stimulus.attach(_read(doc, src.model_copy(update=update), diag, cache), unanswered=_no_answer(diag)), diag)
        if not listed and layout != "note" and _text_left(doc, found, diag, mark) and note_folders.holds(src.file):
            del diag.items[mark:]  # (its opening definition over '**Call Stack**: …' paragraphs read as pairs: T33-1)
            chosen, layout, update = Detection("note", 0.9, FOLDER_NOTE), "note", {"layout": "note"}
            found = _read(doc, src.model_copy(update=update), diag, cache)
        elif layout == "delimited" and (own in MARKDOWN_SUFFIXES or (listed and own in TEXT_SUFFIXES)) and (opening := _opening_left(doc, found)) is not None:
            # (a listed page too: its title is deck.toml's, so nothing else shows its opening paragraph; an unlisted
            # text file's first line is its title, shown as the pairs' section)
            diag.warning(  # (a page's opening definition over '**Term**: …' paragraphs read as pairs: said, never lost unsaid)
                doc.rel,
                opening,
                "the text above its first pair is in no card (read as pairs, one a line)",
                'if the page is one note about its file\'s name, layout = "note" in its [[source]] table reads it whole as one '
                "card; else make that text a pair or move it",
            )
        step(f"checking its {len(found):,} items against its parts")
        parted = _by_parts(doc, src, found, cache, guessed=src.layout is None and not _described(src)) if chosen.why != NAMED and src.parts == "auto" and src.bank is None and not package else None
        if parted is not None:  # 'Phần 1 – Trắc nghiệm' / … / 'Phần 2 – Đúng / Sai': each part read with its own layout (T18-24)
            found, said, chosen = parted
            diag.items[mark:] = [d for d in diag.items[mark:whole_at] if not d.message.startswith("layout detected as")] + said.items
            layout, update = chosen.layout, {"layout": chosen.layout}
        if src.layout is None and not _described(src) and found and not _loss_said(diag, mark, doc.rel):
            step(f"checking that its {len(found):,} items hold every line")
            _say_uncovered(doc, found, layout, diag)
        src, found = _titled_by_origin(src, found, untitled)  # a package of one deck: titled by it (sitting 28)
        found = split_parts(found, _no_answer(diag), {n: answer for n, (_, answer) in keyed_parts_.items()})  # '1. A car …' / '(a) …?' / 'Answer: …' / '(b) …': a card per answered part (T16-8)
        if key and keyed_parts_:
            _unused_part_rows(found, keyed_parts_, key, diag)
        found = verdict_groups(found)  # 'Mark each statement true (T) or false (F).' / 'a) …' / 'Answer: a) F  b) T' (T27-43)
        found = ordered_answers(found)  # 'Arrange … in the correct order:' / 'a) …' / 'Answer: b, c, a, d' (T27-44)
        found = restated_keys(found)  # an explanation opening 'الإجابة هي الخيار الرابع : D': the key again (T27-48)
        found = instructed(ticked_answers(found), doc.lines)  # 'Correct the mistakes' / '1. She go …' / '✔ She goes …' (T27-47)
        found = page_labels(found, written) if written else found  # the card shows '③', never 'C)' for it
        if relettered is not page_lines:  # (the manifest's original is the page's own lines, '(1) Oxygen': sitting 37)
            found = page_originals(found, page_lines, relettered)
        found = in_own_language(marked_verdicts(found), doc.text)  # true/false prompts in the page's language (T16-48); '[T/F] …' / 'T' (sitting 58)
        found = capitalized(own_labels(found))  # '**Galdera:** …' / '**Erantzuna:** …': a page's own labels off (T38-8); 'explain …?' opens 'Explain' (sitting 58)
        found = scheme_marks(sub_numbers(found), doc.text)  # '1a. What …?' fronts; 'Watt (W) (1)' backs (sitting 55)
        found = _asked_again(found, diag, mark, doc.lines)  # a lesson's agenda of its own question headings (T54-7)
        if layout == "markdown" or any(footnotes.DEFINITION.match(line) for line in doc.lines):  # (a 'qa' page's list, T29-40)
            noted = footnotes.place(doc.lines, found, _no_answer(diag))
            # (a question its reader found no answer for, answered by its footnote: no 'no answer' said of it, T34-13)
            revived = {(i.locator.file, i.locator.line) for was, i in zip(found, noted, strict=True) if was.skip and not i.skip}
            diag.items[mark:] = [d for d in diag.items[mark:] if d.group != "no-answer" or (d.file, d.line) not in revived]
            found = noted
            found = citations.place(doc.lines, found, (content_dir / src.file).parent)  # '[@key]', '[text]{.class}' (T29-53)
            included.update(p.relative_to(content_dir).as_posix() for p in citations.bibliographies(doc.lines, (content_dir / src.file).parent) if p.is_relative_to(content_dir))
        if (not listed or src._glob) and chosen.why != NAMED and layout == "markdown" and len(diag.errors) == before and refused_fronts(doc.rel, src.id, found, diag, mark):
            continue  # (a PDF's titles and labels set large or bold, read as fronts that ask nothing: R19-1)
        if listed and src.layout and not src._glob and not any(i for i in found if not i.skip):
            _other_reading(doc, src, layout, diag, mark, cache)  # (a layout named by mistake: trial11 P109)
        if key and key_at:
            found = answerkey.key_read_as_cards(found, key_at, answered_at, key, doc.rel, diag, mark)
            answerkey.key_lines(diag, mark, doc.rel, key, key_at)
        found = answerkey.locate_answered(found, answered_at)  # (a key of numbered answers: trial10 P20)
        answerkey.moved_messages(diag, mark, doc.rel, answered_at)  # (the reader's messages at the lines as written: T15-90)
        if moved is not None:  # (after the key's: its lines are this rewrite's)
            found = remap(doc.rel, moved, found, diag, mark)
        asked_of = _linked_questions(src.file, found, read_files)
        if asked_of:  # '1. [What is the event loop?](answers/event-loop.md)', that file read too: an index (T35-15)
            linked.update(asked_of)
            at = {i.locator.line for i in found}
            diag.items[mark:] = [d for d in diag.items[mark:] if d.file != doc.rel or d.line not in at]
            found = [i.model_copy(update={"skip": LINKED_INDEX}) for i in found]
        if not listed and found:  # (a file read as nothing gets its error, never a table that reads nothing)
            found = _suggest_source(doc, src, chosen, found, tables, key if key_at else None)
            if asked_of:
                tables[-1] = dataclasses.replace(tables[-1], why=f"its {counted(len(found), 'question')} link to the files in sources/ that answer them: each is asked on that file's card")
            _unknown_levels(doc, found, diag, listed=False)
            diag.tables[doc.rel] = (_as_table(tables[-1], chosen), False)  # what a hint's fix completes
        elif listed and found and "difficulty" not in src.model_fields_set:
            found = _unconfigured_labels(doc, found, diag)
            _unknown_levels(doc, found, diag, listed=True)
        if not found and len(diag.errors) == before and not set_aside_all:
            guess = [] if listed else [line for line in suggest_pattern(doc) if line.split("#")[0].strip()]
            guess = guess if any(line.startswith("item") for line in guess) else []
            # a file deck.toml does not name (alone) stops no build (trial7 G13): a warning, the rest is built;
            # a file it names is an error, and so is one whose notes are in the lock (passes/lock.check_sources_kept)
            unnamed = not listed or bool(src._glob)
            (diag.warning if unnamed else diag.error)(
                doc.rel,
                None,
                ("no card from this file: " if unnamed else "") + f"no items found with the {layout!r} layout" + _fence_cause(doc) + _header_cause(doc, layout),
                "describe its items with this table in deck.toml, checking the pattern against docs/layouts.md"
                if guess
                # (learner L34: notes of lists and tables under headings) the reading that gives cards, named
                else 'its headings have text under them and ask nothing: headings = "cards" in its [[source]] table '
                "reads each as a card (its text the answer); or describe its items with [source.pattern] in deck.toml"
                if layout == "markdown" and src.headings != "cards" and headed_page(doc, entries=True) is not None
                else "check the layout against docs/layouts.md, or describe it with [source.pattern] in deck.toml"
                + (f"; if it is no study document, {exclude_hint(doc.rel)}" if unnamed else ""),
                group=f"no-items:{doc.rel}" if guess or unnamed else "",  # each file its own table
                snippet=source_toml(src.id, src.file, src.title or src.id, extra=guess) if guess else "",
            )
        rule = src.difficulty
        if listed and found and rule.from_ == "label" and rule.labels and not any(i.label or i.difficulty != rule.default for i in found):
            diag.warning(  # (learner L2: labels written for 'Difficulty: Easy' lines deckc did not read)
                doc.rel,
                None,
                f"none of its {len(found)} items has a difficulty label, so the labels in its [[source]] table "
                f"({', '.join(sorted(rule.labels))}) are found 0 times and every item gets "
                + (f"the default, {rule.default.value}" if rule.default else "no difficulty"),
                "check where the page writes its levels (docs/layouts.md, 'difficulty'), or use "
                'difficulty = { from = "fixed", default = "medium" }',
            )
        if src.bank is None and parted is None:  # (a bank's records are its items: one a file is no misfit, T15-46; a part is checked alone)
            # (a page's list of its own questions is no item's size: its one-line entries made the median 1.5, T54-7)
            sized = [i for i in found if not i.skip.startswith(ASKED_AGAIN)] or found
            _check_one_card(doc, sized, layout, diag, cards=src.headings == "cards" or update.get("headings") == "cards")
            _check_glued(doc, found, diag)
            _check_quiz_in_notes(doc, found, diag)
            _check_unclosed_toggles(doc, found, diag)
            _check_unclosed_summaries(doc, diag)
            _check_front_matter(doc, diag)
        _check_size(doc, found, diag)
        if len(found) > 1 and all(i.skip for i in found) and not any(i.skip in (INDEX_PAGE, LINKED_INDEX) for i in found):  # (said: T26-24)
            # (said once: each question's 'no answer' and the page's text in no card are this, trial47 T47-4)
            # (an exercise's instructions or hints, each task no card, the text over them their introduction: said as
            # such, trial50 T50-5)
            undone = [i for i in found if i.skip in (TASK_REASON, HINT_REASON)]
            held = [i for i in found if i.skip == LOGISTICS_REASON]  # ('## Quiz' over an embedded app, '## Certificate': T55-7)
            held = held if len(held) + len(undone) == len(found) and not undone else []
            diag.items[mark:] = [
                d for d in diag.items[mark:]
                if d.file != doc.rel or d.group not in ("no-answer", "uncovered", *(("task", OUTSIDE_QUESTION) if undone else ()), *(("unlearnable-list", OUTSIDE_QUESTION) if held else ()))
            ]  # fmt: skip
            at = sorted({i.locator.line for i in (undone or found) if i.locator.line})
            shown = ", ".join(map(str, at[:UNANSWERED_SHOWN])) + (f" and {len(at) - UNANSWERED_SHOWN} more" if len(at) > UNANSWERED_SHOWN else "")
            lines = f" (line{'s' if len(at) > 1 else ''} {shown})" if at else ""
            if held:
                diag.warning(
                    doc.rel,
                    at[0] if at else None,
                    f"it holds only {LOGISTICS_REASON} under {len(held)} heading{'s' if len(held) > 1 else ''}{lines} and no "
                    "question: nothing to learn on a card; this file adds no card",
                    f"to learn from the quiz, copy its questions and answers into the page; else {exclude_hint(doc.rel)}",
                    group="logistics-page",
                )
            elif undone:
                hints = all(i.skip == HINT_REASON for i in undone)
                diag.warning(
                    doc.rel,
                    at[0] if at else None,
                    (f"it holds hints for an exercise's tasks under {len(undone)} headings{lines}" if hints
                     else f"it holds an exercise's {len(undone)} tasks{lines} and no solution")
                    + ": work to do, no fact to recall; this file adds no card",
                    f"a hint helps with a task and teaches nothing alone: {exclude_hint(doc.rel)}" if hints
                    else f"to learn from it, write each task's solution under it ('**Solution:** …'); else {exclude_hint(doc.rel)}",
                )
            else:
                diag.warning(
                    doc.rel,
                    at[0] if at else None,
                    f"none of its {len(found)} questions has an answer{lines}: this file adds no card",
                    "write each answer below its question, or the answers under an 'Answers' heading at the end (docs/layouts.md "
                    f"shows the shapes deckc reads); if it holds exercises to do, not to learn, {exclude_hint(doc.rel)}",
                    group=UNANSWERED_PAGE,  # (several such files: said once, with each file's place)
                )
        if made is not None:  # lines of the converted text back to lines of the file
            found = remap(doc.rel, made, found, diag, mark)
            both_ways |= made.both_ways  # (a bank's records of a reversed note type: trial21)
            if made.in_order:  # (a bank prompt of several paragraphs: its first one first, as written; T22-28)
                found = [i.model_copy(update={"stimulus_after": True}) if i.locator.line in made.in_order and i.stimulus else i for i in found]
            for line, question, why in made.skipped:  # (a GIFT essay: no card, listed as skipped all the same: T21-24)
                item = make_item(doc, src, diag, line, question=question, answer=[], skip=why, original=question)
                if item is not None:
                    found.append(item)
        if both_ways:  # (a card its tool asks each way: '#card-reverse', a record's 'Basic (and reversed card)'; trial21)
            found = [i.model_copy(update={"reverse": True}) if i.locator.line in both_ways and i.kind is ItemKind.basic else i for i in found]
        _notes_said(doc.rel, src, diag, mark)
        if Path(src.file).parent.as_posix() != SOURCE_DIR and (labels := category_sections(content_dir, src.file)):
            # (a Docusaurus folder's '_category_.json' label: the section of its pages, as a heading's is: T33-2)
            found = [i.model_copy(update={"section": [*labels, *i.section[len(labels) if i.section[: len(labels)] == labels else 0 :]]}) for i in found]
        if ending:
            _cut_off(src.file, ending, not _ends_line(content_dir / src.file), found, diag)
        if plain:
            _unanswered_lists(src.file, plain, diag, mark)
        sources.append(
            Source(
                id=src.id,
                file=src.file,
                title=src.title or src.id,
                layout=layout or PARTS,
                sections=src.sections,
                item_count=len(found),
            )
        )
        items.extend(found)
        gave.update([src.file] if found else [])
    TASKS_ASK.set(False)  # (a page's own: the passes after reading know no page)
    items = _asked_by_index(items, linked)
    _answered_elsewhere(items, diag)
    # files in sources/ that are neither documents nor media, said before what was read in them
    unread = _other_files(content_dir, config, included)
    diag.items[others:others] = unread
    order = _print_tables(tables, {s.id for s in [*config.source, *unlisted]}, diag)
    if len(order) > 1:  # unlisted files in the order their printed tables put them: pasting them changes no note, not
        # even which of two sources asking one question gives its note's front and main answer (sitting 58)
        rank = {sid: k for k, sid in enumerate(order)}
        sources.sort(key=lambda s: rank.get(s.id, -1))
        items.sort(key=lambda i: rank.get(i.source, -1))
    if not config.source and not unlisted and not diag.errors:  # (a glob that matches nothing said so)
        # (files were there but none could be read: say so, not 'put your documents into sources/': trial17 T17-20)
        said = f"; {counted(len(unread), 'file')} in sources/ not read (see {'its warning' if len(unread) == 1 else 'their warnings'})" if unread else ""
        diag.error(
            f"{SOURCE_DIR}/",
            None,
            "no source documents: the deck would be empty" + said + loose_hint(content_dir),
            ("save or export them as their warnings say, or " if unread else "")
            + "put your documents (.md, .txt, .csv, an Anki or Quizlet export) into sources/, "
            "or list them with [[source]] tables in deck.toml",
        )
    return sources, assign_ids(items, diag), documents


UNANSWERED_PAGE = "unanswered-page"  # the group of "none of its N questions has an answer" (one per file)
ANSWERED_ELSEWHERE = "answered-elsewhere"  # … when another file of the deck asks and answers every one of them


# the end of a sentence: a full stop, '!' or '?' (a closing bracket, quote or emphasis mark after it)
_ENDS_SENTENCE = re.compile(r"[.!?。！？…][)\]\"'”’»*_]*$")
_CUT_WORD = re.compile(r"(?<![^\W\d_])[b-df-hj-np-tv-xz]{2,}$")  # a word stopped before its first vowel ('beta bl')
CUT_OFF_LEAST = 3  # other answers at least that end a sentence, for a last one that stops mid-word to look cut off


_ENTRY_LINE = re.compile(r"^[ \t]{0,3}(?:[-*+•]|\d{1,4}[.)])[ \t]+\S")  # a list's entry, bulleted or numbered
QUESTION_LIST_MIN = 3  # entries of a list, each a question with no answer, said once as the list
_ANSWER_KEY_LINE = re.compile(ANSWER_KEY)  # an answer key's heading or label ('## Answers', '**Answer key**')


def _unanswered_lists(rel: str, lines: list[str], diag: Diagnostics, mark: int) -> None:
    """A list of questions with no answers among a page's notes (a syllabus's '# Sample Questions' over 23 bullets) is
    said once, as a page of nothing but such a list is (trial61 T61-6: "question has no answer" 39 times, each entry
    at its line): the "question has no answer" warnings of QUESTION_LIST_MIN entries or more of one list (list entries
    on consecutive lines, blank lines between them allowed) become one warning at its first line, unless an answer
    key's heading follows the list."""
    said = [k for k in range(mark, len(diag.items)) if (d := diag.items[k]).group == "no-answer" and d.file == rel and d.line and d.message == "question has no answer"]
    if len(said) < QUESTION_LIST_MIN:
        return
    runs: list[list[int]] = []
    for k in said:
        line = diag.items[k].line or 0
        if not (0 < line <= len(lines) and _ENTRY_LINE.match(lines[line - 1])):
            continue
        prev = diag.items[runs[-1][-1]].line or 0 if runs else 0
        if runs and prev < line and not any(t.strip() for t in lines[prev : line - 1]):
            runs[-1].append(k)
        else:
            runs.append([k])
    keys = [n for n, t in enumerate(lines, 1) if _ANSWER_KEY_LINE.match(t)]
    drop: set[int] = set()
    for run in runs:
        if len(run) < QUESTION_LIST_MIN or any(n > (diag.items[run[-1]].line or 0) for n in keys):
            continue  # (an answer key below the list, '## Answers' / '1. 4': its questions may be keyed there, each said)
        first, last = diag.items[run[0]].line, diag.items[run[-1]].line
        diag.items[run[0]] = Diagnostic(
            rel,
            first,
            f"a list of {len(run)} questions and no answers (lines {first} to {last}): no card",
            "write each answer under its question (indented under its entry, or as a '## …?' heading over it), or leave "
            "the list out",
            "warning",
            group="question-list",
        )
        drop.update(run[1:])
    if drop:
        diag.items[:] = [d for k, d in enumerate(diag.items) if k not in drop]


def _ends_line(path: Path) -> bool:
    """Whether the file's last byte ends a line (or the file cannot be read so: said elsewhere)."""
    try:
        with path.open("rb") as f:
            f.seek(-1, 2)
            return f.read(1) in (b"\n", b"\r")
    except OSError:
        return True


def _cut_off(rel: str, ending: str, unended: bool, found: list[Item], diag: Diagnostics) -> None:
    """A file that seems cut short is said at its last line, its card kept (sitting 62 N61-11: 'Cardioselective beta
    bl', a truncated copy's last answer, was a card with no message). The signal is narrow, as many files end with no
    line break or no full stop: its last line is the end of its last card's text and ends in a lower-case letter, every
    other card's text (CUT_OFF_LEAST at least) ends a sentence, and either the file ends with no line break or its last
    word has no vowel ('bl': a word cut before its vowel; 'their mean', 'stop it' end three kept lists that way)."""
    cards = sorted((i for i in found if not i.skip and i.answer), key=lambda i: i.locator.line)
    if len(cards) <= CUT_OFF_LEAST or not ending[-1:].islower() or not (unended or _CUT_WORD.search(ending)):
        return
    last = [line.strip() for line in cards[-1].original.splitlines() if line.strip()]
    if not last or last[-1] != ending:
        return
    if not all(_ENDS_SENTENCE.search(lines[-1]) for i in cards[:-1] if (lines := [t.strip() for t in i.original.splitlines() if t.strip()])):
        return
    line = cards[-1].locator.line + len(cards[-1].original.rstrip().splitlines()) - 1
    diag.warning(
        rel,
        line,
        f"the file seems cut off: its last line, {_shortened(ending)!r}, stops in the middle of a word"
        + (" with no line break after it" if unended else "")
        + f", where its other {len(cards) - 1} answers each end a sentence (the card is kept as it is)",
        "check that the file is whole (save or copy it again from where it came from); if it is, end its last answer "
        "with a full stop",
        group="cut-off",
    )


def _answered_elsewhere(items: list[Item], diag: Diagnostics) -> None:
    """A page of questions without answers whose questions another file of the deck asks and answers (a repository's
    ``questions/strings.md`` beside ``answers/strings.md``, a worksheet beside its corrected copy) is said so: those
    questions are not lost, and the page can be left out. Its message names the file that answers the most of them; a
    page only some of whose questions are answered elsewhere is said as before.
    (Sitting 59: 21 question pages of an interview repository each said "none of its 7 questions has an answer", their
    answers all in the deck under answers/.)"""
    pages = [k for k, d in enumerate(diag.items) if d.group == UNANSWERED_PAGE and d.severity == "warning"]
    if not pages:
        return
    answering: dict[str, Counter[str]] = {}
    for item in items:
        if not item.skip and item.answer:
            answering.setdefault(normalize_text(item.question), Counter())[item.locator.file] += 1
    for k in pages:
        d = diag.items[k]
        asked = [normalize_text(i.question) for i in items if i.locator.file == d.file and i.skip]
        where: Counter[str] = Counter()
        found = 0
        for key in asked:
            files = {f for f in answering.get(key, ()) if f != d.file}
            found += bool(files)
            where.update(files)
        if not asked or found < len(asked):  # (some only: the rest still want answers, and two unrelated documents
            continue  # share a few questions by chance, 'What is a list?': said as before)
        other, _ = min(where.items(), key=lambda fc: (-fc[1], fc[0]))
        also = " and other files" if len(where) > 1 else ""
        diag.items[k] = dataclasses.replace(
            d,
            message=d.message.replace(
                ": this file adds no card",
                f"; all of them are asked and answered in {other}{also} (nothing of them is lost): this file adds no card",
                1,
            ),
            hint=f"nothing to do: their cards come from {other}{also}; to stop this message, {exclude_hint(d.file)}",
            group=ANSWERED_ELSEWHERE,  # (said apart from the pages whose questions are lost)
        )


LINKED_INDEX = "a question the file it links to answers (an index)"
# an index's entry that is only its question, a link to the file answering it: '1. [What is hoisting?](answers/hoisting.md)'
_LINKED_ENTRY = re.compile(
    r"^\s*(?:\d{1,4}[.)]|[-*+])\s+(?P<m>\*\*|__)?\[(?P<q>[^\]]+)\]\((?P<href>(?![a-zA-Z][\w+.-]*:)[^)\s#]+)(?:#[^)\s]*)?\)(?P=m)?\s*$"
)


def _linked_questions(rel: str, found: list[Item], files: set[str]) -> dict[str, str]:
    """``{answer file: question}`` when every item of the page at ``rel`` is a question written as a link to a file this
    build reads (a README listing ``1. [What is the event loop?](answers/event-loop.md)``, one answer file each), else {}:
    those files answer the questions, so the page is an index, no question of its own unanswered (trial35 T35-15: 'answer
    missing … add an override' for each, advice that cannot apply)."""
    asked: dict[str, str] = {}
    for item in found:
        m = _LINKED_ENTRY.match(item.original or "")
        question = m.group("q").strip() if m else ""
        if m is None or not (question.rstrip(CLOSERS + "*_ ").endswith(QUESTION_MARKS) or opens_asking(question)):
            return {}
        target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), unquote(m.group("href"))))
        if target not in files or target == rel:
            return {}
        asked[target] = question
    return asked


def _asked_by_index(items: list[Item], linked: dict[str, str]) -> list[Item]:
    """The items, a file's one card asking the question an index asks of it when its own front asks nothing (its
    title ``# Event loop`` under the index's ``[What is the event loop?](answers/event-loop.md)``: trial35 T35-15)."""
    if not linked:
        return items
    cards = Counter(i.locator.file for i in items if not i.skip)
    out = []
    for item in items:
        question = linked.get(item.locator.file)
        own = re.sub(r"<[^>]+>", "", item.question).rstrip(CLOSERS + " ")
        if question and not item.skip and cards[item.locator.file] == 1 and not (own.endswith(QUESTION_MARKS) or opens_asking(own)):
            item = item.model_copy(update={"question": html_escape(question, quote=False)})
        out.append(item)
    return out


def _notes_said(rel: str, src: SourceConfig, diag: Diagnostics, mark: int) -> None:
    """The file's messages about text under no question name the knob that says they are notes (trial31 T31-70:
    lecture notes with a few questions had every paragraph warned "put it under a question … or remove it" on every
    build, though the notes are the file's point); with ``notes = "skip"`` in its table none is said. Each keeps its
    line (the build prints them as one message with their count): a question deckc missed may be among them."""
    said = [k for k in range(mark, len(diag.items)) if diag.items[k].group in (OUTSIDE_QUESTION, AFTER_STOP) and diag.items[k].file == rel]
    if src.notes == "skip":
        for k in reversed(said):
            del diag.items[k]
        return
    knob = 'notes, not questions? notes = "skip" in its [[source]] table stops this message'
    for k in said:
        d = diag.items[k]
        diag.items[k] = dataclasses.replace(d, hint=f"{knob}; else {d.hint}" if d.hint else knob)


def _titled_by_origin(src: SourceConfig, found: list[Item], untitled: bool) -> tuple[SourceConfig, list[Item]]:
    """A file whose every item names the one document it came from (``Item.origin``: an Anki package's one deck, a
    deck deckc built from one document) is titled by that document when it names no title of its own (``untitled``),
    not by the file's name ('Also in last' on a card); titled so (as its printed table pastes it, too), its items'
    sections do not repeat it ('Biology › Cells' → 'Cells')."""
    origins = {i.origin for i in found}
    if len(origins) != 1 or "" in origins:
        return src, found
    (title,) = origins
    if not untitled and src.title != title:
        return src, found
    found = [i.model_copy(update={"section": i.section[1:]}) if i.section[:1] == [title] else i for i in found]
    return src.model_copy(update={"title": title}), found


def _source_tables(content_dir: Path) -> list[dict[str, object]]:
    """deck.toml's [[source]] tables as written (deck.toml loaded without error before this is called)."""
    try:
        data = tomllib.loads((content_dir / CONFIG_NAME).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        return []
    tables = data.get("source", [])
    return [t for t in tables if isinstance(t, dict)] if isinstance(tables, list) else []


_CHAT_LINE = re.compile(r"(?m)^\[?\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+\d{1,2}:\d{2}")  # a chat export's message line
_PROSE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".mdx", ".cheatmd", ".pdf"})  # (a PDF: its text layer, _unpaginate)


def _own_suffix(doc: Document, made: Converted | None) -> str:
    """Which of the text rules below a document gets, by how its name ends: a converted page none (its converter
    wrote it), but a web page's or a word processor's those of Markdown (a person wrote it as freely as a Markdown
    page, its converter only kept its markup: a chat's flashcards saved as .html or .docx gave one card of four, meta
    R4-12), a PDF those of the Markdown or the plain text its text is (compiler.sources.pdf), a text file that is
    Markdown saved under another name those of Markdown (_markdown_text)."""
    suffix = Path(doc.rel).suffix.lower()
    if suffix in PDF_SUFFIXES:
        return ".md" if doc.converted else ".txt"
    if doc.converted and (suffix in TEXT_SUFFIXES if made is None else suffix in (*WEB_SUFFIXES, *MHTML_SUFFIXES, *WORD_SUFFIXES)):
        return ".md"  # (Markdown saved as .txt, _markdown_text; a web page or a Word document converted to Markdown)
    return "" if made is not None and doc.converted else suffix


def _unpaginate(doc: Document, src: SourceConfig, diag: Diagnostics) -> Document:
    """The document without what a PDF's pages put into text copied out of it (sources/pdftext.py), said once."""
    if not src.pdf_cleanup and Path(doc.rel).suffix.lower() in PDF_SUFFIXES:
        return dataclasses.replace(doc, text=doc.text.replace("\f", ""))  # (deckc's own page breaks: no line of their own)
    if not src.pdf_cleanup or Path(doc.rel).suffix.lower() not in _PROSE_SUFFIXES or src.layout == "delimited":
        return doc
    rows = [line for line in doc.lines[:200] if line.strip()]
    if sum("\t" in line for line in rows) * 2 > len(rows) or doc.text.startswith("#separator:"):
        return doc  # a flashcard export (tab-separated rows): no PDF's text
    text, done = pdftext.clean(pdftext.printed_hyphens(doc.text) if Path(doc.rel).suffix.lower() in PDF_SUFFIXES else doc.text)
    if Path(doc.rel).suffix.lower() in PDF_SUFFIXES:
        done.form_feeds = 0  # (a PDF read directly: its form feeds are deckc's own, between its pages; nothing to say)
    if not done:
        return dataclasses.replace(doc, text=text)
    first = min([*(n for ns in done.furniture.values() for n in ns), *(n for n, _, _ in done.joined)], default=None)
    diag.warning(
        doc.rel,
        first,
        f"text copied from a PDF: {done.summary()}",
        "check the cards; pdf_cleanup = false in its [[source]] table keeps the text as written",
    )
    return dataclasses.replace(doc, text=text)


def _inline_ticks(doc: Document, diag: Diagnostics) -> Document:
    """A tick between two options on one line given to the option the document's ticks mark (sources/inline_ticks.py);
    where the document does not tell, no key from it and a warning at its line."""
    ticked, unsure = inline_ticks(doc.lines)
    for n in unsure:
        diag.warning(
            doc.rel,
            n + 1,
            f"a tick between two options ('{_shortened(doc.lines[n].strip(), 60)}') may mark the option before it or the one "
            "after it, and no other line of this document shows which: no key taken from it",
            "write the tick after the option it marks at the end of the line, or before the first option's label, or put each option on its own line",
            group="inline-tick",
        )
    return doc if ticked is doc.lines else Document(rel=doc.rel, text="\n".join(ticked) + "\n")


def _unused_part_rows(items: list[Item], rows: dict[str, tuple[int, list[str]]], key: str, diag: Diagnostics) -> None:
    """Each row of a mark scheme for a part (``1(c)``) that answers no part read from the paper, said at its line of the
    key file: never a key entry lost unsaid (trial34 T34-1)."""
    parts = {i.number for i in items if i.number}
    for number, (k, answer) in rows.items():
        if number not in parts:
            diag.warning(
                key,
                k + 1,
                f"this row answers part {number} of the paper, but deckc read no such part there: "
                f"{' '.join(answer)[:60]!r} is on no card",
                "check the row's number against the paper; a part is read when its line opens with its letter ('(a)') "
                "under its question's number and ends in its marks ('[1 mark]')",
            )


def _join_keys(items: list[Item], diag: Diagnostics) -> list[Item]:
    """:func:`answerkey.join_keys`, and the "question has no answer" said of a question the page's key answers taken
    back (sitting 41: an exam's '**Question 3** (1 mark)' / 'What is the unit of power?' was keyed by its mark scheme
    only when it asked no question)."""
    unanswered = {(i.locator.file, i.locator.line) for i in items if i.skip == NO_ANSWER}
    out = answerkey.join_keys(items)
    keyed = unanswered - {(i.locator.file, i.locator.line) for i in out if i.skip == NO_ANSWER}
    if keyed:
        diag.items[:] = [d for d in diag.items if not (d.group == "no-answer" and (d.file, d.line) in keyed)]
    return out


def _asked_again(found: list[Item], diag: Diagnostics, mark: int, lines: list[str]) -> list[Item]:
    """A question without answer that another item of the page asks in the same words and answers (a lesson's agenda,
    '## Introduction' / 'In this lesson, we'll cover:' / '- What is a cybersecurity threat?', each entry a question
    heading further down): the page's own table of contents, which loses nothing, never "question has no answer"
    (trial54 T54-7: 14 times over three pages). Kept as skipped items, so the page's sizes are measured as before."""
    def words(item: Item) -> str:
        return normalize_text(item.question).replace(" ", "")  # ('cybersecurity' asked as 'cyber security' below)

    # (a question with the code or table it asks about is its own, 'What will be the output?' over each snippet)
    answered = {words(i): i.locator.line for i in found if not i.skip and not i.stimulus and (i.answer or i.choices or i.cloze)}
    out: list[Item] = []
    again: set[int | None] = set()
    for item in found:
        at = answered.get(words(item)) if item.skip == NO_ANSWER and not item.stimulus else None
        if at is not None and at != item.locator.line:
            item = item.model_copy(update={"skip": f"{ASKED_AGAIN} (line {at})"})
            again.add(item.locator.line)
        out.append(item)
    if again:
        rel = found[0].locator.file
        diag.items[mark:] = [d for d in diag.items[mark:] if d.group != "no-answer" or d.file != rel or d.line not in again]
        # (the agenda's lead-in right above it, 'In this lesson, we'll cover:': the contents' own words, no text lost;
        # it was still "text outside any question", sitting 55)
        above = min((k for k in again if k is not None), default=0) - 1
        while 0 < above <= len(lines) and not lines[above - 1].strip():
            above -= 1
        if 0 < above <= len(lines) and lines[above - 1].rstrip(" *_").endswith((":", "：")):
            diag.items[mark:] = [d for d in diag.items[mark:] if d.group != OUTSIDE_QUESTION or d.file != rel or d.line != above]
    return out


ASKED_AGAIN = "asked again and answered elsewhere on the page (a list of its questions)"


def _no_answer(diag: Diagnostics) -> Callable[[Item], None]:
    """The warning for a question whose only 'answer' was the code it asks about (stimulus.attach)."""

    def warn(item: Item) -> None:
        where = item.locator
        if any(b.hint() for b in item.stimulus):  # (the code asked about, then only a hint: T29-6)
            diag.warning(where.file, where.line, *ONLY_A_HINT, group="hint-only")
            return
        diag.warning(where.file, where.line, "question has no answer", "write the answer below the question", group="no-answer")

    return warn


_READER_FAULT = "reader-fault"


# the layouts whose text is Markdown or HTML, its maths already read (the others read plain text: compiler.sources.dollars)
_MARKDOWN_LAYOUTS = frozenset({"markdown", "apkg", "freecodecamp"})
_PLAIN_TEXT_SUFFIXES = frozenset({".txt", ".text", ".pdf"})  # (a PDF not converted: its plain text, compiler.sources.pdf)


def _reader_read(doc: Document, src: SourceConfig, diag: Diagnostics) -> list[Item]:
    """The source's reader on the document; a fault in it is an error naming the document (trial11 P54: an
    internal error named no file), so the user knows which one to leave out or report (DECKC_DEBUG=1 raises it)."""
    assert src.layout is not None
    if src.layout == "markdown" and not doc.converted and Path(doc.rel).suffix.lower() in _PLAIN_TEXT_SUFFIXES:
        literal = literal_markdown(doc.text)  # (a plain-text file's 'C:\\Users\\<name>', '2*3*4' as typed: its text is no Markdown)
        doc = doc if literal is None else dataclasses.replace(doc, text=literal)
    try:
        items = _lone_labels(readers()[src.layout].read(doc, src, diag), src)
        if src.layout not in _MARKDOWN_LAYOUTS:  # (its text is plain text: '$x^2$' is maths as in Markdown, T28-35)
            items = [plain_text_maths(i) for i in items]
        return items
    except Exception as exc:  # (any fault of a reader: reported with the file, nothing written)
        if os.environ.get("DECKC_DEBUG"):
            raise
        what = f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}".rstrip(": ")
        diag.error(
            doc.rel,
            None,
            f"deckc's '{src.layout}' reader failed on this document (internal error: {what})",
            f"this is a bug in deckc: please report it with this file (DECKC_DEBUG=1 prints where it happened); to build "
            f"the other documents meanwhile, rename it #{Path(doc.rel).name} or give its [[source]] another layout",
            group=_READER_FAULT,
        )
        return []


def _lone_labels(items: list[Item], src: SourceConfig) -> list[Item]:
    """A word after a question's '?' taken for its level ('What molecule is the cell's energy currency? (abbreviation)')
    that no other item of the file carries, that names no level and that deck.toml does not name: the question's own
    hint, put back on its front as written (trial23 T23-29: the hint was cut off and 'abbreviation' guessed a level)."""
    counts = Counter(i.label for i in items if i.label)
    lone = {
        label for label, n in counts.items()
        if n == 1 and not emojiish(label) and not set(label) <= _LEVEL_SYMBOLS
        and guess_combined(label) is None and lookup_combined(src.difficulty, label) is None
    }  # fmt: skip
    if not lone:
        return items
    out: list[Item] = []
    for item in items:
        question = item.question.rstrip()
        if item.label in lone and question.endswith(QUESTION_MARKS):
            raw = " ".join(item.original.split())
            at = raw.rfind(item.label)
            asks = max(raw.rfind("?", 0, at), raw.rfind("？", 0, at)) if at >= 0 else -1
            if asks < 0 or raw[asks + 1 : at].strip("()[]（）【】*_` "):
                out.append(item)  # (a level column's word, 'Stufe 3', never the question's: trial25, it was put on the front)
                continue
            tail = next(iter(raw[asks + 1 :].split()), "")  # (one word, as split_marker takes it)
            tail = tail if tail.strip("()[]（）【】 ") == item.label else item.label
            item = item.model_copy(update={"question": f"{question} {tail}", "label": None})
        out.append(item)
    return out


def _other_reading(doc: Document, src: SourceConfig, layout: str, diag: Diagnostics, mark: int, cache: ItemCache | None) -> None:
    """A layout named in deck.toml that reads nothing: when detection reads the file another way, the messages
    say so (a Markdown Q&A given layout = "delimited" was told only which separator to set, deeper into the
    mistake; trial11 P109)."""
    said = [i for i in range(mark, len(diag.items)) if diag.items[i].file == doc.rel]
    if not said:
        return
    alt = detect_layout(doc)
    if alt is None or alt.layout == layout:
        return
    update: dict[str, object] = {"layout": alt.layout, "pattern": PatternConfig.model_validate(alt.pattern) if alt.pattern else None}
    update.update(alt.source or {})
    try:
        n = sum(not i.skip for i in _read(doc, src.model_copy(update=update), Diagnostics(), cache))
    except ContentError:
        return
    if n:
        i = said[-1]
        d = diag.items[i]
        diag.items[i] = dataclasses.replace(
            d,
            hint=f"{d.hint}; without layout = {layout!r} in its [[source]] table, this file reads as {alt.layout!r} "
            f"({n} item{'s' if n > 1 else ''}): remove that line to read it so",
        )


_RECORDS = "its records' labels over their fields, a card a record"
_KEY_FRONT = re.compile(r"\W*(?:\d{1,3}|[A-Za-z]|[IVXivx]{1,4})\W*")  # a key's entry: a question's number or letter alone


def _by_parts(
    doc: Document, src: SourceConfig, whole: list[Item], cache: ItemCache | None, guessed: bool = False
) -> tuple[list[Item], Diagnostics, Detection] | None:
    """A document in parts under part headings (``Phần 1 – Trắc nghiệm`` / ``Câu 1`` …, ``Phần 2 – Đúng / Sai`` /
    ``1. … → Sai``, ``Part III``), its layout detected: ``(items, messages, the detection to report)`` when each part
    read alone with the layout detected for it answers more questions than ``whole`` (the file read with one layout,
    which glued every later part to the first part's last answer: trial18 T18-24), else None. Each part is the
    document with the other parts' lines blank, so items and messages keep their lines; a part that reads nothing
    is said at its heading.

    ``guessed`` (a layout deckc guessed): a page under plain headings whose one reading leaves study text in no item
    (:func:`compiler.coverage.uncovered`: '**Mitochondria** — …' over '## Quick quiz', sitting 38) is read a section
    at a time so (:func:`section_spans`), and that reading is kept when it reads every item the whole reading did,
    answers more and leaves less text out; a section that reads nothing is left to the coverage check to say."""
    spans, headed = part_spans(doc.lines), False
    left: list[int] = []  # the lines the whole reading leaves in no item, when read by its headings' sections
    if spans is None and guessed and whole and (left := uncovered(doc.lines, whole) or _records_left(doc.lines, whole) or _unanswered_left(whole)):
        spans, headed = section_spans(doc.lines, left), True
    if spans is None or any(i.skip == INDEX_PAGE for i in whole):  # (an index's 'Part 1. CS' over links: T26-24)
        return None
    said = Diagnostics()
    found: list[Item] = []
    read: list[str] = []
    labels = set(label_lines(doc.lines)) if headed else set()  # (a plain-text page's 'Definizioni': no line of a pair)
    records = record_heads(doc.lines) if headed else set()
    # (a plain-text page's record, 'Furosemide' over 'Class: loop diuretic' / 'Action: …', is read as the heading it is)
    page = [f"## {line.strip()}" if k in records and k in labels else line for k, line in enumerate(doc.lines)]
    page = doc.lines if page == doc.lines else page
    labels -= records
    for first, head, end in spans:
        kept = part_lines(page, first, end)
        part = Document(rel=doc.rel, text="\n".join("" if k in labels else line for k, line in enumerate(kept)) + "\n", converted=doc.converted)
        chosen = _layout_for(part, src.model_copy(update={"layout": None, "pattern": None}), False, Diagnostics(), lambda: None, cache)
        if chosen is None and any(first <= k < end for k in records) and page is not doc.lines:
            chosen = Detection("markdown", 1.0, _RECORDS, source={"headings": "cards"})  # (plain text: a card a record)
        heading = _shortened(doc.lines[head].strip().strip("#*_ "), 50)
        if chosen is None and headed:
            continue
        if chosen is None:
            said.warning(
                doc.rel,
                head + 1,
                f"part {heading!r}: no question read in it (lines {head + 1}-{end}); its text is in no card",
                "write its questions in a shape docs/layouts.md lists, or describe them with [source.pattern] "
                "in a file of their own",
                group="part-unread",
            )
            continue
        update: dict[str, object] = {"layout": chosen.layout, "pattern": PatternConfig.model_validate(chosen.pattern) if chosen.pattern else None}
        update.update(chosen.source or {})
        mark = len(said.items)
        items = _join_keys(stimulus.attach(_read(part, src.model_copy(update=update), said, cache), unanswered=_no_answer(said)), said)
        # (a part's lines above its first item are the other parts' and its heading's, never its items missed: the page's
        # coverage check says any line no card holds; '394 of 391 lines come before the first item', trial54 T54-8)
        said.items[mark:] = [d for d in said.items[mark:] if d.group != "preamble"]
        if headed and (
            chosen.layout == "note"
            or all(doc.lines[i.locator.line - 1].lstrip().startswith("#") and i.locator.line - 1 not in records for i in items if i.locator.line <= len(doc.lines))
            or 2 * sum(1 for i in items if _KEY_FRONT.fullmatch(i.question.strip())) > len(items)
        ):
            # (a section read as cards of its headings over their prose is notes, no shape of its own; one whose fronts
            # are numbers, '1' -> 'Rembrandt van Rijn', is the key of the questions above, never cards alone: T38-11)
            del said.items[mark:]
            continue
        _check_one_card(part, items, chosen.layout, said)
        found.extend(items)
        read.append(f"{heading!r} as {chosen.layout!r} ({counted(len(items), 'item')})")
    if headed and not _sections_win(doc, whole, found, left):
        # (the sections that read alone in a shape of their own, a '| Term | Definition |' table, and the rest of the page
        # read together: a quiz's parts and the answer key at the end answer each other only read as one; trial41 T41-1,
        # a worksheet's key-terms table made its 4 multiple-choice and 2 short-answer questions 'text outside')
        rest = _rest_read(doc, src, whole, left, labels, cache)
        if rest is None:
            return None
        found, said, read = rest
    elif sum(not i.skip for i in found) <= sum(not i.skip for i in whole):
        return None
    why = f"{f'{len(read)} sections under its headings' if headed else f'{len(spans)} parts'}, each read with its own layout: " + "; ".join(read)
    note = ('# parts = "whole" reads it with one layout; no layout line: its parts are read as detected',)
    return found, said, Detection("", 1.0, why, source_lines=note)


LARGE_LINES = 2_000  # lines of a document whose reading steps the status line names


def _steps(progress: Progress | None, file: str, lines: int) -> Callable[[str], None]:
    """What tells the terminal's status line a step of reading a large file (a no-op for a small one or no terminal)."""
    if progress is None or lines < LARGE_LINES:
        return lambda _: None
    return lambda what: progress(f"reading {file}: {what}")


def _records_left(lines: list[str], whole: list[Item]) -> list[int]:
    """The 1-based field lines of the page's records (:func:`record_heads`) that no item of ``whole`` starts in: a quiz on
    the same facts ('Which country's capital is Lima?') holds their words, so the coverage check finds nothing left
    out, yet no card holds the records (sitting 42)."""
    records = record_heads(lines)
    if not records:
        return []
    heads = section_heads(lines)
    starts = {i.locator.line - 1 for i in whole}
    out: list[int] = []
    for k in sorted(records):
        end = next((j for j in heads if j > k), len(lines))
        if not any(k <= s < end for s in starts):
            out.extend(j + 1 for j in range(k + 1, end) if lines[j].strip())
    return out


def _unanswered_left(whole: list[Item]) -> list[int]:
    """The 1-based lines of the questions one guessed reading left unanswered, when some of its questions are answered:
    a page whose sections are written in two shapes ('## Exercise 1' of '1. the dog — le chien' lines over '## Exercise
    2' of numbered questions each answered under it) read with the second section's layout, the first's pairs each
    "question has no answer" (sitting 44). Empty when nothing, or everything, is unanswered."""
    unanswered = [i.locator.line for i in whole if i.skip == "no answer"]
    return unanswered if unanswered and any(not i.skip for i in whole) else []


def _sections_win(doc: Document, whole: list[Item], found: list[Item], left: list[int]) -> bool:
    """Whether a page read a section at a time answers more than its one reading, loses no item that reading gave and
    leaves less of its text in no item (or, for a reading that left questions unanswered, :func:`_unanswered_left`,
    answers at least one of them and leaves no more text out)."""
    if sum(not i.skip for i in found) <= sum(not i.skip for i in whole):
        return False
    if {i.locator.line for i in whole} - {i.locator.line for i in found}:
        return False
    if left and left == _unanswered_left(whole):
        answered = {i.locator.line for i in found if not i.skip}
        return any(k in answered for k in left) and len(uncovered(doc.lines, found)) <= len(uncovered(doc.lines, whole))
    return len(uncovered(doc.lines, found)) < len(left)


APART_MIN = 3  # terms of a section, at least, that set it apart as a shape of its own (two lines may be notes: sitting 41)


def _apart(
    doc: Document, src: SourceConfig, labels: set[int], cache: ItemCache | None
) -> list[tuple[int, int, list[Item], list[Diagnostic], str]]:
    """The sections of a page under plain headings (each heading its own) that read alone in a shape of their own, every
    item answered and no card of a heading over its prose: ``(first, end, items, messages, what was read)`` each."""
    apart: list[tuple[int, int, list[Item], list[Diagnostic], str]] = []
    for first, head, end in section_spans(doc.lines) or []:
        kept = part_lines(doc.lines, first, end)
        part = Document(rel=doc.rel, text="\n".join("" if k in labels else line for k, line in enumerate(kept)) + "\n", converted=doc.converted)
        chosen = _layout_for(part, src.model_copy(update={"layout": None, "pattern": None}), False, Diagnostics(), lambda: None, cache)
        if chosen is None or chosen.layout == "note":
            continue
        update: dict[str, object] = {"layout": chosen.layout, "pattern": PatternConfig.model_validate(chosen.pattern) if chosen.pattern else None}
        update.update(chosen.source or {})
        said = Diagnostics()
        items = _join_keys(stimulus.attach(_read(part, src.model_copy(update=update), said, cache), unanswered=_no_answer(said)), said)
        # (a part's lines above its first item are the other parts' and its heading's, never its items missed: the page's
        # coverage check says any line no card holds; '394 of 391 lines come before the first item', trial54 T54-8)
        said.items[:] = [d for d in said.items if d.group != "preamble"]
        if (
            len(items) < APART_MIN
            or any(i.skip or not _one_line_pair(doc, i) for i in items)
            or 2 * sum(1 for i in items if _KEY_FRONT.fullmatch(i.question.strip())) > len(items)
        ):
            continue  # (cards of headings over their prose, a question unanswered alone, a key's numbers: no shape apart)
        _check_one_card(part, items, chosen.layout, said)
        heading = _shortened(doc.lines[head].strip().strip("#*_ "), 50)
        apart.append((first, end, items, said.items, f"{heading!r} as {chosen.layout!r} ({counted(len(items), 'item')})"))
    return apart


def _one_line_pair(doc: Document, item: Item) -> bool:
    """Whether the item is a term and its meaning on one line of the page (a table row, `Range: the largest …`), not a
    heading or a question line over the text under it (notes' sections read alone are such cards, and no shape apart)."""
    line = doc.lines[item.locator.line - 1].strip() if 0 < item.locator.line <= len(doc.lines) else ""
    words = re.findall(r"\w+", " ".join(b.plain() for b in item.answer).lower())[:3]
    return bool(words) and not line.startswith("#") and all(w in line.lower() for w in words)


def _rest_read(
    doc: Document, src: SourceConfig, whole: list[Item], left: list[int], labels: set[int], cache: ItemCache | None
) -> tuple[list[Item], Diagnostics, list[str]] | None:
    """A page under plain headings read as its sections that read alone in a shape of their own (:func:`_apart`) and the
    rest of the page read as one document with its own detected layout, every question of it answered: ``(items,
    messages, what was read)`` when that reading wins as :func:`_sections_win` says, else None (no such section, or all
    of them, or a rest read in part)."""
    apart = _apart(doc, src, labels, cache) if whole else []
    if not apart:
        return None
    blank = {k for first, end, *_ in apart for k in range(first, end)}
    if len(blank) >= len(doc.lines) or all(not doc.lines[k].strip() for k in range(len(doc.lines)) if k not in blank):
        return None
    text = "\n".join("" if k in blank or k in labels else line for k, line in enumerate(doc.lines)) + "\n"
    rest = Document(rel=doc.rel, text=text, converted=doc.converted)
    chosen = _layout_for(rest, src.model_copy(update={"layout": None, "pattern": None}), False, Diagnostics(), lambda: None, cache)
    if chosen is None:
        return None
    update: dict[str, object] = {"layout": chosen.layout, "pattern": PatternConfig.model_validate(chosen.pattern) if chosen.pattern else None}
    update.update(chosen.source or {})
    said = Diagnostics()
    for *_, messages, _ in apart:
        said.items.extend(messages)
    items = _join_keys(stimulus.attach(_read(rest, src.model_copy(update=update), said, cache), unanswered=_no_answer(said)), said)
    if not items or chosen.layout == "note" or any(i.skip for i in items):
        return None  # (the rest must read whole: a key it half reads, 'Parte B: 4. El cloroplasto 5. En …', glued answers)
    _check_one_card(rest, items, chosen.layout, said)
    found = sorted([i for *_, kept, _, _ in apart for i in kept] + items, key=lambda i: i.locator.line)
    if not _sections_win(doc, whole, found, left):
        return None
    read = [*(r for *_, r in apart), f"the rest as {chosen.layout!r} ({counted(len(items), 'item')})"]
    return found, said, read


def _read(doc: Document, src: SourceConfig, diag: Diagnostics, cache: ItemCache | None) -> list[Item]:
    """The source's reader on the document, or its cached result for the same text, config and code."""
    assert src.layout is not None
    if cache is None:
        return _reader_read(doc, src, diag)
    key = cache.key(src.layout, src, f"{doc.rel}\0converted" if doc.converted else doc.rel, doc.text)
    hit = cache.get(key)
    if hit is not None:
        diag.items.extend(hit[1])
        return hit[0]
    mark = len(diag.items)
    found = _reader_read(doc, src, diag)
    if any(d.severity == "error" and d.group == _READER_FAULT for d in diag.items[mark:]):
        return found  # (a reader's fault is never kept: the next build tries again)
    cache.put(key, found, diag.items[mark:])
    return found


@dataclasses.dataclass(frozen=True)
class _Table:
    """The [[source]] table an unlisted file was read with, before it is printed (alone or for its folder)."""

    rel: str
    id: str
    title: str
    layout: str
    items: int
    why: str  # the detection's reason, when the table is not plain
    note: str  # how difficulty was set
    difficulty: str
    extra: tuple[str, ...]
    key: str | None = None  # the answer key file paired with it by its name
    kept: int = 0  # its notes with the GUID another tool gave them (an Anki package, an export's GUID column)
    span: str = ""  # a folder whose subfolders' files all read this way: one table for them all (:func:`_spanned`)
    alone: bool = False  # a file under such a folder that reads otherwise: a table naming it, never a glob

    @functools.cached_property
    def folder(self) -> str:
        """The folder its table's glob starts at: its own, or for a task (one folder each) sources/ itself."""
        if self.span:
            return self.span
        return SOURCE_DIR if self.layout == "task" and self.rel.startswith(f"{SOURCE_DIR}/") else Path(self.rel).parent.as_posix()

    @functools.cached_property
    def glob(self) -> str:
        """The ``file`` of a table for all the files of its shape: ``sources/notes/*.md``, ``sources/**/task.md``,
        ``sources/data-structures/**/*.md`` (the files of its subfolders alike)."""
        if self.layout == "task" or self.span:
            return f"{self.folder}/**/{Path(self.rel).name if self.layout == 'task' else '*' + Path(self.rel).suffix}"
        return f"{self.folder}/*{Path(self.rel).suffix}"

    @functools.cached_property
    def shape(self) -> tuple[str, str, str, str, tuple[str, ...]]:
        """Files of one folder with the same shape are read the same way: one table covers them."""
        return self.folder, self.glob, self.layout, self.difficulty, self.extra


def _suggest_source(
    doc: Document, src: SourceConfig, chosen: Detection, items: list[Item], tables: list[_Table], key: str | None = None
) -> list[Item]:
    """An unlisted file: the layout chosen and the whole [[source]] table to paste (printed by :func:`_print_tables`);
    ``key``: the answer key file the build paired with it by its name, which the table names (trial23 T23-33: pasted
    without it, the next build said 'add key_file' again).

    The items are built with exactly the difficulty rule the table shows (the markers found,
    mapped to guessed levels, else medium for every item), so pasting the table changes no note.
    """
    rule = suggested_difficulty(items, doc.lines)
    page = front_matter_level(doc.lines)
    level = page_level(rule, page[0]) if page else None
    # 'difficulty: hard' in its front matter replaces the table's default whatever the table says (Levels): the table
    # leaves it out, so a folder of such pages at several levels is one table (trial33 T33-10: 28 tables for 2 folders)
    if rule.from_ == "label":
        legend = legend_levels(doc.lines, list(rule.labels))
        note = (
            f"difficulty from its {len(rule.labels)} markers (the levels in the table are guesses: check them)"
            if len(legend) < len(rule.labels)
            else f"difficulty from its {len(rule.labels)} markers, at the levels its legend gives them"
        )  # ('- 🟩 Beginner question' …: T57-4)
        fallback = rule.model_copy(update={"default": level}) if level is not None else rule
        items = [i.model_copy(update={"difficulty": _level(fallback, i.label)}) for i in items]
    elif level is not None:
        note = "difficulty from its front matter (difficulty: …) for every item"
    else:
        note = f"difficulty {rule.default.value!r} for every item"  # as read
    layout = chosen.layout
    keyed = [f"key_file = {json.dumps(key, ensure_ascii=False)}"] if key else []
    extra = [*chosen.source_lines, *keyed, *(["[source.pattern]", *chosen.pattern_lines] if chosen.pattern else [])]
    why = chosen.why if (chosen.pattern and layout == "pattern") or chosen.source else ""
    if doc.converted and not why:  # (a GIFT quiz 'read as layout markdown' alone reads as a mistake: trial12 U77)
        from compiler.sources.converted import converted_kind

        why = f"{converted_kind(doc.rel)}, converted to Markdown first"
    kept = sum(1 for i in items if i.guid)
    tables.append(_Table(doc.rel, src.id, src.title or src.id, layout, len(items), why, note, difficulty_toml(rule), tuple(extra), key, kept=kept))
    return items


def _as_table(t: _Table, chosen: Detection) -> dict[str, object]:
    """The table printed for an unlisted file, as keys (a hint's fix is applied to it)."""
    table: dict[str, object] = {"id": t.id, "file": t.rel, "title": t.title, "layout": t.layout}
    table.update({"difficulty": Inline(t.difficulty), **{k: _setting(v) for k, v in (chosen.source or {}).items()}})
    if t.key:
        table["key_file"] = t.key
    if chosen.pattern:
        table["pattern"] = dict(chosen.pattern)
    return table


def _setting(value: object) -> object:
    """A table's setting as its TOML holds it: a model (``DelimitedConfig(separator=' — ')``) as the keys it set, so a
    hint's fix merges into it key by key and the whole table prints (S36-2: 'no TOML for DelimitedConfig', a crash)."""
    return value.model_dump(mode="json", exclude_unset=True) if isinstance(value, BaseModel) else value


# unlisted files of one folder read the same way that get one table for the folder: a subfolder of sources/
# is a collection from two files on; documents dropped side by side into sources/ itself from five
FOLDER_TABLE_MIN = 2
ROOT_TABLE_MIN = 5


SPAN_OTHERS = 0.1  # of the files under a folder that read another way, at most (or two): each a table of its own


_UNDEFINED_BYTE = "a byte Windows-1252 does not define"  # (compiler.sources.base._stray_bytes: no reading of it)


def _load_guessing(content_dir: Path, src: SourceConfig, diag: Diagnostics) -> Document:
    """The source's document; a file that is not UTF-8 whose [[source]] names no encoding is read in the encoding its
    bytes read best as (Excel's 'CSV' on Windows: cp1252), with a warning saying so and the line that makes it explicit
    (trial29 T29-39: one such file was an error that stopped the whole deck, though deckc named the encoding itself);
    still an error when no encoding reads it cleanly."""
    try:
        return load_document(content_dir / src.file, src.file, src.encoding)
    except ContentError as exc:
        strays = [d for d in exc.diagnostics if STRAY_NOTE in d.message]
        if strays and len(strays) == len(exc.diagnostics) and not any(_UNDEFINED_BYTE in d.message for d in strays):
            # a UTF-8 file with a character or two pasted from a Windows program ('Victor Hugo \x96 in 1862'): read as
            # the Windows-1252 characters deckc names, said at their lines; the other documents build (trial30 T30-16)
            doc = load_document(content_dir / src.file, src.file, src.encoding, stray=True)
            for d in strays:
                diag.warning(src.file, d.line, f"{d.message}: read as that character", d.hint, group="stray-bytes-read")
            return doc
        first = exc.diagnostics[0] if len(exc.diagnostics) == 1 else None
        guess = (first.fix or {}).get("encoding") if first is not None else None
        if first is None or not guess or "encoding" in src.model_fields_set or not first.message.startswith("not valid UTF-8"):
            raise
        doc = load_document(content_dir / src.file, src.file, guess)
    diag.warning(
        src.file,
        first.line,
        f"not UTF-8 {first.message.removeprefix('not valid UTF-8 ')}: read as {guess}, the encoding its bytes read best as",
        f'check its cards; add encoding = "{guess}" to its [[source]] table in deck.toml to say so, or re-save the file as '
        f"UTF-8 (iconv -f {guess} -t utf-8)",
        group=f"encoding-guessed:{guess}",
    )
    return doc


def _data_table(doc: Document, src: SourceConfig) -> None:
    """Raise a 'not a document' error for a CSV/TSV deck.toml gives no layout whose rows are data (:func:`data_table`):
    left out with a warning that names its columns and how to study it all the same."""
    from compiler.sources.delimited import data_table, guess_separator

    separator = guess_separator(doc.rel, doc.lines)
    found = data_table(doc.lines, separator) if separator else None
    if found is None:
        return
    names, rows = found
    shown = ", ".join(names[:4]) + (", …" if len(names) > 4 else "")
    raise ContentError(
        [
            Diagnostic(
                doc.rel,
                None,
                f"not read: a data table ({len(names)} columns: {shown}; {rows} rows of numbers, amounts and dates), not flashcards",
                "to make cards of it all the same, add a [[source]] table with layout = \"delimited\" and [source.delimited] "
                "front = 1, back = 2 (the columns to ask and answer)",
                group=NOT_A_DOCUMENT,
            )
        ]
    )


def _spanned(tables: list[_Table]) -> list[_Table]:
    """The tables with those of files in several subfolders of one folder, read the same way (layout, difficulty,
    settings), spanning that folder: one table whose glob takes its subfolders too (``sources/**/*.md``; trial28
    T28-62: a repository's 20 folders of READMEs were 20 tables to paste). The folder is the highest above them under
    which nearly every unlisted file of that kind reads that way; the few that read otherwise get a table each, naming
    the file, which the glob never takes from them."""
    kinds: dict[str, dict[str, Counter[tuple[str, str, tuple[str, ...]]]]] = {}  # suffix -> folder -> how its files under it read
    for t in tables:
        for folder in Path(t.rel).parents:
            if not folder.as_posix().startswith(SOURCE_DIR):
                break
            kinds.setdefault(Path(t.rel).suffix, {}).setdefault(folder.as_posix(), Counter())[(t.layout, t.difficulty, t.extra)] += 1
    members: dict[tuple[str, tuple[str, str, tuple[str, ...]]], list[_Table]] = {}
    for t in tables:
        if t.layout in ("task", ""):
            continue
        way = (t.layout, t.difficulty, t.extra)
        top = ""
        for folder in Path(t.rel).parents:  # (up while nearly every file under it reads this way)
            name = folder.as_posix()
            if not name.startswith(SOURCE_DIR):
                break
            counts = kinds[Path(t.rel).suffix][name]
            others = sum(counts.values()) - counts[way]
            if counts.most_common(1)[0][0] != way or others > max(2, SPAN_OTHERS * sum(counts.values())):
                break
            top = name
        if top:
            members.setdefault((top, way), []).append(t)
    spans: dict[str, str] = {}
    alone: set[str] = set()
    for (top, way), group in list(members.items()):
        if top == SOURCE_DIR and len(group) < ROOT_TABLE_MIN:  # (too few for sources/ itself: each folder of it)
            del members[top, way]
            for m in group:
                if len(Path(m.rel).parts) > 2:
                    members.setdefault((Path(*Path(m.rel).parts[:2]).as_posix(), way), []).append(m)
    for (top, way), group in members.items():
        if len({Path(m.rel).parent for m in group}) >= 2 and len(group) >= (ROOT_TABLE_MIN if top == SOURCE_DIR else FOLDER_TABLE_MIN):
            spans.update((m.rel, top) for m in group)
            suffix = Path(group[0].rel).suffix
            alone |= {t.rel for t in tables if Path(t.rel).suffix == suffix and Path(t.rel).is_relative_to(top) and (t.layout, t.difficulty, t.extra) != way}
    return [dataclasses.replace(t, span=spans.get(t.rel, ""), alone=t.rel in alone) if t.rel in spans or t.rel in alone else t for t in tables]


def _print_tables(tables: list[_Table], taken: set[str], diag: Diagnostics) -> list[str]:
    """One warning per unlisted file with its [[source]] table to paste, except that the files of one
    folder read the same way get ONE warning with a count and one table for all of them (a glob in
    ``file``): a vault of 593 notes is one table, not 593; the files of its subfolders too when they all read so.

    Returns the files' source ids in the order the tables, pasted as printed, put them in the deck."""
    order: list[str] = []
    tables = _spanned(tables)
    shapes = Counter(t.shape for t in tables if not t.alone)
    best: dict[tuple[str, str], tuple[str, str, str, str, tuple[str, ...]]] = {}  # (folder, suffix) -> its biggest shape
    for shape, n in shapes.most_common():
        if n >= (ROOT_TABLE_MIN if shape[0] == SOURCE_DIR and shape[2] != "task" else FOLDER_TABLE_MIN):
            best.setdefault(shape[:2], shape)  # one glob a folder: two would match the same files
    done: set[tuple[str, str, str, str, tuple[str, ...]]] = set()
    for t in tables:
        if best.get(t.shape[:2]) != t.shape or t.alone:
            diag.warning(
                t.rel,
                None,
                f"not listed in deck.toml; read {f'as layout {t.layout!r}' if t.layout else 'part by part'} ({counted(t.items, 'item')}"
                + (f"; {t.why}" if t.why else "")
                + f"), {t.note}",
                f"add this to deck.toml; if it is no study document, {exclude_hint(t.rel)}" + _kept_said(t.kept),
                group=f"unlisted:{t.rel}",
                sticky=True,  # shown even when another file stops the build, so one round gives every table
                snippet=source_toml(t.id, t.rel, t.title, layout=t.layout, difficulty=t.difficulty, extra=list(t.extra)),
            )
            order.append(t.id)
            continue
        if t.shape in done:
            continue
        done.add(t.shape)
        members = [m for m in tables if m.shape == t.shape]
        folder, suffix = t.folder, Path(t.rel).suffix
        others = [m for m in tables if m.folder == folder and Path(m.rel).suffix == suffix and m.shape != t.shape]
        within = folder.split("/", 1)[1] if folder.startswith(f"{SOURCE_DIR}/") else ("notes" if folder == SOURCE_DIR else folder)
        within = "tasks" if t.layout == "task" and folder == SOURCE_DIR else within
        what = {
            "note": "one card each, its file name (or front matter question:/title:) the front",
            "task": "one card each: the task the front, the solution file beside it the back",
        }.get(t.layout, counted(sum(m.items for m in members), "item"))
        table_id = _free_id(within.replace("/", "-"), taken)
        taken.add(table_id)
        diag.warning(
            f"{folder}/",
            None,
            f"{len(members)} files in {folder}/ not listed in deck.toml; read {f'as layout {t.layout!r}' if t.layout else 'part by part'} ({what}"
            + (f"; {_said_of_each(t.why)}" if t.why and all(m.why == t.why for m in members) else "")
            + f"), {t.note}",
            "add this one table to deck.toml for all of them; each file keeps the id and title it was read with"
            + (
                f"; {counted(len(others), 'other file')} of the folder read otherwise {'has' if len(others) == 1 else 'have'} "
                "a table of its own, which comes first"
                if others
                else ""
            ),
            group=f"unlisted:{folder}:{len(done)}",
            sticky=True,
            snippet=source_toml(table_id, t.glob, None, layout=t.layout, difficulty=t.difficulty, extra=list(t.extra)),
        )
        order.extend(m.id for m in sorted(members, key=lambda m: m.rel))  # (a glob's files, as expand_sources sorts them)
    return order


def _kept_said(kept: int) -> str:
    """What a deck of notes that keep another tool's GUIDs does in a collection that holds them (trial33 T33-23: a
    learner's shared deck rebuilt by deckc came in 'conflicting', nothing updated, and no message had said so)."""
    if not kept:
        return ""
    return (
        f"; its {counted(kept, 'note')} keep the GUIDs it gave them: in an Anki collection that holds them already, "
        "deckc's .apkg meets them as 'conflicting' (their note type is not deckc's) and updates none; to update them "
        "in place, review history kept: import deckc's .apkg once, change those notes' type to deckc's (Browse › Notes › "
        "Change Note Type), then import it again with 'Update notes: Always'"
    )


def _unconfigured_labels(doc: Document, items: list[Item], diag: Diagnostics) -> list[Item]:
    """A file deck.toml names without a difficulty line whose items carry level labels ('Difficulty: Easy',
    '(Hard)', '🟢'; learner L2): the labels are read at guessed levels, as for a file deck.toml does not name,
    and a warning gives the line that makes it explicit (the levels there are guesses to check)."""
    rule = suggested_difficulty([i for i in items if not i.skip])
    if rule.from_ != "label":
        return items
    first = next(i for i in items if i.label and not i.skip)
    diag.warning(
        doc.rel,
        first.locator.line,
        f"its [[source]] table in deck.toml has no difficulty line, but {len(rule.labels)} level "
        f"label{'s' if len(rule.labels) > 1 else ''} ({', '.join(list(rule.labels)[:5])}) mark its items: read at guessed levels",
        f"to check the levels and make it explicit, add difficulty = {difficulty_toml(rule)} to its [[source]] table "
        'in deck.toml (difficulty = { from = "fixed", default = "medium" } gives every item medium)',
        fix={"difficulty": difficulty_table(rule)},
    )
    return [i.model_copy(update={"difficulty": lookup_combined(rule, i.label) or i.difficulty}) if i.label else i for i in items]


MARKER_SET_MAX = 4  # emoji that mark levels are a small set (🟢 🟡 🔴, ★☆☆), each used again and again
_LEVEL_SYMBOLS = frozenset("🟢🟡🟠🔴🔵🟣⚪⚫⭐★☆✩🌟\ufe0f\u200d ")


def _leads(item: Item) -> bool:
    """Whether the item's label comes before its question on its first line (an icon, not a trailing level)."""
    first = item.original.split("\n", 1)[0].lstrip(" \t#>*_-+0123456789.)")
    return bool(item.label) and first.startswith(item.label or "")


def suggested_difficulty(items: list[Item], lines: list[str] | None = None) -> DifficultyRule:
    """The rule for a file nobody configured: its markers at guessed levels (at the levels the page's own legend
    gives them when ``lines``, the page, has one: :func:`legend_levels`), medium for the rest. Emoji that
    are no small set reused across the questions (🔑 ✅ 🧠 🚨, one a heading: learner2 M11) are decoration,
    not levels."""
    labels = Counter(i.label for i in items if i.label)
    # a level word read off a section's name ('## Basic' over 'Hallo - Hello', '#### Pronouns') is a level only beside
    # another level the page names (Basic … Advanced): one such section is the page's topic (learner5 L49)
    named = {i.label for i in items if i.label and section_label(i.section) == i.label}
    if len(named) == 1 and not any(i.label and i.label not in named for i in items):
        labels = Counter()
    emoji = {label: n for label, n in labels.items() if all(emojiish(part) for part in label.split())}
    scale = all(set(label) <= _LEVEL_SYMBOLS for label in emoji)  # traffic lights, stars: levels however few
    leading = all(_leads(i) for i in items if i.label in emoji)  # '## 🔑 What is …': an icon before each
    if emoji and (len(emoji) > MARKER_SET_MAX or (sum(emoji.values()) < 2 * len(emoji) and leading and not scale)):
        labels = Counter({label: n for label, n in labels.items() if label not in emoji})
    if not scale and sum(emoji.values()) == 1 and len(labels) == 1:  # one emoji on one item, no other label ('Good luck! 🚀'
        # closing the page): no scheme (T15-71)
        labels = Counter({label: n for label, n in labels.items() if label not in emoji})
    marked = [i for i in items if i.label or not i.skip]  # (a list set aside without a mark, a reading list, is no card)
    if len(labels) == 1 and sum(labels.values()) == len(marked) >= 2 and guess_combined(next(iter(labels))) is None:
        labels = Counter()  # one mark on every item ('❓ What …', '🔹 1. …'): a bullet, no level (trial10 P23)
    if not labels:
        return DifficultyRule.model_validate({"from": "fixed", "default": "medium"})
    scaled = scaled_levels(list(labels))  # ('Stufe 1' … 'Stufe 3': the document's own scale)
    legend = legend_levels(lines, list(labels)) if lines else {}
    guessed = {label: (legend.get(label) or guess_combined(label) or scaled.get(label) or Difficulty.medium).value for label, _ in labels.most_common()}
    stars = {label: len(label.replace("\ufe0f", "")) for label in labels if label.replace("\ufe0f", "") and set(label.replace("\ufe0f", "")) <= {"⭐", "★"}}
    if len(set(stars.values())) >= 2:  # '⭐' beside '⭐⭐' and '⭐⭐⭐': one star is the easy end of the page's scale
        guessed |= {label: ("easy", "medium", "hard")[min(n, 3) - 1] for label, n in stars.items()}
    return DifficultyRule.model_validate({"from": "label", "labels": guessed, "default": "medium"})


def _unknown_levels(doc: Document, items: list[Item], diag: Diagnostics, listed: bool) -> None:
    """The level words of a file's items that name no level deckc knows ('Stufe 7' alone, 'tricky-ish'), read as medium:
    said once for the file, each word with its count and first line, and where to map it (trial25: a bank's level column
    word was put on the question's front instead)."""
    rule = suggested_difficulty([i for i in items if not i.skip])
    if rule.from_ != "label":
        return
    scaled = scaled_levels(list(rule.labels))
    words: dict[str, list[int]] = {}
    for i in items:
        if i.label and i.label in rule.labels and any(c.isalnum() for c in i.label) and guess_combined(i.label) is None and i.label not in scaled:
            words.setdefault(i.label, []).append(i.locator.line)
    if not words:
        return
    said = ", ".join(f"{w!r} ({counted(len(lines), 'item')}, first at line {min(lines)})" for w, lines in words.items())
    where = "in the [[source]] table below" if not listed else "in its [[source]] table of deck.toml"
    diag.warning(
        doc.rel,
        min(min(lines) for lines in words.values()),
        f"level word{'s' if len(words) > 1 else ''} {said} name{'' if len(words) > 1 else 's'} no level deckc knows: read as medium",
        f"map each to easy, medium or hard in the difficulty labels {where}: difficulty = {difficulty_toml(rule)}",
        group="unknown-level-word",
    )


def _level(rule: DifficultyRule, label: str | None) -> Difficulty | None:
    return rule.default if label is None else (lookup_combined(rule, label) or rule.default)


NO_ANSWER = "no answer"  # the skip reason an override's answer undoes


def set_aside(items: list[Item], diag: Diagnostics) -> tuple[list[Item], list[Item]]:
    """``(items that make cards, items that do not)``: no answer, or a placeholder answer.

    Runs after overrides.toml is applied: an override may give such an item its answer.
    The items set aside keep their file and line (and ``skip`` says why), so the manifest
    accounts for every item read.  A placeholder ("Answer here", "TODO", "TBD") is a warning.
    """
    kept: list[Item] = []
    skipped: list[Item] = []
    coded = _coded_files(items)
    for item in items:
        if item.skip == NO_ANSWER and item.answer and item.kind is ItemKind.basic:
            item = item.model_copy(update={"skip": ""})  # an override gave it its answer
        rule = None if item.skip or item.kind is not ItemKind.basic else next((r for r in _SET_ASIDE if r[0](item)), None)
        if rule is not None and item.locator.file in coded and _MARKS_ONLY.fullmatch(item.answer_plain().strip()):
            rule = None  # ('S' / '...' in a Morse chart: its code, as '.-' and '-...' are the other letters')
        if item.skip:
            skipped.append(item)
        elif rule is not None:
            _, message, hint, group, reason = rule
            before = _without_resources(item) if group == "placeholder" else None  # (the placeholder, not its links: T35-1)
            said = re.sub(r"<[^>]+>", "", before) if before else item.answer_plain()
            said = unescape(said).strip()
            if group == "write-in" and "\n" in said:  # (a fill-in table's row: its cells' lines as one, T59-6)
                said = " / ".join(line.strip() for line in said.splitlines() if line.strip())
            message = message.format(answer=said[:40]) if "{answer" in message else message
            diag.warning(item.locator.file, item.locator.line, message, hint, group=group)
            skipped.append(item.model_copy(update={"skip": reason}))
        else:
            kept.append(item)
    return kept, skipped


_EXPORT_SUFFIXES = (*SHEET_SUFFIXES, ".apkg", ".colpkg")  # a row or note of another tool's export is a card as it is
_MARKS_ONLY = re.compile(r"[.·•\-–—_/ ]+")  # an answer of dots and dashes only: a code ('.-', '-...'), or '...' left to fill
CODED_MIN = 2  # answers of such marks, none a placeholder, that make a file a table of codes


def _coded_files(items: list[Item]) -> set[str]:
    """The files whose answers are codes of dots and dashes ('A' / '.-', 'B' / '-...'): there '...' is the code of 'S',
    never an answer left to write (sitting 48: a Morse chart lost its 'S' as a placeholder)."""
    counted = Counter(
        i.locator.file for i in items
        if i.kind is ItemKind.basic and _MARKS_ONLY.fullmatch(text := i.answer_plain().strip()) and not _placeholder(i)
        and any(c in text for c in ".·•") and any(c in text for c in "-–—_")  # (dots and dashes both: no '....' left to fill)
    )  # fmt: skip
    return {file for file, n in counted.items() if n >= CODED_MIN}


def _asks_only(item: Item) -> bool:
    """An answer that only asks (a follow-up question as a sub-bullet or a second sentence) answers nothing;
    a question's translation ('Where is the station?' / '¿Dónde está la estación?') does (trial8 H6)."""
    if any(b.kind in (BlockKind.code, BlockKind.formula) or "<img" in b.text or "<table" in b.text for b in item.answer):
        return False
    if Path(item.locator.file).suffix.lower() in _EXPORT_SUFFIXES:
        return False
    blocks = list(item.answer)
    while len(blocks) > 1 and "<a " in blocks[-1].text and FORUM_WORDS.match(blocks[-1].plain().strip()):
        blocks.pop()  # ('[Discussions](…)' under an exercise list, d2l's: where to talk, no answer; T55-2)
    answer = "\n".join(b.plain() for b in blocks)
    if not only_questions(answer) or other_language(item.question, answer):
        return False
    return not _quoted(answer) and not _one_line(item, answer) and not _rewritten(item.question, answer)


def _forum_only(item: Item) -> bool:
    """An answer that is only links to where readers discuss the page ('[Discussions](https://discuss.d2l.ai/t/83)'
    under a chapter's last exercise, one a framework tab): the exercise has no answer (trial55 T55-2: said as "the
    answer is only a link elsewhere")."""
    return bool(item.answer) and all(
        b.kind is BlockKind.html and "<a " in b.text and FORUM_WORDS.match(b.plain().strip()) for b in item.answer
    )


_LIST_ENTRY = re.compile(r"<li>(.*?)</li>", re.S)
_LIST_ONLY = re.compile(r"^\s*<(ol|ul)\b[^>]*>\s*(?:<li>(?:(?!<(?:ol|ul)\b).)*?</li>\s*)+</\1>\s*$", re.S)


def _subtasks_only(item: Item) -> bool:
    """An answer that is only the item's own sub-tasks, a list whose entries each ask ('Which one overfits less?') or
    set a task ('Plot the validation accuracy of both.'), one at least asking: an exercise's parts with no solution, never
    its answer (d2l's exercise lists, trial55 T55-2: 'Compare the learning rates …' was a card whose back was its two
    sub-tasks). A list of questions alone is only another question (_asks_only); a list of steps that ask nothing is an
    answer."""
    if Path(item.locator.file).suffix.lower() in _EXPORT_SUFFIXES or not item.answer:
        return False
    blocks = list(item.answer)
    while len(blocks) > 1 and "<a " in blocks[-1].text and FORUM_WORDS.match(blocks[-1].plain().strip()):
        blocks.pop()  # ('[Discussions](…)' under an exercise list: where to talk, no answer; T55-2)
    entries: list[str] = []
    for b in blocks:
        if b.kind is BlockKind.bullets:
            entries += b.items
        elif b.kind is BlockKind.html and _LIST_ONLY.match(b.text):
            entries += [unescape(re.sub(r"<[^>]+>", "", e)) for e in _LIST_ENTRY.findall(b.text)]
        else:
            return False
    entries = [" ".join(e.split()) for e in entries]
    if len(entries) < 2 or not all(entries):
        return False
    asking = [only_questions(e) for e in entries]
    tasks = [bool(PROMPT_AFTER_ASK.match(e)) and e.endswith((".", "!", "?")) for e in entries]
    return any(asking) and all(a or t for a, t in zip(asking, tasks, strict=True)) and not all(asking)


REWRITE_SHARE = 0.6  # of a back's words found in its asking front for it to be that question written again


def _rewritten(question: str, answer: str) -> bool:
    """An asking front's question written again, corrected or put otherwise ('Can you borrow me your pen?' → 'Can
    you lend me your pen?': a page of 'Wrong:' / 'Right:' corrections, sitting 55): the back is the front set right,
    most of its words the front's, never a follow-up question about something else."""
    if not question.rstrip(" *_").endswith(("?", "？", "؟")):
        return False
    asked = {w.casefold() for w in re.findall(r"\w+", question)}
    said = [w.casefold() for w in re.findall(r"\w+", answer)]
    return len(said) >= 2 and sum(w in asked for w in said) >= REWRITE_SHARE * len(said)


def _one_line(item: Item, answer: str) -> bool:
    """A front and its back written on one line of a pair list ('C'est compris ? = Is the service included?'): the
    phrase and its translation, both asking, never a follow-up question, which is written under the answer (trial41
    T41-4: a phrasebook's question pair was 'the answer is only another question'; short lines tell no language)."""
    if not answer.strip():
        return False
    front, back = " ".join(item.question.split()), " ".join(answer.split())
    # (one line of the item's text: a table's row too, 'Habari? | How are you?' under its header and rule, whose item
    # holds them; its card was lost, sitting 62 N62-7; a follow-up question stands on a line of its own)
    for line in (" ".join(row.split()) for row in item.original.strip().split("\n")):
        at = line.find(front)
        if at >= 0 and line.find(back, at + len(front)) > at + len(front):
            return True
    return False


_QUOTES = {"“": "”", '"': '"', "«": "»", "„": "“", "「": "」", "『": "』", "‘": "’"}


def _quoted(answer: str) -> bool:
    """An answer in quotation marks quotes a question as what the front names ('The Value Alignment Problem:' →
    '“How can we make AI robustly serve humane values?”': Orbit prompts, trial16 T16-42): that is its content."""
    text = answer.strip()
    return len(text) > 2 and _QUOTES.get(text[0]) == text[-1] and text.count(text[0]) <= 2


# a label over the links that close an answer ('Useful resources:', 'Further reading:', 'See also:', 'Ressources utiles :',
# 'Weiterführende Links:', 'Полезные ссылки:', '参考资料：'), as a paragraph of its own or bold
_RESOURCES_LABEL = (
    r"(?:(?:useful|additional|more|external|helpful|recommended|other)\s+)?(?:resources|links|references|reading)|further\s+reading"
    r"|see\s+also|learn\s+more|read\s+more|sources|ressources(?:\s+utiles)?|liens(?:\s+utiles)?|pour\s+aller\s+plus\s+loin|voir\s+aussi"
    r"|recursos(?:\s+útiles)?|enlaces(?:\s+útiles)?|lecturas?\s+recomendadas?|ver\s+también|links\s+úteis|leituras?\s+recomendadas?"
    r"|weiterführende\s+links|nützliche\s+links|quellen|siehe\s+auch|weiterführende\s+literatur|полезные\s+(?:ссылки|ресурсы|материалы)"
    r"|ссылки|литература|см\.\s+также|参考资料|参考資料|参考链接|相关链接|相關連結|延伸阅读|延伸閱讀|参考文献|参考リンク|参考"
)
# that label's paragraph and a list of links after it, ending the answer: '<p>Useful resources:</p><ul><li><a …>…</a></li></ul>'
_RESOURCES_TAIL = re.compile(
    rf"<p>\s*(?:<(?:strong|b|em)>)?\s*(?i:{_RESOURCES_LABEL})\s*[:：]?\s*(?:</(?:strong|b|em)>)?\s*[:：]?\s*</p>\s*"
    r"<ul>\s*(?:<li>\s*(?:<p>)?\s*<a\s[^>]*>[^<]*</a>[^<]{0,80}(?:</p>)?\s*</li>\s*)+</ul>\s*$"
)


def _without_resources(item: Item) -> str | None:
    """The answer's HTML before the list of links that closes it under a resources label ('To be completed.' /
    'Useful resources:' / '- [Linux Processes](…)'), or None when it has no such list: the links send the learner
    elsewhere, the text before them is what the card teaches (trial35 T35-1: 'To be completed.' with its links was
    a card teaching nothing)."""
    if not item.answer or any(b.kind is not BlockKind.html for b in item.answer):
        return None
    html = "".join(b.text for b in item.answer)
    m = _RESOURCES_TAIL.search(html)
    return None if m is None else html[: m.start()]


def _write_in(item: Item) -> bool:
    """An answer that is a worksheet's writing line ('Nosotros [SHORT_LINE]', 'Correction: ____': trial58 T58-2)."""
    if any(block.kind in (BlockKind.code, BlockKind.formula) for block in item.answer):
        return False
    return Path(item.locator.file).suffix.lower() not in _EXPORT_SUFFIXES and write_in(item.answer_plain())


def _placeholder(item: Item) -> bool:
    before = _without_resources(item)
    if before is not None and before.strip():  # ('To be completed.' over its 'Useful resources:' links: T35-1)
        item = item.model_copy(update={"answer": [Block(kind=BlockKind.html, text=before)]})
    for block in item.answer:
        if block.kind in (BlockKind.code, BlockKind.formula, BlockKind.bullets):
            return False
        if "<img" in block.text or "<table" in block.text or _LINK.search(block.text):
            return False  # (a link, '[[Answer]](https://…)', is a link elsewhere: _link_only says so, never 'placeholder')
    answer = item.answer_plain()
    return is_placeholder(answer, row=Path(item.locator.file).suffix.lower() in _EXPORT_SUFFIXES) or bool(_TEMPLATE_ONLY.match(unescape(answer)))


# a note template's fields, never an answer: Templater's '<% tp.file.cursor(2) %>', the core plugin's '{{date}}' (T17-12)
_TEMPLATE_ONLY = re.compile(r"^(?:\s*(?:<%[\s\S]*?%>|\{\{\s*(?:date|time|title)\b[^{}]*\}\}))+\s*$")


_LINK = re.compile(r"<a\s[^>]*href=\"(?:https?:)?//[^\"]+\"[^>]*>", re.I)
# a breadcrumb trail of a site's pages, three steps or more ('kubernetes.io > Documentation > Concepts > Labels')
_BREADCRUMB = re.compile(r"^[^>»›]{1,60}(?:\s[>»›]\s[^>»›]{1,80}){2,}$")
_TAGS = re.compile(r"<[^>]+>")
# the words around a link that only sends the learner elsewhere: 'See 👉 Answer', 'Read the full answer here', 'Ver respuesta'
_ELSEWHERE_WORDS = re.compile(
    r"(?i)\b(?:see|read|view|open|more|the|full|complete|answers?|solutions?|here|link|click|this|details?|explanation|"
    r"at|on|in|go|to|check|out|visit|source|article|page|post|docs?|documentation|discussions?|discuss|forums?|and|or|for|find|it|ver|respuesta|aqu[ií]|"
    r"soluci[oó]n|siehe|antwort|hier|l[öo]sung|voir|r[ée]ponse|ici|ответ|здесь|смотрите|см|答案|详见|链接|解答|参考)\b"
    r"|答案|详见|链接|解答|参考"
)


def _link_only(item: Item) -> bool:
    """An answer that is only a link elsewhere ('See 👉 **[Answer](https://…)**': an interview bank that answers its
    first questions and links the rest to a paid site, trial13 T13-10): nothing to learn on the card. A link whose
    words are the answer ('[Python docs](…)', a URL written out) is an answer."""
    if any(b.kind in (BlockKind.code, BlockKind.formula) or "<img" in b.text or "<table" in b.text for b in item.answer):
        return False
    html = " ".join(b.text for b in item.answer)
    if not _LINK.search(html):
        return _pointers_only(item, html)  # ('See https://wiki.python.org/…', the address written out)
    if _without_resources(item) in ("", " "):
        return True  # ('Useful resources:' over a list of links, nothing above it: where to read, no answer; T35-1)
    text = unescape(_TAGS.sub(" ", html))
    if len(item.answer) == 1 and _BREADCRUMB.match(" ".join(text.split())) and _LINK.search(html.rsplit("&gt;", 1)[-1]):
        return True  # 'kubernetes.io > Documentation > Concepts > … > [Labels and Selectors](…)': where to read (T21-14)
    return not re.sub(r"[\W_]+", "", _ELSEWHERE_WORDS.sub(" ", text)) or _pointers_only(item, html)


_A = re.compile(r"<a\s[^>]*>(.*?)</a>", re.I | re.S)
# a link's words that name a page, not an answer: a title with its site after a dash or bar ('Tuples vs Lists - Stack
# Overflow', 'Generators | Real Python'), or a kind of page ('Python docs', 'Wikipedia', 'tutorial')
_PAGE_TITLE = re.compile(
    r"(?i)\s[-|–—·]\s\S.{0,40}$|\b(?:docs?|documentation|wiki(?:pedia)?|tutorials?|articles?|blog|post|video|guide|"
    r"stack\s*overflow|medium|youtube|geeksforgeeks|w3schools|real\s*python|mdn|manual|cheat\s*sheet|course|lecture|"
    r"slides?|faq|read\s+more|learn\s+more)\b"
)
_URL_WORDS = re.compile(r"(?i)^(?:https?://|www\.)\S+$")
_BARE_URL = re.compile(r"(?i)\bhttps?://[^\s<>\"]+")
# a question a link may answer: where to read, which site, book or resource
_ASKS_FOR_PAGE = re.compile(
    r"(?i)\b(?:where|urls?|links?|sites?|websites?|home\s*page|pages?|resources?|references?|sources?|citations?|cited|"
    r"bibliography|books?|docs|documentation|recommend\w*|reading|read|watch)\b"
)


def _pointers_only(item: Item, html: str) -> bool:
    """An answer made only of links that name pages on the question's subject ('[Tuples vs Lists - Stack Overflow](…)'
    for 'What is the difference between a tuple and a list?'; '- [Generators (Python docs)](…)' / '- [Real Python:
    generators](…)'; 'See https://wiki.python.org/…'): where to read, no answer (sitting 54's interview pages). A link
    whose words answer ('Who wrote Hamlet?' / '[William Shakespeare](…wikipedia…)': no word of the question, no page
    named) stays an answer, and so does any link under a question asking where to read or which site."""
    texts = [unescape(_TAGS.sub(" ", t)).strip() for t in _A.findall(html)]
    around = unescape(_TAGS.sub(" ", _A.sub(" ", html)))
    texts += _BARE_URL.findall(around)
    if not texts or _ASKS_FOR_PAGE.search(item.question):
        return False
    around = _BARE_URL.sub(" ", around)
    if re.sub(r"[\W_]+", "", _ELSEWHERE_WORDS.sub(" ", around)):
        return False  # (words of its own beside the links: an answer)
    asked = content_words(item.question)
    return all(_URL_WORDS.match(t) or _PAGE_TITLE.search(t) or content_words(t) & asked for t in texts)


def _next_number_only(item: Item) -> bool:
    """An answer that is only the next entry's number ('40. Telehealth' / '41.' with nothing after it, a list's empty
    last entry): no answer; the card was 'Telehealth' → '41.' (trial43 T43-1)."""
    if not (item.number or "").isdigit() or len(item.answer) != 1:
        return False
    empty = re.compile(rf"\s*{int(item.number) + 1}\s*[.)]\s*")
    written = next((line for line in reversed(item.original.splitlines()) if line.strip()), "")
    # (the number as its own line: after an answer label it answers, '**Exercise 2.** …' / '*Solution.* 3.', N28)
    return empty.fullmatch(item.answer_plain()) is not None and empty.fullmatch(written) is not None


# Basic items with an answer that still make no card: (test, warning, hint, warning group, skip reason).
_SET_ASIDE: tuple[tuple[Callable[[Item], bool], str, str, str, str], ...] = (
    (
        _write_in,
        "the answer {answer!r} is the line a worksheet leaves to write it on; no card",
        "write the answer in its place; or, if the file holds exercises to do, not to learn, rename the file #name to leave it out of the deck",
        "write-in",
        "placeholder",
    ),
    (
        _placeholder,
        "placeholder answer {answer!r} (read as 'Answer here', 'TODO', 'TBD' …); no card",
        "write the answer, or remove the question (an answer that is really that word: write it in lower case)",
        "placeholder",
        "placeholder",
    ),
    (
        _forum_only,
        "question has no answer (the link under it, {answer!r}, is where readers discuss the page); no card",
        "write the answer below the question",
        "no-answer",
        NO_ANSWER,
    ),
    (
        _link_only,
        "the answer is only a link elsewhere ({answer!r}); no card",
        "write the answer under the question (from the linked page, in your own words), or remove the question",
        "link-only",
        "answer is only a link",
    ),
    (
        _next_number_only,
        "the answer is only the next entry's number ({answer!r}: an empty entry of the list); no card",
        "write the answer under the question, or remove the empty entry",
        "next-number",
        "answer is an empty entry's number",
    ),
    (
        _subtasks_only,
        "question has no answer: the list under it is its own sub-tasks, none answered; no card",
        "write the answer under each sub-task (or under the question), or remove the exercise",
        "subtasks-only",
        "answer is its sub-tasks",
    ),
    (
        _asks_only,
        "the answer is only another question; no card",
        "write the answer below the question (a follow-up question belongs on the question's line)",
        "question-answer",
        "answer is a question",
    ),
)


def _held_lines(text: str) -> int:
    """The lines of an item's text that hold something, a fenced code block counted as one: a long program answers
    whole, it never runs into text that is not its answer (trial22 T22-9: a 30-line HTML example was warned so)."""
    lines = text.splitlines()
    held, was = 0, False
    for line, fenced in zip(lines, in_fence(lines), strict=True):
        held += 1 if (fenced and not was) or (not fenced and line.strip()) else 0
        was = fenced
    return held


def _titled_notes(item: Item) -> bool:
    """Whether an item's text opens with a level-1 heading of its own question (``# Queries, Keys, and Values`` over the
    introduction a numbered page's title card holds)."""
    first = item.original.split("\n", 1)[0]
    return first.startswith("# ") and squash(first[2:]).strip(" #*_") == item.question


_SEEN_THROUGH = frozenset([_READING_LIST, _LINKED_INDEX])


def _check_one_card(doc: Document, items: list[Item], layout: str, diag: Diagnostics, cards: bool = False) -> None:
    """One item far bigger than the rest: the layout read most of the document (or the text after
    the last question: an article, an appendix) into one card.

    Not for a file that is one question and its answer (one note per file, a question per file:
    the item starts the file, after a title at most), nor for headings read as cards (each heading
    holds what the author wrote under it)."""
    total = sum(1 for line in doc.lines if line.strip())
    # (a reading list or a table of contents set aside is what the reader saw it was, however long: sitting 60)
    items = [i for i in items if i.skip not in _SEEN_THROUGH]
    if not items:
        return
    if len(items) == 1 and sum(1 for line in doc.lines[: items[0].locator.line - 1] if line.strip()) <= ONE_ITEM_LEAD:
        asks = _asks_inside(items[0].original.splitlines()[1:])
        if asks < 2:  # (more questions inside its answer: the layout swallowed them, said below)
            return
    if cards and layout == "markdown":
        return
    # (a page title's card of its introduction holds what the author wrote under the title, as a heading read as a card
    # does: never an item that ran on; sitting 57)
    items = [i for i in items if layout == "markdown" or not _titled_notes(i)] or items
    sizes = [_held_lines(i.original) for i in items]
    held = max(sizes)
    biggest = items[sizes.index(held)]
    typical = statistics.median(sizes)
    if len(items) >= 4 and held > max(OUTLIER_MIN_LINES, OUTLIER_TIMES * typical):
        own = biggest.original.splitlines()
        end = biggest.locator.line + len(own) - 1
        after = _after_answer(own, typical)
        if layout in DECLARATIVE and after is not None:
            at, text = after
            stop = _SPECIAL.sub(r"\\\1", text[:40])
            hint = (
                f"if the text from line {biggest.locator.line + at} on is not part of its answer, end the item there: "
                f"stop = ['^{stop}'] in [source.pattern] (docs/layouts.md)"
            )
        elif layout in DECLARATIVE:
            hint = "if the text after its answer is not part of it, end the item there with stop = ['…'] in [source.pattern] (docs/layouts.md)"
        else:
            hint = "if the text after its answer is not part of it, put a heading above that text"
        question = biggest.question if len(biggest.question) <= 60 else biggest.question[:60].rsplit(" ", 1)[0] + " …"
        diag.warning(
            doc.rel,
            biggest.locator.line,
            f"item {question!r} runs to line {end}: {held} lines, where the other items have "
            f"{typical:g} (median); its answer probably runs into text that is not part of it",
            hint,
            group="item-runs-on",
        )
    elif total >= COVERAGE_LINES and (covered := sum(sum(1 for line in i.original.splitlines() if line.strip()) for i in items)) < COVERAGE_MIN * total:
        # a prose page with a question here and there ('For interviews, do I need to know everything
        # here?'): one card out of 1,275 lines is a build that looks fine and teaches nothing
        diag.warning(
            doc.rel,
            None,
            f"only {covered} of the document's {total} lines are in its {len(items)} "
            f"item{'s' if len(items) != 1 else ''}: the {layout!r} layout reads little of it (prose, or items it does not see)",
            "deckc makes cards from questions: give what you want to learn a question heading ('## What is …?'), "
            "or describe the document's items with [source.pattern] in deck.toml"
            + (
                "; for notes or a textbook written under headings, headings = \"cards\" in its [[source]] "
                "table makes each heading with text under it a card"
                if layout == "markdown"
                else ""
            )
            + " (docs/layouts.md)",
        )
    elif total >= 20 and held > ONE_CARD_SHARE * total and layout != "note" and not _whole_quiz(biggest):  # (a note is its whole file by design)
        diag.warning(
            doc.rel,
            biggest.locator.line,
            f"one item holds {held} of the document's {total} lines: the {layout!r} layout does not seem to fit",
            "choose another layout or describe this one with [source.pattern] in deck.toml (docs/layouts.md)",
            group=f"one-item:{layout}",  # the same advice for many files: once, with a count per file (trial6 F7)
        )


def _whole_quiz(item: Item) -> bool:
    """A keyed multiple-choice item that asks once: long because its stem holds a case and a table of values, not
    because it swallowed other questions (trial32 T32-15: a right vignette card warned that the layout did not fit,
    in a two-question file where any long item holds most lines)."""
    if item.kind is not ItemKind.multiple_choice or not item.correct or not 2 <= len(item.choices) <= 8:
        return False
    return sum(1 for line in item.original.splitlines() if line.strip().rstrip("*_ ").endswith(QUESTION_MARKS)) <= 1


_SPECIAL = re.compile(r"([.^$*+?{}\[\]\\|()])")
_SUB_HEADING = re.compile(r"^ {0,3}#{1,6}\s")


def _check_glued(doc: Document, items: list[Item], diag: Diagnostics) -> None:
    """A line inside an answer written like the page's questions (compiler.sibling_shapes): said with both lines, a
    question most likely read as the end of the answer above (sitting 46: '**Q4. Define inflation.**' was)."""
    placed = sorted((i for i in items if i.locator.file == doc.rel and not i.locator.place), key=lambda i: i.locator.line)
    spans = [(i.locator.line, i.locator.line + max(1, len(i.original.splitlines())) - 1) for i in placed]
    for line, start, words in glued_questions(doc.lines, spans):
        shown = words if len(words) <= 60 else words[:60].rsplit(" ", 1)[0] + " …"
        diag.warning(
            doc.rel,
            line,
            f"line {line} looks like a question of this page but was read as part of the answer to line {start}: {shown!r}",
            "write it as the page's other questions are written, with a blank line above it and its answer under it "
            "(if it is part of that answer, indent it or write it another way)",
            group="glued-question",
        )


_TOGGLE_OPEN = re.compile(r"<details\b", re.I)
_TOGGLE_SHUT = re.compile(r"</details\s*>", re.I)


def _check_unclosed_toggles(doc: Document, items: list[Item], diag: Diagnostics) -> None:
    """A ``<details>`` toggle never closed while a question toggle opens inside it (``<details>`` / ``<summary>What is
    the default port …?</summary>`` / ``443.`` / ``<details>`` / ``<summary>What layer …?</summary>``): said at the open
    one, which the next question is read inside of (sitting 47: its section became the first question, no message).
    Only on a Markdown page of such toggles whose opens outnumber its closes; code is never looked into."""
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES) or "<details" not in doc.text.lower() or not items:
        return
    lines = [CODE_SPAN.sub("", line) for line in doc.lines]  # ('`<details>`' written about, in a table: no toggle)
    fenced = list(in_fence(doc.lines))
    opens = [k for k, line in enumerate(lines) if not fenced[k] and _TOGGLE_OPEN.search(line)]
    shuts = sum(len(_TOGGLE_SHUT.findall(line)) for k, line in enumerate(lines) if not fenced[k])
    if len(opens) <= shuts:
        return
    stack: list[int] = []
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        for _ in _TOGGLE_SHUT.findall(line):
            if stack:
                stack.pop()
        if _TOGGLE_OPEN.search(line):
            outer = stack[-1] if stack else None
            said_between = outer is not None and any(
                x.strip() and not x.lstrip().lower().startswith(("<summary", "<details", "</summary")) for x in lines[outer + 1 : k]
            )
            if outer is not None and said_between:
                diag.warning(
                    doc.rel,
                    outer + 1,
                    f"the <details> toggle opened at line {outer + 1} is never closed: the toggle at line {k + 1} is read "
                    "inside it, as part of it",
                    "write </details> where its answer ends",
                    group="unclosed-toggle",
                )
                stack.pop()
            stack.append(k)


def _check_unclosed_summaries(doc: Document, diag: Diagnostics) -> None:
    """A toggle's ``<summary>`` never closed (``<summary>What port does HTTPS use?`` / ``443`` / ``</details>``): read as
    closed at its line's end, and said there (sitting 53: the question was lost, no message)."""
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        return
    for k in unclosed_summaries(doc.text):
        diag.warning(
            doc.rel,
            k + 1,
            "this <summary> is never closed: read as ending with its line, the lines under it as what the toggle holds",
            "write </summary> at the end of the toggle's title",
            group="unclosed-summary",
        )


def _check_front_matter(doc: Document, diag: Diagnostics) -> None:
    """A Markdown page's ``---`` front matter that is no valid YAML (``title: Organic chemistry: functional groups``,
    an unclosed ``[``): said at its line, as its keys are then read line by line (sitting 53: read loosely, unsaid)."""
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        return
    fault = front_matter_fault(doc.lines)
    if fault is not None:
        line, problem = fault
        diag.warning(
            doc.rel,
            line,
            f"the front matter is not valid YAML ({problem}): its lines are read one by one, each 'key: value' as written",
            "put a value holding ': ' or ' #' in quotes (title: \"Chemistry: acids\"), and close every '[' and quote",
            group="front-matter-yaml",
        )


# a numbered entry that asks, in a quote or not: '1. Which gas is fixed in the Calvin cycle?', '> 2. Where …?'
_NUMBERED_ASKING = re.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*\d{1,3}[.)][ \t]+\S.*[?？؟][*_]*[ \t]*$")
QUIZ_IN_NOTES_MIN = 2  # numbered questions in a card of notes that make a quiz it swallowed


_SENTENCE_END = re.compile(r"(?<=[.!?？。])\s+")


def _front_asks(question: str) -> bool:
    """A front that asks, by its mark or by a sentence that sets a task ('Server A can't talk to Server B. Describe
    possible reasons in a few steps.'): its numbered lines that ask are the checks of its answer, not a quiz it
    swallowed (sitting 49: a sysadmin interview's troubleshooting steps were said to be questions of their own)."""
    if question.rstrip("*_ ").endswith(QUESTION_MARKS):
        return True
    return any(task_lead(s) or asking_prompt(s) for s in _SENTENCE_END.split(question.strip(" *_#")) if s)


def _check_quiz_in_notes(doc: Document, items: list[Item], diag: Diagnostics) -> None:
    """A card of notes (its front a heading that asks nothing) whose back holds numbered questions, a quick quiz in a
    quote or a callout among the notes ('> **Quick quiz**' / '> 1. Which gas …?' / '> 2. Where …?' / '> Answers: …'):
    said at the first question, which is on no card of its own (sitting 47: the quiz was the notes card's text, with no
    message)."""
    for item in items:
        if item.locator.file != doc.rel or item.skip or _front_asks(item.question):
            continue
        if item.kind is ItemKind.basic and (_asks_only(item) or _subtasks_only(item)):
            continue  # (its back is its own sub-questions, said as no card: 'Research ideas: …:' over five, d2l, T55-2)
        own = item.original.splitlines()
        asking = [k for k, line in enumerate(own[1:], 1) if _NUMBERED_ASKING.match(line)]
        if len(asking) < QUIZ_IN_NOTES_MIN:
            continue
        line = item.locator.line + asking[0]
        diag.warning(
            doc.rel,
            line,
            f"{len(asking)} numbered questions from line {line} are in the back of the card {item.question[:60]!r}, "
            "not cards of their own",
            "to study them as cards, take them out of the quote or box they stand in, with their answers under them "
            "or a key after them (docs/layouts.md)",
            group="quiz-in-notes",
        )


def _asks_inside(lines: list[str]) -> int:
    """The lines of an item's answer that ask: a question it swallowed. Past a sub-heading of its own only headings count
    (a coding problem's '### Constraints' over 'Can we assume the string is ASCII? Yes' clarifies it; trial19 T19-43)."""
    count, sub = 0, False
    for line in lines:
        heading = bool(_SUB_HEADING.match(line))
        sub = sub or heading
        if (heading or not sub) and line.strip().rstrip("*_ ").endswith(QUESTION_MARKS):
            count += 1
    return count
COVERAGE_LINES = 100  # a document this long …
COVERAGE_MIN = 0.1  # … with less than this share of its lines in items is read badly


ANSWER_MAX = 20_000  # characters: far more than a phone screen (about 1,000) shows
QUESTION_MAX = 1_000


def _check_size(doc: Document, items: list[Item], diag: Diagnostics) -> None:
    """A question or answer far too long for one card: said, with its size and line."""
    for item in items:
        size, where = len(item.answer_plain()), "answer"
        if len(item.question) > QUESTION_MAX:
            size, where = len(item.question), "question"
        elif size <= ANSWER_MAX:
            continue
        diag.warning(
            doc.rel,
            item.locator.line,
            f"{'a question' if where == 'question' else 'an answer'} of {size:,} characters: far more than one card shows "
            "(a phone screen holds about 1,000)",
            "split it into several questions, or end the item earlier (a stop pattern, a heading)",
            group=f"huge-{where}",  # a long question and a long answer are two problems (trial6 F17)
        )


def _after_answer(lines: list[str], typical: float) -> tuple[int, str] | None:
    """``(index, text)`` of the first line after a blank one, past an answer of typical length: where the
    text that is not the answer probably starts (a title line to stop at)."""
    seen = 0
    for i, line in enumerate(lines):
        if line.strip():
            if i and not lines[i - 1].strip() and seen >= max(typical, 1) and "'" not in line:
                return i, line.strip()
            seen += 1
    return None


def assign_ids(items: list[Item], diag: Diagnostics) -> list[Item]:
    """Give items whose ids would be equal distinct, stable ids.

    The first item (in reading order) keeps the plain id, so ids already used in
    overrides.toml, decisions.toml and the lock stay valid.  A later one gets:

    - ``-<4 hex>`` from its whole question, when only the truncated slug was
      equal (two long questions that start alike);
    - its section's slug, when the same question sits once in another section;
    - ``-<4 hex>`` from what it is about (the code or passage on its front) when
      that differs: 'What's the output?' over other code;
    - ``-<4 hex>`` from its own spelling when it is another question that only
      normalizes alike: a term in other case or accents ('Sie' / 'sie'), other
      inline code ('`\\D`' / '`\\d`') (:func:`compiler.model.spelled_apart`);
    - ``-2``, ``-3`` … otherwise: the same question twice in one section, which
      is also a warning (delete one, or pin each with an explicit id).

    A disambiguated item also gets its own GUID anchor, so the two never share
    a note.
    """
    by_key: defaultdict[str, list[int]] = defaultdict(list)
    for n, item in enumerate(items):
        by_key[item.key].append(n)
    taken = set(by_key)
    out = list(items)
    for key, members in by_key.items():
        if len(members) < 2:
            continue
        members.sort(key=lambda n: bool(items[n].skip))  # an item that makes a card keeps the plain id
        first = items[members[0]]
        sections = Counter(tuple(items[n].section) for n in members)  # a section asking it once names it
        for ordinal, n in enumerate(members[1:], start=2):
            item = items[n]
            if item.anchor != first.anchor:
                suffix = hashlib.sha256(item.anchor.encode()).hexdigest()[:4]
                new_key, anchor = f"{key}-{suffix}", item.anchor
            elif item.section != first.section and item.section and sections[tuple(item.section)] == 1:
                new_key = f"{key}--{item_slug(' '.join(item.section), limit=30)}"
                anchor = f"{item.anchor}#{normalize_text(' '.join(item.section))}"
            elif item.stimulus and _about(item) != _about(first):
                # the same words asking about other code or another passage ('What's the output?' over
                # different code): an id from what it is about, never an ordinal that would pass to a
                # neighbour when one is deleted
                suffix = hashlib.sha256(_about(item).encode()).hexdigest()[:4]
                new_key, anchor = f"{key}-{suffix}", f"{item.anchor}#{suffix}"
            elif spelled_apart(item.cloze or item.question, first.cloze or first.question):
                # 'Sie' after 'sie', '`\D`' after '`\d`': another question, whose id must not pass to a
                # neighbour either (learner3 N2, N28); dedupe.py keeps the two apart
                suffix = hashlib.sha256((item.cloze or item.question).encode()).hexdigest()[:4]
                new_key, anchor = f"{key}-{suffix}", f"{item.anchor}#{suffix}"
            elif item.skip or first.skip or (item.guid and first.guid):
                # (two notes of another tool's deck, each with its GUID: each keeps its card whatever its id, T33-16)
                new_key, anchor = f"{key}-{ordinal}", f"{item.anchor}#{ordinal}"
            elif other_meaning(first, item):
                new_key, anchor = f"{key}-{ordinal}", f"{item.anchor}#{ordinal}"
                said = " ".join(first.answer_plain().split())
                diag.warning(
                    item.locator.file,
                    item.locator.line,
                    f"{first.question[:50]!r} has two meanings, {said!r} at line {first.locator.line} and "
                    f"{' '.join(item.answer_plain().split())!r} here: two cards with the same front (this one gets the id {new_key!r})",
                    f"to tell them apart in review, add a hint to each front ('{first.question[:30]} (…)'); or make one card of "
                    "both meanings with a [[merge]] in decisions.toml (`deckc dupes --toml` prints it)",
                    group="two-meanings",
                )
            else:
                new_key, anchor = f"{key}-{ordinal}", f"{item.anchor}#{ordinal}"
                at = (
                    f"note nid:{first.locator.line}"
                    if item.locator.file.lower().endswith(NOTE_ID_FILES)
                    else f"line {first.locator.line}"
                )
                if card_content(item) == card_content(first):  # (a copy: dedupe makes the copies one note)
                    diag.warning(
                        item.locator.file,
                        item.locator.line,
                        f"the same question as {at} ({first.question[:50]!r}), answered the same: a copy, in that card",
                        "delete the copy",
                        group="same-question",
                    )
                else:
                    diag.warning(
                        item.locator.file,
                        item.locator.line,
                        f"the same question as {at} ({first.question[:50]!r}); "
                        f"this one gets the id {new_key!r}",
                        "delete one, or give each an explicit id ({#id} in Markdown, or id in overrides.toml) "
                        "so each keeps its own card when the other is deleted",
                        group="same-question",
                    )
            while new_key in taken:
                new_key += "-x"
            taken.add(new_key)
            out[n] = item.model_copy(update={"key": new_key, "anchor": anchor})
    return out


def _about(item: Item) -> str:
    """What tells apart two items asking the same words: the code or passage they are about."""
    return "\n".join(b.plain() for b in item.stimulus)


def check_references(items: list[Item], refs: list[tuple[str, str, int | None]], diag: Diagnostics) -> None:
    """An override or decision key that matches more than one item is an error naming them.

    ``refs`` are ``(key, file, line)``; a key matches an item by its id or, for
    overrides, its plain key.
    """
    index: defaultdict[str, list[Item]] = defaultdict(list)
    for item in items:
        for name in {item.key, item.item_id}:
            index[name].append(item)
    for key, file, line in refs:
        matched = index.get(key, [])
        if len(matched) > 1:
            names = "; ".join(f"{i.item_id} ({i.locator})" for i in matched)
            diag.error(
                file,
                line,
                f"{key!r} matches {len(matched)} items: {names}",
                "use one item's own id (from the manifest or the card's DeckcId field)",
            )
