"""GitBook / HonKit quiz blocks in Markdown: ``<quiz>`` / ``<question>`` / ``<answer correct>`` (trial10 P6).

Course books built with GitBook or HonKit and their quiz plugin end chapters with self-check quizzes written
as tags inside the Markdown::

    <quiz name="">
        <question multiple>
            <p>What are two ways to add JavaScript to an HTML file?</p>
            <answer correct>Inline</answer>
            <answer>Packaged</answer>
            <answer correct>External</answer>
            <explanation>Both inline and external scripts work.</explanation>
        </question>
    </quiz>

Read as written, that is an HTML block (a code listing on one junk card).  :func:`quiz_tags` rewrites each
block, line for line, into the Markdown deckc reads as multiple choice: the stem a heading, each answer a task
box (ticked when ``correct``), the explanation a paragraph after the options (``Explanation: …``), inline
``<code>``, ``<strong>``, ``<em>`` as Markdown; the plugin's note for print (``<div class="no-quiz">`` …
"Visit Quiz Online") is dropped.  A block in another shape (a stem over several lines, an
answer that spans lines) is left as it is.
"""

from __future__ import annotations

import html
import re

_QUIZ_OPEN = re.compile(r"^\s*<quiz\b[^>]*>\s*$", re.I)
_NO_QUIZ = re.compile(r"^\s*<div\b[^>]*\bclass=[\"']?no-quiz\b", re.I)
_QUIZ_CLOSE = re.compile(r"^\s*</quiz\s*>\s*$", re.I)
_QUESTION_OPEN = re.compile(r"^\s*<question\b[^>]*>\s*$", re.I)
_QUESTION_CLOSE = re.compile(r"^\s*</question\s*>\s*$", re.I)
_STEM = re.compile(r"^\s*<p>(?P<text>.*?)</p>\s*$", re.I | re.S)
_ANSWER = re.compile(r"^\s*<answer(?P<correct>\s+correct(?:=\"?(?:true|correct)?\"?)?)?\s*>(?P<text>.*?)</answer>\s*$", re.I)
_EXPLANATION = re.compile(r"^\s*<explanation>(?P<text>.*?)</explanation>\s*$", re.I)
_CODE = re.compile(r"<code>(.*?)</code>", re.I | re.S)
_STRONG = re.compile(r"<(?:strong|b)>(.*?)</(?:strong|b)>", re.I | re.S)
_EM = re.compile(r"<(?:em|i)>(.*?)</(?:em|i)>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")


def _markdown(text: str) -> str:
    """An answer's or stem's inline HTML as Markdown: code spans, bold, italics; other tags dropped, entities read."""

    def code(m: re.Match[str]) -> str:
        raw = html.unescape(m.group(1))
        ticks = "`" * (max((len(r) for r in re.findall(r"`+", raw)), default=0) + 1)
        pad = " " if raw.startswith("`") or raw.endswith("`") else ""
        return f"{ticks}{pad}{raw}{pad}{ticks}"

    parts = re.split(r"(<code>.*?</code>)", text, flags=re.I | re.S)
    out = []
    for part in parts:
        if _CODE.fullmatch(part):
            out.append(_CODE.sub(code, part))
            continue
        part = _EM.sub(r"*\1*", _STRONG.sub(r"**\1**", part))
        out.append(html.unescape(_TAG.sub("", part)))
    return " ".join("".join(out).split())


def quiz_tags(text: str) -> str:
    """``text`` with each GitBook/HonKit ``<quiz>`` block as Markdown multiple choice (see the module
    docstring); as it is when it has none. Lines keep their number."""
    if "<question" not in text.lower() or "<answer" not in text.lower():
        return text
    lines = text.split("\n")
    out = list(lines)
    k = 0
    while k < len(lines):
        if _NO_QUIZ.match(lines[k]):  # the plugin's note for print ('Visit Quiz Online'): no study text
            end = next((j for j in range(k, len(lines)) if "</div>" in lines[j].lower()), None)
            if end is not None:
                out[k : end + 1] = [""] * (end + 1 - k)
                k = end + 1
                continue
        if not _QUIZ_OPEN.match(lines[k]):
            k += 1
            continue
        end = next((j for j in range(k + 1, len(lines)) if _QUIZ_CLOSE.match(lines[j])), None)
        if end is None:
            break
        block = _block(lines[k : end + 1])
        if block is not None:
            out[k : end + 1] = block
        k = end + 1
    return "\n".join(out)


def _block(lines: list[str]) -> list[str] | None:
    """One ``<quiz>`` block's lines rewritten, or None when a line is in no shape read here."""
    out = [""] * len(lines)
    explanation: str | None = None
    asked = False
    for n, line in enumerate(lines):
        if not line.strip() or _QUIZ_OPEN.match(line) or _QUIZ_CLOSE.match(line) or _QUESTION_OPEN.match(line):
            continue
        if _QUESTION_CLOSE.match(line):
            out[n] = f"Explanation: {explanation}" if explanation else ""
            explanation, asked = None, False
            continue
        stem, answer, why = _STEM.match(line), _ANSWER.match(line), _EXPLANATION.match(line)
        if stem and not asked:
            said = _markdown(stem.group("text"))
            asks = said.rstrip("*_` ").endswith(("?", "？"))  # ('Q:': a stem without '?' is asked all the same)
            out[n], asked = f"#### {'' if asks else 'Q: '}{said}", True
        elif answer and asked:
            out[n] = f"- [{'x' if answer.group('correct') else ' '}] {_markdown(answer.group('text'))}"
        elif why and asked:
            explanation = _markdown(why.group("text"))  # (written after the options, on the closing tag's line)
        else:
            return None
    return out
