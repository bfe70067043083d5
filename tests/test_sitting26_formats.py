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


# --- T25-47 (rest): a slide deck read with pdf_slides = true ---------------------------------------------------------

SLIDES_TYP = """#set page(width: 25.4cm, height: 14.29cm, margin: 1.5cm, footer: context [#h(1fr) #counter(page).display()])
#set text(size: 20pt)
#let slide(title, body) = { text(size: 30pt, weight: "bold", title); v(0.5em); body; pagebreak(weak: true) }
#slide[Lecture 4: The TCP/IP model][Networking 101 — Dr. Okafor]
#slide[Why layers?][
- Each layer solves one problem
- Layers can change independently
]
#slide[The four layers][
+ Link: frames on one network
+ Internet: packets across networks (IP)
]
#slide[TCP vs UDP][
- TCP: connection-oriented, reliable, ordered
- UDP: connectionless, no delivery guarantee
]
#slide[Check your understanding][
Which layer does IP belong to?
#v(1em)
#text(fill: gray)[Answer: the Internet layer.]
]
"""


def test_a_slide_decks_title_slide_is_no_card_and_a_slide_that_asks_is_its_question(tmp_path: Path) -> None:
    """T25-47 rest (high): read with pdf_slides = true, a lecture's PDF gave its title slide as a card ('Lecture 4: …' →
    'Networking 101 — Dr. Okafor') and its 'Check your understanding' slide as a card fronted by that title, the
    question and its 'Answer:' line both on the back. Now the title slide titles the deck, and the slide's question is
    the front, its answer the back, the slide's title its section."""
    from conftest import typeset_pdf

    pdf = typeset_pdf(tmp_path / "lecture4.pdf", SLIDES_TYP)
    table = '\n[[source]]\nid = "l4"\nfile = "sources/lecture4.pdf"\ntitle = "Lecture 4"\npdf_slides = true\n'
    notes, _, _ = built_notes(tmp_path / "deck", {"lecture4.pdf": pdf}, table)
    shown = {note_front(n): note_back(n) for n in notes}
    assert "Lecture 4: The TCP/IP model" not in shown and not any("Okafor" in b for b in shown.values())
    assert shown["Which layer does IP belong to?"] == "the Internet layer."
    asked = next(n for n in notes if note_front(n) == "Which layer does IP belong to?")
    assert asked["fields"]["Section"] == "Check your understanding"
    assert shown["Why layers?"] == "• Each layer solves one problem • Layers can change independently"
    assert not any("Answer:" in b for b in shown.values())


def test_a_question_line_over_an_answer_line_is_a_card_under_any_heading(tmp_path: Path) -> None:
    """T25-47 rest: the same shape typed in Markdown ('## Check your understanding' / 'Which layer …?' / 'Answer: …', no
    blank line between) was the heading's card with question and answer on its back, and alone under a heading no card
    at all ('text outside any question'). Options between the question and its key stay a multiple-choice question."""
    page = (
        "## Why layers?\n\n- Each layer solves one problem\n\n"
        "## Check your understanding\nWhich layer does IP belong to?\nAnswer: the Internet layer.\n\n"
        "## Transport\nWhat does TCP add over IP?\n**Answer:**\nReliable, ordered delivery.\n"
    )
    notes, _, said = built_notes(tmp_path, {"slides.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Why layers?", "Each layer solves one problem"),
        ("Which layer does IP belong to?", "the Internet layer."),
        ("What does TCP add over IP?", "Reliable, ordered delivery."),
    ]
    assert not any("outside any question" in s for s in said)
    quiz = "Which layer does IP belong to?\na) Link\nb) Internet\nAnswer: b\n\nWhat is 2 + 2?\na) 3\nb) 4\nAnswer: b\n"
    notes, _, _ = built_notes(tmp_path / "mc", {"mc.md": quiz})
    assert _shown(notes) == [
        ("Which layer does IP belong to?", "A) Link B) Internet", "B) Internet"),
        ("What is 2 + 2?", "A) 3 B) 4", "B) 4"),
    ]
