"""A flashcard site's set page copied with Ctrl+A (trial31 T31-33): over the terms, the page's title, its study
modes as buttons (``Flashcards`` / ``Learn`` / ``Test`` / ``Match``, or ``Flashcards Learn Test Match Q-Chat`` on one
line), a preview of the first card with its ``Click the card to flip`` and ``1 / 5``, ``Created by`` and the author,
then ``Terms in this set (5)``; under the terms, boxes of other sets (``Students also viewed`` / ``Cell Organelles
Quiz`` / ``24 terms`` / the author / ``Preview``). Read as written, the buttons were the back of a card whose front
was the title, the box another card.

This line-kept rewrite blanks that furniture, in the languages the sites are shown in: the run of mode buttons (three
at least) near the top and everything from it to the set's term count, and the trailing paragraphs that list other
sets by their term counts (``42 Begriffe``, ``25 términos``). The title stays; a page without the buttons or the
count lines is left as written, code fences too.
"""

from __future__ import annotations

import re

from compiler.sources.lines import in_fence

# the study modes a set page offers as buttons (Quizlet, Knowt, Cram, StudyStack), in the languages they are shown in
_MODE = (
    r"flashcards?|learn|test|match|spell|write|gravity|live|blocks|blast|checkpoint|q-chat|study\s+guide|practice\s+test"
    r"|karteikarten|lernen|testen|zuordnen|schreiben|buchstabieren|tarjetas|aprender|prueba|combinar|relacionar|escribir"
    r"|cartes|apprendre|associer|écrire|cartões|teste|escrever|schede|impara|verifica|abbina|scrivi|kaarten|leren|toets"
    r"|combineren|fiszki|ucz\s+się|dopasowania|карточки|заучивание|тест|подбор|письмо|картки|вивчення|kartlar|öğren"
    r"|eşleştir|単語カード|学習|テスト|マッチ|单词卡|学习|测试|配对|學習卡|學習|測驗|配對|낱말카드|학습하기|테스트|매칭"
    r"|thẻ\s+ghi\s+nhớ|học|kiểm\s+tra|ghép\s+thẻ|kartu|belajar|tes|cocokkan"
)
_MODE_WORD = re.compile(rf"(?i:{_MODE})")
MODES_MIN = 3  # buttons in a run (or on one line) that make the run a set page's menu
HEAD_LINES = 4  # non-blank lines over the menu at most: the title (and a breadcrumb or two)
PREVIEW_LINES = 20  # lines under the menu where the set's own count may stand, under the first card's preview
# what a set counts: its terms or cards (the set page's own count, and each other set's in the boxes under it)
_COUNTED = (
    r"terms?|cards?|solutions?|begriffe?|karten|términos|tarjetas|termes|cartes|termos|cartões|termini|schede|termen"
    r"|kaarten|pojęć|pojęcia|fiszek|терминов|термина|термин|карточек|термінів|терміни|terim|用語|単語|术语|词语|詞語|용어|개"
    r"|thuật\s+ngữ|istilah"
)
# the set's own count over its terms: 'Terms in this set (5)', 'Begriffe in diesem Set (6)', 'Términos de esta serie (4)'
_SET_COUNT = re.compile(rf"^[ \t]*+(?i:{_COUNTED})\b[^()\n]{{0,40}}\([ \t]*(?P<count>\d{{1,5}})[ \t]*\)[ \t]*$")
# another set's count in a box under the terms: '24 terms', '42 Begriffe', '2,470 solutions'
_SET_SIZE = re.compile(rf"^[ \t]*+\d{{1,3}}(?:[,.\u00a0\u202f ]\d{{3}})*[ \t]*(?i:{_COUNTED})[ \t]*$")
# the heading of a box of other sets: 'Students also viewed', 'Other sets by this creator', 'Andere Nutzer haben sich auch
# angesehen', 'Los estudiantes también vieron', 'Les étudiants ont également consulté', 'Similar sets'
_OTHER_SETS = re.compile(
    r"(?i)\b(?:also|other|similar|related|recommended|auch|andere|ähnliche|también|otros|otras|relacionad\w*|également"
    r"|aussi|autres|similaires|também|outros|anche|altri|simili|ook|andere|także|również|inne|также|другие|похожие|також"
    r"|інші|ayrıca|diğer|benzer|juga|lainnya|cũng|khác)\b|も|也|其他|다른|도"
)
BOX_WORDS = 8  # words at most of a line in a box of other sets (a set's title, its author, 'Preview')


def _modes(line: str) -> int:
    """How many mode buttons ``line`` is, whole: 1 for 'Learn', 4 for 'Flashcards Learn Test Match'; 0 for any other."""
    text = line.strip()
    if not text:
        return 0
    parts = [p for p in re.split(r"[ \t]*[|·•][ \t]*|[ \t]{2,}", text) if p]
    if len(parts) == 1 and not _MODE_WORD.fullmatch(text):
        parts = text.split()
    return len(parts) if all(_MODE_WORD.fullmatch(p) for p in parts) else 0


def _menu(lines: list[str], fenced: list[bool]) -> tuple[int, int] | None:
    """``(first, last)`` lines of the set page's menu: the mode buttons (:data:`MODES_MIN` at least, one a line or
    together) within the first lines, through to the set's own count when it follows; None when there is none."""
    seen = 0
    for k, line in enumerate(lines):
        if fenced[k]:
            return None
        if not line.strip():
            continue
        run = k
        count = 0
        while run < len(lines) and _modes(lines[run]):
            count += _modes(lines[run])
            run += 1
        if count >= MODES_MIN:
            # (the first card's preview, 'Click the card to flip', 'Created by' and the author: the page's, over the count)
            counted = [j for j in range(run, min(len(lines), run + PREVIEW_LINES)) if _SET_COUNT.match(lines[j])]
            return k, counted[0] if counted else run - 1
        seen += 1
        if seen > HEAD_LINES:
            return None
    return None


def _boxes(lines: list[str], fenced: list[bool]) -> int | None:
    """The first line of the boxes of other sets that end the page: from the box's heading (two lines over the first
    set's count: 'Students also viewed' / 'Cell Organelles Quiz' / '24 terms') to the end, short lines none of which
    asks; the heading after a blank line, or naming other sets when the terms run into it; None when the page ends
    otherwise."""
    k = len(lines)
    first = None
    while k > 0:
        k -= 1
        text = lines[k].strip()
        if fenced[k] or len(text.split()) > BOX_WORDS or any(c in text for c in "?？"):
            break
        if _SET_SIZE.match(text):
            first = k
    top = None if first is None else first - 2
    if top is None or top <= k or not lines[top].strip() or not lines[top + 1].strip():
        return None
    return top if not lines[top - 1].strip() or _OTHER_SETS.search(lines[top]) else None


def set_page(lines: list[str]) -> list[str]:
    """``lines`` with a set page's menu and boxes of other sets blanked line for line; the same list when it has
    neither."""
    fenced = list(in_fence(lines))
    menu = _menu(lines, fenced)
    boxes = _boxes(lines, fenced) if menu is not None or any(_SET_COUNT.match(x) for x in lines) else None
    if menu is None and boxes is None:
        return lines
    out = list(lines)
    if menu is not None:
        out[menu[0] : menu[1] + 1] = [""] * (menu[1] + 1 - menu[0])
    if boxes is not None:
        out[boxes:] = [""] * (len(out) - boxes)
    head = [k for k in range(menu[0]) if out[k].strip()] if menu is not None else []
    if len(head) == 1:  # (the set's title over its menu: the terms' section)
        out[head[0]] = f"# {out[head[0]].strip().lstrip('#').strip()}"
    counted = _SET_COUNT.match(lines[menu[1]]) if menu is not None else None
    terms = list(range(menu[1] + 1, len(out) if boxes is None else boxes)) if counted else []
    while terms and not out[terms[-1]].strip():
        terms.pop()
    while terms and not out[terms[0]].strip():
        terms.pop(0)
    written = [k for k in terms if out[k].strip()]
    if counted and len(written) == 2 * int(counted.group("count")) and all(b - a == 1 for a, b in zip(written[::2], written[1::2], strict=True)):
        # (a term over its definition, a blank line between the pairs or none, 'the weather' / 'la météo' / 'a storm'
        # / …: as many lines as twice the set's count are its pairs, whatever their words; the title their section)
        for q, a in zip(written[::2], written[1::2], strict=True):
            out[q], out[a] = f"Q: {out[q].strip()}", f"A: {out[a].strip()}"
    return out
