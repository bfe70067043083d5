"""Questions written in quotation marks (trial13 T13-13): interview-prep pages write the interviewer's words
quoted, ``### "Why do you want to work here?"`` or ``- "What is a pod?"`` over ``**Ans:** …``. The marks
are not part of the question's shape, yet a heading that ends ``?"`` did not ask, and the page was read as
nothing ("no items found"). This line-kept rewrite takes the marks off:

- a heading whose whole text is quoted (``### "Tell me about yourself."``): always (a heading that is a
  quotation reads the same without its marks);
- a list entry or a bold line whose whole text is quoted, when the quoted text asks (ends in ``?``) or an
  answer label (``**Ans:**``, ``**Answer:**``, ``A:``) comes next: a list of quotations in an answer keeps
  its marks.

Straight, curly, guillemet and CJK corner quotes are known; code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import QUESTION_MARKS, in_fence

_PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»", "「": "」", "『": "』"}
_LINE = re.compile(
    r"^(?P<lead>\s{0,3}#{1,6}\s+|\s*(?:[-*+]|\d{1,3}[.)])\s+|\s*)(?P<bold>\*\*|__)?(?P<open>[\"“„«「『])(?P<text>[^\"“”„«»「」『』]+?)"
    r"(?P<close>[\"”“»」』])(?P=bold)?(?P<tail>\s*)$"
)
_ANSWER_LABEL = re.compile(r"^\s*(?:\*\*|__)?(?i:ans|answer|a|answers|réponse|respuesta|antwort|resposta|ответ)\s*[:：]")


def unquote_questions(lines: list[str]) -> list[str]:
    """The lines with the quotation marks taken off quoted questions (see the module docstring); the same list
    when none is."""
    out = list(lines)
    fenced = list(in_fence(lines))
    changed = False
    for k, line in enumerate(lines):
        if fenced[k] or not line.strip():
            continue
        m = _LINE.match(line)
        if m is None or _PAIRS.get(m.group("open")) != m.group("close"):
            continue
        heading = m.group("lead").lstrip().startswith("#")
        bold = m.group("bold") or ""
        if not heading and not (m.group("lead").strip() or bold):
            continue  # a quoted paragraph: a quotation, not a question's line
        text = m.group("text").strip()
        after = next((lines[j] for j in range(k + 1, len(lines)) if lines[j].strip()), "")
        if heading or text.endswith(QUESTION_MARKS) or _ANSWER_LABEL.match(after):
            out[k] = f"{m.group('lead')}{bold}{text}{bold}{m.group('tail')}"
            changed = True
    return out if changed else lines
