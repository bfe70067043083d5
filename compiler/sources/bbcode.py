"""BBCode, the markup of forum posts (trial17 T17-30): phpBB, vBulletin, XenForo boards and Steam guides hold many
community quizzes, "answers in spoilers" threads among them::

    [b]1. What does TCP guarantee?[/b]
    [spoiler]Ordered, reliable delivery of a byte stream.[/spoiler]
    [spoiler=Answer]Host names to [i]IP addresses[/i].[/spoiler]

Read as plain text, the build stopped: no layout fitted and "no line start repeats". This line-kept rewrite writes the
markup as Markdown — ``[b]`` bold, ``[i]`` italics, ``[u]``/``[s]``/``[size]``/``[color]``/``[font]`` their text,
``[url]``, ``[img]``, ``[code]`` and ``[quote]`` their Markdown, and a ``[spoiler]`` (the hidden answer) its text, on
its line under the question — when a file uses it (three tags at least of the markup's own names).
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_TAG = re.compile(
    r"\[/?(?:b|i|u|s|size|color|colour|font|spoiler|url|img|code|quote|center|list|\*)(?:=[^\]\n]*)?\]", re.I
)
TAGS_MIN = 3  # BBCode tags that make a file BBCode
_PLAIN = re.compile(r"\[(?P<t>u|s|size|color|colour|font|center)(?:=[^\]\n]*)?\](?P<x>.*?)\[/(?P=t)\]", re.I)
_BOLD = re.compile(r"\[b\](?P<x>.*?)\[/b\]", re.I)
_ITALIC = re.compile(r"\[i\](?P<x>.*?)\[/i\]", re.I)
_SPOILER = re.compile(r"\[spoiler(?:=[^\]\n]*)?\](?P<x>.*?)\[/spoiler\]", re.I)
_URL = re.compile(r"\[url=(?P<href>[^\]\n]+)\](?P<x>.*?)\[/url\]|\[url\](?P<bare>.*?)\[/url\]", re.I)
_IMG = re.compile(r"\[img(?:=[^\]\n]*)?\](?P<src>.*?)\[/img\]", re.I)
_INLINE_CODE = re.compile(r"\[code\](?P<x>[^\n]*?)\[/code\]", re.I)
_QUOTE = re.compile(r"\[quote(?:=[^\]\n]*)?\](?P<x>.*?)\[/quote\]", re.I)
_OPEN_CODE = re.compile(r"^\s*\[code(?:=[^\]\n]*)?\]\s*$", re.I)
_CLOSE_CODE = re.compile(r"^\s*\[/code\]\s*$", re.I)


def _url(m: re.Match[str]) -> str:
    return f"<{m.group('bare')}>" if m.group("bare") is not None else f"[{m.group('x')}]({m.group('href')})"


def bbcode(lines: list[str]) -> list[str]:
    """``lines`` with BBCode written as Markdown (the list itself when the file holds no BBCode)."""
    fenced = list(in_fence(lines))
    if sum(len(_TAG.findall(line)) for k, line in enumerate(lines) if not fenced[k]) < TAGS_MIN:
        return lines
    out: list[str] = []
    code = False
    for k, line in enumerate(lines):
        if fenced[k]:
            out.append(line)
            continue
        if _OPEN_CODE.match(line) and not code:
            out.append("```")
            code = True
            continue
        if _CLOSE_CODE.match(line) and code:
            out.append("```")
            code = False
            continue
        if code:
            out.append(line)
            continue
        text = line
        for _ in range(3):  # (nested tags: '[size=150][b]…[/b][/size]')
            text = _PLAIN.sub(lambda m: m.group("x"), text)
        text = _SPOILER.sub(lambda m: m.group("x"), text)
        text = _BOLD.sub(lambda m: f"**{m.group('x').strip()}**" if m.group("x").strip() else "", text)
        text = _ITALIC.sub(lambda m: f"*{m.group('x').strip()}*" if m.group("x").strip() else "", text)
        text = _URL.sub(_url, text)
        text = _IMG.sub(lambda m: f"![]({m.group('src')})", text)
        text = _INLINE_CODE.sub(lambda m: f"`{m.group('x')}`", text)
        text = _QUOTE.sub(lambda m: f"> {m.group('x')}", text)
        out.append(text)
    return out
