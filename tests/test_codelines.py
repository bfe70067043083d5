"""The lesson's code lost its line breaks on the web page; its sections get real code blocks back."""

from __future__ import annotations

from conftest import CONTENT_DIR

from compiler.codelines import looks_squeezed, statements, unsqueeze
from compiler.model import BlockKind
from compiler.render import block_html
from compiler.sources.base import load_document
from compiler.sources.lesson import LessonReader

LESSON = "sources/lesson-regularization.txt"


def _lesson_line(n: int) -> str:
    return (CONTENT_DIR / LESSON).read_text(encoding="utf-8").splitlines()[n - 1]


def test_comments_and_statements_are_split() -> None:
    assert statements(_lesson_line(69)) == [
        "# Loss with L2 regularization",
        "loss = cross_entropy(predictions, targets) + λ * sum(w**2 for w in weights)",
        "# Gradient update",
        "∂loss/∂w = ∂data_loss/∂w + 2λw",
        "# Weight update",
        "w = w - α(∂data_loss/∂w + 2λw) = w - α·∂data_loss/∂w - 2αλw = (1 - 2αλ)w - α·∂data_loss/∂w",
    ]


def test_trailing_comments_stay_on_their_line() -> None:
    assert statements(_lesson_line(79)) == [
        "# Training with dropout (p = 0.5)",
        "mask = (random.random() > 0.5)  # 50% chance of keeping",
        "output = mask * activation(input)",
        "# At test time, scale by p (or scale during training)",
        "output = p * activation(input)  # Scale down",
    ]


def test_indentation_is_rebuilt() -> None:
    assert unsqueeze(_lesson_line(89)).splitlines()[4:] == [
        "for epoch in range(max_epochs):",
        "    train()",
        "    val_loss = validate()",
        "    if val_loss < best_val_loss:",
        "        best_val_loss = val_loss",
        "        save_checkpoint()",
        "        epochs_without_improvement = 0",
        "    else:",
        "        epochs_without_improvement += 1",
        "    if epochs_without_improvement >= patience:",
        '        print("Early stopping!")',
        "        break",
    ]


def test_prose_and_single_formulas_are_not_squeezed_code() -> None:
    for line in ("Loss = DataLoss + λ·Σw²", "✓ More data = better generalization", "# Heading only"):
        assert not looks_squeezed(line)


def test_lesson_sections_carry_code_blocks_that_render_line_by_line() -> None:
    doc = load_document(CONTENT_DIR / LESSON, LESSON)
    sections = {title: blocks for title, _, blocks in LessonReader().section_blocks(doc)}
    detail = sections["L2 Regularization in Detail"]
    assert detail[0].kind is BlockKind.code and len(detail[0].text.splitlines()) == 6
    assert [b.kind for b in sections["L2 Regularization (Weight Decay)"]][:1] == [BlockKind.formula]
    html = block_html(detail[0])
    assert html.count('<span class="line">') == 6
