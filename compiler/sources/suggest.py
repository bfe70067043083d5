"""Config a message can show in full: the ``[[source]]`` table to paste into deck.toml.

Every hint that asks the user to add configuration either names a table that
exists or shows the whole TOML to add; this module writes that TOML.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any

from compiler.sources.lines import form_line

_FRONT_KEY = re.compile(r"^(?P<key>title|deck|name)\s*[:=]\s*[\"']?(?P<value>[^\"'#]+?)[\"']?\s*$", re.I)
_MARKS = re.compile(r"[*_`]")
_TITLE_MARKS = re.compile(r"`+|\*\*")  # a front-matter title's code and bold marks ('CSS `<link>`s'); its '_' are its words
_LINK = re.compile(r"\[([^\[\]]*)\]\([^)]*\)")  # '[text](url)': its text ('이/가 [i/ga] (Subject markers)' keeps its brackets: N11)


def toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML; ``/`` is never escaped)."""
    return json.dumps(value, ensure_ascii=False)


def source_toml(
    source_id: str,
    file: str,
    title: str | None,
    layout: str | None = None,
    difficulty: str | None = None,
    extra: list[str] | None = None,
) -> str:
    """A complete ``[[source]]`` table; ``difficulty`` is an inline table, ``extra`` more lines; no title
    line for a table of many files (each file's own title is used)."""
    lines = [
        "[[source]]",
        f"id = {toml_string(source_id)}",
        f"file = {toml_string(file)}",
    ]
    if title is not None:
        lines.append(f"title = {toml_string(title)}")
    if layout:
        lines.append(f"layout = {toml_string(layout)}")
    if difficulty:
        lines.append(f"difficulty = {difficulty}")
    lines.extend(extra or [])
    return "\n".join(lines)


class Inline(str):
    """A value already written as TOML (an inline table such as a difficulty rule), pasted as it is."""


def toml_value(value: object) -> str:
    """A TOML value; a string with backslashes (a regex) as a literal '…' string, so it reads as written."""
    if isinstance(value, Inline):
        return str(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        if "\\" in value and "'" not in value and "\n" not in value:
            return f"'{value}'"
        return toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML for {value!r}")


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else toml_string(key)


def table_toml(table: Mapping[str, Any]) -> str:
    """A ``[[source]]`` table from its keys: scalars first, then each sub-table (``[source.pattern]``)."""
    first = ["id", "file", "title", "layout"]
    keys = [k for k in first if k in table] + [k for k in table if k not in first]
    lines = ["[[source]]"]
    subs = []
    for key in keys:
        value = table[key]
        if value is None:
            continue
        if isinstance(value, Mapping) and not isinstance(value, Inline):
            subs.append(key)
        else:
            lines.append(f"{_key(key)} = {toml_value(value)}")
    for key in subs:
        lines.append(f"[source.{_key(key)}]")
        lines.extend(f"{_key(k)} = {toml_value(v)}" for k, v in table[key].items() if v is not None)
    return "\n".join(lines)


def merged(table: Mapping[str, Any], fix: Mapping[str, Any]) -> dict[str, Any]:
    """``table`` with ``fix`` applied: sub-tables merged key by key, a None value removes the key."""
    out = dict(table)
    for key, value in fix.items():
        if value is None:
            out.pop(key, None)
        elif isinstance(value, Mapping) and isinstance(out.get(key), Mapping) and not isinstance(out[key], Inline):
            out[key] = merged(out[key], value)
        else:
            out[key] = value
    return out


def fixed_table(table: Mapping[str, Any], fix: Mapping[str, Any]) -> str:
    """The whole ``[[source]]`` table with ``fix`` applied, as it must be pasted to work: a
    ``[source.pattern]`` applies only to declarative layouts, so a fix that adds one to a source read
    with a bespoke layout (``layout = "markdown"``) drops that layout (the file is then read by its pattern)."""
    from compiler.layouts import DECLARATIVE

    out = merged(table, fix)
    if "pattern" in fix and out.get("layout") not in (None, *DECLARATIVE):
        out.pop("layout")
        for key in ("headings",):  # markdown-reader keys that have no meaning for a pattern
            out.pop(key, None)
    return table_toml(out)


# a page title or file name that says only what kind of page it is, not what it is about (a course's concept folders:
# bools/introduction.md '# Introduction', comparisons/about.md '# About': trial29 T29-11)
_GENERIC_PAGE = re.compile(
    r"^(?i:introduction|intro|about|overview|index|readme|summary|notes?|contents|basics|getting\s+started|instructions|"
    r"einführung|einleitung|übersicht|introducción|introdução|introduzione|présentation|aperçu|简介|介绍|概述|はじめに|概要|소개|개요)$"
)


def folder_topic(rel: str) -> str | None:
    """The topic a file's folder names (``sources/class-inheritance/about.md`` → "Class inheritance"), or None when the
    file is not in a folder of sources/."""
    parts = PurePosixPath(rel).parts
    folder = parts[-2] if len(parts) >= 3 else None
    if not folder:
        return None
    from compiler.sources.note import note_front

    topic = note_front(folder + ".md")
    return topic[:1].upper() + topic[1:] if topic else None


def one_topic(a: str, b: str) -> bool:
    """Two files of one folder that each only say what kind of page they are (``comparisons/about.md`` and
    ``comparisons/introduction.md``, README.md and overview.md): both are about the folder's topic, so a section both
    hold ('Membership comparisons', the table row '`>=`') asks one question, however generic its words (T29-11)."""
    pa, pb = PurePosixPath(a), PurePosixPath(b)
    return (
        pa != pb and len(pa.parts) >= 2 and pa.parent == pb.parent
        and all(_GENERIC_PAGE.match(p.stem.replace("-", " ").replace("_", " ")) for p in (pa, pb))
    )  # fmt: skip


def topic_page(title: str) -> bool:
    """A title :func:`topical_title` named with its folder's topic ('Bools: About'): the page is that topic's own,
    the text under its title the topic's overview, a card of its own (trial29 T29-11)."""
    topic, sep, kind = title.rpartition(": ")
    return bool(sep and topic.strip() and _GENERIC_PAGE.match(kind.strip()))


def generic_title(title: str) -> bool:
    """A title that only says what kind of page it is ('Introduction', 'Overview'): it names no subject."""
    return _GENERIC_PAGE.match(title.strip()) is not None


def topical_title(rel: str, title: str) -> str:
    """``title`` with its folder's topic before it when it only says what kind of page it is ('Introduction' in
    bools/ → "Bools: Introduction"); else as it is."""
    topic = folder_topic(rel) if _GENERIC_PAGE.match(title.strip()) else None
    kind = title.strip()
    kind = kind[:1].upper() + kind[1:] if kind.islower() else kind  # (a file stem: 'about' → "Comparisons: About")
    return f"{topic}: {kind}" if topic and topic.casefold() != kind.casefold() else title


def topic_heading(rel: str, lines: list[str]) -> list[str]:
    """The page's lines with its title heading (its one '# Introduction') named with its folder's topic ('# Bools:
    Introduction'), so the title card's front, the cards' section and the Sources line say what the page is about;
    the same list when the title says it already. Line numbers kept."""
    from compiler.sources.markdown_blocks import page_title

    found = page_title(lines) or _generic_opening(lines)
    if found is None or not _ATX_TITLE.match(lines[found[0]]):
        return lines
    named = topical_title(rel, found[1])
    if named == found[1]:
        return lines
    out = list(lines)
    out[found[0]] = f"# {named}"
    return out


_ATX_TITLE = re.compile(r"^ {0,3}#[ \t]")


def _generic_opening(lines: list[str]) -> tuple[int, str] | None:
    """``(0-based line, text)`` of a kind-of-page heading the page opens with ('# About' on comparisons/about.md's
    first line) when later '#' headings keep it from being the page's one title (its '# Customizing comparison
    behavior' near the end, a section written one level too high): it still names the page, not a section (T29-11)."""
    from compiler.sources.markdown_blocks import front_matter_end

    start = (front_matter_end(lines) or -1) + 1
    first = next((i for i in range(start, len(lines)) if lines[i].strip()), None)
    if first is None:
        return None
    m = _OPENING_H1.match(lines[first])
    return (first, m.group(1).strip()) if m and _GENERIC_PAGE.match(m.group(1).strip()) else None


_OPENING_H1 = re.compile(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")


def document_title(rel: str, lines: list[str], converted: bool = False) -> str | None:
    """The title a document gives itself: ``title:``/``deck:`` in its front matter, or its one H1 page title.

    ``converted``: the lines are Markdown made from another format (a JSON bank's ``themeTitle``
    becomes its '# ' line), so they are read as Markdown whatever the file's suffix (learner5 L28)."""
    from compiler.sources.lines import MARKDOWN_SUFFIXES, front_matter, front_matter_text
    from compiler.sources.markdown_blocks import front_matter_end, html_headings, page_title, without_tags

    end = front_matter_end(lines)
    if not converted and not rel.lower().endswith(MARKDOWN_SUFFIXES) and end is None:
        return _text_title(lines)
    if front_matter(lines) is not None:  # (read as YAML: 'title: >-' over its text, a title holding quotes: T29-1, T29-4)
        named = front_matter_text(lines, "title", "deck", "name")
        if named:
            return " ".join(_TITLE_MARKS.sub("", _LINK.sub(r"\1", named)).split()) or named
    elif end is not None:  # (a text file may open with front matter too: a 'cheat' sheet's '---' / 'tags: […]' / '---', T28-41)
        for line in lines[1:end]:
            # top-level keys only: a MyST page's 'kernelspec:' / '  name: python3' is no title (T27-6)
            m = _FRONT_KEY.match(line.rstrip())
            if m and m.group("value").strip():
                return m.group("value").strip()
    if not converted and not rel.lower().endswith(MARKDOWN_SUFFIXES):
        return _text_title(lines[end + 1 :] if end is not None else lines)
    found = page_title(html_headings("\n".join(lines)).split("\n"))
    if found is None:
        return _bold_title(lines) if converted else None
    title = " ".join(_MARKS.sub("", _LINK.sub(r"\1", found[1])).split())
    title = _TITLE_ATTRS.sub("", title)  # ('# Factors {#factors .r4ds-section}': the heading's anchor and class, T47-11)
    return without_tags(title) or None  # (the tags a link or a mark hid from page_title's own cut: T39-14)


# a first paragraph bold from end to end, the way a word processor's export sets its title ('**Biology Revision –
# Enzymes**' from a Google Docs page, sitting 48: the [[source]] title was the file's name)
_BOLD_LINE = re.compile(r"^(?P<b>\*\*|__)(?P<text>[^*_\n]{3,80}?)(?P=b)$")


def _bold_title(lines: list[str]) -> str | None:
    """A converted document's title written as its first paragraph, bold throughout, asking nothing, text after it."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    m = _BOLD_LINE.match(lines[filled[0]].strip()) if len(filled) > 1 else None
    if m is None or filled[1] == filled[0] + 1 or m.group("text").rstrip().endswith(("?", "？", ":", "：")) or _NOT_TITLE.match(m.group("text")):
        return None
    return " ".join(m.group("text").split())


# a page title's trailing Pandoc attributes, '{#factors .r4ds-section}', '{.unnumbered}', '{-}', '{#id}': never its words
_TITLE_ATTRS = re.compile(r"\s*\{(?:[#.][\w:.-]+|-|[\w-]+=(?:\"[^\"]*\"|\S+))(?:\s+(?:[#.][\w:.-]+|-|[\w-]+=(?:\"[^\"]*\"|\S+)))*\}\s*$")


# (and an exam's first part label, 'SECTION A — Multiple choice (1 mark each)', 'Part 1: …': a section of the paper,
# never its title; as the title it stood again over every card, over section B's too: sitting 61 N61-8)
_NOT_TITLE = re.compile(
    r"^\s*(?:\d+[.)]|q\s*\d*\s*[:.)]|question\b|#|[-*•]\s|\||\{\{|(?:section|part)\s+(?:[a-h]|\d{1,2}|[ivx]{1,4})\b(?!\s*\w))",
    re.I,
)
_META_LINE = re.compile(r"^\s*(?:level|tags?|exported|source|author|date|course|chapter)\b", re.I)
_BR = re.compile(r"\s*<br\s*/?>\s*$", re.I)
# an exam paper's rubric under its title: what to answer, the time and marks allowed ('Answer ALL questions. Total: 20
# marks.', 'Time allowed: 1 hour', 'Attempt any three questions.'): no line of a paragraph the title would open
_RUBRIC_LINE = re.compile(
    r"^\s*(?:answer\s+(?:all|any|every|each|both)\b|attempt\s+(?:all|any|every|each|both)\b|time(?:\s+allowed)?\s*:"
    r"|duration\s*:|total\s*(?:marks?\s*)?[:=]?\s*\d+\s*marks?\b|instructions?\s*:)",
    re.I,
)
# the marks field a worksheet's title line ends with after a wide gap: '…Worksheet          Total: ___ / 12'
_MARKS_FIELD = re.compile(r"[ \t]{2,}[^\W\d_][\w .]{0,20}[:：][ \t]*_{2,}[ \t]*(?:/[ \t]*\d{1,4}(?:[ \t]*(?i:marks?|points?|pts))?)?[ \t]*$")


# a page's number after a wide gap ending a PDF page's header line: '   Page 1 of 3', '  Seite 2 von 5', '   p. 1'
_PAGE_NUMBER = re.compile(r"(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)(?i:page|p\.|seite|página|pagina|стр\.?|страница)[ \t]*\d{1,4}(?:[ \t]*(?i:of|von|de|di|из|/)[ \t]*\d{1,4})?[ \t]*$")


def _text_title(lines: list[str]) -> str | None:
    """A plain-text document's title: its first line, when it is short, asks nothing, is no item or list
    line, and a blank line or a metadata line (``Level:``, ``Tags:``, a date and time) follows it."""
    from compiler.sources.pair_sections import stamp_line

    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    while nonblank and form_line(lines[nonblank[0]]):
        nonblank = nonblank[1:]  # ('Name: ______  Date: ____' over the worksheet's title: a form to fill, sitting 46 M10)
    if not nonblank:
        return None
    first = nonblank[0]
    text = _BR.sub("", lines[first]).strip()
    text = text[2:].strip() if text.startswith("# ") else text  # (a title written as a heading: pair_sections, M12)
    text = _PAGE_NUMBER.sub("", text)  # ('… Study Questions      Page 1 of 3': page 1's header, its number no title's)
    text = _MARKS_FIELD.sub("", text)  # ('… Cells Worksheet      Total: ___ / 12': a field to fill, sitting 49)
    after = lines[first + 1] if first + 1 < len(lines) else ""
    if not text or len(text) > 80 or text.endswith(("?", ":")) or "\t" in lines[first] or _NOT_TITLE.match(text) or not re.search(r"\w", text):
        return None  # (nor a rule, '---', that a page's introduction left first when it was set aside: T61)
    if after.strip() and not _META_LINE.match(after) and not stamp_line(after) and not _BR.search(lines[first]) and not _RUBRIC_LINE.match(after):
        return None  # (a OneNote page's date and time under its title: its metadata, sitting 46 M12; a paper's rubric, sitting 50)
    return " ".join(text.split())
