"""Answer keys written as a run of option letters (trial17 T17-25): ``Answers: 1-5 BCCBC``, ``Answer key: BCCBC``,
``参考答案：1～5 BCCBC``, or ``## Answer key`` over ``1-5: B C C B C``; blocks chain (``1-5 BCCBC 6-10 ADDAB``). Test-prep
books and exam papers print keys so, and people type a key that way; no reader saw a key in it, so every question was
"none marked correct" and the build failed. This line-kept rewrite writes such a key as numbered letters
(``Answers: 1. B 2. C 3. C 4. B 5. C``), the key line the readers know.

Only after a label that names a key (``Answers``, ``Answer key``, ``Key``, ``答案`` … — never ``Answer:``, one
question's answer, where ``ACD`` is a choose-all answer), and only when the letters fit: each block's range as long as
its run, or, with no range, as many letters as the page has numbered questions above the key (three at least).
"""

from __future__ import annotations

import itertools
import re

from compiler.layouts import ANSWER_KEY, CHAPTER_WORDS, PART_WORDS
from compiler.sources.lines import in_fence
from compiler.sources.parts import part_alone

_KEY_WORDS = (
    r"answers|answer\s+key|answer\s+sheet|key|keys|solutions|gabarito|respuestas|respostas|réponses|reponses|lösungen|"
    r"antworten|risposte|odpowiedzi|ответы|参考答案|答案|正确答案|标准答案|正解|解答|정답|đáp\s+án"
)
KEY_LABEL_WORDS = _KEY_WORDS  # (the labels a key of words is read after too: word_keys)
_LABEL_LINE = re.compile(rf"^(?P<label>\W{{0,4}}(?i:{_KEY_WORDS})\W{{0,4}}\s*[:：]\s*)(?P<body>.+)$")
_LABEL_HEADING = re.compile(rf"^\s{{0,3}}#{{1,6}}\s+\W{{0,4}}(?i:{_KEY_WORDS})\W{{0,4}}\s*[:：]?\s*#*\s*$")
_KEY_LINE = re.compile(ANSWER_KEY)  # a key's heading as a line of its own, '# ' or not ('Answer Key' over '1-5: B C A D B': T25-34)
_BLOCK = re.compile(
    r"(?:(?P<a>\d{1,3})\s*[-–~～]\s*(?P<b>\d{1,3})\s*[:：.)]?\s*)?(?P<run>(?:[A-H](?:\s(?=[A-H]\b))?){2,})(?![A-Za-z])"
)
_NUMBERED = re.compile(r"^\s{0,3}(?:#{1,6}\s+)?(?:\*\*|__)?(?P<n>\d{1,3})[.)]\s+\S")
MIN_QUESTIONS = 3


def compact_keys(lines: list[str]) -> list[str]:
    """``lines`` with each compact answer key written as numbered letters (the list itself when there is none)."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    for k, line in enumerate(lines):
        if fenced[k] or not line.strip():
            continue
        label = _LABEL_LINE.match(line.strip())
        above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j].strip()), "")
        going_on = (
            out is not None and k > 0 and out[k - 1] != lines[k - 1]
        )  # the key's next line: '6-10 ADDAB'
        if label is not None:
            prefix, body = label.group("label"), label.group("body")
        elif _LABEL_HEADING.match(above) or _KEY_LINE.match(above) or going_on:
            prefix, body = "", line.strip()
        else:
            continue
        asked = max(
            (int(m.group("n")) for j in range(k) if not fenced[j] and (m := _NUMBERED.match(lines[j]))),
            default=0,
        )
        keyed = _keyed(body, asked)
        if keyed is None:
            continue
        out = out if out is not None else list(lines)
        entries = " ".join(f"{n}. {letter}" for n, letter in keyed)
        if (
            going_on and label is None
        ):  # one line of entries, as the key readers take several (this one left blank)
            last = max(j for j in range(k) if out[j].strip())
            out[last], out[k] = f"{out[last]} {entries}", ""
        else:
            out[k] = prefix + entries
    return lines if out is None else out


def _keyed(body: str, asked: int) -> list[tuple[int, str]] | None:
    """(question, letter) pairs of a key line's body when it is all blocks of letters that fit, else None."""
    pos, keyed = 0, []
    body = body.strip()
    while pos < len(body):
        m = _BLOCK.match(body, pos)
        if m is None:
            return None
        run = m.group("run").replace(" ", "")
        if m.group("a"):
            first, last = int(m.group("a")), int(m.group("b"))
            if last - first + 1 != len(run):
                return None
        elif keyed or len(run) != asked or asked < MIN_QUESTIONS:
            return None
        else:
            first = 1
        keyed.extend((first + i, letter) for i, letter in enumerate(run))
        pos = m.end()
        while pos < len(body) and body[pos] in " \t,;，；":
            pos += 1
    return keyed or None


# a part's number before a key's entries: 'I. 1. b   2. a', 'II. 4. padat, cair, gas', 'Bagian A: 1. b', 'Part 2 – 4. c'
# ('一、1．B　2．A': a Chinese paper's part in its numerals, the entries right after its '、', trial31 T31-41)
_PART_PREFIX = re.compile(
    rf"^(?P<lead>\s*)(?:\*\*|__)?(?P<part>[IVX]{{1,4}}|(?i:{PART_WORDS}|{CHAPTER_WORDS})\s+(?:[IVX]{{1,4}}|[A-Z]|\d{{1,2}})"
    r"|[一二三四五六七八九十]{1,3}(?=、))"
    r"(?:(?:\*\*|__)?\s*[.):：–—-]?(?:\*\*|__)?\s+|、\s*)(?=(?:\*\*|__)?(?P<first>\d{1,3})\s*[.):–．-])"
)


def part_keys(lines: list[str]) -> list[str]:
    """``lines`` with the part numbers of an answer key that keys a paper's parts on lines of their own written as the
    readers read them: taken off when the numbers of the entries go on across the parts, so the key reads as one (trial26
    T26-3: ``KUNCI JAWABAN`` over ``I. 1. b   2. a   3. c`` / ``II. 4. padat, cair, gas``: the key's entries were read as
    no key, the multiple-choice questions lost and a short answer's back the key's heading); kept as the group's name,
    ``II: 1. A``, when each part numbers its entries from 1 again, so each part's entries key that part's questions
    (trial30 T30-2: part B's question 1 took part A's answer). Lines under a key heading only, up to the next heading.
    The list itself when there is none."""
    fenced = list(in_fence(lines))
    found: list[tuple[int, re.Match[str]]] = []
    in_key = False
    for k, line in enumerate(lines):
        if fenced[k]:
            continue
        if _KEY_LINE.match(line) or _LABEL_HEADING.match(line):
            in_key = True
            continue
        if line.lstrip().startswith("#"):
            in_key = False
            continue
        m = _PART_PREFIX.match(line) if in_key else None
        if m is not None:
            found.append((k, m))
    if not found:
        return lines
    firsts = [int(m.group("first")) for _, m in found]
    again = any(b <= a for a, b in itertools.pairwise(firsts))
    out = list(lines)
    for k, m in found:
        out[k] = m.group("lead") + (f"{m.group('part')}: " if again else "") + lines[k][m.end() :]
    return out


# a key printed as a grid, an answer sheet: a row of question numbers over a row of option letters, column for column
# ('1  2  3  4' / 'B  C  A  C'), with a label before each row or not ('Q  1  2  3' / 'A  B  C  A', 'Question | 1 | 2'),
# as plain text, a Markdown table or a Word table gives it (trial29 T29-54)
_GRID_LABEL = re.compile(
    r"(?i)^(?:q|qn|q\.?\s?no\.?|(?:questions?|items?|tasks?)\s+(?:no\.?|nr\.?|numbers?|#)|(?:№|номер)\s*(?:вопроса|задания)|ques|questions?|no\.?|nr\.?|#|№|n[°º]|items?|frage|aufgabe|pregunta|preguntas|questão|questao"
    r"|domanda|vraag|pytanie|câu(?:\s+hỏi)?|soru|soal|nomor|вопрос|задание|题号|題號|题|題|问题|問題|問|문항|번호|문제|سؤال|السؤال|سوال)$"
)
_GRID_ANSWER_LABEL = re.compile(
    rf"(?i)^(?:a|ans\.?|answers?|keys?|correct|solutions?|{_KEY_WORDS}|respuesta|resposta|réponse|antwort|risposta|odpowiedź"
    r"|ответ|đáp\s+án|cevap|jawaban|الإجابة|الجواب|پاسخ|जवाब|उत्तर)$"
)
_CELL_SPLIT = re.compile(r"[ \t\u3000]*\|[ \t\u3000]*|[ \t\u3000]+")
_CELL_NUMBER = re.compile(r"^(?:\*\*|__)?(?P<n>\d{1,3})[.)]?(?:\*\*|__)?$")
_CELL_LETTER = re.compile(r"^(?:\*\*|__)?[(（]?(?P<l>[^\W\d_][ـ\u0c3f\u0d3f]?)[)）.]?(?:\*\*|__)?$")
_ANY_OPTION = re.compile(r"^\s*(?:[-*+]\s+)?[(（]?[^\W\d_][ـ]?[.)）-]\s+\S")  # an option's line, in any script: a test above
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
GRID_LABEL_WORDS = 5  # a grid row's label: at most this many words ('N° de la question', 'Número de la pregunta')


def _grid_cells(line: str, width: int = 0) -> tuple[str, list[str]]:
    """(a row label, the cells) of a grid's row: split at pipes or spaces. The label is what stands before the cells,
    whatever its words and however many ('Q', 'Answer', 'Câu hỏi', 'Q. No.', '№ вопроса', 'Номер задания'): a table's
    first cell, or the words of a text row before its first number (at most ``GRID_LABEL_WORDS``, no digit in them); the
    row's numbers counting up, not the label's words, say it is a grid (trial35 T35-19: '| № вопроса | 1 | 2 | 3 |' was
    no key). With ``width``, the cells of the letters' row under that many numbers: what is left of them the label
    ('Ответ', 'Correct answer'), its 'A' a label only when the row has one cell more ('A  B  C  A')."""
    text = line.strip().strip("|").strip()
    whole = [cell for cell in _CELL_SPLIT.split(text) if cell]
    if "|" in text:  # a table's row: its first cell
        first, _, rest = text.partition("|")
        head = first.strip()
        cells = [cell for cell in _CELL_SPLIT.split(rest.strip()) if cell]
        lead = 1 if head else 0
    elif width:
        lead = max(len(whole) - width, 0)
        head, cells = " ".join(whole[:lead]), whole[lead:]
    else:
        lead = next((i for i, cell in enumerate(whole) if _CELL_NUMBER.match(cell)), 0)
        head, cells = " ".join(whole[:lead]), whole[lead:]
    if not lead or len(head.split()) > GRID_LABEL_WORDS or any(ch.isdigit() for ch in head):
        return "", whole
    if width and len(cells) != width and len(whole) == width:
        return "", whole  # ('| A | B | C | A |' under four numbers: 'A' an answer, no label)
    return head, cells


def _named(label: str) -> bool:
    """Whether a grid row's label is a word that names question numbers or answers (a key without heading or options
    above it is read only after one)."""
    label = label.strip("*_:： ")
    return bool(_GRID_LABEL.match(label) or _GRID_ANSWER_LABEL.match(label))


def grid_keys(lines: list[str]) -> list[str]:
    """``lines`` with each answer key printed as a grid (a row of two or more question numbers counting up, then, on the
    next line or after a table's rule, a row of as many single letters) written as numbered letters on the numbers'
    line, ``Answers: 1. B 2. C 3. A 4. C``, the letters' line left blank; the rows of a grid wrapped in pairs (1–10
    over their letters, 11–20 over theirs) join the first line. The list itself when there is none (trial29 T29-54:
    'none marked correct', no card, under ``Answer key`` / ``1  2  3  4`` / ``B  C  A  C``)."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    first = -1  # the line the grid's entries so far went on, while its pairs of rows go on
    k = 0
    while k < len(lines):
        label, cells = _grid_cells(lines[k]) if not fenced[k] and lines[k].strip() else ("", [])
        numbers = [_CELL_NUMBER.match(c) for c in cells]
        counted = len(numbers) >= 2 and all(numbers) and all(
            int(b.group("n")) == int(a.group("n")) + 1 for a, b in itertools.pairwise(numbers) if a and b
        )
        j = k + 1
        while j < len(lines) and (_TABLE_RULE.match(lines[j]) or (not lines[j].strip() and j == k + 1)):
            j += 1
        _, below = _grid_cells(lines[j], len(numbers)) if counted and j < len(lines) and not fenced[j] else ("", [])
        letters = [_CELL_LETTER.match(c) for c in below]
        if not counted or len(letters) != len(numbers) or not all(letters):
            first = -1 if lines[k].strip() else first
            k += 1
            continue
        above = next((lines[i] for i in range(k - 1, -1, -1) if lines[i].strip()), "")
        headed = _KEY_LINE.match(above) or _LABEL_HEADING.match(above) or _LABEL_LINE.match(above.strip())
        if not (first >= 0 or headed or _named(label) or any(_ANY_OPTION.match(line) for line in lines[:k])):
            k += 1  # ('1 2 3' over 'x y z' in a page of notes: no test above it, no key)
            continue
        out = out if out is not None else list(lines)
        entries = " ".join(f"{n.group('n')}. {m.group('l')}" for n, m in zip(numbers, letters, strict=True) if n and m)
        if first >= 0:
            out[first] = f"{out[first]} {entries}"
            out[k] = ""
        else:
            out[k] = ("" if headed else "Answers: ") + entries
            first = k
        for i in range(k + 1, j + 1):
            out[i] = ""
        k = j + 1
    return lines if out is None else out


# a line of a key's entries and nothing else: ' 1. B    5. B    9. B' (a grid read across, its columns counting down)
_ENTRY_ROW = re.compile(r"^[ \t]*(?:\d{1,3}[ \t]*[.):=-][ \t]*[A-Ha-h](?:[ \t]{2,}|[ \t]*[,;][ \t]*|[ \t]*$))+$")
_ROW_ENTRY = re.compile(r"(?P<n>\d{1,3})[ \t]*[.):=-][ \t]*(?P<l>[A-Ha-h])(?![\w])")
LABEL_WORDS_MAX = 6  # a key's own heading line, whatever its words: at most this many


def entry_blocks(lines: list[str]) -> list[str]:
    """``lines`` with a block of key entries the page ends with (lines of ``N. L`` entries and nothing else, two lines or
    more, their numbers together 1 to n once each) written as one key line, ``Answers: 1. B 2. C …`` in number order, the
    heading line right above it (a few words, no colon needed: ``PLANTILLA DE RESPUESTAS``, ``Barem``, ``Facitliste``)
    left blank whatever its language: the entries, not the heading's words, make it a key (trial30 T30-12: the rows of a
    column-major grid under an unknown heading were taken for questions with no answer). The list itself when none."""
    fenced = list(in_fence(lines))
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].strip()), -1)
    end = last + 1
    k = last
    while k >= 0 and (not lines[k].strip() or (not fenced[k] and _ENTRY_ROW.match(lines[k]))):
        k -= 1
    rows = [j for j in range(k + 1, end) if lines[j].strip()]
    if len(rows) < 2:
        return lines
    entries = [(int(m.group("n")), m.group("l")) for j in rows for m in _ROW_ENTRY.finditer(lines[j])]
    numbers = sorted(n for n, _ in entries)
    if numbers != list(range(1, len(numbers) + 1)) or len(numbers) < MIN_QUESTIONS:
        return lines
    out = list(lines)
    head = k if k >= 0 and len(lines[k].split()) <= LABEL_WORDS_MAX and not lines[k].rstrip().endswith(("?", "？")) else -1
    if head >= 0 and _NUMBERED.match(lines[head]):
        head = -1  # (a question's line right above: no heading)
    if head >= 0 and part_alone(lines[head]) is not None:
        return lines  # ('### Part B' over '1. d' / '2. b': the last part's key, read as that part's (trial30 T30-2))
    if head >= 0:
        out[head] = ""
    out[rows[0]] = "Answers: " + " ".join(f"{n}. {letter}" for n, letter in sorted(entries))
    for j in rows[1:]:
        out[j] = ""
    return out


# a table row's cells: '| 1 | Waves erode the cliff base … | 2 |'
_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
# the header cell of a key table's number column, and of its answer column
_NUMBER_HEAD = re.compile(r"^(?i:#|no\.?|nr\.?|n°|№|q\.?|qn\.?|q\.\s*no\.?|question(?:\s+(?:no\.?|number))?|pregunta|frage|aufgabe|question|questão|domanda|вопрос)$")
_ANSWER_HEAD = re.compile(r"^(?i:answers?|marking\s+points|expected\s+answer|model\s+answers?|solutions?|key|respuestas?|antworten?|lösungen?|réponses?|respostas?|risposte|risposta|ответы?|correct\s+answers?)$")
_MARKS_HEAD = re.compile(r"^(?i:marks?|points?|pts\.?|punkte?|puntos?|score)$")
MIN_KEY_ROWS = 2


def _cells(line: str) -> list[str] | None:
    m = _ROW.match(line)
    return [c.strip().strip("*_ ").strip() for c in m.group("cells").split("|")] if m else None


def column_keys(lines: list[str]) -> list[str]:
    """``lines`` with a mark scheme or answer key written as a table under the key's heading (``## Mark scheme`` over
    ``| Question | Answer | Marks |`` / ``| 1 | Waves erode … | 2 |``) as the numbered entries a key is read by (``1. Waves
    erode …``), line for line: the header and rule rows left blank, the marks off (sitting 41: each row was a card fronted
    '1', the questions above "text outside any question"). Only when the table sits right under a key heading, names
    its number and answer columns and one more (a table of the two alone is read as a key as it is), and its numbers
    are questions numbered above it (two rows at least); the list itself otherwise."""
    fenced = list(in_fence(lines))
    out: list[str] | None = None
    numbered = {m.group("n") for k, line in enumerate(lines) if not fenced[k] and (m := _NUMBERED.match(line))}
    for k, line in enumerate(lines):
        head = None if fenced[k] else _cells(line)
        if head is None or k + 1 >= len(lines) or not _TABLE_RULE.match(lines[k + 1]):
            continue
        above = next((lines[i] for i in range(k - 1, -1, -1) if lines[i].strip()), "")
        if not (_KEY_LINE.match(above) or _LABEL_HEADING.match(above)):
            continue
        number = next((c for c, name in enumerate(head) if _NUMBER_HEAD.match(name)), None)
        answer = next((c for c, name in enumerate(head) if _ANSWER_HEAD.match(name)), None)
        if number is None or answer is None or number == answer or len(head) < 3:
            continue  # (a table of the two alone is read as a key already: only one with marks or more columns here)
        rows: list[tuple[int, str, str]] = []
        j = k + 2
        while j < len(lines) and (cells := _cells(lines[j])) is not None and len(cells) == len(head):
            n = _CELL_NUMBER.match(cells[number])
            if n is None or n.group("n") not in numbered or not cells[answer]:
                break
            rows.append((j, n.group("n"), cells[answer]))
            j += 1
        if len(rows) < MIN_KEY_ROWS or (j < len(lines) and _cells(lines[j]) is not None):
            continue  # (a row that is no entry: the table is something else)
        out = out if out is not None else list(lines)
        out[k] = out[k + 1] = ""
        for at, n, text in rows:
            out[at] = f"{n}. {text}"
    return lines if out is None else out
