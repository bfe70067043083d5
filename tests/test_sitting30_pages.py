"""Thirtieth sitting, pages: the trial-29 findings about pages, their headings and notes folders left open."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

OVERVIEW = (
    "A comparison operator looks at the values of two operands and returns `True` or `False`.\n\n"
    "The table below shows the most common Python comparison operators:\n\n"
    "| Operator | Operation | Description |\n"
    "| --- | --- | --- |\n"
    '| `>` | "greater than" | `a > b` is `True` if `a` is greater than `b` |\n'
    '| `==` | "equal to" | `a == b` is `True` if `a` is equal to `b` in value |\n'
    '| `in` | "containment test" | `a in b` is `True` if `a` is an element of `b` |\n\n'
    "They all have the same priority, lower than that of arithmetic operations.\n\n"
    "## Membership comparisons\n\n"
    "The operators `in` and `not in` test for membership.\n\n"
)
ABOUT = (
    "# About\n\n" + OVERVIEW + "# Customizing comparison behavior\n\nRich comparison methods customize it.\n"
)
INTRODUCTION = "# Introduction\n\n" + OVERVIEW


def test_a_concept_folders_about_and_introduction_pages_name_the_topic_keep_the_overview_and_merge(
    tmp_path: Path,
) -> None:
    """T29-11 (rest): comparisons/about.md opens with '# About' but has a second '#' heading near its end, so it had
    no page title: its operator cards (`>`, `==`, rows of a table) sat in Section 'About', the overview around the
    table was 'text outside any question' (in introduction.md too), and the rows and sections both pages hold were two
    cards each ('neither asks a question' of two documents). A page that opens with a kind-of-page heading is named
    by its folder ('Comparisons: About') whatever headings follow; its overview is the topic's card beside the rows;
    two such pages of one folder are about one topic, so what they both hold is one card with both as sources."""
    notes, _, said = built_notes(
        tmp_path, {"comparisons/about.md": ABOUT, "comparisons/introduction.md": INTRODUCTION}
    )
    cards = {note_front(n): n for n in notes}
    assert not [m for m in said if "text outside any question" in m]
    assert sorted(cards) == [
        "==",
        ">",
        "Comparisons: About",
        "Comparisons: Introduction",
        "Customizing comparison behavior",
        "Membership comparisons",
        "in",
    ]
    greater = cards[">"]
    assert plain_text(greater["fields"]["Section"]) == "Comparisons: About"
    # (the row's columns in the table's order, each named: 'Operation' stands before 'Description'; trial31 T31-16)
    assert note_back(greater).startswith('Operation: "greater than" Description: a > b is True if a is greater than b')
    for front in (">", "==", "in", "Membership comparisons"):  # one card each, from both pages
        assert (
            plain_text(cards[front]["fields"]["Sources"]) == "Comparisons: About · Comparisons: Introduction"
        )
    overview = note_back(cards["Comparisons: About"])
    assert overview.startswith("A comparison operator looks at the values of two operands")
    assert "They all have the same priority" in overview
    assert "greater than" not in overview  # (the table's rows are cards of their own)
    assert note_back(cards["Comparisons: Introduction"]).startswith("A comparison operator looks at")


def test_two_pages_of_other_folders_keep_their_generic_sections_apart(tmp_path: Path) -> None:
    """T29-11 guard: 'Death' of two biography pages stays two cards (each about its own page's subject); so does a
    section both concept folders hold, bools/about.md's and comparisons/about.md's '## Common mistakes'."""
    notes, _, _ = built_notes(
        tmp_path,
        {
            "bools/about.md": "# About\n\nBooleans are True or False.\n\n## Common mistakes\n\nUse `bool(x)` to convert a value.\n",
            "comparisons/about.md": "# About\n\nComparisons return a bool.\n\n## Common mistakes\n\nUse `a < b` to compare.\n",
        },
    )
    mistakes = sorted(
        (note_front(n), note_back(n)) for n in notes if note_front(n).endswith("Common mistakes")
    )
    assert mistakes == [
        ("Bools: About › Common mistakes", "Use bool(x) to convert a value."),
        ("Comparisons: About › Common mistakes", "Use a < b to compare."),
    ]


TASK_PAGE = (
    "# AI interview\n\n## Теория\n\n### 1. LLM Basics\n\n**Вопрос:** Что такое tokens?\n\n**Ответ:** Части текста.\n\n"
    "### 2. RAG\n\n**Вопрос:** Что такое RAG?\n\n**Ответ:** Поиск плюс генерация.\n\n"
    "## Практика\n\n### 1. RAG Pipeline\n\n**Задача:** Спроектируйте RAG pipeline.\n\n**Архитектура решения:**\n\n"
    "```\nDocuments -> Embed -> Store\n```\n\n### 2. Cache\n\n**Task:** Design a cache for LLM answers.\n\n"
    "Key the answers by a hash of the prompt.\n\n### 3. Limiter\n\n**Exercise 3:** Design a rate limiter.\n\n"
    "Use a token bucket per client.\n"
)


def test_a_task_label_asks_on_a_page_of_labelled_questions(tmp_path: Path) -> None:
    """T29-L1: an interview page of '**Вопрос:**' / '**Ответ:**' items, then practice items labelled '**Задача:**'
    (Task:) over their solution: the five tasks were 'text outside any question'. On a page that labels its items as
    questions, a task label ('Задача:', 'Task:', 'Exercise 3:' …) labels a question too: each task is a card, the label
    on no side, its solution the back."""
    notes, _, said = built_notes(tmp_path, {"ai.md": TASK_PAGE})
    cards = {note_front(n): note_back(n) for n in notes}
    assert not [m for m in said if "text outside any question" in m]
    assert set(cards) == {
        "Что такое tokens?",
        "Что такое RAG?",
        "Спроектируйте RAG pipeline.",
        "Design a cache for LLM answers.",
        "Design a rate limiter.",
    }
    assert "Documents -> Embed -> Store" in cards["Спроектируйте RAG pipeline."]
    assert cards["Design a cache for LLM answers."] == "Key the answers by a hash of the prompt."
    assert cards["Design a rate limiter."] == "Use a token bucket per client."


def test_an_exercise_heading_on_a_page_without_question_labels_stays_the_exercises_section(
    tmp_path: Path,
) -> None:
    """T29-L1 guard (the reverted fix): 'Exercise 1: Choose the verb' over numbered lines and their key, on a lesson
    page whose items are not labelled, is the exercise's title: the section of its lines, never a question."""
    lesson = (
        "# French lesson\n\n## Exercise 1: Choose the verb\n\n1. J'(ai/suis) vingt ans.\n2. Elle (a/est) française.\n\n"
        "**Answers:** 1. ai 2. est\n"
    )
    notes, _, _ = built_notes(tmp_path, {"lesson.md": lesson})
    assert sorted((note_front(n), note_back(n), plain_text(n["fields"]["Section"])) for n in notes) == [
        ("Elle (a/est) française.", "est", "Exercise 1: Choose the verb"),
        ("J'(ai/suis) vingt ans.", "ai", "Exercise 1: Choose the verb"),
    ]


EXCALIDRAW = (
    "---\n\nexcalidraw-plugin: parsed\ntags: [excalidraw]\n\n---\n"
    "==⚠  Switch to EXCALIDRAW VIEW in the MORE OPTIONS menu of this document. ⚠== You can decompress Drawing data with "
    "the command palette: 'Decompress current Excalidraw file'.\n\n\n"
    "# Excalidraw Data\n\n## Text Elements\nMitochondria ^Xk2f9a1B\n\nNucleus ^p0Qw7ZzL\n\n%%\n## Drawing\n"
    "```compressed-json\nN4KAkARALgngDgUwgLgAQQQDwMYEMA2AlgCYBOuA7hADTgQBuCpAzoQPYB2KqATLZMzYBXUtiRoIACyhQ4zZAHoFAc0JRJQgEYA6bGwC2CgF7N6hbEcK4Ma=\n```\n%%\n"
)
KANBAN = (
    "---\n\nkanban-plugin: basic\n\n---\n\n## To do\n\n- [ ] Read chapter 5 #bio\n- [ ] Flashcards for enzymes\n\n\n"
    "## Doing\n\n- [ ] Lab report draft @{2026-12-05}\n\n\n## Done\n\n**Complete**\n- [x] Quiz 3 revision\n\n\n\n\n"
    '%% kanban:settings\n```\n{"kanban-plugin":"basic"}\n```\n%%\n'
)


def test_an_obsidian_plugins_drawing_or_board_is_no_notes_and_its_embed_is_left_out(tmp_path: Path) -> None:
    """T29-33 / T29-34: a vault's Excalidraw drawing ('excalidraw-plugin: parsed', its labels as '## Text Elements' /
    'Nucleus ^p0Qw7ZzL') gave a card 'Text Elements' → 'Mitochondria · Nucleus', its embed in a note 'text outside any
    question'; a Kanban board ('kanban-plugin: basic') gave cards 'Doing' → '☐ Lab report draft' and a warning about
    options none ticked. A file an Obsidian plugin owns is not read (one line says so); the embed of a drawing is left
    out of the card with a warning (deckc cannot draw it); the note's questions are cards."""
    note = (
        "# Cell organelles\n\n![[Drawing 2026-11-10 10.15.22.excalidraw]]\n\n## What does the nucleus hold?\n\n"
        "The cell's DNA.\n"
    )
    notes, _, said = built_notes(
        tmp_path,
        {
            "Cell organelles.md": note,
            "Excalidraw/Drawing 2026-11-10 10.15.22.excalidraw.md": EXCALIDRAW,
            "Study board.md": KANBAN,
        },
    )
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What does the nucleus hold?", "The cell's DNA.")
    ]
    assert any("not read: an Excalidraw drawing" in m for m in said)
    assert any("not read: a Kanban board" in m for m in said)
    assert any(
        "embeds an Excalidraw drawing, which deckc cannot draw" in m and "Cell organelles.md:3" in m
        for m in said
    )
    assert not [m for m in said if "text outside any question" in m or "none ticked" in m]


def test_a_templater_command_left_in_a_note_is_on_no_card(tmp_path: Path) -> None:
    """T29-34: 'Created: <% tp.date.now("YYYY-MM-DD") %>' under the last answer (a note made from a Templater template
    whose command never ran) was glued to that answer. Templater's commands are template code: taken out, and a line
    they leave empty or with only its property's name is blanked; text around an inline command stays."""
    page = (
        "# Enzymes\n\n## What is the active site?\n\nThe region of the enzyme where the substrate binds.\n\n"
        'Created: <% tp.date.now("YYYY-MM-DD") %>\n\n## What lowers the activation energy?\n\n'
        "An enzyme<% tp.file.cursor() %> does.\n\n<%*\nconst x = 1\n%>\n"
    )
    notes, _, _ = built_notes(tmp_path, {"Enzymes.md": page})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("What is the active site?", "The region of the enzyme where the substrate binds."),
        ("What lowers the activation energy?", "An enzyme does."),
    ]


CHEAT_HEAD = "---\nid: {id}\ntitle: {title}\ntoc_max_heading_level: 2\n---\n\n"


def test_sibling_cheat_sheet_pages_of_sections_are_read_by_their_headings(tmp_path: Path) -> None:
    """T28-15: two cheat sheets shaped like their siblings ('## Introduction', '## Time complexity', '### Depth-first
    search' …) were read otherwise: graph.md by a pattern guessed from its 3-row complexity table (3 cards, the DFS/BFS
    explanations lost), dynamic-programming.md as one note (a course link heading, '### [Grokking …](…?aff=…)', was
    taken for a question by the '?' in its address). A '?' in a link's address asks nothing, and a guessed pattern
    whose items hold a small part of a page of sections under headings is not used: both pages give a card per
    section, as their siblings do."""
    graph = CHEAT_HEAD.format(id="graph", title="Graph cheatsheet for coding interviews") + (
        "## Introduction\n\nA graph is a structure of nodes and edges.\n\n"
        "## Time complexity\n\n| Algorithm | Big-O |\n| --- | --- |\n| Depth-first search | O(V + E) |\n"
        "| Breadth-first search | O(V + E) |\n| Topological sort | O(V + E) |\n\n"
        "## Graph search algorithms\n\n### Depth-first search\n\nGo deep along each branch before backtracking.\n"
        "Use a stack or recursion.\n\nMark nodes visited so that a cycle ends.\n\n"
        "### Breadth-first search\n\nVisit the nodes level by level from the start node.\nUse a queue.\n\n"
        "It finds shortest paths in an unweighted graph.\n\n"
        "## Corner cases\n\n- Empty graph\n- Graph with one or two nodes\n- Disjoint graphs\n- Graph with cycles\n"
    )
    dp = CHEAT_HEAD.format(
        id="dynamic-programming", title="Dynamic programming cheatsheet for coding interviews"
    ) + (
        "## Introduction\n\nDynamic Programming (DP) is usually used to solve optimization problems.\n\n"
        "## Techniques\n\nSometimes you do not need to store the whole DP table in memory.\n\n"
        "## Recommended courses\n\n"
        "### [Grokking Dynamic Programming Patterns](https://www.designgurus.io/course/grokking-dp?aff=kJSIoU)\n\n"
        "This course teaches the common DP patterns.\n"
    )
    notes, _, said = built_notes(
        tmp_path, {"algorithms/graph.md": graph, "algorithms/dynamic-programming.md": dp}
    )
    fronts = {(plain_text(n["fields"]["Sources"]).split(" ")[0], note_front(n)) for n in notes}
    assert {
        ("Graph", "Introduction"),
        ("Graph", "Depth-first search"),
        ("Graph", "Breadth-first search"),
        ("Graph", "Corner cases"),
        ("Dynamic", "Introduction"),
        ("Dynamic", "Techniques"),
        ("Dynamic", "Grokking Dynamic Programming Patterns"),
    } <= fronts
    dfs = next(n for n in notes if note_front(n) == "Depth-first search")
    assert "Go deep along each branch" in note_back(dfs)
    assert not [m for m in said if "read as layout 'pattern'" in m or "read as layout 'note'" in m]


def test_an_untitled_details_container_shows_only_its_answer(tmp_path: Path) -> None:
    """T29-31: a VitePress '::: details' container without a title put its default title on the back ('Details' over
    'Two-way binding …'). A details box with no title of its own hides the answer, as a toggle does: the back is the
    answer alone; a titled one ('::: details Answer') reads as before."""
    page = (
        "# Vue FAQ\n\n## What is a computed property?\n\n::: details Answer\nA cached value derived from reactive state.\n"
        ":::\n\n## What does `v-model` do?\n\n::: details\nTwo-way binding between a form input and a piece of state.\n:::\n"
    )
    notes, _, _ = built_notes(tmp_path, {"vuepress-faq.md": page})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("What does v-model do?", "Two-way binding between a form input and a piece of state."),
        ("What is a computed property?", "A cached value derived from reactive state."),
    ]


def test_a_daily_notes_to_do_list_is_no_quiz(tmp_path: Path) -> None:
    """T28-40: an Obsidian daily note ('# 2026-11-30' / '- [x] Review [[Cell biology]]' / '- [ ] Finish lab report' /
    'Mood:: 7') became a multiple-choice card '2026-11-30' whose right option was the task done. A page that is only a
    to-do list is no card (one line says so); a date or a list name ('## To do') over checkbox entries asks nothing,
    on a page with notes too; a heading that asks over ticked options is still a quiz."""
    daily = "# 2026-11-30\n\n- [x] Review [[Cell biology]]\n- [ ] Finish lab report\nMood:: 7\n"
    mixed = (
        "# Week 3\n\n## What does ATP synthase make?\n\nATP, from ADP and phosphate.\n\n"
        "## To do\n\n- [x] Read chapter 5\n- [ ] Finish lab report\n\n"
        "## Which organelle makes ATP?\n\n- [ ] Nucleus\n- [x] Mitochondrion\n"
    )
    notes, _, said = built_notes(tmp_path, {"Daily Notes/2026-11-30.md": daily, "Week 3.md": mixed})
    fronts = sorted(note_front(n) for n in notes)
    assert "2026-11-30" not in fronts
    assert "What does ATP synthase make?" in fronts
    quiz = next(n for n in notes if note_front(n).startswith("Which organelle makes ATP?"))
    assert "Mitochondrion" in plain_text(quiz["fields"].get("Correct", "")) or "Mitochondrion" in note_back(
        quiz
    )
    assert any("2026-11-30.md" in m and "it is a to-do list" in m for m in said)


def test_a_notion_pages_properties_and_to_do_are_no_lost_text(tmp_path: Path) -> None:
    """T29-25: a Notion page exported as Markdown ('# Biology' / 'Tags: Exam, Semester 1' / 'Created: November 3,
    2026 4:12 PM' / 'Last edited: …', toggles as '- question' / indented answer, a '- [ ]  Revise Punnett squares' to-do)
    was warned 'text outside any question' for its properties and 'question has no answer' for its to-do. The
    property block under the title is the page's own details, the to-do a task: neither is said as lost; the toggles
    are cards."""
    page = (
        "# Biology\n\nTags: Exam, Semester 1\nCreated: November 3, 2026 4:12 PM\nLast edited: November 28, 2026 9:40 PM\n\n"
        "## Cell biology\n\n- What is the function of ribosomes?\n    \n    They synthesise proteins.\n    \n"
        "- What is a genotype?\n    \n    The alleles an organism carries.\n    \n"
        "## Genetics\n\n- What is an allele?\n    \n    A version of a gene.\n    \n- [ ]  Revise Punnett squares\n\n"
        "[Genetics practice problems](Biology%203f2a/Genetics%20a1b2.md)\n"
    )
    sub = "# Genetics practice problems\n\nStatus: In progress\n\n### 1. What fraction of Tt x Tt offspring is tt?\n\n1/4.\n"
    notes, skipped, said = built_notes(
        tmp_path, {"Biology 3f2a.md": page, "Biology 3f2a/Genetics a1b2.md": sub}
    )
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("What fraction of Tt x Tt offspring is tt?", "1/4."),
        ("What is a genotype?", "The alleles an organism carries."),
        ("What is an allele?", "A version of a gene."),
        ("What is the function of ribosomes?", "They synthesise proteins."),
    ]
    assert not [m for m in said if "text outside any question" in m or "has no answer" in m]
    assert [s["skipped"] for s in skipped if "Punnett" in s["question"]] == [
        "a to-do entry (a task for the learner), no question"
    ]


def test_a_heading_questions_code_stays_under_it_on_the_front(tmp_path: Path) -> None:
    """T28-2: '### What does the following function return?' over its code and '#### Answer' showed the code ABOVE the
    question on the front ('the following' then pointed at nothing; a 38-line program pushed the question off the
    screen). The code between a heading question and its answer label stays under the question, as the page has it."""
    page = (
        "### What does the following function return?\n\n```js\nfunction greet() {\n  return\n  { message: 1 }\n}\n```\n\n"
        "#### Answer\n\nBecause of automatic semicolon insertion it returns `undefined`.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"return-semicolon.md": page})
    front = notes[0]["fields"]["Question"]
    assert front.index("What does the following function return?") < front.index("<pre")
    assert note_back(notes[0]).startswith("Because of automatic semicolon insertion")


def test_the_things_a_question_points_to_in_a_list_are_on_its_front(tmp_path: Path) -> None:
    """T30-7: '## Are the following expressions valid?' over a list of two lambdas, then 'No: … SyntaxError …': the
    lambdas were on the back with the verdict, the front asked about things it did not show. A question that points
    forward ('the following', 'these', 'следующие', 'folgende' …) takes the list right under it onto its front, under
    the question, when text after the list answers it."""
    page = (
        "# Python quiz\n\n## Are the following expressions valid?\n\n- `nope = lambda: pass`\n"
        "- `riser = lambda x: raise Exception(x)`\n\nNo: loading the module raises `SyntaxError`.\n\n"
        "## What does the following code print?\n\n```python\nprint(0.1 + 0.2 == 0.3)\n```\n\n`False`, because of floats.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"follow.md": page})
    cards = {plain_text(n["fields"]["Question"]).split("?")[0]: n for n in notes}
    valid = cards["Are the following expressions valid"]
    front = valid["fields"]["Question"]
    assert front.index("Are the following expressions valid?") < front.index("nope = lambda: pass")
    assert note_back(valid) == "No: loading the module raises SyntaxError ."


def test_a_sentence_that_points_at_a_roam_block_goes_with_the_reference(tmp_path: Path) -> None:
    """T29-41 (rest): a Roam block reference deckc cannot resolve was taken out of its sentence and left 'See for side
    effects.' on the back. A sentence that only points at the block ('See ((uid)) for …', '(see ((uid)))', 'cf. ((uid))')
    goes with the reference; an entry it leaves empty is no bullet; the warning at its line stays."""
    page = (
        "- Which beta blocker is cardioselective? #card\n"
        "    - **Metoprolol** (β1-selective; see ((Xk29_aB1c))); propranolol is non-selective.\n"
        "    - See ((Xk29_aB1c)) for side effects.\n"
        "- What do beta blockers block? #card\n    - β-adrenergic receptors.\n"
    )
    notes, _, said = built_notes(tmp_path, {"Pharmacology.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert (
        cards["Which beta blocker is cardioselective?"]
        == "Metoprolol (β1-selective); propranolol is non-selective."
    )
    assert any("Roam block reference" in m for m in said)
