"""Twenty-fifth sitting, readers: trial24's German exam sets (T24-16), Korean quizzes with their options in a quote
(T24-23) and cards kept in TOML front matter. The fixtures are the documents under
/work/coord/repro-trial25/lead-given/, written from the trial's descriptions (the originals were lost)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes as _built
from conftest import note_back, note_front

# --- T24-16: a German exam set, CAPS sub-titles, its key at the end ---------------------------------------------------

EXAM = """# Prüfungsfragen Netzwerktechnik – Klausurvorbereitung

Bearbeitungszeit: 60 Minuten. Hilfsmittel: keine.

GRUNDLAGEN DER NETZWERKTECHNIK

1. Welche Schicht des OSI-Modells ist für die Wegewahl (Routing) zuständig?
a) Sicherungsschicht
b) Vermittlungsschicht
c) Transportschicht
d) Anwendungsschicht

2. Wie viele Bit umfasst eine IPv4-Adresse?
a) 16
b) 32
c) 64
d) 128

3. Welche Schicht des OSI-Modells überträgt die Bits über das physikalische Medium?

4. Erklären Sie den Unterschied zwischen einem Hub und einem Switch.

ÜBERTRAGUNGSMEDIEN

5. Welches Kabel ist gegen elektromagnetische Störungen am unempfindlichsten?
a) UTP-Kabel
b) Koaxialkabel
c) Lichtwellenleiter
d) STP-Kabel

6. Wofür steht die Abkürzung „WLAN“?

7. Welche maximale Segmentlänge gilt für ein Twisted-Pair-Kabel nach 100BASE-TX?
a) 50 m
b) 100 m
c) 185 m
d) 500 m

{key}

1. b
2) b
3: Die Bitübertragungsschicht (Schicht 1).
4. Ein Hub leitet jedes Paket an alle Ports weiter, ein Switch nur an den Port des Empfängers.
5. c
6. Wireless Local Area Network
7. b
"""

EXAM_CARDS = {
    "Welche Schicht des OSI-Modells ist für die Wegewahl (Routing) zuständig?": "B) Vermittlungsschicht",
    "Wie viele Bit umfasst eine IPv4-Adresse?": "B) 32",
    "Welche Schicht des OSI-Modells überträgt die Bits über das physikalische Medium?": "Die Bitübertragungsschicht (Schicht 1).",
    "Erklären Sie den Unterschied zwischen einem Hub und einem Switch.": (
        "Ein Hub leitet jedes Paket an alle Ports weiter, ein Switch nur an den Port des Empfängers."
    ),
    "Welches Kabel ist gegen elektromagnetische Störungen am unempfindlichsten?": "C) Lichtwellenleiter",
    "Wofür steht die Abkürzung „WLAN“?": "Wireless Local Area Network",
    "Welche maximale Segmentlänge gilt für ein Twisted-Pair-Kabel nach 100BASE-TX?": "B) 100 m",
}


@pytest.mark.parametrize(
    "key",
    [
        "LÖSUNGEN", "Lösungen", "LÖSUNGSSCHLÜSSEL", "Antworten", "MUSTERLÖSUNG", "Musterlösungen", "LÖSUNGSHINWEISE",
        "Richtige Antworten", "ANSWERS", "SOLUTIONS", "RESPUESTAS", "RÉPONSES", "Facit", "KLUCZ ODPOWIEDZI",
        "ODGOVORI",  # (a word deckc has no entry for: the key found by its shape)
    ],
)  # fmt: skip
def test_german_exam_with_its_key_at_the_end(tmp_path: Path, key: str) -> None:
    """trial24 T24-16: a 'Prüfungsfragen' set keyed under 'MUSTERLÖSUNG' (a usual German key heading) gave 1 card: the
    key's lines were 7 more questions, a CAPS sub-title the answer of the question above it. Every question is a card
    with its answer (the option keyed, the text for open ones), the CAPS lines its section, the key no card; the same
    under other languages' key headings, and under a heading in any words when the entries show it is a key."""
    notes, skipped, said = _built(tmp_path, {"pruefungsfragen.md": EXAM.format(key=key)})
    assert {note_front(n): note_back(n) for n in notes} == EXAM_CARDS, key
    assert not skipped and not [s for s in said if "no answer" in s or "none marked" in s], said
    sections = {note_front(n): n["fields"]["Section"] for n in notes}
    assert sections["Wie viele Bit umfasst eine IPv4-Adresse?"] == "GRUNDLAGEN DER NETZWERKTECHNIK"
    assert sections["Wofür steht die Abkürzung „WLAN“?"] == "ÜBERTRAGUNGSMEDIEN"
    assert any(t.endswith("::ubertragungsmedien") for n in notes for t in n["tags"])


GROUPED = """Klausur Betriebssysteme – Übungsfragen

PROZESSE UND THREADS

1) Welcher Zustand folgt auf „rechnend“, wenn ein Prozess auf eine Eingabe wartet?
a) bereit
b) blockiert
c) beendet
d) neu

2) Was ist ein Thread?

SPEICHERVERWALTUNG

1) Was versteht man unter Paging?

2) Wie heißt der Fehler, wenn eine benötigte Seite nicht im Hauptspeicher liegt?
a) Segmentation Fault
b) Page Fault
c) Stack Overflow
d) Deadlock

{key}

PROZESSE UND THREADS
1) b
2) Ein leichtgewichtiger Ausführungsstrang innerhalb eines Prozesses.

SPEICHERVERWALTUNG
1) Die Aufteilung des logischen Speichers in Seiten fester Größe.
2) b
"""


@pytest.mark.parametrize("key", ["LÖSUNGSSCHLÜSSEL", "Musterlösung", "ODGOVORI"])
def test_grouped_key_numbered_again_under_each_caps_title(tmp_path: Path, key: str) -> None:
    """trial24 T24-16: the key grouped under the questions' CAPS sub-titles, its numbering starting again under each,
    answers each group's questions by number; a key heading in unknown words too (the key by its shape)."""
    notes, skipped, _ = _built(tmp_path, {"klausur.txt": GROUPED.format(key=key)})
    got = {note_front(n): (note_back(n), n["fields"]["Section"]) for n in notes}
    assert got == {
        "Welcher Zustand folgt auf „rechnend“, wenn ein Prozess auf eine Eingabe wartet?": (
            "B) blockiert",
            "PROZESSE UND THREADS",
        ),
        "Was ist ein Thread?": (
            "Ein leichtgewichtiger Ausführungsstrang innerhalb eines Prozesses.",
            "PROZESSE UND THREADS",
        ),
        "Was versteht man unter Paging?": (
            "Die Aufteilung des logischen Speichers in Seiten fester Größe.",
            "SPEICHERVERWALTUNG",
        ),
        "Wie heißt der Fehler, wenn eine benötigte Seite nicht im Hauptspeicher liegt?": (
            "B) Page Fault",
            "SPEICHERVERWALTUNG",
        ),
    }, key
    assert not skipped


def test_numbered_questions_after_a_title_are_no_key(tmp_path: Path) -> None:
    """trial24 T24-16, the other way: a second part's title over questions numbered from 1 again (they ask, options
    under them) is no key of the first part's questions, whatever its words."""
    doc = (
        EXAM.split("{key}")[0]
        + "WIEDERHOLUNG\n\n1. Welche Schicht vergibt IP-Adressen?\na) 2\nb) 3\nc) 4\n\nAntwort: b\n"
    )
    notes, _, _ = _built(tmp_path, {"exam.md": doc})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Welche Schicht vergibt IP-Adressen?"] == "B) 3"
    assert not [back for back in got.values() if "Welche Schicht vergibt" in back]


# --- T24-23: a Korean quiz, its options in a quote, its key at the end --------------------------------------------------

KOREAN = """# 정보처리기사 필기 모의고사 (데이터베이스)

아래 문제를 풀고 마지막의 정답과 비교하세요.

## 1과목 데이터베이스 구축

1. 관계형 데이터베이스에서 테이블의 행(row)을 가리키는 용어는?

> ① 속성(Attribute)
> ② 튜플(Tuple)
> ③ 도메인(Domain)
> ④ 차수(Degree)

2. 트랜잭션의 특성(ACID) 중 "모두 수행되거나 전혀 수행되지 않아야 한다"는 성질은?

> ① 원자성
> ② 일관성
> ③ 독립성
> ④ 영속성

## 2과목 정규화

3. 이행적 함수 종속을 제거한 정규형은?

> 1) 제1정규형
> 2) 제2정규형
> 3) 제3정규형
> 4) BCNF

4. 하나의 릴레이션에서 다른 릴레이션의 기본키를 참조하는 속성은?

> ① 후보키
> ② 대체키
> ③ 슈퍼키
> ④ 외래키

---

{key}
"""

KOREAN_CARDS = {  # (the page's own labels on the card)
    "관계형 데이터베이스에서 테이블의 행(row)을 가리키는 용어는?": "② 튜플(Tuple)",
    '트랜잭션의 특성(ACID) 중 "모두 수행되거나 전혀 수행되지 않아야 한다"는 성질은?': "① 원자성",
    "이행적 함수 종속을 제거한 정규형은?": "③ 제3정규형",
    "하나의 릴레이션에서 다른 릴레이션의 기본키를 참조하는 속성은?": "④ 외래키",
}


@pytest.mark.parametrize(
    "key",
    [
        "## 정답\n\n1. ②\n2. ①\n3. ③\n4. ④",
        "정답\n\n1. ②\n2. ①\n3. ③\n4. ④",
        "**정답**\n\n1. ②\n2. ①\n3. ③\n4. ④",
        "정답: 1-② 2-① 3-③ 4-④",
        "**정답** 1-② 2-① 3-③ 4-④",
        "## 정답\n\n1-② 2-① 3-③ 4-④",
    ],
)
def test_korean_quiz_with_quoted_options_and_a_key_list(tmp_path: Path, key: str) -> None:
    """trial24 T24-23: options in a quote under each question ('> ① …', '> 1) …') were no options: every question a
    card whose back was the option list, the key the last question's answer. The quote is styling: the options are
    read, ① is option A as 1) is, and the key at the end ('1. ③', '1-③ 2-①', under '정답' or on its line) keys each
    question by number and makes no card."""
    notes, skipped, said = _built(tmp_path, {"모의고사.md": KOREAN.format(key=key)})
    assert {note_front(n): note_back(n) for n in notes} == KOREAN_CARDS, key
    assert all(n["fields"].get("Options") for n in notes)
    assert not skipped and not [s for s in said if "cannot read" in s or "no answer" in s], said


BOLD_ASKED = """# 네트워크 기초 퀴즈

**1. OSI 7계층 중 라우팅을 담당하는 계층은?**
> ① 물리 계층
> ② 데이터 링크 계층
> ③ 네트워크 계층
> ④ 전송 계층

**2. HTTP의 기본 포트 번호는?**
> 1) 21
> 2) 25
> 3) 80
> 4) 443

{key}
"""


@pytest.mark.parametrize(
    "key", ["정답: 1-③ 2-③", "## 정답\n\n1-③ 2-③", "**정답:** 1. ③ 2. ③", "Answers: 1-C, 2-C"]
)
def test_bold_questions_keyed_by_a_line_at_the_end(tmp_path: Path, key: str) -> None:
    """trial24 T24-23: bold questions, quoted options, then a one-line key ('정답: 1-③ 2-①', 'Answers: 1-C, 2-C'): the
    key was the last question's answer and the others 'none marked correct'; under '## 정답' the page title became a
    question. Each question is keyed; the title and the key make no card."""
    notes, skipped, _ = _built(tmp_path, {"퀴즈.md": BOLD_ASKED.format(key=key)})
    assert {note_front(n): note_back(n) for n in notes} == {
        "OSI 7계층 중 라우팅을 담당하는 계층은?": "③ 네트워크 계층",  # (the page's own labels on the card)
        "HTTP의 기본 포트 번호는?": "③ 80",
    }
    assert not skipped, key


def test_a_quoted_numbered_list_under_a_question_stays_its_answer(tmp_path: Path) -> None:
    """trial24 T24-23, the other way: a quote of numbered steps under a question, no key naming options on the page, is
    that question's answer, never options."""
    doc = "# Git\n\n## How do you undo the last commit?\n\n> 1) git reset --soft HEAD~1\n> 2) fix the files\n> 3) commit again\n"
    notes, _, _ = _built(tmp_path, {"git.md": doc})
    assert [note_front(n) for n in notes] == ["How do you undo the last commit?"]
    assert "git reset --soft HEAD~1" in note_back(notes[0]) and not notes[0]["fields"].get("Options")


# --- cards kept in TOML front matter ('+++'), Hugo's [[cards]] / [[cards.sides]] --------------------------------------

HUGO_LESSON = """+++
title = "German 1: Animals"
date = 2021-03-14T10:00:00Z
draft = false
tags = ["german", "vocabulary"]
type = "lesson"

[[cards]]
  [[cards.sides]]
    text = "der Hund"
  [[cards.sides]]
    text = "the dog"

[[cards]]
  [[cards.sides]]
    text = "die Katze"
  [[cards.sides]]
    text = "the cat"

[[cards]]
  [[cards.sides]]
    text = "das Pferd"

[[cards]]
  sides = []

[[cards]]
  [[cards.sides]]
    text = "der Vogel"
  [[cards.sides]]
    text = "the bird"
+++
"""


def test_hugo_lesson_cards_in_toml_front_matter(tmp_path: Path) -> None:
    """New-user check (a Hugo lesson page, wikiotics): all its cards in '+++' TOML front matter, '[[cards]]' tables of
    '[[cards.sides]]', the body empty, gave 'it holds only front matter', no card. Read as YAML front matter's cards
    are: the first side the front, the second the back, the page's tags on each; a card of one side, or none, is said
    at its line and makes no card."""
    notes, _, said = _built(tmp_path, {"lesson.md": HUGO_LESSON})
    assert {note_front(n): note_back(n) for n in notes} == {
        "der Hund": "the dog",
        "die Katze": "the cat",
        "der Vogel": "the bird",
    }
    assert all({"german", "vocabulary"} <= set(n["tags"]) for n in notes)
    assert not [s for s in said if "only front matter" in s]
    one = [s for s in said if "one side only" in s]
    assert len(one) == 1 and one[0].startswith("sources/lesson.md:20:"), said
    assert next(s for s in said if "no side with" in s).startswith("sources/lesson.md:24:"), said


def test_yaml_shaped_cards_in_toml_front_matter(tmp_path: Path) -> None:
    """The front/back records YAML front matter holds, written as TOML '[[cards]]' tables, are cards the same way; an
    empty back is said at its card's line."""
    doc = '+++\ntitle = "Spanish greetings"\n\n[[cards]]\nfront = "hola"\nback = "hello"\n\n[[cards]]\nfront = "gracias"\nback = ""\n+++\n'
    notes, skipped, _ = _built(tmp_path, {"greetings.md": doc})
    assert [(note_front(n), note_back(n)) for n in notes] == [("hola", "hello")]
    assert [(s["line"], s["question"]) for s in skipped] == [(8, "gracias")]


def test_toml_front_matter_of_settings_only_still_says_so(tmp_path: Path) -> None:
    """A '+++' page of settings only (no list of records) is still 'only front matter', no card."""
    doc = '+++\ntitle = "About"\ndraft = true\n+++\n'
    other = "# Net\n\n## What is TCP?\n\nA transport protocol.\n"
    notes, _, said = _built(tmp_path, {"about.md": doc, "net.md": other})
    assert [note_front(n) for n in notes] == ["What is TCP?"]
    assert any("about.md" in s and "only front matter" in s for s in said)


# --- T25-3: an Arabic quiz, ordinal question labels, 'الإجابة الصحيحة:' under each ----------------------------------

ARABIC = """اختبار قصير في الجغرافيا

السؤال الأول: ما هي عاصمة المغرب؟
أ) الدار البيضاء
ب) الرباط
ج) فاس
د) مراكش
{label}: ب

السؤال الثاني: ما هو أطول نهر في العالم؟
أ) النيل
ب) الأمازون
ج) الفرات
د) دجلة
{label}: أ

السؤال الثالث: في أي قارة تقع مصر؟
أ) آسيا
ب) أوروبا
ج) أفريقيا
د) أستراليا
{label}: ج
"""


@pytest.mark.parametrize("label", ["الإجابة الصحيحة", "الجواب الصحيح"])
def test_arabic_labelled_questions_keyed_by_the_correct_answer_label(tmp_path: Path, label: str) -> None:
    """trial25 T25-3: 'السؤال الأول: …؟' over options 'أ) … د)' and 'الإجابة الصحيحة: ب' ("the correct answer") under
    each: every question but the last was 'no answer', its options and key glued into the question. The Arabic
    right-answer label ends the labelled question and keys its option; the quiz's one-line title over three such
    questions no longer makes it 'article' text."""
    notes, skipped, _ = _built(tmp_path, {"quiz.txt": ARABIC.format(label=label)})
    assert {note_front(n): note_back(n) for n in notes} == {
        "ما هي عاصمة المغرب؟": "ب) الرباط",  # (the page's own labels on the card)
        "ما هو أطول نهر في العالم؟": "أ) النيل",
        "في أي قارة تقع مصر؟": "ج) أفريقيا",
    }
    assert not skipped


# --- T25-13: a Thai quiz, options ก. ข. ค. ง., its key at the end ----------------------------------------------------

THAI = """แบบทดสอบ ชีววิทยา ม.4

1. หน่วยที่เล็กที่สุดของสิ่งมีชีวิตคืออะไร
{a}โมเลกุล
{b}เซลล์
{c}เนื้อเยื่อ
{d}อวัยวะ

2. DNA ของยูคาริโอตอยู่ที่ใด
{a}ไซโทพลาซึม
{b}ไรโบโซม
{c}นิวเคลียส
{d}เยื่อหุ้มเซลล์

3. ออร์แกเนลล์ใดสร้าง ATP
{a}ไมโทคอนเดรีย
{b}ไรโบโซม
{c}ไลโซโซม
{d}แวคิวโอล

{key}
"""


@pytest.mark.parametrize("labels", [("ก. ", "ข. ", "ค. ", "ง. "), ("(ก) ", "(ข) ", "(ค) ", "(ง) ")])
@pytest.mark.parametrize("key", ["เฉลย\n1. ข\n2. ค\n3. ก", "เฉลย: 1. ข 2. ค 3. ก"])
def test_thai_quiz_keyed_at_its_end(tmp_path: Path, labels: tuple[str, ...], key: str) -> None:
    """trial25 T25-13: options lettered 'ก. ข. ค. ง.' keyed at the page's end ('เฉลย' / '1. ข') were no options (Thai
    numbers outlines with those letters, so only a key right under them made them options): three cards teaching all
    four options, the key ignored, no warning. A key by number further down names them as one right under them does."""
    doc = THAI.format(a=labels[0], b=labels[1], c=labels[2], d=labels[3], key=key)
    notes, skipped, _ = _built(tmp_path, {"quiz.txt": doc})
    assert {note_front(n): note_back(n) for n in notes} == {
        "หน่วยที่เล็กที่สุดของสิ่งมีชีวิตคืออะไร": f"{labels[1]}เซลล์",  # (the page's own labels on the card)
        "DNA ของยูคาริโอตอยู่ที่ใด": f"{labels[2]}นิวเคลียส",
        "ออร์แกเนลล์ใดสร้าง ATP": f"{labels[0]}ไมโทคอนเดรีย",
    }
    assert not skipped


def test_thai_outline_with_no_key_stays_text(tmp_path: Path) -> None:
    """trial25 T25-13, the other way: an outline lettered 'ก. ข. ค.' on a page with no key is no options."""
    doc = "# บันทึก\n\n## หน่วยที่เล็กที่สุดของสิ่งมีชีวิตคืออะไร?\n\nเซลล์ มีสามส่วน:\n\nก. เยื่อหุ้มเซลล์\nข. ไซโทพลาซึม\nค. นิวเคลียส\n"
    notes, _, _ = _built(tmp_path, {"notes.md": doc})
    assert len(notes) == 1 and not notes[0]["fields"].get("Options")
    assert "ก. เยื่อหุ้มเซลล์" in note_back(notes[0])


# --- T25-14: a Persian quiz, options 'الف) ب) ج) د)', keys naming 'الف' ------------------------------------------------

PERSIAN = """آزمون زیست‌شناسی

1. کوچک‌ترین واحد حیات چیست؟
الف) مولکول
ب) سلول
ج) بافت
د) اندام{k1}

2. DNA در یوکاریوت‌ها کجاست؟
الف) سیتوپلاسم
ب) ریبوزوم
ج) هسته
د) غشا{k2}

3. کدام اندامک ATP می‌سازد؟
الف) میتوکندری
ب) ریبوزوم
ج) لیزوزوم
د) واکوئل{k3}

{key}
"""


@pytest.mark.parametrize(
    "keys",
    [
        ("", "", "", "پاسخنامه: ۱- ب  ۲- ج  ۳- الف"),
        ("", "", "", "پاسخ\u200cنامه: 1- ب  2- ج  3- الف"),
        ("", "", "", "Answers: 1- ب  2- ج  3- الف"),
        ("", "", "", "پاسخنامه\n1. ب\n2. ج\n3. الف"),
        ("\nپاسخ: ب", "\nپاسخ: ج", "\nپاسخ: الف", ""),
    ],
)
def test_persian_quiz_keyed_by_alef(tmp_path: Path, keys: tuple[str, str, str, str]) -> None:
    """trial25 T25-14: the first option's label 'الف' (a word, not a letter) was read only as an option's label: a key
    naming it ('پاسخ: الف', '۳- الف') keyed nothing, and a one-line 'پاسخنامه:' key in Persian digits was no key: 0
    cards. 'الف' names option A in a key too, Persian digits number a key's entries, 'پاسخنامه' heads a key."""
    doc = PERSIAN.format(k1=keys[0], k2=keys[1], k3=keys[2], key=keys[3])
    notes, skipped, _ = _built(tmp_path, {"quiz.txt": doc})
    assert {note_front(n): note_back(n) for n in notes} == {
        "کوچک‌ترین واحد حیات چیست؟": "ب) سلول",  # (the page's own labels on the card)
        "DNA در یوکاریوت‌ها کجاست؟": "ج) هسته",
        "کدام اندامک ATP می‌سازد؟": "الف) میتوکندری",
    }, keys
    assert not skipped


# --- T25-23: an MCQ page whose 'Explanation:' label stands alone over its text ----------------------------------------

INDIABIX = """Computer Science :: Networking - Section 1

1. {sep}Which of the following is the loopback address in IPv4?
A.\t0.0.0.0
B.\t127.0.0.1
C.\t255.255.255.255
D.\t192.168.0.1
Answer: Option B
Explanation:
127.0.0.1 is reserved for the local host.

2. {sep}How many bits are in an IPv4 address?
A.\t16
B.\t32
C.\t64
D.\t128
Answer: Option B
Explanation:
An IPv4 address is 32 bits long.

3. {sep}Which layer of the OSI model handles routing?
A.\tData link
B.\tNetwork
C.\tTransport
D.\tSession
Answer: Option B
Explanation:
Routers forward packets by their network address.
"""


@pytest.mark.parametrize("sep", ["", "\n"])
def test_lone_explanation_label_is_no_answer_key(tmp_path: Path, sep: str) -> None:
    """trial25 T25-23: 'Explanation:' alone on its line over its text (IndiaBIX, many PDFs) was taken for an answer key's
    heading in detection, so counting stopped at the first question and the page was read as 'grill': 'answer
    missing' three times, 0 cards. It is the item's explanation: three keyed cards, each with its explanation."""
    notes, skipped, _ = _built(tmp_path, {"indiabix.txt": INDIABIX.format(sep=sep)})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Which of the following is the loopback address in IPv4?": "B) 127.0.0.1",
        "How many bits are in an IPv4 address?": "B) 32",
        "Which layer of the OSI model handles routing?": "B) Network",
    }
    assert "reserved for the local host" in notes[0]["fields"]["Explanation"]
    assert not skipped


# --- T25-49: options numbered 1) … 4) keyed 'Answer: 3' ---------------------------------------------------------------

NUMBERED_OPTIONS = """Quiz

{n1}Which of these is a prime number?
1) 21
2) 27
3) 29
4) 33
Answer: 3

{n2}How many sides does a hexagon have?
1) 5
2) 6
3) 7
4) 8
Answer: 2

{n3}What is 7 × 8?
1) 54
2) 56
3) 58
4) 64
Answer: 2
"""


@pytest.mark.parametrize("labels", [("Q1. ", "Q2. ", "Q3. "), ("1. ", "2. ", "3. ")])
def test_numbered_options_keyed_by_number(tmp_path: Path, labels: tuple[str, str, str]) -> None:
    """trial25 T25-49: options '1) 21' … '4) 33' under each question, keyed 'Answer: 3': Basic cards answering '3' (a
    wrong answer to the question itself), and 0 cards when the questions were numbered '1.' (the question line was
    counted as the options' first). Each question is a multiple-choice card keyed by its option's number (showing the
    page's labels '1)' … '4)', as the key names them, since sitting 27)."""
    doc = NUMBERED_OPTIONS.format(n1=labels[0], n2=labels[1], n3=labels[2])
    notes, skipped, _ = _built(tmp_path, {"quiz.txt": doc})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Which of these is a prime number?": "3) 29",
        "How many sides does a hexagon have?": "2) 6",
        "What is 7 × 8?": "2) 56",
    }, labels
    assert not skipped


# --- T25-52: katakana options on one line, a one-line key ------------------------------------------------------------

KATAKANA = """基本情報技術者試験 午前 練習問題

問1　CPUのクロック周波数を表す単位はどれか。
ア　bps　　イ　Hz　　ウ　dpi　　エ　ppm

問2　主記憶に用いられる揮発性のメモリはどれか。
ア　DRAM　　イ　EEPROM　　ウ　フラッシュメモリ　　エ　マスクROM

問3　IPアドレスからMACアドレスを求めるプロトコルはどれか。
ア　ARP　　イ　DHCP　　ウ　DNS　　エ　ICMP

解答：問1 イ　問2 ア　問3 ア
"""


def test_katakana_options_on_one_line(tmp_path: Path) -> None:
    """trial25 T25-52: 'ア　bps　　イ　Hz　　ウ　dpi　　エ　ppm' (a Japanese past paper's short options on one line) were
    no options: each card taught the option line, the key '解答：問1 イ' on the last one's back. They are options A–D,
    keyed by the one-line key; a katakana letter inside a word ('マスクROM', 'フラッシュメモリ') stays text."""
    notes, skipped, _ = _built(tmp_path, {"kihon.txt": KATAKANA})
    assert {note_front(n): note_back(n) for n in notes} == {
        "CPUのクロック周波数を表す単位はどれか。": "イ Hz",  # (the page's own labels on the card)
        "主記憶に用いられる揮発性のメモリはどれか。": "ア DRAM",
        "IPアドレスからMACアドレスを求めるプロトコルはどれか。": "ア ARP",
    }
    assert "マスクROM" in notes[1]["fields"]["Options"] and not skipped


# --- T25-53: Vietnamese options on one line, questions back to back ---------------------------------------------------

VIETNAMESE = """Câu 1: Thủ đô của Việt Nam là
A. Hồ Chí Minh.   B. Hà Nội.   C. Đà Nẵng.   D. Huế.
Câu 2: Sông dài nhất Việt Nam là
A. sông Hồng.   B. sông Mê Kông.   C. sông Đà.   D. sông Mã.
Câu 3: Đỉnh núi cao nhất Việt Nam là
A. Fansipan.   B. Bạch Mã.   C. Ngọc Linh.   D. Tây Côn Lĩnh.

Đáp án: 1.B 2.B 3.A
"""


@pytest.mark.parametrize("gap", ["", "\n"])
def test_vietnamese_options_on_one_line(tmp_path: Path, gap: str) -> None:
    """trial25 T25-53: 'Câu N:' questions back to back, each over its options on one line ('A. …   B. …   C. …'), keyed
    'Đáp án: 1.B 2.B 3.A': "cannot tell this document's layout", 0 cards (detection took the three lines after an
    option line for its options, the next question among them). Three keyed cards, blank lines between or not."""
    doc = VIETNAMESE.replace("\nCâu", "\n" + gap + "Câu")
    notes, skipped, _ = _built(tmp_path, {"de.txt": doc})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Thủ đô của Việt Nam là": "B) Hà Nội.",
        "Sông dài nhất Việt Nam là": "B) sông Mê Kông.",
        "Đỉnh núi cao nhất Việt Nam là": "A) Fansipan.",
    }
    assert not skipped


# --- T25-56: questions lettered A., B., C. … each over its answer -----------------------------------------------------

LETTERED = """Biology – Short answers

A. Define osmosis.
Osmosis is the movement of water across a semi-permeable membrane from a dilute to a concentrated solution.

B. Define diffusion.
Diffusion is the net movement of particles from high to low concentration.

C. What is active transport?
Active transport moves substances against a concentration gradient using energy from respiration.

D. Why do cells need a large surface area?
To exchange materials quickly enough for their needs.
"""


def test_lettered_questions_each_over_its_answer(tmp_path: Path) -> None:
    """trial25 T25-56: 'A. Define osmosis.' / its answer / 'B. Define diffusion.' / …: "cannot tell this document's
    layout", 0 cards (each letter was a line start of its own, none repeated; the guess read the two lines ending in
    '?'). Items lettered A., B., C. in order, each over a line that is no lettered one, are the page's items."""
    notes, skipped, _ = _built(tmp_path, {"bio.txt": LETTERED})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Define osmosis.": "Osmosis is the movement of water across a semi-permeable membrane from a dilute to a concentrated solution.",
        "Define diffusion.": "Diffusion is the net movement of particles from high to low concentration.",
        "What is active transport?": "Active transport moves substances against a concentration gradient using energy from respiration.",
        "Why do cells need a large surface area?": "To exchange materials quickly enough for their needs.",
    }
    assert not skipped


# --- T25-50: exercises numbered per exercise, a later solutions section numbered the same ----------------------------

EXERCISES = """Genetics homework

Exercise 1 (6 points)

1. Define the term "allele".
2. Explain why a heterozygous individual can show a dominant phenotype.
3. Name the two types of cell division.

Exercise 2 (4 points)

1. What is a mutation?
2. Give an example of a mutagen.

{solutions}

Exercise 1
1. An allele is a version of a gene.
2. Because the dominant allele is expressed even in one copy.
3. Mitosis and meiosis.

Exercise 2
1. A change in the DNA sequence.
2. UV radiation.
"""


@pytest.mark.parametrize("solutions", ["Solutions", "Answers", "Corrigé"])
def test_exercises_answered_in_a_later_solutions_section(tmp_path: Path, solutions: str) -> None:
    """trial25 T25-50: exercises numbered from 1 under 'Exercise N (k points)', answered in a 'Solutions' section under
    'Exercise N' again: 2 wrong cards ('Name the two types of cell division.' → 'Exercise 2 (4 points) / 1. What is a
    mutation? …'), 4 'no answer'. An exercise's title alone on its line is the part its questions are in, in the
    questions and in their solutions alike: each question gets the answer of the same exercise and number."""
    notes, skipped, _ = _built(tmp_path, {"homework.txt": EXERCISES.format(solutions=solutions)})
    got = {note_front(n): (note_back(n), n["fields"]["Section"]) for n in notes}
    assert got == {
        'Define the term "allele".': ("An allele is a version of a gene.", "Exercise 1"),
        "Explain why a heterozygous individual can show a dominant phenotype.": (
            "Because the dominant allele is expressed even in one copy.",
            "Exercise 1",
        ),
        "Name the two types of cell division.": ("Mitosis and meiosis.", "Exercise 1"),
        "What is a mutation?": ("A change in the DNA sequence.", "Exercise 2"),
        "Give an example of a mutagen.": ("UV radiation.", "Exercise 2"),
    }, solutions
    assert not skipped


# --- T25-66: a one-line key atop the sheet ----------------------------------------------------------------------------

KEY_ATOP = """Answer key: 1. B  2. C  3. A

Quiz

1. Which gas do plants take in?
A. Oxygen
B. Carbon dioxide
C. Nitrogen
D. Helium

2. Which organelle holds chlorophyll?
A. Nucleus
B. Ribosome
C. Chloroplast
D. Vacuole

3. What do roots take up from the soil?
A. Water
B. Light
C. Oxygen only
D. Sugar
"""


def test_one_line_key_atop_the_sheet(tmp_path: Path) -> None:
    """trial25 T25-66: 'Answer key: 1. B  2. C  3. A' as the sheet's first line (a teacher's copy) ended the numbered
    questions in detection before the first one, so the page was read as 'grill': 'answer missing' three times, 0
    cards. A key line above the first question is no end of them, and keys them once they are read."""
    notes, skipped, _ = _built(tmp_path, {"quiz.txt": KEY_ATOP})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Which gas do plants take in?": "B) Carbon dioxide",
        "Which organelle holds chlorophyll?": "C) Chloroplast",
        "What do roots take up from the soil?": "A) Water",
    }
    assert not skipped


# --- T25-19: ballot-box options in text lines --------------------------------------------------------------------------

BALLOTS = """1. What colour does litmus turn in a base?
{q1}

2. Which ion makes a solution acidic?
{q2}
"""


@pytest.mark.parametrize(
    "q1,q2",
    [
        ("☐ Red\n☒ Blue\n☐ Green\n☐ Colourless", "☐ OH⁻\n☐ Na⁺\n☒ H⁺\n☐ Cl⁻"),
        ("☐ Red\t☒ Blue\t☐ Green\t☐ Colourless", "☐ OH⁻\t☐ Na⁺\t☒ H⁺\t☐ Cl⁻"),
    ],
)
def test_ballot_box_options_in_text(tmp_path: Path, q1: str, q2: str) -> None:
    """trial25 T25-19: options typed as ballot boxes ('☐ Red' / '☒ Blue', a Word quiz saved as text; or on one line,
    tabs between) were read only as Word paragraphs: each card taught every option with its box. In text lines they
    are options too, the ticked box the right one."""
    notes, skipped, _ = _built(tmp_path, {"quiz.txt": BALLOTS.format(q1=q1, q2=q2)})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What colour does litmus turn in a base?": "B) Blue",
        "Which ion makes a solution acidic?": "C) H⁺",
    }
    assert all(n["fields"].get("Options") for n in notes) and not skipped


# --- T25-55: a file whose name holds '[' ------------------------------------------------------------------------------


def test_pasted_table_of_a_file_named_with_brackets_finds_it(tmp_path: Path) -> None:
    """trial25 T25-55: the table the build printed for 'Quiz [v2].txt', pasted as it is, was "no source file matches"
    ('[v2]' read as a glob's character class) and nothing was written. A file that is there by that name is that file;
    a pattern with brackets that names no file is still a glob."""
    doc = "Q: What is TCP?\nA: A connection-oriented transport protocol.\n\nQ: What is UDP?\nA: A connectionless one.\n"
    table = '\n[[source]]\nid = "quiz-v2"\nfile = "sources/Tom\'s \\"quiz\\" [v2].txt"\n'
    notes, _, said = _built(tmp_path, {'Tom\'s "quiz" [v2].txt': doc}, table)
    assert sorted(note_front(n) for n in notes) == ["What is TCP?", "What is UDP?"]
    assert not [s for s in said if "matches" in s or "not listed" in s], said
