"""The overrides layer: ``content/overrides.toml``.

Source documents are never edited in place; repairs live here, keyed by
the stable item id (``source/slug-of-question``, shown in the manifest and
in each note's DeckcId field)::

    [[override]]
    item = "grill/state-l2-regularization"
    answer = '''\\( \\Omega(w) = \\tfrac{\\lambda}{2}\\lVert w \\rVert_2^2 \\). Quadratic penalty on weights.'''
    # question = "…"        replace the question text
    # id = "l2-definition"  pin the item's identity (explicit id) across edits
    # cloze = "…{{c1::…}}…"   replace a cloze item's text (math inside is kept whole)
    # sheet = "…"           a shorter answer written for the printed cheat sheet
    # why = "…"             why the item needed the repair (kept with the override, for reviewers)

An ``answer`` (or ``sheet``) replaces the whole answer; paragraphs are separated
by blank lines, a paragraph that is only ``\\[ … \\]`` is a display formula,
a fenced block (```` ```python ````) is code, a paragraph of ``- `` lines is
a bullet list, and the lines of any other paragraph are joined into one.  A key that matches no item is an error naming the line in this
file.  Overrides change text only: the item keeps its stable id and its GUID anchor.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from compiler import cachefile
from compiler.diagnostics import Diagnostics, say_renamed
from compiler.mathtext import cloze_question
from compiler.model import Block, BlockKind, Item, ItemKind
from compiler.tomlfile import key_lines, read_toml, validate
from compiler.transaction import NEW

OVERRIDES_NAME = "overrides.toml"


class Override(BaseModel):
    model_config = ConfigDict(extra="forbid")

    item: str = Field(min_length=1)
    question: str | None = None
    answer: str | None = None
    cloze: str | None = None
    sheet: str | None = None
    # a multiple-choice item's right option(s), by letter or by option text: "B", ["B", "D"] (learner5 L55: a
    # wrong key could only be repaired by editing the source)
    correct: str | list[str] | None = None
    why: str | None = None
    id: str | None = Field(None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]*$")
    # what the override was written against: source_stamp() of the source item (see check_stamps)
    against: str | None = Field(None, pattern=r"^[0-9a-f]{12}$")
    _line: int | None = PrivateAttr(None)  # where the table starts in overrides.toml, for messages

    @property
    def line(self) -> int | None:
        return self._line

    @line.setter
    def line(self, value: int | None) -> None:
        self._line = value

    @property
    def masks(self) -> list[str]:
        """The parts of the source item this override replaces (an ``id`` pin replaces no text)."""
        return [k for k in ("question", "answer", "cloze", "sheet", "correct") if getattr(self, k) is not None]


class Overrides(BaseModel):
    model_config = ConfigDict(extra="forbid")

    override: list[Override] = Field(default_factory=list)


def load_overrides(content_dir: Path, diag: Diagnostics) -> list[Override]:
    """Every ``[[override]]`` of overrides.toml, each with its line; two for one item are an error."""
    toml = read_toml(content_dir / OVERRIDES_NAME, OVERRIDES_NAME, diag)
    if toml is None:
        return []
    parsed = validate(Overrides, toml.data, toml, diag, "see docs/content.md, 'Overrides'")
    if parsed is None:
        return []
    first: dict[str, int | None] = {}
    for n, o in enumerate(parsed.override):
        o.line = toml.line(("override", n, "item"))
        if o.item in first:
            where = f"line {first[o.item]}" if first[o.item] else "earlier"
            diag.error(
                OVERRIDES_NAME,
                o.line,
                f"second [[override]] for item {o.item!r} (the first is at {where})",
                "merge the two tables into one",
            )
        else:
            first[o.item] = o.line
    return parsed.override


_FENCE = re.compile(r"^```[ \t]*(?P<lang>[\w+-]*)[ \t]*\n(?P<code>.*?)\n```[ \t]*$", re.S | re.M)


def answer_blocks(text: str) -> list[Block]:
    """An override answer: paragraphs separated by blank lines; ``\\[ … \\]`` paragraphs are formulas,
    fenced blocks are code, paragraphs of ``- `` lines are bullet lists."""
    blocks: list[Block] = []
    pos = 0
    text = text.strip("\n")
    for fence in [*_FENCE.finditer(text), None]:
        prose = text[pos : fence.start() if fence else len(text)]
        for para in re.split(r"\n\s*\n", prose.strip()):
            para = para.strip()
            if not para:
                continue
            lines = [line.strip() for line in para.splitlines()]
            if all(line.startswith("- ") for line in lines):
                blocks.append(Block(kind=BlockKind.bullets, items=[line[2:].strip() for line in lines]))
            elif para.startswith("\\[") and para.endswith("\\]"):
                blocks.append(Block(kind=BlockKind.formula, text=para))
            else:  # lines of one paragraph are joined, as in Markdown
                blocks.append(Block(kind=BlockKind.text, text=" ".join(lines)))
        if fence is not None:
            blocks.append(Block(kind=BlockKind.code, text=fence.group("code"), lang=fence.group("lang") or ""))
            pos = fence.end()
    return blocks


def _hint(key: str, known: list[str]) -> str:
    """Point at the likely new id (a question edited or moved keeps most of its slug)."""
    import difflib

    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    where = "item ids are in build/<deck>.json (notes[].items[].id) and each card's DeckcId field"
    if close:
        return f"did you mean {close[0]!r}? re-key the override if the question changed; {where}"
    return f"remove the override if the item was deleted; {where}"


def apply(
    items: list[Item],
    overrides: list[Override],
    diag: Diagnostics,
    unread: frozenset[str] = frozenset(),
    present: frozenset[str] | None = None,
) -> list[Item]:
    """Apply every override to the item with its key; report keys that match nothing.

    ``unread`` holds the ids of sources that could not be read: their
    overrides are not reported as unknown (the read error is the cause).
    ``present``: the deck's source ids; an override of a source no longer among them is a warning, not an error.
    """
    by_key: dict[str, Override] = {}
    for o in overrides:
        by_key.setdefault(o.item, o)
    seen: set[str] = set()
    out = []
    for item in items:
        o = by_key.get(item.key)
        if o is None:
            out.append(item)
            continue
        seen.add(item.key)
        update: dict[str, object] = {}
        if o.question is not None:
            update["question"] = o.question.strip()
        wanted = o.correct
        if o.answer is not None and item.kind is ItemKind.multiple_choice and _LETTER.fullmatch(o.answer.strip()):
            wanted = wanted or o.answer.strip()  # 'answer = "b"' on a quiz means its key, never an explanation "b"
            diag.warning(
                OVERRIDES_NAME,
                o.line,
                f"override for {o.item!r}: answer = {o.answer.strip()!r} on a multiple-choice item is read as its right option",
                f'write it as correct = "{o.answer.strip().strip("()").rstrip(").").upper()}" (answer = … replaces the explanation)',
            )
        elif o.answer is not None:
            update["answer"] = answer_blocks(o.answer)
        if wanted is not None:
            labels = _correct_labels(item, wanted)
            if labels is None:
                options = ", ".join(f"{c.label}) {c.text[:30]}" for c in item.choices) or "none"
                diag.error(
                    OVERRIDES_NAME,
                    o.line,
                    f"override for {o.item!r}: correct = {wanted!r} names no option of it"
                    if item.kind is ItemKind.multiple_choice
                    else f"override for {o.item!r}: correct = … applies to multiple-choice items only",
                    f"name its option(s) by letter or by their text (its options: {options})"
                    if item.kind is ItemKind.multiple_choice
                    else "use answer = … for the answer of other items",
                )
            else:
                update["correct"] = ",".join(labels)
        if o.sheet is not None:
            update["sheet"] = answer_blocks(o.sheet)
        if o.id is not None:
            update["explicit_id"] = o.id
        if o.cloze is not None:
            if item.kind is not ItemKind.cloze or "{{c1::" not in o.cloze:
                diag.error(
                    OVERRIDES_NAME,
                    o.line,
                    f"cloze override for {o.item!r} is not usable: "
                    + ("the item is not a cloze card" if item.kind is not ItemKind.cloze else "no {{c1::…}} deletion"),
                    "use question/answer for other items; write deletions as {{c1::…}}",
                )
            else:
                update["cloze"] = o.cloze.strip()
                if o.question is None:
                    update["question"] = cloze_question(o.cloze.strip())
        out.append(item.model_copy(update=update))
    by_key_ids = [i.key for i in items]
    for o in overrides:
        source = o.item.rpartition("/")[0]
        if o.item in seen or source in unread or o.item.partition("/")[0] in unread:
            continue
        if present is not None and source and source not in present and o.item.partition("/")[0] not in present:
            # its document left the deck: its notes are retired on purpose, and a stale override must not stop the
            # build, nor be re-keyed to another document's question, which would inherit the note (T27-28)
            # the same name under another source id: the user re-keyed it after renaming a listed file (T32-20)
            same_name = [k for k in by_key_ids if k.partition("/")[2] == o.item.partition("/")[2]]
            diag.warning(
                OVERRIDES_NAME,
                o.line,
                f"override for {o.item!r} is ignored: its source {source!r} is no longer in the deck",
                f"the deck's item {same_name[0]!r} has that name (a renamed file keeps its [[source]] id): "
                f'write item = "{same_name[0]}"'
                if len(same_name) == 1
                else "remove the override (its document was deleted or left out of the deck)",
                group="override-gone-source",
            )
        else:
            diag.error(
                OVERRIDES_NAME,
                o.line,
                f"override for unknown item {o.item!r}",
                _hint(o.item, by_key_ids),
            )
    return out


_LETTER = re.compile(r"\(?[A-Ha-h][).]?")  # a bare option letter: 'b', 'B)', '(c)'


def _correct_labels(item: Item, wanted: str | list[str]) -> list[str] | None:
    """The labels of the options ``wanted`` names (letters, or option texts as written), in option order; None
    when the item is no quiz or one of them names no option."""
    if item.kind is not ItemKind.multiple_choice:
        return None
    found: set[str] = set()
    for want in [wanted] if isinstance(wanted, str) else wanted:
        text = want.strip()
        letter = text.strip("()").rstrip(").").upper()
        by_text = [c.label for c in item.choices if " ".join(c.text.split()).casefold() == " ".join(text.split()).casefold()]
        if any(c.label.upper() == letter for c in item.choices):
            found.add(next(c.label for c in item.choices if c.label.upper() == letter))
        elif by_text:
            found.add(by_text[0])
        else:
            return None
    return [c.label for c in item.choices if c.label in found] or None


def source_stamp(item: Item, numbered: bool = False) -> str:
    """A short hash of a source item's text as read (spacing ignored): what an override was written against.
    Without the item's own number in front (``numbered``: with it, as stamps were before T31-71), so a question
    inserted above, which renumbers this one, does not make its override stale."""
    text = " ".join(item.original.split())
    if item.number and not numbered:  # its first mention in the first line's start: '12.', 'Q12:', '**Question 12**'
        head = re.sub(rf"(?<!\d){re.escape(item.number)}(?!\d)", "", text[:24], count=1)
        text = head + text[24:]
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class Stamp:
    """An override whose ``against`` is missing or no longer matches its source item."""

    index: int  # position of its [[override]] table in the file
    item: str
    stamp: str  # the source item's stamp now
    stale: bool  # True: the source changed since the override was written; False: no stamp yet
    line: int | None


def follow_renames(overrides: list[Override], followed: dict[str, str], diag: Diagnostics) -> list[Override]:
    """The overrides with item ids the lock followed to new ids (a renamed file: 'net/x' is 'networking/x') replaced,
    so a repair survives the rename; one warning says what to replace (trial29 T29-46: the repaired answer reverted
    to the source's and the advice was to delete the override, as decisions did before T28-29)."""
    replaced: list[tuple[int | None, str, str]] = []
    out = []
    for o in overrides:
        new = followed.get(o.item)
        if new is None:
            out.append(o)
            continue
        moved = o.model_copy(update={"item": new})
        moved.line = o.line
        out.append(moved)
        replaced.append((o.line, o.item, new))
    say_renamed(diag, OVERRIDES_NAME, replaced, "the overrides", "replace the old item ids in overrides.toml with the new ones")
    return out


def check_stamps(items: list[Item], overrides: list[Override], diag: Diagnostics) -> list[Stamp]:
    """Warn about overrides written against other source text than the item has now, or recording none.

    An override replaces text, so a later edit of the source item (a fixed
    typo, a new fact) would silently disappear behind it.  Each override
    records the source item's :func:`source_stamp` as ``against``; when the
    source changes, the build warns and ``deckc lint`` fails until the
    override is re-checked (and re-stamped: ``deckc lint --stamp``).
    ``items`` are the items as read, before overrides.
    """
    by_key = {item.key: item for item in items}
    found: list[Stamp] = []
    for n, o in enumerate(overrides):
        item = by_key.get(o.item)
        if item is None or not o.masks:
            continue
        now = source_stamp(item)
        if o.against is not None and o.against == source_stamp(item, numbered=True):
            continue  # written before stamps left the number out: still the same text
        if o.against == now:
            continue
        found.append(Stamp(n, o.item, now, o.against is not None, o.line))
        replaced = " and ".join(o.masks)
        if o.against is None:
            diag.warning(
                OVERRIDES_NAME,
                o.line,
                "override does not record the source text it was written against",
                "run `deckc lint --stamp` (it adds against = \"<hash of the source item>\" under each item line), "
                "so a later edit of the source item is reported instead of hidden behind the override",
                group="override-unstamped",
            )
        else:
            diag.warning(
                OVERRIDES_NAME,
                o.line,
                f"the source of {o.item!r} changed since this override was written ({item.locator}); "
                f"the override still replaces its {replaced}",
                f"re-check the override against the source; when it is right, set against = \"{now}\" "
                "(or run `deckc lint --stamp`)",
            )
    return found


def write_stamps(content_dir: Path, stamps: list[Stamp]) -> int:
    """Record each source item's current stamp as ``against`` in overrides.toml; return how many were written.

    Only those lines change: an existing ``against`` gets the new value, a
    missing one is inserted under the table's ``item`` line, with its indent.
    """
    if not stamps:
        return 0
    path = content_dir / OVERRIDES_NAME
    text = path.read_bytes().decode("utf-8")
    lines = text.split("\n")
    keys = key_lines(text)
    edits: list[tuple[int, str | None, str]] = []  # (0-based line, None: insert after it / "": replace it, text)
    for s in stamps:
        at = keys.get(("override", s.index, "against"))
        if at is not None:
            old = lines[at - 1]
            new = re.sub(r"""(against\s*=\s*)(["'])[^"']*\2""", lambda m, s=s: f'{m.group(1)}"{s.stamp}"', old, count=1)
            edits.append((at - 1, "", new))
        else:
            item_line = keys.get(("override", s.index, "item"))
            if item_line is None:
                continue
            indent = re.match(r"[ \t]*", lines[item_line - 1]).group(0)  # type: ignore[union-attr]
            ending = "\r" if lines[item_line - 1].endswith("\r") else ""
            edits.append((item_line - 1, None, f'{indent}against = "{s.stamp}"{ending}'))
    for at, how, new in sorted(edits, key=lambda e: e[0], reverse=True):
        if how is None:
            lines.insert(at + 1, new)
        else:
            lines[at] = new
    body = "\n".join(lines).encode("utf-8")
    # ends like a build's own staged files: a watch ignores it, the next build removes one a crash left
    cachefile.write_atomic(path, body, mode=path.stat().st_mode & 0o777, suffix=NEW)
    return len(edits)
