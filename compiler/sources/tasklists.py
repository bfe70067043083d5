"""Lists under a statement heading that teach nothing on a card (lead G6): course pages frame their questions
with sections such as::

    ### Learning Objectives
    - Understand the basic definition of neural networks.
    ### Activities
    - Write a brief paragraph explaining why neural networks matter.
    ### Discussion Questions
    - How do neural networks compare to traditional algorithms?

Read as notes (a page that states topics in its headings), each became a card whose back is the list: the
learner was asked "Learning Objectives" and shown what the course means to teach, or a list of questions with
no answers.  :func:`unlearnable` says why such a heading is no card: a heading naming the page's furniture
(objectives, outcomes, activities, assignments, homework, discussion or reflection prompts, prerequisites, an
agenda; in a few languages) over nothing but lists, or any statement heading over lists whose every entry asks.
The reader lists the heading as skipped with that reason, so the manifest still accounts for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from compiler.sources.markdown_blocks import TopBlock, plain_inline

_FURNITURE = re.compile(
    r"^(?:\d+(?:\.\d+)*[.)]?\s+)?[\W_]{0,3}\s*(?i:"
    r"(?:(?:key|main|learning|lesson|course|session|unit|module|chapter|week(?:ly)?)\s+)?(?:objectives?|outcomes?|goals?|aims?)"
    r"|what\s+you(?:'ll|’ll|\s+will)\s+learn|by\s+the\s+end\s+of\s+this\s+\w+"
    r"|(?:(?:class|in-class|group|learning|suggested|practice|hands-on)\s+)?activit(?:y|ies)"
    r"|assignments?|homework|(?:group\s+)?discussions?(?:\s+(?:questions?|prompts?|topics?|points?))?"
    r"|reflections?(?:\s+(?:questions?|prompts?))?|questions?\s+for\s+(?:discussion|reflection)|think\s+about\s+it"
    r"|prerequisites?|agenda"
    r"|lernziele|ziele|aufträge|objectifs(?:\s+d['’]apprentissage)?|activités|objetivos(?:\s+de\s+aprendizaje)?"
    r"|actividades|obiettivi(?:\s+di\s+apprendimento)?|attività|цели(?:\s+(?:обучения|урока))?|задания\s+для\s+обсуждения"
    r"|学习目标|学習目標|教学目标|目标|讨论题?|討論"
    r")\s*[:：]?$"
)
_ASKS = ("?", "？")
_LIST_TOKENS = frozenset(
    ("bullet_list_open", "bullet_list_close", "ordered_list_open", "ordered_list_close", "list_item_open", "list_item_close",
     "paragraph_open", "paragraph_close", "inline")
)  # fmt: skip


def _entries(blocks: Sequence[TopBlock]) -> list[str] | None:
    """The texts of the list entries that make up ``blocks`` (one lead-in paragraph ending in ':' allowed), or None
    when they hold anything else: a paragraph of text, code, a table, an image."""
    entries: list[str] = []
    for k, block in enumerate(blocks):
        if block.type == "hr" or (block.type == "html_block" and not block.tokens[0].content.strip()):
            continue
        if block.type == "paragraph_open" and k == 0 and len(blocks) > 1:
            if plain_inline(block.tokens[1].children or []).rstrip().endswith((":", "：")):
                continue  # 'After this lesson you will be able to:'
            return None
        if block.type not in ("bullet_list_open", "ordered_list_open"):
            return None
        if any(
            t.type not in _LIST_TOKENS
            or (t.type == "inline" and any(c.type == "image" for c in t.children or []))
            for t in block.tokens
        ):
            return None
        entries += [plain_inline(t.children or []).strip() for t in block.tokens if t.type == "inline"]
    return [e for e in entries if e] or None


def unlearnable(heading: str, blocks: Sequence[TopBlock]) -> str:
    """What the list under a statement heading holds when it is no card ('' when it is one): the course's
    furniture, or questions none of which is answered."""
    entries = _entries(blocks)
    if entries is None:
        return ""
    if _FURNITURE.match(heading.strip()):
        return "the course's objectives, tasks or prompts"
    if len(entries) >= 2 and all(e.rstrip(" *_").endswith(_ASKS) for e in entries):
        return "questions without answers"
    return ""
