"""Twenty-fifth sitting, answer keys: exam and quiz keys as teachers print them in many languages (a one-line key with a
sentence's full stop, a Chinese, Korean, Japanese, Vietnamese key, Arabic answer lines) read as the right option of each
numbered question. Fixtures written here in the shapes the findings showed (no third-party text)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front, plain_text

from compiler.build import build
from compiler.diagnostics import ContentError


def _options(note: dict) -> list[str]:  # type: ignore[type-arg]
    """The options a learner sees, each with its label ('A) рибосома')."""
    return [
        plain_text(li) for li in re.findall(r"<li[^>]*>(.*?)</li>", note["fields"].get("Options", ""), re.S)
    ]


def _failed(tmp_path: Path, files: dict[str, str]) -> list[str]:
    """Every message of a build that gave no note."""
    with pytest.raises(ContentError) as failed:
        build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000)
    return [d.text() for d in failed.value.diagnostics]


# --- T25-1 / T25-15: a one-line key as written in a sentence ---------------------------------------------------------

_RU_TEST = """Тест по биологии. 9 класс

1. Какой органоид клетки называют «энергетической станцией»?
а) рибосома
б) митохондрия
в) аппарат Гольджи
г) лизосома

2. Где происходит синтез белка?
а) в ядре
б) в лизосомах
в) на рибосомах
г) в вакуоли

3. Какой органоид есть только в растительной клетке?
а) хлоропласт
б) митохондрия
в) ядро
г) рибосома

Ответы: {key}
"""


def test_one_line_key_ending_in_a_full_stop(tmp_path: Path) -> None:
    """T25-1: 'Ответы: 1 – б; 2 – в; 3 – а.' (the sentence's full stop after the last letter) keys every question."""
    notes, _, _ = built_notes(tmp_path, {"biologiya.txt": _RU_TEST.format(key="1 – б; 2 – в; 3 – а.")})
    assert [note_front(n) for n in notes] == [
        "Какой органоид клетки называют «энергетической станцией»?",
        "Где происходит синтез белка?",
        "Какой органоид есть только в растительной клетке?",
    ]
    assert _options(notes[0])[1] == "б) митохондрия"  # (the page's own labels on the card)
    assert [note_back(n) for n in notes] == ["б) митохондрия", "в) на рибосомах", "а) хлоропласт"]


_DE_TEST = """Test Biologie – Zellen

1. Was ist die kleinste Einheit des Lebens?
a) das Molekül
b) die Zelle
c) das Gewebe
d) das Organ

2. Wo befindet sich die DNA bei Eukaryoten?
a) im Zytoplasma
b) in den Ribosomen
c) im Zellkern
d) in der Membran

3. Welches Organell produziert ATP?
a) das Mitochondrium
b) das Ribosom
c) das Lysosom
d) die Vakuole

{key}
"""


@pytest.mark.parametrize(
    "key",
    [
        "Lösungen: 1 b), 2 c), 3 a)",
        "Answers: 1b), 2c), 3a)",
        "Answers: 1 – b; 2 – c; 3 – a.",
        "Lösungen: 1 (b), 2 (c), 3 (a).",
        "Answers: 1. b. 2. c. 3. a.",
        "Answers: 1 b.), 2 c.), 3 a.)",
    ],
)
def test_key_letters_with_their_bracket_or_a_full_stop(tmp_path: Path, key: str) -> None:
    """T25-15 (and T25-1): a key entry's letter with the option's own bracket ('1 b)'), or a full stop, is that letter."""
    notes, _, _ = built_notes(tmp_path, {"test.txt": _DE_TEST.format(key=key)})
    assert [note_back(n) for n in notes] == ["B) die Zelle", "C) im Zellkern", "A) das Mitochondrium"]
    assert _options(notes[2])[0] == "A) das Mitochondrium"


def test_unread_key_line_is_named_never_choices_false(tmp_path: Path) -> None:
    """T25-1: a key line deckc cannot read is said at its own line, and the advice is never 'choices = false' (which would
    teach each option list as the answer)."""
    said = _failed(tmp_path, {"biologiya.txt": _RU_TEST.format(key="1 это б; 2 это в; 3 это а.")})
    at_key = [m for m in said if "biologiya.txt:21:" in m]
    assert at_key and "could not read its entries" in at_key[0] and "1-b, 2-c" in at_key[0]
    assert not any("choices = false" in m for m in said)
    assert any("biologiya.txt:3:" in m and "line 21 looks like the answer key" in m for m in said)


# --- T25-7: a Chinese paper's key under '参考答案' -------------------------------------------------------------------

_ZH_PAPER = """高一地理 期中练习

一、选择题（每小题3分）

1．地球自转的方向是（　　）
A．自东向西　B．自西向东　C．顺时针　D．逆时针

2．一天中气温最高的时刻大约在（　　）
A．正午12时　B．14时左右　C．日出前后　D．18时左右

3．我国最大的淡水湖是（　　）
A．洞庭湖　B．太湖　C．鄱阳湖　D．青海湖

4．下列属于可再生资源的是（　　）
A．煤炭　B．石油　C．太阳能　D．天然气

{heading}
{key}
"""


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("参考答案", "1．B　2．B　3．C　4．C"),
        ("【答案】", "1、B　2、B　3、C　4、C"),
        ("参考答案与解析", "1．B　　2．B　　3．C　　4．C"),
    ],
)
def test_chinese_key_under_its_heading(tmp_path: Path, heading: str, key: str) -> None:
    """T25-7: '参考答案' (or '【答案】') alone over '1．B　2．B …' (full-width stops, ideographic spaces) keys all four
    questions; it is no answer line of question 1."""
    notes, skipped, _ = built_notes(tmp_path, {"dili.txt": _ZH_PAPER.format(heading=heading, key=key)})
    assert note_front(notes[0]).startswith("地球自转的方向是")
    assert _options(notes[0]) == ["A) 自东向西", "B) 自西向东", "C) 顺时针", "D) 逆时针"]
    assert [note_back(n) for n in notes] == ["B) 自西向东", "B) 14时左右", "C) 鄱阳湖", "C) 太阳能"]
    assert all(not plain_text(n["fields"].get("Explanation", "")) for n in notes)
    assert not skipped


# --- T25-8: a Korean key behind a bracketed label, circled option numbers ---------------------------------------------

_KO_EXAM = """2024학년도 1학기 중간고사 - 정보 (2학년)

1. 다음 중 운영체제가 아닌 것은?
① Windows  ② Linux  ③ Excel  ④ macOS

2. 2진수 1010을 10진수로 바꾸면?
① 8  ② 10  ③ 12  ④ 14

3. 다음 중 입력 장치에 해당하는 것은?
① 모니터  ② 프린터  ③ 스피커  ④ 키보드

4. 1바이트는 몇 비트인가?
① 4비트  ② 8비트  ③ 16비트  ④ 32비트

{key}
"""


@pytest.mark.parametrize(
    "key", ["[정답] 1-③  2-②  3-④  4-②", "【정답】 1. ③  2. ②  3. ④  4. ②", "**[정답]** 1-③, 2-②, 3-④, 4-②"]
)
def test_korean_key_behind_a_bracketed_label(tmp_path: Path, key: str) -> None:
    """T25-8: '[정답] 1-③  2-②  3-④  4-②' is the key of all four questions (③ the third option, as in the options'
    own list), never an answer '1' of question 4."""
    notes, skipped, _ = built_notes(tmp_path, {"jungganggosa.txt": _KO_EXAM.format(key=key)})
    assert [note_front(n) for n in notes] == [
        "다음 중 운영체제가 아닌 것은?",
        "2진수 1010을 10진수로 바꾸면?",
        "다음 중 입력 장치에 해당하는 것은?",
        "1바이트는 몇 비트인가?",
    ]
    assert _options(notes[0]) == ["① Windows", "② Linux", "③ Excel", "④ macOS"]  # (the page's own labels)
    assert [note_back(n) for n in notes] == ["③ Excel", "② 10", "④ 키보드", "② 8비트"]
    assert not skipped


def test_bracketed_key_label_with_latin_letters(tmp_path: Path) -> None:
    """T25-8: '[Answer] 1-C  2-B …' (a bracketed label, no colon) keys the questions in any language."""
    exam = _KO_EXAM.format(key="[Answer] 1-C  2-B  3-D  4-B")
    exam = re.sub(r"^① (.*?)  ② (.*?)  ③ (.*?)  ④ (.*)$", r"A. \1  B. \2  C. \3  D. \4", exam, flags=re.M)
    notes, _, _ = built_notes(tmp_path, {"exam.txt": exam})
    assert [note_back(n) for n in notes] == ["C) Excel", "B) 10", "D) 키보드", "B) 8비트"]


# --- T25-2: a Japanese exam's key under '【解答】' --------------------------------------------------------------------

_JP_EXAM = """第1回 情報処理 確認テスト

問1 CPUの処理速度を表す単位として適切なものはどれか。
① bps
② MIPS
③ dpi
④ ppm

問2 2進数 1011 を10進数で表したものはどれか。
① 9
② 10
③ 11
④ 13

問3 OSの役割として最も適切なものはどれか。
① 文書を作成する
② ハードウェア資源を管理する
③ 表計算を行う
④ 画像を編集する

{heading}
{key}
"""


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        ("【解答】", "問1 ②　問2 ③　問3 ②"),
        ("【正解】", "問1 ② 問2 ③ 問3 ②"),
        ("解答", "1 ②　2 ③　3 ②"),
        ("正答", "問1．②　問2．③　問3．②"),
    ],
)
def test_japanese_key_by_question_label(tmp_path: Path, heading: str, key: str) -> None:
    """T25-2: '【解答】' over '問1 ②　問2 ③ …' (the questions' own label, a circled number after a space, full-width
    spaces) keys each question; also with bare numbers '1 ②　2 ③'."""
    notes, skipped, _ = built_notes(tmp_path, {"shiken.txt": _JP_EXAM.format(heading=heading, key=key)})
    assert [note_front(n) for n in notes] == [
        "CPUの処理速度を表す単位として適切なものはどれか。",
        "2進数 1011 を10進数で表したものはどれか。",
        "OSの役割として最も適切なものはどれか。",
    ]
    assert _options(notes[1]) == ["① 9", "② 10", "③ 11", "④ 13"]  # (the page's own labels)
    assert [note_back(n) for n in notes] == ["② MIPS", "③ 11", "② ハードウェア資源を管理する"]
    assert not skipped


# --- T25-9: a Vietnamese test keyed by a horizontal table --------------------------------------------------------------

_VI_TEST = """ĐỀ KIỂM TRA 15 PHÚT - MÔN SINH HỌC 10

Câu 1: Đơn vị cấu trúc và chức năng cơ bản của sự sống là
A. phân tử.
B. tế bào.
C. mô.
D. cơ quan.

Câu 2: Thành phần nào sau đây chỉ có ở tế bào thực vật?
A. Ti thể.
B. Ribôxôm.
C. Lục lạp.
D. Màng sinh chất.

Câu 3: Nước chiếm khoảng bao nhiêu phần trăm khối lượng cơ thể người?
A. 30%.
B. 50%.
C. 70%.
D. 90%.

Câu 4: Nguyên tố nào sau đây là nguyên tố đa lượng?
A. Cacbon.
B. Sắt.
C. Kẽm.
D. Đồng.

ĐÁP ÁN
{table}
"""


@pytest.mark.parametrize(
    "table",
    [
        "| Câu | 1 | 2 | 3 | 4 |\n|---|---|---|---|---|\n| Đáp án | B | C | C | A |",
        "| Câu | 1 | 2 |\n|---|---|---|\n| Đáp án | B | C |\n| Câu | 3 | 4 |\n| Đáp án | C | A |",
    ],
)
def test_vietnamese_key_table(tmp_path: Path, table: str) -> None:
    """T25-9: 'Câu 1:' questions over 'A.'–'D.' keyed by the usual 'bảng đáp án' ('| Câu | 1 | 2 |…' over '| Đáp án | B |
    C |…', also in pairs of rows) make a multiple-choice card each."""
    notes, skipped, _ = built_notes(tmp_path, {"de-kiem-tra.txt": _VI_TEST.format(table=table)})
    assert [note_front(n) for n in notes] == [
        "Đơn vị cấu trúc và chức năng cơ bản của sự sống là",
        "Thành phần nào sau đây chỉ có ở tế bào thực vật?",
        "Nước chiếm khoảng bao nhiêu phần trăm khối lượng cơ thể người?",
        "Nguyên tố nào sau đây là nguyên tố đa lượng?",
    ]
    assert _options(notes[0]) == ["A) phân tử.", "B) tế bào.", "C) mô.", "D) cơ quan."]
    assert [note_back(n) for n in notes] == ["B) tế bào.", "C) Lục lạp.", "C) 70%.", "A) Cacbon."]
    assert not skipped


# --- T25-34: three more key shapes -------------------------------------------------------------------------------------

_PLANETS = [
    ("Which planet is the largest?", ["Mars", "Jupiter", "Venus", "Mercury"]),
    ("Which planet has the most famous rings?", ["Earth", "Neptune", "Saturn", "Mars"]),
    ("Which planet is the closest to the Sun?", ["Mercury", "Venus", "Earth", "Mars"]),
    ("Which planet is called the Red Planet?", ["Venus", "Jupiter", "Uranus", "Mars"]),
    ("Which planet do we live on?", ["Saturn", "Earth", "Neptune", "Pluto"]),
]
_RIGHT = ["B) Jupiter", "C) Saturn", "A) Mercury", "D) Mars", "B) Earth"]


def _quiz(labels: str, key: str) -> str:
    """The five questions with options labelled by ``labels`` ('A.', 'a)', '①'), then ``key``."""
    marks = {"A.": ["A.", "B.", "C.", "D."], "a)": ["a)", "b)", "c)", "d)"], "①": ["①", "②", "③", "④"]}[
        labels
    ]
    parts = ["Planets quiz", ""]
    for n, (question, options) in enumerate(_PLANETS, 1):
        parts += [f"{n}. {question}", *(f"{m} {o}" for m, o in zip(marks, options, strict=True)), ""]
    return "\n".join(parts) + key + "\n"


@pytest.mark.parametrize(
    ("labels", "key"),
    [
        ("A.", "Answer Key\n1-5: B C A D B"),
        ("A.", "**ANSWER KEY**\n1-5: B C A D B"),
        ("a)", "Réponses : 1 b – 2 c – 3 a – 4 d – 5 b"),
        (
            "①",
            "정답 및 해설\n1. ② 해설: Jupiter is the largest.\n2. ③ 해설: x\n3. ① 해설: x\n4. ④ 해설: x\n5. ② 해설: x",
        ),
    ],
)
def test_more_key_shapes(tmp_path: Path, labels: str, key: str) -> None:
    """T25-34: 'Answer Key' over '1-5: B C A D B' (a range, spaced letters), 'Réponses : 1 b – 2 c – …' (dashes
    between entries), '정답 및 해설' over '1. ② 해설: …' (each entry with its explanation) key all five questions."""
    notes, skipped, _ = built_notes(tmp_path, {"planets.txt": _quiz(labels, key)})
    assert [note_front(n) for n in notes] == [q for q, _ in _PLANETS]
    page = "①②③④" if labels == "①" else ""  # (the page's own labels on the card; Latin ones show 'A)')

    def shown(entry: str) -> str:
        return f"{page['ABCD'.index(entry[0])]}{entry[2:]}" if page else entry

    assert _options(notes[1]) == [shown(o) for o in ("A) Earth", "B) Neptune", "C) Saturn", "D) Mars")]
    assert [note_back(n) for n in notes] == [shown(r) for r in _RIGHT]
    assert not skipped
    if labels == "①":
        assert plain_text(notes[0]["fields"]["Explanation"]) == "Jupiter is the largest."


# --- T25-14: a Persian quiz, its first option 'الف' --------------------------------------------------------------------

_FA_QUIZ = """آزمون زیست‌شناسی

1. کوچک‌ترین واحد حیات چیست؟
الف) مولکول
ب) سلول
ج) بافت
د) اندام
{one}
2. DNA در یوکاریوت‌ها کجاست؟
الف) سیتوپلاسم
ب) ریبوزوم
ج) هسته
د) غشا
{two}
3. کدام اندامک ATP می‌سازد؟
الف) میتوکندری
ب) ریبوزوم
ج) لیزوزوم
د) واکوئل
{three}
{key}
"""


@pytest.mark.parametrize(
    ("answers", "key"),
    [
        (("", "", ""), "پاسخنامه: ۱- ب  ۲- ج  ۳- الف"),
        (("", "", ""), "پاسخ‌نامه: ۱-ب، ۲-ج، ۳-الف"),
        (("", "", ""), "کلید پاسخ‌ها\n1. ب\n2. ج\n3. الف"),
        (("پاسخ: ب", "پاسخ: ج", "پاسخ: الف"), ""),
    ],
)
def test_persian_quiz_keys(tmp_path: Path, answers: tuple[str, str, str], key: str) -> None:
    """T25-14: 'الف)' is option A and a key naming 'الف' keys it; a one-line 'پاسخنامه:' key (Persian digits, '،'
    between entries) and a 'کلید' heading over entries key every question."""
    one, two, three = answers
    notes, skipped, _ = built_notes(
        tmp_path, {"azmoon.txt": _FA_QUIZ.format(one=one, two=two, three=three, key=key)}
    )
    assert [note_front(n) for n in notes] == [
        "کوچک‌ترین واحد حیات چیست؟",
        "DNA در یوکاریوت‌ها کجاست؟",
        "کدام اندامک ATP می‌سازد؟",
    ]
    assert _options(notes[2])[0] == "الف) میتوکندری"  # (the page's own labels on the card)
    assert [note_back(n) for n in notes] == ["ب) سلول", "ج) هسته", "الف) میتوکندری"]
    assert not skipped


# --- T25-51: a one-line key of words, single spaces between its entries ------------------------------------------------

_DE_GAPS = """Arbeitsblatt: Präsens – Ergänze die richtige Verbform.

1. Ich ______ (gehen) jeden Tag zur Schule.
2. Du ______ (haben) einen Hund.
3. Er ______ (sein) müde.
4. Wir ______ (spielen) Fußball.
5. Ihr ______ (lesen) ein Buch.

{label} 1. gehe 2. hast 3. ist 4. spielen 5. lest
"""


@pytest.mark.parametrize("label", ["Lösungen:", "Answer key:"])
def test_one_line_key_of_words(tmp_path: Path, label: str) -> None:
    """T25-51: 'Lösungen: 1. gehe 2. hast 3. ist …' answers each gap sentence with its word; it is no answer of the
    last sentence."""
    notes, skipped, _ = built_notes(tmp_path, {"grammatik.txt": _DE_GAPS.format(label=label)})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Ich ______ (gehen) jeden Tag zur Schule.", "gehe"),
        ("Du ______ (haben) einen Hund.", "hast"),
        ("Er ______ (sein) müde.", "ist"),
        ("Wir ______ (spielen) Fußball.", "spielen"),
        ("Ihr ______ (lesen) ein Buch.", "lest"),
    ]
    assert not skipped


def test_numbered_answer_of_one_question_stays_its_answer(tmp_path: Path) -> None:
    """T25-51: an answered question's own numbered answer ('Answer: 1. boil water 2. steep leaves 3. pour') is no key
    of questions 1–3, which have their answers."""
    page = (
        "Cooking review\n\n1. What is the boiling point of water?\nAnswer: 100 °C\n\n"
        "2. What makes dough rise?\nAnswer: yeast\n\n3. List the three steps of making tea.\n"
        "Answer: 1. boil water 2. steep leaves 3. pour\n"
    )
    notes, _, _ = built_notes(tmp_path, {"cooking.txt": page})
    assert [note_back(n) for n in notes] == ["100 °C", "yeast", "1. boil water 2. steep leaves 3. pour"]


# --- T25-54: full-width bracketed numbers, a one-line key of words -----------------------------------------------------

_JA_CHECK = """社会 確認問題

（１）日本の首都はどこですか。
（２）日本で一番高い山は何ですか。
（３）日本で一番長い川は何ですか。

{key}
"""


@pytest.mark.parametrize(
    "key",
    [
        "【解答】\n（１）東京　（２）富士山　（３）信濃川",
        "解答：（１）東京　（２）富士山　（３）信濃川",
        "【解答】\n（１）東京\n（２）富士山\n（３）信濃川",
    ],
)
def test_full_width_numbers_and_their_key(tmp_path: Path, key: str) -> None:
    """T25-54: questions numbered '（１）' (full-width brackets and digits, as a Japanese IME types them) under a '【解答】'
    key of words on one line, ideographic spaces between entries, make a card each."""
    notes, skipped, _ = built_notes(tmp_path, {"kakunin.txt": _JA_CHECK.format(key=key)})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("日本の首都はどこですか。", "東京"),
        ("日本で一番高い山は何ですか。", "富士山"),
        ("日本で一番長い川は何ですか。", "信濃川"),
    ]
    assert not skipped


# --- T25-65: a one-line key under a label in any language -------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "Megoldások: 1. B 2. C 3. A",
        "Rješenja: 1. B, 2. C, 3. A",
        "Facit: 1B 2C 3A",
        "Klíč k testu: 1-b, 2-c, 3-a",
    ],
)
def test_one_line_key_whatever_its_label(tmp_path: Path, key: str) -> None:
    """T25-65: a line 'word: 1. B 2. C 3. A' whose entries number the waiting questions in order from 1 is their key,
    whatever the label's language (Hungarian, Croatian, Swedish, Czech)."""
    quiz = "\n".join(_quiz("A.", key).split("\n")[:20]) + "\n" + key + "\n"  # questions 1–3, then the key
    notes, skipped, _ = built_notes(tmp_path, {"kviz.txt": quiz})
    assert [note_front(n) for n in notes] == [q for q, _ in _PLANETS[:3]]
    assert [note_back(n) for n in notes] == _RIGHT[:3]
    assert not skipped


def test_labelled_numbers_of_an_answered_question_stay_its_answer(tmp_path: Path) -> None:
    """T25-65: under questions answered each, a line 'Note: 1. B 2. C' keys nothing: the questions keep their answers."""
    page = (
        "Quiz\n\n1. Which planet is the largest?\nA. Mars\nB. Jupiter\nAnswer: B\n\n"
        "2. Which planet has rings?\nA. Saturn\nB. Venus\nAnswer: A\nNote: 1. B 2. C\n"
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.txt": page})
    assert [note_back(n) for n in notes] == ["B) Jupiter", "A) Saturn"]


# --- T25-33: a matching exercise's two columns under their titles --------------------------------------------------------

_MATCHING = """Matching: write the letter of the definition next to each term.

Column A
1. Osmosis
2. Diffusion
3. Active transport
4. Endocytosis

Column B
a. Movement of particles from high to low concentration
b. Movement of water across a semi-permeable membrane
c. Taking material into the cell by engulfing it
d. Movement against a concentration gradient using energy

Answers: 1-b, 2-a, 3-d, 4-c
"""


def test_matching_columns_under_titles(tmp_path: Path) -> None:
    """T25-33: the last term of a matching exercise ('4. Endocytosis', then the title 'Column B' over the definitions) is
    its own card's front, never 'Column B'."""
    notes, skipped, _ = built_notes(tmp_path, {"matching.txt": _MATCHING})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Osmosis", "Movement of water across a semi-permeable membrane"),
        ("Diffusion", "Movement of particles from high to low concentration"),
        ("Active transport", "Movement against a concentration gradient using energy"),
        ("Endocytosis", "Taking material into the cell by engulfing it"),
    ]
    assert (
        notes[3]["id"] == "matching/endocytosis"
        and notes[3]["fields"]["Section"] == notes[0]["fields"]["Section"]
    )
    assert not skipped


# --- T25-18: a statement and its answer on one line, a wide gap between them --------------------------------------------

_MARU_BATSU = """理科 小テスト（○×問題）

次の文が正しければ○、誤っていれば×を書きなさい。

(1) 水は100℃で沸騰する。　答え：○
(2) 月は自ら光を出している。　答え：×
(3) 植物は光合成で酸素を出す。　答え：○
"""


def test_answer_after_an_ideographic_space_on_the_item_line(tmp_path: Path) -> None:
    """T25-18: '(1) 水は100℃で沸騰する。　答え：○' (the answer after an ideographic space) is the statement over its
    answer ○ (since sitting 39 a true/false card in Japanese: '正誤：…' / '正'), and so is an English line with the answer
    after a wide gap ('…   Answer: True')."""
    notes, skipped, _ = built_notes(tmp_path, {"marubatsu.txt": _MARU_BATSU})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("正誤：水は100℃で沸騰する。", "正"),
        ("正誤：月は自ら光を出している。", "誤"),
        ("正誤：植物は光合成で酸素を出す。", "正"),
    ]
    assert not skipped
    page = "Science check\n\n1. Water boils at 100 °C at sea level.   Answer: True\n2. The Moon makes its own light.   Answer: False\n"
    notes, _, _ = built_notes(tmp_path / "en", {"tf.txt": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Water boils at 100 °C at sea level.", "True"),
        ("The Moon makes its own light.", "False"),
    ]
