"""Markdown reading fixes of the eleventh sitting (readers): each test a fixture of the shape a finder met."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import ItemKind

BROKEN_TABLE = """# Quiz

| # | Question | A | B | C | D | Answer | DOK |
|---|----------|---|---|---|---|--------|-----|
| 1 | In Python, which symbol starts a comment? | // | /* | # | -- | C | 1 |
| 2 | Convert binary 1010 to decimal: | 8 | 10 | 12 | 5 | B | 2 |
| 3 | Trace this code. What will it print?
```
x = 5
if x > 3:
    print("A | B")
```
| A \\| B | B | C | A and B | A | 3 |
| 4 | A student writes pseudocode for a loop (not real code):
Which keyword begins a conditional block? | loop | when | if | check | C | 1 |
| 5 | A function is defined with the keyword: | call | define | function | def | D | 1 |

## Standards Covered

| Standard | Description | Questions |
|----------|-------------|-----------|
| 2.3.1 | Binary/hex conversion | Q5, Q17 |
| 5.3.4 | Conditional statements | Q6, Q9 |
| 5.5.5 | Comments | Q1 |
"""


def test_a_table_row_broken_by_a_code_fence(tmp_path: Path) -> None:
    """trial11 P77 (severe): a multiple-choice table whose question cell holds a code fence (the row goes on after
    it) or goes on on the next line: GFM ends the table there, so that row was skipped ('Answer cell empty') and
    every later row lost; a '| Standard | Description | Questions |' table of the quiz's question numbers made junk
    cards. The broken row is joined (its code shown with the question), the rows after it read, the map no cards."""
    compiled = build(deck_of(tmp_path, {"quiz.md": BROKEN_TABLE}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [(i.kind, i.correct) for i in items] == [(ItemKind.multiple_choice, c) for c in "CBACD"]
    assert items[2].question == "Trace this code. What will it print?"
    assert [b.plain() for b in items[2].stimulus] == ['x = 5\nif x > 3:\n    print("A | B")']
    assert items[2].stimulus_after
    assert items[3].question.endswith("(not real code): Which keyword begins a conditional block?")
    assert [i.locator.line for i in items] == [5, 6, 7, 14, 16]


EXERCISES = """## Kinetics

#### (c) Compare $K_M$ and $K_D$.

The Michaelis-Menten constant $K_M$ is defined as:

$$
K_M = \\frac{k_{-1}+ k_2}{k_1}
$$

In a specific reaction, the following rate constants were determined:

- $k_1 = 7 \\cdot 10^7$
- $k_{-1} = 8 \\cdot 10^5$

Calculate the values of $K_M$ and $K_D$.

Does $K_M$ approximate the dissociation constant in this case?

```python
K_M = ...
```

::: {.callout-important}

## Answer

Yes, since $k_{-1} \\gg k_2$ they are almost identical.

:::

#### (d) Calculate $k_2$

Assume an enzyme at $10^{-7}$ M with $V_0=10^{-4}$ M/s.

Given this information, approximate the constant $k_2$. What is this constant also called?

```python
k2 = ...
```

::: {.callout-important}

## Answer

It is also known as $k_{cat}$.

:::
"""


def test_a_long_exercise_over_its_answer_box(tmp_path: Path) -> None:
    """trial11 P73 (rest): a Quarto exercise '#### (c) Compare …' whose data, task, question and code take more than
    six blocks over its '## Answer' box was lost (text outside any question); in (d) the paragraph giving the values
    ('Assume … $V_0=10^{-4}$ …') was dropped from the front as section prose. A whole exercise under its heading is
    the question (up to 16 blocks), and a paragraph giving values stays on the front."""
    compiled = build(deck_of(tmp_path, {"ex.md": EXERCISES}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: (" ".join(b.plain() for b in i.stimulus), i.answer_plain()) for i in compiled.items}
    assert list(got) == [
        "Does \\(K_M\\) approximate the dissociation constant in this case?",
        "Given this information, approximate the constant \\(k_2\\). What is this constant also called?",
    ]
    front, answer = got["Does \\(K_M\\) approximate the dissociation constant in this case?"]
    assert "is defined as" in front and "Calculate the values" in front and answer.startswith("Yes")
    assert "Assume an enzyme" in got["Given this information, approximate the constant \\(k_2\\). What is this constant also called?"][0]


LABELLED_BULLETS = """# Câu hỏi phỏng vấn OOP

## Phần 1: Kiến thức cơ bản

### 1. Thiết kế lớp
**Câu hỏi:** Làm thế nào để tránh lặp lại mã?

- **Cách trả lời:** Áp dụng nguyên tắc DRY.

## Phần 2: Câu hỏi tình huống

### 1. **Thiết kế hệ thống quản lý thư viện**
   - **Câu hỏi:** Bạn sẽ thiết kế các lớp nào cho hệ thống quản lý thư viện?
   - **Gợi ý trả lời:** Các lớp như `Book`, `Member`, `Loan`.

### 2. **Đa hình**
   - **Câu hỏi:** Cho ví dụ về đa hình trong thực tế.
   - **Gợi ý trả lời:**
     - Lớp `Shape` với phương thức `area()`.
     - `Circle` và `Square` ghi đè `area()`.
"""


def test_question_and_answer_labels_as_sibling_bullets(tmp_path: Path) -> None:
    """Vietnamese OOP interview page, second series (left by 004727f): '   - **Câu hỏi:** …' / '   - **Gợi ý trả lời:** …'
    entries under '### 1. **Title**' were warned as text outside any question. A list whose entries are question-label
    and answer-label entries in any language deckc knows is a card per question (the answer's nested list kept)."""
    compiled = build(deck_of(tmp_path, {"oop.md": LABELLED_BULLETS}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert list(got) == [
        "Làm thế nào để tránh lặp lại mã?",
        "Bạn sẽ thiết kế các lớp nào cho hệ thống quản lý thư viện?",
        "Cho ví dụ về đa hình trong thực tế.",
    ]
    assert got["Bạn sẽ thiết kế các lớp nào cho hệ thống quản lý thư viện?"] == "Các lớp như Book, Member, Loan."
    assert [b.text.count("<li>") for b in compiled.items[2].answer] == [2]  # (the nested list stays a list)


VOCABULARY = """# N5 Vocabulary

## Colors

| Kanji | Hiragana | Romaji | Meaning | Type |
|-------|----------|--------|---------|------|
| 赤 | あか | aka | red | noun |
| 青 | あお | ao | blue | noun |
| 白 | しろ | shiro | white | noun |

## Body

| Kanji | Hiragana | Romaji | Meaning | Type |
|-------|----------|--------|---------|------|
| 目 | め | me | eye | noun |
| 手 | て | te | hand | noun |
| 足 | あし | ashi | foot | noun |

## Basic Particles

| Hiragana | Romaji | Function | Example Meaning |
|----------|--------|----------|-----------------|
| は | wa | topic marker | as for... |
| が | ga | subject marker | (subject) does |
| を | wo/o | object marker | (direct object) |
"""


def test_a_sibling_table_opening_with_the_pages_card_column(tmp_path: Path) -> None:
    """trial11 P65 (rest): among '| Kanji | Hiragana | Romaji | Meaning | Type |' tables read a card per row, the
    '| Hiragana | Romaji | Function | Example Meaning |' particles table (no column named like an answer) was ONE card
    holding the whole table. A table that opens with a column of the page's tables of cards is one too: its first
    column the front, its first column they lack ('Function') the back, the rest labelled on the back."""
    compiled = build(deck_of(tmp_path, {"n5.md": VOCABULARY}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert list(got)[-3:] == ["は", "が", "を"] and len(got) == 9
    assert got["は"].split("\n")[0] == "topic marker" and "Romaji: wa" in got["は"] and "Example Meaning: as for..." in got["は"]


CHATGPT_PAGE = """## Beginner-Level Questions

### 1\\. **What is JavaScript?**

JavaScript is a programming language for the web.

### 7\\. **What is the purpose of the `typeof` operator?**

The `typeof` operator returns a string naming the type of a value.

```javascript
javascriptCopy codetypeof 'hello';   // 'string'
typeof 42;        // 'number'
```

---

These explanations should help you get a solid understanding of the basics!

Intermediate-Level Questions

What is closure in JavaScript?

What is the difference between function declarations and function expressions?

What is async/await in JavaScript?
"""


def test_a_rule_then_a_list_of_unanswered_questions_ends_the_answer(tmp_path: Path) -> None:
    """trial12 U12 (severe): a ChatGPT page's answered questions, then '---' and a list of questions nobody answers:
    all of them were glued onto the last answer's back ('typeof' taught as '… What is closure in JavaScript? …'),
    none listed as skipped. The rule ends that answer; each question after it is listed as skipped 'no answer'.
    trial12 U13: ChatGPT's copy-button residue ('javascriptCopy code') is no part of the code."""
    compiled = build(deck_of(tmp_path, {"js.md": CHATGPT_PAGE}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    kept = compiled.items
    assert [i.question for i in kept] == ["What is JavaScript?", "What is the purpose of the `typeof` operator?"]
    assert "closure" not in kept[1].answer_plain() and "These explanations" not in kept[1].answer_plain()
    assert [(i.question, i.skip) for i in compiled.deck.skipped] == [
        ("What is closure in JavaScript?", "no answer"),
        ("What is the difference between function declarations and function expressions?", "no answer"),
        ("What is async/await in JavaScript?", "no answer"),
    ]
    assert "typeof 'hello';" in kept[1].answer_plain() and "Copy code" not in kept[1].answer_plain()


INTERVIEW_BANK = """# JavaScript

## JS 数据类型有哪些？

#### 类型：`基础`

#### 级别：`W1`、`W2`

#### 解答（2 分）

- **1：** 基本类型：字符串、数字、布尔
- **1：** 引用类型：对象、函数、数组

## 实现数组去重

#### 类型：`基础`、`编程`

#### 级别：`W1`

#### 解答（8 分）

<details>

- **1：** 方法一：使用Set对象

```js
const unique = (arr) => [...new Set(arr)];
```

- **2：** 方法二：使用filter方法和indexOf函数

</details>
"""


def test_task_headings_over_an_answer_label_with_a_score(tmp_path: Path) -> None:
    """trial12 U6 (severe) and U7: an interview bank's headings each over '#### 类型：…' / '#### 级别：…' metadata
    sub-headings and '#### 解答（N 分）' (the answer label with its score): a task heading that does not ask
    ('## 实现数组去重') was lost and its answer's '- **1：** …' score bullets became cards fronted '1'/'2', merged;
    every back began with the three h4s. A heading over such facts and an answer label is a question; the facts and
    the label are layout."""
    compiled = build(deck_of(tmp_path, {"js.md": INTERVIEW_BANK}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert list(got) == ["JS 数据类型有哪些？", "实现数组去重"]
    assert all("基础" not in a and "W1" not in a and "解答" not in a for a in got.values())
    assert "方法一" in got["实现数组去重"] and "new Set" in got["实现数组去重"]


EXAM_SHEET = """### 🔋 **1. Lei de Ohm**

**(ENCCEJA – Inspirado)**
Um resistor de 10 Ω é percorrido por uma corrente de 2 A. Qual é a tensão elétrica nesse resistor?

**a)** 5 V
**b)** 12 V
**c)** 20 V
**d)** 0,2 V

✅ **Resposta:**
$U = R \\times I = 20\\,V$
**Gabarito: c)**

---

### 🔦 **2. Componentes de Circuito**

Qual desses componentes permite ou interrompe a passagem da corrente elétrica?

**a)** Lâmpada
**b)** Fio condutor
**c)** Bateria
**d)** Interruptor

✅ **Resposta: d)** O interruptor controla o fluxo de corrente.
"""


def test_numbered_topic_headings_over_exam_questions(tmp_path: Path) -> None:
    """learner5 L3 (severe): '### 🔋 **1. Lei de Ohm**' over a '**(ENCCEJA – Inspirado)**' source line, the question,
    '**a)** …' option lines, '✅ **Resposta:**' and '**Gabarito: c)**': every exercise was a Basic card whose front was
    the topic title, the question, options and key on its back. A numbered topic heading over a paragraph that asks and
    its options titles that exercise: a multiple-choice note, the title its section, bold option letters options."""
    compiled = build(deck_of(tmp_path, {"fis.md": EXAM_SHEET}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [(i.kind, i.correct, [c.text for c in i.choices][:2]) for i in items] == [
        (ItemKind.multiple_choice, "C", ["5 V", "12 V"]), (ItemKind.multiple_choice, "D", ["Lâmpada", "Fio condutor"]),
    ]  # fmt: skip
    assert items[0].question.endswith("Qual é a tensão elétrica nesse resistor?") and "Um resistor" in items[0].question
    assert items[1].question == "Qual desses componentes permite ou interrompe a passagem da corrente elétrica?"
    assert [i.section[-1] for i in items] == ["Lei de Ohm", "Componentes de Circuito"]


RADIO_TEST = """# Test de Ejemplo

* **Autor:** Ismael
* **Descripción:** Un test.

---

1. ¿Cuál es la capital de Francia?

    - ( ) Madrid
    - (x) París

<!-- Esto es un comentario que no debe verse -->

4. ¿Qué afirmaciones sobre Markdown son correctas?

    - (x) Permite usar **negritas**
    - (x) Se puede escribir `código` inline
    - ( ) Requiere compilarse como C++

2. ¿Qué hace el siguiente código en Python?

    ```python
    print("Hola mundo")
    ```

    - (x) Imprime "Hola mundo"
    - ( ) Lanza un error
"""


def test_numbered_radio_questions_of_a_test_generator(tmp_path: Path) -> None:
    """learner5 L7 (severe, part): a Spanish md2html test: '* **Autor:** …' metadata bullets under the title and a '---'
    became cards; a question alone in its list (an HTML comment ends the list above) was lost; a program between the
    question and its '(x)' / '( )' options left them raw on a Basic card's back. The page's own details are no cards,
    a one-entry list with marked options is a question, and the code before the options is shown under the question
    ('siguiente': following)."""
    compiled = build(deck_of(tmp_path, {"test.md": RADIO_TEST}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [(i.question, i.kind, i.correct) for i in items] == [
        ("¿Cuál es la capital de Francia?", ItemKind.multiple_choice, "B"),
        ("¿Qué afirmaciones sobre Markdown son correctas?", ItemKind.multiple_choice, "A,B"),
        ("¿Qué hace el siguiente código en Python?", ItemKind.multiple_choice, "A"),
    ]
    assert [b.plain() for b in items[2].stimulus] == ['print("Hola mundo")'] and items[2].stimulus_after


KEYED_AT_THE_END = """# AZ-900 Practice Test

## Section 1: Cloud Concepts

### Question 1
What are the three main cloud service models?

A) IaaS, PaaS, SaaS
B) Public, Private, Hybrid
C) Compute, Storage, Network

---

### Question 2
**True or False:** Azure regions are always paired with another region.

A) True
B) False

---

### Question 3
**Select all that apply:** Which are advantages of cloud computing? (Multiple answers)

A) Economies of scale
B) Agility
C) Limited geographic distribution

---

## Answer Key
<a id="answers"></a>

### Section 1: Cloud Concepts (Questions 1-3)

**1. Answer: A** - IaaS, PaaS, SaaS
*Explanation:* The three service models are IaaS, PaaS and SaaS.

**2. Answer: B** - False
*Explanation:* Most regions are paired, not all.

**3. Answer: A, B** - Economies of scale, Agility
"""


def test_an_answer_key_with_sections_and_explanations(tmp_path: Path) -> None:
    """trial12 U2 (severe, readers' part): '### Question N' over the question and 'A) …' options, keyed at the end under
    '## Answer Key' by '**1. Answer: A** - IaaS, PaaS, SaaS' entries with '*Explanation:* …' lines, a '### Section 1 …'
    sub-heading and an '<a id>' anchor: the key was not read (the options taught as the answer, the key a card), and
    '**True or False:** …' / '**Select all that apply:** …' questions were lost. Now all are multiple choice, keyed, each
    key's explanation on its back."""
    compiled = build(deck_of(tmp_path, {"az.md": KEYED_AT_THE_END}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [(i.kind, i.correct) for i in items] == [(ItemKind.multiple_choice, c) for c in ("A", "B", "A,B")]
    assert items[1].question.startswith("True or False:") and items[2].question.startswith("Select all that apply:")
    assert items[0].answer_plain() == "The three service models are IaaS, PaaS and SaaS."


HUGO_PAGE = """+++
title = "Hash table"
+++

## Collision resolution {#collision-resolution}

What does a hash table do when two keys collide?

### Separate chaining {#separate-chaining}

It chains the colliding entries in a list.

## Flashcards {#flashcards}

### Definition {#definition}

A structure that maps keys to values.

#### Back {#back}

Hash table

#### Source {#source}

Wikipedia

### Load factor {#load-factor}

Entries divided by buckets.

#### Back {#back}

The load factor
"""


def test_heading_anchors_of_a_site_generator_are_no_ids(tmp_path: Path) -> None:
    """trial12 U29 (severe): Hugo / ox-hugo pages write an anchor after every heading ('## Collision resolution
    {#collision-resolution}', '#### Back {#back}' repeated): read as deckc's own question ids, the repeats were
    'duplicate id' ERRORS and nothing was written. A page whose ids spell their headings or repeat uses them as
    anchors: the build goes on."""
    result = build(deck_of(tmp_path, {"hash.md": HUGO_PAGE, "merge.md": HUGO_PAGE.replace("Hash", "Merge")}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and result.compiled.items
    assert not [d for d in result.compiled.diagnostics.items if "duplicate" in d.text()]


def test_a_cpp_scope_is_no_obsidian_card(tmp_path: Path) -> None:
    """trial12 U26 (severe): answers holding 'std::cout' were split as Obsidian 'Term::answer' cards ('Missing
    semicolon after the std' → 'cout statement'), ending the question before them. A '::' glued between identifiers
    in an answer, or on a page of C++ / Rust code, is a scope operator: answer text."""
    page = (
        "# C++\n\n## What is wrong with this code?\n\n```cpp\nstd::cout << \"Hi\"\n```\n\n"
        "Missing semicolon after the std::cout statement\n\n## How do you print?\n\nUse std::cout::operator<< or printf.\n"
    )
    compiled = build(deck_of(tmp_path, {"cpp.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert list(got) == ["What is wrong with this code?", "How do you print?"]
    assert got["What is wrong with this code?"] == "Missing semicolon after the std::cout statement"
    assert got["How do you print?"].startswith("Use std::cout::operator")


QUOTED = """## Probability
1. A fair coin is tossed 5 times. What is the probability of getting at most 4 tails?
> 31/32
2. When you roll a pair of dice, what is the chance of a double?
> 1/6
3. Question 3
3% of all applicants are admitted. 70% of all applicants have a GPA of 3.6 or above.

What are the chances of being admitted for an applicant whose GPA is 3.6 or above?
> ![image](answer.png)
"""


def test_numbered_questions_answered_by_quotes_at_the_margin(tmp_path: Path) -> None:
    """learner5 L20 (severe): a course's quiz notes, '1. …?' then '> answer' at the margin, '2. …?': Markdown ends the
    list at the quote and reads '2. …' as the quote's text, so 6 questions made 3 notes with one front, backs the next
    question. Each entry is read with its lines, the quote its answer, the facts and the ask before it its front."""
    table = '[[source]]\nid = "stats"\nfile = "sources/stats.md"\ntitle = "Stats"\nlayout = "markdown"\n'  # (the whole page is detected so)
    compiled = build(deck_of(tmp_path, {"stats.md": QUOTED}, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = [(i.question, i.answer_plain().strip()) for i in compiled.items]
    assert got[:2] == [
        ("A fair coin is tossed 5 times. What is the probability of getting at most 4 tails?", "31/32"),
        ("When you roll a pair of dice, what is the chance of a double?", "1/6"),
    ]
    # (its answer is only a picture that is not there: no card, listed as skipped; trial12 U15, formats)
    (third,) = compiled.deck.skipped
    assert third.question.startswith("3% of all applicants are admitted.") and third.question.endswith("whose GPA is 3.6 or above?")
    assert third.skip == "picture not found" and len(got) == 2


def test_headings_in_quotes_and_full_width_labels(tmp_path: Path) -> None:
    """trial12 U36 (severe): a Japanese FAQ '> ### Ｑ．コマンドが反応しない' (a heading alone in a block quote) over 'Ａ．…' at
    the margin was ONE card holding every Q&A; unquoted, the full-width labels 'Ｑ．' / 'Ａ．' stayed on the cards. A quote
    holding only a heading is that heading, and full-width labels are labels."""
    page = (
        "# ヘルプ（Ｑ＆Ａ）\n\n> ## エラーが起きる\n\n> ### Ｑ．コマンドが反応しない\nＡ．ボットが起動されていない可能性があります。\n\n"
        "> ### Ｑ．何もしていないのにエラーが出た\nＡ．ConfigのチャンネルIDを誤っている可能性があります。\n"
    )
    compiled = build(deck_of(tmp_path, {"help.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [
        ("コマンドが反応しない", "ボットが起動されていない可能性があります。"),
        ("何もしていないのにエラーが出た", "ConfigのチャンネルIDを誤っている可能性があります。"),
    ]


def test_a_blank_quiz_keeps_its_code_and_explanation(tmp_path: Path) -> None:
    """learner4 N75 (rest): mkdocs-quiz blanks became clozes, but the program above 'The above code prints [[Hello
    world]]' was on no card and the '---' explanation under '2 + 2 = [[4]]' was lost. Inside its quiz, what stands
    before the blank is shown with it and what follows its rule is the note's extra text."""
    page = (
        "# Demo Quiz\n\n<quiz>\nWhat is the capital of France?\n\n- [ ] London\n- [x] Paris\n</quiz>\n\n<quiz>\n```python\nprint(\"Hello world\")\n```\nThe above code prints [[Hello world]] to the terminal.\n"
        "</quiz>\n\n<quiz>\n2 + 2 = [[4]]\n\n---\nThat's correct! Basic arithmetic is fundamental.\n</quiz>\n"
    )
    compiled = build(deck_of(tmp_path, {"quiz.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items[1:]
    assert [i.cloze for i in items] == ["The above code prints {{c1::Hello world}} to the terminal.", "2 + 2 = {{c1::4}}"]
    assert [b.plain() for b in items[0].stimulus] == ['print("Hello world")']
    assert items[1].answer_plain() == "That's correct! Basic arithmetic is fundamental."


LESSON_QUIZ = """## Definition

The Facade Pattern provides a unified interface to a set of interfaces in a subsystem.

## When to Use?

- A subsystem has many moving parts.

## Example

The facade holds the ordering.

=== "Java"

    ```java
    public class OrderFacade {}
    ```

## Check Your Understanding

<quiz>
What does a Facade provide?

- [x] A single simplified interface in front of a complex subsystem
> Correct. It gives the common use cases one entry point.
- [ ] A placeholder that controls access to another object
- [ ] A way to undo and redo operations
</quiz>
"""


def test_a_lesson_quiz_with_option_feedback_and_content_tabs(tmp_path: Path) -> None:
    """trial12 U14 (high): a lesson ending '## Check Your Understanding' over an mkdocs-quiz whose right option carries
    its '> Correct. …' feedback was ONE heading card showing the ticked answer (the question never asked); the
    '=== "Java"' content tabs were printed raw. The feedback goes under the options (the quiz is multiple choice, the
    feedback its explanation, the heading its section) and a tab is its title in bold over its content."""
    compiled = build(deck_of(tmp_path, {"facade.md": LESSON_QUIZ}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    quiz = [i for i in compiled.items if i.kind is ItemKind.multiple_choice]
    assert [(i.question, i.correct, len(i.choices)) for i in quiz] == [("What does a Facade provide?", "A", 3)]
    assert quiz[0].answer_plain().strip().startswith("Correct.") and quiz[0].section == ["Check Your Understanding"]
    assert "Check Your Understanding" not in [i.question for i in compiled.items]
    assert not any('=== "Java"' in i.answer_plain() for i in compiled.items)


SR_NOTE = """---
{"tags":["Uni/LFS122","flashcards/LFS122"]}
---

# Abduction

> [!Definition] Definition
> A movement away from the midline of the body.

## Flashcards

What is [[Cards/Abduction\\\\|Abduction]]?;;; Movement away from the midline of the body.
<!--SR:!2023-07-04,79,250!2025-12-09,463,270-->

What joint unites the Clavicle and the Scapula?;;Acromioclavicular Joint
"""


def test_spaced_repetition_cards_with_custom_separators(tmp_path: Path) -> None:
    """learner5 L17 (high): an Obsidian vault whose Spaced Repetition plugin was set to ';;' (one way) and ';;;' (both
    ways): none of its cards was read. On a page carrying the plugin's signs ('<!--SR:' comments, a flashcards tag)
    such lines are cards as '::' / ':::' are (detection still reads such a page by its headings: layout = markdown)."""
    table = '[[source]]\nid = "abduction"\nfile = "sources/abduction.md"\ntitle = "Abduction"\nlayout = "markdown"\n'
    compiled = build(deck_of(tmp_path, {"abduction.md": SR_NOTE}, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = [(i.question, i.answer_plain().strip(), i.reverse) for i in compiled.items]
    assert got == [
        ("What is Abduction?", "Movement away from the midline of the body.", True),
        ("What joint unites the Clavicle and the Scapula?", "Acromioclavicular Joint", False),
    ]


def test_an_answers_list_of_conditions_stays_in_it(tmp_path: Path) -> None:
    """trial12 U40 (high): an answer's numbered points '1. When a new javascript program is executed …, the task will
    be added …' / '2. When an event fires, …' were taken out of the answer as questions without answers ('When'
    opens like a question). A condition followed by its clause is a statement: the list stays in the answer."""
    page = (
        "# JavaScript Interview Questions\n\n### What are tasks in event loop?\n\nA task is any code scheduled to run.\n"
        "Below are the list of use cases to add tasks to the task queue,\n\n"
        "1. When a new javascript program is executed directly from console, the task will be added to the task queue.\n"
        "2. When an event fires, the event callback added to task queue\n"
        "3. When a setTimeout or setInterval is reached, the corresponding callback added to task queue\n\n"
        "### What is microtask?\n\nCode run after the current task.\n"
    )
    compiled = build(deck_of(tmp_path, {"js.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert list(got) == ["What are tasks in event loop?", "What is microtask?"] and not compiled.deck.skipped
    assert "When a setTimeout or setInterval is reached" in got["What are tasks in event loop?"]


def test_an_answers_told_points_stay_in_it(tmp_path: Path) -> None:
    """learner5 L13 (high): under '**为什么成员变量有默认值？**' the answer's bold-led points ('- **局部变量**只活在一个方法里，
    编译器能清楚地看到它是否在使用前被赋值，…。') were skipped as questions without answers ('是否' can ask) and everything
    after them was text outside any question. A long sentence ending in a full stop tells: the answer goes on."""
    page = (
        "## 变量\n\n### 成员变量与局部变量的区别？\n\n- **语法形式**：成员变量是属于类的。\n\n**为什么成员变量有默认值？**\n\n"
        "核心原因是为了保证对象状态的安全和可预测性。\n\n"
        "- **局部变量**只活在一个方法里，编译器能清楚地看到它是否在使用前被赋值，所以编译器会强制你必须手动赋值，否则就报错。\n"
        "- **成员变量**是跟着对象走的，编译器在编译时**无法预测**它到底什么时候会被赋值，所以它有一个安全的默认值。\n\n"
        "Java 干脆为所有成员变量提供了一个安全的默认值。\n"
    )
    compiled = build(deck_of(tmp_path, {"java.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert list(got) == ["成员变量与局部变量的区别？", "为什么成员变量有默认值？"] and not compiled.deck.skipped
    assert "局部变量只活在一个方法里" in got["为什么成员变量有默认值？"] and got["为什么成员变量有默认值？"].rstrip().endswith("安全的默认值。")


TOPIC_THEN_QUESTION = """## 基本语法

### 标识符和关键字的区别是什么？

标识符就是一个名字，关键字是被赋予特殊含义的标识符。

### ⭐️ 移位运算符

移位运算符是最基本的运算符之一。

`HashMap` 中的 `hash` 方法的源码就用到了移位运算符：

```java
return (key == null) ? 0 : (h = key.hashCode()) ^ (h >>> 16);
```

它还在以下方面发挥着重要作用：

- **位字段管理**：例如存储和操作多个布尔值。
- **数据压缩**：例如霍夫曼编码。

**如果移位的位数超过数值所占有的位数会怎样？**

当 int 类型左移/右移位数大于等于 32 位操作时，会先求余（%）后再进行移位操作。
"""


def test_a_topics_long_text_is_its_own_note(tmp_path: Path) -> None:
    """learner5 L11 (high): '### ⭐️ 移位运算符' (a topic among question headings) over paragraphs, code and a list, then a
    bold question: the whole text was put on that question's FRONT and the list's points became glossary cards. A
    section's text of more than three blocks before its first question is the heading's own note, not a lead shown
    with each question; the list stays in it."""
    compiled = build(deck_of(tmp_path, {"java.md": TOPIC_THEN_QUESTION}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = {i.question: i for i in compiled.items}
    assert list(items) == ["标识符和关键字的区别是什么？", "移位运算符", "如果移位的位数超过数值所占有的位数会怎样？"]
    assert "位字段管理" in items["移位运算符"].answer_plain() and "h >>> 16" in items["移位运算符"].answer_plain()
    assert not items["如果移位的位数超过数值所占有的位数会怎样？"].stimulus


def test_unread_statement_headings_are_listed_as_skipped(tmp_path: Path) -> None:
    """trial12 U9 (part a, high): on a page of question headings, topic headings ('## call和apply') whose text is in no
    card were only warned about, and not in the manifest's skipped list (every item is a note, merged or skipped).
    They are listed as skipped, with the reason."""
    asked = ["".join(f"## 问题{k}是什么？\n\n回答{k}。\n\n" for k in range(a, a + 4)) for a in (1, 5)]
    page = f"# JS\n\n{asked[0]}## call和apply\n\n改变函数运行时的上下文。\n\n## 回流与重绘\n\n重新计算布局。\n\n## DOM操作\n\n创建和查找节点。\n\n{asked[1]}"
    compiled = build(deck_of(tmp_path, {"js.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert len(compiled.items) == 8
    assert [(i.question, i.skip) for i in compiled.deck.skipped] == [
        ("call和apply", "a statement heading among question headings: not read as a question"),
        ("回流与重绘", "a statement heading among question headings: not read as a question"),
        ("DOM操作", "a statement heading among question headings: not read as a question"),
    ]


def test_a_starred_right_option_first_or_second(tmp_path: Path) -> None:
    """trial11 P48 (route from formats, high): 'س: …؟' over 'A. …' / '*B. …' lines (the right option starred, Arabic
    letters read as A, B …): when the star stood on option A or B the options were the Basic card's back; only a starred
    C was multiple choice. A star before the letter is the mark, not the end of the options."""
    page = (
        "س: ما هي الرموز في سياق نماذج الذكاء الاصطناعي؟\n*أ. الوحدات الأساسية للإدخال والإخراج.\nب. التمثيلات الرياضية للكلمات.\n"
        "ج. المفاتيح المستخدمة لتشفير البيانات.\n\n---\n\n"
        "س: ما الفائدة الرئيسية عند ضبط نموذج أساسي؟\nأ. يساعد في تقليل تعقيد النموذج\n*ب. يحسن أداء النموذج بمرور الوقت\n"
        "ج. يقلل من متطلبات وقت التدريب\n"
    )
    compiled = build(deck_of(tmp_path, {"ar.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.kind, i.correct) for i in compiled.items] == [(ItemKind.multiple_choice, "A"), (ItemKind.multiple_choice, "B")]


def test_task_headings_among_question_headings(tmp_path: Path) -> None:
    """trial11 P112 (high): task headings ('Explain how enzymes work.', 'Name the three parts of a nucleotide.',
    'Compare mitosis and meiosis.') among '?' headings: which were lost depended on the page's mix ('Name' and
    'Compare' on one page, 'Explain' and 'Define' on another). A heading written as a task sentence asks, wherever it
    stands among the questions."""
    page = (
        "# Biology revision\n\n## What is osmosis?\n\nWater moving across a membrane.\n\n## Explain how enzymes work.\n\n"
        "They lower the activation energy.\n\n## What is diffusion?\n\nParticles spreading out.\n\n"
        "## Name the three parts of a nucleotide.\n\nPhosphate, sugar and base.\n\n## Compare mitosis and meiosis.\n\n"
        "Mitosis makes two identical cells; meiosis four different ones.\n"
    )
    compiled = build(deck_of(tmp_path, {"bio.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert len(compiled.items) == 5 and not compiled.deck.skipped
    assert compiled.items[-1].answer_plain().startswith("Mitosis makes two identical cells")


SUPERMARK = """## New: Client-Broker

We call that component a **broker**, shown in the figure below:

---
type: figure
source: figures/mqtt-with-broker.svg
caption: "This architecture introduces a broker."
---

The broker is a generic component.

# Topic Subscription Wildcards

The `#` is used as a wildcard for several levels.

---
type: quiz
title: "Topic #"
question: A publisher sends a message to the topic `a/b/c/d`
correct: Subscribers with topic `#` will receive the message.
false-1: Subscribers with topic `#` will not receive the message.
result-correct: Correct. `#` matches all topics.
result-false-1: False. `#` matches all topics.
---
"""


def test_supermark_figure_and_quiz_blocks(tmp_path: Path) -> None:
    """learner5 L30 (high): Supermark's YAML blocks ('---' / 'type: figure' / 'source:' / 'caption:' / '---'; 'type: quiz'
    / 'question:' / 'correct:' / 'false-1:' / 'result-correct:') were read as setext headings (a card fronted 'type:
    figure source: …') and their quizzes skipped 'no answer'. A figure is its picture and caption; a quiz is
    multiple choice, its right option ticked, its result the explanation, even inside a page read as notes."""
    compiled = build(deck_of(tmp_path, {"mqtt.md": SUPERMARK}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    quiz = [i for i in compiled.items if i.kind is ItemKind.multiple_choice]
    assert [(i.question, i.correct, i.answer_plain().strip()) for i in quiz] == [
        ("Topic #: A publisher sends a message to the topic `a/b/c/d`", "A", "Correct. # matches all topics."),
    ]
    assert not any("type:" in i.question for i in compiled.items)


def test_an_empty_answer_slot_is_on_no_side(tmp_path: Path) -> None:
    """trial12 U5 (medium): a self-quiz '### 1. What does ETL stand for?' / '**Your answer:**' (an empty blank for the
    student) / '**Correct answer:** …': the blank label was printed on every front. A label with nothing after it
    before the answer label is the worksheet's space for the student: on no side of the card."""
    page = (
        "# Quiz\n\n### 1. What does ETL stand for?\n\n**Your answer:**\n\n\n**Correct answer:** Extract, Transform, Load.\n\n---\n\n"
        "### 2. What is a data warehouse?\n\n**Your answer:**\n\n\n**Correct answer:** A store for analysis.\n"
    )
    compiled = build(deck_of(tmp_path, {"quiz.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.stimulus, i.answer_plain()) for i in compiled.items] == [
        ("What does ETL stand for?", [], "Extract, Transform, Load."),
        ("What is a data warehouse?", [], "A store for analysis."),
    ]


def test_pandoc_attributes_are_not_printed(tmp_path: Path) -> None:
    """trial12 U17 (medium): Word-to-Markdown conversions write pandoc attributes: '[complete binary tree]{.underline}',
    '`getMax()`{.java}', '![fig](a.png){.lightbox}': the braces were printed on the cards. The text (underlined when
    the class says so) and the code span stay, the attributes go."""
    page = (
        "# Notes\n\n## What is a heap?\n\nA [complete binary tree]{.underline} whose nodes contain [comparable]{.underline} objects.\n\n"
        "## What does `getMax()`{.java} return?\n\nThe root data, like `T getRootData()`{.java}.\n"
    )
    compiled = build(deck_of(tmp_path, {"heap.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == ["What is a heap?", "What does `getMax()` return?"]
    assert "<u>complete binary tree</u>" in compiled.items[0].answer[0].text and "{" not in compiled.items[1].answer_plain()


def test_regular_expressions_are_no_pandoc_attributes() -> None:
    """trial12 U106 (regression of U17's fix): '[0-9]{1,3}' and '[a-z]{2}' were taken for pandoc spans and shown as
    '0-9' and 'a-z' (a wrong answer taught in every regex note). Only a class, an id or key=value is an attribute."""
    from compiler.sources.markdown_blocks import pandoc_attributes

    kept = "Match an IP part with `grep -E` and [0-9]{1,3}, a code with [a-z]{2}, a link [x](u){3}."
    assert pandoc_attributes(kept) == kept
    assert pandoc_attributes("A [tree]{.underline}, [term]{#t} and [mot]{lang=fr}.") == "A <u>tree</u>, term and mot."


def test_an_answer_cell_that_only_links_is_no_answer(tmp_path: Path) -> None:
    """trial12 U33 (medium): a question table whose answer cells are '[🗝️](…/Q1.md)' (an index pointing to answer
    pages) made cards teaching '🗝️'. A cell that is only a link with an icon for text is no answer: skipped."""
    page = (
        "# 면접 질문 목록\n\n| NO | 질문 | 답변 |\n| -- | ---- | ---- |\n"
        "| 1 | OSI 7계층에 대해 설명해주세요 | [🗝️](https://example.org/Q1.md) |\n"
        "| 2 | TCP와 UDP의 차이점은 무엇인가요 | [🗝️](https://example.org/Q2.md) |\n"
        "| 3 | HTTP의 기본 포트는 무엇인가요 | 80 |\n"
    )
    compiled = build(deck_of(tmp_path, {"q.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [("HTTP의 기본 포트는 무엇인가요", "80")]
    assert [i.skip for i in compiled.deck.skipped] == ["no answer", "no answer"]


def test_links_to_the_pages_own_sections_are_no_reading_list(tmp_path: Path) -> None:
    """learner5 L2 (medium): '## S3 Storage Classes' over links to the page's own sections ('[Amazon S3 Standard -
    General Purpose](#s3-standard-general-purpose)' …) and a bullet of text was skipped as a reading list: the seven
    class names and the bullet were on no card. Links to the page's anchors are its contents: their words count."""
    page = (
        "# Amazon S3\n\n## S3 Replication\n\n- Must enable versioning in source and destination\n\n## S3 Storage Classes\n\n"
        "- [Amazon S3 Standard - General Purpose](#s3-standard)\n- [Amazon S3 Glacier Deep Archive](#glacier)\n\n"
        "- Can move between classes manually or using S3 Lifecycle configurations\n\n### S3 Standard\n\n- 99.99% Availability\n"
    )
    compiled = build(deck_of(tmp_path, {"s3.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert "Amazon S3 Glacier Deep Archive" in got["S3 Storage Classes"] and "S3 Lifecycle" in got["S3 Storage Classes"]


def test_an_exercise_stem_ending_in_a_colon_or_over_a_formula(tmp_path: Path) -> None:
    """learner5 L34 (part): exercises of the L3 page whose question ends in ':' ('Esse aquecimento é explicado pelo:')
    or stands over a formula before its options stayed Basic cards fronted by the source tag. A stem ending in ':' asks
    over its options, and a formula or code between the question and its options is shown with it."""
    page = (
        "### 🔥 **2. Efeito Joule**\n\nUm fio condutor aquece com o tempo. Esse aquecimento é explicado pelo:\n\n"
        "**a)** Efeito fotoelétrico\n**b)** Efeito magnético\n**c)** Efeito Joule\n\n**Gabarito: c)**\n\n---\n\n"
        "### 💡 **4. Cálculo de Energia**\n\nQual será o consumo em kWh ao final de 30 dias?\n\n$$\nP = 1{,}5\\,kW\n$$\n\n"
        "**a)** 240 kWh\n**b)** 360 kWh\n\n✅ **Gabarito: b)**\n"
    )
    compiled = build(deck_of(tmp_path, {"fis.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.kind, i.correct) for i in compiled.items] == [(ItemKind.multiple_choice, "C"), (ItemKind.multiple_choice, "B")]
    assert compiled.items[1].stimulus


def test_a_quoted_answers_question_keeps_its_colon(tmp_path: Path) -> None:
    """learner5 L20 follow-up (low): '6. There are three boxes on the table: The first box …' over its question and a
    '> …' answer lost its colon on the front ('on the table The first box')."""
    page = (
        "## P\n1. A coin is tossed. What is the chance of heads?\n> 1/2\n"
        "2. There are three boxes on the table: The first box holds 2 quarters.\n\nWhat is the chance of a quarter?\n> 1/2\n"
    )
    table = '[[source]]\nid = "p"\nfile = "sources/p.md"\ntitle = "P"\nlayout = "markdown"\n'
    compiled = build(deck_of(tmp_path, {"p.md": page}, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert compiled.items[1].question.startswith("There are three boxes on the table: The first box")


def test_a_question_over_an_answer_label_paragraph(tmp_path: Path) -> None:
    """trial12 U60 (high): '## Q&A' over '- Write an overview of how your AI works …' / '**ANS**: …' pairs (a bullet or
    a paragraph that asks, then a paragraph opened by an answer label): three questions were ONE 'Q&A' card, and
    '**ANS**:' stayed on the backs. Each is a question answered by the labelled paragraph, the label dropped."""
    page = (
        "# Missile Survival Game AI\n\n## Q&A\n- Write an overview of how your AI works.\n\n**ANS**: It predicts where projectiles land.\n\n"
        "- What challenges did you face when writing an AI?\n\n**ANS**: The biggest challenge is not the programming.\n\n"
        "What is gravity?\n\n**Ans:** The force that pulls objects down.\n"
    )
    compiled = build(deck_of(tmp_path, {"ai.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [
        ("Write an overview of how your AI works.", "It predicts where projectiles land."),
        ("What challenges did you face when writing an AI?", "The biggest challenge is not the programming."),
        ("What is gravity?", "The force that pulls objects down."),
    ]


def test_a_lettered_heading_question_loses_its_letter(tmp_path: Path) -> None:
    """trial12 U24 (low): '### a. ¿Qué es Markdown?' kept 'a.' on the front (numbers were dropped); the letter is the
    question's number."""
    page = "# Respuestas\n\n### a. ¿Qué es Markdown?\n\nUn lenguaje de marcado ligero.\n\n### b. ¿Para qué sirve Markdown?\n\nPara escribir README.\n"
    compiled = build(deck_of(tmp_path, {"md.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.number) for i in compiled.items] == [("¿Qué es Markdown?", "a"), ("¿Para qué sirve Markdown?", "b")]


def test_a_table_whose_rows_are_apart_by_blank_lines(tmp_path: Path) -> None:
    """trial12 U59 (medium): a chat answer's table copied with a blank line between every row ('| No. | Question |
    Answer |' / blank / '|---|---|---|' / blank / '| 1 | What is …? | … |' …) was one heading card holding the raw rows.
    It is the table it is: a card per row, each at its own line."""
    rows = "\n\n".join(f"| {k} | What is thing {k}? | Thing {k} is a thing. |" for k in (1, 2, 3))
    page = f"## Important Questions\n\n\n\n| No. | Question | Answer |\n\n|-----|----------|--------|\n\n{rows}\n"
    compiled = build(deck_of(tmp_path, {"qa.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain(), i.locator.line) for i in compiled.items] == [
        (f"What is thing {k}?", f"Thing {k} is a thing.", 7 + 2 * k) for k in (1, 2, 3)
    ]


def test_a_link_to_no_page_is_no_navigation(tmp_path: Path) -> None:
    """trial12 U57 (medium): 'Use this syntax:' over '[Texto del enlace](URL)' (the syntax shown, a link to no page)
    lost the example: a paragraph that is only a relative link was taken for page navigation. A target with no '.',
    '/' or '#' is no page to go to: the paragraph is content."""
    page = "# Notes\n\n## How do you write a link?\n\nUse this syntax:\n\n[Texto del enlace](URL)\n\n## Next?\n\n[Next page](02.md)\n\nThe end.\n"
    compiled = build(deck_of(tmp_path, {"a.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert "Texto del enlace" in compiled.items[0].answer_plain()


def test_dollar_sigils_are_no_formula(tmp_path: Path) -> None:
    """trial12 U8 (medium): Vue's '$on、$emit' in Chinese text was typeset as the formula '\\(on、\\)emit'. A dollar
    pair holding CJK text, or whose closing dollar opens a name, is text; '$a^2$' stays a formula."""
    page = "# Vue\n\n## Vue 组件通信方式有哪些？\n\n父->子props，子->父 $on、$emit\n\n## What is the area?\n\nThe area is $a^2$.\n"
    compiled = build(deck_of(tmp_path, {"vue.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert compiled.items[0].answer_plain().endswith("$on、$emit") and "\\(" not in compiled.items[0].answer_plain()
    assert "\\(a^2\\)" in compiled.items[1].answer_plain()


def test_a_bold_restatement_of_the_heading_question_is_no_new_card(tmp_path: Path) -> None:
    """learner5 L12 (medium): '### 为什么说 Java 语言“编译与解释并存”？' over background, then '**为什么说 Java 语言“编译与解释并存”？**'
    restating it over the real answer: two notes with one front, the first's back only the background. The
    restatement is part of the answer: one note."""
    asked = "为什么说 Java 语言“编译与解释并存”？"
    page = f"## 基础\n\n### ⭐️ {asked}\n\n编译型语言会一次性翻译成机器码。\n\n**{asked}**\n\n因为 Java 程序要先编译成字节码，再由解释器解释执行。\n"
    compiled = build(deck_of(tmp_path, {"java.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == [asked]
    assert "解释器解释执行" in compiled.items[0].answer_plain() and "编译型语言" in compiled.items[0].answer_plain()


def test_a_worded_key_entrys_explanation(tmp_path: Path) -> None:
    """trial11 P39 (explanation part, low): '**Question 1 : Réponse B** - Le MTA **achemine** …' keyed B, but the
    explanation after the dash was on no card. It is that question's explanation."""
    page = (
        "## Question 1\n\nQuel est le rôle d'un MTA ?\n\nA) Lire les emails\n\nB) Acheminer les emails\n\nC) Filtrer le spam\n\n---\n\n"
        "## Question 2\n\nQuel port utilise SMTP ?\n\nA) 25\n\nB) 80\n\nC) 443\n\n---\n\n## Réponses - Module 1\n\n"
        "**Question 1 : Réponse B** - Le MTA **achemine** les emails entre serveurs.\n\n**Question 2 : Réponse A** - Le port 25.\n"
    )
    table = '[[source]]\nid = "qcm"\nfile = "sources/qcm.md"\ntitle = "QCM"\nlayout = "markdown"\n'
    compiled = build(deck_of(tmp_path, {"qcm.md": page}, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.correct, i.answer_plain()) for i in compiled.items] == [
        ("B", "Le MTA achemine les emails entre serveurs."), ("A", "Le port 25."),
    ]  # fmt: skip


KOREAN_TEMPLATE = """# [Network] Interview List

### OSI 7계층을 설명하시오

> 배경 & 질문 의도

- 아주 기본적인 CS 질문으로 요즘은 잘 물어보지 않는다.

> 답변

OSI 7계층이란, 통신 과정을 7단계로 정의한 국제 통신 표준 규약

> 키워드 & 꼬리 질문

### HTTP와 HTTPS의 차이는?

> 배경 & 질문 의도

> 답변

- HTTPS 동작 순서: TCP → SSL → HTTP

> 키워드 & 꼬리 질문

- 대칭키와 비대칭키
"""


def test_quote_labels_put_the_answer_first(tmp_path: Path) -> None:
    """trial12 U90 (medium): a Korean interview list's answers in parts under quote labels ('> 배경 & 질문 의도' /
    '> 답변' / '> 키워드 & 꼬리 질문'): every back opened with the question's intent and kept the empty labels. The
    part labelled as the answer comes first, its label dropped; the other parts with text follow under their labels."""
    compiled = build(deck_of(tmp_path, {"net.md": KOREAN_TEMPLATE}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    backs = [i.answer_plain().strip() for i in compiled.items]
    assert backs[0].startswith("OSI 7계층이란") and "질문 의도" in backs[0] and "키워드" not in backs[0]
    assert backs[1].startswith("HTTPS 동작 순서") and "배경" not in backs[1] and "대칭키와 비대칭키" in backs[1]


def test_label_headings_in_other_languages(tmp_path: Path) -> None:
    """learner5 L41 (low): a generated page '## Pergunta:' / the question / '### Resposta:' / the answer / '<hr>' kept
    'Pergunta:' as the front (the question on it as a passage) while '## Question:' / '### Answer:' read clean. Label
    headings in any language deckc knows are read as the English ones are."""
    page = "## Pergunta: \n\nO que é JavaScript?\n\n### Resposta:\n\nUma linguagem de programação.\n\n<hr>\n\n## Pergunta: \n\nO que é uma função?\n\n### Resposta:\n\nUm bloco de código reutilizável.\n"
    compiled = build(deck_of(tmp_path, {"pt.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain().strip()) for i in compiled.items] == [
        ("O que é JavaScript?", "Uma linguagem de programação."), ("O que é uma função?", "Um bloco de código reutilizável."),
    ]  # fmt: skip


KNOWLEDGE_CHECK = """# Semantic HTML

### The importance of semantics

Semantic HTML gives meaning and context to assistive technology.

### Headings and landmarks

The landmark elements are header, nav, main, aside, section, form and footer.

### Knowledge check

The following questions are an opportunity to reflect on key topics in this lesson.

- [Why is semantic HTML important for accessibility?](#the-importance-of-semantics)
- [What are the seven HTML elements that define landmarks on a page?](#headings-and-landmarks)
"""


def test_a_knowledge_check_of_links_to_the_page_sections(tmp_path: Path) -> None:
    """learner5 L6 (medium): an Odin lesson's '### Knowledge check' lists questions each linking to the section that
    answers it ('- [Why is semantic HTML important for accessibility?](#the-importance-of-semantics)'): one card
    'Knowledge check' listing them, the questions asked nowhere. Each is a question answered by the linked section."""
    table = '[[source]]\nid = "html"\nfile = "sources/html.md"\ntitle = "HTML"\nlayout = "markdown"\nheadings = "cards"\n'
    compiled = build(deck_of(tmp_path, {"html.md": KNOWLEDGE_CHECK}, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert "Knowledge check" not in got
    assert got["Why is semantic HTML important for accessibility?"].startswith("Semantic HTML gives meaning")
    assert "footer" in got["What are the seven HTML elements that define landmarks on a page?"]


def test_a_hint_box_stays_under_its_problem(tmp_path: Path) -> None:
    """learner4 N61 (re-check, part 3): '> [!question] Exercise 8.1' / '> [!hint]- Hint 1' / '> [!success]- Solution':
    the card's front opened with the hint above the problem. A hint box is shown under the question, as written."""
    page = (
        "## Exercise LA300\n\n> [!question] Exercise 8.1\n> Does the rule define an operation of the group?\n\n"
        "> [!hint]- Hint 1\n> Check the identity and product axioms directly.\n\n> [!success]- Solution\n> Yes. The identity acts trivially.\n"
    )
    compiled = build(deck_of(tmp_path, {"ex.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    item = compiled.items[-1]
    assert item.stimulus and item.stimulus_after and item.answer_plain().startswith("Yes.")


def test_french_question_spacing_is_kept_alike(tmp_path: Path) -> None:
    """learner5 L4 (low): on one French page 'Comment naissent les hommes ?' kept its space (as U+202F) while 'Que peut
    interdire la loi ?' lost it. Questions opening 'Que …' / 'Qui …' are French too: the space is kept alike."""
    page = "# Déclaration\n\n## Comment naissent les hommes ?\n\nLibres et égaux.\n\n## Que peut interdire la loi ?\n\nLes actions nuisibles.\n"
    compiled = build(deck_of(tmp_path, {"fr.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == ["Comment naissent les hommes\u202f?", "Que peut interdire la loi\u202f?"]


def test_a_matching_table_pairs_by_its_key(tmp_path: Path) -> None:
    """trial12 U96 (severe): a matching worksheet as a table (numbered terms, an empty column, lettered definitions)
    keyed '1-b, 2-a, 3-c' made cards pairing each row ('Mitosis' → 'Diffusion of water …'): wrong answers taught.
    The rows pair by the key; without a key they are no cards."""
    table = (
        "| Term | | Definition |\n|---|---|---|\n| 1. Mitosis | | a. Diffusion of water through a membrane |\n"
        "| 2. Osmosis | | b. Cell division producing identical cells |\n| 3. Photosynthesis | | c. Making glucose from light |\n"
    )
    page = f"# Matching\n\nMatch each term with its definition.\n\n{table}\n**Answers:** 1-b, 2-a, 3-c\n"
    compiled = build(deck_of(tmp_path, {"match.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [
        ("Mitosis", "Cell division producing identical cells"),
        ("Osmosis", "Diffusion of water through a membrane"),
        ("Photosynthesis", "Making glucose from light"),
    ]


def test_a_page_of_two_column_tables_under_headings(tmp_path: Path) -> None:
    """learner5 L50 (high): two or more two-column tables under headings ('| Year | Event |', '| Country | Capital |')
    were one card per heading, while one such table alone was read a card per row. A page that is only two-column
    tables under headings (three rows or more each) is read a card per row, each table's heading its section."""
    page = (
        "# Key dates\n\n## 19th century\n\n| Year | Event |\n|------|-------|\n| 1815 | Congress of Vienna |\n| 1848 | Revolutions |\n| 1871 | Unification of Germany |\n\n"
        "## Capitals\n\n| Country | Capital |\n|---|---|\n| France | Paris |\n| Italy | Rome |\n| Spain | Madrid |\n"
    )
    compiled = build(deck_of(tmp_path, {"dates.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [
        ("1815", "Congress of Vienna"), ("1848", "Revolutions"), ("1871", "Unification of Germany"),
        ("France", "Paris"), ("Italy", "Rome"), ("Spain", "Madrid"),
    ]  # fmt: skip


def test_a_question_heading_over_fact_and_answer_headings(tmp_path: Path) -> None:
    """trial12 U93 (severe, part): one-question-per-file interview pages '##### **问题**：Q' / '##### **出题人**：…' /
    '##### **参考答案**：A' (headings of one level): the question had no answer and the answer heading became a card
    fronted '参考答案：…'. A fact heading and an answer heading of the question's level are part of its answer."""
    page = "##### **问题**：如何实现一个高效的单向链表逆序输出？\n\n##### **出题人**：阿里巴巴出题专家\n\n##### **参考答案**：下面是其中一种写法。\n\n```\nvoid reverse(node* head) {}\n```\n"
    compiled = build(deck_of(tmp_path, {"1.1.1.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == ["如何实现一个高效的单向链表逆序输出？"]
    back = compiled.items[0].answer_plain()
    assert back.startswith("下面是其中一种写法。") and "void reverse" in back and "出题人" not in back and "参考答案" not in back
