"""Thirteenth sitting, readers2: layout detection, numbered and pattern layouts, answer keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import deck_of

from compiler.build import build

TITLED_QUIZ = """# Cell biology check

A short quiz on chapter 2.

---

## Question 1: Organelles (Easy)

**From:** Chapter 2 - The Cell
**Type:** Multiple Choice

Which organelle makes most of a cell's ATP?

A) Nucleus
B) Mitochondrion
C) Ribosome

---

## Question 2: Transport (Medium)

**From:** Chapter 2 - The Cell
**Type:** Short Answer

What is the movement of water across a membrane called?

**Your answer:** ____________

---

## Question 3: Reading code (Hard)

**Type:** Multiple Choice

What does this print?

```python
print(len("cell"))
```

A) 3
B) 4
C) 5

---

{open}
## Answer Key

### Question 1
**Answer:** B) Mitochondrion

**Explanation:** Aerobic respiration happens there.

---

### Question 2
**Answer:** Osmosis

---

### Question 3
**Answer:** B) 4
{close}
"""


@pytest.mark.parametrize("toggle", [True, False])
def test_questions_under_numbered_topic_headings_are_keyed_by_number(tmp_path: Path, toggle: bool) -> None:
    """lead G4 (severe): '## Question N: Title (Easy)' / '**From:** …' '**Type:** …' / the question / 'A)' … options or
    '**Your answer:** ____', then (in a <details> toggle or not) '## Answer Key' / '### Question N' / '**Answer:** …'
    / '**Explanation:** …' was read by its headings: each title a front, the question and options its back, the whole
    key glued onto the last question. Now each heading's question is a note keyed by its number: multiple choice
    with the key's option marked, an open question answered by the key's text; the title is the section, its
    bracketed level the difficulty, the details lines and the blank to write in on no card."""
    page = TITLED_QUIZ.format(
        open="<details>\n<summary><strong>Show the answers</strong></summary>\n" if toggle else "",
        close="\n</details>" if toggle else "",
    )
    compiled = build(deck_of(tmp_path, {"cells.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [(i.kind, i.correct) for i in items] == [("multiple_choice", "B"), ("basic", None), ("multiple_choice", "B")]
    assert [i.question for i in items] == [
        "Which organelle makes most of a cell's ATP?",
        "What is the movement of water across a membrane called?",
        "What does this print?",
    ]
    assert [i.section[-1] for i in items] == ["Organelles", "Transport", "Reading code"]
    assert [i.difficulty for i in items] == ["easy", "medium", "hard"]
    assert "Osmosis" in items[1].answer[0].text and len(items[1].answer) == 1
    assert "Aerobic respiration" in items[0].answer[0].text and "Explanation" not in items[0].answer[0].text
    assert "len" in " ".join(b.text for b in items[2].stimulus)
    texts = " ".join(b.text for i in items for b in [*i.answer, *i.stimulus]) + " ".join(i.question for i in items)
    for gone in ("Answer Key", "From:", "Type:", "Your answer", "____", "details", "summary"):
        assert gone not in texts
    assert not [w for w in compiled.diagnostics.warnings if "not listed" not in w.message]


def test_a_card_file_with_question_mark_separators_is_no_question_list(tmp_path: Path) -> None:
    """trial13 T13-4 (severe, routed by readers): an Obsidian Spaced Repetition file of 'question' / '?' / answer cards,
    its last answer numbered steps, was taken for 'a list of 13 questions and no answers' (each bare '?' line asked)
    and dropped: no note. A line that is only '?' (or '??') between text lines is the plugin's separator: the page is
    no question list, and reads as its cards."""
    page = (
        "---\ntags:\n  - cards\n---\n\nHow many bits in a byte?\n?\n8\n\n\nHow many bits in a nibble?\n?\n4\n\n\n"
        "What are the steps to boil an egg?\n?\n1. Boil water.\n2. Put the egg in.\n3. Wait ten minutes.\n4. Cool it.\n"
        "5. Peel it.\n"
    )
    compiled = build(deck_of(tmp_path, {"bits.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == [
        "How many bits in a byte?",
        "How many bits in a nibble?",
        "What are the steps to boil an egg?",
    ]


@pytest.mark.parametrize(("ask", "answer"), [("Q", "A"), ("Question", "Answer"), ("Front", "Back"), ("q", "a")])
def test_dataview_field_pairs_are_one_card_each(tmp_path: Path, ask: str, answer: str) -> None:
    """trial14 T14-1 (severe): 'Q:: question' over 'A:: answer' (also Question::/Answer::, Front::/Back::; Dataview's
    inline fields, as Obsidian vault templates write flashcards) were two 'Term::answer' cards: the question skipped
    as 'only another question', the answer a card fronted 'A', 'Answer' or 'Back'. Each pair is one card."""
    page = (
        "# Networking\n\n## Notes\n- DNS maps names to addresses\n\n## Cards\n"
        f"{ask}:: What does DNS stand for?\n{answer}:: Domain Name System\n#flashcard\n\n"
        f"{ask}:: Which port does HTTPS use?  \n{answer}:: 443\n\n"
        f"{ask}:: Which layer is TCP in?\n{answer}:: The transport layer\n"
    )
    compiled = build(deck_of(tmp_path, {"net.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    cards = [(i.question, i.answer[0].text) for i in compiled.items if not i.skip]
    assert [q for q, _ in cards] == ["What does DNS stand for?", "Which port does HTTPS use?", "Which layer is TCP in?"]
    assert "Domain Name System" in cards[0][1] and "443" in cards[1][1] and "transport" in cards[2][1]


def test_an_unbolded_question_label_over_its_parts_and_answer_label_is_a_markdown_question(tmp_path: Path) -> None:
    """learner5 L44 plain (routed by readers): '问题：…' / '请分析：' / '1. …？' '2. …' / '答案：' with the labels not in
    bold was detected 'numbered': the parts were the items, one fronted by the list's last entry, the labelled question
    lost. A question label line with an answer label below it (bold or not) is a question of the Markdown reading."""
    page = (
        "## 二、问答题\n\n#### （1）租赁问题\n\n问题：设购买的费用是单次租金的 $k$ 倍。\n\n请分析：\n1. 该算法的竞争比是多少？\n"
        "2. 给出最坏情况输入。\n\n答案：\n\n竞争比是 $2 - 1/k$，最坏情况是 $x = k$。\n\n---\n\n#### （2）LIFO\n\n"
        "问题：证明 LIFO 策略不是竞争的。\n\n答案：\n\n考虑请求序列 $k+1, k, k+1, k$。\n"
    )
    compiled = build(deck_of(tmp_path, {"plain.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = [i for i in compiled.items if not i.skip]
    assert len(items) == 2
    assert items[0].question.startswith("设购买的费用") and "竞争比是 " in items[0].answer[0].text
    assert items[1].question.startswith("证明 LIFO")


def test_a_guessed_pattern_never_takes_sub_part_headings_for_answers(tmp_path: Path) -> None:
    """trial14 T14-3 (guess part; high): a solved exam '## Aufgabe N: topic (N Punkte)' over '### a) title' / the task /
    its solution, with no table of contents, got a guessed pattern whose answer marker was the '### a)' heading: 3 notes
    fronted by the topics, each back running every sub-task together. A heading over deeper headings is never a guessed
    item, nor a sub-part's heading a guessed answer label: the page is read by its headings, a card per sub-task."""
    part = "### {l}) {t}\n\nDefinieren Sie den Begriff \"{t}\" (1 Punkt).\n\n{t} ist wichtig.\n\n"
    page = "# Klausur\n\n" + "".join(
        f"## Aufgabe {n}: Thema {n} (10 Punkte)\n\n" + part.format(l="a", t=f"Begriff{n}a") + part.format(l="b", t=f"Begriff{n}b")
        for n in (1, 2, 3)
    )
    compiled = build(deck_of(tmp_path, {"klausur.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    cards = [i for i in compiled.items if not i.skip]
    assert len(cards) == 6
    assert all(i.answer and "ist wichtig" in " ".join(b.text for b in i.answer) for i in cards)
    assert all(" ".join(b.text for b in i.answer).count("ist wichtig") == 1 for i in cards)


def test_comma_rows_pasted_into_a_text_file_are_flashcards(tmp_path: Path) -> None:
    """trial12 U85 (medium): a Quizlet export with 'Between term and definition: Comma' pasted into a .txt
    ('abundant,existing in large quantities', a definition with a comma of its own after a space) was 'cannot tell
    this document's layout'; the same bytes named .csv were 3 cards. The rows are read as delimited pairs, split at
    the first comma when the later ones are prose commas."""
    page = "abundant,existing in large quantities\nmitigate,to make less severe\nscrutiny,close examination, especially critical\n"
    compiled = build(deck_of(tmp_path, {"words.txt": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    cards = [(i.question, i.answer[0].text) for i in compiled.items]
    assert [q for q, _ in cards] == ["abundant", "mitigate", "scrutiny"]
    assert "close examination, especially critical" in cards[2][1]


def test_a_closing_questions_slide_does_not_make_a_deck_a_quiz(tmp_path: Path) -> None:
    """trial12 U86 (medium): a Marp slide deck whose last slide is '# Questions?' with nothing under it was read as a
    page that asks: one card holding every slide. A heading with no text after it to the end of the page asks the
    audience, not the learner: the slides are read by their titles, as the same deck without that slide is."""
    page = (
        "---\nmarp: true\n---\n\n# Lecture 4: Sorting\n\nCS 101\n\n---\n\n## Bubble sort\n\n- Swap adjacent elements\n"
        "- Worst case $O(n^2)$\n\n<!-- show the animation -->\n\n---\n\n## Merge sort\n\n- Divide and conquer\n\n---\n\n# Questions?\n"
    )
    compiled = build(deck_of(tmp_path, {"lecture.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    fronts = [i.question for i in compiled.items if not i.skip]
    assert "Bubble sort" in fronts and "Merge sort" in fronts


def test_polish_and_japanese_prompts_and_a_question_over_its_code_are_questions(tmp_path: Path) -> None:
    """trial12 U63 (medium): on interview pages of question headings, Polish 'Wytłumacz …' (explain), 'Spraw aby
    działało:' (make it work) and 'Utwórz …' (create) and Japanese '…してください:' were 'not read as a question', and so
    was '…違いはなんですか？: `code` …' (the code it asks about after the '？'); their answers were lost (on a short page,
    statement headings among questions: cards, with a warning). They ask as 'Wyjaśnij …' and '…ですか？' do."""
    pl = "".join(
        f"### {q}\n\n{a}\n\n"
        for q, a in [
            ("Wyjaśnij delegowanie zdarzeń", "Delegowanie to …"),
            ("Czym jest domknięcie?", "Domknięcie to …"),
            ("Wytłumacz `Function.prototype.bind`.", "Tworzy nową funkcję …"),
            ("Jaka jest różnica pomiędzy `==` i `===`?", "Porównanie ścisłe …"),
            ("Spraw aby działało: `duplicate([1,2]); // [1,2,1,2]`", "Użyj concat …"),
            ("Co to jest hoisting?", "Przenoszenie deklaracji …"),
            ("Utwórz pętlę for, która liczy do `100`.", "Pętla for …"),
            ("Dlaczego warto używać `let`?", "Zasięg blokowy …"),
        ]
    )
    ja = "".join(
        f"### {q}\n\n{a}\n\n"
        for q, a in [
            ("クロージャとはなんですか？", "関数と環境の組み合わせ。"),
            ("次のコードの違いはなんですか？: `function Person(){}` と `new Person()`", "new はオブジェクトを作る。"),
            ("`==` と `===` の違いはなんですか？", "型変換の有無。"),
            ("以下のコードを動くようにしてください: `duplicate([1,2])`", "concat を使う。"),
            ("巻き上げとはなんですか？", "宣言の移動。"),
        ]
    )
    compiled = build(deck_of(tmp_path, {"pl.md": pl, "ja.md": ja}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert len([i for i in compiled.items if not i.skip]) == 13
    said = [w.message for w in compiled.diagnostics.warnings if "not read as a question" in w.message or "statement heading" in w.message]
    assert not said


def test_persian_answer_label_and_a_label_after_the_item_number_are_no_card_text(tmp_path: Path) -> None:
    """trial12 U79 (routed by formats; medium): Persian 'پاسخ:' (answer) was no answer label, so '**پاسخ:** …' stayed on
    every back; and a question label after a heading's item number ('## 1) سوال: MVCC …؟', '## 1) Question: …?') stayed
    on the front. Both labels go."""
    fa = "# سوالات\n\n## 1) سوال: MVCC چیست؟\n\n**پاسخ:** هر تراکنش نسخه‌ای از داده را می‌بیند.\n\n## 2) سوال: قفل چیست؟\n\n**پاسخ:** محافظ یک ردیف.\n"
    en = "# Interview\n\n## 1) Question: What is MVCC?\n\n**Answer:** Each transaction sees a snapshot.\n\n## 2) Question: What is a lock?\n\n**Answer:** A guard.\n"
    compiled = build(deck_of(tmp_path, {"fa.md": fa, "en.md": en}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    cards = sorted((i.question, i.answer[0].text) for i in compiled.items)
    assert [q for q, _ in cards] == ["MVCC چیست؟", "What is MVCC?", "What is a lock?", "قفل چیست؟"]
    assert not any("پاسخ" in a or "Answer" in a for _, a in cards)


def test_one_topic_section_name_is_no_difficulty(tmp_path: Path) -> None:
    """learner5 L49 (low): '## Basic' over 'Hallo - Hello' lines in German beginner's notes was read as a level marker
    (suggested labels {Basic = easy}, the card under it tagged easy). A level word read off a section's name is a level
    only beside another level the page names; one such section is the page's topic."""
    table = "| Case | Masculine | Feminine |\n| --- | --- | --- |\n| Nominative | Der | Die |\n| Accusative | Den | Die |\n"
    page = (
        "## Basic\nHallo - Hello\nJa / nein - Yes/no\nDanke - Thank you\n\n#### Pronouns\nIch - I\nEr - he\nWir - we\n\n"
        f"## Articles\n\n### Definite articles\n{table}\nNegation: add k in front\n\n### Plural\n{table}"
    )
    compiled = build(deck_of(tmp_path, {"german.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert {i.difficulty for i in compiled.items} == {"medium"}


def test_bold_question_label_lines_that_ask_make_a_markdown_page(tmp_path: Path) -> None:
    """trial14 T14-24 (severe): a summary page '### Q & A' / '**Q**: …?' over its answer paragraph (the last answer with
    numbered steps) was detected 'numbered' ('none of its 3 questions has an answer'), all 4 Q&A lost and, alone, the
    build stopped. A bold question label line that asks counts as a question in detection."""
    page = (
        "# Summary\n\n### Key Review\n\n- A stack is LIFO.\n- A queue is FIFO.\n\n### Q & A\n\n"
        "**Q**: Is the browser's back button a stack?\n\nYes, pages are pushed and popped.\n\n"
        "**Q**: Do we free a popped node?\n\nOnly in C and C++.\n\n"
        "**Q**: How are undo and redo implemented?\n\nUse two stacks.\n\n1. Push each operation onto A.\n2. Undo pops A onto B.\n"
        "3. Redo pops B onto A.\n"
    )
    compiled = build(deck_of(tmp_path, {"summary.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items if not i.skip] == [
        "Is the browser's back button a stack?",
        "Do we free a popped node?",
        "How are undo and redo implemented?",
    ]


def test_term_bullets_under_asking_headings_are_answers_not_a_vocabulary(tmp_path: Path) -> None:
    """trial14 T14-8 (severe): a Q&A page of '### question' headings (no '?': 'Что такое …', 'Какие операции …') whose
    answers list '- `x in s` – meaning' bullets was detected 'delimited' (a vocabulary notebook): junk cards from code
    lines, every heading question lost. Headings that ask, '?' or not, weigh against such bullets."""
    ops = "".join(f"- `op{k}(s)` – операция номер {k}\n" for k in range(24))
    page = "# Python\n\n" + "".join(f"### Что такое объект {k}\n\nОбъект {k} это значение, и он хранит данные.\n\n" for k in range(8))
    page += "### Какие операции поддерживают последовательности\n\n" + ops
    compiled = build(deck_of(tmp_path, {"py.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    fronts = [i.question for i in compiled.items if not i.skip]
    assert len(fronts) == 9 and fronts[-1].startswith("Какие операции")


def test_a_numbered_question_with_its_answer_in_bold_after_the_mark(tmp_path: Path) -> None:
    """trial14 T14-19 (numbered part; severe): '1. What is the degree of the function? **4**' was skipped 'no answer'
    (the '4' glued into the question), '2. … coefficient? **Positive**' skipped with 'Positive' offered as a level.
    The bold text after the '?' is the answer."""
    page = "# Worksheet\n\n1. What is the degree of the function? **4**\n2. What is the sign of the leading coefficient? **Positive**\n3. What are the x-intercepts? **-2, -1, 1**\n"
    compiled = build(deck_of(tmp_path, {"ws.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    cards = [(i.question, i.answer[0].text) for i in compiled.items if not i.skip]
    assert [q for q, _ in cards] == ["What is the degree of the function?", "What is the sign of the leading coefficient?", "What are the x-intercepts?"]
    assert "4" in cards[0][1] and "Positive" in cards[1][1] and "-2, -1, 1" in cards[2][1]
    assert {i.difficulty for i in compiled.items} == {"medium"}


def test_pandoc_escaped_options_and_hanging_wraps_are_read(tmp_path: Path) -> None:
    """trial14 T14-18 (severe): a quiz as pandoc or Google Docs write Markdown ('a\\) Nucleus' escaped options, question
    lines wrapped with a hanging indent '1.  To execute …, you' / '    need to use the [-m] option.') gave Basic cards
    teaching the option list, fronts cut at the wrap. Escaped letters are the options they escape, and the wrapped
    lines of the item's paragraph before its options are its question."""
    gdocs = "# Quiz\n\n1\\. Which organelle makes ATP?\n\na\\) Nucleus  \nb\\) Mitochondrion  \nc\\) Ribosome\n\nAnswer: b\n\n2\\. Which molecule carries genes?\n\na\\) ATP  \nb\\) DNA\n\nAnswer: b\n"
    wrapped = (
        "Questions\n=========\n\n1.  To execute a specific module in the ad hoc command line, you\n    need to use the [-m] option.\n\n"
        "A\\) True\n\nB\\) False\n\nAnswer: A\n\n2.  On which systems can you install it? (Multiple\n    correct answers)\n\n"
        "A\\) Ubuntu\n\nB\\) Fedora\n\nAnswer: A, B\n"
    )
    compiled = build(deck_of(tmp_path, {"gdocs.md": gdocs, "wrapped.md": wrapped}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = {i.question: i for i in compiled.items}
    assert items["Which organelle makes ATP?"].correct == "B" and items["Which molecule carries genes?"].correct == "B"
    wrap = items["To execute a specific module in the ad hoc command line, you need to use the [-m] option."]
    assert wrap.kind == "multiple_choice" and wrap.correct == "A"
    several = items["On which systems can you install it? (Multiple correct answers)"]
    assert several.correct == "A,B" and several.label is None


def test_a_front_matter_titled_page_no_reading_makes_a_card_of_is_one_note(tmp_path: Path) -> None:
    """trial14 T14-15 (severe): one-topic guides with front matter ('title: What is a Load Balancer?' / a picture / a
    definition / nested bold bullets; 'title: How to Upload a Large File' / a paragraph / numbered steps; 'title: The 9
    Algorithms …' / '## 1. Sorting' headings with nothing under them) gave no card at all: 'no items found', 'none of
    its 3 questions has an answer', 'cannot tell this document's layout'. Such a page is one note, its title the front."""
    matter = "---\ntitle: {t}\ndescription: A guide.\ntags:\n  - design\n---\n\n"
    pages = {
        "lb.md": matter.format(t="What is a Load Balancer?") + "A load balancer spreads traffic.\n\n*   **Its Jobs**\n\n    *   Distributes traffic\n    *   Improves availability\n",
        "upload.md": matter.format(t="How to Upload a Large File") + "Slice the file into parts.\n\n1.  The client starts an upload.\n\n2.  The store returns an id.\n\n3.  The client sends each part.\n",
        "algos.md": matter.format(t="The 9 Algorithms That Rule") + "The diagram shows common algorithms.\n\n## 1. Sorting\n\n## 2. Dijkstra\n\n## 3. RSA\n",
    }
    compiled = build(deck_of(tmp_path, pages), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert sorted(i.question for i in compiled.items if not i.skip) == ["How to Upload a Large File", "The 9 Algorithms That Rule", "What is a Load Balancer?"]


def test_topic_notes_with_code_comparisons_and_linked_colons_are_read_by_headings(tmp_path: Path) -> None:
    """trial14 T14-25 (high): topic notes ('## #1' / '#### linked list' / text / '#### References' / links) holding a
    short glossary list, a code line 'if a == b:' and a link '[Heap Sort :: a blog](…)' were read as questions: the
    glossary's 5 entries the only cards, 'only 10 of the document's 315 lines'. A '==' in code or prose and a '::' in a
    link's text are no Obsidian card syntax: the page is read by its headings."""
    topic = "## #{n}\n\n#### {t}\n\n{t} stores items one after another, and each knows where the next is kept.\n\n```python\nif a == b:\n    pass\n```\n\n#### References\n\n- [{t} :: a blog](https://example.com/{n})\n\n"
    page = "# Data structures\n\n" + "".join(topic.format(n=n, t=t) for n, t in enumerate(["linked list", "stack", "queue", "heap"], 1))
    page += "## #5\n\n#### hash table\n\nCollisions are resolved two ways.\n\n- **Chaining**: a list per bucket\n- **Probing**: the next free bucket\n"
    compiled = build(deck_of(tmp_path, {"ds.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    fronts = [i.question for i in compiled.items if not i.skip]
    assert fronts == ["linked list", "stack", "queue", "heap", "hash table"]


def test_bold_numbered_group_titles_over_restarting_lists_are_sections(tmp_path: Path) -> None:
    """trial14 T14-21 rest (routed by formats; severe): '**1. Python概述**' / '1. …' '2. …', then '**2. Python基础**' /
    '1. …' … (a question bank grouped by topic, each group numbered from 1 again) read the bold group lines as items:
    group 2's questions were glued into the explanation of the question before it, no warning. A numbered line wholly in
    bold that names a group, over a list numbered from 1 again, is the section of the questions under it."""
    group = "**{n}. {t}**\n\n1. Which {t} item is first?\n   A. one B. two C. three\n   Answer: A\n2. Which {t} item is second?\n   A. one B. two C. three\n   Answer: B\n\n"
    page = "## Choice questions\n\n" + group.format(n=1, t="Basics") + group.format(n=2, t="Syntax")
    compiled = build(deck_of(tmp_path, {"bank.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = [i for i in compiled.items if not i.skip]
    assert [(i.question, i.correct, i.section[-1]) for i in items] == [
        ("Which Basics item is first?", "A", "Basics"),
        ("Which Basics item is second?", "B", "Basics"),
        ("Which Syntax item is first?", "A", "Syntax"),
        ("Which Syntax item is second?", "B", "Syntax"),
    ]


def test_answer_headings_without_a_colon_make_a_toggle_quiz(tmp_path: Path) -> None:
    """learner5 L40 rest (from formats; medium): a Portuguese quiz whose every toggle holds '#### Resposta B' (the answer
    word and the letter, no colon) was read by its '####' headings: Basic cards fronted 'Resposta B'. Such a heading is
    a keyed answer heading in detection too, so the page is a quiz: each question multiple choice, its letter marked."""
    q = "## ⬛ {n}\n\nQual é o output de `{c}`?\n\n- A: `1`\n- B: `2`\n- C: `3`\n\n<details><summary><b>✅ RESPOSTA CERTA</b></summary>\n<p>\n\n#### Resposta {k}\n\nPorque sim.\n</p>\n</details>\n\n---\n"
    page = "# PERGUNTAS\n\n" + q.format(n=1, c="1+1", k="B") + q.format(n=2, c="1+2", k="C") + q.format(n=3, c="0+1", k="A")
    compiled = build(deck_of(tmp_path, {"quiz.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.kind, i.correct) for i in compiled.items] == [("multiple_choice", "B"), ("multiple_choice", "C"), ("multiple_choice", "A")]


def test_an_answer_of_option_letters_without_options_is_set_aside(tmp_path: Path) -> None:
    """learner5 L21 (routed by readers; low): a quiz-answer page that copied the answers but not the options ('8. Which
    of the following can be found in an IAM policy?' / 'A and B') made cards teaching 'A and B'. An answer made only of
    option letters for a question that shows no options is said and set aside."""
    page = "# Week 1\n\n1. What is IAM?\n\n   Identity and access management.\n\n2. Which of the following can be found in an IAM policy?\n\n   A and B\n\n3. What is a region?\n\n   A place with data centres.\n"
    compiled = build(deck_of(tmp_path, {"week.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items if not i.skip] == ["What is IAM?", "What is a region?"]
    assert any("names options the question does not show" in w.message for w in compiled.diagnostics.warnings)


def test_entries_over_answer_labels_are_questions_in_detection(tmp_path: Path) -> None:
    """trial13 T13-13 rest (detection wording, routed by readers; low): '## Kubernetes' over '- What is a pod?' /
    '  **Ans:** …' and '- Walk me through a rolling update.' / '  **Ans:** …' was said to be a page that 'asks no
    question; its 1 headings … read as cards', while both entries are cards. Such entries count as its questions."""
    page = "## Kubernetes\n\n- What is a pod?\n  **Ans:** The smallest deployable unit.\n- Walk me through a rolling update.\n  **Ans:** Pods are replaced one by one.\n"
    compiled = build(deck_of(tmp_path, {"k.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == ["What is a pod?", "Walk me through a rolling update."]
    said = next(w.message for w in compiled.diagnostics.warnings if "not listed" in w.message)
    assert "asks no question" not in said


def test_a_quizdown_fence_is_detected_as_its_questions(tmp_path: Path) -> None:
    """learner4 N76 (detection, routed by readers; medium): a page whose quiz is a '```quizdown' fence was 'cannot tell
    this document's layout: lines 3-22 are inside one code fence', and alone the build stopped, though the Markdown
    reader reads the fence's questions. Detection reads the fence as its questions too."""
    page = (
        "# Quiz\n\n```quizdown\n---\nprimaryColor: steelblue\n---\n\n# What's the capital of France?\n\n- [x] Paris\n- [ ] London\n\n"
        "# Who made Python?\n\n1. [x] Guido van Rossum\n1. [ ] Dennis Ritchie\n```\n"
    )
    compiled = build(deck_of(tmp_path, {"qd.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.correct) for i in compiled.items] == [("What's the capital of France?", "A"), ("Who made Python?", "A")]


def test_a_numbered_table_of_contents_of_links_is_no_quiz(tmp_path: Path) -> None:
    """learner4 N44 (medium): a vault's readme whose 'Table of Contents:' is a numbered list of links with sub-lists of
    links ('1. [Noun (اسم)](noun/readme.md)' / '   - [Ism Types](noun/ism-types.md)', '4. Lecture Notes:') was read as
    'numbered': each entry a card whose back was its sub-links. Such a list is a table of contents, no questions."""
    readme = (
        "### Arabic Grammar:\n\n#### Table of Contents:\n1. [Noun](noun/readme.md)\n   - [Ism Types](noun/ism-types.md)\n"
        "2. [Verbs](verb/readme.md)\n   - [Verb Types](verb/verb-types.md)\n3. [Particles](particles/readme.md)\n4. Lecture Notes:\n"
        "   - [Lecture 1](lectures/one.md)\n"
    )
    note = "## Past tense\n\n### What does the verb kataba mean?\n\nHe wrote.\n"
    compiled = build(deck_of(tmp_path, {"readme.md": readme, "past.md": note}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items if not i.skip] == ["What does the verb kataba mean?"]


def test_front_matter_with_a_commented_out_key_is_front_matter(tmp_path: Path) -> None:
    """trial11 P59 (routed by readers; medium): YAML front matter holding an HTML comment ('<!-- title: My Notes' /
    'author: … -->', as pandoc users comment keys out) was not taken as front matter: its geometry and header-includes
    lines opened the first card's back. The comment is a comment of the metadata."""
    page = (
        '---\ngeometry: "left=1.5cm"\nclassoption: twocolumn, twoside\n<!-- title: My Notes\nauthor: Someone -->\nnumbersections: true\n'
        "header-includes: |\n    \\usepackage{euler}\n    \\pagestyle{headings}\n---\n\n"
        "# Vector Space\n\nA set with addition and scaling.\n\n# Span\n\nAll linear combinations of a list of vectors.\n"
    )
    from compiler.sources.lines import front_matter_end

    assert front_matter_end(page.split("\n")) == 9
    compiled = build(deck_of(tmp_path, {"defs.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    texts = " ".join(b.text for i in compiled.items for b in i.answer)
    assert "usepackage" not in texts and "geometry" not in texts
    assert [i.question for i in compiled.items] == ["Vector Space", "Span"]
