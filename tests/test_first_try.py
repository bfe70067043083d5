"""A new user's first small file (trial10 P27): two items in a shape deckc reads at three are two items, not
one note named after the file nor 'cannot tell this document's layout'."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import deck_of

from compiler.build import build

FILES = {
    "num.md": ("1. What is osmosis? Water moving across a membrane.\n2. What is diffusion? Particles spreading out.\n", "numbered"),
    "qa-table.md": ("| Question | Answer |\n|---|---|\n| What is osmosis? | Water moving |\n| Where is DNA? | In the nucleus |\n", "markdown"),
    "terms.md": ("| Term | Definition |\n|---|---|\n| Osmosis | Water moving |\n| Diffusion | Particles spreading |\n", "markdown"),
    "dash.txt": ("Osmosis - Water moving across a membrane\nDiffusion - Particles spreading out\n", "delimited"),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_two_items_are_two_cards(tmp_path: Path, name: str) -> None:
    text, layout = FILES[name]
    result = build(deck_of(tmp_path, {name: text}), tmp_path / "build", formats=("json",), now=1_000)
    compiled = result.compiled
    assert compiled is not None
    assert [s.layout for s in compiled.deck.sources] == [layout]
    assert len([i for i in compiled.items if not i.skip]) == 2, [i.question for i in compiled.items]


def test_an_answer_key_table_is_no_table_of_cards(tmp_path: Path) -> None:
    """A key under '## Answers' (| Question | Answer | over '| 1 | B |') keys the numbered quiz above it."""
    quiz = "1. What is the SI unit of force?\n   A. Joule\n   B. Newton\n\n2. How fast is light?\n   A. 3e8 m/s\n   B. 3e6 m/s\n\n"
    key = "## Answers\n\n| Question | Answer |\n|---|---|\n| 1 | B |\n| 2 | A |\n"
    compiled = build(deck_of(tmp_path, {"quiz.md": quiz + key}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.correct for i in compiled.items] == ["B", "A"]


def test_numbered_facts_with_a_colon_are_pairs(tmp_path: Path) -> None:
    """trial10 P40: '1. Capital of France: Paris' lines were numbered questions without answers (0 cards);
    numbered lines that ask nothing and split on ': ' are pairs, as ' - ' and ' = ' lines already were."""
    text = "1. Capital of France: Paris\n2. Capital of Italy: Rome\n3. Capital of Spain: Madrid\n"
    compiled = build(deck_of(tmp_path, {"capitals.md": text}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert {i.question: i.answer_plain() for i in compiled.items} == {
        "Capital of France": "Paris", "Capital of Italy": "Rome", "Capital of Spain": "Madrid",
    }  # fmt: skip


def test_numbered_options_keyed_by_number_are_options(tmp_path: Path) -> None:
    """learner3 N39 (severe regression on a Korean lesson): '1.  More CPU' … '4.  More memory' under a question and
    '**Answer:** 2' after them made the page a 'numbered' quiz whose fronts were the last options ('More memory' ->
    '2'). A run of numbered lines followed by an answer line naming one of their numbers is a question's options."""
    lesson = (
        "# Day 9\n\n## 1. VLAN\n\nA VLAN splits one switch into logical networks.\n\n## 2. STP\n\nSTP blocks loops.\n\n"
        "# Practice\n\n## Problem 1\n\nWhat is the main purpose of a VLAN?\n\n1.  More CPU\n2.  Logical separation\n"
        "3.  RAID\n4.  More memory\n\n**Answer:** 2\n\n## Problem 2\n\nWhat is the purpose of STP?\n\n1.  Faster DNS\n"
        "2.  Preventing L2 loops\n3.  RAID\n4.  Less CPU use\n\n**Answer:** 2\n"
    )
    compiled = build(deck_of(tmp_path, {"lesson.md": lesson}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [s.layout for s in compiled.deck.sources] == ["markdown"]
    keyed = {i.question: i.correct for i in compiled.items if i.correct}
    assert keyed == {"What is the main purpose of a VLAN?": "B", "What is the purpose of STP?": "B"}


def test_numbered_definitions_in_a_review_sheet(tmp_path: Path) -> None:
    """learner3 N38: '1. 协议：为进行…的规则' / '1. Protocol: the rules …' in a review's definitions section, beside
    numbered questions answered by '答：' / 'Answer:', were 'question has no answer'; they are term cards."""
    sheet = (
        "# Review\n\n## 1. Definitions\n\n1. Protocol: the rules and conventions for exchanging data.\n"
        "2. Bandwidth: the capacity of a link to carry data.\n\n## 2. Short answers\n\n"
        "1. Describe the TCP handshake.\n   Answer: SYN, SYN+ACK, ACK.\n2. What is the main difference between TCP and UDP?\n"
        "   Answer: TCP is connection-oriented; UDP is not.\n\n## 3. Prompts\n\n1. Explain the following: TCP\n"
    )
    compiled = build(deck_of(tmp_path, {"review.md": sheet}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: (i.answer_plain(), i.skip) for i in compiled.items}
    assert got["Protocol"] == ("the rules and conventions for exchanging data.", "")
    assert got["Bandwidth"][1] == "" and got["Describe the TCP handshake."][0] == "SYN, SYN+ACK, ACK."
    assert "Explain the following: TCP" not in got  # a prompt without its answer stays one, skipped
    assert [i.question for i in compiled.deck.skipped] == ["Explain the following: TCP"]


GO_PAGE = (
    "# Go Interview Questions (Junior & Middle)\n\nCommon Go questions.\n\n"
    "## 1. Goroutines vs OS Threads (Junior)\n\n**Question:** How do goroutines differ from OS threads?\n\n"
    "**Answer:** Goroutines are lightweight and multiplexed onto OS threads by the runtime.\n\n"
    "## 2. Channels (Junior)\n\n**Question:** What is a channel in Go?\n\n"
    "**Answer:** A typed conduit between goroutines:\n\n```go\nch := make(chan int)\n```\n\n"
    "## 3. Interfaces (Middle)\n\n**Question:** How are interfaces satisfied in Go?\n\n"
    "**Answer:** Implicitly, by implementing their methods.\n"
)


@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_question_and_answer_labels_in_two_paragraphs(tmp_path: Path, gap: str) -> None:
    """Lead G1 (a Go interview page): '**Question:** …?', a blank line, '**Answer:** …' under '## 1. Topic (Junior)'
    headings was read as headings = "cards" ('it asks no question'): every front was the heading plus the question
    paragraph, and the level in the heading was unused. With the labels on adjacent lines, the code under the
    answer was 'text outside any question' and left out. Now the label pair is the question, its answer runs on
    to the next question or heading, and '(Junior)' ending a section heading is its questions' level."""
    page = GO_PAGE.replace("?\n\n**Answer:**", f"?{gap}**Answer:**")
    compiled = build(deck_of(tmp_path, {"go.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [s.layout for s in compiled.deck.sources] == ["markdown"] and not compiled.deck.skipped
    got = {i.question: i for i in compiled.items}
    assert list(got) == [
        "How do goroutines differ from OS threads?", "What is a channel in Go?", "How are interfaces satisfied in Go?",
    ]  # fmt: skip
    assert got["What is a channel in Go?"].answer_plain().startswith("A typed conduit between goroutines:")
    assert "make(chan int)" in got["What is a channel in Go?"].answer_plain()
    assert "Answer" not in got["How are interfaces satisfied in Go?"].answer_plain()
    assert [i.difficulty.value for i in got.values()] == ["easy", "easy", "medium"]


def test_label_pairs_under_label_headings(tmp_path: Path) -> None:
    """Lead G1: '## Question 1' over '**Question:** …?', its options or code, then '**Answer:** …' was read by a
    guessed pattern that kept 'Question:' in every front and put the code above the question; '## Question 3' over
    'Q: …?' / 'A: …' was one card and one 'question has no answer'. The label pairs are the questions."""
    quiz = (
        "# Networking quiz\n\n## Question 1\n\n**Question:** Which layer does IP work at?\n\n- A. Physical\n"
        "- B. Network\n- C. Transport\n\n**Answer:** B\n\n## Question 2\n\n**Question:** What does this print?\n\n"
        "```python\nprint(1 + 1)\n```\n\n**Answer:** 2\n\nBecause integer addition.\n\n## Question 3\n\n"
        "Q: What port does HTTPS use?\n\nA: 443.\n"
    )
    compiled = build(deck_of(tmp_path, {"quiz.md": quiz}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [s.layout for s in compiled.deck.sources] == ["markdown"] and not compiled.deck.skipped
    got = {i.question: i for i in compiled.items}
    assert list(got) == ["Which layer does IP work at?", "What does this print?", "What port does HTTPS use?"]
    assert got["Which layer does IP work at?"].correct == "B"
    assert got["What does this print?"].answer_plain() == "2\nBecause integer addition."
    assert got["What port does HTTPS use?"].answer_plain() == "443."


def test_answer_label_alone_on_its_line(tmp_path: Path) -> None:
    """trial11 P19 (a Russian Go interview page, 10 questions → 3 junk cards from a '- **Defer**: …' list): the
    answer label stands alone on its line ('**Ответ:**') over the answer's paragraphs, lists and code."""
    page = (
        "# Go — ответы на вопросы\n\n## Теория\n\n### 1. Goroutines\n\n**Вопрос:** Как работают goroutines?\n\n"
        "**Ответ:**\n\n**Goroutine** — легковесный поток.\n\n```go\ngo f()\n```\n\n"
        "### 2. Defer\n\n**Вопрос:** Как работают defer, panic и recover?\n\n**Ответ:**\n\n"
        "- **Defer**: откладывает вызов.\n- **Panic**: останавливает выполнение.\n"
    )
    compiled = build(deck_of(tmp_path, {"go.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert list(got) == ["Как работают goroutines?", "Как работают defer, panic и recover?"]
    assert got["Как работают goroutines?"].startswith("Goroutine — легковесный поток.") and "go f()" in got["Как работают goroutines?"]
    assert "Ответ" not in got["Как работают defer, panic и recover?"] and "Panic" in got["Как работают defer, panic и recover?"]


def test_toggles_closed_right_above_markdown(tmp_path: Path) -> None:
    """trial11 P53 (a Notion export, 151 code exercises over '<details><summary>Solution</summary>' toggles): each
    '</details>' had the next exercise right under it ('---', a link, a code fence) with no blank line, so the
    close's HTML block swallowed the fence's opening line; the page's fences fell out of step, 63 exercises were
    lost and one page stopped the build with an internal error (StopIteration). Every exercise is a card now."""
    page = (
        "# Code interpretation\n\n---\n[**Datatypes**](/page#d1)\n```python\n2 + '5'\n```\n<details>\n"
        "<summary>Solution</summary>\n\n```python\nTypeError: unsupported operand\n```\n</details>\n---\n"
        "[`.split()`](/page#s1)\n```python\ntext = 'Computer Science is awesome'\n\ntext.split(' ')[2]\n```\n<details>\n"
        "<summary>Solution</summary>\n\n'is'\n</details>\n---\n[Unequal](/page#u1)\n```python\n'5' != 5\n```\n<details>\n"
        "<summary>Solution</summary>\n\nTrue\n</details>\n```python\ndf.drop(6, axis=0)\n```\n<details>\n"
        "<summary>Solution</summary>\n\n![image](https://example.com/img.png)\n</details>\n"
    )
    compiled = build(deck_of(tmp_path, {"code.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert got["Datatypes"] == "TypeError: unsupported operand"
    assert got["`.split()`"] == "'is'" and got["Unequal"] == "True"
    split = next(i for i in compiled.items if i.question == "`.split()`")
    assert "text.split(' ')[2]" in " ".join(b.plain() for b in split.stimulus)  # the code it asks about, on the front


def test_titled_problems_over_answer_labels(tmp_path: Path) -> None:
    """trial11 P29 (a maths answer key): '**1. Daily consumption:**' over the problem, then '**Answer:** …' and
    '**Teaching Tip:** …', five times under one heading, were one heading card with everything glued (7 questions
    lost). A paragraph opened by a bold title ending in a colon, answered by the next paragraph's answer label, is
    a question (the title leads its front; the tip stays on the back)."""
    page = (
        "# Fractions - Answer Key\n\n## Guided Practice\n\n**1. Daily consumption:**\nYou drank 1/3 of a carton in the "
        "morning and 1/3 in the afternoon. How much did you drink?\n\n**Answer:** 2/3 of a carton.\n\n"
        "**Teaching Tip:** This reinforces addition of like fractions.\n\n**2. Resource management:**\n"
        "A rope is 1 meter long. You used 2/5 of it. How much is left?\n\n**Answer:** 3/5 meter.\n\n"
        "**Teaching Tip:** Show that 1 = 5/5.\n\n## Reflection\n\n**Bonus reflection:** What fraction of the week was "
        "about fractions?\n\n**Answer:** All of it: 5/5.\n"
    )
    compiled = build(deck_of(tmp_path, {"key.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None and not compiled.deck.skipped
    got = {i.question: (i.number, i.answer_plain()) for i in compiled.items}
    assert list(got) == [
        "Daily consumption: You drank 1/3 of a carton in the morning and 1/3 in the afternoon. How much did you drink?",
        "Resource management: A rope is 1 meter long. You used 2/5 of it. How much is left?",
        "Bonus reflection: What fraction of the week was about fractions?",
    ]
    number, answer = got["Resource management: A rope is 1 meter long. You used 2/5 of it. How much is left?"]
    assert number == "2" and answer.startswith("3/5 meter.") and "Show that 1 = 5/5." in answer


@pytest.mark.parametrize(
    ("asked", "answered", "question", "answer"),
    [
        ("F: ", "A: ", "Was ist die Hauptstadt von Deutschland?", "Berlin."),
        ("Q : ", "R : ", "Quel fleuve traverse Paris ?", "La Seine."),
        ("В: ", "О: ", "Какая столица России?", "Москва."),
        ("س: ", "ج: ", "ما عاصمة مصر؟", "القاهرة."),
    ],
)
def test_a_pages_own_short_label_pair(tmp_path: Path, asked: str, answered: str, question: str, answer: str) -> None:
    """trial11 P49: label pairs written in another language's letters ('F:' / 'A:', 'Q :' / 'R :', 'В:' / 'О:',
    'س:' / 'ج:') lost their labels in a .txt file but kept them on the cards of a .md file. The pair of short labels
    that opens a page's question paragraphs and their answer lines is the page's question and answer labels."""
    text = "".join(f"{asked}{question}\n{answered}{answer}\n\n" for _ in range(1)) + f"{asked}Second?\n{answered}Two.\n"
    compiled = build(deck_of(tmp_path, {"cards.md": text}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question.replace("\u202f", " "): i.answer_plain() for i in compiled.items}
    assert got == {question: answer, "Second?": "Two."}


def test_output_questions_over_programs(tmp_path: Path) -> None:
    """learner4 N12 (severe: an interview page of 93 '### Question N: What will be the output?' over a program):
    a program with no answer after it was the back of a bare front, and two such cards were merged (a question
    lost); an empty '**Output:**' made a card teaching 'Output:'; '### Answer:' at the question's own level was a
    big heading on every back. The program is the exercise (on the front; no answer: skipped), a label alone is
    no answer, and an answer heading at any level is the answer's label."""
    page = (
        "## JavaScript\n\n### Question 1: What will be the output?\n\n```js\nlet x = 1 > 2 > 3;\nconsole.log(x);\n```\n\n"
        "### Answer:\n\n**Output:** `false`\n\n### Question 2: What will be the output?\n\n```js\nconsole.log(typeof Infinity);\n```\n\n"
        "### Answer:\n\n**Output:**\n\n### Question 3: What will be the output?\n\n```js\nfunction sum(a, b) { console.log(a + b); }\noperation(6, 5, sum);\n```\n\n"
        "### Question 4: what will be the output?\n\n```js\nfunction add(a, b) { return a + b; }\nconsole.log(higherOrder(30, add));\n```\n\n"
        "### Question 5: What does this print?\n\n```text\n42\n```\n"
    )
    compiled = build(deck_of(tmp_path, {"io.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    kept = [(i.answer_plain(), [b.plain() for b in i.stimulus]) for i in compiled.items]
    assert kept == [("Output: false", ["let x = 1 > 2 > 3;\nconsole.log(x);"]), ("42", [])]
    skipped = [(i.skip, [b.plain() for b in i.stimulus]) for i in compiled.deck.skipped]
    assert [reason for reason, _ in skipped] == ["no answer"] * 3
    assert skipped[2][1] == ["function add(a, b) { return a + b; }\nconsole.log(higherOrder(30, add));"]  # its own program


@pytest.mark.parametrize("end", ["", " ", "\t"])
def test_a_trailing_space_changes_no_front(tmp_path: Path, end: str) -> None:
    """learner4 N1: '- Why …? Why …? ' (one trailing space) over an indented answer: the front held only the first
    question and the second was the back's first paragraph; without the space the front held both."""
    page = (
        f"# Gov\n\n- Why did the Framers give the House the power to impeach? Why a two-thirds vote to convict?{end}\n\n"
        "    The House is elected directly; two thirds means broad consensus.\n\n- Why were judges given life terms?\n\n"
        "    Independence from politics.\n"
    )
    compiled = build(deck_of(tmp_path, {"gov.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    first = compiled.items[0]
    assert first.question == "Why did the Framers give the House the power to impeach? Why a two-thirds vote to convict?"
    assert first.answer_plain() == "The House is elected directly; two thirds means broad consensus."


def test_short_labels_over_two_paragraphs(tmp_path: Path) -> None:
    """trial11 P47: Arabic trivia 'س: …؟' over its options, a blank line, then 'ج/ …' (a slash for the colon):
    the labels stayed on the cards and the options and 'ج/ …' were the back. The page's pair of short labels may
    open the next paragraph too."""
    page = (
        "س: اين تقع جزر القمر؟\nالمحيط الهادى.    المحيط الهندى.     بحر العرب.\n\nج/ المحيط الهندي.\n\n"
        "س: ما هو اطول نهر فى العالم؟\nنهر المسيسيبي.    نهر النيل.    نهر دجله.\n\nج/نهر النيل.\n"
    )
    compiled = build(deck_of(tmp_path, {"trivia.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = [(i.question.split("؟")[0], i.answer_plain()) for i in compiled.items]
    assert got == [("اين تقع جزر القمر", "المحيط الهندي."), ("ما هو اطول نهر فى العالم", "نهر النيل.")]


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8 + b"a small picture" * 20


def test_a_picture_in_the_asking_paragraph_stays_on_the_front(tmp_path: Path) -> None:
    """learner4 N60 (severe: an exam page): 'Here is Java code. Write its output.' with the program as a picture on
    the next line of the same paragraph, over a '<details>' answer: the picture was dropped without a word, and two
    such questions were 'the same question'. The pictures of the paragraph that asks are on its front."""
    page = (
        "# Exam\n\nHere is Java code. Write its output.  \n![15.PNG](code15.png)\n\n<details>\n<summary>Answer</summary>\n"
        "Vehicle name : Spark\n</details>\n\n---\n\nHere is Java code. Write its output.  \n![16.PNG](code16.png)\n\n"
        "<details>\n<summary>Answer</summary>\n30\n</details>\n"
    )
    content = deck_of(tmp_path, {"exam.md": page})
    for name in ("code15.png", "code16.png"):
        (content / "sources" / name).write_bytes(PNG)
    compiled = build(content, tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = [(i.answer_plain(), [b.text for b in i.stimulus]) for i in compiled.items]
    assert [a for a, _ in got] == ["Vehicle name : Spark", "30"]
    assert "code15.png" in " ".join(got[0][1]) and "code16.png" in " ".join(got[1][1])


def test_bold_short_labels_inside_html_cards(tmp_path: Path) -> None:
    """trial11 P46 (a Spanish LPIC deck): cards written '<div class="flashcard-front">' / '**P:** …?' /
    '</div><div class="flashcard-back">' / '**R:** …' were one heading card holding everything. A page's pair of
    short labels may be bold, with lines of layout tags between the question and its answer."""
    card = (
        '<div class="flashcard" data-id="{n}">\n<div class="flashcard-front">\n\n**P:** {q}\n\n</div>\n'
        '<div class="flashcard-back">\n\n**R:** {a}\n\n</div>\n</div>\n\n'
    )
    page = "# Flashcards: 206.2\n\n> Tarjetas de repaso.\n\n" + "".join(
        card.format(n=n, q=q, a=a)
        for n, q, a in [(1, "¿Qué opción de `tar` hace backups incrementales?", "`--listed-incremental`."), (2, "¿Qué verifica smb.conf?", "testparm.")]
    )
    compiled = build(deck_of(tmp_path, {"cards.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert got == {"¿Qué opción de `tar` hace backups incrementales?": "--listed-incremental.", "¿Qué verifica smb.conf?": "testparm."}


def test_short_answer_space_and_a_footer_are_no_answers(tmp_path: Path) -> None:
    """learner4 N54 (severe: a practice test): short-answer questions followed only by '<br><br><br>' (space to write
    in) taught their own last sentence ('… How does each type form?' -> 'Give one example …') and the page footer
    ('---' / '*End of Practice Test 01*'). The task's next sentence stays in the question, '<br>' space and a footer
    after the last rule are no answer: both are skipped, listed in the manifest."""
    page = (
        "# Practice Test\n\n## Short Answer\n\n**1.** What is the basic unit of life?\n\nThe cell.\n\n"
        "**2.** Compare ionic bonds and covalent bonds. How does each type form? Give one example of each.\n\n"
        "<br><br><br><br>\n\n**3.** Trace the path of a protein to its export. Include the organelles involved.\n\n"
        "<br><br><br><br>\n\n---\n\n*End of Practice Test*\n"
    )
    content = deck_of(tmp_path, {"test.md": page})
    (content / "deck.toml").write_text(
        (content / "deck.toml").read_text(encoding="utf-8") + '\n[[source]]\nid = "test"\nfile = "sources/test.md"\ntitle = "Test"\nlayout = "numbered"\n',
        encoding="utf-8",
    )
    compiled = build(content, tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [("What is the basic unit of life?", "The cell.")]
    skipped = {i.question: i.skip for i in compiled.deck.skipped}
    assert skipped == {
        "Compare ionic bonds and covalent bonds. How does each type form? Give one example of each.": "no answer",
        "Trace the path of a protein to its export. Include the organelles involved.": "no answer",
    }


def test_statements_keyed_true_or_false_under_titles(tmp_path: Path) -> None:
    """learner4 N69 (a quiz app's Markdown): '### Question 1: Basic True/False' / 'The Earth is round.' / '**Correct:**
    True' / '**Explanation:** …' made cards whose front was the title and whose back held the statement: nothing to
    judge on the front. A statement answered by a label and a verdict is asked 'True or false: …'."""
    page = (
        "# True/False\n\n## Chapter 1\n\n### Question 1: Basic True/False\nThe Earth is round.\n\n**Correct:** True\n\n"
        "**Explanation:** The Earth is approximately spherical.\n\n### Question 2: False statement\nThe Sun revolves around "
        "the Earth.\n\n**Correct:** False\n\n### Question 3: Capital\nName the capital of France.\n\n**Correct:** Paris\n"
    )
    compiled = build(deck_of(tmp_path, {"tf.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = [(i.question, i.answer_plain()) for i in compiled.items]
    assert got[:2] == [
        ("True or false: The Earth is round.", "True\nExplanation: The Earth is approximately spherical."),
        ("True or false: The Sun revolves around the Earth.", "False"),
    ]
    assert got[2][1] == "Paris"  # a label over another answer: the answer as written


def test_lenticular_bracket_labels(tmp_path: Path) -> None:
    """trial11 P93 (severe: Chinese exam papers): '【答案】C' / '【解析】…' under numbered questions with options were
    'no correct option' for every question ('答案：C' worked). Labels in lenticular brackets at the start of a line
    are those labels."""
    page = (
        "# 高一化学 单元测试\n\n一、选择题\n\n1. 下列物质属于电解质的是（  ）\nA. 铜　　B. 蔗糖　　C. 氯化钠　　D. 二氧化碳\n"
        "【答案】C\n【解析】氯化钠是电解质。\n\n2. 下列反应属于氧化还原反应的是（  ）\nA. CaCO₃ = CaO + CO₂↑\n"
        "B. 2Na + 2H₂O = 2NaOH + H₂↑\nC. NaOH + HCl = NaCl + H₂O\nD. CaO + H₂O = Ca(OH)₂\n【答案】B\n【解析】钠与水反应。\n"
    )
    compiled = build(deck_of(tmp_path, {"xuanze.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.correct for i in compiled.items] == ["C", "B"]


LMS_REVIEW = """---
title: Pharmacology Practice Quiz
---

Midterm

Attempt Score: 98 out of 100 points

Question 5

1 out of 1 points

A patient has been taking prednisone for a month. The nurse will teach her to decrease the dose gradually to avoid:

Selected Answer: adrenal insufficiency.

Question 6

0 out of 1 points

The best choice of medication to treat this patient is:

Selected Answer: Cardiac glycoside such as Digoxin

Question 7

0 out of 1 points

Which medication has the best evidence in mortality reduction?

Selected Answer: Calcium channel blocker
Correct Answer: Beta blocker

Question 8

0 out of 0 points

Did you comply with the Code of Conduct?

Selected Answer: Yes
"""


def test_an_lms_review_page_teaches_only_right_answers(tmp_path: Path) -> None:
    """trial11 P79 (severe: a Blackboard review page, 101 questions -> 60 notes): stems ending in ':' were lost or
    glued, a question scored '0 out of 1 points' taught the student's WRONG answer, an honour-code question was a
    card. Such a page is read as its questions: the correct answer when shown, the selected one only with full
    marks; a question marked wrong without its correct answer, or ungraded, is a warning and no card."""
    compiled = build(deck_of(tmp_path, {"quiz.md": LMS_REVIEW}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert got == {
        "A patient has been taking prednisone for a month. The nurse will teach her to decrease the dose gradually to avoid:": "adrenal insufficiency.",
        "Which medication has the best evidence in mortality reduction?": "Beta blocker",
    }
    said = {(w.line, w.message.split(" (")[0]) for w in compiled.diagnostics.items if "no card" in w.message}
    assert said == {(17, "the exam marked the selected answer wrong"), (34, "an ungraded question")}, said


RESULTS_PAGE = """## Answer Summary
Below is a summary of your answers.

### Question 1 of 5
Which two attributes are characteristics of the private cloud model? Each correct answer presents a complete solution.

Correct Answer
Hardware must be purchased.
This answer is correct.

The company controls physical resources.
This answer is correct.

In a private cloud, hardware must be purchased. Quick provisioning is a public cloud trait.

Describe cloud computing - Training | Microsoft Learn

Question 2 of 5
Which two factors affect costs? Each correct answer presents a complete solution.

Your Answer
zone selection

This answer is incorrect.
resource usage

This answer is correct.
Correct Answer
resource location

This answer is correct.
resource usage

This answer is correct.
Usage meters are used to calculate your bill.

https://learn.example.org/training/costs

### Question 3 of 5
What can you use to execute code in a serverless environment?

Your Answer
Functions

Functions runs code without managing servers.

### Question 4 of 5
What should you review to avoid service interruptions?

Your Answer
Monitor

This answer is incorrect.

### Question 5 of 5
You need to associate costs to groups.

What should you use?
resource tags
This answer is correct.

Tags group billing data.
"""


def test_a_practice_assessment_results_page(tmp_path: Path) -> None:
    """trial12 U4 (severe: a Microsoft Learn practice-assessment results page pasted into Markdown, 50 questions ->
    6 notes, backs 'Your Answer … This answer is correct. Correct Answer …'). 'Question N of M' blocks with answer
    label lines and verdicts are read as questions: the answers under 'Correct Answer', else 'Your Answer' when
    judged correct (or not judged at all), the explanation after; a wrong answer with no correct one shown is a
    warning and no card; 'This answer is correct.' and the 'Microsoft Learn' link lines are no text."""
    compiled = build(deck_of(tmp_path, {"azure.md": RESULTS_PAGE}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question.split("?")[0]: " | ".join(i.answer_plain().split("\n")).replace(" |  | ", " | ").strip(" |") for i in compiled.items}
    assert got == {
        "Which two attributes are characteristics of the private cloud model": "Hardware must be purchased. | The company "
        "controls physical resources. | In a private cloud, hardware must be purchased. Quick provisioning is a public cloud trait.",
        "Which two factors affect costs": "resource location | resource usage | Usage meters are used to calculate your bill.",
        "What can you use to execute code in a serverless environment": "Functions | Functions runs code without managing servers.",
        "You need to associate costs to groups. What should you use": "resource tags | Tags group billing data.",
    }, got
    said = [(w.line, w.message.split(" (")[0]) for w in compiled.diagnostics.items if "no card" in w.message]
    assert said == [(47, "the page marked the answer wrong and shows no correct answer: no card")], said


def test_portuguese_exam_label_lines_and_gabarito(tmp_path: Path) -> None:
    """trial11 P101 (severe: ENEM simulados): 'QUESTÃO 1' / a context paragraph / the question / '(A)'–'(E)' /
    'Gabarito: C' gave Basic cards whose fronts lost the context the question needs and whose backs held the options
    and 'Gabarito: C' ('QUESTION 1' / 'Answer: C' worked). 'QUESTÃO', 'Pergunta' … are label lines; 'Gabarito:' a key."""
    page = (
        "# Simulado ENEM\n\nQUESTÃO 1\n\nUm carro percorre 120 km em 2 horas com velocidade constante.\n\n"
        "Qual é a velocidade média do carro?\n\n(A) 40 km/h\n(B) 50 km/h\n(C) 60 km/h\n(D) 80 km/h\n\nGabarito: C\n\n"
        "QUESTÃO 2\n\nA fotossíntese produz glicose a partir de gás carbônico e água.\n\nQual organela é responsável por esse "
        "processo?\n\n(A) Mitocôndria\n(B) Ribossomo\n(C) Cloroplasto\n(D) Lisossomo\n\nGabarito: C\n"
    )
    compiled = build(deck_of(tmp_path, {"enem.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.correct for i in compiled.items] == ["C", "C"]
    assert "120 km em 2 horas" in compiled.items[0].question + " ".join(b.plain() for b in compiled.items[0].stimulus)


@pytest.mark.parametrize("mark", ["1.", "n.", "-"])
def test_question_and_answer_apart_by_slashes(tmp_path: Path, mark: str) -> None:
    """learner4 N68 (severe: a biology quiz, '1. What are proteins made out of?    // amino acids', every line
    numbered '1.'): 9 questions were 2 notes, each holding its section's other questions; numbered 1..n every back
    began '// ' and the question ending in '.' was lost. ' // ' on an entry's line parts its question and answer
    (after a sentence's end, never inside code: '`a // b`')."""
    rows = [("What are proteins made out of?", "amino acids"), ("What is the most common monosaccharide?", "glucose"),
            ("What covers the feathers of some aquatic birds.", "wax"), ("Do viruses have cells?", "No")]  # fmt: skip
    lead = (lambda n: f"{n}.") if mark == "n." else (lambda n: mark)
    page = "### Chemistry\n\n" + "".join(f"{lead(n)} {q}    // {a}\n" for n, (q, a) in enumerate(rows, 1))
    compiled = build(deck_of(tmp_path, {"quiz.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == rows


def test_a_key_file_pairs_unique_numbers_across_sections(tmp_path: Path) -> None:
    """learner4 N53 (severe: a course's practice test and its key file): the test's '## Part A' is split into
    '### Module 1' … sub-sections, the key's '## Part A' answers is not: the key's sections paired with none of the
    test's and 0 of 32 questions were answered. Numbers that never restart pair whatever the sections."""
    test = (
        "# Practice Test\n\n## Part A: Multiple Choice\n\n### Module 1: Life\n\n**1.** Which is shared by ALL living things?\n\n"
        "A) Moving\nB) Photosynthesis\nC) Cellular organization\n\n### Module 2: Chemistry\n\n**2.** Which atom has the most protons?\n\n"
        "A) Hydrogen\nB) Carbon\nC) Oxygen\n\n## Part C: Short Answer\n\n**3.** Trace the path of a protein to its export.\n"
    )
    key = (
        "# Answer Key\n\n## Part A: Multiple Choice Answers\n\n| Q | Answer | Explanation |\n|---|---|---|\n"
        "| 1 | C | All living things have cells |\n| 2 | C | Oxygen has 8 protons |\n\n## Part C: Short Answer Key\n\n"
        "**3. Protein path:** ribosome → rough ER → Golgi → vesicle → membrane.\n"
    )
    content = deck_of(tmp_path, {"test.md": test, "test_key.md": key})
    config = (content / "deck.toml").read_text(encoding="utf-8")
    (content / "deck.toml").write_text(
        config + '\n[[source]]\nid = "test"\nfile = "sources/test.md"\ntitle = "Test"\nlayout = "numbered"\nkey_file = "sources/test_key.md"\n',
        encoding="utf-8",
    )
    (content / "sources" / "test_key.md").rename(content / "keys.md")  # (the key file outside sources/, named by key_file)
    (content / "deck.toml").write_text((content / "deck.toml").read_text(encoding="utf-8").replace("sources/test_key.md", "keys.md"), encoding="utf-8")
    compiled = build(content, tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.correct for i in compiled.items[:2]] == ["C", "C"]
    assert "rough ER" in compiled.items[2].answer_plain() and not compiled.deck.skipped


SLIDES = """# QCM - Module 1

## Question 1

Quel est le rôle principal d'un MTA ?

A) Lire les emails

B) Acheminer et délivrer les emails

C) Stocker les emails

D) Afficher les emails

---

## Question 2

Quel port TCP Postfix utilise-t-il pour SMTP ?

A) 25

B) 110

C) 143

---

## Réponses - Module 1

<small>

**Question 1 : Réponse B** - Le MTA achemine et délivre les emails.

**Question 2 : Réponse A** - Le port 25/TCP.

</small>

---

## Exercice pratique

1. Identifiez tous les MTAs impliqués

2. Combien de connexions SMTP seront établies ?
"""


def test_a_slide_quiz_with_paragraph_options_and_a_worded_key(tmp_path: Path) -> None:
    """trial11 P39 (severe: a French Slidev QCM): '## Question 1' / the question / 'A) …', 'B) …' each a paragraph
    of its own / '---', keyed under '## Réponses - Module 1' by '**Question 1 : Réponse B** - …': all 5 lost, the
    page read as 'numbered' from a later exercise. Options written as paragraphs are a list of options, and such a
    key (its section named with its part, its entries in words) keys them (with layout = "markdown")."""
    content = deck_of(tmp_path, {"qcm.md": SLIDES})
    config = (content / "deck.toml").read_text(encoding="utf-8")  # (detection still reads the page as the exercise's
    # numbered list: layout = "markdown" is the line to add, left for the next sitting)
    (content / "deck.toml").write_text(config + '\n[[source]]\nid = "qcm"\nfile = "sources/qcm.md"\ntitle = "QCM"\nlayout = "markdown"\n', encoding="utf-8")
    compiled = build(content, tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question.replace("\u202f", " "), i.correct) for i in compiled.items] == [
        ("Quel est le rôle principal d'un MTA ?", "B"), ("Quel port TCP Postfix utilise-t-il pour SMTP ?", "A"),
    ]  # fmt: skip


def test_a_comment_that_asks_is_no_printed_result(tmp_path: Path) -> None:
    """learner4 N82 (severe regression): 'Predict the output of the following JavaScript code? Please explain' over a
    program ending '// Explain', then 'Output: NaN': the '// Explain' comment was read as the printed result, so the
    program stayed on the back of a bare front and three such questions merged into one. A comment that asks is no
    result: the program is on the front, each question its own note."""
    asked = "## Q. ***Predict the output of the following JavaScript code? Please explain***\n\n"
    page = (
        "# JS\n\n" + asked + '```javascript\nconsole.log(+"meow"); // Explain\n```\nOutput: NaN <br/>\nUnary plus.\n\n'
        + asked + "```javascript\nvar a = 1.2;\nconsole.log(typeof a); // Explain\n```\nOutput: number <br/>\ntypeof.\n"
    )
    compiled = build(deck_of(tmp_path, {"js.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.answer_plain().split("\n")[0].strip() for i in compiled.items] == ["Output: NaN", "Output: number"]
    assert ['console.log(+"meow"); // Explain' in b.plain() for i in compiled.items[:1] for b in i.stimulus] == [True]


def test_a_question_label_over_an_unlabelled_answer(tmp_path: Path) -> None:
    """New-user check (a Vietnamese OOP interview page): '### 1. Topic' / '**Câu hỏi:** …?' over a bullet list or a
    '- **Cách trả lời:** …' bullet: every question was lost ('text outside any question') and the answer's bullets
    became glossary cards ('Cách trả lời' -> …). A question-label paragraph that asks is a question whose answer is
    what follows; 'Cách trả lời:' / 'Gợi ý trả lời:' are answer labels."""
    page = (
        "### 1. Nguyên tắc cơ bản của OOP\n**Câu hỏi:** Bạn có thể giải thích 4 nguyên tắc chính của OOP không?\n\n"
        "- **Tính kế thừa (Inheritance):** Lớp con kế thừa từ lớp cha.\n\n- **Tính đóng gói (Encapsulation):** Bảo vệ dữ liệu.\n\n"
        "---\n\n### 2. Thiết kế lớp\n**Câu hỏi:** Làm thế nào để tránh lặp lại mã?\n\n- **Cách trả lời:** Áp dụng nguyên tắc DRY.\n"
    )
    compiled = build(deck_of(tmp_path, {"oop.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert list(got) == ["Bạn có thể giải thích 4 nguyên tắc chính của OOP không?", "Làm thế nào để tránh lặp lại mã?"]
    assert "Inheritance" in got["Bạn có thể giải thích 4 nguyên tắc chính của OOP không?"]
    assert got["Làm thế nào để tránh lặp lại mã?"] == "Áp dụng nguyên tắc DRY."
