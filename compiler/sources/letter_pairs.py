"""One-letter question and answer labels in other languages (trial15 T15-38): FAQ pages translated from an English
``Q:`` / ``A:`` page keep the translated letters — Dutch ``#### V: Wat is …?`` / ``A: …`` (vraag, antwoord), German
``F:`` / ``A:``, Spanish ``P:`` / ``R:``, Italian ``D:`` / ``R:``, Russian ``В:`` / ``О:``. Only ``Q:`` / ``A:`` were
read as labels, so every front kept its ``V:`` and the backs their ``R:``. This line-kept rewrite writes the page's
own pair as ``Q:`` / ``A:`` when it is a known pair of a language's words and every such question line is answered
by a line of the other letter right under it (two pairs at least: one line ``D: …`` is no page of labels).
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# (question letter, answer letter): de Frage/Antwort, nl vraag/antwoord, es pregunta/respuesta, pt pergunta/resposta,
# it domanda/risposta, fr demande/réponse, pl pytanie/odpowiedź, ru вопрос/ответ, uk питання/відповідь, sv fråga/svar,
# fi kysymys/vastaus, hu kérdés/válasz; tr soru/cevap, ar سؤال/جواب, he שאלה/תשובה
PAIRS = frozenset(
    {
        ("F", "A"),
        ("V", "A"),
        ("P", "R"),
        ("D", "R"),
        ("P", "O"),
        ("В", "О"),
        ("П", "В"),
        ("F", "S"),
        ("K", "V"),
        ("S", "C"),  # tr soru/cevap (trial25 T25-26)
        ("س", "ج"),  # ar سؤال/جواب
        ("ש", "ת"),  # he שאלה/תשובה
    }
)
# (a number after the letter, Arabic-Indic too: '**س١: …؟**' / 'ج: …', trial28 T28-61: the labels stayed on the cards)
_LABELLED = re.compile(
    r"^(?P<lead>\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?)(?P<letter>[A-ZА-ЯЁسجשת])(?P<n>\s*[\d٠-٩۰-۹]{1,4})?(?P<colon>\s*[:：](?:\*\*|__)?)(?=\s+\S)"
)
PAIRS_MIN = 2  # question lines answered right under them that make the letters the page's labels


def letter_pairs(lines: list[str]) -> list[str]:
    """``lines`` with the page's one-letter label pair written ``Q:`` / ``A:`` (the list itself when it has none)."""
    fenced = list(in_fence(lines))
    found: list[tuple[int, int]] = []  # (question line, answer line)
    for k, line in enumerate(lines):
        m = _LABELLED.match(line) if not fenced[k] else None
        if m is None:
            continue
        below = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        a = _LABELLED.match(lines[below]) if below is not None and not fenced[below] else None
        if a is not None and (m.group("letter"), a.group("letter")) in PAIRS:
            found.append((k, below))  # type: ignore[arg-type]
    pairs = {
        (
            lines[q][_LABELLED.match(lines[q]).start("letter")],
            lines[a][_LABELLED.match(lines[a]).start("letter")],
        )
        for q, a in found
    }  # type: ignore[union-attr]
    if len(found) < PAIRS_MIN or len(pairs) != 1:
        return lines
    asked = {q for q, _ in found}
    if any(a in asked for _, a in found):
        return lines  # (a line both asked and answering: a transcript, not questions and answers)
    out = list(lines)
    for q, a in found:
        for k, word in ((q, "Q"), (a, "A")):
            m = _LABELLED.match(out[k])
            assert m is not None
            out[k] = f"{m.group('lead')}{word}{_number(m)}{m.group('colon')}{out[k][m.end() :]}"
    (letter, _), = pairs
    for k, line in enumerate(lines):  # (a question of the page's letter left unanswered: a question all the same, so the
        m = _LABELLED.match(line) if not fenced[k] and k not in asked else None  # reader warns 'no answer', never glues it
        if m is not None and m.group("letter") == letter and line.rstrip().endswith(("?", "？", "؟")):  # onto the answer above)
            out[k] = f"{m.group('lead')}Q{_number(m)}{m.group('colon')}{line[m.end() :]}"
    return out


def _number(m: re.Match[str]) -> str:
    """The label's number in ASCII digits ('١' -> '1'), "" when it has none."""
    return str(int(m.group("n"))) if m.group("n") else ""


# 'Q1 - What is a compiler?' / 'A1 - A program …': numbered labels written with a dash (trial25 T25-57)
_DASHED = re.compile(r"^(?P<lead>\s{0,3})(?P<label>[QqAa])(?P<n>\d{1,4})[ \t]+[-–—][ \t]+(?=\S)")


def dash_labels(lines: list[str]) -> list[str]:
    """``lines`` with each ``Q<n> - …`` right over its ``A<n> - …`` written ``Q<n>: …`` / ``A<n>: …``, the labels every
    reader takes off the card, when at least :data:`PAIRS_MIN` pairs are so (a title ``Q1 — Cache invalidation`` with
    no answer of its number under it stays as written); the list itself otherwise."""
    fenced = list(in_fence(lines))
    found: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        m = _DASHED.match(line) if not fenced[k] else None
        if m is None or m.group("label") not in "Qq":
            continue
        below = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        a = _DASHED.match(lines[below]) if below is not None and not fenced[below] else None
        if a is not None and a.group("label") in "Aa" and a.group("n") == m.group("n"):
            found.append((k, below))  # type: ignore[arg-type]
    if len(found) < PAIRS_MIN:
        return lines
    out = list(lines)
    for q, a in found:
        for k in (q, a):
            m = _DASHED.match(out[k])
            assert m is not None
            out[k] = f"{m.group('lead')}{m.group('label')}{m.group('n')}: {out[k][m.end() :]}"
    return out

