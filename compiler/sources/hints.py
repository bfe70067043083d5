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

import html
import re

from compiler.model import HINT_HTML, Block, BlockKind
from compiler.sources.lines import code_span, has_answer_label, in_fence, unbold_label

_HINT_WORDS = (
    r"hints?|tips?|clue|pista|indice|tipp|hinweis|suggerimento|aanwijzing|wskazówka|dica|подсказка|ipucu|"
    r"提示|ヒント|힌트|gợi ý|petunjuk"
)
# a hint's word anywhere in a title ('Need a hint?', 'Stuck? Hint'): a toggle that hides no exercise (solution_toggles)
HINTED = re.compile(r"(?<![^\W\d_])(?:" + _HINT_WORDS + r")(?![^\W\d_])", re.I)
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


# what a question with only a hint under it is told (the card would teach the hint: trial29 T29-6)
ONLY_A_HINT = (
    "only a hint under this question, no answer: no card",
    "write the answer under the hint, or put the page that holds the solutions in sources/",
)


HINT_ONLY = "only a hint, no answer"  # the skip reason of such a question (the lock's guard tells it from a reader's loss)


# a line that opens with a hint label: 'Hint: …', 'Hint 2: …', '**Hint:** …', '*Tipp*: …', '💡 Tip: …', or one code span
# that opens so ('`hint: array[::-1]`', numpy-100: trial29 T29-6)
_LABEL = r"(?P<label>(?:" + _HINT_WORDS + r")(?:\s*\d{1,2})?)"
_CODE_HINT = re.compile(r"^[ ]{0,3}(?P<ticks>`+)\s*" + _LABEL + r"\s*[:：]\s*(?P<text>.*?)\s*(?P=ticks)\s*$", re.I)
_SAID_HINT = re.compile(
    r"^[ ]{0,3}(?:[^\w\s`*_>#|-]{1,2}\s*)?(?:(?P<m>\*\*|__|\*|_)" + _LABEL + r"\s*(?:[:：]\s*(?P=m)|(?P=m)\s*[:：])"
    r"|" + _LABEL.replace("label", "plain") + r"\s*[:：])\s*(?P<text>\S.*)$",
    re.I,
)
# a hint the page says it does not have: 'No hints provided...', 'No hint', 'none', 'n/a', '-'
_NO_HINT = re.compile(r"^(?:no\s+(?:hints?|tips?)(?:\s+(?:provided|given|available|yet))?|none|n/?a|[-–—]|\.{3}|…)?[\s.…!]*$", re.I)
_SAID_NO_HINT = re.compile(r"^no\s+(?:hints?|tips?)\b", re.I)  # (one the page writes in a line of its own)
# a heading that numbers or asks its exercise: '#### 8. Reverse a vector (★☆☆)', '## Exercise 3', '### Why …?'
_HEADING_LINE = re.compile(r"^[ ]{0,3}#{1,6}[ \t]+(?P<title>.*?)[ \t#]*$")
_NUMBERED = re.compile(r"^(?:\d{1,3}[.):]|[A-Za-z][a-z]*\.?\s*\d{1,3}\b)")
_TRAILING_MARK = re.compile(r"(?:\s*\([^()]{1,12}\)|[\s*_]+)+$")  # '… vector? (★☆☆)', '**…?**'
_WEAK_WORDS = re.compile(r"^(?:tips?|tipp|hinweis)\b", re.I)  # a 'Tip:' under a note's heading may be its content


# a bold line that asks, a question of its own as a heading is ('**What is the lightest noble gas?**')
_BOLD_ASK = re.compile(r"^[ ]{0,3}(?P<b>\*\*|__)(?P<title>[^*_\n].*?[?？])(?P=b)[ \t]*$")


def _said_hint(line: str) -> tuple[str, str] | None:
    """(the label, the hint in Markdown) of a line that opens with a hint label, or None."""
    m = _CODE_HINT.match(line)
    if m is not None:
        text = m.group("text")
        return m.group("label"), code_span(text) if text else ""
    m = _SAID_HINT.match(line)
    if m is None:
        return None
    return m.group("label") or m.group("plain"), m.group("text")


def heading_hints(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """Each hint paragraph right under a heading (``#### 8. Reverse a vector (★☆☆)`` / ``` `hint: array[::-1]` ``` /
    the code; ``## Exercise 2`` / ``**Hint:** …``) rewritten as the hint callout deckc reads (``> [!hint]- Hint`` over
    the hint: shown with the question, never its answer: trial29 T29-6); a hint the page says it does not have
    (``No hints provided...``) left out. A heading with only a hint under it is then a question with no answer, never
    a card teaching the hint. A hint under a heading that neither numbers nor asks a question, with nothing after
    it, is no exercise's and stays (a note's 'Tip: …'). With where each line came from (1-based), or None when the
    page has none."""
    fenced = list(in_fence(lines))
    n = len(lines)
    out: list[str] = []
    origin: list[int] = []
    changed = False
    k = 0
    while k < n:
        out.append(lines[k])
        origin.append(k + 1)
        head = None if fenced[k] else (_HEADING_LINE.match(lines[k]) or _BOLD_ASK.match(lines[k]))
        bold = head is not None and head.re is _BOLD_ASK
        k += 1
        if head is None:
            continue
        first = k  # the hint: the first paragraph under the heading, past the code the exercise is about
        while first < n and (not lines[first].strip() or fenced[first]):
            first += 1
        said = _said_hint(lines[first]) if first < n and not _HEADING_LINE.match(lines[first]) else None
        bare = lines[first].strip().strip("`*_ ") if first < n else ""
        if said is None and _SAID_NO_HINT.match(bare) and _NO_HINT.match(bare):
            said = ("hint", "")  # ('`No hints provided...`': no hint, left out)
        if said is None:
            continue
        label, text = said
        end = first + 1  # the hint's paragraph: its lines up to a blank line, a heading or a fence
        while end < n and lines[end].strip() and not fenced[end] and not _HEADING_LINE.match(lines[end]) and not bold:
            end += 1  # (under a bold question, the hint is its line: the answer goes on under it, sitting 54)
        more = end
        while more < n and not lines[more].strip():
            more += 1
        followed = more < n and (fenced[more] or not _HEADING_LINE.match(lines[more]))
        title = head.group("title").strip()
        exercise = bool(_NUMBERED.match(title)) or _TRAILING_MARK.sub("", title).endswith(("?", "？"))
        if not exercise and (not followed or _WEAK_WORDS.match(label)):
            continue  # (a note's own 'Tip: …' under its heading)
        body = [x for x in (text, *(y.strip() for y in lines[first + 1 : end])) if x]
        out += lines[k:first]
        origin += range(k + 1, first + 1)
        if not _NO_HINT.match(" ".join(body).strip("`*_ ")):
            word = " ".join(label.split())
            out += [f"> [!hint]- {word[:1].upper()}{word[1:]}", *(f"> {x}" for x in body)]
            origin += [first + 1, first + 1, *range(first + 2, end + 1)][: len(body) + 1]
            if bold and end < n and lines[end].strip():
                out.append("")  # (the answer right under the hint's line: no more of the hint's quote)
                origin.append(end)
        changed = True
        k = end
    return (out, origin) if changed else None


def hint_block(text: str, title: str = "Hint") -> Block:
    """A hint as the card shows a Markdown ``> [!hint]- Hint`` callout: a box with the question (a sheet's 'Hint'
    column, trial31 T31-58), marked so that no pass takes it for what the question asks (:meth:`Block.hint`)."""
    inner = "".join(f"<p>{html.escape(part.strip(), quote=False)}</p>\n" for part in text.split("\n\n") if part.strip())
    return Block(kind=BlockKind.html, text=f"{HINT_HTML}\n<p><strong>{html.escape(title, quote=False)}</strong></p>\n{inner}</blockquote>")
