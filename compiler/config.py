"""The deck configuration: ``content/deck.toml``.

It names the deck and describes every source document: which layout reader
applies, how the document marks sections, how difficulty is known, and which
repairs the reader should apply.  Validated with pydantic so a broken config
fails with the file and the offending key.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from compiler.diagnostics import ContentError, Diagnostic
from compiler.model import Difficulty

CONFIG_NAME = "deck.toml"


class DifficultyRule(BaseModel):
    """How a source's difficulty is known.

    - ``label``: each item carries a word or emoji; ``labels`` maps it to a level.
    - ``self-grading``: the document grades item-number ranges in prose
      (``If you can't answer 1-15, you don't know basic …``); ``labels`` maps
      the grading words (``basic``) to levels.
    - ``ranges``: item-number ranges given here, ``[[1, 15, "easy"], …]``.
    - ``fixed``: every item gets ``default``.
    ``default`` also applies to items a label or range does not cover.
    """

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    from_: Literal["label", "self-grading", "ranges", "fixed"] = Field("fixed", alias="from")
    labels: dict[str, Difficulty] = Field(default_factory=dict)
    ranges: list[tuple[int, int, Difficulty]] = Field(default_factory=list)
    default: Difficulty | None = None

    def for_label(self, label: str) -> Difficulty | None:
        """Level for a label, matched exactly, then case- and variation-selector-insensitively."""
        if label in self.labels:
            return self.labels[label]
        want = _fold(label)
        for key, level in self.labels.items():
            if _fold(key) == want:
                return level
        return None

    def for_number(self, number: int) -> Difficulty | None:
        for lo, hi, level in self.ranges:
            if lo <= number <= hi:
                return level
        return self.default


def _fold(label: str) -> str:
    return label.replace("\ufe0f", "").strip().casefold()


class SourceConfig(BaseModel):
    """One ``[[source]]`` table."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    file: str
    title: str = ""
    layout: str | None = None  # None: detect from the text
    sections: str = ""
    difficulty: DifficultyRule = Field(default_factory=DifficultyRule)
    repair: list[Literal["mojibake"]] = Field(default_factory=list)


class DeckSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    id: int | None = None
    basename: str = Field("", pattern=r"^[A-Za-z0-9._-]*$")
    date: str = "undated"  # build date printed on the cheat sheet; from content, not the clock


class DeckConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    deck: DeckSettings
    source: list[SourceConfig] = Field(default_factory=list)

    @property
    def basename(self) -> str:
        base = self.deck.basename or _stem(self.deck.name)
        if base in {"collection"} or base.startswith("backup-"):
            # Anki treats collection.apkg / backup-*.apkg as a whole-collection restore.
            base = f"deck-{base}"
        return base


def _stem(name: str) -> str:
    from compiler.model import slugify

    return slugify(name, limit=80)


def load_config(content_dir: Path) -> DeckConfig:
    """Read and validate ``deck.toml``; raise :class:`ContentError` naming file and key."""
    path = content_dir / CONFIG_NAME
    rel = str(path)
    if not path.is_file():
        raise ContentError(
            [Diagnostic(rel, None, "deck config not found", f"create {CONFIG_NAME} with a [deck] table")]
        )
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ContentError([Diagnostic(rel, None, f"not UTF-8 text: {exc.reason}")]) from None
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's TOMLDecodeError has no lineno attribute; the message ends "(at line N, column M)".
        found = re.search(r"\(at line (\d+), column \d+\)$", str(exc))
        line = int(found.group(1)) if found else None
        msg = re.sub(r"\s*\(at line \d+, column \d+\)$", "", str(exc))
        raise ContentError([Diagnostic(rel, line, f"invalid TOML: {msg}", "fix the syntax")]) from None
    try:
        config = DeckConfig.model_validate(data)
    except ValidationError as exc:
        diags = []
        for err in exc.errors():
            key = ".".join(str(p) for p in err["loc"])
            diags.append(
                Diagnostic(rel, _line_of_key(path, err["loc"]), f"{key}: {err['msg']}", "see README, 'Deck config'")
            )
        raise ContentError(diags) from None
    seen: dict[str, int] = {}
    diags = []
    for i, src in enumerate(config.source):
        if src.id in seen:
            diags.append(
                Diagnostic(rel, _line_of_key(path, ("source", i, "id")), f"duplicate source id {src.id!r}", "give each [[source]] its own id")
            )
        seen[src.id] = i
    if diags:
        raise ContentError(diags)
    return config


def _line_of_key(path: Path, loc: tuple) -> int | None:
    """Best-effort line of a key in the TOML text, so messages point somewhere useful."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    index = next((p for p in loc if isinstance(p, int)), None)
    keys = [p for p in loc if isinstance(p, str)]
    start = 0
    if loc and loc[0] == "source" and index is not None:
        count = -1
        for n, text in enumerate(lines):
            if text.strip() == "[[source]]":
                count += 1
                if count == index:
                    start = n
                    break
    last = keys[-1] if keys else None
    if last and last not in {"source", "deck"}:
        for n in range(start, len(lines)):
            if lines[n].split("=")[0].strip() == last:
                return n + 1
    return start + 1 if start else None
