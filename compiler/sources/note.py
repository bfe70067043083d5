"""Reader for one note per file: the file's name is the front, its text the back.

Obsidian vaults, Zettelkasten folders and page exports of Bear, Notion or Logseq keep one idea
per file and name the file after it (``Momentum.md``, ``AUC (Area under the ROC curve).md``):
the text under it asks nothing and has no heading, so no other layout finds a question.  Read
with ``layout = "note"`` (or detected for such a file when nothing else fits, see
:func:`compiler.sources.detect.note_page`), the file is one card:

- front: the front matter's ``title:`` if it has one, else the file name without its extension; a
  Zettelkasten id in front of it
  (``202101011230 Momentum``) is dropped, and a name written as a slug (``gradient-descent``,
  ``gradient_descent``) reads as words, cased as the note's text says them (``The French Revolution``) or with a
  capital first (``Gradient descent``);
- back: the whole text, rendered as Markdown (front matter left out);
- a note tagged ``#flashcards`` (Obsidian Spaced Repetition's deck tag) whose paragraphs hold
  ``==highlighted==`` text is read as that plugin does: each such paragraph a cloze card, each
  highlight a deletion;
- tags: lines of tags only (``#fundamentals``, ``#language, #generativeAI``) and the front
  matter's ``tags`` become the note's tags; they are not shown on the card.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import Item, ItemKind, item_slug, normalize_text
from compiler.sources.base import Document, make_item
from compiler.sources.cloze import mochi_cloze
from compiler.sources.difficulty import Levels
from compiler.sources.directives import directives
from compiler.sources.lines import front_matter_title, label_only_heading, slug_title, slug_words
from compiler.sources.markdown_blocks import (
    TopBlock,
    asked_in_passing,
    callouts,
    check_parsed,
    check_text,
    emoji_shortcodes,
    footnote_definitions,
    front_matter_tags,
    html_headings,
    make_parser,
    markdown_in_html,
    obsidian_links,
    plain_inline,
    render_blocks,
    strip_front_matter,
    task_boxes,
    top_blocks,
    wiki_link_lines,
)
from compiler.sources.sr_clozes import sr_deletions

_DELETION = re.compile(r"\{\{c\d+::(.*?)\}\}")
_ZETTEL_ID = re.compile(r"^\d{8,14}[\s_-]+(?=\S)")  # '202101011230 Momentum'
_OUTLINE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+(?=\S)")  # '1.2.0 …', '10.1 …'
# a site's ordering prefix ('01-ECMAScript', '06-Virtual DOM', '17_hooks', '03. Props': Docusaurus, MkDocs, GitBook,
# Jekyll sort pages by it, T33-2): two or three digits (never '2-Butanol', whose one digit is part of the name)
_ORDER_PREFIX = re.compile(r"^\d{2,3}(?:[-_]+|\.[ \t]*)(?=[^\W\d_])")
_TAG = re.compile(r"#([^\s#,;]+)")
_TAGS_LINE = re.compile(r"^\s*(?:#[^\s#]+[\s,;]*)+$")


def note_front(path: str, ordered: bool = False) -> str:
    """The card's front for a note file: its name, without a Zettelkasten id or (unless ``ordered``: the name the
    note's id was made of before T33-2) a site's ordering prefix, slugs read with spaces."""
    stem = PurePosixPath(path).stem.strip()
    stem = _ZETTEL_ID.sub("", stem)
    stem = _OUTLINE_NUMBER.sub("", stem)  # '10.1.0 使用Redis有哪些好处？': a collection's entry number, not the question's
    stem = stem if ordered else _ORDER_PREFIX.sub("", stem)
    if "___" in stem or "%2F" in stem:  # Logseq's namespaced page 'areas___kubernetes___cka' is 'areas/kubernetes/cka' (T13)
        return "/".join(note_front(part + ".md", ordered) for part in re.split(r"___|%2F", stem) if part.strip())
    if (
        " " not in stem
        and re.search(r"[A-Za-z]", stem)
        and re.fullmatch(r"[\w.()'+&-]+", stem)
        and re.search(r"[-_]", stem)
    ):
        stem = re.sub(r"[-_]+", " ", stem)  # 'gradient-descent', 'gradient_descent'
    return " ".join(stem.split())


_ENDS_SENTENCE = ("?", "？", ".", "。", "!", "！", ":", "：", "…")


def front_matter_asked(lines: list[str]) -> str | None:
    """The front matter's title with its ``subtitle:`` after it, the page's whole question (``title: Why is it …
    </body>?`` / ``subtitle: Do you know any exceptions?``, an interview handbook's page: trial29 T29-3, the subtitle
    was on no card); the title alone when it has none."""
    from compiler.sources.lines import front_matter_text

    title = front_matter_title(lines)
    if title is None:
        return None
    subtitle = front_matter_text(lines, "subtitle")
    if not subtitle or subtitle.casefold() in title.casefold():
        return title
    cjk = title.endswith(("？", "。", "！", "：")) or (not subtitle.isascii() and not title.isascii() and " " not in subtitle)
    return f"{title}{'' if cjk else ' '}{subtitle}" if title.endswith(_ENDS_SENTENCE) else f"{title}: {subtitle}"


_QUESTION_KEYS = ("question", "q", "front", "prompt")


_ANSWER_KEYS = ("answer", "a", "back")


def _front_matter_keys(lines: list[str], wanted: Iterable[str]) -> dict[str, Any] | None:
    """A page's YAML front matter as a mapping of case-folded keys, when a line of it names one of ``wanted``; else
    None (no front matter, none of those keys, broken YAML, or no mapping)."""
    from compiler.sources.lines import front_matter, front_matter_end

    end = front_matter_end(lines)
    if not end or lines[0].strip() != "---" or not any(re.match(rf"^(?i:{'|'.join(wanted)})\s*:", line) for line in lines[1:end]):
        return None
    return front_matter(lines)


def front_matter_answer(lines: list[str]) -> str | None:
    """``answer: The mitochondrion.`` (``back:``) beside a front-matter question: the card's answer, the page's text
    after it (trial20 T20-41: the text replaced it)."""
    keys = _front_matter_keys(lines, _ANSWER_KEYS)
    if keys is None:
        return None
    value = next((keys[k] for k in _ANSWER_KEYS if isinstance(keys.get(k), (str, int, float)) and not isinstance(keys.get(k), bool) and str(keys[k]).strip()), None)
    return str(value).strip() if value is not None else None


def front_matter_question(lines: list[str]) -> str | None:
    """``question: Can I still join?`` in a page's YAML front matter (FAQ sites keep one question per file so,
    trial9 T15): the note's front, its text the answer. Read as YAML, so a question wrapped onto a second
    line is whole."""
    keys = _front_matter_keys(lines, _QUESTION_KEYS)
    if keys is None:
        return None
    value = next((keys[k] for k in _QUESTION_KEYS if isinstance(keys.get(k), str) and keys[k].strip()), None)
    return " ".join(value.split()) if value else None


def tag_lines(lines: list[str]) -> tuple[list[str], set[int]]:
    """The tags on lines that hold only tags (outside code fences), and those lines (0-based)."""
    from compiler.sources.lines import in_fence

    tags: list[str] = []
    where: set[int] = set()
    for n, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        if not fenced and _TAGS_LINE.match(line) and not re.match(r"^\s{0,3}#{1,6}(?:\s|$)", line):
            tags += [t.replace("/", "::") for t in _TAG.findall(line)]  # (a nested tag as front matter's: one tag, T36-11)
            where.add(n)
    return list(dict.fromkeys(tags)), where


_RULE_LINE = re.compile(r"^ {0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")
_BLOCK_LINE = re.compile(r"^\s*(?:#|[-*+]\s|\d{1,3}[.)]\s|>|\||```|~~~|<)")
FRONT_LINES = 3  # lines at most of a one-card file's front


def card_split(lines: list[str]) -> int | None:
    """0-based index of the one rule that parts a one-card file's front from its back ('What does DNA stand for?' /
    '---' / 'Deoxyribonucleic acid': Mochi and cards written by hand, trial11 P116), or None: after the front matter,
    one short paragraph (a few lines, no heading, list or quote), a rule alone on its line, then the back."""
    from compiler.sources.lines import front_matter_end, in_fence

    start = (front_matter_end(lines) or -1) + 1
    body = [k for k, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)) if k >= start and line.strip() and not fenced]
    rules = [k for k in body if _RULE_LINE.match(lines[k])]
    if len(rules) != 1:
        return None
    at = rules[0]
    front = [k for k in body if k < at]
    back = [k for k in body if k > at]
    if not front or not back or len(front) > FRONT_LINES or front[-1] - front[0] + 1 != len(front):
        return None  # (one paragraph: its lines one after another)
    if any(_BLOCK_LINE.match(lines[k]) for k in front) or not any(lines[k].strip() for k in back):
        return None
    return at


def _header_only(block: TopBlock) -> bool:
    """A table of its header row alone: the columns' names, nothing to learn (sitting 48: a card 'Question Answer Notes'
    fronted by the file's name)."""
    return block.type == "table_open" and not any(t.type == "tbody_open" for t in block.tokens)


def _identity(source: str, name: str) -> dict[str, str]:
    """An item's id and GUID anchor made of ``name`` rather than of its question (compiler.model.Item._identity)."""
    return {"key": f"{source}/{item_slug(name)}", "anchor": f"{source}:{normalize_text(name)}"}


class NoteReader:
    """One card per file: front = the file's name, back = its text."""

    layout = "note"

    def __init__(self) -> None:
        self._md = make_parser()

    def detect(self, doc: Document) -> float:
        """Never chosen by score: only as the fallback for a file nothing else reads (detect.note_page)."""
        return 0.0

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        front = front_matter_question(doc.lines) or front_matter_asked(doc.lines)
        split = card_split(doc.lines) if front is None else None
        # ('01-ECMAScript.md': its note keeps the id and GUID it had before its ordering prefix left the front, T33-2)
        ordered = note_front(doc.rel, ordered=True) if front is None and split is None else None
        stem = PurePosixPath(doc.rel).stem
        if front is None and note_front(doc.rel) == slug_words(stem):  # ('the-french-revolution.md': as its text says it)
            front = slug_title(stem, strip_front_matter(doc.text))
        front = front or note_front(doc.rel)
        tags, where = tag_lines(doc.lines)
        text = strip_front_matter(doc.text)
        lines = text.split("\n")
        if split is not None:  # front / '---' / back: the front is the card's question, not the file's name (P116)
            asked = " ".join(line.strip() for line in lines[:split] if line.strip())
            inline = self._md.parseInline(asked)
            front = " ".join(plain_inline(inline[0].children or [] if inline else []).split()) or front
            where = where | set(range(split + 1))
        where = where | {n for n, line in enumerate(lines) if label_only_heading(line)}  # ('#### **参考答案**：': trial25)
        text = "\n".join("" if n in where else line for n, line in enumerate(lines))
        text = emoji_shortcodes(obsidian_links(html_headings(task_boxes(callouts(directives(markdown_in_html(footnote_definitions(text))))))))  # as a page's
        if not check_text(text, doc.rel, diag):
            return []
        env: dict[str, Any] = {}
        tokens = self._md.parse(text, env)
        check_parsed(tokens, text.split("\n"), doc.rel, diag)
        blocks = top_blocks(tokens)
        note_tags = list(dict.fromkeys([*front_matter_tags(doc.lines), *tags]))
        if any(t.lower().startswith("flashcards") for t in note_tags):
            clozes = self._clozes(doc, source, diag, blocks, note_tags)
            if clozes:
                return clozes
        card = self._mochi_card(doc, source, diag, blocks, text, note_tags) if split is None and front_matter_question(doc.lines) is None else None
        if card is not None:
            return [card]
        passing = asked_in_passing(blocks, text.split("\n")) if split is None else {}
        checks = [self._passing_item(doc, source, diag, env, *passing[n], blocks[n], front or doc.rel, note_tags) for n in sorted(passing)]
        blocks = [b for n, b in enumerate(blocks) if n not in passing]  # (each a card of its own, off the note's back)
        answer = render_blocks(self._md, blocks, env, doc.rel, diag)
        if passing and not answer:
            return [c for c in checks if c is not None]  # (a note of such checks and nothing else: the checks)
        given = front_matter_answer(doc.lines) if front_matter_question(doc.lines) else None
        if given:  # (its front matter's answer first, the page's text after it: T20-41)
            answer = [*render_blocks(self._md, top_blocks(self._md.parse(given, env)), env, doc.rel, diag), *answer]
        first = next((n for n, line in enumerate(text.split("\n")) if line.strip()), 0)
        header = bool(answer) and bool(blocks) and all(_header_only(b) for b in blocks)
        if header:  # ('| Question | Answer | Notes |' / '|---|…' alone)
            diag.warning(
                doc.rel,
                first + 1,
                "a table with its header row and no rows under it: no card",
                "write a row under the header for each card (question | answer), or remove the file",
                group="header-only",
            )
            answer = []
        skip = "" if answer else "table header only" if header else "no answer"
        wiki = wiki_link_lines(lines)
        if answer and wiki and all(n in wiki for n, line in enumerate(lines) if line.strip() and n not in where):
            skip = "only links to other notes (a map of content)"  # ('- [[L03 Bacterial cell wall]]' …: T29-9)
            diag.warning(
                doc.rel,
                first + 1,
                "a note with only links to other notes (an index, a map of content) is no card; the manifest lists it as skipped",
                "the linked notes hold what to learn: put them in sources/",
                group="reading-list",
            )
        elif not answer and not header:
            diag.warning(
                doc.rel,
                first + 1,
                "note has no text under its name",
                "write the note, or remove the file",
                group="no-answer",
            )
        item = make_item(
            doc,
            source,
            diag,
            first + 1,
            question=front or doc.rel,
            answer=answer,
            original="\n".join(doc.lines[first:]).rstrip(),
            skip=skip,
            difficulty=Levels(source, doc, diag).level(None, None, first + 1) if answer else None,
            tags=note_tags,
            **(_identity(source.id, ordered) if ordered is not None and ordered != front else {}),
        )
        return [i for i in [item, *checks] if i is not None]

    def _passing_item(
        self, doc: Document, source: SourceConfig, diag: Diagnostics, env: dict[str, Any],
        line: int, question: str, answer: str, block: TopBlock, note: str, tags: list[str],
    ) -> Item | None:  # fmt: skip
        """A question the note asks in passing and answers in brackets (``Quick check: What …? (Answer: …)``): a card
        of its own, filed under the note's name, as the Markdown reader makes it under a heading (trial35 T35-4)."""
        inline = self._md.parseInline(question, env)
        return make_item(
            doc,
            source,
            diag,
            line,
            question=" ".join(plain_inline(inline[0].children or [] if inline else [], code=True).split()) or question,
            answer=render_blocks(self._md, top_blocks(self._md.parse(answer, env)), env, doc.rel, diag),
            section=[note],
            original="\n".join(doc.lines[block.start : block.end]).rstrip(),
            difficulty=Levels(source, doc, diag).level(None, None, line),
            tags=tags,
        )

    def _mochi_card(self, doc: Document, source: SourceConfig, diag: Diagnostics, blocks: list[TopBlock], text: str, tags: list[str]) -> Item | None:
        """A card file that is one paragraph with Mochi's ``{{…}}`` deletions (``The chemical symbol of gold is
        {{Au}}.``): a cloze note, as Mochi shows it (:func:`compiler.sources.cloze.mochi_cloze`); else None."""
        if len(blocks) != 1 or blocks[0].type != "paragraph_open" or len(blocks[0].tokens) < 2:
            return None
        raw = mochi_cloze(blocks[0].tokens[1].content)
        if raw is None:
            return None
        return self._cloze_item(doc, source, diag, blocks[0], raw, Levels(source, doc, diag), tags)

    def _cloze_item(
        self, doc: Document, source: SourceConfig, diag: Diagnostics, block: TopBlock, raw: str, levels: Levels, tags: list[str]
    ) -> Item | None:
        """The cloze note of one paragraph whose deletions are written ``{{cN::…}}`` in ``raw`` (Mochi's and the
        Spaced Repetition plugin's alike), its front the text with each deletion '[…]'."""
        inline = self._md.parseInline(raw)
        cloze = " ".join(plain_inline(inline[0].children or [] if inline else []).split())
        line = block.start + 1
        return make_item(
            doc,
            source,
            diag,
            line,
            kind=ItemKind.cloze,
            cloze=cloze,
            question=" ".join(_DELETION.sub("[…]", cloze).split()),
            original="\n".join(doc.lines[block.start : block.end]).rstrip(),
            difficulty=levels.level(None, None, line),
            tags=tags,
        )

    def _clozes(self, doc: Document, source: SourceConfig, diag: Diagnostics, blocks: list[TopBlock], tags: list[str]) -> list[Item]:
        """Obsidian Spaced Repetition's clozes: in a note tagged ``#flashcards``, each paragraph with
        ``==highlighted==`` text (or the source's other ``sr_clozes`` marks) is a cloze card, each deletion a card of
        its own (c1, c2, …), its hint and group as the plugin writes them (compiler/sources/sr_clozes.py)."""
        levels = Levels(source, doc, diag)
        items: list[Item] = []
        for block in blocks:
            raw = sr_deletions(block.tokens[1].content, tuple(source.sr_clozes)) if block.type == "paragraph_open" and len(block.tokens) >= 2 else None
            if raw is None or "::" in block.tokens[1].content:
                continue
            item = self._cloze_item(doc, source, diag, block, raw, levels, tags)
            if item is not None:
                items.append(item)
        return items
