"""True/false cards in the language of their statement (trial16 T16-48).

The readers ask a true/false statement as ``True or false: …`` (or ``… True or false?``) with the back ``True`` or
``False``: on a Chinese worksheet (判断题) that is an English prompt over a Chinese statement.  :func:`in_own_language`
writes the prompt and the verdict in the statement's language (``判断：TCP 是面向连接的协议。`` / ``对``), as far as
:func:`compiler.sources.prompts.language` tells it; an English statement, or one too short to tell, stays as it is.

It also reads the worksheet shape whose statement ends with an empty blank to mark (``TCP 是面向连接的协议。（ ）``)
over an answer line of a mark alone (``答案：√``): the reader gave a Basic card, the blank on its front and ``√`` on
its back.  That is a true/false card too: the blank left out, the mark its verdict.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from html import unescape

from compiler.model import Block, BlockKind, Item, ItemKind, Locator, item_slug, normalize_text
from compiler.sources.lines import JUDGE_MARK, JUDGE_WORDS, QUESTION_MARKS, judge_marked
from compiler.sources.prompts import language
from compiler.sources.verdict_letters import PAIRS

# (prompt before the statement, true, false) in each language prompts.language names
VERDICT_WORDS: dict[str, tuple[str, str, str]] = {
    "en": ("True or false:", "True", "False"),
    "de": ("Richtig oder falsch:", "Richtig", "Falsch"),
    "fr": ("Vrai ou faux :", "Vrai", "Faux"),
    "es": ("Verdadero o falso:", "Verdadero", "Falso"),
    "it": ("Vero o falso:", "Vero", "Falso"),
    "pt": ("Verdadeiro ou falso:", "Verdadeiro", "Falso"),
    "nl": ("Waar of niet waar:", "Waar", "Niet waar"),
    "pl": ("Prawda czy fałsz:", "Prawda", "Fałsz"),
    "cs": ("Pravda, nebo nepravda:", "Pravda", "Nepravda"),
    "sv": ("Sant eller falskt:", "Sant", "Falskt"),
    "tr": ("Doğru mu, yanlış mı:", "Doğru", "Yanlış"),
    "ru": ("Верно или неверно:", "Верно", "Неверно"),
    "uk": ("Правда чи неправда:", "Правда", "Неправда"),
    "el": ("Σωστό ή λάθος:", "Σωστό", "Λάθος"),
    "ar": ("صواب أم خطأ:", "صواب", "خطأ"),
    "he": ("נכון או לא נכון:", "נכון", "לא נכון"),
    "hi": ("सही या गलत:", "सही", "गलत"),
    "ja": ("正誤：", "正", "誤"),
    "zh": ("判断：", "对", "错"),
    "ko": ("참 또는 거짓:", "참", "거짓"),
    "vi": ("Đúng hay sai:", "Đúng", "Sai"),
    "id": ("Benar atau salah:", "Benar", "Salah"),
}
def judged(item: Item) -> bool:
    """A true/false card as deckc words it: its statement after a prompt of :data:`VERDICT_WORDS`, a verdict of the same
    language first on its back. Two of one document say nothing alike by their verdicts (T39-9)."""
    if item.kind is not ItemKind.basic or not item.answer:
        return False
    said = item.answer[0].plain().strip()
    return any(item.question.startswith(prompt) and said in (yes, no) for prompt, yes, no in VERDICT_WORDS.values())


_ASKED_BEFORE = re.compile(r"^True or false:\s*(?P<s>\S.*)$", re.S)
_ASKED_AFTER = re.compile(r"^(?P<s>\S.*?)\s*True or false\?$", re.S)
# an empty blank to mark at the statement's end: '（ ）', '( )', '（　）', '【 】', '[ ]'
_BLANK = re.compile(r"^(?P<s>\S.*?)\s*(?:[(（]|【|\[)[ \t\u3000]*(?:[)）]|】|\])\s*$", re.S)
# a verdict written as a mark or a word alone (the answer line's text)
_MARKS = {
    "√": True, "✓": True, "✔": True, "对": True, "對": True, "正确": True, "正確": True, "是": True, "○": True, "〇": True,
    "×": False, "✗": False, "✘": False, "错": False, "錯": False, "错误": False, "錯誤": False, "否": False,
    "true": True, "false": False, "t": True, "f": False,
}  # fmt: skip
# a verdict's mark alone, a short reason in brackets after it or not: '○', '×（太陽は恒星）', '✓', '✗ (it is a star)'
_SYMBOL_VERDICT = re.compile(r"^\s*(?P<m>[√✓✔○〇×✗✘])\s*(?:[(（](?P<why>[^()（）\n]{1,80})[)）])?\s*[。.]?\s*$")
_PARAGRAPH = re.compile(r"^<p>([^<>]*)</p>$")
STATEMENT_MIN = 2
NON_LATIN_MIN = 2  # letters of another script that make a statement not Latin-script  # characters of a statement: a lone letter over its blank is no statement


def _script(text: str) -> str:
    """'other' when the text holds letters of a non-Latin script (two or more: 'DNS 只使用 TCP。' is Chinese with
    its acronyms), else 'latin'."""
    other = sum(1 for c in text if c.isalpha() and not c.isascii() and "LATIN" not in unicodedata.name(c, ""))
    return "other" if other >= NON_LATIN_MIN else "latin"


def _lone_text(item: Item) -> str | None:
    """The answer's text when it is one plain paragraph (the Markdown reader's ``<p>√</p>`` too) or a verdict's mark alone,
    else None."""
    if len(item.answer) != 1:
        return None
    block = item.answer[0]
    if block.kind is BlockKind.html:
        para = _PARAGRAPH.match(block.text.strip())
        return unescape(para.group(1)).strip() if para else None
    if block.kind is BlockKind.formula and block.text.strip().lower() in _MARKS:
        return block.text.strip()  # ('√' alone reads as maths: a verdict all the same, as '×' is; T31-42)
    return block.text.strip() if block.kind is BlockKind.text else None


# a verdict with its correction after it, as a worksheet's bracket holds one ('(False — Mercury is.)', '（×，应为…）'
# read by lines.bracketed_answer): the verdict, then the correction under it
_VERDICT_WHY = re.compile(r"^(?P<v>True|False)(?:[ \t]*(?:—|:|;|,)[ \t]*|[，：；])(?P<why>\S.*)$", re.S)


def in_own_language(items: list[Item], page: str) -> list[Item]:
    """``items`` with each true/false prompt and verdict in the page's language (an item that is none, or a page
    in English or too short to tell, as it is).  The page tells the language, not one short statement ('Only a div
    can be used as a flexbox container.' scores as Portuguese alone); a statement in another script than the
    page's (an English one on a Chinese page) keeps English."""

    @functools.cache
    def page_language() -> str:  # told only for a page with a true/false item: reading the page costs (issue 13)
        lang = language(page)
        if lang not in VERDICT_WORDS or (_script(VERDICT_WORDS[lang][0]) == "latin" and _english(page)):
            lang = "en"  # (a short English page can score as another Latin-script language: 'a … as a …' is Portuguese)
        return lang

    return [_localized(i, page_language) for i in items]


# English words no other Latin-script language writes often ('a', 'as', 'in' are French, Portuguese, Italian too)
_ENGLISH = frozenset(
    [
        "the",
        "and",
        "to",
        "what",
        "that",
        "it",
        "for",
        "with",
        "are",
        "this",
        "which",
        "was",
        "be",
        "can",
        "an",
        "not",
        "or",
        "true",
        "false",
        "does",
        "only",
    ]
)
ENGLISH_SHARE = 0.05  # of a page's words: English words that many make it English whatever else it scores


def _english(page: str) -> bool:
    words = re.findall(r"[^\W\d_]+", page.lower())
    hits = sum(1 for w in words if w in _ENGLISH)
    return hits >= NON_LATIN_MIN and hits >= ENGLISH_SHARE * len(words)


# the words of a true/false card in a language deckc has no words for, its statement in another script than English
# (Thai, Bengali, …): no English prompt on it, the verdict a tick or a cross (trial28 T28-60)
NEUTRAL = ("", "✓", "✗")


def _words(lang: str, statement: str) -> tuple[str, str, str]:
    """The prompt, true and false words for a statement on a page in ``lang`` (:data:`NEUTRAL` when deckc knows no
    words of the statement's language)."""
    if lang != "en" and _script(statement) != _script(VERDICT_WORDS[lang][0]):
        lang = "en"  # (an English statement on a Chinese page)
    if lang == "en" and _script(statement) == "other":
        return NEUTRAL
    return VERDICT_WORDS[lang]


def _asked(prompt: str, statement: str) -> str:
    """The front: the statement after its prompt, or marked to judge when there is no prompt in its language."""
    if not prompt:
        return f"{statement} (✓/✗)"
    return f"{prompt}{'' if prompt.endswith('：') else ' '}{statement}"


def _localized_choices(item: Item, page_language: Callable[[], str]) -> Item:
    """A multiple-choice true/false item (options ``True`` / ``False``, as GIFT, Moodle and H5P give one) in the page's
    language: its prompt and its options (trial28 T28-60: ``… True or false?`` and ``A) True`` on an Arabic card)."""
    texts = [c.text for c in item.choices]
    if sorted(texts) != ["False", "True"] or item.skip:
        return item
    asked = _ASKED_BEFORE.match(item.question) or _ASKED_AFTER.match(item.question)
    statement = asked.group("s").strip() if asked else item.question
    lang = page_language()
    prompt, right, wrong = _words(lang, statement)
    if (prompt, right, wrong) == VERDICT_WORDS["en"]:
        return item
    choices = [c.model_copy(update={"text": right if c.text == "True" else wrong, "html": ""}) for c in item.choices]
    question = _asked(prompt, statement) if asked else item.question
    return item.model_copy(update={"question": question, "choices": choices})


# the place a worksheet leaves to mark a statement true or false: a blank before it ('10. _____ Animal cells …', '( )',
# '[ ]') or after it, or the two marks to circle after it ('… Deutschland.   R / F', '… True / False', 'V  F')
_LEAD_SLOT = re.compile(r"^(?:_{3,}|[(（\[][ \t\u3000]*[)）\]])[ \t\u3000]*(?=\S)")
_TAIL_SLOT = re.compile(r"(?<=\S)[ \t\u3000]*+(?:_{3,}+|[(（\[][ \t\u3000]*+[)）\]])$")
_TICK_PAIR = re.compile(r"(?<=\S)[ \t]++\(?(?P<t>[^\W\d_]{1,10})\)?(?:[ \t]*+/[ \t]*+|[ \t]{2,}+)\(?(?P<f>[^\W\d_]{1,10})\)?[ \t]*$")
_TAIL_REACH = 40  # characters at a statement's end where its slot may stand (the patterns read no further)
# (true, false) marks a worksheet prints for the learner to circle: T/F, V/F, the letters of verdict_letters.PAIRS, the
# words of each language
_TICKS = frozenset(
    {("t", "f"), ("v", "f"), ("r", "f"), ("w", "f"), ("p", "f"), ("d", "y"), ("b", "s"), ("đ", "s"), ("j", "o"), ("c", "e"),
     ("в", "н"), ("п", "н"), ("s", "f"), ("p", "n"), ("i", "h"), ("a", "f"), ("y", "n")}
    | {(right.casefold(), wrong.casefold()) for _, right, wrong in VERDICT_WORDS.values() if " " not in wrong}
    | {(right.casefold(), wrong.casefold()) for right, wrong in PAIRS}  # ('… 창제하였다. (O / X)': T38-6)
)  # fmt: skip


def _without_slots(statement: str) -> str:
    """A statement without the place its worksheet leaves to mark it (T32-3: 'True or false: _____ Animal cells …',
    '… Deutschland. R / F' on the fronts); the statement itself when that would leave nothing."""
    out = _LEAD_SLOT.sub("", statement).rstrip()
    out = out.rstrip("_").rstrip(" \t\u3000") if out.endswith("___") else out
    cut = max(0, len(out) - _TAIL_REACH)
    tail = _TAIL_SLOT.search(out[cut:])
    out = out[: cut + tail.start()] if tail is not None else out
    pair = _TICK_PAIR.search(out[max(0, len(out) - _TAIL_REACH) :])
    if pair is not None and (pair.group("t").casefold(), pair.group("f").casefold()) in _TICKS:
        out = out[: max(0, len(out) - _TAIL_REACH) + pair.start()]
    return out if len(out.strip()) >= STATEMENT_MIN else statement


def _localized(item: Item, page_language: Callable[[], str]) -> Item:
    """``item`` as a true/false item in the page's language (the item itself when it is none)."""
    if item.kind is ItemKind.multiple_choice:
        return _localized_choices(item, page_language)
    if item.kind is not ItemKind.basic or item.skip:
        return item
    said, rest = _lone_text(item), item.answer[1:]
    if said is None and rest:  # ('false' / its explanation: a bank's true/false record with the reason under its verdict)
        said = _lone_text(item.model_copy(update={"answer": item.answer[:1]}))
    if said is None:
        return item
    asked = _ASKED_BEFORE.match(item.question) or _ASKED_AFTER.match(item.question)
    if asked is not None and not rest and (why := _VERDICT_WHY.match(said)) is not None:
        said, rest = why.group("v"), [Block(kind=BlockKind.text, text=why.group("why"))]  # ('False，UDP 不保证顺序': sitting 47)
    # an English verdict on a statement in another script ('进程是 CPU 调度的基本单位。' / 'false', a bank's true/false record):
    # judged in the statement's words (T33-12); a Latin-script page's language is no sure thing (Catalan read as Spanish)
    foreign = asked is None and said.lower() in ("true", "false") and not item.question.rstrip().endswith(QUESTION_MARKS)
    foreign = foreign and _script(item.question) == "other"
    symbol = _SYMBOL_VERDICT.match(said) if asked is None and not item.question.rstrip().endswith(QUESTION_MARKS) else None
    if rest and not foreign and not (asked is not None and said in ("True", "False")) and symbol is None:
        return item  # (a verdict under 'True or false:' is one whatever explains it below: '2. X (1592년)', T38-6)
    if asked is not None and said in ("True", "False"):
        statement, verdict = asked.group("s").strip(), said == "True"
    elif (blank := _BLANK.match(item.question)) is not None and said.rstrip("。.").lower() in _MARKS:
        statement, verdict = blank.group("s").strip(), _MARKS[said.rstrip("。.").lower()]
        if len(statement) < STATEMENT_MIN:
            return item
    elif symbol is not None and len(item.question.strip()) >= STATEMENT_MIN:
        # a statement answered by a mark alone, '水は100℃で沸騰する。' / '○', '… 惑星である。' / '×（太陽は恒星）': a verdict, its
        # reason in brackets under it (a ○× quiz whose instruction defines the marks: sitting 39)
        statement, verdict = item.question.strip(), _MARKS[symbol.group("m")]
        why = (symbol.group("why") or "").strip()
        rest = [*([Block(kind=BlockKind.text, text=why)] if why else []), *rest]
    elif foreign:
        statement, verdict = item.question.strip(), said.lower() == "true"
        if len(statement) < STATEMENT_MIN:
            return item
    else:
        return item
    slotless = _without_slots(statement)
    prompt, right, wrong = _words(page_language(), slotless)
    if asked is not None and (prompt, right, wrong) == VERDICT_WORDS["en"] and slotless == statement:
        return item  # (English: as the reader wrote it)
    statement = slotless
    answer = [Block(kind=BlockKind.text, text=right if verdict else wrong), *rest]
    return item.model_copy(update={"question": _asked(prompt, statement), "answer": answer})


# --- a group of lettered statements marked true or false by one answer line (trial27 T27-43) -----------------------

_TRUE_WORDS = frozenset(
    ["t", "true", "vrai", "v", "wahr", "w", "richtig", "r", "verdadero", "verdadeiro", "verdadeira", "vero", "waar", "верно", "правда", "正确", "正確", "对", "對", "正しい", "맞음", "đúng", "doğru", "benar", "prawda", "pravda", "igaz", "σωστό", "✓", "✔", "√", "○", "o"]
)
_FALSE_WORDS = frozenset(
    ["f", "false", "faux", "falsch", "falso", "falsa", "onwaar", "неверно", "ложь", "错误", "錯誤", "错", "錯", "誤り", "틀림", "sai", "yanlış", "salah", "fałsz", "nepravda", "hamis", "λάθος", "✗", "✘", "×", "x"]
)
_STATEMENT = re.compile(r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:\((?P<p>[a-h])\)|(?P<l>[a-h])[.)])(?:\*\*|__)?\s+(?P<text>\S.*)$")
# one verdict a letter: 'a) F', '(b) T', 'c - False', 'd. ✓', 'e: richtig'
_LETTER_VERDICT = re.compile(r"(?:^|[\s,;])\(?(?P<letter>[a-h])\s*[).:=–-]?\s*(?P<word>[^\W\d_]+|[✓✔√○✗✘×])(?=[\s,;.]|$)")
_VERDICT_LINE = re.compile(r"^\s*(?:(?:\*\*|__)?[^\W\d_][^:：\n]{0,30}[:：](?:\*\*|__)?\s*)?(?P<body>\(?[a-h]\s*[).:=–-]?\s*\S.*)$")
# an instruction that asks for verdicts: no context a card needs ('Mark each statement true (T) or false (F).')
_ASKS_VERDICTS = re.compile(
    r"(?i)\btrue\b|\bfalse\b|\(t\)|\(f\)|\bt\s*/\s*f\b|richtig|falsch|vrai|faux|verdader|falso|vero\b|waar|верно|正误|判断|对错|正しい|맞|đúng|doğru|benar"
)


def verdict_groups(items: list[Item]) -> list[Item]:
    """``items`` with each group of lettered statements under one instruction, marked by one answer line of a verdict a
    letter (``1. Mark each statement true (T) or false (F).`` / ``a) All bacteria are harmful.`` … / ``Answer: a) F  b) T
    c) F``), made a true/false item per statement (trial27 T27-43: one multiple-choice card taught the false statement
    a) as the right answer, the verdicts its explanation). The instruction is on no card when it only asks for
    verdicts, else it is each statement's context."""
    out: list[Item] = []
    for item in items:
        made = _verdicts(item) if item.kind is ItemKind.multiple_choice and not item.skip else None
        out.extend(made if made else [item])
    return out


def _verdicts(item: Item) -> list[Item] | None:
    lines = item.original.split("\n")
    starts = [(k, m) for k, line in enumerate(lines) if (m := _STATEMENT.match(line))]
    letters = [m.group("p") or m.group("l") for _, m in starts]
    if len(starts) < 2 or letters != [chr(ord("a") + k) for k in range(len(letters))]:
        return None
    said: dict[str, bool] = {}
    for line in lines[starts[-1][0] + 1 :]:
        body = _VERDICT_LINE.match(line)
        pairs = [(m.group("letter"), m.group("word").lower()) for m in _LETTER_VERDICT.finditer(body.group("body"))] if body else []
        if len(pairs) >= 2 and all(w in _TRUE_WORDS or w in _FALSE_WORDS for _, w in pairs):
            said = {letter: w in _TRUE_WORDS for letter, w in pairs}
            break
    if sorted(said) != letters:
        return None
    stem = item.question
    context = [] if _ASKS_VERDICTS.search(stem) else [*item.stimulus, Block(kind=BlockKind.text, text=stem)]
    prompt, yes, no = VERDICT_WORDS["en"]
    made = []
    for (at, m), letter in zip(starts, letters, strict=True):
        statement = m.group("text").strip()
        made.append(
            item.model_copy(
                update={
                    "kind": ItemKind.basic,
                    "question": f"{prompt} {statement}",
                    "answer": [Block(kind=BlockKind.text, text=yes if said[letter] else no)],
                    "choices": [],
                    "correct": None,
                    "stimulus": context,
                    "locator": Locator(file=item.locator.file, line=item.locator.line + at),
                    "original": lines[at],
                    "number": f"{item.number}{letter}" if item.number else None,
                    "key": f"{item.source}/{item_slug(statement, 50)}",
                    "anchor": f"{item.source}:{normalize_text(statement)}",
                    "explicit_id": None,
                }
            )
        )
    return [Item.model_validate(i.model_dump()) for i in made]


# --- a statement marked to judge, its verdict a letter or a word (sitting 58) ----------------------------------------

# the verdict opening a back, a column's label before it or not, its explanation after it or not: '<p>T</p>',
# '<p>True – at 1 atm.</p>', '<p>T/F: F</p>' (a table's 'T/F' column), '<p>Richtig</p>'
_VERDICT_SAID = {
    "t": True, "true": True, "r": True, "richtig": True, "w": True, "wahr": True, "v": True, "vrai": True,
    "verdadero": True, "vero": True, "verdadeiro": True,
    "f": False, "false": False, "falsch": False, "faux": False, "falso": False,
}  # fmt: skip
_VERDICT_HTML = re.compile(
    r"^<p>(?:(?P<label>[^<>:]{1,30}):[ \t]*)?(?P<v>[^\W\d_]{1,10})(?:[ \t]*[.!]?(?:[ \t]*(?:[:;,–—]|-(?=\s))[ \t]*|[ \t]+)(?P<why>[^<>\s][^<>]*))?[ \t]*[.!]?</p>$"
)
_ONE_ENTRY = re.compile(r"^<ul>\s*<li>((?:(?!<li>)[^\n])*)</li>\s*</ul>$")
_FULL_PROMPT = re.compile(r"(?i)^(?:" + "|".join(re.escape(p.rstrip(":： ")) for p, _, _ in VERDICT_WORDS.values()) + r")\s*[:：?]")
_PROMPT_BEFORE = re.compile(rf"^\s*{JUDGE_WORDS}\s*[:：.–—-]\s*(?=\S)")


def _marked_statement(question: str) -> tuple[str, bool] | None:
    """The statement of a question marked to judge (``[T/F] …``, ``… (T/F)``, ``True/False: …``), without its mark,
    and whether the mark was in brackets (a prompt before it, ``T/F: …``, reads as a question already)."""
    m = judge_marked(question)
    if m is not None:
        bare = question.strip(" *_`")
        statement = (bare[: m.start()] + bare[m.end() :]).strip()
        return (statement, True) if statement else None
    p = _PROMPT_BEFORE.match(question)
    return (question[p.end() :].strip(), False) if p is not None and question[p.end() :].strip() else None


def marked_verdicts(items: list[Item]) -> list[Item]:
    """``items`` with each statement marked to judge and answered by a verdict word or letter asked as a true/false
    card: ``## [T/F] Mitochondria have their own DNA.`` / ``T`` / its explanation, ``**Water boils at 100 °C. (T/F)**``
    / ``True – at 1 atm``, ``True/False: …``, a table's ``T/F`` column (``| The Nile flows north. | T | … |``), in the
    languages :data:`VERDICT_WORDS` has (``[R/F]`` / ``Richtig``): the front ``True or false: <statement>`` (the mark
    off), the back the verdict spelled out, then the explanation (sitting 58: the front kept ``[T/F]``, the back a bare
    ``T``). :func:`in_own_language` then words them in the page's language."""
    return [_marked_verdict(i) for i in items]


def _marked_verdict(item: Item) -> Item:
    if item.kind is not ItemKind.basic or item.skip or not item.answer or item.answer[0].kind not in (BlockKind.html, BlockKind.text):
        return item
    html = item.answer[0].kind is BlockKind.html
    first = item.answer[0].text.strip()
    if html and (one := _ONE_ENTRY.match(first)) is not None:
        first = f"<p>{one.group(1).strip()}</p>"  # ('1. True/False: …' / '   - T. …': the verdict a list's one entry)
    said = _VERDICT_HTML.match(first if html else f"<p>{first}</p>") if "\n" not in first else None
    if said is None or said.group("v").casefold() not in _VERDICT_SAID:
        return item
    label = said.group("label")
    marked = _marked_statement(item.question)
    if label is not None and not re.fullmatch(rf"\s*{JUDGE_MARK}\s*", label):
        return item  # ('Answer: T' under an unmarked question is another reader's)
    if marked is None:
        if label is None or item.question.rstrip().endswith(QUESTION_MARKS):
            return item
        statement = item.question.strip()  # (a table's statement, its verdict in a 'T/F' column)
    elif not marked[1] and (len(said.group("v")) > 1 or _FULL_PROMPT.match(item.question.strip())):
        return item  # ('T/F: …' / 'Verdadero.', 'Verdadero o falso: …': a question as written, its verdict a word)
    else:
        statement = marked[0]
    if re.match(r"(?i)true or false\s*[:?]", item.question.strip()):
        return item  # (deckc's own wording already, 'True or False:' too: the reader that wrote it wrote its back, 'False — the pulmonary veins …')
    verdict = _VERDICT_SAID[said.group("v").casefold()]
    why = (said.group("why") or "").strip()
    # the verdict's own language when it is a word of one ('Richtig', 'Faux'), or a German mark ('[R/F]' / 'R'): a short
    # page may read as English to prompts.language; else English, which in_own_language words in the page's language
    word = said.group("v").casefold()
    lang = next((code for code, (_, yes, no) in VERDICT_WORDS.items() if word in (yes.casefold(), no.casefold()) and len(word) > 1), "en")
    lang = "de" if lang == "en" and word in ("r", "w") else lang
    prompt, yes, no = VERDICT_WORDS[lang] if lang in ("en", "de", "fr", "es", "it", "pt", "nl") else VERDICT_WORDS["en"]
    answer = [
        Block(kind=BlockKind.text, text=yes if verdict else no),
        *([Block(kind=BlockKind.html, text=f"<p>{why[:1].upper()}{why[1:]}</p>") if html else Block(kind=BlockKind.text, text=why[:1].upper() + why[1:])] if why else []),
        *item.answer[1:],
    ]
    return item.model_copy(update={"question": _asked(prompt, statement), "answer": answer})
