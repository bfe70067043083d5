"""Question banks written as data inside a Markdown note (trial13 T13-16).

A concept note whose ``## Questions`` section holds a fenced ```` ```yaml ```` (or JSON) list of question records
(``- question: …`` / ``options: […]`` / ``answer: 1`` / ``explanation: …``: course knowledge bases, notes a chat
assistant wrote) made ONE card, 'Questions', whose back was the raw YAML. Each such fence is the bank it holds, as
the Markdown the data-bank converter writes for a ``.yaml`` file, under the heading the fence stands under; the rest
of the note is kept as written. A fence that holds anything else (a config file, an example record without an
answer) stays code.

Owned by readers (new module); called from :func:`compiler.sources.converted.sniffed`.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import Converted
from compiler.sources.databank import convert_bank
from compiler.sources.lines import closed_fences, heading_level_above, in_fence

_BANK_LANGS = frozenset(("yaml", "yml", "json"))
_ATX = re.compile(r"^(?P<marks>#{1,6})(?=\s)")
# keys a record asks with and keys it answers with (a subset of the data-bank converter's: a fence must look like
# questions with their answers before it is parsed, so that a config file's 'name:' never reads as a bank)
_ASK_KEYS = frozenset(("question", "q", "prompt", "front", "stem", "questiontext"))
_ANSWER_KEYS = frozenset(("answer", "a", "back", "correct", "correctanswer", "correctoption", "solution", "options", "choices"))
_KEY_LINE = re.compile(r"""^\s*(?:-\s+)?["']?(?P<key>[A-Za-z_][\w -]*?)["']?\s*:""")
BANK_MIN = 1  # records with a question and an answer that make a fence a bank


def _norm(key: object) -> str:
    return re.sub(r"[\s_-]", "", str(key)).lower()


def _records(data: Any) -> list[dict[Any, Any]]:
    """The records of a fence's data: a list of mappings, or the one list a mapping holds (``questions: […]``)."""
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if len(lists) == 1 else []
    return [r for r in data if isinstance(r, dict)] if isinstance(data, list) else []


def _asked(records: list[dict[Any, Any]]) -> int:
    """How many records ask a question and carry its answer (or options)."""
    count = 0
    for record in records:
        keys = {_norm(k) for k, v in record.items() if v not in (None, "")}
        count += bool(keys & _ASK_KEYS and keys & _ANSWER_KEYS)
    return count


def _parse(body: str, lang: str) -> Any:
    """The fence's data, or None when it does not parse."""
    if lang == "json":
        try:
            return json.loads(body)
        except (json.JSONDecodeError, RecursionError):
            return None
    import yaml

    try:
        return yaml.safe_load(body)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return None


def _deeper(text: str, by: int) -> list[str]:
    """The converted bank's lines, its headings ``by`` levels deeper (at most six), code left alone."""
    rows = text.rstrip("\n").split("\n")
    if by <= 0:
        return rows
    fenced = list(in_fence(rows))
    out = []
    for row, code in zip(rows, fenced, strict=True):
        m = None if code else _ATX.match(row)
        out.append(row if m is None else "#" * min(6, len(m.group("marks")) + by) + row[m.end() :])
    return out


def note_banks(lines: list[str], rel: str) -> Converted | None:
    """The note with each fenced YAML/JSON list of question records replaced by its questions as Markdown (each
    line at the record's line of the file), the headings under the one the fence stands under; None when the note
    holds no such fence (the note is read as written)."""
    fenced = list(in_fence(lines))
    found: list[tuple[int, int, list[str], tuple[int, ...], tuple[Diagnostic, ...]]] = []
    for k, end, info in closed_fences(lines):
        said_lang = (info.split() or [""])[0].lower()
        body = "\n".join(lines[k + 1 : end])
        keyed = {_norm(km.group("key")) for row in lines[k + 1 : end] if (km := _KEY_LINE.match(row))}
        lang = "json" if said_lang == "json" else "yaml"
        if said_lang in _BANK_LANGS and (lang == "json" or keyed & _ASK_KEYS):
            data = _parse(body, lang)
            if _asked(_records(data)) >= BANK_MIN:
                try:
                    made = convert_bank(body, rel, lang)
                except ContentError:
                    made = None
                if made is not None and made.text.strip():
                    rows = _deeper(made.text, heading_level_above(lines, k, fenced) - 1)
                    origin = tuple(k + 1 + (made.origin[i] if i < len(made.origin) else 1) for i in range(len(rows)))
                    warnings = tuple(replace(d, line=d.line + k + 1 if d.line else d.line) for d in made.warnings)
                    found.append((k, end, rows, origin, warnings))
    if not found:
        return None
    text: list[str] = []
    origin: list[int] = []
    warnings: list[Diagnostic] = []
    line = 0
    for start, end, rows, where, said in found:
        text.extend(lines[line:start])
        origin.extend(range(line + 1, start + 1))
        text.extend(["", *rows, ""])
        origin.extend([start + 1, *where, end + 1])
        warnings.extend(said)
        line = end + 1
    text.extend(lines[line:])
    origin.extend(range(line + 1, len(lines) + 1))
    return Converted(text="\n".join(text) + "\n", origin=tuple(origin), warnings=tuple(warnings))

