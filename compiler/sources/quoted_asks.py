"""Questions written as block quotes, each answered by the plain text under it (trial26 T26-34): ``> How do I find which
process listens on port 8080?`` / blank / ``ss -ltnp | grep 8080``, as personal notes set their questions apart. The page
asked nothing a reader knows (no heading, bold line or label asks), so it was one card, its title over the whole page.
This line-kept rewrite writes each such quote as a bold question (``**How do I …?**``), which every reader pairs with
the text under it.

A review sheet also quotes each question *with* its answer: ``> **1. What is a light-year?**`` / ``> The distance
light …`` (sitting 43: three such blocks were "text outside any question", no card). A quote whose first line asks and
whose further lines (a ``>`` blank between allowed) answer is written unquoted, its first line bold: the same lines as
the page would have without the quote marks.

A quote that opens with an aside's name (``> Experiment: … What error do you get?``, ``> Note: …``: DocC's asides in
the Swift book, trial50 T50-1) is a callout, never such a question: what follows it is the page's text, no answer.

Only where two quotes at least are of these kinds (a quote of just a question, no ``Q:`` label: those are read
already, with text under it that is no quote nor heading; or a question over its answer inside the quote), each
standing apart, and nothing else on the page asks (a heading or a bold line ending in ``?``, a ``Q:`` label): a
quoted question inside the answer of another stays a quote. Code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import CLOSERS, QUESTION_MARKS, has_question_label, in_fence

_QUOTED = re.compile(r"^ {0,3}>[ \t]?(?P<text>.*)$")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]")
_BOLD_WHOLE = re.compile(r"^(\*\*|__)(?P<text>[^*_].*?)\1$")
# another question on the page: a heading or a bold line that asks, or a 'Q:' label (quoted or not)
_ASKS_OTHERWISE = re.compile(
    r"^ {0,3}(?:#{1,6}[ \t]+.*[?？؟][ \t#]*|(?:[-*+][ \t]+)?(?:\*\*|__)[^*_\n]+[?？؟](?:\*\*|__))[ \t]*$"
)
_BOLD_MARK = re.compile(r"\*\*|__")
# an aside's name opening a quote ('> Experiment: Try removing the default case. What error do you get?', '> Note: …',
# '> **Tip:** …'; DocC, the Swift book): a callout of the text around it, which the reader does, never a question the
# prose under it answers (trial50 T50-1: that prose was on the back of each experiment)
_ASIDE_LABEL = re.compile(r"^(?:\*\*|__)?[^\W\d_][^\W\d_]*(?:\*\*|__)?[ \t]*[:：]")
MIN_QUOTES = 2


def quoted_asks(lines: list[str]) -> list[str]:
    """``lines`` with each quoted question over its answer written as a bold question; ``lines`` itself when the page
    has fewer than two or asks otherwise."""
    fenced = list(in_fence(lines))
    runs: list[tuple[int, int]] = []
    answered_in: list[tuple[int, int]] = []  # (quotes that hold their answer: unquoted line by line)
    k = 0
    while k < len(lines):
        if fenced[k] or not _QUOTED.match(lines[k]):
            if not fenced[k] and (
                _ASKS_OTHERWISE.match(lines[k]) or has_question_label(lines[k].strip().strip("*_"))
            ):
                return lines  # (the page asks otherwise: its quotes are its answers' text)
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and _QUOTED.match(lines[end]):
            end += 1
        apart = k == 0 or not lines[k - 1].strip()
        if apart and _asks(lines[k:end]) and _answered(lines, fenced, end):
            runs.append((k, end))
        elif apart and _asks_over_answer(lines[k:end]):
            answered_in.append((k, end))
        elif any(has_question_label(_text(line).strip("*_ ")) for line in lines[k:end]):
            return lines  # ('> Q: …' / '> A: …': read as such)
        k = end
    if len(runs) + len(answered_in) < MIN_QUOTES:
        return lines
    out = list(lines)
    for first, end in answered_in:
        question = _text(lines[first]).strip()
        out[first] = question if _BOLD_WHOLE.match(question) else f"**{question}**"
        for n in range(first + 1, end):
            out[n] = _text(lines[n])
    for first, end in runs:
        texts = [_text(line) for line in lines[first:end]]
        whole = " ".join(texts).strip()
        bold = _BOLD_WHOLE.match(whole)
        if bold is not None or len(texts) == 1:  # ('> **How do I …?**': its bold kept)
            out[first] = whole if bold is not None else f"**{whole}**"
            for n in range(first + 1, end):
                out[n] = ""
            continue
        out[first] = f"**{texts[0].strip()}"
        for n, text in zip(range(first + 1, end), texts[1:], strict=True):
            out[n] = text.strip()
        out[end - 1] += "**"
    return out


def _text(line: str) -> str:
    m = _QUOTED.match(line)
    return m.group("text") if m else line


def _asks(quote: list[str]) -> bool:
    """A quote of one paragraph that asks: its text ends in a question mark, no label nor callout opens it."""
    texts = [_text(line).strip() for line in quote]
    if not all(texts) or texts[0].startswith(("[!", ">")):
        return False  # (two paragraphs, a nested quote, an Obsidian callout '> [!note]')
    whole = " ".join(texts).strip("*_ ")
    if _ASIDE_LABEL.match(texts[0]) and not has_question_label(whole):
        return False  # ('> Experiment: … What error do you get?': an aside, T50-1)
    return whole.rstrip(CLOSERS).endswith(QUESTION_MARKS) and not has_question_label(whole)


def _asks_over_answer(quote: list[str]) -> bool:
    """A quote whose first line is a question (bold or not, no label, no callout) and whose later lines hold text."""
    head = _text(quote[0]).strip()
    if len(quote) < 2 or head.startswith(("[!", ">")) or not _asks([quote[0]]):
        return False
    if any(has_question_label(_BOLD_MARK.sub("", _text(line)).strip()) for line in quote):
        return False  # ('> **Q:** …' / '> **A:** …': read as such)
    return any(_text(line).strip() for line in quote[1:])


def _answered(lines: list[str], fenced: list[bool], end: int) -> bool:
    """Text under the quote (blank lines between) that is no quote nor heading: its answer."""
    nxt = next((k for k in range(end, len(lines)) if lines[k].strip()), None)
    return nxt is not None and (fenced[nxt] or not (_QUOTED.match(lines[nxt]) or _HEADING.match(lines[nxt])))
