"""Twenty-seventh sitting, readers: the trial-26 findings left open about Markdown notes (lecture notes with bold
definition and theorem labels, T26-21) and the trial-27 findings about plain text, Markdown and HTML layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes as _built
from conftest import note_back, note_front

# --- T26-21: '**Definition 3.1 (Vektorraum).** …', '**Satz 3.4.**', '*Beweis.*': a card per labelled block ----------

_VORLESUNG = """# Lineare Algebra I – Vorlesung 3

## Vektorräume

**Definition 3.1 (Vektorraum).** Ein *Vektorraum* über einem Körper $K$ ist eine Menge $V$ mit zwei Verknüpfungen.

**Beispiel 3.2.** $\\mathbb{R}^n$ ist ein Vektorraum über $\\mathbb{R}$.

**Definition 3.3 (Untervektorraum).** Eine Teilmenge $U \\subseteq V$ heißt *Untervektorraum*, wenn sie abgeschlossen ist.

**Satz 3.4.** Der Durchschnitt zweier Untervektorräume ist wieder ein Untervektorraum.

*Beweis.* Seien $U_1, U_2$ Untervektorräume. Dann liegt $0$ in beiden. $\\square$

## Lineare Unabhängigkeit

**Definition 3.5.** Vektoren $v_1, \\dots, v_n$ heißen *linear unabhängig*, wenn nur die triviale Kombination $0$ ergibt.
"""


def test_lecture_notes_give_a_card_per_definition_and_theorem(tmp_path: Path) -> None:
    """trial26 T26-21 (high): German lecture notes with bold numbered labels were one card per section heading holding
    every definition, example, theorem and proof; each definition and theorem is a card now, named as a LaTeX
    '\\begin{definition}[Vektorraum]' is, its example and its proof on its back, each at its own line."""
    notes, skipped, said = _built(tmp_path, {"vorlesung.md": _VORLESUNG})
    assert not skipped, said
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "Definition (Vektorraum)",
        "Definition (Untervektorraum)",
        "Satz 3.4: Vektorräume",
        "Definition 3.5: Lineare Unabhängigkeit",
    ]
    backs = [note_back(n) for n in notes]
    assert backs[0].startswith("Ein Vektorraum über einem Körper") and "Beispiel 3.2." in backs[0]
    assert "Definition 3.1" not in backs[0] and "Untervektorraum" not in backs[0]
    assert backs[2].startswith("Der Durchschnitt") and "Beweis. Seien" in backs[2]
    assert backs[3].startswith("Vektoren") and "Definition" not in backs[3]
    assert [n["items"][0]["line"] for n in notes] == [5, 9, 11, 17]
    assert [n["fields"]["Section"] for n in notes] == ["Vektorräume"] * 3 + ["Lineare Unabhängigkeit"]


@pytest.mark.parametrize(
    ("definition", "theorem", "proof", "fronts"),
    [
        (
            "**Definition 1 (Group).**",
            "**Theorem 2.**",
            "*Proof.*",
            ["Definition (Group)", "Theorem 2: Groups"],
        ),
        (
            "**Définition 1 (Groupe).**",
            "**Théorème 2.**",
            "*Démonstration.*",
            ["Définition (Groupe)", "Théorème 2: Groups"],
        ),
        (
            "**Definición 1** (Grupo).",
            "**Teorema 2.**",
            "*Demostración.*",
            ["Definición (Grupo)", "Teorema 2: Groups"],
        ),
        (
            "**Определение 1 (Группа).**",
            "**Теорема 2.**",
            "*Доказательство.*",
            ["Определение (Группа)", "Теорема 2: Groups"],
        ),
        ("**定义 1（群）**", "**定理 2**", "**证明**", ["定义 (群)", "定理 2: Groups"]),
    ],
)
def test_labels_in_other_languages_open_cards_too(
    tmp_path: Path, definition: str, theorem: str, proof: str, fronts: list[str]
) -> None:
    """trial26 T26-21: the labels of notes in French, Spanish, Russian, Chinese … as English and German ones."""
    page = f"# Algebra\n\n## Groups\n\nIntro text.\n\n{definition} A set $G$ with an operation.\n\n{theorem} The identity is unique.\n\n{proof} Take $e, e'$.\n"
    notes, skipped, said = _built(tmp_path, {"algebra.md": page})
    assert not skipped, said
    assert [note_front(n) for n in notes][-2:] == fronts
    assert note_back(notes[-2]) == "A set \\(G\\) with an operation."
    assert note_back(notes[-1]).startswith("The identity is unique.") and "Take \\(e, e'\\)" in note_back(
        notes[-1]
    )


def test_a_definition_label_under_a_question_stays_its_answer(tmp_path: Path) -> None:
    """trial26 T26-21: under a heading that asks, a bold 'Definition.' / 'Theorem.' opens the answer: no card of its own."""
    page = (
        "# Algebra\n\n## What is a group?\n\n**Definition.** A set with an associative operation, an identity and inverses.\n\n"
        "## What does Lagrange's theorem say?\n\n**Theorem.** The order of a subgroup divides the order of the group.\n"
    )
    notes, _skipped, _said = _built(tmp_path, {"algebra.md": page})
    assert [note_front(n) for n in notes] == ["What is a group?", "What does Lagrange's theorem say?"]
    assert note_back(notes[0]).endswith("an identity and inverses.")


def test_a_glossary_heading_over_its_definition_label_keeps_its_front(tmp_path: Path) -> None:
    """trial26 T26-21: '## Cell' / '**Definition:** A cell is …': the heading names what is defined; the label that
    only opens its text is no card of its own."""
    page = "# Biology\n\n## Cell\n\n**Definition:** The smallest unit of life.\n\n## Tissue\n\n**Definition:** A group of similar cells.\n"
    notes, _skipped, _said = _built(tmp_path, {"bio.md": page})
    assert [note_front(n) for n in notes] == ["Cell", "Tissue"]


def test_a_decks_own_block_labels(tmp_path: Path) -> None:
    """trial26 T26-21: a word of the deck's own (``block_labels``) opens a labelled block as 'Definition' does."""
    page = "# Physik\n\n## Mechanik\n\n**Merksatz 1 (Trägheit).** Ein Körper bleibt in Ruhe, solange keine Kraft wirkt.\n\n**Merksatz 2.** Kraft ist Masse mal Beschleunigung.\n"
    table = '[[source]]\nid = "physik"\nfile = "sources/physik.md"\nblock_labels = ["Merksatz"]\n'
    notes, skipped, said = _built(tmp_path, {"physik.md": page}, table)
    assert not skipped, said
    assert [note_front(n) for n in notes] == ["Merksatz (Trägheit)", "Merksatz 2: Mechanik"]
    assert note_back(notes[1]) == "Kraft ist Masse mal Beschleunigung."


def test_latex_environments_named_in_the_notes_language(tmp_path: Path) -> None:
    """trial26 T26-21: the LaTeX reader shares the label words: an undeclared '\\begin{satz}' is a theorem, the
    '\\begin{beweis}' after it goes on its back under its own name."""
    tex = (
        "\\documentclass{article}\n\\begin{document}\n\\section{Vektorräume}\n\\begin{satz}\nDer Durchschnitt ist ein "
        "Untervektorraum.\n\\end{satz}\n\\begin{beweis}\nSeien $U_1, U_2$ Untervektorräume.\n\\end{beweis}\n\\end{document}\n"
    )
    notes, skipped, said = _built(tmp_path, {"la.tex": tex})
    assert not skipped, said
    assert [note_front(n) for n in notes] == ["Satz: Vektorräume"]
    assert (
        note_back(notes[0])
        == "Der Durchschnitt ist ein Untervektorraum. Beweis. Seien \\(U_1, U_2\\) Untervektorräume."
    )
