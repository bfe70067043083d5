"""Math written for Anki's built-in MathJax: ``\\( … \\)`` inline, ``\\[ … \\]`` display.

Anki typesets these delimiters itself (desktop, AnkiMobile, AnkiDroid), so
deckc only has to keep them intact through escaping and cloze markup.  The
one trap is a cloze: Anki ends ``{{c1::…}}`` at the first ``}}``, and LaTeX
is full of them (``\\frac{1}{\\sqrt{1-p}}``).  :func:`protect_cloze_math`
spaces every ``}}`` (and ``::``) inside math, which TeX ignores.
"""

from __future__ import annotations

import re

MATH = re.compile(r"\\\((?:.|\n)*?\\\)|\\\[(?:.|\n)*?\\\]")
DISPLAY = re.compile(r"^\s*\\\[(?:.|\n)*\\\]\s*$")


def is_display_math(text: str) -> bool:
    """True if the text is one ``\\[ … \\]`` formula and nothing else."""
    return bool(DISPLAY.match(text)) and len(MATH.findall(text)) == 1


# escaped HTML: inline math directly followed by punctuation (``\\( x \\).``, ``\\( x \\),``); never a cloze's
# hint separator: in ``{{c1::\\(1-p\\)::keep prob}}`` a span taking the ``::`` split the deletion in Anki (learner L13)
_MATH_THEN_PUNCT = re.compile(r"(\\\((?:(?!\\\)).)*?\\\))((?:[.,;!?)]|:(?!:))+)", re.S)


def keep_punctuation(html: str) -> str:
    """Glue inline math to the punctuation after it, so a line never starts with ``.`` or ``,``.

    MathJax turns ``\\( … \\)`` into an inline box the browser may break after;
    a ``nobr`` span around formula and punctuation keeps them on one line.
    """
    return _MATH_THEN_PUNCT.sub(r'<span class="nobr">\1\2</span>', html)


def _space_braces(tex: str) -> str:
    while "}}" in tex:
        tex = tex.replace("}}", "} }")
    while "::" in tex:
        tex = tex.replace("::", ": :")
    return tex


def protect_cloze_math(text: str) -> str:
    """Space ``}}`` and ``::`` inside every math span so a cloze cannot end (or split) there."""
    return MATH.sub(lambda m: _space_braces(m.group(0)), text)


CLOZE = re.compile(r"\{\{c\d+::(?P<text>.*?)(?:::(?P<hint>.*?))?\}\}", re.S)


def cloze_question(cloze: str) -> str:
    """The cloze text with every deletion shown as ``[…]`` (math-aware)."""
    return CLOZE.sub("[…]", protect_cloze_math(cloze))


def cloze_plain(cloze: str) -> str:
    """The cloze text with the deletions filled in (for lint and search)."""
    return CLOZE.sub(lambda m: m.group("text"), protect_cloze_math(cloze))
