"""Markua quizzes and exercises (Leanpub's course format, and the courses built with jhudsl's OTTR tools).

A lesson's prose ends in a block the course platform turns into a quiz::

    {quiz, id: quiz_04_functions}
    ### Functions in R quiz
    {choose-answers: 4}
    ? Which of the following statements is True?

    a) A function must have an input and an output
    D) Both input and output are not necessary.

    ? Where is the Eiffel Tower?

    ! Paris
    {/quiz}

A question opens with ``?``; its options are lettered, the right ones in capitals (``B)``, and OTTR's answer pools:
``C)`` right, ``m)`` and ``o)`` wrong); ``!`` lines are the accepted answers of a question answered in words. Read as
Markdown, none of that asks anything (sitting 54: a course lesson's two questions, no card). :func:`markua_quizzes`
writes each block as the Markdown the reader already reads, line for line, so line numbers stay: ``**Q:** …`` over a
task list whose ticked entries are the right options, ``Answer: …`` for the accepted answers.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_OPEN = re.compile(r"^\s*\{\s*(?:quiz|exercise)\b[^{}]*\}\s*$", re.IGNORECASE)
_CLOSE = re.compile(r"^\s*\{\s*/\s*(?:quiz|exercise)\s*\}\s*$", re.IGNORECASE)
_SETTINGS = re.compile(r"^\s*\{[^{}]*\}\s*$")  # '{choose-answers: 4, points: 2}': a question's settings
_QUESTION = re.compile(r"^\s*\?\d*\s+(?P<text>\S.*)$")  # '? Which …?', OTTR's '?1 How …?'
_OPTION = re.compile(r"^\s*(?P<letter>[A-Za-z])\)\s+(?P<text>\S.*)$")  # 'a) wrong', 'B) right', 'C)' / 'm)' / 'o)'
_ANSWER = re.compile(r"^\s*!\s*(?P<text>\S.*)$")  # '! New York': an accepted answer
_PATTERN = re.compile(r"^/(?P<body>.+)/[a-z]*$")  # '! /(Paris|France)/i': an answer checked by a pattern


def markua_quizzes(text: str) -> str:
    """The page with each ``{quiz}`` / ``{exercise}`` block written as Markdown questions (see the module's note);
    a page without one is returned as it is."""
    if "{" not in text or not any(_OPEN.match(line) for line in text.split("\n")):
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    inside = False
    asked = False  # a question is open: lettered lines are its options
    answered: int | None = None  # the line of the open question's 'Answer: …', more accepted answers join it
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        if not inside:
            if _OPEN.match(line):
                inside, asked, answered, lines[k] = True, False, None, ""
            continue
        if _CLOSE.match(line):
            inside, lines[k] = False, ""
        elif _SETTINGS.match(line):
            lines[k] = ""
        elif m := _QUESTION.match(line):
            asked, answered, lines[k] = True, None, f"**Q:** {m['text']}"
        elif asked and (m := _OPTION.match(line)):
            lines[k] = f"- [{'x' if m['letter'].isupper() else ' '}] {m['text']}"
        elif asked and (m := _ANSWER.match(line)):
            said = m["text"].strip()
            said = p["body"] if (p := _PATTERN.match(said)) else said
            if answered is None:
                answered, lines[k] = k, f"Answer: {said}"
            else:  # (written at the last accepted answer's line: the item's text as read runs to it, 'original' holds all)
                lines[answered], lines[k], answered = "", f"{lines[answered]} / {said}", k
        elif line.strip():
            answered = None  # (the question's accepted answers are the '!' lines in a row)
    return "\n".join(lines)
