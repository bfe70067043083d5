"""The Obsidian Spaced Repetition plugin's cloze cards, as the plugin reads them (trial30 T30-30).

On a page the plugin reads (tagged ``#flashcards`` or ``#flashcards/deck`` in its text or its front matter's ``tags``,
or holding its ``<!--SR:…-->`` schedules), a paragraph outside any other card that holds a deletion is a cloze card:
``The ==mitochondrion== is the site of ==aerobic respiration==.``.  Which marks delete is the plugin's setting:
``==highlights==`` (on by default), ``**bold**`` and ``{{curly braces}}``; deckc reads highlights and curly braces
unless the source's ``sr_clozes`` says otherwise (``sr_clozes = ["highlight", "bold"]``).

Each deletion is a sibling card of its own, numbered in the paragraph's order (``{{c1::…}}``, ``{{c2::…}}``), as the
plugin asks them one at a time; a hint written after it, ``==$40 million==^[USD]``, is the deletion's Anki hint
(``{{c1::$40 million::USD}}``), and the plugin's deletion groups, ``==1919==[^1]`` … ``==Hall of Mirrors==[^1]``,
are Anki's numbers, so the deletions of one group are asked together (when every deletion of the paragraph has one).
Code spans are never deletions.  Shared by the Markdown reader and the one-note-per-file reader.
"""

from __future__ import annotations

import re
from functools import cache

from compiler.sources.lines import in_fence
from compiler.sources.markdown_blocks import front_matter_tags

SR_CLOZE_MARKS = ("highlight", "bold", "curly")
DEFAULT_SR_CLOZES = ("highlight", "curly")  # (the plugin's default is highlights only; curly braces are never prose)

_MARKS = {
    "highlight": r"(?<![=\w])==(?=\S)(?P<{g}>[^=\n]{{1,200}}?)(?<=\S)==(?![=\w])",
    "bold": r"(?<![*\w])\*\*(?=[^\s*])(?P<{g}>[^*\n]{{1,200}}?)(?<=[^\s*])\*\*(?![*\w])",
    # never Anki's '{{c1::…}}' nor a template's spaced '{{ name }}' (trial26 T26-13)
    "curly": r"(?<!\{{)\{{\{{(?!c\d+::)(?P<{g}>[^\s{{}}:](?:[^{{}}\n]{{0,198}}?[^\s{{}}])?)\}}\}}(?!\}})",
}
# after a deletion: its hint ('^[USD]') and its group ('[^1]'), in this order, each optional
_AFTER = r"(?:\^\[(?P<hint>[^\[\]\n]{1,80})\])?(?:\[\^(?P<group>\d{1,3})\])?"
_CODE_SPAN = re.compile(r"(`+)[^`]*?\1")
# the plugin's deck tag, in the text ('#flashcards', '#flashcards/biology') or its schedule comment
_SR_SIGN = re.compile(r"<!--SR:|(?:^|\s)#flashcards(?:/[^\s#]*)?(?=\s|$)", re.I)


@cache
def _deletion(marks: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for a deletion in any of ``marks`` (its text in the group named after the mark), hint and group."""
    chosen = [_MARKS[m].format(g=m) for m in SR_CLOZE_MARKS if m in marks]
    return re.compile(f"(?:{'|'.join(chosen)}){_AFTER}") if chosen else None


def sr_page(lines: list[str]) -> bool:
    """Whether the plugin reads this page's cards: its deck tag in the text (outside code) or in the front matter's
    ``tags`` (``tags: [flashcards]``: T30-30, its clozes were a heading's back), or its ``<!--SR:…-->`` schedules."""
    if any(t.lower().lstrip("#").replace("::", "/").split("/")[0] == "flashcards" for t in front_matter_tags(lines)):
        return True
    return any(not fenced and _SR_SIGN.search(line) for line, fenced in zip(lines, in_fence(lines), strict=True))


def sr_deletions(text: str, marks: tuple[str, ...] = DEFAULT_SR_CLOZES) -> str | None:
    """``text`` (a paragraph) with its deletions written as Anki's (``{{c1::…}}``, ``{{c1::…::hint}}``, grouped by the
    plugin's ``[^N]`` when every deletion has one), or None when it holds no deletion outside code."""
    pattern = _deletion(tuple(marks))
    if pattern is None:
        return None
    code = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(text)] if "`" in text else []
    found = [m for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in code)]
    if not found:
        return None
    grouped = all(m.group("group") for m in found)
    out: list[str] = []
    at = 0
    for n, m in enumerate(found, 1):
        answer = next(m.group(g) for g in SR_CLOZE_MARKS if g in pattern.groupindex and m.group(g) is not None)
        number = int(m.group("group")) if grouped else n
        hint = f"::{m.group('hint').strip()}" if m.group("hint") else ""
        out += [text[at : m.start()], f"{{{{c{number}::{answer.strip()}{hint}}}}}"]
        at = m.end()
    return "".join([*out, text[at:]])


def sr_cloze_paragraphs(lines: list[str]) -> int:
    """How many paragraphs of a page the plugin reads are cloze cards (see :func:`sr_deletions`; a heading, a ``::``
    card and a ``?`` card are none): the layout detector counts them, so a page of clozes only is read for its cards,
    never as one card per heading (T30-30: 'Gramática' was one card listing them)."""
    joined = "".join(lines)
    if ("==" not in joined and "{{" not in joined) or not sr_page(lines):
        return 0
    count = 0
    run: list[str] = []
    for line, fenced in zip([*lines, ""], [*in_fence(lines), False], strict=True):
        if line.strip() and not fenced and not line.lstrip().startswith("#"):
            run.append(line)
            continue
        text = " ".join(run)
        if run and "::" not in text and not any(x.strip() in ("?", "??") for x in run) and sr_deletions(text) is not None:
            count += 1
        run = []
    return count


def untagged_highlights(lines: list[str]) -> int:
    """How many paragraphs of a page the plugin does not read (no ``#flashcards`` tag) hold a ``==highlight==``: the
    clozes the plugin would make of them once tagged, said to the user (sitting 46 M8: the page was one card of its
    heading, the highlights plain text, and nothing said why)."""
    if "==" not in "".join(lines) or sr_page(lines):
        return 0
    paragraphs = " ".join("\n" if not line.strip() or fenced else line for line, fenced in zip(lines, in_fence(lines), strict=True))
    pattern = _deletion(("highlight",))
    return sum(1 for text in paragraphs.split("\n") if pattern is not None and pattern.search(text))
