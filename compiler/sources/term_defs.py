"""A glossary list where only some terms are defined (trial43 T43-13): a course's list of terms to know, numbered or
bulleted, ``4. Central nervous system - Brain and spinal cord`` / ``9. Saltatory conduction: An impulse jumping …``
among bare ``3. Axon`` entries the learner is to look up. The list was one card, its heading over the whole list (54
lines on one back).

This line-kept rewrite writes each defined entry as a bold glossary entry (``- **Central nervous system**: Brain and
spinal cord``, which the Markdown reader makes a card of) and takes the bare entries out of the list (blank lines; the
reader says them, once per list, with their count). Only a list of at least DEFINED_MIN defined entries, one
in DEFINED_SHARE or more (the nursing glossary defines 8 of 54), every entry (all at one indent, none nested) either a
short term over `` - `` / ``:`` and a definition of three words or more, or a bare term of at most TERM_WORDS words
with no separator that ends no sentence; not inside a question's answer (a heading or bold line that asks right above
the list's section). Code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import QUESTION_MARKS, in_fence

_ENTRY = re.compile(r"^(?P<lead>[ ]{0,3}(?:\d{1,3}[.)]|[-*+])[ \t]+)(?P<text>\S.*?)[ \t]*$")
_DEFINED = re.compile(r"^(?P<term>[^\W\d_][^:：\-–—*_`\[\]]*?)(?:[ \t]+[-–—][ \t]+|[ \t]*[:：][ \t]+)(?P<definition>\S.*)$")
# a term set in bold or as code, its definition after a separator or a space alone (trial53 T53-3: an economics course's
# '- `Capital` Anything produced that is used to produce other things' among bare '- `Leisure`' entries; '**Term**: …')
_MARKED = re.compile(
    r"^(?P<mark>\*\*|__|`)(?P<term>[^*_`\n]+?)(?P=mark)(?:[ \t]*[:：][ \t]*|[ \t]+[-–—][ \t]+|[ \t]+)(?P<definition>[^\W\d_(`*].*)$"
)
_MARKED_BARE = re.compile(r"^(?P<mark>\*\*|__|`)(?P<term>[^*_`\n]+?)(?P=mark)$")
_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]")
# a sentence written in Chinese or Japanese has no spaces to count as words: one with a full stop or more characters than
# a term has is a sentence, never a bare term (trial62 T62-2: '并非所有数据库系统都支持`SELECT TOP`。 MySQL 中是`LIMIT`子句' under
# three command bullets made them a glossary, the commands garbled into '**SELECT TOP**: number columns_names …')
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_CJK_SENTENCE = re.compile(r"[。！？；]")
CJK_TERM_CHARS = 16
DEFINED_MIN = 3
DEFINED_SHARE = 10  # one entry in this many at least defined
TERM_WORDS = 5
DEFINITION_WORDS = 3


def term_definitions(lines: list[str]) -> tuple[list[str], list[tuple[int, int]]] | None:
    """(the lines rewritten, (first 1-based line of each list, its bare terms' count)) when the page holds such a
    list; else None."""
    fenced = list(in_fence(lines))
    out = list(lines)
    bare_counts: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if fenced[k] or not _ENTRY.match(lines[k]) or (k > 0 and _ENTRY.match(lines[k - 1])):
            k += 1
            continue
        end = k
        while end < len(lines) and not fenced[end] and _ENTRY.match(lines[end]):
            end += 1
        indents = {len(line) - len(line.lstrip()) for line in lines[k:end]}
        kinds = [_kind(_ENTRY.match(line).group("text")) for line in lines[k:end]] if len(indents) == 1 else [None]  # type: ignore[union-attr]
        defined = sum(1 for x in kinds if x == "defined")
        if None not in kinds and defined >= DEFINED_MIN and defined * DEFINED_SHARE >= len(kinds) and defined < len(kinds) and not _in_answer(lines, k):
            for n, kind in zip(range(k, end), kinds, strict=True):
                m = _ENTRY.match(lines[n])
                d = (_DEFINED.match(m.group("text")) or _marked(m.group("text"))) if m else None
                if kind == "defined" and m and d:
                    term = d.group("term").strip().rstrip(":：").strip()
                    shown = f"`{term}`" if d.groupdict().get("mark") == "`" else term  # (code stays code)
                    out[n] = f"- **{shown}**: {d.group('definition').strip()}"
                else:
                    out[n] = ""
            bare_counts.append((k + 1, len(kinds) - defined))
        k = end
    return (out, bare_counts) if bare_counts else None


def _kind(text: str) -> str | None:
    """'defined', 'bare' or None (an entry that is neither: a sentence, a question, a link)."""
    d = _DEFINED.match(text) or _marked(text)
    if d and len(d.group("term").split()) <= TERM_WORDS and len(d.group("term").strip()) >= 2 and len(d.group("definition").split()) >= DEFINITION_WORDS:
        return "defined"  # (never an option's letter, 'A: `{ a: "one" }`')
    bare = _MARKED_BARE.match(text)
    if bare is not None:  # ('- `Leisure`', '- **Scarcity**': a term set apart with nothing after it)
        term = bare.group("term").strip()
        return "bare" if len(term.split()) <= TERM_WORDS and re.match(r"[^\W\d_]", term) and not term.endswith((".", "!", *QUESTION_MARKS)) else None
    words = text.split()
    if d is None and not re.search(r"[:：]|\s[-–—]\s", text) and len(words) <= TERM_WORDS and not text.endswith((".", "!", ":", "：", *QUESTION_MARKS)) and re.match(r"[^\W\d_]", text):
        return None if _CJK_SENTENCE.search(text) or len(_CJK.findall(text)) > CJK_TERM_CHARS else "bare"
    return None


def _marked(text: str) -> re.Match[str] | None:
    """A bold or code term and its definition ('`Capital` Anything produced …', '**Scarcity**: …'); its definition opens
    with a word (never a second code span or bold run: '`ls` `-la`' is a command, no definition)."""
    return _MARKED.match(text)


def _in_answer(lines: list[str], at: int) -> bool:
    """Whether the nearest heading above ``at`` asks (the list answers its question)."""
    for line in reversed(lines[:at]):
        if _HEADING.match(line):
            return line.rstrip(" #").endswith(QUESTION_MARKS)
        if line.strip().startswith(("**", "__")) and line.strip().rstrip("*_ ").endswith(QUESTION_MARKS):
            return True
    return False
