"""Sitting 18, helper "pdf": PDFs read directly (compiler/sources/pdf.py, pdftext.py) and what they feed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from conftest import new_user_deck, typeset_pdf

from compiler.cli import main
from compiler.sources.inline_ticks import inline_ticks


def _build(deck: Path) -> str:
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    return result.output


def _notes(deck: Path) -> dict[str, dict[str, Any]]:
    manifest = json.loads(next((deck / "build").glob("*.json")).read_text(encoding="utf-8"))
    return {n["fields"].get("Question") or n["fields"].get("Text"): n["fields"] for n in manifest["notes"]}


_TRIVIA = """# Trivia

## Which planet is known as the red planet?

- A) Venus
- B) Mars ✓
- C) Jupiter
- D) Saturn

## Which gas do plants take in for photosynthesis?

- A) Oxygen
- B) Nitrogen
- C) Carbon dioxide ✓
- D) Helium

## What is the capital of Australia?

- A) Canberra ✓
- B) Sydney
- C) Melbourne
"""


def test_a_deck_built_from_deckc_s_own_cheat_sheet_keeps_its_keys(tmp_path: Path) -> None:
    """trial18 T18-86: the cheat sheet prints a quiz's options as one run with the tick before the right one's label
    ('A) Venus ✓ B) Mars …'); read back, each key went to the option before the right one. The document's own
    'before the first label' tick says its ticks lead; a label wrapped to a line end ('… D)' / 'Helium') goes
    down with its text."""
    first = new_user_deck(tmp_path / "first")
    (first / "sources" / "quiz.md").write_text(_TRIVIA, encoding="utf-8")
    _build(first)
    second = new_user_deck(tmp_path / "second")
    (second / "sources" / "sheet.pdf").write_bytes(next((first / "build").glob("*.pdf")).read_bytes())
    _build(second)
    notes = _notes(second)
    assert notes["Which planet is known as the red planet?"]["Correct"] == "B) Mars"
    assert notes["Which gas do plants take in for photosynthesis?"]["Correct"] == "C) Carbon dioxide"
    assert "D)</span> Helium" in notes["Which gas do plants take in for photosynthesis?"]["Options"]
    assert notes["What is the capital of Australia?"]["Correct"] == "A) Canberra"


def test_a_tick_between_options_follows_the_document_or_keys_nothing(tmp_path: Path) -> None:
    """A tick between two options on one line: before a label tied by a no-break space, or in a document whose ticks
    stand before the first label, it opens the next option; in one whose ticks close the last option, it closes the
    one before; with no sign either way it keys nothing and is said at its line."""
    leading = ["A) 1 B) 2 ✓ C) 3", "✓ A) x B) y C) z"]
    assert inline_ticks(leading)[0][0] == "A) 1 B) 2 C) 3 ✓"
    assert inline_ticks(["A) 1 ✓\u00a0B) 2 C) 3"])[0] == ["A) 1 B) 2 ✓ C) 3"]
    assert inline_ticks(["A) 1 ✓ B) 2 C) 3", "A) x B) y C) z ✓"])[0][0] == "A) 1 ✓ B) 2 C) 3"
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "quiz.md").write_text(
        "## Which number is prime?\n\nA) 4 ✓ B) 7 C) 9\n\n## Which is a vowel?\n\nA) b ✓ B) e C) k\n\n## What is two and two?\n\nFour.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert re.search(r"quiz\.md:3: warning: a tick between two options .* no key taken from it", result.output), result.output
    assert result.exit_code == 0, result.output
    assert set(_notes(deck)) == {"What is two and two?"}  # (no card keyed by a guess)


def test_a_bold_statement_over_ticked_true_false_options_is_asked(tmp_path: Path) -> None:
    """The sheet prints a true/false item as its statement in bold over 'A) True ✓ B) False'; it was glued to the
    question above as its explanation. A bold statement whose next line is a run of options, one ticked, asks."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "quiz.md").write_text(
        "**Which planet is red?**\nA) Venus B) Mars ✓ C) Jupiter\n\n**The logo for Snapchat is a bell.**\nA) True B) False ✓\n",
        encoding="utf-8",
    )
    _build(deck)
    notes = _notes(deck)
    assert notes["The logo for Snapchat is a bell."]["Correct"] == "B) False"
    assert notes["Which planet is red?"]["Correct"] == "B) Mars" and not notes["Which planet is red?"]["Explanation"]



# a solved-MCQ sheet as McqMate prints them: bold numbered questions, 'A.'–'D.' options, 'Answer: X' under them (at
# each page's foot here), '?' where the font had no Σ, '*' and '>' in formulas
_SOLVED_TYP = r"""
#set page(paper: "a6", footer: [Download more sets at QuizSite.com])
#let q(n, body) = [*#n. #body*]
""" + "\n".join(
    f"""
#q({n})[{stem}]

A. {a} \\
B. {b} \\
C. {c} \\
D. {d} \\
Answer: {key}
#pagebreak()
"""
    for n, stem, a, b, c, d, key in [
        (76, "Recursively enumerable languages are not closed under", "Union", "Homomorphism", "Complementation", "Concatenation", "C"),
        (77, "Given a Turing machine M over the input alphabet ?, a state q and a word w ? ?\\*, does M visit q? Which statement about this is correct?",
         "It is decidable", "It is undecidable but partially decidable", "It is not even partially decidable", "It is no decision problem", "C"),
        (78, "Given A = {0,1} and L = A\\*. If R = (0n1n, n > 0), then L and R are respectively", "Regular, regular", "Not regular, regular", "Regular, not regular", "Context free, not regular", "C"),
    ]
)


def test_a_solved_mcq_pdf_keeps_its_answer_lines_and_its_stems(tmp_path: Path) -> None:
    """trial18 T18-77: 'Answer: C' at the foot of many pages was removed as a running footer (its questions lost their
    keys), fronts ended in '**' and showed '\\*', '\\>' (the PDF's Markdown was read as plain text after a rewrite),
    and a stem with a '?' standing for a symbol was cut there into a Basic card."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "solved.pdf", _SOLVED_TYP)
    output = _build(deck)
    assert "'Answer: C'" not in output and "Download more sets" in output  # (the footer goes, the key lines stay)
    notes = _notes(deck)
    assert {q: f["Correct"] for q, f in notes.items()} == {
        "Recursively enumerable languages are not closed under": "C) Complementation",
        "Given a Turing machine M over the input alphabet ?, a state q and a word w ? ?*, does M visit q? Which statement "
        "about this is correct?": "C) It is not even partially decidable",
        "Given A = {0,1} and L = A*. If R = (0n1n, n &gt; 0), then L and R are respectively": "C) Regular, not regular",
    }, list(notes)


# a question bank typed in Word and printed to PDF: the number alone on its line (once with no dot), the question
# under it (once over three lines), 'a)'–'d)', a key block 'ANSWERS' / '1.b' after the questions, and a watermark
# set large on every page
_BANK_TYP = r"""
#set page(paper: "a6", background: place(center + horizon, text(size: 28pt, fill: luma(200))[TRACE KTU]))
*FORMAL LANGUAGES (MCQ)*

1. \
A language for which no DFA exists is a\_\_\_\_ \
a) Regular language \
b) Non-regular language \
c) May be regular \
d) Cannot be said

2. \
A DFA cannot be represented in the following format \
a) Transition graph \
b) Transition table \
c) C code \
d) None of the mentioned

3 \
Given: \
L = {0n1n for n >= 1}; \
Can there be a DFA for the language? \
a) Yes \
b) No
#pagebreak()
4. \
How many languages are over the alphabet R? \
a) countably infinite \
b) countably finite \
c) uncountable finite \
d) uncountable infinite
#pagebreak()
ANSWERS

1.b \
2.c \
3.b \
4.d
"""


def test_a_word_question_bank_pdf_reads_its_numbers_stems_and_key_block(tmp_path: Path) -> None:
    """trial18 T18-80: a bank whose numbers stand alone over their questions, keyed by an 'ANSWERS' block, stamped
    'TRACE KTU' on every page: no card, and advice naming '## TRACE KTU' lines the PDF does not show. The
    watermark is left out (said once), a lone number (even without its dot) numbers the line under it, a stem over
    lines runs to its options, and the block keys them."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "bank.pdf", _BANK_TYP)
    output = _build(deck)
    assert "'TRACE KTU', on 3 of its 3 pages" in output and "##" not in output
    notes = {q: f["Correct"] for q, f in _notes(deck).items()}
    assert notes == {
        "A language for which no DFA exists is a____": "B) Non-regular language",
        "A DFA cannot be represented in the following format": "C) C code",
        "Given: L = {0n1n for n &gt;= 1}; Can there be a DFA for the language?": "B) No",
        "How many languages are over the alphabet R?": "D) uncountable infinite",
    }, notes


# a course's quiz, the student version: a task and its variants, no solutions (and the solutions' copy, whose answers
# are drawings: their labels come out as letters and digits)
_QUIZ_TYP = r"""
#set page(paper: "a6")
ECE 100 Quiz 1 - Questions

*Problem type 1:*

Provide the regular expression for the following language:

a. BYH \
All strings containing the substring 000

b. BYA \
All strings containing the subsequence 000

c. BYC \
All strings that do not contain the substring 00.

d. BYG \
All string containing at least three 0’s
"""


def test_a_questions_only_quiz_pdf_gives_no_invented_cards(tmp_path: Path) -> None:
    """trial18 T18-64: a quiz's PDF with no answers was read as an 'article' (headings guessed from the text's shape):
    'What is all strings containing the substring 000?' with the next variant's label as its back. A PDF's headings
    are told by its fonts; a heading that ends in ':' leads in, it is no topic to make a card of."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "Q01.pdf", _QUIZ_TYP)
    (deck / "sources" / "notes.md").write_text("## What is a DFA?\n\nA finite automaton with one move per symbol.\n", encoding="utf-8")
    output = _build(deck)
    assert set(_notes(deck)) == {"What is a DFA?"}
    assert re.search(r"Q01\.pdf: warning: no card from this file", output), output
    solutions = _QUIZ_TYP.replace("Questions", "Solutions").replace("000\n", "000\n\n*Solution:* \\\nq0 q1 q2 q3 0 0 0 1\n")
    typeset_pdf(deck / "sources" / "Q01.pdf", solutions)
    output = _build(deck)
    assert set(_notes(deck)) == {"What is a DFA?"}, output


# lecture slides as a Beamer PDF: landscape pages, a slide revealed a line at a time (one page per step)
_SLIDES_TYP = r"""
#set page(paper: "presentation-4-3")
#set text(size: 20pt)
#let slide(title, ..lines) = [#text(size: 28pt)[*#title*] #parbreak() #lines.pos().join(parbreak()) #pagebreak(weak: true)]
#slide[Regular languages][A language is a set of strings over Σ.]
#slide[Creating regular expressions][1. All strings that end in 1011?]
#slide[Creating regular expressions][1. All strings that end in 1011?][2. All strings except 11?]
#slide[Creating regular expressions][1. All strings that end in 1011?][2. All strings except 11?][3. All strings that do not contain 000?]
#slide[Languages][Let u be a string. What is ϵu?][ϵu = u, the empty string changes nothing.]
#slide[Summary][Regular expressions denote regular languages.]
"""


def test_lecture_slides_pdf_is_left_out_with_advice(tmp_path: Path) -> None:
    """trial18 T18-66: Beamer slides read as a quiz: a slide's exercises (revealed one per page) became a keyed MC,
    overlay pages repeated, the lecture one 1,762-word answer. A PDF of landscape pages (slides) is left out with a
    warning saying why and what to do; pdf_slides = true reads its text anyway, each overlay step once."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "lec1.pdf", _SLIDES_TYP)
    (deck / "sources" / "notes.md").write_text("## What is a DFA?\n\nA finite automaton with one move per symbol.\n", encoding="utf-8")
    output = _build(deck)
    assert set(_notes(deck)) == {"What is a DFA?"}
    said = re.search(r"lec1\.pdf: warning: not read: lecture slides \(6 landscape pages, 2 of them overlay steps of the next\)[^\n]*", output)
    assert said and "pdf_slides = true" in said.group(), output
    toml = deck / "deck.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '\n[[source]]\nid = "lec1"\nfile = "sources/lec1.pdf"\npdf_slides = true\n\n[[source]]\nid = "notes"\nfile = "sources/notes.md"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert "lecture slides" not in result.output
    manifest = json.loads(next((deck / "build").glob("*.json")).read_text(encoding="utf-8")) if result.exit_code == 0 else {"notes": []}
    texts = json.dumps(manifest["notes"], ensure_ascii=False)
    assert texts.count("All strings that end in 1011") <= 1  # (the overlay steps read once)


# a university 'questions and answers' module typed in Word: numbered questions in bold, answers with bold
# sub-titles and their own '1)' parts
_MODULE_TYP = r"""
#set page(paper: "a6")
*1. What are the different types of transmission technology?*

Transmission technologies are of two types.

*Broadcast Networks*

● A single channel is shared by all the machines.

*Point-To-Point Networks*

● A dedicated link joins two devices.

*2. Explain the layers of the TCP/IP model.*

*1) Host-To-Network Layer*

● The physical and data link layers together.

*2) Internet Layer*

● Routes packets between networks.

*3. Compare guided and unguided media.*

*Guided media*

● Twisted pair, coaxial cable and optical fiber.

*Unguided media*

● Radio waves, microwaves and infrared.
"""


def test_a_word_questions_and_answers_module_pdf_gives_a_card_per_numbered_question(tmp_path: Path) -> None:
    """trial18 T18-78: a KTU 'questions and answers' module (bold numbered questions, answers with bold sub-titles)
    gave 2 cards of 12, each cut at its answer's first sub-title. Bold lines numbered 1., 2., 3. … counting up are the
    questions (headings), the other bold lines sub-titles inside their answers."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "module.pdf", _MODULE_TYP)
    _build(deck)
    notes = {q: " ".join(f["Answer"].split()) for q, f in _notes(deck).items()}
    assert set(notes) == {
        "What are the different types of transmission technology?",
        "Explain the layers of the TCP/IP model.",
        "Compare guided and unguided media.",
    }, list(notes)
    assert "Broadcast Networks" in notes["What are the different types of transmission technology?"]
    assert "A dedicated link joins two devices." in notes["What are the different types of transmission technology?"]
    assert "Routes packets between networks." in notes["Explain the layers of the TCP/IP model."]
    assert "Radio waves" in notes["Compare guided and unguided media."]


def test_a_pdf_whose_text_comes_out_a_letter_a_line_is_left_out_with_advice(tmp_path: Path, monkeypatch: Any) -> None:
    """trial19 T19-13: a Google Docs PDF (Skia places every glyph, or every word, on its own) came out 'O' / 'p' / 'e' …
    one a line: no card, a title '**O p e r a t i n g …**' and a guessed pattern of junk. Such a PDF is not read: a
    warning says why and to extract its text with pdftotext -layout; normal text, a column of short cells, are read."""
    import pypdf

    from compiler.sources import pdf

    spelled = "\n".join("Operating System MCQ 1. Round robin scheduling falls under".replace(" ", ""))
    worded = "\n \n".join(("Which of the following best describes the useful criterion for comparing algorithms " * 2).split())
    assert pdf._letter_a_line(spelled) and pdf._letter_a_line(worded)
    assert not pdf._letter_a_line("\n".join(["1. What is TCP?", "A transport protocol.", *[f"{n}" for n in range(12)], *["a) x"] * 10]))
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "os-mcq.pdf", _SOLVED_TYP)
    (deck / "sources" / "notes.md").write_text("## What is a DFA?\n\nA finite automaton with one move per symbol.\n", encoding="utf-8")
    monkeypatch.setattr(pypdf.PageObject, "extract_text", lambda self, *a, **k: spelled)  # (what pypdf gives of such a PDF)
    output = _build(deck)
    assert set(_notes(deck)) == {"What is a DFA?"}
    assert re.search(r"os-mcq\.pdf: warning: not read: a PDF whose text comes out a letter or a word a line \(4 of its 4 pages.*pdftotext -layout", output), output


# notes of questions set as large headings, one of them two sentences over two lines, the answers under them
_HEADED_TYP = r"""
#set page(paper: "a5")
#let q(body) = text(size: 15pt, body)
#q[Q1: What does the optimality principle say?]

If J is on the optimal path from I to K, the optimal path from J to K falls along the same route. So the optimal
routes from all sources to one destination form a tree rooted at it, the sink tree, which has no loops, and each
packet is delivered within a finite, bounded number of hops.

#q[Q2: Consider the subnet where E hears from B: (13, 0, 6, 10, 4) and from C: (11, 7, 0, 10, 5). #linebreak() What is E's new routing table?]

E routes to A through C, at a cost of 13: the delay to C, 2, plus C's distance to A, 11. Each entry is worked out
the same way, the least of the neighbour's distance plus the measured delay to that neighbour, over all neighbours.
"""


def test_a_large_heading_over_two_lines_of_sentences_is_one_question(tmp_path: Path) -> None:
    """trial19 T19-22: a question set as a heading over two lines, its first line ending a sentence ('… from C.' /
    'What is E's new routing table?'), was two headings: the first 'no answer', the second a front without what it
    asks about. Lines set large run on as one heading whatever ends the first (bold lines stop at a sentence's end)."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "notes.pdf", _HEADED_TYP)
    output = _build(deck)
    assert "no answer" not in output, output
    notes = {q: f["Answer"] for q, f in _notes(deck).items()}
    [asked] = [q for q in notes if "routing table" in q]
    assert asked.startswith("Q2: Consider the subnet") or asked.startswith("Consider the subnet"), asked
    assert "at a cost of 13" in notes[asked]
