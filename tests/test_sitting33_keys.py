"""Thirty-third sitting, answer keys (open findings of trials 31 and 32): key entries that name several options or say
why after their letter, keys of journal entries, true/false letters of other languages. Fixtures written here in the
shapes the findings showed (no third-party text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text

# --- T32-14: '1. ② 미토콘드리아는 …' (an entry saying why) and '3. ①, ②' (two answers) -------------------------------

_KO = """3단원 연습 문제

1. 세포에서 에너지를 만드는 소기관은?
① 핵  ② 미토콘드리아  ③ 리보솜  ④ 골지체

2. 광합성이 일어나는 장소는?
① 엽록체  ② 액포  ③ 세포막  ④ 핵

3. 다음 중 식물 세포에만 있는 것을 모두 고르면? (정답 2개)
① 세포벽  ② 엽록체  ③ 미토콘드리아  ④ 세포막

정답 및 해설
1. ② 미토콘드리아는 세포 호흡으로 에너지를 만든다.
2. ①
3. ①, ②
"""

_JA = """第2章　確認問題

問1 日本の首都はどこか。
① 大阪　② 京都　③ 東京　④ 名古屋

問2 次のうち、偶数をすべて選べ。
① 2　② 3　③ 4　④ 5

解答・解説
問1 ③ 1868年に東京が首都となった。
問2 ①・③
"""

_KO_MD = """# 4단원 형성 평가

1. 대한민국의 수도는?

   ① 부산　② 서울　③ 대구　④ 인천

2. 다음 중 포유류를 모두 고르면?

   ① 고래　② 상어　③ 박쥐　④ 참치

## 정답 및 해설

1. ② 서울은 1394년부터 수도였다.
2. ①, ③ 고래와 박쥐는 젖을 먹인다.
"""

_RU = """Тест по биологии

1. Какой органоид производит энергию?
а) ядро
б) митохондрия
в) рибосома
г) лизосома

2. Какие из них есть только в растительной клетке?
а) клеточная стенка
б) ядро
в) хлоропласт
г) митохондрия

Ответы
1. б – митохондрии синтезируют АТФ.
2. а, в
"""


@pytest.mark.parametrize(
    ("name", "text", "backs", "explained"),
    [
        ("ko.txt", _KO, ["② 미토콘드리아", "① 엽록체", "① 세포벽 ② 엽록체"], "미토콘드리아는 세포 호흡으로 에너지를 만든다."),
        ("ja.txt", _JA, ["③ 東京", "① 2 ③ 4"], "1868年に東京が首都となった。"),
        ("ko.md", _KO_MD, ["② 서울", "① 고래 ③ 박쥐"], "서울은 1394년부터 수도였다."),
        ("ru.txt", _RU, ["б) митохондрия", "а) клеточная стенка в) хлоропласт"], "митохондрии синтезируют АТФ."),
    ],
)
def test_key_entries_naming_two_options_or_saying_why(tmp_path: Path, name: str, text: str, backs: list[str], explained: str) -> None:
    """T32-14: an end key's entry with its explanation after a circled label ('1. ② 미토콘드리아는 …', '問1 ③ 1868年…') or
    after a dash ('1. б – …'), and an entry naming two options ('3. ①, ②', '問2 ①・③', '2. а, в') key their questions:
    the explanation on the back, both options marked (the Korean workbook had 'none marked correct; no card')."""
    notes, skipped, messages = built_notes(tmp_path, {name: text})
    assert [note_back(n) for n in notes] == backs
    assert [n["kind"] for n in notes] == ["multiple_choice"] * len(backs)
    assert plain_text(notes[0]["fields"]["Explanation"]) == explained
    assert not skipped
    assert not [m for m in messages if "none marked correct" in m]


def test_a_word_after_a_letter_of_words_is_no_key(tmp_path: Path) -> None:
    """A numbered line opening with a word that is also an option letter ('1. а также …', 'В клетке …') is no key entry:
    only a dash or a colon after such a letter says why; the question stays without a key, said at its line."""
    text = _RU.replace("1. б – митохондрии синтезируют АТФ.", "1. в клетке энергию дают митохондрии.")
    notes, skipped, messages = built_notes(tmp_path, {"ru.txt": text})
    assert "Какой органоид производит энергию?" not in [note_front(n) for n in notes]
    assert [s["line"] for s in skipped] == [3]
    assert any("ru.txt:3:" in m and "none marked correct" in m for m in messages)


# --- T32-51: a key's entries over lines indented under them, answering numbered tasks above -----------------------------

_JOURNAL = """Exercises

1. Record the purchase of equipment for cash, $5,000.
2. Record a sale on credit, $2,000.
3. Record payment of rent, $800.

Solutions

1. Dr Equipment 5,000
   Cr Cash 5,000
2. Dr Receivables 2,000
   Cr Revenue 2,000
3. Dr Rent
   Cr Cash
"""

_BUCHUNG = """Übungen zur Buchführung

1. Kauf einer Maschine gegen Banküberweisung, 12.000 €.
2. Verkauf von Waren auf Ziel, 3.500 €.

Lösungen

1. Maschinen 12.000
   an Bank 12.000
2. Forderungen 3.500
   an Umsatzerlöse 3.500
"""

_STEPS = """Practice

1) Solve 2x + 3 = 11.
2) Solve 5x - 4 = 16.
3) Solve x/3 = 6.

Answers

1) 2x = 8
   x = 4
2) 5x = 20
   x = 4
3) x = 18
   (multiply both sides by 3)
"""


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        (
            _JOURNAL,
            [
                ("Record the purchase of equipment for cash, $5,000.", "Dr Equipment 5,000 Cr Cash 5,000"),
                ("Record a sale on credit, $2,000.", "Dr Receivables 2,000 Cr Revenue 2,000"),
                ("Record payment of rent, $800.", "Dr Rent Cr Cash"),
            ],
        ),
        (
            _BUCHUNG,  # (two tasks only, asking by a verb: they were 'cannot tell this document's layout')
            [
                ("Kauf einer Maschine gegen Banküberweisung, 12.000 €.", "Maschinen 12.000 an Bank 12.000"),
                ("Verkauf von Waren auf Ziel, 3.500 €.", "Forderungen 3.500 an Umsatzerlöse 3.500"),
            ],
        ),
        (
            _STEPS,
            [
                ("Solve 2x + 3 = 11.", "2x = 8 x = 4"),
                ("Solve 5x - 4 = 16.", "5x = 20 x = 4"),
                ("Solve x/3 = 6.", "x = 18 (multiply both sides by 3)"),
            ],
        ),
    ],
)
def test_key_entries_over_indented_lines_answer_the_tasks(tmp_path: Path, text: str, cards: list[tuple[str, str]]) -> None:
    """T32-51: numbered tasks, then a key ('Solutions', 'Lösungen', 'Answers') whose entries run over lines indented
    under them (a journal entry's credit line, a solution's next step): each task a card with its whole entry, never a
    glossary of 'terms' '1. Dr Equipment 5,000' -> 'Cr Cash 5,000' with the tasks in no card."""
    notes, skipped, messages = built_notes(tmp_path, {"exercises.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards
    assert not skipped
    assert any("read as layout 'numbered'" in m for m in messages)


# --- T32-11: 'B is correct. FV = …': the explanation without the words that only call B right ---------------------------

_CFA = """Reading 7: Practice Problems

1. An investor deposits $1,000 at 5% compounded annually. The value after 2 years is closest to:
A. $1,100.00
B. $1,102.50
C. $1,105.00

2. The effective annual rate of 12% compounded monthly is closest to:
A. 12.00%
B. 12.36%
C. 12.68%

Solutions

1. B is correct. FV = 1,000 × 1.05² = 1,102.50.
2. C is the correct answer: EAR = (1 + 0.12/12)^12 − 1 = 12.68%.
"""

_ES = """# Práctica

1. Un capital de 1.000 € al 10 % anual durante 2 años vale:
   - A. 1.200 €
   - B. 1.210 €
   - C. 1.100 €

2. ¿Qué tasa es nominal?
   - A. La TAE
   - B. El tipo de interés anual pactado
   - C. La inflación

## Soluciones

1. B es correcta. 1.000 × 1,1² = 1.210 €.
2. B es la respuesta correcta: es el tipo pactado sin capitalizar.
"""

_DE = """Übung Zinsrechnung

1. Wie viel sind 5 % von 200 €?
A) 5 €
B) 10 €
C) 20 €
Antwort: B ist richtig, weil 200 × 0,05 = 10.

2. Was ist ein Zinseszins?
A) Zins auf Zinsen
B) ein fester Zins
C) eine Gebühr
Antwort: A ist richtig. Zinsen werden mitverzinst.
"""


@pytest.mark.parametrize(
    ("name", "text", "backs", "explanations"),
    [
        ("cfa.txt", _CFA, ["B) $1,102.50", "C) 12.68%"], ["FV = 1,000 × 1.05² = 1,102.50.", "EAR = (1 + 0.12/12)^12 − 1 = 12.68%."]),
        ("es.md", _ES, ["B) 1.210 €", "B) El tipo de interés anual pactado"], ["1.000 × 1,1² = 1.210 €.", "es el tipo pactado sin capitalizar."]),
        ("de.txt", _DE, ["B) 10 €", "A) Zins auf Zinsen"], ["weil 200 × 0,05 = 10.", "Zinsen werden mitverzinst."]),
    ],
)
def test_a_key_calling_its_letter_right_explains_without_those_words(
    tmp_path: Path, name: str, text: str, backs: list[str], explanations: list[str]
) -> None:
    """T32-11: a key entry or answer line that calls its letter right in words ('B is correct. FV = …', 'C is the correct
    answer:', 'B es correcta.', 'A ist richtig.') keys that option and explains with what follows (the explanation had
    opened with the orphan 'is correct.'; 'Antwort: A ist richtig.' had been read as the article 'A', no card)."""
    notes, skipped, _ = built_notes(tmp_path, {name: text})
    assert [note_back(n) for n in notes] == backs
    assert [plain_text(n["fields"]["Explanation"]) for n in notes] == explanations
    assert not skipped


# --- T32-53: a true/false key in the letters of the page's language ----------------------------------------------------

_PL = """Prawda czy fałsz?

1. Warszawa jest stolicą Polski.
2. Wisła wpada do Morza Czarnego.
3. Polska graniczy z Niemcami.

Odpowiedzi: 1. P  2. F  3. P
"""

_TR = """Doğru mu yanlış mı?

1. Ankara Türkiye'nin başkentidir.
2. Güneş bir gezegendir.
3. Su 100 derecede kaynar.

Cevap anahtarı: 1-D, 2-Y, 3-D
"""

_CS_MD = """# Pravda, nebo nepravda?

1. Praha je hlavní město Česka.
2. Vltava se vlévá do Dunaje.
3. Sněžka je nejvyšší hora Česka.

## Řešení

1. P
2. N
3. P
"""


@pytest.mark.parametrize(
    ("name", "text", "cue", "words"),
    [
        ("pl.txt", _PL, "Prawda czy fałsz:", ["Prawda", "Fałsz", "Prawda"]),
        ("tr.txt", _TR, "Doğru mu, yanlış mı:", ["Doğru", "Yanlış", "Doğru"]),
        ("cs.md", _CS_MD, "Pravda, nebo nepravda:", ["Pravda", "Nepravda", "Pravda"]),
    ],
)
def test_a_true_false_key_in_the_pages_letters(tmp_path: Path, name: str, text: str, cue: str, words: list[str]) -> None:
    """T32-53: statements keyed in their language's true/false letters ('1. P  2. F' prawda/fałsz, '1-D, 2-Y'
    doğru/yanlış, 'P' / 'N' one a line, pravda/nepravda) are true/false cards: the cue on the front, the word on the back
    (the backs were the bare letters 'P' / 'F')."""
    notes, skipped, _ = built_notes(tmp_path, {name: text})
    assert [note_back(n) for n in notes] == words
    assert all(note_front(n).startswith(cue) for n in notes)
    assert not skipped


def test_a_key_of_two_letters_over_options_names_options(tmp_path: Path) -> None:
    """T32-53: on a page of lettered options, a key whose letters happen to be another language's true/false pair ('A' /
    'F', Romanian adevărat/fals) stays the options' key: multiple-choice cards, no 'True or false' one."""
    quiz = "".join(
        f"{n}. {q}\n" + "".join(f"{label}) {o}\n" for label, o in zip("ABCDEF", options, strict=True)) + "\n"
        for n, (q, options) in enumerate(
            [
                ("Which is a prime?", ["7", "8", "9", "10", "12", "14"]),
                ("Which is a square?", ["2", "3", "5", "6", "7", "16"]),
                ("Which is odd?", ["3", "4", "6", "8", "10", "12"]),
            ],
            1,
        )
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.txt": f"Numbers\n\n{quiz}Answers: 1-A, 2-F, 3-A\n"})
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 3
    assert [note_back(n) for n in notes] == ["A) 7", "F) 16", "A) 3"]


# --- T31-42: '√' and '×' from one key both read as verdicts ------------------------------------------------------------

_ZH = """高一生物测试

一、单项选择题
1．细胞中的“能量工厂”是（　　）
A．核糖体　B．线粒体　C．高尔基体　D．内质网

二、判断题（对的打“√”，错的打“×”）
2．原核细胞没有核膜。（　　）
3．所有细胞都有细胞壁。（　　）

参考答案
{key}
"""


@pytest.mark.parametrize("key", ["1．B\n2．√\n3．×", "一、1．B\n二、2．√　3．×"])
def test_tick_and_cross_of_one_key_are_both_verdicts(tmp_path: Path, key: str) -> None:
    """T31-42: a key's '√' (read alone as a formula) and '×' make true/false cards alike, '对' and '错' under the
    page's '判断：' prompt (the '√' card had kept the blank on its front and '√' on its back)."""
    notes, skipped, _ = built_notes(tmp_path, {"exam.txt": _ZH.format(key=key)})
    assert [(note_front(n), note_back(n)) for n in notes[1:]] == [
        ("判断：原核细胞没有核膜。", "对"),
        ("判断：所有细胞都有细胞壁。", "错"),
    ]
    assert note_back(notes[0]) == "B) 线粒体"
    assert not skipped


# --- T32-3: the slot a worksheet leaves to mark a statement is on no front ---------------------------------------------

_TF_BLANKS = """Part C: True or False

10. _____ Animal cells have chloroplasts.
11. _____ All living things are made of cells.
12. _____ Bacteria cells have a nucleus.

Answer Key
Part C: 10. F   11. T   12. F
"""

_DE_SLOTS = """Richtig oder falsch? Kreuzen Sie an.

1. Berlin ist die Hauptstadt von Deutschland.   R / F
2. Der Rhein fließt durch Spanien.   R / F
3. Deutschland hat 16 Bundesländer.   R / F

Lösungen: 1 R, 2 F, 3 R
"""

_ES_SLOTS = """Verdadero o falso

1. Madrid es la capital de España.   V / F
2. El Ebro desemboca en el Atlántico.   V / F
3. España tiene 17 comunidades autónomas.   V / F

Respuestas: 1 V, 2 F, 3 V
"""


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        (
            _TF_BLANKS,
            [
                ("True or false: Animal cells have chloroplasts.", "False"),
                ("True or false: All living things are made of cells.", "True"),
                ("True or false: Bacteria cells have a nucleus.", "False"),
            ],
        ),
        (
            _DE_SLOTS,
            [
                ("Richtig oder falsch: Berlin ist die Hauptstadt von Deutschland.", "Richtig"),
                ("Richtig oder falsch: Der Rhein fließt durch Spanien.", "Falsch"),
                ("Richtig oder falsch: Deutschland hat 16 Bundesländer.", "Richtig"),
            ],
        ),
        (
            _ES_SLOTS,
            [
                ("Verdadero o falso: Madrid es la capital de España.", "Verdadero"),
                ("Verdadero o falso: El Ebro desemboca en el Atlántico.", "Falso"),
                ("Verdadero o falso: España tiene 17 comunidades autónomas.", "Verdadero"),
            ],
        ),
    ],
)
def test_the_marking_slot_is_on_no_front(tmp_path: Path, text: str, cards: list[tuple[str, str]]) -> None:
    """T32-3: a true/false statement's slot to mark ('10. _____ Animal cells …', '…   R / F', '…   V / F') is left off
    its front: 'True or false: _____ Animal cells …' and '… Deutschland. R / F' had shown it."""
    notes, skipped, _ = built_notes(tmp_path, {"worksheet.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards
    assert not skipped


def test_words_ending_a_statement_stay() -> None:
    """T32-3: only a blank or the page's true/false marks are a slot: 'true or false' said in the statement, a ratio,
    stay as written."""
    from compiler.sources.truefalse import _without_slots

    assert _without_slots("A bit is either true or false") == "A bit is either true or false"
    assert _without_slots("The ratio is 3/4") == "The ratio is 3/4"
    assert _without_slots("Der Mond ist ein Stern.  W / F") == "Der Mond ist ein Stern."


# --- T31-43: two versions of a test, the first under the title with no heading, one key line each ------------------

_VERSIONS = """Chemistry Quiz 3

Version A

1. What is the symbol for sodium?
A. S
B. Na
C. So
D. Sd

2. What is the pH of pure water?
A. 7
B. 0
C. 14
D. 1

Version B

1. What is the symbol for sodium?
A. So
B. Sd
C. S
D. Na

2. What is the pH of pure water?
A. 14
B. 1
C. 7
D. 0

Answer Key
Version A: 1. B  2. A
Version B: 1. D  2. C
"""

_SUJETS = """Interrogation de géographie

Sujet 1

1. Quelle est la capitale de l'Italie ?
a) Milan
b) Rome
c) Naples

2. Quel fleuve traverse Paris ?
a) La Seine
b) La Loire
c) Le Rhône

Sujet 2

1. Quelle est la capitale de l'Italie ?
a) Rome
b) Naples
c) Milan

2. Quel fleuve traverse Paris ?
a) Le Rhône
b) La Seine
c) La Loire

Corrigé
Sujet 1 : 1-b, 2-a
Sujet 2 : 1-a, 2-b
"""


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        (
            _VERSIONS,
            [("What is the symbol for sodium?", "B) Na"), ("What is the pH of pure water?", "A) 7"),
             ("What is the symbol for sodium?", "D) Na"), ("What is the pH of pure water?", "C) 7")],
        ),
        (
            _SUJETS,
            [("Quelle est la capitale de l'Italie ?", "B) Rome"), ("Quel fleuve traverse Paris ?", "A) La Seine"),
             ("Quelle est la capitale de l'Italie ?", "A) Rome"), ("Quel fleuve traverse Paris ?", "B) La Seine")],
        ),
    ],
)
def test_each_version_keyed_by_its_own_key_line(tmp_path: Path, text: str, cards: list[tuple[str, str]]) -> None:
    """T31-43: a test printed in two versions with shuffled options, the first right under the title, and a key line per
    version ('Version A: 1. B  2. A' / 'Version B: 1. D  2. C'): the first version is keyed by the key line no other
    version took (it was 'none marked correct'); the second keeps its own key line (each version a card of its own)."""
    notes, skipped, messages = built_notes(tmp_path, {"quiz.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards
    assert not skipped
    assert not [m for m in messages if "none marked correct" in m]


# --- T33-9: a "select all" key naming numbered options keeps the page's numbers on the card ----------------------------

_NCLEX = """NCLEX-RN Practice Questions — Pharmacology

1. Which findings should the nurse report for a client receiving furosemide? Select all that apply.
1) Potassium 3.1 mEq/L
2) Blood pressure 124/78 mmHg
3) Muscle cramps
4) Urine output 50 mL/hr
5) Tinnitus
Answer: 1, 3, 5
Rationale: Hypokalemia, muscle cramps and ototoxicity are adverse effects of loop diuretics.

2. A client taking lisinopril reports a persistent dry cough. What is the nurse's best response?
1) "Stop the medication immediately."
2) "This is a common side effect; I will inform your provider."
3) "Take the medication with food."
4) "Increase your fluid intake."
Answer: 2
Rationale: ACE inhibitors cause a dry cough through bradykinin accumulation.
"""


def test_a_select_all_key_by_number_keeps_the_numbers(tmp_path: Path) -> None:
    """T33-9: options numbered 1)–5) keyed 'Answer: 1, 3, 5' show the page's numbers as the single-answer question beside
    them does ('1) Potassium …'), never relabelled A)–E) (the key '1, 3, 5' no longer matched the card)."""
    notes, skipped, _ = built_notes(tmp_path, {"nclex.txt": _NCLEX})
    assert [note_back(n) for n in notes] == [
        "1) Potassium 3.1 mEq/L 3) Muscle cramps 5) Tinnitus",
        '2) "This is a common side effect; I will inform your provider."',
    ]
    assert plain_text(notes[0]["fields"]["Explanation"]) == "Hypokalemia, muscle cramps and ototoxicity are adverse effects of loop diuretics."
    assert not skipped
