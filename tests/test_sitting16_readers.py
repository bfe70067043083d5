"""Markdown reading fixes of the sixteenth sitting (readers): each test a fixture of the shape a finder met."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import Item


def _warned(tmp_path: Path, files: dict[str, str], table: str) -> tuple[list[Item], list[str]]:
    compiled = build(
        deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000
    ).compiled
    assert compiled is not None
    return compiled.items, [f"{d.file}:{d.line}: {d.message}" for d in compiled.diagnostics.items]


def _markdown(*names: str) -> str:
    return "".join(f'[[source]]\nid = "{n}"\nfile = "sources/{n}.md"\nlayout = "markdown"\n' for n in names)


def test_a_lesson_title_over_a_labelled_question_is_its_section(tmp_path: Path) -> None:
    """trial15 T15-72 (regression of T15-53's fix): '## Lesson 1.1 — Ano ang "use client"?' over '**Tanong:** …?' /
    '**Sagot:** …' gave the front 'Lesson 1.1 — … **Question:** Bakit …?'. A numbered lesson's title that asks is the
    card's section; the labelled question is the front. A question heading ('### Q4. …？') keeps T15-53's reading."""
    page = (
        '## Lesson 1.1 — Ano ang `"use client"`?\n\n**Tanong:** Bakit may error kapag nag-lagay ako ng onClick?\n\n'
        "**Sagot:** Server Components ang default.\n\n## Lesson 1.2 — Text Input\n\n**Tanong:** Paano makuha ang text?\n\n"
        "**Sagot:** Gumamit ng controlled input.\n\n### Q4. 为什么叫 Kafka？\n\n**问：** 这名字哪来的？\n\n**答：** 来自作家 Franz Kafka。\n"
    )
    items, warned = _warned(tmp_path, {"tl.md": page}, _markdown("tl"))
    assert [i.question for i in items] == [
        "Bakit may error kapag nag-lagay ako ng onClick?",
        "Paano makuha ang text?",
        "为什么叫 Kafka？",
    ]
    assert items[0].section[-1].startswith("Lesson 1.1 — Ano ang")
    assert items[0].answer_plain().strip() == "Server Components ang default."
    assert not [w for w in warned if "no answer" in w]


def test_sentences_to_complete_under_question_labels_are_cloze_notes(tmp_path: Path) -> None:
    """trial16 RECHECK T16-34 (regression): '## Question 1' / 'Complete the sentence:' / 'The body frame is **a local
    coordinate system**.' on a page read with headings = "cards" gave Basic notes fronted 'Question 1' whose backs
    printed '{{c1::…}}'. A heading over cloze sentences only is their section: a cloze note each."""
    page = (
        "# Quiz\n\n## Question 1\n\nComplete the sentence:\n\nThe body frame is **a local frame**.\n"
        "Its axes **turn with the phone**.\n\n## Question 2\n\nFill in the blanks:\n\n"
        "The capital of France is **Paris** and its river is the **Seine**.\n"
    )
    table = '[[source]]\nid = "en"\nfile = "sources/en.md"\nlayout = "markdown"\nheadings = "cards"\n'
    items, _ = _warned(tmp_path, {"en.md": page}, table)
    assert [i.kind.value for i in items] == ["cloze", "cloze", "cloze"]
    assert "{{c2::Seine}}" in (items[2].cloze or "")


def test_the_code_a_question_points_at_is_on_the_front(tmp_path: Path) -> None:
    """trial16 T16-34 (rest): 'Przeanalizuj poniższy fragment kodu w GLSL i podaj zawartość wektora `result`:' ('analyse
    the code below') over the code and then the working, no answer label: the code went on the back with the answer.
    The code the question points at is its front's; what follows it the answer."""
    page = (
        "# T\n\n## Pytanie 6\nPrzeanalizuj poniższy fragment kodu w GLSL i podaj zawartość wektora `result`:\n\n"
        "```glsl\nvec3 result = colour.bar;\n```\n\n`colour.bar` → **(0.7, 1.0, 0.0)**\n\n## Pytanie 8\n\nCo to jest GLSL?\n\nJęzyk shaderów.\n"
    )
    items, _ = _warned(tmp_path, {"pl.md": page}, _markdown("pl"))
    assert "colour.bar;" in " ".join(b.plain() for b in items[0].stimulus)
    assert "(0.7, 1.0, 0.0)" in items[0].answer_plain() and "result =" not in items[0].answer_plain()


def test_marked_option_lines_under_an_options_label(tmp_path: Path) -> None:
    """trial16 T16-38 (severe): '## Question 1:' / '**Question:** Which port does HTTPS use?' / '**Answer Options:**' /
    '❌ Option 1: A. 80' / '✅ Option 2: B. 443' … / '**Explanation:** …': a Basic card whose back was the raw lines,
    and the fill-in question that does not end in '?' was lost. The options label is layout, marked option lines in a
    paragraph are options, and an unnumbered '**Question:**' label asks whatever its punctuation."""
    page = (
        "# Questions\n\n## Question 1:\n\n**Question:** Which port does HTTPS use?\n\n**Answer Options:**\n"
        "❌ Option 1: A. 80\n✅ Option 2: B. 443\n❌ Option 3: C. 22\n\n**Explanation:** HTTPS listens on 443.\n\n---\n\n"
        "## Question 2:\n\n**Question:** Name the protocol that resolves names\n\n**Answer Options:**\n"
        "✅ Option 1: A. DNS\n❌ Option 2: B. ARP\n\n**Explanation:** DNS maps names to addresses.\n\n"
        "**Which port does SSH use?**\n\n❌ Option 1: A. 80\n✅ Option 2: B. 22\n"
    )
    items, warned = _warned(tmp_path, {"en.md": page}, _markdown("en"))
    assert [(i.question, i.kind.value) for i in items] == [
        ("Which port does HTTPS use?", "multiple_choice"),
        ("Name the protocol that resolves names", "multiple_choice"),
        ("Which port does SSH use?", "multiple_choice"),
    ]
    assert [o.text for o in items[0].choices] == ["80", "443", "22"]
    assert items[0].correct == "B" and items[1].correct == "A"
    assert not [w for w in warned if "outside any question" in w]


def test_bold_term_paragraphs_are_cards(tmp_path: Path) -> None:
    """trial16 T16-47 (severe): Cram-style cards written as paragraphs, '**Define management plane:** protocols, …' /
    blank / '**Which version of SNMP has encryption & authentication:** SNMPv3', gave no card ('text outside any
    question'); the same lines as a list were cards. Two or more such paragraphs outside any question are a card each;
    labelled parts of an answer ('**Answer:**', '**Note:**') and facts a section's question uses are not."""
    page = (
        "### 10 - Network Foundation Protection\n\n**Define management plane:** protocols, traffic that administrator uses\n\n"
        "**Define control plane:** protocols, traffic that devices use on their own\n\n"
        "**Which version of SNMP has encryption & authentication:** SNMPv3\n\n"
        "## Case\n\n**Company:** Contoso\n\n**Budget:** 5 million\n\n**Which cloud should Contoso pick?**\n\nAzure.\n\n"
        "**Note:** cheaper there.\n\n**Hint:** think of price.\n"
    )
    items, _ = _warned(tmp_path, {"ccna.md": page}, _markdown("ccna"))
    assert [i.question for i in items] == [
        "Define management plane",
        "Define control plane",
        "Which version of SNMP has encryption & authentication",
        "Which cloud should Contoso pick?",
    ]
    assert items[2].answer_plain().strip() == "SNMPv3"


def test_options_set_four_spaces_in_under_a_bold_question(tmp_path: Path) -> None:
    """trial16 T16-46 (rest, high): a Cram page copied to Markdown, '**How does a switch know about parallel Layer 2
    paths?**' / blank / '    a. √ 802.1Q (trunk)' / '    b. BPDU' …: the indented lines were a code block on a Basic
    back. Lettered lines set in under a paragraph are its options; a question written in two bold lines is one."""
    page = (
        "### 9 - Layer 2\n\n**How does a switch know about parallel Layer 2 paths?**\n\n    a. √ 802.1Q (trunk)\n    b. BPDU\n"
        "    c. CDP\n\n**Your syntax is correct, but the command is not accepted.**\n**Which of the following might cause"
        " this? (Choose two.)**\n\n    a. √ Wrong privilege level\n    b. √ AAA not enabled\n    c. A typo\n\n"
        "Code stays code:\n\n```\n    a. not an option\n```\n"
    )
    items, _ = _warned(tmp_path, {"ccna.md": page}, _markdown("ccna"))
    assert [(i.kind.value, i.correct) for i in items] == [
        ("multiple_choice", "A"),
        ("multiple_choice", "A,B"),
    ]
    assert items[1].question.startswith(
        "Your syntax is correct, but the command is not accepted. Which of the following"
    )


def test_topic_entries_over_labelled_question_and_answer(tmp_path: Path) -> None:
    """trial16 T16-40 (high; trial12 U79 in English): '1. **🔢 Array shape:**' / '   * **Question:** Create a 3x3 …' /
    '   * **Answer:**' + an indented code block: three exercises were one card fronted by the heading over the list.
    Each topic entry is a card: the question label's text its front, the answer label's text and what is under it
    its back."""
    page = (
        "### Questions:\n\n1. **🔢 Array shape:**\n\n   * **Question:** Create a 3x3 array and print its shape.\n"
        "   * **Answer:**\n\n     ```python\n     print(np.arange(9).reshape(3, 3).shape)\n     ```\n\n"
        "2. **🎲 Random:**\n\n   * **Question:** What does `np.random.normal(0, 1, 10)` return?\n"
        "   * **Answer:** Ten samples from the standard normal distribution.\n"
    )
    items, _ = _warned(tmp_path, {"np.md": page}, _markdown("np"))
    assert [i.question for i in items] == [
        "Create a 3x3 array and print its shape.",
        "What does `np.random.normal(0, 1, 10)` return?",
    ]
    assert "reshape(3, 3)" in items[0].answer_plain()
    assert items[1].answer_plain().strip() == "Ten samples from the standard normal distribution."


def test_a_markdown_table_of_right_and_wrong_answers_is_multiple_choice(tmp_path: Path) -> None:
    """trial16 T16-21 (rest, severe): '| # | Question | Correct answer | Wrong answer 1 | … |' (Gimkit's columns; the
    Uzbek 'Savol | To'g'ri javob | Noto'g'ri javob 1 …'; a Word table converted with an empty header row and row
    numbers) was a note of the whole table or Basic cards whose back printed 'Wrong answer 1: 4'. Each row is a
    multiple-choice note keyed on its right-answer column, a number in it no option's place."""
    page = (
        "|  |  |  |  |  |\n| --- | --- | --- | --- | --- |\n|  | Question | Correct answer | Wrong answer 1 | Wrong answer 2 |\n"
        "| 1 | 2 + 2 | 4 | 3 | 22 |\n| 2 | How many sides has a triangle? | 3 | 1 | 2 |\n"
    )
    items, _ = _warned(tmp_path, {"quiz.md": page}, _markdown("quiz"))
    assert [i.question for i in items] == ["2 + 2", "How many sides has a triangle?"]
    assert [{c.label: c.text for c in i.choices}[i.correct or ""] for i in items] == ["4", "3"]


def test_analysis_labels_repeated_under_every_section_are_no_fronts(tmp_path: Path) -> None:
    """trial16 T16-26 (high): '### Sentence 1' / '> An operating system manages …' / its bold translation / '- **主句：**
    …' / '- **重点词汇：** …' under every sentence gave twelve cards fronted by the labels ('重点词汇' ×4, different
    backs), the sentences on none. Term lists whose labels other lists repeat are no glossary; under headings read as
    cards, a heading that only names and numbers ('Sentence 1') shows the quoted passage under it on the front."""
    page = (
        "## 长句分析\n\n### Sentence 1\n> An operating system manages all resources.\n\n**操作系统管理所有资源。**\n\n"
        "- **主句：** An operating system manages all resources.\n- **重点词汇：** operating system（操作系统）\n\n"
        "### Sentence 2\n> The kernel assigns memory.\n\n**内核分配内存。**\n\n- **主句：** The kernel assigns memory.\n"
        "- **重点词汇：** kernel（内核）\n\n## Glossary\n\n- **CPU:** the processor\n- **RAM:** the memory\n- **OS:** the system\n"
    )
    table = '[[source]]\nid = "zh"\nfile = "sources/zh.md"\nlayout = "markdown"\nheadings = "cards"\n'
    items, _ = _warned(tmp_path, {"zh.md": page}, table)
    fronts = [(i.question, " ".join(b.plain() for b in i.stimulus).strip()) for i in items]
    assert fronts[:2] == [
        ("Sentence 1", "An operating system manages all resources."),
        ("Sentence 2", "The kernel assigns memory."),
    ]
    assert "操作系统管理所有资源" in items[0].answer_plain() and "重点词汇" in items[0].answer_plain()
    assert not any(i.question in ("主句", "重点词汇") for i in items)


def test_a_lone_paired_answer_label_over_a_list_is_no_text(tmp_path: Path) -> None:
    """trial15 T15-66 (low): '**Q. API 404와 페이지 404의 차이는?**' / 'A.' alone / the list that answers: the back began
    with the bare 'A.' (dropped when text follows it on its line, not when it stands alone over a list)."""
    page = (
        "## FAQ\n\n**Q. error.tsx가 필요한가요?**\n\nA. 네, 필요합니다.\n\n**Q. API 404와 페이지 404의 차이는?**\n\nA.\n\n"
        "- API 404: 로컬 처리\n- 페이지 404: not-found.tsx 표시\n"
    )
    items, _ = _warned(tmp_path, {"faq.md": page}, _markdown("faq"))
    assert [i.answer_plain().strip()[:6] for i in items] == ["네, 필요합", "API 40"]


def test_a_label_opening_every_answer_is_the_pages_answer_label(tmp_path: Path) -> None:
    """trial15 T15-70 (medium): '#### Q1: "Bakit …?"' over '> **Sagot:**  ' / '> "Pinili po …"' (Sagot: Tagalog for
    'answer'): 10/10 backs opened with 'Sagot:'. A bold label alone right under three questions or more, the same
    each time, is the page's answer label: dropped as 'Answer:' is."""
    qa = "".join(f'#### Q{n}: "Tanong {n}?"\n> **Sagot:**  \n> "Sagot bilang {n}."\n\n' for n in range(1, 4))
    items, _ = _warned(tmp_path, {"tl.md": f"## Defense\n\n{qa}"}, _markdown("tl"))
    assert [i.answer_plain().strip() for i in items] == [
        '"Sagot bilang 1."',
        '"Sagot bilang 2."',
        '"Sagot bilang 3."',
    ]


def test_an_exam_questions_label_heading_and_answer_toggle(tmp_path: Path) -> None:
    """trial15 T15-63 (medium): '### 🔴 **PREGUNTA 2: Módulos CommonJS**' / '**¿Cuál es la diferencia …?**' / options /
    '<details>' '<summary>📖 **Respuesta y Explicación**</summary>' / the key / '**¿Por qué sucede esto?**' + code /
    '</details>': the headings were 'no answer', the bold line inside the toggle a card of its own (the explanation cut
    there) and the summary's words opened the explanation. The heading titles the question; a bold question inside
    an open answer toggle is that answer's; a summary that labels the answer is no text, bold marks or not."""
    one = (
        "### 🔴 **PREGUNTA {n}: Módulos**\n\n**¿Cuál es la opción {n}?**\n\n**A)** uno  \n**B)** dos  \n\n<details>\n"
        "<summary>📖 **Respuesta y Explicación**</summary>\n\n**Respuesta Correcta: B) dos**\n\n**Explicación:** porque sí.\n\n"
        "**¿Por qué sucede esto?**\n\n```js\nvar exports = module.exports;\n```\n\n</details>\n\n---\n\n"
    )
    page = "# Examen\n\n" + "".join(one.format(n=n) for n in (1, 2))
    items, warned = _warned(tmp_path, {"es.md": page}, _markdown("es"))
    assert [(i.question, i.correct) for i in items] == [
        ("¿Cuál es la opción 1?", "B"),
        ("¿Cuál es la opción 2?", "B"),
    ]
    explained = " ".join(b.plain() for b in items[1].answer)
    assert (
        "Por qué sucede esto" in explained
        and "module.exports" in explained
        and "Respuesta y Explicación" not in explained
    )
    assert not [w for w in warned if "no answer" in w]
