"""Sphinx roles, as reStructuredText writes them (``:ref:`label```) and MyST Markdown does (``{ref}`label```): the text
each shows, as Markdown. Shared by the reStructuredText reader and the Markdown pre-pass (:mod:`compiler.sources.shortcodes`),
so a role reads alike in both (trial47 T47-7: MyST's ``{ref}`define_functions``` was printed as ``{ref} define_functions``).
"""

from __future__ import annotations

import re

_FUNCTION_ROLES = {"func", "meth", "py:func", "py:meth", "c:func", "cpp:func", "js:func", "js:meth"}
_CODE_ROLES = _FUNCTION_ROLES | {
    "class", "attr", "exc", "data", "obj", "mod", "const", "member", "var", "envvar", "option", "command",
    "program", "file", "samp", "code", "literal", "kbd", "makevar", "regexp", "type", "macro", "struct",
    "enum", "token", "any",
}  # fmt: skip


def code_span(text: str) -> str:
    """``text`` as a Markdown code span, its fence longer than any run of backticks in it."""
    runs = [len(r) for r in re.findall(r"`+", text)]
    fence = "`" * (max(runs) + 1 if runs else 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def role_text(role: str, text: str) -> str:
    """What Sphinx (or MyST) shows for ``:role:`text``` (``{role}`text```), as Markdown: a code role's name as code
    (``~a.b.c`` its last part, a function's with ``()``), a reference's title or its label's words, maths, emphasis."""
    role = role.lower()
    short = role.split(":")[-1]
    text = text.replace("\\`", "`")
    title = re.match(r"^(?P<title>.*?)\s*<(?P<target>[^<>]+)>$", text, re.S)
    if short == "math":
        return f"\\({text}\\)"
    if short in ("pep", "rfc"):
        return f"{short.upper()} {text}" if title is None else title.group("title")
    if short in ("strong",):
        return f"**{text}**"
    if short in ("emphasis", "dfn", "title-reference", "t", "title", "cite"):
        return f"*{text}*"
    if short in ("sub", "subscript", "sup", "superscript", "abbr", "guilabel", "menuselection", "term", "ref", "doc",
                 "numref", "download", "keyword", "index", "eq", "ref-role"):  # fmt: skip
        shown = title.group("title") if title is not None and title.group("title") else text
        if title is not None and not title.group("title"):
            shown = title.group("target")
        if short in ("ref", "doc", "numref") and title is None:
            # a bare label ('session_faq_whentocreate', 'howto/logging'): Sphinx shows the title of what it names,
            # which is not in this file; its words, not its underscores (trial47 T47-7)
            shown = re.sub(r"(?<=\w)[_-]+(?=\w)", " ", shown.rstrip("/").split("/")[-1]).strip() or shown
        if short == "menuselection":
            shown = shown.replace("-->", "→")
        if short == "guilabel":
            shown = shown.replace("&", "")
        if short == "eq":
            shown = f"({shown})"
        return escape_text(shown)
    shown = title.group("title") if title is not None and title.group("title") else text
    shown = shown.lstrip("!")
    if shown.startswith("~"):
        shown = shown[1:].split(".")[-1]
    elif shown.startswith(".") and len(shown) > 1 and shown[1].isalpha():
        shown = shown[1:]  # ':meth:`.Session.commit`': Sphinx looks the name up from here and shows it without the dot (T47-7)
    if short in _CODE_ROLES or ":" in role:
        if role in _FUNCTION_ROLES or short in ("func", "meth"):
            shown = shown if shown.endswith(")") else shown + "()"
        return code_span(shown)
    return escape_text(shown)


def escape_text(text: str) -> str:
    """Text that Markdown must not read as maths or HTML."""
    return text.replace("$", "\\$").replace("<", "\\<")
