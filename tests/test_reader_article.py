"""The article reader on the real article: definition, section and cloze cards, nothing lost."""

from __future__ import annotations

import pytest
from conftest import configured_source, detect_scores, source_document

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.model import BlockKind, Difficulty, Item, ItemKind
from compiler.sources.article import ArticleReader, reindent, repair_glued, section_question, term_question
from compiler.sources.base import Document


def _source(source_id: str = "article") -> SourceConfig:
    return configured_source(source_id)



def _read(doc: Document | None = None) -> tuple[list[Item], Diagnostics]:
    src = _source()
    diag = Diagnostics()
    return ArticleReader().read(doc or source_document(src), src, diag), diag


def _by_question(items: list[Item], question: str) -> Item:
    return next(it for it in items if it.question == question)


def test_item_count_and_common_fields() -> None:
    items, diag = _read()
    assert diag.items == []
    assert len(items) == 25
    assert all(it.number is None for it in items)  # an article numbers nothing (trial T26: no ordinals)
    assert [it.locator.line for it in items] == sorted(it.locator.line for it in items)
    assert all(it.difficulty is Difficulty.medium for it in items)
    assert sum(it.kind is ItemKind.cloze for it in items) == 1


def test_every_line_is_in_some_item_except_title_and_intro() -> None:
    items, _ = _read()
    lines = source_document(_source()).lines
    covered = {line for it in items for line in it.original.splitlines()}
    missing = [n for n, text in enumerate(lines, 1) if text.strip() and text not in covered]
    assert missing == [1, 2]


def test_definitional_bullets_from_the_odd_l1_l2_run() -> None:
    items, _ = _read()
    l2 = _by_question(items, "What is L2 regularization (ridge / weight decay)?")
    assert l2.locator.line == 18
    assert [(b.kind, b.text) for b in l2.answer] == [
        (BlockKind.formula, "λ Σ wᵢ²"),
        (BlockKind.text, "Smooth shrinkage. Default for neural networks."),
    ]
    l1 = _by_question(items, "What is L1 regularization (lasso)?")
    assert l1.locator.line == 19
    assert l1.answer[0].text == "λ Σ |wᵢ|"
    assert l1.answer[1].text == "Drives weights to exact zero — feature selection as a side effect."
    assert l1.original.splitlines()[0].startswith("λ Σ wᵢ². Smooth shrinkage.")
    assert len(l1.original.splitlines()) == 2
    net = _by_question(items, "In L1 and L2 regularization, what is elastic net?")
    assert net.locator.line == 20
    assert net.answer_plain() == "Weighted sum of both."
    assert net.section == ["L1 and L2 regularization"]


def test_definitions_with_heading_context() -> None:
    items, _ = _read()
    bias = _by_question(items, "In the bias-variance tradeoff, what is bias?")
    assert bias.answer_plain().startswith("How wrong the model is in expectation.")
    assert bias.section == ["The bias-variance tradeoff"]
    assert _by_question(items, "What is RMSNorm?").answer_plain().startswith("Simpler variant of LayerNorm")


def test_section_cards_with_code_and_formula() -> None:
    items, _ = _read()
    stopping = _by_question(items, "What is early stopping?")
    assert stopping.section == ["Early stopping"]
    assert stopping.answer[0].kind is BlockKind.text
    code = stopping.answer[1]
    assert code.kind is BlockKind.code and code.lang == "python"
    assert code.text.splitlines() == [
        "if val_loss < best_val:",
        "    best_val = val_loss",
        "    patience_counter = 0",
        "    save_checkpoint()",
        "else:",
        "    patience_counter += 1",
        "    if patience_counter >= patience:",
        "        break",
    ]
    dropout = _by_question(items, "What is dropout?")
    kinds = [b.kind for b in dropout.answer]
    assert kinds == [BlockKind.text, BlockKind.code, BlockKind.bullets, BlockKind.text, BlockKind.text]
    assert dropout.answer[1].text == "self.dropout = nn.Dropout(p=0.1)\nx = self.dropout(x)"
    assert (
        dropout.answer[2].items[1] == "Acts like ensembling: each mini-batch trains a different sub-network."
    )
    assert dropout.answer[3].text == "p=0.1 for transformers; up to 0.5 for older fully-connected nets."
    tradeoff = _by_question(items, "What is the bias-variance tradeoff?")
    assert (BlockKind.formula, "E[error] = bias² + variance + irreducible noise") in [
        (b.kind, b.text) for b in tradeoff.answer
    ]


def test_list_sections_and_examples_stay_together() -> None:
    items, _ = _read()
    looks = _by_question(items, "What does overfitting look like?")
    assert looks.answer[0].kind is BlockKind.bullets and len(looks.answer[0].items) == 3
    aug = _by_question(items, "What is data augmentation?")
    bullets = next(b for b in aug.answer if b.kind is BlockKind.bullets)
    assert [i.split(":")[0] for i in bullets.items] == ["Vision", "Text", "Audio"]
    pitfalls = _by_question(items, "What are the pitfalls in regularization & generalization?")
    assert len(pitfalls.answer[0].items) == 4
    assert _by_question(items, "What is the modern view on scale and data quality?")
    assert _by_question(items, "What is generalization beyond i.i.d.?")


def test_cloze_item() -> None:
    items, _ = _read()
    cloze = next(it for it in items if it.kind is ItemKind.cloze)
    assert cloze.locator.line == 9
    assert cloze.cloze == (
        "Underfitting = {{c1::high bias}}. Overfitting = {{c2::high variance}}. "
        "Most ML knobs trade these against each other."
    )
    assert cloze.answer == []
    assert cloze.section == ["The bias-variance tradeoff"]


def test_one_sentence_section_becomes_a_cloze() -> None:
    text = "Notes\nIntro line.\nWeight tying\nShare the input embedding and the output projection.\n"
    items, diag = _read(Document("sources/notes.txt", text))
    assert diag.items == []
    assert len(items) == 1 and items[0].kind is ItemKind.cloze
    assert items[0].cloze == "{{c1::Weight tying}}: share the input embedding and the output projection."


def test_long_intro_and_empty_heading_are_warned() -> None:
    text = "Notes\nIntro line.\nMore intro.\nDropout\nRandomly zero activations. Works well.\nPitfalls\n"
    items, diag = _read(Document("sources/notes.txt", text))
    assert len(items) == 1
    assert [(d.severity, d.line) for d in diag.items] == [("warning", 3), ("warning", 6)]


@pytest.mark.parametrize(
    ("heading", "question"),
    [
        ("Dropout", "What is dropout?"),
        ("The bias-variance tradeoff", "What is the bias-variance tradeoff?"),
        ("What overfitting looks like", "What does overfitting look like?"),
        ("Why dropout works", "Why does dropout work?"),
        ("Architectural inductive biases", "What are architectural inductive biases?"),
        ("Pitfalls", "What are the pitfalls in regularization & generalization?"),
        ("Modern view: scale and data quality", "What is the modern view on scale and data quality?"),
        ("Regularization in LLMs", "What is regularization in LLMs?"),
    ],
)
def test_section_question_rule(heading: str, question: str) -> None:
    assert section_question(heading, "Regularization & Generalization") == question


def test_term_question_rule() -> None:
    assert term_question("L2", "ridge", "L1 and L2 regularization") == "What is L2 regularization (ridge)?"
    assert term_question("BatchNorm", None, "Normalization") == "What is BatchNorm?"
    assert (
        term_question("Bias", None, "The bias-variance tradeoff")
        == "In the bias-variance tradeoff, what is bias?"
    )


def test_repairs() -> None:
    assert repair_glued("up to0.5for older nets") == "up to 0.5 for older nets"
    assert repair_glued("python3.11 and L2") == "python3.11 and L2"
    assert reindent(["for x in y:", "f(x)"]) == ["for x in y:", "    f(x)"]
    assert reindent(["if a:", "    b()"]) == ["if a:", "    b()"]


def test_detect_scores() -> None:
    for rel, score in detect_scores(ArticleReader()).items():
        if rel.endswith("article-regularization-generalization.txt"):
            assert score >= 0.8, rel
        else:
            assert score < 0.5, rel
