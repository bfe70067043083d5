"""The lock file ``content/deckc.lock``: what every published note looked like, and since when.

Anki updates an existing note on re-import only when the package's note is
strictly newer, so a rebuild must know, per note, whether its content
changed and which modification time it was last published with.  The lock
is committed beside the content and holds exactly that.

Format: UTF-8, one JSON object per line, so a changed note changes one line
in ``git diff`` and two branches merge line by line.  The first line is a
header; every other line is one :class:`LockEntry`, sorted by note id then
GUID.  Keys come in a fixed order and no wall-clock value is written for a
note whose content did not change, so the same content gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from compiler.diagnostics import Diagnostic, Diagnostics
from compiler.tomlfile import read_text

LOCK_NAME = "deckc.lock"
LOCK_VERSION = 1
HEADER = {
    "deckc_lock": LOCK_VERSION,
    "comment": "written by `deckc build`; commit it with the content; see README 'Rebuilding safely'",
}


class LockEntry(BaseModel):
    """One note as last published (or retired)."""

    model_config = ConfigDict(extra="forbid")

    guid: str = Field(min_length=1)
    id: str = Field(min_length=1)  # note id: the primary item's item id
    status: Literal["active", "retired"] = "active"
    mtime: int = Field(ge=1)  # when this content was first published (or retired)
    hash: str  # of notetype, fields and tags; see content_hash()
    items: list[str]  # item ids, primary first
    anchors: list[str]  # item anchors ``source:normalized question``, same order
    tags: list[str]
    notetype: str
    fields: dict[str, str]  # rendered fields, in note type order (re-emitted when retired)
    # item ids a renamed file gave up, each to the item id it has now ('net/x' -> 'networking/x'): decisions and
    # overrides written with the old ids keep applying in later builds, not only in the one after the rename
    # (trial29 T29-46); written only when there are some
    renamed: dict[str, str] = Field(default_factory=dict)


class Lock(BaseModel):
    entries: list[LockEntry] = Field(default_factory=list)
    # The note types' design (templates + CSS): Anki updates a note type on re-import only
    # when the package's copy is newer, so its mtime must move when, and only when, it changes.
    design_hash: str = ""
    design_mtime: int = 0

    def sorted(self) -> Lock:
        return self.model_copy(update={"entries": sorted(self.entries, key=lambda e: (e.id, e.guid))})


def content_hash(notetype: str, fields: dict[str, str], tags: list[str]) -> str:
    """What Anki would see of a note: its note type, rendered fields and tags."""
    data = json.dumps([notetype, list(fields.items()), sorted(tags)], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def render(lock: Lock) -> str:
    """The lock's bytes: header line, then one entry per line in a stable order."""
    header = dict(HEADER)
    if lock.design_hash:
        header["notetypes"] = {"hash": lock.design_hash, "mtime": lock.design_mtime}
    lines = [json.dumps(header, ensure_ascii=False)]
    lines += [json.dumps(e.model_dump(exclude={"renamed"} if not e.renamed else None), ensure_ascii=False) for e in lock.sorted().entries]
    return "\n".join(lines) + "\n"


def load(path: Path, name: str, diag: Diagnostics) -> Lock:
    """The lock at ``path`` (an empty one when there is none); problems are errors naming the line.

    A lock that is a directory, unreadable or not UTF-8 is an error, never
    read as empty: an empty lock would publish every note as new.
    """
    hint = "restore it from version control (git checkout -- deckc.lock), or delete it to start a new lock"
    text = read_text(path, name, diag, hint)
    if text is None:
        return Lock()
    errors: list[Diagnostic] = []
    entries: list[LockEntry] = []
    design = {"hash": "", "mtime": 0}
    seen: dict[str, int] = {}
    for n, line in enumerate(text.split("\n"), start=1):  # not splitlines(): fields may hold U+2028
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            merge = " (an unresolved merge conflict?)" if line.startswith(("<<<<<<<", "=======", ">>>>>>>")) else ""
            errors.append(Diagnostic(name, n, f"not a JSON line: {exc.msg}{merge}", hint))
            continue
        if isinstance(data, dict) and "deckc_lock" in data:
            if data["deckc_lock"] != LOCK_VERSION:
                errors.append(Diagnostic(name, n, f"lock version {data['deckc_lock']!r} is not {LOCK_VERSION}", "upgrade deckc"))
            stamp = data.get("notetypes") or {}
            if isinstance(stamp, dict) and isinstance(stamp.get("hash"), str) and isinstance(stamp.get("mtime"), int):
                design = {"hash": stamp["hash"], "mtime": stamp["mtime"]}
            continue
        try:
            entry = LockEntry.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            key = ".".join(str(p) for p in first["loc"])
            errors.append(Diagnostic(name, n, f"bad lock entry: {key}: {first['msg']}", hint))
            continue
        if entry.guid in seen:
            errors.append(Diagnostic(name, n, f"GUID {entry.guid} already on line {seen[entry.guid]}", hint))
            continue
        seen[entry.guid] = n
        entries.append(entry)
    diag.items.extend(errors)
    return Lock(entries=entries, design_hash=design["hash"], design_mtime=design["mtime"])
