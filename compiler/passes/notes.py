"""Notes pass: turn each group of merged items into one :class:`Note`.

Decides the GUID (from a stable anchor, never from the answer or a line
number) and fills the frozen note type's fields.

For a merged group (items arrive in source order: deck.toml order, then line):

- **Front**: an open-recall item (a plain question, then a cloze) beats a
  multiple-choice item, so no recall question ever hides behind a quiz: a
  quiz merged into a recall note is folded in as one of the other answers
  (its question, its options on one line and its correct option shown), and
  a group of quizzes only stays a quiz (a folded quiz shows the same).  Among items of one kind, one phrased as a question (ending in
  "?") beats a telegraphic prompt; then an answer that stands on its own
  (its pictures there, not only links, not longer than a phone screen); then the source earliest in
  ``front_priority`` (content/dedupe.toml; default deck.toml order).  Its
  answer is the back: it answers exactly the question shown.
- **Published fronts are stable**: when the lock says an item of the group
  already fronts a published note, it keeps the front (and so the main
  answer) even if a newly added source would win by the rules above; the
  note records the item the rules would pick (``Note.front_rule``), which
  ``deckc diff`` and the build report as a proposed change.  The user opts
  in with ``[[front]]`` in decisions.toml (one note) or
  ``keep_published_fronts = false`` in dedupe.toml (all notes).  The kind
  rule is the one exception: a published quiz front gives way to an
  open-recall question (reported the same way), since a quiz must not
  swallow a recall question.
- **Back**: the front item's answer first, then every other item's answer in
  one collapsed ``<details>`` block ("More answers (N)", the same markup on
  every note type), so a back stays about one phone screen until the
  learner opens it.
- **GUID anchor**: the item with an explicit id if there is one, else the
  earliest item in source order, whichever question is on the front.  A new
  source appended to deck.toml that duplicates the note therefore never
  changes its GUID.  The note id and DeckcId field follow the anchor on
  a note's first build; a published note keeps the id it was published with
  (the lock pass sets it back, trial23 T23-39).
- ``Note.items``: the front item first, then the others in source order.
"""


from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from pathlib import PurePosixPath

from compiler import guid
from compiler.config import DeckConfig
from compiler.fold import answer_html
from compiler.model import Difficulty, Item, ItemKind, Note, normalize_text
from compiler.notetypes import for_item
from compiler.render import (
    WORDS_PER_SCREEN,
    blocks_html,
    cloze_html,
    correct_html,
    front_html,
    options_html,
    question_html,
    reading_length,
    text_html,
)


def anchor(item: Item) -> str:
    """The identity of an item: its explicit id, or its source plus normalized question."""
    if item.explicit_id:
        return f"id:{item.explicit_id}"
    return item.anchor


def guid_for(item: Item) -> str:
    return item.guid or guid.guid_for("deckc", anchor(item))  # an export's own GUID column wins


def attribution(item: Item, titles: dict[str, str]) -> str:
    title = item.origin or titles.get(item.source, item.source)
    return f"{title} #{item.number}" if item.number else title


def _sources_html(items: list[Item], titles: dict[str, str]) -> str:
    """Each source once ('regex', not 'regex · regex', when two items of one document merged: learner3 N30)."""
    return " · ".join(text_html(said) for said in dict.fromkeys(attribution(i, titles) for i in items))


def _also_html(items: list[Item], titles: dict[str, str], front: Item, wrap: bool = False) -> str:
    """The other sources' answers, collapsed under one summary line; ``wrap`` adds the ``also`` box
    (the basic note type's template has it already, the quiz and cloze fields do not).

    An answer whose question is worded otherwise than the front's comes under its own question
    (``.also-quiz``), so "Yes — it softens the targets" still reads as an answer to something.
    """
    parts = []
    asked = normalize_text(front.question)
    # an answer said already, word for word (the front's, or another source's above): the Sources line names
    # its document; repeating it under "1 more answer" only doubled the back (trial28 T28-50, trial29 T29-6:
    # numpy-100's two solution pages, one quiz kept as .docx and .pdf)
    said = {normalize_text(front.answer_plain())}
    for item in items:
        if item.kind is not ItemKind.multiple_choice and item.answer:
            plain = normalize_text(item.answer_plain())
            if plain in said or (front.kind is ItemKind.multiple_choice and lists_options(item, front)):
                continue  # (or only the front quiz's options again, unkeyed: T29-17)
            said.add(plain)
        if same_quiz(item, front):
            continue  # the same quiz, its options shuffled (a test's Group A and B): its source is on the Sources line (T30-34)
        body = blocks_html(item.answer) if item.answer else ""
        if item.kind is ItemKind.multiple_choice:
            # a folded quiz: its own question (so "Which of the following …?" still reads as a question), its
            # options as the quiz's back lists them, the correct one marked (✓, the card CSS's '.reveal'), then
            # its explanation; one ' · ' run of options was unreadable at 400 px (learner4 N37)
            body = (
                f'<p class="also-quiz">{question_html(item.question)}</p>'
                f'<div class="reveal also-options"><div class="options">{options_html(item)}</div></div>' + body
            )
        elif body and normalize_text(item.question) != asked:
            body = f'<p class="also-quiz">{question_html(item.question)}</p>' + body
        if not body:
            continue
        parts.append(
            f'<div class="also-item"><div class="also-source">Also in {text_html(attribution(item, titles))}</div>{body}</div>'
        )
    if not parts:
        return ""
    # the count only: each answer inside starts with "Also in <source>", and the Sources line names them all
    # (a summary naming every source ran to five lines on a phone)
    label = "1 more answer" if len(parts) == 1 else f"More answers ({len(parts)})"
    html = f'<details class="also-more"><summary>{label}</summary>{"".join(parts)}</details>'
    return f'<div class="also">{html}</div>' if wrap else html


_ORDER = [Difficulty.easy, Difficulty.medium, Difficulty.hard]


def difficulty_of(items: list[Item], labelled: set[str] | frozenset[str] = frozenset()) -> Difficulty | None:
    """The front item's level if its source labels items; else the hardest level a labelling source gives;
    else (only fixed defaults) the hardest default.

    Labels written per item are evidence about that question; a source-wide
    default is not, so it only decides when nothing else does.  When labels
    disagree the harder one wins: the card must not be filed as easier than
    some source thinks it is.
    """
    if items[0].difficulty and items[0].source in labelled:
        return items[0].difficulty
    explicit = [i.difficulty for i in items if i.difficulty and i.source in labelled]
    levels = explicit or [i.difficulty for i in items if i.difficulty]
    return max(levels, key=_ORDER.index) if levels else None


_KIND_RANK = {ItemKind.basic: 0, ItemKind.cloze: 1, ItemKind.multiple_choice: 2}


def source_rank(priority: list[str]) -> dict[str, int]:
    """Source id -> its place in the front priority (first mention counts); computed once per build."""
    rank: dict[str, int] = {}
    for source in priority:
        rank.setdefault(source, len(rank))
    return rank


def same_quiz(item: Item, front: Item) -> bool:
    """Two multiple-choice items asking the same question over the same options with the same right ones, in
    whatever order and lettering, with no explanation of its own: folding one under the other repeats a quiz whose
    'B)' is another option (trial30 T30-34)."""
    if item.kind is not ItemKind.multiple_choice or front.kind is not ItemKind.multiple_choice or item.answer:
        return False

    def shape(quiz: Item) -> tuple[str, frozenset[str], frozenset[str]]:
        right = set(quiz.correct_labels)
        return (
            normalize_text(quiz.question),
            frozenset(normalize_text(c.text) for c in quiz.choices),
            frozenset(normalize_text(c.text) for c in quiz.choices if c.label in right),
        )

    return shape(item) == shape(front)


def lists_options(recall: Item, quiz: Item) -> bool:
    """Whether a recall item's answer is nothing but the quiz's options (each of them, in order, with at most a
    label word between them): the same question copied without its key, so its 'answer' teaches nothing."""
    answer = normalize_text(recall.answer_plain()).split()
    pos = 0
    for choice in quiz.choices:
        words = normalize_text(choice.text).split()
        if not words:
            return False
        for start in range(pos, len(answer) - len(words) + 1):
            if answer[start : start + len(words)] == words and start - pos <= 2:
                pos = start + len(words)
                break
        else:
            return False
    return len(answer) - pos <= 2


def order_items(
    items: list[Item],
    priority: list[str] | Mapping[str, int],
    published: Mapping[str, Collection[str]] | None = None,
    chosen: set[str] | frozenset[str] = frozenset(),
) -> tuple[list[Item], Item, Item]:
    """(items with the front item first, the GUID anchor item, the item the rules alone would front).

    ``published``: item id fronting a note in the lock -> the item ids of that
    note (kept as front; when two published notes merge, the front of the one
    holding the GUID anchor stays, else of the one sharing most items);
    ``chosen``: item ids a ``[[front]]`` decision puts on the front.
    """
    published = published or {}
    rank = priority if isinstance(priority, Mapping) else source_rank(priority)
    position = {id(i): n for n, i in enumerate(items)}
    quizzes = [i for i in items if i.kind is ItemKind.multiple_choice]
    unkeyed = {id(i) for i in items if i.kind is ItemKind.basic and any(lists_options(i, q) for q in quizzes)}

    def key(i: Item) -> tuple[int, bool, bool, bool, bool, int, int]:
        return (
            # a recall item whose 'answer' is only the options of a quiz in the group is that quiz copied without
            # its key (a teacher's copy read as Basic): the keyed quiz fronts the note (trial29 T29-17)
            _KIND_RANK[ItemKind.multiple_choice] + 1 if id(i) in unkeyed else _KIND_RANK[i.kind],
            not i.question.rstrip().endswith("?"),  # a real question beats a telegraphic "Group Norm—in one sentence."
            # an answer that stands on its own beats one whose pictures are not there ('[image: alt text]') and one
            # longer than a phone screen: with no front_priority the files' order chose, and an interview page's
            # paragraph over two missing pictures fronted the learner's own one-line answer (trial40 T40-3)
            _lacks_pictures(i),
            # an answer that is only links to read elsewhere ('[Tuples vs Lists - Stack Overflow](…)') teaches nothing
            # on the card: another source's answer in words fronts the note (sitting 54: an interview bank's links)
            _links_only(i),
            reading_length(i.answer) > WORDS_PER_SCREEN,
            rank.get(i.source, len(rank)),
            position[id(i)],
        )

    ruled = min(items, key=key)
    anchor_item = next((i for i in items if i.explicit_id), items[0])
    front = next((i for i in items if i.item_id in chosen), None)
    if front is None:
        held = [i for i in items if i.item_id in published and _KIND_RANK[i.kind] == _KIND_RANK[ruled.kind]]
        ids = {i.item_id for i in items}

        def continuing(i: Item) -> tuple[bool, int, tuple[int, bool, int, int]]:
            # the front of the published note this note continues (its GUID anchor) stays
            return (anchor_item.item_id not in published[i.item_id], -len(ids & set(published[i.item_id])), key(i))

        front = min(held, key=continuing) if held else ruled
    return [front, *(i for i in items if i is not front)], anchor_item, ruled


_LINK = re.compile(r"<a\b[^>]*>.*?</a>|\[[^\]\n]*\]\([^)\s]+\)|<?https?://[^\s<>]+>?", re.S)
_TAGS = re.compile(r"<[^>]+>")


def _answer_texts(item: Item) -> list[str]:
    """The texts of the answer's blocks, a list's entries each."""
    return [t for b in item.answer for t in (b.items if b.items else [b.text])]


def _links_only(item: Item) -> bool:
    """The answer is links and nothing else that a learner reads: no word is left once they are taken out."""
    texts = _answer_texts(item)
    if not texts or not any(_LINK.search(t) for t in texts):
        return False
    return not any(re.search(r"\w", _TAGS.sub(" ", _LINK.sub(" ", t))) for t in texts)


def _lacks_pictures(item: Item) -> bool:
    """The answer shows a picture's place instead of the picture: one the build could not find, or one on the web
    (``[image: …]``, compiler.media)."""
    return any("[image" in t or "[picture not found]" in t for t in _answer_texts(item))


def _page_topic(item: Item, titles: dict[str, str], topical: Collection[tuple[str, str]] = ()) -> list[str]:
    """The document's title as the context of a heading that names no subject of its own ('Time complexity',
    'Introduction' of a cheat-sheet page, read as a card with no section above it): without it the front cannot say
    whose time complexity it asks (trial28 T28-13). A heading naming its subject ('Reword the previous commit
    message') or one under a section keeps its front as it was, unless another card of its document (``topical``:
    (source, origin) pairs, :func:`titled_pages`) shows the title: then it does too, whatever its kind, so a page's
    cards agree (sitting 41: 'la salle de bains' alone of a titled word list had no section, its 2-word neighbours
    had the title; sitting 44: a review sheet's questions under its '# Repaso: …' title had none, its true/false
    cards 'Repaso: … › Verdadero o falso')."""
    from compiler.pairscore import SPECIFIC_WORDS, states_only, subject_words
    from compiler.sourcefiles import SHEET_SUFFIXES

    if (item.source, item.origin) not in topical and (not states_only(item) or len(subject_words(item.question)) >= SPECIFIC_WORDS):
        return []
    if item.locator.file.lower().endswith(SHEET_SUFFIXES) and not item.origin:
        return []  # (a row of a word list is no heading: 'el perro' needs no 'es-vocab' over it, trial39 T39-7)
    title = document_title(item, titles)  # ('zh-hsk-header' over '你好': a file's name is no subject, T39-7)
    return [title] if title and not normalize_text(item.question).startswith(normalize_text(title)) else []


def titled_pages(items: list[Item], titles: dict[str, str]) -> set[tuple[str, str]]:
    """The documents ((source, origin) pairs) one of whose cards has the document's title in its section: a statement
    that names no subject (:func:`_page_topic`) or a section naming only the form of its exercises, titled by
    compiler.passes.forms (``Repaso: … › Verdadero o falso``). Every card of such a document with no section of its own
    shows the title too, whatever its kind: one rule for every kind of card on a page (sitting 44). A question that
    names no subject shows the title for itself (:func:`_subject_title`), no section of the page's."""
    found: set[tuple[str, str]] = set()
    for item in items:
        key = (item.source, item.origin)
        if key in found:
            continue
        if item.section:
            title = document_title(item, titles)
            if len(item.section) > 1 and title and normalize_text(item.section[0]) == normalize_text(title):
                found.add(key)
        elif _page_topic(item, titles):
            found.add(key)
    return found


def _section_line(item: Item, titles: dict[str, str], topical: Collection[tuple[str, str]], alike: Collection[str] = ()) -> list[str]:
    """The card's context line: the document's title before a question that names no subject (:func:`_subject_title`),
    then its sections, or the title alone over a card with no section where the page shows it (:func:`_page_topic`).
    ``alike``: the items whose front and context line another document's card shows too (:func:`alike_fronts`): the
    title goes first on theirs, the only words that tell them apart."""
    line = _own_section_line(item, titles, topical)
    title = _named(item, titles)
    if item.item_id in alike and item.section and title and not any(normalize_text(part) == normalize_text(title) for part in line):
        return [title, *line]
    return line


def _own_section_line(item: Item, titles: dict[str, str], topical: Collection[tuple[str, str]]) -> list[str]:
    """:func:`_section_line`, before the title that tells look-alike fronts of two documents apart."""
    subject = _subject_title(item, titles)
    if item.section and not subject and _generic_section(item, titles, topical):
        return [document_title(item, titles), *item.section]
    return [*subject, *(item.section or ([] if subject else _page_topic(item, titles, topical)))]


def _named(item: Item, titles: Mapping[str, str]) -> str:
    """The title of the item's document, its file's name if it has none of its own (what tells two pages apart)."""
    return (item.origin or titles.get(item.source, "")).strip()


def alike_fronts(groups: list[list[Item]], titles: dict[str, str], topical: Collection[tuple[str, str]]) -> set[str]:
    """The ids of the items with a section whose front and context line a card of another note shows too, from a
    document titled otherwise (``Irregular verbs › haber`` on a page '# Imperfect' and on '# Present', T60-6): the two
    cards differ by their pages' titles alone, which then go first on their context lines. (The items of one note,
    duplicates merged, are one card: never alike.)"""

    def key(item: Item) -> tuple[str, str]:
        return normalize_text(" › ".join(_own_section_line(item, titles, topical))), normalize_text(item.question)

    seen: dict[tuple[str, str], set[tuple[int, str]]] = {}
    for k, group in enumerate(groups):
        for item in group:
            if item.section and item.kind is not ItemKind.cloze and (title := _named(item, titles)):
                seen.setdefault(key(item), set()).add((k, normalize_text(title)))
    clash = {found for found, notes in seen.items() if len({k for k, _ in notes}) > 1 and len({t for _, t in notes}) > 1}
    return {item.item_id for group in groups for item in group if item.section and item.kind is not ItemKind.cloze and key(item) in clash}


GENERIC_SECTION_WORDS = 2  # content words from which a section names a subject ('Cell parts', 'TCP and UDP'; not 'Techniques')


def _generic_section(item: Item, titles: dict[str, str], topical: Collection[tuple[str, str]]) -> bool:
    """The item's outermost section names no subject of its own (one content word: 'Techniques', 'Examples') on a page whose cards show
    its title (``topical``, :func:`titled_pages`): its cards show the title over it too, as the page's top-level cards
    do ('Array cheatsheet › Techniques › Two pointers'; 'Techniques › Two pointers' of an array's and a linked list's
    cheat sheets were two fronts alike, each about its own page: sitting 51)."""
    from compiler.pairscore import subject_words

    if (item.source, item.origin) not in topical:
        return False
    title = document_title(item, titles)
    outer = item.section[0]
    return bool(title) and normalize_text(outer) != normalize_text(title) and not normalize_text(outer).startswith(
        normalize_text(title)
    ) and len(subject_words(outer)) < GENERIC_SECTION_WORDS


def document_title(item: Item, titles: Mapping[str, str]) -> str:
    """The title of the item's document (its own origin's, for a converted page), or "" when it is only the file's name
    (a sheet or a page with no title of its own): no subject a card gains from (trial39 T39-7: every word of a vocabulary
    list showed 'zh-hsk-header' above it)."""
    title = (item.origin or titles.get(item.source, "")).strip()
    return "" if normalize_text(title) == normalize_text(PurePosixPath(item.locator.file).stem) else title


def _subject_title(item: Item, titles: dict[str, str]) -> list[str]:
    """The document's title over the context line of a question that names no subject ('C'est quoi ?', 'What is it used
    for?' under '## Théorie' of a vault's note per tool): the title is the only place its subject is named, and without
    it the card cannot be answered (trial37 T37-14). Nothing when the section already names it."""
    from compiler.subjectless import names_no_subject

    if item.kind is ItemKind.cloze or not names_no_subject(item.question):
        return []
    title = (item.origin or titles.get(item.source, "")).strip()
    if not title or any(normalize_text(title) == normalize_text(part) for part in item.section):
        return []
    return [title]


def build_note(
    group: list[Item],
    titles: dict[str, str],
    priority: list[str] | Mapping[str, int] | None = None,
    labelled: set[str] | frozenset[str] = frozenset(),
    published: Mapping[str, Collection[str]] | None = None,
    chosen: set[str] | frozenset[str] = frozenset(),
    fold_over: int = 0,
    cloze_siblings: str = "show",
    topical: Collection[tuple[str, str]] = (),
    alike: Collection[str] = (),
) -> Note:
    """``fold_over``: an answer longer than this many words shows its lead and folds the rest
    (compiler/fold.py); 0 keeps every answer whole. ``cloze_siblings``: deck.toml's choice (render.cloze_html)."""
    items, anchor_item, ruled = order_items(group, priority or list(titles), published, chosen)
    primary = items[0]
    notetype = for_item(primary)
    difficulty = difficulty_of(items, labelled)
    answer = answer_html(primary.answer, fold=0 < fold_over < long_answer_words(primary))
    common = {
        "Sources": _sources_html(items, titles),
        "Difficulty": difficulty.value if difficulty else "",
        "Section": question_html(" › ".join(_section_line(primary, titles, topical, alike))),  # (its code as code: sitting 52)
        "DeckcId": text_html(anchor_item.item_id),
    }
    if primary.kind is ItemKind.multiple_choice:
        fields = {
            "Question": front_html(primary),
            "Options": options_html(primary),
            "Correct": correct_html(primary),
            "Explanation": answer,
        }
        fields["Explanation"] += _also_html(items[1:], titles, primary, wrap=True)
    elif primary.kind is ItemKind.cloze:
        extra = answer + _also_html(items[1:], titles, primary, wrap=True)
        fields = {"Text": blocks_html(primary.stimulus) + cloze_html(primary.cloze or "", cloze_siblings), "Extra": extra}
    else:
        fields = {
            "Question": front_html(primary),
            "Answer": answer,
            "Also": _also_html(items[1:], titles, primary),
        }
    fields.update(common)
    ordered = {name: fields.get(name, "") for name in notetype.fields}
    return Note(
        guid=guid_for(anchor_item),
        id=anchor_item.item_id,
        kind=primary.kind,
        notetype=notetype.name,
        fields=ordered,
        tags=[],
        difficulty=difficulty,
        sections=list(dict.fromkeys(f"{i.source}::{' › '.join(i.section)}" for i in items if i.section)),
        items=items,
        front_rule=ruled.item_id if ruled is not primary and primary.item_id not in chosen else "",
        front_replaced=next(
            (i.item_id for i in items[1:] if i.item_id in (published or {}) and primary.item_id not in (published or {})),
            "",
        ),
    )


def run(
    groups: list[list[Item]],
    config: DeckConfig,
    front_priority: list[str] | None = None,
    published: Mapping[str, Collection[str]] | None = None,
    chosen: set[str] | frozenset[str] = frozenset(),
) -> list[Note]:
    """``published``: item id fronting a note in the lock -> that note's item ids; ``chosen``: item ids
    ``[[front]]`` decisions name."""
    titles = {s.id: s.title or s.id for s in config.source}
    labelled = {s.id for s in config.source if s.difficulty.from_ != "fixed"}
    rank = source_rank([*(front_priority or []), *(s.id for s in config.source)])
    fold_over = config.deck.long_answer_words if config.deck.long_answers == "fold" else 0
    siblings = config.deck.cloze_siblings
    topical = titled_pages([i for g in groups for i in g], titles)
    alike = alike_fronts(groups, titles, topical)
    return [build_note(g, titles, rank, labelled, published, chosen, fold_over, siblings, topical, alike) for g in groups]


def long_answer_words(item: Item) -> int:
    """How long an item's answer reads on a phone, in words (its options included): what
    ``[deck] long_answer_words`` limits (the build warns, and a longer answer is folded)."""
    return reading_length(item.answer) + sum(len(c.text.split()) for c in item.choices)
