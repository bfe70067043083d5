"""`deckc lint` finds the holes stripped formulas left, and none once overrides apply."""

from __future__ import annotations

import shutil
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler.cli import main
from compiler.lint import CORROBORATION, RULES, find_holes, mask_math, text_holes
from compiler.model import Block, BlockKind, Item, Locator
from compiler.pipeline import compile_content

CONTENT = Path(__file__).resolve().parent.parent / "content"
GRILL = "sources/regularization-interview-grill.txt"

# Holes per line of the untouched grill, read line by line (line 21's "divides
# L2's term" reads as grammatical prose and is restored without being flagged).
EXPECTED_GRILL_HOLES = {
    4: 1, 7: 3, 9: 2, 10: 1, 12: 4, 13: 2, 14: 1, 15: 2, 17: 2, 20: 2, 22: 1, 23: 3, 25: 2, 26: 4,
    28: 3, 35: 2, 36: 3, 39: 2, 42: 1, 44: 2, 47: 1, 52: 2, 53: 3, 54: 2, 58: 4,
}


@pytest.fixture(scope="module")
def untouched(tmp_path_factory: pytest.TempPathFactory) -> Path:
    content = tmp_path_factory.mktemp("untouched") / "content"
    shutil.copytree(CONTENT, content)
    (content / "overrides.toml").unlink()
    return content


def rules_hit(text: str) -> list[str]:
    """The rules that see an unambiguous hole in the text."""
    return [spot.rule for spot in text_holes(text) if not spot.weak]


def weak_signs(text: str) -> list[str]:
    return [spot.rule for spot in text_holes(text) if spot.weak]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("For squared error: . Bias = systematic error", "empty-slot"),
        ("Negative log gives , where", "empty-slot"),
        ("Why scale by ?", "empty-slot"),
        (". Quadratic penalty on weights.", "empty-slot"),
        ("Earlier and smaller models used –.", "empty-range"),
        ("– for hidden layers", "empty-range"),
        ("Log-scale grid ( to ) is standard.", "empty-range"),
        ("The subgradient of at 0", "missing-operand"),
        ("scale remaining by to preserve", "missing-operand"),
        ("Yes if is too high.", "missing-operand"),
        ("is the modern default.", "missing-subject"),
        ("Combines L1 and L2. controls mix.", "missing-subject"),
        ("For linear regression, is the closed-form solution.", "missing-subject"),
        ("SFT and DPO usually use or near-zero.", "missing-object"),
        ("Adds to the Hessian, shifting eigenvalues up.", "missing-object"),
        ("Should pick by validation.", "missing-object"),
        ("early stopping at time is approximately", "missing-symbol"),
        ("The noise scale controls this", "missing-symbol"),
    ],
)
def test_each_rule_finds_its_hole(text: str, rule: str) -> None:
    assert rules_hit(text) == [rule]


@pytest.mark.parametrize(
    "text",
    [
        "Regularization – Interview Cheat Sheet",
        "Typical dropout 0.1–0.5 for hidden layers.",
        "With or without dropout, the loss is lower by at least 2%.",
        "When to use L1, L2, Elastic Net?",
        "For SGD, are L2 and weight decay the same?",
        "L2 is differentiable (easy optimization), gives smooth solutions.",
        "Depth composes features hierarchically; can improve sample efficiency.",
        "Typical \\( \\varepsilon = 0.1 \\). Push logits to \\( \\pm\\infty \\).",
        "Why scale by \\( \\frac{1}{1-p} \\)?",
        "Grid (\\( 10^{-5} \\) to \\( 10^{-1} \\)) is standard.",
    ],
)
def test_prose_and_written_math_are_not_holes(text: str) -> None:
    assert text_holes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # sentences that read like the seeds' holes but are whole (from real pages nobody here wrote)
        "Under the rule of law, everyone, including the ruler, is subject to the law.",
        "The constant of integration, C, is added because the derivative loses it.",
        "The learning rate, if set poorly, can ruin training.",
        "Compiling from source takes long, is prone to failure, and needs a toolchain.",
        "The reason why static builds are harder to deal with is that nothing helps.",
        "Old workers will only be used and then stopped.",
        "It is designed for single-user use and does not scale.",
    ],
)
def test_whole_sentences_that_look_like_holes_are_not(text: str) -> None:
    assert text_holes(text) == []


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        # a space before punctuation after an ordinary word is a writing habit as often as a hole
        ("OLTP : online transaction processing.", ["empty-slot"]),
        ("Unique keys allow NULLs , primary keys do not.", ["empty-slot"]),
        ("Does the tool support proxies ?", ["empty-slot"]),
        ("Read the guide at https://example.org/ .", ["empty-slot"]),
    ],
)
def test_spacing_before_punctuation_after_a_word_is_only_a_weak_sign(text: str, signs: list[str]) -> None:
    assert rules_hit(text) == []
    assert weak_signs(text) == signs


def _item(file: str, line: int, question: str, answer: str) -> Item:
    return Item(
        source=file.split("/")[-1].split(".")[0],
        question=question,
        answer=[Block(kind=BlockKind.text, text=answer)],
        locator=Locator(file=file, line=line),
        original=f"{question} {answer}",
    )


def test_weak_signs_count_only_where_a_source_has_unambiguous_holes() -> None:
    spaced = [_item("sources/spaced.md", n, f"What is term {n} ?", f"Term {n} : a word.") for n in range(1, 6)]
    assert find_holes(spaced) == []  # ten weak signs, no hole: this writer spaces punctuation
    stripped = [_item("sources/stripped.txt", n, f"Why scale by ? {n}", "Equivalent to a prior .") for n in range(1, 4)]
    holes = find_holes(spaced + stripped)
    assert {h.file for h in holes} == {"sources/stripped.txt"}
    assert [h.rule for h in holes] == ["empty-slot"] * 6  # 3 holes + the 3 weak signs they corroborate
    assert len(stripped) == CORROBORATION
    assert len(find_holes(stripped[:2])) == 2  # too few holes to vouch for the weak signs


def test_math_is_masked_before_rules_run() -> None:
    assert mask_math("with \\( p \\); scale by $1/(1-p)$ and \\[ x^2 \\].") == "with X; scale by X and X."


def test_rule_names_are_unique_and_documented() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    doc = (CONTENT.parent / "docs" / "lint.md").read_text(encoding="utf-8")
    for name in names:
        assert f"`{name}`" in doc, f"docs/lint.md does not describe rule {name}"


def test_untouched_grill_has_55_holes_on_the_expected_lines(untouched: Path) -> None:
    holes = find_holes(compile_content(untouched).items)
    grill = [h for h in holes if h.file == GRILL]
    assert Counter(h.line for h in grill) == EXPECTED_GRILL_HOLES
    assert len(grill) == 55
    assert len(holes) == 55  # no false positives in the five other sources
    first = grill[0]
    assert (first.line, first.rule, first.item_id) == (4, "empty-slot", "grill/what-s-the-bias-variance-trade-off")
    assert first.context == "For squared error: ⟦.⟧ Bias = systematic error"


def test_lint_cli_reports_holes_with_file_line_and_words(untouched: Path) -> None:
    result = CliRunner().invoke(main, ["lint", str(untouched)])
    assert result.exit_code == 1
    assert f"{GRILL}:26: hole (empty-slot): …Why scale by ⟦?⟧… " in result.output
    assert 'item = "grill/why-scale-by"' in result.output
    assert f"in {untouched.as_posix()}/overrides.toml with item" in result.output  # the folder it was given
    assert "55 holes" in result.output


def test_overrides_leave_no_hole_in_the_real_content() -> None:
    result = CliRunner().invoke(main, ["lint", str(CONTENT)])
    assert result.exit_code == 0, result.output
    assert "0 holes" in result.output


def test_every_override_key_names_an_item_with_a_hole_or_a_repair() -> None:
    data = tomllib.loads((CONTENT / "overrides.toml").read_text(encoding="utf-8"))
    keys = {o["item"] for o in data["override"]}
    ids = {i.key for i in compile_content(CONTENT).items}
    assert keys <= ids
    assert len(keys) == len(data["override"])  # one override per item


PROGRAMMING_PROSE = """# JS

## How to check if an object is an array?

We need to know what kind of parameter is being passed: is it single value or list of values?

## What is the output of `bar()`?

The output will be :

```
bar
```

is equivalent to the call above.

## What does the ternary do?

Put the `.` at the end of `alt` tag; `!` once more will convert it, as the ternary `? :` operator does,
both aesthetics for mouse use and accessibility for keyboard use.
"""


def test_programming_prose_has_no_holes(tmp_path: Path) -> None:
    """trial6 F4: a colon before a question or a code block, inline code ('`? :`', '`!`'), a verb right
    after a code block and 'mouse use and' are ordinary writing on a programming page, not holes."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "js.md").write_text(PROGRAMMING_PROSE, encoding="utf-8")
    (content / "deck.toml").write_text(
        '[deck]\nname = "JS"\n\n[[source]]\nid = "js"\nfile = "sources/js.md"\nlayout = "markdown"\n', encoding="utf-8"
    )
    compiled = compile_content(content, now=1_000)
    assert len(compiled.items) == 3
    assert [str(h) for h in find_holes(compiled.items)] == []
    # the same words with the formula really gone are still holes
    assert rules_hit("The output will be : and then") == ["empty-slot"]
    assert rules_hit("For linear regression, is the closed form.") == ["missing-subject"]
