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
    assert note_back(greater).startswith("a > b is True if a is greater than b")
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
