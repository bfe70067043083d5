"""Multiple-choice questions written as ``<choice>`` elements of ``<opt text="…">`` options in a Markdown page: the
interactive-course framework by Ines Montani (the spaCy course and the courses built from ``course-starter-python``
and ``course-starter-r``) writes a chapter as ``<exercise>`` elements of Markdown::

    <exercise id="2" title="Indexing a list">

    What does `fruits[-1]` return?

    <choice>
    <opt text="<code>\"apple\"</code>">Negative indices count from the end.</opt>
    <opt text="<code>\"fig\"</code>" correct="true">Yes! `-1` is the last element.</opt>
    </choice>

    </exercise>

Read as it stood, an option's words (its ``text`` attribute) were on no card, the key lost, and the card's back was
the options' feedback run together with the attributes' leftovers (``"> Negative indices … " correct="true"> Yes!``;
trial60 T60-2). :func:`choice_lines` rewrites such a page, never moving a line, into the Markdown deckc reads as a
multiple-choice question: an exercise's ``title`` its heading (``## Indexing a list``), each option a task-list entry
(``- [x]`` the one marked ``correct``), the right option's feedback the explanation under the list (``**Explanation:**``),
the other options' feedback and the element tags blank lines. A ``<slides>`` or ``<codeblock>`` element's tags go too
(its text, a code exercise's hint, stays).
"""

from __future__ import annotations

import html
import re

# '<opt text="A <code>Doc</code>" correct="true">' (its feedback after it, on this line or the lines below)
_OPT = re.compile(
    r"""^\s*<opt\b(?P<attrs>(?:\s+[\w-]+\s*=\s*(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^\s>]+)|\s+[\w-]+)*)\s*>(?P<rest>.*)$"""
)
_ATTR = re.compile(r"""(?P<name>[\w-]+)\s*=\s*(?:"(?P<dq>(?:[^"\\]|\\.)*)"|'(?P<sq>(?:[^'\\]|\\.)*)'|(?P<bare>[^\s>]+))""")
_CHOICE_OPEN = re.compile(r"^\s*<choice\b[^>]*>\s*$")
_CHOICE_CLOSE = re.compile(r"^\s*</choice>\s*$")
_EXERCISE_OPEN = re.compile(r"^\s*<exercise\b(?P<attrs>[^>]*)>\s*$")
_PLAIN_TAG = re.compile(r"^\s*</?(?:exercise|slides|codeblock)\b[^>]*>\s*(?:</(?:slides|codeblock)>\s*)?$")
_RIGHT = frozenset({"true", "1", "yes", "correct"})
_INLINE = ((re.compile(r"</?(?:code|kbd|samp|tt)>"), "`"), (re.compile(r"</?(?:strong|b)>"), "**"), (re.compile(r"</?(?:em|i)>"), "*"))


def _attrs(text: str) -> dict[str, str]:
    found = {}
    for m in _ATTR.finditer(text):
        value = m.group("dq") if m.group("dq") is not None else m.group("sq") if m.group("sq") is not None else m.group("bare")
        found[m.group("name").lower()] = re.sub(r"\\(.)", r"\1", value)
    return found


def _markdown(fragment: str) -> str:
    """An option's words (HTML inline, as the framework shows them) as Markdown on one line."""
    for pattern, mark in _INLINE:
        fragment = pattern.sub(mark, fragment)
    fragment = re.sub(r"<br\s*/?>", " ", fragment)
    fragment = re.sub(r"</?[A-Za-z][^>]*>", "", fragment)
    return " ".join(html.unescape(fragment).split())


def choice_lines(lines: list[str]) -> list[str]:
    """The page with each ``<choice>`` of ``<opt text=…>`` options written as a task list (see the module's docstring);
    ``lines`` itself when it holds none. One line out for each line in."""
    if not any(_CHOICE_OPEN.match(line) for line in lines) or not any(_OPT.match(line) and "text" in line for line in lines):
        return lines
    out = list(lines)
    fence = ""
    in_choice = False
    option: int | None = None  # the line of the option whose feedback is being read
    right_feedback: list[str] = []
    right = False
    start = 0  # the line of the open choice
    changed = False
    for n, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fence = "" if fence and stripped.startswith(fence) else fence or stripped[:3]
            continue
        if fence:
            continue
        if not in_choice:
            m = _EXERCISE_OPEN.match(line)
            if m:
                title = _markdown(_attrs(m.group("attrs")).get("title", ""))
                out[n] = f"## {title}" if title else ""
                changed = True
            elif _PLAIN_TAG.match(line):
                out[n] = ""
                changed = True
            elif _CHOICE_OPEN.match(line):
                in_choice, option, right_feedback, start = True, None, [], n
                out[n] = ""
                changed = True
            continue
        if _CHOICE_CLOSE.match(line):
            # the options one under the other from the first one's line (a list deckc reads whole: feedback between
            # them left blank lines that split it), the right one's feedback under them, blank lines to the close
            listed = [k for k in range(start, n) if out[k].startswith(("- [ ] ", "- [x] "))]
            entries = [out[k] for k in listed]
            feedback = " ".join(" ".join(right_feedback).split())
            if listed:
                block = entries + ([f"**Explanation:** {feedback}"] if feedback else [])
                for k in range(listed[0], n + 1):
                    out[k] = block[k - listed[0]] if k - listed[0] < len(block) else ""
            else:
                out[n] = ""
            in_choice, option = False, None
            continue
        m = _OPT.match(line)
        if m:
            attrs = _attrs(m.group("attrs"))
            right = attrs.get("correct", "").strip().lower() in _RIGHT or ("correct" in m.group("attrs") and "correct" not in attrs)
            out[n] = f"- [{'x' if right else ' '}] {_markdown(attrs.get('text', ''))}"
            option = n
            rest = m.group("rest")
            closed = "</opt>" in rest
            words = rest.split("</opt>", 1)[0]
            if right and words.strip():
                right_feedback.append(_markdown(words))
            if closed:
                option = None
            continue
        if option is not None:  # an option's feedback, over several lines
            words, closed = (line.split("</opt>", 1)[0], True) if "</opt>" in line else (line, False)
            if right and words.strip():
                right_feedback.append(words.strip())
            out[n] = ""
            if closed:
                option = None
            continue
        out[n] = "" if not stripped else line
    return out if changed else lines
