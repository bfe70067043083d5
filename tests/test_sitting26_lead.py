"""Twenty-fifth sitting, lead's checks on new-user trial 26 findings."""

from __future__ import annotations

import importlib
import random
import re
import time
from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front, plain_text

from compiler.passes.clean import points_free

PL_TEST = """Sprawdzian z historii – klasa 5

Zadanie 1. (1 pkt) W którym roku odbył się chrzest Polski?
A. 966
B. 1000
C. 1025

Zadanie 2. (1 pkt) Kto był pierwszym królem Polski?
A. Mieszko I
B. Bolesław Chrobry
C. Kazimierz Wielki

Zadanie 3. (2 pkt) Bitwa pod Grunwaldem odbyła się w roku:
A. 1385
B. 1410
C. 1466

Klucz odpowiedzi: 1 – A, 2 – B, 3 – B
"""


def test_points_before_a_question_are_not_on_its_front(tmp_path: Path) -> None:
    """T26-5: 'Zadanie 1. (1 pkt) W którym roku …?' showed '(1 pkt) W którym roku …?' on the card."""
    notes, skipped, _ = built_notes(tmp_path, {"pl-test.txt": PL_TEST})
    assert not skipped
    fronts = sorted(n["fields"]["Question"] for n in notes)
    assert fronts == [
        "Bitwa pod Grunwaldem odbyła się w roku:",
        "Kto był pierwszym królem Polski?",
        "W którym roku odbył się chrzest Polski?",
    ]
    king = next(n for n in notes if n["fields"]["Question"].startswith("Kto"))
    assert "Bolesław Chrobry" in king["fields"]["Correct"]


def test_points_in_other_layouts_and_languages(tmp_path: Path) -> None:
    """T26-5: numbered quizzes and Markdown headings lose '(2 points)', '[4 marks]', '（5分）' on either side."""
    quiz = (
        "# Quiz\n\n1. (2 points) Which port does HTTPS use?\n   a) 80\n   b) 443\n\n"
        "2. [1 pt] What does TCP guarantee?\n   a) Ordered delivery\n   b) Nothing\n\nAnswers: 1 b, 2 a\n"
    )
    notes_md = (
        "## (5 points) What is a mutex?\n\nA lock that only one thread holds at a time.\n\n"
        "## What is a semaphore? [4 marks]\n\nA counter that limits how many threads enter.\n\n"
        "## 什么是进程？（5分）\n\n进程是正在运行的程序。\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"quiz.md": quiz, "notes.md": notes_md})
    assert not skipped
    fronts = sorted(note_front(n) for n in notes)
    assert fronts == sorted(
        [
            "Which port does HTTPS use?",
            "What does TCP guarantee?",
            "What is a mutex?",
            "What is a semaphore?",
            "什么是进程？",
        ]
    ), fronts
    mutex = next(n for n in notes if note_front(n) == "What is a mutex?")
    assert "only one thread" in note_back(mutex)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(1 pkt) W którym roku?", "W którym roku?"),
        ("(2 б.) Что такое X?", "Что такое X?"),
        ("Wie heißt das? [2 Punkte]", "Wie heißt das?"),
        ("(1,5 pkt) Co to jest?", "Co to jest?"),
        ("Câu hỏi này là gì? (2 điểm)", "Câu hỏi này là gì?"),
        ("(3점) 무엇입니까?", "무엇입니까?"),
        # not points: an orbital, a points tag in the middle, nothing but the tag
        ("What is the shape of the (2p) orbital?", "What is the shape of the (2p) orbital?"),
        ("Which of (2 points) is right here?", "Which of (2 points) is right here?"),
        ("(2 points)", "(2 points)"),
    ],
)
def test_points_free(text: str, expected: str) -> None:
    """T26-5: what counts as the points printed beside a question."""
    assert points_free(text) == expected


ROMAN = """Class X Science – Chapter 6 Life Processes (Worksheet)

Q1. The site of photosynthesis in a plant cell is
(i) mitochondria
(ii) chloroplast
(iii) ribosome
(iv) nucleus
Ans. (ii) chloroplast

Q2. Which enzyme in saliva breaks down starch?
(i) pepsin
(ii) trypsin
(iii) salivary amylase
(iv) lipase
Ans. (iii)

Q3. The kidneys in human beings are a part of the system for
(1) nutrition
(2) respiration
(3) excretion
(4) transportation
Answer: (3) Excretion.
"""


def test_a_key_citing_its_numbered_option_with_the_text_keys_it(tmp_path: Path) -> None:
    """T26-2: 'Ans. (ii) chloroplast' under options '(i)'–'(iv)' made a Basic card of the stem and all four options
    run together; only a bare 'Ans. (iii)' keyed its question."""
    notes, skipped, _ = built_notes(tmp_path, {"worksheet.txt": ROMAN})
    assert not skipped
    assert {n["notetype"] for n in notes} == {"deckc Multiple choice"}
    by_front = {n["fields"]["Question"]: n["fields"] for n in notes}
    site = by_front["The site of photosynthesis in a plant cell is"]
    assert (
        "chloroplast" in site["Correct"]
        and "mitochondria" in site["Options"]
        and "(i)" not in site["Question"]
    )
    assert "salivary amylase" in by_front["Which enzyme in saliva breaks down starch?"]["Correct"]
    assert "excretion" in by_front["The kidneys in human beings are a part of the system for"]["Correct"]


def test_a_number_and_other_words_after_the_key_label_key_nothing() -> None:
    """T26-2: words after the number that are not its option's text are no key ('Ans. (ii) 42 people')."""
    from compiler.sources.letters import counted_options

    lines = ["Q1. How many came?", "(i) 40", "(ii) 42", "Ans. (ii) 42 people said so"]
    assert counted_options(lines) == lines
    lines[3] = "Ans. (ii) 42."
    assert counted_options(lines)[1:] == ["A) 40", "B) 42", "Ans. B 42."]


# Two Thai answers as a JavaScript quiz's translation writes them, words unspaced (sentences from
# lydiahallie/javascript-questions th-TH/README.md at a8b427b9, MIT; trial26 T26-8), and a longer line of the same
THAI = (
    "# คำถาม JavaScript\n\n## ตัวแปร var กับ let ต่างกันอย่างไร?\n\n"
    "เมื่อมีการเปลี่ยนแปลงค่า object ตัวใดตัวหนึ่งค่าตัวอื่นจึงเปลี่ยนตามไปด้วย\n\n## Hoisting คืออะไร?\n\n"
    "ตัวแปรที่ประกาศโดยใช้คีย์เวิร์ดจะถูกยกขึ้นไปไว้ด้านบนสุดของขอบเขตก่อนที่โค้ดจะทำงาน" * 4 + "\n"
)


@pytest.fixture
def read_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that sends a reader into a search without end fails these tests in seconds, never hangs the suite."""
    monkeypatch.setenv("DECKC_READ_LIMIT", "60")


@pytest.mark.usefixtures("read_limit")
def test_a_thai_page_builds(tmp_path: Path) -> None:
    """T26-8: a two-question Thai page ran for minutes (a Thai letter matched both halves of the answer label's
    word pattern: 2^n ways to read n letters); it builds, each answer its own sentence."""
    notes, skipped, said = built_notes(tmp_path, {"th.md": THAI})
    assert not skipped and not any("error" in line for line in said)
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["ตัวแปร var กับ let ต่างกันอย่างไร?"].startswith("เมื่อมีการเปลี่ยนแปลงค่า object")
    assert backs["Hoisting คืออะไร?"].startswith("ตัวแปรที่ประกาศ")


@pytest.mark.usefixtures("read_limit")
def test_lines_with_wide_gaps_build_and_key(tmp_path: Path) -> None:
    """T26-8: an answer label, then 250 spaces before the key (a PDF copy's column gap; deckc reads runs of up to
    256), took half a second a line, 500 four seconds (three runs of white space in a pattern split it every way)."""
    gap = " " * 250
    quiz = (
        "1. Which port does HTTPS use?\n   a) 80\n   b) 443\n"
        f"Answer:{gap}b\n\n"
        f"2. Which protocol resolves names?{gap}\n   a) DNS\n   b) ARP\nAnswer: a\n\n"
        f"3. What does TCP guarantee?\n   a) Ordered delivery\n   b) Nothing\nAnswer {gap}\nAnswer: a\n"
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.txt": quiz})
    keyed = {note_front(n): n["fields"].get("Correct", "") for n in notes}
    assert "443" in keyed["Which port does HTTPS use?"]
    assert "DNS" in keyed["Which protocol resolves names?"]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as it was written, before spaces_one_way made its runs of white space possessive."""
    return re.compile(pattern.pattern.replace(r"\s*+", r"\s*").replace(r"\s++", r"\s+"), pattern.flags)


@pytest.mark.parametrize(
    "name",
    [
        "compiler.sources.choices._ANSWER",
        "compiler.sources.choices._KEY_TEXT",
        "compiler.sources.choices._TRAILING_KEY",
        "compiler.sources.stimulus._QUESTION_LEAD",
        "compiler.sources.markdown_blocks._COURSE_FURNITURE",
        "compiler.sources.article._DEFINITION",
    ],
)
def test_spaces_one_way_matches_what_the_plain_pattern_matched(name: str) -> None:
    """T26-8: each pattern given possessive runs of white space matches (and captures) exactly what it did before,
    on random lines of the pieces answer lines are made of; and a 5,000-space line is answered at once."""
    module, attr = name.rsplit(".", 1)
    fast = getattr(importlib.import_module(module), attr)
    slow = _plain(fast)
    assert slow.pattern != fast.pattern
    words = re.findall(r"[A-Za-z]{2,}", slow.pattern)[:30]
    alphabet = [
        " ",
        "  ",
        "\t",
        ":",
        "：",
        "**",
        "__",
        "(",
        ")",
        ".",
        "-",
        "A",
        "B",
        "c",
        "1",
        "is",
        ">",
        "#",
        "✅",
    ]
    alphabet += ["x", "?", "—", "<b>", "<p>", "<strong>", *words]
    rng = random.Random(26)
    for _ in range(4000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        a, b = slow.search(line), fast.search(line)
        assert (a and (a.group(0), a.groupdict())) == (b and (b.group(0), b.groupdict())), line
    for line in ("Answer " + " " * 5000, "1. " + " " * 5000 + "x", "> " + " \t" * 2500):
        fast.search(line)  # (the plain pattern takes minutes on these)


def test_the_prose_test_of_an_open_fence_says_what_its_pattern_said() -> None:
    """T26-8: the open-fence reader's test for a line of prose, counted instead of matched, agrees with the pattern
    it replaces on random lines, and takes no time on a long line of Hindi."""
    from compiler.sources.open_fences import _prose

    old = re.compile(r"\*\*\S[^*]*\S\*\*|^(?![ \t]*#)[^=;{}<>]*(?:\w+\W+){3,}[^=;{}<>]*[?？][ \t]*$")
    alphabet = [
        "a",
        "bc",
        " ",
        "  ",
        "?",
        "？",
        "=",
        ";",
        "{",
        "<",
        "#",
        "*",
        "**",
        "\t",
        ",",
        "é",
        "क",
        "ि",
        "1",
        "_",
    ]
    rng = random.Random(8)
    for _ in range(20000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert bool(old.search(line)) == _prose(line), line
    assert not _prose("1. " + "क्षत्रियोंकीसंख्या" * 200 + "?x")


def test_a_reader_that_does_not_end_is_stopped_with_the_file_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T26-8: whatever sends a reader into a search without end, the build stops after DECKC_READ_LIMIT seconds
    with the file named and what to do, exit 1, nothing written."""
    from click.testing import CliRunner

    import compiler.read
    from compiler.cli import main

    content = deck_of(
        tmp_path, {"stuck.md": "## What is X?\n\nX.\n"}
    )  # (one file: a slow machine names no other)
    real = compiler.read._read

    def stuck(doc, src, diag, cache):  # type: ignore[no-untyped-def]
        if src.file.endswith("stuck.md"):  # (a search that does not end burns CPU: the limit counts CPU time, T29-15)
            end = time.monotonic() + 60
            while time.monotonic() < end:
                pass
        return real(doc, src, diag, cache)

    monkeypatch.setattr(compiler.read, "_read", stuck)
    monkeypatch.setenv("DECKC_READ_LIMIT", "0.5")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "stuck.md: error: reading this file took more than 0.5 s of CPU and was stopped" in result.output
    assert "rename it #stuck.md" in result.output and "DECKC_READ_LIMIT" in result.output
    assert not out.exists() or not any(out.glob("*.apkg"))


SKELETON = (
    "1. What colour is the sky?\na) red\nb) green\nc) blue\nd) yellow\n\n"
    "2. What colour is grass?\na) green\nb) purple\nc) black\nd) white\n\n"
    "3. What colour is snow?\na) orange\nb) white\nc) brown\nd) pink\n\n"
)


@pytest.mark.parametrize(
    "key",
    [
        "Réponses : 1 → c ; 2 → a ; 3 → b",  # T26-52
        "Answers: 1 -> c, 2 -> a, 3 -> b",
        "Answers: (1) C (2) A (3) B",  # T26-53
        "Answers: 1. blue 2. green 3. white",
        "Answers: c, a, b",  # T26-51
        "Answer key: C A B",
    ],
)
def test_one_line_keys_of_other_shapes(tmp_path: Path, key: str) -> None:
    """T26-51, T26-52, T26-53: arrows between number and letter, numbers in brackets, the options' texts, or the
    letters alone in question order: 0 cards, or (the letters alone) the last question taught 'choose 3'."""
    notes, skipped, _ = built_notes(tmp_path, {"quiz.txt": SKELETON + key + "\n"})
    assert not skipped
    keyed = {n["fields"]["Question"]: plain_text(n["fields"]["Correct"]) for n in notes}
    assert keyed == {
        "What colour is the sky?": "C) blue",
        "What colour is grass?": "A) green",
        "What colour is snow?": "B) white",
    }


def test_letters_alone_under_a_question_that_asks_for_several_are_its_answer(tmp_path: Path) -> None:
    """T26-51: 'Answers: A, C' under the one question of a page that asks to choose two is that question's answer."""
    page = (
        "1. What colour is the sky?\na) red\nb) blue\nAnswer: b\n\n"
        "2. Which are primary colours? Choose two.\na) red\nb) green\nc) blue\nd) white\n\nAnswers: A, C\n"
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.txt": page})
    primary = next(n for n in notes if n["fields"]["Question"].startswith("Which are primary"))
    assert plain_text(primary["fields"]["Correct"]) == "A) red C) blue"


HINDI = (
    "सामान्य ज्ञान – प्रश्नोत्तरी\n\n१. भारत की राजधानी क्या है?\n(क) मुंबई\n(ख) नई दिल्ली\n(ग) कोलकाता\n(घ) चेन्नई\n\n"
    "२. गंगा नदी का उद्गम स्थल कौन-सा है?\n(क) यमुनोत्री\n(ख) गंगोत्री\n(ग) केदारनाथ\n(घ) बद्रीनाथ\n\n"
)


@pytest.mark.parametrize("key", ["उत्तर: १-(ख), २-(ख)", "उत्तर: 1-(ख), 2-(ख)", "उत्तर: १-ख, २-ख"])
def test_a_hindi_one_line_key(tmp_path: Path, key: str) -> None:
    """T26-43: 'उत्तर: १-(ख), २-(ख)' (Hindi 'answer', its vowel sign no letter to Python's \\w) keyed nothing: 0 cards."""
    notes, skipped, _ = built_notes(tmp_path, {"hi.txt": HINDI + key + "\n"})
    assert not skipped
    keyed = {n["fields"]["Question"]: plain_text(n["fields"]["Correct"]) for n in notes}
    assert keyed == {"भारत की राजधानी क्या है?": "(ख) नई दिल्ली", "गंगा नदी का उद्गम स्थल कौन-सा है?": "(ख) गंगोत्री"}


RU_LATIN = (
    "1. Сколько бит в одном байте?\nA) 4\nB) 8\nC) 16\nD) 32\n\n"
    "2. Какое устройство является устройством ввода?\nA) Монитор\nB) Принтер\nC) Клавиатура\nD) Колонки\n\n"
)


@pytest.mark.parametrize("shape", ["one-line key", "a key under each question"])
def test_a_key_typed_on_a_russian_keyboard_keys_latin_options(tmp_path: Path, shape: str) -> None:
    """T26-54: options A)–D) keyed 'Ответы: 1-В, 2-С' with the Cyrillic В and С that look like B and C (typed without
    switching the keyboard): 0 cards, and a message quoting a key that looked right."""
    if shape == "one-line key":
        page = RU_LATIN + "Ответы: 1-\u0412, 2-\u0421"
    else:
        page = RU_LATIN.replace("D) 32\n", "D) 32\nОтвет: \u0412\n").replace(
            "D) Колонки\n", "D) Колонки\nОтвет: \u0421\n"
        )
    notes, skipped, _ = built_notes(tmp_path, {"ru.txt": page + "\n"})
    assert not skipped
    keyed = {n["fields"]["Question"]: plain_text(n["fields"]["Correct"]) for n in notes}
    assert keyed == {
        "Сколько бит в одном байте?": "B) 8",
        "Какое устройство является устройством ввода?": "C) Клавиатура",
    }


def test_cyrillic_options_keep_their_own_letters(tmp_path: Path) -> None:
    """T26-54: under options lettered а) б) в), 'в' in the key is the third option, never a look-alike of B."""
    page = "1. Столица России?\nа) Киев\nб) Минск\nв) Москва\n\n2. Столица Франции?\nа) Париж\nб) Рим\nв) Берлин\n\nОтветы: 1-в, 2-а\n"
    notes, _, _ = built_notes(tmp_path, {"ru.txt": page})
    keyed = {n["fields"]["Question"]: plain_text(n["fields"]["Correct"]) for n in notes}
    assert keyed == {"Столица России?": "в) Москва", "Столица Франции?": "а) Париж"}


def test_a_pdf_of_scanned_pages_says_it_needs_ocr(tmp_path: Path) -> None:
    """T26-47: a PDF whose pages are each one picture (a phone scan) got the layout advice and 'pictures not on the
    cards'; it is said to be a scan with no text, to give a text layer with OCR."""
    from conftest import NEWUSER, typeset_pdf

    work = tmp_path / "typeset"
    work.mkdir()
    (work / "scan.png").write_bytes((NEWUSER / "exam-figure.png").read_bytes())
    pdf = typeset_pdf(
        work / "scan-quiz.pdf",
        '#set page(margin: 0pt)\n#image("scan.png", width: 100%)\n#pagebreak()\n#image("scan.png", width: 100%)\n',
    )
    content = deck_of(tmp_path, {"scan-quiz.pdf": pdf, "notes.md": "## What is a mutex?\n\nA lock.\n"})
    from click.testing import CliRunner

    from compiler.cli import main

    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "scan-quiz.pdf" in line]
    assert len(said) == 1, said
    assert "a PDF with no text in it (2 pages, none with text, 2 pictures: a scanned document)" in said[0]
    assert "ocrmypdf" in said[0] and "layout" not in said[0]


def test_a_toml_date_is_the_deck_date(tmp_path: Path) -> None:
    """T26-42: 'date = 2026-12-03' unquoted (a TOML date, as TOML users write one) was refused, 'Input should be a
    valid string'; it is the date the manifest and the cheat sheet print."""
    import json

    from compiler.build import build

    content = deck_of(tmp_path, {"notes.md": "## What is a mutex?\n\nA lock.\n"})
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\ndate = 2026-12-03\n', encoding="utf-8")
    out = tmp_path / "out"
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    assert json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["deck"]["date"] == "2026-12-03"


def test_an_answer_line_with_an_arrow_keys_its_question(tmp_path: Path) -> None:
    """T26-52 (addendum): 'Answer → C' under a question's options, as the one-line key's '1 → c', keyed nothing."""
    page = SKELETON.replace("d) yellow\n", "d) yellow\nAnswer → C\n").replace(
        "d) white\n", "d) white\nAnswer -> a\n"
    )
    page = page.replace("d) pink\n", "d) pink\nAnswer => b\n")
    notes, skipped, _ = built_notes(tmp_path, {"quiz.txt": page})
    assert not skipped
    keyed = {n["fields"]["Question"]: plain_text(n["fields"]["Correct"]) for n in notes}
    assert keyed == {
        "What colour is the sky?": "C) blue",
        "What colour is grass?": "A) green",
        "What colour is snow?": "B) white",
    }


def test_an_outline_without_notes_is_said_so(tmp_path: Path) -> None:
    """T26-30: a note file of headings only ('# My notes' / '## Chapter 1' / '## Chapter 2') got 'cannot tell this
    document's layout' and a regex table claiming 'no line start repeats'; it is said to be an outline not filled."""
    from click.testing import CliRunner

    from compiler.cli import main

    content = deck_of(
        tmp_path,
        {
            "empty.md": "# My notes\n\n## Chapter 1\n\n## Chapter 2\n",
            "good.md": "## What is a mutex?\n\nA lock.\n",
        },
    )
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "empty.md" in line and "warning" in line]
    assert (
        len(said) == 1 and "its 3 headings have nothing under them (an outline without notes yet)" in said[0]
    )
    assert "layout" not in said[0] and "[source.pattern]" not in result.output


def test_an_unanswered_question_of_a_translated_label_pair_is_said(tmp_path: Path) -> None:
    """Review of this sitting, a new user's Italian page: a last 'D: …?' left without its 'R:' was glued silently
    onto the answer above; it is a question of its own, warned 'question has no answer'."""
    page = (
        "Ripasso di storia\n\nD: In che anno è caduto l'Impero romano d'Occidente?\nR: Nel 476 d.C.\n\n"
        "D: Chi era il primo re d'Italia?\nR: Vittorio Emanuele II.\n\nD: Che cosa fu la spedizione dei Mille?\n"
    )
    notes, _, said = built_notes(tmp_path, {"storia.txt": page})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["Chi era il primo re d'Italia?"] == "Vittorio Emanuele II."
    assert any("storia.txt:9: warning: question has no answer" in line for line in said), said
