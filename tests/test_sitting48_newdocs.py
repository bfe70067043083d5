"""Forty-eighth sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

Q1: a SQL quiz, '**Q1. What does this query return?**' over the query and its result table: the query on the front;
before, the front asked about a query the learner could not see and the back held the query with its result.

Q2: an acronym spelled out under a question ('What does ABC stand for?' / '- A — Airway' / '- B — Breathing' …): the
letters as written, a list on the back; before, read as a quiz's options with no key, the card skipped ('no correct
option'), and under 'DRSABCD' the A-D entries rewritten 'A) Airway' and split from the D-R-S ones.

Q3: a slide-ID page ('## Slide 1' / 'Leonardo da Vinci, *Mona Lisa*, c. 1503–1519' / 'What technique …?' /
'**Sfumato.**'): a card per slide, the artwork named on its front; before, 'question has no answer' three times, the
artwork lines 'text outside any question', no card. Under a topic heading ('## Renaissance'), plain questions each
over its bold (or plain) one-sentence answer: a card each; before, one card of the heading holding them all.

Q4: a Morse chart in a .txt, a letter, a tab and its code a line under a title ('A' / tab / '.-'): a card per letter;
before, the letters were read as a paper's options beside their boxes ('A) .-'), every row 'no answer', 'cannot tell'.

Q5: a page titled with its one question ('# Python quiz: what does it print?') over items that only number themselves
('### 1.' or '**Q1.**' / a program / 'Output: …'): a card per item asking the title's question, the program on the
front; before, one card of the whole page (sitting 46 M6).

Q6: a table of its header row alone: no card, one warning at its line; before, a card 'Question Answer Notes'.

Q7: a forum's bar ('12 comments · Share · Save') under the last answer: no part of its back.

Q8: the [[source]] table printed for a matching table (a guessed table-row pattern), pasted: each term still with the
definition its key names; before, pasting it paired the rows as written, every card wrong.

Q9: numbered exam tasks with their marks as headings ('## 1. Explain two causes of the First World War. (4 marks)' /
'Model answer:' / '- **Militarism**: …'): a card per task; before, the answer's bold points were glossary cards
filed under the task, and the second task was in no card.

Q10: one question asked twice under a topic heading ('## Employees' / '**What does this query return?**' over each
query): a card each, the query on its front; before, the first was glued silently into a card fronted 'Employees'
(read as the question every topic asks). A section's table set before them ('Given the table `employees`:') is shown
above each question, the query under it.

P9 (sitting 47): a name and a word of its own hyphenated at a line end ('Google-' / 'owned'): the hyphen kept; P12:
page 1's number after its header ('…      Page 1 of 3') is no part of the document's title.

Q11: journal entries ('Dr Cash 10,000' / 'Cr Owner's Capital 10,000' in one paragraph): a line each on the back;
before, one run-on line (the soft break). A tab-separated .txt's table says 'a tab between them'.

Q12: cards written front / '---' / back / '---' / front … (with or without blank lines around the rules): a card per
question; before, 'a list of 3 questions and no answers' (no card), or, the rules tight, setext headings: two
questions 'no answer' and the third filed under the answer 'Ottawa'.

Q13: headings written with more than six '#' ('####### What does the nucleolus make?'): read at level 6, said once;
before, raw '#######' lines on another card's back, unsaid.

Documents in tests/data/sitting48/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front

from compiler.build import build
from compiler.diagnostics import ContentError

DATA = Path(__file__).parent / "data" / "sitting48" / "newdocs"


def test_this_query_is_shown_on_the_front(tmp_path: Path) -> None:
    notes, skipped, _ = built_notes(tmp_path, {"sql.md": DATA / "sql-this-query.md"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards == [
        ("What does this query return? SELECT dept, COUNT ( * ) FROM employees GROUP BY dept;", "dept count IT 2 HR 1"),
        ("What does this query return? SELECT name FROM employees WHERE salary > 4500 ORDER BY salary DESC ;", "name Cho Ana"),
    ]
    assert not skipped


def test_an_acronym_spelled_out_is_no_quiz(tmp_path: Path) -> None:
    notes, skipped, _ = built_notes(tmp_path, {"abc.md": DATA / "acronym-abc.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["What does ABC stand for?"] == "A — Airway B — Breathing C — Circulation"
    assert "<li>A — Airway</li>" in next(n["fields"]["Answer"] for n in notes if "ABC" in note_front(n))
    assert not skipped


def test_acronym_letters_kept_as_written_in_one_list(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"aid.md": DATA / "acronym-drsabcd.md"})
    back = next(n["fields"]["Answer"] for n in notes if note_front(n).startswith("DRSABCD"))
    assert back.count("<li>") == 7 and back.count("<ul>") == 1
    assert "<li>A — Airway: open the airway</li>" in back and "A)" not in back


def test_slide_id_page_a_card_per_slide_with_its_artwork(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(tmp_path, {"slides.md": DATA / "slide-id.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Leonardo da Vinci, Mona Lisa , c. 1503–1519 What technique creates the soft transitions between tones?": "Sfumato.",
        "Sandro Botticelli, The Birth of Venus , c. 1484–1486 Which patron family is associated with this painting?": "The Medici.",
        "Michelangelo, David , 1501–1504 What material is it carved from?": "Carrara marble.",
    }
    assert not skipped
    assert not [m for m in said if "outside any question" in m or "no answer" in m]


def test_plain_questions_under_a_topic_heading_over_bold_answers(tmp_path: Path) -> None:
    notes, skipped, _ = built_notes(tmp_path, {"art.md": DATA / "bold-answers.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "What technique creates the soft transitions between tones in the Mona Lisa?": "Sfumato.",
        "Which patron family is associated with Botticelli's Birth of Venus?": "The Medici.",
    }
    assert [n["sections"] for n in notes] == [["art::Renaissance"]] * 2
    assert not skipped
    plain = (DATA / "bold-answers.md").read_text(encoding="utf-8").replace("**", "")
    notes, _, _ = built_notes(tmp_path / "plain", {"art.md": plain})
    assert {note_front(n): note_back(n) for n in notes} == cards


def test_a_letter_table_under_a_title_is_no_options(tmp_path: Path) -> None:
    notes, skipped, _ = built_notes(tmp_path, {"morse.txt": DATA / "morse-tab.txt"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {"A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "S": "...", "O": "---"}
    assert not skipped


def test_numbered_items_under_an_asking_title_ask_it(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(tmp_path, {"py.md": DATA / "python-what-prints.md"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards == [
        ("What does it print? x = [ 1 , 2 , 3 ] y = x y . append( 4 ) print (x)", "Output: [1, 2, 3, 4]"),
        ("What does it print? print ( 0.1 + 0.2 == 0.3 )", "Output: False"),
        ("What does it print? def f (a, b = []): b . append(a) return b f( 1 ) print (f( 2 ))", "Output: [1, 2]"),
    ]
    assert not skipped and not [m for m in said if "no answer" in m]
    notes, skipped, _ = built_notes(tmp_path / "bold", {"gotchas.md": DATA / "code-output-bold-labels.md"})
    assert [note_front(n).split(" ", 3)[:3] for n in notes] == [["What", "is", "printed?"]] * 3
    assert [note_back(n) for n in notes][2] == "Output: [1, 1] — the default list is created once."
    assert not skipped


def test_a_table_header_alone_is_no_card(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as raised:  # (no card in the deck: nothing written, every reason said)
        build(deck_of(tmp_path, {"empty.md": DATA / "header-only.md"}), tmp_path / "build", formats=("json",), now=1_000)
    said = str(raised.value).split("\n")
    told = [s for s in said if "header row and no rows under it" in s]
    assert len(told) == 1 and "empty.md:1:" in told[0], said
    assert not [s for s in said if "no text under its name" in s]


def test_a_forum_bar_is_no_part_of_the_last_answer(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"forum.md": DATA / "forum-qa.md"})
    assert note_back(notes[-1]) == "Face, Arms, Speech, Time."


def test_a_pasted_table_guessed_for_a_matching_table_keeps_its_key(tmp_path: Path) -> None:
    table = (DATA / "matching-table.toml").read_text(encoding="utf-8")
    notes, _, said = built_notes(tmp_path, {"21-matching.md": DATA / "matching-table.md"}, table=table)
    assert {note_front(n): note_back(n) for n in notes} == {
        "Nucleus": "Stores genetic material",
        "Ribosome": "Makes proteins",
        "Golgi apparatus": "Packages and ships proteins",
        "Mitochondrion": "Releases energy",
    }
    assert not [s for s in said if "in no card" in s], said


def test_a_name_and_a_word_of_its_own_keep_their_hyphen(tmp_path: Path) -> None:
    notes, _, said = built_notes(tmp_path, {"is.txt": DATA / "pdf-name-compound.txt"})
    assert note_back(notes[-1]) == "Waymo, a Google-owned company."
    told = next(s for s in said if "text copied from a PDF" in s)
    assert "'informa-tion' -> 'information'" in told and "kept the hyphen of 1 compound" in told and "'Google-owned'" in told


def test_page_one_number_is_no_part_of_the_title(tmp_path: Path) -> None:
    _, _, said = built_notes(tmp_path, {"psy.txt": DATA / "pdf-page-one-title.txt"})
    table = next(s for s in said if "not listed in deck.toml" in s)
    assert 'title = "Introduction to Psychology — Study Questions"\n' in table, table


def test_numbered_exam_tasks_with_marks_are_questions(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(tmp_path, {"hist.md": DATA / "essay-marks.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Explain two causes of the First World War.": "Militarism : an arms race, especially the naval race between Britain and Germany. "
        "Alliances : the Triple Entente and Triple Alliance turned a local conflict into a world war.",
        "Describe the Schlieffen Plan.": "Germany's plan to avoid a two-front war. Defeat France quickly through Belgium, then turn east to face Russia.",
    }
    assert not skipped and not [s for s in said if "outside any question" in s]


def test_one_question_asked_twice_under_a_heading_is_two_cards(tmp_path: Path) -> None:
    notes, skipped, _ = built_notes(tmp_path, {"sql.md": DATA / "sql-same-question-twice.md"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards == [
        ("What does this query return? SELECT COUNT ( * ) FROM employees;", "3"),
        ("What does this query return? SELECT MAX (salary) FROM employees;", "6000"),
    ]
    assert [n["sections"] for n in notes] == [["sql::Employees"]] * 2 and not skipped


def test_a_section_table_and_each_query_on_the_front(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"sql.md": DATA / "sql-under-heading.md"})
    table = "Given the table employees : id name dept salary 1 Ana IT 5000 2 Ben HR 4000 3 Cho IT 6000"
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards == [
        (f"{table} SELECT dept, COUNT ( * ) FROM employees GROUP BY dept; What does this query return?", "dept count IT 2 HR 1"),
        (f"{table} SELECT name FROM employees WHERE salary > 4500 ORDER BY salary DESC ; What does this query return?", "name Cho Ana"),
    ]


def test_journal_entry_lines_stay_lines(tmp_path: Path) -> None:
    notes, _, _ = built_notes(tmp_path, {"journal.md": DATA / "journal-entries.md"})
    backs = [n["fields"]["Answer"] for n in notes]
    assert backs[0] == "<p>Dr Cash 10,000<br>\nCr Owner's Capital 10,000</p>"
    assert all(b.count("<br>") == 1 for b in backs)


def test_a_tab_table_is_said_as_one(tmp_path: Path) -> None:
    _, _, said = built_notes(tmp_path, {"morse.txt": DATA / "morse-tab.txt"})
    table = next(s for s in said if "not listed in deck.toml" in s)
    assert "# each line: two columns, a tab between them" in table


def test_cards_written_front_rule_back(tmp_path: Path) -> None:
    expected = {
        "What is the capital of Australia?": "Canberra",
        "What is the capital of Canada?": "Ottawa",
        "What is the capital of Brazil?": "Brasília",
    }
    for name in ("rule-cards-tight.md", "rule-cards-spaced.md"):
        notes, skipped, said = built_notes(tmp_path / name, {"capitals.md": DATA / name})
        assert {note_front(n): note_back(n) for n in notes} == expected, name
        assert not skipped and not [n for n in notes if n["sections"]], name
        assert not [s for s in said if "no answer" in s or "questions and no answers" in s], said


def test_headings_deeper_than_six_levels_are_read_at_six(tmp_path: Path) -> None:
    notes, _, said = built_notes(tmp_path, {"deep.md": DATA / "headings-too-deep.md"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What does the nucleolus make?": "Ribosomal RNA (rRNA).",
        "What surrounds the nucleus?": "The nuclear envelope.",
    }
    told = [s for s in said if "more than six '#'" in s]
    assert len(told) == 1 and "deep.md:7:" in told[0] and "2 headings" in told[0], said
    assert "asks no question" not in next(s for s in said if "not listed in deck.toml" in s)  # (detected as read)
