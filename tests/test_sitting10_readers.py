"""Tenth sitting, readers (Markdown structure): each finding on a small document written here from the shape of
the page that showed it (tests/data/newuser/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.model import Item, ItemKind


def _build(tmp_path: Path, *names: str, table: str = "") -> tuple[list[Item], list[str]]:
    content = drop_in(tmp_path, *names, table=table)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled.items, [str(d) for d in result.compiled.diagnostics.warnings]


def _skipped(tmp_path: Path) -> list[tuple[int, str, str]]:
    manifest = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))
    return [(s["line"], s["question"], s["skipped"]) for s in manifest["skipped"]]


def test_a_mkdocs_question_bank_is_multiple_choice_past_question_99(tmp_path: Path) -> None:
    """trial11 P1/P2 (a 900-question AWS bank written for MkDocs): '99.  Which …?' / '100. Which …?' over options
    indented four spaces ('    - A. EC2') and an indented '<details markdown=1>' toggle 'Correct answer: B'. From
    question 100 on, CommonMark left the options and the toggle out of the entry (its text starts at column 5):
    797 of 897 questions gave no card; before 100 each was a basic card with the options on its back. One entry
    cut short at the end ('108. What is the concept of ') lost the whole list. Now every question is multiple
    choice with its key, '(Choose TWO)' stays on the front with both options right, and the cut entry is a
    question without answer, listed as skipped."""
    items, warnings = _build(tmp_path, "mkdocs-bank.md")
    cards = [i for i in items if not i.skip]
    assert len(cards) == 10
    assert all(i.kind is ItemKind.multiple_choice for i in cards)
    assert [(i.question, i.correct) for i in cards[1:4]] == [
        ("Which service runs virtual machines?", "A"),
        ("Which service is a managed relational database?", "C"),
        ("Which services deliver messages between parts of an application? (Choose TWO)", "A,B"),
    ]
    assert [c.text for c in cards[2].choices] == ["DynamoDB", "S3", "RDS", "SNS"]
    assert "RDS runs SQL engines for you." in " ".join(b.plain() for b in cards[2].answer)
    assert _skipped(tmp_path) == [(114, "What is the concept of", "no answer")]
    assert not any("outside any" in w for w in warnings), warnings


def test_logseq_cards_tagged_first_beside_empty_blocks(tmp_path: Path) -> None:
    """trial11 P6/P9 (a Logseq FAQ page): '- #card How to add paragraph' blocks (the tag before the text) under the
    bare '-' block Logseq keeps at the top of a page gave no card ('no items found'): the empty entry made the list
    an ordinary one; the empty '-' blocks at a page's end were empty bullets on the last back. An empty entry is no
    text: every tagged block is a card, its nested block the answer, its review properties dropped."""
    items, warnings = _build(tmp_path, "logseq-tag-first.md")
    assert [(i.question, " ".join(b.plain() for b in i.answer).strip()) for i in items] == [
        ("What does the ribosome make", "proteins, from the messenger RNA"),
        ("What is osmosis", "water moving across a membrane towards the higher solute concentration"),
        ("The nucleus holds the DNA.", "yes, in eukaryotes"),
        ("What does DNA polymerase do?", "copies DNA, strand by strand"),
    ]
    assert items[-1].section == ["Genetics"]  # ('- ## Genetics': a block written as a heading names the section)
    assert all("<li></li>" not in b.text for i in items for b in i.answer)
    assert not any("outside any" in w for w in warnings), warnings
