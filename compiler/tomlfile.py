"""One way to read a content folder's files: TOML configs and the lock.

Every config file (``deck.toml``, ``overrides.toml``, ``decisions.toml``,
``dedupe.toml``, ``topics.toml``) and the lock go through :func:`read_text`,
so a file that is a directory, unreadable, not UTF-8 or not valid TOML is
reported the same way everywhere, as ``file:line: error: …``, never as a
traceback.  :func:`validate` turns pydantic's errors into messages with the
line of the offending key, found by :func:`key_lines`, a small scanner that
maps every key path of a TOML text to the line it is written on.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
import types
import typing
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from compiler import uptodate
from compiler.diagnostics import Diagnostics

Loc = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


def read_text(path: Path, name: str, diag: Diagnostics, hint: str = "") -> str | None:
    """The file's text, or None when it does not exist; problems become errors naming the file.

    A directory, a special file, an unreadable file and bytes that are not
    UTF-8 (with the line of the first bad byte) are errors.  A UTF-8 byte
    order mark is dropped.
    """
    uptodate.note(path)  # looked for: a file created later changes the build too
    if not path.exists() and not path.is_symlink():
        return None
    if path.is_dir():
        diag.error(name, None, "is a directory, not a file", hint or f"remove the directory or put the {name} file in its place")
        return None
    if not path.is_file():
        diag.error(name, None, "is not a regular file (a broken link or a special file)", hint or "replace it with a plain file")
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        diag.error(name, None, f"cannot read the file: {exc.strerror or exc}", hint or "check its permissions")
        return None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with its byte order mark: Notepad's "Unicode" (trial24 T24-21)
        try:
            return data.decode("utf-16").removeprefix("\ufeff")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        diag.error(
            name,
            line,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x})",
            hint or "re-save the file as UTF-8, e.g. iconv -f latin1 -t utf-8",
        )
        return None
    return text.removeprefix("\ufeff")


@dataclass
class TomlFile:
    """A parsed TOML file with the line of every key, for messages."""

    name: str  # as shown in messages: relative to the content folder
    data: dict[str, Any]
    text: str
    known: dict[Loc, int] | None = None  # the lines of its keys, when given; else found from ``text`` when first asked

    @property
    def lines(self) -> dict[Loc, int]:
        """Every key path's line (:func:`key_lines`), found only when a message asks: scanning the project's TOML
        files cost each build ~0.015 s of CPU that a build without messages about them never used (issue 13)."""
        if self.known is None:
            self.known = dict(_scanned(self.text))
        return self.known

    def line(self, loc: Sequence[str | int]) -> int | None:
        """Line of ``loc`` (a key path, array-of-tables indices included) or of its closest parent."""
        loc = tuple(loc)
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return None


_TOML_AT = re.compile(r"\s*\(at line (\d+), column \d+\)$")
_TOML_AT_END = re.compile(r"\s*\(at end of document\)$")


def read_toml(path: Path, name: str, diag: Diagnostics) -> TomlFile | None:
    """Parse a TOML file; None when it is missing or has errors (which are reported with their line)."""
    text = read_text(path, name, diag)
    if text is None:
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11's TOMLDecodeError has no lineno attribute; the message ends "(at line N, column M)".
        found = _TOML_AT.search(str(exc))
        line = int(found.group(1)) if found else (text.count("\n") + 1 if _TOML_AT_END.search(str(exc)) else None)
        msg = _TOML_AT_END.sub("", _TOML_AT.sub("", str(exc)))
        said = text.split("\n")[line - 1] if line and line <= text.count("\n") + 1 else ""
        lines = text.split("\n")
        if line and line > 1 and _unclosed_quote(said) is None and _unclosed_quote(lines[line - 2]) is not None:
            line, said = line - 1, lines[line - 2]  # (a ' string runs to the end of its line: told at the next one)
        hint = _syntax_hint(said)
        if (quote := _unclosed_quote(said)) is not None:  # (tomllib says "Illegal character '\\n'": trial26 T26-26)
            msg = f"the text opened with {quote} on this line is not closed"
        elif msg.startswith("Cannot overwrite a value"):
            msg, hint = "this key is set twice in its table", "keep one of the two lines"
        elif msg.startswith("Unescaped '\\' in a string"):  # a Windows path: 'sources\Networking.md' (trial30 T30-9)
            msg, hint = "a backslash in a double-quoted text starts an escape in TOML", _backslash_hint(said)
        elif (twice := _DECLARED_TWICE.match(msg)) is not None:  # "Cannot declare ('deck',) twice": a table pasted again
            table = ".".join(part.strip().strip("'\"") for part in twice.group(1).split(",") if part.strip())
            first = next((n for n, text in enumerate(lines, 1) if n < (line or 0) and (head := _TABLE.match(text))
                          and _parts(head.group(1)) == table.split(".")), None)  # fmt: skip
            msg = f"the table [{table}] appears twice" + (f" (first at line {first})" if first else "")
            hint = "keep one of them, with the keys of both"
        diag.error(name, line, f"invalid TOML: {msg}{_what_is_wrong(said)}", hint)
        return None
    return TomlFile(name, data, text)


_DECLARED_TWICE = re.compile(r"Cannot declare \((.*)\) twice")


def _backslash_hint(line: str) -> str:
    """The line with forward slashes, or its text in single quotes, where TOML reads no escape."""
    m = re.match(r'^(?P<key>\s*[^=#]+?=\s*)"(?P<value>[^"]*)"', line)
    if m is None:
        return "write \\\\ for a backslash, or put the text in single quotes ('…'), where a backslash is itself"
    key, value = m.group("key").strip(), m.group("value")
    return (f'write {key} "{value.replace(chr(92), "/")}", forward slashes work on Windows too; '
            f"or put it in single quotes: {key} '{value}'")


_CURLY = re.compile("[\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb]")  # quotes a word processor or web page types
_BARE_VALUE = re.compile(r"^\s*[A-Za-z0-9_.-]+\s*=\s*(?P<value>[^\s\"'\[{#][^#]*?)\s*(?:#.*)?$")
_TOML_WORDS = re.compile(r"^(?:true|false|[+-]?(?:\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?|inf|nan)|\d{4}-\d\d-\d\d.*)$")


def _what_is_wrong(line: str) -> str:
    """What a user most often got wrong on a line TOML refuses (trial24 T24-21: 'Invalid value' said nothing)."""
    if _CURLY.search(line):
        return " (curly quotes, as a word processor or a web page types them, are not TOML's quotes)"
    m = _BARE_VALUE.match(line)
    if m and not _TOML_WORDS.match(m.group("value")):
        return " (a text value needs quotes)"
    return ""


_OPENED = re.compile(r"^\s*[^=#]+?=\s*(?P<value>(?P<q>[\"']).*)$")


def _unclosed_quote(line: str) -> str | None:
    """The quote (``"`` or ``'``) that opens a one-line text value and is not closed on its line, or None."""
    m = _OPENED.match(line)
    if m is None or m.group("value").startswith(('"""', "'''")):
        return None
    q, value = m.group("q"), m.group("value")
    rest = value[1:]
    if q == '"':
        rest = re.sub(r"\\.", "", rest)  # (escaped characters, \" among them)
    return None if q in rest else q


def _syntax_hint(line: str) -> str:
    """The line as it should read, when the fix is plain; else where TOML's syntax is told."""
    if (quote := _unclosed_quote(line)) is not None and not _CURLY.search(line):
        return f"end the text with {quote}: {line.strip()}{quote}"
    if _CURLY.search(line):
        fixed = _CURLY.sub('"', line).strip()
        return f"write straight quotes: {fixed}"
    m = _BARE_VALUE.match(line)
    if m and not _TOML_WORDS.match(m.group("value")):
        value = m.group("value")
        return f"write {line[: m.start('value')].strip()} \"{value}\""
    return "fix the syntax (https://toml.io)"


# --- where each key is written ------------------------------------------------------------

_BARE = r"[A-Za-z0-9_-]+"
_BASIC = r'"(?:[^"\\]|\\.)*"'
_LITERAL = r"'[^']*'"
_KEY_PART = rf"(?:{_BARE}|{_BASIC}|{_LITERAL})"
_KEY = re.compile(rf"\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")
_ARRAY_TABLE = re.compile(rf"\s*\[\[\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*\]\]")
_TABLE = re.compile(rf"\s*\[\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*\]")
_PART = re.compile(_KEY_PART)


def _parts(dotted: str) -> list[str]:
    out = []
    for m in _PART.finditer(dotted):
        part = m.group(0)
        if part.startswith('"'):
            try:
                part = tomllib.loads(f"k = {part}")["k"]
            except tomllib.TOMLDecodeError:
                part = part[1:-1]
        elif part.startswith("'"):
            part = part[1:-1]
        out.append(part)
    return out


@functools.lru_cache(maxsize=16)
def _scanned(text: str) -> dict[Loc, int]:
    """:func:`key_lines`, remembered for the last few texts (every build of a deck scans its decisions.toml and
    overrides.toml again, ~4 % of a seed-deck build); callers get a copy."""
    return key_lines(text)


def key_lines(text: str) -> dict[Loc, int]:
    """Map every key path in TOML text to its 1-based line: ``("source", 2, "layout") -> 17``.

    Array-of-tables entries get their index (``[[source]]`` number 3 is
    ``("source", 2)``, mapped to its header line), tables their header line,
    keys the line they are written on.  Keys inside inline tables and
    multi-line arrays are not listed; :meth:`TomlFile.line` falls back to
    the enclosing key.  Best effort on any text: never raises.
    """
    lines: dict[Loc, int] = {}
    counts: dict[Loc, int] = {}
    array_prefix: dict[tuple[str, ...], Loc] = {}  # names of an array table -> its current indexed path
    prefix: Loc = ()
    depth = 0  # open brackets and braces of a value that spans lines
    closer: str | None = None  # ''' or """ of an open multi-line string
    for n, line in enumerate(text.split("\n"), start=1):  # TOML ends lines at \n only, not at U+2028
        pos = 0
        if closer is not None:
            end = line.find(closer)
            if end < 0:
                continue
            pos, closer = end + 3, None
        elif depth == 0:
            table = _ARRAY_TABLE.match(line)
            if table:
                names = tuple(_parts(table.group(1)))
                base = _resolve(names, array_prefix)
                index = counts.get(base, 0)
                counts[base] = index + 1
                prefix = (*base, index)
                array_prefix[names] = prefix
                lines.setdefault(base, n)
                lines[prefix] = n
                continue
            table = _TABLE.match(line)
            if table:
                prefix = _resolve(tuple(_parts(table.group(1))), array_prefix)
                lines.setdefault(prefix, n)
                continue
            key = _KEY.match(line)
            if key:
                lines.setdefault((*prefix, *_parts(key.group(1))), n)
                pos = key.end()
        depth, closer = _scan_value(line, pos, depth)
    return lines


def _resolve(names: tuple[str, ...], array_prefix: dict[tuple[str, ...], Loc]) -> Loc:
    """``[source.difficulty]`` after ``[[source]]`` is ``("source", i, "difficulty")``."""
    for cut in range(len(names) - 1, 0, -1):
        if names[:cut] in array_prefix:
            return (*array_prefix[names[:cut]], *names[cut:])
    return names


def _scan_value(line: str, pos: int, depth: int) -> tuple[int, str | None]:
    """Bracket depth after a value's text on one line, and the quote of a string left open."""
    i = pos
    while i < len(line):
        c = line[i]
        if c == "#":
            break
        if line.startswith(("'''", '"""'), i):
            quote = line[i : i + 3]
            end = line.find(quote, i + 3)
            if end < 0:
                return depth, quote
            i = end + 3
            continue
        if c == '"':
            i += 1
            while i < len(line) and line[i] != '"':
                i += 2 if line[i] == "\\" else 1
        elif c == "'":
            end = line.find("'", i + 1)
            i = len(line) if end < 0 else end
        elif c in "[{":
            depth += 1
        elif c in "]}":
            depth = max(depth - 1, 0)
        i += 1
    return depth, None


# --- validation errors in words ------------------------------------------------------------


def table_name(loc: Sequence[str | int]) -> str:
    """``("source", 2, "layout")`` -> ``[[source]] number 3``; ``("deck", "name")`` -> ``[deck]``."""
    if len(loc) >= 2 and isinstance(loc[1], int):
        return f"[[{loc[0]}]] number {loc[1] + 1}"
    if len(loc) >= 2:
        return f"[{loc[0]}]"
    return "the top level"


def _key_path(loc: Sequence[str | int], entries: bool = False) -> str:
    """The key below the table (``difficulty.ranges``); ``entries``: list positions said 1-based after it
    (``difficulty.ranges entry 1.2``), not as dotted 0-based keys."""
    start = 2 if len(loc) >= 2 and isinstance(loc[1], int) else 1
    if not entries:
        return ".".join(str(p) for p in loc[start:]) or str(loc[-1])
    keys = ".".join(str(p) for p in loc[start:] if not isinstance(p, int)) or str(loc[-1])
    at = ".".join(str(p + 1) for p in loc[start:] if isinstance(p, int))
    return f"{keys} entry {at}" if at else keys


def _model_at(model: type[BaseModel], loc: Sequence[str | int]) -> type[BaseModel] | None:
    """The model class that holds the last key of ``loc``."""
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        found = next(
            (f for name, f in model.model_fields.items() if part in (name, f.alias)),
            None,
        )
        inner = _inner_model(found.annotation) if found else None
        if inner is None:
            return None
        model = inner
    return model


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, tuple, typing.Union, types.UnionType, dict):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def known_keys(model: type[BaseModel], loc: Sequence[str | int]) -> list[str]:
    """The keys allowed where ``loc`` points (its last part is the offending key)."""
    holder = _model_at(model, loc)
    if holder is None:
        return []
    return [f.alias or name for name, f in holder.model_fields.items() if not name.startswith("_")]


def explain(err: Any, model: type[BaseModel], see: str) -> tuple[str, str]:
    """A pydantic error in words a config author understands, with a hint."""
    loc = tuple(err["loc"])
    table = table_name(loc)
    key = str(loc[-1]) if loc else ""
    if err["type"] == "extra_forbidden":
        known = known_keys(model, loc)
        close = difflib.get_close_matches(key, known, n=1)
        hint = f"did you mean {close[0]!r}?" if close else (f"known keys: {', '.join(known)}" if known else see)
        where = f" in {table}" if len(loc) > 1 else ""
        return f"unknown key {key!r}{where}", hint
    if err["type"] == "missing":
        return f"{table} is missing the required key {key!r}", see
    msg = err["msg"].removeprefix("Value error, ")
    if len(loc) <= 1:
        return f"{key}: {msg}", see
    got = err.get("input")
    if err["type"] == "string_pattern_mismatch" and key == "basename" and isinstance(got, str):
        import unicodedata

        ascii_name = unicodedata.normalize("NFKD", got).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip("-") or "deck"
        return f"{table}: basename {got!r} names the output files: letters, digits, '.', '_' and '-' only (no spaces)", f'write basename = "{slug}"'
    if err["type"] in ("model_type", "dict_type") and not isinstance(got, dict):
        # ('difficulty = "easy"': pydantic said "Input should be a valid dictionary or instance of DifficultyRule")
        example = f'{key} = {{ from = "fixed", default = "{got}" }}' if key == "difficulty" and isinstance(got, str) else ""
        return f"{table}: {_key_path(loc)} must be a table ({{ … }}), not {got!r}", (f"write {example}" if example else see)
    plain = _in_words(err, table, key, got, see)
    if plain is not None:
        return plain
    shown = f" (got {got!r})" if isinstance(got, str | int | float | bool) and len(repr(got)) < 60 else ""
    return f"{table}: {_key_path(loc)}: {msg}{shown}", see


def _toml_value(value: object) -> str:
    """A value as TOML writes it (a string in double quotes), for a message's example."""
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _in_words(err: Any, table: str, key: str, got: object, see: str) -> tuple[str, str] | None:
    """The common shape mistakes in plain words with the right shape to write, instead of pydantic's wording
    ('List should have at least 2 items after validation, not 1', 'Input should be a valid list': trial29 T29-13)."""
    kind = err["type"]
    path = _key_path(tuple(err["loc"]), entries=True)  # ('items entry 1', 'difficulty.ranges entry 1.2')
    if kind == "list_type":
        first = _toml_value(got) if isinstance(got, str | int | float | bool) else '"…"'
        return (f"{table}: {path}: a list in brackets is needed, not {got!r}" if isinstance(got, str | int | float | bool)
                else f"{table}: {path}: a list in brackets is needed", f'write {key} = [{first}, "…"]; {see}')
    if kind == "too_short" and isinstance(got, list):
        need = (err.get("ctx") or {}).get("min_length", 2)
        named = ", ".join(_toml_value(v) for v in got[:3])
        more = ", ".join(['"…"'] * max(need - len(got), 1))
        example = f"{key} = [{named + ', ' if named else ''}{more}]"
        return (f"{table}: {path}: names {len(got)} {'entry' if len(got) == 1 else 'entries'}; at least {need} are needed",
                f"write {example}; {see}")
    wanted = {"string_type": "text in double quotes", "int_type": "a whole number", "int_parsing": "a whole number",
              "bool_type": "true or false", "bool_parsing": "true or false", "float_type": "a number",
              "float_parsing": "a number"}.get(kind)
    if wanted is not None:
        return f"{table}: {path}: must be {wanted}, not {got!r}", see
    return None


def validate(
    model: type[M],
    data: Any,
    toml: TomlFile,
    diag: Diagnostics,
    see: str,
    loc_map: Callable[[Loc], Loc] = lambda loc: loc,
    shape: type[BaseModel] | None = None,
) -> M | None:
    """``model`` from a file's data; every validation error reported with its key's line.

    ``loc_map`` maps the model's error locations back to the file's key paths
    when the data was reshaped before validation; ``shape`` is the model
    whose fields describe the file (for "known keys" hints), default ``model``.
    """
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = loc_map(tuple(err["loc"]))
            message, hint = explain({**err, "loc": loc}, shape or model, see)
            diag.error(toml.name, toml.line(loc), message, hint)
        return None


def unknown_tables(toml: TomlFile, known: Sequence[str], diag: Diagnostics, see: str) -> bool:
    """Report top-level keys or tables a file does not define; True if there were none."""
    ok = True
    for key in toml.data:
        if key not in known:
            close = difflib.get_close_matches(key, list(known), n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known tables: {', '.join(known)}"
            diag.error(toml.name, toml.line((key,)), f"unknown table or key {key!r}", hint)
            ok = False
    return ok
