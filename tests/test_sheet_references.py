"""A paragraph that is only a reference link ('[Reference](https://…)' under a quiz's options) leads to its page on a
card and nowhere on paper: the cheat sheet leaves it out (sitting 49: a LinkedIn skill-quiz page printed the word
'Reference' under 62 of its questions). An answer that is nothing but such a link is no card at all (said elsewhere)."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of
from pypdf import PdfReader

from compiler.build import build

DATA = Path(__file__).resolve().parent / "data" / "sitting49" / "lead"


def test_reference_links_stay_on_the_cards_and_off_the_sheet(tmp_path: Path) -> None:
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, {"git.md": DATA / "quiz-references.md"}), out, formats=("json", "pdf"), now=1_000)
    assert result.compiled is not None
    notes = result.compiled.deck.notes
    assert len(notes) == 2
    assert all('href="https://example.org/' in "".join(n.fields.values()) for n in notes)  # (the card keeps its link)
    text = " ".join(page.extract_text() for page in PdfReader(next(out.glob("*.pdf"))).pages)
    assert "git --version" in text and "Shelves the changes" in text
    assert "Reference" not in text
