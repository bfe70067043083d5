"""How alike two candidate questions are: a handful of explainable features and a logistic combiner.

A single embedding cosine cannot tell "What is label smoothing?" (same
question, other words) from "Why does label smoothing help?" (same topic,
another card).  The score of a candidate pair is therefore a probability from
a small logistic regression over features a person can check:

- ``q``: cosine of the two questions alone (MiniLM);
- ``qa``: cosine of question + answer;
- ``a``: cosine of the answers alone;
- ``words``: IDF-weighted overlap of the questions' content words (rare
  words such as "smoothing" count more than "regularization" in a deck about
  regularization; a name the deck writes solid, "BatchNorm", is one word in
  its two-word spellings too, "batch norm", "batch normalization");
- ``answer_words``: the same for the answers (two sources answering one
  question use the same rare terms);
- ``intent``: 1 when the questions ask disjoint kinds of thing (why vs what,
  a value vs a comparison), see :func:`intents`;
- ``swap``: the smaller IDF weight of the words each question has and the
  other lacks: "too small (underfitting)" vs "too large (overfitting)"
  share most words yet each adds its own, the sign of a sibling question;
- ``mutual``: 1 when each question is the other's closest match in the
  other's document, 0.5 when only one way, else 0 (a document rarely asks one
  question twice, so a true duplicate in another document is usually the
  closest match there);
- ``covered``: the share (IDF-weighted) of the shorter question's content
  words that the other question has too: "What's CutMix?" is covered by
  "Explain Cutout, Mixup and CutMix", which asks more;
- ``answer_covered``: the same for the answers (one source's short answer
  inside another's long one);
- ``same_kind``: 1 when both questions ask the same kinds of thing (both
  "what", both "why and how"), see :func:`intents`.

The coefficients are fitted offline on ``tests/data/dupe-labels.toml`` by
``bench/fit_dedupe.py`` and committed as ``compiler/data/dedupe-model.json``;
the bench reports their quality on documents held out of the fit.  IDF
weights come from the questions (and answers) of the build itself, so the
score adapts to a deck's vocabulary without a word list.
"""

from __future__ import annotations

import functools
import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from compiler.editdistance import edit_distance
from compiler.model import Choice, Item, ItemKind, normalize_text

MODEL_FILE = Path(__file__).parent / "data" / "dedupe-model.json"
FEATURES = ("q", "qa", "a", "words", "answer_words", "intent", "swap", "mutual", "covered", "answer_covered", "same_kind")

# function words and question scaffolding: they say nothing about what is asked
_STOP = frozenset(
    ["a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "is", "are", "was", "were", "be", "been", "being", "does", "do", "did", "doing", "what", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose", "it", "its", "this", "that", "these", "those", "with", "by", "as", "at", "from", "into", "vs", "versus", "your", "you", "we", "our", "can", "could", "should", "would", "will", "shall", "may", "might", "must", "explain", "define", "describe", "state", "compare", "give", "list", "name", "mean", "means", "meaning", "some", "any", "other", "than", "then", "there", "their", "them", "they", "about", "between", "i", "me", "my", "one", "ones"]
)

# kinds of question, by the words that ask them; a question may ask several ("What is X? Why does it work?")
_INTENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("why", r"\bwhy\b"),
        ("how", r"\bhow\b(?! (?:many|much)\b)"),
        ("when", r"\bwhen\b"),
        ("where", r"\bwhere\b"),
        ("what", r"\bwhat\b|\bdefin|\bstate\b|\bexplain\b|\bdescribe\b|\bmeaning\b"),
        ("value", r"\btypical\b|\bdefault\b|\bhow (?:many|much)\b|\bwhich\b"),
        ("compare", r"\bcompar|\bdiffer|\bvs\b|\bversus\b"),
        ("list", r"\blist\b|\bname (?:two|three|four|five|some)\b"),
    )
)


_LATIN_LETTERS = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"})


def fold_latin(text: str) -> str:
    """Latin letters without their accents ('fotosíntesis' = 'fotosintesis', 'Größe' = 'grosse'); other scripts, and
    superscripts ('w²' is no 'w2'), as they are. :func:`content_words` keeps ASCII words: an accented letter split one
    word in two ('fotos' + 'ntesis', 'biblioth' + 'que'), and two questions shared fragments, not words."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFD", text.translate(_LATIN_LETTERS))
    return "".join(c for n, c in enumerate(folded) if not (unicodedata.combining(c) and n and folded[n - 1].isascii()))


def content_words(text: str) -> frozenset[str]:
    """Lower-cased content words, accents off Latin letters, hyphens joined, plural s and endings cut to a 6-letter stem."""
    text = fold_latin(text.lower().replace("’", "'"))
    text = re.sub(r"(?<=[a-z0-9])-(?=[a-z0-9])", "", text)  # trade-off = tradeoff
    text = re.sub(r"'s\b|n't\b", " ", text)
    words = set()
    for word in re.sub(r"[^a-z0-9]+", " ", text).split():
        if word in _STOP:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        words.add(word[:6])
    return frozenset(words)


def question_words(text: str) -> tuple[str, ...]:
    """The lower-cased words of a question in order, hyphens joined (``trade-off`` = ``tradeoff``)."""
    text = re.sub(r"(?<=\w)-(?=\w)", "", text.lower().replace("’", "'"))
    return tuple(re.findall(r"\w+(?:'\w+)*", text))


def other_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two questions where each has a content word the other lacks and which is no other spelling of one of
    the other's: "zugomama" / "zugoma", "casa" / "casas" in a vocabulary list are two words to learn,
    though their 6-letter stems and the model's sub-word cosine (0.98) make them look the same. Function
    words ("the", "what"), words one side adds (``swap`` judges those), the same words in another order or
    number,
    words written apart or solid ("batch norm" / "batchnorm") and, in a question of three content words
    or more, a typo or plural ("regularisation" / "regularization") leave the wording the same."""
    ra = [w for w in a if w not in _STOP]
    rb = [w for w in b if w not in _STOP]
    only_a, only_b = set(ra) - set(rb), set(rb) - set(ra)
    if not only_a or not only_b:
        return False
    if "".join(w for w in ra if w in only_a) == "".join(w for w in rb if w in only_b):
        return False
    if min(len(ra), len(rb)) < 3:
        return True

    def spelled(w: str, others: set[str]) -> bool:
        limit = 1 if len(w) <= 8 else 2
        return any(edit_distance(w, v, limit) <= limit for v in others)

    return not (all(spelled(w, only_b) for w in only_a) and all(spelled(w, only_a) for w in only_b))


def intents(question: str) -> frozenset[str]:
    """The kinds of thing a question asks (why, how, what, value, compare, …); empty for a bare prompt."""
    text = question.lower()
    return frozenset(name for name, pattern in _INTENTS if pattern.search(text))


def answer_text(item: Item) -> str:
    """The text an item teaches: its answer, with a quiz's correct option first and a cloze's full sentence."""
    parts = []
    if item.kind is ItemKind.multiple_choice:
        parts += [c.text for c in item.choices if c.label in item.correct_labels]
    if item.cloze:
        parts.append(re.sub(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", r"\1", item.cloze))
    parts.append(item.answer_plain())
    return "\n".join(p for p in parts if p)


def correct_choices(item: Item) -> list[Choice]:
    """A quiz's correct options (several for a "Choose TWO" key)."""
    right = item.correct_labels
    return [c for c in item.choices if c.label in right]


def _option_words(texts: list[str]) -> frozenset[str]:
    words = frozenset().union(*(content_words(t) for t in texts)) if texts else frozenset()
    return words or frozenset(normalize_text(" ".join(texts)).split())  # "4", "None": the text itself


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


DIFFERENT_ANSWERS = "different answers"  # how a reason for two quizzes told apart by their keys starts
SAME_ANSWER = 0.5  # content-word Jaccard two correct options must exceed to count as one answer


def answers_differ(a: Item, b: Item) -> str:
    """Why two quizzes do not teach the same answer, or "" (they agree, or one is no quiz).

    Two multiple-choice items are the same question only if their correct answers agree: the
    correct options' content words overlap by more than :data:`SAME_ANSWER` (Jaccard; "AWS Storage
    Gateway" ~ "Storage Gateway" 0.67, "Amazon S3 Glacier" ~ "Amazon S3 Standard" 0.5, "AWS
    Organizations" ~ "AWS Config" 0.33), and no *wrong* option of either quiz matches the other's
    correct answer as well (the same options keyed differently are two questions: "which is …" vs
    "which is NOT …").  A stem alone says little in a quiz bank: "… the responsibility of the
    customer?" and "… of AWS?" share every word but one.
    """
    if a.kind is not ItemKind.multiple_choice or b.kind is not ItemKind.multiple_choice:
        return ""
    ca, cb = correct_choices(a), correct_choices(b)
    if not ca or not cb:
        return ""
    wa, wb = _option_words([c.text for c in ca]), _option_words([c.text for c in cb])
    agree = _jaccard(wa, wb)
    shown = "; ".join(f"{c.label}) {c.text}" for c in ca) + " vs " + "; ".join(f"{c.label}) {c.text}" for c in cb)
    if agree <= SAME_ANSWER:
        return f"{DIFFERENT_ANSWERS} ({shown})"
    for mine, other, keyed in ((wa, b, cb), (wb, a, ca)):
        wrong = [c for c in other.choices if c not in keyed]
        if any(_jaccard(mine, _option_words([c.text])) >= agree for c in wrong):
            return f"{DIFFERENT_ANSWERS}: the correct option of one is a wrong option of the other ({shown})"
    return ""


_DELETION = re.compile(r"\{\{c\d+::(.*?)(?:::[^{}]*)?\}\}", re.S)  # "{{c1::une heure::one o'clock}}": "une heure"


def clozes_differ(a: Item, b: Item) -> str:
    """Why two clozes are two cards, or "": they hide different words.

    trial12 U47 (severe): "Il est {{c1::une heure}}." / "… {{c1::deux heures}}." / "… {{c1::midi}}." / "…
    {{c1::minuit}}." were one note (the masked sentences read alike; the drill is exactly what is hidden), 17
    such merges in a 1,639-note French deck.  As for quizzes (:func:`answers_differ`), the answer decides:
    two clozes are one card only if they hide the same words (case, accents and punctuation aside; a hint
    after '::' aside).  A cloze and another kind of item are judged by the score."""
    if not a.cloze or not b.cloze:
        return ""
    da, db = (sorted({normalize_text(t) for t in _DELETION.findall(item.cloze or "")}) for item in (a, b))
    if da == db:
        return ""
    return f"{DIFFERENT_ANSWERS} (clozes hiding other words: {' / '.join(da)!r} vs {' / '.join(db)!r})"


# Contrasts every deck has besides the opposite modifiers (decisions.OPPOSITES) and the guard groups a deck
# configures (learner L28: a fresh two-source deck auto-merged "When should you use a linked list?" with
# "... not use ...", and L1 with L2, "0.1 + 0.2" with "0.1 + 0.2 === 0.3"; the model scores such pairs 0.7-0.97)
_NEGATION = frozenset(["not", "no", "never", "without", "cannot", "nor"])
# the negating words of other languages a question is told to be in; Portuguese "no" is "in the" ('controla no CSS':
# trial24 T24-19 kept a true duplicate apart as a negation), Spanish "no" is "not"
_NEGATION_IN = {
    "es": frozenset(["no", "nunca", "sin", "ni", "jamás", "tampoco"]),
    "pt": frozenset(["não", "nunca", "sem", "nem", "jamais"]),
    "fr": frozenset(["ne", "n", "pas", "non", "jamais", "sans", "ni"]),
    "de": frozenset(["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "ohne"]),
    "it": frozenset(["non", "mai", "senza", "né"]),
}
_WORDS_ANY = re.compile(r"[^\W\d_]+")
# a word with its contraction ("isn't"); named apart from the word-feature _WORD below, which once shadowed
# it, so "What isn't Quartz?" read as "isn" + "t" and merged with "What is Quartz?" (trial11 P12)
_SAYING = re.compile(r"[a-z]+(?:'[a-z]+)?")
# a number, thousands separators read whole: "1,000 < n < 100,000" and "100,000 < n < 1,000,000" hold
# other numbers, not both {1, 000, 100} (trial11 P8)
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_BLANK = re.compile(r"_{3,}")
# a capital letter alone after a space, never the question's first word nor the pronoun 'I' ('labelled A?', 'vitamin B')
_LONE_LETTER = re.compile(r"(?<=\s)[A-HJ-Z](?=[\s?？.,:;!)]|$)")
# words that say "not" with other words: "Why is the validation set not used to fit …?" asks what "Why must the
# validation set be kept out of parameter fitting?" asks (trial23 T23-9); a negation against one of these is no contrast
_NEGATIVE_SENSE = re.compile(
    r"\b(?:out of|instead of|rather than|apart from|except|exclud\w*|avoid\w*|prevent\w*|omit\w*|lack\w*|forbid\w*|"
    r"prohibit\w*|refus\w*|fail\w*|neither|none|unable|impossible)\b",
    re.I,
)
# an open question, not a statement: "What is the gradient of …?" asks what "The gradient of … is _____." blanks
# (named apart from the prompt pattern _ASKS below, which shadowed it: a German open question ending in '?' against its
# fill-in was "each blanks other words", trial24 T24-37)
_OPEN_QUESTION = re.compile(r"[?？]\s*$|^\s*(?:what|which|who|whom|whose|why|how|when|where|is|are|does|do|can|name|give|state|define)\b", re.I)


def _squashed(text: str) -> str:
    return " ".join(re.sub(r"_{3,}", "___", text.lower()).split())


_ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]|\bpart\s+\d+", re.I)  # "(Part 2)", "[5 marks]": a tail, not the subject


# what a formula says, whitespace aside: \( … \), \[ … \], $$ … $$, $ … $ (learner2 M9: "What is
# \(\frac{\partial}{\partial x}(a^T x)\)?" and "… (x^T A x)?" scored as the same wording, 0.99)
_MATH = re.compile(r"\\\((.+?)\\\)|\\\[(.+?)\\\]|\$\$(.+?)\$\$|\$([^$\n]+?)\$", re.S)
_DIMENSIONS = re.compile(r"(\d+)\s*(?:×|✕|\\times|\*|x|by)\s*(\d+)", re.I)  # "3×2", "3 x 2", "$3 \times 2$"
_DIRECTION = re.compile(r"\b(?:to|into|from|towards?)\b|→|->|⟶", re.I)
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


def subject_words(text: str) -> frozenset[str]:
    """The content words of a question without its bracketed tail ("(Part 2)", "[5 marks]")."""
    return content_words(_ASIDE.sub(" ", text))


def subject_order(text: str) -> list[str]:
    """The content words of a question in the order written, without its bracketed tail: one card written
    twice repeats them in this order; "a High Concurrency cluster for each data scientist … a Standard cluster
    for the jobs" and "a Standard cluster for each data scientist … a High Concurrency cluster for the jobs"
    name the same words in another order (learner4 N41)."""
    return _in_order(_ASIDE.sub(" ", text))


def word_order(text: str) -> list[str]:
    """The content words of a whole question in the order written, brackets and all: 'print(2 ** 3)' and
    'print(3 ** 2)' name the same words in another order (learner5 L52)."""
    return _in_order(text)


def _formulas(text: str) -> list[str]:
    return sorted({re.sub(r"\s+", "", next(g for g in m.groups() if g is not None)) for m in _MATH.finditer(text)})


def _in_order(text: str) -> list[str]:
    """The content words of ``text`` in the order written (``content_words`` of each word)."""
    return [w for token in _TOKEN.findall(text) for w in content_words(token)]


@functools.lru_cache(maxsize=65_536)
def _language(text: str) -> str:
    from compiler.sources.prompts import language

    return language(text)


def _pair_language(a: str, b: str) -> str:
    """The language two questions are in: the one told of either ('en' when neither can be told: a short question)."""
    la, lb = _language(a), _language(b) if b else "en"
    return la if la != "en" else lb


def _negations(question: str, other: str = "") -> set[str]:
    """The negating words of ``question``: not, no, never, cannot, nor, without; and an "n't" (isn't,
    doesn't, can't) when, that word aside, it names what ``other`` names ("What isn't Quartz?" / "What is
    Quartz?"). A contraction elsewhere keeps the question's subject: "Why can't we set all weights to
    zero?" asks the fact "What if we set all the weights to 0?" asks, and "Why does L1 produce sparse
    weights but L2 doesn't?" is the L1-vs-L2 question (8 labeled duplicate pairs hold such a contraction
    on one side; none holds a plain "not")."""
    said = question.lower().replace("\u2019", "'")
    lang = _pair_language(question, other)
    if lang in _NEGATION_IN:
        return set(_WORDS_ANY.findall(said)) & _NEGATION_IN[lang]
    words = set(_SAYING.findall(said))
    out = words & _NEGATION
    short = {w for w in words if w.endswith("n't")}
    if short and subject_words(_SAYING.sub(lambda m: "" if m.group() in short else m.group(), said)) == subject_words(other):
        out |= short
    return out


# what one can do and what one should do (trial45 T45-2: 'What Python version can I use with Django?', a table of versions,
# and '… should I use …?', a recommendation, merged at 0.98): the modal verbs of possibility and of advice, in the
# languages whose negations deckc knows; 'How can I …?' and 'How should I …?' ask alike (a way to do it), so 'how' aside
_POSSIBLE = frozenset(["can", "could", "may", "might", "puedo", "puede", "podemos", "pueden", "peux", "peut", "puis", "pouvons",
                       "kann", "kannst", "können", "posso", "può", "possiamo", "pode", "podem"])  # fmt: skip
_ADVISED = frozenset(["should", "must", "ought", "debo", "debe", "debería", "deberíamos", "dois", "doit", "devrais", "devrait",
                      "soll", "sollte", "sollten", "muss", "devo", "dovrei", "deve", "devemos"])  # fmt: skip
_HOW = re.compile(r"^\W*(?:how|cómo|como|comment|wie|come)\b", re.I)


# opposite affixes of one root: 'endocytosis' / 'exocytosis', 'intracellular' / 'extracellular', 'hypertonic' / 'hypotonic',
# 'hydrophilic' / 'hydrophobic', 'overfitting' / 'underfitting' (trial45 T45-13: a glossary's opposites suggested as one)
_OPPOSITE_PREFIXES = (("endo", "exo"), ("intra", "extra"), ("hyper", "hypo"), ("over", "under"), ("inter", "intra"))
_OPPOSITE_SUFFIXES = (("philic", "phobic"), ("phile", "phobe"))
AFFIX_ROOT = 3  # letters at least the two words share besides their affixes


def _opposite_affixes(x: str, y: str) -> bool:
    """Whether two words are one root with opposite affixes ('endocytosis' / 'exocytosis', 'hydrophilic' / 'hydrophobic')."""
    for p, q in _OPPOSITE_PREFIXES:
        for u, v in ((x, y), (y, x)):
            if u.startswith(p) and v.startswith(q) and u[len(p) :] == v[len(q) :] and len(u) - len(p) >= AFFIX_ROOT:
                return True
    for p, q in _OPPOSITE_SUFFIXES:
        for u, v in ((x, y), (y, x)):
            if u.endswith(p) and v.endswith(q) and u[: -len(p)] == v[: -len(q)] and len(u) - len(p) >= AFFIX_ROOT:
                return True
    return False


def _affix_contrast(a: str, b: str) -> str:
    """Two questions that differ in a word or two each, two of them one root with opposite affixes ('intracellular fluid
    (ICF)' / 'extracellular fluid (ECF)'): two terms, two cards."""
    wa, wb = (set(re.findall(r"[^\W\d_]+", q.lower())) for q in (a, b))
    only_a, only_b = wa - wb, wb - wa
    if not 1 <= len(only_a) <= 2 or len(only_b) != len(only_a):
        return ""
    pair = next(((x, y) for x in sorted(only_a) for y in sorted(only_b) if _opposite_affixes(x, y)), None)
    return f"opposite affixes: {pair[0]!r} / {pair[1]!r}" if pair else ""


def _modal_contrast(a: str, b: str) -> str:
    """"can" on one side and "should" on the other, each alone of its kind ('What Python version can I use …?' / '…
    should I use …?', 'Can I use X?' / 'Should I use X?'): what is possible and what is advised, two questions; "" when
    both ask how."""
    wa, wb = (set(re.findall(r"\w+", q.lower())) for q in (a, b))
    pa, pb, sa, sb = wa & _POSSIBLE, wb & _POSSIBLE, wa & _ADVISED, wb & _ADVISED
    if _HOW.match(a) and _HOW.match(b):
        return ""
    if pa and sb and not sa and not pb:
        return f"modality: {sorted(pa)[0]!r} / {sorted(sb)[0]!r} (what is possible, what is advised)"
    if sa and pb and not pa and not sb:
        return f"modality: {sorted(sa)[0]!r} / {sorted(pb)[0]!r} (what is advised, what is possible)"
    return ""


def built_in_contrast(a: str, b: str) -> str:
    """Why two questions are two questions whatever their scores, or "": one negates what the other asks
    ("use" / "not use"), both hold formulas and they differ, both name dimensions and they differ ("3×2" /
    "2×3"), they say the same words in another order around a direction ("from a new basis to the standard
    basis" / "from the standard basis to a new basis"), both hold numbers and they differ ("L1" / "L2",
    "0.1 + 0.2" / "0.1 + 0.2 === 0.3"), or capital letters standing alone that differ ("labelled A" /
    "labelled B"), they are fill-in-the-blank prompts that blank other words of one
    sentence, one asks what can be done and the other what should be ("can I use" / "should I use"), or they name one
    root with opposite affixes ("endocytosis" / "exocytosis")."""
    blanks = bool(_BLANK.search(a)), bool(_BLANK.search(b))
    # a blank on one side against an open question on the other is the same question asked two ways (trial23 T23-9):
    # left to the score; against a statement, or blanks on both sides, the sentences blank other words
    asked = blanks[0] != blanks[1] and _OPEN_QUESTION.search(b if blanks[0] else a) is not None
    if any(blanks) and not asked and _squashed(a) != _squashed(b):
        return "fill-in blanks: each blanks other words"  # 'Pods running as a _____ …' / '… as a Deployment …'
    na, nb = _negations(a, b), _negations(b, a)
    if bool(na) != bool(nb) and not _NEGATIVE_SENSE.search(b if na else a):
        return f"negation: {sorted(na or nb)[0]!r} in one question only"
    fa, fb = _formulas(a), _formulas(b)
    if fa and fb and fa != fb:  # a formula on one side only is left to the score, as a number is
        x, y = " ".join(fa), " ".join(fb)
        k = next((n for n, (c, d) in enumerate(zip(x, y, strict=False)) if c != d), min(len(x), len(y)))
        cut = max(0, k - 10)  # where they differ, with a little before it
        return f"different formulas: {'…' * bool(cut)}{x[cut:cut + 40]} / {'…' * bool(cut)}{y[cut:cut + 40]}"
    ma, mb = ([f"{x}x{y}" for x, y in _DIMENSIONS.findall(q)] for q in (a, b))
    if ma and mb and ma != mb:
        return f"different dimensions: {' '.join(ma)} / {' '.join(mb)}"  # a 3×2 matrix is not a 2×3 one
    oa, ob = _in_order(a), _in_order(b)
    if oa != ob and sorted(oa) == sorted(ob) and _DIRECTION.search(a) and _DIRECTION.search(b):
        return "direction: the same words in another order around 'from' / 'to'"  # new basis → standard, and back
    # a typeset term's number counts as its plain spelling's ("\\(L^1\\)" / "L2"): the aside rule drops \( … \)
    da, db = (sorted({n.replace(",", "") for n in _NUMBER.findall(_ASIDE.sub(" ", plain_math(q)))}) for q in (a, b))
    # a number on one side only is no contrast: the other may spell it ("weight decay" ~ "L2", "zero" ~ "0")
    if da and db and da != db:
        return f"different numbers: {' '.join(da) or 'none'} / {' '.join(db) or 'none'}"
    # a capital letter standing alone inside the question, as numbers do: a diagram's label ('What is labelled A?' /
    # '… B?', sitting 50: 0.80 apart from an auto-merge), an option, a vitamin or a set ('vitamin A' / 'vitamin B')
    la, lb = (sorted(set(_LONE_LETTER.findall(q))) for q in (a, b))
    if la and lb and la != lb:
        return f"different letters: {' '.join(la)} / {' '.join(lb)}"
    return _affix_contrast(a, b) or _modal_contrast(a, b) or _name_contrast(a, b)


_THING_WORD = re.compile(r"[^\W_][\w'’-]*")
# the words that lead to the thing a question asks about ('parameters of the decision tree model', 'text
# classification with bag of words', 'overfitting in random forests')
_THING_LEADS = frozenset(["of", "with", "for", "in", "on", "about", "using", "to", "from", "by", "into", "without", "via"])
_ARTICLES = frozenset(["the", "a", "an"])
THING_WORDS = 4  # words at most of each of the two things
THING_FRAME = 4  # words at least the two questions share around them


def thing_contrast(a: str, b: str) -> str:
    """Two questions of one document worded the same but for the thing they ask about, right after a preposition
    (an article between): 'What are the main parameters of the decision tree model?' / '… of the random forest
    model?', '… text classification with bag of words?' / '… with embeddings?' (trial58 T58-8: suggested at 0.81 as
    one question). The two things share no word and each starts and ends with a content word; the questions share
    THING_FRAME words around them."""
    wa, wb = (_THING_WORD.findall(q.lower()) for q in (a, b))
    p = 0
    while p < min(len(wa), len(wb)) and wa[p] == wb[p]:
        p += 1
    s = 0
    while s < min(len(wa), len(wb)) - p and wa[-1 - s] == wb[-1 - s]:
        s += 1
    da, db = wa[p : len(wa) - s], wb[p : len(wb) - s]
    if not (1 <= len(da) <= THING_WORDS and 1 <= len(db) <= THING_WORDS) or set(da) & set(db) or p + s < THING_FRAME:
        return ""
    if any(x[0] in _STOP or x[-1] in _STOP or x[0].isdigit() or x[-1].isdigit() for x in (da, db)):
        return ""
    k = p - 1
    while k >= 0 and wa[k] in _ARTICLES:
        k -= 1
    if k < 0 or wa[k] not in _THING_LEADS:
        return ""
    return f"the thing asked about: {' '.join(da)!r} / {' '.join(db)!r}"


FAMILY = "asked alike of different things"  # how the reason for a pair of one family of questions starts
FAMILY_MIN = 3  # questions, at least, worded the same but for one word, each another, that make a family of them
FAMILY_FRAME = 2  # content words, at least, the family's questions share besides the word they differ in
FAMILY_WORDS = 20  # words at most of a question looked at (a family's questions are short)
# function words of one kind: one for another leaves a question what it asked ('What is a closure?' / '… the
# closure?', 'is' / 'are', 'in' / 'on', 'How do you …' / 'How can you …')
_WORD_KINDS = (
    frozenset(["a", "an", "the", "this", "that", "these", "those", "some", "any", "its", "their", "your", "my", "our"]),
    frozenset(["of", "in", "on", "for", "to", "at", "from", "into", "with", "by", "about", "between", "as", "within"]),
    frozenset(["is", "are", "was", "were", "be", "been", "being", "does", "do", "did", "doing", "can", "could", "should",
               "would", "will", "shall", "may", "might", "must"]),
    frozenset(["and", "or", "vs", "versus", "than"]),
    frozenset(["what", "whats", "why", "how", "when", "where", "which", "who", "whom", "whose"]),
    frozenset(["explain", "define", "describe", "state", "compare", "give", "list", "name"]),
    frozenset(["it", "they", "them", "i", "me", "you", "we"]),
)  # fmt: skip


class Families:
    """The questions of a deck worded the same but for one word, each another ('Implement Array at polyfill?', '…
    some …', '… map …' of a folder of sixteen polyfills): for each frame, a question with one word left out, the
    words that fill it.  Built once, when a pair first needs it: most decks have no such pair."""

    def __init__(self, questions: list[str]) -> None:
        self.questions = questions
        self._words: dict[int, tuple[str, ...]] = {}
        self._fillers: dict[str, set[str]] | None = None

    def words(self, i: int) -> tuple[str, ...]:
        if i not in self._words:
            self._words[i] = question_words(self.questions[i])
        return self._words[i]

    @staticmethod
    def _frame(words: tuple[str, ...], k: int) -> str:
        return " ".join(words[:k]) + " \0 " + " ".join(words[k + 1 :])

    def fillers(self, words: tuple[str, ...], k: int) -> set[str]:
        if self._fillers is None:
            self._fillers = {}
            for i in range(len(self.questions)):
                w = self.words(i)
                if 3 <= len(w) <= FAMILY_WORDS:
                    for n in range(len(w)):
                        self._fillers.setdefault(self._frame(w, n), set()).add(w[n])
        return self._fillers.get(self._frame(words, k), set())

    def contrast(self, i: int, j: int) -> str:
        """Why two questions of one family are two questions, or "": worded the same but for one word, the word on
        each side another (no other spelling of it, no function word of the same kind: 'a' / 'the'), the rest
        holding :data:`FAMILY_FRAME` content words, and :data:`FAMILY_MIN` questions of the deck or more filling the
        same frame with words of their own.  One word for another in a pair alone may be a synonym ('create' /
        'make'); a family of them is a list of things asked alike (the polyfill 'at' / 'some': merged at 0.98 as one
        question, 'at' and 'some' being function words elsewhere)."""
        wa, wb = self.words(i), self.words(j)
        if len(wa) != len(wb) or not 3 <= len(wa) <= FAMILY_WORDS:
            return ""
        diff = [k for k, (x, y) in enumerate(zip(wa, wb, strict=True)) if x != y]
        if len(diff) != 1:
            return ""
        k = diff[0]
        x, y = wa[k], wb[k]
        if sum(w not in _STOP for w in wa[:k] + wa[k + 1 :]) < FAMILY_FRAME:
            return ""
        if any(x in kind and y in kind for kind in _WORD_KINDS) or x.isdigit() or y.isdigit():
            return ""
        cx, cy = content_words(x), content_words(y)
        if (cx and cx == cy) or (min(len(x), len(y)) >= 5 and edit_distance(x, y, 1) <= 1):
            return ""  # another spelling of one word: 'closure' / 'closures', 'memoization' / 'memoisation'
        fillers = self.fillers(wa, k)
        if len(fillers) < FAMILY_MIN:
            return ""
        shown = " ".join((*wa[:k], "…", *wa[k + 1 :]))
        return f"{FAMILY}: {x!r} / {y!r} (one of {len(fillers)} questions '{shown}')"


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
NAME_REST = 3  # words besides their names two questions may differ in and be one question asked of two names


def _names(words: list[str]) -> set[str]:
    """The capitalised words of a question that are no sentence's first word and no acronym ('Australia', 'Africa')."""
    return {w for k, w in enumerate(words) if k > 0 and len(w) > 2 and w[:1].isupper() and not w.isupper()}


def _squashed_names(text: str, names: set[str]) -> str:
    """The run of the text's words from its first name to its last, spaces and hyphens out, lowercased ('Group Norm'
    -> 'groupnorm')."""
    words = _NAME_WORD.findall(text)
    at = [k for k, w in enumerate(words) if w in names]
    return "".join(words[at[0] : at[-1] + 1]).replace("-", "").lower() if at else ""


def _name_contrast(a: str, b: str) -> str:
    """Two questions that ask one thing of two names, each naming one the other does not, their other words nearly
    the same ('What is the capital of Australia?' / 'What is the capital of Canada?', 'What is the longest river in
    Africa?' / 'Name the longest river in Europe.'): two questions (sitting 57: such pairs were 'to decide')."""
    wa, wb = _NAME_WORD.findall(a), _NAME_WORD.findall(b)
    la, lb = {w.lower() for w in wa}, {w.lower() for w in wb}
    na, nb = {w for w in _names(wa) if w.lower() not in lb}, {w for w in _names(wb) if w.lower() not in la}
    if not na or not nb:
        return ""
    if "".join(sorted(w.lower() for w in na)) == "".join(sorted(w.lower() for w in nb)) or _squashed_names(a, na) == _squashed_names(b, nb):
        return ""  # ('Group Norm' / 'GroupNorm': one name spaced two ways)
    ra, rb = la - {w.lower() for w in na}, lb - {w.lower() for w in nb}
    if len(ra ^ rb) > NAME_REST or len(ra & rb) < 2:
        return ""
    return f"different names: {' '.join(sorted(na))} / {' '.join(sorted(nb))}"


# characters that negate the word they open in Chinese and Japanese kanji (不 not, 非 non-, 无/無 without,
# 未 not yet, 没/沒 have not, 否 no) and Korean's 안/못 (not, cannot): '可重复读' / '不可重复读' (repeatable /
# non-repeatable read), '聚簇索引' / '非聚簇索引' are opposites (trial28 T28-21)
_NEGATING_CHARS = frozenset("不非无無未没沒否안못")
_LATIN_TERM = re.compile(r"[A-Za-z][A-Za-z0-9+#.-]*[A-Za-z0-9+#]|[A-Za-z]{2,}")


def character_contrast(a: str, b: str) -> str:
    """Why two questions beyond the model are two questions whatever their characters share, or "": one is
    the other with a negating character added ('可重复读' / '不可重复读'), or each names a Latin term the other
    does not ('什么是 RDB 持久化？' / '什么是 AOF 持久化？': the terms are what they ask about, trial28 T28-21)."""
    import difflib

    x, y = normalize_text(a), normalize_text(b)
    changes = [
        x[i1:i2] + y[j1:j2]
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=x, b=y, autojunk=False).get_opcodes()
        if op != "equal"
    ]
    # (each change holds a negating character: a space added or dropped, '가상 메모리' / '가상메모리', negates nothing; T53-6)
    if changes and all(c.replace(" ", "") and set(c.replace(" ", "")) <= _NEGATING_CHARS for c in changes):
        return f"negation: {changes[0].strip()!r} in one question only"
    ta, tb = ({t.lower() for t in _LATIN_TERM.findall(q)} for q in (a, b))
    if ta - tb and tb - ta:
        return f"different terms: {' '.join(sorted(ta - tb))} / {' '.join(sorted(tb - ta))}"
    return ""


OTHER_FACT = "short answers that name different things"  # how the reason for such a pair starts (trial11 P117)
SHORT_ANSWER = 8  # words: an answer this short states one fact ("Canberra.", "It is Canberra.")
NAMED = 2  # content words of its own (beyond the questions') an answer that names one thing has: "New Delhi"


def short_answers_differ(a: Item, b: Item) -> str:
    """Why two open questions' answers contradict, or "": both answers are short (at most
    :data:`SHORT_ANSWER` words), each names one thing (at most :data:`NAMED` content words beyond the
    questions') and the two share no such word.

    trial11 P117: "What is the capital of Australia?" answered "Canberra." in one source and "Sydney." in
    another merged at score 1.00, the wrong one shown as "1 more answer" and nothing said.  Merged, one
    card teaches both; two such answers are two claims a reader must settle, so the pair is listed with
    both answers instead (a synonym, "Weight decay." / "Ridge penalty.", costs a decision, not a card).
    A longer answer, or one that lists ("A space, tab or newline." / "Whitespace."), says too much to be
    judged by its words."""
    if a.kind is not ItemKind.basic or b.kind is not ItemKind.basic or a.cloze or b.cloze:
        return ""
    ta, tb = (" ".join(item.answer_plain().split()) for item in (a, b))
    if not ta or not tb or normalize_text(ta) == normalize_text(tb):
        return ""
    if len(ta.split()) > SHORT_ANSWER or len(tb.split()) > SHORT_ANSWER:
        return ""
    # values of one measure, other numbers: '2.2–2.6 mmol/L' (serum calcium) / '0.7–1.0 mmol/L' (magnesium) share only
    # their unit, which made them look alike (trial32 T32-44); a number the questions hold is theirs, not a claim
    asked_numbers = {n.replace(",", "") for q in (a.question, b.question) for n in _NUMBER.findall(q)}
    values = [{n.replace(",", "") for n in _NUMBER.findall(t)} - asked_numbers for t in (ta, tb)]
    if values[0] and values[1] and not values[0] & values[1]:
        return f"{OTHER_FACT} ({ta!r} / {tb!r}): check which is right"
    asked = content_words(a.question) | content_words(b.question)
    asked_units = char_units(" ".join(unread_words(a.question) | unread_words(b.question)))
    own = []
    for text in (ta, tb):
        latin = content_words(text) - asked
        units = char_units(" ".join(unread_words(text))) - asked_units  # 堪培拉 / 悉尼: by character pairs
        if len(latin) > NAMED or len(units) > 2 * NAMED:
            return ""
        if not content_words(text) and not unread_words(text):  # "4", "42 %": the text itself
            latin = frozenset(normalize_text(text).split())
        own.append(latin | units)
    if not own[0] or not own[1] or own[0] & own[1]:
        return ""
    return f"{OTHER_FACT} ({ta!r} / {tb!r}): check which is right"


TERM_WORDS = 3  # at most this many words name one term ("Orbita", "What is a black hole?")
# the article a glossary of another language writes before each term ('La mitosis' / 'La meiosis', 'Der Hund' /
# 'Die Katze', 'L'atome'): no word the two terms share (newdocs round 10: a Spanish glossary's two terms listed at 0.21)
_LEADING_ARTICLE = re.compile(
    r"^\s*(?:(?:la|le|les|el|los|las|il|lo|gli|un|une|una|uno|unos|unas|der|die|das|den|dem|des|ein|eine|einen|het|een"
    r"|os|as)\s+(?=\S)|l['’](?=\w))",
    re.IGNORECASE,
)


def other_terms(a: Item, b: Item) -> bool:
    """Whether two short questions name two different things: each names at most :data:`TERM_WORDS` words, they
    share none, and none of one is another spelling of one of the other's ("unbalanced" / "imbalanced") or an
    acronym (an acronym may spell out the other's words).

    Sitting 40: a page's glossary `Orbita` / `Eclissi` (one document) was listed as a same-source suggestion at 0.27:
    their definitions read alike ("a body … around / by another"), the terms share nothing. One document's two
    such terms are two cards by its author's choice; a reviewer would only reject the pair."""
    if a.cloze or b.cloze:
        return False
    names = []
    for item in (a, b):
        term = _LEADING_ARTICLE.sub("", item.question, count=1)
        latin, unread = content_words(term), unread_words(term)
        if not latin | unread or len(latin) + len(unread) > TERM_WORDS or _ACRONYM.search(item.question):
            return False
        words = {fold_latin(w) for w in question_words(term) if w not in _STOP and w.isascii()}
        names.append((latin, char_units(" ".join(unread)), words))
    (la, ua, wa), (lb, ub, wb) = names
    if ua & ub:
        return False

    def spelled(x: str, y: str) -> bool:  # as other_words: one letter in eight, "colour" / "color"
        limit = 1 if max(len(x), len(y)) <= 8 else 2
        return edit_distance(x, y, limit) <= limit

    if la & lb:
        # a command reference's sibling commands ('git browse' / 'git browse-ci', 'git rename-branch' / 'git
        # rename-remote', sitting 42: 27 of a git collection's 292 suggestions): written as commands are, in
        # lower case, :data:`COMMAND_WORDS` words at most, the same first word; what is left of each, its words whole,
        # names two things when both keep a word the other lacks and no such word is another's spelling. Phrases
        # ('Blame with line range' / 'blame on certain range', 'List all git aliases') and 'git lock' beside 'git
        # lock --force' (one inside the other) stay listed
        commands = [a.question.strip().strip("`").split(), b.question.strip().strip("`").split()]
        if not all(0 < len(c) <= COMMAND_WORDS and not any(ch.isupper() for ch in " ".join(c)) for c in commands) or commands[0][0] != commands[1][0]:
            return False
        ta, tb = _whole_words(a.question), _whole_words(b.question)
        wa, wb = ta - tb, tb - ta
        if not wa or not wb:
            return False
    return not any(spelled(x, y) for x in wa for y in wb)


COMMAND_WORDS = 3  # words at most of a command named as a term ('git browse-ci', 'docker compose up')


def _whole_words(text: str) -> frozenset[str]:
    """A short question's words as written, lower-cased, hyphens kept ('browse-ci' is no 'browse'), stop words off."""
    words = (w.strip(".,;:!?¿¡()[]{}\"'`*_«»“”‘’") for w in fold_latin(text.lower()).split())
    return frozenset(w for w in words if w and w not in _STOP)


QUIZ_AND_RECALL = "a multiple-choice quiz and an open question"  # how the reason for such a pair starts


def quiz_and_recall(a: Item, b: Item) -> str:
    """Why a quiz and an open question on one fact stay two cards, or "" (learner L25): recalling an answer
    and picking it among four options are two exercises, and the quiz is often the one the exam uses; merged,
    the quiz card vanished and its options became text under "More answers".  Listed as a suggestion: a
    ``[[merge]]`` folds the quiz into the open question's note (docs/dedupe.md, "Merged notes")."""
    quiz = [item.kind is ItemKind.multiple_choice for item in (a, b)]
    if quiz[0] == quiz[1] or (_asked_twice(a, b) if quiz[0] else _asked_twice(b, a)):
        return ""
    return f"{QUIZ_AND_RECALL}: two exercises, each keeps its card (a [[merge]] folds the quiz into the other note)"


def _asked_twice(quiz: Item, recall: Item) -> bool:
    """The same question word for word, the quiz's right option(s) said in the open question's answer (trial24
    T24-30: a learner reviewed one front twice a day, 'suggested' at 1.00): one card, the quiz folded under the open
    question (its front never hidden behind the quiz's, issue 10)."""
    if normalize_text(quiz.question) != normalize_text(recall.question) or not quiz.correct_labels:
        return False
    said = f" {normalize_text(recall.answer_plain())} "
    right = [c.text for c in quiz.choices if c.label in quiz.correct_labels]
    return bool(right) and all(f" {normalize_text(text)} " in said for text in right if normalize_text(text))


ADDED_CONDITION = "an added condition"  # how the reason for such a pair starts

# where a condition or context starts: "What does A⁺ give | for an overdetermined system?"
_CONDITION = re.compile(r"\b(?:for|in|under|when|with|without|given|if|during|on)\b", re.I)
_TERM = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’+-]*")


def _terms(text: str) -> frozenset[str]:
    """What a (part of a) question names: its content words, and each formula whole ('$A^+$' names A⁺)."""
    out: set[str] = set()
    pos = 0
    for m in _MATH.finditer(text):
        out.update(w for t in _TERM.findall(text[pos : m.start()]) for w in content_words(t))
        out.add("$" + re.sub(r"\s+", "", next(g for g in m.groups() if g is not None)))
        pos = m.end()
    out.update(w for t in _TERM.findall(text[pos:]) for w in content_words(t))
    return frozenset(out)


def added_condition(a: str, b: str) -> str:
    """Why two questions are two cards although one holds all the other names, or "": the longer asks about
    something else under the shorter one as a condition (learner2 M9: "What is an overdetermined system?" ~
    "What does $A^+$ give for an overdetermined system?"; merged, the definition lost its card). Everything
    the shorter question names sits after a condition word (for, in, when, with …) of the longer one, and
    what the longer asks before it names nothing of the shorter's. Measured: none of the 166 labeled
    duplicate pairs, 41 labeled negatives ("What is React?" ~ "What are props in React?")."""
    for short, long in ((a, b), (b, a)):
        named = _terms(short)
        if not named:
            continue
        for m in _CONDITION.finditer(long):
            if _IN_NAME.search(long[: m.start()]) and _NAME_GOES_ON.match(long[m.end() :]):
                continue  # ('What is Windows Subsystem for Linux (WSL)?': a name's word, no condition; trial50 T50-10)
            if question_words(long[m.start() :]) == question_words(short):
                continue  # ('link In pea plants, …' / 'In pea plants, …': the same question with words put before it, trial51 T51-14)
            asked = _terms(long[: m.start()])
            if asked and not asked & named and named <= _terms(long[m.end() :]):
                before = " ".join(long[: m.start()].split())
                condition = " ".join(long[m.start() :].split()).rstrip("?？ ")
                return f"{ADDED_CONDITION}: one question asks something else ('{_cut(before)}') of the other's subject ('{_cut(condition)}')"
    return ""


_IN_NAME = re.compile(r"\b[A-Z][\w'’-]*\s+$")  # a capitalised word right before a condition word ...
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")  # ... and one right after it: 'Subsystem for Linux', 'Bank for International …'
CONDITION_SHOWN = 60  # characters of a question's part shown in a reason


def _cut(text: str) -> str:
    """``text`` as a reason shows it: at most :data:`CONDITION_SHOWN` characters, '…' where it was cut."""
    return text if len(text) <= CONDITION_SHOWN else text[: CONDITION_SHOWN - 1].rstrip() + " …"


NAMES_DESCRIBED = "a description to name"  # how the reason for such a pair starts (learner5 L10)
# where a question describes what it asks the reader to name: "Which principle | states that systems should …?"
_DESCRIBES = re.compile(
    r"\b(?:states|stating|says|means|describes|is (?:described|defined|known) as|refers to|is (?:the )?(?:term|name) for)\b"
    r"(?:\s+that\b)?", re.I)


def names_described(a: str, b: str) -> str:
    """Why two questions are two exercises, or "": one describes what it asks the reader to name, and the other
    names nothing of that description (learner5 L10: "Which AWS cloud architecture principle states that
    systems should reduce interdependencies?" ~ "Which of the following is an AWS Cloud architecture design
    principle?", one key; merged at 0.83, the definition was never asked).  Naming a thing from its description
    is the reverse card of describing it, and picking an instance from a list is neither."""
    for one, other in ((a, b), (b, a)):
        m = _DESCRIBES.search(one)
        if m is None or _DESCRIBES.search(other):
            continue
        described = _terms(one[m.end() :])
        if len(described) >= 2 and not described & _terms(other):
            return f"{NAMES_DESCRIBED}: one question describes what it asks to name ({' '.join(one[m.start():].split())[:60]!r}), the other does not"
    return ""


# How a question asks (English interrogatives and exam prompts; other languages: compiler.sources.lines)
_ASKS = re.compile(
    r"^\W*(?i:what|which|why|how|when|where|who|whom|whose|is|are|was|were|do|does|did|can|could|would|should"
    r"|will|shall|may|might|must|has|have|had|name|list|explain|describe|define|state|give|compare|contrast"
    r"|discuss|outline|summari[sz]e|show|prove|derive|calculate|compute|find|write|identify|distinguish"
    r"|evaluate|illustrate|justify|translate|differentiate|elaborate|enumerate|mention|specify|classify|demonstrate"
    r"|interpret|predict|analy[sz]e|assess|sketch|draw|plot|solve|simplify|convert|implement|design|determine"
    r"|estimate|express|formulate|recall|tell|suggest|propose|consider|create|construct|sort|count|check|print"
    r"|return|fill|complete|choose|select|match|rewrite|fix|debug|optimi[sz]e|true\s+or\s+false)\b"
    r"|\b(?i:vs\.?|versus|difference|differences)\b"
)
SPECIFIC_WORDS = 3  # content words from which a heading that asks nothing names its own subject ('Reword the previous
# commit message'), not only an aspect of its page's ('Delete', 'Time Complexity')
STATEMENTS = "neither asks a question"  # how the reason for two statement headings of two documents starts


# A task written as a heading ('Import the numpy package under the name `np`', 'Reverse a vector (first element becomes
# last)'): an imperative verb opening words that name its own subject (SPECIFIC_WORDS), so it asks as a question does
# ('Delete', 'Insert at the beginning' of a linked list's page name an aspect of their page, and stay statements)
_TASK = re.compile(
    r"^\W*(?i:import|reverse|make|build|generate|declare|add|remove|delete|insert|replace|swap|extract|normali[sz]e"
    r"|multiply|subtract|divide|transform|reshape|split|join|merge|use|set|get|read|load|save|initiali[sz]e|iterate"
    r"|apply|call|round|negate|stack|concatenate|append|install|configure|run|open|change|rename|undo|revert|move"
    r"|copy|clone|push|pull|reset|search|filter|map|group|measure|connect|update|enable|disable|bind|render|parse"
    r"|format|validate|handle|combine|flatten|invert|transpose|shuffle|sample|pick|given|considering)\s"
)
SENTENCE_WORDS = 6  # a heading of this many words is a sentence (a task, a claim), never a bare topic like 'Death'
# words of a page's title that say what kind of page it is, not what it is about ('Array cheatsheet', 'Top 50 Java
# interview questions', 'Week 3 lecture notes')
# (whole words, not 6-letter stems: the stem of "interviews" is the stem of "interval", and an interval cheat sheet
# lost its subject among sixteen pages of a series: sitting 60)
_PAGE_KIND_TEXT = (
    "cheatsheet cheatsheets cheat sheet sheets notes note guide guides interview interviews question questions answer "
    "answers faq faqs quiz quizzes review summary overview introduction intro basics basic tutorial tutorials lesson "
    "lessons chapter part unit module week day lecture session exercise exercises practice problems handbook reference "
    "study studies flashcards flashcard cards card deck test exam primer crash course fundamentals essentials concepts "
    "topics tips tricks revision cram glossary readme index common top most asked frequently advanced beginner "
    "beginners intermediate complete ultimate quick essential key important"
)
_PAGE_KIND = frozenset(_PAGE_KIND_TEXT.split())
PAGES_APART = "headings of pages on two subjects"  # how the reason for such a pair starts (sure: nothing to decide)


def page_subject(title: str) -> frozenset[str]:
    """The words of a page's title (or file name) that say what the page is about: 'Array cheatsheet' -> {array}; none
    for a title that only says what kind of page it is ('Notes', 'Week 3 lecture')."""
    text = re.sub(r"(?<=[a-z0-9])-(?=[a-z0-9])", "", fold_latin(_ASIDE.sub(" ", title).lower().replace("’", "'")))
    words = re.sub(r"[^a-z0-9]+", " ", text).split()  # (as content_words reads them: 'cheat-sheet' is 'cheatsheet')
    kept = " ".join(w for w in words if w not in _PAGE_KIND and not (w.endswith("s") and w[:-1] in _PAGE_KIND))
    return frozenset(w for w in content_words(kept) if len(w) > 1 and not any(c.isdigit() for c in w))



def states_only(item: Item, any_length: bool = False) -> bool:
    """The item's front is a statement heading that asks nothing ('Death', 'Nobel Prizes', 'Early life'):
    a basic card whose question has no '?', does not end as a sentence ('.', '!', ':': "Differentiate Dropout
    and DropConnect.", "Group Norm—in one sentence." are prompts) and opens with no interrogative or exam prompt.  What such a
    heading is about is its page's subject, which the front does not say (learner L38: two biography pages'
    'Death' merged, one person's card lost).  ``any_length``: a longer heading that asks nothing counts too ('Things to
    look out for during interviews'), which may name its own subject or only an aspect of its page's."""
    from compiler.sources.lines import _OPENS_ASKING, QUESTION_MARKS, script_asks

    if item.kind is not ItemKind.basic or item.cloze:
        return False
    text = item.question.strip()
    if any(q in text for q in QUESTION_MARKS) or script_asks(text):  # ('؟', Greek '…;', Armenian '՞': trial31 T31-49)
        return False
    if text.endswith((".", "!", ":", "。")):  # a prompt written as a sentence asks
        return False
    if (_TASK.match(text) and len(content_words(text)) >= SPECIFIC_WORDS) or (
        len(text.split()) >= SENTENCE_WORDS and not (any_length and not _TASK.match(text))
    ):
        return False  # a task naming its subject (trial29 T29-7: numpy exercises of two pages kept apart as 'Death' was)
    return not (_BLANK.search(text) or _ASKS.search(text) or _OPENS_ASKING.match(text))


# A question is "beyond the model" when at least this share of what it says is in a script past Latin
# (CJK, Cyrillic, Arabic, Thai, …; Greek letters are math here and spelled out): the English MiniLM reads
# such text as a few known tokens, so two unrelated Chinese questions embed at 0.98-1.00 and
# "Kafka 如何保证消息不丢失？" ~ "Kafka 如何保证消息不重复消费？" look the same wording (only "Kafka" is read).
# What it says is counted in words for Latin and in letters for the rest (a Chinese character is about a
# word): "什么是 Spring Cloud Gateway？" is 3 of 6, "What does 你好 mean?" 2 of 5 (the model cannot tell it from
# "What does 谢谢 mean?"), "How do you say 'thank you' (谢谢) in Mandarin?" 2 of 10 (readable).
FOREIGN_SHARE = 0.25
CHAR_SUGGEST = 0.5  # character overlap from which a pair beyond the model is listed: on a 776-question Chinese
# page (one question per topic), 0.3 listed 55 look-alikes per 100 questions ("X 有什么用？" ~ "Y 有什么用？"), 0.5 lists 12
# letters (spaces aside) of an answer short enough to be compared by its characters: a name, a date, a number
# ('กรุงเทพมหานคร', '10 ธันวาคม', '77 จังหวัด'); two longer answers written by two people share few characters
# even when they say the same ('CPU 从一个线程转到另一个线程时…' / '线程让出 CPU 时保存自己的上下文…': 0.08, as
# for two different questions), so their characters are no evidence either way
SHORT_ANSWER_CHARS = 16
CHAR_CANDIDATE = 0.25  # question overlap from which two questions beyond the model are scored with their answers
_LATIN_WORD = re.compile(r"[a-zA-Z\u00c0-\u024f]+")


def _foreign(c: str) -> bool:
    code = ord(c)
    return c.isalpha() and code > 0x24F and not (0x370 <= code <= 0x3FF or 0x1F00 <= code <= 0x1FFF)


def beyond_model(text: str) -> bool:
    """Whether most of what ``text`` says is in a script the English model cannot read (see :data:`FOREIGN_SHARE`)."""
    if text.isascii():  # (no character of it is foreign: the common case, without a call per character)
        return False
    foreign = sum(1 for c in text if _foreign(c))
    if not foreign:
        return False
    return foreign >= FOREIGN_SHARE * (foreign + len(_LATIN_WORD.findall(text)))


def unread_words(text: str) -> frozenset[str]:
    """The words of ``text`` written in a script the model cannot read (normalized), readable question or not.

    trial11 P110: "इक् Which sounds does this pratyāhāra denote? …" over 52 cards, each naming another
    pratyāhāra in two or three Devanagari letters: the English prompt is most of the question, so it is no
    question beyond the model, yet the term that tells the cards apart is read as unknown tokens (question
    cosine 1.00) and the pairs passed as "the same wording".  Two questions whose unread words differ
    differ in what the model cannot see: they are compared by their characters (:class:`CharVocabulary`)."""
    if text.isascii():
        return frozenset()
    return frozenset(token for token in normalize_text(text).split() if any(_foreign(c) for c in token))


def char_units(normalized: str) -> frozenset[str]:
    """What a text beyond the model is compared by: its Latin words whole, and the other words'
    overlapping character pairs (a Chinese word is not separated by spaces; a pair of characters is
    about one word), from :func:`compiler.model.normalize_text` output."""
    units: set[str] = set()
    for token in normalized.split():
        if token.isascii() or len(token) == 1:
            units.add(token)
        else:
            units.update(token[k : k + 2] for k in range(len(token) - 1))
    return frozenset(units)


class CharVocabulary:
    """IDF-weighted overlap of the character units (:func:`char_units`) of questions beyond the model.

    IDF from the build's questions beyond the model, so "什么是" (what is) weighs little and "上下文"
    (context) much, as ``words`` does for English.
    """

    def __init__(self, texts: list[str]) -> None:
        self.units = [char_units(t) for t in texts]
        df = Counter(u for units in self.units for u in units)
        n = max(1, len(texts))
        self.idf = {u: math.log((n + 1) / (c + 1)) + 1.0 for u, c in df.items()}

    def overlap(self, i: int, j: int) -> float:
        """IDF-weighted Jaccard overlap of two texts' units, 0 to 1."""
        a, b = self.units[i], self.units[j]
        shared = sum(self.idf[u] for u in a & b)
        union = sum(self.idf[u] for u in a | b)
        return shared / union if union else 0.0

    def held(self, i: int, j: int) -> float:
        """How much of the smaller text (by its units' weight) the other holds, 0 to 1: a short answer inside
        a longer one agrees with it ('10 ธันวาคม' in 'วันที่ 10 ธันวาคม': 1)."""
        a, b = self.units[i], self.units[j]
        small = a if len(a) <= len(b) else b
        weight = sum(self.idf[u] for u in small)
        return sum(self.idf[u] for u in a & b) / weight if weight else 0.0

    def candidates(self, rows: list[int], k: int, floor: float) -> set[tuple[int, int]]:
        """Pairs (i < j) of ``rows`` where one is among the other's ``k`` best overlaps at ``floor`` or more
        (an inverted index over the units; a unit most rows share is skipped, it weighs little)."""
        holders: dict[str, list[int]] = {}
        for i in rows:
            for u in self.units[i]:
                holders.setdefault(u, []).append(i)
        common = max(50, len(rows) // 20)
        pairs: set[tuple[int, int]] = set()
        for i in rows:
            met: set[int] = set()
            for u in self.units[i]:
                if len(holders[u]) <= common:
                    met.update(holders[u])
            met.discard(i)
            best = sorted(((self.overlap(i, j), j) for j in met), key=lambda t: (-t[0], t[1]))[:k]
            pairs.update((min(i, j), max(i, j)) for s, j in best if s >= floor)
        return pairs


_ACRONYM = re.compile(r"\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b")  # CORS, DOM, JSON, GPUs, HTTPs, OAuth
_WORD = re.compile(r"[A-Za-z0-9]+")
_SMALL = frozenset(["of", "and", "for", "the", "a", "an", "to", "in", "on", "as", "with", "by"])


def acronyms(texts: list[str]) -> dict[str, frozenset[str]]:
    """Acronyms the texts spell out, as {acronym's content word: the long name's content words}.

    A document says what its acronyms stand for ("The DOM (Document Object Model) is …", "Cross-Origin
    Resource Sharing or CORS is …"): an acronym of 2-8 capitals whose letters are the initials of the
    words right before or after it (small words such as "of" may be skipped, hyphenated words count each
    part) is that long name.  Two questions, one asking "What is CORS?", the other "What does Cross-Origin
    Resource Sharing do?", then are a candidate pair (trial6 F16).  An acronym spelled out two ways is left out.
    """
    found: dict[str, set[frozenset[str]]] = {}
    for text in texts:
        for match in _ACRONYM.finditer(text):
            acro = match.group()
            letters = "".join(c for c in acro if c.isupper() or c.isdigit())
            if not 2 <= len(letters) <= 8 or len(letters) < len(acro) - 2:
                continue
            before = list(_WORD.finditer(text, max(0, match.start() - 120), match.start()))
            after = list(_WORD.finditer(text, match.end(), match.end() + 120))
            for name in (_spelled(letters, before[::-1], reverse=True), _spelled(letters, after, reverse=False)):
                if name:  # the name as written ("Cross-Origin" joined, as in a question's words)
                    words = content_words(text[name[0].start() : name[-1].end()])
                    key = content_words(acro)
                    if words and len(key) == 1 and not key <= words:
                        found.setdefault(next(iter(key)), set()).add(words)
    return {acro: next(iter(names)) for acro, names in sorted(found.items()) if len(names) == 1}


def _spelled(letters: str, found: list[re.Match[str]], reverse: bool) -> list[re.Match[str]] | None:
    """The words (nearest first when ``reverse``) whose initials spell ``letters``, small words skipped
    inside the name; None when they do not.  A hyphenated word arrives as its parts ("Cross", "Origin")."""
    want = list(letters.lower()[::-1] if reverse else letters.lower())
    name: list[re.Match[str]] = []
    for match in found:
        word = match.group()
        if not want:
            break
        if word.lower() in ("or", "aka", "i", "e") and not name:
            continue  # "Long Name or CORS", "CORS (i.e. …)"
        if word[0].lower() == want[0]:
            name.append(match)
            want.pop(0)
        elif name and word.lower() in _SMALL:
            name.append(match)
        else:
            return None
    if want:
        return None
    return name[::-1] if reverse else name


_CAMEL = re.compile(r"\b([A-Z][a-z]+)([A-Z][a-z]+)\b")  # BatchNorm, GroupNorm, DropPath: two capitalised parts
_PAIR = re.compile(r"\b([A-Za-z]+)[ \t]+(?=([A-Za-z]+)\b)")  # a word and the next (overlapping)


def _compound(first: str, second: str) -> str:
    """The key of a two-part name: the first part whole, the second's first four letters
    ("batch" + "normalization" and "Batch" + "Norm" are both "batchnorm")."""
    return first.lower() + second.lower()[:4]


def solid_names(texts: list[str]) -> frozenset[str]:
    """The two-part names the texts write solid in camel case ("BatchNorm", "GroupNorm", "DropPath"), as
    :func:`_compound` keys: the deck itself says that "batch norm" and "batch normalization" name one thing."""
    return frozenset(_compound(*m.groups()) for t in texts for m in _CAMEL.finditer(t))


def joined(text: str, names: frozenset[str]) -> str:
    """``text`` with every two-word spelling of a solid name of ``names`` written solid: "What does batch
    normalization do per feature map?" and "What is BatchNorm?" then share the content word "batchn" (their
    words shared nothing; MiniLM reads the two questions as 0.48 alike)."""
    if not names:
        return text
    return _PAIR.sub(lambda m: m.group(1) if _compound(*m.groups()) in names else m.group(0), text)


_MATH_DELIMITER = re.compile(r"\\[()\[\]]|\$")  # \( \) \[ \] $
_ELL = re.compile(r"\\ell(?![A-Za-z])|ℓ")
# after a Latin letter: ^2, _{1}, ² or ₂ (a letter's index or power)
_INDEX = re.compile(r"(?<=[A-Za-z])(?:[\^_]\{?(\d{1,3})\}?|([⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉]{1,3}))")
_SCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉", "01234567890123456789")


def plain_math(text: str) -> str:
    """``text`` with a letter's index or power written as plain text does: ``\\(L^2\\)``, ``L_2``, ``L²``
    and ``ℓ₂`` are ``L2``, so the model reads one term where one page typesets it and another writes it plain:
    MiniLM put "Why is the \\(L^2\\) parameter norm penalty referred to as weight decay?" and "State L2
    regularization." at 0.34, below the candidate floor (the dedupe pass embeds texts through this)."""
    text = _ELL.sub("l", _MATH_DELIMITER.sub(" ", text))
    return _INDEX.sub(lambda m: m.group(1) or m.group(2).translate(_SCRIPT_DIGITS), text)


COVER_PRIOR = 3.0  # about half a rare word's IDF weight (measured held out: 0, 3, 6, 12 alike; 3 the best)


class Vocabulary:
    """IDF weights of the question words and answer words of one build."""

    def __init__(self, questions: list[frozenset[str]], answers: list[frozenset[str]]) -> None:
        n = len(questions)

        def idf(df: Counter[str]) -> dict[str, float]:
            return {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items()}

        self.q_idf = idf(Counter(w for words in questions for w in words))
        self.a_idf = idf(Counter(w for words in answers for w in words))
        self._totals: dict[tuple[frozenset[str], bool], float] = {}

    def overlap(self, a: frozenset[str], b: frozenset[str], answers: bool = False) -> float:
        """IDF-weighted Jaccard overlap, 0 to 1."""
        idf = self.a_idf if answers else self.q_idf
        shared = sum(idf[w] for w in a & b)
        union = self._total(a, answers) + self._total(b, answers) - shared
        return shared / union if union else 0.0

    def covered(self, a: frozenset[str], b: frozenset[str], answers: bool = False) -> float:
        """IDF-weighted share of the smaller word set's weight that both sets hold, 0 to 1; the
        :data:`COVER_PRIOR` in the denominator keeps a one-word answer ("0.1") from counting as covered."""
        idf = self.a_idf if answers else self.q_idf
        smaller = min(self._total(a, answers), self._total(b, answers)) + COVER_PRIOR
        return sum(idf[w] for w in a & b) / smaller

    def question_overlap(self, a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
        """:meth:`overlap` of two questions, and the smaller IDF weight of the words only one side has
        (0 when one question's words contain the other's): one set intersection for both."""
        shared = sum(self.q_idf[w] for w in a & b)
        ta, tb = self._total(a, False), self._total(b, False)
        union = ta + tb - shared
        return (shared / union if union else 0.0), max(0.0, min(ta - shared, tb - shared))

    def _total(self, words: frozenset[str], answers: bool) -> float:
        """The summed IDF weight of a word set, computed once per set (an item meets many candidates)."""
        key = (words, answers)
        if key not in self._totals:
            idf = self.a_idf if answers else self.q_idf
            self._totals[key] = sum(idf[w] for w in words)
        return self._totals[key]


@dataclass(frozen=True)
class Combiner:
    """Logistic regression over :data:`FEATURES`; ``scale`` divides each feature before its weight.

    ``center`` (the mean candidate pair of the fit) only serves :meth:`reasons`.
    """

    weights: tuple[float, ...]
    bias: float
    scale: tuple[float, ...] = (1.0,) * len(FEATURES)
    center: tuple[float, ...] = (0.0,) * len(FEATURES)

    def probability(self, x: dict[str, float]) -> float:
        z = self.bias + sum(w * x[f] / s for f, w, s in zip(FEATURES, self.weights, self.scale, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def reasons(self, x: dict[str, float], top: int = 3) -> str:
        """The features that moved the score most against an average candidate pair, for `deckc dupes`:
        ``mutual 1.00 (+1.7) · answer_words 0.31 (+1.2) · qa 0.91 (+0.9)`` (log-odds contributions)."""
        parts = sorted(
            (
                (w * (x[f] - c) / s, f)
                for f, w, s, c in zip(FEATURES, self.weights, self.scale, self.center, strict=True)
            ),
            key=lambda t: (-abs(t[0]), t[1]),
        )[:top]
        return " · ".join(f"{f} {x[f]:.2f} ({c:+.1f})" for c, f in parts)

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> Combiner:
        data = json.loads(path.read_text(encoding="utf-8"))
        if tuple(data["features"]) != FEATURES:
            raise ValueError(f"{path.name} was fitted for features {data['features']}, not {list(FEATURES)}")
        return cls(
            weights=tuple(data["weights"]), bias=data["bias"], scale=tuple(data["scale"]), center=tuple(data["center"])
        )


def features(
    q: float,
    qa: float,
    a: float,
    words: tuple[frozenset[str], frozenset[str]],
    answer_words: tuple[frozenset[str], frozenset[str]],
    asks: tuple[frozenset[str], frozenset[str]],
    vocab: Vocabulary,
    mutual: float = 0.0,
) -> dict[str, float]:
    """The feature values of one pair, rounded so cached and fresh vectors give the same decisions."""
    disjoint = bool(asks[0] and asks[1] and not asks[0] & asks[1])
    overlap, swap = vocab.question_overlap(*words)
    x = {
        "q": q,
        "qa": qa,
        "a": a,
        "words": overlap,
        "answer_words": vocab.overlap(*answer_words, answers=True),
        "intent": 1.0 if disjoint else 0.0,
        "swap": swap,
        "mutual": mutual,
        "covered": vocab.covered(*words),
        "answer_covered": vocab.covered(*answer_words, answers=True),
        "same_kind": 1.0 if asks[0] and asks[0] == asks[1] else 0.0,
    }
    return {k: round(v, 4) for k, v in x.items()}
