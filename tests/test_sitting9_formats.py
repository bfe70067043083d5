"""Ninth sitting, formats helper: multiple-choice banks kept as tables (trial9 T24), spreadsheet columns that
name a row's level and section (learner2 M47), and the other inputs of that sitting."""

from __future__ import annotations

import html
from pathlib import Path

from conftest import deck_of, paste_table

from compiler.build import build
from compiler.model import ItemKind


def _built(tmp_path: Path, files: dict[str, str], table: str = ""):  # type: ignore[no-untyped-def]
    result = build(deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled


def _table(warnings: list) -> str:
    return next(w.snippet for w in warnings if "not listed in deck.toml" in w.message and w.snippet)


BANK_CSV = """Question,Option A,Option B,Option C,Option D,Correct Answer,Explanation
What is the chemical symbol of sodium?,S,Na,So,Sd,B,From the Latin natrium.
Which gas makes up most of Earth's atmosphere?,Oxygen,Nitrogen,Carbon dioxide,Argon,Nitrogen,About 78 percent.
Which element has atomic number 1?,Helium,Hydrogen,Lithium,Carbon,B,
"""

KAHOOT_CSV = """Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,Time limit (sec),Correct answer(s) - choose at least one
What is the capital of France?,Berlin,Paris,Madrid,Rome,20,2
Which of these are planets?,Mars,Moon,Venus,,30,"1,3"
"""

BANK_TABLE = """# Chemistry bank

| # | Question | A | B | C | D | Answer |
|---|----------|---|---|---|---|--------|
| 1 | What is the chemical symbol of potassium? | P | K | Po | Pt | B |
| 2 | What is the pH of pure water? | 5 | 7 | 9 | 14 | Option B |
| 3 | Which particle has a negative charge? | Proton | Neutron | Electron | Nucleus | E |
"""


def test_a_spreadsheet_bank_with_option_and_key_columns_makes_multiple_choice_notes(tmp_path: Path) -> None:
    """trial9 T24: 'Question,Option A…D,Correct Answer,Explanation': a multiple-choice note per row, its key a
    letter or the option's text, the explanation on the back; the header row is no card."""
    compiled = _built(tmp_path, {"bank.csv": BANK_CSV})
    items = compiled.items
    assert len(items) == 3 and all(i.kind is ItemKind.multiple_choice for i in items)
    sodium = items[0]
    assert [c.text for c in sodium.choices] == ["S", "Na", "So", "Sd"] and sodium.correct == "B"
    assert sodium.answer_plain() == "From the Latin natrium."
    assert items[1].correct == "B" and items[2].correct == "B" and not items[2].answer


def test_the_kahoot_template_makes_multiple_choice_notes_and_leaves_its_time_limit_out(tmp_path: Path) -> None:
    """trial9 T24: Kahoot's template header ('Answer 1 - max 75 characters', 'Time limit (sec)', 'Correct
    answer(s) - choose at least one') is no card; the key is the options' numbers, several allowed; an empty
    option is no option; the time limit is left out, said once."""
    compiled = _built(tmp_path, {"kahoot.csv": KAHOOT_CSV})
    first, second = compiled.items
    assert first.kind is ItemKind.multiple_choice and first.correct == "B"
    assert [c.text for c in first.choices] == ["Berlin", "Paris", "Madrid", "Rome"] and not first.answer
    assert [c.text for c in second.choices] == ["Mars", "Moon", "Venus"] and second.correct == "A,C"
    [said] = [w for w in compiled.diagnostics.warnings if "left out" in w.message]
    assert "'Time limit (sec)' (6)" in said.message and said.line == 1


def test_a_markdown_table_bank_makes_multiple_choice_notes_and_a_key_naming_no_option_is_said(tmp_path: Path) -> None:
    """trial9 T24: '| # | Question | A | B | C | D | Answer |' rows are multiple-choice notes ('Option B' names
    B); a key naming no option (E of four) is a warning at its line and the row is listed as skipped."""
    compiled = _built(tmp_path, {"bank-table.md": BANK_TABLE})
    potassium, water = compiled.items
    [particle] = compiled.deck.skipped
    assert potassium.kind is ItemKind.multiple_choice and potassium.correct == "B"
    assert [c.text for c in potassium.choices] == ["P", "K", "Po", "Pt"] and potassium.locator.line == 5
    assert water.correct == "B"
    assert particle.skip == "no correct option"
    [said] = [w for w in compiled.diagnostics.warnings if "names none of its options" in w.message]
    assert said.line == 7 and "'E'" in said.message


def test_a_spreadsheet_difficulty_and_chapter_column_give_the_level_and_the_section(tmp_path: Path) -> None:
    """learner2 M47: a CSV's 'difficulty' column is the row's level (as the JSON/YAML bank reader reads it),
    its 'chapter' column the section, never 'Chapter: …' on the back; pasting the table printed changes no note."""
    csv = (
        "question,answer,difficulty,chapter,tags\n"
        "What does a mutex guard?,A critical section,easy,Concurrency,os\n"
        "What is a deadlock?,Two threads each waiting on a lock the other holds,hard,Concurrency,os\n"
        "What is a page fault?,An access to a page not in memory,medium,Memory,os\n"
    )
    content = deck_of(tmp_path, {"bank.csv": csv})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [i.difficulty.value for i in items] == ["easy", "hard", "medium"]  # type: ignore[union-attr]
    assert [i.section for i in items] == [["Concurrency"], ["Concurrency"], ["Memory"]]
    assert items[1].answer_plain() == "Two threads each waiting on a lock the other holds" and "os" in items[0].tags
    table = _table(result.compiled.diagnostics.warnings)
    assert 'from = "label"' in table
    totals = paste_table(content, table, tmp_path / "build")
    assert totals["new"] == 0 and totals["updated"] == 0


def test_a_multiple_choice_csv_bank_reads_its_level_section_and_tags_columns(tmp_path: Path) -> None:
    """trial9 T24 + M47 together: a bank's 'Difficulty', 'Topic' and 'Tags' columns are the level, section and
    tags of each multiple-choice note; an 'ID' column is left out."""
    csv = (
        "ID,Question,Choice 1,Choice 2,Choice 3,Correct,Difficulty,Topic,Tags\n"
        "7,Which port does HTTPS use?,80,443,21,443,easy,Networking,web\n"
        "8,Which layer does IP work at?,Transport,Network,Link,2,hard,Networking,\n"
    )
    compiled = _built(tmp_path, {"net.csv": csv})
    https, ip = compiled.items
    assert https.correct == "B" and ip.correct == "B" and https.section == ["Networking"]
    assert https.label == "easy" and ip.label == "hard" and "web" in https.tags


AIKEN = """What is the chemical symbol of sodium?
A. S
B. Na
C. So
D. Sd
ANSWER: B

Which gas makes up most of Earth's atmosphere?
A) Oxygen
B) Nitrogen
C) Carbon dioxide
ANSWER: B

Which of these are noble gases?
A. Neon
B. Nitrogen
C. Argon
ANSWER: A, C

Which element has atomic number 1?
A. Helium
B. Hydrogen
ANSWER: E
"""

GIFT = """// Chemistry quiz for Moodle
$CATEGORY: Chemistry/Basics

::Q1:: What is the chemical symbol of sodium? {
  ~S
  =Na
  ~So
}

::Q2:: Which gas makes up most of Earth's atmosphere? {~Oxygen =Nitrogen ~Carbon dioxide}

::Q3:: Water boils at 100 °C at sea level. {T}
"""


def test_an_aiken_quiz_saved_as_text_is_read_as_multiple_choice(tmp_path: Path) -> None:
    """trial9 T23: Moodle's Aiken format in a .txt ('A.'/'B)' options, 'ANSWER: B') is told by its content:
    multiple-choice notes at the question's line, several right answers allowed; a key naming no option is a
    warning at the key's line, and no card."""
    compiled = _built(tmp_path, {"quiz-aiken.txt": AIKEN})
    sodium, gas, noble = compiled.items
    assert sodium.kind is ItemKind.multiple_choice and sodium.correct == "B" and sodium.locator.line == 1
    assert [c.text for c in sodium.choices] == ["S", "Na", "So", "Sd"]
    assert gas.correct == "B" and gas.locator.line == 8 and noble.correct == "A,C"
    [said] = [w for w in compiled.diagnostics.warnings if "names none of its options" in w.message]
    assert said.line == 23


def test_a_gift_quiz_saved_as_text_is_read_as_gift(tmp_path: Path) -> None:
    """trial9 T23: a GIFT quiz named .txt (Moodle's export) is told by its answer blocks and read as the .gift
    reader reads it: options, a true/false statement, the category its section."""
    compiled = _built(tmp_path, {"quiz-gift.txt": GIFT})
    sodium, gas, water = compiled.items
    assert sodium.kind is ItemKind.multiple_choice and sodium.correct == "B" and sodium.locator.line == 4
    assert gas.correct == "B" and sodium.section == ["Basics"]
    assert water.kind is ItemKind.multiple_choice and water.correct == "A"


def test_a_bank_answer_that_is_markdown_syntax_is_the_answer_as_written(tmp_path: Path) -> None:
    """trial9 T21: a bank's one-line answer '*', '#', '-', '+', '>', '<br>' or '# comment' is text, never an empty
    list, heading, quote or line break (the question kept its card); a multi-line answer stays Markdown."""
    bank = (
        '[{"question": "Which symbol multiplies?", "answer": "*"},\n'
        ' {"question": "Which character starts a comment in Python?", "answer": "#"},\n'
        ' {"question": "Which operator subtracts?", "answer": "-"},\n'
        ' {"question": "Which operator adds?", "answer": "+"},\n'
        ' {"question": "Which shell operator redirects output?", "answer": ">"},\n'
        ' {"question": "Which HTML tag breaks a line?", "answer": "<br>"},\n'
        ' {"question": "How is a comment written in Python?", "answer": "# like this"},\n'
        ' {"question": "Name two loops.", "answer": "- for\\n- while"}]\n'
    )
    compiled = _built(tmp_path, {"ops.json": bank})
    answers = [html.unescape(i.answer_plain()) for i in compiled.items]
    assert answers[:7] == ["*", "#", "-", "+", ">", "<br>", "# like this"]
    assert "<li>for</li>" in compiled.items[7].answer[0].text and not compiled.deck.skipped


def test_a_chat_answer_holding_a_fenced_json_bank_is_read_as_the_bank(tmp_path: Path) -> None:
    """trial9 T14: 'Sure! Here are your flashcards in JSON:' over a ```json array of {front, back} records is that
    bank (its lines the file's), not a document whose layout cannot be told."""
    page = (
        "Sure! Here are your flashcards in JSON:\n\n```json\n[\n"
        '  {"front": "What pigment absorbs light in photosynthesis?", "back": "Chlorophyll."},\n'
        '  {"front": "Where does the Calvin cycle take place?", "back": "In the stroma."}\n'
        "]\n```\n"
    )
    compiled = _built(tmp_path, {"cards.md": page})
    first, second = compiled.items
    assert (first.question, first.answer_plain()) == ("What pigment absorbs light in photosynthesis?", "Chlorophyll.")
    assert first.locator.line == 5 and second.locator.line == 6 and second.answer_plain() == "In the stroma."


def test_an_anki_editor_org_file_makes_a_note_per_headline_with_a_note_type(tmp_path: Path) -> None:
    """trial9 T14: Emacs anki-editor notes (a headline with :ANKI_NOTE_TYPE:, its '*** Front' / '*** Back'
    sub-headlines the fields; a Cloze note's '*** Text') are notes; the headline is the note's name, not its question."""
    org = (
        "#+TITLE: Networking cards\n* Networking\n** TCP\n:PROPERTIES:\n:ANKI_NOTE_TYPE: Basic\n:ANKI_TAGS: net transport\n:END:\n"
        "*** Front\nWhat does TCP guarantee?\n*** Back\nOrdered, reliable delivery of a byte stream.\n"
        "** UDP\n:PROPERTIES:\n:ANKI_NOTE_TYPE: Basic\n:END:\n*** Front\nIs UDP connection oriented?\n*** Back\nNo, it is connectionless.\n"
        "** Port\n:PROPERTIES:\n:ANKI_NOTE_TYPE: Cloze\n:END:\n*** Text\nHTTPS uses port {{c1::443}} by default.\n"
    )
    compiled = _built(tmp_path, {"anki.org": org})
    tcp, udp, port = compiled.items
    assert (tcp.question, tcp.answer_plain()) == ("What does TCP guarantee?", "Ordered, reliable delivery of a byte stream.")
    assert tcp.section == ["Networking"] and {"net", "transport"} <= set(tcp.tags) and tcp.locator.line == 9
    assert (udp.question, udp.answer_plain()) == ("Is UDP connection oriented?", "No, it is connectionless.")
    assert port.kind is ItemKind.cloze and "{{c1::443}}" in (port.cloze or "")


def test_an_obsidian_picture_under_an_answer_is_found_in_the_vaults_attachments(tmp_path: Path) -> None:
    """learner2 M31: '![[Pasted image ….png|300]]' under a card's answer is found by name in the vault's
    attachments folder, as Obsidian finds it, even when the card's text as read stops before it."""
    content = deck_of(
        tmp_path,
        {
            "vault/Cross entropy.md": "What is cross-entropy loss?\n?\nThe negative log-likelihood of the true class.\n![[Pasted image 1.png|300]]\n",
            "vault/attachments/Pasted image 1.png": Path(__file__).parent / "data" / "newuser" / "org" / "circle.png",
        },
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert not [w for w in result.compiled.diagnostics.warnings if "not found" in w.message]
    assert "<img" in " ".join(b.text for b in result.compiled.items[0].answer)


EXAM_TEX = r"""\documentclass[answers]{exam}
\title{Chemistry}
\begin{document}
\begin{center}\textbf{Chemistry Quiz 3}\end{center}
\begin{questions}
\question[2] What is the chemical symbol of sodium?
\begin{choices}
  \choice S
  \CorrectChoice Na % the right one
  \choice So
\end{choices}

\question[3] What is Avogadro's number (to 3 significant figures)?
\begin{solution}
$6.02 \times 10^{23}$
\end{solution}
\end{questions}
\end{document}
"""

NOTES_TEX = r"""\documentclass{article}
\begin{document}
\section{Variance}
\begin{definition}[Variance]
The variance of $X$ is $\operatorname{Var}(X) = \mathbb{E}[X^2] - (\mathbb{E}X)^2$.
\end{definition}

\subsection{What is the variance of a sum of independent variables?}
$\operatorname{Var}(X+Y) = \operatorname{Var}(X) + \operatorname{Var}(Y)$, since
\begin{itemize}
  \item the covariance is \textbf{zero},
  \item and \emph{variance} adds.
\end{itemize}
\end{document}
"""


def test_a_latex_exam_paper_makes_multiple_choice_and_answered_cards(tmp_path: Path) -> None:
    """trial9 T22: an exam-class .tex: '\\question[2]' a question, '\\choice'/'\\CorrectChoice' its options with the
    right one, '\\begin{solution}' its answer (maths kept for MathJax); the preamble and comments left out."""
    compiled = _built(tmp_path, {"quiz.tex": EXAM_TEX})
    sodium, avogadro = compiled.items
    assert sodium.kind is ItemKind.multiple_choice and sodium.correct == "B" and sodium.locator.line == 6
    assert [c.text for c in sodium.choices] == ["S", "Na", "So"]
    assert avogadro.question.startswith("What is Avogadro's number") and "10^{23}" in avogadro.answer_plain()


def test_latex_notes_read_their_sections_definitions_and_lists(tmp_path: Path) -> None:
    """learner2 M40: '\\subsection{…?}' is a question, its text and '\\item' list its answer ('\\textbf' bold); a
    definition environment is a card named by its optional argument."""
    compiled = _built(tmp_path, {"prob.tex": NOTES_TEX})
    by_question = {i.question: i for i in compiled.items}
    sum_ = by_question["What is the variance of a sum of independent variables?"]
    assert "covariance is zero" in sum_.answer_plain() and sum_.locator.line == 8
    assert any("Variance" in q for q in by_question if q != sum_.question)
