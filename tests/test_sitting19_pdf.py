"""Sitting 19, helper "pdf": PDFs read directly (compiler/sources/pdf.py, pdftext.py) and what they feed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from conftest import new_user_deck, typeset_pdf

from compiler.cli import main


def _build(deck: Path) -> str:
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output, result.output
    return result.output


def _notes(deck: Path) -> dict[str, dict[str, Any]]:
    manifests = list((deck / "build").glob("*.json"))
    if not manifests:
        return {}
    manifest = json.loads(manifests[0].read_text(encoding="utf-8"))
    return {n["fields"].get("Question") or n["fields"].get("Text"): n["fields"] for n in manifest["notes"]}


# a module-wise question bank of three pages: bold titles and numbered questions, no answers; a site's line set large
# at the foot of pages 2 and 3 (page 1 is a cover with nothing on it)
_BANK_TYP = r"""
#set page(paper: "a5")
#let stamp = place(bottom + center, dy: -4pt, text(size: 18pt)[Downloaded from Notesite.in])
#pagebreak()
*Engineering College* \
*Constitution of India -- Question Bank*

*Module -- 1* \
*1.) Define Constitution* \
*2.) Salient features of the constitution* \
*3.) Importance of the Preamble* \
*Module -- 2* \
*1.) Define State* \
*2.) List out fundamental rights*
#stamp
#pagebreak()
*Module -- 3* \
*1.) Powers and functions of the president* \
*2.) Attorney General of India* \
*3.) Functions of parliament*
#stamp
"""

# an exam paper: its titles and part labels set in bold, numbered questions with their marks, no answers
_PAPER_TYP = r"""
#set page(paper: "a5")
*STATE TECHNOLOGICAL UNIVERSITY*

Fourth Semester B.Tech Degree Examination, Reg No.: ______

*PART A*

1 List any three characteristics of a database system. 3

2 Write briefly about three integrity constraints. 3

3 Give any three uses of a trigger. 3

*Module -2*

11 a) Differentiate between two-tier and three-tier architectures. 7

b) Draw an ER diagram for a library. 7

*Module -3*

13 a) Explain the relational algebra operations with examples. 8

b) Write SQL for the queries that follow. 6
"""

# notes whose headings are set large and ask, each over its answer
_ASKED_TYP = r"""
#set page(paper: "a5")
#let h(body) = text(size: 15pt, body)
#h[What is normalisation?]

Organising a database's tables so that each fact is stored once, removing update anomalies.

#h[Why are transactions atomic?]

A transaction is applied whole or not at all, so a failure never leaves half of it in the database.

#h[Define a foreign key.]

A column whose values must match a key of another table.
"""


def test_a_question_bank_pdf_makes_no_card_of_its_watermark_or_titles(tmp_path: Path) -> None:
    """trial19 R19-1 (regression from T18-77's fix): a question bank PDF with no answers gave a card fronted by the
    site line at its pages' feet ('Q: Downloaded from Ktunotes.in  A: 1.) Powers and functions …'). A line set large at
    the edge of two pages and half of them is a running line, left out like a watermark; the file gives no card."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "bank.pdf", _BANK_TYP)
    (deck / "sources" / "notes.md").write_text("## What is a DFA?\n\nA finite automaton with one move per symbol.\n", encoding="utf-8")
    output = _build(deck)
    assert set(_notes(deck)) == {"What is a DFA?"}, output
    assert re.search(r"bank\.pdf: warning: left out a line set large on many pages \('Downloaded from Notesite\.in', on 2 of its 3 pages\)", output), output
    assert re.search(r"bank\.pdf: warning: no card from this file", output), output


def test_an_exam_paper_pdf_makes_no_card_of_its_bold_titles(tmp_path: Path) -> None:
    """trial19 R19-1 (regression from T18-77's fix): a question paper PDF read as Markdown gave cards fronted by its bold
    titles ('PART A', 'APJ ABDUL KALAM TECHNOLOGICAL UNIVERSITY', 'Module -2'), each over questions with no answer.
    Fronts that mostly ask nothing refuse that reading of an unlisted PDF, with a warning and the table that reads a
    PDF of notes by its headings; a PDF whose headings ask is read as before."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "paper.pdf", _PAPER_TYP)
    typeset_pdf(deck / "sources" / "notes.pdf", _ASKED_TYP)
    output = _build(deck)
    notes = _notes(deck)
    assert set(notes) == {"What is normalisation?", "Why are transactions atomic?", "Define a foreign key."}, output
    assert "stored once" in notes["What is normalisation?"]["Answer"]
    assert re.search(r"paper\.pdf: warning: no card from this file: read by the lines its fonts set large or in bold, \d+ of its \d+ cards would ask nothing \('", output), output
    assert "a title, a label or a page mark is no question" in output
    assert 'headings = "cards"' in output


# a quiz's solutions: each variant's task, a bold 'Solution:' label and its answer; a running title and the page's number
_SOLVED_TYP = r"""
#set page(paper: "a6", header: [Quiz 2 -- Solutions, Fall 2025], footer: context align(center, counter(page).display()))
a. BYA \
All strings containing the substring 000 \
*Solution:* \
Three states after the start, a 0 to each, the last one looping on 0 and 1.

#v(1fr)
b. BYF \
All strings containing the subsequence 000 \
*Solution:* \
Three states after the start, each staying on 1, the last one looping on 0 and 1.
#pagebreak()
c. BYH \
All strings that do not contain the substring 00 \
*Solution:* \
Two states after the start, a 1 back to the start, a second 0 to a dead state.

#v(1fr)
d. BYC \
All strings with an even number of 0s \
*Solution:* \
Two states, a 0 from each to the other, a 1 on each a loop.
"""


def test_a_bold_solution_label_near_pages_edges_is_no_page_furniture(tmp_path: Path) -> None:
    """trial19 R19-3 (regression): a solutions PDF said "removed 7 page header, footer and number lines
    ('**Solution:**', '1' …)": a bold label repeated near two pages' edges was taken for a running line. A label line
    (ending in ':'), bold or not, is content; the running title and the page numbers still go."""
    from compiler.sources.pdf import pdf_text
    from compiler.sources.pdftext import clean

    pdf = typeset_pdf(tmp_path / "Q02-sol.pdf", _SOLVED_TYP)
    text, done = clean(pdf_text(pdf, "Q02-sol.pdf").text)
    assert text.count("**Solution:**") == 4, text
    assert not any(removed.strip("*") == "Solution:" for removed in done.furniture), done.furniture
    assert any("Quiz 2" in removed for removed in done.furniture), done.furniture


# a model exam paper with its answers (Word → PDF): questions wrapped by the page, answers right under them, Part B's
# questions in two halves 'N. A)' / 'N. B)'
_EXAM_LINES = [
    "PART A",
    "1. What does negotiation mean when discussing network protocols in a layered architecture?",
    "Give an example.",
    "The sender and the receiver agree on the parameters used to transfer the data between them.",
    "2. An 8-bit byte with binary value 10101111 is to be encoded using an even-parity",
    "Hamming code. What is the binary value after encoding?",
    "Four check bits go at the positions that are powers of two, giving the twelve bits 111100100101.",
    "3. Illustrate the count to infinity problem in distance vector routing.",
    "Bad news travels slowly: routers keep raising their distance to a lost node one hop at a time.",
    "PART B",
    "11. A) With a neat diagram, explain the Open Systems Interconnection (OSI) Reference",
    "Model.",
    "The seven layers, from the physical layer that moves bits to the application layer for users.",
    "11. B) Compare twisted pair, coaxial cable and optical fibre guided transmission media.",
    "Twisted pair is cheap and short, coaxial cable shielded, optical fibre fast and immune to noise.",
    "12. A) Explain the working of the High-Level Data Link Control (HDLC) protocol.",
    "HDLC frames carry a flag, an address, a control field, the data and a frame check sequence.",
    "12. B) Distinguish between bridges and switches in a local area network.",
    "A bridge joins two segments in software; a switch has many ports and forwards in hardware.",
]
_EXAM_TYP = "#set page(paper: \"a4\")\n#set text(size: 10pt)\n" + "".join(
    f"#{'[' + '*' + line + '*' + ']' if line.startswith('PART') else repr(line).replace(chr(39), chr(34))} \\\n" for line in _EXAM_LINES
)


def test_an_exam_pdf_keeps_wrapped_questions_and_both_halves_of_a_part_b_question(tmp_path: Path) -> None:
    """trial19 T19-14: a model exam PDF with answers gave 'An 8-bit byte … even-parity' → 'Hamming code. What is …?'
    (the page's line break cut the question), 'Give an example.' on the back, and each 'N. B)' half inside the answer of
    its 'N. A)'. A full item line that ends no sentence goes on to the line that does; a short line that asks on
    ('Why?', 'Give an example.') is the question's; 'N. B)' after 'N. A)' is the next part, its own card."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "model-qp.pdf", _EXAM_TYP)
    output = _build(deck)
    notes = {q: " ".join(f["Answer"].split()) for q, f in _notes(deck).items()}
    assert notes.get(
        "An 8-bit byte with binary value 10101111 is to be encoded using an even-parity Hamming code. What is the binary value after encoding?"
    ) == "<p>Four check bits go at the positions that are powers of two, giving the twelve bits 111100100101.</p>", (notes, output)
    assert notes.get("What does negotiation mean when discussing network protocols in a layered architecture? Give an example.", "").startswith("<p>The sender")
    osi = next(q for q in notes if "Open Systems Interconnection" in q)
    assert osi.endswith("(OSI) Reference Model."), osi
    assert notes[osi].startswith("<p>The seven layers"), notes[osi]
    assert "Compare" not in notes[osi]
    compare = next(q for q in notes if "Compare twisted pair" in q)
    assert notes[compare].startswith("<p>Twisted pair is cheap"), notes[compare]
    bridges = next(q for q in notes if "bridges and switches" in q)
    assert "hardware" in notes[bridges]
    assert len(notes) == 7, list(notes)


# a lab's solutions: numbered tasks, 'Solution:' paragraphs, a formula the page broke before '1) ■', a starred task
_LAB_LINES = [
    "Give regular expressions for each of the following languages over the alphabet {0, 1}.",
    "1. All strings containing the substring 000.",
    "Solution: Any string, then the substring, then any string: (0 + 1)*000(0 + 1)* ■",
    "2. All strings not containing the substring 000.",
    "Solution: Blocks of at most two 0s, each closed by a 1: (1 + 01 + 001)*(ϵ + 0 + 00) ■",
    "3. All strings w such that in every prefix of w, the number of 0s and 1s differ by at most 1.",
    "Solution: Equivalently, strings that alternate between 0s and 1s: (01 + 10)*(ϵ + 0 +",
    "1) ■",
    "4. Any string not in 0* + 1*",
    "Solution: At least one 0 and one 1, in either order: (0 + 1)*0(0 + 1)*1(0 + 1)* + (0 + 1)*1(0 + 1)*0(0 + 1)* ■",
    "⋆5. All strings containing at least two 0s and at least one 1.",
    "Solution: Three ways to begin, each case written out: 1 before the two 0s, between them, or after them. ■",
]
_LAB_TYP = "#set page(paper: \"a4\")\n#set text(size: 10pt)\n" + "".join(f"#{repr(line).replace(chr(39), chr(34))} \\\n" for line in _LAB_LINES)


def test_a_solutions_pdf_keeps_a_broken_formula_and_a_starred_task(tmp_path: Path) -> None:
    """trial18 T18-65: a lab's solutions PDF: '… (01 + 10)∗(ϵ + 0 +' / '1) ■' made '1) ■' an item ('question has no
    answer'), the answer cut mid-formula; the starred challenge task '⋆9. …' was inside the answer of task 8. A line
    that ends on an operator or an open bracket goes on on the next line; a star before an item's number marks it."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "lab1-sol.pdf", _LAB_TYP)
    output = _build(deck)
    assert "no answer" not in output, output
    notes = {q: " ".join(f["Answer"].split()) for q, f in _notes(deck).items()}
    prefix = "All strings w such that in every prefix of w, the number of 0s and 1s differ by at most 1."
    assert notes.get(prefix, "").endswith("(01 + 10)*(ϵ + 0 + 1) ■</p>"), (notes, output)
    starred = "All strings containing at least two 0s and at least one 1."
    assert "Three ways to begin" in notes.get(starred, ""), notes
    assert "Three ways" not in notes.get("Any string not in 0* + 1*", ""), notes
    assert len(notes) == 5, list(notes)


def _as_ocr_layer(path: Path) -> None:
    """The PDF at ``path`` with its text invisible (render mode 3), as a scanner app lays its OCR text over a page's picture."""
    import pypdf
    from pypdf.generic import ContentStream, NameObject

    reader = pypdf.PdfReader(path)
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        content = ContentStream(page.get_contents(), reader)
        content.set_data(re.sub(rb"(?<![\d.])0 Tr", b"3 Tr", content.get_data().replace(b"BT", b"BT 3 Tr")))  # (Typst sets '0 Tr')
        page[NameObject("/Contents")] = writer._add_object(content)
        writer.add_page(page)
    with path.open("wb") as out:
        writer.write(out)


def test_a_scanned_pdf_s_ocr_layer_is_said(tmp_path: Path) -> None:
    """trial18 T18-72: a phone-scanned notes PDF with an OCR layer gave 60 cards of OCR fragments and no word that it
    was a scan. Text drawn invisible (render mode 3) on a third of the pages or more is a scan's OCR layer: a warning
    says so and what to check; a typeset PDF gets no such warning."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "notes.pdf", _ASKED_TYP)
    output = _build(deck)
    assert "scanned document" not in output, output
    assert "What is normalisation?" in _notes(deck)
    _as_ocr_layer(deck / "sources" / "notes.pdf")
    output = _build(deck)
    assert re.search(r"notes\.pdf: warning: a scanned document: the text of 1 of its 1 pages is an OCR layer .*check every card against the pages", output), output


# a Word MCQ bank copied out of its PDF: the number alone on its line, a 'State true or false:' lead-in over the
# statement, two options, the key block after the questions
_TF_BANK = """1.
Which of these is a regular language?
a) a^n b^n
b) a*b*
c) ww^R
d) a^n b^n c^n

2.
State true or false:
Statement: Both NFA and e-NFA recognize exactly the same languages.
a) true
b) false
3.
Which machine accepts a context-free language?

a) DFA
b) PDA
c) NFA
d) Moore machine

ANSWERS
1.b
2.a
3.b
"""


def test_a_state_true_or_false_item_is_keyed(tmp_path: Path) -> None:
    """pdf's own note (trial18 T18-80's bank): 'State true or false:' over 'Statement: …' and 'a) true' / 'b) false' was a
    Basic card fronted by the lead-in alone, both options on its back, its key '2.a' unused. The lines a question's
    lead-in ':' introduces up to its options are the question's, and a 'true or false' prompt is a choice to make."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "bank.txt").write_text(_TF_BANK, encoding="utf-8")
    _build(deck)
    notes = _notes(deck)
    stated = "State true or false: Statement: Both NFA and e-NFA recognize exactly the same languages."
    assert stated in notes, list(notes)
    assert notes[stated]["Correct"] == "A) true", notes[stated]
    assert notes["Which machine accepts a context-free language?"]["Correct"] == "B) PDA"
