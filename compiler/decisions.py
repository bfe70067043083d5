"""Duplicate settings (``content/dedupe.toml``) and human decisions (``content/decisions.toml``).

Both are optional.  ``dedupe.toml`` holds the thresholds of the automatic
step, the source priority for a merged note's front, and the contrast guard's
groups of sibling terms.  ``decisions.toml`` holds what a person decided
after reading ``deckc dupes``; it is keyed by stable item ids, so it survives
edits to answers, line moves and new sources::

    [[merge]]
    items = ["grill/what-is-dropout", "netdesign/what-is-dropout"]

    [[keep_apart]]
    items = ["grill/for-sgd-are-l2-and-weight-decay-the-same", "grill/for-adam-are-l2-and-weight-decay-the-same"]
    why = "opposite answers"

    [[front]]                  # this item fronts its note (opting in to a proposed front change)
    item = "article/what-is-dropout"

A decision naming an item that no longer exists is a warning with its line
(the content moved on; delete or update the entry), not an error.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from compiler.diagnostics import Diagnostics, say_renamed
from compiler.model import normalize_text
from compiler.tomlfile import read_toml, unknown_tables, validate

DEDUPE_NAME = "dedupe.toml"
DECISIONS_NAME = "decisions.toml"


class ContrastGroup(BaseModel):
    """Sibling terms: two questions naming different members of one group are never merged automatically.

    Each term may list spellings separated by ``|`` (``"batch norm|batchnorm|bn"``).
    """

    model_config = ConfigDict(extra="forbid")

    name: str
    terms: list[str] = Field(min_length=2)
    # "different": questions naming different sets of terms contrast (L1 vs "L1 and L2");
    # "disjoint": only questions sharing no term contrast ("What is X? Why…?" still covers "What is X?")
    mode: Literal["different", "disjoint"] = "different"


# Opposite modifiers: a question about one is not a question about the other (trial: "What is horizontal
# scaling?" merged with "What is vertical scaling?" at 0.67 on a deck without [[contrast]] groups).
_OPPOSITE_PAIRS = (
    ("horizontal", "vertical"), ("upper", "lower"), ("min|minimum", "max|maximum"), ("left", "right"),
    ("before", "after"), ("inner", "outer"), ("input|inputs", "output|outputs"), ("increase|increasing", "decrease|decreasing"),
    ("forward", "backward"), ("push", "pull"), ("encode|encoder|encoding", "decode|decoder|decoding"),
    ("client", "server"), ("static", "dynamic"), ("synchronous|sync", "asynchronous|async"),
    ("stateful", "stateless"), ("mutable", "immutable"), ("shallow", "deep"), ("positive", "negative"),
    ("top", "bottom"), ("row|rows", "column|columns"), ("ascending", "descending"), ("local", "global"),
    ("public", "private"), ("high|higher", "low|lower"), ("import", "export"), ("read", "write"),
    # learner L28 and kin: the two sides of a comparison
    ("advantage|advantages", "disadvantage|disadvantages"), ("pro|pros", "con|cons"), ("benefit|benefits", "drawback|drawbacks"),
    ("best", "worst"), ("send|sending", "receive|receiving"), ("time", "space"), ("internal", "external"),
    ("strong", "weak"), ("true", "false"), ("primary", "secondary"), ("explicit", "implicit"),
    ("supervised", "unsupervised"), ("lossy", "lossless"), ("union", "intersection"), ("encrypt|encryption", "decrypt|decryption"),
    ("active", "passive"),  # ('active transport' / 'passive transport' of one glossary, trial45 T45-13)
)
OPPOSITES = [ContrastGroup(name=f"opposites: {a.split('|')[0]} vs {b.split('|')[0]}", terms=[a, b]) for a, b in _OPPOSITE_PAIRS]


class DedupeSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # score = probability that two items ask the same question (compiler/pairscore.py)
    auto_merge: float = Field(0.80, ge=0, le=1)  # at or above: merged without asking (if no guard fires)
    suggest: float = Field(0.10, ge=0, le=1)  # at or above: listed by `deckc dupes` for a decision
    # each item's closest match in another document (its best-scoring candidate there) is listed from this
    # score though below `suggest`: at most one more suggestion per item, so a duplicate the score ranks low
    # is still shown once (issue 10: surfaced); at or above `suggest`: off
    suggest_closest: float = Field(0.02, ge=0, le=1)
    same_question: float = Field(0.95, ge=0, le=1)  # question cosine that counts as the same wording
    # ... and the question + answer cosine it needs too: the same words over different answers
    # ("What's the output?" under different code) are different questions
    same_wording_answers: float = Field(0.50, ge=0, le=1)
    # one document asking the same words twice is one card written twice only when the answers are the
    # same too (answer cosine): seven "What would be the output of following code?" over seven programs
    # on one page are seven questions (learner4 N13, trial11 P74, P81: 0.36-0.92; labeled repeats: 0.999+)
    same_card_answers: float = Field(0.98, ge=0, le=1)
    guard_suggest: float = Field(0.90, ge=0, le=1)  # a guarded pair this alike (question cosine) is suggested
    candidate_floor: float = Field(0.40, ge=0, le=1)  # question-only similarity that makes a candidate
    candidate_neighbours: int = Field(20, ge=1, le=200)  # a candidate is among one question's this many nearest
    # ... or, by question + answer (cosine from this floor), the nearest item of another document among one item's
    # candidate_neighbours nearest: "What is weight decay?" ~ "What's the effect of L2 regularization on the weights
    # of a linear model?" (question cosine 0.34) answer alike; 1: off, the default (measured: about one more labeled
    # duplicate listed per eight more lines to read, as lowering `suggest`; docs/dedupe.md, thirty-sixth sitting)
    candidate_answer_floor: float = Field(1.0, ge=0, le=1)
    max_group: int = Field(8, ge=2)  # automatic merges never build a note from more items than this
    # an automatic merge joining two groups needs this mean score over all their item pairs (a single
    # strong link does not chain a question into a note whose other items it does not resemble)
    cohesion: float = Field(0.25, ge=0, le=1)
    same_source: str = Field("suggest", pattern="^(suggest|auto)$")  # same-document pairs: only suggested
    # two items of one document that share no wording are listed only from this score: an author who wrote two
    # questions on one page meant two (a word list's 'la sala de estar' / 'hacer la cama' at 0.10, T31-23); on the
    # labeled set, 49 of the 50 same-document suggestions below 0.20 were no duplicates
    suggest_same_source: float = Field(0.20, ge=0, le=1)
    front_priority: list[str] = Field(default_factory=list)  # source ids; default: deck.toml order
    # a note already in the lock keeps its front item when a new source would win the front rules
    # (deckc diff shows the proposed change); false: the rules re-pick every front
    keep_published_fronts: bool = True
    contrast: list[ContrastGroup] = Field(default_factory=list)
    # built-in guard groups of opposite modifiers (horizontal vs vertical scaling, shallow vs deep copy), a
    # negation in one question only, different numbers (L1 / L2): two such questions ask different things;
    # false: only the [[contrast]] groups
    opposites: bool = True

    def guard_groups(self) -> list[ContrastGroup]:
        """The deck's [[contrast]] groups, then the built-in opposites (unless turned off)."""
        return [*self.contrast, *(OPPOSITES if self.opposites else [])]

    @field_validator("suggest")
    @classmethod
    def _below_auto(cls, v: float, info: ValidationInfo) -> float:
        auto = info.data.get("auto_merge")
        if auto is not None and v > auto:
            raise ValueError("suggest must not be above auto_merge")
        return v


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[str] = Field(min_length=2)
    why: str = ""
    line: int | None = None  # filled from the file text, for messages


class FrontDecision(BaseModel):
    """``[[front]]``: this item fronts its note (opting in to a front change `deckc diff` proposed)."""

    model_config = ConfigDict(extra="forbid")

    item: str
    why: str = ""
    line: int | None = None


class Decisions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    merge: list[Decision] = Field(default_factory=list)
    keep_apart: list[Decision] = Field(default_factory=list)
    front: list[FrontDecision] = Field(default_factory=list)


def follow_renames(decisions: Decisions, followed: dict[str, str], diag: Diagnostics) -> Decisions:
    """The decisions with item ids the lock followed to new ids (a renamed file) replaced, so a decided pair
    is not asked again; one warning says what to replace (trial28 T28-29: three 'unknown item' warnings and
    the pairs listed again after `mv a-sangkhom.txt sangkhom-m2.txt`)."""
    replaced: list[tuple[int | None, str, str]] = []

    def follow(key: str, line: int | None) -> str:
        new = followed.get(key)
        if new is None:
            return key
        replaced.append((line, key, new))
        return new

    out = Decisions(
        merge=[d.model_copy(update={"items": [follow(k, d.line) for k in d.items]}) for d in decisions.merge],
        keep_apart=[d.model_copy(update={"items": [follow(k, d.line) for k in d.items]}) for d in decisions.keep_apart],
        front=[d.model_copy(update={"item": follow(d.item, d.line)}) for d in decisions.front],
    )
    say_renamed(diag, DECISIONS_NAME, replaced, "the decisions", "replace the old ids in decisions.toml (`deckc dupes --toml` prints the new ones)")
    return out


def load_settings(content_dir: Path, diag: Diagnostics) -> DedupeSettings:
    """``[dedupe]`` and ``[[contrast]]`` of dedupe.toml; defaults when the file is absent or wrong."""
    toml = read_toml(content_dir / DEDUPE_NAME, DEDUPE_NAME, diag)
    if toml is None or not unknown_tables(toml, ("dedupe", "contrast"), diag, _SEE):
        return DedupeSettings()
    table = toml.data.get("dedupe", {})
    if not isinstance(table, dict):
        diag.error(DEDUPE_NAME, toml.line(("dedupe",)), "dedupe must be a table", "write it as [dedupe] with keys under it")
        return DedupeSettings()
    if "contrast" in table:
        diag.error(DEDUPE_NAME, toml.line(("dedupe", "contrast")), "contrast groups are not a key of [dedupe]", "write each group as a [[contrast]] table")
        return DedupeSettings()
    data = {**table, "contrast": toml.data.get("contrast", [])}
    settings = validate(
        DedupeSettings,
        data,
        toml,
        diag,
        _SEE,
        loc_map=lambda loc: loc if loc and loc[0] == "contrast" else ("dedupe", *loc),
        shape=_DedupeFile,
    )
    return settings or DedupeSettings()


def load_decisions(content_dir: Path, diag: Diagnostics) -> Decisions:
    """``[[merge]]``, ``[[keep_apart]]`` and ``[[front]]`` of decisions.toml, each with its line."""
    toml = read_toml(content_dir / DECISIONS_NAME, DECISIONS_NAME, diag)
    if toml is None:
        return Decisions()
    decisions = validate(Decisions, toml.data, toml, diag, _SEE)
    if decisions is None:
        return Decisions()
    for table, entries in (("merge", decisions.merge), ("keep_apart", decisions.keep_apart), ("front", decisions.front)):
        for n, entry in enumerate(entries):
            entry.line = toml.line((table, n))
    return decisions


_SEE = "see docs/dedupe.md, 'Decisions'"


class _DedupeFile(BaseModel):
    """The shape of dedupe.toml, for "did you mean" hints: settings under [dedupe], groups as [[contrast]]."""

    dedupe: DedupeSettings
    contrast: list[ContrastGroup]


_GUARDS: dict[tuple[tuple[str, str, tuple[str, ...]], ...], Guard] = {}


class Guard:
    """The contrast guard: finds sibling terms in a question, longest spelling first.

    A spelling's pattern is compiled the first time a question contains it: a term can only match
    where its spelling occurs, so the plain substring test comes first (the same terms found; the
    seed deck's 191 spellings were compiled on every build, ~0.01 s, and searched in every question).
    """

    def __init__(self, groups: list[ContrastGroup]) -> None:
        self.groups: list[tuple[str, list[tuple[str, str]]]] = []
        self.modes = [group.mode for group in groups]
        self._patterns: dict[str, re.Pattern[str]] = {}
        for group in groups:
            spellings: list[tuple[str, str]] = []
            for term in group.terms:
                canon = normalize_text(term.split("|")[0])
                spellings.extend((normalize_text(s), canon) for s in term.split("|") if normalize_text(s))
            spellings.sort(key=lambda s: -len(s[0]))
            self.groups.append((group.name, spellings))

    @classmethod
    def of(cls, groups: list[ContrastGroup]) -> Guard:
        """The guard of these groups, made once per process for each set of groups: every build's dedupe pass needs
        one, and normalizing the ~190 spellings of the built-in opposites was ~1 ms of each small build (a guard
        is read-only once made; its patterns are compiled as met, the same for every deck)."""
        key = tuple((g.name, g.mode, tuple(g.terms)) for g in groups)
        guard = _GUARDS.get(key)
        if guard is None:
            if len(_GUARDS) >= 16:  # (a long-lived process over many decks' settings)
                _GUARDS.clear()
            guard = _GUARDS[key] = cls(groups)
        return guard

    def _pattern(self, spelling: str) -> re.Pattern[str]:
        pattern = self._patterns.get(spelling)
        if pattern is None:
            pattern = self._patterns[spelling] = re.compile(rf"(?<![a-z0-9]){re.escape(spelling)}(?![a-z0-9])")
        return pattern

    def terms(self, question: str) -> list[frozenset[str]]:
        """For each group, the canonical terms the question names (longest match wins)."""
        text = normalize_text(question)
        found = []
        for _, spellings in self.groups:
            rest, hits = text, set()
            for spelling, canon in spellings:
                if spelling in rest and (pattern := self._pattern(spelling)).search(rest):
                    hits.add(canon)
                    rest = pattern.sub(" ", rest)
            found.append(frozenset(hits))
        return found

    def contrast(self, a: list[frozenset[str]], b: list[frozenset[str]]) -> str | None:
        """Why two questions must stay apart, or None: both name terms of one group, and not the same ones
        (for a ``disjoint`` group: no shared one)."""
        for (name, _), mode, ta, tb in zip(self.groups, self.modes, a, b, strict=True):
            if ta and tb and ta != tb and not (mode == "disjoint" and ta & tb):
                return f"{name}: {', '.join(sorted(ta))} vs {', '.join(sorted(tb))}"
        return None
