"""Option letters of other scripts read as A, B, C (learner M27; katakana, circled digits, Devanagari: trial11 P95).

Tests in Russian, Greek, Arabic or Hebrew letter their options in their own alphabet (``а) Рибосома``,
``α) …``, ``أ) …``, ``א) …``) and key them the same way (``Ответ: а``). Every reader that knows options
knows them lettered A–H; rather than teach each one every alphabet, the lines of such an option list,
and the key line after it, get the Latin letter of the same place in the alphabet before reading.
Only a run of two or more lines lettered in order from the alphabet's first letter counts, so a
sentence that starts with the word ``а)`` is left alone. Line numbers never move.
"""

from __future__ import annotations

import itertools
import re

from compiler.layouts import KEY_WORDS
from compiler.model import Item, ItemKind
from compiler.sources.choices import FINISHED, WRAP_LINES, goes_on
from compiler.sources.distractors import distractor_quizzes
from compiler.sources.lines import ANSWER_WORDS, MARK_COUNT, in_fence
from compiler.sources.oxycards import oxycards

# Each alphabet in its own order (the Arabic one in abjad order, as tests letter options: أ ب ج د هـ و); Japanese
# exams letter options in katakana (ア イ ウ エ), Korean ones with circled digits or letters (① ② ③, ㉠ ㉡ ㉢),
# Hindi ones in Devanagari (क ख ग घ) (trial11 P95, P94), Bangladeshi ones in Bengali (ক খ গ ঘ: trial15 T15-67)
_ALPHABETS = (
    "абвгдежз", "АБВГДЕЖЗ", "αβγδεζηθ", "ΑΒΓΔΕΖΗΘ", "אבגדהוזח", "أبجدهوزح", "アイウエオカキク", "①②③④⑤⑥⑦⑧", "㉠㉡㉢㉣㉤㉥㉦㉧",
    "कखगघङचछज", "কখগঘঙচছজ", "ⒶⒷⒸⒹⒺⒻⒼⒽ", "ⓐⓑⓒⓓⓔⓕⓖⓗ",  # (circled letters: Korean and Japanese tests, trial17 T17-45)
    # (trial17 T17-39) Thai, Korean syllables and jamo, Tamil, Armenian, Georgian, Burmese, hiragana and its iroha order:
    # letters these languages also number outlines with ('가. 개요', 'ก. บทนำ'), so read as options only when a key
    # naming one of them follows (_KEYED)
    "กขคงจฉชซ", "가나다라마바사아", "ㄱㄴㄷㄹㅁㅂㅅㅇ", "அஆஇஈஉஊஎஏ", "աբգդեզէը", "ԱԲԳԴԵԶԷԸ", "აბგდევზთ", "ကခဂဃငစဆဇ",
    "あいうえおかきく", "いろはにほへとち",
    # (trial28 T28-26) Amharic, Marathi's and Gujarati's A B C D (अ ब क ड, અ બ ક ડ), Khmer, Kannada, Lao, Odia, Punjabi,
    # Sinhala and the Chinese heavenly stems: keyed too, as they are letters of words and outlines as well
    "ሀለሐመሠረሰሸ", "अबकडइफ", "અબકડઇફ", "កខគឃងចឆជ", "ಅಆಇಈಉಊಋಎ", "ກຂຄງຈສຊຍ", "କଖଗଘଙଚଛଜ", "ੳਅੲਸਹਕਖਗ", "අආඇඈඉඊඋඌ",
    "甲乙丙丁戊己庚辛",
    # Telugu and Malayalam spell the Latin letters (ఎ బి సి డి ఇ, എ ബി സി ഡി ഇ): the consonant, then its vowel sign (_SIGNS)
    "ఎబసడఇ", "എബസഡഇ",
)
# (the alphabets a bank's header may letter its option columns with, 'А | Б | В | Г': ankifields, trial37 T37-2)
OPTION_ALPHABETS = _ALPHABETS
_SIGNS = "ـ\u0c3f\u0d3f"  # what may follow a letter and stays part of it: Arabic's tatweel ('هـ'), the 'i' of 'బి', 'ബി'
_KEYED = frozenset(range(_ALPHABETS.index("กขคงจฉชซ"), len(_ALPHABETS)))  # the alphabets whose runs need a key after them
_KEYED_SET = frozenset("".join(_ALPHABETS[n] for n in _KEYED))  # their letters, to tell at once whether a page has one
_LATIN = "ABCDEFGH"
_ALL = "".join(_ALPHABETS) + "ـ"
_ALL_SET = frozenset(_ALL)
_SPACED = "".join(a for a in _ALPHABETS if a[0] in "ア①㉠Ⓐⓐ")  # letters an option may follow with a space alone: 'ア　9', '① 증가'
_SELF = "".join(a for a in _ALPHABETS if a[0] in "①㉠Ⓐⓐ")  # symbols that are labels by themselves: '①21', '②80' (T17-36)
_OPTION = re.compile(
    r"^(?P<lead>\s*(?:[-*+]\s+)?\*?[(（]?)(?P<letter>[" + _ALL + r"][" + _SIGNS + r"]?)"
    r"(?P<rest>[.)）．、]\s*\S.*|[-–][ \t]+\S.*|(?<=[" + _SPACED + r"])[ \t\u3000]+\S.*|(?<=[" + _SELF + r"])\S.*)$"
)
# ('أ- الزهرة', 'क- शुक्र': a dash after the letter and a space, as Arabic, Persian and Hindi tests letter options: T29-58)
# (a star before the letter marks the right option and stays: '*ب. يحسن …' reads '*B. يحسن …', trial11 P48)
# the key after the options: 'Ответ: а', '**Απάντηση:** β', 'الإجابة: ب', 'उत्तर: (ख)' (a label, a colon, one
# letter), or a bracketed label: '【正解】ウ'
_KEY = re.compile(
    r"^(?P<lead>\s*(?:[-*+]\s+)?(?:\*\*|__)?(?:[^\W\d_][^:：՝\n*_]{0,30}?(?:\*\*|__)?\s*(?:[:：՝]|(?<=\S)\s[-–—])|[【\[〔][^】\]〕]{1,10}[】\]〕]\s*[:：]?"
    r"|(?:解答|正解|答え|答案|正答|정답)(?:\*\*|__)?[ \t\u3000]+)"  # ('解答 ア': the word and a space, trial12 U87)
    r"\s*(?:\*\*|__)?\s*(?:گزینه[ٔ]?\s+)?[(（]?)"  # ('پاسخ: گزینه ب': the word 'option' before the letter, T17-38)
    r"(?P<letter>[" + _ALL + r"][" + _SIGNS + r"]?)(?P<rest>[)）]?(?:\*\*|__)?\s*[.)]?\s*)$"
)
# the key with its option's text after the letter: 'விடை: ஆ) ஒளிச்சேர்க்கை', 'Ответ: б) митохондрия' (trial26 T26-25)
_SAID_KEY = re.compile(_KEY.pattern.split("(?P<rest>")[0] + r"(?P<rest>[)）.](?:\*\*|__)?)[ \t\u3000]+(?P<said>\S.*?)\s*$")
_OTHER_COLON = re.compile(r"(?:՝|\s[-–—])(?P<after>\s*(?:\*\*|__)?\s*[(（]?)$")
_OPTION_WORD = re.compile(r"گزینه[ٔ]?\s+")
# Persian and Urdu write their first option letter as the word 'الف' (alef): read as the Arabic 'أ' (trial17 T17-38)
_ALEF = re.compile(r"^(?P<lead>\s*(?:[-*+]\s+)?[(（]?)الف(?=\s*[).）]|[-–][ \t])")
_ALEF_WORD = re.compile(r"(?<![^\W\d_])الف(?![^\W\d_])")  # the word alone, never inside another ('الفبا')
_KEY_REACH = 3  # non-blank lines after the last option where its key may stand
# an answer key of the whole test, at its end: 'Ответы: 1-Б, 2-В', '1) б; 2) в', or one entry a line ('3. Г'): a number, a
# dash, stop or bracket, one letter; a label before the entries ends with a colon (trial15 T15-12) or is in brackets
# ('[정답] 1-③  2-②', '【答案】1-B': trial25 T25-8)
# ('問1 ②　問2 ③', '1 ②　2 ③': a Japanese exam's key, its questions' own label before each number, a circled number
# after a space alone: trial25 T25-2; or a katakana one, '解答：問1 イ　問2 ア': T25-52)
# ('Απαντήσεις: 1β, 2β, 3γ': the letter glued to its number, as '1b, 2b' is read: trial26 T26-1)
# ('Answers: 1 β, 2 γ', 'Ответы: 1 б, 2 в': a number, a space, a letter of the options' alphabet: trial30 T30-19)
# ('1 — б': an em dash between them as well as an en dash, as Russian typography spaces it: sitting 36)
_ENTRY_NUMBER = (
    r"(?:[問问]\s?)?(?P<n>\d{1,3})(?P<sep>\s*[-–—.):=．、။]\s*[(（]?|[ \t\u3000]+(?=[" + _ALL + r"])|(?=[" + _ALL + r"]))"
)
_ENTRY = _ENTRY_NUMBER.replace("?P<n>", "?:").replace("?P<sep>", "?:") + r"[(（]?[^\W\d_][" + _SIGNS + r"]?[)）]?"
# ('**정답** 1-② 2-①': a bold label needs no colon, T24-23)
_END_KEY = re.compile(
    r"^\s*(?:(?:\*\*|__)?(?:[^\W\d_][^:：\n]{0,30}[:：]|[\[【〔<〈［][^\]】〕>〉］\n]{1,10}[\]】〕>〉］]\s*[:：]?)(?:\*\*|__)?\s*"
    r"|(?:\*\*|__)[^\W\d_][^*_:：\n]{0,30}(?:\*\*|__)\s+)?(?:\*\*|__)?"
    + _ENTRY
    + r"(?:\s*[,;，；،؛–—]?\s*" + _ENTRY + r")*\s*[.,;]?(?:\*\*|__)?\s*$"
)
# a key word with no colon before the entries on its line: 'เฉลย 1. ข  2. ก  3. ค', 'Answers 1. B  2. C' (T32-35)
# (not a bold one: '**정답** 1-② 2-①' is read as it is, T24-23)
_BARE_KEY_LABEL = re.compile(r"^(?P<label>\s*(?i:" + KEY_WORDS + r"))(?=[ \t\u3000]+\d)")
# a label ended by its script's own colon, as Armenian ('Պատասխաններ՝ 1-Գ, 2-Բ'), Amharic ('መልስ፡ 1. ለ  2. ሐ': the
# wordspace, and the preface colon '፦', '፥') and Khmer ('ចម្លើយ៖ ១-ខ, ២-គ') write 'Answers:' (T36-1, T36-2: no key was
# read, the options were a Basic card's back or a guessed pattern's nonsense fronts)
_SCRIPT_COLON_LABEL = re.compile(
    r"^(?P<label>\s*(?:\*\*|__)?[^\W\d_][^:：\n\d՝፡፦፥៖\-–—]{0,30}?)(?:[ \t]*[՝፡፦፥៖]|[ \t]+[-–—](?=[ \t]))(?=[ \t\u3000]*\S)"
)  # (or a spaced dash, as Burmese writes it: 'အဖြေ - ၁။ (ခ)  ၂။ (ဂ)', T36-3)
# an entry numbered in its script's digits with Burmese's section mark, '၁။ (ခ)', written '1. (ခ)' as every key reader reads
_NATIVE_ENTRY = re.compile(r"(?<!\d)(\d{1,3})[ \t]*။")


def colon_keys(lines: list[str]) -> list[str]:
    """``lines`` with a colon after a key word that has none before the entries on its line ('เฉลย 1. ข  2. ก' ->
    'เฉลย: 1. ข  2. ก'), or in place of its script's own colon ('Պատասխաններ՝ 1-Գ' -> 'Պատասխաններ: 1-Գ'), the form every
    key reader reads; only a line of two entries or more. Line numbers stay."""
    out = list(lines)
    for k, line in enumerate(lines):
        m = _BARE_KEY_LABEL.match(line) or _SCRIPT_COLON_LABEL.match(line)
        if m is not None and len(_KEY_ENTRY.findall(line[m.end() :])) >= 2:
            rest = _NATIVE_ENTRY.sub(lambda e: f"{int(e.group(1))}.", line[m.end() :])
            fixed = f"{m.group('label')}:{rest}"
            if _END_KEY.match(fixed):
                out[k] = fixed
    return out


# one entry a line with its explanation after a label: '1. ② 해설: …', '2. б Пояснение: …' (trial25 T25-34)
_EXPLAINED_ENTRY = re.compile(
    r"^\s*(?:\*\*|__)?" + _ENTRY + r"(?:\*\*|__)?[.:]?\s+(?:\*\*|__)?[^\W\d_]{1,20}(?:\s[^\W\d_]{1,20})?\s*[:：]"
)
_KEY_ENTRY = re.compile(r"(?<![^\W\d_])" + _ENTRY_NUMBER + r"(?P<letter>[^\W\d_][" + _SIGNS + r"]?)(?![^\W\d_])")
# the letter alone on its line, as an answer toggle holds it ('<summary>정답</summary>' / '②', trial12 U107)
_BARE = re.compile(r"^(?P<lead>\s*(?:\*\*|__)?[(（]?)(?P<letter>[" + _ALL + r"][" + _SIGNS + r"]?)(?P<rest>[)）]?(?:\*\*|__)?\s*[.)]?\s*)$")
# the letter, bold or not, then a dash or a colon and why, the first text after the options ('**б** — кислород …',
# 'β: …'): the key with its explanation, as '**B** — …' is read (trial35 T35-20, in the options' own alphabet)
_WHY_KEY = re.compile(
    r"^(?P<lead>\s*(?:>\s*)?(?:\*\*|__)?[(（]?)(?P<letter>[" + _ALL + r"][" + _SIGNS + r"]?)"
    r"(?P<rest>[)）]?(?:(?:\*\*|__)[ \t]*(?:[—–:：]|-(?=[ \t]))|[:：](?:\*\*|__)|[ \t]*(?:[—–:：]|-(?=[ \t])))[ \t]*\S.*)$"
)


# options numbered '(1)' … '(4)' (NEET, JEE, SSC and their coaching books) or in Roman numerals '(i)' … '(iv)', 'i)',
# 'I.', keyed by the number ('Ans: (2)', 'Answer: (ii)', 'Ans: 2'): a run of them is read as lettered options only
# when such a key follows, so a numbered list of points stays a list (trial17 T17-45)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")
# ('1)' … '4)' too, keyed by its number or by a circled one, 'Answer: ③', as Korean and Japanese keys write it: the keys'
# list, sitting 27)
_COUNTED = re.compile(
    r"^(?P<lead>\s*(?:[-*+]\s+)?)(?:[(（](?P<p>[1-8]|[ivx]{1,4}|[IVX]{1,4})[)）]|(?P<r>[ivx]{1,4}|[IVX]{1,4})[.)]|(?P<d>[1-8])[)）])[ \t]+(?P<text>\S.*)$"
)
_CIRCLED = "①②③④⑤⑥⑦⑧"
_COUNTED_NUMBER = re.compile(r"[1-8]|[ivx]{1,4}|[IVX]{1,4}|[①②③④⑤⑥⑦⑧]")
_COUNTED_KEY = re.compile(
    r"^(?P<lead>\s*(?:[-*+]\s+)?(?:\*\*|__)?(?i:(?:the\s+)?(?:correct\s+|right\s+)?(?:answer|ans|key|solution)|" + ANSWER_WORDS + r")"
    r"(?:\*\*|__)?\s*[:：.-]\s*(?:\*\*|__)?\s*)(?:option\s+)?[(（]?(?P<n>[1-8]|[ivx]{1,4}|[IVX]{1,4}|[①②③④⑤⑥⑦⑧])[)）]?"
    r"(?P<more>(?:[ \t]*+[,;&][ \t]*+[(（]?(?:[1-8]|[ivx]{1,4}|[IVX]{1,4}|[①②③④⑤⑥⑦⑧])[)）]?)*+)(?P<rest>(?:\*\*|__)?\s*\.?\s*(?:$|[-—–:]\s+\S.*$|(?P<said>\S.*$)))",
    re.I,
)


# a test's key at its end naming such options by question number: '1: (ii)', '2 - iii', 'Answers: 1-(2), 2-(4)' (a bare
# digit, '1-2', is a range, never a key's entry) (trial30 T30-18: the key was glued on the last card's back)
_COUNTED_VALUE = r"(?:[(（](?P<p>[1-8]|[ivx]{1,4}|[IVX]{1,4})[)）]|(?P<r>[ivx]{1,4}|[IVX]{1,4})(?![^\W\d_]))"
_COUNTED_ENTRY = r"\d{1,3}[ \t]*[-–.):=][ \t]*" + re.sub(r"\?P<\w+>", "?:", _COUNTED_VALUE)
_COUNTED_END = re.compile(
    r"^\s*(?:(?:\*\*|__)?[^\W\d_][^:：\n]{0,30}[:：](?:\*\*|__)?[ \t]*)?"
    + _COUNTED_ENTRY + r"(?:[ \t]*[,;，；]?[ \t]*" + _COUNTED_ENTRY + r")*[ \t]*[.]?\s*$"
)
_COUNTED_ENTRIES = re.compile(r"(?<![\w(（])\d{1,3}[ \t]*[-–.):=][ \t]*" + _COUNTED_VALUE)


def _end_counted(lines: list[str], after: int, roman: bool) -> list[int]:
    """The lines after line ``after`` that are a test's key naming options numbered so (``roman`` or ``(2)``) by
    question number ('1: (ii)', '2 - iii'); none when any entry names the other kind."""
    found = []
    for k in range(after, len(lines)):
        if not _COUNTED_END.match(lines[k]):
            continue
        values = [(e.group("p") or e.group("r")) for e in _COUNTED_ENTRIES.finditer(lines[k])]
        if values and all(v.isdecimal() != roman for v in values):
            found.append(k)
    return found


def _count(label: str) -> int | None:
    """The place (0 for the first) of an option's number or Roman numeral, or None."""
    if label in _CIRCLED:
        return _CIRCLED.index(label)
    if label.isdecimal():
        return int(label) - 1
    low = label.lower()
    return _ROMAN.index(low) if low in _ROMAN else None


def _restates(said: str, option_line: str) -> bool:
    """Whether the words after a key's number are its option's text ('Ans. (ii) chloroplast' under '(ii) chloroplast',
    case, emphasis and a final stop aside): CBSE and NCERT keys cite the option with its text (trial26 T26-2)."""
    o = _COUNTED.match(option_line)

    def plain(text: str) -> str:
        return " ".join(re.sub(r"\*\*|__|`", "", text).casefold().rstrip(" .。").split())

    if o is None or not plain(o.group("text")) or not plain(said).startswith(plain(o.group("text"))):
        return False
    after = plain(said)[len(plain(o.group("text"))) :].lstrip()
    return not after or after[0] in "—–-:;,.(["  # ('… chloroplast — it holds chlorophyll'), never '42 people'


def counted_options(lines: list[str], marks: Marks | None = None) -> list[str]:
    """``lines`` with each run of options numbered ``(1)`` … or ``(i)`` … under a question, keyed by one of those
    numbers within a few lines, lettered ``A)`` … and its key ``Ans: B``; line numbers never move. ``marks`` gets each
    option's label as written (:func:`latin_option_letters`)."""
    out = list(lines)
    keys: set[int] = set()  # a test's key lines at its end that key such runs
    ended: dict[bool, list[int]] = {}  # those key lines, Roman or not, found once for the runs on questions' lines
    n = 0
    while n < len(out):
        if "(" in out[n] or ")" in out[n] or "）" in out[n]:
            n = _inline_counted(out, n, marks, keys, ended)
        m = _COUNTED.match(out[n])
        label = (m.group("p") or m.group("r") or m.group("d")) if m else None
        if m is None or label is None or _count(label) != 0:
            n += 1
            continue
        roman, run, k = not label.isdecimal(), [n], n + 1
        while k < len(out) and out[k].strip():
            nxt = _COUNTED.match(out[k])
            nl = (nxt.group("p") or nxt.group("r") or nxt.group("d")) if nxt else None
            if nxt is None or nl is None or nl.isdecimal() == roman or _count(nl) != len(run) or bool(nxt.group("d")) != bool(m.group("d")):
                break
            run.append(k)
            k += 1
        seen, keyed = 0, None
        while k < len(out) and seen < _KEY_REACH and keyed is None:
            if out[k].strip():
                seen += 1
                key = _COUNTED_KEY.match(out[k])
                place = _count(key.group("n")) if key else None
                if key and place is not None and place < len(run) and key.group("said") and not _restates(key.group("said"), out[run[place]]):
                    place = None  # ('Ans. (ii) 42 people': a number and other words, no option's label)
                # ('Ans: 2' for '(ii)'; 'Answer: ③' for '3)' or '(3)', never for '(iii)')
                if key and place is not None and place < len(run) and (roman or key.group("n").isdecimal() or key.group("n") in _CIRCLED):
                    keyed = (k, key, place)
            k += 1
        ends = _end_counted(out, run[-1] + 1, roman) if keyed is None and len(run) >= 2 and not m.group("d") else []
        if len(run) < 2 or (keyed is None and not ends):
            n += 1
            continue
        for i, at in enumerate(run):
            o = _COUNTED.match(out[at])
            assert o is not None
            _mark(marks, at, _LATIN[i], out[at][len(o.group("lead")) : o.start("text")])
            out[at] = f"{o.group('lead')}{_LATIN[i]}) {o.group('text')}"
        if keyed is None:
            keys.update(ends)  # (read when the runs are all lettered: each key line names several questions' options)
            n = run[-1] + 1
            continue
        at, key, place = keyed
        written = _COUNTED_NUMBER.findall(key.group("more"))
        more = [_count(x) for x in written if x.isdecimal() == key.group("n").isdecimal()]
        if len(more) == len(written) and all(p is not None and p < len(run) for p in more):  # ('Answer: 1, 3, 5' for a "select all that apply": T33-9)
            out[at] = f"{key.group('lead')}{', '.join(_LATIN[p] for p in [place, *more] if p is not None)}{key.group('rest')}"
        n = at + 1
    for k in sorted(keys):
        out[k] = _COUNTED_ENTRIES.sub(_latin_entry, out[k])
    return out


# an option's number inside a line, after a space: '(1) ', '(ii) ', '1) ' (the question's own line holds them all)
_INLINE_COUNTED = re.compile(r"(?<=\s)(?:[(（](?P<p>[1-8]|[ivx]{1,4}|[IVX]{1,4})[)）]|(?P<d>[1-8])[)）])[ \t]+(?=\S)")
_INLINE_COUNTED_RUN = 3  # numbers in order on the line before they are its options
_INLINE_COUNTED_TEXT = 150  # an option that long is a sentence, not one of a run


def _inline_counted(out: list[str], n: int, marks: Marks | None, keys: set[int], ended: dict[bool, list[int]]) -> int:
    """Options numbered on the question's own line (``… milky? (1) Oxygen (2) Carbon dioxide (3) … (4) …``, ``1) Iron
    2) Mercury …``, ``(i) … (ii) …``: Indian board and NEET papers), keyed by one of those numbers within a few lines
    (``Ans: (2)``, ``Ans: 2``): the line's run lettered ``A) Oxygen B) …`` and its key ``Ans: B``, as a line of lettered
    options is read (trial35 T35-18: a Basic card whose back was '(1)'); or by the test's key at its end ('1: (ii)',
    '2 - (4)'), whose lines go into ``keys``. ``out`` changes in place; the line to go on from is returned (``n``, or
    the key's line after it)."""
    line = out[n]
    found = list(_INLINE_COUNTED.finditer(line))
    first = next((m for m in found if _count(m.group("p") or m.group("d")) == 0), None)
    if first is None:
        return n
    style = (first.group("p") is not None, (first.group("p") or first.group("d")).isdecimal())
    run = [first]
    for m in found[found.index(first) + 1 :]:
        label = m.group("p") or m.group("d")
        if (m.group("p") is not None, label.isdecimal()) != style:
            continue
        if _count(label) != len(run):
            return n  # (an out-of-order number of the same style: no clean run)
        run.append(m)
    ends = [m.start() for m in run[1:]] + [len(line)]
    texts = [line[m.end() : end].strip() for m, end in zip(run, ends, strict=True)]
    if len(run) < _INLINE_COUNTED_RUN or not all(texts) or any(len(t) > _INLINE_COUNTED_TEXT for t in texts):
        return n
    roman = not style[1]
    k, seen = n + 1, 0
    while k < len(out) and seen < _KEY_REACH:
        if not out[k].strip():
            k += 1
            continue
        seen += 1
        key = _COUNTED_KEY.match(out[k])
        place = _count(key.group("n")) if key else None
        if key and place is not None and place < len(run) and not key.group("more") and (roman or key.group("n").isdecimal() or key.group("n") in _CIRCLED):
            if key.group("said") and not _restates(key.group("said"), f"{line[run[place].start() : run[place].end()]}{texts[place]}"):
                return n
            for i, m in enumerate(run):
                _mark(marks, n, _LATIN[i], line[m.start() : m.end()])
            out[n] = line[: first.start()] + " ".join(f"{_LATIN[i]}) {t}" for i, t in enumerate(texts))
            out[k] = f"{key.group('lead')}{_LATIN[place]}{key.group('rest')}"
            return k
        if _COUNTED.match(out[k]) or _INLINE_COUNTED.search(out[k]):
            break  # (the next question's options before any key)
        k += 1
    if style[0] and roman not in ended:
        ended[roman] = _end_counted(out, 0, roman)
    ends = [k for k in ended.get(roman, []) if k > n] if style[0] else []  # ('1) … 2) …' never: '1-2' is a range)
    if ends:
        for i, m in enumerate(run):
            _mark(marks, n, _LATIN[i], line[m.start() : m.end()])
        out[n] = line[: first.start()] + " ".join(f"{_LATIN[i]}) {t}" for i, t in enumerate(texts))
        keys.update(ends)
    return n


def _latin_entry(entry: re.Match[str]) -> str:
    """A key entry naming a numbered option ('1: (ii)', '2 - iii') with the option's Latin letter ('1: B')."""
    group = "p" if entry.group("p") else "r"
    start, end = entry.start(group) - entry.start(), entry.end(group) - entry.start()
    if group == "p":  # (its brackets go with it)
        start, end = start - 1, end + 1
    place = _count(entry.group(group))
    assert place is not None
    return entry.group(0)[:start] + _LATIN[place] + entry.group(0)[end:]


def _starts(letter: str) -> list[int]:
    """The alphabets an option letter is the first of ('い' starts iroha, though it is hiragana's second)."""
    letter = letter.rstrip(_SIGNS)
    return [n for n, alphabet in enumerate(_ALPHABETS) if alphabet[0] == letter]


def _at(alphabet: int, letter: str) -> int:
    """The place of a letter in one alphabet, -1 when it is none of it."""
    return _ALPHABETS[alphabet].find(letter.rstrip(_SIGNS))


def _place(letter: str) -> tuple[int, int] | None:
    """(alphabet, index) of an option letter."""
    letter = letter.rstrip(_SIGNS)
    for n, alphabet in enumerate(_ALPHABETS):
        at = alphabet.find(letter)
        if at >= 0:
            return n, at
    return None


# the key written in a question's own blank, as Chinese answer sheets and homework fill it in ('…的符号是（A）。',
# '…的是（ABCD）。（多选）', '… is ( C ).'): brackets at the stem's end holding option letters alone (trial14 T14-21)
_STEM_KEY = re.compile(
    r"^(?P<stem>.*?[^\s(（])\s*(?P<open>[（(])[ \t\u3000]*(?P<keys>[A-H](?:[ \t]*[,，、]?[ \t]*[A-H]){0,7})[ \t\u3000]*(?P<close>[）)])"
    r"(?P<after>[ \t]*[。.．?？]?[ \t]*(?:[（(][^（）()\n]{1,12}[）)])?[ \t]*[。.．]?[ \t]*)$"
)
# an option's label where options begin, one a line or a few to a line: 'A. 9', '- A、按钮', 'A.简洁 B.开源'
_STEM_OPTION = re.compile(r"(?:^[ \t]*(?:[-*+][ \t]+)?|(?<=[ \t\u3000]))\(?(?P<label>[A-H])(?:[.)、．]|\))")
_STEM_REACH = 2  # blank lines between a stem and its options
_STEM_ENDS = ("）", ")", "。", ".", "．", "?", "？")


def stem_keys(lines: list[str]) -> list[str]:
    """``lines`` with each key written in a question's blank (``…的值是（C）。`` over ``A. 9`` … ``D. 5``) moved to the
    options it names, as a ✓ after each, the blank left empty (``（　）``): a key on the front gave the answer away
    and its options were taught as the answer. Only where lettered options from A follow and name every key letter;
    line numbers never move."""
    out = list(lines)
    for n, line in enumerate(lines):
        m = _STEM_KEY.match(line) if line.rstrip().endswith(_STEM_ENDS) and ("）" in line or ")" in line) else None
        if m is None:
            continue
        keys = {k for k in m.group("keys") if k.isalpha()}
        k, blanks = n + 1, 0
        while k < len(lines) and not lines[k].strip() and blanks < _STEM_REACH:
            k, blanks = k + 1, blanks + 1
        places: list[tuple[int, int, int]] = []  # (line, start of the label, end of the option's text) per option
        while k < len(lines) and lines[k].strip():
            found = [o for o in _STEM_OPTION.finditer(lines[k])]
            run = []
            for o in found:
                if o.group("label") == "ABCDEFGH"[len(places) + len(run)]:
                    run.append(o)
            if not run or run[0].start() != found[0].start() or lines[k][: run[0].start()].strip("-*+ \t"):
                break
            ends = [o.start() for o in run[1:]] + [len(lines[k].rstrip())]
            places += [(k, o.start(), end) for o, end in zip(run, ends, strict=True)]
            k += 1
        if len(places) < 2 or any("ABCDEFGH".index(key) >= len(places) for key in keys):
            continue
        wide = m.group("open") == "（"
        out[n] = f"{m.group('stem')}{'（　）' if wide else ' ( )'}{m.group('after')}"
        for at in sorted({p[0] for p in places}):
            row = out[at]
            for _, start, end in sorted((p for p in places if p[0] == at), key=lambda p: -p[1]):
                label = "ABCDEFGH"[next(i for i, p in enumerate(places) if p[0] == at and p[1] == start)]
                if label in keys:
                    cut = len(row[:end].rstrip())
                    row = f"{row[:cut]} ✓{row[cut:]}"
            out[at] = row
    return out


# an option lettered in lower case, one a line: '(a) Both A and R are true …', 'b) Only B'
_LOWER_OPTION = re.compile(r"^\s*(?:[-*+]\s+)?(?P<label>\((?P<p>[a-h])\)|(?P<l>[a-h])[.)])\s+(?P<text>\S.*)$")
# a statement the question names by a capital letter: 'Assertion (A):', 'Reason (R):', 'Statement A:', '(P) …'
_NAMED_STATEMENT = re.compile(r"\((?P<p>[A-Z])\)|^\s*(?:\*\*|__)?[^\W\d_]{2,20}\s+(?P<w>[A-Z])\s*(?:\*\*|__)?\s*[:：.]")
_NAMING_REACH = 8  # lines above a run of options where the question names its statements


def statement_letters(lines: list[str], marks: Marks) -> None:
    """Note the page's own labels of each run of options lettered in lower case ('(a)' … '(d)') whose text names a
    statement the question above labels with a capital of the same letters ('Assertion (A): …' / 'Reason (R): …' /
    '(a) Both A and R are true …'): the card shows '(a) Both A and R …', never 'A) Both A and R …', where the option's
    letter and the statement's look alike (trial32 T32-31). The lines are left as they are."""
    n = 0
    while n < len(lines):
        m = _LOWER_OPTION.match(lines[n])
        if m is None or (m.group("p") or m.group("l")) != "a":
            n += 1
            continue
        run = [n]
        while run[-1] + 1 < len(lines) and (o := _LOWER_OPTION.match(lines[run[-1] + 1])) and (o.group("p") or o.group("l")) == _LATIN[len(run)].lower():
            run.append(run[-1] + 1)
        above = []  # the question's lines over the run, a blank line between them or not, up to the options above
        for line in reversed(lines[max(0, n - _NAMING_REACH) : n]):
            if _LOWER_OPTION.match(line):
                break
            above.append(line)
        named = {g.group("p") or g.group("w") for line in above for g in _NAMED_STATEMENT.finditer(line)} & set(_LATIN)
        texts = [_LOWER_OPTION.match(lines[at]) for at in run]
        if len(run) >= 2 and named and any(re.search(rf"(?<![\w'’]){x}(?![\w'’])", t.group("text")) for t in texts if t for x in named):
            for i, (at, t) in enumerate(zip(run, texts, strict=True)):
                if t is not None:
                    _mark(marks, at, _LATIN[i], t.group("label"))
        n = run[-1] + 1


def latin_option_letters(text: str, written: Written | None = None) -> str:
    """``а) Рибосома`` / ``б) Лизосома`` / ``Ответ: а`` -> ``A) Рибосома`` / ``B) Лизосома`` / ``Ответ: A``; a key in
    a question's blank moved to its options (:func:`stem_keys`); authored distractors under an answered question
    made its wrong options (:func:`compiler.sources.distractors.distractor_quizzes`); an oxycards deck written as
    deckc's Markdown (:func:`compiler.sources.oxycards.oxycards`). ``written`` gets, for each line so lettered, its
    text as returned (stripped) and the (Latin letter, label as the page writes it) of its options: the card shows the
    page's labels (:func:`page_labels`)."""
    marks: Marks = {}
    gridded: set[int] = set()  # the alphabets of option grids made Latin ('А Олег      Б Ігор'): their keys converted too
    text = oxycards(text)  # ('multiple_choice' / '# Q' / '- a' / '* right' / '---': trial15 T15-9)
    if re.search(r"(?m)^[^\S\n]*\S[^:：\n]{0,40}?[ \t\u3000]\d{1,3}\s*[-–.):=．、။]", text):
        lines = text.split("\n")
        keyed = colon_keys(lines)
        text = text if keyed == lines else "\n".join(keyed)
    if "）" in text or ")" in text:
        lines = text.split("\n")
        keyed = stem_keys(lines)
        text = text if keyed == lines else "\n".join(keyed)
    if re.search(r"(?i)distract|wrong\s+answers|incorrect\s+(?:options|answers)|incorrectas|falsche\s+antworten|mauvaises", text):
        lines = text.split("\n")
        quizzed = distractor_quizzes(lines)  # '### Distractors' / '- …' under an answered question (trial14 T14-38)
        text = text if quizzed == lines else "\n".join(quizzed)
    if ")" in text or "）" in text or "." in text:
        lines = text.split("\n")
        counted = counted_options(lines, marks)  # '(1) …' / '(2) …' / 'Ans: (2)' (trial17 T17-45)
        text = text if counted == lines else "\n".join(counted)
    if re.search(r"(?m)^[ \t]*(?:\*\*|__)?[AАΑ](?:\*\*|__)? [^\s)\].:：-]", text):
        lines = text.split("\n")
        spaced = spaced_options(lines, marks, gridded)  # 'А Олег' / 'Б Ігор' / 'В Володимир' under a question: 'А) Олег' (T28-9)
        text = text if spaced == lines else "\n".join(spaced)
    if re.search(r"(?m)^[ \t]*(?:[-*+][ \t]+)?(?:\[[Aa]\]|[Aa][ \t]?[:：]|[Aa][ \t]*[-–—][ \t]|[Aa]\.[ \t]?[-–—]|[Aa]/[ \t]|A(?:[ \t]{2,}|\t)\S)", text):
        lines = text.split("\n")
        marked = marked_options(lines, marks)  # 'A - 80' / 'B - 443', '[A] 80', 'A: 80', 'a.- 80', 'A/ 80': 'A) 80' (T23-43, T30-18)
        text = text if marked == lines else "\n".join(marked)
    if "(a)" in text or "a)" in text or "a." in text:
        statement_letters(text.split("\n"), marks)  # '(a) Both A and R are true …' under 'Assertion (A): …' (T32-31)
    if _ALL_SET.isdisjoint(text):  # (a set, not a scan of the page per letter: ~0.02 s a build, issue 13)
        return _said(text, marks, written)
    if not gridded and not _LOOKALIKE_SET.isdisjoint(text) and len(_LATIN_OPTION.findall(text)) >= 2:  # (a Cyrillic grid's key: its own 'В')
        text = _latin_keys(text)
    lines = [_alef(line) if "الف" in line else line for line in text.split("\n")]
    alefs = {k for k, line in enumerate(text.split("\n")) if "الف" in line and _ALEF.match(line)}  # ('الف)': the page's label
    lines, used = _one_line_runs(lines, marks) if not _SYMBOL_SET.isdisjoint(text) else (lines, set())
    used |= gridded
    if ")" in text or "）" in text:  # ('(क) मुंबई   (ख) नई दिल्ली   (ग) …' on one line: T28-25)
        lines, inline = _lettered_line_runs(lines, marks)
        used |= inline
    if "ア" in text and "イ" in text:  # ('ア　bps　　イ　Hz　　ウ　dpi　　エ　ppm': T25-52)
        lines, spaced = _kana_line_runs(lines, marks)
        used |= spaced
    ends = _end_key_alphabets(lines) if not _KEYED_SET.isdisjoint(text) else []
    n = 0
    while n < len(lines):
        m = _OPTION.match(lines[n])
        found = _lettered_run(lines, n, m.group("letter"), ends) if m else None
        if found is None:
            n += 1
            continue
        if _statements_over_options(lines, found[1]):
            n = found[1][-1] + 1
            continue
        alphabet, run, keyed = found
        for i, at in enumerate(run):
            m = _OPTION.match(lines[at])
            assert m is not None
            rest = m.group("rest")
            if rest[0] in "）．、-–" or rest[0] not in ".)":  # ('ア　9', '（イ）10', 'ウ．11', 'أ- 9': read as 'A) 9')
                rest = ") " + rest.lstrip("）．、-– \t\u3000")
            lead = m.group("lead").replace("（", "(")
            opened = m.group("lead")[-1:] if m.group("lead")[-1:] in "(（" else ""
            letter = "الف" if at in alefs and m.group("letter") == "أ" else m.group("letter")
            _mark(marks, at, _LATIN[i], opened + letter + (m.group("rest")[0] if m.group("rest")[0] in ".)）．、-–" else ""))
            lines[at] = lead + _LATIN[i] + (rest if not lead.endswith("(") or rest.startswith(")") else ")" + rest[1:])
        if keyed is not None:
            k, key, place = keyed
            lead = _OPTION_WORD.sub("", key.group("lead")).replace("（", "(")  # ('پاسخ: گزینه ب' reads 'پاسخ: B')
            lead = _OTHER_COLON.sub(r":\g<after>", lead, count=1)  # ('Պատասխան՝ բ', 'အဖြေ - ခ': 'label: B', as answers read)
            said = key.groupdict().get("said")  # ('விடை: ஆ) ஒளிச்சேர்க்கை': its option's text kept after the letter)
            lines[k] = lead + _LATIN[place] + key.group("rest").replace("）", ")") + (f" {said}" if said else "")
        n = run[-1] + 1
        used.add(alphabet)
    return _said("\n".join(_end_keys(lines, used) if used else lines), marks, written)


# a line of options numbered in circles, as written ('① ア　② イ …') or already lettered from them ('A) ア B) イ …')
_CIRCLED_OPTIONS = re.compile(r"^\s*(?:①|A\) \S.* B\) )")


def _statements_over_options(lines: list[str], run: list[int]) -> bool:
    """Whether a lettered run is the statements a question's options then choose among ('ア．ミトコンドリアでは…。' …
    over '① ア　② イ　③ ア，ウ'; trial33 T33-25): sentences, and the circled options right under them; their letters stay
    as written, for the options to name."""
    after = next((k for k in range(run[-1] + 1, len(lines)) if lines[k].strip()), None)
    sentences = all(lines[k].rstrip().endswith(("。", ".", "．")) for k in run)
    return after is not None and sentences and _CIRCLED_OPTIONS.match(lines[after]) is not None


# Cyrillic and Greek capitals that look like Latin option letters: a key typed on a Russian or Greek keyboard without
# switching it ('Ответы: 1-В, 2-С' under options A) … D)) looks right and keyed nothing (trial26 T26-54)
_LOOKALIKES = {"А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "а": "a", "с": "c", "е": "e", "Α": "A", "Β": "B", "Ε": "E", "Η": "H"}
_LOOKALIKE_SET = frozenset(_LOOKALIKES)
_LATIN_OPTION = re.compile(r"(?m)^[ \t]*(?:[-*+][ \t]+)?\(?[A-D][.)][ \t]+\S")
_LATIN_KEY = re.compile(  # a question's own key line, its letter(s) Latin: 'Ответ: C', '**Правильный ответ:** B, D'
    r"^\s*(?:[-*+]\s+)?(?:\*\*|__)?[^\W\d_][^:：\n*_]{0,30}(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*"
    r"\(?[A-H]\)?(?:\s*[,;&]\s*\(?[A-H]\)?)*[.)]?(?:\*\*|__)?\s*$"
)
_LOOKALIKE_ALONE = re.compile("(?<![^\\W\\d_])[" + "".join(_LOOKALIKES) + "](?![^\\W\\d_])")


def _latin_keys(text: str) -> str:
    """``text`` with the Cyrillic or Greek look-alikes of option letters in its key lines as the Latin letters they
    look like, on a page whose options are lettered in Latin and none in the alphabet of those look-alikes (there
    'В' is the third option, read as such above): only a letter standing alone, never one inside a word."""
    if any(_OPTION.match(line) and _place(m.group("letter")) for line in text.split("\n") if (m := _OPTION.match(line))):
        return text  # (options lettered а) б) в): their letters, not look-alikes)
    out = []
    for line in text.split("\n"):
        latin = _LOOKALIKE_ALONE.sub(lambda m: _LOOKALIKES[m.group(0)], line) if not _LOOKALIKE_SET.isdisjoint(line) else line
        out.append(latin if latin != line and (_END_KEY.match(latin) or _LATIN_KEY.match(latin)) else line)
    return "\n".join(out)


Marks = dict[int, list[tuple[str, str]]]  # line -> (Latin letter, the label as the page writes it) of its options


def _mark(marks: Marks | None, line: int, latin: str, page: str) -> None:
    """Note that the option lettered ``latin`` on ``line`` is labelled ``page`` on the page (``③``, ``б)``, ``(ii)``)."""
    if marks is not None and page.strip():
        marks.setdefault(line, []).append((latin, page.strip()))


def _said(text: str, marks: Marks, written: Written | None) -> str:
    """``text``, with ``written`` given each marked line's text (stripped) and its options' labels."""
    if written is not None and marks:
        lines = text.split("\n")
        for k, pairs in marks.items():
            if k < len(lines) and lines[k].strip():
                written[k] = (lines[k].strip(), pairs)
    return text


Written = dict[int, tuple[str, list[tuple[str, str]]]]  # line -> (its text, stripped; its options' labels)
_ITEM_REACH = 60  # lines after an item's first where its options may stand, when no item follows


def page_labels(items: list[Item], written: Written) -> list[Item]:
    """``items`` whose multiple-choice options the page labels in another script or with numbers (``①``, ``б)``,
    ``أ)``, ``ㄱ.``, ``(2)``, ``(ii)``) show those labels on the card, in the options and the right answer, where the
    card showed ``A)`` ``B)`` ``C)`` (a learner reading the page's key ``③`` in a note or a teacher's explanation found
    no ``③`` on the card). Each option's label is that of the line holding it among the item's lines (from its own line
    to the next item's, its text one of the item's ``original``); an item with any option not found so keeps the Latin
    letters."""
    starts = sorted({i.locator.line for i in items})
    out = []
    for item in items:
        if item.kind is not ItemKind.multiple_choice or not item.choices or any(c.mark for c in item.choices):
            out.append(item)
            continue
        own = {line.strip() for line in item.original.split("\n") if line.strip()}
        first = item.locator.line - 1
        end = next((s - 1 for s in starts if s > item.locator.line), first + _ITEM_REACH)
        found: dict[str, str] = {}
        for k in sorted(k for k in written if first <= k < end and written[k][0] in own):
            for latin, page in written[k][1]:
                found.setdefault(latin, page)
        if not all(c.label in found for c in item.choices):
            out.append(item)
            continue
        out.append(item.model_copy(update={"choices": [c.model_copy(update={"mark": found[c.label]}) for c in item.choices]}))
    return out


def page_originals(items: list[Item], page: list[str], read: list[str]) -> list[Item]:
    """``items`` whose ``original`` (the manifest's, the lines a message quotes) is the page's own lines: an item read
    from lines a line-kept rewrite relettered (``(1) Oxygen`` / ``Ans: (1)`` read as ``A) Oxygen`` / ``Ans: A``, T17-45,
    T28-9, sitting 36) showed the rewritten text. Only where its lines are the ``read`` text's at its line, ``page`` (the
    text before that rewrite) as long as ``read``; any other item as it is."""
    if len(page) != len(read):
        return items
    out = []
    for item in items:
        lines = item.original.split("\n")
        at = item.locator.line - 1
        if at < 0 or at + len(lines) > len(read) or [x.strip() for x in read[at : at + len(lines)]] != [x.strip() for x in lines]:
            out.append(item)
            continue
        own = [x.rstrip() for x in page[at : at + len(lines)]]
        out.append(item if [x.strip() for x in own] == [x.strip() for x in lines] else item.model_copy(update={"original": "\n".join(own)}))
    return out


def _alef(line: str) -> str:
    """A line with the Persian first option letter, the word 'الف', written 'أ': as an option's label ('الف) مولکول'),
    or as a key's letter ('پاسخ: الف', 'پاسخنامه: ۱- ب  ۲- ج  ۳- الف': trial25 T25-14); other lines as they are."""
    labelled = _ALEF.sub(r"\g<lead>أ", line)
    if labelled != line:
        return labelled
    keyed = _ALEF_WORD.sub("أ", line)
    return keyed if _KEY.match(keyed) or _END_KEY.match(keyed) else line


def _end_key_alphabets(lines: list[str]) -> list[tuple[int, set[int]]]:
    """(line, the outline-prone alphabets its entries' letters are all of) of each line of a test's answer key given by
    question number ('1. ข', '1-ข 2-ค'), for :func:`_lettered_run`: such a key at the page's end keys options lettered
    so, as a key right under them does (trial25 T25-13: 'เฉลย' / '1. ข' over a Thai quiz's 'ก. ข. ค. ง.' options)."""
    out: list[tuple[int, set[int]]] = []
    for k, line in enumerate(lines):
        if _END_KEY.match(line) is None:
            continue
        letters = [e.group("letter") for e in _KEY_ENTRY.finditer(line)]
        alphabets = {a for a in _KEYED if letters and all(_at(a, letter) >= 0 for letter in letters)}
        if alphabets:
            out.append((k, alphabets))
    return out


def _lettered_run(
    lines: list[str], n: int, first: str, ends: list[tuple[int, set[int]]] | None = None
) -> tuple[int, list[int], tuple[int, re.Match[str], int] | None] | None:
    """(alphabet, option lines, (key line, its match, the place it names) or None) of a run of options lettered in
    order from ``first``, the first letter of an alphabet, at line ``n``; None when there is none (fewer than two, or
    an outline-prone alphabet with no key after it, right under it or, ``ends``, a key by number further down)."""
    for alphabet in _starts(first):
        run, k = [n], n + 1
        while k < len(lines):
            if not lines[k].strip():
                k += 1
                continue
            nxt = _OPTION.match(lines[k])
            if nxt is None and (j := _wrapped(lines, run[-1], k)) > k and (nxt := _OPTION.match(lines[j])) is not None:
                k = j  # ('а) Они расходуются в реакции и должны' / 'постоянно восполняться клеткой.' / 'б) …': T35-9)
            if nxt is None or _at(alphabet, nxt.group("letter")) != len(run):
                break
            run.append(k)
            k += 1
        if len(run) < 2:
            continue
        keyed = _key_after(lines, k, alphabet, len(run), run)
        if alphabet in _KEYED and keyed is None and not any(at > k - 1 and alphabet in alphabets for at, alphabets in ends or ()):
            continue
        return alphabet, run, keyed
    return None


def _wrapped(lines: list[str], option: int, k: int) -> int:
    """The line after the further lines from ``k`` that the option at ``option`` was hard-wrapped onto (its sentence
    unfinished, lines with no label: :func:`choices.goes_on`), when another labelled line follows them; else ``k``.
    The lines stay where they are: the options reader joins them to their option."""
    if lines[option].rstrip().endswith(FINISHED):
        return k
    j = k
    while j < len(lines) and j - k < WRAP_LINES and goes_on(lines[j]) and _OPTION.match(lines[j]) is None:
        j += 1
    return j if j < len(lines) and j > k and _OPTION.match(lines[j]) is not None else k


def _key_after(
    lines: list[str], k: int, alphabet: int, options: int, run: list[int] | None = None
) -> tuple[int, re.Match[str], int] | None:
    """(line, match, place) of the key naming one of ``options`` options of ``alphabet`` within a few lines from line
    ``k``, or None. With the options' lines (``run``), the key may say its option's text after the letter."""
    seen, before = 0, ""
    while k < len(lines) and seen < _KEY_REACH:
        if lines[k].strip():
            seen += 1
            key = _KEY.match(lines[k]) or (_BARE.match(lines[k]) if before.rstrip().lower().endswith("</summary>") else None)
            key = key or (_WHY_KEY.match(lines[k]) if seen == 1 or before.rstrip().lower().endswith("</summary>") else None)
            said = _SAID_KEY.match(lines[k]) if key is None else None
            before = lines[k]
            place = _at(alphabet, (key or said).group("letter")) if key or said else -1
            if key and 0 <= place < options:
                return k, key, place
            if said and run is not None and 0 <= place < len(run) and _says(said.group("said"), lines[run[place]]):
                return k, said, place
        k += 1
    return None


def _says(said: str, option_line: str) -> bool:
    """Whether a key's words after its letter are the option's text (case, emphasis and a final stop aside)."""
    o = _OPTION.match(option_line)

    def plain(text: str) -> str:
        return " ".join(re.sub(r"\*\*|__|`", "", text).casefold().rstrip(" .。").split())

    text = plain(o.group("rest").lstrip(".)）．、 \t\u3000")) if o is not None else ""
    return bool(text) and plain(said) == text


# symbols that are labels by themselves ('①비연결형　②연결 지향형', 'Ⓐ 9 Ⓑ 10'): options run together on one line
_SYMBOLS = tuple(n for n, alphabet in enumerate(_ALPHABETS) if alphabet[0] in _SELF)
_SYMBOL_SET = frozenset("".join(_ALPHABETS[n] for n in _SYMBOLS))  # their letters, to tell at once whether a page has one
_INLINE_RUN = 3  # such labels in order on one line before they are options (two when a key names one)
_INLINE_TEXT = 150  # an option that long is a sentence, not one of a run


def _one_line_runs(lines: list[str], marks: Marks | None = None) -> tuple[list[str], set[int]]:
    """``lines`` with each run of circled labels in order on one line (``① 비연결형 ② 연결 지향형 ③ …``, alone or after
    its question's ``?``) lettered ``A) … B) … C) …``, as options on one line are read, and the key after it in Latin
    (``정답: ②`` -> ``정답: B``); with the alphabets so read (trial17 T17-36). Line numbers never move."""
    out, used = list(lines), set()
    for n, line in enumerate(lines):
        for alphabet in _SYMBOLS:
            letters = _ALPHABETS[alphabet]
            at = [i for i, ch in enumerate(line) if ch in letters]
            if len(at) < 2 or "".join(line[i] for i in at) != letters[: len(at)]:
                continue
            texts = [line[a + 1 : b].strip() for a, b in zip(at, [*at[1:], len(line)], strict=True)]
            lead = line[: at[0]]
            if not all(texts) or any(len(t) > _INLINE_TEXT for t in texts) or (lead.strip() and not lead.rstrip().endswith(("?", "？"))):
                continue
            keyed = _key_after(lines, n + 1, alphabet, len(at))
            if len(at) < _INLINE_RUN and keyed is None:
                continue
            out[n] = lead.rstrip() + (" " if lead.strip() else lead) + " ".join(f"{_LATIN[i]}) {t}" for i, t in enumerate(texts))
            for i, a in enumerate(at):
                _mark(marks, n, _LATIN[i], line[a])
            if keyed is not None:
                k, key, place = keyed
                out[k] = key.group("lead").replace("（", "(") + _LATIN[place] + key.group("rest").replace("）", ")")
            used.add(alphabet)
            break
    return out, used


# a letter of a test's alphabet as one of several option labels on a line: at its start or after spaces, in brackets or
# before one ('(क) मुंबई   (ख) नई दिल्ली', 'أ) الإسكندرية     ب) القاهرة', 'а) … б) …'), a space after it
_LINE_LABEL = re.compile(r"(?:^|(?<=\s))(?P<open>[(（])?(?P<letter>[" + _ALL + r"])(?P<close>[)）])[ \t\u3000]+(?=\S)")


def _lettered_line_runs(lines: list[str], marks: Marks | None = None) -> tuple[list[str], set[int]]:
    """``lines`` with each line of options lettered in a test's own alphabet (``(क) मुंबई   (ख) नई दिल्ली   (ग) …``,
    ``أ) الإسكندرية     ب) القاهرة …``) lettered ``A) मुंबई B) नई दिल्ली C) …``, as :func:`_one_line_runs` does circled
    ones, and its key after it in Latin (``उत्तर: (ख) नई दिल्ली`` -> ``उत्तर: (B)``): three at least in order from the
    alphabet's first letter, one style, nothing before them on the line, or two with a key (trial28 T28-25: a Basic
    card whose back was the option line and 'Also accepted: (ख) …'). Line numbers never move."""
    out, used = list(lines), set()
    for n, line in enumerate(lines):
        found = list(_LINE_LABEL.finditer(line))
        if len(found) < 2 or line[: found[0].start()].strip():
            continue
        style = (found[0].group("open"), found[0].group("close"))
        if any((m.group("open"), m.group("close")) != style for m in found):
            continue
        alphabet = next((a for a in _starts(found[0].group("letter")) if a not in _SYMBOLS), None)
        letters = _ALPHABETS[alphabet] if alphabet is not None else ""
        if not letters or "".join(m.group("letter") for m in found) != letters[: len(found)]:
            continue
        ends = [m.start() for m in found[1:]] + [len(line)]
        texts = [line[m.end() : end].strip() for m, end in zip(found, ends, strict=True)]
        if not all(texts) or any(len(t) > _INLINE_TEXT for t in texts):
            continue
        keyed = _key_after(lines, n + 1, alphabet, len(found))
        said = None if keyed is not None else _said_after(lines, n + 1, alphabet, texts)
        if keyed is None and said is None and (len(found) < _INLINE_RUN or alphabet in _KEYED):
            continue
        out[n] = line[: found[0].start()] + " ".join(f"{_LATIN[i]}) {t}" for i, t in enumerate(texts))
        for i, m in enumerate(found):
            _mark(marks, n, _LATIN[i], (m.group("open") or "") + m.group("letter") + m.group("close"))
        if keyed is not None:
            k, key, place = keyed
            out[k] = key.group("lead").replace("（", "(") + _LATIN[place] + key.group("rest").replace("）", ")")
        elif said is not None:
            k, key, place = said
            out[k] = key.group("lead").replace("（", "(") + _LATIN[place] + key.group("rest").replace("）", ")")
        used.add(alphabet)
    return out, used


def _said_after(lines: list[str], k: int, alphabet: int, texts: list[str]) -> tuple[int, re.Match[str], int] | None:
    """(line, match, place) of a key right under a line of options that names its option's letter and says its text
    ('उत्तर: (ख) नई दिल्ली'), or None."""
    at = next((j for j in range(k, min(len(lines), k + _KEY_REACH)) if lines[j].strip()), None)
    said = _SAID_KEY.match(lines[at]) if at is not None else None
    place = _at(alphabet, said.group("letter")) if said is not None else -1
    if said is None or at is None or not 0 <= place < len(texts):
        return None
    plain = lambda text: " ".join(text.casefold().rstrip(" .。").split())  # noqa: E731
    return (at, said, place) if plain(said.group("said")) == plain(texts[place]) else None


_KANA = _ALPHABETS.index("アイウエオカキク")
# a katakana option label on a line of several: at the line's start or after an ideographic space or two spaces, a
# space after it ('ア　bps　　イ　Hz': how Japanese past papers print short options)
_KANA_LABEL = re.compile(r"(?:^|(?<=\u3000)|(?<=[ \t]{2}))[ \t]*(?P<letter>[アイウエオカキク])[ \t\u3000]+(?=\S)")


def _kana_line_runs(lines: list[str], marks: Marks | None = None) -> tuple[list[str], set[int]]:
    """``lines`` with each line of katakana-labelled options in order (``ア　bps　　イ　Hz　　ウ　dpi``) lettered ``A) bps
    B) Hz C) dpi``, as :func:`_one_line_runs` does circled ones (trial25 T25-52: each card taught the option line); three
    at least, or two with a key naming one under them; with the alphabet, when some were read so."""
    out, used = list(lines), set()
    letters = _ALPHABETS[_KANA]
    for n, line in enumerate(lines):
        found = list(_KANA_LABEL.finditer(line))
        if len(found) < 2 or "".join(m.group("letter") for m in found) != letters[: len(found)] or line[: found[0].start()].strip():
            continue
        ends = [m.start() for m in found[1:]] + [len(line)]
        texts = [line[m.end() : end].strip(" \t\u3000") for m, end in zip(found, ends, strict=True)]
        if not all(texts) or any(len(t) > _INLINE_TEXT for t in texts):
            continue
        keyed = _key_after(lines, n + 1, _KANA, len(found))
        if len(found) < _INLINE_RUN and keyed is None:
            continue
        out[n] = " ".join(f"{_LATIN[i]}) {t}" for i, t in enumerate(texts))
        for i, m in enumerate(found):
            _mark(marks, n, _LATIN[i], m.group("letter"))
        if keyed is not None:
            k, key, place = keyed
            out[k] = key.group("lead").replace("（", "(") + _LATIN[place] + key.group("rest").replace("）", ")")
        used.add(_KANA)
    return out, used


def _end_keys(lines: list[str], used: set[int]) -> list[str]:
    """``lines`` with the option letters of a test's answer key, given by question number, in Latin: 'Ответы: 1-Б,
    2-В' -> 'Ответы: 1-B, 2-C' once the options were lettered А, Б, В (``used``: the alphabets read so)."""
    out = list(lines)
    for n, line in enumerate(lines):
        m = _END_KEY.match(line)
        explained = _EXPLAINED_ENTRY.match(line) if m is None else None
        if m is None and explained is None:
            out[n] = _listed_entry(line, used) or line
            continue
        entries = list(_KEY_ENTRY.finditer(line if explained is None else line[: explained.end()]))[:1 if explained else None]
        places = [_place(e.group("letter")) for e in entries]
        # (a letter already Latin stays: 'В' and 'А' of 'Відповіді: 1 – В; 2 – Б' read as their Latin look-alikes
        # before, 'Б' not)
        latin = [p is None and e.group("letter") in _LATIN for e, p in zip(entries, places, strict=True)]
        stray = [(p is None and not is_latin) or (p is not None and p[0] not in used) for p, is_latin in zip(places, latin, strict=True)]
        if not entries or all(latin) or any(stray):
            continue
        row = line
        for e, place in sorted(zip(entries, places, strict=True), key=lambda pair: -pair[0].start()):
            if place is not None:
                row = row[: e.start("letter")] + _LATIN[place[1]] + row[e.end("letter") :]
        out[n] = row
    return out


# one entry a line naming several options, or saying why after its letter: '3. ①, ②', '3. ①②', '2. б, г', '1. ② 미토콘드리아는
# …' (a circled label says nothing more, so any words may follow it), '2. б – митохондрии' (a letter of words: after a dash
# or a colon only) (T32-14: such entries keyed nothing, 'none marked correct')
_LISTED_LETTER = r"[(（]?[" + _ALL + r"][" + _SIGNS + r"]?[)）]?"
_LISTED_ENTRY = re.compile(
    r"^(?P<head>\s*+(?:\*\*|__)?" + _ENTRY_NUMBER.replace("?P<n>", "?:").replace("?P<sep>", "?:") + r")"
    r"(?P<letters>" + _LISTED_LETTER + r"(?:[ \t]*+[,，、·・/]?+[ \t]*+" + _LISTED_LETTER + r")*)(?![^\W\d_])"
    r"(?P<after>(?:\*\*|__)?[.]?[ \t\u3000]*+(?:[-–—:：][ \t\u3000]++)?+(?P<said>\S.*)?)$"
)
_LISTED_LETTERS = re.compile(r"[" + _ALL + r"][" + _SIGNS + r"]?")


def _listed_entry(line: str, used: set[int]) -> str | None:
    """A key entry naming several options or saying why after its letter, its letters in Latin ('3. ①, ②' -> '3. A, B',
    '1. ② 미토콘드리아는 …' -> '1. B 미토콘드리아는 …'), or None: every letter of an alphabet read as options (``used``);
    words after a letter of words only behind a dash or a colon."""
    m = _LISTED_ENTRY.match(line)
    if m is None:
        return None
    letters = _LISTED_LETTERS.findall(m.group("letters"))
    places = [_place(letter) for letter in letters]
    if any(p is None or p[0] not in used for p in places):
        return None
    symbols = all(p is not None and p[0] in _SYMBOLS for p in places)
    if m.group("said") and not symbols and not re.search(r"[-–—:：][ \t\u3000]", m.group("after")):
        return None
    if len(letters) == 1 and not m.group("said"):
        return None  # ('2. ①': the key's plain entries are read above)
    latin = ", ".join(_LATIN[p[1]] for p in places if p is not None)
    return f"{m.group('head')}{latin}{m.group('after') if m.group('said') else m.group('after').rstrip()}"


# an option lettered with a dash, a colon or in brackets: 'A - 80', 'B: 443', '[C] 22' (trial23 T23-43)
# ("a- Quito": the dash right after the letter, a space after it, as Spanish and Arabic hand-typed tests write it: T29-58)
# ('A   neutron': a capital and a wide gap, an exam paper's option printed beside its box, copied as text: trial26 T26-39)
# ('a.- El núcleo', a Spanish exam's stop and dash, its text glued or not; 'A/ Sydney', a French one's slash: T30-18)
_MARKED = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*+][ \t]+)?)(?:\[(?P<b>[A-Ha-h])\](?=[ \t])|(?P<l>[A-Ha-h])(?:[ \t]?[:：](?=[ \t])|[ \t]*[-–—](?=[ \t])"
    r"|\.[ \t]?[-–—]|/(?=[ \t]))|(?P<g>[A-H])(?=[ \t]{2,}|\t))[ \t]*(?P<text>\S.*)$"
)
MARKED_RUN_MIN = 3  # lines lettered so, in order from A, that are a question's options (two could be 'A: …' answers)


def _spells(run: list[tuple[int, re.Match[str]]]) -> bool:
    """Each entry's text opens with its own letter ('A — Airway' / 'B — Breathing' / 'C — Circulation'): an acronym
    spelled out, never options (a first-aid page's 'What does ABC stand for?' was skipped as a quiz with no key)."""
    return all(m.group("text").lstrip("*_([").casefold().startswith((m.group("b") or m.group("l") or m.group("g")).casefold()) for _, m in run)


# the line over a paper's options printed beside their boxes: it asks, or it is a numbered question ('1 The particle …')
_STEM_ABOVE = re.compile(r"[?？:：;…_]\s*$|^\s*(?:\*\*|__)?\d{1,3}(?:[.)]|\.\d{1,2})?\s+\S")


def _asked_above(lines: list[str], first: int) -> bool:
    """Whether the nearest line with text above ``first`` is a question's stem: a table of letters and their codes ('A',
    a tab, '.-', a Morse chart under its title) is no paper's options (sitting 48: 'cannot tell', each row 'A) .-')."""
    above = next((lines[k] for k in range(first - 1, -1, -1) if lines[k].strip()), "")
    return bool(_STEM_ABOVE.search(above))


def marked_options(lines: list[str], marks: Marks | None = None) -> list[str]:
    """``lines`` with each run of three or more lines lettered in order from A with a dash, a colon or brackets
    ('A - 80' / 'B - 443' / 'C - 22', 'A: 80', '[A] 80') written 'A) 80': options as every reader knows them (a quiz
    so lettered was read as basic cards whose back was the option list and its key run together). Outside code; a
    lone 'A: …' (an answer's label) stays as written. ``marks`` gets the labels 'a.-' and 'A/' as written."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    n = 0
    while n < len(lines):
        run: list[tuple[int, re.Match[str]]] = []
        k = n
        while k < len(lines) and not fenced[k] and (m := _MARKED.match(lines[k])) is not None:
            letter = m.group("b") or m.group("l") or m.group("g")
            first = (run[0][1].group("b") or run[0][1].group("l") or run[0][1].group("g")) if run else letter
            gapped = bool(m.group("g")) != bool(run[0][1].group("g")) if run else False  # (one way of lettering a run)
            if letter.upper() != "ABCDEFGH"[len(run)] or letter.isupper() != first.isupper() or gapped:
                break
            run.append((k, m))
            k += 1
            if k + 1 < len(lines) and not lines[k].strip() and lines[k + 1].strip():  # (a blank line between: a Word
                k += 1  # document's paragraphs, T29-58)
        if len(run) >= MARKED_RUN_MIN and not _spells(run) and not (run[0][1].group("g") and not _asked_above(lines, run[0][0])):
            out = out if out is not None else list(lines)
            for at, m in run:
                letter = m.group("b") or m.group("l") or m.group("g")
                written = lines[at][len(m.group("lead")) : m.start("text")].strip()
                if written.endswith(("-", "–", "—", "/")) and written[1:2] in "./":  # ('a.-', 'A/': the card shows them)
                    _mark(marks, at, letter.upper(), written)
                out[at] = f"{m.group('lead')}{letter}) {m.group('text')}"
            n = k
            continue
        n += 1
    return lines if out is None else out


# an option lettered with a capital and one space, the ЗНО booklet's 'А Олег' / 'Б Ігор' (Latin 'A Oleg' too)
# (the letter may be bold, '**A** digestion': a PDF's paper sets its letters so, T31-44)
_SPACED_LETTER = re.compile(r"^(?P<lead>[ \t]*)(?P<b>\*\*|__|)(?P<l>[A-HА-ЖΑ-Θ])(?P=b) (?P<text>[^\s)\].:：-].*)$")
_SPACED_ORDERS = ("ABCDEFGH", "АБВГДЕЖЗ", "ΑΒΓΔΕΖΗΘ")
# a question's line: it asks (the Greek question mark ';' too), or a numbered item's ('1.1 …')
_ASKS = re.compile(r"[?？:：;\u037e]\s*$|^\s*\d{1,3}(?:[.)]|\.\d{1,2})\s+\S")
# a test's key in Latin letters, at its end: one entry a line, '1 C', '2. D', '3 - A' (a Cambridge paper's key,
# T31-44), or several on a line, '1.1 C    1.2 B, C, D    2.1 D' (the DVSA's theory test, numbered by section: T32-13)
# (possessive and atomic: a long line of entries that fails at its end must not be tried every way its spaces split)
_LATIN_ENTRY = re.compile(r"\d{1,3}(?:\.\d{1,2})?(?:\*\*|__)?(?:\s*+[-–.):=]\s*+|\s++)\(?[A-H]\)?(?:\s*+,\s*+[A-H])*+")
_LATIN_LINE = re.compile(rf"^\s*+(?:\*\*|__)?(?>{_LATIN_ENTRY.pattern}\s*+[,;]?\s*+)++$")
_LATIN_ENTRIES_MIN = 2  # entries that make a key: on lines one after another, or on one line


def _keyed_below(lines: list[str], last: int) -> bool:
    """A key names a letter after the option at ``last``: its own ('Відповідь: В') within a few lines, or the test's
    by number further down ('Відповіді: 1 – В; 2 – Б'). A grading scale ('A 90–100' / 'B 80–89' / 'C 70–79') under a
    question has none: it stays the answer."""
    near = [line for line in lines[last + 1 :] if line.strip()][:_KEY_REACH]
    if any(_KEY.match(line) for line in near) or any(_END_KEY.match(line) for line in lines[last + 1 :]):
        return True
    written = [line for line in lines[last + 1 :] if line.strip()]
    if any(_LATIN_LINE.match(x) and len(_LATIN_ENTRY.findall(x)) >= _LATIN_ENTRIES_MIN for x in written):
        return True
    return any(all(_LATIN_LINE.match(x) for x in written[k : k + _LATIN_ENTRIES_MIN]) for k in range(len(written) - _LATIN_ENTRIES_MIN + 1))


def spaced_options(lines: list[str], marks: Marks | None = None, used: set[int] | None = None) -> list[str]:
    """``lines`` with each run of three or more lines lettered in order from A (or Cyrillic А) by a capital and one
    space ('А Олег' / 'Б Ігор' / 'В Володимир Великий', as Ukrainian and Russian test booklets print them) right under a
    question's line written 'А) Олег': options as the readers know them (trial28 T28-9: basic cards whose back was the
    option list, the key's letter marking nothing). Prose lines that open with 'A' ('A cell is …') are no such run:
    the letters must follow one another under a line that asks, and a key must name a letter. A grid of them, two or
    more to a line ('A nucleus      B ribosome' / 'C …      D …', 'А Олег      Б Ігор' / 'В …      Г …'), is read too: its
    rows lettered 'A) nucleus      B) ribosome', a Cyrillic or Greek one in Latin letters, its labels as the page writes
    them into ``marks`` and its alphabet into ``used`` (the test's key converted with it)."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    for n in range(1, len(lines)):
        m = _SPACED_LETTER.match(lines[n])
        order = next((o for o in _SPACED_ORDERS if m is not None and m.group("l") == o[0]), None)
        above = n - 2 if n > 1 and MARK_COUNT.match(lines[n - 1]) else n - 1  # ('Mark one answer' between: T32-13)
        # (a blank line under the question and between the options: a PDF's text, each option a paragraph, T31-44)
        gap = next((g for g in range(1, _OPTION_GAP + 1) if n > g and lines[n - g - 1].strip()), 0) if not lines[n - 1].strip() else 0
        spaced = above == n - 1 and gap > 0 and m is not None and bool(m.group("b") or _spaced_next(lines, n))
        above = n - gap - 1 if spaced else above
        if order is None or fenced[n] or not _ASKS.search(lines[above]) or _SPACED_LETTER.match(lines[above]):
            continue
        run = [n]
        while run[-1] + 1 < len(lines) and len(run) < len(order):
            at = _spaced_next(lines, run[-1]) if spaced else run[-1] + 1
            nxt = _SPACED_LETTER.match(lines[at]) if at is not None and at < len(lines) else None
            if nxt is None or nxt.group("l") != order[len(run)] or fenced[at]:  # type: ignore[index]
                break
            run.append(at)  # type: ignore[arg-type]
        if len(run) >= MARKED_RUN_MIN and (_keyed_below(lines, run[-1]) or _worded_run(lines, run)):
            out = out if out is not None else list(lines)
            for at in run:
                g = _SPACED_LETTER.match(lines[at])
                assert g is not None
                out[at] = f"{g.group('lead')}{g.group('l')}) {g.group('text')}"
        elif len(run) < MARKED_RUN_MIN and (grid := _spaced_grid(lines, n, order, fenced)) is not None:
            # ('А) Олег      Б) Ігор': a Cyrillic or Greek grid's rows made Latin with its key below, as lines of options
            # lettered in the page's alphabet are, the page's labels on the cards)
            out = out if out is not None else list(lines)
            place = 0
            for at, starts in grid:
                row = lines[at]
                out[at] = "".join(f"{row[a : b - 1]}{_LATIN[place + i]})" for i, (a, b) in enumerate(itertools.pairwise([0, *starts]))) + row[starts[-1] :]
                for i, b in enumerate(starts):
                    if order != _SPACED_ORDERS[0]:
                        _mark(marks, at, _LATIN[place + i], f"{row[b - 1]})")
                place += len(starts)
            if order != _SPACED_ORDERS[0]:
                alphabet = _ALPHABETS.index(order)
                keyed = _key_after(out, grid[-1][0] + 1, alphabet, place)
                if keyed is not None:  # ('Απάντηση: Γ' under its grid: 'Απάντηση: C')
                    k, key, at = keyed
                    out[k] = key.group("lead").replace("（", "(") + _LATIN[at] + key.group("rest").replace("）", ")")
                if used is not None:
                    used.add(alphabet)
    return lines if out is None else out


_OPTION_GAP = 2  # blank lines a PDF's text may set between a question and its options, or between two options


def _spaced_next(lines: list[str], at: int) -> int | None:
    """The line after ``at`` with text, when only blank lines (one or two) come between: the next option of a run a
    PDF's text sets a paragraph each."""
    k = at + 1
    while k < len(lines) and k - at <= _OPTION_GAP and not lines[k].strip():
        k += 1
    return k if at + 1 < k < len(lines) and lines[k].strip() else None


UNKEYED_RUN = (3, 5)  # bare-lettered lines under a question that are its options with no key: as many as a test has
_WORDED = re.compile(r"^[^\W\d_]")  # an option's text that opens with a word ('nucleus'), never a mark ('90–100')


def _worded_run(lines: list[str], run: list[int]) -> bool:
    """Whether a run of bare-lettered lines with no key is a question's options all the same ('A nucleus' / 'B ribosome' /
    'C mitochondrion' / 'D cell wall', readers' sitting-36 finding 2): three to five, each opening with a word, the
    next line no further such line. A grading scale ('A 90–100' / 'B 80–89') opens with numbers: it stays an answer."""
    if not UNKEYED_RUN[0] <= len(run) <= UNKEYED_RUN[1]:
        return False
    texts = [m.group("text") for at in run if (m := _SPACED_LETTER.match(lines[at])) is not None]
    return len(texts) == len(run) and all(_WORDED.match(t) for t in texts)


# the gap before a later option's bare label on a line of several: wide (two spaces or more, a tab) where the line has
# one, else one space ('A nucleus      B ribosome', 'A nucleus B ribosome')
_WIDE_GAP = re.compile(r"\S(?:[ \t]{2,}|\t)")


def _spaced_row(line: str, order: str, first: int) -> list[int] | None:
    """Where each label of a line of options lettered by a bare capital ends ('A nucleus B ribosome': after 'A', after
    'B'), the labels in ``order`` from its ``first``; None unless the line opens with that label."""
    m = _SPACED_LETTER.match(line)
    if m is None or m.group("l") != order[first]:
        return None
    ends = [m.end("l")]
    gap = r"(?:[ \t]{2,}|\t)" if _WIDE_GAP.search(m.group("text").rstrip()) else r"[ \t]"
    for letter in order[first + 1 :]:
        nxt = re.compile(rf"(?<=\S){gap}{letter} (?=[^\s)\].:：-])").search(line, ends[-1] + 1)
        if nxt is None:
            break
        ends.append(nxt.end() - 1)
    return ends


def _spaced_grid(lines: list[str], n: int, order: str, fenced: list[bool]) -> list[tuple[int, list[int]]] | None:
    """The rows of options set two or more to a line by bare capitals, as a Cambridge or GCSE paper prints its grid
    ('A nucleus      B ribosome' / 'C mitochondrion      D cell wall'; a PDF of it gives one space between them: trial35
    T35-6, 'cannot tell this document's layout'): ``(line, where each label ends)`` per row, from the line ``n`` under a
    question; None unless a row holds two or more, the rows go on in order from A and they hold
    :data:`MARKED_RUN_MIN` or more. Keyed or not: the grid itself says they are options (with no key the reader says
    none is marked)."""
    rows: list[tuple[int, list[int]]] = []
    count = 0
    k = n
    while k < len(lines) and count < len(order) and not fenced[k]:
        ends = _spaced_row(lines[k], order, count)
        if ends is None:
            break
        rows.append((k, ends))
        count += len(ends)
        k += 1
    if count < MARKED_RUN_MIN or len(rows[0][1]) < 2 or any(len(ends) > len(rows[0][1]) for _, ends in rows):
        return None
    return rows

