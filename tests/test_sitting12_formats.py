"""Twelfth sitting, formats helper: open severe/high findings of trial12 and learner5."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from ankiutil import import_apkg, open_collection
from conftest import deck_of

from compiler.build import build
from compiler.sheet import cloze_spans
from compiler.sources.answerkey import self_check_key
from compiler.sources.base import Document
from compiler.sources.cloze import deletions

SCOPED_CLOZES = {
    "chapter": 1,
    "cards": [
        {"type": "basic", "front": "What is a statement in C++?", "back": "An instruction."},
        {"type": "cloze", "text": '{{c1::std::cout}} (which stands for "character output") and the {{c2::<<}} operator print.'},
        {"type": "cloze", "text": "{{c1::Code::Blocks}} is a free IDE."},
        {"type": "cloze", "text": "The capital of France is {{c1::Paris::city}}."},
    ],
}


def test_a_scope_operator_inside_a_cloze_deletion_is_answer_not_hint(tmp_path: Path) -> None:
    """learner5 L51 (severe): '{{c1::std::cout}}' went to Anki as it is, and Anki starts a hint at a deletion's
    first '::': the front showed the hint '[cout]', the back taught 'std'; the sheet printed 'std'. A '::' glued
    between names in a C++-like text (or a capitalised name pair, 'Code::Blocks') is the answer's, written
    '&#58;&#58;' in the field; '{{c1::Paris::city}}' keeps its hint."""
    content = deck_of(tmp_path, {"1_1.json": json.dumps(SCOPED_CLOZES)})
    result = build(content, tmp_path / "build", formats=("apkg",), now=1_000)
    assert result.compiled is not None
    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, next((tmp_path / "build").glob("*.apkg")))
        seen = {}
        for cid in col.find_cards("card:1"):
            card = col.get_card(cid)
            question = re.sub(r"<[^>]+>", "", card.question())
            shown = re.search(r'<span class="cloze"[^>]*>(.*?)</span>', card.answer(), re.S)
            if shown is not None:  # (the basic card has none)
                seen[html.unescape(shown.group(1))] = question  # (as the card shows it)
    finally:
        col.close()
    assert set(seen) == {"std::cout", "Code::Blocks", "Paris"}, seen
    assert "[...]" in seen["std::cout"] and "cout]" not in seen["std::cout"]
    assert "[...]" in seen["Code::Blocks"] and "Blocks]" not in seen["Code::Blocks"]
    assert "[city]" in seen["Paris"]  # a hint stays a hint
    shown = cloze_spans(SCOPED_CLOZES["cards"][1]["text"], reveal=True)
    assert [s["v"] for s in shown if s["k"] == "hl"] == ["std::cout", "<<"]
    assert [d[3:] for d in deletions("{{c1::mitochondria::organelle}} and {{c2::1492::year}}")] == [("mitochondria", "organelle"), ("1492", "year")]
    assert [d[3:] for d in deletions("{{c1::Vec::new()}} and {{c2::ActiveRecord::Base}}")] == [("Vec::new()", None), ("ActiveRecord::Base", None)]


SELF_CHECK_TOGGLE = """# Digital timing

## Self-check

1. Explain the difference between propagation delay and contamination delay.
2. Why can a hold violation not be fixed by lowering the clock frequency?
3. What is the difference between blocking and non-blocking assignment?

<details><summary>Answers</summary>

1. Propagation delay is the time until the output settles; contamination delay is the time until it first changes.
2. Hold is about the window around the clock edge, which does not depend on the period.
3. Blocking executes in order; non-blocking assigns all at once.

</details>
"""

SELF_CHECK_HEADING = """# 디지털 타이밍

## 8. 실무 팁

- **FPGA 타이밍 클로저**: WNS < 0이면 합성 실패.
- **리셋 동기화**: 비동기 리셋은 동기 해제.

---

## 9. 자가 점검

1. 전파 지연과 오염 지연의 차이를 설명하라.
2. 홀드 위반을 클록 주파수를 낮춰 해결할 수 없는 이유는?

### 정답

1. 전파 지연: 출력이 안정될 때까지의 시간. 오염 지연: 출력이 처음 바뀌기 시작하는 시간.
2. 홀드 위반은 클록 엣지 주변의 창 문제.

---

## 참고자료

- [MIT 6.004](https://ocw.mit.edu/) — 강의
"""


def _read(tmp_path: Path, files: dict[str, str]) -> list:
    compiled = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return [i for i in compiled.items if not i.skip]


def test_numbered_questions_answered_in_a_key_toggle_or_heading_are_cards(tmp_path: Path) -> None:
    """trial12 U110 (high): a section's numbered self-check questions, then their numbered answers in a
    '<details><summary>Answers</summary>' toggle: no question was read; under a Korean key heading '### 정답' all
    five were one card's front. Each question is a card, the key entry of its number its back, at its own line."""
    items = _read(tmp_path / "a", {"en.md": SELF_CHECK_TOGGLE})
    assert [(i.question, i.answer_plain()[:20], i.locator.line) for i in items] == [
        ("Explain the difference between propagation delay and contamination delay.", "Propagation delay is", 5),
        ("Why can a hold violation not be fixed by lowering the clock frequency?", "Hold is about the wi", 6),
        ("What is the difference between blocking and non-blocking assignment?", "Blocking executes in", 7),
    ]
    items = _read(tmp_path / "b", {"ko.md": SELF_CHECK_HEADING})
    asked = [i for i in items if i.section and i.section[-1] == "9. 자가 점검"]
    assert [(i.question, i.answer_plain()[:6]) for i in asked] == [
        ("전파 지연과 오염 지연의 차이를 설명하라.", "전파 지연:"),
        ("홀드 위반을 클록 주파수를 낮춰 해결할 수 없는 이유는?", "홀드 위반은"),
    ]
    answers = SELF_CHECK_TOGGLE.split("<summary>Answers</summary>")[1]
    letters = SELF_CHECK_TOGGLE.replace(answers, "\n\n1. B\n2. **C** - the window\n3. A\n\n</details>\n")
    assert self_check_key(Document(rel="x.md", text=letters))[1] == {}  # a letter key: the options' (none here)


BACKTICK_KEY = """### Quick quiz

#### **Question 1: What does a constructor return?**
- A) `int`
- B) `void`
- C) a pointer to the class
- D) it has no return type at all

<details>
<summary>👀 <b>Show the correct answer and explanation</b></summary>

> **{label}:** `D) it has no return type at all.`
</details>

#### **Question 2: When does a constructor run?**
- A) when the program ends
- B) as soon as the object is created
- C) only when called by hand
- D) while the header compiles

<details>
<summary>👀 <b>Show the correct answer and explanation</b></summary>

> **{label}:** `B) as soon as the object is created, in memory.`
</details>
"""


def test_a_key_in_a_code_span_and_an_arabic_correct_answer_label(tmp_path: Path) -> None:
    """learner5 L60 (high): '> **الإجابة الصحيحة:** `D) …`' in a toggle: 'none marked correct', both questions lost;
    with 'Correct answer:' the backticked key was still unread (Basic cards, options on the back). A key in a code
    span reads as the key; an answer word with a word qualifying it ('the correct answer') is an answer label; a
    summary 'Show the correct answer and explanation' after an emoji is a label, not explanation text."""
    for n, label in enumerate(("Correct answer", "الإجابة الصحيحة")):
        items = _read(tmp_path / str(n), {"quiz.md": BACKTICK_KEY.replace("{label}", label)})
        assert [i.correct for i in items] == ["D", "B"], [(i.question, i.answer_plain()) for i in items]
        assert "Show the correct answer" not in items[0].answer_plain()


FORMULA_CSV = r"""Front,Back
"$\int x^n\,dx$","$\frac{x^{n+1}}{n+1} + C$ for $n \neq -1$"
"Quotient rule: $\left(\frac{u}{v}\right)'$","$\frac{u'v - uv'}{v^2}$"
"$\lim_{x\to0} \frac{\sin x}{x}$","$1$"
"What does a coffee cost?","$5 and $6 with milk"
"""


def test_dollar_maths_in_csv_cells_is_maths(tmp_path: Path) -> None:
    """learner5 L59 (high): a Front,Back CSV's '$\\frac{u'v - uv'}{v^2}$' reached Anki and the sheet as raw TeX (the
    same text in Markdown or JSON is converted). A cell's $…$ holding TeX is \\(…\\); prices stay as written."""
    items = _read(tmp_path, {"calc.csv": FORMULA_CSV})
    got = {i.question: i.answer_plain() for i in items}
    assert got == {
        r"\(\int x^n\,dx\)": r"\(\frac{x^{n+1}}{n+1} + C\) for \(n \neq -1\)",
        r"Quotient rule: \(\left(\frac{u}{v}\right)'\)": r"\(\frac{u'v - uv'}{v^2}\)",
        r"\(\lim_{x\to0} \frac{\sin x}{x}\)": r"\(1\)",
        "What does a coffee cost?": "$5 and $6 with milk",
    }, got


PROSE_KEYED = """### Which statements about the final modifier are correct? (Choose all that apply.)
* A. Instance and static variables can be marked final.
* B. A variable is effectively final if it is marked final.
* C. A final class cannot be extended.

Instance and static variables can be marked final, making option A correct.
Effectively final means a local variable is not marked final, making option B incorrect.
Option C is correct, as the definition of a final class is that it cannot be extended.

### Which can implement a functional interface?
* A. An anonymous class
* B. A lambda expression
* C. Either of them

Both can. Since both are correct, the answer is option C.

### Which is the odd one out?
* A. Red
* B. Green
* C. Seven

Option A is a close second choice, but colours are colours.
"""


def test_an_explanation_that_names_the_right_option_in_words_keys_it(tmp_path: Path) -> None:
    """trial12 U56 (high): an OCP study guide's '* A. …' options over an explanation saying 'making option A correct',
    'Option D is correct, as …', 'the answer is option F.': 'none marked correct; no card' for 4 of 5 questions. The
    options an explanation names as correct are the key; 'option B incorrect' and 'a close second choice' name none."""
    items = _read(tmp_path, {"review.md": PROSE_KEYED})
    assert [(i.question[:20], i.correct) for i in items] == [
        ("Which statements abo", "A,C"),
        ("Which can implement ", "C"),
    ]


QCON_QUIZ = """# Week 3 quiz

1. Canada Day falls on the first day of July.
    @feedback: Canada Day is always July 1st of every year.

    a. *True
    b. False

2. Which province has the largest population?
    a. Quebec
    b. *Ontario
    c. British Columbia

3. Which Python syntax collects extra keyword arguments?
    a. *args
    b. **kwargs
    c. &args
    Answer: b
"""


def test_a_star_after_the_option_letter_marks_the_right_option(tmp_path: Path) -> None:
    """trial12 U35 (high): BCIT's qcon format marks the right option with a star after its letter ('b. *Ontario') and
    gives '@feedback:' lines: 1 Basic card with the options and '@feedback:' on its back, 2 questions skipped. The
    star marks the option (never code: 'a. *args'); '@feedback:' is the explanation."""
    items = _read(tmp_path, {"quiz.md": QCON_QUIZ})
    assert [(i.question[:25], i.correct, i.answer_plain()) for i in items] == [
        ("Canada Day falls on the f", "A", "Canada Day is always July 1st of every year."),
        ("Which province has the la", "B", ""),
        ("Which Python syntax colle", "B", ""),
    ], [(i.question, i.correct, i.answer_plain()) for i in items]
    assert [c.text for c in items[1].choices] == ["Quebec", "Ontario", "British Columbia"]
    assert items[2].choices[0].text == "*args"


TEXT_KEYED_CSV = """"In Deutschland dürfen Menschen offen etwas gegen die Regierung sagen, weil …",hier Religionsfreiheit gilt.,die Menschen Steuern zahlen.,hier Meinungsfreiheit gilt.,hier Meinungsfreiheit gilt.,none
Welches Recht gehört zu den Grundrechten in Deutschland?,Waffenbesitz,Faustrecht,Meinungsfreiheit,Meinungsfreiheit,none
Wie heißt die deutsche Verfassung?,Volksgesetz,Bundesgesetz,Grundgesetz,Grundgesetz,frage-3.png
"""


def test_a_headerless_row_repeating_one_option_as_its_key(tmp_path: Path) -> None:
    """trial12 U32 (high): the naturalisation test as a header-less CSV 'question,opt1,…,<the right option again>,none':
    Basic cards whose back listed every option, the answer again and 'none'. A row whose later cell repeats one of
    the cells before it is multiple choice, that option right; a last column of 'none' or picture names no text."""
    items = _read(tmp_path, {"bamf.csv": TEXT_KEYED_CSV})
    assert [(i.correct, [c.text for c in i.choices]) for i in items] == [
        ("C", ["hier Religionsfreiheit gilt.", "die Menschen Steuern zahlen.", "hier Meinungsfreiheit gilt."]),
        ("C", ["Waffenbesitz", "Faustrecht", "Meinungsfreiheit"]),
        ("C", ["Volksgesetz", "Bundesgesetz", "Grundgesetz"]),
    ]
    assert not any("none" in i.answer_plain() for i in items)


PLAIN_AND_TICKED = """¿Cuál es el resultado de `len("Python")`?

- 5
- [X] 6
- 7

---

What is the capital of France?

- ❌ Lyon
- ✅ Paris
- ❌ Marseille

---

What does this list hold?

- [x] done: the shopping
- walk the dog
"""


def test_plain_bullets_beside_a_ticked_box_or_emoji_marks_are_options(tmp_path: Path) -> None:
    """trial12 U54 (high): markdown-question-bank's options are plain bullets with the right one '- [X] 6' (and
    '- ✅ Paris' / '- ❌ Lyon' in other banks): a Basic card asking without the options, '5 / ☑ 6 / 7' on its back.
    A list whose ticked items stand among plain ones (or every item ✅/❌) is a question's options."""
    items = _read(tmp_path, {"bank.md": PLAIN_AND_TICKED})
    got = [(i.question, i.correct, [c.text for c in i.choices]) for i in items]
    assert got[:2] == [
        ('¿Cuál es el resultado de `len("Python")`?', "B", ["5", "6", "7"]),
        ("What is the capital of France?", "B", ["Lyon", "Paris", "Marseille"]),
    ], got


SEVERAL_NUMBERED = """# Test

## Multiple Choice

1. Innate immunity includes (Select all correct choices).

    1. Antibodies
    2. **Inflammation**
    3. Cytotoxic T cells
    4. **Acidic environment**
    5. Vaccines

2. Which cell is involved in both humoral and cell-mediated immunity?

    1. B cells
    2. Cytotoxic T cells
    3. **Helper T cells**
"""


def test_numbered_options_with_several_in_bold_under_a_select_all_question(tmp_path: Path) -> None:
    """learner5 L57 (routed by readers2, high): numbered options with several in bold under '(Select all correct
    choices)' were read as an answer's own list: Basic cards listing the options, the bold ones on the back. Under
    a question that asks for several, numbered options with some (not all) marked are a multi-answer quiz."""
    items = _read(tmp_path, {"test.md": SEVERAL_NUMBERED})
    assert [(i.question[:24], i.correct) for i in items] == [("Innate immunity includes", "B,D"), ("Which cell is involved i", "C")]


TWO_A_LINE = """## 巩固训练

1、从 $k$ 到 $k + 1$ 左端需要增乘的代数式为( )

A. ${2k} + 1$ B. $2\\left( {{2k} + 1}\\right)$

C. $\\frac{{2k} + 1}{k + 1}$ D. $\\frac{{2k} + 3}{k + 1}$

【答案】B

2、下列哪个是质数( )

A. 4 B. 6

C. 7 D. 9

【答案】C
"""


def test_options_written_two_a_line_over_several_lines(tmp_path: Path) -> None:
    """trial13 T13-14 (routed by readers2, severe): a Chinese exercise book prints the options two a line ('A. … B. …'
    / 'C. … D. …'): only a first line of three or more was split, so the question was Basic with the options and
    '【答案】B' on its back. Lines that go on from each other's labels are one run of options."""
    items = _read(tmp_path, {"zh.md": TWO_A_LINE})
    assert [(i.correct, len(i.choices)) for i in items] == [("B", 4), ("C", 4)], [(i.question, i.answer_plain()) for i in items]
    assert [c.text for c in items[1].choices] == ["4", "6", "7", "9"]


ALLINONE_TXT = (
    "#separator:tab\n#html:true\n#notetype:AllInOne (kprim, mc, sc)\n#deck:Biochemie\n#tags column:12\n"
    "Welche Aussagen zur Glykolyse sind korrekt?\tGlykolyse\t0\tFindet im Zytosol statt\tBenötigt Sauerstoff\tLiefert netto 2 ATP"
    "\tEndet mit Pyruvat\t\t1 0 1 1\tLehrbuch S. 42\t\tbiochemie\n"
    "Welches Enzym katalysiert den geschwindigkeitsbestimmenden Schritt?\tGlykolyse\t2\tHexokinase\tPhosphofructokinase-1"
    "\tPyruvatkinase\tAldolase\t\t0 1 0 0\t\t\tbiochemie\n"
)
ALLINONE_CSV = (
    "#separator:Comma\n#html:false\n#notetype:AllInOne (kprim, mc, sc)\n#columns:Text,Q_1,Q_2,Q_3,Q_4,Q_5,Answers,QType,Tags\n\n"
    '"O que é HEAD no Git?","Ponteiro para o commit mais recente","O primeiro commit","O branch remoto","O índice","","1 0 0 0","2","gh900"\n'
)


def test_an_anki_export_of_a_multiple_choice_note_type(tmp_path: Path) -> None:
    """trial13 T13-19 (routed by formats2, high): an Anki plain-text export of the 'AllInOne (kprim, mc, sc)' note type
    (fields Question|Title|QType|Q_1..Q_5|Answers|Sources|Extra 1, or named by '#columns:') gave Basic cards whose
    back was 'Glykolyse 0 Findet … 1 0 1 1 Lehrbuch S. 42'. Its rows are multiple choice, the key '1 0 1 1' marking."""
    items = _read(tmp_path, {"allinone.txt": ALLINONE_TXT, "gh900.csv": ALLINONE_CSV})
    got = sorted((i.question[:20], i.correct, "biochemie" in i.tags or "gh900" in i.tags) for i in items)
    assert got == [("O que é HEAD no Git?", "A", True), ("Welche Aussagen zur ", "A,C,D", True), ("Welches Enzym kataly", "B", True)], got


MIXED_AIKEN = """What is the correct answer to this question?
A. Is it this one?
B. Maybe this answer?
C. Possibly this one?
D. Must be this one!
ANSWER: D

Which LMS has the most quiz import formats?
A) Moodle
B) ATutor
ANSWER: A

Which planet is closest to the sun?
a. Venus
b. Mercury
c. Mars
Answer: b
"""


def test_an_aiken_file_with_a_question_lettered_in_small_letters(tmp_path: Path) -> None:
    """trial12 U83 (routed by readers2, medium): two strict Aiken questions and one lettered 'a. …' / 'Answer: b': the
    file read nothing (Aiken refused it for the one question, Markdown found none since the options end in '?').
    Options lettered in small letters throughout are Aiken options too."""
    items = _read(tmp_path, {"aiken.txt": MIXED_AIKEN})
    assert [(i.question[:20], i.correct) for i in items] == [
        ("What is the correct ", "D"), ("Which LMS has the mo", "A"), ("Which planet is clos", "B"),
    ]  # fmt: skip


def test_an_answers_own_sub_headings_print_bold_on_the_sheet(tmp_path: Path) -> None:
    """learner5 L23 (medium): sub-headings inside an answer ('### Key Features of Python', '#### 1. Interpreted and
    Interactive') printed as plain body lines on the sheet, the parts of an entry impossible to scan. They print
    bold, a line of their own, the text under them as it was."""
    from compiler.model import Block, BlockKind
    from compiler.sheet import answer_blocks

    compiled = build(deck_of(tmp_path, {"q.md": "## What is Python?\n\nA language.\n"}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    html = "<h3>Key Features</h3><h4>1. Interpreted</h4><p>Python runs line by line.</p>"
    blocks = answer_blocks([Block(kind=BlockKind.html, text=html)], compiled.deck.notes[0], lambda tex, note: None)
    assert blocks == [
        {"k": "p", "spans": [{"k": "b", "v": "Key Features"}]},
        {"k": "p", "spans": [{"k": "b", "v": "1. Interpreted"}]},
        {"k": "p", "spans": [{"k": "t", "v": "Python runs line by line."}]},
    ], blocks
