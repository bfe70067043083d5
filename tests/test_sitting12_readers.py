"""Markdown reading fixes of the twelfth sitting (readers): each test a fixture of the shape a finder met."""

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


# the KnowledgeBase shape (trial12 U50): '- **Q?**' entries, answers on the next lines (indented or not), a code block
# or paragraph at the margin going on an answer (Markdown ends the list there), plain points at the margin, an
# imperative entry ('Explain …'), a comment between the lists
BOLD_BULLETS = """## Docker

- **What is Docker?**~~
Docker is a program that performs OS-level virtualization.~~

- **What does `docker rmi` command do?**~~
Remove one or more images.~~
```
Options:
  -f, --force      Force removal of the image
```

This removes the image even when a container uses it.

- **Explain `docker stop`**~~
```
--time   -t   10   Seconds to wait
```

<!-- Registry -->

- **What is Docker registry?**~~
A storage and delivery system for images.~~
- `docker pull ubuntu` pulls from Docker Hub.
- `docker pull host:port/foo` pulls from another registry.

- **What is a container**~~
  A running instance of an image.
""".replace("~~\n", "  \n")  # (two spaces: a hard break, as the page writes it)


def test_bold_question_bullets_with_answers_below(tmp_path: Path) -> None:
    """trial12 U50 (severe): a list of '- **What is X?**' entries whose answers go on the next lines was one note, or
    only the entries that happened to sit between two code blocks were cards (Docker 78 questions -> 26, ITIL 265 ->
    1). Each bold entry is a card: its answer the entry's lines and what goes on at the margin below the list (a code
    block, a paragraph, a plain list), plain points at the margin among the entries its answer's too."""
    items = _items(tmp_path, {"docker.md": BOLD_BULLETS}, _markdown("docker"))
    got = {i.question: i.answer_plain() for i in items if not i.skip}
    assert list(got) == [
        "What is Docker?",
        "What does `docker rmi` command do?",
        "Explain `docker stop`",
        "What is Docker registry?",
        "What is a container",
    ]
    assert got["What does `docker rmi` command do?"].startswith("Remove one or more images.")
    assert "--force" in got["What does `docker rmi` command do?"]
    assert got["What does `docker rmi` command do?"].endswith("even when a container uses it.")
    assert "Seconds to wait" in got["Explain `docker stop`"]
    assert "docker pull ubuntu" in got["What is Docker registry?"] and "host:port/foo" in got["What is Docker registry?"]
    assert "Registry" not in got["Explain `docker stop`"]
    assert got["What is a container"] == "A running instance of an image."


def test_one_bold_question_bullet_is_a_card(tmp_path: Path) -> None:
    """U50: the first entry of the ITIL page is a list of its own (a comment follows it): one bold entry asking over its
    answer is a card, as a bold question paragraph is; a list whose entries are no questions stays text."""
    page = "- **What are the sources?**  \n  https://example.org/a  \n  https://example.org/b\n\n<!-- Intro -->\n\n- **What is ITIL?**  \n  A framework.\n"
    items = _items(tmp_path, {"itil.md": page}, _markdown("itil"))
    assert [(i.question, i.answer_plain()) for i in items] == [
        ("What are the sources?", "https://example.org/a\nhttps://example.org/b"),
        ("What is ITIL?", "A framework."),
    ]


QUESTION_PAGE = """---
title: Diagnose a cgroup resource limit problem
tags: [linux, cgroups]
---

# Diagnose a cgroup resource limit problem

A workload is slow while the host appears underutilized. How can cgroup limits explain the gap?

## {label}

- Check the workload's cgroup throttling and memory events.

## References

- [Linux kernel: cgroup v2](https://www.kernel.org/doc/html/latest/admin-guide/cgroup-v2.html)

## What to learn next

- Official documentation: [Linux kernel cgroup v2 guide](https://docs.kernel.org/admin-guide/cgroup-v2.html)
- Manual or specification: [proc(5) Linux manual](https://man7.org/linux/man-pages/man5/proc.5.html)
"""


def test_qualified_answer_label_headings(tmp_path: Path) -> None:
    """trial12 U109 (severe): one-question pages whose answer sits under '## Answer guide' (or 'Suggested answer',
    'Sample answer', 'Model answer', 'Explanation') had that label as the front and the question paragraph nowhere
    (1100 files, every front 'Answer guide'). The title then the paragraph that asks is the front, the label no
    card; the 'What to learn next' links, each after a label ('Official documentation: [...]'), are a reading list."""
    labels = ["Answer guide", "Suggested answer", "Sample answer", "Model answer", "Explanation", "Answer"]
    files = {f"q{k}.md": QUESTION_PAGE.replace("{label}", label) for k, label in enumerate(labels)}
    items = _items(tmp_path, files)
    cards = [i for i in items if not i.skip]
    assert [(i.question, [b.plain() for b in i.stimulus], i.answer_plain().strip(), i.stimulus_after) for i in cards] == [
        (
            "Diagnose a cgroup resource limit problem",
            ["A workload is slow while the host appears underutilized. How can cgroup limits explain the gap?"],
            "Check the workload's cgroup throttling and memory events.",
            True,
        )
    ] * len(labels)
    assert len(cards) == len(items)  # ('References' / 'What to learn next': no cards)


def test_separator_cards_answered_below(tmp_path: Path) -> None:
    """trial12 U104 (high): Obsidian Spaced Repetition cards 'question' / '?' whose answer is a code block (which ends
    the paragraph in Markdown) or follows a blank line were lost, a 500-file deck of code cards gave none. The code
    block or paragraph right under the '?' is the card's answer, up to the next card."""
    code = "What is a callback?\n?\n```js\nfunction greet(name, cb) { cb(); }\n```\n\nWhat is a closure?\n?\nA function and its scope.\n"
    blank = "What is hoisting?\n?\n\nDeclarations move to the top of their scope.\n\nWhat is a promise?\n?\nA value to come.\n"
    items = _items(tmp_path, {"code.md": code, "blank.md": blank})
    got = {i.question: i.answer_plain().strip() for i in items}
    assert got == {
        "What is a callback?": "function greet(name, cb) { cb(); }",
        "What is a closure?": "A function and its scope.",
        "What is hoisting?": "Declarations move to the top of their scope.",
        "What is a promise?": "A value to come.",
    }


def test_exercises_over_a_reveal_toggle(tmp_path: Path) -> None:
    """trial12 U52 (high): lecture notes ask '**Exercise:** …?' (or a plain paragraph '…?') over '<details><summary>Think,
    then click!</summary>' and the answer: no card (8 checks of a chapter -> 0), question and label glued on other
    backs. A toggle whose summary only says to open it answers the question above it (labelled 'Exercise:' or asking);
    the label and the summary are layout. Under a statement such a toggle answers nothing."""
    page = (
        "## From Tests to Properties\n\n**Exercise:** What makes an implementation of `median` correct?\n\n"
        "<details>\n<summary>Think, then click!</summary>\n\nThe median is an element of the list.\n\n</details>\n\n"
        "**Exercise:** Find the cheapest path from G to E.\n\n<details>\n<summary>Think, then click!</summary>\n"
        "The path is G to A to B to E.\n</details>\n\n"
        "The library ships a helper.\n\n<details>\n<summary>Click to expand</summary>\n\n`helper(x)`\n\n</details>\n"
    )
    items = _items(tmp_path, {"pbt.md": page}, _markdown("pbt"))
    got = {i.question: i.answer_plain().strip() for i in items if not i.skip}
    assert got == {
        "What makes an implementation of `median` correct?": "The median is an element of the list.",
        "Find the cheapest path from G to E.": "The path is G to A to B to E.",
    }


def test_labelled_question_with_listed_parts_before_its_answer_label(tmp_path: Path) -> None:
    """learner5 L44 (high): '**问题**：…' then '请分析：' over a numbered list of what to analyse, then '**答案**：': the
    list and its lead-in went on the back above the answer (the label glued in), the front only the first paragraph.
    What stands between the question label and the answer label, a list too, is the front; a lead-in ending in '：'
    over that list is no blank to fill."""
    page = (
        "#### （1）Ski-Rental 经典算法（6'）\n\n**问题**：设购买滑雪板的费用是单次租金的 $k$ 倍。\n\n请分析：\n"
        "1. 该算法的竞争比是多少？\n2. 给出最坏情况输入。\n\n**答案**：\n\n竞争比是 $2 - 1/k$，最坏情况是 $x = k$。\n"
    )
    [item] = _items(tmp_path, {"zh.md": page}, _markdown("zh"))
    assert item.question == "设购买滑雪板的费用是单次租金的 \\(k\\) 倍。"
    assert [b.plain().strip() for b in item.stimulus] == ["请分析：", "该算法的竞争比是多少？\n给出最坏情况输入。"]
    assert item.answer_plain().strip().startswith("竞争比是") and "答案" not in item.answer_plain()


def test_unkeyed_plain_options_on_a_quiz_page(tmp_path: Path) -> None:
    """trial11 P37 (high): a page titled as a quiz ('# Quiz 1 - Docker', 'zero, one or several answers are right')
    whose questions are each over a '* option' list and no key anywhere made Basic cards 'teaching' the option list;
    lettered options were already skipped 'no correct option'. Unlettered ones are too, on a page that says it is a
    quiz; on other pages a list under a question stays its answer."""
    quiz = (
        "# Quiz 1 - Docker\n\nAttention, il peut y avoir zero, une ou plusieurs réponses correctes.\n\n"
        "## Quelle est la commande pour télécharger une image ?\n\n* docker fetch some-image\n* docker pull some-image\n"
        "* docker get some-image\n\n## Quel fichier décrit une image ?\n\n* Dockerfile\n* Makefile\n"
    )
    notes = "# Docker notes\n\n## Which commands list containers?\n\n* docker ps\n* docker container ls\n\n## What is an image?\n\nA template.\n"
    compiled = build(deck_of(tmp_path, {"quiz.md": quiz, "notes.md": notes}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == ["Which commands list containers?", "What is an image?"]
    assert {i.question: i.skip for i in compiled.deck.skipped if i.source == "quiz"} == {
        "Quelle est la commande pour télécharger une image\u202f?": "no correct option",  # (French spacing)
        "Quel fichier décrit une image\u202f?": "no correct option",
    }


def test_a_quoted_case_after_a_heading_question_stays_asked(tmp_path: Path) -> None:
    """trial12 U111 (high): '### Quiz 1. Is this an atomicity or an order violation? "Thread A … B writes buf first."'
    over its answer toggle put the quoted case on the back: the front asked about nothing. A quoted text after the
    '?' is what the heading asks about: the whole heading is the question."""
    page = (
        '## Self-check\n\n### Quiz 1. Is this an atomicity violation or an order violation? "Thread A mallocs buf and '
        'sets ready=1, but thread B writes to buf first."\n\n<details>\n<summary>Answer</summary>\n\n**Order violation.**\n\n'
        "</details>\n"
    )
    items = _items(tmp_path, {"quiz.md": page}, _markdown("quiz"))
    assert [(i.question, i.answer_plain().strip()) for i in items] == [
        (
            'Quiz 1. Is this an atomicity violation or an order violation? "Thread A mallocs buf and sets ready=1, but '
            'thread B writes to buf first."',
            "Order violation.",
        ),
    ]
