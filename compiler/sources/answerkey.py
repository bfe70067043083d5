"""A quiz whose answers come in a section of their own, each question asked again with its key.

Course quizzes often ask every question with its options under ``## Questions``, then repeat each one
under ``## Answers`` with ``**Answer: b) merge**`` and an explanation, then end with a score table
(``- **9-10 correct**: Expert!``).  Read question by question, that is a card whose back is the bare
option list, a second card for the same question whose back is the key, and a card per score range
(trial7 G14).  :func:`join_keys` reads them as the author meant: the repeat under the answers section
is the key of the first asking, which becomes one multiple-choice item (its option marked, the repeat's
explanation on the back); the repeat makes no card; a score-range entry under a score heading is no card
either (the manifest lists it as skipped).  A course exam that numbers each question in its heading
(``### Question 3``) and keys them all in an ``## Answer Key`` at the end is read the same way (G33).

Items only: it runs after any reader, on what the reader made (the options as written are read again
from the first item's own lines, with the key line after them, by :func:`~compiler.sources.choices.find_choices`).
"""

from __future__ import annotations

import dataclasses
import html
import itertools
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from markdown_it import MarkdownIt

from compiler.layouts import KEY_WORDS
from compiler.model import Block, BlockKind, Choice, Item, ItemKind, normalize_text
from compiler.passes.clean import points_free  # (a mark scheme's '[2]', '(1 mark)' off its answers: one rule)
from compiler.sources.base import Document
from compiler.sources.choices import KEY_SECTION, find_choices
from compiler.sources.directives import (
    COLON_OPEN,
    EXERCISE_BOXES,
    OPTION_LINE,
    TICK_OPEN,
    directive_name,
    task_lines,
)
from compiler.sources.lines import ANSWER_WORDS, QUESTION_LABEL_WORD
from compiler.sources.mark_schemes import part_entries, scheme_key
from compiler.sources.markdown_blocks import sanitize

if TYPE_CHECKING:
    from compiler.config import SourceConfig
    from compiler.diagnostics import Diagnostics

# the key itself: 'Answer: b) merge', '**Correct answer:** C', 'Answer - (b)'
# (the Markdown reading may have taken the 'Answer:' label off already: 'b) merge' is the key too)
KEY_LINE = re.compile(
    r"^\s*(?:(?:correct\s+)?answers?\s*[:：-]\s*\(?\s*(?P<letter>[A-Ha-h])\b(?:\s*[).:]|\s|$)|\(?(?P<bare>[A-Ha-h])\s*[).:](?:\s|$))",
    re.I,
)
SCORE_SECTION = re.compile(r"\b(?:score|scores|scoring|self[- ]assessment|grading|how\s+did\s+you\s+do)\b", re.I)
# '9-10 correct', '7–8', '10/10', '0-4 points', '< 5 correct'
SCORE_ROW = re.compile(
    r"^\s*(?:[<>≤≥]=?\s*)?\d{1,3}\s*(?:[-–—]\s*\d{1,3}|\+)?\s*(?:/\s*\d{1,3})?\s*(?:correct|right|points?|answers?|of\s+\d{1,3})?\s*[:.]?\s*$",
    re.I,
)
SCORE_REASON = "score table"

NO_ANSWER = "no answer"  # the skip reason of a question read with no answer


def join_keys(items: list[Item]) -> list[Item]:
    """The items with each keyed repeat joined into its first asking, score-table entries skipped, and
    questions under headings that only number them keyed by the page's answer key."""
    return _instructions(_numbered_questions(_repeats(items)))


def _instructions(items: list[Item]) -> list[Item]:
    """The items with the exam's instructions to the candidate above its first quiz question ('## Instructions' / 'Read
    each statement carefully …', 'Hinweise', 'Consignes') skipped: a card of them teaches nothing (T33-13)."""
    first = next((n for n, item in enumerate(items) if item.kind is ItemKind.multiple_choice and not item.skip), 0)
    said = [n for n in range(first) if not items[n].skip and INSTRUCTIONS_HEADING.match(items[n].question)]
    if not said:
        return items
    return [item.model_copy(update={"skip": INSTRUCTIONS_REASON}) if n in said else item for n, item in enumerate(items)]


def _repeats(items: list[Item]) -> list[Item]:
    """Each keyed repeat joined into its first asking, and score-table entries skipped."""
    first: dict[str, int] = {}
    out: list[Item | None] = list(items)
    for n, item in enumerate(items):
        if item.skip:
            continue
        if item.section and SCORE_SECTION.search(item.section[-1]) and SCORE_ROW.match(item.question):
            out[n] = item.model_copy(update={"skip": SCORE_REASON})
            continue
        key = normalize_text(item.question)
        asked = first.get(key)
        if asked is not None and item.section and KEY_SECTION.match(item.section[-1]):
            joined = _keyed(items[asked], item)
            if joined is not None:
                out[asked], out[n] = joined, None
                continue
        if item.kind is ItemKind.basic:
            first.setdefault(key, n)
    return [i for i in out if i is not None]


def _keyed(asking: Item, repeat: Item) -> Item | None:
    """The first asking as a multiple-choice item keyed by the repeat, or None when it has no options
    or the repeat names no option."""
    if asking.section and KEY_SECTION.match(asking.section[-1]):
        return None  # (both under the answers heading: no question section to key)
    if not repeat.answer:
        return None
    head = _unbold(repeat.answer[0].plain().strip().split("\n")[0])
    m = KEY_LINE.match(head)
    if m is None:
        return None
    lines = asking.original.splitlines()[1:]  # the options as written, under the question's own line
    letter = (m.group("letter") or m.group("bare")).upper()
    choices = find_choices([*lines, f"Answer: {letter}"])
    if choices is None or choices.correct is None or not all(text.strip() for _, text in choices.options):
        return None
    rest = repeat.answer[0].plain().strip().split("\n")[1:]
    explanation = repeat.answer[1:] if not any(line.strip() for line in rest) else repeat.answer
    return Item.model_validate(
        {
            **asking.model_dump(),
            "kind": ItemKind.multiple_choice,
            "choices": [Choice(label=label, text=_unbold(text)) for label, text in choices.options],
            "correct": choices.correct,
            "answer": explanation,
            "original": f"{asking.original}\n…\n{repeat.original}",
        }
    )


def _unbold(text: str) -> str:
    return re.sub(r"(\*\*|__)", "", text).strip()


# a heading that only numbers its question ('### Question 3', 'Pregunta 3', 'Exercise 2', 'Q3')
# a heading that only numbers its question, in every language deckc knows ('Question 3', 'Aufgabe 2', 'Вопрос 1': the
# one list of question labels, lines.QUESTION_LABEL_WORD; sitting 41: a German mock exam's 'Aufgabe' was not keyed), its
# marks in brackets after it ('## Exercice 1 (3 points)')
NUMBER_HEADING = re.compile(
    rf"^\s*(?:{QUESTION_LABEL_WORD}|задача)\s*#?\s*(?P<n>\d{{1,3}})\s*[:.)]?(?:\s*[(\[][^()\[\]\n]{{1,30}}[)\]])?\s*$",
    re.I,
)
# a key entry: '1. b', '2) True', '- 3: c', '**4.** B'
KEY_ENTRY = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*)?(?P<n>\d{1,3})(?:\*\*)?\s*[.):-]\s*(?:\*\*)?(?P<key>.+?)(?:\*\*)?\s*$")
_ENTRY_REST = re.compile(r"^(?:\*\*)?\s*[.):-](?:\*\*(?=\s))?")  # what closes an entry's number ('.', '.**', '**.')
_LETTER = re.compile(r"^\(?(?P<letter>[A-Ha-h])\)?(?:[).:]|\s|$)")
_RULE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")
KEY_REASON = "answer key"


def _numbered_questions(items: list[Item]) -> list[Item]:
    """Course exams that number each question in its heading ('### Question 1', the question the paragraph
    under it, its options after that) and key them all at the end ('## Answer Key' / '1. b' / '3. True'),
    read with headings as cards (trial7 G33): each such item becomes its question, multiple choice with the
    key's option marked (true/false: the option the key names), or the key's text as the answer of an open
    one; the key itself is no card."""
    keys: dict[str, str] = {}
    at = None
    for n, item in enumerate(items):
        if item.skip or not KEY_SECTION.match(item.question):
            continue
        entries = [KEY_ENTRY.match(line) for line in item.original.splitlines()[1:]]
        found = {m.group("n"): points_free(_ENTRY_REST.sub("", m.string[m.end("n") :]).strip()) for m in entries if m}
        if found:
            keys, at = found, n
    if at is None:
        return items
    out = list(items)
    used = False
    for n, item in enumerate(items):
        # (the Markdown reading asks the paragraph under a '### Question 1' label and keeps the label as the number)
        m = NUMBER_HEADING.match(item.question) or NUMBER_HEADING.match(item.original.split("\n", 1)[0].lstrip("#"))
        key = keys.get(m.group("n")) if m else None
        if key is None or (item.skip and item.skip != NO_ANSWER):
            continue  # (a question the reading found unanswered, '### Question 3' / 'What is …?' over the key: keyed here)
        made = _keyed_number(item, m.group("n"), *_key_and_why(key))
        if made is not None:
            out[n], used = made, True
    if used:
        out[at] = items[at].model_copy(update={"skip": KEY_REASON})
        for n, item in enumerate(out):  # an exam's '## Scoring' read as a card of its own: none
            if not item.skip and SCORE_SECTION.search(item.question) and not NUMBER_HEADING.match(item.question):
                out[n] = item.model_copy(update={"skip": SCORE_REASON})
    return out


def _key_and_why(entry: str) -> tuple[str, str]:
    """A key entry's answer and the explanation after it: '**True** — `#` to `######` …' is ('True', '`#` to …'); an
    entry with no bold answer before more text is its answer whole ('git switch -c', '**b**')."""
    m = _BOLD_KEY.match(entry)
    if m is None:
        return _unbold(entry), ""
    return m.group("key").strip(), m.group("why").strip()


def _keyed_number(item: Item, number: str, key: str, why: str = "") -> Item | None:
    body = [line for line in item.original.splitlines()[1:] if not _RULE.match(line)]
    # task boxes none of which is ticked ('- [ ] True' / '- [ ] False'): the one the key names is ticked
    body = [_BOX_OPEN.sub(r"\1[x]\2", line) if _box_text(line) == key.strip().lower() else line for line in body]
    start = next((k for k, line in enumerate(body) if line.strip() and find_choices(body[k:]) is not None), None)
    question = " ".join(" ".join(body[:start] if start is not None else body).split())
    if not question and item.skip == NO_ANSWER and not NUMBER_HEADING.match(item.question):
        question = item.question  # (the paragraph under the label, read as the question itself: its label alone above)
    if not question:
        return None
    fields: dict[str, object] = {"question": question, "number": number, "key": "", "anchor": "", "skip": ""}
    explained = [Block(kind=BlockKind.html, text=f"<p>{sanitize(_INLINE.renderInline(why))}</p>")] if why else []
    if start is None:  # an open question: the key's text is its answer
        fields.update(answer=[Block(kind=BlockKind.html, text=f"<p>{html.escape(key, quote=False)}</p>"), *explained])
    else:
        end = next((k for k in range(start, len(body)) if not body[k].strip()), len(body))
        options = find_choices(body[start:end])
        if options is None:
            return None
        letter = _LETTER.match(key)
        keyed = (
            options.source_labels.get(letter.group("letter").lower(), letter.group("letter").upper())
            if letter and len(options.options) > 1 and not _names_option(options.options, key)
            else next((lab for lab, text in options.options if _unbold(text).lower() == key.strip().lower()), None)
        )
        # the key is the exam's word: it wins over an option that is only bold (learner L1)
        label = keyed if keyed in dict(options.options) else options.correct
        if label is None:
            return None
        choices = find_choices([*body[start:end], f"Answer: {label}"])
        if choices is None or choices.correct is None:
            return None
        fields.update(
            kind=ItemKind.multiple_choice,
            choices=[Choice(label=lab, text=_unbold(text)) for lab, text in choices.options],
            correct=choices.correct,
            answer=explained,
        )
    try:
        return Item.model_validate({**item.model_dump(), **fields})
    except ValueError:
        return None


_BOX_OPEN = re.compile(r"^(\s*[-*+]\s+)\[ \](\s+)")
# a key entry's answer in bold, then why ('**True** — `#` to `######` …', '**B**: …', '**False.** Two spaces …')
_BOLD_KEY = re.compile(r"^(\*\*|__)(?P<key>[^*_\n]{1,60}?)[.:]?\1[ \t]*+(?:[—–:-][ \t]*+)?(?P<why>\S.*)$")
_INLINE = MarkdownIt("zero").enable(["backticks", "emphasis", "escape"])  # an explanation's code and emphasis, nothing else
# the heading over an exam's instructions to the candidate, in the languages deckc reads ('## Instructions', 'Consignes')
INSTRUCTIONS_HEADING = re.compile(
    r"(?i)^\s*(?:general\s+)?(?:instructions?|directions?|consignes?|instrucciones|indicaciones|instruções|instrucoes|istruzioni"
    r"|anweisungen|hinweise|arbeitsanweisungen?|instructies|aanwijzingen|instruktioner|instrukcje|инструкци[яи]|указания"
    r"|talimatlar|petunjuk(?:\s+umum)?|hướng\s+dẫn|说明|說明|注意事项|注意事項|指示|注意|안내|유의\s*사항|تعليمات|ارشادات)\s*[:.]?\s*$"
)
INSTRUCTIONS_REASON = "the exam's instructions"


def _box_text(line: str) -> str | None:
    m = _BOX_OPEN.match(line)
    return _unbold(line[m.end() :]).lower() if m else None


def _names_option(options: list[tuple[str, str]], key: str) -> bool:
    """A key that is an option's whole text ('True'), not its letter."""
    return any(_unbold(text).lower() == key.strip().lower() for _, text in options)


# --- an answer key in a file of its own -----------------------------------------------------------------

# 'exam-2023-answers.md', 'quiz1_answer_key.txt', 'paper 2 solutions.md', 'exam.mark-scheme.md' (not a bare
# '-key': 'ssh.md' and 'ssh-key.md' are notes; such a key file is named with key_file)
KEY_FILE_NAME = re.compile(r"^(?P<base>.+?)[-_ .]+(?:answers?(?:[-_ ]?(?:key|sheet))?|solutions?|mark[-_ ]?schemes?)$", re.I)
# a bare '-key' / '_key' names an answer key only after a test's name ('practice-test-01_key.md', 'quiz1-key.md',
# 'midterm_key.txt', 'week3-key.md': a word for a test or a number at its end; learner4 N53): 'ssh-key.md' beside
# 'ssh.md' and 'api-key.md' are notes
_BARE_KEY_NAME = re.compile(r"^(?P<base>.+?)[-_ .]+key$", re.I)
_TEST_NAME = re.compile(
    r"(?i)(?:^|[-_ .])(?:exams?|tests?|quiz(?:zes)?|practice|midterms?|finals?|homeworks?|hw|worksheets?|assignments?|exercises?"
    r"|problems?|psets?|papers?|labs?|chapters?|units?|modules?|lessons?|weeks?|klausur|prüfung|übungs?blatt|examen|prueba|tarea)"
    r"(?=$|[-_ .\d])|\d$"
)


def _unaccented(text: str) -> str:
    """``text`` without its accents ('lösungen' -> 'losungen', 'corrigé' -> 'corrige'), as file names are often typed."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).translate(_OWN_LETTERS)


_OWN_LETTERS = str.maketrans("đĐıłŁøØ", "dDilLoO")  # letters of their own typed as the plain one ('dap-an', 'anahtari')


# a file name ending in a key heading's words in any language deckc reads keys in (layouts.KEY_WORDS), its accents typed
# or not, words apart by '-', '_', '.' or spaces: 'examen-biologia-soluciones', 'test_3_lösungen', 'prova-gabarito',
# 'de-thi-dap-an', 'sinav-cevap-anahtari' (trial31 T31-34: only English names paired); a bare 'key' word ('clave',
# 'ключ') only as _BARE_KEY_NAME has it, and words that name no key alone ('explanations', 'plantilla') never
_KEY_NAME = re.compile(rf"(?i:{_unaccented(KEY_WORDS)})")
_NOT_KEY_NAMES = frozenset(
    ["key", "keys", "clave", "claves", "ключ", "ключи", "klucz", "kunci", "explanation", "explanations", "rationale", "rationales", "plantilla"]
)
_NAME_APART = re.compile(r"[-_ .]+")
_UMLAUT_SPELT = re.compile(r"(?<=[aou])e")  # 'loesungen': 'lösungen' typed without its umlaut


def _key_file_base(stem: str) -> str | None:
    """The name of the questions' file a key file's ``stem`` names ('examen-biologia' for 'examen-biologia-soluciones'),
    or None when the name ends in no key heading's words."""
    m = KEY_FILE_NAME.match(stem)
    if m is not None:
        return m.group("base")
    for apart in _NAME_APART.finditer(stem):
        words = " ".join(_NAME_APART.split(_unaccented(stem[apart.end() :]).lower())).strip()
        if apart.start() and words and words not in _NOT_KEY_NAMES and any(_KEY_NAME.fullmatch(w) for w in (words, _UMLAUT_SPELT.sub("", words))):
            return stem[: apart.start()]
    return None


# an answers file named after its questions file the other way round: ANSWERS.md / ANSWERS-EN.md / solutions_1.md
_ANSWERS_NAME = re.compile(r"^(?:answers?|solutions?)(?P<rest>[-_ .].*)?$", re.I)


# the questions' side of a solutions file named by what it holds: 'compress_challenge.ipynb' beside
# 'compress_solution.ipynb', 'week3-exercises.md' beside 'week3-solutions.md' (trial30 T30-20)
_UNSOLVED_WORDS = ("challenge", "challenges", "exercise", "exercises", "problem", "problems", "questions", "tasks", "task")


def _unsolved_twin(by_stem: dict[tuple[str, str], SourceConfig], parent: str, base: str) -> SourceConfig | None:
    return next((by_stem[(parent, f"{base}{sep}{word}")] for word in _UNSOLVED_WORDS for sep in "_- ."
                 if (parent, f"{base}{sep}{word}") in by_stem), None)  # fmt: skip


def _questions_names(m: re.Match[str] | None) -> list[str]:
    rest = (m.group("rest") or "").lower() if m else ""
    return [f"{word}{rest}" for word in ("questions", "question", "exercises", "problems")] if m else []


# the heading set between a document and its key file's text: the answer key's line in every layout
KEY_HEADING = "# Answers"


def key_files(sources: list[SourceConfig], unlisted: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """``(source id -> its key file, key file -> the file it answers)``: each ``key_file`` a ``[[source]]``
    names, and each file ``deck.toml`` does not list that is named like another source plus ``-answers``
    (``-key``, ``-solutions``, ``-mark-scheme``) in the same folder (trial8 H15: past papers and their
    answer key published as two files). The key file is read as that source's answer key, not as questions."""
    keys: dict[str, str] = {s.id: s.key_file for s in sources if s.key_file}
    answered = {key: next(s.file for s in sources if s.id == sid) for sid, key in keys.items()}
    by_stem: dict[tuple[str, str], SourceConfig] = {}
    for s in sources:
        path = PurePosixPath(s.file)
        by_stem.setdefault((str(path.parent), path.stem.lower()), s)
    for s in sources:
        path = PurePosixPath(s.file)
        named = _key_file_base(path.stem)
        if named is None and (bare := _BARE_KEY_NAME.match(path.stem)) is not None and _TEST_NAME.search(bare.group("base")):
            named = bare.group("base")  # 'practice-test-01_key.md' beside 'practice-test-01.md' (learner4 N53)
        mirrored = _ANSWERS_NAME.match(path.stem) if named is None else None  # ANSWERS-EN.md beside QUESTIONS-EN.md (P20)
        if s.file not in unlisted or s.file in answered or (named is None and mirrored is None):
            continue
        base = named.lower() if named is not None else None
        exam = (
            by_stem.get((str(path.parent), base)) or _unsolved_twin(by_stem, str(path.parent), base)
            if base is not None
            else next((by_stem[(str(path.parent), q)] for q in _questions_names(mirrored) if (str(path.parent), q) in by_stem), None)
        )
        if exam is None or exam.id in keys or exam.file == s.file:
            continue
        keys[exam.id], answered[s.file] = s.file, exam.file
    return keys, answered


RESTATED_LINE = 20  # characters a line of the questions' file needs to count as its own words …
RESTATED_SHARE = 0.5  # … and the share of such lines a solutions file copies that makes it the problems, solved


LINKED_MIN = 2  # links from the questions' file to its solutions file that make it an index of the solved copy
_LINK_TARGET = re.compile(r"\]\((?P<target>[^)\s#]*)(?:#[^)\s]*)?\)")  # a Markdown link's file ('](mock_1_answers.md#1-how…)')


def restates(questions: list[str], key: list[str], key_name: str = "") -> bool:
    """Whether a file named as another's solutions copies that file's problems (half or more of its lines of 20
    characters or more, as written): a solved copy of the same sheet (``packet1_solutions.tex``: each problem, then its
    solution), a document of its own, never an answer key to join to it (trial20 T20-28). So is a solutions file
    ``key_name`` (or a file named as solutions) the questions link to, question by question (``1. How do you check …? [📖 Answer](mock_1_answers.md#1-…)``
    over ``### 1. How do you check …?`` / ``**Answer:**`` …: sixty-first sitting, 2 cards of 18 when joined as a key)."""
    if key_name:
        targets = [PurePosixPath(m.group("target")) for line in questions for m in _LINK_TARGET.finditer(line)]
        # (the link names the file as it was published, 'mock_1_answers.md', the copy here perhaps renamed)
        linked = sum(t.name == key_name or (t.suffix in (".md", ".markdown") and _key_file_base(t.stem) is not None) for t in targets)
        if linked >= LINKED_MIN:
            return True
    own = [line.strip() for line in questions if len(line.strip()) >= RESTATED_LINE]
    if not own:
        return False
    copied = {line.strip() for line in key}
    return sum(1 for line in own if line in copied) >= RESTATED_SHARE * len(own)


def with_key(doc: Document, key: Document) -> tuple[Document, int, dict[str, tuple[int, list[str]]]]:
    """The document with its key file's text after it under an answers heading, and the number of lines before
    the key's first line (a message at a later line is about the key file: :func:`key_lines`).

    A key of open answers in numbered sections (``# Answer 1.`` over paragraphs, lists, code …) answering
    questions in numbered sections (``# Question 1.`` over ``### What is NPM?``, trial10 P20) is joined
    section by section instead: each answer's heading becomes its question (``# What is NPM?``), the
    questions' own sections are blanked, so each question is read once, with the whole section as its answer
    (:func:`answered_lines` gives the questions' lines back to the items).

    A mark scheme's rows for parts (``1(a)``) are taken out of the key's text and given apart, by the number of the part
    they answer (``1a``: :func:`~compiler.sources.mark_schemes.part_entries`), for the parts once read."""
    text = doc.text.rstrip("\n")
    schemed = scheme_key(key.lines)  # 'Question | Answers | Mark | …' over '01.1 | mitochondria | 1 | …' (T26-39)
    parts: dict[str, tuple[int, list[str]]] = {}
    if schemed is not None:
        schemed, parts = part_entries(schemed)  # '1(a) mitochondrion' answers part 1a, read after the layout (T34-1)
    key = key if schemed is None else Document(rel=key.rel, text="\n".join(schemed), path=key.path)
    paired = _paired_sections(doc.lines, key.lines)
    if paired is not None:
        lines, key_lines_ = paired
        before = len(lines) + 1  # the document, a blank line
        return Document(rel=doc.rel, text="\n".join([*lines, "", *key_lines_]), path=doc.path), before, parts
    before = len(text.split("\n")) + 3  # the document, a blank line, the heading, a blank line
    return Document(rel=doc.rel, text=f"{text}\n\n{KEY_HEADING}\n\n{_untitled(key.text)}", path=doc.path), before, parts


# ('Section A: 1 b, 2 c': a part's entries on its line, keys sitting 28)
_ENTRY_START = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*)?(?:[^\W\d_][^:：\n]{0,30}[:：]\s*\d{1,3}\s*[.):：\-–]?\s+\S|(?:[A-Za-z]{0,8}\s*)?\d{1,3}\s*[.):：\-–])"
)
TITLE_LINES_MAX = 3  # lines of a key file's title before its first entry ('Chemistry Quiz 5 – Answer Key', a date)


def _untitled(text: str) -> str:
    """A key file's text with its own title left out, its lines kept blank: 'Chemistry Quiz 5 – Answer Key' over
    '1. B' / '2. C' had made the entries no key (trial25 T25-48: 'read as the answer key' said, 0 cards)."""
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if _ENTRY_START.match(line)), None)
    if not first or first > TITLE_LINES_MAX + 2:
        return text
    head = [line for line in lines[:first] if line.strip()]
    if len(head) > TITLE_LINES_MAX or any(line.rstrip().endswith(("?", "？")) for line in head):
        return text
    # the name of the key's first section ('Section A' over '1. b' … 'Section B' over '1. Osmosis': the numbering
    # starts again under each) stays, so each part answers its own section (keys, sitting 28: Section A was left out)
    named = max((k for k in range(first) if lines[k].strip()), default=None) if _restarts(lines[first:]) else None
    return "\n".join(["" if k < first and k != named else line for k, line in enumerate(lines)])


def _restarts(lines: list[str]) -> bool:
    """Numbered entries whose numbering starts again further down (a key of sections, each from 1)."""
    numbers = [int(m.group("n")) for line in lines if (m := _ENTRY_NUMBER.match(line))]
    return any(a > b == 1 for a, b in itertools.pairwise(numbers))


_ENTRY_NUMBER = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*)?(?:[A-Za-z]{0,8}\s*)?(?P<n>\d{1,3})\s*[.):：\-–]")


# a section heading that numbers a question or an answer: '# Question 1.', '## Answer 3', '# Solution 2:', '## 4.'
_NUMBERED_SECTION = re.compile(
    r"^(?P<hashes>#{1,6})\s+(?:\*\*)?(?P<word>question|q|exercise|problem|task|answer|solution|réponse|respuesta|antwort|resposta"
    r"|risposta|frage|pregunta|aufgabe|ответ|вопрос)?\s*(?:no\.?\s*|#\s*)?(?P<n>\d{1,3})\s*[.:)]?\s*(?:\*\*)?\s*$",
    re.I,
)
_ANSWER_WORDS = frozenset({"answer", "solution", "réponse", "respuesta", "antwort", "resposta", "risposta", "ответ"})
PAIRED_MIN = 2  # numbered sections on both sides before a key file is paired section by section


def _sections(lines: list[str], answers: bool) -> dict[str, tuple[int, int]]:
    """Numbered sections ('# Question 1.' / '# Answer 1.') by number: (heading index, end index)."""
    found: list[tuple[str, int]] = []
    for k, line in enumerate(lines):
        m = _NUMBERED_SECTION.match(line)
        word = (m.group("word") or "").lower() if m else ""
        if m and (word in _ANSWER_WORDS if answers else word not in _ANSWER_WORDS):
            found.append((m.group("n"), k))
    ends = [k for _, k in found[1:]] + ([len(lines)] if found else [])
    out: dict[str, tuple[int, int]] = {}
    for (n, k), end in zip(found, ends, strict=True):
        out.setdefault(n, (k, end))
    return out


def _paired_sections(doc: list[str], key: list[str]) -> tuple[list[str], list[str]] | None:
    """``(the document's lines with each answered question's section blanked, the key's lines with each answer's
    heading replaced by its question as a heading and other lines outside answers blanked)``, line for line; None
    unless at least :data:`PAIRED_MIN` numbered answers each answer a numbered question that has its text."""
    questions, answers = _sections(doc, answers=False), _sections(key, answers=True)
    pairs: list[tuple[tuple[int, int], tuple[int, int], str]] = []
    for n, (a_at, a_end) in answers.items():
        if n not in questions:
            continue
        q_at, q_end = questions[n]
        asked = " ".join(line.strip().lstrip("#").strip() for line in doc[q_at + 1 : q_end] if line.strip())
        if asked and any(line.strip() for line in key[a_at + 1 : a_end]):
            pairs.append(((q_at, q_end), (a_at, a_end), asked))
    if len(pairs) < PAIRED_MIN:
        return None
    lines, key_out = list(doc), [""] * len(key)
    for (q_at, q_end), (a_at, a_end), asked in pairs:
        lines[q_at:q_end] = [""] * (q_end - q_at)
        asks = asked.rstrip("*_ ").endswith(("?", "？"))
        key_out[a_at] = "# " + ("" if asks else "Q: ") + asked  # ('Q:': a question without '?', 'Name three …')
        key_out[a_at + 1 : a_end] = key[a_at + 1 : a_end]
    return lines, key_out


def answered_lines(doc: Document, key: Document) -> dict[int, int]:
    """For a key joined section by section (:func:`with_key`): the line (1-based) of each question heading written
    into the key part -> the line of its question's section in the document, for the items' locators."""
    questions, answers = _sections(doc.lines, answers=False), _sections(key.lines, answers=True)
    if _paired_sections(doc.lines, key.lines) is None:
        return {}
    before = len(doc.lines) + 1
    return {before + a_at + 1: questions[n][0] + 1 for n, (a_at, _) in answers.items() if n in questions}


def key_lines(diag: Diagnostics, mark: int, rel: str, key_rel: str, before: int) -> None:
    """Messages said since ``mark`` about lines of ``rel`` past ``before`` named at their line of the key file."""
    for k in range(mark, len(diag.items)):
        d = diag.items[k]
        if d.file == rel and d.line and d.line > before:
            # (and a line it names, 'under the heading … at line 55', the key file's too: T42-3)
            said = _AT_LINE.sub(lambda m: f"at line {int(m.group(1)) - before}" if int(m.group(1)) > before else m.group(0), d.message)
            diag.items[k] = dataclasses.replace(d, file=key_rel, line=d.line - before, message=said)


_AT_LINE = re.compile(r"\bat line (\d+)\b")


def attach_key(
    content_dir: Path, doc: Document, key: str, encoding: str, diag: Diagnostics, config_line: Callable[[], int | None]
) -> tuple[Document, int | None, dict[int, int], dict[str, tuple[int, list[str]]]]:
    """The document with its answer key file read after it (:func:`with_key`), or as it is when the key file
    cannot be read (an error naming the ``key_file`` line of deck.toml, or the key file's own error); for a
    key joined section by section, where each question is in the document (:func:`answered_lines`); and a mark
    scheme's answers to the parts of questions, by part (``1a``), each with its line's index in the key file."""
    from compiler.diagnostics import ContentError
    from compiler.sources.base import load_document

    path = content_dir / key
    if not path.is_file():
        diag.error(
            "deck.toml",
            config_line(),
            f"key_file {key!r} of {doc.rel} not found",
            "fix `key_file = …` (relative to the content folder, e.g. sources/exam-answers.md), or remove it",
        )
        return doc, None, {}, {}
    try:
        key_doc = load_document(path, key, encoding)
    except ContentError as exc:
        diag.items.extend(exc.diagnostics)
        return doc, None, {}, {}
    chosen = quiz_section(doc.lines, key_doc.lines, PurePosixPath(doc.rel).stem)
    if chosen is not None and chosen.lines is None:
        names = ", ".join(f"'{name}'" for name in chosen.names[:4])
        diag.warning(
            key,
            chosen.line,
            f"its sections answer quizzes by name ({names}) and none is named like {doc.rel} "
            f"(title {chosen.title!r}): not read as its key, its questions are read unkeyed",
            f"name the quiz's section after its title or number ('Quiz 1: {_named(chosen.title)}'), or give {doc.rel} a key file of its own",
        )
        return doc, None, {}, {}
    if chosen is not None and chosen.lines is not None:
        key_doc = Document(rel=key_doc.rel, text="\n".join(chosen.lines), path=key_doc.path)
    joined, before, parts = with_key(doc, key_doc)
    return joined, before, answered_lines(doc, key_doc), parts


# a key file's section named after the quiz it answers: 'Quiz 1: Git Fundamentals', 'Test 2 – Advanced', 'Examen 3'
_QUIZ_NAMED = re.compile(
    r"^\W*(?P<word>quiz|test|exam|examen|prueba|cuestionario|teste|prova|klausur|lesson|week|worksheet|homework|assignment|"
    r"chapter|unit|module)\s*(?:no\.?\s*|#\s*)?(?P<n>\d{1,3})\b\s*[:.\-–—)]?\s*(?P<name>.*)$",
    re.I,
)
_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*\s*$")
# words a quiz's section and its title share that name no quiz of their own ('Quiz 1: Git Quiz' ~ 'Git Fundamentals Quiz')
_GENERIC_WORDS = frozenset({"quiz", "test", "exam", "answers", "answer", "key", "and", "the", "questions", "explanations", "solutions"})
_NUMBER_IN_NAME = re.compile(r"(?i)(?:quiz|test|exam|examen|prueba|lesson|week|worksheet|homework|assignment|chapter|unit|module)[\s_-]*(\d{1,3})(?!\d)")


@dataclasses.dataclass(frozen=True)
class QuizSection:
    """What a key file of several quizzes' sections holds for one quiz: ``lines``, the key file's lines with all but
    that quiz's section blank (None when no section names it); the section names; the quiz's title; the first
    section's line (1-based) for a message."""

    lines: list[str] | None
    names: list[str]
    title: str
    line: int
    how: str = ""  # how the section was chosen: 'title', 'number' or 'only' (the key's one quiz section)
    at: int = -1  # the chosen section's heading (its index in the key file)


def _named(title: str) -> str:
    """A quiz's title without the words every quiz has ('Docker Networking Quiz' -> 'Docker Networking')."""
    return " ".join(w for w in title.split() if w.lower() not in _GENERIC_WORDS and re.search(r"\w", w)) or title


def _words(text: str) -> set[str]:
    """The words of a title or a section's name that can tell one quiz from another."""
    return {w for w in re.findall(r"[^\W\d_]{3,}", text.lower()) if w not in _GENERIC_WORDS}


def quiz_section(doc_lines: list[str], key_lines: list[str], stem: str) -> QuizSection | None:
    """The part of a key file that answers this quiz, when the key file is in sections named after quizzes (``## Quiz 1:
    Git Fundamentals`` / ``### Multiple Choice Answers`` / ``1. **b) …**``, then ``## Quiz 2: Advanced Git`` numbering
    from 1 again): the section whose name's words are all in the quiz's title (``Git Fundamentals Quiz``), else the one
    whose number is the quiz's (its title's or its file name's ``Quiz1-…``). None when the key file has no such
    sections, or when the quiz's own headings name sections the same way (a key in parts for one test's parts).
    Trial42 T42-3: read whole, the key's title and the other quizzes' sections stopped the key: every question a card
    of its options, nothing said."""
    fenced = False
    headings: list[tuple[int, int, str]] = []  # (index, level, text)
    for k, line in enumerate(key_lines):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and (m := _HEADING.match(line)) is not None:
            headings.append((k, len(m.group("hashes")), m.group("text").strip("*_ ")))
    named = [(k, level, text) for k, level, text in headings if _QUIZ_NAMED.match(text)]
    if not named:
        return None
    level = min(level for _, level, _ in named)
    own = [m.group("text") for line in doc_lines if (m := _HEADING.match(line))]
    said = {(m.group("word").lower(), m.group("n")) for text in own if (m := _QUIZ_NAMED.match(text.strip("*_ ")))}
    if any((m.group("word").lower(), m.group("n")) in said for _, _, text in named if (m := _QUIZ_NAMED.match(text))):
        return None  # ('## Chapter 2' in the quiz and in its key: each part keys its part, as ever)
    sections = [(k, text) for k, lv, text in headings if lv == level]
    title = next((m.group("text").strip("*_ ") for line in doc_lines if (m := _HEADING.match(line)) and len(m.group("hashes")) == 1), "")
    quizzes = [(k, text, m) for k, text in sections if (m := _QUIZ_NAMED.match(text)) is not None]
    names = [text for _, text, _ in quizzes]
    first = quizzes[0][0] + 1
    by_title = [k for k, _, m in quizzes if (w := _words(m.group("name"))) and w <= _words(title)]
    number = next((m.group(1) for m in (_NUMBER_IN_NAME.search(title), _NUMBER_IN_NAME.search(stem)) if m), None)
    by_number = [k for k, _, m in quizzes if number is not None and int(m.group("n")) == int(number)]
    chosen = by_title[0] if len(by_title) == 1 else by_number[0] if len(by_number) == 1 else None
    how = "title" if len(by_title) == 1 else "number"
    if chosen is None and len(quizzes) == 1 and not (_words(quizzes[0][2].group("name")) and title):
        chosen, how = quizzes[0][0], "only"  # (one quiz's section, named by its number alone: the key of the quiz it is given to)
    if chosen is None:
        return QuizSection(None, names, title, first)
    end = next((k for k, _ in sections if k > chosen), len(key_lines))
    kept = ["" if k <= chosen or k >= end else line for k, line in enumerate(key_lines)]
    return QuizSection(kept, names, title, first, how, chosen)


# a key file's name: 'Quiz-Answers.md', 'answer_key.md', 'Solutions.md', 'respuestas-examenes.md'
KEY_NAME = re.compile(r"(?i)(?<![^\W_])(?:answers?|answer[\s_-]*key|key|solutions?|respuestas|soluciones|lösungen|réponses|corrig[ée]s?|respostas|gabarito)(?![^\W_])")


def sibling_quizzes(key_lines: list[str], quizzes: dict[str, tuple[str, list[str]]]) -> list[str]:
    """The ids of the quizzes (id -> (file name's stem, lines)) a key file of several quizzes' sections answers, each
    named by a section of its own (its title's words or its number, never the key's one section by default); none when
    two quizzes would take one section (trial42 T42-3: the sibling 'Quiz-Answers.md' of 'Quiz1-…' and 'Quiz2-…')."""
    taken: dict[int, list[str]] = {}
    for sid, (stem, lines) in quizzes.items():
        chosen = quiz_section(lines, key_lines, stem)
        if chosen is not None and chosen.lines is not None and chosen.how in ("title", "number"):
            taken.setdefault(chosen.at, []).append(sid)
    if any(len(ids) > 1 for ids in taken.values()):
        return []
    return sorted(ids[0] for ids in taken.values())


KEY_AS_CARD = "part of an answer key read as no key"  # the skip reason of a key file's part read as a card


def key_read_as_cards(
    items: list[Item], before: int, answered: dict[int, int], key: str, rel: str, diag: Diagnostics, mark: int
) -> list[Item]:
    """The items with those read from the key file's own lines (past ``before``; a key joined section by section
    aside) skipped, and one warning at the first: a key's part deckc cannot read as a key (``### Short Answer
    Explanations`` / ``6. **Git vs. GitHub**`` over bullets) is no question of the quiz, its heading no card's front
    (trial42 T42-3: 'Short Answer Explanations' was a card, in the section 'Scoring Guide')."""
    # (the reader's 'statement headings … are cards' about the key's own headings: they are none)
    diag.items[mark:] = [d for d in diag.items[mark:] if not (d.file == rel and d.group == "stated-headings" and d.line and d.line > before)]
    junk = [n for n, item in enumerate(items) if not item.skip and item.locator.line and item.locator.line > before and item.locator.line not in answered]
    if not junk:
        return items
    first = items[junk[0]]
    fronts = ", ".join(f"'{items[n].question[:40]}'" for n in junk[:3]) + (", …" if len(junk) > 3 else "")
    diag.warning(
        key,
        first.locator.line - before,
        f"{counted(len(junk), 'part')} of this key file for {rel} read as no key ({fronts}): not on any card",
        f"write each such answer under its question in {rel}, or as an entry '1. b' / '1. **b) …**' under the quiz's section",
    )
    out = []
    for n, item in enumerate(items):
        if n in junk:  # (listed as skipped at its line of the key file)
            at = item.locator.model_copy(update={"file": key, "line": item.locator.line - before})
            item = item.model_copy(update={"skip": KEY_AS_CARD, "locator": at})
        out.append(item)
    return out


def counted(n: int, word: str) -> str:
    """'1 part', '3 parts'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def locate_answered(items: list[Item], where: dict[int, int]) -> list[Item]:
    """Items read from a key joined section by section placed at their question's line in the document."""
    if not where:
        return items
    return [
        item.model_copy(update={"locator": item.locator.model_copy(update={"line": where[item.locator.line]})})
        if item.locator.line in where
        else item
        for item in items
    ]


def moved_messages(diag: Diagnostics, mark: int, rel: str, where: dict[int, int]) -> None:
    """Messages said since ``mark`` about lines of ``rel`` that a rewrite moved (:func:`self_check_key`) named at
    their line in the document as written."""
    for k in range(mark, len(diag.items)):
        d = diag.items[k]
        if d.file == rel and d.line in where:
            diag.items[k] = dataclasses.replace(d, line=where[d.line])


def report_key_file(src: SourceConfig, answers: str, listed: bool, sources: list[SourceConfig], diag: Diagnostics) -> None:
    """Say that a file is read as another's answer key when deck.toml does not say so itself: paired by its name,
    or named both as a source and as a key_file."""
    named = any(s.key_file == src.file for s in sources)
    if named and not listed:
        return
    if listed:
        diag.warning(
            src.file,
            None,
            f"read as the answer key of {answers} (its key_file), not as questions of its own",
            "remove this file's own [[source]] table from deck.toml",
            group="key-file",
        )
        return
    diag.warning(
        src.file,
        None,
        f"read as the answer key of {answers} (named like it), not as questions",
        f'to say so in deck.toml, add key_file = "{src.file}" to the [[source]] table of {answers}; '
        "if it holds questions of its own, rename it",
        group="key-file",
    )


# a numbered entry at the margin: '1. Explain …', '2) Why …'
_ENTRY = re.compile(r"^\s{0,3}(?P<n>\d{1,3})[.)]\s+(?P<text>\S.*)$")
_HEADING_LINE = re.compile(r"^\s{0,3}(?P<hashes>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")
_RULE_LOOSE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
# the key's opener: '<details><summary>Answers</summary>' (the summary on its own line too), '### 정답'
_DETAILS = re.compile(r"^\s*<details\b[^>]*>\s*(?P<rest>.*)$", re.I)
_SUMMARY = re.compile(r"^\s*<summary\b[^>]*>(?P<text>.*?)</summary>\s*$", re.I)
_CLOSE = re.compile(r"^\s*</details\s*>\s*$", re.I)
_FENCE_END = re.compile(r"^(?::{3,}|`{3,}|~{3,})\s*$")  # a directive's closing fence, at the margin
# an entry of a letter key ('1. B', '2. **c** - …', '3. True'): the questions' options or verdicts, not open answers
_LETTER_ENTRY = re.compile(r"^\W{0,3}(?:[A-Ha-h]|\d{1,2}|[ivx]{1,4}|[①-⑩アイウエ]|true|false|t|f)\W{0,3}(?:\s+[-–—:].*)?$", re.I)
# a question's own list under it ('    1. x^n/n', '   - A. Lambung'): its options, a multiple-choice question
_SUB_ENTRY = re.compile(r"^\s+(?:[-*+]|\d{1,3}[.)]|[A-Ha-h][.)])\s")
SELF_CHECK_MIN = 2  # numbered questions answered by number before a key of open answers is joined to them


def _key_opener(lines: list[str], k: int) -> tuple[int, re.Pattern[str] | None] | None:
    """``(index of the key's first entry line, the line that closes it: a </details> or a directive's fence)`` when an
    answer key opens at line ``k`` (a toggle, a directive or heading or bold line of answer words), else None."""
    line = lines[k]
    toggle = _DETAILS.match(line)
    if toggle is not None:
        rest, at = toggle.group("rest"), k
        if not rest.strip():
            at = next((j for j in range(k + 1, min(k + 3, len(lines))) if lines[j].strip()), k)
            rest = lines[at] if at > k else ""
        summary = _SUMMARY.match(rest)
        words = re.sub(r"<[^>]+>|\*\*|__", "", summary.group("text")) if summary else ""
        return (at + 1, _CLOSE) if summary and KEY_SECTION.match(words) else None
    boxed = COLON_OPEN.match(line) or TICK_OPEN.match(line)  # ':::{dropdown} Answers', '::: details Answers' (T23-22)
    if boxed is not None:
        name, title = directive_name(boxed)
        if not name or not KEY_SECTION.match((title or name).strip("*_ ")):
            return None
        at = k + 1
        while at < len(lines) and (not lines[at].strip() or OPTION_LINE.match(lines[at])):
            at += 1  # (':class: dropdown' under it)
        return at, _FENCE_END
    heading = _HEADING_LINE.match(line)  # (a bold '**Answers:**' over the list: the Markdown reader's, learner3 N1)
    if heading is not None and KEY_SECTION.match(heading.group("text").strip("*_ ")):
        return k + 1, None
    return None


def _entries(lines: list[str], k: int, stop: Callable[[str], bool]) -> tuple[list[tuple[str, int, list[str]]], int]:
    """The numbered entries from line ``k`` (blank lines before them skipped): ``(number, line, its lines)`` each,
    an entry's indented lines under it its own; and the index where they end (``stop``, a heading, a rule or text
    at the margin after a blank line)."""
    found: list[tuple[str, int, list[str]]] = []
    blank = False
    while k < len(lines):
        line = lines[k]
        m = _ENTRY.match(line)
        if m is not None:
            found.append((m.group("n"), k, [m.group("text")]))
        elif not line.strip():
            pass
        elif stop(line) or _HEADING_LINE.match(line) or _RULE_LOOSE.match(line) or _FENCE.match(line) or not found or (blank and not line.startswith((" ", "\t"))):
            break
        else:
            found[-1][2].append(line.strip())
        blank = not line.strip()
        k += 1
    return found, k


def self_check_key(doc: Document) -> tuple[Document, dict[int, int]]:
    """The document with each numbered list of questions answered by a numbered key right after it rewritten as
    the questions' headings with their answers under them (``### Q: Explain …`` / the answer), line for line
    (the region padded with blank lines), and where each question now is -> its line in the document.

    A self-check at a section's end numbers its questions, then numbers their answers in a toggle
    (``<details><summary>Answers</summary>`` / ``<summary>정답</summary>``) or under a key heading (``### 정답``):
    read question by question, no question was (trial12 U110: 0 of 5), or the whole list was one card's front. A
    key of letters (``1. B``) is the questions' options' key (the page key, :mod:`compiler.sources.choices`): left."""
    lines = doc.lines
    if len(lines) < 2 * SELF_CHECK_MIN + 1:
        return doc, {}
    parted = _parted_key(lines) or _labelled_key(lines)
    lines = _paired_labels(lines) if parted is None else lines  # ('Q1. …' over the key's 'A1. …': numbered, sitting 54)
    if parted is not None:
        return dataclasses.replace(doc, text="\n".join(parted[0]) + "\n"), parted[1]
    out, where = list(lines), {}
    level, fenced, k = 1, False, 0
    exercise = task_lines(lines, EXERCISE_BOXES)
    while k < len(lines):
        line = lines[k]
        if _FENCE.match(line):
            fenced = not fenced
        heading = _HEADING_LINE.match(line)
        if fenced or not _ENTRY.match(line):
            level = len(heading.group("hashes")) if heading and not fenced else level
            k += 1
            continue
        asked, end = _entries(lines, k, lambda _: False)
        opener = next((j for j in range(end, min(end + 3, len(lines))) if lines[j].strip()), None)
        key = _key_opener(lines, opener) if opener is not None else None
        if key is None:
            k = max(end, k + 1)
            continue
        first, toggle = key
        answers, last = _entries(lines, first, lambda s, closer=toggle: bool(closer and closer.match(s)))
        numbers = {n for n, _, _ in asked}
        texts = [" ".join(t) for _, _, t in answers]
        if (
            len(answers) < SELF_CHECK_MIN
            or any(n not in numbers for n, _, _ in answers)
            or any(_SUB_ENTRY.match(line) and not _ENTRY.match(line) for line in lines[k:end])
            or sum(bool(_LETTER_ENTRY.match(t)) for t in texts) * 2 >= len(texts)
            or (k in exercise and not any(" ".join(body).rstrip("*_ ").endswith(("?", "？")) for _, _, body in asked))
        ):  # (an exercise box's entries that ask nothing are its choices or steps, its answer box answers it whole: T47-2)
            k = max(end, k + 1)
            continue
        if toggle and last < len(lines) and toggle.match(lines[last]):
            last += 1
        said = {n: body for n, _, body in answers}
        hashes = "#" * min(level + 1, 6)
        region: list[str] = []
        for n, at, body in asked:
            question = " ".join(body)
            asks = question.rstrip("*_ ").endswith(("?", "？"))
            where[k + len(region) + 1] = at + 1
            region.append(f"{hashes} {'' if asks else 'Q: '}{question}")
            region.extend(said.get(n, []))
        out[k:last] = region + [""] * (last - k - len(region))
        k = last
    if not where:
        return doc, {}
    return dataclasses.replace(doc, text="\n".join(out) + "\n"), where


_Q_NUMBERED = re.compile(r"^(?P<lead>\s{0,3})(?:\*\*|__)?(?i:q)\s?(?P<n>\d{1,3})(?:\*\*|__)?\s*[.):](?:\*\*|__)?\s+(?P<text>\S.*)$")
_A_NUMBERED = re.compile(r"^(?P<lead>\s{0,3})(?:\*\*|__)?(?i:a|ans)\s?(?P<n>\d{1,3})(?:\*\*|__)?\s*[.):](?:\*\*|__)?\s+(?P<text>\S.*)$")


def _paired_labels(lines: list[str]) -> list[str]:
    """``lines`` with questions labelled ``Q1.`` / ``Q2.`` … and, after them under a key heading, their answers labelled
    ``A1.`` / ``A2.`` … numbered as a self-check numbers them (``1. …``), so the key answers them; ``lines`` itself
    when the page is no such pair of lists (sitting 54: 'none of its questions has an answer', no card)."""
    asked = [(k, m) for k, line in enumerate(lines) if (m := _Q_NUMBERED.match(line))]
    answered = [(k, m) for k, line in enumerate(lines) if (m := _A_NUMBERED.match(line))]
    if len(asked) < SELF_CHECK_MIN or len(answered) < SELF_CHECK_MIN or asked[-1][0] > answered[0][0]:
        return lines
    if not {m.group("n") for _, m in answered} <= {m.group("n") for _, m in asked}:
        return lines
    if not any(KEY_SECTION.match(h.group("text").strip("*_: ")) for line in lines[asked[-1][0] : answered[0][0]] if (h := _HEADING_LINE.match(line))):
        return lines
    out = list(lines)
    for k, m in [*asked, *answered]:
        out[k] = f"{m.group('lead')}{m.group('n')}. {m.group('text')}"
    return out


# a part's name over its numbered questions or its key entries: a heading, or a bold line ('**True/False:**')
_PART_LABEL = re.compile(r"^\s{0,3}(?:(?P<hashes>#{1,6})\s+(?P<heading>.+?)\s*#*|(?:\*\*|__)(?P<bold>[^*_]{2,60}?)[:：]?(?:\*\*|__)[:：]?)\s*$")
_TOGGLE_LINE = re.compile(r"^\s*(?:</?details\b[^>]*>|<summary\b.*</summary>)\s*$", re.I)
_BLANK_RUN = re.compile(r"_{3,}|…{2,}|\.{4,}")  # a fill-in's blank: '__________'
_BALLOT = re.compile(r"^[⬜☐□]\ufe0f?\s*")  # a true/false statement's box to tick
_KEYED_LETTER = re.compile(r"^\(?(?P<letter>[A-Ha-h])\)?(?:[).:]|\s|$)\s*(?:[-–—:]\s*)?(?P<rest>.*)$")
PARTS_MIN = 2  # named parts, each numbered from 1, before their key in parts is read


def _part_name(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text).strip().casefold()


def _parts(lines: list[str], start: int, end: int) -> list[tuple[str, int, list[tuple[str, int, list[str]]], int]]:
    """``(name, label line, numbered entries, end)`` of each part between ``start`` and ``end``: a label (heading or
    bold line) over a numbered list from 1, toggle tags and blank lines between them skipped."""
    parts = []
    k = start
    while k < end:
        label = _PART_LABEL.match(lines[k])
        name = (label.group("heading") or label.group("bold")) if label else None
        first = next((j for j in range(k + 1, min(k + 4, end)) if lines[j].strip() and not _TOGGLE_LINE.match(lines[j])), None)
        entry = _ENTRY.match(lines[first]) if first is not None else None
        if name is None or first is None or entry is None or entry.group("n") != "1" or KEY_SECTION.match(name.strip("*_ ")):
            k += 1
            continue
        found, stop = _entries(lines, first, lambda s: bool(_PART_LABEL.match(s) or _TOGGLE_LINE.match(s)))
        parts.append((name, k, found, stop))
        k = max(stop, k + 1)
    return parts


def _parted_key(lines: list[str]) -> tuple[list[str], dict[int, int]] | None:
    """A practice block in named parts, each numbered from 1 (``### Fill in the Blanks`` / ``### True/False`` /
    ``### Multiple Choice``), keyed below them by a key in the same parts (``### Answers`` / ``**True/False:**`` /
    ``1. ✅ True - …``): the block rewritten line for line as a card per question under its part, and where each
    question now is -> its line. A fill-in's key is its answer, a true/false statement's box goes and the verdict
    is its answer, a question over options gets ``Answer: B`` and the key's text as its explanation (trial15
    T15-26: read entry by entry, the numbers restarting in each part, 18 questions made one card whose front
    was an answer). None when the page has no such key."""
    opener = next((k for k, line in enumerate(lines) if (m := _PART_LABEL.match(line)) and m.group("hashes")
                   and KEY_SECTION.match((m.group("heading") or "").strip("*_ "))), None)  # fmt: skip
    if opener is None:
        return None
    asked = _parts(lines, 0, opener)
    keyed = _parts(lines, opener + 1, len(lines))
    by_name = {_part_name(name): part for part in asked for name in [part[0]]}
    names = [_part_name(name) for name, _, _, _ in keyed]
    if len(keyed) < PARTS_MIN or any(n not in by_name for n in names) or len(set(names)) < len(names):
        return None  # (each question's '#### Process' steps and '#### Answer', a walkthrough: no parts, T15-15)
    if len({_part_name(name) for name, _, _, _ in asked}) < len(asked):
        return None
    pairs = [(by_name[_part_name(name)], entries) for name, _, entries, _ in keyed]
    if any({n for n, _, _ in entries} - {n for n, _, _ in part[2]} for part, entries in pairs):
        return None  # a key entry for no question of its part
    start = min(part[1] for part, _ in pairs)
    if any(part[1] > opener for part, _ in pairs) or any(
        _ENTRY.match(line) for line in lines[max(part[3] for part, _ in pairs) : opener]
    ):
        return None
    end = keyed[-1][3]
    while end < len(lines) and (not lines[end].strip() or _TOGGLE_LINE.match(lines[end])):
        end += 1  # the toggles' closing tags after the key
    head = start
    while head > 0 and (not lines[head - 1].strip() or _TOGGLE_LINE.match(lines[head - 1])) and start - head < 4:
        head -= 1  # '<details><summary>View Questions</summary>' opening the block
    for gap in ("", None):  # a blank line between cards, or none where the block has no room for them
        region, where = _part_cards(lines, pairs, head, gap)
        if len(region) <= end - head:
            break
    else:
        return None
    out = list(lines)
    out[head:end] = region + [""] * (end - head - len(region))
    return out, where


def _option_letter(line: str) -> str | None:
    m = re.match(r"^\s*(?:[-*+]\s+)?\(?([A-Ha-h])[.)]\s", line)
    return m.group(1).upper() if m else None


_VERDICT_MARK = re.compile(r"^(?:[✅❌✔✗✘☑☒✓]\ufe0f?\s*)(?=\S)")


def _part_cards(
    lines: list[str], pairs: list[tuple[tuple[str, int, list[tuple[str, int, list[str]]], int], list[tuple[str, int, list[str]]]]],
    head: int, gap: str | None,
) -> tuple[list[str], dict[int, int]]:
    """The lines of :func:`_parted_key`'s cards (each part's name a heading over its questions' headings, each
    question's answer under it) from line ``head``, and where each question now is -> its line."""
    region: list[str] = []
    where: dict[int, int] = {}
    sep = [] if gap is None else [gap]
    for part, entries in sorted(pairs, key=lambda pair: pair[0][1]):
        label = _PART_LABEL.match(lines[part[1]])
        depth = len(label.group("hashes") or "##") if label else 2
        region += [f"{'#' * depth} {part[0].strip()}", *sep]
        said = {n: body for n, _, body in entries}
        for n, at, body in part[2]:
            if n not in said:
                continue
            question, options = _BALLOT.sub("", body[0]), [line for line in body[1:] if line.strip()]
            key = _VERDICT_MARK.sub("", " ".join(said[n]).strip())
            asks = question.rstrip("*_ ").endswith(("?", "？"))
            where[head + len(region) + 1] = at + 1
            region.append(f"{'#' * min(depth + 1, 6)} {'' if asks else 'Q: '}{question}")
            letter = _KEYED_LETTER.match(_unbold(key)) if options else None
            if options and letter is not None:  # '1. **B** - FROM (must be first …)': the option, and why
                said_option = next((o for o in options if _option_letter(o) == letter.group("letter").upper()), "")
                why = letter.group("rest").strip()
                region += [*options, f"Answer: {letter.group('letter').upper()}"]
                region += [why] if why and _part_name(why) not in _part_name(said_option) else []  # (not the option again)
            else:
                region += [*options, key]
            region += sep
    return region, where


# --- a key whose entries name each question by its own label ----------------------------------------------------

# a question's label and number: 'Câu 3', 'Question 3', 'Tanong 3', 'Câu hỏi 3' (a word or three, then the number)
def _label(tag: str = "") -> str:
    return rf"(?P<label{tag}>[^\W\d_]{{1,20}}(?:[ \t][^\W\d_]{{1,20}}){{0,2}}?)\s*(?P<n{tag}>\d{{1,3}})"


_LABEL = _label()
# a question opened by its label: a heading ('## Câu 3', '### Question 3: What …?') or a bold lead ('**Tanong 3:** …?')
_ASKED = re.compile(
    rf"^\s{{0,3}}(?:(?P<hashes>#{{1,6}})\s+(?:\*\*|__)?{_LABEL}\b"
    rf"|(?:\*\*|__){_label('2')}\s*[:.)]?\s*(?:\*\*|__)\s*[:.)]?\s+\S)"
)
# the key named after it: the label, the number, a separator, an answer word or none, the letter, what follows
# ('## Câu 1 — Đáp án B', '### Question 2 - Answer: C', '- **Tanong 1:** B) DOM (Document Object Model)')
_NAMED_KEY = re.compile(
    rf"^\s{{0,3}}(?:(?P<hashes>#{{1,6}})\s+|[-*+]\s+)?(?:\*\*|__)?{_LABEL}\s*[:.)]?\s*(?:\*\*|__)?\s*(?:[-–—:|]\s*)?(?:\*\*|__)?\s*"
    rf"(?:(?P<word>(?i:(?:correct\s+)?answer|{ANSWER_WORDS}))\s*[:：]?\s*(?:\*\*|__)?\s*)?(?P<bold>\*\*|__)?\(?(?P<letter>[A-Ha-h])(?![^\W_])"
    r"(?P<close>\)|[.:](?!\w))?(?:\*\*|__)?\s*"
    r"(?:[-–—:]\s*)?(?P<rest>.*?)\s*$"
)
# the key's own heading or label line over its entries: '# ĐÁP ÁN VÀ GIẢI THÍCH', '**Sagot:**', '### Answers'
_KEY_LABEL = re.compile(r"^\s{0,3}(?:#{1,6}\s+\S.*|(?:\*\*|__)[^*_]{1,60}(?:\*\*|__)\s*[:：]?\s*)$")
# an option as written: 'A. …', 'B) …', '- C) …', '**D.** …', or a letter alone over its code block ('A.')
_WRITTEN_OPTION = re.compile(r"^\s{0,3}(?:[-*+]\s+)?(?:\*\*|__)?\(?(?P<letter>[A-Ha-h])[.)](?:\*\*|__)?(?:\s|$)")


def _labelled_key(lines: list[str]) -> tuple[list[str], dict[int, int]] | None:
    """A quiz whose questions open with a label and number (``## Câu 3`` / ``**Tanong 3:** …?``) over lettered options,
    keyed after them by entries that name each question by the same label (``## Câu 3 — Đáp án A`` over its
    explanation, ``- **Tanong 3:** B) Console Tab`` under ``**Sagot:**``): each keyed question gets ``Answer: A`` under
    its options and the entry's explanation after it; the key's entries and its own heading go. A reading question by
    question took the key's headings for cards or text outside any question and left every question unmarked
    (trial15 T15-90: 6 → 0 right). Returns the rewritten lines and where each line now is -> its line in the document
    (the lines move), or None when no two questions are keyed so."""
    asked: dict[tuple[str, str], int] = {}
    entries: dict[tuple[str, str], tuple[int, str, str]] = {}
    fenced = False
    for k, line in enumerate(lines):
        if _FENCE.match(line):
            fenced = not fenced
        if fenced or not line.strip():
            continue
        named = _NAMED_KEY.match(line)
        ident = (named.group("label").casefold(), named.group("n")) if named else None
        said = named is not None and bool(named.group("word") or named.group("close") or named.group("bold") or not named.group("rest"))
        if ident is not None and ident in asked and ident not in entries and named is not None and said:
            entries[ident] = (k, named.group("letter").upper(), named.group("rest"))
            continue
        opened = _ASKED.match(line)
        if opened is not None:
            tag = "" if opened.group("hashes") else "2"
            asked.setdefault((opened.group(f"label{tag}").casefold(), opened.group(f"n{tag}")), k)
    if len(entries) < SELF_CHECK_MIN:
        return None
    # each entry's own lines: a heading's, the text under it up to the next heading; a list entry's, its indented lines
    extent: dict[int, int] = {}
    starts = sorted(k for k, _, _ in entries.values())
    for k in starts:
        end = k + 1
        if _HEADING_LINE.match(lines[k]):
            while end < len(lines) and not _HEADING_LINE.match(lines[end]) and end not in starts:
                end += 1
            while end > k + 1 and (not lines[end - 1].strip() or _RULE_LOOSE.match(lines[end - 1])):
                end -= 1  # (the rule and blank lines after the last explanation stay)
        else:
            while end < len(lines) and lines[end].strip() and lines[end][:1] in (" ", "\t") and end not in starts:
                end += 1
        extent[k] = end
    keyed = {k for start in starts for k in range(start, extent[start])}
    labels: set[int] = set()
    for k in starts:  # the heading or bold label right over a run of entries is the key's own
        above = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
        if above is not None and above not in keyed and _KEY_LABEL.match(lines[above]) and not _ASKED.match(lines[above]):
            labels.add(above)
    bounds = sorted({*asked.values(), *keyed, *labels})
    inserted: dict[int, list[tuple[str, int]]] = {}
    used: list[int] = []
    for ident, (k, letter, rest) in entries.items():
        at = asked[ident]
        stop = next((b for b in bounds if b > at), len(lines))
        stop = next((j for j in range(at + 1, stop) if _HEADING_LINE.match(lines[j])), stop)
        body = lines[at + 1 : stop]
        options = _written_options(body)
        if letter not in options or len(options) < 2:
            continue
        last = max((j for j in range(at, stop) if lines[j].strip() and not _RULE_LOOSE.match(lines[j])), default=at)
        why = [said] if (said := _beyond_option(rest, options[letter])) else []
        first = next((j for j in range(k + 1, extent[k]) if lines[j].strip()), extent[k])
        below = [(lines[j], j) for j in range(first, extent[k])]
        explanation = [*((w, k) for w in why), *([("", k)] if why and below else []), *below]
        # (each line with the line it comes from: what is said of it is said at that line)
        inserted[last] = [("", k), (f"Answer: {letter}", k), *([("", k), *explanation] if explanation else [])]
        used.append(k)
    if len(used) < SELF_CHECK_MIN:
        return None
    dropped = {j for k in used for j in range(k, extent[k])} | (labels if len(used) == len(entries) else set())
    out: list[str] = []
    where: dict[int, int] = {}
    for j, line in enumerate(lines):
        if j in dropped:
            continue
        for text, came in [(line, j), *inserted.get(j, [])]:
            out.append(text)
            where[len(out)] = came + 1
    return out, where


def _beyond_option(said: str, option: str) -> str:
    """What a key entry says after naming its option ('Kilimanjaro - 5,895 m' for option 'Kilimanjaro': '5,895 m'), or
    "" when it only names it (in full or shortened)."""
    plain, text = _unbold(said), _unbold(option)
    if plain.casefold().startswith(text.casefold()):
        return plain[len(text) :].lstrip(" -–—:;,.")
    return "" if _part_name(said) in _part_name(option) else said


def _written_options(body: list[str]) -> dict[str, str]:
    """The options a question's lines hold, by letter: read as options (:func:`find_choices`), else as written, one
    a line ('A.' alone over its code block counts)."""
    start = next((k for k, line in enumerate(body) if line.strip() and find_choices(body[k:]) is not None), None)
    if start is not None:
        found = find_choices(body[start:])
        if found is not None and found.correct is None:
            labels = {v.upper(): k for k, v in found.source_labels.items()} if found.source_labels else {}
            return {labels.get(label, label).upper(): _unbold(text) for label, text in found.options}
        if found is not None:
            return {}  # (a question already marked: its own mark stands)
    written: dict[str, str] = {}
    fenced = False
    for line in body:
        if _FENCE.match(line):
            fenced = not fenced
        m = _WRITTEN_OPTION.match(line) if not fenced else None
        if m is not None:
            written.setdefault(m.group("letter").upper(), _unbold(line[m.end() :]))
    return written

