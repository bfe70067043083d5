"""Markdown reading fixes of the fifteenth sitting (readers): each test a fixture of the shape a finder met."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import Item


def _items(tmp_path: Path, files: dict[str, str], table: str = "") -> list[Item]:
    compiled = build(deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return compiled.items


def _warned(tmp_path: Path, files: dict[str, str], table: str) -> tuple[list[Item], list[str]]:
    compiled = build(deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return compiled.items, [f"{d.file}:{d.line}: {d.message}" for d in compiled.diagnostics.items]


def _markdown(*names: str) -> str:
    return "".join(f'[[source]]\nid = "{n}"\nfile = "sources/{n}.md"\nlayout = "markdown"\n' for n in names)


def test_a_worked_examples_working_is_its_answer(tmp_path: Path) -> None:
    """trial15 T15-34 (severe): a textbook's worked example, a bold question over its working (text and display maths)
    and '**Svar:** 8 ‰': the working went on the FRONT and the back kept only '8 ‰'. A whole question ('?', pointing
    at nothing below) over text and display maths before the label: all of it is the back. A question pointing at the
    formula below keeps it on its front."""
    page = (
        "# Procent\n\n**Hur många promille är 120 g av 15 kg?**\n\nVi gör om 15 kg till gram och får\n\n"
        "$$\n\\frac{120}{15000} = 0{,}008\n$$\n\nSå andelen är\n\n$$\n0{,}008 = 8\\ ‰\n$$\n\n**Svar:** 8 ‰\n\n"
        "**What does the formula below compute?**\n\nRead it aloud:\n\n$$\na = b / c\n$$\n\n**Answer:** a share\n"
    )
    items = _items(tmp_path, {"sv.md": page}, _markdown("sv"))
    assert [i.question for i in items] == ["Hur många promille är 120 g av 15 kg?", "What does the formula below compute?"]
    assert not items[0].stimulus
    assert "Vi gör om 15 kg" in items[0].answer_plain() and "8 ‰" in items[0].answer_plain()
    assert "a = b / c" in " ".join(b.plain() for b in items[1].stimulus)
    assert items[1].answer_plain().strip() == "a share"


def test_an_exam_banks_model_solution_heading_and_marks_line(tmp_path: Path) -> None:
    """trial15 T15-31 (severe): '### Question N (MCQ)' / '**[CBSE 2024 (Compartment), 1 Mark]** | ⭐⭐⭐⭐' / the stem /
    options / '#### Model Solution & Marking Scheme' / the working and the key: the solution heading made cards of its
    own, an assertion-reason item was fronted by its marks line. 'Model Solution & Marking Scheme' labels the answer
    (never printed), the marks line under the heading is no text, and a list whose first entries state the question
    (Assertion, Reason) and whose other entries are lettered options is a stem and its options."""
    page = (
        "### **Question 3 (MCQ)**\n**[CBSE 2024 (Compartment), 1 Mark]** | ⭐⭐⭐⭐\n\n"
        "The slope of the resulting straight line equals:\n- (A) $h$\n- (B) $h/e$\n- (C) $e/h$\n- (D) $1/e$\n\n"
        "#### **Model Solution & Marking Scheme**\n* **Derivation:**  \n  Comparing with $y = mx + c$.  \n"
        "  **Correct answer:** **(B)**\n\n***\n\n"
        "### **Question 4 (Assertion–Reason)**\n**[CBSE 2023 (Delhi Set-2), 1 Mark]** | ⭐⭐⭐⭐⭐ [Must-Know]\n\n"
        "- **Assertion (A):** The stopping potential does not depend on intensity.\n"
        "- **Reason (R):** The kinetic energy depends only on the frequency.\n"
        "- (A) Both true, and (R) explains (A).\n- (B) Both true, but (R) does not explain (A).\n"
        "- (C) (A) is true, but (R) is false.\n- (D) (A) is false, but (R) is true.\n\n"
        "#### **Model Solution & Marking Scheme**\n* **Analysis:**  \n  Intensity only adds photons.  \n  **Correct answer:** **(A)**\n\n***\n\n"
        "### **Question 6**\n**[CBSE 2025 Sample Paper, 2 Marks]** | ⭐⭐⭐⭐⭐ [Must-Know]\n\n"
        "What is the new wavelength if the kinetic energy is increased by 300%?\n\n"
        "#### **Model Solution & Marking Scheme**\nFrom $\\lambda = h/p$ and $p' = 2p$:\n\n**Final Answer:** $\\lambda/2$\n"
    )
    items = _items(tmp_path, {"cbse.md": page}, _markdown("cbse"))
    assert len(items) == 3
    assert items[0].correct == "B" and items[1].correct == "A"
    assert "Assertion (A):" in items[1].question
    assert "Reason (R):" in items[1].question
    assert items[2].question.startswith("What is the new wavelength")
    for item in items:
        text = f"{item.question} {' '.join(b.plain() for b in item.stimulus)} {item.answer_plain()}"
        assert "CBSE" not in text and "Marking Scheme" not in text


def test_a_rule_glued_under_an_answer_and_fill_ins(tmp_path: Path) -> None:
    """trial15 T15-57 (severe): a student's worksheet writes each short answer with '---' on the very next line (a
    setext heading by CommonMark: 'question has no answer' x17, the answers section names), its fill-ins as 'text: answer.'
    lines, and '## Short Answer' over the next questions was printed as the explanation of the MC above it. A sentence
    over '---' on a page that uses '---' as a rule is text over a rule; '## Short Answer' over question headings is a
    section; a 'Fill In The Blanks' section's 'stem: answer.' lines (or 'stem:' over the answer) are cloze sentences."""
    page = (
        "# Week 6\n\n## Multiple Choice\n\n### What software creates VMs?\n\nA) Notepad\n\nB) VirtualBox\n\nAnswer: b\n\n---\n\n"
        "## Short Answer\n\n### What is a virtual machine?\nA virtual machine is a software-based emulation of a computer. \n---\n\n"
        "### Why is virtualization useful?\nIt runs many isolated machines on one host.\n---\n\n"
        "## Fill In The Blanks\n\nA virtual machine runs on top of a: Hypervisor.\n---\n\n"
        "VirtualBox is a:\n\ntype 2 hypervisor.\n\n---\n\n## Setext Title\nSome notes here\n---\n"
    )
    items = _items(tmp_path, {"w.md": page}, _markdown("w"))
    by_q = {i.question or i.cloze: i for i in items}
    assert by_q["What software creates VMs?"].correct == "B"
    assert "Short Answer" not in by_q["What software creates VMs?"].answer_plain()
    assert by_q["What is a virtual machine?"].answer_plain().startswith("A virtual machine is a software-based")
    assert by_q["Why is virtualization useful?"].answer_plain().startswith("It runs many")
    clozes = sorted(i.cloze for i in items if i.cloze)
    assert clozes == ["A virtual machine runs on top of a: {{c1::Hypervisor}}.", "VirtualBox is a: {{c1::type 2 hypervisor}}."]


def test_a_quiz_kept_as_json_in_a_script_is_read(tmp_path: Path) -> None:
    """trial15 T15-80 (severe): a MkDocs lesson keeps its quiz as '<script type="application/json">[{"pytanie": …,
    "opcje": […], "poprawna": 1, "wyjasnienie": …}]</script>' (its site's widget renders it): 8 questions, 0 cards,
    only 'text removed by HTML sanitizing'. The records are the page's questions: options, the key (an index from 0,
    a letter or the option's text) and the explanation."""
    records = (
        '[\n  {\n    "pytanie": "Który algorytm gwarantuje najkrótszą drogę?",\n    "typ": "jedna",\n'
        '    "opcje": [\n      "Nawroty",\n      "Wszerz",\n      "Oba",\n      "Żaden"\n    ],\n'
        '    "poprawna": 1,\n    "wyjasnienie": "Kolejka obsługuje pola po kolei."\n  },\n'
        '  {\n    "question": "W wersji z nawrotami stos zawiera:",\n'
        '    "options": [\n      "Odwiedzone pola",\n      "Bieżącą drogę",\n      "Nic"\n    ],\n'
        '    "answer": "Bieżącą drogę"\n  }\n]'
    )
    page = (
        "# Labirynt\n\n## Sprawdź się\n\n<div class=\"quiz\" markdown=\"0\">\n<script type=\"application/json\">\n"
        f"{records}\n</script>\n</div>\n\n## Karta pracy\n\nWypełnij kartę.\n"
    )
    items = _items(tmp_path, {"pl.md": page}, _markdown("pl"))
    mc = [i for i in items if i.choices]
    assert [(i.question, i.correct) for i in mc] == [
        ("Który algorytm gwarantuje najkrótszą drogę?", "B"),
        ("W wersji z nawrotami stos zawiera:", "B"),
    ]
    assert "Kolejka obsługuje" in mc[0].answer_plain()
    assert [i.locator.line for i in mc] == [9, 21]


def test_flashcards_written_one_a_line_with_pipes(tmp_path: Path) -> None:
    """trial15 T15-83 (severe): a pandoc lesson's '::: fiszki' block of 21 'question | **answer** | level:tag' lines under
    '## 20 | Fiszki {#fiszki .section}' was one card fronted by the heading with its attribute. Three lines or more of
    'front | back' (| tag) with a bold back or a front that asks are flashcards, the third field a tag; pandoc's heading
    attributes are no text."""
    page = (
        "## 20 | Fiszki {#fiszki .section}\n\n::: fiszki\n"
        "Co to wodorotlenek? | **Związek z kationu metalu i anionu OH⁻.** | basic:podstawa\n"
        "Wzór ogólny | **M(OH)ₙ** | basic:podstawa\n"
        "Dlaczego nie CaOH₂? | **Indeks 2 dotyczyłby tylko H.** | error:błąd E8\n:::\n"
    )
    items = _items(tmp_path, {"f.md": page}, '[[source]]\nid = "f"\nfile = "sources/f.md"\nlayout = "markdown"\nheadings = "cards"\n')
    assert [(i.question, i.answer_plain().strip()) for i in items] == [
        ("Co to wodorotlenek?", "Związek z kationu metalu i anionu OH⁻."),
        ("Wzór ogólny", "M(OH)ₙ"),
        ("Dlaczego nie CaOH₂?", "Indeks 2 dotyczyłby tylko H."),
    ]
    assert items[0].tags == ["basic/podstawa"] and items[2].tags == ["error/błąd-E8"]
    assert items[0].section == ["20 | Fiszki"]


def test_numbered_questions_keyed_by_an_answer_div(tmp_path: Path) -> None:
    """trial15 T15-82 (severe): a pandoc lesson's '::: karta -' div of numbered questions with a nested
    '::: odp | Pokaż odpowiedzi' div of the answers numbered the same ('**1.** …', '**2. Nazwa:** …', or '1. …'): 15
    questions gave 8 wrong notes, '::: :::' backs. The answer div is a toggle that shows the answers; each question
    gets its same-numbered answer."""
    page = (
        "### 17.1 Mini-check\n\n::: karta -\n1. Co to wodorotlenek?\n2. Jaki ładunek ma grupa OH⁻?\n\n"
        "::: odp | Pokaż odpowiedzi\n**1.** Związek z kationu metalu i anionu OH⁻.\n\n**2.** −1.\n:::\n:::\n\n"
        "### 17.2 Ćwiczenie\n\n::: karta -\n1. Zapisz wzór wodorotlenku wapnia.\n2. Podaj nazwę NaOH.\n\n"
        "::: odp | Pokaż odpowiedź\n**1. Wzór:** Ca(OH)₂\n\n**2. Nazwa:** wodorotlenek sodu.\n:::\n:::\n"
    )
    items = _items(tmp_path, {"pl.md": page}, _markdown("pl"))
    assert [(i.question, i.answer_plain().strip()) for i in items] == [
        ("Co to wodorotlenek?", "Związek z kationu metalu i anionu OH⁻."),
        ("Jaki ładunek ma grupa OH⁻?", "−1."),
        ("Zapisz wzór wodorotlenku wapnia.", "Wzór: Ca(OH)₂"),
        ("Podaj nazwę NaOH.", "Nazwa: wodorotlenek sodu."),
    ]


def test_exercises_keyed_by_a_later_answers_section(tmp_path: Path) -> None:
    """trial15 T15-92 (severe): a MyST page of numbered exercises, each over its starter code ('return 0  # FIXME'),
    then '## Answers to Exercises' with the same numbers over the solutions: the starter code was the answer and each
    solution a card fronted 'Here is one possible way …'. The answers section keys the exercises by number: the task
    and its starter code the front, the solution the back."""
    fence = "```"
    page = (
        "# Exercises\n\n1. Finish function `count_ge`\n\n"
        f"{fence}python\ndef count_ge(nums, at_least):\n    return 0  # FIXME\n{fence}\n\n"
        "2. Complete function `longest_word`.\n\n"
        f"{fence}python\ndef longest_word(words):\n    return 'NOT IMPLEMENTED YET'  # FIXME\n{fence}\n\n"
        "## Answers to Exercises\n\n1. Here is one possible way to finish `count_ge`\n\n"
        f"{fence}python\ndef count_ge(nums, at_least):\n    return sum(n >= at_least for n in nums)\n{fence}\n\n"
        "2. Here is a possible completion of `longest_word`.\n\n"
        f"{fence}python\ndef longest_word(words):\n    return max(words, key=len)\n{fence}\n"
    )
    items = _items(tmp_path, {"ex.md": page}, _markdown("ex"))
    assert len(items) == 2
    assert "FIXME" in " ".join(b.plain() for b in items[0].stimulus) and "FIXME" not in items[0].answer_plain()
    assert "sum(n >= at_least" in items[0].answer_plain() and "max(words, key=len)" in items[1].answer_plain()


def test_a_question_heading_over_a_labelled_question_and_answer(tmp_path: Path) -> None:
    """trial15 T15-53 (high): '### Q1. retention 只有 7 天，replay 还成立吗？' / '**问：** …' (the question in full) /
    '**答：** …' (the answer): the headings were dropped 'question has no answer' and the 问 text was the front (Q4's
    '这名字哪来的？' with no subject). The heading asks; the labelled question under it is its detail, the 答 its answer."""
    page = (
        "## 提问 & 解答\n\n### Q1. retention 只有 7 天，replay 还成立吗？\n\n**问：** 如果消息只保留 7 天呢？\n\n"
        "**答：** 不是。replay 窗口 = retention 窗口。\n\n### Q4. 为什么叫 Kafka？\n\n**问：** 这名字哪来的？\n\n"
        "**答：** 来自作家 Franz Kafka。\n"
    )
    items, warned = _warned(tmp_path, {"zh.md": page}, _markdown("zh"))
    assert [i.question for i in items] == ["retention 只有 7 天，replay 还成立吗？", "为什么叫 Kafka？"]
    assert items[1].answer_plain().strip() == "来自作家 Franz Kafka。"
    assert "这名字哪来的？" in " ".join(b.plain() for b in items[1].stimulus)
    assert not [w for w in warned if "no answer" in w]


def test_a_toggle_written_without_blank_lines_is_markdown(tmp_path: Path) -> None:
    """trial15 T15-61 (high): numbered bold questions each over an indented '<details>' / '<summary>เฉลย</summary>' /
    the answer / '</details>' with no blank lines (as editors write them): every back began 'เฉลย' and showed raw '$…$'
    and '**…**'. Such a toggle's content is Markdown, and 'เฉลย' (Thai: the key) labels the answer."""
    page = (
        "## Concept Check\n\n1.  **ถ้า $\\alpha = 0.5$ ความหนาแน่นของเซลล์นั้นคือเท่าไหร่?**\n    <details>\n"
        "    <summary>เฉลย</summary>\n    $\\rho = 500.5$\n    </details>\n\n"
        "2.  **VOF รู้ตำแหน่งของ Interface หรือไม่?**\n    <details>\n    <summary>Answer</summary>\n"
        "    **ไม่รู้** มันรู้แค่ปริมาณ\n    </details>\n"
    )
    items = _items(tmp_path, {"th.md": page}, _markdown("th"))
    backs = [" ".join(b.text for b in i.answer) for i in items]
    assert len(items) == 2
    assert "\\(\\rho = 500.5\\)" in backs[0] and "เฉลย" not in backs[0] and "$" not in backs[0]
    assert "<strong>ไม่รู้</strong>" in backs[1] and "**" not in backs[1]


def test_labelled_paragraphs_inside_an_answer_toggle_stay_in_it(tmp_path: Path) -> None:
    """trial15 T15-59 (high): '<details>' / '<summary><b>1. …?</b></summary>' / '**คำตอบ:** …' / '**ความสำคัญ:** …' /
    '</details>', then the next toggle: the second labelled paragraph was split off as a question ('no answer'), its
    answer taken to be the next toggle's '**คำตอบ:**'. An answer label in another toggle answers nothing here; the
    summary's '$…$' is maths."""
    page = (
        "## Concept Check\n\n<details>\n<summary><b>1. เทอม $\\rho$ ใดจะหายไป?</b></summary>\n\n**คำตอบ:** เทอมแรก\n\n"
        "**ความสำคัญ:** นี่คือเหตุผลที่ solvers ไม่ต้องแก้\n\n</details>\n\n<details>\n<summary><b>2. ทำไม?</b></summary>\n\n"
        "**คำตอบ:** เพราะมวล\n\n**ใน code:** `fvm::div(phi, U)`\n\n</details>\n"
    )
    items, warned = _warned(tmp_path, {"th.md": page}, _markdown("th"))
    assert len(items) == 2 and not [w for w in warned if "no answer" in w]
    assert "ความสำคัญ:" in items[0].answer_plain() and "fvm::div" in items[1].answer_plain()
    assert "\\(\\rho\\)" in items[0].question


def test_an_exam_banks_section_note_and_solved_parts(tmp_path: Path) -> None:
    """trial15 T15-85 (high): a KTU question bank: a '> [!NOTE]' box (marking scheme) atop each part opened every front;
    '### Question 1. `[KTU University Exam – July 2024]`' over a bold task that does not ask was fronted by its source
    tag; 'Question A' with '**a)** …' / '**b)** …' parts answered under '#### Solution to (a)' / '#### Solution to (b)'
    was one card whose back asked (b). A note box atop a section is no front; a label heading's source tag is no
    question; lettered parts each answered under their own solution heading are a card each."""
    page = (
        "## Part A — Short Answer Questions\n\n> [!NOTE]\n> **Marking Scheme:** Definition 1 Mark.\n\n"
        "### Question 1. `[KTU University Exam – July 2024]`\n\n**State and explain Fermat's Little Theorem.**\n\n"
        "**Model Answer:**\n\n> If $p$ is prime then $a^p \\equiv a$.\n\n---\n\n"
        "### Question 2. `[KTU University Exam – Dec 2023]`\n\n**What is a Fermat pseudoprime?**\n\n**Model Answer:**\n\n"
        "> A composite $n$ with $a^{n-1} \\equiv 1$.\n\n---\n\n## Part B — Long Answer Questions\n\n"
        "### Question A. `[KTU University Exam – Dec 2024]`\n\n**a)** Prove the theorem by induction. **(7 Marks)**\n\n"
        "**b)** Find $5^{247} \\bmod 13$. **(7 Marks)**\n\n---\n\n#### Solution to (a) — Full Proof\n\n"
        "**[Base case: 2 Marks]**\n\nThe base case holds.\n\n#### Solution to (b) — Reduction\n\nThe answer is 8.\n"
    )
    items = _items(tmp_path, {"ktu.md": page}, _markdown("ktu"))
    assert [i.question for i in items] == [
        "State and explain Fermat's Little Theorem.",
        "What is a Fermat pseudoprime?",
        "Prove the theorem by induction.",  # (the points are no part of a front: trial26 T26-5)
        "Find \\(5^{247} \\bmod 13\\).",
    ]
    assert all("Marking Scheme" not in " ".join(b.plain() for b in i.stimulus) for i in items)
    assert items[2].answer_plain().strip() == "The base case holds." and items[3].answer_plain().strip() == "The answer is 8."


def test_question_label_headings_over_the_paragraph_that_asks(tmp_path: Path) -> None:
    """trial15 T15-45 (medium): '### Questão 1: Mock vs. Real DB' / 'Por que …?' / '**Resposta:** …': false 'question
    has no answer' for each heading (a question lost that was not); '### Questão 5: Cenário Real' over a scenario, its
    steps and the paragraph that asks was fronted by the heading. The paragraph that asks is the question, the scenario
    above it its front, the heading's title its section, every question the same shape."""
    page = (
        "## Quiz\n\n### Questão 1: Mock vs. Real DB\nPor que testar com banco real?\n\n**Resposta:**\n- Mocks escondem bugs\n\n---\n\n"
        "### Questão 5: Cenário Real\nSeu fluxo tem 3 passos:\n1. Deduz do estoque\n2. Debita cartão\n\n"
        "Se passo 2 falhar, passo 1 foi desfeito?\n\n**Resposta:** Use transação.\n"
    )
    items, warned = _warned(tmp_path, {"pt.md": page}, '[[source]]\nid = "pt"\nfile = "sources/pt.md"\nlayout = "markdown"\nheadings = "cards"\n')
    # (the label 'Questão N:' is off the section as 'Question N:' is since trial29 T29-55: one table of question words)
    assert [(i.question, i.section[-1]) for i in items] == [
        ("Por que testar com banco real?", "Mock vs. Real DB"),
        ("Se passo 2 falhar, passo 1 foi desfeito?", "Cenário Real"),
    ]
    assert "Debita cartão" in " ".join(b.plain() for b in items[1].stimulus)
    assert items[1].answer_plain().strip() == "Use transação."
    assert not [w for w in warned if "no answer" in w]


def test_a_numbered_task_over_its_answer_labels(tmp_path: Path) -> None:
    """trial15 T15-94 (medium): '# 📝 Zadanie 2- Klucze kandydujace' / 'Wypisz klucze kandydujace' (no stop) /
    '**Odpowiedź:**' / a list gave the front 'Zadanie 2- … Wypisz …'; Zadanie 3's task over two bold titles it names
    ('**Zależności funkcyjne:**', '**Klucze kandydujące:**') was on the BACK, the front the heading alone. The task is
    the question, the heading its section, both labelled parts its answer."""
    page = (
        "# 📝 Zadanie 2- Klucze kandydujace\n\nWypisz klucze kandydujace\n\n**Odpowiedź:**\n\n1. **id_produktu**\n2. **id_klienta**\n\n---\n\n"
        "# 📝 Zadanie 3- Klucze kandydujace\n\nDla tabeli pomieszczenia **(id, numer)** określ wszystkie zależności funkcyjne oraz "
        "klucze kandydujące.\n\n**Zależności funkcyjne:**\n\n1. **id** -> numer\n\n**Klucze kandydujące:**\n\n1. **id**\n"
    )
    items = _items(tmp_path, {"pl.md": page}, '[[source]]\nid = "pl"\nfile = "sources/pl.md"\nlayout = "markdown"\nheadings = "cards"\n')
    assert [i.question for i in items] == [
        "Wypisz klucze kandydujace",
        "Dla tabeli pomieszczenia (id, numer) określ wszystkie zależności funkcyjne oraz klucze kandydujące.",
    ]
    assert "Klucze kandydujące:" in items[1].answer_plain() and "Zależności funkcyjne:" in items[1].answer_plain()


def test_a_true_false_drill_with_verdict_boxes(tmp_path: Path) -> None:
    """trial15 T15-74 (severe): a Catalan V/F drill: '### Qüestió 02' over a quote holding '📌 **Afirmació:** *…*', two
    task boxes '- [ ] **V** (Vertader)' / '- [ ] **F** (Fals)' and a toggle '**Resposta Correcta:** ❌ **Fals (F)**':
    fronts were 'Qüestió 02' with the statement AND the answer on the back. The statement is the front, the verdict
    (False/True) and the justification the back; the boxes and the toggle's 'Veure Resposta …' label are no text."""
    item = (
        "### Qüestió {n}\n> 📌 **Afirmació:** *{s}*\n> \n> - [ ] **V** (Vertader)\n> - [ ] **F** (Fals)\n> \n> <details>\n"
        "> <summary>💡 <b>Veure Resposta i Justificació Detallada</b></summary>\n> \n> **Resposta Correcta:** {v}\n> \n"
        "> **Justificació Tècnica:** *{j}*\n\n> **📚 Document de referència:** `Document 01`\n> </details>\n\n"
    )
    page = "## Banc\n\n" + item.format(n="02", s="El criteri dominant és l'amplada de banda.", v="❌ **Fals (F)**", j="És la precisió DC.") + item.format(
        n="06", s="El condicionador aprofita el marge de l'ADC.", v="✅ **Vertader (V)**", j="És l'objectiu enunciat."
    )
    items = _items(tmp_path, {"ca.md": page}, '[[source]]\nid = "ca"\nfile = "sources/ca.md"\nlayout = "markdown"\nheadings = "cards"\n')
    assert [i.question for i in items] == ["El criteri dominant és l'amplada de banda.", "El condicionador aprofita el marge de l'ADC."]
    backs = [i.answer_plain() for i in items]
    assert backs[0].lstrip().startswith("False") and backs[1].lstrip().startswith("True")
    assert "És la precisió DC." in backs[0] and "Veure Resposta" not in backs[0] and "Vertader" not in backs[0]


def test_a_japanese_answer_toggle_keys_the_check(tmp_path: Path) -> None:
    """trial16 T16-29 (severe): a check question over 'ア.'–'エ.' options and a toggle '<summary>▶ クリックして答えと解説を見る
    （ここを開く）</summary>' / '**正解：ウ**' was lost (text outside any question) on a page of heading Q&As; the English
    summary gave the MC keyed. A short CJK summary that names the answer (答え, 解答, 正解, 解説, 答案, 정답) reveals it."""
    page = (
        "## よくある誤解\n\n### L2TPは暗号化する？\n\nしません。\n\n## 確認問題\n\n"
        "IPsec・L2TP・TLSを上位層から並べた組合せとして、最も適切なものはどれか。\n\n"
        "- ア. IPsec → TLS → L2TP\n- イ. L2TP → IPsec → TLS\n- ウ. TLS → IPsec → L2TP\n- エ. TLS → L2TP → IPsec\n\n"
        "<details markdown=\"1\">\n<summary>▶ クリックして答えと解説を見る（ここを開く）</summary>\n\n**正解：ウ**\n\nTLSが最上位です。\n\n</details>\n"
    )
    items = _items(tmp_path, {"ja.md": page}, _markdown("ja"))
    mc = [i for i in items if i.choices]
    assert len(mc) == 1 and mc[0].correct == "C" and "TLSが最上位" in mc[0].answer_plain()


def test_a_one_question_file_with_an_answer_and_explanation_heading(tmp_path: Path) -> None:
    """trial16 T16-20 (severe): a question bank kept one question per file ('# Question 8' / '<!-- question-source:start -->'
    / the question and its options / '<!-- …:end -->' / '## 答案与解析' / the worked answer): the card was fronted by the
    answer heading, the question lost. '答案与解析' (and 'Answer and explanation') labels the answer, an H1 that is a
    question's label is no page title, and comments are no text."""
    page = (
        "# Question 8\n\n<!-- question-source:start -->\n8.[浙江2025]下列函数中,值域为[0,4]的是\nA. $x-1$ B. $-x^2+4$ C. $\\sqrt{16-x^2}$\n"
        "<!-- question-source:end -->\n\n## 答案与解析\n\n<!-- answer-source:start -->\n8. C 【解析】对于 A 错误；故选 C.\n"
    )
    (item,) = _items(tmp_path, {"question-8.md": page})
    assert item.question.startswith("8.[浙江2025]下列函数中,值域为[0,4]的是") and "故选 C" in item.answer_plain()
    english = "# Question 1\n\nWhich function has range [0,4]?\n\n## Answer and explanation\n\nC. The root is bounded.\n"
    (item,) = _items(tmp_path / "en", {"question-1.md": english})
    assert item.question == "Which function has range [0,4]?" and item.answer_plain().strip() == "C. The root is bounded."


def test_question_files_sectioned_by_label_headings(tmp_path: Path) -> None:
    """trial16 T16-22 (severe): one question a file, '## Question' / the question / '## Options' / '- …' / '## Solution' /
    '**Runs a DNS cache on every node** is the correct answer: …' (the same bank in ar/de/es/fr/pt): every card was
    fronted 'Options', the questions skipped 'no answer'. The options heading is a label like the others, a question
    ending in '؟' asks, and a solution opening with an option in bold keys it (its text the explanation)."""
    files = {
        "q-en.md": "## Question\n\nWhat does NodeLocal DNSCache do?\n\n## Options\n\n- Blocks external queries\n"
        "- Runs a DNS cache on every node\n- Replaces CoreDNS\n\n## Solution\n\n**Runs a DNS cache on every node** is the "
        "correct answer: it runs as a DaemonSet.\n",
        "q-ar.md": "## Question\n\nما وظيفة NodeLocal DNSCache؟\n\n## Options\n\n- حجب الاستعلامات الخارجية\n"
        "- تشغيل cache لـ DNS على كل عقدة\n\n## Solution\n\n**تشغيل cache لـ DNS على كل عقدة** هي الإجابة الصحيحة: يعمل كـ DaemonSet.\n",
    }
    items = _items(tmp_path, files, _markdown("q-ar", "q-en"))
    assert [(i.question, i.correct) for i in items] == [("ما وظيفة NodeLocal DNSCache؟", "B"), ("What does NodeLocal DNSCache do?", "B")]
    assert "DaemonSet" in items[1].answer_plain()


def test_options_under_an_options_heading(tmp_path: Path) -> None:
    """trial16 T16-14 (severe): '## ❓ **Pregunta:**' / '**¿Qué es un Comando Linux?**' / '### Opciones:' / '-  …' /
    '- [✅] **Una instrucción …**' / … gave no note; in English ('### Options:' / task boxes) the MC cards were fronted
    'Options:'. An options heading (in the languages deckc reads) is a label, no question; a ✅ in one option's box
    ticks it."""
    page = (
        "## ❓ **Pregunta:**\n\n**¿Qué es un Comando Linux?**\n\n### Opciones:\n\n-  Información que sale del shell\n\n"
        "- [✅] **Una instrucción para la computadora**\n\n-  Un signo de dólar\n\n---\n\n"
        "## ❓ **Pregunta:**\n\n**¿Qué comando imprime texto?**\n\n### Opciones:\n\n- ls\n- [✅] echo\n- cd\n"
    )
    items = _items(tmp_path, {"es.md": page}, _markdown("es"))
    assert [(i.question, i.correct) for i in items] == [("¿Qué es un Comando Linux?", "B"), ("¿Qué comando imprime texto?", "B")]


def test_a_key_table_with_an_explanation_column(tmp_path: Path) -> None:
    """trial16 T16-7 (severe): '## Kunci Jawaban' / '| No | Jawaban | Penjelasan |' / '| 1 | **B** | … |' (also 'No | Answer
    | Explanation') keyed nothing: the MC were Basic notes of the bare options. A key table's third column explains its
    row: the letter keys the question, the text is its explanation."""
    quiz = "".join(f"**{n}.** Question {n}?\n\nA. alpha\nB. beta\nC. gamma\n\n" for n in (1, 2))
    page = f"# Quiz\n\n{quiz}## Answer Key\n\n| No | Answer | Explanation |\n|---|---|---|\n| 1 | **B** | Beta it is. |\n| 2 | C | Gamma. |\n"
    items = _items(tmp_path, {"q.md": page}, _markdown("q"))
    assert [(i.question, i.correct) for i in items] == [("Question 1?", "B"), ("Question 2?", "C")]
    assert "Beta it is." in items[0].answer_plain()


def test_an_asking_heading_over_a_cloze_paragraph(tmp_path: Path) -> None:
    """trial16 T16-6 (high): '## What is a generative effect?' / 'Surprise under {{c1::observation}} is called a
    {{c2::generative effect}}.' was a Basic note whose back printed the braces. The paragraph is a cloze note, the
    heading its section."""
    page = "# Notes\n\n## What is a generative effect?\n\nSurprise under {{c1::observation}} is called a {{c2::generative effect}}.\n"
    (item,) = _items(tmp_path, {"c.md": page}, _markdown("c"))
    assert item.cloze == "Surprise under {{c1::observation}} is called a {{c2::generative effect}}."
    assert item.section[-1] == "What is a generative effect?"


def test_a_cloze_lead_in_over_a_list_of_deletions(tmp_path: Path) -> None:
    """trial16 T16-5 (severe): 'A symmetric monoidal structure consists of' / '1. a {{c1::monoidal unit}} $I$' / '2. a
    {{c2::monoidal product}} $\\otimes$' was split per entry: entry 1 a note without its subject, entry 2 skipped with a
    wrong message, the lead-in lost. A lead-in that goes on into its list, the entries' deletions numbered apart, is one
    cloze note; entries all 'c1' stay a note each."""
    page = (
        "## Structure\n\nA symmetric monoidal structure consists of\n1. a {{c1::monoidal unit}} $I$\n2. a {{c2::monoidal product}}\n\n"
        "## Words\n\nRemember:\n\n- {{c1::Paris}} is in France.\n- {{c1::Rome}} is in Italy.\n"
    )
    items = _items(tmp_path, {"c.md": page}, _markdown("c"))
    assert len(items) == 3
    assert items[0].cloze is not None and "symmetric monoidal structure consists of" in items[0].cloze
    assert "{{c1::monoidal unit}}" in items[0].cloze and "{{c2::monoidal product}}" in items[0].cloze
    assert [i.cloze for i in items[1:]] == ["{{c1::Paris}} is in France.", "{{c1::Rome}} is in Italy."]


def test_an_answer_slide_after_its_question_slide(tmp_path: Path) -> None:
    """trial16 T16-16 (severe): a slide deck asks on one slide and answers on the next ('## ✅ CHECK' / '### Question:' /
    the question / 'A. …' … / '---' / '## ✅ CHECK - Answer' / '**Correct answer:** C'): the MC was skipped 'none marked
    correct' and the answer slide was a card of its own. A slide whose heading is the one before it plus an answer word
    goes on under that question."""
    slide = "## ✅ CHECK\n\n### Question:\n\nWhat is event delegation?\n\nA. One per item\nB. Inline onclick\nC. One listener on the parent\n\n---\n\n"
    second = slide.replace("What is event delegation?", "Which listener survives a render?")
    answer = "## ✅ CHECK - Answer\n\n**Correct answer:** C\n\n**Why:** bubbling.\n\n---\n\n"
    page = f"# Class 14\n\n{slide}{answer}{second}{answer}"
    items = _items(tmp_path, {"s.md": page}, _markdown("s"))
    assert [(i.question, i.correct) for i in items] == [("What is event delegation?", "C"), ("Which listener survives a render?", "C")]


def test_a_sentence_to_complete_with_its_answers_in_bold(tmp_path: Path) -> None:
    """trial16 T16-34 (high): '## Pytanie 2' / 'Uzupełnij zdanie:' / 'Układ body-frame jest **lokalnym układem …**.'
    ('Complete the sentence:' / 'The capital of France is **Paris** …') was a Basic card fronted by the instruction
    alone, the sentence on the back. Under such an instruction the sentence is a cloze note, each bold part a deletion."""
    page = (
        "## Question 1\n\nComplete the sentence:\n\nThe capital of France is **Paris** and its river is the **Seine**.\n\n---\n\n"
        "## Question 2\n\nName the largest planet.\n\n**Answer:** Jupiter.\n"
    )
    items = _items(tmp_path, {"en.md": page}, _markdown("en"))
    cloze = [i for i in items if i.cloze]
    assert [i.cloze for i in cloze] == ["The capital of France is {{c1::Paris}} and its river is the {{c2::Seine}}."]
    assert not any("Complete the sentence" in (i.question or "") for i in items)


def test_a_logseq_block_embed_answers_with_the_block(tmp_path: Path) -> None:
    """trial16 T16-33 (medium): a Logseq card answered by '{{embed ((uuid))}}' showed the raw macro, no message. The block
    whose 'id:: uuid' property is in a page of sources/ is put in its place (its text and its children's); one that is
    not there is a warning naming the line."""
    card = "- What is the difference between DeiT and VIT? #card\n\t- {{embed ((4d5da1ee-7d22-41f8-bc1e-14fd2b4ab278))}}\n"
    graph = "- DeiT vs ViT\n\t- DeiT adds a distillation token.\n\t  id:: 4d5da1ee-7d22-41f8-bc1e-14fd2b4ab278\n\t\t- It needs less data.\n"
    items = _items(tmp_path, {"deit.md": card, "graph.md": graph}, _markdown("deit"))
    (item,) = [i for i in items if i.source == "deit"]
    assert "DeiT adds a distillation token." in item.answer_plain() and "It needs less data." in item.answer_plain()
    _, warned = _warned(tmp_path / "alone", {"deit.md": card}, _markdown("deit"))
    assert any("deit.md:2: " in w and "Logseq block" in w for w in warned)


def test_a_p_numbered_exam_keyed_in_an_instructors_box(tmp_path: Path) -> None:
    """trial15 T15-48 (severe): '**P1.** ¿…?' over 'A) …' paragraphs, keyed in '!!! danger "Solo instructor — Clave de
    Respuestas"' by a table '| P1 | **C** | Concepto evaluado |': 4 junk notes. 'P1.' numbers a question, a key table's
    ids may carry its letter, the box titled as the key is read as the key, and a key heading over no key (a '#### Answer'
    first) no longer hides a later one."""
    quiz = "".join(f"**P{n}.** ¿Pregunta {n}?\n\nA) uno\n\nB) dos\n\nC) tres\n\n---\n\n" for n in (1, 2))
    key = (
        '!!! danger "Solo instructor — Clave de Respuestas"\n\n    ## Clave de Respuestas\n\n'
        "    | Pregunta | Respuesta | Concepto evaluado |\n    |---|---|---|\n    | P1 | **C** | Tres. |\n    | P2 | **B** | Dos. |\n"
    )
    items = _items(tmp_path, {"es.md": f"# Examen\n\n{quiz}{key}"}, _markdown("es"))
    assert [(i.question, i.correct) for i in items] == [("¿Pregunta 1?", "C"), ("¿Pregunta 2?", "B")]
    assert "Tres." in items[0].answer_plain()


def test_links_to_the_courses_other_pages_are_no_cards(tmp_path: Path) -> None:
    """trial15 T15-61 (rest): '## 📖 เอกสารที่เกี่ยวข้อง' / '*   **บทก่อนหน้า**: [00_Overview.md](00_Overview.md)' /
    '*   **บทถัดไป**: [02_Interface.md](02_Interface.md)' warned 'question has no answer' twice. A list whose every
    entry's text is a link to another page of the course is navigation: no card, no warning."""
    page = (
        "## Concept Check\n\n**What is VOF?**\n\nA volume fraction method.\n\n## 📖 Related\n\n"
        "*   **บทก่อนหน้า**: [00_Overview.md](00_Overview.md)\n*   **บทถัดไป**: [02_Interface.md](02_Interface.md)\n"
    )
    items, warned = _warned(tmp_path, {"th.md": page}, _markdown("th"))
    assert [i.question for i in items] == ["What is VOF?"] and not [w for w in warned if "no answer" in w]
