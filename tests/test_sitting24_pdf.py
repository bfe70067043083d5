"""Sitting 24, helper "pdf": PDF and Word readers (trial23 T23-23, T23-19, T23-24; trial22 T22-3, T22-32, T22-44)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, typeset_pdf

_BACK_LINKS = """#set page(paper: "a5")
#set par(spacing: 0.9em)

*Networking basics*

*What does TCP guarantee?*

Ordered, reliable delivery of a byte stream between two hosts.

*⬆ Back to index*

*What does UDP give up?*

Delivery and ordering guarantees, for less overhead.

*⬆ Back to index*

*Which port does HTTPS use by default*

Port 443.

*⬆ Back to index*

*What does the transmission control protocol guarantee to the two applications that talk through it?*

It retransmits the segments that were lost and controls the flow.

*⬆ Back to index*
"""


def test_a_bold_back_link_ending_every_answer_is_furniture_never_part_of_the_next_question(tmp_path: Path) -> None:
    """T23-23: a bold '⬆ Back to index' after every answer, over the next bold question: never glued onto it (a bold line
    repeated three times is a line of its own), dropped as the page's furniture; the short bold title over the first
    question is no part of it either (a bold line wraps only below a full one); a bold question wrapped over two lines
    stays one."""
    pdf = typeset_pdf(tmp_path / "faq.pdf", _BACK_LINKS)
    notes, skipped, said = built_notes(tmp_path / "deck", {"faq.pdf": pdf})
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "What does TCP guarantee?",
        "What does UDP give up?",
        "Which port does HTTPS use by default?",
        "What does the transmission control protocol guarantee to the two applications that talk through it?",
    ], (fronts, said)
    assert not skipped
    assert all("Back to index" not in note_back(n) for n in notes), [note_back(n) for n in notes]
    assert any("the same text ends 4 answers" in s for s in said), said
    assert not any("outside any question" in s for s in said), said
