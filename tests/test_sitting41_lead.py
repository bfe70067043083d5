"""Forty-first sitting, lead: two terms of one document's glossary are no suggestion to decide (sitting 40's
new-user run: `Orbita` / `Eclissi` listed at 0.27 from one Italian page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler.model import Item, ItemKind, Locator
from compiler.pairscore import other_terms

GLOSSARY = """# Ripasso: il Sistema solare

Appunti per la verifica di venerdì.

## Pianeti

**1) Qual è il pianeta più vicino al Sole?**
Risposta: Mercurio.

**2) Quale pianeta ha gli anelli più visibili?**
Risposta: Saturno — i suoi anelli sono fatti soprattutto di ghiaccio.

**3) Perché Venere è così calda?**
Risposta: per l'effetto serra della sua atmosfera densa di anidride carbonica.

## Vero o falso

4) La Luna ha una sua luce propria. — Falso (riflette la luce del Sole)
5) Giove è il pianeta più grande. — Vero

## Glossario

Orbita
: il percorso di un corpo intorno a un altro.

Eclissi
: l'oscuramento di un corpo celeste da parte di un altro.
"""


def _item(question: str, answer: str = "x", cloze: str | None = None) -> Item:
    from compiler.model import Block, BlockKind

    return Item(
        source="s",
        kind=ItemKind.cloze if cloze else ItemKind.basic,
        question=question,
        answer=[Block(kind=BlockKind.text, text=answer)] if answer else [],
        cloze=cloze,
        locator=Locator(file="s.md", line=1),
        original=question,
    )


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Orbita", "Eclissi", True),
        ("What is Jupiter?", "What is Mars?", True),
        ("Mitose", "Méiose", True),  # accents folded, the stems still differ
        ("光合作用", "细胞呼吸", True),  # no character pair in common
        ("Orbita", "Orbita ellittica", False),  # one names the other's word
        ("How do you deal with unbalanced classes?", "What if classes are imbalanced?", False),  # a shared word
        ("unbalanced data", "imbalanced sets", False),  # another spelling of one word
        ("colour", "color", False),
        ("What is CORS?", "Cross-Origin Resource Sharing", False),  # an acronym may spell the other out
        ("Why does dropout reduce overfitting in deep networks?", "Explain early stopping.", False),  # not a term
        ("Orbita", "", False),
    ],
)
def test_other_terms(a: str, b: str, expected: bool) -> None:
    """Two short questions sharing no word (nor a spelling of one, nor an acronym) name two things."""
    if not b:
        assert other_terms(_item(a), _item("x", cloze="{{c1::Eclissi}} è l'oscuramento")) is expected
        return
    assert other_terms(_item(a), _item(b)) is expected
    assert other_terms(_item(b), _item(a)) is expected


def test_one_pages_glossary_terms_are_no_suggestion(tmp_path: Path, real_model) -> None:
    """`Orbita` ~ `Eclissi` (one page, definitions that read alike: 0.27, above suggest_same_source) is not listed;
    suggest_same_source = 0 lists every pair again, so the rule, not the score, is what leaves it out."""
    from compiler.pipeline import compile_content

    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "ripasso.md").write_text(GLOSSARY, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    compiled = compile_content(content, now=1_000, embedder=real_model)
    assert len(compiled.deck.notes) == 7
    listed = {(p.a.question, p.b.question) for p in compiled.dupes.pairs if p.status == "suggested"}
    assert not {("Orbita", "Eclissi"), ("Eclissi", "Orbita")} & listed
    (content / "dedupe.toml").write_text("[dedupe]\nsuggest_same_source = 0.0\n", encoding="utf-8")
    every = compile_content(content, now=1_000, embedder=real_model)
    shown = {frozenset((p.a.question, p.b.question)) for p in every.dupes.pairs if p.status == "suggested"}
    assert frozenset(("Orbita", "Eclissi")) in shown
