"""Dedupe pass: find questions several sources (or one source twice) ask, and group them.

1. **Candidates.**  Every question is embedded (MiniLM, see
   :mod:`compiler.similarity`); pairs whose question-only cosine reaches
   ``candidate_floor`` and that are among one of the two questions' nearest
   (:data:`~compiler.similarity.TOP_K`) are found block by block (one block ×
   n similarities in memory at a time); each question's neighbours from an
   earlier build are reused from a cache keyed by the texts' hashes, so a
   rebuild compares only new texts, with the result of a full search.
   The caches are written by :meth:`Report.persist`, which a build calls
   only after its outputs are in place (a failed build writes nothing).
2. **Score.**  For candidates, question + answer are embedded as well; the
   score is the mean of the two cosines (the answer separates look-alike
   questions, the question separates look-alike answers).  A question worded
   almost identically (question cosine ≥ ``same_question``) scores its
   question cosine: sources answer the same question at different lengths.
3. **Decide.**  Per pair, in this order: a human decision (``merge`` /
   ``keep_apart`` in ``content/decisions.toml``); the contrast guard (the two
   questions name different sibling terms: SGD vs Adam, L1 vs L2,
   overfitting vs underfitting) keeps them apart; two items of one document
   are only suggested (a document rarely asks the same thing twice on
   purpose); score ≥ ``auto_merge`` merges; score ≥ ``suggest`` is listed
   for a decision.
4. **Group.**  Decided merges first, then automatic ones by descending
   score; an automatic merge never joins two groups that hold a kept-apart,
   guarded or same-document pair, so transitivity cannot sneak SGD into
   Adam's note.

Groups keep their items in source order (config order, then line); the notes
pass chooses the front question and the GUID anchor from them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from compiler.decisions import DECISIONS_NAME, Decision, Decisions, DedupeSettings, Guard
from compiler.diagnostics import Diagnostics
from compiler.model import Item

if TYPE_CHECKING:
    from compiler.similarity import TextEmbedder

Progress = Callable[[str], None]

MERGED_AUTO = "merged-auto"
MERGED = "merged"  # by a decision
SUGGESTED = "suggested"
KEPT_APART = "kept-apart"
STATUS_ORDER = (MERGED, MERGED_AUTO, SUGGESTED, KEPT_APART)


@dataclass
class Pair:
    """Two items that look alike, with what was decided about them and why."""

    a: Item
    b: Item
    score: float  # mean of question and question+answer similarity; 1.0 for a decision without a candidate
    question_sim: float
    status: str = SUGGESTED
    reason: str = ""


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


def _text_for_answer(item: Item) -> str:
    return f"{item.question}\n{item.answer_plain() or item.cloze or ''}"


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


def run(
    items: list[Item],
    settings: DedupeSettings,
    decisions: Decisions,
    diag: Diagnostics,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
    embedder: TextEmbedder | None = None,
) -> tuple[list[list[Item]], Report]:
    """Group items that ask the same question; return the groups (in source order) and the report.

    ``embedder`` defaults to the real model (:func:`compiler.similarity.default_embedder`).
    """
    from compiler.similarity import EmbeddingCache, NeighbourCache, default_embedder, text_key

    n = len(items)
    index = {item.item_id: i for i, item in enumerate(items)}
    embedder = embedder or default_embedder()
    cache = EmbeddingCache(cache_dir, embedder.name)

    def tell(what: str) -> Callable[[int, int], None] | None:
        return (lambda done, total: progress(f"{what} {done}/{total}")) if progress else None

    # 1. candidates on the question alone (identical texts share one vector)
    qtexts = [item.question for item in items]
    keys = [text_key(t, embedder.name) for t in qtexts]
    unique = sorted(set(keys))
    first = dict(zip(keys, qtexts, strict=True))
    qvec = cache.embed([first[k] for k in unique], embedder, tell("embedding questions"))
    by_key: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        by_key.setdefault(k, []).append(i)
    if progress:
        progress("finding duplicate candidates")
    neighbours = NeighbourCache(cache_dir, settings.candidate_floor)
    key_pairs = neighbours.pairs(unique, qvec, cache.fresh)
    qsim: dict[tuple[int, int], float] = {}
    for members in by_key.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                qsim[(members[x], members[y])] = 1.0
    for (ka, kb), s in key_pairs.items():
        for i in by_key[ka]:
            for j in by_key[kb]:
                qsim[(min(i, j), max(i, j))] = s

    # 2. score candidates with question + answer
    involved = sorted({i for pair in qsim for i in pair})
    qa_vec = cache.embed([_text_for_answer(items[i]) for i in involved], embedder, tell("embedding answers"))
    row = {i: r for r, i in enumerate(involved)}

    guard = Guard(settings.contrast)
    terms = {i: guard.terms(items[i].question) for i in involved}

    def score_of(i: int, j: int) -> float:
        if i in row and j in row:
            qa = float(qa_vec[row[i]].astype("float64") @ qa_vec[row[j]].astype("float64"))
            q = qsim.get((i, j), 0.0)
            mean = (q + qa) / 2
            return round(max(mean, q) if q >= settings.same_question else mean, 4)
        return 0.0

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

    def blocked(i: int, j: int) -> str | None:
        """Why an automatic merge of i and j is refused, or None."""
        if (min(i, j), max(i, j)) in kept:
            return "decision"
        ti = terms.get(i) or guard.terms(items[i].question)
        tj = terms.get(j) or guard.terms(items[j].question)
        why = guard.contrast(ti, tj)
        if why:
            return f"contrast ({why})"
        if settings.same_source == "suggest" and items[i].source == items[j].source:
            return "same source"
        return None

    pairs: dict[tuple[int, int], Pair] = {}
    for (i, j), qs in qsim.items():
        score = score_of(i, j)
        if score >= settings.suggest or (i, j) in kept or (i, j) in forced:
            pairs[(i, j)] = Pair(items[i], items[j], score, round(qs, 4))
    for (i, j) in forced:
        pairs.setdefault((i, j), Pair(items[i], items[j], score_of(i, j), round(qsim.get((i, j), 0.0), 4)))

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
        if len(groups.members[ri]) + len(groups.members[rj]) > settings.max_group:
            why = f"group would exceed max_group = {settings.max_group}"
        else:
            why = next(
                (w for x in groups.members[ri] for y in groups.members[rj] if (w := blocked(x, y))),
                None,
            )
        if why is None:
            groups.union(i, j)
            pairs[(i, j)].status = MERGED_AUTO
        else:
            pairs[(i, j)].reason = why

    for (i, j), p in pairs.items():
        if (i, j) in forced:
            p.status, p.reason = MERGED, _why(forced[(i, j)])
        elif (i, j) in kept:
            p.status, p.reason = KEPT_APART, _why(kept[(i, j)])
        elif p.status != MERGED_AUTO:
            why = p.reason or blocked(i, j)
            if why and why.startswith("contrast"):
                p.status, p.reason = KEPT_APART, why
            elif groups.find(i) == groups.find(j):
                p.status, p.reason = MERGED_AUTO, "same group through other merges"
            else:
                p.status, p.reason = SUGGESTED, why or ""
    grouped = sorted((sorted(m) for m in groups.members.values()), key=lambda m: m[0])
    result = [[items[i] for i in m] for m in grouped]
    ordered = sorted(pairs.values(), key=lambda p: (STATUS_ORDER.index(p.status), -p.score, index[p.a.item_id], index[p.b.item_id]))
    report = Report(pairs=ordered, groups=[g for g in result if len(g) > 1], settings=settings, writers=[cache.save, neighbours.save])
    return result, report


def _why(d: Decision) -> str:
    where = f"{DECISIONS_NAME}:{d.line}" if d.line else DECISIONS_NAME
    return f"{where}" + (f" — {d.why}" if d.why else "")

