"""Fifty-third sitting, fixes: the open findings of trial 52 (docs/trials/trial52.md) and two of the lead's: a
reStructuredText paragraph after a definition list is no part of its last answer (T52-7), a PEP's RFC 822 header is
the page's title and no text (T52-9), a note under a table of cards is said as such (T52-11), a spreadsheet's unused
columns are no columns (a 200-column export), a notes page's plain question is said truly in the detection message."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from conftest import built_notes, note_back, note_front

from compiler.sources.rst import convert_rst

HERE = Path(__file__).parent / "data" / "sitting53" / "fixes"
TRIAL52 = Path(__file__).parent / "data" / "trials" / "trial52"


# --- T52-7: a reStructuredText paragraph after a definition list -----------------------------------------------------


def test_an_unindented_paragraph_after_a_definition_list_is_no_part_of_its_last_answer(tmp_path: Path) -> None:
    """T52-7: Sphinx's FAQ, '... convert from my existing docs using MoinMoin markup?' over its indented answer, then
    the unindented 'For many more extensions and other contributed stuff, see the contrib repository.': the paragraph
    ended the MoinMoin card's back. reStructuredText ends a definition list at the first unindented line: the
    paragraph is the section's text, said outside any question; the definitions keep all their own paragraphs."""
    notes, skipped, said = built_notes(tmp_path, {"faq.rst": TRIAL52 / "rst-deflist-after.rst"})
    cards = {note_front(n): note_back(n) for n in notes}
    moin = "How do I convert from my existing docs using MoinMoin markup?"
    assert cards[moin] == "The easiest way is to convert to xhtml, then convert xhtml to reStructuredText."
    assert "contrib" not in " ".join(cards.values())
    assert len(notes) == 3 and skipped == []
    assert any(s.startswith("sources/faq.rst:15:") and "outside any question" in s for s in said), said


def test_a_definition_of_several_paragraphs_keeps_them_and_a_list_after_it_is_the_sections(tmp_path: Path) -> None:
    """T52-7's rule in the shapes around it: a definition of two paragraphs keeps both (the answer ends at the
    unindented line, not at the blank line inside the definition); a bullet list right after a definition list is the
    section's text too; the definition list after it is read as before."""
    notes, _, said = built_notes(tmp_path, {"git.rst": HERE / "rst-definitions-then-text.rst"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "How do I undo the last commit?": "Run git reset --soft HEAD~1 ; the changes stay staged. To drop them too, use --hard instead of --soft .",
        "How do I see what changed?": "Run git diff for unstaged changes and git diff --staged for staged ones.",
        "What is a detached HEAD?": "HEAD points at a commit, not at a branch.",
        "What does git switch -c do?": "It creates a branch and switches to it.",
    }  # fmt: skip
    outside = [s.split(":")[1] for s in said if "outside any question" in s]
    assert outside == ["15", "23"], said


# --- T52-9: a PEP's header ------------------------------------------------------------------------------------------


def test_a_peps_rfc822_header_is_its_title_and_no_text(tmp_path: Path) -> None:
    """T52-9: 'PEP: 9999' / 'Title: Walrus Examples' / 'Author: …' with an indented continuation / 'Status: …' /
    'Type: …' / 'Created: …' atop a PEP was "text outside any question" (a message per field run), and its first
    section's heading, 'Abstract', became the page's title. The header is the document's metadata: its Title the
    page's title (the sections under it cards), the other fields no text and no message."""
    notes, skipped, said = built_notes(tmp_path, {"pep.rst": TRIAL52 / "pep-header.rst"})
    assert [note_front(n) for n in notes] == ["Abstract", "Rationale"]
    assert note_back(notes[0]).startswith("This is a proposal for creating a way to assign to variables")
    assert skipped == []
    assert not any("outside any question" in s for s in said), said
    assert any("title = \"Walrus Examples\"" in s for s in said), said
    assert not any("9999" in note_front(n) + note_back(n) or "Writer" in note_back(n) for n in notes)


def test_a_field_list_that_names_no_title_is_still_text() -> None:
    """T52-9's limit: lines shaped 'Name: value' with no Title among them (a paragraph of a glossary's entries) are
    not a header: converted as before, nothing taken out."""
    text = convert_rst(["Colour: red", "Size: large", "Shape: round", "", "Fruit", "=====", "", "An apple."]).text
    assert "Colour: red" in text and text.index("Colour") < text.index("# Fruit")


# --- T52-11: a note under a table of cards ---------------------------------------------------------------------------


def test_a_note_under_a_table_of_cards_is_said_as_a_note_under_the_table(tmp_path: Path) -> None:
    """T52-11: devhints' bash sheet, '| `${foo:-val}` | … |' rows (a card each), then 'Omitting the `:` removes the
    (non)nullity checks …': "text outside any question … put it under a question ('## …?')", advice a table cannot
    follow. Said as what it is: a note under a table, on none of the rows' cards; to show it, write it in the cells."""
    notes, _, said = built_notes(tmp_path, {"bash.md": TRIAL52 / "table-note.md"})
    assert [note_front(n) for n in notes] == ["${foo:-val}", "${foo:=val}", "${foo:+val}", "${#foo}", "${#arr[@]}"]
    note = [s for s in said if s.startswith("sources/bash.md:17:")]
    assert len(note) == 1 and "a note under a table, outside any question, is not in any card" in note[0], said
    assert "write it in the cells it is about" in note[0] and "'## …?'" not in note[0]


# --- a 200-column spreadsheet export ---------------------------------------------------------------------------------


def test_a_sheets_unused_columns_between_its_data_are_no_columns(tmp_path: Path) -> None:
    """A spreadsheet exported with its 200 columns: 'Question,Answer,,,…,Explanation,,,…' (the Explanation in column
    120, the columns between unused). The header was no header (an empty name among its names), so it was a card
    'Question' -> 'Answer,,,,…,Explanation', every back its cells joined by 198 commas and a "row has 200 fields"
    message at every line. A column empty in every row, header included, is no column: the header names Question,
    Answer and Explanation, each back its answer and its labelled explanation."""
    notes, skipped, said = built_notes(tmp_path, {"sheet.csv": HERE / "sheet-200-columns.csv"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "What is the capital of France?": "Paris Explanation: Its largest city too.",
        "How many chambers has the human heart?": "Four",
        "Which gas do plants take in for photosynthesis?": "Carbon dioxide Explanation: They give off oxygen.",
    }
    assert skipped == [] and not any("fields" in s or "," * 3 in s for s in said), said


def test_a_workbooks_far_column_is_read_under_its_name(tmp_path: Path) -> None:
    """The same sheet as an Excel workbook (the reader writes its rows as tab-separated text, every column to the
    last one used): the Explanation in column 120 is on each back under its name, the header no card."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for k, name in ((1, "Question"), (2, "Answer"), (120, "Explanation")):
        sheet.cell(1, k, name)
    for row, (q, a, e) in enumerate((("What is 2 + 2?", "4", "Arithmetic."), ("Who wrote Hamlet?", "Shakespeare", "Around 1600.")), 2):
        sheet.cell(row, 1, q), sheet.cell(row, 2, a), sheet.cell(row, 120, e)
    path = tmp_path / "bank.xlsx"
    book.save(path)
    notes, _, _ = built_notes(tmp_path / "deck", {"bank.xlsx": path})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is 2 + 2?": "4 Explanation: Arithmetic.",
        "Who wrote Hamlet?": "Shakespeare Explanation: Around 1600.",
    }


def test_padded_rows_with_no_header_keep_their_cells_apart(tmp_path: Path) -> None:
    """Rows with no header padded to one width ('osmosis,water moving across a membrane,,,see chapter 4'): a table's
    rows, never a definition an unquoted export split at its commas (that has no empty part). The note is its own
    paragraph on the back, no ',,,' and no "row has 5 fields" message."""
    notes, _, said = built_notes(tmp_path, {"terms.csv": HERE / "padded-no-header.csv"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["osmosis"] == "water moving across a membrane see chapter 4"
    assert cards["mitosis"] == "cell division"
    assert not any("fields" in s for s in said), said


def test_a_column_the_header_leaves_unnamed_is_shown_unlabelled(tmp_path: Path) -> None:
    """'Question,Answer,,Explanation' with text in the unnamed column: the header still names the others (it was a
    card 'Question' -> 'Answer,,Explanation'); the unnamed column's cells are on the back without a label."""
    notes, _, _ = built_notes(tmp_path, {"bank.csv": HERE / "unnamed-column.csv"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "What is the capital of France?": "Paris Lutetia in Roman times Explanation: Its largest city too.",
        "How many chambers has the human heart?": "Four Explanation: Two atria and two ventricles.",
    }


# --- the detection message of a notes page that asks in its text -----------------------------------------------------


def test_a_notes_page_that_asks_in_a_plain_line_is_not_said_to_ask_nothing(tmp_path: Path) -> None:
    """A page of notes under statement headings ending with one plain question ('What do lysosomes do?'), no answer:
    read with a card per heading, the detection said "it asks no question", which the page does. The message says
    what is true: its headings ask nothing, the line that asks is text."""
    _, _, said = built_notes(tmp_path, {"cells.md": HERE / "notes-closing-question.md"})
    detected = next(s for s in said if "read as layout 'markdown'" in s)
    assert "it asks no question" not in detected
    assert "its headings ask nothing; the one line that asks ('What do lysosomes do?') is in its text, not a heading;" in detected


# --- T51-15: cheat sheet fronts that lean on the one above -----------------------------------------------------------


def test_a_cheat_sheet_task_that_goes_on_from_the_one_above_shows_it_and_or_alone_is_no_card(tmp_path: Path) -> None:
    """T51-15: cheat's `find` sheet: '# To find all files changed in last 2 days:' / its command / '# Or created in last
    2 days:' / another command gave the front 'Or created in last 2 days:' naming no task; '# or:' between two commands
    of one task gave a card 'or:' asking nothing. A task opening with 'Or …' / 'And …' right under a task and its
    commands shows them first on its front, as the sheet shows them; a bare 'or:' is the task above done another way,
    on its back."""
    notes, skipped, _ = built_notes(tmp_path, {"find": HERE / "cheat-find"})
    cards = {note_front(n): note_back(n) for n in notes}
    leaned = "To find all files changed in last 2 days: find . -type f -mtime -2 Or created in last 2 days"
    assert cards[leaned] == "find . -type f -ctime -2"
    copy = cards["To find files newer than 1 day old and copy them elsewhere:"]
    assert copy.startswith("find . -type f -ctime -1 -print0 | xargs -0 -p cp -t ~/pics/")
    assert copy.endswith("# or: find . -type f -ctime -1 -print0 | xargs -0 -p -J % cp % ~/pics/")
    assert not any(front.lower().startswith("or") for front in cards)
    assert cards["To find all files changed in last 2 days:"] == "find . -type f -mtime -2"
    assert len(notes) == 6 and skipped == []


# --- T52-7 in AsciiDoc, and a notes page's closing question with no answer -------------------------------------------


def test_an_asciidoc_paragraph_after_a_qanda_list_is_no_part_of_its_last_answer(tmp_path: Path) -> None:
    """T52-7's shape in AsciiDoc: a '[qanda]' list, then, after a blank line and attached by no '+', 'For more recipes,
    see the cookbook chapter of the manual.': it ended the last card's back. AsciiDoc ends the list there: the
    paragraph is the section's text, said outside any question; a paragraph a '+' attaches stays in its answer."""
    notes, skipped, said = built_notes(tmp_path, {"faq.adoc": HERE / "qanda-then-text.adoc"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["How do I build one target only?"] == (
        "Name it: make docs builds the documentation alone. A target's prerequisites are built first."
    )
    assert "cookbook" not in " ".join(cards.values())
    assert len(notes) == 3 and skipped == []
    assert any(s.startswith("sources/faq.adoc:13:") and "outside any question" in s for s in said), said


def test_a_notes_pages_closing_question_with_no_answer_is_said_not_glued_to_the_last_back(tmp_path: Path) -> None:
    """A page of notes read a card per heading, ending with one plain question and nothing under it ('What do
    lysosomes do?'): it was the last line of the 'Ribosomes' card's back. It is a question with no answer: skipped,
    said at its line; the notes' card keeps its own text (newdocs 22 made such a question over its short answer a card)."""
    notes, skipped, said = built_notes(tmp_path, {"cells.md": HERE / "notes-closing-question.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Mitochondria": "The mitochondria make ATP through cellular respiration.",
        "Ribosomes": "Ribosomes build proteins from amino acids, reading the messenger RNA.",
    }
    assert [s["question"] for s in skipped] == ["What do lysosomes do?"]
    assert any(s.startswith("sources/cells.md:11:") and "question has no answer" in s for s in said), said


def test_a_header_naming_a_notes_column_twice_is_a_header(tmp_path: Path) -> None:
    """A wide sheet's header may repeat a column's name ('Question,Answer,Note,Note'): a name twice made the row no
    header, so it was a card 'Question' -> 'Answer Note Note'. A row that names its question and its answer once each,
    the name twice one of more text, is the header: each note on the back under its name."""
    notes, _, _ = built_notes(tmp_path, {"bank.csv": HERE / "two-note-columns.csv"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is the capital of France?": "Paris Note: Its largest city Note: On the Seine",
        "How many chambers has the human heart?": "Four Note: Two atria Note: Two ventricles",
    }


def test_a_labelled_line_that_asks_under_a_task_stays_its_answer(tmp_path: Path) -> None:
    """The closing-question rule's limit: 'AuthN: Ist der Benutzer, wer er vorgibt zu sein?' under a sub-task's heading
    is the task's answer written as a question (a label, its colon), never a question the notes close with."""
    page = (
        "# Sicherheit\n\n## Autorisierung\n\nDie Rechte eines Benutzers.\n\n"
        "## Authentifizierung\n\nDie Prüfung der Identität eines Benutzers.\n\nAuthN: Ist der Benutzer, wer er vorgibt zu sein?\n"
    )
    path = tmp_path / "auth.md"
    path.write_text(page, encoding="utf-8")
    notes, skipped, _ = built_notes(tmp_path / "deck", {"auth.md": path})
    assert skipped == [] and "AuthN: Ist der Benutzer, wer er vorgibt zu sein?" in " ".join(note_back(n) for n in notes)
