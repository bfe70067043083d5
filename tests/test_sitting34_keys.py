"""Thirty-fourth sitting, helper "keys" (open findings of trials 31-33): one-line chatbot cards with a separator
between question and answer, and the other labels and keys below. Fixtures written here in the shapes the findings
showed, in several languages (no third-party text)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text

from compiler.sources.lines import same_line_pairs

# --- T33-27: '1. Q: What is the capital of Kenya? | A: Nairobi' ------------------------------------------------------

_ONE_LINE_CARDS = {
    "en-pipe.md": (
        "Here are 3 flashcards:\n\n1. Q: What is the capital of Kenya? | A: Nairobi\n"
        "2. Q: What is the capital of Peru? | A: Lima\n3. Q: What is the capital of Norway? | A: Oslo\n",
        [("What is the capital of Kenya?", "Nairobi"), ("What is the capital of Peru?", "Lima"), ("What is the capital of Norway?", "Oslo")],
    ),
    "de-dash.md": (
        "Klar! Hier sind deine Karteikarten:\n\n1. Frage: Wie heißt die Hauptstadt von Österreich? — Antwort: Wien\n"
        "2. Frage: Welcher Fluss fließt durch Köln? — Antwort: Der Rhein\n3. Frage: Wie viele Bundesländer hat Deutschland? — Antwort: 16\n",
        [("Wie heißt die Hauptstadt von Österreich?", "Wien"), ("Welcher Fluss fließt durch Köln?", "Der Rhein"), ("Wie viele Bundesländer hat Deutschland?", "16")],
    ),
    "fr-slash.md": (
        "Voici 3 cartes :\n\n- Question : Quelle est la capitale de l'Italie ? / Réponse : Rome\n"
        "- Question : Qui a écrit « Les Misérables » ? / Réponse : Victor Hugo\n"
        "- Question : Combien de côtés a un hexagone ? / Réponse : Six\n",
        [("Quelle est la capitale de l'Italie ?", "Rome"), ("Qui a écrit « Les Misérables » ?", "Victor Hugo"), ("Combien de côtés a un hexagone ?", "Six")],
    ),
    "es-pipe.md": (
        "Aquí tienes 3 tarjetas:\n\n1) Pregunta: ¿Cuál es la capital de Chile? | Respuesta: Santiago\n"
        "2) Pregunta: ¿Cuál es la capital de Uruguay? | Respuesta: Montevideo\n3) Pregunta: ¿Cuál es la capital de Bolivia? | Respuesta: Sucre\n",
        [("¿Cuál es la capital de Chile?", "Santiago"), ("¿Cuál es la capital de Uruguay?", "Montevideo"), ("¿Cuál es la capital de Bolivia?", "Sucre")],
    ),
}


@pytest.mark.parametrize("name", list(_ONE_LINE_CARDS))
def test_a_separator_between_a_question_and_its_answer_label_on_one_line_is_no_part_of_the_back(tmp_path: Path, name: str) -> None:
    text, cards = _ONE_LINE_CARDS[name]
    notes, skipped, messages = built_notes(tmp_path, {name: text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards
    assert [n["items"][0]["line"] for n in notes] == list(range(3, 3 + len(cards)))
    assert not skipped and not [m for m in messages if "not listed in deck.toml" not in m]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "1. Q" + " " * n + "x?\n",
        lambda n: "Question:" + " " * n + "x? | A: y\n",
        lambda n: "Q: x?" + " " * n + "| A: y\n",
        lambda n: "Q: " + "? | " * (n // 4) + "\n",
    ],
)
def test_one_line_pairs_are_found_in_linear_time_on_runs_of_spaces(make) -> None:  # type: ignore[no-untyped-def]
    def took(n: int) -> float:
        start = time.process_time()
        same_line_pairs(make(n) * 2)
        return time.process_time() - start

    small = min(took(20_000) for _ in range(3))
    assert took(200_000) < 30 * small + 0.5


# --- T33-29: '- D:`Person {…}`', an option whose colon is glued to its text ------------------------------------------

_GLUED_KO = """###### 1. 무엇이 출력될까요?

```javascript
console.log(typeof typeof 1);
```

- A: `"number"`
- B: `"string"`
- C:`"object"`
- D:`"undefined"`

<details><summary><b>정답</b></summary>
<p>

#### 정답: B

`typeof 1`은 `"number"`를 반환해요.

</p>
</details>
"""

_GLUED_DE = """# Quiz: Grundlagen

## 1. Welche Zahl ist eine Primzahl?

- A:11
- B: 9
- C: 4
- D: 15

**Antwort:** A

## 2. Wo liegt die Datei standardmäßig?

- A: C:\\Programme
- B: D:/Daten
- C: /usr/local

**Antwort:** B
"""


def test_an_option_label_glued_to_its_text_is_an_option(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"ko.md": _GLUED_KO, "de.md": _GLUED_DE})
    by_front = {note_front(n): n for n in notes}
    ko = by_front["무엇이 출력될까요? console . log ( typeof typeof 1 );"]  # (the code as highlighted, spans apart)
    assert plain_text(ko["fields"]["Options"]) == 'A) "number" B) "string" C) "object" D) "undefined"'
    assert note_back(ko).startswith('B) "string"') and "D:" not in note_back(ko)
    prime = by_front["Welche Zahl ist eine Primzahl?"]
    assert plain_text(prime["fields"]["Options"]) == "A) 11 B) 9 C) 4 D) 15" and note_back(prime).startswith("A) 11")
    # a Windows path after an option's label is its text, never a label glued to it
    path = by_front["Wo liegt die Datei standardmäßig?"]
    assert plain_text(path["fields"]["Options"]) == "A) C:\\Programme B) D:/Daten C) /usr/local"
    assert note_back(path).startswith("B) D:/Daten") and not skipped


# --- T33-30: a row-number column named in any language ('| क्रमांक |', '| 番号 |', '| Nr. |', '| 번호 |') ------------------

_NUMBERED_TABLES = {
    "hi.md": "| क्रमांक | प्रश्न | उत्तर |\n|---|---|---|\n| 1 | भारत की राजधानी क्या है? | नई दिल्ली |\n"
    "| 2 | भारत का राष्ट्रीय पशु कौन सा है? | बाघ |\n| 3 | गंगा नदी कहाँ से निकलती है? | गंगोत्री हिमनद |\n",
    "ja.md": "| 番号 | 問題 | 答え |\n|---|---|---|\n| 1 | 日本で一番高い山は？ | 富士山 |\n| 2 | 日本の首都は？ | 東京 |\n"
    "| 3 | 日本で一番長い川は？ | 信濃川 |\n",
    "de.md": "| Nr. | Frage | Antwort |\n|---|---|---|\n| 1. | Wie heißt die Hauptstadt von Bayern? | München |\n"
    "| 2. | Wie viele Beine hat eine Spinne? | Acht |\n| 3. | Wer schrieb „Faust“? | Goethe |\n",
}


@pytest.mark.parametrize("name", list(_NUMBERED_TABLES))
def test_a_column_numbering_the_rows_is_no_field_of_the_back_whatever_its_header_language(tmp_path: Path, name: str) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {name: _NUMBERED_TABLES[name]})
    rows = [line.split("|")[2:4] for line in _NUMBERED_TABLES[name].splitlines()[2:]]
    assert [(note_front(n), note_back(n)) for n in notes] == [(q.strip(), a.strip()) for q, a in rows] and not skipped


def test_a_numbered_bank_table_in_korean_and_a_chapter_column_that_does_not_count_the_rows(tmp_path: Path) -> None:
    bank = (
        "| 번호 | 문제 | A | B | C | D | 정답 |\n|---|---|---|---|---|---|---|\n| 1 | 대한민국의 수도는? | 부산 | 서울 | 대구 | 인천 | B |\n"
        "| 2 | 한글을 만든 왕은? | 태조 | 세종 | 정조 | 영조 | B |\n| 3 | 가장 큰 행성은? | 목성 | 토성 | 지구 | 화성 | A |\n"
    )
    chapters = (
        "| Capítulo | Pregunta | Respuesta |\n|---|---|---|\n| 2 | ¿Qué es la fotosíntesis? | Las plantas fabrican glucosa |\n"
        "| 2 | ¿Dónde ocurre? | En los cloroplastos |\n| 5 | ¿Qué es la mitosis? | Una célula se divide en dos |\n"
    )
    notes, skipped, _messages = built_notes(tmp_path, {"ko.md": bank, "es.md": chapters})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["대한민국의 수도는?"] == "B) 서울" and backs["가장 큰 행성은?"] == "A) 목성"
    # a column whose numbers do not run 1, 2, 3 is the chapter the row is in: kept under its name, as the row's section
    # (sitting 45: a table's chapter column is its rows' sections, as a sheet's is; it was 'Capítulo: 5' on the back)
    assert backs["¿Qué es la mitosis?"] == "Una célula se divide en dos" and not skipped
    assert next(n["sections"] for n in notes if note_front(n) == "¿Qué es la mitosis?") == ["es::Capítulo 5"]


# --- a key's part numeral alone on its line ('二、', 'II.'): the group of the entries under it, not the entry above's text --

_ZH_KEY_NUMERALS = """高一生物期中测试卷

一、单项选择题（每题3分，共9分）
1．细胞中的“能量工厂”是（　　）
A．核糖体　B．线粒体　C．高尔基体　D．内质网
2．DNA主要分布在（　　）
A．细胞核　B．细胞质　C．细胞膜　D．液泡

二、判断题（对的打“√”，错的打“×”）
3．原核细胞没有核膜。（　　）
4．所有细胞都有细胞壁。（　　）

三、填空题
5．生物体结构和功能的基本单位是________。

参考答案
一、
1．B
2．A
二、
3．√
4．×
三、
5．细胞
"""


def test_a_keys_part_numeral_alone_on_its_line_is_no_part_of_the_entry_above(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"zh.txt": _ZH_KEY_NUMERALS})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("细胞中的“能量工厂”是（ ）", "B) 线粒体"),
        ("DNA主要分布在（ ）", "A) 细胞核"),
        ("判断：原核细胞没有核膜。", "对"),
        ("判断：所有细胞都有细胞壁。", "错"),
        ("生物体结构和功能的基本单位是________。", "细胞"),
    ]
    assert not skipped


# --- 'D1.' ('Domanda 1'), 'P1.', 'F1.': a letter label before every question's number is the numbering --------------

_IT_QUIZ = """Quiz di storia – Unità 3

D1. In che anno è caduto l'Impero romano d'Occidente?
a) 410
b) 476
c) 800

D2. Chi fu il primo imperatore romano?
a) Giulio Cesare
b) Nerone
c) Augusto

D3. Quale città era la capitale dell'Impero bizantino?
a) Roma
b) Ravenna
c) Costantinopoli

Risposte: D1 b, D2 c, D3 c
"""

_DE_QUIZ = """Biologie – Kurztest

F1. Welches Organell ist das Kraftwerk der Zelle?
A) Ribosom
B) Mitochondrium
C) Zellkern

F2. Wo findet die Photosynthese statt?
A) Im Chloroplasten
B) In der Vakuole
C) Im Golgi-Apparat

F3. Was ist die Erbsubstanz der Zelle?
A) Protein
B) Glukose
C) DNA

Lösungen
F1: B
F2: A
F3: C
"""

_PT_MD = """# Questionário de Geografia

**P1.** Qual é o maior rio do Brasil?

- a) São Francisco
- b) Amazonas
- c) Paraná

**P2.** Qual é a capital de Portugal?

- a) Porto
- b) Coimbra
- c) Lisboa

**P3.** Em que continente fica Angola?

- a) África
- b) Ásia
- c) Europa

## Gabarito

P1: b · P2: c · P3: a
"""

_IT_BOXES = """## Contabilità

#### D1. Quale documento riporta le attività e le passività di un'azienda?

- [ ] Conto economico
- [x] Stato patrimoniale

#### D2. Che cosa misura il ROE?

- [ ] Il rendimento delle vendite
- [x] Il rendimento del capitale proprio

#### D3. Il principio della competenza economica riguarda:

- [x] il momento in cui si rilevano costi e ricavi
- [ ] il pagamento delle imposte
"""


@pytest.mark.parametrize(
    ("name", "text", "cards"),
    [
        ("it.txt", _IT_QUIZ, [("In che anno è caduto l'Impero romano d'Occidente?", "B) 476"), ("Chi fu il primo imperatore romano?", "C) Augusto"), ("Quale città era la capitale dell'Impero bizantino?", "C) Costantinopoli")]),
        ("de.txt", _DE_QUIZ, [("Welches Organell ist das Kraftwerk der Zelle?", "B) Mitochondrium"), ("Wo findet die Photosynthese statt?", "A) Im Chloroplasten"), ("Was ist die Erbsubstanz der Zelle?", "C) DNA")]),
        ("pt.md", _PT_MD, [("Qual é o maior rio do Brasil?", "B) Amazonas"), ("Qual é a capital de Portugal?", "C) Lisboa"), ("Em que continente fica Angola?", "A) África")]),
        ("it.md", _IT_BOXES, [("Quale documento riporta le attività e le passività di un'azienda?", "B) Stato patrimoniale"), ("Che cosa misura il ROE?", "B) Il rendimento del capitale proprio"), ("Il principio della competenza economica riguarda:", "A) il momento in cui si rilevano costi e ricavi")]),
    ],
)
def test_a_letter_label_before_every_questions_number_is_off_the_fronts_and_keys_them(
    tmp_path: Path, name: str, text: str, cards: list[tuple[str, str]]
) -> None:
    notes, skipped, messages = built_notes(tmp_path, {name: text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards and not skipped
    assert not [m for m in messages if "not listed in deck.toml" not in m]


def test_question_and_answer_labels_numbered_alike_stay_a_pair_of_labels(tmp_path: Path) -> None:
    text = "P1: ¿Cuál es la capital de Chile?\nR1: Santiago\n\nP2: ¿Cuál es la capital de Perú?\nR2: Lima\n\nP3: ¿Cuál es la capital de Bolivia?\nR3: Sucre\n"
    notes, skipped, _messages = built_notes(tmp_path, {"es.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("¿Cuál es la capital de Chile?", "Santiago"), ("¿Cuál es la capital de Perú?", "Lima"), ("¿Cuál es la capital de Bolivia?", "Sucre")
    ] and not skipped


def test_an_arabic_letter_label_on_every_question_is_the_numbering_trial34_t34_3(tmp_path: Path) -> None:
    """'س1:' ('سؤال', question 1) on every question: three keyed cards (their options' labels as written), the label off
    the fronts, question 3 (its stem ending in ':') never glued into question 2's explanation."""
    source = Path(__file__).parent / "data" / "trials" / "trial34" / "t34-3-arabic-s1-labels" / "ar-rukhsat-qiyada.txt"
    notes, skipped, _messages = built_notes(tmp_path, {"ar.txt": source.read_text(encoding="utf-8")})
    assert [(note_front(n), note_back(n)[:2]) for n in notes] == [
        ("ماذا تعني الإشارة الضوئية الصفراء الثابتة؟", "ب)"),
        ("ما هي المسافة الآمنة بين مركبتك والمركبة التي أمامك؟", "ج)"),
        ("عند الاقتراب من ممر المشاة وعليه شخص يعبر، يجب عليك:", "ب)"),
    ] and not skipped
    assert "التوقف والسماح له بالعبور" in note_back(notes[2]) and "س3" not in note_back(notes[1])


# --- T34-10: the right option marked by a trailing asterisk ('b) Mycobacterium tuberculosis*') -------------------------


def test_a_trailing_asterisk_marks_the_right_option_and_is_off_its_text(tmp_path: Path) -> None:
    text = (
        "Microbiology quiz\n\n1. Which organism causes tuberculosis?\na) Staphylococcus aureus\nb) Mycobacterium tuberculosis*\n"
        "c) Escherichia coli\n\n2. Which stain is used for acid-fast bacteria?\na) Gram stain\nb) India ink\nc) Ziehl–Neelsen stain *\n"
    )
    notes, skipped, _messages = built_notes(tmp_path, {"micro.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which organism causes tuberculosis?", "B) Mycobacterium tuberculosis"),
        ("Which stain is used for acid-fast bacteria?", "C) Ziehl–Neelsen stain"),
    ] and not skipped
    assert "*" not in plain_text(notes[0]["fields"]["Options"])
