"""Reader for Markdown notes written for deckc.

How it is read: the file is parsed with markdown-it-py (CommonMark plus
tables, ``$…$``/``$$…$$`` math via mdit-py-plugins and a small rule for
``\\( … \\)``/``\\[ … \\]``).  A question is a heading whose text ends with
``?`` (any level) or a paragraph that is only bold text ending with ``?``
(``**Why warm up?**``).  Its answer is every block after it up to the next
question or the next heading of the same or a higher level (a bold question
ends at any heading).  The other headings above a question form its section
path, outermost first.  A difficulty marker is a word or emoji right after
the ``?`` (or an emoji before the question): ``## What does AdamW change? ⭐️``;
it is looked up in the source's difficulty labels and removed from the
question, unknown emoji are errors, no marker means the default.  A trailing
``{#some-id}`` gives the question a stable explicit id; ids must be unique.
Fenced code becomes a code block (highlighted later); everything else is
rendered to HTML and sanitized with nh3 (a fixed allow-list; scripts,
styles, iframes, event handlers and ``javascript:`` links never survive).
Math is written out as ``\\( … \\)`` and ``\\[ … \\]``, the delimiters Anki's
MathJax understands, whichever delimiters the source used.  A question with
no answer is a warning and gives no card; text outside any question is a
warning too, except HTML comments and rules.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
import textwrap
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.token import Token

from compiler.config import SourceConfig
from compiler.diagnostics import OUTSIDE_QUESTION, Diagnostics, counted
from compiler.layouts import KEY_WORDS
from compiler.model import Block, BlockKind, Choice, Item, ItemKind, normalize_text
from compiler.pairscore import content_words
from compiler.passes.repair import complete_question
from compiler.render import WORDS_PER_SCREEN
from compiler.sources.ankifields import (
    ChoiceFields,
    bank_column_name,
    bank_columns,
    bank_right,
    lettered_choices,
)
from compiler.sources.base import ANSWER_ENDS, Document, make_item
from compiler.sources.blocks import continues
from compiler.sources.choices import (
    ANSWER_LINE_ANY,
    ASKS_SEVERAL,
    KEY_SECTION,
    LETTERS,
    Choices,
    asks_for_list,
    asks_to_pick,
    bullet_question,
    checked_in_place,
    code_options,
    completion_stem,
    explained_entries,
    find_choices,
    inline_options,
    instruction,
    is_answer_line,
    labelled_right,
    option_html,
    option_line,
    options_under_question,
    picture_text,
    repeated_instructions,
    report_choose_count,
    report_conflicts,
    report_key_against_line,
    report_unread_key,
    table_options,
    unread_key,
    wrapped_option_end,
)
from compiler.sources.cloze import cloze_fields, deletions, has_cloze
from compiler.sources.command_pairs import command_pairs
from compiler.sources.comment_cards import comment_cards
from compiler.sources.defined_bullets import DEFINED_SAID, defined_count, defined_list, field_labels
from compiler.sources.difficulty import Levels, Marked, guess, lookup, section_label, split_marker
from compiler.sources.directives import ANSWER_TITLE, directives, furniture_boxes
from compiler.sources.hints import HINT_ONLY, ONLY_A_HINT
from compiler.sources.item_meta import item_meta
from compiler.sources.item_starts import after_dash, glossary_lines, own_label
from compiler.sources.lines import (
    ANSWER_LABEL_HEADING,
    ANSWER_LABELS,
    ANSWER_WORDS,
    BOLD_LEAD_Q,
    BULLET,
    CHECK_LABELS,
    CHOICE_LABELS,
    CLOSERS,
    DEFINITION,
    FACT_ROWS_MIN,
    FENCE,
    FOLLOW_UP_LABEL,
    KNITR_SUFFIXES,
    LABELLED_ENTRY,
    LEVEL_COLUMNS,
    MARKDOWN_SUFFIXES,
    PARALLEL_COLUMNS,
    PROMPT_AFTER_ASK,
    PROPERTY,
    QUESTION_BULLET,
    QUESTION_LABEL_WORD,
    QUESTION_MARKS,
    QUESTION_WORDS,
    QUIZ_TAG,
    SUB_LABEL,
    TAGS_LINE,
    TAGS_ONLY,
    TERM_BULLET,
    TERM_DASH_BULLET,
    TITLE_LEAD,
    about_the_page,
    answer_line,
    answered_below,
    asking_prompt,
    asks_annotated,
    asks_in_code_only,
    asks_in_english,
    box_quiz,
    bracketed_answer,
    checkbox_stems,
    column_role,
    command_entry,
    commented_sections,
    compared,
    comparison_front,
    counted_pair,
    definition_terms,
    drop_short_label,
    ending_columns,
    example_aside,
    exercise_heading,
    exercise_instruction,
    fact_columns,
    glossed_by_question,
    has_answer_label,
    has_question_label,
    has_right_answer_label,
    in_fence,
    inline_answer_label,
    inline_card,
    join_continuation,
    judge_marked,
    judge_prompt_only,
    key_below,
    key_column_numbers,
    labelled_headings,
    language_column,
    leading_number,
    names_column,
    none_cell,
    number_label_prefix,
    numbered_questions,
    numbered_section,
    only_questions,
    opens_asking,
    opens_with_prompt,
    outline_cards,
    page_label_pair,
    plain_questions,
    points_at,
    problem_heading,
    prompt_term,
    reading_column,
    refers_back,
    row_numbers,
    script_asks,
    shaped_header,
    short_label,
    side_by_side,
    slug_words,
    squash,
    statement_lines,
    strip_answer_label,
    strip_number,
    strip_question_label,
    strip_right_answer_label,
    table_columns,
    task_lead,
    task_verb,
    term_entries,
    todo_heading,
    topic_line,
    unbold_label,
    undecorated_labels,
    unmark_operators,
)
from compiler.sources.listed_topics import listed_answers
from compiler.sources.markdown_blocks import (
    CONTENTS_HEADING,
    HINT_REASON,
    LOGISTICS_REASON,
    PIPE_CARDS_MIN,
    QUESTION_TYPES,
    REVEAL,
    ROAM_BLOCK_REF,
    TASK_REASON,
    TopBlock,
    abbreviations,
    alternating_cards,
    anchor_links,
    anchors_only,
    answer_divs,
    answer_slides,
    answer_toggle,
    answered_paragraphs,
    asked_in_passing,
    asking_title,
    asking_title_labels,
    asks_about_picture,
    asks_about_picture_below,
    back_link_lines,
    bold_blanks,
    bold_code_titles,
    bold_numbered_exercises,
    box_question,
    broken_rows,
    bullet_questions,
    callouts,
    cell_code,
    check_parsed,
    check_text,
    checked_copies,
    cjk_emphasis,
    close_toggles,
    closed_summaries,
    colon_options,
    component_blocks,
    content_tabs,
    copy_residue,
    deep_headings,
    docc_links,
    dollar_sigils,
    drop_answer_label,
    drop_paired_label,
    drop_question_label,
    ellipsis_headings,
    emoji_shortcodes,
    exam_marks,
    exercise_divs,
    exercise_openings,
    fill_in_blanks,
    flowchart_fences,
    footnote_definitions,
    front_matter_tags,
    furniture,
    gives_solution,
    glued_rules,
    heading_images,
    html_bold,
    html_headings,
    html_labelled_lines,
    html_lists,
    indented_options,
    key_boxes,
    kramdown_attributes,
    layout_divs,
    learning_objectives,
    line_blocks,
    link_table,
    linked_index,
    list_headings,
    listed_toggles,
    make_parser,
    markdown_in_html,
    math_fences,
    mdx_comments,
    multiline_summaries,
    navigation,
    obsidian_links,
    option_paragraphs,
    options_labels,
    outline_questions,
    page_lead,
    page_metadata,
    page_title,
    pair_titles,
    pandoc_attributes,
    pipe_cards,
    placeholder_links,
    plain_inline,
    question_fences,
    question_tables,
    quiz_feedback,
    quizdown_ends,
    quizdown_fences,
    quizdown_header,
    quoted_answers,
    quoted_headings,
    reading_list,
    render_blocks,
    repeated_answer_labels,
    reveal_label,
    rewrite_matching,
    sanitize,
    script_quizzes,
    semicolon_cards,
    slide_separators,
    spaced_pictures,
    spaced_rows,
    spacer_lines,
    split_admonitions,
    split_items,
    split_toggles,
    stem_bullets,
    strip_front_matter,
    summary_question,
    tab_tables,
    tag_line,
    tags_only,
    task_boxes,
    task_page,
    task_said,
    tight_toggles,
    toggle_cards,
    top_blocks,
    typed_blocks,
    unlearnable,
    unlearnable_said,
    verdict_boxes,
    verdict_toggles,
    wide_entries,
    wiki_link_lines,
    without_tags,
)
from compiler.sources.markua import markua_quizzes
from compiler.sources.named_lines import named_lines
from compiler.sources.paradigms import grid_cards, paradigm_grid
from compiler.sources.parts import PartLabels, field_label, part_alone, part_labels, part_named
from compiler.sources.sr_clozes import SR_CLOZE_MARKS, sr_deletions, sr_page
from compiler.sources.sub_tasks import opens_parts
from compiler.sources.subtopics import (
    SPLIT_WORDS,
    Topic,
    closing_summary,
    enumerator_heading,
    outline,
    reading_words,
    split_topics,
)
from compiler.sources.suggest import generic_title, topic_page
from compiler.sources.term_lists import bold_term_lists

__all__ = ["INDEX_PAGE", "MarkdownReader", "sanitize", "split_question"]


def _walk(topics: list[Topic]) -> Iterator[Topic]:
    """Every topic of a split answer, depth first."""
    for t in topics:
        yield t
        yield from _walk(t.topics)

# a line that only marks the next entry of a README ('✅ Q2', '#3', 'Question 4', '№ 5')
# (a label is needed: a bare '5' right above the next question is the answer of the one before)
_MARKER = re.compile(r"^[\W_]*(?:(?i:q|question|frage|вопрос|питання|pregunta)\s*|[#№]\s*)\d{1,4}[\W_]*$")


def _entry_marker(blocks: list[TopBlock], n: int) -> bool:
    """A one-line paragraph of a number label and emoji right above a heading (GitHub READMEs, trial7 G9)."""
    block = blocks[n]
    if block.type != "paragraph_open" or block.end - block.start != 1 or n + 1 >= len(blocks):
        return False
    return blocks[n + 1].type == "heading_open" and bool(_MARKER.match(plain_inline(block.tokens[1].children or [])))


def _defines_title(title: str, body: list[TopBlock]) -> bool:
    """The text under a page's title opens by naming its subject (``# Bloom Filter`` over 'A **bloom filter** is a
    space-efficient …', '# Linked List' over 'In computer science, a linked list is …'): the page's definition of what
    it is about, no introduction of the page ('These are my notes for the course.'). Every word of the title is in the
    first sentence of its first paragraph that is no furniture (navigation, 'Read this in other languages:' links).
    A title glossed in brackets is named by either part ('# Lista Encadeada (Linked List)' over 'uma **lista encadeada**
    é …'); a one-sentence abstract over the definition is passed over ('# Closures' / 'Group code that executes
    together, without creating a named function.' / '*Closures* are self-contained blocks …': DocC's pages, the Swift
    book; trial50 T50-3, the chapter's definition was in no card)."""
    bare = re.sub(r"\s*[(（][^()（）]*[)）]", " ", title).strip()
    glosses = re.findall(r"[(（]([^()（）]*)[)）]", title)
    names = [re.findall(r"[^\W_]+", t.casefold()) for t in dict.fromkeys([title, bare, *glosses])]
    names = [words for words in names if words]
    if not names:
        return False
    abstract = True  # (one abstract sentence may come first)
    for block in body:
        if block.type != "paragraph_open" or len(block.tokens) < 2 or furniture(block):
            continue
        said = squash(plain_inline(block.tokens[1].children or []))
        first = re.split(r"(?<=[.!?。！？])\s", said, maxsplit=1)[0].casefold()
        for words in names:
            found = [re.search(rf"(?<![^\W_]){re.escape(w[:-1] if len(w) > 3 and w.endswith('s') else w)}", first) for w in words]
            if not all(found):
                continue
            # the subject first, then what it is: 'a skip list is …', 'a deque (pronounced "deck") is …'; never 'These
            # are my notes …', its verb before the title's words
            at = min(m.start() for m in found if m is not None)
            # (or the sentence opens with it: 'A **Least Recently Used (LRU) Cache** organizes items …')
            if _DEFINES.search(first, at) is not None or len(re.sub(r"^[^,]{0,40},", "", first[:at]).split()) <= 1:
                return True
        if not (abstract and first == said.casefold() and len(said.split()) <= ABSTRACT_WORDS):
            return False
        abstract = False
    return False


ABSTRACT_WORDS = 15  # words at most of the one sentence that sums up a page under its title (DocC's abstract)


# the verb of a definition after its subject, in the languages deckc reads most
_DEFINES = re.compile(
    r"(?<![^\W_])(?:is|are|was|refers\s+to|means|denotes|describes|est|sont|ist|sind|bezeichnet|es|son|se\s+refiere|é|são|è|sono"
    r"|jest|to|это|является|называется|—)(?![^\W_])|是|は|とは|란|이란|는"
)


# a sub-heading that names where an answer came from ('###### Source' under each FAQGURU answer), in the languages
# deckc reads most
_ATTRIBUTION = re.compile(
    r"(?i)^(?:sources?|references?|credits?|citations?|bibliography|quellen?|literatur|fuentes?|referencias|fontes?"
    r"|références|источники?|ссылки|литература|джерело|출처|참고|참고 자료|来源|出处|參考|参考|参考资料|参考文献|出典)$"
)
_URL = re.compile(r"(?:https?://|www\.)\S+")


def _only_links(block: TopBlock) -> bool:
    """A block that holds links and addresses only, no words of its own (a list of source links)."""
    if block.type not in ("paragraph_open", "bullet_list_open", "ordered_list_open"):
        return False
    depth, said = 0, []
    for token in block.tokens:
        for c in token.children or []:
            depth += (c.type == "link_open") - (c.type == "link_close")
            if c.type in ("text", "code_inline") and not depth:
                said.append(c.content)
    return not re.search(r"[^\W\d_]", _URL.sub("", " ".join(said)))


def _without_attribution(answer: list[TopBlock]) -> list[TopBlock]:
    """``answer`` without the sub-heading that closes it naming where it came from (``###### Source`` / ``Sources`` /
    ``참고`` / ``来源``) when only links are under it, or nothing (its reading list left out): attribution, no part of
    what the card teaches (trial28 T28-56: 2,041 FAQGURU backs ended with an orphan 'Source' heading)."""
    at = next((k for k in range(len(answer) - 1, -1, -1) if answer[k].type == "heading_open"), None)
    if not at or len(answer[at].tokens) < 2:
        return answer
    name = squash(plain_inline(answer[at].tokens[1].children or [])).strip(" :：*_")
    if not _ATTRIBUTION.match(name) or not all(_only_links(b) for b in answer[at + 1 :]):
        return answer
    said = " ".join(plain_inline(t.children or []) for b in answer[:at] for t in b.tokens if t.type == "inline")
    if _POINTS_TO_LINK.search(said):
        return answer  # ('… so a link is attached instead' / '#### Reference' / the link: the answer IS the link, T31-35)
    return answer[:at]


# an answer that sends the learner to its links ('see the link below', '링크를 대신 첨부합니다', 'siehe Link'): they stay
_POINTS_TO_LINK = re.compile(
    r"(?i)\b(?:links?|url|see\s+below|enlaces?|liens?|ligações|collegamenti?|verweis)\b|ссылк|링크|リンク|链接|鏈接|連結"
)


def _holds_code(body: list[TopBlock]) -> bool:
    """A code block among ``body``'s blocks: an exercise's solution."""
    return any(b.type in ("fence", "code_block") for b in body)


_TODO_ENTRY = re.compile(r"^\s*\[[ xX]\]\s+\S")  # a to-do entry's box ('[ ]  Revise Punnett squares'), nothing asked
_TODO_SKIP = "a to-do entry (a task for the learner), no question"


def _bold_asks(block: TopBlock, source: SourceConfig) -> bool:
    """A paragraph that opens with a bold question, its answer after it (``**Comparing the same people twice?** Paired
    t-test.``)."""
    children = block.tokens[1].children or [] if block.type == "paragraph_open" and len(block.tokens) > 1 else []
    children = list(itertools.dropwhile(lambda t: t.type == "text" and not t.content.strip(), children))
    if not children or children[0].type != "strong_open":
        return False
    close = next((k for k, t in enumerate(children) if t.type == "strong_close"), None)
    return close is not None and split_question(squash(plain_inline(children[1:close])), source).asks


def _labelled_ask(block: TopBlock) -> bool:
    """A paragraph opening with a bold question label and its question (``**Exercise 1.** Find the mean …``): right under
    the page's title, the title's text is that question's, no card of the title's (sitting 51 N25: '# Statistics
    exercises' over such exercises was a question 'with no answer' at line 1)."""
    m = _BOLD_LABEL_LEAD.match(block.tokens[1].content.split("\n")[0]) if block.type == "paragraph_open" and len(block.tokens) > 1 else None
    return m is not None and _question_label(m.group("label")) is not None and bool(m.group("rest").strip())


def _topic_title(block: TopBlock) -> bool:
    """A heading a concept folder's generic page is named with ('# Comparisons: About', suggest.topic_heading): the
    topic's own page, the text under it the topic's overview card, a table of card rows in it cards of their own."""
    return block.type == "heading_open" and len(block.tokens) > 1 and topic_page(squash(plain_inline(block.tokens[1].children or [])))


_ANSWER_TOGGLE = re.compile(r"^\s*<details\b[^>]*>\s*<summary\b[^>]*>(?P<title>.*?)</summary>", re.I)


def _answered_toggles(body: list[TopBlock]) -> bool:
    """Whether ``body`` is questions each over its answer's toggle: a paragraph right before every answer toggle
    (``<details><summary>Solution</summary>``, as :func:`exercise_divs` writes a question's answer div), two toggles
    or more."""
    toggles = [
        k for k, b in enumerate(body)
        if b.type == "html_block" and (m := _ANSWER_TOGGLE.match(b.tokens[0].content)) is not None and ANSWER_TITLE.match(m.group("title"))
    ]  # fmt: skip
    return len(toggles) >= 2 and all(k > 0 and body[k - 1].type in ("paragraph_open", "bullet_list_open", "ordered_list_open") for k in toggles)


def _body(blocks: list[TopBlock], n: int) -> list[TopBlock]:
    """The blocks right under the heading at ``n``, up to the next heading."""
    body = []
    for block in blocks[n + 1 :]:
        if block.type == "heading_open":
            break
        body.append(block)
    return body


QUOTED_SHARE = 0.8  # a page's question headings answered in a quote right under them, at least this share of them


def _quoted_body(blocks: list[TopBlock], n: int) -> bool:
    """Whether the heading at ``n`` is answered in a block quote: its first block (past ``<br>`` spacers) is one."""
    body = [b for b in _body(blocks, n) if not furniture(b)]
    return bool(body) and body[0].type == "blockquote_open"


def _quoted_answers(blocks: list[TopBlock], asking: list[int]) -> bool:
    """Whether a page's question headings are answered in quotes (``#### Hash란?`` / ``> …``, a Korean interview
    list's shape): QUOTED_SHARE of them at least, and three or more."""
    quoted = sum(1 for n in asking if _quoted_body(blocks, n))
    return quoted >= 3 and quoted >= QUOTED_SHARE * len(asking)


STEP_HEADINGS_MIN = 2  # statement sub-headings under a heading asked by its line for them to be the steps of its answer


def _asked_by_line(blocks: list[TopBlock], runs: set[int], source: SourceConfig) -> dict[int, tuple[str, list[int]]]:
    """Statement headings whose only text is one paragraph that asks ('_What happens when we type a URL …?_') over two
    or more statement sub-headings ('### in the browser', '### in the web server'): {heading: (the question, its
    sub-headings)}. The line is the question, the sub-headings and their text its answer (trial22 T22-39: the heading
    was skipped as "the answer is only another question", each step a card asking nothing)."""
    out: dict[int, tuple[str, list[int]]] = {}
    for n in sorted(runs):
        head = blocks[n]
        if head.type != "heading_open" or n + 2 >= len(blocks) or blocks[n + 1].type != "paragraph_open":
            continue
        if blocks[n + 2].type != "heading_open" or blocks[n + 2].level <= head.level:
            continue
        line = squash(plain_inline(blocks[n + 1].tokens[1].children or [], code=True)) if len(blocks[n + 1].tokens) > 1 else ""
        if not line.rstrip(CLOSERS).endswith(QUESTION_MARKS) or not only_questions(line):
            continue
        steps = []
        for k in range(n + 2, len(blocks)):
            b = blocks[k]
            if b.type != "heading_open":
                continue
            if b.level <= head.level:
                break
            text = plain_inline(b.tokens[1].children or [], code=True) if len(b.tokens) > 1 else ""
            if split_question(text, source).asks:
                steps = []  # (questions of their own under it: its line is an introduction, no question)
                break
            steps.append(k)
        if len(steps) >= STEP_HEADINGS_MIN and any(k in runs for k in steps):
            out[n] = (line, steps)
    return out


def _contents(blocks: list[TopBlock], n: int) -> bool:
    """A heading over nothing but links to anchors of the page (and rules): a table of contents."""
    body = []
    for block in blocks[n + 1 :]:
        if block.type == "heading_open":
            break
        body.append(block)
    return any(anchor_links(b) for b in body) and all(anchor_links(b) or navigation(b) or b.boilerplate() or _marker_only(b) for b in body)


def contents_entries(blocks: list[TopBlock]) -> frozenset[str]:
    """The words of the entries of the page's tables of contents (links to its own anchors), as compared with a
    heading's: what its author lists as the page's entries."""
    found: set[str] = set()
    for block in blocks:
        if block.type == "table_open" or not anchor_links(block):
            continue
        for t in block.tokens:
            words: list[str] | None = None
            for c in t.children or []:
                if c.type == "link_open":
                    words = []
                elif c.type == "link_close" and words is not None:
                    found.add(normalize_text(" ".join(words)))
                    words = None
                elif words is not None and c.content:
                    words.append(c.content)
    return frozenset(found - {""})


FOLLOW_UP_SPAN = 12  # blocks a follow-up toggle inside a numbered list may take, '<details>' to '</details>'


def _toggle_end(blocks: list[TopBlock], at: int) -> int | None:
    """The index of the block that closes the ``<details>`` toggle opening at ``at`` (``at`` itself when it closes
    there), or None: no toggle whose summary asks opens there (an 'Answer' toggle answers, it asks no follow-up),
    or it does not close before a heading."""
    summary = summary_question(blocks[at]) if at < len(blocks) else None
    if summary is None or not summary[0].rstrip(CLOSERS).endswith(QUESTION_MARKS):
        return None
    for k in range(at, min(len(blocks), at + FOLLOW_UP_SPAN)):
        block = blocks[k]
        if k > at and block.type == "heading_open":
            return None
        if block.type == "html_block" and _CLOSE_DETAILS.search(block.tokens[0].content):
            return k
    return None


def _asks_last(block: TopBlock) -> bool:
    """Whether the last entry of a list asks (a question over its answer toggle, not a statement a toggle asks about)."""
    inline = [t for t in block.tokens if t.type == "inline"]
    return bool(inline) and inline[-1].content.rstrip().rstrip(CLOSERS).endswith(QUESTION_MARKS)


def _list_numbers(block: TopBlock) -> tuple[int, int]:
    """(first number, entries) of an ordered list block."""
    first = int(block.tokens[0].attrGet("start") or 1)
    depth, entries = 0, 0
    for t in block.tokens[1:-1]:
        if t.type == "list_item_open":
            entries += depth == 0
            depth += 1
        elif t.type == "list_item_close":
            depth -= 1
    return first, entries


def _follow_ups(blocks: list[TopBlock]) -> tuple[set[int], set[int]]:
    """Toggles inside a numbered list: each right under an entry ('1. TCP是面向连接的，UDP是无连接的；' then
    '<details><summary>什么叫无连接？</summary>' … '</details>' at the margin, which ends the list in Markdown), the
    list's numbering going on after it ('2. TCP是可靠的 …'). They ask about the entry above (learner2 M5: '什么意思？'
    alone on a card, and the list, the section's real content, in none): folded into the list, which is the answer
    of the heading over it. Returns (those headings, the toggles' blocks); nothing for a list no heading is over."""
    owners: set[int] = set()
    folded: set[int] = set()
    n = 0
    while n < len(blocks):
        if blocks[n].type != "ordered_list_open":
            n += 1
            continue
        pieces, toggles, k = [n], [], n
        while not _asks_last(blocks[k]) and (end := _toggle_end(blocks, k + 1)) is not None:
            after = end + 1
            first, entries = _list_numbers(blocks[k])
            goes_on = after < len(blocks) and blocks[after].type == "ordered_list_open" and _list_numbers(blocks[after])[0] == first + entries
            if goes_on or len(pieces) >= 2:  # (a follow-up of the list's last entry, after its last piece, too)
                toggles.append(range(k + 1, end + 1))
            if not goes_on:
                break
            pieces.append(after)
            k = after
        head = next((h for h in range(n - 1, -1, -1) if blocks[h].type == "heading_open" or summary_question(blocks[h])), None)
        if len(pieces) >= 2 and head is not None and blocks[head].type == "heading_open":
            owners.add(head)
            folded |= {b for r in toggles for b in r}
        n = k + 1
    return owners, folded


def _marker_only(block: TopBlock) -> bool:
    return block.type == "paragraph_open" and bool(_MARKER.match(plain_inline(block.tokens[1].children or [])))

_TAG_WORD = re.compile(r"#([^\s#,;]+)")
# task-list options: '- [ ] text' open, '- [x] text' ticked (a quiz page keys its questions by ticking);
# the reader sees them as '- ☐ text' / '- ☑ text' (markdown_blocks.task_boxes)
_BOX_OPEN = re.compile(r"^\s*[-*+]\s+(?:\[ \]|☐)\s+\S")
_BOX_TICKED = re.compile(r"^\s*[-*+]\s+(?:\[[xX×✓✔✅]\ufe0f?\]|☑)\s+\S")
_CLOSE_DETAILS = re.compile(r"</details\s*>", re.I)
_SUMMARY_END = re.compile(r"</summary\s*>", re.I)
_OPEN_DETAILS = re.compile(r"<details\b", re.I)
_RULE_LINE = re.compile(r"^\s*(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")  # a thematic break
_CLOSING_LINE = re.compile(r"^\s*(?:<!--\s*)?(?:</[a-z]+\s*>\s*)*</details\s*>\s*(?:-->)?\s*$", re.I)  # '</b></details>' on a line of its own


def _indent_columns(line: str) -> int:
    """The columns a line's indent takes, a tab reaching the next multiple of 4 (CommonMark's tab stops)."""
    return len(line[: len(line) - len(line.lstrip(" \t"))].expandtabs(4))


def _without_columns(line: str, n: int) -> str:
    """``line`` with ``n`` columns of its indent removed (a tab that reaches past them leaves the rest as spaces)."""
    col = k = 0
    while k < len(line) and col < n and line[k] in " \t":
        col = col + 1 if line[k] == " " else (col // 4 + 1) * 4
        k += 1
    return " " * (col - n) + line[k:] if col > n else line[k:]


def _ends_toggle(block: str) -> bool:
    """An HTML block that closes an answer toggle: ``</details>`` on its own, or the answer's last HTML right over it
    (``<table>`` … ``</table>`` / ``</details>``, no blank line between: one HTML block in Markdown), no other toggle in
    it. (trial57 T57-1: an iOS README's table right over one answer's ``</details>`` made its list of 33 toggled
    questions an ordinary list, every question in it lost.)"""
    text = block.strip()
    if _CLOSING_LINE.match(text):
        return True
    last = text.rsplit("\n", 1)[-1]
    return bool(_CLOSING_LINE.match(last)) and not _OPEN_DETAILS.search(text) and len(_CLOSE_DETAILS.findall(text)) == 1


def _closes_toggle(block: TopBlock, lines: list[str]) -> bool:
    """Whether a block (no HTML block, no code) ends with a line that only closes tags, ``</details>`` last: a
    toggle's end glued to its answer's paragraph or list (``* GitHub flow`` / ``</b></details>``)."""
    if block.type in ("html_block", "fence", "code_block") or block.end > len(lines):
        return False
    last = next((line for line in reversed(lines[block.start : block.end]) if line.strip()), "")
    return bool(_CLOSING_LINE.match(last))
# a paragraph's first line opening with a bold label, then text: '**Question 1.** An object holds …?' (learner3 N6)
_BOLD_LABEL_LEAD = re.compile(r"^\s{0,3}(\*\*|__)(?P<label>[^*_\n]{1,30}?)\1\s*(?P<rest>\S.*)$")
_NUMBER_MARK = re.compile(r"^([ \t]{0,3})\d{1,9}[.)](?=[ \t])")  # an ordered list entry's number
_LIST_MARK = re.compile(r"^(?:[-*+]|\d{1,9}[.)])\s+")  # a list entry's bullet or number
_STRAY_STOP = re.compile(r"([?？؟])[.。]$")
_TRAILING_TAGS = re.compile(r"(?:\s+#[A-Za-z][\w/-]*)+\s*$")  # '… do? #exam #cells'
# a note mark after the question mark ('How do you get help? ***': "answer incomplete"; '(*)', '†'): not
# part of the question, which still asks
# a star glued before a heading's words ('⭐️Redis 为什么这么快？', '## ⭐️Redis 基础'): the page's mark of what matters
# most, no text of a front or section (a difficulty label only where the source's labels name it: trial28 T28-22)
_STAR_MARK = re.compile(r"^(?:[⭐🌟★]\ufe0f?)+\s*(?=\S)")
_TRAILING_MARKS = re.compile(r"(?<=[?？؟.:：。])\s*(?:\*{1,3}|[†‡]+|\(\*{1,3}\)|\[\*{1,3}\])\s*$")
_TAG_MARKS = re.compile(r"[#`*_]")  # a tag cell's marks ('#shell', '`bash`'): not the tag's
_TAGS_TAIL = re.compile(r"(?<=\S)(?:[ \t]+#[A-Za-z][\w/-]*)+[ \t]*$")  # 'Term::meaning #biology #ch-2'
_ANSWER_TAGS = re.compile(r"(?:\s+#[A-Za-z][\w/-]*)+\s*(?=</p>\s*$)")  # '… membrane. #flashcards</p>'
_SCOPE = re.compile(r"^\s*[A-Za-z_][\w]*::[^:\s]")  # 'Container::Size …', 'Vec::new': a scope operator
# 'std::cout', 'Vec::new', 'a::b::c' mid-line: glued, a lower-case name (or another '::') after it ('gold::Au' is a card)
_GLUED_SCOPE = re.compile(r"(?<![\w:])[A-Za-z_]\w*::(?:[a-z_~]|[A-Za-z_]\w*::)")
# a page showing code in a language whose '::' is a scope (C++, Rust, PHP, Ruby, Perl)
_SCOPED_CODE = re.compile(r"^\s{0,3}(?:```|~~~)\s*\{?\.?(?:c\+\+|cpp|cxx|hpp|rust|rs|php|ruby|rb|perl)\b|\bstd::\w", re.I | re.M)
_BOLD_BULLET = re.compile(
    r"^(\s*)(?:[-*+]\s+(?:\*\*|__)(?P<q>[^*_]+?[?？؟])\s*(?:\*\*|__)\s*(?P<a>.*)"  # '- **What is latency?** The time …'
    r"|\d{1,3}[.)]\s+(?P<q2>\S.*[?？؟])\s*$)"  # '1. What is DNS?' and its answer on the next lines
)
# a list entry that states a topic, its answer the lines under it ('- 2 . Heap vs Stack'); not a task box
_STATED_BULLET = re.compile(r"^(?P<indent>[ \t]{0,3})[-*+][ \t]+(?!\[[ xX]\]|[*_]{2})(?P<q>[^?？؟\s][^?？؟]*?)[ \t]*$")
# a list entry whose first line is all bold ('- **What considerations does warranty address? Give examples.**',
# '- **What is Service Offering**'), its answer on the entry's next lines (trial12 U50: a 265-question bank)
_BOLD_ENTRY = re.compile(r"^(?P<indent>[ \t]{0,3})[-*+][ \t]+(\*\*|__)(?P<q>[^\s*_](?:(?!\2).)*?)\2(?P<mark>[?？؟]?)[ \t]*$")
_FORMATTING_TAGS = re.compile(r"</?(?:b|strong|em|i|u|mark)\s*>", re.I)  # '<b>…</b>' around an entry's words
_ANY_ENTRY = re.compile(r"^(?P<indent>[ \t]{0,3})(?:[-*+]|\d{1,9}[.)])[ \t]+(?P<q>\S.*)$")  # a list entry's line
TERM_WORDS = 8  # 'Access modifiers in Java: the keywords …': a term before its definition
_ANSWER_LABEL = re.compile(r"^(?:\*\*|__)?(?i:a|ans|answer)\s*[:.：](?:\*\*|__)?\s*")  # 'A: …' after '**Q: …?**'
# ('**1. What is a subnet?**'; its '?' inside closing quotes, '**Какой падеж отвечает на вопрос «кого? чего?»**': N42)
_BOLD_FIRST = re.compile(r"^\s{0,3}(\*\*|__)(?P<q>(?:(?!\1).)+?[?？؟][\"'”’»“」』]{0,2})\s*\1\s*$")
_BOLD_STATEMENT = re.compile(r"^\s{0,3}(\*\*|__)(?P<q>(?:(?!\1).)+?)\s*\1\s*$")  # a statement its ticked options ask
_QUOTE_MARK = re.compile(r"^[ ]{0,3}>[ \t]?")
# ('#### Resposta: A) …' in a Portuguese translation of a quiz README: trial11 P78)
_ANSWER_HEADING = re.compile(rf"^(?i:(?:correct\s+)?answer|solution|explanation|{ANSWER_WORDS})(?![^\W\d_])")
_STATEMENT_ENDS = (".", ":", "：", "。")
# a toggle's label that only reveals ('Click to expand', 'Show answer', 'Table of contents'): never a question
_REVEAL = REVEAL  # (one list with the shared modules: markdown_blocks.REVEAL)
_SUMMARY_TEXT = re.compile(r"<summary\b[^>]*>(?P<q>(?:(?!</summary>).){1,500}?)</summary>", re.I | re.S)
TOGGLE_PAGE = 3  # toggles that ask ('?' in the summary, or its first word asks: 'Explain …'), most of the page's


def _toggle_page(text: str) -> bool:
    """A page of question toggles (learner2 M15): at least :data:`TOGGLE_PAGE` summaries ask, and most do."""
    summaries = [re.sub(r"<[^>]+>", "", m.group("q")).strip() for m in _SUMMARY_TEXT.finditer(text)]
    asking = sum(1 for q in summaries if "?" in q or "？" in q or opens_asking(q))
    return asking >= TOGGLE_PAGE and 2 * asking > len(summaries)

DEFINITIONS_MIN = 2  # a page with this many 'Term' / ': definition' entries reads them as cards
TABLE_ASKS = 0.8  # a two-column table whose first column asks in this share of its rows is a table of cards  # a toggle's summary that asks as a statement or a prompt


_META_PART = re.compile(r"^\s*(?:\*\*|__)?(?P<key>[A-Za-z][A-Za-z .-]{0,24}?)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(?P<value>\S.*?)\s*$")
_LEVEL_KEYS = {"difficulty", "level", "difficulty level"}
_TAG_KEYS = {"tags", "tag", "topics", "topic"}


def _meta_line(block: TopBlock, lines: list[str]) -> tuple[str | None, list[str]] | None:
    """``(level label, tags)`` of a paragraph right under a question that only holds ``Key: value`` fields,
    one of them a level or tags (``Difficulty: Easy``, ``**Difficulty:** 🟢 Easy | **Tags:** `Variance` |
    **Asked by:** Google``: interview banks write one per question, learner L2): page metadata, not answer
    text. Any other field (``Asked by``) goes with the line."""
    if block.type != "paragraph_open" or block.end - block.start > 3:
        return None
    return _meta_fields(lines[block.start : block.end])


def _meta_fields(lines: list[str]) -> tuple[str | None, list[str]] | None:
    """``(level label, tags)`` of lines that only hold ``Key: value`` fields, one of them a level or tags; else None."""
    found: dict[str, str] = {}
    for part in re.split(r"\s+\|\s+|\n", "\n".join(lines)):
        if not part.strip():
            continue
        m = _META_PART.match(part)
        if m is None:
            return None
        found[m.group("key").strip().lower()] = m.group("value").strip("*_` ")
    level = next((v for k, v in found.items() if k in _LEVEL_KEYS), None)
    raw = next((v for k, v in found.items() if k in _TAG_KEYS), None)
    if level is None and raw is None:
        return None
    tags = [re.sub(r"\s+", "-", t.strip("*_`# ")) for t in re.split(r"[,;]" if raw and re.search(r"[,;]", raw) else r"\s+", raw or "")]
    return level, [t for t in tags if t]


_STATEMENT_LABEL = re.compile(r"^(?i:statement|aussage|affirmation|afirmação|afirmación|affermazione|twierdzenie|утверждение)\s*[:：]\s*")  # (lead G13)


def _true_false(question: str, asked: list[TopBlock], given: list[TopBlock]) -> tuple[str, TopBlock] | None:
    """A statement under a question that asks nothing ('Question 1: Basic True/False'), answered by a label and a
    verdict ('**Correct:** True', 'Answer: F', 'Réponse : Vrai'): (the statement, a block saying True or False)."""
    if question.rstrip().endswith(QUESTION_MARKS) or len(asked) != 1 or asked[0].type != "paragraph_open" or not given:
        return None
    if given[0].type != "paragraph_open":
        return None
    said = asked[0].tokens[1].content.split("\n") if len(asked[0].tokens) > 1 else []
    if find_choices(said) is not None:
        return None  # ('a) Vero' / 'b) Falso' under the statement: its options, keyed by text, never the statement: T24-39)
    m = _VERDICT_LINE.match(plain_inline(given[0].tokens[1].children or []).strip())
    verdict = _VERDICT.match(m.group("v")) if m else None
    statement = _STATEMENT_LABEL.sub("", squash(plain_inline(asked[0].tokens[1].children or [], code=True)), count=1)
    if verdict is None or not statement:
        return None
    word = "True" if verdict.group(1) else "False"
    said = TopBlock([Token("paragraph_open", "p", 1), Token("inline", "", 0, content=word, children=[Token("text", "", 0, content=word)]), Token("paragraph_close", "p", -1)], given[0].start, given[0].end)
    return statement, said


# '#### 类型：`基础`', '#### Level: easy': a sub-heading giving a fact about the question in its own words, label and value
_FACT_HEADING = re.compile(r"^[^\s:：]{1,16}(?:\s[^\s:：]{1,16})?\s*[:：]\s*\S.{0,80}$")
# what may follow an answer label in a heading: its score or points in brackets ('解答（2 分）', 'Answer (5 points)')
_SCORE_TAIL = re.compile(r"\s*[(（\[【][^()（）\[\]【】]{1,20}[)）\]】]\s*([:：]?)\s*$")


def _field_line(line: str) -> bool:
    """A heading line that gives a fact about its question ('##### **出题人**：阿里巴巴…', '### Source: 2019 exam'), not its
    answer: between a question's options and its key heading ('##### **参考答案**：A，B，C') it is no option and no
    explanation, so the key still keys them (trial25: 'none marked correct', the file's only question dropped)."""
    m = _HEADING_TEXT.match(line)
    if m is None or not m.group("marks"):
        return False
    plain = squash(re.sub(r"\*\*|__", "", m.group("text")))
    return _fact_heading(plain) and not (_CJK_ANSWER.match(plain) or ANSWER_LINE_ANY.match(plain) or has_answer_label(plain) or has_right_answer_label(plain))


def _fact_heading(text: str) -> bool:
    """A sub-heading that gives a fact about its question ('#### 类型：`基础`'), never a question of its own ('Q: …')."""
    text = squash(text)
    return bool(_FACT_HEADING.match(text)) and not has_question_label(text) and not text.endswith(QUESTION_MARKS)


# an answer label qualified ('## Answer guide', '## Suggested answer', '## Model solution', '## Explanation'): one-question
# pages of interview banks (trial12 U109: 1100 files whose every front was 'Answer guide', the question dropped)
_QUALIFIED_LABEL = re.compile(
    r"^(?i:(?:(?:suggested|sample|model|expected|short|reference|example|possible|ideal|official|detailed|brief|full)\s+)?"
    r"(?:answer|solution)(?:\s+(?:guide|outline|notes|sketch|summary|explained))?|explanation|marking\s+scheme)"
    # ('Model Solution & Marking Scheme', 'Answer and Explanation': an exam bank's two names for the one answer, T15-31)
    r"(?i:\s*(?:&|\+|/|\band\b)\s*(?:marking\s+scheme|explanation|working|rationale|marks?|marking))?\s*[:：]?$"
    # ('## 答案与解析', '## 答案及解析', '## 参考答案与解析': the answer and its explanation, trial16 T16-20)
    r"|^(?:参考|參考|标准|標準)?(?:答案|解答)\s*(?:与|與|和|及|&|、)?\s*(?:解析|解释|解釋|详解|詳解|分析|解説)\s*[:：]?$"
)


_HEADING_TEXT = re.compile(r"^\s{0,3}(?P<marks>#{1,6})\s+(?P<text>.*?)\s*#*\s*$")


def _label_heading_gone(lines: list[str]) -> list[str]:
    """An explanation's lines without the heading that opens them when it only labels the answer
    ('#### Model Solution & Marking Scheme' under the options: printed on the back as a heading, T15-31)."""
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    m = _HEADING_TEXT.match(lines[first]) if first is not None else None
    if first is None or m is None or not _scored_label(m.group("text"), len(m.group("marks"))):
        return lines
    return [*lines[:first], *lines[first + 1 :]]


def _scored_label(text: str, level: int) -> bool:
    """A heading that only labels the answer ('#### Answer', '#### 解答（2 分）': its score in brackets after it;
    '## Answer guide', '## Suggested answer')."""
    text = _SCORE_TAIL.sub(r"\1", text.strip())
    return bool(ANSWER_LABEL_HEADING.match("#" * level + " " + text) or _QUALIFIED_LABEL.match(squash(text.strip("*_ "))))


def _headings_after(blocks: list[TopBlock], n: int, k: int) -> list[int]:
    """The headings after the answer label at ``k`` of the question heading at ``n``, at the label's level or above
    it but under ``n``, up to the next heading at ``n``'s level or above."""
    found = []
    for m in range(k + 1, len(blocks)):
        if blocks[m].type != "heading_open":
            continue
        if blocks[m].level <= blocks[n].level:
            break
        if blocks[m].level <= blocks[k].level:
            found.append(m)
    return found


LABEL_BETWEEN = 6  # blocks at most between a task heading and its answer label ('# Title' / text / '## Answer guide')
# … or any number of them that read at most this many words: a task of several short paragraphs, a list and a 'Note:'
# (sitting 60, T59-2's CKA tasks: 'Set the context …' / its command / four paragraphs / 'Note: …' over '### Solution')
LABEL_TASK_WORDS = 2 * WORDS_PER_SCREEN


def _label_below(blocks: list[TopBlock], lines: list[str] | None = None) -> dict[int, int]:
    """Headings whose next heading is a deeper label of the answer, text between them or not (``# Diagnose a cgroup
    limit`` / the paragraph that asks / ``## Answer guide``): questions, whatever their words (trial12 U109), each
    with its label's block. The text between is a task's: a few blocks (:data:`LABEL_BETWEEN`), or given the page's
    ``lines`` more of them reading two phone screens at most (:data:`LABEL_TASK_WORDS`)."""
    found: dict[int, int] = {}
    heads = [n for n, b in enumerate(blocks) if b.type == "heading_open" and len(b.tokens) > 1]
    for n, k in itertools.pairwise(heads):
        between = blocks[n + 1 : k]  # (the task's text, code or options; a '<details>' toggle asks on its own)
        short = len(between) <= LABEL_BETWEEN or (
            lines is not None and all(b.end <= len(lines) for b in between) and reading_words(between, lines) <= LABEL_TASK_WORDS
        )
        plain = short and all(
            b.type in _ASKED_WITH or b.type.endswith("list_open") or (b.type == "html_block" and _COMMENT_BLOCK.match(b.tokens[0].content))
            for b in between  # ('<!-- question-source:start -->' around the question: no text, trial16 T16-20)
        )
        label = plain and blocks[k].level > blocks[n].level and _scored_label(blocks[k].tokens[1].content, blocks[k].level)
        if label and not _scored_label(blocks[n].tokens[1].content, blocks[n].level):
            found[n] = k
    return found


def _labelled_by_answer(blocks: list[TopBlock]) -> set[int]:
    """Headings whose deeper sub-headings are facts about them and then an answer label (``## 实现数组去重`` /
    ``#### 类型：`基础``` / ``#### 级别：`W1``` / ``#### 解答（8 分）``: an interview bank whose task headings do
    not ask; trial12 U6 lost them and read their answers' score bullets as cards): questions, whatever their words."""
    found: set[int] = set()
    for n, block in enumerate(blocks):
        if block.type != "heading_open":
            continue
        level = None  # (the facts and the label are sub-headings of one level)
        for k in range(n + 1, len(blocks)):
            sub = blocks[k]
            if sub.type != "heading_open" or sub.level <= block.level or len(sub.tokens) < 2 or sub.level != (level or sub.level):
                break
            level = sub.level
            if _scored_label(sub.tokens[1].content, sub.level):
                found.add(n)
                break
            if not _fact_heading(sub.tokens[1].content):
                break
    return found


_SLOT = re.compile(r"^[^:：\n]{1,30}[:：]\s*(?:_{3,}|\.{3,}|…)?\s*$")  # 'Your answer:', 'Answer: ____', 'Respuesta: …'


# a page that names itself a quiz in its title or the lines before its first question: its questions' lists are options
_QUIZ_WORDS = re.compile(
    r"(?i)\b(?:quizz?(?:es)?|qcm|mcqs?|multiple[- ]choice|choix multiples?|r[ée]ponses?\s+(?:possibles?|correctes?|justes?)"
    r"|correct\s+answers?|answers?\s+(?:are|is)\s+(?:correct|right)|select\s+(?:all|the\s+correct)|choose\s+(?:all|the\s+correct))\b"
)
OPTION_WORDS_MAX = 16  # words at most in an option line


def _quiz_cue(blocks: list[TopBlock]) -> bool:
    """Whether the page's title or the text before its second heading says it is a quiz ('# Quiz 1 - Docker',
    'Attention, il peut y avoir zero, une ou plusieurs réponses correctes')."""
    heads = 0
    for block in blocks:
        if block.type == "heading_open":
            heads += 1
            if heads > 1:
                return False
        if block.type in ("heading_open", "paragraph_open") and len(block.tokens) > 1 and _QUIZ_WORDS.search(block.tokens[1].content):
            return True
    return False


def _bare_options(given: list[TopBlock], lines: list[str]) -> int:
    """How many options a question's whole answer is when it is one list of two to eight one-line entries (a quiz's
    options with no key: ``* docker pull some-image`` …), else 0."""
    shown = [b for b in given if not furniture(b)]
    if len(shown) != 1 or shown[0].type not in ("bullet_list_open", "ordered_list_open"):
        return 0
    block = shown[0]
    own = [line for line in lines[block.start : block.end] if line.strip()]
    entries = [line for line in own if _LIST_MARK.match(line.lstrip())]
    if len(entries) != len(own) or not 2 <= len(entries) <= 8 or any(line[:1].isspace() for line in own):
        return 0
    # ('- It replays unfinished writes after a crash.': sentences answer a 'Why …?', options are no sentences)
    options = all(len(line.split()) <= OPTION_WORDS_MAX and not line.rstrip(" *_").endswith((".", "。", "!")) for line in entries)
    return len(entries) if options else 0


def _empty_slot(block: TopBlock) -> bool:
    """A paragraph that is only a label and a blank to fill ('**Your answer:**', 'Name: ______'): a worksheet's space for
    the student's answer, shown on no side of the card."""
    return block.type == "paragraph_open" and bool(_SLOT.match(plain_inline(block.tokens[1].children or []).strip()))


def _split_at_label(current: _Open, written: bool = True) -> tuple[list[TopBlock], list[TopBlock], bool]:
    """A heading question's answer cut at its first sub-heading when that only labels the answer
    ('#### Answer'): what stands before it is part of the question (the code a task is about) and goes on
    the front; the label itself is layout. So is a question's answer cut at a paragraph that opens with an
    answer label ('**Answer:**', 'Solution:', '**Ответ:**') after the table or code the question is about
    (learner2 M43: the input table went to the back); the label is dropped with the answer's own, and what goes
    on the front stays under the question, where the document has it. Otherwise ``([], the whole answer)``.
    Returns (the front's blocks, the answer's, whether the front is shown under the question). Hint boxes that
    open the answer before the rest of it (a Hint toggle, then the Answer toggle: trial14 T14-4) are the front's,
    shown under the question. ``written``: the page is Markdown as its author wrote it, not a converter's (whose
    context paragraphs under a question heading are meant above it: an edX problem's text over its ``<label>``)."""
    hints = next((k for k, block in enumerate(current.answer) if not _hint_box(block)), len(current.answer))
    if hints:  # (hints alone: the question has no answer, never a card teaching the hint, trial29 T29-6)
        return current.answer[:hints], current.answer[hints:], True
    opened = current.answer[0] if current.answer else None
    if opened is not None and opened.type == "heading_open" and opened.level > current.level and len(opened.tokens) > 1:
        if _PROBLEM_LABEL.match(squash(plain_inline(opened.tokens[1].children or [])).strip("*_ ")):
            # '### Problem:' / the problem / '### Debugging Steps:' / the steps under a heading that asks: the problem is
            # asked with it, on the front; the answer from the next heading of the label's level (its label dropped)
            sibling = next((k for k, b in enumerate(current.answer) if k and b.type == "heading_open" and b.level <= opened.level), None)
            if sibling is not None and sibling > 1:
                rest = current.answer[sibling:]
                if len(rest) > 1 and (_scored_label(rest[0].tokens[1].content, rest[0].level) or _answer_heading(rest[0])):
                    rest = rest[1:]
                return current.answer[1:sibling], rest, True
        # '#### Process' / the steps / '#### Answer' / the answer (a walkthrough's write-up, trial15 T15-15): the back opens
        # with the answer, the work after it as its explanation
        label = next((k for k, b in enumerate(current.answer) if b.type == "heading_open" and b.level == opened.level and len(b.tokens) > 1
                      and _scored_label(b.tokens[1].content, b.level)), None)  # fmt: skip
        if label and not _scored_label(opened.tokens[1].content, opened.level) and not _fact_heading(opened.tokens[1].content):
            end = next((k for k in range(label + 1, len(current.answer)) if current.answer[k].type == "heading_open"
                        and current.answer[k].level <= opened.level), len(current.answer))  # fmt: skip
            return [], [*current.answer[label + 1 : end], *current.answer[:label], *current.answer[end:]], False
    if current.block.type == "heading_open":
        facts: set[int] = set()
        for k, block in enumerate(current.answer):
            if block.type == "heading_open":
                if block.level > current.level and len(block.tokens) > 1 and _scored_label(block.tokens[1].content, block.level):
                    front = [b for j, b in enumerate(current.answer[:k]) if j not in facts]
                    # ('### What does the following function return?' / its code / '#### Answer': the code stays under
                    # the question, where the page has it, as a labelled answer's code does: trial28 T28-2; so does the
                    # text a page's author wrote under a heading that asks, mdanki's '## Which gas …?' / a line / '%',
                    # sitting 57: it was shown above its own heading)
                    return front, current.answer[k + 1 :], bool(front) and (front[0].type in ("fence", "code_block") or (written and current.q.asks))
                if block.level > current.level and len(block.tokens) > 1 and _fact_heading(block.tokens[1].content):
                    facts.add(k)  # '#### 类型：`基础`' / '#### 级别：`W1`' over '#### 解答（2 分）': the question's metadata (U6, U7)
                    continue
                break
    toggle = next((k for k, block in enumerate(current.answer[: LABEL_AFTER + 1]) if answer_toggle(block)), 0)
    if toggle and current.block.type == "heading_open" and all(b.type in _ASKED_WITH for b in current.answer[:toggle]):
        # '## Question 45. Write code for merge …' / 'Let say you have two objects' / the code / 'Write merge function …' /
        # '<details><summary>Answer</summary>': the givens stand between the question and its answer toggle, so they are
        # the question's, on the front under it; the toggle is the back (trial21 T21-8)
        return current.answer[:toggle], current.answer[toggle:], True
    for k, block in enumerate(current.answer[: LABEL_AFTER + 1]):
        if block.type == "html_block" and _COMMENT_BLOCK.match(block.tokens[0].content):
            continue  # '<!-- bilingual-en:start -->' between the question's text and its answer (trial11 P70)
        if block.type not in _ASKED_WITH and not (k and block.type.endswith("list_open")):  # (sub-questions listed: L44)
            break
        if k and block.type == "paragraph_open" and _LABEL_PARAGRAPH.match(plain_inline(block.tokens[1].children or []).strip()):
            # ('**Your answer:**' with nothing after it, a blank for the student: no part of the front, trial12 U5)
            asked = current.answer[:k]  # ('请分析：' over the sub-questions' list leads them in, no blank to fill: L44)
            if _worked(current.q.text, asked):
                return [], current.answer, False
            return [b for j, b in enumerate(asked) if not _empty_slot(b) or (j + 1 < k and asked[j + 1].type.endswith("list_open"))], current.answer[k:], True
    if (
        len(current.answer) > 1 and current.answer[0].type in ("fence", "code_block") and _CODE_BELOW.search(current.q.text)
        and not _WRITE_TASK.match(current.q.text) and current.q.text.rstrip(CLOSERS).endswith((*QUESTION_MARKS, ":", "："))
    ):  # fmt: skip
        # 'Przeanalizuj poniższy fragment kodu … `result`:' / the code / the working and '**(0.7, 1.0, 0.0)**' with no
        # answer label (trial16 T16-34): the code the question points at is on the front, what follows it the answer
        return current.answer[:1], current.answer[1:], True
    return [], current.answer, False


_POINTS_BELOW = re.compile(
    r"\b(?:below|beneath|underneath|the following)\b|(?:下|以下|次)の|如下|下列|下面|다음"
    r"|\b(?:poniższ\w*|następując\w*|ниже|нижче|следующ\w*|наступн\w*|unten|folgenden?|ci-dessous|suivante?s?|siguientes?|abajo"
    r"|abaixo|seguintes?|seguenti|seguente|sotto|aşağıdaki|berikut|sau\s+đây|dưới\s+đây)\b",
    re.I,
)  # ('Przeanalizuj poniższy fragment kodu …:', 'the code below': trial16 T16-34)
_WRITE_TASK = re.compile(r"^\W*(?i:write|implement|create|complete|napisz|zaimplementuj|напишите|напиши|escribe|écrivez|schreibe)\b")
_CODE_NOUN = r"(?:code|snippet|program|listing|script|query|fragment\w*|kod\w*|код\w*|código|codice|programm\w*)"
# the code a question points at: 'the code below', 'the following snippet', 'poniższy fragment kodu', '下面的代码'
_CODE_BELOW = re.compile(
    rf"(?:{_POINTS_BELOW.pattern})[\W_]+(?:\w+[\W_]+)?{_CODE_NOUN}\b|\b{_CODE_NOUN}[\W_]+(?:\w+[\W_]+)?(?:{_POINTS_BELOW.pattern})"
    r"|(?:下面|以下|如下|下列)的?(?:代码|程序)|(?:以下|次|下)の(?:コード|プログラム)|다음\s*코드",
    re.I,
)


_CHILD_BULLET = re.compile(r"^\s*[-*+]\s+(?=\S)")


def _one_child(answer: list[str]) -> list[str]:
    """An entry's answer that is one nested entry and nothing else (an outliner's ``- What is the capital of Peru?
    #card`` / ``	- Lima``): its text, not a list of one on the back (every block of a Logseq page is a bullet; sitting
    38: the back was a bulleted 'Lima')."""
    lines = [a for a in answer if a.strip()]
    if len(lines) != 1 or not _CHILD_BULLET.match(lines[0]) or _CHILD_BULLET.sub("", lines[0]).lstrip().startswith(("[ ]", "[x]", "[X]")):
        return answer
    return [_CHILD_BULLET.sub("", lines[0])]


def _leads_in(text: str) -> bool:
    """A paragraph that leads into what follows it: it ends with ':' or points at it ('Below are the rules of thumb …',
    'the following questions')."""
    return text.endswith((":", "：")) or bool(_POINTS_BELOW.search(text))


def _worked(question: str, asked: list[TopBlock]) -> bool:
    """Text and display maths between a whole question ('Hur många promille är 120 g av 15 kg?') and its answer
    label ('**Svar:** 8 ‰'): the working of a worked example, the back's, not an exhibit the question points at
    (trial15 T15-34: the derivation went on the front, the back kept only '8 ‰'). A question pointing forward
    ('… the integral below?') keeps its exhibit on the front."""
    if not question.rstrip().endswith(QUESTION_MARKS) or _POINTS_BELOW.search(question):
        return False
    kinds = {b.type for b in asked}
    if "paragraph_open" in kinds and bool(kinds & {"math_block", "math_block_label"}):
        return True
    # statements alone ('There are 36 equally likely outcomes; 5 of them sum to 8.', '4/10 · 3/9 = 12/90'): the working
    # too, never an option, a hint or an instruction to the reader ('Give your answer to 2 d.p.'; sitting 52 N30: the
    # front showed the working that gives the answer away)
    texts = [plain_inline(b.tokens[1].children or []).strip() for b in asked if b.type == "paragraph_open" and len(b.tokens) > 1]
    return bool(asked) and kinds == {"paragraph_open"} and len(texts) == len(asked) and all(_working_line(t) for t in texts)


WORKING_WORDS = 4  # words at least of a statement of working between a question and its answer label ('4/10 · 3/9 = 12/90')
_NOT_WORKING = re.compile(
    r"^\W*(?:\(?[A-Ha-h][.)]\s|(?i:hint|note|tip|given|assume|suppose|use|give|show|explain|round|express|write|state|"
    r"justify|answer|marks?|points?)\b)"
)  # an option, a hint, a given, an instruction


def _working_line(text: str) -> bool:
    """A paragraph that states a step of working: a sentence or a formula with its numbers, no question, option, hint
    or instruction ('*Search for `services` in the search box.*' under a walkthrough's question is its note: lead G11)."""
    return (
        len(re.findall(r"[^\W_]+", text)) >= WORKING_WORDS
        and re.search(r"\d", text) is not None
        and not text.rstrip(CLOSERS).endswith((*QUESTION_MARKS, ":", "："))
        and not _NOT_WORKING.match(text)
        and not (text.startswith(("(", "[")) and text.endswith((")", "]")))
        and not _LABEL_PARAGRAPH.match(text)
    )


_COMMENT_BLOCK = re.compile(r"^\s*<!--.*?-->\s*$", re.S)  # an HTML comment alone: no text
_MID_MARK = re.compile(r"[?？؟](?=\s+\S)")
CLOSING_BLOCKS = 2  # paragraphs after a rule under a page's last answer that may be its closing remark
MID_REST_WORDS = 6  # words after a heading's '?' for them to be its answer's start, not a subtitle ('What went wrong? Fixing errors.')


_QUOTES = "\"“”„«»「『‘'"


def _mid_question(text: str) -> tuple[str, str] | None:
    """A heading that asks and goes on with its answer after the '?' ('Shoulder dislocation? Extreme upper-arm
    activity --> musculocutaneous nerve'): (the question, the rest); None when nothing asking comes first or the
    rest is short, or asks itself."""
    m = _MID_MARK.search(text)
    if m is None:
        return None
    question, rest = text[: m.end()].strip(), text[m.end() :].strip()
    if len(question.split()) < 2 or len(rest.split()) < MID_REST_WORDS or rest.rstrip(CLOSERS).endswith(QUESTION_MARKS):
        return None
    if rest[:1] in _QUOTES or PROMPT_AFTER_ASK.match(rest) or (opens_asking(rest) and not rest.endswith((".", "!", "。", "！"))):
        # '… or an order violation? "Thread A mallocs buf …"': what it asks about (trial12 U111); '… regular expression?
        # I'd also like to convert " to \\".' / '… A/B testing? Walk through how …': it goes on asking (trial49 T49-4)
        # '### What is Python? What are the benefits of using Python': a second question, its '?' left out (sitting 54)
        return text.strip(), ""  # (the whole heading asks, in its order, as written)
    return question, rest


def _labelled_below(blocks: list[TopBlock], n: int) -> bool:
    """Whether the heading at ``n`` has its answer labelled right under it (a deeper '#### Answer', '**Answer:** …',
    'A: …'): all the heading says is asked, its words after a '?' too."""
    below = blocks[n + 1] if n + 1 < len(blocks) else None
    if below is None or len(below.tokens) < 2:
        return False
    if below.type == "heading_open":
        return below.level > blocks[n].level and (_scored_label(below.tokens[1].content, below.level) or _answer_heading(below))
    said = plain_inline(below.tokens[1].children or []).strip() if below.type == "paragraph_open" else ""
    return bool(said) and bool(_LABEL_PARAGRAPH.match(said) or has_answer_label(said))


def _written_rest(block: TopBlock, rest: str, md: MarkdownIt) -> str:
    """The Markdown a heading's words after its '?' are written in (``rest`` is their plain text): read again from
    plain text, '\\"' lost its backslash and a code span its backticks (trial49 T49-4)."""
    raw = block.tokens[1].content if len(block.tokens) > 1 else ""
    for m in _MID_MARK.finditer(raw):
        tail = raw[m.end() :].strip()
        children = (md.parseInline(tail)[0].children or []) if tail else []
        if squash(plain_inline(children, code=True)) == squash(rest):
            return tail
    return rest


_ASKED_MID = re.compile(r"[?？؟](?=\s*[^\s?？؟)）\]】」』\"'”])")  # ('…的理解？闭包使用场景': no space after a full-width '？')


# a polite request that ends a heading, as Korean and Japanese interview books ask ('…을 설명해주세요.', '…を説明して
# ください。'), an annotation in brackets after it ('… 비교해주세요. (TCP/IP 5계층 기준)')
_REQUEST_END = re.compile(r"(?:주세요|하세요|주십시오|보세요|ください|下さい)\s*[.。!！]?\s*(?:[(（][^()（）]{1,40}[)）])?\s*$")


def _asking_toggle(block: TopBlock) -> bool:
    """A ``<details>`` toggle whose summary asks ('What is …?', 'True or False? …', 'Explain the following: …'): under
    a heading read as a card it is a question of its own, the heading its section (trial14 T14-32)."""
    toggle = summary_question(block)
    if toggle is None or not toggle[0].strip():
        return False
    text = toggle[0].strip()
    return text.rstrip(CLOSERS).endswith(QUESTION_MARKS) or bool(_ASKED_MID.search(text)) or (
        text.endswith(_STATEMENT_ENDS) and opens_task(text)
    )


# the line that opens a list of a lesson's objectives ('By the end of this section, you will be able to:', 'Learning
# objectives:', 'Après ce chapitre, vous serez capable de :')
_OBJECTIVES_LEAD = re.compile(
    r"(?i)(?:\byou\s+(?:will|should|'ll)\s+(?:be\s+able\s+to|learn|know|understand)|\blearning\s+(?:objectives|outcomes|goals)"
    r"|\bobjectives|\bby\s+the\s+end\s+of\s+th(?:is|e)\b|\bserez\s+capables?\s+de|\bser[áa]s\s+capaz\s+de|\blernziele"
    r"|\bsarai\s+in\s+grado\s+di|学习目标|学習目標)[^:：\n]*[:：]\s*$"
)


def _objectives_list(blocks: list[TopBlock], n: int) -> bool:
    """Whether the list at ``n`` follows a paragraph that announces the lesson's objectives ('By the end of this section,
    you will be able to:' over '* Explain why …', '* Define …'): what the lesson teaches, no questions without answers
    (trial45 T45-7: an economics chapter's five objectives were each 'question has no answer')."""
    if n == 0 or blocks[n].type not in ("bullet_list_open", "ordered_list_open") or blocks[n - 1].type != "paragraph_open":
        return False
    lead = plain_inline(blocks[n - 1].tokens[1].children or []).strip() if len(blocks[n - 1].tokens) > 1 else ""
    return bool(_OBJECTIVES_LEAD.search(lead))


# a prompt that goes on asking after a question's '?' ('What is Web Storage? Explain localStorage …'): no answer's text


def _asks_then_tells(text: str) -> bool:
    """A line that asks, then tells in a sentence of its own ending in a full stop ('Is your page a draft? When testing,
    run the server with -D so drafts are built.'): a troubleshooting answer's diagnostic question and what to do,
    answer text, never a question without its answer (trial45 T45-14: a FAQ entry was 'a list of 2 questions and no
    answers', no card); a prompt after the '?' ('… Explain it with an example.') still asks."""
    found = _mid_question(text.strip())
    if found is None or not found[1]:
        return False
    rest = found[1].rstrip()
    return rest.endswith((".", "!", "。", "！")) and not PROMPT_AFTER_ASK.match(rest)


def _asks_then_requests(text: str) -> bool:
    """A heading that asks and goes on with a short request or second question without its '?' ('面试官：说说你对闭包
    的理解？闭包使用场景', '你了解vue的diff算法吗？说说看', 'What do you understand by a closure? Where is it used'): the
    whole heading asks; too short after its '?' to be the answer's start (:func:`_mid_question`)."""
    m = _ASKED_MID.search(text)
    if m is None:
        return False
    question, rest = text[: m.end()].strip(), text[m.end() :].strip()
    if rest and PROMPT_AFTER_ASK.match(rest) and len(question.split()) >= 2:
        return True  # ('How do I count? Also, please explain.': a prompt goes on asking, full stop or not; sitting 49)
    if not rest or rest.endswith((".", "。", "!", "！")):
        return False  # ('What went wrong? Fixing JavaScript errors.': a subtitle, learner3 N10's fixture)
    return len(rest.split()) < MID_REST_WORDS and (len(question.split()) >= 2 or bool(_CJK.search(question)))


# a bold line that numbers a question: '**1. What is the function of the cell membrane?**' (Google Docs: '**1\\. …**')
_BOLD_NUMBERED_ASK = re.compile(r"^\s{0,3}(\*\*|__)\s*\d{1,3}\\?[.)]\s+\S.*[?？؟]\s*\1\s*$")
BOLD_ASKED_MIN = 2  # such lines on a page for its numbered bold tasks ('**2. Name two …**') to be questions too
_BOLD_WHOLE_LINE = re.compile(r"^\s{0,3}(\*\*|__)(?!\s)(?:(?!\1).)+?(?<!\s)\1\s*$")  # '**Plant cells have a cell wall.**'
_LIST_ENTRY = re.compile(r"^\s{0,3}[-*+]\s+(?P<text>\S.*)$")
MARKED_OPTIONS_MAX = 10  # entries a stem's option list holds, at most


def _marked_options_below(lines: list[str], at: int) -> bool:
    """Whether a bullet list of two to ten entries starts at line ``at`` and its bold label marks one entry right."""
    entries = []
    for line in lines[at : at + MARKED_OPTIONS_MAX + 1]:
        m = _LIST_ENTRY.match(line)
        if m is None:
            break
        entries.append(m.group("text"))
    return 2 <= len(entries) <= MARKED_OPTIONS_MAX and sum(1 for e in entries if labelled_right(e)) >= 1


# a bold numbered stem that is no question until its options complete it ('**2. A p-value of 0.03 means:**')
_BOLD_NUMBERED_STEM = re.compile(r"^\s{0,3}(\*\*|__)\s*\d{1,3}\\?[.)]\s+\S.*[:：…]\s*\1\s*$")
# a study task's verb opening a bold line that tells rather than asks ('**Define mitosis.**', '**Explain osmosis.**',
# '**Name the powerhouse of the cell.**'), never a sub-heading's noun phrase ('**List of organelles**', '**Summary**')
_BOLD_TASK = re.compile(  # (numbered as its siblings: '**1. Explain git fetch vs git pull.**' among '**2. How …?**', sitting 42)
    r"^\W*(?:\d{1,3}\\?[.)]\s+)?(?i:define|explain|describe|name|list|state|give|outline|compare|contrast|distinguish|discuss|identify|summari[sz]e"
    # (a problem set's tasks: '**2. Calculate the kinetic energy …**', '**4. Convert 72 km/h to m/s.**'; sitting 42: five
    # such tasks among bold questions were the first question's answer, unsaid)
    r"|calculate|compute|find|convert|solve|write|prove|show|derive|determine|evaluate|simplify|estimate|sketch|draw|label"
    r"|classify|translate|complete|express|factori[sz]e|expand|rewrite|predict|suggest|justify|solve\s+for"
    r"|calcula|calcule|resuelve|resuelva|encuentra|halla|convierte|escribe|escriba|demuestra|demuestre|determina|determine"
    r"|berechne|berechnen\s+sie|bestimme|bestimmen\s+sie|löse|lösen\s+sie|finde|schreibe|zeige"
    r"|calculez|trouvez|résolvez|déterminez|écrivez|démontrez|montrez|calcola|trova|risolvi|scrivi|dimostra|resolva|encontre|escreva"
    r"|defina|explica|explique|describa|nombra|nombre|menciona|mencione|enumera|compara"
    r"|définis(?:sez)?|explique[sz]?|décri(?:s|vez)|nomme[sz]?|cite[sz]?|compare[sz]?"
    r"|definiere|definieren\s+sie|erkläre|erklären\s+sie|beschreibe|beschreiben\s+sie|nenne|nennen\s+sie|vergleiche"
    # (Russian, Ukrainian, Polish, Italian and Dutch study tasks: '**3. Сформулируйте первый закон Ньютона.**' among bold
    # '**1. Что такое сила?**': glued on the answer above, sitting 53)
    r"|сформулируйте|сформулируй|объясните|объясни|опишите|опиши|назовите|назови|определите|определи|дайте|перечислите"
    r"|перечисли|сравните|сравни|вычислите|вычисли|найдите|найди|докажите|докажи|решите|реши|запишите|напишите|приведите"
    r"|укажите|поясните|охарактеризуйте|сформулюйте|поясніть|опишіть|назвіть|визначте|обчисліть|знайдіть|наведіть"
    r"|wyjaśnij|opisz|wymień|podaj|oblicz|zdefiniuj|porównaj|udowodnij|spiega|descrivi|definisci|elenca|confronta"
    r"|beschrijf|noem|bereken|verklaar|definieer|vergelijk)\s+"
    r"(?!of\b|for\b|and\b|de\b|del\b|des\b|der\b)\S"
)
BOLD_TASK_WORDS = 25  # words at most of such a task: a longer bold line is prose


_BOLD_NUMBER = re.compile(r"^\s{0,3}(?:\*\*|__)\s*(?P<n>\d{1,3})\\?[.)]\s")  # '**2. Write …**': a bold line's number


def _bold_numbered_run(lines: list[str]) -> bool:
    """Whether the page's bold questions and bold tasks ('**1. What is the unit of charge?**', '**2. Write the equation
    …**') are all numbered, one run from 1 counting up: siblings, each a question, however few (sitting 55: a bold task
    after one bold question was glued onto its answer, unsaid)."""
    numbers = []
    for line in lines:
        if _BOLD_FIRST.match(line) or _bold_labelled_line(line) or _bold_task_line(line):
            m = _BOLD_NUMBER.match(line)
            if m is None:
                return False
            numbers.append(int(m.group("n")))
    return len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))


_NOT_TOGGLE_TASK = re.compile(r"(?i)\b(?:hints?|answers?|solutions?|more|details|examples?|code|output|results?|steps?|working)\b")


def _toggle_task(text: str) -> bool:
    """A toggle's summary that sets a study task ('Define Km', 'Explain osmosis'): a question whose answer the toggle
    hides, never a label of what it holds ('Show hint', 'Show more', 'Expand')."""
    return len(text.split()) >= 2 and bold_task(text) and not _NOT_TOGGLE_TASK.search(text)


def _bold_task_line(line: str) -> bool:
    """A line that is only a bold study task ('**Define mitosis.**', '**Q4. Define inflation.**')."""
    found = _BOLD_STATEMENT.match(line)
    return found is not None and bold_task(found.group("q").strip("*_ "))


def _bold_labelled_line(line: str) -> bool:
    """A line that is only a bold question label and what it sets ('**Q4. Define inflation.**', '**Question 2: Name
    the …**'): a question by its label, whatever it ends with."""
    found = _BOLD_STATEMENT.match(line)
    return found is not None and has_question_label(found.group("q").strip("*_ "))


def bold_task(text: str) -> bool:
    """Whether a bold line that asks with no '?' tells a study task ('Define mitosis.', 'Explain osmosis.', also after a
    question label, 'Q4. Define inflation.'): on a page of bold questions it is one of them, its answer under it
    (trial40 T40-2: no card, or glued into the answer above)."""
    text = strip_question_label(text) if has_question_label(text) else text
    return bool(_BOLD_TASK.match(text)) and len(text.split()) <= BOLD_TASK_WORDS and not text.rstrip().endswith((":", "："))


# the marks a numbered heading's task is worth, ending it: '(4 marks)', '[2 marks]', '(6 pts)'
_HEADING_MARKS = re.compile(r"[(\[]\s*\d{1,3}\s*(?i:marks?|pts?|points?)\s*[)\]]\s*$")


def opens_task(text: str) -> bool:
    """A study task that asks without a '?': 'Name two differences …', 'Explain the lock and key model.'"""
    return opens_asking(text) or prompt_term(text) or bool(_TASK_WORDS.search(text.split(" ", 1)[0]))


_SENTENCE_STOPS = (".", "!", "?", "。", "！", "？", ")", "”", '"')  # a line that ends a sentence (a cloze per line)
_Q_NUMBERED = re.compile(r"^\s*(?:\*\*|__)?(?i:q)\s*\d{0,4}\s*[.:)]\s")  # 'Q1. What is …?', 'Q. …'
LABEL_AFTER = 4  # blocks of a question's table, code or text before its answer label, to go on its front
# a check in lecture notes labelled as one ('**Exercise:** …', 'Question 2: …', 'Try it:'): it asks whatever it ends with
_EXERCISE_LABEL = re.compile(r"^(?i:exercise|question|problem|task|check|quiz|practice|try\s+it)(?:\s+\d{1,3}[a-z]?)?\s*[:：.]\s+")
_ASKED_WITH = frozenset(["paragraph_open", "fence", "code_block", "table_open", "blockquote_open", "math_block", "math_block_label"])
# a paragraph opening with an answer label: 'Answer:', '**Solution:** …', 'Ответ:', '答案：'
_LABEL_PARAGRAPH = re.compile(rf"^(?i:(?:the\s+)?(?:correct\s+)?(?:answer|ans|solution|{ANSWER_WORDS})|correct)\s*[:：]")
# '**Correct:** True' under a statement: the item is a true/false question (learner4 N69: a quiz app's Markdown)
_VERDICT_LINE = re.compile(rf"^(?i:(?:the\s+)?(?:correct\s+)?(?:answer|{ANSWER_WORDS})|correct)\s*[:：]\s*(?P<v>[^\s.]+)\.?\s*$")


# '参考答案：…', '标准答案：', '正确答案：', '모범 답안:': an answer word with a qualifier before it (U93)
_CJK_ANSWER = re.compile(r"^[^\s:：]{0,4}(?:答案|解答|回答|답변|답안|정답|解答例|解説)\s*[:：]")


_PART_LEAD = re.compile(r"^[ ]{0,3}(?:\*\*|__)?\(?(?P<l>[a-h])\)(?:\*\*|__)?[ \t]+(?=\S)")
# a sub-heading answering one part: 'Solution to (a) — Full Proof', 'Answer (b)', 'Part (a): solution', '(a) Solution'
_PART_SOLUTION = re.compile(rf"(?i)^(?=.*\b(?:solution|answer|model\s+answer|{ANSWER_WORDS})).*?\((?P<l>[a-h])\)")


def _solved_parts(current: _Open, lines: list[str], inline: Callable[[str], str]) -> list[_Open]:
    """A heading question in lettered parts (``**a)** Prove … **(7 Marks)**`` / ``**b)** Find …``), each answered under
    a sub-heading naming its letter (``#### Solution to (a) — Full Proof`` / ``#### Solution to (b) — …``): a question
    per part, answered by its solution (trial15 T15-85: one card whose back opened with part (b)'s question); else []."""
    if current.block.type != "heading_open" or current.toggle:
        return []
    answer = current.answer
    heads = [k for k, b in enumerate(answer) if b.type == "heading_open"]
    asked = [(k, m.group("l").lower()) for k, b in enumerate(answer[: heads[0] if heads else 0])
             if b.type == "paragraph_open" and b.start < len(lines) and (m := _PART_LEAD.match(lines[b.start]))]  # fmt: skip
    letters = [letter for _, letter in asked]
    if len(asked) < 2 or "".join(letters) != "abcdefgh"[: len(letters)]:
        return []
    solved: dict[str, int] = {}
    for k in heads:
        if answer[k].level <= current.level or len(answer[k].tokens) < 2:
            return []
        m = _PART_SOLUTION.match(squash(plain_inline(answer[k].tokens[1].children or [])))
        if m is None or m.group("l").lower() in solved:
            return []
        solved[m.group("l").lower()] = k
    if sorted(solved) != letters:
        return []
    ends = sorted(solved.values())
    out = []
    for k, letter in asked:
        first = solved[letter]
        last = next((e for e in ends if e > first), len(answer))
        text = _PART_LEAD.sub("", lines[answer[k].start], count=1)
        q = _Question(text=squash(inline(" ".join([text, *lines[answer[k].start + 1 : answer[k].end]]))), marker=None, explicit_id=None,
                      labeled=True, number=f"{current.q.number or ''}{letter}" or None)  # fmt: skip
        out.append(_Open(q, answer[k], BOLD_LEVEL, [*current.section, current.q.text], current.number, answer=answer[first + 1 : last]))
    return out


PART_WORDS = 3  # words at least of a bold question that asks one part of its heading's question


def _asked_part(question: str, heading: str) -> bool:
    """A bold question under a heading question that asks one part of it, in its words ('**Why would you use one?**'
    under '### What is a closure, and how/why would you use one?'): that part's answer goes on under it, no card of
    its own (trial43 T43-9: a card 'Why would you use one?', one what?, and the closure card without its why)."""
    own = re.findall(r"[^\W_]+", question.casefold())
    asked = set(re.findall(r"[^\W_]+", heading.casefold()))
    return len(own) >= PART_WORDS and set(own) <= asked and len(asked) >= len(set(own)) + 2


SENTENCE_WORDS = 3  # words at least of a heading that is a sentence said to the reader, not a name


def _told_heading(block: TopBlock) -> bool:
    """A heading that says something to the reader in a sentence, its decoration aside ('#### 🔎 Try the code in the
    [playground](https://go.dev/play/). 🔎'), or that links elsewhere: no name of the questions after it, so never their
    section; a heading of their level that the next question heading closes (trial44 T44-9: twenty Go questions had
    'General questions › Try the code in the playground.' as their section)."""
    children = block.tokens[1].children or [] if len(block.tokens) > 1 else []
    if any(t.type == "link_open" for t in children):
        return True
    text = squash(plain_inline(children)).strip()
    text = re.sub(r"^[^\w(\[]+|[^\w.!。)\]]+$", "", text)  # (its emoji and marks around it)
    return len(text.split()) >= SENTENCE_WORDS and text.endswith((".", "!", "。", "！"))


def _section_over(blocks: list[TopBlock], n: int, level: int) -> bool:
    """The heading at ``n``, above ``level``, is a section right over a heading of that level (``## Short Answer`` over ``### What
    is a VM?``: the kind of questions that follow, never the answer of the question above it, trial15 T15-57)."""
    if blocks[n].level >= level or n + 1 >= len(blocks):
        return False
    after = blocks[n + 1]  # (right under it, nothing between: '#### Resposta: B' over its text answers the '######' above)
    return after.type == "heading_open" and after.level >= level


def _closing_remark(blocks: list[TopBlock], n: int, asked_after: bool) -> bool:
    """Whether the rule ('---') at ``n`` sets off the page's closing remark after its last question's answer: a
    paragraph or two and no heading, code, table or question up to the end ('---' / '**Pro-Tip**: Always mention …
    in interviews.' under an interview page's last answer: the page's advice, never that answer's last words)."""
    rest = [b for b in blocks[n + 1 :] if not b.boilerplate()]
    return (
        not asked_after and 0 < len(rest) <= CLOSING_BLOCKS and not any(b.type == "hr" for b in blocks[n + 1 :])
        and all(b.type in ("paragraph_open", "bullet_list_open") for b in rest)
    )


# a quote that opens as a word to the reader: a callout ('> [!tip]'), a sign ('> ⚠️ …', '> 📌 …') or a label ('> **Info:**',
# '> Note:', '> Tip -')
_CALLOUT_OPENING = re.compile(
    r"^[ ]{0,3}>[ \t]*(?:\[![A-Za-z-]+\]|[^\w\s*_`\[(\"'“‘>]|(?:\*\*|__)?[^\W\d_][\w ]{0,20}?(?:\*\*|__)?[ \t]*[:：-](?:\*\*|__)?\s)"
)


def _closing_callout(blocks: list[TopBlock], n: int, current: _Open, lines: list[str]) -> bool:
    """Whether the block at ``n`` is the page's last, a quote or callout at the margin after the last question's answer
    that says nothing of that question or its answer (no content word in common): the page's word to its reader
    (``> ⚠️ Remember subnetting practice for the exam!``, ``> **Info:** If you're unsure, ask in #oncall …``), never
    that answer's last words (sitting 56: it ended the last card's back). A note on the answer (``> Note: HTTPS on 8443
    too``) shares its words and stays."""
    block = blocks[n]
    if block.type != "blockquote_open" or not current.answer or current.toggle or any(not b.boilerplate() for b in blocks[n + 1 :]):
        return False
    if any(b.type == "blockquote_open" for b in blocks[:n]):
        return False  # (a page that writes answers or notes on them as quotes: '> 💡 Containers start from images.')
    if not _CALLOUT_OPENING.match(lines[block.start]) or lines[current.answer[-1].end - 1].rstrip().endswith((":", "：")):
        return False  # (a plain quote, 'Everything is a function.', or one a line above introduces: the answer's)
    said = content_words(" ".join(lines[block.start : block.end]))
    asked = content_words(" ".join([current.q.text, *(line for b in current.answer for line in lines[b.start : b.end])]))
    return bool(said) and not said & asked


def _label_heading(block: TopBlock) -> bool:
    """A heading that is only an answer label, numbered or not ('## Answer 3', '### Solution', '#### Lösung 2:')."""
    return block.type == "heading_open" and len(block.tokens) > 1 and bool(ANSWER_TITLE.match(squash(plain_inline(block.tokens[1].children or []))))


def _keys_list(blocks: list[TopBlock], n: int) -> bool:
    """Whether the heading at ``n`` names an answer key ('## Lösungen', '## Answers') over a numbered list: the key of
    every question above, never the last one's answer (sitting 41: a German mock exam's key was question 2's answer)."""
    text = squash(plain_inline(blocks[n].tokens[1].children or []))
    return bool(KEY_SECTION.match(text)) and n + 1 < len(blocks) and blocks[n + 1].type == "ordered_list_open"


# a heading that only labels the problem a question states under it ('### Problem:', '### Scenario', '### Aufgabe'):
# unnumbered, the words of the problem below it
_PROBLEM_LABEL = re.compile(
    r"^(?i:(?:the\s+)?problem(?:\s+statement)?|scenario|situation|context|background|case|issue|task|prompt"
    r"|aufgabe(?:nstellung)?|szenario|problema|problème|énoncé|enunciado|situación|задача|ситуация|сценарий)\s*[:：.]?$"
    r"|^(?:问题|題目|题目|场景|問題|シナリオ)[:：]?$"
)


def _statement_answers(blocks: list[TopBlock]) -> tuple[set[int], set[int]]:
    """``(problem labels, the headings of their answers)`` for a problem written under a label heading and answered
    under the next heading of its level, whatever that one is named (``### Problem:`` / its text / ``### Debugging
    Steps:`` / ``#### 1. Check the logs`` …, an interview page's scenarios): the headings after the problem, up to a
    heading above its level, another problem label or a heading that asks, are its answer, never cards or sections of
    their own (they had been 'question has no answer' and cards fronted 'Debugging Steps'). A label with nothing under
    it, or with no heading of its level after its text, is no such problem."""
    labels: set[int] = set()
    answers: set[int] = set()
    heads = [n for n, b in enumerate(blocks) if b.type == "heading_open" and len(b.tokens) > 1]
    for k, n in enumerate(heads):
        if not _PROBLEM_LABEL.match(squash(plain_inline(blocks[n].tokens[1].children or [])).strip("*_ ")):
            continue
        level = blocks[n].level
        nxt = heads[k + 1] if k + 1 < len(heads) else None
        if nxt is None or nxt == n + 1 or blocks[nxt].level != level:
            continue  # (nothing under the label, or its answer is no sibling of it)
        own = []
        for m in heads[k + 1 :]:
            text = squash(plain_inline(blocks[m].tokens[1].children or []))
            if blocks[m].level < level or _PROBLEM_LABEL.match(text.strip("*_ ")) or _LABEL_ONLY.match(text) or text.rstrip(CLOSERS + " *_").endswith(QUESTION_MARKS):
                break
            own.append(m)
        if own:
            labels.add(n)
            answers.update(own)
    return labels, answers


def _label_answers(blocks: list[TopBlock]) -> set[int]:
    """Answer label headings ('## Answer 3') that follow a question label heading of their level ('## Question 3')
    over its text: the question's answer, never a card or a section of their own (trial21 T21-39)."""
    found: set[int] = set()
    asked: int | None = None  # the level of the last question label heading
    for n, block in enumerate(blocks):
        if block.type != "heading_open" or len(block.tokens) < 2:
            continue
        if _LABEL_ONLY.match(squash(plain_inline(block.tokens[1].children or []))):
            asked = block.level
        elif asked is not None and block.level == asked and _label_heading(block) and blocks[n - 1].type != "heading_open":
            # (a key of every question comes once, after the last and before no other question, on a page whose
            # questions have no answer label of their own: '## Answer' over a numbered list of steps after '## Question 1'
            # or after the last of such questions is that question's answer)
            later = any(
                b.type == "heading_open" and len(b.tokens) > 1 and _LABEL_ONLY.match(squash(plain_inline(b.tokens[1].children or [])))
                for b in blocks[n + 1 :]
            )
            if found or later or not _keys_list(blocks, n):
                found.add(n)
            asked = None
        elif block.level <= (asked or 0):
            asked = None
    return found


def _under_answer_label(blocks: list[TopBlock], questions: Callable[[TopBlock], bool]) -> set[int]:
    """The headings of an answer opened by an answer label heading at its question's own level ('#### **题目**：…' /
    '#### **出题人**：…' / '#### **参考答案**：' / '#### 二分法' / '##### 1. …' / '#### 牛顿迭代法'): its sub-headings,
    written at the label's level or below, up to the next question or a heading above that level. They had been read as
    cards of their own, fronted by '* 考察点', and the question left with no answer (trial25, a folder of one question per
    file). ``questions``: whether a heading asks."""
    found: set[int] = set()
    asked: int | None = None  # the level of the last question heading
    label: int | None = None  # the level of its answer label, once seen
    heads = [n for n, b in enumerate(blocks) if b.type == "heading_open" and len(b.tokens) > 1]
    lone = [n for n in heads if has_question_label(squash(plain_inline(blocks[n].tokens[1].children or [])))]
    if lone and lone == heads[:1] and questions(blocks[lone[0]]) and not any(questions(blocks[n]) for n in heads[1:]):
        # the page's one labelled question, its first heading, and nothing after it asks: all it holds is its answer
        return {n for n in heads[1:] if blocks[n].level >= blocks[lone[0]].level}
    for n, block in enumerate(blocks):
        if block.type != "heading_open":
            continue
        if questions(block):
            asked, label = block.level, None
        elif label is not None and block.level >= label:
            found.add(n)
        elif asked is not None and block.level == asked and _answer_heading(block):
            label = block.level
        elif asked is not None and block.level <= asked and not (len(block.tokens) > 1 and _fact_heading(plain_inline(block.tokens[1].children or []))):
            asked = label = None
    return found


def _facts_over_answer(blocks: list[TopBlock]) -> set[int]:
    """Fact headings ('##### **出题人**：…') right over an answer heading of their level, other facts between."""
    found: set[int] = set()
    run: list[int] = []
    for n, block in enumerate(blocks):
        if block.type != "heading_open":
            continue
        if len(block.tokens) > 1 and _answer_heading(block) and run and all(blocks[k].level == block.level for k in run):
            found.update(run)
        if len(block.tokens) > 1 and _fact_heading(plain_inline(block.tokens[1].children or [])) and not _answer_heading(block):
            run.append(n)
        else:
            run = []
    return found


def _bare_answer_heading(block: TopBlock) -> bool:
    """A heading that is only an answer label ('#### **参考答案**：', '### Answer'): what follows it is the answer."""
    if block.type != "heading_open" or len(block.tokens) < 2 or not _answer_heading(block):
        return False
    plain = squash(plain_inline(block.tokens[1].children or []))
    said = _CJK_ANSWER.match(plain) or ANSWER_LINE_ANY.match(plain)
    return said is None or not plain[said.end() :].strip() or bool(_label_heading(block))


def _answer_heading(block: TopBlock) -> bool:
    """A heading that labels the answer ('#### Answer: D', '### Solution', '#### 答案：D'), not a section."""
    if len(block.tokens) < 2:
        return False
    text = squash(block.tokens[1].content)
    plain = squash(plain_inline(block.tokens[1].children or []))  # ('##### **参考答案**：A，B，C': bold label, U93)
    # (its plain words too: '### <h1 align="center"> *Solution* </h1>', a label set in HTML and italics: trial59 T59-2)
    return bool(_ANSWER_HEADING.match(text) or _ANSWER_HEADING.match(plain) or _QUALIFIED_LABEL.match(plain) or ANSWER_LINE_ANY.match(text) or ANSWER_LINE_ANY.match(plain) or _CJK_ANSWER.match(plain))
# a question that asks how things differ: its topic sub-headings are the things compared, named on their fronts with it
_ASKS_DIFFERENCE = re.compile(
    r"(?i)\b(?:differen(?:ce|ces|t)|differ|distinguish|compare|comparison|versus|vs\.?|diferencias?|différences?|unterschied\w*"
    r"|differenz\w*|diferença\w*|разниц\w*|отличи\w*|różnic\w*)\b|区别|區別|差异|差異|不同|違い|차이"
)
_SPACED_END = re.compile(r"\s+([?!？؟])$")  # 'Primary key vs unique key ?'
# a French question: its interrogative opening ("Qu'est-ce que …", "Pourquoi …", "Quelle est …") or its words
_FRENCH_ASKS = re.compile(
    r"(?i)^(?:qu['’]|est-ce\b|quel(?:le)?s?\b|pourquoi\b|comment\b|où\b|combien\b|quand\b|lequel\b|laquelle\b|"
    r"lesquel(?:le)?s\b|que\s+\w|qui\s+\w|à\s+quoi\b|de\s+quoi\b|en\s+quoi\b|peut-on\b|faut-il\b|est-il\b"
    # (a preposition before the question word: 'En quelle année …', 'Dans quel pays …', 'Depuis combien …', 'À qui …';
    # sitting 53: its space before '?' was dropped while the page's next question kept it)
    r"|(?:en|dans|depuis|pour|par|avec|sur|à|a|de|chez|vers|contre|sans|sous|jusqu['’]à)\s+(?:quel(?:le)?s?|quoi|qui|combien|où|lequel|laquelle)\b)"
)


# French writing anywhere in a question: an elided article or pronoun ("l'amiodarone", "qu'il", "d'une") or an inverted
# subject ("est-elle", "a-t-il"): a question that opens otherwise ("Concernant l'amiodarone, quelle(s) … ?") is French
# too, its space before '?' kept (trial31 T31-7: '… exacte(s)?')
_FRENCH_WORDS = re.compile(
    r"(?i)(?<![\w'’])(?:[ldjmtsnc]|qu|jusqu|lorsqu|puisqu)['’](?=[aeiouyhéèêëàâîïôûœ])"
    r"|\w-(?:t-)?(?:il|elle|ils|elles|on|je|tu|nous|vous)(?![\w-])"
)


def _french(text: str) -> bool:
    from compiler.sources.prompts import language

    return bool(_FRENCH_ASKS.match(text) or _FRENCH_WORDS.search(text)) or language(text) == "fr"
_ANCHOR = re.compile(r"\s*(?:\$#[\w-]*\$|\\\(#[\w-]*\\\))\s*$")  # '## A $#a$': a site generator's anchor, not a formula
_ID = re.compile(r"\s*\{#([A-Za-z0-9][\w.:/-]*)\}\s*$")
_LIST_START = re.compile(r"^(\d{1,9})([.)])(?=\s|$)")  # '443.' after an answer label: a number, not a list
_HASHES = re.compile(r"^#+\s+")  # '## # 2. Data Types': the stray '#' of a section name
BOLD_LEVEL = 7  # a bold question or sub-heading sits below every heading level
SUBHEADING_WORDS = 12
FAQ_MIN = 5  # headings at one level, FAQ_SHARE of which ask: a statement among them is a question too
FAQ_SHARE = 0.8
# a user's problem stated as an FAQ's heading: said in the first person ('Running `runspider` I get `error: …`', 'My
# crawler leaks memory') or naming an error; after an FAQ's last question it is a question too (trial26 T26-14)
_PROBLEM_HEADING = re.compile(r"(?i)(?<![\w'])(?:I|I'm|I've|my|me)(?![\w'])|\b(?:error|exception|fails?|failing|crash\w*)\b")
_PROBLEM_WORDS = 4  # words such a heading has at least ('My app crashes' is a title, not a report)
WORDED_MIN = 3  # headings with answers that ask by their words alone (no '?' at their level): questions
NAMES_SHOWN = 12  # statement headings a message names at most
WORDED_SHARE = 0.75  # … when this share of a level's headings with text under them open like a question
# trial6 F46: at a level where headings ask, statement headings with text under them at least this share of
# the asking ones are notes' cards too (an FAQ's odd section title is one among many questions)
STATED_SHARE = 0.5
TITLED_QUESTIONS = 2  # questions of their own right under a page's title that asks, making it their title


def _bracketed_entries(block: TopBlock, lines: list[str]) -> list[tuple[int, str, list[str]]]:
    """A list outside any question whose every entry (two or more) holds its answer in brackets at its end, as a
    worksheet does ('1. The Sun is a star. (True)', '2. The capital of France is ____. (Paris)'): a card per entry,
    a true/false statement asked as 'True or false: …' (trial10 P10)."""

    def entry(line: str, indent: int) -> tuple[str, str] | None:
        m = _LIST_MARK.match(line.lstrip())
        if m is None or len(line) - len(line.lstrip()) != indent:
            return None
        return bracketed_answer(line.lstrip()[m.end() :])

    cards = _entry_cards(block, lines, ("bullet_list_open", "ordered_list_open"), entry, dedent=False)
    if any(not a.strip() for _, _, answer in cards[:-1] for a in answer):  # (a loose list: a blank line between its
        cards = [(line, question, [a for a in answer if a.strip()]) for line, question, answer in cards]  # entries, M5)
    return cards if len(cards) >= 2 and all(len(answer) == 1 for _, _, answer in cards) else []


# an answer key's label, alone or with its entries on its line: '**Answers:** 1. soy 2. está', 'Answers:', 'Soluciones:'
_KEY_LEAD = re.compile(rf"^\s{{0,3}}(?:\*\*|__)?(?i:{KEY_WORDS})\s*[:：]?\s*(?:\*\*|__)?\s*[:：]?\s*(?P<entries>.*)$")
_KEY_ENTRY = re.compile(r"(?:^|(?<=\s))(?P<n>\d{1,3})[.)]\s+")


_VERDICT = re.compile(r"^(?:(T|true|V|vrai|verdadero|wahr)|F|false|faux|falso|falsch)\.?$", re.I)  # a true/false key entry


def _key_entries(text: str) -> dict[int, str]:
    """'1. soy 2. está 3. está' as {1: 'soy', 2: 'está', 3: 'está'} ({} when it is no such run)."""
    marks = list(_KEY_ENTRY.finditer(text))
    if not marks or marks[0].start() != 0:
        return {}
    out: dict[int, str] = {}
    for m, nxt in itertools.zip_longest(marks, marks[1:]):
        out[int(m.group("n"))] = text[m.end() : nxt.start() if nxt else len(text)].strip()
    return out


def _keyed_lists(blocks: list[TopBlock], lines: list[str]) -> dict[int, tuple[int, dict[int, str]]]:
    """Numbered exercises followed by their answer key (learner3 N1: a lesson's 'Quiz 1' of '1. Yo (soy/estoy) de
    Chile.' lines, then '**Answers:** 1. soy 2. está 3. está', or '**Answers:**' over a numbered list): {the
    exercises' list block: (the key's last block, {number: answer})}, when the key answers every exercise and each
    exercise is one line."""
    found: dict[int, tuple[int, dict[int, str]]] = {}
    for n, block in enumerate(blocks[:-1]):
        toggled = _toggled_key(blocks, n, lines) if block.type == "ordered_list_open" else None
        if toggled is not None:  # '1. Co to wodorotlenek?' … / '<details><summary>Pokaż odpowiedzi</summary>' / '**1.** …' (T15-82)
            first, count = _list_numbers(block)
            own = [line for line in lines[block.start : block.end] if line.strip()]
            if count >= 2 and len(own) == count and all(toggled[1].get(k) for k in range(first, first + count)):
                found[n] = toggled
                # ('1. Find …' '2. …' / a figure / '3. Find …' / the numbered solutions: the tasks a figure splits into
                # lists are keyed alike, trial47 T47-1)
                m = n - 1
                while m >= 0 and (_picture_only(blocks[m], lines) or blocks[m].type == "ordered_list_open"):
                    if blocks[m].type == "ordered_list_open":
                        start, many = _list_numbers(blocks[m])
                        mine = [line for line in lines[blocks[m].start : blocks[m].end] if line.strip()]
                        if start + many != first or len(mine) != many or not all(toggled[1].get(k) for k in range(start, start + many)):
                            break
                        found[m], first = toggled, start
                    m -= 1
            continue
        if block.type != "ordered_list_open" or blocks[n + 1].type != "paragraph_open":
            continue
        key = blocks[n + 1]
        m = _KEY_LEAD.match(" ".join(line.strip() for line in lines[key.start : key.end]))
        if m is None:
            continue
        last, answers = n + 1, _key_entries(m.group("entries").strip())
        if not m.group("entries").strip() and n + 2 < len(blocks) and blocks[n + 2].type == "ordered_list_open":
            last = n + 2
            answers = _key_entries(" ".join(line.strip() for line in lines[blocks[n + 2].start : blocks[n + 2].end]))
        first, count = _list_numbers(block)
        own = [line for line in lines[block.start : block.end] if line.strip()]
        one_line = len(own) == count and all(_NUMBER_MARK.match(line) for line in own)
        if count >= 2 and one_line and all(answers.get(k) for k in range(first, first + count)):
            found[n] = (last, answers)
    return found


_PICTURE_ONLY = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)\s*)+$")


def _picture_only(block: TopBlock, lines: list[str]) -> bool:
    """A paragraph that is only pictures (``![](intro_data/struc2.svg)``, a MyST figure as :func:`directives` writes it)."""
    own = [line for line in lines[block.start : block.end] if line.strip()] if block.type == "paragraph_open" else []
    return bool(own) and all(_PICTURE_ONLY.match(line) for line in own)


def _pictured(blocks: list[TopBlock], n: int, lines: list[str], question: str) -> list[TopBlock]:
    """The picture alone right above the question at ``n``, first on the page or after no open item, when the question
    points at it (``![Sign 1](give-way.png)`` / ``**What does this sign mean?**``): on its front (sitting 51 N23: it was
    dropped without a word; after an answer, stimulus.attach moves such a picture to the question that asks about it)."""
    return [blocks[n - 1]] if n and _picture_only(blocks[n - 1], lines) and asks_about_picture(question) else []


def _keyed_leads(blocks: list[TopBlock], lines: list[str], keyed: dict[int, tuple[int, dict[int, str]]]) -> dict[int, str]:
    """The lead-in of keyed tasks: a paragraph ending in ':' or '.' and asking nothing right over the first list of them (pictures between),
    ``Given the following structure:`` over ``1. Find the support reactions`` …: ``{its block: its text}``, shown
    before each task, never a question without an answer (trial47 T47-1)."""
    leads: dict[int, str] = {}
    for n in sorted(keyed):
        m = n - 1
        while m >= 0 and _picture_only(blocks[m], lines):
            m -= 1
        if m < 0 or m in keyed or blocks[m].type != "paragraph_open":
            continue
        text = " ".join(line.strip() for line in lines[blocks[m].start : blocks[m].end])
        if text.endswith((":", "：", ".")) and not any(q in text for q in QUESTION_MARKS):
            leads[m] = text
    return leads


_KEY_NUMBER = re.compile(r"^[ ]{0,3}(?P<b>\*\*|__)?(?P<n>\d{1,3})[.)](?P<shut>\*\*|__)?[ \t]+(?=\S)")
_ANSWERS_SUMMARY = re.compile(r"(?i)<summary\b[^>]*>\s*(?:<[^>]+>\s*)*(?P<s>[^<]*?)\s*(?:</[^>]+>\s*)*</summary>")


def _toggled_key(blocks: list[TopBlock], n: int, lines: list[str]) -> tuple[int, dict[int, str]] | None:
    """``(the toggle's last block, {number: answer})`` when a toggle that shows answers follows the list at ``n``
    (``<details><summary>Pokaż odpowiedzi</summary>`` / ``**1.** …`` / ``**2. Nazwa:** …`` / ``</details>``; a pandoc
    answer div as :func:`answer_divs` writes it, trial15 T15-82), each answer its lines up to the next number."""
    start = next((k for k in range(blocks[n].end, len(lines)) if lines[k].strip()), None)
    if start is None or not _OPEN_DETAILS.match(lines[start].lstrip()):
        return None
    said = start  # ('<details>' alone on its line, '<summary>Show answers</summary>' on the next: trial22 T22-25)
    if "<summary" not in lines[start].lower() and lines[start].strip().lower().rstrip(">").endswith("details"):
        said = next((k for k in range(start + 1, len(lines)) if lines[k].strip()), start)
    summary = _ANSWERS_SUMMARY.search(lines[said])
    if summary is None or not (_KEY_LEAD.match(summary.group("s")) or _ANSWER_DIV_TITLE.match(summary.group("s"))):
        return None
    end = next((k for k in range(said, len(lines)) if _CLOSE_DETAILS.search(lines[k])), None)
    if end is None:
        return None
    answers: dict[int, list[str]] = {}
    at: int | None = None
    for line in [lines[said][summary.end() :], *lines[said + 1 : end]]:
        m = _KEY_NUMBER.match(line)
        if m is not None:
            at = int(m.group("n"))
            rest = line[m.end() :]
            answers[at] = [f"{m.group('b')}{rest}" if m.group("b") and not m.group("shut") else rest]
        elif at is not None:
            answers[at].append(line)
        elif line.strip():
            return None  # (text before the first number: no key of numbered answers)
    last = max(k for k, b in enumerate(blocks) if b.start <= end)
    return (last, {k: "\n".join(v).strip() for k, v in answers.items()}) if answers else None


_ANSWER_DIV_TITLE = re.compile(
    r"(?i)^(?:(?:show|see|reveal|view|pokaż|zobacz|mostrar|ver|afficher|voir|zeige|mostra)\s+)?(?:the\s+)?"
    r"(?:answers?|odpowied\w*|rozwiązani\w*|solutions?|respuestas?|réponses?|lösung\w*|antwort\w*)\s*$"
)


def _in_toggle(lines: list[str]) -> bool:
    """Whether these lines leave a ``<details>`` toggle open (more opened than closed)."""
    text = "\n".join(lines)
    return len(_OPEN_DETAILS.findall(text)) > len(_CLOSE_DETAILS.findall(text))


def _entry_cards(
    block: TopBlock,
    lines: list[str],
    types: tuple[str, ...],
    entry: Callable[[str, int], tuple[str, str] | None],
    *,
    dedent: bool,
    loose: Callable[[str], bool] | None = None,
) -> list[tuple[int, str, list[str]]]:
    """A card per top-level entry of a list outside any question, when ``entry`` reads every one
    (its question and the answer text on its own line); an entry it cannot read makes the list an
    ordinary one (no cards), unless ``loose`` says it is a point of the card above's answer.  The entry's
    further lines join its answer with the entry's own indent removed (``dedent``: the marker's two columns; else the
    least indent its nested lines share), so nested lists and the indentation inside code keep their shape."""
    if block.type not in types or block.end > len(lines):
        return []
    own = lines[block.start : block.end]
    indent = len(own[0]) - len(own[0].lstrip())
    cards: list[tuple[int, str, list[str]]] = []
    nested: list[set[int]] = []  # per card, which of its answer lines are the entry's own indented lines
    for k, line in enumerate(own):
        hit = entry(line, indent)
        if hit:
            question, first = hit
            if first.strip() and question.rstrip(CLOSERS + "*_").endswith(QUESTION_MARKS) and answered_below(lines, block.start + k):
                question, first = f"{question.rstrip()} {first.strip()}", ""  # ('1. …? Describe the stages.' over its toggle: T29-L2)
            cards.append((block.start + 1 + k, question, [first] if first.strip() else []))
            nested.append(set())
        elif cards and loose is not None and len(line) - len(line.lstrip()) == indent and loose(line):
            cards[-1][2].append(line.strip())
        elif len(line) - len(line.lstrip()) <= indent and line.strip() and (_LIST_MARK.match(line.lstrip()) or not cards):
            return []  # an entry the rule does not read: an ordinary list (a line without a bullet continues the entry)
        elif cards and dedent:
            cards[-1][2].append(line[indent + 2 :] if line[: indent + 2].isspace() else line.lstrip())  # (a line ending in two spaces breaks there)
        elif cards:
            nested[-1].add(len(cards[-1][2]))
            cards[-1][2].append(line)
    for (_, _, answer), own_lines in zip(cards, nested, strict=True):
        _dedent_nested(answer, own_lines, indent)
        _unwrap_label_entry(answer)
    return [(line, question, _one_child(answer)) for line, question, answer in cards]


def _follow_ups_only(rest: list[str]) -> str | None:
    """What an asking list entry holds under its first line when it holds no answer: the lines that go on its question
    (no blank line before them: '* ¿Cuál es la diferencia entre:' / '` function Person(){} `, … ?'), returned as text
    to add to it, and nested entries that ask follow-ups ('\t* ¿Qué técnicas o procesos usa?'), with maybe an
    interviewer's note among them ('\t* Puntos extra por mencionar …'); None when it holds anything else (a paragraph
    or code, or nested points none of which asks: the entry's answer). An interview page's question lists carry such
    follow-ups, and a list holding one was taken for answer text (trial22 T22-6)."""
    more: list[str] = []
    nested: list[str] = []
    gap = False
    for line in rest:
        if not line.strip():
            gap = True
        elif _LIST_MARK.match(line.lstrip()) and line[:1] in " \t":
            nested.append(_LIST_MARK.sub("", line.lstrip()))
        elif gap or nested:
            return None
        else:
            more.append(line.strip())
    if nested and not any(q.rstrip(CLOSERS + "*_").endswith(QUESTION_MARKS) or "?" in q or "？" in q or opens_asking(q) for q in nested):
        return None
    return "".join(f" {m}" for m in more)


_ATX_LINE = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.*?)[ \t#]*$")


BYLINE_WORDS = 10  # words at most of a page's byline under its title


def _byline(lines: list[str], block: TopBlock, title: int) -> bool:
    """The one short line right under the page's title, its first line, that ends no sentence: a byline or subtitle
    ('Professora Marta · 2º bimestre', 'Mr Smith — Year 9 Biology', 'Updated March 2024'; sitting 43: "text outside
    any question" on review sheets whose questions all read right)."""
    text = lines[block.start].strip() if block.end - block.start == 1 and block.start < len(lines) else ""
    first = next((k for k, line in enumerate(lines) if line.strip()), -1)
    return (
        bool(text) and title == first and lines[title].lstrip().startswith("# ")
        and len(text.split()) <= BYLINE_WORDS and not text.rstrip(CLOSERS + "*_").endswith((".", "!", ":", "：", "。", *QUESTION_MARKS))
    )  # fmt: skip


def _page_introduction(lines: list[str], block: TopBlock, heading: int | None) -> bool:
    """A paragraph that opens the page, under its first heading or none, and only says what the page is
    (lines.about_the_page)."""
    if any(_ATX_LINE.match(line) for line in lines[: heading if heading is not None else block.start]):
        return False
    if heading is None and any(line.strip() for line in lines[: block.start]):
        return False
    return about_the_page(" ".join(lines[block.start : block.end]))


def _instruction_over_list(lines: list[str], block: TopBlock) -> bool:
    """A one-line paragraph that is an exercise's instruction (lines.exercise_instruction: 'Fill in the blanks.',
    'Answer the following questions.') with a list, a table or a heading right below it: what to do with the items, no
    text to learn."""
    if block.end - block.start != 1 or block.start >= len(lines) or not exercise_instruction(lines[block.start]):
        return False
    below = next((line for line in lines[block.end :] if line.strip()), "")
    return bool(_LIST_MARK.match(below) or below.lstrip().startswith(("|", "#")))  # ('#': a key's questions, rewritten)


_CALLOUT_HEAD = re.compile(r"^[ \t]{0,3}>[ \t]*\[!(?P<kind>[A-Za-z][\w-]*)\][-+]?[ \t]*(?P<title>[^\n]*?)[ \t]*$")  # '> [!tip] Merksatz'


def _say_outside(diag: Diagnostics, doc: Document, block: TopBlock, wiki: frozenset[int] = frozenset(), marks: str = "") -> None:
    """Text in no card, said at its line (one group: the build prints it once with its count); right under a heading,
    the message names the heading, which was read as a section, not a question (trial29 T29-45: 'whats the func of
    mitochondria' was in no card and no message said so). Never a line of links to other notes (``Back to [[MOC
    Microbiology]] · Prev: [[L02 Prokaryotic cells]]``: ``wiki``, navigation, T29-8). ``marks``: how to read it as a
    cloze of a Spaced Repetition page, said first in the fix (T30-30)."""
    if wiki and all(k in wiki for k in range(block.start, block.end)):
        return
    if anchor_links(block):  # ('1. [What is React?](#what-is-react)' …: a table of contents, its entries cards below, T39-5)
        return
    above = next((k for k in range(min(block.start, len(doc.lines)) - 1, -1, -1) if doc.lines[k].strip()), None)
    heading = _ATX_LINE.match(doc.lines[above]) if above is not None else None
    if heading is not None and _byline(doc.lines, block, above):  # type: ignore[arg-type]
        return  # ('# Astronomia — revisão' / 'Professora Marta · 2º bimestre': the page's byline, no study text)
    if _instruction_over_list(doc.lines, block):
        return  # ('Fill in the blanks.' over the numbered sentences: the exercise's instruction, no study text; sitting 44)
    if _page_introduction(doc.lines, block, above if heading is not None else None):
        return  # ('This part of the documentation answers common questions about Requests.': what the page is, T49-13)
    said = f" (under the heading {heading.group('text')!r} at line {above + 1}, read as a section, not a question)" if heading and above is not None else ""
    titled = heading is not None and above is not None and (re.match(r" {0,3}#[ \t]", heading.group(0)) or (page_title(doc.lines) or (-1, ""))[0] == above)
    if titled and heading is not None and above is not None:  # (a title set at level 3 over '## …' sections too, T61)
        # ('# A Swift Tour' over its introduction, trial50 T50-9: the page's title, no section; '# Introduction' over
        # exercism's 'Python is a dynamic and strongly typed programming language.': a title that names no subject asks
        # nothing, and a card fronted 'Introduction' would not either, T50-3)
        title = heading.group("text").strip().strip("*_ ").strip()  # ('# **🚀 Terraform …**': its words, no bold marks)
        said = (f" (under the title {title!r} at line {above + 1}, which names no subject: titled '# <subject>: {title}', "
                "its text is the page's card)") if generic_title(title) else f" (under the page's title {title!r} at line {above + 1}: its introduction)"
    fix = "put it under a question ('## …?' or '**…?**'; a heading that asks ends with '?') or remove it"
    fix = f"{marks}; else {fix}" if marks else fix
    boxed = _CALLOUT_HEAD.match(doc.lines[block.start]) if block.type in ("blockquote_open", "admonition_open") and block.start < len(doc.lines) else None
    if boxed is not None:  # ('> [!tip] Merksatz' / '> Konjunktiv II = würde + Infinitiv' under the title: a note of the
        # page's, never "its introduction"; N60-14)
        named = squash(boxed.group("title") or "")
        said = re.sub(r": its introduction\)$", ")", said)
        diag.warning(
            doc.rel,
            block.start + 1,
            f"a [!{boxed.group('kind').lower()}] box{f' {named!r}' if named else ''} outside any question is not in any card{said}",
            "to learn it, put it under a question ('## …?' or '**…?**'; a heading that asks ends with '?') or write it as a "
            "card of its own; to leave it out, nothing to do",
            group=OUTSIDE_QUESTION,
        )
        return
    if block.type == "table_open":  # (a table of facts is no introduction: say what it is and how its rows become cards, N43)
        rows = max(0, sum(1 for line in doc.lines[block.start : block.end] if line.strip().startswith("|")) - 2)
        said = re.sub(r": its introduction\)$", ")", said)
        diag.warning(doc.rel, block.start + 1, f"a table of {rows} row{'s' if rows != 1 else ''} outside any question is not in any card{said}",
                     "name its columns as a question and its answer to make a card of each row ('| Term | Definition |', "
                     f"'| Question | Answer |'), or {fix}", group=OUTSIDE_QUESTION)  # fmt: skip
        return
    if above is not None and doc.lines[above].lstrip().startswith("|") and block.type == "paragraph_open":
        # ('| `${foo:-val}` | … |' rows, then 'Omitting the `:` removes the (non)nullity checks …': a note on the rows
        # above, each row a card of its own or none; trial52 T52-11: the fix named a question heading to write)
        diag.warning(
            doc.rel,
            block.start + 1,
            "a note under a table, outside any question, is not in any card (no card of the table's rows shows it)",
            "to show it on a card, write it in the cells it is about, or as a row of the table",
            group=OUTSIDE_QUESTION,
        )
        return
    diag.warning(doc.rel, block.start + 1, f"text outside any question is not in any card{said}", fix, group=OUTSIDE_QUESTION)


_LETTER_WORDS = re.compile(r"[^\W\d_]{2,}")  # a heading's words, as its card's front says them ('1. Summary' / 'Lesson 3 — Titration › Summary')
LINK_LABEL_MAX = 6  # words at most of a label over a run of links ('📖 **Documentación Oficial**:', '利用可能な言語リスト:')
_LINKED_ENTRY = re.compile(r"\[[^\]]+\]\([^)]+\)|https?://")


LABEL_OVER_GAP = 1  # blank lines at most between a bold label and the list or code it labels


def _bold_label_over(blocks: list[TopBlock], n: int, lines: list[str]) -> str | None:
    """A one-line bold label ending in a colon ('**Steps:**', '**Example:**') right over a list or code: the label,
    when it names what they are (never an answer's or a question's label, 'Answer:', 'Question 3:')."""
    block = blocks[n]
    if block.type != "paragraph_open" or block.end - block.start != 1 or n + 1 >= len(blocks) or block.start >= len(lines):
        return None
    found = _BOLD_TITLE_ONLY.match(lines[block.start])
    below = blocks[n + 1]
    if found is None or below.type not in ("ordered_list_open", "bullet_list_open", "fence", "code_block"):
        return None
    if below.start - block.end > LABEL_OVER_GAP:
        return None
    label = found.group("t").strip()
    if not label or len(label.split()) > LINK_LABEL_MAX or has_answer_label(f"{label}:") or _LABEL_ONLY.match(label):
        return None
    if label.rstrip(CLOSERS).endswith(QUESTION_MARKS):
        return None
    return label


def _link_label(block: TopBlock) -> bool:
    """A short paragraph that labels the links below it and holds none: '📖 **Documentación Oficial**:', 'Languages:'."""
    if block.type != "paragraph_open":
        return False
    children = block.tokens[1].children or []
    text = plain_inline(children).strip()
    return not any(c.type == "link_open" for c in children) and text.endswith((":", "：")) and 0 < len(text.split()) <= LINK_LABEL_MAX


def _reading_runs(blocks: list[TopBlock], wiki: frozenset[int]) -> dict[int, tuple[int, int]]:
    """Runs of blocks that are only links, under one heading and holding a list of them (a resources or languages
    section in any language: '## 📚 **Recursos Adicionales**' / '📖 **Documentación Oficial**:' / '- [MDN …](…)' …,
    '利用可能な言語リスト:' over 22 language links; its labels allowed): {first line of each block: (first, end) of its
    run}. Outside any question such a run is a reading list, said once and listed as skipped, as under a heading of its
    own (trial43 T43-15: "text outside any question" at each of its lines, in every language but English's shape)."""
    runs: dict[int, tuple[int, int]] = {}
    k = 0
    while k < len(blocks):
        j = k
        while j < len(blocks) and blocks[j].type in ("paragraph_open", "bullet_list_open", "ordered_list_open") and (
            _link_label(blocks[j]) or reading_list([blocks[j]], wiki)
        ):
            j += 1
        run = blocks[k:j]
        listed = any(b.type != "paragraph_open" and _LINKED_ENTRY.search("".join(x.content for x in b.tokens if x.type == "inline")) for b in run)
        if listed and reading_list(run, wiki):
            runs.update({b.start: (k, j) for b in run})
        k = max(j, k + 1)
    return runs


def _unread_marks(block: TopBlock, lines: list[str], source: SourceConfig) -> str:
    """How to make a paragraph of a Spaced Repetition page a cloze when marks the source does not read (``sr_clozes``)
    would: ``**bold**`` deletions on a page read with the default marks, as the plugin reads them when set so; else ''."""
    if block.type != "paragraph_open" or block.end > len(lines):
        return ""
    text = squash(" ".join(lines[block.start : block.end]))
    if "::" in text or sr_deletions(text, tuple(source.sr_clozes)) is not None:
        return ""
    new = [m for m in SR_CLOZE_MARKS if m not in source.sr_clozes and sr_deletions(text, (m,)) is not None]
    every = ", ".join(f'"{m}"' for m in dict.fromkeys([*source.sr_clozes, *new]))
    return f"if its {' and '.join(new)} text is a cloze's deletion, add sr_clozes = [{every}] to its [[source]] table" if new else ""

def _unwrap_label_entry(answer: list[str]) -> None:
    """An answer opened by a point that is only its label ('- **Answer**:' over the answer's own points), in place: the
    label leads the answer and its points are the answer's list (they were an empty point over a nested list, lead's
    check 3 December); the points after it at its level stay as they are. A point with text after a label ('- A:
    `var`', an option) is left alone."""
    k = next((k for k, line in enumerate(answer) if line.strip()), None)
    mark = _LIST_MARK.match(answer[k]) if k is not None else None
    if k is None or mark is None or not answer_line(answer[k][mark.end() :]):
        return
    width = mark.end()
    if strip_answer_label(unbold_label(f"{answer[k][width:].rstrip()} x").strip()).strip() != "x":
        # (the probe ' x' stands for the answer under the label, as answer_line's) a bold label with the answer's
        # first words after it, over the answer's points ('- **A**: Use var when:' / '  - The type is obvious …'),
        # the entry's one point: the label goes, the words lead the points (trial57 T57-5: the back read 'A: Use var
        # when:'); an unbolded 'A: …' may be an option's letter and stays
        text = answer[k][width:].strip()
        said = strip_answer_label(unbold_label(text).strip()).strip()
        alone = not any(line.strip() and not line[:width].isspace() for line in answer[k + 1 :])
        if unbold_label(text) == text or not said or said == unbold_label(text).strip() or not alone:
            return
        answer[k] = said
    else:
        answer[k] = answer[k][width:]
    for j in range(k + 1, len(answer)):
        if answer[j].strip() and not answer[j][:width].isspace():
            break  # the label's next sibling ('- **Example**:'): its own point
        answer[j] = answer[j][width:]


def _dedent_nested(answer: list[str], at: set[int], indent: int) -> None:
    """Take from the lines ``at`` (an entry's own lines, as written) the least indent its nested lines share, in place:
    '- **How do you reverse a list?**' over '  ```python' / '  def rev(xs):' / '      xs.reverse()' keeps the code's
    own indentation and a sub-list its nesting (every line stripped made such code wrong, lead's check 3 December);
    a lazy line at the margin is taken as it stands, stripped."""
    depths = [len(answer[k]) - len(answer[k].lstrip()) for k in at if answer[k].strip()]
    base = min((d for d in depths if d > indent), default=0)
    for k in at:
        line = answer[k]
        lead = len(line) - len(line.lstrip())
        answer[k] = line[min(base, lead) :] if lead > indent else line.lstrip()


def _answer_labelled_list(block: TopBlock, lines: list[str]) -> list[tuple[int, str, list[str]]]:
    """``(line, question, answer lines)`` of each entry of a numbered list that is a question over its own answer label
    (``1. What is a gene?`` / ``Answer: A segment of DNA …``); [] unless every entry is one."""
    if block.type != "ordered_list_open" or block.end > len(lines):
        return []
    own = lines[block.start : block.end]
    indent = len(own[0]) - len(own[0].lstrip())
    entries: list[tuple[int, list[str]]] = []
    for k, line in enumerate(own):
        if _NUMBER_MARK.match(line) and len(line) - len(line.lstrip()) == indent:
            entries.append((block.start + 1 + k, [_NUMBER_MARK.sub("", line, count=1).strip()]))
        elif entries:
            entries[-1][1].append(line)
    cards: list[tuple[int, str, list[str]]] = []
    for at, body in entries:
        label = next((j for j, line in enumerate(body) if j and answer_line(line.strip())), None)
        question = " ".join(x.strip() for x in body[:label]) if label is not None else ""
        if not question or not (question.rstrip(" *_").endswith(QUESTION_MARKS) or opens_asking(question)):
            return []
        answer = body[label:]
        _dedent_nested(answer, set(range(len(answer))), indent)
        _unwrap_label_entry(answer)
        cards.append((at, question, answer))
    return cards


def _plain_point(line: str) -> bool:
    """A bulleted line that is no bold question nor bold term ('- `docker pull ubuntu` pulls …'), nor a task box."""
    body = _LIST_MARK.sub("", line.lstrip(), count=1)
    return body != line.lstrip() and not body.startswith(("**", "__", "[ ]", "[x]", "[X]")) and QUESTION_BULLET.match(line) is None


# a fill-in-the-blank prompt ('A _____ is an API resource for …'): it asks without a '?' (lead's new-user check,
# katademy-decks/kubernetes: 22 of 63 toggles in a file were such blanks, read as text outside any question)
_BLANK = re.compile(r"_{3,}")


# options written as plain lines of one paragraph ('A) 10' / 'B) 11', 'a. …' / 'b. …'), no bullets: the shape
# LLM-written quiz banks produce (learner L32: every such quiz was a Basic card, its options one run-on line)
# ('B.CloudFront': N19; '*B. …', the right option starred: trial11 P48)
# (a ballot box or check mark before the letter, '☐ A) 3' / '☒ B) 4' / '✅ B) …': trial15 T15-6, read by choices.find_choices)
_BALLOT = r"(?:[☐□⬜🔲☒☑✅✔✓][\ufe0e\ufe0f]?\s*)?"
# ('(a) .gitkeep' / '(b) …': the letter may stand in brackets, trial23 T23-36)
_OPTION_A = re.compile(r"^\s{0,3}" + _BALLOT + r"(?:\*\*|\*(?=[Aa][.)]))?\(?[Aa](?:\*\*)?[.)](?:\s+\S|(?<=A[.)])[A-Z0-9])")
_OPTION_B = re.compile(r"^\s{0,3}" + _BALLOT + r"(?:\*\*|\*(?=[Bb][.)]))?\(?[Bb](?:\*\*)?[.)](?:\s+\S|(?<=B[.)])[A-Z0-9])")


def _task_list(q: _Question, first: str) -> bool:
    """Task boxes under a to-do list's name or a day ('## Tasks', '## Aufgaben', '# 2026-03-14' over '- [ ] buy milk'
    / '- [x] call Bob'): a note's to-do list, its ticked entry a task done, never a quiz's right option (trial30
    T30-24; a Markdown file's lists right under such a name are gone before it is read: lines.todo_lists)."""
    return bool(_BOX_OPEN.match(first) or _BOX_TICKED.match(first)) and todo_heading(q.text)


def _asks_before_options(text: str) -> bool:
    """'Which drug reverses opioids? a) Naloxone b) … c) …': a question with its options on its line (M34)."""
    run = inline_options(text) if ")" in text or "." in text else None
    return run is not None and run[0].endswith(QUESTION_MARKS)


def _ticked_run(line: str) -> bool:
    """A line that is a run of options and nothing else, one of them ticked (``A) True B) False ✓``)."""
    run = inline_options(line)
    return run is not None and not run[0] and sum(option.rstrip().endswith(("✓", "✔", "☑", "✅")) for option in run[1]) == 1


def _inline_run(line: str) -> bool:
    """A line that is a run of options and nothing else, ``(a) Vitamin A (b) Vitamin B12 (c) …`` (M34)."""
    run = inline_options(line)
    return run is not None and not run[0]


def _plain_options(lines: list[str], start: int) -> bool:
    """A paragraph whose first two lines are options A and B, each on its own line (or a paragraph each, one of them
    marked right); or whose every line is an option
    the choices reader reads with its mark (``❌ Option 1: A. 80`` / ``✅ Option 2: B. 443``, a generated quiz's
    lines: trial16 T16-38, they were a Basic back of raw lines)."""
    if start + 1 >= len(lines):
        return False
    end = next((k for k in range(start, len(lines)) if not lines[k].strip()), len(lines))
    paragraph = lines[start:end]
    if (ticked := checked_in_place(paragraph)) is not paragraph:  # ('(x) pwd' in the place of '(b) pwd': T23-36)
        lines = [*lines[:start], *ticked, *lines[end:]]
    after = wrapped_option_end(lines, start, 0, []) if _OPTION_A.match(lines[start]) else start + 1
    if after < len(lines) and _OPTION_A.match(lines[start]) and _OPTION_B.match(lines[after]):
        return True  # (option A hard-wrapped onto a line or two before B: T35-9)
    if _OPTION_A.match(lines[start]) and start + 2 < len(lines) and not lines[start + 1].strip() and _OPTION_B.match(lines[start + 2]):
        found = find_choices(lines[start:])  # options a paragraph each (a Google Docs or Word page's): when one is marked (T18-88)
        return found is not None and found.correct is not None
    if code_options(lines, start):  # 'A)' alone over a block of program output, then 'B)' over another (T17-32)
        return True
    end = next((k for k in range(start, len(lines)) if not lines[k].strip()), len(lines))
    own = lines[start:end]
    if len(own) < 2 or not all(_MARKED_OPTION.match(line) for line in own):
        return False
    found = find_choices(own)
    return found is not None and len(found.options) == len(own)


# '✅ Option 2: B. 443', '[x] GET', and radio buttons '( ) 80' / '(x) 443' (trial38 T38-10: a Basic back of raw lines)
_MARKED_OPTION = re.compile(
    r"^\s{0,3}(?:[✅❌✔✘✓✗☑☒✖]|\[[ xX*✓✔]\]|\((?:[ \t]*[xX*✓✔●◉•][ \t]*|[ \t]+)\)(?=[ \t]))[\ufe0e\ufe0f]?\s*\S"
)


# a line's own first deletion: numbering that starts again on each line says each line is a note of its own
_FIRST_DELETION = re.compile(r"\{\{\s*[cC]1\s*::")



def _bold_title_line(children: list[Token]) -> tuple[str, str] | None:
    """``(title, text)`` of a paragraph whose first line is only bold (``**Case 1: Chest pain**``) and whose next lines
    go on (the vignette under it); None otherwise."""
    children = [t for t in children if not (t.type == "text" and not t.content)]
    if len(children) < 5 or children[0].type != "strong_open":
        return None
    close = next((k for k, t in enumerate(children) if t.type == "strong_close"), None)
    if close is None or close + 2 >= len(children) or children[close + 1].type != "softbreak":
        return None
    title = squash(plain_inline(children[1:close], code=True))
    rest = squash(plain_inline(children[close + 2 :], code=True))
    return (title, rest) if title and rest and len(title) <= 80 else None

@dataclass
class _Question:
    text: str
    marker: str | None
    explicit_id: str | None
    trailing: bool = False  # the marker followed the text
    labeled: bool = False  # written with a "Q:" label: a question even without '?'
    tags: list[str] = field(default_factory=list)  # '#exam' after the question (Obsidian, Logseq)
    number: str | None = None  # the document's own number ('## 12) …', '**3. …?**'), never an ordinal
    rest: str = ""  # a heading's text after its '?' ('## Shoulder dislocation? Upper-arm activity --> …'): its answer's start
    shown: list[TopBlock] = field(default_factory=list)  # the picture a bold question asks about, on its line's side (N23)

    @property
    def asks(self) -> bool:
        text = unmark_operators(self.text)  # ('Elvis Operator ( ?: )' names an operator: sitting 57)
        return (
            text.rstrip(CLOSERS).endswith(QUESTION_MARKS)
            or script_asks(text)  # ('Ո՞վ է …։', '… Ελλάδας;': its script's question mark, T36-15)
            or self.labeled
            or asks_annotated(text)
            or bool(_BLANK.search(text))
            or _asks_before_options(text)
        )


# a heading naming a term and its gloss: '～おかげで - "Thanks to" (Positive Result)', 'Sotalol --> arrhythmias'
_GLOSS_ARROW = re.compile(r"\s+(?:-->|->|→|⇒|⟶)\s+")
_GLOSS_DASH = re.compile(r"\s+[-–—]\s+(?=[\"“'‘])")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
GLOSS_TERM_WORDS = 6  # words at most in the term before a gloss


def _glossed(text: str) -> tuple[str, str] | None:
    """(term, gloss) of a statement heading that glosses a term: an arrow ('Sotalol --> atrial arrhythmias'), a dash
    before a quoted gloss ('～おかげで - "Thanks to"'), or a dash between a term in Chinese, Japanese or Korean
    script and a gloss in another ('勉強 – study'); None for any other heading ('Chapter 1 - Introduction')."""
    m = _GLOSS_ARROW.search(text) or _GLOSS_DASH.search(text)
    if m is None:
        m = re.search(r"\s+[-–—]\s+", text)
        if m is None or not _CJK.search(text[: m.start()]) or _CJK.search(text[m.end() :]):
            return None
    term, gloss = text[: m.start()].strip(), text[m.end() :].strip()
    if not term or not gloss or len(term.split()) > GLOSS_TERM_WORDS:
        return None
    return term, gloss


ANSWERED_LIST_MIN = 5  # answered entries a list of questions needs before one in ten of them may be unanswered (trial11 P1)
# an annotation in brackets after a list entry's '?': '(Choose TWO)', '(2 marks)', '（重要）' (see lines.asks_annotated)
_ANNOTATION = re.compile(r"^(?:[(（\[【][^()（）\[\]【】]{1,40}[)）\]】]\s*)+$")
TABLE_ROWS_MIN = 3  # rows of a table read a card per row for the heading over it to be their section, not a note
MATRIX_COLUMNS = 3  # columns of a table (its row names and at least three value columns) that make a matrix of peers


def _question_label(label: str) -> re.Match[str] | None:
    """A bold lead that labels a question: a word and a number ('Question 1.', 'Câu 2', 'Q3:'), or a number closed
    by '.', ':' or ')' ('3.'); never a bare number ('**6**, since …' is the answer 6)."""
    text = squash(label)
    m = _LABEL_ONLY.match(text.rstrip(" .:)")) or _P_LABEL.match(text)
    if m is None or (text[:1].isdigit() and text[-1:] not in ".:)"):
        return None
    return m


_P_LABEL = re.compile(r"^[Pp](?P<n>\d{1,3})[.:)]$")  # '**P1.** ¿…?': 'Pregunta 1' as Spanish exams number it (trial15 T15-48)


_CODE_SPAN = re.compile(r"`[^`\n]+`")
_CODED_LEVEL = re.compile(r"[?？]\s*`(?P<word>[^\W\d_][^`\n]{0,20})`\s*$")  # '… TCP? `Junior`'


def _split_marker_outside_code(text: str, source: SourceConfig) -> Marked:
    """The difficulty marker of a question, never a code span's backtick ('`a?`' lost its closing one: learner3 N14)."""
    coded = _CODED_LEVEL.search(text)
    if coded is not None and (lookup(source.difficulty, coded.group("word")) or guess(coded.group("word"))):
        # 'What is TCP? `Junior`': a level word set as code after the question (trial23 T23-48); only a known one
        return Marked(text[: coded.start("word") - 1].rstrip(), coded.group("word"), True)
    spans = _CODE_SPAN.findall(text)
    if not spans:
        return split_marker(text, source.difficulty)
    masked = _CODE_SPAN.sub(lambda m: f"\x00{spans.index(m.group(0))}\x00", text)
    marked = split_marker(masked, source.difficulty)
    restore = re.sub(r"\x00(\d+)\x00", lambda m: spans[int(m.group(1))], marked.text)
    return Marked(restore, marked.marker, marked.trailing)


_DOTTED_NUMBER = re.compile(r"^(?P<n>\d{1,3}(?:\.\d{1,3})+)\.?\s+(?=[¿¡(«“]?[^\W\d_])")  # '3.1 What is …?', '2.4. ¿Qué …?'
# a heading that asks by its first words, no '?' needed: a task ('Explain …', 'Mention …') or a comparison ('Difference
# between …'); never 'What enzymes do', a title that opens like a question
_ASKS_BY_WORDS = re.compile(
    r"(?i)^(?:explain|describe|compare|contrast|discuss|define|mention|list|name|give|write|state|outline|differentiate"
    r"|distinguish|differences?\s+between|explique|describa|mencione|compare|diferencias?\s+entre|expliquez|décrivez"
    r"|citez|différences?\s+entre|erklären|beschreiben|nennen|unterschiede?\s+zwischen)\b"
)


def _outline_number(question: str, dotted: re.Match[str]) -> bool:
    """Whether the dotted number opening a heading is its outline number, no part of the front: before a question
    ('3.1 What is …?', T39-6), before a heading that asks by its words ('3.2 Difference between == and ===', '2.3.
    Explain scope …'), or closed by a dot ('1.7. Mention some advantages …', '6.5. difference between …': trial43 T43-8,
    which kept them on the fronts and cost the dedupe its pair); '2.5 million people …?' keeps its number."""
    rest = question[dotted.end() :]
    if question[len(dotted.group("n")) : len(dotted.group("n")) + 1] == ".":
        return True
    asks = question.rstrip(CLOSERS).endswith(QUESTION_MARKS) or bool(_ASKS_BY_WORDS.match(rest))
    return asks and not rest[:1].islower()


_LETTER_NUMBER = re.compile(r"^(?P<n>[a-z])[.)]\s+(?=\S.*[?？؟]\s*$)")  # 'a. ¿Qué es …?', 'b) What is …?'


_LABEL_LEAD = re.compile(r"^(?P<label>[^:：?？]{1,24}?)\s*[:：]\s*")  # 'Exercise 1: …', '练习 1：…'


_SR_SEPARATOR_END = re.compile(r"([?？])\s+\?{1,2}$")  # a question's '?' then the separator line's '?' or '??'


def split_question(text: str, source: SourceConfig) -> _Question:
    """Strip ``{#id}``, a ``Q:`` label, trailing ``#tags`` and a leading/trailing difficulty marker from a
    question's text."""
    text = _STRAY_STOP.sub(r"\1", squash(text))  # '…selectors?.': the full stop after the '?' is a slip
    # ('… mean?' / '?' / '**Answer:**' …: Obsidian SR's separator line joined to the question it ends, T30-13)
    text = _SR_SEPARATOR_END.sub(r"\1", text)
    if source.difficulty.from_ != "label":  # ('### ⭐️Redis 为什么这么快？': a page's mark of a key question, T28-22)
        text = _STAR_MARK.sub("", text, count=1) or text
    mark = _TRAILING_MARKS.search(text)
    if mark and mark.group(0).strip() not in source.difficulty.labels:  # a mark the config names is a level
        text = text[: mark.start()]
    tagged = _TRAILING_TAGS.search(text)
    if tagged and text[: tagged.start()].rstrip().endswith(QUESTION_MARKS):
        found = split_question(text[: tagged.start()], source)
        found.tags = [t.lstrip("#") for t in tagged.group(0).split()]
        return found
    explicit_id = None
    m = _ID.search(text)
    if m:
        explicit_id = m.group(1)
        text = text[: m.start()].rstrip()
    marked: Marked = _split_marker_outside_code(text, source)
    labeled = has_question_label(marked.text)
    own = leading_number(strip_question_label(marked.text))
    question = strip_number(strip_question_label(marked.text))
    if not labeled and (prefix := number_label_prefix(question)) is not None:
        own, question = own or prefix.group("n"), question[prefix.end() :]  # ('**Vraag 1**' / 'Wat is …?': T38-17)
    dotted = _DOTTED_NUMBER.match(question) if own is None else None
    if dotted and _outline_number(question, dotted):  # '3.1 What is …?': a chapter's number (T39-6); '2.5 million …?' stays
        own, question = dotted.group("n"), question[dotted.end() :]
    lettered = _LETTER_NUMBER.match(question) if own is None else None
    if lettered:  # '### a. ¿Qué es Markdown?': a sub-question's letter, its number (trial12 U24)
        own, question = lettered.group("n"), question[lettered.end() :]
    led = _LABEL_LEAD.match(question) if not labeled and question.rstrip(CLOSERS).endswith(QUESTION_MARKS) else None
    if led and (label := _question_label(led.group("label"))) is not None and question[led.end() :].strip():
        # 'Exercise 1: Why two alarms?', '练习 1：为什么 …？': a label and number only, the question after it (trial15 T15-29)
        own, question, labeled = own or label.group("n"), question[led.end() :].strip(), True
    if not labeled and judge_marked(question) is not None:
        labeled = True  # ('[T/F] Mitochondria have their own DNA.', '… at sea level. (T/F)': a statement to judge asks, sitting 58)
    # 'Primary key vs unique key ?': a typo, the space goes; French sets a (narrow no-break) space there (learner L40)
    if _SPACED_END.search(question):  # (whether it is French only then: the language test is the costlier part)
        question = _SPACED_END.sub("\u202f\\1" if _french(question) else r"\1", question)
    if question is not marked.text and question != marked.text and not labeled:
        again = split_marker(question, source.difficulty)  # '1️⃣ 🚀 What is …?': the marker after the number
        if again.marker and not marked.marker:
            return _Question(again.text, again.marker, explicit_id, again.trailing, labeled, number=own)
    return _Question(question, marked.marker, explicit_id, marked.trailing, labeled, number=own)


# a word that joins a question said again to what came before it: 'So why …?', 'Then how …?', '那 …？', '那么 …？'
_AGAIN = re.compile(r"^(?:(?:so|then|and|but|now|well|alors|donc|et|entonces|pues|also|dann|und|quindi|allora|então)\b[\s,]*|(?:那么|那|所以)\s*)", re.I)


def _same_question(text: str, heading: str) -> bool:
    """Whether a question says the heading's again, word for word but for a joining word before it ('So why did Redis
    not use several threads before 6.0?' under '### Why did Redis not use several threads before 6.0?'; trial46 T46-10:
    it cut the heading's answer in two cards)."""
    return _norm_heading(_AGAIN.sub("", text.strip(" *_"))) == _norm_heading(heading)


def _said_after(block: TopBlock, question: str) -> bool:
    """Whether the paragraph says more than the question it opens with (its answer begun on its line)."""
    said = squash(plain_inline(block.tokens[1].children or [], code=True)) if len(block.tokens) > 1 else ""
    return len(_norm_heading(said)) > len(_norm_heading(question)) + 2


def _norm_heading(text: str) -> str:
    """A heading's words, for telling whether a page repeats it: case, ids and punctuation aside."""
    return " ".join(re.sub(r"[^\w\s]", " ", _ID.sub("", text)).casefold().split())


# a heading that names a part of what its page or parent heading is about, never a topic of its own: 'Definition',
# 'Key Formula', 'Example', 'Remember', 'Intuition' (one-concept note files, trial13 T13-7: 1,642 files whose fronts
# were only these words); in the languages deckc reads most
_ASPECT_HEADING = re.compile(
    r"^(?:(?:key|core|main|formal|quick|short|simple|worked|common|the|in)\s+)?(?:"
    r"definitions?|formulas?|formulae|equations?|examples?|remember|summary|overview|intuition|explanation|notes?"
    r"|points?|ideas?|properties|applications?|usage|use cases?|syntax|pros|cons|advantages|disadvantages|limitations"
    r"|assumptions|interpretation|proof|derivation|mnemonics?|tips?|pitfalls|mistakes|misconceptions|takeaways?"
    r"|why it matters|when to use(?: it)?|practice|related(?: concepts| topics)?|see also|background|context|motivation"
    r"|description|characteristics|features|meaning|purpose|analogy|caveats?|complexity|implementation|diagram"
    r"|definición|definição|définition|definizione|begriff|beispiele?|ejemplos?|exemples?|esempi[o]?|exemplos?"
    r"|zusammenfassung|résumé|resumen|resumo|riassunto|merke|à retenir|vorteile|nachteile|avantages|inconvénients"
    r"|ventajas|desventajas|formel|formule|fórmula|formula chiave|定义|例子|示例|总结|公式|要点|注意|定義|例|まとめ|ポイント"
    r"|정의|예시|요약|공식"
    # the parts a topic note's sub-headings name (trial18 T18-11: 'Semaphores' / 'Types', 'Drawbacks' were fronts alone)
    r"|types|kinds|categories|drawbacks|downsides|benefits|limits|problems|issues|solutions?|how it works"
    r"|장점|단점|종류|한계|특징|문제점|해결책|해결 방법|주의할 점|주의 사항|주의사항|원리|동작 원리|구조|개념|기본적인 방법"
    r"|优点|缺点|种类|分类|特点|特征|局限性?|问题|解决方案|原理|概念|長所|短所|利点|欠点|種類|特徴|注意点|問題点|解決策|仕組み)$"
)


_TOP_HEADING = re.compile(r"^ {0,3}#(?:[ \t]|$)")  # a heading of level 1
# a heading that states a formula under at most a few words ('PDF $N(\mu,\sigma)=…$', 'Formula $F_X(x)=…$', '$f(k;p)=…$'):
# a part of its topic, as 'Key Formula' is
_FORMULA_HEADING = re.compile(r"^(?:[^\W\d_][\w.'-]*\s+){0,3}?\\\(.+\\\)[^\\]{0,40}$")


def titled_front_matter(text: str, stripped: str) -> str:
    """The page with its front matter blanked (``stripped``), its ``title:`` the page's title heading on the front
    matter's closing line when the page has no title heading of its own (a Hugo or Jekyll page: the CNCF glossary's
    ``title: Canary Deployment`` over the definition and ``## Problem it addresses``): read as a page headed '# Canary
    Deployment' is, its text above its first heading the title's card, its cards under the title (trial55 T55-4: the
    definition was "text outside any question", the two cards of every term page named no term)."""
    from compiler.sources.lines import front_matter_end, front_matter_title

    if not text.startswith(("---", "+++")):
        return stripped
    lines = text.split("\n")
    end = front_matter_end(lines)
    title = front_matter_title(lines) if end is not None else None
    title = " ".join((title or "").split())
    out = stripped.split("\n")
    if not title or end is None or end >= len(out) or out[end].strip() or "\n" in title:
        return stripped
    fenced = list(in_fence(out))
    if any(_TOP_HEADING.match(line) and not fenced[k] for k, line in enumerate(out)) or any(
        k and not fenced[k] and re.match(r"^=+\s*$", line) and out[k - 1].strip() for k, line in enumerate(out)
    ):
        return stripped  # (a '# Title' of its own, or one underlined '===': the page's)
    out[end] = "# " + title
    return "\n".join(out)


def _file_title(doc: Document, source: SourceConfig) -> str:
    """The title a page with no title heading has by its [[source]] table or its file's name, when that name is a
    title a person gave it ('Normal Distribution.md', 'Kanji.md'), never a slug ('de-chatgpt-zellatmung.md') or a
    repository's README."""
    name = doc.rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if source.title and source.title != name and source.title.casefold() != slug_words(name):
        return source.title  # (deck.toml's title for it; a slug's words are the file's name, T43-2)
    return name if (" " in name.strip() or name[:1].isupper()) and not name.isupper() else ""


def _named_apart(text: str, title: str) -> bool:
    """A heading that asks nothing and does not hold its note's name (``Properties of Radiation`` in ``Nuclear
    Physics.md``, never ``Laws of Motion`` in ``Motion.md``): on a note titled by its file only, a part of that note's
    topic, fronted by it whatever its length, so every card of the note says what it is about alike (trial44 T44-8:
    one- and two-word headings were fronted, their longer neighbours not)."""
    heading, name = _norm_heading(text), _norm_heading(title)
    if not heading or text.rstrip().endswith(QUESTION_MARKS) or opens_asking(text):
        return False  # ('## What is a unary function' in '14 - What is a unary function.md': it asks, T27-26)
    return name not in heading and heading not in name


def _named_section(item: Item, name: str) -> Item:
    """A card under a sub-section of a note titled by its file's name, whose top-level cards are fronted by that name
    (``Nuclear Physics › Half-Life``): the name first in its section too (``Nuclear Physics › Nuclear Power Stations``
    over ``Fuel``), so every card of the note says which note it is from (trial44 T44-8: the section alone)."""
    if not item.section or _norm_heading(name) in _norm_heading(item.section[0]):
        return item
    return item.model_copy(update={"section": [name, *item.section]})


def _formula_heading(text: str) -> bool:
    """A heading that is a formula, with a short label before it, at most: it names a part of its topic."""
    return bool(_FORMULA_HEADING.match(text.strip()))


def _aspect_heading(text: str) -> bool:
    """A heading that names a part of its topic ('Key Formula'), not a topic: a card fronted by it asks nothing."""
    return bool(_ASPECT_HEADING.match(_norm_heading(text)))




def _tags_only(block: TopBlock) -> bool:
    """An HTML block of layout tags only ('</div>' / '<div class="flashcard-back">'): no text of its own."""
    return all(TAGS_LINE.match(line) or not line.strip() for line in block.tokens[0].content.split("\n"))


# a list entry with its answer after ' // ' (a quiz kept as one line per question: learner4 N68)
_SLASHED = re.compile(r"^(?P<indent>[ \t]{0,3})(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<q>\S.*?[^\s;{}(),])[ \t]+//[ \t]+(?P<a>\S.*?)[ \t]*$")
SLASHED_MIN = 3  # such entries that make a page's ' // ' their question/answer separator


def slashed_entries(text: str) -> str:
    """A page whose list entries give question and answer on one line apart by ' // ' (``1. What are proteins
    made of?    // amino acids``, every entry numbered ``1.`` or not: learner4 N68, 9 questions were 2 glued
    cards): each such entry written as the outline card ``- question >> answer`` (lines kept); code never counts."""
    if " // " not in text:
        return text
    return rewrite_matching(
        text, _SLASHED, SLASHED_MIN, lambda m: f"{m.group('indent')}- {m.group('q').strip()} >> {m.group('a').strip()}"
    )


_BOLD_LEAD = re.compile(r"^(\*\*|__)(?P<label>[^*_\n]{1,40}?[:：]?)\1")  # '**Gợi ý trả lời:**', bold, with or without text after
# a Markdown list entry's bullet, '+' as well as '-' and '*' (lines.BULLET, shared with plain text, leaves '+ ' alone:
# there it may be a sum's line): '+ **질문:** …?' / '+ **답:** …' read as the '-' entries are (round-5 metamorphic R5-9)
_ENTRY_BULLET = re.compile(r"^\s*\+(?=\s)\s*")
# an entry asked 'Q.' (dotted, not 'Q:') and its answer line 'A.': that pair's answer label, never option A
_DOTTED_Q = re.compile(r"^\s*[-*+]\s+(?:\*\*|__)?Q\.")
_DOTTED_A = re.compile(r"^A\.\s+(?=\S)")


def _answered_below(blocks: list[TopBlock], n: int, own: list[str]) -> bool:
    """A question-label paragraph that asks (``**Câu hỏi:** … là gì?``) over the list or text that answers it with
    no answer label (a Vietnamese interview page: the questions were lost and the answer's bullets became glossary
    cards): its answer is what follows, to the next question or heading. Its '?' may be followed by a sentence that
    states the asker's objection or context (``**Q**: Why not use f(x) = x? This would eliminate collisions.``,
    hello-algo's summaries: trial14 T14-23, the question and its answer were glued onto the card above)."""
    if not any(mark in " ".join(own) for mark in QUESTION_MARKS) or n + 1 >= len(blocks):
        return False
    return blocks[n + 1].type in ("bullet_list_open", "ordered_list_open", "paragraph_open", "fence", "table_open")


def _answer_label_below(blocks: list[TopBlock], n: int, lines: list[str], next_paragraph: bool = False) -> bool:
    """Whether a paragraph opened by an answer label (``**Answer:** …``, ``Correct answer: …``) follows the block
    at ``n`` within ``LABEL_AFTER`` blocks, before any heading, rule or paragraph opened by a question label (with
    ``next_paragraph``, before any other paragraph: a titled problem's answer, never a tip's next problem's)."""
    return _answer_label_at(blocks, n, lines, next_paragraph) is not None


# 'A. …' / '**A1.** …' opening a paragraph: the answer label that pairs a 'Q.' / 'Q1.' question's (catechisms, FAQ pages)
_PAIRED_ANSWER = re.compile(r"^\s{0,3}(\*\*|__)?A\s*\d{0,4}\s*\.\1?\s+\S")
_OPTION_B_LINE = re.compile(r"^\s{0,3}(?:[-*+]\s+)?(?:\*\*|__)?\(?[Bb](?:\*\*|__)?[.)]")  # 'B. …', '- (b) …': the options go on


def _answer_label_at(blocks: list[TopBlock], n: int, lines: list[str], next_paragraph: bool = False, paired: bool = False) -> int | None:
    """The index of the paragraph :func:`_answer_label_below` looks for, or None. With ``paired`` (the question opens
    with a ``Q.`` / ``Q1.`` label), a paragraph opened by the ``A.`` that pairs it counts too, unless a ``B.`` line goes
    on after it (then ``A.`` is the first of the options; trial21 T21-26: 'Q. Consider the code below:' / its code /
    'What is printed?' / 'A. …' was no question, and became the previous card's back)."""
    for k in range(n + 1, min(n + 2 + LABEL_AFTER, len(blocks))):
        block = blocks[k]
        if block.type in ("heading_open", "hr") or block.start >= len(lines):
            return None
        if block.type == "html_block" and (_CLOSE_DETAILS.search(block.tokens[0].content) or _OPEN_DETAILS.search(block.tokens[0].content)):
            return None  # ('</details>' then the next toggle's '**คำตอบ:**': another question's answer, trial15 T15-59)
        if block.type != "paragraph_open":
            continue
        if answer_line(lines[block.start]):  # ('**Ответ:**' alone on its line too)
            return k
        if paired and _PAIRED_ANSWER.match(lines[block.start]):
            after = lines[block.start + 1 : block.end]
            if k + 1 < len(blocks) and blocks[k + 1].start < len(lines):
                after.append(lines[blocks[k + 1].start])
            if not any(_OPTION_B_LINE.match(line) for line in after):
                return k
        if has_question_label(unbold_label(lines[block.start]).strip()) or next_paragraph:
            return None
    return None


def _options_over_answer(own: list[str], pair: tuple[str, list[str]]) -> int | None:
    """The index of a labelled question's line where its options begin, when the lines between the question and its
    answer label are a run of options, one a line (``Q1. Which planet …?`` / ``A. Mercury`` / ``B. Venus`` /
    ``Answer: A``, no blank line): two suffice, as each stands on a line of its own. Joined into one paragraph they
    were the question's words and the key its back (a Basic card); a line or more of text over one ``A.`` line is
    no run. None for any other paragraph."""
    asked = len(own) - len(pair[1])
    listed = options_under_question(own[:asked]) if asked >= 3 and pair[1] else None
    found = find_choices(own[listed:]) if listed is not None else None
    if found is None or found.correct is None or not _names_an_option(pair[1][0], [text for _, text in found.options]):
        return None  # ('Answer: a) Rayleigh scattering; b) …': the parts of a question answered, no key)
    # (options two a line, '(a) Venus (b) Mars' / '(c) Jupiter (d) Saturn', are read as a run on the question's words)
    return listed if listed is not None and len(found.options) == asked - listed else None


# a key's letter as an answer line writes it: 'A', '(a)', 'B)', '**C.**', what follows it after
_KEY_LETTER = re.compile(r"^(?:\*\*|__)?\(?[A-Ha-h]\)?[.)]?(?:\*\*|__)?(?=\s|$)(?P<rest>.*)$")


def _names_an_option(said: str, options: list[str]) -> bool:
    """Whether an answer line (its label off) only names an option: its letter alone (``A``, ``(b)``), or with the
    option's own text (``B) Venus``) or a reason after a dash (``A — it is closest``); or an option's whole text
    (``Mercury``). Anything else answers in words of its own (the parts of a question)."""
    said = said.strip()
    texts = {text.strip().strip("*_").casefold() for text in options}
    if said.strip("*_ .").casefold() in texts:
        return True
    m = _KEY_LETTER.match(said)
    if m is None:
        return False
    rest = m.group("rest").strip()
    return not rest or rest[0] in "-–—(:,;" or rest.strip("*_ .").casefold() in texts


def _meta_between(own: list[str]) -> tuple[list[str], tuple[str | None, list[str]] | None]:
    """A labelled question's lines without the ``Difficulty: easy`` / ``Tags: cardio, ecg`` lines between its label and
    its answer's (an export's fields, one per line: round-6 R6-8, they were the end of the front), and their level and
    tags; the lines as they are when none or no answer label follows."""
    if not own or not has_question_label(own[0]):
        return own, None
    k = next((k for k, line in enumerate(own) if k and (has_answer_label(line) or has_right_answer_label(line))), None)
    fields = [j for j in range(1, k or 0) if (m := _META_PART.match(own[j])) and m.group("key").strip().lower() in _LEVEL_KEYS | _TAG_KEYS]
    if not fields:
        return own, None
    return [line for j, line in enumerate(own) if j not in fields], _meta_fields([own[j] for j in fields])


def _paragraph_pair(own: list[str], labels: tuple[str, str] | None = None) -> tuple[str, list[str]] | None:
    """A paragraph's lines (bold taken off their labels) that pair a question label with an answer label
    (``Q: What is IP?`` / ``A: Internet Protocol.``, or the page's own pair of short ``labels``): (the question
    without its label, the answer's lines without theirs), or None."""
    if own and labels is not None:
        asked, answered = (short_label(label) for label in labels)
        k = next((k for k, line in enumerate(own) if k and answered.match(line)), None) if asked.match(own[0]) else None
        if k is not None:
            return drop_short_label(asked, statement_lines(own[:k])), [drop_short_label(answered, own[k].strip()), *own[k + 1 :]]
    if not own or not has_question_label(own[0]):
        return _asked_then_answered(own)
    dotted = re.match(r"^\s*(?i:q)\.\s", own[0]) is not None  # 'Q. …' / 'A. …': an answer as the pair writes it
    k = next(
        (
            k
            for k, line in enumerate(own)
            if k > 0 and (has_answer_label(line) or has_right_answer_label(line) or (dotted and re.match(r"^\s*(?i:a)\.\s+\S", line)))
        ),
        None,
    )
    if k is None:
        return _one_line_pair(own)
    question = strip_question_label(statement_lines(own[:k]))
    first = own[k].strip()
    if has_right_answer_label(first):  # 'Correct answer: …', 'Respuesta correcta: …' (trial9 T16)
        first = strip_right_answer_label(first)
    elif dotted and not has_answer_label(first):
        first = re.sub(r"^(?i:a)\.\s+", "", first)
    else:
        first = strip_answer_label(first)
    first = _LIST_START.sub(r"\1\\\2", first)  # 'Answer: 443.' is no list
    return question, [first, *own[k + 1 :]]


def _unanswered_after_pair(blocks: list[TopBlock], n: int, lines: list[str], labels: tuple[str, str] | None) -> str | None:
    """The question of a one-line paragraph that asks, after a labelled card's answer ('Q: …' / 'A: F = m · a.'), when
    nothing answers it: the page ends, a heading or the next labelled question follows. It asks on its own, never the
    last line of the answer above (two questions mixed on one back); None for any other block."""
    block = blocks[n]
    if block.type != "paragraph_open" or block.end - block.start != 1 or block.start >= len(lines):
        return None
    said = lines[block.start].strip()
    if not said.rstrip(CLOSERS + " *_").endswith(QUESTION_MARKS) or has_answer_label(said):
        return None
    if n + 1 < len(blocks) and blocks[n + 1].type != "heading_open":
        below = blocks[n + 1]
        first = lines[below.start] if below.type == "paragraph_open" and below.start < len(lines) else ""
        asks = has_question_label(unbold_label(first)) or (labels is not None and short_label(labels[0]).match(first) is not None)
        if not asks:
            return None
    return said


def _asked_then_answered(own: list[str]) -> tuple[str, list[str]] | None:
    """A paragraph whose lines ask with no label (``Which layer does IP belong to?``) right over a line opened by an
    answer word (``Answer: the Internet layer.``, ``Correct answer: …``, ``Respuesta: …``; never a bare ``A:``, an
    option's label): (the question, the answer's lines), or None. A slide or a section states its topic in its heading
    and asks below it (trial25 T25-47: 'Check your understanding' was the front, question and answer both its back);
    alone on a page such a pair was no card at all."""
    k = next((k for k, line in enumerate(own) if k and (answer_line(line) and not _BARE_A.match(line))), None)
    if k is None or not own[k - 1].rstrip().rstrip(CLOSERS).endswith(QUESTION_MARKS):
        return None
    if any(answer_line(line) for line in own[:k]) or any(_OPTION_B_LINE.match(line) for line in own[k + 1 :]):
        return None
    question = statement_lines(own[:k])
    first = unbold_label(own[k]).strip()
    first = (strip_right_answer_label(first) if has_right_answer_label(first) else strip_answer_label(first)).strip()
    rest = own[k + 1 :]
    if not question or not (first or any(line.strip() for line in rest)):
        return None
    return question, [_LIST_START.sub(r"\1\\\2", first), *rest] if first else rest


def _asked_over_statement(own: list[str]) -> tuple[str, list[str]] | None:
    """A paragraph whose first line is a labelled question that ends asking (``Q: What is boxing?``) over lines that
    neither ask nor carry a label (``Boxing wraps a value in an object.``): its answer, unlabelled, with no blank line
    between (sitting 46, meta: every such question but the page's last was 'no answer', its answer in its front)."""
    if len(own) < 2 or not has_question_label(own[0]) or not own[0].rstrip().rstrip("*_").rstrip(CLOSERS).endswith(QUESTION_MARKS):
        return None
    rest = own[1:]
    if any(x.rstrip().rstrip("*_").rstrip(CLOSERS).endswith(QUESTION_MARKS) or has_question_label(x.strip()) or answer_line(x) for x in rest):
        return None
    return strip_question_label(own[0].strip()), rest


_BARE_A = re.compile(r"^\s*(?:\*\*|__)?[Aa]\d{0,4}\s*[:.)：]")  # 'A: …' / 'A1. …': a letter, an option's label as well


def _one_line_pair(own: list[str]) -> tuple[str, list[str]] | None:
    """``**Question:** What is osmosis? **Answer:** Diffusion of water …``: both labels in one paragraph, the answer's
    after the question's end (trial19 T19-36: 'question has no answer', or the next cards on its back), split there;
    else None."""
    text = " ".join(x.strip() for x in own)
    at = inline_answer_label(text)
    if at is None:
        return None
    rest = unbold_label(text[at:])
    answer = (strip_right_answer_label(rest) if has_right_answer_label(rest) else strip_answer_label(rest)).strip()
    question = strip_question_label(text[:at]).strip()
    return (question, [_LIST_START.sub(r"\1\\\2", answer)]) if question and answer else None


@dataclass
class _Open:
    """A question whose answer is being collected."""

    q: _Question
    block: TopBlock
    level: int  # heading level, or BOLD_LEVEL for a bold paragraph (ended by any heading)
    section: list[str]
    number: int
    answer: list[TopBlock] = field(default_factory=list)
    toggle: bool = False  # asked in a <details> summary: the answer ends at </details>
    headed: bool = False  # a heading that asks nothing, read as a card by headings = "cards"
    listed: bool = False  # a list's last question, answered after the list: the next list of questions ends it
    stem: bool = False  # the text right above checkbox options ('- [ ] grep'): a quiz question whatever it ends with
    follow_ups: list[tuple[int, int]] = field(default_factory=list)  # (first, end) lines of follow-up toggles asked inside
    follows: str = ""  # a labelled follow-up's question ('**Follow-up: How do you prevent it?**'): the one it follows
    front: list[TopBlock] = field(default_factory=list)  # what is asked with a posed question (code, options), on the front
    asked_at: int = -1  # a posed question's asking paragraph (its first line, 0-based): what follows it is shown under it
    paired: bool = False  # asked by a 'Q:' label, answered by an 'A:' label: a block that is a card of its own ends it
    plain: bool = False  # a plain paragraph that asks ('What is the output?'): a rule ('---') ends its answer (T14-27)
    boxed: bool = False  # the body of an exercise box: its front is shown in the box's order (trial14 T14-35)
    answer_from: int | None = None  # the first line after a bare answer label heading ('#### **参考答案**：'): the answer's


BOX_QUESTION = "asked in a box with no answer in it"  # (its skip reason: T51-1)
INTRODUCES_BELOW = "the introduction of the tasks headed under it (each read on its own)"
INTRO_WORDS = 40  # words at most of a task heading's text that introduces the sub-headed tasks under it


def _introduces_deeper(current: _Open, lines: list[str]) -> bool:
    """Whether a task heading's text is one short paragraph right over deeper headings (``# Exercises`` / ``Try these
    exercises …`` / ``### Exercise 1``): it introduces the tasks under them, no task of its own."""
    if current.block.type != "heading_open" or len(current.answer) != 1 or current.answer[0].type != "paragraph_open":
        return False
    block = current.answer[0]
    if len(block.tokens) < 2 or len(plain_inline(block.tokens[1].children or []).split()) > INTRO_WORDS:
        return False
    below = next((line for line in lines[block.end :] if line.strip()), "")
    deeper = re.match(r" {0,3}(#{1,6})[ \t]", below)
    return deeper is not None and len(deeper.group(1)) > current.level
CLOSING_ANSWER_WORDS = 40  # words at most in the answer under a notes card's closing question (a recall check, no essay)


def _bare_bold_number(line: str) -> int | None:
    """The number of a paragraph's line led by a bare number in bold (``**24.** Suppose …``, ``**3)** …``), else None."""
    m = _BOLD_LABEL_LEAD.match(line)
    number = re.fullmatch(r"\(?(\d{1,3})[.):]?\)?", m.group("label").strip(" *_")) if m else None
    return int(number.group(1)) if number else None


def _next_bold_number(current: _Open, block: TopBlock, lines: list[str]) -> bool:
    """Whether a paragraph led by a bare bold number is the next of the open question's own numbering: the open question
    is a paragraph led by the number before it (``**23.** Given a DataFrame …:`` / its code / ``**24.** Suppose you
    have …``) and holds no bold-numbered point of its own. A sibling task, never a point of the one above, whatever
    its verb (trial53 T53-1: a puzzle list's tasks with no answer under them were each other's answers; a task ending
    in ':' over its example was glued to the answer above)."""
    if current.block.type != "paragraph_open" or not 0 <= current.block.start < len(lines) or block.start >= len(lines):
        return False
    own, this = _bare_bold_number(lines[current.block.start]), _bare_bold_number(lines[block.start])
    if own is None or this != own + 1:
        return False
    return not any(b.type == "paragraph_open" and b.start < len(lines) and _bare_bold_number(lines[b.start]) is not None for b in current.answer)


# a line that opens with a label and its colon ('AuthN: Ist der Benutzer, wer er vorgibt zu sein?'): an answer or a
# term's gloss written as a question, never a question the notes close with
_LABELLED_ASK = re.compile(r"^[^\s:]{1,24}:\s")


def _asks_plainly(line: str) -> bool:
    """A plain line that asks: it ends with a question mark, opens with a letter or digit, holds no code."""
    return line.endswith(QUESTION_MARKS) and line[:1].isalnum() and "`" not in line


def _example_lead(current: _Open, lines: list[str]) -> None:
    """A bold-numbered task that leads in to its example ('**2.** Given a list of words:' / its fence / 'how do you sort
    them by their length?' / the solution's fence): the example, the line that asks and what it shows of the output
    expected are the front, the code after them the back (trial53 T53-2: the front was the lead-in alone, the question
    on the back). Only when the task ends with ':' and a sentence after its example asks ('?') or sets the task
    ('Keep the first of each value, in order.'), with code after it that answers."""
    if current.block.type != "paragraph_open" or current.front or current.toggle or len(current.answer) < 2:
        return
    if not 0 <= current.block.start < len(lines) or _bare_bold_number(lines[current.block.start]) is None:
        return
    if not current.q.text.rstrip(" *_").endswith((":", "：")):
        return
    said = [
        k for k, b in enumerate(current.answer[:-1])
        if b.type == "paragraph_open" and k > 0 and squash(" ".join(lines[b.start : b.end])).rstrip(" *_").endswith((*QUESTION_MARKS, "."))
    ]
    if not said or current.answer[0].type not in ("fence", "code_block"):
        return
    at = said[-1]
    end = at + 1
    while end < len(current.answer) - 1 and current.answer[end].type == "paragraph_open" and squash(" ".join(lines[current.answer[end].start : current.answer[end].end])).endswith((":", "：")):
        end += 2 if current.answer[end + 1].type in ("fence", "code_block") and end + 2 < len(current.answer) else 1  # ('You should get:' / its output)
    rest = current.answer[end:]
    if rest and rest[0].type not in ("fence", "code_block"):
        return
    current.front = current.answer[:end]
    current.answer = rest  # (nothing after the output expected: the learner's copy, a task with no answer, said so)


_POINTS_BACK = re.compile(r"\b(?i:it|they|them|these|those)\b")  # a question's pronoun for what its heading names
# a heading that only labels what is under it as a task, unnumbered ('### Activity', '## Exercise', '## Your turn')
_LABEL_WORD = re.compile(r"^(?i:activity|activities|exercises?|tasks?|problems?|questions?|practice|try\s+it|check|quiz|challenge|example|your\s+turn)\s*[:.]?$")
OPENING_ANSWER_BLOCKS = 3  # blocks at most under a headed card's opening task line for the line to go on its front


def _opening_task(current: _Open, lines: list[str], source: SourceConfig) -> None:
    """A statement heading read as a card whose text opens with a line of its own that asks or sets a task over the
    rest (``### Ohm's Law`` / ``Give all 3 forms of the Ohm's Law equation.`` / its formulas' fence, trial53 T53-8:
    the task was the back's first line): that line is the front, the heading its section, the rest the back. Only a
    short line that asks ('?') or sets a study task in the imperative (bold_task's verbs: 'What to do with a hard
    total.' describes a table, sitting 14), over at most OPENING_ANSWER_BLOCKS blocks none of which asks."""
    if not current.headed or current.block.type != "heading_open" or current.toggle or current.front or len(current.answer) < 2:
        return
    if current.q.asks or _LABEL_ONLY.match(current.q.text.strip()) or _LABEL_WORD.match(current.q.text.strip()):
        return  # ('## Question 1', '### Activity' over the task: a label the page's own readings take care of)
    asked, rest = current.answer[0], current.answer[1:]
    if asked.type != "paragraph_open" or asked.end - asked.start != 1 or len(rest) > OPENING_ANSWER_BLOCKS or asked.start >= len(lines):
        return
    line = lines[asked.start].strip()
    if len(line.split()) > BOLD_TASK_WORDS or not line[:1].isalpha() or "`" in line:
        return
    if len(first := line.split()[0]) > 1 and first.isupper():
        return  # ('EXPLAIN выводит информацию …': a keyword in capitals opens the answer, no imperative; T23-11)
    if not (line.endswith(QUESTION_MARKS) or (line.endswith(".") and bold_task(line))):
        return
    if any(b.type == "paragraph_open" and any(mark in " ".join(lines[b.start : b.end]) for mark in QUESTION_MARKS) for b in rest):
        return  # ('## Level 1' / 'What is a draft?' / 'What is a bundle? Explain it …': questions, none answered; T45-14)
    heading = current.q.text
    current.section = [*current.section, heading]  # (the heading names what it asks about: its section)
    # ('## Mitochondria' / 'What do they do?': a line that refers back to its heading keeps it on the front)
    back = line.endswith(QUESTION_MARKS) and _POINTS_BACK.search(line)  # ('What do they do?', never '… its power.')
    current.q = split_question(f"{heading}: {line}" if back else line, source)
    current.block = TopBlock(asked.tokens, asked.start, asked.end)
    current.answer = rest


# a sentence that sets a task a solved exam answers in a quote under it ('Explain in 1-2 sentences what it is:', 'In one
# sentence, explain if this is a good habit and why:'), never one that leads in to an exhibit ('Consider the following
# passage:', 'You are given the following transcript …:', 'Read the text below:')
_ANSWER_TASK = re.compile(
    r"(?i)^(?:explain|describe|write|give|propose|suggest|state|name|list|identify|justify|compare|define|discuss"
    r"|summari[sz]e|argue|outline|evaluate|assess|predict|calculate|compute|determine|find|prove|derive|design|mention"
    r"|recommend|classify|contrast|distinguish|differentiate|interpret|analy[sz]e|what|why|how|which|when|where|who)\b"
)
QUOTED_TASKS_MIN = 1  # tasks each answered by a quote right under it that make a card's text a solved exam's question


def _sets_answer_task(text: str) -> bool:
    """A paragraph whose last sentence asks (``?``) or sets a task with a study verb, ending with ``:`` or ``?``
    (``You agree, but identify some risk … Explain in one sentence the main problem …:``); a short phrase before a
    comma may open it (``In one sentence, explain …``)."""
    text = squash(text).strip(" *_")
    if not text.endswith((":", "：", *QUESTION_MARKS)):
        return False
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)[-1]
    if last.endswith(QUESTION_MARKS):
        return True
    return bool(_ANSWER_TASK.match(last) or _ANSWER_TASK.match(re.sub(r"^[^,]{1,40},\s*", "", last)))


_COUNTED = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _counted_answer(task: str, block: TopBlock) -> bool:
    """Whether ``block``, a list, holds as many entries as the task's last sentence asks for ('Suggest three techniques
    …:', 'Give 2 reasons …:'), none of them asking ('?'), each one line of text (no nested list or code)."""
    text = squash(task).strip(" *_")
    if not text.endswith((":", "：")):
        return False  # ('What is 4 + 5?' over its four options: a question, no task asking for a count)
    last = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)[-1]
    # (a count of things named: 'three techniques', '2 reasons'; never a sum's operand, '4 + 5')
    wanted = {_COUNTED.get(w.lower()) or (int(w) if w.isdecimal() else None) for w in re.findall(r"\b(\w+)(?=\s+[^\W\d_]{3,})", last)}
    entries = [t for t in block.tokens if t.type == "list_item_open" and t.level == block.tokens[0].level + 1]
    said = [plain_inline(t.children or []).strip() for t in block.tokens if t.type == "inline"]
    if any(t.type in ("fence", "code_block", "bullet_list_open", "ordered_list_open") for t in block.tokens[1:]):
        return False
    if len(entries) < 2 or any(_OPTION_ENTRY.match(e) for e in said):
        return False  # ('A) 9' / 'B) 10': options)
    return len(entries) in wanted and len(said) == len(entries) and not any(e.rstrip(" *_").endswith(QUESTION_MARKS) for e in said)


_OPTION_ENTRY = re.compile(r"^\(?[A-Ha-h][).:]\s")


def _quoted_tasks(current: _Open, lines: list[str], source: SourceConfig) -> list[_Open]:
    """A heading card whose text is a solved exam's question: tasks each answered by a block quote right under it
    (``You are discussing coding habits with a colleague, who says:`` / the colleague's words in a fence / ``In one
    sentence, explain if this is a good habit and why:`` / ``> No, the goal of tests is …``, three times; trial53 T53-5:
    one card titled by the exam's heading, the whole exam its back). Each task is a card: what stands between the
    answer before it and the task (the situation, the exhibit) on its front above it, the quote its back, the heading
    its section; what follows the last quote stays on that card's back. At least QUOTED_TASKS_MIN such tasks; else
    nothing."""
    if current.block.type != "heading_open" or current.toggle or current.front or len(current.answer) < 2 * QUOTED_TASKS_MIN:
        return []
    answer = current.answer
    pairs = [
        k for k in range(len(answer) - 1)
        if answer[k].type == "paragraph_open" and answer[k + 1].type == "blockquote_open"
        and answer[k].end <= len(lines) and _sets_answer_task(" ".join(lines[answer[k].start : answer[k].end]))
    ]  # fmt: skip
    if len(pairs) < QUOTED_TASKS_MIN:
        # (a task that asks for so many things answered right under it by a list of that many entries, none asking:
        # 'Suggest three techniques … and for each explain in 1 sentence how it would help:' / '1. Code reviews, so …'
        # / '2. …' / '3. …', the exam's model answer; trial53 T53-5, the 2021 Q2: one card of the heading. A list of
        # another length, or of questions, is the task's parts as often)
        pairs = [
            k for k in range(len(answer) - 1)
            if answer[k].type == "paragraph_open" and answer[k + 1].type in ("ordered_list_open", "bullet_list_open")
            and answer[k].end <= len(lines) and _sets_answer_task(" ".join(lines[answer[k].start : answer[k].end]))
            and _counted_answer(" ".join(lines[answer[k].start : answer[k].end]), answer[k + 1])
        ]  # fmt: skip
        if len(pairs) != 1:
            return []
    # (on such a page a task answered right under it by a list, 'Give two reasons (1 sentence each) …:' / '1. …' / '2.
    # …', is answered so too: the exam's model answer in the shape the task asked for)
    pairs = sorted({
        *pairs,
        *(k for k in range(len(answer) - 1)
          if answer[k].type == "paragraph_open" and answer[k + 1].type in ("ordered_list_open", "bullet_list_open")
          and answer[k].end <= len(lines) and _sets_answer_task(" ".join(lines[answer[k].start : answer[k].end]))),
    })  # fmt: skip
    cards: list[_Open] = []
    section = [*current.section, current.q.text]
    start = 0
    for n, k in enumerate(pairs):
        task = answer[k]
        q = split_question(squash(plain_inline(task.tokens[1].children or [], code=True)), source)
        end = pairs[n + 1] if n + 1 < len(pairs) else len(answer)
        back = answer[k + 1 : end] if n + 1 == len(pairs) else [answer[k + 1]]
        cards.append(_Open(q, task, current.level, section, current.number, answer=list(back), front=list(answer[start:k]), headed=True))
        start = k + 2
    # (between one task's quote and the next task: the next one's situation, never the answer's tail)
    return cards


def _closing_question(current: _Open, lines: list[str], source: SourceConfig) -> _Open | None:
    """A statement heading read as a card whose text ends with a plain line that asks over its short answer ('What gas
    do plants release during photosynthesis?' / '- Oxygen', newdocs 22): that question and its answer are a card of
    their own, taken off the heading's back (it was glued to the notes, asked and answered on one back). Only at the
    heading's end, over one list or paragraph that does not ask, with the heading's own text above it: a rhetorical
    question inside notes, or one over a long explanation, stays the notes' text."""
    if not current.headed or current.block.type != "heading_open" or current.toggle or current.front or len(current.answer) < 2:
        return None
    last = current.answer[-1]
    closing = lines[last.start].strip() if last.type == "paragraph_open" and last.end - last.start == 1 else ""
    if _asks_plainly(closing) and not _LABELLED_ASK.match(closing):
        before = current.answer[-2]
        if before.type == "paragraph_open" and squash(" ".join(lines[before.start : before.end])).endswith(QUESTION_MARKS):
            return None  # (a run of questions at the notes' end: prompts, the notes' own)
        # ('… reading the messenger RNA.' / 'What do lysosomes do?' at the heading's end, nothing under it): a question with
        # no answer, said and skipped, never the last line of the notes' back
        current.answer = current.answer[:-1]
        return _Open(split_question(lines[last.start].strip(), source), last, BOLD_LEVEL, [*current.section, current.q.text], current.number, plain=True)
    if len(current.answer) < 3:
        return None
    asked, answer = current.answer[-2], current.answer[-1]
    if asked.type != "paragraph_open" or asked.end - asked.start != 1 or answer.type not in ("paragraph_open", "bullet_list_open"):
        return None
    line = lines[asked.start].strip()
    if not _asks_plainly(line):
        return None
    said = squash(" ".join(lines[answer.start : answer.end]))
    if said.rstrip().endswith(QUESTION_MARKS) or task_lead(said) or len(said.split()) > CLOSING_ANSWER_WORDS:
        return None  # ('How do you debug …?' / 'Explain the autoscaler.': a list of prompts, none answered)
    before = current.answer[-3]
    if before.type == "paragraph_open" and squash(" ".join(lines[before.start : before.end])).endswith(QUESTION_MARKS):
        return None
    current.answer = current.answer[:-2]
    return _Open(split_question(line, source), asked, BOLD_LEVEL, [*current.section, current.q.text], current.number, answer=[answer], plain=True)


def _followed(current: _Open | None, q: _Question) -> tuple[list[str], str] | None:
    """A labelled follow-up ('**Follow-up: How do you prevent it?**' under '## What is a deadlock?'): a card of its own
    whose section is the question it follows ('it' is that question's subject; a follow-up of a follow-up follows the
    same question), its label dropped from ``q``; the (section, question followed), or None (T31-53)."""
    if current is None or not FOLLOW_UP_LABEL.match(q.text) or not (rest := FOLLOW_UP_LABEL.sub("", q.text, count=1).strip()):
        return None
    q.text = rest
    if current.follows:
        return current.section, current.follows
    return [*current.section, current.q.text], current.q.text


# a word of a question that refers back to what the question above it asked about: 'How do I set them to a different
# location?' under 'Where are models stored?'
_REFERS_BACK = re.compile(r"\b(?i:it|its|them|they|their|these|those)\b")


def _refers_back(current: _Open | None, q: _Question, level: int) -> tuple[list[str], str] | None:
    """A question heading under a question heading, deeper than it, that refers back to it ('## Where are models
    stored?' over '### How do I set them to a different location?'): a card of its own whose section is the question
    above, as a follow-up's is ('them' is that question's subject; trial49 T49-8: the card asked about "them" naming
    nothing); the (section, question followed), or None."""
    if current is None or current.block.type != "heading_open" or current.headed or level <= current.level:
        return None
    if not current.q.text.rstrip(CLOSERS).endswith(QUESTION_MARKS) or not _REFERS_BACK.search(q.text):
        return None
    if current.follows:
        return current.section, current.follows
    return [*current.section, current.q.text], current.q.text


_OUTLINE_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3}){1,3}\.?\s")  # a book's entry number: '2.18.1 什么是支持向量机'
LEAD_MAX = 3  # blocks a section may set before its first question to be shown with each (more: the heading's own note)
# a paragraph that is only a self-check box's label ('**Check your understanding**', 'Check Your Understanding 4.1:',
# '**Self-test**', '✏️ Concept check'): the box's title, never a question's words nor text in no card (trial39 T39-4)
_CHECK_ONLY = re.compile(rf"^(?:[^\w\s]{{1,3}}\s*)?(?i:{CHECK_LABELS})(?:\s*\d{{1,3}}(?:\.\d{{1,3}})*[a-z]?)?\s*[:：.]?\s*$")
_GIVEN = re.compile(r"\\\(|\$[^$\s][^$]*\$|\S\s*=\s*\S")  # a paragraph that gives values: inline math, 'x = 5'


def _quote_answers(block: TopBlock, lines: list[str]) -> bool:
    """Whether a block quote holds an answer label under its question (``> Q: …`` / ``> A: …``), its answer ending
    there: not on a colon, which leads into what follows the quote (``> A: Set it so:`` over a code block)."""
    own = [_QUOTE_MARK.sub("", line).replace("**", "").replace("__", "").strip() for line in lines[block.start : block.end]]
    own = [line for line in own if line]
    at = next((k for k in range(1, len(own)) if has_answer_label(own[k])), None)
    return at is not None and not own[-1].rstrip(CLOSERS).endswith((":", "："))


_LEADING_NUMBER = re.compile(r"^(\s*\d{1,9})([.)])(?=\s)")  # '1. e4 …' opening an entry's inline text


# a table's footnote: its mark first ('\\* given …', '* …', '† …', '¹ …') or a note's label ('Note: …', 'Source: …')
_FOOTNOTE = re.compile(r"^[ ]{0,3}(?:\\?\*{1,3}(?!\*)|[†‡§¹²³]|(?i:notes?|n\.b\.|source|sources)[ \t]*[:：])[ \t]*\S")


# a glossary entry whose definition is the list nested under it ('- **Read access**:' / '  - **RA-GRS** → read access …'),
# among entries that define on their line: its term, the nested lines its definition (trial61 T61-2: one such entry made
# the whole list an ordinary one, its terms 'text outside any question')
_TERM_OPENS = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<b>\*\*|__)(?P<term>[^*_\[\]]+?)(?P<c1>[:：])?(?P=b)(?(c1)|[ \t]*[:：])[ \t]*$")


class MarkdownReader:
    """Reads Markdown: ``?`` headings and bold ``?`` paragraphs are questions."""

    layout = "markdown"

    def __init__(self) -> None:
        self._md = make_parser()
        self._unkeyed = 0
        self._key_lacks = ""
        self._bold_follow_ups = False  # (a page's bold questions are steps of its heading questions' answers: read)
        self._recurring: set[str] = set()  # bold questions the page asks twice or more ('**Why is it important?**')
        self._task_page = ""  # a page titled with its tasks ('# Instructions', '# Hints'): why its headings are no cards
        self._quiz_cue = False
        self._quiz_spans: list[tuple[int, int]] = []
        self._wiki: frozenset[int] = frozenset()  # the page's lines that only link to other notes (wiki_link_lines)
        self._page_key: dict[str, str] = {}  # the page's answer key at its end ('## Answers' / '1. b'), by number (N25)
        self._page_key_span = (0, 0)  # the lines (0-based, end excluded) the page key spans
        self._key_used: set[str] = set()  # the numbers it keyed
        self._page_explained: dict[str, str] = {}  # the explanations under its entries ('*Explanation:* …'), by number
        self._page_parts: list[PartLabels] = []  # the parts and chapters each line is in (parts.part_labels)
        self._anchors = False  # the page's '{#…}' after headings are its HTML anchors (Hugo, pandoc), not deck ids
        self._match_key: dict[str, str] = {}  # a matching exercise's key on the page: number -> letter
        self._exercise_lines: list[int] = []  # where the page's exercise boxes open ('```{exercise}'): their bodies ask
        self._boxed: set[int] = set()  # the first blocks of the exercise bodies read as posed questions
        self._row_tags: dict[int, tuple[str, ...]] = {}  # a card table's row (its line): the tags of its Tags column
        self._row_levels: dict[int, str] = {}  # a card table's row (its line): its Level column's label
        self._row_groups: dict[int, str] = {}  # a card table's row (its line): the group row over it ('Unité 3 : …')
        self._shaped_heads: dict[int, list[str]] = {}  # a card table's header told by its shape (its line): its names
        self._shaped_rows: dict[int, tuple[int, ...]] = {}  # … and the lines of its rows
        self._headed: list[tuple[int, str]] = []  # the page's headings: (first line, text), in order
        self._header_rows: dict[tuple[str, ...], list[list[str]]] = {}  # the body rows of the page's tables, by header

    def detect(self, doc: Document) -> float:
        """Share of question-shaped lines: ``?`` headings and bold ``?`` paragraphs (see detect.py)."""
        from compiler.sources.detect import markdown_questions

        # a document converted to Markdown (.rst, .adoc, .org, .tex …) is Markdown too: its definition lists count
        # (trial11 P23: a Sphinx glossary of 28 terms was 'cannot tell this document's layout')
        markdown = doc.converted or doc.rel.lower().endswith(MARKDOWN_SUFFIXES)
        found, lines = markdown_questions(doc.lines, obsidian=markdown)
        if not found:
            return 0.0
        bonus = 0.2 if markdown else 0.0
        return min(1.0, 0.5 + bonus + found / max(lines, 1) * 4)

    def _bold(self, block: TopBlock, source: SourceConfig) -> tuple[_Question, str] | None:
        """A paragraph that is only bold text (plus a marker): its question and its bold text."""
        if block.type != "paragraph_open":
            return None
        raw = block.tokens[1].content.strip()
        if is_answer_line(raw) and not raw.rstrip("*_ ").endswith(QUESTION_MARKS):
            return None  # '**Answer: B) `1`**' keys the quiz above; its code span once passed for a marker
        children = [t for t in block.tokens[1].children or [] if not (t.type == "text" and not t.content.strip())]
        if len(children) > 3 and children[0].type == "em_open" and children[1].type == "strong_open":
            # '***When is it used?***' (bold italic, markdown-it's emphasis around the strong): bold (trial30 T30-3)
            shut = next((k for k, t in enumerate(children) if t.type == "em_close"), -1)
            if shut == -1 or children[shut - 1].type != "strong_close":
                return None
            children = children[1:shut] + children[shut + 1 :]
        if not children or children[0].type != "strong_open":
            return None
        depth, close = 0, -1
        for k, t in enumerate(children):
            depth += t.nesting if t.type in ("strong_open", "strong_close") else 0
            if depth == 0:
                close = k
                break
        inner = plain_inline(children[1:close])
        tail = children[close + 1 :]
        lines = raw.split("\n")
        if len(lines) >= 2 and all(_WHOLE_BOLD_LINE.match(line) for line in lines):
            # '**You are trying to configure a method list, … not being accepted.**' / '**Which of the following might
            # cause this failure? (Choose all that apply.)**' (trial16 T16-46): a question in bold lines, one each
            said = [t for t in children if t.type not in ("strong_open", "strong_close")]
            text = squash(plain_inline([Token("text", "", 0, content=" ") if t.type == "softbreak" else t for t in said], code=True))
            return split_question(text, source), text
        if any(t.type not in ("text", "softbreak", "image") for t in tail):
            return None
        tail_text = plain_inline([t for t in tail if t.type != "image"]).strip()  # '**What is this?** ![](x.png)'
        if tail_text:
            stripped = split_question("x? " + tail_text, source)
            if stripped.text != "x?":
                return None  # bold lead-in followed by prose, not a question
        return split_question(f"{plain_inline(children[1:close], code=True)} {tail_text}", source), inner

    def _bold_first_line(
        self, block: TopBlock, source: SourceConfig, lines: list[str], env: dict[str, Any]
    ) -> tuple[_Question, list[TopBlock]] | None:
        """A paragraph whose first line is a bold question and whose next lines answer it (no blank line
        between: ``**1. What is a subnet?**`` / ``A range of addresses …``), or whose first line goes on with
        the answer after the bold question (``**What is a sealed class?** A class …``, ``**Q: …?** A: …``)."""
        if block.type != "paragraph_open" or block.end > len(lines):
            return None
        pictures = next((k for k in range(block.start, block.end) if not _PICTURE_ONLY.match(lines[k])), block.end) - block.start
        if 0 < pictures < block.end - block.start:  # ('![Sign 1](…)' / '**What does this sign mean?**' / its answer: N23)
            found = self._bold_first_line(TopBlock(block.tokens, block.start + pictures, block.end), source, lines, env)
            if found is None or not asks_about_picture(found[0].text):
                return None
            found[0].shown = [*self._blocks_at(lines[block.start : block.start + pictures], block.start, env), *found[0].shown]
            return found
        m = _BOLD_FIRST.match(lines[block.start]) if block.end - block.start >= 2 else None
        if m is None and block.end - block.start >= 2 and (said := _BOLD_STATEMENT.match(lines[block.start])) is not None:
            marked = split_marker(said.group("q"), source.difficulty)  # '**What is …? 👶**', '**Precision-recall trade-off ⭐️**'
            m = said if marked.trailing and marked.marker else None  # / its answer: asks as with a blank line between (meta round 5)
        if m is None and block.end - block.start >= 2 and _ticked_run(lines[block.start + 1]):
            m = _BOLD_STATEMENT.match(lines[block.start])  # ('**The logo is a bell.**' / 'A) True B) False ✓': T18-86)
        if m is None and block.end - block.start >= 2 and has_answer_label(lines[block.start + 1].strip()):
            said = _BOLD_STATEMENT.match(lines[block.start])  # ('**Q: Define the Sharpe ratio.**' / 'A: …': T31-65)
            m = said if said is not None and has_question_label(said.group("q").strip()) else None
        lead = BOLD_LEAD_Q.match(lines[block.start]) if m is None else None  # '**What is X?** Its answer …' (trial7 G27)
        level = ""  # '**What is X?** 👶' / its answer: the level after the bold question, no answer (meta round 5)
        if lead is not None and block.end - block.start >= 2 and split_marker(f"x? {lead.group('rest')}", source.difficulty).text == "x?":
            m, lead, level = lead, None, f" {lead.group('rest')}"
        tasked = False
        if m is None and lead is None and block.end - block.start >= 2 and getattr(self, "_bold_tasks_ask", False):
            said = _BOLD_STATEMENT.match(lines[block.start])  # ('**Explain osmosis.**' / 'The movement …' among bold '?': T40-2)
            # (or labelled as its siblings, '**Q4. Define inflation.**' / 'A sustained rise …' after '**Q3. What …?**' /
            # '…': its lines were glued onto Q3's answer, unsaid: sitting 45's new-user check)
            tasked = said is not None and (bold_task(text := self._inline(said.group("q")).strip()) or has_question_label(text))
            m = said if tasked else None
        if m is None and lead is None:
            return None
        q = split_question(self._inline((m or lead).group("q")) + level, source)  # type: ignore[union-attr]
        q.labeled = q.labeled or tasked
        # (the next lines go on the paragraph, whatever their indent: '**1. …?**' / '    - `var` tem escopo …' is no code
        # block, none can interrupt a paragraph; read alone, dedented, it is the text it shows: trial27 T27-8)
        rest = textwrap.dedent("\n".join(lines[block.start + 1 : block.end])).split("\n")
        if re.match(r"[-*+•]\s", rest[0]) and not any(re.match(r"\s*[-*+•]\s", x) for x in rest[1:]):
            rest = textwrap.dedent("\n".join([rest[0][2:].lstrip(), *rest[1:]])).split("\n")  # (one dash before the answer)
        # (a question label and an answer label ask, whatever the question ends with: T31-65)
        labelled = m is not None and has_question_label(m.group("q").strip()) and has_answer_label(rest[0].strip())
        if not q.asks and not labelled and not (m is not None and _ticked_run(rest[0])) and not (q.marker and q.trailing):
            return None
        if lead is not None:
            rest = [_ANSWER_LABEL.sub("", lead.group("rest"), count=1), *rest]
        shown = next((k for k, line in enumerate(rest) if not _PICTURE_ONLY.match(line)), len(rest)) if lead is None and asks_about_picture_below(q.text) else 0
        if shown:  # ('**What does this sign mean?**' / '![Sign 1](…)' / its answer: the picture asked about, on the front: N23)
            q.shown, rest = self._blocks_at(rest[:shown], block.start + 1, env), rest[shown:]
        answer = self._blocks_at(rest, block.start + 1 + shown, env)
        return (q, answer) if answer else None

    def _blocks_at(self, lines: list[str], at: int, env: dict[str, Any]) -> list[TopBlock]:
        """``lines``, taken from the 0-based line ``at`` of the page, parsed as blocks numbered by the page's lines."""
        return [TopBlock(b.tokens, b.start + at, b.end + at) for b in top_blocks(self._md.parse("\n".join(lines), env))]

    def _labelled_lead(
        self, block: TopBlock, source: SourceConfig, lines: list[str], env: dict[str, Any]
    ) -> tuple[_Question, list[TopBlock]] | None:
        """A paragraph opening with a bold numbered label and the question after it on that line (``**Question 1.**
        An object holds … How do you colour only the bolts?``, ``**Câu 2.** …``, ``**Q3:** …``; learner3 N6: lesson
        review questions): a question numbered so, whatever its punctuation; the paragraph's next lines (options
        written without a blank line) open its answer."""
        if block.type != "paragraph_open" or block.end > len(lines):
            return None
        m = _BOLD_LABEL_LEAD.match(lines[block.start])
        said, rest = (m.group("label"), m.group("rest").strip()) if m else ("", "")
        if re.fullmatch(r"\d{1,3}", said.strip()) and re.match(r"[.)][ \t]+\S", rest):
            said, rest = said.strip() + rest[0], rest[1:].strip()  # ('**42**. In the …': its stop outside the bold, T53-1)
        label = _question_label(said) if m else None
        if m is None or label is None or not rest or rest[:1] in ",;.:)]":
            return None
        asked = re.sub(r"^[–—-][ \t]+", "", rest)  # ('**Questão 1** – Qual …?': the dash is the label's)
        q = split_question(self._inline(asked), source)
        q.number, q.labeled = q.number or label.group("n"), True
        rest = lines[block.start + 1 : block.end]
        answer = [TopBlock(b.tokens, b.start + block.start + 1, b.end + block.start + 1) for b in top_blocks(self._md.parse("\n".join(rest), env))] if rest else []
        return q, answer

    @staticmethod
    def _numbered_point(block: TopBlock, lines: list[str], q: _Question) -> bool:
        """A paragraph led by a bare number in bold (``**1.** When the web server sets cookies, …``) that asks nothing:
        a point of the open question's answer, never a question of its own (trial20 T20-27: each point was a card
        fronted by a statement, the question above them 'no answer')."""
        m = _BOLD_LABEL_LEAD.match(lines[block.start]) if block.start < len(lines) else None
        if m is None or not re.fullmatch(r"\(?\d{1,3}[.):]?\)?", m.group("label").strip(" *_")):
            return False
        text = q.text.rstrip(" *_")
        task = opens_task(text) and not _CONDITION.match(text)  # ('When the server sets cookies, it …': a statement)
        if text.endswith(QUESTION_MARKS) or asks_annotated(text) or _BLANK.search(text) or task:
            return False
        # (an answer line of its own before the next bold number, '**Answer:** 1, 2, 4': a question whatever its last
        # sentence, a vignette's '… in consistent amounts? **Select all that apply.**' or 'Place the steps …', T31-1)
        for line in lines[block.end :]:
            lead = _BOLD_LABEL_LEAD.match(line)
            if (lead and re.fullmatch(r"\(?\d{1,3}[.):]?\)?", lead.group("label").strip(" *_"))) or line.lstrip().startswith("#"):
                break  # (the next bold number, or a heading: the point's own lines end)
            if has_answer_label(line.replace("**", "").replace("__", "")):
                return False
        return True

    def _unlabelled(self, current: _Open, env: dict[str, Any]) -> list[TopBlock]:
        """A heading question's answer without the headings of its own level that only label it: a fact heading
        (``##### **出题人**：…``) goes, an answer heading with text (``##### **参考答案**：下面是…``) becomes that text
        (trial12 U93: both were printed as headings on the back)."""
        if current.block.type != "heading_open":
            return current.answer
        out: list[TopBlock] = []
        for block in current.answer:
            if block.type != "heading_open" or block.level != current.level or len(block.tokens) < 2:
                out.append(block)
                continue
            plain = squash(plain_inline(block.tokens[1].children or []))
            said = _CJK_ANSWER.match(plain) or ANSWER_LINE_ANY.match(plain)
            if said is not None:
                rest = plain[said.end() :].strip() if _CJK_ANSWER.match(plain) else strip_answer_label(plain).strip()
                if rest:
                    out += [TopBlock(b.tokens, b.start + block.start, b.end + block.start) for b in top_blocks(self._md.parse(rest, env))]
                continue
            if _fact_heading(plain):
                continue
            out.append(block)
        return out

    def _answer_first(self, answer: list[TopBlock], env: dict[str, Any]) -> list[TopBlock]:
        """An answer split into parts by block quotes that are only a short label (``> 배경 & 질문 의도`` / ``> 답변`` /
        ``> 키워드 & 꼬리 질문``, a Korean interview list's template), one of them an answer label: the answer's part
        first, its label dropped, then the others that hold text each under its label in bold; empty parts dropped
        (trial12 U90: every back opened with the question's intent and kept the empty labels). Else as it is."""
        labels = {k: label for k, b in enumerate(answer) if (label := _quote_label(b)) is not None}
        marks = sorted(labels)
        said = [k for k in marks if has_answer_label(f"{labels[k]}: x")]
        if len(marks) < 2 or len(said) != 1 or any(b.type not in ("blockquote_open",) for b in answer[: marks[0]] if b.type != "hr"):
            return answer
        parts = [(k, answer[k + 1 : nxt]) for k, nxt in zip(marks, [*marks[1:], len(answer)], strict=True)]
        first = next(blocks for k, blocks in parts if k == said[0])
        rest: list[TopBlock] = []
        for k, blocks in parts:
            if k == said[0] or not [b for b in blocks if b.type != "hr"]:
                continue
            at = answer[k].start
            rest += [TopBlock(b.tokens, b.start + at, b.end + at) for b in top_blocks(self._md.parse(f"**{labels[k]}**", env))]
            rest += blocks
        return [*first, *rest] if first else answer

    def _asked_over_label(self, blocks: list[TopBlock], n: int, source: SourceConfig, lines: list[str]) -> _Question | None:
        """A paragraph, or a list of one entry, that asks with no label of its own, right over a paragraph opened by an
        answer label (``- What challenges did you face when writing an AI?`` / ``**ANS**: …``; ``What is gravity?`` /
        ``**Ans:** …``): that question, answered by the labelled paragraph (trial12 U60: three questions were one
        'Q&A' card). None otherwise."""
        block = blocks[n]
        if n + 1 >= len(blocks) or blocks[n + 1].type != "paragraph_open" or blocks[n + 1].start >= len(lines):
            return None
        if not answer_line(lines[blocks[n + 1].start]):
            return None
        if block.type == "paragraph_open":
            inline = block.tokens[1]
        elif block.type in ("bullet_list_open", "ordered_list_open") and _one_entry(block, bullets=True):
            inline = _first_inline(block)
        else:
            return None
        text = plain_inline(inline.children or [], code=True)
        if has_question_label(unbold_label(text).lstrip()) or has_answer_label(unbold_label(text).lstrip()):
            return None  # (a labelled pair is the label pair's reading)
        titled = _bold_title_line(inline.children or [])
        if titled is not None:  # ('**Case 1: Chest pain**' / 'A 58-year-old man … Which artery is occluded?': the case's
            # title set off from its vignette, never run into its first sentence; sitting 53)
            title, rest = titled
            text = f"{title} {rest}" if title.endswith((".", ":", "：", "?", "!", "—", "–", "-")) else f"{title} — {rest}"
        q = split_question(text, source)
        return q if q.text and (q.asks or opens_asking(q.text) or _TASK_SENTENCE.match(q.text)) else None

    def _task_over_labels(self, blocks: list[TopBlock], n: int, current: _Open, source: SourceConfig, lines: list[str]) -> _Question | None:
        """Right under a numbered heading that asks nothing (``# 📝 Zadanie 2- Klucze kandydujace``), a task paragraph over
        an answer label (``Wypisz klucze kandydujace`` / ``**Odpowiedź:**``, whatever the task's punctuation), or over
        bold titles its own words name (``… określ wszystkie zależności funkcyjne oraz klucze kandydujące.`` /
        ``**Zależności funkcyjne:**`` / … / ``**Klucze kandydujące:**``): the task, the question (trial15 T15-94: the
        heading was the front, the task glued to it or on the back)."""
        if current.block.type != "heading_open" or current.answer or current.q.asks or n + 1 >= len(blocks) or n != _block_index(blocks, current) + 1:
            return None
        if not re.search(r"\d", plain_inline(current.block.tokens[1].children or [])) or blocks[n + 1].type != "paragraph_open":
            return None
        task = squash(" ".join(lines[blocks[n].start : blocks[n].end]))
        below = lines[blocks[n + 1].start] if blocks[n + 1].start < len(lines) else ""
        titled = _BOLD_TITLE_ONLY.match(below)
        named = titled is not None and titled.group("t").strip().lower() in unbold_label(task).lower()
        if not (answer_line(below) or named) or has_answer_label(unbold_label(task).lstrip()):
            return None
        q = split_question(self._inline(task), source)
        q.labeled = True
        return q if q.text else None

    def _label_pair(
        self,
        blocks: list[TopBlock],
        n: int,
        source: SourceConfig,
        lines: list[str],
        env: dict[str, Any],
        labels: tuple[str, str] | None = None,
        titles: bool = True,
    ) -> tuple[_Question, list[TopBlock], int, list[TopBlock]] | None:
        """A paragraph opened by a question label (``**Question:** How do goroutines differ …?``, ``Q: …``) whose
        answer label follows on one of its lines (``A: …``), or opens a paragraph below it, after at most
        ``LABEL_AFTER`` blocks of code, options or a table the question is about (a blank line between the two
        labels: lead G1, a Go interview page): the question, its answer's blocks so far, how many blocks after it they took, and the blocks among them shown under it. What follows goes on
        with the answer until the next question or heading (the code under ``**Answer:** …:`` is part of it)."""
        block = blocks[n]
        if block.type != "paragraph_open" or block.end > len(lines):
            return None
        own = [unbold_label(line).lstrip() if k == 0 else unbold_label(line) for k, line in enumerate(lines[block.start : block.end])]
        own, meta = _meta_between(own)
        answer: list[TopBlock] = []
        front: list[TopBlock] = []  # what the question shows between its label and its answer's (code, a paragraph asking)
        titled = None if has_question_label(own[0]) or not titles else TITLE_LEAD.match(own[0])
        if titled is not None:  # '**1. Daily consumption:**' over the problem, then '**Answer:** …' (trial11 P29)
            first = unbold_label(f"{titled.group('title')} x").strip()
            rest = " ".join([titled.group("rest").strip(), *(x.strip() for x in own[1:])]).strip()
            if rest and not (has_answer_label(first) or has_right_answer_label(first)) and _answer_label_below(blocks, n, lines, next_paragraph=True):
                q = split_question(self._inline(f"{titled.group('title').strip()} {rest}"), source)
                q.number, q.labeled = q.number or titled.group("n"), True
                return q, answer, 0, []
        pair = _paragraph_pair(own, labels)
        # 'س: …؟' over its options, then 'ج/ …' opening the next paragraph (trial11 P47), HTML tags between (P46)
        skip = next((k for k in range(n + 1, min(n + 4, len(blocks))) if blocks[k].type != "html_block" or not _tags_only(blocks[k])), None)
        if pair is None and labels is not None and short_label(labels[0]).match(own[0]) and skip is not None:
            below = blocks[skip]
            answered = short_label(labels[1])
            if below.type == "paragraph_open" and below.end <= len(lines) and answered.match(lines[below.start]):
                rest = [drop_short_label(answered, lines[below.start]), *lines[below.start + 1 : below.end]]
                taken = [TopBlock(b.tokens, b.start + below.start, b.end + below.start) for b in top_blocks(self._md.parse("\n".join(rest), env))]
                asked = drop_short_label(short_label(labels[0]), " ".join(own))
                q = split_question(self._inline(squash(asked)), source)
                q.labeled = True
                return (q, taken, skip - n, []) if q.text else None
        if pair is None and not has_question_label(own[0]):
            return None
        listed = options_under_question(own) if pair is None else _options_over_answer(own, pair)
        if listed is not None:
            # 'Question 1. What is …?' / 'A. sixteen' / 'B. …' (no blank line; '**Pregunta 1.** ¿…?', '**שאלה 1.** …:'):
            # the lines over the options ask, whatever their punctuation; the options open the answer, keyed below or
            # by the page's key (T34-2: the options were read as the question's words, or the next question its back)
            question = strip_question_label(statement_lines(own[:listed]))
            at = block.start + listed
            answer = [TopBlock(b.tokens, b.start + at, b.end + at) for b in top_blocks(self._md.parse("\n".join(lines[at : block.end]), env))]
        elif pair is not None or (pair := _asked_over_statement(own)) is not None:
            question, rest = pair
            at = block.end - len(rest)
            answer = [TopBlock(b.tokens, b.start + at, b.end + at) for b in top_blocks(self._md.parse("\n".join(rest), env))]
        elif (at := _answer_label_at(blocks, n, lines, paired=bool(_Q_NUMBERED.match(own[0])))) is not None or _answered_below(blocks, n, own):
            question = strip_question_label(statement_lines(own))
            between = {b.type for b in blocks[n + 1 : at]} if at is not None else set()
            if between & {"fence", "code_block", "table_open", "blockquote_open"} and not between & {"bullet_list_open", "ordered_list_open"}:
                # 'Q: Consider the code below:' / its code / 'What is printed?' / 'A: …' (trial21 T21-26): everything the
                # question label opens up to the answer label asks, on the front under it; the label's paragraph answers
                # (options listed between them are a quiz's, read as one: T18-57; a 'Statement:' paragraph alone, T/F)
                front = blocks[n + 1 : at]
                answer = [blocks[at]]
        else:
            return None
        q = split_question(self._inline(question), source)
        if not q.text:
            return None
        label = _question_label(own[0][: len(own[0]) - len(strip_question_label(own[0]))])  # 'Question 1.', 'Q3:'
        q.number, q.labeled = q.number or (label.group("n") if label else None), True
        if meta is not None:  # ('Difficulty: easy' / 'Tags: cardio, ecg' between the labels: round-6 R6-8)
            q.marker, q.tags = q.marker or meta[0], [*q.tags, *meta[1]]
        return q, answer, len(front) + (1 if front else 0), front

    def _quoted_question(
        self, block: TopBlock, source: SourceConfig, lines: list[str] | None = None, env: dict[str, Any] | None = None
    ) -> tuple[_Question, list[TopBlock]] | None:
        """A block quote that opens with a bold question: the question and the rest of the quote. Or one that
        opens with a ``Q:`` label (``> **Q:** What is a lifetime?``, a callout-style note): the question, and
        the quote's ``A:`` line and what follows it as the start of its answer (else the answer follows the quote)."""
        if block.type != "blockquote_open":
            return None
        inner = top_blocks(block.tokens[1:-1])
        if not inner:
            return None
        found = self._bold(inner[0], source)
        if found is not None and found[0].asks and len(inner) >= 2:
            return found[0], inner[1:]
        if lines is None or env is None or inner[0].type != "paragraph_open" or inner[0].end > len(lines):
            return None
        own = [_QUOTE_MARK.sub("", line).replace("**", "").replace("__", "") for line in lines[block.start : block.end]]
        first = inner[0].start - block.start
        if not 0 <= first < len(own) or not has_question_label(own[first]):  # (a quote's lines not all in the text)
            return None
        k = next((k for k in range(first + 1, len(own)) if has_answer_label(own[k].strip())), len(own))
        q = split_question(self._inline(strip_question_label(statement_lines(own[first:k]))), source)
        if not q.text:
            return None
        rest = [strip_answer_label(own[k].strip()), *own[k + 1 :]] if k < len(own) else []
        offset = block.start + k
        answer = [TopBlock(b.tokens, b.start + offset, b.end + offset) for b in top_blocks(self._md.parse("\n".join(rest), env))]
        return q, answer

    def _label_questions(self, blocks: list[TopBlock], source: SourceConfig, lines: list[str]) -> set[int]:
        """Headings that are only a label and number ('## Question #3', '### Q3', '## Pregunta 3') over plain paragraphs
        (exam dumps: a scenario, then the question; trial9 T1/T25): questions, their text below, when one of them at
        least asks there (a paragraph ending in '?', or one right above the options); then its sibling labels over a
        paragraph and more are questions too ('### Question 3' / 'Name a stable sorting algorithm.' / its answer)."""
        labels: list[int] = []
        asking = False
        for n, block in enumerate(blocks):
            if block.type != "heading_open" or not _LABEL_ONLY.match(squash(plain_inline(block.tokens[1].children or []))):
                continue
            body = blocks[n + 1 : n + 2 + ASKING_PARAGRAPHS]
            bold = lines[body[0].start].lstrip().startswith(("**", "__")) and not _BOLD_LEAD_LABEL.match(lines[body[0].start]) if body else False
            if not body or body[0].type != "paragraph_open" or bold:
                continue  # ('### Q1' over a bold question: that is the question, the label its number; learner L33; not
                # '**True or False:** …' / '**Select all that apply:** …', a bold lead before the question: trial12 U2)
            if has_question_label(unbold_label(lines[body[0].start]).lstrip()):
                continue  # ('## Question 3' over 'Q: What port …?' / 'A: 443.': the label pair asks; lead G1)
            first = split_question(plain_inline(body[0].tokens[1].children or [], code=True), source)
            listed = len(body) > 1 and (  # one paragraph, then the options (a list, or lines 'A. XSS' / 'B. …': T15-18)
                body[1].type in ("bullet_list_open", "ordered_list_open") or (body[1].type == "paragraph_open" and _plain_options(lines, body[1].start))
            )
            asks = first.asks or listed or bool(_asking_paragraph(body, source, lines))
            if asks or (len(body) > 1 and body[1].type not in ("heading_open", "hr")):
                labels.append(n)
                asking = asking or asks
        return set(labels) if asking else set()

    CHAPTER_MIN = 3  # headings of a level in one chapter ('# Django') for their questions to be told there

    def _chapter_questions(
        self,
        blocks: list[TopBlock],
        heads: list[tuple[int, bool, bool]],
        shape: list[bool],
        texts: dict[int, str],
        level: int,
        source: SourceConfig,
        lines: list[str],
    ) -> set[int]:
        """The headings of ``level`` that lost their '?' (``## Что такое Middleware, для чего, как реализуется``) in the
        chapters (the parts between level-1 headings) where most headings of that level ask (three at least, with a '?'
        or opening like a question), when the page as a whole does not: its other chapters hold topics at that level
        (``## Последовательности`` over ``### Что такое …``). Each such heading with text right under it and no
        question below it is a question."""
        chapters: dict[int, list[int]] = {}  # the chapter's level-1 heading (block index, -1 before any) -> its heads
        tops = [n for n, b in enumerate(blocks) if b.type == "heading_open" and b.level == 1]
        if len(tops) < 2:
            return set()
        for k, (n, _, _) in enumerate(heads):
            chapters.setdefault(max((t for t in tops if t < n), default=-1), []).append(k)
        found: set[int] = set()
        for members in chapters.values():
            local = [shape[k] for k in members]
            if sum(local) < self.CHAPTER_MIN or 2 * sum(local) <= len(members):
                continue
            for k in members:
                n, _, asks = heads[k]
                if asks or not shape[k] or not self._has_content(blocks, n, level) or _answer_heading(blocks[n]):
                    continue
                if self._question_below(blocks, n, level, source) or self._holds_cards(blocks, n, level, lines):
                    continue
                found.add(n)
        return found

    def _numbered_runs(
        self, blocks: list[TopBlock], source: SourceConfig, lines: list[str], listed: frozenset[int] | set[int] = frozenset()
    ) -> tuple[set[int], dict[int, str], dict[int, str], dict[int, str]]:
        """Headings that are items because their siblings are, though they do not ask.

        - A page that numbers its questions (``## 1) What is normalization?``, ``### 3️⃣ Find the
          second highest salary``): at a heading level where at least three headings start with a
          number and one of those asks (ends in ``?``), every numbered heading is a question.
        - An FAQ whose headings nearly all ask (from the first question heading of a level to its
          last, at least 5 headings, 80% of them questions): a statement heading among them is a
          question too
          (``## My app doesn't find Homebrew``); a heading before the first question or after the
          last (``## Contents``, ``## License``) stays a section.
        - A level where most headings ask (at least two): a heading with text under it that opens like
          a question (``#### What is `GIL```, ``Explain the GIL``; :func:`opens_asking`) lost its ``?``
          and is a question too; one that does not (``#### Floats VS Decimals``) is returned with its
          text, so the reader names it in a warning of its own instead of "text outside any question";
          a comparison among them (``#### Floats VS Decimals``, ``Process vs Thread``: :func:`compared`) asks
          for the difference and is a question, its front worded by deckc when the page asks in English
          (``Floats VS Decimals: what is the difference?``; returned as the lost heading's front).
        - Notes that ask here and there (trial6 F46: ``## TCP vs UDP`` / ``## HTTP vs HTTPS`` /
          ``## What is a deadlock?``): at a level where at least one heading asks and the statement
          headings with text right under them are at least half as many as the asking ones
          (:data:`STATED_SHARE`; the lost-``?`` ones count as asking), every such statement heading is a
          card, its heading the front, as ``headings = "cards"`` reads it: returned with its text for one
          grouped warning. A page of statement notes keeps its cards when a question is added to it;
          one statement among many questions (``#### Floats VS Decimals``) is still warned about above,
          and a heading after the last question that opens like one (``How to contribute``) stays a section.
        Never a heading with a question under it: then the headings are sections (``## 1. Basics``
        over ``### What is …?``).
        - An ordered-list entry that is a heading (``listed``: its block indices, ``1. ### What is a prototype
          chain``, trial8 H18) is a numbered question whatever the rest of the page holds, its ``?`` restored;
          the statement sub-headings in its answer (``#### Example: Pure vs. Impure Functions``) are its answer's.
        """
        levels: dict[int, list[tuple[int, bool, bool]]] = {}  # level -> (block index, numbered, asks)
        texts: dict[int, str] = {}
        for n, block in enumerate(blocks):
            if block.type != "heading_open":
                continue
            text = squash(plain_inline(block.tokens[1].children or []))
            texts[n] = text
            asks = split_question(text, source).asks or _mid_question(text) is not None or _asks_then_requests(text) or bool(_REQUEST_END.search(text))
            asks = asks and not (block.start < len(lines) and asks_in_code_only(lines[block.start]))  # ('### `Hash#key?`' names a method: T51-16;
            # '#### … com `? :`' the conditional operator: T52-6)
            numbered = leading_number(text) is not None or bool(_LABELLED_NUMBER.match(text))
            levels.setdefault(block.level, []).append((n, numbered, asks))
        listed_asks = self._answered_lists(blocks, texts, source, lines)
        for n, (level, questions) in listed_asks.items():  # (each entry asks as a question heading there would)
            levels.setdefault(level, []).extend((n, False, True) for _ in questions)
            levels[level].sort(key=lambda head: head[0])
            texts[n] = questions[0]  # (for the level's reading below only: the list is no heading)
        runs: set[int] = set()
        unread: dict[int, str] = {}
        lost: set[int] = set()  # opens like a question, lost its '?'
        fronts: dict[int, str] = {}  # the words deckc gives a lost question: 'Floats VS Decimals: what is the difference?'
        stated: dict[int, str] = {}  # statement headings among questions, read as cards (trial6 F46)
        asking_levels: set[int] = set()  # levels whose headings are questions (most ask, a numbered run, an FAQ)
        title = page_title(lines)
        for level, heads in levels.items():
            asking_count = sum(asks for _, _, asks in heads)
            shape = [asks or opens_asking(split_question(texts[n], source).text) for n, _, asks in heads]
            if asking_count >= 2 and 2 * sum(shape) > len(heads):
                asking_levels.add(level)
                first, last = shape.index(True), len(shape) - 1 - shape[::-1].index(True)
                last_ask = max(k for k, (_, _, asks) in enumerate(heads) if asks)
                quoted = _quoted_answers(blocks, [n for n, _, asks in heads if asks])
                for k, (n, _, asks) in enumerate(heads):
                    if asks or not self._has_content(blocks, n, level) or _answer_heading(blocks[n]):
                        continue
                    if quoted and _quoted_body(blocks, n):
                        # ('#### 프로세스와 스레드 차이' / '> …', '#### DI(Dependency Injection)' / '> …' among '#### …란?' /
                        # '> …' headings: a topic answered in a quote as every question of the page is; trial53 T53-4)
                        lost.add(n)
                        continue
                    # (a task's heading over its answer asks, whatever questions follow that answer: '##### Haga un
                    # ciclo for …' over its code, then 'Pregunta: …?' items; never their section: trial22 T22-5)
                    if (self._question_below(blocks, n, level, source) and not task_verb(texts[n])) or self._holds_cards(blocks, n, level, lines):
                        continue
                    if self._reads_cards(blocks, n, level, lines):  # (an org-drill cloze under '## Rivers': its text is a card, T31-63)
                        continue
                    if shape[k] and (k < last_ask or _TASK_SENTENCE.match(texts[n]) or task_verb(texts[n]) or (k < last and opens_with_prompt(texts[n]))):
                        # after the last question: 'How to contribute' is a section, 'Compare mitosis and meiosis.' a task
                        # (P112), and so is 'Discuss techniques for …' before another prompt (trial18 T18-42)
                        lost.add(n)
                    elif (_TASK_SENTENCE.match(texts[n]) and k > first) or (
                        exercise_heading(texts[n]) and (k < last_ask or _holds_code(_body(blocks, n)))
                    ):
                        # 'Name the three parts of a nucleotide.'; 'Implement enqueue and dequeue using two stacks' (T28-43),
                        # after the last question only over code ('Check if a given string is isomorphic'), never 'Create
                        # an issue' closing a page
                        lost.add(n)
                    elif problem_heading(texts[n]) and k < last_ask:
                        lost.add(n)  # '"MySQL Server has gone away"', 'I'm getting a warning about …' in an FAQ (T47-6)
                    elif compared(texts[n]) and k < last_ask:  # 'Floats VS Decimals' among questions asks for the difference
                        lost.add(n)
                        english = asks_in_english([split_question(texts[m], source).text for m, _, a in heads if a])
                        fronts[n] = comparison_front(split_question(texts[n], source).text, english)
                    elif first < k < last:  # 'Contents' before the questions, 'License' after: sections
                        unread[n] = texts[n]
                # the level's other statement headings read as cards (a topic over its text and its own questions): a
                # lone one among them is one too, never dropped while its siblings are taught (trial22 T22-14: '### ⭐️
                # 自增自减运算符' skipped, '### ⭐️ 移位运算符' a card); a comparison asks ('Floats VS Decimals'), no statement
                here = [n for n, _, _ in heads if n in unread]
                carded = [
                    n for n, _, asks in heads
                    if not asks and n not in unread and n not in fronts
                    and self._has_content(blocks, n, BOLD_LEVEL) and self._question_below(blocks, n, level, source)
                ]  # fmt: skip
                if here and len(carded) >= len(here):
                    stated.update((n, unread.pop(n)) for n in here)
            elif not asking_count:
                lost |= self._worded_questions(blocks, heads, shape, level, source, lines)
            elif level > 1:  # a level that asks in some chapters only ('# Python' / '## topic' / '### question', then
                # '# Django' / '## question': trial14 T14-7, one more topic heading flipped 93 questions away): by chapter
                lost |= self._chapter_questions(blocks, heads, shape, texts, level, source, lines)
            if asking_count:
                # ('### Tell me about a time you disagreed …' beside '### What is your greatest weakness?': an interview's
                # prompt asks as the '?' does, never a statement heading told to end with '?'; trial31 T31-50)
                lost.update(
                    n for n, _, asks in heads
                    if not asks and asking_prompt(texts[n]) and self._has_content(blocks, n, BOLD_LEVEL)
                    and not self._question_below(blocks, n, level, source)
                )  # fmt: skip
                last_ask = max(k for k, (_, _, asks) in enumerate(heads) if asks)
                entry = [num or bool(_OUTLINE_NUMBER.match(texts[n])) for n, num, _ in heads]  # '2.18.1 …', '3. …'
                entries = 2 * sum(entry) > len(heads)
                found = [
                    n
                    for k, (n, _, asks) in enumerate(heads)
                    if not asks
                    and n not in lost
                    and not (shape[k] and k > last_ask and not _TASK_SENTENCE.match(texts[n]) and not (entry[k] and entries))
                    # 'How to contribute' after the questions: a section; 'Explain the role of X.' a task, as its statement
                    # siblings are (P112); '### 2.18.1 什么是支持向量机' numbered like its siblings an entry of the book (T14-36)
                    and (title is None or blocks[n].start != title[0])
                    and n + 1 < len(blocks)
                    and self._has_content(blocks, n, BOLD_LEVEL)  # text right under it, not sub-headings (nor a '<br/>')
                    and not _answer_heading(blocks[n])
                    and not self._question_below(blocks, n, level, source)
                    and not self._holds_cards(blocks, n, level, lines)
                    and not self._reads_cards(blocks, n, level, lines)
                    and not _contents(blocks, n)  # ('## Table of Contents' over links to the page's anchors: T14-26)
                ]
                asks_at = [k for k, (_, _, asks) in enumerate(heads) if asks]
                span = heads[asks_at[0] : asks_at[-1] + 1]
                if len(span) >= FAQ_MIN and len(asks_at) >= FAQ_SHARE * len(span):
                    # an FAQ: its 'Contents' and 'License' stay sections (the FAQ rule below reads the statements among
                    # its questions); a part of statement headings with text before or after it ('### Data Lake' /
                    # its definition, 25 of them after 32 questions) is read as the mixed page's are (sitting 59)
                    inside = {n for n, _, _ in span}
                    found = [n for n in found if n not in inside]
                    if len(found) < FAQ_MIN:
                        found = []
                # (a comparison read as a question counts as the statement it was: making it a question
                # never takes its sibling statements' cards away)
                asking_here = asking_count + sum(1 for n, _, _ in heads if n in lost and n not in fronts)
                comparisons = sum(1 for n, _, _ in heads if n in fronts)
                if found and len(found) + comparisons >= STATED_SHARE * asking_here:
                    stated.update((n, texts[n]) for n in found)
            numbered = [n for n, num, _ in heads if num]
            numbered_run = len(numbered) >= 3 and any(asks for _, num, asks in heads if num)
            if numbered_run:
                candidates = numbered  # numbered like the questions: an item, answered or not
            else:
                # headings over inline cards ('Term::answer') are sections of cards, not statements
                heads = [h for h in heads if h[2] or not self._holds_cards(blocks, h[0], level, lines)]
                asking = [k for k, (_, _, asks) in enumerate(heads) if asks]
                span = heads[asking[0] : asking[-1] + 1] if asking else []
                if len(span) < FAQ_MIN or len(asking) < FAQ_SHARE * len(span):
                    continue
                between = [n for n, _, asks in span if not asks]
                # (after the last question, a user's problem with its answer under it is the FAQ's last entry, never a
                # section like 'License' or 'How to contribute': trial26 T26-14, its answer "text outside any question")
                # nor is a heading the page's table of contents lists among its questions ('- [About Python's GIL](#…)'
                # after '- [Explain about Python Method Resolution Order](#…)', over the page's last answer: sitting 55)
                contents = contents_entries(blocks) if heads[asking[-1] + 1 :] else frozenset()
                between += [
                    n for n, _, asks in heads[asking[-1] + 1 :]
                    if not asks and not opens_asking(split_question(texts[n], source).text)
                    and ((len(texts[n].split()) >= _PROBLEM_WORDS and _PROBLEM_HEADING.search(texts[n])) or problem_heading(texts[n])
                         or (normalize_text(texts[n]) in contents and sum(normalize_text(texts[m]) in contents for m, _, a in span if a) >= FAQ_MIN))
                ]  # fmt: skip
                candidates = [n for n in between if self._has_content(blocks, n, level)]
            holding = sum(1 for n in candidates if self._question_below(blocks, n, level, source))
            # headings over questions are their sections (## 1. Basics / ### What is …?); one asking sub-heading
            # inside one answer (### Why is search O(1)? under ## 3. Describe …) does not make a numbered run sections
            if holding and (not numbered_run or 2 * holding >= len(candidates)):
                continue
            # ('## 1️⃣5️⃣ Interview Questions & Answers' among numbered topics, over '### Q1. …?' with no text of its own:
            # their section, never a question without an answer: lead G10)
            said = {n for n, _, asks in heads if asks}
            runs.update(
                n for n in candidates
                if n in said or self._has_content(blocks, n, BOLD_LEVEL) or not self._question_below(blocks, n, level, source)
            )  # fmt: skip
            asking_levels.add(level)
        for n in listed_asks:
            del texts[n]
            runs.discard(n)
            lost.discard(n)
            stated.pop(n, None)
            unread.pop(n, None)
        listed = {n for n in listed if not self._question_below(blocks, n, blocks[n].level, source)}
        if listed:  # '1. ### What is a prototype chain': a question; '#### Example: Pure vs. Impure' under it its answer's
            under = self._answer_structure(blocks, texts, set(listed), source) - self._answer_structure(blocks, texts, set(), source)
            runs, lost = (runs - under) | listed, (lost - under) | listed
            stated = {n: t for n, t in stated.items() if n not in under}
            unread = {n: t for n, t in unread.items() if n not in under}
        runs |= self._numbering_goes_on(blocks, texts, runs | lost, source)
        # (a level asks only through answered lists when none of its headings asks: a page of notes that ends with a
        # knowledge check, '1. Which tool keeps … synced? → **Azure File Sync**', asks no more than one with a question
        # heading among its notes does; trial61 T61-1: its other levels' statement sections were text on no card)
        heading_asks = any(asks and n not in listed_asks for heads in levels.values() for n, _, asks in heads)
        if not asking_levels or not heading_asks:
            quizzed = 0 if heading_asks else sum(len(questions) for _, questions in listed_asks.values())
            quizzes = {max((m for m in texts if m < n), default=-1) for n in listed_asks} if quizzed else set()
            stated.update(self._notes_page(blocks, texts, runs | lost, source, lines, title, set(stated), quizzed, quizzes))
        inside = self._answer_structure(blocks, texts, runs | lost, source)
        asked_title = next((n for n in texts if title is not None and blocks[n].start == title[0]), None)
        one_question = asked_title is not None and (
            split_question(texts[asked_title], source).asks or _asks_then_requests(texts[asked_title])
        )
        # '# 面试官：说说对React Hooks的理解？解决了什么问题？' over '## 一、是什么' / '## 二、有哪些' (trial14 T14-10): a page that
        # is one question, its sections the parts of its answer, when none of them asks with its own '?'
        if one_question and not any(split_question(t, source).asks for n, t in texts.items() if n != asked_title):
            inside |= {n for n in texts if n != asked_title}
            runs, lost = runs - inside, lost - inside
        stated = {n: t for n, t in stated.items() if n not in inside}
        unread = {n: t for n, t in unread.items() if n not in inside}
        stated = {n: t for n, t in stated.items() if n not in runs}
        # ('### Self-Check Questions' over questions each with its answer's toggle: their section, no card: T45-1)
        stated = {n: t for n, t in stated.items() if not _answered_toggles(_body(blocks, n))}
        return (
            runs | lost | set(stated),
            {n: fronts.get(n, "") for n in lost - (runs - listed)},
            {n: t for n, t in unread.items() if n not in runs and n not in stated},
            stated,
        )

    def _answered_lists(self, blocks: list[TopBlock], texts: dict[int, str], source: SourceConfig, lines: list[str]) -> dict[int, tuple[int, list[str]]]:
        """The lists of questions each answered in its entry (``- What is …?`` / ``  Its answer.``) outside any question
        heading, by block: (the level a heading of its own would have, one under the heading above it; the questions).
        A page that asks in such a list and states a topic under a heading after it (``## Valves`` / its text) is read as
        the same page asking in headings is: the statement heading is a card of its own (:meth:`_numbered_runs`),
        never "text outside any question" (its text on no card)."""
        found: dict[int, tuple[int, list[str]]] = {}
        above: int | None = None  # the heading over the block
        top = min((b.level for b in blocks if b.type == "heading_open"), default=1)
        for n, block in enumerate(blocks):
            if block.type == "heading_open":
                above = n
                continue
            if block.type not in ("bullet_list_open", "ordered_list_open"):
                continue
            if above is not None and (split_question(texts.get(above, ""), source).asks or self._question(blocks[above], source) is not None):
                continue  # (a list under a question heading is its answer)
            cards = self._bold_bullets(block, lines)
            if cards and all(answer for _, _, answer in cards):
                found[n] = (blocks[above].level + 1 if above is not None else top, [q for _, q, _ in cards])
        return found

    def _worded_questions(
        self, blocks: list[TopBlock], heads: list[tuple[int, bool, bool]], shape: list[bool], level: int, source: SourceConfig, lines: list[str]
    ) -> set[int]:
        """Headings that ask by their words alone (learner L9: ``### Что такое последовательность``, ``### How
        does a list differ from a tuple``, not one ``?`` at their level): where at least :data:`WORDED_MIN`
        headings of a level have text right under them and no question below, and :data:`WORDED_SHARE` of them
        open like a question (:func:`opens_asking`), each of them from the first such to the last is a question
        (``Можно ли …`` among them too), so two stray ``?`` bullets elsewhere never take the page's questions."""
        answered = [
            k
            for k, (n, _, _) in enumerate(heads)
            if n + 1 < len(blocks)
            and blocks[n + 1].type != "heading_open"
            and not _answer_heading(blocks[n])
            and not self._question_below(blocks, n, level, source)
            and not self._holds_cards(blocks, n, level, lines)
        ]
        worded = [k for k in answered if shape[k]]
        if len(answered) < WORDED_MIN or len(worded) < WORDED_SHARE * len(answered):
            return set()
        return {heads[k][0] for k in answered if worded[0] <= k <= worded[-1]}

    def _notes_page(
        self,
        blocks: list[TopBlock],
        texts: dict[int, str],
        taken: set[int],
        source: SourceConfig,
        lines: list[str],
        title: tuple[int, str] | None,
        noted: set[int] | None = None,
        quizzed: int = 0,
        quizzes: set[int] | None = None,
    ) -> dict[int, str]:
        """A page of notes with a question or two among its headings at any level (trial7 G24: one ``#### Should
        every page use HTTPS?`` under ``### HTTPS``): when no level of it asks (most headings of a level, a
        numbered run, an FAQ) and its statement headings with text right under them outnumber its questions,
        each of them is a card as ``headings = "cards"`` reads it, a heading over a question sub-heading too (a
        heading over links only, ``#### Reference``, is then a reading list, skipped, and counts on neither
        side). A page most of whose headings with text ask (an AsciiDoc FAQ with its man-page ``NAME`` and
        ``DESCRIPTION`` sections) keeps its statement sections as they were. Statement headings already read as cards
        (``noted``: at the level where the one question stands, trial31 T31-68) count on neither side: they are no
        questions, so the topics at a level that asks nothing, when they outnumber the questions, are cards beside
        them, never sections whose text is in no card. A page that asks only in answered lists (``quizzed``
        questions under the ``quizzes`` headings: a module's notes, then ``## ✅ Knowledge Check`` / ``1. Which tool …?
        → **Azure File Sync**``; trial61 T61-1) is notes when its sections with text under them, read as cards by this
        rule or another (``**Term**:`` entries, a table), outnumber those questions: a quiz that goes over the notes
        never takes the notes' cards away; a page of twenty answered questions and an introduction is no notes."""
        noted = noted or set()
        quizzes = quizzes or set()
        asking = [
            n
            for n, text in texts.items()
            if n not in noted
            and (n in taken or split_question(text, source).asks or _mid_question(text) is not None or _asks_then_requests(text)
                or _REQUEST_END.search(text)) and not reading_list(_body(blocks, n), self._wiki)
        ]
        # a section of questions ('## 3. Review questions' over '**Question 1.** …'): it asks, and it is no note itself
        over = {n for n in texts if n not in asking and any(self._label_led(b, source) is not None for b in _body(blocks, n))}
        asking += sorted(over)
        # question boxes among the notes ('> [!question] What are the two sugars of peptidoglycan?' under '## Peptidoglycan',
        # an Obsidian lecture note: trial29 T29-8, its prose sections were 'text outside any question'): cards of their own
        boxed = sum(1 for b in blocks if _asking_box(b, source))
        # so do bold-italic questions among them ('***짝수 패리티일 때 … 1010001라면?***' over its worked answer under '###
        # 패리티 비트' and its definition: trial30 T30-3, the page gave no card); a '**…?**' line keeps its old part (a case
        # study's '## Case' over '**Company:** Contoso' and '**Which cloud should Contoso pick?**' is its question's section)
        boxed += sum(1 for b in blocks if _bold_italic(b) and (bold := self._bold(b, source)) is not None and bold[0].asks)
        # exercises among the notes: a task over its solution box ('## It's your turn now!' / 'Draw the regular vine …' /
        # a MyST '{admonition} Solution' dropdown, a lecture page's closing exercise: trial62 T62-1, its definitions under
        # '## Concept of isomorphism' and '## Matrix representation' were text on no card); the heading over each is the
        # exercise's section, never a note
        exercises = self._posed(blocks, source, set(taken)) if any(answer_toggle(b) for b in blocks) else {}
        held = {max((m for m in texts if m < first), default=-1) for first in exercises}
        if not asking and not boxed and not quizzed and not exercises:
            return {}
        inside: set[int] = set()  # headings under a question: its answer's structure (#### Good to hear), never here
        open_heads: list[int] = []
        for n in texts:
            while open_heads and blocks[open_heads[-1]].level >= blocks[n].level:
                open_heads.pop()
            if any(h in asking for h in open_heads):
                inside.add(n)
            open_heads.append(n)
        found = {
            n: texts[n]
            for n in texts
            if n not in asking
            and n not in noted
            and n not in inside
            and n not in held
            and (title is None or blocks[n].start != title[0])
            and self._has_content(blocks, n, BOLD_LEVEL)
            and not (boxed and _asking_box(next((b for b in blocks[n + 1 :] if not furniture(b)), blocks[n]), source))
            and not _answer_heading(blocks[n])
            and not self._holds_cards(blocks, n, blocks[n].level, lines)
            and not self._reads_cards(blocks, n, blocks[n].level, lines)
            and not _contents(blocks, n)  # ('## Table of Contents' over links to the page's anchors: T14-26)
        }
        notes = [n for n in found if not reading_list(_body(blocks, n), self._wiki)]  # (reading lists are skipped, not notes)
        if quizzed:
            sections = [
                n for n in texts
                if n not in found and n not in asking and n not in inside and n not in quizzes
                and (title is None or blocks[n].start != title[0]) and self._has_content(blocks, n, BOLD_LEVEL)
                and (n in noted or self._holds_cards(blocks, n, blocks[n].level, lines) or self._reads_cards(blocks, n, blocks[n].level, lines))
            ]  # fmt: skip
            return found if notes and len(notes) + len(sections) > len(asking) + boxed + quizzed + len(exercises) else {}
        if exercises and not asking and not boxed:  # (notes that end with an exercise or two: as many notes are notes)
            return found if notes and len(notes) >= len(exercises) else {}
        return found if len(notes) > len(asking) + boxed + len(exercises) else {}

    def _numbering_goes_on(self, blocks: list[TopBlock], texts: dict[int, str], questions: set[int], source: SourceConfig) -> set[int]:
        """A numbered heading one level off whose number goes on from the numbered question before it
        (``### 15. Define …`` after ``#### 14. …?``, trial7 G3): a question too, when text is right under it
        and no question below it."""
        found: set[int] = set()
        previous: tuple[int, bool] | None = None  # the last numbered heading: its number, whether it is a question
        for n, text in texts.items():  # (in page order)
            number = leading_number(text)
            if number is None:
                continue
            asks = n in questions or split_question(text, source).asks
            level = blocks[n].level
            if (
                not asks
                and previous is not None
                and previous[1]
                and int(number) == previous[0] + 1
                and self._has_content(blocks, n, BOLD_LEVEL)
                and not self._question_below(blocks, n, level, source)
            ):
                found.add(n)
                asks = True
            previous = (int(number), asks)
        return found

    @staticmethod
    def _answer_structure(blocks: list[TopBlock], texts: dict[int, str], questions: set[int], source: SourceConfig) -> set[int]:
        """Statement sub-headings inside a question's answer (``### Use case`` under ``## 2. Explain …``, trial7
        G10): the answer's structure, neither cards nor warnings. Not when half of the question's sub-headings
        ask or more (``### How does the handshake work?`` beside ``### Flow control``: each is read on its own)."""
        asks = {n for n, text in texts.items() if split_question(text, source).asks}
        parent: dict[int, int] = {}
        open_heads: list[int] = []
        for n in texts:  # (in page order)
            while open_heads and blocks[open_heads[-1]].level >= blocks[n].level:
                open_heads.pop()
            if open_heads:
                parent[n] = open_heads[-1]
            open_heads.append(n)
        children: dict[int, list[int]] = {}
        for n, p in parent.items():
            children.setdefault(p, []).append(n)
        # (where half of a question's sub-headings ask or more, each is read on its own)
        asking_children = {p for p, kids in children.items() if 2 * sum(k in asks for k in kids) >= len(kids)}

        def owner(n: int) -> int | None:
            """The question whose answer holds heading ``n``: its nearest heading above that asks, through
            statement headings only (``#### Commit`` under ``### Key Concepts`` under ``## 1. What is Git?``,
            trial27 T27-38: the topics two levels down were cards and the sections after them text outside any
            question); none when a heading on the way holds asking sub-headings of its own."""
            p = parent.get(n)
            while p is not None:
                if p in asking_children:
                    return None
                if p in questions or p in asks:
                    return p
                p = parent.get(p)
            return None

        return {n for n in parent if n not in asks and owner(n) is not None}

    @staticmethod
    def _rhetorical(blocks: list[TopBlock], source: SourceConfig) -> set[int]:
        """Sub-headings that ask inside a question's answer whose other sub-headings, more than half of them, state
        (``### 2. Integer 缓存机制？`` over ``#### 为什么要有缓存？``, ``#### 代码示例``, ``#### 关键要点``: learner4 N48,
        backlog N7): a question the answer raises and answers itself, part of that answer, so the sub-sections after
        it are not text outside any question. Only one followed by a statement sibling (the answer goes on past it)."""
        heads = [n for n, b in enumerate(blocks) if b.type == "heading_open" and len(b.tokens) > 1]
        asks = {n for n in heads if split_question(plain_inline(blocks[n].tokens[1].children or []), source).asks}
        found: set[int] = set()
        for k, p in enumerate(heads):
            if p not in asks:
                continue
            kids: list[int] = []
            for n in heads[k + 1 :]:
                if blocks[n].level <= blocks[p].level:
                    break
                if blocks[n].level == blocks[p].level + 1:
                    kids.append(n)
            asking = [n for n in kids if n in asks]
            if not asking or 2 * len(asking) >= len(kids):
                continue
            found |= {n for n in asking if any(m > n and m not in asks for m in kids)}
        return found

    def _headed_text(self, blocks: list[TopBlock], title: tuple[int, str] | None) -> set[int]:
        """``headings = "cards"``: every heading with text right under it (not another heading) is a card.

        The page's title is not; a heading over sub-headings only stays a section, so the card's
        front is the most specific heading and its section path says where it sits.
        """
        found = set()
        for n, block in enumerate(blocks):
            if block.type != "heading_open" or (title is not None and block.start == title[0]):
                continue
            nxt = blocks[n + 1] if n + 1 < len(blocks) else None
            if nxt is not None and nxt.type != "heading_open" and not all(anchors_only(b) for b in _body(blocks, n)):
                found.add(n)  # (link targets alone, '<a id="s1-background"></a>', are no text under it: T52-5)
        n = next((k for k, b in enumerate(blocks) if b.type == "heading_open" and b.start == title[0]), None) if title else None
        # (headings over a reading list or the course's tasks make no card: with only those, the title's text is the
        # page's card, trial50 T50-3: Rust by Example's 'Structures' page over '### Activity' and '### See also' gave none)
        cards = {
            k for k in found
            if not reading_list(_body(blocks, k), self._wiki) and not unlearnable(plain_inline(blocks[k].tokens[1].children or []), _body(blocks, k))
            and not all(furniture(b) for b in _body(blocks, k))  # ('### See also' / '[match](../match.md)': navigation)
        }  # fmt: skip
        # '# Momentum' and its text, the page's only heading: one card; '# Bloom Filter' over 'A **bloom filter** is a
        # space-efficient …' and its sections: the page's definition of its subject, a card too (T28-51)
        if (n is not None and n + 1 < len(blocks) and blocks[n + 1].type != "heading_open" and not self._task_page  # ('# Instructions':
                # its text introduces the tasks, T50-5)
                and not _labelled_ask(blocks[n + 1])  # ('# Statistics exercises' / '**Exercise 1.** …': N25)
                and (not cards or _defines_title(squash(plain_inline(blocks[n].tokens[1].children or [])), _body(blocks, n))
                     or topic_page(title[1])  # ('# Bools: About' over the topic's overview: its card, T29-11)
                     # (a page its front matter names, one note per term: its opening text is that term's, however it
                     # opens, 'In a microservices world, …' under 'title: Service Mesh'; T55-4)
                     or getattr(self, "_front_titled", False))):
            found.add(n)
        return found

    def _table_rows_below(self, blocks: list[TopBlock], start: int) -> bool:
        """Whether the text right under the heading at ``start`` holds a table read as a card per row."""
        return any(self._card_table(b) or _table_bank(b) is not None for b in _body(blocks, start))

    def _card_table(self, block: TopBlock) -> bool:
        """Whether ``block`` is a table read a card per row with TABLE_ROWS_MIN rows or more, counting the rows of the
        page's other tables under the same header ('## Antiplatelets' over two rows of '| Drug | Class | … |' after a
        table of six: its section, not a card of its own; sitting 45 N1)."""
        cards = self._table_cards(block)
        if len(cards) >= TABLE_ROWS_MIN:
            return True
        rows = _card_rows(_table_rows(block))[0]
        shared = self._header_rows.get(_header_key(rows[0][1]), []) if rows else []  # (this table's rows among them)
        return bool(cards) and len(shared) >= TABLE_ROWS_MIN

    def _holds_cards(self, blocks: list[TopBlock], start: int, level: int, lines: list[str]) -> bool:
        for block in blocks[start + 1 :]:
            if block.type == "heading_open" and block.level <= level:
                return False
            if self._inline_cards(block, lines):
                return True
        return False

    def _reads_cards(self, blocks: list[TopBlock], start: int, level: int, lines: list[str]) -> bool:
        """Under the heading at ``start``, a block read as cards of its own outside any question (a table of
        questions, definition-list or ``**Term**:`` entries, cloze sentences, labelled entries)."""
        glossary = definition_terms(lines) >= DEFINITIONS_MIN
        terms = term_entries(lines, dash=True) >= DEFINITIONS_MIN
        for k, block in enumerate(blocks[start + 1 :], start + 1):
            if block.type == "heading_open" and block.level <= level:
                return False
            if block.type.endswith("list_open") and _prose_lead(blocks[k - 1], lines):
                continue  # ('… You have two types of files here:' over '- **MDS**: …': the heading's text goes on, T27-38)
            if (
                self._cloze_cards(block, lines)
                or self._labelled_entries(block, lines)
                or self._bold_bullets(block, lines)
                or (glossary and self._definitions(block, lines))
                or (terms and self._term_bullets(block, lines))
                or self._table_cards(block)
                or _table_bank(block) is not None
            ):
                return True
        return False

    @staticmethod
    def _has_content(blocks: list[TopBlock], start: int, level: int) -> bool:
        """Something a card shows under the heading at ``start`` (a ``<br/>`` line is none) before a heading at
        ``level`` or above."""
        nxt = next((b for b in blocks[start + 1 :] if not furniture(b)), None)
        return nxt is not None and not (nxt.type == "heading_open" and nxt.level <= level)

    @staticmethod
    def _scenarios(blocks: list[TopBlock], source: SourceConfig) -> dict[int, int]:
        """``{question heading: the heading before it}`` for a question written as two headings of one level
        (trial9 T2, exam pages): a heading that states a scenario in a sentence, with nothing under it, right
        before a heading that asks ('### 3 . A colleague creates … for a PaaS proof of concept.' / '### Would you
        agree with this implementation?'). The scenario is the first part of that question, never a section of
        the cards after it nor a question without an answer."""
        found: dict[int, int] = {}
        for n, block in enumerate(blocks):
            if block.type != "heading_open":
                continue
            nxt = next((k for k in range(n + 1, len(blocks)) if not furniture(blocks[k])), None)
            if nxt is None or blocks[nxt].type != "heading_open" or blocks[nxt].level != block.level:
                continue
            first = split_question(plain_inline(block.tokens[1].children or [], code=True), source)
            second = split_question(plain_inline(blocks[nxt].tokens[1].children or [], code=True), source)
            sentence = len(first.text.split()) >= 6 and first.text.rstrip().endswith((".", ":", "…", "。", "："))
            # (not a task of its own: each numbered, or the first with its own level, '#### 25. Negate … in place.
            # (★☆☆)' over '#### 26. What is the output …? (★☆☆)' are two exercises, trial21 T21-29)
            # (nor a task that opens as one: 'Escriba una página con una galería sencilla.' over '¿Qué herramientas …?',
            # trial22 T22-7; a scenario tells: '3. A colleague creates …' over 'Would you agree …?')
            own = (first.number is not None and second.number is not None) or first.marker is not None or task_lead(first.text)
            own = own or counted_pair(first.text, second.text)  # ('Step 4. Select …' over 'Step 5. How many …?': T46-5)
            if sentence and not first.asks and second.asks and not own:
                found[nxt] = n
        return found

    @staticmethod
    def _over_headings(blocks: list[TopBlock], questions: set[int], source: SourceConfig) -> Iterator[tuple[int, bool]]:
        """``(heading, whether its text sets a task in a sentence)`` for each heading that is no question, with
        nothing under it (a ``<br/>`` at most), right before a heading of its own level that asks."""
        for n, block in enumerate(blocks):
            if block.type != "heading_open" or n in questions:
                continue
            nxt = next((k for k in range(n + 1, len(blocks)) if not furniture(blocks[k])), None)
            if nxt is None or blocks[nxt].type != "heading_open" or blocks[nxt].level != block.level:
                continue
            asked = split_question(plain_inline(blocks[nxt].tokens[1].children or [], code=True), source)
            own = split_question(plain_inline(block.tokens[1].children or [], code=True), source).text
            if nxt in questions or asked.asks:
                # (a heading that opens as a question, its '?' left out, is one too: '#### What difference between
                # `tuple` and `list`' over '#### What is `set`?' was the section of that question, unsaid, sitting 54)
                yield n, (own.endswith((".", "。")) and bool(task_lead(own))) or opens_asking(own)

    @classmethod
    def _dividers(cls, blocks: list[TopBlock], questions: set[int], source: SourceConfig) -> set[int]:
        """Headings over nothing right before a question heading of their own level (learning-zone pages: ``## # 2.
        Data Types`` between ``## Q. …?`` questions, trial8 H19): each names the section of the questions after it,
        up to the next such heading or a higher one. A task's sentence ('Escriba una página …') is no section's name
        (trial22 T22-7)."""
        return {n for n, task in cls._over_headings(blocks, questions, source) if not task and not _told_heading(blocks[n])}

    @classmethod
    def _unanswered_tasks(cls, blocks: list[TopBlock], questions: set[int], source: SourceConfig) -> set[int]:
        """Headings that set a task in a sentence ('Escriba una página con una galería sencilla.', 'Explain …') with
        nothing under them, right before a question heading of their level: a list of questions, some answered, and
        this one not (trial22 T22-7). A question without its answer, accounted for as one ('no answer'), never the
        section name of the questions after it nor lost."""
        return {n for n, task in cls._over_headings(blocks, questions, source) if task}

    def _question_after(self, blocks: list[TopBlock], n: int, source: SourceConfig) -> bool:
        """Whether a heading or bold question comes anywhere after block ``n``."""
        return any(self._question(b, source) is not None for b in blocks[n + 1 :])

    def _question_below(self, blocks: list[TopBlock], start: int, level: int, source: SourceConfig) -> bool:
        """A question (heading or bold, or a label heading over the paragraph it labels: ``### Exercise 1a``) under the
        heading at ``start``, before the next heading at ``level`` or above."""
        for n, block in enumerate(blocks[start + 1 :], start + 1):
            if block.type == "heading_open" and block.level <= level:
                return False
            if self._question(block, source) is not None:
                return True
            if (
                block.type == "heading_open" and n + 1 < len(blocks) and blocks[n + 1].type == "paragraph_open"
                and _LABEL_ONLY.match(squash(plain_inline(block.tokens[1].children or [])))
            ):  # fmt: skip
                return True  # (trial31 T31-4: '## Aufgabe 1: …' over its parts' '### Exercise 1a' was a card of no answer)
        return False

    def _next_lead(self, blocks: list[TopBlock], n: int, current: _Open, lines: list[str], source: SourceConfig, env: dict[str, Any]) -> bool:
        """Whether the paragraph at ``n``, after a bold question answered in one paragraph and right over the next
        question, is a note on that next question, on a page of notes between its questions (one before the first):
        two words or more of it are the next question's, more than the open question's and answer's ('A process is
        …' / '**What is a context switch?**' / its answer / 'Threads share the address space of their process.' /
        '**Why are threads cheaper than processes?**'; sitting 56: glued onto the answer above). A paragraph that goes
        on answering stays the answer's."""
        block = blocks[n]
        if block.type != "paragraph_open" or current.level != BOLD_LEVEL or len(current.answer) != 1 or current.answer[0].type != "paragraph_open":
            return False
        if n + 1 >= len(blocks) or self._question(block, source) is not None or self._bold_first_line(block, source, lines, env) is not None:
            return False
        found = self._question(blocks[n + 1], source) or self._bold_first_line(blocks[n + 1], source, lines, env)
        if found is None:
            return False
        note = content_words(" ".join(lines[block.start : block.end]))
        ahead = len(note & content_words(found[0].text))
        said = " ".join([current.q.text, *lines[current.answer[0].start : current.answer[0].end]])
        return ahead >= 2 and ahead > len(note & content_words(said))

    def _question(self, block: TopBlock, source: SourceConfig) -> tuple[_Question, int] | None:
        """``(question, level)`` if the block is a ``?`` heading or a bold ``?`` paragraph.

        A bold paragraph with a trailing difficulty marker is a question even
        without ``?`` (``**Precision-recall trade-off ⭐️**``).
        """
        if block.type == "heading_open":
            text = plain_inline(block.tokens[1].children or [], code=True)
            q = split_question(text, source)
            if q.labeled and _LABELLED_TITLE.match(f"# {text.strip()}") and _topic_colon(q.text) and _title_cased(q.text):
                q.text = q.text.rstrip().rstrip(":：").rstrip()  # ('### Question 3: Templates and Generics:' names a topic: T44-7)
            mid = _mid_question(text) if not q.asks else None
            if mid is not None:  # 'Shoulder dislocation? Upper-arm activity --> …' (learner3 N10): asks, then answers
                q = split_question(mid[0], source)
                q.rest, q.labeled = mid[1], q.labeled or not mid[1]  # (a quoted case after its '?' is asked: U111)
            elif not q.asks and (_asks_then_requests(text) or _REQUEST_END.search(text)):
                q.labeled = True  # '面试官：说说你对闭包的理解？闭包使用场景', '… a closure? Where is it used' (trial14 T14-9);
                # '#### 쿠키(Cookie)와 세션(Session)을 설명해주세요.' ('please explain …': a request, trial14 T14-26)
            elif not q.asks and q.number and _HEADING_MARKS.search(text) and opens_task(q.text):
                q.labeled = True  # '## 1. Explain two causes of the First World War. (4 marks)': an exam's task (sitting 48)
            if judge_prompt_only(text):
                return None  # '# True or false?' over '1. The Earth … — True': the statements' section (sitting 38)
            return (q, block.level) if q.asks else None
        toggle = summary_question(block)
        if toggle is not None:
            q = split_question(toggle[0], source)
            if not q.asks and _ASKED_MID.search(toggle[0]):
                q.labeled = True  # 'True or False? Each AWS region is designed to be …': the whole summary asks (T14-32)
            elif not q.asks and _toggle_task(q.text) and not answer_toggle(block):
                q.labeled = True  # '<summary><strong>Define K<sub>m</sub></strong></summary>' among asking toggles (sitting 55)
            return (q, BOLD_LEVEL) if q.asks else None
        title = asking_title(block)  # '??? question "How do I …?"' (split_admonitions: its body follows)
        if title is not None:
            return split_question(plain_inline(block.tokens[2].children or [], code=True), source), BOLD_LEVEL
        found = self._bold(block, source) if not navigation(block) else None  # ('**[Voltar ao Topo ⬆](#sumário)**': T18-43)
        if found is None:
            return self._label_led(block, source)
        q, _ = found
        if not q.asks and q.number and getattr(self, "_bold_asked", 0) >= BOLD_ASKED_MIN and opens_task(q.text):
            q.labeled = True  # '**2. Name two differences between plant and animal cells.**' among '**1. …?**' (U45)
        elif not q.asks and getattr(self, "_bold_tasks_ask", False) and bold_task(q.text):
            q.labeled = True  # '**Define mitosis.**' among '**What is diffusion?**' (trial40 T40-2)
        elif not q.asks and block.start in getattr(self, "_marked_stems", ()):
            q.labeled = True  # '**Plant cells have a cell wall.**' over '- **Correct Answer:** True' / '- False' (trial56 T56-8)
        elif not q.asks and q.number and block.start in getattr(self, "_bold_stems", ()):
            q.labeled = True  # '**2. A p-value of 0.03 means:**' over its options among '**1. Which …?**' (sitting 54)
        elif not q.asks and q.number and getattr(self, "_bold_exercises", False):
            q.labeled = True  # '**1. The owner invests $10,000 cash.**' over its journal entry (sitting 50 N13)
        return (q, BOLD_LEVEL) if q.asks or (q.marker and q.trailing) else None

    def _asked_again(self, blocks: list[TopBlock], n: int, level: int, text: str, source: SourceConfig) -> bool:
        """Whether the bold question at ``n`` is asked again in its own section (before a heading at ``level`` or above):
        one quiz's questions, each about its own exhibit ('**What does this query return?**' over each query), never
        the question every topic heading asks (sitting 48: the first query's card was glued into the heading's)."""
        said = _norm_heading(text)
        for block in blocks[n + 1 :]:
            if block.type == "heading_open" and block.level <= level:
                return False
            found = self._question(block, source) if block.type == "paragraph_open" else None
            if found is not None and _norm_heading(found[0].text) == said:
                return True
        return False

    def _stands_alone(self, current: _Open, lead: list[TopBlock]) -> bool:
        """A question asked in a box of its own (``??? question "…?"``, a ``<details>`` whose summary asks) holds all it
        asks: a lecture's paragraphs, list and diagram above it are no exhibit of its (trial22 T22-25: they were on the
        front of every self-check box after them), unless that text points at what it sets ('Consider the following
        table:') or the question does ('… the table above?')."""
        if current.boxed:
            return True  # (an exercise box holds its question's givens itself: trial23 T23-5)
        boxed = current.toggle or current.block.type == "admonition_open"
        if not boxed or points_at(current.q.text) or _POINTS_BELOW.search(current.q.text):
            return False
        said = [squash(plain_inline(b.tokens[1].children or [])) for b in lead if b.type == "paragraph_open" and len(b.tokens) > 1]
        return not any(_POINTS_BELOW.search(text) or points_at(text) for text in said)

    def _label_led(self, block: TopBlock, source: SourceConfig) -> tuple[_Question, int] | None:
        """A paragraph led by a bold numbered label, the question after it on its first line ('**Question 1.** …'):
        what :meth:`_labelled_lead` reads, seen from the tokens (for the page's shape: learner3 N6)."""
        children = (block.tokens[1].children or []) if block.type == "paragraph_open" and len(block.tokens) > 1 else []
        children = list(itertools.dropwhile(lambda t: t.type == "text" and not t.content.strip(), children))
        if not children or children[0].type != "strong_open":
            return None
        close = next((k for k, t in enumerate(children) if t.type == "strong_close"), None)
        if close is None:
            return None
        label = squash(plain_inline(children[1:close]))
        first = list(itertools.takewhile(lambda t: t.type not in ("softbreak", "hardbreak"), children[close + 1 :]))
        text = squash(plain_inline(first, code=True))
        if re.fullmatch(r"\d{1,3}", label) and re.match(r"[.)][ \t]+\S", text):
            label, text = label + text[0], text[1:].strip()  # ('**42**. In the …': its stop outside the bold, T53-1)
        if _question_label(label) is None:
            # '**Question:** Fill in the blank: …' / '**Câu hỏi:** …' (unnumbered, with its colon; trial16 T16-38): a
            # question whatever its punctuation, the label no text
            if not label.endswith((":", "：")) and not text.startswith((":", "：")):
                return None
            text = text.lstrip(":： ")
            if not has_question_label(f"{label.rstrip(':： ')}: {text}") or any(ch.isdigit() for ch in label):
                return None
        if not text or text[:1] in ",;.:)]":
            return None
        q = split_question(text, source)
        q.labeled = True
        return q, BOLD_LEVEL

    _POSED_BLOCKS = frozenset(
        "paragraph_open fence code_block bullet_list_open ordered_list_open table_open math_block math_block_label blockquote_open".split()  # noqa: SIM905
    )
    POSED_MAX = 6  # blocks of question text (the task, its code, its options) over one answer box
    POSED_SECTION = 16  # … or at most this many when they are all a heading's (an exercise's data, task and code)

    @staticmethod
    def _labelled_task(title: str, below: list[TopBlock]) -> bool:
        """Whether a labelled heading's title is the task itself ('Question 45. Write code for merge two JavaScript
        Object dynamically.': a sentence that ends in a full stop) with nothing asking below it: its givens, code and a
        line that goes on with the task are its front, never a question of their own (trial21 T21-8: the heading was
        'no answer' and a second card put its first line after the code). A short title ('Identify pure functions')
        over a question below it titles that question (T14-6)."""
        if not title.rstrip(" *_").endswith((".", "。")) or len(title.split()) < LABELLED_TASK_WORDS:
            return False
        return not any(
            b.type == "paragraph_open" and plain_inline(_first_inline(b).children or []).rstrip(CLOSERS + " *_").endswith(QUESTION_MARKS)
            for b in below
        )

    def _posed(self, blocks: list[TopBlock], source: SourceConfig, questions: set[int]) -> dict[int, tuple[int, int]]:
        """Questions written as text over an answer box (trial8 H8: MyST ``:::{note} Solution``, VitePress
        ``::: details Answer``, MkDocs ``??? note "Answer"``, ``<details><summary>Answer``) under a heading
        that names a topic: ``{first block: (the paragraph that asks, the box)}``. The paragraph that asks is
        the last one ending with '?' (else the first); the other blocks before the box (code, options, a
        passage) are shown on the front with it; the heading is the card's section. Not when the heading
        or a block before the box is a question already (its answer holds the box as it is)."""
        posed: dict[int, tuple[int, int]] = {}
        self._boxed = set()
        self._check_labels: set[int] = set()  # 'Check your understanding' over a posed question: its box's label
        for at, box in enumerate(blocks):
            summary = summary_question(box)
            revealed = summary is not None and reveal_label(summary[0])  # 'Think, then click!': if a question is above it
            if not answer_toggle(box) and not revealed:
                continue
            boxed = self._exercise_body(blocks, at)
            if boxed is not None:  # the body of an exercise box over its solution box asks, whatever its shape (T14-34)
                before = blocks[boxed - 1] if boxed > 0 else None
                if before is not None and before.type == "heading_open" and self._question(before, source):
                    continue  # (a heading that asks: the box is its answer; one read as a card only for want of a
                    # question, '## Exercises', is the box's section: trial47 T47-2)
                # ('- Apply the classifier to …' alone in the box, a list of one entry, asks as a paragraph does: T23-25)
                texts = {
                    k: plain_inline(_first_inline(blocks[k]).children or [])
                    for k in range(boxed, at)
                    if blocks[k].type == "paragraph_open" or _one_entry(blocks[k], bullets=True)
                }
                if texts and not any(k in questions for k in range(boxed, at)):
                    asking = [k for k in texts if split_question(texts[k], source).asks]
                    posed[boxed] = (asking[-1] if asking else min(texts), at)
                    self._boxed.add(boxed)
                    continue
            first = at
            while first > 0 and at - first < self.POSED_MAX and (blocks[first - 1].type in self._POSED_BLOCKS or _hint_box(blocks[first - 1])):
                first -= 1  # (a hint box between the task and its solution toggle: trial14 T14-4)
            if first > 0 and blocks[first - 1].type in self._POSED_BLOCKS:  # more: a whole exercise under its heading?
                whole = first
                while whole > 0 and at - whole < self.POSED_SECTION and blocks[whole - 1].type in self._POSED_BLOCKS:
                    whole -= 1
                if whole > 0 and blocks[whole - 1].type == "heading_open":
                    first = whole  # '#### (c) Compare K_M and K_D' over its data, its task, its code, then 'Answer' (P73)
            if first == at or (first > 0 and blocks[first - 1].type in self._POSED_BLOCKS):
                continue
            before = blocks[first - 1] if first > 0 else None
            titled_label = _LABEL_TITLE.match(plain_inline(before.tokens[1].children or [])) if before is not None and before.type == "heading_open" else None
            if (
                before is not None and before.type == "heading_open" and (first - 1 in questions or self._question(before, source))
                and (titled_label is None or self._labelled_task(titled_label.group("title"), blocks[first:at]))
            ):  # fmt: skip
                continue  # (a 'Question 1: Identify pure functions' heading titles the question below it: trial14 T14-6)
            asked = [self._question(blocks[k], source) for k in range(first, at)]
            if any(k in questions for k in range(first, at)) or any(f is not None and f[0].text.endswith(QUESTION_MARKS) for f in asked):
                continue  # (a bold title with a 'Q1:' label that asks nothing is the question's title: '**Q1: Memory**')
            # (a list of one entry is a paragraph here: '1. What is a subnet mask?' over a toggle at the margin, which
            # ends the list in Markdown, then '2. …' over the next: numbered questions, each with its answer toggle)
            # ('1. Which port does HTTPS use?' with its options indented under it, then the toggle: trial23 T23-42)
            paragraphs = [k for k in range(first, at) if blocks[k].type == "paragraph_open" or _one_entry(blocks[k], bullets=True) or _asking_entry(blocks[k])]
            titled = squash(plain_inline(before.tokens[1].children or [])) if before is not None and before.type == "heading_open" else ""
            if not paragraphs and titled and not opens_asking(titled) and leading_number(titled) is None and any(
                blocks[k].type in ("ordered_list_open", "bullet_list_open") for k in range(first, at)
            ):  # (not '#### 1. What is the output of below code' over its code and options: a question of its own)
                # ':::: challenge' / '## Extent of Slicing' / '1. Do the two statements below …?' / '2. Based on this, …'
                # / code / '::: solution': the titled steps are the question, the heading its front's title (T14-13)
                posed[first] = (first - 1, at)
                continue
            if not paragraphs and titled and all(blocks[k].type in ("fence", "code_block") for k in range(first, at)):
                # ('##### 1. Напишите валидные тесты' / its starter code / '<details><summary><b>Решение</b>': the heading
                # sets the task, the code is its front, the toggle its solution; trial25 T25-20: 7 of 10 tasks lost)
                task = strip_number(titled) if leading_number(titled) is not None else titled
                if opens_task(task) or opens_asking(task):
                    posed[first] = (first - 1, at)
                continue
            if not paragraphs:
                continue
            texts = {k: plain_inline(_first_inline(blocks[k]).children or []) for k in paragraphs}
            # ('**Exercise:** Find the cheapest path …' asks as its label says: trial12 U52)
            asking = [k for k in paragraphs if split_question(texts[k], source).asks or _EXERCISE_LABEL.match(texts[k])]
            if revealed and not asking:
                continue  # (a 'Click to expand' toggle under a statement is no answer)
            ask = asking[-1] if asking else paragraphs[0]
            start = first
            while first < ask and first in texts and not texts[first].rstrip().endswith((":", "：")) and asked[first - start] is None:
                if _GIVEN.search(texts[first]):
                    break  # 'Assume … a concentration of $10^{-7}$ M … has $V_0=10^{-4}$': the data it asks about (P73)
                first += 1  # 'Test yourself with these questions.': the section's prose, not this question's
            label = next((k for k in range(ask - 1, start - 1, -1) if k in texts and _CHECK_ONLY.match(squash(texts[k]))), None)
            if label is not None:  # (the lecture's text above a self-check box's label is none of its question's: T39-4)
                first = label
                self._check_labels.add(label)
            posed[first] = (ask, at)
        return posed

    def _exercise_body(self, blocks: list[TopBlock], at: int) -> int | None:
        """The first block of the exercise box right above the answer box ``blocks[at]`` (its body, whatever it holds:
        paragraphs, a step list, code cells, a note box), or None when no exercise box opened since the last heading
        or answer box (trial14 T14-34: a QuantEcon exercise of 7+ blocks or with a ``{note}`` inside was lost)."""
        opened = [line for line in self._exercise_lines if line < blocks[at].start]
        if not opened:
            return None
        first = at
        while first > 0 and blocks[first - 1].start > opened[-1]:
            b = blocks[first - 1]
            if b.type == "heading_open" or answer_toggle(b) or summary_question(b) is not None or asking_title(b) is not None:
                return None
            first -= 1
        return first if first < at else None

    @staticmethod
    def _statement_toggle(
        blocks: list[TopBlock], n: int, source: SourceConfig, page: bool = False, cards: bool = False
    ) -> tuple[_Question, int] | None:
        """A ``<details>`` toggle whose summary asks without a ``?`` (``Explain event delegation.``,
        ``List the falsy values:``) and holds an answer: a question too (not a reveal label like ``Answer:``).
        On a ``page`` of question toggles, any summary of two words or more does (``Explain Git octopus merge``,
        ``True or False? A branch is …``, one ending in code: learner2 M15), but a reveal label or contents; on a page of
        toggle ``cards`` (:func:`~compiler.sources.markdown_blocks.toggle_cards`) a summary of one word too ('Mitochondria')."""
        toggle = summary_question(blocks[n])
        if toggle is None:
            return None
        asked = _TRAILING_MARKS.sub("", toggle[0].rstrip())  # 'Explain it. ***': the mark after the statement
        worded = page and (len(asked.split()) >= 2 or cards) and not _REVEAL.match(asked)
        if not (asked.endswith(_STATEMENT_ENDS) or worded) or _ANSWER_HEADING.match(toggle[0]):
            return None
        nxt = blocks[n + 1] if n + 1 < len(blocks) else None
        closes = nxt is None or (nxt.type == "html_block" and nxt.tokens[0].content.lstrip().lower().startswith("</details"))
        if not toggle[1].strip() and (closes or _CLOSE_DETAILS.search(blocks[n].tokens[0].content)):
            return None  # an empty toggle asks nothing
        return split_question(toggle[0], source), BOLD_LEVEL

    def _set_up(self, current: _Open, block: TopBlock, env: dict[str, Any]) -> tuple[str | None, list[TopBlock]] | None:
        """A question heading that only sets something up ('#### Q165. Consider the following decorator …:', ending
        in ':') over nothing but code, a table or a quote, then a paragraph that asks ('**Which of the following
        choices are the missing arguments?**'): that paragraph is the question, and the heading's words and the
        code are its front (learner2 M2: a junk card 'Consider …:' answered by the code, and a question without
        the code it is about). Returns (the heading's number, the front's blocks), or None."""
        if current.block.type != "heading_open" or block.type != "paragraph_open" or current.front or current.toggle:
            return None
        if not current.q.text.rstrip().endswith((":", "：")) or not current.answer or not all(_exhibit(b) for b in current.answer):
            return None
        words = [TopBlock(b.tokens, current.block.start, current.block.end) for b in top_blocks(self._md.parse(current.q.text, env))]
        return current.q.number, [*words, *current.answer]

    def _subheading(self, block: TopBlock, source: SourceConfig) -> str | None:
        """A short bold-only paragraph that is not a question: a sub-heading between bold questions."""
        found = self._bold(block, source)
        if found is None:
            return None
        q, inner = found
        text = squash(inner).rstrip()
        if has_answer_label(text):
            return None  # '**A: No, you need not.**' under '**Q: …?**' is its answer, bold as a whole
        if not text or text.endswith(":") or len(text.split()) > SUBHEADING_WORDS:
            return None
        return q.text

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        """Walk top-level blocks, tracking the heading path and the open question."""
        stripped = strip_front_matter(doc.text)
        titled = titled_front_matter(doc.text, stripped)  # ('title: Service Mesh': the page's '# Service Mesh', T55-4)
        self._front_titled = titled != stripped
        raw = _quiz_blanks(quiz_feedback(content_tabs(semicolon_cards(typed_blocks(pandoc_attributes(layout_divs(exercise_divs(placeholder_links(mdx_comments(furniture_boxes(titled)))))))))))  # (U17 L30 L17 U14 T47-8)  # '<quiz>' … 'prints [[Hello world]]' … '</quiz>': a cloze (N75)
        raw = command_pairs(raw)  # '**Add all current changes:**' / '```bash' / 'git add .' …: a card per command (T42-6)
        raw, deep = deep_headings(raw)
        if deep:  # ('####### What does the nucleolus make?': shown as text, its question lost on another card's back)
            said = "a heading" if len(deep) == 1 else f"{len(deep)} headings"
            diag.warning(
                doc.rel,
                deep[0] + 1,
                f"{said} written with more than six '#' (Markdown has six levels): read as level 6",
                "write six '#' at most",
                group="deep-heading",
            )
        raw = pair_titles(bold_code_titles(raw))  # '**Second-highest salary**' / its ```sql fence, each a drill: a heading each (N60-3); '---' / '1. Scenario: …' / 'Q: …' (T61)
        raw = component_blocks(learning_objectives(raw))  # '<Note>' / '  Avoid `HTTP_PROXY` …' / '</Note>': Markdown in a quote (T49-2)
        raw = page_metadata(raw)  # Writerside's '<web-summary>…</web-summary>': the site's summary of the page, no text
        raw = docc_links(raw)  # 'as introduced in <doc:Functions>': the page's name, never 'doc:Functions' (T50-7)
        raw = bold_term_lists(raw)  # '**Metformin**' / '- Class: …': '- **Metformin**' over its nested attributes (T36-12)
        raw = "\n".join(item_meta(raw.split("\n")))  # '**Type:** single' / '**Punkte:** 1' under '## Frage 1: …': no front's (T33-14)
        raw = undecorated_labels(raw)  # '**❓ Question 1:** …' / '**✅ Answer:** …': the labels without their emoji (T38-3)
        quiz_ends = {i for i, line in enumerate(raw.split("\n")) if _QUIZ_END.match(line)}  # each quiz ends its question
        quiz_ends |= quizdown_ends(raw)  # (a quizdown fence's close too: the page's text after it is no answer)
        quiz_spans = _quiz_spans(raw.split("\n"))  # ('<quiz>' … '</quiz>': the lines of each)
        raw = QUIZ_TAG.sub("", raw)  # mkdocs-quiz's <quiz> wrappers: layout, line kept
        piped = pipe_cards(raw)  # 'Co to wodorotlenek? | **Związek …** | basic:podstawa' lines (T15-83)
        pipes, raw = piped != raw, piped
        raw = option_paragraphs(slashed_entries(line_blocks(slide_separators(answer_slides(alternating_cards(abbreviations(math_fences(quizdown_fences(whole=quizdown_header(doc.text), text=wide_entries(broken_rows(spaced_rows(copy_residue(stem_bullets(exam_marks(quoted_answers(quoted_headings(html_lists(spacer_lines(script_quizzes(fill_in_blanks(bold_blanks(options_labels(repeated_answer_labels(glued_rules(kramdown_attributes(flowchart_fences(tab_tables(multiline_summaries(closed_summaries(tight_toggles(verdict_boxes(key_boxes(indented_options(dollar_sigils(ellipsis_headings(asking_title_labels(colon_options(bullet_questions(outline_questions(checked_copies(verdict_toggles(question_tables(markua_quizzes(raw))))))))))))))))))))))))))))))))))))))))))))  # (T25-36 T25-10 T22-30 T15-70 T16-46 U8 T15-74 T15-61 T15-83 T15-80 T15-57 T15-31 T14-32 U56 T14-16 T13-12 U59 U36 L20 L3 U13 P77 P1 N76 N47 N8 P96 N79 N68 P39)
        raw = footnote_definitions(raw)  # '[^1]: Ottawa': a note, never a link reference definition (T34-13)
        raw = cjk_emphasis(raw)  # '**字符串常量池（String Pool）**是 …': bold, never its asterisks (learner4 N49)
        raw = answered_paragraphs(raw)  # 'What is the capital of France? Paris' / blank / …: a card each (T14-45)
        raw = question_fences(raw)  # '```' / 'Welche Zahl fehlt?' / '2, 4, 6, 8, ?, 12' / 'a) 9' … / '```': text (T15-1)
        raw, listed = list_headings(raw)  # '1. ### What is a prototype chain': '### 1. What is …', a question
        stems = checkbox_stems(raw.split("\n"))  # the text right above '- [ ]' / '- [x]' options asks
        self._exercise_lines = exercise_openings(raw)  # (the directive becomes its plain body: where it began, T14-34)
        self._wiki = wiki_link_lines(raw.split("\n"))  # ('- [[L03 Bacterial cell wall]]': a map of content's links, T29-9)
        text = emoji_shortcodes(spaced_pictures(obsidian_links(html_bold(html_headings(task_boxes(callouts(directives(answer_divs(markdown_in_html(close_toggles(listed_toggles(back_link_lines(commented_sections(comment_cards(html_labelled_lines(raw))))))))))))))))  # (T15-82, T26-49, T44-1, T44-2)
        refs = [n for n, line in enumerate(raw.split("\n")) if "((" in line and ROAM_BLOCK_REF.search(line)] if "((" in raw else []
        if refs:  # (Roam's '((Xk29_aB1c))': an id of a block elsewhere in the graph, no text to show; trial29 T29-41)
            diag.warning(
                doc.rel,
                refs[0] + 1,
                f"{len(refs)} Roam block reference{'s' if len(refs) > 1 else ''} ('((uid))') left out: the block it names is not in this file",
                "write the referenced text where the reference stands, if the card needs it",
            )
        if not check_text(text, doc.rel, diag):
            return []
        if not text.endswith("\n"):  # a file without its last newline reads as one with it: a card split off its
            text += "\n"  # last line ('**Q?** A: …') is put on the line after it, which must exist (fuzzing)
        env: dict[str, Any] = {}
        tokens = self._md.parse(text, env)
        src_lines = text.split("\n")
        check_parsed(tokens, src_lines, doc.rel, diag)
        labels = page_label_pair(src_lines)  # 'F:' / 'A:', 'В:' / 'О:': the page's own question and answer labels
        taken: set[int] = set()
        blocks = split_items(self._md, split_admonitions(split_toggles(self._md, top_blocks(tokens), env)), src_lines, env)
        self._page_card_columns(blocks, source, src_lines)
        stack: list[tuple[float, str]] = []  # (level, heading text) of section headings (a divider's: level - 0.5)
        opening_text: list[TopBlock] = []  # a note's text above its first heading, when its file's name is its title
        items: list[Item] = []
        seen_ids: dict[str, int] = {}
        levels = Levels(source, doc, diag)
        current: _Open | None = None
        count = 0
        cards_mode = source.headings == "cards"
        cited: set[int] = set()  # headings over a topic card's source links (_cited_links)
        listed_blocks = {n for n, b in enumerate(blocks) if b.type == "heading_open" and b.start in listed}  # '1. ### What is …'
        runs, lost, unread, stated = self._numbered_runs(blocks, source, src_lines, listed_blocks)
        scenarios = self._scenarios(blocks, source)  # '### A colleague creates …' over '### Would you agree?'
        dividers = self._dividers(blocks, runs, source) - set(scenarios.values())  # '## # 2. Data Types' between questions
        runs -= dividers | set(scenarios.values())
        if not cards_mode:  # ('##### Escriba una página …' over the next question heading: a task without answer, T22-7)
            runs |= self._unanswered_tasks(blocks, runs, source) - set(scenarios.values())
        scenario_at = set(scenarios.values())
        if cards_mode:
            unread, stated = {}, {}
        named = {n: t for n, t in stated.items() if not reading_list(_body(blocks, n), self._wiki) and not linked_index(blocks[n], _body(blocks, n)) and not unlearnable(t, _body(blocks, n)) and not _RANGE_HEADING.match(squash(t))}  # (reading lists,
        # objectives, unanswered questions: no card)
        quiet = False  # under a heading named in its own 'not read as a question' warning
        title = page_title(src_lines)
        self._task_page = task_page(title[1], text) if title is not None else ""  # ('# Instructions' / '## 1. Define …': T50-5)
        # (a page with no heading of level 1: its file names its topic, 'Normal Distribution.md'; T43-2)
        untitled = "" if title is not None or any(_TOP_HEADING.match(line) for line in src_lines) else _file_title(doc, source)
        # (no title but its file's name, a Markdown note's: an export converted to Markdown, Evernote's, titles each note)
        by_name = bool(untitled) and not doc.converted and untitled == doc.rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        name_fronts = False  # a top-level card of such a note fronted by its name ('Nuclear Physics › Half-Life', T44-8)
        closing = [n for n, b in enumerate(blocks) if b.type == "html_block" and _CLOSE_DETAILS.search(b.tokens[0].content)]
        last_close = closing[-1] if closing else -1  # an open toggle holds headings only while a </details> follows
        keyed = _keyed_lists(blocks, src_lines)  # numbered exercises with their answer key under them
        key_leads = _keyed_leads(blocks, src_lines, keyed)  # 'Given the following structure:' over keyed tasks (T47-1)
        # (on a page of notes only glossary lines, '**Gene:** A section of DNA …' / blank / '**Allele:** …', never a
        # note's facts, '**Date:** 2024': T38-16)
        colon_runs = _bold_colon_runs(blocks, src_lines, lambda b: self._question(b, source) is not None, glossary_only=cards_mode)  # (T16-47)
        # '**Power rule.** $…$' among others under a topic heading, on a page of questions: a card each (sitting 43); the
        # heading with nothing else over them is their section, no card of its own
        named_at = {} if cards_mode else named_lines(src_lines)
        named_blocks = {n for n, b in enumerate(blocks) if b.type == "paragraph_open" and b.start in named_at}
        topics = {n - 1 for n in named_blocks if n and blocks[n - 1].type == "heading_open"}
        # '- bias = error from …' / '  - L1 → sparse weights' right under a topic heading, most entries so: a card each
        lists = [n for n, b in enumerate(blocks) if b.type in ("bullet_list_open", "ordered_list_open") and b.end <= len(src_lines)]
        field_terms = field_labels([src_lines[blocks[n].start : blocks[n].end] for n in lists])
        # (a heading among questions that asks for a list, '### 13. List a few types of linguistic ambiguities.' over '*
        # Lexical ambiguity: …' entries, asks for those entries as 'What types …?' would: its card; sitting 49, the question
        # was a section's name over a card per entry)
        asked_lists = {
            n for n in lists
            if n and n - 1 in runs and blocks[n - 1].type == "heading_open"
            and _TASK_ASKS_LIST.match(split_question(plain_inline(blocks[n - 1].tokens[1].children or []), source).text)
        }  # fmt: skip
        defined_at = {
            n: found for n in lists
            if n and blocks[n - 1].type == "heading_open"
            and not plain_inline(blocks[n - 1].tokens[1].children or []).rstrip(" *_").endswith((*QUESTION_MARKS, ":", "："))
            and n not in asked_lists
            and (found := defined_list(src_lines[blocks[n].start : blocks[n].end], field_terms)) is not None
        }  # fmt: skip
        topics |= {n - 1 for n in defined_at}
        for n, b in enumerate(blocks):  # (a few defined terms among other notes: the list stays its heading's, said so)
            if (
                n not in defined_at and n and b.type in ("bullet_list_open", "ordered_list_open") and blocks[n - 1].type == "heading_open"
                and n not in asked_lists
                and b.end <= len(src_lines) and (cards_mode or n - 1 in runs or n - 1 in named)
                and not plain_inline(blocks[n - 1].tokens[1].children or []).rstrip(" *_").endswith((*QUESTION_MARKS, ":", "："))
            ):  # fmt: skip
                terms, listed = defined_count(src_lines[b.start : b.end], field_terms)
                if terms >= DEFINED_SAID:
                    diag.warning(
                        doc.rel,
                        b.start + 1,
                        f"{terms} of this list's {listed} entries define a term ('term: …', 'term = …', 'term → …'), too few "
                        "to make a card of each: the list is on its heading's card",
                        "write each entry as 'term: what it means' (a term of a few words) to make a card of each",
                        group="few-defined",
                    )
        runs -= topics
        named = {k: v for k, v in named.items() if k not in topics}
        stated = {k: v for k, v in stated.items() if k not in topics}
        colon_runs -= named_blocks
        gloss_ids = _colon_glossaries(blocks, src_lines, colon_runs)
        colon_runs = {n for n in colon_runs if id(blocks[n]) in gloss_ids} if cards_mode else colon_runs
        colon_blocks = {id(blocks[n]) for n in colon_runs}
        key_blocks = {
            k for n, (last, _) in keyed.items() for k in range(n + 1, last + 1)
            if k not in keyed and not (_picture_only(blocks[k], src_lines) and any(j in keyed for j in range(k, last + 1)))
        } | set(key_leads)  # (a figure between keyed tasks is no part of their key: said as text outside, T47-1)
        owners, folded = _follow_ups(blocks)  # a numbered list with follow-up toggles in it: its heading asks for it
        owners -= {n for n in owners if self._question(blocks[n], source) is not None}
        runs |= owners
        for k in owners:  # 'TCP versus UDP' over its list of differences asks for the difference
            heading = split_question(plain_inline(blocks[k].tokens[1].children or []), source).text
            if compared(heading):
                asked = [summary_question(blocks[b])[0] for b in folded if summary_question(blocks[b])]  # type: ignore[index]
                lost[k] = comparison_front(heading, asks_in_english(asked))
        named = {k: v for k, v in named.items() if k not in owners}
        unread = {k: v for k, v in unread.items() if k not in owners}
        pre_cards = set(runs)
        label_answers = _label_answers(blocks)
        answer_parts = set() if cards_mode else _under_answer_label(blocks, lambda b: self._question(b, source) is not None)
        statement_labels, statement_parts = _statement_answers(blocks) if not cards_mode else (set(), set())
        answer_parts |= statement_parts
        facts_over_answer = _facts_over_answer(blocks)
        runs -= answer_parts
        named = {k: v for k, v in named.items() if k not in answer_parts}
        unread = {k: v for k, v in unread.items() if k not in answer_parts}
        if cards_mode:
            # (a heading over a table read a card per row is the rows' section: learner3 N4, 74 kanji were 7 table cards)
            # (nor a heading over a bank's '- Question:' records, each a note of its own or skipped: trial11 P27)
            runs |= {
                k for k in self._headed_text(blocks, title)
                if (not self._table_rows_below(blocks, k) or _topic_title(blocks[k]))  # ('# Comparisons: About' over its overview
                # and a table of operators, a card per row: the overview the topic's card, T29-11)
                and not any(b in keyed for b in range(k + 1, k + 1 + len(_body(blocks, k))))
                and not (_label_heading(blocks[k]) and k in label_answers)  # ('## Answer 2' under '## Question 2': T21-39)
                and not any(id(b) in colon_blocks or self._labelled_entries(b, src_lines) or _bracketed_entries(b, src_lines) or _topic_entries(b, src_lines) or _bold_term_lines(b, src_lines, id(b) in gloss_ids) or self._bold_bullets(b, src_lines) or _asking_toggle(b) or _bold_answered_lines(b, src_lines) for b in _body(blocks, k))
                and not (pipes and any(b.type == "paragraph_open" and len(self._inline_cards(b, src_lines)) >= PIPE_CARDS_MIN for b in _body(blocks, k)))
                and not all(furniture(b) or self._cloze_cards(b, src_lines) for b in _body(blocks, k))
            }  # fmt: skip  # (nor one over a list of questions each answered in its entry: trial13 T13-13; nor over flashcards, T15-83)
            # (nor one over cloze sentences only: '## Question 1' / 'The capital is {{c1::Paris}}.' is a cloze note, T16-34)
            cited = self._cited_links(blocks, runs)
            runs -= cited | topics  # (a heading over a notes list of defined terms: their section, sitting 43)
        labelled = labelled_headings(src_lines)  # '### Create a function …' over '#### Answer': a question
        runs |= {n for n, b in enumerate(blocks) if b.type == "heading_open" and b.start in labelled}
        label_below = _label_below(blocks, src_lines)  # '# Diagnose a cgroup limit' / '…?' / '## Answer guide' (U109)
        # ('## 정답' over '1-③ 2-①': the page's key, though 정답 is the answer's label too; T24-23)
        label_below = {n: k for n, k in label_below.items() if not key_below(src_lines, blocks[k].start)}
        runs = (runs | set(label_below)) - set(label_below.values())  # (read as notes too: the label is no card)
        labelled |= {blocks[n].start for n in label_below}
        # '## References' / '## What to learn next' over links after the labelled answer: reading lists, no answer (U109)
        link_lists = {
            m for n, k in label_below.items() for m in _headings_after(blocks, n, k)
            if reading_list(_body(blocks, m), self._wiki) and not self._question(blocks[m], source)
        }  # fmt: skip
        runs |= link_lists
        stated.update({m: plain_inline(blocks[m].tokens[1].children or []) for m in link_lists})
        runs |= _labelled_by_answer(blocks)  # '## 实现数组去重' over '#### 类型：…' / '#### 解答（8 分）' (U6)
        runs |= self._label_questions(blocks, source, src_lines)
        runs |= {n for n, b in enumerate(blocks) if b.type == "heading_open" and _titled_exercise(plain_inline(b.tokens[1].children or []), _body(blocks, n), source, src_lines)}
        posed = self._posed(blocks, source, pre_cards)  # text asking over an 'Answer' toggle (trial8 H8)
        # '## Example' / 'Output' / 'Syntax' right after an answer: a part of that answer, no card (learner L45)
        parts = {
            n for n, b in enumerate(blocks)
            if b.type == "heading_open" and n and blocks[n - 1].type != "heading_open"
            and _PART_HEADING.match(squash(plain_inline(b.tokens[1].children or [])))
        }  # fmt: skip
        named = {k: v for k, v in named.items() if k not in parts}
        unread = {k: v for k, v in unread.items() if k not in parts}
        posed_parts = {k for first, (ask, answer) in posed.items() for k in range(first, answer + 1)}
        runs -= {first - 1 for first in posed}  # the heading over it names its section
        named = {k: v for k, v in named.items() if k + 1 not in posed}  # (… and is said as no card: '## Exercises', T47-2)
        tasks = _numbered_tasks(blocks, src_lines)  # '1. Напишите программу …' over its code, '2. …' over its code (T14-40)
        # (never under a listed question, '40. ### What are the options in a cookie' / '1. By default, …' / its code: the
        # steps are its answer, trial19 T19-28)
        tasks = {k: v for k, v in tasks.items() if _heading_above(blocks, k) not in listed_blocks}
        # ('3. What is printed here?' / its code / an answer toggle: posed, the code on its front; read as a task too,
        # the code was on neither side: trial21 T21-19)
        tasks = {k: v for k, v in tasks.items() if k not in posed}
        runs -= {k for k in _headings_over(blocks, tasks)}  # ('## Билет, вариант 2': their section, no card)
        # '## Check Your Understanding' right over a '<quiz>': the quiz asks, the heading names its section (trial12 U14)
        # (past a line introducing it, 'When there are several right answers, every one must be ticked:', T45-4)
        runs -= {k for k in runs if _over_quiz(blocks, k, quiz_spans)}
        # '## 웹 통신의 큰 흐름' / '_… URL 값을 입력시키면 어떤 일이 일어나는가?_' / '### in 브라우저' …: the line asks, the
        # steps under it answer (trial22 T22-39)
        asked_by_line = _asked_by_line(blocks, runs, source)
        runs -= {k for steps in asked_by_line.values() for k in steps[1]}
        step_of = {k: n for n, (_, steps) in asked_by_line.items() for k in steps}  # a step sub-heading: its heading

        asked_lines = {n + 1 for n in asked_by_line}
        rhetorical = self._rhetorical(blocks, source)  # asking sub-headings among an answer's statement ones (N48)
        parents: list[_Open] = []  # question toggles a follow-up toggle is open inside (trial8 H10)
        asked_lists: list[tuple[TopBlock, list[tuple[int, str, list[str]]]]] = []  # lists of questions outside any question
        toggle_page = "<summary" in doc.text and _toggle_page(doc.text)  # (learner2 M15: every toggle asks)
        term_toggles = "<summary" in doc.text and not toggle_page and toggle_cards(doc.text)  # (Notion's toggles: sitting 41)
        # statement headings read as cards whose words the page repeats ('Vorteile', 'Nachteile', 'Example' under
        # each topic): such a card's front names its parent heading (trial9 T11)
        heading_words = [
            _norm_heading(plain_inline(blocks[k].tokens[1].children or [], code=True))
            for k in runs
            if blocks[k].type == "heading_open" and (cards_mode or k in stated)
        ]
        repeated = {w for w, n in Counter(heading_words).items() if n > 1}
        # a page asked in headings more than in bold lines, a bold question here and there in their answers: those are
        # steps of the answers (trial22 T22-13); a page asked in bold lines keeps each as a card, whatever its headings ask
        asked_heads = sum(
            1 for b in blocks if b.type == "heading_open" and split_question(plain_inline(b.tokens[1].children or []), source).text.endswith(QUESTION_MARKS)
        )  # fmt: skip
        bold_found = [found[0].text for b in blocks if b.type == "paragraph_open" and (found := self._question(b, source)) is not None]
        bold_asks = len(bold_found)
        self._bold_follow_ups = asked_heads > bold_asks
        # '**Why is it important?**' under each topic sub-heading of a question's answer (trial23 T23-13): the same
        # question about each topic, a part of the topic's text, never a card of its own with the bare question
        recurring = {t for t, n in Counter(map(_norm_heading, bold_found)).items() if n > 1}  # (once each: a page of
        # thousands of bold questions compared every pair's words)
        self._recurring = recurring

        # learner L39: what a section sets before its first question (a function, a passage, a table) is shown
        # with each of its questions: (the section heading's level, the count when it began, its blocks)
        lead: tuple[int, int, list[TopBlock], int] | None = None

        lead_shown = False  # the lead went on some question's front

        def flush_lead(level: int | None = None) -> None:
            """A section ends (a heading at or above its level): an unused lead is text outside any question."""
            nonlocal lead
            if lead is None or (level is not None and level > lead[0]):
                return
            if count == lead[1] or not lead_shown:  # (shown: an exhibit's lead, or a case's stem over its parts)
                for b in lead[2]:
                    say_outside(b)
            lead = None

        reading = _reading_runs(blocks, self._wiki)  # runs of links: a reading list when outside any question (T43-15)
        reading_said: list[tuple[int, int, list[str]]] = []  # (the run's first block, its end, its section), said once each

        def say_outside(block: TopBlock, marks: str = "") -> None:
            """Text in no card said at its line (:func:`_say_outside`), a run of links said once as a reading list."""
            run = reading.get(block.start)
            if run is None:
                _say_outside(diag, doc, block, self._wiki, marks)
                return
            if any(first == run[0] for first, _, _ in reading_said):
                return
            reading_said.append((*run, [t for _, t in stack]))
            above = run[0] - 1 if run[0] and blocks[run[0] - 1].type == "heading_open" else None
            whole = above is not None and (run[1] == len(blocks) or blocks[run[1]].type == "heading_open")
            diag.warning(
                doc.rel,
                (blocks[above].start if whole and above is not None else blocks[run[0]].start) + 1,
                "a heading with only links under it (a reading list) is no card; the manifest lists it as skipped" if whole
                else "a list of links (a reading list) is in no card; the manifest lists it as skipped",
                "to learn from it, write what the links teach under a question, or leave it",
                group="reading-list" if whole else "link-list",
            )

        passing: list[Item] = []  # questions asked in passing in the open card's text: after its card

        def close() -> None:
            nonlocal current, lead, lead_shown, page_lead_used
            boxed = current is not None and (current.boxed or current.block.type == "admonition_open")  # (its own box)
            if current is not None and lead is not None and len(lead[2]) > LEAD_MAX and current.number > lead[1] and not boxed:
                # (a lesson's text over an exercise box teaches, as a lesson does: no note titled by its section, T23-5)
                # '### ⭐️ 移位运算符' over paragraphs, code and lists, then '**如果移位的位数超过…？**': that text teaches the
                # heading's topic, a note of its own, never the front of every question after it (learner5 L11)
                heading = blocks[lead[3]]
                topic = _Open(split_question(plain_inline(heading.tokens[1].children or [], code=True), source), heading, heading.level, current.section[:-1], lead[1], answer=lead[2], headed=True)
                made = self._item(doc, source, diag, topic, env, seen_ids, levels, src_lines, page_tags)
                if made is not None:
                    items.append(made)
                lead = None
            if (
                current is not None and lead is not None and lead[2] and current.number > lead[1]
                and (any(_exhibit(b) for b in lead[2]) or opens_parts(src_lines, current.block.start) or all(b.start in self._field_leads for b in lead[2]))
                and not self._stands_alone(current, lead[2])
            ):  # fmt: skip
                # (an exercise box, a box titled with its question, holds its own: the lesson text above it is no part
                # of it unless that text sets what it asks about, trial23 T23-5, trial22 T22-25); a case's vignette
                # over its answered parts ('## Case 1' / 'A 58-year-old man …' / blank / 'a) …?' / 'Answer: …' / 'b) …')
                # is their stem, whatever it is (trial34 T34-12: 'text outside any question', the parts on one card)
                current.front = [*lead[2], *current.front]  # the section's code or passage, above each question
                # (shown only on a card: over tasks none of which is answered, an unsolved MyST box's, it is in no card
                # and said at the section's end; it was lost unsaid, trial54/55)
                lead_shown = lead_shown or bool(current.answer)
                first = lead[2][0]
                if first.type == "paragraph_open" and has_question_label(unbold_label(src_lines[first.start]).lstrip()):
                    lead = None  # '**Q.** A developer writes …:' + its query: the first question's own lead-in, no other's (L17-2)
            if (
                current is not None and page_lead_at and current.block.start > blocks[page_lead_at[-1]].start
                and (not current.headed or _LABEL_ONLY.match(current.q.text.strip()))
            ):  # fmt: skip
                # ('### Exercise 1' over its task: a question's label, read as a card by its heading; never a topic's note)
                current.front = [*(blocks[k] for k in page_lead_at), *current.front]  # (what the page says to every question)
                page_lead_used = True
            parts = _solved_parts(current, src_lines, self._inline) if current is not None else []
            for part in parts:  # '**a)** Prove …' / '**b)** Find …' / '#### Solution to (a)' / '#### Solution to (b)' (T15-85)
                item = self._item(doc, source, diag, part, env, seen_ids, levels, src_lines, page_tags)
                if item is not None:
                    items.append(item)
            quoted = _quoted_tasks(current, src_lines, source) if current is not None and not parts else []
            for task in quoted:  # ('# Question 1: Coding habits' / '… says:' / its fence / 'Explain …:' / '> No, …': T53-5)
                item = self._item(doc, source, diag, task, env, seen_ids, levels, src_lines, page_tags)
                if item is not None:
                    items.append(item)
            if quoted:
                current = None
            if current is not None and not parts:
                _opening_task(current, src_lines, source)
                _example_lead(current, src_lines)
            closing = _closing_question(current, src_lines, source) if current is not None and not parts else None
            cards = self._topic_cards(current, doc, source, diag, env, src_lines) if current is not None and not parts else []
            for card in [*cards, *([closing] if closing is not None else [])]:
                item = self._item(doc, source, diag, card, env, seen_ids, levels, src_lines, page_tags)
                if item is not None:
                    items.append(item)
            current = None
            items.extend(passing)
            passing.clear()

        # the plainest notes, a line asking over its answer (learner L37): questions only on a page nothing else asks on
        asking = [k for k, b in enumerate(blocks) if self._question(b, source) is not None]
        # (a title that asks the reader, '# Unit 4 revision — can you answer these?', over plain questions and their
        # answers: the questions are the cards, the title no question; sitting 56, one card of the title)
        titled_ask = asking == [0] and blocks[0].type == "heading_open" and blocks[0].level == 1
        asked_otherwise = bool(runs) or (bool(asking) and not titled_ask)
        # (notes between the questions: a paragraph of the page's own before its first question, under its title)
        first_ask = next((k for k, b in enumerate(blocks) if k in asking or (b.type == "paragraph_open" and self._bold_first_line(b, source, src_lines, env) is not None)), None)
        noted_page = first_ask is not None and any(b.type == "paragraph_open" for b in blocks[:first_ask])
        plain = set() if asked_otherwise or cards_mode else plain_questions(src_lines)
        page_tags = front_matter_tags(doc.lines) + _deck_tags(blocks) + self._intro_hashtags(blocks, source)
        opening = next((k for k, b in enumerate(blocks) if b.type != "front_matter" and not b.boilerplate()), -1)  # (a title?)
        titled_at = next((k for k, b in enumerate(blocks) if title is not None and b.type == "heading_open" and b.start == title[0]), None)
        # ('For each transaction, give the journal entry.' / 'Schema used in every exercise:' + its fence under the title:
        # on every question's front; said where no question takes it)
        page_lead_at = page_lead(blocks, src_lines, titled_at + 1 if titled_at is not None else max(opening, 0))
        labels_only = all(
            _LABEL_ONLY.match(squash(plain_inline(b.tokens[1].children or []))) for b in blocks[page_lead_at[-1] :] if b.type == "heading_open"
        ) if page_lead_at else False  # fmt: skip
        if cards_mode and not labels_only:
            page_lead_at = []  # (a page of notes a card per heading: its title's text is the title card's, T43-2)
        page_lead_used = False
        osr_page = bool(_deck_tags(blocks)) or sr_page(doc.lines)  # an Obsidian Spaced Repetition page: highlights are clozes
        glossary = definition_terms(src_lines) >= DEFINITIONS_MIN  # 'Term' / ': definition' entries: a card each
        terms = term_entries(src_lines, dash=True) >= DEFINITIONS_MIN  # '- **Term**: definition' entries: a card each
        told = self._told_apart(blocks, src_lines) if terms else set()  # ('- **主句：** …' under every '### Sentence N': T16-26)
        self._page_explained = {}
        self._quiz_cue = _quiz_cue(blocks)  # '# Quiz 1 - Docker' / 'zero, one or several answers are right' (P37)
        self._field_leads = _field_leads(blocks, src_lines)  # '**Moves:** …' under each heading over its question: on its front
        self._quiz_spans = quiz_spans  # (a '<quiz>' block's text above its options asks whatever its ending: T45-5)
        self._bold_asked = sum(1 for line in src_lines if _BOLD_NUMBERED_ASK.match(line))  # '**1. What is …?**' lines (U45)
        # a bold numbered stem right over its options, among bold numbered questions ('**2. A p-value of 0.03 means:**' /
        # '- A) …' after '**1. Which …?**' / its options): a question, its options under it (sitting 54: glued onto the
        # question above as its explanation, unsaid)
        # (or two such stems at least, a quiz of them: '**1. The measure most affected by outliers is:**')
        bold_stems = {
            k for k, line in enumerate(src_lines[:-1])
            if _BOLD_NUMBERED_STEM.match(line) and option_line(re.sub(r"^\s*[-*+]\s+", "", src_lines[k + 1]).strip())
        }  # fmt: skip
        self._bold_stems = bold_stems if self._bold_asked or len(bold_stems) >= 2 else set()
        # a bold stem right over a list of options whose bold label marks one right ('**Plant cells have a cell wall.**' /
        # '- **Correct Answer:** True' / '- False', '**Water moves by ________.**' over its options): the label makes it a
        # question whatever its words (trial56 T56-8: a statement's was text outside any question, a blank's a card
        # whose back listed the options and 'Correct Answer: Osmosis')
        self._marked_stems = {k for k, line in enumerate(src_lines[:-1]) if _BOLD_WHOLE_LINE.match(line) and _marked_options_below(src_lines, k + 1)}
        # a page of bold questions, or of bold questions and bold tasks ('**What is …?**', '**Define …**'): its bold tasks
        # are questions too, their answers under them (T40-2)
        bold_asks = sum(1 for line in src_lines if _BOLD_FIRST.match(line) or _bold_labelled_line(line))
        bold_tasks = sum(1 for line in src_lines if _bold_task_line(line) and not _bold_labelled_line(line))
        self._bold_tasks_ask = bold_asks >= 1 and (bold_asks + bold_tasks > BOLD_ASKED_MIN or _bold_numbered_run(src_lines))
        self._bold_exercises = bool(bold_numbered_exercises(src_lines))  # '**1. Bought supplies on account.**' / its answer
        self._page_key, key_at, key_end = _page_key(blocks, src_lines, self._page_explained)
        self._page_key_span = (blocks[key_at].start, blocks[key_end - 1].end) if key_at >= 0 else (0, 0)  # (its lines)
        self._page_parts = part_labels(src_lines)  # the parts and chapters each line is in, for a key in parts (T30-10)
        self._anchors = _heading_anchors(src_lines)  # '## Collision resolution {#collision-resolution}': no deck ids (U29)
        self._match_key = _match_key(src_lines)  # '**Answers:** 1-b, 2-a, 3-c' under a matching table (U96)
        # the page's headings (first line, text): a grid's forms are asked under the heading over it (T34-6)
        self._headed = [(b.start, squash(plain_inline(b.tokens[1].children or []))) for b in blocks if b.type == "heading_open" and len(b.tokens) > 1]
        scoped = bool(_SCOPED_CODE.search(text))  # a C++ / Rust page: 'std::cout' is a scope, never 'Term::answer' (U26)
        self._key_used = set()
        self._instructions = repeated_instructions(src_lines)  # a test's own instruction line over each question's options (T32-50)
        unanswered: set[int] = set()  # paragraphs asking after a rule that ended the last answer (U12)
        quiz_parts = self._quiz_parts(blocks, quiz_spans, src_lines)  # a blank quiz's code above it, its '---' explanation
        quiz_taken = {k for before, after in quiz_parts.values() for k in (*before, *after)}
        checks, checks_taken = _knowledge_checks(blocks, src_lines)  # '- [Why is …?](#the-importance-of-semantics)' (L6)
        listed, listed_taken, unmatched = listed_answers(blocks, src_lines)  # '* What is …?' up front, '### Question 2: …' below (T44-7)
        in_passing = asked_in_passing(blocks, src_lines)  # '> **Quick check:** What …? *(Answer: …)*' (T35-4)
        for n, block in enumerate(blocks):
            if current is not None and any(current.block.start < end < block.start for end in quiz_ends):
                close()  # '</quiz>' between them: the quiz's question ends with its block (learner4 N75)
            if block.type == "admonition_close":  # the end of an asking admonition's body: its answer ends
                close()
                continue
            if block.type == "html_block" and src_lines[block.start].strip() == ANSWER_ENDS:
                close()  # (a converter's mark: the definition above ends, the section's text follows: T52-7)
                continue
            if n in page_lead_at:
                continue  # (on every question's front; said below if none took it)
            if n in quiz_taken or n in checks_taken:
                continue  # (shown with the blank quiz it belongs to: N75; a knowledge check's list, read below: L6)
            if n in listed_taken:
                if block.type == "heading_open":  # (it ends what is open, as any heading; the topic's cards under it)
                    close()
                    flush_lead(block.level)
                    stack = [s for s in stack if s[0] < block.level - 0.5]
                for answered in listed.get(n, ()):
                    count += 1
                    body = [blocks[k] for k in answered.body]
                    item = make_item(
                        doc, source, diag, answered.line, question=split_question(self._inline(answered.question), source).text,
                        answer=render_blocks(self._md, body, env, doc.rel, diag), section=[*(t for _, t in stack), answered.topic],
                        difficulty=levels.level(None, str(count), answered.line), tags=list(page_tags), original="\n".join(
                            [src_lines[answered.line - 1], *src_lines[body[0].start : body[-1].end]] if body else [src_lines[answered.line - 1]]
                        ),
                    )  # fmt: skip
                    if item is not None:
                        items.append(item)
                for line, question, topic in unmatched:  # (a topic's parts that do not restate its listed questions)
                    asked = split_question(self._inline(question), source).text
                    diag.warning(
                        doc.rel,
                        line,
                        f"'{asked}' is listed up front and answered under the topic at line {topic}, whose sub-headings do not "
                        "say which question each answers: no card of its own (the topic is a card with all its text)",
                        "restate the question in the sub-heading that answers it, or write it there as a question",
                        group="listed-unmatched",
                    )
                    skipped = make_item(
                        doc, source, diag, line, question=asked, answer=[], section=[t for _, t in stack],
                        original=src_lines[line - 1], skip=f"listed up front; its topic (line {topic}) does not say which part answers it",
                    )  # fmt: skip
                    if skipped is not None:
                        items.append(skipped)
                continue
            if n in in_passing and not (current is not None and current.toggle):
                # a question the notes ask in passing, answered in brackets: a card of its own, its answer alone on the
                # back; the heading's card keeps the rest of its text (trial35 T35-4: both were its back)
                count += 1
                line, question, answer = in_passing[n]
                item = self._inline_item(doc, source, diag, line, question, [answer], [t for _, t in stack], count, levels, page_tags,
                                         original="\n".join(src_lines[block.start : block.end]))  # fmt: skip
                if item is not None:
                    (passing if current is not None else items).append(item)
                continue
            if n == key_at:
                close()  # (the last question's options are keyed now)
            if block.type == "hr" and current is not None and current.answer and (listed := self._question_list_after(blocks, n, source, src_lines)):
                close()  # '---' then a list of questions nobody answers: the answer ended at the rule (trial12 U12)
                unanswered |= listed
                continue
            if block.type == "hr" and current is not None and current.answer and answer_toggle(current.answer[-1]):
                # ('> [!question] Which …?' / its options / '> > [!success]- Answer' / …, then the page's prose: the rule
                # after the question's answer box ends it; what follows is the page's, never the explanation, T46-2)
                close()
                continue
            if block.type == "hr" and current is not None and current.plain and current.answer:
                close()  # 'What is the output?' / its code / '---' / the next puzzle, asked unmarked: never this one's answer
                continue
            if (
                block.type == "hr" and current is not None and current.answer and not any(b.type == "hr" for b in current.answer)
                and _closing_remark(blocks, n, self._question_after(blocks, n, source))
            ):  # fmt: skip
                close()  # ('## What is `__init__`?' / its answer / '---' / '**Pro-Tip**: …' as the page ends: the page's, sitting 54)
                continue
            if current is not None and _closing_callout(blocks, n, current, src_lines):
                close()  # ('> ⚠️ Remember subnetting practice for the exam!' as the page ends: the page's, sitting 56)
            if current is not None and noted_page and self._next_lead(blocks, n, current, src_lines, source, env):
                close()  # ('Threads share the address space …' over '**Why are threads cheaper …?**': a note, sitting 56)
            if n in unanswered:
                count += 1
                text = plain_inline(_first_inline(block).children or [], code=True)
                item = self._inline_item(doc, source, diag, block.start + 1, text, [], [t for _, t in stack], count, levels)
                if item is not None:
                    items.append(item)
                continue
            if key_at <= n < key_end and self._key_used == set(self._page_key):
                continue  # the answer key that keyed every one of its questions: no text of its own (N25)
            if n in folded and current is not None:  # a follow-up toggle inside the answer's numbered list (learner2 M5)
                current.answer.append(block)
                continue
            if n in taken:
                continue  # (the answer paragraph a label pair read with its question)
            if n in key_blocks:
                continue  # (the answer key of exercises read above)
            if n in keyed:  # numbered exercises and their key below them: a card each (learner3 N1)
                close()
                answers = keyed[n][1]
                first_number, _ = _list_numbers(block)
                entries = [(at, line) for at, line in enumerate(src_lines[block.start : block.end], block.start + 1) if _NUMBER_MARK.match(line)]
                task_lead = next((t for m, t in key_leads.items() if m < n and all(j in keyed or _picture_only(blocks[j], src_lines) for j in range(m + 1, n))), "")
                for k, (at, line) in enumerate(entries):
                    count += 1
                    text, answer = _NUMBER_MARK.sub("", line, count=1).strip(), answers[first_number + k]
                    text = f"{task_lead} {text}" if task_lead else text
                    verdict = _VERDICT.match(answer) if all(_VERDICT.match(a) for a in answers.values()) else None
                    if verdict and not text.rstrip().endswith(QUESTION_MARKS):  # '1. The Sun is a planet.' keyed 'F'
                        text, answer = f"True or false: {text}", "True" if verdict.group(1) else "False"
                    item = self._inline_item(doc, source, diag, at, text, [answer], [t for _, t in stack], count, levels, page_tags)
                    if item is not None:
                        items.append(item)
                continue
            if n in rhetorical and current is not None and current.answer and block.level > current.level:
                current.answer.append(block)  # '#### 为什么要有缓存？' among an answer's statement sub-headings (N48)
                continue
            if n in label_answers and current is not None and current.answer and block.level >= current.level:
                current.answer.append(block)  # '## Answer 3' under '## Question 3' and its text: the label of its answer
                continue
            if (
                block.type == "heading_open" and current is not None and current.answer and block.level > current.level
                and enumerator_heading(block) and (n + 1 >= len(blocks) or self._question(blocks[n + 1], source) is None)
            ):  # fmt: skip
                # '#### (1)' / '### Scenario 1:' under a heading's text, over more of it: the parts of that answer, never
                # cards fronted '(1)' (trial29 T29-21); over a question ('### (2)' / 'What is …?') it labels that question
                current.answer.append(block)
                continue
            if n in parts and current is not None and current.answer and block.level >= current.level:  # (not a section above it)
                current.answer.append(block)  # '## Example' over the code that goes on with the answer
                continue
            if n in tasks:  # a numbered task over its answer code: a question, the heading above its section
                close()
                count += 1
                q = split_question(tasks[n], source)
                q.labeled, q.number = True, q.number or str(block.tokens[0].attrGet("start") or 1)
                current = _Open(q, block, BOLD_LEVEL, [t for _, t in stack], count)
                continue
            if n in posed:  # 'True or false: …?' then ':::{note} Solution': the text asks, the box answers
                close()
                count += 1
                ask, answer_at = posed[n]
                asked = blocks[ask]
                q = split_question(plain_inline(_first_inline(asked).children or [], code=True), source)
                exercise = _EXERCISE_LABEL.match(q.text)
                if exercise and q.text[exercise.end() :].strip():  # '**Exercise:** What …?': the label is layout (U52)
                    q.text, q.labeled = q.text[exercise.end() :].strip(), True
                if asked.type == "ordered_list_open":  # '3. What is …?' over its toggle: the list's number
                    q.number = q.number or str(asked.tokens[0].attrGet("start") or 1)
                over = blocks[n - 1] if n and blocks[n - 1].type == "heading_open" else None
                label = _LABEL_ONLY.match(squash(plain_inline(over.tokens[1].children or []))) if over is not None else None
                q.number = q.number or (label.group("n") if label else None)  # '### Q1' over it: its number
                current = _Open(q, block, BOLD_LEVEL, [t for _, t in stack], count)
                current.front = [blocks[k] for k in range(n, answer_at) if k != ask and k not in self._check_labels]
                current.asked_at = asked.start
                if _asking_entry(asked):  # (its options indented under the entry: on the front, under it; T23-42)
                    first_end = next((t.map[1] for t in asked.tokens if t.type == "paragraph_open" and t.map), asked.start + 1)
                    under = textwrap.dedent("\n".join(src_lines[first_end : asked.end])).split("\n")
                    current.front += [
                        TopBlock(b.tokens, b.start + first_end, b.end + first_end) for b in top_blocks(self._md.parse("\n".join(under), env))
                    ]
                current.boxed = n in self._boxed
                if current.boxed and ask != n and _bold_title(blocks[n], src_lines) and any(b.start > asked.start for b in current.front):
                    title = squash(plain_inline(_first_inline(blocks[n]).children or [], code=True)).rstrip(":： ")
                    if any(blocks[n].start < b.start < asked.start for b in current.front):
                        # ('## How Many Rows?' / 'Consider this query:' / its code / 'Which of the following does it
                        # return?' / '1. …' … '4. …': an exhibit above the question, its options below it): the title
                        # asks, the box's text under it in the box's order, never exhibit and options above the
                        # question (trial46 T46-7)
                        current.q = q = split_question(title, source)
                        current.front = [blocks[k] for k in range(n + 1, answer_at) if k not in self._check_labels]
                        current.asked_at = blocks[n].start
                    else:
                        # (the box's '## Piping Commands Together' over the paragraph that asks: its label, before the
                        # question's words, never above the options the question comes after, trial23 T23-5; a title
                        # that ends a sentence is followed by the question, not a colon: T46-14)
                        current.front = current.front[1:]
                        q.text = f"{title} {q.text}" if title.endswith((*QUESTION_MARKS, ".", "!")) else f"{title}: {q.text}"
                if asked.type == "paragraph_open":  # '…출력 결과를 쓰시오.␠␠' / '![15번](code.png)': the program asked about (N60)
                    current.front += [
                        TopBlock(b.tokens, b.start + at, b.end + at)
                        for at in range(asked.start, asked.end)
                        if _PICTURE_LINE.match(src_lines[at]) and at > asked.start
                        for b in top_blocks(self._md.parse(src_lines[at], env))
                    ]
                continue
            if n in posed_parts and current is not None:
                if not any(answer_at == n for _, answer_at in posed.values()):
                    continue  # on the front already
                current.answer.append(block)
                if block.type == "admonition_open" or _CLOSE_DETAILS.search(block.tokens[0].content):
                    close()
                else:
                    current.toggle = True  # the answer ends at the toggle's </details>
                continue
            own_card = current is None or current.paired  # (after a label pair's answer, a card of its own ends it)
            asked_over: str | None = None
            if (
                not own_card and current is not None and current.block.type == "heading_open" and not current.answer and not current.front
                and current.q.asks and not current.toggle and (n + 1 >= len(blocks) or blocks[n + 1].type == "heading_open")
                and self._cloze_cards(block, src_lines)
            ):  # fmt: skip
                # '## What is a generative effect?' / 'Surprise under {{c1::observation}} is called a {{c2::…}}.' (trial16
                # T16-6): the paragraph is the card, a cloze, the heading that asks its section (never a Basic back of braces)
                asked_over, current, own_card = current.q.text, None, True
            clozes = self._cloze_cards(block, src_lines) if own_card else []
            if own_card and not clozes and (led := self._led_clozes(blocks, n, src_lines)) is not None:
                clozes = [led]  # 'A symmetric monoidal structure consists of' / '1. a {{c1::…}}' / '2. a {{c2::…}}' (T16-5)
                taken.add(n + 1)
            if not clozes and own_card and osr_page:  # 'The ==nucleus== holds the DNA.' (Obsidian SR: learner4 N77)
                clozes = _highlight_clozes(block, src_lines, tuple(source.sr_clozes))
            if clozes:  # 'The {{c1::Seine}} flows through {{c2::Paris}}.': a cloze note per paragraph or entry
                close()
                self._without_cloze(block, src_lines, diag, doc.rel)
                before, after = quiz_parts.get(n, ([], []))
                extra = render_blocks(self._md, [blocks[k] for k in after], env, doc.rel, diag) if after else []
                shown = {"stimulus": render_blocks(self._md, [blocks[k] for k in before], env, doc.rel, diag)} if before else {}
                for line, text, original in clozes:
                    count += 1
                    tail = _TAGS_TAIL.search(text)  # 'The {{c1::Seine}} flows through Paris. #geography': its tags (T19-19)
                    own_tags = _TAG_WORD.findall(tail.group(0)) if tail is not None else []
                    text = text[: tail.start()] if tail is not None else text
                    item = make_item(
                        doc,
                        source,
                        diag,
                        line,
                        **cloze_fields(text, extra),
                        **shown,
                        section=[*(t for _, t in stack), *([asked_over] if asked_over else [])],
                        difficulty=levels.level(None, str(count), line),
                        original=original,
                        tags=list(dict.fromkeys([*page_tags, *own_tags])),
                    )
                    if item is not None:
                        items.append(item)
                continue
            quizzes = self._labelled_entries(block, src_lines) if own_card else []
            if quizzes:  # '- Question: …' with nested '- Answer: …' / '- Choices: a; b; c': a note per entry
                close()
                for line, question, fields, original in quizzes:
                    count += 1
                    item = self._labelled_item(doc, source, diag, line, question, fields, [t for _, t in stack], count, levels, original)
                    if item is not None:
                        items.append(item)
                continue
            outline = outline_cards(_no_empty_entries(src_lines[block.start : block.end])) if current is None and block.type == "bullet_list_open" else []
            if outline:  # '- Term :: definition', '- Front >> Back', RemNote's '<<' / '<>' (trial8 H9): a card per entry
                for card in outline:
                    line = block.start + 1 + card.offset
                    if card.kind == "note":  # '- Plasma membrane' among '- Term >> definition' entries (T18-71)
                        diag.warning(
                            doc.rel,
                            line,
                            "outline entry with no card arrow is a note, not in any card",
                            "write it as a card ('- Front >> Back', '- Term :: definition', '- The {{term}} …') or leave it as a note",
                            group="outline-note",
                        )
                        continue
                    count += 1
                    section = [*(t for _, t in stack), *(self._inline(_HEADING_MARK.sub("", t)) for t in card.section)]  # '- ## Genetics'
                    original = "\n".join(src_lines[block.start + card.offset : block.start + card.end])
                    if card.kind == "cloze":  # RemNote's '- The {{Golgi apparatus}} packages …'
                        extra = self._rendered("\n".join(card.answer), {}, doc, diag, line + 1) if card.answer else []
                        item = make_item(
                            doc, source, diag, line, **cloze_fields(self._cloze_text(card.question), extra), section=section,
                            difficulty=levels.level(None, str(count), line), original=original, tags=list(page_tags),
                        )  # fmt: skip
                        if item is not None:
                            items.append(item)
                        continue
                    answer = _one_child(card.answer)  # ('- … #card' / '\t- Lima': the back 'Lima', no list of one)
                    item = self._inline_item(doc, source, diag, line, card.question, answer, section, count, levels, page_tags, card.reverse, original)
                    if item is not None:
                        items.append(item)
                continue
            if current is None and (bank := self._table_choices(doc, source, diag, block, [t for _, t in stack], count, levels)):
                count += len(bank)  # '| Question | A | B | C | D | Answer |': a multiple-choice note per row (trial9 T24)
                items.extend(bank)
                continue
            # (a titled paragraph right under a question that has no answer yet is part of it: '**Difficulty:** easy')
            free = current is None or current.paired or (current.block.type == "heading_open" and not current.q.asks and not current.answer)
            # (a heading's note that has no text yet: its own Q/As, '## Q&A' over '- …?' / '**ANS**: …')
            asked_over = self._asked_over_label(blocks, n, source, src_lines) if free else None
            if asked_over is None and free and current is not None and block.type == "paragraph_open":
                asked_over = self._task_over_labels(blocks, n, current, source, src_lines)
            if (
                asked_over is not None and current is not None and current.block.type == "heading_open" and not current.answer
                and not current.q.asks and _EXERCISE_HEADING.match(src_lines[current.block.start])
            ):  # fmt: skip
                # '## Task 2: run two versions' / 'Run several copies of the app.' / '**ANSWER:** …': the exercise's task
                # under its heading, as a task over a list is (trial13 T13-18: the heading was a card with no answer)
                # ('## Problem 2' / 'What is the slope …?' / '**Answer:** 3': a heading that only numbers it adds no word, T27-2)
                alone = _LABEL_ONLY.match(current.q.text.strip())
                current.q.text, current.paired = asked_over.text if alone else f"{current.q.text} {asked_over.text}", True
                continue
            if (
                asked_over is not None and current is not None and current.block.type == "heading_open" and not current.answer
                and not current.front and not current.q.asks and not current.toggle and block.type == "paragraph_open"
            ):  # fmt: skip
                # '### Questão 1: Mock vs. Real DB' / 'Por que …?' / '**Resposta:** …' (trial15 T15-45): the paragraph asks,
                # the heading's title names its section (it was 'no answer', a question lost that was not); a bare label,
                # '## Question 3', only numbers it: no section (sitting 50 N16, a section of one card each)
                titled = [] if _LABEL_ONLY.match(current.q.text.strip()) else [current.q.text]
                current = _Open(asked_over, block, BOLD_LEVEL, [*current.section, *titled], current.number, paired=True)
                continue
            if asked_over is not None:  # '- What challenges did you face?' / '**ANS**: …' (trial12 U60)
                close()
                count += 1
                current = _Open(asked_over, block, BOLD_LEVEL, [t for _, t in stack], count, paired=True)
                continue
            lone = _unanswered_after_pair(blocks, n, src_lines, labels) if current is not None and current.paired and current.answer else None
            if lone is not None:  # 'Q: …' / 'A: F = m · a.' then 'Warum rutscht …?' and nothing under it: no answer, said
                close()
                count += 1
                item = self._inline_item(doc, source, diag, block.start + 1, lone, [], [t for _, t in stack], count, levels, page_tags)
                if item is not None:
                    items.append(item)
                continue
            pair = self._label_pair(blocks, n, source, src_lines, env, labels, titles=current is None or bool(current.answer))
            if (
                pair is not None and not pair[1] and not pair[2] and current is not None and current.block.type == "heading_open"
                and not current.answer and not current.front and current.q.asks and not current.toggle
                and not _numbered_title(current.q.text)
            ):  # fmt: skip
                # '### Q1. retention 只有 7 天，replay 还成立吗？' / '**问：** …' / '**答：** …' (trial15 T15-53): the heading
                # asks, the labelled question under it says it in full (shown under it), the answer label's paragraph answers
                current.answer.append(block)
                continue
            if (
                pair is not None and current is not None and current.block.type == "heading_open" and not current.answer
                and not current.front and not current.toggle and (_numbered_title(current.q.text) or _LABEL_ONLY.match(current.q.text.strip()))
            ):  # fmt: skip
                # '## Lesson 1.1 — Ano ang "use client"?' / '**Tanong:** …?' / '**Sagot:** …' (trial15 T15-72): the lesson's
                # title is the card's section, not a question with no answer; so is a heading that only numbers it ('##
                # Question 1' / 'What is …?' / '**Answer:** …' in one paragraph: sitting 46 M2, 'no answer' at the heading)
                current = _Open(pair[0], block, BOLD_LEVEL, [*current.section, current.q.text], current.number, answer=pair[1], paired=True)
                taken |= set(range(n + 1, n + 1 + pair[2]))
                continue
            if pair is not None:  # '**Question:** …?' over '**Answer:** …', in one paragraph or two (lead G1)
                close()
                count += 1
                current = _Open(pair[0], block, BOLD_LEVEL, [t for _, t in stack], count, answer=pair[1], paired=True, front=pair[3])
                taken |= set(range(n + 1, n + 1 + pair[2]))
                continue
            if current is None and count == 0 and _page_header(blocks, n, src_lines) and all(level <= 1 for level, _ in stack):
                continue  # '# Test' / '* **Autor:** …' / '* **Descripción:** …' / '---': the page's own details, no cards (L7)
            if (
                current is None and lead is not None and count == lead[1] and len(lead[2]) >= LEAD_MAX
                and block.type in ("bullet_list_open", "ordered_list_open") and not self._bold_bullets(block, src_lines)
            ):  # fmt: skip
                lead[2].append(block)  # ('- **位字段管理**：…' in a topic's long text: its points, no glossary cards: L11)
                continue
            if current is not None and _one_line_card(current) and (
                _own_start(block, src_lines)
                or (block.type == "ordered_list_open" and len(cards := self._bold_bullets(block, src_lines)) >= 2 and all(a for _, _, a in cards))
            ):
                # ('**What is a planet?** A body …' / blank / 'Glossary: *light-year* = …', or a list of questions each
                # answered on its line: no part of a card's answer written on one line; sitting 39)
                close()
            # ('What is a callback?' / '?' then a code block or, after a blank line, a paragraph: its answer, U104)
            separated = self._inline_cards(block, src_lines, open_end=True) if n + 1 < len(blocks) and not furniture(blocks[n + 1]) else []
            separated = separated if len(separated) == 1 and not separated[0][2] else []
            if separated:
                close()
            if (
                current is not None and current.block.type == "heading_open" and block.type == "table_open"
                and all(b.type == "paragraph_open" for b in current.answer) and len(self._table_cards(block)) >= TABLE_ROWS_MIN
                and not _asked_table(current.q.text, block) and not _topic_title(current.block)
            ):  # fmt: skip
                # '## 1. True or false? (4 points)' / 'Mark each statement as true or false.' / a table read a card per row
                # (trial14 T14-2): the heading and its instruction introduce the rows, the heading their section
                stack = [s for s in stack if s[0] < current.level]
                stack.append((current.level, _ID.sub("", current.q.text).strip()))
                current = None
            if n in defined_at and current is None:  # a notes list of defined terms: a card each, a nested one's context its parent
                listed = defined_at[n]
                for k, entry in enumerate(listed):
                    line = block.start + entry.line + 1
                    if entry.term:
                        over = listed[entry.parent] if entry.parent >= 0 else None
                        context = [self._inline((over.term or over.text).rstrip(" :："))] if over is not None else []  # ('Cloud models:')
                        count += 1
                        item = self._inline_item(doc, source, diag, line, entry.term, [entry.meaning], [*(t for _, t in stack), *context], count, levels, page_tags)
                        if item is not None:
                            items.append(item)
                    elif not any(other.parent == k and other.term for other in listed):
                        diag.warning(
                            doc.rel,
                            line,
                            f"{entry.text[:60]!r} defines no term, in a list whose other entries do: it is in no card",
                            "write it as 'term: what it means' (or 'term = …', 'term → …') to make it a card",
                            group="undefined-entry",
                        )
                continue
            if n in named_blocks:  # a named statement: its own card, what follows it (a proof, an example) its back
                if current is not None and current.block.type == "heading_open" and not current.q.asks:
                    level_over, over = current.level, _ID.sub("", current.q.text).strip()
                    close()  # (the topic's own text above them: its card; the topic their section)
                    stack = [s for s in stack if s[0] < level_over]
                    stack.append((level_over, over))
                close()
                own = [k for k in range(block.start, min(block.end, len(src_lines))) if k in named_at]
                for j, k in enumerate(own):
                    end = own[j + 1] if j + 1 < len(own) else block.end
                    name, said = named_at[k]
                    parsed = top_blocks(self._md.parse("\n".join([said, *src_lines[k + 1 : end]]), env))
                    close()
                    count += 1
                    current = _Open(split_question(self._inline(name), source), TopBlock(block.tokens, k, end), BOLD_LEVEL, [t for _, t in stack], count)
                    current.answer.extend(TopBlock(b.tokens, b.start + k, b.end + k) for b in parsed)
                continue
            inline = separated or self._inline_cards(block, src_lines, answering=current is not None, scoped=scoped) or (
                (
                    self._bold_bullets(block, src_lines)
                    or (self._definitions(block, src_lines) if glossary else [])
                    or (self._term_bullets(block, src_lines) if terms and n not in told else [])
                    or _bold_term_lines(block, src_lines, id(block) in gloss_ids)
                    or self._glossary(block, src_lines)
                    or (_bold_colon_card(block, src_lines) if n in colon_runs else [])
                    or _topic_entries(block, src_lines)
                    or _bold_answered_lines(block, src_lines)
                    or self._table_cards(block)
                    or _bracketed_entries(block, src_lines)
                    or self._boxed_entries(block, src_lines)
                    or self._colon_terms(block, src_lines)
                )
                if current is None
                else self._table_cards(block) if _topic_title(current.block) and len(self._table_cards(block)) >= TABLE_ROWS_MIN
                else []  # (a table of card rows in a topic's overview: the rows are cards, the overview goes on: T29-11)
            )
            if not inline and current is None and block.type == "ordered_list_open":
                one = self._bold_bullets(block, src_lines, least=1)  # '4. ¿Qué …?' over '- (x) …' / '- ( ) …', alone
                inline = one if len(one) == 1 and _keyed_options(one[0][2]) else []  # in its list (a comment ended it: L7)
            if not inline and current is not None and not _in_toggle(src_lines[current.block.start : block.start]):
                # a list whose entries each hold their own answer box asks on its own, after an answer that is complete
                # ('**2. What is a closure?**' + its toggle, then '3. What does …?' over an indented toggle; learner2 M30)
                inline = self._boxed_entries(block, src_lines)
                if inline:
                    close()
            if not inline and current is not None and current.answer and (labelled := _answer_labelled_list(block, src_lines)):
                # '## What is the Golgi apparatus for?' / its answer, then '1. What is a gene?' / 'Answer: …' (trial20
                # T20-15): questions with their own answer labels ask on their own, never the answer above's text
                close()
                inline = labelled
            if not inline and current is not None and current.listed:  # the next list of questions ends its answer
                inline = self._bold_bullets(block, src_lines, least=1)  # (one entry goes on with the list's questions)
                first = src_lines[block.start] if block.type.endswith("list_open") and block.start < len(src_lines) else ""
                bold = _BOLD_BULLET.match(first)
                if inline or _BOLD_ENTRY.match(first) or (bold is not None and bold.group("q")):
                    close()  # (a list asked in bold it cannot read is no part of the answer above: U50)
            if not inline and current is not None and current.paired and current.answer and block.type.endswith("list_open"):
                said = src_lines[current.answer[-1].end - 1].rstrip() if current.answer[-1].end <= len(src_lines) else ""
                # '**Q:** …? **A:** Protein synthesis.' then '- **What is ATP?** …' (trial19 T19-36): a labelled card's
                # complete answer is followed by bold questions, each a card, never its back ('… are:' leads its list in)
                inline = [] if said.endswith((":", "：")) else self._bold_bullets(block, src_lines)
                if inline:
                    close()
            if inline and all(len(answer) == 1 and _FILE_LINK.match(answer[0].strip()) for _, _, answer in inline):
                continue  # ('**บทก่อนหน้า**: [00_Overview.md](…)': links to the course's other pages, no cards: trial15 T15-61)
            if inline and current is None and block.type in ("bullet_list_open", "ordered_list_open") and self._own_sections(inline, block):
                # ('## Summary' / '- **Basic Concepts**: Fundamental Docker knowledge (8 questions)' …: the page's sections
                # each said again, a table of contents in words, no card; sitting 61, 9 junk cards)
                diag.warning(
                    doc.rel,
                    block.start + 1,
                    f"a list of the page's own sections ({len(inline)} entries, each a heading of the page: "
                    f"{', '.join(repr(_plain_front(q)) for _, q, _ in inline[:3])}{' …' if len(inline) > 3 else ''}) is its table of contents: no card",
                    "nothing to do: the sections it names are read on their own; to learn a line of it, write it under a heading of its own",
                    group="own-sections",
                )
                for line, question, answer in inline:  # (listed as skipped, so their words are the page's read: no part of
                    count += 1  # it is read again alone, where no heading names its entries)
                    item = self._inline_item(doc, source, diag, line, question, answer, [t for _, t in stack], count, levels, page_tags)
                    if item is not None:
                        items.append(item.model_copy(update={"skip": OWN_SECTIONS}))
                continue
            if inline and has_question_label(src_lines[block.start]) and block.type == "paragraph_open":
                close()  # a 'Q:' … 'A:' paragraph starts a card of its own: the open answer ends before it
            if inline:
                # Obsidian-style cards ('Term::answer', 'question / ? / answer'): items of their own,
                # whatever question is open (its answer goes on after them)
                if current is not None and current.listed and block.type == "paragraph_open":
                    close()  # ('question / ? / answer' after a card answered below its '?': the next card, U104)
                opened = inline[-1] if current is None and not inline[-1][2] and (block.type.endswith("list_open") or separated) else None
                # a list's last question whose answer goes on below the list ('- **What does `docker rmi` do?**' / its
                # line, then a code block at the margin, which ends the list in Markdown: trial12 U50)
                if opened is None and current is None and self._goes_on_below(blocks, n, src_lines, inline[-1][0], source):
                    opened = inline[-1]
                both_ways = _reversed_cards(block, src_lines)  # Obsidian SR's ':::' and '??': a card each way (learner L30)
                for line, question, answer in inline if opened is None else inline[:-1]:
                    count += 1
                    item = self._inline_item(
                        doc, source, diag, line, question, answer, [*(t for _, t in stack), *filter(None, [self._row_groups.get(line)])], count, levels,
                        (*page_tags, *self._row_tags.get(line, ())), line in both_ways,
                    )  # fmt: skip
                    if item is not None:
                        items.append(item)
                if opened is not None:  # a list's last question, answered by what follows the list (a table)
                    count += 1
                    entry = TopBlock(block.tokens, opened[0] - 1, block.end)
                    current = _Open(split_question(self._inline(opened[1]), source), entry, BOLD_LEVEL, [t for _, t in stack], count)
                    current.listed = True
                    current.answer = [
                        TopBlock(b.tokens, b.start + opened[0], b.end + opened[0])
                        for b in top_blocks(self._md.parse("\n".join(opened[2]), env))
                    ]
                continue
            if block.type == "paragraph_open" and block.start in plain:  # 'What is …?' over its answer, no markup
                close()
                count += 1
                rest = src_lines[block.start + 1 : block.end]
                q = split_question(self._inline(src_lines[block.start].strip()), source)
                current = _Open(q, TopBlock(block.tokens, block.start, block.start + 1), BOLD_LEVEL, [t for _, t in stack], count)
                current.plain = True
                current.answer.extend(
                    TopBlock(b.tokens, b.start + block.start + 1, b.end + block.start + 1)
                    for b in top_blocks(self._md.parse("\n".join(rest), env))
                )
                continue
            quoted_pair = self._quoted_question(block, source, src_lines, env)
            quoted = (
                quoted_pair
                or self._bold_first_line(block, source, src_lines, env)
                or self._labelled_lead(block, source, src_lines, env)
            )
            if (
                quoted is not None and current is not None and current.q.asks and self._numbered_point(block, src_lines, quoted[0])
                and not _next_bold_number(current, block, src_lines)
            ):  # fmt: skip
                quoted = None  # '## Q. How can you secure cookies?' / '**1.** When the server sets cookies, …': its points (T20-27)
            if quoted is not None and current is not None and current.block.type == "heading_open" and _same_question(quoted[0].text, current.q.text):
                current.answer.append(block)  # ('**So why …?** I see three reasons:' under '### Why …?': its answer goes on, T46-10)
                continue
            if quoted is not None:  # '> **What is …?**' + answer in one quote; '**1. What is …?**' + answer lines
                follows = _followed(current, quoted[0]) if block.type != "heading_open" else None
                pictured = _pictured(blocks, n, src_lines, quoted[0].text) if current is None else []
                close()
                count += 1
                current = _Open(quoted[0], block, BOLD_LEVEL, [t for _, t in stack], count, front=[*pictured, *quoted[0].shown])
                current.answer.extend(quoted[1])
                if follows is not None:
                    current.section, current.follows = follows
                if quoted is quoted_pair and quoted[1] and _quote_answers(block, src_lines):
                    close()  # '> Q: …' / '> A: …': the answer ends with its quote; the prose after it is the page's (T25-67)
                continue
            found = self._question(block, source)
            if found and current is not None and current.q.asks and block.type == "paragraph_open" and self._numbered_point(block, src_lines, found[0]):
                found = None  # (a point of the open answer: see above)
            if (
                found and current is not None and cards_mode and block.type == "paragraph_open" and current.block.type == "heading_open"
                and not current.q.asks and not current.answer and not current.front
            ):  # fmt: skip
                # ('## Exam question' / '**"…" How far do you agree? (16 marks)**': a heading read as a card whose first
                # text is a question names that question's section, no card of its own; N60-15 said both as "question
                # has no answer", two messages for one item)
                stack = [s for s in stack if s[0] < current.level]
                stack.append((current.level, _ID.sub("", current.q.text).strip()))
                current = None
            if (
                found and current is not None and block.type == "paragraph_open" and current.block.type == "heading_open"
                and (_same_question(found[0].text, current.q.text) or _asked_part(found[0].text, current.q.text))
            ):  # fmt: skip
                if not _same_question(found[0].text, current.q.text) or _said_after(block, found[0].text):
                    # (a part of it, '**Why would you use one?**', or the question said again with its answer after it on
                    # its line, '**那 Redis6.0 之前为什么不使用多线程？** 我觉得主要原因有 3 点：': on the back, T46-10)
                    current.answer.append(block)
                continue  # '**为什么说 Java 语言“编译与解释并存”？**' restating its heading's question: the answer goes on (L12)
            if (
                found and current is not None and block.type == "paragraph_open" and current.block.type == "heading_open"
                and current.q.text.rstrip().endswith(QUESTION_MARKS) and not cards_mode and self._bold_follow_ups
                and found[0].number is None and not any(_CLOSE_DETAILS.search(b.tokens[0].content) for b in current.answer if b.type == "html_block")
                and (not current.answer or _shares_terms(found[0].text, current.q.text) or refers_back(found[0].text))
                and not FOLLOW_UP_LABEL.match(found[0].text)  # ('**Follow-up: Is it faster?**': labelled a question of its own)
            ):  # fmt: skip
                # (not '**2. What is a subnet mask?**' numbered like the headings, nor after an answer toggle closed; and
                # once the answer began, only a question on the heading's own terms: 'AOT' again, never another topic)
                # '### AOT 有什么优点？为什么不全部使用 AOT 呢？' / its answer / '**既然 AOT 这么多优点，那为什么 …？**' / the
                # rest: a bold question under a heading question is a step of its answer, never a card of its own
                # (trial22 T22-13: the heading's answer was cut, or the heading left 'no answer')
                current.answer.append(block)
                continue
            if (
                found and current is not None and block.type == "paragraph_open" and current.block.type == "heading_open"
                and not cards_mode and found[0].number is None and _norm_heading(found[0].text) in recurring
                and any(b.type == "heading_open" and b.level > current.level for b in current.answer)
            ):  # fmt: skip
                current.answer.append(block)  # (its topic's card asks it: compiler/sources/subtopics.py)
                continue
            if (
                found and block.type == "paragraph_open" and not cards_mode and found[0].number is None
                and _norm_heading(found[0].text) in recurring and lead is not None and count == lead[1]
                and (current is None or current.level == BOLD_LEVEL)
                and not self._asked_again(blocks, n, lead[0], found[0].text, source)
            ):  # fmt: skip
                # '## Arrow functions' / its text / '**Why is it important?**' / … under every topic heading: the
                # heading's card holds them all, as under a question's topic sub-headings (T23-13)
                close()
                over = blocks[lead[3]]
                count += 1
                asked = split_question(_ID.sub("", squash(plain_inline(over.tokens[1].children or [], code=True))).strip(), source)
                above = [t for lv, t in stack if lv < over.level]
                current = _Open(asked, over, over.level, above, count, answer=[*lead[2], block], headed=True)
                lead = None
                continue
            if (
                found and block.type == "heading_open" and not found[0].text.rstrip().endswith(QUESTION_MARKS)
                and n + 1 < len(blocks) and blocks[n + 1].type == "heading_open" and blocks[n + 1].level > block.level
                and (
                    _EXERCISE_HEADING.match(src_lines[block.start] if block.start < len(src_lines) else "")
                    or (_QUESTION_HEADING.match(src_lines[block.start] if block.start < len(src_lines) else "") and _LABEL_ONLY.match(squash(plain_inline(blocks[n + 1].tokens[1].children or []))))
                )
            ):  # fmt: skip
                # '## Aufgabe 2: JavaScript II (11 Punkte)' over '### a) Fakten' …: its parts' section (T14-3); so is
                # '## Question 1: Kinematics (6 marks)' over its parts' '### Exercise 1a' (exercise_key.lettered_tasks:
                # each part was answered and the heading 'question has no answer', trial31 T31-4 in English)
                found = None
            if (
                found and n in statement_labels and current is not None and current.block.type == "heading_open" and current.q.asks
                and block.level > current.level and not current.answer
            ):  # fmt: skip
                found = None  # '## 1. Scenario: … - How do you debug?' / '### Problem:' / its text / '### Debugging Steps:': the
                # question's problem, on its front (_split_at_label), never a question of its own
            if found and title is not None and block.type == "heading_open" and block.start == title[0] and (
                self._titles_cards(blocks, n, src_lines) or self._titles_questions(blocks, n, source) or self._titles_labels(blocks, n, source)
                or (titled_ask and bool(plain))
            ):
                found = None  # '# How much do you remember?' over a list of answered questions: the page's title (trial10 P10)
            # (a quiz inside a heading's note, on a page read as notes, asks on its own: learner5 L30, trial12 U14)
            if found is None and block.type == "paragraph_open" and block.end - 1 in stems and (current is None or current.stem or (cards_mode and current.headed)):
                found = (split_question(plain_inline(block.tokens[1].children or [], code=True), source), BOLD_LEVEL)
                stem = True
            elif (
                found is None
                and block.type == "ordered_list_open"
                and block.start in stems
                and _one_entry(block)
                and (current is None or current.stem or current.level >= BOLD_LEVEL)
            ):
                # '1. Which option runs the cell?' over task-box options at column 0 (which close the numbered list
                # in Markdown): the entry is the question of the options (learner2 M46, course quiz answer pages)
                close()
                entry = next(t for t in block.tokens if t.type == "inline")
                q = split_question(plain_inline(entry.children or [], code=True), source)
                q.number = q.number or str(block.tokens[0].attrGet("start") or 1)
                found = (q, BOLD_LEVEL)
                stem = True
            elif found is None and block.type == "heading_open" and block.start in stems:
                # a heading right over task-box options, one ticked, asks whatever its ending ('…選択してください。',
                # a blank '\_'; learner2 M14; readers2)
                found = (split_question(plain_inline(block.tokens[1].children or [], code=True), source), block.level)
                stem = False
            else:
                stem = False
            headed = False
            if found is None and current is None:  # inside a question's answer a toggle is part of it ('Example:')
                found = self._statement_toggle(blocks, n, source, toggle_page or term_toggles, cards=term_toggles)
            elif found is None and current is not None and current.toggle:  # '꼬리질문1: … 설명해주세요.' in a toggle
                follow = summary_question(block)
                found = self._statement_toggle(blocks, n, source) if follow and FOLLOW_UP_LABEL.match(follow[0]) else None
            if n in scenario_at:
                close()  # (its question, the next heading, takes its words)
                continue
            own_heading = ""  # a statement card's heading as written: the section of the cards under it
            if n in asked_lines:
                continue  # (the line that asks a heading's question: its front, T22-39)
            if found is None and n in runs:
                headed = (cards_mode and blocks[n].start not in labelled) or n in stated or n in owners
                found = (split_question(plain_inline(block.tokens[1].children or [], code=True), source), block.level)
                if n in asked_by_line:  # the line under it asks; its step sub-headings answer (T22-39)
                    found = (split_question(asked_by_line[n][0], source), block.level)
                    headed = False
                if n in lost:  # '#### What is `GIL`' lost its '?'; 'Floats VS Decimals' asks for the difference
                    found[0].text = lost[n] or complete_question(found[0].text)
                if headed and _topic_colon(found[0].text):
                    found[0].text = found[0].text.rstrip().rstrip(":：").rstrip()  # ('### Recall@k:' names a topic: T39-16)
                own_heading = _ID.sub("", found[0].text).strip()
                above = [t for lv, t in stack if lv < block.level]
                if headed and above and _norm_heading(found[0].text) in repeated:
                    # 'Vorteile' under RAID 1 and under RAID 5 (trial9 T11): the front names what it is about
                    found[0].text = f"{above[-1]} › {found[0].text}"
                elif headed and (above or title is not None or untitled) and (
                    _aspect_heading(found[0].text) or _formula_heading(found[0].text) or (by_name and not above and _named_apart(found[0].text, untitled))
                ):
                    # '# Expected Loss' / '## Definition' / '## Key Formula' (trial13 T13-7): a part of the topic names it;
                    # on a page with no title, its file's ('Normal Distribution.md' / '### Properties', '### PDF $…$':
                    # a vault's note, trial43 T43-2, whose cards did not say what they were about)
                    topic = above[-1] if above else _ID.sub("", squash(title[1] if title is not None else untitled)).strip(" #*_")
                    # (never the heading under itself: '# Tips' alone over its list was 'Tips › Tips', sitting 56)
                    found[0].text = f"{topic} › {found[0].text}" if topic and _norm_heading(topic) != _norm_heading(found[0].text) else found[0].text
                    name_fronts = name_fronts or (not above and title is None and topic == untitled)
                glossed = _glossed(found[0].text) if headed and n not in lost else None
                if glossed is not None:  # '～おかげで - "Thanks to"': the term asks, its gloss answers (learner3 N20)
                    found[0].text, found[0].rest = glossed

            if found and n in scenarios:  # the scenario heading above it is the first part of the question
                setting = split_question(plain_inline(blocks[scenarios[n]].tokens[1].children or [], code=True), source)
                found[0].text = f"{setting.text} {found[0].text}"
                found[0].number = found[0].number or setting.number
            if (
                found and current is not None and block.type == "paragraph_open" and current.block.type != "heading_open"
                and summary_question(block) is None and n < last_close and _in_toggle(src_lines[current.block.start : block.start])
            ):  # fmt: skip
                # '<details>' / '**Respuesta Correcta: B) …**' / … / '**¿Por qué sucede esto?**' + code / '</details>'
                # (trial15 T15-63): a bold question inside an open answer toggle is part of that answer
                current.answer.append(block)
                continue
            if found:
                q, level = found
                toggle = summary_question(block)
                if toggle is not None and current is not None and current.toggle:
                    # a follow-up toggle inside a question's toggle (trial8 H10): the parent's answer waits for
                    # its own </details>; the follow-up is asked under it, its 'Follow-up 1:' label dropped
                    parents.append(current)
                    q.text = FOLLOW_UP_LABEL.sub("", q.text, count=1) or q.text
                    count += 1
                    current = _Open(q, block, level, [*current.section, current.q.text], count)
                    current.toggle = True
                    if toggle[1].strip():
                        current.answer.extend(
                            TopBlock(b.tokens, b.start + block.start, b.end + block.start)
                            for b in top_blocks(self._md.parse(toggle[1], env))
                        )
                    if _CLOSE_DETAILS.search(block.tokens[0].content):
                        close()
                        current = parents.pop()
                        current.follow_ups.append((block.start, block.end))
                    continue
                follows = _followed(current, q) if block.type != "heading_open" else _refers_back(current, q, block.level)
                set_up = self._set_up(current, block, env) if current is not None else None
                pictured = _pictured(blocks, n, src_lines, q.text) if current is None else []
                if (
                    set_up is None and current is not None and current.block.type == "heading_open" and block.type != "heading_open"
                    and not current.answer and not current.front and not current.toggle and _label_titled(current.block)
                ):  # fmt: skip
                    # '### 🔴 **PREGUNTA 1: Event Loop y Asincronía**' over '**¿Cuál es la salida …?**' (trial15 T15-63): the
                    # heading numbers and titles the question under it, its section, never a question with no answer
                    stack = [s for s in stack if s[0] < current.level]
                    stack.append((current.level, current.q.text))
                    current = None
                if set_up is None:
                    close()
                else:
                    current = None  # (its set-up, heading and code, goes on this question's front: learner2 M2)
                if block.type == "heading_open":
                    flush_lead(level)
                    stack = [s for s in stack if s[0] < level]
                count += 1
                current = _Open(q, block, level, [t for _, t in stack], count, stem=stem)
                if follows is not None:
                    current.section, current.follows = follows
                if q.rest and q.text.rstrip(CLOSERS).endswith(QUESTION_MARKS) and _labelled_below(blocks, n):
                    # '### … a regular expression? I also want " as \\" …' over '#### Answer' (trial49 T49-4): the answer is
                    # labelled under it, so the heading's words after its '?' are the question's, in its order
                    q.text, q.rest = f"{q.text} {q.rest}", ""
                if q.rest:  # the heading's words after its '?' open the answer, as written (code, backslashes: T49-4)
                    rest = _written_rest(block, q.rest, self._md)
                    current.answer.extend(TopBlock(b.tokens, block.start, block.end) for b in top_blocks(self._md.parse(rest, env)))
                if set_up is not None:
                    q.number = q.number or set_up[0]
                    current.front = set_up[1]
                current.front = [*pictured, *current.front]
                if (cards_mode or headed) and block.type == "heading_open" and not (CONTENTS_HEADING.match(q.text) and _contents(blocks, n)):
                    # the section of the headings below it (the page's table of contents is none: '# contents' over its
                    # anchors, the sections '##' after it, T45-11; '## SQL' over links to its own '###' topics is theirs)
                    stack.append((level, own_heading or _ID.sub("", q.text).strip()))
                current.headed = headed
                toggle = summary_question(block)
                if toggle is not None:  # the answer is the toggle's content, up to its </details>
                    current.toggle = True
                    if toggle[1].strip():  # '<details><summary>Q?</summary>A</details>' on one line
                        current.answer.extend(
                            TopBlock(b.tokens, b.start + block.start, b.end + block.start)
                            for b in top_blocks(self._md.parse(toggle[1], env))
                        )
                    if _CLOSE_DETAILS.search(block.tokens[0].content):
                        close()
                continue
            if current is not None and current.toggle and block.type == "html_block" and _CLOSE_DETAILS.search(block.tokens[0].content):
                first = current.block.start
                close()
                if parents:  # back in the parent's toggle (trial8 H10)
                    current = parents.pop()
                    current.follow_ups.append((first, block.end))
                continue
            if block.type == "heading_open":
                # ('## References' after '## Answer guide' under '# Diagnose …': the answer ended at it, U109)
                # ('### Self-Check Questions' over questions each over its answer's toggle, under '## Markets' read as a
                # card: their section, never that card's text, T45-1)
                inside = current is not None and n not in link_lists and not _answered_toggles(_body(blocks, n)) and (
                    (current.toggle and n < last_close)  # a heading inside an open <details> toggle is its answer's
                    or (not cards_mode and (block.level > current.level or (_answer_heading(block) and not _section_over(blocks, n, current.level))))
                    # ('# Diagnose a cgroup limit' / '…?' / '## Answer guide' read as notes: the label is no card, U109)
                    or (cards_mode and block.level > current.level and current.block.type == "heading_open" and _answer_heading(block))
                    # ('## TCP 3-way Handshake' / its text / '#### Reference' / a link: the topic's own links, T31-35)
                    or (cards_mode and n in cited)
                    or (n in step_of and blocks[step_of[n]] is current.block)  # ('### in the browser' under the line asking: T22-39)
                    or n in answer_parts  # ('#### 二分法' after '#### **参考答案**：' under '#### **题目**：…': trial25)
                    # ('##### **出题人**：…' between '##### **问题**：…？' and its answer heading: a fact about it, U93)
                    or (block.level == current.level and current.block.type == "heading_open" and not current.answer
                        and len(block.tokens) > 1 and _fact_heading(plain_inline(block.tokens[1].children or [])))
                    # (… or after its options, when its answer heading follows: '##### **参考答案**：A，B，C', trial25)
                    or (n in facts_over_answer and block.level == current.level and current.block.type == "heading_open")
                )  # fmt: skip
                if inside:
                    current.answer.append(block)  # '#### Answer: D' under a '######' question is its answer
                    continue
                close()
                flush_lead(block.level)
                quiet = n in unread
                if quiet:
                    level_marks = "#" * block.level
                    diag.warning(
                        doc.rel,
                        block.start + 1,
                        f"heading '{unread[n]}' has text under it but is not read as a question "
                        "(most headings at its level are questions; its text is in no card)",
                        f"make every heading at this level a question: [source.pattern] item = "
                        f"'^{level_marks}\\s+(?P<question>.+)$' in its [[source]] table",
                        group="unread-heading",
                        fix={"pattern": {"item": f"^{level_marks}\\s+(?P<question>.+)$"}},
                    )
                    listed = make_item(  # listed in the manifest as skipped, with why (trial12 U9: 14 topics were nowhere)
                        doc, source, diag, block.start + 1, question=unread[n], answer=[], section=[t for _, t in stack],
                        original=doc.lines[block.start] if block.start < len(doc.lines) else unread[n],
                        skip="a statement heading among question headings: not read as a question",
                    )  # fmt: skip
                    if listed is not None:
                        items.append(listed)
                if title is not None and block.start == title[0]:
                    continue  # the page's title names the page, not a section of every card
                if _contents(blocks, n):
                    continue  # '## Contents' over links to the page's anchors: no section of the cards after it
                # (a divider sits half a level up: the questions of its level after it keep it as their section)
                stack = [s for s in stack if s[0] < block.level - 0.5]
                name = without_tags(_ANCHOR.sub("", _ID.sub("", squash(plain_inline(block.tokens[1].children or [])))).strip())
                name = _STAR_MARK.sub("", name, count=1) or name  # ('## ⭐️Redis 基础': its words, T28-22)
                labelled_below = (  # '## Pregunta 1' over '**Enunciado:** …' / '**Respuesta correcta:** …' (trial9 T16)
                    n + 1 < len(blocks)
                    and blocks[n + 1].type == "paragraph_open"
                    and has_question_label(unbold_label(src_lines[blocks[n + 1].start]).lstrip())
                )
                asked_below = (  # '### Question 1' over '**What is a container?**' and its options (trial42 T42-8)
                    n + 1 < len(blocks) and blocks[n + 1].type == "paragraph_open" and _first_line_asks(blocks[n + 1], source)
                )
                if _LABEL_ONLY.match(name) and (n + 1 in posed or labelled_below or asked_below):
                    continue  # '### Q1' over a question written below it: its number, not a section (learner L33)
                stack.append((block.level - 0.5 if n in dividers else block.level, _HASHES.sub("", name) or name))
                if lead is not None and lead[2] and count == lead[1] and block.level > lead[0]:
                    # '## 데드락 (DeadLock, 교착 상태)' / its definition and example / '##### 발생 조건' / '1. ##### 상호 배제':
                    # the text before the deeper heading, no question between, was dropped unsaid (trial19 T19-32)
                    if len(lead[2]) > LEAD_MAX:  # the heading's own note, its text the answer (as at a question: learner5 L11)
                        over = blocks[lead[3]]
                        asked = split_question(plain_inline(over.tokens[1].children or [], code=True), source)
                        topic = _Open(asked, over, over.level, [t for lv, t in stack if lv < lead[0]], lead[1], answer=lead[2], headed=True)
                        made = self._item(doc, source, diag, topic, env, seen_ids, levels, src_lines, page_tags)
                        if made is not None:
                            items.append(made)
                    else:
                        flush_lead()
                lead, lead_shown = (block.level, count, [], n), False
                continue
            if current is None and block.type == "paragraph_open" and (sub := self._subheading(block, source)) and _LABEL_TITLE.match(sub):
                # '**Question 1 – TCP handshake**' over the question it titles, before any question: its section, as the
                # same bold titles between the later questions are (G23: the first one's topic was on no card)
                stack = [s for s in stack if s[0] < BOLD_LEVEL]
                stack.append((BOLD_LEVEL, sub))
                continue
            if current is not None and current.level == BOLD_LEVEL and not (current.toggle and n < last_close):
                # (a bold line inside an open <details> toggle is part of its answer, as a heading there is)
                sub = self._subheading(block, source)
                if sub is not None and not current.answer and current.q.asks and sub.rstrip(CLOSERS + "*_").endswith((".", "!", "。")):
                    sub = None  # ('What technique …?' / '**Sfumato.**': a bold sentence right under a question answers it)
                if sub is not None:
                    # a bold line between bold questions that asks nothing is a sub-heading,
                    # never the last line of the previous answer
                    close()
                    stack = [s for s in stack if s[0] < BOLD_LEVEL]
                    stack.append((BOLD_LEVEL, sub))
                    continue
            if _entry_marker(blocks, n):
                continue  # '✅ Q2' right above the next question heading: the README's marker of that entry
            if current is None and not quiet and not _objectives_list(blocks, n) and (asked_list := self._asked_list(block, src_lines)):
                # '### Simple Questions' / '- <b>What did you learn this week?</b>' … before the page's answered toggles
                # (trial21 r-1): questions nobody answers, each listed as skipped when the page answers others (below)
                asked_lists.append((block, [(line, question, [t for _, t in stack]) for line, question in asked_list]))
                continue
            unasked = self._question_list(block, src_lines, current) if current is not None else []
            if unasked:  # '* What is hoisting?' bullets after an answer: other questions, not part of it
                close()
                for line, question in unasked:
                    count += 1
                    item = self._inline_item(doc, source, diag, line, question, [], [t for _, t in stack], count, levels)
                    if item is not None:
                        items.append(item)
                continue
            if current is not None and current.answer and not current.toggle and _last_todo(blocks, n, src_lines):
                # '- [ ] review lysosomes before Friday' at the end of a note, after a blank line: the author's reminder,
                # never the last answer's text (trial31 T31-48: it was on that card's back)
                diag.warning(
                    doc.rel,
                    block.start + 1,
                    "a to-do box after the last answer is no part of it: not in any card",
                    "nothing to do if it is your own reminder; to keep it on the card, indent it under the answer",
                    group="last-todo",
                )
                continue
            if current is None and not quiet and (bold_asks or asked_heads) and (label := _bold_label_over(blocks, n, src_lines)) and blocks[n + 1].start not in reading:
                # '**Steps:**' over a numbered procedure on a page of bold questions, before any question: a card of its
                # own, fronted by its section or the page's title with the label ('Lab procedure — titration › Steps');
                # never "its introduction" (sitting 59, d56/50), and the label no section of the questions after it
                over = stack[-1][1] if stack else title[1] if title is not None else untitled or _file_title(doc, source)
                count += 1
                asked = f"{over} › {label}" if over and _norm_heading(over) != _norm_heading(label) else label
                current = _Open(split_question(asked, source), TopBlock(block.tokens, block.start, blocks[n + 1].end), BOLD_LEVEL, [t for _, t in stack], count)
                current.answer.append(blocks[n + 1])
                taken.add(n + 1)
                close()
                continue
            if current is not None:
                current.answer.append(block)
                if current.toggle and _closes_toggle(block, src_lines):
                    # '</b></details>' under the answer's last line is no HTML block of its own (a '</b>' line cannot
                    # interrupt a paragraph or a list), so the toggle ends inside this block (learner2 M15; readers2)
                    first = current.block.start
                    close()
                    if parents:
                        current = parents.pop()
                        current.follow_ups.append((first, block.end))
            elif lead is not None and count == lead[1] and not quiet and not block.boilerplate() and self._shows(block, env):
                lead[2].append(block)  # before the section's first question: its lead (said at the section's end if unused)
            elif count == 0 and n == opening and _title_line(blocks, n, src_lines):
                continue  # 'Quiz di storia' / 'Chemistry worksheet' over the questions: the page's title (T34-15)
            elif by_name and cards_mode and not stack and count == 0 and current is None and not block.boilerplate() and self._shows(block, env):
                opening_text.append(block)  # 'Beta Distribution.md': its definition above its first heading (T43-2)
            elif not quiet and not block.boilerplate() and self._shows(block, env):
                marks = _unread_marks(block, src_lines, source) if osr_page else ""
                if osr_page and not marks and not _first_line_asks(block, source):
                    continue  # (an Obsidian note the plugin reads: its prose is the note's, only its '::' lines cards, T42-14)
                say_outside(block, marks)
        close()
        flush_lead()
        for k in page_lead_at if not page_lead_used else []:
            say_outside(blocks[k])
        if opening_text:  # the note's opening text answers its title, the file's name ('Beta Distribution' → 'With a count …')
            line = opening_text[0].start + 1
            opened = make_item(
                doc, source, diag, line, question=untitled, answer=render_blocks(self._md, opening_text, env, doc.rel, diag),
                section=[], difficulty=levels.level(None, "0", line), original="\n".join(src_lines[opening_text[0].start : opening_text[-1].end]),
            )  # fmt: skip
            if opened is not None:
                items.insert(0, opened)
        while parents:  # a toggle never closed: its answer ends with the page
            current = parents.pop()
            close()
        for block, asked_list in asked_lists:  # lists of questions outside any question: no answer each, or page text
            if anchor_links(block):
                continue  # ('- [1. 什么是闭包？](#1-什么是闭包)' …: a table of contents of the page's questions, no question: T39-5)
            if not any(not i.skip for i in items):
                _say_outside(diag, doc, block, self._wiki)
                continue
            for line, question, section in asked_list:
                count += 1
                item = self._inline_item(doc, source, diag, line, question, [], section, count, levels)
                if item is not None:
                    items.append(item)
        asked_below = {i.locator.line for i in items if not _LABEL_ONLY.match(i.question)}
        named = {n: t for n, t in named.items() if not (_LABEL_ONLY.match(t) and blocks[n].start + 1 in asked_below)}
        # ('### 3. Consider the following statements:' over them, 'Which … correct?' and its options: a quiz's question,
        # its heading no topic stated — T31-29)
        quizzed = {i.locator.line for i in items if i.kind is ItemKind.multiple_choice}
        named = {n: t for n, t in named.items() if blocks[n].start + 1 not in quizzed}
        stated_count = len(items) if named and not _is_index(items) else None  # (not 'Question 1 (Recall)' over the question it labels: that asks, learner3 N7)
        for line, asked, section in checks:  # each linked question, answered by the section it links to (L6)
            count += 1
            body = [b for b in _section(blocks, section) if not b.boilerplate()]
            checked = make_item(
                doc, source, diag, line, question=split_question(asked, source).text,
                answer=render_blocks(self._md, body, env, doc.rel, diag), section=[squash(plain_inline(blocks[section].tokens[1].children or []))],
                difficulty=levels.level(None, str(count), line), original=doc.lines[line - 1] if line <= len(doc.lines) else asked,
                skip="" if body else "no answer",
            )  # fmt: skip
            if checked is not None:
                items.append(checked)
        if name_fronts:  # ('Fuel' under '## Nuclear Power Stations': the note's name before its section too, T44-8)
            items = [_named_section(item, untitled) for item in items]
        items = _opening_heading_gone(_boilerplate_gone(_asked_by_text(sorted(items, key=lambda i: i.locator.line)), doc, diag), doc, diag)
        items = _answered_later(items)  # '## Answers to Exercises' / '1. Here is one way …' keys '1. Finish …' (T15-92)
        items = _label_sections_gone(items)  # '## Question 1' over its code and 'What is the output?': no section (newdocs 01)
        labelled = sum(_label_answered(item) for item in items)  # tasks answered under '**Answer:**' (T13-18)
        tasks = [_open_task(item, labelled) for item in items]
        for before, after in zip(items, tasks, strict=True):
            if after.skip and not before.skip:  # an exercise heading over its task and no solution (learner4 N58)
                diag.warning(doc.rel, after.locator.line, "question has no answer", "write the answer below the question", group="no-answer")
        made = {i.locator.line for i in tasks if not i.skip}
        if stated_count is not None:
            # (said of the cards as made: a heading the passes above joined to its neighbour, '### Front Red planet' over
            # its question and '### Back' over its answer, is no statement card; sitting 58)
            fronts = {i.locator.line: set(_LETTER_WORDS.findall(i.question.casefold())) for i in tasks if not i.skip}
            named = {n: t for n, t in named.items() if blocks[n].start + 1 in fronts and set(_LETTER_WORDS.findall(t.casefold())) <= fronts[blocks[n].start + 1]}
            if named:
                self._say_stated(doc, source, diag, blocks, named, stated_count)
        for line, head in sorted(self._shaped_heads.items()):  # (a table's names told by their shape: said, T36-7)
            if any(row in made for row in self._shaped_rows.get(line, ())):
                diag.warning(
                    doc.rel,
                    line,
                    f"read the table's first row as its header naming the columns ({' | '.join(head)}): capitalised names "
                    "over rows of other words",
                    "if that row is a card, put a row naming the columns above it (| Front | Back |)",
                    group="shaped-header",
                )
        return sorted([*_index_page(tasks, doc, diag), *self._reading_items(doc, source, diag, blocks, reading_said)], key=lambda i: i.locator.line)

    def _reading_items(
        self, doc: Document, source: SourceConfig, diag: Diagnostics, blocks: list[TopBlock], said: list[tuple[int, int, list[str]]]
    ) -> list[Item]:
        """The runs of links said as reading lists (:func:`_reading_runs`), each listed as skipped in the manifest: named
        by the heading they are all the text of ('📚 Recursos Adicionales'), else by their label ('利用可能な言語リスト')."""
        out: list[Item] = []
        for first, last, section in said:
            block = blocks[first]
            end = blocks[last - 1].end  # (the run's lines, in the manifest's entry)
            heading = blocks[first - 1] if first and blocks[first - 1].type == "heading_open" else None
            whole = heading is not None and (last == len(blocks) or blocks[last].type == "heading_open")
            label = not whole and _link_label(block)
            name = squash(plain_inline((heading if heading is not None and not label else block).tokens[1].children or []))
            name = re.sub(r"^[\W_]+|[\W_]+$", "", name) or "links"  # ('📚 Recursos Adicionales': its icon no marker)
            made = make_item(
                doc, source, diag, (heading if heading is not None and not label else block).start + 1, question=name, answer=[],
                section=section[:-1] if whole and section and re.sub(r"^[\W_]+|[\W_]+$", "", squash(section[-1])) == name else section,
                skip=_READING_LIST, original="\n".join(doc.lines[block.start : end]).strip() or name,
            )  # fmt: skip
            if made is not None:
                out.append(made)
        return out

    def _say_stated(
        self, doc: Document, source: SourceConfig, diag: Diagnostics, blocks: list[TopBlock], named: dict[int, str], count: int
    ) -> None:
        """The statement headings read as cards, named once; ``headings = "cards"`` offered as another reading
        with what it would give (trial7 G19: never as the table to paste, which this build did not use)."""
        first = min(named)
        # (a name said once with its count, and a dozen names at most: an unfilled template's 104 headings 'question'
        # were listed 104 times, trial38)
        said = Counter(named[n] for n in sorted(named))
        shown = [f"'{name}'" + (f" ({times} times)" if times > 1 else "") for name, times in said.items()]
        names = ", ".join(shown[:NAMES_SHOWN]) + (f" and {len(shown) - NAMES_SHOWN} more" if len(shown) > NAMES_SHOWN else "")
        count_word = "statement heading" if len(named) == 1 else f"{len(named)} statement headings"
        other = len(self.read(doc, source.model_copy(update={"headings": "cards"}), Diagnostics()))
        diag.warning(
            doc.rel,
            blocks[first].start + 1,
            f"this page asks questions in some headings or question boxes and states topics in others: its "
            f"{count_word} with text under {'it' if len(named) == 1 else 'them'} ({names}) "
            f"{'is a card' if len(named) == 1 else 'are cards'}, the heading the front and its text the answer",
            "end each such heading with '?' to ask it; or read the page as notes, every heading with text under it "
            f'a card: headings = "cards" in its [[source]] table ({other} item{"s" if other != 1 else ""}, where this '
            f"build read {count}; deckc diff shows what changes)",
            group="stated-headings",
        )

    def _intro_hashtags(self, blocks: list[TopBlock], source: SourceConfig) -> tuple[str, ...]:
        """The tags of the lines of hashtags only above the page's first question and first section (a Bear or Obsidian
        note's ``#biology/cells #exam-prep`` under its title): the page's tags, as front matter's are (T31-48). Deck
        tags (``#flashcards``) are :func:`_deck_tags`'; a tag line under a section's heading is its card's."""
        found: list[str] = []
        seen = False  # (a block above: a heading after it opens a section, whose tag lines are its cards')
        for b in blocks:
            if b.type == "front_matter":
                continue
            if self._question(b, source) is not None or (seen and b.type == "heading_open"):
                break
            seen = True
            if b.type == "paragraph_open" and len(b.tokens) > 1:
                found += [t for line in _opening_tags(b) for t in hashtags(line) if t.split("::")[0].lower() != "flashcards"]
        return tuple(dict.fromkeys(found))

    def _cited_links(self, blocks: list[TopBlock], cards: set[int]) -> set[int]:
        """Headings over the links a topic cites (``#### Reference`` / ``- http://…`` under ``## TCP 3-way Handshake``
        read as a card): part of that topic's card, never a card of their own nor a skipped reading list (T31-35: a
        Korean README had every topic's links said as a skipped reading list, and the card that points to them lost
        them)."""
        cited: set[int] = set()
        for k in sorted(cards):
            block = blocks[k]
            if block.type != "heading_open" or len(block.tokens) < 2:
                continue
            parent = next((j for j in range(k - 1, -1, -1) if blocks[j].type == "heading_open" and blocks[j].level < block.level), None)
            if parent is None or parent not in cards or parent in cited or not _body(blocks, parent):
                continue
            name = squash(plain_inline(block.tokens[1].children or [])).strip(" :：*_")
            if _ATTRIBUTION.match(name) and reading_list(_body(blocks, k), self._wiki):
                cited.add(k)
        return cited

    @staticmethod
    def _inline_cards(
        block: TopBlock, lines: list[str], answering: bool = False, scoped: bool = False, open_end: bool = False
    ) -> list[tuple[int, str, list[str]]]:
        """``(line, question, answer lines)`` of the cards a paragraph spells out, Obsidian style.

        Every line ``Term::answer`` (or ``:::``) is a card; or the paragraph is ``question`` lines, a
        line ``?`` (or ``??``), then ``answer`` lines (with ``open_end``, none: the ``?`` ends the paragraph, the
        answer is the code block or paragraph below it).  A ``::`` inside a code span never counts (``std::vector``).
        """
        entry = _one_entry(block, bullets=True) and block.start < len(lines) and _sr_page(lines)
        if (block.type != "paragraph_open" and not entry) or block.start >= len(lines):
            return []
        own = [unbold_label(line) for line in lines[block.start : block.end]]  # '**Question 1:**' / '**Answer:**' (L29)
        if entry:  # '1) **[sensitivity](…)**::the proportion of …' over its '<!--SR:…-->' schedule (trial15 T15-16)
            own = [_LIST_MARK.sub("", line.strip(), count=1) if k == 0 else line.strip() for k, line in enumerate(own)]
        split = [k for k, line in enumerate(own) if line.strip() in ("?", "??")]
        if split and 0 < split[0] < len(own) - (0 if open_end else 1):
            k = split[0]
            tagged = _leading_tag_lines(own[:k])  # '#flashcards' on the line above the card: its deck, no front text (T31-69)
            if tagged < k:
                return [(block.start + 1 + tagged, " ".join(x.strip() for x in own[tagged:k]), own[k + 1 :])]
        pair = _paragraph_pair(own)  # 'Q: What is IP?' / 'A: Internet Protocol.' as one paragraph
        if pair is not None:
            question, answer = pair
            return [(block.start + 1, question, answer)]
        # (code spans never split: inline_card looks for '::' outside them, '`std::vector`' is no card, and 'What does
        # `git stash` do?::Shelves …' is: trial13 T13-5)
        cards = [inline_card(line) for line in own]
        if not all(cards) and (len(own) >= 2 or _sr_page(lines)):  # 'specificity::the proportion of true negatives …'
            cards = [c or _sentence_card(line) for c, line in zip(cards, own, strict=True)]  # (trial15 T15-16)
        if answering and any(_SCOPE.match(line) or _GLUED_SCOPE.search(line) for line in own):
            return []  # 'Container::Size returns …', '… after the std::cout statement' in an answer: C++/Rust scope (U26)
        if scoped and any(m and _GLUED_SCOPE.search(m.string[max(0, m.end("q") - 12) : m.end("q") + 14]) for m in cards):
            return []  # 'Use std::cout::operator<< or printf.' on a page of C++ or Rust code: a scope, not a card
        if own and all(cards):
            return [(block.start + 1 + k, m.group("q").strip(), [m.group("a")]) for k, m in enumerate(cards) if m]
        return []

    def _quiz_parts(self, blocks: list[TopBlock], spans: list[tuple[int, int]], lines: list[str]) -> dict[int, tuple[list[int], list[int]]]:
        """For the paragraph of a fill-in-the-blank quiz (``<quiz>`` / a program / ``The above code prints [[Hello
        world]]`` / ``</quiz>``, or ``2 + 2 = [[4]]`` / ``---`` / the explanation): the blocks of its quiz before it
        (the code it is about, on the front) and after its rule (the explanation, the note's extra text); learner4
        N75: both were on no card."""
        parts: dict[int, tuple[list[int], list[int]]] = {}
        for first, last in spans:
            inside = [k for k, b in enumerate(blocks) if first < b.start and b.end <= last + 1 and b.start < last]
            blank = [k for k in inside if blocks[k].type == "paragraph_open" and self._cloze_cards(blocks[k], lines)]
            if len(blank) != 1:
                continue
            at = blank[0]
            before = [k for k in inside if k < at and blocks[k].type != "hr"]
            after = [k for k in inside if k > at and blocks[k].type != "hr"]
            if before or after:
                parts[at] = (before, after)
        return parts

    def _cloze_cards(self, block: TopBlock, lines: list[str]) -> list[tuple[int, str, str]]:
        """``(line, cloze text, original)`` of a paragraph holding a ``{{c1::…}}`` deletion, or of each entry
        of a list whose every entry holds one (a list with other entries is an ordinary list)."""
        if block.end > len(lines) or block.start >= len(lines):
            return []
        own = lines[block.start : block.end]
        if block.type == "paragraph_open":
            text = squash(" ".join(own))
            if len(own) >= 2 and all(has_cloze(line) for line in own) and (
                all(line.rstrip(" \\").endswith(_SENTENCE_STOPS) for line in own) or all(_FIRST_DELETION.search(line) for line in own)
            ):
                # 'The {{c1::mitochondrion}} is …' / '{{c1::Ribosomes}} make {{c2::proteins}}.' one per line, no blank
                # line between: a cloze note per sentence, never one note blanking unrelated terms (trial14 T14-51);
                # also when a line ends without a stop, if each line numbers its deletions from c1 (T32-10)
                return [(block.start + 1 + k, self._cloze_text(squash(line.rstrip(" \\"))), line) for k, line in enumerate(own)]
            if has_cloze(text) and _INDENTED_BREAK.search(" ".join(own)):  # lines apart ('<br>'), some indented: code (T18-41)
                pieces = [_LEAD_SPACE.match(piece) for piece in _LINE_BREAK.split(" ".join(own))]
                kept = ["\xa0" * (m.group(1).count("&nbsp;") + m.group(1).count("\xa0")) + self._cloze_text(piece[m.end() :])
                        for m, piece in zip(pieces, _LINE_BREAK.split(" ".join(own)), strict=True) if m is not None]  # fmt: skip
                return [(block.start + 1, "\n".join(line for line in kept if line.strip()), "\n".join(own))]
            return [(block.start + 1, self._cloze_text(text), "\n".join(own))] if has_cloze(text) else []
        texts = _list_entries(block, lines)
        held = [t for t in texts if has_cloze(t[1])]
        if not held or (len(held) < len(texts) and (len(held) < 2 or len(held) * 2 < len(texts))):
            return []  # (a list with a deletion or two among other entries is an ordinary list)
        return [(at, self._cloze_text(_LIST_MARK.sub("", text, count=1)), "\n".join(part)) for at, text, part in held]

    @staticmethod
    def _without_cloze(block: TopBlock, lines: list[str], diag: Diagnostics, rel: str) -> None:
        """The entries of a list of cloze entries that hold no deletion (one that shows the syntax in code:
        ```{{c1::…}}``` stays literal): said, each at its line; they were the reason the list's cards were all lost
        (trial21 T21-44)."""
        if block.type not in ("bullet_list_open", "ordered_list_open") or block.end > len(lines):
            return
        for at, text, _ in _list_entries(block, lines):
            if not has_cloze(text):
                diag.warning(
                    rel,
                    at,
                    f"list entry without a {{{{c1::…}}}} deletion among cloze entries is not in any card: {_LIST_MARK.sub('', text, count=1)[:60]!r}",
                    "write a deletion into it, or move it out of the list",
                    group="cloze-list-rest",
                )

    @staticmethod
    def _labelled_entries(block: TopBlock, lines: list[str]) -> list[tuple[int, str, dict[str, str], str]]:
        """``(line, question, {label: text}, original)`` of each entry of a list whose every entry is a
        labelled question (``- Question: …``) with nested ``- Label: text`` sub-entries; else nothing."""
        if block.type not in ("bullet_list_open", "ordered_list_open") or block.end > len(lines):
            return []
        own = lines[block.start : block.end]
        indent = len(own[0]) - len(own[0].lstrip())
        found: list[tuple[int, str, dict[str, str], list[str]]] = []
        nested: list[str] | None = None  # the lines under a worded answer label with no text after it
        numbered_at = False  # an entry is a numbered question ('2. What is a WAN?'), not a labelled one
        asked_plain: dict[int, list[str]] = {}  # such a numbered question's own lines under it, no label among them
        for k, line in enumerate(own):
            if not line.strip():
                continue
            if len(line) - len(line.lstrip()) <= indent:
                nested = None
                m = LABELLED_ENTRY.match(line)
                sub = SUB_LABEL.match(line) if m is None else None
                label = sub.group("label").strip().lower() if sub else ""
                if sub and found and label in ANSWER_LABELS | CHOICE_LABELS | {"type"} and label not in found[-1][2]:
                    found[-1][2][label] = sub.group("text").strip()  # '- Choices: …' left at the margin: its record's (trial11 P26)
                    found[-1][3].append(line)
                    continue
                worded = _BOLD_LEAD.sub(r"\g<label>", BULLET.sub("", _ENTRY_BULLET.sub("", line, count=1), count=1).strip(), count=1)
                if m is None and found and "answer" not in found[-1][2] and has_answer_label(worded):
                    # '- **Gợi ý trả lời:** …' (a hint to the answer) under '- **Câu hỏi:** …?': any language's labels
                    found[-1][2]["answer"] = strip_answer_label(worded).strip()
                    found[-1][3].append(line)
                    nested = [] if not found[-1][2]["answer"] else None
                    if nested is not None:
                        found[-1][2]["answer"] = ""
                    continue
                if m is None and has_question_label(worded) and strip_question_label(worded).strip() != worded:
                    found.append((block.start + 1 + k, strip_question_label(worded).strip(), {}, [line]))
                    continue
                numbered = _NUMBERED_ENTRY.match(line) if m is None else None
                if numbered is not None and (numbered.group("q").rstrip().endswith(QUESTION_MARKS) or opens_task(numbered.group("q"))):
                    # '2. What is a wide area network (WAN)?' / '   - **Answer:** A WAN, or …' among review questions some of
                    # which are answered so (trial15 T15-27: the answered ones were 'text outside any question')
                    found.append((block.start + 1 + k, numbered.group("q").strip(), {}, [line]))
                    numbered_at = True
                    asked_plain[len(found) - 1] = []
                    continue
                if m is None:
                    return []
                found.append((block.start + 1 + k, m.group("q").strip(), {}, [line]))
                continue
            fields, original = found[-1][2], found[-1][3]
            original.append(line)
            if len(found) - 1 in asked_plain:
                asked_plain[len(found) - 1].append(line)
            if not fields and not BULLET.match(line) and not option_line(line.strip()) and continues(found[-1][1], line):
                asked_plain.get(len(found) - 1, [""]).pop()
                # '- Question: Which command shows the directory in a' / '  notebook cell?': the question hard-wrapped
                # onto the entry's next line, never its answer's text (round-7 metamorphic R7-4)
                found[-1] = (found[-1][0], join_continuation(found[-1][1], line), fields, original)
                continue
            if nested is not None:  # the answer's own lines, as written under its label (a list stays a list)
                nested.append(line)
                margin = min(len(x) - len(x.lstrip()) for x in nested if x.strip())
                fields["answer"] = "\n".join(x[margin:] for x in nested)
                continue
            sub = SUB_LABEL.match(line)
            label = sub.group("label").strip().lower() if sub else ""
            worded = _BOLD_LEAD.sub(r"\g<label>", line.strip(), count=1)
            if sub is None and not fields and _DOTTED_Q.match(original[0]) and (dotted := _DOTTED_A.match(worded)):
                worded = f"A: {worded[dotted.end() :]}"  # ('- Q. …?' / '  A. …': the dotted pair, as 'Q:' / 'A:')
            if sub is None and not fields and has_answer_label(worded) and strip_answer_label(worded).strip():
                # '- Q: What does `git rebase` do?' / '  A: Reapplies …' (the answer label on the entry's next line, no
                # bullet, as '**A:**' in bold reads): its answer, never a defined term 'Q' (round-6 metamorphic R6-1); only
                # right under the question ('a) 80' / 'b) 443' over 'A: b' are options, read as a choice question)
                fields["answer"] = strip_answer_label(worded).strip()
                continue
            if sub and label not in fields:
                fields[label] = sub.group("text").strip()
            else:  # a line of its own, or a label said twice: more answer text
                fields["more"] = " ".join(x for x in (fields.get("more", ""), BULLET.sub("", _ENTRY_BULLET.sub("", line, count=1)).strip()) if x)
        # a bank's records with their key (Answer:) or, in the student copy, only their options (Choices:; trial11 P27:
        # each was a card whose back was 'Type: … Choices: …'): never the records' nested bullets read as answers
        if not any(label in ANSWER_LABELS | CHOICE_LABELS for _, _, fields, _ in found for label in fields):
            return []
        if numbered_at and any(len(label) == 1 for _, _, fields, _ in found for label in fields):
            return []  # ('1. Which keyword …?' / '   - A: `var`' / '   - B: `let`': lettered options, read as a quiz question)
        for at, said in asked_plain.items():  # ('41. What is a semaphore?' / '    - A semaphore is …' among questions
            # answered 'Answer: …': its lines under it, unlabelled, are its answer, a list kept a list; sitting 54, they
            # were 'question has no answer')
            if said and not any(found[at][2][k] for k in set(found[at][2]) & (ANSWER_LABELS | CHOICE_LABELS)):
                margin = min(len(x) - len(x.lstrip()) for x in said)
                found[at][2].clear()
                found[at][2]["answer"] = "\n".join(x[margin:] for x in said)
            elif said and set(found[at][2]) <= {"answer", "more"} and found[at][2].get("answer") and any(
                BULLET.match(x) and not _labels_answer(x) for x in said
            ):
                # ('1. What does a process hold?' / 'Answer: A process holds:' / '  - its code and data,' …: the list
                # under the labelled line stays a list on the back, never its entries run together on one line)
                body = [x for x in said if not _labels_answer(x)]
                margin = min(len(x) - len(x.lstrip()) for x in body if x.strip())
                found[at][2]["answer"] = "\n".join([found[at][2]["answer"], "", *(x[margin:] for x in body)])
                found[at][2].pop("more", None)
        return [(line, q, fields, "\n".join(original)) for line, q, fields, original in found]

    def _labelled_item(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        line: int,
        question: str,
        fields: dict[str, str],
        section: list[str],
        number: int,
        levels: Levels,
        original: str,
    ) -> Item | None:
        """A labelled list entry as a note: its ``Choices`` (split on ``;``, else ``,``) with the one equal to
        its ``Answer`` marked make a multiple-choice note; else the answer (and any other labelled text) is
        the back. A ``Type`` label is layout."""
        answer = next((fields[k] for k in fields if k in ANSWER_LABELS), "")
        listed = next((fields[k] for k in fields if k in CHOICE_LABELS), "")
        options = [o.strip() for o in listed.split(";" if ";" in listed else ",") if o.strip()]
        rest = [f"{_label_as_written(k, original)}: {v}" if k != "more" else v for k, v in fields.items() if k not in ANSWER_LABELS | CHOICE_LABELS | {"type"} and v]
        key = _option_text(answer)  # ('Answer:Javascript display engine.' names 'Javascript display engine': trial11 P26)
        correct = next((LETTERS[k] for k, o in enumerate(options[: len(LETTERS)]) if _option_text(o) == key), None) if key else None
        if correct is None and key:  # 'Answer: false, *class*, test': several options, written as the choices are
            parts = [_option_text(a) for a in answer.split(";" if ";" in listed else ",")]
            texts = [_option_text(o) for o in options[: len(LETTERS)]]
            if len(parts) > 1 and all(texts.count(a) == 1 for a in parts):
                correct = ",".join(sorted(LETTERS[texts.index(a)] for a in parts))
        q = split_question(self._inline(question), source)
        if correct is None or len(options) < 2 or len(options) > len(LETTERS):
            extra = [f"Choices: {listed}"] if listed else []
            return self._inline_item(doc, source, diag, line, question, [answer, *[x for p in (*rest, *extra) for x in ("", p)]] if answer else [], section, number, levels)
        env: dict[str, Any] = {}
        explanation = self._rendered("\n\n".join(rest), env, doc, diag, line)
        return make_item(
            doc,
            source,
            diag,
            line,
            number=q.number,
            question=q.text,
            section=section,
            kind=ItemKind.multiple_choice,
            choices=[Choice(label=LETTERS[k], text=o) for k, o in enumerate(options)],
            correct=correct,
            answer=explanation,
            difficulty=levels.level(q.marker, str(number), line),
            label=q.marker,
            original=original,
        )

    def _inline(self, text: str, code: bool = True) -> str:
        """One line of Markdown as plain inline text (emphasis marks gone; with ``code``, inline code
        kept between backticks, as questions keep it)."""
        return plain_inline(self._md.parseInline(text)[0].children or [], code=code)

    def _rendered(self, text: str, env: dict[str, Any], doc: Document, diag: Diagnostics, offset: int) -> list[Block]:
        """Markdown text (an answer or explanation gathered from lines) as blocks; ``offset``: its first line."""
        return render_blocks(self._md, top_blocks(self._md.parse(text, env)), env, doc.rel, diag, offset=offset)

    def _led_clozes(self, blocks: list[TopBlock], n: int, lines: list[str]) -> tuple[int, str, str] | None:
        """A lead-in sentence that goes on into the list under it (``A symmetric monoidal structure consists of`` / ``1. a
        {{c1::monoidal unit}} …`` / ``2. a {{c2::monoidal product}} …``: no stop, or a colon), every entry holding a
        deletion and the entries numbered apart (c1, c2, …): one cloze note of the lead-in and its entries, never a note
        per entry without its subject (trial16 T16-5: entry 2 was skipped with a wrong message, the lead-in lost)."""
        block = blocks[n]
        if block.type != "paragraph_open" or n + 1 >= len(blocks) or not blocks[n + 1].type.endswith("list_open") or block.end > len(lines):
            return None
        lead = squash(" ".join(lines[block.start : block.end]))
        if has_cloze(lead) or (lead.rstrip("*_ ").endswith(_SENTENCE_STOPS) and not lead.rstrip("*_ ").endswith((":", "："))):
            return None
        entries = self._cloze_cards(blocks[n + 1], lines)
        numbers = [sorted({d[2] for d in deletions(text)}) for _, text, _ in entries]
        if len(entries) < 2 or len({tuple(x) for x in numbers}) != len(entries):
            return None
        said = "; ".join(f"{k}. {text}" for k, (_, text, _) in enumerate(entries, 1))
        original = "\n".join(lines[block.start : blocks[n + 1].end])
        return block.start + 1, f"{self._cloze_text(lead).rstrip(':： ')}: {said}", original

    def _cloze_text(self, text: str) -> str:
        """A cloze's text as plain inline text (emphasis marks gone, inline code as written)."""
        return squash(self._inline(text))

    def _table_choices(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        block: TopBlock,
        section: list[str],
        count: int,
        levels: Levels,
    ) -> list[Item]:
        """A table outside any question whose header names a multiple-choice bank (``| # | Question | A | B |
        C | D | Answer |``, ``Option A`` …, ``Correct Answer``; :func:`~compiler.sources.ankifields.bank_columns`):
        a multiple-choice note per row, its right options those the key cell names (letter, number or text);
        further columns on the back (``Explanation``), a ``Difficulty`` column the row's level label. A row
        whose key names none of its options is a warning and no card."""
        bank = _table_bank(block)
        if bank is None:
            return []
        layout, head, body = bank
        items: list[Item] = []
        for line, cells in body:
            cells = [*cells, *[""] * (len(head) - len(cells))]
            asked, code, code_after = cell_code(cells[layout.question])  # 'Trace this code:<br>`x = 5`<br>…' (P77)
            question = self._inline(asked)
            if not question:
                continue
            texts = [squash(self._inline(cells[k])) for k in layout.options]
            shown = [i for i, t in enumerate(texts) if t]
            key, why = _emphasised_key(cells[layout.key], texts) if layout.key not in layout.options else (cells[layout.key], "")
            right = bank_right(layout, key, texts) or []  # (the right answer's own column: T16-21)
            marker = None
            answer: list[str] = [why, ""] if why and right else []
            for k, labelled in layout.extras:
                name = bank_column_name(head[k])
                if not cells[k]:
                    continue
                if name.lower() in LEVEL_COLUMNS:
                    marker = cells[k]
                else:
                    answer.extend([f"{name}: {cells[k]}" if labelled else cells[k], ""])
            count += 1
            original = doc.lines[line - 1] if line <= len(doc.lines) else question
            common = {
                "section": section,
                "original": original,
                "label": marker,
                "difficulty": levels.level(marker, str(count), line),
            }
            if code:  # the cell's code, shown with its question
                common |= {"stimulus": [Block(kind=BlockKind.code, text="\n".join(code))], "stimulus_after": code_after}
            if len(shown) < 2 or not right or any(r not in shown for r in right):
                diag.warning(
                    doc.rel,
                    line,
                    f"multiple-choice table row: its {bank_column_name(head[layout.key])!r} cell {cells[layout.key]!r} names none of its options; no card",
                    "write the right option's letter (A), number (1) or text in that cell",
                    group="choice-key",
                )
                item = make_item(
                    doc, source, diag, line, question=question, answer=[], skip="no correct option", **common
                )
            else:
                choices, correct = lettered_choices(texts, shown, right, LETTERS, layout.letters)
                item = make_item(
                    doc,
                    source,
                    diag,
                    line,
                    question=question,
                    kind=ItemKind.multiple_choice,
                    choices=choices,
                    correct=correct,
                    answer=self._rendered("\n".join(answer), {}, doc, diag, line) if answer else [],
                    **common,
                )
            if item is not None:
                items.append(item)
        return items

    _card_columns: frozenset[str] = frozenset()  # the column names of the page's tables of cards

    _tables_page = False  # a page that is two-column tables under headings and nothing else (a cheat sheet of facts)

    def _page_card_columns(self, blocks: list[TopBlock], source: SourceConfig, lines: list[str]) -> None:
        """Note the column names of the page's tables whose header names their card columns (``| Kanji | Hiragana |
        Romaji | Meaning |``): a sibling table that opens with one of them is read the same way (``_table_cards``).
        A page of tables of facts is one whose other blocks are only headings, rules and lists of defined terms right
        under a heading ('## SI prefixes' / '- nano (n) = 10⁻⁹'): a formula sheet, its tables a card per row too."""
        names: set[str] = set()
        self._shaped_heads, self._shaped_rows = {}, {}  # (this page's tables' headers told by their shape, T36-7)
        self._row_tags = {}  # (this page's tables' own)
        self._row_levels = {}
        self._row_groups = {}
        for block in blocks:
            if block.type == "table_open":
                rows, _ = _card_rows(_table_rows(block))
                if rows and table_columns(rows[0][1]) is not None:
                    names |= {_column_name(c) for c in rows[0][1]}
        self._card_columns = frozenset(names - {""})
        tables = [b for b in blocks if b.type == "table_open"]
        rest = [b for b in blocks if b.type not in ("table_open", "heading_open", "hr") and not b.boilerplate()]
        # (a list of defined terms under its heading is cards of its own, as the tables' rows are: '## SI prefixes' over
        # '- nano (n) = 10⁻⁹' beside '| Quantity | Formula | SI unit |' made the table "text outside any question", N12)
        glossed = {
            id(b) for n, b in enumerate(blocks)
            if n and blocks[n - 1].type == "heading_open" and b.type in ("bullet_list_open", "ordered_list_open")
            and b.end <= len(lines) and defined_list(lines[b.start : b.end]) is not None
        }  # fmt: skip
        rest = [b for b in rest if id(b) not in glossed] if tables else rest
        # (a table's footnote right under it, '\\* given a pointer to the node' for the 'O(1)*' in a cell: the table's, no
        # prose on the page; sitting 58: the big-O table was one card of the heading, its cells one a line)
        noted = {
            id(b) for n, b in enumerate(blocks)
            if n and blocks[n - 1].type == "table_open" and b.type == "paragraph_open" and b.start < len(lines)
            and _FOOTNOTE.match(lines[b.start]) and b.end - b.start <= 2
        }  # fmt: skip
        rest = [b for b in rest if id(b) not in noted]
        if tables:
            headings = [b for b in blocks if b.type == "heading_open"]
            first = min(tables[0].start, headings[1].start if len(headings) > 1 else tables[0].start)
            rest = [b for b in rest if not self._preamble(b, first, rest, source)]
        self._header_rows = {}
        headed = [rows for t in tables if (rows := _card_rows(_table_rows(t))[0])]
        for rows in headed:
            self._header_rows.setdefault(_header_key(rows[0][1]), []).extend(cells for _, cells in rows[1:])
        shaped = [(fact_columns(rows[0][1], self._header_rows[_header_key(rows[0][1])]), rows[1:]) for rows in headed]
        self._tables_page = (
            bool(tables) and not rest and all(shape is not None for shape, _ in shaped)
            and sum(len(body) for _, body in shaped) >= FACT_ROWS_MIN
        )  # ('| Command | What it does | Level |' alone on a cheat sheet: a card per row, not one card of the table)
        fronts = [cells[shape["front"]] for shape, body in shaped if shape for _, cells in body if shape["front"] < len(cells)]
        if len(set(fronts)) < len(fronts):
            self._tables_page = False  # ('| yo | hablo |' under each verb: row labels that repeat ask nothing, N21)
        self._alone_tables, self._alone_paragraphs = self._review_tables(blocks, source)

    PREAMBLE_MAX = 2  # paragraphs over a page's first table that still leave it a page of tables

    @staticmethod
    def _preamble(block: TopBlock, first: int, rest: list[TopBlock], source: SourceConfig) -> bool:
        """Whether ``block`` is a line of introduction above the page's first table ('# Pharmacology' / 'Revision
        table for block 3. Learn the class …' / '| Drug | Class | Mechanism | Side effects |', sitting 45 N1): a
        paragraph that asks nothing, one of PREAMBLE_MAX at most, before any table and under the page's title only
        (``first``: the first table's line or the second heading's; '### Hard' / 'What to do with a hard total.' over
        its grid is that heading's text, T15-4). It stays text outside any card, said so; it no longer turns the page's
        tables of facts into prose."""
        before = [b for b in rest if b.start < first]
        return (
            block in before and len(before) <= MarkdownReader.PREAMBLE_MAX
            and all(b.type == "paragraph_open" and not _first_line_asks(b, source) for b in before)
        )

    _alone_tables: frozenset[int] = frozenset()  # tables of facts read a card per row on a page of questions
    _alone_paragraphs: frozenset[int] = frozenset()  # paragraphs alone under a heading of their own on such a page

    QUESTIONS_MIN = 2  # blocks that ask on a page for a table of facts alone under its heading to be cards

    @staticmethod
    def _review_tables(blocks: list[TopBlock], source: SourceConfig) -> tuple[frozenset[int], frozenset[int]]:
        """The lines of the tables of facts a review page sets alone under a heading of their own ('## Key dates' over
        '| Event | Date |' among '**Q1. …?**' questions and a glossary, sitting 41: its four dates were "text outside any
        question"): two columns, a header naming neither as one of two lists (``PARALLEL_COLUMNS``: '| Pros | Cons |'),
        FACT_ROWS_MIN rows or more, each cell written, the fronts all different, on a page with QUESTIONS_MIN headings
        or paragraphs that ask. A table among a section's prose is notes, as it always was. Second, the lines of the
        paragraphs alone under a heading of their own (not the page's first) on such a page (:meth:`_colon_terms`)."""
        def asks(block: TopBlock) -> bool:
            return _first_line_asks(block, source)

        asked = sum(1 for b in blocks if b.type in ("heading_open", "paragraph_open") and asks(b))
        if asked < MarkdownReader.QUESTIONS_MIN:
            return frozenset(), frozenset()
        found: set[int] = set()
        alone: set[int] = set()
        for n, block in enumerate(blocks):
            if block.type not in ("table_open", "paragraph_open") or n == 0 or blocks[n - 1].type != "heading_open":
                continue
            spoiled = block.type == "table_open" and MarkdownReader._spoiled_below(blocks, n)
            if n + 1 < len(blocks) and blocks[n + 1].type not in ("heading_open", "hr") and not spoiled:
                continue
            if asks(blocks[n - 1]) or _EXPLAIN_TASK.match(plain_inline(blocks[n - 1].tokens[1].children or [])):
                continue  # (a heading that asks, '### 1. … is _____.' over its options, or '### 3. Explain …': its answer)
            if block.type == "paragraph_open":
                if n > 1 and not asks(block):
                    alone.add(block.start)
                continue
            rows = _card_rows(_table_rows(block))[0]
            if len(rows) < FACT_ROWS_MIN + 1:
                continue
            head, body = rows[0][1], [cells for _, cells in rows[1:]]
            names = {" ".join(c.strip("*_ ").lower().split()) for c in head}
            if len(head) != 2 or names & PARALLEL_COLUMNS or fact_columns(head, body) is None:
                continue
            fronts = [c[0].strip().strip("*_ ") for c in body]
            if [f.rstrip(".)") for f in fronts] == [str(k) for k in range(1, len(fronts) + 1)]:
                continue  # ('| Week | Topic |' / '| 1 | Cells |': rows counted 1, 2, 3 ask nothing; a syllabus, no cards)
            if all(len(c) == 2 and c[0].strip() and c[1].strip() for c in body) and len({c[0].strip().lower() for c in body}) == len(body):
                found.add(block.start)
        return frozenset(found), frozenset(alone)

    @staticmethod
    def _spoiled_below(blocks: list[TopBlock], n: int) -> bool:
        """Whether the table at ``n`` is a section's notes that the questions after it quiz ('## Organelles' / '|
        Organelle | Function |' / '| Ribosome | Makes proteins |' … / 'Q: Where are proteins made? A: On ribosomes.';
        sitting 46: the table went on each question's front, its answer in plain view): two columns, terms in the first,
        words in the second (never numbers: a data table a question reads from), its terms named again in the text
        below it up to the next heading, which never points at a table ('the table above', 'the following')."""
        rows = _card_rows(_table_rows(blocks[n]))[0]
        if len(rows) < FACT_ROWS_MIN + 1 or any(len(cells) != 2 for _, cells in rows):
            return False
        body = [[c.strip("*_ ") for c in cells] for _, cells in rows[1:]]
        terms = [front for front, _ in body]
        if any(not re.search(r"[^\W\d_]{2}", front) or len(front.split()) > 4 for front in terms):
            return False
        if any(len(re.findall(r"[^\W\d_]{2,}", back)) < 2 for _, back in body):
            return False  # ('| BP | 90/60 |': readings a question is asked about, an exhibit)
        below: list[str] = []
        for block in blocks[n + 1 :]:
            if block.type == "heading_open":
                break
            below.append(" ".join(t.content for t in block.tokens if t.type == "inline"))
        text = " ".join(below).casefold()
        if not text or points_at(text) or re.search(r"\b(?:table|above|chart)\b", text):
            return False
        said = {w[:5] for w in re.findall(r"[^\W\d_]+", text)}
        named = [{w[:5] for w in re.findall(r"[^\W\d_]+", front.casefold()) if len(w) > 3} for front in terms]
        return any(stems and stems <= said for stems in named)  # (a row's term, all its words, in a question or answer)

    TERM_LINES_MIN = 3  # 'Term: definition' lines of one paragraph that make it a glossary
    _COLON_TERM = re.compile(r"^\s{0,3}(?P<term>[^\W\d_][^:：?？]{0,40}?)\s*[:：]\s+(?P<text>\S.*?)\s*$")

    def _colon_terms(self, block: TopBlock, lines: list[str]) -> list[tuple[int, str, list[str]]]:
        """A review page's glossary written as plain 'Term: definition' lines, one paragraph alone under its heading
        ('## Vocabulary' / 'Boycott: refusing to buy goods as a protest.' / 'Loyalist: …', among numbered questions and
        their key; sitting 41: "text outside any question"): a card per line, when every line is one, TERM_LINES_MIN or
        more, each term four words at most and different, each definition three words or more (never a form's 'Date:
        12 May' / 'Teacher: Mr Smith' header) and no blank to fill."""
        if block.type != "paragraph_open" or block.start not in self._alone_paragraphs or block.end > len(lines):
            return []
        own = lines[block.start : block.end]
        found = [self._COLON_TERM.match(line) for line in own]
        if len(own) < self.TERM_LINES_MIN or not all(found):
            return []
        terms = [m.group("term").strip("*_ ") for m in found if m]
        texts = [m.group("text") for m in found if m]
        if (
            any(len(t.split()) > 4 or not t for t in terms)
            or len({t.casefold() for t in terms}) < len(terms)
            or any(len(x.split()) < 3 or "___" in x for x in texts)
            or len({re.sub(r"\d+", "#", t.casefold()) for t in terms}) == 1  # ('Week 1: …', 'Week 2: …': a schedule)
        ):
            return []
        return [(block.start + 1 + k, term, [text]) for k, (term, text) in enumerate(zip(terms, texts, strict=True))]

    QUESTION_LIST_MIN = 2  # paragraphs that ask, and no answer between them, after a rule that make a list of questions

    def _question_list_after(self, blocks: list[TopBlock], n: int, source: SourceConfig, lines: list[str]) -> set[int]:
        """The paragraphs that ask after the rule at ``n`` (up to the next heading) when they are a list of questions
        nobody answers (``---`` / 'These explanations should help …' / 'What is closure in JavaScript?' / 'What is
        async/await …?', a ChatGPT page's question list after its answered part: trial12 U12, ~130 questions were
        the last answer's back): at least QUESTION_LIST_MIN, at least half the paragraphs there, nothing but
        paragraphs between them. Else empty: a rule inside an answer ('---' over its explanation) keeps it going.
        A labelled question answered by its label ('**Q:** …' / '**A:** …', in one paragraph or the next: cards that
        '---' rules separate, trial19 T19-37) is answered, never such a list."""
        paragraphs: list[int] = []
        asking: set[int] = set()
        answered: set[int] = set()  # (code, a list or a table right after a question: its answer)
        for k in range(n + 1, len(blocks)):
            block = blocks[k]
            if block.type == "heading_open":
                break
            if block.type == "hr":
                continue
            if block.type != "paragraph_open":
                if k - 1 in asking:
                    answered.add(k - 1)
                continue
            paragraphs.append(k)
            own = [unbold_label(line).strip() for line in lines[block.start : block.end]]
            if own and (has_answer_label(own[0]) or has_right_answer_label(own[0])):
                answered.update({k - 1, k - 2} & asking)  # ('**Answer:** …' under its question, a rule or not between)
                continue
            if (
                _paragraph_pair(own) is not None
                or _asked_over_statement(own) is not None
                or (block.end - block.start >= 2 and _BOLD_FIRST.match(lines[block.start]))
            ):
                asking.add(k)  # ('**Q: …?**' over its answer with no blank line between, cards the rules separate: a
                answered.add(k)  # question answered in its own paragraph, as the one over the first rule was; sitting 46)
                continue
            if split_question(plain_inline(_first_inline(block).children or [], code=True), source).asks:
                asking.add(k)
            elif (above := k - 2 if blocks[k - 1].type == "hr" else k - 1) in asking:  # (a statement right under a question,
                # a rule between or none: its one-paragraph answer, '**Q: …?**' / 'It is …' / '___' / the next: cards the
                answered.add(above)  # rules separate, never a list; trial38 T38-1; 'Q?' / '---' / 'A' / '---' …: sitting 47)
        bare = asking - answered
        if len(bare) < self.QUESTION_LIST_MIN or 4 * len(answered) > len(asking) or 2 * len(asking) < len(paragraphs):
            return set()
        return bare

    def _table_cards(self, block: TopBlock) -> list[tuple[int, str, list[str]]]:
        """A table outside any question whose header names its question and answer columns (``Question |
        Answer``, ``Term | Definition``, ``Front | Back``, with any more columns) or, with two columns, whose
        first column asks: a card per row. A number column (``#``, ``No.``) is layout, a ``Level`` column the
        row's difficulty label (after a question's '?'), any other column goes on the back as ``Name: text``.
        On a page of such tables, a table of TABLE_ROWS_MIN rows or more whose first column is one of theirs
        (``| Hiragana | Romaji | Function | Example Meaning |`` among ``| Kanji | Hiragana | … | Meaning |``
        tables) is one too: its first column the front, its first column the others lack the back (trial11 P65)."""
        if block.type != "table_open" or link_table(block):  # (a table of contents: '| [Stack](./stack.md) | High |')
            return []
        written = _table_rows(block)
        rows, groups = _card_rows(written)
        if len(rows) < 2:
            return []
        (_, head), body = rows[0], rows[1:]
        self._row_groups.update(groups)
        named = table_columns(head)
        if named is None and paradigm_grid(head, [cells for _, cells in body]):
            # '| Pronombre | hablar | comer |' / '| yo | hablo | como |': a card per form, asked under the heading over the
            # grid ('Presente de indicativo'), so two tenses' grids never ask alike (T34-6)
            above = bisect.bisect_left(self._headed, (block.start, "")) - 1
            return grid_cards(head, body, self._headed[above][1] if above >= 0 else "")
        inferred = False  # (the back column is the one after the front, not one its header names as the answer)
        if named is None and not any(written[0][1]) and not any(map(names_column, head)) and shaped_header(head, [c for _, c in body]):
            # (a Word table's first row, under the empty header its conversion gives it, '| Svedese | Norvegese |' over
            # '| en hund | en hund |': names by their shape, in any language; T36-7)
            named = {"front": 0, "back": 1}
            self._shaped_heads[rows[0][0]] = [c.strip() for c in head if c.strip()]
            self._shaped_rows[rows[0][0]] = tuple(line for line, _ in body)
        if named is None and len(body) >= TABLE_ROWS_MIN and len(head) >= 2 and _column_name(head[0]) in self._card_columns:
            back = next((k for k in range(1, len(head)) if _column_name(head[k]) not in self._card_columns), 1)
            named = {"front": 0, "back": back}
            # a matrix that shares only its first column with the page's tables ('| **Category** | Preventive | Detective |
            # Corrective |' after '| Category | Description |'): its columns are peers, each value under its column's name,
            # the first one too (trial44 T44-4: 'Technical' → 'Firewall', not 'Preventive: Firewall')
            inferred = len(head) > MATRIX_COLUMNS and not any(_column_name(head[k]) in self._card_columns for k in range(1, len(head)))
        if named is None and (self._tables_page or block.start in self._alone_tables) and (facts := fact_columns(head, self._header_rows.get(_header_key(head), [c for _, c in body]))) and len(body) >= 2:
            front, back = facts["front"], facts["back"]
            extra = [k for k in range(len(head)) if k not in facts.values()]
            # (a merged cell a spreadsheet exported empty, '| IV | Trochlear | | Superior oblique muscle |', leaves its row's
            # other facts: sitting 56, the whole table was in no card)
            if all(len(c) == len(head) and c[front] and (c[back] or any(c[k] for k in extra)) for _, c in body) and sum(bool(c[back]) for _, c in body) * 3 >= len(body) * 2:
                named, inferred = facts, True  # a page of tables of facts under headings, nothing else: '| Year | Event |' (L50)
        if named is None:
            if len(rows) < 3 or any(len(cells) != 2 for _, cells in rows):
                return []
            asks = sum(1 for _, (q, _) in body if q.rstrip("*_ ").endswith(QUESTION_MARKS))
            if asks < TABLE_ASKS * len(body):
                return []
            named = {"front": 0, "back": 1}
        elif len(head) == 2 and len(rows) < 3 and not (has_question_label(f"{head[0]}: x") and has_answer_label(f"{head[1]}: x")):
            return []  # (one row under '| Question | Answer |' is a card, as a legend's checklist row is: trial51 T51-5)
        front, back, level = named["front"], named["back"], named.get("level")
        if key_column_numbers([cells[front] if front < len(cells) else "" for _, cells in body]):
            return []  # ('| Question | Answer |' / '| 1 | b |': an answer key's table, its numbers ask nothing; T48-16)
        matching = _matching(body, front, back)
        if matching is not None:  # '| 1. Mitosis | | a. Diffusion of water … |' + '1-b, 2-a': pairs by the key (U96)
            return [(line, term, [matching[1][self._match_key[num]]] if self._match_key.get(num) in matching[1] else []) for line, num, term in matching[0]]
        if _question_index(head, [cells for _, cells in body], {front, back}):
            return []  # '| Standard | Description | Questions |' / '| 2.3.1 | Binary/hex | Q5, Q17 |': a map of the quiz
        # (a first column that numbers the rows, named in any language: no field of the back, T33-30)
        numbered = row_numbers([cells[0] if cells else "" for _, cells in body])
        others = [k for k in range(len(head)) if k not in named.values() and not (k == 0 and numbered)]
        # every column the back shows, in the table's order, each under its name, but for a back the header names as the
        # answer right after the front, or after the front's reading only ('| Question | Answer | Source |', '| Kanji |
        # Reading | Meaning |'): '| Drug | Class | Mechanism | Key side effect |' showed the side effect first,
        # unnamed, as if it were the answer (trial31 T31-16)
        # A header naming two languages ('| Español | Artículo | English |', '| German | Plural | English | Example |') is
        # a vocabulary table: the other language's word is the answer shown first, the columns between or after follow,
        # each under its name, in the table's order (the lead's decision, sitting 37)
        translated = language_column(head[front]) and language_column(head[back])
        labelled = len(others) > 0 and (inferred or (not translated and any(front < k < back and not reading_column(head[k]) for k in others)))
        # ('| English | Français | Deutsch |': a third language on the back under its name, so the second is named too;
        # sitting 58 newdocs d/62: 'rouge' / 'Deutsch: rot')
        said = {" ".join(head[k].strip("*_ ").lower().split()) for k in (front, back)}
        tongues = translated and not labelled and head[back].strip("*_ ") and any(
            language_column(head[k]) and " ".join(head[k].strip("*_ ").lower().split()) not in said for k in others
        )  # (never '| Español | English | Ejemplo | English |': the example's translation, in the back's language)
        if labelled:
            others = sorted([*others, back])
        grouped = _group_column(head, [cells for _, cells in body], others)
        if grouped is not None:  # '| # | Topic | Question | Answer |': the topic is the row's section, as a sheet's is
            others = [k for k in others if k != grouped]
            for line, cells in body:
                if grouped < len(cells) and cells[grouped].strip() and line not in self._row_groups:
                    self._row_groups[line] = numbered_section(head[grouped].strip("*_ "), cells[grouped].strip())  # ('Capítulo 5')
        cards: list[tuple[int, str, list[str]]] = []
        # (a column of Roman numerals, 'IV' … 'XC', 'CD': each under its column's name, 'CD' too; sitting 57: 'Roman XC' / 'CD')
        roman_fronts = all(_ROMAN_CELL.match(cells[front]) for _, cells in body if front < len(cells) and cells[front].strip())
        # (a front of Roman letters is a number only in a column of numbers: 'VCC' among 'SDA', 'SCL', 'GND' is a wire's
        # name, never 'Wire VCC'; trial60 T60-9)
        numbered_fronts = all(
            _NUMBER_FRONT.match(cells[front]) or _ROMAN_CELL.match(cells[front]) for _, cells in body if front < len(cells) and cells[front].strip()
        )
        endings = ending_columns([cells for _, cells in body])  # (a plural column's '-' is an ending, kept)
        for line, cells in body:
            cells = [*cells, *[""] * (len(head) - len(cells))]
            q, used = cells[front], front
            if not q:  # '|  | ピンク | pinku | pink |': a word with no kanji is asked by the cell that writes it (trial11 P65)
                used = next((k for k in others if cells[k] and not _NUMBER_CELL.match(cells[k])), -1)
                if used < 0:
                    continue
                q = cells[used]
            bare = _NUMBER_FRONT.match(q) or (_BARE_NUMBER_CELL.match(q) and (used != front or numbered_fronts))
            if (bare or (used == front and roman_fronts and _ROMAN_CELL.match(q))) and (name := head[used].strip("*_ ")) and _NAMED_COLUMN.match(name):
                q = f"{name} {q.strip()}"  # ('| Group | Name |' / '| 17 | Halogens |': 'Group 17', never a bare '17'; sitting 56)
            if level is not None and cells[level] and q.rstrip("*_ ").endswith(QUESTION_MARKS):
                q = f"{q} {cells[level]}"  # 'What is …? Easy': the level label after the '?'
            # ('[🗝️](…/Q1.md)': a link to the page that answers, no answer of its own: trial12 U33)
            answer = _cell_entries(cells[back]) if cells[back] and not _ICON_LINK.match(cells[back]) else []
            # (a column with no name, under an empty header, is its text alone, never ': a dog': T36-4)
            more = [
                f"{head[k]}: {cells[k]}" if head[k].strip() else cells[k]
                for k in others
                if cells[k] and not (none_cell(cells[k]) and k not in endings) and k != used and (k != back or answer)
            ]
            if labelled:
                answer, more = more[:1], more[1:]
            elif tongues and len(answer) == 1:
                answer = [f"{head[back].strip('*_ ')}: {answer[0]}"]
            if "tags" in named and cells[named["tags"]].strip():  # '| Front | Back | Tags |': the row's tags (T20-44)
                self._row_tags[line] = tuple(t for t in re.split(r"[\s,;]+", _TAG_MARKS.sub("", cells[named["tags"]])) if t)
            if level is not None and cells[level] and not q.endswith(cells[level]):
                self._row_levels[line] = cells[level]  # ('| `xargs` | Builds command lines … | hard |': its level)
            cards.append((line, q, [*answer, *[x for m in more for x in ("", m)]] if answer else []))
        return cards

    @staticmethod
    def _boxed_entries(block: TopBlock, lines: list[str]) -> list[tuple[int, str, list[str]]]:
        """A list whose every entry asks and holds its answer in a box (``1. Write a call that swaps x and y.`` over
        an indented ``{admonition} Answer``; trial8 H8, course exercise pages): a card per entry, the box's
        content its answer."""
        if block.type not in ("bullet_list_open", "ordered_list_open"):
            return []
        entries: list[list[Token]] = []
        depth = 0
        for t in block.tokens[1:-1]:
            if t.type == "list_item_open" and depth == 0:
                entries.append([])
            elif entries and not (t.type == "list_item_close" and depth == 1):
                entries[-1].append(t)
            depth += t.nesting if t.type.startswith("list_item") else 0
        cards: list[tuple[int, str, list[str]]] = []
        for tokens in entries:
            parts = top_blocks(tokens)
            if len(parts) < 2 or parts[0].type != "paragraph_open":
                return []
            box, end = parts[-1], parts[-1].end
            if not answer_toggle(box):
                # a toggle whose answer has blank lines in it is several blocks, the last its '</details>' (new-user
                # check, sitting 8: '1. Descrivi …' over an indented '<summary> Possibile Risposta</summary>' …
                # '---' / '</details>', most of them empty): the toggle opens right under the entry's question
                box = parts[1]
                closing = parts[-1].type == "html_block" and _ends_toggle(parts[-1].tokens[0].content)
                if not answer_toggle(box) or _CLOSE_DETAILS.search(box.tokens[0].content) or not closing:
                    return []
            question = " ".join(_LIST_MARK.sub("", line.strip(), count=1) for line in lines[parts[0].start : parts[0].end])
            body = [line for line in lines[box.start + 1 : end]]
            if box.type == "html_block":  # '<details><summary>Answer</summary>' … '</details>' (the summary on a line of its own too)
                own = lines[box.start : end]
                at = next((k for k, b in enumerate(own) if _SUMMARY_END.search(b)), 0)
                after = _SUMMARY_END.split(own[at], maxsplit=1)[-1]
                margin = own[0][: len(own[0]) - len(own[0].lstrip())]
                body = ([margin + after.strip()] if after.strip() else []) + own[at + 1 :]
            # (columns, a tab to the next multiple of 4: an answer indented by tabs under its entry, '\t<details>' /
            # '\tIt unwraps …', was code on the back, its text monospaced and its Markdown as written: trial57 T57-7)
            indent = min((_indent_columns(b) for b in body if b.strip()), default=0)
            if box.type == "html_block":
                body = [b for b in body if not _CLOSE_DETAILS.search(b)]
                while body and (not body[-1].strip() or _RULE_LINE.match(body[-1])):
                    body.pop()  # the '---' an author draws at the end of every toggle: no answer of its own
            cards.append((parts[0].start + 1, question, [_without_columns(b, indent) for b in body]))
        return cards

    @staticmethod
    def _definitions(block: TopBlock, lines: list[str]) -> list[tuple[int, str, list[str]]]:
        """A paragraph of definition-list entries outside any question (``Term`` then ``: definition``,
        Pandoc and PHP Markdown Extra): a card per term, its definitions the answer (each a paragraph)."""
        if block.type != "paragraph_open" or block.end > len(lines):
            return []
        own = lines[block.start : block.end]
        if DEFINITION.match(own[0]) or len(own) < 2 or not DEFINITION.match(own[1]):
            return []
        cards: list[tuple[int, str, list[str]]] = []
        for k, line in enumerate(own):
            d = DEFINITION.match(line)
            if d and cards:
                cards[-1][2].extend(["", d.group("text")] if cards[-1][2] else [d.group("text")])
            elif k + 1 < len(own) and DEFINITION.match(own[k + 1]) and not d:
                cards.append((block.start + 1 + k, line.strip(), []))  # a term: the next line defines it
            elif cards and cards[-1][2] and field_label(line.strip()) and field_label(cards[-1][2][-1]):
                cards[-1][2].append(line.strip())  # ('Definition: A resource …' / 'Example: cash, …': a field a line, as
                # written, never run together; sitting 58)
            elif cards and cards[-1][2]:
                cards[-1][2][-1] += " " + line.strip()  # a lazy continuation of the definition
            else:
                return []
        return cards

    @staticmethod
    def _bold_bullets(block: TopBlock, lines: list[str], least: int = 2) -> list[tuple[int, str, list[str]]]:
        """A list outside any question whose every entry leads with a question: a card each, its answer
        the rest of the entry (``- **What is latency?** The time a packet takes …``, or ``1. What is
        DNS?`` with its answer on the entry's next lines); every entry must have an answer."""

        def entry(line: str, indent: int) -> tuple[str, str] | None:
            line = unbold_label(line)  # '- **Q:** What does `git rebase` do?' (learner L29)
            line = _NUMBER_MARK.sub(r"\1- ", line, count=1)  # '1. What is …? The …' as its bullet (trial10 P10)
            m = _BOLD_BULLET.match(line)
            if m and len(m.group(1)) == indent:
                return m.group("q") or m.group("q2"), m.group("a") or ""
            bold = _BOLD_ENTRY.match(line)
            asked = bold.group("q").strip() + bold.group("mark") if bold else ""
            # ('- **Why …? Give two examples.**' asks, though it ends in '.'; '- **Explain `docker stop`**' asks too)
            if bold and len(bold.group("indent")) == indent and (any(q in asked for q in QUESTION_MARKS) or opens_asking(asked)):
                return asked, ""
            plain = QUESTION_BULLET.match(line)  # '- What is a subnet mask?' / '* What is X? One that …'
            if plain is None or len(plain.group("indent")) != indent:
                return None
            if plain.group("q").count("[") > plain.group("q").count("]"):
                return None  # '- [What Is a LAN? - cisco](https://…)': the '?' of a link's text, a reference (trial15 T15-28)
            rest = (plain.group("a") or "").strip()  # ('…convict? ' with a space after it: learner4 N1)
            rest = after_dash(rest)  # ('1. Which planet has the most moons? — Saturn': the dash parts them)
            if TAGS_ONLY.match(rest):  # '- What is ATP? #card': tags (Logseq, RemNote), the answer is below
                return f"{plain.group('q')} {rest}", ""
            if rest.rstrip(CLOSERS).endswith(QUESTION_MARKS):  # '- Come funziona …? Quali sono …?': one question, asked twice
                return f"{plain.group('q')} {rest}", ""
            return plain.group("q"), rest

        def stated(line: str, indent: int) -> tuple[str, str] | None:
            """Also an entry that states a topic ('- 2 . Heap vs Stack', '- 5 . The difference between JDK and
            JRE:'), its answer the lines under it, or a term and its definition ('- Access modifiers: the …')."""
            bold = _BOLD_ENTRY.match(line)
            if bold and len(bold.group("indent")) == indent:  # '- **What is Service Offering**' over its answer (U50)
                return (bold.group("q").strip() + bold.group("mark")).rstrip(":： "), ""
            m = _STATED_BULLET.match(_NUMBER_MARK.sub(r"\1- ", line, count=1))  # ('197. What is the concept of ': P1)
            if m is None or len(m.group("indent")) != indent:
                return entry(line, indent)
            text = m.group("q").strip()
            term, colon, rest = text.partition(": ")
            if colon and len(term.split()) <= TERM_WORDS:
                return term.strip(), rest.strip()
            return text.rstrip(":： "), ""

        # entries asked in bold ('- **What is Docker registry?**'): a plain entry among them at the margin is a point of
        # the answer above it ('- `docker pull ubuntu` instructs docker …', written without indent: trial12 U50)
        first = lines[block.start] if block.start < len(lines) else ""
        bold = _BOLD_BULLET.match(unbold_label(first))
        loose = _plain_point if (bold and bold.group("q")) or _BOLD_ENTRY.match(first) else None

        def read(rule: Callable[[str, int], tuple[str, str] | None], last_open: bool) -> list[tuple[int, str, list[str]]]:
            cards = _entry_cards(block, lines, ("bullet_list_open", "ordered_list_open"), rule, dedent=False, loose=loose)
            # 'card-repeats:: 2' under a Logseq block: its review properties, metadata, never answer text
            cards = [(line, q, [a for a in answer if not PROPERTY.match(a)]) for line, q, answer in cards]
            cards = [(line, q, answer if any(a.strip() for a in answer) else []) for line, q, answer in cards]
            cards = [(line, *_quoted_answer(q, answer)) for line, q, answer in cards]  # (learner5 L20)
            # every entry answers, and not with another question (a list of questions with follow-ups is no set of
            # cards); with last_open, the last may ask with its answer after the list (a table the list stops at)
            last = cards[-1][1].rstrip() if cards else ""
            asks = last.endswith(QUESTION_MARKS) or (loose is not None and (opens_asking(last) or any(q in last for q in QUESTION_MARKS)))
            checked = cards[:-1] if last_open and cards and not cards[-1][2] and asks else cards
            # (an answer or two that lists questions to ask, in a long list answered otherwise, is an answer: U50's
            # 'What are the considerations …?' over '- Is it compatible …?' bullets, one of 255 entries)
            asked_back = sum(bool(answer) and only_questions("\n".join(answer)) for _, _, answer in checked)
            if asked_back and (len(checked) - asked_back < ANSWERED_LIST_MIN or asked_back * 10 > len(checked)):
                return []
            # an entry or two left unanswered in a long answered list (a bank cut off at '197. What is the concept of ')
            # is a question without answer, listed as skipped, never the whole list lost (trial11 P1: 22 questions)
            empty = sum(not answer for _, _, answer in checked)
            answered = not empty or (len(checked) - empty >= ANSWERED_LIST_MIN and empty * 10 <= len(checked))
            # (one entry asked in bold over its answer is a card as a bold question paragraph is: U50's first entry)
            return cards if len(cards) >= (1 if loose is not None else least) and answered else []

        cards = read(entry, loose is not None)  # ('- **Explain this file:**' over a code block at the margin: U50)
        if cards:
            return cards
        # (trial8 H2) a list of questions with a topic or two among them ('- 2 . Heap vs Stack' over nested
        # '* Heap: …' bullets): the topic entries are cards too, when at least half of the entries ask (two or more) and
        # each topic has its answer below it (a comparison asks for the difference, as a heading does); the
        # last entry may ask with its answer after the list (returned with no answer: the reader opens it)
        cards = read(stated, True)
        asking = [strip_number(q) for _, q, _ in cards if q.rstrip().endswith(QUESTION_MARKS)]
        # ('- What is a pod?' / '  **Ans:** …' and '- Walk me through a rolling update.' / '  **Ans:** …': every entry
        # answered under an answer label asks, whatever its words; trial13 T13-13, two entries)
        labelled = len(cards) >= 2 and all(answer and has_answer_label(unbold_label(answer[0]).lstrip()) for _, _, answer in cards)
        if not labelled and (len(asking) < 2 or 2 * len(asking) < len(cards)):
            return []
        english = asks_in_english(asking)
        return [
            (line, q if q.rstrip().endswith(QUESTION_MARKS) or not compared(strip_number(q)) else comparison_front(strip_number(q), english), answer)
            for line, q, answer in cards
        ]

    def _goes_on_below(self, blocks: list[TopBlock], n: int, lines: list[str], line: int, source: SourceConfig) -> bool:
        """Whether the text right below the list at ``n`` goes on the answer of its last entry (1-based ``line``),
        an entry that asks (``- **What is X?**``, ``- What is X?``): a code block, paragraph, table or quote at the
        margin that asks nothing. Markdown ends a list there (a fence not indented under its entry), but the entry's
        answer does not (trial12 U50: 52 of a Docker page's 78 answers went on in code blocks or paragraphs)."""
        entry = _NUMBER_MARK.sub(r"\1- ", unbold_label(lines[line - 1]), count=1)
        if not (_BOLD_BULLET.match(entry) or _BOLD_ENTRY.match(entry) or QUESTION_BULLET.match(entry)):
            return False
        nxt = blocks[n + 1] if n + 1 < len(blocks) else None
        if nxt is not None and nxt.type in ("bullet_list_open", "ordered_list_open"):  # ('1. A host volume …' under it)
            return not self._bold_bullets(nxt, lines, least=1)
        if nxt is None or nxt.type not in ("fence", "code_block", "paragraph_open", "table_open", "blockquote_open"):
            return False
        if nxt.type == "paragraph_open" and _own_start(nxt, lines):
            return False  # ('2. Which planet …? — Uranus' / blank / 'Glossary: *light-year* = …': a line of its own, sitting 39)
        if nxt.type == "paragraph_open" and _answered_indented(lines[line : blocks[n].end]):
            return False  # ('* What is the normal pH?' / '  7.35 to 7.45' …, then a paragraph at the list's margin: page text)
        return nxt.type in ("fence", "code_block", "table_open") or self._question(nxt, source) is None

    def _own_sections(self, inline: list[tuple[int, str, list[str]]], block: TopBlock) -> bool:
        """Whether a list's cards (OWN_SECTIONS_MIN of them at least) are each fronted by a heading of the page other than
        the ones over the list, every one a different heading: the page's sections named again with what they hold
        (``- **Basic Concepts**: Fundamental Docker knowledge (8 questions)`` under ``## Summary``), its table of contents
        in words, as a table of links to its pages is (:func:`link_table`)."""
        if len(inline) < OWN_SECTIONS_MIN:
            return False
        heads = {_heading_key(text): start for start, text in self._headed}
        fronts = [_heading_key(_plain_front(q)) for _, q, _ in inline]
        if len(set(fronts)) < len(fronts):
            return False
        over = {start for start, _ in self._headed if start < block.start}
        last = max(over) if over else -1
        return all(key in heads and heads[key] != last and not block.start <= heads[key] < block.end for key in fronts)

    def _glossary(self, block: TopBlock, lines: list[str]) -> list[tuple[int, str, list[str]]]:
        """A paragraph of definitions written with ``=`` (``Glossary: *light-year* = the distance …``, ``*parsec* = …``;
        compiler.sources.item_starts.glossary_lines): a card per term, the paragraph's label their section (sitting 39:
        the line was glued onto the answer above it)."""
        if block.type != "paragraph_open" or block.end > len(lines):
            return []
        found = glossary_lines(lines[block.start : block.end])
        if found is None:
            return []
        label, entries = found
        if label:
            self._row_groups.update((block.start + 1 + k, label) for k, _, _ in entries)
        return [(block.start + 1 + k, term, [meaning]) for k, term, meaning in entries]

    def _titles_cards(self, blocks: list[TopBlock], n: int, lines: list[str]) -> bool:
        """Whether all under the heading at ``n`` is lists whose entries are cards of their own (answered questions,
        bracketed answers): then a heading that asks ('How much do you remember?') titles them, it asks nothing."""
        body = _body(blocks, n)
        return bool(body) and all(
            b.type in ("bullet_list_open", "ordered_list_open") and bool(self._bold_bullets(b, lines) or _bracketed_entries(b, lines)) for b in body
        )

    def _titles_questions(self, blocks: list[TopBlock], n: int, source: SourceConfig) -> bool:
        """Whether the heading at ``n`` stands right over questions of their own, ``TITLED_QUESTIONS`` at least before
        the next heading of its level (bold questions, labelled ones, question headings): then a title that asks
        ('# Statistics: which test do I use?', '# Python gotchas — what is printed?') names the page, it asks nothing
        (sitting 46 M3: it was a question with no answer, or one card with the first question or all of them glued)."""
        asked = 0
        for k in range(n + 1, len(blocks)):
            block = blocks[k]
            if block.type == "heading_open" and block.level <= blocks[n].level:
                break
            if self._question(block, source) is not None or _bold_asks(block, source):
                asked += 1
            elif not asked:
                return False  # (text of its own first: the title asks, and that text answers it)
        return asked >= TITLED_QUESTIONS

    def _titles_labels(self, blocks: list[TopBlock], n: int, source: SourceConfig) -> bool:
        """Whether the heading at ``n`` stands right over label headings that number the questions under them,
        ``TITLED_QUESTIONS`` at least, each holding a paragraph or heading that asks (``# C++ — What is the output?`` /
        ``## Question 1`` / a code block / ``What is the output?`` / ``**Answer:** …``): then the title that asks names
        the page, as over questions of their own (sitting 51 N22: it was one card holding the whole page)."""
        level, labels = 0, 0
        for k in range(n + 1, len(blocks)):
            block = blocks[k]
            if block.type != "heading_open":
                if not level:
                    return False  # (text of its own first: the title asks, and that text answers it)
                continue
            if block.level <= blocks[n].level:
                break
            level = level or block.level
            if block.level != level:
                continue
            if not _LABEL_ONLY.match(squash(plain_inline(block.tokens[1].children or []))) or not self._asks_under(blocks, k, source):
                return False
            labels += 1
        return labels >= TITLED_QUESTIONS

    def _asks_under(self, blocks: list[TopBlock], n: int, source: SourceConfig) -> bool:
        """Whether a paragraph or heading under the heading at ``n`` (up to the next heading of its level) asks."""
        for block in blocks[n + 1 :]:
            if block.type == "heading_open" and block.level <= blocks[n].level:
                return False
            if self._question(block, source) is not None or _bold_asks(block, source):
                return True
            if block.type == "paragraph_open" and plain_inline(block.tokens[1].children or []).rstrip(CLOSERS).endswith(QUESTION_MARKS):
                return True
        return False

    @staticmethod
    def _asked_list(block: TopBlock, lines: list[str], least: int = 2) -> list[tuple[int, str]]:
        """A list whose entries nearly all ask and hold nothing under them (``- What did you learn this week?``):
        ``(line, question)`` per entry (``least`` of them at least), else empty."""
        if block.type not in ("bullet_list_open", "ordered_list_open"):
            return []

        def entry(line: str, indent: int) -> tuple[str, str] | None:
            m = _ANY_ENTRY.match(line)
            # ('- <b>What did you learn this week?</b>': the tags that make it bold are no part of it, trial21 r-1)
            return (_FORMATTING_TAGS.sub("", m.group("q")).strip(), "") if m and len(m.group("indent")) == indent else None

        cards = _entry_cards(block, lines, ("bullet_list_open", "ordered_list_open"), entry, dedent=False)
        if len(cards) < least:
            return []
        ends = [line - 1 for line, _, _ in cards[1:]] + [block.end]
        cards = [(line, q + more, []) for (line, q, _), end in zip(cards, ends, strict=True) if (more := _follow_ups_only(lines[line:end])) is not None]
        if len(cards) < len(ends):
            return []
        asking = sum(
            1 for _, q, _ in cards
            if not glossed_by_question(q)  # ('- **Accounting** – What did you do?': a term's mnemonic, T44-5)
            and (
                (q.rstrip(CLOSERS + "*_").endswith(QUESTION_MARKS) and not example_aside(q)) or asks_annotated(q)
                or (opens_asking(q) and not _CONDITION.match(q) and (not _told(q) or task_verb(q)))  # ('Explique cómo …': T22-6)
            )
        )  # fmt: skip
        return [(line, q) for line, q, _ in cards] if asking >= FAQ_SHARE * len(cards) else []

    @classmethod
    def _question_list(cls, block: TopBlock, lines: list[str], current: _Open) -> list[tuple[int, str]]:
        """A list right after an answer's paragraph whose entries nearly all ask and hold nothing under them
        (trial8 H1: a page's answered questions followed by ``* What is hoisting?`` bullets still to answer; or after
        its code, trial22 T22-5):
        other questions without answers, never the end of that answer. Not after a lead-in ending in ``:``
        (``Ask yourself:`` over questions is part of the answer; so is a lead-in that points at them, ``Below are the
        rules of thumb …``: trial31 T31-64, they were torn out of it), nor inside a ``<details>`` toggle."""
        if block.type not in ("bullet_list_open", "ordered_list_open") or current.toggle or not current.answer:
            return []
        last = current.answer[-1]
        # one entry that asks, right over the next heading, is a question nobody answered yet too (trial26 T26-6: it was
        # glued onto the answer's back, silently)
        nxt = next((line for line in lines[block.end :] if line.strip()), "#")
        least = 1 if _ATX_HEADING_LINE.match(nxt) else 2
        if last.type in ("fence", "code_block"):  # ('##### Haga un ciclo for …' / its code / '* ¿Qué es …?': T22-5)
            asked = cls._asked_list(block, lines, least)
        elif last.type != "paragraph_open" or _leads_in(plain_inline(last.tokens[1].children or []).rstrip()):
            return []
        else:
            asked = cls._asked_list(block, lines, least)
        if len(asked) == 1 and not asked[0][1].rstrip(CLOSERS + "*_").endswith(QUESTION_MARKS):
            return []  # (one entry asks only by its '?')
        return asked

    @classmethod
    def _told_apart(cls, blocks: list[TopBlock], lines: list[str]) -> set[int]:
        """The ``- **Term:** …`` lists whose terms other such lists on the page repeat (``- **主句：** …`` / ``- **重点词汇：**
        …`` under every ``### Sentence N``; ``- **Mekanisme:** …`` under each of three mechanisms): labels of the parts
        of what each section analyses, never glossary terms, whose cards would share one front with different backs
        (trial16 T16-26: twelve cards fronted by four labels, the sentences on none)."""
        terms: dict[int, set[str]] = {}
        for n, block in enumerate(blocks):
            cards = cls._term_bullets(block, lines) if block.type == "bullet_list_open" else []
            if cards:
                terms[n] = {squash(q).rstrip(":： ").casefold() for _, q, _ in cards}
        # (a term or two a list shares with another, the notes' 'Blobs' defined and then named again in the exam tips,
        # is a glossary's term said twice: its labels are the terms most of which another list repeats; trial61 T61-1)
        return {n for n, said in terms.items() if any(2 * len(said & other) > len(said) for k, other in terms.items() if k != n)}

    @staticmethod
    def _term_bullets(block: TopBlock, lines: list[str]) -> list[tuple[int, str, list[str]]]:
        """A glossary list outside any question whose every entry is ``- **Term**: definition`` (also
        ``- [**Term**](link): …``, ``- **Term:** …``, ``：``): a card per entry, asked as a definition list
        is, the term on the front and the definition (with the entry's further lines) on the back."""

        def entry(line: str, indent: int) -> tuple[str, str] | None:
            m = TERM_DASH_BULLET.match(line) or command_entry(line)
            if m is None and (opened := _TERM_OPENS.match(line)) is not None and len(opened.group("indent")) == indent:
                return opened.group("term").strip(), ""  # ('- **Read access**:' over its nested definition: T61-2)
            if m is None or len(m.group("indent")) != indent or unbold_label(line) != line:
                return None  # ('- **Q:** What …?' is a question's label, never a glossary term 'Q')
            # (a definition that opens like a numbered list, a chess opening's '1. e4 e5 2. Nf3': the text it is, never
            # a list of one entry whose number the card hides, sitting 49)
            return m.group("term").strip(), _LEADING_NUMBER.sub(r"\1\\\2", m.group("text"), count=1)

        cards = _entry_cards(block, lines, ("bullet_list_open",), entry, dedent=True)
        if any(not any(a.strip() for a in answer) for _, _, answer in cards) or all(
            _TERM_OPENS.match(lines[line - 1]) for line, _, _ in cards
        ):
            return []  # (a term with neither a definition nor lines under it, or no entry defining on its line: no glossary)
        glossed = sum(glossed_by_question(_LIST_MARK.sub("", lines[line - 1].strip())) for line, _, _ in cards if line <= len(lines))
        # ('- **Identification** – Who are you?' / '- **Authentication** – Prove it.' …: terms glossed by the questions
        # they answer, a mnemonic of the heading's topic, no glossary: its text, as when every gloss asks, T44-5)
        return [] if 2 * glossed > len(cards) else cards

    def _inline_item(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        line: int,
        question: str,
        answer_lines: list[str],
        section: list[str],
        number: int,
        levels: Levels,
        page_tags: tuple[str, ...] = (),
        reverse: bool = False,
        original: str | None = None,
    ) -> Item | None:
        env: dict[str, Any] = {}
        q = split_question(self._inline(question), source)
        if q.marker is None and line in self._row_levels:
            q.marker = self._row_levels[line]  # a table row's Level column
        tail = _TAGS_TAIL.search(answer_lines[-1]) if answer_lines else None
        if tail is not None:  # 'Co to wodorotlenek?::Związek … #basic/podstawa': the card's tags (T15-83)
            q.tags = [*q.tags, *_TAG_WORD.findall(tail.group(0))]
            answer_lines = [*answer_lines[:-1], answer_lines[-1][: tail.start()]]
        quiz = self._entry_choices(doc, diag, env, q, answer_lines, line) if answer_lines else None
        # the answer's own label ('**Réponse:**', 'Answer:') after a 'question / ? / answer' card's '?' is layout
        answer = drop_answer_label(self._rendered("\n".join(answer_lines), env, doc, diag, line)) if quiz is None else quiz.pop("answer")
        # a picture among the question's lines ('![[membrane.png]]' / 'What structure is shown above?' / '?'): on the
        # front, above the question, as a heading's is (T28-39: dropped, 'shown above' asked of nothing)
        pictured = heading_images(self._md, self._md.parseInline(question, env)[0].children or [], env) if "![" in question else []
        if pictured:
            quiz = {**(quiz or {}), "stimulus": [*pictured, *(quiz or {}).get("stimulus", [])]}  # type: ignore[list-item]
        item = make_item(
            doc,
            source,
            diag,
            line,
            number=q.number,
            question=q.text,
            answer=answer,
            **(quiz or {}),
            section=section,
            difficulty=levels.level(q.marker, str(number), line) if answer or quiz else None,
            label=q.marker,
            original=original
            if original is not None
            else "\n".join(doc.lines[line - 1 : line + len(answer_lines)])
            if line <= len(doc.lines)
            else question,
            skip="" if answer or quiz else _TODO_SKIP if (todo := bool(_TODO_ENTRY.match(question))) else "no answer",
            tags=list(dict.fromkeys([*page_tags, *q.tags])),  # 'Q: What …? #biology' (Obsidian_to_Anki's Tags:, M37)
            **({"reverse": True} if reverse else {}),
        )
        if item is not None and not answer and not quiz and not todo:  # (an entry whose answer box is empty: said, never skipped silently;
            # a to-do among the entries, '- [ ]  Revise Punnett squares', is a task, no question: T29-25)
            diag.warning(doc.rel, line, "question has no answer", "write the answer below the question", group="no-answer")
        return item

    def _entry_choices(
        self, doc: Document, diag: Diagnostics, env: dict[str, Any], q: _Question, answer_lines: list[str], line: int
    ) -> dict[str, object] | None:
        """Item fields of a list entry's question whose answer lines open with its options and name the right one
        (``1.  Which service …?`` over ``- A. EC2`` … and a toggle ``Correct answer: B``: trial11 P2), as a
        question asked by a heading or a bold line is read; None when they do not (the lines are its answer). A blank
        line between the entry and its options (a loose list, an HTML list's '<ol type="a">' line: trial13 T13-12) is
        layout."""
        note = answer_lines[0].strip() if _ANNOTATION.match(answer_lines[0].strip()) else ""
        if note:  # '1.  Which …? (Choose TWO)' over its options: the annotation is the question's (trial11 P2)
            answer_lines = answer_lines[1:]
        blank = next((k for k, row in enumerate(answer_lines) if row.strip()), 0)
        answer_lines, line = answer_lines[blank:], line + blank
        if not answer_lines:
            return None
        text = f"{q.text} {note}" if note else q.text
        asks_several = bool(ASKS_SEVERAL.search(text))
        shown, answer_lines = _exhibit_lines(answer_lines)  # the code the question is about, then its options (L7)
        scan = _letter_key(answer_lines, next((k for k, line in enumerate(answer_lines) if not line.strip()), len(answer_lines)))
        choices = find_choices(scan, several=asks_several, asked=q.asks or asks_several or asks_to_pick(text))
        if choices is None or choices.correct is None:
            return None
        q.text = text
        skip = len(shown) + bool(note)
        report_conflicts(choices, diag, doc.rel, lambda at: line + at + 1 + skip)
        report_choose_count(q.text, choices, diag, doc.rel, line)
        stimulus = [TopBlock(b.tokens, b.start + line, b.end + line) for b in top_blocks(self._md.parse("\n".join(shown), env))] if shown else []
        fields = self._choice_fields(doc, diag, env, choices, line + choices.first_line + skip, stimulus)
        if fields is not None and stimulus and _FOLLOWING.search(q.text):
            fields["stimulus_after"] = True  # '¿Qué hace el siguiente código?': the code under the question
        return fields

    def _choices(
        self, doc: Document, diag: Diagnostics, current: _Open, env: dict[str, Any], lines: list[str]
    ) -> dict[str, object] | None:
        """Item fields of a multiple-choice question, or None.

        Quiz pages write the question, maybe the code or text it is about, then the options as a list
        (``- A: …``) and the correct one (bold, or an ``Answer: D`` line, often a heading inside a
        ``<details>`` toggle). What comes before the options belongs on the front (the stimulus); the
        rest after them, without the answer line, is the explanation.
        """
        self._unkeyed = 0  # lettered options and no key anywhere on the page: how many (the card would teach nothing)
        self._key_lacks = ""  # … or the number the page's key has no entry for
        pool = [*current.front, *current.answer]  # a posed question's options are on its front (trial8 H8)
        for k, block in enumerate(pool):
            # ('Kruis het juiste antwoord aan.' / 'a) …' / 'b) …', one paragraph: the instruction goes on the front, T32-50)
            told = block.type == "paragraph_open" and instruction(lines[block.start], self._instructions) and _plain_options(lines, block.start + 1)
            begin = block.start + 1 if told else block.start  # the options' first line
            table = table_options(lines[block.start : block.end]) if block.type == "table_open" else None  # (learner2 M39)
            if block.type not in ("bullet_list_open", "ordered_list_open") and table is None and not (
                block.type == "paragraph_open" and (told or _plain_options(lines, block.start) or _inline_run(lines[block.start]))
            ):
                continue
            if any(_bare_answer_heading(b) for b in pool[:k]) or (current.answer_from is not None and block.start >= current.answer_from):
                continue  # ('#### **参考答案**：' over 'A. …' / 'B. …' / 'C. …': the answer's points, no options; trial25)
            end = max(b.end for b in pool)
            scan = _letter_key(lines[begin:end], block.end - begin)  # a lone 'A' after the options (L33)
            scan = [*table, *scan[block.end - begin :]] if table else scan
            size = len(table) if table else block.end - begin
            scan = [*scan[:size], *("" if _field_line(line) else line for line in scan[size:])]  # (trial25, below)
            if block.type == "bullet_list_open":  # '- Green' / '- Blue', then '* Answer: Blue' (trial11 P4)
                scan = _named_bullets(scan, block.end - begin) or scan
            asks_several = bool(ASKS_SEVERAL.search(current.q.text))
            asked = asks_several or asks_to_pick(current.q.text) or (current.q.asks and not current.headed)
            # ('<quiz>' / 'Which of these fruits are sour.' / '- [ ] Banana' / '- [x] Lemon' …: a quiz asks, T45-5)
            asked = asked or (current.stem and any(a < current.block.start < b for a, b in self._quiz_spans))
            marked = current.block.start in getattr(self, "_marked_stems", ())  # (its options' label marks one: T56-8)
            choices = find_choices(scan, several=asks_several, asked=asked or marked, bullets=bullet_question(current.q.text) or marked)
            if choices is not None and _task_list(current.q, scan[choices.first_line]):
                return None  # ('## Tasks' / '- [ ] buy milk' / '- [x] call Bob': a daily note's to-do list, T30-24)
            number = current.q.number or _written_number(lines[current.block.start]) if self._page_key else None
            number = page_key_id(self._page_key, number, self._page_parts[current.block.start]) if number else None
            key = self._page_key.get(number or "") if choices is not None and table is None else None
            if key is not None:  # '**3.** …' over its options, keyed in the page's '## Answers' list (N25); the key wins
                # over a bold option (emphasis, or a wrong guess: L1)
                size = block.end - begin
                keyed = find_choices([*scan[:size], f"Answer: {key}", *scan[size:]], several=asks_several, asked=asked)
                if keyed is not None and keyed.correct and choices.correct and choices.said_at >= 0 and keyed.correct != choices.correct:
                    # ('**Antwort:** A' under the options, the page's key '2-C': both said, the card keeps its own line, T31-60)
                    said = (begin + choices.said_at + 1, choices.correct)
                    report_key_against_line(diag, doc.rel, number or "", said, (self._key_entry_line(lines, number or ""), keyed.correct))
                    self._key_used.add(number or "")
                    keyed = None
                if keyed is not None and keyed.correct is not None:
                    choices = keyed
                    self._key_used.add(number or "")
            inline = _TITLE_KEY.search(current.q.text) if choices is not None and choices.correct is None else None
            if inline is not None:  # '下列关于JAVA多线程的叙述正确的是（BC）✅': the key in the question's brackets (trial15 T15-10)
                size = block.end - begin
                letters = ", ".join(inline.group("key"))
                keyed = find_choices([*scan[:size], f"Answer: {letters}", *scan[size:]], several=len(inline.group("key")) > 1, asked=True)
                if keyed is not None and keyed.correct is not None:
                    choices = keyed
                    current.q.text = (current.q.text[: inline.start()] + ("（ ）" if "（" in inline.group(0) else " ( )")).rstrip()
                else:
                    inline = None
            if choices is None and current.q.text.rstrip().endswith(":"):
                continue  # 'meets ALL the following requirements:' / '1) …' / '2) …': the list is asked about (trial9 T3)
            if choices is not None and choices.correct is None:
                report_unread_key(scan, choices, diag, doc.rel, lambda at, start=begin: start + at + 1)
                prose = any(b.type == "paragraph_open" for b in pool[:k])  # 'Three steps:' / 'a) SYN …': the answer's list
                listed = (asks_for_list(current.q.text) and not _other_count(current.q.text, len(choices.options))) or explained_entries(choices)  # ('A. G1 checkpoint — …': T29-56)
                if unread_key(scan, choices) is None and not choices.unknown and not listed and not prose:
                    # (a page key that was read and has no entry for this numbered question: said, never a Basic card
                    # whose back lists the options, T34-2; a key heading not read may hold it, trial10 P14)
                    missing = bool(self._page_key) and bool(number) and table is None
                    self._unkeyed = len(choices.options) if missing or not _key_section(lines) else 0
                    self._key_lacks = number.rpartition("#")[2] if missing and number else ""
            if choices is None or choices.correct is None:
                return None
            report_conflicts(choices, diag, doc.rel, lambda at, start=begin: start + at + 1)
            report_choose_count(current.q.text, choices, diag, doc.rel, current.block.start + 1)
            if choices.explanation:  # '#### Model Solution & Marking Scheme' over the explanation: a label, no text (T15-31)
                choices = replace(choices, explanation=_label_heading_gone(choices.explanation))
            why = self._page_explained.get(number or "") if key is not None else None
            if why and not choices.explanation:  # the key's '*Explanation:* …' for this question, on its back (U2)
                choices = replace(choices, explanation=[why])
            if told:
                current.q.text = f"{current.q.text} ({lines[block.start].strip().strip('()[]').rstrip('.:')})"
            fields = self._choice_fields(doc, diag, env, choices, begin + choices.first_line, pool[:k])
            if fields and pool[:k] and (not doc.converted or doc.rel.lower().endswith(KNITR_SUFFIXES)) and all(b.start > max(current.asked_at, current.block.start) for b in pool[:k]):
                # ('#### 1. What is the output of below code' / the code / '- 1: …' …: the code under the question, as
                # the page has it, never above it; trial19 T19-17. A converted bank's Markdown sets its prompt first
                # whatever the item's order: a QTI item's passage stays above its question; R Markdown / Quarto is
                # the author's own Markdown, knitted: as written, trial23 T23-6)
                fields["stimulus_after"] = True
            return {**fields, "question": current.q.text} if fields and (inline is not None or told) else fields
        run = inline_options(current.q.text) if current.answer and not current.front else None
        if run is not None and run[0]:  # 'Which drug …? a) Furosemide b) … c) …' over its key: options on the question's line (M34)
            start = current.answer[0].start
            scan = [*run[1], *lines[start : max(b.end for b in current.answer)]]
            found = find_choices(scan)
            if found is not None and found.correct is None:  # ('Ans. (e)' under '(a) … (b) … (c) …': said, L19)
                report_unread_key(scan, found, diag, doc.rel, lambda at: start + at - len(run[1]) + 1 if at >= len(run[1]) else current.block.start + 1)
            if found is not None and found.correct:
                fields = self._choice_fields(doc, diag, env, found, start, [])
                return {**fields, "question": completion_stem(run[0])} if fields else None  # ('… is ___', sitting 44)
        return None

    def _key_entry_line(self, lines: list[str], number: str) -> int:
        """The 1-based line of the page key's entry for question ``number`` ('2. C', '1-B, 2-C'), or its first line."""
        start, end = self._page_key_span
        entry = re.compile(rf"(?<![\d.]){re.escape(number.rpartition('#')[2])}\s*[.):\-–]")
        return next((at + 1 for at in range(start, min(end, len(lines))) if entry.search(lines[at])), start + 1)

    def _choice_fields(
        self, doc: Document, diag: Diagnostics, env: dict[str, Any], choices: Choices, offset: int, stimulus: list[TopBlock]
    ) -> dict[str, object] | None:
        """Item fields of a multiple-choice question from its options (None if an option is empty)."""
        options = [
            text if label in choices.langs else squash(self._inline(text, code=False)) or picture_text(text)  # '![](b.png)': M44
            for label, text in choices.options
        ]
        # an option that renders as nothing though written ('B) <!-- -->', a comment's syntax asked about): shown as
        # written, never the question turned into a basic card that prints the options and the key mark (T23-36)
        options = [shown or text.strip() for shown, (_, text) in zip(options, choices.options, strict=True)]
        if not all(options):
            return None
        # ('Correct Answer: BD' / 'Explanation:' / '- CloudFront …': the label opens no explanation's text, T47-14)
        explanation = drop_answer_label(self._rendered("\n".join(choices.explanation), env, doc, diag, offset), explanation=True)
        return {
            "kind": ItemKind.multiple_choice,
            "stimulus": render_blocks(self._md, stimulus, env, doc.rel, diag),
            "choices": [
                Choice(label=label, text=text, lang=choices.langs[label])
                if label in choices.langs  # an option that is a code block (learner2 M1)
                else Choice(label=label, text=text, html=option_html(self._md, written))
                for (label, written), text in zip(choices.options, options, strict=True)
            ],
            "correct": choices.correct,
            "answer": drop_answer_label(explanation),
        }

    def _shows(self, block: TopBlock, env: dict[str, Any]) -> bool:
        """Whether a block outside any question would show anything (a ``<br/>`` line does not)."""
        return bool(render_blocks(self._md, [block], env, "", Diagnostics()))

    @staticmethod
    def _explicit_id(doc: Document, diag: Diagnostics, explicit_id: str | None, line: int, seen_ids: dict[str, int]) -> str | None:
        """A question's own ``{#id}``, once per document: a second use is an error (and the id is dropped)."""
        if explicit_id is None:
            return None
        if explicit_id in seen_ids:
            diag.error(
                doc.rel,
                line,
                f"duplicate id {explicit_id!r} (first used at line {seen_ids[explicit_id]})",
                "give each question its own {#id}",
            )
            return None
        seen_ids[explicit_id] = line
        return explicit_id

    def _topic_cards(
        self, current: _Open, doc: Document, source: SourceConfig, diag: Diagnostics, env: dict[str, Any], lines: list[str]
    ) -> list[_Open]:
        """The question, and a card per topic when its long answer is a tree of topic sub-headings (T23-10): the
        question's answer is its own text and the list of topics (compiler/sources/subtopics.py)."""
        if current.block.type != "heading_open" or current.toggle or current.front:
            return [current]
        recurs = any(b.type == "paragraph_open" and (f := self._question(b, source)) and _norm_heading(f[0].text) in self._recurring for b in current.answer)
        # (topics that each ask the same bold question are parallel cards, whatever the answer's length: T23-13)
        own, topics = split_topics(current.answer, current.level, lines, _answer_heading, source.subheadings, 0 if recurs else SPLIT_WORDS)
        if not topics:
            return [current]

        def title(heading: TopBlock) -> str:
            return _ID.sub("", squash(plain_inline(heading.tokens[1].children or [], code=True))).strip()

        def listed(subs: list[Topic], at: int) -> list[TopBlock]:
            md = outline(subs, lambda h: escapeHtml(title(h)).replace("*", "\\*").replace("_", "\\_"), lines=lines)
            return [TopBlock(b.tokens, at, at) for b in top_blocks(self._md.parse(md, env))]

        words = reading_words(current.answer, lines)
        summed = closing_summary(topics, lines)  # ('In summary, delegates are … while events …': the question's, T27-25)
        current.answer = [*own, *listed(topics, topics[0].heading.start), *([summed] if summed is not None else [])]
        cards = [current]
        names = [title(t.heading) for t in _walk(topics)]

        def add(topic: Topic, section: list[str], parent: str) -> None:
            q = split_question(title(topic.heading), source)
            if q.text.endswith((":", "：")) and not q.text.rstrip(":： ").endswith(QUESTION_MARKS):
                q.text = q.text.rstrip(":： ")  # ('### Delegates:': a topic's name, no colon on its front: T27-25)
            name = q.text
            if _aspect_heading(q.text) or names.count(title(topic.heading)) > 1 or (parent is current.q.text and (compared(parent) or _ASKS_DIFFERENCE.search(parent))):
                # ('Example' under two topics, 'Delegates' under 'the difference between an event and a delegate': the
                # front names what it is about, T27-25)
                q.text = f"{parent} › {q.text}"
            answer = [*topic.own, *(listed(topic.topics, topic.topics[0].heading.start) if topic.topics else [])]
            cards.append(_Open(q, topic.heading, topic.heading.level, section, current.number, answer=answer, headed=True))
            for sub in topic.topics:
                add(sub, [*section, name], name)

        for topic in topics:
            add(topic, [*current.section, current.q.text], current.q.text)
        diag.warning(
            doc.rel,
            current.block.start + 1,
            f"the answer to {current.q.text!r} is about {words} words under {len(names)} topic sub-headings: each topic "
            "is a card of its own (its heading the front), and the question's answer lists them",
            'to keep such an answer whole on one card, add subheadings = "answer" to this file\'s [[source]] table',
            group="topic-cards",
            fix={"subheadings": "answer"},
        )
        return cards

    def _item(
        self,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        current: _Open,
        env: dict[str, Any],
        seen_ids: dict[str, int],
        levels: Levels,
        lines: list[str] | None = None,
        page_tags: tuple[str, ...] = (),
    ) -> Item | None:
        line = current.block.start + 1
        _heading_goes_on(current, lines or doc.lines)  # '### Q18. … la page' / '(sans volume, image custom) ?' (P38)
        current.answer = _without_attribution(current.answer)  # '###### Source' / '* https://…' closing it (T28-56)
        label = _LABEL_ONLY.match(current.q.text) if current.block.type == "heading_open" else None
        heading = plain_inline(current.block.tokens[1].children or []) if current.block.type == "heading_open" and len(current.block.tokens) > 1 else ""
        if label is None and heading and current.q.labeled and _BRACKETED_ONLY.match(current.q.text):
            label = _LABEL_ONLY.match(squash(plain_inline(current.block.tokens[1].children or [], code=True)))  # ('### Question 1.
            # `[KTU University Exam – July 2024]`': the label's words were taken off, its source tag is no question; T15-85)
        titled = _titled_exercise(heading, current.answer, source, lines or doc.lines) if heading and label is None else None
        if titled is not None:  # '### 🔋 **2. Lei de Ohm**' over the question and its options: the title is its section (L3)
            label, current.section = titled, [*current.section, titled.group("title").strip()]
        if (
            label is None and heading and current.headed and not current.front and len(current.answer) > 1
            and current.answer[0].type == "blockquote_open" and _NUMBERED_NAME.match(squash(heading))
        ):  # fmt: skip
            # '### Sentence 1' / '> An operating system manages …' / its translation and analysis (trial16 T16-26): the
            # quoted passage is what the card asks about, on its front under the heading; the rest its back
            current.front, current.answer, current.asked_at = [current.answer[0]], current.answer[1:], current.block.start
        if (
            label and current.headed and not current.front and len(current.answer) > 1 and current.answer[0].type in ("fence", "code_block")
            and not any(b.type == "paragraph_open" and plain_inline(b.tokens[1].children or []).rstrip(CLOSERS).endswith(QUESTION_MARKS) for b in current.answer)
        ):  # fmt: skip
            # '### 1' / a program / '**Bug:** …' / '**Fix:** …' ('spot the bug', sitting 51 N24): the label asks nothing,
            # the code is what the card is about, on its front; what is said about it, its back (the code was on the back)
            current.front, current.answer, current.asked_at = [current.answer[0]], current.answer[1:], current.block.start
            title = page_title(lines or doc.lines)
            if title is not None and label.group(0).strip() == current.q.text.strip():
                # ('# Spot the bug (Python)' / '### 1' / code: the title says what to do with it; the front opened '1 def …',
                # newdocs 09)
                current.q.text = squash(re.sub(r"[*_`]", "", title[1])).strip(" #")
        if label:  # ('<!-- question-source:start -->' around the question under '# Question 8': no text, trial16 T16-20)
            current.answer = [b for b in current.answer if not (b.type == "html_block" and _COMMENT_BLOCK.match(b.tokens[0].content))]
        first = current.answer[0] if label and current.answer else None
        if label and first is not None and first.type == "paragraph_open":  # '### Q1' / '## 12' over the question
            asked = split_question(plain_inline(first.tokens[1].children or [], code=True), source)
            listed = len(current.answer) > 1 and (  # (options as lines 'a) 22' / 'b) 24' in a paragraph of their own: T15-2)
                current.answer[1].type in ("bullet_list_open", "ordered_list_open") or _options_at(current.answer[:2], lines or doc.lines) == 1
            )
            rest: list[TopBlock] = []
            para = (lines or doc.lines)[first.start : first.end]
            cut = next((k for k, t in enumerate(para) if t.rstrip(" \\").rstrip(" *_").endswith(QUESTION_MARKS)), None)
            if not (asked.asks or listed) and cut is not None and cut + 1 < len(para):
                # 'Question 1 (Recall)' over 'What does … mean?  ' + 'A. …' + 'B. …' in one paragraph (hard
                # breaks): the question is the paragraph up to its line that asks, the rest its options or answer
                # (learner3 N7)
                asked = split_question(self._inline(" ".join(t.strip().rstrip("\\") for t in para[: cut + 1])), source)
                at = first.start + cut + 1
                rest = [TopBlock(b.tokens, b.start + at, b.end + at) for b in top_blocks(self._md.parse("\n".join(para[cut + 1 :]), env))]
            at = 0 if asked.asks or listed or rest else _asking_paragraph(current.answer, source, lines or doc.lines)
            if at:  # '## Question #3' / scenario paragraphs / the paragraph that asks: the scenario goes on the front (T1, T25)
                asked = split_question(plain_inline(current.answer[at].tokens[1].children or [], code=True), source)
                named = list(itertools.takewhile(lambda b: b.type == "paragraph_open" and topic_line(squash(plain_inline(b.tokens[1].children or []))) is not None, current.answer[:at]))
                if named:  # ('**Domain:** Design Resilient Architectures' under the label: its section, never the front, T31-59)
                    current.section = [*current.section, topic_line(squash(plain_inline(named[0].tokens[1].children or []))) or ""]
                current.front = [*current.front, *current.answer[len(named) : at]]
            # '### Question 3' / 'Name a …' / its answer: the paragraph is the question (T1)
            more = not rest and len(current.answer) > 1 and current.answer[1].type not in ("heading_open", "hr")
            # ('## Question 3' / 'Name the three-way handshake messages.' / '### Answer': the label was the front, the
            # paragraph glued above it: trial11 P96, P55)
            more = more or (not rest and len(current.answer) > 1 and _answer_heading(current.answer[1]))
            # ('#### Exercise 1' / 'Draw the array after adding 4, 7 and 9.' and nothing else: the task is the question,
            # whatever its verb, as '**Exercise 1.** …' is, said to have no answer; it was the answer of a card
            # 'Exercise 1' (a LaTeX chapter's unsolved exercises, trial54 T54-2)
            more = more or (not rest and len(current.answer) == 1 and _ASKING_LABEL.match(current.q.text.strip()) is not None)
            if asked.asks or listed or at or more:  # (learner L33: the label was the front, or glued to the question's end)
                asked.number = asked.number or label.group("n")
                tag = label.groupdict().get("tag")
                if not asked.marker and tag and guess(tag) is not None:  # 'Question 3 (Hard)': the item's level label
                    asked.marker = tag.strip()
                asked.marker = asked.marker or current.q.marker  # ('(Hard)' taken off the label heading as its marker: T21-22)
                current.q = asked
                current.answer = [*rest, *current.answer[at + 1 :]]
                if not rest and len(current.answer) > 1 and _label_heading(current.answer[0]):
                    # '## Question 3' / 'What is starvation?' / '## Answer 3' / the answer: the numbered label heading
                    # pairs the question's, layout (trial21 T21-39: 'Answer 3' was printed at the top of the back)
                    current.answer = current.answer[1:]
        page = lines or doc.lines
        heading = page[current.block.start] if current.block.type == "heading_open" and current.block.start < len(page) else ""
        numbered = (_EXERCISE_HEADING.match(heading) or _LABELLED_TITLE.match(heading)) if heading and not current.q.text.endswith(QUESTION_MARKS) else None
        if (current.headed or numbered) and len(current.answer) > 1 and current.answer[0].type == "paragraph_open":
            task = squash(plain_inline(current.answer[0].tokens[1].children or [], code=True))
            first = page[current.answer[0].start].strip() if current.answer[0].start < len(page) else ""
            if numbered and (first.rstrip(CLOSERS).endswith(QUESTION_MARKS) or task.rstrip(CLOSERS).endswith(QUESTION_MARKS)):
                # '### Aufgabe 1: Zahlenreihe' / 'Welche Zahl fehlt?' / '2, 4, 6, 8, ?, 12' / its options (trial15 T15-1): the
                # paragraph asks, the heading's title names its section, its number is the question's
                number = re.search(r"\d{1,3}", heading[numbered.start() : numbered.end()] if numbered.end() else heading)
                current.section = [*current.section, current.q.text]
                current.q = split_question(self._inline(squash(" ".join(page[current.answer[0].start : current.answer[0].end]))), source)
                current.q.labeled, current.q.number = True, current.q.number or (number.group(0) if number else None)
                current.answer = current.answer[1:]
            elif numbered and (o := _options_at(current.answer, page)) and current.answer[o - 1].type == "paragraph_open" and squash(
                " ".join(page[current.answer[o - 1].start : current.answer[o - 1].end])
            ).rstrip(CLOSERS).endswith((*QUESTION_MARKS, ":", "：")):
                # '### Questão 3 — Questão autoral …' / 'Considere as assertivas …' / 'I. … II. …' / 'Está correto … em:' /
                # 'A) …' (trial15 T15-22): the paragraph right over the options asks, what stands before it is its front
                number = re.search(r"\d{1,3}", heading)
                current.section = [*current.section, current.q.text]
                asked = current.answer[o - 1]
                current.q = split_question(self._inline(statement_lines(page[asked.start : asked.end])), source)
                current.q.labeled, current.q.number = True, current.q.number or (number.group(0) if number else None)
                current.front = [*current.front, *current.answer[: o - 1]]
                current.answer = current.answer[o:]
            elif numbered and not current.front and (at := _scenario_asks(current.answer, source)) and at + 1 < len(current.answer):
                # '### Questão 5: Cenário Real' / 'Seu fluxo … tem 3 passos:' / the steps / 'Se passo 2 falhar …? Como você
                # testaria isso?' / '**Resposta:** …' (trial15 T15-45): the paragraph that asks is the question, the scenario
                # above it its front, the heading's title its section
                number = re.search(r"\d{1,3}", heading)
                current.section = [*current.section, current.q.text]
                asked = current.answer[at]
                current.q = split_question(self._inline(statement_lines(page[asked.start : asked.end])), source)
                current.q.labeled, current.q.number = True, current.q.number or (number.group(0) if number else None)
                current.front = [*current.front, *current.answer[:at]]
                current.answer = current.answer[at + 1 :]
            elif current.headed and _POINTS_MARK.search(task):  # '### a) Authentifizierung' / 'Definieren Sie den Begriff … (1 Punkt).' / the
                # solution: the task is the question, the sub-task's heading its section (trial14 T14-3, a solved exam)
                current.section = [*current.section, current.q.text]
                current.q = split_question(self._inline(squash(" ".join(
                    (lines or doc.lines)[current.answer[0].start : current.answer[0].end]))), source)
                current.q.labeled = True
                current.answer = current.answer[1:]
        current.answer = self._answer_first(current.answer, env)  # '> 배경 & 질문 의도' / '> 답변' / '> 키워드' (U90)
        labelled = next((k for k, b in enumerate(current.answer) if _bare_answer_heading(b)), None)
        if labelled is not None and labelled + 1 < len(current.answer):
            current.answer_from = current.answer[labelled + 1].start
        current.answer = self._unlabelled(current, env)  # '##### **出题人**：…' / '##### **参考答案**：…' (U93)
        q = current.q
        end = max([current.block.end, *(b.end for b in current.answer)])
        meta = _meta_line(current.answer[0], lines or doc.lines) if current.answer else None
        if meta is not None:  # '**Difficulty:** 🟢 Easy | **Tags:** `Variance`' under the question: its level and tags
            current.answer = current.answer[1:]
        elif len(current.answer) > 1:  # … or after the answer ('**A:** …' / '**Difficulty:** 🟢 Easy' / '**Tags:** #js'
            # / '**Frequency:** ⭐⭐⭐⭐⭐' / a tip: learner4 N74, printed on every back)
            after = next(((k, m) for k, b in enumerate(current.answer) if k and (m := _meta_line(b, lines or doc.lines))), None)
            if after is not None:
                meta = after[1]
                current.answer = [b for k, b in enumerate(current.answer) if k != after[0]]
        marker = q.marker or (meta[0] if meta else None) or section_label(current.section)  # '## Beginner' over its questions
        if meta is not None:
            q.tags = [*q.tags, *meta[1]]
        explicit_id = None if self._anchors else self._explicit_id(doc, diag, q.explicit_id, line, seen_ids)
        common: dict[str, Any] = {
            "number": q.number,
            "question": q.text,
            "section": current.section,
            "label": marker,
            "explicit_id": explicit_id,
            "original": "\n".join(
                text
                for k, text in enumerate(doc.lines[current.block.start : end], start=current.block.start)
                if not any(a <= k < b for a, b in current.follow_ups)  # the follow-ups' lines are theirs
            ).rstrip(),
        }
        multiple = self._choices(doc, diag, current, env, lines) if lines else None
        if multiple is not None:
            common["question"] = multiple.pop("question", common["question"])
            level = levels.level(marker, str(current.number), line)
            tags = list(dict.fromkeys([*page_tags, *q.tags]))
            return make_item(doc, source, diag, line, **common, difficulty=level, tags=tags, **multiple)
        asked, given, below = _split_at_label(current, written=not doc.converted)
        if asked and (lead := next((k for k, b in enumerate(given) if not _hint_box(b)), len(given))):
            asked, given = [*asked, *given[:lead]], given[lead:]  # (the code asked about, then its hint: both the front's, T29-6)
        # '# Diagnose a cgroup limit problem' / 'A workload is slow … How can cgroup limits explain the gap?' / '## Answer
        # guide': the title, then the text that asks, as the page has them (U109)
        titled_ask = (
            current.block.type == "heading_open" and not q.asks and not current.front and bool(asked)
            and asked[-1].type == "paragraph_open" and plain_inline(asked[-1].tokens[1].children or []).rstrip(CLOSERS).endswith(QUESTION_MARKS)
        )  # fmt: skip
        hinted = bool(asked) and all(b.start < len(doc.lines) and _HINT_BOX.match(doc.lines[b.start]) for b in asked)
        statement = _true_false(q.text, asked, given) if below and not current.front else None
        below = below or hinted  # '> [!hint]- Hint 1' between the problem and its solution: under it (N61)
        if statement is not None:  # '### Question 1: Basic True/False' / 'The Earth is round.' / '**Correct:** True'
            common["question"], asked, given = f"True or false: {statement[0]}", [], [statement[1], *given[1:]]
        parted = bool(asked) and not current.front and all(b.start < len(doc.lines) and _PART_ENTRY.match(doc.lines[b.start]) for b in asked)
        asked = [*current.front, *asked]
        stimulus = render_blocks(self._md, asked, env, doc.rel, diag) if asked else []
        asks_in_block = current.block.type == "heading_open" or self._bold(current.block, source) is not None
        if asks_in_block and q.asks and stimulus and current.block.type == "heading_open":
            stimulus = drop_question_label(stimulus)  # ('### Scenario: … What should you do?' / '**Question:** …?', T61)
        if asks_in_block:  # '## What is shown? ![](b.png)', '**What is this?** ![](x.png)': the picture is asked about
            stimulus = heading_images(self._md, current.block.tokens[1].children or [], env) + stimulus
        answer = drop_answer_label(render_blocks(self._md, given, env, doc.rel, diag), explanation=True)
        if _Q_NUMBERED.match(plain_inline(_first_inline(current.block).children or []) if current.block.type != "html_block" else ""):
            answer = drop_paired_label(answer)  # 'Q1. What is …?' over 'A. Man's chief end …': the 'A.' pairs the 'Q1.'
        tags = [*page_tags, *q.tags]
        # a paragraph of tags only under the question ('## AUC' / '#fundamentals', Obsidian): the card's tags
        tags += [t for b in current.answer if tag_line(b) for t in hashtags(b.tokens[1].content)]
        if answer and answer[-1].kind is BlockKind.html:  # '… membrane. #flashcards': a tag, not answer text
            last = answer[-1].text
            m = _ANSWER_TAGS.search(last)
            if m:
                tags += [t.lstrip("#") for t in m.group(0).split()]
                answer = [*answer[:-1], Block(kind=BlockKind.html, text=last[: m.start()] + last[m.end() :])]
        if given and all(b.type == "heading_open" for b in given):
            answer = []  # ('### Step 13. Turn …' over bare '#### Step 13.a. …' sub-step headings: no answer, trial22 T22-35)
        skip = "" if answer else "no answer"
        heading = squash(plain_inline(current.block.tokens[1].children or [])) if current.block.type == "heading_open" else ""
        keyed = _key_tables(heading, given, doc.lines) if answer and heading else []
        if answer and (_RANGE_HEADING.match(heading) or keyed):  # '## 1. to 11.' over a book's exercise answers (trial23
            # T23-4); '## Answer Key' over '| Question | Answer |' / '| 1 | b |' when no question is so numbered (T48-16)
            skip = "answers to numbered questions the document does not hold"
            diag.warning(
                doc.rel,
                line,
                f"'{heading}' heads the answers to numbered questions this document does not hold"
                + (f" (its table keys {counted(len(keyed), 'question')}, {keyed[0]} to {keyed[-1]})" if keyed else "")
                + ": no card",
                "put each question above its answer, or leave these answers out of sources/",
                group="range-heading",
            )
        unticked = _unticked_options(lines, current) if answer and lines else 0
        # (a heading that asks by its words, '你还有什么想问的吗', may be answered by the questions to ask: trial9 T6)
        unasked = _questions_only(current, lines) if answer and lines and not q.asks and not opens_asking(q.text) else 0
        if unasked:  # '🔴 Advanced Level' / 'Practice' over questions without answers (trial8 H11)
            skip = "a list of questions without answers"
            diag.warning(
                doc.rel,
                line,
                f"'{q.text}' is over a list of {unasked} questions and no answers: no card",
                "write each answer under its question, or leave the list out",
                group="question-list",
            )
        elif not answer and not given and any(_hint_box(b) for b in asked):
            skip = HINT_ONLY
            diag.warning(doc.rel, line, *ONLY_A_HINT, group="hint-only")
        elif not answer and _TODO_ENTRY.match(q.text):
            skip = _TODO_SKIP  # ('- [ ]  Revise Punnett squares' after a page's toggles: a task, no question, T29-25)
        elif not answer and not q.asks and current.answer and all(anchor_links(b) or navigation(b) or b.boilerplate() or _marker_only(b) or anchors_only(b) for b in current.answer):
            skip = _OWN_CONTENTS  # ('## SQL' over '* [Difference between joins](#difference-between-joins)': T42-12)
            diag.warning(
                doc.rel,
                line,
                "a heading over links to the page's own sections (its table of contents) is no card; the manifest lists it as skipped",
                "nothing to do: the sections it links to are cards of their own",
                group="own-contents",
            )
        elif not answer and (target := _linked_away(current.answer)):
            skip = LINK_ONLY  # ('### 深度分页如何优化？' / '[深度分页介绍及优化建议](../../high-performance/….md)': trial46 T46-13)
            diag.warning(
                doc.rel,
                line,
                f"question's answer is only a link to another page ({target}): no card",
                "deckc does not follow links: copy what that page says under the question to learn it",
                group="link-answer",
            )
        elif not answer and box_question(doc.lines, current.block.start):
            skip = BOX_QUESTION  # ('<div class="art-connection">' / a figure / '… must be carriers?' / '</div>': T51-1)
            diag.warning(
                doc.rel,
                line,
                "the page asks this question in a box with no answer in it (the book answers it elsewhere, or leaves it "
                "to the reader): no card",
                "to learn it, write its answer under the question inside the box",
                group="box-question",
            )
        elif not answer:
            diag.warning(
                doc.rel, line, "question has no answer", "write the answer below the question", group="no-answer"
            )
        elif unticked:
            skip = "no correct option"
            diag.warning(
                doc.rel,
                line,
                f"{unticked} options and none ticked, and no answer line after them; no card",
                "tick the right option (- [x] …) or write the key under the options: Answer: B",
                group="no-correct-option",
            )
        elif (
            self._unkeyed or (unmarked := self._quiz_cue and not _key_section(lines or doc.lines) and _bare_options(given, lines or doc.lines))
        ) and multiple is None:
            skip = "no correct option"
            lacks = f", and the answer key at line {self._page_key_span[0] + 1} has no entry for question {self._key_lacks}" if self._key_lacks else ""
            diag.warning(
                doc.rel,
                line,
                f"{self._unkeyed or unmarked} options and none marked correct{lacks}; no card",
                (f"add question {self._key_lacks}'s letter to the key ('{self._key_lacks}. b'), or " if lacks else "") + "mark the right one (**bold**, [x], a line 'Answer: b' below the options, or an answer key under an "
                "'Answers' heading, or in a file of its own named by key_file = \"sources/….md\" in this file's [[source]] table); "
                "if the list is the answer itself, not options to choose from, write it as a bulleted list ('- …')",
                group="no-correct-option",
            )
        elif current.headed and reading_list(current.answer, self._wiki):
            skip = _READING_LIST
            diag.warning(
                doc.rel,
                line,
                "a heading with only links under it (a reading list) is no card; the manifest lists it as skipped",
                "to learn from it, write what the links teach under the heading, or ask a question in the heading",
                group="reading-list",
            )
        elif current.headed and linked_index(current.block, current.answer):
            skip = _LINKED_INDEX
            diag.warning(
                doc.rel,
                line,
                "a heading that links to another page over a list of that page's topics or its pictures alone (an index, a table of contents, a site's banner) "
                "is no card; the manifest lists it as skipped",
                "the linked page holds what to learn: put its file in sources/, or write the answers under this heading",
                group="linked-index",
            )
        elif current.headed and (unlearned := self._task_page or unlearnable(plain_inline(current.block.tokens[1].children or []), current.answer)) in (TASK_REASON, HINT_REASON):
            # '### Activity' over what to write; '## 2. Calculate remaining bake time' under '# Instructions' or '# Hints'
            # (exercism): work to do, no fact to recall (trial50 T50-5); with its solution given, a card
            if _introduces_deeper(current, lines or doc.lines):
                # ('# Exercises' / 'Try these exercises to test your comprehension …' / '### Exercise 1' …: its one
                # sentence introduces the exercises headed under it, each read (and said) on its own; sitting 57)
                skip = INTRODUCES_BELOW
            elif not gives_solution(current.answer):
                skip = unlearned
                diag.warning(doc.rel, line, *task_said(current.q.text, unlearned), group="task")
        elif current.headed and unlearned:
            skip = f"a list of {unlearned} under the heading" if unlearned != LOGISTICS_REASON else unlearned  # '### Learning Objectives' over its list (lead G6)
            diag.warning(doc.rel, line, *unlearnable_said(current.q.text, unlearned), group="unlearnable-list")
        difficulty = levels.level(marker, str(current.number), line) if not skip else None
        return make_item(
            doc,
            source,
            diag,
            line,
            **common,
            answer=answer,
            stimulus=stimulus,
            difficulty=difficulty,
            skip=skip,
            tags=list(dict.fromkeys(tags)),
            **({"stimulus_after": True} if (below and not current.front) or titled_ask or parted or _shown_after(current, doc.lines) else {}),  # (the page as written: a callout's '[!hint]'; its parts '- (a) …' under it: T19-7)
        )


_READING_LIST = "only links under the heading (a reading list)"
_OWN_CONTENTS = "links to the page's own sections under the heading (its table of contents)"
_LINKED_INDEX = "a list of the topics of the page its heading links to"
INDEX_PAGE = "a section of a page of links to other pages (an index)"
INDEX_SECTIONS_MIN = 5  # sections of links to other pages that make a page an index, twice as many as its other cards


def _index_page(items: list[Item], doc: Document, diag: Diagnostics) -> list[Item]:
    """``items``, none a card when the page is an index of other pages (a repository's root README: trial26 T26-24):
    most of its sections only link to other pages or list their topics, and the few others (its title over a thanks
    note, 'What is this?') are about the repository, not what to learn."""
    if not _is_index(items):
        return items
    links = sum(1 for i in items if i.skip in (_READING_LIST, _LINKED_INDEX))
    kept = [i for i in items if not i.skip]
    named = ", ".join(f"'{i.question}'" for i in kept[:3]) + (f" and {len(kept) - 3} more" if len(kept) > 3 else "")
    diag.warning(
        doc.rel,
        kept[0].locator.line,
        f"this page is an index of other pages ({links} of its sections only link to them or list their topics): "
        f"its {len(kept)} other section{'s' if len(kept) != 1 else ''} ({named}) "
        + ("are no cards either" if len(kept) != 1 else "is no card either"),
        "the linked pages hold what to learn: put their files in sources/ (to keep a section, ask a question in its heading)",
        group="index-page",
    )
    return [i.model_copy(update={"skip": INDEX_PAGE}) if not i.skip else i for i in items]


def _is_index(items: list[Item]) -> bool:
    """Whether the page's sections are mostly links to other pages (see :func:`_index_page`), some others cards."""
    links = sum(1 for i in items if i.skip in (_READING_LIST, _LINKED_INDEX))
    kept = sum(1 for i in items if not i.skip)
    return kept > 0 and links >= INDEX_SECTIONS_MIN and links >= 2 * kept


# Obsidian Spaced Repetition's deck tag, a paragraph of its own ('#flashcards/spanish'): the page's cards' tag
_DECK_TAG = re.compile(r"#(?P<tag>flashcards(?:/[^\s#/]+)*)(?=\s|$)", re.I)


def hashtags(text: str) -> list[str]:
    """Obsidian/Bear hashtags as Anki tags: ``#biology/cells #exam-prep`` -> ``biology::cells``, ``exam-prep`` (a nested
    tag's ``/`` is Anki's ``::``); a tag needs a letter (``#1`` is a number)."""
    return [t.replace("/", "::") for t in _TAG_WORD.findall(text) if any(c.isalpha() for c in t)]


def _deck_tags(blocks: list[TopBlock]) -> tuple[str, ...]:
    """The Obsidian SR deck tags a page gives its cards, as Anki tags ('#flashcards/spanish' ->
    'flashcards::spanish'): a paragraph of tags only, or the tag lines that open a paragraph (the deck tag written
    on the line right above a multi-line card, with no blank line between: T31-69)."""
    found = [
        m.group("tag").replace("/", "::")
        for b in blocks
        if b.type == "paragraph_open" and len(b.tokens) > 1
        for line in _opening_tags(b)
        for m in _DECK_TAG.finditer(line)
    ]
    return tuple(dict.fromkeys(found))


def _opening_tags(block: TopBlock) -> list[str]:
    """The lines of tags only that open a paragraph (all of them for a paragraph of tags only)."""
    own = block.tokens[1].content.split("\n")
    return own[: _leading_tag_lines(own)]


def _leading_tag_lines(own: list[str]) -> int:
    """How many of a paragraph's first lines hold only tags (``#flashcards``, ``#flashcards/pharm #exam``)."""
    k = 0
    while k < len(own) and tags_only(own[k]):
        k += 1
    return k


def _reversed_cards(block: TopBlock, lines: list[str]) -> set[int]:
    """Lines (1-based) of the cards a paragraph asks both ways, Obsidian SR style: ``Term:::answer``, or a
    ``question / ?? / answer`` paragraph (``::`` and ``?`` ask one way)."""
    if block.type != "paragraph_open" or block.start >= len(lines):
        return set()
    own = [unbold_label(line) for line in lines[block.start : block.end]]
    split = next((k for k, line in enumerate(own) if line.strip() in ("?", "??")), None)
    if split is not None:
        return {block.start + 1} if own[split].strip() == "??" else set()
    return {block.start + 1 + k for k, line in enumerate(own) if (m := inline_card(line)) and line[m.end("q") :].lstrip().startswith(":::")}




# a heading that labels a part of the answer above it (learner L45)
_PART_HEADING = re.compile(
    r"^(?i:(?:for\s+)?examples?|code(?:\s+examples?)?|(?:example|sample)\s+(?:code|usage|output)|output|syntax|usage|notes?"
    r"|samples?|demo|result|illustration|beispiel|exemple|ejemplo|esempio|exemplo|пример|例"
    # a page's notes in the languages deckc reads ('## Σημειώσεις' among question headings: trial29 T29-57, a card of
    # its own where '## Notes' went on the answer above), and its examples
    r"|notizen|anmerkungen?|hinweise?|bemerkungen?|notas?|observaciones|remarques?|appunti|osservazioni|observações"
    r"|notatki|uwagi|poznámky|poznamky|opmerkingen|aantekeningen|anteckningar|noter|merknader|muistiinpanot|huomautukset"
    r"|jegyzetek|megjegyzések|σημειώσεις|σημειωσεις|παρατηρήσεις|заметки|примечани[ея]|примітки|нотатки|notlar|catatan"
    r"|ghi\s+chú|lưu\s+ý|备注|備註|注释|註釋|笔记|筆記|メモ|注記|備考|메모|참고|비고|הערות|ملاحظات|یادداشت(?:‌ها)?|टिप्पणी|नोट्स"
    r"|beispiele|exemples|ejemplos|esempi|exemplos|примеры|przykłady?|příklady?|voorbeelden|voorbeeld|exempel|eksempler?"
    r"|esimerkit|esimerkki|példák?|örnekler|örnek|contoh|ví\s+dụ|παράδειγμα|παραδείγματα|приклади?|示例|例子|例题|例題|예시|예제)\s*\d*\s*[:.：]?$"
)
# a heading that only labels the question below it: 'Q1', 'Question 3', 'Exercise 2', '#12', '12'
# a task's polite imperative, as tickets and worksheets set them: 'Напишите …', 'Добавьте …', 'Écrivez …', 'Schreiben Sie …'
_IMPERATIVE = re.compile(r"^(?:[А-ЯЁ][а-яё]+(?:ите|йте)|[A-ZÉ][a-zé]+ez|[A-ZÄÖÜ][a-zäöüß]+en\s+Sie)\b")
TASKS_MIN = 2  # numbered tasks over their code under one heading that make them questions
_PART_LETTER = re.compile(r"^\s*(?P<part>[a-zа-яё])[.)]?\s*$", re.I)  # '3. а' / the task on the next line (T14-41)


def _heading_above(blocks: list[TopBlock], n: int) -> int | None:
    """The index of the nearest heading before block ``n``, or None."""
    return next((k for k in range(n - 1, -1, -1) if blocks[k].type == "heading_open"), None)


def _numbered_tasks(blocks: list[TopBlock], lines: list[str]) -> dict[int, str]:
    """Numbered entries each right over the code that answers it ('1. Напишите программу, которая …' / a code fence /
    '2. Напишите полную HTML страницу …' / its HTML: exam tickets, trial14 T14-40), at least TASKS_MIN under one
    heading, half of them or more asking or setting a task: ``{block index: the task's text}`` (a part letter alone on the entry's first
    line, '3. а' / 'Добавьте …', leads the task: T14-41)."""
    found: dict[int, str] = {}
    group: dict[int, str] = {}
    tasked = 0  # of the group's entries, those that ask or set a task (the others are questions by their place)
    toggled = False  # inside a '<details>' toggle: its steps over code are its answer's (trial23 T23-37)
    for n, block in enumerate(blocks):
        if block.type == "html_block":
            html = block.tokens[0].content.lower()
            opened, closed = html.rfind("<details"), html.rfind("</details")
            toggled = opened > closed if max(opened, closed) >= 0 else toggled
        if block.type == "heading_open":
            found.update(group if len(group) >= TASKS_MIN and 2 * tasked >= len(group) else {})
            group, tasked = {}, 0
            continue
        if toggled:
            continue
        if block.type != "ordered_list_open" or n + 1 >= len(blocks) or blocks[n + 1].type not in ("fence", "code_block"):
            continue
        entry = [t for t in block.tokens if t.type == "inline"]
        if len(entry) != 1 or block.end > len(lines):
            continue
        own = [line.strip() for line in entry[0].content.split("\n") if line.strip()]
        part = _PART_LETTER.match(own[0]) if len(own) > 1 else None
        text = squash(" ".join(own[1:] if part else own))
        if not text:
            continue
        asks = text.rstrip().endswith(QUESTION_MARKS) or opens_asking(text) or opens_task(text) or _TASK_SENTENCE.match(text)
        group[n] = f"{part.group('part')}) {text}" if part else text
        tasked += bool(asks or _CODE_TASK.match(text) or _IMPERATIVE.match(text))
    found.update(group if len(group) >= TASKS_MIN and 2 * tasked >= len(group) else {})
    return found


def _headings_over(blocks: list[TopBlock], tasks: dict[int, str]) -> set[int]:
    """The headings right over numbered tasks (past a short label paragraph, 'Вариант 2'): their section."""
    over: set[int] = set()
    for n in tasks:
        k = n - 1
        while k >= 0 and blocks[k].type not in ("heading_open",) and (k + 1 in tasks or blocks[k].type in ("fence", "code_block", "paragraph_open")):
            k -= 1
        if k >= 0 and blocks[k].type == "heading_open":
            over.add(k)
    return over


def _options_at(answer: list[TopBlock], lines: list[str]) -> int:
    """The index of the first block of lettered options in a question's text ('A) 53' / 'B) 64' …, as lines or a list), or
    0 when there is none (or it is first: nothing asks above it)."""
    for k, block in enumerate(answer):
        if block.start + 1 >= len(lines):
            break
        if block.type in ("paragraph_open", "bullet_list_open", "ordered_list_open") and _plain_options(
            [_LIST_MARK.sub("", line.strip(), count=1) for line in lines[block.start : block.start + 2]], 0
        ):
            return k
    return 0


# a key in brackets at the end of the question, a self-graded mark after it: '…正确的是（BC）✅', '… this (A)❌'
_TITLE_KEY = re.compile(r"\s*[(（]\s*`?(?P<key>[A-H]{1,5})`?\s*[)）]\s*[✅❌✔✘✓✗☑☒]?\ufe0f?\s*$")
def _labels_answer(line: str) -> bool:
    """A list entry's line opened by an answer label, bulleted or bold or not (``- **Answer:** A WAN …``)."""
    return has_answer_label(_BOLD_LEAD.sub(r"\g<label>", BULLET.sub("", _ENTRY_BULLET.sub("", line, count=1), count=1).strip(), count=1))


def _label_as_written(label: str, original: str) -> str:
    """A sub-entry's label (kept lower-cased) as its entry writes it (``- Hard RTOS: …``, never 'Hard rtos'; sitting
    54), else with a capital."""
    m = re.search(r"(?im)^[ \t]*(?:[-*+][ \t]+)?(?:\*\*|__)?(" + re.escape(label) + r")(?:\*\*|__)?[ \t]*[:：]", original)
    return m.group(1) if m else f"{label[:1].upper()}{label[1:]}"


_NUMBERED_ENTRY = re.compile(r"^[ \t]{0,3}\d{1,3}[.)][ \t]+(?P<q>\S.*)$")  # '2. What is a wide area network (WAN)?'


def _one_entry(block: TopBlock, bullets: bool = False) -> bool:
    """An ordered list (or with ``bullets`` any list) of one entry holding one paragraph ('1. Which option …?')."""
    types = [t.type for t in block.tokens]
    kinds = ("ordered", "bullet") if bullets else ("ordered",)
    return any(
        types == [f"{kind}_list_open", "list_item_open", "paragraph_open", "inline", "paragraph_close", "list_item_close", f"{kind}_list_close"]
        for kind in kinds
    )


def _asking_entry(block: TopBlock) -> bool:
    """An ordered list of one entry whose first paragraph ends asking, more under it (its options indented under it:
    '1. Which port does HTTPS use?' / '   A) 80' …), as a numbered quiz puts one question over each answer toggle."""
    if block.type != "ordered_list_open":
        return False
    types = [t.type for t in block.tokens]
    if types.count("list_item_open") != 1 or types[1:4] != ["list_item_open", "paragraph_open", "inline"]:
        return False
    text = plain_inline(block.tokens[3].children or [])
    return text.rstrip(CLOSERS).endswith(QUESTION_MARKS)


def _first_line_asks(block: TopBlock, source: SourceConfig) -> bool:
    """Whether a block's first line asks: a heading's text, a paragraph's line up to its first break ('**Why did …?**'
    over 'Because …' on the next line asks as well as a paragraph that is all question)."""
    children = _first_inline(block).children or []
    cut = next((k for k, t in enumerate(children) if t.type in ("softbreak", "hardbreak")), len(children))
    return split_question(plain_inline(children[:cut], code=True), source).asks


def _first_inline(block: TopBlock) -> Token:
    """The first inline token of a block (a paragraph's text, a one-entry list's entry); an empty one for a block
    without text (a code block asked about over an answer toggle: trial11 P53, an internal error)."""
    return next((t for t in block.tokens if t.type == "inline"), Token("inline", "", 0, content="", children=[]))


# A heading that only labels the question written under it: its number, in any language, and perhaps a level
# or kind in brackets ('Question 1 (Recall)', 'Câu 2 (Thông hiểu)', 'Aufgabe 3 [leicht]', '問題1（基本）': learner3 N7)
# a heading numbered under a label, as exercise notebooks and worksheets number their steps ('### Step 3. Assign it
# to a variable called chipo.', 'Task 2: …', 'Aufgabe 4. …'): numbered like its siblings (trial22 T22-12)
_LABELLED_NUMBER = re.compile(
    r"^(?i:step|task|exercise|problem|question|q|part|aufgabe|übung|ejercicio|pregunta|paso|étape|exercice|esercizio"
    r"|задание|задача|шаг|вопрос)\s*(?:[#№]\s*)?\d{1,3}[a-z]?\s*[.:)]\s+\S"
)
_LABEL_ONLY = re.compile(
    r"^(?:(?i:q|question|exercise|problem|task|quiz|frage|aufgabe|übung|exercice|ejercicio|pregunta|domanda|esercizio"
    r"|pergunta|questão|questao|exercício|vraag|opgave|pytanie|zadanie|soru|soal|latihan|câu hỏi|câu|bài tập|bài|qüestió|questió|exercici"
    r"|вопрос|задача|задание|питання|завдання|問題|问题|問|题|題|문제|문항|练习|練習|习题|習題|自测|自測|演習"
    # ('## Slide 3' / 'Michelangelo, *David*, 1501–1504' / 'What material is it carved from?': a slide-ID page's
    # numbered slide, picture or specimen, as 'Question 3' is)
    r"|slide|folie|diapositiva|diapositive|slajd|слайд|幻灯片|スライド|image|picture|photo|specimen|exhibit|artwork|painting"
    rf"|{QUESTION_WORDS})\s*(?:[#№]\s*)?|[#№]\s*|第\s*)?"  # (every language's question word: T29-55)
    r"(?P<n>\d{1,4}(?:\.\d{1,3}){0,3}[a-z]?)\s*[.:)]?\s*(?:[题題問]\s*)?"  # ('**Q1.1.1**': a section's numbering, T61)
    r"(?:`?[(（\[【](?P<tag>[^()（）\[\]【】`]{1,60})[)）\]】]`?\s*)?$"  # ('`[KTU University Exam – July 2024]`': its source, T15-85)
)
# a label that sets a task ('Exercise 3', 'Problem 2', 'Aufgabe 1'), not one that names a thing shown ('Slide 3', 'Exhibit 2')
_ASKING_LABEL = re.compile(
    r"^(?i:exercise|problem|task|frage|aufgabe|übung|exercice|ejercicio|esercizio|exercício|opgave|zadanie|задача|задание|завдання)"
    r"\s*(?:[#№]\s*)?\d{1,4}[a-z]?\s*[.:)]?\s*$"
)
_BOLD_TITLE_ONLY = re.compile(r"^\s{0,3}(\*\*|__)(?P<t>[^*_\n]{2,60}?)\s*[:：]\s*\1\s*$")  # '**Zależności funkcyjne:**'


_ASKED_COUNT = re.compile(r"(?i)\b(two|three|four|five|six|[2-6])\s+(?:main\s+|key\s+|basic\s+|major\s+)?[a-z]")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _other_count(question: str, lines: int) -> bool:
    """A question that says how many things it asks for, over another number of lettered lines ('What are the three
    main areas in Git?' over four 'a) Input, Process, Output' lines): the lines are options to choose from, not the
    answer's own list (trial42 T42-10: the quiz's one card had the four options as its back)."""
    m = _ASKED_COUNT.search(question)
    return bool(m) and _COUNTS.get(m.group(1).lower(), int(m.group(1)) if m.group(1).isdigit() else 0) != lines


def _block_index(blocks: list[TopBlock], current: _Open) -> int:
    """The index of the open question's own block among ``blocks`` (-2 when it is none of them)."""
    return next((k for k, b in enumerate(blocks) if b is current.block), -2)


# a link to another page of the same site or repository, alone: '[00_Overview.md](00_Overview.md)'
_FILE_LINK = re.compile(r"^\[[^\]]*\]\((?![a-z][\w+.-]*:)[^)\s]+\.(?:md|mdx|html?|ipynb|rst|txt)(?:#[^)\s]*)?\)\.?$", re.I)
_BRACKETED_ONLY = re.compile(r"^`?[(（\[【][^()（）\[\]【】`]{1,60}[)）\]】]`?$")  # a heading's text that is only a tag
ASKING_PARAGRAPHS = 4  # a label heading's scenario paragraphs before the one that asks, at most


# a heading that numbers an exercise and names its topic: '### 🔋 **2. Lei de Ohm**', '## 3) Photosynthesis'
_TITLED = re.compile(r"^\W{0,4}(?P<n>\d{1,3})[.)]\s+(?P<title>\S.{0,80})$")


# a question label, its number and the topic it titles ('Câu 1: Bào quan', 'Frage 2 – Zellatmung', 'Question 3: Cells')
_LABEL_TOPIC = re.compile(rf"^(?i:{QUESTION_LABEL_WORD})[ \t]*+(?P<n>\d{{1,3}})[ \t]*+[:：.)\-–—][ \t]*+(?P<title>[^?？\s][^?？]{{0,79}})$")


def _titled_exercise(text: str, body: list[TopBlock], source: SourceConfig, lines: list[str]) -> re.Match[str] | None:
    """A numbered topic heading over the exercise it titles: the paragraph right under it asks and its options follow
    (a list, or lines 'a) …' / 'b) …'): learner5 L3, an exam-prep page whose fronts were the topic titles with the
    question, options and key on the back. Its match (number, title), else None."""
    m = _TITLED.match(squash(text))
    labelled = None if m is not None else _LABEL_TOPIC.match(squash(text))
    m = m or labelled
    # (a template's comments between the heading and its question: its kind and points, T33-14)
    body = [b for b in body if not (b.type == "html_block" and _COMMENT_BLOCK.match(b.tokens[0].content))]
    if m is None or text.rstrip().endswith(QUESTION_MARKS) or len(body) < 2 or body[0].type != "paragraph_open":
        return None
    if opens_asking(m.group("title")):
        return None  # '1. ### What is the purpose of the array slice method' over 'It … takes two arguments:' / a list (T19-28)
    stem = plain_inline(body[0].tokens[1].children or [], code=True)
    # ('## Câu 3: Nhân tế bào' / 'Nêu chức năng của nhân tế bào.' / '**Đáp án:** …': a labelled exercise's topic over
    # its task, answered under it, T33-14)
    answered = bool(labelled) and body[1].type == "paragraph_open" and body[1].start < len(lines) and has_answer_label(unbold_label(lines[body[1].start]).lstrip())
    if not split_question(stem, source).asks and (not stem.rstrip().endswith((":", "：")) or labelled) and not answered:
        return None  # ('Esse aquecimento é explicado pelo:' over its options asks too: learner5 L34; not under a label:
        # '### Questão 5: Cenário Real' / 'Seu fluxo tem 3 passos:' / its steps / the paragraph that asks, T15-45)
    if body[0].start < len(lines) and has_question_label(unbold_label(lines[body[0].start]).lstrip()):
        return None  # ('## 3. Review questions' over '**Question 1.** …?': a section of labelled questions, N6)
    if not split_question(stem, source).asks and (len(stem.split()) <= 2 or _labelled_list(body[1], lines)):
        return None  # ('**Problem**:' over its points; 'A checkpoint includes:' over '- **RNG State**: …': notes)
    at = 2 if len(body) > 2 and _exhibit(body[1]) else 1  # (the formula or code it is about, then the options: L34)
    options = body[at].type in ("bullet_list_open", "ordered_list_open") or (
        body[at].type == "paragraph_open" and body[at].start < len(lines) and option_line(lines[body[at].start])
    )
    if options and not split_question(stem, source).asks and not _lettered_or_keyed(body, at, lines):
        return None  # ('Checkpoints enable recovery from:' over '- Hardware failures' …, no key: a note's points, T27-38)
    return m if options or answered else None


def _lettered_or_keyed(body: list[TopBlock], at: int, lines: list[str]) -> bool:
    """Whether the list at ``body[at]`` reads as an exercise's options: lettered or boxed (``a) …``, ``- [ ] …``), or
    followed by an answer label or key (``**Gabarito: c)**``). A stem ending in ':' that asks nothing over plain points
    with no answer after them is a note leading in its list (trial27 T27-38)."""
    first = lines[body[at].start] if body[at].start < len(lines) else ""
    entry = re.sub(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+", "", first)
    if option_line(first) or option_line(entry):
        return True
    return any(b.start < len(lines) and answer_line(lines[b.start]) for b in body[at + 1 :])


_TERM_ENTRY = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)\s*[:：—–-]")


def _labelled_list(block: TopBlock, lines: list[str]) -> bool:
    """A list whose entries are mostly '- **Term**: what it is': a note's points, never a question's options."""
    if block.type not in ("bullet_list_open", "ordered_list_open"):
        return False
    entries = [line for line in lines[block.start : block.end] if re.match(r"^\s*(?:[-*+]|\d{1,3}[.)])\s", line)]
    return bool(entries) and 2 * sum(1 for e in entries if _TERM_ENTRY.match(e)) > len(entries)


def _scenario_asks(blocks: list[TopBlock], source: SourceConfig) -> int:
    """The index of the paragraph that asks after a scenario of text, lists, code or tables (``Seu fluxo … tem 3 passos:``
    / the steps / ``Se passo 2 falhar …?``), followed by an answer label; 0 when there is none."""
    for k, block in enumerate(blocks[: ASKING_PARAGRAPHS + 3]):
        if block.type not in _ASKED_WITH and not block.type.endswith("list_open"):
            return 0
        if block.type != "paragraph_open" or not k:
            continue
        if split_question(plain_inline(block.tokens[1].children or [], code=True), source).asks:
            nxt = blocks[k + 1] if k + 1 < len(blocks) else None
            labelled = nxt is not None and nxt.type == "paragraph_open" and bool(_LABEL_PARAGRAPH.match(plain_inline(nxt.tokens[1].children or []).strip()))
            return k if labelled else 0
    return 0


def _asking_paragraph(blocks: list[TopBlock], source: SourceConfig, lines: list[str] | None = None) -> int:
    """Under a heading that is only a label ('## Question #3', exam dumps), the index of the paragraph that asks
    when it follows one to a few paragraphs of scenario, or of the last of them when a list (the options) follows
    them ('… What should it do first? Cost matters most.' asks mid-paragraph), or option lines ('A) I e II' / 'B) …'
    under a lead-in, statements 'I. …' and 'Está correto apenas o que se afirma em:': trial16 T16-9): 0 when there
    is none."""
    for k, block in enumerate(blocks[: ASKING_PARAGRAPHS + 1]):
        if block.type in ("bullet_list_open", "ordered_list_open") and k >= 2:
            return k - 1
        if k >= 2 and lines is not None and block.type == "paragraph_open" and _plain_options(lines, block.start):
            return k - 1
        if block.type != "paragraph_open":
            return 0
        if k and split_question(plain_inline(block.tokens[1].children or [], code=True), source).asks:
            return k
    return 0


_LONE_LETTER = re.compile(r"^(?P<indent>\s*)(?:\*\*|__)?\(?(?P<letter>[A-Ha-h])(?:[.)]|\))?(?:\*\*|__)?\s*$")
_LAYOUT_LINE = re.compile(r"^\s*(?:<|!!!|\?\?\?)")  # a toggle's tags, an admonition's title line
# the key in words before the letter, in any language deckc knows: 'الإجابة هي الخيار الرابع : D' ('the answer is the
# fourth option: D'), '#### 答案 B' (no colon): trial11 P99, translations of a quiz README
_WORDY_KEY = re.compile(
    rf"^(?P<indent>\s*)(?:#{{1,6}}\s+)?(?:\*\*|__)?(?:(?i:(?:the\s+)?(?:correct\s+)?answer)|{ANSWER_WORDS})(?:\*\*|__)?"
    r"(?:[^\n:：]{0,40}?[:：]|\s)\s*(?:\*\*|__)?\(?(?P<letter>[A-Ha-h])\)?\.?(?:\*\*|__)?\s*$"
)


# a key entry: '1. b', '2) C', '- 3: bd', '**4.** B', '5 - A, C'; several on a line: '1-b, 2-c', '1. B  2. C'
_PAGE_KEY_ENTRY = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*)?(?P<n>\d{1,3})(?:\*\*)?\s*[.):-]\s*(?:\*\*)?(?P<key>\S.{0,80}?)(?:\*\*)?\s*$")
# ('1 B – 2 C', '1 B, 2 C': the letter after a space alone, entries apart by dashes too: trial29 T29-32)
_PAGE_KEY_RUN = re.compile(r"(?:^|(?<=[\s,;–—]))(?P<n>\d{1,3})(?:\s*[.):-]\s*|[ \t]+)(?P<key>[A-Ha-h]{1,5})(?=$|[\s,;–—])")
# a key entry whose answer is its option in bold, then why: '1. **b) 10** - Reihe +2 (gerade Zahlen)'
_PAGE_KEY_BOLD = re.compile(r"^\s*(?:[-*+]\s+)?(?P<n>\d{1,3})\s*[.)]\s*(?:\*\*|__)(?P<key>[A-Ha-h])[.)][^*_]*(?:\*\*|__)\s*(?:[-–—:]\s*(?P<why>.*))?$")
PAGE_KEY_MIN = 2  # entries an answer key at a page's end needs
_QUALIFIER = re.compile(r"\s*(?:[-–—:]\s+|\()[^-–—:]{1,40}\)?\s*$")  # ' - Module 1', ' (Part 2)' after a section's name
# a key entry that names its question and its answer in words: '**Question 1 : Réponse B** - …', 'Q3: Answer C'
_PAGE_KEY_LABELLED = re.compile(
    r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?i:question|q|questão|pregunta|frage|domanda|вопрос)\s*(?P<n>\d{1,3})\s*[:.)-]?\s*"
    r"(?i:réponse|reponse|answer|respuesta|resposta|antwort|risposta|ответ)?\s*[:.]?\s*\(?(?P<key>[A-Ha-h])\)?(?:\*\*|__)?"
    r"(?:\s*[-–—:.]\s*(?P<why>.*))?$"
)


_ANCHORED = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)\s*\{#(?P<id>[A-Za-z0-9][\w.:/-]*)\}\s*$")
ANCHOR_HEADINGS = 2  # headings whose '{#id}' spells their own words that make a page's ids its anchors


def _heading_anchors(lines: list[str]) -> bool:
    """Whether a page's ``{#…}`` after headings are the anchors a site generator writes (Hugo and ox-hugo, pandoc,
    kramdown: ``## Collision resolution {#collision-resolution}``, ``#### Back {#back}`` on every exported page), not
    deckc's own question ids: one of them after a section's heading, right over a sub-heading (deckc's ids name
    questions), and an id said twice on the page or at least ANCHOR_HEADINGS headings whose id spells their words. Such ids stopped the
    whole deck as duplicates (trial12 U29: '9 errors; nothing was written')."""
    seen: set[str] = set()
    spelled = 0
    section = repeated = suffixed = False
    fences = list(in_fence(lines))
    titles = Counter(_spelled_words(h.group("text")) for line, fenced in zip(lines, fences, strict=True) if not fenced and (h := _ANCHOR_HEADING.match(line)))
    for k, (line, fenced) in enumerate(zip(lines, fences, strict=True)):
        m = None if fenced else _ANCHORED.match(line)
        if m is None:
            continue
        key = m.group("id").lower()
        repeated = repeated or key in seen
        seen.add(key)
        words = _spelled_words(m.group("text"))
        spelled += bool(words) and re.sub(r"[^a-z0-9]+", "", key).startswith(words[:12])
        # ('### 🔧 Setup {#setup-1}' on a page with an earlier '## 🔧 Setup': the '-1' a site generator gives a repeated
        # heading's anchor, as kramdown and GitHub do; in a translation too, trial42 T42-1)
        base = _GENERATOR_SUFFIX.match(key)
        suffixed = suffixed or bool(base and words and _spelled_words(base.group(1)) == words and titles[words] >= 2)
        below = next((x for x in lines[k + 1 :] if x.strip()), "")
        section = section or bool(re.match(r"^\s{0,3}#{1,6}\s", below))
    return suffixed or (section and (repeated or spelled >= ANCHOR_HEADINGS))  # (two questions given one id: still the user's error)


_ANCHOR_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.*?)\s*(?:\{#[^}\s]*\})?\s*$")
_GENERATOR_SUFFIX = re.compile(r"^(.+?)-\d{1,2}$")  # 'setup-1': a site generator's anchor for the second 'Setup'


def _spelled_words(text: str) -> str:
    """A heading's words as a site generator's anchor spells them, letters and digits only ('🔧 Setup' → 'setup')."""
    return re.sub(r"[^a-z0-9]+", "", re.sub(r"\{\{.*?\}\}|\(.*?\)\]?", "", text.lower()))


# 'When an event fires, the callback is queued': a condition and what follows it, a statement (not 'When is …?')
_CONDITION = re.compile(r"^(?i:when|whenever|if|while|once|after|before|where)\b[^?？]*?,\s*\S[^?？]*$")
TOLD_CHARS = 40  # a sentence ending in a full stop longer than this tells, whatever word opens it


def _told(text: str) -> bool:
    """A long sentence ending with a full stop ('**局部变量**只活在一个方法里，…，否则就报错。'): it tells, it does not ask,
    even when a word in it could ask ('是否', 'when'): learner5 L13, an answer's points were taken as questions."""
    bare = text.strip(" *_").rstrip(CLOSERS)
    return len(bare) > TOLD_CHARS and bare.endswith((".", "。", "!", "！"))


# a heading written as a task sentence: a capitalised verb-first instruction ending in a full stop ('Name the three parts
# of a nucleotide.', 'Compare mitosis and meiosis.'): among question headings it asks, wherever it stands (trial11 P112)
# the marks a task of an exam is worth, at its end: '(1 Punkt).', '(insgesamt 5 Punkte)', '(2,5 Punkte):', '(3 marks)'
_POINTS_MARK = re.compile(
    r"\(\s*(?:insgesamt\s+|total\s+|je\s+)?\d+(?:[.,]\d+)?\s*(?:punkte?|points?|pts?\.?|marks?|баллов|балла|балл|分|점|puntos?)"
    r"(?:\s*[^()]{0,20})?\)\s*[.:;]?\s*$",
    re.I,
)
_TASK_SENTENCE = re.compile(r"^[A-Z][a-z]+\s+\S.*[^.]\.$")
# a task that asks for a list or an account of several things ('List a few types of …', 'Name the parts of …',
# 'Explain the types of …'), never one whose entries are each a task ('Define the following terms', 'Match …')
_TASK_ASKS_LIST = re.compile(
    r"(?i)^\W*(?:list|name|enumerate|give|state|mention|outline|summari[sz]e|describe|explain|discuss|compare"
    r"|differentiate|distinguish)\b"
)
_HTML_TAG = re.compile(r"<[^>]*>")
_BOLD_LEAD_LABEL = re.compile(r"^\s*(\*\*|__)[^*_\n]{1,40}?[:：]\1\s*\S")  # '**True or False:** Azure regions …'

# a key entry that says its answer: '**1. Answer: A** - IaaS, PaaS, SaaS', '15. Answer: A, B, D, E', '3) Respuesta: c'
_PAGE_KEY_SAID = re.compile(
    rf"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?P<n>\d{{1,3}})\s*[.):]\s*(?:\*\*|__)?\s*(?i:(?:correct\s+)?answer|{ANSWER_WORDS})\s*[:：]\s*"
    r"(?P<key>[A-Ha-h](?:\s*(?:,|and|&)\s*[A-Ha-h])*)\)?\.?(?:\*\*|__)?(?:\s*[-–—:]\s*.*)?\s*$"
)
# an explanation line under a key entry: '*Explanation:* …', 'Explanation: …', '**Rationale:** …'
# a line indented under a key entry, a bullet or not: '   - Explanation: you can go back …', '   It creates the folder'
_KEY_INDENTED = re.compile(r"^[ \t]{2,}(?:[-*+]\s+)?(?P<text>\S.*)$")
_KEY_EXPLAINED = re.compile(r"^\s*(?:\*\*|__|\*|_)?(?i:explanation|rationale|why|explicación|explicação|explication|erklärung)\s*[:：]?(?:\*\*|__|\*|_)?\s*[:：]?\s*(?P<text>\S.*)$")


def _page_key(blocks: list[TopBlock], lines: list[str], explained: dict[str, str] | None = None) -> tuple[dict[str, str], int, int]:
    """The answer key a page ends with (a heading ``Answers`` / ``Answer key`` / ``答案`` over numbered entries and
    nothing else: ``1. b``, ``2) C``, ``1-b, 2-c``): ``({number: key}, its heading's block, the block after it)``;
    ``({}, -1, -1)`` when there is none. An exam whose numbered questions (``**3.** …``, ``### Question 3``) stand
    over lettered options, a figure between them, and whose answers come at the end gave basic cards of the bare
    options (backlog N25). ``explained`` is filled with the explanations under its entries, by number (U2)."""
    explained = {} if explained is None else explained
    failed = 7  # the level of the last key heading found over no key (7: none yet)
    # ('## Question 1' / 'How …?' / '## Answer' / '1. Run …': that question's answer label over its steps, never the page's
    # key, which comes once after the last question: sitting 42, question 1 had 'no answer' and its steps were the key)
    labels = _label_answers(blocks)
    for n, block in enumerate(blocks):
        explained.clear()
        if block.type == "paragraph_open" and (labelled := _labelled_page_key(blocks, n, lines)) is not None:
            return labelled[0], n, labelled[1]  # ('정답' / '1. ③', '정답: 1-③ 2-①': a key under a label line, T24-23)
        # ('## Réponses - Module 1', 'Answers (Part 2)': a key section named with its part, trial11 P39)
        if block.type != "heading_open" or not _key_heading(squash(plain_inline(block.tokens[1].children or []))):
            continue
        if block.level >= failed:
            continue  # (after a key heading over no key, only a section above its level may hold the page's key)
        if _answer_subheading(blocks, n) or n in labels:
            continue  # ('## What are the phases of mitosis?' / '### Answer' / '1. Prophase' …: its answer, trial38 T38-2)
        end = next((k for k in range(n + 1, len(blocks)) if blocks[k].type == "heading_open" and blocks[k].level <= block.level), len(blocks))
        found: dict[str, str] = {}
        last = ""  # the entry an '*Explanation:* …' line under it explains
        unread = False
        part = ""  # the part or chapter the entries so far are under ('### Chapter 2', '**Teil B**'): their ids start with it
        lettered = ""  # the entry that named its option by letter last, whose indented lines explain it (T42-3)
        before_part: tuple[int, dict[str, str]] | None = None  # (a sub-heading's block, the entries above it)
        for at, b in enumerate(blocks[n + 1 : end], n + 1):
            if b.type == "hr" or (b.type == "html_block" and _tags_only(b)) or not _HTML_TAG.sub("", "".join(lines[b.start : b.end])).strip():
                continue  # ('<small>' … '</small>' around a slide's key, its closing rule, an '<a id="answers"></a>' anchor)
            if b.type == "heading_open" and b.level > block.level and len(found) >= PAGE_KEY_MIN and at + 1 < end and not _key_block(blocks[at + 1], lines):
                end = at  # '### Bagian B: Uraian' over the essays' model answers after the letters' table: the key ends (T15-18)
                break
            if b.type == "heading_open" and b.level > block.level:
                part = _part_id(squash(plain_inline(blocks[at].tokens[1].children or [])))  # ('### Chapter 2': T30-10)
                before_part, lettered = (at, dict(found)), ""
                continue  # '### Section 1: Cloud Concepts (Questions 1-15)' inside the key (trial12 U2)
            if b.type == "table_open" and (pairs := _key_table(lines[b.start : b.end], explained)):
                found.update((f"{part}{k}", v) for k, v in pairs.items())  # '| No | Jawaban | No | Jawaban |' / '| 1 | B | 11 | C |' (T15-18)
                continue
            if b.type not in ("paragraph_open", "ordered_list_open", "bullet_list_open"):
                unread = True  # (no key here: a later key heading may hold it, '#### Answer' over an answer first: T15-48)
                break
            for row, line in enumerate(lines[b.start : b.end]):
                if not line.strip():
                    continue
                if (alone := part_alone(line)) is not None:
                    part = _part_id(alone)  # '**Chapter 3**' over its entries or table (T30-10)
                    continue
                if (lead := _PART_KEY_LEAD.match(line)) is not None and (said_part := part_alone(lead.group("part"))) is not None:
                    part, line = _part_id(said_part), line[lead.end() :]  # '**Chapter 1:** 1-B, 2-A': its part's entries
                said = _PAGE_KEY_SAID.match(line)
                if said is not None:  # '**1. Answer: A** - IaaS, PaaS, SaaS', '**15. Answer: A, B, D, E** - …' (U2)
                    last = lettered = f"{part}{said.group('n')}"
                    found[last] = "".join(re.findall(r"[A-Ha-h]", said.group("key")))
                    continue
                if lettered and b.type == "ordered_list_open" and line[:1] in " \t" and (said_why := _KEY_INDENTED.match(line)):
                    # ('1. **b) A system …**' over '   - Explanation: you can go back …', '   - It creates the .git folder':
                    # its explanation, a bullet under the entry; T42-3: the key was no key, every question unkeyed)
                    text = said_why.group("text").strip()
                    text = why.group("text").strip() if (why := _KEY_EXPLAINED.match(text)) else text
                    explained[lettered] = " ".join(x for x in (explained.get(lettered, ""), text) if x)
                    continue
                why = _KEY_EXPLAINED.match(line)
                if why is not None and last:  # '*Explanation:* The three main …' under its entry: that question's
                    explained[last] = " ".join(x for x in (explained.get(last, ""), why.group("text").strip()) if x)
                    continue
                labelled = _PAGE_KEY_LABELLED.match(line)
                if labelled is not None:  # '**Question 1 : Réponse B** - Le MTA …' (trial11 P39)
                    last = lettered = f"{part}{labelled.group('n')}"
                    found[last] = labelled.group("key")
                    if (labelled.group("why") or "").strip():  # its explanation after the dash: that question's back
                        explained[last] = labelled.group("why").strip()
                    continue
                run = list(_PAGE_KEY_RUN.finditer(line))
                if len(run) > 1 and not _PAGE_KEY_RUN.sub("", line).strip(" \t,;"):
                    found.update((f"{part}{m.group('n')}", m.group("key")) for m in run)
                    continue
                bold = _PAGE_KEY_BOLD.match(line)
                if bold is not None:  # '22. **d) 94** - Muster: ×2+2, … (a long explanation)' (trial15 T15-1)
                    last = lettered = f"{part}{bold.group('n')}"
                    found[last] = bold.group("key")
                    if (bold.group("why") or "").strip():
                        explained[last] = bold.group("why").strip()
                    continue
                m = _PAGE_KEY_ENTRY.match(line)
                if m is None and len(found) >= PAGE_KEY_MIN and row == 0 and b.type == "paragraph_open":
                    end = at  # '**Punkte Teil 1: ___ / 10**' after the entries: the key ended (trial15 T15-2)
                    break
                if m is None:
                    unread = True
                    break
                lettered = ""
                found[f"{part}{m.group('n')}"] = m.group("key")
            else:
                continue
            break
        if unread and before_part is not None and len(before_part[1]) >= PAGE_KEY_MIN:
            # ('### Multiple Choice Answers' / '1. **b) …**' … then '### Short Answer Explanations' / '5. **Git vs. GitHub**' /
            # '   - Git: …': the key ends where its part that is no key begins, its entries above kept: T42-3)
            (end, found), unread = before_part, False
            explained_ = {k: v for k, v in explained.items() if k in found}
            explained.clear()
            explained.update(explained_)
        if unread:
            failed = block.level  # ('#### Answer' over one answer, then '## Clave de Respuestas': T15-48)
            continue
        numbers = [k.rpartition("#")[2] for k in found]
        if len(set(numbers)) == len(numbers):  # (the numbers go on across the parts: one run, keyed by number alone)
            found = {k.rpartition("#")[2]: v for k, v in found.items()}
            explained.update({k.rpartition("#")[2]: explained.pop(k) for k in list(explained) if "#" in k})
        return (found, n, end) if len(found) >= PAGE_KEY_MIN else ({}, -1, -1)
    return {}, -1, -1


def _answer_subheading(blocks: list[TopBlock], n: int) -> bool:
    """The key heading at ``n`` stands right under a heading of a higher level, nothing between them but a paragraph
    (the question's own text): ``## What are the phases of mitosis?`` / ``### Answer`` / ``1. Prophase`` …, or a bank's
    ``## Q: …`` / ``### Answer`` record. Its numbered list is that question's answer, never the page's key, which keys
    questions above it (trial38 T38-2: the question 'had no answer' and its list was 'text outside any question')."""
    above = next((k for k in range(n - 1, -1, -1) if blocks[k].type == "heading_open"), None)
    if above is None or blocks[above].level >= blocks[n].level:
        return False
    between = [b for b in blocks[above + 1 : n] if not b.boilerplate()]
    return not between or (len(between) == 1 and between[0].type == "paragraph_open")


# a key line that names its part before its entries: '**Chapter 1:** 1-B, 2-A', 'Teil B: 1-d, 2-b'
_PART_KEY_LEAD = re.compile(r"^\s*(?P<part>(?:\*\*|__)?[^\W\d_][^:：\n*_]{0,30}?(?:\*\*|__)?\s*[:：](?:\*\*|__)?)\s+(?=\d)")


def _part_id(name: str) -> str:
    """The prefix of the ids of a page key's entries under a part ('Chapter 2' -> 'chapter 2#'), or "" for none: a key in
    parts keys each part's questions, numbered from 1 again, by part and number (trial30 T30-10)."""
    part = part_named(name)
    return f"{part[0]} {part[1]}#" if part is not None else ""


def page_key_id(key: dict[str, str], number: str, labels: PartLabels) -> str:
    """The id of a question's entry in a page key: its number, or the part it is in and its number when the key is in
    parts ('kapitel 2#1'), or the number when no entry is so named."""
    if number in key:
        return number
    ids = [f"{word} {n}#{number}" for word, n in labels.items()] + [f" {n}#{number}" for n in labels.values()]
    return next((i for i in ids if i in key), number)


def _labelled_page_key(blocks: list[TopBlock], n: int, lines: list[str]) -> tuple[dict[str, str], int] | None:
    """``({number: key}, the block after it)`` of a key a page ends with under a label line of its own, not a heading
    (``정답`` / ``**Answers:**`` over ``1. ③`` / ``2. ①`` …), or with its entries on the label's line (``정답: 1-③ 2-①
    3-④``, ``Answers: 1-C, 2-A``), every entry an option's letter (circled ones read as letters before); None when the
    paragraph at ``n`` is no such key, or anything but headings follows it (T24-23: the key line was the last
    question's answer, every other question "none marked correct")."""
    own = [line for line in lines[blocks[n].start : blocks[n].end] if line.strip()]
    lead = _KEY_LEAD.match(own[0]) if own else None
    if lead is None or not _key_heading(squash(own[0][: lead.start("entries")].strip().strip("*_").rstrip(":：").strip())):
        return None
    rows = [lead.group("entries"), *own[1:]]
    end = n + 1
    while end < len(blocks) and blocks[end].type in ("paragraph_open", "ordered_list_open", "bullet_list_open"):
        rows += [line for line in lines[blocks[end].start : blocks[end].end] if line.strip()]
        end += 1
    if end < len(blocks) and blocks[end].type != "heading_open":
        return None  # (text after it: no key at the page's end)
    found: dict[str, str] = {}
    for row in (r.strip() for r in rows):
        if not row:
            continue
        run = list(_PAGE_KEY_RUN.finditer(row))
        if run and not _PAGE_KEY_RUN.sub("", row).strip(" \t,;–—"):
            found.update((m.group("n"), m.group("key")) for m in run)
            continue
        m = _PAGE_KEY_ENTRY.match(row)
        if m is None or not re.fullmatch(r"[A-Ha-h]{1,5}[.)]?", m.group("key").strip()):
            return None  # ('**Answer:**' over '1. Prophase' / '2. Metaphase': one question's answer, in order)
        found[m.group("n")] = m.group("key").strip().rstrip(".)")
    return (found, end) if len(found) >= PAGE_KEY_MIN else None


def _key_heading(text: str) -> bool:
    """A key section's heading: 'Answers', 'Answer key - Module 1', or its key word before the part it keys ('✅ LÖSUNGEN
    LOGISCHES DENKEN': trial15 T15-1); what is under it must be a key, entry by entry, for it to be read as one."""
    if KEY_SECTION.match(_QUALIFIER.sub("", text)):
        return True
    words = text.split()
    lead = 1 if words and not re.search(r"\w", words[0]) else 0  # ('✅', '📝' before the word)
    return any(KEY_SECTION.match(" ".join(words[: lead + k])) for k in (1, 2) if len(words) > lead + k)


def _key_block(block: TopBlock, lines: list[str]) -> bool:
    """Whether a block under a key's sub-heading goes on with the key: a table of pairs, or entries '1. b'."""
    if block.type == "table_open":
        return bool(_key_table(lines[block.start : block.end]))
    first = next((line for line in lines[block.start : block.end] if line.strip()), "")
    return block.type in ("paragraph_open", "ordered_list_open", "bullet_list_open") and bool(
        _PAGE_KEY_ENTRY.match(first) or _PAGE_KEY_SAID.match(first) or _PAGE_KEY_LABELLED.match(first) or _PAGE_KEY_RUN.match(first)
    )


def _key_tables(heading: str, given: list[TopBlock], lines: list[str]) -> list[int]:
    """The question numbers keyed by the tables that are all of a heading's text (``| Question | Answer |`` / ``| 1 | b
    |`` …, lines.key_column_numbers) when the page asks none of them (the questions are printed elsewhere, or written
    by a macro deckc does not expand: trial48 T48-16); empty otherwise. A key's table is under a key's heading
    (``Answer Key``) or names its columns question and answer: ``## Installing`` over ``| Step | Action |`` / ``| 1 |
    Open …|`` is a procedure, its heading's card."""
    text = [b for b in given if not b.boilerplate()]
    if not text or any(b.type != "table_open" for b in text):
        return []
    numbers: list[int] = []
    for block in text:
        rows = _card_rows(_table_rows(block))[0]
        column = key_column_numbers([cells[0] if cells else "" for _, cells in rows[1:]])
        head = rows[0][1] if rows else []
        named = len(head) >= 2 and column_role(head[0]) == "front" and column_role(head[1]) == "back"
        if not column or not (named or _key_heading(heading)):
            return []
        numbers += column
    return [] if set(numbers) & numbered_questions(lines) else numbers


def _key_table(rows: list[str], explained: dict[str, str] | None = None) -> dict[str, str]:
    """A key written as a table of (number, letter) cell pairs, one pair or more a row ('| No | Jawaban | No | Jawaban |' /
    '| 1 | B | 11 | C |'): {number: letter}; empty unless every body row is such pairs. A third column explains its row
    ('| No | Jawaban | Penjelasan |' / '| 1 | **B** | Forensik digital mencakup … |', trial16 T16-7): its text goes into
    ``explained`` by number."""
    found: dict[str, str] = {}
    body = [r for r in rows if r.strip() and not re.fullmatch(r"\s*\|?[\s:|-]+\|?\s*", r)][1:]  # (its header and rule)
    cells_of = [[c.strip().strip("*_") for c in row.strip().strip("|").split("|")] for row in body]
    if cells_of and all(len(c) == 3 for c in cells_of) and all(re.fullmatch(r"[PpQq]?\d{1,3}[.)]?", c[0]) and re.fullmatch(r"[A-Ha-h](?:\s*,\s*[A-Ha-h])*", c[1]) for c in cells_of):
        for number, key, why in cells_of:
            found[number.rstrip(".)").lstrip("PpQq")] = "".join(re.findall(r"[A-Ha-h]", key))  # ('| P1 | **C** | … |': T15-48)
            if why and explained is not None:
                explained[number.rstrip(".)").lstrip("PpQq")] = why
        return found
    for row in body:
        cells = [c.strip().strip("*_") for c in row.strip().strip("|").split("|")]
        if len(cells) % 2 or not cells:
            return {}
        for number, key in zip(cells[::2], cells[1::2], strict=True):
            if not number and not key:
                continue
            if not re.fullmatch(r"[PpQq]?\d{1,3}[.)]?", number) or not re.fullmatch(r"[A-Ha-h](?:\s*,\s*[A-Ha-h])*", key):
                return {}
            found[number.rstrip(".)").lstrip("PpQq")] = "".join(re.findall(r"[A-Ha-h]", key))
    return found


# a line that is only a picture ('![15번.PNG](https://…/b792.png)', '<img src="x.png">'), maybe after a hard break
_PICTURE_LINE = re.compile(r"^\s*(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>)\s*$", re.I)
_NUMBER_CELL = re.compile(r"^\s*#?\d{1,5}[.)]?\s*$")  # a row number ('3', '#3', '3.'): layout, never a front
# a question that says what it asks about comes after it: 'described below', 'the following', '다음은 …', '以下', '次の'
# a question that ends introducing what follows it: a colon, or a colon and an aside in brackets
_INTRODUCES = re.compile(r"[:：]\s*(?:[(（][^()（）]*[)）]\s*)?$")
_FOLLOWING = re.compile(r"\b(?:below|beneath|underneath|the following)\b|다음|以下|下面|下列|次の|(?i:\b(?:seguinte|siguiente|suivante?|folgenden?|seguente)\b)", re.I)


_CHECK_ENTRY = re.compile(r"^\s*[-*+]\s+\[(?P<q>[^\]]+)\]\(#(?P<anchor>[^)\s]+)\)\s*$")


def _slug(text: str) -> str:
    """A heading's anchor as GitHub and most site generators write it ('The importance of semantics' ->
    'the-importance-of-semantics')."""
    return re.sub(r"\s+", "-", re.sub(r"[^\w\s-]", "", text.strip().lower()))


def _section(blocks: list[TopBlock], n: int) -> list[TopBlock]:
    """The blocks under the heading at ``n``, its sub-headings' too, up to the next heading of its level or above."""
    out: list[TopBlock] = []
    for block in blocks[n + 1 :]:
        if block.type == "heading_open" and block.level <= blocks[n].level:
            break
        out.append(block)
    return out


def _knowledge_checks(blocks: list[TopBlock], lines: list[str]) -> tuple[list[tuple[int, str, int]], set[int]]:
    """A lesson's knowledge check, a list of questions each a link to the section of the page that answers it (``-
    [Why is semantic HTML important for accessibility?](#the-importance-of-semantics)``, The Odin Project's lessons):
    ``([(line, question, the linked heading's block)], the blocks to leave out)``: the list, and the heading over it
    with its lead-in when that is all its section holds (learner5 L6: one 'Knowledge check' card listing them)."""
    anchors: dict[str, int] = {}
    asking: set[int] = set()  # headings that ask a question themselves: cards of their own already
    for n, block in enumerate(blocks):
        if block.type == "heading_open":
            text = squash(plain_inline(block.tokens[1].children or []))
            explicit = _ID.search(text)
            anchors.setdefault(explicit.group(1) if explicit else _slug(_ID.sub("", text)), n)
            title = _ID.sub("", text).rstrip(CLOSERS + " ")
            if title.endswith(QUESTION_MARKS) or opens_asking(title):
                asking.add(n)
    found: list[tuple[int, str, int]] = []
    taken: set[int] = set()
    for n, block in enumerate(blocks):
        if block.type != "bullet_list_open" or block.end > len(lines):
            continue
        entries = [(k, _CHECK_ENTRY.match(lines[k])) for k in range(block.start, block.end) if lines[k].strip()]
        if len(entries) < 2 or not all(m for _, m in entries):
            continue
        linked = [(k + 1, m.group("q").strip(), anchors.get(m.group("anchor").lower())) for k, m in entries if m]
        if any(at is None or at >= n for _, _, at in linked) or not all(q.rstrip().endswith(QUESTION_MARKS) or opens_asking(q) for _, q, _ in linked):
            continue
        if any(at in asking for _, _, at in linked):
            # '- [¿Qué son los hooks?](#qué-son-los-hooks)' under an answer: a "see also" to questions the page asks and
            # answers itself, part of that answer, never a card again (trial23 T23-12: 7 questions twice, and the
            # question over the list taken for a 'Knowledge check' heading and lost)
            continue
        found += [(line, q, at) for line, q, at in linked if at is not None]
        taken.add(n)
        over = next((k for k in range(n - 1, -1, -1) if blocks[k].type == "heading_open"), None)
        if over is not None and over not in asking and all(blocks[k].type == "paragraph_open" or k in taken for k in range(over + 1, n)):
            after = next((k for k in range(n + 1, len(blocks)) if blocks[k].type == "heading_open"), len(blocks))
            if after == n + 1:
                taken |= set(range(over, n))  # ('### Knowledge check' and its lead-in: no card of their own)
    return found, taken


def _quote_label(block: TopBlock) -> str | None:
    """A block quote that is only a short label (``> 답변``, ``> Key points``): its text; else None."""
    if block.type != "blockquote_open":
        return None
    inner = top_blocks(block.tokens[1:-1])
    if len(inner) != 1 or inner[0].type != "paragraph_open":
        return None
    text = squash(plain_inline(inner[0].tokens[1].children or []))
    return text if text and len(text.split()) <= 5 and not text.rstrip().endswith((".", "。", "?", "？")) else None


def _quoted_answer(question: str, answer: list[str]) -> tuple[str, list[str]]:
    """An entry whose answer is set off as a quote after more of its question (``4. Question 4`` / the facts / ``What
    are the chances …?`` / ``> ![image](…)``, a course's quiz notes): the lines before the quote go with the question,
    the quote is the answer (learner5 L20: the question's own facts and ask were on the back). Else as it is."""
    at = next((k for k, line in enumerate(answer) if line.lstrip().startswith(">")), None)
    if at is None or not any(line.strip() for line in answer[:at]) or any(line.strip() and not line.lstrip().startswith(">") for line in answer[at:]):
        return question, answer
    asked = [line.strip() for line in answer[:at] if line.strip()]
    if not any(re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", x).rstrip(" *_").endswith(QUESTION_MARKS) for x in [question, *asked]):
        return question, answer  # ('… below 1230?  (Use the empirical rule.)': a note after the '?')
    lead = "" if _LABEL_ONLY.match(squash(question)) else question.strip()  # ('Question 4': a label, no words of it)
    if lead and lead[-1].isalnum() and asked[0][:1].isupper():
        lead += ":"  # ('There are three boxes on the table: The first box …', split at its colon as a term: L20)
    return " ".join([lead, *asked]).strip(), answer[at:]


def _keyed_options(lines: list[str]) -> bool:
    """An entry's answer lines that are options with the right one marked (after the code they are about, if any)."""
    _, rest = _exhibit_lines(lines)
    found = find_choices(rest, asked=True)
    return found is not None and found.correct is not None


TITLE_CHARS = 80  # a page's opening line this long at most may be its title


def _title_line(blocks: list[TopBlock], n: int, lines: list[str]) -> bool:
    """The page's first block (``n``, the caller knows), one short line over the rest that asks nothing, leads into nothing (':') and ends no
    sentence: the page's title as a plain-text or converted page writes it ('Quiz di storia', 'Chemistry worksheet',
    'عام معلومات – معروضی سوالات', a Word document's Title paragraph), as a '# ' line is; in no card, and no text left
    outside the questions (T34-15: 'text outside any question … or remove it'). A line opening in lower case starts the
    note's text, never its title (trial43 T43-2: a definition, 'one trial with two outcomes, …', was left out unsaid)."""
    block = blocks[n]
    if block.type != "paragraph_open" or block.end - block.start != 1 or block.start >= len(lines) or n + 1 >= len(blocks):
        return False
    text = lines[block.start].strip()
    word = text.lstrip("*_ ").split(" ", 1)[0]
    first = "" if word.startswith(("#", "@")) else next((c for c in text if c.isalpha()), "")  # ('**#biochem-study** — …')
    return (
        0 < len(text) <= TITLE_CHARS
        and not first.islower()  # ('chance of Yes/No', 'one trial with two outcomes, …': the note's text begins, T43-2)
        and not text.rstrip(CLOSERS + " *_").endswith((*QUESTION_MARKS, ":", "：", ".", "。", "!", "！"))
        and not has_question_label(text)
        and not has_answer_label(text)
        and "![" not in text  # (a picture is shown, never a title: said if in no card)
        and not text.startswith(("<", "$$", "\\["))
    )


def _page_header(blocks: list[TopBlock], n: int, lines: list[str]) -> bool:
    """A list of '**Label:** value' entries under the page's title, closed by a '---' rule before anything else (``*
    **Autor:** Ismael`` / ``* **Descripción:** …`` / ``---``, as test generators and lesson templates head a page):
    the page's own details, as front matter would hold them (learner5 L7: 'Autor' → 'Ismael' cards)."""
    block = blocks[n]
    if block.type not in ("bullet_list_open", "paragraph_open") or n + 1 >= len(blocks) or blocks[n + 1].type != "hr" or block.end > len(lines):
        return False
    if any(b.type not in ("heading_open", "paragraph_open", "html_block") or (b.type == "heading_open" and b.level > 1) for b in blocks[:n]):
        return False
    entries = [line for line in lines[block.start : block.end] if line.strip() and not line[:1].isspace()]
    if block.type == "paragraph_open":  # '**Topic:** Banking Regulation' / '**Tags:** …' lines, one paragraph (T13-7)
        return len(entries) >= 2 and all(_LABEL_LINE.match(line) for line in entries)
    return len(entries) >= 2 and all(TERM_BULLET.match(line) for line in entries)


_LABEL_LINE = re.compile(r"^\s{0,3}(\*\*|__)[^*_\n]{1,30}?[:：]?\1[:：]?\s+\S")  # '**Topic:** Banking Regulation'


def _exhibit_lines(lines: list[str]) -> tuple[list[str], list[str]]:
    """An entry's answer lines that open with a code fence (the program its question asks about) and go on after it:
    (the fence's lines with the blank lines around them, the rest); else ([], the lines)."""
    start = next((k for k, line in enumerate(lines) if line.strip()), None)
    if start is None or not FENCE.match(lines[start].lstrip()):
        return [], lines
    margin = len(lines[start]) - len(lines[start].lstrip())  # (an entry's lines as written, indented under it)
    fenced = list(in_fence([line[margin:] if line[:margin].isspace() else line for line in lines[start:]]))
    end = next((k for k in range(1, len(fenced)) if not fenced[k]), None)
    if end is None:
        return [], lines
    rest = start + end
    while rest < len(lines) and not lines[rest].strip():
        rest += 1
    return (lines[:rest], lines[rest:]) if rest < len(lines) else ([], lines)


def _bold_italic(block: TopBlock) -> bool:
    """A paragraph that is one bold-italic run (``***When is it used?***``, ``___…___``)."""
    if block.type != "paragraph_open" or len(block.tokens) < 2:
        return False
    raw = block.tokens[1].content.strip()
    return raw[:3] in ("***", "___") and raw[-3:] == raw[:3] and "\n" not in raw


def _asking_box(block: TopBlock, source: SourceConfig) -> bool:
    """A question box (``> [!question] What are the two sugars of peptidoglycan?``, ``??? question "1. Machine Zero"``)
    or one whose title asks: a question card of its own wherever it stands; a heading right over one is its section
    (``## Practice``), never a note."""
    if block.type != "admonition_open":
        return False
    if str(block.tokens[0].meta.get("tag", "")).lower() in QUESTION_TYPES:
        return True  # ('??? question "1. Machine Zero vs. Work Zero"': a question box, its title a label)
    if len(block.tokens) < 3 or block.tokens[1].type != "admonition_title_open":
        return False
    return split_question(block.tokens[2].content, source).asks


def _hint_box(block: TopBlock) -> bool:
    """A hint admonition (``??? hint "Hint"``; a ``<details>`` Hint toggle is rewritten so, trial14 T14-4; a note box
    titled Hint or whose text opens 'Hint:', Quarto's ``::: {.callout-note}`` / 'Hint: it is a very short English
    word.', trial22 T22-48); never a ``??? tip "Solution"`` box, which is an answer (trial13 T13-6)."""
    if block.type != "admonition_open":
        return False
    if str(block.tokens[0].meta.get("tag", "")).lower() == "hint":
        return True
    said = [t.content for t in block.tokens if t.type == "inline"][:2]  # (its title, then its text's first paragraph)
    return any(_HINT_WORD.match(text) for text in said)


_HINT_WORD = re.compile(r"(?i)^\W*(?:hints?|tipp?|pista|indice|indizio|dica|подсказка|提示|ヒント|힌트)\b\s*(?:\d{1,2}\s*)?(?:[:：.]|$)")


_HINT_BOX = re.compile(r"^\s*(?:>\s*\[!(?:hint|tip)\]|(?:!!!|\?\?\?\+?)\s*(?:hint|tip)\b|:::+\s*\{?(?:hint|tip)\b)", re.I)


_PART_ENTRY = re.compile(r"^\s*[-*+]\s+\((?:[a-z]|[ivx]{1,4}|[A-Z]|\d{1,2})\)\s")


_TERM = re.compile(r"[A-Za-z][A-Za-z0-9_+#-]{2,}")
_CJK_ASKING = frozenset("什么为怎如何哪吗呢是的有了么")
_COMMON_WORDS = frozenset("which where whose there these those about would could should their other using between difference".split())  # noqa: SIM905




_ATX_HEADING_LINE = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")


def _shares_terms(a: str, b: str) -> bool:
    """Two questions on one subject: a term in both (a word of five letters or more, or one written in capitals or with a
    digit: 'AOT', 'JDK8'; two CJK characters that are no question words), as a follow-up shares its parent's."""

    def terms(text: str) -> set[str]:
        words = {
            w.casefold() for w in _TERM.findall(text)
            if (len(w) >= 5 and w.casefold() not in _COMMON_WORDS) or w.isupper() or any(c.isdigit() for c in w)
        }  # fmt: skip
        pairs = {text[i : i + 2] for i in range(len(text) - 1) if _CJK.fullmatch(text[i]) and _CJK.fullmatch(text[i + 1])}
        return words | {p for p in pairs if not set(p) & _CJK_ASKING}

    return bool(terms(a) & terms(b))


# a heading that only names a range of numbered questions: '1. to 11.', '1.–11.', 'Questions 1-5', 'Exercises 3 to 7'
_RANGE_HEADING = re.compile(
    r"^(?:(?i:questions?|exercises?|problems?|answers?|solutions?)\s+)?\d{1,3}[.)]?\s*(?:(?i:to|through|thru|bis|a|à)\s+|[-–—]\s*)\d{1,3}[.)]?$"
)


def _bold_title(block: TopBlock, lines: list[str]) -> bool:
    """A one-line paragraph that is bold from end to end (``**Piping Commands Together**``): a title."""
    text = lines[block.start].strip() if block.type == "paragraph_open" and block.end - block.start == 1 and block.start < len(lines) else ""
    return len(text) > 4 and text[:2] in ("**", "__") and text[-2:] == text[:2] and text[:2] not in text[2:-2]


def _shown_after(current: _Open, lines: list[str] | None = None) -> bool:
    """A posed question whose front is all below its asking paragraph and that says so ('Which hash function is
    described below?', '다음에서 설명하는 …?'), or is only hint boxes (``> [!hint]- Hint 1``: learner4 N61, the hint
    was above the problem): shown under the question, where the document has it (learner4 N59, trial11 P30)."""
    if current.boxed and current.front and all(b.start > current.asked_at for b in current.front):
        return True  # (an exercise box's first paragraph, then its steps, data and code: as the box has them, T14-35)
    if current.paired and current.front and all(b.start > current.block.start for b in current.front):
        return True  # ('Q: Consider the code below:' / its code / 'A: …': between the two labels, as written, T21-26)
    if (
        current.front and lines is not None and 0 <= current.asked_at < len(lines)
        and lines[current.asked_at].lstrip().startswith("#") and all(b.start > current.asked_at for b in current.front)
    ):  # fmt: skip
        return True  # (a challenge's title over its steps and code: T14-13)
    if not current.front or not all(b.start > max(current.asked_at, current.block.start) for b in current.front):
        return False
    if lines is not None and all((b.start < len(lines) and _HINT_BOX.match(lines[b.start])) or _hint_box(b) for b in current.front):
        return True  # (a hint, below the problem as the page has it)
    if current.asked_at >= 0 and any(b.type in ("fence", "code_block") for b in current.front):
        return True  # ('3. What is printed here?' / its code / an answer toggle: the code under it, trial21 T21-19)
    # ('Describe in words what these regular expressions match: (read carefully …)' over its list: trial47 T47-13)
    return current.asked_at >= 0 and bool(_FOLLOWING.search(current.q.text) or _INTRODUCES.search(current.q.text))


_LAST_TODO = re.compile(r"^[-*+][ \t]+(?:☐|\[ \])[ \t]+\S")  # '- [ ] review lysosomes' (shown '- ☐ …': task_boxes)


def _last_todo(blocks: list[TopBlock], n: int, lines: list[str]) -> bool:
    """Whether the block at ``n`` is the page's last, a lone unticked task box at the margin after a blank line
    (``- [ ] review lysosomes before Friday``): a reminder of the note's author (trial31 T31-48). One box is no set of
    options (they come two at least), and a box indented under an answer is that answer's own list."""
    block = blocks[n]
    if n != len(blocks) - 1 or block.type != "bullet_list_open" or not 0 < block.start < len(lines):
        return False
    entries = [line for line in lines[block.start : block.end] if line.strip()]
    return len(entries) == 1 and not lines[block.start - 1].strip() and _LAST_TODO.match(entries[0]) is not None


def _answered_indented(entry: list[str]) -> bool:
    """Whether a list entry's lines under its question (``entry``, up to the list's end) hold its answer indented under
    it (``* What is …?`` / ``  7.35 to 7.45``): its author ends the entry where the indentation ends, so a paragraph at
    the list's margin after it is the page's own text, never more of that answer (an answer written at the margin,
    ``- **What is X?**`` / ``Remove one or more images.``, may go on there: trial12 U50)."""
    said = [line for line in entry if line.strip()]
    return bool(said) and all(line[:1] in (" ", "\t") for line in said)


def _list_entries(block: TopBlock, lines: list[str]) -> list[tuple[int, str, list[str]]]:
    """``(line, text, lines)`` of each top-level entry of a list block (its text with the list mark, on one line);
    nothing for any other block."""
    if block.type not in ("bullet_list_open", "ordered_list_open") or block.end > len(lines) or block.start >= len(lines):
        return []
    own = lines[block.start : block.end]
    indent = len(own[0]) - len(own[0].lstrip())
    entries: list[tuple[int, list[str]]] = []
    for k, line in enumerate(own):
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            entries.append((block.start + 1 + k, [line]))
        elif entries and line.strip():
            entries[-1][1].append(line)
    return [(at, squash(" ".join(x.strip() for x in part)), part) for at, part in entries]


def _highlight_clozes(block: TopBlock, lines: list[str], marks: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """A paragraph outside any question whose deletions (``==highlights==``, ``{{curly}}``, ``**bold**``: the source's
    ``sr_clozes``) make a cloze, as the Obsidian Spaced Repetition plugin reads a page tagged ``#flashcards``:
    ``(line, cloze text, original)``; none for a paragraph with no deletion or that is a card of another shape (``::``,
    a ``?`` line) (learner4 N77; hints and deletion groups: compiler/sources/sr_clozes.py, T30-30)."""
    if block.type != "paragraph_open" or block.end > len(lines):
        return []
    own = lines[block.start : block.end]
    text = squash(" ".join(own))
    if "::" in text or any(line.strip() in ("?", "??") for line in own):
        return []
    cloze = sr_deletions(text, marks)
    return [(block.start + 1, cloze, "\n".join(own))] if cloze is not None else []


_QUIZ_END = re.compile(r"^[ \t]*</quiz>[ \t]*$", re.I)
_QUIZ_BLANK = re.compile(r"\[\[([^\[\]\n|]{1,120})\]\]")  # mkdocs-quiz's blank: 'prints [[Hello world]]'


_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)
_BARE_NUMBER_CELL = re.compile(r"^\s*(?:\d{1,3}|[IVXLC]{1,7})\s*$")  # a front cell that is a number alone ('17', 'IV'; a year says what it is)
# a Roman numeral as written, any (with D and M: 'CD' is 400 in a column of numerals, though alone it may be a disc)
_NUMBER_FRONT = re.compile(r"^\s*\d{1,3}\s*$")  # a front cell of digits alone ('17')
_ROMAN_CELL = re.compile(r"^\s*(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\s*$")
_NAMED_COLUMN = re.compile(r"^[^\W\d_][\w .'-]{0,24}$")  # a column's name in words ('Group', 'Cranial nerve')
_CELL_ENTRY = re.compile(r"^(?:\d{1,3}[.)]|[-*+•])[ \t]+\S")  # '1. Link', '- TCP', '• TCP': a list's entry in a cell


def _cell_entries(cell: str) -> list[str]:
    """A table cell's text as the answer's lines: a list written one entry a ``<br>`` (``1. Link<br>2. Internet<br>…``,
    ``- TCP<br>- UDP``) as the list's lines, so it reads as a list (it was one entry holding the others as text,
    sitting 47); any other cell as it is, one line."""
    parts = [p.strip() for p in _LINE_BREAK.split(cell)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or not all(_CELL_ENTRY.match(p) for p in parts):
        return [cell]
    return [f"- {p[1:].lstrip()}" if p.startswith("•") else p for p in parts]
_INDENTED_BREAK = re.compile(r"<br\s*/?>\s*(?:&nbsp;|\xa0)", re.I)
_LEAD_SPACE = re.compile(r"^\s*((?:&nbsp;|\xa0)*)")


def _quiz_spans(lines: list[str]) -> list[tuple[int, int]]:
    """The (opening, closing) line of each mkdocs-quiz ``<quiz>`` … ``</quiz>`` block."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, line in enumerate(lines):
        if QUIZ_TAG.match(line):
            if _QUIZ_END.match(line):
                if start is not None:
                    spans.append((start, i))
                start = None
            else:
                start = i
    return spans


def _over_quiz(blocks: list[TopBlock], n: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the heading at ``n`` is right over an mkdocs-quiz block, or over paragraphs that introduce it (each ends
    with ':') and then the quiz: the quiz asks, the heading names its section (trial12 U14, T45-4)."""
    for block in blocks[n + 1 :]:
        if any(a < block.start < b for a, b in spans):
            return True
        if block.type != "paragraph_open" or len(block.tokens) < 2:
            return False
        if not plain_inline(block.tokens[1].children or []).rstrip().endswith((":", "：")):
            return False
    return False


def _quiz_blanks(text: str) -> str:
    """The blanks of mkdocs-quiz's fill-in-the-blank quizzes (``<quiz>`` / ``Python was created by [[Guido van
    Rossum]] in [[1991]].`` / ``</quiz>``) as cloze deletions, ``{{c1::Guido van Rossum}}`` … (learner4 N75: no card,
    unreported). Only inside a ``<quiz>`` block (elsewhere ``[[…]]`` is a wiki link) and outside code; lines kept."""
    if "<quiz" not in text.lower() or "[[" not in text:
        return text
    lines = text.split("\n")
    fenced = list(in_fence(lines))
    inside = False
    count = 0
    for i, line in enumerate(lines):
        if QUIZ_TAG.match(line):
            inside, count = not _QUIZ_END.match(line), 0
            continue
        if inside and not fenced[i] and "[[" in line:

            def blank(m: re.Match[str]) -> str:
                nonlocal count
                count += 1
                return f"{{{{c{count}::{m.group(1).strip()}}}}}"

            lines[i] = _QUIZ_BLANK.sub(blank, line)
    return "\n".join(lines)


# a question label and a title that does not ask ('### Question 1: Identify pure functions', '### 問題 1: 純粋関数の識別')
LABELLED_TASK_WORDS = 5  # words of a labelled heading's title, ending in a full stop, for it to be the task itself
_LABEL_TITLE = re.compile(
    r"^\s*(?i:question|q|問題|问题|質問|题目|вопрос|pregunta|frage|questão|domanda|soru|câu hỏi)\s*\d{1,3}\s*[:：.．)）\-–—]\s*"
    r"(?P<title>[^?？]{1,80})$"
)
# a heading that labels and titles a question ('### Questão 1 — Questão autoral …', '### Question 2: Basics')
_LABELLED_TITLE = re.compile(
    r"^\s{0,3}#{1,6}\s+(?i:question|q|questão|questao|pregunta|frage|domanda|soru|soal|câu hỏi|вопрос|問題|问题|题目)\s*\d{1,3}\s*[:：.．)）\-–—]"
)
# a lesson's or chapter's numbered title ('Lesson 1.1 — Ano ang "use client"?', 'Bài 3: …', 'Day 4 - …')
_NUMBERED_TITLE = re.compile(r"^\s*[^\W\d_]{2,20}\s+\d{1,3}(?:\.\d{1,3})*\s*[:：.)\-–—]\s")


def _label_titled(block: TopBlock) -> bool:
    """A heading of a question label, its number and a title that asks nothing (``### 🔴 **PREGUNTA 1: Event Loop y
    Asincronía**``, ``## Question 2: Basics``), emoji and bold marks aside."""
    text = plain_inline(block.tokens[1].children or []) if len(block.tokens) > 1 else ""
    return bool(_LABEL_TITLE.match(re.sub(r"^[\W_]+", "", text)))


def _numbered_title(text: str) -> bool:
    """A heading that titles a numbered lesson or chapter, not a question (``## Lesson 1.1 — Ano ang "use client"?``
    over ``**Tanong:** …?`` / ``**Sagot:** …``, trial15 T15-72): the labelled question under it is the card, the title
    its section. A question label (``Question 2:``, ``Q1.``) or an exercise's (``Problem 3``) titles a question."""
    return bool(_NUMBERED_TITLE.match(text)) and not _LABELLED_TITLE.match(f"# {text}") and not _EXERCISE_HEADING.match(f"# {text}")


# a heading that names an exercise ('### Exercise 1: Superposition Practice', 'Problem 3', 'Aufgabe 2 – …')
_EXERCISE_HEADING = re.compile(
    r"^\s{0,3}#{1,6}\s+(?i:exercise|problem|task|übung|aufgabe|exercice|ejercicio|esercizio|exercício|задача|задание|練習|练习|习题|問題)"
    r"\s*\d{1,3}[a-z]?\b"
)
# a question's label and number over its parts ('## Question 1: Kinematics (6 marks)', '## Pregunta 2 – Energía')
_QUESTION_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?i:question|q|frage|pregunta|domanda|questão|pergunta|vraag|вопрос|câu)\s*\d{1,3}\b")
# a task's statement: 'Find the electric field …', '… prove that E = 0 inside the shell.', 'Compute …'
# ('Consider adding a ternary connective … Write down the truth table for this connective.': trial46 T46-3's rest)
_TASK_WORDS = re.compile(
    r"\b(?i:find|prove|show that|compute|calculate|derive|determine|evaluate|sketch|explain|estimate|solve|write down|write out|construct|verify)\b"
)


def _label_answered(item: Item) -> bool:
    """An exercise whose answer its page marks with an answer label (``## Задание 1: …`` / the task / ``**ОТВЕТ:** …``)."""
    return bool(_EXERCISE_HEADING.match(item.original)) and any(
        has_answer_label(unbold_label(line).lstrip()) for line in item.original.split("\n")[1:]
    )


def _open_task(item: Item, labelled: int = 0) -> Item:
    """An exercise heading read as a card (``### Exercise 1: Superposition Practice``) whose whole text is its task
    (``… Find the electric field at (0.5, 0.5, 0) m.``) and no solution: the task is the question and it has no answer,
    skipped with a warning, never a card whose back is the task to do (learner4 N58). On a page that marks its tasks'
    answers with a label (``**ОТВЕТ:**``, ``**Answer:**``: ``labelled`` of them), an exercise without one has no answer,
    whatever its task's words (trial13 T13-18: 'Задание 3 (*)' taught its own task)."""
    if item.kind is not ItemKind.basic or item.skip or item.stimulus or not _EXERCISE_HEADING.match(item.original):
        return item
    if labelled and not _label_answered(item) and item.answer and all(b.kind in (BlockKind.html, BlockKind.text, BlockKind.bullets) for b in item.answer):
        task = " ".join(b.plain().strip() for b in item.answer).strip()
        return item.model_copy(update={"question": f"{item.question} {task}".strip(), "answer": [], "skip": "no answer"})
    if len(item.answer) != 1 or item.answer[0].kind is not BlockKind.html or not item.answer[0].text.startswith("<p>"):
        return item  # (a task and its solution, a list, code: the card it was)
    text = item.answer[0].plain().strip()
    if not text or not (_TASK_WORDS.search(text) or text.rstrip().endswith(QUESTION_MARKS)):
        return item
    return item.model_copy(update={"question": text, "answer": [], "skip": "no answer"})


# a glossary line: '**Call Option** --- Gives the holder the right to buy …', '**Put** — …' (a dash: '**Input**: …' lines
# are a spec's, read as they are)
_BOLD_TERM_LINE = re.compile(r"^\s{0,3}(\*\*|__)(?P<term>[^*_\n]{1,60}?)\1\s+(?:-{2,3}|—|–)\s+(?P<text>\S.*?)\s*\\?\s*$")
BOLD_TERMS_MIN = 2  # glossary lines a paragraph needs to be read a card per line


# a question that ends with its answer in bold after its '?': 'What is the degree of the function? **4**', 'a) What is
# the sign …? **Positive**', pandoc's 'a\\) …? **4**' (worksheet solutions)
_BOLD_ANSWERED = re.compile(r"^\s{0,3}(?:[a-z]\\?\)\s+|\d{1,3}\\?[.)]\s+)?(?P<q>[^*\n]*\S[?？؟])\s+(\*\*|__)(?P<a>[^*_\n]+?)\2\s*\\?\s*$")


def _bold_answered_lines(block: TopBlock, lines: list[str]) -> list[tuple[int, str, list[str]]]:
    """A paragraph whose every line asks and ends with its answer in bold (``What is the degree of the function?
    **4**``, ``a) What is the sign of the leading coefficient? **Positive**``): a card per line, the bold its answer
    (trial14 T14-19: the worksheet was one heading card, or 'a list of questions and no answers')."""
    if block.type != "paragraph_open" or block.end > len(lines):
        return []
    found = [_BOLD_ANSWERED.match(line) for line in lines[block.start : block.end]]
    if not found or not all(found):
        return []
    return [(block.start + 1 + k, m.group("q").strip(), [m.group("a").strip()]) for k, m in enumerate(found) if m]


# a paragraph of one line, a bold term ending in a colon and its answer: '**Define control plane:** protocols, …'
_NUMBERED_NAME = re.compile(r"^[^\W\d_]{2,20}\s*#?\d{1,3}[.:：]?$")  # 'Sentence 1', 'Satz 3', 'Text 2': a name and a number
_WHOLE_BOLD_LINE = re.compile(r"^\s{0,3}(\*\*|__)(?=\S)[^*_\n]+?(?<=\S)\1\s*\\?$")  # '**…**' alone on its line
_BOLD_COLON_LINE = re.compile(
    r"^\s{0,3}(\*\*|__)(?P<term>[^*_\n]{2,120}?)(?:\s*[:：]\s*\1|\1\s*[:：])[ \t]+(?P<text>[^\s*_].*?)\s*\\?\s*$"
)
TERM_ANSWER_WORDS = 30  # words at most of a bold-term paragraph's answer (a card's, not a note's text)
_SENTENCE_BREAK = re.compile(r"[.!?。！？]\s+\S")  # a second sentence
_NOT_TERMS = _LEVEL_KEYS | _TAG_KEYS | {"note", "notes", "hint", "tip", "example", "examples", "source", "sources", "reference", "references"}


OWN_SECTIONS = "a section of the page named again in its table of contents (a list of its sections)"
OWN_SECTIONS_MIN = 3  # entries of a list that name the page's own sections and make it its table of contents
_HEADING_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|[IVXivx]{1,5}[.)])\s+")  # '2. Networking', 'IV. …'


def _plain_front(question: str) -> str:
    """A card front as its words ('<b>Basic Concepts</b>' -> 'Basic Concepts')."""
    return squash(html.unescape(re.sub(r"<[^>]+>", " ", question)))


def _heading_key(text: str) -> str:
    """A heading's or a term's words to compare: no number before them, no emoji, marks or case ('## 2. 🌐 Networking:'
    and '**Networking**' alike)."""
    words = _HEADING_NUMBER.sub("", squash(text).strip(" *_`:：-–—"))
    return " ".join(re.sub(r"[^\w\s]", " ", words).casefold().split())


def _bold_colon_runs(blocks: list[TopBlock], lines: list[str], asks: Callable[[TopBlock], bool], glossary_only: bool = False) -> set[int]:
    """The blocks of runs of two or more one-line paragraphs, each a bold term ending in a colon and its answer on the
    line (``**Define management plane:** protocols, …`` / blank / ``**Which version of SNMP has encryption:** SNMPv3``;
    trial16 T16-47: Cram-style cards as paragraphs, 'text outside any question'): a card each, as the same lines in a
    list are. Not a run of labels (answer, question, explanation, level, tags, notes) nor one whose section asks
    a question after it (facts a scenario gives its questions)."""
    found: set[int] = set()
    run: list[int] = []

    def term(block: TopBlock) -> str | None:
        if block.type != "paragraph_open" or block.end - block.start != 1 or block.start >= len(lines):
            return None
        m = _BOLD_COLON_LINE.match(lines[block.start])
        if m is None or (glossary_only and _glossary_colon_line(lines[block.start]) is None):
            return None
        label = m.group("term").strip()
        said = f"{label}: {m.group('text')}"
        if len(m.group("text").split()) > TERM_ANSWER_WORDS or _SENTENCE_BREAK.search(m.group("text").rstrip()):
            return None  # ('**Timing sugerido:** 60 minutos totales. Los alumnos …': notes in sentences, T15-48)
        if label.lower() in _NOT_TERMS or has_answer_label(said) or has_question_label(said) or _KEY_EXPLAINED.match(said):
            return None
        return label

    def flush(end: int) -> None:
        labels = [term(blocks[k]) for k in run]
        if len(run) >= 2 and len(set(labels)) == len(labels):
            after = next((k for k in range(end, len(blocks)) if blocks[k].type == "heading_open"), len(blocks))
            if not any(asks(blocks[k]) for k in range(end, after)):
                found.update(run)
        run.clear()

    for n, block in enumerate(blocks):
        if term(block) is not None:
            run.append(n)
            continue
        if run:
            flush(n)
    if run:
        flush(len(blocks))
    return found


_TOPIC_ENTRY = re.compile(r"^(?P<indent>[ \t]{0,3})(?:[-*+]|\d{1,9}[.)])[ \t]+(\*\*|__)(?P<t>[^*_\n]{1,80}?)\2[ \t]*[:：]?[ \t]*$")
_SUB_ENTRY = re.compile(r"^(?P<indent>[ \t]+)[-*+][ \t]+(?P<text>\S.*)$")


def _unbolded(text: str) -> str:
    """``**Answer:**`` (nothing after it, which :func:`unbold_label` leaves) or ``**Question:** …`` without its bold."""
    return _LEAD_BOLD.sub(r"\g<label>", unbold_label(text), count=1)


_LEAD_BOLD = re.compile(r"^(\*\*|__)(?P<label>[^*_\n]{1,40}?)\1")


_SENTENCE_END = re.compile(r"[.!?。！？](?:\*\*|__|\*|_)?\s+\S")
PROSE_LEAD_SENTENCES = 2  # sentences of a paragraph ending in ':' for it to be a heading's text, not a list's label


def _prose_lead(block: TopBlock, lines: list[str]) -> bool:
    """A paragraph of prose, two sentences or more, that ends in ':' over a list (``The staging area … is a kind of
    middle-ground. … You have two types of files here:`` over ``- **MDS**: …`` / ``- **SML**: …``): the list goes on
    the heading's text, its bold entries are no cards of their own (trial27 T27-38: cards 'MDS' / 'SML', the paragraph
    lost); a one-line lead-in ('Key terms:') still labels a glossary."""
    if block.type != "paragraph_open" or block.end > len(lines):
        return False
    text = " ".join(x.strip() for x in lines[block.start : block.end])
    return text.endswith((":", "：")) and len(_SENTENCE_END.findall(text)) + 1 >= PROSE_LEAD_SENTENCES


def _topic_entries(block: TopBlock, lines: list[str]) -> list[tuple[int, str, list[str]]]:
    """A list whose every entry is a bold topic over a labelled question and its labelled answer as sub-entries
    (``1. **🔢 Array shape:**`` / ``   * **Question:** Create a 3x3 array …`` / ``   * **Answer:**`` + the code under
    it; trial16 T16-40, trial12 U79 in Persian: three exercises were one card of the heading over them): a card
    per entry, the question label's text its front, the answer label's text and what is set under it its back (a
    later sub-entry, ``* **Explanation:** …``, goes on the back too). Labels in any language deckc reads."""
    if block.type not in ("bullet_list_open", "ordered_list_open") or block.end > len(lines):
        return []
    own = lines[block.start : block.end]
    found: list[tuple[int, str, list[str]]] = []
    entry: list[tuple[int, str]] = []  # (line index, text) of the current entry's lines after its topic

    def close() -> bool:
        if not entry:
            return False
        subs = [(k, m) for k, line in entry if (m := _SUB_ENTRY.match(line))]
        asked = next(((k, m) for k, m in subs if has_question_label(_unbolded(m.group("text")))), None)
        said = next(((k, m) for k, m in subs if has_answer_label(_unbolded(m.group("text")))), None)
        if asked is None or said is None or said[0] < asked[0]:
            return False
        question = strip_question_label(_unbolded(asked[1].group("text"))).strip()
        first = strip_answer_label(_unbolded(said[1].group("text"))).strip()
        under = [line for k, line in entry if k > said[0]]
        margin = min((len(x) - len(x.lstrip()) for x in under if x.strip()), default=0)
        answer = [first, *(x[margin:] for x in under)]
        while answer and not answer[-1].strip():
            answer.pop()
        if not question or not any(x.strip() for x in answer):
            return False
        found.append((block.start + 1 + asked[0], question, answer))
        return True

    indent = None
    for k, line in enumerate(own):
        top = _TOPIC_ENTRY.match(line)
        if top is not None and (indent is None or len(top.group("indent")) == indent):
            if indent is not None and not close():
                return []
            indent, entry = len(top.group("indent")), []
            continue
        if indent is None:
            return []
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            return []  # an entry that is no topic
        entry.append((k, line))
    return found if close() else []


def _bold_colon_card(block: TopBlock, lines: list[str]) -> list[tuple[int, str, list[str]]]:
    """The card of one paragraph of :func:`_bold_colon_runs`: the term its front, the rest its answer."""
    m = _BOLD_COLON_LINE.match(lines[block.start])
    return [(block.start + 1, m.group("term").strip(), [m.group("text")])] if m else []


def _one_line_card(current: _Open) -> bool:
    """Whether the open card was asked and answered on one line (``**What is a planet?** A body that orbits a star.``,
    ``**Q:** … **A:** …``) with nothing added to its answer yet."""
    block = current.block
    return block.type == "paragraph_open" and block.end - block.start == 1 and bool(current.answer) and all(b.start <= block.end for b in current.answer)


def _own_start(block: TopBlock, lines: list[str]) -> bool:
    """Whether a paragraph starts something of its own after a card written on one line: it opens with a label of its
    own (``Glossary: …``, ``Key terms:``; not ``Example:`` or ``Note:``, which go on explaining) or it defines terms
    with ``=`` (compiler.sources.item_starts)."""
    if block.type != "paragraph_open" or block.end > len(lines):
        return False
    return own_label(lines[block.start]) is not None or glossary_lines(lines[block.start : block.end]) is not None


def _bold_term_lines(block: TopBlock, lines: list[str], colon: bool = False) -> list[tuple[int, str, list[str]]]:
    """A paragraph of glossary lines, each a bold term, a dash or a colon and its definition (``**Call Option** ---
    Gives the holder …`` over the next, hard breaks between): a card per line, the term its front (trial11 P42: four
    terms were one card of the heading over them, which is now their section)."""
    if block.type != "paragraph_open" or block.end > len(lines) or block.end - block.start < BOLD_TERMS_MIN:
        return []
    own = lines[block.start : block.end]
    found = [_BOLD_TERM_LINE.match(line) or (_glossary_colon_line(line) if colon else None) for line in own]
    # ('**Merke:** Dominante Allele …' after the definitions: a note on the term above, on its back, never a term)
    notes = {k for k, line in enumerate(own) if k and not found[k] and _NOTE_LINE.match(line)}
    terms = [_DEF_PREFIX.sub("", m.group("term")).strip() for m in found if m]
    if len(terms) < BOLD_TERMS_MIN or len(terms) + len(notes) < len(own) or len({t.casefold() for t in terms}) < len(terms):
        return []
    cards: list[tuple[int, str, list[str]]] = []
    for k, m in enumerate(found):
        if m is not None:
            cards.append((block.start + 1 + k, _DEF_PREFIX.sub("", m.group("term")).strip(), [m.group("text")]))
        else:
            cards[-1][2].extend(["", own[k].strip().rstrip("\\").rstrip()])
    return cards


def _colon_glossaries(blocks: list[TopBlock], lines: list[str], runs: set[int]) -> set[int]:
    """Ids of the paragraphs whose '**Term:** definition' lines are a glossary, a card per term (T38-16): each a
    paragraph of such lines (or a one-line paragraph of a run of them) under a heading with nothing else but such
    paragraphs, and no term said twice on the page. A heading's prose above '**Function:** …' / '**Location:** …',
    or the same labels under several headings, make them properties of the heading's card, not terms."""
    terms: dict[int, list[str]] = {}
    for n, block in enumerate(blocks):
        if block.type != "paragraph_open" or block.end > len(lines):
            continue
        if n in runs:
            m = _BOLD_COLON_LINE.match(lines[block.start])
            terms[n] = [m.group("term")] if m else []
        elif cards := _bold_term_lines(block, lines, colon=True):
            terms[n] = [front for _, front, _ in cards]
    said = [t.strip().casefold() for found in terms.values() for t in found]
    # (every '**Label:** …' line of the page counts, not only a glossary's: '**Class:** loop diuretic', too short a
    # definition for a glossary line, under one drug and '**Class:** beta-1 selective blocker' under the next are one
    # record's property, never a term card for the second drug alone: sitting 42)
    labels = Counter(m.group("term").strip().casefold() for b in blocks if b.type == "paragraph_open" and b.end <= len(lines) for line in lines[b.start : b.end] if (m := _BOLD_COLON_LINE.match(line)))
    if len(set(said)) < len(said) or any(labels[t] > 1 for t in said):
        return set()
    out: set[int] = set()
    start = 0
    for end in [*(n for n, b in enumerate(blocks) if b.type == "heading_open"), len(blocks)]:
        body = [n for n in range(start, end) if blocks[n].type != "heading_open"]
        if any(n in terms for n in body) and all(n in terms or furniture(blocks[n]) for n in body):
            out |= {id(blocks[n]) for n in body if n in terms}
        start = end + 1
    return out


# a note's label before its text: 'Merke:', 'Note:', 'Remember:', 'Wichtig:', 'À retenir :', '注意：' (T38-16)
_NOTE_LINE = re.compile(
    r"^\s{0,3}(\*\*|__)(?i:merke|beachte|hinweis|wichtig|achtung|note|nb|n\.b\.|remember|important|tip|hint|rappel|remarque"
    r"|à retenir|attention|nota|recuerda|ojo|ricorda|attenzione|lembre-se|atenção|注意|提示|要点|ポイント|주의|참고)"
    r"(?:\s*[:：]\s*\1|\1\s*[:：])\s+\S"
)


# 'Def. Gen', 'Def.: Allel', 'Definition: …': a revision sheet's mark that a term's definition follows (T38-16)
_DEF_PREFIX = re.compile(r"^(?i:def(?:inition|inizione|inición|inição)?\.?:?)\s+(?=\S)")
GLOSS_DEFINITION_WORDS = 3  # words at least of a '**Term:** definition' line's definition (not '**Date:** 2024')


def _glossary_colon_line(line: str) -> re.Match[str] | None:
    """A glossary line written with a colon, ``**Gene:** A section of DNA …`` (or ``**Gene**: …``), whose term is no label
    (answer, question, note, level, tags, a spec's 'Input'/'Output') and whose definition is a phrase, not a value:
    a run of such lines in one paragraph is a card per line, as the dash form is (T38-16: the heading over them was one
    card of all of them)."""
    m = _BOLD_COLON_LINE.match(line)
    if m is None or _NOTE_LINE.match(line):
        return None
    term, text = m.group("term").strip(), m.group("text").strip()
    said = f"{term}: {text}"
    if term.casefold() in _NOT_TERMS or term.casefold() in _SPEC_LABELS or has_answer_label(said) or has_question_label(said):
        return None
    if len(text.split()) < GLOSS_DEFINITION_WORDS or len(text.split()) > TERM_ANSWER_WORDS:
        return None
    return m


_SPEC_LABELS = frozenset({"input", "output", "explanation", "constraints", "returns", "return", "example", "author", "date", "status"})


def _heading_goes_on(current: _Open, lines: list[str]) -> None:
    """A heading question whose '?' is on the next line (``### Q18. Que se passe-t-il si … la page`` then ``(sans volume,
    image custom) ?``, no blank line between): that line is the end of the question, not the first of its answer
    (trial11 P38: it was the back, over the options)."""
    if current.block.type != "heading_open" or not current.answer or current.q.text.rstrip().endswith(QUESTION_MARKS):
        return
    first = current.answer[0]
    if first.type != "paragraph_open" or first.start != current.block.end or first.end - first.start != 1:
        return
    more = squash(lines[first.start])
    if not more.endswith(QUESTION_MARKS) or len(more) > 200 or not (more[:1] in "(（" or more[:1].islower()):
        return
    current.q.text = f"{current.q.text} {more}"
    current.answer = current.answer[1:]


_WRITTEN_NUMBER = re.compile(r"^[\s#*_]*(?:(?i:q|question|pregunta|frage|вопрос|câu|domanda|questão)\s*)?(?P<n>\d{1,3})\s*[.):]")


def _written_number(line: str) -> str | None:
    """The number a question's line starts with, its label's too ('### Q17. …', '**3.** …'): the page key's entry."""
    m = _WRITTEN_NUMBER.match(line)
    return m.group("n") if m else None


BOILERPLATE_MIN = 3  # answers that end with the same block before it is the page's furniture, not their text


def _boilerplate_gone(items: list[Item], doc: Document, diag: Diagnostics) -> list[Item]:
    """The same last block ending most answers of a page (a saved web page's 'Share this' line, a figure caption
    repeated under every answer: backlog P21) is the page's furniture: dropped from each answer it ends, said once."""
    answered = [i for i in items if not i.skip and i.kind is ItemKind.basic and len(i.answer) > 1]
    ends = [i.answer[-1].text for i in answered]
    if len(ends) < BOILERPLATE_MIN:
        return items
    common, count = max(((t, ends.count(t)) for t in set(ends)), key=lambda tc: (tc[1], tc[0]))
    if count < BOILERPLATE_MIN or 2 * count < len([i for i in items if not i.skip]):
        return items
    out = [i.model_copy(update={"answer": i.answer[:-1]}) if i in answered and i.answer[-1].text == common else i for i in items]
    first = next(i for i in items if i in answered and i.answer[-1].text == common)
    words = " ".join(first.answer[-1].plain().split())[:60]
    diag.warning(
        doc.rel,
        first.locator.line,
        f"the same text ends {count} answers ('{words}'): the page's furniture, left out of the cards",
        "if it belongs to the answers, write it into each one differently or keep it in one place",
        group="boilerplate",
    )
    return out


_OPENING_HEADING = re.compile(r"^<h[1-6]>(?P<text>[^<]{1,60})</h[1-6]>$")


def _opening_heading_gone(items: list[Item], doc: Document, diag: Diagnostics) -> list[Item]:
    """The same heading opening most answers of a page (``<summary>1. What is …?</summary>`` / ``#### Swift`` / the
    answer, on all 128 questions of a page whose sister pages say ``#### JavaScript``) names the page, not the answer:
    dropped from each answer it opens, said once, as the same text ending most answers is (:func:`_boilerplate_gone`).
    Only a heading: a short paragraph opening most answers ('True.') is what they answer."""
    answered = [i for i in items if not i.skip and i.kind is ItemKind.basic and len(i.answer) > 1]
    heads = [(i, m.group("text")) for i in answered if i.answer[0].kind is BlockKind.html and (m := _OPENING_HEADING.match(i.answer[0].text))]
    if len(heads) < BOILERPLATE_MIN:
        return items
    common, count = max(Counter(text for _, text in heads).items(), key=lambda tc: (tc[1], tc[0]))
    if count < BOILERPLATE_MIN or 2 * count < len([i for i in items if not i.skip]):
        return items
    opened = [i for i, text in heads if text == common]
    gone = {id(i) for i in opened}
    said = html.unescape(common).strip()
    start = opened[0].locator.line
    line = next((k for k in range(start, min(start + 20, len(doc.lines)) + 1) if k > start and _heading_says(doc.lines[k - 1], said)), start)
    diag.warning(
        doc.rel,
        line,
        f"the same heading opens {count} answers ('{said}'): the page's furniture, left out of the cards",
        "if it belongs to the answers, write it into each one differently or keep it in one place",
        group="boilerplate",
    )
    return [i.model_copy(update={"answer": i.answer[1:]}) if id(i) in gone else i for i in items]


def _heading_says(line: str, text: str) -> bool:
    """Whether a source line is a heading of this text ('#### Swift', '<h4>Swift</h4>'): the line a message names."""
    written = re.sub(r"<[^>]+>", "", line).strip()
    return written.lstrip("#").strip() == text and (written.startswith("#") or "<h" in line.lower())


_HEADING_LINE = re.compile(r"^\s{0,3}(#{1,6})\s")


_TICKED = re.compile(r"`([^`\n]+)`")
# a section of the answers to the numbered exercises before it: '## Answers to Exercises', '## Solutions', '## Answer key'
_ANSWERS_SECTION = re.compile(
    rf"^(?:\W{{0,4}}\s*)?(?i:(?:{KEY_WORDS})(?:\s+(?:to|for|of)\s+(?:the\s+)?(?:exercises?|problems?|questions?|tasks?|practice))?)\s*[:.]?$"
)


def _label_sections_gone(items: list[Item]) -> list[Item]:
    """A card's innermost section that is a bare label ('Question 1', 'Q3', 'Exercise 2') and holds that card alone
    only numbers it: no section (newdocs 01: '## Question 1' / code / 'What is the output?' / '**Answer:** …' filed
    each card under a section of its own, as sitting 50 N16 had stopped for a question right under its label). A label
    over several cards (a question's parts) names what they share and stays."""
    held = Counter(tuple(item.section) for item in items)
    return [
        item.model_copy(update={"section": item.section[:-1]})
        if item.section and held[tuple(item.section)] == 1 and _LABEL_ONLY.match(item.section[-1].strip())
        else item
        for item in items
    ]


def _answered_later(items: list[Item]) -> list[Item]:
    """Numbered exercises answered in a later section of answers numbered the same (``1. Finish function `count_ge``` /
    its starter code … ``## Answers to Exercises`` / ``1. Here is one possible way …`` / the solution code): one card
    each, the task and its starter code the front, the same-numbered answer the back (trial15 T15-92: the starter code,
    ``return 0  # FIXME``, was taught as the answer and each solution was a card fronted 'Here is one possible way …').
    Only when every answer of the section has one exercise of its number before it and neither is skipped."""
    keyed = [k for k, item in enumerate(items) if item.section and _ANSWERS_SECTION.match(item.section[-1]) and item.number]
    if not keyed:
        return items
    section = items[keyed[0]].section
    keyed = [k for k in keyed if items[k].section == section]
    before = [k for k in range(keyed[0]) if items[k].number and items[k].section != section]
    partner: dict[int, int] = {}
    for k in keyed:
        same = [j for j in before if items[j].number == items[k].number]
        if len(same) != 1 or items[k].skip or items[k].kind is not ItemKind.basic or items[same[0]].kind is not ItemKind.basic:
            return items
        if squash(items[k].question).casefold() == squash(items[same[0]].question).casefold():
            return items  # ('## Answers' / '### 1. Which command …?' restating the question over its key: the key's reading)
        partner[same[0]] = k
    if len(partner) != len(keyed):
        return items
    out: list[Item] = []
    gone = set(partner.values())
    for j, item in enumerate(items):
        if j in gone:
            continue
        if j in partner:
            answer = items[partner[j]]
            said = _TICKED.sub(lambda m: f"<code>{m.group(1)}</code>", escapeHtml(answer.question.strip()))
            lead = [Block(kind=BlockKind.html, text=f"<p>{said}</p>")] if said else []  # ('Here is one possible way …')
            item = item.model_copy(update={
                "stimulus": [*item.stimulus, *item.answer], "stimulus_after": True, "answer": [*lead, *answer.answer],
                "skip": "", "original": f"{item.original}\n{answer.original}",
            })  # fmt: skip
        out.append(item)
    return out


def _heading_asks(item: Item) -> bool:
    """Whether a heading card's heading is a question in its own words ('## Q: What is alignment', '## What is
    capital', '## Why Rust?'), never a brief's label ('### Issue', '### Holding'): its card is never joined to the next
    (lead G22: an answer that asks joined two questions into one card taught the second's answer)."""
    first = item.original.split("\n", 1)[0]
    heading = re.sub(r"^\s{0,3}#{1,6}\s+", "", first).strip(" #*_")
    return has_question_label(heading) or opens_asking(heading) or heading.rstrip().endswith(QUESTION_MARKS)


def _asked_by_text(items: list[Item]) -> list[Item]:
    """A heading read as a card whose whole text is one question (a case brief's ``### Issue`` / ``Can an advertisement
    be an offer …?``), followed by the card of the next heading of its level in its section (``### Holding``): one card,
    asked by that question and answered by that text (learner4 N70: the Issue was dropped as 'the answer is only another
    question' and the Holding answered 'Yes: …' to a question the card never asked)."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        item = items[k]
        nxt = items[k + 1] if k + 1 < len(items) else None
        level = _HEADING_LINE.match(item.original)
        text = item.answer_plain().strip()
        if (
            nxt is not None and level is not None and item.kind is ItemKind.basic and nxt.kind is ItemKind.basic
            and not item.skip and not nxt.skip and nxt.answer and item.section == nxt.section
            and (m := _HEADING_LINE.match(nxt.original)) is not None and m.group(1) == level.group(1)
            and "\n" not in text and only_questions(text) and not item.question.rstrip().endswith(QUESTION_MARKS)
            and not _heading_asks(item) and not _heading_asks(nxt)
        ):  # fmt: skip
            out.append(item.model_copy(update={"question": text, "answer": nxt.answer, "original": f"{item.original}\n{nxt.original}"}))
            k += 2
            continue
        out.append(item)
        k += 1
    return out


_EMPTY_ENTRY = re.compile(r"^[ \t]*[-*+][ \t]*$")
_HEADING_MARK = re.compile(r"^#{1,6}[ \t]+")  # a Logseq block written as a heading ('- ## Genetics'): its text names the section


def _no_empty_entries(lines: list[str]) -> list[str]:
    """An outline's lines with its empty entries (a bare ``-``: the blank block Logseq keeps at the top and the end of
    every page) blanked, line numbers kept: no text, so never an ordinary entry that makes the list no outline of
    cards (trial11 P6: '-' over '- #card How to add …' blocks gave no card) nor an empty bullet on a back (P9)."""
    return ["" if _EMPTY_ENTRY.match(line) else line for line in lines]


_PLAIN_ENTRY = re.compile(r"^(?P<indent>[ \t]{0,3})[-*+][ \t]+(?P<text>\S.*?)[ \t]*$")
NAMED_OPTIONS = 8  # plain bullets at most that an answer line naming one by its text makes options


def _option_text(text: str) -> str:
    """An option's or an answer's words as compared: case, runs of spaces and a final full stop aside."""
    return squash(text).rstrip(".").casefold()


def _named_bullets(lines: list[str], after: int) -> list[str] | None:
    """Plain bullets with no letters under a question, then an answer line that repeats one entry's whole text
    (``- Green`` / ``- Blue`` / ``- Red``, then ``* Answer: Blue``: quiz generators and LLM-written quizzes, trial11
    P4): the lines with the bullets lettered and the answer line naming that entry's letter, read as options
    keyed by it; None for any other list (an answer's own list stays one)."""
    entries = [(k, _PLAIN_ENTRY.match(lines[k])) for k in range(min(after, len(lines))) if lines[k].strip()]
    if not 2 <= len(entries) <= NAMED_OPTIONS or any(m is None for _, m in entries):
        return None
    found = [(k, m) for k, m in entries if m is not None]
    if len({m.group("indent") for _, m in found}) != 1 or option_line(lines[found[0][0]]):
        return None  # nested entries, or options already lettered ('- A. EC2': read as they are)
    at = next((k for k in range(after, len(lines)) if lines[k].strip()), None)
    if at is None:
        return None
    label = unbold_label(_LIST_MARK.sub("", lines[at].strip(), count=1))
    if not has_answer_label(label):
        return None
    named = _option_text(strip_answer_label(label))
    hits = [n for n, (_, m) in enumerate(found) if _option_text(m.group("text")) == named]
    if not named or len(hits) != 1:
        return None
    out = list(lines)
    for n, (k, m) in enumerate(found):
        out[k] = f"{m.group('indent')}- {LETTERS[n]}) {m.group('text')}"
    out[at] = f"Answer: {LETTERS[hits[0]]}"
    return out


LINK_ONLY = "its answer is only a link to another page"


def _linked_away(answer: list[TopBlock]) -> str:
    """The target of the one link to another page ('../deep-pagination.md', 'https://…') that is all of a question's
    answer (a paragraph or a list entry of links, nothing else but furniture), or ''."""
    targets: list[str] = []
    for block in answer:
        if block.boilerplate() or _marker_only(block):
            continue
        if not navigation(block):
            return ""
        for token in block.tokens:
            for child in token.children or []:
                href = str(child.attrGet("href") or "") if child.type == "link_open" else ""
                if href and not href.startswith("#"):
                    targets.append(href)
    return targets[0] if len(set(targets)) == 1 else (f"{targets[0]} and {len(targets) - 1} more" if targets else "")


FIELD_LEADS_MIN = 2  # headings over the same labelled line before their question, making it a field of each entry


def _field_leads(blocks: list[TopBlock], lines: list[str]) -> set[int]:
    """First lines of the labelled one-line paragraphs right under headings ('**Moves:** 1. e4 e5 2. Nf3 Nc6 3. Bb5' under
    '## Ruy Lopez', then '**Q:** What is White's idea with 3. Bb5?'), when the same label stands so under at least
    :data:`FIELD_LEADS_MIN` headings: each entry's field, what its question asks about (newdocs 21: "text outside any
    question" under every heading). Never a question's or an answer's label."""
    found: dict[str, list[int]] = {}
    for n in range(1, len(blocks)):
        block = blocks[n]
        if blocks[n - 1].type != "heading_open" or block.type != "paragraph_open" or block.end - block.start != 1:
            continue
        m = _BOLD_LABEL_LEAD.match(lines[block.start])
        if m is None or not (m.group("label").rstrip().endswith((":", "：")) or m.group("rest").startswith((":", "："))):
            continue
        label = m.group("label").strip(" :：").casefold()
        if not label or has_question_label(f"{label}: x") or has_answer_label(f"{label}: x"):
            continue
        found.setdefault(label, []).append(block.start)
    return {start for starts in found.values() if len(starts) >= FIELD_LEADS_MIN for start in starts}


def _exhibit(block: TopBlock) -> bool:
    """A block a section's questions can be about: code, a table, a quote or box, maths (not a picture: under a
    section heading that is most often a banner or logo; not a table of links: a table of contents)."""
    if block.type == "table_open" and (anchor_links(block) or reading_list([block])):
        return False
    if block.type == "admonition_open" and block.tokens[0].meta.get("tag", "").lower() in _ASIDE_BOXES:
        return False  # ('> [!NOTE]' / 'Cognitive Levels: … Marking Scheme: …' atop a section: about the section, T15-85)
    if block.type == "paragraph_open" and len(block.tokens) > 1 and _CONTEXT_LABEL.match(block.tokens[1].content):
        return True  # ('**Facts:** A mill's crankshaft broke …' over '**Issue:** Can the mill recover …?': T27-13)
    if block.type == "paragraph_open" and len(block.tokens) > 1 and _EXERCISE_LEAD.match(block.tokens[1].content):
        return True  # ('_Exercise: train and tune a k-NN classifier …_' over its steps 'a. …', 'b. …': trial48 T48-7)
    return block.type in ("fence", "code_block", "table_open", "blockquote_open", "admonition_open", "math_block", "math_block_label")


# a paragraph that states the exercise its steps after it are parts of, labelled so: '_Exercise: train and fine-tune a
# Decision Tree for the moons dataset._', '**Task:** …', 'Aufgabe: …' (Hands-On ML's solutions: trial48 T48-7)
_EXERCISE_LEAD = re.compile(
    r"^(?:\*\*|__|\*|_)?\s*(?i:exercise|task|problem|aufgabe|übung|ejercicio|tarea|exercice|esercizio|exercício|tarefa"
    r"|задание|упражнение|练习|習題|演習|연습)\s*(?:\d{1,3}[.)]?)?\s*(?:\*\*|__|\*|_)?\s*[:：]\s*(?:\*\*|__|\*|_)?\s*\S"
)


# a paragraph labelled as the situation the questions after it ask about: a case brief's facts, a scenario, a context
_CONTEXT_LABEL = re.compile(
    r"^(\*\*|__)\s*(?i:facts?|background|context|scenario|situation|case|given|premise|setting|hechos|contexto|escenario|"
    r"situación|faits|contexte|situation|sachverhalt|kontext|szenario|fatos|cenário|situação|fatti|scenario|контекст|факты|"
    r"ситуация|背景|情境|情景|案例|材料|事実|状況|사실관계|상황)\s*[:：]?\s*\1\s*[:：]?\s*\S"
)


# boxes that say something about a section (its marking, how to use it), never what its questions are about
_ASIDE_BOXES = frozenset(("note", "info", "tip", "important", "warning", "caution", "hint", "abstract", "summary", "success"))


# two or more option letters opening the answer, then a stop and what explains them: 'A, B, D.  The five levels of …'
# (several right options; never prose: 'A, B and C are vectors' has no stop after its letters)
_LETTER_LIST = re.compile(r"^(?P<indent>\s*)(?:\*\*|__)?[A-Ha-h](?:\s*(?:,|&|\band\b)\s*[A-Ha-h]){1,7}(?:\*\*|__)?(?:[.:)](?:\s|$)|\s*$)")


def _letter_key(lines: list[str], after: int) -> list[str]:
    """An answer that is one option's letter alone (``A``, ``(b)``, ``C.``), the first text after the options
    (inside a ``<details>`` toggle or an answer box as outside), read as the key it is: ``Answer: A``
    (learner L33); so is a list of letters over their explanation (``A, B, D.  The five levels …``: trial13
    T13-12), ``Answer: A, B, D. The five levels …``."""
    lines = list(lines)
    for k in range(after, len(lines)):
        inline = _ONE_LINE_TOGGLE.match(lines[k])
        if inline is not None and inline.group("body"):  # '<details><summary>Answer</summary>B</details>' (T23-42)
            lines[k] = inline.group("indent") + inline.group("body")
        if not lines[k].strip() or _LAYOUT_LINE.match(lines[k]):
            continue
        m = _LONE_LETTER.match(lines[k]) or _WORDY_KEY.match(lines[k])
        if m is None and (m := _LETTER_LIST.match(lines[k])) is not None:  # 'A, B, D.  The five levels …' (T13-12)
            return [*lines[:k], f"{m.group('indent')}Answer: {lines[k].strip()}", *lines[k + 1 :]]
        if m is None and _restated_option(lines[k], lines[:after]):  # 'B) 443 — HTTP over TLS.' in the toggle (T23-42)
            return [*lines[:k], f"Answer: {lines[k].strip()}", *lines[k + 1 :]]
        if m is None:
            return lines
        return [*lines[:k], f"{m.group('indent')}Answer: {m.group('letter')}", *lines[k + 1 :]]
    return lines


# an answer toggle written on one line: its text between '</summary>' and '</details>'
_ONE_LINE_TOGGLE = re.compile(r"^(?P<indent>\s*)<details\b[^>]*>\s*<summary\b[^>]*>.*?</summary>\s*(?P<body>.*?)\s*</details>\s*$", re.I)
_OPTION_SAID = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?\(?(?P<letter>[A-Ha-h])[.)](?:\*\*|__)?\s+(?P<text>\S.*)$")


def _restated_option(line: str, options: list[str]) -> bool:
    """The first text after a question's options is one of them again, its label and its text, perhaps with why after
    it ('B) 443 — HTTP over TLS.' in the answer toggle under 'A) 80' / 'B) 443' / 'C) 22'): the key, never a 4th option."""
    said = _OPTION_SAID.match(line)
    if said is None:
        return False
    texts = {m.group("letter").upper(): m.group("text").strip(" *_") for x in options if (m := _OPTION_SAID.match(x))}
    own = texts.get(said.group("letter").upper(), "")
    rest = said.group("text").strip(" *_")
    return bool(own) and len(texts) >= 2 and rest.casefold().startswith(own.casefold()) and not rest[len(own) : len(own) + 1].isalnum()


def _questions_only(current: _Open, lines: list[str]) -> int:
    """How many questions a heading that asks nothing holds when its text is questions and nothing else
    (each line or entry ends with '?' or opens like a question: 'Explain …'), at least two; else 0. A puzzle
    counts too: a paragraph that asks, or sets a task ('Modify only functions …', 'Create a fetcher function …'), in its
    last line or its first, with the code it is about under it ('What is the output?' / its code / '---' …: trial14
    T14-27, the puzzles were the heading's answer); code under no such paragraph is an answer."""
    if any(b.type not in _LISTED_QUESTION_BLOCKS for b in current.answer):
        return 0
    count = 0
    puzzle = False  # under a paragraph that asks about the code below it: that code (and its captions) is the question's
    for n, block in enumerate(current.answer):
        texts = [t for t in lines[block.start : block.end] if t.strip()]
        if block.type in ("hr", "html_block"):
            if block.type == "html_block" and not all(_COMMENT_LINE.match(t) for t in texts):
                return 0
            continue
        if block.type in ("fence", "code_block"):
            if not puzzle:
                return 0  # code under no question: an answer
            continue
        if block.type == "paragraph_open" and any(_asks_then_tells(text) for text in texts):
            return 0  # ('Is the page a draft? While testing, build drafts with -D.': an answer's text, T45-14)
        if block.type == "paragraph_open" and _puzzle(texts):
            if _command_caption(texts, current.answer[n + 1 : n + 2]):
                return 0  # ('**Create tag at HEAD:**' over a `bash` fence: a cheat sheet's caption, its command the answer: T42-2)
            count, puzzle = count + 1, True
            continue
        if block.type == "paragraph_open" and puzzle and len(texts) == 1 and _CAPTION.match(texts[0].strip()):
            continue  # 'in callback style' between two versions of the code asked about
        puzzle = False
        if block.type == "blockquote_open" and len(texts) == 1:
            continue  # '> 最新：2021.02.27' over the list: the page's note, not an answer
        if block.type == "paragraph_open" and count and len(texts) == 1 and _LINKED.search(texts[0]):
            continue  # ('See more questions in this [question bank](…).' under the list: a pointer, T39-10)
        bares = [_LINK_ONLY.sub(r"\1", _LIST_MARK.sub("", text.strip()).strip()) for text in texts]
        # ('- **Question:** Explain the four pillars of OOP.': labelled a question, whatever its end: T36-5)
        asking = [
            bare.rstrip(" *_`").endswith(QUESTION_MARKS) or opens_asking(bare) or bool(_CODE_TASK.match(bare)) or has_question_label(unbold_label(bare))
            or bool(_INTERVIEW_PROMPT.match(bare))
            for bare in bares
        ]
        # ('- **Authentication** – Who are you?': a term glossed by the question it answers, a mnemonic, T44-5)
        asking = [ask and not (glossed_by_question(bare) and not has_question_label(unbold_label(bare))) for ask, bare in zip(asking, bares, strict=True)]
        # (a long list of questions, a few of them worded as topics: '- [写一个方法探测CPU占比情况](…/issues/3599)' among
        # ~700 linked questions of a daily-question site, trial14 T14-27)
        if not all(asking) and (block.type == "paragraph_open" or len(asking) < QUESTION_LIST_LONG or sum(asking) < 0.8 * len(asking)):
            return 0
        count += len(texts)
    return count if count >= 2 else 0


# an interviewer's prompt that asks without a '?': 'Tell me about yourself.', 'Walk me through …', 'Give an example of …'
_INTERVIEW_PROMPT = re.compile(r"^(?i:tell\s+(?:me|us)\s+about|walk\s+(?:me|us)\s+through|give\s+(?:me\s+|us\s+)?an\s+example|talk\s+about)\b")
_LINKED = re.compile(r"\[[^\]]+\]\([^)]+\)")  # a Markdown link
TOPIC_COLON_WORDS = 4  # words at most of a topic heading whose closing colon leaves its front ('Recall@k:')


def _topic_colon(text: str) -> bool:
    """A heading that names a topic and ends with a colon ('### Recall@k:', T39-16), never a task or a lead-in whose
    colon points at what follows ('Consider the following statements:', 'Haga que este código funcione:')."""
    bare = text.rstrip()
    if not bare.endswith((":", "：")) or not bare.rstrip(" :：") or len(bare.split()) > TOPIC_COLON_WORDS:
        return False
    return not (prompt_term(bare) or opens_asking(bare) or task_verb(bare))


def _title_cased(text: str) -> bool:
    """Every word of four letters or more opens with a capital ('Templates and Generics'): a topic's name, never a
    stem leading into its options ('Há oração subordinada em:')."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


QUESTION_LIST_LONG = 10  # list entries from which a few topics among questions still make a list of questions
_LINK_ONLY = re.compile(r"^\[([^\]]+)\]\([^)]*\)$")  # '[How do I …?](https://…)': the entry is its link's text
_LISTED_QUESTION_BLOCKS = frozenset({"blockquote_open", "paragraph_open", "bullet_list_open", "ordered_list_open", "fence", "code_block", "hr", "html_block"})
_CAPTION = re.compile(r"^[^.!?。]{1,40}:?$")  # a short caption over code ('in callback style', 'Version 2:')
_COMMENT_LINE = re.compile(r"^\s*<!--.*-->\s*$")  # '<!-- prettier-ignore-start -->': layout
_CODE_TASK = re.compile(
    r"^\W*(?:\w+:\s*)?(?:create|write|implement|modify|make|fix|rewrite|refactor|complete|change|correct|predict|guess)\b"
    r"|^(?:请|試|试)?(?:写|寫|实现|實現|编写|手写|封装|使用|用|说下|说说|谈谈|解释|解釋)",
    re.I,
)


# a fence of shell commands ('```bash', '```console'); a caption that points at code to change is a task ('… below:')
_SHELL_FENCE = re.compile(r"^(?:bash|sh|shell|zsh|fish|console|shell-session|terminal|powershell|pwsh|ps1|cmd|bat)\b", re.I)
_POINTS_AT_CODE = re.compile(r"(?i)\b(?:below|following|above|this|these)\b")
COMMAND_LINES = 6  # a cheat sheet's command under its caption is a line or a few, not a script to work on


def _command_caption(texts: list[str], after: list[TopBlock]) -> bool:
    """A caption ending with ':' right over a short shell command ('**Create repository in current directory:**' over a
    `bash` fence `git init`; 'Create local branch `name`:' over `$ git create-branch development`): a cheat sheet's
    description of the command, which is its answer, not a coding task set on the code (trial42 T42-2)."""
    last = texts[-1].strip().rstrip(" *_")
    if not last.endswith((":", "：")) or _POINTS_AT_CODE.search(" ".join(texts)) or not after:
        return False
    code = after[0]
    if code.type not in ("fence", "code_block"):
        return False
    body = [x for x in code.tokens[0].content.splitlines() if x.strip()]
    if not body or len(body) > COMMAND_LINES:
        return False
    return bool(_SHELL_FENCE.match(code.tokens[0].info.strip())) or body[0].lstrip().startswith("$ ")


def _puzzle(texts: list[str]) -> bool:
    """A paragraph over code that asks about it: its last line asks ('How can you fix this …?', 'What is the output'),
    or its first or last sets a task ('Modify only functions …')."""
    texts = [t.strip() for t in texts if t.strip()]
    if not texts:
        return False
    last = texts[-1].rstrip(" *_`")
    return last.endswith(QUESTION_MARKS) or opens_asking(last) or any(_CODE_TASK.match(t) for t in (texts[0], texts[-1]))


# 'term::the … …', '**[sensitivity](notes/sensitivity.md)**::the proportion of …' (the term bold, or a link to its note)
_SENTENCE_ANSWER = re.compile(
    r"^\s*(?P<q>(?:\*\*|__)?\[?[^\W\d_][\w -]{1,40}?(?:\]\([^)\s]*\))?(?:\*\*|__)?)\s*::\s*(?P<a>[^\W\d_]\S*\s+\S+\s+\S.*)$"
)
_sr_pages: dict[int, tuple[list[str], bool]] = {}


def _sentence_card(line: str) -> re.Match[str] | None:
    """``specificity::the proportion of true negatives …``: a one-word term whose answer is a lower-case sentence of three
    words or more (not ``std::vector``, ``Foo::bar()``), a card where the page or its paragraph says so (trial15 T15-16)."""
    return _SENTENCE_ANSWER.match(line)


def _sr_page(lines: list[str]) -> bool:
    """A page of the Obsidian Spaced Repetition plugin: tagged ``#flashcards`` or holding its ``<!--SR:…-->`` schedules."""
    known = _sr_pages.get(id(lines))
    if known is not None and known[0] is lines:
        return known[1]
    found = any("<!--SR:" in line or re.search(r"(?:^|\s)#flashcards\b", line) for line in lines)
    _sr_pages.clear()
    _sr_pages[id(lines)] = (lines, found)
    return found


_KEY_HEADING = re.compile(r"^\s{0,3}(?:#{1,6}\s+|\*\*|__)(?P<text>[^*_#]{3,40}?)(?:\*\*|__)?\s*:?\s*$")
_keyed_pages: dict[int, tuple[list[str], bool]] = {}


def _key_section(lines: list[str]) -> bool:
    """Whether the page has an answer key's heading ('## Answers', '**Answer key**') that may key its questions."""
    known = _keyed_pages.get(id(lines))
    if known is not None and known[0] is lines:
        return known[1]
    found = any((m := _KEY_HEADING.match(line)) and KEY_SECTION.match(m.group("text")) for line in lines)
    _keyed_pages.clear()
    _keyed_pages[id(lines)] = (lines, found)
    return found


def _unticked_options(lines: list[str], current: _Open) -> int:
    """How many task-list options open a question's answer when none is ticked and the page keys its
    other questions by ticking (a quiz bank whose key is missing here: the card would teach nothing); 0
    otherwise (a to-do list on a page that ticks nothing is an answer like any other)."""
    if not current.answer:
        return 0
    start = current.answer[0].start
    end = max(b.end for b in current.answer)
    count = 0
    lettered = True  # '- [ ] A. …' / '- [ ] B. …': quiz options that write their letters (learner L36)
    for text in lines[start:end]:
        if _BOX_TICKED.match(text):
            return 0
        if m := _BOX_OPEN.match(text):
            letter = "abcdefgh"[count] if count < 8 else "-"
            lettered = lettered and bool(re.match(rf"\(?[{letter}{letter.upper()}][.)]\s", text[m.end() - 1 :]))
            count += 1
        elif count and not text.strip():
            break
    if count < 2:
        return 0
    # (or every question of the page is over boxes and none is ticked: a quiz shared without its key, T18-37)
    return count if lettered or any(_BOX_TICKED.match(text) for text in lines) or box_quiz(lines) else 0


_QUESTION_REFS = re.compile(
    r"^(?:(?:q|questions?|items?|#)\s*)?\d{1,4}[a-z]?(?:\s*[–—-]\s*(?:q\s*)?\d{1,4})?"
    r"(?:\s*(?:[,;/&]|and)\s*(?:(?:q|#)\s*)?\d{1,4}[a-z]?(?:\s*[–—-]\s*(?:q\s*)?\d{1,4})?)*$",
    re.I,
)
_QUESTIONS_COLUMN = re.compile(r"^(?:questions?|question\(s\)|items?|q#?s?|question numbers?)$", re.I)


def _question_index(head: list[str], body: list[list[str]], asked: set[int]) -> bool:
    """A table that maps a quiz's questions (a standards or topics table: ``| Standard | Description | Questions |``
    over ``| 2.3.1 | Binary/hex conversion | Q5, Q17 |``): one of its columns, named for questions or written
    ``Q5``, holds question numbers in every row (``asked``: the front and back columns, never so). Its rows
    are no cards (trial11 P77: 13 junk cards)."""
    for k, name in enumerate(head):
        if k in asked:
            continue
        cells = [row[k].strip("*_ ") for row in body if k < len(row) and row[k].strip("*_ ")]
        if len(cells) < 2 or not all(_QUESTION_REFS.match(c) for c in cells):
            continue
        if _QUESTIONS_COLUMN.match(name.strip("*_ ")) or sum(c[:1].lower() == "q" for c in cells) * 2 > len(cells):
            return True
    return False


_NUMBERED_CELL = re.compile(r"^\s*(?P<n>\d{1,3})[.)]\s+(?P<text>\S.*)$")
_LETTERED_CELL = re.compile(r"^\s*\(?(?P<l>[A-Ha-h])[.)]\s+(?P<text>\S.*)$")
_MATCH_PAIR = re.compile(r"(?<!\w)(?P<n>\d{1,3})\s*[-–—:.)=→]\s*\(?(?P<l>[A-Ha-h])\)?(?!\w)")


def _matching(body: list[tuple[int, list[str]]], front: int, back: int) -> tuple[list[tuple[int, str, str]], dict[str, str]] | None:
    """A matching exercise written as a table: numbered terms in one column, lettered definitions in another, each row
    pairing nothing (``| 1. Mitosis | | a. Diffusion of water … |``): ``([(line, number, term)], {letter: definition})``;
    else None. Its rows are never cards by row (trial12 U96: every card taught a wrong pair)."""
    terms, defs = [], {}
    for line, cells in body:
        cells = [*cells, *[""] * (max(front, back) + 1 - len(cells))]
        t, d = _NUMBERED_CELL.match(cells[front]), _LETTERED_CELL.match(cells[back])
        if t is None or d is None:
            return None
        terms.append((line, t.group("n"), t.group("text").strip()))
        defs[d.group("l").lower()] = d.group("text").strip()
    letters = sorted(defs)
    return (terms, defs) if len(terms) >= 2 and letters == [chr(ord("a") + k) for k in range(len(letters))] else None


def _match_key(lines: list[str]) -> dict[str, str]:
    """The page's matching key, a line of two or more 'number-letter' pairs (``**Answers:** 1-b, 2-a, 3-c``)."""
    key: dict[str, str] = {}
    for line in lines:
        pairs = list(_MATCH_PAIR.finditer(line))
        if len(pairs) >= 2:
            key.update((m.group("n"), m.group("l").lower()) for m in pairs)
    return key


_ICON_LINK = re.compile(r"^\s*\[[^\w\]]*\]\([^()\s]*\)\s*$")  # a link whose text is an icon ('[🗝️](url)', '[→](url)')


# a column that files the rows under topics ('| Topic | Question | Answer |'), in the languages deckc reads: each row's
# section, as a sheet's 'Category' column is (sitting 45: it was 'Topic: TCP' at the end of every back)
_GROUP_COLUMNS = frozenset(
    {"topic", "category", "section", "chapter", "module", "lesson", "theme",
     "thema", "kategorie", "kapitel", "abschnitt", "tema", "categoría", "categoria", "capítulo", "capitolo",
     "thème", "catégorie", "chapitre", "rubrique", "тема", "раздел", "категория", "主题", "主題", "分类", "分類", "章"}
)  # fmt: skip  (not 'unit', 'subject' or 'area': a quantity's unit, a sentence's subject, a shape's area are facts)
GROUP_CELL_WORDS = 6  # words at most in a topic cell


def _group_column(head: list[str], body: list[list[str]], others: list[int]) -> int | None:
    """The column among ``others`` that names each row's topic: its header a topic's name (:data:`_GROUP_COLUMNS`),
    short cells, a topic shared by two rows at least; None when there is none."""
    for k in others:
        if _column_name(head[k]) not in _GROUP_COLUMNS:
            continue
        cells = [row[k].strip() for row in body if k < len(row) and row[k].strip()]
        if cells and len(set(cells)) < len(cells) and all(len(c.split()) <= GROUP_CELL_WORDS for c in cells):
            return k
    return None


def _column_name(cell: str) -> str:
    """A table header cell as a name to compare ('**Hiragana**' and 'hiragana' alike)."""
    return " ".join(cell.strip("*_ ").lower().split())


# a task that asks for an explanation, which a table can give whole ('### 3. Explain the types of JOIN.' over '| Join |
# Returns |', sitting 43: the rows were cards and the task, among numbered questions, a section: lost); never a task
# the rows carry out one by one ('Define the following terms', 'Translate', 'Complete the table')
_EXPLAIN_TASK = re.compile(
    r"^\W*(?:\d{1,3}\\?[.)]\s+)?(?i:explain|describe|compare|contrast|distinguish|differentiate|discuss|summari[sz]e|outline"
    r"|explica|explique[sz]?|describa|describe|compara|décri(?:s|vez)|compare[sz]|erkläre|erklären\s+sie|beschreibe"
    r"|beschreiben\s+sie|vergleiche|vergleichen\s+sie|spiega|descrivi|confronta|descreva|compare)\s+\S"
)


def _asked_table(question: str, block: TopBlock) -> bool:
    """A table right under a heading that asks, its header naming no question column (``| Method | Path | Request body
    | Response body | Auth | Status codes |`` under '## What endpoints does the orders API expose?'): the question's
    answer, one table, never a card per row fronted by its first column and backed by a column whose name holds an
    answer word ('Response body': trial17 T17-14, the question was lost to rows 'GET', 'POST' …)."""
    if not question.rstrip().rstrip("*_ ").endswith(QUESTION_MARKS) and not _EXPLAIN_TASK.match(question):
        return False
    rows = _table_rows(block)
    named = table_columns(rows[0][1]) if rows else None
    return named is not None and column_role(rows[0][1][named["front"]]) != "front"


# a table cell wholly in bold or italics ('**Unité 3 : La nourriture**'): a group row's title when the rest of its row is empty
_GROUP_CELL = re.compile(r"^(?P<m>\*\*|__|\*|_)(?P<title>[^*_\s][^*_]*)(?<!\s)(?P=m)$")


def _card_rows(rows: list[tuple[int, list[str]]]) -> tuple[list[tuple[int, list[str]]], dict[int, str]]:
    """A table's rows as a table of cards reads them, and each card row's group: an empty header over a first row that
    names the columns (a Word table converted: Word marks no header row, '|  |  |' over '| Français | English |') gives
    way to that row; a row whose first cell alone is written, in bold or italics (Word's row merged across the table,
    '| **Unité 3 : La nourriture** | |'), is the title of the rows under it, no card (trial32 T32-17: the build stopped,
    or each unit was a question with no answer). Rows as they were when the table has no such group row, or a front
    column all bold."""
    if len(rows) > 2 and not any(rows[0][1]) and (
        table_columns(rows[1][1]) is not None or any(map(names_column, rows[1][1])) or shaped_header(rows[1][1], [c for _, c in rows[2:]])
    ):
        rows = rows[1:]  # ('|  |  |  |' over '| Svenska | Engelska | Exempel |': a column named by a language, T36-4)
    if len(rows) < 3 or len(rows[0][1]) < 2:
        return rows, {}
    rows = _merged_rows(rows)
    kept = rows[:1]
    groups: dict[int, str] = {}
    group = ""
    for line, cells in rows[1:]:
        m = _GROUP_CELL.match(cells[0]) if cells and not any(cells[1:]) else None
        if m and not m.group("title").endswith(QUESTION_MARKS):
            group = m.group("title")
            continue
        kept.append((line, cells))
        if group:
            groups[line] = group
    if not groups or any(_GROUP_CELL.match(cells[0]) for line, cells in kept[1:] if line in groups and cells):
        return rows, {}  # (no group, or fronts in bold like their titles: rows as written)
    return kept, groups


def _merged_rows(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """A table's rows, each row that continues the one above it joined to it: a spreadsheet's or a word processor's
    merged cells written as blanks (``| Desert | Very dry | Cacti | Camel |`` / ``|  |  | Succulents | Fennec fox |``),
    its first two cells empty, a later one written, under a row whose first cell is: each written cell added to the
    cell above on a line of its own (round-15 d/11: the table was in no card). A table of fewer than three columns, or
    whose first row of the body is such a row, is as written."""
    if len(rows[0][1]) < 3 or len(rows) < 3:
        return rows
    def follows(cells: list[str]) -> bool:
        return len(cells) >= 3 and not cells[0].strip() and not cells[1].strip() and any(c.strip() for c in cells[2:])
    if follows(rows[1][1]) or not any(follows(cells) for _, cells in rows[2:]):
        return rows
    out = [rows[0], (rows[1][0], list(rows[1][1]))]
    for line, cells in rows[2:]:
        if follows(cells) and out[-1][1] and out[-1][1][0].strip():
            above = out[-1][1]
            above += [""] * (len(cells) - len(above))
            for k, cell in enumerate(cells):
                if cell.strip():
                    above[k] = f"{above[k]}<br>{cell.strip()}" if above[k].strip() else cell.strip()
        else:
            out.append((line, list(cells)))
    return out


def _header_key(head: list[str]) -> tuple[str, ...]:
    """A table header as its column names, so that the page's tables of one header are read as one (a two-row table
    '| Drug | Class | Mechanism | Side effects |' under '## Antiplatelets' after a longer one: sitting 45 N1)."""
    return tuple(" ".join(c.strip("*_ ").lower().split()) for c in head)


_RULE_ONLY = re.compile(r"^:?-{3,}:?$")
# a cell that is only a link with a word or a sign for its text ('[?](https://httpstatuses.com/200)', '[docs](…)', '[↗](…)')
_LINK_CELL = re.compile(r"^\[(?P<text>[^\]\[]{0,12})\]\([^)\s]*\)$")


def _divider_row(cells: list[str]) -> bool:
    """A body row of dashes only (``| --- | --- |`` between a table's rows, a second rule to group them): no card
    (sitting 49: it was a question '---' with no answer)."""
    return bool(cells) and all(_RULE_ONLY.match(c) for c in cells)


def _without_link_columns(rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """The rows without a column (not the first) whose body cells are each the same link text, or empty: a reference
    column (``| Code | Name | ? |`` / ``| `200` | OK | [?](https://…/200) |``) teaches nothing, and with it the table
    was one card of all its cells (sitting 49); the rows as they are otherwise."""
    if len(rows) < 3 or len(rows[0][1]) < 3:
        return rows
    drop = set()
    for c in range(1, len(rows[0][1])):
        found = [_LINK_CELL.match(cells[c]) if c < len(cells) else None for _, cells in rows[1:]]
        texts = {m.group("text").strip() for m in found if m}
        if len(texts) == 1 and all(m or not cells[c:c + 1] or not cells[c] for m, (_, cells) in zip(found, rows[1:], strict=True)):
            drop.add(c)
    if not drop:
        return rows
    return [(line, [cell for c, cell in enumerate(cells) if c not in drop]) for line, cells in rows]


def _table_rows(block: TopBlock) -> list[tuple[int, list[str]]]:
    """(1-based line, cells) of each row of a table block, its header first. Tables set side by side under a header
    that repeats its columns ('| Key | Action | Key | Action |') are stacked: the first's rows, then the next's, each
    row at its line (trial23 T23-50: the whole table was one card)."""
    rows: list[tuple[int, list[str]]] = []
    for t in block.tokens:
        if t.type == "tr_open":
            rows.append(((t.map[0] if t.map else block.start) + 1, []))
        elif t.type == "inline" and rows:
            rows[-1][1].append(t.content.strip())
    rows = _without_link_columns([row for k, row in enumerate(rows) if not k or not _divider_row(row[1])])
    width = side_by_side(rows[0][1]) if rows else 0
    if not width:
        return rows
    stacked = [(rows[0][0], rows[0][1][:width])]
    for g in range(0, len(rows[0][1]), width):
        stacked += [(line, part) for line, cells in rows[1:] if any(part := cells[g : g + width])]
    return stacked


# a key cell written with emphasis ('**B**', '**C. 12** (5 + 7)', '*A) true*', '`D`'): the letter, the option's text, a reason
_EMPHASISED_KEY = re.compile(r"^\s*(?P<m>\*\*|__|\*|_|`)(?P<l>[A-Ha-h])(?:\s*[.):]\s*(?P<text>[^*_`]*?))?\s*(?P=m)\s*(?P<why>.*?)\s*$")


def _emphasised_key(cell: str, texts: list[str]) -> tuple[str, str]:
    """``(key, reason)`` of a bank row's key cell: its letter when written with emphasis around it, with or without the
    option's text (``**C. 12** (5 + 7)`` -> ``('C', '(5 + 7)')``; trial18 T18-40: the emphasis hid the letter, every such
    row "named none of its options"); the cell as it is otherwise. The text must be that option's, when written."""
    m = _EMPHASISED_KEY.match(cell)
    if m is None:
        return cell, ""
    k = ord(m.group("l").upper()) - ord("A")
    said = squash(m.group("text") or "")
    if said and (k >= len(texts) or squash(texts[k]).strip("`*_ ").casefold() != said.strip("`*_ ").casefold()):
        return cell, ""
    return m.group("l").upper(), m.group("why")


def _table_bank(block: TopBlock) -> tuple[ChoiceFields, list[str], list[tuple[int, list[str]]]] | None:
    """A table whose header names a multiple-choice bank (trial9 T24): its columns, header cells and body
    rows; else None."""
    if block.type != "table_open":
        return None
    rows = _table_rows(block)
    while rows and not any(c.strip() for c in rows[0][1]):
        rows = rows[1:]  # ('|  |  |' over '| --- |' then the names: a Word table converted with an empty header, T16-21)
    if len(rows) < 2:
        return None
    first = [_HTML_TAG.sub("", cells[0]).strip() if cells else "" for _, cells in rows]
    if (first[0] in ("", "#", "№", "No", "No.", "N") and all(not c or _NUMBER_CELL.match(c) for c in first[1:])) or row_numbers(first[1:]):
        rows = [(line, cells[1:]) for line, cells in rows]  # ('|  | Savol | …' over '| 1 | (-21 - -9) + 12 | …': row numbers)
    layout = bank_columns(rows[0][1], text_key=True)  # ('Correct answer' beside 'Wrong answer 1' …: Gimkit's, T16-21)
    return (layout, rows[0][1], rows[1:]) if layout is not None else None
