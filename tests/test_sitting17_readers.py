"""Reading fixes of the seventeenth sitting (readers): each test a fixture of the shape a finder met."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import Item
from compiler.sources.trailing_marks import trailing_marks


def _built(tmp_path: Path, files: dict[str, str], table: str = "") -> tuple[list[Item], list[str]]:
    """The items a new user's build reads (the files unlisted unless ``table`` names them) and its messages."""
    compiled = build(deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return compiled.items, [f"{d.file}:{d.line}: {d.message}" for d in compiled.diagnostics.items]


def _keys(items: list[Item]) -> list[tuple[str, str | None]]:
    return [(i.question, i.correct) for i in items if not i.skip]


def _options(item: Item) -> list[tuple[str, str]]:
    return [(c.label, c.text) for c in item.choices]


_STARRED = (
    "1. Which protocol is connection-oriented?\n   a) UDP\n * b) TCP\n   c) ICMP\n   d) ARP\n\n"
    "2. Which port does HTTPS use by default?\n * a) 443\n   b) 80\n   c) 21\n   d) 25\n\n"
    "3. Which layer does a router work at?\n   a) Physical\n   b) Data link\n * c) Network\n   d) Transport\n"
)
_KEYED = [
    ("Which protocol is connection-oriented?", "B"),
    ("Which port does HTTPS use by default?", "A"),
    ("Which layer does a router work at?", "C"),
]


def test_a_star_before_some_options_labels_keys_them(tmp_path: Path) -> None:
    """trial17 T17-31: ' * b) TCP' among '   a) UDP' lines (a plain-text quiz's hand mark) was a Markdown bullet and
    every question 'none marked correct'; in a page fenced whole (read as text) too, where the closing fence line
    was also the last card's explanation."""
    intro = "# Networking quiz\n\nThe right option has a `*` before its letter.\n\n"
    items, _ = _built(tmp_path, {"plain.md": intro + _STARRED, "fenced.md": intro + "```\n" + _STARRED + "```\n"})
    plain = [i for i in items if i.source == "plain"]
    fenced = [i for i in items if i.source == "fenced"]
    assert _keys(plain) == _KEYED
    assert _keys(fenced) == _KEYED
    assert _options(plain[0]) == [("A", "UDP"), ("B", "TCP"), ("C", "ICMP"), ("D", "ARP")]
    assert not any("`" in b.plain() for i in fenced for b in i.answer)


def test_an_italic_correct_after_an_option_keys_it(tmp_path: Path) -> None:
    """trial17 T17-31: 'b) TCP *correct*' (the marker in italics, as Markdown shows it) was option text."""
    page = _STARRED.replace(" * b) TCP", "   b) TCP *correct*").replace(" * a) 443", "   a) 443 _correct_")
    page = page.replace(" * c) Network", "   c) Network **correct**")
    items, _ = _built(tmp_path, {"quiz.md": "# Quiz\n\n" + page})
    assert _keys(items) == _KEYED
    assert _options(items[0])[1] == ("B", "TCP")


def test_stars_that_are_no_marks_stay_as_written(tmp_path: Path) -> None:
    """Every option bulleted with '*' is a list, an option in italics is emphasis, and code keeps its stars."""
    page = (
        "# Quiz\n\n1. Which protocol is connection-oriented?\n* a) UDP\n* b) TCP\n* c) ICMP\n\nAnswer: b\n\n"
        "2. What does this print?\n\n```python\n * a) 1\n   b) 2\n```\n\n   a) 1\n   b) 2\n\nAnswer: a\n"
    )
    items, _ = _built(tmp_path, {"quiz.md": page})
    italic = ["   a) Osaka", "*b) Tokyo*", "   c) Kyoto"]
    assert trailing_marks(italic) is italic
    assert [(i.correct, [t for _, t in _options(i)]) for i in items if not i.skip] == [
        ("B", ["UDP", "TCP", "ICMP"]),
        ("A", ["1", "2"]),
    ]


def test_two_question_headings_stacked_over_one_answer_are_one_question(tmp_path: Path) -> None:
    """trial18 T18-3: '## How do hashCode() and equals() relate?' right over '## If equals() is overridden, which other
    method must be?' and one answer: the first was 'question has no answer' and lost. The pair asks as one question;
    three stacked headings (a list of questions without answers) stay as they are."""
    page = (
        "# Java\n\n## How do `hashCode()` and `equals()` relate?\n## If `equals()` is overridden, which other method must be?\n"
        "Equal objects must return equal hash codes, so override `hashCode()` too.\n\n"
        "## Compare the interfaces Queue and Deque.\n## Which one extends the other?\nDeque extends Queue.\n\n"
        "## What is a record?\nA class whose fields are its state.\n\n"
        "## What is a lambda?\n## What is a stream?\n## What is a collector?\nTo be written.\n"
    )
    items, warned = _built(tmp_path, {"java.md": page})
    assert [(i.question, i.answer_plain().strip(), i.locator.line) for i in items if not i.skip][:3] == [
        (
            "How do `hashCode()` and `equals()` relate? If `equals()` is overridden, which other method must be?",
            "Equal objects must return equal hash codes, so override hashCode() too.",
            3,
        ),
        ("Compare the interfaces Queue and Deque. Which one extends the other?", "Deque extends Queue.", 7),
        ("What is a record?", "A class whose fields are its state.", 11),
    ]
    assert not any("How do" in w and "no answer" in w for w in warned)


def test_a_topics_generic_sub_headings_name_the_topic(tmp_path: Path) -> None:
    """trial18 T18-11: under '## Semaphores' (a line of its own) the cards were fronted 'Types' and 'Drawbacks' alone,
    and under 'Round Robin' '장점' (advantages) beside a repeated '특징' had no subject. An aspect word (in English,
    Korean, Chinese …) names its parent heading; a topic's own sub-heading ('Quicksort') does not."""
    page = (
        "# Scheduling\n\n## FCFS\n\n### Features\n\nFirst come, first served.\n\n"
        "## Round Robin\n\n### Features\n\nEach process gets the same quantum.\n\n### 장점\n\nResponse time improves.\n\n"
        "## Semaphores\n\nA synchronisation tool.\n\n### Types\n\nCounting and binary.\n\n### 단점\n\nBusy waiting.\n\n"
        "## Sorting\n\nOrdering items.\n\n### Quicksort\n\nPartition around a pivot.\n"
    )
    items, _ = _built(tmp_path, {"os.md": page})
    assert [i.question for i in items] == [
        "FCFS › Features",
        "Round Robin › Features",
        "Round Robin › 장점",
        "Semaphores",
        "Semaphores › Types",
        "Semaphores › 단점",
        "Sorting",
        "Quicksort",
    ]


def test_back_and_up_links_after_an_answer_are_no_text(tmp_path: Path) -> None:
    """trial18 T18-12: '[뒤로](https://github.com/…)/[위로](#part-1-3-network)' (Back / Up) ended 11 answers: a link to the
    web beside a link to the page's anchor is navigation. A sentence's link to the web stays the answer's."""
    page = (
        "# Network\n\n## What does TCP guarantee?\n\nIn-order, reliable delivery.\n\n"
        "[뒤로](https://github.com/example/for_beginner)/[위로](#network)\n\n"
        "## Where is HTTP specified?\n\nIn [RFC 9110](https://www.rfc-editor.org/rfc/rfc9110) and [its errata](#errata).\n"
    )
    items, _ = _built(tmp_path, {"net.md": page})
    assert [(i.question, i.answer_plain().strip()) for i in items] == [
        ("What does TCP guarantee?", "In-order, reliable delivery."),
        ("Where is HTTP specified?", "In RFC 9110 and its errata."),
    ]


def test_a_labelled_question_heading_that_asks_by_instruction_is_detected(tmp_path: Path) -> None:
    """trial18 T18-10: '#### **题目**：描述实时系统的基本特性' ('Describe …', no '？') over '#### **参考答案**：' and its answer,
    one question per file as its siblings write theirs: 'cannot tell this document's layout', no card."""
    files = {
        "bank/2.1.3.md": "#### **题目**：描述实时系统的基本特性\n\n#### **参考答案**： \n在特定时间内完成特定的任务，实时性与可靠性。\n",
        "bank/2.1.5.md": "#### **题目**：什么是平衡二叉树？\n\n#### **参考答案**： \n左右子树都是平衡二叉树。\n",
    }
    items, warned = _built(tmp_path, files)
    assert sorted((i.question, i.answer_plain().strip()) for i in items) == [
        ("什么是平衡二叉树？", "左右子树都是平衡二叉树。"),
        ("描述实时系统的基本特性", "在特定时间内完成特定的任务，实时性与可靠性。"),
    ]
    assert not any("cannot tell" in w for w in warned)


def test_options_that_are_blocks_of_program_output(tmp_path: Path) -> None:
    """trial17 T17-32: 'A)' alone over a fenced block of output, then 'B)' over another (a heading's question), and
    'a)' over an indented block in a numbered entry: Basic cards whose back was every option and the key. Each block
    is its option, kept line by line as code."""
    fenced = (
        "# Output quiz\n\n## Question 1\n\nWhat does this print?\n\n```python\nfor i in range(3):\n    print(i)\n```\n\n"
        "A)\n```\n0\n1\n2\n```\n\nB)\n```\n1\n2\n3\n```\n\n**Answer: A**\n"
    )
    indented = (
        "# Output quiz\n\n1. What does this print?\n\n    ```python\n    print(1)\n    print(2)\n    ```\n\n"
        "    a)\n\n        1\n        2\n\n    b)\n\n        1 2\n\n    Answer: a\n\n"
        "2. What does this print?\n\n    ```python\n    print(*[3, 4])\n    ```\n\n"
        "    a)\n\n        [3, 4]\n\n    b)\n\n        3 4\n\n    Answer: b\n"
    )
    items, _ = _built(tmp_path, {"fenced.md": fenced, "indented.md": indented})
    read = {(i.source, i.correct): [(c.label, c.text, c.lang) for c in i.choices] for i in items if not i.skip}
    assert read == {
        ("fenced", "A"): [("A", "0\n1\n2", ""), ("B", "1\n2\n3", "")],
        ("indented", "A"): [("A", "1\n2", ""), ("B", "1 2", "")],
        ("indented", "B"): [("A", "[3, 4]", ""), ("B", "3 4", "")],
    }


def test_a_table_under_a_question_heading_is_its_answer(tmp_path: Path) -> None:
    """trial17 T17-14: '## What endpoints does the orders API expose?' over '| Method | Path | Request body | Response body
    | Auth | Status codes |': the question was lost and each row a card fronted 'GET', backed by 'Response body'. A
    header that names no question column answers the heading; one that names its columns (a true/false grid's
    '| Question | Answer |') is still a card per row."""
    page = (
        "# Orders\n\n## What endpoints does the orders API expose?\n\n"
        "| Method | Path | Request body | Response body | Auth | Status codes |\n|---|---|---|---|---|---|\n"
        "| GET | /orders | none | list of Order | token | 200, 401 |\n| POST | /orders | NewOrder | Order | token | 201, 400 |\n"
        "| GET | /orders/{id} | none | Order | token | 200, 404 |\n| DELETE | /orders/{id} | none | none | admin | 204 |\n\n"
        "## Which of these are true?\n\n| Question | Answer |\n|---|---|\n| Is GET safe? | Yes |\n"
        "| Is POST idempotent? | No |\n| Is DELETE idempotent? | Yes |\n"
    )
    items, _ = _built(tmp_path, {"api.md": page})
    assert [i.question for i in items] == [
        "What endpoints does the orders API expose?",
        "Is GET safe?",
        "Is POST idempotent?",
        "Is DELETE idempotent?",
    ]
    assert [b.kind.value for b in items[0].answer] == ["html"] and "<table" in items[0].answer[0].text
    assert "Response body" in items[0].answer_plain() and "admin" in items[0].answer_plain()


def test_a_bold_question_title_before_the_first_question_is_its_section(tmp_path: Path) -> None:
    """G23: '**Question 1 – TCP handshake**' over 'What are the three steps?' was text outside any question (its topic
    on no card) while the same titles over questions 2 and 3 were their sections, shown on the front."""
    page = (
        "# Networking review\n\n**Question 1 – TCP handshake**\n\nWhat are the three steps?\n\nSYN, SYN-ACK, ACK.\n\n"
        "**Question 2 – DNS**\n\nWhich port does it use by default?\n\nPort 53, over UDP.\n"
    )
    items, warned = _built(tmp_path, {"net.md": page})
    assert [(i.question, i.section) for i in items] == [
        ("What are the three steps?", ["Question 1 – TCP handshake"]),
        ("Which port does it use by default?", ["Question 2 – DNS"]),
    ]
    assert not any("outside any question" in w for w in warned)


def test_a_summary_under_a_cornell_table_is_not_the_last_rows_answer(tmp_path: Path) -> None:
    """G24: a Cornell page's '| Cue | Notes |' table (read by the guessed table pattern) and its 'Summary: …' under it:
    the summary was on the last card's back."""
    page = (
        "# Lecture 4\n\n| Cue | Notes |\n|-----|-------|\n| What is glycolysis? | Glucose split into two pyruvate. |\n"
        "| Where is the Krebs cycle? | In the mitochondrial matrix. |\n| What does glycolysis yield? | 2 ATP per glucose. |\n\n"
        "Summary: most ATP comes from oxidative phosphorylation.\n"
    )
    items, _ = _built(tmp_path, {"cornell.md": page})
    assert [(i.question, i.answer_plain().strip()) for i in items] == [
        ("What is glycolysis?", "Glucose split into two pyruvate."),
        ("Where is the Krebs cycle?", "In the mitochondrial matrix."),
        ("What does glycolysis yield?", "2 ATP per glucose."),
    ]


def test_a_bold_back_to_top_link_is_never_a_question(tmp_path: Path) -> None:
    """trial18 T18-43: '**[ Voltar ao Topo ⬆ ](#sumário)**' after each answer of '7. ### O que é GOPATH?' entries was
    a card fronted 'Voltar ao Topo' whose back was the next question; and a code block opened '    ```go' in an entry and
    closed by a tab-indented fence line left the page's fences out of step, so later entries joined an answer."""
    entry = "{n}. ### {q}\n\n    {a}\n\n  **[ Voltar ao Topo ⬆ ](#sumário)**\n\n"
    page = "### Sumário\n\n" + "".join(
        entry.format(n=n, q=q, a=a)
        for n, (q, a) in enumerate(
            [("O que é Go?", "Uma linguagem compilada."), ("O que é GOPATH?", "O espaço de trabalho."), ("O que é nil?", "O valor zero.")], 1
        )
    )
    page = page.replace("    Uma linguagem compilada.\n", "    Uma linguagem compilada.\n\n    ```go\n\tpackage main\n\t```\n")
    items, warned = _built(tmp_path, {"go.md": page})
    assert [(i.question, i.answer_plain().split("\n")[0].strip()) for i in items] == [
        ("O que é Go?", "Uma linguagem compilada."),
        ("O que é GOPATH?", "O espaço de trabalho."),
        ("O que é nil?", "O valor zero."),
    ]
    assert not any("Voltar" in w for w in warned)


def test_imperative_prompt_headings_ask_in_other_languages(tmp_path: Path) -> None:
    """trial18 T18-42: '### Descreva como o gerenciamento de sessão funciona' among '### … ?' questions (Portuguese for
    'Describe …') and '### Discuss techniques for …' (no full stop) were 'not read as a question', their text in no card."""
    page = (
        "# Backend\n\n### O que é REST?\nUm estilo de arquitetura.\n\n### Descreva como o gerenciamento de sessão funciona\n"
        "Um cookie guarda o id da sessão.\n\n### O que é um cache?\nUma cópia rápida dos dados.\n\n"
        "### Discuss techniques for detecting data anomalies\nValidation rules and data versioning.\n\n"
        "### Describe a blue-green deployment.\nTwo environments, one live.\n"
    )
    items, warned = _built(tmp_path, {"pt.md": page})
    assert [i.question for i in items] == [
        "O que é REST?",
        "Descreva como o gerenciamento de sessão funciona",
        "O que é um cache?",
        "Discuss techniques for detecting data anomalies",
        "Describe a blue-green deployment.",
    ]
    assert not any("not read as a question" in w for w in warned)


def test_worked_parts_of_an_exercise_are_its_answer(tmp_path: Path) -> None:
    """trial18 T18-35: '2. Insert parentheses into the following compound propositions …' over its worked parts
    'a) (¬p) ∨ q' … 'd) …' was '4 options and none marked correct', no card. A question that asks and a keyed one stay
    multiple choice."""
    page = (
        "1. Insert parentheses into the following compound propositions.\na) (¬p) ∨ q\nb) (p ∧ q) ∨ (¬p)\nc) p ∨ (q ∧ r)\n\n"
        "2. Simplify the expression.\na) x + x = 2x\nb) x * x = x^2\n\n"
        "3. Which operator binds tightest?\na) ∨\nb) ¬\nc) ∧\nAnswer: b\n"
    )
    table = '[[source]]\nid = "keys"\nfile = "sources/keys.txt"\nlayout = "numbered"\n'
    items, warned = _built(tmp_path, {"keys.txt": page}, table)
    assert [(i.kind.value, i.correct) for i in items] == [("basic", None), ("basic", None), ("multiple_choice", "B")]
    assert "a) (¬p) ∨ q" in items[0].answer_plain() and "c) p ∨ (q ∧ r)" in items[0].answer_plain()
    assert not any("none marked correct" in w for w in warned)
