"""Spoiler markup that hides a quiz post's answers (trial16 T16-50): Reddit's ``>!Paris!<``, Discord's ``||Paris||``
after a question on its line, and Stack Exchange's ``>! Paris`` spoiler line under a question. The spoiler is the
part of the line a card's back is: ``**What is the capital of France?** >!Paris!<`` was a card whose back read
``!Paris!<`` (the ``>`` taken for a quote), and ``What is …? ||Paris||`` lines were "questions with no answers". This
line-kept rewrite writes the inline spoiler as the bold answer after the question (``What is the capital of France?
**Paris**``, a form the readers know) and a spoiler line as the plain answer line under its question; two or more
such questions at the margin are written as list entries, a card each however close together (T31-56).
"""

from __future__ import annotations

import re

from compiler.sources.lines import CLOSERS, QUESTION_MARKS, has_question_label, in_fence, unbold_label

# a spoiler that ends its line, after the text it answers: '**Q1.** Drug of choice …? >!Ethosuximide!<', 'el perro →
# ||the dog||', 'What is …? ||Paris||' (never a table row, whose cells a '||' may leave empty)
_INLINE = re.compile(r"^(?P<before>(?![ \t]*\|)[^\n]*?\S)[ \t]*(?:>!\s*(?P<r>[^\n]+?)\s*!<|\|\|\s*(?P<d>[^|\n]+?)\s*\|\|)[ \t]*$")
# a line that is only a spoiler ('>!Paris!<', '||Paris||') or Stack Exchange's spoiler line ('>! Paris')
_WHOLE = re.compile(r"^(?P<indent>[ \t]*)(?:>!\s*(?P<r>[^\n]+?)\s*!<|\|\|\s*(?P<d>[^|\n]+?)\s*\|\|)[ \t]*$")
_BLOCK = re.compile(r"^(?P<indent>\s*)>!\s?(?P<text>\S.*)$")
# what sets an answer off on its line already: an arrow, an equals sign, a dash or a colon
_SEPARATOR = re.compile(r"(?:→|⇒|->|=>|=|–|—|-|:|：)$")


# a line that a list entry, a quote, a heading or a table row already sets apart from the lines around it
_SET_APART = re.compile(r"^(?:[ \t]|[-*+][ \t]|[>#|]|\d{1,3}[.)])")


def _asks(m: re.Match[str]) -> bool:
    """The text before the spoiler asks: a labelled question (``**Q1:** …``) or one ending with '?'."""
    before = m.group("before").rstrip()
    return has_question_label(unbold_label(before.lstrip())) or before.rstrip(CLOSERS + "*_").endswith(QUESTION_MARKS)


def _inline(m: re.Match[str], entry: bool = False) -> str:
    """The line of an inline spoiler, the spoiler written as the answer a reader knows in that place: after ``A:``
    on a labelled question's line (``Q: What is …? A: Paris``), bold after a question's '?' (``What is …? **Paris**``),
    plain after a separator (``el perro → the dog``), else after an arrow.  ``entry``: written as a list entry, a
    card of its own (a chat's quiz posts, a line each, no blank line between them: T31-56)."""
    before, hidden = m.group("before").rstrip(), (m.group("r") or m.group("d")).strip()
    lead = "- " if entry else ""
    if has_question_label(unbold_label(before.lstrip())):
        return f"{lead}{before} A: {hidden}"  # ('Q: What is …? >!Paris!<': the same-line pair 'Q: … A: …')
    if before.rstrip(CLOSERS + "*_").endswith(QUESTION_MARKS):
        return f"{lead}{before} **{hidden}**"
    return f"{before} {hidden}" if _SEPARATOR.search(before) else f"{before} → {hidden}"


def spoiler_answers(lines: list[str]) -> list[str]:
    """``lines`` with spoiler-hidden answers written as answers (the list itself when it has none): a spoiler that
    ends a line after what it answers (Reddit's ``>!…!<``, Discord's ``||…||``; after a label such as ``**Q1.**``, a
    separator, or none: trial29 T29-18, where such lines lost their question or kept the marks), or a line that is
    only a spoiler, under its question."""
    fenced = list(in_fence(lines))
    # two or more questions answered by a spoiler on their own line, at the margin: each is a card, even with no
    # blank line between them (a Discord channel's '**Q1:** …? ||Cysteine||' / '**Q2:** …': one card of four, T31-56)
    posts = {
        k for k, line in enumerate(lines)
        if not fenced[k] and not _SET_APART.match(line) and (m := _INLINE.match(line)) is not None
        and _WHOLE.match(line) is None and _asks(m)
    }  # fmt: skip
    posts = posts if len(posts) >= 2 else set()
    out: list[str] | None = None
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        whole = _WHOLE.match(line)
        above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "")
        if whole is not None and above.strip() and not above.lstrip().startswith("|"):
            out = out if out is not None else list(lines)
            out[k] = f"{whole.group('indent')}{(whole.group('r') or whole.group('d')).strip()}"
            continue
        m = _INLINE.match(line) if whole is None else None
        if m is not None:
            out = out if out is not None else list(lines)
            out[k] = _inline(m, entry=k in posts)
            continue
        b = _BLOCK.match(line)
        if b is not None and k and lines[k - 1].rstrip().endswith(("?", "？")):
            out = out if out is not None else list(lines)
            out[k] = f"{b.group('indent')}{b.group('text').strip()}"
    return lines if out is None else out
