"""`deckc lint` finds the holes stripped formulas left, and none once overrides apply."""

from __future__ import annotations

import shutil
import tomllib
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler.cli import main
from compiler.lint import RULES, find_holes, mask_math, text_holes
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
    return [name for name, _ in text_holes(text)]


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
    assert rules_hit(text) == []


def test_math_is_masked_before_rules_run() -> None:
    assert mask_math("with \\( p \\); scale by $1/(1-p)$ and \\[ x^2 \\].") == "with X; scale by X and X."


def test_rule_names_are_unique_and_documented() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    readme = (CONTENT.parent / "README.md").read_text(encoding="utf-8")
    for name in names:
        assert f"`{name}`" in readme, f"README 'Lint' does not describe rule {name}"


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
