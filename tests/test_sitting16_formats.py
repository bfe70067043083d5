"""Sixteenth sitting, formats helper: raw HTML tables and definition lists in a Markdown page (trial16 T16-49) and the
open findings after them."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.sources.base import Document
from compiler.sources.html_blocks import html_blocks

HTML_TABLE = """# Vocabulary

<table>
  <thead>
    <tr><th>Question</th><th>Answer</th></tr>
  </thead>
  <tbody>
    <tr><td>What is the capital of France?</td><td>Paris</td></tr>
    <tr><td>What is the capital of Spain?</td><td>Madrid</td></tr>
  </tbody>
</table>

## What does DNS do?
"""

HEADERLESS = """# Vocabulario

<table>
<tr><td><b>perro</b></td><td>dog</td></tr>
<tr><td><b>gato</b></td><td>cat</td></tr>
<tr><td><b>caballo</b></td><td>horse</td></tr>
</table>
"""

DEFINITIONS = """# Glossary

<dl>
  <dt>Latency</dt>
  <dd>The delay before a transfer begins.</dd>
  <dt>Jitter</dt>
  <dd>The variation in latency.</dd>
</dl>
"""

LAID_OUT = """# Python

<table>
<tr><th>Question</th><th>Answer</th></tr>
<tr><td>Which layers does TCP/IP have?</td><td><ul><li>Link</li><li>Internet</li></ul></td></tr>
<tr><td>How do you loop over a list?</td><td><pre><code class="language-python">for i in x:
    print(i | 1)</code></pre></td></tr>
<tr><td>What does <code>len</code> return?</td><td>the size<br>of a sequence</td></tr>
</table>
"""

LAYOUT = """# Interview questions

<table>
   <tr>
      <td>⚠️</td>
      <td>The answers are given by the community. Double check them.</td>
   </tr>
</table>

## What is overfitting?

A model that learns the noise of its training data.

<table align='center'>
  <tr><td><img src="img/fit.png" alt="A curve"></td></tr>
  <tr><td>Figure 1: an overfit curve</td></tr>
</table>
"""


def _cards(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str, str, int]]:
    compiled = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return [
        (
            i.locator.file.split("/")[-1],
            i.question,
            " ".join(b.plain() for b in i.answer).strip(),
            i.locator.line,
        )
        for i in compiled.items
        if not i.skip
    ]


def test_a_raw_html_table_or_definition_list_in_markdown_is_read_as_its_markdown(tmp_path: Path) -> None:
    """A '<table>' of questions and answers, a headerless two-column table of bold terms and a '<dl>' glossary in a
    Markdown page (trial16 T16-49, severe): each was one card under the heading, its back all the cells. They read as
    the pipe table and the 'Term' / ': definition' list do: a card a row, a card a term, at their own lines."""
    got = _cards(tmp_path, {"a.md": HTML_TABLE, "b.md": HEADERLESS, "c.md": DEFINITIONS})
    assert [(f, q, a) for f, q, a, _ in got] == [
        ("a.md", "What is the capital of France?", "Paris"),
        ("a.md", "What is the capital of Spain?", "Madrid"),
        ("b.md", "perro", "dog"),
        ("b.md", "gato", "cat"),
        ("b.md", "caballo", "horse"),
        ("c.md", "Latency", "The delay before a transfer begins."),
        ("c.md", "Jitter", "The variation in latency."),
    ]
    assert [line for f, _, _, line in got if f == "c.md"] == [4, 6]  # (each at its <dt>'s line: trial26 T26-46)


def test_the_rewrite_keeps_the_pages_lines() -> None:
    """Line-kept: the Markdown takes the block's own lines, so what follows the table is where the page has it."""
    doc = Document(rel="a.md", text=HTML_TABLE)
    made = html_blocks(doc)
    assert len(made.lines) == len(doc.lines)
    assert made.lines[-1] == "## What does DNS do?"
    assert "| What is the capital of France? | Paris |" in made.lines
    assert (
        html_blocks(
            Document(
                rel="b.md",
                text="# No table\n\n```html\n<table>\n<tr><td>a</td><td>b</td></tr>\n</table>\n```\n",
            )
        ).text.count("<table>")
        == 1
    )


def test_a_laid_out_cell_keeps_its_list_code_and_line_breaks(tmp_path: Path) -> None:
    """A cell holding a list, code or '<br>' (why READMEs write HTML tables at all): its Markdown cell had lost them
    ('- Link - Internet', the code on one line). The cell is its HTML on one line, code breaks as '&#10;'."""
    lines = html_blocks(Document(rel="a.md", text=LAID_OUT)).lines
    assert "| Which layers does TCP/IP have? | <ul><li>Link</li><li>Internet</li></ul> |" in lines
    assert (
        '| How do you loop over a list? | <pre><code class="language-python">for i in x:&#10;    print(i &#124; 1)</code></pre> |'
        in lines
    )
    assert "| What does `len` return? | the size<br>of a sequence |" in lines
    compiled = build(
        deck_of(tmp_path, {"p.md": LAID_OUT}), tmp_path / "build", formats=("json",), now=1_000
    ).compiled
    assert compiled is not None
    backs = {i.question: "".join(b.text for b in i.answer) for i in compiled.items}
    assert "<li>Internet</li>" in backs["Which layers does TCP/IP have?"]
    assert "print(i | 1)" in backs["How do you loop over a list?"]


def test_a_banner_or_a_figure_table_is_left_as_written() -> None:
    """A one-row banner ('⚠️' | 'the answers are the community's') and a one-column figure (an image over its caption)
    lay out the page: no table of cards, kept as written (the corpus's dsi and ajit pages)."""
    doc = Document(rel="a.md", text=LAYOUT)
    assert html_blocks(doc) is doc


OPTIONS_COLUMN = """# Chapter 4 quiz

| # | Question | Options | Answer |
|---|----------|---------|--------|
| 1 | Which organelle makes ATP? | A) Nucleus<br>B) Mitochondrion<br>C) Ribosome | B |
| 2 | Where are proteins made? | A) Ribosome<br>B) Golgi<br>C) Lysosome | A |
| 3 | What holds the DNA? | A) Vacuole<br>B) Cell wall<br>C) Nucleus | C |
"""

OPCIONES = """# Prueba

| Pregunta | Opciones | Respuesta correcta |
|---|---|---|
| ¿Capital de Francia? | a) Lyon b) París c) Niza | b |
| ¿Capital de Perú? | a) Lima b) Cusco c) Arequipa | a |
"""


def test_a_tables_options_column_is_a_column_an_option(tmp_path: Path) -> None:
    """'| # | Question | Options | Answer |' whose Options cell lists 'A) …<br>B) …' (lead G18, high): Basic cards
    whose back was 'B' then 'Options: A) … B) …'. The column is a column an option, so each row is multiple choice
    keyed by its letter; also options on one line ('a) Lyon b) París c) Niza') under a Spanish header."""
    compiled = build(
        deck_of(tmp_path, {"q.md": OPTIONS_COLUMN, "es.md": OPCIONES}),
        tmp_path / "build",
        formats=("json",),
        now=1_000,
    ).compiled
    assert compiled is not None
    got = {(i.question, tuple(c.text for c in i.choices), i.correct, i.locator.line) for i in compiled.items}
    assert got == {
        ("Where are proteins made?", ("Ribosome", "Golgi", "Lysosome"), "A", 6),
        ("What holds the DNA?", ("Vacuole", "Cell wall", "Nucleus"), "C", 7),
        ("Which organelle makes ATP?", ("Nucleus", "Mitochondrion", "Ribosome"), "B", 5),
        ("¿Capital de Francia?", ("Lyon", "París", "Niza"), "B", 5),
        ("¿Capital de Perú?", ("Lima", "Cusco", "Arequipa"), "A", 6),
    }


def test_an_options_column_that_lists_no_options_is_left_as_written() -> None:
    """A cell that does not split into options (one option, prose) leaves the table as it is: its rows stay cards."""
    from compiler.sources.options_column import options_columns

    doc = Document(
        rel="a.md",
        text="| Question | Options | Answer |\n|---|---|---|\n| Which flag? | use -v for more | -v |\n",
    )
    assert options_columns(doc) is doc


LABELLED_OPTION = """# The unittest module

## Check your understanding

**What is true about the `unittest` module?**

1. **Correct answer:** Test classes must inherit from unittest.TestCase — TestCase gives the assert* methods and setUp/tearDown.

2. unittest uses plain assert statements — No, it uses methods such as self.assertEqual.

3. setUp runs once before all tests of a class — No, it runs before EACH test; setUpClass runs once.
"""


def test_an_option_opening_with_an_answer_label_is_the_right_one(tmp_path: Path) -> None:
    """'1. **Correct answer:** …' / '2. … — No, …' (trial16 T16-15, medium; '**Правильный ответ:**' in the Russian
    lesson): a Basic note whose back listed every option with its verdict. The labelled option is the right one,
    and each option's reason after its spaced dash is its feedback on the back, not option text."""
    from compiler.sources.choices import find_choices

    compiled = build(
        deck_of(tmp_path, {"q.md": LABELLED_OPTION}), tmp_path / "build", formats=("json",), now=1_000
    ).compiled
    assert compiled is not None
    (item,) = compiled.items
    assert [c.text for c in item.choices] == [
        "Test classes must inherit from unittest.TestCase",
        "unittest uses plain assert statements",
        "setUp runs once before all tests of a class",
    ]
    assert item.correct == "A"
    back = " ".join(b.plain() for b in item.answer)
    assert "No, it uses methods such as self.assertEqual." in back
    found = find_choices(["1. **Неправильный ответ:** Lima", "2. **Правильный ответ:** Paris", "3. Rome"])
    assert found is not None and found.correct == "B" and found.options[0] == ("A", "Lima")
    ranges = find_choices(["A) 1914 — 1918", "B) 1939 — 1945 ✓"])
    assert ranges is not None and ranges.options == [("A", "1914 — 1918"), ("B", "1939 — 1945")]


def test_true_false_cards_speak_the_pages_language(tmp_path: Path) -> None:
    """'True or false: TCP 是面向连接的协议。' / 'True' on a Chinese worksheet, and 'TCP 是面向连接的协议。（ ）' / '√' under
    '答案：√' (trial16 T16-48 rest): an English prompt, a blank and a bare mark. The prompt and verdict are the page's
    language's; English (or a page too short to tell) stays as written, and so does an English statement on it."""
    from compiler.model import Block, BlockKind, Item, Locator
    from compiler.sources.truefalse import in_own_language

    def item(question: str, answer: str) -> Item:
        block = (
            Block(kind=BlockKind.html, text=f"<p>{answer}</p>")
            if "（" in question
            else Block(kind=BlockKind.text, text=answer)
        )
        return Item(
            source="s",
            question=question,
            answer=[block],
            locator=Locator(file="a.md", line=1),
            original=question,
        )

    def said(items: list[Item], page: str) -> list[tuple[str, str]]:
        return [(i.question, i.answer[0].text) for i in in_own_language(items, page)]

    zh = "# 判断题\n\n1. TCP 是面向连接的协议。（√）\n2. DNS 只使用 TCP。（ ）\n答案：×\n3. HTTP uses port 80. (T)\n"
    assert said(
        [
            item("True or false: TCP 是面向连接的协议。", "True"),
            item("DNS 只使用 TCP。（ ）", "×"),
            item("True or false: HTTP uses port 80.", "True"),
        ],
        zh,
    ) == [
        ("判断：TCP 是面向连接的协议。", "对"),
        ("判断：DNS 只使用 TCP。", "错"),
        ("True or false: HTTP uses port 80.", "True"),
    ]
    fr = "# Vrai ou faux\n\n1. La Terre est plate et la Lune est une étoile. (Faux)\n"
    assert said([item("True or false: La Terre est plate et la Lune est une étoile.", "False")], fr) == [
        ("Vrai ou faux : La Terre est plate et la Lune est une étoile.", "Faux")
    ]
    en = [
        item("True or false: Only a div can be used as a flexbox container.", "False"),
        item("Name the blank: ( )", "Paris"),
    ]
    assert in_own_language(en, "# Quiz\n\nOnly a div can be used as a flexbox container.\n") == en
    tf2 = "# 判断题\n\n1. TCP 是面向连接的协议。（ ）\n答案：√\n\n2. UDP 提供可靠传输。（ ）\n答案：×\n"
    compiled = build(
        deck_of(tmp_path, {"zh.md": tf2}), tmp_path / "build", formats=("json",), now=1_000
    ).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [
        ("判断：TCP 是面向连接的协议。", "对"),
        ("判断：UDP 提供可靠传输。", "错"),
    ]


RESULTS = """Chapter 3 quiz - results

1. Which service does TCP provide?
A. Connectionless, unreliable
B. Connection-oriented, reliable
C. Connectionless, reliable
Your answer: B
Correct answer: B
Score: 20/20

2. Which port does HTTPS use by default?
A. 80
B. 8080
C. 443
Your answer: A
Correct answer: C
Score: 0/20

3. HTTPS 默认使用的端口号是（ ）
A. 80
B. 8080
C. 443
我的答案：A
正确答案：C
答案状态：错误
得分：0.0分
"""


def test_a_results_page_is_keyed_by_the_right_answer_not_the_learners(tmp_path: Path) -> None:
    """A quiz's results page ('Your answer: A' / 'Correct answer: C' / 'Score: 0/20'; Chaoxing's '我的答案：A' /
    '正确答案：C' / '答案状态：错误' / '得分：0.0分'; trial17 T17-9, severe) keyed each question by the learner's own
    answer, wrong exactly where the learner was, with 'Correct answer: C' as the explanation. The right answer
    keys; the learner's answer, score and status are no card text. A learner's answer alone still keys."""
    from compiler.sources.choices import find_choices

    compiled = build(
        deck_of(tmp_path, {"results.txt": RESULTS}), tmp_path / "build", formats=("json",), now=1_000
    ).compiled
    assert compiled is not None
    got = [(i.correct, i.answer_plain()) for i in compiled.items]
    assert got == [("B", ""), ("C", ""), ("C", "")]
    alone = find_choices(["A. 80", "B. 443", "Your answer: B"])
    assert alone is not None and alone.correct == "B"


def test_an_excel_separator_hint_is_no_row(tmp_path: Path) -> None:
    """'sep=;' over 'Question;Answer' (Excel's separator hint; trial17 T17-18, high): 'sep=' was 'question has no
    answer' and the header under it a junk card 'Question' / 'Answer'. The hint names the separator; the header is a
    header; the rows keep their lines."""
    hinted = 'sep=;\r\nQuestion;Answer\r\nWhat does TCP guarantee?;Ordered delivery\r\n"What does DNS do; briefly?";"Resolves names; to addresses"\r\n'
    bank = "sep=,\nQuestion,Option A,Option B,Correct Answer\nWhich port does HTTPS use?,80,443,B\n"
    compiled = build(
        deck_of(tmp_path, {"a.csv": hinted, "b.csv": bank}), tmp_path / "build", formats=("json",), now=1_000
    ).compiled
    assert compiled is not None
    got = [(i.question, i.answer_plain() or i.correct, i.locator.line) for i in compiled.items]
    assert got == [
        ("What does TCP guarantee?", "Ordered delivery", 3),
        ("What does DNS do; briefly?", "Resolves names; to addresses", 4),
        ("Which port does HTTPS use?", "B", 3),
    ]
    assert not [d for d in compiled.diagnostics.items if "no answer" in d.message]


def test_a_quiz_sites_view_answer_button_is_no_card_text() -> None:
    """'View Answer' copied between a Sanfoundry-style question's options and its 'Answer: b' / 'Explanation: …'
    (trial17 T17-5, medium): every explanation opened with the button's label and kept its 'Explanation:' label."""
    from compiler.sources.choices import find_choices

    lines = [
        "a) Network layer",
        "b) Transport layer",
        "c) Session layer",
        "View Answer",
        "Answer: b",
        "Explanation: TCP is a transport-layer protocol.",
    ]
    found = find_choices(lines)
    assert found is not None and found.correct == "B"
    assert found.explanation == ["TCP is a transport-layer protocol."]
    shown = find_choices(["A. 80", "B. 443", "[Show/Hide Answer]", "Answer: B", "Discuss in Forum"])
    assert shown is not None and shown.correct == "B" and shown.explanation == []


def test_options_numbered_in_brackets_roman_or_circled_are_options(tmp_path: Path) -> None:
    """'(1)' … '(4)' / 'Ans: (2)' (NEET, JEE, SSC), '(i)' … '(iv)' / 'Answer: (ii)' and 'Ⓐ' … 'Ⓓ' / 'Answer: Ⓑ'
    (trial17 T17-45, high): Basic notes, the options run into the front and the back '(2)'. They are options keyed
    by that number; a numbered list with no such key after it stays a list."""
    from compiler.sources.letters import counted_options

    second = "2. Which layer does IP work in?\n{a} Link\n{b} Internet\n{c} Transport\n{key}\n"
    quiz = {
        "num.md": "# Quiz\n\n1. Which service does TCP provide?\n(1) Connectionless\n(2) Connection-oriented\n(3) Neither\nAns: (2)\n\n"
        + second.format(a="(1)", b="(2)", c="(3)", key="Ans: 2"),
        "rom.md": "# Quiz\n\n1. Which port does HTTPS use?\n(i) 80\n(ii) 8080\n(iii) 443\nAnswer: (iii)\n\n"
        + second.format(a="(i)", b="(ii)", c="(iii)", key="Answer: (ii)"),
        "cir.md": "# Quiz\n\n1. Which protocol resolves names?\nⒶ ARP\nⒷ DNS\nⒸ ICMP\nAnswer: Ⓑ\n\n"
        + second.format(a="Ⓐ", b="Ⓑ", c="Ⓒ", key="Answer: Ⓑ"),
    }
    compiled = build(deck_of(tmp_path, quiz), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = sorted({(i.question, i.correct, len(i.choices)) for i in compiled.items})
    assert got == [
        ("Which layer does IP work in?", "B", 3),
        ("Which port does HTTPS use?", "C", 3),
        ("Which protocol resolves names?", "B", 3),
        ("Which service does TCP provide?", "B", 3),
    ]
    points = ["Two reasons:", "(1) it is fast", "(2) it is cheap", "", "Next paragraph."]
    assert counted_options(points) == points


def _lettered(question: str, letters: list[str], key: str) -> str:
    options = ["Connectionless", "Connection-oriented", "Neither"]
    return (
        "\n".join(
            [question, *(f"{letter} {text}" for letter, text in zip(letters, options, strict=False)), key]
        )
        + "\n"
    )


def test_persian_and_urdu_options_from_alef_are_options() -> None:
    """'الف) …' / 'ب) …' / 'پاسخ: گزینه ب' (Persian) and '(الف) …' / 'جواب: (ب)' (Urdu) (trial17 T17-38, severe): Basic
    notes whose back was the option list. The word 'الف' is the first letter, the word 'گزینه' ('option') no part of
    the key."""
    from compiler.sources.choices import find_choices
    from compiler.sources.letters import latin_option_letters

    persian = latin_option_letters(_lettered("۱. TCP چیست؟", ["الف)", "ب)", "ج)"], "پاسخ: گزینه ب")).split(
        "\n"
    )
    urdu = latin_option_letters(_lettered("1. TCP کیا ہے؟", ["(الف)", "(ب)", "(ج)"], "جواب: (ب)")).split("\n")
    for lines in (persian, urdu):
        found = find_choices(lines[1:])
        assert found is not None and found.correct == "B" and len(found.options) == 3


def test_option_letters_of_further_alphabets_are_options() -> None:
    """Thai 'ก.' …, Korean '가)' …, Tamil '(அ)' …, Armenian 'ա)' … ('Պատասխան՝ բ'), Georgian 'ა)' …, Burmese '(က)' …
    ('အဖြေ - ခ'), hiragana 'あ.' … and iroha 'い.' 'ろ.' (trial17 T17-39, severe): Basic notes with the options as the
    back. Read as A, B, C when a key naming one follows; a Korean or Thai outline ('가. …' / '나. …') with no key
    stays as written."""
    from compiler.sources.choices import find_choices
    from compiler.sources.letters import latin_option_letters

    cases = [
        (["ก.", "ข.", "ค."], "คำตอบ: ข"),
        (["가)", "나)", "다)"], "정답: 나"),
        (["(அ)", "(ஆ)", "(இ)"], "விடை: ஆ"),
        (["ա)", "բ)", "գ)"], "Պատասխան՝ բ"),
        (["ა)", "ბ)", "გ)"], "პასუხი: ბ"),
        (["(က)", "(ခ)", "(ဂ)"], "အဖြေ - ခ"),
        (["あ.", "い.", "う."], "正解：い"),
        (["い.", "ろ.", "は."], "正解：ろ"),
    ]
    for letters, key in cases:
        lines = latin_option_letters(_lettered("1. Which service does TCP provide?", letters, key)).split(
            "\n"
        )
        found = find_choices(lines[1:])
        assert found is not None and found.correct == "B", (letters, lines)
    outline = "# 개요\n\n가. 목적\n나. 범위\n\n본문입니다.\n"
    assert latin_option_letters(outline) == outline


def test_a_sentence_pairs_second_id_column_is_left_out(tmp_path: Path) -> None:
    """Tatoeba's sentence pairs, 'id<TAB>sentence<TAB>id<TAB>translation' (trial17 T17-33, high): the first id column was
    left out, the translation's id opened every back ('77 / Lass uns …'). Each column of ids before text is left out."""
    pairs = "".join(
        f"{100 + n}\t{en}\t{900 + n}\t{de}\n"
        for n, (en, de) in enumerate(
            [
                ("I am tired.", "Ich bin müde."),
                ("It is raining.", "Es regnet."),
                ("We are late.", "Wir sind spät dran."),
            ]
        )
    )
    compiled = build(
        deck_of(tmp_path, {"pairs.tsv": pairs}), tmp_path / "build", formats=("json",), now=1_000
    ).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [
        ("I am tired.", "Ich bin müde."),
        ("It is raining.", "Es regnet."),
        ("We are late.", "Wir sind spät dran."),
    ]
