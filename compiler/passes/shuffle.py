"""Options put in an order of their own when a document keys every question to one letter (lead G2).

Generated question banks often put the right answer first ("the importer shuffles"): studied as written,
every card's answer is A and a learner learns the letter, not the answer. When every multiple-choice
question of a source (five or more, one right option each; three or more when that is each one's first
option) is keyed to the same letter, the options of
each are shuffled, the same way every build (a permutation seeded by the question's identity, so GUIDs and
the order stay put across rebuilds), and the build says so once. ``shuffle = false`` in the source's
``[[source]]`` table keeps the document's order; ``shuffle = true`` shuffles every multiple-choice question
of it whatever its keys.

A question is left in its order when its order means something: an option that names others by place
("All of the above", "Both A and B", "Ninguna de las anteriores") or an explanation that names an option
by its letter ("Option B is wrong because …"), which a new order would make false.

Runs after the overrides, so an override's ``correct = "B"`` means the document's B.
"""

from __future__ import annotations

import hashlib
import random
import re

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import Item, ItemKind
from compiler.sources.converted import GIFT_SUFFIXES, MOODLE_SUFFIXES

MIN_ITEMS = 5  # fewer questions keyed alike say little (four of four at A happens by chance once in 64)
# every question keyed to its first option: three of three happen by chance once in 64 too, and a bank whose
# template has a "Correct Answer" column before the wrong ones (Gimkit, Kahoot) writes it so (T27-18)
MIN_FIRST = 3
# an option that points at other options by their place or letter
_POSITIONAL = re.compile(
    r"(?i:\b(?:all|none|both|neither)\s+(?:of\s+)?(?:the\s+)?(?:above|these|them|previous|preceding|others)\b"
    r"|\b(?:todas|ninguna|ambas|todos|ninguno|ambos|nenhuma|nenhum)\s+(?:de\s+|das\s+|dos\s+)?(?:las\s+|los\s+|as\s+|os\s+)?anteriores\b"
    r"|\b(?:toutes|aucune)\s+(?:les\s+)?(?:réponses\s+)?(?:ci-dessus|précédentes)\b"
    r"|\b(?:alle|keine)\s+(?:der\s+)?(?:oben|genannten|vorherigen)\b)"
    r"|(?<![\w'])[A-F]\s*(?:,\s*[A-F]\s*)*(?i:and|&|y|e|et|und|or|o|ou|oder)\s+[A-F](?![\w'])"  # 'A and B' (capitals only)
)
# an explanation naming an option by its letter: 'option B', 'answer (C)', '(D) is wrong', 'respuesta A'
_LETTER_REF = re.compile(
    r"(?i:\b(?:option|answer|choice|alternative|opci[oó]n|respuesta|r[ée]ponse|antwort|alternativa|letra|resposta)s?)\s*[(\[]?[A-F](?![\w'])"
    r"|(?<![\w'])[(\[][A-F][)\]](?!\w)|(?:^|\s)[A-F]\)\s"
)


# files of a quiz an LMS exported: the order of their options is the export's, the LMS shuffles them when it shows them
_LMS_ORDER = (*GIFT_SUFFIXES, *MOODLE_SUFFIXES)


def _file(item: Item) -> str:
    """The item's file name, in lower case."""
    return item.locator.file.lower()


def run(items: list[Item], sources: dict[str, SourceConfig], diag: Diagnostics) -> list[Item]:
    """The items with the options of the sources that need it shuffled (see the module docstring)."""
    quizzes: dict[str, list[int]] = {}
    for n, item in enumerate(items):
        if item.kind is ItemKind.multiple_choice and not item.skip and item.correct_labels:
            quizzes.setdefault(item.source, []).append(n)
    out = list(items)
    for source_id, at in quizzes.items():
        src = sources.get(source_id)
        setting = src.shuffle if src is not None else None
        if setting is False:
            continue
        keys = {items[n].correct for n in at}
        alike = len(keys) == 1 and len(items[at[0]].correct_labels) == 1
        at_first = all(items[n].choices and items[n].correct == items[n].choices[0].label for n in at)
        if setting is None and not (alike and (len(at) >= MIN_ITEMS or (at_first and len(at) >= MIN_FIRST))):
            continue
        kept = 0
        for n in at:
            shuffled = _shuffled(items[n])
            kept += shuffled is None
            out[n] = shuffled or items[n]
        if setting is None and not kept and _file(items[at[0]]).endswith(_LMS_ORDER):
            continue  # (a quiz an LMS exported, GIFT or Moodle XML, writes the right answer first and the LMS shuffles: the
            # learner has nothing to do about it, said on every build it was noise; trial41 T41-13)
        if setting is None:
            first = items[at[0]]
            letter = first.correct
            diag.warning(
                first.locator.file,
                None,
                f"every one of its {len(at)} multiple-choice questions has its right answer at {letter!r}: "
                "their options are shuffled on the cards (the same order every build)"
                + (f"; {kept} left in order (an option names others by place, or the explanation names one by letter)" if kept else ""),
                "to keep the document's order, set shuffle = false in its [[source]] table of deck.toml",
                group=f"shuffled:{source_id}",
            )
    return out


def _shuffled(item: Item) -> Item | None:
    """The item with its options in their own order, or None when its order means something."""
    if any(_POSITIONAL.search(c.text) for c in item.choices) or _LETTER_REF.search(item.answer_plain()):
        return None
    order = list(range(len(item.choices)))
    seed = int.from_bytes(hashlib.sha256(f"shuffle\0{item.anchor}".encode()).digest()[:8], "big")
    random.Random(seed).shuffle(order)
    labels = [c.label for c in item.choices]
    # (the page's own labels, '③', go: they would name other options in the new order)
    moved = [item.choices[k].model_copy(update={"label": labels[place], "mark": ""}) for place, k in enumerate(order)]
    new_label = {item.choices[k].label: labels[place] for place, k in enumerate(order)}
    correct = ",".join(sorted((new_label[c] for c in item.correct_labels), key=labels.index))
    return item.model_copy(update={"choices": moved, "correct": correct})
