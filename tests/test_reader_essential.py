"""The "essential" layout (a declarative preset) on the real 20-question document, plus its failure modes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conftest import ReadResult

from compiler.config import DifficultyRule, SourceConfig, load_config
from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Difficulty, Item
from compiler.sources import detect_layout, readers
from compiler.sources.base import Document, Reader, load_document
from compiler.sources.blocks import answer_blocks

READER = readers()["essential"]
REL = "sources/regularization-20-essential-qa.txt"
Read = Callable[[str, Reader], ReadResult]


def kinds(item: Item) -> list[BlockKind]:
    return [b.kind for b in item.answer]


def test_reads_all_twenty_items_cleanly(read: Read) -> None:
    result = read("essential", READER)
    assert [i.number for i in result.items] == [str(n) for n in range(1, 21)]
    assert result.diag.items == []
    assert {tuple(i.section) for i in result.items} == {("Deep Learning Regularization",)}
    assert all(i.locator.file == REL for i in result.items)


def test_first_item_with_formula_line(read: Read) -> None:
    item = read("essential", READER).by_number("1")
    assert item.locator.line == 9
    assert item.question == "What is regularization in deep learning? Why is it needed?"
    assert item.difficulty is Difficulty.easy
    assert item.answer[0].text.startswith("Regularization is any technique that reduces generalization error")
    assert item.answer[1] == Block(
        kind=BlockKind.formula,
        text="Overfitting ⇨ high variance, low bias; Regularization ⇨ increase bias, reduce variance",
    )


def test_item_2_formula_and_pros_cons(read: Read) -> None:
    item = read("essential", READER).by_number("2")
    assert item.locator.line == 12
    assert item.question == "Explain L2 regularization (weight decay). How does it work?"
    assert item.difficulty is Difficulty.medium
    assert kinds(item) == [BlockKind.text, BlockKind.formula, BlockKind.bullets]
    assert (
        item.answer[1].text == "L_total = L_original + (λ/2) * Σ w² ; Gradient update: w = w - η(∂L/∂w + λw)"
    )
    assert item.answer[2].items == ["Smooth, differentiable, works well", "Doesn't induce sparsity"]
    assert item.original.splitlines()[-1] == "Doesn't induce sparsity"


def test_item_4_code_block(read: Read) -> None:
    item = read("essential", READER).by_number("4")
    assert item.question == "What is Dropout? Why does it prevent overfitting?"
    assert kinds(item) == [BlockKind.text, BlockKind.code]
    code = item.answer[1]
    assert code.lang == "python"
    assert code.text == (
        "# Inverted dropout\n"
        "mask = np.random.binomial(1, p, size=out.shape) / p\n"
        "out = out * mask  # training; test: out = out"
    )


def test_more_spot_checks(read: Read) -> None:
    result = read("essential", READER)
    three = result.by_number("3")
    assert three.difficulty is Difficulty.hard and three.locator.line == 17
    assert three.answer[1].text == "L1: ∂L/∂w = ∂L_orig/∂w + λ·sign(w) ; L2: + λ·w"
    assert result.by_number("6").answer[1] == Block(
        kind=BlockKind.formula, text="BN(x) = γ * (x - μ_B)/√(σ_B² + ε) + β"
    )
    assert result.by_number("8").answer[-1] == Block(
        kind=BlockKind.text, text="cropping rotation color jitter"
    )
    assert result.by_number("14").question == "Is weight decay in Adam same as L2? (AdamW)"
    assert result.by_number("5").question == "Differentiate Dropout and DropConnect."
    twenty = result.by_number("20")
    assert twenty.answer[-1].plain() == "Bias ↑ Variance ↓ Lower overfitting"
    assert twenty.locator.line == 58


def test_no_text_between_items_is_lost(read: Read) -> None:
    result = read("essential", READER)
    originals = "\n".join(i.original for i in result.items)
    lines = result.doc.lines
    first = result.items[0].locator.line
    end = next(n for n, line in enumerate(lines) if "Cheat Sheet" in line)
    for line in lines[first - 1 : end]:
        assert line in originals, line


def test_cheat_sheet_is_not_items(read: Read) -> None:
    result = read("essential", READER)
    everything = "\n".join(i.original + i.answer_plain() for i in result.items)
    for needle in ("Cheat Sheet", "Halt when val plateaus", "Parameter-based", "Verdict"):
        assert needle not in everything


def test_level_is_the_last_word_after_decoration_or_a_finished_question() -> None:
    items, diag = run(
        "1 What is x? ⚡ Easy\nAnswer: a\n2 Compare A and B. 🔥 Hard\nAnswer: b\n"
        "3 What is y?\nAnswer: c\n4 Compare SGD and Adam\nAnswer: d\n"
    )
    assert [(i.question, i.difficulty) for i in items] == [
        ("What is x?", Difficulty.easy),
        ("Compare A and B.", Difficulty.hard),
        ("What is y?", None),
        ("Compare SGD and Adam", None),
    ]
    assert diag.items == []


def test_answer_blocks_join_wrapped_text() -> None:
    blocks = answer_blocks("Use defaults (", ["kaiming_uniform) and match.", "y = f(x) + 1"])
    assert blocks[0].text == "Use defaults (kaiming_uniform) and match."
    assert blocks[1].kind is BlockKind.code


def test_detection_finds_every_seed_layout(content_dir: Path) -> None:
    layouts = {s.file: s.layout for s in load_config(content_dir).source}
    for path in sorted((content_dir / "sources").iterdir()):
        rel = path.relative_to(content_dir).as_posix()
        found = detect_layout(load_document(path, rel))
        assert found is not None and found.layout == layouts.get(rel), (rel, found)


# --- bad input ----------------------------------------------------------------

LABELS = {"Easy": Difficulty.easy, "Medium": Difficulty.medium, "Hard": Difficulty.hard}


def run(text: str) -> tuple[list[Item], Diagnostics]:
    src = SourceConfig(
        id="doc",
        file="sources/doc.txt",
        layout="essential",
        difficulty=DifficultyRule(from_="label", labels=LABELS),
    )
    diag = Diagnostics()
    return READER.read(Document(rel="sources/doc.txt", text=text), src, diag), diag


def test_unknown_difficulty_label_is_an_error_with_line() -> None:
    items, diag = run("Title\n1 What is x? ⚡ Easy\nAnswer: y\n2 What is z? 🔥 Extreme\nAnswer: w\n")
    assert [i.difficulty for i in items] == [Difficulty.easy, None]
    [error] = diag.errors
    assert (error.file, error.line) == ("sources/doc.txt", 4)
    assert "Extreme" in error.message and "deck.toml" in error.hint


def test_missing_answer_line_is_reported_not_swallowed() -> None:
    items, diag = run("1 What? ⚡ Easy\nAnswer: a\n2 Why? 🔥 Hard\n3 How? ⚡ Easy\nAnswer: c\n")
    assert [(i.number, i.skip) for i in items] == [("1", ""), ("2", "no answer"), ("3", "")]
    [warning] = diag.warnings
    assert warning.line == 3 and "no answer" in warning.message
