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

A decision naming an item that no longer exists is a warning with its line
(the content moved on; delete or update the entry), not an error.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from compiler.diagnostics import Diagnostics
from compiler.model import normalize_text

DEDUPE_NAME = "dedupe.toml"
DECISIONS_NAME = "decisions.toml"


class ContrastGroup(BaseModel):
    """Sibling terms: two questions naming different members of one group are never merged automatically.

    Each term may list spellings separated by ``|`` (``"batch norm|batchnorm|bn"``).
    """

    model_config = ConfigDict(extra="forbid")

    name: str
    terms: list[str] = Field(min_length=2)


class DedupeSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # score = mean of the question-only and question+answer cosine similarities
    auto_merge: float = Field(0.85, ge=0, le=1)  # at or above: merged without asking (if no guard fires)
    suggest: float = Field(0.70, ge=0, le=1)  # at or above: listed by `deckc dupes` for a decision
    same_question: float = Field(0.95, ge=0, le=1)  # question cosine that counts as the same wording
    candidate_floor: float = Field(0.55, ge=0, le=1)  # question-only similarity that makes a candidate
    max_group: int = Field(8, ge=2)  # automatic merges never build a note from more items than this
    same_source: str = Field("suggest", pattern="^(suggest|auto)$")  # same-document pairs: only suggested
    front_priority: list[str] = Field(default_factory=list)  # source ids; default: deck.toml order
    contrast: list[ContrastGroup] = Field(default_factory=list)

    @field_validator("suggest")
    @classmethod
    def _below_auto(cls, v: float, info) -> float:  # type: ignore[no-untyped-def]
        auto = info.data.get("auto_merge")
        if auto is not None and v > auto:
            raise ValueError("suggest must not be above auto_merge")
        return v


class Decision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[str] = Field(min_length=2)
    why: str = ""
    line: int | None = None  # filled from the file text, for messages


class Decisions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    merge: list[Decision] = Field(default_factory=list)
    keep_apart: list[Decision] = Field(default_factory=list)


def _toml(path: Path, name: str, diag: Diagnostics) -> tuple[dict, str] | None:
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column \d+\)$", str(exc))
        msg = re.sub(r"\s*\(at line \d+, column \d+\)$", "", str(exc))
        diag.error(name, int(found.group(1)) if found else None, f"invalid TOML: {msg}", "fix the syntax")
        return None


def _table_lines(text: str, table: str) -> list[int]:
    """1-based line of each ``[[table]]`` header, in order."""
    return [n for n, line in enumerate(text.splitlines(), start=1) if line.strip() == f"[[{table}]]"]


def _report(exc: ValidationError, name: str, text: str, diag: Diagnostics) -> None:
    for err in exc.errors():
        loc = err["loc"]
        line = None
        if len(loc) >= 2 and isinstance(loc[1], int):
            lines = _table_lines(text, str(loc[0]))
            line = lines[loc[1]] if loc[1] < len(lines) else None
        key = ".".join(str(p) for p in loc)
        diag.error(name, line, f"{key}: {err['msg']}", "see README, 'Merging duplicates'")


def load_settings(content_dir: Path, diag: Diagnostics) -> DedupeSettings:
    found = _toml(content_dir / DEDUPE_NAME, DEDUPE_NAME, diag)
    if found is None:
        return DedupeSettings()
    data, text = found
    try:
        return DedupeSettings.model_validate({**data.get("dedupe", {}), "contrast": data.get("contrast", [])})
    except ValidationError as exc:
        _report(exc, DEDUPE_NAME, text, diag)
        return DedupeSettings()


def load_decisions(content_dir: Path, diag: Diagnostics) -> Decisions:
    found = _toml(content_dir / DECISIONS_NAME, DECISIONS_NAME, diag)
    if found is None:
        return Decisions()
    data, text = found
    try:
        decisions = Decisions.model_validate(data)
    except ValidationError as exc:
        _report(exc, DECISIONS_NAME, text, diag)
        return Decisions()
    for table, entries in (("merge", decisions.merge), ("keep_apart", decisions.keep_apart)):
        for entry, line in zip(entries, _table_lines(text, table), strict=False):
            entry.line = line
    return decisions


class Guard:
    """The contrast guard: finds sibling terms in a question, longest spelling first."""

    def __init__(self, groups: list[ContrastGroup]) -> None:
        self.groups: list[tuple[str, list[tuple[re.Pattern[str], str]]]] = []
        for group in groups:
            spellings: list[tuple[str, str]] = []
            for term in group.terms:
                canon = normalize_text(term.split("|")[0])
                spellings.extend((normalize_text(s), canon) for s in term.split("|") if normalize_text(s))
            spellings.sort(key=lambda s: -len(s[0]))
            self.groups.append(
                (group.name, [(re.compile(rf"(?<![a-z0-9]){re.escape(s)}(?![a-z0-9])"), c) for s, c in spellings])
            )

    def terms(self, question: str) -> list[frozenset[str]]:
        """For each group, the canonical terms the question names (longest match wins)."""
        text = normalize_text(question)
        found = []
        for _, patterns in self.groups:
            rest, hits = text, set()
            for pattern, canon in patterns:
                if pattern.search(rest):
                    hits.add(canon)
                    rest = pattern.sub(" ", rest)
            found.append(frozenset(hits))
        return found

    def contrast(self, a: list[frozenset[str]], b: list[frozenset[str]]) -> str | None:
        """Why two questions must stay apart, or None: both name terms of one group, and not the same ones."""
        for (name, _), ta, tb in zip(self.groups, a, b, strict=True):
            if ta and tb and ta != tb:
                return f"{name}: {', '.join(sorted(ta))} vs {', '.join(sorted(tb))}"
        return None
