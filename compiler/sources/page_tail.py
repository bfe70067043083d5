"""A web page's footer copied with its questions (trial25 T25-24): after the last question's answer, a quiz site prints
its links to the previous and next pages (``« Prev - Operating System Questions & Answers – Process Creation``,
``» Next - …``, ``← Previous Post``, ``Next: Chapter 4 →``, ``Précédent | Suivant``), a copyright line and often a
line or two about the site (``Sanfoundry Global Education & Learning Series – Operating System.``, ``To practice all
areas of …, here is complete set on 1000+ Multiple Choice Questions and Answers.``). The readers took all of it for
the rest of the last answer, so it ended that card's explanation.

This line-kept rewrite blanks such a footer when the page ends with one: the navigation, copyright and "back to top"
lines at its end, and the short paragraphs right above them that speak of the site (its series, more questions to
practise, subscribing or sharing); the last answer ends at the blank line above. A page that does not end with a
navigation or copyright line is left as written; code fences are left alone.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# arrows and guillemets that navigation links carry
_ARROWS = "«»‹›←→⟵⟶⇐⇒◀▶◄►⏪⏩⬅➡"
# the words of a link to the page before or after, in the languages deckc reads
_NAV_WORD = (
    r"prev(?:ious)?|next|older|newer|précédent(?:e)?|suivant(?:e)?|anterior|siguiente|próxim[oa]|zurück|weiter"
    r"|vorherige[rs]?|nächste[rs]?|precedente|successiv[oa]|vorige|volgende|poprzedni[ae]?|następn[ya]|назад|далее"
    r"|предыдущ\w+|следующ\w+|попередн\w+|наступн\w+|trước|tiếp(?:\s+theo)?|önceki|sonraki|sebelumnya|selanjutnya"
    r"|上一[篇页頁题題章节節]|下一[篇页頁题題章节節]|前へ|次へ|前の\w*|次の\w*|이전|다음"
)
_NAV_WHAT = (
    r"(?:post|page|chapter|lesson|article|question|set|topic|section|quiz|test|entry|unit|part|tutorial)s?"
)
# '« Prev - …', '» Next - …', '← Previous Post', 'Next: Chapter 4 →', 'Previous | Next', '[« Prev](…)'
_NAV_LINE = re.compile(
    rf"^[ \t>*_\[(•·-]*(?:[{_ARROWS}]|<<?|>>?)?[ \t*_\[]*(?i:{_NAV_WORD})(?:[ \t]+(?i:{_NAV_WHAT}))?[ \t*_\]]*"
    rf"(?:$|[-–—:|{_ARROWS}<>(\]]|[ \t]+[-–—:|{_ARROWS}<>])",
)
_ARROWED = re.compile(rf"[{_ARROWS}]|<<|>>|^\W*(?i:{_NAV_WORD})(?:\s+(?i:{_NAV_WHAT}))?\W*$|\|")
_COPYRIGHT = re.compile(r"(?i)^\W*(?:©|\(c\)\s*\d{4}|copyright\b)|\ball\s+rights\s+reserved\b")
_BACK_TO_TOP = re.compile(
    r"(?i)^\W*(?:back\s+to\s+top|go\s+to\s+top|top\s+of\s+page|scroll\s+to\s+top|↑\s*top)\W*$"
)
# what a footer's lines say about the site around the questions
_SITE_TALK = re.compile(
    r"(?i)\b(?:learning\s+series|education\s+(?:&|and)\s+learning|to\s+practi[cs]e\s+all|complete\s+set\s+(?:of|on)"
    r"|here\s+is\s+(?:the\s+)?complete|(?:\d[\d,+]*\+?\s+)?multiple\s+choice\s+questions\s+(?:and|&)\s+answers"
    r"|subscribe\b|newsletter|follow\s+us|share\s+(?:this|on)\b|join\s+(?:our|us)\b|also\s+read\b|read\s+more\b"
    r"|related\s+(?:posts|articles|questions|topics)|more\s+(?:mcqs|quizzes|questions\s+on)|check\s+out\s+(?:our|the)\b"
    r"|telegram|whatsapp|sponsored|advertisement)"
)
SITE_LINES = 3  # lines at most in a paragraph of site talk


def _nav(line: str) -> bool:
    """A line of links to the pages before and after: a navigation word led by an arrow or followed by a separator."""
    text = re.sub(r"\]\([^)]*\)", "]", line).strip()
    return bool(text) and _NAV_LINE.match(text) is not None and _ARROWED.search(text) is not None


# a forum's bar of counts and buttons under a post ('12 comments · Share · Save', '3 replies | Reply | Report'): two
# entries at least, each a count and what it counts or a button's word (sitting 48: it ended the last card's back)
_BAR_ENTRY = (
    r"(?:\d[\d.,]*[kK]?[ \t]+(?i:comments?|replies|answers?|points?|upvotes?|votes?|likes?|views?|shares?)"
    r"|(?i:share|save|reply|report|award|give\s+award|hide|upvote|downvote|permalink|flag|follow|like))"
)
_FORUM_BAR = re.compile(rf"^[ \t]*{_BAR_ENTRY}(?:[ \t]*[·•|][ \t]*{_BAR_ENTRY})+[ \t]*$")


def _furniture(line: str) -> bool:
    return _nav(line) or bool(_COPYRIGHT.search(line)) or bool(_BACK_TO_TOP.match(line)) or bool(_FORUM_BAR.match(line))


# a closing line after the last answer (trial29 T29-51: glued onto that answer): an end marker ('*** END OF QUIZ ***',
# '--- End ---', '[END]', 'Конец теста'), a total ('Total: 2 marks', 'Score: ___ / 10', 'Gesamtpunktzahl: 20'), good
# wishes ('Good luck on Friday's test! 🙂', 'Viel Erfolg!', 'Bonne chance', 'Удачи!', '加油！') or a signature ('— Ms. Okafor')
_END_MARK = re.compile(
    r"^[\W_]*(?i:(?:the\s+)?end(?:\s+of\s+(?:the\s+)?(?:quiz|test|exam|examination|questions?|paper|worksheet|section|review"
    r"|assessment|practice|document|file|set|part\s+\w+))?|fin\s+del\s+(?:examen|cuestionario|test)|fin\s+du\s+(?:quiz|test|"
    r"questionnaire|devoir)|ende\s+des\s+(?:tests|quiz)|конец(?:\s+\w+)?|koniec(?:\s+\w+)?|kết\s+thúc|終わり|끝|完|结束|結束)[\W_]*$"
)
_TOTAL = re.compile(
    r"^[\W_]*(?:(?i:(?:max(?:imum)?\s+)?(?:marks?|points?))\s*[:：=]\s*(?:\d|_{2,})[^?\n]{0,20}$|"
    r"(?i:total|grand\s+total|score|your\s+score|gesamt\w*|punkte|puntuaci[oó]n(?:\s+total)?|puntos"
    r"|pontua[cç][aã]o|punteggio|итого|баллы|всего\s+баллов|razem|punkty|toplam|总分|總分|合计|合計|得点|총점)"
    r"\b[^?\n]{0,30}?(?:\d|_{2,})[^?\n]{0,20}$)"
)
_WISHES = re.compile(
    r"^[\W_]*(?i:good\s+luck|best\s+of\s+luck|all\s+the\s+best|happy\s+(?:studying|learning|revising|reviewing)|thank\s+you|"
    r"thanks\b|cheers\b|(?:kind\s+|best\s+)?regards\b|best\s+wishes|see\s+you|viel\s+(?:glück|erfolg)|bonne\s+chance|bon\s+courage"
    r"|bonnes?\s+r[ée]visions?|bon\s+(?:travail|apprentissage)|buen(?:os)?\s+estudios?|felices\s+estudios|bons?\s+estudos?"
    r"|viel\s+spa(?:ß|ss)\s+beim\s+lernen|frohes\s+lernen"
    r"|buena\s+suerte|[ée]xito|boa\s+sorte|buona\s+fortuna|in\s+bocca\s+al\s+lupo|powodzenia|удачи|успехов|желаю|succes|veel\s+succes"
    r"|lycka\s+till|lykke\s+til|onnea|sok\s+sikert|iyi\s+şanslar|başarılar|semoga\s+(?:berhasil|sukses)|chúc\s+\w+"
    # (a revision wish, 'Bonnes révisions !', 'Frohes Lernen!', '¡Buen estudio!', 'Buono studio!', 'Bons estudos!': trial39 T39-3)
    r"|bonnes?\s+r[ée]visions?|bon\s+travail|frohes\s+(?:lernen|üben)|viel\s+spaß|buen(?:os)?\s+(?:estudios?|repaso)"
    r"|buono\s+studio|buon\s+ripasso|bons\s+estudos|bom\s+estudo|succes\s+met\s+\w+"
    r"|加油|祝\w*|頑張って|がんばって|화이팅|파이팅|행운을"
    # (encouragement: '¡Mucho ánimo con el examen!', 'Mucha suerte', 'You've got this!', 'Tu peux le faire !': trial40 T40-5)
    r"|mucho\s+[áa]nimo|[áa]nimo\s*!|mucha\s+suerte|suerte\s+(?:en|con)\b|you(?:'ve|’ve|\s+have)\s+got\s+this|tu\s+peux\s+le\s+faire"
    r"|vous\s+pouvez\s+le\s+faire|du\s+schaffst\s+das|boa\s+prova|força\b)"
)
# a note to self closing a page of one's own notes ('TODO: add notes on random forests after Thursday's lecture.',
# 'À faire : …', 'Pendiente: …'): a reminder to write more, never the last card's answer (trial40 T40-5)
_TODO = re.compile(r"^[\W_]*(?i:todo|to\s+do|fixme|tbd|à\s+faire|a\s+faire|pendiente|por\s+hacer|a\s+fazer|zu\s+tun|noch\s+zu\s+erledigen)\s*[:：]\s*\S")
# an end marker alone in its paragraph anywhere, a test's end before its key ('----------- HẾT -----------', '*** END ***',
# 'FIN', 'ENDE', 'КОНЕЦ'; trial31 T31-5, it was the last question's explanation): set off by marks or in capitals
_END_WORD = re.compile(
    r"^[\W_]*(?i:hết|fin|ende|fine|fim|finis|konec|kraj|son|selesai|tamat|кінець|τέλος|النهاية|انتهى|終わり|おわり|終)[\W_]*$"
)
# a repository's closing note to its readers ('*Found a mistake? Open a pull request!*', 'Contributions are welcome.',
# 'If you found this useful, give it a ⭐', 'PRs welcome!'): after an interview page's last answer it ended that card's
# back (sitting 42); it may ask ('Found a typo?') without being a question
_REPO_TALK = re.compile(
    r"^[\W_]*(?i:(?:found|spot(?:ted)?|see)\s+(?:a|an|any)\s+(?:mistake|typo|error|bug|issue)s?\b"
    r"|(?:please\s+)?(?:open|submit|send|raise|file|make|create)\s+(?:a|an)\s+(?:pull\s+request|pr|issue)\b"
    r"|(?:pull\s+requests?|prs?|contributions?|suggestions?|corrections?)\s+(?:are\s+)?(?:always\s+)?welcome"
    r"|feel\s+free\s+to\s+(?:contribute|open|submit|send|fork|star)|(?:give|leave)\s+(?:it|this(?:\s+repo(?:sitory)?)?|us)\s+a\s+(?:⭐|star)"
    r"|(?:please\s+)?star\s+(?:this|the)\s+repo(?:sitory)?|if\s+you\s+(?:found|find|liked?|enjoyed?)\s+this\s+(?:useful|helpful|repo"
    r"|repository|list|guide|page|(?:blog\s+)?post|article|tutorial|video|lesson|write-?up|cheat\s*sheet|explainer)|want\s+to\s+contribute"
    # a blog's word to its readers after the last part ('If you enjoyed this post, share it …', 'Subscribe to the newsletter
    # for more', 'Follow me on Twitter for more tips': sitting 45, it ended the last card's back)
    r"|(?:please\s+|don['’]t\s+forget\s+to\s+)?(?:subscribe|sign\s+up)\s+(?:to|for)\s+(?:my|our|the)\s+(?:\w+\s+)?(?:newsletter|channel"
    r"|blog|mailing\s+list|podcast)|follow\s+(?:me|us)\s+on\b|(?:please\s+)?share\s+(?:this|it)\s+with\b)"
)
# a sign-off sentence before or after the good wishes ('That's all for this chapter. Good luck on the exam!', 'Hope this
# helps!', 'This concludes the review.', 'C'est tout pour aujourd'hui.'): short, it closes the page, never the answer's
# (sitting 46, meta: after a '---' rule it ended the last card's back)
_SIGN_OFF = re.compile(
    r"^[\W_]*(?i:that['’]?s\s+(?:all|it|everything)\b|that\s+is\s+(?:all|it)\b|this\s+(?:concludes|completes|wraps\s+up|ends)\b"
    r"|(?:i\s+|we\s+)?hope\s+(?:this|that|these|it)\s+(?:helps?|was\s+(?:useful|helpful))\b|stay\s+tuned\b|to\s+be\s+continued\b"
    r"|more\s+(?:questions|cards|to\s+come|coming)\b.{0,20}\bsoon\b|c['’]est\s+tout\b|das\s+war['’]?s\b|eso\s+es\s+todo\b"
    r"|(?:é|e)\s+isso\b|(?:вот\s+и\s+)?(?:это\s+)?вс[её](?:\s+на\s+сегодня)?[\W_]*$)"
)
SIGN_OFF_WORDS = 10  # words at most of a sign-off sentence
_SET_OFF = re.compile(r"^[^\w\s]+\s*\S.*?\s*[^\w\s]+$|^[^\w\s]{3,}|[^\w\s]{3,}$")


def _end_line(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is an end marker alone between blank lines (:data:`_END_WORD`, :data:`_END_MARK`)."""
    text = lines[k].strip()
    if not text or (k and lines[k - 1].strip()) or (k + 1 < len(lines) and lines[k + 1].strip()):
        return False
    if not (_END_MARK.match(text) or _END_WORD.match(text)):
        return False
    return bool(_SET_OFF.match(text)) or (text.isupper() and len(text) > 1)


_RULE = re.compile(r"^[ ]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$")  # a horizontal rule alone
_SIGNATURE = re.compile(r"^\s*(?:—|–|--|~)\s*\S[^\n]{0,40}$")
CLOSING_LINES = 3  # lines at most in the paragraph of closing lines


# the page's date stamp ('_Last updated: 2026-11-02_', 'Stand: 3. März 2026', 'Dernière mise à jour : 12/10/2026'):
# when the page was written, no part of the last answer (sitting 56: it ended the last card's back)
_STAMP = re.compile(
    r"^[\W_]*(?i:last\s+(?:updated|modified|edited|reviewed|revised|changed)|(?:page\s+)?updated(?:\s+on)?|zuletzt\s+(?:aktualisiert|geändert|bearbeitet)"
    r"|stand|dernière\s+mise\s+à\s+jour|mis\s+à\s+jour\s+le|última\s+(?:actualización|atualização|modificación)|actualizado(?:\s+el)?"
    r"|atualizado(?:\s+em)?|ultimo\s+aggiornamento|aggiornato(?:\s+il)?|обновлено|последнее\s+обновление|最終更新日?|更新日|最后更新)"
    r"[ \t]*[:：]?[ \t]*(?=[^\n]{0,40}\d)[\w ,./'’-]{1,40}?[\W_]*$"
)


def _said_closing(text: str) -> bool:
    """Text that closes a page: an end marker, a total, good wishes, a note to self, a word to the readers, a date stamp."""
    return bool(_END_MARK.match(text) or _TOTAL.match(text) or _WISHES.match(text) or _TODO.match(text) or _REPO_TALK.match(text) or _STAMP.match(text))


def _signed_off(text: str) -> bool:
    return _SIGN_OFF.match(text) is not None and len(text.split()) <= SIGN_OFF_WORDS


def _sentences(line: str) -> list[str]:
    return [x.strip() for x in _SENTENCE_END.split(line.strip()) if x.strip()]


def _closing(line: str) -> bool:
    """A line that closes a page after its last answer: an end marker, a total, good wishes, a signature, or sentences
    each of them closing or signing off ('That's all for this chapter. Good luck on the exam!')."""
    text = line.strip()
    if _said_closing(text) or _SIGNATURE.match(text):
        return True
    said = _sentences(text)
    return bool(said) and all(_said_closing(x) or _signed_off(x) for x in said)


def _closes(line: str) -> bool:
    """A closing line that says so in words (no signature alone, which may sign a quote in an answer)."""
    return _said_closing(line.strip()) or any(_said_closing(x) or _signed_off(x) for x in _sentences(line))


def _last_paragraph(lines: list[str]) -> tuple[int, int]:
    """``(first, last)`` line of the page's last paragraph (trailing blank lines skipped): where a closing or an offer
    is looked for."""
    end = len(lines) - 1
    while end >= 0 and not lines[end].strip():
        end -= 1
    top = end
    while top > 0 and lines[top - 1].strip():
        top -= 1
    return top, end


# an e-mail's signature: its delimiter alone on a line ('-- ', RFC 3676; '--'), or a mail app's line ('Sent from my
# iPhone', 'Von meinem iPhone gesendet', 'Enviado desde mi iPhone'): a quiz pasted from an e-mail ended the last card's
# back with 'Best wishes, Ms Patel -- Geography Department Sent from my iPhone' (sitting 47)
_SIG_DELIMITER = re.compile(r"^--[ ]?$")
_SENT_FROM = re.compile(
    r"^[\W_]*(?i:sent\s+from\s+my\s+\w+|get\s+outlook\s+for\s+\w+|von\s+meinem\s+\w+\s+gesendet|enviado\s+desde\s+mi\s+\w+"
    r"|envoy[ée]\s+de\s+mon\s+\w+|enviado\s+do\s+meu\s+\w+|inviato\s+da\s+\w+)[^.?!\n]{0,30}$"
)
SIGNATURE_LINES = 6  # lines at most from an e-mail's signature delimiter to the page's end
# a valediction's name or role line ('Ms Patel', 'Dr. Anna Weber', 'Head of Geography'): a few capitalised words
_NAME_LINE = re.compile(r"^\s*[A-Z][\w.'’-]*(?:[ \t]+(?:[A-Z][\w.'’-]*|of|and|for|the|de|du|la|von|van|&)){0,5}\s*$")


def _signature_tail(lines: list[str], fenced: list[bool]) -> int | None:
    """The first line of an e-mail's signature at the page's end: its delimiter line ('--') with at most
    SIGNATURE_LINES lines after it, or a mail app's 'Sent from my iPhone' alone in the last paragraph; else None."""
    top, end = _last_paragraph(lines)
    if top <= 0 or any(fenced[top : end + 1]):
        return None
    if top == end and _SENT_FROM.match(lines[end]):
        return top
    delimiters = [k for k, line in enumerate(lines) if _SIG_DELIMITER.match(line) and not fenced[k]]
    if len(delimiters) != 1 or not 0 < delimiters[0] >= end - SIGNATURE_LINES:
        return None  # (a slide deck's '--' between its slides: no signature)
    after = [x for x in lines[delimiters[0] + 1 : end + 1] if x.strip()]
    if any(x.lstrip().startswith("#") or "?" in x or "？" in x for x in after):
        return None
    return delimiters[0]


def _valediction(para: list[str]) -> bool:
    """A letter's close: good wishes ending in a comma ('Best wishes,', 'Kind regards,') over its writer's name."""
    return 2 <= len(para) <= CLOSING_LINES and bool(_WISHES.match(para[0].strip())) and para[0].rstrip().endswith(",") and all(
        _NAME_LINE.match(x) for x in para[1:]
    )


def _closing_tail(lines: list[str], fenced: list[bool]) -> int | None:
    """The first line of the page's closing paragraph (``*** END OF QUIZ ***`` / ``Total: 2 marks``; ``Good luck on
    Friday's test! 🙂`` / ``— Ms. Okafor``): the last paragraph, after a blank line, of closing lines only; None
    when the page ends with none."""
    top, end = _last_paragraph(lines)
    para = lines[top : end + 1]
    if top <= 0 or not para or len(para) > CLOSING_LINES or any(fenced[top : end + 1]):
        return None
    if _valediction(para):
        return top
    if any(c in x and not _REPO_TALK.match(x.strip()) for x in para for c in "?？") or not all(_closing(x) for x in para):
        return None
    if not any(_closes(x) for x in para):
        return None  # ('— Albert Einstein' under a quote: the answer's, unless it signs good wishes or an end)
    above = next((x for x in reversed(lines[:top]) if x.strip()), "")
    if above.lstrip().startswith("#") and not all(_said_closing(x.strip()) or _SIGNATURE.match(x.strip()) for x in para):
        return None  # ('## Done' / 'That is all.': a sign-off sentence a heading is over is that heading's text)
    return top


# the page's attribution under its last answer ('Source: https://…', '**Sources:** Campbell Biology, ch. 7', 'Adapted from
# OpenStax Biology 2e', 'Quelle: …'): where the page comes from, not the last card's answer (sitting 47, meta: a
# 'Source:' line appended to 74 documents that read right ended the last back of 69)
_ATTRIBUTION = re.compile(
    r"^[ \t>*_]*(?:(?i:sources?|references?|credits?|quelle[n]?|fuentes?|fontes?|источник(?:и)?|źródło|źródła|bron(?:nen)?"
    r"|kaynak(?:ça)?|nguồn|出典|出处|来源|출처)[*_]*[ \t]*[:：]|(?i:adapted\s+from|taken\s+from|excerpted\s+from"
    r"|adaptado\s+de|adapté\s+de)\s)[*_ \t]*\S"
)
_LINK_LINE = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:<?https?://\S+>?|\[[^\]]+\]\([^)]*\))[ \t]*$")
# the label alone over its links ('Sources:' / '- https://…')
_LABEL_ALONE = re.compile(
    r"^[ \t>*_]*(?i:sources?|references?|credits?|quelle[n]?|fuentes?|fontes?|источник(?:и)?|źródło|źródła|bron(?:nen)?"
    r"|kaynak(?:ça)?|nguồn|出典|出处|来源|출처)[*_]*[ \t]*[:：][*_ \t]*$"
)
ATTRIBUTION_LINES = 12  # lines at most of a page's attribution: its label and the links under it


def _attribution_tail(lines: list[str], fenced: list[bool]) -> int | None:
    """The first line of the page's last paragraph when it only names where the page comes from (a ``Source:`` line,
    or a ``Sources:`` label alone, and the links under it, a blank line between them or not; :data:`ATTRIBUTION_LINES`
    lines at most, nothing asked, no heading over it); None when the page ends otherwise, or when another paragraph of
    the page opens so too: answers that each cite their source keep it."""
    top, end = _last_paragraph(lines)
    if top > 0 and all(_LINK_LINE.match(x) for x in lines[top : end + 1]):  # ('Sources:' / blank / '- https://…' …)
        label = next((k for k in range(top - 1, -1, -1) if lines[k].strip()), -1)
        if label > 0 and not lines[label - 1].strip() and _LABEL_ALONE.match(lines[label]):
            top = label
    para = lines[top : end + 1]
    if top <= 0 or not para or len(para) > ATTRIBUTION_LINES or any(fenced[top : end + 1]):
        return None
    if not (_ATTRIBUTION.match(para[0]) or (_LABEL_ALONE.match(para[0]) and any(_LINK_LINE.match(x) for x in para[1:]))):
        return None
    if any(c in x for x in para for c in "?？") or not all(_ATTRIBUTION.match(x) or _LINK_LINE.match(x) or not x.strip() for x in para[1:]):
        return None
    above = next((x for x in reversed(lines[:top]) if x.strip()), "")
    if above.lstrip().startswith("#") or any(_ATTRIBUTION.match(x) for k, x in enumerate(lines[:top]) if not fenced[k]):
        return None
    return top


# a chatbot's offer of more, the last sentence of its answer ('Would you like me to make flashcards from this?', 'Let me
# know if you'd like more questions!', 'Möchtest du, dass ich daraus Karteikarten erstelle?', '¿Quieres que prepare más
# preguntas …?'): saved with the answer, it ended the last card's back or was a question "with no answer" (trial37 T37-9)
_OFFER = re.compile(
    r"(?i:would\s+you\s+like|do\s+you\s+want\s+me|want\s+me\s+to|shall\s+i|should\s+i|let\s+me\s+know\s+if|if\s+you(?:'d|\s+would)?"
    r"\s+like(?:,|\s+(?:me|i\s+can|more))|möchtest\s+du|möchten\s+sie|soll\s+ich|willst\s+du|sag\s+(?:mir\s+)?bescheid"
    r"|(?:quieres|te\s+gustaría|deseas|necesitas\s+más)|avísame\s+si|souhaitez-vous|voulez-vous|veux-tu|voudrais-tu"
    r"|dites-moi\s+si|vuoi\s+che|vuoi\s+(?:altr[ei]|anche)|fammi\s+sapere|quer\s+que\s+eu|gostaria\s+que\s+eu|quer\s+mais"
    r"|me\s+avise|wil\s+je\s+dat\s+ik|chcesz,?\s+(?:żebym|abym)|хотите,?\s+(?:я|чтобы)|хочешь,?\s+(?:я|чтобы)|если\s+хотите"
    r"|istersen(?:iz)?|bạn\s+có\s+muốn|apakah\s+(?:anda|kamu)\s+ingin"
    # ('N'hésite pas à me demander d'autres fiches !', 'No dudes en pedirme más', 'Feel free to ask for more': T40-5)
    r"|n['’]h[ée]sit(?:e|ez)\s+pas|no\s+dudes\s+en|no\s+dude\s+en|não\s+hesite|feel\s+free\s+to\s+ask"
    r"|zögere\s+nicht|zögern\s+sie\s+nicht)"
    r"|需要我|要不要我|如果你?(?:需要|愿意|願意)|しましょうか|必要であれば|필요하시면|원하시면"
)
_SENTENCE_END = re.compile(r"[.!?。！？](?:\*\*|__)?\s+(?=\S)")


def _offers(line: str) -> bool:
    """A line whose last sentence is a chatbot's offer of more (:data:`_OFFER` opening it)."""
    text = re.sub(r"[\W_]+$", "", line.strip().lstrip("*_> "))  # (its closing mark and emoji: '… erstelle? 📚')
    last = _SENTENCE_END.split(text)[-1].lstrip("*_ ¿¡")
    return bool(_OFFER.match(last))


def _offer_tail(lines: list[str], fenced: list[bool]) -> int | None:
    """The first line of the page's last paragraph when it ends with a chatbot's offer of more (at most
    :data:`CLOSING_LINES` lines, no other question in it); None when the page ends otherwise."""
    top, end = _last_paragraph(lines)
    para = lines[top : end + 1]
    if top <= 0 or not para or len(para) > CLOSING_LINES or any(fenced[top : end + 1]) or lines[top].lstrip().startswith("#"):
        return None
    if not _offers(para[-1]) or sum(x.count("?") + x.count("？") for x in para) > 1:
        return None
    return top


_MARKUP = re.compile(r"<[^>]*>|!\[[^\]]*\]\([^)]*\)")
_PICTURE = re.compile(r"<img\b|!\[[^\]]*\]\(", re.I)
_LINK_AWAY = re.compile(r"\]\(\s*https?://|href\s*=\s*[\"']?https?://", re.I)
_LINK_TEXT = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_NOT_WORDS = re.compile(r"[\W_]+")  # what is no word: a line of only these is markup, a rule or a blank
BANNER_WORDS = 12  # words at most of the line that sends the reader to the site over its banner


def _banner_tail(lines: list[str], fenced: list[bool]) -> int | None:
    """The first line of a page's closing banner: a short line (a heading, often) that links to another site
    ('#### Explore all 100 answers here 👉 [Devinterview.io - Git](https://…)'), then nothing but markup with a picture in
    it (the site's banner image and its link): T27-38, it was a card, or the end of the last answer."""
    k = len(lines) - 1
    pictured = False
    while k >= 0 and not fenced[k] and not _NOT_WORDS.sub("", _MARKUP.sub(" ", lines[k])):
        pictured = pictured or bool(_PICTURE.search(lines[k]))
        k -= 1
    if k < 0 or fenced[k] or not pictured or not _LINK_AWAY.search(lines[k]):
        return None
    own = _LINK_TEXT.sub(" ", _MARKUP.sub(" ", lines[k])).replace("#", " ")
    if len(own.split()) > BANNER_WORDS:
        return None
    while k > 0 and not _NOT_WORDS.sub("", _MARKUP.sub(" ", lines[k - 1])) and not fenced[k - 1] and lines[k - 1].strip():
        k -= 1  # ('<br>' right above it)
    return k


def page_tail(lines: list[str]) -> list[str]:
    """``lines`` with the footer that ends the page, and end markers alone on their lines, blanked line for line; the
    same list when it has none."""
    fenced = list(in_fence(lines))
    ends = {k for k in range(len(lines)) if not fenced[k] and _end_line(lines, k)}
    if ends:  # (an end marker before the key: furniture wherever it stands)
        return page_tail(["" if k in ends else line for k, line in enumerate(lines)])
    top, end = _last_paragraph(lines)
    if top == end and top > 0 and not fenced[end] and _RULE.match(lines[end]):
        # ('---' left at the end over the closing words: read as text in a plain-text layout, it ended the last back)
        return page_tail(lines[:end]) + [""] * (len(lines) - end)
    banner = _banner_tail(lines, fenced)
    if banner is not None:
        return page_tail(lines[:banner]) + [""] * (len(lines) - banner)
    offer = _offer_tail(lines, fenced)
    if offer is not None:  # ('Would you like me to turn this into flashcards? 📚' ending a chatbot's answer: T37-9)
        return page_tail(lines[:offer]) + [""] * (len(lines) - offer)
    cited = _attribution_tail(lines, fenced)
    if cited is not None:  # ('Source: https://…' under the last answer: the page's, no card's)
        return page_tail(lines[:cited]) + [""] * (len(lines) - cited)
    signature = _signature_tail(lines, fenced)
    if signature is not None:  # ('--' / 'Geography Department' / 'Sent from my iPhone' ending a pasted e-mail)
        return page_tail(lines[:signature]) + [""] * (len(lines) - signature)
    closing = _closing_tail(lines, fenced)
    if closing is not None:  # ('*** END OF QUIZ ***' / 'Total: 2 marks' after the last answer: T29-51)
        return page_tail(lines[:closing]) + [""] * (len(lines) - closing)
    k = len(lines) - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    end = k
    navs = 0
    while k >= 0 and not fenced[k] and (not lines[k].strip() or _furniture(lines[k])):
        navs += _nav(lines[k])
        k -= 1
    if k == end or not any(_nav(x) or _COPYRIGHT.search(x) or _FORUM_BAR.match(x) for x in lines[k + 1 : end + 1]):
        return lines
    cut = k + 1
    # short paragraphs of site talk right above it, each after a blank line
    while True:
        j = cut - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        top = j
        while top > 0 and lines[top - 1].strip():
            top -= 1
        para = lines[top : j + 1]
        if j < 0 or top == 0 or any(fenced[top : j + 1]) or len(para) > SITE_LINES:
            break
        if not all(_SITE_TALK.search(x) or _furniture(x) for x in para) or any("?" in x for x in para):
            break
        cut = top
    out = list(lines)
    for i in range(cut, end + 1):
        out[i] = ""
    return out
