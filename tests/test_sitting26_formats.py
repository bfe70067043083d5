"""Twenty-sixth sitting, formats: ballot-box options side by side in one Word paragraph (T25-19 rest), slide decks
(T25-47 rest), the page's own option labels (①②③, а) б), أ) ب)) on the card."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from conftest import built_notes, note_back, note_front, plain_text


def _shown(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    """(front, options, back) of each note as a learner reads them."""
    return [(note_front(n), plain_text(n["fields"].get("Options", "")), note_back(n)) for n in notes]


def _boxes_paragraph(options: list[str], between: str) -> str:
    """One Word paragraph holding every option's box side by side, ``between`` (``<w:tab/>`` or ``<w:br/>``) apart."""
    runs = f"<w:r>{between}</w:r>".join(
        f'<w:r><w:t xml:space="preserve">{escape(o)}</w:t></w:r>' for o in options
    )
    return f"<w:p>{runs}</w:p>"


def test_ballot_boxes_side_by_side_in_one_word_paragraph_are_a_multiple_choice_card(tmp_path: Path) -> None:
    """T25-19 rest (high): a Word quiz saving space puts a question's boxed options in one paragraph, tab-separated
    ('☐ Red<TAB>☒ Blue<TAB>☐ Green') or a soft line break apart: each was a Basic card listing every box. Now the
    boxes are the options, the ticked one the key."""
    from test_docx import paragraph, write_docx

    path = tmp_path / "quiz3.docx"
    write_docx(
        path,
        [
            paragraph("Chemistry quiz", "Heading1"),
            paragraph("1. What colour does litmus turn in a base?"),
            _boxes_paragraph(["☐ Red", "☒ Blue", "☐ Green", "☐ Colourless"], "<w:tab/>"),
            paragraph("2. Which ion makes a solution acidic?"),
            _boxes_paragraph(["☐ OH⁻", "☐ Na⁺", "☒ H⁺ (H₃O⁺)", "☐ Cl⁻"], "<w:br/>"),
        ],
    )
    notes, _, _ = built_notes(tmp_path / "deck", {"quiz3.docx": path})
    assert _shown(notes) == [
        ("What colour does litmus turn in a base?", "A) Red B) Blue C) Green D) Colourless", "B) Blue"),
        ("Which ion makes a solution acidic?", "A) OH⁻ B) Na⁺ C) H⁺ (H₃O⁺) D) Cl⁻", "C) H⁺ (H₃O⁺)"),
    ]
