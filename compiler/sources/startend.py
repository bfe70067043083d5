"""Obsidian_to_Anki's ``START … END`` note blocks (learner M37), rewritten in place as shapes deckc reads.

The plugin writes a note as::

    START
    Basic
    Front: What is the powerhouse of the cell?
    Back: The mitochondrion.
    Tags: biology cells
    END

(the line after ``START`` names the note type; ``Front:`` may be left out, the first line being the
front; a ``Cloze`` block holds ``Text:`` with ``{{c1::…}}`` deletions and may hold ``Extra:``).  A block
becomes a ``Q:``/``A:`` pair, or its cloze sentence, line for line (so every line number stays), its tags a
line of ``#tags`` after it; nothing of the block syntax reaches a card.
"""

from __future__ import annotations

import re

_FIELD = re.compile(r"^(?P<name>Front|Back|Text|Extra|Tags)\s*:\s?(?P<value>.*)$", re.I)


# the plugin's inline note on one line: 'STARTI [Basic] What is osmosis? Back: Diffusion of water … ENDI' (trial9 T27)
# (anywhere on a line: '- STARTI [Basic] … ENDI', a list of them, as its manual allows; trial21 known-3)
_INLINE = re.compile(r"^(?P<lead>\s*(?:[-*+]\s+|\d{1,3}[.)]\s+)?)STARTI\s+\[(?P<kind>[^\]]+)\]\s+(?P<body>.*?)\s+ENDI\s*$")
_TARGET = re.compile(r"^\s*TARGET DECK\s*:?\s*\S.*$")  # 'TARGET DECK: Biology::Cells' (or on the next line)
_INLINE_FIELD = re.compile(r"\s(?=(?:Front|Back|Text|Extra|Tags)\s*:)")
_NOTE_ID = re.compile(r"^\s*<!--\s*ID:\s*\d+\s*-->\s*$")  # the note id the plugin writes into a block once synced
_FILE_TAGS = re.compile(r"^\s*FILE TAGS\s*:?\s*(?P<tags>.*)$")  # 'FILE TAGS' and its tags (or on the next line)
# the plugin's CurlyCloze deletions: '{nucleus}', '{2:DNA}', '{c1|membrane}' (not '{{c1::…}}', TeX's '\frac{3}{4}', '${x}$')
_CURLY = re.compile(r"(?<![{\\\w$^_])\{(?:c?(?P<n>\d{1,2})[:|])?(?P<text>[^{}\n]+)\}(?!\})")
_MATH_OR_CODE = re.compile(r"\$[^$\n]+\$|`[^`\n]+`")


_MARKS = re.compile(r"^[^\S\n]*(?:START|STARTI\b.*\bENDI|TARGET DECK\b.*|FILE TAGS\b.*|<!--\s*ID:\s*\d+\s*-->)\s*$", re.M)
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")


# the plugin's "custom regex" notes framed by banner lines: '==================== Question ====================' over the
# question, '… Answer …' over its answer, '… Id …' over the note's number (trial27 T27-26); and the footer its template
# writes under them: 'DECK INFO', an empty 'Reference:' / 'Related:', 'QUESTION STATUS: Safe to store'
_BANNER = re.compile(r"^\s*(?:={3,}|-{3,}|\*{3,}|#{3,})[ \t]*(?P<label>[^\W\d_][\w ]{0,30}?)[ \t]*(?:={3,}|-{3,}|\*{3,}|#{3,})[ \t]*$")
_BANNER_ANSWER = re.compile(r"^(?i:answers?|back|solution|respuesta|réponse|antwort|resposta|ответ|答案)$")
_BANNER_ID = re.compile(r"^(?i:id|note\s+id|anki\s+id)$")
_FOOTER = re.compile(r"^\s*(?:DECK INFO|(?i:reference|references|related|source|sources)\s*:|QUESTION STATUS\s*:.*)\s*$")


def _banners(lines: list[str]) -> list[str]:
    """``lines`` with the plugin's banner lines and footer blank (a banner's label is the field it frames: the question
    under 'Question' is read as written, the answer under 'Answer' is its answer, the number under 'Id' no text)."""
    labels = [m.group("label").strip() for line in lines if (m := _BANNER.match(line))]
    if not any(_BANNER_ANSWER.match(label) for label in labels):
        return lines
    out = list(lines)
    for k, line in enumerate(lines):
        m = _BANNER.match(line)
        if m is not None:
            out[k] = ""
            if _BANNER_ID.match(m.group("label").strip()):
                nxt = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
                if nxt is not None and re.fullmatch(r"\s*\d{1,16}\s*", lines[nxt]):
                    out[nxt] = ""
        elif _FOOTER.match(line):
            out[k] = ""
    return out


def plugin_file(text: str) -> bool:
    """Whether the text carries the plugin's marks: a ``START`` line, an inline note, a ``TARGET DECK`` or ``FILE
    TAGS`` line, or the ``<!--ID: …-->`` it writes under each note it synced."""
    return _MARKS.search(text) is not None


def rewrite(text: str) -> str:
    """The text with every ``START``/``END`` block as a ``Q:``/``A:`` pair or a cloze paragraph, every inline
    ``STARTI [Basic] … ENDI`` note as such a pair on its line, and (in a file with the plugin's marks) every paragraph
    holding CurlyCloze deletions as an Anki cloze; the plugin's ids no text."""
    if not plugin_file(text):
        return text
    lines = _cloze_paragraphs(_banners(["" if _NOTE_ID.match(line) else line for line in text.split("\n")]))
    file_tags: list[str] = []
    for k, line in enumerate(lines):
        if line.strip() in ("TARGET DECK", "TARGET DECK:") and k + 1 < len(lines) and lines[k + 1].strip():
            lines[k] = lines[k + 1] = ""  # (the deck on the line under it, as the plugin also reads it: T20-4)
            continue
        if _TARGET.match(line):
            lines[k] = ""  # the Anki deck the plugin files the notes in: no text of any card
            continue
        tagged = _FILE_TAGS.match(line)
        if tagged is not None:  # the tags the plugin gives every note of the file (T20-4)
            said = tagged.group("tags").strip() or (lines[k + 1].strip() if k + 1 < len(lines) else "")
            if not tagged.group("tags").strip() and k + 1 < len(lines):
                lines[k + 1] = ""
            file_tags += said.replace(",", " ").split()
            lines[k] = ""
            continue
        m = _INLINE.match(line) if "STARTI" in line else None
        if m is None:
            continue
        new = _block(m.group("kind").strip().lower(), [*_INLINE_FIELD.split(m.group("body")), *(["Tags: " + " ".join(file_tags)] if file_tags else [])])
        lead = m.group("lead")
        if new is not None and len(new) == 2 and new[0].startswith("Q: ") and not re.search(r"[:`]", new[0][3:]):
            lines[k] = f"{lead}{new[0][3:]}::{new[1][3:]}"  # 'What is osmosis?::Diffusion …', an inline card on its line
        elif new is not None and new[0] == "<quiz>":
            lines[k] = lead + new[1]  # a cloze sentence
    n = 0
    while n < len(lines):
        if lines[n].strip() != "START":
            n += 1
            continue
        end = next((k for k in range(n + 1, min(len(lines), n + 200)) if lines[k].strip() == "END"), None)
        if end is None or end < n + 3:
            n += 1
            continue
        kind = lines[n + 1].strip().lower()
        body = ["" if _NOTE_ID.match(line) else line for line in lines[n + 2 : end]]  # (its synced id: no card text)
        if file_tags:
            body = [*body, "Tags: " + " ".join(file_tags)]
        new = _block(kind, body)
        if new is None:
            n = end + 1
            continue
        room = end + 1 - n  # START, the type line, the body, END: the rewritten block takes their places
        lead = [] if new[0] == "<quiz>" else [""]  # (a cloze's text at the type line, as a card's question is)
        lines[n : end + 1] = (lead + new + [""] * room)[:room]
        n = end + 1
    return "\n".join(lines)


def _block(kind: str, body: list[str]) -> list[str] | None:
    """The body's lines rewritten (as many lines as it had, plus the type line), or None for a block it is not."""
    fields: dict[str, list[str]] = {}
    current = "front"
    for line in body:
        m = _FIELD.match(line.strip())
        if m:
            current = m.group("name").lower()
            fields.setdefault(current, []).append(m.group("value"))
        else:
            fields.setdefault(current, []).append(line)
    tags = " ".join("#" + t for t in dict.fromkeys(" ".join(fields.pop("tags", [])).split()))
    if kind.startswith("cloze") or "text" in fields:
        text = [*fields.get("text", []), *fields.get("front", [])]
        if not any("{{c" in line for line in text):  # '{nucleus}': the plugin's CurlyCloze, Anki's '{{c1::nucleus}}' (T20-4)
            text = _curly_clozes(text)
        # one line of cloze text, its tags after it, its Extra the note's extra: a '<quiz>' the Markdown reader reads so
        # (the Extra was a paragraph 'outside any question': trial21 known-3)
        extra = [line for line in fields.get("extra", [])]
        while extra and not extra[-1].strip():
            extra.pop()
        joined = " ".join(line.strip() for line in text if line.strip()) + (f" {tags}" if tags else "")
        return ["<quiz>", joined, *(["", *extra] if any(x.strip() for x in extra) else []), "</quiz>"]
    elif kind.startswith("basic") or fields.get("back"):
        front = [x for x in fields.get("front", []) if x.strip()]
        back = [*fields.get("back", []), *fields.get("extra", [])]
        back = back[: max((k + 1 for k, x in enumerate(back) if x.strip()), default=0)]
        if not front or not back:
            return None
        if "reverse" in kind:  # 'Basic (and reversed card)': a card each way, the '??' paragraph of Obsidian SR (T20-4)
            out = [*front, "??", *back]
            if tags:  # (after the answer: the paragraph's front is one of its two sides)
                out[-1] += f" {tags}"
            return out
        out = [f"Q: {front[0]}", *front[1:], f"A: {back[0]}", *back[1:]]
        if tags:  # after the answer, where the reader takes a card's own tags off it (after a question that does not
            out[-1] += f" {tags}"  # end in '?' they were glued into the front: trial21 known-3)
        return out
    return None


def _cloze_paragraphs(lines: list[str]) -> list[str]:
    """The lines with each paragraph outside ``START`` … ``END`` blocks and code that holds CurlyCloze deletions
    (``{cloze paragraph style}``, ``{2:CurlyCloze}``, ``{c1|easier}``: the plugin's Cloze Paragraph style) as Anki
    clozes; braces in maths or code are left alone (trial21 known-3)."""
    out = list(lines)
    fenced = inside = False
    start: int | None = None
    for k in range(len(lines) + 1):
        line = lines[k] if k < len(lines) else ""
        if _FENCE.match(line):
            fenced = not fenced
        if line.strip() == "START":
            inside = True
        elif line.strip() == "END":
            inside = False
        plain = not (fenced or inside or _FENCE.match(line)) and line.strip() and not line.lstrip().startswith(("#", "|", "<!--"))
        if plain and start is None:
            start = k
        elif not plain and start is not None:
            shielded = [_MATH_OR_CODE.sub(lambda x: " " * len(x.group(0)), row) for row in lines[start:k]]
            if any(_CURLY.search(row) for row in shielded):
                out[start:k] = _curly_clozes(lines[start:k])
            start = None
    return out


def _curly_clozes(lines: list[str]) -> list[str]:
    """A cloze's lines with the plugin's CurlyCloze deletions as Anki's: ``{nucleus}`` numbered in order (after any
    number written), ``{2:DNA}`` / ``{c2|DNA}`` as numbered; braces inside maths or code are left alone."""
    written = [int(m.group("n")) for line in lines for m in _CURLY.finditer(_MATH_OR_CODE.sub(lambda x: " " * len(x.group(0)), line)) if m.group("n")]
    count = max(written, default=0)
    out = []
    for line in lines:
        shielded = _MATH_OR_CODE.sub(lambda x: "\0" * len(x.group(0)), line)
        pieces, at = [], 0
        for m in _CURLY.finditer(shielded):
            if m.group("n"):
                n = int(m.group("n"))
            else:
                count += 1
                n = count
            pieces += [line[at : m.start()], f"{{{{c{n}::{line[m.start('text') : m.end('text')]}}}}}"]
            at = m.end()
        out.append("".join([*pieces, line[at:]]))
    return out
