"""Markdown reading fixes of the fourteenth sitting (readers): each test a fixture of the shape a finder met."""

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


def _cards(name: str) -> str:
    return f'[[source]]\nid = "{name}"\nfile = "sources/{name}.md"\nlayout = "markdown"\nheadings = "cards"\n'


def test_an_exercise_box_of_any_shape_is_the_question(tmp_path: Path) -> None:
    """trial14 T14-34 (severe) and T14-35 (medium): MyST exercises ('```{exercise}', the gated '```{exercise-start}')
    whose body held a numbered list of steps (7+ blocks) or a nested '{note}' box were lost with no card and no skip
    record (24 of ~140 solved exercises of a QuantEcon course); a shorter one had its first paragraph moved to the end
    of the front. The whole body of an exercise box is its question, shown in the box's order; the solution box after
    it the answer."""
    steps = "".join(f"1. step {k} of the task\n" for k in range(1, 4))
    bullets = "".join(f"- case {k}\n" for k in range(1, 4))
    page = (
        "## Exercises\n\n```{exercise}\n:label: ex1\n\nLet $k$ be a natural number.\n\nThe moment is defined as\n\n"
        "$$\nM_k = 1\n$$\n\nConfirm this by simulation.\n```\n\n```{solution-start} ex1\n:class: dropdown\n```\n\n"
        "```{code-cell} python3\nprint(1)\n```\n\n```{solution-end}\n```\n\n"
        f"```{{exercise}}\n:label: ex2\n\nWrite your own estimator.\n\nUse a Gaussian kernel.\n\nTest it by\n\n{steps}\n"
        f"for these:\n\n{bullets}\nUse $n=500$.\n\nComment on your results.\n```\n\n"
        "```{solution-start} ex2\n:class: dropdown\n```\n\n```{code-cell} python3\nprint(2)\n```\n\n```{solution-end}\n```\n\n"
        "```{exercise-start}\n:label: ex3\n```\n\nFind the optimal path.\n\n```{note}\nUse np.allclose here.\n```\n\n"
        "```{code-cell} python3\nprint('graph')\n```\n\n```{exercise-end}\n```\n\n"
        "```{solution-start} ex3\n:class: dropdown\n```\n\nFirst read the graph.\n\n```{code-cell} python3\nprint(3)\n```\n\n"
        "```{solution-end}\n```\n"
    )
    items = _items(tmp_path, {"ex.md": page}, _markdown("ex"))
    assert [i.question for i in items] == ["Let \\(k\\) be a natural number.", "Write your own estimator.", "Find the optimal path."]
    assert all(i.stimulus_after for i in items)
    assert "Confirm this by simulation." in items[0].stimulus[-1].plain()
    front = " ".join(b.plain() for b in items[1].stimulus)
    assert "step 3 of the task" in front and "case 3" in front and "Comment on your results." in front
    assert "np.allclose" in " ".join(b.plain() for b in items[2].stimulus)
    assert [i.answer_plain().strip()[-8:] for i in items] == ["print(1)", "print(2)", "print(3)"]


def test_numbered_entries_after_the_last_asking_one_are_cards(tmp_path: Path) -> None:
    """trial14 T14-36 (severe): a Chinese numbered question book ('### 2.18.1 什么是支持向量机', one entry with '？'
    earlier, most entries topics) lost every entry after its last '？' entry that opened like a question (什么是 /
    为什么 / 哪些 / …特点) — 9 of 18 — as if they were a page's closing sections ('How to contribute'), with no card
    and no skip record. An entry numbered like most of its siblings is an entry of the book wherever it stands."""
    topics = ["类别不平衡产生原因", "熵的概念以及理解", "信息增益的理解", "剪枝处理的作用及策略", "决策树学习基本算法"]
    page = "## 2.17 决策树\n\n" + "".join(f"### 2.17.{k} {t}\n\n{t}的正文。\n\n" for k, t in enumerate(topics, 1))
    page += "### 2.17.6 决策树的三要素？\n\n特征选择、决策树生成、剪枝。\n\n## 2.18 支持向量机\n\n"
    asking = ["什么是支持向量机", "SVM为什么引入对偶问题", "常见的核函数有哪些", "SVM主要特点"]
    page += "".join(f"### 2.18.{k} {t}\n\n{t}的回答。\n\n" for k, t in enumerate(asking, 1))
    items = _items(tmp_path, {"book.md": page}, _markdown("book"))
    got = [i.question for i in items]
    assert len(got) == 10 and got[-4:] == [f"2.18.{k} {t}" for k, t in enumerate(asking, 1)]


def test_one_line_paragraphs_that_ask_and_answer(tmp_path: Path) -> None:
    """trial14 T14-45 (severe, the Markdown part): a page of one-line paragraphs 'What is the capital of France? Paris'
    / blank / … under '# Geography' was one heading card 'Geography' holding the four (before: 'a list of 4 questions
    and no answers'); without the heading it was read as one note. Each such paragraph is a card, its question up to
    the '?', its answer the rest; a page of prose with a question here and there is left alone."""
    pairs = [("What is the capital of France?", "Paris"), ("What is the largest planet?", "Jupiter"),
             ("What is the capital of Japan?", "Tokyo"), ("What is the longest river in Africa?", "The Nile")]  # fmt: skip
    body = "".join(f"{q} {a}\n\n" for q, a in pairs)
    items = _items(tmp_path, {"geo.md": f"# Geography\n\n{body}", "bare.md": body.replace("Japan", "Spain").replace("Tokyo", "Madrid")})
    got = sorted((i.question, i.answer_plain().strip()) for i in items)
    assert len(got) == 8 and ("What is the capital of France?", "Paris") in got and ("What is the capital of Spain?", "Madrid") in got
    prose = "## Caching\n\nWhy cache? Reads get faster.\n\nA cache keeps recent values close to the code that reads them.\n\n"
    prose += "It is invalidated when the value changes.\n\nSizes are tuned by measuring.\n\n## What is a cache hit?\n\nA read served by it.\n"
    items = _items(tmp_path / "p", {"notes.md": prose}, _markdown("notes"))
    assert "What is a cache hit?" in [i.question for i in items] and "Why cache?" not in [i.question for i in items]


def test_puzzles_under_a_topic_heading_are_no_answer(tmp_path: Path) -> None:
    """trial14 T14-27 (severe, the rest): unanswered JavaScript puzzles ('What is the output?' / its code between
    '<!-- prettier-ignore -->' comments / '---' …) mixed with tasks ('Create fetcher function …', 'Next code print …
    / Modify only functions …') under '# Flow' were one card 'Flow' teaching the puzzles as its answer; where two of
    them stood as plain paragraphs, the first one's answer ran on into the next puzzles. A topic heading over
    nothing but such puzzles is a list of questions without answers (no card, one warning); a rule ('---') ends a
    plain question's answer."""
    code = "<!-- prettier-ignore-start -->\n```javascript\nconsole.log(1);\nconsole.log(2);\n```\n<!-- prettier-ignore-end -->\n"
    flow = (
        f"# Flow\n\nWhat is the output?\n\n{code}---\nWhat is the output?\n{code}---\n"
        f"Next code print `0,1`\nModify only functions to get `1,0`\n{code}---\n"
        "Create fetcher function, which takes url.\n\nBonus: Implement in both styles\n\n---\n"
        f"Create function for serial list processing.\n\n{code}\nin callback style\n\n{code}"
    )
    items, warnings = _warned(tmp_path, {"flow.md": flow, "ok.md": "## What is a closure?\n\nA function with its scope.\n"}, _markdown("ok") + _cards("flow"))
    assert not [i for i in items if i.source == "flow" and not i.skip]
    assert "sources/flow.md:1: 'Flow' is over a list of 6 questions and no answers: no card" in warnings
    page = f"# Hoisting\n\nWhat is the output?\n\n{code}---\nWhat is the output?\n{code}---\n"
    page += f"\nWhat does this print?\n\n{code}---\nWhat is the output?\n{code}"
    items, warnings = _warned(tmp_path / "h", {"hoisting.md": page, "ok.md": "## What is a closure?\n\nA function with its scope.\n"}, _markdown("hoisting", "ok"))
    assert not [i for i in items if i.source == "hoisting" and not i.skip]
    assert [w for w in warnings if "hoisting" in w and "answer" in w] == ["sources/hoisting.md:3: none of its 2 questions has an answer (lines 3, 21): this file adds no card"]


def test_a_long_list_of_linked_questions_is_no_card(tmp_path: Path) -> None:
    """trial14 T14-27 (haizlin/fe-interview): '## 历史题目' over '> 最新：2021.02.27' and ~700 '- [question](issue
    link)' entries, a third of them worded as tasks ('写一个方法…', '请实现一个Promise.race'), was ONE card of 5,081
    words. A long list of questions, a few worded as topics, under a one-line note is a list of questions without
    answers."""
    entries = [f"- [如何实现第{k}个功能？](https://example.org/issues/{k})\n" for k in range(12)]
    entries += ["- [写一个方法探测CPU占比情况](https://example.org/issues/99)\n", "- [Promise.race](https://example.org/issues/98)\n"]
    page = "# js试题\n\n## 历史题目\n> 最新：2021.02.27\n\n" + "".join(entries)
    items, warnings = _warned(tmp_path, {"js.md": page, "ok.md": "## What is a closure?\n\nA function with its scope.\n"}, _markdown("ok") + _cards("js"))
    assert not [i for i in items if i.source == "js" and not i.skip]
    assert "sources/js.md:3: '历史题目' is over a list of 14 questions and no answers: no card" in warnings


def test_a_hint_toggle_under_a_question_heading_is_on_the_front(tmp_path: Path) -> None:
    """trial14 T14-4 (severe, the rest): under a heading that asks ('### 1. What is the base case …?'), a Hint toggle
    then the Answer toggle: the back opened with the hint text as if it were the answer. The hint is shown on the
    front under the question, the back is the answer. A hint toggle with a blank line inside ('<details
    markdown="1">' / '<summary>提示</summary>' / blank / text) stays one hint box, under the question."""
    toggle = "<details><summary>{}</summary>\n\n{}\n\n</details>\n\n"
    page = "# Recursion practice\n\n### 1. What is the base case of a recursive factorial function?\n\n"
    page += toggle.format("Hint", "Think about the smallest input.") + toggle.format("Answer", "`n == 0`: return 1.")
    page += "### 2. What happens without a base case?\n\n" + toggle.format("Hint", "Each call adds a frame.")
    page += toggle.format("Answer", "The stack overflows.")
    page += "### Q3 — 直线的长度\n\n**Question:** Find the length of $y=3x+1$ for $0\\le x\\le2$.\n\n"
    page += '<details markdown="1">\n<summary>提示</summary>\n\n斜率为常数。\n\n</details>\n\n'
    page += '<details markdown="1">\n<summary>解答</summary>\n\n$L=2\\sqrt{10}$\n\n</details>\n'
    items = _items(tmp_path, {"hints.md": page}, _markdown("hints"))
    got = [(i.question, " ".join(b.plain() for b in i.stimulus).split(), i.stimulus_after, i.answer_plain().strip()) for i in items]
    assert got[0][1:] == (["Hint", "Think", "about", "the", "smallest", "input."], True, "n == 0: return 1.")
    assert got[1][1:] == (["Hint", "Each", "call", "adds", "a", "frame."], True, "The stack overflows.")
    assert got[2][1:3] == (["提示", "斜率为常数。"], True) and "2\\sqrt{10}" in got[2][3]


def test_numbered_tasks_over_their_code_under_a_ticket_heading(tmp_path: Path) -> None:
    """trial14 T14-40 (high) and T14-41 (medium): exam tickets '## Билет, вариант 2' over '1. Напишите программу …' /
    its code / '2. Напишите полную HTML страницу …' / its HTML / '3. а' + the task on the next line / its commands were
    one card per ticket (front the ticket's name, back every task with its code). Numbered entries each over the code
    that answers them, half of them or more setting a task, are the questions; the heading is their section; a part
    letter alone on the entry's first line leads the task ('а) Добавьте …')."""
    page = (
        "# Билеты\n\n## Билет, вариант 2\n1. Напишите программу, которая ищет минимум\n```\nint m = min(a);\n```\n"
        "2. Напишите HTML страницу со ссылкой\n```\n<a href=\"https://yandex.ru\">Yandex</a>\n```\n"
        "3. а\nДобавьте файлы в репозиторий\n```\ngit add -A\n```\n3. б\nСделайте коммит\n```\ngit commit -a\n```\n"
        "## Билет, вариант 3\n2. Напишите HTML страницу с заголовком\n```\n<h1>Заголовок</h1>\n```\n"
        "3. Есть программа из двух файлов. Какие файлы должны быть в jar\n```\njava -jar book.jar\n```\n"
    )
    items = _items(tmp_path, {"bilety.md": page}, _markdown("bilety"))
    got = [(i.question, i.section, i.answer_plain().strip()) for i in items]
    assert [q for q, _, _ in got] == [
        "Напишите программу, которая ищет минимум", "Напишите HTML страницу со ссылкой", "а) Добавьте файлы в репозиторий",
        "б) Сделайте коммит", "Напишите HTML страницу с заголовком", "Есть программа из двух файлов. Какие файлы должны быть в jar",
    ]  # fmt: skip
    assert got[0][1:] == (["Билет, вариант 2"], "int m = min(a);") and got[3][2] == "git commit -a"


def test_a_highlight_around_code_or_bold(tmp_path: Path) -> None:
    """trial14 T14-39 (medium): '==`WHERE`==', '==`IS NULL`==', '==**GROUP BY**==' (a highlight around a code span or
    bold, Obsidian/Typora) were printed with their '==' on the card while '==rows before grouping==' was a highlight.
    They are highlights too; a comparison written against code ('a==`b`') stays as written."""
    page = (
        "## How do you filter rows?\n\nWith the ==`WHERE`== clause.\n\n## What is the keyword for grouping?\n\nIt is "
        "==**GROUP BY**==.\n\n## What does this compare?\n\nThe a==`b`== c test.\n"
    )
    items = _items(tmp_path, {"hl.md": page}, _markdown("hl"))
    got = [" ".join(b.text for b in i.answer) for i in items]
    assert "<mark><code>WHERE</code></mark> clause" in got[0] and "<mark><strong>GROUP BY</strong></mark>." in got[1]
    assert "a==<code>b</code>== c" in got[2]


def test_pandoc_raw_latex_blocks_are_formulas(tmp_path: Path) -> None:
    """learner5 L42 (medium): pandoc's Markdown export of org notes writes every display formula as a raw LaTeX block
    ('```{=latex}' / '\\begin{equation}' … '\\end{equation}' / '```'): printed as a code panel of raw TeX on the
    card and the sheet. A raw LaTeX block holding one display environment is typeset as the bare environment is;
    the note's raw org block ('```{=org}' / '#+COURSE: …') is layout; other raw LaTeX stays as written."""
    page = (
        "```{=org}\n#+COURSE: PHYS360\n```\n# Rotational Kinetic Energy\n\nThe energy of a spinning body:\n\n"
        "```{=latex}\n\\begin{equation}\nKE = \\frac{1}{2}I\\omega^2\n\\end{equation}\n```\n"
        "# Preamble\n\nIt loads:\n\n```{=latex}\n\\usepackage{amsmath}\n```\n"
    )
    items = _items(tmp_path, {"rke.md": page}, _cards("rke"))
    got = {i.question: " ".join(b.text for b in i.answer) for i in items}
    assert "\\[KE = \\frac{1}{2}I\\omega^2\\]" in got["Rotational Kinetic Energy"] and "<code" not in got["Rotational Kinetic Energy"]
    assert "\\usepackage{amsmath}" in got["Preamble"] and "PHYS360" not in " ".join(got.values())


def test_a_metadata_paragraph_after_the_answer(tmp_path: Path) -> None:
    """learner4 N74 (medium): '**Q:** …' / code / '**A:** …' / '**Difficulty:** 🟢 Easy' + '**Tags:** #javascript
    #hoisting' + '**Frequency:** ⭐⭐⭐⭐⭐' (one paragraph of bold labels after the answer) printed on every back, its
    level and tags ignored. Such a paragraph anywhere in the answer is the card's metadata, as it is right under the
    question: the level its label, the '#' words its tags, other fields dropped with it."""
    card = "## Card {n}: {title}\n**Q:** What does this output?\n```js\nconsole.log({n});\n```\n\n**A:** `{n}` - printed.\n\n"
    card += "**Difficulty:** {level}\n**Tags:** #javascript #{tag}\n**Frequency:** ⭐⭐⭐⭐\n\n**💡 Tip:** Read it slowly.\n\n---\n\n"
    page = "# Output cards\n\n" + "".join(card.format(n=n, title=t, level=lv, tag=t.lower()) for n, t, lv in [(1, "Hoisting", "🟢 Easy"), (2, "Closures", "🔴 Hard")])
    items = _items(tmp_path, {"meta.md": page})  # (unlisted: the build reads the levels as the page's labels)
    assert [(i.difficulty.value if i.difficulty else None, sorted(t for t in i.tags if not t.startswith("deckc"))) for i in items] == [
        ("easy", ["hoisting", "javascript"]), ("hard", ["closures", "javascript"])
    ]  # fmt: skip
    assert all("Frequency" not in i.answer_plain() and "Difficulty" not in i.answer_plain() and "Tip" in i.answer_plain() for i in items)


def test_spaced_repetition_cards_with_lower_case_answers(tmp_path: Path) -> None:
    """trial15 T15-16 (severe): Obsidian Spaced Repetition cards 'term::lower-case answer' on a '#flashcards' page
    ('1) **[sensitivity](notes/sensitivity.md)**::the proportion of true positives …' over its '<!--SR:…-->' schedule)
    were no cards: a heading card 'Model Performance' showed them raw. A one-word term whose answer is a sentence of
    three words or more is a card on such a page, or in a paragraph of such lines; 'std::vector' in prose is none."""
    page = (
        "#flashcards\n\n# Model Performance\n1) **[sensitivity](notes/sensitivity.md)**::the proportion of true positives "
        "over all positive cases\n<!--SR:2021-08-12,16,250-->\n\n2) [specificity](notes/specificity.md)::the proportion of "
        "true negatives over negative cases\n<!--SR:2021-08-20,22,230-->\n\naccuracy::the overall proportion of correct "
        "classifications\n<!--SR:2021-07-27,8,250-->\n"
    )
    run = "recall::the proportion of actual positives found\nprecision::the proportion of found positives that are right\n"
    items = _items(tmp_path, {"sr.md": page, "run.md": run}, _markdown("sr", "run"))
    got = sorted((i.question, i.answer_plain().strip()) for i in items)
    assert [q for q, _ in got] == ["accuracy", "precision", "recall", "sensitivity", "specificity"]
    assert ("accuracy", "the overall proportion of correct classifications") in got
    prose = "## What is a vector in C++?\n\nUse std::vector for a growing array.\n"
    (item,) = _items(tmp_path / "p", {"cpp.md": prose}, _markdown("cpp"))
    assert item.answer_plain().strip() == "Use std::vector for a growing array."


def test_options_behind_ballot_boxes_in_a_paragraph(tmp_path: Path) -> None:
    """trial15 T15-6 (severe, the Markdown part routed by formats): under '## What is 2+2?' a paragraph of options
    behind ballot boxes ('☐ A) 3' / '☒ B) 4' / '☐ C) 5', a paper exam's boxes to tick) stayed a Basic card with the
    lines on its back, though the options reader reads them. Such a paragraph is the question's options; the ticked
    box its answer."""
    page = "## What is 2+2?\n\n☐ A) 3\n☒ B) 4\n☐ C) 5\n\n## What is 3+3?\n\n☐ A) 5\n☐ B) 7\n☒ C) 6\n"
    items = _items(tmp_path, {"ballot.md": page}, _markdown("ballot"))
    assert [(i.kind.value, [c.text for c in i.choices], i.correct) for i in items] == [
        ("multiple_choice", ["3", "4", "5"], "B"), ("multiple_choice", ["5", "7", "6"], "C")
    ]  # fmt: skip


def test_an_exercise_label_before_its_question(tmp_path: Path) -> None:
    """trial15 T15-29 (severe, the question-label part): '**练习 1**：为什么 …？' / '**答案**：…' (and '**Exercise 1**: Why …?')
    kept '练习 1：' on the front. A label and number before a question that asks are layout: the number the item's."""
    page = "#### 小练习与答案\n\n**练习 1**：为什么要区分两个闹钟？\n\n**答案**：单个属性可以较早移除。\n\n"
    page += "**Exercise 2**: What does a single alarm mean?\n\n**Answer**: The module is fully retired.\n"
    items = _items(tmp_path, {"ex.md": page}, _markdown("ex"))
    assert [(i.question, i.number, i.answer_plain().strip()) for i in items] == [
        ("为什么要区分两个闹钟？", "1", "单个属性可以较早移除。"), ("What does a single alarm mean?", "2", "The module is fully retired.")
    ]  # fmt: skip


def test_label_headings_over_a_stem_ending_in_a_colon_and_a_key_table(tmp_path: Path) -> None:
    """trial15 T15-18 (severe): '### Soal 1' / 'Teknik serangan … disebut:' / 'A. …' … (a stem ending in ':' over option
    lines), keyed by '## Kunci Jawaban' / '### Bagian A' / '| No | Jawaban | No | Jawaban |' / '| 1 | B | 11 | C |' and
    followed by the essays' model answers: the build stopped 'no note'. The stem over option lines asks; a key table of
    (number, letter) pairs keys the questions; a later sub-section of model answers ends the key."""
    q = "### Soal {n}\nThe attack number {n} is called:\n\nA. XSS  \nB. SQL Injection  \nC. CSRF\n\n---\n\n"
    page = "# Latihan\n\n## Bagian A\n\n" + "".join(q.format(n=n) for n in (1, 2, 11))
    page += "## Kunci Jawaban\n\n### Bagian A: Pilihan Ganda\n\n| No | Jawaban | No | Jawaban |\n|----|---------|----|---------|\n"
    page += "| 1 | B | 11 | C |\n| 2 | A | 12 | C |\n\n---\n\n### Bagian B: Uraian\n\n**Soal 1:**\nSQL injection adalah teknik …\n"
    items = _items(tmp_path, {"latihan.md": page}, _markdown("latihan"))
    assert [(i.kind.value, i.correct) for i in items] == [("multiple_choice", "B"), ("multiple_choice", "A"), ("multiple_choice", "C")]


def test_review_questions_some_answered_in_a_nested_bullet(tmp_path: Path) -> None:
    """trial15 T15-27 (severe): '## Review Questions' / '1. What is a Computer Network?' / '2. What is a wide area network
    (WAN)?' + '   - **Answer:** A WAN, or …' …: the answered questions were in no card ('text outside any question').
    A numbered entry that asks, answered by a nested answer-labelled bullet, is a card; the others are questions
    without an answer (warned, skipped)."""
    page = (
        "## Review Questions\n\n1. What is a Computer Network?\n2. What is a wide area network (WAN)?\n"
        "   - **Answer:** A WAN is a collection of connected LANs.\n3. What is a LAN (local area network)?\n"
        "21. What is the primary function of a firewall in a network\n"
        "    - **Answer:** It monitors and controls incoming and outgoing traffic.\n"
    )
    items, warnings = _warned(tmp_path, {"review.md": page}, _markdown("review"))
    assert [(i.question, i.answer_plain().strip()) for i in items if not i.skip] == [
        ("What is a wide area network (WAN)?", "A WAN is a collection of connected LANs."),
        ("What is the primary function of a firewall in a network", "It monitors and controls incoming and outgoing traffic."),
    ]
    assert sorted(w for w in warnings if "no answer" in w) == ["sources/review.md:3: question has no answer", "sources/review.md:6: question has no answer"]


def test_a_reference_link_with_a_question_in_its_text(tmp_path: Path) -> None:
    """trial15 T15-28 (medium): reference bullets '- [What Is a LAN? - cisco](https://…)' became cards split inside the
    link: front '[What Is a LAN?', back 'cisco](https://…)'. A '?' inside a link's text asks nothing."""
    page = "## What is a hub?\n\nA repeater with many ports.\n\n## References\n\n- [What Is a LAN? - cisco](https://www.cisco.com/lan)\n"
    page += "- [What is a WAN? - cloudflare](https://www.cloudflare.com/wan/)\n"
    items = _items(tmp_path, {"refs.md": page}, _markdown("refs"))
    assert [i.question for i in items if not i.skip] == ["What is a hub?"]


def test_fenced_questions_under_exercise_headings_keyed_at_the_end(tmp_path: Path) -> None:
    """trial15 T15-1 (severe): an aptitude test '### Aufgabe 1: Zahlenreihe' over a code fence holding the question and
    its options ('Welche Zahl fehlt?' / '2, 4, 6, 8, ?, 12' / 'a) 9' … 'd) 14'), keyed in '## ✅ LÖSUNGEN LOGISCHES
    DENKEN' / '### 🟢 LEICHT:' / '1. **b) 10** - Reihe +2 …' gave 0 right cards: fronts 'Zahlenreihe', the question on
    the back, no answer. A fence with no language around a question and its lettered options is its text; under an
    exercise heading the paragraph that asks is the question; the key under its section is read, a long why too."""
    q = "### Aufgabe {n}: Zahlenreihe\n```\nWelche Zahl fehlt?\n{series}\n\na) 9\nb) 10\nc) 11\nd) {last}\n```\n\n"
    page = "# 1️⃣ LOGISCHES DENKEN\n\n## 🟢 LEICHT (1-10)\n\n" + q.format(n=1, series="2, 4, 6, 8, ?, 12", last=14)
    page += q.format(n=2, series="1, 3, 5, 7, ?, 11", last=12)
    page += "## ✅ LÖSUNGEN LOGISCHES DENKEN\n\n### 🟢 LEICHT:\n1. **b) 10** - Reihe +2 (gerade Zahlen)\n"
    page += "2. **a) 9** - Ungerade Zahlen +2, so the number after 7 is 7+2 = 9 and the one after it 9+2 = 11 (checked)\n"
    items = _items(tmp_path, {"eign.md": page}, _markdown("eign"))
    assert [(i.question, i.kind.value, i.correct) for i in items] == [
        ("Welche Zahl fehlt? 2, 4, 6, 8, ?, 12", "multiple_choice", "B"), ("Welche Zahl fehlt? 1, 3, 5, 7, ?, 11", "multiple_choice", "A")
    ]  # fmt: skip
    assert items[0].section[-1] == "Zahlenreihe"


def test_a_walkthrough_answer_after_its_process(tmp_path: Path) -> None:
    """trial15 T15-15 (medium, the walkthrough part): '### Question 1:' / the question / '#### Process' / the steps /
    '#### Answer' / the answer: every back opened with up to 190 words of process, the answer last. The back opens
    with the answer; the process follows as its explanation."""
    page = (
        "## Walkthrough\n\n### Question 1:\nWhat is the full COMMAND?\n\n#### Process\n1. Checked the bash history\n"
        "2. Checked the auth logs\n\n#### Answer\n* `/usr/bin/apt install dokuwiki`\n\n### Question 2:\nWhich user was created?\n\n"
        "#### Process\nRead /etc/passwd.\n\n#### Answer\n* it-admin\n"
    )
    items = _items(tmp_path, {"walk.md": page}, _markdown("walk"))
    got = [" ".join(i.answer_plain().split()) for i in items]
    assert got[0].startswith("/usr/bin/apt install dokuwiki Process") and got[1] == "it-admin Process Read /etc/passwd."


def test_label_headings_with_a_note_over_stems_ending_in_a_colon(tmp_path: Path) -> None:
    """trial15 T15-22 (severe): '### Questão 1 — Questão autoral no estilo …' over '… O resultado correto é:' / 'A) 53' … and
    a '## Gabarito do Dia 1' key gave Basic cards fronted by the heading, the stem and options on the back, no answer.
    Under a labelled heading the paragraph right over the options asks (':' or '?'), what stands before it (statements
    I, II, III) is its front; the key answers it."""
    page = (
        "# Dia 1\n\n## Questões\n\n### Questão 1 — Questão autoral no estilo X\n\nConverta 101101 para decimal. O resultado é:\n\n"
        "A) 53\nB) 64\nC) 45\nD) 37\n\n### Questão 3 — Questão autoral no estilo X\n\nConsidere as assertivas.\n\n"
        "I. Um byte tem 8 bits.\nII. Com 8 bits há 256 combinações.\n\nEstá correto apenas o que se afirma em:\n\n"
        "A) I e II\nB) I\nC) II\nD) nenhuma\n\n## Gabarito do Dia 1\n\n1. C\n3. A\n"
    )
    items = _items(tmp_path, {"apostila.md": page}, _cards("apostila"))  # (as the build reads it unlisted)
    assert [(i.question, i.number, i.correct) for i in items] == [
        ("Converta 101101 para decimal. O resultado é:", "1", "C"), ("Está correto apenas o que se afirma em:", "3", "A")
    ]  # fmt: skip
    assert "Considere as assertivas." in items[1].stimulus[0].plain() and items[0].section[-1] == "Questões"  # (the byline shared by the headings: no section, T16-9)


def test_label_headings_over_a_fenced_stem_and_a_key_with_a_score_line(tmp_path: Path) -> None:
    """trial15 T15-2 (severe): '### Aufgabe 1' over a fence holding 'Welche Zahl fehlt?' / '5, 10, 15, 20, ?, 30' / 'a) 22'
    …, keyed in '# ✅ LÖSUNGEN - TEST 01' / '## TEIL 1' / '1. **c) 25** - Reihe +5' / '**Punkte Teil 1: ___ / 10**': the
    build stopped 'no note' (unfenced: one card 'Welche Zahl fehlt?' holding the series, the others merged into it).
    The stem's lines over options in a paragraph of their own are the question; a line after the key's entries ends it."""
    q = "### Aufgabe {n}\n```\nWelche Zahl fehlt?\n{series}\n\na) 22\nb) 24\nc) 25\nd) 27\n```\n\n"
    page = "# TEIL 1: LOGISCHES DENKEN\n\n" + q.format(n=1, series="5, 10, 15, 20, ?, 30") + q.format(n=2, series="0, 8, 16, ?, 32")
    page += "# ✅ LÖSUNGEN - TEST 01 LEICHT\n\n## TEIL 1: LOGISCHES DENKEN (Aufgaben 1-10)\n\n1. **c) 25** - Reihe +5\n2. **b) 24** - Reihe +8\n\n"
    page += "**Punkte Teil 1: ___ / 10**\n"
    items = _items(tmp_path, {"test01.md": page}, _markdown("test01"))
    assert [(i.question, i.correct) for i in items if not i.skip] == [
        ("Welche Zahl fehlt? 5, 10, 15, 20, ?, 30", "C"), ("Welche Zahl fehlt? 0, 8, 16, ?, 32", "B")
    ]  # fmt: skip


def test_quiz_containers_keyed_in_their_titles(tmp_path: Path) -> None:
    """trial15 T15-10 (severe, the multiple-choice part): a Java quiz notebook's VitePress containers '::: info 2. 下列关于
    JAVA多线程的叙述正确的是（BC）✅' / options 'A. `…`' / '官方解析：…' / ':::' were one Basic card per date heading holding
    them all. A numbered container title with its key in brackets (and a self-graded ✅/❌) asks; the key marks the
    options, the brackets emptied on the front."""
    box = "::: info {n}. {q}{key}{mark}\n\nA. `x`\n\nB. `y`\n\nC. `z`\n\nD. `w`\n\n官方解析：{why}\n\n:::\n\n"
    page = "# Java便签\n\n## 2025-08-22\n\n" + box.format(n=2, q="下列叙述正确的是", key="（BC）", mark="✅", why="B和C正确。")
    page += box.format(n=4, q="以下描述正确的是", key="(A)", mark="❌", why="A选项正确。")
    items = _items(tmp_path, {"java.md": page}, _markdown("java"))
    assert [(i.question, i.kind.value, i.correct) for i in items] == [
        ("下列叙述正确的是（ ）", "multiple_choice", "B,C"), ("以下描述正确的是 ( )", "multiple_choice", "A")
    ]  # fmt: skip


def test_two_option_paragraphs_over_an_answer_line(tmp_path: Path) -> None:
    """trial15 T15-58 (high, the Markdown part routed by formats): '### Which hypervisor type runs directly on hardware?' /
    'A) Type 1' / blank / 'B) Type 2' / blank / 'Answer: a' (two options, each a paragraph of its own) was a Basic card,
    front '… A) Type 1 B) Type 2', back 'a'. Two such paragraphs with an answer line after them are options too."""
    page = "### Which hypervisor type runs directly on hardware?\n\nA) Type 1\n\nB) Type 2\n\nAnswer: a\n\n"
    page += "### VirtualBox is which type of hypervisor?\n\nA) Type 1\n\nB) Type 2\n\nAnswer: b\n"
    items = _items(tmp_path, {"hv.md": page}, _markdown("hv"))
    assert [(i.kind.value, [c.text for c in i.choices], i.correct) for i in items] == [
        ("multiple_choice", ["Type 1", "Type 2"], "A"), ("multiple_choice", ["Type 1", "Type 2"], "B")
    ]  # fmt: skip
