"""Forty-sixth sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

M1: a worked problem's labelled lines with no blank line between them ('**Given:** …' / '**Find:** s' /
'**Solution:** … **25 m**' under '## Problem 1' and the problem's text): the data on the front under the problem, the
solution its back; before, "question has no answer" and no card (the answer label opened no paragraph).

M3: a page's title that asks ('# Statistics: which test do I use?', '# Python gotchas — what is printed?') right over
two questions of their own or more (bold questions answered after them, '**Q1.** What is printed?'): their title, no
question; before, a skipped question with "question has no answer" at line 1, or a card of the title holding Q1.

M5: lines of blanks each answered in brackets at its end, no numbers ('… is an ______. (atom)'): a card per line, as
numbered ones are; before, 'cannot tell this document's layout' as text, one heading card as Markdown or bullets.

M2: '## Question 1' / 'What is …?' / '**Answer:** …' (the answer label right under the question, one paragraph): the
heading numbers the card; before, it was also a skipped question, "question has no answer" at its line.

N8 (sitting 45): '* Supraspinatus — abduction 0–15°' bullets under a heading among other notes: a card per term (a
spaced dash once in the entry defines, as '=' and '→' do); before, the heading's one card.

M9: a first row in capitals ('COUNTRY          CAPITAL') over rows that are not is the header; before, a card.

M10: a worksheet's 'Name: ______  Date: ____' first line is no title: the printed table names the line under it.

M12: 'S1 – closure of …' (a term of capitals and a number before a spaced dash) is a pair, not a 'Q1'-like label;
a plain-text pair list in named sections ('Heart sounds' / '• S1 – …' / 'Murmurs' / …, a OneNote page pasted with its
title and date line) is a card per pair in its section; before, 'cannot tell this document's layout'.

M13 (sitting 45 N9): case briefs with plain 'Facts:' / 'Issue: …?' / 'Held:' / 'Ratio:' lines under each case's
heading are a card a case, as the bold ones are; before, four cards a case or one heading card.

Documents in tests/data/sitting46/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting46" / "newdocs"


def test_worked_problems_data_lines_over_their_solution_label(tmp_path: Path) -> None:
    notes, skipped, said = built_notes(tmp_path, {"worked-problems.md": DATA / "worked-problems.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "A car accelerates from rest at 2 m/s² for 5 s. How far does it travel? Given: u = 0, a = 2 m/s², t = 5 s Find: s":
            "s = ut + ½at² = 0 + ½ × 2 × 25 = 25 m",
        "A ball is dropped from 20 m. How long does it take to hit the ground? (g = 10 m/s²) Given: u = 0, s = 20 m, a = 10 m/s² Find: t":
            "s = ½gt² → t = √(2s/g) = √4 = 2 s",
    }  # fmt: skip
    assert not skipped
    assert not [m for m in said if "no answer" in m], said


def test_a_question_and_answer_label_pair_is_no_worked_problem(tmp_path: Path) -> None:
    """'Question: …' / 'Answer: …' and a question line over its answer label keep the shape they had."""
    text = (
        "# Cells\n\nQuestion: What is the powerhouse of the cell?\nAnswer: The mitochondrion.\n\n"
        "Question: Where is DNA kept?\nAnswer: In the nucleus.\n"
    )
    notes, _skipped, _said = built_notes(tmp_path, {"cells.md": text})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is the powerhouse of the cell?": "The mitochondrion.",
        "Where is DNA kept?": "In the nucleus.",
    }


def test_a_title_that_asks_over_questions_of_their_own_is_their_title(tmp_path: Path) -> None:
    """M3: '# Statistics: which test do I use?' right over bold questions each answered after it: the page's title, no
    question of its own; before, a skipped question and "question has no answer" at line 1."""
    notes, skipped, said = built_notes(tmp_path, {"which-test.md": DATA / "which-test.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Comparing the same people before and after?"] == "Paired t-test."
    assert len(cards) == 5 and not skipped
    assert not [m for m in said if "no answer" in m], said


def test_a_title_that_asks_over_labelled_questions_keeps_the_first_one(tmp_path: Path) -> None:
    """M3: '# Python gotchas — what is printed?' over '**Q1.** What is printed?' / code / 'Output: …': three cards;
    before, the title's card held question 1 and its output."""
    text = (
        "# Python gotchas — what is printed?\n\n"
        "**Q1.** What is printed?\n\n```python\na = [1, 2]\nb = a\nb.append(3)\nprint(a)\n```\n\nOutput: `[1, 2, 3]`\n\n"
        "**Q2.** What is printed?\n\n```python\nprint(0.1 + 0.2 == 0.3)\n```\n\nOutput: `False`\n\n"
        "**Q3.** What is printed?\n\n```python\nprint(bool('0'))\n```\n\nOutput: `True`\n"
    )
    notes, skipped, _said = built_notes(tmp_path, {"gotchas.md": text})
    fronts = [note_front(n) for n in notes]
    assert len(fronts) == 3 and all(f.startswith("What is printed?") for f in fronts), fronts
    assert "[1, 2, 3]" in note_back(notes[0]) and not skipped


def test_a_title_that_asks_over_its_own_answer_stays_a_question(tmp_path: Path) -> None:
    """A page that is one question ('# What is a closure?' over its answer, then bold questions) keeps it."""
    text = (
        "# What is a closure?\n\nA function that keeps the variables of the scope it was made in.\n\n"
        "**Why use one?** To keep state private.\n\n**Where are they used?** In callbacks.\n"
    )
    notes, _skipped, _said = built_notes(tmp_path, {"closure.md": text})
    assert "What is a closure?" in [note_front(n) for n in notes]


def test_unnumbered_blanks_answered_in_brackets_are_a_card_each(tmp_path: Path) -> None:
    """M5: a plain-text worksheet of lines '… is an ______. (atom)' under its title, no numbers: a card per line."""
    notes, skipped, _said = built_notes(tmp_path, {"fill-blanks.txt": DATA / "fill-blanks.txt"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "The smallest unit of an element is an ______.": "atom",
        "A substance made of two or more elements chemically bonded is a ______.": "compound",
        "The number of protons in an atom is its ______ ______.": "atomic number",
        "pH below 7 means the solution is ______.": "acidic",
    }
    assert not skipped


def test_blanks_in_brackets_as_markdown_paragraphs_or_bullets_under_a_heading(tmp_path: Path) -> None:
    """M5: the same as Markdown paragraphs, or as bullets, under a heading on a page that asks nothing: a card each,
    never the heading's one card."""
    lines = ["The smallest unit of an element is an ______. (atom)", "pH below 7 means the solution is ______. (acidic)"]
    paragraphs = "# Chemistry\n\n## Fill in the blanks\n\n" + "\n\n".join(lines) + "\n"
    bullets = "# Chemistry basics\n\n" + "".join(f"- {line}\n" for line in lines)
    for name, text in (("paragraphs.md", paragraphs), ("bullets.md", bullets)):
        notes, _skipped, _said = built_notes(tmp_path / name, {name: text})
        assert {note_front(n): note_back(n) for n in notes} == {
            "The smallest unit of an element is an ______.": "atom",
            "pH below 7 means the solution is ______.": "acidic",
        }, name


def test_a_verb_worksheet_keeps_its_brackets_as_hints(tmp_path: Path) -> None:
    """'She ______ to school. (go)': the bracket is the word to change, no answer; the lines are not numbered."""
    text = "Past simple\n\nShe ______ to school yesterday. (go)\nThey ______ football on Sunday. (play)\n"
    from compiler.sources.filled_blanks import numbered_blanks

    lines = text.split("\n")
    assert numbered_blanks(lines) is lines


def test_a_label_heading_over_a_question_and_its_answer_label_in_one_paragraph(tmp_path: Path) -> None:
    """M2: '## Question 1' / 'What is the unit of force?' / '**Answer:** The newton.' with no blank line between the
    question and its answer label: the heading numbers the card; before, the cards were read but each heading was
    also a skipped question, "question has no answer" at its line."""
    text = (
        "# Physics\n\n## Question 1\n\nWhat is the unit of force?\n**Answer:** The newton.\n\n"
        "## Problem 2\n\nWhat is the unit of energy?\n**Answer:** The joule.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"physics.md": text})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is the unit of force?": "The newton.",
        "What is the unit of energy?": "The joule.",
    }
    assert not skipped and not [m for m in said if "no answer" in m], said
    # (a label holding one card only numbers it: no section, as docs/layouts.md says of this very shape; sitting 52)
    assert notes[0]["sections"] == [] and notes[1]["sections"] == []


def test_dash_defined_bullets_under_a_heading_among_notes_are_a_card_each(tmp_path: Path) -> None:
    """N8 (sitting 45): '* Supraspinatus — abduction 0–15°' bullets under '## Rotator cuff', on a page whose other lists
    define with ':': a card per muscle; before, one card 'Rotator cuff' listing all four."""
    notes, _skipped, _said = built_notes(tmp_path, {"anatomy.md": DATA / "anatomy.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Supraspinatus"] == "abduction 0–15°" and cards["Subscapularis"] == "medial rotation"
    assert "Rotator cuff" not in cards and cards["Roots"] == "C5–T1"


def test_a_first_row_in_capitals_over_rows_that_are_not_is_the_header(tmp_path: Path) -> None:
    """M9: 'COUNTRY          CAPITAL' over 'Australia        Canberra' …: the header naming the columns, said once;
    before, a card 'COUNTRY' → 'CAPITAL' and a message that its words were shaped as the rows'."""
    notes, _skipped, said = built_notes(tmp_path, {"capitals.txt": DATA / "capitals.txt"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert "COUNTRY" not in cards and cards["New Zealand"] == "Wellington" and len(cards) == 6
    assert [m for m in said if "capitals.txt:1:" in m and "header naming the columns" in m], said


def test_a_worksheets_name_and_date_line_is_no_title(tmp_path: Path) -> None:
    """M10: 'Name: ______   Date: ____   Period: __' over 'Unit 4 Worksheet — The Water Cycle': the printed table's
    title is the worksheet's; before, 'Name: ______ …'."""
    _notes, _skipped, said = built_notes(tmp_path, {"worksheet-key.txt": DATA / "worksheet-key.txt"})
    table = next(m for m in said if "not listed in deck.toml" in m)
    assert 'title = "Unit 4 Worksheet — The Water Cycle"' in table, table


def test_terms_written_as_capitals_and_a_number_are_terms_before_a_dash(tmp_path: Path) -> None:
    """M12: 'S1 – closure of the mitral and tricuspid valves …' (heart sounds; nerve roots 'C5', vitamins 'B12'): a pair
    per line; before, 'S1' was taken for a label and its number ('Q1'), 'cannot tell this document's layout'."""
    notes, _skipped, _said = built_notes(tmp_path, {"heart-sounds.txt": DATA / "heart-sounds.txt"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["S1"] == "closure of the mitral and tricuspid valves (start of systole)" and len(cards) == 4


def test_a_plain_text_pair_list_in_named_sections(tmp_path: Path) -> None:
    """M12: a OneNote page pasted as text, its title and date line over 'Heart sounds' / '• S1 – …' … / 'Murmurs' /
    '• Aortic stenosis – …': a card per pair in its section, the printed table titled by the page; before, 'cannot
    tell this document's layout'."""
    notes, _skipped, said = built_notes(tmp_path, {"onenote-cardio.txt": DATA / "onenote-cardio.txt"})
    cards = {note_front(n): (note_back(n), n["sections"][-1]) for n in notes}
    assert len(cards) == 7
    assert cards["S4"][0] == "atrial contraction against a stiff ventricle" and cards["S4"][1].endswith("Heart sounds")
    assert cards["Aortic stenosis"][1].endswith("Murmurs")
    table = next(m for m in said if "not listed in deck.toml" in m)
    assert 'title = "Cardiology – Lecture 3"' in table, table


def test_bulleted_blanks_answered_in_brackets_in_a_plain_text(tmp_path: Path) -> None:
    """M5: the same lines bulleted in a plain text ('- … is an ______. (atom)'): a card each; before, 'cannot tell'."""
    text = (
        "Chemistry basics\n\n- The smallest unit of an element is an ______. (atom)\n"
        "- pH below 7 means the solution is ______. (acidic)\n- A solution with pH 7 is ______. (neutral)\n"
    )
    notes, _skipped, _said = built_notes(tmp_path, {"blanks.txt": text})
    assert {note_front(n): note_back(n) for n in notes} == {
        "The smallest unit of an element is an ______.": "atom",
        "pH below 7 means the solution is ______.": "acidic",
        "A solution with pH 7 is ______.": "neutral",
    }


def test_case_briefs_in_plain_labels_are_a_card_a_case(tmp_path: Path) -> None:
    """M13 (sitting 45 N9): case briefs under their names with plain 'Facts:' / 'Issue: …?' / 'Held:' / 'Ratio:' lines,
    a blank line between them or none: a card a case, the facts and the issue on the front, the holding and the ratio
    on the back; before, four cards a case (the issue 'the answer is only another question') or one heading card."""
    for sep in ("\n\n", "\n"):
        text = "# Cases\n\n" + "\n\n".join(
            f"## {name}\n\n" + sep.join(f"{label}: {said}" for label, said in brief)
            for name, brief in (
                ("Hyde v Wrench (1840)", [("Facts", "Wrench offered his farm for 1000; Hyde offered 950."), ("Issue", "Does a counter-offer destroy the original offer?"), ("Held", "Yes, no contract."), ("Ratio", "A counter-offer rejects the original offer.")]),
                ("Carlill v Carbolic (1893)", [("Facts", "An advert promised 100 pounds."), ("Issue", "Can an advert be an offer to the world?"), ("Held", "Yes."), ("Ratio", "Unilateral offers are accepted by performance.")]),
            )
        ) + "\n"  # fmt: skip
        notes, skipped, _said = built_notes(tmp_path / str(len(sep)), {"cases.md": text})
        cards = {n["sections"][-1].split("::")[-1]: (note_front(n), note_back(n)) for n in notes}
        assert len(cards) == 2 and not skipped, cards
        front, back = cards["Hyde v Wrench (1840)"]
        assert "Does a counter-offer destroy the original offer?" in front and front.startswith("Facts: Wrench offered")
        assert back.startswith("Yes, no contract.") and "A counter-offer rejects the original offer." in back
