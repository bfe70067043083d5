"""Fifty-first sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N21: a reading passage quoted under the page's title right above numbered questions, with no 'Read the passage …'
lead-in ('> Around 1440, Johannes Gutenberg …' / '1. What was Gutenberg's original trade?'): on every question's front,
as a lead-in sets it; before, it was dropped without a word. A one-line epigraph stays the page's preamble.

N22: a page titled with a question ('# C++ — What is the output?') over label headings ('## Question 1') each holding
its code, the line that asks and '**Answer:** …': the title names the page, a card per label; before, ONE card fronted
by the title holding the whole page.

N23: a picture right above a question that points at it ('![Sign 1](give-way.png)' / '**What does this sign mean?**' /
its answer), set off by a blank line or not, or right under the question: on that question's front; before, the first
picture was dropped without a word and each other one closed the answer above it (on the wrong card), and with no blank
line the file gave no card at all.

N25: a page title over bold labelled exercises and nothing else ('# Statistics exercises — hypothesis tests' /
'**Exercise 1.** A sample of …' / '*Solution.* …' with a boxed result): a card per exercise and no other; before, the
title was also a question 'with no answer' at line 1, skipped.

N24: a 'spot the bug' page ('### 1' / a program / '**Bug:** …' / '**Fix:** …'): the code on the front, bug and fix on
the back; before, 'Bug'/'Fix' were read as the page's question and answer labels: the bug under the code on the front.

N26: a CJK word list written one word a line with its reading and meaning ('爱 ài to love', '犬 いぬ dog'): the reading
and the meaning a line each on the back, as three columns give them; before, 'ài to love' was one line.

N27: true/false statements as bullets, the statement bold and its verdict after it ('- **The heart has four
chambers.** True', '- **Veins …** False — the pulmonary veins …'): a card each, the verdict and its correction on the
back; before, one card of the page ('True or false?' holding all four), or, written '— True', pairs split at the
correction's dash with 'False' on the front.

N28: an answer written after its label that happens to be the next item's number ('**Exercise 2.** Find the median
of 1, 3 and 8.' / '*Solution.* 3.'): the answer; before, 'only the next entry's number (an empty entry of the list)',
no card.

Documents in tests/data/sitting51/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting51" / "newdocs"


def test_n21_a_quoted_passage_above_numbered_questions_is_on_each_front(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"reading.md": DATA / "reading-passage.md"})
    assert len(notes) == 3 and not skipped
    for note in notes:
        front = note_front(note)
        assert front.startswith("Around 1440, Johannes Gutenberg") and "twenty million volumes" in front
    assert {note_front(n).rsplit(". ", 1)[-1]: note_back(n) for n in notes}["How many volumes had been printed by 1500?"] == "More than twenty million."
    assert not [m for m in messages if "outside" in m or "no card" in m]


def test_n21_a_one_line_epigraph_is_no_passage(tmp_path: Path) -> None:
    notes, _skipped, _messages = built_notes(tmp_path, {"ethics.md": DATA / "epigraph.md"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What does utilitarianism judge an action by?": "Its consequences for overall well-being.",
        "Who wrote the Groundwork of the Metaphysics of Morals?": "Immanuel Kant.",
    }


def test_n22_a_title_that_asks_over_label_headings_names_the_page(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"cpp.md": DATA / "cpp-output.md"})
    assert len(notes) == 3 and not skipped
    fronts = [note_front(n) for n in notes]
    assert all(f.endswith("What is the output?") and "#include <iostream>" in f for f in fronts)
    assert "x++" in fronts[0].replace(" ", "") and "struct B : A" in fronts[1] and "unsigned int u = 0" in fronts[2]
    assert [note_back(n) for n in notes][1] == "ABba — bases are constructed first and destroyed last."
    assert not [m for m in messages if "in no card" in m]


def test_n23_the_picture_a_question_asks_about_is_on_its_front(tmp_path: Path) -> None:
    for name in ("road-signs.md", "road-signs-over.md", "road-signs-under.md"):
        notes, skipped, _messages = built_notes(tmp_path / name, {"signs.md": DATA / name})
        got = {note_front(n): note_back(n) for n in notes}
        assert got == {
            "[image: Sign 1] What does this sign mean?": "Give way to traffic on the major road.",
            "[image: Sign 2] What does this sign mean?": "No entry for vehicular traffic.",
        }, name
        assert not skipped


def test_n23_a_picture_no_question_points_at_stays_where_it_is(tmp_path: Path) -> None:
    page = "# Birds\n\n![Banner](banner.png)\n\n**What do birds have that no other animal has?**\nFeathers.\n"
    notes, _skipped, _messages = built_notes(tmp_path, {"birds.md": page})
    assert [note_front(n) for n in notes] == ["What do birds have that no other animal has?"]


def test_n25_a_title_over_labelled_exercises_is_no_question_without_answer(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"stats.md": DATA / "stats-exercises.md"})
    assert not skipped and not [m for m in messages if "no answer" in m], messages
    assert len(notes) == 2
    assert note_front(notes[0]).startswith("A sample of") and "\\boxed{\\text{Do not reject } H_0}" in note_back(notes[0])
    assert note_front(notes[1]).startswith("Find a 95% confidence interval") and "51.96" in note_back(notes[1])


def test_n24_spot_the_bug_shows_the_code_and_puts_bug_and_fix_on_the_back(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"bugs.md": DATA / "spot-the-bug.md"})
    assert len(notes) == 3 and not skipped
    first = notes[0]
    assert "def add_item" in note_front(first) and "shared between calls" not in note_front(first)
    assert note_back(first) == (
        "Bug: the default list is created once and shared between calls. Fix: use items=None and create a new list inside the function."
    )
    assert "if x is None:" in note_back(notes[2]) and "if x == None" in note_front(notes[2]).replace(" :", ":")



def test_n26_a_chinese_word_list_gives_the_reading_and_the_meaning_a_line_each(tmp_path: Path) -> None:
    notes, _skipped, _messages = built_notes(tmp_path, {"hsk.txt": DATA / "hsk-pinyin.txt"})
    backs = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert backs["爱"] == "<p>ài</p><p>to love</p>"
    assert backs["北京"] == "<p>Běijīng</p><p>Beijing</p>"
    assert backs["本"] == "<p>běn</p><p>measure word for books</p>"


def test_n26_a_kanji_list_gives_the_kana_reading_apart(tmp_path: Path) -> None:
    notes, _skipped, _messages = built_notes(tmp_path, {"jlpt.txt": "JLPT N5\n\n犬 いぬ dog\n猫 ねこ cat\n水 みず water\n"})
    assert {note_front(n): n["fields"]["Answer"] for n in notes}["猫"] == "<p>ねこ</p><p>cat</p>"



def test_n27_bold_statements_with_their_verdict_are_a_card_each(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"blood.md": DATA / "true-false-bold.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert not skipped and len(got) == 4
    assert got["True or false: The heart has four chambers."] == "True"
    assert got["True or false: Veins always carry deoxygenated blood."] == "False — the pulmonary veins carry oxygenated blood."


def test_n27_a_verdict_before_a_dash_is_never_on_the_front(tmp_path: Path) -> None:
    page = (
        "# Blood\n\n- **The heart has four chambers.** — True\n"
        "- **Veins always carry deoxygenated blood.** False — the pulmonary veins carry oxygenated blood.\n"
        "- **Red blood cells have a nucleus.** False — mature human red blood cells have none.\n"
        "- **Platelets help blood clot.** — True\n"
    )
    notes, _skipped, _messages = built_notes(tmp_path, {"blood.md": page})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["True or false: Veins always carry deoxygenated blood."] == "False — the pulmonary veins carry oxygenated blood."
    assert not any("False" in front for front in got)



def test_n28_a_labelled_answer_that_is_the_next_number_is_kept(tmp_path: Path) -> None:
    page = (
        "# Maths\n\n**Exercise 1.** Find the mean of 2, 4 and 6.\n\n*Solution.* 4.\n\n"
        "**Exercise 2.** Find the median of 1, 3 and 8.\n\n*Solution.* 3.\n"
    )
    notes, skipped, messages = built_notes(tmp_path, {"maths.md": page})
    assert {note_front(n): note_back(n) for n in notes} == {"Find the mean of 2, 4 and 6.": "4.", "Find the median of 1, 3 and 8.": "3."}
    assert not skipped and not [m for m in messages if "next entry" in m]
