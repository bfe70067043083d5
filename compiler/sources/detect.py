"""Telling a document's layout without config, and the config to paste when that fails.

Every reader scores how sure it is that a document is in its layout; the
declarative presets (``qa``, ``numbered``, ``essential``) are scored here by
counting the items their patterns find.  The best score wins if it is at
least 0.5, and the message names the layout chosen and why.  When nothing
fits, :func:`suggest_pattern` looks at how the document's lines start
(``Frage:`` / ``Antwort:``, ``Problem 3.`` / ``Solution:``) and writes the
``[source.pattern]`` table that would read it.

Everything here is one pass over the lines with anchored patterns, so a
pathological line or a megabyte of text is read in linear time.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from compiler.layouts import ANSWER_KEY, KEY_WORDS, PRESETS, DelimitedConfig
from compiler.sourcefiles import SHEET_SUFFIXES
from compiler.sources.base import Document
from compiler.sources.choices import (
    LETTERS,
    abbreviated_name,
    find_choices,
    inline_options,
    is_answer_line,
    option_line,
    options_under_question,
)
from compiler.sources.cloze import has_cloze
from compiler.sources.comment_cards import comment_cards
from compiler.sources.delimited import CATEGORY, MIXED_SEPARATORS, category_lines, named_fields, row_separator
from compiler.sources.directives import admonish, answer_boxes, furniture_boxes
from compiler.sources.lines import (
    ANSWER_LABEL_HEADING,
    ANSWER_WORDS,
    BOLD_LEAD_Q,
    CARD_TAG,
    KNOWN_LABEL_PAIRS,
    LIST_HEADING,
    LIST_HEADINGS_MIN,
    MARKDOWN_SUFFIXES,
    PAIR_MIN,
    PAIR_SEPARATORS,
    PAIR_TERM_MAX,
    PROPERTY,
    QUESTION_LABEL_WORD,
    QUESTION_MARKS,
    QUESTION_WORDS,
    QUIZ_TAG,
    TASKS_ASK,
    TERM_BELOW,
    TICK_SLOT,
    TITLE_LEAD,
    WORD_LETTER,
    answer_line,
    any_answer_label,
    asks_in_code_only,
    attribute_list_cards,
    bare_verdict,
    bracketed_answer,
    checkbox_stems,
    checked_in_passing,
    checks_in_passing,
    commented_sections,
    count_item_headers,
    definition_terms,
    field_pairs,
    fields_on,
    front_matter_end,
    has_answer_label,
    has_question_label,
    has_right_answer_label,
    html_bold_line,
    in_fence,
    inline_answer_label,
    inline_card,
    judge_marked,
    judge_prompt_only,
    judges,
    key_column_numbers,
    label_only_heading,
    label_pair_count,
    labelled_entries,
    labelled_headings,
    letter_heading,
    list_term_cards,
    next_nonblank,
    opens_asking,
    outline_entry,
    pair_separator,
    pair_text,
    plain_questions,
    prompt_term,
    question_after_list,
    question_entries,
    question_number_line,
    script_asks,
    sentence_cards,
    spaced_dash,
    split_first,
    split_pair,
    strip_answer_label,
    strip_number,
    table_cards,
    term_entries,
    terms_below,
    unbold_label,
    unmark_operators,
)
from compiler.sources.markdown_blocks import (
    asking_title_labels,
    bold_numbered_exercises,
    bullet_questions,
    deep_headings,
    exercise_divs,
    html_page_lines,
    joined_html_headings,
    outline_questions,
    question_tables,
    quoted_headings,
    semicolon_cards,
    toggle_cards,
)
from compiler.sources.markua import markua_quizzes
from compiler.sources.pattern import shared_options
from compiler.sources.quizdown import quizdown_fences
from compiler.sources.sr_clozes import sr_cloze_paragraphs, untagged_highlights
from compiler.sources.sub_tasks import answered_parts
from compiler.sources.suggest import toml_value
from compiler.sources.term_lists import bold_term_lists

_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}(?=[^`]*$)|~{3,})")  # (a backtick fence's info string holds no backtick: '```int``` is …' is prose, trial10 P4)
_KEY_LINE = re.compile(ANSWER_KEY)
# a key's line maps numbers to letters or verdicts ('Answers: 1-c, 2-a', '**Answers:** 1. T 2. F', 'Key: 1b 2d'); one
# item's own answer under it ('Answer: 20 ± 0', 'Answer: 0.5') is no key, and counting goes on past it (trial11 P13)
# ('[정답] 1-C', '【解答】（１）東京　（２）富士山': a bracketed label, numbers in brackets: trial25 T25-8, T25-54)
_INLINE_KEY_LINE = re.compile(
    rf"^\s*(?:#{{1,6}}\s*)?(?:\*\*|__)?(?:(?i:{KEY_WORDS})\s*[:：]|[\[【〔［](?i:{KEY_WORDS})[\]】〕］]\s*[:：]?)\s*(?:\*\*|__)?\s*"
    r"(?:[(（]?\d{1,3}\s*[-–.):=）]?\s*\(?"
    r"(?i:[a-h]|t|r|w|v|true|false|vrai|faux|verdadero|falso|richtig|falsch|wahr|vero)\b(?![.,]?\w)"
    r"|[(（]?\d{1,3}\s*[-–.):=）]\s*\(?[^\W\d]\S*[\s,;]+[(（]?\d{1,3}\s*[-–.):=）]\s*\(?[^\W\d])"  # ('1. ai 2. est': words, two entries or more)
)
SHARE_UNASKED = 4  # numbered lines that ask nothing make a quiz only as one line in this many of the page, or more
QUIZ_STEM_LINES = 30  # options may follow a question's code block or passage within this many lines
_LABELLED_STEM_LINES = 12  # lines of a labelled question's paragraph read for its options (T34-2)
# (also in a block quote, '> ### Q. …', and with a full-width label, '### Ｑ．…': a Japanese FAQ, trial12 U36)
_MD_QUESTION = re.compile(r"^\s{0,3}(?:>[ \t]?)?#{1,6}\s+(?:.*[?？؟]|(?i:q|question|ｑ)\s*\d{0,4}\s*(?:[:.)]\s|[．：）]))")
_ATX = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")  # the line under a setext heading ('Encoded Data?' / '-----')
_SUMMARY_Q = re.compile(r"<summary\b[^>]*>[^<]*(?:<(?!/summary)[^>]*>[^<]*)*[?？؟]\s*(?:\*{1,3}\s*)?(?:</\w+>\s*)*</summary>", re.I)
# a toggle whose summary asks as a statement or prompt ('Explain closures.', 'List the falsy values:'), not a reveal label
_SUMMARY_STATEMENT = re.compile(
    r"<summary\b[^>]*>\s*(?:<[^>]*>\s*)*(?!(?i:(?:show|hide|click|correct|the)\b|answer|solution|explanation|hint))"
    r"[^<]*[.:：。]\s*(?:</\w+>\s*)*</summary>",
    re.I,
)
_HTML_Q = re.compile(r"^\s{0,3}<h[1-6](?:\s[^>]*)?>.*[?？؟]\s*(?:</?\w+>\s*)*</h[1-6]\s*>\s*$", re.I)  # '<h3>What is …?</h3>'
_BOLD_BULLET_Q = re.compile(r"^\s*[-*+]\s+(\*\*|__)[^*_]+?[?？؟]\s*\1(?:\s*\S|\s*$)")  # '- **What is latency?** The time …', or its answer below (U50)
_BOLD_LINE = re.compile(r"^\s{0,3}(?:\*\*|__)(?=\S)")
_BOLD_END = re.compile(r"(?:\*\*|__)\s*\S{0,12}\s*$")
_SPACED_LEVEL = re.compile(r"^\d+\s+\S.*\s(?:Easy|Medium|Hard)\s*$")
_REMNOTE = re.compile(r"^\s*[-*+]\s+\S.*?\s>>\s+\S")  # RemNote's 'Front >> Back' in an outline
# a label in any script ('Q:', 'Вопрос:', '问：', a full-width colon needs no space after it; trial7 G20)
_SIGNATURE = re.compile(
    r"^[ \t]*+(?P<lead>#{1,6}[ \t]++|\*\*|__)?(?P<word>[^\W\d_]" + WORD_LETTER + r"{0,15}+(?: " + WORD_LETTER + r"{1,15}+)?|\?)[ \t]*+(?P<number>\d{1,4}+)?"
    r"[ \t]*+(?P<punct>[:.)：])?(?P<close>\*\*|__)?(?:[ \t]|$|(?<=：))"
)


@dataclass(frozen=True)
class Detection:
    layout: str
    score: float
    why: str
    pattern: dict[str, object] | None = None  # [source.pattern] keys to read it with (a guessed layout, format = "text")
    pattern_lines: tuple[str, ...] = ()  # those keys as the TOML lines to paste (with their comments)
    fence: tuple[int, int] | None = None  # 1-based first and last line of a code fence that hides the items
    source: dict[str, object] | None = None  # [[source]] keys to read it with (headings = "cards")
    source_lines: tuple[str, ...] = ()  # those keys as the TOML lines to paste
    items: int = 0  # the answered items the shape counts, to weigh it against the Markdown reader's questions


def toml_literal(pattern: str) -> str:
    """A pattern as a TOML literal string ('^\\s*x'), the way every printed [source.pattern] line writes one: Python's
    repr doubled each backslash, which a literal string keeps, so a pasted skip pattern matched a backslash instead."""
    return f"'{pattern}'" if "'" not in pattern and "\n" not in pattern else json.dumps(pattern)


FENCE_SHARE = 0.5  # a code fence holding more of a document's lines than this may hide its items
_GLUED_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*")


def fences(lines: list[str]) -> list[tuple[int, int, int]]:
    """Code fences as ``(first line, last line, non-blank lines inside)``, 0-based; an unclosed one runs to the end."""
    out: list[tuple[int, int, int]] = []
    fence: str | None = None
    start = inside = 0
    for i, line in enumerate(lines):
        m = _FENCE.match(line)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not line.strip()[len(m.group(1)) :].strip():
                out.append((start, i, inside))
                fence = None
            elif line.strip():
                inside += 1
        elif m:
            fence, start, inside = m.group(1), i, 0
    if fence is not None:
        out.append((start, len(lines) - 1, inside))
    return out


def hiding_fence(lines: list[str]) -> tuple[int, int] | None:
    """The code fence holding most of the document's lines (1-based first and last line), if one does."""
    spans = fences(lines)
    if not spans:
        return None
    start, end, inside = max(spans, key=lambda s: s[2])
    nonblank = sum(1 for line in lines if line.strip())
    whole = not any(line.strip() for line in [*lines[:start], *lines[end + 1 :]])  # the file is one code block
    return (start + 1, end + 1) if (inside >= 5 or (whole and inside)) and inside > FENCE_SHARE * nonblank else None


def unfenced(lines: list[str]) -> list[str]:
    """The lines as plain text: fence markers gone (a line "``` 1. Q: …" is "1. Q: …")."""
    return [_GLUED_FENCE.sub("", line) if _FENCE.match(line) else line for line in lines]


def _prose_lines(doc: Document) -> list[str]:
    """The document's lines, with the inside of Markdown code fences blanked."""
    lines = doc.lines
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        return lines
    return ["" if fenced else line for line, fenced in zip(lines, in_fence(lines), strict=True)]


# a toggle whose summary is a fill-in-the-blank prompt ('A _____ is an API resource for …')
_SUMMARY_BLANK = re.compile(r"<summary\b[^>]*>(?:(?!</summary>).)*_{3,}(?:(?!</summary>).)*</summary>", re.I)
_SUMMARY_OPEN = re.compile(r"^\s*<summary\b[^>]*>\s*$", re.I)


def _summary_joined(lines: list[str], index: int) -> str:
    """A ``<summary>`` written over lines of its own (tab-indented toggles: the lead's new-user check,
    katademy-decks/kubernetes, where 251 toggles read as three one-note files), joined into one line."""
    if not _SUMMARY_OPEN.match(lines[index]):
        return ""
    for end in range(index + 1, min(index + 8, len(lines))):
        if "</summary>" in lines[end].lower():
            return " ".join(line.strip() for line in lines[index : end + 1])
    return ""


LABEL_SPAN = 24  # lines of a question's text, options or code between its question label and its answer label


def _answer_label_after(lines: list[str], index: int) -> bool:
    """Whether an answer label opens a line below the question label at ``index``: the very next line, or one
    after the question's options, code or a blank line (``**Question:** …?``, a blank line, ``**Answer:** …``:
    lead G1), before any heading, rule or other question label."""
    for line in lines[index + 1 : index + 1 + LABEL_SPAN]:
        text = unbold_label(line).strip()
        if _INLINE_KEY_LINE.match(line):
            return False  # ('Đáp án: 1.B 2.C 3.A' under the last question's options: the page's key, no answer of its own)
        if answer_line(line):
            return True
        if _ATX.match(line) or _RULE_LINE.match(line) or has_question_label(text):
            return False
    return False


_HEADING_LEAD = re.compile(r"^\s{0,3}#{1,6}\s+")


def _labelled_heading(lines: list[str], index: int) -> bool:
    """A heading that labels its question (``#### **题目**：描述实时系统的基本特性``) over a heading that labels the
    answer (``#### **参考答案**：``), next after it: a question whatever its last character (trial18 T18-10: an
    instruction, 'describe …', 'write a C program', made 3 of 12 one-question files 'cannot tell the layout')."""
    lead = _HEADING_LEAD.match(lines[index])
    if lead is not None and _NUMBERED_LABEL_HEADING.match(lines[index]):
        # '### Question 1' / the question / '### Answer' / its answer: the label heading's next heading labels the
        # answer, the text between them is the question (trial23 T23-45: "cannot tell this document's layout")
        nxt = next((line for line in lines[index + 1 : index + 1 + LABEL_SPAN] if _ATX.match(line)), "")
        return bool(ANSWER_LABEL_HEADING.match(nxt))
    if lead is None or not has_question_label(unbold_label(lines[index][lead.end() :]).strip()):
        return False
    # the next heading labels the answer; the question's own text may stand between (its task, an example), and so
    # may headings that are fields of the page ('#### **出题人**：…', '### Source: …': who set it, where it is from)
    # (trial25: 14 of 29 one-question files whose setter's heading stood between were "cannot tell the layout")
    for line in lines[index + 1 : index + 1 + LABEL_SPAN]:
        said = has_answer_label(unbold_label(_HEADING_LEAD.sub("", line)))  # ('#### **参考答案**：A，B，C': the key in it)
        if _ATX.match(line) and not (_FIELD_HEADING.match(line) and not said):
            return bool(ANSWER_LABEL_HEADING.match(line)) or said
    return False


# a heading that is a page's field, a short label and its value on one line ('#### **出题人**：阿里巴巴…', '### Source: MIT')
_FIELD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?:\*\*|__)?[^\W\d_][^*_:：\n]{0,15}(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*\S")


def lone_labelled_heading(lines: list[str]) -> set[int]:
    """The page's one heading that labels a question ('#### **题目**：主键 超键 候选键 外键是什么', 'Question: explain …'), the
    first heading of the page: a file of one question, whatever its last character, the headings after it parts of
    its answer ('#### 定义', '#### 举例'), though no answer label stands between (trial25: they were read as cards and
    the question had no answer)."""
    fenced = list(in_fence(lines))
    heads = [(n, lead) for n, line in enumerate(lines) if (lead := _HEADING_LEAD.match(line)) is not None and not fenced[n]]
    if not heads:
        return set()
    asked = [n for n, lead in heads if has_question_label(unbold_label(lines[n][lead.end() :]).strip())]
    return {heads[0][0]} if asked == [heads[0][0]] else set()


def _titled_problem(lines: list[str], index: int) -> bool:
    """A paragraph opened by a bold title ending in a colon, its problem under it, and an answer label opening
    the next paragraph (``**1. Daily consumption:**`` / ``You drank …?`` / ``**Answer:** …``: trial11 P29)."""
    lead = TITLE_LEAD.match(lines[index])
    if lead is None or answer_line(lines[index]) or (index and lines[index - 1].strip()):
        return False
    k = index + 1
    while k < len(lines) and lines[k].strip():
        k += 1
    if k == index + 1 and not lead.group("rest").strip():
        return False  # a title alone, no problem under it
    while k < len(lines) and not lines[k].strip():
        k += 1
    return k < len(lines) and answer_line(lines[k])


def _label_headings_quiz(lines: list[str]) -> int:
    """Headings that only label a question (``## Question 1``, ``### QUESTÃO 2``), two or more, when every one of
    them is over a question with lettered options (a slide deck's QCM: ``## Question 1`` / ``Quel est … ?`` / ``A) …``
    paragraphs / ``---``; trial11 P39, read as a later numbered exercise, its five questions lost): a Markdown quiz,
    keyed by a page key the Markdown reader reads. Labelled true/false or open questions among them (trial7 G33,
    keyed by a ``1. b`` / ``3. False`` / ``4. git switch -c`` key) leave the page to the numbered reading; an open
    question answered under its label heading (its text, then the answer's paragraphs: an essay part beside the
    multiple choice, trial16 T16-8) is the Markdown reader's too, and neither counts nor spoils the quiz."""
    at = [k for k, line in enumerate(lines) if (m := _LABEL_LINE.match(line)) and m.group("lead")]
    if len(at) < LABEL_QUIZ_MIN:
        return 0
    quizzed = 0
    for k in at:
        end = next((j for j in range(k + 1, len(lines)) if _ATX.match(lines[j])), len(lines))
        body = [line for line in lines[k + 1 : end] if line.strip() and not _RULE_LINE.match(line)]
        if body and not any(option_line(line) for line in body) and _paragraphs(lines[k + 1 : end]) >= 2:
            continue
        if not body or option_line(body[0]) or not _options_follow(body[1:]):
            return 0
        quizzed += 1
    return quizzed if quizzed >= LABEL_QUIZ_MIN else 0


def _paragraphs(lines: list[str]) -> int:
    """How many runs of text lines (paragraphs, a code block one of them) ``lines`` hold."""
    runs, inside = 0, False
    for line, fenced in zip(lines, in_fence(lines), strict=True):
        text = fenced or (bool(line.strip()) and not _RULE_LINE.match(line))
        runs += text and not inside
        inside = text
    return runs


_COMMENT_LINE = re.compile(r"^\s*<!--.*-->\s*$")  # an HTML comment alone on its line (a slide's speaker note)
_PLAIN_Q = re.compile(r"^\s{0,3}Q:\s+\S")  # 'Q: What is …?' over 'A: …'
_PLAIN_QA = re.compile(r"^\s{0,3}Q:\s+\S[^|]*?[?？]\s+A:\s+\S")  # 'Q: Where are proteins made? A: On ribosomes.' (a '|' between: T35)
_PLAIN_A = re.compile(r"^\s{0,3}A:(?:\s+\S|\s*$)")  # (hashcards: 'A:' alone over its answer block, trial16 T16-41)


def markdown_questions(lines: list[str], obsidian: bool = True, clozes: bool = True) -> tuple[int, int]:
    """(question-shaped lines: ``?`` headings and bold lines holding a ``?``, non-blank lines).

    With ``obsidian``, Obsidian-style cards count too (a ``?`` line under a question, ``Term::answer``
    lines), when there are at least two: one ``a::b`` in a code sample is no card.  Remembered for the last few
    pages (detection and the readers ask it of the same lines ~3 times a document, ~2.5 % of the test suite's time):
    a function of the lines, the two flags and whether the page's task labels ask (``TASKS_ASK``), nothing else.
    """
    key = (tuple(lines), obsidian, clozes, TASKS_ASK.get())
    found = _ASKED.get(key)
    if found is None:
        found = _markdown_questions(list(key[0]), obsidian, clozes)
        if len(_ASKED) >= 16:
            _ASKED.pop(next(iter(_ASKED)))
        _ASKED[key] = found
    return found


_ASKED: dict[tuple[tuple[str, ...], bool, bool, bool], tuple[int, int]] = {}


def _markdown_questions(lines: list[str], obsidian: bool, clozes: bool) -> tuple[int, int]:
    """:func:`markdown_questions` computed."""
    found = nonblank = cards = 0
    if any("admonish" in line for line in lines):  # ('~~~admonish question title="…?"': a box that asks, T23-21)
        lines = admonish(lines)
    if any(line.lstrip()[:2] in ("<h", "<H", "<!") for line in lines):  # ('<h3><a …>' / 'Is Rust …?' / '</a></h3>': T44-1)
        lines = joined_html_headings(commented_sections("\n".join(lines))).split("\n")
    if any(line.lstrip().startswith(">") for line in lines):  # ('> **What is TCP?**' over its answer, T23-46)
        lines = quoted_headings("\n".join(lines)).split("\n")
    if any(line[:1] in (" ", "\t") and line.lstrip()[:1] in "*+-" and "?" in line for line in lines):
        lines = outline_questions("\n".join(lines)).split("\n")  # ('- Cells' / '  - What does the Golgi do?' / '    - …': N34)
    if any(line[:1] in "*+-" and "?" in line for line in lines):
        lines = bullet_questions("\n".join(lines)).split("\n")  # ('* How is tmux different …?' over its answer: T21-4)
    labelled = labelled_headings(lines)  # '### Create a function …' over '#### Answer'
    labelled |= lone_labelled_heading(lines)  # '#### **题目**：主键是什么' over '#### 定义' / '#### 举例' (trial25)
    # 'Which command …' over '- [ ] grep' / '- [x] tail -f', in a quote too ('> > [!QUESTION] A hardware MFA … _ MFA.' over
    # '> > - [x] virtual': Obsidian callouts, T37-15)
    # (and in a MkDocs box: '!!! question "A hardware MFA … _ MFA."' over '    - [x] virtual', its body indented; T37-15)
    stems = checkbox_stems([_QUOTE_MARKS.sub("", line) for line in _box_bodies(lines)])
    # '{{c1::…}}' sentences are notes' own clozes, not an Anki export's rows (its '#separator:' header, tab fields)
    clozes = clozes and not any(line.startswith(("#separator:", "#html:", "#notetype")) for line in lines[:8])
    # the last line with text (rules and comments are none): a heading there has nothing under it
    last_text = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip() and not _RULE_LINE.match(lines[k]) and not _COMMENT_LINE.match(lines[k])), -1)
    toggled = "<summary" in "".join(lines) and toggle_cards("\n".join(lines))  # (a Notion toggle list: each toggle a card)
    # 'Q: …? A: …' lines under a page's headings, every 'Q:' line of the page one such or over its 'A:' line (one without
    # its '?', 'Q: Largest planet | A: Jupiter', is a separated pair the Markdown reader leaves glued; a chatbot's list of
    # such pairs with no heading is the pattern layout's: trial35's keys)
    one_line_pairs = obsidian and any(_ATX.match(line) for line in lines) and all(
        _PLAIN_QA.match(line) or (k + 1 < len(lines) and _PLAIN_A.match(lines[k + 1])) for k, line in enumerate(lines) if _PLAIN_Q.match(line)
    )
    for index, (line, fenced) in enumerate(zip(lines, in_fence(lines), strict=True)):
        if fenced or not line.strip():
            continue
        nonblank += 1
        setext = index + 1 < len(lines) and _SETEXT.match(lines[index + 1]) and line.rstrip().endswith(QUESTION_MARKS)
        setext = setext and not _LIST_ENTRY.match(line)  # ('6) Must …?' over '=====': a separator under a numbered item, P63)
        # '**Question 1:** …' over '**Answer:** …' on the next line (AI-written flashcards, learner L29)
        setext = setext or (
            line.lstrip().startswith(("**", "__", "- **", "* **"))
            and has_question_label(unbold_label(line).lstrip().lstrip("-*+ "))
            and (_answer_label_after(lines, index) or inline_answer_label(line) is not None)  # (both on one line: T19-36)
        ) or _titled_problem(lines, index) or _labelled_heading(lines, index)
        # ('Q: …' right over 'A: …' in one paragraph: a card, as Dataview's 'Q:: …' / 'A:: …' fields are read: T14-1; a
        # labelled question '问题：…' over its parts and '答案：' below, unbolded: learner5 L44)
        setext = setext or (
            obsidian
            and not _LIST_ENTRY.match(line)
            and (
                (_PLAIN_Q.match(line) is not None and index + 1 < len(lines) and _PLAIN_A.match(lines[index + 1]) is not None)
                # ('Q: Where are proteins made? A: On ribosomes.': both on one line, as the Markdown reader reads it)
                or (one_line_pairs and _PLAIN_QA.match(line) is not None)
                or (_PLAIN_Q.match(line) is None and has_question_label(line.strip()) and _answer_label_after(lines, index))
                # ('**Q**: Is the browser's back button a stack?' over its answer paragraph: a labelled question that asks, T14-24)
                or (_BOLD_LINE.match(line) is not None and has_question_label(unbold_label(line).strip()) and line.rstrip().rstrip("*_ ").endswith(QUESTION_MARKS))
            )
        )
        # ('Frage 1: Wie viele …' / 'a) 15' / 'b) 30' in a Markdown page: a labelled question over its options, no blank
        # line between, whatever its punctuation, its key under '## Lösungen'; T34-2. A text file's are the numbered layout's)
        setext = setext or (obsidian and not _LIST_ENTRY.match(line) and _labelled_over_options(lines, index))
        # ('## [T/F] Mitochondria have their own DNA.', '**Water boils at 100 °C. (T/F)**': a statement to judge, sitting 58)
        setext = setext or ((_ATX.match(line) is not None or _BOLD_LINE.match(line) is not None) and judge_marked(line.strip().lstrip("#")) is not None)
        # ('- What is a pod?' / '  **Ans:** …', '- Walk me through a rolling update.' / '  **Ans:** …': an entry over its
        # labelled answer, trial13 T13-13 rest)
        setext = setext or (
            obsidian
            and _BULLET_LINE.match(line) is not None  # (numbered prompts over answer labels are the numbered layout's: T31)
            and index + 1 < len(lines)
            and lines[index + 1][:1].isspace()
            and _LIST_ENTRY.match(lines[index + 1]) is None
            and answer_line(lines[index + 1])
        )
        probe = _summary_joined(lines, index) or line  # '<summary>' / '\t\tWhat …?' / '</summary>' on lines of their own
        if index >= last_text and _ATX.match(line):
            continue  # '# Questions?' closing a slide deck, nothing under it: asks the audience, no card (trial12 U86)
        if _ATX.match(line) and judge_prompt_only(line):
            continue  # '# True or false?' titles the statements under it, asks nothing itself (sitting 38)
        if question_line(probe) or _SUMMARY_STATEMENT.search(probe) or _SUMMARY_BLANK.search(probe) or (toggled and "<summary" in probe.lower()) or index in labelled or index in stems or setext or (
            clozes and has_cloze(line) and "	" not in line
        ):
            found += 1
        elif obsidian and inline_card(line) and index + 1 < len(lines) and lines[index + 1].lstrip().startswith("<!--SR:"):
            found += 1  # a card Spaced Repetition has scheduled ('Q::A' over '<!--SR:!2023-07-04,79,250-->'): one is enough (L17)
        elif obsidian and (line.strip() in ("?", "??") or (inline_card(line) and not _property(line)) or outline_entry(line)):
            cards += 1  # ('- Front >> Back', RemNote's outline cards: trial8 H9)
    listed = sum(1 for line, fenced in zip(lines, in_fence(lines), strict=True) if not fenced and LIST_HEADING.match(line))
    found += listed if listed >= LIST_HEADINGS_MIN else 0  # '1. ### What is a prototype chain': numbered questions
    found += len(plain_questions(lines)) if obsidian and not found else 0  # (Markdown only) 'What is …?' lines over their answers (learner L37)
    terms = definition_terms(lines) if obsidian else 0  # 'Term' / ': definition' entries (Pandoc, PHP Markdown Extra)
    glossary = term_entries(lines) if obsidian else 0  # '- **Term**: definition' entries
    asked = question_entries(lines) if obsidian else 0  # '- What is X?' entries with their answers
    asked += labelled_entries(lines)  # '- Question: …' entries with a nested '- Answer: …'
    asked += table_cards(lines)  # rows of a '| Question | Answer | Level |' table
    found += answer_boxes(lines)  # text over ':::{note} Solution' / '::: details Answer' (trial8 H8, readers)
    found += _label_headings_quiz(lines)  # '## Question 1' over 'Quel est … ?' and its options 'A) …' (trial11 P39)
    found += label_pair_count(lines) if not found else 0  # 'F:' / 'A:', '**P:**' / '**R:**': a page's own label pair (P46)
    found += bold_numbered_exercises(lines) if not found else 0  # '**1. Bought supplies on account.**' over its answer
    cards += sentence_cards(lines) if obsidian else 0  # ('specificity::the proportion of …' on an SR page: T15-16)
    cards += list_term_cards(lines) if obsidian else 0  # ('- mitochondria::the powerhouse of the cell' entries: T30-31)
    # ('- **Metformin**' over '  - Class: Biguanide' …, or '**Metformin**' on its line over '- Class: …': T36-12)
    cards += attribute_list_cards(bold_term_lists("\n".join(lines)).split("\n")) if obsidian else 0
    found += sr_cloze_paragraphs(lines) if obsidian else 0  # ('The ==nucleus== holds the DNA.' on an SR page: T30-30)
    found += (cards if cards >= 2 else 0) + (terms if terms >= 2 else 0) + (glossary if glossary >= 2 else 0)
    return found + (asked if asked >= 2 else 0), nonblank


_QUOTE_MARKS = re.compile(r"^(?:[ ]{0,3}>[ \t]?)+")  # a line's block-quote markers, nested ones too


# '??? question "How do I …?"', '!!! faq "Can I …?"': a MkDocs admonition whose title asks (its body answers);
# '> [!question]- What is a lifetime?': an Obsidian callout whose title asks
_BOX_OPENER = re.compile(r"^\s*(?:!!!|\?\?\?\+?)[ \t]+[\w-]+")  # a MkDocs box's first line ('!!! question "…"', '??? note')


def _box_bodies(lines: list[str]) -> list[str]:
    """``lines`` with the indent taken off every line of a MkDocs box's body (the box's own line and the indented or
    blank lines under it), so what a box holds is seen as it would be at the margin; other lines as they are."""
    if not any(_BOX_OPENER.match(line) for line in lines):
        return lines
    out: list[str] = []
    inside = False
    for line in lines:
        if _BOX_OPENER.match(line):
            inside = True
        elif inside and line.strip() and not line[:1].isspace():
            inside = False
        out.append(line.lstrip() if inside else line)
    return out


_ADMONITION_Q = re.compile(
    r'^\s*(?:!!!|\?\?\?\+?)\s*[\w-]+(?:\s+[\w-]+)*\s+"[^"]*[?？؟]\s*"\s*$|^[ ]{0,3}>[ \t]?\[![A-Za-z][\w-]*\][+-]?[ \t]+.*[?？؟][ \t]*$'
)


# '> **Q:** What is a lifetime?': a callout-style note's question in a block quote
_QUOTED_Q = re.compile(r"^[ ]{0,3}>[ \t]?(?:\*\*|__)?(?i:q|question)\s*[:.)](?:\*\*|__)?[ \t]+\S")
_QUOTED = re.compile(r"^[ ]{0,3}>[ \t]?(?P<text>\S.*)$")


def _quoted_question(line: str) -> bool:
    """A question label in a block quote, in any language deckc reads: '> **Q:** What is a lifetime?', '> **问：** GitLab
    CI 和 GitHub Actions 的主要区别是什么？' (trial15 T15-55: the page went to the numbered layout, its answers' lists
    taken for questions)."""
    m = _QUOTED.match(line)
    return bool(_QUOTED_Q.match(line) or (m is not None and has_question_label(unbold_label(m.group("text")).strip())))


_BOLD_TERM = re.compile(r"^\s{0,3}(\*\*|__)(?P<term>[^*_\n?？]{1,60}?)[:：]?\1\s*[:：]?\s*$")  # '**Latency**' alone on its line
_NOT_DEFINITION = re.compile(r"^\s*(?:#|[-*+>|]\s|\d+[.)]\s|```|~~~|<|\*\*|__|:)")
BOLD_TERMS_MIN = 2  # bold terms with their definitions that make a page a glossary
BOLD_TERM_WORDS = 6  # words at most of such a term
FORMULA_TERM_WORDS = 12  # … of a formula's name over its display maths


_NUMBERED_TERM = re.compile(r"^\d{1,3}[.)]\s")


def bold_terms(lines: list[str]) -> list[str] | None:
    """A glossary written as bold terms on their own lines, each with its definition below (on the next line,
    or after a blank line; trial7 G34), as the definition list it means (``Latency`` / ``: The time …``), on a
    page that asks nothing; None when the page is not one. Line numbers stay (a definition after a blank line
    moves up one, the blank line after it).

    Once the page is such a glossary (two terms of six words at most), a longer bold line of the same shape is a term
    too (``**Carlill v Carbolic Smoke Ball Co (1893)**`` over its ratio among shorter case names: sitting 55, it was
    'its introduction', in no card), and so is a term written on its definition's line in a paragraph of its own
    (``**Power rule**: $…$`` among ``**Product rule**:`` over display maths: sitting 55, in no card, unsaid)."""
    if markdown_questions(lines, obsidian=False)[0]:
        return None
    found = _bold_terms(lines, BOLD_TERM_WORDS)
    if found is None:
        return None
    longer = _bold_terms(lines, LONG_TERM_WORDS)
    out = found[0] if longer is None else longer[0]
    _one_line_terms(out, list(in_fence(out)))
    return out


LONG_TERM_WORDS = 12  # words at most of a bold term on a page whose other terms make it a glossary (a case's name)
_ONE_LINE_TERM = re.compile(
    r"^[ ]{0,3}(\*\*|__)(?P<term>[^*_\n?？:：]{1,60}?)(?:[ \t]*[:：]\1|\1[ \t]*[:：])[ \t]+(?P<text>[^\s*_].*?)[ \t]*$"
)
_NOTE_LABELS = frozenset({"note", "notes", "tip", "hint", "example", "examples", "summary", "remember", "source", "sources", "see also", "warning", "info", "important"})


def _one_line_terms(out: list[str], fenced: list[bool]) -> None:
    """Each ``**Term**: definition`` paragraph of one line (a blank line or the page's start above, a blank line
    below) in ``out`` written as the definition list entry the glossary's other terms are, over the blank line."""
    for i in range(len(out) - 1):
        if fenced[i] or (i and out[i - 1].strip()) or out[i + 1].strip():
            continue
        m = _ONE_LINE_TERM.match(out[i])
        if m is None:
            continue
        term = m.group("term").strip()
        if len(term.split()) > BOLD_TERM_WORDS or term.lower() in _NOTE_LABELS or has_answer_label(f"{term}: …"):
            continue
        out[i], out[i + 1] = term, f": {m.group('text')}"


def _bold_terms(lines: list[str], most_words: int) -> tuple[list[str], int] | None:
    """:func:`bold_terms`' reading with terms of ``most_words`` words at most (and the page's lines, its count)."""
    out = list(lines)
    fenced = list(in_fence(lines))
    found = 0
    i = 0
    while i < len(out):
        m = None if fenced[i] else _BOLD_TERM.match(out[i])
        start = i + 1 if i + 1 < len(out) and out[i + 1].strip() else i + 2
        # (a formula's name is longer than a word's: '**95% confidence interval for a mean (large n)**' over its '$$',
        # sitting 49: 'text outside any question')
        formula = start < len(out) and out[start].lstrip().startswith(("$$", "\\["))
        words = len(m.group("term").split()) if m is not None else 0
        if m is None or words > (FORMULA_TERM_WORDS if formula else most_words) or (i and out[i - 1].strip() and not fenced[i - 1]):
            i += 1
            continue  # (a bold line that goes on a paragraph is no term)
        if words > BOLD_TERM_WORDS and not formula and m.group("term").rstrip().endswith((".", "!", "。", "！")):
            i += 1
            continue  # (a longer bold line that ends as a sentence is emphasis, no term)
        end = start
        while end < len(out) and out[end].strip() and not fenced[end]:
            end += 1
        if start >= len(out) or end == start or _NOT_DEFINITION.match(out[start]):
            i += 1
            continue
        definition = out[start:end]
        term = m.group("term").strip()
        if term[:1] + term[-1:] in ("()", "[]", "（）", "【】") or definition[-1].rstrip(" *_").endswith(QUESTION_MARKS):
            i = end  # '**(ENCCEJA – Adaptado)**' over a question: an exam's source tag, and what asks is no definition (L3)
            continue
        if _NUMBERED_TERM.match(term) or has_answer_label(strip_number(term)) or (len(term) > 1 and has_answer_label(f"{term.rstrip(':：')}: …")):
            # ('**Answer**' alone over the answer under '1. …?': the question's label, never a term: round 4 R4-5)
            i = end  # '**1. Jawaban: C**' over its working: an answer key's entry, never a term (trial13 T13-17)
            continue
        if question_number_line(out[i]) and any(has_answer_label(unbold_label(line.strip())) for line in definition[1:]):
            i = end  # '**Pytanie 1**' / the question / 'Odpowiedź: Lima': a question's label, never a term (T29-55)
            continue
        out[i] = term
        out[i + 1 : end] = [f": {definition[0].strip()}", *definition[1:], *([""] if start == i + 2 else [])]
        found += 1
        i = end
    if found < BOLD_TERMS_MIN:
        return None
    _group_titles(out, fenced)
    return out, found


# a glossary entry with its bold term run into its definition, no colon or dash between: '**abiotic** Non-living
# chemical and physical parts of the environment, …' (a textbook's end-of-book glossary: trial27 T27-36)
# (a full stop inside the bold may close the term as a textbook sets it, '**Derivative.** The derivative of …', on a
# page of such paragraphs alone: among a page's numbered questions such lines are their rules, read as before; sitting 57)
_RUN_IN_TERM = re.compile(r"^[ ]{0,3}(\*\*|__)(?P<term>[^*_\n?？.:：]{1,60}?)(?P<dot>\.)?\1[ \t]+(?P<text>[^\s:：–—-].*)$")
_LISTED_OR_ASKED = re.compile(r"^[ ]{0,3}(?:\d{1,3}[.)]|[-*+])[ \t]+\S|\?[ \t*_]*$")
_ITEM_LABEL = re.compile(r"^\(?(?:\d{1,3}|[A-Za-z]{1,2}|[ivxIVX]{1,4})[.)]\)?$|^(?i:q|question|exercise|problem|task|step)\s*\d")  # '**1)**', '**Q3**'
RUN_IN_TERMS_MIN = 3  # such paragraphs a page that asks nothing needs to be a glossary


def _opens_sentence(text: str) -> bool:
    """A definition's first word: a capital, a digit or a letter of a script without case ('**allele** One of …'), never
    a sentence about the bold word ('**Photosynthesis** is the process …')."""
    if text.startswith(("$", "\\(", "\\[")):
        return True  # (a formula: '**Product rule.** $(uv)' = u'v + uv'$'; sitting 57)
    first = text.lstrip("*_(\"'“‘")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or (first.isalpha() and first.lower() == first.upper()))


def _run_in_line(line: str) -> bool:
    """A line opening with a bold term run into its text (the entry above another, one a line: sitting 54)."""
    m = _RUN_IN_TERM.match(line)
    return m is not None and len(m.group("term").split()) <= 6 and not _ITEM_LABEL.match(m.group("term").strip())


def run_in_terms(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """A glossary of paragraphs each opening with its bold term run into the definition (``**abiotic** Non-living …``)
    on a page that asks nothing, as the definition list it means (``abiotic`` / ``: Non-living …``), each line with the
    line it came from (1-based); None when the page is not one."""
    if markdown_questions(lines, obsidian=False)[0]:
        return None
    fenced = list(in_fence(lines))
    opening = {
        k: m for k, line in enumerate(lines)
        if not fenced[k] and (k == 0 or not lines[k - 1].strip() or lines[k - 1].lstrip().startswith("#") or _run_in_line(lines[k - 1]))
        and (m := _RUN_IN_TERM.match(line)) is not None and len(m.group("term").split()) <= 6
        and sum(c.isalpha() for c in m.group("term")) >= 2 and not _ITEM_LABEL.match(m.group("term").strip())
    }  # fmt: skip
    if any(m.group("dot") for m in opening.values()) and any(not fenced[k] and _LISTED_OR_ASKED.search(line) for k, line in enumerate(lines)):
        opening = {k: m for k, m in opening.items() if not m.group("dot")}
    found = {k for k, m in opening.items() if _opens_sentence(m.group("text"))}
    # a study guide's paragraphs each a sentence about its bold term ('**Osmosis** is the diffusion of water …'): the
    # term asked, the whole sentence its definition (sitting 47: four such paragraphs were one card of the page's title);
    # only when every paragraph of the page but an intro before them opens so, each saying what its term is or does
    said = {k for k, m in opening.items() if k not in found and _ABOUT_TERM.match(m.group("text"))}
    starts = _paragraph_starts(lines, fenced)
    if said and len(found | said) >= RUN_IN_TERMS_MIN and all(k in found | said for k in starts[1:]):
        found |= said
    else:
        said = set()
    if len(found) < RUN_IN_TERMS_MIN:
        return None
    out: list[str] = []
    origin: list[int] = []
    for k, line in enumerate(lines):
        m = opening.get(k) if k in found else None
        if m is None:
            out.append(line)
            origin.append(k + 1)
            continue
        if out and out[-1].strip():
            out.append("")  # (a term right under a heading: a blank line before the list)
            origin.append(k + 1)
        out += [m.group("term").strip(), f": {line.strip() if k in said else m.group('text').strip()}"]
        origin += [k + 1, k + 1]
    return out, origin


# the words a sentence about its bold subject goes on with: it says what the term is or does
_ABOUT_TERM = re.compile(
    r"^(?:is|are|was|were|refers?\s+to|means?|describes?|denotes?|occurs?|happens?|involves?|consists?\s+of|stands?\s+for"
    r"|moves?|uses?|allows?|measures?|converts?|carries|carry|breaks?|makes?|controls?"
    # (the same in Spanish, French, German, Italian, Portuguese: '**La mitosis** es la división …', sitting 54)
    r"|es|son|est|sont|ist|sind|è|sono|é|são|significa|signifie|bedeutet|bezeichnet|désigne|se[ \t]+refiere[ \t]+a)(?![^\W_])"
)


def _paragraph_starts(lines: list[str], fenced: list[bool]) -> list[int]:
    """Where the page's paragraphs of text start, outside code and headings (a paragraph: a run of non-blank lines)."""
    starts: list[int] = []
    inside = False
    for k, line in enumerate(lines):
        text = bool(line.strip()) and not fenced[k] and not line.lstrip().startswith("#")
        if text and not inside:
            starts.append(k)
        inside = text
    return starts


def _group_titles(out: list[str], fenced: list[bool]) -> None:
    """A bold line of a glossary right over a term (or over another such title: the page's own) titles the terms under
    it (``**Networking and Security**`` over ``**Access Control List**``, a Word glossary's groups: trial20 T20-11): a
    heading, their section, never 'text outside any question'."""
    made: set[int] = set()
    for k in reversed(range(len(out))):
        m = None if fenced[k] or (k and out[k - 1].strip()) else _BOLD_TERM.match(out[k])
        if m is None:
            continue
        below = next((j for j in range(k + 1, len(out)) if out[j].strip()), None)
        term = below is not None and below + 1 < len(out) and out[below + 1].startswith(": ") and not out[below].startswith(("#", "*", "_"))
        if term or below in made:
            out[k] = "###### " + re.sub(r"<[^<>]*>", "", m.group("term")).strip()
            made.add(k)


# a link's target after its text ('[Grokking DP](https://…/course?aff=kJSIoU)'): a '?' in it asks nothing (trial28 T28-15: a
# course link heading made a cheat sheet a page of one question, read as one note)
_LINK_TARGET = re.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\)")


def question_line(line: str) -> bool:
    """A Markdown line shaped like a question: a heading or bold line asking, a ``<summary>`` or HTML
    heading that asks, a bullet led by a bold question, an admonition whose title asks."""
    if "`" in line and _ATX.match(line) and asks_in_code_only(line):
        return False  # ('### `Hash#key?`': a method's name, T51-16; '#### … com `? :`', T52-6)
    line = unmark_operators(line)  # ('__Safe call (?.)__': an operator's name, sitting 57)
    return bool(
        _MD_QUESTION.match(_LINK_TARGET.sub("]", line) if "](" in line else line)  # ('### [Grokking …](…?aff=…)': T28-15)
        or _bold_question(line)
        or ("<" in line and _bold_question(html_bold_line(line)))  # '<b>What is …?</b><br>' (trial10 P8)
        or _LABEL_LEAD_Q.match(line)  # '**Question 1.** An object holds …?' (learner3 N6)
        or _SUMMARY_Q.search(line)
        or _HTML_Q.match(line)
        or _BOLD_BULLET_Q.match(line)
        or _ADMONITION_Q.match(line)
        or _quoted_question(line)
        or BOLD_LEAD_Q.match(line)
        or ((_ATX.match(line) or _BOLD_LINE.match(line)) and script_asks(line))  # ('### Ո՞վ է …։': T36-15)
    )


_BOLD_NUMBER = re.compile(r"^(?P<lead>\s{0,3})(\*\*|__)(?P<n>\d{1,4}[.)])\2(?=\s+\S)")  # '**1.** …': an item's number in bold


def _bold_question(line: str) -> bool:
    """A line that is only bold text (plus a marker) with a '?' inside the bold part."""
    if not _BOLD_LINE.match(line):
        return False
    end = _BOLD_END.search(line)
    return end is not None and any(q in line[: end.start()] for q in QUESTION_MARKS) and line.count("**") + line.count("__") == 2


_EXPLANATION_LABEL = re.compile(r"(?i)^\s*(?:\*\*|__)?(?:explanation|rationale)s?\s*[:：]?(?:\*\*|__)?\s*[:：]?\s*$")


def _labels_text(lines: list[str], i: int) -> bool:
    """An 'Explanation:' line alone over its text, right under an item's answer line ('Answer: Option B' / 'Explanation:'
    / '127.0.0.1 is reserved …', IndiaBIX and many PDFs print it so): that item's explanation, no answer key's heading
    (trial25 T25-23: counting stopped at the first one, the page read as 'grill', 0 cards)."""
    if not _EXPLANATION_LABEL.match(lines[i]):
        return False
    nxt = next((x for x in lines[i + 1 :] if x.strip()), "")
    return bool(nxt) and not re.match(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\d{1,3}(?:\*\*|__)?\s*[-–.):]\s*(?![\d\s.])", nxt) and not nxt.lstrip().startswith(("#", "|"))


def _numbered(lines: list[str]) -> tuple[int, int, int, int]:
    """(numbered items in sequence, how many of them hold a '?', how many are followed by lettered options, how
    many are answered some way: options, an answer line under them, or an answer on their line, '→ True').

    Counting stops at an answer key (``# Answers``, ``Answer key``): its ``1. b`` lines answer items.
    """
    item = re.compile(PRESETS["numbered"].item or "")
    options = _numbered_options(lines, item)
    previous: int | None = None
    asked = False  # the last item counted asks
    count = questions = 0
    starts: list[int] = []
    end = len(lines)
    listed: set[int] = set()  # an answer's own numbered list under a bare 'Answer:' label (T26-48)
    for i, line in enumerate(lines):
        if not starts and _INLINE_KEY_LINE.match(line):
            continue  # ('Answer key: 1. B  2. C  3. A' atop the sheet, over the questions: no end of them, T25-66)
        if i in listed:
            continue
        # (the lines around looked up only under a bare label: scanning them for every line was quadratic in a
        # file of blank lines, 4,000 of them 1 s)
        if starts and _bare_answer_label(line) and next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None) == starts[-1] and (
            bool(lines[i - 1].strip()) or question_after_list(lines, i + 1, item)  # (after a blank line: never the key's heading)
            or not item.match(next_nonblank(lines, i) or "")  # ('1. …?' / '**Answer:**' / 'The mitochondrion.': its label; a key lists numbers)
        ):
            # ('1. What are …?' / 'Answer:' / '1. Solid' / '2. Liquid', a blank line after the question or not: T32-26)
            listed |= _answer_list(lines, i + 1, item)
            continue
        if (_KEY_LINE.match(line) and not _ENTRY_LABEL.match(line) and not _labels_text(lines, i)) or _INLINE_KEY_LINE.match(line):
            # ('   Solution:' indented under an item is that item's label over its code, no key's heading: trial21 T21-46)
            end = i
            break
        m = item.match(line)
        if not m or i in options:
            continue
        n = int(m.group("number").split(".")[0])  # ('2.1)': a sub-question of 2)
        said = _LINK_OR_URL.sub("", line)  # (a '?' in a link's address asks nothing: '…/watch?v=…', learner5 L5)
        asks = any(q in said for q in QUESTION_MARKS)
        # a question after a gap in the numbering, as the one before it asked, after a blank line: the list keeps only
        # some questions of a longer one ('6.', '11.', '13.' of a civics test's 100, trial11 P103)
        gap = previous is not None and n > previous and asks and asked and (i == 0 or not lines[i - 1].strip())
        if previous is None or n == previous + 1 or n == 1 or gap:
            count += 1
            # ('20. Define a combination reaction with an example.': a test paper's prompt asks too, trial12 U23)
            questions += asks or opens_asking(m.group("question"))
            previous, asked = n, asks
            starts.append(i)
    quizzed = answered = 0
    for a, b in itertools.pairwise([*starts, end]):
        if _options_follow(lines[a + 1 : b]) or _marked_list(lines[a + 1 : b]):
            quizzed += 1
            answered += 1
            continue
        below = unbold_label(next((x.strip() for x in lines[a + 1 : b] if x.strip()), ""))
        answered += bool(
            has_answer_label(below) or has_right_answer_label(below) or any_answer_label(below) or _inline_answer(lines[a])
            or _bare_answer_label(below)
        )
    return count, questions, quizzed, answered


def _bare_answer_label(line: str) -> bool:
    """``Answer:`` alone on its line, in any language deckc reads: the label over an answer written below it."""
    text = unbold_label(line.strip())
    if (whole := _EMPHASISED_WHOLE.match(text)) is not None:  # ('**Answer**', '**Answer:**', '*Answer:*' alone: R4-5)
        text = whole.group("text").strip()
        text = text if text.endswith((":", "：")) else f"{text}:"
    return has_answer_label(text) and not strip_answer_label(text).strip(" *_:：")


_EMPHASISED_WHOLE = re.compile(r"^(?P<mark>\*\*|__|\*|_)(?P<text>[^*_]+?)(?P=mark)\s*[:：]?$")  # a line wholly in emphasis


def _answer_list(lines: list[str], start: int, item: re.Pattern[str]) -> set[int]:
    """The lines from ``start`` of a list numbered from 1, no blank line between: an answer's own list."""
    out: set[int] = set()
    k = start
    while k < len(lines) and (m := item.match(lines[k])) and m.group("number") == str(len(out) + 1):
        out.add(k)
        k += 1
    return out


_LINK_OR_URL = re.compile(r"\]\([^)\s]*\)|<?https?://[^\s>)]+>?")
_KEY_NUMBER = re.compile(r"^\s*(?P<n>\d{1,2})\s*[.)]?\s*$")


def _numbered_options(lines: list[str], item: re.Pattern[str]) -> set[int]:
    """0-based lines of numbered runs that are a question's options: two or more numbered lines right after one
    another whose next line with text is an answer line naming one of their numbers ('1. CPU …' … '4. Memory …'
    then '**정답:** 2' / '**Answer:** 2': learner3 N39), never numbered questions of their own."""
    found: set[int] = set()
    k = 0
    while k < len(lines):
        if not item.match(lines[k]):
            k += 1
            continue
        run = [k]
        j = k + 1
        while j < len(lines) and (not lines[j].strip() or item.match(lines[j])):
            if lines[j].strip():
                run.append(j)
            j += 1
        after = unbold_label(lines[j].strip()) if j < len(lines) else ""
        said = re.sub(r"^[^:：]{1,30}[:：]\s*", "", after, count=1) if (has_answer_label(after) or any_answer_label(after)) else ""
        m = _KEY_NUMBER.match(unbold_label(said)) if said else None
        numbers = [(item.match(lines[r]).group("number") or "").split(".")[0] for r in run]  # type: ignore[union-attr]
        first = max((n for n, number in enumerate(numbers) if number == "1"), default=0)
        run = run[first:]  # ('1. Which …?' right over '1) 21' … '4) 33': the question, then its options from 1 again: T25-49)
        if len(run) >= 2 and m is not None and 1 <= int(m.group("n")) <= len(run):
            found.update(run)
        k = j
    return found


# a key table's row under the key's heading, its question's number in the first cell ('| 1 | La mitocondria |'): sitting 42
_KEY_ROW_NUMBER = re.compile(r"^\s{0,3}\|\s*(?:\*\*|__)?(?P<n>\d{1,3})[.)]?(?:\*\*|__)?\s*\|\s*\S")
_KEY_ENTRY_NUMBER = re.compile(r"^\s{0,3}(?:\*\*|__)?(?P<n>\d{1,3})(?:\*\*|__)?\s*[-–.):=](?:\*\*|__)?\s*\S")


def keyed_items(lines: list[str]) -> int:
    """Numbered items before an answer key heading (``## Answers``) that an entry of that key numbers (``1. T``, ``2. F
    — …``): a worksheet under a title that asks ('# True or false?' over four statements, trial11 P119) is the
    numbered layout's, its title no Markdown question. 0 without such a key."""
    item = re.compile(PRESETS["numbered"].item or "")
    at = next((i for i, line in enumerate(lines) if _KEY_LINE.match(line)), None)
    if at is None:
        return 0
    asked = {int(m.group("number").split(".")[0]) for line in lines[:at] if (m := item.match(line))}
    keyed = {int(m.group("n")) for line in lines[at + 1 :] if (m := _KEY_ENTRY_NUMBER.match(line) or _KEY_ROW_NUMBER.match(line))}
    return len(asked & keyed)


def _keyed(lines: list[str]) -> bool:
    """Whether the document has an answer key ('# Answers', 'Answers: 1-c, 2-a'): its numbered items are answered."""
    return any(_KEY_LINE.match(line) or _INLINE_KEY_LINE.match(line) for line in lines)


def _below_numbers(lines: list[str]) -> bool:
    """Whether at least half the numbered items have a line of their own under them (an answer: not a heading nor a
    rule) before the next one: a list of statements or steps in notes (learner2 M23, learner3 N12) has none, or text
    after its last entry only."""
    item = re.compile(PRESETS["numbered"].item or "")
    items = answered = 0
    open_item = False
    for line in lines:
        if item.match(line):
            items += 1
            open_item = True
        elif open_item and line.strip() and not _ATX.match(line) and not _RULE_LINE.match(line):
            answered += 1
            open_item = False
        elif _ATX.match(line):
            open_item = False
    return items > 0 and 2 * answered >= items


def _sections_beside(lines: list[str]) -> bool:
    """Whether two or more headed sections with text of their own stand before the first numbered item or after the
    last: numbered items that ask nothing in one section of a page of notes (a formula sheet's '## Newton's Laws' with
    '1. Inertia' … '3. Action/Reaction' among eleven other topics: learner4 N46) are that section's list."""
    item = re.compile(PRESETS["numbered"].item or "")
    at = [i for i, line in enumerate(lines) if item.match(line)]
    if not at:
        return False
    heads = [i for i, line in enumerate(lines) if _ATX.match(line)]
    outside = 0
    for k, h in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(lines)
        if (end <= at[0] or h > at[-1]) and any(line.strip() for line in lines[h + 1 : end]):
            outside += 1
    return outside >= 2


# a blank, '(Rome)', '… - answer', '… placenta. **Passive immunity**' (a key written in bold after the sentence, L57)
_INLINE_ANSWER = re.compile(r"_{3,}|\([^()]{1,60}\)\s*$|[（【\[][^()（）【】\[\]]{1,60}[）】\]]\s*$|\s(?:[-–—=→]|->|=>|:)\s+\S|(?<=[.:;!])\s+(\*\*|__)[^*_\s][^*_]{0,79}\1\s*$")


def _inline_answer(line: str) -> bool:
    """An item that carries its answer on its line: a blank, '(Rome)', '… - answer', '… star. True' (trial14 T14-50)."""
    return _INLINE_ANSWER.search(line) is not None or bare_verdict(line)


_AFTER_MARK = re.compile(r"[?？؟][\"”’)\]]*\s+\S")  # 'What is osmosis? Water moving …'


def _inline_answers(lines: list[str], after_mark: bool = False) -> bool:
    """Whether most numbered items carry their answer on their line (a blank and '(Rome)', '… - answer'; with
    ``after_mark``, text after the question's '?' too)."""
    item = re.compile(PRESETS["numbered"].item or "")
    items = [line for line in lines if item.match(line)]
    answered = sum(1 for line in items if _inline_answer(line) or (after_mark and _AFTER_MARK.search(line)))
    return bool(items) and 2 * answered >= len(items)


_CARD_FIELD = re.compile(r"^\s*(?i:difficulty|level|tags?)\s*[:：]")  # a card's field line ('Difficulty: easy', 'Tags: cardio')
_LEVEL_LINE = re.compile(r"^\s*[【\[]?(?:(?i:difficulty|level)|难度|難度|难易度|難易度)[】\]]?\s*[:：]?\s*\S")


_ENTRY_LABEL = re.compile(r"^[ \t]+(?![-*+][ \t])\S")  # a line indented in an item's entry, no bullet of its own ('   Solution:')
_SOLVED = re.compile(r"(?i)^solutions?\s*[:：.]")  # 'Solution:' under an exercise, alone over its code or with it (trial21 T21-46)


def _parted_numbers(lines: list[str]) -> int:
    """Numbered items whose lines (up to the next one) are a stem then lettered parts, the first answered under it."""
    item = re.compile(PRESETS["numbered"].item or "")
    starts = [k for k, line in enumerate(lines) if item.match(line)]
    ends = [*starts[1:], len(lines)]
    return sum(1 for k, end in zip(starts, ends, strict=True) if answered_parts([item.sub(r"\g<question>", lines[k]), *lines[k + 1 : end]], stemless=True))


def _labelled_numbers(lines: list[str]) -> int:
    """Numbered items whose next line with text (maybe indented under the item) is an answer label line."""
    item = re.compile(PRESETS["numbered"].item or "")
    found = 0
    for i, line in enumerate(lines):
        if item.match(line):
            # (past a level line: '【难度】 ★★' between the exercise and its '【答案】', trial13 T13-14)
            nxt = next((x.strip() for x in lines[i + 1 : i + 6] if x.strip() and not _LEVEL_LINE.match(x)), "")
            label = unbold_label(nxt)
            found += bool(nxt and (has_answer_label(label) or has_right_answer_label(label) or any_answer_label(label) or _SOLVED.match(label)))
    return found


_NESTED_OPTION = re.compile(r"^[ \t]{2,}(?:\d{1,2}|[A-Ha-h])[.)][ \t]+(?P<text>\S.*?)\s*$")  # '    2. **Inflammation**'
_WHOLE_BOLD = re.compile(r"^(\*\*|__)[^*_].*\1[.!]?$")


def _marked_list(lines: list[str]) -> bool:
    """An item's lines hold a nested list of options, some of them, not all, in bold (the right ones: one, or several
    under 'Select all correct choices'), maybe after a table or a second paragraph of the question (learner5 L57)."""
    run: list[str] = []
    for line in [*lines, "end"]:
        m = _NESTED_OPTION.match(line)
        if m is not None:
            run.append(m.group("text"))
            continue
        if line.strip():
            bold = sum(1 for text in run if _WHOLE_BOLD.match(text))
            if len(run) >= 2 and 1 <= bold < len(run):
                return True
            run = []
    return False


def _options_follow(lines: list[str]) -> bool:
    """An item's lines below its question start with lettered options (maybe after a code block or a
    continued question): a quiz item, whether or not it marks the right one (a key may come later)."""
    found = find_choices(lines)
    if found is not None:
        return True
    return any(find_choices(lines[i:]) is not None for i, line in enumerate(lines[:QUIZ_STEM_LINES]) if option_line(line))


def _qa(lines: list[str]) -> int:
    """Item lines followed (before the next item) by an answer line."""
    item = re.compile(PRESETS["qa"].item or "")
    answer = re.compile(PRESETS["qa"].answer or "")
    pairs = 0
    open_item = False
    for line in lines:
        if item.match(line):
            open_item = True
        elif open_item and answer.match(line):
            pairs += 1
            open_item = False
    return pairs




def _contents_list(lines: list[str]) -> bool:
    """Numbered entries that are mostly links alone or a label over sub-entries ('1. [Noun (اسم)](noun/readme.md)' /
    '   - [Ism Types](noun/ism-types.md)', '4. Lecture Notes:'): a table of contents, never numbered questions (learner4
    N44: its entries became cards)."""
    item = re.compile(PRESETS["numbered"].item or "")
    texts = [(m.group("question") or "").strip() for line in lines if (m := item.match(line)) and not line[:1].isspace()]
    linked = sum(1 for t in texts if _LINK_ONLY.match(t))
    return len(texts) >= 2 and 2 * linked > len(texts) and all(_LINK_ONLY.match(t) or t.endswith((":", "：")) for t in texts)


# a heading that names a page's exercises ('# Exercises', '## Practice problems', '# Übungen'), asking nothing itself
_EXERCISES_HEADING = re.compile(
    r"(?i)^\s{0,3}#{1,6}\s+(?:[\w-]+\s+){0,2}(?:exercises|problems|practice|tasks|übungen|aufgaben|exercices|ejercicios"
    r"|esercizi|exercícios|oefeningen|opgaven|упражнения|задачи|练习|习题|練習問題)\b[^?？]*$"
)
_ANY_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
EXERCISE_LIST_MIN = 3  # numbered exercises under their heading that make a page of exercises


def _exercise_list(lines: list[str]) -> int:
    """How many numbered exercises follow in turn at the margin under the page's last heading when it names them
    (``# Exercises`` / ``1. Using a `while` loop print …:`` / its values indented under it …), the page having no
    other heading but its title and no answer anywhere; 0 when it is not such a page. Read by the numbered layout, each
    exercise is said to have no answer (trial47 T47-4: read by its heading, the page was one card of every exercise)."""
    headings = [i for i, line in enumerate(lines) if _ANY_HEADING.match(line)]
    if not headings or len(headings) > 2 or not _EXERCISES_HEADING.match(lines[headings[-1]]):
        return 0
    item = re.compile(PRESETS["numbered"].item or "")
    count = previous = 0
    indent: int | None = None
    for line in lines[headings[-1] + 1 :]:
        if _KEY_LINE.match(line) or has_answer_label(line.strip()):
            return 0
        m = item.match(line)
        own = len(line) - len(line.lstrip())
        if m is None or (indent is not None and own != indent):
            continue
        indent = own if indent is None else indent
        if int(m.group("number").split(".")[0]) == previous + 1:
            count, previous = count + 1, previous + 1
    return count if count >= EXERCISE_LIST_MIN else 0


def _score_presets(doc: Document, lines: list[str]) -> list[Detection]:
    nonblank = max(1, sum(1 for line in lines if line.strip()))
    out: list[Detection] = []
    pairs = _qa(lines)
    if pairs >= 2:
        coverage = min(1.0, pairs * 2 / nonblank * 1.5)
        out.append(Detection("qa", 0.6 + 0.3 * coverage, f"{pairs} questions marked 'Q:' with 'A:' answers"))
    count, questions, quizzed, answered = _numbered(lines)
    if quizzed >= 2 and quizzed * 2 >= count:  # a quiz: numbered questions, each with options a) … d)
        score = 0.6 + 0.3 * quizzed / count
        out.append(Detection("numbered", score, f"{count} numbered questions, {quizzed} with lettered options", items=answered))
    elif quizzed >= 2 and quizzed * 4 >= count and answered * 2 >= count:
        # an exam of several kinds (trial11 P13): multiple choice, short answers under 'Answer:', true/false
        # statements answered on their line ('… → True'); each kind alone is under half the items
        score = 0.6 + 0.3 * answered / count
        out.append(Detection("numbered", score, f"{count} numbered questions, {quizzed} with lettered options, {answered} answered", items=answered))
    elif count >= 1 and _parted_numbers(lines) == count:
        # numbered stems ('1. Case 1' / its vignette, '1. A car accelerates …'), each over lettered parts answered
        # one by one ('a) …?' / 'Answer: …'): exercises in parts, a card per part (trial34 T34-12: 'cannot tell')
        out.append(Detection("numbered", 0.75, f"{count} numbered exercises in lettered parts, each part answered under it"))
    elif count >= 2 and (labelled := _labelled_numbers(lines)) >= 2 and 2 * labelled >= count:
        # numbered prompts ('1. Sebutkan … !', '2. Explain …:') each over an answer label ('Jawaban:', 'Answer:',
        # indented under the item too): the numbered layout's items, however they end (trial9 T31)
        out.append(Detection("numbered", 0.75, f"{count} numbered items, {labelled} with an answer line under them"))
    elif count == 2 and (
        (questions == 2 and (nonblank <= 6 or _below_numbers(doc.lines) or _inline_answers(lines, after_mark=True)))
        or (questions == 1 and _below_numbers(doc.lines))  # (a problem that asks by its formula alone: learner4 N5)
        or keyed_items(lines) == 2  # (two tasks that ask by a verb, 'Record the purchase …', each keyed at the end: T32-51)
    ):
        # two numbered questions, each answered (a first try: '1. What is osmosis? Water …'; trial10 P27)
        out.append(Detection("numbered", 0.6, "2 numbered questions with their answers"))
    elif (
        count == 1
        and not (doc.converted or doc.rel.lower().endswith(MARKDOWN_SUFFIXES))  # (Markdown: its own reader's turn)
        and (questions == 1 or quizzed == 1)
        and (answered == 1 or _labelled_numbers(lines) == 1)
    ):
        # one numbered question answered under it ('1. What is …?' / 'Answer: …', or its options and a key): a file of
        # one question, a first try or a teacher's single item (T27-44: 'cannot tell this document's layout')
        out.append(Detection("numbered", 0.6, "1 numbered question with its answer", items=1))
    elif count >= 3 and not _contents_list(lines) and (
        questions
        or _keyed(lines)
        # (numbered lines that ask nothing, in a page mostly of other text, are its lists: a how-to's steps and a
        # '1. **Maxheap**: …' list among headings, quotes and paragraphs, trial12 U16)
        or ((_below_numbers(doc.lines) or _inline_answers(lines)) and not _sections_beside(lines) and count * SHARE_UNASKED >= nonblank)
    ):
        # (a list of statements or steps with nothing under them is a note's list, not a quiz without answers:
        # learner2 M23, learner3 N12; code under them counts, so the document's own lines)
        coverage = min(1.0, count * 4 / nonblank)
        score = 0.4 + 0.2 * questions / count + 0.2 * coverage
        out.append(Detection("numbered", score, f"{count} numbered items ('1.', '1)' or 'Q1.')", items=keyed_items(lines)))
    elif exercises := _exercise_list(lines):
        out.append(Detection("numbered", 0.6, f"{exercises} numbered exercises under a heading that names them, none answered"))
    pairs, spaced = count_item_headers(lines, _SPACED_LEVEL)
    if pairs >= 3:
        coverage = min(1.0, 2 * pairs / nonblank * 1.5)
        score = spaced / pairs * (0.6 + 0.4 * coverage)
        out.append(Detection("essential", score, f"{pairs} 'N Question … Level' lines with 'Answer:' lines"))
    return out


# a line that is only a question label and its number ('Question #12', 'QUESTION 3', 'Question 7 Topic 1', '**Q5**'):
# exam dumps (ExamTopics pages and their pdftotext text) write the question in the paragraphs below it
# (the label's word in any language lines.QUESTION_LABEL_WORD reads, 'Pytanie 1', 'Fråga 2', 'คำถามที่ 3'; or the number
# first, '1. kérdés', as Hungarian and Estonian write it: trial29 T29-55, no card in a dozen languages)
# after a label's number: the count and the bank's id ('Item 1 of 4    Question Id: 20451', a Qbank's review: T31-2)
_LABEL_TAIL = r"(?:[ \t]*+(?i:of|von|de|di)[ \t]++\d{1,4})?(?:[ \t]*+(?i:question[ \t]*+id|qid|id)[ \t]*+[:#]?[ \t]*+\d{1,8})?"
_LABEL_LINE = re.compile(
    rf"^[ \t]*(?P<lead>#{{1,6}}[ \t]+)?(?:\*\*|__)?(?:(?P<word>(?i:{QUESTION_LABEL_WORD}|item(?=[ \t]+\d{{1,4}}[ \t]+of[ \t])))[ \t]*[#№]?[ \t]*(?:(?<=[#№])[:.][ \t]*)?\d{{1,4}}"
    rf"|(?P<first>\d{{1,4}})[ \t]*\.[ \t]*(?P<after>(?i:{QUESTION_WORDS})))"
    r"[ \t]*[.:)]?(?:\*\*|__)?" + _LABEL_TAIL + r"(?:[ \t]+[^\W\d_]{1,12}[ \t]*\d{1,4})?[ \t]*$"
)
LABEL_QUIZ_MIN = 2  # label lines over options that make a quiz read by them


# the label of a question whose text follows on the line ('QUESTION 12 A Linux administrator …', VCE exports: trial10 P30)
_LABEL_LEAD = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?P<word>(?i:question|q)|QUESTION)[ \t]*[#№]?[ \t]*\d{1,4}[ \t]*[.:)]?(?:\*\*|__)?[ \t]+\S"
)
# ('Topic 1' after the number, or a kind in capitals, 'DRAG DROP', 'HOTSPOT', is no question: it is written below)
# a dump's boilerplate lines (VCE exports): 'Section: (none) Explanation', 'Explanation/Reference:', 'Explanation' alone
_BOILERPLATE = (r"^\s*Section:\s*\(none\)(?:\s+Explanation)?\s*$", r"^\s*Explanation(?:/Reference)?\s*:?\s*$")
# an ExamTopics page copied as text (trial31 T31-13): 'Topic #: 1' and '[All … Questions]' under 'Question #: 101', its
# buttons, and the vote tally under the suggested answer ('Community vote distribution' / 'B (91%)' / '9%')
_PAGE_FURNITURE = (
    r"^\s*Topic\s*#?\s*:?\s*\d{1,3}\s*$",
    r"^\s*\[All\b[^\]]*\bQuestions\]\s*$",
    r"^\s*(?:Show\s+Suggested\s+Answer|Hide\s+(?:Answer|Solution)|Reveal\s+Solution)\s*$",
    r"^\s*Community\s+vote\s+distribution\s*$",
    r"^\s*(?:[A-H]{1,5}\s*\(\d{1,3}%\)\s*)+$|^\s*\d{1,3}%\s*$",
)


def _answered_below(lines: list[str]) -> bool:
    """A question's lines under its label line: the question, then a line labelled as its answer ('Antwoord: …',
    'Answer: …', 'Jawapan: …') within a few lines."""
    text = [line.strip() for line in lines if line.strip()]
    return len(text) >= 2 and not any_answer_label(text[0]) and any(any_answer_label(line) for line in text[1:LABELLED_REACH])


# (a word's combining marks count: Devanagari's 'उत्तर:' holds a virama, trial29 T29-55)
_ANSWER_LABEL_WORD = re.compile(r"^\s*(?:\*\*|__)?(?P<label>[^\W\d_][^\s\d_*:：]{0,15}(?: [^\s\d_*:：]{1,15})?)(?:\*\*|__)?\s*[:：]")
LABELLED_REACH = 4  # lines under a label line where the answer's label line may stand (a question wrapped onto two)


def label_quiz(lines: list[str]) -> Detection | None:
    """Questions each under a line that is only its label and number ('Question #1 Topic 1', then the scenario and
    the question, options 'A.' … 'D.', 'Correct Answer: B' or 'Suggested Answer: B'; trial9 T1), or with the question
    on the label's line ('QUESTION 3 Which command …', VCE exports; trial10 P30): the pattern that reads them, when
    most labels (at least two) have options under them."""
    # (as Markdown headings, '## Question #3', the markdown reader reads them, with a key section if there is one)
    at = [i for i, line in enumerate(lines) if ((m := _LABEL_LINE.match(line)) and not m.group("lead")) or _LABEL_LEAD.match(line)]
    if len(at) < LABEL_QUIZ_MIN or not any(_LABEL_LINE.match(lines[i]) for i in at):
        return None
    quizzed = sum(1 for a, b in itertools.pairwise([*at, len(lines)]) if _options_follow(lines[a + 1 : b]))
    # ('Vraag 1' / 'Wat is …?' / 'Antwoord: Brussel': a labelled answer line under each, in any language; trial28 T28-16)
    answered = sum(1 for a, b in itertools.pairwise([*at, len(lines)]) if _answered_below(lines[a + 1 : b]))
    if max(quizzed, answered) < LABEL_QUIZ_MIN or 2 * max(quizzed, answered) < len(at):
        return None
    words = Counter(m.group("word") or m.group("after") for i in at if (m := _LABEL_LINE.match(lines[i]) or _LABEL_LEAD.match(lines[i])))
    word = re.escape(words.most_common(1)[0][0])
    first = any((m := _LABEL_LINE.match(lines[i])) and m.group("after") for i in at)
    item = (
        rf"^\s*(?:\*\*|__)?(?P<number>\d+)\s*\.\s*(?i:{word})(?:\*\*|__)?\s*[.:)]?\s*(?P<question>.*)$"
        if first  # ('1. kérdés' over the question: the number first, T29-55)
        else rf"^\s*(?:\*\*|__)?(?i:{word})\s*[#№]?\s*(?:(?<=[#№])[:.]\s*)?(?P<number>\d+)\s*[.:)]?(?:\*\*|__)?{_LABEL_TAIL}"
        r"(?:(?<=\s)[^\W\d_]+\s*\d+(?=\s*$)|(?<=\s)[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2}(?=\s*$))?\s*(?P<question>.*)$"
    )
    skip = [p for p in (*_BOILERPLATE, *_PAGE_FURNITURE) if any(re.match(p, line) for line in lines)]
    if _PAGE_FURNITURE[3] in skip:
        skip.append(r"^\s*Other\s*$")  # (the tally's last line, under 'Community vote distribution')
    labels = Counter(m.group("label") for line in lines if (m := _ANSWER_LABEL_WORD.match(line)) and any_answer_label(line))
    answer = (
        rf"^\s*(?:\*\*|__)?(?i:{re.escape(labels.most_common(1)[0][0])})(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*(?P<answer>.*)$"
        if answered > quizzed and labels
        else None
    )  # ('Antwoord: Brussel' under 'Vraag 1' / 'Wat is …?': where each answer starts, T28-16)
    return Detection(
        "pattern",
        0.9,
        f"{len(at)} questions under label lines ('{lines[at[0]].strip()[:40]}'), {quizzed} with lettered options"
        + (f", {answered} with a labelled answer" if answer else ""),
        pattern={"item": item, "sequence": False, **({"answer": answer} if answer else {}), **({"skip": skip} if skip else {})},
        pattern_lines=(
            "# a quiz: each question under a line that is only its label and number (or on it), its options, then the answer line",
            f"item = '{item}'",
            *([f"answer = '{answer}'"] if answer else []),
            "sequence = false",
            *([f"skip = [{', '.join(map(toml_literal, skip))}]    # a dump's boilerplate lines"] if skip else []),
        ),
    )


# a heading that labels and numbers a question, maybe with its topic: '## Question 1: Immutable Data Types (Easy)',
# '### Question 1' (in a key: over '**Answer:** D) Tuple')
_NUMBERED_LABEL_HEADING = re.compile(
    r"^\s{0,3}(?P<hashes>#{1,6})\s+(?:\*\*|__)?(?P<word>(?i:question|problem|exercise|pregunta|frage|questão|pergunta|domanda|aufgabe"
    r"|ejercicio|exercício|exercice|soal|soru|вопрос|задача|q))[ \t]*[#№]?[ \t]*(?P<n>\d{1,4})(?:\s*[:.)\-–—]\s*(?P<title>\S.*?))?"
    r"(?:\*\*|__)?\s*$"
)
KEYED_HEADINGS_MIN = 2  # labelled question headings answered from the page's key, at least


def keyed_label_headings(lines: list[str]) -> Detection | None:
    """Questions under headings that label and number them ('## Question 1: Immutable Data Types (Easy)', the details,
    the question and its options or a blank under it), all answered in the page's answer key ('## Answer Key', in a
    toggle or not) by number: an entry under a heading of the same label ('### Question 1' / '**Answer:** D) Tuple' /
    '**Explanation:** …'), or a numbered entry ('1. D') for questions whose headings name a topic (G4: read by its
    headings, the titles were the fronts and the whole key one question's back). The pattern that reads them."""
    key = next((k for k, line in enumerate(lines) if _KEY_LINE.match(line)), None)
    if key is None:
        return None
    asked = [m for line in lines[:key] if (m := _NUMBERED_LABEL_HEADING.match(line))]
    if len(asked) < KEYED_HEADINGS_MIN or len({m.group("n") for m in asked}) < len(asked):
        return None
    words = Counter(m.group("word").lower() for m in asked)
    word = words.most_common(1)[0][0]
    numbers = {m.group("n") for m in asked}
    # topics, not questions, after the numbers ('Immutable Data Types (Easy)'): a heading that asks ('### Q2. Que se
    # passe-t-il … ?') is the Markdown reader's question, keyed by its page key (trial11 P38)
    topics = all(m.group("title") and not _asks_title(m.group("title")) for m in asked)
    answered: set[str] = set()
    for k in range(key + 1, len(lines)):
        m = _NUMBERED_LABEL_HEADING.match(lines[k])
        nxt = next((x for x in lines[k + 1 : k + 4] if x.strip()), "")
        if m and m.group("word").lower() == word and not m.group("title") and _labelled_answer(nxt):
            answered.add(m.group("n"))
        elif m and m.group("word").lower() == word:
            # a question heading after the key ('### Exercise 3' below exercise 2's '**Answers:**'): each exercise
            # has its own key, the Markdown reader's; the page key comes after the last question (trial23 T23-41)
            return None
        elif (e := _KEY_ENTRY_NUMBER.match(lines[k])) is not None and topics:
            answered.add(e.group("n"))
    if not any(m.group("title") for m in asked):
        # ('### Question 1' over a statement and its boxes, '## Answer Key' / '1. **True** — …': the Markdown reading of
        # label headings keys them by the key's numbered entries, answerkey.join_keys; a guessed pattern read the key as
        # the last question's answer, T33-13)
        listed = {e.group("n") for line in lines[key + 1 :] if (e := _KEY_ENTRY_NUMBER.match(line)) is not None}
        if len(listed & numbers) < max(KEYED_HEADINGS_MIN, (len(numbers) + 1) // 2):
            return None
        return Detection(
            "markdown",
            0.9,
            f"its {len(asked)} headings only number questions ('{asked[0].group(0).strip()[:40]}'); the key at line {key + 1} "
            "answers them by number",
            source={"headings": "cards"},
            source_lines=('headings = "cards"        # each heading with text under it is a card; the key answers them by number',),
        )
    if len(answered & numbers) < max(KEYED_HEADINGS_MIN, (len(numbers) + 1) // 2):
        return None
    item = (
        rf"^\s{{0,3}}#{{1,6}}\s+(?:\*\*|__)?(?i:{re.escape(word)})\s*[#№]?\s*(?P<number>\d+)"
        r"(?:\s*[:.)\-–—]\s*(?P<question>.*?))?(?:\*\*|__)?\s*$"
    )
    return Detection(
        "pattern",
        0.9,
        f"{len(asked)} questions under headings that number them ('{asked[0].group(0).strip()[:40]}'), "
        f"answered by number in the answer key at line {key + 1}",
        pattern={"item": item, "sequence": False},
        pattern_lines=(
            "# a quiz: each question under a heading that numbers it (its topic after it), answered by number in the key",
            f"item = '{item}'",
            "sequence = false",
        ),
    )


def _asks_title(title: str) -> bool:
    """A heading's text after its label and number that asks (a '?', or opening like a question), never a topic."""
    return any(mark in title for mark in QUESTION_MARKS) or opens_asking(title)


def _labelled_answer(line: str) -> bool:
    """A line that opens with an answer label, bold or not ('**Answer:** D) Tuple')."""
    text = unbold_label(line.strip())
    return has_answer_label(text) or has_right_answer_label(text) or is_answer_line(text)


# a question's or an answer's label and the mark after it other than ':' ('Q - …', 'Q) …', 'Q. …', 'Answer – …'), which
# the 'qa' preset leaves alone ('A.' and 'A)' are more often options): a pair of them makes a label pair (trial12 U95)
_PAIR_Q = re.compile(r"^\s*(?P<word>(?i:q|ques|question))(?P<mark>\s*[.)]|\s+[-–—])\s+\S")
_PAIR_A = re.compile(r"^\s*(?P<word>(?i:a|ans|answer))(?P<mark>\s*[.)]|\s+[-–—])\s+\S")
LABEL_PAIRS_MIN = 2


def label_pairs(lines: list[str]) -> Detection | None:
    """Questions labelled 'Q - ' / 'Q) ' / 'Q. ', each answered on the next line of text by the same label mark ('A - ',
    'A) ', 'A. '), two or more, every question so labelled answered that way and no 'B' line after an answer (options):
    the pattern that reads them with their labels removed (trial12 U95: 'cannot tell this document's layout' under
    four pairs, the labels left on the cards)."""
    asked = [i for i, line in enumerate(lines) if _PAIR_Q.match(line)]
    if len(asked) < LABEL_PAIRS_MIN:
        return None
    marks: set[str] = set()
    for i in asked:
        q = _PAIR_Q.match(lines[i])
        nxt = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
        a = _PAIR_A.match(lines[nxt]) if nxt is not None else None
        if q is None or a is None or a.group("mark").strip() != q.group("mark").strip():
            return None
        after = next((lines[j] for j in range(nxt + 1, len(lines)) if lines[j].strip()), "")  # type: ignore[operator]
        if re.match(rf"^\s*B{re.escape(a.group('mark').strip())}\s", after) and not abbreviated_name(after, lines[nxt]):  # type: ignore[index]
            return None  # 'A) …' / 'B) …': options, not an answer ('B. anthracis …' under 'A. Bacillus anthracis.' is)
        marks.add(q.group("mark").strip())
    if len(marks) != 1:
        return None
    mark = re.escape(marks.pop())
    mark = rf"\s+{mark}" if mark in ("\\-", "-", "–", "—") else rf"\s*{mark}"
    item = rf"^\s*(?i:q|ques|question){mark}\s+(?P<question>\S.*)$"
    answer = rf"^\s*(?i:a|ans|answer){mark}\s+(?P<answer>\S.*)$"
    # (pairs under Markdown headings, '## Card 2' / 'Q) …' / 'A) …': each heading names the pairs under it, never the
    # answer above it's text, as with 'Q:' / 'A:'; round 4 of the metamorphic checks)
    # ('### Card 2' / '## Question 3', a word and a number: only the pair's number, a line to skip, never a section)
    headings = [line for line in lines if _SECTION_HEADING.match(line)]
    numbers = any(_NUMBER_HEADING.match(line) for line in headings)
    titled = any(not _NUMBER_HEADING.match(line) for line in headings)
    sections = {**({"skip": [_NUMBER_HEADING.pattern]} if numbers else {}), **({"section": _HEADING_SECTION} if titled else {})}
    return Detection(
        "pattern",
        0.85,
        f"{len(asked)} questions labelled '{lines[asked[0]].strip()[:12]}…', each answered by a line labelled the same way",
        pattern={"item": item, "answer": answer, **sections},
        pattern_lines=(
            "# questions and answers each after its label ('Q - …' / 'A - …')", f"item = '{item}'", f"answer = '{answer}'",
            *([f"skip = ['{_NUMBER_HEADING.pattern}']"] if numbers else []), *(_heading_sections(lines) if titled else []),
        ),
    )


_NUMBER_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?:\*\*|__)?[^\W\d_]+\s*#?\d{1,4}\s*[:.]?(?:\*\*|__)?\s*$")
_HEADING_SECTION = r"^(?P<depth>#{1,6})\s+(?P<section>.+)$"


# Open edX's simple editor markup: '>>Which …?<<' the question, '( )' / '(x)' or '[ ]' / '[x]' options, '[explanation]'
# lines around the explanation (trial11 P89)
_EDX_QUESTION = re.compile(r"^\s*>>\s*\S.*<<\s*$")
EDX_ITEM = r"^\s*>>\s*(?P<question>.*?)\s*<<\s*$"
EDX_SKIP = r"^\s*\[explanation\]\s*$"


def edx_problems(lines: list[str]) -> Detection | None:
    """Problems in Open edX's simple editor markup, each '>>question<<' over its options: the pattern that reads them
    ('cannot tell this document's layout' before, no note)."""
    at = [k for k, line in enumerate(lines) if _EDX_QUESTION.match(line)]
    quizzed = sum(1 for a, b in itertools.pairwise([*at, len(lines)]) if _options_follow(lines[a + 1 : b]))
    if not at or quizzed * 2 < len(at):
        return None
    return Detection(
        "pattern",
        0.9,
        f"{len(at)} problems in Open edX's simple editor markup ('>>question<<' over its options)",
        pattern={"item": EDX_ITEM, "skip": [EDX_SKIP]},
        pattern_lines=("# Open edX simple editor problems: '>>question<<', its options, '[explanation]' … '[explanation]'", f"item = '{EDX_ITEM}'", f"skip = ['{EDX_SKIP}']"),
    )


SHARED_MIN = 2  # numbered items answered by a letter of the options set once before them


def _shared_answered(lines: list[str]) -> int:
    """Numbered items answered by a letter line ('Answer: (a)') of the options set once before them."""
    at = shared_options(lines)
    if at is None:
        return 0
    item = re.compile(PRESETS["numbered"].item or "")
    starts = [k for k in range(at[1], len(lines)) if item.match(lines[k])]
    return sum(1 for a, b in itertools.pairwise([*starts, len(lines)]) if any(is_answer_line(x.strip()) for x in lines[a + 1 : b]))


PLAIN_QUIZ_MIN = 2  # plain-text questions over options and an answer line that make a .txt file a quiz


def plain_quiz(lines: list[str]) -> int:
    """Paragraphs of a plain-text file that are a question ('Which planet is closest to the sun?'), its lettered
    options and an answer line ('Answer: b'), when they are nearly all its paragraphs (trial12 U83: 'cannot tell this
    document's layout', while the same text as .md read 3/3); else 0."""
    paragraphs: list[list[str]] = []
    for line in lines:
        if line.strip():
            if not paragraphs or not paragraphs[-1] or not paragraphs[-1][-1].strip():
                paragraphs.append([])
            paragraphs[-1].append(line.strip())
        elif paragraphs and paragraphs[-1]:
            paragraphs[-1].append("")
    paragraphs = [[x for x in p if x] for p in paragraphs if any(p)]
    quizzes = 0
    for p in paragraphs:
        if len(p) >= 4 and p[0].rstrip(" *_").endswith((*QUESTION_MARKS, ":", "：")) and not option_line(p[0]):
            found = find_choices(p[1:])
            quizzes += found is not None and found.correct is not None
    # (a one-line title over them is no paragraph of the quiz: 'اختبار قصير في الجغرافيا' over three questions, T25-3)
    titled = bool(paragraphs) and len(paragraphs[0]) == 1 and not paragraphs[0][0].rstrip(" *_").endswith(QUESTION_MARKS)
    return quizzes if quizzes >= PLAIN_QUIZ_MIN and 5 * quizzes >= 4 * (len(paragraphs) - titled) else 0


QUOTED_MIN = 2  # numbered questions answered by a quote at the margin that make a page the Markdown reader's


def quoted_numbers(lines: list[str]) -> int:
    """Numbered entries whose last line is a block quote at the margin ('1. Scores … follow the normal curve.' / the
    question / '> 16%'), when most entries are so: the Markdown reader's quoted answers (learner5 L20); else 0."""
    item = re.compile(PRESETS["numbered"].item or "")
    at = [k for k, line in enumerate(lines) if item.match(line) and not line[:1].isspace()]
    quoted = 0
    for a, b in itertools.pairwise([*at, len(lines)]):
        body = [line for line in lines[a + 1 : b] if line.strip()]
        quoted += bool(body) and body[-1].startswith(">") and not body[0].startswith(">")
    return quoted if quoted >= QUOTED_MIN and 2 * quoted >= len(at) else 0


GLOSSARY_SHARE = 0.5  # of a plain text's lines with text: terms with their meanings indented under them
_KEY_HEADING = re.compile(ANSWER_KEY)
_MARGIN_NUMBER = re.compile(r"^(?P<n>\d{1,3})[.)][ \t]+\S")


def key_entries(lines: list[str]) -> set[int]:
    """0-based lines numbered at the margin under an answer key's heading ('Solutions', 'Answers') whose numbers number
    lines above it: the key's entries answering those questions, each with its lines indented under it, never a
    glossary's terms (T32-51: journal entries '1. Dr Equipment 5,000' / '   Cr Cash 5,000' made the exercises vanish)."""
    heading = next((k for k, line in enumerate(lines) if _KEY_HEADING.match(line)), None)
    if heading is None:
        return set()
    asked = {m.group("n") for line in lines[:heading] if (m := _MARGIN_NUMBER.match(line))}
    return {k for k in range(heading + 1, len(lines)) if (m := _MARGIN_NUMBER.match(lines[k])) and m.group("n") in asked}


def _terms_below(doc: Document) -> Detection | None:
    """A glossary in plain text, each term on a line of its own and its meaning indented under it ('abaxial' /
    '    The side of an organ …', a wiki glossary copied as text: T27-3): the ``delimited`` layout reading a term and
    the lines under it as one pair (separator '\\n')."""
    if doc.converted or doc.rel.lower().endswith((*MARKDOWN_SUFFIXES, *SHEET_SUFFIXES)):
        return None  # (Markdown indents code; a converted page has its own structure)
    answered = key_entries(doc.lines)
    found = [(term, below) for term, below in terms_below(doc.lines) if term not in answered]
    text = [line for line in doc.lines if line.strip() and not letter_heading(line)]
    covered = sum(1 + len(below) for _, below in found)
    if len(found) < PAIR_MIN or covered < GLOSSARY_SHARE * len(text):
        return None
    return Detection(
        "delimited",
        0.8,
        f"{len(found)} terms each on a line of its own, its meaning indented under it",
        source={"delimited": DelimitedConfig(separator=TERM_BELOW)},
        source_lines=("[source.delimited]", 'separator = "\\n"    # each term on a line of its own, its meaning indented under it'),
    )


_HASH_COMMENT = re.compile(r"^#[ \t]+\S")  # '# To compress a folder into an archive:'
COMMENT_ITEM = r"^#\s+(?P<question>\S.*)$"  # the [source.pattern] item of such a sheet: the comment asks
WRAPPED_COMMENT_LINES = 3  # '#' lines one comment may be wrapped over
COMMANDS_MIN = 2  # comments each over its command lines that make a file a sheet of them
COMMANDS_SHARE = 0.8  # of the file's paragraphs (past its front matter), at least


def _comment_commands(doc: Document) -> Detection | None:
    """A plain-text cheat sheet as the ``cheat`` tool keeps them (its front matter, then ``# To compress a folder into
    an archive:`` over ``zip -r backup.zip projects/``, a blank line, the next): each comment line a card's front, the
    command lines under it its back (trial28 T28-41: "cannot tell this document's layout", though the guessed
    ``item = '^\\s*#\\s*(?P<question>.+)$'`` read it right once pasted). Most paragraphs are such, most comments
    end in ':' (they say what the command below does) or most commands run the same tool, and no command line is a
    comment."""
    if doc.converted or doc.rel.lower().endswith((*MARKDOWN_SUFFIXES, *SHEET_SUFFIXES)) or "#" not in doc.text:
        return None
    lines = doc.lines[(front_matter_end(doc.lines) or -1) + 1 :]
    paragraphs: list[list[str]] = []
    for line in lines:
        if not line.strip():
            paragraphs.append([])
        elif paragraphs and paragraphs[-1]:
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    paragraphs = [p for p in paragraphs if p]
    # (a comment wrapped over two or three '#' lines, '# To display …, listing every installed version of' / '# a
    # package:', is one comment over its commands: its last line says what the commands do)
    asked = [next((k for k, x in enumerate(p) if not _HASH_COMMENT.match(x)), len(p)) for p in paragraphs]
    entries = [
        p[n - 1 :] for p, n in zip(paragraphs, asked, strict=True)
        if 1 <= n <= WRAPPED_COMMENT_LINES and n < len(p) and not any(x.lstrip().startswith("#") for x in p[n:])
    ]  # fmt: skip
    if len(entries) < COMMANDS_MIN or len(entries) < COMMANDS_SHARE * len(paragraphs):
        return None
    said = sum(1 for p in entries if p[0].rstrip().endswith((":", "：")))  # ('# To list what an archive holds:')
    tool = Counter(p[1].split()[0] for p in entries if p[1].split()).most_common(1)  # ('chmod a+x …', 'chmod 644 …')
    if 2 * said < len(entries) and not (tool and 2 * tool[0][1] >= len(entries)):
        return None
    return Detection(
        "pattern",
        0.8,
        f"{len(entries)} '# …' comment lines, each over the command lines it explains (a cheat sheet)",
        pattern={"item": COMMENT_ITEM, "format": "code"},
        pattern_lines=(
            f"item = '{COMMENT_ITEM}'    # a '# …' comment asks; the command lines under it answer",
            'format = "code"    # the command lines: one code block, a line each',
        ),
    )


def detect(doc: Document, scorers: dict[str, Callable[[Document], float]], threshold: float = 0.5) -> Detection | None:
    """The most likely layout (bespoke readers' own scores and the presets'), or None."""
    if ";;" in doc.text and doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        seen = semicolon_cards(doc.text)  # (Spaced Repetition's ';;' cards, as the reader sees them: learner5 L17)
        doc = doc if seen == doc.text else Document(rel=doc.rel, text=seen, path=doc.path, converted=doc.converted)
    if "{" in doc.text and doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        seen = markua_quizzes(doc.text)  # (a Markua '{quiz}' block's questions, as the reader sees them: sitting 54)
        doc = doc if seen == doc.text else Document(rel=doc.rel, text=seen, path=doc.path, converted=doc.converted)
    if ("quizdown" in doc.text or "[x]" in doc.text.lower()) and doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        seen = quizdown_fences(doc.text)  # (a quizdown quiz's questions, as the reader sees them: learner4 N76, T23-6)
        doc = doc if seen == doc.text else Document(rel=doc.rel, text=seen, path=doc.path, converted=doc.converted)
    if "<!--" in doc.text and doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        seen = comment_cards(doc.text)  # (cards marked '<!-- front -->' / '<!-- back -->', as the reader sees them)
        doc = doc if seen == doc.text else Document(rel=doc.rel, text=seen, path=doc.path, converted=doc.converted)
    if ":::" in doc.text and (doc.converted or doc.rel.lower().endswith(MARKDOWN_SUFFIXES)):
        seen = furniture_boxes(doc.text)  # (a lesson's objectives box, blank as the reader sees it: trial47 T47-8)
        doc = doc if seen == doc.text else Document(rel=doc.rel, text=seen, path=doc.path, converted=doc.converted)
    if "<div" in doc.text and (doc.converted or doc.rel.lower().endswith(MARKDOWN_SUFFIXES)):
        seen = exercise_divs(doc.text)  # (a question's div and its answer's, as the reader sees them: trial45 T45-1)
        doc = doc if seen == doc.text else Document(rel=doc.rel, text=seen, path=doc.path, converted=doc.converted)
    if "#######" in doc.text and doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        seen, _ = deep_headings(doc.text)  # ('####### What …?' read at level 6, as the reader reads it: sitting 48)
        doc = doc if seen == doc.text else Document(rel=doc.rel, text=seen, path=doc.path, converted=doc.converted)
    if "|" in doc.text and (doc.converted or doc.rel.lower().endswith(MARKDOWN_SUFFIXES)):
        seen = question_tables(doc.text)  # (a question a table, as the reader sees it: trial25 T25-36)
        doc = doc if seen == doc.text else Document(rel=doc.rel, text=seen, path=doc.path, converted=doc.converted)
    lines = _prose_lines(doc)
    found = _score_presets(doc, lines)
    pairs = _pairs(doc) or _rows_of_pairs(doc) or _tab_sheet(doc) or _field_rows(doc) or _terms_below(doc) or _comment_commands(doc)
    if pairs is not None:
        found.append(pairs)
    for name, score in scorers.items():
        value = score(doc)
        if value > 0:
            found.append(Detection(name, value, _why(name, doc)))
    # ('Q: …' / 'A: …' pairs or numbered questions among '… {{c1::Paris}}.' lines: the layout of the pairs reads the
    # cloze lines too; those lines alone are no Markdown questions, which read the pairs as one cloze, or none)
    if (
        any(d.layout in ("qa", "numbered") for d in found)
        and any(d.layout == "markdown" for d in found)
        and has_cloze(doc.text)
        and not markdown_questions(doc.lines, obsidian=doc.rel.lower().endswith(MARKDOWN_SUFFIXES), clozes=False)[0]
    ):
        found = [d for d in found if d.layout != "markdown"]
    quoted = quoted_numbers(lines) if doc.converted or doc.rel.lower().endswith(MARKDOWN_SUFFIXES) else 0
    if quoted:  # (read by the numbered layout, the question went to the back: learner5 L20)
        found = [d for d in found if d.layout not in ("numbered", "markdown")]
        found.append(Detection("markdown", 0.9, f"{quoted} numbered questions each answered by a quote ('> …') under it"))
    quizzes = plain_quiz(lines) if not (doc.converted or doc.rel.lower().endswith(MARKDOWN_SUFFIXES)) else 0
    if quizzes and not any(d.score >= 0.8 for d in found):  # (a .txt quiz the Markdown reader reads as it reads a .md)
        found.append(Detection("markdown", 0.8, f"{quizzes} questions each over its options and an answer line"))
    if doc.converted or doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        mixed = _mixed_pairs(lines, markdown_questions(lines)[0])
        if mixed is not None and not any(d.layout == "delimited" for d in found):
            found.append(mixed)
    if pairs is not None and pairs.layout == "delimited" and pairs.score >= 0.8 and any(d.layout == "markdown" for d in found) and _pairs_only(lines, pairs):
        # ('- ¿Dónde está el baño? = Where is the bathroom?': a phrasebook's lines, each split on its separator, are
        # its pairs; their '?' asks in the phrase, no question of the page's: sitting 54, one card of the whole list)
        found = [d for d in found if d.layout != "markdown"]
    if any(d.layout == "markdown" for d in found) and _asking_title_only(lines):
        # ('# Intervals — how many semitones?' over '- Minor second = 1 semitone' …, '# True or false? Justify.' over
        # '1. **…** False — …': the title asks how the lines under it answer, each a card; sitting 47: one card of all)
        kept = [d for d in found if (d.layout == "delimited" and d.score >= 0.8 and _written_separator(d, lines)) or (d.layout == "numbered" and _inline_answers(lines))]
        if kept:
            found = [d for d in found if d.layout != "markdown"]
    edx = edx_problems(lines)
    if edx is not None:
        found = [d for d in found if d.score < edx.score] + [edx]
    shared = _shared_answered(lines)
    if shared >= SHARED_MIN and not any(d.score >= 0.85 for d in found):  # (no question of them asks: trial12 U102)
        found.append(Detection("numbered", 0.85, f"{shared} numbered items answered by a letter of the options set before them"))
    paired = label_pairs(lines)
    if paired is not None and not any(d.score >= paired.score for d in found):
        found.append(paired)
    headed = keyed_label_headings(lines)
    if headed is not None:  # (read by its headings, the key was one question's back: G4)
        found = [d for d in found if d.layout != "markdown"] + [headed]
    quiz = label_quiz(lines)
    if quiz is not None:  # (its questions read as Markdown look like other lines: 'Which …?' over 'A. …'); a reader of
        found = [d for d in found if d.layout != "markdown"] + [quiz]  # its own for the shape (a lesson) still wins
    count, _asked, options, _answered = _numbered(lines)
    if options >= 2 and options * 2 >= count:  # ('1. Which organelle …?' over 'A. Nucleus' 'B. …': its options, never the
        found = [d for d in found if d.layout != "grill"]  # grill layout's 'A. Name' headings: trial12 U100)
    boxed = boxed_answers(lines)
    if boxed >= BOXED_MIN:  # (read as numbered, each list's last question got the box of answers: trial15 T15-82)
        found = [d for d in found if d.layout != "numbered"] + [
            Detection("markdown", 0.9, f"{boxed} numbered questions each answered by the entry of its number in the answer box under them")
        ]
    quizzed = next((d for d in found if d.layout == "numbered" and d.items), None)
    if quizzed is not None and any(d.layout == "markdown" for d in found):
        # ('**1.** Was bedeutet …?': a Word document's items with their number in bold are the numbered items themselves,
        # no bold questions of a page of notes: trial15 T15-7, 200 keyed questions read as Markdown, 2 junk notes)
        # (the key's own heading is no question: '## 答案' / '## Svar' / '## Đáp án' over '1. B' is an answer word too, and
        # counted as one made the two-question quiz one card, trial16 T16-37)
        # (the lines as written, code blocks too, as the Markdown reader's own score counts them: an essay answered by a
        # code block under its label heading is answered, trial16 T16-8)
        own = ["" if _KEY_LINE.match(line) else _BOLD_NUMBER.sub(r"\g<lead>\g<n>", line) for line in doc.lines]
        asked = markdown_questions(own, obsidian=doc.rel.lower().endswith(MARKDOWN_SUFFIXES))[0]
        # (a quiz of options keyed at its end under a few '- **Kelas:** VIII' property bullets, which count as a glossary
        # but ask nothing: trial12 U18)
        keyed = quizzed.items >= 2 and _keyed(lines) and not markdown_questions(own, obsidian=False)[0]
        if quizzed.items > 2 * asked or keyed:  # a numbered quiz with a few '?' headings or a checklist about it (trial11 P13):
            found = [d for d in found if d.layout != "markdown"]  # its numbered questions are the page's
    if not doc.converted and doc.rel.lower().endswith(SHEET_SUFFIXES) and any(d.layout == "delimited" for d in found):
        # (a sheet's rows are rows whatever its cells hold: '"The SA node is the {{c1::pacemaker}}.","Lead II"' read as
        # Markdown was one cloze of every row, quotes and commas shown: trial32 T32-24)
        found = [d for d in found if d.layout != "markdown"]
    best = max(found, key=lambda d: (d.score, d.layout == "markdown")) if found else None
    if best is not None and best.score >= threshold:
        return best
    return _inside_fence(doc, threshold)


_ASKED_ENTRY = re.compile(r"^\s{0,3}(?P<n>\d{1,3})[.)]\s+\S")
_BOXED_ENTRY = re.compile(r"^\s{0,3}(?:\*\*|__)?(?P<n>\d{1,3})[.)]")  # '**1.** …', '**2. Nazwa:** …', '1. …'
_BOX_OPEN = re.compile(r"^\s*(?::{3,}\s*\S|<details\b|<summary\b|\?{3}\+?\s|!{3}\s)")
_BOX_CLOSE = re.compile(r"^\s*(?::{3,}\s*$|</details\s*>)")
_ANSWERING = re.compile(rf"(?i)(?:{KEY_WORDS}|{ANSWER_WORDS})")
BOXED_MIN = 3  # questions so answered that make a page such a lesson


def boxed_answers(lines: list[str]) -> int:
    """How many numbered questions are answered by a box right under their list (a toggle or a div titled with answer
    words: '::: odp | Pokaż odpowiedzi', '<details><summary>Answers</summary>') whose entries carry their numbers
    ('**1.** …'): a lesson's self-check, read by the Markdown reader; the numbered reading gave the whole box to each
    list's last question (trial15 T15-82)."""
    answered, k = 0, 0
    while k < len(lines):
        if not _ASKED_ENTRY.match(lines[k]):
            k += 1
            continue
        asked: list[str] = []
        while k < len(lines) and (_ASKED_ENTRY.match(lines[k]) or not lines[k].strip() or lines[k].startswith((" ", "\t"))):
            m = _ASKED_ENTRY.match(lines[k])
            asked += [m.group("n")] if m else []
            k += 1
        if k >= len(lines) or not _BOX_OPEN.match(lines[k]) or not _ANSWERING.search(lines[k] + " " + (lines[k + 1] if k + 1 < len(lines) else "")):
            continue
        said: set[str] = set()
        k += 1
        while k < len(lines) and not _BOX_CLOSE.match(lines[k]):
            m = _BOXED_ENTRY.match(lines[k])
            said |= {m.group("n")} if m else set()
            k += 1
        if len(asked) >= 2 and said and said <= set(asked) and 2 * len(said) >= len(asked):
            answered += len(said)
    return answered


# a line opening with a label closed by a full stop or a colon, a number between or not ('Problem 1.', 'Solution.',
# 'Aufgabe 2:'): problems and their solutions, never a word and its meaning
_LINE_LABEL = re.compile(r"^\W{0,3}(?P<w>[^\W\d_]{2,20})(?:\s{1,3}\d{1,4}[a-z]?)?[.:：]\s")


_NOTE_LINE = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:")  # a footnote's definition


_ENTRY_NUMBER = re.compile(r"^ {0,3}\(?\d{1,4}[.)]\s+\S")
WORKED_ENTRIES_MIN = 2  # numbered entries, each over indented lines of working, that make a page problems, not pairs


def _worked_entries(lines: list[str]) -> bool:
    """Whether numbered entries (two or more) each hold indented lines under them and those lines are most of the page's
    lines with '=' (``1. Solve for x: 2x + 3 = 11`` / ``   2x = 8`` / ``   x = 4``): a problem sheet, each entry's
    working its answer, never one equation's sides a card's front and back."""
    entries, under, equals, current = 0, 0, 0, False
    held = False
    for line in lines:
        if not line.strip():
            continue
        said = "=" in line
        if _ENTRY_NUMBER.match(line):
            entries += held
            current, held = True, False
        elif current and line[:1] in (" ", "\t"):
            held = True
            under += said
        else:
            entries += held
            current, held = False, False
        equals += said
    entries += held
    return entries >= WORKED_ENTRIES_MIN and 2 * under >= equals


def _pairs(doc: Document) -> Detection | None:
    """A vocabulary list, one pair per line split once on the same separator ('le chat — the cat',
    'perro: dog', '- cane = dog'): the ``delimited`` layout with that separator, said in the table.
    A ':' split scores low, so any layout that reads labels ('Q:' / 'A:') or headings wins over it."""
    if doc.rel.lower().endswith(SHEET_SUFFIXES):
        return None  # a sheet: its own separator rules
    found = pair_separator(doc.lines) or field_pairs(doc.lines)  # (also 'term,definition' / tab rows: trial9 T10)
    if found is None:
        return None
    sep, count = found
    if sep.strip() in (":", "：") and 2 * sum(1 for line in doc.lines if _NOTE_LINE.match(line)) >= count:
        return None  # '[^1]: https://…' / '[^2]: Smith 2020.': a page's footnotes, never its pairs (T34-13 rest)
    # (each line split once, or at its first separator when its lines hold three fields: 'el perro - the dog - El perro …')
    splits = [split for line in doc.lines if (split := split_pair(spaced_dash(line.strip()), (sep,)) or split_first(spaced_dash(line.strip()), sep)) is not None]
    lefts = [split[1] for split in splits]
    if sep.strip() in (":", "：") and 2 * sum(1 for left in lefts if prompt_term(strip_number(left))) > len(lefts):
        return None  # '21. Balance the following chemical equation: Fe + …': tasks, not terms and meanings (trial12 U23)
    if all(bare_verdict(f"{left.rstrip()} {right.strip()}") or bare_verdict(f"{left.rstrip()}{mark}{right.strip()}") for mark, left, right in splits):
        # '1. The sun is a star. — True': true/false statements with their verdicts, not pairs (trial14 T14-50); or the
        # verdict before the dash, its correction after ('… heart. **False** — they carry …', sitting 49)
        return None
    labels = [m.group("w").lower() for _, left, _ in splits if (m := _LINE_LABEL.match(left))]
    # (two labels: one alone, 'Art. 1 – Menschenwürde' on every line, is a list of numbered terms, T33-19)
    if 2 * len(labels) >= len(splits) and all(labels.count(w) >= 2 for w in set(labels)) and len(set(labels)) == 2:
        return None  # 'Problem 1. Solve x^2 - 5x + 6 = 0.' / 'Solution. x = 2 …': labelled lines, their '=' equations (T33-7)
    if sep.strip() == "=" and _worked_entries(doc.lines):
        return None  # '1. Solve for x: 2x + 3 = 11' / '   2x = 8' / '   x = 4': problems and their working, no pairs (sitting 53)
    judged = [line for line in doc.lines if (said := bracketed_answer(strip_number(line.strip()))) and said[0].startswith("True or false:")]
    judged += [line for line in doc.lines if TICK_SLOT.search(line)]  # ('1. … 창제하였다. (O / X)': a slot to circle, T38-6)
    if sep == " " and 2 * len(judged) > len(splits):
        return None  # '1. 태양은 별이다. (O)': statements with their verdicts, never a word and its meaning (trial28 T28-59)
    shown = sep.replace('"', '\\"').replace("\t", "\\t")
    score = 0.55 if sep.strip() in (":", "：") else 0.85 if sep == "\t" else 0.8  # (a tab splits no sentence: over numbered
    # questions, '1. Capital of France?<TAB>Paris' under a title line, the pairs they are; round 5 meta)
    numbered = [line for line in doc.lines if re.match(r"^\s*\d{1,4}[.)]\s", line)]
    if score < 0.8 and len(numbered) >= count and not any(q in line for line in numbered for q in QUESTION_MARKS):
        score = 0.7  # '1. Capital of France: Paris': numbered facts that ask nothing are pairs, not questions (trial10 P40)
    shape = "into a word, its meaning and more (an example)" if fields_on(doc.lines, sep) else "once"
    kinds = Counter(
        found[0] for line in doc.lines
        if not _ATX_TEXT.match(line) and (found := split_pair(pair_text(line), PAIR_SEPARATORS)) is not None and found[0] != " "
    )  # fmt: skip
    mixed = len(kinds) >= MIXED_SEPARATORS and 2 * max(kinds.values()) < sum(kinds.values())
    said = (
        f"{sum(kinds.values())} lines that each split once, on separators of their own ({', '.join(repr(k.strip()) for k, _ in kinds.most_common(MIXED_SEPARATORS))}, …), a pair per line"
        if mixed  # (phone notes: 'x - y', 'x -> y', 'x: y' in one list; '5 lines that each split once on '->'' named one: N62-1)
        else f"{count} lines that each split {shape} on {sep.strip() or sep!r}, a pair per line"
    )
    return Detection(
        "delimited",
        score,
        said,
        source={"delimited": DelimitedConfig(separator=sep)},
        source_lines=(
            "[source.delimited]",
            f'separator = "{shown}"    # each line: '
            + (
                "a term, a space, its reading and meaning"
                if sep == " "
                else "two columns, a tab between them" if "\t" in doc.text and "   " not in doc.text
                else "two columns, two spaces or more between them"
                if sep == "  "
                else f'front{sep.replace(chr(9), "<TAB>")}back'
            ),
        ),
    )


_SPACED_PAIR = re.compile(r"\s(?P<sep>:|—|–|=|->|→)\s")  # ' : ', ' — ', ' = ' between a term and its meaning
_BULLET_LINE = re.compile(r"^\s*[-*+•]\s+\S")
MIXED_PAIRS_MIN = 20  # 'term : meaning' bullets that make a notebook of them among its prose bullets
MIXED_BULLET_SHARE = 0.4  # of the page's bullets, at least
MIXED_OVER_QUESTIONS = 3  # as many times the questions the Markdown reader would find, at least


_ATX_TEXT = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>\S.*?)\s*#*\s*$")
HIGHLIGHTS_SAID = 2  # highlighted paragraphs on an untagged page of notes that make its message say so
TITLE_ONLY_LINES = 3  # lines under a title that asks, at least, for it to ask how they answer


def _pairs_only(lines: list[str], found: Detection) -> bool:
    """Whether every line with text under the page's headings (none of which asks) splits on the pairs detection's
    separator, a bullet before it or not: a list of pairs and nothing else."""
    own = found.source.get("delimited") if found.source else None
    sep = own.separator if isinstance(own, DelimitedConfig) else None
    if not sep or not sep.strip() or sep.strip() == ">>":
        return False  # ('- Q >> A': the Markdown reader's own card line, the rewrite of a question answered on its line)
    start = (front_matter_end(lines) or -1) + 1
    body = [line for line in lines[start:] if line.strip()]
    heads = [m.group("text") for line in body if (m := _ATX_TEXT.match(line))]
    rest = [line for line in body if not _ATX_TEXT.match(line)]
    if len(rest) < TITLE_ONLY_LINES or any(h.rstrip(" *_").endswith(QUESTION_MARKS) for h in heads):
        return False
    # (bulleted or plain lines, never numbered questions or bold ones: '1. Which planet …? &mdash; Saturn', '**Where
    # …?** – In the chloroplasts.' are the Markdown reader's own, read right)
    return all((_BULLET_LINE.match(line) or not line[:1].isspace()) and not _ENTRY_NUMBER.match(line) and "**" not in line for line in rest) and all(
        split_pair(pair_text(line), (sep,)) is not None for line in rest
    )


def _written_separator(found: Detection, lines: list[str]) -> bool:
    """Whether a pairs detection's separator is written on TITLE_ONLY_LINES lines at least (not one it reads into
    lines that ask, 'What gas …? Oxygen.')."""
    own = found.source.get("delimited") if found.source else None
    sep = own.separator if isinstance(own, DelimitedConfig) else None
    return bool(sep and sep.strip()) and sum(1 for line in lines if sep in line) >= TITLE_ONLY_LINES


def asking_title_only(lines: list[str]) -> bool:
    """Whether the page's only question is its title (:func:`_asking_title_only`)."""
    return _asking_title_only(lines)


def _asking_title_only(lines: list[str]) -> bool:
    """Whether the page's only question is its title, a first-line '# …?' heading (no other of its level), with
    TITLE_ONLY_LINES lines under it at least, none of them asking."""
    filled = [k for k, line in enumerate(lines) if line.strip()]
    if len(filled) <= TITLE_ONLY_LINES or not re.match(r"^#\s", lines[filled[0]]) or not question_line(lines[filled[0]]):
        return False
    rest = lines[filled[0] + 1 :]
    return not any(re.match(r"^#\s", line) or any(q in line for q in QUESTION_MARKS) for line in rest)


def _mixed_pairs(lines: list[str], asked: int) -> Detection | None:
    """A vocabulary notebook: many bullets a term and its meaning split by a spaced separator ('- noch einmal : again',
    '- weg : gone'), among prose bullets and tables (trial11 P17: 371 such bullets under two headings were two cards,
    one of 58,410 characters): the ``delimited`` layout with that separator, the other lines said, never a card's
    back."""
    bullets = [pair_text(line) for line in lines if _BULLET_LINE.match(line)]
    seps: Counter[str] = Counter()
    for text in bullets:
        m = _SPACED_PAIR.search(text)
        if m and text.count(m.group(0)) == 1 and len(text[: m.start()]) <= PAIR_TERM_MAX and text[m.end() :].strip():
            seps[m.group("sep")] += 1
    if not seps:
        return None
    sep, count = seps.most_common(1)[0]
    # headings that ask, with or without their '?' ('### Что такое последовательность', '### Какие операции …'): a Q&A
    # page whose answers list '- `x in s` – meaning' bullets, never a vocabulary notebook (trial14 T14-8)
    headed = sum(1 for line in lines if (h := _ATX_TEXT.match(line)) and (question_line(line) or opens_asking(h.group("text"))))
    if count < MIXED_PAIRS_MIN or count < MIXED_BULLET_SHARE * len(bullets) or count < MIXED_OVER_QUESTIONS * max(asked, headed):
        return None
    spaced = f" {sep} "
    return Detection(
        "delimited",
        0.9,
        f"{count} bullets that each split once on {spaced!r}, a term and its meaning, among other text",
        source={"delimited": DelimitedConfig(separator=spaced)},
        source_lines=("[source.delimited]", f'separator = "{spaced}"    # each \'- term{spaced}meaning\' bullet a card; other lines are said'),
    )


# Quizlet's export dialog: 'Between term and definition' Tab, Comma or a custom string (' - ' is the one people type),
# 'Between rows' New line, Semicolon or a custom string
_ROW_ENDS = (";", "|", "||", "|||", "$$", "##", "~")
_TERM_ENDS = (",", " - ", " = ", " — ", " – ", " -> ")  # (never ': ', as prose writes it: 'Note: …; see: …')
ROWS_MIN = 3  # rows on a line that make an export of them


def _custom_rows(text: str) -> tuple[str, str, int] | None:
    """``(term separator, row end, rows)`` of an export written on one line (or a few) whose term and definition are
    split by a comma or a custom string and whose rows end with ';' or another custom string (trial14 T14-37:
    'abundant,existing in large quantities;mitigate,to make less severe;…' and 'abundant - existing …;mitigate - …;'):
    every row splits on the term separator into a short term, distinct from row to row, and its definition; else None."""
    lines = [line for line in text.splitlines() if line.strip()]
    for end in _ROW_ENDS:
        pieces = [row.strip() for row in text.split(end) if row.strip()]
        if len(pieces) < ROWS_MIN or len(lines) * 2 > len(pieces) or any("\n" in row for row in pieces):
            continue
        for sep in _TERM_ENDS:
            rows: list[str] = []
            for piece in pieces:  # (a piece without the separator: the definition before held the row end, 'large; more')
                if sep in piece or not rows:
                    rows.append(piece)
                else:
                    rows[-1] += end + piece
            if len(rows) < ROWS_MIN:
                continue
            terms = [row.partition(sep)[0].strip() for row in rows if sep in row]
            if len(terms) < len(rows) or not all(0 < len(t) <= PAIR_TERM_MAX for t in terms):
                continue
            if any(not row.partition(sep)[2].strip() for row in rows) or len({t.casefold() for t in terms}) < len(terms):
                continue
            if sep == "," and any(row.partition(sep)[2][:1].isspace() for row in rows):
                continue  # ('First, open the file; then, …': a sentence's commas)
            return sep, end, len(rows)
    return None


TAB_ROWS_MIN = 2  # rows of a sheet saved as tab-separated text, besides its header
TITLE_LINES = 3  # lines at most of the paragraph over a table copied into a text file (its title, a line about it)


def _title_lines(lines: list[str]) -> set[int]:
    """The indexes of the paragraph with no tab at the top of a tab-separated table, a blank line under it (``French
    Revolution`` / ``Sure! Here are 8 flashcards …:`` over a table copied from a page or a chat into a text file;
    sitting 47, meta: 'cannot tell this document's layout'); empty when there is none."""
    k = 0
    while k < len(lines) and not lines[k].strip():
        k += 1
    top = k
    while k < len(lines) and lines[k].strip() and "\t" not in lines[k]:
        k += 1
    if k == top or k - top > TITLE_LINES or k >= len(lines) or lines[k].strip():
        return set()
    return set(range(top, k))


def _tab_sheet(doc: Document) -> Detection | None:
    """A sheet saved as tab-separated text ('.txt': Excel's "Text (Tab delimited)", the Flashcards Deluxe export): every
    line splits on tabs into the same number of cells, three at least, empty ones allowed, the first never empty
    (trial17 T17-40: one empty cell, two tabs in a row, made the file "cannot tell this document's layout"). Read as a
    '.tsv' is: the ``delimited`` layout with a tab, its header row naming the columns."""
    if doc.rel.lower().endswith((*SHEET_SUFFIXES, *MARKDOWN_SUFFIXES)) or doc.converted or "\t" not in doc.text:
        return None
    heads = category_lines(doc.lines)  # (Pleco's '//HSK 1/Numbers' over its rows: T31-3)
    titled = _title_lines(doc.lines)
    rows = [line.rstrip("\r") for k, line in enumerate(doc.lines) if line.strip() and k not in heads and k not in titled]
    width = _even_width([row.split("\t") for row in rows], TAB_ROWS_MIN + 1)
    if width is None:
        return None
    under = f", under {len(heads)} '{CATEGORY}' category lines (Pleco's export: their sections)" if heads else ""
    return _separated(
        "\t", 0.9, f"{len(rows)} rows of {width} tab-separated cells (a sheet saved as text){under}",
        "each row: its cells between tabs, the first row may name them",
    )


def _even_width(rows: list[list[str]], least: int) -> int | None:
    """The number of cells of every row, when there are ``least`` rows or more, all that wide, three cells at least,
    the first never empty (a sheet's or a table's rows written as text); else None."""
    widths = {len(cells) for cells in rows}
    if len(rows) < least or len(widths) != 1 or min(widths) < 3 or any(not cells[0].strip() for cells in rows):
        return None
    return min(widths)


def _separated(separator: str, score: float, why: str, comment: str) -> Detection:
    """The ``delimited`` layout with ``separator``, the table to paste saying what a row is."""
    shown = separator.replace("\t", "\\t")
    return Detection(
        "delimited",
        score,
        why,
        source={"delimited": DelimitedConfig(separator=separator)},
        source_lines=("[source.delimited]", f'separator = "{shown}"    # {comment}'),
    )


def _field_rows(doc: Document) -> Detection | None:
    """Records a line, each field naming itself and the fields between bars, the same names on every line
    (``Drug: Metoprolol | Class: beta blocker | Use: hypertension``), under a header line of those names or none, a
    heading or two among them: the ``delimited`` layout with a bar, the names its columns' (sitting 60: the front was
    'Metoprolol | Class', the back 'beta blocker | Use: …')."""
    if doc.rel.lower().endswith(SHEET_SUFFIXES) or doc.converted or "|" not in doc.text:
        return None
    rows = [(k + 1, k + 1, line.split("|")) for k, line in enumerate(doc.lines) if line.strip() and not _MD_HEADING_LINE.match(line)]
    if any(line.lstrip().startswith("|") for line in doc.lines):
        return None  # (a Markdown table, read as one)
    found = named_fields(rows)
    if found is None:
        # ('Drug | Class | Use' over 'Metoprolol | beta blocker | hypertension' …: a table written with bars alone)
        if (width := _even_width([cells for _, _, cells in rows], FIELD_ROWS_MIN + 1)) is None:
            return None
        return _separated(
            "|", 0.85, f"{len(rows)} rows of {width} cells between bars (a table written as text; the first row may name them)",
            "each row: its cells between bars, the first row may name them",
        )
    return _separated(
        "|", 0.9, f"{len(found[1]) - 1} records of {len(found[0])} named fields between bars ({' | '.join(found[0])})",
        "each line a record: 'Name: value | Name: value', the same names each line",
    )


_MD_HEADING_LINE = re.compile(r"^\s{0,3}#{1,6}\s")
FIELD_ROWS_MIN = 3  # rows of cells between bars under their header, at least, for a table written as text


def _rows_of_pairs(doc: Document) -> Detection | None:
    """Quizlet's one-line export, 'term<TAB>definition;term<TAB>definition;…' (a custom row separator):
    the ``delimited`` layout with ``rows`` set (formats' helper, in delimited.py, finds the separator); also with a
    comma or a custom string between term and definition (``_custom_rows``)."""
    rows = row_separator(doc.text) if "\t" in doc.text else None
    if rows is None and not doc.converted and not doc.rel.lower().endswith((*SHEET_SUFFIXES, *MARKDOWN_SUFFIXES)):
        custom = _custom_rows(doc.text)
        if custom is not None:
            sep, end, count = custom
            shown = sep.replace('"', '\\"')
            return Detection(
                "delimited",
                0.9,
                f"{count} 'term{sep}definition' pairs whose rows end with {end!r}, not a line break (Quizlet's custom separators)",
                source={"delimited": DelimitedConfig(separator=sep, rows=end)},
                source_lines=("[source.delimited]", f'separator = "{shown}"    # between term and definition', f"rows = {toml_value(end)}    # what ends each row"),
            )
    if rows is None:
        return None
    return Detection(
        "delimited",
        0.9,
        f"'term<TAB>definition' pairs whose rows end with {rows!r}, not a line break (Quizlet's custom row separator)",
        source={"delimited": DelimitedConfig(separator="\t", rows=rows)},
        source_lines=("[source.delimited]", 'separator = "\\t"', f"rows = {toml_value(rows)}    # what ends each row"),
    )


QUESTION_LIST_MIN = 3  # lines or entries that ask, and nothing else, make a list of questions without answers
_LIST_ENTRY = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")
_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_RULE_LINE = re.compile(r"^\s{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+)\s*$")
LABEL_WORDS = 5  # '🟢 Beginner Level' after a rule or heading: a section's name, not text


# a bold numbered label, then the question on its line: '**Question 1.** … bolts?', '**Câu 2.** …?' (learner3 N6)
_LABEL_LEAD_Q = re.compile(r"^\s{0,3}(\*\*|__)[^*_\n]{0,20}?\d{1,4}[a-z]?\s*[.:)]?\s*\1\s*\S.*[?？؟]\s*$")
# a '?' with more text after it on the entry's line, or after the bold it closes ('- **…?** Oxygen.', T33-17): its answer
_ANSWERED_ON_LINE = re.compile(r"[?？؟](?:\s+\S|(?:\*\*|__)[ \t]*+[^\s*_])")


_SR_SEPARATORS = frozenset({"?", "??"})  # a line that is only this between a card's question and its answer (Obsidian SR)
_HTML_COMMENT = re.compile(r"^<!--.*-->$")
_LINK_ONLY = re.compile(r"(?:\[[^\[\]]*+\]\([^()\s]*+\)|<a\b[^<>]*+>[^<>]*+</a>)(?:[ \t]*+\([^()]{0,40}\))?", re.I)  # an entry that only links
_LINKED_AWAY = re.compile(r"\[(?P<text>[^\[\]]++)\]\((?!#)[^()\s]++\)")  # an entry that is one link to another page
_HTML_SHAPE = re.compile(r"^[ \t]*+<(?:li|h[1-6])\b", re.I | re.M)  # a page's lists or headings written in HTML
# a Korean interview prompt written as a noun phrase or an indirect question, as Chinese ones end in '区别' or '原理'
# (trial53 T53-7: '스택과 큐의 차이' the difference, '… 시간복잡도 설명' explain, '해시 충돌 해결 방법' how to, '페이지 교체
# 알고리즘 종류' the kinds, '더블링크드리스트 구현' implement, '어떻게 활용했는지' how, '뭔지' what it is)
_KOREAN_PROMPT = re.compile(r"(?:(?<![가-힣])(?:차이점?|설명|종류|방법|원리|장단점|특징|구현)|[가-힣](?:는지|은지))[)）]?$|(?:뭐|뭔|무슨)")
_ASIDE_AFTER = re.compile(r"[?？]\s*[(（][^()（）]{1,60}[)）]\s*$")  # a question, then an aside in brackets
# a task set on code ('Create code for next conditions', 'Modify only functions to get output as …')
_CODE_TASK = re.compile(r"(?i:create|write|implement|modify|make|fix|rewrite|refactor|complete|change|correct|predict|guess|explain|describe)\b")
# a question about code it shows below rather than quotes: its code block is the question's, never an answer
_ABOUT_CODE = re.compile(
    r"(?i:\boutput\b|\bprint(?:s|ed)?\b|\blog(?:s|ged)?\b|\balert(?:s|ed)?\b|\bvalue of\b|\bresult of\b|"
    r"\bevaluates?\b|\b(?:this|these|next|following|below|above)\b|"
    r"\bwhat (?:does|do|will|would)\b.*\b(?:return|do|happen|be)\b)"
)


# a list entry's bold lead ending in a colon, its answer after it on the line: '**Define management plane:** protocols, …'
_BOLD_LEAD_ANSWERED = re.compile(r"^(?:\*\*|__)[^*_\n]{2,120}?[:：]\s*(?:\*\*|__)\s*\S|^(?:\*\*|__)[^*_\n]{2,120}?(?:\*\*|__)\s*[:：]\s*\S")


_QUOTE_LEAD = re.compile(r"^>[ \t]?")


_KEY_HEADING_ANY_CASE = re.compile(ANSWER_KEY, re.I)


def _key_below(lines: list[str], at: int, fenced: list[bool]) -> bool:
    """Whether the key heading on (1-based) line ``at`` has text under it before the next heading: the page answers its
    questions there ('## Answers to selected exercises' over '3.1 2x', trial39 T39-2), a list nobody answers has none."""
    for k in range(at, len(lines)):
        if not fenced[k] and _ATX.match(lines[k]):
            return False
        if lines[k].strip() and not _POINTER.match(lines[k]):
            return True
    return False


# an entry that points to another page ('* [Scala interview questions](http://…) by [@someone](https://…)'): the answers
# are there, not under the key heading (trial58 T58-3: the page's 61 questions were read as answered)
_POINTER = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])?\s*\[[^\[\]\n]+\]\((?!#)[^()\s]+\)(?:\s+\S+){0,4}?(?:\s+\[[^\[\]\n]+\]\([^()\s]+\))?\s*$")


def counted_in(tally: dict[int, list[int]], at: int, asking: bool) -> None:
    """One more entry of the list starting at line ``at`` (and one more that asks, when it does)."""
    own = tally.setdefault(at, [0, 0])
    own[0] += 1
    own[1] += asking


def question_list(doc: Document) -> tuple[int, int, tuple[int, ...]] | None:
    """``(questions, 1-based line of the first, the first line of each list)`` when the document is a list of questions
    and nothing else (an interview-questions page without answers: h5bp's, or questions on lines of their own between
    ``---`` rules and level names, trial8 H11), else None. A sub-entry is part of its question when it asks
    or its entry does not ('Explain these headers:' over '* ETag'); under a question it answers it. Code,
    tables and sentences are text (an answer). An entry labelled a question (``- **Question:** Explain …``) is one,
    whatever its words, never a bold lead over its answer (repro-pages 5: 'no items found'). A heading, a rule, a
    level name or other text between entries starts another list."""
    lines = doc.lines
    markdown = doc.rel.lower().endswith(MARKDOWN_SUFFIXES)
    if markdown and _HTML_SHAPE.search(doc.text):  # ('<h3>…</h3>' / '<ul><li>…?</li>' inside '<div dir="rtl">': T32-27)
        lines = html_page_lines(doc.text)
    fenced = list(in_fence(lines)) if markdown else [False] * len(lines)
    start = (front_matter_end(lines) or -1) + 1
    entries = asks = others = bracketed = underlined = 0
    first = 0
    parent_asks = False
    after_break = True  # the previous non-blank line was a rule, a heading or the start
    about_code = False  # the last question asks about code it does not quote ('What is the output?')
    exhibit = False  # inside the code block such a question shows (trial14 T14-27)
    lists: list[int] = []  # the first line of each list of questions
    tally: dict[int, list[int]] = {}  # a list's first line -> [its entries, those that ask]
    apart = True  # a heading, a rule, a label or other text since the last entry: the next one starts a list
    for n, line in enumerate(lines[start:], start + 1):
        text = line.strip()
        if fenced[n - 1]:
            if text.startswith(("```", "~~~")) and not exhibit:
                exhibit = about_code  # 'What is the output?' over its code: the question's, not an answer
                others += 0 if exhibit else 1  # any other code block: an answer
            elif text.startswith(("```", "~~~")):
                exhibit = about_code = False
            after_break = False
            apart = True
            continue
        exhibit = False
        if not text or _HTML_COMMENT.match(text):
            continue  # ('<!-- prettier-ignore-start -->' around a code block: layout)
        if text in _SR_SEPARATORS and n >= 2 and lines[n - 2].strip() and n < len(lines) and lines[n].strip():
            return None  # 'question' / '?' / its answer: the Spaced Repetition plugin's card, answered (trial13 T13-4)
        if _ATX.match(line) or _RULE_LINE.match(line):
            if first and _ATX.match(line) and _KEY_HEADING_ANY_CASE.match(line) and _key_below(lines, n, fenced):
                return None  # ('## Answers to selected exercises' / '3.1 2x' after them: the questions are answered, T39-2)
            after_break = apart = True
            if re.fullmatch(r"-+|=+", text) and n >= 2 and lines[n - 2].strip() and n < len(lines):
                below = lines[n].strip()  # ('What is …?' / '---' / 'Ottawa': a heading over its answer, Mochi's card)
                asked = lines[n - 2].strip().rstrip(" *_`").endswith(QUESTION_MARKS)
                if asked and below and not below.rstrip(" *_`").endswith(QUESTION_MARKS) and not _RULE_LINE.match(below):
                    underlined += 1
            continue
        entry = _LIST_ENTRY.match(line)
        linked = _LINKED_AWAY.fullmatch(_LIST_MARK.sub("", text)) if entry else None
        said = linked.group("text").strip() if linked else text  # ('- [infinity代表什么数据？](…/issues/3619)': the
        # question its link names, answered on the page it links to; trial51 T51-10)
        # ('* Explain event delegation.': an entry that asks by its first word)
        asking = said.rstrip(" *_`").endswith(QUESTION_MARKS) or bool(entry and opens_asking(_LIST_MARK.sub("", said)))
        asking = asking or bool(_ASIDE_AFTER.search(text))  # 'What is the output? ( How make it correct )'
        asking = asking or bool(entry and _KOREAN_PROMPT.search(_LIST_MARK.sub("", said).rstrip(" *_`.")))  # ('UI와 UX의 차이')
        if not asking and _ABOUT_CODE.search(text) and _CODE_TASK.match(_LIST_MARK.sub("", text)):
            asking = True  # 'Create code for next conditions' over its code: a task that asks
        about_code = bool(asking and _ABOUT_CODE.search(text))
        label = after_break and not asking and len(text.split()) <= LABEL_WORDS and not text.endswith((".", ":", "。"))
        after_break = False
        if label:
            apart = True
            continue
        if entry and line[:1].isspace():
            if asking or not parent_asks:
                continue  # a sub-question, or an item of what its entry asks for: part of that question
            others += 1  # '  - It is …' under '- What is …?': an answer
            continue
        if not entry and checked_in_passing(_QUOTE_LEAD.sub("", text)) is not None:
            others += 1  # 'Quick check: What …? (Answer: …)': asked and answered in passing (T35-4)
            apart = True
            continue
        if entry and _ASIDE_AFTER.search(text):
            bracketed += 1  # ('- Do you have any questions for us? (end of the interview)': an aside, or a pub quiz's answer)
            entries += 1
            parent_asks = True
            first = first or n
            lists += [n] if apart else []
            counted_in(tally, lists[-1], True)
            apart = False
            continue
        if entry and _ANSWERED_ON_LINE.search(text) and not text.rstrip(" *_`").endswith(QUESTION_MARKS):
            others += 1  # '1. What is the powerhouse of the cell? The mitochondrion.': asked and answered (trial10 P10)
            apart = True
            continue
        labelled = bool(entry) and has_question_label(unbold_label(_LIST_MARK.sub("", text)).lstrip())
        if labelled:  # '*   **Question:** Explain the four pillars of …': a question by its label (T36-5), answered on no line
            entries += 1
            asks += 1
            parent_asks = True
            first = first or n
            lists += [n] if apart else []
            counted_in(tally, lists[-1], True)
            apart = False
            continue
        if entry and _BOLD_LEAD_ANSWERED.match(_LIST_MARK.sub("", text)):
            others += 1  # '- **Define management plane:** protocols, …': the bold lead asks, the rest answers (T16-47)
            apart = True
            continue
        if entry or asking:
            entries += 1
            asks += asking
            parent_asks = text.rstrip(" *_`").endswith(QUESTION_MARKS)  # ('Explain these headers:' lists what it asks about)
            parent_asks = parent_asks or judges(_LIST_MARK.sub("", text))  # ('1. True/False: …' over '- True. …': its verdict)
            first = first or n
            lists += [n] if apart else []
            counted_in(tally, lists[-1], asking)
            apart = False
        else:
            others += 1
            apart = True
    if underlined >= QUESTION_LIST_MIN and 2 * underlined > entries:
        # most questions right over a '---' that has a line under it ('What is the capital of Canada?' / '---' /
        # 'Ottawa'): Mochi's and many hand-typed cards, each question over its answer, never questions alone (T26-12)
        return None
    # brackets after most questions are their answers (a pub quiz: 'What is the capital of Canada? (Ottawa)'); after a
    # few of a list of questions, asides: questions nobody answers still
    if 2 * bracketed > entries:
        others += bracketed
    else:
        asks += bracketed
    fits = asks >= QUESTION_LIST_MIN and asks >= 0.6 * entries and others <= entries // 4
    if not fits:
        return None
    # a list among them that asks nothing (the page's contributors, its references) is no list of questions: not counted
    # in what the message says (trial44 T44-13: 'a list of 200 questions', the contributors' eleven names among them)
    asked = [k for k in lists if tally.get(k, [0, 0])[1]]
    entries -= sum(tally[k][0] for k in lists if k not in asked and k in tally)
    return (entries, asked[0] if asked else first, tuple(asked))


HEADED_MIN = 1  # headings with text under them that make a page of notes (one: a short note; its title is the front)


SOLUTIONS_MIN = 2  # question labels each over only its answer that make a file of solutions


def solutions_only(lines: list[str]) -> tuple[int, str] | None:
    """``(labels, first answer line)`` of a file of solutions to questions that are not in it: question-label headings
    ('## Soru 1', '## Question 3') each right over an answer line ('**Doğru cevap:** A', 'Answer: B'), no question
    between (trial15 T15-24: each was a card fronted 'Doğru cevap: A'); else None."""
    at = [k for k, line in enumerate(lines) if (m := _LABEL_LINE.match(line)) and m.group("lead")]
    answered = []
    for k in at:
        nxt = next((lines[j] for j in range(k + 1, len(lines)) if lines[j].strip()), "")
        text = unbold_label(nxt.strip())
        if has_right_answer_label(text) or has_answer_label(text) or any_answer_label(text):
            answered.append(text)
    if len(answered) < SOLUTIONS_MIN or 2 * len(answered) < len(at):
        return None
    return len(answered), answered[0]


# a numbered entry that names an option by its letter: '1. **b) A system to track …**', '2) c) `git init`', '3. Answer: B'
_OPTION_ENTRY = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\d{1,3}(?:\*\*|__)?\s*[.)]\s*(?:\*\*|__)?\s*"
    r"(?:\(?[A-Ha-h]\s*[).]\s+\S|(?:correct\s+)?answers?\s*[:：]\s*(?:\*\*|__)?\s*\(?[A-Ha-h]\b)",
    re.I,
)
_NUMBERED_ENTRY = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\d{1,3}(?:\*\*|__)?\s*[.)]\s+\S")
_KEY_NAMED = re.compile(rf"^\s*#{{1,6}}\s+.*?(?<!\w){KEY_WORDS}(?!\w)", re.I)
OPTION_KEY_MIN = 3  # entries naming an option a file of answers only needs
OPTION_KEY_SHARE = 0.4  # … and their share of its numbered lines, unless a heading calls it answers


def answers_only(lines: list[str]) -> tuple[int, int] | None:
    """``(entries, the first one's line)`` of a file that is only an answer key: numbered entries naming the right option
    by its letter (``1. **b) A system to track …**``, ``2. Answer: C``), three or more, and no question anywhere (no line
    ending with '?' outside code); None otherwise. Such a file is the key of quizzes in other files (``Quiz-Answers.md``
    beside ``Quiz1-….md``): read alone, each entry was a card fronted by the right option (trial42 T42-3: 18 cards)."""
    fenced = False
    entries: list[int] = []
    numbered = 0
    named = False
    for k, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced:
            continue
        if line.rstrip().rstrip("*_").endswith(("?", "？")):
            return None
        if _OPTION_ENTRY.match(line):
            entries.append(k)
        numbered += bool(_NUMBERED_ENTRY.match(line))
        named = named or bool(_KEY_NAMED.match(line))
    if len(entries) < OPTION_KEY_MIN or not (named or len(entries) >= OPTION_KEY_SHARE * numbered):
        return None
    return len(entries), entries[0] + 1


def _shown(line: str, most: int = 60) -> str:
    """A line quoted in a message, cut at ``most`` characters."""
    line = " ".join(line.split())
    return repr(line if len(line) <= most else line[: most - 1] + "…")


def headed_page(doc: Document, entries: bool = False) -> Detection | None:
    """Markdown notes or a prose page that asks no question but heads its text: each heading a card.

    Only when nothing else fits (no layout, no guessed pattern, no question-shaped line at all), and
    said in the warning with the ``headings = "cards"`` line, so the user sees that the fronts are
    headings, not questions. With ``entries``, glossary and definition entries and Obsidian cards do not
    count as asking (the caller weighs them: read._headed_instead).
    """
    lines = _prose_lines(doc)
    if not (doc.converted or doc.rel.lower().endswith(MARKDOWN_SUFFIXES)) or markdown_questions(doc.lines, obsidian=not entries)[0]:
        return None
    if any(ANSWER_LABEL_HEADING.match(line) for line in lines):
        return None  # '### Create a function …' over '#### Answer': a question, not notes (suggest_pattern says so)
    if solutions_only(lines) is not None:
        return None  # ('## Soru 1' over '**Doğru cevap:** A': answers to questions elsewhere, no notes: read._layout_for)
    matter = front_matter_end(lines)
    raw = doc.lines if len(doc.lines) == len(lines) else lines
    if matter is not None:
        lines = [*[""] * (matter + 1), *lines[matter + 1 :]]
        raw = [*[""] * (matter + 1), *raw[matter + 1 :]]
    headed = quizzed = quizzes = 0
    first = first_quiz = ""
    for n, line in enumerate(lines):
        underlined = _setext_heading(lines, n)
        if not _ATX.match(line) and not underlined:
            continue
        if line.rstrip().rstrip("*_ ").endswith((":", "：")):
            continue  # ('## Problem type 1:' over its tasks: a label leading in to what follows, no topic; T18-64)
        # (code right under a heading is text under it: '### List the files of a folder' over '```sh' / 'ls -la', a
        # cheat sheet of commands alone was "cannot tell this document's layout"; sitting 42)
        k = next((k for k in range(n + 1 + underlined, len(lines)) if raw[k].strip()), None)
        if k is not None and not _ATX.match(lines[k]) and not _setext_heading(lines, k):
            headed += 1
            end = next((j for j in range(k, len(lines)) if _ATX.match(lines[j])), len(lines))
            if any(QUIZ_TAG.match(x) for x in raw[k:end]):  # ('## One right answer' over a '<quiz>': its section, T45-4)
                quizzes += 1
                first_quiz = first_quiz or line.strip()
            elif _options_follow(lines[k + 1 : end]):  # ('### 1' over a question and its options: lead's G3)
                quizzed += 1
                first = first or line.strip()
    if headed < HEADED_MIN or (headed == 1 and repository_file(doc.rel)):
        return None  # (a folder's README.md, a title and a line about the files: no note, trial21 T21-36)
    labels = [line.strip() for line in lines if (m := _LABEL_LINE.match(line)) and m.group("lead")]
    # (no count of headings: the reader decides about the page's title over its introduction, and the message said
    # "its 4 headings … are read as cards" over 3 cards: sitting 43; the item count is said beside it)
    why = "it asks no question; each heading with text under it is read as a card"
    asking = [
        line.strip() for n, line in enumerate(lines)
        if line.rstrip().rstrip("*_ ").endswith(QUESTION_MARKS) and not _ATX.match(line) and not _setext_heading(lines, n)
        and not line.lstrip().startswith(("|", "<", "    "))
    ]  # fmt: skip
    if asking:  # ('… builds proteins.' / 'What do lysosomes do?' at the page's end: it asks, in no heading or bold line)
        said = (f"the one line that asks ({_shown(asking[0])}) is in its text, not a heading" if len(asking) == 1
                else f"the {len(asking)} lines that ask (first: {_shown(asking[0])}) are in its text, not headings")  # fmt: skip
        why = f"its headings ask nothing; {said}; each heading with text under it is read as a card"
    if asking_title_labels(doc.text) != doc.text:  # ('### 1.' / a program / '**Output:** …': each asks, sitting 49)
        why = "each numbered item asks what its answer label names ('Output:' -> 'What is the output?')"
    if (marked := untagged_highlights(lines)) >= HIGHLIGHTS_SAID:
        # ('The first antibody … is ==IgM==.': Obsidian's Spaced Repetition plugin reads these as clozes on a page it reads)
        why += (
            f"; its {marked} paragraphs with a ==highlight== are no clozes, as the Spaced Repetition plugin reads them only on "
            "a page tagged #flashcards (add the tag to the page to make each highlight a cloze card)"
        )
    if passing := checks_in_passing(lines):  # ('Quick check: What …? (Answer: …)' in the notes: T35-4)
        asked = f"{passing} question{'s' if passing > 1 else ''}"
        why = f"each heading with text under it is read as a card, and the {asked} its text asks in passing (answered in brackets) a card each"
    if labels and 2 * len(labels) >= headed:  # '## Question #3' over the question (exam dumps: trial9 T25)
        why = f"its {len(labels)} headings are question labels ('{labels[0]}'): each is a card, the question under it its front"
    elif quizzes and 2 * quizzes >= headed:
        why = f"its {quizzes} headings ('{first_quiz}') each head a <quiz> block: each quiz is a card, its heading its section"
    elif quizzed and 2 * quizzed >= headed:
        # (the heading is the front, the question and its options the back: said so, never 'the question its front', T15-23)
        why = f"its {quizzed} headings ('{first}') each head a question with its options: each heading is a card's front, the question and its options its back"
    return Detection(
        "markdown",
        0.5,
        why,
        source={"headings": "cards"},
        source_lines=('headings = "cards"        # every heading with text under it is a card; its text the answer',),
    )


def _labelled_over_options(lines: list[str], n: int) -> bool:
    """Whether ``lines[n]`` is a question label and its words (``Frage 1: Wie viele …``, ``Question 2. A contract is:``)
    opening a paragraph that ends with its lettered options: a quiz's question, whatever its punctuation (T34-2)."""
    if (n and lines[n - 1].strip()) or not has_question_label(unbold_label(lines[n]).strip()):
        return False  # (a paragraph's first line: 'Câu 2: …' right under 'D. Huế' is a text file's numbered run, T25-53)
    return options_under_question(list(itertools.takewhile(str.strip, lines[n : n + _LABELLED_STEM_LINES]))) is not None


def _setext_heading(lines: list[str], n: int) -> bool:
    """Whether ``lines[n]`` is a setext heading, a line of text over '=====' or '-----' after a blank line (Pandoc's
    notes: 'Vector Space' / '-----', trial11 P58), not a list entry, a table row or a rule."""
    if n + 1 >= len(lines) or not _SETEXT.match(lines[n + 1]) or not lines[n].strip() or (n and lines[n - 1].strip()):
        return False
    return not (_LIST_ENTRY.match(lines[n]) or lines[n].lstrip().startswith(("|", ">", "#")) or _RULE_LINE.match(lines[n]))


NOTE_WORDS = 12  # a file name longer than this is a sentence or a title, not the name of one idea
# a repository's own files, not notes (a vault may well hold 'summary' or 'test': glossary terms)
_NOT_A_TERM = {"readme", "license", "licence", "changelog", "contributing", "code of conduct", "index", "untitled"}


def repository_file(rel: str) -> bool:
    """A file a repository keeps about itself (README.md, index.md, CHANGELOG.md, CONTRIBUTING.md): the folder's
    description, never a note named so."""
    stem = rel.rsplit("/", 1)[-1].rsplit(".", 1)[0].strip("_ ").lower()
    return stem in _NOT_A_TERM


def card_page(doc: Document) -> Detection | None:
    """A Markdown note with ONE Obsidian-style card (``Term:: answer``, or a question, a ``?`` line and its
    answer): most notes of a spaced-repetition vault hold one to three, and the detector counts them from
    two (one ``a::b`` might be prose). When nothing else fits, the one card is read, not the file as a note."""
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        return None
    cards = sum(
        1
        for line in _prose_lines(doc)
        if line.strip() in ("?", "??") or (inline_card(line) and not _property(line)) or (CARD_TAG.search(line) and outline_entry(line))
    )  # (Logseq's '- What is Pinia? #card': trial9 T13)
    if not cards:
        return None
    return Detection("markdown", 0.5, f"{cards} Obsidian-style card{'s' if cards > 1 else ''} ('Term:: answer' or a '?' line)")


# question headings under a front-matter title that asks that are still its parts, the page one question: 'What does
# `box-sizing: border-box` do?' over '## What is the difference?' / '## Advantages' (trial29 T29-2: each a card of its
# own, the title and the opening text on none)
SUB_QUESTIONS_MAX = 3


STATED_QUESTION_WORDS = 80  # words at most of a page's stated question over its answer heading
# a heading that labels what follows as the answer, with a word after it ('## Answer guide', '## Suggested answer')
_ANSWER_HEAD = re.compile(r"^ {0,3}#{1,6}[ \t]+(?:\*\*|__)?(?i:(?:suggested|model|sample|short|expected)\s+)?(?i:answers?|solutions?|explanations?)\b")


# a list entry that is a link and at most a short label before it ('- Official documentation: [Istio overview](https://…)')
_LINK_ENTRY = re.compile(r"^\s{0,3}[-*+]\s+(?:[^\[\]()]{1,60}?:\s*)?\[[^\]]+\]\([^()\s]+\)\s*$")


def _asks_over_answer(body: list[str]) -> bool:
    """A page whose text opens (under its ``#`` title, if any) with a short paragraph right over a heading that labels
    the answer: that paragraph is its question, the page's title names its topic (``title: Explain the roles of the
    kubelet and the kube-proxy`` / ``What does each …?`` / ``## Answer guide``; ``title: How do you triage a p99 latency
    regression?`` / ``At 14:05 the p99 … How do you triage it?``; ``Walk through what … and name the race …``). Trial57
    T57-3: such pages were one note, their question, answer label and reading lists on the back, where the bank's
    other pages read as a card of their question; STATED_QUESTION_WORDS words at most."""
    k = next((j for j, line in enumerate(body) if line.strip()), len(body))
    title = next((j for j, line in enumerate(body) if re.match(r"^ {0,3}#[ \t]", line)), None)
    if title is not None and all(not line.strip() or re.match(r"^ {0,3}#{2,6}[ \t]", line) or _LINK_ENTRY.match(line) for line in body[:title]):
        k = title  # ('## What to learn next' and its links over the '#' title: a reading list first, no text; sitting 58)
    titled = k < len(body) and re.match(r"^ {0,3}#[ \t]", body[k]) is not None
    if titled:
        k = next((j for j in range(k + 1, len(body)) if body[j].strip()), len(body))
    said: list[str] = []
    while k < len(body) and body[k].strip() and not body[k].lstrip().startswith("#"):
        said.append(body[k].strip())
        k += 1
    k = next((j for j in range(k, len(body)) if body[j].strip()), len(body))
    # (or no paragraph: the '#' title, which asks, right over the answer heading, '# Why establish a baseline …?' /
    # '## Answer guide': read as the bank's other pages, the title the front, the answer guide the back; sitting 58)
    return (bool(said) or titled) and len(" ".join(said).split()) <= STATED_QUESTION_WORDS and k < len(body) and _ANSWER_HEAD.match(body[k]) is not None


def front_matter_card(doc: Document) -> Detection | None:
    """A Markdown page whose front matter names its question (``question: …``), or whose ``title:`` (with its
    ``subtitle:``) asks ('Are you familiar with styling SVG?', 'Describe `float`s and how they work.', '描述 `float`
    及其工作原理。') over a text that asks nothing, or asks a few sub-questions of it (one-question-per-file
    collections, trial9 T15, trial29 T29-2): one note, the body its answer."""
    from compiler.sources.note import front_matter_asked, front_matter_question

    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        return None
    if front_matter_question(doc.lines) is not None:
        return Detection("note", 1.0, "its front matter holds its question (question: …): one note, its text the answer")
    title = front_matter_asked(doc.lines)
    if not title or not (title.rstrip(" *_`").endswith(("?", "？")) or opens_asking(title)):
        return None
    body = doc.lines[(front_matter_end(doc.lines) or -1) + 1 :]
    if _asks_over_answer(body):
        return None  # ('title: Explain …' over '# Explain …' / 'What does …?' / '## Answer guide': the page's own question, T57-3)
    body = exercise_divs("\n".join(body)).split("\n") if "<div" in doc.text else body  # (its exercises' divs: T45-1)
    # (a list of bold labels, '- **Inheritance:** …', '1. **Наследование:**<br>…', is the answer's points, never
    # glossary cards: trial13 T13-8, the title lost)
    if markdown_questions(body, obsidian=False)[0] > SUB_QUESTIONS_MAX:
        return None  # (a page of questions under a title that asks: its questions are the cards)
    if _sectioned_article(body):
        return None  # (an article of many sections under a title that asks: a card per section, never one of 35 screens)
    from compiler.sources import detect_layout

    other = detect_layout(doc)
    numbered = other is not None and other.layout == "numbered" and not _numbered(_prose_lines(doc))[1]
    if other is not None and other.layout not in ("markdown", "note") and not numbered:
        return None  # (a freeCodeCamp lesson titled 'What Are SVGs?': its own reader reads its questions)
    return Detection("note", 1.0, "its front matter title asks (title: …) and its text asks nothing: one note, its text the answer")


ARTICLE_SECTIONS = 3  # sections with text under them that, past ARTICLE_WORDS, make a page an article, no one answer
ANSWER_FIRST_WORDS = 25  # words of text before its first heading in which a page answers its title itself
ARTICLE_WORDS = 1_000  # words (CJK characters at their rate, a code line as a few) of a page read whole: 8 phone screens


def _sectioned_article(body: list[str]) -> bool:
    """A page's text that is an article, no one answer: :data:`ARTICLE_SECTIONS` headings or more with text under them,
    and longer than :data:`ARTICLE_WORDS` (JavaGuide's 'Redis为什么用跳表实现有序集合', its sections '## 前言' … '### B+树 vs 跳表':
    one card of 35 screens, trial28 T28-24). Its headings are read as cards."""
    from compiler.render import CODE_LINE_WORDS, text_words

    headed, words, fenced = 0, 0, False
    lead = 0  # words before the first heading: the page's own answer to its title
    for n, line in enumerate(body):
        if _FENCE.match(line):
            fenced = not fenced
            words += CODE_LINE_WORDS
            continue
        if fenced:
            words += CODE_LINE_WORDS
        elif _ATX.match(line):
            k = next((k for k in range(n + 1, len(body)) if body[k].strip()), None)
            headed += k is not None and not _ATX.match(body[k])
        else:
            words += text_words(line)
            lead += 0 if headed else text_words(line)
    # (a page that answers its title first, then elaborates under headings, is that answer: front-end-interview-handbook's
    # 'What does `* { box-sizing: border-box; }` do?' opened with the answer, and its 11 sections became cards without
    # the question, trial29 T29-61)
    return headed >= ARTICLE_SECTIONS and words > ARTICLE_WORDS and lead < ANSWER_FIRST_WORDS


_NUMBERED_TASK_LINE = re.compile(r"^ {0,3}\d{1,3}[.)][ \t]+\S")
_FENCE_OPEN = re.compile(r"^\s*(```|~~~)")
CODE_TASKS_MIN = 2  # numbered entries, each over its own code block, that make a page a sheet of tasks, not one note


def numbered_code_tasks(lines: list[str]) -> int:
    """How many numbered entries (``1. Create a vector of the numbers 1 to 10.``) stand right over a code block of their
    own, a blank line between at most (a Quarto or R Markdown exercise sheet's solution chunks): each a task answered by
    its code. 0 when an entry has no code under it but the last, or the entries do not count on from 1."""
    numbers, found, k = [], 0, 0
    fenced = list(in_fence(lines))
    for k, line in enumerate(lines):
        if fenced[k] or not _NUMBERED_TASK_LINE.match(line):
            continue
        numbers.append(int(re.match(r"\s*(\d+)", line).group(1)))  # type: ignore[union-attr]
        below = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)
        found += below is not None and _FENCE_OPEN.match(lines[below]) is not None
    if numbers != list(range(1, len(numbers) + 1)) or found < len(numbers) - 1:
        return 0
    return found


def note_shaped(doc: Document) -> bool:
    """A Markdown page with no heading and no question: the shape of one note, its file's name the front, however
    its text runs on (bold-labelled paragraphs, a code block): what a folder of such pages is made of (T33-1)."""
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES) or _headed(doc):
        return False
    # ('- **Mounting**: …' entries under its opening paragraphs are the answer's parts, never questions it asks)
    terms, glossary = definition_terms(doc.lines), term_entries(doc.lines)
    return markdown_questions(doc.lines)[0] <= (terms if terms >= 2 else 0) + (glossary if glossary >= 2 else 0)


def _headed(doc: Document) -> bool:
    """Whether the page has a heading (a field's label heading, '#### **参考答案**：', is none: trial25)."""
    return any(_ATX.match(line) and not label_only_heading(line) for line in _prose_lines(doc))


def note_page(doc: Document) -> Detection | None:
    """One note per file (an Obsidian vault, a Zettelkasten): a file with no heading and no question whose
    name names one idea (``Momentum.md``) is one card, its name the front and its text the back.

    Only when nothing else fits; the warning says so and its table has ``layout = "note"``.
    """
    from compiler.sources.note import note_front

    # (a TiddlyWiki's tiddler is such a note too, its header the front matter, as a '.tid' or saved as text: T31-9)
    tiddler = doc.rel.lower().endswith(".tid") or (doc.converted and doc.lines[:1] == ["---"])
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES) and not tiddler:
        return None  # vaults and page exports are Markdown; a text file says layout = "note" to be read so
    if _headed(doc) or markdown_questions(doc.lines)[0] or hiding_fence(doc.lines):
        return None  # (a file that is mostly one code block gets the error that names the fence)
    from compiler.sources.note import card_split

    if card_split(doc.lines) is not None:  # 'What does DNA stand for?' / '---' / 'Deoxyribonucleic acid' (P116)
        return Detection("note", 0.5, "one card: its front, a rule ('---'), its back")
    front = note_front(doc.rel)
    words = front.split()
    if not words or len(words) > NOTE_WORDS or len(front) > 100 or front.lower() in _NOT_A_TERM:
        return None
    start = (front_matter_end(doc.lines) or -1) + 1
    if not any(line.strip() and not line.lstrip().startswith("#") for line in doc.lines[start:]):
        return None  # nothing but tags: no back for the card
    why = "it has no heading and asks no question: one note, its file name the front and its text the back"
    return Detection("note", 0.5, why)


def _inside_fence(doc: Document, threshold: float) -> Detection | None:
    """A Markdown file whose items all sit inside one code fence (the author fenced the whole page):
    a preset that fits its lines as plain text, read with ``format = "text"``."""
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        return None
    fence = hiding_fence(doc.lines)
    if fence is None:
        return None
    found = [d for d in _score_presets(doc, unfenced(doc.lines)) if d.score >= threshold]
    if not found:
        return None
    best = max(found, key=lambda d: d.score)
    why = f"{best.why}, inside the code fence of lines {fence[0]}-{fence[1]}, read as plain text"
    return Detection(best.layout, best.score, why, {"format": "text"}, ('format = "text"',), fence)


def _why(name: str, doc: Document) -> str:
    if name == "markdown":
        count, _ = markdown_questions(doc.lines)
        return f"{count} questions as headings or bold lines ending in '?'"
    return f"its text fits the layout {name!r} best (docs/layouts.md describes it)"


_DOTTED = re.compile(r"^([ \t]{0,3})(\d{1,3}(?:\.\d{1,3})+)[ \t]+(\S.*)$")


def _suggest_dotted(lines: list[str]) -> list[str] | None:
    """Hierarchically numbered questions (``  1.1 What is curl?``), maybe after a table of contents
    that repeats them: the pattern, with ``start`` at the line that ends the table."""
    found = [(i, m.group(3).strip()) for i, line in enumerate(lines) if (m := _DOTTED.match(line))]
    if len(found) < 3:
        return None
    out = ["[source.pattern]"]
    first = found[0][1]
    again = next((i for i, text in found[1:] if text == first), None)
    if again is not None:
        rule = next(
            (
                lines[j].strip()
                for j in range(again - 1, found[0][0], -1)
                if len(lines[j].strip()) >= 3 and len(set(lines[j].strip())) == 1 and lines[j].strip()[0] in "=-*#~_"
            ),
            "",
        )
        if rule:
            out.append(f"start = '^{re.escape(rule[0])}{{3,}}$'    # the line that ends the table of contents")
        else:
            out.append("# the questions are listed twice (a table of contents?): set start = '…' to the line after it")
    out += [
        r"item = '^\s{0,3}(?P<number>\d+(?:\.\d+)+)\s+(?P<question>\S.*)$'",
        r"section = '^\s?(?P<section>\d+\.\s+\S.*)$'",
        "sequence = true",
    ]
    return out


_TAGGED = re.compile(r"^\s*[-*+]\s+\S.*?\s#(?P<tag>card|cards|flashcards?)\b\S*\s*$", re.I)
_ROW = re.compile(r"^\s*\|(?:\s*\d{1,4}\.?\s*\|)?[^|]+\|[^|]+\|\s*$")  # '| Q | A |', '| 3 | Q | A |' (a number column)
_NUMBER_ROW = re.compile(r"^\s*\|\s*\d{1,4}\.?\s*\|[^|]+\|[^|]+\|\s*$")
_RULE_ROW = re.compile(r"^\s*\|\s*:?-{3,}")


_CUE = re.compile(r"^[-*+][ \t]+\S.*[:：][ \t]*$")  # '- Create an archive and write it to a file:'
_CODE_LINE = re.compile(r"^[ \t]{0,3}`[^`\s].*`[ \t]*$")  # '`tar cf {{target.tar}} {{file}}`'


def _cues(lines: list[str]) -> int:
    """Bullets ending in ':' whose next line with text is one line of inline code: a command cheat sheet
    (tldr pages: '- Extract an archive:', blank, '`tar xf {{file}}`')."""
    count = 0
    for i, line in enumerate(lines):
        if _CUE.match(line):
            nxt = next((x for x in lines[i + 1 : i + 3] if x.strip()), "")
            count += bool(_CODE_LINE.match(nxt))
    return count


def _property(line: str) -> bool:
    """A block property under an outline entry ('  card-repeats:: 2', 'card-ease-factor:: 2.5'), not a card."""
    m = PROPERTY.match(line)
    return m is not None and (line[:1].isspace() or "-" in line[: m.end()])


def _properties(lines: list[str]) -> bool:
    """Whether the outline carries block properties ('card-repeats:: 2', Logseq's review state)."""
    return any(_property(line) for line in lines)


# a line that sets a wrong statement right: '- ❌ Heavier objects fall faster. ✅ Without air resistance, …' (also ✗ /
# ✘ / ❎ / 🚫 / ⛔ before, ✓ / ✔ / ☑ after): a misconceptions or mistakes list, a card per line (sitting 56: one card of
# the page's title)
_VERDICT_ITEM = (
    "^\\s*(?:[-*+•]\\s+|\\d{1,3}[.)]\\s+)?(?P<question>(?:❌|✗|✘|❎|🚫|⛔)\\ufe0f?\\s*\\S.*?)\\s+"
    "(?:✅|✔\\ufe0f?|✓|☑\\ufe0f?)\\s*(?P<answer>\\S.*)$"
)
_VERDICT = re.compile(_VERDICT_ITEM)
VERDICT_MIN = 3  # such lines that make a page of them (a guessed pattern reads three items at least)


def verdict_pairs(lines: list[str]) -> int:
    """How many lines set a wrong statement right (``❌ … ✅ …``), when they are at least VERDICT_MIN and nine in ten
    of the page's list entries; else 0."""
    found = sum(1 for line in lines if _VERDICT.match(line))
    entries = sum(1 for line in lines if re.match(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S", line))
    return found if found >= VERDICT_MIN and 10 * found >= 9 * max(entries, 1) else 0


# a table cell that is one Markdown link to a page of the site (a relative address) and nothing else
_LINK_CELL = re.compile(r"\[[^\]]+\]\((?![a-zA-Z][a-zA-Z0-9+.-]*:|//|www\.)[^)\s]+\)")


def _suggest_shapes(lines: list[str]) -> list[str] | None:
    """Shapes of note-taking tools: outline bullets tagged ``#card`` (Logseq, RemNote) with the answer as
    bullets under them, a command cheat sheet (tldr pages), and a two-column table of questions and answers."""
    if _cues(lines) >= 3:
        return [
            "[source.pattern]",
            "# a command cheat sheet (tldr pages): each '- description:' bullet asks, the command under it answers;",
            "# the page title ('# tar') is the section, so a card says which command it is about",
            # (a bullet typed without its space, '-Comprime usando …:', is one of them: trial27 T27-14)
            "item = '^[-*+](?:\\s+|(?=[^\\W\\d_]))(?P<question>\\S.*?)\\s*[:：]?\\s*$'",
            "section = '^#\\s+(?P<section>.+)$'",
            'page_title = "section"',
            "skip = ['^>']    # the page's '> description' lines under its title: no card",
        ]
    tags = Counter(m.group("tag") for line in lines if (m := _TAGGED.match(line)))
    if tags and tags.most_common(1)[0][1] >= 2:
        tag = re.escape(tags.most_common(1)[0][0])
        return [
            "[source.pattern]",
            "# outline bullets tagged as cards; their nested bullets are the answer",
            f"item = '^\\s*[-*+]\\s+(?P<question>.+?)\\s+#{tag}\\b\\S*\\s*$'",
            "section = '^[-*+]\\s+(?P<section>[^#]+?)\\s*$'",
            *(["skip = ['^\\s*[a-z][a-z0-9_-]*::\\s']    # block properties ('card-repeats:: 2'): metadata"] if _properties(lines) else []),
        ]
    arrows = sum(1 for line in lines if _REMNOTE.match(line))
    if arrows >= 2:
        return [
            "[source.pattern]",
            "# RemNote cards in an outline: 'Front >> Back' (also '::', ';;', '<<', '<>'); a bullet without one names a section",
            "item = '^\\s*[-*+]\\s+(?P<question>.+?)\\s+(?:>>|::|;;|<<|<>)\\s+(?P<answer>\\S.*)$'",
            "section = '^[-*+]\\s+(?P<section>(?:(?!>>|::|;;|<<|<>).)+?)\\s*$'",
        ]
    rows = sum(1 for line in lines if _ROW.match(line))
    numbered = sum(1 for line in lines if _NUMBER_ROW.match(line))
    firsts = [line.strip().strip("|").split("|")[0].strip().lower() for line in lines if _ROW.match(line) and not _RULE_ROW.match(line)]
    if sum(1 for line in lines if _RULE_ROW.match(line)) >= 2 or len(set(firsts)) < 0.8 * len(firsts) or (
        len(firsts) > 1 and all(_LINK_CELL.fullmatch(c) for c in firsts[1:])
    ):  # (or a first column of links to other pages, '| [Array](./array.md) | High |': a table of contents, sitting 60)
        # several tables under headings (a verb's conjugation each: 'yo' / 'tú' in every one), or row labels
        # that repeat: no one table of questions (its other headers and rules would be cards, its rows
        # would lose their headings: learner3 N21); the page is read by its headings
        rows = 0
    if rows >= 4 and any(_RULE_ROW.match(line) for line in lines) and numbered * 2 > rows:
        return [
            "[source.pattern]",
            "# a table of numbered questions and answers ('| # | Question | Answer |'): one row per item, after the header row",
            "start = '^\\s*\\|\\s*:?-{3,}'",
            "item = '^\\s*\\|\\s*(?P<number>\\d+)\\.?\\s*\\|\\s*(?P<question>(?:\\\\\\||[^|])+?)\\s*\\|\\s*(?P<answer>(?:\\\\\\||[^|])*?)\\s*\\|\\s*$'",
            "section = '^(?P<depth>#{1,6})\\s+(?P<section>.+)$'",
        ]
    if rows >= 4 and any(_RULE_ROW.match(line) for line in lines) and not key_column_numbers([c for c in firsts if c][1:]):
        # (a first column of question numbers, '| 1 | b |' … '| Bonus | 1/4 |', is an answer key's: no question in it, T48-16)
        return [
            "[source.pattern]",
            "# a table of questions and answers: one row per item, after the header row",
            "start = '^\\s*\\|\\s*:?-{3,}'",
            # (a '\\|' in a cell is a '|' of its text, as GitHub's tables write one: trial23 T23-18)
            "item = '^\\s*\\|\\s*(?P<question>(?:\\\\\\||[^|])+?)\\s*\\|\\s*(?P<answer>(?:\\\\\\||[^|])*?)\\s*\\|\\s*$'",
            # (a Cornell page's summary under its cue | notes table is no part of the last row's answer: G24)
            "stop = ['^\\s*[^|\\s#]']    # text after the table (a summary) is not the last row's answer",
            "section = '^(?P<depth>#{1,6})\\s+(?P<section>.+)$'",
        ]
    return None


def suggest_pattern(doc: Document) -> list[str]:
    """``[source.pattern]`` lines that would read this document, from how its lines start (never its front matter:
    a page whose records are YAML keys there, 'options:' / 'correct:', got them guessed as items, learner4 N51)."""
    lines = _prose_lines(doc)
    matter = front_matter_end(lines)
    lines = lines if matter is None else [*[""] * (matter + 1), *lines[matter + 1 :]]
    if matter is not None and not any(line.strip() for line in lines):
        return [
            "[source.pattern]",
            f"# lines 1-{matter + 1} are its front matter (metadata between '---' lines) and nothing follows them, so no",
            "# pattern can be guessed; questions kept there as records ('- question: …' / 'answer: …') are read as a",
            "# question bank (docs/layouts.md, 'Question banks as data'); a page of metadata only is no study document",
        ]
    verdicts = verdict_pairs(lines)
    if verdicts:  # (numbered or not: '1. ✗ Ich habe 20 Jahre. ✓ Ich bin 20 Jahre alt.')
        return [
            "[source.pattern]",
            f"# {verdicts} lines each set a wrong statement right ('❌ Heavier objects fall faster. ✅ …'): the wrong",
            "# one asks, its mark kept on the front; the right one answers",
            f"item = '{_VERDICT_ITEM}'",
            "section = '^(?P<depth>#{1,6})\\s+(?P<section>.+)$'",
        ]
    dotted = _suggest_dotted(lines)
    if dotted is not None:
        return dotted
    shaped = _suggest_shapes(lines)
    if shaped is not None:
        return shaped
    options = _option_runs(lines)
    pooled = _keyed_ids(lines, options)
    if pooled is not None:
        return pooled
    labelled = _problem_labels(lines) if not options else None
    if labelled is not None:  # 'Problem 1' / the statement / 'Solution:' … (trial15 T15-39: solution steps were guessed)
        return labelled
    lettered = _lettered_items(lines, options)
    if lettered is not None:  # 'A. Define osmosis.' / its answer / 'B. Define diffusion.' / … (trial25 T25-56)
        return lettered
    sigs: list[tuple[int, Signature]] = []
    for i, line in enumerate(lines):
        if i in options:
            continue  # 'A. Joule' / 'B) Newton' are options, never an item or answer label
        m = _SIGNATURE.match(line)
        if m is None:
            continue
        lead, close = m.group("lead") or "", m.group("close") or ""
        if close and not lead.startswith(("*", "_")):
            continue
        if not m.group("punct") and not (lead.startswith("#") and m.group("number")):
            continue  # 'Q:', 'Question 3.', '**Answer:**', or a numbered heading '### Question 3'
        if len(m.group("word")) == 1 and m.group("punct") == "." and _ABBREVIATION.match(line[m.end() :]):
            continue  # 'S. aureus', 'E. coli', 'H. influenzae': an abbreviated name, never a label (learner3 N9)
        sigs.append((i, (lead.strip(), m.group("word"), m.group("number") is not None, m.group("punct") or "", close)))
    sigs = sorted([*sigs, *((i, ("", m.group("mark"), False, "", "")) for i, line in enumerate(lines) if (m := _MARK_SIGNATURE.match(line)))])
    stem = _quiz_stem(lines, sigs, options)
    if stem is not None:
        return [
            "[source.pattern]",
            "# a quiz: each question is followed by its options; an answer line or an answer key marks the right one",
            f"item = '{_regex(stem, 'question')}'",
            *_type_skip(lines, re.compile(_regex(stem, "question"))),
        ]
    if _spaced_stems(lines, options):
        return [
            "[source.pattern]",
            "# a quiz whose questions are numbered with a space only ('1 Which …?', as exam papers print them), each over its options",
            f"item = '{SPACED_ITEM}'",
            'question_end = "auto"',
            *_type_skip(lines, re.compile(SPACED_ITEM)),
            *_heading_sections(lines),
        ]
    if _numbered_stems(lines, options):
        return [
            "[source.pattern]",
            "# a quiz: each numbered question is followed by its options; its numbers skip (an excerpt?)",
            f"item = '{PRESETS['numbered'].item}'",
            'question_end = "auto"',
            "sequence = false",
            *_type_skip(lines, re.compile(PRESETS["numbered"].item or "")),
        ]
    counts = Counter(sig for _, sig in sigs)
    # a shape every line of which names the right option ('Correct answer: B') answers, it never asks; so does
    # one labelled as an answer ('Answer: 443', 'Antwort: …', '答案：…'), never the start of an item (learner2 M29)
    answering = {
        sig
        for sig in counts
        if all(is_answer_line(lines[i]) or has_answer_label(lines[i]) or _SOLUTION_LABEL.match(lines[i]) for i, s in sigs if s == sig)
    }  # ('Solution: …' / 'Proof.' lines answer the task above them: trial18 T18-49, guessed as the items)
    labelled = _answers_after_numbers(lines, [i for i, s in sigs if s in answering and counts[s] >= 3])
    if labelled is not None:  # '1. The default port of HTTPS is ______.' / '   Answer: 443': numbered, its answer labelled
        return [
            "[source.pattern]",
            "# numbered items, each followed by its answer line",
            f"item = '{PRESETS['numbered'].item}'",
            f"answer = '{_regex(labelled, 'answer')}'",
        ]
    # a heading over deeper headings ('## Aufgabe 4: …' over '### a) Authentifizierung' / '### b) …': an exercise in
    # parts) is a section, never an item: its parts would be glued onto one back; nor is a sub-part's heading an answer
    # label unless it says so ('### Answer'): trial14 T14-3, '### a)' was guessed as the answer marker
    parted = {sig for sig in counts if sig[0].startswith("#") and _heads_parts(lines, [i for i, s in sigs if s == sig], len(sig[0]))}
    asking = {sig for sig in counts if all(has_question_label(lines[i]) for i, s in sigs if s == sig)}

    def least(a: Signature, b: Signature) -> int:
        """Repeats a shape pair needs: two when they are a question label and an answer label deckc knows in the
        page's language ('Ερώτηση 1:' / 'Απάντηση:', a student's first two cards: trial28 T28-17), every question
        answered so (a third answered under another label, '【解答】', leaves the page to other readings), else three;
        so do a short pair a language writes its questions and answers in ('Q :' / 'R :', trial31 T31-66)."""
        known = (a in asking and b in answering) or (a[1].casefold(), b[1].casefold()) in KNOWN_LABEL_PAIRS
        return KNOWN_PAIRS_MIN if known and counts[a] == counts[b] else 3

    follows: Counter[tuple[Signature, Signature]] = Counter()
    pairing = [(i, sig) for i, sig in sigs if not _CARD_FIELD.match(lines[i])]  # (a card's 'Difficulty:' / 'Tags:' lines
    # between its question and answer labels: 'Q)' / 'Difficulty: easy' / 'A)' pair still, meta R4-13)
    for (_, a), (_, b) in itertools.pairwise(pairing):
        if a != b and min(counts[a], counts[b]) >= least(a, b) and a not in answering and a not in parted and (b in answering or not b[0].startswith("#")):
            follows[(a, b)] += 1
    if follows:
        (first, second), n = follows.most_common(1)[0]
        opens = {sig: i for i, sig in reversed(sigs)}  # each shape's first line
        if follows[(second, first)] * 5 >= n * 4 and opens[second] < opens[first]:
            # (each answer is followed by the next question about as often as each question by its answer: the
            # shape the file opens with asks; trial11 P15, where a dialogue inside one question tipped the count)
            first, second = second, first
        if n >= least(first, second):
            bare = _bare_letter_runs(lines)
            # a record's first field after its name, other fields under it ('Drug: …' / 'Class: …' / 'MOA: …'): the
            # back keeps its label as the others keep theirs (sitting 54: 'Class:' alone was dropped)
            after = [b for (_, a), (_, b) in itertools.pairwise(pairing) if a == second]
            fielded = second not in answering and least(first, second) >= 3 and after and 2 * sum(1 for b in after if b != first) >= len(after)
            return [
                "[source.pattern]",
                *([KNOWN_PAIRS_NOTE] if least(first, second) < 3 else []),
                # ('Myth: Eating carrots …' / 'Fact: …', 'Wrong: I am agree …' / 'Right: …': the front keeps the label that
                # says its statement is false, or a learner reads the myth as a fact; sitting 55)
                f"item = '{_labelled_regex(first, 'question') if _FALSE_LABEL.fullmatch(first[1]) and not first[2] else _regex(first, 'question')}'",
                f"answer = '{_labelled_regex(second) if fielded else _regex(second, 'answer')}'",
                *(
                    [f"skip = ['^[A-H] ']    # the {bare} runs of options written 'A …' / 'B …' (no '.' or ')'): the answer line names the right one"]
                    if bare >= 2
                    else []
                ),
            ]
    common = [sig for sig, n in counts.most_common(3) if n >= 3 and sig not in answering and sig not in parted]
    paired = [sig for sig, n in counts.most_common(3) if n >= KNOWN_PAIRS_MIN and sig in asking and all(_ANSWER_LABEL_ON_LINE.search(lines[i]) for i, s in sigs if s == sig)]
    if not common and paired:  # ('Q: …? A: Nairobi' / 'Q: … | A: Lima': a chatbot's two cards, each on its line; T33-27)
        return ["[source.pattern]", KNOWN_PAIRS_NOTE, f"item = '{_regex(paired[0], 'question')}'", 'question_end = "auto"']
    if common:
        kin = _kin_labels(lines, sigs, common[0], counts, answering | parted)
        if kin:  # ('Define: median' … and 'Formula: correlation coefficient' …, each opening its block: sitting 62 N62-9)
            labels = [common[0], *kin]
            return [
                "[source.pattern]",
                f"# items open with any of {len(labels)} labels ({', '.join(repr(sig[1] + sig[3]) for sig in labels)}), each over its answer",
                f"item = '{_regex_words(labels, 'question')}'",
                # (the line under a label is its answer, in lower case too: 'r = cov(X, Y) / …' was read as the rest of
                # its question, and the item had none)
                f"answer = '{_regex_words(labels, 'answer', negated=True)}'",
                'question_end = "auto"',
            ]
        return ["[source.pattern]", f"item = '{_regex(common[0], 'question')}'", 'question_end = "auto"']
    if not options and plain_questions(lines):  # 'What is …?' lines, each over its answer, no number or label (learner L37, text)
        return [
            "[source.pattern]",
            "# plain notes: a line that asks ('What is …?') over its answer, no number or label",
            "item = '^(?P<question>[^\\s#>|*-].*[?？؟])\\s*$'",
            "section = '^(?P<depth>#{1,6})\\s+(?P<section>.+)$'",
        ]
    single = one_heading_question(doc)
    if single is not None:
        return single
    said = _repeated_start(lines)
    run_on = run_on_line(lines)
    if run_on is not None:
        at, size = run_on
        said = [
            f"# line {at} holds {size:,} characters: its line breaks seem lost (a copy",
            "# from a PDF or a web page); put each question, each option and each key entry on a line of its own, then",
            "# build again (a pattern reads line by line: none can read it as it is)",
        ]
    return [
        "[source.pattern]",
        # (not 'no line start repeats': lines may repeat a start that marks no question, an example under each word)
        *(said or ["# no lines here repeat a start the way questions and answers do, so there is no pattern to guess:"]),
        "# write how an item starts, naming the question (?P<question>…), and where its answer starts",
        "# (docs/layouts.md), e.g.",
        r"# item = '^Q:\s*(?P<question>.*)$'",
        r"# answer = '^A:\s*(?P<answer>.*)$'",
    ]


_LETTERED_ITEM = re.compile(r"^[ \t]{0,3}(?P<letter>[A-Z])[.)][ \t]+\S")
LETTERED_MIN = 3  # items lettered A., B., C. … in order that make a page's items


def _lettered_items(lines: list[str], options: dict[int, int]) -> list[str] | None:
    """``[source.pattern]`` lines for items lettered ``A.``, ``B.``, ``C.`` … in order, each over a line of text that is
    no lettered line nor an option (``A. Define osmosis.`` / ``Osmosis is …``: a short-answer worksheet's questions,
    lettered as other pages number them; trial25 T25-56: each letter was a shape of its own, so none repeated: 'cannot
    tell'); None for any other page (a quiz's options are lettered lines one after another)."""
    at = [(k, m.group("letter")) for k, line in enumerate(lines) if k not in options and (m := _LETTERED_ITEM.match(line))]
    if len(at) < LETTERED_MIN or "".join(letter for _, letter in at) != "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[: len(at)]:
        return None
    for k, _ in at:
        below = next((line for line in lines[k + 1 :] if line.strip()), "")
        if not below or _LETTERED_ITEM.match(below) or option_line(below):
            return None
    return [
        "[source.pattern]",
        "# items lettered A., B., C. …, each over its answer",
        "item = '^\\s*(?P<number>[A-Z])[.)]\\s+(?P<question>.*)$'",
        'question_end = "line"',
    ]


# a task's label alone on its line ('Problem 3', 'Exercise 12.', 'Aufgabe 2:'), and the label that starts its solution
_PROBLEM_LABEL = re.compile(
    r"(?i)^\s*(?P<word>problem|exercise|question|task|exercice|aufgabe|übung|ejercicio|problema|pregunta|frage|esercizio"
    r"|zadanie|задача|упражнение|вопрос)\s*(?P<number>\d{1,3})\s*[.:)]?\s*$"
)
_SOLUTION_LABEL = re.compile(
    r"(?i)^\s*(?P<word>solution|proof|answer|lösung|lösungsweg|solución|respuesta|réponse|antwort|resposta|soluzione|risposta"
    r"|rozwiązanie|odpowiedź|решение|ответ|доказательство)\s*[:.]"
)
LABELS_MIN = 3  # numbered task labels alone on their lines, counting up, that make a page's items


def _problem_labels(lines: list[str]) -> list[str] | None:
    """A pattern for a page of tasks each under a label alone on its line, numbered up from 1 or 2 ('Problem 1' over
    the statement, 'Solution:' or 'Proof:' over the worked solution: an exam's solutions copied from a PDF), or None.
    Such labels are the items even when the solutions number their own steps ('Step 1:', again in every task:
    trial15 T15-39, where 7 problems were guessed as 9 cards of solution steps)."""
    found = [(k, m) for k, line in enumerate(lines) if (m := _PROBLEM_LABEL.match(line))]
    words = Counter(m.group("word").lower() for _, m in found)
    if not words:
        return None
    word, count = words.most_common(1)[0]
    at = [(k, int(m.group("number"))) for k, m in found if m.group("word").lower() == word]
    numbers = [n for _, n in at]
    if count < LABELS_MIN or numbers[0] > 2 or any(b <= a for a, b in itertools.pairwise(numbers)):  # (from 1, or 2: an excerpt)
        return None
    ends = [*(k for k, _ in at[1:]), len(lines)]
    if not all(any(line.strip() for line in lines[k + 1 : end]) for (k, _), end in zip(at, ends, strict=True)):
        return None  # (a label with nothing under it: a list of headings, no tasks)
    solved = [{m.group("word").lower() for line in lines[k + 1 : end] if (m := _SOLUTION_LABEL.match(line))} for (k, _), end in zip(at, ends, strict=True)]
    said = sorted(set().union(*solved))
    label = next(m.group("word") for _, m in found if m.group("word").lower() == word)
    out = [
        "[source.pattern]",
        f"# {count} tasks, each under its label alone on a line ('{label} 1', '{label} 2' …)",
        f"item = '^\\s*{re.escape(label)}\\s*(?P<number>\\d+)\\s*[.:)]?\\s*$'",
    ]
    if 2 * sum(1 for s in solved if s) >= len(solved):  # most tasks label their solution: the answer starts there
        alternatives = "|".join(w.capitalize() if w.isascii() else w for w in said)
        return [*out, f"answer = '^\\s*(?i:{alternatives})\\s*[:.]\\s*(?P<answer>.*)$'"]
    return [*out, 'question_end = "auto"']


def _heads_parts(lines: list[str], at: list[int], depth: int) -> bool:
    """Whether most of the headings at ``at`` (of ``depth`` marks) are each over deeper headings before the next one:
    an exercise in parts ('### a) …', '### b) …'), whose parts are the questions."""
    ends = [*at[1:], len(lines)]
    parted = sum(
        1 for a, b in zip(at, ends, strict=True) if any((h := _ATX_DEPTH.match(line)) and len(h.group(1)) > depth for line in lines[a + 1 : b])
    )
    return 2 * parted > len(at)


_ATX_DEPTH = re.compile(r"^\s{0,3}(#{1,6})\s+\S")


# a line led by a mark that is no Markdown structure, maybe glued to a letter or two: '#Q …' / '^ …' (OpenTriviaQA's
# question and right answer: trial11 P15), '@ …', '% …', '>> …'; not '# ' (a heading), '- ' / '* ' / '+ ' (bullets),
# '> ' (a quote) nor '$ ' (a shell prompt)
_MARK_SIGNATURE = re.compile(r"^(?P<mark>#[A-Za-z]{1,3}|[\^@%&;]{1,2}[A-Za-z]{0,3}|>>)[ \t]+\S")
_BARE_LETTER = re.compile(r"^(?P<letter>[A-H]) \S")  # 'A All of these': an option without '.' or ')'


def _bare_letter_runs(lines: list[str]) -> int:
    """Runs of two or more lines lettered in order without punctuation ('A No' / 'B Yes'): options of a quiz file."""
    runs = k = 0
    while k < len(lines):
        n = 0
        while k + n < len(lines) and (m := _BARE_LETTER.match(lines[k + n])) and m.group("letter") == "ABCDEFGH"[n]:
            n += 1
        runs += n >= 2
        k += max(n, 1)
    return runs


def _answers_after_numbers(lines: list[str], at: list[int]) -> Signature | None:
    """The answer lines' shape when most of them (three or more) come right after a numbered line (past blank
    lines): a numbered exercise list whose items need not end in '?' (fill-in-the-blank sheets)."""
    if len(at) < 3:
        return None
    after = 0
    for i in at:
        prev = next((lines[k] for k in range(i - 1, -1, -1) if lines[k].strip()), "")
        after += bool(re.match(PRESETS["numbered"].item, prev))
    if 2 * after < len(at) or after < 3:
        return None
    m = _SIGNATURE.match(lines[at[0]])
    assert m is not None
    lead, close = m.group("lead") or "", m.group("close") or ""
    return (lead.strip(), m.group("word"), m.group("number") is not None, m.group("punct") or "", close)


def one_heading_question(doc: Document) -> list[str] | None:
    """The [source.pattern] for a Markdown file that asks ONE question: its only heading at the top level
    (a file per question, ``### Create a function …`` then ``#### Answer``), the answer after an answer-label
    sub-heading if one follows. No shape repeats in such a file, yet the pattern is plain."""
    if not doc.rel.lower().endswith(MARKDOWN_SUFFIXES):
        return None
    heads = [(len(m.group(1)), line) for line in _prose_lines(doc) if (m := re.match(r"^\s{0,3}(#{1,6})\s+\S", line))]
    if not heads:
        return None
    top = min(level for level, _ in heads)
    if sum(1 for level, _ in heads if level == top) != 1 or heads[0][0] != top:
        return None
    marks = "#" * top
    label = next((line for level, line in heads if level > top and ANSWER_LABEL_HEADING.match(line)), None)
    if label is None and top == 1:
        return None  # '# Quiz' over the rest: a page title, not the question
    out = ["[source.pattern]", f"item = '^{marks}\\s+(?P<question>.+)$'    # the file asks one question: its only '{marks}' heading"]
    if label is not None:
        text = re.escape(label.strip().lstrip("#").strip()).replace("'", ".")
        out.append(f"answer = '^#{{{top + 1},6}}\\s+{text}\\s*$'    # its answer follows this sub-heading")
    return out


_START = re.compile(r"^[ \t]{0,3}(?P<mark>#{1,6}[ \t]|[-*+>•|][ \t]?|\d{1,4}[.)][ \t]|[^\W\d_][\w ]{0,15}?[:：][ \t])")


def _repeated_start(lines: list[str]) -> list[str]:
    """Comment lines naming the line start the file repeats most ('- ', '| ', 'Term: ') when it repeats at
    least 3 times, with the ``item`` it would be: said instead of "nothing repeats" when a shape does."""
    starts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for n, line in enumerate(lines, 1):
        m = _START.match(line)
        if m:
            mark = re.sub(r"\d+", "1", m.group("mark").strip()) or m.group("mark")
            starts[mark] += 1
            first.setdefault(mark, n)
    if not starts or starts.most_common(1)[0][1] < 3:
        return []
    mark, n = starts.most_common(1)[0]
    regex = re.sub(r"([.*+?|()\[\]{}^$\\])", r"\\\1", mark).replace("1", r"\d+").replace(" ", r"\s+")
    if _SOLUTION_LABEL.match(mark):  # ('Solution:' starts the answers: the items are what comes before each, T18-49)
        return [
            f"# its most repeated line start is '{mark}' ({n} lines, the first at line {first[mark]}): the answers'",
            "# label. Write how each question above them starts (its number or letter, its label) as item, e.g.",
            "# item = '^\\s*(?P<number>[a-z])[.)]\\s+(?P<question>.+)$'",
            f"# answer = '^\\s*{regex}\\s*(?P<answer>.*)$'",
            "# or, if every question is a heading or a numbered line, a named layout (layout = \"markdown\" / \"numbered\").",
        ]
    return [
        f"# its most repeated line start is '{mark}' ({n} lines, the first at line {first[mark]}), but deckc cannot",
        "# tell the question from the answer in them. If those lines are the questions:",
        f"# item = '^\\s*{regex}\\s*(?P<question>.+)$'",
        "# and the lines below each are its answer. Otherwise:",
    ]


KNOWN_PAIRS_MIN = 2  # a page's pairs of known question and answer labels before they are its shape
# a question's line that goes on with its answer's label, as lines.same_line_pairs writes it ('… | A: Lima', '…? A: …')
_ANSWER_LABEL_ON_LINE = re.compile(r"\S[ \t]++(?:[|/—–][ \t]++)?A:[ \t]++\S")
KNOWN_PAIRS_NOTE = "# the page's question and answer labels, in its language"  # (a guess of two items is then enough)
_ABBREVIATION = re.compile(r"\s*[a-z]")  # after a lone capital and '.': the rest of an abbreviated name
Signature = tuple[str, str, bool, str, str]  # (lead '###'/'**', word, numbered, punctuation, closing '**')


# a question's id line that names its right option, the question under it: 'T1A01 (C) [97.1]' (the NCVEC amateur-radio
# pools), '12 (B)', 'Q-3 (a) [p. 14]'
KEYED_ID = r"^\s*(?P<number>[A-Za-z]{0,4}[-.]?\d[A-Za-z\d]{0,6}(?:[-.]\d{1,4})?)\s*\((?P<answer>[A-Ha-h])\)(?:\s*\[[^\]\n]*\])?\s*$"
_KEYED_ID = re.compile(KEYED_ID)
KEYED_IDS_MIN = 2


RUN_ON_LINES = 3  # a file of this few lines …
RUN_ON_CHARS = 2000  # … one of them this long: its line breaks were lost


def run_on_line(lines: list[str]) -> tuple[int, int] | None:
    """``(line, characters)`` of the one long line a file of a few lines is (a paste whose line breaks were lost:
    trial15 T15-87, 15 questions, their options and the key on one line of 4,198 characters; 'no line start repeats'
    did not say so); None for a file of lines."""
    written = [line for line in lines if line.strip()]
    if not written or len(written) > RUN_ON_LINES:
        return None
    longest = max(written, key=len)
    return (lines.index(longest) + 1, len(longest)) if len(longest) >= RUN_ON_CHARS else None
_TYPE_LINE = re.compile(r"^[ \t]*(?P<kind>[A-Z]{2,4})[ \t]*$")  # a question's kind alone over it: 'MC', 'MA', 'SA', 'ES', 'TF'
_FIELD_LINE = re.compile(r"^[ \t]*[a-z]{2,12}:[ \t]+\S")  # 'image: figure.png' between the kind and the question


def _type_skip(lines: list[str], item: re.Pattern[str]) -> list[str]:
    """A ``skip`` for the kind lines a quiz tool writes over each question (qtiConverter's Canvas text: 'MC' / '1. …',
    'ES' / '1. …'; trial15 T15-79: each was read as the previous question's last answer line, an essay's answer 'MB'),
    when most items have one right above them (past a field line such as 'image: …'); none otherwise."""
    kinds: Counter[str] = Counter()
    items = 0
    for k, line in enumerate(lines):
        if not item.match(line):
            continue
        items += 1
        above = [j for j in range(k - 1, max(-1, k - 4), -1) if lines[j].strip()][:2]
        above = above[1:] if above and _FIELD_LINE.match(lines[above[0]]) else above
        m = _TYPE_LINE.match(lines[above[0]]) if above else None
        if m is not None:
            kinds[m.group("kind")] += 1
    if sum(kinds.values()) < KEYED_IDS_MIN or 2 * sum(kinds.values()) < items:
        return []
    return [f"skip = ['^\\s*(?:{'|'.join(sorted(kinds))})\\s*$']    # the kind of each question ('MC', 'SA' …) over it: no text"]


def _keyed_ids(lines: list[str], options: dict[int, int]) -> list[str] | None:
    """The guess for a question pool whose id lines name the right option (``T1A01 (C) [97.1]`` / the question /
    ``A. …`` … ``D. …``: trial15 T15-68, 'no line start repeats' was said of it): most runs of options have such a
    line right above their question. None otherwise."""
    runs = sorted(set(options.values()))
    keyed = 0
    for run in runs:
        above = [i for i in range(run - 1, max(-1, run - 1 - QUIZ_STEM_LINES), -1) if lines[i].strip()][:2]
        keyed += len(above) == 2 and bool(_KEYED_ID.match(lines[above[1]])) and not _KEYED_ID.match(lines[above[0]])
    if keyed < KEYED_IDS_MIN or keyed * 2 < len(runs):
        return None
    return [
        "[source.pattern]",
        "# a question pool: each question's id line names its right option ('T1A01 (C) [97.1]'), the question is on the",
        "# line under it, then its options",
        f"item = '{KEYED_ID}'",
    ]


def _option_runs(lines: list[str]) -> dict[int, int]:
    """Lines that are lettered options (``A. …`` then ``B. …``), by index: the index of their run's first line."""
    out: dict[int, int] = {}
    i = 0
    while i < len(lines):
        if not option_line(lines[i]) or (found := find_choices(lines[i : i + 3 * len(LETTERS)])) is None:
            i += 1
            continue
        if (inline := inline_options(lines[i])) is not None and not inline[0]:
            out[i] = i  # ('A. Hồ Chí Minh.   B. Hà Nội.   C. …': the run on its line; the next lines are no options, T25-53)
            i += 1
            continue
        start, left = i, len(found.options)
        while i < len(lines) and left:
            if lines[i].strip():
                out[i] = start
                left -= max(1, len(_GRID_LABELS.findall(lines[i].strip())))  # ('A) nucleus   B) ribosome': two a row)
            i += 1
    return out


# an option's label at a line's start or after a wide gap: a grid of options, two or more a row ('A) Zellkern   B) Ribosom'),
# counted as options so the run ends with its last row, never taking the next question's line (a paper of two questions
# gave no guess)
_GRID_LABELS = re.compile(r"(?:^|[ \t]{2,})\(?[A-Ha-h][.)][ \t]+\S")


# a question numbered with a space alone: '1 Which process …?', '**12** Which …' (Cambridge, Edexcel, AQA papers copied
# as text: trial31 T31-44), never '2023 was …' (three digits at most) nor '3 cm' (a letter must follow)
# (its question may open with '¿' or '¡', a Spanish one: '1 ¿Qué gas liberan las plantas?')
SPACED_ITEM = r"^\s{0,3}(?:\*\*|__)?(?P<number>\d{1,3})(?:\*\*|__)?[ \t]+(?P<question>(?:\*\*|__)?[¿¡]?[^\W\d_].*)$"
_SPACED_STEM = re.compile(SPACED_ITEM)


_SECTION_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")


def _heading_sections(lines: list[str]) -> list[str]:
    """The ``section`` line of a guessed pattern for a page whose parts stand under Markdown headings (a PDF's titles
    set large, '## Section B — Short answer', over questions numbered plainly): each heading names the questions under
    it, never text of the answer above it (trial35 T35-6: the guess was refused for 'heading inside the answer')."""
    if not any(_SECTION_HEADING.match(line) for line in lines):
        return []
    return ["section = '^(?P<depth>#{1,6})\\s+(?P<section>.+)$'"]


def _spaced_stems(lines: list[str], options: dict[int, int]) -> bool:
    """Whether the nearest line above most runs of options (at least two) is a question numbered with a space alone
    ('1 Which …?' over 'A) digestion' …), numbered up from one run to the next: an exam paper's text (T31-44)."""
    runs = sorted(set(options.values()))
    numbers: list[int] = []
    for run in runs:
        above = next((lines[i] for i in range(run - 1, max(-1, run - 1 - QUIZ_STEM_LINES), -1) if lines[i].strip()), "")
        m = _SPACED_STEM.match(above)
        if m is not None:
            numbers.append(int(m.group("number")))
    rising = all(a < b for a, b in itertools.pairwise(numbers))
    return len(numbers) >= 2 and len(numbers) * 2 >= len(runs) and rising


def _numbered_stems(lines: list[str], options: dict[int, int]) -> bool:
    """Whether the nearest line above most runs of options (at least two) is a numbered question ('16. Which …')."""
    runs = sorted(set(options.values()))
    item = re.compile(PRESETS["numbered"].item or "")
    numbered = 0
    for run in runs:
        above = next((lines[i] for i in range(run - 1, max(-1, run - 1 - QUIZ_STEM_LINES), -1) if lines[i].strip()), "")
        numbered += bool(item.match(above))
    return numbered >= 2 and numbered * 2 >= len(runs)


def _quiz_stem(lines: list[str], sigs: list[tuple[int, Signature]], options: dict[int, int]) -> Signature | None:
    """The line shape that starts the questions of a quiz: the shape of the nearest line above most runs
    of options (``**Question 3:** …`` / ``Problem 3.`` over ``A) …`` ``B) …``), if one shape does it twice."""
    runs = sorted(set(options.values()))
    if len(runs) < 2 or not sigs:
        return None
    ends = {start: i for i, start in options.items()}  # a run's start -> its last option line (the max wins)
    numbered = re.compile(PRESETS["numbered"].item or "")
    stems: Counter[Signature] = Counter()
    at, after = 0, -1  # after: the last option line of the previous run
    for run in runs:
        while at + 1 < len(sigs) and sigs[at + 1][0] < run:
            at += 1
        index, sig = sigs[at]
        # (a numbered question between that line and the options asks, not the line: the last item's 'Explanation:'
        # above '100. Which …?' is no stem, trial11 P3)
        asked = any(numbered.match(lines[k]) for k in range(index + 1, run)) if index < run else False
        if after < index < run and run - index <= QUIZ_STEM_LINES and not is_answer_line(lines[index]) and not asked:
            stems[sig] += 1
        after = ends[run]
    if not stems:
        return None
    sig, n = stems.most_common(1)[0]
    return sig if n >= 2 and n * 2 >= len(runs) else None


def _labelled_regex(sig: Signature, group: str = "answer") -> str:
    """An answer's (or a question's) pattern that keeps its label in its text ('Class: ACE inhibitor', 'Myth: …')."""
    regex = _regex(sig, group)
    head, _, _ = regex.partition(rf"\s*(?P<{group}>.*)$")
    return head.replace(r"^\s*", rf"^\s*(?P<{group}>", 1) + r".*)$"


# a label that says the statement after it is false ('Myth:', 'Wrong:', 'Misconception:', 'Mito:', 'Falsch:'): kept on
# the front it labels
_FALSE_LABEL = re.compile(
    r"(?i:myths?|misconceptions?|wrong|incorrect|mistakes?|errors?|false|fiction|don'?t|avoid|bad|not\s+this"
    r"|mitos?|falso|incorrecto|errores?|equivocado|faux|fausse|erreurs?|idées?\s+reçues?|falsch|irrtum|fehler|mythos"
    r"|sbagliato|errato|mito|errado|errada|неправильно|миф|ошибка|错误|誤り|오답)"
)


KIN_LABEL_MIN = 2  # lines a second label needs to open items beside the page's most common one


def _kin_labels(lines: list[str], sigs: list[tuple[int, Signature]], first: Signature, counts: Counter[Signature], apart: set[Signature]) -> list[Signature]:
    """Other labels of the most common one's shape (a word and the same mark, no number, no lead) that open items as it
    does: each of their lines, and each of its, opens a block (a blank line or the page's start above it) over a line
    of text that is no label ('Define: median' / 'The middle value …' and 'Formula: correlation coefficient' / 'r = …'
    on one revision sheet: only 'Define:' was guessed, and the formulas were joined onto the answer above, unsaid:
    sitting 62 N62-9). None unless the first label opens its blocks so too."""
    if first[0] or first[2] or not first[3]:
        return []
    at: dict[Signature, list[int]] = {}
    for i, sig in sigs:
        at.setdefault(sig, []).append(i)

    def opens(i: int) -> bool:
        below = lines[i + 1] if i + 1 < len(lines) else ""
        return (i == 0 or not lines[i - 1].strip()) and bool(below.strip()) and not any(j == i + 1 for j, _ in sigs)

    if not all(opens(i) for i in at.get(first, [])):
        return []
    return [
        sig
        for sig in counts
        if sig != first and sig not in apart and counts[sig] >= KIN_LABEL_MIN and sig[0] == "" and not sig[2]
        and sig[3] == first[3] and sig[4] == first[4] and all(opens(i) for i in at[sig])
    ]  # fmt: skip


def _regex_words(sigs: list[Signature], group: str, negated: bool = False) -> str:
    """:func:`_regex` for labels of one shape and several words: '^\\s*(?:Define|Formula)\\s*:\\s*(?P<question>.*)$';
    ``negated``: a line that opens with none of them, '^(?!\\s*(?:Define|Formula)\\s*:)\\s*(?P<answer>\\S.*)$'."""
    spelled = [re.escape(sig[1]).replace(r"\ ", r"\s+") for sig in sigs]
    words = "|".join(spelled)
    if negated:
        punct = sigs[0][3]
        mark = r"\s*[:：]" if punct in (":", "：") else rf"\s*{re.escape(punct)}"
        return rf"^(?!\s*(?:{words}){mark})\s*(?P<{group}>\S.*)$"
    return _regex(sigs[0], group).replace(r"^\s*" + spelled[0], rf"^\s*(?:{words})", 1)


def _regex(sig: Signature, group: str) -> str:
    lead, word, numbered, punct, close = sig
    number = r"\s*(?P<number>\d+)" if numbered and group == "question" else (r"\s*\d+" if numbered else "")
    word_re = re.escape(word).replace(r"\ ", r"\s+")
    lead_re = lead + r"\s+" if lead.startswith("#") else re.escape(lead)
    punct_re = (r"\s*[:：]" if punct == "：" else rf"\s*{re.escape(punct)}") if punct else ""
    return rf"^\s*{lead_re}{word_re}{number}{punct_re}{re.escape(close)}\s*(?P<{group}>.*)$"


# a key's entry: '1. B', '2) a, c', '3: True', '- 4. D'
_KEY_ONLY_ENTRY = re.compile(r"^\s{0,3}(?:[-*+]\s+)?(?:\*\*|__)?(?P<n>\d{1,3})(?:\*\*|__)?\s*[.):-]\s*(?:\*\*|__)?(?:[A-Ha-h](?:\s*,\s*[A-Ha-h]){0,4}|true|false|[TF])(?:\*\*|__)?\s*$", re.I)
KEY_ONLY_MIN = 2  # entries that make a file of a key heading and entries only an answer key
# a key file's title naming the key and what it answers, apart by a dash or a colon: 'SOLUCIONES – EXAMEN PARCIAL DE
# BIOLOGÍA', 'Lösungen: Klassenarbeit 3', 'Chemistry Quiz 5 – Answer Key' (trial31 T31-34: no key heading, no pairing)
_KEY_TITLE = re.compile(
    rf"^\s{{0,3}}(?:#{{1,6}}\s*+)?(?:\*\*|__)?(?:(?i:{KEY_WORDS})\s*+[-–—:：]\s*+[^\n]{{1,80}}"
    rf"|[^\n]{{1,80}}?\s[-–—:：]\s*+(?i:{KEY_WORDS})(?:\*\*|__)?\s*+$)"
)


def key_only(lines: list[str]) -> list[int]:
    """The question numbers of a file that is only an answer key — a key heading (``# Answer key``, ``## Đáp án``)
    over entries ``1. B`` / ``2. A`` and nothing else (trial16 T16-45: beside its exam, unlisted, it was a card
    ``Answer key`` / ``B A A``); empty for any other file."""
    text = [line for line in lines if line.strip() and not _RULE_LINE.match(line)]
    if not text or not (_KEY_LINE.match(text[0]) or _KEY_TITLE.match(text[0])):
        return []
    entries = [_KEY_ONLY_ENTRY.match(line) for line in text[1:]]
    if len(entries) < KEY_ONLY_MIN or not all(entries):
        return []
    return [int(m.group("n")) for m in entries if m is not None]
