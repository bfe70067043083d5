"""Decoration copied with a page's text is not its content (trial10 P21: '🚀 1. What is Python?')."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.sources.lines import emoji_numbers

PAGE = """Here are the top Python questions:
🚀 1. What is Python?
Answer:
A high-level, interpreted language.
🧠 2. What are Python's key features?
Answer:
Easy to learn and dynamically typed.
🔠 3. What is a module?
Answer:
A .py file of definitions.
"""


def test_emoji_before_item_numbers_are_decoration(tmp_path: Path) -> None:
    """0 of 8 questions were read ('cannot tell this document's layout'); without the emoji, 8 of 8."""
    compiled = build(deck_of(tmp_path, {"python.txt": PAGE}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items if not i.skip}
    assert got == {
        "What is Python?": "A high-level, interpreted language.",
        "What are Python's key features?": "Easy to learn and dynamically typed.",
        "What is a module?": "A .py file of definitions.",
    }


def test_emoji_numbers_keeps_lines_and_level_markers() -> None:
    assert emoji_numbers(PAGE).count("\n") == PAGE.count("\n")
    assert "\n1. What is Python?\n" in emoji_numbers(PAGE)
    markers = "🟢 1. What is X?\nA\n🔴 2. What is Y?\nB\n🟢 3. What is Z?\nC\n🔴 4. Why?\nD\n"
    assert emoji_numbers(markers) == markers  # the same few emoji on every question: level markers
    code = "```\n🚀 1. in code\n🧠 2. in code\n```\n"
    assert emoji_numbers(code) == code


def test_flashcards_pasted_with_the_chat_fence_are_read(tmp_path: Path) -> None:
    """trial10 P42: an assistant's answer copied with its ```markdown fence (and the chat lines around it) was
    'cannot tell this document's layout' with advice that led to an error. The fence and chat lines go; a bare
    fence of code whose comments end in '?' stays code."""
    from compiler.sources.chatcards import tidy

    page = (
        "Sure! Here are your flashcards:\n\n```markdown\n## What is osmosis?\nWater crossing a membrane.\n\n"
        "## What is diffusion?\nParticles spreading out.\n```\n\nLet me know if you want more!\n"
    )
    compiled = build(deck_of(tmp_path, {"chat.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert {i.question: i.answer_plain() for i in compiled.items} == {
        "What is osmosis?": "Water crossing a membrane.",
        "What is diffusion?": "Particles spreading out.",
    }
    code = "Here is the script:\n\n```\n# what does this print?\nprint(1)\n# and this?\nprint(2)\n```\n"
    assert tidy(code) == code
    assert tidy(page).count("\n") == page.count("\n")
