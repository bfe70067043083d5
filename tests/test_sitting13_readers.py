"""Markdown reading fixes of the thirteenth sitting (readers): each test a fixture of the shape a finder met."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import Item


def _items(tmp_path: Path, files: dict[str, str], table: str = "") -> list[Item]:
    compiled = build(deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return compiled.items


def _markdown(*names: str) -> str:
    return "".join(f'[[source]]\nid = "{n}"\nfile = "sources/{n}.md"\nlayout = "markdown"\n' for n in names)


def _html(item: Item) -> str:
    return "".join(b.text for b in item.answer)


def test_a_subscript_glued_to_a_number_is_maths(tmp_path: Path) -> None:
    """trial13 T13-4 (severe, the real page's answer): '17.5$_{10}$ --> 10001.1$_{2}$' (a base written as a subscript
    glued to the number) had its first dollar refused as a price's and the next one paired with the wrong one:
    '17.5$ {10}\\( --> 10001.1\\) {2}'. A dollar right after a digit that opens a sub- or superscript opens maths;
    a price ('costs 5$ and 7$') stays text."""
    page = "## How is 17.5 written in base 2?\n\n17.5$_{10}$ --> 10001.1$_{2}$ --> 1.00011x2${^4}$\n\n"
    page += "## What does it cost?\n\nIt costs 5$ and 7$ a month.\n"
    items = _items(tmp_path, {"a.md": page}, _markdown("a"))
    got = {i.question: _html(i) for i in items}
    assert "17.5\\(_{10}\\) --&gt; 10001.1\\(_{2}\\) --&gt; 1.00011x2\\({^4}\\)" in got["How is 17.5 written in base 2?"]
    assert "5$ and 7$" in got["What does it cost?"]


NOTE_BANK = """---
tags: [wind]
---
# Wind cells

## Core Idea
Three cells organize the winds.

## Questions

```yaml
- question: "Which planet is largest?"
  options: ["Mars", "Jupiter", "Venus"]
  answer: 1
  explanation: "Jupiter is the largest."

- question: "The Sun is a planet."
  type: true-false
  answer: false
```

## Setup

```yaml
name: wind
services:
  - question: none
```
"""


def test_a_fenced_question_list_in_a_note_is_its_questions() -> None:
    """trial13 T13-16 (severe, the note part): a concept note whose '## Questions' holds a fenced ```yaml list of
    question records made one card 'Questions' with the raw YAML as its back. Each fence holding question records
    with their answers is the bank's Markdown under the fence's heading, each line at its record's line; the rest
    of the note, and a fence of anything else (a config file), as written."""
    from compiler.sources.notebanks import note_banks

    lines = NOTE_BANK.split("\n")
    made = note_banks(lines, "wind.md")
    assert made is not None
    rows = made.text.split("\n")
    assert len(rows) == len(made.origin) + 1  # (the text ends with a line break)
    heading = {row: made.origin[n] for n, row in enumerate(rows) if row.startswith("### ")}
    assert heading == {"### Which planet is largest?": 12, "### Q: True or false: The Sun is a planet.": 17}  # (its boolean answer: N62-4)
    assert "- B) Jupiter" in rows and "**Answer:** B" in rows and "#### Answer" in rows
    assert "```yaml" not in rows[:25] and rows.count("```yaml") == 1  # (the config file's fence stays code)
    assert rows[: rows.index("## Questions") + 1] == lines[: lines.index("## Questions") + 1]
    assert note_banks(lines[lines.index("## Setup") :], "setup.md") is None


HTML_QUIZ = """# "Check yourself?"

&nbsp;

<ol start="3">
    <li>Which of these are primary colours?  (Choose two.)
        <ol type='A'>
            <li>Red</li>
            <li>Green
            <li>Blue
        </ol>
        <br />
        <details>
            <summary>
            <strong><em>Answer</em></strong>
            </summary>
            <br />
                A, C.  Red and blue are primary pigments.
            <br />
        </details>
    <br />
    <li>Which planet is largest?
        <ol type='a'>
            <li>Mars
            <li>Jupiter
        </ol>

        <details><summary>Answer</summary>

        b

        </details>
</ol>
"""


def test_a_quiz_in_html_lists(tmp_path: Path) -> None:
    """trial13 T13-12 (high): a quiz written as HTML lists in a Markdown page ('<ol>' / '<li>Which …? (Choose
    three.)' / "<ol type='a'>" / '<li>Associate' … / a '<details>' toggle 'A, B, D.  The five levels …', the '<li>'
    tags unclosed) was raw HTML, no item, and as the only file the build failed. The lists read as the Markdown
    lists they show (lettered for type='a'), a toggle's summary written over three lines is one, an '&nbsp;' line
    is space, and a list of letters over their explanation keys the options."""
    from compiler.sources.markdown_blocks import html_lists

    rows = html_lists(HTML_QUIZ).split("\n")
    assert len(rows) == len(HTML_QUIZ.split("\n"))
    assert rows[5] == "3. Which of these are primary colours? (Choose two.)" and rows[7] == "    - A. Red"
    assert rows[21] == "4. Which planet is largest?" and rows[23] == "    - a. Mars"
    items = _items(tmp_path, {"quiz.md": HTML_QUIZ})
    got = {i.question: (i.kind.value, i.correct, [c.text for c in i.choices]) for i in items}
    assert got == {
        "Which of these are primary colours? (Choose two.)": ("multiple_choice", "A,C", ["Red", "Green", "Blue"]),
        "Which planet is largest?": ("multiple_choice", "B", ["Mars", "Jupiter"]),
    }
    first = next(i for i in items if i.correct == "A,C")
    assert first.locator.line == 6 and "Red and blue are primary pigments." in first.answer_plain()


def test_an_html_list_of_points_stays_a_list(tmp_path: Path) -> None:
    """An HTML list that asks nothing (a note's points) reads as the same list under its heading."""
    page = "## Primary colours\n\n<ul>\n  <li>Red</li>\n  <li>Blue</li>\n</ul>\n"
    items = _items(tmp_path, {"n.md": page}, _markdown("n").replace('layout = "markdown"\n', 'layout = "markdown"\nheadings = "cards"\n'))
    assert [(i.question, i.answer_plain().split()) for i in items] == [("Primary colours", ["Red", "Blue"])]


def test_code_inside_an_answer_toggle_stays_the_answer(tmp_path: Path) -> None:
    """trial13 T13-1 (high): a task heading that mentions output ('… and show its output') over a 'show' toggle
    whose answer is two code blocks had the answer's first command moved onto the front, above the task, and the
    back missed it (CKAD-exercises, 4 of 73). Code inside an answer toggle ('Answer', 'show', 'Click to expand')
    is the answer, never what the question shows."""
    page = (
        "# Docker drills\n\n### Run an alpine container that prints the date and show its output\n\n"
        "<details><summary>show</summary>\n\n```bash\ndocker run --rm alpine date\n```\n\n```bash\ndocker ps -a\n```\n\n</details>\n"
    )
    (item,) = _items(tmp_path, {"drill.md": page})
    assert item.question == "Run an alpine container that prints the date and show its output"
    assert not item.stimulus and [b.text for b in item.answer] == ["docker run --rm alpine date", "docker ps -a"]


def test_code_between_a_question_and_its_answer_toggle_is_the_front(tmp_path: Path) -> None:
    """trial13 T13-3 (high): '## Question 2. For which value of `x` … the following statements …?' (inline code in
    the question) or 'Write a mul function … with following syntax.' over a code block, then the 'Answer' toggle:
    the code went to the back and the front asked about statements it did not show. What stands between the
    question and its answer toggle is the question's: on the front, under the question."""
    page = (
        "# JS\n\n## Question 2. For which value of `x` the results of the following statements are not the same?\n\n"
        "```javascript\nif( x <= 100 ) {...}\nif( !(x > 100) ) {...}\n```\n<details><summary><b>Answer</b></summary>\n\n"
        "`NaN`: both comparisons are false.\n\n</details>\n\n"
        "## Question 5. Write a mul function which will work properly when invoked with following syntax.\n\n"
        "```javascript\nconsole.log(mul(2)(3)(4)); // output : 24\n```\n<details><summary><b>Answer</b></summary>\n\n"
        "```javascript\nfunction mul (x) { return y => z => x * y * z; }\n```\n\n</details>\n"
    )
    items = _items(tmp_path, {"js.md": page}, _markdown("js"))
    got = {i.question[:5]: ([b.text for b in i.stimulus], i.stimulus_after, i.answer_plain().strip()) for i in items}
    assert got == {
        "For w": (["if( x <= 100 ) {...}\nif( !(x > 100) ) {...}"], True, "NaN: both comparisons are false."),
        "Write": (["console.log(mul(2)(3)(4)); // output : 24"], True, "function mul (x) { return y => z => x * y * z; }"),
    }


def test_inline_cards_holding_code_spans(tmp_path: Path) -> None:
    """trial13 T13-5 (high, the Markdown reader's part): 'front::back' lines holding a code span ('What does `git
    stash` do?::Shelves …', 'Which flag lists all branches?::`git branch -a`') were refused as a whole paragraph, and
    so was every card beside them. A '::' inside a code span never splits (lines.inline_card); outside one it does."""
    page = (
        "What does `git stash` do?::Shelves uncommitted changes\n\nWhich flag lists all branches?::`git branch -a`\n\n"
        "Use `std::vector` for a growable array.\n"
    )
    items = _items(tmp_path, {"git.md": page}, _markdown("git"))
    got = {i.question: i.answer_plain().strip() for i in items if not i.skip}
    assert got == {"What does `git stash` do?": "Shelves uncommitted changes", "Which flag lists all branches?": "git branch -a"}


def test_two_answer_labelled_entries_are_cards(tmp_path: Path) -> None:
    """trial13 T13-13 rest (medium): '- What is a pod?' / '  **Ans:** …' and '- Walk me through a rolling update.' /
    '  **Ans:** …' under '## Kubernetes' were one heading card 'Kubernetes' (three entries worked). Every entry
    answered under an answer label asks, whatever its words, and a heading over such a list is its section, also
    when the page's headings are read as cards."""
    page = (
        "## Kubernetes\n\n- What is a pod?\n  **Ans:** The smallest deployable unit.\n"
        "- Walk me through a rolling update.\n  **Ans:** Pods are replaced a few at a time.\n"
    )
    for table in ("", _markdown("k"), _markdown("k").replace('"markdown"\n', '"markdown"\nheadings = "cards"\n')):
        items = _items(tmp_path, {"k.md": page}, table)
        got = [(i.question, i.section, i.answer_plain().strip()) for i in items]
        assert got == [
            ("What is a pod?", ["Kubernetes"], "The smallest deployable unit."),
            ("Walk me through a rolling update.", ["Kubernetes"], "Pods are replaced a few at a time."),
        ]


def test_an_unlabelled_task_among_labelled_answers_has_none(tmp_path: Path) -> None:
    """trial13 T13-18 (high, the part left): homework pages '## Task N: title' / the task / '**ANSWER:** …': a task
    with no answer label ('## Task 3 (*): repeat it with jsonnet' and its paragraph) became a card teaching its own
    task. On a page that marks its tasks' answers with a label, a task without one has no answer: skipped, said."""
    page = (
        "# Homework 13.4\n\n## Task 1: prepare a helm chart\n\nPackage the app into a chart. Requirements:\n\n"
        "* one deployment per component;\n* the image version in the chart's values.\n\n"
        "**ANSWER:** We create the chart and lint it:\n\n```bash\nhelm lint ./app\n```\n\n"
        "## Task 2: run two versions\n\nRun several copies of the app.\n\n**ANSWER:** We install it twice.\n\n"
        "## Task 3 (*): repeat it with jsonnet\n\nTo learn another tool, repeat task 1 with jsonnet.\n"
    )
    compiled = build(deck_of(tmp_path, {"hw.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = [(i.question, [b.plain().strip()[:25] for b in i.stimulus], i.answer_plain().strip()[:20]) for i in compiled.items]
    assert got == [
        ("Task 1: prepare a helm chart", ["Package the app into a ch", "one deployment per compon"], "We create the chart "),
        ("Task 2: run two versions Run several copies of the app.", [], "We install it twice."),
    ]
    assert [(i.question, i.skip) for i in compiled.deck.skipped] == [
        ("Task 3 (*): repeat it with jsonnet To learn another tool, repeat task 1 with jsonnet.", "no answer")
    ]


def test_a_part_of_the_topic_names_the_topic(tmp_path: Path) -> None:
    """trial13 T13-7 (high): one-concept note files ('# Expected Loss' / '**Topic:** …' / '---' / '## Definition' /
    '## Key Formula' / '## Remember') read as heading cards had fronts 'Definition', 'Key Formula', 'Remember' that
    name no topic (1,642 such files). A heading that names a part of its topic is asked with the page title (or the
    heading above it); the '**Label:** value' lines under the title, closed by a rule, are the page's own details."""
    page = (
        "# Expected Loss\n\n**Topic:** Banking Regulation\n**Tags:** credit risk\n\n---\n\n"
        "## Definition\n\nThe average credit loss a bank anticipates.\n\n## Key Formula\n\n$$EL = PD \\times LGD \\times EAD$$\n\n"
        "## Basel IRB approach\n\nBanks supply their own PD estimates.\n"
    )
    items = _items(tmp_path, {"el.md": page}, _markdown("el").replace('"markdown"\n', '"markdown"\nheadings = "cards"\n'))
    assert [i.question for i in items] == ["Expected Loss › Definition", "Expected Loss › Key Formula", "Basel IRB approach"]


def test_unspaced_comparisons_are_no_highlight(tmp_path: Path) -> None:
    """trial14 T14-22 (severe): two comparisons written without spaces in one paragraph ('a==b and b==c', '0==false
    compares 0==0') were read as a '==highlight==' and their '==' deleted: 'What does a==b==c mean?' became 'What does
    abc mean?'. A '==' between two ASCII words or numbers compares them; '==mitochondria==' and '这是==重点==' mark."""
    page = (
        "## What does a==b==c mean in Python?\n\nIt is chained: a==b and b==c.\n\n"
        "## What makes ATP?\n\nThe ==mitochondria== make it; 这是==重点==内容.\n"
    )
    items = _items(tmp_path, {"eq.md": page}, _markdown("eq"))
    got = {i.question: _html(i) for i in items}
    assert got["What does a==b==c mean in Python?"] == "<p>It is chained: a==b and b==c.</p>"
    assert got["What makes ATP?"] == "<p>The <mark>mitochondria</mark> make it; 这是<mark>重点</mark>内容.</p>"


def test_a_title_that_asks_then_requests_asks(tmp_path: Path) -> None:
    """trial14 T14-9 (severe): one-question files whose title has its '？' in the middle and goes on with a request
    ('# 面试官：说说你对闭包的理解？闭包使用场景', '# Interviewer: What do you understand by a closure? Where is it used')
    over '## 一、是什么' sections gave no card, and alone the build stopped. The whole heading asks; its sections are
    the answer."""
    zh = "# 面试官：说说你对闭包的理解？闭包使用场景\n\n## 一、是什么\n\n函数和其词法环境的组合。\n\n## 二、使用场景\n\n私有变量。\n"
    en = "# Interviewer: What do you understand by a closure? Where is it used\n\n## 1. What it is\n\nA function and its scope.\n"
    items = _items(tmp_path, {"zh.md": zh, "en.md": en})
    got = sorted((i.question, " ".join(i.answer_plain().split())[:12]) for i in items)
    assert got == [
        ("Interviewer: What do you understand by a closure? Where is it used", "1. What it i"),
        ("面试官：说说你对闭包的理解？闭包使用场景", "一、是什么 函数和其词法"),
    ]


def test_a_challenge_of_numbered_steps_is_a_card(tmp_path: Path) -> None:
    """trial14 T14-13 (severe): a Carpentries challenge whose body is a numbered list of steps ('1. Read the code below
    …' / '2. Run the code …' / '3. Fix the error.') over its code, then its '::: solution', gave no card and no skip
    record (4 of 79 in the gapminder lesson; alone the build stopped). The titled steps are the question: the title
    asks, the steps and code under it on the front, the solution on the back."""
    page = (
        "::::::::::::::::::::::::::::::::::::: challenge\n\n## Identifying Syntax Errors\n\n"
        "1. Read the code below and try to identify what the errors are\n  *without* running it.\n"
        "2. Run the code and read the error message.\n3. Fix the error.\n\n"
        "```python\ndef another_function\n  print(\"Syntax errors are annoying.\")\n```\n\n"
        ":::::::::::::::  solution\n\n## Solution\n\n```python\ndef another_function():\n  print(\"fixed\")\n```\n\n"
        ":::::::::::::::::::::::::\n\n::::::::::::::::::::::::::::::::::::::::::::::::::\n"
    )
    (item,) = _items(tmp_path, {"errors.md": page})
    assert item.question == "Identifying Syntax Errors" and item.stimulus_after
    assert [b.kind.value for b in item.stimulus] == ["html", "code"] and "Fix the error." in item.stimulus[0].plain()
    assert item.answer_plain().strip() == 'def another_function():\n  print("fixed")'


def test_question_headings_one_level_up_in_a_later_chapter(tmp_path: Path) -> None:
    """trial14 T14-7 (severe): an interview book whose first part is '# Python' / '## topic' / '### question' and whose
    later chapters ('# Django') put the questions one level up ('## Что такое Middleware, для чего, как реализуется')
    lost 93 of those questions once the page as a whole held more topic '##' headings than asking ones (one more topic
    heading flipped them all). Where most headings of a level ask within a chapter, those that open like a question
    are questions there."""
    part1 = "".join(f"## Topic {t}\n\n### What is {t}\n\n{t} is a thing.\n\n" for t in "ABCDEFGHIJ")
    part2 = (
        "## What is middleware, how is it built\n\nA layer around each request.\n\n"
        "## What is CSRF?\n\nA forged request.\n\n## What is CORS?\n\nA browser rule.\n\n"
        "## What is JWT?\n\nA signed token.\n\n## What is a cookie?\n\nA stored value.\n\n"
    )
    items = _items(tmp_path, {"book.md": f"# Python\n\n{part1}# Django\n\n{part2}"}, _markdown("book"))
    got = [i.question for i in items]
    assert got[:2] == ["What is A?", "What is B?"] and len(got) == 15  # ('?' restored: the page asks in English)
    assert got[10:] == ["What is middleware, how is it built?", "What is CSRF?", "What is CORS?", "What is JWT?", "What is a cookie?"]


def test_a_page_that_is_one_question_answers_with_its_sections(tmp_path: Path) -> None:
    """trial14 T14-10 (high): a one-question file '# 面试官：说说对React Hooks的理解？解决了什么问题？' over a banner and
    the sections '## 一、是什么' / '## 二、有哪些' / '## 三、解决什么' made the question a card whose whole back was
    the banner, and the sections cards fronted '是什么' / '有哪些' that name nothing. A page whose title asks and whose
    sections ask nothing with a '?' of their own is one question: its sections are the parts of its answer."""
    page = (
        "# 面试官：说说对React Hooks的理解？解决了什么问题？\n\n![](banner.png)\n\n## 一、是什么\n\nHook 是新增特性。\n\n"
        "## 二、有哪些\n\n- useState\n- useEffect\n\n## 三、解决什么\n\n状态逻辑的复用。\n"
    )
    (item,) = _items(tmp_path, {"hooks.md": page, "banner.png": ""})
    assert item.question == "面试官：说说对React Hooks的理解？解决了什么问题？"
    assert ["一、是什么" in item.answer_plain(), "useEffect" in item.answer_plain(), "状态逻辑的复用" in item.answer_plain()] == [True] * 3


def test_a_labelled_question_goes_on_after_its_mark(tmp_path: Path) -> None:
    """trial14 T14-23 (high): '**Q**: Why not use f(x) = x? This would eliminate collisions.' (a '?' then the asker's
    objection) over its answer paragraph was no question: it and its answer were glued onto the card above. A question
    label's paragraph that holds a '?' asks, whatever follows its mark."""
    page = (
        "### Q & A\n\n**Q**: When does it degrade?\n\nWhen collisions are severe.\n\n"
        "**Q**: Why not use f(x) = x? This would eliminate collisions.\n\nBecause the input space is larger.\n"
    )
    items = _items(tmp_path, {"q.md": page}, _markdown("q"))
    assert [(i.question, i.answer_plain().strip()) for i in items] == [
        ("When does it degrade?", "When collisions are severe."),
        ("Why not use f(x) = x? This would eliminate collisions.", "Because the input space is larger."),
    ]


def test_kramdown_attribute_lines_are_layout(tmp_path: Path) -> None:
    """trial14 T14-16 (medium): kramdown's attribute lists ('## Getting started' / '{: .-three-column}', '{:
    id='functions-example'}' over a fence, '## Contents {: .no_toc }') were card text, and a heading whose only text
    was one a junk card. They are layout: never text, never what makes a heading a card."""
    page = (
        "## Getting started\n{: .-three-column}\n\n### Example\n{: .-intro}\n\n```bash\necho hi\n```\n\n"
        "## Loops {: .no_toc }\n{: .-three-column}\n\n### Basic for loop\n\n{: id='loop-example'}\n```bash\nfor i in *; do echo $i; done\n```\n"
    )
    items = _items(tmp_path, {"bash.md": page}, _markdown("bash").replace('"markdown"\n', '"markdown"\nheadings = "cards"\n'))
    assert [i.question for i in items] == ["Getting started › Example", "Basic for loop"]
    assert not any("{:" in i.answer_plain() or "{:" in i.question for i in items)


def test_a_solved_exam_asks_each_sub_task(tmp_path: Path) -> None:
    """trial14 T14-3 (high, the Markdown reader's part): a solved exam ('## Aufgabe 4: Authentifizierung/Autorisierung
    (10 Punkte)' / '### a) Authentifizierung' / 'Definieren Sie den Begriff "Authentifizierung" (1 Punkt).' / the
    solution) read as heading cards had fronts 'a) Authentifizierung' with the task opening the back, and each
    'Aufgabe' heading over its parts was a question with no answer. A sub-task's first paragraph that states the
    points it is worth is its question (the headings its section); an exercise heading right over its parts is
    their section."""
    page = (
        "# Klausur 2018\n\n## Aufgabe 4: Authentifizierung/Autorisierung (10 Punkte)\n\n### a) Authentifizierung\n\n"
        'Definieren Sie den Begriff "Authentifizierung" (1 Punkt).\n\nAuthN: Ist der Benutzer, wer er vorgibt zu sein?\n\n'
        "### b) Autorisierung\n\n"
        'Definieren Sie den Begriff "Autorisierung" (1 Punkt).\n\nAuthZ: Darf der Benutzer tun, was er tun möchte?\n'
    )
    compiled = build(
        deck_of(tmp_path, {"exam.md": page}, _markdown("exam").replace('"markdown"\n', '"markdown"\nheadings = "cards"\n')),
        tmp_path / "build", formats=("json",), now=1_000,
    ).compiled
    assert compiled is not None and not compiled.deck.skipped
    got = [(i.question, i.section[-1], i.answer_plain().strip()[:5]) for i in compiled.items]
    assert got == [
        ('Definieren Sie den Begriff "Authentifizierung" (1 Punkt).', "a) Authentifizierung", "AuthN"),
        ('Definieren Sie den Begriff "Autorisierung" (1 Punkt).', "b) Autorisierung", "AuthZ"),
    ]


def test_numbered_bold_tasks_among_numbered_bold_questions(tmp_path: Path) -> None:
    """trial12 U45 (high): study notes '**1. What is the function of the cell membrane?**' / answer, '**2. Name two
    differences between plant and animal cells.**' / a list, '**4. Explain the “lock and key” model.**' / answer (also
    as Google Docs exports them, '**2\\. Name …**'): the two tasks were text outside any question, not even listed
    as skipped. On a page with two numbered bold questions or more, a numbered bold task is one too."""
    page = (
        "# Unit 3 Review\n\n**1. What is the function of the cell membrane?**\n\nIt controls what enters the cell.\n\n"
        "**2. Name two differences between plant and animal cells.**\n\n- a cell wall\n- chloroplasts\n\n"
        "**3. What is the role of ribosomes?**\n\nProtein synthesis.\n\n**4\\. Explain the lock and key model.**\n\n"
        "The substrate fits the active site.\n\n**Summary.**\n\nCells are units of life.\n"
    )
    items = _items(tmp_path, {"notes.md": page}, _markdown("notes"))
    assert [(i.number, i.question) for i in items] == [
        ("1", "What is the function of the cell membrane?"),
        ("2", "Name two differences between plant and animal cells."),
        ("3", "What is the role of ribosomes?"),
        ("4", "Explain the lock and key model."),
    ]


def test_a_pasted_tab_separated_table_is_a_table(tmp_path: Path) -> None:
    """trial12 U56 (medium, from the rendered-card review): a paragraph of tab-separated cells ('Interface
    member⇥Optional modifier(s)⇥Required modifier(s)' / 'Private method⇥private⇥-' …, a table pasted from a PDF)
    rendered as one run-together line, and 'How many rows of the following table contain an error?' showed no table.
    Such a paragraph (same number of cells on every line, two or more) is a table, its first line the header."""
    page = (
        "### How many rows of the following table contain an error?\n\n"
        "Interface member\tOptional modifier(s)\tRequired modifier(s)\nPrivate method\t  private\t  -\n"
        "Default method\tpublic\tdefault\n\nTwo rows.\n"
    )
    (item,) = _items(tmp_path, {"t.md": page}, _markdown("t"))
    html = "".join(b.text for b in [*item.stimulus, *item.answer])
    assert "<th>Interface member</th><th>Optional modifier(s)</th>" in html and "<td>Private method</td><td>private</td><td>-</td>" in html


def test_a_heading_that_requests_asks() -> None:
    """trial14 T14-26 (severe): Korean interview books ask in the polite request form ('#### 쿠키(Cookie)와 세션(Session)을
    설명해주세요.', 'please explain …'), with an annotation at times ('… 비교해주세요. (TCP/IP 5계층 기준)'); read as
    statements, 4 of 32 such questions of ai-tech-interview's network page gave no card and no skip record (their
    answers hold a quoted bold sub-question). Such a heading asks, as '?' does; so does Japanese '…してください。'."""
    from compiler.config import SourceConfig
    from compiler.sources.markdown import MarkdownReader
    from compiler.sources.markdown_blocks import top_blocks

    reader = MarkdownReader()
    source = SourceConfig(id="n", file="sources/n.md")
    for text in ("쿠키(Cookie)와 세션(Session)을 설명해주세요.", "Frame, Packet을 비교해주세요. (TCP/IP 5계층 기준)", "TCPとUDPの違いを説明してください。"):
        (block,) = top_blocks(reader._md.parse(f"#### {text}\n", {}))
        found = reader._question(block, source)
        assert found is not None and found[0].text.startswith(text[:5])
    (block,) = top_blocks(reader._md.parse("#### 네트워크 계층\n", {}))
    assert reader._question(block, source) is None


def test_a_question_heading_over_a_table_of_cards_is_their_section(tmp_path: Path) -> None:
    """trial14 T14-2 rest (severe): '## 1. True or false? (4 points)' / 'Mark each statement as true or false.' / a
    true/false grid (read a card per row since the lead's tfgrid) stayed that heading's answer: one card. A heading
    whose text is only an instruction over a table read a card per row is the rows' section."""
    page = (
        "# Quiz 3 — Networking (answers)\n\n## 1. True or false? (4 points)\n\nMark each statement as true or false.\n\n"
        "| Statement | True | False |\n|-----------|:----:|:-----:|\n| TCP guarantees in-order delivery. | X | |\n"
        "| UDP performs congestion control. | | X |\n| DNS normally uses port 53. | X | |\n"
        "| ARP maps IP addresses to port numbers. | | X |\n"
    )
    items = _items(tmp_path, {"tf.md": page})
    # (a section naming only the exercise's form has the page's title before it: trial40 T40-8)
    assert [(i.question, i.section, i.answer_plain().strip()) for i in items] == [
        ("TCP guarantees in-order delivery. (True / False?)", ["Quiz 3 — Networking (answers)", "True or false?"], "True"),
        ("UDP performs congestion control. (True / False?)", ["Quiz 3 — Networking (answers)", "True or false?"], "False"),
        ("DNS normally uses port 53. (True / False?)", ["Quiz 3 — Networking (answers)", "True or false?"], "True"),
        ("ARP maps IP addresses to port numbers. (True / False?)", ["Quiz 3 — Networking (answers)", "True or false?"], "False"),
    ]


def test_a_summary_over_several_lines_asks(tmp_path: Path) -> None:
    """trial14 T14-32 (severe): devops-exercises' toggles whose summary holds a list or a code block ('<summary>Explain
    the following' / '  * Availability zone' / '  * Region</summary><br><b>', or '<summary>Explain the purpose of the
    following lines' / a YAML block / '</summary>') were lost, or their section became one heading card (aws 18 of
    444). The list joins the question; the code is shown under it; 'True or False? <statement>' asks as a whole."""
    aws = (
        "### Global Infrastructure\n\n<details>\n<summary>Explain the following\n\n  * Availability zone\n  * Region"
        "</summary><br><b>\n\nRegions are data centers across the world.<br>\n</b></details>\n\n<details>\n"
        "<summary>True or False? Each AWS region is isolated from the other regions </summary><br><b>\n\nTrue.\n</b></details>\n"
    )
    k8s = (
        "<details>\n<summary>Explain the purpose of the following lines\n\n```\nlivenessProbe:\n  periodSeconds: 5\n```\n"
        "</summary><br><b>\n\nThey restart a container that stops answering.\n</b></details>\n"
    )
    items = _items(tmp_path, {"aws.md": aws, "k8s.md": k8s}, _markdown("aws", "k8s"))
    got = sorted((i.question, i.section, [b.text for b in i.stimulus if b.kind.value == "code"], i.answer_plain().strip()) for i in items)
    assert got == [
        ("Explain the following: Availability zone; Region.", ["Global Infrastructure"], [], "Regions are data centers across the world."),
        ("Explain the purpose of the following lines:", [], ["livenessProbe:\n  periodSeconds: 5"], "They restart a container that stops answering."),
        ("True or False? Each AWS region is isolated from the other regions", ["Global Infrastructure"], [], "True."),
    ]


def test_questions_answered_in_bold_after_their_mark(tmp_path: Path) -> None:
    """trial14 T14-19 (severe, the Markdown reader's part): worksheet solutions 'a) What is the degree of the function?
    **4**' / 'b) What is the sign of the leading coefficient? **Positive**' (or without letters) under a heading were
    one heading card holding them all, or 'a list of questions and no answers'. A paragraph line that asks and ends
    with its answer in bold is a card, the bold its back; the heading over them their section."""
    page = (
        "## Factored Form Investigation\n\nFrom the graph, answer the following questions.\n\n"
        "a) What is the degree of the function? **4**\n\nb) What is the sign of the leading coefficient? **Positive**\n"
    )
    items = _items(tmp_path, {"ws.md": page})
    assert [(i.question, i.section, i.answer_plain().strip()) for i in items] == [
        ("What is the degree of the function?", ["Factored Form Investigation"], "4"),
        ("What is the sign of the leading coefficient?", ["Factored Form Investigation"], "Positive"),
    ]


def test_a_note_with_a_fenced_question_list_builds_its_questions(tmp_path: Path) -> None:
    """trial13 T13-16 (severe, the note part, wired): the note's fenced YAML question list is read as its questions,
    each at its record's line, the right option of each marked; its other sections are said as text outside any
    question; a config file's fence stays code."""
    items = _items(tmp_path, {"wind.md": NOTE_BANK})
    got = [(i.question, i.kind.value, i.correct, i.locator.line) for i in items]
    assert got == [("Which planet is largest?", "multiple_choice", "B", 12), ("True or false: The Sun is a planet.", "basic", None, 17)]  # (N62-4)


def test_cloze_sentences_one_per_line_are_a_note_each(tmp_path: Path) -> None:
    """trial14 T14-51 (high): cloze sentences one per line with no blank line between ('The {{c1::mitochondrion}} is
    the powerhouse of the cell.' / '{{c1::Ribosomes}} make {{c2::proteins}}.') were ONE cloze note whose first card
    blanked unrelated terms together. Lines that each hold a deletion and end a sentence are a note each; a sentence
    wrapped over two lines stays one."""
    page = (
        "The {{c1::mitochondrion}} is the powerhouse of the cell.\n{{c1::Ribosomes}} make {{c2::proteins}}.\n\n"
        "The {{c1::Seine}} flows through\n{{c2::Paris}}.\n"
    )
    items = _items(tmp_path, {"c.md": page}, _markdown("c"))
    assert [(i.cloze, i.locator.line) for i in items] == [
        ("The {{c1::mitochondrion}} is the powerhouse of the cell.", 1),
        ("{{c1::Ribosomes}} make {{c2::proteins}}.", 2),
        ("The {{c1::Seine}} flows through {{c2::Paris}}.", 4),
    ]
