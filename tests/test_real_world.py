"""Real-world Markdown builds unedited: a public Q&A page's quirks, with at most a [[source]] table."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from compiler.cli import main
from compiler.config import load_config
from compiler.diagnostics import Diagnostics
from compiler.model import Difficulty, Item
from compiler.pipeline import compile_content
from compiler.read import read_sources

DATA = Path(__file__).parent / "data" / "issue9"
TABLE = """
[[source]]
id = "page"
file = "sources/qa-page.md"
title = "ML interview questions"
layout = "markdown"
difficulty = { from = "label", labels = { "👶" = "easy", "⭐️" = "medium", "🚀" = "hard" } }
"""


def content(tmp: Path, table: str = TABLE) -> Path:
    root = tmp / "content"
    (root / "sources").mkdir(parents=True)
    shutil.copyfile(DATA / "qa-page.md", root / "sources" / "qa-page.md")
    (root / "deck.toml").write_text(f'[deck]\nname = "Page"\n{table}', encoding="utf-8")
    return root


def by_question(items: list[Item]) -> dict[str, list[Item]]:
    out: dict[str, list[Item]] = {}
    for item in items:
        out.setdefault(item.question, []).append(item)
    return out


def test_the_page_builds_unedited_with_one_source_table(tmp_path: Path) -> None:
    root = content(tmp_path)
    result = CliRunner().invoke(main, ["build", str(root), "-o", str(tmp_path / "out"), "--only", "json"])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "out" / "page.json").read_text(encoding="utf-8"))
    questions = [n["fields"]["Question"] for n in manifest["notes"]]
    items = [i["id"] for n in manifest["notes"] for i in n["items"]]
    # 10 questions; 2 placeholders are no cards; the same question twice is two items
    assert len(items) == len(set(items)) == 8, items
    assert "Precision-recall trade-off" in " ".join(questions)  # a bold line with a marker and no '?'
    out = result.output
    # warnings, each once with its count and lines
    assert out.count("placeholder answer") == 1 and "[2 times; also at line" in out
    assert "sanitizing" not in out  # <br/> lines are dropped silently
    assert out.count("text outside any question") == 1


def test_page_items(tmp_path: Path) -> None:
    root = content(tmp_path)
    compiled = compile_content(root)
    items = compiled.items
    assert not compiled.diagnostics.errors
    found = by_question(items)
    # ZWJ before the emoji is never part of the label
    assert found["What is the normal equation?"][0].difficulty is Difficulty.medium
    assert found["What is supervised machine learning?"][0].difficulty is Difficulty.easy
    # the bold line that asks nothing is a sub-heading, not glued to the previous answer
    precision = found["Precision-recall trade-off"][0]
    assert "Bias and variance" not in precision.answer_plain()
    assert found["What is overfitting?"][0].section == [  # the page's one H1 is its title, not a section
        "Supervised learning",
        "Bias and variance",
    ]
    # remote images: links by default, never an error
    normal = found["What is the normal equation?"][0]
    html = "\n".join(b.text for b in normal.answer)
    assert r"\(w=(X^TX)^{-1}X^Ty\)" in html  # a formula drawn by GitHub's render/math: its TeX (learner2 M4)
    assert '<a href="https://example.org/figures/normal.png">[image: normal equation figure]</a>' in html
    assert "<img" not in html
    # placeholders are no cards
    assert "Which regularization techniques do you know?" not in found
    assert "How do we select the right regularization parameters?" not in found


def test_ids_never_collide(tmp_path: Path) -> None:
    items = compile_content(content(tmp_path)).items
    ids = [i.item_id for i in items]
    assert len(ids) == len(set(ids))
    long = [i for i in items if i.question.startswith("What is the curse of dimensionality?")]
    assert len(long) == 2 and long[0].item_id != long[1].item_id
    assert long[0].item_id == "page/what-is-the-curse-of-dimensionality-why-do-we-care-about-it"
    assert long[1].item_id.startswith(long[0].item_id + "-")
    twice = [i for i in items if i.question == "What is overfitting?"]
    assert [i.item_id for i in twice] == ["page/what-is-overfitting", "page/what-is-overfitting-2"]
    assert twice[0].anchor != twice[1].anchor


def test_same_question_twice_is_a_warning_naming_both_lines(tmp_path: Path) -> None:
    diag = Diagnostics()
    root = content(tmp_path)
    read_sources(root, load_config(root), diag)
    [warning] = [d for d in diag.warnings if "same question" in d.message]
    assert "the same question as line 47" in warning.message and "page/what-is-overfitting-2" in warning.message


def test_an_explicit_id_equal_to_another_items_id_moves_that_item_aside(tmp_path: Path) -> None:
    """The explicit id wins (the reworded-question hint pins an old id that a twin may hold, learner
    L26); the other item gets an id of its own and a warning says which, so no key names two items."""
    root = content(tmp_path)
    (root / "overrides.toml").write_text(
        '[[override]]\nitem = "page/what-is-supervised-machine-learning"\nid = "page/what-is-overfitting"\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["build", str(root), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "qa-page.md:47: warning: its id 'page/what-is-overfitting' is the explicit id of the item at sources/qa-page.md:14" in result.output
    assert "this one gets the id 'page/what-is-overfitting-" in result.output
    ids = [n["id"] for n in json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))["notes"]]
    assert len(ids) == len(set(ids))


def test_unlisted_page_gets_its_labels_suggested(tmp_path: Path) -> None:
    root = content(tmp_path, table="")
    diag = Diagnostics()
    _, _items, _ = read_sources(root, load_config(root), diag)
    assert not diag.errors  # markers of an unlisted file are no errors
    [warning] = [d for d in diag.warnings if "not listed" in d.message]
    assert '"👶" = "easy"' in warning.snippet and '"⭐" = "medium"' in warning.snippet and '"🚀" = "hard"' in warning.snippet
    assert "[[source]]" in warning.snippet and 'layout = "markdown"' in warning.snippet


def test_remote_image_choices(tmp_path: Path) -> None:
    for choice, expected in (
        ("keep", '<img src="https://example.org/figures/normal.png" alt="normal equation figure">'),
        # (a formula drawn by a web service is its TeX whatever the choice: learner2 M4)
        ("drop", "least squares: \\(w=(X^TX)^{-1}X^Ty\\)</p>\n[image: normal equation figure]"),
    ):
        root = content(tmp_path / choice, TABLE + f'remote_images = "{choice}"\n')
        items = compile_content(root).items
        normal = by_question(items)["What is the normal equation?"][0]
        assert expected in "\n".join(b.text for b in normal.answer), choice
