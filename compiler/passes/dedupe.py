"""Dedupe pass: find questions several sources (or one source twice) ask, and group them.

1. **Candidates.**  Every question is embedded (MiniLM, see
   :mod:`compiler.similarity`); pairs whose question-only cosine reaches
   ``candidate_floor`` and that are among one of the two questions'
   ``candidate_neighbours`` nearest are found block by block (one block ×
   n similarities in memory at a time); each question's neighbours from an
   earlier build are reused from a cache keyed by the texts' hashes, so a
   rebuild compares only new texts, with the result of a full search.
   The caches are written by :meth:`Report.persist`, which a build calls
   only after its outputs are in place (a failed build writes nothing).
2. **Score.**  For candidates, question + answer and the answer alone are
   embedded as well (the answer alone only where an exact bound says the
   score can matter, see :func:`_score`); the score is the probability from a small logistic
   combiner over the three cosines, word overlaps and question intent
   (:mod:`compiler.pairscore`, coefficients fitted offline on labeled pairs).
   A question worded almost identically (question cosine ≥
   ``same_question``, and neither question adds words of its own) scores at
   least its question cosine: sources answer one question at different lengths.
3. **Decide.**  Per pair, in this order: a human decision (``merge`` /
   ``keep_apart`` in ``content/decisions.toml``); the contrast guard (the two
   questions name different sibling terms: SGD vs Adam, L1 vs L2,
   overfitting vs underfitting) keeps them apart — but a guarded pair whose
   questions are near-identical (≥ ``guard_suggest``), or that scores at
   least ``auto_merge`` (the score alone would merge it), is listed as a
   suggestion, so a reviewer sees it (near-identical wording lists a pair
   below ``suggest`` only when the guard keeps it apart; one text asked k
   times is k - 1 suggestions); two items of one document (or of one folder
   of one-question files, :func:`_documents`) are only
   suggested (a document rarely asks the same thing twice on purpose) unless
   they ask it in the same words (question cosine ≥ ``same_question`` and
   neither question adds a word): that is one card written twice;
   score ≥ ``auto_merge`` merges; score ≥ ``suggest`` is listed for a
   decision.  Two quizzes keyed to different answers
   (:func:`compiler.pairscore.answers_differ`) are never merged
   automatically: listed when the score alone would merge them, else kept
   apart, with the two correct options as the reason.  A multiple-choice
   quiz and an open question (two exercises) and two statement headings of
   two documents ('Death' of two biography pages) are only suggested
   (learner L25, L38).  So are two items
   asked about different passages ("What would be the output of following
   code?" over two programs).  A question mostly in a script the English
   model cannot read (CJK, Cyrillic, …) is scored by its characters
   (:class:`Wording`) and merged automatically only when worded the same.
4. **Group.**  Decided merges first, then automatic ones by descending
   score.  The guard judges the pair itself; an automatic merge that would
   put two *other* items in one note that are kept apart, guarded or from one
   document is refused too (so transitivity cannot sneak SGD into Adam's
   note), and the pair is listed as a suggestion naming the two items.  An
   item a human merge placed is exempt from that guard check: the decision
   says its note covers that question.

Groups keep their items in source order (config order, then line); the notes
pass chooses the front question and the GUID anchor from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from compiler.decisions import DECISIONS_NAME, Decision, Decisions, DedupeSettings, Guard
from compiler.diagnostics import Diagnostics
from compiler.model import (
    BlockKind,
    Item,
    ItemKind,
    card_content,
    case_styled,
    normalize_text,
    other_meaning,
    spelled_apart,
)
from compiler.pairscore import (
    CHAR_CANDIDATE,
    CHAR_SUGGEST,
    DIFFERENT_ANSWERS,
    FAMILY,
    OTHER_FACT,
    PAGES_APART,
    SHORT_ANSWER_CHARS,
    SPECIFIC_WORDS,
    STATEMENTS,
    TERM_WORDS,
    Families,
    added_condition,
    answers_differ,
    beyond_model,
    built_in_contrast,
    character_contrast,
    clozes_differ,
    content_words,
    names_described,
    other_terms,
    other_words,
    page_subject,
    plain_math,
    question_words,
    quiz_and_recall,
    short_answers_differ,
    states_only,
    subject_order,
    subject_words,
    thing_contrast,
    unread_words,
    word_order,
)
from compiler.sourcefiles import PACKAGE_SUFFIXES, SHEET_SUFFIXES
from compiler.sources.converted import BANK_SUFFIXES, MOCHI_SUFFIXES
from compiler.sources.lines import refers_back
from compiler.sources.suggest import one_topic
from compiler.sources.truefalse import judged

if TYPE_CHECKING:
    from compiler.lock import Lock
    from compiler.pairscore import CharVocabulary, Combiner
    from compiler.similarity import TextEmbedder

Progress = Callable[[str], None]

MERGED_AUTO = "merged-auto"
MERGED = "merged"  # by a decision
SUGGESTED = "suggested"
KEPT_APART = "kept-apart"
CONTRAST = "contrast"  # how the reason of a pair the contrast guard keeps apart starts ("contrast (different numbers: 1 / 2)")
_OF_A_FAMILY = f"{CONTRAST} ({FAMILY}"  # (pairscore.Families.contrast)
_TOLD_BY_LABEL = (f"{CONTRAST} (different numbers", f"{CONTRAST} (different letters")  # (pairscore.built_in_contrast)
STATUS_ORDER = (MERGED, MERGED_AUTO, SUGGESTED, KEPT_APART)


@dataclass
class Pair:
    """Two items that look alike, with what was decided about them and why."""

    a: Item
    b: Item
    score: float  # probability that the two ask the same question (see compiler.pairscore)
    question_sim: float
    status: str = SUGGESTED
    reason: str = ""
    features: dict[str, float] = field(default_factory=dict)  # the combiner's inputs, for `deckc dupes --json`
    evidence: str = ""  # the features that moved the score most, for `deckc dupes`


@dataclass
class Report:
    """What `deckc dupes` lists: every candidate pair at or above the suggestion threshold and every decided pair."""

    pairs: list[Pair] = field(default_factory=list)
    groups: list[list[Item]] = field(default_factory=list)
    settings: DedupeSettings = field(default_factory=DedupeSettings)
    writers: list[Callable[[], None]] = field(default_factory=list)

    def persist(self) -> None:
        """Write the embedding and pair caches; the build calls it only after its outputs are in place."""
        for write in self.writers:
            write()


class _Groups:
    """Union-find over item indices that keeps the member lists (groups are small)."""

    def __init__(self, n: int) -> None:
        self.root = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        while self.root[i] != i:
            self.root[i] = self.root[self.root[i]]
            i = self.root[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return
        if ri > rj:
            ri, rj = rj, ri
        self.root[rj] = ri
        self.members[ri].extend(self.members.pop(rj))


def _two_terms(a: Item, b: Item) -> bool:
    """Whether two items are two terms for sure: their fronts name different things (:func:`other_terms`), their answers
    share no content word, and neither front is the other's answer (a card and its reverse, 'ser' / 'to be', are no
    two terms)."""
    if not other_terms(a, b):
        return False
    qa, qb = content_words(a.question), content_words(b.question)
    ta, tb = content_words(a.answer_plain()), content_words(b.answer_plain())
    return bool(ta and tb and qa and qb) and not (ta & tb) and not qa <= tb and not qb <= ta


def _asked(item: Item) -> str:
    """What the front asks: the question, after the code or passage set before it (its stimulus), so
    "What's the output?" over two different programs are two questions."""
    shown = [b for b in item.stimulus if not b.hint()]  # (a hint helps answer, it asks nothing: T29-6)
    if not shown:
        return item.question
    return "\n".join([*(b.plain() for b in shown), item.question])


def _text_for_answer(item: Item) -> str:
    return f"{_asked(item)}\n{item.answer_plain() or item.cloze or ''}"


def _answer_only(item: Item) -> str:
    from compiler.pairscore import answer_text

    return answer_text(item) or item.question


def _decided(decisions: list[Decision], index: dict[str, int], diag: Diagnostics) -> list[tuple[list[int], Decision]]:
    out = []
    for d in decisions:
        found = []
        for key in d.items:
            if key in index:
                found.append(index[key])
            else:
                diag.warning(
                    DECISIONS_NAME,
                    d.line,
                    f"decision names unknown item {key!r}",
                    "the item was renamed or removed: update the id (see `deckc dupes` or build/<deck>.json) or delete the entry",
                )
        if len(found) >= 2:
            out.append((sorted(set(found)), d))
    return out


PUBLISHED_APART = ("each is published as a note of its own (deckc.lock): merging them retires one, "
                   "with its reviews; to merge, add the [[merge]]")
OTHER_ANSWERS = "the same words twice over different answers: two questions, check"
ELSEWHERE = ("a question about material it does not hold ('the following code', 'the table below') over different "
             "answers: two questions, check")
OTHER_ORDER = "the same words in another order: two questions, check"
OTHER_SECTIONS = "the same words twice under two headings ({} / {}): two questions, check"  # (never 'over different
# answers' when the answers are the same: one bank's true/false question in two lessons' quizzes, trial60 T60-5)
OTHER_WORDS = "other words"  # how the reason of two questions differing in a word starts
# a question asked of material it does not hold: "the output of following code", "the table below", "this program"
_POINTS_ELSEWHERE = re.compile(
    r"\b(?:following|below|above|given|this|these)\b(?:\s+\w+){0,2}?\s+(?:code|program|snippet|script|function|query|"
    r"table|figure|image|diagram|graph|chart|listing|example|passage|text|output|statement|expression|class|method)s?\b"
    r"|\b(?:code|program|snippet|script|query|table|figure|listing|passage)\s+(?:below|above)\b"
    r"|\bthe following\s*[:?]?\s*$",
    re.I,
)
_PART = re.compile(r"^\s*\(?([a-z]|[ivx]{1,4}|\d{1,2})\)\s", re.I)  # "(a) …", "b) …", "(iii) …": a part of an exercise


def _part_label(question: str) -> str:
    """The part label a question opens with ("(a) Enzyme saturation" -> "a"), or ""."""
    m = _PART.match(question)
    return m.group(1).lower() if m else ""
_BRACKETED_READING = re.compile(r"[(（\[【][^()（）\[\]【】\n]*[)）\]】]")


def front_script(text: str) -> str:
    """The script most of a front's letters are written in ('hangul', 'arabic', 'cjk' for Chinese characters and kana,
    'latin', 'cyrillic' …), or "" for a front without letters."""
    import unicodedata

    # (a reading in brackets is the word's spelling in another script, never its own: '谢谢 (xièxie)' is Chinese, sitting 57)
    bare = _BRACKETED_READING.sub(" ", text)
    text = bare if any(ch.isalpha() for ch in bare) else text
    counts: dict[str, int] = {}
    for ch in text:
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "").split(" ", 1)[0].lower()
        script = "cjk" if name in ("cjk", "hiragana", "katakana") else name
        if script:
            counts[script] = counts.get(script, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else ""


def other_scripts(a: str, b: str) -> str:
    """Why two fronts are words of two languages: written in two scripts, neither Latin (a word list's 'hangul' and
    another's 'arabic'), or ""."""
    sa, sb = front_script(a), front_script(b)
    if sa and sb and sa != sb and "latin" not in (sa, sb):
        return f"{OTHER_LANGUAGES} ({sa} / {sb} script): each keeps its card"
    return ""


SAME_SHORT_ANSWER = ("the same short answer {!r} in two documents, in words the model cannot read: listed below "
                     "suggest, check")
CLOSEST = "below suggest, listed as the closest match in another document: check"
SAME_SOURCE = "same source"  # one document's two questions in other words: suggested from suggest_same_source
# a question and the cards filed under it (the topic cards split from its long answer, the sub-questions under its
# heading): one card asks the whole, the others its parts, by construction: never candidates (T31-72)
UNDER_QUESTION = "one is filed under the other's question (or both under one question) in one document"
# two notes of one Anki package (or export) with their own GUIDs: its author made them two notes (a sentence clozed
# twice with other translations, one word asked twice in two senses), so deckc keeps them two, nothing to decide
AUTHORS_NOTES = "two notes of one package, kept apart by their author (each has its own GUID)"
# two terms of one list (a glossary, a numbered list of terms, one section's term cards) in one document, defined
# otherwise: its author lists them as two things (trial59 T59-7: 'Intermittent Fever' / 'Constant Fever', 'complete truth
# table' / 'satisfiability' were a real deck's likeliest pairs to decide); listed after the pairs to decide
SIBLING_TERMS = "two terms of one list in one document, defined otherwise: each keeps its card"
SIBLINGS_MIN = 3  # terms in a row, at least, that make a list of them
SAME_FOLDER = "one-question files of one folder (one collection, as one document): suggested, not merged"
DIFFERENT_PASSAGE = "different code or passage before the question"  # how the reason for two such items starts
# a question about the code or passage it shows and one that shows none: "What will the console log in this
# example?" over a snippet is an exercise on it, "How does hoisting work in JavaScript?" the concept (trial28 T28-1)
ONE_PASSAGE = f"{DIFFERENT_PASSAGE}: one question is asked about code or a passage, the other shows none"
BEYOND_MODEL = ("written mostly in a script the model cannot read: compared by their characters, "
                "merged automatically only when worded the same")
UNREAD = "they differ in words the model cannot read"  # how the reason for such a pair starts (trial11 P110)
OTHER_LANGUAGES = "documents in two languages"  # how the reason for such a pair starts
TELLING_WORDS = 8  # words an answer needs before its language tells one question in the same words apart
LIKELY_SAME = 0.5  # a score from which one question is likelier than two (dupes_report.LIKELY)
# reasons that tell two questions apart for sure: below `suggest`, such a pair is no item's closest match worth a look
_TWO_FOR_SURE = (DIFFERENT_ANSWERS, DIFFERENT_PASSAGE, OTHER_LANGUAGES, AUTHORS_NOTES, PAGES_APART, OTHER_WORDS, OTHER_ORDER)
_CODE_SPANS = re.compile(r"`[^`]*`")
_LETTERS = re.compile(r"[^\W\d_]")
STATED_APART = (f"{STATEMENTS} ({{}} of two documents: each is about its own page's "
                "subject, which the front does not name): suggested, not merged")
# (a front a sheet's row or a deck's note asks about: 'Ukraine' of a capitals sheet and of a deck of country notes)
WORDS_APART = (f"{STATEMENTS} ({{}} of two documents: each may ask its own thing of it, a column or field the "
               "front does not name): suggested, not merged")
# the files whose items are records (a sheet's rows, a deck's notes, a bank's entries), never headings
RECORD_SUFFIXES = (*SHEET_SUFFIXES, *PACKAGE_SUFFIXES, *BANK_SUFFIXES, *MOCHI_SUFFIXES)


TEMPLATE_HEADINGS = 3  # headings that ask nothing two pages share from which they are written to one template
SERIES_PAGES = 4  # pages on as many subjects with one heading that asks nothing, from which it is a series' section


def _title_of(item: Item, titles: Mapping[str, str]) -> str:
    """The title of an item's page as a reason quotes it (its file's name when it has none)."""
    title = " ".join((item.origin or titles.get(item.source, "") or PurePosixPath(item.locator.file).stem).split())
    return title if len(title) <= 60 else title[:59].rstrip() + "…"


# a line that is a heading as written: Markdown's '#', AsciiDoc's '=', Org's '*', a bold line alone, or underlined
_HEADING_LINE = re.compile(r"^[ ]{0,3}(?:#{1,6}|={1,6}|\*{1,6})[ \t]+\S|^[ \t]*(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t]*:?[ \t]*$")
_UNDERLINE = re.compile(r"^[ \t]*(?:=+|-+|~+|\^+)[ \t]*$")


def _headed(item: Item) -> bool:
    """Whether the item's front is its page's heading as written (or the page reads as questions under headings), not
    an entry of a list or a line of a vocabulary page ('das Schwein — the pig': a word, sitting 57; the reason called it
    'the heading')."""
    lines = [line for line in item.original.splitlines() if line.strip()]
    if not lines:
        return True
    return bool(_HEADING_LINE.match(lines[0])) or (len(lines) > 1 and bool(_UNDERLINE.match(lines[1])))


def _named(a: Item, b: Item) -> tuple[str, bool]:
    """Two statement fronts as a reason quotes them, each named as what it is: a page's heading, or the word a sheet's
    row or a deck's note asks about (trial48 T48-14: 'the heading Ukraine' of a sheet row and a deck note); and whether
    one is such a word."""
    x, y = (" ".join(i.question.split())[:40] for i in (a, b))
    kinds = ["word" if Path(i.locator.file).suffix.lower() in RECORD_SUFFIXES or not _headed(i) else "heading" for i in (a, b)]
    if kinds[0] != kinds[1]:
        return f"the {kinds[0]} '{x}' / the {kinds[1]} '{y}'", True
    return (f"the {kinds[0]} '{x}'" if x == y else f"the {kinds[0]}s '{x}' / '{y}'"), "word" in kinds


def stated_apart(a: Item, b: Item) -> str:
    """The reason two statement fronts of two documents stay two cards, quoting the pair's own fronts ('Technical'
    of two Security+ notes; it said 'Death', another deck's example, on every pair: trial44 T44-12)."""
    named, word = _named(a, b)
    return (WORDS_APART if word else STATED_APART).format(named)


# a picture as the source writes it: Markdown, HTML, an Obsidian embed
_PICTURE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)|<img\b[^>]*?\bsrc\s*=\s*[\"']([^\"']+)|!\[\[([^\]|#]+)", re.I)


def _passage(item: Item) -> str:
    """The passage a question is asked about (its stimulus, whitespace aside).  A picture the build could not
    find shows as its alt text, the same on every card ("[image: flag]"), so the file names the source
    gives are added: "Which country has this flag?" over fr.png and it.png are two questions, found or not
    (trial11 P111: four such cards were one note while the pictures were missing, four once copied)."""
    passage = " ".join(" ".join(b.plain() for b in item.stimulus if not b.hint()).split())
    if "[image" in passage:
        named = sorted({next(g for g in m.groups() if g) for m in _PICTURE.finditer(item.original)})
        passage += "".join(f" [picture {name}]" for name in named)
    return passage


# a unit after a number, in the words and scripts answers write it, as its symbol: '3776メートル' and '3776 m' are one
# answer (trial30 T30-17: the pair was not even listed); longest spellings first
_UNITS = {
    "km": ("kilometres", "kilometers", "kilometre", "kilometer", "キロメートル", "킬로미터", "公里", "千米", "км"),
    "cm": ("centimetres", "centimeters", "centimetre", "centimeter", "センチメートル", "센티미터", "厘米", "см"),
    "mm": ("millimetres", "millimeters", "millimetre", "millimeter", "ミリメートル", "밀리미터", "毫米", "мм"),
    "m": ("metres", "meters", "metre", "meter", "メートル", "미터", "米", "м"),
    "kg": ("kilograms", "kilogram", "kilos", "キログラム", "킬로그램", "公斤", "千克", "кг"),
    "g": ("grams", "gram", "グラム", "그램", "克", "г"),
    "l": ("litres", "liters", "litre", "liter", "リットル", "리터", "升", "л"),
    "yen": ("円",),
    "won": ("원",),
    "percent": ("パーセント", "퍼센트", "%", "％"),
}
_UNIT_AFTER_NUMBER = re.compile(
    r"(?<=\d)\s*(" + "|".join(sorted((w for ws in _UNITS.values() for w in ws), key=len, reverse=True)) + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_UNIT_OF = {w: unit for unit, ws in _UNITS.items() for w in ws}


def normalized_answer(item: Item) -> str:
    """An item's answer as its characters are compared (normalized, one space between words, a unit after a
    number as its symbol)."""
    text = " ".join(item.answer_plain().split())
    if any(c.isdigit() for c in text):
        text = _UNIT_AFTER_NUMBER.sub(lambda m: " " + _UNIT_OF[m.group(1).lower()], text)
    return normalize_text(text)


def answers_comparable(a: str, b: str) -> bool:
    """Both answered and one answer short (:data:`compiler.pairscore.SHORT_ANSWER_CHARS` letters): what two
    answers in a script the model cannot read say by their characters alone."""
    return bool(a.strip() and b.strip()) and min(len(a.replace(" ", "")), len(b.replace(" ", ""))) <= SHORT_ANSWER_CHARS


class Wording:
    """What the embedding cannot judge about two items, from their texts alone.

    - the passage (code, text) a question is asked about: "What would be the output of following
      code?" over two programs is two questions, however alike the words;
    - questions beyond the model (mostly in a script it cannot read, :func:`compiler.pairscore.beyond_model`):
      compared by their characters instead (:class:`compiler.pairscore.CharVocabulary`), and never
      merged automatically unless their normalized texts are the same;
    - so are two readable questions whose words in such a script differ (:func:`compiler.pairscore.unread_words`:
      "इक् Which sounds does this pratyāhāra denote?" / "एङ् Which sounds …", trial11 P110).
    """

    def __init__(self, items: list[Item]) -> None:
        self.question = [normalize_text(item.question) for item in items]
        self.passage = [_passage(item) for item in items]
        self.beyond = [beyond_model(item.question) for item in items]
        self.unread = [unread_words(item.question) for item in items]
        self.words = [question_words(item.question) for item in items]
        self._chars: CharVocabulary | None = None
        self._unread_chars: CharVocabulary | None = None
        self._items = items
        self._answer_list: list[str] | None = None  # made on first use: most decks never compare answers by characters
        self._answer_chars: CharVocabulary | None = None

    @property
    def _answers(self) -> list[str]:
        if self._answer_list is None:
            self._answer_list = [normalized_answer(item) for item in self._items]
        return self._answer_list

    @property
    def chars(self) -> CharVocabulary:
        if self._chars is None:
            from compiler.pairscore import CharVocabulary

            self._chars = CharVocabulary(self.question)
        return self._chars

    @property
    def unread_chars(self) -> CharVocabulary:
        """The character overlap of the unread words alone (what the model cannot see of a readable question)."""
        if self._unread_chars is None:
            from compiler.pairscore import CharVocabulary

            self._unread_chars = CharVocabulary([" ".join(sorted(words)) for words in self.unread])
        return self._unread_chars

    @property
    def answer_chars(self) -> CharVocabulary:
        """The character units of the answers, IDF over the build's answers (what two answers share)."""
        if self._answer_chars is None:
            from compiler.pairscore import CharVocabulary

            self._answer_chars = CharVocabulary(self._answers)
        return self._answer_chars

    def answers_agree(self, i: int, j: int) -> float | None:
        """How much of the shorter answer the other holds, by characters (0 to 1), when one is short enough to
        compare (:func:`answers_comparable`); else None."""
        if not answers_comparable(self._answers[i], self._answers[j]):
            return None
        return round(self.answer_chars.held(i, j), 4)

    def same_short_answers(self, rows: list[int], doc: list[str], most: int) -> set[tuple[int, int]]:
        """Pairs (i < j) of ``rows`` in two documents answered with the same short answer ('세종대왕' twice):
        two people's wordings of one question in a script the model cannot read may share no character
        ('한글을 만든 왕은 누구입니까?' / '훈민정음을 창제한 임금은?', trial28 T28-30), the answer is what they share.
        An answer more than ``most`` items give ('O', 'yes') says nothing."""
        holders: dict[str, list[int]] = {}
        for i in rows:
            if answers_comparable(self._answers[i], self._answers[i]):
                holders.setdefault(self._answers[i], []).append(i)
        return {
            (i, j) for held in holders.values() if 1 < len(held) <= most
            for i in held for j in held if i < j and doc[i] != doc[j]
        }

    def same_answer_text(self, i: int, j: int) -> bool:
        """The same answer in the same words (case, punctuation and spacing aside): one card loses nothing."""
        return bool(self._answers[i]) and self._answers[i] == self._answers[j]

    NEARLY_SAME = 0.95  # share of the answers' words in common (in order) from which two answers are one text edited

    def nearly_same_answer_text(self, i: int, j: int) -> bool:
        """The same answer but for a word or two (a page copied and touched up: a fork of a cheat sheet, a mirror that
        fixed a typo): what :meth:`same_answer_text` says, for an edited copy. Words in order, so two answers of the
        same words rearranged or a list answered otherwise stay two."""
        import difflib

        a, b = self._answers[i].split(), self._answers[j].split()
        if not a or not b or min(len(a), len(b)) < self.NEARLY_SAME * max(len(a), len(b)):
            return False
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= self.NEARLY_SAME

    GLOSS_WORDS = 6  # words at most of an answer's first block that is a word list's gloss ('the library')

    def same_gloss(self, i: int, j: int) -> bool:
        """The same short first block of the answer (a word list's gloss, 'the library'), whatever follows it in one of
        them: a word of two lists, one with a notes column ('Remarque: != la librairie'), is one card (trial41: 'la
        bibliothèque' was suggested at 1.00, 'la gare' of the same two lists merged)."""
        a, b = self._items[i].answer, self._items[j].answer
        if not a or not b:
            return False
        ta, tb = normalize_text(a[0].plain()), normalize_text(b[0].plain())
        return bool(ta) and ta == tb and len(ta.split()) <= self.GLOSS_WORDS

    def same_short_answer(self, i: int, j: int) -> bool:
        return self._answers[i] == self._answers[j] and answers_comparable(self._answers[i], self._answers[j])

    def same_passage(self, i: int, j: int) -> bool:
        return self.passage[i] == self.passage[j]

    def alike(self, i: int, j: int) -> bool:
        """Over the same passage, in words that are the same but for function words and spelling: what the
        same-wording rule may call one question (:func:`compiler.pairscore.other_words`)."""
        return self.same_passage(i, j) and not other_words(self.words[i], self.words[j])

    def same_text(self, i: int, j: int) -> bool:
        """The same question in the same words (case, punctuation and markers such as ⭐️ aside), over the same passage."""
        return self.question[i] == self.question[j] and self.same_passage(i, j)

    def one_name(self, i: int, j: int) -> bool:
        """Both fronts are the same one word that asks nothing (:func:`_lone_name`: 'A' of two chords' rows), which the
        content-word count reads as nothing when it is a function word too: a name, so one card as 'C' twice is."""
        return self.question[i] == self.question[j] and _lone_name(self._items[i].question) and self.same_passage(i, j)

    def foreign(self, i: int, j: int) -> bool:
        """One of the two questions is beyond the model, or they differ in words it cannot read."""
        return self.beyond[i] or self.beyond[j] or self.unread[i] != self.unread[j]

    def why_foreign(self, i: int, j: int) -> str:
        """Why a pair :meth:`foreign` is not merged automatically (its texts differ)."""
        if self.beyond[i] or self.beyond[j]:
            return BEYOND_MODEL
        a, b = (" ".join(sorted(self.unread[k] - self.unread[other])) or "—" for k, other in ((i, j), (j, i)))
        return f"{UNREAD} ({a!r} / {b!r}): compared by their characters, merged automatically only when worded the same"

    def by_characters(self, i: int, j: int) -> float:
        """The score of a pair beyond the model: 1 for the same text, else the character overlap (of two
        readable questions, that of their unread words: the rest is the same to the model, which scores it)."""
        if self.same_text(i, j):
            return 1.0
        if self.beyond[i] or self.beyond[j]:
            q = self.chars.overlap(i, j)
            agree = self.answers_agree(i, j)
            # the answers are half the evidence a reader has: 'capital of Thailand?' / 'capital of Laos?' share
            # most characters, their answers none (trial28 T28-5); 'how many provinces?' asked two ways is
            # answered '77 จังหวัด' twice.  Questions weigh double: two questions may share a short answer
            return round(q if agree is None else (2 * q + agree) / 3, 4)
        return round(self.unread_chars.overlap(i, j), 4)


@dataclass
class Scored:
    """Every candidate pair with its features and score: what step 3 decides on.

    Kept apart from the decisions so the bench can rescore the same pairs with a
    refitted combiner (:meth:`with_model`) and decide again at other thresholds
    without embedding or comparing anything twice.
    """

    items: list[Item]
    qsim: dict[tuple[int, int], float]  # candidate pairs (i < j) -> question cosine
    features: Mapping[tuple[int, int], dict[str, float]]  # a dict, or compiler.pairtable.FeatureRows
    scores: dict[tuple[int, int], float]
    settings: DedupeSettings
    extra: Callable[[int, int], dict[str, float]]  # features of a decided pair that is no candidate
    model: Combiner
    writers: list[Callable[[], None]] = field(default_factory=list)
    terms: dict[tuple[str, int], list[frozenset[str]]] = field(default_factory=dict)  # guard terms, per guard list
    wording: Wording | None = None  # passages and scripts (computed from the items when not given)

    def __post_init__(self) -> None:
        if self.wording is None:
            self.wording = Wording(self.items)

    @property
    def said(self) -> Wording:
        assert self.wording is not None
        return self.wording

    def probability(self, i: int, j: int, x: dict[str, float], model: Combiner | None = None) -> float:
        """The score of a pair (:func:`_pair_probability`)."""
        return _pair_probability(self.said, model or self.model, x, self.qsim.get((i, j), 0.0), self.settings, i, j)

    def score_of(self, i: int, j: int) -> tuple[float, dict[str, float], str]:
        """Score, features and evidence of a pair (a decided pair that is no candidate is scored now)."""
        x = self.features.get((i, j)) or self.extra(i, j)
        if not x:
            return 0.0, {}, ""
        q = self.qsim.get((i, j), 0.0)
        p = self.scores[(i, j)] if (i, j) in self.scores else self.probability(i, j, x)
        evidence = self.model.reasons(x)
        if self.said.foreign(i, j):
            agree = self.said.answers_agree(i, j) if self.said.beyond[i] or self.said.beyond[j] else None
            weighed = "" if agree is None else f": questions {self.said.chars.overlap(i, j):.2f} twice, answers {agree:.2f} once"
            evidence = f"characters {p:.2f}{weighed} (words the model cannot read: its q and features mean little)"
        elif _same_wording(x, q, self.settings, self.said.alike(i, j)) and p == round(q, 4):
            evidence = f"{wording(self.items[i], self.items[j], q)}; {evidence}"
        return p, x, evidence

    def with_model(self, model: Combiner) -> Scored:
        """The same pairs scored by another combiner (the bench's refits)."""
        scores = {pair: self.probability(*pair, x, model) for pair, x in self.features.items()}
        return Scored(self.items, self.qsim, self.features, scores, self.settings, self.extra, model, self.writers,
                      self.terms, self.wording)


def _lone_name(question: str) -> bool:
    """A front that is one word and asks nothing, a letter or a number among them ('A', 'E7', 'C#'): a name of what the
    back describes, whatever a list of function words says of it (a chord 'A' is no article)."""
    text = question.strip()
    return bool(text) and len(text.split()) == 1 and not text.endswith(("?", "？", "؟")) and len(text) <= 24


def _same_wording(
    x: dict[str, float], q: float, settings: DedupeSettings, same_passage: bool | Callable[[], bool] = True
) -> bool:
    """Asked in the same words and answered alike: the questions' cosine reaches ``same_question``,
    neither adds a content word, they share one the model reads (a script MiniLM cannot read embeds
    as unknown tokens, so '什么是闭包？' and '返回值是什么？' look identical), and question + answer
    reach ``same_wording_answers``; and the two ask about the same passage: "What would be the output of
    following code?" over two programs is two questions, whatever the cosines.  ``same_passage`` may be a
    function, asked last (:meth:`Wording.alike` compares the words of two questions: most candidate pairs
    of a build fail the cosines first, and a one-edit build scores every pair again)."""
    return (
        q >= settings.same_question and x["swap"] == 0 and x["words"] > 0
        and x["qa"] >= settings.same_wording_answers
        and (same_passage() if callable(same_passage) else same_passage)
    )


def wording(a: Item, b: Item, q: float) -> str:
    """What the same-wording rule saw in two questions, honestly: "same wording" only when their words
    are the same (case and punctuation aside), else the words that differ — "In the … model" and
    "According to the … model" pass the rule (neither adds a content word, cosine 0.996), yet are
    not worded the same."""
    shown = f"{q:.3f}" if round(q, 2) == 1.0 and q < 1.0 else f"{q:.2f}"  # 0.996 is not 1.00
    listed = differing(a, b)
    return f"near-identical wording (q {shown}; differs only in {listed})" if listed else f"same wording (q {shown})"


def differing(a: Item, b: Item) -> str:
    """The words two questions differ in, the first two places: '"Celsius" vs "Fahrenheit"', or words one of them has
    and the other lacks: '"link" in one only' (never '"—" vs "link"': trial51 T51-14); '' when none."""
    import difflib
    import re

    def words(item: Item) -> list[str]:
        return re.findall(r"\w+(?:['’]\w+)*", _asked(item))

    wa, wb = words(a), words(b)
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in wa], b=[w.lower() for w in wb], autojunk=False)
    changes = [
        f'"{x}" vs "{y}"' if x and y else f'"{x or y}" in one only'
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
        for x, y in [(" ".join(wa[i1:i2]), " ".join(wb[j1:j2]))]
    ]
    return "; ".join(changes[:2]) + ("; …" if len(changes) > 2 else "")


def _pair_probability(
    said: Wording, model: Combiner, x: dict[str, float], q: float, settings: DedupeSettings, i: int, j: int
) -> float:
    """The score of a pair: the combiner's (a near-identical wording over the same passage at least its
    question cosine), or for a question beyond the model its character overlap; for two readable questions
    that differ in words the model cannot read, the smaller of the combiner's score and those words' overlap."""
    if said.one_name(i, j):
        x = {**x, "words": 1.0}  # (a one-word name twice, 'A': its word counts, whatever a list of function words says)
    if said.same_text(i, j) and said.same_answer_text(i, j) and x["words"] == 0:
        return 1.0  # ('`>=`' of about.md and introduction.md, the same row: nothing the model reads, the same characters, T29-11)
    if said.foreign(i, j):
        p = said.by_characters(i, j)
        if said.beyond[i] or said.beyond[j] or p == 1.0:
            return p
        return min(p, _probability(model, x, q, settings, lambda: said.alike(i, j)))  # both must find them alike
    return _probability(model, x, q, settings, lambda: said.alike(i, j))


def _probability(
    model: Combiner, x: dict[str, float], q: float, settings: DedupeSettings, same_passage: bool | Callable[[], bool] = True
) -> float:
    """The combiner's score; a question worded almost identically (over the same passage) scores at least its cosine."""
    p = model.probability(x)
    if _same_wording(x, q, settings, same_passage) and q > p:
        p = q
    return round(p, 4)


def run(
    items: list[Item],
    settings: DedupeSettings,
    decisions: Decisions,
    diag: Diagnostics,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    embedder: TextEmbedder | None = None,
    combiner: Combiner | None = None,
    collect: list[tuple[str, str, dict[str, float]]] | None = None,
    lock: Lock | None = None,
    titles: Mapping[str, str] | None = None,
) -> tuple[list[list[Item]], Report]:
    """Group items that ask the same question; return the groups (in source order) and the report.

    ``titles``: each source's title (source id -> title): two pages on two subjects ('Array cheatsheet', 'Graph
    cheatsheet') keep their alike headings apart (:func:`decide`); without it the pages' subjects are not compared.

    ``lock``: the published deck (``deckc.lock``); two items it publishes as notes of their own are never
    merged automatically (:func:`published_notes`).

    ``embedder`` defaults to the real model (:func:`compiler.similarity.default_embedder`);
    ``combiner`` replaces the fitted model (the bench refits it per held-out
    document); ``collect`` receives (item id, item id, features) of every
    candidate pair, for fitting.
    """
    index = {item.item_id: i for i, item in enumerate(items)}
    named = {index[key] for d in [*decisions.merge, *decisions.keep_apart] for key in d.items if key in index}
    published = published_notes(items, lock) if lock is not None else {}
    twins = _twins(items, named, published)
    reps = [members[0] for members in twins]  # one card written k times is scored and decided once (not k(k - 1) / 2 pairs)
    kept = [items[i] for i in reps]
    at = {i: n for n, i in enumerate(reps)}  # (an item a decision names is a card of its own: always kept)
    scored = score(kept, settings, cache_dir, progress, embedder, combiner, decided={at[i] for i in named}, prune=collect is None)
    if collect is not None:
        collect.extend((kept[i].item_id, kept[j].item_id, x) for (i, j), x in scored.features.items())
    groups, report = decide(
        scored, settings, decisions, diag, {at[i]: g for i, g in published.items() if i in at} or None, titles
    )
    if len(reps) == len(items):
        return groups, report
    of_rep = {id(items[members[0]]): members for members in twins}  # (by the object: ids may repeat in a test's items)
    grown = [[items[i] for i in sorted(i for item in group for i in of_rep[id(item)])] for group in groups]
    report.groups = [g for g in grown if len(g) > 1]
    return grown, report


def _twins(items: list[Item], named: set[int], published: Mapping[int, str]) -> list[list[int]]:
    """The items grouped by what their cards show, word for word (question, answers, choices, section, tags, …; not
    where they stand), in source order: a document that repeats one card k times (a list pasted twice, an export
    concatenated with itself) makes one note, and the k copies cost one item in scoring and in ``max_group``.  An
    item a decision names, or published in another note than its twin, stays an item of its own (decided pair by
    pair, as before)."""
    by_card: dict[tuple[str, str], list[int]] = {}
    out: list[list[int]] = []
    for i, item in enumerate(items):
        if i in named:
            out.append([i])
            continue
        card = (card_content(item), published.get(i, ""))
        if card in by_card:
            by_card[card].append(i)
        else:
            by_card[card] = [i]
            out.append(by_card[card])
    return out


def published_notes(items: list[Item], lock: Lock) -> dict[int, str]:
    """The items the lock already publishes: item index -> the GUID of its active note.  Found by item id,
    else by its normalized question in one published note only (an item moved to another file, as the lock's
    question rule finds it: trial7 G17 split one file in two, the pair of published notes "What are channels in
    Go …?" / "What is an unbuffered channel in Go?" became two documents' and merged at 0.56, retiring one)."""
    by_id: dict[str, str] = {}
    by_question: dict[str, set[str]] = {}
    for entry in lock.entries:
        if entry.status != "active":
            continue
        by_id.update((item_id, entry.guid) for item_id in entry.items)
        for anchor in entry.anchors:
            by_question.setdefault(anchor.split(":", 1)[-1].split("#", 1)[0], set()).add(entry.guid)
    out = {}
    for n, item in enumerate(items):
        guid = by_id.get(item.item_id)
        if guid is None:
            found = by_question.get(item.anchor.split(":", 1)[-1].split("#", 1)[0], set())
            guid = next(iter(found)) if len(found) == 1 else None
        if guid is not None:
            out[n] = guid
    return out


def score(
    items: list[Item],
    settings: DedupeSettings,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    embedder: TextEmbedder | None = None,
    combiner: Combiner | None = None,
    decided: set[int] | frozenset[int] = frozenset(),
    prune: bool = True,
) -> Scored:
    """Steps 1 and 2: candidate pairs and their scores (read back when the last compile scored the same items).

    See compiler/scorecache.py: lint, stats, diff and dupes after a build need neither numpy nor a vector.
    ``decided``: the items a decision names; ``prune``: leave out the pairs no decision can depend on
    (see :func:`_score`); off, every candidate pair is scored (the bench fits and rescores them all).
    """
    import os

    from compiler import scorecache
    from compiler.pairscore import Combiner

    model = combiner or Combiner.load()
    chosen = embedder.name if embedder is not None else f"default {os.environ.get('DECKC_EMBEDDER', '')}"
    pruning = f"prune {sorted(decided)}" if prune else "all pairs"  # which pairs are scored depends on both
    want = scorecache.key(items, settings, f"{chosen}\0{pruning}", model) if cache_dir is not None else ""
    recorded = scorecache.load(cache_dir, want)
    scored: Scored | None = None

    def computed() -> Scored:
        nonlocal scored
        if scored is None:
            scored = _score(items, settings, cache_dir, progress, embedder, model, decided if prune else None)
        return scored

    extras: dict[tuple[int, int], dict[str, float]] = {}

    def extra(i: int, j: int) -> dict[str, float]:  # remembered, and recorded with the scores
        if (i, j) not in extras:
            extras[(i, j)] = computed().extra(i, j)
        return extras[(i, j)]

    if recorded is not None:
        qsim, feats, scores, extras = recorded
        return Scored(items, qsim, feats, scores, settings, extra, model, [])
    full = computed()
    writers = [*full.writers, scorecache.saver(cache_dir, want, full.qsim, full.features, full.scores, extras)]
    return Scored(items, full.qsim, full.features, full.scores, settings, extra, model, writers)


def _answers_alone(items: list[Item], answered: list[int], cache: Any, embedder: Any, tell: Callable[[str], Any]) -> Any:
    """The answers alone of these items embedded: the last texts a build embeds, so a model worker process is
    stopped now, before the scoring (its memory)."""
    a_vec = cache.embed([_answer_only(items[i]) for i in answered], embedder, tell("embedding answers alone"))
    if hasattr(embedder, "release"):
        embedder.release()
    return a_vec


def _score(
    items: list[Item],
    settings: DedupeSettings,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    embedder: TextEmbedder | None = None,
    combiner: Combiner | None = None,
    decided: set[int] | frozenset[int] | None = frozenset(),
) -> Scored:
    """Steps 1 and 2 computed: candidate pairs and their scores.

    **Pruning** (unless ``decided`` is None): the answer alone is embedded only for items whose
    score can matter.  Every feature but ``a`` (the answers' cosine) is known once the questions and
    question + answer texts are embedded (``mutual`` uses the question + answer cosines only), and
    the combiner's score is monotone in ``a``, so putting ``a`` at the end of its range (-1 or 1,
    whichever raises the score) bounds a pair's score exactly.  A pair whose bound is below
    ``suggest`` and whose questions are below ``guard_suggest`` is neither merged nor listed,
    whatever its answers say; an item is *needed* when one of its pairs is not such a pair, or a
    decision names it.  Only pairs of two needed items are scored and kept: every pair `decide`
    reads is one (a listed pair, an automatic merge and the members of any group are needed items),
    so the outputs are those of scoring every pair (tested), with fewer texts embedded.  Only up to
    :data:`BOUND_PAIRS` candidate pairs (memory, see below).
    """
    from compiler.similarity import EmbeddingCache, NeighbourCache, default_embedder, pair_cosines, text_key

    embedder = embedder or default_embedder()
    cache = EmbeddingCache(cache_dir, embedder.name)

    def tell(what: str) -> Callable[[int, int], None] | None:
        return (lambda done, total: progress(f"{what} {done}/{total}")) if progress else None

    # 1. candidates on the question alone (identical texts share one vector); a typeset index or power is
    # embedded as its plain spelling ("\\(L^2\\)", "L²" as "L2": pairscore.plain_math), as a reader reads them alike
    qtexts = [plain_math(_asked(item)) for item in items]
    keys = [text_key(t, embedder.name) for t in qtexts]
    unique = sorted(set(keys))
    first = dict(zip(keys, qtexts, strict=True))
    qvec = cache.embed([first[k] for k in unique], embedder, tell("embedding questions"))
    by_key: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        by_key.setdefault(k, []).append(i)
    if progress:
        progress("finding duplicate candidates")
    neighbours = NeighbourCache(cache_dir, settings.candidate_floor, settings.candidate_neighbours)
    writers: list[Callable[[], None]] = [cache.save, neighbours.save]
    key_pairs = neighbours.pairs(unique, qvec, cache.fresh, tell("finding duplicate candidates: questions compared"))
    qsim: dict[tuple[int, int], float] = {}
    generic = _generic_pairs(items, settings.candidate_neighbours)
    for members in by_key.values():
        for i, j in generic(members, members):
            qsim[(i, j)] = 1.0
    for (ka, kb), s in key_pairs.items():
        for i, j in generic(by_key[ka], by_key[kb]):
            qsim[(i, j)] = s

    # ... and what the embedding cannot see: the same question in other case, punctuation or markers
    # ("⭐️ 为什么要使用多线程？"), and, for questions beyond the model, their character overlap
    said = Wording(items)
    row_of = {k: r for r, k in enumerate(unique)}
    more: set[tuple[int, int]] = set()
    same: dict[tuple[str, str], list[int]] = {}
    for i in range(len(items)):
        same.setdefault((said.question[i], said.passage[i]), []).append(i)
    for g in same.values():
        more.update(generic(g, g))
    beyond = [i for i, b in enumerate(said.beyond) if b]
    if beyond:
        more |= said.chars.candidates(beyond, settings.candidate_neighbours, CHAR_CANDIDATE)  # answers decide
        more |= said.same_short_answers(beyond, _documents(items), settings.candidate_neighbours)
    # an acronym and the long name the documents spell out for it are one term: "What is CORS?" ~ "What
    # does Cross-Origin Resource Sharing do?" (question cosine 0.31) is a candidate; the score decides
    from compiler.pairscore import Vocabulary, acronyms, answer_text, joined, solid_names

    texts = [t for item in items for t in (_asked(item), answer_text(item))]
    table = acronyms(texts)
    if table:
        naming: dict[str, set[int]] = {}  # word -> the questions that have it (as written: the long name's words)
        for i, w in enumerate(content_words(_asked(item)) for item in items):
            for word in w:
                naming.setdefault(word, set()).add(i)
        for acro, name in table.items():
            short = naming.get(acro, set())
            long = set.intersection(*(naming.get(word, set()) for word in name)) - short
            if short and long and len(short) + len(long) <= settings.candidate_neighbours:  # a rare term, not "ML"
                more.update((min(i, j), max(i, j)) for i in short for j in long)
    if settings.candidate_answer_floor < 1:
        more |= _answer_candidates(items, cache, embedder, cache_dir, settings, tell, writers)
    for i, j in sorted(more - qsim.keys()):
        a, b = qvec[row_of[keys[i]]].astype("float64"), qvec[row_of[keys[j]]].astype("float64")
        qsim[(i, j)] = float(a @ b)
    # a name the deck writes solid ("BatchNorm") is one word wherever it is spelled in two ("batch norm",
    # "batch normalization"): the word features then see one term, as a reader does
    names = solid_names(texts)
    words = [content_words(joined(_asked(item), names)) for item in items]
    answer_words = [content_words(joined(answer_text(item), names)) for item in items]
    vocab = Vocabulary(words, answer_words)

    # 2. score candidates: three cosines, word overlaps and intent through the fitted combiner
    from compiler.pairscore import Combiner, features, intents

    model = combiner or Combiner.load()
    involved = sorted({i for pair in qsim for i in pair})
    qa_vec = cache.embed([plain_math(_text_for_answer(items[i])) for i in involved], embedder, tell("embedding answers"))
    row = {i: r for r, i in enumerate(involved)}
    cand = list(qsim)
    # the bound needs every pair's other features before the answers alone are embedded, so the model's
    # worker waits through that pass; on a large deck it would sit there beside the pass's memory (the
    # 20k bench deck: 1,310 MiB at once instead of 883, for 3 % fewer texts), so there every answer
    # alone is embedded now, and the worker stopped, before the pass's cosines and features are made
    bounded = decided is not None and len(cand) <= BOUND_PAIRS
    if not bounded:
        answered = list(involved)
        a_vec = _answers_alone(items, answered, cache, embedder, tell)
    asks = {i: intents(items[i].question) for i in involved}

    # the question + answer cosine of every candidate at once (float64, so the value does not depend on the layout)
    import numpy as np

    rows_i = np.array([row[i] for i, _ in cand], dtype=np.int64)
    rows_j = np.array([row[j] for _, j in cand], dtype=np.int64)
    qa_of = dict(zip(cand, pair_cosines(qa_vec, rows_i, rows_j).tolist(), strict=True))  # in chunks: bounded memory

    closeness = {(i, j): round((q + qa_of[(i, j)]) / 2, 6) for (i, j), q in qsim.items()}
    doc = _documents(items)
    closest: dict[tuple[int, str], float] = {}
    for (i, j), c in closeness.items():
        for me, other in ((i, j), (j, i)):
            key = (me, doc[other])
            closest[key] = max(closest.get(key, -1.0), c)

    def mutual(i: int, j: int) -> float:
        c = closeness.get((i, j), -1.0)
        return 0.5 * (c >= closest[(i, doc[j])]) + 0.5 * (c >= closest[(j, doc[i])])

    def partial(i: int, j: int, qa: float) -> dict[str, float]:
        """Every feature but ``a`` (0 here): what the question and question + answer texts give."""
        return features(
            qsim.get((i, j), 0.0), qa, 0.0, (words[i], words[j]), (answer_words[i], answer_words[j]),
            (asks[i], asks[j]), vocab, mutual(i, j) if (i, j) in closeness else 0.0,
        )

    from compiler.pairtable import FeatureRows

    known = FeatureRows()  # a row of doubles per pair, not a dict: 246,733 pairs on the 20k bench deck
    if bounded:
        needed = {i for i in (decided or ()) if i in row}
        worst = _best_answer_cosine(model)
        for pair in cand:
            x = partial(*pair, qa_of[pair])
            known.add(pair, x)
            if pair[0] in needed and pair[1] in needed:
                continue
            if said.foreign(*pair):  # scored by its characters, not the combiner
                if said.by_characters(*pair) >= CHAR_SUGGEST or said.same_short_answer(*pair):
                    needed.update(pair)
            elif qsim[pair] >= settings.guard_suggest or _probability(model, {**x, "a": worst}, qsim[pair], settings) >= min(settings.suggest, settings.suggest_closest):
                needed.update(pair)
        answered = sorted(needed)
        a_vec = _answers_alone(items, answered, cache, embedder, tell)
    a_row = {i: r for r, i in enumerate(answered)}
    scored_pairs = [pair for pair in cand if pair[0] in a_row and pair[1] in a_row] if bounded else cand
    a_of = dict(zip(scored_pairs, pair_cosines(
        a_vec, np.array([a_row[i] for i, _ in scored_pairs], dtype=np.int64),
        np.array([a_row[j] for _, j in scored_pairs], dtype=np.int64),
    ).tolist(), strict=True))

    feats = FeatureRows()
    scores: dict[tuple[int, int], float] = {}
    for pair in scored_pairs:
        x = known[pair] if bounded else partial(*pair, qa_of[pair])
        x["a"] = round(a_of[pair], 4)  # as features() rounds it
        feats.add(pair, x)
        scores[pair] = _pair_probability(said, model, x, qsim[pair], settings, *pair)
    del known  # the rows of the pairs left out

    def extra(i: int, j: int) -> dict[str, float]:
        """The features of a decided pair that is no candidate (rare: computed alone)."""
        if i not in a_row or j not in a_row:
            return {}
        if (i, j) in feats:
            return feats[(i, j)]
        qa = float(qa_vec[row[i]].astype("float64") @ qa_vec[row[j]].astype("float64"))
        a = float(a_vec[a_row[i]].astype("float64") @ a_vec[a_row[j]].astype("float64"))
        return {**partial(i, j, qa), "a": round(a, 4)}

    kept = {pair: qsim[pair] for pair in scored_pairs}
    return Scored(items, kept, feats, scores, settings, extra, model, writers, wording=said)


def _answer_candidates(
    items: list[Item], cache: Any, embedder: Any, cache_dir: Path | None, settings: DedupeSettings,
    tell: Callable[[str], Any], writers: list[Callable[[], None]],
) -> set[tuple[int, int]]:
    """Pairs (i < j) where j is the nearest item of its document to i by question + answer cosine (from
    ``candidate_answer_floor``, among i's ``candidate_neighbours`` nearest such texts).

    Why: two documents ask about one thing in words the model does not relate ("What is weight decay?" ~
    "What's the effect of L2 regularization on the weights of a linear model?", question cosine 0.34; "lasso" /
    "L1"), while their answers say the same.  Each item's best match in each other document is the one a reader
    would compare it with; the score still decides (most such pairs score low and are not listed).  The
    neighbour lists are cached by text like the questions' (:class:`compiler.similarity.NeighbourCache`)."""
    from compiler.similarity import NeighbourCache, text_key

    texts = [plain_math(_text_for_answer(item)) for item in items]
    keys = [text_key(t, embedder.name) for t in texts]
    unique = sorted(set(keys))
    first = dict(zip(keys, texts, strict=True))
    vectors = cache.embed([first[k] for k in unique], embedder, tell("embedding answers"))
    near = NeighbourCache(cache_dir, settings.candidate_answer_floor, settings.candidate_neighbours, name="answer-neighbours")
    near.pairs(unique, vectors, cache.fresh)
    writers.append(near.save)
    lists = near.current[1] if near.current else {}
    by_key: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        by_key.setdefault(k, []).append(i)
    doc = _documents(items)
    out: set[tuple[int, int]] = set()
    for r, k in enumerate(unique):
        for i in by_key[k]:
            seen = {doc[i]}
            for other, _sim in lists.get(r, []):
                for j in by_key[unique[other]]:
                    if doc[j] not in seen:
                        seen.add(doc[j])
                        out.add((min(i, j), max(i, j)))
    return out


COLLECTION = 10  # one-question files in one folder that are read as one collection (a vault), see _documents


COMMAND_LINES = 3  # lines of code, at most, of a cheat sheet's command card


def command_card(item: Item) -> bool:
    """A cheat sheet's card: a front that does not ask over one short block of code and nothing else (``Removes
    file.txt from the stage`` → ``git reset file.txt``)."""
    if item.kind is not ItemKind.basic or item.cloze or any(q in item.question for q in ("?", "？")):
        return False
    return len(item.answer) == 1 and item.answer[0].kind is BlockKind.code and 0 < len(item.answer[0].text.strip().splitlines()) <= COMMAND_LINES


def term_lists(items: list[Item], doc: list[str]) -> dict[int, int]:
    """Item -> the list of terms it is in (the index of the list's first item): :data:`SIBLINGS_MIN` items or more in a
    row of one document and one section (in the document's order), each a term card (a front of a few words that
    asks nothing: :func:`compiler.pairscore.states_only`, :data:`compiler.pairscore.TERM_WORDS` content words at most)
    or a command card (:func:`command_card`: a cheat sheet's commands in a row are its author's list of them, their
    look-alike descriptions, 'lists the last x commits' / '… each commit in single line', two commands; trial61 T61-13)."""
    order = sorted(range(len(items)), key=lambda k: (doc[k], items[k].locator.file, items[k].locator.line or 0, k))
    found: dict[int, int] = {}
    run: list[int] = []

    def close() -> None:
        if len(run) >= SIBLINGS_MIN:
            found.update((k, run[0]) for k in run)
        run.clear()

    for k in order:
        item = items[k]
        term = (states_only(item) and 0 < len(content_words(item.question)) <= TERM_WORDS) or command_card(item)
        if run and (not term or doc[k] != doc[run[0]] or item.section != items[run[0]].section):
            close()
        if term:
            run.append(k)
    close()
    return found


def _documents(items: list[Item]) -> list[str]:
    """The document of each item, for ``mutual`` (each question the other's closest match in the other's
    document) and the ``same_source`` rule: its source, except that one-question files are pooled by folder when
    a folder holds at least :data:`COLLECTION` of them (a vault of one note per file; a few one-question
    documents dropped side by side stay documents of their own).
    In a vault of one note per file every match was the closest in its one-item "document", so every pair was
    mutual (+2.3 log-odds), and no two notes were "one document": a 594-file ML glossary merged 106 pairs
    automatically, "training loss" with "validation loss" among them.  One author's folder of one-term files
    is one collection, which rarely defines a term twice, as one document rarely asks a question twice."""
    from collections import Counter

    size = Counter(item.source for item in items)
    folder = [_collection_folder(item.locator.file) if size[item.source] == 1 else "" for item in items]
    files = Counter(f for f in folder if f)
    return [f"\0{f}" if f and files[f] >= COLLECTION else item.source for item, f in zip(items, folder, strict=True)]


def _collection_folder(file: str) -> str:
    """The folder a one-question file is collected in: the top folder of ``sources/`` that holds it.  A vault of
    sections (``sources/js/05 Functions/what-is-memoization/index.md``, a page bundle a question, sections of 1 to 34
    of them) is one author's collection, as a flat folder of notes is: by its file's own folder, each of its 199
    questions was a document alone, every pair mutual (+1.9), 'Implement Array at polyfill' merged with '… some …' and
    120 polyfill pairs to decide.  A file directly in ``sources/`` is collected there."""
    parts = Path(file).parts
    return str(Path(*parts[:2])) if len(parts) > 2 else str(Path(file).parent)


def _generic_pairs(items: list[Item], most: int) -> Callable[[list[int], list[int]], list[tuple[int, int]]]:
    """The candidate pairs (i < j) between two groups of items asked in the same words (or one group with itself).

    A wording more than ``most`` items share is a generic front ("noun" over 1,500 rows of a word list, "What is
    the output?" over a quiz page's programs): its items are told apart by their answers, so only members whose
    answers are the same (normalized) are paired, never every member with every other (learner5 L33: 1,500 ×
    "noun" and 650 × "verb" made 1.2 million pairs, a 10-minute build).  Smaller groups: every pair."""
    from compiler.pairscore import answer_text

    answers: dict[int, str] = {}

    def answer(i: int) -> str:
        if i not in answers:
            answers[i] = normalize_text(answer_text(items[i]))
        return answers[i]

    def pairs(a: list[int], b: list[int]) -> list[tuple[int, int]]:
        if len(a) <= most and len(b) <= most:
            return [(min(i, j), max(i, j)) for i in a for j in b if i != j]
        by_answer: dict[str, list[int]] = {}
        for j in b:
            by_answer.setdefault(answer(j), []).append(j)
        if a is b and any(len(same) > most for same in by_answer.values()):
            # one wording answered alike by many (600 'Give an example.' / 'A dog.' under 600 headings: 180,000 pairs
            # alike, 85 s): those paired with their first only (listed, they are k - 1 beside the first anyway)
            many = {i for same in by_answer.values() if len(same) > most for i in same}
            star = [(same[0], j) for same in by_answer.values() if len(same) > most for j in same[1:]]
            return star + [(min(i, j), max(i, j)) for i in a if i not in many for j in by_answer[answer(i)] if i != j]
        return [(min(i, j), max(i, j)) for i in a for j in by_answer.get(answer(i), []) if i != j]

    return pairs


BOUND_PAIRS = 100_000  # candidate pairs up to which the bound leaves answers out (see _score)


def _best_answer_cosine(model: Combiner) -> float:
    """The answers' cosine that raises the combiner's score most: an end of its range (vectors are unit
    length, so a cosine is within [-1, 1]; a little beyond, so float rounding cannot cross it)."""
    from compiler.pairscore import FEATURES

    weight = model.weights[FEATURES.index("a")]
    return 1.001 if weight > 0 else -1.001


def decide(
    scored: Scored, settings: DedupeSettings, decisions: Decisions, diag: Diagnostics,
    published: Mapping[int, str] | None = None,
    titles: Mapping[str, str] | None = None,
) -> tuple[list[list[Item]], Report]:
    """Steps 3 and 4: decide every pair, then group (see the module docstring).  ``published``: item index ->
    the published note it is in (:func:`published_notes`); two items of two published notes are never
    merged automatically, nor joined through a third item: a merge would retire a studied note.  ``titles``: source
    id -> title, for :func:`pages_apart` (none: the pages' subjects are not compared)."""
    published = published or {}
    items, qsim = scored.items, scored.qsim
    n = len(items)
    index = {item.item_id: i for i, item in enumerate(items)}
    guard = Guard.of(settings.guard_groups())
    guard_key = repr(settings.guard_groups())
    said = scored.said
    doc = _documents(items)  # a folder of one-question files is one collection, as one document is
    asked = {(item.source, item.question) for item in items}
    families = Families([item.question for item in items])

    def under_one_question(i: int, j: int) -> bool:
        """Item j is filed under item i's question (or i under j's, or both under a third item's) in one document:
        its section path holds that question (T31-72: 'What is Streaming SSR …?' and its own '… › How It Works')."""
        a, b = items[i], items[j]
        if a.source == b.source and a.stimulus and a.stimulus == b.stimulus and _part_label(a.question) and _part_label(b.question):
            return True  # ('Question 2' over '(a) What is the formula of sodium chloride?' and '(b) Describe its structure.':
            # parts of one exam question, under one stem; sitting 58: suggested as a pair)
        if a.source != b.source or not (a.section or b.section):
            return False
        return a.question in b.section or b.question in a.section or any(
            (a.source, s) in asked for s in set(a.section) & set(b.section)
        )

    words: dict[int, bool] = {}

    def terms_of(i: int) -> list[frozenset[str]]:
        if (guard_key, i) not in scored.terms:
            scored.terms[(guard_key, i)] = guard.terms(plain_math(items[i].question))  # "\\(L^1\\)" names l1
        return scored.terms[(guard_key, i)]

    # 3. decide per pair
    merges = _decided(decisions.merge, index, diag)
    apart = _decided(decisions.keep_apart, index, diag)
    kept: dict[tuple[int, int], Decision] = {}
    for members, d in apart:
        for x in members:
            for y in members:
                if x < y:
                    kept[(x, y)] = d
    forced: dict[tuple[int, int], Decision] = {}
    for members, d in merges:
        for x in members:
            for y in members:
                if x < y:
                    if (x, y) in kept:
                        diag.error(
                            DECISIONS_NAME,
                            d.line,
                            f"{items[x].item_id} and {items[y].item_id} are both merged here and kept apart at line {kept[(x, y)].line}",
                            "keep one of the two decisions",
                        )
                    forced[(x, y)] = d

    decided = {i for members, _ in merges for i in members}

    def blocked(i: int, j: int, through: bool = False) -> str | None:
        """Why items i and j must not share a note automatically, or None.

        ``through``: i and j would only meet through a merge of two other
        items; then the guard leaves alone an item a human merge placed (that
        decision says the note covers its question).
        """
        if (min(i, j), max(i, j)) in kept:
            return "decision"
        if under_one_question(i, j):
            return UNDER_QUESTION
        differ = answers_differ(items[i], items[j]) or clozes_differ(items[i], items[j])  # two quizzes (or clozes)
        # teaching different answers: two questions
        if differ:
            return differ
        if said.passage[i] and said.passage[j] and not said.same_passage(i, j):
            return DIFFERENT_PASSAGE  # "What's the output?" over two programs
        if bool(said.passage[i]) != bool(said.passage[j]) and not answered_alike(i, j):
            return ONE_PASSAGE  # an exercise on a snippet and the concept it shows, unless answered alike
        if doc[i] != doc[j] and not answered_alike(i, j) and any(
            _POINTS_ELSEWHERE.search(items[k].question) and not said.passage[k]
            and items[k].kind is not ItemKind.multiple_choice  # a quiz holds what "which of the following" points at
            for k in (i, j)
        ):
            return ELSEWHERE  # trial12 U28: "… the output of the following code?" over two programs, in two files
        if doc[i] == doc[j] and items[i].guid and items[j].guid and items[i].guid != items[j].guid:
            return AUTHORS_NOTES  # (trial43: a French package's 31 "pairs to decide", each the author's own two notes)
        if said.foreign(i, j) and not said.same_text(i, j):
            if doc[i] != doc[j] and (scripts := other_scripts(items[i].question, items[j].question)):
                return scripts  # ('학교' / 'مدرسة', both 'school': a Korean and an Arabic word list, sitting 55)
            if settings.opposites and (
                why := built_in_contrast(items[i].question, items[j].question)
                or character_contrast(items[i].question, items[j].question)
            ):
                return f"{CONTRAST} ({why})"
            return said.why_foreign(i, j)
        if spelled_apart(items[i].question, items[j].question) and not case_styled(
            items[i].question, items[j].question, (items[i].answer_plain(), items[j].answer_plain())
        ):  # learner3 N2: 'sie' / 'Sie', '`\d`' / '`\D`'; never 'Hola' / 'hola' both 'hello', nor 'PHOTOSYNTHESIS'
            a, b = (" ".join(items[k].question.split())[:40] for k in (i, j))
            why = f"spelled apart: {a!r} / {b!r} (in a term or in code, case, accents and symbols are what it asks)"
        else:
            why = guard.contrast(terms_of(i), terms_of(j)) or (
                settings.opposites and built_in_contrast(items[i].question, items[j].question)) or (
                settings.opposites and doc[i] == doc[j] and thing_contrast(items[i].question, items[j].question)) or (
                settings.opposites and families.contrast(i, j))
        if why and not (through and (i in decided or j in decided)):
            return f"{CONTRAST} ({why})"
        exempt = through and (i in decided or j in decided)  # a human merge says its note covers that item
        if not exempt and (why := quiz_and_recall(items[i], items[j])):
            return why  # learner L25: the quiz card stays
        if not exempt and (why := added_condition(items[i].question, items[j].question)):
            return why  # learner2 M9: the definition keeps its card; listed by its score, never merged automatically
        if not exempt and (why := names_described(items[i].question, items[j].question)):
            return why  # learner5 L10: the description to name keeps its card; listed by its score
        if not exempt and doc[i] != doc[j] and (tongues := other_languages(i, j)):
            # T28-32: 'Insertar' of a Spanish page folded under 'Insert' of its English original; before the statements'
            # reason (a cheat sheet's commands and its translation's are sure to be two cards, never pairs to decide)
            return tongues
        if not exempt and doc[i] != doc[j] and (why := pages_apart(i, j)):
            return why  # sitting 52: 'Things to look out for during interviews' of a graph's and a tree's cheat sheets
        if not exempt and doc[i] != doc[j] and stated(i) and stated(j) and not (
            subject_words(items[i].question) == subject_words(items[j].question) and answered_alike(i, j)
            and (len(subject_words(items[i].question)) >= SPECIFIC_WORDS or said.same_answer_text(i, j) or said.nearly_same_answer_text(i, j))
        ) and not (said.same_text(i, j) and said.same_gloss(i, j)) and not one_topic(items[i].locator.file, items[j].locator.file):  # (the same words answered alike, a task and its command in a README and its cheat sheet, are one card: T23-30;
            # a generic heading, 'Delete' of a doubly linked list's page and a linked list's, is about its page's
            # subject however alike the answers, unless they are the same words: one card then loses nothing, T28-32)
            return stated_apart(items[i], items[j])  # learner L38: 'Death' of two biography pages (not a concept folder's about.md and
            # introduction.md: one topic, T29-11)
        if doc[i] == doc[j] and sibling_terms(i, j) and not (
            answered_alike(i, j) or said.same_answer_text(i, j) or said.nearly_same_answer_text(i, j)
            or normalize_text(items[i].question) == normalize_text(items[j].question)  # ('C' twice in a chord table: T44-3)
        ):
            # ('Intermittent Fever' / 'Constant Fever' of one page's list of fevers, each defined otherwise: T59-7, the
            # likeliest 'pairs to decide' of a real deck were such siblings) two terms the page lists apart
            return SIBLING_TERMS
        if settings.same_source == "suggest" and doc[i] == doc[j] and not same_card(i, j):
            if items[i].source != items[j].source:
                return SAME_FOLDER
            if not same_words(i, j):
                return SAME_SOURCE
            reordered = subject_order(items[i].question) != subject_order(items[j].question)
            if not reordered and items[i].section and items[j].section and items[i].section != items[j].section:
                a, b = (repr(shown if len(shown := " › ".join(items[k].section)) <= 60 else shown[:59] + "…") for k in (i, j))
                return f"{SAME_SOURCE} ({OTHER_SECTIONS.format(a, b)})"
            return f"{SAME_SOURCE} ({OTHER_ORDER if reordered else OTHER_ANSWERS})"
        if other := short_answers_differ(items[i], items[j]):  # trial11 P117: "Canberra." / "Sydney.": not one card
            order_a, order_b = word_order(items[i].question), word_order(items[j].question)
            if order_a != order_b and sorted(order_a) == sorted(order_b):
                return OTHER_ORDER  # learner5 L52: 'print(2 ** 3)' / 'print(3 ** 2)' are two questions, no contradiction
            if order_a != order_b:  # T27-21: 'in Celsius' / 'in Fahrenheit' is no other order, and no contradiction
                return f"{OTHER_WORDS} ({differing(items[i], items[j])}): two questions, check"
            return other
        if not (readable(i) and readable(j)) and normalize_text(items[i].question) != normalize_text(items[j].question):
            return "one question has no content word, only words such as 'what' or 'is': check"
        if i in published and j in published and published[i] != published[j]:
            return PUBLISHED_APART  # last: it only stops a merge nothing else stops
        return None

    statement: dict[int, bool] = {}
    spoken: dict[str, str] = {}  # document -> its language

    def other_languages(i: int, j: int) -> str:
        """Why two documents' items stay two cards: the documents are written in two languages (a page and its
        translation: each reader keeps the card in the language studied), or "". Two fronts written in two scripts
        neither of them Latin ('학교' / 'مدرسة', both 'school': a Korean and an Arabic word list, sitting 55, listed as the
        same short answer) are words of two languages, whatever their documents' English answers say."""
        if scripts := other_scripts(items[i].question, items[j].question):
            return scripts
        if not spoken:  # every document's language at once, on the first pair that asks
            from compiler.sources.prompts import language

            texts: dict[str, list[str]] = {}
            for n, it in enumerate(items):
                texts.setdefault(doc[n], []).append(f"{it.question} {it.answer_plain()}")
            spoken.update((d, language(" ".join(t))) for d, t in texts.items())
        la, lb = spoken[doc[i]], spoken[doc[j]]
        if la != lb and said.same_text(i, j):  # (one question in the same words is in one language, whatever its page's,
            from compiler.sources.prompts import language

            answers = items[i].answer_plain(), items[j].answer_plain()
            told = language(answers[0]), language(answers[1])
            # unless each answer is written in its own page's language, at length: a German page keeping the English
            # 'Escaping vs non-escaping closures?' over its German answer is that page's translation (sitting 57: the
            # one merge of a 128-question bank beside its translation)
            own = told == (la, lb) and min(len(a.split()) for a in answers) >= TELLING_WORDS
            if _LETTERS.search(_CODE_SPANS.sub("", items[i].question)) and not own:
                return ""
            # or it is only code, '`docker create`' over 'creates a container …' and '创建容器但不启动它。': a cheat
            # sheet and its translation, told by their answers; sitting 42, 36 such pairs to decide in one collection)
            la, lb = told
        if la == lb:
            return ""
        return f"{OTHER_LANGUAGES} ({la} / {lb}): each keeps its card"

    def stated(i: int) -> bool:
        if i not in statement:
            statement[i] = states_only(items[i])
        return statement[i]

    headed: dict[str, frozenset[str]] = {}  # document -> the headings that ask nothing, as compared

    def headings_of(d: str) -> frozenset[str]:
        if not headed:
            found: dict[str, set[str]] = {}
            for k, item in enumerate(items):
                if states_only(item, any_length=True):
                    found.setdefault(doc[k], set()).add(normalize_text(item.question))
            headed.update((key, frozenset(v)) for key, v in found.items())
        return headed.get(d, frozenset())

    series: dict[str, set[frozenset[str]]] = {}  # heading that asks nothing, as compared -> its pages' subjects

    def series_pages(heading: str) -> int:
        """On how many pages, each on its own subject, the heading asks nothing: 'Time complexity' or 'Corner cases'
        over the cheat sheets of an array, a heap, a graph … (a series written to one template, sitting 60)."""
        if not series:
            for k, item in enumerate(items):
                if states_only(item, any_length=True):
                    series.setdefault(normalize_text(item.question), set()).add(subject_of(k))
        return len(series.get(heading, ()))

    def subject_of(k: int) -> frozenset[str]:
        item = items[k]
        title = item.origin or (titles or {}).get(item.source, "")
        return page_subject(title or PurePosixPath(item.locator.file).stem.replace("-", " ").replace("_", " "))

    def pages_apart(i: int, j: int) -> str:
        """Why two headings that ask nothing, of pages on two subjects, stay two cards, or "": 'Introduction' (or
        'Things to look out for during interviews') of an array's cheat sheet and a graph's is about each page's own
        subject.  Pages written to one template (sharing :data:`TEMPLATE_HEADINGS` such headings) are sure to be two
        cards, nothing to decide; other pages' such headings are listed to decide, never merged automatically (a
        heading may name its own subject: 'Dropout' of a regularization page and of an overfitting one), unless the
        heading asks nothing on :data:`SERIES_PAGES` pages on as many subjects: a series' section ('Time complexity' of
        sixteen cheat sheets), sure to be two cards.  Not when the answers are the same (one card loses nothing), nor
        for a sheet's or a deck's records (:func:`stated_apart`)."""
        if titles is None or any(Path(items[k].locator.file).suffix.lower() in RECORD_SUFFIXES for k in (i, j)):
            return ""
        if not all(states_only(items[k], any_length=True) for k in (i, j)):
            return ""
        a, b = subject_of(i), subject_of(j)
        if not (a - b and b - a) or one_topic(items[i].locator.file, items[j].locator.file):  # (each names its own)
            return ""
        if said.same_answer_text(i, j) or said.nearly_same_answer_text(i, j) or (said.same_text(i, j) and said.same_gloss(i, j)):
            return ""
        pages = " / ".join(f"'{_title_of(items[k], titles)}'" for k in (i, j))
        # a series' section ('Introduction' over an array's and an interval's cheat sheets, among 16 pages): about each
        # page's subject however alike the answers read (the interval's introduction speaks of arrays)
        heading = normalize_text(items[i].question)
        if heading == normalize_text(items[j].question) and (n := series_pages(heading)) >= SERIES_PAGES:
            return (f"{PAGES_APART} ({pages}): {_named(items[i], items[j])[0]} asks nothing on {n} pages on as many "
                    "subjects, each about its page's subject")
        if answered_alike(i, j):
            return ""
        if len(headings_of(doc[i]) & headings_of(doc[j])) >= TEMPLATE_HEADINGS:
            return f"{PAGES_APART} ({pages}): {_named(items[i], items[j])[0]} of each asks nothing, each is about its page's subject"
        return stated_apart(items[i], items[j])

    def readable(i: int) -> bool:
        """The question has a content word (not only stop words; another script is :data:`BEYOND_MODEL`)."""
        if i not in words:
            words[i] = bool(content_words(items[i].question))
        return words[i]

    def same_card(i: int, j: int) -> bool:
        """One document asking one question twice in the same words (the same content words: neither adds
        one) about the same passage: one card, merged."""
        a, b = min(i, j), max(i, j)
        if items[a].guid and items[b].guid and items[a].guid != items[b].guid:
            return False  # two notes another tool kept apart (an Anki package's two 'अण्' pratyāhāras): the author's (T33-16)
        if items[a].section and items[b].section and items[a].section != items[b].section:
            return False  # the same words under '## Python' and '## Java' are two questions (learner L38)
        if said.foreign(a, b):  # the same words under two headings of one page ("有哪些解决办法？", what are
            return False        # the solutions?) are two questions, and their answers cannot be compared by the model
        if subject_words(items[a].question) != subject_words(items[b].question):
            return False  # trial10 P26: "… punishments of sin in this world?" / "… in the world to come?": asked twice on purpose
        if subject_order(items[a].question) != subject_order(items[b].question):
            return False  # learner4 N41: the same words assigned otherwise ("Standard cluster for the jobs") are two questions
        if _part_label(items[a].question) != _part_label(items[b].question):
            return False  # trial11 P74: "(a) Enzyme saturation" (explain) / "(b) Enzyme saturation" (calculate)
        x = scored.features.get((a, b))
        if x is not None and said.one_name(a, b):
            x = {**x, "words": 1.0}  # ('A' twice in a table of chords: a name, not the article 'a' the word count drops, T44-3)
        return (
            x is not None and _same_wording(x, qsim[(a, b)], settings, said.alike(a, b))
            # "What would be the output of following code?" is asked of what follows it: the same words over
            # other code are two questions unless the answers are the same too (learner4 N13, trial11 P81)
            and (x["a"] >= settings.same_card_answers or not (_POINTS_ELSEWHERE.search(items[a].question) or refers_back(items[a].question)))
        )

    runs: dict[int, int] = {}  # item -> the list of terms it is in (its first item), once asked

    def sibling_terms(i: int, j: int) -> bool:
        """Items i and j are terms of one list in one document (:func:`term_lists`)."""
        if not runs:
            runs.update(term_lists(items, doc))
            runs.setdefault(-1, -1)  # (computed, even with no list)
        return i in runs and runs.get(j) == runs[i]

    def answered_alike(i: int, j: int) -> bool:
        """The answers are the same (answer cosine at least ``same_card_answers``): what a question about material
        it does not hold ("the following code") needs to be one question with another."""
        x = scored.features.get((min(i, j), max(i, j)))
        return x is not None and x["a"] >= settings.same_card_answers

    def same_words(i: int, j: int) -> bool:
        """One document asking the same content words twice, answered otherwise (:func:`same_card` but the
        answers): listed with that reason, so a reviewer sees why the repeat was not merged."""
        a, b = min(i, j), max(i, j)
        x = scored.features.get((a, b))
        return (
            x is not None and subject_words(items[a].question) == subject_words(items[b].question)
            and _same_wording(x, qsim[(a, b)], settings, said.alike(a, b))
        )

    def pair(i: int, j: int) -> Pair:
        p, x, evidence = scored.score_of(i, j)
        return Pair(items[i], items[j], p, round(qsim.get((i, j), 0.0), 4), features=x, evidence=evidence)

    def floor_of(i: int, j: int) -> float:
        """The score from which a pair is listed (scored by characters: from CHAR_SUGGEST, its q means little)."""
        return max(settings.suggest, CHAR_SUGGEST) if said.foreign(i, j) else settings.suggest

    pairs: dict[tuple[int, int], Pair] = {}
    score: dict[tuple[int, int], float] = {}  # every candidate's score, for the group cohesion check
    for (i, j), p in scored.scores.items():
        score[(i, j)] = p
        if under_one_question(i, j) and (i, j) not in kept and (i, j) not in forced:
            continue  # parts of one question: no candidate, never listed
        near = qsim[(i, j)] >= settings.guard_suggest and not said.foreign(i, j)  # listed below the floor if guarded
        if p >= floor_of(i, j) or near or (i, j) in kept or (i, j) in forced:
            pairs[(i, j)] = pair(i, j)
    for i, j in forced:
        if (i, j) not in pairs:
            pairs[(i, j)] = pair(i, j)

    # 4. group: decisions first, then automatic merges by descending score
    groups = _Groups(n)
    for members, _ in merges:
        for x in members[1:]:
            groups.union(members[0], x)
    auto = sorted(
        ((p.score, i, j) for (i, j), p in pairs.items() if p.score >= settings.auto_merge and (i, j) not in forced),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    for _, i, j in auto:
        ri, rj = groups.find(i), groups.find(j)
        if ri == rj:
            continue
        a, b = groups.members[ri], groups.members[rj]
        cohesion = sum(score.get((min(x, y), max(x, y)), 0.0) for x in a for y in b) / (len(a) * len(b))
        if len(a) + len(b) > settings.max_group:
            why = f"group would exceed max_group = {settings.max_group}"
        elif cohesion < settings.cohesion:
            why = f"the two notes' items are alike only through this pair (mean score {cohesion:.2f} < cohesion {settings.cohesion})"
        else:
            why = blocked(i, j)
            if why is None:  # the pair is fine; would the merge put two other items together that must stay apart?
                why = next(
                    (
                        f"would join {items[x].item_id} and {items[y].item_id}: {w}"
                        for x in groups.members[ri]
                        for y in groups.members[rj]
                        if (w := blocked(x, y, through=True))
                    ),
                    None,
                )
        if why is None:
            groups.union(i, j)
            pairs[(i, j)].status = MERGED_AUTO
        else:
            pairs[(i, j)].reason = why

    # each item's closest match in another document, outside its note, is listed from `suggest_closest` (one
    # more line per item at most): a duplicate the score ranks below `suggest` is still shown once (issue 10)
    best: dict[int, tuple[float, int, int]] = {}
    if settings.suggest_closest < settings.suggest:
        for (i, j), p in scored.scores.items():
            if doc[i] != doc[j] and not said.foreign(i, j) and groups.find(i) != groups.find(j):
                for k in (i, j):
                    if k not in best or (p, -i, -j) > (best[k][0], -best[k][1], -best[k][2]):
                        best[k] = (p, i, j)
    closest = {(i, j) for p, i, j in best.values() if settings.suggest_closest <= p < floor_of(i, j)}
    # two documents' questions beyond the model given the same short answer: listed, whatever their characters
    answered_same = {
        (i, j) for (i, j) in scored.scores
        if doc[i] != doc[j] and (said.beyond[i] or said.beyond[j]) and said.same_short_answer(i, j)
        and groups.find(i) != groups.find(j)
    }
    closest |= answered_same
    added = closest - pairs.keys()  # listed only as a suggestion: a pair the guard keeps apart is left unlisted
    for i, j in sorted(added):
        pairs[(i, j)] = pair(i, j)

    unlisted: set[tuple[int, int]] = set()  # in `pairs` only to be judged: not listed
    for (i, j), p in sorted(pairs.items(), key=lambda kv: kv[0]):  # (by items, not by how the pairs were found: the
        # cached and the fresh scoring find them in other orders, and the warnings said here would come out so)
        if (i, j) in forced:
            p.status, p.reason = MERGED, _why(forced[(i, j)])
        elif (i, j) in kept:
            p.status, p.reason = KEPT_APART, _why(kept[(i, j)])
        elif p.status != MERGED_AUTO:
            why = p.reason or blocked(i, j)
            if groups.find(i) == groups.find(j):
                p.status, p.reason = MERGED_AUTO, "same group through other merges"
            elif why and why.startswith((DIFFERENT_ANSWERS, DIFFERENT_PASSAGE)):
                # never merged automatically; listed when the score alone would merge it (a key may be wrong),
                # `deckc dupes --toml` guessing [[keep_apart]]; else kept apart with the reason
                if p.score >= settings.auto_merge:
                    p.status, p.reason = SUGGESTED, f"{why}: check"
                else:
                    p.status, p.reason = KEPT_APART, why
            elif why and why.startswith(_TOLD_BY_LABEL) and doc[i] == doc[j] and normalized_answer(items[i]) != normalized_answer(items[j]):
                # one page's two questions told apart by a number or a letter and answered otherwise ('What is labelled
                # A?' / '… E?' of one diagram: 15 pairs to decide for 6 labels, sitting 52): two questions, kept apart
                p.status, p.reason = KEPT_APART, f"{why}; one page's two questions, answered otherwise"
            elif why and why.startswith(_OF_A_FAMILY) and doc[i] == doc[j] and normalized_answer(items[i]) != normalized_answer(items[j]):
                # one collection's questions asked alike of different things and answered otherwise (a folder's sixteen
                # 'Implement Array … polyfill': 120 pairs to decide): two questions, kept apart
                p.status, p.reason = KEPT_APART, f"{why}; one collection's questions, answered otherwise"
            elif why and why.startswith("contrast") and p.question_sim >= settings.guard_suggest:
                # near-identical wording: a reviewer must see it, whatever the guard thinks
                p.status, p.reason = SUGGESTED, f"{why}; questions near-identical (q {p.question_sim:.2f}): check"
            elif why and why.startswith("contrast") and p.score >= settings.auto_merge:
                # the score alone would merge it: the guard stops the automatic merge, not the reviewer's view
                p.status, p.reason = SUGGESTED, f"{why}; the score alone would merge it: check"
            elif why and why.startswith("contrast"):
                p.status, p.reason = KEPT_APART, why
            elif why and why.startswith((OTHER_WORDS, OTHER_ORDER)) and p.score < LIKELY_SAME and p.question_sim < settings.guard_suggest:
                # questions in other words answered by short answers that share nothing ('Capital of Egypt?' Cairo /
                # 'What is the capital of Australia?' Canberra, 0.10: newdocs round 10), the score saying two questions
                # more likely than one: kept apart with the reason, not a pair to decide
                p.status, p.reason = KEPT_APART, why
            elif why and why.startswith(OTHER_FACT) and p.score >= floor_of(i, j):
                p.status, p.reason = SUGGESTED, why
                # the score alone would merge them, and they ask it in the same words: two claims, say so at build
                # time (learner5 L52: 'boiling' / 'freezing point' answered 100 / 0 are two questions, no warning)
                # (one word list's two meanings of a word are no claim to correct: read.py says so, T32-12)
                if p.score >= settings.auto_merge and _same_wording(p.features, p.question_sim, settings, said.alike(i, j)) and not other_meaning(items[i], items[j]):
                    a, b = items[i], items[j]
                    diag.warning(
                        a.locator.file, a.locator.line,
                        f"{' '.join(a.question.split())[:60]!r} is answered {' '.join(a.answer_plain().split())!r} here and "
                        f"{' '.join(b.answer_plain().split())!r} at {b.locator.file}:{b.locator.line}: two notes, not merged",
                        "check which is right and correct the other, or merge them with a [[merge]] in decisions.toml "
                        "(`deckc dupes --toml` prints it)",
                        group="contradicting-answers",
                    )
            elif why in (SAME_SOURCE, SIBLING_TERMS) and (  # (a list's sibling terms no less: unlisted as before, T59-7)
                p.score < max(floor_of(i, j), settings.suggest_same_source)
                or (
                    settings.suggest_same_source > 0
                    and normalize_text(items[i].question) != normalize_text(items[j].question)  # (one text asked again: listed, F36)
                    and (
                        short_answers_differ(items[i], items[j])
                        or (judged(items[i]) and judged(items[j]))
                        or other_terms(items[i], items[j])
                    )
                )
            ):
                # one document's two questions in other words: two cards (T31-23); answered by short answers that share
                # nothing ('Júpiter' / 'Ocho'), two statements of its true/false part, or two terms of its glossary that
                # share no word ('Orbita' / 'Eclissi'), not worth a reviewer's look (T39-9) unless
                # suggest_same_source = 0 asks for every one
                unlisted.add((i, j))
            elif doc[i] == doc[j] and p.score < settings.suggest_same_source and why and normalize_text(items[i].question) != normalize_text(items[j].question):
                # one document's two questions the guard already tells apart ('What powers the water cycle?' and a
                # 'True or false: …' of one quiz, a quiz and an open question: 0.15, newdocs round 10): listed from
                # `suggest_same_source` as two of its questions in other words are, whatever the reason
                unlisted.add((i, j))
            elif p.score < floor_of(i, j) and (i, j) not in closest:
                # near-identical wording is a reason to list a pair only when the guard is what keeps it apart
                # (above); otherwise the score, answers and all, judged it: 86 "Answer" / "Good to hear" headings
                # over unrelated answers were listed below the floor (trial6 F36)
                unlisted.add((i, j))
            elif p.score < floor_of(i, j) and (i, j) in answered_same and not (why or "").startswith((CONTRAST, OTHER_LANGUAGES)):
                p.status, p.reason = SUGGESTED, SAME_SHORT_ANSWER.format(" ".join(items[i].answer_plain().split()))
            elif p.score < floor_of(i, j) and (why or "").startswith(_TWO_FOR_SURE):
                # an item's closest match that deckc itself tells apart for sure ('Capital of France?' / 'What is the
                # capital of Canada?', answered 'Paris' / 'Ottawa'; a page and its translation): nothing to check
                # (newdocs round 10: such pairs listed "…: two questions, check; below suggest …")
                unlisted.add((i, j))
            elif p.score < floor_of(i, j) and (i, j) in closest and _two_terms(items[i], items[j]):
                # two documents' terms that share no word, answered with no word in common and neither asking the
                # other's answer ('der Markt' market / 'der Zins' interest, 'Nitrogen' / '–NH₂': 0.02–0.05, sitting 58):
                # nothing to check
                unlisted.add((i, j))
            elif p.score < floor_of(i, j):  # listed as an item's closest match in another document
                p.status, p.reason = SUGGESTED, CLOSEST if why in (None, "", PUBLISHED_APART) else f"{why}; {CLOSEST}"
            else:  # two published notes are only worth the reason when the score alone would merge them
                p.status, p.reason = SUGGESTED, "" if why == PUBLISHED_APART and p.score < settings.auto_merge else why or ""
    unlisted.update(key for key in added if pairs[key].status == KEPT_APART)
    # one text asked k times (a heading such as "参考", references, under 17 questions of one page) is
    # k - 1 suggestions, each repeat beside the first it is listed with, not k(k - 1) / 2 (F36: 136 of 237)
    first: dict[int, int] = {}
    for i, j in sorted(pairs):
        if (i, j) not in unlisted and pairs[(i, j)].status == SUGGESTED and said.same_text(i, j):
            if j in first:
                unlisted.add((i, j))
            else:
                first[j] = i
    for key in unlisted:
        del pairs[key]
    grouped = sorted((sorted(m) for m in groups.members.values()), key=lambda m: m[0])
    result = [[items[i] for i in m] for m in grouped]
    ordered = sorted(pairs.values(), key=lambda p: (STATUS_ORDER.index(p.status), -p.score, index[p.a.item_id], index[p.b.item_id]))
    report = Report(pairs=ordered, groups=[g for g in result if len(g) > 1], settings=settings, writers=scored.writers)
    return result, report


def _why(d: Decision) -> str:
    where = f"{DECISIONS_NAME}:{d.line}" if d.line else DECISIONS_NAME
    return f"{where}" + (f" — {d.why}" if d.why else "")


def chosen_fronts(decisions: Decisions, items: list[Item], diag: Diagnostics) -> set[str]:
    """Item ids that ``[[front]]`` decisions put on their note's front (unknown ids are a warning)."""
    known = {item.item_id for item in items}
    chosen = set()
    for d in decisions.front:
        if d.item in known:
            chosen.add(d.item)
        else:
            diag.warning(
                DECISIONS_NAME,
                d.line,
                f"front decision names unknown item {d.item!r}",
                "the item was renamed or removed: update the id (see `deckc dupes` or build/<deck>.json) or delete the entry",
            )
    return chosen

