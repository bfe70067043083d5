"""Documents that are read as Markdown after a conversion: saved web pages, Jupyter notebooks, AsciiDoc.

A web page (``.html``/``.htm``, see :mod:`compiler.sources.html`) or a notebook (``.ipynb``, see
:mod:`compiler.sources.notebook`) is turned into Markdown text first; from then on it is read like
any Markdown file (the layout detected, the ``markdown`` reader and every other one alike).  The
converted text remembers, for each of its lines, the line of the file it came from, so every message
and every item's place names the line of the ``.html`` or ``.ipynb`` file itself
(:func:`remap`), never a line of a text the user cannot see.  An AsciiDoc document (``.adoc``,
``.asciidoc``, see :mod:`compiler.sources.asciidoc`) and a reStructuredText one (``.rst``, ``.rest``,
``.rst.txt``, see :mod:`compiler.sources.rst`) and an Emacs org-mode one (``.org``, see
:mod:`compiler.sources.org`) are converted the same way, and so is a question bank kept as data
(``.json``, ``.yaml``, ``.yml``, see :mod:`compiler.sources.databank`), a Moodle GIFT quiz (``.gift``,
``.gift.txt``, see :mod:`compiler.sources.gift`) and a LaTeX document (``.tex``, see :mod:`compiler.sources.tex`).
A ``.txt`` that is a GIFT or Aiken quiz, and a Markdown file that is a fenced question bank, are told by
their content (:func:`sniffed`).

Standard library only here: the converters import their parsers when a file needs them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree
from xml.parsers.expat import ExpatError

from compiler.diagnostics import ContentError, Diagnostic, Diagnostics
from compiler.model import Item
from compiler.sources.base import zip_bomb
from compiler.sources.damage import NOT_A_DOCUMENT
from compiler.sources.dollars import dollar_math
from compiler.sources.lines import KNITR_SUFFIXES

if TYPE_CHECKING:
    from compiler.itemcache import ItemCache

WEB_SUFFIXES = (".html", ".htm")
NOTEBOOK_SUFFIXES = (".ipynb",)
ASCIIDOC_SUFFIXES = (".adoc", ".asciidoc")
RST_SUFFIXES = (".rst", ".rest", ".rst.txt")  # (.rst.txt: the page source a Sphinx site offers for download)
ORG_SUFFIXES = (".org",)
POD_SUFFIXES = (".pod",)  # Perl's POD: perlfaq, a module's manual (compiler.sources.pod)
TIDDLER_SUFFIXES = (".tid",)  # TiddlyWiki's tiddlers (compiler.sources.tiddlywiki)
OPML_SUFFIXES = (".opml",)  # outliners' exports: Workflowy, Dynalist, Logseq (compiler.sources.outline)
MINDMAP_SUFFIXES = (".mm",)  # FreeMind / Freeplane mind maps (compiler.sources.outline)
BANK_SUFFIXES = (".json", ".yaml", ".yml", ".toml", ".jsonl", ".ndjson")  # question banks kept as data (compiler.sources.databank)
GIFT_SUFFIXES = (".gift", ".gift.txt")  # Moodle quizzes (compiler.sources.gift)
TEX_SUFFIXES = (".tex", ".latex", ".ltx", ".rnw")  # LaTeX notes and exam papers (compiler.sources.tex); Sweave's LaTeX too
MOODLE_SUFFIXES = (".xml",)  # Moodle XML question exports (compiler.sources.moodlexml)
DOCX_SUFFIXES = (".docx",)  # Word documents, through HTML (compiler.sources.docx)
ODT_SUFFIXES = (".odt",)  # LibreOffice Writer's documents, through HTML (compiler.sources.odt)
RTF_SUFFIXES = (".rtf",)  # TextEdit's and WordPad's Rich Text, through HTML (compiler.sources.rtf)
WORD_SUFFIXES = (*DOCX_SUFFIXES, *ODT_SUFFIXES, *RTF_SUFFIXES)  # a word processor's documents: read alike
ENEX_SUFFIXES = (".enex",)  # Evernote exports, through HTML (compiler.sources.enex)
TYPST_SUFFIXES = (".typ",)  # Typst documents (compiler.sources.typst)
MHTML_SUFFIXES = (".mhtml", ".mht")  # web pages saved as one file, a MIME message (compiler.sources.mhtml)
MOCHI_SUFFIXES = (".mochi",)  # Mochi Cards exports, a zip of Transit JSON (compiler.sources.mochi)
ZIP_SUFFIXES = (".zip",)  # QTI content packages: imsmanifest.xml beside quiz XML files (compiler.sources.qtipackage)
PDF_SUFFIXES = (".pdf",)  # PDFs: their text layer, read as plain text, not Markdown (compiler.sources.pdf)
ZIPPED_SUFFIXES = (*DOCX_SUFFIXES, *ODT_SUFFIXES, *MOCHI_SUFFIXES, *ZIP_SUFFIXES)  # containers checked before unpacking
# programs whose comments may number exercises over their code (compiler.sources.code_exercises, trial56 T56-4)
CODE_EXERCISE_SUFFIXES = (
    ".sql", ".lua", ".py", ".r", ".sh", ".rb", ".pl", ".ps1", ".js", ".mjs", ".jsx", ".ts", ".tsx", ".java", ".kt", ".c", ".h",
    ".cpp", ".cc", ".cs", ".go", ".rs", ".swift", ".dart", ".scala", ".php",
)
UNPACK_HINT = "open it in the program that made it and save it again; if it came from somewhere you do not trust, delete it"
CONVERTED_SUFFIXES = (
    *WEB_SUFFIXES, *NOTEBOOK_SUFFIXES, *ASCIIDOC_SUFFIXES, *RST_SUFFIXES, *ORG_SUFFIXES, *BANK_SUFFIXES, *GIFT_SUFFIXES, *TEX_SUFFIXES,
    *MOODLE_SUFFIXES, *WORD_SUFFIXES, *ENEX_SUFFIXES, *TYPST_SUFFIXES, *MOCHI_SUFFIXES, *MHTML_SUFFIXES, *ZIP_SUFFIXES,
    *PDF_SUFFIXES, *POD_SUFFIXES, *TIDDLER_SUFFIXES, *OPML_SUFFIXES, *MINDMAP_SUFFIXES, *CODE_EXERCISE_SUFFIXES,
)
# (NOT_A_DOCUMENT, from compiler.sources.damage: the group of a conversion's error meaning "this file is not of the kind
# its name says", a .json file holding no question bank: a file deck.toml does not name is then left out with a warning)


@dataclass(frozen=True)
class Converted:
    """What a converter made of a file: Markdown text and, for each of its lines, where it came from."""

    text: str
    origin: tuple[int, ...]  # line n of ``text`` (1-based) came from line origin[n - 1] of the file
    places: tuple[str, ...] = ()  # when set, a place within the file to show beside it ("cell 12, line 3")
    warnings: tuple[Diagnostic, ...] = ()  # what the conversion left out, at lines of the file
    plain: bool = False  # the text is plain text, not Markdown (a PDF with no typeset headings: compiler.sources.pdf)
    both_ways: frozenset[int] = frozenset()  # lines of the file whose card is asked each way (a reversed note type)
    # lines of the file whose question is written as one text of several paragraphs (a bank record's prompt): its front
    # shows them in that order, never its first paragraph after the rest (trial22 T22-28)
    in_order: frozenset[int] = frozenset()
    # (line of the file, question, reason) of the questions the converter makes no card of (a GIFT essay): listed as
    # skipped items, so the manifest accounts for them (trial21 T21-24)
    skipped: tuple[tuple[int, str, str], ...] = ()


def markdown_line(line: str) -> str:
    """A line of a converted quiz as Markdown shows it: white space squashed, its text kept literally (a plain-text quiz
    writes no Markdown: 'C:\\Users\\<name>', '\\n', '2*3*4', '__init__', '$5' print as typed), a leading '#', '>',
    list mark or item number ('1. …' after the question's own number) kept as text (the converters of Aiken quizzes and
    LMS review pages share it). A line that writes Markdown itself ('b) **Jupiter**': bold marks the right option) keeps
    its marks, only a '<' before a letter escaped."""
    line = " ".join(line.split())
    line = re.sub(r"<(?=[A-Za-z/!?])", r"\\<", line) if _WRITES_MARKDOWN.search(line) else literal_inline(line)
    if (m := _ITEM_NUMBER.match(line)) is not None:
        return f"{m.group()}\\{line[m.end() :]}"  # ('1\\.', never '\\1.': a backslash before a digit is printed)
    return "\\" + line if _BLOCK_MARK.match(line) else line


# what Markdown reads as markup inside a line of plain text: a backslash, emphasis, code, strike-through and maths marks,
# an underscore but in a blank's run ('____', read as text by the reader), a '<' that would open a tag
_LITERAL = re.compile(r"[\\*`~$]|(?<!_)_{1,2}(?!_)|<(?=[A-Za-z/!?])")
_ITEM_NUMBER = re.compile(r"^\d{1,9}(?=[.)](?:\s|$))")
_BLOCK_MARK = re.compile(r"^(?:#|>|[-+](?:\s|$)|[-=]{2,}$)")


def literal_inline(text: str) -> str:
    """Text with what Markdown would read as inline markup escaped, so that it prints as typed."""
    return _LITERAL.sub(lambda m: "".join("\\" + ch for ch in m.group()), text)


# what says a text file is written in Markdown: a heading, a fence, a quote, bold or code marks in pairs, a link, a toggle
_WRITES_MARKDOWN = re.compile(
    r"(?m)^ {0,3}(?:#{1,6}\s|```|~~~|>\s)|\*\*[^*\s](?:[^*\n]*[^*\s])?\*\*|`[^`\n]+`|\]\([^)\s]+\)|<(?:details|summary|br|b|strong|code)\b",
    re.I,
)
_INDENTED = re.compile(r"^(?: {4}|\t)")
_LEAD = re.compile(r"^\s*(?:[*_-]\s*){3,}$|^\s*(?:[*+-]\s+)?")  # a line's bullet ('* a) …'), a rule ('***'): structure


def literal_markdown(text: str) -> str | None:
    """A plain-text document's text (a ``.txt``, a PDF's plain text) for the Markdown reader, its inline marks escaped so
    that every line keeps its text literally ('C:\\Users\\<name>', '\\n', '2*3*4', '__init__'), its lines and their
    structure as they are (a line indented as code is left alone); None when the text writes Markdown itself (bold or code
    marks in pairs, headings, fences: then its backslashes are Markdown's escapes) or has nothing to escape."""
    if _WRITES_MARKDOWN.search(text) or not _LITERAL.search(text):
        return None

    def literal(line: str) -> str:
        lead = _LEAD.match(line).end()  # type: ignore[union-attr]  (it matches every line)
        return line[:lead] + literal_inline(dollar_math(line[lead:]))  # ('$x^2$': maths, as written to MathJax, T28-35)

    return "\n".join(line if _INDENTED.match(line) else literal(line) for line in text.split("\n"))


# what a converted file is, by how its name ends: named in the line about an unlisted file, whose table says
# layout "markdown" because the reader reads the converted text (trial12 U77)
_KINDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (GIFT_SUFFIXES, "a GIFT quiz"),
    (MOODLE_SUFFIXES, "an XML quiz or flashcard export"),
    (TEX_SUFFIXES, "a LaTeX document"),
    (BANK_SUFFIXES, "a question bank kept as data"),
    (ORG_SUFFIXES, "an Org document"),
    (POD_SUFFIXES, "a POD document"),
    (TIDDLER_SUFFIXES, "a TiddlyWiki tiddler"),
    (OPML_SUFFIXES, "an OPML outline"),
    (MINDMAP_SUFFIXES, "a mind map"),
    (RST_SUFFIXES, "a reStructuredText document"),
    (ASCIIDOC_SUFFIXES, "an AsciiDoc document"),
    (NOTEBOOK_SUFFIXES, "a Jupyter notebook"),
    (DOCX_SUFFIXES, "a Word document"),
    (ODT_SUFFIXES, "an OpenDocument text"),
    (RTF_SUFFIXES, "a Rich Text document"),
    (ENEX_SUFFIXES, "an Evernote export"),
    (TYPST_SUFFIXES, "a Typst document"),
    (MOCHI_SUFFIXES, "a Mochi export"),
    (ZIP_SUFFIXES, "a zip archive (a QTI quiz package, or a web page downloaded zipped)"),
    (MHTML_SUFFIXES, "a web page saved as one file"),
    (PDF_SUFFIXES, "a PDF"),
    (CODE_EXERCISE_SUFFIXES, "a program's exercises in its comments"),
    ((".csv",), "a D2L Brightspace question CSV"),  # (the one CSV converted: compiler.sources.d2l)
    (WEB_SUFFIXES, "a web page"),
)


def converted_kind(rel: str) -> str:
    """What a converted file was, for messages ("a GIFT quiz"); a file told by its content, "its content"."""
    low = rel.lower()
    return next((kind for suffixes, kind in _KINDS if low.endswith(suffixes)), "its content")


TEXT_SUFFIXES = (".txt", ".text")
_CARD_MARKS = frozenset(("?", "??", ":question:", ":grey_question:", "❓", "❔"))  # a spaced card's mark line (T15-3)
_PLAIN_SUFFIXES = (".md", ".markdown", ".mdx", ".cheatmd", ".txt", ".text", *KNITR_SUFFIXES)


def sniffed(lines: list[str], rel: str, own_pattern: bool = False, layout: str | None = None) -> Converted | None:
    """A file whose name says text or Markdown but whose content is a format deckc converts, told by its
    content: a Moodle GIFT or Aiken quiz saved as ``.txt`` (trial9 T23), a question bank in a fenced JSON or
    YAML block (a chat assistant's answer, trial9 T14), an exam's review page copied from an LMS (trial11 P79).
    Its conversion, else None (read as written).  ``own_pattern``: the source has a ``[source.pattern]``, which
    says how its lines are read (its ``== Grundlagen ==`` lines are its sections, no wiki page's headings); ``layout``:
    the one its table names, if any (plain-text headings are made Markdown ones only for the Markdown reader)."""
    lowered = rel.lower()
    if not lowered.endswith(_PLAIN_SUFFIXES):
        return None
    if html_page(lines):
        from compiler.sources.html import html_markdown

        return html_markdown("\n".join(lines), rel)  # a whole web page saved under a text name ('Save link as… quiz.md': T18-75)
    if any(line.startswith("exsolution:") for line in lines):
        from compiler.sources.rexams import convert_rexams, looks_like_rexams

        made = convert_rexams(lines, rel) if looks_like_rexams(lines) else None
        if made is not None:
            return made  # an R/exams exercise (trial13 T13-9)
    if lowered.endswith(KNITR_SUFFIXES):
        return knitr_markdown(lines, rel)
    if any(line.startswith("C:") for line in lines):
        from compiler.sources.hashcards import convert_hashcards, looks_like_hashcards

        if looks_like_hashcards(lines):
            return convert_hashcards(lines, rel)  # hashcards: 'C: [Berlin] is the capital of [Germany].' (trial16 T16-41)
    if lowered.endswith(TEXT_SUFFIXES) and any(line.startswith("---") for line in lines) and any(line.startswith("# ") for line in lines):
        from compiler.sources.oxycards import hascard_text

        if (made := hascard_text(lines)) is not None:  # hascard's '# front' cards between '---' lines (trial31 T31-19)
            return Converted(text=made, origin=tuple(range(1, made.count("\n") + 2)))
    if any(line.startswith("---") for line in lines) and any(line[:1].isdigit() for line in lines):
        from compiler.sources.inka import convert_inka, looks_like_inka

        if looks_like_inka(lines):
            return convert_inka(lines, rel)  # inka's '---' sections: '1. Q' / '> A', '2. If it {…}' (trial15 T15-64)
    if lowered.endswith((".md", ".markdown")) and any(line[:6].lower() == "model:" or line[:9].lower() == "notetype:" for line in lines):
        from compiler.sources.apy import convert_apy, looks_like_apy

        if looks_like_apy(lines):
            return convert_apy(lines, rel)  # apy's note files: '# Note' / 'model: Basic' / '## Front' … (trial18 T18-17)
    if any(line[:6].lower() == "@type:" for line in lines):
        from compiler.sources.md2qti import convert_md2qti, looks_like_md2qti

        if looks_like_md2qti(lines):
            return convert_md2qti(lines, rel)  # an MD2QTI quiz: '@type:' / '@question:' / '@answer:' / '* > right' (trial15 T15-75)
    if lowered.endswith(TEXT_SUFFIXES) and lines and lines[0][:1].islower() and ":" in lines[0]:
        from compiler.sources.tiddlywiki import convert_tiddler, looks_like_tiddler

        if looks_like_tiddler(lines):
            return convert_tiddler(lines, rel)  # a TiddlyWiki tiddler saved as text: 'title: …' / 'tags: …' (T31-10)
    if lowered.endswith(TEXT_SUFFIXES) and any(line.rstrip() == "==========" for line in lines):
        from compiler.sources.kindle import convert_kindle, looks_like_kindle

        if looks_like_kindle(lines):
            return convert_kindle(lines, rel)  # a Kindle's 'My Clippings.txt' (trial17 T17-17)
    if lowered.endswith(TEXT_SUFFIXES) and any(line.startswith("#+") for line in lines):
        from compiler.sources.org import convert_org, looks_like_org

        if looks_like_org(lines):
            return convert_org(lines, rel)  # an Org document saved as text (trial22 T22-47)
    if lowered.endswith(TEXT_SUFFIXES) and any(line.startswith("=head") for line in lines):
        from compiler.sources.pod import convert_pod, looks_like_pod

        if looks_like_pod(lines):
            return convert_pod(lines, rel)  # a POD document saved as text: '=head2 How do I …?' (trial28 T28-47)
    if lowered.endswith(TEXT_SUFFIXES) and any(line.startswith("==") for line in lines):
        from compiler.sources.wikitext import convert_wikitext, looks_like_wikitext

        if not own_pattern and looks_like_wikitext(lines):  # a [source.pattern] says how to read '== … ==' lines
            return convert_wikitext(lines, rel)  # a wiki page's source: '=== How do I …? ===' over its answer (T28-46)
        from compiler.sources.asciidoc import convert_asciidoc, looks_like_asciidoc

        if looks_like_asciidoc(lines):
            return convert_asciidoc(lines, rel)  # an AsciiDoc document saved as text, its historical name (trial22 T22-47)
    if lowered.endswith(TEXT_SUFFIXES):
        from compiler.sources.gift import convert_gift, looks_like_gift

        if looks_like_gift(lines):
            return convert_gift(lines, rel)
        from compiler.sources.aiken import convert_aiken, looks_like_aiken

        if looks_like_aiken(lines):
            return convert_aiken(lines, rel)
        if any(line[:1] in "<>@[" or line[:2].lower() in ("q1", "a1") for line in lines):
            from compiler.sources.keyed_blocks import convert_keyed_blocks, looks_like_keyed_blocks

            if looks_like_keyed_blocks(lines):
                return convert_keyed_blocks(lines, rel)  # '< q1' / '< h1' / '< a1' blocks: numpy-100's .ktx (trial21 T21-21)
        from compiler.sources.qtitext import convert_qtitext, looks_like_qtitext

        if looks_like_qtitext(lines):
            return convert_qtitext(lines, rel)  # a qtiConverter (Canvas) bank: 'MA' / '1. …' / '*B. …' blocks (trial15 T15-79)
        if any(line.lstrip()[:5].lower() == "type:" for line in lines):
            from compiler.sources.respondus import convert_respondus, looks_like_respondus

            if looks_like_respondus(lines):
                return convert_respondus(lines, rel)  # a Respondus quiz: 'Type: F' / '1) …' / '*a. …' (trial19 T19-23)
        if any(line.startswith("*") for line in lines) and any(line.startswith("+") for line in lines):
            from compiler.sources.amctxt import convert_amc, looks_like_amc

            if looks_like_amc(lines):
                return convert_amc(lines, rel)  # an AMC-TXT quiz: '* question' / '+ right' / '- wrong' (trial18 T18-1)
        from compiler.sources.bullet_outline import convert_bullet_outline, looks_like_bullet_outline

        if not own_pattern and looks_like_bullet_outline(lines):
            return convert_bullet_outline(lines, rel)  # '•\tWhat is osmosis?' / '\t◦\tMovement of water …' (trial29 T29-43)
        if not own_pattern and layout in (None, "markdown"):
            from compiler.sources.plain_headings import convert_plain_headings

            made = convert_plain_headings(lines, rel)  # 'Causes' / 'Its causes are …': headings that lost their style
            if made is not None:
                return made
    made = copied_review(lines, rel)
    if made is not None:
        return made
    if any(line.lstrip().startswith("{") for line in lines) and any(line.lstrip()[:1] in "+-" for line in lines):
        from compiler.sources.wikiquiz import convert_wikiquiz, looks_like_wikiquiz

        if looks_like_wikiquiz(lines):
            return convert_wikiquiz(lines, rel)  # MediaWiki's Quiz source: '{Question |type="()"}' / '+ right' (trial25 T25-4)
    if lowered.endswith((".md", ".mdx", ".markdown")) and any("display_quiz(" in line for line in lines):
        from compiler.sources.pyquiz import quiz_cells

        made = quiz_cells(lines, rel)  # jupyterquiz's questions inline in a MyST page's code cell (trial15 T15-44)
        if made is not None:
            return made
    if any(line.lstrip().startswith(("```", "~~~")) for line in lines):
        from compiler.sources.databank import fenced_bank

        made = fenced_bank(lines, rel)
        if made is not None:
            return made
        if lowered.endswith((".md", ".mdx", ".markdown")):
            from compiler.sources.notebanks import note_banks

            made = note_banks(lines, rel)  # a note's fenced YAML list of question records (trial13 T13-16)
            if made is not None:
                return made
            from compiler.sources.ankifences import anki_fences

            made = anki_fences(lines, rel)  # a note's fenced Anki text export (lead G12)
            if made is not None:
                return made
    if lowered.endswith((".md", ".mdx", ".markdown", ".txt")) and any(line.strip() in _CARD_MARKS for line in lines):
        from compiler.sources.spaced_cards import spaced_cards

        made = spaced_cards(lines, rel)  # cards split by a '?' line with blank lines around it (trial15 T15-3)
        if made is not None:
            return made
    if lowered.endswith((".md", ".mdx", ".markdown")) and any("={[" in line.replace(" ", "") or "question=" in line for line in lines):
        from compiler.sources.databank import jsx_banks

        return jsx_banks(lines, rel)  # a quiz component's questions as a JavaScript array (trial10 P17), or as its attributes
    return None


def copied_review(lines: list[str], rel: str) -> Converted | None:
    """An LMS's quiz review or results page copied as text (or printed to PDF, its text: compiler.read), told by its
    content: Moodle's review, Canvas' results, a review page with 'Selected Answer:' lines, a practice assessment's
    results; its questions as Markdown, else None."""
    if sum(1 for line in lines if len(line) < 24 and line.rstrip()[-1:].isdigit()) >= 2:  # ('Question 1', 'Frage 2' …)
        from compiler.sources.lmsreview import (
            convert_canvas_results,
            convert_moodle_review,
            looks_like_canvas_results,
            looks_like_moodle_review,
        )

        if looks_like_moodle_review(lines):
            return convert_moodle_review(lines, rel)  # Moodle's quiz review copied as text (trial24 T24-6)
        if looks_like_canvas_results(lines):
            return convert_canvas_results(lines, rel)  # Canvas' quiz results copied as text (trial24 T24-6)
        from compiler.sources.lmsreview import convert_coursera, looks_like_coursera

        if looks_like_coursera(lines):
            return convert_coursera(lines, rel)  # Coursera's graded quiz copied as text (trial25 T25-29)
    if sum(1 for line in lines if "/" in line or line.rstrip().endswith((".", "*"))) >= 2:
        from compiler.sources.gforms import convert_gforms, looks_like_gforms

        if looks_like_gforms(lines):
            return convert_gforms(lines, rel)  # a Google Forms quiz or its score page copied as text (trial29 T29-35)
    if any(line.lstrip()[:3].lower() in ("que", "qid") for line in lines) and any("correct answer" in line.lower() for line in lines):
        from compiler.sources.lmsreview import convert_qbank, looks_like_qbank

        if looks_like_qbank(lines):
            return convert_qbank(lines, rel)  # a medical Qbank's review copied as text: 'Question Id: 1234' (trial25 T25-41)
    if any(line.lstrip().lower().startswith("selected answer") for line in lines):
        from compiler.sources.lmsreview import convert_review, looks_like_review

        if looks_like_review(lines):
            return convert_review(lines, rel)  # an exam's review page copied from an LMS (trial11 P79)
    if any(" of " in line and "question" in line.lower() for line in lines):
        from compiler.sources.lmsreview import convert_results, looks_like_results

        if looks_like_results(lines):
            return convert_results(lines, rel)  # a practice assessment's results page (trial12 U4)
    return None


_PAGE_START = re.compile(r"^\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html\b|<html\b)", re.I | re.S)


def html_page(lines: list[str]) -> bool:
    """Whether a text file is a whole web page (its first text '<!DOCTYPE html>' or '<html>'), whatever its name."""
    head = "\n".join(lines[:20])
    return bool(_PAGE_START.match(head)) and "</" in "\n".join(lines)


_CHUNK = re.compile(r"^(?P<indent>[ ]{0,12})(?P<fence>`{3,})\s*\{(?P<engine>[A-Za-z0-9_]+)(?P<options>[^}]*)\}\s*$")
# learnr's code exercise ('```{r filterex1, exercise = TRUE}', the learner's empty code box) and its solution
# ('```{r filterex1-solution}'): the box no text, the solution the answer toggle of the task above it (trial47 T47-5)
_EXERCISE_CHUNK = re.compile(r"\bexercise\s*=\s*(?:TRUE|T)\b")
_SOLUTION_LABEL = re.compile(r"^[\s,]*[\w.-]+-solution\b")
_CHUNK_OPTION = re.compile(r"^\s*#\|\s*(?P<key>[\w.-]+)\s*:\s*(?P<value>.*)$")
_HIDDEN = re.compile(r"\b(?:include|echo)\s*=\s*(?:FALSE|F)\b")


_ASIS = re.compile(r"\bresults\s*=\s*['\"]asis['\"]")
_TRIPLE = re.compile(r"(?P<quote>\"\"\"|\'\'\')")
_PRINTED_STRING = re.compile(r"""^\s*(?:cat|print|writeLines)\(\s*(?P<q>["'])(?P<text>(?:\\.|(?!(?P=q)).)*)(?P=q)\s*\)\s*;?\s*$""")
_PRINTS = re.compile(r"\b(?:print|cat|display|Markdown|writeLines)\s*\(")


def _printed_markdown(body: list[str]) -> list[str] | None:
    """The lines a chunk whose output is Markdown (``#| output: asis``, ``results='asis'``) prints when its code
    prints a triple-quoted string (``answer = r\"\"\"::: {.callout-important} … :::\"\"\"`` / ``print(answer)``,
    Quarto exercise sheets' hidden answers: trial11 P73): that string's lines where they stand, every other line
    blank; None when the chunk holds no such string or prints nothing."""
    if not any(_PRINTS.search(line) for line in body):
        return None
    out: list[str] = []
    inside = ""
    found = False
    for line in body:
        if not inside:
            m = _TRIPLE.search(line)
            call = _PRINTED_STRING.match(line) if m is None else None
            if call is not None:  # 'cat("The number of …")': a one-line string printed as it is
                out.append(call.group("text").replace("\\n", " ").replace('\\"', '"'))
                found = True
                continue
            if m is None or _CHUNK_OPTION.match(line):
                out.append("")
                continue
            rest = line[m.end() :]
            if m.group("quote") in rest:  # a string opened and closed on one line: its text
                out.append(rest[: rest.index(m.group("quote"))])
                found = True
                continue
            inside, found = m.group("quote"), True
            out.append(rest)
            continue
        if inside in line:
            out.append(line[: line.index(inside)])
            inside = ""
            continue
        out.append(line)
    return out if found and not inside else None


_R_STRING = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\'')
_R_CALL = re.compile(r"\b(?:learnr::)?(?P<name>question_text|question_numeric|question|question_checkbox|question_radio|answer)\s*\(")


def _r_args(text: str, start: int) -> tuple[list[str], int]:
    """The arguments of the R call whose '(' is at ``start``, as written (split at top-level commas), and the index
    after its ')'."""
    args, depth, k, begin = [], 0, start + 1, start + 1
    while k < len(text):
        ch = text[k]
        if ch in "\"'":
            m = _R_STRING.match(text, k)
            k = m.end() if m else k + 1
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                args.append(text[begin:k].strip())
                return [a for a in args if a], k + 1
            depth -= 1
        elif ch == "," and depth == 0:
            args.append(text[begin:k].strip())
            begin = k + 1
        k += 1
    return [a for a in args if a], len(text)


def _r_text(arg: str) -> str | None:
    """An R string literal's text ('"50"', "'a b'"), or None for any other expression."""
    m = _R_STRING.fullmatch(arg.strip())
    if m is None:
        return None
    return re.sub(r"\\(.)", lambda e: "\n" if e.group(1) == "n" else e.group(1), arg.strip()[1:-1])


def _learnr_quiz(body: list[str]) -> list[str] | None:
    """The questions of a learnr tutorial's quiz chunk (``quiz(question("How many rows …?", answer("2"), answer("50",
    correct = TRUE), incorrect = "…"))``; trial11 P34: silently lost) as Markdown questions: the text a heading, the
    answers task boxes (the ``correct = TRUE`` ones ticked), ``message`` / ``correct`` / ``incorrect`` texts under
    them; None when the chunk asks nothing."""
    text = "\n".join(body)
    if "question" not in text or "answer" not in text:
        return None
    out: list[str] = []
    k = 0
    while (m := _R_CALL.search(text, k)) is not None:
        if m.group("name") == "answer":
            k = m.end()
            continue
        args, k = _r_args(text, m.end() - 1)
        asked = _r_text(args[0]) if args else None
        if asked is None:
            continue
        options: list[tuple[str, bool]] = []
        notes: list[str] = []
        for arg in args[1:]:
            call = _R_CALL.match(arg)
            if call is not None and call.group("name") == "answer":
                inner, _ = _r_args(arg, call.end() - 1)
                said = _r_text(inner[0]) if inner else None
                if said is None and inner and m.group("name") == "question_numeric" and re.fullmatch(r"-?\d+(?:\.\d+)?", inner[0].strip()):
                    said = inner[0].strip()  # (a numeric question's answer is a number: 'answer(3.14, correct = TRUE)')
                right = any(re.fullmatch(r"correct\s*=\s*(?:TRUE|T)", a) for a in inner[1:])
                if said is not None:
                    options.append((" ".join(said.split()), right))
                note = next((_r_text(a.split("=", 1)[1]) for a in inner[1:] if re.match(r"message\s*=", a)), None)
                if note:
                    notes.append(f"{' '.join(said.split()) if said else ''}: {' '.join(note.split())}")
                continue
            name, _, value = arg.partition("=")
            if name.strip() in ("message", "correct", "incorrect", "post_message") and (said := _r_text(value)):
                notes.append(" ".join(said.split()))
        if m.group("name") in ("question_text", "question_numeric"):
            # ('question_text("Please enter the word …", answer("C0rrect", correct = TRUE), …)': typed, no options; its
            # right answers the back, the first the answer and the others also accepted: trial47 T47-10)
            right = [t for t, r in options if r]
            if right:
                out += ["", "### " + " ".join(asked.split()), "", right[0]]
                out += ["", "Also accepted: " + ", ".join(right[1:])] if right[1:] else []
            continue
        if len(options) < 2 or not any(r for _, r in options):
            continue
        out += ["", "### " + " ".join(asked.split()), "", *(f"- [{'x' if r else ' '}] {t}" for t, r in options)]
        out += [line for note in notes for line in ("", note)]
    return [*out, ""] if out else None


_INLINE_R = re.compile(r"`r\s+(?P<call>[^`]*)`")
_WEBEX = re.compile(r"^(?:webexercises::)?(?P<name>mcq|longmcq|torf|fitb)\s*\(")
_GLOSSARY_CALL = re.compile(r"^(?:glossary|glossaryr?::glossary)\s*\(")
_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def _r_value(arg: str) -> str:
    """An R argument's value as text: a string literal's text, else the expression as written (``1``, ``TRUE``)."""
    said = _r_text(arg)
    return " ".join((said if said is not None else arg.strip()).split())


def _webexercise(line: str, level: int) -> list[str] | None:
    """A line with the webexercises package's inline quiz (``* What is the default for `sd`? `r mcq(c("NULL", answer =
    1, 0.05))` ``; ``torf(TRUE)``, ``fitb("x")``: PsyTeachR's books, learner5 L24) as a question of its own: the line's
    text (the quiz's place a blank when text follows it) a heading, an mcq's options task boxes (``answer =`` ticked),
    torf True/False, fitb's first answer the answer. Inline ``r glossary("term", "Shown")`` is its text ('Shown', else
    'term'). None when the line holds neither."""
    quiz: tuple[str, list[str]] | None = None  # (function, its options or answers: a right one starts with '\x00')

    def swap(m: re.Match[str]) -> str:
        nonlocal quiz
        call = m.group("call").strip()
        g = _GLOSSARY_CALL.match(call)
        if g is not None:
            args, _ = _r_args(call, g.end() - 1)
            plain = [a for a in args if "=" not in a.split("(")[0] or _R_STRING.match(a.strip())]
            named = {a.split("=", 1)[0].strip(): a.split("=", 1)[1] for a in args if re.match(r"^\w+\s*=", a)}
            shown = named.get("display") or (plain[1] if len(plain) > 1 else plain[0] if plain else "")
            return _r_value(shown) if shown else m.group(0)
        w = _WEBEX.match(call)
        if w is None or quiz is not None:
            return m.group(0)
        args, _ = _r_args(call, w.end() - 1)
        first = args[0] if args else ""
        inner = re.match(r"^c\s*\(", first)
        values = _r_args(first, inner.end() - 1)[0] if inner else [first] if first else []
        if w.group("name") == "torf":
            right = _r_value(first).upper() in ("TRUE", "T")
            quiz = ("mcq", [("\x00" if right else "") + "True", ("" if right else "\x00") + "False"])
        elif w.group("name") == "fitb":
            quiz = ("fitb", [_r_value(v) for v in values if not re.match(r"^\w+\s*=", v)])
        else:
            shown = [("\x00" + _r_value(v.split("=", 1)[1])) if re.match(r"^answer\s*=", v) else _r_value(v) for v in values]
            quiz = ("mcq", shown)
        return "\x01"

    text = _INLINE_R.sub(swap, line)
    if quiz is None:
        return [text] if text != line else None
    kind, values = quiz
    asked = _LIST_MARK.sub("", text, count=1)
    before, _, after = asked.partition("\x01")
    asked = (before.rstrip() + (" _____ " + after.strip() if after.strip() else "")).strip()
    if not asked or not values or (kind == "mcq" and not any(v.startswith("\x00") for v in values)):
        return [text.replace("\x01", "")]
    out = ["", "#" * level + " " + asked, ""]
    if kind == "mcq":
        out += [f"- [{'x' if v.startswith(chr(0)) else ' '}] {v.lstrip(chr(0))}" for v in values]
    else:
        out += ["#" * min(level + 1, 6) + " Answer", "", values[0], *(["", "Also accepted: " + ", ".join(values[1:])] if values[1:] else [])]
    return [*out, ""]


_HEADING_LINE = re.compile(r"^\s{0,3}#{1,6}\s|^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")


def knitr_markdown(lines: list[str], rel: str = "") -> Converted:
    """An R Markdown / Quarto document as the Markdown it knits to, line for line: an ``{asis}`` chunk is
    Markdown text (an exercise sheet's ``### Answer``), a code chunk (``{r}``, ``{python}`` …) a fenced code
    block in its language, a chunk whose code is not shown (``include=FALSE``, ``echo=FALSE``, ``#| echo:
    false``: a setup chunk) left out (trial10 P5). A chunk marked ``#| solution: true`` is part of the exercise's
    answer, never its front: it moves after the printed answer that follows it (the exercise's hidden
    ``## Answer`` callout), or, with none before the next heading, stands in an answer box of its own
    (trial11 P73). An inline R expression (`` `r round(mean(x), 1)` ``) is the value knitting computes, which deckc
    cannot: it shows as '…', said once with its lines, ``rel`` naming the file (trial47 T47-12: it was printed as code)."""
    segments: list[tuple[list[str], list[int], str]] = []  # (lines, their lines in the file, kind)
    k = 0
    level = 1  # the level of the last heading: an inline quiz's question goes one under it
    computed: list[tuple[int, str]] = []  # (line, expression) of the inline R left uncomputed
    fenced = ""  # the plain code fence (no chunk) the line is in: its `r …` is shown as written
    params = _param_defaults(lines)  # (`r params$title`: the value its front matter's 'params:' gives, T56-6)
    matter = _front_matter_end(lines)
    while k < len(lines):
        m = _CHUNK.match(lines[k])
        if m is not None and len(m.group("indent")) > 3 and not (_EXERCISE_CHUNK.search(m.group("options")) or _SOLUTION_LABEL.match(m.group("options"))):
            m = None  # (indented, inside a list entry: only learnr's exercise and solution chunks are read there, T47-5)
        if m is None:
            heading = re.match(r"^\s{0,3}(#{1,6})\s", lines[k])
            level = len(heading.group(1)) if heading else level
            made_lines = _webexercise(lines[k], min(level + 1, 6)) if "`r " in lines[k] and not fenced else None
            if not fenced and _INLINE_CODE.search(lines[k]):
                made_lines = [_uncomputed(_with_params(line, params), k + 1, computed) for line in made_lines or [lines[k]]]
                if k < matter and _UNCOMPUTED_TITLE.match(made_lines[0]):
                    made_lines = [""]  # (a title knitting computes and deckc cannot: no title, never '…'; T56-6)
            plain = _FENCE_LINE.match(lines[k])
            fenced = ("" if plain.group(1).startswith(fenced) else fenced) if plain and fenced else (plain.group(1) if plain else fenced)
            segments.append((made_lines or [lines[k]], [k + 1] * len(made_lines or [lines[k]]), "text"))
            k += 1
            continue
        fence = m.group("fence")
        end = next((j for j in range(k + 1, len(lines)) if lines[j].strip() == fence or (lines[j].strip().startswith(fence) and not lines[j].strip().strip("`"))), len(lines))
        body = lines[k + 1 : end]
        options = {o.group("key").lower(): o.group("value").strip().lower() for line in body if (o := _CHUNK_OPTION.match(line))}
        hidden = bool(_HIDDEN.search(m.group("options"))) or options.get("include") == "false" or options.get("echo") == "false"
        engine = m.group("engine").lower()
        printed = _printed_markdown(body) if _ASIS.search(m.group("options")) or options.get("output") == "asis" or options.get("results") in ("asis", "'asis'", '"asis"') else None
        places = list(range(k + 1, min(end, len(lines) - 1) + 2))
        if engine in ("asis", "markdown", "md"):
            made, kind = ["", *body, ""][: end - k + 1], "answer"
        elif printed is not None:  # its output is Markdown: the text it prints, at its lines (trial11 P73)
            made, kind = ["", *printed, ""][: end - k + 1], "answer"
        elif (asked := _learnr_quiz(body)) is not None:  # learnr's quiz(question(…, answer(…, correct = TRUE))): P34
            made, kind = asked, "text"
            places = [k + 1] * len(made)
        elif hidden or (_EXERCISE_CHUNK.search(m.group("options")) and not any(line.strip() for line in body)):
            made, kind = [""] * (min(end, len(lines) - 1) - k + 1), "text"
        elif _SOLUTION_LABEL.match(m.group("options")):  # the solution of the exercise chunk above it (T47-5)
            pad = m.group("indent")
            code = [line for line in body if not _CHUNK_OPTION.match(line)]
            made = [f"{pad}<details><summary>Solution</summary>", "", f"{pad}{fence}{engine}", *code, f"{pad}{fence}", "", f"{pad}</details>"]
            kind, places = "text", [k + 1] * len(made)
        else:
            code = [line for line in body if not _CHUNK_OPTION.match(line)]
            code += [""] * (len(body) - len(code))
            made, kind = [fence + engine, *code, fence][: end - k + 1], "solution" if options.get("solution") == "true" else "text"
        segments.append((made, places[: len(made)] + [places[-1]] * (len(made) - len(places)), kind))
        k = end + 1
    out: list[str] = []
    origin: list[int] = []
    waiting: list[tuple[list[str], list[int], str]] = []

    def release(boxed: bool) -> None:
        """The solutions waiting, here; ``boxed``: in an answer box of their own, as the sheet's printed answers are."""
        if not waiting:
            return
        first, last = waiting[0][1][0], waiting[-1][1][-1]
        if boxed:
            out.extend(["", "::: {.callout-important}", "", "## Answer", ""])
            origin.extend([first] * 5)
        for made, places, _ in waiting:
            out.extend(["", *made, ""])
            origin.extend([places[0], *places, places[-1]])
        if boxed:
            out.extend([":::", ""])
            origin.extend([last] * 2)
        waiting.clear()

    for n, (made, places, kind) in enumerate(segments):
        if kind == "solution":
            waiting.append((made, places, kind))
            continue
        if waiting and kind == "text" and _HEADING_LINE.match(made[0]):
            release(True)  # no printed answer after the solution before the next exercise: the solution is its answer
        if waiting and kind == "answer":  # inside its box, before its closing ':::' (else after it)
            close = next((j for j in range(len(made) - 1, -1, -1) if made[j].strip() and set(made[j].strip()) == {":"}), len(made))
            out.extend(made[:close])
            origin.extend(places[:close])
            release(False)
            made, places = made[close:], places[close:]
        out.extend(made)
        origin.extend(places)
        del n
    release(True)
    _hints_into_solutions(out, origin)
    said: tuple[Diagnostic, ...] = ()
    if computed:
        shown = ", ".join(f"{expr!r} (line {n})" for n, expr in computed[:3]) + (" …" if len(computed) > 3 else "")
        said = (
            Diagnostic(
                rel,
                computed[0][0],
                f"{len(computed)} inline code expression{'s' if len(computed) > 1 else ''} deckc cannot compute (knitting does), shown as '…': {shown}",
                "knit the document (its .md output holds the values) and read that, or write each value in place of its expression",
                severity="warning",
            ),
        )
    return Converted(text="\n".join(out) + "\n", origin=tuple(origin), warnings=said)


_FENCE_LINE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
# inline code knitting runs: R Markdown's '`r nrow(x)`', Quarto's '`{r} nrow(x)`' and '`{python} len(x)`'
_INLINE_CODE = re.compile(r"`(?:r|\{(?:r|python|julia|ojs)\})\s+[^`]*`")
_LONG_SPAN = re.compile(r"(`{2,})(?!`).+?(?<!`)\1(?!`)")  # a code span of two backticks or more: shown as written


# a front matter's 'params:' entry of a plain value ('  title: "Practice sheet"', '  n: 10')
_PARAM_ENTRY = re.compile(r"^[ \t]+(?P<key>[A-Za-z_][\w.]*)[ \t]*:[ \t]*(?P<value>\"[^\"\n]*\"|'[^'\n]*'|[^\s#\"'{\[][^#\n]*?)[ \t]*$")
# inline R that only names a parameter: '`r params$title`', '`r params[["title"]]`', Quarto's '`{r} params$n`'
_PARAM_USE = re.compile(r"`(?:r|\{r\})\s+params(?:\$(?P<a>[A-Za-z_][\w.]*)|\[\[[\"'](?P<b>[^\"'\]]+)[\"']\]\])\s*`")
_UNCOMPUTED_TITLE = re.compile(r"^(?:title|subtitle)[ \t]*:[ \t]*[\"']?[ \t]*…[ \t]*[\"']?[ \t]*$", re.I)


def _front_matter_end(lines: list[str]) -> int:
    """The line after the front matter's closing '---' (0: none)."""
    if not lines or lines[0].strip() != "---":
        return 0
    return next((k + 1 for k in range(1, len(lines)) if lines[k].strip() in ("---", "...")), 0)


def _param_defaults(lines: list[str]) -> dict[str, str]:
    """The plain values a document's front matter gives its parameters (``params:`` / ``  title: "Practice sheet"``):
    what knitting uses for `` `r params$title` `` when nothing overrides them. A parameter given as a mapping
    (``value:``) or a list is left out."""
    end = _front_matter_end(lines)
    out: dict[str, str] = {}
    k = next((j for j in range(1, end) if re.match(r"^params[ \t]*:[ \t]*$", lines[j])), None)
    if k is None:
        return out
    for line in lines[k + 1 : end - 1]:
        if line.strip() and not line[:1].isspace():
            break
        m = _PARAM_ENTRY.match(line)
        if m is not None and len(line) - len(line.lstrip()) == len(lines[k + 1]) - len(lines[k + 1].lstrip()):
            out[m.group("key")] = m.group("value").strip().strip("\"'")
    return out


def _with_params(line: str, params: dict[str, str]) -> str:
    """The line with each inline R that only names a parameter given a plain value written as that value."""
    if not params or "params" not in line:
        return line
    return _PARAM_USE.sub(lambda m: params.get(m.group("a") or m.group("b"), m.group(0)), line)


def _uncomputed(line: str, n: int, computed: list[tuple[int, str]]) -> str:
    """The line with each inline R expression (`` `r nrow(flights)` ``, never a literal ``` `` `r x` `` ``` in a
    double-backtick span) as '…', noted in ``computed`` at line ``n``."""

    literal = [span.span() for span in _LONG_SPAN.finditer(line)]

    def gone(m: re.Match[str]) -> str:
        if any(a <= m.start() < b for a, b in literal):
            return m.group(0)
        computed.append((n, m.group(0)))
        return "…"

    return _INLINE_CODE.sub(gone, line)


_HINT_DIV = re.compile(r"^\s*<div\s+id=[\"'][\w.-]+-hint[\"']\s*>\s*$")


def _hints_into_solutions(out: list[str], origin: list[int]) -> None:
    """A learnr exercise's hint (``<div id="filterex2-hint">`` / ``**Hint:** …`` / ``</div>``) right after its solution
    toggle goes inside that toggle, after the code, as its aside: the toggle stays the task's last block, its answer
    (trial47 T47-5: the hint after it made the list of tasks no list of answered tasks). In place, lines kept."""
    k = 0
    while k < len(out):
        if not _HINT_DIV.match(out[k]):
            k += 1
            continue
        close = next((j for j in range(k + 1, len(out)) if out[j].strip() == "</div>"), None)
        toggle = next((j for j in range(k - 1, -1, -1) if out[j].strip()), None)
        if close is None or toggle is None or out[toggle].strip() != "</details>":
            k += 1
            continue
        pad = out[toggle][: len(out[toggle]) - len(out[toggle].lstrip())]
        out[toggle], out[k], out[close] = "", "", f"{pad}</details>"
        origin[toggle], origin[close] = origin[close], origin[toggle]
        k = close + 1


def is_converted(rel: str) -> bool:
    """A file read as Markdown after a conversion (a saved web page, a notebook)."""
    return rel.lower().endswith(CONVERTED_SUFFIXES)


# converted once per content: a web page's or notebook's Markdown depends on its bytes alone (an AsciiDoc,
# reStructuredText or org document may include other files, so it is converted every build)
CACHED_SUFFIXES = (*WEB_SUFFIXES, *NOTEBOOK_SUFFIXES, *WORD_SUFFIXES, *PDF_SUFFIXES)


def convert(
    path: Path, rel: str, encoding: str = "utf-8", cache: ItemCache | None = None, bank: dict[str, list[str]] | None = None
) -> tuple[str, Converted]:
    """``(the file's text as Markdown, its line map)``; a file that cannot be converted is a
    :class:`~compiler.diagnostics.ContentError` naming it. ``bank``: a question bank's key names by role (its
    ``[source.bank]`` table: :func:`compiler.sources.databank.convert_bank`).

    With ``cache`` (the build's item cache), a web page or notebook converted before from the same
    bytes, encoding setting and deckc code is taken from it (a 630 KB page takes seconds to convert);
    an entry that does not hold a well-formed conversion is discarded and the file converted again.
    """
    key = _key(path, rel, encoding) if cache is not None and rel.lower().endswith(CACHED_SUFFIXES) else None
    if key is not None and cache is not None:
        kept = _from_data(cache.get_data(key))
        if kept is not None:
            from compiler import uptodate

            uptodate.note(path)  # (what load_document says when it reads the file)
            return kept.text, kept
    if bank and rel.lower().endswith(BANK_SUFFIXES):
        from compiler.sources.databank import bank_markdown

        made = bank_markdown(path, rel, encoding, keys=bank)
        return made.text, made
    if rel.lower().endswith(ZIPPED_SUFFIXES) and (bomb := zip_bomb(path)) is not None:
        raise ContentError([Diagnostic(rel, None, bomb, UNPACK_HINT, group=NOT_A_DOCUMENT)])
    try:
        text, made = _convert(path, rel, encoding)
    except DAMAGED as exc:
        raise ContentError([_damaged(rel, exc)]) from None
    if key is not None and cache is not None:
        cache.put_data(key, _data(made))
    return text, made


# what a damaged container raises on the way through zipfile, zlib and the XML parsers (a Word file cut short, bytes
# flipped in a download: found by fuzzing; each stopped the build as an internal error)
DAMAGED: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ExpatError, ElementTree.ParseError, struct.error
)


def error_name(exc: BaseException) -> str:
    """The error's class as a message names it: 'zlib.error', not a bare 'error'."""
    name = type(exc).__name__
    return f"{type(exc).__module__}.{name}" if name == "error" else name


def _damaged(rel: str, exc: BaseException) -> Diagnostic:
    return Diagnostic(
        rel,
        None,
        f"the file is damaged: deckc cannot read it ({error_name(exc)}: {exc})",
        "open it in the program that made it and save it again (or download it again), then build",
        group=NOT_A_DOCUMENT,  # (a file deck.toml does not name is then a warning, the rest built)
    )


def _key(path: Path, rel: str, encoding: str) -> str | None:
    from compiler.uptodate import code_fingerprint

    try:
        data = path.read_bytes()
    except OSError:
        return None  # (the conversion says why it cannot read the file)
    digest = hashlib.sha256(f"converted\0{code_fingerprint()}\0{rel}\0{encoding}\0".encode())
    digest.update(data)
    return "c" + digest.hexdigest()[:39]


def _data(made: Converted) -> dict[str, object]:
    return {
        "text": made.text,
        "origin": list(made.origin),
        "places": list(made.places),
        "warnings": [dataclasses.asdict(d) for d in made.warnings],
        "plain": made.plain,
    }


def _from_data(data: dict | None) -> Converted | None:
    """A cached conversion, or None when there is none or it is not well formed."""
    if data is None:
        return None
    try:
        text, origin, places = data["text"], data["origin"], data["places"]
        if not (isinstance(text, str) and all(type(n) is int and n >= 1 for n in origin) and all(isinstance(p, str) for p in places)):
            raise TypeError("not a conversion")
        if len(origin) > len(text.splitlines()) + 1 or len(places) > len(origin):  # (lines as Document splits them:
            # a PDF's form feeds between pages are line breaks too; counting '\n' alone threw every PDF's entry away)
            raise TypeError("its line map does not fit its text")
        warnings = tuple(Diagnostic.from_json(d) for d in data["warnings"])
        plain = data.get("plain", False)
        if not isinstance(plain, bool):
            raise TypeError("not a conversion")
    except (KeyError, TypeError, ValueError):
        return None
    return Converted(text, tuple(origin), tuple(places), warnings, plain)


# which module converts a file, by how its name ends (the first match; a saved web page otherwise), imported
# only when a file needs it
_CONVERTERS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (GIFT_SUFFIXES, "compiler.sources.gift", "gift_markdown"),
    (MOODLE_SUFFIXES, "compiler.sources.moodlexml", "moodle_markdown"),
    (TEX_SUFFIXES, "compiler.sources.tex", "tex_markdown"),
    (BANK_SUFFIXES, "compiler.sources.databank", "bank_markdown"),
    (ORG_SUFFIXES, "compiler.sources.org", "org_markdown"),
    (POD_SUFFIXES, "compiler.sources.pod", "pod_markdown"),
    (TIDDLER_SUFFIXES, "compiler.sources.tiddlywiki", "tiddler_markdown"),
    (OPML_SUFFIXES, "compiler.sources.outline", "opml_markdown"),
    (MINDMAP_SUFFIXES, "compiler.sources.outline", "mindmap_markdown"),
    (RST_SUFFIXES, "compiler.sources.rst", "rst_markdown"),
    (ASCIIDOC_SUFFIXES, "compiler.sources.asciidoc", "asciidoc_markdown"),
    (NOTEBOOK_SUFFIXES, "compiler.sources.notebook", "notebook_markdown"),
    (ENEX_SUFFIXES, "compiler.sources.enex", "enex_markdown"),
    (TYPST_SUFFIXES, "compiler.sources.typst", "typst_markdown"),
    (MOCHI_SUFFIXES, "compiler.sources.mochi", "mochi_markdown"),
    (MHTML_SUFFIXES, "compiler.sources.mhtml", "mhtml_markdown"),
    (ZIP_SUFFIXES, "compiler.sources.qtipackage", "package_markdown"),
    (PDF_SUFFIXES, "compiler.sources.pdf", "pdf_text"),
    (CODE_EXERCISE_SUFFIXES, "compiler.sources.code_exercises", "code_markdown"),
)


def _convert(path: Path, rel: str, encoding: str) -> tuple[str, Converted]:
    if rel.lower().endswith(DOCX_SUFFIXES):  # a Word document: its HTML, read as a saved page is
        from compiler.sources.docx import docx_html
        from compiler.sources.html import html_markdown

        html, pictures = docx_html(path, rel)
        made = html_markdown(html, rel)
        if pictures:
            said = Diagnostic(
                rel,
                None,
                f"{pictures} drawing{'s' if pictures > 1 else ''} in the Word document left out of the cards (a format no card "
                "shows: Word's EMF/WMF)",
                "if a question needs it, make it a picture in Word (right-click › Save as Picture… as PNG, then Insert › "
                "Pictures in its place) and build again; its other pictures are on the cards",
                severity="warning",
            )
            made = dataclasses.replace(made, warnings=(*made.warnings, said))
        return made.text, made
    if rel.lower().endswith(ODT_SUFFIXES):  # LibreOffice's document: its HTML, read as a Word document's
        from compiler.sources.html import html_markdown
        from compiler.sources.odt import odt_html

        page, pictures = odt_html(path, rel)
        made = html_markdown(page, rel)
        if pictures:
            said = Diagnostic(
                rel,
                None,
                f"{pictures} picture{'s' if pictures > 1 else ''} in the document left out of the cards (deckc reads an .odt's text)",
                "if a question needs it, save the document as .docx (File › Save As › Word) and build again: a .docx's pictures are on the cards",
                severity="warning",
            )
            made = dataclasses.replace(made, warnings=(*made.warnings, said))
        return made.text, made
    if rel.lower().endswith(RTF_SUFFIXES):  # TextEdit's, WordPad's Rich Text: its HTML, read as a Word document's
        from compiler.sources.html import html_markdown
        from compiler.sources.rtf import rtf_html

        made = html_markdown(rtf_html(path, rel), rel)
        return made.text, made
    if rel.lower().endswith(ZIP_SUFFIXES) and (page := zipped_page(path)) is not None:
        from compiler.sources.html import html_markdown

        made = html_markdown(page, rel)  # a web page downloaded zipped (Google Docs' 'Web page (.html, zipped)'; T25-31)
        return made.text, made
    module, function = next(
        ((m, f) for suffixes, m, f in _CONVERTERS if rel.lower().endswith(suffixes)), ("compiler.sources.html", "page_markdown")
    )
    made: Converted = getattr(importlib.import_module(module), function)(path, rel, encoding)
    return made.text, made


ZIPPED_PAGE_MAX = 20_000_000  # bytes: a larger page inside a zip is not read whole


def zipped_page(path: Path) -> str | None:
    """The one web page a zip holds beside its pictures and styles (what Google Docs' 'Download → Web page (.html,
    zipped)' gives), as text; None for any other zip (a QTI package, an archive of documents)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as z:
            names = [i for i in z.infolist() if not i.is_dir()]
            pages = [i for i in names if i.filename.lower().endswith((".html", ".htm"))]
            if len(pages) != 1 or pages[0].file_size > ZIPPED_PAGE_MAX or any(i.filename.lower().endswith(".xml") for i in names):
                return None
            return z.read(pages[0]).decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError):
        return None  # (the QTI reader says what is wrong with it)


# the other lines a message names in its words ('under the heading … at line 3', 'at lines 7, 39 and 64')
_AT_LINES = re.compile(r"\b(at lines? )(\d+(?:(?:, | and )\d+)*)")


def remap(rel: str, made: Converted, items: list[Item], diag: Diagnostics, mark: int) -> list[Item]:
    """Items and the messages said about them (``diag.items[mark:]``) with lines of the converted
    text turned into lines of the file, in the message's words too (trial51: an AsciiDoc page's 'under the heading
    … at line 4570' named the converted text's line of a title at line 4827), and, for a notebook, the cell named in
    each message."""

    def line_of(line: int) -> int:
        return made.origin[min(line, len(made.origin)) - 1] if made.origin else 1

    def words_of(text: str) -> str:
        return _AT_LINES.sub(lambda m: m.group(1) + re.sub(r"\d+", lambda n: str(line_of(int(n.group()))), m.group(2)), text)

    for k in range(mark, len(diag.items)):
        d = diag.items[k]
        if d.file != rel or not d.line:
            continue
        update: dict[str, object] = {"line": line_of(d.line), "message": words_of(d.message)}
        if made.places:
            place = made.places[min(d.line, len(made.places)) - 1]
            update["place"] = place  # printed after the message, and as the place of a repeated problem
        diag.items[k] = dataclasses.replace(d, **update)  # type: ignore[arg-type]
    def place_of(line: int) -> str:
        return made.places[min(line, len(made.places)) - 1] if made.places else ""

    return [
        i.model_copy(update={"locator": i.locator.model_copy(update={"line": line_of(i.locator.line), "place": place_of(i.locator.line)})})
        if i.locator.file == rel
        else i
        for i in items
    ]
