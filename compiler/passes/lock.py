"""Lock pass: give every note its lasting GUID and modification time from ``deckc.lock``.

Runs after tagging, when each note's fields and tags are final.  It matches
every note to the lock entry it continues (identity rules below), then:

- unchanged note (same hash): keeps the lock's modification time, so a
  re-import changes nothing and never overwrites an edit made in Anki;
- changed note: gets ``max(now, previous + 1)``, strictly later, so Anki
  updates it in place and keeps its review history;
- new note: ``now``;
- lock entry no note continues: retired (kept in the lock, reported, and
  re-emitted with the ``deckc::retired`` tag so it can be found in Anki).

Identity rules, strongest first; each lock entry continues at most one note:

0. ``twin``: one document asks the same question more than once (the reader
   numbers the repeats: ids ``key``, ``key-2``, anchors ``…#2`` or ``…#section``), the lock has
   several of those notes, and exactly one of them has this note's content
   (every field but the attribution ``Sources`` and ``DeckcId``): delete the
   first of two identical questions and the survivor, now numbered ``key``,
   keeps its own GUID and review history instead of taking the deleted one's
   (also when one entry is left of the family and the note's id is not its id:
   the first of two reworded, the survivor renumbered, then moved aside by a pin; T32);
1. ``guid``: the note's own GUID (from its explicit id or source + normalized
   question) is in the lock (not a retired entry while an active one holds
   the note's item id: so the survivor above keeps its GUID on later builds);
2. ``pin``: the primary item's explicit id (``id`` in overrides.toml) is the
   id of a lock entry or of one of its items (the retired one first, when an
   active entry inherited that id from a like-worded question); never an entry
   another note took by a stronger rule (a warning says so: :func:`_refused`);
3. ``id``: the primary item's id is one of an entry's item ids (a note that
   absorbed a duplicate from another source keeps the GUID of the entry
   its primary item came from); then any of the note's item ids;
4. ``question``: a normalized question of the note equals one of an entry's,
   in any source (an item moved to another or a new file after a split);
5. ``typo``: same source, an active (not retired) entry, normalized
   questions within the small edit distance of :func:`is_typo_fix`.

Rules 4 and 5 match on a question's words alone: they also want answers with something in common
(:func:`teaches_alike`), so a generic stem ("Which of the following is true?") is no identity.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from compiler.diagnostics import Diagnostics
from compiler.editdistance import edit_distance
from compiler.guid import guid_for, in_deck
from compiler.lock import LOCK_NAME, Lock, LockEntry, content_hash
from compiler.model import Item, ItemKind, Note, Source, item_slug, legacy_normalized, normalize_text
from compiler.notetypes import ALL, BY_KIND, design_hash
from compiler.overrides import OVERRIDES_NAME
from compiler.render import text_html
from compiler.sources.lines import OWN_LABEL

RETIRED_TAG = "deckc::retired"
STATUSES = ("new", "updated", "unchanged", "retired")


@dataclass
class Change:
    """What a re-import of this build will do to one note."""

    status: str  # new | updated | unchanged | retired
    id: str
    guid: str
    fields: list[str] = field(default_factory=list)  # changed fields (plus "tags"/"notetype"), for updated
    matched_by: str = ""  # identity rule that found the lock entry
    previous_id: str = ""  # the lock entry's note id, when it differs
    revived: bool = False  # the entry had been retired and is back
    front_kept: str = ""  # a published front was kept; the item the front rules would put there instead
    front_replaced: str = ""  # the published front item that lost the front
    merged_into: str = ""  # retired because its items now belong to this note (a merge), not removed
    replaces: str = ""  # new because the note type of this lock entry's note changed (Anki cannot convert)
    retyped: bool = False  # retired because a new note of another type replaces it
    same_answer: str = ""  # retired: the item of a new note of the same source with this note's answer (a reworded question)
    pinned_to: str = ""  # retired: its item is pinned (an override's id) to this older note, which it continues
    id_now: str = ""  # retired with same_answer: where the question that has this note's id now is (a twin renumbered)

    def emptied(self) -> str:
        """What to do in Anki about the cards of the cloze numbers this update removes ('' when none)."""
        if not self.clozes_removed:
            return ""
        numbers = ", ".join(f"c{n}" for n in self.clozes_removed)
        return (
            f"cloze {numbers} removed: Anki keeps {'its card' if len(self.clozes_removed) == 1 else 'their cards'}, "
            "empty; after importing, run Tools → Empty Cards in Anki (the card's review history goes with it)"
        )

    def retire_reason(self, pin: bool = True) -> str:
        """Why a retired note left the deck, for the build summary and `deckc diff`; ``pin``: the
        override for a reworded question follows on lines of its own (:meth:`pin_toml`)."""
        if self.retyped:
            return f"replaced by a new note {self.merged_into} of another type (Anki cannot change a note's type)"
        if self.merged_into:
            return f"merged into note {self.merged_into}"
        if self.pinned_to:
            return f"its item is pinned to note {self.pinned_to} (an id in overrides.toml), which it continues now"
        if self.same_answer:
            now = (
                f" (the question at {self.id_now} that has this id now keeps its own note, under an id of its own)"
                if self.id_now else ""
            )
            why = (
                f"its source item is gone, and new note {self.same_answer} has the same answer or nearly (a reworded "
                "question?): "
                f"to keep this note (GUID {self.guid}) and its review history{now}, add to overrides.toml"
            )
            again = " (`deckc diff` and `deckc lint` repeat this until it is added)"
            return why + (f"{again}:\n" + self.pin_toml() if pin else " the lines below")
        return "its source item is gone"

    attribution_only: bool = False  # updated: only where it came from changed (:func:`attribution_only`)
    clozes_removed: list[int] = field(default_factory=list)  # updated cloze note: deletion numbers it no longer has

    def pin_toml(self) -> str:
        """The override that keeps a reworded question's note, indented to paste as it is."""
        if not self.same_answer:
            return ""
        return f'    [[override]]\n    item = "{self.same_answer}"\n    id = "{self.id}"  # keeps GUID {self.guid}'


@dataclass
class LockPlan:
    """The lock a build would write, and what changes relative to the old one."""

    lock: Lock
    changes: list[Change]
    retired: list[LockEntry]  # every retired entry, for the -retired.apkg
    # notes retired by an earlier build whose reworded question could still continue them (T26-10): the
    # advice of that build is shown again by `deckc diff` and `deckc lint` until it is taken
    repinnable: list[Change] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for c in self.changes if c.status == status)

    def totals(self) -> dict[str, int]:
        return {s: self.count(s) for s in STATUSES}

    def renumbered(self) -> int:
        """How many of the updated notes change only in where they came from (:func:`attribution_only`)."""
        return sum(1 for c in self.changes if c.attribution_only)


def normalized(anchor: str) -> str:
    """The normalized question of an item anchor ``source:normalized question``."""
    return anchor.split(":", 1)[1] if ":" in anchor else anchor


def source_of(anchor: str) -> str:
    return anchor.split(":", 1)[0]


def item_ids(item: Item) -> set[str]:
    return {i for i in (item.key, item.explicit_id) if i}


def typo_limit(a: str, b: str) -> int:
    """Edits allowed between two normalized questions: 1 per 10 characters of the shorter, 1 to 5."""
    return max(1, min(5, min(len(a), len(b)) // 10))


def is_typo_fix(a: str, b: str) -> int | None:
    """Edit distance if normalized questions ``a`` and ``b`` are a typo fix of each other, else None.

    Numbers must be identical (``L1`` → ``L2`` is a different question, not a typo).
    """
    if a == b or re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return None
    limit = typo_limit(a, b)
    d = edit_distance(a, b, limit)
    return d if d <= limit else None


class _Matcher:
    """Assigns lock entries to notes, one rule at a time over all notes, strongest rule first.

    Entries are looked up through an index (rule key -> entries), so matching
    stays linear in the size of the deck.
    """

    def __init__(self, notes: list[Note], entries: list[LockEntry]) -> None:
        self.notes = notes
        # active entries before retired ones, then a stable order: ties resolve deterministically
        self.entries = sorted(entries, key=lambda e: (e.status != "active", e.id, e.guid))
        self.index: dict[str, list[LockEntry]] = {}
        for e in self.entries:
            keys = [f"guid:{e.guid}", f"id:{e.id}", f"q0:{normalized(e.anchors[0])}", f"twin:{unnumbered(e.anchors[0])}"]
            keys += [f"item:{i}" for i in e.items] + [f"q:{normalized(a)}" for a in e.anchors]
            for key in dict.fromkeys(keys):
                self.index.setdefault(key, []).append(e)
        self.found: dict[int, tuple[LockEntry, str]] = {}
        self.taken: set[str] = set()

    def pick(
        self, keys: Iterable[str], notetype: str | None, accept: Callable[[LockEntry], bool] | None = None
    ) -> LockEntry | None:
        """The first entry not yet taken (of that note type, unless None; that ``accept`` takes) under the first
        key that has one."""
        for key in keys:
            for e in self.index.get(key, []):
                if e.guid not in self.taken and (notetype is None or e.notetype == notetype) and (accept is None or accept(e)):
                    return e
        return None

    def rule(
        self, name: str, keys: Callable[[Note], list[str]], same_type: bool, teaching: bool = False
    ) -> None:
        """Match each note still unmatched by ``keys``; ``teaching``: only to an entry that teaches alike
        (:func:`teaches_alike`), for the rules that match on the question's words alone."""
        for i, note in enumerate(self.notes):
            if i in self.found:
                continue
            accept = (lambda e, note=note: teaches_alike(note.fields, e.fields)) if teaching else None
            entry = self.pick(keys(note), note.notetype if same_type else None, accept)
            if entry is not None:
                self.found[i] = (entry, name)
                self.taken.add(entry.guid)

    def _guid_keys(self, note: Note) -> list[str]:
        """The note's own GUID, unless that entry is retired while an active one holds the note's item id."""
        own = self.index.get(f"guid:{note.guid}", [])
        if any(e.status == "retired" for e in own):
            for key in _primary_id_keys(note):
                if any(e.status == "active" and e.guid not in self.taken for e in self.index.get(key, [])):
                    return []
        return [f"guid:{note.guid}"]

    def _twins(self, same_type: bool) -> None:
        """Rule 0: among the lock's notes for one question a document asks more than once, the one
        with this note's content (see the module docstring)."""
        for i, note in enumerate(self.notes):
            if i in self.found or note.primary.explicit_id:
                continue
            family = [
                e for e in self.index.get(f"twin:{unnumbered(note.primary.anchor)}", [])
                if e.status == "active" and e.guid not in self.taken and (not same_type or e.notetype == note.notetype)
            ]
            # a lone entry only when its note was renumbered (T32: the first of two like-worded questions
            # reworded, the other's id went from 'key-2' to 'key', then aside when the reworded one was
            # pinned to 'key'); an unchanged note with its own id is left to the rules below, as before
            if not family or (len(family) == 1 and family[0].id in item_ids(note.primary)):
                continue
            mine = _content(note.fields)
            same = [e for e in family if _content(e.fields) == mine]
            if len(same) == 1:
                self.found[i] = (same[0], "twin")
                self.taken.add(same[0].guid)

    def _pins(self, same_type: bool) -> None:
        """Rule 2. A pinned id can name two entries: the note retired when its question was reworded, and
        an active note that inherited the id when a like-worded question was renumbered into it (T32). The
        active one whose question is worded like another, unpinned note of this build is that note's: the
        retired one is taken first, so a pasted override never hands a question another note's GUID."""
        wordings = {unnumbered(n.primary.anchor) for n in self.notes if not n.primary.explicit_id}

        def someone_elses(e: LockEntry, own: str) -> bool:
            first = unnumbered(e.anchors[0])
            return e.status == "active" and first != own and first in wordings

        for i, note in enumerate(self.notes):
            if i in self.found or not note.primary.explicit_id:
                continue
            own = unnumbered(note.primary.anchor)
            for key in _pin_keys(note):
                free = [
                    e for e in self.index.get(key, [])
                    if e.guid not in self.taken and (not same_type or e.notetype == note.notetype)
                ]
                if free:
                    entry = sorted(free, key=lambda e: someone_elses(e, own))[0]  # stable: index order otherwise
                    self.found[i] = (entry, "pin")
                    self.taken.add(entry.guid)
                    break

    def refused_pins(self) -> list[tuple[int, LockEntry, int]]:
        """``(note, entry, holder)``: a pinned note that did not get the entry its id names, because another
        note of this build continues it (by content or its own GUID)."""
        holder = {e.guid: j for j, (e, _) in self.found.items()}
        out = []
        for i, note in enumerate(self.notes):
            if not note.primary.explicit_id or (i in self.found and self.found[i][1] in ("pin", "guid")):
                continue
            for key in _pin_keys(note):
                held = [e for e in self.index.get(key, []) if holder.get(e.guid, i) != i]
                if held:
                    out.append((i, held[0], holder[held[0].guid]))
                    break
        return out

    def run(self) -> dict[int, tuple[LockEntry, str]]:
        # first every rule among entries of the note's own type (after a note type change the
        # replacement note is continued, not the retired original), then any type
        for same_type in (True, False):
            self._twins(same_type)
            self.rule("guid", self._guid_keys, same_type)
            self._pins(same_type)
            self.rule("id", _primary_id_keys, same_type)
            self.rule("id", lambda n: [f"item:{i}" for item in n.items for i in sorted(item_ids(item))], same_type)
            self.rule("question", _question_keys, same_type, teaching=True)
            self.rule("question", _legacy_question_keys, same_type, teaching=True)
            self.rule("question", _label_free_question_keys, same_type, teaching=True)
        self._renumbered()
        self._typos()
        return self.found

    def _renumbered(self) -> None:
        """A like-worded question edited while its id moved (renumbered, or aside for a pin: T32) matches no
        rule above; the one active entry still free with its wording in its source is its note."""
        for i, note in enumerate(self.notes):
            if i in self.found or note.primary.explicit_id:
                continue
            free = [
                e for e in self.index.get(f"twin:{unnumbered(note.primary.anchor)}", [])
                if e.status == "active" and e.guid not in self.taken and e.notetype == note.notetype
            ]
            if len(free) == 1 and teaches_alike(note.fields, free[0].fields):
                self.found[i] = (free[0], "question")
                self.taken.add(free[0].guid)

    def _typos(self) -> None:
        free_by_source: dict[str, list[LockEntry]] = {}
        for e in self.entries:
            # only notes published until now: a long-retired question is not a typo of a new one
            if e.guid not in self.taken and e.status == "active":
                free_by_source.setdefault(source_of(e.anchors[0]), []).append(e)
        pairs = []
        for i, note in enumerate(self.notes):
            if i in self.found:
                continue
            mine = note.primary.anchor
            for e in free_by_source.get(source_of(mine), []):
                d = is_typo_fix(normalized(mine), normalized(e.anchors[0]))
                # 'capital of Austria? Vienna' → 'capital of Australia? Canberra' is no typo fixed (T27-35)
                if d is not None and teaches_alike(note.fields, e.fields):
                    pairs.append((d, i, e.id, e.guid, e))
        for _d, i, _id, _g, e in sorted(pairs, key=lambda p: p[:4]):
            if i not in self.found and e.guid not in self.taken:
                self.found[i] = (e, "typo")
                self.taken.add(e.guid)




def _taught(fields: dict[str, str]) -> str:
    """The plain text a note teaches: its answer-side fields, tags stripped, a cloze's deletions."""
    answer = _answer("", fields)
    text = " ".join(v for _, v in answer[1]) if answer else ""
    return " ".join(html.unescape(_TAG.sub(" ", text)).lower().split())


def teaches_alike(a: dict[str, str], b: dict[str, str]) -> bool:
    """Two notes' answers have something in common: a third of the smaller one's words, or most of their
    characters ('Vienna' / 'Viena'); either answer empty counts as alike. The rules that match a note to the
    lock on its question's words alone need it: "Which of the following statements is true?" of this week's
    quiz is not last week's (T27-34), nor "capital of Australia? Canberra" a typo fix of "capital of
    Austria? Vienna" (T27-35). An item moved to another file keeps its answer; an answer edited in place
    is matched by its id, not here."""
    x, y = _taught(a), _taught(b)
    if not x or not y or x == y:
        return True
    wx, wy = set(re.findall(r"\w+", x)), set(re.findall(r"\w+", y))
    if wx and wy and len(wx & wy) * 3 >= min(len(wx), len(wy)):
        return True
    import difflib

    return difflib.SequenceMatcher(None, x, y, autojunk=False).ratio() >= 0.6


def unnumbered(anchor: str) -> str:
    """An item anchor without the reader's ``#2`` (or ``#section``) for a question a document asks again
    (a normalized question holds no ``#``)."""
    return anchor.split("#", 1)[0]


ATTRIBUTION_FIELDS = ("Sources", "DeckcId")


def _content(fields: dict[str, str]) -> dict[str, str]:
    """What a note teaches: every field but where it came from (that changes when a twin is deleted)."""
    return {k: v for k, v in fields.items() if k not in ATTRIBUTION_FIELDS}


def _pin_keys(note: Note) -> list[str]:
    pin = note.primary.explicit_id
    return [f"id:{pin}", f"item:{pin}"] if pin else []


def _primary_id_keys(note: Note) -> list[str]:
    ids = sorted(item_ids(note.primary))
    return [f"id:{i}" for i in ids] + [f"item:{i}" for i in ids]


def _question_keys(note: Note) -> list[str]:
    primary = normalized(note.primary.anchor)  # (each key once: a note of k copies of one card has k anchors alike)
    return list(dict.fromkeys([f"q0:{primary}", f"q:{primary}"] + [f"q:{normalized(i.anchor)}" for i in note.items[1:]]))


def _legacy_question_keys(note: Note) -> list[str]:
    """The question keys of a note published before ids kept the marks of non-Latin letters (``が`` was
    ``か``): after every exact key, so such a note keeps its GUID."""
    keys = [f"q0:{legacy_normalized(normalized(note.primary.anchor))}"]
    keys += [f"q:{legacy_normalized(normalized(i.anchor))}" for i in note.items]
    exact = set(_question_keys(note))
    return [k for k in dict.fromkeys(keys) if k not in exact]


def _label_free_question_keys(note: Note) -> list[str]:
    """The question keys of a note whose questions wear a label ('Front: …') its page no longer sets before every
    question, so it stayed on: a note published with the label off (T40-9) keeps its GUID, after every exact key."""
    keys = []
    for n, item in enumerate(note.items):
        bare = OWN_LABEL.match(item.question)
        if bare and item.question[bare.end() :].strip():
            asked = normalize_text(item.question[bare.end() :])
            keys += [f"q0:{asked}", f"q:{asked}"] if n == 0 else [f"q:{asked}"]
    exact = set(_question_keys(note))
    return [k for k in dict.fromkeys(keys) if k not in exact]


def labelled_ids(items: list[Item], old: Lock, named: Iterable[str] = ()) -> list[Item]:
    """``items`` whose id made from the question with its page's label ('front-when-do-you-use-estar') is already
    published, in the lock or named by overrides.toml or decisions.toml, back under that id and GUID anchor: ids are
    made without the label since sitting 41 (T40-9), and a published note never changes its id or GUID for it. Any
    other labelled item keeps the id made without the label. A twin's ending ('-2', '--section') is kept."""
    if not any(item.labelled for item in items):
        return items
    published = {i for entry in old.entries for i in (entry.id, *entry.items)} | set(named)
    taken = {item.key for item in items}
    out = list(items)
    for n, item in enumerate(items):
        if not item.labelled:
            continue
        base, anchored = f"{item.source}/{item_slug(item.question)}", f"{item.source}:{normalize_text(item.question)}"
        if not item.key.startswith(base) or not item.anchor.startswith(anchored):
            continue
        key = f"{item.source}/{item_slug(item.labelled)}{item.key[len(base):]}"
        if key in published and key not in taken:
            anchor = f"{item.source}:{normalize_text(item.labelled)}{item.anchor[len(anchored):]}"
            out[n] = item.model_copy(update={"key": key, "anchor": anchor})
    return out


def followed_ids(items: list[Item], old: Lock) -> dict[str, str]:
    """Item ids the lock published that no item has now, each to the one current item asking the same
    question (its file renamed, so its source id changed: 'a-sangkhom/X' is 'sangkhom-m2/X'), as the lock's
    question rule follows the note; an id two items could be is left out."""
    current = {i for item in items for i in (item.item_id, *item_ids(item))}
    published = {i for entry in old.entries for i in entry.items}
    if published <= current and not any(entry.renamed for entry in old.entries):
        return {}  # (nothing renamed, now or before: every build of an unchanged deck asks, so no question index)
    by_question: dict[str, list[str]] = {}
    for item in items:
        by_question.setdefault(normalized(unnumbered(item.anchor)), []).append(item.item_id)
    out: dict[str, str] = {}
    for entry in old.entries:
        for item_id, anchor in zip(entry.items, entry.anchors, strict=False):
            if item_id in current:
                continue
            found = [i for i in by_question.get(normalized(unnumbered(anchor)), []) if i not in published]
            if len(found) == 1:
                out[item_id] = found[0]
        for was, now in entry.renamed.items():  # a rename of an earlier build, still followed
            now = out.get(now, now)
            if was not in current and now in current:
                out[was] = now
    return out


def published_fronts(old: Lock) -> dict[str, list[str]]:
    """Item id on the front of each published (active) note -> the note's item ids: the notes pass keeps them."""
    return {e.items[0]: list(e.items) for e in old.entries if e.status == "active" and e.items}


def entry_for(note: Note, status: str = "active", renamed: dict[str, str] | None = None) -> LockEntry:
    return LockEntry(
        renamed=renamed or {},
        guid=note.guid,
        id=note.id,
        status=status,  # type: ignore[arg-type]
        mtime=note.mtime,
        hash=content_hash(note.notetype, note.fields, note.tags),
        items=[i.item_id for i in note.items],
        anchors=[i.anchor for i in note.items],
        tags=list(note.tags),
        notetype=note.notetype,
        fields=dict(note.fields),
    )


# the document's number after its title in the Sources line ('Midterm #6 · Quiz #2') and an 'Also in Midterm #6' head
_ATTRIBUTION_NUMBER = re.compile(r" #[0-9A-Za-z.\-]{1,12}(?= · |</div>|$)")


def attribution_only(entry: LockEntry, note: Note, fields: list[str]) -> bool:
    """The note changes only in where it came from: its Sources line (a document retitled) or the number its
    document gives it there and in its 'Also in' heads (a question inserted above renumbered it). Such updates
    are said apart, in one line, so the edits that matter do not drown among them (T31-71: 394 of them)."""
    if not fields or not set(fields) <= {"Sources", "Also"}:
        return False
    old, new = entry.fields.get("Also", ""), note.fields.get("Also", "")
    return _ATTRIBUTION_NUMBER.sub("", old) == _ATTRIBUTION_NUMBER.sub("", new)


_CLOZE_NUMBER = re.compile(r"\{\{c(\d+)::")


def clozes_removed(entry: LockEntry, note: Note) -> list[int]:
    """The deletion numbers a published cloze note had and has no more: Anki keeps each one's card, empty ('This
    card is empty' in review) until Tools → Empty Cards deletes it, which deckc cannot do from a package (T32-29)."""
    if "Text" not in note.fields or "Text" not in entry.fields:
        return []
    before = {int(n) for n in _CLOZE_NUMBER.findall(entry.fields["Text"])}
    return sorted(before - {int(n) for n in _CLOZE_NUMBER.findall(note.fields["Text"])})


def changed_fields(entry: LockEntry, note: Note) -> list[str]:
    names = [name for name, value in note.fields.items() if entry.fields.get(name) != value]
    if entry.notetype != note.notetype:
        names.append("notetype")
    if sorted(entry.tags) != sorted(note.tags):
        names.append("tags")
    return names


def _fresh_guid(note: Note, used: set[str], deck: str) -> str:
    """A new note's GUID: an export's own GUID as it came (re-importing it updates the note the
    user already has), else the anchor's GUID in this deck (:func:`compiler.guid.in_deck`); if a
    continued note already holds it, a derived one."""
    own = any(i.guid == note.guid for i in note.items)
    guid, n = (note.guid if own else in_deck(note.guid, deck)), 2
    while guid in used:
        derived = guid_for("deckc", note.primary.anchor, str(n))
        guid, n = (derived if own else in_deck(derived, deck)), n + 1
    return guid


def published_per_source(old: Lock) -> dict[str, int]:
    """Source id -> how many active notes of the lock come from it (a note of several sources counts for each)."""
    published: dict[str, int] = {}
    for entry in old.entries:
        if entry.status == "active":
            for anchored in {source_of(a) for a in entry.anchors}:
                published[anchored] = published.get(anchored, 0) + 1
    return published


def check_sources_kept(old: Lock, sources: list[Source], items: list[Item], diag: Diagnostics) -> None:
    """An error for each source still in the deck that published notes and now yields no item at all.

    Such a source was not emptied on purpose (an empty file is an error of its own): its reader lost
    it (a wrong separator, a layout that no longer fits, an edit that broke every question), and the
    build would retire every note it published, on nothing but warnings. Removing the file (or its
    [[source]]) still retires them on purpose.
    """
    yielding = {item.source for item in items if not item.skip}
    published = published_per_source(old)
    failed = {d.file for d in diag.errors}  # already stopped with its own error
    for source in sources:
        count = published.get(source.id, 0)
        if count and source.id not in yielding and source.file not in failed and _left_out(source, items, count, diag):
            continue
        if count and source.id not in yielding and source.file not in failed:
            # a failed build prints no warnings: say here what the reader found wrong
            why = [w for w in diag.warnings if w.file == source.file and not w.sticky]
            first = why[0] if why else None
            said = (
                f"; {len(why)} warning{'s' if len(why) != 1 else ''} about it, the first"
                f"{f' at line {first.line}' if first.line else ''}: {first.message}{f' ({first.hint})' if first.hint else ''}"
                if first
                else ""
            )
            diag.error(
                source.file,
                None,
                f"no question read from it, but {count} note{'s' if count != 1 else ''} of it "
                f"{'are' if count != 1 else 'is'} in the deck ({LOCK_NAME}): building would retire "
                f"{'them all' if count != 1 else 'it'}{said}",
                "fix the file (see docs/layouts.md); to retire its notes on purpose, remove the file "
                "or its [[source]] from deck.toml",
            )


# skip reasons that say a question was read and left out on purpose, never lost by its reader: 'no answer' is not one
# (a broken separator leaves every question so)
_GENERIC_SKIPS = frozenset({"", "no answer"})


def _left_out(source: Source, items: list[Item], count: int, diag: Diagnostics) -> bool:
    """A source whose questions were all read and most of them left out for a reason deckc states (the numpy hints
    page once read as hint-as-answer cards: now 'only a hint, no answer', trial29 T29-52): its published notes retire,
    said in one warning with the reasons, and the build goes on; else False (the guard's error stands)."""
    own = [item for item in items if item.source == source.id]
    stated = [item.skip for item in own if item.skip not in _GENERIC_SKIPS]
    if not own or 2 * len(stated) < len(own):
        return False
    reasons = ", ".join(f"{n} {why}" for why, n in sorted(Counter(stated).items(), key=lambda kv: -kv[1]))
    diag.warning(
        source.file,
        None,
        f"{count} note{'s' if count != 1 else ''} of it in the deck ({LOCK_NAME}) retire: its {len(own)} questions are read "
        f"and make no card ({reasons})",
        "to keep a card, give its question what it lacks (an answer under it); the retired notes are in the build's "
        "retired deck",
        group=f"left-out:{source.file}",
    )
    return True


def _keep_published_id(note: Note, entry: LockEntry) -> None:
    """A note that continues a published note of one of its own items keeps that note's id (and DeckcId) with its
    GUID: two published notes merged, the recall question's front over a quiz's (trial23 T23-39), took the quiz's id
    with the recall note's GUID, and the build said "retired <quiz id>: merged into note <quiz id>"."""
    if entry.id != note.id and entry.id in {item.item_id for item in note.items}:
        note.id = entry.id
        if "DeckcId" in note.fields:
            note.fields["DeckcId"] = text_html(entry.id)


def run(
    notes: list[Note],
    old: Lock,
    now: int,
    deck: str = "",
    diag: Diagnostics | None = None,
    pins: dict[str, int | None] | None = None,
) -> tuple[list[Note], LockPlan]:
    """Set each note's GUID and mtime from the lock; return the notes and the new lock plan.

    ``deck`` (the deck's id) salts the GUIDs of new notes, so two decks never share one. ``pins``: the
    item ids overrides.toml gives an ``id``, with the override's line (for the warning of a refused pin).
    """
    matcher = _Matcher(notes, old.entries)
    found = matcher.run()
    if diag is not None:
        _refused(matcher, diag, pins or {})
    used = {e.guid for e, _ in found.values()}
    # Anki never changes an existing note's note type on import (it reports the note as conflicting and
    # keeps the old one): a note whose type changes (a quiz front giving way to a recall question) is a
    # new note under a fresh GUID, and the old one is retired
    replaced = {i: found.pop(i)[0] for i in list(found) if found[i][0].notetype != notes[i].notetype}
    changes: list[Change] = []
    entries: list[LockEntry] = []
    followed = followed_ids([i for note in notes for i in note.items], old) if old.entries else {}
    for i, note in enumerate(notes):
        if i in found:
            entry, rule = found[i]
            note.guid = entry.guid
            _keep_published_id(note, entry)
            same = entry.hash == content_hash(note.notetype, note.fields, note.tags)
            revived = entry.status == "retired"
            status = "unchanged" if same and not revived else "updated"
            note.mtime = entry.mtime if status == "unchanged" else max(now, entry.mtime + 1)
            fields = changed_fields(entry, note) + (["tags"] if revived and same else [])
            changes.append(
                Change(
                    status=status,
                    id=note.id,
                    guid=note.guid,
                    fields=fields,
                    attribution_only=status == "updated" and not revived and attribution_only(entry, note, fields),
                    clozes_removed=clozes_removed(entry, note) if "Text" in fields else [],
                    matched_by=rule,
                    previous_id=entry.id if entry.id != note.id else "",
                    revived=revived,
                    front_kept=note.front_rule,
                    front_replaced=note.front_replaced,
                )
            )
        else:
            note.guid = _fresh_guid(note, used, deck)
            note.mtime = now
            changes.append(Change(status="new", id=note.id, guid=note.guid,
                                  replaces=replaced[i].id if i in replaced else ""))
        used.add(note.guid)
        ids = {item.item_id for item in note.items}
        entries.append(entry_for(note, renamed={was: now for was, now in sorted(followed.items()) if now in ids}))
    taken = {e.guid for e, _ in found.values()}
    # an item merged into another note sits in a note of several items; a note of one item holding an old
    # item id is a twin renumbered ('what-s-the-output-2' became 'what-s-the-output' when the first of three
    # like-worded questions was reworded: learner L26), not a merge
    holder = {i.item_id: note.id for note in notes if len(note.items) > 1 for i in note.items}
    # an item moved to another file and merged into a note there keeps none of its entry's item ids, only its
    # question (trial7 G17: a page split in two; "its source item is gone" was said of a merged question)
    moved = {normalized(unnumbered(i.anchor)): (note.id, i.source) for note in notes if len(note.items) > 1 for i in note.items}
    pinned = {n.primary.key: n.id for n in notes if n.primary.explicit_id and n.primary.explicit_id != n.primary.key}
    retired: list[LockEntry] = []
    for entry in old.entries:
        if entry.guid in taken:
            continue
        if entry.status == "active":
            entry = entry.model_copy(update={"status": "retired", "mtime": max(now, entry.mtime + 1)})
            into = next((holder[i] for i in entry.items if i in holder), "")
            for anchor in entry.anchors if not into else ():
                note_id, source = moved.get(normalized(unnumbered(anchor)), ("", ""))
                if note_id and source != source_of(anchor):  # in its own file it would be a twin deleted, not merged
                    into = note_id
                    break
            by = next((notes[i].id for i, e in replaced.items() if e.guid == entry.guid), "")
            retyped = bool(by)
            into = by or into  # the note of another type that continues it (T27-10: the message named none)
            changes.append(
                Change(
                    status="retired", id=entry.id, guid=entry.guid, merged_into=into, retyped=retyped,
                    pinned_to="" if into or retyped else pinned.get(entry.items[0], "") if entry.items else "",
                )
            )
        retired.append(entry)
    now_sources = {i.source for n in notes for i in n.items}
    before = {source_of(a) for e in old.entries for a in e.anchors}
    renamed = dict.fromkeys(before - now_sources, now_sources - before)  # (a source gone: the sources new to the deck)
    _reworded(notes, changes, retired, renamed)
    repinnable = _still_reworded(notes, changes, [e for e in old.entries if e.status == "retired" and e.guid not in taken], renamed)
    design = design_hash()
    design_mtime = old.design_mtime if old.design_hash == design else max(now, old.design_mtime + 1)
    lock = Lock(entries=entries + retired, design_hash=design, design_mtime=design_mtime).sorted()
    return notes, LockPlan(
        lock=lock, changes=changes, retired=sorted(retired, key=lambda e: (e.id, e.guid)), repinnable=repinnable
    )


def _refused(matcher: _Matcher, diag: Diagnostics, pins: dict[str, int | None]) -> None:
    """A warning for each pin that would have taken a note another question continues (T32)."""
    for i, entry, j in matcher.refused_pins():
        item, other = matcher.notes[i].primary, matcher.notes[j].primary
        file, line = (OVERRIDES_NAME, pins[item.key]) if item.key in pins else (item.locator.file, item.locator.line)
        diag.warning(
            file,
            line,
            f"the id {item.explicit_id!r} pinned to {item.key!r} names note {entry.id} (GUID {entry.guid}), which "
            f"the question at {other.locator} continues: that note stays with it, and this item does not take it",
            "to keep the note of a reworded question, pin it to the id of the note deckc reported retired for it "
            "(deckc diff lists them); else remove the id",
        )


_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::[^{}]*)?\}\}", re.S)
QUESTION_FIELDS = ("Question", "Text", *ATTRIBUTION_FIELDS, "Difficulty", "Section")


def _answer(notetype: str, fields: dict[str, str]) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """What a note answers, question and attribution aside (None when that is empty): equal for a note
    whose question was reworded and whose answer was left alone."""
    rest = tuple((k, v) for k, v in fields.items() if k not in QUESTION_FIELDS)
    if "Text" in fields:  # a cloze asks its text and answers its deletions (T27-17: a sentence clarified kept none)
        rest += (("deletions", " | ".join(_CLOZE.findall(fields["Text"]))),)
    return (notetype, rest) if any(v for _, v in rest) else None


def _same_answer_notes(notes: list[Note], changes: list[Change], statuses: tuple[str, ...]) -> dict[tuple[str, object], list[Note]]:
    """The notes of one unpinned item with these statuses, by (source, what they answer): the candidates
    for the reworded question of a retired note."""
    by_id = {n.id: n for n in notes}
    found: dict[tuple[str, object], list[Note]] = {}
    for c in changes:
        note = by_id.get(c.id)
        # a pinned note is new only when its pin was refused (that warning says what to do): an override
        # for its item is there already
        if c.status in statuses and not c.replaces and note is not None and len(note.items) == 1 and not note.primary.explicit_id:
            answer = _answer(note.notetype, note.fields)
            if answer is not None:
                found.setdefault((note.primary.source, answer), []).append(note)
    return found


_TAG = re.compile(r"<[^>]+>")
TOUCHED_ANSWER = 0.8  # how alike (difflib's ratio) an answer touched up in the same save as its question must stay


def _candidate(entry: LockEntry, found: dict[tuple[str, object], list[Note]], renamed: dict[str, set[str]] | None = None) -> Note | None:
    """The one note answering what this retired entry answered, in its source (two are no clear rewording).
    Failing that, the one note of its source and note type whose answer is the entry's touched up (a word added:
    :data:`TOUCHED_ANSWER`) and whose question shares a content word with the entry's: a question reworded and
    its answer tidied in one save ('What does DNS do?' -> 'What is the job of DNS?', 'human-readable' added) is
    the usual edit, and was retired with no pin offered (trial29 T29-44). ``renamed``: a source gone from the deck ->
    the sources new to it; a one-note page whose file was renamed ('03-Props.md' -> '03-React Props.md') is a source
    renamed, its answer word for word the same in one of them (trial33 T33-22: retired with no pin offered)."""
    if len(entry.anchors) != 1:
        return None
    answer = _answer(entry.notetype, entry.fields)
    if answer is None:
        return None
    source = source_of(entry.anchors[0])
    match = found.get((source, answer), [])
    if not match and renamed and source in renamed:
        match = [n for other in renamed[source] for n in found.get((other, answer), [])]
        return match[0] if len(match) == 1 else None
    if match:
        return match[0] if len(match) == 1 else None
    import difflib

    from compiler.pairscore import content_words

    def plain_text(field: str) -> str:
        return html.unescape(_TAG.sub(" ", field))

    said = " ".join(v for _, v in answer[1])
    asked = content_words(plain_text(entry.fields.get("Question") or entry.fields.get("Text") or ""))
    close: list[tuple[float, Note]] = []
    for (src, other), notes in found.items():
        if src != source or not isinstance(other, tuple) or other[0] != answer[0] or len(notes) != 1:
            continue
        note = notes[0]
        if not asked & content_words(plain_text(note.fields.get("Question") or note.fields.get("Text") or "")):
            continue
        # difflib's cheap upper bounds first: the full ratio of two long answers cost every build ~0.1 s
        alike = difflib.SequenceMatcher(None, said, " ".join(v for _, v in other[1]), autojunk=False)
        if alike.real_quick_ratio() < TOUCHED_ANSWER or alike.quick_ratio() < TOUCHED_ANSWER:
            continue
        if (ratio := alike.ratio()) >= TOUCHED_ANSWER:
            close.append((ratio, note))
    return close[0][1] if len(close) == 1 else None


def _still_reworded(notes: list[Note], changes: list[Change], earlier: list[LockEntry], renamed: dict[str, set[str]]) -> list[Change]:
    """Notes retired by an earlier build (not merged, retyped or pinned away) whose answer one published note
    of the same source still gives word for word: the reworded question that could continue it. The build
    that retired it printed the override once; `deckc diff` and `deckc lint` repeat it (T26-10)."""
    found = _same_answer_notes(notes, changes, ("unchanged", "updated"))
    out: list[Change] = []
    for entry in earlier:
        note = _candidate(entry, found, renamed)
        # a note published under the entry's own id already continues that id under a GUID of its own: pinning
        # it to the retired GUID (item = id = that id) would move a studied card onto a retired duplicate (T32-20)
        if note is not None and note.id != entry.id:
            out.append(Change(status="retired", id=entry.id, guid=entry.guid, same_answer=note.primary.key))
    return sorted(out, key=lambda c: (c.id, c.guid))


def _reworded(notes: list[Note], changes: list[Change], retired: list[LockEntry], renamed: dict[str, set[str]]) -> None:
    """Pair each note retired now because its item is gone with a new note of the same source and the
    same answer (the question was reworded beyond a typo fix): the build and `deckc diff` then print
    the override that pins the new item to the old note, keeping its GUID and review history."""
    gone = {e.guid: e for e in retired}
    new = _same_answer_notes(notes, changes, ("new",))
    by_id = {n.id: n for n in notes}
    for c in changes:
        entry = gone.get(c.guid)
        if c.status != "retired" or c.merged_into or c.retyped or c.pinned_to or entry is None:
            continue
        note = _candidate(entry, new, renamed)
        if note is not None:
            c.same_answer = note.primary.key  # what overrides.toml names an item by
            holder = by_id.get(c.id)  # a like-worded question renumbered into this id (T32)
            c.id_now = str(holder.primary.locator) if holder is not None else ""


def retired_note(entry: LockEntry) -> Note:
    """A retired lock entry as a note to emit: its last published fields plus the retired tag."""
    kind = next((k for k, nt in BY_KIND.items() if nt.name == entry.notetype), ItemKind.basic)
    notetype = next((nt for nt in ALL if nt.name == entry.notetype), BY_KIND[kind])  # a reversed note stays reversed
    names = notetype.fields
    return Note(
        guid=entry.guid,
        id=entry.id,
        kind=kind,
        notetype=notetype.name,
        fields={name: entry.fields.get(name, "") for name in names},
        tags=sorted({*entry.tags, RETIRED_TAG}),
        difficulty=None,
        sections=[],
        items=[],
        mtime=entry.mtime,
    )
