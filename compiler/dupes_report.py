"""Text and JSON views of the dedupe report for ``deckc dupes``: questions side by side, sources, status."""

from __future__ import annotations

import json
import re
import textwrap
from collections import Counter

from compiler.diagnostics import NOTE_ID_FILES, counted
from compiler.model import Item, Locator, normalize_text
from compiler.pairscore import DIFFERENT_ANSWERS, PAGES_APART, QUIZ_AND_RECALL, STATEMENTS
from compiler.passes.dedupe import (
    AUTHORS_NOTES,
    BEYOND_MODEL,
    CONTRAST,
    DIFFERENT_PASSAGE,
    MERGED_AUTO,
    OTHER_LANGUAGES,
    OTHER_ORDER,
    OTHER_WORDS,
    SAME_SHORT_ANSWER,
    SIBLING_TERMS,
    STATUS_ORDER,
    SUGGESTED,
    Pair,
    Report,
    answers_comparable,
    normalized_answer,
)

COLUMN = 52
# reasons whose pairs are guessed [[keep_apart]] whatever their score: two quizzes keyed to different answers;
# a quiz and an open question (two exercises, learner L25); two statement headings ('Death') of two documents (L38);
# the same words in another order, or other words, over other answers ('HTTPS' / 'plain HTTP': 443 / 80, T27-27);
# questions over different code, or over code on one side only (an exercise on a snippet / the concept, T28-1);
# two documents in two languages (a page and its translation, T28-32)
GUESS_APART = (DIFFERENT_ANSWERS, QUIZ_AND_RECALL, STATEMENTS, PAGES_APART, OTHER_ORDER, OTHER_WORDS, DIFFERENT_PASSAGE, OTHER_LANGUAGES, AUTHORS_NOTES, SIBLING_TERMS)
# --toml guesses [[merge]] at this score (a probability) or more, else [[keep_apart]]. Not 0.5: a wrong [[merge]]
# retires a card the learner needs, a wrong [[keep_apart]] leaves a duplicate, so a merge must be about twice as
# likely as not (trial28 T28-55: 'string vs StringBuilder' / 'String vs string' 0.66, 'throw vs throws' (Java) /
# 'Throw Exception vs Throw Clause' (C#) 0.50, five such pairs of one FAQ folder guessed [[merge]])
GUESS_MERGE_AT = 0.7
# a pair scored by its characters whose short answers agree ('77 จังหวัด' twice): the answer is the evidence, the
# character score no probability to hold to the model's bar (trial28 T28-5)
GUESS_MERGE_AT_AGREEING = 0.5
# two questions worded near-alike (question-only similarity) whose short answers are the same words: the model's
# score counts identical answers against a pair (its answer features' weights are negative, an artifact of their
# overlap with qa), so 'What is the capital of France?' / 'Which city is the capital of France?', both 'Paris',
# scored 0.20 (trial28 T28-53, T27-1); near-misses with the same answer differ in a named thing ('Hamlet' /
# 'Macbeth'), which the other-words reason keeps apart, and near-misses of other answers ('Francia' / 'Italia',
# q 0.85) never agree
GUESS_MERGE_Q_AGREEING = 0.85
# one subject asked about in other words, the same short answer (:func:`_same_subject_same_answer`): from this score
# ('Wer schrieb den Faust?' / 'Von wem stammt der Faust?' 0.47, trial29 T29-37; 'What is the largest city in
# France?' / 'Which city is the capital of France?', both Paris, 0.10: the model tells those apart)
GUESS_MERGE_SUBJECT_AT = 0.30


# of those, the reasons deckc is sure of: two quizzes keyed to different answers, questions over different code or
# passages, two documents in two languages. Left alone, such a pair loses nothing (each keeps its card), so the
# build's count of pairs to decide leaves them out: 649 of them buried any real duplicate in a bank and its two
# translations (trial29 T29-23); and headings that ask nothing of pages on two subjects written to one template
# ('Introduction', 'Corner cases' of an array's and a graph's cheat sheets: 17 pairs to decide over 6 pages, sitting 52)
# ('Intermittent Fever' / 'Constant Fever' of one page's list of fevers, defined otherwise: T59-7)
SURELY_APART = (DIFFERENT_ANSWERS, DIFFERENT_PASSAGE, OTHER_LANGUAGES, AUTHORS_NOTES, PAGES_APART, SIBLING_TERMS)


def surely_apart(pair: Pair) -> bool:
    """A suggested pair deckc itself keeps as two cards for a reason it is sure of (:data:`SURELY_APART`)."""
    return pair.reason.startswith(SURELY_APART)


def _matches(n: int) -> str:
    return f"{n} closest match{'' if n == 1 else 'es'}"


LIKELY = 0.5  # a score (the probability that both ask one question) from which a pair is likelier one question than two
SUGGESTIONS_SHORT = 20  # suggestions a build lists as they are; more, and it points at the likely ones first


def to_decide(pairs: list[Pair], floor: float) -> tuple[list[Pair], list[Pair], list[Pair]]:
    """The suggested pairs as (to decide, kept apart for sure, closest matches below the ``floor``): the build counts
    the first (and says the second), `deckc dupes` lists all three in this order, with the same counts (trial30
    T30-11: the build said 147 to decide, dupes 251, its 104 more an item's closest match below the floor)."""
    suggested = [p for p in pairs if p.status == SUGGESTED]
    closest = [p for p in suggested if p.score < floor]
    sure = [p for p in suggested if p.score >= floor and surely_apart(p)]
    return [p for p in suggested if p.score >= floor and not surely_apart(p)], sure, closest


def where(locator: Locator) -> str:
    """An item's place as the build's messages write it: 'file:line', or an Anki package's note by its id
    ('sources/deck.apkg [note nid:1780216519137]', never its id as a line: trial58 T58-6)."""
    if locator.file.lower().endswith(NOTE_ID_FILES):
        return f"{locator.file} [note nid:{locator.line}]"
    return f"{locator}"


def _side(pair: Pair) -> tuple[list[str], list[str]]:
    def lines(item: Item) -> list[str]:
        head = [item.item_id, where(item.locator)]
        return head + textwrap.wrap(item.question, COLUMN) or [""]

    return lines(pair.a), lines(pair.b)


def _listed(pairs: list[Pair], decide: list[Pair], sure: list[Pair], closest: list[Pair]) -> list[Pair]:
    """The pairs in the order the tally names them: the suggestions to decide before those deckc keeps apart itself
    and the closest matches below the floor, each group likeliest first (a bank beside its translation listed 75 pairs
    kept apart before three of the four to decide, under `--min-score 0.5`: sitting 57)."""
    rank = {id(p): k for k, group in enumerate((decide, sure, closest)) for p in group}
    return sorted(pairs, key=lambda p: (STATUS_ORDER.index(p.status), rank.get(id(p), 0)))


def format_pairs(pairs: list[Pair], report: Report, decisions: str = "content/decisions.toml") -> str:
    """Every pair with its score and both questions side by side; ``decisions`` is the file to decide in."""
    s = report.settings
    counts = Counter(p.status for p in pairs)
    decide, sure, closest = to_decide(pairs, s.suggest)
    told = [f"{len(decide)} to decide"] * bool(sure or closest)
    told += [f"{len(sure)} kept apart for sure"] * bool(sure) + [f"{len(closest)} closest matches below {s.suggest}"] * bool(closest)
    parts = [f"{n} {k}" + (f": {', '.join(told)}" if k == SUGGESTED and told else "") for k, n in sorted(counts.items())]
    tally = f" ({', '.join(parts)})" if counts else ""  # (the build counts the pairs to decide: T30-11)
    out = [
        f"deckc dupes: {counted(len(pairs), 'pair')}{tally}; "
        f"auto-merge at score >= {s.auto_merge}, suggest at >= {s.suggest}",
        "score = probability that the two ask the same question (q = question-only similarity; "
        "'by' = the features that moved the score most, see docs/dedupe.md)",
    ]
    headed = {id(group[0]): head for group, head in (
        (sure, f"-- {counted(len(sure), 'pair')} below {'look' if len(sure) > 1 else 'looks'} alike but deckc keeps "
               f"{'them' if len(sure) > 1 else 'it'} apart for a reason it is sure of (in brackets): nothing to decide"),
        (closest, f"-- {_matches(len(closest))} below {s.suggest} (an item's nearest question elsewhere, for a look)"),
    ) if group and decide}
    for pair in _listed(pairs, decide, sure, closest):
        left, right = _side(pair)
        out.append("")
        if id(pair) in headed:
            out += [headed[id(pair)], ""]
        why = f"  [{pair.reason}]" if pair.reason else ""
        out.append(f"{pair.status:<11} score {pair.score:.2f}  q {pair.question_sim:.2f}{why}")
        if pair.evidence:
            out.append(f"  by {pair.evidence}")
        for n in range(max(len(left), len(right))):
            a = left[n] if n < len(left) else ""
            b = right[n] if n < len(right) else ""
            out.append(f"  {a:<{COLUMN}} | {b}")
    if decide:
        n = len(decide)
        out.append("")
        out.append(
            f"Decide {'each of the ' + str(n) + ' suggestions' if n > 1 else 'the suggestion'} in {decisions}: "
            "`deckc dupes --toml` prints them as [[merge]] / [[keep_apart]] tables to check and paste there."
        )
    return "\n".join(out)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def pairs_toml(
    pairs: list[Pair], decisions: str = "content/decisions.toml", automatic: bool = False, floor: float = 0.0
) -> str:
    """The suggested pairs as decisions to paste into decisions.toml, both questions (and where they
    are) in a comment above each table.  Each table is the score's guess (the score is the probability
    that both ask the same question): ``[[merge]]`` at ``GUESS_MERGE_AT`` or more, else ``[[keep_apart]]``;
    the user reads the two questions and flips the ones the guess gets wrong.  The guess is not the
    auto-merge threshold, which is set for precision (a pair is suggested, not merged, below it).

    ``automatic`` (``--status merged-auto``): the automatic merges among ``pairs`` are printed as
    ``[[merge]]`` tables to confirm or flip to ``[[keep_apart]]``, the way to undo a wrong automatic
    merge; otherwise a count of them says how to get there."""
    merged = [p for p in pairs if p.status == MERGED_AUTO]
    only_automatic = automatic
    decide, sure, closest = ([], [], []) if automatic else to_decide(pairs, floor)
    suggested = merged if automatic else [*decide, *sure, *closest]
    n = len(merged) if automatic else len(decide)
    what = "automatic merge" if only_automatic else "suggestion"
    after = [f"{counted(len(sure), 'pair')} deckc keeps apart whatever the score (different answers, code, languages or pages' subjects, or an author's own two notes)"] if sure else []
    after += [f"{_matches(len(closest))} below the suggestion floor ({floor:.2f})"] if closest else []
    also = f" (then {' and '.join(after)}: nothing to decide, there to flip if one is wrong)" if after else ""
    out = [
        f"# deckc dupes --toml: {counted(n, what)} to decide, for {decisions}{also}.",
        "# Each table is a guess from the score (the probability that both ask the same question):",
        f"# [[merge]] at {GUESS_MERGE_AT:.2f} or more, else [[keep_apart]] (a wrong merge costs a card, a wrong keep_apart",
        f"# a duplicate; in a script the model cannot read, from {GUESS_MERGE_AT_AGREEING:.2f} when the short answers agree;",
        f"# at any score for questions worded alike (q {GUESS_MERGE_Q_AGREEING:.2f} or more) answered in the same few words;",
        f"# from {GUESS_MERGE_SUBJECT_AT:.2f} for questions about one subject in other words with the same short answer).",
        "# Read the two questions and change the table's name where the guess is wrong, then paste.",
    ]
    keyed_apart = sum(1 for p in suggested if p.reason.startswith(DIFFERENT_ANSWERS))
    if keyed_apart and not only_automatic:  # an exception to the score's guess
        out += [f"# Two quizzes keyed to different answers ({keyed_apart} below) are guessed [[keep_apart]] whatever",
                "# their score: in a quiz bank the stems alone say little; flip one only where a key is wrong.",
                "# (Two clozes hiding different words count here too: the hidden words are the answer.)"]
    kinds = sum(1 for p in suggested if p.reason.startswith((QUIZ_AND_RECALL, STATEMENTS)))
    if kinds and not only_automatic:
        out += [f"# A quiz and an open question, or two headings that ask nothing ({kinds} below), are guessed",
                "# [[keep_apart]] whatever their score: each keeps its card; [[merge]] folds one into the other."]
    if only_automatic:
        out[1:7] = ["# Each was merged without asking: keep [[merge]] to confirm it, or change it to",
                    "# [[keep_apart]] where the two ask different things, then paste."]
    elif merged:
        out.append(f"# {len(merged)} pair{'s were' if len(merged) != 1 else ' was'} merged automatically; to undo one, "
                   "`deckc dupes --status merged-auto --toml` prints them as tables.")
    for pair in suggested:
        if sure and pair is sure[0]:
            out += ["", f"# --- {counted(len(sure), 'pair')} deckc keeps apart whatever the score: nothing to decide ---"]
        if closest and pair is closest[0]:
            out += ["", f"# --- {_matches(len(closest))} of an item in another document, below "
                    f"the suggestion floor ({floor:.2f}): nothing to decide ---"]
        # two quizzes keyed to different answers are two questions, whatever the score
        # (a pair the contrast guard kept apart, listed because its questions are near-identical: the guard's guess
        # stands, two questions, until the reader says otherwise; trial23 T23-8: L1 / L2 guessed [[merge]])
        one_page, unknown = _one_page(pair), _questions_alone(pair)
        bar = GUESS_MERGE_AT_AGREEING if _short_answers_agree(pair) else GUESS_MERGE_AT
        worded_alike = _worded_alike_same_answer(pair)
        subject = not worded_alike and _same_subject_same_answer(pair)
        if worded_alike:
            bar = 0.0
        elif subject:
            bar = min(bar, GUESS_MERGE_SUBJECT_AT)
        same = only_automatic or (
            pair.score >= bar
            and not pair.reason.startswith((*GUESS_APART, CONTRAST))
            and "two questions" not in pair.reason  # 'same source (the same words in another order: two questions, …)'
            and not one_page
            and not unknown
        )
        why = f", {pair.reason}" if pair.reason else ""
        guess = "merged automatically" if only_automatic else f"probably {'the same question' if same else 'different questions'}"
        if not only_automatic and pair.reason.startswith(SAME_SHORT_ANSWER.split("{", 1)[0]):
            guess = "the answers agree, the questions' characters cannot tell: read both (kept apart until you merge them)"
        if not only_automatic and same and worded_alike:
            guess = (f"the same short answer and questions worded alike (q {pair.question_sim:.2f}): probably the same "
                     "question, whatever the score")
        if not only_automatic and same and subject:
            guess = (f"the same short answer, and both ask about {subject!r} in other words: probably the same "
                     "question")
        if not only_automatic and pair.score >= GUESS_MERGE_AT_AGREEING and (one_page or unknown):
            guess = (
                "two questions of one document, probably different questions (one page rarely asks a question twice)"
                if one_page else
                "the questions' characters alone say so, the answers are too long to compare: read both (kept apart, "
                "nothing is lost, until you merge them)"
            )
        if not only_automatic and pair.reason.startswith((QUIZ_AND_RECALL, STATEMENTS, CONTRAST)):
            guess = "kept as two cards unless you merge them"
        out += [
            *([] if out[-1].startswith("# --- ") else [""]),  # (a group's first pair right under its '# ---' line)
            f"# score {pair.score:.2f}{why}: {guess}",
            f"#   {where(pair.a.locator)}  {_one_line(pair.a.question)}",
            f"#   {where(pair.b.locator)}  {_one_line(pair.b.question)}",
            "[[merge]]" if same else "[[keep_apart]]",
            f"items = [{json.dumps(pair.a.item_id, ensure_ascii=False)}, {json.dumps(pair.b.item_id, ensure_ascii=False)}]",
        ]
    return "\n".join(out)


def _one_page(pair: Pair) -> bool:
    """Both questions from one document, asked in other words or under other headings: a page rarely asks one
    question twice, so the guess is [[keep_apart]] ('Singly linked list' / 'Doubly linked list' of one section,
    'capital of Thailand?' / 'capital of Laos?' three lines apart: trial28 T28-12, T28-5).  The same words under
    the same heading are one card already (merged automatically)."""
    a, b = pair.a, pair.b
    return a.source == b.source and a.locator.file == b.locator.file


def _questions_alone(pair: Pair) -> bool:
    """A pair beyond the model whose answers are both too long to compare by characters: its score is the
    questions' character overlap alone, no evidence that both ask one thing ('什么是 Redis 事务？' / '什么是
    Redis？' 0.67, trial28 T28-21), so the guess is the one that loses no card."""
    a, b = normalized_answer(pair.a), normalized_answer(pair.b)
    return pair.reason.startswith(BEYOND_MODEL) and pair.score < 1.0 and not answers_comparable(a, b)


def _short_answers_agree(pair: Pair) -> bool:
    """A pair beyond the model whose short answers agree (one holds the other: '10 ธันวาคม' / 'วันที่ 10 ธันวาคม')."""
    a, b = normalized_answer(pair.a), normalized_answer(pair.b)
    return pair.reason.startswith(BEYOND_MODEL) and answers_comparable(a, b) and (a in b or b in a)


def _answer_words_agree(pair: Pair) -> set[str] | None:
    """The longer answer's words when the two answers are short enough to compare and one's words are all in the
    other's ('Paris' / 'Paris', 'Von Goethe' / 'Johann Wolfgang von Goethe'); None otherwise. Words, not characters:
    '1' is not in '10'."""
    a, b = normalized_answer(pair.a), normalized_answer(pair.b)
    if not answers_comparable(a, b):
        return None
    short, long = sorted((a.split(), b.split()), key=len)
    return set(long) if set(short) <= set(long) else None


def _worded_alike_same_answer(pair: Pair) -> bool:
    """Questions worded near-alike (``GUESS_MERGE_Q_AGREEING``) answered in the same few words
    (:func:`_answer_words_agree`): a merge more likely than not, whatever the score (trial28 T28-53)."""
    return pair.question_sim >= GUESS_MERGE_Q_AGREEING and _answer_words_agree(pair) is not None


_TOKEN = re.compile(r"[^\W_]+")


def _same_subject_same_answer(pair: Pair) -> str:
    """The subject word two questions share, when they ask about it in other words and give the same short
    answer ('Wer schrieb den Faust?' / 'Von wem stammt der Faust?': Goethe; 'Qui a écrit Les Misérables ?' /
    "Qui est l'auteur des Misérables ?": Victor Hugo); "" otherwise. The model scored such pairs 0.39–0.47
    (trial29 T29-37). The subject is a word of 4 letters or more, past each question's first word (its
    question word), in neither answer. Not when a named thing (a capitalised word past the first, 4 letters or
    more) is in one question only ('Who wrote Hamlet?' / 'Who wrote Macbeth?': Shakespeare both) or the
    answers differ (a word of the shorter not in the longer: '1939' / '1945')."""
    answered = _answer_words_agree(pair)
    if answered is None:
        return ""

    def words(question: str) -> tuple[dict[str, str], set[str]]:
        tokens = _TOKEN.findall(question)[1:]  # past the question word
        named = {normalize_text(t) for t in tokens if t[0].isupper() and len(t) >= 4}
        return {normalize_text(t): t for t in tokens}, named

    (wa, na), (wb, nb) = words(pair.a.question), words(pair.b.question)
    if (na - set(wb)) or (nb - set(wa)):
        return ""
    shared = [wa[w] for w in wa if w in wb and len(w) >= 4 and w not in answered]
    return max(shared, key=len) if shared else ""


def pairs_json(pairs: list[Pair]) -> str:
    rows = [
        {
            "status": p.status,
            "score": p.score,
            "question_similarity": p.question_sim,
            "reason": p.reason,
            "evidence": p.evidence,
            "features": p.features,
            "items": [
                {"id": i.item_id, "source": i.source, "file": i.locator.file, "line": i.locator.line, "question": i.question}
                for i in (p.a, p.b)
            ],
        }
        for p in pairs
    ]
    return json.dumps(rows, ensure_ascii=False, indent=1)
