"""Answer-block sorting shared by the plain-text readers.

A plain-text answer is a run of lines; :func:`answer_blocks` sorts them into
the typed blocks of :class:`~compiler.model.Block` (paragraphs, code,
formula lines, bullet lists) so every layout renders the same way.
"""

from __future__ import annotations

import html
import re
import textwrap

from compiler.model import Block, BlockKind
from compiler.sources.lines import (
    BULLET,
    LIST_LINE_MAX,
    OWN_LINE,
    closed_fences,
    ends_complete,
    join_continuation,
    looks_like_code,
    looks_like_formula,
    squash,
)


def text_block(text: str) -> Block:
    return Block(kind=BlockKind.text, text=squash(text))


FRAGMENT_WORDS = 3


def _fragment(text: str) -> bool:
    """A few words without sentence punctuation: one entry of a list written one per line."""
    return len(text.split()) <= FRAGMENT_WORDS and not ends_complete(text) and not looks_like_formula(text)


# words a sentence never stops on: a line ending on one was wrapped mid-sentence ('They produce most of the' /
# 'cell's ATP …'), in the languages deckc reads most
_DANGLING_WORDS = (
    "the a an of to in on at by for from with through across into onto over under between among about than as and or "
    "but nor that which whose its their his her our your my this these those is are was were be been has have had",
    "le la les des du de un une et ou à au aux en dans pour par sur avec que qui",
    "der die das den dem des ein eine einen und oder zu von mit für auf im am",
    "el los las del y o en con por para que una il lo gli di da e per che os do dos das em com um uma",
)
_DANGLING = frozenset(word for words in _DANGLING_WORDS for word in words.split())
WRAPPED_WORDS = 4  # words at least on a line whose sentence a lower-case line ending it finishes


def _wrapped(previous: str, ahead: list[str]) -> bool:
    """``ahead[0]`` goes on with ``previous``'s sentence, hard-wrapped (a narrow column, a PDF, a Word table):
    ``previous`` ends on a word no sentence stops on ('… across a' / 'selectively permeable membrane.'), or it is a
    run of words and the next line starts in lower case, the lines up to the paragraph's end (no bullet among them)
    finishing the sentence. A list written one entry a line ends its entries on their content and opens each as an
    entry: 'TCP' / 'UDP' stays a list (trial28 T28-58)."""
    words = previous.split()
    if not words or ends_complete(previous):
        return False
    if words[-1].casefold() in _DANGLING and len(words) >= 2:
        return True
    if len(words) < WRAPPED_WORDS or not ahead[0].strip()[:1].islower():
        return False
    for line in ahead:
        if not line.strip() or BULLET.match(line):
            return False
        if ends_complete(line.strip()):
            return True
    return False


def continues(previous: str, line: str) -> bool:
    """``line`` goes on with ``previous``'s sentence: the break between them is a wrap, not a new line the writer meant
    ('A mapping' / 'from keys to values.', 'The capital of France is' / 'Paris.'). A line that opens in upper case or
    with a digit after an unfinished line is a line of its own ('Solid' / 'Liquid' / 'Gas')."""
    words, start = previous.split(), line.strip()[:1]
    if not words or not start or ends_complete(previous):
        return False
    if words[-1].casefold() in _DANGLING and len(words) >= 2:
        return True
    return start.islower() or start in ",.;:)]"


def cell_lines(lines: list[str]) -> list[Block]:
    """The lines of one paragraph of a table cell: a cell's line break is typed on purpose (Alt+Enter, a newline in an
    export), so lines stay apart unless one goes on with the sentence before it (:func:`continues`). Short entries one
    a line ('Solid' / 'Liquid' / 'Gas') are a list; longer lines a paragraph each (a cell's three states of matter were
    'Solid Liquid Gas': sitting 38)."""
    runs: list[str] = []
    for line in lines:
        if runs and continues(runs[-1], line):
            runs[-1] = join_continuation(runs[-1], line)
        else:
            runs.append(squash(line))
    if len(runs) > 1 and all(_fragment(run) for run in runs):
        return [Block(kind=BlockKind.bullets, items=runs)]
    return [text_block(run) for run in runs]


# a field's label opening a line: 'Symptoms: wheeze, …', 'Side effects: …' (a capitalised word or three and a colon)
_FIELD_LEAD = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2}: \S")


def answer_blocks(first: str, extra: list[str]) -> list[Block]:
    """Build answer blocks from the answer's first text and the lines after it.

    Unfinished answer text swallows the next plain line, unless both open with a field's label ('Symptoms: …' /
    'Treatment: …': two fields, round-15 d/63); code lines make one
    python block; formula lines are formula blocks; runs of two or more short
    unpunctuated lines (pro/con, tags) or marked bullets become a bullet list;
    anything else is a text paragraph.  Nothing is dropped.
    """
    blocks: list[Block] = []
    para = squash(first)
    code: list[str] = []
    bullets: list[str] = []

    def flush_para() -> None:
        nonlocal para
        if para:
            blocks.append(Block(kind=BlockKind.text, text=para))
        para = ""

    def flush_code() -> None:
        if code:
            blocks.append(Block(kind=BlockKind.code, text="\n".join(code), lang="python"))
        code.clear()

    def flush_bullets() -> None:
        kept = [b for b in bullets if b.strip()]  # (a bare '- ' line is no entry: an empty block stopped the build, fuzzing)
        if len(kept) == 1:
            blocks.append(Block(kind=BlockKind.text, text=kept[0]))
        elif kept:
            blocks.append(Block(kind=BlockKind.bullets, items=kept))
        bullets.clear()

    fences = {start: (end, info) for start, end, info in closed_fences(extra)} if any("``" in x or "~~" in x for x in extra) else {}
    skip = -1
    for k, raw in enumerate(extra):
        if k <= skip:
            continue
        if k in fences:
            end, info = fences[k]
            flush_para()
            flush_code()
            flush_bullets()
            fenced = textwrap.dedent("\n".join(extra[k + 1 : end]).expandtabs(4)).strip("\n")
            if fenced.strip():
                blocks.append(Block(kind=BlockKind.code, text=fenced, lang=info.split()[0] if info else ""))
            skip = end
            continue
        line = raw.rstrip()
        s = squash(line)
        if not s:
            continue
        if looks_like_code(line, in_code=bool(code)):
            flush_para()
            flush_bullets()
            code.append(line.strip() if not code else line)
            continue
        flush_code()
        marked = BULLET.match(line)
        if para and not blocks and not bullets and _fragment(para) and _fragment(s) and para == squash(first):
            bullets.append(para)  # 'A: SYN' / 'SYN-ACK' / 'ACK': short words one per line are a list
            para = ""
        own = bool(OWN_LINE.match(s)) or bool(para and OWN_LINE.match(para))  # (a step's bold title or command line)
        if bullets and not marked and not own and not para and not looks_like_formula(s) and _wrapped(bullets[-1], extra[k:]):
            para = bullets.pop()  # ('Answer: They produce most of the' / 'cell's ATP …': one sentence, no list; T28-58)
            flush_bullets()
            para = join_continuation(para, s)
        elif para and not ends_complete(para) and not marked and not looks_like_formula(s) and not own and not (_FIELD_LEAD.match(s) and _FIELD_LEAD.match(para)):
            para = join_continuation(para, s)
        elif OWN_LINE.match(s) and not marked:
            flush_para()
            flush_bullets()
            para = s
        elif looks_like_formula(s) and not marked:
            flush_para()
            flush_bullets()
            blocks.append(Block(kind=BlockKind.formula, text=s))
        elif marked or (len(s) <= LIST_LINE_MAX and not ends_complete(s)):
            flush_para()
            bullets.append(squash(BULLET.sub("", line)) if marked else s)
        else:
            flush_para()
            flush_bullets()
            para = s
    flush_para()
    flush_code()
    flush_bullets()
    return blocks


VERSE_LINES = 2  # short lines in a paragraph of a passage, at least, that are verse


def passage_blocks(lines: list[str]) -> list[Block]:
    """The blocks of a passage set before the questions it serves (a reading text, a poem), its lines unwrapped.

    As :func:`answer_blocks` sorts them, except a paragraph of two or more lines none of them a bullet, code or a
    formula (verse, an address, a dialogue): its lines kept one under another, as the page sets them. A poem's lines
    were a bullet list, and the question asks about "the first line" (trial25 T25-32).
    """
    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        verse = len(para) >= VERSE_LINES and not any(
            BULLET.match(x) or looks_like_code(x, in_code=False) or looks_like_formula(squash(x)) for x in para
        )
        if verse:
            shown = "<br>".join(html.escape(squash(x), quote=False) for x in para)
            blocks.append(Block(kind=BlockKind.html, text=f"<p>{shown}</p>"))
        elif para:
            blocks.extend(answer_blocks("", para))
        para.clear()

    if any("``" in x or "~~" in x for x in lines):
        return answer_blocks("", lines)  # (a fence: code, as answers show it)
    for line in lines:
        if line.strip():
            para.append(line)
        else:
            flush()
    flush()
    return blocks
