"""readers2's fixes of the sixteenth sitting (detection and line-level rewrites)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import deck_of


def _built(tmp_path: Path, files: dict[str, str]) -> tuple[Any, dict[str, Any]]:
    """A deck of these files built to JSON: (the build's result, its manifest)."""
    from compiler.build import build

    content = deck_of(tmp_path, files)
    result = build(content, tmp_path / "out", formats=("json",), now=2_000)
    return result, json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))


_BYLINED = """# Semana 1

## Questões

### Questão 1 — Questão autoral no estilo da banca

Assinale a alternativa incorreta sobre a hierarquia de memória.

A) Registradores ficam no nível mais rápido.
B) O SSD é mais rápido que a cache.
C) A RAM é volátil.
D) A cache guarda dados usados com frequência.

### Questão 2 — Questão autoral no estilo da banca

Considere as assertivas sobre unidades de informação.

I. Um byte tem 8 bits.
II. Com 8 bits há 256 combinações.
III. O maior valor sem sinal com 8 bits é 256.

Está correto apenas o que se afirma em:

A) I e II
B) I e III
C) II e III
D) I, II e III

### Questão 3 — Questão autoral no estilo da banca

Em hexadecimal, o byte 1111 0000 é:

A) FF
B) F0
C) 0F
D) E0

## Gabarito

1. B
2. A
3. B
"""


def test_label_heading_byline_is_no_front(tmp_path: Path) -> None:
    """trial16 T16-9 (severe): '### Questão 1 — Questão autoral no estilo da banca' on every question over a stem
    ending '.' was a Basic note fronted by the heading; the shared byline goes, the stem is the question (a stem of
    statements and a closing line too), each keyed from the key; the byline is no section."""
    from compiler.sources.bylines import drop_bylines

    lines = _BYLINED.split("\n")
    assert drop_bylines(lines)[4] == "### Questão 1"
    assert drop_bylines(["### Question 1 — Memory", "### Question 2 — Bases"]) == [
        "### Question 1 — Memory",
        "### Question 2 — Bases",
    ]
    _, manifest = _built(tmp_path, {"s.md": _BYLINED})
    notes = manifest["notes"]
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 3
    assert notes[0]["fields"]["Question"] == "Assinale a alternativa incorreta sobre a hierarquia de memória."
    assert [n["fields"]["Correct"][:2] for n in notes] == ["B)", "A)", "B)"]
    assert "Considere as assertivas" in notes[1]["fields"]["Question"]
    assert all(
        "autoral" not in n["fields"]["Section"] and "autoral" not in n["fields"]["Question"] for n in notes
    )


_HEADED_KEY = """# Latihan 3

## Bagian A: Pilihan Ganda

### Soal 1
Komponen HDD yang menyimpan data secara magnetik adalah:

A. Controller
B. Platter
C. Spindle
D. Head

---

### Soal 2
Metode pengalamatan linier disebut:

A. FAT
B. CHS
C. LBA
D. GPT

## Bagian B: Uraian

### Soal 1 ⭐
Jelaskan perbedaan HDD dan SSD!

---

### Soal 2 ⭐⭐
Tuliskan perintah untuk menghitung hash sebuah image!

---

## Kunci Jawaban

### Bagian A: Pilihan Ganda

| No | Jawaban | No | Jawaban |
|----|---------|----|---------|
| 1 | B | 2 | C |

### Bagian B: Uraian

#### Jawaban Soal 1 ⭐
HDD memakai piringan magnetik; SSD memakai chip flash.

#### Jawaban Soal 2 ⭐⭐
```bash
sha256sum disk.img
```
"""


def test_essays_answered_by_headings_in_the_key(tmp_path: Path) -> None:
    """trial16 T16-8 (severe): label headings '### Soal N' (multiple choice 1–2, essays 1–2 ⭐) answered in the key by
    a table and headings '#### Jawaban Soal N ⭐' under '### Bagian B: Uraian': the key's headings made every label a
    card's front (multiple choice unkeyed, essays unanswered). Each essay is answered by the heading of its part and
    number; the multiple choice keyed from the table; no card is fronted by a label, none by the key."""
    from compiler.sources.exercise_key import answered_labels

    lines = _HEADED_KEY.split("\n")
    moved = answered_labels(lines)
    assert (
        moved is not None
        and "### Soal 1" in moved[0]
        and not any("Jawaban Soal" in line for line in moved[0])
    )
    _, manifest = _built(tmp_path, {"latihan.md": _HEADED_KEY})
    notes = manifest["notes"]
    kinds = [n["kind"] for n in notes]
    assert kinds == ["multiple_choice", "multiple_choice", "basic", "basic"], kinds
    assert [n["fields"]["Correct"][:2] for n in notes[:2]] == ["B)", "C)"]
    assert notes[2]["fields"]["Question"] == "Jelaskan perbedaan HDD dan SSD!"
    assert "piringan magnetik" in notes[2]["fields"]["Answer"] and "sha256sum" in notes[3]["fields"]["Answer"]
    assert not any("Soal" in n["fields"]["Question"] for n in notes)


_SOLVED = """**PART I: MULTIPLE CHOICE**
**Question 1:** The third term of 3, 6, 9, … is
**A.** 9. **B.** 12. **C.** 3. **D.** 6.
**Question 2:** The oblique asymptote is
**A.** $y=x$. **B.** $y=2x$. **C.** $y=-x-1$. **D.** $y=1$.
**PART II: TRUE OR FALSE**
**Question 1:** Let $f(x)=x^2$.
a) $f$ is even
b) $f(1)=2$
**PART III: SHORT ANSWERS**
**Question 1:** Compute $2+5$.
**Question 2:** Compute $3 \\cdot 4$.
**WORKED SOLUTIONS**
**PART I: MULTIPLE CHOICE**
**Question 1:** The third term of 3, 6, 9, … is
[**A.** 9.]{.mark} **B.** 12. **C.** 3. **D.** 6.
**Method:** add the common difference.
**Question 2:** The oblique asymptote is
**A.** $y=x$. **B.** $y=2x$. [**[C]{.underline}.** $y=-x-1$.]{.mark} **D.** $y=1$.
It passes through $(-1;0)$.
**PART II: TRUE OR FALSE**
**Question** | 1
**Answer** | TF
**Question 1:** Let $f(x)=x^2$.
a) $f$ is even
b) $f(1)=2$
**PART III: SHORT ANSWERS**
**Question** | 1 | 2
**Answer** | 7 | 12
**Question 1:** Compute $2+5$.
So the sum is 7.
**Question 2:** Compute $3 \\cdot 4$.
So the product is 12.
"""


def test_exam_keyed_by_its_worked_solutions(tmp_path: Path) -> None:
    """trial16 T16-23 (severe): a pandoc-converted exam ('**Câu 1:** …' / '**A.** 9. **B.** -16. …' options on a
    line, parts restarting their numbers) followed by worked solutions copying each question with its key highlighted
    ('[**A.** 9.]{.mark}', '[**[C]{.underline}.** …]{.mark}') and key rows ('**Câu** | 1' / '**Đáp án** | SĐSĐ'):
    each MC was a Basic card teaching its option line, made twice. Now: MC keyed by the highlight, the solution its
    explanation; statements a)–b) keyed by the verdict string a card each; short answers keyed by the rows; written
    with or without blank lines between the paragraphs."""
    for text in (_SOLVED, _SOLVED.replace("\n", "\n\n")):
        _, manifest = _built(tmp_path / str(len(text)), {"exam.md": text})
        notes = manifest["notes"]
        assert [n["kind"] for n in notes] == ["multiple_choice"] * 2 + ["basic"] * 4, [
            n["fields"]["Question"] for n in notes
        ]
        assert [n["fields"]["Correct"][:2] for n in notes[:2]] == ["A)", "C)"]
        assert "common difference" in notes[0]["fields"]["Explanation"]
        assert (
            notes[2]["fields"]["Answer"] == "<p>True</p>" and notes[3]["fields"]["Answer"] == "<p>False</p>"
        )
        assert (
            notes[4]["fields"]["Answer"].startswith("<p>7</p>")
            and "product is 12" in notes[5]["fields"]["Answer"]
        )
        assert not any("{.mark}" in n["fields"]["Question"] for n in notes)


_EXAM = """# Networking exam

1. Which port does HTTPS use?
   A. 80
   B. 443
   C. 22

2. Which protocol resolves names?
   A. DNS
   B. ARP
"""


def test_a_key_file_beside_its_exam_keys_it(tmp_path: Path) -> None:
    """trial16 T16-45 (rest): an unlisted 'answers.md' of '# Answer key' / '1. B' / '2. A' beside 'exam.md' (names
    that do not pair) was a junk card 'Answer key' / 'B A'. A file that is only a key keys the one file of its folder
    whose numbered questions it numbers, and says so; alone, it gives no card and names key_file."""
    key = "# Answer key\n\n1. B\n2. A\n"
    result, manifest = _built(tmp_path / "both", {"exam.md": _EXAM, "answers-file.md": key})
    assert [(n["kind"], n["fields"]["Correct"]) for n in manifest["notes"]] == [
        ("multiple_choice", "B) 443"),
        ("multiple_choice", "A) DNS"),
    ]
    said = [d.message for d in result.summary.warnings if d.file.endswith("answers-file.md")]
    assert said and "read as the answer key of sources/exam.md" in said[0]
    result, _ = _built(
        tmp_path / "alone", {"notes.md": "## What is DNS?\n\nThe name system.\n", "answers-file.md": key}
    )
    said = [(d.message, d.hint) for d in result.summary.warnings if d.file.endswith("answers-file.md")]
    assert said and "no card" in said[0][0] and 'key_file = "sources/answers-file.md"' in (said[0][1] or "")


def test_one_emoji_on_a_closing_line_is_no_difficulty_scheme(tmp_path: Path) -> None:
    """trial15 T15-71 (low): the table printed to paste guessed labels {'🚀' = 'hard'} from the page's one sign-off
    line 'Good luck! 🚀'. One emoji on one item is no set of levels: difficulty fixed medium."""
    page = "## What is a PR?\n\nA pull request.\n\n## What is a diff?\n\nThe changes.\n\n**Good luck! 🚀**\n"
    result, _ = _built(tmp_path, {"defense.md": page})
    said = [d for d in result.summary.warnings if "not listed" in d.message]
    assert said and "🚀" not in (said[0].snippet or "") and 'from = "fixed"' in (said[0].snippet or "")


def test_one_letter_labels_of_other_languages(tmp_path: Path) -> None:
    """trial15 T15-38 (medium): '#### V: Wat is X?' / 'A: …' (nl), 'F:'/'A:' (de), 'P:'/'R:' (es), 'D:'/'R:' (it),
    'В:'/'О:' (ru) kept their labels on the fronts (and R:/О: on the backs); only Q:/A: were labels. A page's own
    known pair, each question answered right under it, is read as Q:/A:. A two-speaker dialogue is left alone."""
    from compiler.sources.letter_pairs import letter_pairs

    assert letter_pairs(["A: Hallo?", "B: Hi.", "A: Wie geht's?", "B: Gut."]) == [
        "A: Hallo?",
        "B: Hi.",
        "A: Wie geht's?",
        "B: Gut.",
    ]
    files = {
        "nl.md": "# FAQ\n\n#### V: Wat is X?\n\nA: Een ding.\n\n#### V: Wat is Y?\n\nA: Nog een.\n",
        "es.md": "# FAQ\n\n#### P: ¿Qué es X?\n\nR: Es una cosa.\n\n#### P: ¿Qué es Y?\n\nR: Otra cosa.\n",
        "ru.md": "# FAQ\n\n#### В: Что такое X?\n\nО: Вещь.\n\n#### В: Что такое Y?\n\nО: Другая вещь.\n",
    }
    _, manifest = _built(tmp_path, files)
    cards = sorted((n["fields"]["Question"], n["fields"]["Answer"]) for n in manifest["notes"])
    assert ("Wat is X?", "<p>Een ding.</p>") in cards and ("¿Qué es Y?", "<p>Otra cosa.</p>") in cards
    assert ("Что такое X?", "<p>Вещь.</p>") in cards and len(cards) == 6


def test_answer_words_sample_answer_and_korean(tmp_path: Path) -> None:
    """trial16 T16-34 rest (readers' route) and trial15 T15-38 addendum: 'Odpowiedź przykładowa:' (Polish, 'sample
    answer') and '대답:' (Korean) are answer labels: no label on the back."""
    from compiler.sources.lines import has_answer_label

    assert has_answer_label("Odpowiedź przykładowa: trzy") and has_answer_label("Przykładowa odpowiedź: trzy")
    assert has_answer_label("대답: 네")


def test_labelled_parts_of_a_one_card_answer(tmp_path: Path) -> None:
    """trial15 T15-52 (medium): a one-card note '**问：**' / question / '**答：**' / answer, then '**例 / 类比：**' and
    '**易错：**' over lists: the example and the pitfalls were 'text outside any question'. On a page of one labelled
    question and answer, the labelled parts after the answer are part of it."""
    page = (
        "# Activity 生命周期\n\n**问：**\nActivity 生命周期主路径是哪几段？\n\n**答：**\n主路径 6 段。\n\n"
        "**例 / 类比：**\n- 冷启动：Create → Start → Resume\n\n**易错：**\n- 以为 A 立刻 Destroy。\n"
    )
    result, manifest = _built(tmp_path, {"card.md": page})
    assert len(manifest["notes"]) == 1
    answer = manifest["notes"][0]["fields"]["Answer"]
    assert (
        "主路径 6 段" in answer
        and "冷启动" in answer
        and "<strong>易错</strong>" in answer
        and "立刻 Destroy" in answer
    )
    assert not any("outside any question" in d.message for d in result.summary.warnings)


def test_chinese_item_numbers_and_option_marks(tmp_path: Path) -> None:
    """trial17 T17-10 (severe): a Chaoxing quiz export '1．【单选题】TCP 提供的是哪一种服务？（ ）' / 'A、无连接的…' was read
    as an article (English fronts 'What is D、21?'); with '1.' only the first question had options. '1．' / '1、' are item
    numbers, 'A、' options, the '【单选题】' type tag no front text."""
    from compiler.sources.lines import space_numbers

    assert space_numbers("1．【单选题】甲？\nA、x\nB、y\n2、乙？\nA、z\nB、w\n").split("\n")[:3] == [
        "1. 甲？",
        "A. x",
        "B. y",
    ]
    assert space_numbers("她说：A、B两项都对。\n") == "她说：A、B两项都对。\n"
    item = "{n}．【单选题】{q}（ ）\nA、{a}\nB、{b}\nC、{c}\n正确答案：B\n\n"
    page = "一．单选题\n\n" + item.format(
        n=1, q="TCP 提供的是哪一种服务？", a="无连接", b="面向连接", c="广播"
    )
    page += item.format(n=2, q="HTTPS 默认使用的端口号是", a="80", b="443", c="21")
    _, manifest = _built(tmp_path, {"quiz.txt": page})
    notes = manifest["notes"]
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 2
    assert notes[0]["fields"]["Question"].startswith("TCP 提供") and notes[1]["fields"]["Correct"] == "B) 443"


_JOPLIN_META = (
    "id: 3fdd8dfa20cb489a915b8bc14e62ddff\nparent_id: 518c6219f58b4b0d9ea60f9d47a31fb2\ncreated_time: 2020-02-21T14:11:07.675Z\n"
    "updated_time: 2020-02-22T02:20:00.579Z\nis_conflict: 0\nauthor: \nsource_application: net.cozic.joplin-desktop\n"
    "markup_language: 1\ntype_: {kind}\n"
)


def test_joplin_raw_export(tmp_path: Path) -> None:
    """trial17 T17-2 (high): a Joplin RAW export's note (title line, body, then its 'id: …' … 'type_: 1' metadata) had
    the metadata on the last card's back, its notebook file (metadata only, 'type_: 2') 8 junk cards 'id' -> hex. The
    metadata is no text, the title the page's heading; a notebook is not read, and said so."""
    note = "Networking\n\n## What does TCP guarantee?\n\nOrdered delivery.\n\n## What is a subnet mask for?\n\nIt splits an address.\n\n"
    files = {
        "3fdd8dfa20cb489a915b8bc14e62ddff.md": note + _JOPLIN_META.format(kind=1),
        "518c6219f58b4b0d9ea60f9d47a31fb2.md": "Interview prep\n\n"
        + _JOPLIN_META.format(kind=2).replace("3fdd8dfa", "518c6219"),
    }
    result, manifest = _built(tmp_path, files)
    assert [(n["fields"]["Question"], n["fields"]["Answer"]) for n in manifest["notes"]] == [
        ("What does TCP guarantee?", "<p>Ordered delivery.</p>"),
        ("What is a subnet mask for?", "<p>It splits an address.</p>"),
    ]
    assert any("not read: a Joplin item of type 2" in d.message for d in result.summary.warnings)


def test_options_on_one_line_without_spaces(tmp_path: Path) -> None:
    """trial17 T17-16 (severe): 'A.HTTP B.TCP C.IP D.DNS' under a question, keyed '答案：C' / 'Answer: C', was a Basic
    card teaching the option line ('Also accepted: C'); with a space after each dot it was right. A line of three or
    more options in order A, B, C … is the options, space or none; 'U.S.A.' or 'A.B. Smith' is no such line."""
    from compiler.sources.lines import space_numbers

    assert (
        space_numbers("1. Q?\nA.HTTP B.TCP C.IP D.DNS\n").split("\n")[1] == "A. HTTP  B. TCP  C. IP  D. DNS"
    )
    assert space_numbers("A.B. Smith wrote it.\nA.B C.D\n") == "A.B. Smith wrote it.\nA.B C.D\n"
    page = "# Quiz\n\n1. 下列哪个协议工作在网络层？\nA.HTTP B.TCP C.IP D.DNS\n答案：C\n\n2. Which protocol resolves MAC addresses?\nA.DNS B.DHCP C.ARP D.ICMP\nAnswer: C\n"
    _, manifest = _built(tmp_path, {"quiz.md": page})
    assert [(n["kind"], n["fields"]["Correct"]) for n in manifest["notes"]] == [
        ("multiple_choice", "C) IP"),
        ("multiple_choice", "C) ARP"),
    ]


def test_unanswered_questions_keep_their_follow_ups(tmp_path: Path) -> None:
    """trial16 T16-31 (high): an interviewer's numbered questions without answers, some with a follow-up on the same
    line ('…you have done?  It can even be something very simple.', '…before?  Explain.  We do it, …?'), had the
    follow-up as the answer; parts titled 'Lone Wolf' and numbered from 1 again were the answer of the item above.
    In a list nobody answers, the follow-up is the question's, the titles are sections: no card, said so. A page of
    same-line answers ('What is DNS? Domain Name System') is still read."""
    page = (
        "Interview questions\n\n1. Can you give me examples of functional programming?  It can even be something very simple.\n"
        "2. Have you done paired programming before?  Explain.  We do it, so would you be comfortable?\n"
        "3. What are some strong software opinions you have?\n\nLone Wolf\n\n1. How do you deal with conflict?\n"
        "2. Do you like working alone?\n"
    )
    result, manifest = _built(tmp_path / "list", {"q.md": page, "ok.md": "## What is X?\n\nY.\n"})
    assert len(manifest["notes"]) == 1 and len(manifest["skipped"]) == 5
    assert any("none of its 5 questions has an answer" in d.message for d in result.summary.warnings)
    answered = "# Terms\n\n1. What is DNS? Domain Name System.\n2. What is TCP? A transport protocol.\n3. What is IP? The internet protocol.\n"
    _, manifest = _built(tmp_path / "answered", {"t.md": answered})
    assert [n["fields"]["Answer"] for n in manifest["notes"]][:1] == ["<p>Domain Name System.</p>"]


def test_bold_lead_entries_and_nested_labels_are_detected(tmp_path: Path) -> None:
    """trial16 T16-47 (readers' route): a loose list '- **Define management plane:** protocols, …' was 'a list of 4
    questions and no answers' (the bold lead answered on its line); T16-40: '1. **Array shape:**' / '   * **Question:**
    …' / '   * **Answer:**' was detected as 'it asks no question'. Both are Markdown pages of cards."""
    loose = "### Network\n\n- **Define management plane:** protocols an admin uses\n\n- **Define control plane:** protocols devices use\n\n- **Best way to block traffic:** access lists\n"
    nested = (
        "### Questions:\n\n1. **Array shape:**\n\n   * **Question:** Create a 3x3 array.\n   * **Answer:** `np.arange(9).reshape(3, 3)`\n\n"
        "2. **Arithmetic:**\n\n   * **Question:** Add two arrays.\n   * **Answer:** `a + b`\n"
    )
    result, manifest = _built(tmp_path, {"loose.md": loose, "nested.md": nested})
    cards = {n["fields"]["Question"] for n in manifest["notes"]}
    assert "Define management plane" in cards and len(manifest["notes"]) == 5, cards
    said = [d.message for d in result.summary.warnings if "nested.md" in d.file]
    assert said and "asks no question" not in said[0]


def test_bbcode_forum_quiz(tmp_path: Path) -> None:
    """trial17 T17-30 (high): a forum quiz in BBCode ('[b]1. What does TCP guarantee?[/b]' / '[spoiler]Ordered …
    [/spoiler]', '[spoiler=Answer]… [i]IP addresses[/i].[/spoiler]') stopped the build 'cannot tell this document's
    layout'. BBCode is read as markup: bold the question, the spoiler its answer."""
    from compiler.sources.bbcode import bbcode

    assert bbcode(["just [brackets] here", "[x]"]) == ["just [brackets] here", "[x]"]
    post = (
        "[size=150][b]Networking quiz[/b][/size]\n\n[b]1. What does TCP guarantee?[/b]\n[spoiler]Ordered delivery.[/spoiler]\n\n"
        "[b]2. What does DNS resolve?[/b]\n[spoiler=Answer]Host names to [i]IP addresses[/i].[/spoiler]\n"
    )
    _, manifest = _built(tmp_path, {"forum-quiz.txt": post})
    assert [(n["fields"]["Question"], n["fields"]["Answer"]) for n in manifest["notes"]] == [
        ("What does TCP guarantee?", "<p>Ordered delivery.</p>"),
        ("What does DNS resolve?", "<p>Host names to <em>IP addresses</em>.</p>"),
    ]


def test_a_sheet_saved_as_tab_separated_text(tmp_path: Path) -> None:
    """trial17 T17-40 (severe): Excel's "Text (Tab delimited)" '.txt' of 'Front<TAB>Back<TAB>Notes<TAB>Tags' rows with an
    empty cell (two tabs in a row) stopped the build 'cannot tell this document's layout'. Every line of the same
    number of tab cells, three at least: a sheet, read as its '.tsv' is."""
    sheet = "Front\tBack\tNotes\tTags\nWhat does TCP guarantee?\tOrdered delivery\t\tnetworking\nHTTPS port\t443\t\tnetworking\n"
    _, manifest = _built(tmp_path, {"cards.txt": sheet})
    assert [(n["fields"]["Question"], n["fields"]["Answer"]) for n in manifest["notes"]] == [
        ("What does TCP guarantee?", "<p>Ordered delivery</p>"),
        ("HTTPS port", "<p>443</p>"),
    ]
