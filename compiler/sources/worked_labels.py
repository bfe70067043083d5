"""A worked problem's labelled lines with no blank line between them (sitting 46, newdocs M1): ``**Given:** u = 0, …`` /
``**Find:** s`` / ``**Solution:** s = ut + ½at² = **25 m**`` under the problem. Markdown reads them as one paragraph, so
its answer label opens no paragraph and no answer is found: "question has no answer", the worked solution lost (or, with
no 'Find' line, the givens glued onto the back).

Such a paragraph is cut before its answer label (``Solution:``, ``**Answer:**``, ``Ответ:``) when every line above the
label opens with another label (the problem's data: what is given, what to find), none of them a question's label or a
line that asks: the data stay the problem's, on the front; the answer label's paragraph is its back. A ``Question: …`` /
``Answer: …`` pair, or a question written above its answer label, is no such paragraph.
"""

from __future__ import annotations

import re

from compiler.sources.lines import ANSWER_WORDS, QUESTION_LABEL_WORD, QUESTION_MARKS

_BOLD = r"(?:\*\*|__)"
# 'Solution:', '**Answer:**', '**Answer**:', 'Ans:' opening a line
_ANSWER_LINE = re.compile(
    rf"^[ ]{{0,3}}{_BOLD}?(?i:(?:the\s+)?(?:correct\s+)?(?:answer|ans|solution|worked\s+solution|{ANSWER_WORDS}))"
    rf"[ \t]*(?:[:：][ \t]*{_BOLD}?|{_BOLD}[ \t]*[:：])"
)
# '**Given:** …', 'Find: s', 'Data (SI units): …': a short label of one to three words and the text after it
_FIELD_LINE = re.compile(
    rf"^[ ]{{0,3}}{_BOLD}?(?P<label>[^\W\d_][^\W_]*(?:[ \t][^\W\d_(][^\s:：*_]*){{0,2}}(?:[ \t]*\([^()\n]{{1,20}}\))?)"
    rf"[ \t]*(?:[:：][ \t]*{_BOLD}?|{_BOLD}[ \t]*[:：])[ \t]*\S"
)
_QUESTION_LABEL = re.compile(rf"^(?i:{QUESTION_LABEL_WORD})(?:[ \t]*\d{{1,4}})?$")
FIELDS_MAX = 4  # labelled lines at most over the answer label (more: a note's fields, no problem's data)


def _field(line: str) -> bool:
    """A line that opens with a label of the problem's data, neither a question's nor an answer's, and asks nothing."""
    m = _FIELD_LINE.match(line)
    if m is None or _ANSWER_LINE.match(line) or _QUESTION_LABEL.match(m.group("label").strip()):
        return False
    return not line.rstrip(" *_").endswith(QUESTION_MARKS)


def worked_cut(lines: list[str]) -> list[int]:
    """Where a paragraph's ``lines`` are cut (the answer label's line, markdown_blocks.split_items): ``[k]`` when lines
    ``0..k-1`` are one to ``FIELDS_MAX`` labelled data lines and line ``k`` opens with an answer label, else []."""
    k = next((k for k, line in enumerate(lines) if not _field(line)), len(lines))
    return [k] if 0 < k < len(lines) and k <= FIELDS_MAX and _ANSWER_LINE.match(lines[k]) else []
