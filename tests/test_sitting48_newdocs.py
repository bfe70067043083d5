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

Documents in tests/data/sitting48/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

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
