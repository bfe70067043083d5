"""Pandoc citations and bracketed spans on the cards that write them (trial29 T29-53: academic notes kept
``[@ebbinghaus1885; @cepeda2006, p. 354]``, ``[see @roediger2006]``, ``[-@baddeley1974]`` and ``[]{#testing
.important}`` raw on their backs).

Pandoc (and Zotero's Better BibTeX, Quarto, R Markdown) cite with ``@key``: bracketed, several apart by ``;``, each
with an optional prefix (``see``) and locator (``, p. 354``); ``-@key`` leaves the author out; ``@key`` in the running
text names the author in the sentence. A card shows a citation as a short reference, as the rendered page would: the
cited work's author and year when the page's ``bibliography:`` (a BibTeX file beside it) has the key, else the key
itself (``(ebbinghaus1885; cepeda2006, p. 354)``; ``-@baddeley1974`` its year, ``(1974)``). A bracketed span
``[text]{.class}`` is its text (``[]{#id}``, an anchor, is none). Code, e-mail addresses and Quarto's cross-references (``@fig-plot``) are left
as written.

Items only: it runs after the Markdown reading, on the questions, the rendered answers and the options.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from compiler import uptodate
from compiler.model import BlockKind, Choice, Item
from compiler.sources.lines import front_matter

_CITE_KEY = r"(?P<minus>-?)@(?P<key>\{[^{}\s]+\}|\w(?:[\w:.#$%&+?~/-]*\w)?)"
# a bracketed citation: one or more '@key's (none of them an e-mail address's '@'), never a link's text '[…](…)'
_BRACKETED = re.compile(r"\[(?P<body>[^\[\]]*?(?<![\w.@])-?@[\w{][^\[\]]*)\](?![(\[{])")
_ONE = re.compile(r"^(?P<prefix>.*?)(?<![\w.@])" + _CITE_KEY + r"(?P<suffix>.*)$", re.S)
_IN_TEXT = re.compile(
    r"(?<![\w.@/])@(?!(?:fig|tbl|sec|eq|lst|thm|lem|cor|def|exm|exr|sol|rem)-)(?P<key>\w(?:[\w:.#$%&+?~/-]*\w)?)(?:\s*\[(?P<locator>[^\[\]@]*)\])?"
)
_SPAN = re.compile(r"\[(?P<text>[^\[\]]*)\]\{(?P<attrs>\s*(?:[#.][\w-]|[A-Za-z][\w-]*\s*=)[^{}]*)\}")
_CODE = re.compile(r"<code\b.*?</code>|<pre\b.*?</pre>|`[^`]*`", re.S)
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
BIB_BYTES = 5_000_000  # (a bibliography larger than this is no page's: left unread)
_USES = ("bibliography", "references", "csl", "link-citations", "cite-method", "citation-style")


class _Works:
    """The page's bibliography: key -> (author as cited, year)."""

    def __init__(self, entries: dict[str, tuple[str, str]], cites: bool = True) -> None:
        self.entries = entries
        self.cites = cites  # (a page with spans and no citation: an '@name' in it is no citation)

    def cited(self, key: str, minus: bool, narrative: bool = False, locator: str = "") -> str:
        """A citation as the card shows it: 'Ebbinghaus 1885' (in brackets), 'Ebbinghaus (1885)' (in the text),
        '1885' (author left out); the key itself when the bibliography does not have it."""
        key = key.strip("{}")
        author, year = self.entries.get(key, ("", ""))
        if minus:
            return year or (m.group() if (m := _YEAR.search(key)) else key)
        if not author:
            return f"{key} ({locator.strip()})" if narrative and locator.strip() else key
        if narrative:
            inside = ", ".join(part for part in (year, locator.strip(" ,")) if part)
            return f"{author} ({inside})" if inside else author
        return f"{author} {year}".strip()


def _bibtex(text: str) -> dict[str, tuple[str, str]]:
    """A BibTeX file's entries: key -> (the author as cited: 'Baddeley & Hitch', 'Cepeda et al.'; the year)."""
    found: dict[str, tuple[str, str]] = {}
    for m in re.finditer(
        r"@\w+\s*[{(]\s*(?P<key>[^,\s]+)\s*,(?P<body>.*?)(?=\n\s*@\w+\s*[{(]|\Z)", text, re.S
    ):
        fields = {
            f.group("name").lower(): f.group("value")
            for f in re.finditer(
                r"(?P<name>\w+)\s*=\s*[{\"]?(?P<value>(?:[^{}\"]|\{[^{}]*\})*)", m.group("body")
            )
        }
        names = [
            n
            for n in re.split(
                r"\s+and\s+", fields.get("author", fields.get("editor", "")).replace("{", "").replace("}", "")
            )
            if n.strip()
        ]
        lasts = [(n.split(",")[0] if "," in n else n.split()[-1]).strip() for n in names]
        author = (
            lasts[0]
            if len(lasts) == 1
            else f"{lasts[0]} & {lasts[1]}"
            if len(lasts) == 2
            else f"{lasts[0]} et al."
            if lasts
            else ""
        )
        year = _YEAR.search(fields.get("year", "") or fields.get("date", ""))
        found[m.group("key")] = (author, year.group() if year else "")
    return found


def bibliographies(lines: list[str], folder: Path) -> list[Path]:
    """The BibTeX files a page's front matter names (``bibliography: refs.bib``, or a list of them) that are there."""
    meta = front_matter(lines) if lines and lines[0].strip() == "---" else None
    named = (meta or {}).get("bibliography")
    paths = [
        folder / str(name)
        for name in ([named] if isinstance(named, str) else named if isinstance(named, list) else [])
    ]
    for path in paths:
        uptodate.note(path)  # (an edited bibliography changes the cards: the next build is a full one)
    return [p for p in paths if p.suffix.lower() == ".bib" and p.is_file() and p.stat().st_size < BIB_BYTES]


def works(lines: list[str], folder: Path | None) -> _Works | None:
    """The page's bibliography when it cites (front matter naming one, or a bracketed '[@key]' in its text), else
    None; its BibTeX files (``bibliography:`` beside the page) read for author and year when they are there."""
    meta = front_matter(lines) or {}
    if not any(key in meta for key in _USES) and not any(
        "@" in line and _BRACKETED.search(line) for line in lines
    ):
        return None
    entries: dict[str, tuple[str, str]] = {}
    for path in bibliographies(lines, folder) if folder is not None else []:
        entries.update(_bibtex(path.read_text(encoding="utf-8", errors="replace")))
    return _Works(entries)


def _written(text: str, found: _Works, escaped: bool) -> str:
    """A text with its citations and spans as the card shows them, its code left as written."""

    def bracketed(m: re.Match[str]) -> str:
        parts = []
        for cite in m.group("body").split(";"):
            one = _ONE.match(cite.strip())
            if one is None:
                return m.group(0)
            said = found.cited(one.group("key"), bool(one.group("minus")))
            parts.append(
                f"{one.group('prefix')}{html.escape(said, quote=False) if escaped else said}{one.group('suffix')}".strip()
            )
        return "(" + "; ".join(parts) + ")"

    def narrative(m: re.Match[str]) -> str:
        said = found.cited(m.group("key"), False, narrative=True, locator=m.group("locator") or "")
        return html.escape(said, quote=False) if escaped else said

    out, k = [], 0
    for code in [*_CODE.finditer(text), None]:
        stop = code.start() if code is not None else len(text)
        plain = _SPAN.sub(lambda m: m.group("text"), text[k:stop])
        if found.cites:
            plain = _IN_TEXT.sub(narrative, _BRACKETED.sub(bracketed, plain))
        out.append(plain)
        if code is not None:
            out.append(code.group())
            k = code.end()
    return "".join(out)


def place(lines: list[str], items: list[Item], folder: Path | None = None) -> list[Item]:
    """The items with the page's citations and bracketed spans written as the rendered page shows them."""
    if not any("]{" in line for line in lines) and not any("@" in line for line in lines):
        return items
    found = works(lines, folder)
    if found is None:  # (no citation: only spans, and only those)
        if not any(_SPAN.search(line) for line in lines):
            return items
        found = _Works({}, cites=False)
    return [_placed(item, found) for item in items]


def _placed(item: Item, found: _Works) -> Item:
    answer = [
        block.model_copy(update={"text": _written(block.text, found, escaped=True)})
        if block.kind is BlockKind.html
        else block
        for block in item.answer
    ]
    choices = [
        Choice(
            **{
                **c.model_dump(),
                "text": _written(c.text, found, False),
                "html": _written(c.html, found, True) if c.html else "",
            }
        )
        for c in item.choices
    ]
    question = _written(item.question, found, escaped=False)
    if answer == item.answer and choices == item.choices and question == item.question:
        return item
    return item.model_copy(
        update={
            "answer": answer,
            "choices": choices,
            "question": " ".join(question.split()) if "\n" not in question else question,
        }
    )
