"""Exhibits set before a question: a quote, table, image or quoted passage the question asks about.

Exam and quiz pages put the material a question is about (a table, a cartoon,
a quoted passage) just before that question, after the previous question's
options.  Every reader ends an answer at the next item, so such an exhibit
lands at the end of the previous item's answer: on the wrong card, and
missing from the card that needs it.

The rule (:func:`attach`, run on every source's items, whatever the layout):
the trailing blocks of an item's answer that are exhibits -- a table, an
image alone in its paragraph, a block quote or admonition, a paragraph that
introduces a quotation (``Hamilton wrote: …``), each optionally preceded by
a short caption line -- move to the next item of the same section when that
question refers to them: by a noun that fits the exhibit (``the table``,
``the cartoon``, ``the quote``, ``the passage``, ``shown above`` …) or by a
capitalised name that the exhibit holds and the previous item does not
(``Hamilton's point of view``).  The following items that refer to the same
exhibit the same way (and have none of their own) show it too, so every
card stands alone.  A basic item keeps at least its first answer block; an
exhibit no following question refers to stays where it is (an illustration of
that answer).  The exhibit is shown on the front above the question
(:attr:`~compiler.model.Item.stimulus`).

Likewise a question about code it does not quote ("What's the output?") whose answer opens with a
code block and goes on, or one pointing forward at an exhibit ("the table below?", "Which planet is
described below?") whose answer opens with that table, image or quote and goes on: the exhibit is shown
on the front (:func:`lead_code`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from compiler.model import Block, BlockKind, Item, ItemKind
from compiler.sources.choices import is_answer_line
from compiler.sources.hints import HINT_ONLY
from compiler.sources.lines import counted_pair, opens_asking, spaces_one_way
from compiler.sources.markdown_blocks import (
    PICTURE_NOUNS,
    answer_label,
    deictic,
    drop_answer_label,
    reveal_label,
)

_TABLE = re.compile(r"^\s*<table\b", re.I)
_LIST = re.compile(r"^\s*<[uo]l\b", re.I)
_QUOTE = re.compile(r"^\s*<(?:blockquote|div class=\"admonition)\b", re.I)
_IMAGE = re.compile(r"^\s*(?:<p>\s*)?(?:<a [^>]*>\s*)?<img\b[^>]*>\s*(?:</a>\s*)?(?:</p>)?\s*$", re.I)
# 'In Federalist No. 78, Hamilton wrote: Whoever …', 'Justice Scalia said: "…"'
_INTRODUCED = re.compile(
    r"\b(?:wrote|writes|said|says|stated|states|argued|argues|declared|observed|noted|remarked|explained)\b[^.:]{0,40}:\s*\S",
    re.I,
)
_QUOTED_OPEN = re.compile(r"^\s*(?:<p>)?\s*[\"“«]")
CAPTION_MAX = 120  # a caption or an introducing line above an exhibit is short

# What a question calls the exhibit it asks about, by kind of exhibit.
_NOUNS = {
    "table": r"tables?|data|chart|graph|figures?",
    "image": PICTURE_NOUNS,
    "text": r"quotes?|quotations?|passages?|excerpts?|statements?|speech|texts?|words|poem|lines|paragraph|documents?|letter|author|writer|speaker|argument",
}
_DEICTIC = {kind: deictic(nouns) for kind, nouns in _NOUNS.items()}
_NAME = re.compile(r"(?<![\w'’])[A-Z][a-z]{2,}(?:\s+No\.\s*\d+)?")
_STOP_WORDS = (
    "The This That These Those Which What Who Whom Whose When Where Why How Each Every Some Any Both Their Its "
    "His Her Our Your There Here Then Than And But For With From Into Over Under After Before During Between "
    "Following According Based Select Choose Identify Describe Explain"
)
_STOP = frozenset(_STOP_WORDS.split())


# A block that answers is never an exhibit: it opens with an answer label or key ('Answer: B', 'The correct
# answer is **B**', '**Resposta:**', 'Answer key'), or is a quote/admonition titled as one ('Show Answer',
# 'Solution', 'Explanation', 'Click to reveal the answer'), in any of the languages answer labels are read in
_ANSWER_WORDS = (
    r"answers?|ans|solutions?|explanations?|hints?|key\s*[:：]|réponses?|respuestas?|antworte?n?|lösung(?:en)?"
    r"|respostas?|rispost[ae]|ответы?|решение|объяснение|пояснение|答案|解答|回答|答え|解析|정답|해설"
)
_ANSWERS = re.compile(
    r"^[\W_]*(?:(?:show|reveal|see|view|check|hide|toggle|click(?:\s+here)?(?:\s+to\s+(?:see|show|reveal|view))?)\s+(?:the\s+)?)?"
    rf"(?:the\s+)?(?:correct\s+|right\s+|model\s+|sample\s+)?(?:{_ANSWER_WORDS})(?![^\W\d_]{{2}})",
    re.I,
)


def _answers(block: Block) -> bool:
    """Whether a block is an answer (module comment above): its first line, or a line of it naming the option."""
    lines = [line for line in block.plain().split("\n") if line.strip()]
    return bool(lines) and (bool(_ANSWERS.match(lines[0])) or any(is_answer_line(line) for line in lines))


def _kind(block: Block) -> str | None:
    """What kind of exhibit a block is, or None."""
    text = block.text
    if _answers(block):
        return None
    if block.kind is BlockKind.html:
        if _TABLE.match(text):
            return "table"
        if _IMAGE.match(text):
            return "image"
        if _QUOTE.match(text):
            return "text"
    long_text = block.kind in (BlockKind.html, BlockKind.text) and len(block.plain()) > CAPTION_MAX
    if long_text and (_INTRODUCED.search(block.plain()[:200]) or _QUOTED_OPEN.match(text)):
        return "text"
    return None


def _caption(block: Block) -> bool:
    """A short line above an exhibit: its title ('… Method of Disposition, 1970–2010') or an introduction ending in ':'."""
    if block.kind not in (BlockKind.html, BlockKind.text):
        return False
    plain = block.plain().strip()
    if not plain or len(plain) > CAPTION_MAX or "\n" in plain.strip():
        return False
    return plain.endswith(":") or not plain.endswith((".", "?", "!"))


def _names(text: str) -> set[str]:
    return {m.group(0) for m in _NAME.finditer(text)} - _STOP


def _item_text(item: Item) -> str:
    return " ".join([item.question, *(c.text for c in item.choices)])


_WORD = re.compile(r"[^\W\d_]{4,}")
_COMMON_WORDS = (
    "that this these those with from have has had what which when where while whom whose will would could should "
    "there their they them then than into onto upon about after before does done make made more most some such "
    "only also very each other over under were been being your ours here just like many much must shall"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def _words(text: str) -> set[str]:
    """The content words of a text (four letters or more, lower case, not the commonest function words)."""
    return {w.casefold() for w in _WORD.findall(text)} - _COMMON


def _refers(question: str, kinds: set[str], exhibit_text: str, giver_text: str, before: str = "") -> bool:
    """Does the question point at this exhibit: a fitting noun, or a name only the exhibit holds?

    A name counts when the previous item does not use it, not even in lower case ('wavelet transforms'
    before 'the Discrete Wavelet Transform': a term both ask about, not an author), and when the exhibit
    shares more words with this question than with the previous item, its answer before the exhibit
    (``before``) included: an explanation of the previous answer that names a term the next question
    names too stays that answer's."""
    if any(_DEICTIC[k].search(question) for k in kinds):
        return True
    known = {n.casefold() for n in _names(giver_text)} | _words(giver_text)
    shared = {n for n in _names(question) & _names(exhibit_text) if n.casefold() not in known}
    if not shared:
        return False
    exhibit = _words(exhibit_text)
    return len(exhibit & _words(question)) > len(exhibit & _words(f"{giver_text} {before}"))


def _exhibit(item: Item) -> int | None:
    """Index of the first block of the exhibit that ends the item's answer, or None."""
    blocks = item.answer
    floor = 0 if item.kind is ItemKind.multiple_choice else 1
    start = None
    j = len(blocks) - 1
    while j >= floor:
        if _kind(blocks[j]) is not None:
            start = j
        elif start is not None and j == start - 1 and _caption(blocks[j]):
            start = j
            j -= 1
            break
        else:
            break
        j -= 1
    if start is not None and start == floor and blocks[:start] and all(_label_lead(b) for b in blocks[:start]):
        return None  # ('**Explanation:**' / '> A view into an array …': the label leads into its answer, which stays, T44-6)
    return start


LEAD_IN_WORDS = 4  # words of a paragraph that only leads into the block under it ('**Explanation:**', 'In short:')


def _label_lead(block: Block) -> bool:
    """A short paragraph ending with a colon (``**Explanation:**``, ``In short:``, ``Note:``): it leads into the block
    under it, so that block is its answer, never an exhibit for the next question."""
    text = block.plain().strip() if block.kind is BlockKind.html and block.text.lstrip().startswith("<p>") else ""
    return bool(text) and text.endswith((":", "：")) and len(text.split()) <= LEAD_IN_WORDS


# A question about code it does not quote: 'What's the output?', 'What's the value of num?', 'What does this return?'
_ABOUT_CODE = re.compile(
    r"\b(?:outputs?|the values? of|the result of|evaluates? to|this code|the code|following code|(?:this|the) snippet"
    r"|code below|code above|does (?:this|it) (?:print|return|log|do|output|display)|will (?:this |it )?(?:print|return|log)"
    r"|gets? (?:printed|logged|returned))\b"
    # ('What is printed?', 'What will be logged?' ending the question: sitting 38; 'What is returned by a generator?'
    # names what it asks about)
    r"|\b(?:is|are|will be|would be) (?:printed|logged|displayed|returned)\s*[?？:：]?\s*$",
    re.I,
)
# The same in other languages: 'Qual é a saída do seguinte programa?', '¿Cuál es la salida del siguiente código?',
# 'Was gibt das folgende Programm aus?', 'Que affiche le programme suivant ?', 'Что выведет следующий код?',
# '以下代码的输出是什么？', '下面的程序输出什么？', '次のコードの出力は？'
_ABOUT_CODE_ANY = re.compile(
    r"(?i:\b(?:saída|salida|sortie|ausgabe|uscita|вывод\w*|выведет|выводит|(?:seguinte|siguiente|suivante?|folgenden?|seguente"
    r"|следующ\w+|поданий|наступн\w+)\s+(?:\w+\s+)?(?:programa|código|codigo|programme|code|programm|codice|programma|код\w*|программ\w*"
    r"|sentencias?|expresi[oó]n(?:es)?|instrucci[oó]n(?:es)?|expressão|expression|ausdruck"
    r"|фрагмент\w*|snippet)|(?:programa|código|programme|code|programm|codice|код|программа)\s+(?:suivante?|ci-dessous|abaixo|debajo"
    r"|unten|sotto|ниже))\b)"
    r"|输出|以下(?:代码|程序)|下面(?:的)?(?:代码|程序)|下列(?:代码|程序)|出力|次の(?:コード|プログラム)|출력|다음 코드"
)


# A REPL prompt ('>>> f(10)', 'In [3]: f(10)') or a comment that gives a result ('# => [10]', '// Output: 3')
_PROMPT = re.compile(r"^\s*(?:>>>|\.\.\.(?=\s)|In \[\d*\]:)")
_RESULT_COMMENT = re.compile(r"(?:#|//|--)\s*(?:=>|→|(?:output|result)\s*:)", re.I)
# a print whose result its author wrote after it ('console.log(strA); // hi there', 'print(x)  # 3': learner4 N13)
_PRINT_CALL = re.compile(r"\b(?:console\.log|print|println|printf|puts|echo|System\.out\.print\w*|fmt\.Print\w*)\b")
_COMMENT_MARK = re.compile(r"\s(?://|#)\s*\S")
# a comment that asks instead of giving the result ('// Explain', '// ?', '# what is printed?': learner4 N82, the
# program went to the back of 'Predict the output …' and the bare fronts merged)
_ASKING_COMMENT = re.compile(r"^(?://|#)\s*(?:(?i:explain|why|what|predict|guess|output|result|todo)\b[^\n]*|\?+|\.{3}|…|[^\n]*\?)\s*$")


def printed_result(line: str) -> int | None:
    """Where the comment giving a print's result starts in ``line`` (after the call, its brackets and quotes closed:
    ``print(a // b)`` divides), else None."""
    call = _PRINT_CALL.search(line)
    if call is None:
        return None
    for m in _COMMENT_MARK.finditer(line, call.end()):
        code = line[: m.start()]
        if code.count("(") == code.count(")") and code.count("[") == code.count("]") and code.count('"') % 2 == 0 and code.count("'") % 2 == 0:
            return None if _ASKING_COMMENT.match(line[m.start() :].strip()) else m.start()
    return None


def shows_output(code: str) -> bool:
    """A code block that shows what it does: a REPL session with result lines after its prompts
    ('>>> f(10)' / '[10]'), or results written as comments ('# => [10]'). Such a demo answers the question;
    it is never the code the question asks about."""
    lines = [line for line in code.split("\n") if line.strip()]
    prompted = [bool(_PROMPT.match(line)) for line in lines]
    if any(prompted) and any(not p for p in prompted[prompted.index(True) :]):
        return True
    return any(_RESULT_COMMENT.search(line) or printed_result(line) is not None for line in lines)


# A question pointing at what comes after it: 'the table below', 'described below', 'the following code',
# 'this picture' ('the table' alone may name a table the answer draws: not enough)
_BELOW = re.compile(r"\b(?:below|beneath|underneath|the following)\b", re.I)  # the exhibit comes after the question
# 'the following' in the languages deckc reads: 'Explica los siguientes selectores:', 'Erklären Sie die folgenden …',
# 'Expliquez les sélecteurs suivants :', 'Объясните следующие селекторы:', '解释以下选择器：' (trial26 T26-7)
_FOLLOWING_ANY = (
    r"\b(?i:siguientes?|seguintes?|suivante?s?|ci-dessous|folgenden?|folgende[rs]?|nachstehenden?|seguenti|seguente"
    r"|следующ\w+|нижеследующ\w+|наступн\w+|poniższ\w+|następując\w+|volgende|hieronder|aşağıdaki)\b"
    r"|以下|下面|下列|次の|다음"
)
# 'below' that compares ('"OK" if below.', 'at or below', 'falls below'), never one that points at what follows (trial56:
# an exercise's explanation went onto its front as the exhibit its task pointed at)
_COMPARED = (
    r"(?<!\bif )(?<!\bor )(?<!\band )(?<!\bis )(?<!\bare )(?<!\bat )(?<!\bgoes )(?<!\bgo )(?<!\bfalls )(?<!\bfall )"
    r"(?<!\bdrops )(?<!\bdrop )(?<!\bstays )(?<!\bstay )(?<!\bwhen )(?<!\bbe )(?<!\bwas )(?<!\bwere )(?<!\bremains )"
)
_FORWARD = re.compile(
    _COMPARED + r"\b(?:below|beneath|underneath)\s*(?:[?.:,;!)]|$)|\b(?:shown|described|given|listed|depicted|pictured|quoted)\s+below\b"
    rf"|\bthe following\b|{_FOLLOWING_ANY}"  # not 'below 50%' or 'following the crash'
    rf"|\b(?:this|these)\s+(?:\w+\s+)?(?:{'|'.join(_NOUNS.values())}|code|snippet|program|script|expressions?|quer(?:y|ies)|commands?|paintings?|artworks?|organs?|flags?)\b",
    re.I,
)


# 'the following umask values: 000, 002, 022 …': what follows is listed in the question itself, after its colon
_LISTED_INLINE = re.compile(r"\bthe following\b[^:：?？.]{0,60}[:：]\s*(?P<list>[^,，?？]+(?:[,，][^,，?？]+)+)", re.I)


def points_forward(question: str) -> bool:
    """Whether a question points at an exhibit after it ('the table below', 'the following code', 'this picture'); not
    when the things 'the following' names are listed in the question itself ('Explain the differences among the
    following umask values: 000, 002, 022.': trial21 r-1, the answer's table went to the front, the card skipped)."""
    listed = _LISTED_INLINE.search(question)
    if listed is not None and not opens_asking(listed.group("list").strip()):  # (not '… table: what is the sum of A, B?')
        question = question[: listed.start()] + question[listed.end() :]
    return bool(_FORWARD.search(question))


# 'What is this?', 'Who painted this?', 'What is shown?': a picture opening the answer is what is asked about
_ENDS_ON_IT = re.compile(r"\b(?:this|these|(?:shown|pictured|depicted)(?:\s+here)?)\s*[?.!]?\s*$", re.I)
# a question about what a picture shows, wherever it says so: 'Which chamber is shown in red?', 'Identify the structure
# labelled X.', 'What does the arrow point to?', 'Name the part marked A in the diagram.' (T32-37: the picture went on the
# back, under a front asking about a picture the learner could not see); in the languages deckc reads
_ABOUT_SEEN = re.compile(
    r"\b(?:shown|pictured|depicted|labell?ed|marked|highlighted|indicated|circled|coloured|colored|shaded|arrows?"
    r"|in\s+(?:red|blue|green|yellow|black|white|orange|purple)|diagram|picture|figure|image|photo(?:graph)?|x-?ray"
    r"|radiograph|scan|map|micrograph"
    r"|abgebildet|dargestellt|markiert|gekennzeichnet|pfeil|abbildung|bild|skizze"
    r"|mostrad[oa]s?|señalad[oa]s?|marcad[oa]s?|indicad[oa]s?|flecha|imagen|figura|diagrama|esquema|mapa"
    r"|montrée?s?|indiquée?s?|marquée?s?|flèche|schéma|carte|radiographie"
    r"|mostrat[oa]|indicat[oa]|freccia|immagine|figura|mostrad[oa]|seta|imagem"
    r"|изображ\w+|показан\w*|отмечен\w*|стрелк\w+|рисун\w+|схем\w+)\b"
    r"|図|写真|矢印|画像|图中|图片|箭头|그림|사진|화살표",
    re.I,
)
# ... but never when the picture is the answer: 'Draw the heart', 'Sketch …', 'What does it look like?'
# a task done on a picture, opening the question: 'Label the chambers of the heart.', 'Identify the bones of the hand.',
# 'Annotate the leaf's cross-section.' (sitting 45: the diagram under it went on the back), in the languages deckc reads
_TASK_ON_IT = re.compile(
    r"^\W*(?:label|annotate|identify|beschrifte\w*|benenne\w*|rotul\w+|etiquet\w+|identifi\w+|señal\w+|légende\w*"
    r"|annot\w+|indiqu\w+|подпиш\w+|обозначь\w*)\b",
    re.I,
)
_DRAWN = re.compile(
    r"\b(?:draw|sketch|illustrate|look(?:s)?\s+like|appearance|zeichne\w*|skizzier\w*|dibuj\w+|dessine\w*|disegn\w+|нарису\w+)\b"
    r"|描|画出|그리",
    re.I,
)


# A question about code it points at ('the following expression', 'the code below'): when that
# code is its whole answer, it is the exercise, not the solution (an exercise sheet without solutions)
# ('the following function', 'the following file' or 'this program' are not enough: 'How do you run this program?',
# 'How to read the following file?' are answered by code)
# what a question shows as code: a program's parts, and the data or file it works on ('How to read the following
# file?' over a CSV sample, 'which of these expressions are legal?' over them: trial21 T21-30)
_CODE_NOUNS = r"expressions?|code|script|snippet|statements?|listing|programs?|functions?|quer(?:y|ies)|commands?|loops?"
_POINTS_AT_CODE = re.compile(
    rf"\b(?:the\s+following|these|those)\s+(?:\w+\s+)?(?:{_CODE_NOUNS})\b|\b(?:{_CODE_NOUNS})\s+below\b", re.I
)
# ... and the data it shows as a block of plain text ('How to read the following file?' over a CSV sample; a Python
# solution that holds the sample and reads it answers)
_POINTS_AT_DATA = re.compile(r"\b(?:the\s+following|these|those)\s+(?:\w+\s+)?(?:files?|data|inputs?|texts?)\b|\b(?:files?|data)\s+below\b", re.I)


# a question that asks what code gives, not for code: 'What will be the output?', 'What does this return?', '输出什么'
_ASKS_RESULT = re.compile(
    r"\b(?:outputs?|the values? of|the result of|evaluates? to|does this (?:print|return|log)|will (?:this )?(?:print|return|log)"
    r"|gets? (?:printed|logged|returned))\b|(?i:\b(?:saída|salida|sortie|ausgabe|uscita|вывод\w*|выведет|выводит)\b)|输出|出力|출력"
    # ('¿Cuál es el valor de foo.length?', 'le résultat de', 'o valor de', 'der Wert von' over a program: trial22 T22-5)
    r"|(?i:\b(?:el|la|le|o|il|der)\s+(?:valor|resultado|valeur|résultat|valore|risultato|wert|ergebnis)\s+(?:de|do|da|du|des|del|di|dei|von)\b)"
    r"|\b(?:result|resultado|résultat|risultato|ergebnis)\s*[?？]\s*$",  # ('What is the result?' / '¿Cuál es el resultado?' over it)
    re.I,
)
_BARE_LABEL = re.compile(r"^\s*<p>\s*<(strong|b|em)>[^<]{1,30}[:：]\s*</\1>\s*</p>\s*$")  # '**Output:**' and nothing after it
_ASKS_HOW = re.compile(r"^\W*(?:how|write|implement|create|make|give|show|print|find|compute|calculate|get|list)\b", re.I)
_OUTPUT_LANGS = frozenset({"", "text", "txt", "plain", "plaintext", "output", "console", "shell-session", "none", "nohighlight"})


def _commented_output(item: Item, code: Block) -> Item:
    """'What would be the output of following code?' answered by the program with each print's result in a comment
    after it ('console.log(strA); // hi there'): the program without those comments on the front, as written on the
    back (learner4 N13: the program was the back and six such questions, alike on their fronts, merged into one)."""
    if not _ASKS_RESULT.search(item.question) or _ASKS_HOW.match(item.question) or _PROMPT.search(code.text):
        return item
    bare = "\n".join(line[:at].rstrip() if (at := printed_result(line)) is not None else line for line in code.text.split("\n"))
    if bare == code.text or not bare.strip():
        return item
    return item.model_copy(update={"stimulus": [code.model_copy(update={"text": bare})]})


def _only_the_code(item: Item) -> Item:
    """A question about the code it points at whose whole answer is that code: the code on the front, no answer
    ('What is the result of the following expression?' over an expression and nothing else)."""
    if item.kind is not ItemKind.basic or item.stimulus or item.skip or len(item.answer) != 1 or "`" in item.question:
        return item
    code = item.answer[0]
    if code.kind is not BlockKind.code:
        return item
    if shows_output(code.text):
        return _commented_output(item, code)
    about = _ABOUT_CODE.search(item.question) or _ABOUT_CODE_ANY.search(item.question)
    forward = re.search(r"\b(?:the\s+following|below)\b", item.question, re.I)
    # 'What will be the output?' over a program and nothing else: the program is asked about, its output is not given
    # (learner4 N12: the code was the back, and two such questions merged); an output shown as code is no program
    result = (
        _ASKS_RESULT.search(item.question)
        and not _ASKS_HOW.match(item.question)  # 'How to print all the values of an array?': answered by code
        and code.lang.lower() not in _OUTPUT_LANGS
        and code.text.strip().count("\n") >= 1
        # (a task that bids, 'Reduce the value of all boxes by 15%.', over its query: the query answers it; trial56)
        and (item.question.rstrip(" *_`").endswith(("?", "？", ":", "：")) or forward)
    )
    # ('¿Cuál es el resultado de la siguiente sentencia?' over '~~3.14': the code said in another language, T22-5)
    data = _POINTS_AT_DATA.search(item.question) and code.lang.lower() in _OUTPUT_LANGS
    # ('Explica los siguientes selectores:' over the selectors and nothing else: what to explain, no answer; T26-7)
    introduced = item.question.rstrip().endswith((":", "：")) and points_forward(item.question)
    if not (_POINTS_AT_CODE.search(item.question) or (about and forward) or result or data or introduced or _ABOUT_CODE_ANY.search(item.question)):
        return item
    return item.model_copy(update={"stimulus": [code], "answer": [], "skip": "no answer"})


_SUMMARY = re.compile(r"<summary\b[^>]*>(?P<text>.*?)</summary>", re.I)
_TAGS = re.compile(r"<[^>]+>")
_FENCE_LINE = re.compile(r"^\s*(?:`{3,}|~{3,})")


def toggled_code(item: Item) -> str:
    """Where the first code block of a question's text stands against its answer toggle (a ``<details>`` whose
    summary only names the answer or says to open it: 'Answer', 'show'): "inside" it (the answer's code, never the
    front's), "before" it (what the question shows: its exhibit), or "" (no such toggle, or no code). The toggle marks
    exactly where its author put the answer (trial13 T13-1, T13-3)."""
    lines = item.original.split("\n")
    summary = next(
        (k for k, line in enumerate(lines[1:], 1) if (m := _SUMMARY.search(line)) and _label(m.group("text"))),
        None,
    )
    code = next((k for k, line in enumerate(lines[1:], 1) if _FENCE_LINE.match(line)), None)
    if summary is None or code is None:
        return ""
    return "inside" if code > summary else "before"


def _label(summary: str) -> bool:
    """A toggle summary that names the answer or says to open it (never one that asks)."""
    text = " ".join(_TAGS.sub("", summary).split())
    return not text or answer_label(text) or reveal_label(text)


def lead_code(item: Item) -> Item:
    """A question about an exhibit it does not quote, whose answer opens with that exhibit and then answers:
    the exhibit is part of the question (on the front), the rest is the answer.

    Code ('What's the output?', 'the following code'), but not a demo that shows its own results
    (:func:`shows_output`): 'What happens if …?' answered by a REPL session keeps it on the back.  A table,
    an image alone in its paragraph or a quoted passage when the question points forward at it ('the table
    below', 'Which planet is described below?', 'this picture').
    """
    if item.kind is ItemKind.basic and item.stimulus and not item.stimulus_after and item.answer and item.answer[0].kind is BlockKind.code:
        # ('## Employees' / 'Given the table `employees`:' and its table / '**What does this query return?**' / the
        # query / its result: the section's table is shown above the question, and the query asked about under it)
        moved = lead_code(item.model_copy(update={"stimulus": []}))
        if moved.stimulus and moved.answer and not moved.skip:
            return moved.model_copy(update={"stimulus": [*item.stimulus, *moved.stimulus], "stimulus_after": False})
        return item
    if item.kind is not ItemKind.basic or item.stimulus or len(item.answer) < 2:
        return _only_the_code(item)
    first = item.answer[0]
    given = _given_before_label(item)
    if given:  # ('5. Match the port to the protocol:' / '- 22' '- 25' / 'Answer: 22 SSH, …': the list is asked about, T21-40)
        answer = drop_answer_label(item.answer[given:])  # (an empty 'Correct Answer:' under it: no answer, said, never a crash)
        return item.model_copy(update={"stimulus": item.answer[:given], "answer": answer, "stimulus_after": True, "skip": item.skip or ("" if answer else "no answer")})
    hints = next((k for k, b in enumerate(item.answer[1:], 1) if not b.hint()), len(item.answer))  # (T29-6)
    toggled = toggled_code(item) if first.kind is BlockKind.code else ""
    if toggled == "inside":  # ('… Run it and see the output' over a 'show' toggle opening with the solution's command)
        return item
    if hints > 1 and hints == len(item.answer) and _answered_above_hint(item):
        return item  # ('**Which sorts are stable?**' / the list / '> [!hint]- …': the list answers, the hint stays below it)
    if hints > 1:  # (a hint after it: what stands before the hint is the exercise's, never its answer)
        pass
    elif first.kind is BlockKind.code and not toggled:
        # the code is what is asked about when the question says so, in any language, or when an answer label
        # follows it ('```go …```' then '> **Resposta:** hello world': the label says where the answer starts)
        labelled = drop_answer_label(item.answer[hints : hints + 1]) != item.answer[hints : hints + 1]
        asks = _ABOUT_CODE.search(item.question) or points_forward(item.question) or _ABOUT_CODE_ANY.search(item.question)
        if "`" in item.question or not (asks or labelled):
            return item
        if shows_output(first.text):
            return item
    elif first.kind is not BlockKind.code:
        exhibit = first.kind is BlockKind.html and any(p.match(first.text) for p in (_TABLE, _IMAGE, _QUOTE))
        # ('Are the following expressions valid?' / '- `nope = lambda: pass`' / … / 'No: …': the listed things asked
        # about, the text after them the answer; trial30 T30-7, the list was on the back, the verdict with it)
        exhibit = exhibit or first.kind is BlockKind.bullets or (first.kind is BlockKind.html and bool(_LIST.match(first.text)))
        picture = exhibit and bool(_IMAGE.match(first.text)) and (
            bool(_ENDS_ON_IT.search(item.question))
            or ((bool(_ABOUT_SEEN.search(item.question)) or bool(_TASK_ON_IT.match(item.question))) and not _DRAWN.search(item.question))
        )
        if not exhibit or not (points_forward(item.question) or picture):
            return item
    # the answer's label ('**Answer:**', '**Resposta:**') is now at its start: layout, not answer text.
    # Code came from the answer, so the document has it under the question: it stays there on the front
    # ('**Q: What does this print?**' over its code showed the code first and the question after it: trial21 T21-25);
    # a picture or a passage goes under it when the question points down at it ('… shown below', L44), else above
    # it, as a picture quiz shows it ('Which painter made this?')
    after = first.kind is BlockKind.code or bool(_BELOW.search(item.question)) or toggled == "before"
    # (hint boxes after the exhibit go with it, under the question: '#### 17. What is the result of the following
    # expression?' / its code / '`hint: NaN = not a number`' / the solution, trial29 T29-6)
    answer = drop_answer_label(item.answer[hints:])
    if len(answer) == 1 and _BARE_LABEL.match(answer[0].text):
        answer = []  # a label left empty ('**Output:**'): nothing to learn
    if not answer:  # '### Answer:' over an empty '**Output:**': a question without its answer (learner4 N12)
        said = HINT_ONLY if hints > 1 else "no answer"  # (the code asked about and its hint, nothing more: T29-6)
        return item.model_copy(update={"stimulus": item.answer[:hints], "answer": [], "stimulus_after": after, "skip": said})
    return item.model_copy(update={"stimulus": item.answer[:hints], "answer": answer, "stimulus_after": after})


_ASKED_END = re.compile(r"[?？؟¿:：]\s*$")  # a block that asks or leads into what follows


def _answered_above_hint(item: Item) -> bool:
    """Whether an item's first answer block, with only hint boxes after it, answers its question: the question asks
    ('…?', 'Name …') and never points at something it shows, and that block is text or a list that neither asks nor
    leads in (sitting 44: '**What does BFS use?**' / 'A queue.' / '> [!hint]- Hint' was no card, 'only a hint'); code,
    a table or a picture under the question stays what the exercise shows (T29-6)."""
    first = item.answer[0]
    question = re.sub(r"<[^>]+>", "", item.question).strip().rstrip("*_ ")
    if not (question.endswith(("?", "？", "؟")) or opens_asking(question)) or points_forward(question) or _ASKS_RESULT.search(question):
        return False
    if first.kind is BlockKind.code or first.hint() or (first.kind is BlockKind.html and any(p.match(first.text) for p in (_TABLE, _IMAGE))):
        return False
    return bool(first.plain().strip()) and not _ASKED_END.search(first.plain())


# a list, quote, table or code block the question shows: what stands between it and its answer label
_GIVEN_BLOCK = re.compile(r"^\s*<(?:ul|ol|blockquote|table|pre)\b|^\s*<div class=\"admonition", re.I)
GIVEN_BLOCKS = 3  # blocks at most between a question and the answer label under it, for them to be the question's


def _given_before_label(item: Item) -> int:
    """How many of the answer's first blocks are given with the question: a list, quote or table (maybe with code)
    right under it, then a paragraph opened by an answer label ('Answer: …'). The label is where the author put the
    front/back boundary, as it is for the items with nothing between (trial21 T21-40: the list of ports and the label
    were printed on the back). 0 otherwise, and when code opens the answer (:func:`lead_code` weighs that itself)."""
    if not item.answer or item.answer[0].kind is BlockKind.code:
        return 0
    for k, block in enumerate(item.answer[: GIVEN_BLOCKS + 1]):
        if k and block.kind is BlockKind.html and drop_answer_label([block]) != [block]:
            return k
        if block.kind is not BlockKind.code and not (block.kind is BlockKind.html and _GIVEN_BLOCK.match(block.text)):
            return 0
    return 0


LEAD_IN_END = (":", "：")  # a question that ends so introduces what follows ('… the following query:')


def _lead_in(item: Item, after: Item) -> bool:
    """Whether ``item`` only introduces an exhibit the question after it asks about: it ends with a colon, its whole
    answer is code (or a table, picture or quote), and ``after`` is the next question of its section with no
    exhibit of its own ('A developer writes the following query:' / the query / 'What is wrong?' and its options)."""
    if item.kind is not ItemKind.basic or item.skip or item.stimulus or not item.answer or after.stimulus:
        return False
    if not re.sub(r"<[^>]+>|[*_\s]+$", "", item.question).rstrip().endswith(LEAD_IN_END):
        return False
    if after.section != item.section or after.locator.file != item.locator.file or after.locator.line <= item.locator.line:
        return False
    if re.sub(r"<[^>]+>|[*_\s]+$", "", after.question).rstrip().endswith(LEAD_IN_END):
        return False  # (a run of introductions: none is a question of its own to join)
    if counted_pair(item.question, after.question):
        return False  # ('Step 2. Create the table with the following values:' / its code / 'Step 3. Assign it …': two steps, T46-5)
    plain = re.sub(r"<[^>]+>", "", item.question).strip()
    if "?" in plain or (_TASK.match(plain) and not _INTRODUCES.search(plain)):
        return False  # ('Write a query that lists customers:' over its query is a task and its answer)
    if after.kind is not ItemKind.multiple_choice and not _REFERS_BACK.search(after.question):
        return False  # (an option quiz right after the exhibit asks about it; an open question says so)
    return all(b.kind is BlockKind.code or _kind(b) in ("table", "image", "text") for b in item.answer)


# a task's first word: what it asks for is its answer ('Write a query that …:' over the query)
_TASK = re.compile(
    r"(?i)^\W*(?:\d+[.)]\s*)?(?:write|implement|create|define|give|show|list|explain|describe|complete|fill|convert|rewrite|"
    r"fix|modify|declare|print|compute|calculate|find|design|draw|name|state|translate|solve|prove|derive|code|build)\b"
)
# a lead-in presents what follows ('… writes the following query:', 'Consider this code:', 'Given the table below:')
_INTRODUCES = re.compile(r"(?i)\b(?:following|below|as follows|consider|given|this|these|here is|here are|look at)\b")
# the question after it points back at it ('The query returns 0 rows …', 'What does this code print?', '… above?')
_REFERS_BACK = re.compile(
    r"(?i)\b(?:the|this|that|these|those|such|above)\s+(?:\w+\s+)?(?:query|queries|code|program|snippet|function|script|"
    r"statements?|class|method|output|table|listing|example|command|loop|expression|schema|view|trigger|procedure|"
    r"transaction|index|data|result|diagram|figure|image|passage|quote|text)\b|\babove\b|\b(?:it|they)\b"
)


def lead_ins(items: list[Item]) -> list[Item]:
    """Each question that only introduces the code (or table, picture, quote) the next question asks about joins
    that question's front: its words and the exhibit shown above it, one card (trial18 T18-57: 'A developer writes
    the following query:' was a card answered by the query, and 'What is wrong?' an option quiz without it)."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if i + 1 < len(items) and _lead_in(item, items[i + 1]):
            taker = items[i + 1]
            intro = Block(kind=BlockKind.html, text=f"<p>{item.question}</p>")
            out.append(taker.model_copy(update={"stimulus": [intro, *item.answer], "original": f"{item.original}\n{taker.original}"}))
            i += 2
            continue
        out.append(item)
        i += 1
    return out


def labelled_leads(items: list[Item]) -> list[Item]:
    """The end of an answer that opens with a question's label and asks nothing (``**Q.** An analyst runs the following
    query …:`` and its query, after the key of the question before it) is the next question's lead-in: shown on that
    question's front, never the answer's explanation (L17-2: each such lead-in was the previous card's explanation and
    its own question was asked without the query)."""
    out = list(items)
    for i in range(len(out) - 1):
        giver, taker = out[i], out[i + 1]
        if giver.skip or taker.stimulus or taker.section != giver.section:
            continue
        at = next((k for k, b in enumerate(giver.answer) if k and _labelled_lead(b)), None)
        if at is None and giver.kind is ItemKind.multiple_choice and giver.answer and _labelled_lead(giver.answer[0]):
            at = 0  # (a quiz's explanation is all that follows its key: the whole of it may be the next lead-in)
        if at is None:
            continue
        out[i] = giver.model_copy(update={"answer": giver.answer[:at]})
        out[i + 1] = taker.model_copy(update={"stimulus": giver.answer[at:]})
    return out


_QUESTION_LEAD = re.compile(spaces_one_way(r"^\s*(?:<p>)?\s*(?:<strong>|<b>)?\s*(?:Q|Question|Frage|Pregunta|Questão|Вопрос|问题?|題|質問|문제)\s*\d{0,3}\s*[.:：)]"))


_PLAIN_LABEL = re.compile(r"^\s*(?:Q|Question|Frage|Pregunta|Questão|Вопрос|问题?|題|質問|문제)\s*\d{0,3}\s*[.:：)]")


def _labelled_lead(block: Block) -> bool:
    """A paragraph that opens with a question's label and does not ask (it ends with ':' or a sentence)."""
    if block.kind is not BlockKind.html or not _QUESTION_LEAD.match(block.text):
        return False
    said = block.plain().rstrip()
    told = _PLAIN_LABEL.sub("", said, count=1).split()
    # ('Q.No: 1', a bank's serial-number column on the back: a field, no lead-in; trial19 T19-45 moved it to the next front)
    return len(told) >= 3 and told[0].casefold().rstrip(".:") not in ("no", "nr", "nº") and not said.endswith(("?", "？"))


def attach(
    items: list[Item],
    note: Callable[[Item, Item], None] | None = None,
    unanswered: Callable[[Item], None] | None = None,
) -> list[Item]:
    """Move exhibits to the question(s) after them that refer to them (module docstring).

    ``items`` are one document's, in document order; returns new items (the
    others unchanged).  ``note(giver, taker)`` is told of each move, ``unanswered(item)`` of each question
    whose whole answer was the code it asks about (now on its front; the item is skipped: no answer).
    """
    joined = lead_ins(labelled_leads(items))
    out = [lead_code(item) for item in joined]
    if unanswered:
        for before, after in zip(joined, out, strict=True):
            if after.skip and not before.skip:
                unanswered(after)
    i = 0
    while i < len(out) - 1:
        giver, taker = out[i], out[i + 1]
        start = _exhibit(giver) if not giver.skip else None
        if start is None or taker.section != giver.section or taker.stimulus:
            i += 1
            continue
        exhibit = giver.answer[start:]
        kinds = {k for b in exhibit if (k := _kind(b))}
        text = " ".join(b.plain() for b in exhibit)
        known = _item_text(giver)
        before = " ".join(b.plain() for b in giver.answer[:start])
        if not _refers(taker.question, kinds, text, known, before):
            i += 1
            continue
        out[i] = giver.model_copy(update={"answer": giver.answer[:start]})
        out[i + 1] = taker.model_copy(update={"stimulus": exhibit})
        if note:
            note(giver, taker)
        j = i + 2
        while j < len(out):  # later questions about the same exhibit show it too
            later = out[j]
            if later.section != taker.section or later.stimulus or not _refers(later.question, kinds, text, known, before):
                break
            if _exhibit(out[j - 1]) is not None and j - 1 > i + 1:
                break  # the item before brings its own exhibit
            out[j] = later.model_copy(update={"stimulus": exhibit})
            j += 1
        i += 1
    return out
