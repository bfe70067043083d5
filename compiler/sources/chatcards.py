"""Flashcard files as chat assistants write them, tidied in place before reading (trial9 T14).

Asked for flashcards, an assistant writes shapes no other tool does:

- side labels as headings, ``### Front`` over the question and ``### Back`` over the answer: the question
  moves into its heading (``### What pigment absorbs light?``) and the ``Back`` heading goes, so the card
  reads as every heading question does;
- numbered separators between cards, ``Card 2`` / ``**Card 3**`` / ``Flashcard 4:`` on a line of their own:
  layout, never the end of the previous answer;
- a line of chat before the first card and after the last (``Sure! Here are your flashcards:``, ``Let me
  know if you want more cards!``), around cards of those shapes or list lines that ask in bold and answer after
  it (``1. **Which gas is released?** – Oxygen.``: trial33 T33-17): no answer's text; and in any document, a last paragraph that signs off to
  the reader (``That's Lecture 2 … Let me know if you want more focus on anything!``, ``Would you like me to
  turn these into a quiz?``): notes a chat assistant wrote, kept as they came (trial18 T18-61).
- the whole answer inside a ```` ```markdown ```` (or ``md``, or bare) fence, as a chat's "copy" button
  and users copy it (trial10 P42): the fence lines go and its Markdown is read as the page, when it holds
  most of the file and asks at least two questions; the chat lines around it go as above.
- the cards as rows of a ```` ```csv ```` / ```` ```tsv ```` fence (or a bare one whose rows all split into as many
  cells on a tab, ``;`` or ``,``) between a line of chat and import tips (``Here is a CSV you can import … (File →
  Import):``, ``Copiez ce texte … importez-le dans Anki``; trial33 T33-26): the rows are the file, read as the
  delimited file they are; the few lines around them go (when they speak of cards or importing them: a lesson
  showing a CSV example is no deck), never a card of their arrows.

- side labels on the lines of a card, bulleted or bold or not: ``- **Front:** ser / ir (yo)`` over ``- **Back:** fui``
  (also ``Term:`` / ``Definition:``; ``Question:`` / ``Answer:`` and ``Q:`` / ``A:`` are read as they are): written
  ``Q: …`` / ``A: …``, the plain pair every reader takes for a card (trial31 T31-22: no card, or one note holding
  every front and back).

- a table of cards (``| Front | Back |``, ``| Question | Answer |``) under a line of chat (``Here's a set of flashcards
  in a table format …:``) and over a tip or a wish (``**Tip:** Review these cards daily …``): those lines go (T39-15).

Line numbers never move: what goes becomes a blank line.
"""

from __future__ import annotations

import csv
import re

from compiler.sources.lines import in_fence, pair_separator

# the sides of a card named as such ('Question'/'Answer' headings are other rules': a heading over '#### Answer')
# the words for a card's sides, as assistants and Anki's own interface write them in their languages ('表' / '裏' in
# Japanese, '正面' / '背面' in Chinese, 'Лицевая сторона' / 'Оборотная сторона' in Russian; T33-4)
FRONT_WORDS = r"front(?: side)?|vorderseite|recto|anverso|frente|表|おもて|正面|лицевая(?: сторона)?|앞면"
BACK_WORDS = r"back(?: side)?|rückseite|verso|reverso|裏|うら|背面|оборотная(?: сторона)?|뒷면"
_FRONT = re.compile(rf"^\s{{0,3}}#{{1,6}}\s+(?:\*\*)?(?i:{FRONT_WORDS})(?:\*\*)?\s*[:：]?\s*$")
_BACK = re.compile(rf"^\s{{0,3}}#{{1,6}}\s+(?:\*\*)?(?i:{BACK_WORDS})(?:\*\*)?\s*[:：]?\s*$")
# 'card' in the languages assistants write cards in: a card's number alone on its line ('**Card 3**', '### カード1',
# '**البطاقة 1**', '卡片 2', 'कार्ड 1', '**카드 1**'), never the card's text (T33-4, T33-21)
CARD_WORDS = (
    r"card|flashcard|flash card|karte|lernkarte|tarjeta|carte|fiche|scheda|cartão|cartao|kaart|flashcard|kort|karta|"
    r"карточка|kart|kartu|thẻ|البطاقة|بطاقة|כרטיס|कार्ड|फ़्लैशकार्ड|カード|単語カード|卡片|闪卡|閃卡|카드"
)
_CARD_NUMBER = re.compile(
    rf"^\s*(?P<heading>#{{1,6}}[ \t]+)?(?:\*\*|__)?(?i:{CARD_WORDS})[ \t]*+(?:#|№|n[º°o]\.?)?[ \t]*+[\d٠-٩०-९]{{1,4}}[ \t]*+[:.：]?(?:\*\*|__)?[ \t]*$"
)
_CARD_WORD = re.compile(rf"(?i)(?<![^\W\d_])(?:{CARD_WORDS})|カード|卡片|闪卡|閃卡|카드")  # ('…暗記カードを6枚…': speaks of cards)
# the same label opening the card's own line: '**Flashcard 1:** What is …? — Jupiter' (T33-21)
_CARD_LABEL = re.compile(
    rf"^(?P<lead>\s*(?:[-*+]\s+)?)(?:\*\*|__)?(?i:{CARD_WORDS})[ \t]*+#?[ \t]*+\d{{1,4}}[ \t]*+[:.：](?:\*\*|__)?[ \t]++(?=\S)"
)
# a labelled line of a card: '**Q:** …', '- **表：** …', '1. **प्रश्न:** …', 'A: …'
_LABELLED = re.compile(r"^\s{0,3}(?:\d{1,3}[.)][ \t]+|[-*+•][ \t]+)?(?:\*\*|__)?[^\W\d_][^\s\d:：*_]{0,11}(?:[ \t][^\W\d_][^\s\d:：*_]{0,10})?[ \t]*+\d{0,3}[ \t]*+[:：]")  # (marks too: 'प्रश्न')
_CHAT_OPENING = re.compile(r"^\s*(?i:sure|certainly|of course|absolutely|here (?:are|is)|below (?:are|is))\b.{0,120}[:!.]\s*$")
_CHAT_CLOSING = re.compile(
    r"^\s*(?i:let me know|i hope|hope this|feel free|would you like|do you want|want me to|good luck|happy (?:studying|learning)|"
    r"if you(?:'d| would) like)\b.{0,160}$"
)
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
# a card on a list line, its question in bold and its answer after it ('1. **Which gas is released?** – Oxygen.')
_BOLD_ASKED = re.compile(r"^[ \t]{0,3}(?:\d{1,3}[.)]|[-*+])[ \t]+\*\*[^*\n]{1,300}[?？]\*\*[ \t]*\S")
# a side's label on the card's line, after a bullet or none, bold or not: '- **Front:** …', '* Back: …', '**Q:** …'
_SIDE = r"^\s{{0,3}}(?:[-*+•]\s+)?(?:\*\*|__)?(?i:{words})\s*[:：](?:\*\*|__)?\s*(?:\*\*|__)?[:：]?\s*(?P<text>\S.*)$"
_SIDES = (
    (re.compile(_SIDE.format(words=FRONT_WORDS)), re.compile(_SIDE.format(words=BACK_WORDS))),
    (re.compile(_SIDE.format(words="term")), re.compile(_SIDE.format(words="definition"))),
    # question and answer words no other rule reads: Arabic's 'س' / 'ج' (سؤال / جواب), '問' / '答' (T33-4)
    (re.compile(_SIDE.format(words="س|سؤال|问|問|问题|問題|質問")), re.compile(_SIDE.format(words="ج|جواب|答|答案|解答|回答|答え|正解"))),
)
SIDE_PAIRS_MIN = 2  # labelled pairs a text needs to be read as such cards


_MD_FENCE = re.compile(r"^(?P<marks>`{3,}|~{3,})[ \t]*(?i:markdown|md)?[ \t]*$")
_COMMENT = re.compile(r"^\s{0,3}#\s")
_ASKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+.*[?？]|\*\*.*[?？]\*\*|(?i:q|question)\s*\d*\s*[:.])")


def _unwrapped(lines: list[str]) -> bool:
    """Blank the fence lines of a Markdown answer wrapped in one fence (see the module docstring); whether it was."""
    opened = [n for n, line in enumerate(lines) if _MD_FENCE.match(line)]
    if len(opened) != 2:
        return False
    start, end = opened
    marks = _MD_FENCE.match(lines[start]).group("marks")  # type: ignore[union-attr]
    if lines[end].strip() != marks:
        return False
    inside = [line for line in lines[start + 1 : end] if line.strip()]
    outside = [line for line in [*lines[:start], *lines[end + 1 :]] if line.strip()]
    chat = all(_CHAT_OPENING.match(line) or _CHAT_CLOSING.match(line) for line in outside)
    named = lines[start].strip().lower().endswith(("markdown", "md"))
    if not (named or (outside and chat)):  # a bare fence around '# comments?' of code is code
        return False
    asks = sum(1 for line in inside if _ASKS.match(line) and (named or not _COMMENT.match(line)))  # ('# why?': a comment)
    if asks < 2 or len(outside) > max(3, len(inside) // 4):
        return False
    lines[start] = lines[end] = ""
    for n in range(len(lines)):
        if lines[n].strip() and not start < n < end and (_CHAT_OPENING.match(lines[n]) or _CHAT_CLOSING.match(lines[n])):
            lines[n] = ""
    return True


# a fence holding data rows: '```csv', '```tsv', or bare (its rows then tell their separator)
_DATA_FENCE = re.compile(r"^(?P<marks>`{3,}|~{3,})[ \t]*(?P<tag>(?i:csv|tsv|tab|text|txt|plaintext))?[ \t]*$")
_TAG_SEPARATORS = {"csv": (",", ";"), "tsv": ("\t",), "tab": ("\t",)}
DATA_ROWS_MIN = 2  # rows a fence needs to be read as the cards
# the chat around such rows speaks of cards or of importing them (a lesson showing a CSV example does not): a flashcard
# tool's name, or 'card' / 'import' in the learner's language
_CARDS_TALK = re.compile(
    r"(?i)anki|quizlet|mochi|remnote|flash ?cards?|\bcards?\b|\bimport|karte|fiches?\b|tarjetas?|schede|cartões|cartas|карточ|импорт|"
    r"importe|importa|カード|インポート|読み込|卡片|导入|導入|카드|가져오기|thẻ|kartu|kart\b|بطاق|कार्ड"
)
DATA_AROUND_MAX = 4  # lines of chat around it, at most (more is a page that shows a CSV example)


def _cells(line: str, sep: str) -> int:
    """How many cells ``line`` holds between ``sep`` (quoted cells kept whole, as a CSV reader does)."""
    return len(next(csv.reader([line], delimiter=sep)))


def _data_unwrapped(lines: list[str]) -> bool:
    """Blank the fence lines of cards written as data rows in one fence and the chat around them (see the module
    docstring); whether it did."""
    opened = [n for n, line in enumerate(lines) if line.lstrip().startswith(("```", "~~~"))]
    if len(opened) != 2:
        return False
    start, end = opened
    m = _DATA_FENCE.match(lines[start])
    if m is None or lines[end].strip() != m.group("marks"):
        return False
    inside = [line for line in lines[start + 1 : end] if line.strip()]
    outside = [line for line in [*lines[:start], *lines[end + 1 :]] if line.strip()]
    if len(inside) < DATA_ROWS_MIN or not outside or len(outside) > DATA_AROUND_MAX or any(_HEADING.match(line) for line in outside):
        return False
    if not any(_CARDS_TALK.search(line) for line in outside):
        return False
    tag = (m.group("tag") or "").lower()
    for sep in _TAG_SEPARATORS.get(tag, ("\t", ";", ",")):
        widths = {_cells(line, sep) for line in inside}
        if len(widths) == 1 and widths.pop() >= 2:
            break
    else:
        return False
    for n in range(len(lines)):
        if not start < n < end:
            lines[n] = ""
    return True


# what a chat assistant says to the reader at the end of an answer, anywhere in its last paragraph ('That's Lecture 2 …
# Let me know if you want more focus on anything!', 'Would you like me to turn these into a quiz?': trial18 T18-61)
_SIGN_OFF = re.compile(
    r"(?i)\b(?:let me know (?:if|whether|what|when)|would you like me to|do you want me to|(?:shall|should) i (?:make|create|turn|add|generate|write|expand|continue|go on|include)|"
    r"feel free to (?:ask|reach)|hope (?:this|that|these) helps?|i hope (?:this|that|these) helps?|happy (?:studying|learning)|"
    r"good luck (?:with|on) your)"
)
SIGN_OFF_CHARS = 400  # a longer last paragraph is content that happens to end politely


def _signed_off(lines: list[str]) -> None:
    """Blank the document's last paragraph when it is an assistant's sign-off to the reader (in place)."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if len(filled) < 3:
        return
    end = filled[-1]
    start = end
    while start > 0 and lines[start - 1].strip():
        start -= 1
    block = lines[start : end + 1]
    words = " ".join(line.strip() for line in block)
    if len(words) > SIGN_OFF_CHARS or _HEADING.match(block[0]) or any(line.lstrip().startswith(("|", "```", "~~~", "- ", "* ", ">")) for line in block):
        return
    if _SIGN_OFF.search(words) and pair_separator(block) is None:  # (a list's lines, one a sign-off's words: kept)
        lines[start : end + 1] = [""] * len(block)


def _side_pairs(lines: list[str]) -> int:
    """Write each card whose sides are labelled on its lines (``- **Front:** …`` right over ``- **Back:** …``) as
    ``Q: …`` / ``A: …``, in place, when the text holds two such cards of one pair of labels; how many it wrote."""
    fenced = list(in_fence(lines))  # (a fence's 'front:' / 'back:' are its own: the Flashcards plugin's cards)
    for front, back in _SIDES:
        pairs = [
            (n, f, b)
            for n in range(len(lines) - 1)
            if not fenced[n] and (f := front.match(lines[n])) is not None and (b := back.match(lines[n + 1])) is not None
        ]
        if len(pairs) >= SIDE_PAIRS_MIN:
            for n, f, b in pairs:
                lines[n], lines[n + 1] = f"Q: {f.group('text').rstrip()}", f"A: {b.group('text').rstrip()}"
            return len(pairs)
    return 0


# the header of a table of cards: its sides named ('| Front | Back |', '| Question | Answer |', '| Term | Definition |')
# (a number column first, '| # | Question | Answer |', as chatbots number their cards: sitting 41)
_SIDE_HEADER = re.compile(
    r"^\s*\|(?:\s*(?i:#|no\.?|nr\.?|n°|№)\s*\|)?"
    rf"\s*(?:\*\*)?(?i:{FRONT_WORDS}|question|term|word|pregunta|question|frage)(?:\*\*)?\s*\|"
)
_TIP = re.compile(r"^\s*(?:\*\*|__)?(?i:pro\s+tip|tip|tips|hint|note|study\s+tip)s?\s*[:：]")  # '**Tip:** Review these …'


def _table_chat(lines: list[str]) -> bool:
    """The chat around one Markdown table of cards (``Here's a set of flashcards in a table format …:`` over ``| Front |
    Back |`` … and ``**Tip:** Review these cards daily …`` under it): the lead-in and the closing tip or wish go, as
    around cards of other shapes (trial39 T39-15: each was 'text outside any question', advising notes = "skip").
    True when something went."""
    rows = [n for n, line in enumerate(lines) if line.lstrip().startswith("|")]
    if len(rows) < 4 or rows[-1] - rows[0] + 1 != len(rows) or not _SIDE_HEADER.match(lines[rows[0]]):
        return False
    before = [n for n in range(rows[0]) if lines[n].strip()]
    after = [n for n in range(rows[-1] + 1, len(lines)) if lines[n].strip() and not _RULE.match(lines[n])]
    if len(before) != 1 or len(lines[before[0]]) > CHAT_LINE_CHARS:
        return False
    opening = lines[before[0]]
    if not (_CHAT_OPENING.match(opening) or (opening.rstrip().endswith((":", "：")) and _CARD_WORD.search(opening))):
        return False
    lines[before[0]] = ""
    if len(after) <= 2 and all(_TIP.match(lines[n]) or _CHAT_CLOSING.match(lines[n]) or _WISHES.search(lines[n]) for n in after):
        for n in after:
            lines[n] = ""
    return True


def tidy(text: str) -> str:
    """The text with side-label headings, card separators and chat lines as described in the module docstring."""
    lines = text.split("\n")
    if "|" in text and _table_chat(lines):
        return "\n".join(lines)
    paired = _side_pairs(lines) if ":" in text or "：" in text else 0
    if paired:
        text = "\n".join(lines)
    if _SIGN_OFF.search(text[-2 * SIGN_OFF_CHARS :]):
        _signed_off(lines)
        text = "\n".join(lines)
    if ("```" in text or "~~~" in text) and (_unwrapped(lines) or _data_unwrapped(lines)):
        text = "\n".join(lines)
    numbered = [n for n, line in enumerate(lines) if (m := _CARD_NUMBER.match(line)) and (not m.group("heading") or _labelled_below(lines, n))]
    labelled = [n for n, line in enumerate(lines) if _CARD_LABEL.match(line)] if re.search(r"\d[ \t]*[:.：]", text) else []
    sides = [n for n, line in enumerate(lines) if _FRONT.match(line)]
    asked = sum(1 for line in lines if _BOLD_ASKED.match(line)) >= 2
    if len(labelled) >= 2:  # '**Flashcard 1:** What is …? — Jupiter': the card's own text after its number
        for n in labelled:
            lines[n] = _CARD_LABEL.sub(lambda m: m.group("lead"), lines[n], count=1)
        text = "\n".join(lines)
    if len(numbered) < 2 and not sides and not paired and not asked:
        return _chat_around(lines) if len(labelled) >= 2 or _cards_labelled(lines) else text
    if len(numbered) >= 2:
        for n in numbered:
            lines[n] = ""
    for n in sides:
        marks = lines[n].lstrip()[: len(lines[n].lstrip()) - len(lines[n].lstrip().lstrip("#"))]
        body = [k for k in range(n + 1, len(lines)) if lines[k].strip()]
        if not body or _HEADING.match(lines[body[0]]):
            continue
        start = body[0]
        end = start
        while end + 1 < len(lines) and lines[end + 1].strip() and not _HEADING.match(lines[end + 1]):
            end += 1
        question = " ".join(lines[k].strip() for k in range(start, end + 1))
        lines[n] = f"{marks} {question}"
        for k in range(start, end + 1):
            lines[k] = ""
        back = next((k for k in range(end + 1, len(lines)) if lines[k].strip()), None)
        if back is not None and _BACK.match(lines[back]):
            lines[back] = ""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if filled and _CHAT_OPENING.match(lines[filled[0]]) and not _HEADING.match(lines[filled[0]]):
        lines[filled[0]] = ""
    if filled and _CHAT_CLOSING.match(lines[filled[-1]]):
        lines[filled[-1]] = ""
    return _chat_around(lines, chat=True)


def _labelled_below(lines: list[str], n: int) -> bool:
    """Whether the first line with text under line ``n`` is a card's labelled line (a '### Card 1' heading over
    '**Q:** …' numbers the card; over a plain paragraph it may be the card's own heading)."""
    below = next((line for line in lines[n + 1 : n + 4] if line.strip()), "")
    return _LABELLED.match(below) is not None


LABELLED_MIN = 4  # labelled lines (two cards' question and answer) a page needs to be a chat's labelled cards


def _cards_labelled(lines: list[str]) -> bool:
    """Whether the page's cards are written on labelled lines ('**Câu hỏi:** …' / '**Trả lời:** …'), enough of
    them, and the last one ends the cards."""
    return sum(1 for line in lines if _LABELLED.match(line)) >= LABELLED_MIN


# a closing line wishing luck or offering more, in the languages assistants answer in (the English ones are
# _CHAT_CLOSING's): when it ends with '!' rather than asking (a line that asks is an offer whatever its words)
_WISHES = re.compile(
    r"(?i)お知らせください|頑張って|がんばって|希望.{0,20}(?:帮助|幫助)|祝你|祝您|加油|말씀해\s*주세요|도움이\s*되|화이팅|"
    r"chúc bạn|buena suerte|éxito en tu|espero que|n'hésitez pas|bonne chance|bon courage|j'espère|viel erfolg|viel spaß|"
    r"ich hoffe|boa sorte|bons estudos|удачи|надеюсь|buona fortuna|buono studio|بالتوفيق|أتمنى|शुभकामनाएं|शुभकामनाएँ|उम्मीद|"
    # an offer of more: 'Если хотите, могу сделать ещё карточки …', 'Si quieres, puedo …', '如果需要，我可以…'
    r"если (?:хотите|нужно)|могу (?:сделать|составить)|si (?:quieres|lo deseas|vous (?:voulez|le souhaitez))|puedo (?:hacer|crear)|"
    r"je peux (?:faire|créer)|wenn (?:du|sie) (?:möchtest|möchten|willst|wollen)|se (?:quiser|preferir)|posso (?:fazer|criar)|"
    r"如果需要|如需|我可以再|必要でしたら|必要であれば|원하시면|필요하시면|nếu bạn muốn|إذا أردت|अगर आप चाहें"
)
_ASKING_END = re.compile(r"[?？؟]\W{0,6}$")  # ('… không?', '…吗？', '…؟', '… 😊')
CHAT_LINE_CHARS = 200  # a line of chat around the cards is a sentence or two


_SENTENCE_ENDS = (".", "!", "。", "！")
_RULE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")  # a rule between the cards and the chat after them


def _chat_around(lines: list[str], chat: bool = False) -> str:
    """The page with an assistant's one-line paragraph before its first card and after its last gone, in any
    language (T33-4: 'はい、…カードを6枚作成しました。', 'هل تريد مني إعداد اختبار قصير من هذه البطاقات؟'): the page's
    cards are on labelled lines; the opening is a lead-in to them (it ends with ':', or is a sentence that counts
    the cards), the closing asks the reader or wishes luck, on a page a chat wrote (``chat``: its cards numbered or
    their sides named, or such an opening): a reader's own last question, unanswered, stays to be said."""
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if len(filled) < LABELLED_MIN + 1:
        return "\n".join(lines)
    first, last = filled[0], filled[-1]
    opening = lines[first]
    if (
        first + 1 < len(lines)
        and not lines[first + 1].strip()
        and len(opening) <= CHAT_LINE_CHARS
        and not _LABELLED.match(opening)
        and not _HEADING.match(opening)
        and not opening.lstrip().startswith(("|", ">", "-", "*", "`"))
        and not _ASKING_END.search(opening)
    ):
        # ('はい、…カードを6枚作成しました。': a sentence that speaks of cards; never a title, 'Biology Flashcards')
        counted = bool(_CARD_WORD.search(opening)) and bool(re.search(r"\d", opening)) and opening.rstrip().endswith(_SENTENCE_ENDS)
        if opening.rstrip().endswith((":", "：")) or _CHAT_OPENING.match(opening) or counted:
            lines[first] = ""
            chat = True
    closing = lines[last]
    if (
        chat
        and not lines[last - 1].strip()
        and len(closing) <= CHAT_LINE_CHARS
        and not _LABELLED.match(closing)
        and not closing.lstrip().startswith(("|", ">", "-", "*", "`", "#", "$", "\\"))
        and (_ASKING_END.search(closing) or _WISHES.search(closing))
        and _LABELLED.match(next((line for line in reversed(lines[:last]) if line.strip() and not _RULE.match(line)), ""))
    ):
        lines[last] = ""
    return "\n".join(lines)
