"""The one difficulty resolver every reader uses.

A source's ``difficulty`` table in deck.toml says how its items' levels are
known (``label``, ``self-grading``, ``ranges`` or ``fixed``; see docs/content.md,
"Deck config").  Readers only find the raw facts — an item's own label or emoji,
its number — and ask :class:`Levels` for the level; the rules, the
invisible-character folding and the messages live here once.

Labels are compared after removing invisible characters (zero-width joiners
and spaces, variation selectors, word joiners, BOMs, soft hyphens), so
``\\u200d⭐️``, ``⭐️`` and ``⭐`` are one label, and case-insensitively.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from compiler.config import DifficultyRule, SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import Difficulty
from compiler.sources.base import Document
from compiler.sources.lines import clean_label, comment_field, front_matter_end, strip_invisible

SELF_GRADING = re.compile(r"^\s*self[\s-]*grading\b[\s:.\-—–]*(?P<rest>.*)$", re.IGNORECASE)
_RANGE = re.compile(r"(\d+)\s*(?:[-–—]|\bto\b|\bthrough\b)\s*(\d+)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")

Grading = list[tuple[int, int, Difficulty]]


def fold(label: str) -> str:
    """The form labels are compared in: invisible characters removed, trimmed, case-folded."""
    return strip_invisible(label).strip().casefold()


def lookup(rule: DifficultyRule, label: str) -> Difficulty | None:
    """Level for a label: exact key first, then folded (invisible characters, case)."""
    if label in rule.labels:
        return rule.labels[label]
    want = fold(label)
    for key, level in rule.labels.items():
        if fold(key) == want:
            return level
    return None


_ORDER = {Difficulty.easy: 0, Difficulty.medium: 1, Difficulty.hard: 2}


def emojiish(token: str) -> bool:
    """Only symbols, variation selectors and joiners: looks like a difficulty emoji."""
    # (a symbol of Latin-1, '°' in '25 °C.', '©', is text, never an emoji: trial12 U23; nor is a backtick or caret,
    # ASCII's modifier symbols: the '`' closing '`- [ ]`' was guessed a level, trial22 T22-15)
    # (nor a CJK radical, '⺮' of '竹 / ⺮', a symbol to Unicode but a character of the script: trial43 T43-12)
    return bool(token) and not any(_CJK_RADICALS[0] <= ord(c) <= _CJK_RADICALS[1] for c in token) and all(
        (unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") and (ord(c) >= 0x2000 or unicodedata.category(c) in ("Mn", "Cf")))
        or c in "\u200d\ufe0f"
        for c in token
    )


_CJK_RADICALS = (0x2E80, 0x2FDF)  # the CJK Radicals Supplement and the Kangxi Radicals, written as text


def _emoji_parts(label: str) -> list[str]:
    """``⭐️🚀`` -> ``["⭐️", "🚀"]``: each symbol with the joiners and selectors after it."""
    parts: list[str] = []
    for ch in label:
        if unicodedata.category(ch) == "So" and not (parts and parts[-1].endswith("\u200d")):
            parts.append(ch)
        elif parts:
            parts[-1] += ch
    return parts


def lookup_combined(rule: DifficultyRule, label: str) -> Difficulty | None:
    """A label, or a label made of several known ones (``⭐️🚀``, ``easy/medium``): the hardest of them; a symbol
    beside a known word (``🟢 Easy``) is the word's level."""
    level = lookup(rule, label)
    if level is not None:
        return level
    parts = _emoji_parts(label) if emojiish(label) else re.split(r"[\s/+,|&-]+", label)
    parts = [p for p in parts if strip_invisible(p).strip()]
    if len(parts) < 2:
        return None
    levels = [lookup(rule, p) for p in parts]
    known = [lv for lv in levels if lv is not None]
    # a colour dot or symbol beside a known word ('🟢 Easy' with labels Easy/Medium/Hard): the word names the level
    if not known or any(lv is None and any(c.isalnum() for c in p) for p, lv in zip(parts, levels, strict=True)):
        return None
    return max(known, key=lambda lv: _ORDER[lv])


@dataclass(frozen=True)
class Marked:
    """A question's text with its difficulty marker taken off."""

    text: str
    marker: str | None = None
    trailing: bool = False  # the marker came after the text (``Topic ⭐️``), not before it


def tail_word(text: str) -> str | None:
    """The one word after a question's final ``?`` (``What is X? (hard)`` -> ``hard``), bracketed or not; or None."""
    head, mark, tail = text.rpartition("?")
    tail = tail.strip()
    return tail.strip("()[]") if mark and head and tail and " " not in tail else None


ANSWER_WORDS_MIN = 3  # one-word tails, all different, that make a page's words after '?' answers, not levels


def words_are_answers(questions: list[str], rule: DifficultyRule) -> bool:
    """Whether the one words after the questions' '?' are their answers, not level labels: three or more, none a
    known level (configured or guessed), and no two alike (a pub quiz: 'What is the capital of Canada? (Ottawa)',
    '… a spider have? (Eight)'; trial11 P122). Levels are a few labels repeated."""
    words = [w for q in questions if (w := tail_word(q)) and w.isalpha()]
    # (a page's other bracketed tails count with them, a number or words: '… longest? (Femur)' beside '… adult body?
    # (206)' and '… of breathing? (The diaphragm)', never levels; sitting 53: 'Femur' was read as a level, no answer)
    tails = [t for q in questions if (t := _bracket_tail(q)) is not None]
    if len(words) + len([t for t in tails if not t.isalpha()]) < ANSWER_WORDS_MIN or any(lookup(rule, w) is not None or guess(w) is not None for w in words):
        return False
    said = [fold(t) for t in tails] or [fold(w) for w in words]
    return len({fold(w) for w in words}) == len(words) and len(set(said)) == len(said)


_BRACKET_TAIL = re.compile(r"[?？؟][ \t]*[(（\[](?P<t>[^()（）\[\]?]{1,60})[)）\]][ \t]*$")


def _bracket_tail(text: str) -> str | None:
    """The words in brackets after a question's final ``?`` (``… adult body? (206)`` -> ``206``), or None."""
    m = _BRACKET_TAIL.search(text.strip())
    return m.group("t").strip() if m and m.group("t").strip() else None


# a bracketed word after a question that cites where it came from or where its answer is, never a difficulty level
_CITATIONS = frozenset("src source sources ref refs reference references link links answer solution video docs wiki paper pdf".split())  # noqa: SIM905
_VERDICT_MARKS = frozenset({"t", "f", "true", "false", "√", "✓", "✔", "×", "✗", "✘", "对", "對", "错", "錯", "正确", "正確", "错误", "錯誤"})


_FALSE_MARKS = frozenset("❌✗✘❎🚫⛔")
_LEAD_LEVEL = re.compile(r"^[\[(（【]\s*(?P<w>[^\s\])）】][^\])）】]{0,18}?)\s*[\])）】]\s*(?P<rest>\S.*)$")


def split_marker(text: str, rule: DifficultyRule, words: bool = True) -> Marked:
    """Take a difficulty marker off a question's text.

    A marker is an emoji before the question, or one word or emoji after its
    final ``?`` (``What is X? ⭐️``, ``What is X? (hard)``; with ``words`` False, a
    known level word only: :func:`words_are_answers`), or an emoji ending a
    text without ``?`` (``Precision-recall trade-off ⭐️``).  An emoji run
    followed by a stray letter or two (``⭐️I``) still counts; the stray
    letters are dropped.
    """
    marker = None
    lead = _LEAD_LEVEL.match(text)
    if lead is not None and (lookup(rule, lead.group("w")) is not None or guess(lead.group("w")) is not None):
        # ('[Easy] What is a list comprehension?', '(Hard) Explain …', '【简单】…': the level in brackets before the
        # question, never its text; sitting 56: it stayed on the front)
        return Marked(lead.group("rest"), lead.group("w"))
    first, _, rest = text.partition(" ")
    if rest and emojiish(first) and not (first.rstrip("\ufe0f") in _FALSE_MARKS and not rest.rstrip(" *_)").endswith(("?", "？"))):
        # (a cross before a statement says it is false, '❌ Heavier objects fall faster.' over its correction: kept on
        # the front, or a learner reads the myth as a fact; sitting 56)
        marker, text = first, rest.strip()
        marks, number, words = _leading_marks(text)
        if marks:  # '🔹 1. 🧑‍💻 ⭐⭐⭐ What …?' (trial10 P23): a bullet, a number, a role and a star rating before the words
            found = [marker, *marks]
            marker = next((m for m in found if lookup(rule, m)), None) or next((m for m in found if guess(m)), found[0])
            text = f"{number} {words}".strip()
    asks = max(text.rfind("?"), text.rfind("？"))  # ('什么是数组？【简单】': a full-width mark, no space after it)
    head, mark, tail = (text[:asks], "?", text[asks + 1 :]) if asks >= 0 else text.rpartition(" ")
    tail = tail.strip()
    word = tail.strip("()[]（）【】")
    if tail[:1] in "([（【" and word.lower() in _VERDICT_MARKS:
        return Marked(text, marker)  # '… connection-oriented. (✓)', '… port 80. [T]': a statement's verdict, no level (U103)
    if head and tail[:1] in "([" and fold(word) in _CITATIONS and lookup(rule, word) is None:
        # 'What is gradient descent? [src]': where the question came from (its link gone), never a level (MLQuestions)
        return Marked(head.rstrip() + (text[asks] if asks >= 0 else ""), marker)
    if tail and head and " " not in tail:
        lead = len(word) - len(word.lstrip("".join(c for c in word if not c.isalnum())))
        # (after a full-width '？' a bracketed word is a level only when it is one: '…区别？（重要）' is a note, F15)
        plain = words and word.isalpha() and text[asks] == "?" if asks >= 0 else False
        if emojiish(word) or (mark == "?" and (plain or lookup(rule, word) or guess(word))):
            return Marked(head.rstrip() + text[asks].strip() if asks >= 0 else head.rstrip() + mark.strip(), word, True)
        if lead and emojiish(word[:lead]) and len(word) - lead <= 2:
            return Marked(head.rstrip() + mark.strip(), word[:lead], True)
        bracketed = tail[:1] in "([（【" and tail[-1:] in ")]）】"
        if asks < 0 and bracketed and (lookup(rule, word) or guess(word)):
            # 'Explain window functions. [Hard]', 'List the OSI layers (easy)': a task that asks by its words, its level
            # in brackets after it whatever ends the sentence (trial21 T21-22: the label stayed on the front)
            return Marked(head.rstrip(), word, True)
    return Marked(text, marker)


_NUMBER_TOKEN = re.compile(r"^\d{1,3}[.)]$")


def _leading_marks(text: str) -> tuple[list[str], str, str]:
    """``(emoji, item number, the words)`` at the start of ``text`` after a first emoji ('1. 🧑‍💻 ⭐⭐⭐ What …':
    ``(['🧑‍💻', '⭐⭐⭐'], '1.', 'What …')``); no emoji after the number, nothing is taken."""
    tokens = text.split(" ")
    marks: list[str] = []
    number = ""
    k = 0
    while k < len(tokens) - 1:
        token = tokens[k]
        if emojiish(token):
            marks.append(token)
        elif not number and not marks and _NUMBER_TOKEN.match(token):
            number = token
        elif token:
            break
        k += 1
    return (marks, number, " ".join(tokens[k:]).strip()) if marks else ([], "", text)


_GUESS = {
    Difficulty.easy: "easy basic beginner beginners junior simple fundamental fundamentals intro elementary "
    "👶 🍼 🐣 🟢 🌱 ✅ "
    # the level words of other languages (trial11 P114: fácil/difícil, leicht/schwer, легко/сложно, 【简单】/【困难】)
    "fácil facil básico basico básica principiante facile débutant debutant élémentaire leicht einfach anfänger grundlagen "
    "iniciante elementare semplice principiante łatwy łatwe latwy kolay makkelijk gemakkelijk dễ "
    "легко лёгкий легкий простой просто базовый начальный легкая лёгкая "
    "简单 容易 基础 初级 入门 易 簡單 基礎 初級 やさしい 易しい 簡単 初級 쉬움 쉬운 초급 기초 आसान سهل",
    Difficulty.medium: "medium intermediate moderate mid middle normal serious 🟡 🟠 ⚡ 📊 ⭐ "
    "medio media intermedio intermedia moyen moyenne intermédiaire mittel mittelschwer médio média intermediário "
    "średni średnie orta gemiddeld "
    "средний средне средняя умеренный "
    "中等 中级 一般 适中 中級 普通 보통 중급 मध्यम متوسط",
    Difficulty.hard: "hard advanced expert senior difficult frontier tricky 🚀 🔴 🔥 💀 🧠 🏆 "
    "difícil dificil avanzado avanzada experto difficile avancé avancée expert schwer schwierig fortgeschritten "
    "experte knifflig avançado avançada difficile avanzato trudny trudne zor moeilijk khó "
    "сложно сложный сложная трудно трудный продвинутый "
    "困难 困難 难 難 较难 高级 高級 难题 難しい 上級 어려움 어려운 고급 कठिन صعب",
}
_GUESSES = {fold(word): level for level, words in _GUESS.items() for word in words.split()}


# words that only strengthen a level word ('very hard'): the level word's level
_INTENSIFIERS = frozenset("very really quite super extra fairly rather sehr ziemlich recht très assez plutôt muy bastante molto piuttosto muito bardzo çok erg heel очень довольно 很 非常 比较 較 とても 아주 매우".split())  # noqa: SIM905


def guess(label: str) -> Difficulty | None:
    """A likely level for a label nobody configured (for suggested config, and for a page's front-matter
    ``difficulty:``/``level:`` whose word is plain; never for an item's own marker)."""
    folded = fold(label)
    if folded in _GUESSES:
        return _GUESSES[folded]
    stars = folded.count("⭐") + folded.count("★")
    empty = folded.count("☆")
    if stars and not folded.replace("⭐", "").replace("★", "").replace("☆", ""):
        if not empty:
            return [Difficulty.easy, Difficulty.medium, Difficulty.hard][min(stars, 3) - 1]
        # filled out of all (trial7 G28): ★☆☆ easy, ★★☆ medium, ★★★ hard; ⭐⭐☆☆☆ medium, ★★★★☆ hard
        share = stars / (stars + empty)
        return Difficulty.easy if share <= 1 / 3 else Difficulty.medium if share <= 2 / 3 else Difficulty.hard
    return None


_TAIL_LEVEL = re.compile(r"[(\[]\s*([^\W\d_]+)\s*[)\]]\s*$")  # a level word in brackets ending a heading


def section_label(section: list[str]) -> str | None:
    """The level word of the nearest section named by one (``## Beginner``, ``## Advanced questions``,
    ``## Senior level``): the label of the questions under it that carry none of their own."""
    for name in reversed(section):
        tail = _TAIL_LEVEL.search(name)  # '## 1. Goroutines vs OS Threads (Junior)': the level after its topic (lead G1)
        if tail and guess(tail.group(1)) is not None:
            return tail.group(1)
        words = re.findall(r"[\w']+", name)
        found = [w for w in words if guess(w) is not None and not w.isdigit()]
        others = [w for w in words if w not in found]
        # the other words name the level's questions ('questions', 'level'), never a thing the level word
        # describes ('Easy Remember', 'Hard Disk Drives'; trial7 Q3); words of other languages as before
        if 1 <= len(words) <= 3 and len(found) == 1 and all(w.lower() in _LEVEL_FILLERS or not w.isascii() for w in others):
            return found[0]
    return None


_LEVEL_FILLERS = frozenset({"questions", "question", "qs", "q", "level", "levels", "tier", "tasks", "task", "problems", "problem", "exercises", "exercise", "interview", "interviews", "section", "part", "round", "topics", "topic", "concepts", "concept", "developer", "developers", "engineer", "engineers", "mode", "difficulty", "faq", "ones", "items", "stuff", "the", "and", "for", "of", "to"})


# a level numbered on the document's own scale: 'Stufe 2', 'Level 3', 'Niveau 1', 'Nivel 2', 'Lvl 4', or the number alone
_NUMBERED_LEVEL = re.compile(
    r"^(?:(?P<word>level|lvl|lv|stufe|niveau|nivel|nível|livello|poziom|úroveň|seviye|уровень|рівень|等级|级别|レベル|레벨)\.?\s*)?"
    r"(?P<n>\d{1,2})$",
    re.I,
)
SCALE_MIN = 3  # a document's levels 1 and 2 alone are easy and medium (never easy and hard)


def scaled_levels(labels: list[str]) -> dict[str, Difficulty]:
    """The labels that number a level on the document's own scale ('Stufe 1' … 'Stufe 3', 'Level 2'), each at its
    place on the scale from 1 to the highest one the document uses (three at least): the lowest third easy, the highest
    hard, as a bank's numbered levels are read (compiler.sources.databank). Two numbered labels at least, else none."""
    found = {label: (m.group("word") or "").casefold() for label in labels if (m := _NUMBERED_LEVEL.match(fold(label)))}
    words = set(found.values())
    if len(found) < 2 or len(words) > 1:
        return {}
    numbers = {label: int(_NUMBERED_LEVEL.match(fold(label)).group("n")) for label in found}  # type: ignore[union-attr]
    low = 1 if 0 not in numbers.values() else 0
    top = max(max(numbers.values()), low + SCALE_MIN - 1)
    out: dict[str, Difficulty] = {}
    for label, n in numbers.items():
        share = (n - low) / (top - low)
        out[label] = Difficulty.easy if share <= 1 / 3 + 1e-9 else Difficulty.medium if share <= 2 / 3 + 1e-9 else Difficulty.hard
    return out


def legend_levels(lines: list[str], labels: list[str]) -> dict[str, Difficulty]:
    """The levels a page's own legend gives its markers: a line that writes a marker right before a level word
    (``- 🟩 Beginner question`` / ``- 🟧 Intermediate question`` / ``- 🟥 Advanced question``, ``🟢 = easy``,
    ``⭐ Easy · ⭐⭐ Medium``), the marker not an item's (an item's marker is followed by its question). Only markers
    that are emoji or symbols, each at the first level the page names for it (trial57 T57-4: an iOS README's three
    colours were all guessed medium beside its legend)."""
    marks = [label for label in labels if label.strip() and all(emojiish(part) for part in label.split())]
    found: dict[str, Difficulty] = {}
    for line in lines:
        for label in marks:
            if label in found or label not in line:
                continue
            # ('⭐️ medium': the star's variation selector between it and its word, trial58 T58-4)
            for m in re.finditer(re.escape(label) + r"\ufe0f?(?![\u2b50\u2605])[ \t]*(?:[:=\u2013\u2014-][ \t]*)?(?:\*\*|__)?(?P<word>[^\W\d_]+)", line):
                level = guess(m.group("word"))
                if level is not None:
                    found[label] = level
                    break
    for label in marks:  # a marker made of two the legend names ('⭐🚀' on one question): the harder of them
        parts = [strip_invisible(p) for p in _emoji_parts(label)] if label not in found else []
        if len(parts) >= 2 and all(p in found for p in parts):
            found[label] = max((found[p] for p in parts), key=lambda lv: _ORDER[lv])
    return found


def guess_combined(label: str) -> Difficulty | None:
    """A likely level for a label, or for a marker made of several (``⭐️🚀``: the hardest guess)."""
    level = guess(label)
    if level is not None:
        return level
    parts = _emoji_parts(label) if emojiish(label) else re.split(r"[\s/+,|&-]+", label)
    parts = [p for p in parts if fold(p) not in _INTENSIFIERS] or parts  # ('very hard', 'sehr leicht', 'muy difícil')
    levels = [guess(p) for p in parts if strip_invisible(p).strip()]
    if len(parts) == 1 and levels and levels[0] is not None:
        return levels[0]
    if len(levels) < 2 or any(lv is None for lv in levels):
        return None
    return max(levels, key=lambda lv: _ORDER[lv])  # type: ignore[arg-type,return-value]


def self_grading(
    doc: Document, rule: DifficultyRule, diag: Diagnostics, stop: Callable[[str], bool] | None = None
) -> Grading | None:
    """Ranges graded by the document's own "Self-grading" paragraph.

    Each sentence that names ranges (``1-15``) grades them with the level of the
    first configured label word it contains (``basic`` -> easy).  The paragraph
    runs from the ``Self-grading`` line to a blank line or a line ``stop`` accepts.
    """
    lines = doc.lines
    heading = next((i for i, line in enumerate(lines) if SELF_GRADING.match(line)), None)
    if heading is None:
        diag.error(
            doc.rel,
            None,
            "difficulty is 'self-grading' but the document has no 'Self-grading' paragraph",
            'use from = "ranges" with explicit ranges, or from = "fixed", in this [[source]] of deck.toml',
        )
        return None
    first = SELF_GRADING.match(lines[heading]).group("rest")  # type: ignore[union-attr]
    block = [(heading + 1, first)]
    for index in range(heading + 1, len(lines)):
        if not lines[index].strip() or (stop is not None and stop(lines[index])):
            break
        block.append((index + 1, lines[index]))
    grading: Grading = []
    for lineno, text in block:
        for sentence in _SENTENCE.split(text.strip()):
            ranges = [(int(a), int(b)) for a, b in _RANGE.findall(sentence)]
            if not ranges:
                continue
            found = [
                (m.start(), level)
                for key, level in rule.labels.items()
                if (m := re.search(rf"\b{re.escape(key)}\b", sentence, re.IGNORECASE))
            ]
            if not found:
                known = ", ".join(rule.labels) or "none"
                diag.warning(
                    doc.rel,
                    lineno,
                    f"grading sentence names no known level (known: {known}): {sentence[:60]!r}",
                    "add its level word to the labels of this [[source]]'s difficulty in deck.toml",
                )
                continue
            level = min(found, key=lambda pair: pair[0])[1]
            grading.extend((lo, hi, level) for lo, hi in ranges)
    if not grading:
        diag.error(
            doc.rel,
            heading + 1,
            "the Self-grading paragraph grades no item ranges",
            "write ranges like 'If you can't answer 1-15, … basic …'",
        )
    return grading


_FRONT_LEVEL = re.compile(r"""^(?P<key>(?i:difficulty|level))\s*[:=]\s*(?P<value>[^#\n]*?)\s*(?:\s#.*)?$""")


def front_matter_level(lines: list[str]) -> tuple[str, int, str] | None:
    """``(value, 1-based line, key)`` of the level a page's front matter gives all its items: ``difficulty: hard``
    (or ``level: beginner``; ``difficulty`` wins when both are there), or a page without front matter in an HTML
    comment of its own line (``<!-- difficulty: hard -->``, ``<!-- expertise: (2) -->``: T34-4), or None."""
    end = front_matter_end(lines)
    if end is None:
        return comment_field(lines, ("difficulty", "level", "expertise"))
    found: dict[str, tuple[str, int, str]] = {}
    for k in range(1, end):
        m = _FRONT_LEVEL.match(lines[k]) if not lines[k][:1].isspace() else None
        value = m.group("value").strip().strip("\"'").strip() if m else ""
        if m and value:
            found.setdefault(m.group("key").lower(), (value, k + 1, m.group("key")))
    return found.get("difficulty") or found.get("level")


def page_level(rule: DifficultyRule, value: str) -> Difficulty | None:
    """What a front-matter level means: a level's own name, a label of the source's rule, or a word whose
    meaning is plain (``beginner`` -> easy, ``advanced`` -> hard; see ``_GUESS``); None if none of these."""
    folded = fold(value)
    if folded in {d.value for d in Difficulty}:
        return Difficulty(folded)
    return lookup_combined(rule, value) or guess_combined(value)


@dataclass
class Levels:
    """Resolves the level of each item of one source document.

    ``stop`` ends the Self-grading paragraph at a reader's item or heading
    line (only used with ``from = "self-grading"``).  The page's front matter
    (``difficulty: hard``) replaces the rule's ``default`` for this file: an
    item's own label, range or grading still wins.
    """

    source: SourceConfig
    doc: Document
    diag: Diagnostics
    stop: Callable[[str], bool] | None = None
    grading: Grading | None = field(default=None, init=False)
    default: Difficulty | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        rule = self.source.difficulty
        if rule.from_ == "self-grading":
            self.grading = self_grading(self.doc, rule, self.diag, self.stop)
        self.default = rule.default
        page = front_matter_level(self.doc.lines)
        if page is not None:
            value, line, key = page
            level = page_level(rule, value)
            if level is not None:
                self.default = level
            else:
                said = f"front matter '{key}: {value}'" if front_matter_end(self.doc.lines) is not None else f"the comment '<!-- {key}: {value} -->'"
                self.diag.warning(  # (a folder of such pages: said once, with the count)
                    self.doc.rel,
                    line,
                    f"{said} is not easy, medium or hard; the page's items get the source's default",
                    f"write easy, medium or hard, or map it in the labels of [[source]] {self.source.id!r} in deck.toml, "
                    f'e.g. difficulty = {{ from = "{rule.from_}", labels = {{ {_toml_key(value)} = "medium" }} }}',
                    group=f"page-level:{key.lower()}",
                )

    def level(self, label: str | None, number: str | None, line: int) -> Difficulty | None:
        """The level of the item at ``line`` with its own ``label`` (or None) and ``number``."""
        rule = self.source.difficulty
        label = clean_label(label)
        if rule.from_ == "label":
            if label is None:
                return self.default
            level = lookup_combined(rule, label)
            if level is None:
                self._unknown(label, line)
            return level
        if rule.from_ == "fixed":
            return self.default
        if number is None or not number.isdecimal():
            return self.default
        n = int(number)
        if rule.from_ == "ranges":
            level = next((lv for lo, hi, lv in rule.ranges if lo <= n <= hi), self.default)
            where = "the ranges"
        else:
            if self.grading is None:
                return self.default  # the missing paragraph is reported once
            level = next((lv for lo, hi, lv in self.grading if lo <= n <= hi), self.default)
            where = "the document's Self-grading paragraph"
        if level is None:
            self.diag.error(
                self.doc.rel,
                line,
                f"item {n} is in no difficulty range of {where}",
                f'cover it in the ranges, or add default = "medium" to the difficulty of [[source]] {self.source.id!r} in deck.toml',
                group="difficulty-range",
                fix={"difficulty": difficulty_table(self.source.difficulty.model_copy(update={"default": Difficulty.medium}))},
            )
        return level

    def _unknown(self, label: str, line: int) -> None:
        rule = self.source.difficulty
        known = ", ".join(sorted(rule.labels)) or "none"
        labels = dict(rule.labels)
        labels[label] = guess(label) or Difficulty.medium
        self.diag.error(
            self.doc.rel,
            line,
            f"unknown difficulty {label!r} (known: {known})",
            f"add it to the labels of [[source]] {self.source.id!r} in deck.toml, e.g. "
            f"difficulty = {difficulty_toml(rule.model_copy(update={'labels': labels}))}",
            group=f"unknown-difficulty:{label}",
            fix={"difficulty": difficulty_table(rule.model_copy(update={"labels": labels}))},
        )


def _toml_key(value: str) -> str:
    from compiler.sources.suggest import toml_string

    return toml_string(value)


def difficulty_table(rule: DifficultyRule) -> dict[str, object]:
    """The rule as the keys of its TOML table (plain data: a diagnostic's fix, kept in the item cache as JSON)."""
    table: dict[str, object] = {"from": rule.from_}
    if rule.labels:
        table["labels"] = {k: v.value for k, v in rule.labels.items()}
    if rule.ranges:
        table["ranges"] = [[lo, hi, lv.value] for lo, hi, lv in rule.ranges]
    if rule.default is not None:
        table["default"] = rule.default.value
    return table


def difficulty_toml(rule: DifficultyRule) -> str:
    """The rule as a TOML inline table, as a user would write it in deck.toml."""
    from compiler.sources.suggest import toml_string

    parts = [f"from = {toml_string(rule.from_)}"]
    if rule.labels:
        labels = ", ".join(f"{toml_string(k)} = {toml_string(v.value)}" for k, v in rule.labels.items())
        parts.append(f"labels = {{ {labels} }}")
    if rule.ranges:
        ranges = ", ".join(f"[{lo}, {hi}, {toml_string(lv.value)}]" for lo, hi, lv in rule.ranges)
        parts.append(f"ranges = [{ranges}]")
    if rule.default is not None:
        parts.append(f"default = {toml_string(rule.default.value)}")
    return "{ " + ", ".join(parts) + " }"
