"""Declarative layouts: the presets (qa, numbered), a [source.pattern] of one's own, detection and its messages."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler.cli import main
from compiler.config import SourceConfig, load_config
from compiler.diagnostics import ContentError, Diagnostics
from compiler.model import BlockKind, Difficulty, Item
from compiler.read import read_sources
from compiler.sources import detect_layout, readers
from compiler.sources.base import Document

DATA = Path(__file__).parent / "data" / "issue9"


def read(text: str, layout: str | None = "qa", rel: str = "sources/doc.txt", **config: object) -> tuple[list[Item], Diagnostics]:
    source = SourceConfig.model_validate({"id": "doc", "file": rel, "layout": layout, **config})
    diag = Diagnostics()
    reader = readers()[layout or "pattern"]
    return reader.read(Document(rel, text), source, diag), diag


def content_with(tmp: Path, name: str, text: str, table: str = "") -> Path:
    content = tmp / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / name).write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n{table}', encoding="utf-8")
    return content


def read_content(content: Path) -> tuple[list[Item], Diagnostics]:
    diag = Diagnostics()
    _, items, _ = read_sources(content, load_config(content), diag)
    return items, diag


# --- qa: Q: / A: ----------------------------------------------------------------


def test_flashcard_export_builds_without_config_and_names_the_layout(tmp_path: Path) -> None:
    text = (DATA / "flashcards-export.txt").read_text(encoding="utf-8")
    content = content_with(tmp_path, "export.txt", text)
    items, diag = read_content(content)
    assert len(items) == 16
    assert items[0].question == "What is overfitting?"
    assert items[0].answer_plain() == "The model fits noise in the training data and does worse on new data."
    assert items[0].locator.line == 4
    assert not diag.errors
    [warning] = diag.warnings
    text = str(warning)
    assert "read as layout 'qa' (16 items)" in text
    assert 'layout = "qa"' in text and "[[source]]" in text and 'file = "sources/export.txt"' in text
    # the suggested table, pasted, builds with no warning at all
    table = warning.snippet + "\n"
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n\n{table}', encoding="utf-8")
    items, diag = read_content(content)
    assert len(items) == 16 and diag.items == []


def test_flashcard_export_builds_end_to_end(tmp_path: Path) -> None:
    content = content_with(tmp_path, "export.txt", (DATA / "flashcards-export.txt").read_text(encoding="utf-8"))
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out"), "--only", "json"])
    assert result.exit_code == 0, result.output
    assert "wrote 16 notes" in result.output


@pytest.mark.parametrize(
    ("text", "questions"),
    [
        ("Q: What is x?\nA: x.\nQ: What is y?\nA: y.\n", ["What is x?", "What is y?"]),
        ("Q1. What is x?\nA1: x.\n\nQ2. What is y?\nA2: y.\n", ["What is x?", "What is y?"]),
        ("Question: What is x?\nAnswer: x.\nQuestion: What is y?\nAnswer: y.\n", ["What is x?", "What is y?"]),
        ("Question 3:\nWhat is x,\nreally?\nAnswer: x.\n\nQuestion 4: What is y?\nAnswer:\ny.\n", ["What is x, really?", "What is y?"]),
    ],
)
def test_qa_shapes(text: str, questions: list[str]) -> None:
    items, diag = read(text)
    assert [i.question for i in items] == questions
    assert [i.answer_plain() for i in items] == ["x.", "y."]
    assert diag.items == []


def test_a_missing_answer_is_reported_not_swallowed() -> None:
    text = "Q: What is x?\nQ: What is y?\nA: y.\n" + "".join(f"more question text {n}\n" for n in range(8))
    items, diag = read("Q: What is a?\n" + "".join(f"line {n}\n" for n in range(8)) + "A: a.\n")
    assert items[0].question.startswith("What is a? line 0")
    assert any("question runs over 9 lines" in d.message for d in diag.warnings)
    items, diag = read(text)
    assert [(i.question, i.skip) for i in items] == [("What is x?", "no answer"), ("What is y?", "")]
    assert [d.line for d in diag.warnings if "no answer" in d.message] == [1]


# --- numbered -----------------------------------------------------------------


def test_numbered_shapes() -> None:
    text = (
        "Quiz\n\n"
        "1. What is x?\n   It is x.\n\n"
        "2) Which of these apply? (Check all that apply.)\n   - a\n   - b\n\n"
        "Q3. What is z? z, on the same line.\n"
        "4. The dev and test set should:\n   come from one distribution\n"
    )
    items, diag = read(text, "numbered")
    assert [i.number for i in items] == ["1", "2", "3", "4"]
    assert [i.question for i in items] == [
        "What is x?",
        "Which of these apply? (Check all that apply.)",
        "What is z?",
        "The dev and test set should:",
    ]
    assert items[2].answer_plain() == "z, on the same line."
    assert diag.items == []


def test_numbered_list_inside_an_answer_stays_in_the_answer() -> None:
    text = "1. How do you tune it?\nSteps:\n1. pick a grid\n2. validate\n\n2. What next?\nShip it.\n"
    items, diag = read(text, "numbered")
    assert [i.question for i in items] == ["How do you tune it?", "What next?"]
    assert "pick a grid" in items[0].answer_plain() and "validate" in items[0].answer_plain()
    assert diag.items == []


def test_numbering_that_jumps_is_a_warning() -> None:
    items, diag = read("1. What is a?\nA.\n3. What is c?\nC.\n", "numbered")
    assert [i.question for i in items] == ["What is a?"]
    [warning] = diag.warnings
    assert warning.line == 3 and "inside the answer of the item at line 1" in warning.message


def test_numbered_markdown_with_bold_numbers_sections_and_fences() -> None:
    text = (
        "# Tasks\n\n## SQL\n\n**1)** The number of active ads.\n\n```sql\n# not a heading\nSELECT 1;\n```\n\n"
        "## Python\n\n**1) FizzBuzz.** Print numbers from 1 to 100\n\n```python\nprint(1)\n```\n"
    )
    items, diag = read(text, "numbered", rel="sources/tasks.md")
    assert [(i.question, i.section) for i in items] == [
        ("The number of active ads.", ["SQL"]),  # '# Tasks', the page's title, is no section
        ("FizzBuzz. Print numbers from 1 to 100", ["Python"]),
    ]
    assert [b.kind for b in items[0].answer] == [BlockKind.code]
    assert items[0].answer[0].text == "# not a heading\nSELECT 1;"
    assert diag.items == []


# --- a layout of one's own ------------------------------------------------------

GERMAN = """Lernkarten Regularisierung
Stand: 2026

== Grundlagen ==
Frage 1: Was ist Overfitting? (leicht)
Antwort: Das Modell lernt das Rauschen mit.
Seite 1
Frage 2: Was ist Dropout? (mittel)
Antwort: Zufälliges Abschalten von Einheiten.

== Extras ==
Frage 3: Was ist Mixup? (schwer)
Antwort: Lineare Mischungen von Beispielen.
Zusammenfassung
alles oben
"""

GERMAN_TABLE = r"""
[[source]]
id = "karten"
file = "sources/karten.txt"
title = "Lernkarten"
difficulty = { from = "label", labels = { leicht = "easy", mittel = "medium", schwer = "hard" } }
[source.pattern]
item = '^Frage (?P<number>\d+):\s*(?P<question>.*)$'
answer = '^Antwort:\s*(?P<answer>.*)$'
section = '^== (?P<section>.*) ==$'
level = '\s*\((?P<level>\w+)\)$'
skip = ['^Seite \d+$']
stop = ['^Zusammenfassung$']
"""


def test_a_pattern_of_ones_own(tmp_path: Path) -> None:
    items, diag = read_content(content_with(tmp_path, "karten.txt", GERMAN, GERMAN_TABLE))
    assert diag.items == []
    assert [(i.number, i.question, i.difficulty, i.section) for i in items] == [
        ("1", "Was ist Overfitting?", Difficulty.easy, ["Grundlagen"]),
        ("2", "Was ist Dropout?", Difficulty.medium, ["Grundlagen"]),
        ("3", "Was ist Mixup?", Difficulty.hard, ["Extras"]),
    ]
    assert items[0].answer_plain() == "Das Modell lernt das Rauschen mit."  # 'Seite 1' skipped
    assert items[2].answer_plain() == "Lineare Mischungen von Beispielen."  # the summary stopped the items
    assert [i.item_id for i in items] == ["karten/was-ist-overfitting", "karten/was-ist-dropout", "karten/was-ist-mixup"]


def test_a_document_no_preset_fits_is_read_with_a_guessed_pattern_shown_to_paste(tmp_path: Path) -> None:
    """No preset reads 'Problem N.' / 'Solution:': the pattern guessed from how the lines start reads it
    cleanly, so it is used, and the warning shows it in the table to paste (which reads the same)."""
    text = "".join(f"Problem {n}. Question number {n}?\nSolution: Answer {n}.\n\n" for n in range(1, 6))
    content = content_with(tmp_path, "probs.txt", "Notes\n\n" + text)
    items, diag = read_content(content)
    assert not diag.errors
    [warning] = diag.warnings
    assert "read as layout 'pattern' (5 items; a [source.pattern] guessed" in warning.message
    assert "[source.pattern]" in warning.snippet and "Solution" in warning.snippet
    assert [i.question for i in items] == [f"Question number {n}?" for n in range(1, 6)]
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n\n{warning.snippet}\n', encoding="utf-8")
    again, diag = read_content(content)
    assert not diag.items, diag.items
    assert [(i.question, i.answer_plain()) for i in again] == [(f"Question number {n}?", f"Answer {n}.") for n in range(1, 6)]


@pytest.mark.parametrize(
    ("pattern", "needle"),
    [
        ("item = '^Q:(?P<q>.*)$'", "unknown named group q"),
        ("item = '^Q:(?P<question>.*'", "not a valid regular expression"),
        ("item = '.*'", "matches an empty line"),
        ("itme = '^Q:'", "unknown key 'itme'"),
    ],
)
def test_bad_patterns_are_config_errors(tmp_path: Path, pattern: str, needle: str) -> None:
    table = f'\n[[source]]\nid = "d"\nfile = "sources/d.txt"\n[source.pattern]\n{pattern}\n'
    content = content_with(tmp_path, "d.txt", "Q: x?\nA: y\n", table)
    with pytest.raises(ContentError) as exc:
        load_config(content)
    assert needle in str(exc.value)


def test_pattern_with_a_bespoke_layout_is_an_error(tmp_path: Path) -> None:
    table = '\n[[source]]\nid = "d"\nfile = "sources/d.txt"\nlayout = "grill"\n[source.pattern]\nitem = \'^Q:\'\n'
    _items, diag = read_content(content_with(tmp_path, "d.txt", "Q: x?\nA: y\n", table))
    assert any("only applies to declarative layouts" in d.message for d in diag.errors)


# --- no silent garbage ----------------------------------------------------------


def test_a_layout_that_reads_the_document_as_one_card_is_reported(tmp_path: Path) -> None:
    table = '\n[[source]]\nid = "exp"\nfile = "sources/export.txt"\nlayout = "article"\n'
    content = content_with(tmp_path, "export.txt", (DATA / "flashcards-export.txt").read_text(encoding="utf-8"), table)
    _items, diag = read_content(content)
    # (since learner L22 its 'Level: mixed. Tags: …' line, two sentences, is no heading: the article reads nothing,
    # an error; before, that line headed one item holding the whole export, the 'does not seem to fit' warning)
    assert any("does not seem to fit" in d.message or "no items found with the 'article' layout" in d.message for d in diag.items), diag.items
    assert all(d.group == "article-intro" for d in diag.warnings if "before the first heading" in d.message)  # (printed once, counted)


def test_most_of_the_document_before_the_first_item_is_reported() -> None:
    text = "".join(f"Intro line {n}.\n" for n in range(30)) + "Q: What?\nA: That.\n"
    items, diag = read(text)
    assert len(items) == 1
    assert any("30 of 32 lines come before the first item" in d.message for d in diag.warnings)


def test_text_between_items_is_a_warning_with_its_line() -> None:
    items, diag = read("# One\nQ: a?\nA: b\n# Two\nstray words\nQ: c?\nA: d\n", rel="sources/doc.md")
    assert [i.section for i in items] == [["One"], ["Two"]]
    [warning] = diag.warnings
    assert warning.line == 5 and "not in any card" in warning.message


def test_detection_of_the_seed_and_preset_shapes() -> None:
    def layout(rel: str, text: str) -> str | None:
        found = detect_layout(Document(rel, text))
        return found.layout if found else None

    assert layout("sources/a.txt", "T\n" + "".join(f"Q: q{n}?\nA: a{n}\n" for n in range(4))) == "qa"
    assert layout("sources/a.md", "# T\n\n" + "".join(f"{n}. q{n}?\n\n    - a{n}\n\n" for n in range(1, 6))) == "numbered"
    assert layout("sources/a.md", "# T\n\n## What is x?\n\nx.\n\n## What is y?\n\ny.\n") == "markdown"
    assert layout("sources/a.txt", "Just prose.\nNothing to ask.\n") is None


def test_start_dotted_numbers_and_wrapped_prose() -> None:
    text = (
        "FAQ\n\n 1. Basics\n  1.1 What is it?\n  1.2 Who makes it?\n\n"
        "=====\n\n1. Basics\n\n  1.1 What is it?\n\n"
        "  It is a tool that does a great many things for a great many people,\n"
        "  and this sentence was wrapped by the author's editor at seventy columns.\n\n"
        "  1.2 Who makes it?\n\n  Volunteers; see\n  4.12 and the THANKS file.\n\n"
        "2. More\n\n  2.2 Is 2.1 missing?\n\n  Yes.\n"
    )
    items, diag = read(
        text,
        "pattern",
        pattern={"start": "^=+$", "item": r"^ {1,3}(?P<number>\d+\.\d+) +(?P<question>\S.*)$",
                 "section": r"^ ?(?P<section>\d+\. .*)$", "sequence": True},
    )
    assert [(i.number, i.question, i.section) for i in items] == [
        ("1.1", "What is it?", ["1. Basics"]),
        ("1.2", "Who makes it?", ["1. Basics"]),
        ("2.2", "Is 2.1 missing?", ["2. More"]),
    ]
    assert items[0].answer[0].text.startswith("It is a tool that does a great many things for a great many people, and this")
    assert "4.12 and the THANKS file" in items[1].answer_plain()
    assert [d.line for d in diag.warnings] == [19]  # 4.12 looks like an item: said, not obeyed


def test_markdown_answers_keep_their_shape() -> None:
    text = (
        "9. What is state?\n\n    State is data.\n\n"
        "10. ### What are props?\n\n    _Props_ are inputs.\n\n    1. one\n    2. two\n\n"
        "Text at column 0 goes on.\n\n"
        "11. Which are true?\n\n    - [x] Props are read-only\n    - [ ] State is global\n"
    )
    items, diag = read(text, "pattern", rel="sources/r.md", pattern={"item": r"^(?P<number>\d+)\.\s+(?:###\s+)?(?P<question>.+)$", "sequence": True})
    assert [i.number for i in items] == ["9", "10", "11"] and not diag.errors
    props = "\n".join(b.text for b in items[1].answer)
    assert "<p><em>Props</em> are inputs.</p>" in props and "<li>two</li>" in props and "<code>" not in props
    assert "Text at column 0 goes on." in props
    # one box checked: a multiple-choice item whose correct option is the checked one
    assert [(c.label, c.text) for c in items[2].choices] == [("A", "Props are read-only"), ("B", "State is global")]
    assert items[2].correct == "A" and items[2].answer == []


def test_unusual_spaces_are_squashed_in_questions() -> None:
    items, _ = read("Q: Options \u200a—\u200a which?\u2003\nA: Both.\n")
    assert items[0].question == "Options — which?"


def test_wrapped_prose_starting_with_a_keyword_is_not_code() -> None:
    text = (
        "Q: How do I fetch many files?\nA:\n"
        "  libcurl has excellent support for transferring multiple files. You should\n"
        "  just repeatedly set new URLs with curl_easy_setopt() and then transfer it\n"
        "  with curl_easy_perform(). The handle you get from curl_easy_init() is not\n"
        "  only reusable.\n"
    )
    items, _ = read(text)
    assert [b.kind for b in items[0].answer] == [BlockKind.text]
    assert "transfer it with curl_easy_perform(). The handle" in items[0].answer[0].text


def test_page_navigation_links_are_not_answer_text() -> None:
    from compiler.sources.markdown import MarkdownReader

    source = SourceConfig(id="d", file="sources/d.md", layout="markdown")
    text = (
        "## What is x?\n\nX is [a thing](https://example.org).\n\n---\n\n"
        "[⬆️ Back to Top](#table-of-contents) | [🏠 Back to Main Index](./README.md)\n\n"
        "**[⬆ Back to Top](#table-of-contents)**\n"
    )
    items = MarkdownReader().read(Document("sources/d.md", text), source, Diagnostics())
    html = "\n".join(b.text for b in items[0].answer)
    assert "Back to" not in html and 'href="https://example.org"' in html


def test_a_repeated_table_of_contents_gets_a_start_in_the_suggested_pattern(tmp_path: Path) -> None:
    questions = ["What is it?", "Who makes it?", "Why is it free?", "Where is it?"]
    toc = " 1. Basics\n" + "".join(f"  1.{n} {q}\n" for n, q in enumerate(questions, 1))
    body = "1. Basics\n\n" + "".join(f"  1.{n} {q}\n\n  Because {n}.\n\n" for n, q in enumerate(questions, 1))
    content = content_with(tmp_path, "faq.txt", f"FAQ\n\n{toc}\n==========\n\n{body}")
    items, diag = read_content(content)
    [warning] = diag.warnings
    assert "start = '^={3,}$'" in warning.snippet and "(?P<number>\\d+(?:\\.\\d+)+)" in warning.snippet
    expected = [(f"1.{n}", q, f"Because {n}.") for n, q in enumerate(questions, 1)]
    assert [(i.number, i.question, i.answer_plain()) for i in items] == expected
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n\n{warning.snippet}\n', encoding="utf-8")
    items, diag = read_content(content)
    assert not diag.errors
    assert [(i.number, i.question, i.answer_plain()) for i in items] == expected
    assert items[0].section == ["1. Basics"]


def test_code_indented_under_a_plain_text_answer_is_one_code_block() -> None:
    """A plain-text FAQ sets code off with a blank line and a deeper indent: one code block, blank lines
    inside kept; an indented paragraph of prose or a sub-entry stays text."""
    text = (
        "  1.1 How do I follow redirects?\n\n"
        "  Use the location option. As in:\n\n"
        "     curl -L https://example.com\n\n"
        "  Not all redirects are HTTP ones.\n\n"
        "  1.2 How do I keep data in memory?\n\n"
        "  Pass a pointer to the callback:\n\n"
        "        /* a struct */\n"
        "        struct Memory {\n"
        "          char *data;\n"
        "        };\n\n"
        "        size_t\n"
        "        callback(void *ptr, size_t size)\n"
        "        {\n"
        "          return size;\n"
        "        }\n\n"
        "    1.2.1 A note\n\n"
        "    The callback may be called many times for one transfer.\n"
    )
    items, _ = read(text, "pattern", pattern={"item": r"^ {1,3}(?P<number>\d+\.\d+) +(?P<question>\S.*)$", "format": "text"})
    redirect, memory = items
    assert [b.kind for b in redirect.answer] == [BlockKind.text, BlockKind.code, BlockKind.text]
    assert redirect.answer[1].text == "curl -L https://example.com"
    kinds = [b.kind for b in memory.answer]
    assert kinds[:2] == [BlockKind.text, BlockKind.code] and BlockKind.code not in kinds[2:]
    assert memory.answer[1].text.startswith("/* a struct */\nstruct Memory {\n  char *data;\n};\n\nsize_t\ncallback(")
    assert "many times for one transfer" in memory.answer_plain()


def test_a_heading_swallowed_by_a_same_line_answer_is_reported() -> None:
    """Table rows as items: the text under a later heading would run into the last row's answer; said with its line."""
    text = (
        "| Question | Answer |\n|---|---|\n| What is 2+2? | 4 |\n| What is 3+3? | 6 |\n\n"
        "## Definitions\n\nSum\n: the result of adding.\n"
    )
    pattern = {"start": r"^\|\s*-", "item": r"^\|\s*(?P<question>[^|]+\?)\s*\|\s*(?P<answer>[^|]+?)\s*\|\s*$"}
    items, diag = read(text, "pattern", rel="sources/t.md", pattern=pattern)
    assert [i.question for i in items] == ["What is 2+2?", "What is 3+3?"]
    [warning] = diag.warnings
    assert warning.line == 6 and "heading inside the answer of the item at line 4" in warning.message


def test_a_hard_wrapped_markdown_question_is_joined_not_cut() -> None:
    """A numbered question wrapped onto the next line of its paragraph keeps that line (no invented '?')."""
    text = (
        "1. Which of these is the most likely inference from the table, using data from\n"
        "   the five years shown?\n"
        "    1. Spending rose\n    2. **Spending fell**\n    3. Nothing changed\n\n"
        "2. What is a census\n\n    A count of a whole population.\n\n"
        "3. What is a sample?\n   A part of the population.\n"
    )
    items, diag = read(text, "numbered", rel="sources/w.md")
    assert [i.question for i in items] == [
        "Which of these is the most likely inference from the table, using data from the five years shown?",
        "What is a census?",
        "What is a sample?",
    ]
    assert items[0].correct == "B" and not diag.warnings
    assert items[2].answer_plain() == "A part of the population."
