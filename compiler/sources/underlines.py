"""Rules typed straight under an answer (lead G7): notes written without blank lines put a line of dashes
between questions right under the last line of an answer::

    ### Q1. Why is shadcn/ui different from most UI libraries?
    **Ans:** Most UI libraries keep components inside `node_modules`,
    while shadcn copies the component into your project.
    ------------------------------------------------------------------------

In Markdown a line of ``-`` or ``=`` under a paragraph underlines it as a heading (a setext heading), so the whole
answer became a heading: the question was "no answer" and the answer the section of the questions after it.
Headings are one line; a paragraph of two lines or more, or one that opens with an answer label (``Ans:``,
``**Answer:**``), is no heading, so this line-kept rewrite makes its underline the rule its author typed
(``***…``, which ends a paragraph). A one-line paragraph over its underline (``Introduction`` / ``====``) is a
heading as before; code fences and front matter are left alone. A line of ``===`` with no paragraph above it (a blank
line over it), a divider some authors draw between cards, is such a rule too: CommonMark reads it as a paragraph
``===``, printed at the end of the back above it (sitting 47).
"""

from __future__ import annotations

import re

from compiler.sources.lines import (
    front_matter_end,
    has_answer_label,
    in_fence,
    strip_answer_label,
    unbold_label,
)

_UNDERLINE = re.compile(r"^ {0,3}(?:-{2,}|={2,})[ \t]*$")
# a line that cannot be part of the paragraph above an underline: a blank, an ATX heading, a fence, a rule, a table
_BREAK = re.compile(r"^\s*$|^ {0,3}(?:#{1,6}(?:\s|$)|```|~~~|(?:[-*_][ \t]*){3,}$|\|)")
_KEY_VALUE = re.compile(r"^\s*[A-Za-z_][\w-]*\s*:(?:\s|$)")  # 'type: quiz', 'question: …': a line of YAML
_LIST_ENTRY = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")
_EQUALS_ALONE = re.compile(r"^ {0,3}={3,}[ \t]*$")  # '===' after a blank line: CommonMark's paragraph '===', printed on the back


def rule_underlines(text: str) -> str:
    """``text`` with the underline of each paragraph that is no heading made a rule, line for line."""
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    changed = False
    top = front_matter_end(lines)  # (the front matter's closing '---' is no underline)
    for k, line in enumerate(lines):
        if not k or fenced[k] or (top is not None and k <= top) or not _UNDERLINE.match(line):
            continue
        first = k
        while first > 0 and not fenced[first - 1] and not _BREAK.match(lines[first - 1]):
            first -= 1
        if first == k and _EQUALS_ALONE.match(line):
            lines[k] = "***"  # ('A' / blank / '===' / blank / 'Q?': a divider between cards, no paragraph: sitting 47)
            changed = True
            continue
        if first == k or _LIST_ENTRY.match(lines[first]):
            continue  # no paragraph above it; or a list, which a setext underline never makes a heading
        if first and lines[first - 1].strip() == "---" and all(_KEY_VALUE.match(lines[j]) for j in range(first, k)):
            continue  # '---' / 'type: quiz' / 'question: …' / '---': a block of data (Supermark's), not an answer
        opened = unbold_label(lines[first]).lstrip()
        if k - first >= 2 or (has_answer_label(opened) and strip_answer_label(opened).strip()):
            # (a label alone, 'Answer 1.' over '=====', is a heading: the answers' own, round-6 metamorphic R6-5)
            lines[k] = line.replace("-", "*").replace("=", "*")
            changed = True
    return "\n".join(lines) if changed else text


SENTENCE_WORDS = 12  # words from which a line over '-----' is a sentence, no title
_TITLE_UNDER = re.compile(r"^ {0,3}(?P<mark>=+|-+)[ \t]*$")
# a line that is no setext heading's text: code, a list entry, a quote, a table row, a heading (of any level: '### Solution'
# over a rule was '## ### Solution', trial59 T59-2), HTML, a labelled field
_NO_TITLE = re.compile(r"^(?: {4}|\t|\s*(?:[-*+>|]|#{1,6}|\d{1,9}[.)])(?:\s|$)|\s*<|\s*\S+::)")


def atx_headings(text: str) -> str:
    """``text`` with each setext heading (``Medical mnemonics`` over ``=====``, ``Overview`` over ``-----``) written as
    the ATX heading it is (``# Medical mnemonics``, the underline blanked), line for line: the layout detection and
    the rules that look for ``#`` headings read it as the heading it is (sitting 47, meta: a glossary under a setext
    title was one card holding all of it, where ``# title`` gave a card per term). Only a one-line paragraph over its
    underline, a blank line (or the page's top) above it; a ``-`` underline only when a blank line (or the end) follows it,
    its line is short and ends with no ``?``, ``:`` or sentence stop (``What is X?`` / ``---`` / its answer: a card's
    separator in some flashcard formats, left to those) and the page has no ``---`` alone as a rule."""
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    top = front_matter_end(lines)
    changed = False
    # ('---' alone between blank lines somewhere: the page rules its cards apart, and a line over '---' is text over a rule)
    ruled = any(not fenced[k] and lines[k].strip() == "---" and not lines[k - 1].strip() for k in range(1, len(lines)))
    for k in range(1, len(lines)):
        under = _TITLE_UNDER.match(lines[k])
        if under is None or fenced[k] or fenced[k - 1] or (top is not None and k <= top + 1):
            continue
        title = lines[k - 1]
        if not title.strip() or _NO_TITLE.match(title) or (k >= 2 and lines[k - 2].strip()):
            continue  # (the line under a heading is its text: '### What is a VM?' / 'A VM is …' / '---', T15-57)
        if under.group("mark")[0] == "-" and (
            len(under.group("mark")) < 3 or title.rstrip().endswith(("?", "？", ":", ".", "!", "。"))
            or len(title.split()) >= SENTENCE_WORDS or (k + 1 < len(lines) and lines[k + 1].strip()) or ruled
        ):
            continue
        lines[k - 1] = ("# " if under.group("mark")[0] == "=" else "## ") + title.strip()
        lines[k] = ""
        changed = True
    return "\n".join(lines) if changed else text


_ATX_LINE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
_RULE_LINE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")


def heading_rules(text: str) -> str:
    """``text`` with each rule written right under an ATX heading (``### Solution`` / ``------``, or a blank line between)
    blanked, line for line: the heading's underline as the page shows it, never a break between the heading and what
    it holds (trial59 T59-2: a CKA page's ``### <h1> *Solution* </h1>`` over a rule was no answer label, each task
    over its solution two cards, or the second task lost). Code fences and front matter are left alone."""
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    top = front_matter_end(lines)
    changed = False
    for k in range(1, len(lines)):
        if fenced[k] or (top is not None and k <= top) or not _RULE_LINE.match(lines[k]):
            continue
        above = k - 1
        while above > 0 and not lines[above].strip():
            above -= 1  # ('## Task 1' / '' / '-----' / the task: the rule opens what the heading holds, T59-2)
        if fenced[above] or not _ATX_LINE.match(lines[above]) or (top is not None and above <= top):
            continue
        lines[k] = ""
        changed = True
    return "\n".join(lines) if changed else text


# an ATX heading whose whole text one HTML element wraps ('### <h1 align="center"> *Solution* </h1>', '## <b>Q1</b>')
_WRAPPED_HEADING = re.compile(
    r"^(?P<open> {0,3}#{1,6}[ \t]+)<(?P<tag>h[1-6]|b|strong|em|i|u|span|font|center|p|div)\b[^<>]*>(?P<text>(?:(?!</?(?P=tag)\b).)*?)"
    r"(?:</(?P=tag)\s*>)?[ \t]*$",  # (its closing tag forgotten too: '## <h1 align="center"> (*03.01.19*) …')
    re.I,
)


def heading_tags(text: str) -> str:
    """``text`` with the HTML element around an ATX heading's whole text left out (``### <h1 align="center"> *Solution*
    </h1>`` -> ``### *Solution*``), line for line: markup of how the heading looks, never words of it, so the rules
    that read a heading's words (an answer label, a question's ``?``) read it as written without (trial59 T59-2: a CKA
    page's every solution heading so was no answer label, each task and its solution two cards). Code fences left alone."""
    if "<" not in text:
        return text
    lines = text.split("\n")
    changed = False
    for k, fenced in enumerate(in_fence(lines)):
        m = None if fenced or "<" not in lines[k] else _WRAPPED_HEADING.match(lines[k])
        if m is not None and m.group("text").strip():
            lines[k] = m.group("open") + m.group("text").strip()
            changed = True
    return "\n".join(lines) if changed else text


# an ATX heading's closing sequence ('## What is X? ##'): '#'s after a space (or alone after the opening), to the line's end
_CLOSED_ATX = re.compile(r"^(?P<open> {0,3}#{1,6})(?:(?P<text>[ \t]+.*?)[ \t]+|[ \t]*)#+[ \t]*$")


def open_headings(text: str) -> str:
    """``text`` with each ATX heading's optional closing sequence left out (``## What is X? ##`` -> ``## What is X?``),
    line for line, as CommonMark reads it: the rules that look at a heading's last characters (a question's ``?``, an
    ``Answers`` section's name) read it as written without (round-7 metamorphic R7-1: ``## Answers ##`` was no answer
    key, its questions 'no answer'). ``# C#`` keeps its ``#`` (no space before it); code fences are left alone."""
    if "#" not in text:
        return text
    lines = text.split("\n")
    changed = False
    for k, fenced in enumerate(in_fence(lines)):
        m = None if fenced else _CLOSED_ATX.match(lines[k])
        if m is not None and not (m.group("text") or "").endswith("\\"):
            lines[k] = m.group("open") + (m.group("text") or "")
            changed = True
    return "\n".join(lines) if changed else text
