"""The sectioned reader (and mojibake repair) on the real 75-question document, plus failure modes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import ReadResult

from compiler.config import DifficultyRule, SourceConfig, load_config
from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Difficulty, Item
from compiler.passes.repair import complete_question, repair_mojibake
from compiler.sources.base import Document, Reader, load_document
from compiler.sources.sectioned import SectionedReader, split_glued_level

READER = SectionedReader()
REL = "sources/network-design-regularization-75-qa.txt"
Read = Callable[[str, Reader], ReadResult]
MOJIBAKE = ("â€", "Ã", "\ufffd", "†")
SECTIONS = [
    "Network Design & Depth",
    "Weight Initialization",
    "Batch Normalization",
    "Overfitting & Underfitting",
    "Dropout & Regularization",
]


def test_reads_75_items_in_five_sections(read: Read) -> None:
    result = read("netdesign", READER)
    assert [i.number for i in result.items] == [str(n) for n in range(1, 76)]
    assert result.diag.items == []
    counts = Counter(i.section[0] for i in result.items)
    assert list(counts) == SECTIONS
    assert set(counts.values()) == {15}
    assert all(i.locator.file == REL for i in result.items)


def test_mojibake_is_repaired_everywhere(read: Read) -> None:
    result = read("netdesign", READER)
    item = result.by_number("32")
    assert item.question == "What is “internal covariate shift”?"
    assert item.difficulty is Difficulty.medium
    assert item.locator.line == 73
    for it in result.items:
        texts = [it.question, it.answer_plain(), it.original, *it.section]
        for marker in MOJIBAKE:
            assert not any(marker in t for t in texts), (it.number, marker)


def test_repaired_spot_checks(read: Read) -> None:
    result = read("netdesign", READER)
    one = result.by_number("1")
    assert one.question == "What does “network design” mean in an interview?"
    assert (one.locator.line, one.difficulty, one.section) == (5, Difficulty.easy, ["Network Design & Depth"])
    assert "(“residual mapping”). Mitigates" in result.by_number("5").answer_plain()
    assert result.by_number("10").answer_plain().endswith("not always “more parameters.”")
    assert result.by_number("11").question == "“Scaling laws” in one interview sentence."
    assert result.by_number("55").question == "Classical U-shaped risk vs modern “double descent”—mention?"
    assert result.by_number("55").difficulty is Difficulty.hard
    assert result.by_number("16").question == "Why can’t we set all weights to zero?"  # curly quote kept
    assert "scale ∝1/fan_avg" in result.by_number("19").answer_plain()


def test_glued_labels_and_questions(read: Read) -> None:
    result = read("netdesign", READER)
    two = result.by_number("2")
    assert two.question == "Depth vs width—trade-offs."
    assert (two.difficulty, two.locator.line) == (Difficulty.medium, 7)
    assert result.by_number("3").question == "What is model capacity?"
    assert result.by_number("40").difficulty is Difficulty.hard
    assert result.by_number("75").question == "When prefer dropout vs weight decay?"


def test_formula_lines(read: Read) -> None:
    result = read("netdesign", READER)
    assert result.by_number("19").answer[-1] == Block(
        kind=BlockKind.formula, text="Var(W) ≈ 2 / (fan_in + fan_out) (common form)"
    )
    assert result.by_number("31").answer[-1] == Block(
        kind=BlockKind.formula, text="ŷ = γ · (x − μ_B) / √(σ²_B + ε) + β"
    )


def test_wrapped_answer_is_joined(read: Read) -> None:
    item = read("netdesign", READER).by_number("30")
    assert [b.kind for b in item.answer] == [BlockKind.text]
    assert (
        "use framework defaults (kaiming_uniform, xavier_normal) and match to activation."
        in item.answer[0].text
    )
    assert item.answer[0].text.endswith("three anchors interviewers expect.")
    assert item.original.count("\n") == 2


def test_closing_tips_are_not_items(read: Read) -> None:
    result = read("netdesign", READER)
    tips = [
        "Mention train/val gap and compute budget",
        "State clearly: dropout off at eval unless doing MC dropout.",
    ]
    assert "Mention train/val gap" in result.doc.text
    fifteen = result.by_number("15")
    assert "Mention train/val gap" not in fifteen.answer_plain() + fifteen.original
    everything = "\n".join(i.answer_plain() + i.original for i in result.items)
    assert not any(tip in everything for tip in tips)


def test_detect_only_claims_sectioned_files(content_dir: Path) -> None:
    layouts = {s.file: s.layout for s in load_config(content_dir).source}
    for path in sorted((content_dir / "sources").iterdir()):
        rel = path.relative_to(content_dir).as_posix()
        score = READER.detect(load_document(path, rel))
        assert (score >= 0.5) == (layouts.get(rel) == "sectioned"), (rel, score)


# --- repair -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("refinements (“residual mappingâ€). Mitigates", "refinements (“residual mapping”). Mitigates"),
        ("not always “more parameters.â€", "not always “more parameters.”"),
        ("modern “double descentâ€â€”mention?Hard", "modern “double descent”—mention?Hard"),
        ("What does “network design†mean?", "What does “network design” mean?"),
        ("What does “network design†mean?", "What does “network design” mean?"),
        ("scale ∠1/fan_avg.", "scale ∝1/fan_avg."),
        ("What is “internal covariate shift\ufffdMedium", "What is “internal covariate shift”Medium"),
        ("early stoppingâ€”not always", "early stopping—not always"),
        ("can’t and “quoted” stay", "can’t and “quoted” stay"),
        ("plain ascii - stays", "plain ascii - stays"),
        ("a footnote† stays, an angle ∠ABC stays", "a footnote† stays, an angle ∠ABC stays"),
    ],
)
def test_repair_mojibake(broken: str, fixed: str) -> None:
    assert repair_mojibake(broken) == fixed


def test_repair_keeps_lines(content_dir: Path) -> None:
    text = (content_dir / REL).read_text(encoding="utf-8")
    repaired = repair_mojibake(text)
    assert repaired.count("\n") == text.count("\n")
    assert not any(m in repaired for m in MOJIBAKE)


def test_complete_question() -> None:
    assert complete_question("What is “internal covariate shift”") == "What is “internal covariate shift”?"
    assert complete_question("Does BN regularize") == "Does BN regularize?"
    assert complete_question("Depth vs width—trade-offs.") == "Depth vs width—trade-offs."
    assert complete_question("Signs your network is too small") == "Signs your network is too small"
    assert (
        complete_question("Is weight decay in Adam same as L2? (AdamW)")
        == "Is weight decay in Adam same as L2? (AdamW)"
    )


def test_split_glued_level() -> None:
    assert split_glued_level("What is model capacity?Easy", None) == ("What is model capacity?", "Easy")
    assert split_glued_level("What is “shift”Medium", None) == ("What is “shift”", "Medium")
    assert split_glued_level("What is x?Extreme", None) == ("What is x?", "Extreme")
    assert split_glued_level("What is x?", None) == ("What is x?", None)


# --- bad input ----------------------------------------------------------------

LABELS = {"Easy": Difficulty.easy, "Medium": Difficulty.medium, "Hard": Difficulty.hard}


def run(text: str, repair: bool = True) -> tuple[list[Item], Diagnostics]:
    src = SourceConfig(
        id="doc",
        file="sources/doc.txt",
        layout="sectioned",
        difficulty=DifficultyRule(from_="label", labels=LABELS),
        repair=["mojibake"] if repair else [],
    )
    diag = Diagnostics()
    return READER.read(Document(rel="sources/doc.txt", text=text), src, diag), diag


def test_unknown_difficulty_label_is_an_error_with_line() -> None:
    items, diag = run("1 What is x?Extreme\nAnswer: y")
    assert [(i.question, i.difficulty) for i in items] == [("What is x?", None)]
    [error] = diag.errors
    assert (error.file, error.line) == ("sources/doc.txt", 1)
    assert "Extreme" in error.message and "deck.toml" in error.hint


def test_leftover_replacement_character_is_a_warning_with_line() -> None:
    items, diag = run("Topic — 2 Interview Questions\n1 What is x?Easy\nAnswer: a \ufffd b.\n")
    assert len(items) == 1
    [warning] = diag.warnings
    assert warning.line == 3 and "U+FFFD" in warning.message


def test_unrepaired_mojibake_is_a_warning_suggesting_repair() -> None:
    _, diag = run("1 What is “xâ€?Easy\nAnswer: a.\n", repair=False)
    [warning] = diag.warnings
    assert warning.line == 1 and "repair" in warning.hint


def test_text_between_heading_and_item_is_a_warning() -> None:
    text = "Topic — 2 Interview Questions\nA loose intro.\n1 What?Easy\nAnswer: a.\n2 Why?Hard\nAnswer: b.\n"
    items, diag = run(text)
    assert len(items) == 2
    [warning] = diag.warnings
    assert warning.line == 2
