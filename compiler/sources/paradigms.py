"""An inflection grid: a verb's conjugation or a noun's declension as a course prints it (trial34 T34-6), the persons or
cases down the first column, a word per column across (``| Pronombre | hablar | comer | vivir |`` / ``| yo | hablo |
como | vivo |``). Read a row per card, its first cell the front, it made cards that ask "yo" and answer every verb's form
at once: nothing a learner can answer.

:func:`paradigm_grid` tells such a table by its shape: three rows or more and two word columns or more, every cell a
form of a word or two, nothing that asks, and either the first column named as persons or cases (``Pronombre``,
``Person``, ``Kasus``, ``Падеж`` …) or the forms in most cells sharing their column's word's first letters (``hablar``
-> ``hablo``, ``стол`` -> ``стола``); or written a word per row, the persons across (:func:`persons_across`). :func:`grid_cards` makes it a card per form: ``hablar — yo`` -> ``hablo``, under the heading over the grid (its tense).
"""

from __future__ import annotations

import re
import unicodedata

GRID_ROWS_MIN = 3  # persons or cases down the side
GRID_WORDS_MIN = 2  # words across
CELL_WORDS_MAX = 3  # a form is a word or two ('he hablado', 'des Tisches')
STEM_LETTERS = 2  # the first letters a form shares with its word ('habl-', 'com-')
STEM_SHARE = 0.6  # … in this share of the cells, when the first column's name says nothing
# the first column's name when it lists persons, pronouns or cases, in the languages deckc reads
_SIDE_NAME = re.compile(
    r"^(?i:pronouns?|persons?|pronombres?|personas?|pronoms?|personnes?|pronomen|personen|personalpronomen|pronomi|persone|"
    r"pronomes|pessoas|cases?|casos?|cas|kasus|fall|fälle|падеж|падежи|лицо|местоимения?|przypadek|osoba|zaimek|"
    r"人称|代词|代名詞|格|인칭|대명사|격|şahıs|zamir|hâl)$"
)
_ASKS = re.compile(r"[?？¿]")
_LETTER = re.compile(r"[^\W\d_]")  # a form is written in letters; a number is a value
_NOT_A_WORD = re.compile(r"[()=<>*/+\[\]{}_]")  # a column named by code ('count(reading)', 'avg_x'), no word to inflect


def _folded(text: str) -> str:
    """``text`` lower case without its accents: 'Habláis' and 'hablar' share 'habl'."""
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def _words(cell: str) -> int:
    return len(cell.split())


def paradigm_grid(head: list[str], body: list[list[str]]) -> bool:
    """Whether a table (its header cells, its rows' cells) is an inflection grid, read a card per form: the persons
    down its side, or across its header (:func:`persons_across`), or one word's forms by person and number
    (:func:`numbers_across`)."""
    return _persons_down(head, body) or persons_across(head, body) or numbers_across(head, body)


# a column named by a grammatical number ('| | singular | plural |', '| | Singular | Plural |')
_NUMBER_NAME = re.compile(
    r"^(?i:singular|plural|dual|sing?\.?|sg\.?|pl\.?|singulier|pluriel|singolare|plurale|единственное(?: число)?|"
    r"множественное(?: число)?|ед\.? ?ч\.?|мн\.? ?ч\.?|liczba pojedyncza|liczba mnoga|单数|复数|単数|複数|단수|복수|tekil|çoğul)$"
)
# a row named by a person or a case ('1st', 'first person', '3.', 'Nominative', 'Gen.')
_PERSON_OR_CASE = re.compile(
    r"^(?i:(?:[123](?:st|nd|rd|ª|º|\.)?|first|second|third|1re|2e|3e|erste|zweite|dritte)(?:\s+(?:person|pers\.?|persona|personne|person))?|"
    r"nom(?:inative?|inativ|inativo)?\.?|acc(?:usative)?\.?|akk(?:usativ)?\.?|gen(?:itive?|itiv)?\.?|dat(?:ive?|iv)?\.?|abl(?:ative)?\.?|"
    r"voc(?:ative)?\.?|loc(?:ative)?\.?|ins(?:trumental)?\.?|именительный|родительный|дательный|винительный|творительный|"
    r"предложный)$"
)


def numbers_across(head: list[str], body: list[list[str]]) -> bool:
    """One word's forms by person (or case) and number, its header's first cell empty, the word named by the heading
    over it (``## tener (to have)`` / ``| | singular | plural |`` / ``| 1st | tengo | tenemos |``; sitting 49: read a
    row per card, 'tengo' asked and '1st plural: tenemos' the answer): every column after the first named by a number,
    every row by a person or a case."""
    if head[:1] != [""] or not _forms_table(head, body, rows_min=GRID_ROWS_MIN, columns_min=GRID_WORDS_MIN):
        return False
    return all(_NUMBER_NAME.match(w.strip("*_ ")) for w in head[1:]) and all(_PERSON_OR_CASE.match(cells[0].strip("*_ ")) for cells in body)


# the first column's name when it lists the words whose forms the row gives ('| Infinitivo | yo | tú | él |')
_WORD_SIDE = re.compile(
    r"^(?i:infinitives?|infinitivo|infinitif|infinitiv|infinito|verbs?|verbos?|verbes?|verben|verbi|nouns?|sustantivos?|"
    r"noms?|substantive?|nomen|sostantivi|глагол|инфинитив|動詞|动词|동사)$"
)
# personal pronouns a header names its columns by ('| Verb | I | you | he/she |', '| Infinitivo | yo | tú | él/ella |')
_PRONOUN = re.compile(
    r"^(?i:i|you|he|she|it|we|they|he/she(?:/it)?|yo|tú|tu|él|ella|él/ella(?:/usted)?|usted|nosotros|nosotras|vosotros|"
    r"vosotras|ellos|ellas|ellos/ellas(?:/ustedes)?|ustedes|je|j'|il|elle|il/elle(?:/on)?|on|nous|vous|ils|elles|ils/elles|"
    r"ich|du|er|sie|es|er/sie/es|wir|ihr|sie/sie|io|lui|lei|lui/lei|noi|voi|loro|eu|ele|ela|ele/ela|nós|vós|eles|elas|"
    r"я|ты|он|она|он/она|мы|вы|они)$"
)
PRONOUNS_MIN = 3  # columns named by pronouns that make a header a grid's persons


def persons_across(head: list[str], body: list[list[str]]) -> bool:
    """An inflection grid written a word per row, the persons across its header (``| Infinitivo | yo | tú | él/ella |``
    / ``| comer | como | comes | come |``; sitting 46: "text outside any question", no card): the first column named
    as the words, or three columns named by pronouns, or the forms in most cells sharing their row's word's first
    letters; two rows or more, every cell a form of a word or two."""
    if not _forms_table(head, body, rows_min=GRID_WORDS_MIN, columns_min=PRONOUNS_MIN):
        return False
    if any(_NOT_A_WORD.search(w.replace("/", "")) for w in head[1:]) or any(not _LETTER.search(c) for cells in body for c in cells):
        return False  # ('él/ella', 'he/she': one person's pronouns)
    if _WORD_SIDE.match(head[0].strip()) or sum(1 for w in head[1:] if _PRONOUN.match(w.strip().strip("*_ "))) >= PRONOUNS_MIN:
        return True
    shared = sum(1 for cells in body for c in cells[1:] if _folded(c).split()[-1].startswith(_folded(cells[0])[:STEM_LETTERS]))
    return shared >= STEM_SHARE * len(body) * (len(head) - 1)


def _persons_down(head: list[str], body: list[list[str]]) -> bool:
    """The persons or cases down the first column, a word per column across (the module's first shape)."""
    if not _forms_table(head, body, rows_min=GRID_ROWS_MIN, columns_min=GRID_WORDS_MIN):
        return False
    words = head[1:]
    if any(_NOT_A_WORD.search(w) for w in words) or any(not _LETTER.search(c) for cells in body for c in cells[1:]):
        return False  # ('count(reading)' over '2', '8.81': a query's result, values, never forms of a word: trial46 T46-6)
    if _SIDE_NAME.match(head[0].strip()):
        return True
    stems = [_folded(w)[:STEM_LETTERS] for w in words]
    shared = sum(1 for cells in body for k, c in enumerate(cells[1:]) if _folded(c).split()[-1].startswith(stems[k]))
    return shared >= STEM_SHARE * len(body) * len(words)


def _forms_table(head: list[str], body: list[list[str]], rows_min: int, columns_min: int) -> bool:
    """What both shapes of grid share: ``rows_min`` rows and ``columns_min`` columns after the first or more, every row
    as wide as the header, every cell (and header cell after the first) a word or two that asks nothing, no column
    name and no row's first cell twice (a word or a person twice: no grid of forms)."""
    if len(head) < columns_min + 1 or len(body) < rows_min or any(len(cells) != len(head) for cells in body):
        return False
    if any(not c or _words(c) > CELL_WORDS_MAX or _ASKS.search(c) for c in [*head[1:], *(c for cells in body for c in cells)]):
        return False
    return len({_folded(w) for w in head[1:]}) == len(head) - 1 and len({_folded(cells[0]) for cells in body}) == len(body)


def grid_cards(head: list[str], body: list[tuple[int, list[str]]], title: str = "") -> list[tuple[int, str, list[str]]]:
    """A card per form of an inflection grid, at its row's line, word by word: ``(line, 'hablar — yo (Presente)',
    ['hablo'])``, the grid's ``title`` (the heading over it: its tense, its mood) in brackets after the person."""
    said = f" ({title})" if title else ""
    if numbers_across(head, [cells for _, cells in body]):  # ('tener (to have) — 1st singular' -> 'tengo')
        return [(line, f"{title} — {cells[0]} {head[k]}" if title else f"{cells[0]} {head[k]}", [cells[k]]) for k in range(1, len(head)) for line, cells in body]
    if not _persons_down(head, [cells for _, cells in body]):  # (a word per row, the persons across: word by word too)
        return [(line, f"{cells[0]} — {head[k]}{said}", [cells[k]]) for line, cells in body for k in range(1, len(head))]
    return [(line, f"{head[k]} — {cells[0]}{said}", [cells[k]]) for k in range(1, len(head)) for line, cells in body]
