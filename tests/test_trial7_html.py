"""trial7 findings assigned to the html helper: G13 (a file deck.toml does not name that gives no card
stops no build), G14 (a quiz whose answers section repeats each question with its key is one
multiple-choice card per question, its score table no card), G25 (footnotes on the card that cites
them), G26 (Obsidian embeds show what they embed)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import NEWUSER, drop_in, paste_table

from compiler.build import build
from compiler.diagnostics import ContentError
from compiler.model import ItemKind


def test_an_unlisted_file_that_gives_no_card_is_a_warning_and_the_rest_builds(tmp_path: Path) -> None:
    content = drop_in(tmp_path, "asking-section-list.md", "bold-qa.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and result.compiled.items  # bold-qa.md's cards are built
    [warning] = [w for w in result.compiled.diagnostics.warnings if "no card from this file" in w.message]
    assert warning.file == "sources/asking-section-list.md"
    assert "rename it #asking-section-list.md" in warning.hint
    assert not result.compiled.diagnostics.errors


def test_a_listed_file_that_gives_no_card_is_still_an_error(tmp_path: Path) -> None:
    table = '\n[[source]]\nid = "notes"\nfile = "sources/asking-section-list.md"\nlayout = "markdown"\n'
    content = drop_in(tmp_path, "asking-section-list.md", "bold-qa.md", table=table)
    with pytest.raises(ContentError) as exc:
        build(content, tmp_path / "build", formats=("json",), now=1_000)
    [error] = [d for d in exc.value.diagnostics if d.severity == "error"]
    assert error.file == "sources/asking-section-list.md" and "no items found" in error.message


def test_an_unlisted_file_whose_notes_are_published_and_now_gives_none_is_an_error(tmp_path: Path) -> None:
    content = drop_in(tmp_path, "bold-qa.md")
    page = content / "sources" / "notes.md"
    page.write_text("## What is a stack?\n\nLast in, first out.\n\n## What is a queue?\n\nFirst in, first out.\n", encoding="utf-8")
    assert build(content, tmp_path / "build", formats=("json",), now=1_000).compiled is not None
    page.write_text((Path(__file__).parent / "data" / "newuser" / "asking-section-list.md").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(ContentError) as exc:
        build(content, tmp_path / "build", formats=("json",), now=2_000)
    [error] = [d for d in exc.value.diagnostics if d.severity == "error"]
    assert error.file == "sources/notes.md" and "building would retire them all" in error.message


def test_a_quiz_keyed_in_its_answers_section_is_multiple_choice(tmp_path: Path) -> None:
    content = drop_in(tmp_path, "quiz-answers-section.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.question, i.kind, i.correct) for i in items] == [
        ("Which command records staged changes?", ItemKind.multiple_choice, "B"),
        ("What does `git fetch` do?", ItemKind.multiple_choice, "C"),
    ]
    assert [c.text for c in items[0].choices] == ["git add", "git commit", "git push", "git fetch"]
    assert items[0].answer_plain().startswith("Explanation:")  # the repeat's explanation is the back
    assert items[0].locator.line == 5  # the question's first asking
    skipped = result.compiled.deck.skipped
    assert [(i.question, i.skip) for i in skipped] == [
        ("2 correct", "score table"),
        ("1 correct", "score table"),
        ("0 correct", "score table"),
    ]
    [named] = [w for w in result.compiled.diagnostics.warnings if "not listed in deck.toml" in w.message]
    totals = paste_table(content, named.snippet, tmp_path / "build")
    assert totals == {"new": 0, "updated": 0, "unchanged": 2, "retired": 0}


def test_footnotes_are_numbered_on_the_card_that_cites_them(tmp_path: Path) -> None:
    """trial7 G25: '[^rel]' markers are superscript numbers and the notes a card cites end that card;
    no definition is text of another answer (they all landed on the page's last card)."""
    content = drop_in(tmp_path, "footnotes.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    answers = {i.question: "".join(b.text for b in i.answer) for i in result.compiled.items}
    tcp = answers["What does TCP add over IP?"]
    assert "delivery<sup>1</sup>" in tcp and '<ol class="footnotes"><li>Reliability means lost segments are sent again.</li></ol>' in tcp
    udp = answers["What is UDP used for?"]
    assert "DNS<sup>1</sup>" in udp and "streaming<sup>2</sup>" in udp
    assert "<li>DNS answers fit in one datagram, so a lost one is simply asked again.</li><li>Reliability" in udp
    assert answers["What is a port?"] == "<p>A number naming one endpoint on a host.</p>"


def test_obsidian_embeds_show_the_section_or_block_they_name(tmp_path: Path) -> None:
    """trial7 G26: an answer that is '![[Note#Heading]]' or '![[Note#^block]]' is that text; a heading that
    is not there is a warning naming the line; block ids are no text."""
    content = tmp_path / "content"
    shutil.copytree(NEWUSER / "embeds", content / "sources" / "vault")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    answers = {i.question: i.answer_plain() for i in result.compiled.items if i.source.endswith("cache-cards")}
    back = answers["What is the idea of a write-back cache?"]  # (its two paragraphs on one line, joined by <br>)
    assert back.startswith("Writes go to the cache only; memory is updated later.") and back.endswith("The line is marked dirty until then.")
    assert answers["When is a dirty line written to memory?"] == "A dirty line is written to memory when it is evicted."
    [missing] = [w for w in result.compiled.diagnostics.warnings if "embeds" in w.message or "has no heading" in w.message]
    assert missing.file == "sources/vault/Cache cards.md" and missing.line == 13
    assert "'Write-around'" in missing.message
    everything = json.dumps([i.answer_plain() for i in result.compiled.items])
    assert "^evict" not in everything


def test_an_exam_numbering_its_questions_in_headings_is_keyed_by_its_answer_key(tmp_path: Path) -> None:
    """trial7 G33: '### Question N' over the question, its options, and '## Answer Key' at the end: each
    is its question, keyed (a letter, a true/false option, an open answer); the key and 'Scoring' are no card."""
    content = drop_in(tmp_path, "exam-numbered-headings.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.question, i.kind, i.correct) for i in items] == [
        ("Which command shows the commits of the current branch?", ItemKind.multiple_choice, "B"),
        ("What does a merge conflict mean?", ItemKind.multiple_choice, "B"),
        ("A commit can be changed after it was pushed without affecting others.", ItemKind.multiple_choice, "B"),
        ("Name the command that creates a new branch and switches to it.", ItemKind.basic, None),
    ]
    assert [c.text for c in items[2].choices] == ["True", "False"]
    assert items[3].answer_plain() == "git switch -c"
    assert items[0].locator.line == 5 and items[0].number == "1"
    assert [(i.question, i.skip) for i in result.compiled.deck.skipped] == [("Answer Key", "answer key"), ("Scoring", "score table")]
