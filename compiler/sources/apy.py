"""apy's Markdown note files (lervag/apy, the Anki command-line editor: ``apy add-from-file``, and the notes its editor
template writes; trial18 T18-17)::

    model: Basic
    tags: biology

    # Note
    model: Cloze
    tags: mytag, othertag

    ## Text
    {{c1::Canberra}} was {{c2::founded}} in 1913.

    ## Back Extra
    Extra information goes here.

    # Note

    ## Front
    What is the powerhouse of the cell?

    ## Back
    The mitochondrion.

Each ``# …`` heading is one note (its title is apy's name for it, never a question), ``model:`` / ``tags:`` / ``deck:``
lines under it (or before the first note, for every note) its settings, each ``## Field`` heading one of its fields.
Read as Markdown, the titles were questions with no answer, ``model: Basic`` an answer, a Cloze note's paragraphs two
notes and its ``Back Extra`` and tags text outside any card.  Now: a note of a Cloze model (or whose first field holds
``{{c1::…}}``) is a cloze note of its text (its paragraphs one text), the other fields its extra text; any other
note is a Basic card, the ``Front`` (``Text``, ``Question``, else the first field) its front, the other fields its
back (after the first, each under its name), the tags its tags.  The cloze notes come first in the converted text
(each line still names its own line): under a question they would be part of its answer.

ki (langfield/ki: an Anki collection in git, one file per note) writes the same shape with its settings in a fence
(```` ``` ```` / ``guid: …`` / ``notetype: Basic-d7a3e`` / ```` ``` ````) and its tags under ``### Tags``, in a fence,
one a line (``het_rs::07_vektorprozessoren``: Anki's tree, kept); its fields are Anki's HTML, so a front's ``<div>`` /
``<p>`` / ``<span>`` / ``<br>`` layout is one line of its words (trial19 T19-11).
"""

from __future__ import annotations

import re

from compiler.sources.converted import Converted

_NOTE = re.compile(r"^#[ \t]+(?P<title>\S.*?)\s*$")
_FIELD = re.compile(r"^##[ \t]+(?P<name>\S.*?)\s*$")
_KEY = re.compile(r"^(?P<key>model|notetype|tags|deck|markdown|md|nid|cid|guid)[ \t]*:[ \t]*(?P<value>.*?)\s*$", re.I)
_TAGS_HEADING = re.compile(r"^###[ \t]+tags\s*$", re.I)  # ki's '### Tags' over a fence of one tag a line
_FENCE = re.compile(r"^\s*(?:```|~~~)")
_FRONTS = ("front", "text", "question")
_ANSWERS = ("back", "answer")

Row = tuple[str, int]


def _fenced(lines: list[str]) -> list[bool]:
    out, inside = [], False
    for line in lines:
        opens = bool(_FENCE.match(line))
        out.append(inside or opens)
        if opens:
            inside = not inside
    return out


def _settings(lines: list[str], start: int, end: int) -> tuple[dict[str, str], int]:
    """The ``key: value`` lines from ``start`` (blank lines between them) and where they end; ki writes them in a fence
    (```` ``` ```` / ``guid: …`` / ``notetype: Basic-d7a3e`` / ```` ``` ````) and its tags under ``### Tags`` in one,
    a tag a line (trial19 T19-11)."""
    found: dict[str, str] = {}
    k = start
    while k < end:
        if not lines[k].strip():
            k += 1
            continue
        if _FENCE.match(lines[k]) or _TAGS_HEADING.match(lines[k]):
            inside = _fence_body(lines, k + 1 if _FENCE.match(lines[k]) else _next_text(lines, k + 1, end), end)
            if inside is None:
                break
            body, after = inside
            if _TAGS_HEADING.match(lines[k]):
                found["tags"] = " ".join(line.strip() for line in body if line.strip())
            elif body and all(_KEY.match(line) or not line.strip() for line in body):
                found.update({m.group("key").lower(): m.group("value") for line in body if (m := _KEY.match(line))})
            else:
                break
            k = after
            continue
        m = _KEY.match(lines[k])
        if m is None:
            break
        found[m.group("key").lower()] = m.group("value")
        k += 1
    if "notetype" in found:
        found.setdefault("model", found["notetype"])
    return found, k


def _next_text(lines: list[str], k: int, end: int) -> int:
    while k < end and not lines[k].strip():
        k += 1
    return k + 1 if k < end and _FENCE.match(lines[k]) else end


def _fence_body(lines: list[str], start: int, end: int) -> tuple[list[str], int] | None:
    """The lines of a fence opened right before ``start`` and the line after its closing one; None when it does not
    close before ``end``."""
    for k in range(start, end):
        if _FENCE.match(lines[k]):
            return lines[start:k], k + 1
    return None


def looks_like_apy(lines: list[str]) -> bool:
    """Whether the file is apy notes: a ``model:`` line before its first note heading or right under one, and every
    ``# …`` note heading over ``## …`` field headings."""
    fenced = _fenced(lines)
    notes = [k for k, line in enumerate(lines) if not fenced[k] and _NOTE.match(line)]
    if not notes:
        return False
    head, _ = _settings(lines, 0, notes[0])
    modelled = "model" in head
    for n, k in enumerate(notes):
        end = notes[n + 1] if n + 1 < len(notes) else len(lines)
        own, after = _settings(lines, k + 1, end)
        modelled = modelled or "model" in own
        if not any(not fenced[j] and _FIELD.match(lines[j]) for j in range(after, end)):
            return False
    return modelled


def _trimmed(rows: list[Row]) -> list[Row]:
    while rows and not rows[0][0].strip():
        rows.pop(0)
    while rows and not rows[-1][0].strip():
        rows.pop()
    return rows


def _tag_line(tags: str) -> str:
    return " ".join("#" + re.sub(r"[^\w/:-]", "_", t) for t in re.split(r"[,\s]+", tags) if t.strip())  # ('rs::04_uebung': Anki's tree)


_BLOCK_TAG = re.compile(r"</?(?:div|p|span|br|font)\b[^>]*>", re.I)
_BLOCK_CONTENT = re.compile(r"<(?:ul|ol|img|table|pre|dl|blockquote)\b", re.I)


def _front_rows(text: list[Row]) -> list[Row]:
    """A front field written in HTML, as Anki stores it (ki, apy's HTML notes): its words before any list, picture or
    table one line (``<div>``, ``<p>``, ``<span>``, ``<br>`` are only layout there; ``<b>``, ``<i>`` stay), the rest below."""
    joined = "\n".join(t for t, _ in text)
    if "<" not in joined:
        return text
    at = text[0][1]
    cut = _BLOCK_CONTENT.search(joined)
    head, rest = (joined[: cut.start()], joined[cut.start() :]) if cut else (joined, "")
    line = " ".join(_BLOCK_TAG.sub(" ", head).split())
    if not line:
        return text
    return [(line, at), *([("", at), *((r, at) for r in rest.split("\n"))] if rest.strip() else [])]


def convert_apy(lines: list[str], rel: str) -> Converted:
    """The notes as Markdown (see the module docstring); lines outside any note (before the first) as written,
    settings aside."""
    del rel
    fenced = _fenced(lines)
    notes = [k for k, line in enumerate(lines) if not fenced[k] and _NOTE.match(line)]
    defaults, after = _settings(lines, 0, notes[0])
    before: list[Row] = [(line, k + 1) for k, line in enumerate(lines[: notes[0]]) if k >= after or not line.strip()]
    clozes: list[Row] = []
    cards: list[Row] = []
    for n, k in enumerate(notes):
        end = notes[n + 1] if n + 1 < len(notes) else len(lines)
        own, start = _settings(lines, k + 1, end)
        settings = {**defaults, **own}
        heads = [j for j in range(start, end) if not fenced[j] and _FIELD.match(lines[j])]
        fields: list[tuple[str, int, list[Row]]] = []
        for i, j in enumerate(heads):
            stop = heads[i + 1] if i + 1 < len(heads) else end
            name = _FIELD.match(lines[j]).group("name")  # type: ignore[union-attr]
            fields.append((name, j + 1, _trimmed([(lines[x], x + 1) for x in range(j + 1, stop)])))
        front = next((f for f in fields if f[0].strip().lower() in _FRONTS), fields[0])
        rest = [f for f in fields if f is not front]
        text = front[2]
        model = settings.get("model", "")
        tags = _tag_line(settings.get("tags", ""))
        if "cloze" in model.lower() or any("{{c" in t for t, _ in text):
            joined = " ".join(t.strip() for t, _ in text if t.strip())
            extra = [r for _, _, more in rest for r in [*more, ("", k + 1)]]
            at = text[0][1] if text else front[1]
            clozes += [("<quiz>", at), (joined, at), *([("", k + 1), *_trimmed(extra)] if extra else []), ("</quiz>", at), ("", at)]
            continue
        if not text:
            text = [(_NOTE.match(lines[k]).group("title"), k + 1)]  # type: ignore[union-attr]
        text = _front_rows(text)
        (first, at), *stem = text
        asks = first.rstrip("*_`) ").endswith(("?", "？"))
        cards += [("### " + ("" if asks else "Q: ") + first.strip(), at), ("", at)]
        if stem:
            cards += [*stem, ("", at)]
        if tags:
            cards += [(tags, k + 1), ("", k + 1)]
        cards += [("#### Answer", at), ("", at)]
        for number, (name, cn, more) in enumerate(rest):
            if number and name.strip().lower() not in _ANSWERS:
                cards += [(f"*{name.strip()}:*", cn), ("", cn)]
            cards += [*more, ("", cn)]
    out = [*before, ("", 1), *clozes, *cards]
    return Converted(text="\n".join(t for t, _ in out) + "\n", origin=tuple(n for _, n in out))
