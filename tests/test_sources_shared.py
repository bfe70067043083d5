"""What the readers share: no reader imports another; one difficulty resolver; grouped messages."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from compiler.config import DifficultyRule, SourceConfig
from compiler.diagnostics import Diagnostic, Diagnostics, grouped
from compiler.model import Difficulty
from compiler.sources import readers
from compiler.sources.base import Document
from compiler.sources.difficulty import Levels, fold, guess, lookup, strip_invisible

SOURCES = Path(__file__).parent.parent / "compiler" / "sources"
SHARED = {"choices", "base", "lines", "blocks", "cloze", "difficulty", "suggest", "markdown_blocks", "patterns", "detect", "ids", "ankifields", "prompts", "directives", "subtopics", "word_keys", "hints", "dollars", "sr_clozes", "parts", "pdf_fronts", "sub_tasks", "item_meta", "paradigms", "term_lists", "item_starts", "damage", "command_pairs", "named_lines", "defined_bullets", "listed_topics", "comment_cards", "markua"}  # (markua: a Markua quiz block as the Markdown questions it holds, read by detection and the Markdown reader, sitting 54; comment_cards: cards marked with HTML comments, read by detection and the Markdown reader, sitting 46; listed_topics: questions listed up front and answered under topic headings, sitting 45; defined_bullets: a notes list of defined terms, sitting 43; named_lines: a bold name over its statement on one line, sitting 43; command_pairs: a cheat sheet's caption → command pairs, sitting 42; damage: an empty file or a zip cut short, said alike for every format, sitting 41; pdf_fronts: whether a front asks, shared since sitting 34; sub_tasks: a case's parts; item_meta: a template's metadata lines; paradigms: inflection grids, sitting 35; term_lists: bold terms over attribute lists, sitting 37; item_starts: where a typed item starts, sitting 39)


def test_no_reader_imports_another() -> None:
    reader_modules = {r.__class__.__module__.rsplit(".", 1)[1] for r in readers().values()}
    assert reader_modules, "readers are registered"
    for module in reader_modules:
        tree = ast.parse((SOURCES / f"{module}.py").read_text(encoding="utf-8"))
        imported = {
            node.module.rsplit(".", 1)[1]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("compiler.sources.")
        }
        assert imported <= SHARED, f"{module} imports {imported - SHARED}"


@pytest.mark.parametrize("label", ["⭐️", "⭐", "\u200d⭐️", "⭐\ufe0f\u200d", "\u200b⭐"])
def test_invisible_characters_are_never_part_of_a_label(label: str) -> None:
    rule = DifficultyRule.model_validate({"from": "label", "labels": {"⭐️": "medium"}})
    assert lookup(rule, label) is Difficulty.medium
    assert fold(label) == "⭐"


def test_strip_invisible_keeps_visible_text() -> None:
    assert strip_invisible("Easy\u200d") == "Easy"
    assert strip_invisible("a\u00adb") == "ab"
    assert strip_invisible("naïve ✓") == "naïve ✓"


def test_guess_is_only_a_suggestion() -> None:
    assert guess("👶") is Difficulty.easy
    assert guess("Advanced") is Difficulty.hard
    assert guess("⭐⭐") is Difficulty.medium
    assert guess("⭐⭐⭐⭐") is Difficulty.hard
    assert guess("🦄") is None


def _levels(rule: dict, text: str = "x") -> tuple[Levels, Diagnostics]:
    source = SourceConfig.model_validate({"id": "s", "file": "sources/s.md", "difficulty": rule})
    diag = Diagnostics()
    return Levels(source, Document("sources/s.md", text), diag), diag


def test_one_resolver_for_every_rule() -> None:
    levels, diag = _levels({"from": "label", "labels": {"Easy": "easy"}, "default": "medium"})
    assert levels.level("easy", "1", 1) is Difficulty.easy
    assert levels.level(None, "1", 1) is Difficulty.medium
    assert levels.level("\u200d", "1", 1) is Difficulty.medium  # nothing visible: no label
    levels, _ = _levels({"from": "ranges", "ranges": [[1, 2, "hard"]], "default": "easy"})
    assert [levels.level(None, n, 1) for n in ("1", "3", None)] == [Difficulty.hard, Difficulty.easy, Difficulty.easy]
    levels, _ = _levels({"from": "fixed", "default": "hard"})
    assert levels.level("Easy", "1", 1) is Difficulty.hard
    text = "1. a? b\nSelf-grading\nIf you can't answer 1-1, you are basic.\n"
    levels, diag = _levels({"from": "self-grading", "labels": {"basic": "easy"}}, text)
    assert levels.level(None, "1", 1) is Difficulty.easy
    assert diag.items == []


def test_unknown_labels_are_one_error_per_label_with_the_toml_to_add() -> None:
    levels, diag = _levels({"from": "label", "labels": {"👶": "easy"}})
    for line in range(1, 40):
        levels.level("🚀", str(line), line)
    levels.level("🦄", "40", 40)
    errors = grouped(diag.errors)
    assert len(errors) == 2
    text = str(errors[0])
    assert text.startswith("sources/s.md:1: error: unknown difficulty '🚀'")
    assert "[39 times; also at line 2, line 3, line 4, line 5 and 34 more]" in text
    assert 'difficulty = { from = "label", labels = { "👶" = "easy", "🚀" = "hard" } }' in text


def test_grouping_over_files_counts_per_file() -> None:
    """A problem that fills one document is not hidden behind another file's single occurrence."""
    diags = [Diagnostic("small.md", 3, "text outside any question", group="outside")]
    diags += [Diagnostic("big.md", n, "text outside any question", group="outside") for n in range(1, 8)]
    diags += [Diagnostic("mid.md", n, "text outside any question", group="outside") for n in range(1, 4)]
    (line,) = [str(d) for d in grouped(diags)]
    assert line.startswith("small.md:3: error: text outside any question [11 times; also at big.md:1")
    assert line.endswith("[per file: big.md 7, mid.md 3, small.md 1]")
    single = grouped([Diagnostic("a.md", 1, "x"), Diagnostic("a.md", 2, "x")])
    assert "per file" not in str(single[0])


def test_grouping_keeps_distinct_problems_apart() -> None:
    diags = [
        Diagnostic("a.md", 1, "question has no answer", "write it"),
        Diagnostic("a.md", 5, "question has no answer", "write it"),
        Diagnostic("b.md", 2, "question has no answer", "write it"),
        Diagnostic("a.md", 7, "something else"),
    ]
    out = grouped(diags)
    assert [str(d) for d in out] == [
        "a.md:1: error: question has no answer (write it) [3 times; also at line 5, b.md:2] [per file: a.md 2, b.md 1]",
        "a.md:7: error: something else",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Answer here", True), ("TODO", True), ("tbd.", True), ("…", True), ("**Answer here**", True),
     ("No.", False), (".", False), ("To do so, scale the weights.", False),
     # learner M12: ordinary words are answers unless written as a placeholder (capitals, brackets)
     ("to do", False), ("answer", False), ("placeholder", False), ("n/a", False), ("tk", False), ("To do", False),
     ("N/A", True), ("WIP", True), ("[answer]", True), ("Answer", True), ("todo", True)],
)
def test_placeholders(text: str, expected: bool) -> None:
    from compiler.sources.lines import is_placeholder

    assert is_placeholder(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("to do", False), ("Answer", False), ("todo", False), ("TODO", True), ("[answer]", True), ("Answer here", True),
     ("...", True)],
)
def test_placeholders_in_a_word_list_row(text: str, expected: bool) -> None:
    """A cell of a word list or an export ('hacer,to do', 'todo,everything' reversed): a lower-case or
    capitalised word is the answer itself."""
    from compiler.sources.lines import is_placeholder

    assert is_placeholder(text, row=True) is expected


def test_a_vocabulary_list_keeps_words_that_look_like_placeholders(tmp_path: Path) -> None:
    """learner M12: 'hacer,to do' / 'la respuesta,answer' were dropped as placeholders (3 of 5 cards)."""
    import json

    from conftest import deck_of

    from compiler.build import build

    rows = "spanish,english\nhacer,to do\nla respuesta,answer\nhablar,to speak\nel marcador,placeholder\nla tarea,TODO\n"
    content = deck_of(tmp_path, {"spanish.csv": rows})
    build(content, tmp_path / "b", formats=("json",), now=1_000)
    manifest = json.loads((tmp_path / "b" / "mine.json").read_text(encoding="utf-8"))
    assert sorted(n["fields"]["Answer"] for n in manifest["notes"]) == [
        "<p>answer</p>", "<p>placeholder</p>", "<p>to do</p>", "<p>to speak</p>"
    ]
    [skipped] = manifest["skipped"]
    assert skipped["skipped"] == "placeholder" and skipped["line"] == 6


def test_question_and_answer_labels() -> None:
    from compiler.sources.lines import has_question_label, strip_answer_label, strip_question_label

    assert strip_question_label("Q: What is x?") == "What is x?"
    assert strip_question_label("Question 3: Why?") == "Why?"
    assert strip_question_label("Quick: why?") == "Quick: why?"
    assert has_question_label("Q1. Explain x.") and not has_question_label("Queue: x")
    assert strip_answer_label("A: It is.") == "It is." and strip_answer_label("Answer 2: y") == "y"
    assert strip_answer_label("Apples: red") == "Apples: red"


def test_a_message_quoting_a_huge_run_stays_short() -> None:
    """trial9: an unclosed fence of 5,000 backticks printed a 10,214-character error line. A run of more
    than 120 characters without a space keeps its start and end; a message or hint is cut at 1,500."""
    from compiler.diagnostics import Diagnostic

    d = Diagnostic("a.md", 3, "code fence " + "`" * 5000 + " opened here is never closed", "close it with " + "`" * 5000)
    assert len(str(d)) < 300
    assert "`" * 60 + "…" + "`" * 20 + " opened here" in d.message
    assert Diagnostic("a.md", 1, "short `code` and https://example.com/a/b").message == "short `code` and https://example.com/a/b"
    prose = "word " * 1000
    assert len(Diagnostic("a.md", 1, prose).message) == 1500
