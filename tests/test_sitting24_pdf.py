"""Sitting 24, helper "pdf": PDF and Word readers (trial23 T23-23, T23-19, T23-24; trial22 T22-3, T22-32, T22-44)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text, typeset_pdf

from compiler.sources.pdf import pdf_text
from compiler.sources.pdf_tables import Run, find_tables, rules_of

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


_TASKS = [
    ("Show the working tree status and what is staged for the next commit", "git status"),
    ("Record the staged changes in a new commit with a message", 'git commit -m "message"'),
    ("List the branches that are already merged into the current one", "git branch --merged"),
    ("Count the files the last commit changed", "git show --stat HEAD | tail -1"),
    ("Show the history of one file, with its diffs", "git log -p -- path/to/file"),
    ("Undo the last commit but keep its changes staged", "git reset --soft HEAD~1"),
    ("Delete a branch on the remote", "git push origin --delete name"),
    ("Fetch the branches of the remote without merging them", "git fetch --all"),
]

_TABLE_SHEET = (
    '#set page(width: 10cm, height: 10.5cm)\n#set text(size: 9pt)\n= Git commands\n\n'
    "#table(columns: (1fr, 1fr), stroke: 0.5pt, inset: 4pt,\n  [*Task*], [*Command*],\n"
    + "".join(f"  [{task}], [`{command}`],\n" for task, command in _TASKS)
    + ")\n"
)

_NUMBERED_SHEET = """#set page(paper: "a5")
#set text(size: 10pt)
= Требования к коду

#table(columns: (1.2cm, 1fr, 1fr), stroke: 0.5pt, inset: 5pt,
  [*№*], [*Вопрос*], [*Ответ*],
  [329], [Какие документы устанавливают основные требования к коду Python?], [это документы PEP8, PEP257],
  [330], [Как именуются константы в Python и можно ли их изменять?], [заглавными буквами, через нижнее подчеркивание; менять их можно],
  [331], [Как именуются переменные в Python?], [маленькими буквами, слова через нижнее подчеркивание],
  [332], [Какая максимальная длина строки должна быть согласно PEP8?], [79 символов],
)
"""


def test_a_pdf_sheet_laid_out_as_a_ruled_table_is_read_row_by_row(tmp_path: Path) -> None:
    """T23-19 / T22-44: a PDF whose questions stand in a ruled table, cells wrapping over lines, the header row bold:
    a card per row (the header none), a command column set in a monospaced font as code ('|' inside kept), the table
    going on over the next page read with the same header; a '№ | Вопрос | Ответ' table's questions asked by its
    question column."""
    pdf = typeset_pdf(tmp_path / "git.pdf", _TABLE_SHEET)
    assert pdf_text(pdf, "git.pdf").text.count("| Task | Command |") == 2  # (two rows on the second page, its header the first's)
    notes, skipped, said = built_notes(tmp_path / "deck", {"git.pdf": pdf})
    backs = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert list(backs) == [task for task, _ in _TASKS], (list(backs), said)
    assert not skipped
    assert backs[_TASKS[3][0]] == "<p><code>git show --stat HEAD | tail -1</code></p>", backs[_TASKS[3][0]]
    assert plain_text(backs[_TASKS[1][0]]) == 'git commit -m "message"' and "<code>" in backs[_TASKS[1][0]]
    assert "Task" not in backs
    assert plain_text(backs[_TASKS[4][0]]) == "git log -p -- path/to/file", backs[_TASKS[4][0]]
    pdf = typeset_pdf(tmp_path / "pep8.pdf", _NUMBERED_SHEET)
    notes, skipped, said = built_notes(tmp_path / "deck2", {"pep8.pdf": pdf})
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "Какие документы устанавливают основные требования к коду Python?",
        "Как именуются константы в Python и можно ли их изменять?",
        "Как именуются переменные в Python?",
        "Какая максимальная длина строки должна быть согласно PEP8?",
    ], (fronts, said)
    assert note_back(notes[3]).startswith("79 символов"), note_back(notes[3])
    assert not any("outside any question" in s for s in said), said


def test_a_numbered_list_in_a_ruled_box_is_no_table() -> None:
    """A number (or a bullet) beside each item's text, rules between the items: one column of words, a list, not
    rebuilt as a table."""
    runs = [Run(str(k), 50, 700 - 30 * k, 10) for k in range(1, 5)]
    runs += [Run(f"The {k}th item of a list in a box", 70, 700 - 30 * k, 10) for k in range(1, 5)]
    rules = rules_of([(40, 715 - 30 * k, 400, 715 - 30 * k) for k in range(0, 5)])
    assert len(rules) == 5
    assert find_tables(runs, rules) == []
    runs += [Run(f"its answer {k}", 200, 700 - 30 * k, 10) for k in range(1, 5)]
    (table,) = find_tables(runs, rules)
    assert table.rows[0] == ("1", "The 1th item of a list in a box", "its answer 1") and not table.header


def test_step_lines_and_command_lines_are_not_reflowed_into_one_paragraph() -> None:
    """T22-3: an answer of steps copied out of a PDF: a line wholly bold (a step's title) or wholly a code span (its
    command) is a line of its own, and a numbered step after a finished sentence is no wrapped line's end."""
    from compiler.sources.blocks import answer_blocks
    from compiler.sources.pattern import unwrap

    long = "Otherwise Git calls this adding the file to the index, as the documentation says."
    assert unwrap([long, "3.  **Modified** (changed since the last commit)."]) == [long, "3.  **Modified** (changed since the last commit)."]
    wrapped = "Otherwise Git calls this adding the file to the index, as the documentation"
    assert unwrap([wrapped, "says."]) == [f"{wrapped} says."]
    blocks = answer_blocks(
        "Pick the project folder, then type in the terminal",
        ["`python -m venv venv`", "**3. Activate the environment**", "`source venv/bin/activate`", "**4. Check the prompt shows (venv)**"],
    )
    assert [b.text for b in blocks] == [
        "Pick the project folder, then type in the terminal",
        "`python -m venv venv`",
        "**3. Activate the environment**",
        "`source venv/bin/activate`",
        "**4. Check the prompt shows (venv)**",
    ], blocks


_EXAMS = """#set page(paper: "a5")
#set par(spacing: 1.4em)

Two short exams, each with its solutions.

Exam A — short answers

+ Name the gas plants take in to make sugar. \\
  Solution: carbon dioxide.
+ Name the organelle where photosynthesis happens. \\
  Solution: the chloroplast.
+ Name the pigment that makes leaves green. \\
  Solution: chlorophyll.

Exam B — more short answers

#enum(start: 1)[Name the process that turns sugar into energy in cells. \\
  Solution: cellular respiration.][Name the organelle where it happens. \\
  Solution: the mitochondrion.][Name the gas it gives off. \\
  Solution: carbon dioxide.]
"""


def test_a_pdf_of_exams_whose_numbering_starts_again_under_a_title_reads_every_exam(tmp_path: Path) -> None:
    """T24-17: plain-text PDF exams, each numbered from 1 under a title standing apart (a paragraph's gap above and
    below): the title gets blank lines around it, as its source has, so the second exam's questions are cards of
    their own, not the first exam's last answer going on."""
    pdf = typeset_pdf(tmp_path / "exams.pdf", _EXAMS)
    text = pdf_text(pdf, "exams.pdf").text
    assert "\n\nExam B — more short answers\n\n" in text, text
    notes, _, said = built_notes(tmp_path / "deck", {"exams.pdf": pdf})
    fronts = [note_front(n) for n in notes]
    assert len(fronts) == 6 and fronts[3].startswith("Name the process that turns sugar"), (fronts, said)
    assert all(len(note_back(n)) < 60 for n in notes), [note_back(n) for n in notes]
