"""The CSV backend: a tab-separated file Anki's import dialog maps by itself.

The header lines tell Anki the separator, that fields are HTML, and which
columns hold the GUID, note type, deck and tags, so nothing has to be mapped
by hand and a re-import updates notes by GUID.  Rows use Anki's stock
"Basic", "Basic (and reversed card)" and "Cloze" note types, which every collection has, so the file
imports into a fresh collection too; card details (options, sources,
difficulty) are folded into the Back / Back Extra field.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from compiler.model import Deck, ItemKind, Note
from compiler.notetypes import BASIC_REVERSED

FORMAT = "csv"
STOCK_BASIC = "Basic"
STOCK_CLOZE = "Cloze"
STOCK_REVERSED = "Basic (and reversed card)"


def filename(deck: Deck) -> str:
    return f"{deck.basename}.csv"


def _meta_html(note: Note) -> str:
    f = note.fields
    diff = f'<span class="difficulty {f["Difficulty"]}">{f["Difficulty"]}</span> ' if f["Difficulty"] else ""
    return f'<div class="meta">{diff}<span class="section">{f["Section"]}</span><div class="sources">{f["Sources"]}</div></div>'


_OPTION_LIST = re.compile(r"</?ol>")
_OPTION_ITEM = re.compile(r"<li( class=\"correct\")?>(.*?)</li>", re.S)


def plain_options(options: str) -> str:
    """The options as one line each ('A) Lydia'): the stock note types have no deckc CSS, and a bare ``<ol>``
    would number the lettered options ('1. A) Lydia', learner L21). The right one is not marked on the front."""
    return _OPTION_ITEM.sub(r"<div>\2</div>", _OPTION_LIST.sub("", options))


def row_fields(note: Note) -> tuple[str, list[str]]:
    """The stock note type and its two fields for one note."""
    f = note.fields
    if note.kind is ItemKind.cloze:
        return STOCK_CLOZE, [f["Text"], f["Extra"] + _meta_html(note)]
    if note.kind is ItemKind.multiple_choice:
        front = f'{f["Question"]}<div class="options">{plain_options(f["Options"])}</div>'
        back = f'<div class="correct">{f["Correct"]}</div>{f["Explanation"]}' + _meta_html(note)
        return STOCK_BASIC, [front, back]
    if note.notetype == BASIC_REVERSED.name:  # the back is the reverse card's front: the answer alone
        return STOCK_REVERSED, [f["Question"], f["Answer"]]
    back = f["Answer"] + (f'<div class="also">{f["Also"]}</div>' if f["Also"] else "") + _meta_html(note)
    return STOCK_BASIC, [f["Question"], back]


def render(deck: Deck) -> str:
    out = io.StringIO()
    out.write("#separator:tab\n#html:true\n")
    out.write("#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:4\n")
    out.write("#columns:GUID\tNotetype\tDeck\tTags\tFront/Text\tBack/Extra\n")
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    for note in deck.notes:
        notetype, fields = row_fields(note)
        row = [note.guid, notetype, deck.name, " ".join(note.tags), *fields]
        if note.guid.startswith("#"):
            # Anki's importer reads any line that starts with # as a comment and drops the note
            # (genanki GUIDs start with # about once in 90); a quoted field is read as data.
            out.write(_quoted(note.guid) + "\t")
            row = row[1:]
        writer.writerow(row)
    return out.getvalue()


def _quoted(field: str) -> str:
    return '"' + field.replace('"', '""') + '"'


def write(deck: Deck, path: Path) -> None:
    path.write_text(render(deck), encoding="utf-8", newline="")
