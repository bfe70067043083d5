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
heading as before; code fences and front matter are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import front_matter_end, has_answer_label, in_fence, unbold_label

_UNDERLINE = re.compile(r"^ {0,3}(?:-{2,}|={2,})[ \t]*$")
# a line that cannot be part of the paragraph above an underline: a blank, an ATX heading, a fence, a rule, a table
_BREAK = re.compile(r"^\s*$|^ {0,3}(?:#{1,6}(?:\s|$)|```|~~~|(?:[-*_][ \t]*){3,}$|\|)")
_KEY_VALUE = re.compile(r"^\s*[A-Za-z_][\w-]*\s*:(?:\s|$)")  # 'type: quiz', 'question: …': a line of YAML
_LIST_ENTRY = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")


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
        if first == k or _LIST_ENTRY.match(lines[first]):
            continue  # no paragraph above it; or a list, which a setext underline never makes a heading
        if first and lines[first - 1].strip() == "---" and all(_KEY_VALUE.match(lines[j]) for j in range(first, k)):
            continue  # '---' / 'type: quiz' / 'question: …' / '---': a block of data (Supermark's), not an answer
        if k - first >= 2 or has_answer_label(unbold_label(lines[first]).lstrip()):
            lines[k] = line.replace("-", "*").replace("=", "*")
            changed = True
    return "\n".join(lines) if changed else text
