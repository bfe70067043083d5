"""A key and its explanation labelled in brackets on one line (trial17 T17-36): ``[정답] ② [해설] TCP는 …`` (Korean
exam books and 기출문제 notes: answer, explanation), ``<정답> ② <해설> …``, ``[Answer] B [Explanation] …``. The readers
take a bracketed key label on a line of its own (``【答案】B``), so the key was not seen, the question "none marked
correct" or its options taught as the answer. This rewrite puts the explanation on a line of its own under the key (its label
dropped, as an answer label is), both at the line they came from.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_KEY_WORDS = r"정답|답|答案|正解|正答|答え|Answer|Key|Đáp án"
_EXPLAIN_WORDS = r"해설|풀이|解析|解説|解説|Explanation|Giải thích|Lời giải"
_PAIR = re.compile(
    rf"^(?P<key>\s*(?:\*\*|__)?[\[【<〔〈](?i:{_KEY_WORDS})[\]】>〕〉](?:\*\*|__)?\s*\S{{1,8}}?)\s+"
    rf"(?:\*\*|__)?[\[【<〔〈](?i:{_EXPLAIN_WORDS})[\]】>〕〉](?:\*\*|__)?\s*(?P<explain>\S.*)$"
)


# a statement and its answer on one line, an ideographic space or a wide gap between them: '(1) 水は100℃で沸騰する。　答え：○'
# (a Japanese ○× quiz, trial25 T25-18), '3. Water boils at 100 °C.   Answer: True': the answer goes on a line of its own
_SAME_LINE = re.compile(
    r"^(?P<stem>\s*\S.*?[。．.!?？！」）)])(?:[ \t]*\u3000[ \t\u3000]*|[ \t]{2,})"
    r"(?P<answer>(?:\*\*|__)?(?:答え|答|正解|正答|解答|答案|정답|Answer|Ans\.?)(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*\S.{0,40})$"
)


def key_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """``(lines, the 1-based line each came from)`` with each such key split from its explanation (and each answer on
    its statement's line after a wide gap put on a line of its own), or None."""
    fenced = list(in_fence(lines))
    if not any(not fenced[k] and (_PAIR.match(line) or _SAME_LINE.match(line)) for k, line in enumerate(lines)):
        return None
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        m = None if fenced[k] else _PAIR.match(line)
        same = None if fenced[k] or m else _SAME_LINE.match(line)
        pieces = [m.group("key").rstrip(), m.group("explain")] if m else [same.group("stem"), same.group("answer")] if same else [line]
        out.extend(pieces)
        origin.extend([k + 1] * len(pieces))
    return out, origin
