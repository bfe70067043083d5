"""'X vs Y' headings among questions (sixth sitting, trial6 leftovers): a comparison asks for the difference, so on
a page whose headings ask it is a question too, worded by deckc when the page asks in English."""

from __future__ import annotations

from pathlib import Path

from compiler.build import build
from compiler.sources.lines import asks_in_english, compared, comparison_front


def _items(tmp_path: Path, text: str) -> list[tuple[int, str]]:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "page.md").write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert not [w for w in result.compiled.diagnostics.warnings if "not read as a question" in w.message]
    return [(i.locator.line, i.question) for i in result.compiled.items]


def test_comparisons_among_english_questions_ask_for_the_difference(tmp_path: Path) -> None:
    page = (
        "# OS interview\n\n## What is a process?\n\nA program in execution.\n\n## Process vs Thread\n\n"
        "Threads share their process's memory.\n\n## JVM vs. JDK versus JRE\n\nThe JDK holds the JRE, which holds the JVM.\n\n"
        "## What is a deadlock?\n\nTwo threads each waiting for the other.\n\n## What is paging?\n\nFixed-size memory blocks.\n"
    )
    assert _items(tmp_path, page) == [
        (3, "What is a process?"),
        (7, "Process vs Thread: what is the difference?"),
        (11, "JVM vs. JDK versus JRE: what are the differences?"),
        (15, "What is a deadlock?"),
        (19, "What is paging?"),
    ]


def test_a_comparison_on_a_page_asking_in_another_language_keeps_its_words(tmp_path: Path) -> None:
    page = (
        "## 什么是 JVM？\n\nJava 虚拟机。\n\n## Java SE vs Java EE\n\nJava EE 建立在 Java SE 的基础上。\n\n"
        "## 什么是 JIT？\n\n即时编译。\n\n## 为什么要用线程池？\n\n复用线程。\n"
    )
    assert _items(tmp_path, page)[1] == (5, "Java SE vs Java EE")


def test_what_counts_as_a_comparison() -> None:
    assert compared("Process vs Thread") == ["Process", "Thread"]
    assert compared("`list` VS `tuple`") == ["`list`", "`tuple`"]
    assert compared("TCP vs UDP?") == []  # it asks already
    assert compared("Vs Code tips") == [] and compared("Canvas versus") == []
    assert comparison_front("A vs B", english=False) == "A vs B"
    assert asks_in_english(["What is X?", "Why Y?", "什么是 Z？"]) and not asks_in_english(["什么是 Z？", "Was ist X?"])
