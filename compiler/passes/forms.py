"""Form headings: a heading that names only the form of the exercises under it (``Part B: Multiple choice``, ``Short
answer``, ``Review questions``, ``Preguntas de repaso``, ``Exercices``) says nothing of their subject. As a card's whole
section it was the context line over the question, its section tag and its group on the cheat sheet, so every worksheet
of a collection filed its cards under ``Part A …`` (trial40 T40-8). This pass puts the document's title before such a
section (``Cell Structure Worksheet › Part B: Multiple choice``): the subject first, the part kept (a key given per
part, a part's tag and its group stay), unless the title is only the file's name (no subject either: trial39 T39-7).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from compiler.model import Item, normalize_text
from compiler.passes.notes import document_title

_PART = r"(?:part|section|parte|partie|teil|sección|seccion|apartado|abschnitt)\s+(?:[a-z]|\d{1,2}|[ivx]{1,4})\b"
_FORM = (
    r"fill[\s-]+in[\s-]+the[\s-]+blanks?|multiple[\s-]+choice(?:\s+questions)?|short[\s-]+answers?(?:\s+questions)?"
    r"|long[\s-]+answers?(?:\s+questions)?|true\s+(?:or|/)\s+false|matching|(?:review|practice|study|open(?:[\s-]+ended)?)\s+questions|questions"
    r"|exercises|problems|preguntas(?:\s+de\s+(?:repaso|estudio)|\s+abiertas)?|ejercicios|actividades|verdadero\s+o\s+falso"
    r"|opci[oó]n\s+m[uú]ltiple|respuesta\s+corta|completa(?:r)?\s+(?:los\s+)?(?:espacios|huecos)(?:\s+en\s+blanco)?"
    r"|questions\s+(?:de\s+(?:r[ée]vision|cours)|ouvertes)|exercices|vrai\s+ou\s+faux|qcm|questions\s+[àa]\s+choix\s+multiples?"
    r"|(?:wiederholungs|übungs|verständnis)?fragen|offene\s+fragen|übungen|aufgaben|richtig\s+oder\s+falsch|lückentext"
    r"|quest[õo]es(?:\s+de\s+revis[ãa]o)?|exerc[íi]cios|verdadeiro\s+ou\s+falso"
    r"|vero\s+o\s+falso|domande(?:\s+di\s+ripasso|\s+aperte)?|esercizi|scelta\s+multipla|risposta\s+aperta|perguntas(?:\s+abertas)?"
)
# the whole heading: a part's label, its form, or the two ('Part B: Multiple choice', 'Part C', 'Preguntas de repaso')
FORM_HEADING = re.compile(rf"(?i)^\W*(?:{_PART}\W*(?:{_FORM})?|(?:{_PART}\W+)?(?:{_FORM}))\W*$")


def form_heading(text: str) -> bool:
    """Whether a heading names only the form of its exercises ('Part B: Multiple choice', 'Review questions'), no subject."""
    return bool(FORM_HEADING.match(text.strip()))


# a title that is an exercise's own label and instruction ('Exercise 1 – Translate into English'): no subject either
_EXERCISE_TITLE = re.compile(r"(?i)^\W*(?:exercises?|exercices?|ejercicios?|exerc[íi]cios?|übung(?:en)?|aufgaben?|tasks?|activit(?:y|ies)|actividad(?:es)?)\s*\d")


def _title(item: Item, titles: Mapping[str, str]) -> str:
    """The item's document title, unless it is only the file's name, a form heading itself or an exercise's label."""
    title = document_title(item, titles)
    return "" if form_heading(title) or _EXERCISE_TITLE.match(title) else title


def run(items: list[Item], titles: Mapping[str, str]) -> list[Item]:
    """``items`` whose section names only exercise forms, with their document's title before it."""
    out: list[Item] = []
    for item in items:
        if not item.section or not all(form_heading(part) for part in item.section):
            out.append(item)
            continue
        title = _title(item, titles)
        if not title or any(normalize_text(title) == normalize_text(part) for part in item.section):
            out.append(item)
            continue
        out.append(item.model_copy(update={"section": [title, *item.section]}))
    return out
