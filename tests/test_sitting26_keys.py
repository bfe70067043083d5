"""Twenty-sixth sitting, answer keys: keys written where the answer goes (a fill-in key with the answer in its blank),
page furniture after the last question, a second solution toggle. Fixtures written here in the shapes the findings
showed (no third-party text)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from ankiutil import import_apkg, open_collection
from conftest import built_notes, deck_of, note_back, note_front, plain_text, typeset_pdf

from compiler.build import build

# --- T25-58: a fill-in key with each answer written into its blank ---------------------------------------------------

_SENTENCES = [
    ("The powerhouse of the cell is the ", "mitochondria", "."),
    ("Plants make food by ", "photosynthesis", "."),
    ("The control centre of the cell is the ", "nucleus", "."),
    ("Water moves across membranes by ", "osmosis", "."),
]


def _sheet(title: str, mark: str) -> str:
    """A numbered fill-in key: each answer wrapped as ``mark`` shows ('**{}**')."""
    items = [f"{n}. {a}{mark.format(w)}{b}" for n, (a, w, b) in enumerate(_SENTENCES, 1)]
    return title + "\n\n" + "\n".join(items) + "\n"


@pytest.mark.parametrize(
    ("name", "title", "mark"),
    [
        ("fib-bold.md", "# Fill in the blanks (key)", "**{}**"),
        ("fib-u.md", "# Fill in the blanks (key)", "<u>{}</u>"),
        ("fib-brackets.txt", "Fill in the blanks", "[{}]"),
        ("fib-underscored.txt", "Fill in the blanks", "_{}_"),
        ("fib-highlight.md", "## Gap fill — answers", "=={}=="),
        ("fib-bold.txt", "Lückentext – Lösungen", "**{}**"),
    ],
)
def test_a_fill_in_key_with_the_answer_in_its_blank_gives_cloze_cards(
    tmp_path: Path, name: str, title: str, mark: str
) -> None:
    """T25-58 (high): a teacher's copy of a fill-in sheet, each answer written into its blank (bold, underlined,
    highlighted, in brackets or underscores) was one card titled 'Fill in the blanks (key)' listing every sentence, or
    'cannot tell this document's layout'. Each sentence is a cloze card now, its filled word the deletion."""
    notes, _, said = built_notes(tmp_path, {name: _sheet(title, mark)})
    assert [n["fields"]["Text"] for n in notes] == [f"{a}{{{{c1::{w}}}}}{b}" for a, w, b in _SENTENCES]
    assert not [s for s in said if "outside any question" in s or "no answer" in s], said


def test_a_filled_key_shows_the_blank_on_the_front_and_the_word_on_the_back_in_anki(tmp_path: Path) -> None:
    """T25-58: imported into Anki, the card asks the sentence with its blank and answers with the filled word; a
    sentence with two marked words gives a card per word; the title is no card text."""
    text = _sheet("Fill in the blanks", "[{}]") + "5. Water boils at [100] °C and freezes at [0] °C.\n"
    out = tmp_path / "build"
    assert (
        build(deck_of(tmp_path, {"sheet.txt": text}), out, formats=("apkg",), now=1_000).compiled is not None
    )
    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, out / "mine.apkg")
        seen = {}
        for cid in col.find_cards(""):
            card = col.get_card(cid)
            sides = [
                re.sub(r"<(style|script)\b.*?</\1>", " ", s, flags=re.S)
                for s in (card.question(), card.answer())
            ]
            front, back = (html.unescape(" ".join(re.sub(r"<[^>]+>", " ", s).split())) for s in sides)
            seen[front] = back
    finally:
        col.close()
    assert any(f.startswith("The powerhouse of the cell is the [...]") for f in seen), seen
    back = next(b for f, b in seen.items() if f.startswith("The powerhouse"))
    assert "the mitochondria ." in back or "the mitochondria." in back
    assert any(f.startswith("Water boils at [...] °C and freezes at 0 °C") for f in seen), seen
    assert any(f.startswith("Water boils at 100 °C and freezes at [...] °C") for f in seen), seen
    assert not any("Fill in the blanks" in f for f in seen)


def test_a_filled_key_sentence_left_unmarked_is_said_at_its_line(tmp_path: Path) -> None:
    """T25-58: a sentence of the key whose answer is not marked is said at its line, never silently dropped; the marked
    ones are cards."""
    text = _sheet("Fill in the blanks", "**{}**").replace("**nucleus**", "nucleus")
    notes, _, said = built_notes(tmp_path, {"key.txt": text})
    assert [n["fields"]["Text"] for n in notes] == [
        "The powerhouse of the cell is the {{c1::mitochondria}}.",
        "Plants make food by {{c1::photosynthesis}}.",
        "Water moves across membranes by {{c1::osmosis}}.",
    ]
    assert any("key.txt:5" in s and "The control centre of the cell is the nucleus." in s for s in said), said


def test_bold_words_in_a_worksheet_that_still_has_its_blanks_are_no_deletions(tmp_path: Path) -> None:
    """T25-58: a sheet under 'Fill in the blanks' whose sentences keep their blanks ('____') and an answer in brackets
    is read as before: the bold word is emphasis, the blank on the front, the bracketed word the back."""
    text = (
        "# Fill in the blanks\n\n1. The **cell** is the ________ unit of life. (smallest)\n"
        "2. A **plant** cell has a ________. (wall)\n3. The **nucleus** holds the ________. (DNA)\n"
    )
    notes, _, _ = built_notes(tmp_path, {"sheet.md": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("The cell is the ________ unit of life.", "smallest"),
        ("A plant cell has a ________.", "wall"),
        ("The nucleus holds the ________.", "DNA"),
    ]


# --- T25-24: page furniture after the last question ------------------------------------------------------------------

_QUIZ_PAGE = """Networking Questions and Answers – Transport Layer

1. Which protocol guarantees in-order delivery?
a) UDP
b) TCP
c) IP
d) ICMP
View Answer

Answer: b
Explanation: TCP numbers its segments and reorders them.

2. Which port does HTTPS use by default?
a) 80
b) 21
c) 443
d) 25
View Answer

Answer: c
Explanation: HTTPS listens on port 443.
{footer}"""

_FOOTERS = [
    # a quiz site's series line, its advert for more questions and its previous / next links
    """
Example Global Education & Learning Series – Networking.

To practice all areas of Networking, here is complete set on 1000+ Multiple Choice Questions and Answers.

« Prev - Networking Questions & Answers – Network Layer
» Next - Networking Questions & Answers – Session Layer
""",
    # a blog's links and copyright
    """
← Previous Post: Network Layer Quiz | Next Post: Session Layer Quiz →

© 2026 Example Quizzes. All rights reserved.
""",
    # another language's links
    """
« Précédent : La couche réseau
Suivant : La couche session »
""",
]


@pytest.mark.parametrize("footer", _FOOTERS)
def test_a_quiz_pages_footer_is_no_text_of_its_last_card(tmp_path: Path, footer: str) -> None:
    """T25-24 (medium): a quiz page copied as text ends with the site's footer (its series, more questions to practise,
    '« Prev - …' / '» Next - …' links, a copyright line); all of it was the last card's explanation. The explanation
    ends at the blank line above the footer now."""
    notes, _, _ = built_notes(tmp_path, {"transport.txt": _QUIZ_PAGE.format(footer=footer)})
    assert [note_back(n) for n in notes] == ["B) TCP", "C) 443"]
    assert plain_text(notes[-1]["fields"]["Explanation"]) == "HTTPS listens on port 443."
    assert plain_text(notes[0]["fields"]["Explanation"]) == "TCP numbers its segments and reorders them."


def test_an_answer_that_names_the_next_step_keeps_it(tmp_path: Path) -> None:
    """T25-24: the last answer's own words are kept when the page ends with no footer: 'Next, …' is a step, a
    paragraph about practising is the answer's."""
    text = (
        "Q: How do you brew tea?\nA: Boil the water.\n\nNext, steep the leaves for three minutes.\n\n"
        "Q: How do you learn a language?\nA: Practice every day.\n\nTo practice all areas, read aloud.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"howto.txt": text})
    assert [note_back(n) for n in notes] == [
        "Boil the water. Next, steep the leaves for three minutes.",
        "Practice every day. To practice all areas, read aloud.",
    ]


# --- a test saved as Markdown whose key is one line in its own language ----------------------------------------------

_VI_TEST = """ĐỀ KIỂM TRA 15 PHÚT – ĐỊA LÍ 10

Câu 1: Thủ đô của Việt Nam là thành phố nào?
A. Hồ Chí Minh
B. Hà Nội
C. Đà Nẵng
D. Huế
Câu 2: Sông nào dài nhất chảy qua Việt Nam?
A. Sông Hồng
B. Sông Đà
C. Sông Mê Kông
D. Sông Đồng Nai
Câu 3: Đỉnh núi cao nhất Việt Nam là
A. Fansipan
B. Bạch Mã
C. Ngọc Linh
D. Tây Côn Lĩnh

{key}
"""


@pytest.mark.parametrize("name", ["de-kiem-tra.md", "de-kiem-tra.txt"])
@pytest.mark.parametrize("key", ["Đáp án: 1.B 2.C 3.A", "**Đáp án:** 1-B, 2-C, 3-A", "Answers: 1.B 2.C 3.A"])
def test_a_vietnamese_test_saved_as_markdown_is_keyed_by_its_one_line_key(
    tmp_path: Path, name: str, key: str
) -> None:
    """Known (sitting 25): a Vietnamese test ('Câu 1:' questions, 'A.'–'D.' options, 'Đáp án: 1.B 2.C 3.A') saved as
    .md gave no card ('question has no answer': the key line was read as the last question's answer) while the same
    text as .txt gave three keyed multiple-choice cards. Both give them now."""
    notes, _, _ = built_notes(tmp_path, {name: _VI_TEST.format(key=key)})
    assert [note_front(n) for n in notes] == [
        "Thủ đô của Việt Nam là thành phố nào?",
        "Sông nào dài nhất chảy qua Việt Nam?",
        "Đỉnh núi cao nhất Việt Nam là",
    ]
    assert [note_back(n) for n in notes] == ["B) Hà Nội", "C) Sông Mê Kông", "A) Fansipan"]


# --- a second solution toggle after a task ---------------------------------------------------------------------------

_TASKS = """# Задачи по Python

## Задача 1. Сумма списка

Напишите функцию, которая возвращает сумму элементов списка.

<details><summary>{first}</summary>

```python
def total(xs):
    return sum(xs)
```

</details>

{second}

```python
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s
```

</details>

## Задача 2. Переворот строки

Напишите функцию, которая переворачивает строку.

<details><summary>{first}</summary>

```python
def rev(s):
    return s[::-1]
```

</details>
"""


@pytest.mark.parametrize(
    ("first", "second", "label"),
    [
        ("Решение", "<details><summary>Решение 2</summary>", "Решение 2"),
        ("Solution", "<details><summary><b>Solution 2</b></summary>", "Solution 2"),
        ("Solution", "<details>\n<summary>Alternative solution</summary>", "Alternative solution"),
    ],
)
def test_a_second_solution_toggle_joins_the_answer(
    tmp_path: Path, first: str, second: str, label: str
) -> None:
    """Known (sitting 25): a task's second solution in a toggle of its own right under the first
    ('<details><summary>Решение 2</summary>', 'Solution 2') was 'text outside any question', the other way lost. The
    back shows both solutions now, the second under its label; the next task is a card of its own."""
    notes, _, said = built_notes(tmp_path, {"zadachi.md": _TASKS.format(first=first, second=second)})
    assert len(notes) == 2
    back = note_back(notes[0]).replace(" ", "")  # (highlighted code: a span per token)
    assert back == f"deftotal(xs):returnsum(xs){label.replace(' ', '')}deftotal(xs):s=0forxinxs:s+=xreturns"
    assert "Напишите функцию, которая возвращает сумму" in note_front(notes[0])
    assert note_back(notes[1]).replace(" ", "") == "defrev(s):returns[::-1]"
    assert not [s for s in said if "outside any question" in s], said


def test_a_hint_toggle_before_the_solution_stays_a_hint(tmp_path: Path) -> None:
    """Known (sitting 25): only toggles that both name the answer join; a hint toggle over the solution toggle is no
    part of the solution."""
    text = _TASKS.format(first="Solution", second="<details><summary>Solution 2</summary>").replace(
        "<details><summary>Solution</summary>\n\n```python\ndef rev",
        "<details><summary>Hint</summary>\n\nSlices.\n\n</details>\n\n<details><summary>Solution</summary>\n\n```python\ndef rev",
    )
    notes, _, _ = built_notes(tmp_path, {"zadachi.md": text})
    assert note_back(notes[1]).replace(" ", "") == "defrev(s):returns[::-1]"


# --- T26-18: a Chinese fill-in key written into the blank's brackets -------------------------------------------------

_ZH_REVIEW = """三年级科学 期末复习

一、判断题（对的打“√”，错的打“×”）
1. 地球是太阳系中最大的行星。（ × ）
2. 水在0℃时会结冰。（ √ ）

二、填空题
3. 中国的首都是（北京）。
4. 一年有（12）个月。
"""


def test_a_chinese_fill_in_part_keyed_in_its_brackets_gives_a_card_per_blank(tmp_path: Path) -> None:
    """T26-18 (severe): under '二、填空题' the teacher's key is written into the blank's full-width brackets
    ('中国的首都是（北京）。'); both items were dropped 'question has no answer'. Each is a card now: the blank on the
    front, the bracketed word the back, under its part; the true/false part above is read as before."""
    notes, _, said = built_notes(tmp_path, {"fuxi.txt": _ZH_REVIEW})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("判断：地球是太阳系中最大的行星。", "错"),
        ("判断：水在0℃时会结冰。", "对"),
        ("中国的首都是____。", "北京"),
        ("一年有____个月。", "12"),
    ]
    assert notes[-1]["fields"]["Section"] == "二、填空题"
    assert not [s for s in said if "no answer" in s], said


def test_a_chinese_fill_in_sheet_keyed_in_its_brackets_gives_clozes(tmp_path: Path) -> None:
    """T26-18: a sheet of fill-ins only ('填空题' over '1. 中国的首都是（北京）。'): cloze cards, the bracketed word the
    deletion; points ('（2分）') and an empty blank ('（　　）') are no answer."""
    text = "填空题\n\n1. 中国的首都是（北京）。\n2. 一年有（12）个月。\n3. 水的化学式是（H₂O）。\n"
    notes, _, _ = built_notes(tmp_path, {"tiankong.txt": text})
    assert [n["fields"]["Text"] for n in notes] == [
        "中国的首都是{{c1::北京}}。",
        "一年有{{c1::12}}个月。",
        "水的化学式是{{c1::H₂O}}。",
    ]


# --- T26-19: a one-line key with an entry of several options ---------------------------------------------------------

_ALGEBRA = """Algebra review – quadratic equations

1. What are the roots of x² − 5x + 6 = 0?
a) x = 1 and x = 6
b) x = 2 and x = 3
c) x = −2 and x = −3

2. The discriminant of ax² + bx + c = 0 is
a) b² − 4ac
b) b² + 4ac
c) 4ac − b²

3. Select all that apply: which equations have two distinct real roots?
a) x² − 1 = 0
b) x² + 1 = 0
c) x² − 4x + 4 = 0
d) x² − 3x = 0

Answers: {key}
"""


@pytest.mark.parametrize(
    "key",
    ["1 b, 2 a, 3 a and d", "1 b, 2 a, 3 a & d", "1 b, 2 a, 3 a+d", "1-b, 2-a, 3-a,d", "1. b 2. a 3. a/d"],
)
def test_a_one_line_key_with_a_several_options_entry_keys_every_question(tmp_path: Path, key: str) -> None:
    """T26-19 (severe): 'Answers: 1 b, 2 a, 3 a and d' (one entry naming two options) was not read at all: 0 cards.
    The entry's letters are the question's right options, and the other entries key theirs."""
    notes, _, _ = built_notes(tmp_path, {"algebra.txt": _ALGEBRA.format(key=key)})
    assert [note_back(n) for n in notes] == [
        "B) x = 2 and x = 3",
        "A) b² − 4ac",
        "A) x² − 1 = 0 D) x² − 3x = 0",
    ]


# --- T26-1: a key whose letters of another alphabet are glued to their numbers ---------------------------------------

_EL_TEST = """Διαγώνισμα Φυσικής – Κεφάλαιο 2

1. Ποια είναι η μονάδα μέτρησης της δύναμης στο S.I.;
α) Joule
β) Newton
γ) Watt

2. Ένα σώμα που ηρεμεί έχει:
α) μηδενική μάζα
β) μηδενική ταχύτητα
γ) μηδενικό βάρος

3. Η επιτάχυνση της βαρύτητας στη Γη είναι περίπου:
α) 1 m/s²
β) 3,7 m/s²
γ) 9,8 m/s²

{key}
"""


@pytest.mark.parametrize(
    "key", ["Απαντήσεις: 1β, 2β, 3γ", "Απαντήσεις: 1β 2β 3γ", "Απαντήσεις: 1-β, 2-β, 3-γ"]
)
def test_a_greek_key_with_its_letters_glued_to_the_numbers(tmp_path: Path, key: str) -> None:
    """T26-1 (severe): 'Απαντήσεις: 1β, 2β, 3γ' (each Greek letter glued to its number, as '1b, 2b, 3c' is read) was
    'could not read its entries', 0 cards. It keys every question now."""
    notes, _, _ = built_notes(tmp_path, {"fysiki.txt": _EL_TEST.format(key=key)})
    assert [note_back(n) for n in notes] == [
        "β) Newton",
        "β) μηδενική ταχύτητα",
        "γ) 9,8 m/s²",
    ]  # (the page's labels)


def test_a_russian_key_with_its_letters_glued_to_the_numbers(tmp_path: Path) -> None:
    """T26-1: the same in Cyrillic ('Ответы: 1б, 2в, 3а')."""
    text = (
        "1. Столица Франции?\nа) Лион\nб) Париж\nв) Ницца\n\n2. Самая длинная река Европы?\nа) Дунай\nб) Рейн\nв) Волга\n\n"
        "3. Сколько дней в неделе?\nа) семь\nб) пять\nв) шесть\n\nОтветы: 1б, 2в, 3а\n"
    )
    notes, _, _ = built_notes(tmp_path, {"test.txt": text})
    assert [note_back(n) for n in notes] == ["б) Париж", "в) Волга", "а) семь"]  # (the page's own labels)


# --- T26-3: a key split by the paper's part numbers ------------------------------------------------------------------

_ID_PAPER = """SOAL LATIHAN PENILAIAN AKHIR SEMESTER
Mata Pelajaran : IPA

I. Berilah tanda silang (x) pada huruf a, b, c, atau d di depan jawaban yang paling benar!

1. Satuan massa dalam Sistem Internasional adalah ....
a. gram
b. kilogram
c. ons

2. Alat yang digunakan untuk mengukur suhu adalah ....
a. termometer
b. barometer
c. higrometer

II. Jawablah pertanyaan berikut dengan benar!

3. Sebutkan tiga wujud zat!
4. Apa yang dimaksud dengan massa jenis?

KUNCI JAWABAN
{first} 1. b   2. a
{second} 3. padat, cair, gas
4. Massa jenis adalah perbandingan massa benda dengan volumenya.
"""


@pytest.mark.parametrize(
    ("first", "second"), [("I.", "II."), ("Bagian A:", "Bagian B:"), ("**I.**", "**II.**")]
)
def test_a_key_split_by_the_papers_part_numbers_keys_every_question(
    tmp_path: Path, first: str, second: str
) -> None:
    """T26-3 (severe): under 'KUNCI JAWABAN' the key's lines start with the paper's part numbers ('I. 1. b   2. a',
    'II. 3. padat, cair, gas'); the multiple-choice questions were dropped 'no correct option' and a short answer's
    back was the key's heading. The part numbers are no part of the entries now: every question is keyed."""
    notes, _, _ = built_notes(tmp_path, {"soal.txt": _ID_PAPER.format(first=first, second=second)})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Satuan massa dalam Sistem Internasional adalah ....", "B) kilogram"),
        ("Alat yang digunakan untuk mengukur suhu adalah ....", "A) termometer"),
        ("Sebutkan tiga wujud zat!", "padat, cair, gas"),
        (
            "Apa yang dimaksud dengan massa jenis?",
            "Massa jenis adalah perbandingan massa benda dengan volumenya.",
        ),
    ]


# --- T26-25: a key in the options' own letters that says its option's text -------------------------------------------

_TA_QUIZ = """அறிவியல் – பயிற்சி வினாக்கள்

1. தாவரங்கள் உணவைத் தயாரிக்கும் செயல்முறை எது?
அ) சுவாசம்
ஆ) ஒளிச்சேர்க்கை
இ) நீராவிப்போக்கு
ஈ) முளைத்தல்
விடை: ஆ) ஒளிச்சேர்க்கை

2. நீரின் வேதியியல் வாய்ப்பாடு எது?
அ) CO2
ஆ) O2
இ) H2O
ஈ) NaCl
விடை: இ) H2O
"""


def test_a_tamil_quiz_keyed_by_letter_and_text_gives_multiple_choice_cards(tmp_path: Path) -> None:
    """T26-25 (severe): Tamil options அ) ஆ) இ) ஈ) keyed 'விடை: ஆ) ஒளிச்சேர்க்கை' (the letter, then its option's text) were
    silently Basic cards whose back was all four options and the key. They are multiple-choice cards now."""
    notes, _, _ = built_notes(tmp_path, {"ariviyal.txt": _TA_QUIZ})
    assert [n["kind"] for n in notes] == ["multiple_choice", "multiple_choice"]
    assert [note_back(n) for n in notes] == ["ஆ) ஒளிச்சேர்க்கை", "இ) H2O"]  # (the page's own labels)


def test_a_russian_key_that_says_its_options_text(tmp_path: Path) -> None:
    """T26-25: the same key shape in Cyrillic ('Ответ: б) митохондрия')."""
    text = (
        "1. Какой органоид — «энергетическая станция» клетки?\nа) рибосома\nб) митохондрия\nв) ядро\nОтвет: б) митохондрия\n\n"
        "2. Где хранится ДНК?\nа) в ядре\nб) в вакуоли\nв) в мембране\nОтвет: а) в ядре\n"
    )
    notes, _, _ = built_notes(tmp_path, {"bio.txt": text})
    assert [note_back(n) for n in notes] == ["б) митохондрия", "а) в ядре"]


# --- T26-13: Obsidian Spaced Repetition's curly-brace clozes ---------------------------------------------------------

_OSR_NOTE = """#flashcards/biology

## Membranes

The plasma membrane is made of a ==phospholipid bilayer== with embedded ==proteins==.

Osmosis is the diffusion of {{water}} across a {{partially permeable membrane}}.

Active transport::Movement of substances against a concentration gradient, using ATP ^ab12cd
"""


def test_an_obsidian_sr_cloze_in_curly_braces_is_a_cloze_card(tmp_path: Path) -> None:
    """T26-13 (medium): in a note tagged #flashcards, '{{water}}' is a deletion of the plugin's curly-brace cloze
    pattern; the sentence was 'text outside any question'. It is a cloze card now, beside the highlight cloze and the
    '::' card."""
    notes, _, said = built_notes(tmp_path, {"membranes.md": _OSR_NOTE})
    assert [n["fields"].get("Text") or note_front(n) for n in notes] == [
        "The plasma membrane is made of a {{c1::phospholipid bilayer}} with embedded {{c2::proteins}}.",
        "Osmosis is the diffusion of {{c1::water}} across a {{c2::partially permeable membrane}}.",
        "Active transport",
    ]
    assert not [s for s in said if "outside any question" in s], said


# --- T26-50: 'B and D' on an answer line ----------------------------------------------------------------------------

_AWS = """# Cloud practice set

**1. Which services run code or store data without servers to manage? (Select TWO.)**

A. Virtual machines
B. Functions as a service
C. Managed relational database on instances
D. Serverless key-value database
E. Block storage volumes

<details><summary>Show answer</summary>

{key}

Functions run code without servers; the key-value database is fully managed. Virtual machines are servers you manage.

</details>
"""


@pytest.mark.parametrize(
    "key",
    [
        "Correct answers: B and D",
        "Correct answers: B & D",
        "Correct answer: B und D",
        "Respuesta correcta: B y D",
        "Answer: B e D",
    ],
)
def test_an_answer_line_joining_two_letters_with_and_keys_both(tmp_path: Path, key: str) -> None:
    """T26-50 (severe): 'Correct answers: B and D' in a 'Select TWO' question's answer toggle was no key: the question
    was dropped 'none marked correct' ('B, D' worked). Both options are right now, the explanation kept; 'and' in other
    languages too."""
    notes, _, _ = built_notes(tmp_path, {"practice.md": _AWS.format(key=key)})
    assert len(notes) == 1
    assert note_back(notes[0]) == "B) Functions as a service D) Serverless key-value database"
    assert "Virtual machines are servers you manage." in plain_text(notes[0]["fields"]["Explanation"])


# --- T26-37: a true/false key in the page's own letters --------------------------------------------------------------

_DE_RF = """Arbeitsblatt Biologie – Richtig oder falsch?

1. Pflanzen betreiben Fotosynthese.
2. Der Mensch hat drei Lungenflügel.
3. Blut wird vom Herzen durch den Körper gepumpt.
4. Bakterien haben einen Zellkern.

{key}
"""


@pytest.mark.parametrize(
    "key",
    [
        "Lösungen: 1 r, 2 f, 3 r, 4 f",
        "Lösungen: 1 R 2 F 3 R 4 F",
        "Lösungen: 1 w, 2 f, 3 w, 4 f",
        "Lösungen: 1. richtig 2. falsch 3. richtig 4. falsch",
    ],
)
def test_a_german_true_false_key_in_its_own_letters(tmp_path: Path, key: str) -> None:
    """T26-37 (severe): a 'Richtig oder falsch?' worksheet keyed 'Lösungen: 1 r, 2 f, 3 r, 4 f' (r/f for richtig/falsch,
    w for wahr) was 'cannot tell this document's layout', 0 cards. Each statement is a true/false card now."""
    notes, _, _ = built_notes(tmp_path, {"arbeitsblatt.txt": _DE_RF.format(key=key)})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Richtig oder falsch: Pflanzen betreiben Fotosynthese.", "Richtig"),
        ("Richtig oder falsch: Der Mensch hat drei Lungenflügel.", "Falsch"),
        ("Richtig oder falsch: Blut wird vom Herzen durch den Körper gepumpt.", "Richtig"),
        ("Richtig oder falsch: Bakterien haben einen Zellkern.", "Falsch"),
    ]


def test_a_french_true_false_key_in_its_own_letters(tmp_path: Path) -> None:
    """T26-37: the same in French ('Corrigé : 1 v, 2 f, 3 v')."""
    text = (
        "Vrai ou faux ?\n\n1. Le Soleil est une étoile.\n2. La Lune produit sa propre lumière.\n3. La Terre tourne autour "
        "du Soleil.\n\nCorrigé : 1 v, 2 f, 3 v\n"
    )
    notes, _, _ = built_notes(tmp_path, {"vf.txt": text})
    assert [note_back(n) for n in notes] == ["Vrai", "Faux", "Vrai"]


# --- T26-44: the answer written in the blank before each number ------------------------------------------------------

_REVIEW = """Chapter 7 Review – Teacher's copy

{a} 1. Which gas makes up most of Earth's atmosphere?
   A. Oxygen
   B. Nitrogen
   C. Carbon dioxide

{b} 2. Which layer of the atmosphere contains the ozone layer?
   A. Troposphere
   B. Mesosphere
   C. Stratosphere
"""


@pytest.mark.parametrize(("a", "b"), [("__B__", "__C__"), ("_B_", "_C_"), ("(B)", "(C)"), ("[B]", "[C]")])
def test_the_letter_in_the_blank_before_the_number_keys_the_question(tmp_path: Path, a: str, b: str) -> None:
    """T26-44 (severe): a teacher's copy writes the answer into the blank printed before each number ('__B__ 1. Which
    gas …?' over indented options): 'cannot tell this document's layout', 0 cards. The letter keys its question."""
    notes, _, _ = built_notes(tmp_path, {"review.txt": _REVIEW.format(a=a, b=b)})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which gas makes up most of Earth's atmosphere?", "B) Nitrogen"),
        ("Which layer of the atmosphere contains the ozone layer?", "C) Stratosphere"),
    ]


def test_a_verdict_in_the_blank_before_the_number(tmp_path: Path) -> None:
    """T26-44: true/false statements with 'T' / 'F' written into the blank before their number are true/false cards."""
    text = "True or False\n\n__T__ 1. The Moon orbits the Earth.\n__F__ 2. The Sun orbits the Earth.\n__T__ 3. Water boils at 100 °C at sea level.\n"
    notes, _, _ = built_notes(tmp_path, {"tf.txt": text})
    assert [note_back(n) for n in notes] == ["True", "False", "True"]
    assert note_front(notes[0]).endswith("The Moon orbits the Earth.")


# --- T26-40: questions numbered in kanji numerals -------------------------------------------------------------------

_JA_KANJI = """社会 確認テスト（歴史）

{q1}　江戸幕府を開いたのは誰か。
ア　織田信長　　イ　豊臣秀吉　　ウ　徳川家康　　エ　足利尊氏

{q2}　鎌倉幕府が置かれた場所はどこか。
ア　京都　　イ　鎌倉　　ウ　江戸　　エ　奈良

{q3}　大化の改新が始まった年はいつか。
ア　六四五年　　イ　七一〇年　　ウ　七九四年　　エ　一一九二年

【解答】
{q1}　ウ　　{q2}　イ　　{q3}　ア
"""


@pytest.mark.parametrize("numbers", [("問一", "問二", "問三"), ("第一問", "第二問", "第三問")])
def test_a_japanese_test_numbered_in_kanji_numerals(tmp_path: Path, numbers: tuple[str, str, str]) -> None:
    """T26-40 (severe): questions numbered '問一' '問二' '問三' (kanji numerals, as 国語 and 社会 papers number them) and
    keyed the same way ('問一　ウ　　問二　イ …') were 'cannot tell this document's layout', 0 cards; '問1' read. They
    are keyed multiple-choice cards now."""
    q1, q2, q3 = numbers
    notes, _, _ = built_notes(tmp_path, {"rekishi.txt": _JA_KANJI.format(q1=q1, q2=q2, q3=q3)})
    assert [note_front(n) for n in notes] == [
        "江戸幕府を開いたのは誰か。",
        "鎌倉幕府が置かれた場所はどこか。",
        "大化の改新が始まった年はいつか。",
    ]
    assert [note_back(n) for n in notes] == ["ウ 徳川家康", "イ 鎌倉", "ア 六四五年"]


# --- T26-38: verdict boxes printed after each statement ------------------------------------------------------------

_FR_VF = """Contrôle d'histoire – Vrai ou faux ?

1. La Révolution française a commencé en 1789.  {a}
2. Napoléon est né en Corse.  {b}
3. La tour Eiffel a été construite en 1789.  {c}
{key}"""


def test_verdict_boxes_after_each_statement_are_no_front_text(tmp_path: Path) -> None:
    """T26-38 (medium): '1. … en 1789.  ☐ Vrai  ☐ Faux' keyed 'Corrigé : 1. V  2. V  3. F': every front kept '☐ Vrai ☐
    Faux' and the backs were the bare letters. The front is the statement, the back the sheet's word."""
    boxes = "☐ Vrai  ☐ Faux"
    text = _FR_VF.format(a=boxes, b=boxes, c=boxes, key="\nCorrigé : 1. V  2. V  3. F\n")
    notes, _, _ = built_notes(tmp_path, {"controle.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Vrai ou faux : La Révolution française a commencé en 1789.", "Vrai"),
        ("Vrai ou faux : Napoléon est né en Corse.", "Vrai"),
        ("Vrai ou faux : La tour Eiffel a été construite en 1789.", "Faux"),
    ]


def test_a_ticked_verdict_box_is_the_statements_answer(tmp_path: Path) -> None:
    """T26-38: a teacher's copy that ticks the right box ('☒ Vrai  ☐ Faux', '[ ] True [x] False') keys the statement."""
    text = _FR_VF.format(a="☒ Vrai  ☐ Faux", b="☑ Vrai  ☐ Faux", c="☐ Vrai  ☒ Faux", key="")
    notes, _, _ = built_notes(tmp_path, {"controle.txt": text})
    assert [note_back(n) for n in notes] == ["Vrai", "Vrai", "Faux"]
    assert all("☐" not in note_front(n) and "☒" not in note_front(n) for n in notes)
    en = (
        "True or false?\n\n1. The Sun is a star. [x] True [ ] False\n2. The Moon is a planet. [ ] True [x] False\n"
        "3. Water boils at 100 °C at sea level. [x] True [ ] False\n"
    )
    notes, _, _ = built_notes(tmp_path / "en", {"tf.txt": en})
    assert [note_back(n) for n in notes] == ["True", "False", "True"]


# --- T26-36: a PDF key that draws the right option in a colour -------------------------------------------------------

_COLOURED_KEY = """#set page(paper: "a4", margin: 2cm)
= Water Cycle Quiz – Answer Key
#let right(t) = {mark}
1. What drives the water cycle? \\
a) The Moon's gravity \\
#right[b) Energy from the Sun] \\
c) Wind \\
d) Ocean currents

2. What is water vapour turning into liquid called? \\
a) Evaporation \\
#right[b) Condensation] \\
c) Precipitation \\
d) Transpiration

3. Which of these is a form of precipitation? \\
a) Fog \\
b) Dew \\
#right[c) Hail] \\
d) Humidity
"""


@pytest.mark.parametrize(
    "mark",
    [
        "text(fill: red)[#t]",
        "text(fill: rgb(0, 128, 0))[#t]",
        "text(fill: blue)[#t]",
        "highlight(fill: yellow)[#t]",
    ],
)
def test_a_pdf_key_drawing_the_right_option_in_a_colour(tmp_path: Path, mark: str) -> None:
    """T26-36 (severe): a teacher's key saved as PDF with the right option in red (or green, blue) or on a yellow
    highlight was 'none marked correct' with advice to mark it bold; the same marks in a .docx were read. The marked
    option is the key now."""
    pdf = typeset_pdf(tmp_path / "water-cycle-key.pdf", _COLOURED_KEY.replace("{mark}", mark))
    notes, _, _ = built_notes(tmp_path, {"water-cycle-key.pdf": pdf})
    assert [note_back(n) for n in notes] == ["B) Energy from the Sun", "B) Condensation", "C) Hail"]
