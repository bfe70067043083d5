"""Hint toggles (trial14 T14-4): course notes and workshops put a hint before the solution, each in a toggle of
its own::

    1. Find all method calls in the program.
        <details>
        <summary>Hint</summary>
        A method call is a `MethodAccess`.
        </details>
        <details>
        <summary>Solution</summary>
        …

The solution toggle is the answer; the hint toggle in front of it hid it: the exercise was "text outside any
question" (a file of them gave no card), or the hint opened the back as if it were the answer.  This line-kept
rewrite makes each toggle whose summary names a hint (``Hint``, ``Hint 2``, ``💡 Tip``, ``提示``, ``ヒント``,
``Pista``, ``Indice``, ``Tipp``, ``Подсказка``, ``Dica``, ``힌트`` …) the hint callout deckc already reads
(``> [!hint]- Hint``: shown with the question, never taken for its answer); inside a list entry, where a quote
is no callout, it is one line of italics under the entry's question (``*Hint: A method call is …*``; a hint
holding code stays as written).  Code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import has_answer_label, in_fence, unbold_label

_HINT_WORDS = (
    r"hints?|tips?|clue|pista|indice|tipp|hinweis|suggerimento|aanwijzing|wskazówka|dica|подсказка|ipucu|"
    r"提示|ヒント|힌트|gợi ý|petunjuk"
)
_SUMMARY = r"<summary[^>]*>(?P<title>.*?)</summary>"
_OPEN = re.compile(r"^(?P<indent>[ \t]*)<details(?:\s[^>]*)?>\s*(?:" + _SUMMARY + r")?\s*$", re.I)
_SUMMARY_LINE = re.compile(r"^[ \t]*" + _SUMMARY + r"\s*$", re.I)
_CLOSE = re.compile(r"</details>\s*$", re.I)
_ANY_OPEN = re.compile(r"<details[\s>]", re.I)
_TAG = re.compile(r"<[^>]+>")
# the summary's text opens with a hint word, after an emoji or a mark: 'Hint', 'Hint 2', '💡 Tip', '提示', 'Hint: n = 0'
_HINT_TITLE = re.compile(r"^[\W_]{0,4}(?:" + _HINT_WORDS + r")(?![^\W\d_])", re.I)
TITLE_MAX = 60  # characters: a longer summary is a question or a statement, not a hint's label
LOOKAHEAD = 2  # lines between '<details>' and its '<summary>' (a blank one at most)


def hint_callouts(lines: list[str]) -> list[str]:
    """The lines with every hint toggle rewritten as a ``> [!hint]-`` callout (module docstring); the same list
    when there is none."""
    out = list(lines)
    fenced = list(in_fence(lines))
    changed = False
    k = 0
    while k < len(lines):
        m = None if fenced[k] else _OPEN.match(lines[k])
        if m is None:
            k += 1
            continue
        indent, title, body_from = m.group("indent"), m.group("title"), k + 1
        if title is None:  # '<details>' alone: its summary on a line below
            nxt = next((j for j in range(k + 1, min(k + 1 + LOOKAHEAD, len(lines))) if lines[j].strip()), None)
            s = _SUMMARY_LINE.match(lines[nxt]) if nxt is not None else None
            if s is None:
                k += 1
                continue
            title, body_from = s.group("title"), nxt + 1
        end = next((j for j in range(body_from, len(lines)) if _CLOSE.search(lines[j]) or _ANY_OPEN.search(lines[j])), None)
        title = " ".join(_TAG.sub("", title).split())
        if end is None or not _CLOSE.search(lines[end]) or len(title) > TITLE_MAX or not _HINT_TITLE.match(title):
            k += 1
            continue  # unclosed, or a toggle inside: not a hint deckc rewrites
        label = title.strip(" *_:：")
        if indent:  # inside a list entry (a quote there is no callout): the hint as one line of its text, in italics
            body = [_CLOSE.sub("", lines[j]).strip() for j in range(body_from, end + 1)]
            if any(x.startswith(("```", "~~~")) for x in body):
                k += 1
                continue  # (code in the hint: left as written)
            said = " ".join(x.lstrip("-*+ ").strip() for x in body if x)
            out[k : end + 1] = [f"{indent}*{label}: {said}*", *([""] * (end - k))]
            changed = True
            k = end + 1
            continue
        out[k] = f"{indent}> [!hint]- {label}"
        for j in range(k + 1, body_from):
            out[j] = f"{indent}>"
        for j in range(body_from, end + 1):
            text = _CLOSE.sub("", lines[j]) if j == end else lines[j]
            inner = text[len(indent) :] if text.startswith(indent) else text.lstrip()
            out[j] = f"{indent}> {inner}".rstrip() if inner.strip() else (f"{indent}>" if j < end else "")
        changed = True
        k = end + 1
    return out if changed else lines


# a paragraph opening with a bold or italic hint label: '**Hint 1:** Subtract 5 from both sides.', '*Tipp:* …'
_BOLD_HINT = re.compile(r"^[ ]{0,3}(?P<m>\*\*|__|\*|_)\s*(?:" + _HINT_WORDS + r")\s*\d{0,2}\s*[:：.]?\s*(?P=m)\s*[:：]?\s*\S", re.I)
_HEADING = re.compile(r"^[ ]{0,3}#{1,6}(?:[ \t]|$)")
_OTHER_LABEL = re.compile(r"^[ ]{0,3}(?:\*\*|__|<details|<summary)", re.I)


def _paragraph_end(lines: list[str], fenced: list[bool], k: int) -> int:
    """The line after the paragraph starting at ``k`` (its first blank line, or a heading's)."""
    j = k + 1
    while j < len(lines) and lines[j].strip() and not fenced[j] and not _HEADING.match(lines[j]):
        j += 1
    return j


def hints_after_answer(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """Bold hint paragraphs between an exercise and its answer label (``Solve for $x$:`` / ``**Hint 1:** …`` /
    ``**Hint 2:** …`` / ``**Answer:** $x = 5$``, a Khan Academy exercise copied to Markdown: trial27 T27-2) moved after
    that answer, so the last hint never asks as the question and the exercise keeps its answer; with where each line
    came from (1-based), or None when the page has none."""
    fenced = list(in_fence(lines))
    n = len(lines)
    order: list[int] = []
    moved = False
    i = 0
    while i < n:
        if fenced[i] or not _BOLD_HINT.match(lines[i]) or (i > 0 and lines[i - 1].strip() and not _HEADING.match(lines[i - 1])):
            order.append(i)
            i += 1
            continue
        j = i  # past the hints: paragraphs each opening with a hint label, blank lines between
        while j < n and (not lines[j].strip() or (not fenced[j] and _BOLD_HINT.match(lines[j]))):
            j = j + 1 if not lines[j].strip() else _paragraph_end(lines, fenced, j)
        if j >= n or fenced[j] or not has_answer_label(unbold_label(lines[j]).lstrip()):
            order += range(i, j)
            i = j
            continue
        # the answer: its label's paragraph and what follows it, up to a heading, another bold label or a toggle
        stop = _paragraph_end(lines, fenced, j)
        while stop < n and not _HEADING.match(lines[stop]) and not (
            lines[stop].strip() and not lines[stop - 1].strip() and not fenced[stop] and _OTHER_LABEL.match(lines[stop])
        ):
            stop += 1
        end = stop
        while end > j and not lines[end - 1].strip():
            end -= 1
        last = j
        while last > i and not lines[last - 1].strip():
            last -= 1
        order += [*range(j, end), *range(last, j), *range(i, last), *range(end, stop)]
        moved = True
        i = stop
    if not moved:
        return None
    return [lines[k] for k in order], [k + 1 for k in order]
