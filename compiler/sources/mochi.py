"""Mochi Cards exports (``.mochi``, trial17 T17-20): the zip Mochi's "Export" writes, holding ``data.json`` in
Transit JSON (``{"~:version": 2, "~:decks": [{"~:name": "Networking", "~:cards": {"~#list": [{"~:content": "What does
TCP guarantee?\\n---\\nOrdered, …", "~:tags": {"~#set": ["networking"]}}, …]}}]}``). The file was "not read" and a
deck of it alone "had no source documents"; users moving from Mochi, a major Anki alternative, bring this file.

Each card is read as Mochi shows it: its Markdown content split at the first ``---`` line (front, back); a card with
no ``---`` and Mochi's ``{{…}}`` deletions is a cloze note (``{{1::x}}`` numbered as written, unnumbered ones
together, as Mochi hides them); its deck's name (and its parents') is its section, its tags its tags. A card whose
content is empty but whose template fields are filled gives its first field as the front and the others as the
back. The cards become a question bank's records, read by :func:`compiler.sources.databank.convert_bank`; every
line of the result maps to line 1 of the file (a zip has no lines).
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

from compiler import uptodate
from compiler.diagnostics import ContentError, Diagnostic
from compiler.sources.converted import NOT_A_DOCUMENT, Converted

_DELETION = re.compile(r"\{\{(?:(?P<n>\d{1,2})::)?(?P<text>(?:(?!\}\}).)+?)\}\}", re.S)
_SIDES = re.compile(r"^---[ \t]*$", re.M)
_CACHE_BASE, _CACHE_DIGITS = 44, 48  # Transit's cache codes: '^0' … '^[', then two digits in base 44


def mochi_markdown(path: Path, rel: str, encoding: str = "utf-8") -> Converted:
    """The export's cards as the Markdown of a question bank."""
    from compiler.sources.databank import convert_bank

    data = _export(path, rel)
    decks = data.get("decks") if isinstance(data, dict) else None
    if not isinstance(decks, list):
        raise _not_mochi(
            rel,
            "not a Mochi export: its data.json names no decks",
            "export the deck again from Mochi (Export, as .mochi)",
        )
    names = {d.get("id"): d for d in decks if isinstance(d, dict)}
    records = []
    for deck in decks:
        if not isinstance(deck, dict):
            continue
        section = " › ".join(_deck_path(deck, names))
        for card in _as_list(deck.get("cards")):
            if isinstance(card, dict) and (record := _record(card, section)) is not None:
                records.append(record)
    if not records:
        raise _not_mochi(rel, "a Mochi export with no cards", "export a deck that holds cards")
    made = convert_bank(json.dumps(records, ensure_ascii=False), rel, "json")
    return Converted(made.text, tuple(1 for _ in made.origin), warnings=made.warnings)


def _not_mochi(rel: str, message: str, hint: str, group: str = NOT_A_DOCUMENT) -> ContentError:
    """The error for a file that is no Mochi export deckc can read (a warning when deck.toml does not list it)."""
    return ContentError([Diagnostic(rel, None, message, hint, group=group)])


def _export(path: Path, rel: str) -> Any:
    uptodate.note(path)  # (read as a zip, not through load_document: the up-to-date check is told here)
    try:
        with zipfile.ZipFile(path) as z:
            name = next((n for n in z.namelist() if n.rsplit("/", 1)[-1] == "data.json"), None)
            if name is None:
                older = any(n.endswith(".edn") for n in z.namelist())
                raise _not_mochi(
                    rel,
                    "a Mochi export in the older EDN form (data.edn), which deckc does not read"
                    if older
                    else "not a Mochi export: no data.json in it",
                    "export the deck again from a current Mochi (its exports hold data.json), or export it as Markdown",
                    group=NOT_A_DOCUMENT,
                )
            raw = z.read(name).decode("utf-8")
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError) as err:
        raise _not_mochi(
            rel, f"not a Mochi export: {err}", "export the deck again from Mochi (Export, as .mochi)"
        ) from err
    try:
        return _Transit().decode(json.loads(raw))
    except (ValueError, RecursionError) as err:
        raise _not_mochi(
            rel, f"not a Mochi export: its data.json is no JSON ({err})", "export the deck again from Mochi"
        ) from err


class _Transit:
    """Transit JSON as plain data: ``"~:name"`` → ``"name"``, ``{"~#list": […]}`` / ``{"~#set": […]}`` → a list,
    ``["^ ", k, v, …]`` → a dict, and the cache codes (``"^0"``) a writer uses for keys it wrote before."""

    def __init__(self) -> None:
        self.cache: list[str] = []

    def decode(self, node: Any, key: bool = False) -> Any:
        if isinstance(node, str):
            return self._string(node, key)
        if isinstance(node, list):
            if node and node[0] == "^ ":
                items = node[1:]
                return {
                    self._hashable(self.decode(items[k], True)): self.decode(items[k + 1])
                    for k in range(0, len(items) - 1, 2)
                }
            return [self.decode(x) for x in node]
        if isinstance(node, dict):
            if len(node) == 1:  # a tagged value: {"~#list": […]}, {"~#set": […]} (or its cache code)
                ((tag, value),) = node.items()
                name = self._string(tag, True) if isinstance(tag, str) else None
                if isinstance(name, str) and name.startswith("~#"):
                    return self.decode(value)
                return {self._hashable(name if name is not None else tag): self.decode(value)}
            return {self._hashable(self.decode(k, True)): self.decode(v) for k, v in node.items()}
        return node

    def _string(self, text: str, key: bool) -> Any:
        if text.startswith("^") and text != "^ " and len(text) in (2, 3):
            digits = [ord(c) - _CACHE_DIGITS for c in text[1:]]
            index = digits[0] if len(digits) == 1 else digits[0] * _CACHE_BASE + digits[1]
            if 0 <= index < len(self.cache):
                return self._plain(self.cache[index])
        if len(text) > 3 and (key or text.startswith(("~:", "~$", "~#"))):
            if len(self.cache) >= _CACHE_BASE * _CACHE_BASE:
                self.cache = []
            self.cache.append(text)
        return self._plain(text)

    @staticmethod
    def _plain(text: str) -> str:
        if text.startswith(("~:", "~$")):
            return text[2:]
        return text[1:] if text.startswith("~~") or text.startswith("~^") else text

    @staticmethod
    def _hashable(key: Any) -> Any:
        return (
            key
            if isinstance(key, (str, int, float, bool)) or key is None
            else json.dumps(key, sort_keys=True)
        )


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else []


def _deck_path(deck: dict[str, Any], decks: dict[Any, dict[str, Any]]) -> list[str]:
    """The deck's name after its parents' (``Networking › TCP``)."""
    path, seen = [], set()
    while isinstance(deck, dict) and deck.get("id") not in seen:
        seen.add(deck.get("id"))
        if isinstance(deck.get("name"), str) and deck["name"].strip():
            path.append(deck["name"].strip())
        deck = decks.get(deck.get("parent-id"))  # type: ignore[assignment]
    return path[::-1]


def _record(card: dict[str, Any], section: str) -> dict[str, Any] | None:
    """A bank record of one card, or None for a card with nothing on it (or one Mochi keeps in its trash)."""
    if card.get("trashed?") or card.get("archived?"):
        return None
    content = card.get("content") if isinstance(card.get("content"), str) else ""
    if not content.strip():
        values = [v.get("value") if isinstance(v, dict) else v for v in _as_list(card.get("fields"))]
        values = [v for v in values if isinstance(v, str) and v.strip()]
        content = (
            "\n---\n".join([values[0], "\n\n".join(values[1:])])
            if len(values) > 1
            else (values[0] if values else "")
        )
    if not content.strip():
        return None
    record: dict[str, Any] = {"deck": section} if section else {}
    tags = [t for t in _as_list(card.get("tags")) if isinstance(t, str) and t.strip()]
    if tags:
        record["tags"] = sorted(tags)
    sides = _SIDES.split(content, maxsplit=1)
    if len(sides) == 2 and sides[0].strip() and sides[1].strip():
        record["question"], record["answer"] = sides[0].strip(), sides[1].strip()
    elif _DELETION.search(content):
        record["cloze"] = _DELETION.sub(
            lambda m: f"{{{{c{m.group('n') or 1}::{m.group('text')}}}}}", content.strip()
        )
    else:
        record["question"] = content.strip()  # (a card with one side: no answer, said so by the reader)
        record["answer"] = ""
    return record
