"""Thirteenth sitting, formats helper: open findings left from trial12/trial13 and the rendered-card review."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build


def _read(tmp_path: Path, files: dict[str, str]) -> list:
    compiled = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return [i for i in compiled.items if not i.skip]


TOGGLED_BARE_KEYS = """# 지속학습

### 1. 지속학습의 핵심 목표는?
① 마지막 Task만 최대한 잘 학습한다.
② 새로운 Task를 배우면서 기존 지식을 유지한다.
③ 모든 과거 데이터를 반드시 삭제한다.

<details>
<summary>정답</summary>

②

</details>

### 2. Which method returns a request's body?
A. get()
B. head()
C. post()

<details><summary>Show answer</summary>

**C**

</details>
"""


def test_a_label_alone_in_an_answer_toggle_keys_the_question(tmp_path: Path) -> None:
    """trial12 U107 (high, rest): circled options over '<details><summary>정답</summary>' holding a bare '②' (and a
    lettered quiz whose toggle holds '**C**') gave 'options and none marked correct; no card'. A label alone as the
    first text in an answer toggle after the options is the key."""
    items = _read(tmp_path, {"quiz.md": TOGGLED_BARE_KEYS})
    assert [(i.question[:12], i.correct_labels) for i in items] == [("지속학습의 핵심 목표는", ["B"]), ("Which method", ["C"])]


ITALIC_LABELS = """## Self-Check Quiz

### Question 1: How does the LLM invoke a Java method during tool calling?
- A) It opens a socket to your server.
- B) It writes bytecode in a code block.
- C) It emits a JSON payload asking the client to run a named function.
- D) It runs the method in the cloud.

*Answer*: **C**. LLMs are purely text-in, text-out models.

---

### Question 2: Which annotation describes a tool to the model?
- A) @Bean
- B) @Description
- C) @Service

_Answer_: **B**

### Question 3: ¿Qué devuelve `len([])`?
- A) 0
- B) None
- C) Un error

*Respuesta:* A.
"""


def test_an_answer_label_in_italics_keys_the_question(tmp_path: Path) -> None:
    """trial14 T14-5 (severe): a course's self-check quiz keyed '*Answer*: **C**. <explanation>' (also '_Answer_:',
    '*Answer:*') read no key: 'none marked correct' for all 5, the file alone stopped the build. A label in italics
    is an answer label as its bold and plain forms are; the text after the letter is the explanation."""
    items = _read(tmp_path, {"quiz.md": ITALIC_LABELS})
    assert [(i.correct_labels, i.answer_plain()[:12]) for i in items] == [(["C"], "LLMs are pur"), (["B"], ""), (["A"], "")]


def test_task_boxes_past_eight_are_all_options() -> None:
    """trial13 T13-9 (severe, routed by formats2 with its patch): an exercise of 11 task boxes, 5 ticked (R/exams'
    capitals; GIFT, Moodle XML, LaTeX and RST readers all write '- [x]' boxes) showed A–H as options, the right
    I–K only as ☑ lines in the explanation and 'choose 2'. Boxes are lettered by the card, A to Z; lettered lines
    still stop at H."""
    from compiler.sources.choices import find_choices

    cities = ["Lagos", "Sao Paulo", "Toronto", "Auckland", "Istanbul", "Zurich", "Tokyo", "New Delhi", "Astana", "Warsaw", "Riyadh"]
    right = {"Tokyo", "New Delhi", "Astana", "Warsaw", "Riyadh"}
    found = find_choices([f"- [{'x' if c in right else ' '}] {c}" for c in cities], several=True)
    assert found is not None and len(found.options) == 11 and found.options[-1] == ("K", "Riyadh")
    assert found.correct == "G,H,I,J,K" and not [line for line in found.explanation if line.strip()]
    lettered = find_choices([f"{'abcdefghij'[k]}) {c}" for k, c in enumerate(cities[:10])] + ["", "Answer: b"])
    assert lettered is not None and len(lettered.options) == 8


_ASKED = (("Tudo em Javascript é ...", "função ou objeto", "primitivo ou objeto", "B"),
          ("Como comentar um código em Javascript?", "# comentário", "// comentário", "B"),
          ("Qual é o output de typeof null?", "object", "null", "A"))
WORD_AND_LETTER = "\n---\n\n".join(
    f"## ⬛ {n}\n\n{q}\n\n- A: {a}\n- B: {b}\n- C: Nenhuma das alternativas\n\n"
    f"<details><summary><b>✅ RESPOSTA CERTA</b></summary>\n<p>\n\n#### Resposta{':' if n == 1 else ''} {key}\n\nPorque sim, {n}.\n</p>\n</details>\n"
    for n, (q, a, b, key) in enumerate(_ASKED, start=1)
)


def test_an_answer_word_and_a_letter_alone_key_the_question_in_any_language(tmp_path: Path) -> None:
    """learner5 L40 (routed by readers2): a Portuguese quiz keyed '#### Resposta: C' once and '#### Resposta B' (a
    heading, no colon) after, in its toggles, was 'an answer line deckc cannot read': Basic cards with the options above the question. The answer word
    of any language, a space and the letter alone is the key, as '解答 ア' was; 'Resposta A tomada …' stays a sentence."""
    from compiler.sources.choices import find_choices

    items = _read(tmp_path, {"perguntas.md": WORD_AND_LETTER})
    assert [(i.correct_labels, i.answer_plain()) for i in items] == [(["B"], "Porque sim, 1."), (["B"], "Porque sim, 2."), (["A"], "Porque sim, 3.")]
    options = ["a) um", "b) dois", ""]
    assert find_choices([*options, "Respuesta b"]).correct == "B"  # type: ignore[union-attr]
    assert find_choices([*options, "Resposta A tomada fornece corrente"]).correct is None  # type: ignore[union-attr]


def test_a_prose_key_whose_sentence_quotes_another_option_is_warned() -> None:
    """Rendered-card review (trial12 U56's study guide, question 1): 'The primary reason … is to improve encapsulation,
    making option B the correct answer.' with B 'Backward compatibility' and C 'Improves encapsulation' taught B in
    silence. The key stands (the document says B), and the reader warns at the sentence naming both options."""
    from compiler.diagnostics import Diagnostics
    from compiler.sources.choices import find_choices, report_conflicts

    options = ["* A. Reduces code duplication", "* B. Backward compatibility", "* C. Improves encapsulation", ""]
    wrong = find_choices([*options, "The primary reason is to improve encapsulation, making option B the correct answer."])
    assert wrong is not None and wrong.correct == "B" and wrong.doubt == [(4, "B", "C")]
    diag = Diagnostics()
    report_conflicts(wrong, diag, "guide.md", lambda at: at + 10)
    assert any("quotes option C's words ('Improves encapsulation')" in str(d) and d.line == 14 for d in diag.items)
    right = find_choices([*options, "Making a method private improves encapsulation, making option C correct."])
    assert right is not None and right.correct == "C" and right.doubt == []


STEM_KEYED = """一、单项选择题

1. 表达式 1+2*3 的值是（C）。

A. 9
B. 6
C. 7
D. 5

2. 下列选项中，属于Python语言特点的是（ABCD）。（多选）

A.简洁 B.开源 C.可移植性好 D.类库丰富

3. 下列属于输入设备的是（B）。

- A、显示器
- B、键盘
- C、打印机
"""


def test_a_key_written_in_the_stems_blank_marks_its_options(tmp_path: Path) -> None:
    """trial14 T14-21 (severe): Chinese answer sheets fill the key into the question's blank ('…的值是（C）。', '…的是
    （ABCD）。（多选）'): the key stood on the front, the options were taught as the answer or 'none marked correct', and
    alone such a file stopped the build. Brackets at a stem's end holding option letters alone, over lettered options
    from A that name every one, key those options and are left empty on the front; options glued to their label
    ('A.简洁', 'A、显示器') are options, and every option ticked is a 'select all' (not formatting)."""
    from compiler.sources.letters import latin_option_letters

    items = _read(tmp_path, {"answers.md": STEM_KEYED})
    assert [(i.question, i.correct_labels, len(i.choices)) for i in items] == [
        ("表达式 1+2*3 的值是（ ）。", ["C"], 4),
        ("下列选项中，属于Python语言特点的是（ ）。（多选）", ["A", "B", "C", "D"], 4),
        ("下列属于输入设备的是（ ）。", ["B"], 3),
    ]
    kept = "What does (A) stand for in the table above?\n\nA. 9\nB. 6\n\nWhich is right (E)?\nA. one\nB. two\n"
    assert latin_option_letters(kept) == kept  # (a bracket inside the stem, or naming no option, is text)


SEARCH_LINKS = """<html><body><div class="block">
  <p class="question">Network set up as shown:<br />
  §§<br />
  The device is （1） .&emsp;<a class="baidu" href="https://www.baidu.com/s?wd=Network%20set%20up%20as%20shown%3A%3Cbr/%3E%0A%C2%A7%C2%A7%3Cbr/%3E%0AThe%20device%20is">百度</a></p>
  <p class="choice false">A．a router</p><p class="choice true">B．a switch</p><p class="choice false">C．a hub</p>
</div><div class="block">
  <p class="question">Which layer routes packets?&emsp;<a href="https://www.google.com/search?q=x">Google it</a></p>
  <p class="choice false">A．link</p><p class="choice true">B．network</p><p class="choice false">C．transport</p>
</div></body></html>
"""


def test_a_search_link_beside_a_question_is_furniture(tmp_path: Path) -> None:
    """Rendered-card review of trial11 P45's real exam page: 2 of 71 fronts ended '… （30） 。 百度', the link that
    searches Baidu for the question, as its query held the question's own '<br/>' markup; a link to a search engine's
    results page beside a question is furniture whatever its query says."""
    items = _read(tmp_path, {"exam.html": SEARCH_LINKS})
    assert [(i.question, i.correct_labels) for i in items] == [
        ("Network set up as shown: §§ The device is （1） .", ["B"]),
        ("Which layer routes packets?", ["B"]),
    ]


def test_a_stacked_rows_empty_first_cell_shows_the_group_above() -> None:
    """learner4 N40 (medium): a grouped table leaves a row's first cell empty for 'same as above' (a drug class over
    its drugs); stacked at 400 px, 'Lidocaine, Mexiletine → Arrhythmia' floated under no class. card.js gives such a
    cell the name above it, and the stacked table shows it, dimmed, as the block's title (checked in Anki at 400 px)."""
    from test_notetypes import css_rules

    from compiler import notetypes

    script = notetypes.resources.files("compiler").joinpath("card.js").read_text(encoding="utf-8")
    assert 'setAttribute("data-same", above)' in script and script.index("sameAbove(table)") < script.index('add("stacked")')
    rule = css_rules()["table.stacked td.deckc-same:first-child::before"]
    assert "content: attr(data-same)" in rule and "display: block" in rule


def test_options_that_are_sentences_print_one_a_line_on_the_sheet() -> None:
    """Sheet review (trial14 T14-5's self-check quiz): four one-sentence options printed as one run of prose
    ('A) The LLM establishes a remote socket … B) The LLM writes …'), hard to tell apart; options longer than
    OPTION_RUN_CHARS print one a line (each under its own letter), short ones stay one compact run."""
    from test_pdf import sheet_pdf, squash

    from compiler.model import Block, BlockKind, Choice, Item, ItemKind, Locator, Note
    from compiler.sheet import options_block

    def block(*texts: str) -> dict:
        item = Item(source="s", question="How does the LLM invoke a method?", kind=ItemKind.multiple_choice, correct="B",
                    locator=Locator(file="q.md", line=1), original="", answer=[Block(kind=BlockKind.text, text="-")],
                    choices=[Choice(label="ABCD"[k], text=t) for k, t in enumerate(texts)])  # fmt: skip
        return options_block(Note.model_construct(items=[item], primary=item), lambda tex, note: None, reveal=True)

    assert "rows" not in block("0", "1", "1+2j")
    long = block("It opens a socket to your server and calls it.", "It emits a JSON payload naming the function.", "None.")
    assert long["rows"] is True
    t = lambda v: [{"k": "t", "v": v}]  # noqa: E731
    entry = {"id": "o", "q": t("How does the LLM invoke a method?"), "diff": "", "src": "", "long": False, "a": [long]}
    lines = [squash(line) for line in sheet_pdf([entry]).pages[0].extract_text().splitlines()]
    assert any(line.startswith("A)") for line in lines) and any(line.startswith("C)") for line in lines)


def test_an_answer_box_titled_in_another_language_is_a_label() -> None:
    """trial14 T14-17 (routed by readers, low): a Turkish '??? tip "💡 Çözümü Göster"' (show the solution) was no
    answer title, so the back opened with it; the reveal verb may stand after the word ('Lösung anzeigen',
    '答えを表示', '정답 보기') or before it ('Показать ответ', '显示答案', 'Voir la réponse'), with a case ending."""
    from compiler.sources.directives import ANSWER_TITLE

    for title in ("💡 Çözümü Göster", "Cevabı Göster", "Lösung anzeigen", "Показать ответ", "显示答案", "答えを表示", "정답 보기",
                  "Voir la réponse", "Mostrar la respuesta", "Show Answer", "Solution 2"):  # fmt: skip
        assert ANSWER_TITLE.match(title), title
    for title in ("Notes", "Show more", "Answer the question below", "Verbose output"):
        assert not ANSWER_TITLE.match(title), title


def test_a_tests_key_named_with_a_bare_key_suffix_is_paired(tmp_path: Path) -> None:
    """learner4 N53 (routed by readers2, medium): a course's 'practice-test-01.md' and 'practice-test-01_key.md' were
    not paired without key_file (a bare '-key' is left alone: 'ssh-key.md' beside 'ssh.md' is a note). A '-key' /
    '_key' file pairs when the name before it is a test's: a word for one (test, quiz, exam, midterm, homework, week
    …) or a number at its end."""
    from compiler.config import SourceConfig
    from compiler.sources.answerkey import key_files

    names = ["practice-test-01", "practice-test-01_key", "ssh", "ssh-key", "quiz3", "quiz3-key", "midterm", "midterm_key"]
    sources = [SourceConfig(id=n, file=f"sources/{n}.md") for n in names]
    keys, answered = key_files(sources, {s.file for s in sources})
    assert keys == {"practice-test-01": "sources/practice-test-01_key.md", "quiz3": "sources/quiz3-key.md", "midterm": "sources/midterm_key.md"}
    assert "sources/ssh-key.md" not in answered

    text = (Path(__file__).parent / "data" / "newuser" / "exam-key" / "paper-2024.md").read_text(encoding="utf-8")
    key = (Path(__file__).parent / "data" / "newuser" / "exam-key" / "paper-2024-answers.md").read_text(encoding="utf-8")
    table = '[[source]]\nid = "paper"\nfile = "sources/paper-2024.md"\nlayout = "numbered"\n'
    content = deck_of(tmp_path, {"paper-2024.md": text, "paper-2024_key.md": key}, table=table)
    built = build(content, tmp_path / "build", formats=("json",), now=1_000).compiled
    assert built is not None and [i.correct for i in built.items if not i.skip] == ["B", "C", "A"]


LESSON = """# Lesson 2: Matrices

## 1. Matrix Fundamentals

### 1.1 Definition

An m × n matrix is a rectangular array of numbers.

## 2. Transpose

The transpose swaps rows and columns.

### Properties

(AB)ᵀ = BᵀAᵀ: the order reverses.

## 3. Determinant

### 3.1 Definition

For a 2 × 2 matrix, det = ad − bc.

## 4. Trace

The trace is the sum of the diagonal entries.
"""


def test_a_sections_own_card_prints_where_it_stands_on_the_sheet(tmp_path: Path) -> None:
    """learner4 N67 (medium): the cards of sections with text of their own ('## 2. Transpose', '## 4. Trace') were
    gathered in one group under the lesson title, away from their place (and 'Transpose' from its own 'Properties').
    A section's own card heads its section's group, and unsectioned cards print where they stand: document order."""
    from compiler.sheet import groups

    compiled = build(deck_of(tmp_path, {"lesson.md": LESSON}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    printed = [(g.title, [n.primary.question for n in g.notes]) for g in groups(compiled.deck)]
    assert printed == [
        ("1. Matrix Fundamentals", ["1.1 Definition"]),
        ("Transpose", ["Transpose", "Transpose › Properties"]),
        ("3. Determinant", ["3.1 Definition"]),
        ("Lesson 2: Matrices", ["Trace"]),
    ]


DISTRACTORS = """## What does ORDER BY do with ties?

It sorts by the next listed column: `ORDER BY price DESC, name ASC`.

### Why

Without ORDER BY the row order is undefined.

### Distractors

- It sorts rows by their insertion date.
- It groups equal rows and counts them before sorting.
- It guarantees NULLs always come last.

## ¿Para qué sirve DISTINCT?
Elimina filas ==duplicadas== del resultado.

**Distractores:**
- Devuelve la primera fila de cada grupo.
- Marca las filas duplicadas para borrarlas.
"""


def test_authored_distractors_under_an_answered_question_are_its_wrong_options(tmp_path: Path) -> None:
    """trial14 T14-38 (high): generated review decks write a question, its answer, a '### Why' and a '### Distractors'
    list of wrong answers: every back taught the wrong answers as answer text. The question is multiple choice: the
    answer the right option, the distractors the wrong ones (in an order of their own, not always the right one
    first), the 'why' text the explanation."""
    items = _read(tmp_path, {"review.md": DISTRACTORS})
    assert [len(i.choices) for i in items] == [4, 3]
    right = [[c.text for c in i.choices if c.label in i.correct_labels] for i in items]
    assert [r[0].startswith(("It sorts by the next listed column", "Elimina filas")) for r in right] == [True, True]
    assert "==" not in items[1].choices[0].text + items[1].choices[1].text + items[1].choices[2].text
    assert items[0].answer_plain() == "Without ORDER BY the row order is undefined."
    assert not any("Distract" in i.answer_plain() or "Devuelve la primera" in i.answer_plain() for i in items)


def test_options_and_key_on_the_question_line(tmp_path: Path) -> None:
    """trial14 T14-46 (severe): a compact answer sheet writes each question, its options and its key on one line
    ('1. What is 2+2? a) 3 b) 4 c) 5 d) 6 — Answer: b', '(Answer: b)', 'A. … D. 6 Ans: B'): 'none marked correct',
    the file added no card and alone stopped the build. A key after a run of options on the line is its answer line."""
    text = "1. What is 2+2? a) 3 b) 4 c) 5 d) 6 — Answer: b\n2. What is the capital of Spain? A. Lisbon B. Madrid C. Rome D. Paris Ans: A\n"
    items = _read(tmp_path, {"sheet.txt": text})
    assert [(i.question, i.correct_labels, len(i.choices)) for i in items] == [
        ("What is 2+2?", ["B"], 4),
        ("What is the capital of Spain?", ["A"], 4),
    ]
