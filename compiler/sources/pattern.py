"""Reader for declarative layouts: ``layout = "qa"``, ``"numbered"``, … or a ``[source.pattern]`` table.

The layout (see :mod:`compiler.layouts` and docs/layouts.md) is a handful of
regular expressions with named groups.  The reader walks the lines once:

- front matter and lines before the first item or section are skipped;
- ``skip`` lines are dropped anywhere; a ``stop`` line ends the items until
  the next item or section line;
- an ``item`` line starts an item (with ``sequence``, only if its number
  follows the previous item's, or restarts at 1 after a section);
- with an ``answer`` pattern the question runs to the answer line; without
  one, the question is the item line (cut at its ``?`` by ``question_end``
  when the answer follows on the same line) and the lines below are the
  answer, whose leading ``A:``/``Answer:`` label is dropped;
- in Markdown documents, lines inside code fences are never item, section or
  answer lines, and answers are rendered as Markdown.

"No silent garbage": a question that swallows many lines, an answer holding
lines that look like items, a section heading or numbering that the layout
skipped, and text outside any item are warnings with their line; an item
without an answer is a warning and no card.
"""

from __future__ import annotations

import ast
import bisect
import itertools
import re
import textwrap
import warnings
from dataclasses import dataclass, field
from typing import Any

from compiler.config import SourceConfig
from compiler.diagnostics import AFTER_STOP, Diagnostics
from compiler.layouts import CHAPTER_WORDS, KEY_WORDS, PART_WORDS, PRESETS, Layout, resolve
from compiler.model import Block, BlockKind, Choice, Item, ItemKind, item_slug, normalize_text
from compiler.pairscore import content_words
from compiler.passes.repair import complete_question, repair_mojibake
from compiler.sources.base import Document, make_item
from compiler.sources.blocks import answer_blocks, continues, passage_blocks, text_block
from compiler.sources.choices import (
    ASKS_SEVERAL,
    LETTERS,
    Choices,
    after_label,
    bullet_question,
    completion_stem,
    find_choices,
    find_choices_after,
    inline_options,
    instruction,
    is_answer_line,
    key_labels,
    listed_parts,
    option_html,
    option_line,
    picks_one,
    picture_text,
    prose_key,
    repeated_instructions,
    report_conflicts,
    report_key_against_line,
    said_right_off,
    stated_verdict,
    worked_parts,
)
from compiler.sources.cloze import cloze_fields, has_cloze
from compiler.sources.difficulty import Levels, guess_combined, lookup, split_marker, words_are_answers
from compiler.sources.item_starts import after_dash, glossary_lines, own_label
from compiler.sources.lines import (
    ANSWER_WORDS,
    BOX_RUN_MIN,
    BULLET,
    CLOSERS,
    LETTER_MARKS,
    MARKDOWN_SUFFIXES,
    OWN_LINE,
    PROMPT_AFTER_ASK,
    QUESTION_MARKS,
    TICK_SLOT,
    UNTICKED_BOX,
    answer_labelled,
    box_quiz,
    bracketed_answer,
    closed_fences,
    ends_complete,
    exam_tags,
    exercise_data,
    exercise_instruction,
    form_line,
    full_width,
    has_answer_label,
    has_right_answer_label,
    in_fence,
    instruction_context,
    is_answer_label_heading,
    join_continuation,
    looks_like_code,
    looks_like_formula,
    only_questions,
    opens_asking,
    pair_separator,
    points_at,
    points_tail,
    prompt_term,
    question_after_list,
    squash,
    statement_lines,
    strip_answer_label,
    strip_extra_label,
    strip_number,
    strip_question_label,
    strip_right_answer_label,
    topic_line,
    unbold_label,
    without_noun_ask,
    wrapped_question,
)
from compiler.sources.markdown_blocks import (
    COURSE_FURNITURE_REASON,
    check_parsed,
    check_text,
    course_furniture,
    drop_answer_label,
    heading_images,
    layout_divs,
    make_parser,
    obsidian_links,
    outside_code_spans,
    page_title,
    plain_inline,
    render_blocks,
    sanitize,
    strip_front_matter,
    task_boxes,
    top_blocks,
    unlearnable_said,
)
from compiler.sources.named_lines import named_lines
from compiler.sources.parts import (
    PartLabels,
    in_part,
    part_alone,
    part_label,
    part_labels,
    part_named,
    record_heads,
)
from compiler.sources.pdf_fronts import asks
from compiler.sources.prompts import picture_prompt
from compiler.sources.word_keys import spaced_word_key

# the statement's own prompt, 'True / False:', 'T/F:' (trial18 T18-24): no second 'True or false:' before it
_TF_LABEL = re.compile(r"^\s*\[?(?i:true\s*(?:/|or)\s*false|t\s*/\s*f)\]?\s*[:：.–—-]\s*(?=\S)")
_ANSWER_LABEL_WORD = re.compile(r"^\s*(?:\*\*|__)?(?P<word>[^\W\d_]{1,12}\.?)(?:\*\*|__)?\s*[:：.-]")


def _label_word(line: str) -> str | None:
    """The answer label a line starts with ('Ans' of 'Ans:- …', 'Answer' of '**Answer:** …'), else None."""
    m = _ANSWER_LABEL_WORD.match(line)
    return m.group("word").lower() if m and has_answer_label(line) else None


# a verdict after an arrow, then why in brackets: '… năm 1962. → Sai (Đáp án đúng: năm 1963.)' (trial18 T18-24)
# a true/false statement's verdict and its reason: '… → Sai (Đáp án đúng: Bến Tre.)' (T18-24), '… — **False** (they are
# mammals)', '… **Falsch** – Fledermäuse sind Säugetiere.' (trial33 T33-28: 'no answer')
_VERDICT_NOTE = re.compile(
    r"^(?P<body>.*?\S\s*(?:(?:→|->|=>|⇒|[-–—:])\s*[^\s()（）]{1,20}|(?:\*\*|__)[^\s*_()（）]{1,20}(?:\*\*|__))\s*[.!。]?)"
    r"(?:\s*(?P<note>[(（][^()（）]{2,}[)）])|(?<=\*\*|__)\s*(?P<sep>[-–—:;,])\s*(?P<reason>[^\W_].{2,}?))\s*$"
)
_ARROW_VERDICT = re.compile(r"\s+(?:→|->|=>|⇒|=)\s*(?=\S+\s*[.!。]?\s*$)")  # '… negative. → True': the verdict after an arrow
_FEEDBACK_LABEL = re.compile(
    r"^(?P<lead>\s*(?:>\s*)?)(?:\[(?i:feedback|explanation|rationale|hint)\]|[【\[](?:解析|分析|点评|點評|详解|詳解|解説)[】\]]\s*[:：]?)\s*"
)  # ('【解析】…': a Chinese exam's explanation label, trial11 P93)
# a question that asks to pick among the entries below it ('Which of the following …', 'Which statement …')
_WHICH_OF = re.compile(r"(?i)\bwhich\s+(?:one\s+)?of\s+the\s+following\b|\bwhich\s+(?:of\s+these\s+)?(?:statements?|options?|choices?)\b")
_SUB_NUMBER = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,2})[.)]\s+(?P<text>\S.*)$")
# a question that points at what is set below it ('The table below gives …', 'the following graph')
_POINTS_BELOW = re.compile(
    r"(?i)\b(?:table|figure|graph|diagram|chart|image|picture|map|data|code|program|passage|excerpt)\s+(?:shown\s+)?below\b"
    r"|\bthe\s+following\s+(?:table|figure|graph|diagram|chart|image|picture|map|data|code|program|passage|excerpt)\b"
)
# an item line that only names the question's kind and a title, the question on the lines below ('3. Multiple choice -
# Rounded corners', '2. True/false - border style', '1. Matching - Box model': an LMS quiz's export, trial12 U21)
_LONE_LETTER = re.compile(r"^\(?[A-Ha-h]\)?$")  # an option's letter alone
_KIND_TITLE = re.compile(
    r"^(?P<kind>(?i:multiple[ -]choice|multiple[ -](?:select|answers?|response)|true\s*/\s*false|true or false|matching|short[ -]answer"
    r"|fill[ -]in[ -]the[ -]blanks?|fill[ -]in|essay|ordering|numeric(?:al)?|calculated|long[ -]answer|written[ -]response))"
    # a title, not a statement: a few words, no sentence's end ('True or False: Every action … is an API call.' is the
    # question itself, its answer 'True' under it: learner5 L37)
    r"(?:\s*(?:[-–—:]\s*(?P<title>(?:[^?？.!。\s]+\s*){1,6})))?$"
)
_LEAD_BOLD = re.compile(r"^(\*\*|__)(?P<text>[^*_\n]{1,40}?)\1")  # a bold label opening a key entry's text
# a lead-in that names the questions a passage below it is for ('Questions 1–3 refer to the following passage.', 'Read
# the passage and answer questions 1 and 2.': reading tests, trial12 U88)
# the questions named in the languages deckc reads ('Lee el texto y responde las preguntas 4–6', 'Fragen 4 bis 6')
_LEAD_QUESTIONS = r"questions?|preguntas?|fragen?|aufgaben?|domande?|quest(?:ões|ão)|perguntas?|vragen|vraag|вопрос(?:ы|ов|ам)?"
_LEAD_RANGE = re.compile(
    rf"(?i)\b(?:{_LEAD_QUESTIONS})\s+(?P<a>\d{{1,3}})"
    r"(?:\s*(?:[-–—]|to|and|&|through|à|a|al|y|e|bis|und|et|tot|en|до|и)\s*(?P<b>\d{1,3}))?\b"
)
# the same in Chinese, Japanese and Korean papers: '阅读下面的文字，完成1～2题。', '第1至3题', '問1～問3', '[1~3] 다음 글을 읽고 …'
# (trial26 T26-45: the passage was on no card)
_LEAD_RANGES_CJK = (
    re.compile(r"(?P<a>\d{1,3})\s*[～~〜\-–—－至到]\s*第?(?P<b>\d{1,3})\s*小?[题題]"),
    re.compile(r"問\s*(?P<a>\d{1,3})\s*[～~〜\-–—－]\s*問?\s*(?P<b>\d{1,3})"),
)
# an instruction for a range of questions, in any language: the range in brackets opening its line ('[1-3] Read the
# passage …', '※ [4~5] (    )에 들어갈 … 고르십시오.', '(1–2) Elige …') or after a directions word ('Directions for 1-3:',
# 'Instructions (questions 4–6):', 'Consignes 1 à 3 :'); the instruction after the range goes on the front of each
# question in it (trial31 T31-6: it was the answer of the question above it, or in no card)
_LEAD_BRACKET = re.compile(
    r"^\s*+(?:[※*▶►■◆●○・]\s*)?[\[［【(（]\s*(?P<a>\d{1,3})\s*[～~〜\-–—－]\s*(?P<b>\d{1,3})\s*[\]］】)）][.:：]?\s*(?=\S)"
)
_LEAD_DIRECTIONS = re.compile(
    r"(?i)^\s*+(?:directions?|instructions?|consignes?|instrucciones|indicaciones|instruções|istruzioni|anweisungen?|hinweise?)"
    r"\b[^\d\n]{0,30}?(?P<a>\d{1,3})\s*(?:[-–—~]|to|through|à|a|al|bis)\s*(?P<b>\d{1,3})\b[)\]]?[.:：]?\s*"
)
# one question named ('Read the poem and answer question 4.'): a lead-in only where the line says to read or use what
# follows (trial25 T25-32: the poem went to the question above, as its explanation)
_LEAD_ONE = re.compile(
    r"(?i)\b(?:read|use|refer|refers|study|look|examine|based|answer|lee|lea|lean|responde|responda|contesta|conteste|lesen"
    r"|lies|beantworten|beantworte|lisez|lis|répondez|réponds|leggi|leggete|rispondi|rispondete|leia|leiam|читайте|прочитайте)\b"
)
# a range of question numbers in any language, between a dash or tilde or up to three short words ('soal nomor 1–3',
# '1-3. soruları', 'الأسئلة من 1 إلى 3', 'प्रश्न 1 से 3', 'câu hỏi từ 1 đến 3', 'vragen 1 tot en met 3', '1~3번'): a lead-in
# when its first number is the next question's (trial28 T28-31: a passage under 'Bacalah teks berikut untuk menjawab
# soal nomor 1–3!' was on no card)
_ANY_RANGE = re.compile(r"(?<![\d.,])(?P<a>\d{1,3})\.?\s*(?:[-–—~～〜]|(?:\s+[^\W\d_][^\s\d]{0,5}){1,3}\s+)\s*(?P<b>\d{1,3})(?![\d.,]\d)")
# a time a paper allows ('Time allowed: 1 hour 15 minutes', 'Durée : 2 h 30', 'Zeit: 90 Minuten'): its numbers are no range
_DURATION = re.compile(
    r"(?i)\d[ \t]*(?:h|hrs?|hours?|min|mins|minutes?|stunden?|minuten?|heures?|horas?|minutos?|ore|minuti|uur|minuten|godz\.?|minut)\b"
    r"|\d[ \t]*(?:час(?:а|ов)?|минут[аы]?|分|時間|小时|小時|시간|분)"
)
# one question number in a line that asks to read what follows in any language ('soal nomor 4!', '4. soruyu', 'السؤال 4',
# '問4に答えなさい', '4번 물음'): the one number of the line
# (an ordinal is no question's number: '1.º de Bachillerato', '2º ano', '1.ª edición', '1st year'; sitting 47, meta)
_LIST_LINE = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")


def _a_list(lines: list[str]) -> bool:
    """Whether a section's text is a list (a lead-in ending with ':' over it allowed, its entries' wrapped lines
    indented): '## Learning objectives' over bullets is the course's furniture, '## Discussion' over paragraphs of
    prose is the chapter's text (d2l's batch-norm: 60 lines of prose were skipped as 'a list of objectives')."""
    said = [x for x in lines if x.strip()]
    if said and not _LIST_LINE.match(said[0]) and said[0].rstrip(" *_").endswith((":", "：")):
        said = said[1:]
    return bool(said) and _LIST_LINE.match(said[0]) is not None and all(_LIST_LINE.match(x) or x[:1] in (" ", "\t") for x in said)


# the words a one-number lead-in names its question by, in the languages of the papers read ('question 1', 'soal nomor
# 1', 'Aufgabe 1', 'задание 1', '第1题'): a sentence that only holds the number is no lead-in (sitting 56)
_ASKS_OF = re.compile(
    r"(?i)\b(?:questions?|q|items?|tasks?|exercises?|problems?|soal|nomor|pertanyaan|aufgaben?|fragen?|frage|pregunta|preguntas"
    r"|questão|questões|domanda|domande|vraag|vragen|zadani\w*|pytani\w*|вопрос\w*|задани\w*|câu|soru\w*|sual\w*)\b"
    r"|题|題|문제|問|سؤال|السؤال|الأسئلة|प्रश्न"
)
_ENDS_WITH_NUMBER = re.compile(r"\d{1,3}\s*[.!:。！：।]?\s*$")  # ('… soal nomor 4!', '問4に答えなさい。' has its word)
# the number a sentence ends with names a figure, a table, an equation, a chapter … of the text, never a question ('…;
# see Table 1.', '… as shown in Figure 1.': sitting 57, a chapter's notes went onto question 1's front)
_NAMES_OTHER = re.compile(
    r"(?i)\b(?:tables?|tab|figures?|fig|equations?|eqs?|chapters?|ch|sections?|sec|pages?|pp?|appendix|appendices|listings?"
    r"|examples?|lemmas?|theorems?|definitions?|lessons?|units?|modules?|steps?|lines?|rows?|columns?|slides?|volumes?|vol"
    r"|abbildung|tabelle|kapitel|seite|tableau|chapitre|tabla|figura|cap[ií]tulo|p[aá]gina|tabela)\.?\s*\d{1,3}\s*[.!:。！：।]?\s*$"
)
_MATH_OR_CODE_SPAN = re.compile(r"\$[^$\n]+\$|`[^`\n]+`")  # '$1$', '`x = 1`' in a Markdown line
_ONE_NUMBER = re.compile(r"(?<![\d.,])(?P<a>\d{1,3})(?![\d.,]\d)(?!\.?[ºª°]|(?i:st|nd|rd|th|er|re|e|te|ten)\b)")
# a line ending in dots to write on ('GCSE Biology — Paper 1 Candidate number: ……..', a paper's header): no full stop
_DOTTED_END = re.compile(r"(?:…|\.{2,})\.?$")
RANGE_SPAN = 20  # questions at most one lead-in names
# a reading passage quoted above the first question (N21): its '>' lines, and what opens a callout instead
_QUOTE_LINE = re.compile(r"^[ \t]{0,3}>[ \t]?")
_CALLOUT_OPEN = re.compile(r"^(?:\[!\w+\]|[*_]{1,2}\w+(?:\s\w+)?:?[*_]{1,2}:?(?:\s|$))")
_PASSAGE_STOP = re.compile(r"[.!?。！？][\"”’)]*\s+(?=\S)")  # a sentence's end inside the passage
# a page's text that speaks of its questions ('Here are the questions for Friday's quiz', 'Instructions: Answer ALL
# questions', 'Directions (Q1–Q3): …', 'From:' / 'Subject:'): its introduction, never a passage they are about
_ABOUT_ITEMS = re.compile(r"(?i)\b(?:questions?|quiz(?:zes)?|answers?|instructions?|directions?|marks?|listed\s+below)\b|^\s*(?:from|to|subject|date)\s*:")
PASSAGE_WORDS = 25  # words of a passage at least, quoted or above a page's first item (an epigraph, an intro is a line)
PASSAGE_SENTENCES = 2  # … and sentences
OPEN_SCOPE = 10**6  # the last question of a lead-in that names none ('Read the passage and answer the questions below.')
# a lead-in that says to read what follows, in the languages of school papers ('Read the passage …', '次の文章を読んで、後の
# 問いに答えなさい。', 'Bacalah teks berikut …'): the passage is the questions' after it, up to the next part (T28-38)
_READ_LEAD = re.compile(
    r"(?i)\b(?:read|lee|lea|lean|lisez|lis|lies|lest|leia|leiam|leggi|leggete|lees|przeczytaj|przeczytajcie|прочитайте|прочитай"
    r"|đọc|bacalah|baca|okuyunuz|okuyun|oku)\b|اقرأ|اقرئي|पढ़|読んで|読み、|阅读|閱讀|읽고"
)
# 'For the next three questions, match …': a lead-in counting the questions after it (learner5 L57)
_LEAD_NEXT = re.compile(r"(?i)\b(?:the\s+)?next\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+questions\b")
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
LEAD_WORDS = 25  # words at most in such a lead-in line
_PICTURE_LINE = re.compile(r"^\s*(?:!\[[^\]\n]*\]\([^)\n]*\)(?:\{[^}\n]*\})?|<img\b[^>\n]*>)\s*$", re.I)  # a picture alone on its line
_PAIR_LINE = re.compile(r"^\s*[-*+•]\s+(?P<left>[^=]{1,80}?)\s+=\s+(?P<right>[^=]+?)\s*$")  # '- Margin = space outside …'
_BOLD_KEY_LABEL = re.compile(r"^(\*\*|__)(?P<label>\(?[A-Ha-h1-9][).:]?)\1[).:]?\s*")  # a key entry's option label in bold ('**B**.')
# a key entry as a list entry, the number after an answer label or alone: '* **Answer 1:** **B**. OPEN fails fast.',
# '* **Jawaban Soal 1:** **B**. …', 'Answer 1: B. …', '* 1. B. …' (trial15 T15-19)
_LABELLED_KEY = re.compile(
    rf"^\s*(?:[-*+•]\s+)?(?:\*\*|__)?(?i:{ANSWER_WORDS}|answer|ans)(?:\s+[^\W\d_]{{2,12}})?\s*(?P<n>\d{{1,3}})\s*[:.)]?(?:\*\*|__)?\s*[:.)]?\s+(?P<text>\S.*)$"
)
_BULLET_KEY = re.compile(r"^\s*[-*+•]\s+(?:\*\*|__)?(?P<n>\d{1,3})[.):](?:\*\*|__)?\s+(?P<text>\S.*)$")
# a prompt after a question's '?' that goes on asking ('… How does each type form? Give one example of …': learner4 N54)
_PROMPT_REST = re.compile(PROMPT_AFTER_ASK.pattern + r"[^?？؟]{0,160}[.!]?$")
_BOLD_MARK = re.compile(r"^(\*\*|__)")


def _unbolded(question: str, answer: str) -> tuple[str, str]:
    """A question and its same-line answer split inside one bold run ('**What is the capital of France? Paris.**'):
    each without the half of the bold marks it got, which showed as asterisks (sitting 49)."""
    mark = _BOLD_MARK.match(question)
    if mark is None or mark.group(1) in question[2:] or not answer.rstrip().endswith(mark.group(1)) or mark.group(1) in answer.rstrip()[:-2]:
        return question, answer
    return question[2:].lstrip(), answer.rstrip()[:-2].rstrip()
_BREAKS = re.compile(r"^\s*(?:<br\s*/?>\s*)+$", re.I)  # '<br><br><br>': room left to write the answer in, no answer
_EQUALS_RULE = re.compile(r"^\s*={3,}\s*$")  # '==================' between parts of a page of questions (trial11 P63)
QUESTION_MAX_LINES = 6  # a question running over more lines than this swallowed its answer
LEVEL_WINDOW = 120  # a level pattern is looked for in the first/last characters of a question
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}(?=[^`]*$)|~{3,})")  # (a backtick fence's info string holds no backtick: '```int``` is …' is prose, trial10 P4)
_GLUED_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*")
WRAPPED_ASIDE_LINES = 4  # lines at most of an item's paragraph that asks, then adds an aside in brackets (T52-2)
# a question mark, then only an aside in brackets to the paragraph's end: '… beginning with C? (don't just …)'
_ASKS_THEN_ASIDE = re.compile(r"[?？]\s*[(（][^()（）]+[)）]\s*$")
_BLOCK_START = re.compile(r"^\s*(?:[-*+]\s|\d{1,9}[.)]\s|\(?[A-Ha-h][.)]\s|#|\||>|```|~~~|<)")
_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")  # a setext heading's underline (or a rule)
_LETTERED = re.compile(r"^(?:[-*+][ \t]+)?\(?[A-Ha-h][.)][ \t]+\S")  # a lettered option line ('D. IGMP')
_ATX_LINE = re.compile(r"^(#{1,6})\s+\S")
_LETTER_OF = re.compile(r"^\s*(?:[-*+][ \t]+)?(?P<b>\*\*|__|)(?P<open>\(?)(?P<l>[A-Ha-h])(?P<close>[.)]|(?P=b)(?=[ \t]))(?P=b)?[ \t]+\S")


def _next_option(answer: list[str], line: str) -> bool:
    """Whether ``line`` is lettered as the option after the last line of ``answer`` is ('C) heart' after 'B) lung',
    blank lines between): one more of the item's options, never a title (trial31 T31-44: an exam paper's text, its
    options a paragraph each, lost its last question's C and D as 'titles' over its key's '1 C')."""
    this = _LETTER_OF.match(line)
    last = _LETTER_OF.match(next((x for x in reversed(answer) if x.strip()), ""))
    if this is None or last is None:
        return False
    return (this.group("open"), this.group("close")) == (last.group("open"), last.group("close")) and ord(this.group("l")) == ord(last.group("l")) + 1
_SECTION_HEADING = re.compile(r"^(?P<depth>#{1,6})\s+(?P<section>\S.*?)(?:\s+#+)?\s*$")  # a Markdown heading as a section
_LINK = r"\[[^\]\n]*\]\([^)\s]*\)"
# a line that shows nothing a card could need: navigation links only, a <br/>, an HTML comment, a rule
_NAV_ONLY = re.compile(
    rf"^\s*(?:(?:[-*+]|\d{{1,3}}[.)])\s+)?(?:{_LINK}\s*(?:[|·•]\s*)?)+$"
    r"|^\s*(?:<br\s*/?>|<!--.*-->|[-*_]{3,}|</?(?:p|div|details)>)\s*$",
    re.I,
)
_HEADING_MARKS = re.compile(r"^#{1,6}\s+")


def _option_named(options: list[tuple[str, str]], said: str) -> str | None:
    """The label of the one option whose whole text a key entry gives ('443' for 'B) 443', case, marks and a final
    stop aside); None when none or several do."""
    def plain(text: str) -> str:
        return " ".join(re.sub(r"[*_`]", "", text).split()).rstrip(".").casefold()

    named = [label for label, text in options if plain(text) and plain(text) == plain(said)]
    return named[0] if len(named) == 1 else None


def _entry_letter(entry: _KeyEntry) -> str:
    """The option letter a key entry names ('C', '**1. Jawaban: C**' -> 'C'), upper case; '' if none."""
    text = _LEAD_BOLD.sub(r"\g<text>", (entry.lines[0] if entry.lines else "").strip(), count=1)
    text = strip_answer_label(text) if has_answer_label(text) else text
    m = _KEY_OPTION.match(text.strip().strip("*_ "))
    return m.group("label").upper() if m and m.group("label").isalpha() else ""


def _option_text(text: str) -> str:
    """An option's words to compare a key entry's with: case, spacing, maths and emphasis marks aside (never signs:
    '(4, 7)' is not '(-4, -7)')."""
    return " ".join(re.sub(r"[$`*_]", "", text).lower().split()).strip(" .")


_KEY_HEAD_END = re.compile(r"\s+\|\||\n|\s*(?:\*\*|__)?(?i:explanation|because|rationale)\b|\s[-–—]\s|(?<=[.!?])\s")  # where an option's text ends in a key entry
_KEY_SPLIT = re.compile(r"\s+\|\|\s+")  # "b) 11 || Explanation: …": two parts of one key entry
_BOLD_LETTERS = re.compile(r"^(?P<mark>\*\*|__)(?P<labels>[A-H]{2,8}|\(?[A-Ha-h]\)?(?:\s*[,;&/+]\s*\(?[A-Ha-h]\)?)+)(?P=mark)")
_KEY_OPTION = re.compile(r"^\(?(?P<label>[A-Ha-h1-9])[).:,;]?(?:\s+|$)(?P<rest>.*)$", re.S)
# a key entry that names its question's topic, then the right letter in brackets: '**1. Krankmeldung (B):**' (trial15 T15-6)
_TOPIC_LETTER = re.compile(r"^(?P<topic>[^\W\d_][^\n()]{0,60}?)\s*\((?P<label>[A-Ha-h])\)\s*[:.]?\s*$")
# a key entry naming several options: '4. B, E', '4. A and C', '4. BD' ("Choose TWO")
# ('bd' in lower case only as the whole entry: '3. be careful' names no option)
_KEY_OPTIONS = re.compile(
    r"^(?P<labels>\(?[A-Ha-h]\)?(?:\s*(?:[,;&/+]|\band\b)\s*\(?[A-Ha-h]\)?)+|[A-H]{2,8}|[a-h]{2,8}(?=[.)]?\s*$))"
    r"(?![\w'’])[.):]?\s*(?P<rest>.*)$",
    re.S,
)
# one entry of a compact key: '1-b', '2. C', '3) bd' (several options of a "Choose TWO" question run together), '1.2 B, C'
# (a question numbered by its section, the DVSA's theory test: trial32 T32-13)
_KEY_PAIR = re.compile(
    r"(?<![\w.])(?:(?i:q|question)\s?\.?\s?|[問问]\s?)?[(（]?(?P<n>\d{1,3}(?:\.\d{1,2}(?=\s))?)\s*(?:[-–—.):=．）：、]|[→⇒⟶➔➜]|-+>|=>)?\s*(?:\((?P<one>[A-Ha-h])\)|(?P<label>[A-Ha-h](?:[ \t]*(?:[,&+/]|\b(?:and|und|et|y|и)\b)[ \t]*[A-Ha-h](?![\w'’]))+|[A-Ha-h]{1,8}|[TFRWVrwv]|(?i:true|false|richtig|falsch|wahr|vrai|faux|verdadero|falso|vero|certo|errado|juist|onjuist))(?:\.?\))?)(?:\.(?=\s|$))?(?![\w'’])"
)  # (a true/false worksheet's key: '1. F 2. T 3. F', learner3 N1; 'Q1 (B)  Q2. C', '問2 ③', the questions' own label: sitting 22, T25-2)
# (an entry of several options: '3 a and d', '3 a+d', '3-a,d', '3 a/d': trial26 T26-19; an arrow between number and
# letter, '1 → c ; 2 → a', and the number in brackets, '(1) C (2) A': T26-52, T26-53)
_VERDICT_KEY = {"t": "True", "f": "False", "true": "True", "false": "False"}
# the verdict letters and words of other languages' keys: German r/f (richtig / falsch) or w/f (wahr / falsch), French,
# Spanish, Italian v/f (vrai / faux, verdadero / falso, vero / falso), written out too (trial26 T26-37)
_VERDICT_KEY |= {"r": "True", "w": "True", "v": "True", "richtig": "True", "falsch": "False", "wahr": "True", "vrai": "True",
                 "faux": "False", "verdadero": "True", "falso": "False", "vero": "True", "certo": "True", "errado": "False",
                 "juist": "True", "onjuist": "False"}  # fmt: skip
_VERDICT_WHY = re.compile(r"^\s*(?P<verdict>[^\W\d_]{1,8})\s*[(（](?P<why>[^()（）\n]{1,80})[)）]\s*$")  # 'F (a satellite)'
_VERDICT_SAID = re.compile(r"^\s*(?P<verdict>[TF]|(?i:true|false))\s*(?:[—–:;,.]|\s-)\s*(?P<rest>\S.*)$")  # 'F — arteries carry …'
# an answer key on its own label's line: 'Answers: 1-b, 2-a', '**Answer key:** 1. B 2. C'
# ('[정답] 1-③  2-②', '【答案】1．B　2．C': the label in brackets, no colon after it: trial25 T25-8)
# ('**정답** 1-② 2-①': the label in bold, no colon: T24-23; '**Answers**: 1. a  2. c', the colon after the bold; in
# italics alike, '*Answers:* 1-b, 2-a', '_Answer key_ 1. B')
_INLINE_KEY = re.compile(
    rf"^\s*(?:#{{1,6}}\s*)?(?:(?:\*\*|__|\*|_)?(?:(?i:{KEY_WORDS})\s*[:：]|[\[【〔［](?i:{KEY_WORDS})[\]】〕］]\s*[:：]?)\s*(?:\*\*|__|\*|_)?"
    rf"|(?:\*\*|__|\*|_)(?i:{KEY_WORDS})(?:\*\*|__|\*|_)(?:\s*[:：]|\s))\s*(?P<entries>\S.*)$"
)
_KEY_LABEL = re.compile(r"(?i)\bkey\b|answers|solutions|answer\s+sheet")
# a key of letters in question order after a key label or a range of question numbers ('Answer key (1-5): BCADB',
# '1–5: B, C, A, D, B', 'Answers 1-10: BCADB ADCBA', answer booklets' and OMR sheets' strings: trial32 T32-23)
_RANGED_KEY = re.compile(
    rf"^\s*+(?:\*\*|__)?(?P<label>(?i:{KEY_WORDS}))?\s*+(?:[(\[]?\s*+(?P<a>\d{{1,3}})\s*+[-–—]\s*+(?P<b>\d{{1,3}})\s*+[)\]]?)?\s*+[:：]"
    r"(?:\*\*|__)?\s*+(?P<letters>[A-H]{2,10}(?:\s++[A-H]{2,10})*+|[A-Ha-h](?:\s*+[,;]\s*+[A-Ha-h])++)\s*+\.?\s*+$"
)
# option letters alone, in question order: 'c, a, b', 'C A B', 'c; a; b.' (trial26 T26-51)
_LETTER_RUN = re.compile(r"\(?[A-Ha-h]\)?(?:\s*[,;/]?\s*\(?[A-Ha-h]\)?)+\s*\.?")
_LETTER_SPLIT = re.compile(r"(?<![A-Za-z])[A-Ha-h](?![A-Za-z])")
_SEVERAL = re.compile(r"(?i)\b(?:choose|select|pick|mark)\s+(?:two|three|four|2|3|4|all)\b|all\s+that\s+apply|more\s+than\s+one")
# a short label of any words, then a colon and a line's entries ('Megoldások: 1. B 2. C', 'Rješenja: 1. B, 2. C')
# (a letter with its marks: 'उत्तर', the Hindi for answer, has a vowel sign Python's \w does not take: trial26 T26-43)
_MARKED = rf"(?:[^\W\d_]|(?![^\W\d_])[{LETTER_MARKS}])"
_ANY_KEY_LABEL = re.compile(
    rf"^\s*(?:\*\*|__)?[^\W\d_]{_MARKED}{{0,30}}(?:[ \t]{_MARKED}{{1,30}}){{0,2}}(?:\*\*|__)?\s*[:：](?:\*\*|__)?\s*(?P<entries>\d.*)$"
)
_KEY_NUMBERS = re.compile(r"(?<![\d.,])\d{1,3}(?![\d.,]\d)")  # question numbers in a key line's entries
_KEY_ROW = re.compile(r"^\s*\|\s*(?P<n>\d{1,3})\s*\|\s*\(?(?P<label>[A-Ha-h])\)?[.)]?\s*\|")
# a key line naming its part before its entries ('Part A: 1–C, 2–D', 'Section 2: 1. osmosis 2. enzyme': trial11 P118, P120)
# a key's group named by its part's numeral alone on its line, as a Chinese or Japanese answer key heads each part's
# entries ('二、', '（三）', 'II.'): the group of the entries under it, never more of the entry above (it was glued onto
# the last entry of the part before: '5．×' read '× 三、', no verdict)
_NUMERAL_ALONE = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、．.]?|[（(][一二三四五六七八九十]{1,3}[)）]|[IVX]{1,4}[.)、．])\s*$")
_KEY_PART = re.compile(r"^\s*(?:\*\*|__)?(?P<part>[^\W\d_][^:：*_\n]{0,30}?)\s*[:：](?:\*\*|__)?\s+(?=\(?\d)")
# entries of a one-line key of words ('1. osmosis 2. enzyme 3. glucose'): number, then a few words without a sentence's end
# ('Q1 (B)  Q4 True  Q6 Structured Query Language': the questions' own label before each number, its mark then optional)
# ('(1) 東京　（２）富士山　（３）信濃川': numbers in brackets, full-width too, the text right after them: trial25 T25-54)
_WORD_NUMBER = r"(?:(?i:q)\s?\d{1,3}\s*[.):]?|\d{1,3}\s*[.)])"
_WORD_BRACKET = r"[(（]\d{1,3}[)）]"
_WORD_ENTRY = re.compile(
    rf"(?:^|(?<=\s))(?:(?i:q)\s?(?P<q>\d{{1,3}})\s*[.):]?\s++|(?P<n>\d{{1,3}})\s*+[.)]\s++|[(（](?P<b>\d{{1,3}})[)）]\s*+)"
    rf"(?P<text>(?:(?!\s(?:{_WORD_NUMBER}\s|{_WORD_BRACKET}))[^.?!。？！\n])+?)"
    # (the space before the next entry taken at once, then looked back at: a run of spaces is never split two ways
    # over, which took minutes on a line of wide gaps, trial26 T26-8)
    rf"\s*+[,;、]?\s*+(?:(?<=\s)(?={_WORD_NUMBER}\s|{_WORD_BRACKET})|$)"
)
WORD_KEY_MIN = 3  # entries of a one-line key of words (two could be one answer that holds a number: '1. Mix 2 cups')
WORD_KEY_WORDS = 6  # words at most in each of them
_TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_ROW_NUMBER = re.compile(r"^(?:\*\*|__)?(?:(?i:q)\s*)?(?P<n>\d{1,3})[.)]?(?:\*\*|__)?$")  # a key table's first cell: '33', 'Q4', '**5.**'
# a key line that ends with an entry's number, its letter on the next line ('Answers: 1. A 2.' / 'C 3. B')
_DANGLING_NUMBER = re.compile(r"(?:^|\s)\d{1,3}\s*[-–.):=]?\s*$")
WRAPPED_KEY_LINES = 8  # lines a key's paragraph may wrap onto
NOTES_SECTIONS_MIN = 2  # sections of Markdown notes over the practice questions for each to be a card (a lecture, not a chapter's intro)
# a key table's header row as a PDF's or a Word file's text gives it, its cells run together ('Question Answer', 'Q.No.
# Correct Answer Explanation', 'No Key No Key' over two columns of pairs): column names only, never an entry
# (the column names in the languages deckc reads too: '| Pregunta | Respuesta |', '| Frage | Antwort |', '| Nr. | Lösung |':
# sitting 42, a two-question Spanish page's key table was the last question's back)
_COLUMN_NUMBER = (
    r"(?:q(?:uestions?|n|ues)?|no|nr|num|number|item|n[°º]|\\?#|preguntas?|número|frage|fragen|aufgabe|domanda|pergunta|questão"
    r"|vraag|pytanie|вопрос|номер|задание|题号|題號|问题|問題|문항|번호)\.?(?:\s*(?:no|nr|num|number|\\?#)\.?)?"
)
_COLUMN_ANSWER = (
    r"(?:correct\s+|right\s+)?(?:answers?|ans|key|keys|options?|choices?|solutions?|responses?|respuestas?|soluci[oó]n(?:es)?"
    r"|réponses?|antwort(?:en)?|lösung(?:en)?|rispost[ae]|soluzion[ei]|respostas?|soluç[ãa]o|soluções|antwoord(?:en)?"
    r"|odpowied[źz]|ответы?|答案|解答|正解|정답|đáp\s+án|cevap)\.?"
)
_COLUMN_MORE = r"(?:explanations?|rationales?|reasons?|notes?|comments?|remarks?|references?|topics?|domains?|marks?|points?)"
_KEY_HEADER = re.compile(
    rf"(?i)\|?\s*(?:\*\*|__)?(?:{_COLUMN_NUMBER}[\s|]*{_COLUMN_ANSWER}(?:[\s|]+{_COLUMN_MORE})*[\s|]*)+(?:\*\*|__)?"
)
KEY_HEADER_LONGEST = 120  # characters: a longer line is no table's header


def _key_header(line: str) -> bool:
    """Whether a line is a key table's header, its cells run together ('Question Answer', '| Q | Answer |'): matched
    on the stripped line, short ones only (a megabyte of spaces took the pattern minutes)."""
    text = line.strip()
    return len(text) <= KEY_HEADER_LONGEST and _KEY_HEADER.fullmatch(text) is not None
# a row of such a table with its cells run together: the number, the option letter, what explains it ('3 C Customers …')
_KEY_ROW_TEXT = re.compile(r"^\s*(?P<n>\d{1,3})[.)]?\s+\(?(?P<label>[A-Ha-h])\)?[.):]?\s+(?P<text>\S.*)$")


_ITALIC_LINE = re.compile(r"^(?P<lead>\s*)(?P<mark>\*|_)(?!\s|(?P=mark))(?P<text>.+?)(?<![\s*_])(?P=mark)\s*$")


_FULLWIDTH_OPTION = re.compile(r"(?:^|(?<=[\s\u3000]))(?P<letter>[A-H])．[\s\u3000]*(?=\S)")


def fullwidth_options(line: str) -> str:
    """Option letters with a full-width stop, as Chinese papers type them ('A．物理层　　B．数据链路层', 'A．IP'), written
    'A. ': the options they are (trial12 U43); other lines as they are."""
    if "．" not in line:
        return line
    found = _FULLWIDTH_OPTION.sub(lambda m: m.group("letter") + ". ", line)
    return found.replace("\u3000\u3000", "  ") if found != line else line


_ESCAPED_NUMBER = re.compile(r"^(?P<lead>\s*)(?:\\(?P<a>\d{1,3}[.)])|(?P<n>\d{1,3})\\(?P<mark>[.)]))")


def key_unescaped(line: str) -> str:
    """A Markdown answer-key run whose first number is escaped so it is no list ('1\\. B 2. C', as pandoc writes a
    paragraph that opens with a number; '\\1. (b) 2. (b)') as the key line it is; other lines as they are."""
    m = _ESCAPED_NUMBER.match(line)
    if m is None:
        return line
    plain = m.group("lead") + (m.group("a") or m.group("n") + m.group("mark")) + line[m.end() :]
    return plain if len(_compact_key(plain)) >= 2 else line


def unitalic_answer(line: str) -> str:
    """An answer line written wholly in italics ('*Correct Answer: a) …*', '*Respuesta Correcta: a) …*',
    '*Respuesta Esperada: …*': trial11 P86) without them, so it is read as the answer line it is; other lines as
    they are."""
    m = _ITALIC_LINE.match(line)
    if m is None or m.group("mark") in m.group("text"):
        return line
    text = m.group("text")
    return m.group("lead") + text if is_answer_line(text) or has_answer_label(text) or has_right_answer_label(text) else line


def _asks_only(text: str) -> bool:
    """Text whose every sentence ends with a question mark, in any language ('Quali sono i vantaggi?'): a second
    question on the item line, never its answer (only_questions knows the asking words of a few languages only)."""
    parts = [p.rstrip(CLOSERS) for p in re.split(r"(?<=[.!?？؟。！])\s+", text.strip()) if p.strip()]
    return bool(parts) and all(p.endswith(QUESTION_MARKS) for p in parts)


def _compact_key(line: str, alone: bool = False) -> list[tuple[str, str]]:
    """(number, option(s)) pairs of an answer key written compactly: several on one line ('1-b, 2-b, 3-c',
    '1. B  2. C', '1) b 2) c'), a two-column table row ('| 1 | B |'), or with ``alone`` (a line inside
    the key) one entry ('1-b', '3. bd'); [] for any other line. Letters run together ('bd') are the
    several options of one entry."""
    row = _KEY_ROW.match(line)
    if row:
        return [(row.group("n"), row.group("label"))]
    pairs = [(m.group("n"), m.group("one") or m.group("label")) for m in _KEY_PAIR.finditer(line)]
    # (&nbsp; between entries: T23-15; a dash, 'Réponses : 1 b – 2 c – 3 a': T25-34; the Persian comma '،': T25-14; a
    # middle dot or bullet, '1 B · 2 B · 3 C', '1 B • 2 C', '1・B': trial29 T29-48)
    if len(pairs) < (1 if alone else 2) or _KEY_PAIR.sub("", line).strip(" \t\u00a0\u3000,;|/–—،؛·•‧・∙"):
        return []
    return [(n, label) for n, label in pairs if len(label) == 1 or key_labels(label) or label.lower() in _VERDICT_KEY]


def _word_case(label: str) -> bool:
    """Two letters or more in both cases ('Fe', 'Ag'): for a question without options a word or a symbol, never a
    run of option letters (trial35 T35-24, a key of chemical symbols lost two answers as options F+E and A+G)."""
    letters = [c for c in label if c.isalpha()]
    return len(letters) > 1 and any(c.isupper() for c in letters) and any(c.islower() for c in letters)


_BOXED = re.compile(r"^[\[(][ xX*✓✔]?[\])]")  # a box or a radio button opening an option: '( ) False', '[x] …'
# a key entry by its shape: '2. Osmosis', '2) b', '3: Die Bitübertragungsschicht.', '2 - Errado'
_SHAPE_ENTRY = re.compile(r"^\s{0,3}(?:\*\*|__)?(?P<n>\d{1,3})(?:\*\*|__)?(?:\s*[.):]|\s+[-–—])\s+(?P<text>\S.*)$")


def ranged_key(line: str) -> list[tuple[str, str]]:
    """(number, letter) pairs of a key of letters in question order after a key label or a range of numbers
    ('Answer key (1-5): BCADB' -> 1-B … 5-B; '6–10: A, D, C, B, A' -> 6-A …), numbered from the range's start (1 without
    one); [] for any other line, or when the range and the letters do not count alike."""
    m = _RANGED_KEY.match(line)
    if m is None or not (m.group("label") or m.group("a")):
        return []
    letters = re.findall(r"[A-Ha-h]", m.group("letters"))
    first = int(m.group("a") or 1)
    if m.group("a") and int(m.group("b")) - first + 1 != len(letters):
        return []
    return [(str(first + k), letter) for k, letter in enumerate(letters)]


def _caps_words(line: str) -> bool:
    """A short line in capitals, no sentence's end ('ÜBERTRAGUNGSMEDIEN', '**PROCESS MANAGEMENT**'): a group's title."""
    raw = _BOLD_TITLE.sub(r"\g<text>", line).strip().strip("#").strip()
    letters = [c for c in raw if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters) and len(raw.split()) <= TITLE_WORDS and raw[-1:] not in ".?!;,"


def _restates(rest: str, said: str) -> bool:
    """Whether a key entry's text after its letter opens by saying the option's text again ('B) Amazon S3 - it stores
    objects', 'B) Amazon S3'), not a sentence that starts with it ('B Amazon S3 is object storage.': an explanation
    column, its subject the option, kept whole)."""
    if not rest.startswith(said):
        return False
    after = rest[len(said) :]
    return not said or (not re.match(r"[ \t]+[^\W\d_]", after) and not after[:1].isalnum())


def _cells(line: str) -> list[str]:
    """The cells of a Markdown table row ('| 33 | cell |' -> ['33', 'cell'])."""
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip().strip("|"))]


def key_table(lines: list[str], index: int) -> bool:
    """The table holding ``lines[index]`` numbers the questions it answers: every body row opens with a number
    ('| Q | Answer |' / '| 33 | cell |', '| Q | Answer | Explanation |' / '| 1 | C | … |'), so its header and
    rule are no answer text and each row is one key entry (learner4 N53), whatever its answer cell holds."""
    start, end = index, index
    while start > 0 and _TABLE_LINE.match(lines[start - 1]):
        start -= 1
    while end + 1 < len(lines) and _TABLE_LINE.match(lines[end + 1]):
        end += 1
    # (a row of empty cells is no row: a Word table converted with its header left empty, trial15 T15-25)
    rows = [line for line in lines[start : end + 1] if not _TABLE_RULE.match(line) and any(cell.strip() for cell in _cells(line))]
    numbered = [row for row in rows if len(_cells(row)) >= 2 and _ROW_NUMBER.match(_cells(row)[0])]
    return len(numbered) >= 1 and len(numbered) >= len(rows) - 1 and all(_ROW_NUMBER.match(_cells(r)[0]) for r in rows[1:])


# (the first cell of an answer sheet's row of numbers, in any language: the Vietnamese 'bảng đáp án' '| Câu | 1 | 2 |…'
# over '| Đáp án | B | C |…', trial25 T25-9)
_GRID_LABEL = re.compile(
    r"(?i)^(?:q|qn|ques|question|questions|no\.?|nr\.?|#|item|frage|aufgabe|pregunta|questão|questao|domanda|vraag|pytanie"
    r"|câu(?:\s+hỏi)?|số\s+câu|soru|soal|nomor|вопрос|задание|№|n[°º]|题号|題號|题|題|问题|問題|問|문항|번호|문제)$"
)


GRID_LABEL_WORDS = 5  # the first cell of a grid's row of numbers, whatever its words: at most this many ('N° de la question')


def _grid_label(cell: str) -> bool:
    """Whether a grid's first cell labels its row: a known word, or any few words with no digit before a row of numbers
    ('№ вопроса', 'Q. No.', 'Номер задания': the numbers counting up say it is an answer sheet, trial35 T35-19)."""
    cell = cell.strip("*_ ")
    return bool(_GRID_LABEL.match(cell)) or (
        0 < len(cell.split()) <= GRID_LABEL_WORDS and not any(ch.isdigit() for ch in cell)
    )


def _table_bounds(lines: list[str], index: int) -> tuple[int, int]:
    """0-based first and last line of the table holding ``lines[index]``."""
    start, end = index, index
    while start > 0 and _TABLE_LINE.match(lines[start - 1]):
        start -= 1
    while end + 1 < len(lines) and _TABLE_LINE.match(lines[end + 1]):
        end += 1
    return start, end


def grid_key(lines: list[str], index: int) -> list[tuple[str, str]] | None:
    """``(number, answer)`` entries of a key laid out as a grid, an answer sheet: a header row of question numbers
    (maybe after a 'Q' cell) over rows of answers, column by column ('| 1 | 2 | 3 |' / '| B | A | Diffusion … |',
    '| Q | 1 | 2 |' / '| A | B | A |': trial12 U99, 0 notes before); a row of numbers again starts the next questions'
    columns (a long sheet in pairs of rows); None for any other table."""
    start, end = _table_bounds(lines, index)
    rows = [_cells(line) for line in lines[start : end + 1] if not _TABLE_RULE.match(line)]
    if len(rows) < 2 or not rows[0]:
        return None
    lead = 1 if _grid_label(rows[0][0]) else 0
    numbers = [_ROW_NUMBER.match(cell.strip()) for cell in rows[0][lead:]]
    if len(numbers) < 2 or not all(numbers):
        return None
    out: list[tuple[str, str]] = []
    for row in rows[1:]:
        more = [_ROW_NUMBER.match(cell.strip()) for cell in row[lead:] if cell.strip()]
        if len(more) >= 2 and all(more) and (lead == 0 or _grid_label(row[0])):
            numbers = [_ROW_NUMBER.match(cell.strip()) for cell in row[lead:]]  # ('| Câu | 6 | 7 |…' under the first pair)
            continue
        out += [(n.group("n"), cell.strip()) for n, cell in zip(numbers, row[lead:], strict=False) if n and cell.strip()]
    return out or None


def word_key(line: str) -> list[tuple[str, str]]:
    """(number, answer) entries of a key written on one line with words for answers ('1. osmosis 2. enzyme 3.
    glucose', trial11 P120): three or more, numbered in order, each a few words; [] for any other line."""
    entries = [(str(int(m.group("n") or m.group("q") or m.group("b"))), m.group("text").strip()) for m in _WORD_ENTRY.finditer(line)]
    if len(entries) < WORD_KEY_MIN or _WORD_ENTRY.sub("", line).strip(" \t\u3000,;|、"):
        return []
    numbers = [int(n) for n, _ in entries]
    if any(b != a + 1 for a, b in itertools.pairwise(numbers)) or any(len(text.split()) > WORD_KEY_WORDS for _, text in entries):
        return []
    return entries


OPTIONS_WITHIN = 12  # lines under a numbered line in which its options start, for it to be a question inside a key
# what joins an answer to its question ('What is TCP? - A reliable …', '→ 443', '= Address …', a next line '=arsitektur …'):
# no answer text (not '-1', '->' in code, nor a list entry '- a' over '- b')
_JOINER = re.compile(r"^(?:[-–—](?=\s)|→|->|=>|=(?![=\d]))\s*(?=\S)")
_LINE_JOINER = re.compile(r"^(?:→|->|=>|=(?![=\d]))\s*(?=\S)")  # on the next line a dash is a list entry
# a long dash opening the answer's line, a space after it: the reply's dash ('1. В каком году …?' / '   — В 1914 году.'),
# as Russian, French or Spanish write a spoken reply; the back showed '— В 1914 году.' (sitting 62 N62-6)
_REPLY_DASH = re.compile(r"^\s*[—–―]\s+(?=\S)")
_GLOSS_TAIL = re.compile(r"\s*[(（][^()（）]{1,60}[)）]$")  # '(kurzantworten / begründen)' after a title: what it holds
_TITLE_LINE = re.compile(r"^\s*(?P<section>\S.*?)\s*$")
_IDEOGRAPHIC_GAP = re.compile(r"[ \t]*\u3000[\u3000 \t]*")  # entries of a Chinese or Japanese key apart on one line
_BOLD_TITLE = re.compile(r"^\s{0,3}(\*\*|__)(?P<text>[^*_\n]+?)\1\s*$")  # a Markdown line wholly bold
TITLE_WORDS = 8  # a title line between items: at most this many words
# a part's label and title, alone on its line: 'Part C: Short Answer (1 question)', 'Section B - Essays'
# ('Part B: Networking', a bold line of a PDF between two questions, was the answer of the question above: sitting 22)
# ('Chapter 5  Trigonometry', 'KAPITEL 5 TRIGONOMETRIE', '第5章　三角関数' with no mark between number and title: a chapter
# of a book's exercises too, never the answer of the last exercise above it: trial32 T32-7)
_PART_TITLE = re.compile(
    rf"(?i)^\s*(?:(?:{PART_WORDS}|{CHAPTER_WORDS}|topic)\s+(?:[A-Z]|\d{{1,2}}|[IVX]{{1,4}})"
    r"|第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[章節节課课部編编单單元])"
    r"(?:\s*[:.–—-]\s*\S.{0,60}|[ \t\u3000]+[^\W\d_][^.?!:;,。？！]{0,60})?$"
)
# a book's chapter or part heading alone on its line: 'CHAPTER 4', 'Chapter 4: Cryptography', 'Part II', 'Appendix B'
_CHAPTER_LINE = re.compile(
    rf"(?i)^\s*(?:(?:{PART_WORDS}|{CHAPTER_WORDS})\s+(?:\d{{1,2}}|[IVX]{{1,4}})"
    r"|appendix|anhang|annexe|apéndice)(?:\s+[A-Z])?(?:\s*[:.–—-]\s*\S.{0,60})?\s*$"
)
# a part of a paper numbered in Roman numerals, its title or instruction after ('II. Jawablah pertanyaan berikut …!')
# (a Japanese paper's part numbered in kanji, '二　次の漢字の読みを書きなさい。': trial28 T28-38, it was the answer above it)
_ROMAN_PART = re.compile(r"^\s{0,3}(?:(?:I{1,3}|IV|VI{0,3}|IX|X)[.)]\s+|[一二三四五六七八九十]{1,2}[\u3000、．.]\s*)\S.{0,160}$")
# an exercise's title alone on its line, its points in brackets ('Exercise 2 (4 points)', 'Exercice 1', 'Aufgabe 3:'):
# its numbered questions' part, in the questions and in their solutions alike (trial25 T25-50)
# ('Exercice 2 : Questions de cours.', 'Übung 2 – Wortschatz': its title or instruction after a mark, never a key's group
# of entries 'Exercice 1 : 1) mange …'; trial32 T32-40, exercise 2 was the answer of exercise 1's last question)
_EXERCISE_TITLE = re.compile(  # (possessive runs of spaces: a line of many was tried every way they split)
    r"(?i)^\s*+(?:exercise|exercice|ejercicio|esercizio|exercício|übung|aufgabe|ćwiczenie|упражнение|oefening)"
    r"\s++(?:\d{1,2}|[A-Z]|[IVX]{1,4})\s*+(?:[(（][^()（）\n]{1,30}[)）])?\s*+(?:[:.]|[:.–—-]\s*+[^\W\d_][^\n?？]{0,80})?\s*+$"
)
# a note in brackets after a title, a number and what it counts: '(3 marks each)', '[1 mark each]', '(je 3 Punkte)'
# a term and its meaning on one line: 'Isotope - atoms of the same element …', 'Ion: an atom with …', 'pH = the …'
_GLOSSARY_LINE = re.compile(r"^\s*[^\W\d_][^-–—:=\n]{0,40}?\s*(?:\s[-–—=]\s|[:：]\s)\s*\S")
_TITLE_NOTE = re.compile(r"(?<=\S)\s*[(\[（][^()\[\]（）\n]{0,20}?\d+\s*[^\W\d_][^()\[\]（）\n]{0,25}[)\]）]\s*$")
# a word and a number opening a line, a title after them ('Tema 2. Fotosíntesis', 'Ders 3: Hücre'): a set of questions
# numbered from 1 again when the answer key names a group of its entries so ('Tema 2: 1) …'): the document's own
# evidence, whatever the word's language (trial32 T32-40)
_LABEL_TITLE = re.compile(
    r"^\s*+(?P<label>[^\W\d_]{2,20}[ \t]++(?:\d{1,2}|[A-H]|[IVX]{1,4}))(?!\w)(?:\s*+[:.–—-]\s*+[^\W\d_][^\n?？]{0,80})?\s*+$"
)
_LABEL_LEAD = re.compile(r"^\s*+(?:\*\*|__)?(?P<label>[^\W\d_]{2,20}[ \t]+(?:\d{1,2}|[A-H]|[IVX]{1,4}))(?!\w)")
_LETTERED_TITLE = re.compile(r"^[ \t]{0,3}[A-H][:：][ \t]++[^\W\d_][^.?!:;,。？！\n]{0,80}$")  # 'A: Principles of …'
_TITLE_ENDS = {"question", "section", "part", "chapter", "unit", "exercise", "problem", "review", "quiz", "test", "revision"}
# where a question ends on its line before more text: its '?' (a full-width '？' only before 'A:': T25-62), or the end of
# a prompt that asks without one before a spaced separator and the answer label ('Capital de Portugal | A: Lisboa', as
# lines.same_line_pairs writes a one-line card: T33-27; tried only after a non-space, linear)
_SAME_LINE_SPLIT = re.compile(r"\?[\"”’)\]]*(?=\s+\S)|？(?=\s+A:\s)|(?<=\S)(?=[ \t]++[|/—–][ \t]++A:[ \t])")
ANSWERED_BELOW_MIN = 3  # items answered by a block under them that make a page answered so (T19-25)
UNANSWERED_MIN = 2  # bare questions that, with no item answered under it, make a list of questions nobody answers
# an answer in bold closing the item's line after its sentence ('13. Infant receiving antibodies through mother's milk.
# **Passive Immunity**': a matching test's key written in place, learner5 L57); never a mark count ('**(5 marks)**')
# a line left for the student to write in: a short label, a colon and only a blank ('**Your answer:** _______', 'Answer:
# ____'): no answer (G4: the quiz's key further down answers the question)
# a writing line alone under a question ('__________', '..........'): room a printable worksheet leaves to write the
# answer in, never the answer (trial32 T32-1: 'placeholder answer', the key's answer unused)
# (numbered too, the lines a paper counts its answers on: '1 ……………' / '2 ……………' under 'Give two differences …', T34-1)
_WRITING_LINE = re.compile(r"^\s*+(?:(?:\d{1,2}[.)]?|\([ivx]{1,4}\))[ \t]++)?(?:(?:\\?_){5,}|\.{8,}|…{4,})\s*+$")  # ('\_\_\_…': a Word file's, as Markdown)
_WRITE_IN = re.compile(r"^\s*(?:\*\*|__)?[^\W\d_][^\W\d]*(?:[ \t]+[^\W\d]+){0,2}\s*[:：]\s*(?:\*\*|__)?\s*(?:\*\*|__)?_{3,}(?:\*\*|__)?\s*$")
# a question's details line under its title, before the text that asks ('**From:** Notebook 01 - Basic Datatypes', '**Type:**
# Multiple Choice', '**Points:** 2'): no part of the question (G4); a level or tags line is read as such
_DETAIL = re.compile(r"^\s*(\*\*|__)(?P<label>[^*_\n:：]{1,30}?)\s*(?:[:：]\s*\1|\1\s*[:：])\s*(?P<value>\S.{0,80})$")
_DETAIL_LABELS = frozenset(
    {"type", "question type", "kind", "format", "from", "source", "topic", "category", "chapter", "module", "unit", "lesson",
     "notebook", "section", "points", "marks", "score", "time", "time limit", "estimated time", "author", "reference",
     "difficulty", "level", "tags", "tag", "skill", "objective", "learning objective", "id"}
)
# an answer toggle's opening tags ('<details>', '<summary>…</summary>') left at an item's end: the toggle holds what follows
# an explanation's own label ('해설:', '解析：', 'Giải thích:' after a key entry's letter, '1. ② 해설: …': trial25 T25-34)
_EXPLANATION_LEAD = re.compile(
    r"^\s*(?:\*\*|__)?(?i:explanation|rationale|reasoning|해설|풀이|解析|解説|解释|解釋|giải\s+thích|lời\s+giải|пояснение|объяснение"
    r"|erklärung|begründung|explicación|explicacion|explication|spiegazione|explicação|explicacao|açıklama|penjelasan|pembahasan)"
    r"\s*[:：](?:\*\*|__)?\s*"
)
_NUMBER_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?:\*\*|__)?(?P<n>\d{1,3})[.)]?(?:\*\*|__)?\s*#*\s*$")  # '### 1' in a key
_KEY_NUMBERED = re.compile(r"^\s{0,3}(?:\*\*|__)?(?P<n>\d{1,3})(?:\*\*|__)?(?:\s*[.)]|\s+[-–—])\s+(?P<text>\S.*)$")  # "2. Osmosis", "2 - Errado"
_TOGGLE_TAG = re.compile(r"^\s*(?:<details\b[^>]*>|</details\s*>|<summary\b[^>]*>.*</summary\s*>|</?summary\s*>)\s*$", re.I)
_BOLD_TAIL = re.compile(r"(?<=[.:;!])\s+(\*\*|__)(?P<answer>[^*_\s(\[][^*_\n]{0,79}?)\1\s*$")
LETTERS_REASON = "answer names options the question does not show"
_LETTERS_ONLY = re.compile(r"^\(?[A-H]\)?(?:\s*(?:,|;|&|/|\+|and|or|y|et|und)\s*\(?[A-H]\)?)+\.?$")  # 'A and B', 'B, C'
_WHOLE_BOLD = re.compile(r"^(\*\*|__)(?P<text>[^*_\s(\[][^*_\n]{0,79}?)\1$")  # '**Positive**', '**-2, -1, 1**', '**4**'
_MARKS_WORD = re.compile(r"(?i)\b(?:marks?|points?|pts?)\b")  # '**5 marks**': what an answer earns, no answer
_MARKS_ONLY = re.compile(r"(?i)^\d+\s*(?:marks?|points?|pts?\.?|p)?$")


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")  # a pipe table's row, cells between '|'


CLOSING_LINES = 2  # lines at most of a closing paragraph after a list's last item (_Walk._closing_line)


def _indent(line: str) -> int:
    """Columns of white space before a line's text (a tab to the next multiple of 4)."""
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip())


# a cheat sheet's task that goes on from the one above it: '# Or created in last 2 days:', '# And in a subfolder:'
_GOES_ON = re.compile(r"^(?i:or|and|and\s+also)\s+\w")
# a cheat sheet's comment that only offers another way to do the task above it: '# or:', '# OR', '# Alternatively:'
_ALTERNATIVE_ONLY = re.compile(r"^\W*(?i:or(?:\s+else|\s+use|\s+just)?|alternatively|alternative|equivalently|also|same\s+as\s+above)\W*$")



TERMS_ABOVE_MIN = 2  # term-and-meaning lines above a page's first item that make its text a word list, no passage
_LEAD_MARK = re.compile(r"^[ \t]*(?:[-*+•]|[^\w\s(\[\"'¿¡$\\]{1,3})[ \t]+")  # a bullet or an emoji as one ('🔹 …')

@dataclass

class _Pending:
    line: int  # 1-based line of the item line
    number: str | None
    question: list[str]
    label: str | None
    head: str = ""  # answer text on the item or answer-label line
    answer: list[str] = field(default_factory=list)  # the answer's lines below that
    answer_line: int = 0  # 1-based line of the answer's first line below, 0 while in the question
    in_answer: bool = False
    last: int = 0  # last non-blank line of the item
    swallowed: list[int] = field(default_factory=list)  # item-like lines inside the answer
    tags: list[str] = field(default_factory=list)  # from a 'Tags:' line under the question
    shown: list[Block] = field(default_factory=list)  # what the question it is a part of sets first, on its front
    figure: list[str] = field(default_factory=list)  # pictures between the question and its answer label, on the front
    keyed: str = ""  # the right option's letter on an item line that holds no question ('T1A01 (C) [97.1]')
    topic: str = ""  # what a 'Domain: People' line under its label names: its section (T31-59)
    written: list[str] = field(default_factory=list)  # the question's lines as written, when it wraps over several


@dataclass
class _Awaiting:
    """An item read without its answer (or its correct option): an answer key further down may hold it."""

    index: int  # in _Walk.items
    pending: _Pending
    section: str  # innermost section name when it was read ("" for none)
    choices: Choices | None
    parts: PartLabels = field(default_factory=dict)  # the parts and chapters it is in ('teil' -> 'A'), for a key by part
    hinted: str = ""  # the question with its bracket, when the bracket answered it: a key's entry makes the bracket a hint


# an item written '**Term**: definition' or '**Term:** definition' (the term bold, a few words; the definition as written)
_BOLD_TERM = re.compile(r"^(?:\*\*|__)(?P<term>[^*_:：?？]{1,60}?)\s*(?:[:：]\s*(?:\*\*|__)|(?:\*\*|__)\s*[:：])\s+(?P<definition>\S.*)$")
BOLD_TERMS_MIN = 3  # items of a page written '**Term**: definition' that make it a list of terms

# a line that titles the page's list of references, its marks and colon aside ('**References**:', '## Bibliography',
# 'Further reading', 'Literatur', '参考文献'): the books and papers it cites, no questions
_REFERENCES_TITLE = re.compile(
    r"(?i)^\s{0,3}(?:#{1,6}\s+)?[*_]{0,3}\s*(?:references?(?:\s+and\s+further\s+reading)?|bibliography|further\s+reading|works\s+cited"
    r"|suggested\s+reading|recommended\s+reading|literatur(?:verzeichnis)?|einzelnachweise|références|bibliographie|referencias"
    r"|bibliografía|referências|bibliografia|riferimenti|литература|список\s+литературы|参考文献|参考资料|참고\s*문헌)"
    r"\s*[*_]{0,3}\s*[:：]?\s*[*_]{0,3}\s*$"
)

# a word or words in stars, as a plain-text page emphasises them ('Define *density*.', 'State **Ohm's law**.'), never
# '2 * 3 * 4' or '*args and **kwargs'
_STARRED = re.compile(r"(?<![*\w])(?P<o>\*\*|\*)(?=[^\s*])(?P<t>[^*\n]+?)(?<=[^\s*])(?P=o)(?![*\w])")


def _wrapped_cloze(p: _Pending) -> None:
    """A cloze item's sentence hard-wrapped onto the lines right under it (``1. La {{c1::mitocondria}} es el orgánulo
    donde ocurre la respiración`` / ``   celular.``; a deletion cut in two, ``{{c1::bicapa de`` / ``fosfolípidos}}.``):
    those lines are its text, never its extra text on the back (round-7 metamorphic R7-3: the sentence's end was on
    the back, a deletion cut in two broken). A line that opens in capitals after a finished sentence, an entry, an
    option or a label (``Extra: …``) stays the extra text."""
    text = " ".join(p.question)
    n = 0
    while n < len(p.answer) and (line := p.answer[n]).strip() and not _ENTRY.match(line) and not option_line(line.strip()):
        cut = text.count("{{") > text.count("}}") and "}}" in line  # (a deletion closed on the next line)
        if has_answer_label(line.strip()) or not (cut or continues(text, line)):
            break
        text = join_continuation(text, line)
        n += 1
    if n:
        p.question = [*p.question, *(line.strip() for line in p.answer[:n])]
        p.answer = p.answer[n:]
        p.answer_line = p.answer_line + n if p.answer_line else 0


# a list marker, number or emphasis before a line's text ('4. ', '- ', '**'): what a stop line may open with
_ASK_LEAD = re.compile(r"^(?:[-*+>]\s+|\(?\d{1,3}[.)]\s*|[*_]{1,3})*+")
_NUMBER_LEAD = re.compile(r"^\s*(?:\*\*)?\(?\d{1,3}[.)]\s")  # a numbered line's number ('4. ', '(5) ', '**6.** ')
_ASKED = re.compile(r"^(?P<question>.*)$")  # an unnumbered question's text as an item line's match (_unnumbered_ask)
_MARKS_TAIL = re.compile(r"\s*[(\[]\d{1,2}[)\]]\s*$")  # '… osmosis. (2)', '… [3]': the marks an answer earns
MARKS_SHARE = 0.8  # items ending with marks that make a paper's '(2)' marks, not bracketed answers


def _letter_counts(lines: list[str], item: re.Pattern[str]) -> bool:
    """Items whose '(8)' is the letter count of the word answering them ('1. Negatively charged particle (8)' /
    'Answer: ELECTRON': a crossword's clues, a word puzzle), a hint the front keeps, never a paper's marks (keys,
    sitting 28): most of the items answered on the line under them count their answer's letters."""
    counted = tailed = 0
    for k, line in enumerate(lines):
        m = item.match(line)
        tail = _MARKS_TAIL.search(m.groupdict().get("question") or "") if m is not None else None
        below = next((x.strip() for x in lines[k + 1 : k + 3] if x.strip()), "")
        if tail is None or not has_answer_label(below):
            continue
        tailed += 1
        word = strip_answer_label(below).strip()
        counted += sum(ch.isalpha() for ch in word) == int(tail.group().strip(" \t([)]")) and len(word.split()) <= LETTERED_WORDS
    return tailed >= 2 and counted >= MARKS_SHARE * tailed


LETTERED_WORDS = 3  # a crossword's answer is a word or a few ('PERIODIC TABLE'), never a paper's sentence
_TICK = re.compile(r"\s*[✓✔](?=\s|[;,.]|$)")
# a line that is only a question's label and number, the part of a paper it heads ('QUESTION 2', 'Question 3:',
# '**SECTION B**' is a title, not this)
_LABEL_ONLY = re.compile(r"^\s{0,3}(?:\*\*|__)?(?P<section>(?i:question|frage|pregunta|vraag|questão|domanda|soal|soru|вопрос)\s+\d{1,3})[ \t]*[.:]?(?:\*\*|__)?\s*$")
# the same label inside an answer key: its entry's number, the entry below it ('QUESTION 1' / 'Choice B is correct. …',
# College Board's answer explanations: trial31 T31-46)
_LABEL_ENTRY = re.compile(_LABEL_ONLY.pattern.replace(r"\s+\d{1,3})", r"\s+(?P<n>\d{1,3}))"))


KEY_GROUP_CHARS, KEY_GROUP_WORDS = 30, 3  # a key's group name alone on its line ('A', 'Section B', 'Part 2')
KEY_GROUP_ENTRY = 80  # characters of one entry of a key line in question order
# a key's line for one section of the questions, its entries in their order: 'Section A — b, c, a', 'Part 2: Osmosis; …'
_GROUP_IN_ORDER = re.compile(r"^\s*(?:\*\*|__)?(?P<part>[^\W\d_][^:：—–\n*]{0,30}?)\s*(?:\*\*|__)?\s*(?:[:：]|\s[—–-])\s+(?P<rest>[^\d\s(].*)$")


@dataclass
class _KeyEntry:
    section: str
    number: str
    line: int
    lines: list[str]
    compact: bool = False  # an option letter of a compact key ('1-b'): it answers only a question with options


class PatternReader:
    """Reads any text document whose layout is described by a few regular expressions."""

    layout = "pattern"

    def __init__(self) -> None:
        self._md = make_parser()

    def detect(self, doc: Document) -> float:
        """Never chosen by itself: detection tries each preset (see compiler/sources/detect.py)."""
        return 0.0

    def read(self, doc: Document, source: SourceConfig, diag: Diagnostics) -> list[Item]:
        layout = resolve(source.layout or "pattern", source.pattern)
        if layout is None:
            diag.error(
                doc.rel,
                None,
                "this [[source]] has no item pattern",
                "add [source.pattern] with item = '…' (see docs/layouts.md) or choose a layout",
            )
            return []
        markdown = (layout.format or ("markdown" if doc.converted else _format_of(doc.rel))) == "markdown"
        text = doc.text
        if "mojibake" in source.repair:
            text = repair_mojibake(text)
        if markdown:
            text = layout_divs(strip_front_matter(text))  # ('<div dir="rtl">' around a question: layout, T21-20)
            if "[[" in text:
                # ('![[fever_types.png]]' under a numbered term, an Obsidian note read as numbered items: the picture, as
                # the Markdown reader shows it, never its raw embed on the back; sitting 60, T59-5's page)
                text = obsidian_links(text)
            if not check_text(text, doc.rel, diag):
                return []
        lines = text.split("\n")
        if markdown:
            lines = self.atx_headings(lines)
        return _Walk(self, layout, markdown, doc, source, diag, lines).run()

    def atx_headings(self, lines: list[str]) -> list[str]:
        """Setext headings (``Title`` over ``-----`` or ``=====``) written as the ``## Title`` they are, the
        underline blank: every line rule about headings (``section``, a heading that ends an answer, the
        page title) then sees them, and an answer no longer runs on past one silently. Same line count."""
        if not any(_UNDERLINE.match(line) for line in lines):
            return lines
        out = list(lines)
        for token in self._md.parse("\n".join(lines)):
            if token.type == "heading_open" and token.markup in ("=", "-") and token.map and token.map[1] - token.map[0] == 2:
                first = token.map[0]
                out[first] = "#" * int(token.tag[1]) + " " + lines[first].strip()
                out[first + 1] = ""
        return out

    def render_markdown(self, lines: list[str], first: int, doc: Document, diag: Diagnostics) -> list[Block]:
        """Answer lines (1-based ``first``) rendered as Markdown, after removing their indent.

        The indent is the first line's (a list item's content column): each line loses up
        to that many spaces, so text that goes on at column 0 stays as it is.
        """
        text = task_boxes(outdent(lines, entry=True))
        env: dict[str, Any] = {}
        tokens = self._md.parse(text, env)
        check_parsed(tokens, text.split("\n"), doc.rel, _Offset(diag, first - 1))
        return render_blocks(self._md, top_blocks(tokens), env, doc.rel, diag, offset=first - 1)

    def inline_plain(self, text: str, code: bool = False) -> str:
        """A Markdown question line as plain text (emphasis marks gone, math kept as ``\\( \\)``; with
        ``code``, inline code between backticks)."""
        tokens = self._md.parseInline(text)
        return plain_inline(tokens[0].children or [], code=code) if tokens else text

    def option_html(self, text: str) -> str:
        """A Markdown option's inline markup rendered for the card ("" when it has none)."""
        return option_html(self._md, text)

    def inline_images(self, text: str) -> list[Block]:
        """The pictures of a Markdown question line, as a block for the card's front."""
        tokens = self._md.parseInline(text)
        return heading_images(self._md, tokens[0].children or [], {}) if tokens else []


_LEFT_MARKS = re.compile(r"\*\*|(?<!_)__(?!_)")  # an emphasis mark left in a question, never part of a blank's run


def _marks_left_out(question: str) -> str:
    """A question without the '**' / '__' emphasis marks its inline reading left, but in code spans: `__init__`,
    `2**8` (the numbered reader's 'What is `__init__.py` for?' became 'What is `init.py` for?', sitting 54)."""
    return squash(outside_code_spans(_LEFT_MARKS, lambda m: "", question))


WRAPPED_ITEM_LINES = 2  # item lines under an unfinished one that may go on with it (a comment wrapped over '#' lines)
WRAP_WIDTH = 55  # a line at least this long, followed by more text at its indent, was hard-wrapped


def unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped prose (long lines continued at the same indent) so each paragraph is one line.

    Code, bullets and formula lines are left alone, so answer-block sorting still sees them.
    """
    out: list[str] = []
    fenced = list(in_fence(lines)) if any("``" in x or "~~" in x for x in lines) else [False] * len(lines)
    for k, line in enumerate(lines):
        if out and not fenced[k] and not fenced[k - 1] and _wraps(out[-1], line):
            out[-1] = join_continuation(out[-1].rstrip(), line)
        else:
            out.append(line)
    return out


def _wraps(previous: str, line: str) -> bool:
    if not line.strip() or not previous.strip() or len(previous.strip()) < WRAP_WIDTH:
        return False
    indent = len(previous) - len(previous.lstrip())
    if len(line) - len(line.lstrip()) != indent:
        return False
    if OWN_LINE.match(previous) or OWN_LINE.match(line):
        return False  # (a line set wholly in bold or as code: a step's title or its command, never a wrapped line's end)
    if _STEP.match(line) and previous.rstrip(_CLOSERS).endswith(_STEP_ENDS):
        return False  # ('… «добавить в индекс».' / '3.  **Изменённый** …': the next step of a list, trial22 T22-3)
    return not any(_is_code(x) or looks_like_formula(x) or BULLET.match(x) for x in (previous, line))


# a line that opens a list's next step: its number, in bold or not ('2.  **Отслеживаемый** …', '**3. Активация …')
_STEP = re.compile(r"^\s*(?:\*\*)?\d{1,2}[.)]\s+\S")
_STEP_ENDS = (".", "!", "?", ":", ";", "…", "。", "！", "？")  # a sentence's end before it
_CLOSERS = " »”\"')*_`"


def _is_code(line: str) -> bool:
    """Looks like Python and parses as Python: 'with curl_easy_perform(). The handle …' is prose."""
    if not looks_like_code(line):
        return False
    text = line.strip()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SyntaxWarning)
            ast.parse(text + (" pass" if text.endswith(":") else ""))
    except SyntaxError:
        return text.startswith("#")  # a comment line parses too; anything else that fails is prose
    return True


_BR = re.compile(r"<br\s*/?>", re.I)
# 'question?    // answer' on one line (learner4 N68): after a sentence's end, never inside code ('`a // b`')
_SLASH_SPLIT = re.compile(r"(?<=[?？؟.!:)])[ \t]+//[ \t]+(?=[^\s/])(?![^`]*`)")
_ENTRY = re.compile(r"^\s*[-*+]\s+\S")  # a bullet list entry
_RULE = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")  # a thematic break at the margin
_OPEN_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=\S)")  # a question opening emphasis
_WHOLE_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?=\S)((?:(?!\1).)+?)(?<=\S)\1$")  # '*…*' as a whole
_AFTER_SENTENCE = re.compile(r"[?？.!]\s+(?=A)")  # where a same-line answer label may start ('…food? Ans. …')
_OPTION_START = re.compile(r"^\s*(?:[-*+]\s+)?\(?[A-Ha-h][.)．]\s")  # a line of options: 'C. … D. …', '- (b) …'
_META = re.compile(
    r"^\s*(?P<key>(?i:difficulty|level|tags?|schwierigkeit|dificultad|difficulté)|难度|難度|难易度|難易度)\s*[:：]\s*(?P<value>\S.{0,80})$"
    # ('【难度】 ★★', '[Difficulty] hard': a Chinese exercise book's level line between question and answer, trial13 T13-14)
    r"|^\s*[【\[](?P<bracketed>(?i:difficulty|level)|难度|難度|难易度|難易度)[】\]]\s*[:：]?\s*(?P<rated>\S.{0,80})$"
)
_IMG = re.compile(r"<img\b[^>]*>", re.I)


def _broken(head: str, lines: list[str]) -> tuple[str, list[str]]:
    """Plain-text answer lines with ``<br/>`` (web exports' line break) made real line breaks, then unwrapped."""
    if "<" not in head and not any("<" in line for line in lines):
        return head, unwrap(lines)
    first, *more = _BR.split(head) if head else [""]
    out: list[str] = [*more]
    for line in lines:
        indent = line[: len(line) - len(line.lstrip())]
        out.extend(indent + part.strip() for part in _BR.split(line))
    return first.strip(), unwrap(out)


_CODE_CHARS = re.compile(r"[;{}()=<>$|&\\]|://|(?:^|\s)--?[A-Za-z]|^\s*(?:#|//|/\*|\*)")


def _code_like(line: str) -> bool:
    """A line of code or a command: code punctuation, a URL, an option flag; not a sentence."""
    text = line.strip()
    if not text or not _CODE_CHARS.search(text):
        return False
    return not (text.endswith(".") and len(text.split()) >= 6)


def indented_code(lines: list[str]) -> list[tuple[bool, list[str]]]:
    """A plain-text answer cut into ``(is code, lines)``: text, and the code examples indented under it.

    Plain-text FAQs and READMEs set a code example off by a blank line and an indent deeper than
    the answer's own; a run of such lines (blank lines inside included) is code when most of its
    lines look like code or commands (an indented paragraph of prose, a sub-entry, stays text).
    """
    fences = closed_fences(lines) if any("``" in x or "~~" in x for x in lines) else []
    if fences:  # (a fenced run, a PDF's lines set in a monospaced font: code as written, trial22 T22-2)
        out: list[tuple[bool, list[str]]] = []
        at = 0
        for start, end, _info in fences:
            out += indented_code(lines[at:start]) if any(x.strip() for x in lines[at:start]) else []
            out.append((True, lines[start + 1 : end]))
            at = end + 1
        return out + (indented_code(lines[at:]) if any(x.strip() for x in lines[at:]) else [])
    indents = [len(x) - len(x.lstrip()) for x in lines if x.strip()]
    if not indents:
        return [(False, lines)]
    base = min(indents)
    out: list[tuple[bool, list[str]]] = []
    text: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        deep = line.strip() and len(line) - len(line.lstrip()) >= base + 2
        after_blank = i == 0 or not lines[i - 1].strip()
        if deep and after_blank:
            j = i
            while j < len(lines) and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) >= base + 2):
                j += 1
            run = lines[i:j]
            while run and not run[-1].strip():
                run.pop()
            shown = [x for x in run if x.strip()]
            if sum(_code_like(x) for x in shown) * 2 >= len(shown):
                if text:
                    out.append((False, text))
                    text = []
                out.append((True, run))
                i = i + len(run)
                continue
        text.append(line)
        i += 1
    if text or not out:
        out.append((False, text))
    return out


# a task's part letter leading an item's text, alone ('3. а' over the part's task) or before it ('3. b) Commit …')
_PART_LABEL = re.compile(r"^\(?(?P<part>[a-hа-е])(?:[).]|$)(?=\s|$)")  # (lower case: '1. A' over its text is no part)
# a line that ends inside a formula, on an operator or an open bracket ('… (ϵ + 0 +'): the next line goes on with it
_FORMULA_GOES_ON = re.compile(r"\S(?:\s[+−×÷]|\s*[(\[])\s*$")  # (an operator spaced as in a formula: not 'C++', not '== A ==')
# a part in capitals, its ')' and its text on the line ('11. A) With a neat diagram, explain …' then '11. B) Compare …': an
# exam's Part B, trial19 T19-14)
_CAPITAL_PART = re.compile(r"^\(?(?P<part>[A-H])\)\s+\S")


INSTRUCTION_DEPTH = 7  # an exercise's instruction as a section: below every heading's level, so the next heading ends it
INSTRUCTION_WORDS = 6  # an instruction over a question's options ('Select one:', 'Tanlang:') is this short


def _instruction(stem: list[str]) -> bool:
    """Lines between a question and its options that are one short instruction ending in ':' ('Choose one:', 'Tanlang:',
    'Wählen Sie:'): what to do with the options, read after the question, never a passage set before it."""
    text = [line.strip() for line in stem if line.strip()]
    return len(text) == 1 and text[0].rstrip("*_ ").endswith((":", "：")) and len(text[0].split()) <= INSTRUCTION_WORDS


def _parts(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.strip(".").split(".") if p.isdecimal())


def follows(previous: str, number: str) -> bool:
    """``number`` comes right after ``previous``: 4 after 3; 3.17 after 3.16; 4.1 (or 4.2) after 3.22; 2.1 after 2
    and 3 after 2.1 (a question's sub-questions)."""
    a, b = _parts(previous), _parts(number)
    if a and b == (*a, 1):  # '2.1)' right after '2)': its first sub-question (trial11 P62)
        return True
    if len(a) > 1 and len(b) == len(a) - 1 and b[:-1] == a[:-2] and b[-1] == a[-2] + 1:
        return True  # '3)' after '2.1)': the next question after the sub-questions
    if not a or len(a) != len(b):
        return False
    if a[:-1] == b[:-1]:
        return b[-1] == a[-1] + 1
    return len(a) > 1 and b[:-2] == a[:-2] and b[-2] == a[-2] + 1 and b[-1] in (1, 2)


def outdent(lines: list[str], entry: bool = False) -> str:
    """Lines without the first non-blank line's indent (at most that much from each). With ``entry`` (a list entry's
    Markdown), a first line set four or more deeper than the entry's other indented lines is indented code under
    the entry's text: the others' indent is the entry's (trial21 T21-40: '2. What is wrong with this SQL?' over its
    query indented under it, then '   Answer: …', showed the query as a paragraph)."""
    lines = [line.expandtabs(4) for line in lines]
    first = next((line for line in lines if line.strip()), "")
    indent = len(first) - len(first.lstrip(" "))
    if entry and first:
        below = [len(line) - len(line.lstrip(" ")) for line in lines[lines.index(first) + 1 :] if line.strip() and line[:1] == " "]
        if below and indent >= min(below) + 4:
            indent = min(below)
    return "\n".join(line[min(indent, len(line) - len(line.lstrip(" "))) :] for line in lines)


STEM_LINES = 8  # lines a stem may run over, under its item line, before its options


_OPTION_B = re.compile(r"^(?:[-*+]\s+)?(?:\*\*|__)?\(?[Bb][.):]")


def _format_of(rel: str) -> str:
    return "markdown" if rel.lower().endswith(MARKDOWN_SUFFIXES) else "text"


class _Offset(Diagnostics):
    """Diagnostics whose lines are shifted by ``offset`` (answers are parsed on their own)."""

    def __init__(self, inner: Diagnostics, offset: int) -> None:
        super().__init__()
        self.inner, self.offset = inner, offset

    def error(self, file: str, line: int | None, message: str, hint: str = "", **kw: str) -> None:
        self.inner.error(file, line + self.offset if line else line, message, hint, **kw)

    def warning(self, file: str, line: int | None, message: str, hint: str = "", **kw: str) -> None:
        self.inner.warning(file, line + self.offset if line else line, message, hint, **kw)


class _Walk:
    """One pass over the lines of one document."""

    def __init__(
        self,
        reader: PatternReader,
        layout: Layout,
        markdown: bool,
        doc: Document,
        source: SourceConfig,
        diag: Diagnostics,
        lines: list[str],
    ) -> None:
        self.reader, self.layout, self.markdown = reader, layout, markdown
        self.doc, self.source, self.diag = doc, source, diag
        self.lines = [fullwidth_options(unitalic_answer(key_unescaped(line) if markdown else line)) for line in lines]
        self.item = re.compile(layout.item)
        self.answer = re.compile(layout.answer) if layout.answer else None
        self.section = re.compile(layout.section) if layout.section else None
        self.level = re.compile(layout.level) if layout.level else None
        self.skip = [re.compile(p) for p in layout.skip]
        self.stop = [re.compile(p) for p in layout.stop]
        self.levels = Levels(source, doc, diag, stop=lambda line: bool(self.item.match(line)))
        asked = [m.groupdict().get("question") or "" for line in lines if (m := self.item.match(line))]
        self.level_words = not words_are_answers(asked, source.difficulty)  # '? (Ottawa)' is no level (trial11 P122)
        self.items: list[Item] = []
        self.pending: _Pending | None = None
        self.sections: list[tuple[int, str]] = []  # (depth, name)
        self.previous: str | None = None  # number of the previous item
        self.key_after: int | None = None  # 0-based line of the last answer key's heading (-1: none), found when needed
        self.key_labels: set[str] | None = None  # the labels the key's lines open with ('tema 2'), found when needed
        self.slip: tuple[int, str] = (0, "")  # (line, number read) of a question numbered as the one before it (T32-49)
        self.first_key: int | None = None  # 0-based line of the first answer key's heading (the length: none), when needed
        self.part = ""  # the part letter of the previous item ('3. а' over its task: part а of task 3), or ''
        self.restart = True  # a section came since the last item: numbering may restart at 1
        self.stopped = False
        self.stop_titled = False  # the stop line names a section of its own (its text is no lost answer)
        self.stopped_text: list[tuple[int, str]] = []  # (1-based line, text) of other text a stop line left unread
        self.after_stop: list[tuple[int, str]] = []  # (1-based line, text) of questions a stop line left unread
        self.seen_item = False
        self.fenced = False  # the line read is inside a fenced code block (or is its fence): program text, no lead-in
        self.nested: int | None = None  # number of the last line of a numbered list inside an answer
        self.preamble = 0  # non-blank lines before the first item
        self.page_intro: list[int] = []  # lines of prose before the first item and any section heading (a passage?)
        self.intro: list[int] = []  # lines of text under a section heading before the document's first item
        self.said_lines: list[tuple[int, int]] = []  # (first line, count) of text a message of its own says is in no card
        # sections of Markdown notes with no question: (first line, heading, its lines, the sections above, lines)
        self.notes: list[tuple[int, str, list[str], list[str], int]] = []
        self.named = named_lines(self.lines) if "**" in "".join(self.lines) or "__" in "".join(self.lines) else {}  # '**Power rule.** …'
        self.title = page_title(lines) if markdown else None
        self.consumed = 0  # lines before this index were joined to a wrapped question
        self.bold_terms: int | None = None  # items written '**Term**: definition' (counted when first asked)
        self.key = re.compile(layout.key)
        self.awaiting: list[_Awaiting] = []
        # items keyed by an answer line under their options, and that line (1-based): an answer key further down that
        # names another option is said at both lines (T31-60)
        self.answered: list[tuple[_Awaiting, int]] = []
        self.in_key = False  # past an answer-key line: numbered lines answer earlier items
        self.key_section = ""
        self.part_labels = part_labels(self.lines)  # the parts and chapters each line is in, to pair a key's groups by
        self.key_heading: tuple[re.Match[str], str, int] | None = None  # the last section line read inside the key
        self.key_nested: tuple[int, ...] | None = None  # number of the last line of a numbered list inside a key entry
        self.key_closed = False  # a rule came after the last key entry: text below it is not that entry's
        self.key_columns = False  # a key table's header run together came ('Question Answer'): its rows are entries
        self.grid_end = 0  # 1-based last line of a grid key read whole
        self.passage: tuple[int, int, int, list[str]] | None = None  # (first, last question, line, lines) a lead-in names
        # a test's own instruction line under each question, above its options, in a wording MARK_COUNT does not know
        self.instructions = repeated_instructions(self.lines) if layout.choices else frozenset()
        self.box_quiz = box_quiz(self.lines)  # every question over options to tick and none ticked: a quiz without its key (T18-37)
        self.entries: list[_KeyEntry] = []
        # '1.2 Define the term osmosis. (2)': most items end with the marks they earn (a South African, Commonwealth
        # paper; its memorandum's entries too, '… ✓ (2)'), never an answer (trial12 U98)
        shared = shared_options(lines, self.item) if self.layout.choices else None
        # options set once before the questions, each answered by one of their letters (trial12 U102)
        self.shared = [line for line in lines[shared[0] : shared[1]] if line.strip()] if shared else []
        # ('Q1. Who discovered the cell? [1]' among '… (3 marks)': the marks an item earns, named or not, trial32 T32-21)
        bare = sum(1 for q in asked if _MARKS_TAIL.search(q))
        self.marks = len(asked) >= 2 and bare > 0 and bare + sum(1 for q in asked if points_tail(q)) >= MARKS_SHARE * len(asked)
        self.marks = self.marks and not _letter_counts(self.lines, self.item)
        self.item_level = self._heading_items(lines) if markdown and self.section is None else 0
        self.next_line: list[int | None] = [None] * len(lines)  # index of the next non-blank line
        nxt: int | None = None
        for i in range(len(lines) - 1, -1, -1):
            self.next_line[i] = nxt
            if lines[i].strip():
                nxt = i
        self.unanswered = self._unanswered_list(lines)
        self.start_line = 0  # 1-based line of the item being read
        self.unread_key: tuple[int, str] | None = None  # (1-based line, text) of a key label's line whose entries were not read
        self.key_title: tuple[int, str] | None = None  # (1-based line, text) of the first line under a key heading not known as one
        self.unkeyed = False  # a question with options waited for that key in vain
        self.early_key: tuple[str, int] | None = None  # (entries, 1-based line) of a one-line key above the first item
        self.shaped: dict[int, bool] = {}  # _shaped_key's answers by line index
        self.asked_at: list[tuple[int, str]] | None = None  # (index, number) of each item line, found when needed
        self.first_option = 0  # index of the first option line (found with asked_at)
        self.item_lines: list[tuple[int, re.Match[str]]] | None = None  # (index, match) of each item line, found when needed

    def _next_item(self, start: int, numbered: bool = False) -> re.Match[str] | None:
        """The first item line's match at or below index ``start`` (with a number, if ``numbered``). The item lines are
        found once: looking ahead by matching every line below each line read was quadratic on a long page (a
        megabyte of short indented lines took minutes)."""
        if self.item_lines is None:
            self.item_lines = [(k, m) for k, line in enumerate(self.lines) if (m := self.item.match(line))]
        at = bisect.bisect_left(self.item_lines, start, key=lambda found: found[0])
        return next((m for _, m in itertools.islice(self.item_lines, at, None) if not numbered or m.groupdict().get("number")), None)

    def _shaped_key(self, index: int) -> bool:
        """A short line, whatever its words, over an answer key by its shape: entries numbered from 1 again ('1. b',
        '2) Die Bitübertragungsschicht.', group titles in capitals between them, numbering restarting under each) to
        the end of the page, each a number the questions above use, none asking ('?') or with options under it, and
        one at least an option's letter ('1. b') though options were offered above. So a key under a heading in any
        language ('MUSTERLÖSUNG', 'Facit', 'Klucz odpowiedzi': T24-16) keys the questions, never becomes cards."""
        if index not in self.shaped:
            self.shaped[index] = self._key_shape(index)
        return self.shaped[index]

    def _key_shape(self, index: int) -> bool:
        """:meth:`_shaped_key`, not cached."""
        raw = _BOLD_TITLE.sub(r"\g<text>", self.lines[index]).strip().strip("#").strip()
        words = raw.split()
        if not words or len(words) > TITLE_WORDS or raw[-1:] in ".?!;," or not any(c.isalpha() for c in raw):
            return False
        if index == 0 or self.lines[index - 1].strip() or _BOXED.match(raw):
            return False  # (a title stands apart, a blank line above it; '( ) False' under its question is an option)
        first = self.next_line[index]
        if first is None or not (_compact_key(self.lines[first], alone=True) or _SHAPE_ENTRY.match(self.lines[first]) or _caps_words(self.lines[first])):
            return False
        if self.item.match(self.lines[index]) or _KEY_NUMBERED.match(self.lines[index]) or _LETTERED.match(raw) or BULLET.match(raw):
            return False
        if self.asked_at is None:
            self.asked_at = [(k, (m.groupdict().get("number") or "").strip(".")) for k, line in enumerate(self.lines) if (m := self.item.match(line))]
            self.first_option = next((k for k, line in enumerate(self.lines) if option_line(line)), len(self.lines))
        asked = {number for k, number in self.asked_at if k < index}
        if len(asked) < 2 or self.first_option > index:
            return False
        entries, letters, last = 0, 0, 0
        k = self.next_line[index]
        while k is not None:
            line = self.lines[k]
            compact = _compact_key(line, alone=True)
            numbered = _SHAPE_ENTRY.match(line)
            if compact and len(compact) == 1:
                number, text = compact[0][0], ""
                letters += 1
            elif numbered is not None:
                number, text = numbered.group("n"), numbered.group("text").strip()
            elif option_line(line):
                return False  # (a question's options: questions again, no key)
            elif entries and not _caps_words(line):
                k = self.next_line[k]
                continue  # (more of the last entry's text)
            elif _caps_words(line):
                last = 0  # (a group's title: its numbering starts again)
                k = self.next_line[k]
                continue
            else:
                return False
            if number not in asked or text.rstrip(CLOSERS).endswith(QUESTION_MARKS) or int(number) not in (last + 1, 1):
                return False
            if _KEY_BLANK.search(text):
                return False  # ('1. … là ________.': a blank to fill asks, a part's gap-fill questions, never a key; they were lost)
            entries, last = entries + 1, int(number)
            k = self.next_line[k]
        return entries >= 2 and letters >= 1

    def _unanswered_list(self, lines: list[str]) -> bool:
        """Whether the items are a list of questions nobody answers (an interviewer's list): no item has a line under
        it, and some (two, a third at least) end at their question with nothing after it; then a sentence after an
        item's '?' ('Explain.', 'It can even be something very simple.') is the question's own follow-up, never its
        answer (trial16 T16-31)."""
        at = [k for k, line in enumerate(lines) if self.item.match(line)]
        if len(at) < UNANSWERED_MIN:
            return False
        bare = 0
        for k in at:
            below = self.next_line[k]
            if below is not None and not self.item.match(lines[below]) and not lines[below].lstrip().startswith("#") and not self._list_title(lines, below):
                return False  # (an item with lines under it: a page of answers)
            question = (self.item.match(lines[k]).groupdict().get("question") or "").strip()  # type: ignore[union-attr]
            m = _SAME_LINE_SPLIT.search(question)
            rest = question[m.end() :].strip() if m else ""
            bare += question.rstrip(CLOSERS).endswith(QUESTION_MARKS) and (not rest or only_questions(rest))
        return bare >= UNANSWERED_MIN and 3 * bare >= len(at)

    def _defined_term(self, p: _Pending, question: str) -> tuple[str, str] | None:
        """``(term, definition as written)`` of an answered item written ``**Term**: definition`` in a list of such
        terms (:data:`BOLD_TERMS_MIN` items of the page at least), what follows it (a picture, a sub-bullet, a paragraph)
        going on below its definition: the term asks, as the list's unanswered ones do (trial59 T59-5: '4. **Constant
        Fever**: a fever that …' over its picture fronted the whole definition, the picture its back). Never an item
        whose text after it is labelled its answer ('Answer: …')."""
        if not self.markdown or not p.question:
            return None
        first = next((line.strip() for line in p.answer if line.strip()), "")
        if not first or has_answer_label(first) or has_right_answer_label(first):
            return None
        m = _BOLD_TERM.match(squash(" ".join(p.question)))
        if m is None or _term_definition(question) is None:
            return None
        if self.bold_terms is None:
            self.bold_terms = sum(
                1 for line in self.lines if (found := self.item.match(line)) and _BOLD_TERM.match((found.groupdict().get("question") or "").strip())
            )
        if self.bold_terms < BOLD_TERMS_MIN:
            return None
        term = _term_definition(question)
        return (term[0], m.group("definition")) if term is not None else None

    def _references(self, index: int) -> tuple[int, int] | None:
        """``(the index after it, its entries)`` when the line at ``index`` titles a list of references (``References:``,
        ``**Bibliography**``, ``## Further reading``) whose entries, right under it, the item pattern would read as
        questions (``1. **Kozier & Erb's Fundamentals of Nursing**, 11th Edition, …``: trial59 T59-5, a citation fronted a
        card whose back was the page's first 368 words); None otherwise."""
        if not _REFERENCES_TITLE.match(self.lines[index]):
            return None
        entries, end, k = 0, index + 1, index + 1
        while k < len(self.lines):
            line = self.lines[k]
            if not line.strip():
                k += 1
                continue
            if self.item.match(line) or BULLET.match(line):
                if line.rstrip().endswith(("?", "？")):
                    return None  # ('Sources:' over questions asked of them: the page's items)
                entries += 1
            elif not line[:1].isspace() or not entries:
                break  # (an entry's own wrapped or indented lines go with it)
            k += 1
            end = k
        if not entries or not any(self.item.match(line) for line in self.lines[index + 1 : end]):
            return None
        return end, entries

    def _list_title(self, lines: list[str], index: int) -> bool:
        """A short line alone (no end punctuation) over a list numbered from 1 again: 'Lone Wolf' over '1. How do you …?'
        in a list of unanswered questions, the next part's title (trial16 T16-31)."""
        raw = lines[index].strip()
        words = raw.split()
        if not words or len(words) > 2 * TITLE_WORDS or raw[-1:] in ".?!:;,)" or BULLET.match(raw) or self.item.match(raw):
            return False
        if index and lines[index - 1].strip():
            return False
        nxt = self.next_line[index]
        m = self.item.match(lines[nxt]) if nxt is not None else None
        return m is not None and (m.groupdict().get("number") or "") in ("1", "a", "A", "i", "I")

    # --- the pass ---------------------------------------------------------

    def run(self) -> list[Item]:
        fence: str | None = None
        begin = 0
        if self.layout.start:
            start = re.compile(self.layout.start)
            begin = next((i + 1 for i, line in enumerate(self.lines) if start.search(line)), 0)
            if begin == 0:
                self.diag.warning(
                    self.doc.rel, None, "the start pattern matches no line; reading from the top", "check start in [source.pattern]"
                )
        for index in range(begin, len(self.lines)):
            if index < self.consumed:
                continue  # joined to the question above
            raw = self.lines[index]
            lineno = index + 1
            if self.markdown:
                m = _FENCE.match(raw)
                if fence is not None:
                    if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                        fence = None
                    self.fenced = True
                    self._text(raw, lineno)
                    self.fenced = False
                    continue
                if m:
                    fence = m.group(1)
                    self.fenced = True
                    self._text(raw, lineno)
                    self.fenced = False
                    continue
            if not raw.strip():
                self.nested = None
                self._blank()
                continue
            if any(p.search(raw) for p in self.skip):
                continue
            if not self.in_key and (listed := self._references(index)) is not None:
                # '**References**:' / '1. **Kozier & Erb's Fundamentals of Nursing**, 11th Edition, …' (trial59 T59-5): the
                # page's sources, no question; said once, the lines after them read as ever
                self._finish()
                self.diag.warning(
                    self.doc.rel,
                    lineno,
                    f"{listed[1]} {'entries' if listed[1] > 1 else 'entry'} under {raw.strip().strip('*_#: ').strip('*_: ')!r} (a list of references) "
                    f"{'are' if listed[1] > 1 else 'is'} in no card",
                    "to learn from them, write what they teach as questions, or leave them",
                    group="reading-list",
                )
                self.consumed = listed[0]
                continue
            if any(p.search(raw) for p in self.stop):
                self._finish()
                self.stopped = True
                # ('Regularization – Interview Cheat Sheet': a titled section the author closes with, its text its own)
                self.stop_titled = _title_like(raw)
                self._asked_after_stop(raw, lineno)
                continue
            if (
                not self.in_key and self.key.match(raw) and not (self.answer and self.answer.match(raw)) and self._unanswered()
                and self._key_follows(index) and not self._bare_answer_label(index)
            ):  # fmt: skip
                self._finish()
                self.in_key = True
                self.key_section = part_label(raw) or ""  # ('Lösungen Teil A', 'Answer Key (Part B)': the part it keys)
                continue
            if (
                not self.in_key and self.key.match(raw) and not (self.answer and self.answer.match(raw)) and not self._unanswered()
                and self._checks_key(index)
            ):  # fmt: skip
                self._finish()  # ('Answer key' / '1. C' under questions each answered already: read to check them, T31-60)
                self.in_key = True
                self.key_section = part_label(raw) or ""
                continue
            if (
                not self.in_key and self.key.match(raw) and not (self.answer and self.answer.match(raw)) and self.awaiting
                and self._unanswered() and not self._bare_answer_label(index) and self.next_line[index] is not None
            ):  # fmt: skip
                # ('ANSWER KEY' over 'Section A — b, c, a': a key deckc cannot read, under questions that wait for one; its
                # heading and entries glued onto the last question's back, said nowhere: the key is left unread and said)
                self._finish()
                self.in_key = True
                self.key_section = part_label(raw) or ""
                below = self.next_line[index]
                self.key_title = (below + 1, self.lines[below].strip()) if below is not None else (lineno, raw.strip())
                continue
            if not self.in_key and self.awaiting and self._shaped_key(index):
                self._finish()  # ('MUSTERLÖSUNG' / 'Facit' over '1. b', '2. c': a key by its shape, whatever its words)
                self.in_key = True
                if _caps_words(raw) and self._caps_title(index, keyed=True):
                    self._key_line(raw, lineno)  # ('GRUNDLAGEN' over '1. b' with no heading above: the key's first group)
                continue
            if not self.in_key and _key_header(raw) and self._unanswered() and self._rows_follow(index):
                self._finish()  # ('Question Answer' over '1 B': a key table with no heading, its cells run together)
                self.in_key = self.key_columns = True
                continue
            if not self.in_key and _key_header(raw) and _TABLE_LINE.match(raw) and key_table(self.lines, index) and self._unanswered():
                self._finish()  # ('| Q | Answer |' over '| 1 | B |', a table of a Word test with no heading above it)
                self.in_key = True
                self._key_line(raw, lineno)
                continue
            ranged = ranged_key(raw) if not self.in_key else []
            if ranged and self._unanswered() and self._keys_waiting(ranged):
                self._finish()  # ('Answer key (1-5): BCADB': letters in question order, T32-23)
                self.in_key = True
                self._key_line(raw, lineno)
                continue
            inline = _INLINE_KEY.match(raw) if not self.in_key else None
            # 'Answers: 1-b, 2-a'; one entry only after a label that names a key ('Answer key: 4-b', not 'Answer: 2 b')
            alone = inline is not None and bool(_KEY_LABEL.search(raw[: inline.start("entries")]))
            entries = inline.group("entries") if inline else ""
            wrapped = self._wrapped_key(index, entries) if inline and not _compact_key(entries, alone=alone) else None
            if inline and not self.seen_item and self.early_key is None and _compact_key(entries, alone=alone):
                self.early_key = (entries, lineno)  # ('Answer key: 1. B  2. C  3. A' atop the sheet: read after the items, T25-66)
                continue
            compact = _compact_key(wrapped[0] if wrapped else entries, alone=alone) if inline else []
            if compact and (self._unanswered() or ((alone or len(compact) > 1) and self._names_answered(compact))):
                self._finish()
                self.in_key = True
                self._key_line(wrapped[0] if wrapped else entries, lineno)
                self.consumed = wrapped[1] + 1 if wrapped else self.consumed
                continue
            if inline and (ordered := self._ordered_key(entries)):
                self._finish()  # ('Answers: c, a, b' under three questions: a key in question order, T26-51)
                self.in_key = True
                self._key_line(ordered, lineno)
                continue
            if inline and word_key(entries) and self._awaits_words(word_key(entries)):
                self._finish()  # ('Lösungen: 1. gehe 2. hast 3. ist': a key of words, single spaces between: T25-51)
                self.in_key = True
                self._key_line(entries, lineno)
                continue
            labelled = _ANY_KEY_LABEL.match(raw) if not inline and not self.in_key and (self.awaiting or self.pending) else None
            if labelled and self._keys_waiting(_compact_key(labelled.group("entries"))):
                self._finish()  # ('Megoldások: 1. B 2. C 3. A', 'Rješenja: …': a key by its entries, whatever its label: T25-65)
                self.in_key = True
                self._key_line(labelled.group("entries"), lineno)
                continue
            if inline and self.unread_key is None and len(_KEY_NUMBERS.findall(entries)) >= 2:
                self.unread_key = (lineno, raw.strip())  # 'Answers: 1 is b, 2 is c': a key, its entries unread (T25-1)
            if self.in_key and self._asks_after_key(index):
                self._end_key()  # '## Part 2' / '1. What does a compiler produce?' + options: the quiz goes on
            if self.in_key:
                wrapped = self._wrapped_key(index, raw) if not _compact_key(raw, alone=True) else None
                self._key_line(wrapped[0] if wrapped else raw, lineno)
                self.consumed = wrapped[1] + 1 if wrapped else self.consumed
                continue
            m = self.item.match(raw)
            if m is None and not self.markdown and _FENCE.match(raw):
                m = self.item.match(_GLUED_FENCE.sub("", raw))  # '``` 1. Q: …': a fence glued to an item line
            if m and self._nested_list(m, lineno):
                m = None
            if m and self._indented_in_answer(index):
                m = None  # '    Q: this line matches' in an answer's indented example: its text, no item (T31-28)
            if m and index and _FORMULA_GOES_ON.search(self.lines[index - 1]):
                m = None  # '… (01 + 10)∗(ϵ + 0 +' / '1) ■': a formula the page broke, never an item (trial18 T18-65)
            if m and self.markdown and self._group_title(index, m):
                # '**2. Python基础**' over a list numbered from 1 again: the group its questions are in (trial14 T14-21)
                self._section(_TITLE_LINE.match(squash(strip_number(_BOLD_TITLE.match(raw).group("text")))), raw, lineno)  # type: ignore[arg-type,union-attr]
                continue
            if m and not self.seen_item and self.pending is None and self._numbered_title(index, m):
                # '9. Sınıf Kimya - Ünite 1 Tarama Testi' over '1. …', '2. …': the paper's title (9th grade), never item 9
                # holding the whole test (trial25 T25-6: 0 cards of 4)
                self._section(_TITLE_LINE.match(raw), raw, lineno)  # type: ignore[arg-type]
                continue
            if m and self._comment_note(index):
                self._text(raw, lineno)  # ('# Running … fails with:' under '# To undo the first commit:': T51-2)
                continue
            if m and self._starts_item(m, lineno):
                self._start(m, lineno)
                continue
            if m is None and has_cloze(raw) and not self.stopped:
                self._cloze_line(raw, lineno)
                continue
            s = self.section.match(raw) if self.section else None
            if s and self._is_section(index):
                self._section(s, raw, lineno)
                continue
            if s is None and self._title_line(index):  # 'Short Answer Type Questions' (trial10 P29), '**II. Short answers**'
                title = _BOLD_TITLE.match(raw) if self.markdown else None
                self._section(_TITLE_LINE.match(title.group("text") if title else raw), raw, lineno)  # type: ignore[arg-type]
                continue
            h = _SECTION_HEADING.match(raw) if m is None and s is None and self.item_level else None
            if h is not None and len(h.group("depth")) < self.item_level:
                contents = self._contents_end(index)
                if contents:  # ('## Índice' over links to the page's anchors: no section the questions are in)
                    self._finish()
                    self.consumed = contents
                    continue
                self._section(h, raw, lineno)  # ('#### Preguntas de CSS' between '##### ¿…?' items: their section, T22-8)
                continue
            if m is None and s is None and (label := _LABEL_ONLY.match(raw)) is not None:
                # 'QUESTION 2' over '2.1 …', '2.2 …' when the items are those: the part they are in, never the answer of
                # the item above it (trial12 U98: 1.3's back was 'QUESTION 2')
                self._section(label, raw, lineno)
                continue
            if m and self.pending is not None and self._jumps(m):
                self.pending.swallowed.append(lineno)
            if self.markdown and s is None and self.pending is not None and self._outranks(raw):
                self.diag.warning(
                    self.doc.rel,
                    lineno,
                    f"heading inside the answer of the item at line {self.pending.line}: its answer runs on past it",
                    "if the heading starts other text, add section = '^(?P<depth>#+)\\s+(?P<section>.+)$' to [source.pattern]",
                    group="heading-in-answer",
                    fix={"pattern": {"section": "^(?P<depth>#+)\\s+(?P<section>.+)$"}},
                )
            if m is None and s is None and (extra := self._unnumbered_ask(index)) is not None:
                self._start(_ASKED.match(extra), lineno)  # type: ignore[arg-type]  # ('BONUS (2 pts): Who …?' / 'Ans: …': T29-50)
                continue
            if m is None and s is None and (self._own_line(index) or self._closing_line(index) or self._labelled_tail(index) or self._next_lead(index)):
                # ('A: Uranus' / blank / 'Glossary: light-year = …'; '4. **Recto :** …' / '   **Verso :** …' / blank /
                # 'Bonnes révisions !': no part of the answer above, sitting 39)
                self._finish()
            self._text(raw, lineno)
        self._finish()
        self._intro_lost()
        if self.early_key is not None and self.awaiting and not self.entries:
            self._key_line(*self.early_key)  # (the key the sheet opens with keys the questions that wait for one)
        if self.key_title is not None and self.unread_key is None and not any(e.line >= self.key_title[0] for e in self.entries):
            self.unread_key = self.key_title  # (its heading said it is the key: said at its first line, never on a card)
        self._apply_key()
        self._notes_cards()
        self._report_unread_key()
        self._report_after_stop()
        self._check_preamble()
        return self.items

    def _heading_items(self, lines: list[str]) -> int:
        """The level of the item lines when they are Markdown headings that hold their question ('##### ¿…?'), 0 when
        they are not: a heading above that level ('#### CSS') is then a section, with no section pattern, never text of
        the answer above it (trial22 T22-8: following the build's advice to declare '^#####…' glued every section and
        its questions onto the back of the item before it). Label headings ('### Question 3' over the question) are
        left to the key and part logic: their exam's '## True/False' is no reason to read the page otherwise."""
        heads = [(m, h) for line in lines if (m := self.item.match(line)) and (h := _ATX_LINE.match(line))]
        if not heads or not all((m.groupdict().get("question") or "").strip() for m, _ in heads):
            return 0
        return min(len(h.group(1)) for _, h in heads)

    def _contents_end(self, index: int) -> int:
        """When the heading at ``index`` is over nothing but links to the page's anchors up to the next heading (a table
        of contents: '## Índice' / '1. [Preguntas generales](#general)' …), the index of that next heading (or the
        end); else 0."""
        k, links = index + 1, 0
        while k < len(self.lines) and not _ATX_LINE.match(self.lines[k]):
            line = self.lines[k]
            if line.strip() and not _NAV_ONLY.match(line):
                return 0
            if line.strip() and "](" in line and re.search(r"\]\((?!#)", line):
                return 0  # (a link out of the page: a reading list, never the page's contents)
            links += bool(line.strip()) and "](#" in line
            k += 1
        return k if links else 0

    def _outranks(self, raw: str) -> bool:
        """A Markdown heading at column 0 that is no smaller than the item's own (any, if the item is no heading)."""
        h = _ATX_LINE.match(raw)
        if h is None or self.pending is None:
            return False
        if is_answer_label_heading(raw):
            return False  # '### Answer' under '### Question 1' and its question: it opens the answer (trial23 T23-45)
        own = _ATX_LINE.match(self.lines[self.pending.line - 1].lstrip())
        return own is None or len(h.group(1)) <= len(own.group(1))

    def _intro_lost(self, item: bool = False) -> None:
        """Text under a section heading before the first item is in no card: said once, never dropped silently;
        ``item`` when an item of the section follows it (else the section holds notes and no question, T39-8: the
        message spoke of questions 'below' a section that had none).

        (Text after the first item is "outside any item" and warned line by line; a page's title,
        intro and table of contents before any section heading are not content of a card.)
        """
        if self.intro and self.named:
            self._named_intro()
        if not self.intro:
            return
        if item and len(self.intro) == 1 and exercise_instruction(told := self.lines[self.intro[0] - 1]):
            # ('## Exercise 2' / 'Answer the following questions.' / '1. …': the exercise's instruction names its items'
            # section, shown on their fronts as a plain-text page's is (T32-38); no text lost, nothing to say: sitting 44)
            said = instruction_context(self.reader.inline_plain(told.strip()) if self.markdown else told)
            if said:  # ('Answer the following questions.' tells a card nothing: no context line of it)
                self.sections = [*self.sections, (INSTRUCTION_DEPTH, said)]
            self.intro = []
            return
        name = self.sections[-1][1] if self.sections else ""
        first, count = self.intro[0], len(self.intro)
        if not item and name and course_furniture(name) and _a_list([self.lines[k - 1] for k in self.intro]):
            # ('## Learning objectives' / 'By the end of this chapter you will be able to:' / bullets: no text to learn,
            # said and listed as skipped as the Markdown reader says and lists it, never "notes in no card": sitting 44)
            section = [n for _, n in self.sections]
            told = "\n".join(self.lines[k - 1] for k in self.intro)
            self.diag.warning(self.doc.rel, first, *unlearnable_said(name, COURSE_FURNITURE_REASON), group="unlearnable-list")
            self.said_lines.append((first, count))
            kept = make_item(
                self.doc, self.source, self.diag, first, question=name, answer=[], section=section[:-1],
                skip=f"a list of {COURSE_FURNITURE_REASON} under the heading", original=told,
            )  # fmt: skip
            if kept is not None:
                self.items.append(kept)
            self.intro = []
            return
        if not item:
            back = [self.lines[k - 1] for k in range(first, self.intro[-1] + 1)]
            heads = record_heads(self.lines) if name and self.markdown else set()
            # ('## Peru' / 'Capital: Lima' / 'Currency: sol': a record, read by the section reading, one card a heading)
            if name and self.markdown and pair_separator(back) is None and not heads & set(range(first - 3, first)):
                self.notes.append((first, name, back, [n for _, n in self.sections][:-1], count))
            else:  # (a list of pairs, 'Key terms' over 'Isotope - …' lines, or a record, is left to the section reading)
                self._notes_said(first, name, count)
            self.intro = []
            return
        self.said_lines.append((first, count))
        self.diag.warning(
            self.doc.rel,
            first,
            f"section {name!r} opens with {count} line{'s' if count != 1 else ''} of text before its first item; "
            "they are in no card, and the questions below may depend on them",
            "write what a question needs into it with an [[override]] in overrides.toml, or add a skip pattern "
            "for these lines to [source.pattern] in deck.toml if no card needs them",
            group="section-intro",
        )
        self.intro = []

    def _notes_said(self, first: int, name: str, count: int) -> None:
        """A section of notes with no question, said at its first line: its text is in no card."""
        self.said_lines.append((first, count))
        self.diag.warning(
            self.doc.rel,
            first,
            f"section {name!r} holds {count} line{'s' if count != 1 else ''} of notes and no question; "
            f"{'they are' if count != 1 else 'it is'} in no card",
            "to learn them, write them as questions with their answers in the page's shape (docs/layouts.md); "
            "if a question elsewhere needs them, write what it needs into it with an [[override]] in overrides.toml",
            group="section-notes",
        )

    def _notes_cards(self) -> None:
        """Markdown lecture notes whose questions are all in a practice section after them ('## 7.1 The heart' / its
        notes … '## Review questions' / '1. …?'): each section of notes a card, its heading the front and its notes the
        back, said once with a count, as a Markdown page's statement headings among question headings are (the sitting-45
        lead's list: the notes, most of the page, were only said, "in no card"). Notes between questions (a book's
        chapter prose before each chapter's self-test, trial27 T27-4, sitting 31's livro.md: one section of prose before
        its first questions) stay said, in no card."""
        if not self.notes or self.source.notes == "skip":  # (the message's own advice: notes = "skip" leaves them out)
            return
        first_item = min((i.locator.line for i in self.items), default=0)
        if len(self.notes) < NOTES_SECTIONS_MIN or first_item < max(first for first, *_ in self.notes):
            for first, name, _, _, count in self.notes:
                self._notes_said(first, name, count)
            return
        made: list[Item] = []
        notes = list(self.notes)
        if self.title is not None and self.markdown and (told := [k for k in self.page_intro if k - 1 > self.title[0]]):
            # (the page's own text under its title, before its first section: the chapter's introduction, notes as its
            # sections' are, its title the front; queries-keys-values' 49 lines on attention were in no card, sitting 57)
            fenced = list(in_fence(self.lines))  # (its paragraph's lines, up to the first section's heading)
            end = next((k for k in range(told[-1], len(self.lines)) if not fenced[k] and _ATX_LINE.match(self.lines[k])), told[-1])
            back = self.lines[told[0] - 1 : end]
            while back and not back[-1].strip():
                back.pop()
            if sum(len(x.split()) for x in back) >= PASSAGE_WORDS:
                notes.insert(0, (told[0], squash(self.title[1]).strip(" #*_"), back, [], len(told)))
                self.page_intro = [k for k in self.page_intro if k not in told]
        for first, name, back, section, _ in notes:
            # (the title's card keeps its heading in what it read: a heading's notes, never an item that ran on)
            titled = [self.lines[self.title[0]]] if self.title is not None and section == [] and first - 1 > self.title[0] and name == squash(self.title[1]).strip(" #*_") else []
            item = make_item(
                self.doc, self.source, self.diag, first, question=name, answer=self.reader.render_markdown(back, first, self.doc, self.diag),
                section=section, difficulty=self.levels.level(None, None, first), original="\n".join([*titled, *back]),
            )  # fmt: skip
            if item is not None:
                made.append(item)
                self.diag.warning(
                    self.doc.rel,
                    first,
                    f"section {name!r} holds notes and no question: a card, its heading the front and its notes the back",
                    "end the heading with '?' to ask it, or write its notes as questions with their answers; "
                    'notes = "skip" in its [[source]] table leaves them out',
                    group="section-notes-card",
                )
        self.items[:0] = made

    def _named_intro(self) -> None:
        """A section's text before its items (or in place of them) whose lines are named statements among others
        (``**Power rule.** $…$``, compiler.sources.named_lines): a card each, its name the front, its statement and the
        lines after it (a proof, an example) the back, the section theirs; the lines above the first stay the
        section's text, said as before (sitting 43: "holds 3 lines of notes and no question")."""
        made: list[tuple[int, str, list[str], int]] = []  # (line, name, the back's lines, its last line)
        kept: list[int] = []
        for lineno in self.intro:
            found = self.named.get(lineno - 1)
            if found is not None:
                made.append((lineno, found[0], [found[1]], lineno))
            elif made:
                line, name, back, last = made[-1]
                made[-1] = (line, name, [*back, *([""] if lineno > last + 1 else []), self.lines[lineno - 1]], lineno)
            else:
                kept.append(lineno)
        if not made:
            return
        self.intro = kept
        section = [name for _, name in self.sections]
        for line, name, back, last in made:
            answer = self.reader.render_markdown(back, line, self.doc, self.diag) if self.markdown else answer_blocks("", back)
            item = make_item(
                self.doc, self.source, self.diag, line, question=name, answer=answer, section=section,
                difficulty=self.levels.level(None, None, line), original="\n".join(self.lines[line - 1 : last]),
            )  # fmt: skip
            if item is not None:
                self.items.append(item)

    def _intro_shown(self) -> bool:
        """Whether a card shows the page's text above its first item (a quoted passage goes on each question's front:
        sitting 51 N21), told by the words of its longest line."""
        longest = max((self.lines[k - 1] for k in self.page_intro), key=len, default="")
        words = re.findall(r"\w+", longest)[:8]
        if not words:
            return True
        said = re.compile(r"\W+".join(re.escape(w) for w in words))
        return any(
            said.search(item.question) or any(said.search(b.text or " ".join(b.items)) for b in item.stimulus)
            for item in self.items
        )

    def _check_preamble(self) -> None:
        """Most of a document before its first item means the item pattern missed its items; a passage of prose
        above the items (a reading comprehension's text over its questions) is in no card: said once."""
        total = sum(1 for line in self.lines if line.strip())
        words = sum(len(self.lines[k - 1].split()) for k in self.page_intro)
        about = any(_ABOUT_ITEMS.search(self.lines[k - 1]) for k in self.page_intro)  # (an intro to the questions)
        mine = self.source.notes == "skip"  # (the page's text is the user's notes: said to be, no message of it)
        if self.items and words >= PASSAGE_WORDS and not about and not mine and not self._intro_shown() and not (self.preamble > 10 and self.preamble > 0.4 * total):
            # ('# Reading: The Water Cycle' / four sentences / '## Questions' / '1. What makes water evaporate?' …:
            # the passage was dropped unsaid, newdocs sitting 54; the Markdown reader says a page's introduction too)
            first, count = self.page_intro[0], len(self.page_intro)
            from compiler.sources.lines import PAIR_SEPARATORS, pair_text, split_pair

            # (terms with their meanings, '* diffusion = movement of particles …' over 'Q. …' / 'Ans. …' pairs: notes typed
            # on a phone, no passage a question depends on; round-15 d/01)
            # (its first line, 'bio ch 7 - cell transport', is the page's title whatever it holds)
            termed = [k for k in self.page_intro[1:] if split_pair(pair_text(_LEAD_MARK.sub("", self.lines[k - 1])), PAIR_SEPARATORS)]
            if len(termed) >= TERMS_ABOVE_MIN:
                shown = " ".join(_LEAD_MARK.sub("", self.lines[termed[0] - 1]).split())
                self.diag.warning(
                    self.doc.rel,
                    first,
                    f"{len(termed)} lines above the first item are terms with their meanings ({shown[:50]!r}…), in no "
                    "card: this file is read as its questions and answers only",
                    "to learn them, write each as a question and its answer the way the file's others are written, or "
                    "move them into a file of their own (a word list: a term and its meaning a line)",
                    group="page-intro",
                )
            else:
                self.diag.warning(
                    self.doc.rel,
                    first,
                    f"the page's text above its first item ({count} line{'s' if count != 1 else ''}, {words} words) is in no "
                    "card, and the questions below may depend on it",
                    "if a question needs it, write what it needs into that question (or an [[override]] in overrides.toml); "
                    "if it is only the page's introduction, nothing to do",
                    group="page-intro",
                )
        # (lines a card of its section's notes holds, made after the walk, are in a card: '394 of 391 lines come before the
        # first item (line 39)' was said of a page whose sections above its numbered exercises were cards, trial54 T54-8)
        first = min(i.locator.line for i in self.items) if self.items else None
        lost = min(self.preamble, sum(1 for line in self.lines[: first - 1] if line.strip())) if first else self.preamble
        # (lines a message of their own already says, a section's notes in no card, are not said again: one d2l page's
        # 'Visualization' was "18 lines of notes … in no card" and among "67 of 95 lines come before the first item")
        lost -= sum(count for line, count in self.said_lines if not first or line < first)
        if lost > 10 and lost > 0.4 * total and not (mine and first):
            said = (  # ('306 of 306 lines come and no item was found': a garbled sentence, trial15 T15-68)
                f"{lost} of {total} lines come before the first item (line {first}) and are not in any card"
                if first
                else f"no item was found: none of its {total} lines matches the item pattern, so none is in any card"
            )
            # (the advice fits how the page was read: an item pattern only where there is one, its own or the one guessed
            # for its table; a layout deckc knows has none to check, trial54 T54-8)
            name = self.source.layout or "pattern"
            self.diag.warning(
                self.doc.rel,
                1,
                said,
                "check the item pattern of its [[source]] table (see docs/layouts.md)"
                if self.source.pattern is not None
                else f"it was read with the layout {name!r}: if those lines hold questions, name their layout in its [[source]] "
                "table or describe them with [source.pattern] (see docs/layouts.md); if they are the page's text, no card asks them",
                group="preamble",
            )

    def _numbered_title(self, index: int, m: re.Match[str]) -> bool:
        """The first numbered line, not numbered 1, right over an item numbered 1 (a blank line between at most): a
        title that starts with a number ('9. Sınıf Kimya …', '10. Klasse – Test', '7. klasa'), not an item."""
        number = (m.groupdict().get("number") or "").strip(".)")
        if not self.layout.sequence or not number.isdecimal() or int(number) == 1:
            return False
        asked = (m.groupdict().get("question") or "").strip()
        if not asked or asked.rstrip(" *_").endswith((*QUESTION_MARKS, ":", "：")):
            return False
        nxt = self.next_line[index]
        after = self.item.match(self.lines[nxt]) if nxt is not None and nxt - index <= 2 else None
        return after is not None and (after.groupdict().get("number") or "").strip(".)") == "1"

    def _title_line(self, index: int) -> bool:
        """In plain text, a short title standing alone between an answered item and the next item, blank lines
        around it ('Short Answer Type Questions', 'Part B', 'Unit 2 Review'): a section, not answer text."""
        p, raw = self.pending, self.lines[index]
        if self._caps_title(index):
            return True
        if self.unanswered and self._list_title(self.lines, index):
            return True  # ('Lone Wolf' over questions numbered from 1 again, none answered: T16-31)
        if self._part_title(index) or self._chapter_break(index) or self._instruction_title(index) or self._lettered_title(index):
            return True  # ('A: Principles of American Democracy': a lettered part's title, before any answer label)
        if has_answer_label(raw) or is_answer_line(raw):
            return False  # ('Ответ: а' alone between blank lines: the key of the question above, never a title)
        if not self.markdown and self._glossary_title(index):
            return True  # ('Key terms' over 'Isotope - atoms of …' lines after the last answer: no part of that answer)
        if not self.markdown and self._restart_title(index, apart=True):
            return True  # ('Exam B — more short answers' between blank lines over '1.' again: a PDF's text, trial24 T24-17)
        if self.markdown:  # in Markdown a title is bold and alone ('**II. Preguntas de Respuesta Corta**', trial11 P86)
            bold = _BOLD_TITLE.match(raw)
            if bold is None and (self._restart_title(index) or self._level_title(index)):
                return True
            if bold is not None and self._level_title(index, bold.group("text")):
                return True  # ('**Computer Networks**' right over the next question of a PDF's exam: sitting 22)
            if bold is None or len(bold.group("text").split()) < 2 or self.seen_item is False:
                return False
            raw = bold.group("text")
            if is_answer_line(raw) or has_answer_label(raw) or has_right_answer_label(raw) or option_line(raw) or stated_verdict(raw):
                return False
        raw = _TITLE_NOTE.sub("", raw) or raw  # ('Short Answer Type Questions (3 marks each)': the part's marks, T32-21)
        words = raw.split()
        above = next((self.lines[k] for k in range(index - 1, -1, -1) if self.lines[k].strip()), "")
        # (before the first item, a title naming its kind, 'Very Short Answer Type Questions', or one set off by a rule
        # over it as the next items' titles are: '---' / '1. Scenario: Managing Multiple Environments' / 'Q: …', T61)
        first = p is None and not self.seen_item and bool(words) and (words[-1].lower().rstrip("s") in _TITLE_ENDS or bool(_RULE.match(above)))
        if not first and (p is None or not p.in_answer or not (p.head or any(x.strip() for x in p.answer))):
            return False  # (before the first item only a title naming its kind: 'Very Short Answer Type Questions')
        nxt = self.next_line[index]
        if index == 0 or self.lines[index - 1].strip() or nxt is None or nxt == index + 1 or not self.item.match(self.lines[nxt]):
            return False
        if not words or len(words) > TITLE_WORDS or raw.rstrip()[-1:] in ".?!:;,)" or BULLET.match(raw) or self.item.match(raw):
            return False
        capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        return words[-1].lower().rstrip("s") in _TITLE_ENDS or 3 * capitals >= 2 * len(words)

    def _glossary_title(self, index: int) -> bool:
        """In plain text, a short title after a blank line under an answered item, right over two lines or more each a
        term and its meaning (``Key terms`` / ``Isotope - atoms of the same element …`` / ``Ion - …``): a section of its
        own, never more of the answer above (sitting 39: 'Na Key terms: Isotope - …' on the back of 'What is the chemical
        symbol for sodium?')."""
        p, raw = self.pending, self.lines[index].strip()
        if p is None or not p.in_answer or not (p.head or any(x.strip() for x in p.answer)):
            return False
        if index == 0 or self.lines[index - 1].strip() or not raw or len(raw.split()) > TITLE_WORDS // 2 + 1:
            return False
        if raw.rstrip(":：")[-1:] in ".?!;,)" or not raw[:1].isupper() or self.item.match(raw) or BULLET.match(raw):
            return False
        below: list[str] = []
        for line in self.lines[index + 1 :]:
            if not line.strip():
                break
            below.append(line)
        return len(below) >= 2 and all(_GLOSSARY_LINE.match(line) for line in below)

    def _lettered_title(self, index: int) -> bool:
        """In plain text, a lettered part's title standing apart (blank lines around it) right over an item, before the
        first item or under an answered one: 'A: Principles of American Democracy', 'B: Sistema de gobierno' (trial33
        T33-15: the first was no one's section, the second the answer of the question above it, its words not in
        capitals). Under a question not answered yet 'A: …' is its answer."""
        p, raw = self.pending, self.lines[index]
        if self.markdown or self.in_key or not _LETTERED_TITLE.match(raw) or len(raw.split()) > TITLE_WORDS + 1:
            return False
        if (p is None and self.seen_item) or (p is not None and not (p.in_answer and (p.head or any(x.strip() for x in p.answer)))):
            return False
        apart = 0 < index < len(self.lines) - 1 and not self.lines[index - 1].strip() and not self.lines[index + 1].strip()
        return apart and self._first_item_within(index, 1) is not None

    def _instruction_title(self, index: int) -> bool:
        """In plain text, a line standing apart (blank lines around it) under a question numbered 2 or more, over a list
        numbered from 1 again whose items are questions: answered as the questions above are, or a run the numbering
        above does not go on after ('Write the plural of each noun.' / '1. child' … over the key, 'Traduis en français.'
        / '1) the house' / 'Réponse : …'; the document's last list only over a key). The next exercise's instruction, its section, shown on its fronts (trial32
        T32-38: it was the last answer above it, the next exercise's questions with it). A list that gives way to the
        next number above ('The phases:' / '1. Prophase' … / '4. …') is the answer's list, as before."""
        p = self.pending
        if self.markdown or self.in_key or not self._over_first(index):
            return False
        if p is None and not self.seen_item:  # (the first exercise's, when a later one is set so too)
            return any(self._over_first(k) for k in range(index + 2, self._first_key_line()) if not self.lines[k - 1].strip())
        if p is None or not (p.number or "").isdecimal() or int(p.number or 0) < 2:
            return False
        first = self.next_line[index]
        if first is None:
            return False
        below = self.next_line[first]
        if below is not None and not self.item.match(self.lines[below]):
            return (self.answer.match(self.lines[below]) if self.answer is not None else self._answer_labelled(self.lines[below])) is not None and (
                bool(p.head) or any(self._answer_labelled(x) for x in p.answer[:1])
            )
        k, n = first, 0  # the run 1, 2, 3 … under it, then the next numbered line
        while k is not None and (m := self.item.match(self.lines[k])) is not None and (m.groupdict().get("number") or "").strip(".)") == str(n + 1):
            k, n = self.next_line[k], n + 1
        after = self.item.match(self.lines[k]) if k is not None else None
        if after is None:  # (the document's last list: a key below answers its questions; with none, the answer's list)
            return self._first_key_line() < len(self.lines)
        return (after.groupdict().get("number") or "").strip(".)") == "1"  # (the next exercise; '4.' after '1.', '2.': a gap)

    def _over_first(self, index: int) -> bool:
        """A short line that neither asks nor answers, standing apart right over an item numbered 1."""
        raw = self.lines[index]
        words = raw.split()
        if not words or len(words) > 2 * TITLE_WORDS or raw.rstrip()[-1:] in "?？;,:：" or BULLET.match(raw) or self.item.match(raw):
            return False  # ('TreeSet, in three steps:' over '1. …': the lead-in of an answer's list, trial8 H3)
        if (index and self.lines[index - 1].strip()) or index + 1 >= len(self.lines) or self.lines[index + 1].strip():
            return False
        if _ATX_LINE.match(raw) or self._answer_labelled(raw) or option_line(raw.strip()) or self.key.match(raw):
            return False
        first = self.next_line[index]
        m = self.item.match(self.lines[first]) if first is not None else None
        return m is not None and (m.groupdict().get("number") or "").strip(".)") == "1"

    def _has_key(self) -> bool:
        """The page has an answer key: a key heading, or a key's label and its entries on one line ('Answer Key: 1. (a)')."""
        return self._first_key_line() < len(self.lines) or any(_INLINE_KEY.match(line) for line in self.lines)

    def _first_key_line(self) -> int:
        """The 0-based line of the document's first answer-key heading, or its length when it has none."""
        if self.first_key is None:
            self.first_key = next((k for k, line in enumerate(self.lines) if self.key.match(line)), len(self.lines))
        return self.first_key

    def _part_title(self, index: int) -> bool:
        """A part's label and title alone on its line (in bold, in Markdown), an item within three lines under it: 'Part
        C: Short Answer (1 question)' over its instructions (learner4 N72), '**Part B: Networking**' right over the part's
        first question in a PDF's text (sitting 22: the answer of the question above, or text before the first item)."""
        raw = self.lines[index]
        if self.markdown and (bold := _BOLD_TITLE.match(raw)) is not None:
            raw = bold.group("text")
        if _EXERCISE_TITLE.match(raw):  # ('Exercise 2 (4 points)' over its questions numbered from 1: T25-50)
            return self._item_within(index, 3)
        if (label := _LABEL_TITLE.match(raw)) is not None and self._key_names(label.group("label")) and self._first_item_within(index, 2) == "1":
            return True
        if _ROMAN_PART.match(raw) and raw.rstrip()[-1:] not in "?？":
            # ('II. Jawablah pertanyaan berikut dengan benar!': a paper's part, a Roman numeral and its instruction, standing
            # apart over the part's first question; trial26 T26-4, it was the explanation of the question above it)
            apart = 0 < index < len(self.lines) - 1 and not self.lines[index - 1].strip() and not self.lines[index + 1].strip()
            below = self.next_line[index]
            if _READ_LEAD.search(raw) and below is not None and not self.item.match(self.lines[below]):
                return False  # ('I. Read the passage and answer the questions below.' over the passage: their lead-in, T28-38)
            return apart and self._item_within(index, 2)
        if not _PART_TITLE.match(raw) or not self._item_within(index, 3):
            return False
        if raw.rstrip()[-1:] == ".":  # ('Part II. True or False. Write T or F.' standing apart, blank lines around it: its
            # instruction ends in a full stop; trial25 T25-16, it was the explanation of the question above it)
            return 0 < index < len(self.lines) - 1 and not self.lines[index - 1].strip() and not self.lines[index + 1].strip()
        return raw.rstrip()[-1:] not in ".?!,;:"

    def _chapter_break(self, index: int) -> bool:
        """A book's next chapter (``CHAPTER 4``, ``Chapter 4: Cryptography``, ``Part II``, ``Unit 3``, ``Appendix``) standing
        after a blank line under a question already answered or given its options: a section, however much of the
        chapter's prose comes before its questions (trial27 T27-4 side note: a prep book's 'CHAPTER 4' / 'Cryptography' /
        '4.1 Symmetric ciphers' / 'AES is …' and 'Appendix' were the explanation of the chapter's last question). The
        prose under it is said once as the section's opening text, as before the first chapter's questions."""
        p = self.pending
        if self.in_key or p is None or not p.in_answer or not (p.head or any(x.strip() for x in p.answer)):
            return False
        if index == 0 or self.lines[index - 1].strip():
            return False
        return bool(_CHAPTER_LINE.match(_BOLD_TITLE.sub(r"\g<text>", self.lines[index])))

    def _restart_title(self, index: int, apart: bool = False) -> bool:
        """In Markdown, a plain short line after a rule (or right after such a title) over a list numbered from 1 again,
        as the next of several exams in one file is written ('---' / 'Prüfung B — Multiple Choice, Matching' / 'Leichte
        Aufgaben (Multiple Choice, je 1 richtige Antwort)' / '1) …'; trial15 T15-8: exam B was the answer of A's last
        task): a section, so the numbering starts again. A line over a list inside an answer has no rule above it. In
        plain text (``apart``), a line with a blank line above and below it stands in the rule's place (a PDF's text
        sets its titles apart so, trial24 T24-17)."""
        p, raw = self.pending, self.lines[index]
        before = next((self.lines[k] for k in range(index - 1, -1, -1) if self.lines[k].strip()), "")
        answered = p is not None and p.in_answer and (bool(p.head) or any(x.strip() for x in p.answer)) and (p.number or "").strip(".") != "1"
        # (or right over the list it heads, 'Билет № 2' / '1. …', 'Set B' / '1. …': an exam's tickets, trial31 T31-8)
        below = index + 1 >= len(self.lines) or not self.lines[index + 1].strip() or bool(self.item.match(self.lines[index + 1]))
        alone = apart and index > 0 and not self.lines[index - 1].strip() and below
        if not ((answered and (_RULE.match(before) or alone)) or (p is None and self.restart and self.seen_item)):
            return False
        words = raw.split()
        if not words or len(words) > 2 * TITLE_WORDS or raw.rstrip()[-1:] in ".?!:;," or BULLET.match(raw) or self.item.match(raw):
            return False
        if _ATX_LINE.match(raw) or is_answer_line(raw) or has_answer_label(raw) or has_right_answer_label(raw) or option_line(raw):
            return False
        if p is not None and _next_option(p.answer, raw):
            return False  # ('C) heart' after '… A) liver' / blank / 'B) lung': the item's next option, never a title over a key's '1 C')
        nxt = self.next_line[index]
        for _ in range(3):  # (more such titles, then the list's first item)
            m = self.item.match(self.lines[nxt]) if nxt is not None else None
            if m is not None:
                return (m.groupdict().get("number") or "").strip(".") == "1"
            if nxt is None or self.lines[nxt].rstrip()[-1:] in ".?!:;,":
                return False
            nxt = self.next_line[nxt]
        return False

    def _caps_title(self, index: int, keyed: bool = False) -> bool:
        """A short title in capitals right over an item (or a key entry), blank lines or not: 'HARDWARE &
        IT-GRUNDLAGEN' / '1. Was bedeutet …?' (trial15 T15-7: each section's title was the answer of the section's last
        question, as every paragraph was a line); its items' section, in the questions and in their key alike. Under an
        item not answered yet it is that item's answer ('TRUE'), unless an answer key below answers the items (or
        ``keyed``: it follows the key's heading)."""
        raw = _BOLD_TITLE.sub(r"\g<text>", self.lines[index]).strip().strip("#").strip()
        letters = [c for c in raw if c.isalpha()]
        if len(letters) < 4 or any(not c.isupper() for c in letters) or len(raw.split()) > TITLE_WORDS or raw[-1:] in ".?!:;,":
            return False
        if self.item.match(self.lines[index]) or option_line(raw) or has_answer_label(raw) or _ATX_LINE.match(self.lines[index]):
            return False
        if _LETTERED.match(raw):
            return False  # '   D. IGMP': an option in capitals, an acronym, never a title (trial16 T16-45)
        nxt = self.next_line[index]
        if nxt is None or self.item.match(self.lines[nxt]) is None or self.key.match(self.lines[index]):
            return False
        if keyed:
            return True
        p = self.pending  # ('TRUE' under '1. Is the sky blue?' is its answer, unless a key below answers the items)
        if self.in_key or p is None or p.head or any(x.strip() for x in p.answer):
            return True
        if self.key_after is None:
            keyed = (k for k, line in enumerate(self.lines) if self.key.match(line) or (line.strip() and self._shaped_key(k)))
            self.key_after = max(keyed, default=-1)
        return index < self.key_after

    def _level_title(self, index: int, bold: str = "") -> bool:
        """In Markdown, a short plain title (a gloss in brackets aside) with a blank line above it, right over the next
        item of an answered one ('Lösung: …' / '' / 'Schwere Aufgaben' / '11) …'; trial15 T15-8: the title was the
        last words of the answer above): a section of the items after it. A title in bold (``bold``, its text) is one
        whatever its words' case ('**Computer Networks and the Internet**'), when it opens as a title does."""
        p, raw = self.pending, bold or self.lines[index]
        first = bool(bold) and p is None and not self.seen_item  # (a bold title right over the first item: its section)
        if not first and (p is None or not p.in_answer or not (p.head or any(x.strip() for x in p.answer)) or not p.number):
            return False
        if index == 0 or self.lines[index - 1].strip() or index + 1 >= len(self.lines):
            return False
        m = self.item.match(self.lines[index + 1])
        number = m.groupdict().get("number") if m else None
        if not number or not (first or (p is not None and follows(p.number, number))):
            return False
        core = _GLOSS_TAIL.sub("", raw.strip())
        words = core.split()
        if not words or len(words) > TITLE_WORDS or core[-1:] in ".?!:;,)" or BULLET.match(raw) or self.item.match(raw) or _ATX_LINE.match(raw):
            return False
        if is_answer_line(core) or has_answer_label(core) or has_right_answer_label(core) or option_line(raw):
            return False
        capitals = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
        if bold and (words[0][:1].isupper() or words[0][:1].isdigit()):
            return True
        return words[-1].lower().rstrip("s") in _TITLE_ENDS or 3 * capitals >= 2 * len(words)

    def _group_title(self, index: int, m: re.Match[str]) -> bool:
        """A numbered line wholly in bold that names a group ('**1. Python概述**': a short title that asks nothing, no
        sentence's end) over items numbered from 1 again: a section, never an item whose answer is that list."""
        bold = _BOLD_TITLE.match(self.lines[index])
        number = m.groupdict().get("number")
        if bold is None or not number:
            return False
        title = strip_number(bold.group("text")).strip()
        if not title or title == bold.group("text").strip() or len(title.split()) > TITLE_WORDS or len(title) > 40:
            return False
        if any(mark in title for mark in QUESTION_MARKS) or title[-1] in ".。:：;!！)）" or opens_asking(title):
            return False
        nxt = self.next_line[index]
        first = self.item.match(self.lines[nxt]) if nxt is not None else None
        return first is not None and (first.groupdict().get("number") or "").strip(".") == "1" and _BOLD_TITLE.match(self.lines[nxt]) is None

    def _key_names(self, label: str) -> bool:
        """Whether a line of the answer key opens with this label ('Tema 2' for 'Tema 2: 1) …'): the key's groups, found
        once, in the key's own words."""
        if self.key_labels is None:
            leads = (_LABEL_LEAD.match(line) for line in self.lines[self._first_key_line() + 1 :])
            self.key_labels = {" ".join(m.group("label").casefold().split()) for m in leads if m is not None}
        return " ".join(label.casefold().split()) in self.key_labels

    def _first_item_within(self, index: int, lines: int) -> str | None:
        """The number of the item line within this many lines of text after line ``index`` (0-based), or None."""
        nxt = self.next_line[index]
        for _ in range(lines):
            if nxt is None:
                return None
            if (m := self.item.match(self.lines[nxt])) is not None:
                return (m.groupdict().get("number") or "").strip(".)") or None
            nxt = self.next_line[nxt]
        return None

    def _item_within(self, index: int, lines: int) -> bool:
        """Whether an item line comes within this many lines of text after line ``index`` (0-based)."""
        nxt = self.next_line[index]
        for _ in range(lines):
            if nxt is None:
                return False
            if self.item.match(self.lines[nxt]):
                return True
            nxt = self.next_line[nxt]
        return False

    def _is_section(self, index: int) -> bool:
        """A section line; inside a plain-text answer only if an item follows (``# comment`` in code is not)."""
        p = self.pending
        if p is not None and self.markdown and is_answer_label_heading(self.lines[index]):
            return False  # ('### Answer' under an item's question opens its answer, whatever section pattern: T23-45)
        if self.markdown or p is None or not p.in_answer:
            return True
        nxt = self.next_line[index]
        return nxt is not None and bool(self.item.match(self.lines[nxt]) or self.section.match(self.lines[nxt]))  # type: ignore[union-attr]

    def _nested_list(self, m: re.Match[str], lineno: int) -> bool:
        """A numbered line that continues a list inside the answer (``1.``, ``2.`` … without a blank line)."""
        number = m.groupdict().get("number")
        if not self.layout.sequence or number is None or not number.isdecimal():
            return False
        if self.pending is None or not self.pending.in_answer:
            return False
        if self._after_entry(m, lineno):
            return False
        n = int(number)
        if self.nested is not None and n == self.nested + 1:
            self.nested = n
            return True
        if n == 1 and not self.restart and not self._same_number(m, lineno) and not self._options_again(lineno):
            self.nested = 1
            return True
        return False

    def _indented_in_answer(self, index: int) -> bool:
        """An item-like line inside an answer's indented block: 4 columns (or a tab) deeper than its item's own line,
        under a line as deep or one that ends with ':' ('for example:').  It is the answer's example or code (a regex
        sheet's '    Q: this line matches'), as Markdown reads an indented block; only lines at the item's own indent
        start items."""
        p = self.pending
        if p is None or not p.in_answer:
            return False
        base = _indent(self.lines[p.line - 1]) + 4
        if _indent(self.lines[index]) < base:
            return False
        above = next((line for line in reversed(self.lines[p.line - 1 : index]) if line.strip()), "")
        return _indent(above) >= base or above.rstrip().endswith((":", "："))

    def _same_number(self, m: re.Match[str], lineno: int) -> bool:
        """A Markdown item numbered as the one before it, shaped as it (learner L22: every item '1.', as Markdown
        lets a list number itself, and as reStructuredText's '#.' is converted): the next item, no nested list."""
        number = m.groupdict().get("number")
        return self.markdown and number is not None and number == self.previous and self._item_shaped(m, lineno)

    def _jumps(self, m: re.Match[str]) -> bool:
        """An item-like line inside an answer whose number skips ahead: a lost item, not a nested list."""
        number = m.groupdict().get("number")
        if number is None or self.previous is None:
            return False
        a, b = _parts(number), _parts(self.previous)
        return bool(a and b) and a > b and not follows(self.previous, number)

    def _starts_item(self, m: re.Match[str], lineno: int) -> bool:
        number = m.groupdict().get("number")
        if number is not None and self._listed_answer_goes_on(number, lineno):
            return False  # (whatever the layout's sequence: 'Answer:' / '1. Prophase' / '2. …' is no question, T32-26)
        if not self.layout.sequence or number is None:
            return True
        if self.previous is None or follows(self.previous, number):
            return True
        if (self._jumps(m) and self._item_shaped(m, lineno)) or self._same_number(m, lineno):
            return True  # '5.' after '3.': a question deleted by hand leaves a gap, not an item inside an answer
        if self._jumps(m) and self._answered_alike(lineno):
            return True  # '18.Find …' / 'Ans:- …' right under item 15's answer, no blank line: a gap too (T18-33)
        if self._after_entry(m, lineno):
            return True
        if self.restart and self._jumps(m):
            return True  # after a section its numbering goes on past a gap ('A: …' 1-4, 'B: …' 13, 14: trial11 P103)
        asked = (m.groupdict().get("question") or "").strip()
        part = _PART_LABEL.match(asked) or _CAPITAL_PART.match(asked)
        if number == self.previous and self.part and part and part.group("part").lower() == chr(ord(self.part) + 1):
            return True  # '3. б' after '3. а' and its answer: the task's next part (trial14 T14-41)
        if number == self.previous and self._options_again(lineno):
            return True  # '1.' again under the last question's options, over options of its own (trial21 T21-3)
        if number == self.previous and self._repeated_question(m, lineno):
            return True  # '2.' after question 2's options, a blank line between, over options of its own (T32-49)
        return number.strip(".") == "1" and (self.restart or self.pending is None)

    def _bare_answer_label(self, index: int) -> bool:
        """``Answer:`` alone right under the question line, its answer below it (``1. Solid`` / ``2. Liquid``): the
        question's answer label, never the heading of the sheet's key (trial26 T26-48); or after a blank line, over a list
        that is no key of letters ('1. Prophase', trial32 T32-26; never '1. B')."""
        p, raw = self.pending, unbold_label(self.lines[index].strip())
        if p is None or index == 0 or any(x.strip() for x in p.answer):
            return False
        below = self.next_line[index]
        if not self.lines[index - 1].strip() and (
            below is None or below != index + 1 or _compact_key(self.lines[below], alone=True)
            or not question_after_list(self.lines, below, self.item)  # (the document's last list: its key, T25-54)
        ):
            return False
        return has_answer_label(raw) and not strip_answer_label(raw).strip(" *_:：")

    def _listed_answer_goes_on(self, number: str, lineno: int) -> bool:
        """A numbered line that opens or goes on with a list the answer opened: a bare answer label (``Answer:``), then
        ``1. Solid`` / ``2. Liquid`` right under it, no blank line since (trial26 T26-48: ``2. Liquid`` was taken for
        question 2 and the sheet for no layout at all; trial32 T32-26, ``1. Prophase`` for an item). The next question
        stands after a blank line."""
        p = self.pending
        if p is None or not number.isdecimal() or lineno < 3:
            return False
        k = lineno - 2  # (0-based: the line above)
        listed = 0
        while k > p.line - 1 and self.lines[k].strip():
            m = self.item.match(self.lines[k])
            n = (m.groupdict().get("number") or "") if m else ""
            if not n.isdecimal():
                break
            listed += 1
            k -= 1
        if k <= p.line - 1 or not self.lines[k].strip():
            return False  # (its first entry, '1.' right under the label, opens it: trial32 T32-26)
        label = self.lines[k].strip().strip("*_")
        if not (has_answer_label(label) and not strip_answer_label(label).strip(" *_:：")):
            return False
        numbers = [int((self.item.match(self.lines[j]) or m).group("number")) for j in range(k + 1, lineno - 1)]
        return numbers == list(range(1, listed + 1)) and int(number) == listed + 1

    def _options_again(self, lineno: int) -> bool:
        """A numbered line with the number of the item before it, right under that item's options and over options of
        its own: the next question of a quiz whose list the typesetter numbered afresh each time (a PDF showing '1.'
        over every question, a Markdown list of '1.' with no blank line between), never a list inside an answer."""
        p = self.pending
        if p is None or lineno < 2 or not self.lines[lineno - 2].strip():
            return False
        own = find_choices([line for line in self.lines[p.line : lineno - 1] if line.strip()])
        return own is not None and not own.explanation and find_choices(self.lines[lineno : lineno + OPTIONS_WITHIN]) is not None

    def _repeated_question(self, m: re.Match[str], lineno: int) -> bool:
        """A numbered line after a blank line, numbered as the question above it (its options given), shaped as it and
        over options of its own: a numbering slip ('1.', '2.', '2.', '4.'), a question whatever its number, never part
        of the one above (trial32 T32-49: it was question 2's explanation, silently). It is read as the number the
        slip stands for when the next question's number leaves that one out (numbered 2 after 2, then 4: read as 3,
        as the key numbers it), said at its line."""
        p, number = self.pending, m.groupdict().get("number") or ""
        if p is None or not number.isdecimal() or lineno < 2 or self.lines[lineno - 2].strip() or not self._item_shaped(m, lineno):
            return False
        own = find_choices([line for line in self.lines[p.line : lineno - 1] if line.strip()])
        if own is None or own.explanation or find_choices(self.lines[lineno : lineno + OPTIONS_WITHIN]) is None:
            return False
        nxt = self._next_item(lineno, numbered=True)
        skipped = str(int(number) + 1)
        read = skipped if nxt is not None and nxt.group("number") == str(int(number) + 2) else ""
        self.slip = (lineno, read)
        self.diag.warning(
            self.doc.rel,
            lineno,
            f"question numbered {number} after question {number}: read as a question of its own"
            + (f", numbered {read} (the next is {int(number) + 2})" if read else ""),
            "correct its number in the document",
            group="number-slip",
        )
        return True

    def _answered_alike(self, lineno: int) -> bool:
        """A numbered line right over an answer line labelled as the item before it was (``15.Make …`` / ``Ans:- …``
        then ``18.Find …`` / ``Ans:- …``, no blank line between the items: trial18 T18-33): the next item, whatever
        its number; a numbered line inside an answer is over no such label."""
        p = self.pending
        if p is None or not p.in_answer or lineno >= len(self.lines):
            return False
        own = next((w for line in p.answer if (w := _label_word(line)) is not None), None)  # ('Ans:- c' under options too)
        return own is not None and own == _label_word(self.lines[lineno])

    def _quoted_passage(self, number: int, lineno: int) -> None:
        """A reading passage quoted right above the first question (``> Around 1440, Johannes Gutenberg …`` under the
        page's title, blank lines between at most, no ``Read the passage …`` lead-in) is the questions' passage up to
        the next part, on each front as a lead-in sets it (sitting 51 N21: it was dropped without a word). A passage
        is PASSAGE_SENTENCES sentences and PASSAGE_WORDS words at least: a one-line epigraph or a callout
        (``> [!note]``, ``> **Note:**``) stays the page's preamble."""
        end = lineno - 1
        while end > 0 and not self.lines[end - 1].strip():
            end -= 1
        start = end
        while start > 0 and _QUOTE_LINE.match(self.lines[start - 1]):
            start -= 1
        quoted = self.lines[start:end]
        text = squash(" ".join(_QUOTE_LINE.sub("", x, count=1) for x in quoted))
        if not quoted or _CALLOUT_OPEN.match(text) or len(text.split()) < PASSAGE_WORDS:
            return
        if len(_PASSAGE_STOP.findall(text)) + 1 < PASSAGE_SENTENCES:
            return
        self.passage = (number, OPEN_SCOPE, start, list(quoted))

    def _after_entry(self, m: re.Match[str], lineno: int) -> bool:
        """A numbered line at (or left of) the item line's indent after an answer written wholly inside the item's
        list entry (every answer line indented deeper than the item line; rules and blank lines aside): that
        entry is closed, so the line is the next item, whatever its number, never a list inside the answer
        (new-user check, sitting 8: '1. …?' questions each over an indented '<details>' toggle, the next '1.'
        right under '</details>' or a question without '?' were glued into the answer above)."""
        p = self.pending
        if p is None or not p.in_answer:
            return False
        own = self.lines[p.line - 1]
        raw = self.lines[lineno - 1]
        if len(raw) - len(raw.lstrip()) > len(own) - len(own.lstrip()):
            return False
        body = [x for x in p.answer if x.strip() and not _RULE.match(x)]
        return bool(body) and all(len(x) - len(x.lstrip()) > len(own) - len(own.lstrip()) for x in body)

    def _item_shaped(self, m: re.Match[str], lineno: int) -> bool:
        """A numbered line shaped as the item before it (trial8 H3: 1, 2, 3, 5, 6 … after a deleted question):
        outside a list the answer numbers, after a blank line, at the item line's indent, and asking when
        that item asked."""
        p = self.pending
        if p is None or self.nested is not None or lineno < 2:
            return False
        if self.lines[lineno - 2].strip() and not (p.head and not any(x.strip() for x in p.answer)):
            return False  # (right under an item answered on its own line, '1. Q?  // A', no blank line is needed: N68)
        own = self.lines[p.line - 1]
        raw = self.lines[lineno - 1]
        if len(raw) - len(raw.lstrip()) != len(own) - len(own.lstrip()):
            return False
        asked = " ".join(p.question).rstrip(CLOSERS).endswith(QUESTION_MARKS)
        question = (m.groupdict().get("question") or "").strip()
        if self.markdown:  # (a question hard-wrapped over the next lines of its paragraph asks on them)
            for line in itertools.takewhile(str.strip, self.lines[lineno : lineno + 3]):
                question += " " + line.strip()
        return not asked or any(mark in question for mark in QUESTION_MARKS) or bool(_SLASH_SPLIT.search(question))

    def _start(self, m: re.Match[str], lineno: int) -> None:
        above = self.pending
        self._finish()
        self._intro_lost(item=True)
        self.nested = None
        self.stopped = False
        groups = m.groupdict()
        number = groups.get("number")
        if not self.seen_item and self.passage is None and number is not None and number.isdecimal():
            self._quoted_passage(int(number), lineno)
        self.seen_item = True
        if self.slip[0] == lineno and self.slip[1]:
            number = self.slip[1]  # ('2.' after '2.', then '4.': question 3, T32-49)
        if number is not None:
            self.previous = number
        self.restart = False
        question = (groups.get("question") or "").strip()
        same_line = (groups.get("answer") or "").strip()
        if _TABLE_ROW.match(self.lines[lineno - 1]):  # (GFM: a '\|' in a table cell is a '|' of its text, in code too: T23-18)
            question, same_line = question.replace("\\|", "|"), same_line.replace("\\|", "|")
        self.start_line = lineno  # (the item's line: what a block under it is indented against)
        if self.marks:
            question = _MARKS_TAIL.sub("", question).rstrip()
        part = _PART_LABEL.match(question)
        capital = None if part else _CAPITAL_PART.match(question)
        self.part = part.group("part").lower() if part else capital.group("part").lower() if capital else ""
        task = self.lines[lineno] if part and part.end() == len(question) and lineno < len(self.lines) else ""
        if task.strip() and not _BLOCK_START.match(task) and not self.item.match(task) and not _FENCE.match(task):
            question = task.strip()  # '3. а' alone, its task on the next line: the part asks the task (trial14 T14-41)
            self.consumed = lineno + 1
        commented = self.layout.format == "code"  # (a cheat sheet's comment: 'Tags: To push a tag' asks whole, T51-2)
        if not same_line and self.layout.answer is None and not commented:
            question, same_line = self._cut(question, lineno)
        elif not same_line and self.answer is not None:
            question, same_line = self._labelled_rest(question)
        # (in plain text too when the question opens emphasis: '1. *Compiling fails … not' / '   being found.*')
        wraps = self.markdown or bool(_OPEN_EMPHASIS.match(question))
        more = self._wrapped(question, lineno) if wraps and not same_line and self.layout.answer is None and not commented else []
        # (under a cheat sheet's comment, its commands, never the rest of its sentence: '# Git commit in the past')
        stems = not more and not same_line and self.layout.answer is None and not commented
        if stems and not self.markdown:
            more = self._wrapped_stem(question, lineno) or self._wrapped_sentence(question, lineno) or self._stem_lines(lineno)
        elif stems:
            # (in Markdown too, a sentence the page wrapped before its options: '6. A cell placed in a hypertonic solution
            # will' / 'most likely' / '(A) …', a PDF's text converted; trial25 T25-11, the front was 'most likely')
            more = self._wrapped_sentence(question, lineno)
        if not more and stems and self.doc.rel.lower().endswith((".pdf", ".txt", ".text")):
            # (a .txt's too: a page wrapped at its width, '3. The idea … in the first three words of the' / '   Constitution.
            # What are these words?', sitting 48: the front was cut at the wrap, the rest of the question on the back)
            more = self._typeset_wrap(question, lineno)  # ('… even-parity' / 'Hamming code. What is …?': T19-14)
        if not more and stems:
            more = self._lead_in_stem(question, lineno)  # ('State true or false:' / 'Statement: …' / 'a) true': T18-80)
        if not more and not same_line:
            more = self._wrapped_items(question, lineno)  # ('# To list the files a package' / '# installed:': T28-41)
        written = [question, *more]  # (its lines as the page breaks them: labelled statements keep theirs, T31-29)
        if more:  # a question hard-wrapped over the next lines of its paragraph
            question = squash(" ".join([question, *more]))
            question, same_line = (question, same_line) if commented else self._cut(question, lineno + len(more))
        whole = _WHOLE_EMPHASIS.match(question)
        if whole and (self.markdown or more):  # '*Compiling fails … being found.*': the emphasis marks the question, no text
            question = whole.group(2).strip()
        keyed = ""
        if not question and _LONE_LETTER.match(same_line):
            # 'T1A01 (C) [97.1]' (a question pool): the right option's letter on the item's line, the question and its
            # options under it; the letter keys them as an answer line after them would (trial15 T15-68)
            keyed, same_line = same_line.strip("()"), ""
        p = _Pending(lineno, number, [question] if question else [], groups.get("level"), last=lineno + len(more), keyed=keyed)
        p.written = written if len(written) > 1 else []
        p.in_answer = bool(same_line) or self.layout.answer is None
        p.head = same_line
        if commented and above is not None and _GOES_ON.match(question) and (leaned := self._leaned_on(above, lineno)):
            p.shown = leaned
            p.question = [question.rstrip().rstrip(":：").rstrip()]  # (under what it goes on from: no lead-in colon)
        self.pending = p

    def _leaned_on(self, above: _Pending, lineno: int) -> list[Block]:
        """A cheat sheet's task written against the one above it ('# To find all files changed in last 2 days:' /
        'find . -type f -mtime -2' / '# Or created in last 2 days:' / 'find . -type f -ctime -2'): that task and its
        commands, shown first on this card's front, as the sheet shows them (trial51 T51-15: the front 'Or created in last
        2 days:' alone named no task). Only right under it (blank lines between) and only over commands of its own."""
        commands = [x for x in above.answer if x.strip() and not self.item.match(x)]
        if not above.question or not commands or any(x.strip() for x in self.lines[above.last : lineno - 1]):
            return []
        asked = squash(" ".join(above.question))
        return [Block(kind=BlockKind.text, text=asked), Block(kind=BlockKind.code, text="\n".join(x.rstrip() for x in commands))]

    def _comment_note(self, index: int) -> bool:
        """In a cheat sheet (``format = "code"``), whether a comment line is a note of the card above rather than a
        card of its own (trial51 T51-2: '# To undo the first commit:' / '# Running git reset … fails with:' / '# fatal:
        …' / 'git update-ref -d HEAD' gave a card 'fatal' and skipped the question as unanswered): a comment right under
        that card's comment lines, before its commands, or right under its commands with no command of its own below
        ('git commit --date=…' / '# older versions need a full date'). Such a line stays on the back as the comment it is."""
        p = self.pending
        if self.layout.format != "code" or p is None or index == 0:
            return False
        m = self.item.match(self.lines[index])
        if m is not None and _ALTERNATIVE_ONLY.match(m.groupdict().get("question") or "") and any(x.strip() and not self.item.match(x) for x in p.answer):
            # ('# To copy the files elsewhere:' / its command / '# or:' / another command: the same task done another way,
            # on the card above, never a card 'or:' asking nothing; trial51 T51-15)
            return True
        if not self.lines[index - 1].strip():
            return False
        if not p.head and all(self.item.match(x) for x in p.answer if x.strip()):
            return True  # (still in the card's comment lines)
        below = index + 1
        while below < len(self.lines) and self.lines[below].strip() and self.item.match(self.lines[below]):
            below += 1
        return below >= len(self.lines) or not self.lines[below].strip()

    def _wrapped_items(self, question: str, lineno: int) -> list[str]:
        """The questions of the item lines right under this one that go on with its unfinished sentence: a comment
        wrapped over two or three '#' lines of a cheat sheet ('# To display package versions, listing every installed
        version of' / '# a package:', trial28 T28-41: the first line was a question with no answer, the second a card's
        front). The next line starts in lower case with no blank line between, and this one ends no sentence; a numbered
        line is an item of its own."""
        own = self.item.match(self.lines[lineno - 1])
        if not question or question.rstrip(CLOSERS)[-1:] in "?:.!;？：。" or self.markdown or (own and own.groupdict().get("number")):
            return []
        more: list[str] = []
        for index in range(lineno, min(lineno + WRAPPED_ITEM_LINES, len(self.lines))):
            m = self.item.match(self.lines[index])
            text = ((m.groupdict().get("question") or "") if m is not None else "").strip()
            if m is None or not text[:1].islower() or (m.groupdict().get("answer") or "").strip() or m.groupdict().get("number"):
                break  # (a numbered line is an item of its own: '2. Paris, Berlin …' / '3. red, blue …', keyed below)
            more.append(text)
            if text.rstrip(CLOSERS)[-1:] in "?:.!;？：。":
                break
        if more:
            self.consumed = lineno + len(more)
        return more

    def _lead_in_stem(self, question: str, lineno: int) -> list[str]:
        """The lines right under a question that ends in a lead-in ':' up to its options, an option A then B, no blank line
        between ('State true or false:' / 'Statement: Both NFA and e-NFA recognize the same languages.' / 'a) true' /
        'b) false'): what the lead-in introduces is the question's, never its answer (the item was a Basic card of its
        options, its key unused); none if no option follows within :data:`STEM_LINES` lines."""
        if not question.rstrip(CLOSERS).endswith((":", "：")):
            return []
        for k in range(STEM_LINES):
            index = lineno + k
            line = self.lines[index] if index < len(self.lines) else ""
            text = line.strip()
            if text and option_line(text):
                below = next((x.strip() for x in self.lines[index + 1 : index + 4] if x.strip()), "")
                if k == 0 or not _OPTION_B.match(below):
                    return []
                self.consumed = index
                return [x.strip() for x in self.lines[lineno:index]]
            if not text or self.item.match(line) or _BLOCK_START.match(line) or _FENCE.match(line):
                return []
            if is_answer_line(text) or (has_answer_label(text) and not text.lower().startswith("statement")):
                return []
        return []

    def _typeset_wrap(self, question: str, lineno: int) -> list[str]:
        """The lines under a PDF's or a text file's item line that go on with its question (lines.wrapped_question)."""
        if not hasattr(self, "_width"):
            self._width = full_width(self.lines)

        def stops(line: str) -> bool:
            text = line.strip()
            return bool(self.item.match(line) or _BLOCK_START.match(line) or _FENCE.match(line) or option_line(text) or is_answer_line(text) or has_answer_label(text))

        n = wrapped_question(question, self.lines, lineno, self._width, stops)
        if n and not self.doc.rel.lower().endswith(".pdf") and (
            any(mark in question for mark in QUESTION_MARKS) or not self.lines[lineno + n - 1].rstrip(CLOSERS).endswith(QUESTION_MARKS)
        ):
            n = 0  # (a text file's question goes on only to the '?' it lacks: '1. Name the organelle …' / 'Mitochondria.' answers)
        if n:
            self.consumed = lineno + n
        return [x.strip() for x in self.lines[lineno : lineno + n]]

    def _labelled_rest(self, question: str) -> tuple[str, str]:
        """``(question, answer)`` of an item line that holds its answer after its own label (learner L23: ``Q1. What
        is …? Ans. Saliva contains …``): split where, after the question's ``?`` (or ``.``), the rest of the line
        is an answer line of the layout, its label capitalised (``Ans.``, ``Answer:``, ``A:``)."""
        for m in _AFTER_SENTENCE.finditer(question):
            rest = question[m.end() :]
            a = self.answer.match(rest) if self.answer is not None and rest[:1] == "A" else None
            if a is not None and (a.groupdict().get("answer") or "").strip():
                return question[: m.start() + 1], (a.groupdict().get("answer") or "").strip()
        return question, ""

    def _wrapped(self, question: str, lineno: int) -> list[str]:
        """The lines that continue an unfinished question line in its Markdown paragraph, up to the one that
        ends it with '?' or ':' (at most 3); none if no such line comes before a blank line or another block."""
        emphasis = _OPEN_EMPHASIS.match(question)  # '*Compiling fails … not' / '   being found.*' (learner L18)
        mark = emphasis.group(1) if emphasis and not question.rstrip().endswith(emphasis.group(1)) else ""
        if not question or (not mark and question.rstrip(CLOSERS)[-1:] in "?:.!？：。！؟") or not (mark or self.markdown):
            return []
        if _ATX_LINE.match(self.lines[lineno - 1]) or _KIND_TITLE.match(squash(question)):
            return []  # a heading is one line: the line under '## 对JSON的了解？' is its answer (trial12 U9); so is a kind title
        for k in range(3):
            index = lineno + k  # 0-based index of the k-th line after the item line
            if index >= len(self.lines):
                return []
            line = self.lines[index]
            if not line.strip() or _BLOCK_START.match(line) or self.item.match(line):
                break
            if (mark and line.rstrip().endswith(mark)) or (
                not mark and line.rstrip().rstrip(CLOSERS).endswith((*QUESTION_MARKS, ":", "："))
            ):
                self.consumed = index + 1
                return [x.strip() for x in self.lines[lineno : index + 1]]
        return self._aside_wrapped(question, lineno) or self._hanging(lineno)

    def _aside_wrapped(self, question: str, lineno: int) -> list[str]:
        """The lines of the item's paragraph when it asks on one of them and ends with an aside in brackets ('6. What
        is the total … on sites with codes' / '    beginning with C? (don't just identify these sites by eye, in
        the' / '    real world there could be thousands of sites)': trial52 T52-2, the front was cut at the wrap and the
        rest of the question was its "answer"). At most 4 lines, up to a blank line, a block or the next item."""
        end = lineno
        while end < len(self.lines) and end - lineno < WRAPPED_ASIDE_LINES and self.lines[end].strip():
            if _BLOCK_START.match(self.lines[end]) or self.item.match(self.lines[end]):
                break
            end += 1
        if end == lineno or (end < len(self.lines) and self.lines[end].strip() and not self.item.match(self.lines[end])):
            return []  # (no paragraph's end there: a longer paragraph, or a block under it)
        more = [x.strip() for x in self.lines[lineno:end]]
        if not _ASKS_THEN_ASIDE.search(squash(" ".join([question, *more]))):
            return []
        self.consumed = end
        return more

    def _hanging(self, lineno: int) -> list[str]:
        """The lines of a list item's paragraph wrapped with a hanging indent ('1.  To execute a module …, you' / '    need
        to use the [-m] option.', as pandoc writes a Word quiz: trial14 T14-18) when lettered options follow the
        paragraph: the question goes on over them, never the answer's first line."""
        end = lineno
        while end < len(self.lines) and self.lines[end].strip() and self.lines[end][:1].isspace() and not _BLOCK_START.match(self.lines[end]):
            end += 1
        if end == lineno or (end < len(self.lines) and self.lines[end].strip()):
            return []
        nxt = self.next_line[end - 1]
        if nxt is None or not option_line(self.lines[nxt].strip()):
            return []
        self.consumed = end
        return [x.strip() for x in self.lines[lineno:end]]

    def _figure_before_options(self, p: _Pending) -> list[Block]:
        """The pictures between an item's question and its options ('4. What process do the arrows … represent?' /
        '![mitochondria](…)' / '1. **Electron Transport Chain**' …: learner5 L58, 16 of 20 questions Basic with the
        figure and the options on the back), taken off its answer lines and rendered for the front; [] when the
        lines under the question do not open with pictures followed by options."""
        k = 0
        while k < len(p.answer) and (not p.answer[k].strip() or _PICTURE_LINE.match(p.answer[k])):
            k += 1
        if not any(_PICTURE_LINE.match(x) for x in p.answer[:k]) or find_choices(p.answer[k:]) is None:
            return []
        shown = self.reader.render_markdown(p.answer[:k], p.answer_line or p.line, self.doc, self.diag) if self.markdown else self.reader.inline_images(" ".join(p.answer[:k]))
        p.answer, p.answer_line = p.answer[k:], (p.answer_line or p.line + 1) + k
        return shown

    def _any_lead(self, raw: str, lineno: int) -> tuple[int, int] | None:
        """``(first, last)`` question numbers of a short line in any language that names the next question or a range
        from it, standing over a passage (text, not that question, on the lines below it) after a question that has its
        options or no question at all; else None. An answer's sentence that holds a number stays in the answer."""
        text = raw.strip()
        if not text or len(text.split()) > LEAD_WORDS or len(text) > 4 * LEAD_WORDS or self.item.match(raw) or option_line(text):
            return None
        p = self.pending
        if p is not None and (not p.in_answer or not self.layout.choices or find_choices([p.head, *p.answer] if p.head else p.answer) is None):
            return None
        below = self.next_line[lineno - 1]
        if below is None or self.item.match(self.lines[below]):
            return None  # (no passage under it)
        ahead = self._next_item(below)
        number = (ahead.groupdict().get("number") or "") if ahead else ""
        if not number.isdecimal() or not self._follows_previous(int(number)):
            return None
        after = int(number)  # (the question the passage stands over)
        if self.markdown:  # (a number in maths or code is no question's: 'the attention weight is $1$ only when …', d2l)
            text = _MATH_OR_CODE_SPAN.sub(" ", text)
        span = _ANY_RANGE.search(text)
        if span is not None and _DURATION.search(text):
            return None  # ('Time allowed: 1 hour 15 minutes': no questions 1 to 15, T34-1)
        if span is not None and int(span.group("a")) == after and after < int(span.group("b")) <= after + RANGE_SPAN:
            return after, int(span.group("b"))
        numbers = _ONE_NUMBER.findall(text)
        stops = text[-1:] in ".!:。！：।" and not _DOTTED_END.search(text)  # ('Candidate number: ……..': room to write, T35-6)
        named = (_ENDS_WITH_NUMBER.search(text) and not _NAMES_OTHER.search(text)) or _LEAD_ONE.search(text) or _READ_LEAD.search(text) or _ASKS_OF.search(text)
        if span is None and numbers == [str(after)] and stops and named:
            return after, after  # (a sentence that only holds the number, 'the weight of sample 1 for each query.', is prose)
        if not numbers and _READ_LEAD.search(text) and stops:
            return after, OPEN_SCOPE  # (no number: the questions after it, up to the next part)
        return None

    @staticmethod
    def _range_instruction(raw: str) -> tuple[re.Match[str], str] | None:
        """``(range, instruction)`` of a line that opens with a range of questions in brackets or after a directions word
        ('※ [4~5] (    )에 들어갈 … 고르십시오.', 'Directions for 1-3: Choose …'), the instruction the range off; else None.
        A line that says to read what follows ('[1-3] Read the passage …') leads into a passage: the passage is shown."""
        if len(raw.strip()) > 4 * LEAD_WORDS or len(raw.split()) > LEAD_WORDS:
            return None
        m = _LEAD_BRACKET.match(raw) or _LEAD_DIRECTIONS.match(raw)
        return (m, raw[m.end() :].strip()) if m is not None else None

    @staticmethod
    def _lead_instruction(raw: str, lead: re.Match[str] | None, instruction: str | None) -> str:
        """What a lead-in naming a range of questions says to do, for their fronts ('Choose the word that best completes
        the sentence.' of 'Directions for 1-3: …', 'Выберите …' of 'Вопросы 1–2. Выберите …'): the line without its
        range label when the label opens it, else the whole line. '' when it says to read what it points at
        ('Questions 4–6 refer to the table below.', '[1-3] Read the passage …', 'For questions 1–4, read the text below
        and decide …' over a gapped text made a question per gap): the passage is shown, or the question's own text."""
        if instruction is None and lead is not None and not raw[: lead.start()].strip(" \t*_"):
            instruction = raw[lead.end() :].lstrip(" \t.:：)]*_").strip()
        said = instruction or raw.strip()
        return "" if _READ_LEAD.search(said) or points_at(said) else said

    def _next_number(self, index: int) -> str | None:
        """The number of the next item line after line ``index`` (0-based), whatever text comes between, or None."""
        m = self._next_item(index + 1)
        return (m.groupdict().get("number") or "").strip(".)") or None if m is not None else None

    def _follows_previous(self, number: int) -> bool:
        """A question number that comes after the last item's: a lead-in naming it opens a new group."""
        return self.previous is None or (self.previous.isdecimal() and number > int(self.previous))

    def _wrapped_stem(self, question: str, lineno: int) -> list[str]:
        """In plain text (a PDF's copy), the lines that continue an item line up to its options, indented under it and
        no blank line between ('1. Which organelle is the site of aerobic' / '   respiration in eukaryotic cells?' /
        '   a. Nucleus' …: trial12 U44): the question hard-wrapped, never its answer; none if no option follows."""
        if not question or question.rstrip(CLOSERS)[-1:] in "?:？：":
            return []
        own = self.lines[lineno - 1]
        indent = len(own) - len(own.lstrip())
        for k in range(3):
            index = lineno + k
            if index >= len(self.lines):
                return []
            line = self.lines[index]
            if not line.strip() or len(line) - len(line.lstrip()) <= indent or self.item.match(line):
                return []
            if option_line(line.strip()):
                if k == 0:
                    return []
                self.consumed = index
                return [x.strip() for x in self.lines[lineno:index]]
            if _BLOCK_START.match(line) or is_answer_line(line.strip()) or has_answer_label(line.strip()):
                return []
        return []

    def _stem_lines(self, lineno: int) -> list[str]:
        """In plain text (a PDF's copy) of a bank whose items are mostly a line over their options, the lines right
        under an item line up to its options (A, then B), no blank line between: a stem written over lines ('6. Given:'
        / 'L= {0n1n for n>=1}; Can there be a DFA …?' / 'a) Yes' / 'b) No', trial18 T18-80: the first line was the
        front, the rest a Basic back); none if no option follows within :data:`STEM_LINES` lines."""
        if not self._options_bank():
            return []
        for k in range(STEM_LINES):
            index = lineno + k
            line = self.lines[index] if index < len(self.lines) else ""
            text = line.strip()
            if not text and k and index < len(self.lines):
                continue  # (a blank line a page break or a left-out watermark made)
            if text and option_line(text):
                below = next((x.strip() for x in self.lines[index + 1 : index + 4] if x.strip()), "")
                if k == 0 or not _OPTION_B.match(below):
                    return []
                self.consumed = index
                return [x.strip() for x in self.lines[lineno:index] if x.strip()]
            if not text or self.item.match(line) or _BLOCK_START.match(line) or is_answer_line(text) or has_answer_label(text):
                return []
        return []

    def _options_bank(self) -> bool:
        """Whether most item lines (four at least) have their options right under them: a bank of multiple-choice items."""
        if not hasattr(self, "_bank"):
            items = direct = 0
            for k, line in enumerate(self.lines):
                if self.item.match(line):
                    items += 1
                    below = next((x.strip() for x in self.lines[k + 1 : k + 3] if x.strip()), "")
                    direct += option_line(below)
            self._bank = items >= 4 and 2 * direct >= items
        return self._bank

    def _wrapped_sentence(self, question: str, lineno: int) -> list[str]:
        """In plain text (a PDF's copy), the lines at the item's own indent that go on with its unfinished sentence
        ('2. … This is an' / 'example of:' / 'A) Positive feedback B) …'; '5. … and state a' / 'primary function.':
        learner4 N72): the first starts in lower case, and they run to a line that ends the sentence (or asks), or
        up to the options; never an option, an answer line or the next item."""
        if not question or question.rstrip(CLOSERS)[-1:] in "?:.!;？：。":
            return []
        own = self.lines[lineno - 1]
        indent = len(own) - len(own.lstrip())
        first = self.lines[lineno].strip() if lineno < len(self.lines) else ""
        if not first[:1].islower():
            return []
        for k in range(3):
            index = lineno + k
            line = self.lines[index] if index < len(self.lines) else ""
            text = line.strip()
            if not text or len(line) - len(line.lstrip()) != indent or self.item.match(line) or option_line(text):
                if k == 0:
                    return []
                self.consumed = index
                return [x.strip() for x in self.lines[lineno:index]]
            if _BLOCK_START.match(line) or is_answer_line(text) or has_answer_label(text):
                return []
            if text.rstrip(CLOSERS)[-1:] in "?:.!？：。":
                self.consumed = index + 1
                return [x.strip() for x in self.lines[lineno : index + 1]]
        return []

    def _cut(self, question: str, last: int) -> tuple[str, str]:
        """Where a question ends on its own line and a same-line answer begins (``last``: the 1-based line the
        question ends on)."""
        mode = self.layout.question_end
        if mode == "line":
            return question, ""
        slashed = _SLASH_SPLIT.search(question)
        if slashed is not None:  # '… made out of?    // amino acids', '… from soaking.    // wax': the separator (N68)
            return question[: slashed.start()].strip(), question[slashed.end() :].strip()
        m = _SAME_LINE_SPLIT.search(question)
        if m is not None and self.unanswered:
            return question, ""  # ('… you have done?  It can even be something very simple.': its follow-up, T16-31)
        # (a bold verdict, '… moving parts. **True**', is a true/false statement's: read as one, M28)
        tail = _BOLD_TAIL.search(question) if m is None and mode == "auto" and stated_verdict(question) is None else None
        if tail is not None and question[: tail.start()].strip(" .:;!*_") and not _MARKS_ONLY.match(tail.group("answer").strip()):
            return question[: tail.start()].strip(), tail.group("answer").strip()
        if m is None:
            return question, ""
        if mode == "auto" and _ATX_LINE.match(self.lines[last - 1]) and self._text_below(last):
            # a heading is a title, answered under it: '### How does the "this" keyword work? Provide some code
            # examples.' asks for the examples, never answers with them (trial28 T28-44)
            return question, ""
        if mode == "auto" and self._options_below(last):
            return question, ""  # ('… a word w ? ?*, does …? Which …?' over 'A. …' / 'B. …': a '?' standing for a symbol, T18-77)
        if mode == "auto" and self._held_below(last) and self._answered_below():
            # ('1. … What would be the label for this image? Recall y=[pc,bx,…]' over its answer in a quote, as every
            # item of the page is answered: the words after the '?' are the question's givens, never its answer; T19-25)
            return question, ""
        rest = question[m.end() :].strip()
        rest = rest if m.group(0) else rest[1:].strip()  # (the separator before the answer label: no part of it)
        dashed = after_dash(rest)
        if dashed != rest and not only_questions(dashed):
            # ('1. Which planet rotates on its side? -- Uranus': the dash parts them, one word is answer enough; sitting 39)
            return question[: m.end()].strip(), dashed
        bold = _WHOLE_BOLD.match(rest)
        if mode != "line" and bold and not _MARKS_WORD.search(bold.group("text")) and guess_combined(bold.group("text")) is None:
            # 'What is the degree of the function? **4**': a worksheet's answer written in bold after the question (T14-19)
            return question[: m.end()].strip(), bold.group("text").strip()
        if mode == "auto" and (
            rest[:1] in "([" or len(rest.split()) < 2 or only_questions(rest) or _asks_only(rest) or _PROMPT_REST.match(rest)
            or ASKS_SEVERAL.match(rest)  # ('… are false? Select all that apply.': how to answer, learner5 L57)
        ):
            return question, ""  # "(Check all that apply.)", "Which would you choose, and why?" belong to the question
        below = self.lines[last] if last < len(self.lines) else ""
        if opens_asking(rest) and not ends_complete(rest) and below.strip() and not self.item.match(below):
            # '… the Constitution? What inferences can you make …' over its answer's line: a second question that
            # lost its '?', never the answer, which is below (learner4 N2)
            return question, ""
        return _unbolded(question[: m.end()].strip(), rest)

    def _text_below(self, last: int) -> bool:
        """Whether a line that is not the next item comes under the item ending on line ``last`` (blank lines passed)."""
        nxt = self.next_line[last - 1] if last - 1 < len(self.next_line) else None
        return nxt is not None and not self.item.match(self.lines[nxt])

    def _held_below(self, last: int) -> bool:
        """Whether the item ending on line ``last`` holds a block under it (blank lines passed): a quote, or lines
        indented deeper than the item's own line (its list entry's answer)."""
        start = self.start_line if 0 < self.start_line <= last else last
        own = self.lines[start - 1]
        nxt = self.next_line[last - 1] if last - 1 < len(self.next_line) else None
        if nxt is None or self.item.match(self.lines[nxt]):
            return False
        below = self.lines[nxt]
        return below.lstrip().startswith(">") or len(below.expandtabs(4)) - len(below.expandtabs(4).lstrip()) > len(own) - len(own.lstrip())

    def _answered_below(self) -> bool:
        """Whether the page answers its items below them, each item's line asking and its answer a block under it
        (a quote, or its list entry's indented lines): three items at least, two in three of them held so, and of
        those, the ones whose line ends at its '?' no fewer than those with more words after it (a page that answers
        on the item's line, '1. What is TCP? A transport protocol.', with notes under it, is not one)."""
        if not hasattr(self, "_below"):
            held = ended = went_on = 0
            own = self.start_line
            at = [k for k, line in enumerate(self.lines) if self.item.match(line)]
            for k in at:
                self.start_line = k + 1
                if not self._held_below(k + 1):
                    continue
                held += 1
                question = (self.item.match(self.lines[k]).groupdict().get("question") or "").strip()  # type: ignore[union-attr]
                went_on += _SAME_LINE_SPLIT.search(question) is not None
                ended += question.rstrip(CLOSERS).endswith(QUESTION_MARKS)
            self.start_line = own
            self._below = held >= ANSWERED_BELOW_MIN and 3 * held >= 2 * len(at) and ended >= went_on
        return self._below

    def _options_below(self, last: int) -> bool:
        """Whether the lines below line ``last`` (blank lines passed) open a run of options: an option A, then B."""
        below = [line.strip() for line in self.lines[last : last + 8] if line.strip()][:2]
        return len(below) == 2 and option_line(below[0]) and bool(_OPTION_B.match(below[1]))

    def _section(self, s: re.Match[str], raw: str, lineno: int) -> None:
        self._finish()
        self._intro_lost()
        if self.passage is not None and self.passage[1] == OPEN_SCOPE:
            self.passage = None  # (a passage for 'the questions below' is its part's: T28-38)
        if self.title is not None and lineno - 1 == self.title[0] and self.layout.page_title != "section":
            return  # the page's title names the page, not a section of every card
        self.stopped = False
        self.restart = True
        name = squash((s.groupdict().get("section") or raw).strip().strip("#").strip())
        if self.markdown:
            name = squash(self.reader.inline_plain(name))
        depth = len(s.groupdict().get("depth") or "") or 1
        self.sections = [(d, n) for d, n in self.sections if d < depth] + [(depth, name)]

    def _blank(self) -> None:
        if self.in_key and self.entries and not self.key_closed and self.entries[-1].lines[-1:] != [""]:
            self.entries[-1].lines.append("")  # ('**Answer:** …' / blank / '**Explanation:** …': two paragraphs, G4)
            return
        if self.pending is None and self.passage is not None and self.passage[3]:
            self.passage[3].append("")
        p = self.pending
        if p is not None and p.in_answer and p.answer:
            p.answer.append("")

    def _own_line(self, index: int) -> bool:
        """Whether the line at ``index``, set off by a blank line after an answered item, defines a term with ``=`` under
        a label of its own or in emphasis (``Glossary: light-year = …``, ``*parsec* = …``; compiler.sources.item_starts):
        no part of the answer above. The item ends above it; the coverage check says the line, as no item holds it."""
        p = self.pending
        if p is None or not index or self.lines[index - 1].strip() or self.in_key or not p.in_answer:
            return False
        if not any(x.strip() for x in p.answer) and not p.head:
            return False
        return glossary_lines([self.lines[index]]) is not None

    def _labelled_tail(self, index: int) -> bool:
        """Whether the line at ``index`` is the page's last paragraph, a line of CLOSING_LINES at most opening with a
        label of its own (``Key cases to remember: Donoghue v Stevenson; Carlill v Carbolic.``, never ``Note:`` or
        ``Example:``, which go on explaining), set off by a blank line after the last item, whose answer is one
        paragraph under its answer label (``A: …``): the author's closing note on the page, no part of that answer.
        The item ends above it; the coverage check says the line, as no item holds it (sitting 44: it was glued onto
        the last answer without a word)."""
        p = self.pending
        if p is None or not index or self.lines[index - 1].strip() or self.in_key or not p.in_answer:
            return False
        said = [x for x in p.answer if x.strip()]
        labelled = bool(p.head) if self.answer is not None else bool(said) and answer_labelled(said[0])
        under = self.lines[p.line : index - 1]
        if not labelled or any(not x.strip() for x in under):
            return False  # (an answer of several paragraphs may go on after a blank line)
        rest = [x for x in self.lines[index:] if x.strip()]
        end = next((k for k in range(index, len(self.lines)) if not self.lines[k].strip()), len(self.lines))
        if len(rest) > CLOSING_LINES or end - index != len(rest) or any(self.item.match(x) for x in rest):
            return False
        text = self.lines[index].strip()
        return own_label(text) is not None and not answer_labelled(text) and not option_line(text)

    def _next_lead(self, index: int) -> bool:
        """Whether the line at ``index`` opens a paragraph, set off by a blank line after an item answered in one
        paragraph under its answer label, that runs with no blank line into the next item's line (``A: Smallpox`` /
        blank / ``[00:11:45] Louis Pasteur developed the rabies vaccine in 1885.`` / ``Q: Who developed …?``): the
        next item's lead, a note taken before it, no part of the answer above. The item ends above it; the text is said
        as outside any item (sitting 55: it was glued onto the answer above, unsaid)."""
        p = self.pending
        if p is None or not index or self.lines[index - 1].strip() or self.in_key or not p.in_answer or self.answer is None or not p.head:
            return False
        if any(not x.strip() for x in self.lines[p.line : index - 1]):
            return False  # (an answer of several paragraphs goes on after a blank line)
        end = next((k for k in range(index, len(self.lines)) if not self.lines[k].strip() or self.item.match(self.lines[k])), len(self.lines))
        if end >= len(self.lines) or end - index > CLOSING_LINES:
            return False
        if self.item.match(self.lines[end]) is not None:
            return True
        after = next((k for k in range(end, len(self.lines)) if self.lines[k].strip()), None)
        nxt = self.item.match(self.lines[after]) if after is not None else None
        if nxt is None or (p.answer and any(x.strip() for x in p.answer)):
            return False
        # (set off by blank lines on both sides: 'A: Romulus' / blank / 'Rome became a republic in 509 BC …' / blank /
        # 'Q: When did Rome become a republic?': a note on the next question when its words are more that question's
        # than the item's above; 'A: Sunlight is scattered …' / blank / 'Shorter (blue) wavelengths scatter …' goes on
        # answering, sitting 56)
        note = content_words(" ".join(self.lines[index:end]))
        ahead = len(note & content_words(self.lines[after]))
        return ahead >= 2 and ahead > len(note & content_words(" ".join([*p.question, p.head])))

    def _closing_line(self, index: int) -> bool:
        """Whether the line at ``index`` closes the page after its last item (``Bonnes révisions !`` after ``4. **Recto :**
        …`` / ``   **Verso :** …``, trial39 T39-3): set off by a blank line at the item line's margin, after an item
        whose lines under it are all indented (a list entry's own, as Markdown reads them: a line at the margin after a
        blank line leaves the list), the page's last paragraph of CLOSING_LINES lines at most. Never an answer or key line, an option or a line with a
        number (``Answer: b``, ``Answers: 1-b, 2-c``, ``B — …`` after indented options are the items' keys)."""
        p = self.pending
        if p is None or not index or self.lines[index - 1].strip() or self.in_key or not p.in_answer:
            return False
        line, own = self.lines[index], self.lines[p.line - 1]
        under = [x for x in self.lines[p.line : index] if x.strip()]
        if _indent(line) > _indent(own) or not under or any(_indent(x) <= _indent(own) for x in under):
            return False
        text = line.strip()
        if re.search(r"\d", text) or answer_labelled(text) or has_answer_label(unbold_label(text)) or option_line(text) or (own_label(text) is None and ":" in text):
            return False
        if re.match(r"(?i)^[*_]*(?:[A-H]|" + KEY_WORDS + r")\b", text):
            return False
        rest = [x for x in self.lines[index:] if x.strip()]
        end = next((k for k in range(index, len(self.lines)) if not self.lines[k].strip()), len(self.lines))
        # (the page's last paragraph, a line or two: longer notes after the list stay the run-on the build names)
        return len(rest) <= CLOSING_LINES and end - index == len(rest) and not any(self.item.match(x) for x in rest)

    def _unnumbered_ask(self, index: int) -> str | None:
        """The question of a line past an answered item that asks without the items' number, set off by a blank line
        and answered right under it with an answer label as the items are (``3. When …?`` / ``Ans: July 4, 1776.`` /
        blank / ``BONUS (2 pts): Who wrote most of the Declaration?`` / ``Ans: Thomas Jefferson.``): a worksheet's
        bonus or extra-credit question, a card of its own, its label off (trial29 T29-50: it was glued onto the last
        answer). Such a line that nothing answers (the page ends, or a blank line and the next item follow) is a
        question with no answer, said at its line, never the last line of the answer above. None for any other line."""
        p = self.pending
        if p is None or not index or self.lines[index - 1].strip() or self.in_key:
            return None
        said = [x for x in p.answer if x.strip()]
        own = bool(p.head) if self.answer is not None else bool(said) and answer_labelled(said[0])
        if not p.in_answer or not own:
            return None
        question = strip_extra_label(self.lines[index].strip())
        if not question.rstrip(CLOSERS + " *_").endswith(QUESTION_MARKS) or question.startswith(("-", "*", ">", "|", "#")):
            return None
        below = self.lines[index + 1] if index + 1 < len(self.lines) else ""
        if not below.strip():  # ('Warum rutscht …?' last, or over the next 'Q: …' item: two questions mixed before)
            after = next((k for k in range(index + 2, len(self.lines)) if self.lines[k].strip()), None)
            return question if after is None or self.item.match(self.lines[after]) else None
        return question if (self.answer.match(below) if self.answer is not None else answer_labelled(below)) else None

    def _text(self, raw: str, lineno: int) -> None:
        if self.in_key:
            if self.entries:
                self.entries[-1].lines.append(raw)
            return
        if self.stopped:
            self._asked_after_stop(raw, lineno)
            return
        if not self.fenced and self._lead_line(raw, lineno):
            return  # (a program's line, 'if i == num_rows - 1:' in d2l's code, is never a lead-in over a passage: sitting 56)
        self._plain_text(raw, lineno)

    def _lead_line(self, raw: str, lineno: int) -> bool:
        """Whether ``raw`` is a lead-in naming the questions below it ('Questions 1–3 refer to the following passage.'),
        taken as their passage's start."""
        p = self.pending
        lead = _LEAD_RANGE.search(raw) if len(raw.split()) <= LEAD_WORDS else None
        if lead is None and len(raw.strip()) <= 4 * LEAD_WORDS and not raw.isascii():
            lead = next((m for r in _LEAD_RANGES_CJK if (m := r.search(raw))), None)
        said = self._range_instruction(raw)
        if said is not None and lead is None and self._next_number(lineno - 1) != said[0].group("a"):
            said = None  # ('(1-2) …' over question 5: no lead-in of the questions under it)
        if lead is None and said is not None:
            lead = said[0]
        first, last = (int(lead.group("a")), int(lead.group("b") or lead.group("a"))) if lead else (0, -1)
        if lead and lead.group("b") is None and not _LEAD_ONE.search(raw):
            first, last = 0, -1  # ('as in question 4'): no lead-in
        if first > last and (found := self._any_lead(raw, lineno)) is not None:
            first, last = found  # (the same in words deckc has no list of: 'Bacalah teks berikut … soal nomor 1–3!', T28-31)
        if first <= last and (p is None or self._follows_previous(first)):
            self._finish()  # 'Questions 1–3 refer to the following passage.': the passage under it is theirs (U88)
            shown = self._lead_instruction(raw, lead, said[1] if said is not None else None)
            self.passage = (first, last, lineno, [shown, ""] if shown else [])
            return True
        ahead = _LEAD_NEXT.search(raw) if len(raw.split()) <= LEAD_WORDS and self.previous and self.previous.isdecimal() else None
        if ahead:  # 'For the next three questions, correctly match …' and the list under it: the next three's, on their front
            self._finish()
            count = _COUNT_WORDS.get(ahead.group("n").lower()) or int(ahead.group("n"))
            first = int(self.previous or 0) + 1
            self.passage = (first, first + count - 1, lineno, [raw])
            return True
        return False

    def _plain_text(self, raw: str, lineno: int) -> None:
        p = self.pending
        if p is None and self.passage is not None:
            self.passage[3].append(raw)
            return
        if p is None and self.seen_item and self.restart and self.sections and not self.markdown:
            self.intro.append(lineno)  # a part's instructions under its title ('Answer each question in 2-4 sentences.')
            return
        if p is None and self.seen_item and self.named and (lineno - 1 in self.named or any(k - 1 in self.named for k in self.intro)):
            self.intro.append(lineno)  # (named statements after the items, '## Rules' / '**Power rule.** …': cards, sitting 43)
            return
        if p is None:
            if not self.seen_item:
                self.preamble += 1
                if self.sections and not _NAV_ONLY.match(raw):
                    self.intro.append(lineno)  # a section's own intro: its items may depend on it
                elif not self.sections and not _NAV_ONLY.match(raw) and not form_line(raw):
                    self.page_intro.append(lineno)  # (the page's own text under its title: said if it is a passage)
                return  # before the first item: the title, intro, table of contents
            if form_line(raw):
                return  # ("Teacher's comments: ______" under a worksheet's last question: a field to fill, sitting 49)
            if self.markdown and _RULE.match(raw):
                return  # ('---' between the last question and the key under it: a thematic break, no text; sitting 54)
            self.diag.warning(
                self.doc.rel,
                lineno,
                f"text outside any item is not in any card: {squash(raw)[:60]!r}",
                "put it under an item, or add a skip pattern for it to [source.pattern] in deck.toml",
                group="outside-item",
            )
            return
        p.last = lineno
        # (after the options too: '4、…( )' / 'A. … B. …' / '【难度】 ★★★' / '【答案】B')
        listed = all(not x.strip() or _OPTION_START.match(x) for x in p.answer)
        meta = _META.match(raw) if not p.head and listed else None
        if meta:  # 'Difficulty: easy' / 'Tags: a, b' between the question and its answer
            key, value = meta.group("key") or meta.group("bracketed"), meta.group("value") or meta.group("rated")
            if key.lower().startswith("tag"):
                p.tags = [t for t in re.split(r"[\s,;]+", value) if t]
            elif p.label is None:
                # ('$\star \star$': stars typeset in TeX are the stars they show)
                p.label = re.sub(r"\s+", "", value.replace("\\star", "★").replace("$", "")) if "\\star" in value else value.strip()
            return
        if p.in_answer:
            if (_RULE.match(raw) or _EQUALS_RULE.match(raw)) and "_" not in raw and not p.head and not any(x.strip() and not _BREAKS.match(x) for x in p.answer):
                # ('____' is room to write the answer in: a placeholder, said so)
                self._finish()  # a rule under a question not answered yet: what follows it is the page's (learner4 N54)
                return
            if not p.answer:
                p.answer_line = lineno
            if p.head and "answer" in self.item.groupindex and self._sibling_entry(raw, p):
                self.diag.warning(  # (trial8 H9: RemNote's '- Osmosis << …' after '- Ribosome >> …', glued silently)
                    self.doc.rel,
                    lineno,
                    f"a list entry beside the item at line {p.line} does not match the item pattern, so it goes on "
                    f"with that item's one-line answer: {squash(raw)[:60]!r}",
                    "if it is an item of its own, widen item in [source.pattern] in deck.toml to match it",
                    group="glued-entry",
                )
            p.answer.append(raw)
            return
        a = self.answer.match(raw) if self.answer else None
        if a:
            p.in_answer = True
            p.head = (a.groupdict().get("answer") or "").strip()
            return
        p.question.append(raw.strip())

    def _sibling_entry(self, raw: str, p: _Pending) -> bool:
        """A list entry at the same indent as the item line ``p`` (itself a list entry): a sibling of the item."""
        own = self.lines[p.line - 1]
        if not (_ENTRY.match(raw) and _ENTRY.match(own)):
            return False
        return len(raw) - len(raw.lstrip()) == len(own) - len(own.lstrip())

    # --- building items ---------------------------------------------------

    def _finish(self) -> None:
        p, self.pending = self.pending, None
        if p is None:
            return
        # ('<br><br><br>' and '**Your answer:** ____' are room left to write the answer in: G4)
        p.answer = ["" if _BREAKS.match(line) or _WRITE_IN.match(line) or _WRITING_LINE.match(line) else line for line in p.answer]
        while p.answer and (not p.answer[-1].strip() or (_RULE.match(p.answer[-1]) and "_" not in p.answer[-1])):
            p.answer.pop()  # (and a rule the answer ends at, '---' before the next item's title: layout, no text; T61)
        p.answer = _open_toggle_dropped(p.answer)
        if self.layout.format == "code" and not p.head and all(self.item.match(x) for x in p.answer if x.strip()):
            p.answer = []  # ('# For more, see:' / '# http://…' over no command: a note, no card; said unanswered)
        p.answer = [_FEEDBACK_LABEL.sub(r"\g<lead>", line) for line in p.answer]  # '> [feedback] …': the quote is the feedback
        if not self.markdown:
            p.answer = _joined_option_runs(p.answer)
        if not p.head and p.answer and has_cloze(" ".join(p.question)):
            _wrapped_cloze(p)  # '1. La {{c1::mitocondria}} es … respiración' / '   celular.': one sentence (meta R7-3)
        parts = _labelled_parts(p.answer) if self.markdown and not p.head and p.answer_line else None
        if parts:  # '## Question 3' / its text / '### Part A' … '**Answer**: …' per part: a card each (trial12 U70)
            self._finish_parts(p, parts)
            return
        rel = self.doc.rel
        if len(p.question) > QUESTION_MAX_LINES:
            self.diag.warning(
                rel,
                p.line,
                f"question runs over {len(p.question)} lines: the answer line was not found",
                "check the answer pattern in [source.pattern], or the item's 'A:' line",
                group="long-question",
            )
        if p.swallowed:
            self.diag.warning(
                rel,
                p.swallowed[0],
                f"line looks like an item but is inside the answer of the item at line {p.line}"
                + (" (its number does not follow)" if self.layout.sequence else ""),
                "check the numbering, or set sequence = false in [source.pattern]",
                group="swallowed-item",
                fix={"pattern": {"sequence": False}},
            )
        question, kind = exam_tags(squash(" ".join(p.question)))  # '[MC] … [2pts]': the exam's marking, not the question
        noted = _VERDICT_NOTE.match(question) if not p.head and not any(line.strip() for line in p.answer) else None
        if noted is not None and stated_verdict(_ARROW_VERDICT.sub(" — ", noted.group("body"))) is None:
            noted = None
        if noted is not None:  # '… → Sai (Đáp án đúng: Bến Tre.)': the verdict, then the correction in brackets (T18-24)
            question, p.question = noted.group("body"), [noted.group("body")]
        images: list[Block] = []
        if not self.markdown:
            question = squash(_BR.sub(" ", question))  # an export's '<br/>' is a line break, not text
            question = re.sub(r"([?？])\*+$", r"\1", question)  # '…?*': a mark for a shorter list of them (P103)
            question = _STARRED.sub(r"\g<t>", question)  # ('1. Define *density*.': the stars, never the words, go; sitting 56)
            tags = _IMG.findall(question)  # a picture in a question is what it asks about: on the front
            shown = sanitize("<p>" + " ".join(tags) + "</p>") if tags else ""
            if "<img" in shown:
                images.append(Block(kind=BlockKind.html, text=shown))
            question = squash(_IMG.sub(" ", question))
        if self.markdown:
            question = _HEADING_MARKS.sub("", question)  # '1.  ### What is React?'
            images = self.reader.inline_images(question)
            # (leftover '**'/'__' marks go; a blank '______' stays: learner2 M29)
            question = _marks_left_out(self.reader.inline_plain(question, code=True))
        label = p.label
        if label is None:
            question, label = self._label(question)
        if has_cloze(question) and not p.head and not p.swallowed:
            self._cloze_item(p, question, label)  # '3. The capital of France is {{c1::Paris}}.': a cloze note
            return
        given = None
        answered = any(line.strip() for line in p.answer)
        topic = ""
        if answered and not p.head and not images and p.number is not None and _topic_only(question, p.answer):
            # '## Question 1: Immutable Data Types (Easy)' over its details, the question and its options: the line names
            # the question's topic, the question is written below it (G4: the title was the front, the question the back)
            topic, question = question, ""
            if label is None:  # '… Data Types (Easy)', '(Medium-Hard)': the question's level, after its topic
                tail = _TOPIC_LEVEL.search(topic)
                if tail and (lookup(self.source.difficulty, tail.group(1)) is not None or guess_combined(tail.group(1)) is not None):
                    topic, label = topic[: tail.start()].rstrip(), tail.group(1)
        titled = _KIND_TITLE.match(question)
        if titled and answered and not p.head:  # 'Multiple choice - Rounded corners' over the question (trial12 U21):
            question, kind = "", kind or titled.group("kind").lower()  # the kind and a title, the question written below
            if kind.startswith("match") and self._matching_pairs(p, titled.group("title") or ""):
                return
        # ('… negative. → True' too: the arrow an exam writes before the verdict, trial11 P14; with a feedback quote
        # under it, that quote is the answer's explanation, never the answer itself)
        stated = _ARROW_VERDICT.sub(" — ", exam_tags(squash(" ".join(p.question)))[0])
        verdict = stated_verdict(stated) if not p.head and (not answered or not any(option_line(x) for x in p.answer)) else None
        if answered and not kind and stated == squash(" ".join(p.question)):
            verdict = None  # (a bold verdict over lines of its own: as before, those lines are the answer)
        hinted = ""
        if verdict is not None:  # '1. TCP guarantees in-order delivery. **True**': a true/false statement and its answer (M28)
            stem = re.sub(r"\s*(?:[-–—:→]\s*|->\s*|=>\s*)?\S+\s*[.!。]?\s*$", "", question)
            english = verdict[1] in ("True", "False")
            given = (f"True or false: {_TF_LABEL.sub('', strip_number(strip_question_label(stem)))}" if english else stem, verdict[1])
            if noted is not None:
                # ('False (they are mammals)', 'False – they are mammals.', 'Falso, son mamíferos.')
                reason = f" {noted.group('note')}" if noted.group("note") else f"{noted.group('sep')} {noted.group('reason')}"
                given = (given[0], f"{verdict[1]}{reason if reason[0] in ' ,;:' else ' ' + reason}")
            question = given[0]
        elif not p.head and not any(line.strip() for line in p.answer):
            hinted = strip_number(strip_question_label(question))
            given = bracketed_answer(hinted)  # '… is ____. (Paris)', '… star. (True)'
            question = given[0] if given else question
        question = complete_question(strip_number(strip_question_label(question))) if not given else question
        scenario: list[str] = []
        if not question and not images and not p.head:  # 'Question #3' alone: the question is written below it
            question, scenario = self._asked_below(p)
            if p.keyed:
                p.answer = [*p.answer, "", f"Answer: {p.keyed.upper()}"]
            said = stated_verdict(_ARROW_VERDICT.sub(" — ", question)) if question and not any(x.strip() for x in p.answer) else None
            if said is not None and given is None:  # 'By default the border is hidden = true.' under its label (U21)
                verdict = said
                given = (f"True or false: {said[0]}" if said[1] in ("True", "False") else said[0], said[1])
                question = given[0]
        if question and not images and not p.head and not given and _code_then_asked(question, p.answer):
            # 'Consider the two following arrays "a" and "b":' / its code / 'What will be the shape of "c"?' / the answer: the line
            # that asks is the question, the lead-in and the code above it on the front (K1: two questions sharing one lead-in
            # were one card, the asking line and the code on their backs)
            lead = question
            question, scenario = self._asked_below(p)
            scenario = [lead, "", *textwrap.dedent("\n".join(scenario)).split("\n")]  # (the code indented under the item)
        if not question and images:  # a picture alone: the card asks what it shows
            question = picture_prompt(self.source, self.doc.text)  # in the document's language
        if not question:
            self.diag.warning(rel, p.line, "item has no question; no card", "write the question after its marker", group="no-question")
            return
        told = next((k for k, line in enumerate(p.answer) if line.strip()), None) if not p.head and self.layout.choices else None
        if told is not None and instruction(p.answer[told], self.instructions) and any(option_line(x) for x in p.answer[told + 1 : told + 3]):
            # ('Mark three answers' between the question and its options: its instruction, on the front, T32-13, T32-50)
            question = f"{question} ({p.answer[told].strip().strip('()[]').rstrip('.:')})"
            p.answer = [*p.answer[:told], "", *p.answer[told + 1 :]]
        several = bool(ASKS_SEVERAL.search(question))  # '(Choose two.)': as many bullets marked are right
        figure = self._figure_before_options(p) if self.layout.choices and not p.head else []
        lines = [p.head, *p.answer] if p.head else p.answer
        # ('Which question should you answer first?' over '(a) Is the person breathing?' …: options that ask, T27-56)
        picks = picks_one(question)
        choices = find_choices(lines, several=several, bullets=bullet_question(question), picks=picks) if self.layout.choices else None
        choices = None if choices is not None and worked_parts(question, choices) else choices  # ('Insert …' / 'a) …': T18-35)
        choices = None if choices is not None and listed_parts(question, choices) else choices  # ('Name the three …' / 'a. Nile' …)
        if choices is not None and choices.correct is None and not p.head and _numbered_statements(p.answer) is not None:
            choices = None  # ('(a) …' / '(b) …' / 'Which of the above is/are correct?' / 'A. (a) only': statements, T32-52)
        run = inline_options(question) if self.layout.choices and choices is None else None
        # (the answer said on its label's line keys them: 'Q.1 Which gas …? (a) Oxygen (b) Nitrogen …' / 'Ans. (b)')
        said = [f"Answer: {p.head}"] if p.head else []
        if run is not None and run[0] and (found := find_choices([*run[1], *said, *p.answer])) is not None and (found.correct or found.unknown):
            # 'Which drug …? a) Furosemide b) … c) …' and its key under it: the options were on the question's line (M34)
            question, choices = completion_stem(run[0]), found  # ('The capital of Canada is ___': sitting 44)
            head = [p.line] * len(run[1]) + [p.answer_line - 1 if p.answer_line else p.last or p.line] * len(said)
        after = find_choices_after(p.answer) if self.layout.choices and choices is None and not p.head else None
        below = _asked_then_options(p.answer) if after is None and choices is None and run is None and self.layout.choices and not p.head else None
        below = below or (_statements_then_options(p.answer) if after is None and choices is None and run is None and self.layout.choices and not p.head else None)
        after = after or below
        if after is None and choices is None and run is None and self.layout.choices and not p.head:
            # 'Which of the following …?' over '1. …' '2. …', no key; a code block, then options none of which is marked (G4)
            after = _unkeyed_options(question, p.answer) or _code_then_options(p.answer)
        shared = self._shared_choices(p) if choices is None and after is None and run is None and not p.head else None
        if shared is not None:  # 'Reason (R): …' / 'Answer: (a)' under '1. Assertion (A): …': the options set above
            asked, choices = shared
            question = squash(" ".join([question, *asked]))
        fields: dict[str, object]
        said_line = 0  # the line of the answer line that keys the options, if one does
        if choices is not None and run is not None:
            self._unknown_key(choices, [*head, *(p.answer_line + k for k in range(len(p.answer)))])
            fields = self._choice_fields(choices, p.answer_line or p.line)
        elif choices is not None:
            head = [p.answer_line - 1 if p.answer_line else p.line] if p.head else []  # the head's line is right above the answer's
            lines_at = [*head, *(p.answer_line + k for k in range(len(p.answer)))]
            self._unknown_key(choices, lines_at)
            fields = self._choice_fields(choices, p.answer_line or p.line)
            said_line = lines_at[choices.said_at] if choices.correct and 0 <= choices.said_at < len(lines_at) else 0
        elif after is not None:  # the code or passage the question is about, then the options
            at, choices = after
            self._unknown_key(choices, [p.answer_line + at + k for k in range(len(p.answer) - at)])
            fields = self._choice_fields(choices, (p.answer_line or p.line) + at)
            stem = p.answer[:at]
            if self.markdown:
                fields["stimulus"] = self.reader.render_markdown(stem, p.answer_line or p.line, self.doc, self.diag)
            else:
                fields["stimulus"] = answer_blocks("", unwrap(stem))
            # (the question's own text goes on below it: shown after its first line; so is one short instruction over
            # the options, 'Tanlang:' ('Choose:'), read after the question, never set before it: trial15 T15-13)
            # (a note or code under the question line stays under it, as written, whatever the line ends with: trial22
            # T22-19 showed '<p>Note: …</p><pre>…</pre>' above '… which selector …?'; a picture alone is shown above, as a
            # picture quiz shows it)
            pictures = all(_PICTURE_LINE.match(line) for line in stem if line.strip())
            if below is not None or _instruction(stem) or not pictures:
                fields["stimulus_after"] = True
        else:
            glued = bool(p.answer_line and p.answer and p.answer[0].strip() and self.lines[p.answer_line - 2].strip())
            shown = _exhibit(question, p.answer, glued) if not p.head and self.markdown else 0
            if not p.head and not given and self.markdown and exercise_data(squash(" ".join(p.question)), p.answer):
                shown = len(p.answer)  # (an exercise's values and tasks under it: its front, and no answer: T47-4)
            if shown:  # 'The table below gives …' over the table and the worked answer: the table on the front (learner4 N4)
                fields_stimulus = self.reader.render_markdown(p.answer[:shown], p.answer_line, self.doc, self.diag)
                p.answer, p.answer_line = p.answer[shown:], p.answer_line + shown
                while p.answer and not p.answer[0].strip():
                    p.answer, p.answer_line = p.answer[1:], p.answer_line + 1
            defined = self._defined_term(p, question) if not p.head and not given and verdict is None and not images else None
            if defined is not None:  # '4. **Constant Fever**: a fever that …' / its picture: the term asks (trial59 T59-5)
                question, p.head = defined
            blocks = self._answer(p) if p.head or any(line.strip() for line in p.answer) else []
            if given:
                blocks = [*answer_blocks(given[1], []), *(blocks if verdict is not None else [])]
            fields = {"answer": blocks, "skip": "" if blocks else "no answer"}
            said = squash(strip_answer_label(" ".join(x.strip() for x in [p.head, *p.answer] if x.strip())))
            if blocks and not given and _LETTERS_ONLY.match(said):
                # 'A and B' under a question whose options were not copied (learner5 L21): it teaches nothing
                self.diag.warning(
                    self.doc.rel,
                    p.answer_line or p.line,
                    f"the answer {said!r} names options the question does not show; no card",
                    "copy the question's lettered options under it (A) …, B) …), or write the answer in words",
                    group="letters-without-options",
                )
                fields["skip"] = LETTERS_REASON
            boxes = _unticked_boxes(p.answer) if self.box_quiz and blocks and not given and not p.head else 0
            if boxes:  # '### Frage 1' / 'Was speichert …?' / '- [ ] …' ×4, no box ticked on the page: no card teaching all four
                self.diag.warning(
                    self.doc.rel,
                    p.line,
                    f"{boxes} options to tick and none ticked; no card",
                    "tick the right one (- [x] …), or add an answer key under an 'Answers' heading",
                    group="no-correct-option",
                )
                fields["skip"] = "no correct option"
            if shown:
                fields["stimulus"] = fields_stimulus
        number = int(p.number) if p.number and p.number.isdecimal() else None
        if self.passage is not None and number is not None and self.passage[0] <= number <= self.passage[1] and any(x.strip() for x in self.passage[3]):
            _first, last, at, passage = self.passage  # the passage its lead-in sets before this question: on the front
            passage = textwrap.dedent("\n".join(passage)).split("\n")  # (a lead-in indented under the item before it)
            shown = self.reader.render_markdown(passage, at + 1, self.doc, self.diag) if self.markdown else passage_blocks(unwrap(passage))
            fields["stimulus"] = [*shown, *fields.get("stimulus", [])]  # type: ignore[list-item]
            if number >= last:
                self.passage = None
        if figure:  # the figure set between the question and its options: on the front, under the question (learner5 L58)
            fields["stimulus"] = [*fields.get("stimulus", []), *figure]  # type: ignore[list-item]
            fields["stimulus_after"] = True
        if scenario:  # the scenario above the question that asks (exam dumps): on the front, before the question
            shown = self.reader.render_markdown(scenario, p.line + 1, self.doc, self.diag) if self.markdown else answer_blocks("", unwrap(scenario))
            fields["stimulus"] = [*shown, *fields.get("stimulus", [])]  # type: ignore[list-item]
        if p.figure:  # pictures between the question and its answer label: what it asks about (trial12 U70)
            fields["stimulus"] = [*fields.get("stimulus", []), *self.reader.render_markdown(p.figure, p.line + 1, self.doc, self.diag)]  # type: ignore[list-item]
            fields["stimulus_after"] = True
        if p.shown:  # the question this part is of (its text, its figure): on the front first
            fields["stimulus"] = [*p.shown, *fields.get("stimulus", [])]  # type: ignore[list-item]
        if images:
            fields["stimulus"] = [*images, *fields.get("stimulus", [])]  # type: ignore[list-item]
        section = [name for _, name in self.sections]
        if p.written and question == squash(" ".join(p.written)):  # ('Consider the following statements:' / 'I. …' / 'II. …' /
            question = statement_lines(p.written)  # 'Which …?': each statement on a line of its own, as the options name them; T31-29)
        item = make_item(
            self.doc,
            self.source,
            self.diag,
            p.line,
            number=p.number,  # the document's own number only: an ordinal would shift when a question is added
            question=question,
            section=[*section, topic or p.topic] if topic or p.topic else section,  # (the key pairs with the page's sections, never the topic)
            difficulty=None if fields["skip"] else self.levels.level(label, p.number, p.line),
            label=label,
            original="\n".join(self.lines[p.line - 1 : p.last]),
            tags=p.tags,
            **fields,
        )
        if item is not None:
            if item.skip and item.skip != LETTERS_REASON:  # (an answer key may hold what it lacks)
                self.awaiting.append(_Awaiting(len(self.items), p, section[-1] if section else "", choices, self.part_labels[p.line - 1]))
            elif given is not None and verdict is None and hinted:
                # ('Ich ______ nach Hause gegangen. (gehen)' keyed '1. bin': the verb to put in its form is a hint, the key's
                # entry the answer; with no entry of its number the bracket answers it, as before)
                self.awaiting.append(_Awaiting(len(self.items), p, section[-1] if section else "", None, self.part_labels[p.line - 1], hinted))
            elif said_line and p.number and item.kind is ItemKind.multiple_choice:
                self.answered.append((_Awaiting(len(self.items), p, section[-1] if section else "", choices, self.part_labels[p.line - 1]), said_line))
            self.items.append(item)

    def _cloze_item(self, p: _Pending, text: str, label: str | None) -> None:
        """An item whose text holds Anki's cloze deletions ('The capital of France is {{c1::Paris}}.', a worksheet's
        line): a cloze note, the lines under it (if any) its extra text, as the Markdown reader makes one."""
        extra = self._answer(p) if any(line.strip() for line in p.answer) else []
        item = make_item(
            self.doc, self.source, self.diag, p.line, number=p.number, section=[name for _, name in self.sections],
            difficulty=self.levels.level(label, p.number, p.line), label=label,
            original="\n".join(self.lines[p.line - 1 : max(p.last, p.line)]), tags=p.tags, **cloze_fields(squash(text), extra),
        )  # fmt: skip
        if item is not None:
            self.items.append(item)

    def _cloze_line(self, raw: str, lineno: int) -> None:
        """A line holding Anki's cloze deletions that no item pattern matches, outside a question ('The capital of
        France is {{c1::Paris}}.' among a sheet's 'Q:' / 'A:' pairs): a cloze note of its own, ending the item above,
        never a line of that item's answer nor text outside any item (a deletion means nothing on a basic card)."""
        self._finish()
        self._intro_lost(item=True)
        self.seen_item = True
        self.pending = _Pending(lineno, None, [BULLET.sub("", raw.strip(), count=1)], None, last=lineno)
        self._finish()

    def _matching_pairs(self, p: _Pending, title: str) -> bool:
        """A matching question written as its pairs ('1. Matching - Box model' over '- Margin = space outside the
        border' …, trial12 U21): a card per pair, asked by its left side, under the title; False (nothing made)
        unless every line under it is such a pair, two or more."""
        at = [(k, m) for k, line in enumerate(p.answer) if line.strip() and (m := _PAIR_LINE.match(line))]
        if len(at) < 2 or len(at) != sum(1 for line in p.answer if line.strip()):
            return False
        section = [name for _, name in self.sections] + ([squash(title)] if title.strip() else [])
        for k, m in at:
            line = (p.answer_line or p.line + 1) + k
            item = make_item(
                self.doc,
                self.source,
                self.diag,
                line,
                question=squash(m.group("left")),
                answer=[text_block(squash(m.group("right")))],
                section=section,
                difficulty=self.levels.level(None, None, line),
                original=p.answer[k].strip(),
                tags=p.tags,
            )
            if item is not None:
                self.items.append(item)
        return True

    def _shared_choices(self, p: _Pending) -> tuple[list[str], Choices] | None:
        """``(the question's lines above its answer line, the options)`` of an item with no options of its own whose
        answer line names one of the options set once above all the questions (an assertion–reason paper's four:
        trial12 U102); ``p.answer`` keeps what follows the answer line (an explanation). None otherwise."""
        if not self.shared:
            return None
        at = next((k for k, line in enumerate(p.answer) if is_answer_line(line.strip())), None)
        if at is None and self._has_key():
            # ('1. Assertion (A): …' / 'Reason (R): …' and 'Answer Key: 1. (a)  2. (a)' at the end: the reason is part of
            # what it asks, the key's letter names one of the options set above, T38-6's neighbour T38-7)
            found = find_choices(self.shared)
            if found is None or found.correct is not None:
                return None
            asked = [line.strip() for line in p.answer if line.strip()]
            if self.markdown:
                asked = [squash(self.reader.inline_plain(line)) for line in asked]
            p.answer = []
            return asked, found
        if at is None:
            return None
        found = find_choices([*self.shared, p.answer[at].strip()])
        if found is None or found.correct is None:
            return None
        asked = [line.strip() for line in p.answer[:at] if line.strip()]
        if self.markdown:
            asked = [squash(self.reader.inline_plain(line)) for line in asked]
        p.answer, p.answer_line = p.answer[at + 1 :], p.answer_line + at + 1
        found.explanation = [*found.explanation, *p.answer]
        return asked, found

    def _finish_parts(self, p: _Pending, parts: list[tuple[int, int, int]]) -> None:
        """An item whose text goes on to parts under headings of their own, each with its answer label ('## Question 3'
        / the problem / its figure / '### Part A' / the part's question / '**Answer**: Lower.' …): a card per part, asking
        the part's question under the item's own text, answered by the part's answer, never one card asking Part A
        and showing Part B's answer (trial12 U70)."""
        answer, at = p.answer, p.answer_line
        stem = [" ".join(p.question), ""] if p.question else []
        stem += [line for line in answer[: parts[0][0]] if not _IAL_LINE.match(line)]
        shown = self.reader.render_markdown(stem, at, self.doc, self.diag) if any(x.strip() for x in stem) else []
        title = squash(_IAL_TAIL.sub("", _HEADING_MARKS.sub("", self.lines[p.line - 1].strip())))
        saved = self.sections
        depth = saved[-1][0] if saved else 1
        for h, label, end in parts:
            asked = [x.strip() for x in answer[h + 1 : label] if x.strip() and not _IAL_LINE.match(x)]
            head = strip_answer_label(unbold_label(answer[label].strip()))
            name = squash(_IAL_TAIL.sub("", _HEADING_MARKS.sub("", answer[h].strip())))
            self.sections = [*saved, (depth + 1, title), (depth + 2, name)] if title else [*saved, (depth + 1, name)]
            self.pending = _Pending(
                at + h, None, [" ".join(asked)], p.label, head=head, answer=answer[label + 1 : end], answer_line=at + label + 1,
                in_answer=True, last=at + end - 1, tags=p.tags, shown=shown,
            )
            self._finish()
        self.sections = saved

    def _asked_below(self, p: _Pending) -> tuple[str, list[str]]:
        """``(question, scenario lines)`` of an item whose line holds no question ('Question #3', 'QUESTION 12 Topic 1':
        exam dumps as text, trial9 T1): the paragraph below that asks (the first that ends asking, else the last before
        the options or the answer line), the paragraphs before it a scenario for the front; ``p.answer`` keeps the rest.
        With no asking paragraph and no options, the first paragraph is the question."""
        lines = p.answer = self._details_dropped(p)
        paragraphs: list[tuple[int, int]] = []
        k, stopped = 0, False
        while k < len(lines) and len(paragraphs) < QUESTION_MAX_LINES:
            line = lines[k].strip()
            if not line:
                k += 1
                continue
            if option_line(line) or is_answer_line(line) or has_answer_label(line) or has_right_answer_label(line) or _label_line(line):
                stopped = True
                break
            end = k
            fence = _FENCE.match(line)
            if fence is not None:  # a code block is a paragraph of its own: the code the question below it asks about (T18-36)
                end = k + 1
                while end < len(lines) and not lines[end].strip().startswith(fence.group(1)):
                    end += 1
                end = min(end + 1, len(lines))
            while end < len(lines) and lines[end].strip() and not option_line(lines[end].strip()) and fence is None and not _FENCE.match(lines[end].strip()):
                end += 1
            paragraphs.append((k, end))
            k = end
            if lines[end - 1].rstrip().rstrip(CLOSERS).endswith(QUESTION_MARKS) or ASKS_SEVERAL.search(lines[end - 1]):
                stopped = True
                break
        if not paragraphs:
            return "", []
        # (pictures alone are no question: '## Question 1' / its text / '![Figure 3.1](…)' / '**Answer**: …' asks by its
        # text, the figures under it on the front too, trial12 U70)
        worded = [n for n, (a, b) in enumerate(paragraphs) if not all(_PICTURE_LINE.match(x) for x in lines[a:b])]
        chosen = (worded[-1] if worded else len(paragraphs) - 1) if stopped else 0
        start, end = paragraphs[chosen]
        scenario = lines[paragraphs[0][0] : start] if stopped else []
        question = squash(" ".join(line.strip() for line in lines[start:end]))
        listed = lines[start:end]
        title = _HEADING_MARKS.sub("", self.lines[p.line - 1].strip()) if self.markdown else ""
        if self.markdown and title and len(listed) > 1 and all(BULLET.match(x) or x[:1].isspace() for x in listed) and BULLET.match(listed[0]):
            # '#### Exercise 1' over '* create a tuple …' / '* print …': the tasks, a list under the exercise's name on
            # the front, never one line '* create … * print …' (trial12 U51)
            question, p.figure = squash(title), [*listed, "", *p.figure]
        if stopped and chosen < len(paragraphs) - 1:
            p.figure = lines[paragraphs[chosen + 1][0] : paragraphs[-1][1]]
            end = paragraphs[-1][1]
        rest = lines[end:]
        skipped = len(lines) - len(rest)
        while rest and not rest[0].strip():
            rest, skipped = rest[1:], skipped + 1
        p.answer = rest
        p.answer_line = (p.answer_line or p.line + 1) + skipped
        while scenario and not scenario[-1].strip():
            scenario.pop()
        if self.markdown:
            question = _marks_left_out(self.reader.inline_plain(question, code=True))
        return question, scenario

    def _details_dropped(self, p: _Pending) -> list[str]:
        """``p.answer`` without the details lines that open it ('**From:** Notebook 01', '**Type:** Multiple Choice'):
        they describe the question written below them and are no part of it (G4); a level or tags line among them is
        the item's level or tags."""
        k = 0
        while k < len(p.answer) and not p.answer[k].strip():
            k += 1
        start = k
        while k < len(p.answer):
            d = _DETAIL.match(p.answer[k])
            label = " ".join(d.group("label").lower().split()) if d is not None else ""
            topic = topic_line(p.answer[k]) if label not in _DETAIL_LABELS else None
            if label not in _DETAIL_LABELS and topic is None:
                break
            if topic is not None:  # ('Domain: People' over the stem, no blank line between: its section, T31-59)
                p.topic = p.topic or topic
            elif label.startswith("tag"):
                p.tags = p.tags or [t for t in re.split(r"[\s,;]+", d.group("value").strip()) if t]  # type: ignore[union-attr]
            elif label in ("difficulty", "level") and p.label is None:
                p.label = d.group("value").strip()  # type: ignore[union-attr]
            k += 1
        if k == start or (k < len(p.answer) and p.answer[k].strip() and not p.topic):
            return p.answer  # (not a paragraph of details of its own)
        while k < len(p.answer) and not p.answer[k].strip():
            k += 1
        p.answer_line = (p.answer_line or p.line + 1) + k
        return p.answer[k:]

    def _unknown_key(self, choices: Choices, lines: list[int]) -> None:
        """Warn about an answer line that names a label no option has ('Correct answer: B, F', options A-E),
        or other options than the ones marked bold or ✓."""
        report_conflicts(choices, self.diag, self.doc.rel, lambda at: lines[at] if at < len(lines) else lines[-1])
        for at, written in choices.unknown:
            self.diag.warning(
                self.doc.rel,
                lines[at] if at < len(lines) else lines[-1],
                f"the answer line names {written}, which is not one of the options "
                f"{', '.join(label for label, _ in choices.options)}; no card",
                "check the options above it: an option may be missing its letter, or the key names the wrong one",
                group="key-names-no-option",
            )

    def _choice_fields(self, choices: Choices, first_line: int, correct: str | None = None, more: list[str] | None = None) -> dict[str, object]:
        """Item fields for a multiple-choice answer: options, the correct one, the explanation."""
        correct = correct or choices.correct
        lines = [*choices.explanation, *(more or [])]
        if self.markdown:
            options = [squash(self.reader.inline_plain(text)) or picture_text(text) for _, text in choices.options]
            explanation = self.reader.render_markdown(lines, first_line, self.doc, self.diag) if any(x.strip() for x in lines) else []
        else:
            options = [squash(text) for _, text in choices.options]
            explanation = answer_blocks("", unwrap(lines))
        return {
            "kind": ItemKind.multiple_choice,
            "choices": [
                Choice(label=label, text=written, lang=choices.langs[label])
                if label in choices.langs  # an option that is a code block, program output kept line by line (T17-32)
                else Choice(label=label, text=text, html=self.reader.option_html(written) if self.markdown else "")
                if text
                # (an option of markup alone, '- <span style="color:red">', shows as written, never an empty option: fuzzing)
                else Choice(label=label, text=squash(written) or label)
                for (label, written), text in zip(choices.options, options, strict=True)
            ],
            "correct": correct,
            "answer": explanation,
            "skip": "" if correct else "no correct option",
        }

    # --- the answer key ----------------------------------------------------

    def _names_answered(self, pairs: list[tuple[str, str]]) -> bool:
        """Whether key entries ('1. C', '2-b') each name a question read so far whose answer line keyed its options:
        a key to check them against, never text of the last answer (T31-60)."""
        numbers = {_parts(w.pending.number or "") for w, _ in self.answered}
        p = self.pending
        if p is not None and p.number and p.in_answer:
            numbers.add(_parts(p.number))
        return bool(pairs) and all(_parts(n) in numbers for n, _ in pairs)

    def _checks_key(self, index: int) -> bool:
        """Whether a key heading over nothing that waits for it heads a key of the questions answered already ('Answer
        key' / '1. C' / '2. C', or a '| Q | Answer |' table, after every question's own 'Answer: B'): read, to be
        compared with those answer lines (T31-60: its lines were read as questions 'C' with no answer, or vanished)."""
        nxt = self.next_line[index]
        if nxt is None:
            return False
        line = self.lines[nxt]
        if _TABLE_LINE.match(line) and key_table(self.lines, nxt):
            rows = [_cells(x) for x in self.lines[nxt : _table_bounds(self.lines, nxt)[1] + 1]]
            return self._names_answered([(m.group("n"), r[1]) for r in rows if len(r) >= 2 and (m := _ROW_NUMBER.match(r[0]))])
        return self._names_answered(_compact_key(line, alone=True))

    def _keys_waiting(self, pairs: list[tuple[str, str]]) -> bool:
        """Whether a labelled line's compact entries ('1. B 2. C 3. A') number the questions so far in order from 1, two
        at least, each one without its answer yet: a key whatever word labels it (T25-65)."""
        if len(pairs) < 2 or [_parts(n) for n, _ in pairs] != [(k,) for k in range(1, len(pairs) + 1)]:
            return False
        waiting = {_parts(w.pending.number) for w in self.awaiting if w.pending.number}
        if self.pending is not None and self.pending.number and self._unanswered():
            waiting.add(_parts(self.pending.number))
        return all(_parts(n) in waiting for n, _ in pairs)

    def _ordered_key(self, entries: str) -> str:
        """A key of letters alone in question order ('Answers: c, a, b'), written as a numbered one ('1-c, 2-a, 3-b'),
        when there is one letter for each question so far and none of them has its right option yet; else "".  (Read
        as the last question's answer, it taught 'choose 3' and dropped the others: trial26 T26-51.)  A question that
        asks for several options ('Choose two') makes it its own answer instead."""
        letters = _LETTER_RUN.fullmatch(entries.strip())
        p = self.pending
        if letters is None or p is None or not p.number or not p.in_answer or not self._unanswered():
            return ""
        labels = _LETTER_SPLIT.findall(entries)
        waiting = [w.pending.number for w in self.awaiting if w.pending.number and w.choices is not None]
        numbers = [*waiting, p.number]
        if len(labels) != len(numbers) or len(self.awaiting) != len(waiting) or len(numbers) != len(self.items) + 1:
            return ""
        if _SEVERAL.search(" ".join(p.question)):
            return ""
        return ", ".join(f"{n}-{label}" for n, label in zip(numbers, labels, strict=True))

    def _awaits_words(self, words: list[tuple[str, str]]) -> bool:
        """Whether each entry of a one-line key of words names a question read so far that has no answer yet (so
        'Answer: 1. heat 2. stir 3. serve' under question 7 stays its answer)."""
        waiting = {_parts(w.pending.number) for w in self.awaiting if w.pending.number}
        p = self.pending
        if p is not None and p.number and p.in_answer and not any(line.strip() for line in p.answer):
            waiting.add(_parts(p.number))
        elif p is not None and p.number and p.in_answer and self._unanswered():
            waiting.add(_parts(p.number))  # (the last question's options, none marked: 'Answers: 1. blue 2. green 3. white', T26-53)
        return all(_parts(number) in waiting for number, _ in words)

    def _unanswered(self) -> bool:
        """Some item so far lacks its answer or its correct option (so an answer key may follow)."""
        if self.awaiting:
            return True
        p = self.pending
        if p is None or not p.in_answer:
            return False
        if not p.head and not any(line.strip() for line in p.answer):
            return True
        choices = find_choices([p.head, *p.answer] if p.head else p.answer) if self.layout.choices else None
        return choices is not None and choices.correct is None

    def _key_follows(self, index: int) -> bool:
        """What follows a key's heading can be its entries: a numbered line with its answer on it ('1. b', '**3.**
        False'), a compact key, a table, a heading; never the next question's label line alone ('Correct Answer:'
        left empty under a drag-and-drop item, then 'Question #279 Topic 1': trial12 U53, 654 questions after it
        lost) nor text."""
        nxt = self.next_line[index]
        if nxt is None:
            return True
        line = self.lines[nxt]
        m = self.item.match(line)
        if m is not None:
            if (m.groupdict().get("question") or "").strip() or (m.groupdict().get("answer") or "").strip():
                return True
            # ('### Question 1' over '**Answer:** D) Tuple': a key entry under its label, G4)
            after = self.next_line[nxt]
            return after is not None and self._answer_labelled(self.lines[after])
        if _compact_key(line, alone=True) or word_key(line) or _TABLE_LINE.match(line) or _INLINE_KEY.match(line):
            return True
        if _key_header(line):  # ('Answer Key' / 'Question Answer' / '1 B': a key table's text, sitting 20 pdf 1)
            return self._rows_follow(nxt)
        if self._caps_title(nxt, keyed=True) or self._part_title(nxt) or self._key_group(nxt):  # ('Solutions' / 'Exercise 1' / '1. …': T25-50)
            return True  # ('TEIL 2: LÖSUNGEN' / 'HARDWARE & IT-GRUNDLAGEN' / '1. CPU = …': T15-7)
        if _LABELLED_KEY.match(line) or _BULLET_KEY.match(line):
            return True  # ('* **Answer 1:** **B**. …': T15-19)
        if _KEY_NUMBERED.match(line) and not self.item.match("1. x"):
            return True  # ('**1. Krankmeldung (B):**' under a key heading, the questions under '### Frage 1' headings: T15-6)
        if self.markdown and _BOLD_TITLE.match(line) and _ATX_LINE.match(self.lines[index]) is not None and nxt + 1 < len(self.lines):
            after = self.next_line[nxt]  # ('# LÖSUNGSBOGEN' / '**MUSTERLÖSUNGEN**' / '## AP1 - LÖSUNGEN': a title, then the key, T15-25)
            return after is not None and (_ATX_LINE.match(self.lines[after]) is not None or _TABLE_LINE.match(self.lines[after]) is not None)
        return bool(self.section and self.section.match(line)) or _ATX_LINE.match(line) is not None or _KEY_PART.match(line) is not None

    def _group_in_order(self, raw: str) -> tuple[str, list[str]] | None:
        """``(group, entries)`` of a key line that answers one section of the questions in their order, unnumbered
        ('Section A — b, c, a', 'Part 2: Osmosis; Oxygen; They carry oxygen'), when the group names a section of the
        questions and has an entry for each of its questions; else None (trial28 keys-left: glued onto a back)."""
        m = _GROUP_IN_ORDER.match(raw)
        if m is None:
            return None
        name, rest = squash(m.group("part")), m.group("rest").strip()
        entries = [e.strip() for e in rest.split(";" if ";" in rest else ",") if e.strip()]
        want = normalize_text(name)
        sections = [w.section for w in self.awaiting if normalize_text(w.section) == want or normalize_text(w.section).startswith(want + " ")]
        if len(entries) < 2 or len(entries) != len(sections) or any(len(e) > KEY_GROUP_ENTRY for e in entries):
            return None
        return name, entries

    def _key_group(self, index: int) -> bool:
        """A short name alone over numbered entries inside a key ('A' / '1. b' … 'B' / '1. Osmosis'): the key's group
        for one section of the questions, numbered from 1 again (its entries paired with the sections in order). Never a
        line indented under an entry, nor one the numbering goes on after with no blank line above: the entry's last line
        ('1. v = u + at' / '   = 19.6 m/s' / '2. …', '   - making bile': trial32 T32-30, the result was lost)."""
        raw = self.lines[index]
        text = raw.strip().strip("*_").strip()
        nxt = self.next_line[index]
        if not text or len(text) > KEY_GROUP_CHARS or len(text.split()) > KEY_GROUP_WORDS or text[-1] in ".?!;,？。" or nxt is None:
            return False
        if raw[:1].isspace() and self.entries and self.entries[-1].line < index + 1:
            return False
        m = self.item.match(self.lines[nxt])
        compact = _compact_key(self.lines[nxt], alone=True)
        first = (m.groupdict().get("number") or "") if m else (compact[0][0] if compact else "")
        apart = index > 0 and not self.lines[index - 1].strip()
        if first != "1" and not apart and self.entries and not self.entries[-1].compact:
            return False  # (a prose entry goes on: its short last line, the numbering going on under it)
        return bool(first)

    def _wrapped_key(self, index: int, text: str) -> tuple[str, int] | None:
        """A key's line the page wrapped after an entry's number ('Answers: 1. A 2.' / 'C 3. B', trial21 T21-34: no
        entry read, no card): its text joined with the lines it goes on onto while it ends in a number, and the index
        of the last of them, when the whole is a compact key; else None."""
        if not _DANGLING_NUMBER.search(text):
            return None
        joined, k = text, index
        while _DANGLING_NUMBER.search(joined) and k + 1 < len(self.lines) and self.lines[k + 1].strip() and k - index < WRAPPED_KEY_LINES:
            k += 1
            joined = f"{joined.rstrip()} {self.lines[k].strip()}"
        return (joined, k) if k > index and _compact_key(joined, alone=True) else None

    def _rows_follow(self, index: int) -> bool:
        """Whether the line after a key table's header run together (``lines[index]``, 'Question Answer') is a row of
        it: a number with its option ('1 B', '1 B S3 stores objects.') or a numbered entry."""
        after = self.next_line[index]
        if after is None:
            return False
        row = self.lines[after]
        return bool(_compact_key(row, alone=True) or _KEY_ROW_TEXT.match(row) or self.item.match(row))

    @staticmethod
    def _answer_labelled(line: str) -> bool:
        """A line that opens with an answer label, bold or not ('**Answer:** D) Tuple', 'Correct answer: B')."""
        text = unbold_label(line.strip())
        return has_answer_label(text) or has_right_answer_label(text) or is_answer_line(text)

    def _asks_after_key(self, index: int) -> bool:
        """Inside an answer key, a numbered line with options under it is a question again (a quiz in parts,
        each with its key, or one more question after the key), never a key entry: so it is not lost."""
        m = self.item.match(self.lines[index])
        if m is None or not m.groupdict().get("number") or _compact_key(self.lines[index], alone=True):
            return False
        below = self.lines[index + 1 : index + 1 + OPTIONS_WITHIN]
        # (the options may follow the question's own paragraph: 'Question #280' / the question / '    A. …')
        if find_choices(below) is not None or any(find_choices(below[k:]) is not None for k, line in enumerate(below) if option_line(line)):
            return True
        return self._next_part_asks(m, index)

    def _next_part_asks(self, m: re.Match[str], index: int) -> bool:
        """Under a key that answers every question waiting, a numbered line that asks ('1. What is the boiling point of
        water?') and whose number the key has answered already: the next part's question, numbered from 1 again, never
        a second entry (trial35 T35-23: each part's questions after the key of the part before were read as its
        entries, and the file gave no card). A book's answers by chapter ('Chapter 3' / '1. About 3.00 × 10⁸ m/s') ask
        nothing, so stay entries."""
        number = m.group("number")
        asks = (m.groupdict().get("question") or "").strip().rstrip(CLOSERS).endswith(QUESTION_MARKS)
        if not self._key_complete():
            return False
        if any(e.number == number for e in self.entries):
            return asks
        apart = index > 0 and not self.lines[index - 1].strip()
        return self._numbering_goes_on(number) and ((asks and apart) or self._titled_since_key(index))

    def _numbering_goes_on(self, number: str) -> bool:
        """The number is one more than the last question waiting for the key: the questions' numbering goes on past it
        ('Answers: 1. Au 2. Fe' / 'Part 2' / '3. What is …?'; trial35 T35-23, the parts numbered on: questions 3 and 4
        were read as entries of part 1's key and made no card)."""
        waiting = [int(w.pending.number) for w in self.awaiting if (w.pending.number or "").isdigit()]
        return bool(waiting) and number.isdigit() and int(number) == max(waiting) + 1

    def _titled_since_key(self, index: int) -> bool:
        """A line at the margin between the key's last entry and ``lines[index]`` that is no entry ('Part 2', 'Exercise 2
        – Translate into Spanish'): the next part's title, so the numbered line under it is that part's."""
        last = max((e.line for e in self.entries), default=0)  # (1-based, as entries count lines)
        for k in range(index - 1, last - 1, -1):
            line = self.lines[k]
            if line.strip() and not line[:1].isspace() and not _compact_key(line, alone=True) and self.item.match(line) is None:
                return True
        return False

    def _key_complete(self) -> bool:
        """The key read so far has an entry for every question waiting for one (as many entries as questions, every
        number among them: parts numbered from 1 again each wait for their own)."""
        waiting = [w.pending.number for w in self.awaiting]
        return bool(self.entries) and len(self.entries) >= len(waiting) and set(waiting) <= {e.number for e in self.entries}

    def _page_goes_on(self, index: int) -> bool:
        """Text at the margin after a blank line, under a key that answers every question waiting and whose entries go
        on, if at all, only on indented lines: the page going on (a closing remark, the next section's text), never
        more of the last answer (trial35 T35-22: 'Well done! Next week …' was the last card's back). An indented
        line goes on with the entry above it."""
        if index == 0 or self.lines[index - 1].strip() or self.lines[index][:1].isspace():
            return False
        return all(not x.strip() or x[:1].isspace() for e in self.entries for x in e.lines[1:]) and self._key_complete()

    def _end_key(self) -> None:
        """Answer the items so far from the key read so far, and read on as questions: the section line read
        last inside the key, with no entry under it, heads the questions after it."""
        heading = self.key_heading
        if heading is not None and self.entries and self.entries[-1].line < heading[2]:
            self.entries = [e for e in self.entries if e.section != self.key_section]
        else:
            heading = None
        self._apply_key()
        self.awaiting, self.entries, self.in_key, self.key_section, self.key_heading = [], [], False, "", None
        self.key_nested, self.key_closed, self.key_columns = None, False, False
        if heading is not None:
            self._section(*heading)

    def _key_line(self, raw: str, lineno: int) -> None:
        """A line of the answer key: a section of it, a numbered entry, or more of the last entry."""
        pieces = [p for p in _IDEOGRAPHIC_GAP.split(raw.strip()) if p]
        if len(pieces) > 1 and all((e := self.item.match(p)) is not None and e.groupdict().get("number") for p in pieces):
            for piece in pieces:  # '1．B　2．A　4．√　6．细胞': entries apart by ideographic spaces, each one (trial31 T31-41)
                self._key_line(piece, lineno)
            return
        ranged = ranged_key(raw)
        if ranged:  # ('1–5: B, C, A, D, B', 'Answer key (1-5): BCADB': T32-23)
            self.entries.extend(_KeyEntry(self.key_section, number, lineno, [label], compact=True) for number, label in ranged)
            self.key_closed = False
            return
        s = self.section.match(raw) if self.section else None
        m = self.item.match(raw)
        if _TABLE_LINE.match(raw) and lineno <= self.grid_end:
            return  # (a grid key's rows, read with its header)
        grid = grid_key(self.lines, lineno - 1) if _TABLE_LINE.match(raw) else None
        if grid is not None:  # '| 1 | 2 | 3 |' over '| B | A | Diffusion … |': an answer sheet, column by column (U99)
            self.grid_end = _table_bounds(self.lines, lineno - 1)[1] + 1
            for number, text in grid:
                compact = bool(_compact_key(f"{number}. {text}", alone=True))
                self.entries.append(_KeyEntry(self.key_section, number, lineno, [text], compact=compact))
            return
        if _TABLE_LINE.match(raw) and key_table(self.lines, lineno - 1):
            self._key_row(raw, lineno)
            self.key_closed = False
            return
        if m and m.groupdict().get("number") and self._key_nested(raw, m.group("number")):
            self.entries[-1].lines.append(raw)
            return
        self.key_nested = None
        named = part_label(raw) if self.key.match(raw) else part_alone(raw)
        if named is not None:  # ('Lösungen Teil B', '**Chapter 3**' over its table: the next part's entries, T30-2, T30-10)
            self.key_section = named
            self.key_heading = (_TITLE_LINE.match(named), named, lineno)  # type: ignore[assignment]  # (or the next part's title)
            self.key_closed = False
            return
        if _key_header(raw):
            self.key_columns = True  # ('Question Answer Explanation': the header of the rows below, no entry's text)
            return
        row = _KEY_ROW_TEXT.match(raw) if self.key_columns and not _compact_key(raw, alone=True) else None
        if row is not None:  # ('3 C Customers configure security groups.': number, option, explanation)
            self.entries.append(_KeyEntry(self.key_section, row.group("n"), lineno, [row.group("label"), "", row.group("text")]))
            self.key_closed = False
            return
        ordered = None if m else self._group_in_order(raw)
        if ordered is not None:  # 'Section A — b, c, a' / 'Section B — Osmosis; Oxygen; …': a group's entries in order
            self.key_section = ordered[0]
            self.entries.extend(_KeyEntry(ordered[0], str(n), lineno, [text]) for n, text in enumerate(ordered[1], 1))
            self.key_closed = True
            return
        listed = None if m else (_LABELLED_KEY.match(raw) or _BULLET_KEY.match(raw))
        if listed is not None and not grid:  # '* **Answer 1:** **B**. OPEN fails fast.': entry 1 (T15-19)
            self.entries.append(_KeyEntry(self.key_section, listed.group("n"), lineno, [listed.group("text")]))
            self.key_closed = False
            return
        part = _KEY_PART.match(raw)
        body = raw[part.end() :] if part else raw
        compact = _compact_key(body, alone=True)
        words = [] if compact else word_key(body) or spaced_word_key(body)
        if part and (compact or words) and not re.fullmatch(rf"(?i:{KEY_WORDS})", part.group("part").strip()):
            self.key_section = squash(self.reader.inline_plain(part.group("part")) if self.markdown else part.group("part"))
        if part and not compact and not words and (numbered := _KEY_NUMBERED.match(body)) is not None:
            # ('Part D: 13. Plant cells have …': the next part's first entry, never more of the last one's: trial32 T32-1)
            self.key_section = squash(self.reader.inline_plain(part.group("part")) if self.markdown else part.group("part"))
            self.entries.append(_KeyEntry(self.key_section, numbered.group("n"), lineno, [numbered.group("text")]))
            self.key_closed = False
            return
        if words:  # '1. osmosis 2. enzyme 3. glucose' (trial11 P120)
            self.entries.extend(_KeyEntry(self.key_section, number, lineno, [text]) for number, text in words)
            self.key_closed = False
            return
        if compact:  # '1-b, 2-b, 3-c', '1. B 2. C', or a key table row '| 1 | B |'
            self.entries.extend(_KeyEntry(self.key_section, number, lineno, [label], compact=True) for number, label in compact)
        elif m and m.groupdict().get("number"):
            text = (m.groupdict().get("question") or "") + " " + (m.groupdict().get("answer") or "")
            self.entries.append(_KeyEntry(self.key_section, m.group("number"), lineno, [text.strip()]))
        elif (numbered := _KEY_NUMBERED.match(raw)) is not None and self._next_entry(numbered.group("n")):
            # '2. Osmosis' in the key of questions under '## Question 2: Water' headings, which the item pattern reads (G4)
            self.entries.append(_KeyEntry(self.key_section, numbered.group("n"), lineno, [numbered.group("text")]))
        elif (bare := _NUMBER_HEADING.match(raw) or _LABEL_ENTRY.match(raw)) is not None and self._awaited(bare.group("n")):
            # '### 1' over 'B — because …': a heading per entry of the key, the entry under it (trial23 T23-47)
            self.entries.append(_KeyEntry(self.key_section, bare.group("n"), lineno, []))
        elif _NUMERAL_ALONE.match(raw):
            self.key_section = raw.strip()
        elif s:
            name = squash((s.groupdict().get("section") or raw).strip().strip("#").strip())
            self.key_section = squash(self.reader.inline_plain(name)) if self.markdown else name
            self.key_heading = (s, raw, lineno)
        elif self._caps_title(lineno - 1) or self._part_title(lineno - 1) or self._key_group(lineno - 1):
            # ('NETZWERK-GRUNDLAGEN' over its entries: the section they answer, T15-7; 'Exercise 1' over its solutions,
            # numbered from 1 again, trial25 T25-50)
            name = squash(_BOLD_TITLE.sub(r"\g<text>", raw).strip())
            self.key_section = squash(self.reader.inline_plain(name)) if self.markdown else name
            # (a part's title after its key, 'Teil B' over the next part's questions: their section when the key ends there)
            self.key_heading = (_TITLE_LINE.match(name), name, lineno)  # type: ignore[assignment]
        elif _RULE.match(raw):
            self.key_closed = bool(self.entries)  # a rule ends the entry above ('---' before the next '**44. …**')
            return
        elif self.entries and not self.key_closed and self._page_goes_on(lineno - 1):
            self.diag.warning(
                self.doc.rel,
                lineno,
                f"text after the answer key is not in any card: {squash(raw)[:60]!r}",
                "if it belongs to the last answer, indent it under that entry; else leave it, or add a skip pattern for it to [source.pattern] in deck.toml",
                group="outside-item",
            )
            self.key_closed = True
            return
        elif self.entries and not self.key_closed:
            self.entries[-1].lines.append(raw)
        elif self.entries:  # after a rule: the key's footer ('*End of Answer Key*'), said, never on a card's back
            self.diag.warning(
                self.doc.rel,
                lineno,
                f"text outside any key entry is not in any card: {squash(raw)[:60]!r}",
                "put it under a numbered entry of the key (above its rule), or add a skip pattern for it to [source.pattern] in deck.toml",
                group="outside-item",
            )
        self.key_closed = False

    def _key_row(self, raw: str, lineno: int) -> None:
        """A row of a key table that numbers its questions: an entry whose answer is its second cell, the cells after
        it an explanation ('| 1 | C | All living things … |' marks option C; '| 33 | cell |' answers an open
        question). The table's header and rule are skipped."""
        self.key_nested = None
        cells = _cells(raw)
        start, _end = _table_bounds(self.lines, lineno - 1)
        head = _cells(self.lines[start])
        if len(head) >= 4 and len(head) % 2 == 0 and len(set(head[0::2])) == 1 and len(set(head[1::2])) == 1 and len(cells) == len(head):
            # '| No | Kunci | No | Kunci |' over '| 1 | C | 10 | D |': several entries a row, a pair of cells each (T13-17)
            for n, answer in zip(cells[0::2], cells[1::2], strict=True):
                m = _ROW_NUMBER.match(n)
                if m and answer:
                    compact = bool(_compact_key(f"{m.group('n')}. {answer}", alone=True))
                    self.entries.append(_KeyEntry(self.key_section, m.group("n"), lineno, [answer], compact=compact))
            return
        number = _ROW_NUMBER.match(cells[0]) if len(cells) >= 2 else None
        if number is None or not cells[1]:
            return
        more = [cell for cell in cells[2:] if cell]
        compact = bool(_compact_key(f"{number.group('n')}. {cells[1]}", alone=True))
        lines = [cells[1], *(["", *more] if more else [])]
        self.entries.append(_KeyEntry(self.key_section, number.group("n"), lineno, lines, compact=compact))

    def _awaited(self, number: str) -> bool:
        """An item waits for this number's key entry, and it comes after the last entry's."""
        if not any(w.pending.number == number for w in self.awaiting):
            return False
        last = self.entries[-1] if self.entries and self.entries[-1].section == self.key_section else None
        return last is None or (last.number.isdecimal() and int(number) > int(last.number))

    def _next_entry(self, number: str) -> bool:
        """A numbered key line the item pattern does not match is an entry of its own when the item pattern numbers no
        such lines (its items are headings), an item waits for that number, and the number comes after the last
        entry's (a list inside an entry starts again at 1)."""
        if self.item.match(f"{number}. x") or not any(w.pending.number == number for w in self.awaiting):
            return False
        last = self.entries[-1] if self.entries and self.entries[-1].section == self.key_section else None
        return last is None or (last.number.isdecimal() and int(number) > int(last.number))

    def _key_nested(self, raw: str, number: str) -> bool:
        """A numbered line inside the last key entry, not an entry of its own: a list under an entry's title
        ('**47. Protein pathway:**' over '1. **Nucleus:** …' … '4. …', learner4 N53) that starts at 1, or is
        indented, below the entry's number, and goes on in order."""
        last = self.entries[-1] if self.entries else None
        if last is None or last.compact or last.section != self.key_section:
            return False
        parts, outer = _parts(number), _parts(last.number)
        if self.key_nested is not None and parts[:-1] == self.key_nested[:-1] and parts[-1] == self.key_nested[-1] + 1:
            self.key_nested = parts
            return True
        written = [x for x in last.lines if x.strip()]
        title = written[0].strip().strip("*_ ").rstrip("*_ ") if len(written) == 1 else ""
        if parts < outer and ((parts == (1,) and title.endswith((":", "："))) or raw[:1].isspace()):
            self.key_nested = parts
            return True
        return False

    def _apply_key(self) -> None:
        """Answer the items read without one from the key's entries; report those still without."""
        entries = self._match_key()
        matched = self._matching(entries)
        if not matched:
            self._extra_entries(entries)
        self._check_answered(entries)
        self._lettered_without_options(entries)
        # 'choices = false' is offered for the file only when most of its option lists have no key: for one unkeyed
        # list among keyed ones it would turn every right multiple-choice card into a list of options (T31-39)
        lists = sum(1 for it in self.items if it.kind is ItemKind.multiple_choice) + sum(
            1 for w in self.awaiting if w.choices is not None and self.items[w.index].kind is not ItemKind.multiple_choice
        )
        unkeyed = sum(
            1 for w in self.awaiting
            if w.choices is not None and not (matched.get(w.index) if matched else entries.get(w.index) is not None)
        )  # fmt: skip
        whole_file = 2 * unkeyed > lists
        for waiting in self.awaiting:
            item = self.items[waiting.index]
            entry = entries.get(waiting.index)
            fields = matched.get(waiting.index) if matched else self._from_key(waiting, entry) if entry is not None else None
            if fields is not None:
                level = self.levels.level(item.label, waiting.pending.number, item.locator.line)
                hint = {"question": waiting.hinted} if waiting.hinted else {}  # (the bracket stays on the front, a hint)
                self.items[waiting.index] = item.model_copy(update={**fields, **hint, "difficulty": level})
            elif waiting.hinted:
                pass  # no entry of its number: its bracket answers it
            elif waiting.choices is not None and waiting.choices.unknown:
                pass  # its answer line names no option: said where it was read
            elif waiting.choices is None and (term := _term_definition(item.question)) is not None:
                # '1. 协议：为进行…的规则' / '1. Protocol: the rules …' in a 'Definitions' section of a numbered review:
                # a term and its definition, asked by the term (learner3 N38)
                level = self.levels.level(item.label, waiting.pending.number, item.locator.line)
                update = {"question": term[0], "answer": [text_block(term[1])], "skip": "", "difficulty": level}
                self.items[waiting.index] = item.model_copy(update=update)
            elif waiting.choices is not None and self.unread_key is not None:
                # (never 'choices = false' here: it would teach the option list as the answer)
                self.unkeyed = True
                self.diag.warning(
                    self.doc.rel,
                    item.locator.line,
                    f"{len(waiting.choices.options)} options and none marked correct; no card",
                    f"line {self.unread_key[0]} looks like the answer key but deckc could not read it (see the warning there)",
                    group="no-correct-option-key",
                )
            elif waiting.choices is not None:
                self.diag.warning(
                    self.doc.rel,
                    item.locator.line,
                    f"{len(waiting.choices.options)} options and none marked correct; no card",
                    "mark the right one (**bold**, [x], a line 'Answer: b' below the options, or an answer key "
                    "under an 'Answers' heading, or in a file of its own named by key_file = \"sources/….md\" in this "
                    "file's [[source]] table)" + (", or set choices = false in [source.pattern] if the list is the answer" if whole_file else ""),
                    group="no-correct-option",
                    fix={"pattern": {"choices": False}} if whole_file else None,
                )
            else:
                self.diag.warning(
                    self.doc.rel,
                    item.locator.line,
                    "question has no answer",
                    "write the answer below the question" + (" after its answer label" if self.answer else ""),
                    group="no-answer",
                )

    def _check_answered(self, entries: dict[int, _KeyEntry]) -> None:
        """Compare the key with the questions keyed by their own answer line ('Answer: B' under question 1, the key's
        '1. C'): where they name different options both lines are said; the card keeps its answer line (T31-60: the
        key was unused without a word). A question is compared only when one entry alone is its number's, and one
        question alone has that number, so the entry cannot be another part's."""
        used = {id(e) for e in entries.values()}
        free = [e for e in self.entries if id(e) not in used]
        numbers = [_parts(w.pending.number or "") for w, _ in self.answered] + [_parts(w.pending.number or "") for w in self.awaiting]
        for waiting, said_line in self.answered:
            number = _parts(waiting.pending.number or "")
            found = [e for e in free if _parts(e.number) == number]
            item = self.items[waiting.index]
            if len(found) != 1 or numbers.count(number) != 1 or waiting.choices is None or not isinstance(item.correct, str):
                continue
            text = found[0].lines[0] if found[0].lines else ""
            several = _KEY_OPTIONS.match(text.strip())
            written = key_labels(several.group("labels")) if several else [_entry_letter(found[0])]
            named = [waiting.choices.label_for(w) for w in written if w]
            if not named or not all(named) or set(named) == set(item.correct.split(",")):
                continue
            key = ",".join(dict.fromkeys(n for n in named if n))
            report_key_against_line(self.diag, self.doc.rel, waiting.pending.number or "", (said_line, item.correct), (found[0].line, key))
        self.answered = []

    def _lettered_without_options(self, entries: dict[int, _KeyEntry]) -> None:
        """Say where the key gives a question an option letter ('1. B') and deckc read no options under it, its own
        text on the back: the options' lines were not read as options (T35-9: never a key dropped without a word)."""
        used = {id(e) for e in entries.values()}
        for entry in self.entries:
            letter = _entry_letter(entry) if id(entry) not in used and len(entry.lines) <= 1 else ""
            asked = [it for it in self.items if letter and it.number and _parts(it.number) == _parts(entry.number)]
            if len(asked) != 1 or asked[0].kind is ItemKind.multiple_choice or asked[0].skip:
                continue
            self.diag.warning(
                self.doc.rel,
                asked[0].locator.line,
                f"the answer key (line {entry.line}) gives question {entry.number} the option {letter}, but deckc read no "
                "options under it: the card's back is the text under the question, the key's letter unused",
                "write each option on a line of its own opening with its letter ('A. …', 'B) …'), or take the entry out of the key",
                group="key-letter-no-options",
            )

    def _extra_entries(self, entries: dict[int, _KeyEntry]) -> None:
        """Say where the key names questions the file does not have (entry 5 of a 4-question quiz): the likeliest
        sign that a question was lost or glued into another's answer (T31-51); said once, at the first such entry."""
        used = {id(e) for e in entries.values()}
        asked = {_parts(it.number) for it in self.items if it.number}
        extra = [e for e in self.entries if id(e) not in used and _parts(e.number) and _parts(e.number) not in asked]
        if not extra or not asked:
            return
        names = ", ".join(dict.fromkeys(e.number for e in extra))
        self.diag.warning(
            self.doc.rel,
            extra[0].line,
            f"the answer key names question{'s' if len(extra) > 1 else ''} {names}, which no question of this file is "
            "numbered: a question may be missing or read into another one's answer",
            "check the questions around that number; if the key is only longer than the quiz, remove the extra entries",
            group="key-extra-entry",
        )

    def _asked_after_stop(self, raw: str, lineno: int) -> None:
        """Keep a line past a stop line that asks ('4. ¿Qué orgánulo …?', '5. Define osmosis.' under a table read by a
        table's pattern): a stop ends the items, never a question a user wrote (T32-2: a worksheet's questions after its
        table were lost without a word)."""
        if self.in_key:
            return
        text = _ASK_LEAD.sub("", raw.strip()).rstrip(CLOSERS + " *_")
        numbered = _NUMBER_LEAD.match(raw) is not None  # ('4. Define osmosis.': a numbered task asks without a '?')
        if len(text) > 2 and (text.endswith(QUESTION_MARKS) or (numbered and asks(text))):
            self.after_stop.append((lineno, text))
        elif any(c.isalpha() for c in text) and not _NAV_ONLY.match(raw) and not self.stop_titled:
            # ('**Summary:** Elasticity measures …' under a Cornell table read by a table's pattern: T31-18, dropped
            # without a word); said as any text under no question is, so notes = "skip" quiets it
            self.stopped_text.append((lineno, squash(raw)))

    def _report_after_stop(self) -> None:
        """Say each question that came after a stop line at its line (grouped: once, with their count); with no such
        question, the other text there (a summary under a table), which a question said there would only repeat."""
        for line, text in [] if self.after_stop else self.stopped_text:
            self.diag.warning(
                self.doc.rel,
                line,
                f"text after the end of the items (a stop line of the layout) is in no card: {text[:60]!r}",
                "to study it, write it in the items' shape above the stop line",
                group=AFTER_STOP,
            )
        for line, text in self.after_stop:
            self.diag.warning(
                self.doc.rel,
                line,
                f"a question after the end of the items (a stop line of the layout) is in no card: {text[:60]!r}",
                "give it an answer in the items' own shape above the stop line, or move the questions to a file of their own (a "
                "numbered list of questions with their answers is read as one); or narrow stop in [source.pattern] in deck.toml",
                group="asked-after-stop",
            )

    def _report_unread_key(self) -> None:
        """Say at the key's own line that it was not read, when questions wait for a key (T25-1): the options-only
        advice ('choices = false') would teach each option list as its answer."""
        if self.unread_key is None or not self.unkeyed:
            return
        line, text = self.unread_key
        self.diag.warning(
            self.doc.rel,
            line,
            f"this looks like an answer key but deckc could not read its entries: {text[:80]!r}",
            "write each entry as a question number and an option letter ('1-b, 2-c, 3-a' or '1. B  2. C  3. A'; "
            "the letters of a question with several right options together: '3 a and d', '3-a,d'), "
            "or put a line 'Answer: b' under each question's options",
            group="unread-key",
        )

    def _match_key(self) -> dict[int, _KeyEntry]:
        """Key entries by the index of the item they answer: same number, sections paired by name, else in order."""
        if not self.entries:
            return {}
        groups: dict[str, list[_KeyEntry]] = {}
        for e in self.entries:
            groups.setdefault(e.section, []).append(e)
        item_sections: list[str] = []
        for waiting in self.awaiting:
            if waiting.section not in item_sections:
                item_sections.append(waiting.section)
        by_part = self._key_by_parts(groups)
        if by_part is not None:
            return by_part  # ('Teil A: 1-b …' / 'Teil B: 1-d …' for the parts' questions, each numbered from 1: T30-2)
        paired: dict[str, str] = {}  # item section -> key section
        keyed = list(groups)
        for name in item_sections:
            want = normalize_text(name)
            match = next((k for k in keyed if k and (want == normalize_text(k) or want.startswith(normalize_text(k) + " "))), None)
            if match is not None:
                paired[name] = match
        paired.update(self._left_pairs(item_sections, keyed, paired, groups))
        if not paired and len(keyed) > 1 and len(keyed) != len(item_sections) and (by_run := self._key_by_runs(groups)) is not None:
            return by_run  # (each chapter's questions numbered from 1, the key's 'Chapter 3' / 'Chapter 4' blocks: T27-4)
        if not paired and len(keyed) == len(item_sections):
            paired = dict(zip(item_sections, keyed, strict=True))
        elif not paired and len(keyed) == 1:
            paired = dict.fromkeys(item_sections, keyed[0])
        numbers = [w.pending.number for w in self.awaiting]
        keys = [e.number for e in self.entries]
        if not paired and len(keyed) > 1 and len(item_sections) == 1 and None not in numbers and len(set(numbers)) == len(numbers):
            # one run of questions, a key in parts that each answer it ('### Kunci Ringkas' table, then '### Pembahasan'
            # '**1. Jawaban: C**' with the working: T13-17): each question's entries, when they agree
            return self._key_parts_agree(groups)
        if len(keyed) == 1 and len(item_sections) > 1 and None not in numbers and len(set(numbers)) < len(numbers) and len(set(keys)) == len(keys):
            # the questions number each part from 1 again, the key numbers its entries once ('## Part B' / '1. …' under a
            # key '1. 4' … '4. Madrid'): entry 1 is part A's, never every part's 1 (a wrong answer taught)
            last = [w for w in self.awaiting if w.section == item_sections[-1]]
            if [w.pending.number for w in last] == keys:  # a key after each chapter ('# Answers and Explanations' under
                return {w.index: e for w, e in zip(last, self.entries, strict=True)}  # its questions): the part above it
            return self._key_in_order(keys)
        out, repeated = self._repeated_numbers(groups, paired)
        for waiting in self.awaiting:
            group = groups.get(paired.get(waiting.section, "\0"), [])
            number = waiting.pending.number
            found = [e for e in group if number is not None and _parts(e.number) == _parts(number)]
            if len(found) == 1 and waiting.index not in repeated and waiting.index not in out:
                out[waiting.index] = found[0]  # (a section paired in order keeps that: '1.', '2.', '2.', '3.' under 1-4, T32-49)
        # numbers that never restart, in the questions and in the key, pair whatever the sections (learner4 N53: the
        # test's '## Part A' split into '### Module 1' … '### Module 4', the key's not: 0 of 32 answered)
        numbers = [w.pending.number for w in self.awaiting]
        keys = [e.number for e in self.entries]
        if len(out) < len(self.awaiting) and None not in numbers and len(set(numbers)) == len(numbers) and len(set(keys)) == len(keys):
            by_number = {_parts(e.number): e for e in self.entries}
            used = {id(e) for e in out.values()}
            for waiting in self.awaiting:
                entry = by_number.get(_parts(waiting.pending.number or ""))
                if waiting.index not in out and entry is not None and id(entry) not in used:
                    out[waiting.index] = entry
        return out

    def _left_pairs(
        self, item_sections: list[str], keyed: list[str], paired: dict[str, str], groups: dict[str, list[_KeyEntry]]
    ) -> dict[str, str]:
        """The sections no key group names paired in order with the key groups no section took, when some were paired by
        name and each such group numbers exactly its section's questions: the first version of a test printed under
        its title with no heading of its own keyed by the key's 'Version A:' (trial31 T31-43: 'Version B' was keyed,
        version A 'none marked correct')."""
        items = [name for name in item_sections if name not in paired]
        keys = [k for k in keyed if k not in paired.values()]
        if not paired or not items or len(items) != len(keys):
            return {}
        for name, key in zip(items, keys, strict=True):
            asked = sorted(_parts(w.pending.number or "") for w in self.awaiting if w.section == name)
            if asked != sorted(_parts(e.number) for e in groups[key]):
                return {}
        return dict(zip(items, keys, strict=True))

    def _key_by_parts(self, groups: dict[str, list[_KeyEntry]]) -> dict[int, _KeyEntry] | None:
        """Key entries by item when every group of the key names a part or chapter of the questions ('Teil A' / 'Teil B',
        'Capítulo 2: 1-c, 2-a', '## Chapitre 1', a bare 'II'), by that part and the question's number: a test whose parts
        (a book whose chapters) each number their questions from 1 again, keyed at its end or after each part (trial30
        T30-2, T30-10: part B's question 1 took part A's answer). A part no question is in is a chapter the page did not
        copy (a book's whole answer section under one chapter's questions: trial32 T32-22, chapter 2's answers were
        taught for chapter 3's questions). None when a group names no part, a question is in two of the parts named, or
        no question is in any."""
        named = {name: part_named(name) for name in groups}
        if not named or any(part is None for part in named.values()):
            return None
        out: dict[int, _KeyEntry] = {}
        used: set[str] = set()
        for waiting in self.awaiting:
            homes = [name for name, part in named.items() if part is not None and in_part(waiting.parts, part)]
            if len(homes) > 1:
                return None
            if not homes:
                continue
            used.add(homes[0])
            found = [e for e in groups[homes[0]] if _parts(e.number) == _parts(waiting.pending.number or "")]
            if len(found) == 1:
                out[waiting.index] = found[0]
        return out if used else None

    def _key_by_runs(self, groups: dict[str, list[_KeyEntry]]) -> dict[int, _KeyEntry] | None:
        """Key entries by item when the questions number each chapter from 1 again under headings that do not tell the
        chapters apart ('Review Questions' in every one) and the key has as many blocks, in the same order, each
        answering every number of its run ('Chapter 3' / '1. B …' / 'Chapter 4' / '1. C …', a prep book's answers at
        the back: trial27 T27-4, 0 cards); None when the runs and the blocks do not fit so."""
        runs: list[list[_Awaiting]] = []
        for waiting in self.awaiting:
            number = waiting.pending.number
            if number is None:
                return None
            if not runs or _parts(number) <= _parts(runs[-1][-1].pending.number or ""):
                runs.append([])
            runs[-1].append(waiting)
        blocks = list(groups.values())
        if len(runs) < 2 or len(runs) != len(blocks):
            return None
        out: dict[int, _KeyEntry] = {}
        for run, block in zip(runs, blocks, strict=True):
            by_number = {_parts(e.number): e for e in block}
            if len(by_number) != len(block) or any(_parts(w.pending.number or "") not in by_number for w in run):
                return None
            out.update({w.index: by_number[_parts(w.pending.number or "")] for w in run})
        return out

    def _repeated_numbers(self, groups: dict[str, list[_KeyEntry]], paired: dict[str, str]) -> tuple[dict[int, _KeyEntry], set[int]]:
        """The questions of a section that share their number with another of it ('1.' over every question: a Markdown
        list that numbers itself, a Word list the conversion restarted each time), never keyed by number (every one
        took entry 1: a wrong answer taught); when the section's key numbers its entries 1 … n, one per question, they
        pair in order. Returns those pairs and the questions so numbered."""
        out: dict[int, _KeyEntry] = {}
        repeated: set[int] = set()
        sections: dict[str, list[_Awaiting]] = {}
        for waiting in self.awaiting:
            sections.setdefault(waiting.section, []).append(waiting)
        for section, waiting in sections.items():
            numbers = [w.pending.number for w in waiting]
            if None in numbers or len(set(numbers)) == len(numbers):
                continue
            repeated.update(w.index for w in waiting if numbers.count(w.pending.number) > 1)
            group = groups.get(paired.get(section, "\0"), [])
            if [e.number for e in group] == [str(n) for n in range(1, len(waiting) + 1)]:
                out.update({w.index: e for w, e in zip(waiting, group, strict=True)})
        return out, repeated

    def _key_parts_agree(self, groups: dict[str, list[_KeyEntry]]) -> dict[int, _KeyEntry]:
        """For each question, the entries of its number in the key's parts: the one with the working (not a bare
        letter) when the letters they name agree; none, said, when they do not. Entries that name no letter must say
        the same: a book's answer section in chapters ('Chapter 2' / '1. 9.8 m/s²', 'Chapter 3' / '1. About 3.00 ×
        10⁸ m/s') under questions that name no chapter keys them from no chapter, said (trial32 T32-22: chapter 2's
        answers were taught for chapter 3's questions)."""
        out: dict[int, _KeyEntry] = {}
        unsure: list[str] = []
        for waiting in self.awaiting:
            found = [e for group in groups.values() for e in group if _parts(e.number) == _parts(waiting.pending.number or "")]
            letters = {letter for e in found if (letter := _entry_letter(e))}
            said = {normalize_text(e.lines[0]) for e in found if e.lines and not _entry_letter(e)}
            if not letters and len(said) > 1:
                unsure.append(waiting.pending.number or "")
                continue
            if len(letters) > 1:
                self.diag.warning(
                    self.doc.rel,
                    found[0].line,
                    f"the key's parts answer question {waiting.pending.number} differently ({', '.join(sorted(letters))}); no card",
                    "correct the key so its parts agree",
                    group="key-disagrees",
                )
                continue
            if found:
                out[waiting.index] = next((e for e in found if not e.compact), found[0])
        if unsure:
            names = ", ".join(f"'{name}'" for name in groups if name)
            self.diag.warning(
                self.doc.rel,
                self.entries[0].line,
                f"the answer key is in parts ({names}) that answer question{'s' if len(unsure) > 1 else ''} "
                f"{', '.join(unsure)} differently, and the questions are in none of them: which part answers them cannot "
                f"be told; no card for {'them' if len(unsure) > 1 else 'it'}",
                "put the questions under a heading that names their part as the key does ('Chapter 3 Review Questions' for "
                "the key's 'Chapter 3'), or keep only their part of the key",
                group="key-parts-unnamed",
            )
        return out

    def _key_in_order(self, keys: list[str]) -> dict[int, _KeyEntry]:
        """Key entries numbered once (1 … N) for questions numbered again in each part: paired in order when there
        are as many entries as questions, else none, said at the key (which entry answers which question cannot be
        told)."""
        if len(self.entries) == len(self.awaiting) and [_parts(k) for k in keys] == [(n,) for n in range(1, len(keys) + 1)]:
            return {w.index: e for w, e in zip(self.awaiting, self.entries, strict=True)}
        self.diag.warning(
            self.doc.rel,
            self.entries[0].line,
            f"the answer key numbers its {len(self.entries)} entries once, but the {len(self.awaiting)} questions waiting for it "
            "number each part from 1 again: which entry answers which question cannot be told; the key is not used",
            "give the key a heading per part named as the questions' ('## Part B' over its entries), or number the questions "
            "on through the parts",
            group="key-parts",
        )
        return {}

    def _matching(self, entries: dict[int, _KeyEntry]) -> dict[int, dict[str, object]]:
        """A matching exercise ('1. Osmosis' … '3. Active transport', then 'a. …' … 'c. …', then 'Answers: 1-b,
        2-a, 3-c'): the lettered list was read as the last term's options. When a compact key names one letter
        for each of two or more terms, all but the last without options, and the letters are that list's: each
        term is a card whose answer is the entry its letter names (trial10 P11); {} otherwise."""
        waiting = [w for w in self.awaiting if w.index in entries]
        if len(waiting) < 2 or len(waiting) != len(self.awaiting) or not all(entries[w.index].compact for w in waiting):
            return {}
        listed = waiting[-1].choices
        if listed is None or any(w.choices is not None for w in waiting[:-1]):
            return {}
        out: dict[int, dict[str, object]] = {}
        for w in waiting:
            label = listed.label_for(entries[w.index].lines[0]) if len(entries[w.index].lines[0]) == 1 else None
            if label is None:
                return {}
            text = dict(listed.options)[label]
            blocks = self.reader.render_markdown([text], entries[w.index].line, self.doc, self.diag) if self.markdown else answer_blocks(text, [])
            out[w.index] = {"kind": ItemKind.basic, "choices": [], "correct": None, "answer": blocks, "skip": ""}
        last, term = self.items[waiting[-1].index], next((q.strip() for q in waiting[-1].pending.question if q.strip()), "")
        if term and last.question != term:
            # ('4. Endocytosis' / 'Column B' over the lettered list: the term is the front, the list's title no question,
            # and the section is the other terms': trial25 T25-33)
            out[waiting[-1].index] |= {"question": squash(term), "section": self.items[waiting[0].index].section, "key": f"{last.source}/{item_slug(squash(term))}"}
        return out

    def _from_key(self, waiting: _Awaiting, entry: _KeyEntry) -> dict[str, object] | None:
        """The fields a key entry gives an item: its correct option (and explanation), or its answer."""
        lines = [_KEY_SPLIT.sub("\n\n", line) for line in entry.lines]
        if self.marks:  # '1.3 Controls what enters and leaves the cell ✓; protects the cell ✓ (2)': the marker's ticks
            lines = [squash(_TICK.sub("", _MARKS_TAIL.sub("", line))) if line.strip() else line for line in lines]
        text = _BOLD_KEY_LABEL.sub(r"\g<label> ", "\n".join(lines).strip(), count=1)  # '**B.** Un outil …' (trial11 P36)
        text = _BOLD_LETTERS.sub(r"\g<labels>", text, count=1)  # '**BCD**', '**A, C**': a "choose all" key (trial16 T16-12)
        first, cut, more = text.partition("\n")
        for mark in ("**", "__"):  # '**1. dem**': the bold opened before the number closes after the answer (trial11 P71)
            if first.count(mark) % 2:
                at = first.find(mark)
                first = (first[:at].rstrip() + " " + first[at + len(mark) :].lstrip()).strip()
        text = first + cut + more
        # (a statement that prints its two marks to circle, '… (T / F)', '… (O / X)', is judged by any key's entry)
        judged = waiting.choices is None and (entry.compact or TICK_SLOT.search(self.items[waiting.index].question) is not None)
        verdict = _VERDICT_KEY.get(first.strip().lower()) if judged else None
        why = _VERDICT_WHY.match(first) if judged and verdict is None else None
        if why is not None and why.group("verdict").lower() in _VERDICT_KEY:
            # '2. F (a satellite)' in a one-line key: the verdict, and why in brackets after it (T38-6)
            verdict, more = _VERDICT_KEY[why.group("verdict").lower()], f"({why.group('why').strip()})" + cut + more
        said = _VERDICT_SAID.match(first) if not entry.compact and waiting.choices is None else None
        if said and not self.items[waiting.index].question.rstrip(CLOSERS).endswith(QUESTION_MARKS):
            # '2. F — arteries carry blood away from the heart.' answering a statement: its verdict and why (trial11 P119)
            verdict, more = _VERDICT_KEY[said.group("verdict").lower()], said.group("rest") + cut + more
        why = _VERDICT_WHY.match(first) if verdict is None and waiting.choices is None else None
        if why is not None and (len(word := why.group("verdict").lower()) >= 4 or why.group("verdict") in ("T", "F")) and word in _VERDICT_KEY and not (
            self.items[waiting.index].question.rstrip(CLOSERS).endswith(QUESTION_MARKS)
        ):  # '2. False (two: Phobos and Deimos)' beside '1. True' in a key: as '2. F — …' (sitting 43: no 'True or false');
            # 'Answers: 1 T, 2 F (protons and neutrons)': a capital T or F with why in brackets too (sitting 45, newdocs N12)
            verdict, more = _VERDICT_KEY[word], f"({why.group('why').strip()})" + cut + more
        if verdict is not None:  # '1. F 2. T …' answering the statements above: true/false cards (learner3 N1)
            item = self.items[waiting.index]
            # ('True or False: a hash table …' asks so itself: its statement under the one label, never two)
            unslotted = TICK_SLOT.sub("", item.question).rstrip() or item.question  # ('… planet. (T / F)': the marks off)
            stated = unslotted if unslotted.startswith("True or false") else f"True or false: {_TF_LABEL.sub('', unslotted)}"
            why = [line for line in more.split("\n") if line.strip()]
            return {"question": stated, "answer": [text_block(verdict), *answer_blocks(why[0], why[1:])] if why else answer_blocks(verdict, []), "skip": ""}
        if not text or (entry.compact and waiting.choices is None and not _word_case(text)):
            return None  # '1-b' of a matching exercise's key is no answer to statement 1 of another part (M28)
        if waiting.choices is not None:
            unled = _LEAD_BOLD.sub(r"\g<text>", text, count=1)
            if has_answer_label(unled) or has_right_answer_label(unled):  # '**1. Answer: C** - (7, 3).', '**1. Jawaban: C**' (T13-17)
                text = strip_right_answer_label(strip_answer_label(unled)) if has_answer_label(unled) else strip_right_answer_label(unled)
            topic = _TOPIC_LETTER.match(text.partition("\n")[0])
            if topic is not None and not _KEY_OPTION.match(text):  # '**1. Krankmeldung (B):**': the topic, then its letter (T15-6)
                text = topic.group("label") + " " + text.partition("\n")[2].strip()
            several = _KEY_OPTIONS.match(text)
            named = [waiting.choices.label_for(w) for w in key_labels(several.group("labels"))] if several else []
            if len(named) > 1 and all(named):
                correct = ",".join(dict.fromkeys(n for n in named if n))
                rest = after_label(several.group("rest"))  # type: ignore[union-attr]
                return self._choice_fields(waiting.choices, entry.line, correct, rest.split("\n"))
            m = _KEY_OPTION.match(text)
            label = waiting.choices.label_for(m.group("label")) if m else None
            if label is None:  # '1. 443' under 'B) 443': the key gives the right option's text (trial23 T23-47)
                said_text = _option_named(waiting.choices.options, text.partition("\n")[0])
                if said_text is not None:
                    return self._choice_fields(waiting.choices, entry.line, said_text, text.partition("\n")[2].split("\n"))
                prose = prose_key([text.partition("\n")[0]], len(waiting.choices.options))
                if prose is not None:  # 'Choice B is correct. Subtracting 5 …' (College Board's explanations, T31-46): all of it why
                    return self._choice_fields(waiting.choices, entry.line, prose, text.split("\n"))
                return None
            said = dict(waiting.choices.options)[label]
            rest = m.group("rest").strip()  # type: ignore[union-attr]
            restated = _restates(rest, said)
            other = self._other_option(waiting, label, rest) if not restated else None
            if other is not None:  # '1. c) George Washington' for a question whose c) is 'Mesopotamians' (trial11 P60)
                item = self.items[waiting.index]
                self.diag.warning(
                    self.doc.rel,
                    entry.line,
                    f"key entry {entry.number} names {m.group('label')}) {other[1]}, but option {m.group('label')} of the question at "  # type: ignore[union-attr]
                    f"line {item.locator.line} is {said!r} ({other[1]!r} is {other[0]}): the key's numbers may be off; no card",
                    "check that each key entry's number is its question's, then correct the key or the question",
                    group="key-mismatch",
                )
                return {"skip": "key entry names another option"}
            rest = after_label(rest[len(said) :]) if restated else said_right_off(_JOINER.sub("", rest))  # ('C - (7, 3).')
            rest = _EXPLANATION_LEAD.sub("", rest, count=1)  # ('**Explanation:** …' under '**Answer:** D) Tuple': G4)
            return self._choice_fields(waiting.choices, entry.line, label, rest.split("\n"))
        labelled = _LEAD_BOLD.sub(r"\g<text>", text, count=1)  # '1. **Jawaban:** HCl membunuh …' (trial12 U18)
        if has_answer_label(labelled):
            text = strip_answer_label(labelled)
        if self.markdown:
            blocks = self.reader.render_markdown(text.split("\n"), entry.line, self.doc, self.diag)
        elif any(_KEY_SPLIT.search(line) for line in entry.lines):  # 'answer || Extra information: …': a paragraph each (T26-39)
            blocks = [block for part in text.split("\n\n") for block in answer_blocks("", unwrap(part.split("\n")))]
        else:
            blocks = answer_blocks("", unwrap(text.split("\n")))
        return {"answer": blocks, "skip": ""} if blocks else None

    def _other_option(self, waiting: _Awaiting, label: str, rest: str) -> tuple[str, str] | None:
        """``(where, text)`` when a key entry's text after its letter is not that option's but another option's, of
        this question or of another one ('1. c) George Washington' for a question whose c) is 'Mesopotamians',
        George Washington being question 2's option c): the key answers a different question (its numbers off)."""
        head = _KEY_HEAD_END.split(_JOINER.sub("", rest.strip()), maxsplit=1)[0]
        want = _option_text(head)
        if not want or waiting.choices is None or want == _option_text(dict(waiting.choices.options)[label]):
            return None  # ('C - (7, 3).' for option C '$(7, 3)$': the same text, its maths marks aside)
        for other in self.awaiting:
            if other.choices is None:
                continue
            for k, text in other.choices.options:
                if _option_text(text) == want and not (other is waiting and k == label):
                    item = self.items[other.index]
                    return (f"option {k}" if other is waiting else f"option {k} of the question at line {item.locator.line}"), text
        return None

    def _label(self, question: str) -> tuple[str, str | None]:
        """The difficulty label in a question: the ``level`` pattern near its ends, or a marker."""
        if self.level is None:
            marked = split_marker(question, self.source.difficulty, words=self.level_words)
            return marked.text, marked.marker
        tail_at = max(0, len(question) - LEVEL_WINDOW)
        m = self.level.search(question, tail_at) or self.level.search(question[:LEVEL_WINDOW])
        if m is None:
            return question, None
        return squash(question[: m.start()] + " " + question[m.end() :]), m.group("level")

    def _answer(self, p: _Pending) -> list[Block]:
        head, lines = p.head, list(p.answer)
        if self.answer is None:  # the answer's own "A:" / "Answer:" label is not answer text
            if head:
                head = _JOINER.sub("", strip_answer_label(head))  # 'What is TCP? - A reliable …' (trial9 T26)
            elif lines:
                indent = lines[0][: len(lines[0]) - len(lines[0].lstrip())]
                first = strip_right_answer_label(lines[0].strip())  # 'Correct Answer: …' (a dump's empty 'Correct Answer:')
                lines[0] = indent + _LINE_JOINER.sub("", strip_answer_label(first), count=1)
                if not any(_REPLY_DASH.match(x) for x in lines[1:]):  # (a list of '— …' lines keeps its dashes)
                    lines[0] = _REPLY_DASH.sub(indent, lines[0], count=1)
                more = 1
                while more < len(lines) and has_answer_label(lines[more].strip()) and not option_line(lines[more].strip()):
                    more += 1
                if more > 1:  # 'Answer: 0.5' / 'Answer: 1/2' / 'Answer: 50%': the first, and the others also accepted (P13)
                    also = ", ".join(strip_answer_label(x.strip()) for x in lines[1:more])
                    lines[1:more] = ["", f"Also accepted: {also}"]
        if self.markdown:
            blocks = self.reader.render_markdown([head], p.line, self.doc, self.diag) if head else []
            if lines:
                blocks += self.reader.render_markdown(lines, p.answer_line, self.doc, self.diag)
            return drop_answer_label(blocks)
        if self.layout.format == "code" and any(line.strip() for line in lines):
            # (a cheat sheet's command lines: one code block, a line each, never joined into one line: trial28 T28-41)
            code = outdent(lines).strip("\n")
            return [*(answer_blocks(head, []) if head else []), Block(kind=BlockKind.code, text=code, lang="")]
        blocks: list[Block] = []
        for code, part in indented_code(lines):
            if code:
                if head:  # 'A: Run the venv module:' over its indented commands: the label line's text first (trial21 T21-27)
                    blocks += answer_blocks(*_broken(head, []))
                    head = ""
                blocks.append(Block(kind=BlockKind.code, text=outdent(part).rstrip("\n"), lang=""))
            else:
                blocks += answer_blocks(*_broken(head, part))
                head = ""
        return blocks + (answer_blocks(head, []) if head else [])


def _open_toggle_dropped(answer: list[str]) -> list[str]:
    """``answer`` without the tags of a toggle it opens at its end and never closes (``<details>`` / ``<summary>Click here
    to view answers</summary>`` over the page's answer key): what the toggle holds is not this answer's (G4)."""
    if sum(line.count("<details") for line in answer) <= sum(line.count("</details") for line in answer):
        return answer
    end = len(answer)
    while end and (not answer[end - 1].strip() or _TOGGLE_TAG.match(answer[end - 1]) or _RULE.match(answer[end - 1])):
        end -= 1
    return answer[:end] if any(_TOGGLE_TAG.match(line) for line in answer[end:]) else answer


_TOPIC_LEVEL = re.compile(r"\s*[(\[]\s*([^()\[\]\n]{1,24}?)\s*[)\]]\s*$")  # '(Easy)', '[Medium-Hard]' after a topic
TOPIC_WORDS = 8  # words at most in a topic title on a question's label line ('Question 1: Immutable Data Types')


def _topic_only(title: str, answer: list[str]) -> bool:
    """A numbered item line's text names a topic ('Immutable Data Types', its level already taken off) and the question
    is written below it: the title asks nothing (no '?', no sentence's end, no question word) and the first paragraph
    under it, past its details lines, asks (a '?', a ':' or a blank to fill) or is followed by options (G4)."""
    text = title.strip()
    if not text or any(m in text for m in QUESTION_MARKS) or text[-1] in ".!。:：;" or len(text.split()) > TOPIC_WORDS:
        return False
    if _OPEN_BLANK.search(text) or re.search(r"_{3,}", text):
        return False  # '下面代码的输出结果是（  ）': a blank to fill asks (trial18 T18-36: the stem was taken for a topic)
    if complete_question(text) != text:
        return False  # 'What is a tuple': a question that lost its '?'
    lines = [line.strip() for line in answer]
    k = 0
    while k < len(lines) and (not lines[k] or ((d := _DETAIL.match(lines[k])) is not None and " ".join(d.group("label").lower().split()) in _DETAIL_LABELS)):
        k += 1
    if k == 0 and lines and lines[0][:1].islower():
        return False  # ('6. A cell placed in a hypertonic solution will' / 'most likely' / options: one sentence the page
        # wrapped, never a topic over its question; trial25 T25-11, the front was 'most likely')
    end = k
    while end < len(lines) and lines[end] and not option_line(lines[end]):
        end += 1
    paragraph = " ".join(lines[k:end])
    if not paragraph or option_line(paragraph) or has_answer_label(paragraph) or is_answer_line(paragraph):
        return False
    if paragraph.rstrip(CLOSERS).endswith((*QUESTION_MARKS, ":", "：")) or re.search(r"_{3,}", paragraph) or ASKS_SEVERAL.search(paragraph):
        return True
    rest = [x for x in answer[end:] if x.strip()]
    return bool(rest) and find_choices(answer[end:]) is not None


def _unticked_boxes(answer: list[str]) -> int:
    """How many boxes the answer is, when it is a run of boxes to tick and nothing else (0 otherwise)."""
    said = [line for line in answer if line.strip() and not _RULE.match(line)]
    return len(said) if len(said) >= BOX_RUN_MIN and all(UNTICKED_BOX.match(line) for line in said) else 0


def _code_then_asked(question: str, answer: list[str]) -> bool:
    """An item line that asks nothing over a code block and then a paragraph that asks, with more under it (the answer):
    ``Consider the following code:`` / code / ``What will be the shape of "c"?`` / ``b is copied …`` (K1). A lead-in
    that ends with ':' needs no code: its givens, then the paragraph that asks (``… over the first three days are the
    same:`` / ``Jan 1st: θ_1 = 10`` / ``… What are these values?`` / the answer: T19-25)."""
    if question.rstrip(CLOSERS).endswith(QUESTION_MARKS) or not any(line.strip() for line in answer):
        return False
    if _ASKED_THEN_TASK.search(question):
        return False  # 'How to check if an object is an array? Provide some code.': it asks, then sets a task (T28-44)
    lines = [line.strip() for line in answer]
    k, coded = 0, question.rstrip().endswith((":", "："))
    while k < len(lines):
        line = lines[k]
        fence = _FENCE.match(line)
        if fence is not None:
            k += 1
            while k < len(lines) and not lines[k].startswith(fence.group(1)):
                k += 1
            coded, k = True, k + 1
            continue
        if line and (option_line(line) or is_answer_line(line) or has_answer_label(line) or _label_line(line)):
            return False
        asks = line.rstrip(CLOSERS).endswith(QUESTION_MARKS) or ("?" in line and bool(ASKS_SEVERAL.search(line)))
        # (a list entry is no paragraph that asks: '* Why avoid the global scope?' under a task's code is one of other
        # questions, and the task's line was its front twice, the code and list under it: trial22 T22-8)
        asks = asks and not (BULLET.match(line) or _SUB_NUMBER.match(line))
        if line and coded and asks and (k + 1 == len(lines) or not lines[k + 1]):  # ('… seem the most promising? (Check two options.)')
            return any(x for x in lines[k + 1 :])  # (the paragraph that asks ends on its line; the answer follows)
        k += 1
    return False


_ASKED_THEN_TASK = re.compile(r"[?？؟]\s+\S")  # a sentence that asks, then more: '… an array? Provide some code.'
_KEY_BLANK = re.compile(r"_{3,}|\.{5,}|…{2,}")  # a blank left to write in: what a question has and a key entry never
_OPEN_BLANK = re.compile(r"[(（][ \t\u3000]*[)）]")  # an empty bracket, the blank a Chinese stem leaves for the key
_OPTION_LABEL = re.compile(r"(?:^|\s)\(?[A-Ha-h]\)\s|(?:^|\s)[A-H]\.\s")


def _joined_option_runs(answer: list[str]) -> list[str]:
    """In plain text, a line of options run together ('A) The ability to move … B) … C) Cellular') joined with the
    lines it wraps onto ('organization D) Sexual reproduction'; a PDF's copy, learner4 N72), so no option is cut
    short nor lost: the lines joined are left blank, so lines keep their numbers."""
    out = list(answer)
    k = 0
    while k < len(out):
        line = out[k]
        if option_line(line.strip()) and len(_OPTION_LABEL.findall(line)) >= 2:
            j = k + 1
            # (never the key under them, 'Answer: (b) New Delhi': its label names the option, T28-25)
            while j < len(out) and out[j].strip() and not option_line(out[j].strip()) and not has_answer_label(out[j].strip()) and (_OPTION_LABEL.search(out[j]) or out[j].strip()[:1].islower()):
                out[k] = out[k].rstrip() + " " + out[j].strip()
                out[j] = ""
                j += 1
            k = j
        else:
            k += 1
    return out


_IAL_LINE = re.compile(r"^\s*\{:[^{}\n]*\}\s*$")  # kramdown's '{: .no_toc }' under a heading: no text
_IAL_TAIL = re.compile(r"\s*\{:[^{}\n]*\}\s*$")


def _label_line(line: str) -> bool:
    """An answer's label line ('**Answer**: Lower.', 'Answer:')."""
    return has_answer_label(unbold_label(line.strip()))


def _labelled_parts(answer: list[str]) -> list[tuple[int, int, int]] | None:
    """``(heading, label line, end)`` per part when an item's lines go on to two or more headings, each over a
    question of its own and its answer label ('### Part A' / '{: .no_toc }' / the part's question / '**Answer**:
    Lower.'); None otherwise."""
    heads = [k for k, line in enumerate(answer) if _ATX_LINE.match(line)]
    if len(heads) < 2:
        return None
    parts: list[tuple[int, int, int]] = []
    for h, end in itertools.pairwise([*heads, len(answer)]):
        label = next((j for j in range(h + 1, end) if _label_line(answer[j])), None)
        if label is None or not any(x.strip() and not _IAL_LINE.match(x) for x in answer[h + 1 : label]):
            return None
        parts.append((h, label, end))
    return parts


def shared_options(lines: list[str], item: re.Pattern[str] | None = None) -> tuple[int, int] | None:
    """``(first line of the options, first item's line)``, 0-based, when a run of lettered options comes before the
    first numbered item and is the only one: options set once for all the questions ('Directions: … Choose the
    correct option:' / '(a) Both A and R are true …' … '(d) …', then '1. Assertion (A): …' / 'Reason (R): …' /
    'Answer: (a)': trial12 U102); None otherwise."""
    item = item or re.compile(PRESETS["numbered"].item or "")
    first = next((k for k, line in enumerate(lines) if item.match(line)), None)
    if first is None:
        return None
    start = next((k for k in range(first) if option_line(lines[k].strip()) and find_choices(lines[k:first]) is not None), None)
    if start is None or any(option_line(line.strip()) for line in lines[first:]):
        return None
    return start, first


# 'I. Oxygen functions as …', 'ii) …'; Korean and Japanese exams letter them 'ㄱ. …' 'ㄴ. …', 'ア．…' 'イ．…' (T33-25)
_STATEMENT = re.compile(r"^\s*(?:(?:[IVX]{1,5}|[ivx]{1,5})[.),]\s+|[ㄱ-ㅎア-ン][.)．）]\s*|[(（][ㄱ-ㅎア-ン][)）]\s*)\S")
# the box the statements stand in, titled on a line of its own: '<보기>', '< 보 기 >', '〔資料〕', '[보기]' (T33-25)
_BOX_TITLE = re.compile(r"^\s*[<〈《〔【\[]\s?[^\s<>〈〉《》〔〕【】\[\]]{1,4}(?: [^\s<>〈〉《》〔〕【】\[\]]{1,4}){0,2}\s?[>〉》〕】\]]\s*$")


def _statements_then_options(answer: list[str]) -> tuple[int, Choices] | None:
    """``(index of the first option line, the options)`` when an item's lines under it are statements numbered in
    roman numerals ('I. Oxygen …' … 'IV. …', or one paragraph of them: 'I. ADP II. NADH …') and then options, the
    right one marked ('1. IV, II, III, I' … '2. **II, III, I, IV**') or keyed by an answer key ('A. I only' …, 'Answers:
    1. B'): the statements are what the options order or choose among, on the front with the question (learner5 L58:
    they were the back; trial26: keyed by a key, a Basic card taught statements and options)."""
    k = 0
    while k < len(answer) and (not answer[k].strip() or _STATEMENT.match(answer[k]) or _PICTURE_LINE.match(answer[k]) or _BOX_TITLE.match(answer[k])):
        k += 1
    if k == 0 or k == len(answer) or not any(_STATEMENT.match(x) for x in answer[:k]):
        return _numbered_statements(answer)
    found = find_choices(answer[k:])
    # (none marked: an answer key may mark one, else said and set aside, never a Basic card teaching statements and options)
    return (k, found) if found is not None and (found.correct is not None or len(found.options) >= 2) else None


_NUMBERED_STATEMENT = re.compile(r"^\s*(?:(?P<n>\d{1,2})[.)]|\((?P<l>[a-h])\))\s+\S")  # '1. Mitochondria …', '(a) …'


def _numbered_statements(answer: list[str]) -> tuple[int, Choices] | None:
    """``(index of the first option line, the options)`` when an item's lines under it are statements numbered from 1
    ('Consider the following statements:' / '1. Mitochondria make ATP.' / '2. …'), then the line that asks ('Which of
    the statements given above is/are correct?') and options ('A. 1 only' …), marked or keyed by an answer key: the
    statements and that line are the question's, on the front (trial32 T32-52: a Basic card whose back held the
    statements, the question and the options, the key's entry unused)."""
    k = 0
    while k < len(answer) and not answer[k].strip():
        k += 1
    count = 0
    while k < len(answer) and (m := _NUMBERED_STATEMENT.match(answer[k])) and (int(m.group("n") or 0) or "abcdefgh".index(m.group("l") or "a") + 1) == count + 1:
        count, k = count + 1, k + 1
    if count < 2 or k == len(answer) or not answer[k].strip().rstrip(CLOSERS).endswith(QUESTION_MARKS) or option_line(answer[k].strip()):
        return None
    j = next((j for j in range(k + 1, len(answer)) if answer[j].strip()), len(answer))
    found = find_choices(answer[j:]) if j < len(answer) and option_line(answer[j].strip()) else None
    return (j, found) if found is not None and len(found.options) >= 2 else None


def _asked_then_options(answer: list[str]) -> tuple[int, Choices] | None:
    """``(index of the first option line, the options)`` when an item's text goes on under its line to a paragraph
    that asks ('9. Consider the table below.' / the table / 'Which enzymes would cut it?') and options with the right
    one marked follow that paragraph (learner5 L57: the question and the options were the back): all but the options
    belong on the front."""
    for k, line in enumerate(answer):
        if not line.strip().rstrip(CLOSERS).endswith(QUESTION_MARKS) or option_line(line.strip()):
            continue
        j = next((j for j in range(k + 1, len(answer)) if answer[j].strip()), len(answer))
        found = find_choices(answer[j:]) if j < len(answer) else None
        if found is not None and found.correct is not None:
            return j, found
        if found is None and j < len(answer) and (unkeyed := _unkeyed_list(answer[j:])) is not None:
            return j + unkeyed[0], unkeyed[1]  # (none marked: said and set aside unless a key marks one, never a Basic card)
    return None


def _unkeyed_options(question: str, answer: list[str]) -> tuple[int, Choices] | None:
    """``(index of the first option line, the options)`` of a question that asks to pick among entries ('Which of the
    following …?') whose answer ends with a numbered list ('1. I only' … '5. I and II'), none marked (learner4 N6: the
    list was the back of a basic card, a learner took it for the answer): options without a key, so the item is said
    and skipped as 'no correct option' unless an answer key keys it. What stands before the list is on the front."""
    return _unkeyed_list(answer) if _WHICH_OF.search(question) else None


def _code_then_options(answer: list[str]) -> tuple[int, Choices] | None:
    """``(index of the first option line, the options)`` of an answer that is a fenced code block (what the question
    asks about: 'What will be the output of this code?') and then lettered options that end it, none marked: options
    without a key, so an answer key keys them, or the item is said and skipped, never a card whose back is the code
    and the option list (G4)."""
    k = 0
    while k < len(answer) and not answer[k].strip():
        k += 1
    fence = _FENCE.match(answer[k]) if k < len(answer) else None
    if fence is None:
        return None
    mark = fence.group(1)
    end = next((j for j in range(k + 1, len(answer)) if answer[j].strip().startswith(mark[0] * len(mark)) and not answer[j].strip().strip(mark[0])), None)
    if end is None:
        return None
    start = end + 1
    while start < len(answer) and not answer[start].strip():
        start += 1
    if start >= len(answer) or not option_line(answer[start].strip()):
        return None
    last = len(answer)
    while last > start and (not answer[last - 1].strip() or _RULE.match(answer[last - 1])):
        last -= 1
    found = find_choices(answer[start:last])
    if found is None or found.correct is not None or any(x.strip() for x in found.explanation):
        return None
    return start, found


def _unkeyed_list(answer: list[str]) -> tuple[int, Choices] | None:
    """``(index of the first option line, the options)`` of an answer that ends with a numbered list of options none
    of which is marked (:func:`_unkeyed_options`), or None."""
    end = len(answer)
    while end and not answer[end - 1].strip():
        end -= 1
    start = end
    while start and _SUB_NUMBER.match(answer[start - 1]):
        start -= 1
    found = [m for x in answer[start:end] if (m := _SUB_NUMBER.match(x))]
    if not 2 <= len(found) <= len(LETTERS) or [int(m.group("n")) for m in found] != list(range(1, len(found) + 1)):
        return None
    lettered = [f"{m.group('indent')}{LETTERS[k]}) {m.group('text')}" for k, m in enumerate(found)]
    choices = find_choices(lettered)
    if choices is None or choices.correct is not None:
        return None
    choices.source_labels = {m.group("n"): LETTERS[k] for k, m in enumerate(found)}  # a key names them '2', as written
    return start, choices


def _exhibit(question: str, answer: list[str], glued: bool = False) -> int:
    """How many of the answer's first lines are the table, picture or code the question points at ('The table below
    gives …'): the first block, when more of the answer follows it; 0 otherwise. ``glued``: the block starts right
    under the question's line, no blank line between, so a question ending in ':' ('Resuelva el siguiente sistema
    …:' over its equations, then the expected solution) points at it too (trial15 T15-62)."""
    if not answer or not (_POINTS_BELOW.search(question) or (glued and question.rstrip("*_ ").endswith((":", "：")))):
        return 0
    first = answer[0].strip()
    if first.startswith("|"):
        end = next((k for k, x in enumerate(answer) if not x.strip().startswith("|")), len(answer))
    elif first.startswith("!["):
        end = 1
    elif first.startswith(("```", "~~~")):
        end = next((k + 1 for k in range(1, len(answer)) if answer[k].strip().startswith(first[:3])), 0)
        said = next((x.strip() for x in answer[1 : max(end - 1, 1)] if x.strip()), "")
        if _ANSWER_COMMENT.match(said):
            return 0  # '# ANSWER' opening the code: the worked answer, never what the question points at (trial12 U51)
    else:
        return 0
    return end if end and any(x.strip() for x in answer[end:]) else 0


# a code block's first line that labels it the answer: '# ANSWER', '// Solution', '-- answer:', '<!-- Answer -->'
_ANSWER_COMMENT = re.compile(r"(?i)^(?:#+|//+|--|/\*+|<!--|%|;+)\s*(?:answer|solution|lösung|respuesta|réponse|solución)\b")
_TERM_DEFINITION = re.compile(r"^(?P<term>[^:：?？]{1,40}?)\s*(?::\s|：)\s*(?P<definition>\S.*)$")


def _term_definition(question: str) -> tuple[str, str] | None:
    """``(term, definition)`` of an unanswered numbered item written 'Term: definition' (a short term, no
    question mark before the colon, at most six words), else None."""
    m = _TERM_DEFINITION.match(question.strip())
    if m is None or len(m.group("term").split()) > 6 or question.rstrip().endswith(("?", "？")) or _TF_LABEL.match(question):
        return None  # ('True or False: a hash table …' asks whether its statement holds: no term, no definition)
    if prompt_term(without_noun_ask(m.group("term"))):
        return None  # ('21. Balance the following chemical equation: Fe + H₂O → …' asks; its equation is no answer: U23)
    if len(m.group("definition")) < 8 or (m.group("definition").isascii() and len(m.group("definition").split()) < 3):
        return None  # ('1. Explain the following: TCP' is a prompt, not a term and its definition)
    return m.group("term").strip().strip("*_"), m.group("definition").strip()


def _title_like(line: str) -> bool:
    """A line that names a section rather than says something: a Markdown heading, or a few words with no sentence
    punctuation at the end ('Regularization – Interview Cheat Sheet', '**Appendix**')."""
    text = line.strip().strip("*_#= ").strip()
    if re.match(r"^\s{0,3}#{1,6}\s", line):
        return True
    text = text.rstrip(":： ")  # ('Parte B:' names the part below it)
    return bool(text) and len(text.split()) <= TITLE_WORDS and not text.endswith((".", "!", "?", ";", ",", "。", "？", "！")) and ":" not in text


