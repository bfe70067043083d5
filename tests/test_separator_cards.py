"""Flashcards whose '?' separator is a paragraph of its own (trial9 T8, the Markdown Flashcards convention: a rule,
the front, a blank line, '?', a blank line, the back): every front was '?' and the next card's front was glued onto
each back."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.sources.lines import glue_separators


def test_the_separator_paragraph_is_glued_to_its_front_and_back() -> None:
    lines = ["___", "Capital of Norway", "", "?", "", "Oslo", "---", "next"]
    assert glue_separators(lines) == ["___", "Capital of Norway", "?", "Oslo", "", "", "---", "next"]
    assert glue_separators(["```", "a", "", "?", "", "b", "```"]) == ["```", "a", "", "?", "", "b", "```"]  # code
    assert glue_separators(["## Title", "", "?", "", "b"]) == ["## Title", "", "?", "", "b"]  # a heading: no front


def test_separator_paragraph_cards(tmp_path: Path) -> None:
    result = build(drop_in(tmp_path, "separator-paragraphs.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.locator.line, i.question, " ".join(i.answer_plain().split())) for i in result.compiled.items] == [
        (4, "Capital of Portugal", "Lisbon"),
        (10, "Capital of Norway", "Oslo"),
        (18, "What does pivot_longer do?", "Turns columns into rows. It is the inverse of pivot_wider."),
    ]
    assert not result.compiled.diagnostics.warnings or all("not listed" in w.message for w in result.compiled.diagnostics.warnings)


def test_neuracache_one_line_cards(tmp_path: Path) -> None:
    """'Q? : A ⚡️ #tag' lines were one card named after the file, the whole page its back."""
    result = build(drop_in(tmp_path, "spark-cards.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.question, i.answer_plain()) for i in result.compiled.items] == [
        ("What is the boiling point of water at sea level?", "100 °C"),
        ("How many bones does an adult have?", "206"),
        ("Which organ makes insulin?", "the pancreas"),
    ]


def test_separator_cards_with_code_backs_and_picture_fronts(tmp_path: Path) -> None:
    """trial9 T8 rest: a back that is a code block gave the front '?' and took the next card's front; a front of
    two paragraphs since the rule above (text, then an audio tag) was cut to its last one."""
    result = build(drop_in(tmp_path, "separator-code-backs.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.question, " ".join(i.answer_plain().split())) for i in result.compiled.items] == [
        ("Headers with prefix style.", "# H1 (title) ## H2 (section)"),
        ("Headers with underline style.", "H1 (title) =========="),
        ("Audio file in the same folder.", "Markdown does not define audio; use the inline HTML &lt;audio&gt; tag."),
    ]


def test_cards_tagged_on_their_front_line(tmp_path: Path) -> None:
    """trial9 T8 rest: 'front #flashcard' over its back (NeuraCache), 'front #card' (flashcards-obsidian), also as a
    heading, between '- - -' rules: the page was one note named after the file."""
    result = build(drop_in(tmp_path, "tagged-line-cards.md"), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.question, " ".join(i.answer_plain().split())) for i in result.compiled.items] == [
        ("Radii of stable orbits in the Bohr model", r"\[a_0 = \frac{\hbar^2}{m_e k e^2}\]"),
        ("What does TCP stand for?", "Transmission Control Protocol"),
        ("Which layer does IP belong to?", "The network layer."),
    ]
