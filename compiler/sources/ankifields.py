"""Fields of Anki notes, as Anki's exports give them: HTML (or plain text) cleaned the one way every
reader of another tool's export uses.

Shared by the readers of Anki's *Notes in Plain Text* export (``delimited``) and of Anki packages
(``apkg``); readers never import each other, so what both need lives here.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Choice, Item, ItemKind, normalize_text
from compiler.sources import columns
from compiler.sources.base import Document, basic_item, make_item
from compiler.sources.choices import LETTERS
from compiler.sources.letters import OPTION_ALPHABETS
from compiler.sources.lines import squash
from compiler.sources.markdown_blocks import sanitize, visible

TAG = re.compile(r"<[^>]*>")
SOUND = re.compile(r"\[sound:[^\]]*\]")
BREAK = re.compile(r"<br\s*/?>|</p>|</div>|</li>", re.I)
IMG = re.compile(r"<img\b[^>]*>", re.I)
_RULE = re.compile(r"<hr\b[^>]*>", re.I)
_LEADING_BREAKS = re.compile(r"^(?:\s|<br\s*/?>)+", re.I)


# what a card shows nothing of: a template's script and style, their source never text (trial22 T22-34: a card
# export's every front held the note type's JavaScript)
_UNSHOWN = re.compile(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|$)", re.I | re.S)


def plain(field: str, is_html: bool) -> str:
    """A field as one line of plain text (a question, a cloze text)."""
    if is_html:
        field = _RUBY.sub(_ruby, field) if "<rt" in field.lower() else field
        field = html.unescape(TAG.sub("", BREAK.sub(" ", _UNSHOWN.sub(" ", field) if "<s" in field.lower() else field)))
    return squash(" ".join(field.split("\n")))


_RUBY = re.compile(r"<ruby\b[^>]*>(.*?)</ruby\s*>", re.I | re.S)
_RT = re.compile(r"<rt\b[^>]*>(.*?)</rt\s*>", re.I | re.S)
_RP = re.compile(r"<rp\b[^>]*>.*?</rp\s*>", re.I | re.S)


def _ruby(m: re.Match[str]) -> str:
    """'<ruby>猫<rt>ねこ</rt></ruby>' as one line of text shows it: '猫(ねこ)', its reading in brackets after it; the
    tags alone dropped ran the two together, '猫ねこ' (sitting 62 N62-13). A '<rp>' gives the brackets itself."""
    inner = m.group(1)
    if _RP.search(inner):
        return inner
    readings = "".join(_RT.findall(inner))
    base = TAG.sub("", _RT.sub("", inner))
    return f"{base}({readings})" if readings else inner


# Anki's LaTeX: [$]…[/$] inline maths, [$$]…[/$$] display maths, [latex]…[/latex] a LaTeX body
_ANKI_LATEX = re.compile(r"\[(\$\$|\$|latex)\](.+?)\[/\1\]", re.S | re.I)
_ENVIRONMENT = re.compile(r"\s*\\begin\{(?P<env>equation|align|alignat|eqnarray|gather|multline)(?P<star>\*?)\}(?P<body>.*)\\end\{(?P=env)(?P=star)\}\s*", re.S)
_SHAPES = {"equation": "", "align": "aligned", "alignat": "aligned", "eqnarray": "aligned", "gather": "gathered", "multline": "gathered"}
_DOLLARS = re.compile(r"\$\$((?:(?!\$\$).)+?)\$\$|(?<!\\)\$([^$]+?)(?<!\\)\$", re.S)


def anki_latex(field: str, is_html: bool = True) -> tuple[str, int]:
    """``(field, n)``: Anki's LaTeX as the maths deckc writes (``\\( … \\)``, ``\\[ … \\]``), which Anki's
    MathJax typesets on every device and the cheat sheet prints; ``n`` counts ``[latex]`` bodies that
    are LaTeX text, not only maths (their maths typeset, the rest shown as written).

    Anki renders these to pictures only on a desktop with LaTeX installed (``latex-….png`` files the
    fields never name); MathJax needs neither.  Markup inside the maths (``<br>``, ``&nbsp;``, the
    editor's ``<div>``) is what Anki strips before typesetting too.
    """
    text_bodies = 0

    def tex(body: str) -> str:
        return html.unescape(TAG.sub(" ", BREAK.sub(" ", body))).replace("\xa0", " ").strip()

    def swap(m: re.Match[str]) -> str:
        nonlocal text_bodies
        kind, body = m.group(1).lower(), tex(m.group(2))
        if kind == "$":
            return html.escape(f"\\({body}\\)", quote=False)
        if kind == "$$":
            return html.escape(f"\\[{body}\\]", quote=False)
        whole = _DOLLARS.fullmatch(body)
        env = _ENVIRONMENT.fullmatch(body)
        if whole is not None:
            shown = f"\\[{whole.group(1)}\\]" if whole.group(1) is not None else f"\\({whole.group(2)}\\)"
        elif env is not None:
            shape = _SHAPES[env.group("env")]
            inner = env.group("body").strip()
            shown = f"\\[\\begin{{{shape}}}{inner}\\end{{{shape}}}\\]" if shape else f"\\[{inner}\\]"
        elif (body.startswith("\\[") and body.endswith("\\]")) or (body.startswith("\\(") and body.endswith("\\)")):
            shown = body
        else:
            text_bodies += 1
            shown = _latex_text(body)
            return shown if is_html else html.unescape(TAG.sub("", BREAK.sub("\n", shown)))
        return html.escape(shown, quote=False)

    return _ANKI_LATEX.sub(swap, field), text_bodies


_TEXT_COMMAND = re.compile(r"\\(textbf|textit|emph|texttt|textsl|textsc|textrm|textsf|textup|textnormal|underline|text|mbox)\s*\{([^{}]*)\}")
_TEXT_TAGS = {"textbf": "b", "textit": "i", "emph": "i", "textsl": "i", "texttt": "code"}
_ESCAPED = re.compile(r"\\([%&$#_{}])")


def _latex_text(body: str) -> str:
    """A ``[latex]`` body of LaTeX text as HTML: its ``$…$`` maths as deckc's maths, its common text
    commands as what they print (``\\textbf{x}`` bold, ``\\emph{x}`` italic, ``\\texttt{x}`` code, ``\\\\`` a
    line break, ``\\%`` a per cent sign, ``~`` a space, ``--`` a dash); any other command as written."""
    out: list[str] = []
    pos = 0
    for d in _DOLLARS.finditer(body):
        out.append(_text_commands(body[pos : d.start()]))
        maths = f"\\[{d.group(1)}\\]" if d.group(1) is not None else f"\\({d.group(2)}\\)"
        out.append(html.escape(maths, quote=False))
        pos = d.end()
    out.append(_text_commands(body[pos:]))
    return "".join(out)


def _text_commands(text: str) -> str:
    text = html.escape(text, quote=False)
    for _ in range(3):  # nested: \textbf{\emph{x}} (innermost first)
        new = _TEXT_COMMAND.sub(lambda m: f"<{t}>{m.group(2)}</{t}>" if (t := _TEXT_TAGS.get(m.group(1))) else m.group(2), text)
        if new == text:
            break
        text = new
    text = text.replace("\\\\", "<br>").replace("---", "\u2014").replace("--", "\u2013").replace("~", "\u00a0")
    return _ESCAPED.sub(r"\1", text)


LATEX_TEXT = (
    "a [latex] snippet holds LaTeX text, not only maths: its maths is typeset, \\textbf/\\emph/\\texttt and \\\\ "
    "shown as bold/italic/code and a line break, any other command as written",
    "in Anki, write the text outside [latex] and the maths as [$]…[/$]; or leave it",
)


def answer_side(front: str, back: str, is_html: bool) -> str:
    """The back field without the question repeated above a rule.

    A tool that dumps what a card's answer side shows (``{{FrontSide}}<hr id=answer>{{Back}}``) writes
    the front's text, a rule and then the answer into the back: when the back's text before its first
    ``<hr>`` is the front's text, the back is what follows the rule."""
    if not is_html:
        return back
    rule = _RULE.search(back)
    if rule is None:
        return back
    before = plain(back[: rule.start()], True)
    if not before or before != plain(front, True):
        return back
    return _LEADING_BREAKS.sub("", back[rule.end() :])


PRE = re.compile(r"<pre\b[^>]*>.*?</pre\s*>", re.I | re.S)
_INLINE_CODE = re.compile(r"<code\b[^>]*>(.*?)</code\s*>", re.I | re.S)


def front_question(field: str, is_html: bool = True) -> str:
    """A front field's question as one line: its inline ``<code>`` kept as `` `code` `` (the card shows it as
    code), its code blocks left out (:func:`front_code` shows them whole); trial21 T21-23, where a program's lines
    were squashed into the question's."""
    if not is_html or "<code" not in field.lower():
        return plain(field, is_html)
    field = PRE.sub(" ", field)
    return plain(_INLINE_CODE.sub(lambda m: "`" + TAG.sub("", BREAK.sub(" ", m.group(1))).replace("`", "'") + "`", field), True)


def front_code(field: str) -> tuple[list[Block], bool]:
    """A front field's code blocks (``<pre>``), sanitized, their lines and indentation kept, and whether they come
    after its text (shown under the question) rather than before it."""
    found = list(PRE.finditer(field))
    blocks = [Block(kind=BlockKind.html, text=cleaned) for m in found if visible(cleaned := sanitize(m.group(0)))]
    after = bool(found) and bool(plain(field[: found[0].start()], True))
    return blocks, after


def front_images(field: str) -> list[Block]:
    """The pictures of an HTML front field, sanitized, as one block shown on the card's front."""
    tags = IMG.findall(field)
    cleaned = sanitize("<p>" + " ".join(tags) + "</p>") if tags else ""
    return [Block(kind=BlockKind.html, text=cleaned)] if "<img" in cleaned else []


CLOZE_MARK = re.compile(r"\{\{c\d+::(.*?)(?:::[^{}]*?)?\}\}", re.S)


def unclozed(field: str) -> str:
    """A cloze deletion in a field that is no cloze text (a Basic note's back, a cloze's extra field):
    its words, as the answer says them (``{{c1::Paris::city}}`` → ``Paris``), never the raw markup."""
    return CLOZE_MARK.sub(lambda m: m.group(1), field) if "{{c" in field else field


def html_blocks(field: str) -> list[Block]:
    """An HTML field as one sanitized block, or none when it shows nothing."""
    cleaned = sanitize(field_breaks(unclozed(field)))
    return [Block(kind=BlockKind.html, text=cleaned)] if visible(cleaned) else []


_BLOCK_TAGS = r"(?:p|div|ol|ul|li|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|blockquote|h[1-6]|hr|pre|figure|details|summary|section)"
_BLOCK_BEFORE = re.compile(rf"</?{_BLOCK_TAGS}\b[^<>]*>\s*$", re.I)
_BLOCK_AFTER = re.compile(rf"\s*</?{_BLOCK_TAGS}\b", re.I)
_NEWLINE = re.compile(r"[ \t]*\n[ \t]*")


def field_breaks(field: str) -> str:
    """A field's line breaks as the card shows them: a newline in text a ``<br>`` (a line typed in the editor of a
    tool that writes them so), one beside a block tag only the space HTML makes of it ('<ol>\\n<li>…</li>\\n<li>',
    as Anki's exports and genanki decks write lists and tables: trial22 T22-33, a blank line between each item), and
    the lines of a ``<pre>`` as they are."""
    if "\n" not in field:
        return field
    code = [m.span() for m in PRE.finditer(field)]

    def swap(m: re.Match[str]) -> str:
        if any(start <= m.start() < end for start, end in code):
            return m.group(0)
        if _BLOCK_BEFORE.search(field, max(0, m.start() - 400), m.start()) or _BLOCK_AFTER.match(field, m.end()):
            return " "
        return "<br>"

    return _NEWLINE.sub(swap, field)


def paragraph(block: Block) -> Block:
    """A further field added to the back: an HTML block as its own paragraph."""
    return Block(kind=BlockKind.html, text=f"<p>{block.text}</p>") if block.kind is BlockKind.html else block


# --- multiple-choice note types of Anki add-ons -----------------------------------------------------
# "Multiple Choice for Anki" (note type 'AllInOne (kprim, mc, sc)': Question, Title, QType, Q_1…Q_5,
# Answers "1 0 0 0", Sources, Extra 1; older versions MC_1…MC_5), and the like: numbered option fields
# and a key field that says which options are right (bits, numbers, letters or an option's text).

# (also a spreadsheet bank's header: 'Option A', 'Answer 1', 'Choice 2', 'Correct Answer', Kahoot's 'Correct answer(s)';
# Udemy's practice-test template 'Answer Option 1': trial25 T25-5)
_OPTION_FIELD = re.compile(
    r"^(?:answer[ _])?(?:q|mc|option|choice|answer|alternative|antwort|réponse|reponse|respuesta|opción|opcion|alternativa|opção|opcao"
    r"|resposta|opzione|risposta|antwoord|odpowied[źz]|вариант)[ _.-]?(\d{1,2})$",
    re.I,
)
# ('Alternativa A': a pt-BR bank, trial24 T24-14; 'Opción B', 'Opzione C', 'Antwort D' …)
_LETTER_FIELD = re.compile(
    r"^(?:(?:option|answer|choice|alternative|opción|opcion|alternativa|opção|opcao|opzione|antwort|réponse|reponse|respuesta"
    r"|resposta|risposta|antwoord|odpowied[źz]|вариант)[ _]?)?([a-j])\)?$",
    re.I,
)
_KEY_FIELD = re.compile(
    r"^(?:answers?|(?:correct|right|true)(?:[ _](?:answers?|options?|choices?|letter))?|answer[ _]key|solutions?|key|lösung|richtig"
    # the right answer in other languages (a quiz bot's or a teacher's template: trial16 T16-21)
    r"|richtige[ _]antwort|respuesta[ _]correcta|r[ée]ponse[ _]correcte|bonne[ _]r[ée]ponse|risposta[ _]corretta"
    r"|resposta[ _]correta|juist[ _]antwoord|correct[ _]antwoord|poprawna[ _]odpowied[źz]|правильный[ _]ответ"
    r"|правильна[ _]відповідь|to[ʻ'’`]?g[ʻ'’`]?ri[ _]javob|đáp[ _]án(?:[ _]đúng)?|doğru[ _]cevap|jawaban[ _]benar|正确答案|正解|정답"
    # the key's own word ('Gabarito': pt-BR exams, trial24 T24-14; 'Clave', 'Chave') and the answer in other languages
    r"|gabarito|clave|chave|alternativa[ _]correta|op[çc][ãa]o[ _]correta|opci[óo]n[ _]correcta|respuesta|resposta|risposta"
    r"|r[ée]ponse|antwort|antwoord|odpowied[źz]|ответ|відповідь|答案|答え"
    # (the answer of the other languages written in Cyrillic and of Greek: a Kazakh bank's 'Жауап': trial37 T37-2)
    r"|жауап|отговор|одговор|хариулт|хариу|жавоб|жооп|адказ|απάντηση|απαντηση)$",
    re.I,
)
_QTYPE_FIELD = re.compile(r"^q(?:uestion)?[ _]?type\b", re.I)
# ('Question Text', 'Question Stem', 'Prompt': Blooket's and other quiz tools' templates name it so: trial15 T15-42)
_QUESTION_FIELD = re.compile(r"^(?:(?:question|frage|stem|front|text|prompt)(?:[ _](?:text|stem))?)$", re.I)
_TITLE_FIELD = re.compile(r"^(?:title|titel|heading)$", re.I)
_NUMBER_FIELD = re.compile(r"^(?:(?:question|item|q)[ _]?)?(?:number|no\.?|nr\.?|id|#|№|stt|n[º°o]\.?|núm(?:ero)?\.?|num(?:ero)?\.?|número|nummer)$", re.I)  # (STT: Vietnamese 'No.')  # ('Question #': Blooket)
# an incorrect answer's column (Gimkit's template: 'Question', 'Correct Answer', 'Incorrect Answer 1' …, T15-42)
_WRONG_FIELD = re.compile(
    r"^(?:(?:incorrect|wrong|false)[ _]?(?:answers?|options?|choices?)?|distractors?|falsche[ _]antwort|respuesta[ _]incorrecta"
    r"|r[ée]ponse[ _]incorrecte|mauvaise[ _]r[ée]ponse|risposta[ _](?:errata|sbagliata)|resposta[ _](?:errada|incorreta)"
    r"|fout[ _]antwoord|b[łl][ęe]dna[ _]odpowied[źz]|неправильный[ _]ответ|неверный[ _]ответ|неправильна[ _]відповідь"
    r"|noto[ʻ'’`]?g[ʻ'’`]?ri[ _]javob|đáp[ _]án[ _]sai|yanlış[ _]cevap|jawaban[ _]salah|错误答案|誤答|오답)[ _.-]?(\d{1,2})$",
    re.I,
)
_PLAIN_EXTRA = re.compile(r"^(?:extra|(?:answer\s+|overall\s+|general\s+)?explanation|erklärung|notes?|back extra|comment)\b", re.I)
_KEY_BITS = re.compile(r"^[01](?:[\s,;]+[01])*$")
_KEY_NUMBERS = re.compile(r"^\d{1,2}(?:\s*(?:[,;/ ]|and|&)\s*\d{1,2})*$", re.I)
_KEYLETTERS = re.compile(r"^[a-j](?:\s*(?:[,;/ ]|and|&)\s*[a-j])*$", re.I)
_KEY_NAMED = re.compile(r"^\(?(?:options?|answers?|choices?|alternatives?)\b[\s_:.-]*", re.I)
KPRIM, MULTIPLE, SINGLE = 0, 1, 2


@dataclass(frozen=True)
class ChoiceFields:
    """Which fields of a multiple-choice note type are what (indexes into the note's fields)."""

    question: int
    title: int | None
    options: list[int]  # in option order
    key: int
    qtype: int | None  # the QType field (0 kprim, 1 several right, 2 one right)
    extras: list[tuple[int, bool]]  # further fields for the back, in order: (index, labelled with its name)
    kind: int | None  # the note type's kind from its name ('Kprim', 'Single Choice'), when it has no QType field
    letters: str = ""  # the alphabet the option columns are lettered in when not Latin ('АБВГ…'), its keys the same


def choice_fields(names: list[str], type_name: str = "", text_key: bool = False) -> ChoiceFields | None:
    """The multiple-choice layout of a note type from its field names, or None: it needs two or more
    option fields numbered in order (``Q_1``, ``Q_2`` …, ``MC_1`` …, ``Option 1`` …, or ``a``, ``b`` …)
    and a key field (``Answers``, ``Correct``). ``text_key``: a key column beside numbered ``Incorrect Answer N``
    columns (Gimkit) is read as the first option, for a caller that takes the right option by its column
    (:func:`bank_right`); others would read a numeric answer ('4') as an option's place (trial16 T16-28)."""
    numbered: dict[int, int] = {}
    lettered: dict[int, int] = {}
    alphabet = ""  # the other alphabet the option columns are lettered in, once one is
    wrong: dict[int, int] = {}
    key = qtype = question = title = None
    for k, raw in enumerate(names):
        name = raw.strip()
        if (m := _OPTION_FIELD.match(name)) and int(m.group(1)) not in numbered:
            numbered[int(m.group(1))] = k
        elif (m := _WRONG_FIELD.match(name)) and int(m.group(1)) not in wrong:
            wrong[int(m.group(1))] = k
        elif (m := _LETTER_FIELD.match(name)) and ord(m.group(1).lower()) - ord("a") + 1 not in lettered:
            lettered[ord(m.group(1).lower()) - ord("a") + 1] = k
        elif (place := _foreign_place(name, alphabet)) and place[1] not in lettered:
            alphabet, at = place
            lettered[at] = k
        elif key is None and _KEY_FIELD.match(name):
            key = k
        elif qtype is None and _QTYPE_FIELD.match(name):
            qtype = k
        elif question is None and (_QUESTION_FIELD.match(name) or columns.role(" ".join(name.lower().split())) == "front"):
            question = k
        elif title is None and _TITLE_FIELD.match(name):
            title = k
    found = numbered if len(numbered) >= len(lettered) else lettered
    order = sorted(found)
    if text_key and key is not None and len(order) < 2 and wrong and min(wrong) == 1:
        # the right answer's text in its column and the wrong ones numbered (Gimkit): the right one is the first
        # option, the key column itself (a source whose right option is always A is reordered by the deck's shuffle)
        found, order = {1: key} | {n + 1: wrong[n] for n in wrong}, [1, *(n + 1 for n in sorted(wrong))]
    if key is None or len(order) < 2 or order[:2] != [1, 2]:
        return None
    options = [found[n] for n in order]
    used = {key, qtype, title, *options} - {None}
    if question is None:
        question = next((k for k in range(len(names)) if k not in used and not _NUMBER_FIELD.match(names[k].strip())), None)
        if question is None:
            return None
    used.add(question)
    extras = [(k, not (_PLAIN_EXTRA.match(n.strip()) or columns.role(" ".join(n.lower().split())) == "explain"))
              for k, n in enumerate(names) if k not in used and not _NUMBER_FIELD.match(n.strip())]  # fmt: skip
    lowered = type_name.lower()
    kind = KPRIM if "kprim" in lowered else SINGLE if "single" in lowered else None
    return ChoiceFields(question, title, options, key, qtype, extras, kind, alphabet if found is lettered else "")


def _foreign_place(name: str, alphabet: str) -> tuple[str, int] | None:
    """The alphabet and place (from 1) of a column named by one letter of another script's options ('Б', 'β)'), else
    None; once a column has named the alphabet (``alphabet``), only its letters (a Kazakh or Russian bank's 'А | Б | В
    | Г' over the options, keyed 'Б': trial37 T37-2)."""
    letter = name.rstrip(")").strip()
    if len(letter) != 1:
        return None
    for letters in (alphabet,) if alphabet else OPTION_ALPHABETS:
        if letter in letters:
            return letters, letters.index(letter) + 1
    return None


def _latin_key(key: str, letters: str) -> str:
    """A key in the option columns' own letters ('Б', 'б, г') in the Latin ones of the same places ('B', 'B, D'); a key
    in other words (an option's text) as it is."""
    text = plain(key, True).strip().strip(".")
    lower = letters.lower()
    places = [letters.find(c) if c in letters else lower.find(c) for c in text if not (c.isspace() or c in ",;/")]
    if not places or -1 in places or len(places) > len(letters):
        return key
    return ", ".join(LETTERS[p] for p in places if p < len(LETTERS))


def lettered_choices(texts: list[str], shown: list[int], right: list[int], letters: str, own: str = "") -> tuple[list[Choice], str]:
    """A bank row's options that have text (``shown``: indexes into ``texts``) lettered A, B, … in order, and the
    letters of the right ones (``right``), as a multiple-choice item takes them. ``own``: the alphabet the bank's
    option columns are lettered in ('АБВГ…', 'ΑΒΓΔ…'), each option then shown with its column's letter ('Б) Астана'),
    as the bank writes it and its key names it, not 'B)' (trial37 T37-2)."""
    label = {i: letters[n] for n, i in enumerate(shown[: len(letters)])}
    marks = {i: f"{own[i]})" if own and all(k < len(own) for k in label) else "" for i in label}
    return [Choice(label=label[i], text=texts[i], mark=marks[i]) for i in label], ",".join(label[r] for r in right if r in label)


def choice_key(key: str, options: list[str]) -> list[int] | None:
    """The positions (from 0) of the right options, as a key field says them: one bit per option in
    order (``1 0 0 1``), their numbers (``1, 4``), their letters (``A, D``) or the text of the right one;
    None when the key says none of these ways. ``options`` are the options' plain texts ('' for an
    empty field, whose position still counts)."""
    text = plain(key, True).strip().strip(".")
    if not text:
        return None
    named = _KEY_NAMED.sub("", text).strip("(). ")  # 'Option B', 'Answer 2', '(C)': the letter or number alone
    if named != text and (_KEY_NUMBERS.match(named) or _KEYLETTERS.match(named)) and not any(squash(o).casefold() == text.casefold() for o in options):
        text = named
    if _KEY_BITS.match(text) and (len(re.findall(r"[01]", text)) > 1 or text == "1"):
        return [k for k, bit in enumerate(re.findall(r"[01]", text)) if bit == "1"]
    if _KEY_NUMBERS.match(text) and all(0 < int(n) <= len(options) for n in re.findall(r"\d+", text)):
        return sorted({int(n) - 1 for n in re.findall(r"\d+", text)})
    if _KEYLETTERS.match(text):
        return sorted({ord(c.lower()) - ord("a") for c in re.findall(r"\b[a-j]\b", re.sub(r"(?i)\band\b", " ", text), re.I)})
    same = [k for k, o in enumerate(options) if o and squash(o).casefold() == squash(text).casefold()]
    return same or None


def bank_right(bank: ChoiceFields, key: str, texts: list[str], textual: bool = False) -> list[int] | None:
    """The positions of a bank row's right options: the key column's own when it is one of the options (Gimkit's
    'Correct Answer' beside 'Incorrect Answer 1' …: its text is the answer, never a number to read as an option's
    place: '3' sides of a triangle), else what the key says (:func:`choice_key`). ``textual``: the bank's keys
    write the right option's text (most rows' do), so a key '6' that is an option's text is that option (lead G19:
    'How many sides has a hexagon?' / 5, 6, 7, 8 / '6' was "names none of its options")."""
    if bank.key in bank.options:
        return [bank.options.index(bank.key)]
    if bank.letters:
        key = _latin_key(key, bank.letters)
    if textual and (same := _same_texts(texts, key)):
        return same
    return choice_key(key, texts)


def _spaceless(text: str) -> str:
    return "".join(squash(text).casefold().split())


def _same_texts(texts: list[str], key: str) -> list[int]:
    """The options whose text the key writes (case aside), else the one option it writes but for its spaces ('100°C'
    for '100 °C', a no-break or thin space before a unit: T31-55); none when spaces aside it writes two."""
    said = squash(plain(key, True)).casefold()
    same = [k for k, o in enumerate(texts) if o and squash(o).casefold() == said]
    if same or not said:
        return same
    close = [k for k, o in enumerate(texts) if o and _spaceless(o) == _spaceless(said)]
    return close if len(close) == 1 else []


def keys_textual(keys: list[str], options: list[list[str]]) -> bool:
    """Whether most of a bank's keys write the text of one of their row's options rather than its letter or number."""
    said = [bool(k.strip()) and bool(_same_texts(opts, k)) for k, opts in zip(keys, options, strict=True)]
    return 2 * sum(said) > len([k for k in keys if k.strip()])


def choice_kind(qtype: str, fields: ChoiceFields, right: int) -> int:
    """What the note asks: kprim (each statement true or false), several right or one right; from its QType
    field (0, 1, 2), else the note type's name, else how many options its key marks."""
    value = plain(qtype, True).strip()
    if value in ("0", "1", "2"):
        return int(value)
    if fields.kind is not None:
        return fields.kind
    return SINGLE if right == 1 else MULTIPLE


# --- multiple-choice banks kept as tables (a spreadsheet, a Markdown table, Kahoot's template) ----------

_HEADER_NOTE = re.compile(r"\s+[-\u2013\u2014]\s+.*$|\s*\([^()]*\)")


def bank_column_name(cell: str) -> str:
    """A bank's column name without the note a template adds to it: 'Question - max 120 characters' →
    'Question', 'Correct answer(s) - choose at least one' → 'Correct answer', 'Time limit (sec)' → 'Time limit'."""
    cell = cell.strip().strip('"*_ ')
    return _HEADER_NOTE.sub("", cell).strip() or cell


def bank_columns(cells: list[str], text_key: bool = False) -> ChoiceFields | None:
    """The columns of a header row that names a multiple-choice bank, or None: two or more option columns
    in order ('A', 'B' …; 'Option A' …; 'Answer 1' …; 'Choice 1' …), a key column ('Correct Answer',
    'Answer', 'Correct', 'Key'; Kahoot's 'Correct answer(s)') and a question column ('Question', else the
    first other one). A row of data is no such header (a cell that asks, a long one: trial9 T24)."""
    names = [" ".join(bank_column_name(c).replace("_", " ").split()) for c in cells]
    if any(len(n) > 40 or n.endswith(("?", "？")) for n in names):
        return None
    return choice_fields(names, text_key=text_key)


# --- a form's responses (trial17 T17-11) ---------------------------------------------------------------------------
# Google Forms' "Download responses (.csv)" ('Timestamp,Email Address,Score,<one column per question>', a row per
# respondent) and Microsoft Forms' export ('ID,Start time,Completion time,Email,Name,Total points,…', with
# 'Points - <question>' / 'Feedback - <question>' columns in a quiz). Read as a table of cards, each respondent was a
# note fronted by a time stamp with the e-mail address, score and answers on its back: personal data in a shared
# deck. The questions are the header's cells, each answered by a respondent who scored it fully (a '3 / 3' row, or
# the most points in its 'Points - …' column); respondents' cells are never card text.
# the columns a form writes about its respondents, never a question (lower case)
_META = {
    "timestamp", "email address", "email", "e-mail", "username", "name", "score", "total points", "quiz feedback",
    "id", "start time", "completion time", "last modified time", "grade posted to learners",
}  # fmt: skip
_SCORE = {"score", "total points"}
_FRACTION = re.compile(r"^\s*(?P<got>\d+(?:[.,]\d+)?)\s*/\s*(?P<of>\d+(?:[.,]\d+)?)\s*$")


@dataclass
class Responses:
    """Which columns of a responses table are what."""

    questions: list[int]  # a question's column (its header cell the question)
    score: int | None  # the 'Score' ('2 / 3') or 'Total points' column
    points: dict[int, int]  # a question's column -> its 'Points - <question>' column (Microsoft Forms' quizzes)


def response_columns(cells: list[str]) -> Responses | None:
    """The columns of a form's responses, told by its header's first cells (Google: ``Timestamp``; Microsoft: ``ID``,
    ``Start time``, ``Completion time``), else None."""
    names = [" ".join(c.split()).lower() for c in cells]
    if not names or not (names[0] == "timestamp" or names[:3] == ["id", "start time", "completion time"]):
        return None
    meta = {k for k, n in enumerate(names) if n in _META or n.startswith(("points - ", "feedback - "))}
    questions = [k for k in range(len(names)) if k not in meta and names[k]]
    if not questions:
        return None
    score = next((k for k, n in enumerate(names) if n in _SCORE), None)
    by_name = {n: k for k, n in enumerate(names)}
    points = {k: by_name[f"points - {names[k]}"] for k in questions if f"points - {names[k]}" in by_name}
    return Responses(questions, score, points)


def _number(cell: str) -> float | None:
    try:
        return float(cell.strip().replace(",", "."))
    except ValueError:
        return None


def keyed_answers(plan: Responses, rows: list[list[str]]) -> dict[int, str]:
    """Each question's answer, from a respondent who scored it fully: its ``Points - …`` column's best row (Microsoft),
    else a row whose score is full (``3 / 3``); questions no such row answers are left out."""

    def cell(row: list[str], k: int) -> str:
        return row[k].strip() if k < len(row) else ""

    answers: dict[int, str] = {}
    for k, at in plan.points.items():
        scored = [(_number(cell(row, at)), row) for row in rows]
        best = max((s for s, _ in scored if s is not None), default=None)
        if best:
            answers[k] = next(cell(row, k) for s, row in scored if s == best and cell(row, k))
    if plan.score is not None:
        full = None
        for row in rows:
            m = _FRACTION.match(cell(row, plan.score))
            if m and float(m.group("got").replace(",", ".")) == float(m.group("of").replace(",", ".")) > 0:
                full = row
                break
        for k in plan.questions:
            if k not in answers and full is not None and cell(full, k):
                answers[k] = cell(full, k)
    return answers


# --- a sheet's options in one column (lead G18, trial19 T19-30) ----------------------------------------------------
_CELL_BREAK = re.compile(r"<br\s*/?>", re.I)
_CELL_LABEL = re.compile(r"^\(?(?P<label>[A-Ha-h]) ?[.):]\s*(?P<text>\S.*)$")  # ("B .Trước": a typed label)
CELL_OPTIONS_MIN = 2


def cell_options(cell: str) -> list[str] | None:
    """The options one cell lists (their labels left out), or None: parts on ``<br>``, each labelled in order from A
    or none labelled, else an inline run ``A) … B) … C) …``."""
    parts = [p.strip() for p in _CELL_BREAK.split(cell.replace("\r\n", "\n").replace("\n", "<br>")) if p.strip()]
    for mark in ("|", ";", "•"):  # ('Paris|Lyon|Nice|Lille': one separator between the options; trial25 T25-38)
        if len(parts) == 1 and mark in cell and len(split := [p.strip() for p in cell.split(mark)]) >= CELL_OPTIONS_MIN and all(split):
            parts = split
            break
    if len(parts) >= CELL_OPTIONS_MIN:
        labels = [_CELL_LABEL.match(p) for p in parts]
        if all(m is None for m in labels):
            return parts
        if all(m is not None and m.group("label").lower() == "abcdefgh"[k] for k, m in enumerate(labels)):
            return [m.group("text").strip() for m in labels if m is not None]
        return None
    from compiler.sources.choices import inline_options

    found = inline_options(cell)
    if found is None or found[0] or any(not _CELL_LABEL.match(o) for o in found[1]):
        return None  # (text before the run, or a key after it: no cell of options alone)
    # ('a) Paris, b) Lyon, c) Nice': the separator after each option is none of its text; trial25 T25-38)
    return [m.group("text").strip().rstrip(",;").rstrip() for o in found[1] if (m := _CELL_LABEL.match(o)) is not None]


def option_cells(table: list[list[str]]) -> list[list[str]] | None:
    """A sheet's rows (its header first) with its options column, each cell listing a question's options on its lines
    ('A. …' / 'B. …', as Excel keeps a cell typed with Alt+Enter), as a column an option, when the sheet then names a
    multiple-choice bank; None when it has no such column or a cell does not split (trial19 T19-30)."""
    if len(table) < 2:
        return None
    head = table[0]
    at = [k for k, c in enumerate(head) if " ".join(c.strip("*_` ").lower().replace("_", " ").split()) in columns.OPTIONS_WORDS]
    if len(at) != 1:
        return None
    col = at[0]
    body = [row for row in table[1:]]
    split = [cell_options(row[col]) if col < len(row) and row[col].strip() else [] for row in body]
    if any(s is None for s in split) or not any(split):
        return None
    width = max(len(s or []) for s in split)
    header = [*head[:col], *(chr(ord("A") + k) for k in range(width)), *head[col + 1 :]]
    if bank_columns(header) is None:
        return None
    return [header, *([*row[:col], *(options or []), *[""] * (width - len(options or [])), *row[col + 1 :]] for row, options in zip(body, split, strict=True))]


LEVEL_CHARS = 24  # a level is a word or two ('easy', 'sehr schwer'); a longer text in such a field is card text
# deckc's own multiple-choice Options field: its entries, the right one marked 'correct', each after its label
_OPTION_ENTRY = re.compile(r"<li\b(?P<attrs>[^>]*)>(?P<body>.*?)</li\s*>", re.S | re.I)
# ('A)', or the page's own label deckc showed, '③', 'б)', '(ii)': compiler.sources.letters.page_labels)
_OPTION_LABEL = re.compile(r"^\s*<span\b[^>]*\blabel\b[^>]*>\s*(?P<label>[A-Z]\)|[^<\s]{1,8})\s*</span>\s*")


@dataclass(frozen=True)
class OwnOptions:
    """The options of a note of deckc's own multiple-choice type: each one's HTML, the label the card showed when
    it is the page's own ('β)', 'б)', '③': :attr:`compiler.model.Choice.mark`, "" for the letter's ``A)``), and the
    letters of the right ones."""

    bodies: list[str]
    marks: list[str]
    right: list[str]


def own_options(options: str, correct: str) -> OwnOptions:
    """The options of a note of deckc's own multiple-choice type (its Options field, ``<li>`` entries after their
    label), with the labels the card showed, and the letters of the right ones: those marked ``class="correct"``,
    else the ones its Correct field names ('B) …', or the page's own label, 'β) …')."""
    entries = [(m.group("attrs"), m.group("body")) for m in _OPTION_ENTRY.finditer(options)][: len(LETTERS)]
    labels = [m.group("label") if (m := _OPTION_LABEL.match(body)) else "" for _, body in entries]
    bodies = [_OPTION_LABEL.sub("", body, count=1) for _, body in entries]
    marks = [html.unescape(label) if label and label != f"{LETTERS[n]})" else "" for n, label in enumerate(labels)]
    right = [LETTERS[n] for n, (attrs, _) in enumerate(entries) if re.search(r"""class\s*=\s*["'][^"']*\bcorrect\b""", attrs)]
    if not right:
        said = [html.unescape(m.group(1)) for m in re.finditer(r"(?:^|<br\s*/?>|\n)\s*([^<\s]{1,8})\s", correct)]
        shown = [mark or f"{LETTERS[n]})" for n, mark in enumerate(marks)]
        right = [LETTERS[shown.index(x)] for x in said if x in shown]
    return OwnOptions(bodies, marks, right)


@dataclass(frozen=True)
class AlsoAnswer:
    """One answer of the 'More answers' fold deckc writes under a merged note's answer (another item merged into the
    note): its own question's HTML ("" when it asks the note's question), a quiz's options list ("" for an answer in
    words) and its answer or explanation."""

    question: str
    options: str
    body: str
    source: str = ""  # its 'Also in Cell quiz #4' line's document, 'Cell quiz #4' (:func:`own_origin`)


_DIV = re.compile(r"<(/?)div\b[^>]*>", re.I)
_ALSO_FOLD = re.compile(r"""<details\s+class\s*=\s*["']also-more["'][^>]*>""", re.I)
_ALSO_BOX = re.compile(r"""<div\s+class\s*=\s*["']also["'][^>]*>\s*$""", re.I)
_DETAILS = re.compile(r"<(/?)details\b[^>]*>", re.I)
_ALSO_SUMMARY = re.compile(r"^\s*<summary>.*?</summary>", re.S | re.I)
_ALSO_QUIZ = re.compile(r"""^\s*<p\s+class\s*=\s*["']also-quiz["'][^>]*>(.*?)</p>""", re.S | re.I)


def _div_end(html_text: str, start: int) -> int:
    """Where the ``<div>`` opened just before ``start`` closes (after its ``</div>``); the text's end if never."""
    depth = 1
    for tag in _DIV.finditer(html_text, start):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return tag.end()
    return len(html_text)


def own_also(field: str) -> tuple[str, list[AlsoAnswer]]:
    """A field of one of deckc's own note types (Also; a quiz's Explanation, a cloze's Extra) without the 'More
    answers' fold deckc wrote there, and the answers it held: each is another question merged into the note, read
    again as a question of its own (a new build merges them afresh), never as text of this note's answer; its
    'Also in <source>' line is deckc's attribution, no card text."""
    m = _ALSO_FOLD.search(field)
    if m is None:
        return field, []
    depth, end = 1, len(field)
    for tag in _DETAILS.finditer(field, m.end()):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            end = tag.start()
            break
    inner = _ALSO_SUMMARY.sub("", field[m.end() : end], count=1)
    start, stop = m.start(), min(len(field), end + len("</details>"))
    box = _ALSO_BOX.search(field[: m.start()])
    if box is not None:  # (a quiz's or a cloze's fold comes in its 'also' box)
        start = box.start()
        close = re.match(r"\s*</div\s*>", field[stop:])
        stop += close.end() if close else 0
    answers: list[AlsoAnswer] = []
    for item in re.finditer(r"""<div\s+class\s*=\s*["']also-item["'][^>]*>""", inner, re.I):
        body = inner[item.end() : _div_end(inner, item.end())]
        body = re.sub(r"</div\s*>\s*$", "", body)
        source = re.match(r"""\s*<div\s+class\s*=\s*["']also-source["'][^>]*>""", body, re.I)
        said = ""
        if source is not None:
            close = _div_end(body, source.end())
            said = re.sub(r"^\s*Also in\s+", "", plain(re.sub(r"</div\s*>\s*$", "", body[source.end() : close]), True))
            body = body[close:]
        quiz = _ALSO_QUIZ.match(body)
        question = quiz.group(1).strip() if quiz else ""
        body = body[quiz.end() :] if quiz else body
        options = ""
        box_m = re.match(r"""\s*<div\s+class\s*=\s*["']reveal also-options["'][^>]*>""", body, re.I)
        if box_m is not None:
            close = _div_end(body, box_m.end())
            inside = body[box_m.end() : close]
            options = "".join(_OPTION_LIST.findall(inside))
            body = body[close:]
        answers.append(AlsoAnswer(question, options, body.strip(), said))
    return field[:start] + field[stop:], answers


_OPTION_LIST = re.compile(r"<ol\b[^>]*>.*?</ol\s*>", re.S | re.I)


def own_choice(label: str, value: str, mark: str = "") -> Choice:
    """An option of deckc's own multiple-choice note (its Options entry after the label): its text, its markup (bold,
    a subscript, maths) when it has some, and ``mark`` the label the card showed when it was the page's own."""
    text = plain(SOUND.sub("", value), True)
    marked = sanitize(IMG.sub("", SOUND.sub("", value))) if "<" in value else ""
    shown = marked if marked and marked != html.escape(text, quote=False) else ""
    return Choice(label=label, text=text or "[image]", html=shown, mark=mark)


_NUMBERED = re.compile(r"^(?P<title>.*\S)\s+#(?P<number>\S+)$")


def own_origin(sources: str) -> dict[str, object]:
    """The document a note of deckc's own type came from, as its Sources field (or a merged answer's 'Also in …' line)
    names it: ``origin`` and ``number`` for :func:`make_item` ('Cell quiz #4' → 'Cell quiz', '4'; a note that merged
    several names them 'A · B': the first is its own). Read back, the card names that document again, never the
    package's file (formats list 1, sitting 28)."""
    first = plain(sources, True).split(" \u00b7 ")[0].strip()
    m = _NUMBERED.match(first)
    if m is None:
        return {"origin": first} if first else {}
    return {"origin": m.group("title"), "number": m.group("number")}


def also_items(
    doc: Document, source: SourceConfig, diag: Diagnostics, line: int, also: list[AlsoAnswer], main: Item | None, hint: str,
    **common: object,
) -> list[Item]:  # fmt: skip
    """The questions a note of deckc's own type had merged (its 'More answers' fold, :func:`own_also`), each a question
    of its own at the note's ``line`` (a quiz with its options again), with ``common`` (section, level, tags) and
    no GUID: a new build merges them afresh. One asking the note's own question gets an id of its own, never a 'same
    question' warning (the two asked it in two documents)."""
    out: list[Item] = []
    for n, more in enumerate(also, start=1):
        question = plain(more.question, True)
        if not question and (main is None or main.kind is ItemKind.cloze):
            continue  # (the cloze's own extra again: nothing asks it)
        question = question or (main.question if main else "")
        ident: dict[str, object] = {"guid": None}
        if main is not None and normalize_text(question) == normalize_text(main.question):
            ident.update(key=f"{main.key}--also-{n}", anchor=f"{main.anchor}#also-{n}")
        answer = html_blocks(more.body)
        options = own_options(more.options, "") if more.options else None
        fields = {**common, **ident, "question": question, **own_origin(more.source)}
        if options is not None and len(options.bodies) >= 2 and options.right:
            choices = [own_choice(LETTERS[k], body, options.marks[k]) for k, body in enumerate(options.bodies)]
            item = make_item(
                doc, source, diag, line, kind=ItemKind.multiple_choice, choices=choices, correct=",".join(options.right), answer=answer, **fields
            )
        else:
            item = basic_item(doc, source, diag, line, hint, answer, **fields)
        if item is not None:
            out.append(item)
    return out



def _div_inner(html_text: str, name: str) -> str | None:
    """What the first ``<div class="… name …">`` of a rendered card holds (its nested divs with it), or None."""
    m = re.search(rf"""<div\b[^>]*\bclass\s*=\s*["'](?:[^"']*\s)?{re.escape(name)}(?:\s[^"']*)?["'][^>]*>""", html_text, re.I)
    if m is None:
        return None
    depth = 1
    for tag in _DIV.finditer(html_text, m.end()):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return html_text[m.end() : tag.start()]
    return html_text[m.end() :]


_RENDERED_CLOZE = re.compile(r"""<span\b[^>]*\bclass\s*=\s*["']cloze(?:-inactive)?["'][^>]*\bdata-ordinal\s*=\s*["'](\d+)["'][^>]*>(.*?)</span>""", re.S)
_CARD_FRONT = re.compile(r"""class\s*=\s*["']deckc card-front(?P<kind>(?:\s+[\w-]+)*)["']""")


def rendered_own_card(front: str, back: str) -> tuple[str, list[str]] | None:
    """A card of one of deckc's note types as Anki's 'Cards in Plain Text' export writes it (the rendered sides: the
    section's context line, the question, the answer after ``<hr id=answer>``, the level and sources under it) as
    ``(note type, its note's fields)`` in that type's field order: a cloze's text from its back, where every deletion
    is marked with its number; a reversed card's fields the other way round. None for any other card. trial22 T22-34:
    the section was glued to the question, the level and sources printed under the answer."""
    from compiler import notetypes

    card = _CARD_FRONT.search(front)
    if card is None or "card-back" not in back:
        return None
    kind = set(card.group("kind").split())
    meta = _div_inner(back, "meta") or ""
    level = re.search(r"""<span\b[^>]*\bclass\s*=\s*["']difficulty\b[^>]*>(.*?)</span>""", meta, re.S)
    values = {
        "Sources": _div_inner(meta, "sources") or "", "Difficulty": level.group(1).strip() if level else "",
        "Section": _div_inner(front, "context") or "", "DeckcId": "",
    }  # fmt: skip
    if "cloze-card" in kind:
        text = _div_inner(back, "text")
        if text is None or _RENDERED_CLOZE.search(text) is None:
            return None
        values |= {"Text": _RENDERED_CLOZE.sub(lambda m: f"{{{{c{m.group(1)}::{m.group(2)}}}}}", text), "Extra": _div_inner(back, "extra") or ""}
        return notetypes.CLOZE.name, [values[f] for f in notetypes.CLOZE.fields]
    question, answer = _div_inner(front, "question"), _div_inner(back, "answer")
    if question is None:
        return None
    if "mc" in kind:
        options = _div_inner(front, "options")
        if options is None:
            return None
        values |= {"Question": question, "Options": options, "Correct": _div_inner(back, "correct") or "", "Explanation": _div_inner(back, "explanation") or ""}
        return notetypes.MULTIPLE_CHOICE.name, [values[f] for f in notetypes.MULTIPLE_CHOICE.fields]
    if answer is None:
        return None
    if "reverse" in kind:  # (the second card of a vocabulary pair: its question is the note's Answer)
        values |= {"Question": answer, "Answer": question, "Also": ""}
        return notetypes.BASIC_REVERSED.name, [values[f] for f in notetypes.BASIC_REVERSED.fields]
    values |= {"Question": question, "Answer": answer, "Also": _div_inner(back, "also") or ""}
    return notetypes.BASIC.name, [values[f] for f in notetypes.BASIC.fields]
