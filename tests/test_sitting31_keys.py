"""Thirty-first sitting, answer keys: tests in parts and books in chapters, each numbering its questions from 1 again and
keyed part by part (at the end, or after each part). Fixtures written here in the shapes the findings named (no
third-party text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ankiutil import import_apkg, notes, open_collection
from conftest import built_notes, deck_of, note_back, note_front, plain_text

from compiler.build import build
from compiler.sources.compact_keys import part_keys

# --- T30-2: a test in parts, each numbered from 1 again, one key per part ------------------------------------------------


def _mc(number: int, question: str, options: list[str], style: str = "a)") -> str:
    """A numbered question over its options lettered as ``style`` shows ('a)', 'A.', '   a)')."""
    letters = "abcd" if style.strip()[0].islower() else "ABCD"
    indent = style[: len(style) - len(style.lstrip())]
    mark = style.strip()[1:]
    return f"{number}. {question}\n" + "".join(f"{indent}{letter}{mark} {text}\n" for letter, text in zip(letters, options, strict=False))


_EUROPA = [
    ("Was ist die Hauptstadt von Frankreich?", ["Lyon", "Paris", "Marseille", "Nizza"]),
    ("Welcher Fluss fließt durch Wien?", ["Rhein", "Elbe", "Donau", "Oder"]),
]
_WELT = [
    ("Welcher ist der längste Fluss der Welt?", ["Amazonas", "Mississippi", "Jangtse", "Nil"]),
    ("Auf welchem Kontinent liegt Kenia?", ["Asien", "Afrika", "Südamerika", "Australien"]),
]


def _part(title: str, questions: list[tuple[str, list[str]]], style: str = "a)") -> str:
    return f"{title}\n\n" + "\n".join(_mc(n, q, o, style) for n, (q, o) in enumerate(questions, 1)) + "\n"


_PARTS = {
    # the keys at the end, each on its part's line ('Teil A: 1-b, 2-c'): the part's name was taken off, one key of 4
    "teile-am-ende.txt": "Klassenarbeit Erdkunde\n\n"
    + _part("Teil A – Europa", _EUROPA)
    + _part("Teil B – Welt", _WELT)
    + "Lösungen\n\nTeil A: 1-b, 2-c\nTeil B: 1-d, 2-b\n",
    # a key after each part, its heading naming the part after the key word ('Lösungen Teil A'): no key at all
    "teile-danach.txt": "Klassenarbeit Erdkunde\n\n"
    + _part("Teil A", _EUROPA)
    + "Lösungen Teil A\n1-b, 2-c\n\n"
    + _part("Teil B", _WELT)
    + "Lösungen Teil B\n1-d, 2-b\n",
    # the parts numbered in Roman numerals before each key line ('I. 1. B   2. C')
    "parti.txt": "VERIFICA\n\n"
    + _part("PARTE I", _EUROPA, "A.")
    + _part("PARTE II", _WELT, "A.")
    + "SOLUZIONI\nI. 1. B   2. C\nII. 1. D   2. B\n",
    # Markdown, the part names bold ('**Teil A :**'), a space before the colon as French writes it
    "teile.md": "# Klassenarbeit\n\n"
    + _part("## Teil A : Europa", _EUROPA, "   a)")
    + _part("## Teil B : Welt", _WELT, "   a)")
    + "## Lösungen\n\n**Teil A :** 1-b ; 2-c\n\n**Teil B :** 1-d ; 2-b\n",
    # Polish parts ('Część I'), the first one right under the title
    "czesci.txt": "Sprawdzian\n\n"
    + _part("Część I", _EUROPA, "A.")
    + _part("Część II", _WELT, "A.")
    + "Odpowiedzi\n\nCzęść I: 1 B, 2 C\nCzęść II: 1 D, 2 B\n",
}
_PARTS_KEYED = [
    ("Was ist die Hauptstadt von Frankreich?", "Paris"),
    ("Welcher Fluss fließt durch Wien?", "Donau"),
    ("Welcher ist der längste Fluss der Welt?", "Nil"),
    ("Auf welchem Kontinent liegt Kenia?", "Afrika"),
]


@pytest.mark.parametrize("name", sorted(_PARTS))
def test_each_parts_key_keys_its_own_part(tmp_path: Path, name: str) -> None:
    """T30-2 (severe): a test in parts ('Teil A', 'PARTE II', 'Część I'), each numbered from 1 again, keyed part by part
    at the end or after each part: the parts' names were taken off the key lines (one key of 1, 2, 1, 2), a key heading
    naming its part after the key word ('Lösungen Teil A') was no key: every question 'none marked correct', or part B
    keyed by part A. Each part's key keys its own part's questions, each card at its own line."""
    notes_, _, said = built_notes(tmp_path, {name: _PARTS[name]})
    assert [(note_front(n), note_back(n).split(" ", 1)[1]) for n in notes_] == _PARTS_KEYED, said
    assert not [s for s in said if "none marked correct" in s or "no answer" in s], said
    lines = [n["items"][0]["line"] for n in notes_]
    assert len(set(lines)) == 4 and lines == sorted(lines)
    sections = [n["fields"]["Section"] for n in notes_]
    assert sections[0] == sections[1] != sections[2] == sections[3], sections
    assert ("A" in sections[0] or "I" in sections[0]) and ("B" in sections[2] or "II" in sections[2]), sections


def test_a_part_heading_after_its_key_heads_the_next_part(tmp_path: Path) -> None:
    """T30-2: 'Teil B' right after part A's key is the section of the questions under it, never part A's."""
    notes_, _, said = built_notes(tmp_path, {"t.txt": _PARTS["teile-danach.txt"]})
    assert [n["fields"]["Section"] for n in notes_] == ["Klassenarbeit Erdkunde › Teil A"] * 2 + ["Klassenarbeit Erdkunde › Teil B"] * 2, said  # (the title before a part: trial40 T40-8)


def test_a_key_group_for_no_part_keys_nothing(tmp_path: Path) -> None:
    """T30-2: a key whose groups name a part no question is in ('Teil C') never keys another part's questions by
    number: part B's questions are said at their lines, part A's keyed by its own group."""
    page = _PARTS["teile-am-ende.txt"].replace("Teil B: 1-d, 2-b", "Teil C: 1-d, 2-b")
    notes_, _, said = built_notes(tmp_path, {"t.txt": page})
    assert [(note_front(n), note_back(n).split(" ", 1)[1]) for n in notes_] == _PARTS_KEYED[:2], said
    assert any(":25: warning: 4 options and none marked correct" in s for s in said), said


def test_part_keys_keep_the_part_when_the_numbers_start_again() -> None:
    """T30-2: the part before a key line is taken off when the entries number on across the parts (T26-3's 'I. 1. b' /
    'II. 4. …', one key), kept as the group's name when each part numbers from 1 again."""
    on = ["KUNCI JAWABAN", "I. 1. b   2. a", "II. 3. padat"]
    assert part_keys(on) == ["KUNCI JAWABAN", "1. b   2. a", "3. padat"]
    again = ["Answers", "Part A – 1. b   2. a", "**Part B:** 1. c"]
    assert part_keys(again) == ["Answers", "Part A: 1. b   2. a", "Part B: 1. c"]


def test_parts_keyed_at_the_end_in_anki(tmp_path: Path) -> None:
    """T30-2: the deck as Anki imports it: four multiple-choice notes, part B's first question keyed 'Nil' (part B's
    entry 1), never 'Paris' (part A's)."""
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, {"teile.txt": _PARTS["teile-am-ende.txt"]}), out, formats=("apkg",), now=1_000)
    assert result.compiled is not None
    col = open_collection(tmp_path / "anki")
    try:
        assert import_apkg(col, next(out.glob("*.apkg"))).new == 4
        landed = {plain_text(n["fields"]["Question"]): plain_text(n["fields"]["Correct"]) for n in notes(col).values()}
    finally:
        col.close()
    assert landed["Welcher ist der längste Fluss der Welt?"].endswith("Nil")
    assert landed["Was ist die Hauptstadt von Frankreich?"].endswith("Paris")


# --- T30-10: self-tests at the end of each chapter, keyed in one answer section at the end of the book -------------------

_CELL = [
    ("Qual organela realiza a fotossíntese?", ["Mitocôndria", "Cloroplasto", "Ribossomo", "Lisossomo"]),
    ("Onde fica o DNA nas células eucarióticas?", ["No núcleo", "Nos ribossomos", "No complexo golgiense", "Nos vacúolos"]),
]
_DIVISION = [
    ("Quantas células resultam da mitose?", ["1", "2", "4", "8"]),
    ("Em que fase os cromossomos se alinham no equador?", ["Prófase", "Metáfase", "Anáfase", "Telófase"]),
    ("Qual fase encerra a mitose?", ["Prófase", "Metáfase", "Anáfase", "Telófase"]),
]


def _chapter(title: str, prose: str, test: str, questions: list[tuple[str, list[str]]], style: str = "a)") -> str:
    return f"{title}\n\n{prose}\n\n" + _part(test, questions, style)


_BOOKS = {
    # plain text, a 'Exercícios de fixação' title over each chapter's questions (it was chapter 2's section), the key
    # 'GABARITO' / 'Capítulo 1: 1-b 2-a'
    "apostila.txt": "BIOLOGIA CELULAR\n\n"
    + _chapter("Capítulo 1 - A célula", "A célula é a unidade básica da vida.", "Exercícios de fixação", _CELL)
    + _chapter("Capítulo 2 - Divisão celular", "A mitose produz duas células iguais.", "Exercícios de fixação", _DIVISION)
    + "GABARITO\n\nCapítulo 1: 1-b 2-a\nCapítulo 2: 1-b 2-b 3-d\n",
    # Markdown, a chapter without a self-test between them, a table per chapter under a bold label ('**Capítulo 3**')
    "livro.md": "# Biologia celular\n\n"
    + _chapter("## Capítulo 1: A célula", "A célula é a unidade básica da vida.", "### Autoavaliação", _CELL, "   a)")
    + "## Capítulo 2: História\n\nHooke viu as primeiras células em 1665.\n\n"
    + _chapter("## Capítulo 3: Divisão", "A mitose produz duas células iguais.", "### Autoavaliação", _DIVISION, "   a)")
    + "## Respostas das autoavaliações\n\n**Capítulo 1**\n\n| Nº | Resposta |\n|---|---|\n| 1 | b |\n| 2 | a |\n\n"
    + "**Capítulo 3**\n\n| Nº | Resposta |\n|---|---|\n| 1 | b |\n| 2 | b |\n| 3 | d |\n",
    # the key's chapters in another order than the book's, each a line of its own over its entries
    "apostila-ordem.txt": "BIOLOGIA CELULAR\n\n"
    + _chapter("Capítulo 1 - A célula", "A célula é a unidade básica da vida.", "Exercícios", _CELL, "A.")
    + _chapter("Capítulo 2 - Divisão celular", "A mitose produz duas células iguais.", "Exercícios", _DIVISION, "A.")
    + "Respostas\n\nCapítulo 2\n1. B\n2. B\n3. D\n\nCapítulo 1\n1. B\n2. A\n",
}
_BOOKS_KEYED = [
    ("Qual organela realiza a fotossíntese?", "Cloroplasto"),
    ("Onde fica o DNA nas células eucarióticas?", "No núcleo"),
    ("Quantas células resultam da mitose?", "2"),
    ("Em que fase os cromossomos se alinham no equador?", "Metáfase"),
    ("Qual fase encerra a mitose?", "Telófase"),
]


@pytest.mark.parametrize("name", sorted(_BOOKS))
def test_a_books_self_tests_keyed_by_chapter_and_number(tmp_path: Path, name: str) -> None:
    """T30-10 (severe): a book's self-test questions at the end of each chapter, keyed in one answer section at its end
    organised by chapter ('Capítulo 1: 1-b 2-a', a table per chapter under '**Capítulo 3**', the chapters in another
    order): chapter 2's questions were left unkeyed ('none marked correct') when a title over them hid the chapter, a
    bold chapter label over a table was glued onto the entry above. Each entry keys the question of its chapter and
    number."""
    notes_, _, said = built_notes(tmp_path, {name: _BOOKS[name]})
    assert [(note_front(n), note_back(n).split(" ", 1)[1]) for n in notes_] == _BOOKS_KEYED, said
    assert not [s for s in said if "none marked correct" in s or "no answer" in s], said
    assert all("Capítulo" not in plain_text(n["fields"].get("Explanation", "")) for n in notes_), said


# --- T30-10 in Markdown: questions under '### Question N' headings per chapter, the key's chapters as sub-headings -------

_SUMS = [
    ("Chapter 1: Small sums", [("What is 2 + 3?", ["6", "5", "4", "7"], "B"), ("What is 4 + 5?", ["9", "10", "8", "11"], "A")]),
    (
        "Chapter 2: Bigger sums",
        [
            ("What is 7 + 8?", ["16", "14", "17", "15"], "D"),
            ("What is 9 + 9?", ["19", "18", "17", "20"], "B"),
            ("What is 3 + 3?", ["6", "7", "5", "8"], "A"),
        ],
    ),
]


def _course(key: str) -> str:
    """A course page: each chapter's questions under '### Question N' headings numbered from 1 again, then ``key``."""
    out = "# Arithmetic Course\n\n"
    for title, questions in _SUMS:
        out += f"## {title}\n\n"
        for n, (question, options, _) in enumerate(questions, 1):
            out += f"### Question {n}\n\n{question}\n\n" + "".join(f"- {letter}) {o}\n" for letter, o in zip("ABCD", options, strict=True)) + "\n"
    return out + key


def _chapter_key(shape: str) -> str:
    keys = [[k for _, _, k in questions] for _, questions in _SUMS]
    if shape == "headings":
        return "## Answer Key\n\n" + "\n".join(
            f"### Chapter {c}\n\n" + "\n".join(f"{n}. {k}" for n, k in enumerate(ks, 1)) + "\n" for c, ks in enumerate(keys, 1)
        )
    return "## Answer Key\n\n" + "\n".join(f"**Chapter {c}:** " + ", ".join(f"{n}-{k}" for n, k in enumerate(ks, 1)) + "\n" for c, ks in enumerate(keys, 1))


@pytest.mark.parametrize("shape", ["headings", "lines"])
def test_a_markdown_course_keyed_by_chapter(tmp_path: Path, shape: str) -> None:
    """T30-10 (severe): a Markdown course whose chapters number their '### Question N' from 1 again, keyed under '##
    Answer Key' by chapter ('### Chapter 1' / '1. B', or '**Chapter 1:** 1-B, 2-A'): the key was read by number alone,
    chapter 2's entries overwriting chapter 1's, and chapter 1's questions were taught chapter 2's options (or no key
    was read: basic cards of the bare options, the key glued on the last one). Each entry keys its chapter's question."""
    notes_, _, said = built_notes(tmp_path, {"course.md": _course(_chapter_key(shape))})
    want = [(q, dict(zip("ABCD", o, strict=True))[k]) for _, questions in _SUMS for q, o, k in questions]
    assert [n["kind"] for n in notes_] == ["multiple_choice"] * 5, said
    assert [(note_front(n), note_back(n).split(" ", 1)[1]) for n in notes_] == want, said
    assert not any("Answer Key" in plain_text(n["fields"].get("Explanation", "")) for n in notes_)


def test_the_last_parts_key_keeps_its_part_heading(tmp_path: Path) -> None:
    """T30-2: '## Answer Key' / '### Part A' / '1. b' … / '### Part B' / '1. d' …: the page's last block of entries was read
    as a key of its own under a heading of any words, '### Part B' blanked, so part B's entries keyed nothing (every
    question 'none marked correct'). The heading that names a part keeps it."""
    page = (
        "# Test\n\n## Part A: Addition\n\n" + _mc(1, "What is 2 + 3?", ["4", "5", "6", "7"]) + "\n" + _mc(2, "What is 4 + 5?", ["9", "8", "10", "11"])
        + "\n" + _mc(3, "What is 6 + 1?", ["6", "8", "7", "5"])
        + "\n## Part B: More addition\n\n" + _mc(1, "What is 7 + 8?", ["14", "16", "15", "17"]) + "\n"
        + _mc(2, "What is 9 + 9?", ["17", "19", "20", "18"]) + "\n" + _mc(3, "What is 3 + 3?", ["6", "7", "5", "8"])
        + "\n## Answer Key\n\n### Part A\n\n1. b\n2. a\n3. c\n\n### Part B\n\n1. c\n2. d\n3. a\n"
    )  # fmt: skip
    notes_, _, said = built_notes(tmp_path, {"t.md": page})
    assert [note_back(n).split(" ", 1)[1] for n in notes_] == ["5", "9", "7", "15", "18", "6"], said


# --- T31-27: a worksheet's question without parts among questions in parts, keyed at the end -----------------------------

_WORKSHEET = (
    "PHYSICS WORKSHEET 3 – Kinematics\n\n1. A car accelerates uniformly from rest to 20 m/s in 5 s.\n   (a) What is its acceleration?\n"
    "   (b) How far does it travel in that time?\n\n2. What is the SI unit of force?\n\n3. A ball is dropped from a height of 45 m.\n"
    "   (a) How long does it take to reach the ground?\n   (b) What is its speed just before impact?\n\n"
    "4. What is the SI unit of momentum?\n\nANSWERS\n1. (a) 4 m/s²  (b) 50 m\n2. newton\n3. (a) 3 s  (b) 30 m/s\n4. kg·m/s\n"
)


def test_a_question_without_parts_among_keyed_parts(tmp_path: Path) -> None:
    """T31-27 (severe): questions in parts ('(a) …?' / '(b) …?') keyed at the end ('1. (a) 4 m/s²  (b) 50 m'), and among
    them questions without parts keyed by a plain entry ('4. kg·m/s'): question 4 and its key entry were glued onto the
    last part's answer, no card and no warning (a key entry without parts before the others made the whole key unread).
    Each question is a card now, its own key entry its back, at its own line."""
    notes_, _, said = built_notes(tmp_path, {"worksheet.txt": _WORKSHEET})
    fronts = [
        "(a) What is its acceleration?", "(b) How far does it travel in that time?", "What is the SI unit of force?",
        "(a) How long does it take to reach the ground?", "(b) What is its speed just before impact?", "What is the SI unit of momentum?",
    ]  # fmt: skip
    assert [note_back(n) for n in notes_] == ["4 m/s²", "50 m", "newton", "3 s", "30 m/s", "kg·m/s"], said
    assert all(note_front(n).endswith(f) for n, f in zip(notes_, fronts, strict=True)), [note_front(n) for n in notes_]
    assert note_front(notes_[3]).startswith("A ball is dropped from a height of 45 m.")
    assert [n["items"][0]["line"] for n in notes_] == [4, 5, 7, 10, 11, 13]
    assert not [s for s in said if "outside" in s or "no answer" in s], said


def test_a_question_without_parts_and_without_its_key_entry_is_said(tmp_path: Path) -> None:
    """T31-27: a question without parts that the key leaves out is said at its line ('question has no answer'), never
    glued onto the part above it."""
    page = _WORKSHEET.replace("4. kg·m/s\n", "").replace("2. newton\n", "")
    notes_, _, said = built_notes(tmp_path, {"worksheet.txt": page})
    assert [note_back(n) for n in notes_] == ["4 m/s²", "50 m", "3 s", "30 m/s"], said
    assert any("worksheet.txt:7: warning: question has no answer" in s for s in said), said
    assert any("worksheet.txt:13: warning: question has no answer" in s for s in said), said


# --- T31-41: a Chinese paper's key on one line, entries apart by ideographic spaces, or a line per part ('一、1．B') ------

_ZH_PAPER = (
    "初三化学单元测试\n\n一、选择题\n1．空气中含量最多的气体是（　　）\nA．氧气　B．氮气　C．二氧化碳　D．稀有气体\n"
    "2．水的化学式是（　　）\nA．H2O　B．CO2　C．O2　D．NaCl\n\n二、判断题\n3．铁在空气中能剧烈燃烧。（　　）\n\n"
    "三、填空题\n4．地壳中含量最多的元素是________。\n\n参考答案\n"
)
_ZH_KEYS = {"one-line": "1．B　2．A　3．×　4．氧", "per-part": "一、1．B　2．A\n二、3．×\n三、4．氧"}


@pytest.mark.parametrize("shape", sorted(_ZH_KEYS))
def test_a_chinese_key_apart_by_ideographic_spaces(tmp_path: Path, shape: str) -> None:
    """T31-41 (high): a 参考答案 key on one line, its entries apart by U+3000 (`1．B　2．A　3．×　4．氧`), keyed question 1
    only (its answer the rest of the line); a line per part opening with the part's numeral (`一、1．B　2．A`) keyed none.
    Each entry keys its question now: two multiple-choice cards, a true/false and a fill-in, the key on no card."""
    notes_, _, said = built_notes(tmp_path, {"化学.txt": _ZH_PAPER + _ZH_KEYS[shape] + "\n"})
    assert [n["kind"] for n in notes_] == ["multiple_choice", "multiple_choice", "basic", "basic"], said
    backs = [note_back(n).split(" ", 1)[-1] for n in notes_]
    assert backs[:2] == ["氮气", "H2O"] and backs[3] == "氧", said
    assert backs[2] in ("×", "错"), said  # (how a verdict mark is shown is T31-42's)
    assert not [s for s in said if "none marked correct" in s or "no answer" in s], said
