"""Declarative layouts: ``[source.pattern]`` in deck.toml, and the built-in presets.

A declarative layout tells the ``pattern`` reader how a text document nobody
coded for is laid out, with regular expressions and named groups (see
docs/layouts.md for the reference and worked examples):

- ``item``: a line that starts an item.  Groups: ``question`` (the question
  text on that line), ``number``, ``level`` (a difficulty label), ``answer``
  (answer text on the same line).
- ``answer``: a line that starts the answer (``A: …``, ``Answer: …``); group
  ``answer`` is its text.  With it, the question may run over several lines up
  to the answer line.  Without it the question is the item line and the answer
  is everything below it.
- ``question_end``: where a question ends on its own line when the answer
  follows on the same line: ``"line"`` (never), ``"?"`` (the first ``?``), or
  ``"auto"`` (the first ``?`` when the text after it is not in brackets).
- ``section``: a section heading line; group ``section`` is its name, and an
  optional group ``depth`` (e.g. the ``#`` marks) nests sections by its length.
- ``level``: searched in the question; group ``level`` is the difficulty label
  and the match is removed from the question.  Default: an emoji or one word
  right after the final ``?``, or an emoji before the question.
- ``start``: the items begin after the first line that matches (a table of
  contents that repeats every question stays out).
- ``key``: a line that starts an answer key (default: an ``Answers`` /
  ``Answer key`` / ``Solutions`` heading or line).  Once some items lack an
  answer or a correct option, the numbered lines after it are their answers
  (``1. b) 11 || Explanation …``), matched by number within the key's
  sections (``## Section A`` answers the questions of ``Section A: …``).
- ``skip``: lines dropped wherever they appear (page furniture, ``Tags:``).
- ``stop``: lines after which the text is not items (a closing cheat sheet),
  up to the next item or section line.
- ``sequence``: with a ``number`` group, a numbered line only starts an item
  when its number follows the previous item's (or restarts at 1 after a
  section), so numbered lists inside answers stay in the answer.  Dotted
  numbers follow in their last part (``3.16`` -> ``3.17``) or open the next
  part (``3.22`` -> ``4.1``; one number may be missing).
- ``format``: ``"text"`` sorts answer lines into paragraphs, code, formulas
  and lists; ``"markdown"`` renders them as Markdown.  Default: by the file's
  extension.
- ``page_title``: ``"section"`` makes a Markdown page's title (its one ``# Title``) the section of
  the items under it, when the items do not say what they are about (a tldr page ``# tar`` over
  ``- Extract an archive:``); default ``"skip"`` (the title names the page, not a section).
- ``choices``: an answer that starts with options (``a)`` … ``d)``, task
  boxes, a numbered list with one marked) is a multiple-choice item
  (:mod:`compiler.sources.choices`); ``false`` reads such lists as answers.

Front matter (``---`` … ``---`` at the top) and lines before the first item
are skipped.  Presets are complete patterns under a name (``layout = "qa"``);
keys in ``[source.pattern]`` replace the preset's.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

GROUPS = {
    "item": {"question", "number", "level", "answer"},
    "answer": {"answer"},
    "section": {"section", "depth"},
    "level": {"level"},
    "skip": set(),
    "stop": set(),
    "start": set(),
    "key": set(),
}


def _check(pattern: str, key: str) -> str:
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"{key}: not a valid regular expression: {exc}") from None
    unknown = set(compiled.groupindex) - GROUPS[key]
    if unknown:
        allowed = ", ".join(sorted(GROUPS[key])) or "none"
        raise ValueError(f"{key}: unknown named group {', '.join(sorted(unknown))} (allowed: {allowed})")
    if key in ("item", "answer", "section") and compiled.fullmatch(""):
        raise ValueError(f"{key}: the pattern matches an empty line; anchor it, e.g. '^Q:'")
    if _nested_repeat(pattern):
        raise ValueError(
            f"{key}: a group that repeats a repeat (like '(\\w+\\s*)+') can take minutes on a line that "
            "almost matches; write it with one repeat, e.g. '[\\w\\s]+'"
        )
    return pattern


def _nested_repeat(pattern: str) -> str:
    """A repeated group whose body is one unbounded repeat plus optional parts ('(\\w+\\s*)+', '(a+)+'):
    it can split one run of text in exponentially many ways (Python's re has no time limit), so a line
    that almost matches takes minutes. '' if none. '(?:\\s+[^\\w\\s]+)+' (two required, disjoint parts)
    is fine."""
    import re._parser as sre  # the parser behind re.compile

    def unbounded(high: int) -> bool:
        return high == sre.MAXREPEAT or high > 100

    def flatten(items: list) -> list:  # type: ignore[type-arg]
        out = []
        for op, arg in items:
            if op is sre.SUBPATTERN:
                out.extend(flatten(list(arg[-1])))
            else:
                out.append((op, arg))
        return out

    def ambiguous(body: list) -> bool:  # type: ignore[type-arg]
        parts = flatten(body)
        inner = [arg for op, arg in parts if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and unbounded(arg[1])]
        required = [p for p in parts if sre.SubPattern(sre.State(), [p]).getwidth()[0] > 0]
        return bool(inner) and len(required) <= 1

    def walk(items: object) -> str:
        for op, arg in items:  # type: ignore[attr-defined]
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                _, high, sub = arg
                if unbounded(high) and ambiguous(list(sub)):
                    return "a group that repeats a repeat"
                found = walk(sub)
            elif op is sre.SUBPATTERN:
                found = walk(arg[-1])
            elif op is sre.BRANCH:
                found = next((f for f in (walk(b) for b in arg[1]) if f), "")
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                found = walk(arg[1])
            else:
                found = ""
            if found:
                return found
        return ""

    try:
        return walk(sre.parse(pattern))
    except Exception:
        return ""  # re.compile above accepted it: no check rather than a false error


class PatternConfig(BaseModel):
    """``[source.pattern]``: every key optional, so a table can adjust a preset."""

    model_config = ConfigDict(extra="forbid")

    item: str | None = None
    answer: str | None = None
    question_end: Literal["line", "?", "auto"] | None = None
    section: str | None = None
    level: str | None = None
    start: str | None = None
    key: str | None = None
    skip: list[str] | None = None
    stop: list[str] | None = None
    sequence: bool | None = None
    format: Literal["text", "markdown", "code"] | None = None  # "code": each answer one code block (a cheat sheet's commands)
    choices: bool | None = None
    page_title: Literal["section", "skip"] | None = None

    @field_validator("item", "answer", "section", "level", "start", "key")
    @classmethod
    def _regex(cls, v: str | None, info) -> str | None:  # type: ignore[no-untyped-def]
        return None if v is None else _check(v, info.field_name)

    @field_validator("skip", "stop")
    @classmethod
    def _regexes(cls, v: list[str] | None, info) -> list[str] | None:  # type: ignore[no-untyped-def]
        return None if v is None else [_check(p, info.field_name) for p in v]

    def over(self, base: PatternConfig) -> PatternConfig:
        """This table's keys over a preset's."""
        return base.model_copy(update=self.model_dump(exclude_none=True))


class DelimitedConfig(BaseModel):
    """``[source.delimited]``: how a flashcard export's rows are split (all optional: Anki's header says it)."""

    model_config = ConfigDict(extra="forbid")

    separator: str | None = Field(None, min_length=1, max_length=4)  # one character, or ' — ' / ': ' split once a line
    html: bool | None = None  # fields are HTML (Anki's #html:true)
    tags: int | None = Field(None, ge=1)  # 1-based column holding space-separated tags
    rows: str | None = Field(None, min_length=1, max_length=16)  # what ends a row when not a line break (Quizlet's ';')
    front: int | None = Field(None, ge=1)  # 1-based column of the question (default: as a header row names it, else 1)
    back: int | None = Field(None, ge=1)  # 1-based column of the answer (default: as a header row names it, else the next)
    extra: list[int] | None = None  # 1-based columns added to the back, labelled by the header (default: every other text column)
    guid: int | None = Field(None, ge=1)  # 1-based column holding each note's GUID (Anki's '#guid column')
    level: int | None = Field(None, ge=1)  # 1-based column holding each row's difficulty ('easy', 'schwer', '3')
    section: list[int] | None = None  # 1-based columns holding each row's section, outermost first ('Chapter', 'Topic')
    # the first row names the columns (true) or is a card like the rows under it (false); default: told by its names and
    # its shape ('Country<TAB>Capital' over 'France<TAB>Paris' cannot be told: said, with this key)
    header: bool | None = None
    # what starts a line naming the category of the rows under it, its levels apart by '/' (Pleco's '//HSK 1/Numbers');
    # "" when no line is a category
    category: str = Field("//", max_length=8)


# Parts of the presets, written so that no line can make them backtrack badly:
# captures run to the end of the line and are trimmed in Python, never `.*?\s*$`.
_Q_LABEL = r"(?i:q|ques|question)"
_A_LABEL = r"(?i:a|ans|answer)"
# a Markdown heading, or a Chinese-numbered part of an exam paper ('一、选择题（每题3分）', '二、简答题': trial11 P93)
# ('**II. Preguntas de Respuesta Corta (5 puntos …)**': an exam's part as a bold line of its own, a roman numeral
# before its name, the numbering restarting under it: trial15 T15-62)
_BOLD_PART = r"(?=(?:\*\*|__)[IVX]{1,4}[.)][ \t]+[^*_\n?？]{2,100}(?:\*\*|__)[ \t]*$)"
_MD_HEADING = rf"^(?:\s{{0,3}}(?P<depth>#{{1,6}})\s+|(?=[一二三四五六七八九十]{{1,3}}[、．]\s*\S.{{0,40}}$)|{_BOLD_PART})(?P<section>[^#\s].*)$"
# The name of an answer key's heading: "Answers", "Answer key", "Solutions", "Answers and Explanations" (review
# books), and other languages' (learner2 M26: 'Soluciones', 'Lösungen', 'Ответы', '答案' keyed nothing)
KEY_WORDS = (
    r"(?:(?:correct\s+)?answers?(?:\s+(?:key|sheet)s?)?(?:\s*(?:and|&|\+)\s*(?:explanations?|rationales?|solutions?|evaluation|discussion))?"
    r"|answer\s+sheet|answer\s+explanations?|solutions?|key|explanations?|rationales?"  # ('Answer Explanations': College Board, T31-46)
    r"|respuestas(?:\s+correctas)?|soluciones|solucionario|claves?(?:\s+de\s+respuestas)?|lösungen|lösungsbogen|antworten"
    r"|lösungsschlüssel|réponses|corrigés?|risposte|soluzioni|respostas|gabarito|ответы|ключи?|відповіді"
    r"|答案|参考答案|解答|正解|解答例|正答|(?:解答|正解|正答)[・と]?解説|정답(?:\s*(?:및|과|&)\s*(?:해설|풀이))?|الإجابات|الأجوبة|مفتاح\s+الإجابة|مفتاح\s+الإجابات|پاسخ[\u200c\s]?نامه|پاسخ[\u200c\s]?ها|کلید(?:\s+(?:پاسخ[\u200c\s]?ها|پاسخ|سوالات|سؤالات))?|odpowiedzi|antwoorden|svar|vastaukset"  # ('正答', '解答・解説': T25-2)
    r"|kunci(?:\s+jawaban)?(?:\s+(?:dan|&)\s+(?:pembahasan|evaluasi))?|pembahasan|(?:skema\s+)?jawapan|đáp\s+án|cevap\s+anahtarı"  # (Indonesian, Malay, Vietnamese, Turkish: U18)
    r"|memorandum|mark(?:ing)?\s*schemes?|model\s+answers?"  # (a Commonwealth paper's key: trial12 U97, U98)
    # (Turkish, Czech, Hungarian, Greek, Hebrew, Indonesian, Hindi, Uzbek, Tagalog, Swahili keys: trial16 T16-37)
    r"|cevaplar|odpovědi|válaszok|απαντήσεις|απαντησεις|תשובות|jawaban|उत्तर\s+कुंजी|उत्तरमाला|javoblar|sagot|majibu"
    # ('答案与解析' / '答案及解析' / '参考答案与解析': answers and explanations, the usual Chinese key heading, trial16 T16-12)
    r"|(?:参考)?答案(?:与|及|和|、)?(?:解析|详解|分析|说明)|(?:参考)?解答(?:与|及|和)?(?:解析|详解)"
    # (a German exam's usual key headings and the right answers in other languages; a heading in words not listed
    # is still a key when its entries show it, pattern.py's _shaped_key: trial24 T24-16)
    r"|musterlösung(?:en)?|lösungshinweise|lösungsvorschl(?:ag|äge)|lösungsblatt|lösungsteil|antwortschlüssel|auflösung(?:en)?"
    r"|(?:richtige|korrekte)\s+(?:antworten|lösungen)|bonnes\s+réponses|réponses\s+correctes|risposte\s+corrette"
    r"|respostas\s+corretas|soluções|правильные\s+ответы|facit|fasit|løsninger|lösningar|ratkaisut|oplossingen"
    r"|uitwerkingen|antwoordsleutel|antwoordmodel|correctiemodel|nakijkmodel|erwartungshorizont|juiste\s+antwoorden|klucz(?:\s+odpowiedzi)?|rozwiązania|poprawne\s+odpowiedzi|řešení"
    r"|정답\s*(?:및|과)\s*해설|解答(?:と|・)解説|เฉลย(?:คำตอบ)?"  # (Thai 'เฉลย': trial25 T25-13)
    # (a Spanish 'oposiciones' test's 'PLANTILLA DE RESPUESTAS', its answer sheet; the same in Portuguese, French, Italian:
    # T32-36)
    r"|plantilla(?:\s+de\s+(?:respuestas|correcci[oó]n))?|hoja\s+de\s+respuestas|folha\s+de\s+respostas"
    r"|grille\s+(?:de\s+)?(?:réponses|correction)|clés?\s+(?:du\s+test|des\s+réponses)|griglia\s+(?:delle\s+)?risposte"
    # (the plural, "answers", of the languages whose answer label ANSWER_WORDS knows (trial29 T29-55): a worksheet's
    # 'Răspunsuri:' over its numbered answers was no key, question 3 answered by the whole of it: trial37 T37-3)
    r"|r[ăa]spunsuri(?:le)?|rezolv[ăa]ri|barem(?:\s+de\s+(?:corectare|evaluare))?|solu[țţt]ii|отговори|одговори|решења"
    r"|odgovori|rje[šs]enja|re[šs]enja|re[šs]itve|odpovede|rie[šs]enia|atsakymai|atbildes|vastused|p[ëe]rgjigjet|respostes"
    r"|solucions|atebion|freagra[íi]|mga\s+sagot|amsoshi|жауаптар|хариулт|პასუხები|պատասխաններ|መልሶች"
    r"|விடைகள்|பதில்கள்|సమాధానాలు|జవాబులు|ಉತ್ತರಗಳು|ഉത്തരങ്ങൾ|જવાબો|ઉત્તરો)"
)
# the word a part of a test starts with ('Part A', 'Teil B', 'Parte II', 'Część 2'), in the languages deckc reads
PART_WORDS = (
    r"part|section|teil|abschnitt|parte|partie|sección|seção|sezione|część|czesc|часть|раздел|частина|deel|del|osa"
    r"|rész|phần|bagian|bahagian|bölüm|kısım|μέρος|bhaag|भाग"
)
# the word a chapter of a book or course starts with ('Chapter 3', 'Capítulo 1', 'Kapitel 2', 'Unit 4', 'Lesson 5')
CHAPTER_WORDS = (
    r"chapter|kapitel|capítulo|capitulo|chapitre|capitolo|capítol|rozdział|rozdzial|глава|розділ|hoofdstuk|kapittel|luku"
    r"|fejezet|chương|bab|unit|unidad|unité|unità|einheit|module|modul|módulo|modulo|lesson|lektion|lección|leçon|lezione"
    r"|lição|week|woche|semana|semaine"
)
# a part's or chapter's number: '2', 'B', 'II'
PART_NUMBER = r"(?:\d{1,2}|[A-H]|[IVX]{1,4})"
# a part's label before the key words, 'TEIL 2: LÖSUNGEN', 'Part B - Answers' (trial15 T15-7)
_PART_LEAD = rf"(?i:{PART_WORDS})\s*{PART_NUMBER}\s*[:.–—-]\s*"
# … or after them, 'Lösungen Teil A', 'Answers – Part B', 'Solucionario capítulo 2' (trial30 T30-2, T30-10)
_PART_TAIL = rf"(?:\s*[:,–—-]?\s*(?i:{PART_WORDS}|{CHAPTER_WORDS})\s+{PART_NUMBER}(?!\w))"
# A heading or line that starts an answer key: "# Answers", "Answer key", "**Solutions**".
# ('## Answers (Antworten)': a gloss in brackets after the words, trial11 P71)
# ('# WIRTSCHAFTS- UND SOZIALKUNDE - LÖSUNGEN': a heading may name the part its key is for before a dash or colon,
# trial15 T15-6; never with a number, as '### Frage 1 – Lösung' under each question is that question's answer)
# the answers of a whole part, named after it: 'Solutions to the exercises', 'Answers to Chapter 3 exercises',
# 'Respuestas de los ejercicios' (plural: 'Solution to (a)', 'Answer to question 3' answer one question; trial23 T23-40)
_KEY_FOR = (
    r"(?i:answers|solutions|respuestas|soluciones|réponses|lösungen|antworten|respostas|risposte|soluzioni|ответы|відповіді)"
    r"\s+(?i:to|for|of|a|al|a\s+los|a\s+las|de|de\s+los|de\s+las|del|zu|zur|zum|für|aux|des|du|dos|das|agli|ai|к|на|до)\s+[^\n#*_:.?!。？！]{1,50}?"
)
# the key of a numbered part of a course named before its words: '# Chapter 3 Quiz: Answers', '## Unit 2 Test – Solutions',
# '## Week 5 - Answers' (sitting 48: its answers were read as questions, none answered); a number after any other word
# stays out ('### Frage 1 – Lösung', '## Exercise 3 - Solution': that one question's answer)
_NUMBERED_PART = rf"(?:[^\W\d_][^\d\n#]{{0,30}}?\s)?(?i:{CHAPTER_WORDS}|quiz|test|exam|worksheet|homework|problem\s+set)\s*\d{{1,3}}(?!\d)"
# ('**Answer key:**', the colon inside the bold, as Word and Google Docs export it: trial23 T23-41)
# ('【答案】', '[정답]', '【解答】': the key's name in brackets, as East Asian papers print it: trial25 T25-7)
# (Persian 'پاسخنامه' (answer sheet), 'کلید', Arabic 'مفتاح الإجابة': trial25 T25-14)
ANSWER_KEY = rf"^\s{{0,3}}(?:#{{1,6}}\s*(?:(?:[^\W\d_][^\d\n#]{{0,58}}?|{_NUMBERED_PART}[^\d\n#]{{0,30}}?)(?:\s[-–—]|\s?:)\s+)?)?(?:[^\w\s*#_]{{1,3}}\s*)?(?:\*\*|__|\*(?!\*)|_(?!_))?(?:(?:[A-H]|\d{{1,2}}|[IVX]{{1,4}})[.)]\s+|{_PART_LEAD})?(?:(?i:{KEY_WORDS})|{_KEY_FOR}){_PART_TAIL}?(?:\s*[)\]】］〕〉>」』])?(?:\s*[(（][^()（）\n]{{1,30}}[)）])?(?:\s*[:：])?(?:\*\*|__|\*(?!\*)|_(?!_))?\s*[:：]?\s*$"

PRESETS: dict[str, PatternConfig] = {
    # Q: question / A: answer (also Q1. / A1. / A1:, Question: / Answer:, Question 3 / Answer:)
    "qa": PatternConfig(
        # Q: / Q1. / Question 3: / Q.1 / Q 1 (a worksheet's 'Q.1 What is …?')
        item=rf"^\s*{_Q_LABEL}(?:\s*[.-]?\s*(?P<number>\d+)(?:\s*[:.)]|(?=\s))|\s*[:.)]|\s*$)(?P<question>.*)$",
        # A: / A1: / A1. / A1) / Ans. / Answer. / Sol. / Solution: (not 'A.', an option's label; trial10 P29)
        # ('Ans)' / 'Answer)' too, as Indian exam papers label it: trial23 T23-44; never 'A)', an option's label)
        answer=rf"^\s*(?:{_A_LABEL}(?:\s*\d+\s*[:.)]|\s*:)|(?i:ans|answer|sol|solution)\s*[.)]|(?i:sol|solution)\s*:)(?P<answer>.*)$",
        question_end="line",
        section=_MD_HEADING,
        skip=[],
        stop=[],
        sequence=False,
    ),
    # 1. question / 1) question / Q1. question; the answer below (or after the '?')
    "numbered": PatternConfig(
        # ('(1) Write a shell script …', numbers in brackets: trial18 T18-33; '2.1) Where …?': a sub-question, its own item, trial11 P62; '- [ ] 1. Ich helfe ___': an exercise's box to tick it off, trial11 P71; '1．' / '1、' as Chinese papers number, U43; '1.（Topic）' with no space, L43; '⋆9. …', a starred challenge problem: trial18 T18-65)
        item=r"^\s{0,3}(?:[-*+][ \t]+\[ \][ \t]+)?(?:[⋆★☆✱✶]\s?)?(?:\*\*|__)?(?:(?i:q)\s*|\((?=\d{1,3}\)))?(?P<number>\d{1,4}(?:\.\d{1,3}(?=\)))?)(?:\*\*|__)?\s*(?:[.):](?:\*\*|__)?\s+|[.)](?=[（【「『\u3400-\u9fff])|[．）：、](?:\*\*|__)?\s*|(?<=[Qq]\d)[ \t]+|(?<=[Qq]\d\d)[ \t]+)(?P<question>\S.*)$",
        question_end="auto",
        section=_MD_HEADING,
        skip=[],
        stop=[],
        sequence=True,
    ),
    # the seed "20 Essential Q/A" page: 'N Question … ⚡ Level' then 'Answer: …'
    "essential": PatternConfig(
        item=r"^(?P<number>\d+)\s+(?P<question>\S.*)$",
        answer=r"^\s*(?i:answer)\s*:(?P<answer>.*)$",
        question_end="line",
        section=r"^(?P<section>.*\S)\s*[:—–-]\s*\d+\s+(?i:(?:interview\s+)?(?:questions|q\s*/\s*a|q&a))\b",
        level=r"(?:(?:\s+[^\w\s]+)+|(?<=[.?!)]))\s+(?P<level>[A-Z][a-z]+)\s*$",
        stop=[r"^(?=.{0,80}$)(?i:.*\bcheat[\s-]*sheet\b)[^.!?]*$"],
        skip=[],
        sequence=True,
        format="text",
        choices=False,
    ),
}

DECLARATIVE = frozenset([*PRESETS, "pattern"])


class Layout(BaseModel):
    """A declarative layout fully resolved: a preset with the source's own keys over it."""

    model_config = ConfigDict(frozen=True)

    name: str
    item: str
    answer: str | None = None
    question_end: Literal["line", "?", "auto"] = "auto"
    section: str | None = None
    level: str | None = None
    start: str | None = None
    key: str = ANSWER_KEY
    skip: list[str] = Field(default_factory=list)
    stop: list[str] = Field(default_factory=list)
    sequence: bool = False
    format: Literal["text", "markdown", "code"] | None = None  # "code": each answer one code block (a cheat sheet's commands)
    choices: bool = True
    page_title: Literal["section", "skip"] = "skip"


def resolve(name: str, own: PatternConfig | None) -> Layout | None:
    """The layout ``name`` (a preset or ``pattern``) with ``own`` over it; None without an item pattern."""
    base = PRESETS.get(name, PatternConfig())
    merged = own.over(base) if own is not None else base
    data = merged.model_dump(exclude_none=True)
    if not data.get("item"):
        return None
    return Layout(name=name, **data)
