"""Cloze deletions (``{{c1::Paris::city}}``), read the same way wherever they are written: the front
field of an Anki export, a paragraph or list item of Markdown or text notes.

Readers share this (none imports another): what makes a text a cloze, the question it shows in
messages and the manifest (each deletion as ``[…]``), and the item fields of a cloze note. The
renderer and the sheet share :func:`deletions`: where a deletion's answer ends and its hint starts.
"""

from __future__ import annotations

import re

from compiler.mathtext import MATH
from compiler.model import Block, ItemKind
from compiler.sources.lines import squash

CLOZE = re.compile(r"\{\{c\d+::")
_DELETION = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}")
_CODE_SPAN = re.compile(r"`[^`]*`")
# a deletion whole: Anki ends it at the first '}}' and takes its first '::' as the start of the hint
_WHOLE = re.compile(r"\{\{c(?P<n>\d+)::(?P<body>.*?)\}\}", re.S)
# '::' glued between a name and a name ('std::cout', 'Vec::new', 'Foo::~Foo', 'vector<int>::iterator')
_GLUED = re.compile(r"(?<=[\w>])::(?=[A-Za-z_~])")
# the text says it is C++ / Rust / PHP / Perl / Ruby code: 'std::…', or a scoped name outside any deletion
_SCOPED_TEXT = re.compile(r"\bstd::\w|(?<![\w{:])[A-Za-z_]\w*::[A-Za-z_~]")
# after a glued '::', code rather than a hint: a call, a template, another scope ('Vec::new()', 'std::vector<int>',
# 'a::b::c') or a name written as code is (CamelCase inside: 'ActiveRecord::Base', 'LWP::UserAgent')
_CODE_AFTER = re.compile(r"[A-Za-z_~]\w*(?:[(<\[]|::)")
_CODE_NAME = re.compile(r"[A-Za-z_]\w*[a-z][A-Z]\w*")
# 'Code::Blocks', 'Data::Dumper': a capitalised name glued to a capitalised word that ends the deletion
_PROPER_NAME = re.compile(r"(?:^|(?<=[^\w]))[A-Z]\w*::[A-Z]\w*$")


# Mochi's deletion: '{{Au}}', '{{1::light energy}}' (no 'c'; unnumbered ones hide together); never '{{ name }}' (a
# template's placeholder, spaced) nor Anki's own '{{c1::…}}'
_MOCHI = re.compile(r"\{\{(?!c\d+::)(?:(?P<n>\d{1,2})::)?(?P<text>[^\s{}](?:[^{}]*?[^\s{}])?)\}\}")


def mochi_cloze(text: str) -> str | None:
    """A card's text with Mochi's ``{{…}}`` deletions (outside inline code) as Anki's (``{{Au}}`` -> ``{{c1::Au}}``,
    ``{{2::x}}`` -> ``{{c2::x}}``), or None when it has none: a hand-written Mochi card file is a cloze note, as a
    ``.mochi`` export's card is (trial22 T22-49: the braces were printed under the file's name as a front)."""
    if "{{" not in text or not _MOCHI.search(_CODE_SPAN.sub("", text)):
        return None
    parts = re.split(r"(`[^`]*`)", text)
    return "".join(p if k % 2 else _MOCHI.sub(lambda m: f"{{{{c{m.group('n') or 1}::{m.group('text')}}}}}", p) for k, p in enumerate(parts))


_OCCLUSION = re.compile(r"\{\{c\d+::\s*image-occlusion:", re.I)
OCCLUSION_SKIP = "an Image Occlusion note: its masks are drawn on a picture in Anki"
OCCLUSION_HINT = "keep it in Anki (its masks cannot be rebuilt outside it), or write a card naming the part by hand"


def image_occlusion(text: str) -> bool:
    """Whether a cloze text is Anki's Image Occlusion note ('{{c1::image-occlusion:rect:left=.1:…}}', Anki 23.10's note
    type): masks on a picture, no text to recall (trial25 T25-22: a card asked to recall 'image-occlusion:rect:…')."""
    return bool(_OCCLUSION.search(text))


# a deletion typed by hand: 'C1' (Anki reads its cloze marks in any case), spaces inside the braces ('{{ c1::Madrid }}')
_LOOSE = re.compile(r"\{\{[ \t]*[cC][ \t]*(\d+)[ \t]*::")


def anki_deletions(text: str) -> str:
    """The text with each deletion typed by hand ('{{C1::Paris}}', '{{ c1::Madrid }}') as Anki writes it,
    ``{{c1::…}}`` (its spaces before the closing braces kept: the answer's own)."""
    return _LOOSE.sub(r"{{c\1::", text) if "{{" in text else text


def has_cloze(text: str) -> bool:
    """Whether the text holds a deletion outside inline code (```{{c1::…}}``` shows the syntax, it asks nothing); a
    deletion typed by hand ('{{C1::…}}', '{{ c1::…}}') counts (:func:`anki_deletions`)."""
    return bool(_LOOSE.search(_CODE_SPAN.sub("", text))) if "{{" in text else False


def cloze_question(text: str) -> str:
    """The text with each deletion shown as ``[…]``."""
    return squash(_DELETION.sub("[…]", anki_deletions(text)))


def cloze_fields(text: str, extra: list[Block]) -> dict[str, object]:
    """The item fields of a cloze note: the text with its deletions (as Anki writes them), the extra text under it."""
    text = anki_deletions(text)
    return {"kind": ItemKind.cloze, "cloze": text, "question": cloze_question(text), "answer": extra}


def _scope_at(body: str, at: int, scoped: bool) -> bool:
    """Whether the '::' at ``at`` in a deletion's body is a scope operator (answer text), not the hint's start."""
    if not _GLUED.match(body, at):
        return False  # '{{c1::Paris:: a city}}', '{{c2::<<::operator}}': a hint
    left = re.search(r"[A-Za-z_]\w*$", body[:at])
    right = re.match(r"[A-Za-z_~]\w*", body[at + 2 :])
    if scoped or _CODE_AFTER.match(body, at + 2):
        return True
    names = [m.group(0) for m in (left, right) if m]
    if any(_CODE_NAME.fullmatch(n) for n in names):
        return True
    return bool(_PROPER_NAME.search(body))


# where a reader that knows Anki's own split (a note from an Anki package, CrowdAnki, Anki's text export) says a deletion's
# hint starts: right after that '::' ('{{c1::Femur::\u2063Knochen}}'); at a deletion's end, that it has none
# ('{{c1::std::cout\u2063}}'); never shown (mark_scopes and the sheet write the deletion without it)
HINT_MARK = "\u2063"
_ENTITY_COLON = re.compile(r"&#0*58;|&#x0*3a;|&colon;", re.I)


def anki_split(field: str) -> str:
    """An Anki field (as Anki stores it, its entities not yet read) with its deletions' hints marked where Anki starts
    them: at the first '::' the field writes as such, never at a '::' it writes ``&#58;&#58;`` (text on the card). The
    author saw that card in Anki: '{{c1::Femur::Knochen}}' asks 'Femur' with the hint 'Knochen' (trial24 T24-33), which
    :func:`deletions` alone reads as a name pair ('Code::Blocks'). Only a deletion whose '::' could be read either way
    is marked."""
    if "{{c" not in field:
        return field

    def mark(m: re.Match[str]) -> str:
        body = m.group("body")
        cut = body.find("::")
        if cut >= 0:
            if not _GLUED.match(body, cut):
                return m.group(0)  # ('Paris:: a city': a hint however read)
            body = body[: cut + 2] + HINT_MARK + body[cut + 2 :]
        elif "::" in _ENTITY_COLON.sub(":", body):
            body += HINT_MARK  # ('std&#58;&#58;cout': all of it the answer, as Anki shows it)
        else:
            return m.group(0)
        return f"{{{{c{m.group('n')}::{body}}}}}"

    return _WHOLE.sub(mark, field)


def deletions(cloze: str) -> list[tuple[int, int, int, str, str | None]]:
    """Each deletion as ``(start, end, number, answer, hint)``, its answer as the author meant it.

    Anki starts a deletion's hint at its first ``::``, so ``{{c1::std::cout}}`` showed the hint 'cout' and
    the answer 'std' (learner5 L51, severe). A ``::`` glued between names is a scope operator, part of the
    answer, when the text is C++-like (``std::`` or a scoped name outside the deletions), when code follows
    it (``Vec::new()``, ``std::vector<int>``, ``a::b::c``), when either name is written as code
    (``ActiveRecord::Base``) or the deletion is a capitalised name pair (``Code::Blocks``); the hint is after
    the first other ``::`` (``{{c1::Paris::city}}``: hint 'city'). :func:`mark_scopes` writes it for Anki.
    """
    # math's own '}}' and '::' never end or split a deletion (compiler/mathtext.protect_cloze_math): masked here
    masked = MATH.sub(lambda m: m.group(0).replace(":", "\0").replace("}", "\0"), cloze)
    outside = _WHOLE.sub(" ", masked)
    scoped = bool(_SCOPED_TEXT.search(outside)) or any("std::" in m.group("body") for m in _WHOLE.finditer(masked))
    found = []
    for m in _WHOLE.finditer(masked):
        body = m.group("body")
        text = cloze[m.start("body") : m.end("body")]
        if HINT_MARK in body:  # (where Anki starts its hint, said by the reader of an Anki note: anki_split)
            at = body.find("::" + HINT_MARK)
            answer, hint = (text, None) if at < 0 else (text[:at], text[at + 3 :])
            found.append((m.start(), m.end(), int(m.group("n")), answer.replace(HINT_MARK, ""), hint and hint.replace(HINT_MARK, "")))
            continue
        cut = next((k for k in (i.start() for i in re.finditer("::", body)) if not _scope_at(body, k, scoped)), None)
        answer, hint = (text, None) if cut is None else (text[:cut], text[cut + 2 :])
        found.append((m.start(), m.end(), int(m.group("n")), answer, hint))
    return found


def _plain(answer: str) -> str:
    """A deletion's answer as words to compare: no tags, emphasis or code marks, TeX command names (two formulas
    both in ``\\mathbf`` tell nothing of each other), lower case."""
    text = re.sub(r"\\[A-Za-z]+|[*_`~]+", " ", _TAG.sub(" ", answer))
    return squash(text).casefold().strip(" .,;:!?")


_TAG = re.compile(r"<[^>]*>")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _gives_away(a: str, b: str) -> bool:
    """Whether one answer shown would tell the other: one holds the other from a word's start
    ('mitochondria' / 'mitochondrial DNA', 'DNA' / 'DNA polymerase'; a short one as a whole word), or they share a
    long word or its stem ('aerobic respiration' / 'anaerobic respiration', 'mitochondrion' / 'mitochondria')."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    if _CJK.search(short):
        if short in long:
            return True
    elif re.search(r"(?<!\w)" + re.escape(short) + ("" if len(short) >= 3 else r"(?!\w)"), long):
        return True
    for u in re.findall(r"\w{5,}", a):
        for v in re.findall(r"\w{5,}", b):
            common = next((i for i, (x, y) in enumerate(zip(u, v, strict=False)) if x != y), min(len(u), len(v)))
            if common >= max(5, min(len(u), len(v)) - 3):
                return True
    return False


def giveaways(cloze: str) -> set[int]:
    """The numbers (in :func:`deletions` order) of the deletions that would give another number's answer away if
    shown beside it on its card: hidden on the front as well (card.css ``.cloze-sib``); the others show, as in
    Anki, so the front keeps what to recall from ('The [...] is the site of aerobic respiration.', learner5 L38)."""
    found = [(n, _plain(answer)) for _, _, n, answer, _ in deletions(cloze)]
    return {
        k
        for k, (n, a) in enumerate(found)
        if any(m != n and _gives_away(a, b) for m, b in found)
    }


def mark_scopes(cloze: str, mark: str, hide: tuple[str, str] | None = None, hide_all: bool = False) -> str:
    """The cloze text with each scope operator inside an answer written ``mark`` (Anki's field gets
    ``&#58;&#58;``: the same colons on the card, never the start of a hint). With ``hide`` (an opening and
    a closing mark), the answer of each deletion in :func:`giveaways` (each one with ``hide_all``) is put
    between them: the renderer makes that the ``.cloze-sib`` span the card hides on a sibling's front."""
    out, pos = [], 0
    hidden = giveaways(cloze) if hide and not hide_all else set()
    for k, (start, end, n, answer, hint) in enumerate(deletions(cloze)):
        out.append(cloze[pos:start])
        shown = answer.replace("::", mark)
        if hide and (hide_all or k in hidden):
            shown = hide[0] + shown + hide[1]
        out.append(f"{{{{c{n}::{shown}{'' if hint is None else '::' + hint}}}}}")
        pos = end
    out.append(cloze[pos:])
    return "".join(out)
