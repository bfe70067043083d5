"""The deck configuration: ``content/deck.toml``.

It names the deck and describes every source document: which layout reader
applies, how the document marks sections, how difficulty is known, and which
repairs the reader should apply.  Validated with pydantic so a broken config
fails with the file and the offending key.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from compiler.diagnostics import ContentError, Diagnostic
from compiler.layouts import PatternConfig
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
    pattern: PatternConfig | None = None  # [source.pattern]: a declarative layout (compiler/layouts.py)
    sections: str = ""
    difficulty: DifficultyRule = Field(default_factory=DifficultyRule)
    repair: list[Literal["mojibake"]] = Field(default_factory=list)
    remote_images: Literal["link", "keep", "drop"] = "link"  # http(s) images: a link, an <img>, or alt text


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
    rel = CONFIG_NAME
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
        diags = [Diagnostic(rel, _line_of_key(path, err["loc"]), *_explain(err)) for err in exc.errors()]
        raise ContentError(diags) from None
    seen: dict[str, int] = {}
    diags = []
    for i, src in enumerate(config.source):
        if src.id in seen:
            diags.append(
                Diagnostic(
                    rel, _line_of_key(path, ("source", i, "id")), f"duplicate source id {src.id!r}", "give each [[source]] its own id"
                )
            )
        seen[src.id] = i
    if diags:
        raise ContentError(diags)
    return config


def _explain(err: dict) -> tuple[str, str]:
    """A validation error in words a config author understands, with a hint."""
    loc = [p for p in err["loc"]]
    table = "[deck]" if loc and loc[0] == "deck" else "[[source]]"
    if loc and loc[0] == "source" and len(loc) > 1 and isinstance(loc[1], int):
        table = f"[[source]] number {loc[1] + 1}"
    key = str(loc[-1]) if loc else ""
    if err["type"] == "extra_forbidden":
        known = _KNOWN_KEYS.get("deck" if table == "[deck]" else "source", [])
        if len(loc) > 2 and loc[-2] == "difficulty":
            known = ["from", "labels", "ranges", "default"]
        if len(loc) > 2 and loc[-2] == "pattern":
            known = list(PatternConfig.model_fields)
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
        return f"unknown key {key!r} in {table}", hint
    if err["type"] == "missing":
        return f"{table} is missing the required key {key!r}", "see README, 'Deck config'"
    path = ".".join(str(p) for p in loc[2:] if not isinstance(p, int)) if table.startswith("[[source]]") else key
    return f"{table}: {path or key}: {err['msg'].removeprefix('Value error, ')}", "see README, 'Deck config'"


_KNOWN_KEYS = {
    "deck": ["name", "id", "basename", "date"],
    "source": ["id", "file", "title", "layout", "pattern", "sections", "difficulty", "repair", "remote_images"],
}


def source_line(content_dir: Path, index: int, key: str) -> int | None:
    """Line of ``key`` in the index-th [[source]] table of deck.toml (for messages)."""
    return _line_of_key(content_dir / CONFIG_NAME, ("source", index, key))


def _line_of_key(path: Path, loc: tuple) -> int | None:
    """Best-effort line of a key in the TOML text, so messages point somewhere useful."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    index = next((p for p in loc if isinstance(p, int)), None)
    keys = [p for p in loc if isinstance(p, str)]
    header = "[[source]]" if keys and keys[0] == "source" else "[deck]"
    start, count = None, -1
    for n, text in enumerate(lines):
        if text.strip() == header:
            count += 1
            if header == "[deck]" or count == (index or 0):
                start = n
                break
    if start is None:
        return None
    wanted = [k for k in keys[1:] if k not in {"source", "deck"}]
    for n in range(start + 1, len(lines)):
        stripped = lines[n].strip()
        if stripped.startswith("["):
            break
        name = stripped.split("=")[0].strip()
        if wanted and name in wanted:
            return n + 1
    return start + 1
