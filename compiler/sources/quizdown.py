"""quizdown quizzes (quizdown-js and the Quarto, MkDocs, docsify and Hugo plugins built on it) as the Markdown the reader
reads, line for line (learner4 N76, trial23 T23-6)::

    ```quizdown
    ---
    shuffle_answers: true
    ---

    # The sound of dog

    What do dogs sound like?

    > Some hint

    - [ ] yes
    - [x] wuff
        > Right: dogs say wuff.

    ## Put the days in order!

    1. Monday
    2. Tuesday
    ```

Every heading of a quiz is a question, whatever it ends with and at whatever level (so all at one level, one under
the heading the quiz stands under); its text, code and picture its front; a quote before the options its hint (the
hint callout deckc shows with the question); ``- [x]`` / ``1. [x]`` entries its options (single or multiple choice),
the quote indented under an option that option's comment, on the back under the options; a plain numbered list its
sequence, the answer in that order. A quiz is a ``quizdown`` fence (its options header left out), or a page written
in quizdown alone, told by what only quizdown writes: a comment quoted under an option, or numbered task-list options.
Code fences stay as written; the page keeps its line count.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

_FENCE = re.compile(r"^[ ]{0,3}(?P<fence>`{3,}|~{3,})[ \t]*\{?quizdown\}?[ \t]*$", re.I)
_HEADING = re.compile(r"^[ ]{0,3}(?P<marks>#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?[ \t]*$")
_OPTION = re.compile(r"^[ ]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\[(?P<box>[ xX])\][ \t]+(?P<text>\S.*)$")
_NUMBERED_OPTION = re.compile(r"^[ ]{0,3}\d{1,3}[.)][ \t]+\[[ xX]\][ \t]+\S")
_COMMENT = re.compile(r"^(?:[ ]{2,}|\t)>[ \t]?(?P<text>.*)$")
_QUOTE = re.compile(r"^[ ]{0,3}>[ \t]?(?P<text>.*)$")
_STEP = re.compile(r"^[ ]{0,3}(?P<number>\d{1,3})(?P<mark>[.)])[ \t]+(?P<text>\S.*)$")


def quizdown_fences(text: str, whole: bool = False) -> str:
    """The page with each quizdown quiz in it (a ``quizdown`` fence, or the page itself when it is written in quizdown;
    ``whole``: it is, told from its header before the header was blanked) as Markdown questions; any other page as it
    is."""
    if "quizdown" not in text and "[x]" not in text.lower():
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    quizzes: list[tuple[int, int]] = []
    for i, close in _fences(lines):
        lines[i] = lines[close] = ""
        k = next((k for k in range(i + 1, close) if lines[k].strip()), close)
        if k < close and lines[k].strip() == "---":  # the quiz's options ('primary_color: orange') between '---' lines
            end = next((j for j in range(k + 1, close) if lines[j].strip() == "---"), None)
            if end is not None:
                for j in range(k, end + 1):
                    lines[j] = ""
        quizzes.append((i, close))
    if not quizzes and (whole or _written_in_quizdown(lines, fenced) or quizdown_header(text)):
        quizzes.append((-1, len(lines)))
    for start, end in quizzes:
        _questions(lines, start, end)
    return "\n".join(lines)


def _fences(lines: list[str]) -> list[tuple[int, int]]:
    """The (opening, closing) line of each ``quizdown`` fence that is closed."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        fence = m.group("fence")
        close = next((k for k in range(i + 1, len(lines)) if lines[k].strip().startswith(fence[0] * len(fence)) and not lines[k].strip().strip(fence[0])), None)
        if close is None:
            break
        found.append((i, close))
        i = close + 1
    return found


def quizdown_ends(text: str) -> set[int]:
    """The closing line (0-based) of each ``quizdown`` fence: the quiz's last question ends there, the page's text after
    it is no answer of it (trial25: 'That is all for this lesson …' was the last question's explanation)."""
    return {close for _, close in _fences(text.split("\n"))} if "quizdown" in text else set()


_HEADER_KEY = re.compile(r"^(?:shuffle_?answers|shuffle_?questions|primary_?color|secondary_?color|text_?color|n_?questions)\s*:", re.I)


def quizdown_header(text: str) -> bool:
    """Whether the page opens with quizdown's options header ('shuffle_answers: true', 'primary_color: orange'
    between '---' lines): a quiz's body saved as a page of its own."""
    if not text.startswith("---"):
        return False
    lines = text.split("\n", 40)
    end = next((k for k in range(1, min(len(lines), 40)) if lines[k].strip() == "---"), None)
    return end is not None and sum(bool(_HEADER_KEY.match(lines[k].strip())) for k in range(1, end)) >= 2


def _written_in_quizdown(lines: list[str], fenced: list[bool]) -> bool:
    """Whether the page is a quizdown quiz unfenced: two headings or more over task-list options, and what only quizdown
    writes, a comment quoted under an option or numbered task-list options."""
    options = [k for k, line in enumerate(lines) if not fenced[k] and _OPTION.match(line)]
    if not options:
        return False
    own = any(_NUMBERED_OPTION.match(lines[k]) for k in options) or any(
        k + 1 < len(lines) and _COMMENT.match(lines[k + 1]) for k in options
    )
    asked = {max((h for h in range(k) if not fenced[h] and _HEADING.match(lines[h])), default=-1) for k in options} - {-1}
    return own and len(asked) >= 2


def _questions(lines: list[str], start: int, end: int) -> None:
    """The quiz between lines ``start`` and ``end`` (its fence lines, or -1 and the page's end) rewritten in place."""
    fenced = list(in_fence(lines))
    heads = [k for k in range(start + 1, end) if not fenced[k] and _HEADING.match(lines[k])]
    outer = max((len(m.group("marks")) for k in range(0, max(start, 0)) if not fenced[k] and (m := _HEADING.match(lines[k]))), default=0)
    level = min(max(outer + 1, 2), 6)
    for n, h in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else end
        more = _question(lines, fenced, h, stop)
        if more is None and start < 0:
            continue  # (a page written in quizdown: a heading over no options is the page's own)
        asked = " ".join([_HEADING.match(lines[h]).group("text").strip(), more or ""]).strip()  # type: ignore[union-attr]
        asks = asked.rstrip(" *_").endswith(("?", "？")) or asked.startswith("Q:")
        lines[h] = "#" * level + " " + (asked if asks else f"Q: {asked}")


def _question(lines: list[str], fenced: list[bool], h: int, stop: int) -> str | None:
    """One question, its heading at ``h``, its lines up to ``stop``: its hint a hint, its options' comments under
    them, a plain numbered list (its sequence) its answer. None when it asks nothing (no options, no sequence); else
    the text its heading goes on with (a sequence's prompt: what a card's back would otherwise take)."""
    body = [k for k in range(h + 1, stop) if not fenced[k]]
    options = [k for k in body if _OPTION.match(lines[k])]
    steps = [] if options else [k for k in body if _STEP.match(lines[k])]
    if not options and len(steps) < 2:
        return None
    first = (options or steps)[0]
    more = ""
    if not options and all(not fenced[k] for k in range(h + 1, first)):  # ("That's **super easy**!" over the sequence)
        prose = [k for k in range(h + 1, first) if lines[k].strip() and not _QUOTE.match(lines[k]) and not lines[k].lstrip().startswith(("!", "<", "|"))]
        more = " ".join(lines[k].strip() for k in prose)
        for k in prose:
            lines[k] = ""
    quote = [k for k in body if k < first and _QUOTE.match(lines[k])]
    if quote:  # the hint: shown with the question, never its answer
        said = " ".join(_QUOTE.match(lines[k]).group("text").strip() for k in quote).strip()  # type: ignore[union-attr]
        for k in quote:
            lines[k] = ""
        if quote[0] - 1 > h and not lines[quote[0] - 1].strip():
            lines[quote[0] - 1], lines[quote[0]] = "> [!hint]- Hint", f"> {said}"
        else:
            lines[quote[0]] = f"*Hint: {said}*"
    if options:
        _comments(lines, options, stop)
    else:  # a sequence: its entries in order, the answer (never options none of which is ticked)
        for n, k in enumerate(steps):
            m = _STEP.match(lines[k])
            if m is not None:  # ('1\\. Monday\\': a line of one paragraph, no list of options)
                broken = "\\" if n + 1 < len(steps) else ""
                lines[k] = f"{m.group('number')}\\{m.group('mark')} {m.group('text').rstrip()}{broken}"
    return more


def _comments(lines: list[str], options: list[int], stop: int) -> None:
    """Each option's quoted comment taken from under it and written after the options, a line each ('Berlin: this is
    the correct answer.'), the options one list."""
    last = options[-1]
    while last + 1 < stop and _COMMENT.match(lines[last + 1]):
        last += 1
    entries: list[str] = []
    said: list[str] = []
    for k in range(options[0], last + 1):
        option, comment = _OPTION.match(lines[k]), _COMMENT.match(lines[k])
        if option is not None:
            entries.append(lines[k])
        elif comment is not None and entries and comment.group("text").strip():
            owner = _OPTION.match(entries[-1]).group("text").strip()  # type: ignore[union-attr]
            if said and said[-1].startswith(f"{owner}: "):
                said[-1] += " " + comment.group("text").strip()
            else:
                said.append(f"{owner}: {comment.group('text').strip()}")
        elif lines[k].strip():
            entries.append(lines[k])  # (an option's own text going on)
    if not said:
        return
    room = last + 1
    while room < stop and not lines[room].strip():
        room += 1
    made = [*entries, "", *(f"{s}\\" for s in said[:-1]), said[-1]]
    slots = room - options[0]
    if len(made) > slots:  # (no blank line left under the options: the comments on one line)
        made = [*entries, "", " ".join(said)]
    if len(made) > slots:
        return
    lines[options[0] : room] = made + [""] * (slots - len(made))
