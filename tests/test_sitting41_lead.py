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
        ("La mitosis", "La meiosis", True),  # one glossary's article before each term is no shared word
        ("Der Hund", "Die Katze", True),
        ("L'atome", "L'électron", True),
        ("La mitosis", "La mitosis celular", False),  # one names the other's words
        ("The cell", "The cell wall", False),
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


WW1 = """World War I — Unit Review
=========================

Key dates
---------

| Event | Date |
|---|---|
| Assassination of Franz Ferdinand | 28 June 1914 |
| First Battle of the Marne | September 1914 |
| USA enters the war | 6 April 1917 |
| Armistice | 11 November 1918 |

Short answer
------------

**Q1. What were the four long-term causes of WWI?**

Militarism, alliances, imperialism and nationalism (MAIN).

**Q2. Why did trench warfare lead to a stalemate?**

Defensive weapons such as machine guns and barbed wire were stronger than the means of attack.

Vocabulary
----------

Stalemate
: a situation in which neither side can win.

Alliance
: an agreement between countries to support each other.
"""

REPASO = """# Repaso: la célula

## Orgánulos y funciones

| Orgánulo | Función |
|---|---|
| Mitocondria | respiración celular |
| Ribosoma | síntesis de proteínas |
| Cloroplasto | fotosíntesis |

## Preguntas

### ¿Qué diferencia a una célula procariota de una eucariota?

La eucariota tiene núcleo definido por una membrana; la procariota no.

### ¿Dónde se encuentra el ADN en una célula procariota?

En el nucleoide, sin membrana que lo rodee.
"""


def test_a_review_pages_table_of_facts_alone_under_its_heading_is_cards(tmp_path: Path) -> None:
    """Sitting 41's new-user run: a review page's '| Event | Date |' table under 'Key dates', among bold questions and a
    glossary, was "text outside any question" (the page was read as Markdown, and tables of facts were cards only on a
    page of tables alone): a card per row, its heading the section; Spanish too."""
    from conftest import built_notes, note_back, note_front

    notes, _, said = built_notes(tmp_path / "en", {"ww1.md": WW1})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Assassination of Franz Ferdinand"] == "28 June 1914"
    assert cards["Armistice"] == "11 November 1918"
    assert len(notes) == 8 and not any("outside any question" in s for s in said)
    assert {n["fields"]["Section"] for n in notes if note_front(n) == "USA enters the war"} == {"Key dates"}
    notes, _, said = built_notes(tmp_path / "es", {"repaso.md": REPASO})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Ribosoma"] == "síntesis de proteínas" and len(notes) == 5
    assert not any("outside any question" in s for s in said)


@pytest.mark.parametrize(
    ("table", "why"),
    [
        ("| Pros | Cons |\n|---|---|\n| fast | costly |\n| simple | fragile |\n| cheap | slow |\n", "two lists side by side"),
        ("| Event | Date |\n|---|---|\n| Marne | 1914 |\n| Armistice | 1918 |\n", "two rows: too few to be a table of cards"),
        ("The war began in Europe.\n\n| Event | Date |\n|---|---|\n| Marne | 1914 |\n| Somme | 1916 |\n| Armistice | 1918 |\n", "among prose"),
        ("| Event | Date |\n|---|---|\n| Marne | 1914 |\n| Marne | 1918 |\n| Somme | 1916 |\n", "a front twice"),
    ],
)
def test_tables_that_stay_notes(tmp_path: Path, table: str, why: str) -> None:
    """A table beside prose, of two lists, of two rows or with a front twice is the page's notes, said, as before."""
    from conftest import built_notes

    page = WW1.replace(WW1[WW1.index("| Event") : WW1.index("Short answer")], table + "\n")
    notes, _, said = built_notes(tmp_path, {"ww1.md": page})
    assert len(notes) == 4, why
    assert any("outside any question" in s for s in said), why



VOCAB_FR = """Vocabulaire – La maison (niveau A2)

la cuisine - the kitchen
la chambre - the bedroom
le salon - the living room
la salle de bains - the bathroom
le grenier - the attic
la cave - the cellar

Attention : « la cave » n'est pas une grotte !
"""


def test_a_word_lists_title_set_apart_is_no_card_when_a_note_ends_the_list(tmp_path: Path) -> None:
    """Sitting 41's new-user run: the title line of a .txt word list ('Vocabulaire – La maison (niveau A2)', its dash
    the pairs' separator) was a card 'Vocabulaire' -> 'La maison (niveau A2)' once a note closed the list after a blank
    line; the note is still said. And every word shows the list's title: 'la salle de bains' (3 words) had none while
    its 2-word neighbours had it."""
    from conftest import built_notes, note_back, note_front

    notes, _, said = built_notes(tmp_path / "a", {"vocab-fr.txt": VOCAB_FR})
    cards = {note_front(n): note_back(n) for n in notes}
    assert "Vocabulaire" not in cards and len(notes) == 6
    assert cards["la salle de bains"] == "the bathroom"
    assert {n["fields"]["Section"] for n in notes} == {"Vocabulaire – La maison (niveau A2)"}
    assert any("Attention" in s and "a note, not a word with its meaning" in s for s in said)


CORNELL = """# Biology 101 — Cornell notes, week 4: Photosynthesis

| Cues | Notes |
|---|---|
| Where does photosynthesis happen? | In the chloroplasts, mainly in leaf mesophyll cells. |
| What are the inputs? | Carbon dioxide, water and light energy. |
| What are the products? | Glucose and oxygen. |
| What is chlorophyll's role? | It absorbs light, mostly red and blue wavelengths. |
"""


def test_a_question_of_a_relation_whose_subject_is_unsaid_shows_the_title(tmp_path: Path) -> None:
    """Sitting 41's new-user run: a Cornell page's 'What are the inputs?' / 'What are the products?' (of photosynthesis,
    said only in the title) had no context line; nouns of a relation count as naming no subject, in other languages
    too; a question that names its subject keeps its line as it was."""
    from conftest import built_notes, note_front

    from compiler.subjectless import names_no_subject

    notes, _, _ = built_notes(tmp_path, {"cornell.md": CORNELL})
    section = {note_front(n): n["fields"]["Section"] for n in notes}
    assert section["What are the inputs?"] == section["What are the products?"] == "Biology 101 — Cornell notes, week 4: Photosynthesis"
    assert section["What is chlorophyll's role?"] == ""
    assert names_no_subject("Quelles sont les causes ?") and names_no_subject("¿Cuáles son sus ventajas?")
    assert names_no_subject("Was sind die Vorteile?") and names_no_subject("What is its main function?")
    assert not names_no_subject("What is the role of DNA?") and not names_no_subject("What are the products of glycolysis?")
