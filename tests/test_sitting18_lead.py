"""Lead's fixes of the eighteenth sitting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import new_user_deck, typeset_pdf

from compiler.cli import main
from compiler.itemcache import ItemCache
from compiler.sources import converted, pdftext

# two typeset pages: the form feed between them is a line break to Document.lines but no '\n'
_TWO_PAGES = r"""
#set page(paper: "a6")
= Notes

*1.* What is a thread?

A unit of execution inside a process.
#pagebreak()
*2.* What is a process?

A running program with its own address space.
#pagebreak()
*3.* What is a lock?

A guard that lets one thread at a time in.
#pagebreak()
*4.* What is a deadlock?

Threads that wait for each other forever.
"""



def test_a_pdf_s_conversion_is_taken_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """T18-76: a PDF's cached conversion was thrown away as 'not well formed' on every build (its line map
    counted the pages' form feeds as lines, the check counted '\\n' only), so any change to a deck with a
    268-page book read the book again (~40 s). Now the second conversion comes from the cache."""
    pdf = typeset_pdf(tmp_path / "notes.pdf", _TWO_PAGES)
    cache = ItemCache(tmp_path / "cache")
    text, made = converted.convert(pdf, "sources/notes.pdf", cache=cache)
    # (the form feeds between pages: since sitting 27 no line of their own, the line map a line per '\n')
    assert "\f" in text and len(made.origin) == text.count("\n")
    cache.save()

    def not_again(*args: object) -> None:
        raise AssertionError("converted again")

    monkeypatch.setattr(converted, "_convert", not_again)
    again, kept = converted.convert(pdf, "sources/notes.pdf", cache=ItemCache(tmp_path / "cache"))
    assert (again, kept.origin, kept.places) == (text, made.origin, made.places)


_PAGE_TWO = "Index of terms\nSee also chapter three for the scheduler.\n"


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("The self-\nattention layer is new.\nA self-attention head reads all.\n", "self-attention"),  # a compound: kept
        ("The atten-\ntion layer is new.\nAttention is all you need.\n", "attention"),  # a syllable break: joined
        ("Про «вложен-\nных классов» речь.\nО вложенных классах.\n", "вложенных"),  # after a quote mark: the word
        ("The (non-\nlinear) map is new.\nNonlinear maps abound.\n", "nonlinear"),  # the document's own spelling
        ("A state-of-the-\nart model is new.\nIt reads.\n", "state-of-the-art"),  # no spelling: the link word keeps it
    ],
)
def test_a_word_broken_at_a_line_end_is_joined_as_the_text_spells_it(text: str, joined: str) -> None:
    """T18-76: deciding each broken word searched the whole text twice (a 268-page book: ~30 s of CPU); the
    spellings are now counted once per document, with the same answers."""
    out, done = pdftext.clean(text + "\f" + _PAGE_TWO)
    assert len(done.joined) == 1 and done.joined[0][2].endswith(joined), done.joined
    assert joined in out.splitlines()[0]



def _sheet_text(deck: Path) -> str:
    from pypdf import PdfReader

    return " ".join(page.extract_text() for page in PdfReader(next((deck / "build").glob("*.pdf"))).pages)


# formulas as Mathpix pastes them: '\text {x }' with a space inside, as a script (trial19 T19-10)
_MATHPIX = (
    "Q: What does a CMOS gate's switching power depend on?\n"
    r"A: \(P_{\text {switching }}=C_{\text {eff }} \times V_{\text {dd }} 2 \times f\), mit: the switched capacity."
    "\n\nQ: What is the short-circuit power?\n"
    r"A: \(\mathrm{P}_{\text {shortcircuit }}=I_{\text {mean }} \times \mathbf{V}_{\mathrm{dd}},\) mit the mean current."
    "\n"
)


def test_a_formula_with_text_scripts_is_typeset(tmp_path: Path) -> None:
    """T19-10: a long formula whose scripts are text ('P_"switching "') was split at those strings as if they were
    words between formulas, leaving 'P_' that Typst cannot read: 'internal error', nothing written. Now the
    scripts stay in their formula and the sheet prints it."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "power.txt").write_text(_MATHPIX, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    assert "internal error" not in result.output
    sheet = _sheet_text(deck)
    assert "switching" in sheet and "shortcircuit" in sheet
    assert "print every formula as code" not in result.output


def test_a_sheet_a_formula_breaks_is_printed_with_formulas_as_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """T19-10: whatever formula still breaks the sheet as a whole (each is checked alone first), the build does
    not fail for it: the sheet is typeset again with every formula as its code, and a warning says so."""
    from compiler.emit import pdf

    real = pdf.compile_json

    def no_math(text: str, date: object) -> bytes:
        if '"k": "m"' in text:  # (a formula Typst cannot read, as the sheet would hold it)
            raise RuntimeError("expected expression")
        return real(text, date)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf, "compile_json", no_math)
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "power.txt").write_text(_MATHPIX, encoding="utf-8")
    # (no sheet kept from another build of the same notes: this one must be typeset)
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub", "DECKC_VECTOR_CACHE": "off"})
    assert result.exit_code == 0, result.output
    assert "could not be typeset with its formulas (expected expression)" in result.output
    assert "switching" in _sheet_text(deck)
    assert {p.suffix for p in (deck / "build").iterdir() if p.is_file()} >= {".apkg", ".csv", ".json", ".pdf"}


def _cards(deck: Path) -> list[tuple[str, str]]:
    manifest = json.loads(next((deck / "build").glob("*.json")).read_text(encoding="utf-8"))
    return [(n["fields"].get("Question") or n["fields"]["Text"], n["fields"].get("Answer", "")) for n in manifest["notes"]]


@pytest.mark.parametrize(
    "card",
    [
        "**Q:** What is the capital of {c}?\n**A:** {a}\n",
        "**Front:** What is the capital of {c}?\n**Back:** {a}\n",
        "**Question:** What is the capital of {c}?\n\n**Answer:** {a}\n",
        "Q: What is the capital of {c}?\nA: {a}\n",
    ],
)
@pytest.mark.parametrize("rule", ["---", "***"])
def test_labelled_cards_between_rules_are_each_a_card(tmp_path: Path, card: str, rule: str) -> None:
    """T19-37: labelled pairs separated by '---' rules (how chat assistants and many note takers write flashcards):
    after the first card the rest were taken for 'a list of questions nobody answers' (a rule then questions),
    each skipped 'no answer' with its answer glued to it. Every pair is a card now."""
    places = [("Japan", "Tokyo"), ("Canada", "Ottawa"), ("Peru", "Lima"), ("Kenya", "Nairobi")]
    deck = new_user_deck(tmp_path / "deck")
    text = f"\n{rule}\n\n".join(card.format(c=c, a=a) for c, a in places)
    (deck / "sources" / "capitals.md").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    assert _cards(deck) == [(f"What is the capital of {c}?", f"<p>{a}</p>") for c, a in places]
    assert "no answer" not in result.output


_ONE_LINE = """# Quick review

**Question:** What is osmosis? **Answer:** Diffusion of water across a semi-permeable membrane.

**Pregunta:** ¿Qué es la mitosis? **Respuesta:** La división de una célula en dos.

**Frage:** Was ist ATP? **Antwort:** Der Energieträger der Zelle.

**Q:** What is the function of ribosomes? **A:** Protein synthesis.

- **What is glycolysis?** The breakdown of glucose into pyruvate.
- **What is the Krebs cycle?** The oxidation of acetyl-CoA to carbon dioxide.
"""


def test_question_and_answer_labels_on_one_line_are_a_card(tmp_path: Path) -> None:
    """T19-36: '**Question:** …? **Answer:** …' on one line (what chat assistants and revision sheets write) was
    'question has no answer', and the bold questions after such a card were taught as its back. Each is a card."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "review.md").write_text(_ONE_LINE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    assert _cards(deck) == [
        ("What is osmosis?", "<p>Diffusion of water across a semi-permeable membrane.</p>"),
        ("¿Qué es la mitosis?", "<p>La división de una célula en dos.</p>"),
        ("Was ist ATP?", "<p>Der Energieträger der Zelle.</p>"),
        ("What is the function of ribosomes?", "<p>Protein synthesis.</p>"),
        ("What is glycolysis?", "<p>The breakdown of glucose into pyruvate.</p>"),
        ("What is the Krebs cycle?", "<p>The oxidation of acetyl-CoA to carbon dioxide.</p>"),
    ]
    assert "no answer" not in result.output


def test_options_after_a_labelled_question_are_no_answer_label() -> None:
    """T19-36: only an answer label after the question's end splits a line; options ('A) …', 'A. …') never do."""
    from compiler.sources.lines import inline_answer_label

    assert inline_answer_label("**Q:** What is 2 + 2? **A:** 4") is not None
    assert inline_answer_label("Q: What is 2 + 2? A) 3 B) 4") is None
    assert inline_answer_label("Q: What is 2 + 2? A. 3 B. 4") is None
    assert inline_answer_label("Q: Which answer: the first or the second?") is None


_SYLLABUS = """Syllabus for Midterm 1

Basic mathematics
– Comfort with set notation, especially set operations like cross product and power set,
countable and uncountable sets.
– Familiarity with alphabets, strings, and languages.

Dropout
During training, each activation is kept with probability 1-p and set to zero otherwise. At test time every
unit is kept, so the network averages many thinned networks.

Pitfalls
- Tuning regularization on the test set.
- Stacking too many regularizers at once.
"""


def test_a_list_of_points_is_no_definition(tmp_path: Path) -> None:
    """T19-33: an article section that is only a list of points ('Basic mathematics' over '– Comfort with set
    notation …', a syllabus) was asked 'What is basic mathematics?', teaching that it IS comfort with set notation.
    It asks what the section lists; a prose definition keeps 'What is dropout?'; en-dash bullets are bullets."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "syllabus.txt").write_text(_SYLLABUS, encoding="utf-8")
    with (deck / "deck.toml").open("a", encoding="utf-8") as f:
        f.write('\n[[source]]\nid = "syllabus"\nfile = "sources/syllabus.txt"\ntitle = "Syllabus"\nlayout = "article"\n')
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    cards = dict(_cards(deck))
    assert cards["What points are listed under “Basic mathematics”?"].startswith("<ul><li>Comfort with set notation")
    assert cards["What is dropout?"].startswith("<p>During training")
    assert "What are the pitfalls in syllabus for midterm 1?" in cards  # (a plural word: what it names, as before)
    assert not any(q.startswith("What is basic") for q in cards)


def test_a_serial_number_column_is_no_next_question_s_lead_in(tmp_path: Path) -> None:
    """T19-45 (a regression of L17-2's labelled lead-ins): a bank table's 'Q.No' column, printed 'Q.No: 1' under
    row 1's key, was taken for a lead-in opened by a question label and moved onto row 2's front."""
    deck = new_user_deck(tmp_path / "deck")
    rows = [("Which layer handles routing?", "Data link", "Network", "Transport", "Session", "B"),
            ("Which protocol resolves IP addresses to MAC addresses?", "DNS", "DHCP", "ARP", "ICMP", "C"),
            ("What is the default port of HTTP?", "21", "25", "80", "443", "C")]  # fmt: skip
    table = "| Q.No | Question | Option A | Option B | Option C | Option D | Answer |\n|---|---|---|---|---|---|---|\n"
    table += "".join(f"| {n} | {' | '.join(r)} |\n" for n, r in enumerate(rows, 1))
    (deck / "sources" / "bank.md").write_text("# Unit 2 MCQ\n\n" + table, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    assert [q for q, _ in _cards(deck)] == [r[0] for r in rows]
