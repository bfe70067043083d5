"""Fifty-sixth sitting, helper newdocs: a new user's documents, read card by card (round-11 findings first).

R1: a podcast's notes, a note paragraph between blank lines after each 'A:' and before the next 'Q:' ('A: Romulus' /
blank / 'Rome became a republic in 509 BC …' / blank / 'Q: When did Rome become a republic?'): said as text outside
any item when its words are more the next question's than the answered item's; before, glued onto the answer above
('Romulus Rome became a republic …'), unsaid. A second paragraph that goes on answering stays the answer's.

R2: a list whose every entry sets a wrong statement right ('- ❌ Heavier objects fall faster. ✅ Without air
resistance, …'): a card per entry, the cross kept on the front; before, one card of the page's title.

R3: a quote or callout closing the page after the last answer that says nothing of it ('> **Info:** If you're unsure,
ask in #oncall …'): said as text outside any question; before, the end of the last card's back.

R4: a fill-in page of plain lines, the filled words in brackets ('Biology cloze practice' / 'The [mitochondria] is
the site of …'): a cloze per line; before, "cannot tell this document's layout".

R5: a heading inside an answer ('# Essay plan: …?' / '## Introduction' / its text): a heading on the card; before,
its bare text run into the next line ('IntroductionDefine …').

R6: a plain-text numbered quiz with words in stars ('1. Define *density*.'): the stars go from the front; before,
shown as written. '2 * 3 * 4' keeps its stars.

N1-N14: new documents of this round (a merged table cell, hard-wrapped glossaries, margin questions, pictures under
the question, date stamps, .txt definitions, slash pairs under a title, '{{fill}}' blanks, indented answers, '[Easy]'
levels, a script's setting line, '? | answer', a title that asks the reader, notes between bold questions): each
test's docstring says what was wrong.

Documents in tests/data/sitting56/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting56" / "newdocs"


def test_r1_a_note_over_the_next_question_is_no_part_of_the_answer_above(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"rome.txt": DATA / "podcast-notes.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Who founded Rome according to legend?": "Romulus",
        "When did Rome become a republic?": "509 BC",
        "Who crossed the Rubicon in 49 BC?": "Julius Caesar",
    }
    assert not skipped
    said = [m for m in messages if "outside any item" in m]
    assert [m for m in said if ":8:" in m and "Rome became a republic" in m]
    assert [m for m in said if ":13:" in m and "Caesar crossed the Rubicon" in m]
    # a second paragraph that goes on answering stays on the back
    notes, _, _ = built_notes(
        tmp_path / "two",
        {"sky.txt": "Q: Why is the sky blue?\nA: Sunlight is scattered by air molecules.\n\nShorter (blue) wavelengths scatter "
         "much more than longer ones.\n\nQ: Why are sunsets red?\nA: Light crosses more air, so the blue is scattered away.\n"},
    )
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Why is the sky blue?"] == "Sunlight is scattered by air molecules. Shorter (blue) wavelengths scatter much more than longer ones."


def test_r2_wrong_then_right_entries_are_a_card_each(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"m.md": DATA / "misconceptions.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["❌ Heavier objects fall faster."] == "Without air resistance, all objects fall at the same rate."
    assert got["❌ Cold flows into things."] == "Heat flows from hot to cold."
    assert len(got) == 4 and not skipped
    # a cross before a question is still no part of it (a mark the learner set)
    notes, _, _ = built_notes(tmp_path / "q", {"q.md": "# Quiz\n\n## ❌ What is the capital of Australia?\n\nCanberra\n\n## What is 2 + 2?\n\n4\n"})
    assert sorted(note_front(n) for n in notes) == ["What is 2 + 2?", "What is the capital of Australia?"]


def test_r3_a_closing_callout_is_no_part_of_the_last_answer(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"faq.md": DATA / "oncall-faq.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Where are the runbooks?"] == "In the runbooks/ space, under Services ."
    assert len(got) == 3 and not skipped
    assert [m for m in messages if ":15:" in m and "outside any question" in m]
    # a note on the answer (its words the answer's) stays on the back
    notes, _, _ = built_notes(
        tmp_path / "kept",
        {"k.md": "# Ports\n\n## What port does HTTPS use?\n\n443\n\n## What port does SSH use?\n\nPort 22.\n\n> Note: SSH servers often move to another port.\n"},
    )
    got = {note_front(n): note_back(n) for n in notes}
    assert got["What port does SSH use?"] == "Port 22. Note: SSH servers often move to another port."


def test_r4_bracketed_fills_under_a_fill_in_title_are_clozes(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"bio.txt": DATA / "cloze-brackets.txt"})
    texts = sorted(n["fields"]["Text"] for n in notes)
    assert texts == [
        "DNA is made of {{c1::nucleotides}}.",
        "Enzymes are biological {{c1::catalysts}}.",
        "The {{c1::mitochondria}} is the site of aerobic respiration.",
        "The {{c1::ribosome}} makes proteins.",
    ]
    assert not skipped


def test_r5_a_heading_inside_an_answer_is_a_heading_on_the_card(tmp_path: Path) -> None:
    notes, _skipped, _messages = built_notes(tmp_path, {"plan.md": DATA / "essay-plan.md"})
    assert len(notes) == 1
    back = notes[0]["fields"]["Answer"]
    assert "<h3>Introduction</h3><p>Define" in back and "<h3>Conclusion</h3>" in back


def test_r6_stars_around_words_leave_a_plain_text_front(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"q.txt": DATA / "physics-quiz.txt"})
    fronts = sorted(note_front(n) for n in notes)
    assert fronts == ["Define density.", "State Hooke's law.", "What is the unit of force?", "Work out 2 * 3 * 4."]
    assert not skipped


def test_n1_a_table_with_a_merged_cell_is_still_a_card_per_row(tmp_path: Path) -> None:
    """N1: a spreadsheet exported to Markdown, one cell left empty where it was merged ('| IV | Trochlear | |
    Superior oblique muscle |'): a card per row; before, the whole table was in no card."""
    notes, skipped, _messages = built_notes(tmp_path, {"cn.md": DATA / "cranial-nerves-merged.md"})
    got = {note_front(n): note_back(n) for n in notes}
    # (sitting 57: the 'Number' column of Roman numerals is the nerve's number, on the back; it was dropped as row numbering)
    assert got["Trochlear"] == "Number: IV Function: Superior oblique muscle"
    assert got["Olfactory"] == "Number: I Type: Sensory Function: Smell"
    assert len(got) == 7 and not skipped


def test_n2_a_glossarys_hard_wrapped_meanings_join_their_term(tmp_path: Path) -> None:
    """N2: 'Socialisation - the process by which people learn the norms and values' / 'of their society.': one pair;
    before, 'cannot tell this document's layout', no card."""
    notes, skipped, _messages = built_notes(tmp_path, {"soc.txt": DATA / "sociology-wrapped.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Socialisation": "the process by which people learn the norms and values of their society.",
        "Norms": "unwritten rules about how to behave in a situation.",
        "Sanctions": "rewards or punishments that encourage people to follow norms.",
        "Status": "a person's position in society.",
    }
    assert not skipped


def test_n3_margin_questions_in_lecture_notes_are_cards(tmp_path: Path) -> None:
    """N3: '- ?? why do steroid hormones not need a membrane receptor → they're lipid soluble …' among a lecture's
    note bullets: a card per question, the notes said as notes; before, 'defines no term', in no card (and the notes'
    flow 'signal → receptor → …' a card 'signal')."""
    notes, skipped, messages = built_notes(tmp_path, {"bio.md": DATA / "lecture-margin.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Why do steroid hormones not need a membrane receptor?"] == "they're lipid soluble, cross membrane, bind intracellular receptor"
    assert got["What makes cAMP?"] == "adenylyl cyclase"
    assert got["What switches the signal off?"] == "phosphatases + GTP hydrolysis"
    assert len(got) == 3 and not skipped
    assert [m for m in messages if ":3:" in m and "note" in m]


def test_n4_a_picture_right_under_a_question_that_points_at_it_is_on_the_front(tmp_path: Path) -> None:
    """N4: '**Q: Which bone is highlighted?**' / '![](femur.png)' / 'The femur — …': the picture on the front; before,
    on the back, the front asking about a picture the learner could not see. A picture under the answer stays there."""
    notes, _skipped, _messages = built_notes(tmp_path, {"a.md": DATA / "anatomy-images.md"})
    got = {note_front(n): n for n in notes}
    femur = next(n for f, n in got.items() if f.endswith("Which bone is highlighted?"))
    assert "femur.png" in femur["fields"]["Question"] or "[image" in femur["fields"]["Question"]
    assert "img" not in femur["fields"]["Answer"] and "[image" not in femur["fields"]["Answer"]
    assert note_back(femur) == "The femur — the longest bone in the body."
    heart = got["Which chamber pumps blood to the body?"]
    assert "image" in note_back(heart) or "img" in heart["fields"]["Answer"]


def test_n5_a_pages_date_stamp_is_no_part_of_the_last_answer(tmp_path: Path) -> None:
    """N5: '_Last updated: 2026-11-02_' closing the page: no part of the last card's back; before, it ended it."""
    notes, skipped, _messages = built_notes(tmp_path, {"p.md": DATA / "interview-prep.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["When would you use a message queue?"] == "To decouple producers from consumers and absorb bursts of load (e.g. Kafka, RabbitMQ)."
    assert len(got) == 3 and not skipped


def test_n6_a_text_file_of_one_sentence_definitions_is_a_glossary(tmp_path: Path) -> None:
    """N6: a .txt of 'Inflation is a general rise …' lines under a plain title: a card per term, as the .md is; before,
    "cannot tell this document's layout". A README's prose stays no list of wrapped pairs."""
    prose = (
        "Reading notes\n\nThe trial was long. Binary documents are not kept: the tests make them\nor cut them short.\n"
        "Every file here was written for this trial: nothing was fetched\nfrom the web.\n"
    )
    notes, skipped, _messages = built_notes(tmp_path, {"econ.txt": DATA / "econ-definitions.txt", "notes.txt": prose})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Inflation"] == "Inflation is a general rise in the price level over time."
    assert got["GDP"] == "GDP is the total value of goods and services produced in a country in a year."
    assert len(got) == 5 and not skipped


def test_n7_a_title_over_slash_pairs_is_no_pair(tmp_path: Path) -> None:
    """N7: 'French - everyday phrases' over 'Bonjour / Hello' lines: the title splits on another mark, the lines are the
    pairs; before, "cannot tell this document's layout"."""
    notes, skipped, _messages = built_notes(tmp_path, {"fr.txt": DATA / "french-slash.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Bonjour"] == "Hello" and got["Où est la gare ?"] == "Where is the station?"
    assert len(got) == 5 and not skipped


def test_n8_double_braces_under_a_fill_in_title_are_clozes(tmp_path: Path) -> None:
    """N8: 'Anatomy fill-in' / 'The heart has {{four}} chambers.': a cloze per line; before, "cannot tell"."""
    notes, skipped, _messages = built_notes(tmp_path, {"a.txt": DATA / "anatomy-curly.txt"})
    assert sorted(n["fields"]["Text"] for n in notes) == [
        "Blood returns to the heart through the {{c1::veins}}.",
        "The heart has {{c1::four}} chambers.",
        "The largest artery is the {{c1::aorta}}.",
    ]
    assert not skipped


def test_n9_questions_over_indented_answers_with_no_blank_lines(tmp_path: Path) -> None:
    """N9: 'How many lines does a stave have?' / '    Five.' / 'What does a sharp do?' …: a card per question; before,
    "cannot tell"."""
    notes, skipped, _messages = built_notes(tmp_path, {"m.txt": DATA / "music-indented.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "How many lines does a stave have?": "Five.",
        "What does a sharp do?": "Raises a note by a semitone.",
        "What is an octave?": "The interval between one note and the next note of the same name, eight notes higher.",
    }
    assert not skipped


def test_n10_a_level_in_brackets_before_the_question_is_its_difficulty(tmp_path: Path) -> None:
    """N10: '1. [Easy] What is a list comprehension?': the level is the card's difficulty, off the front; before, on
    the front, every card 'medium'."""
    notes, skipped, _messages = built_notes(tmp_path, {"p.md": DATA / "python-levels.md"})
    got = {note_front(n): n["fields"]["Difficulty"] for n in notes}
    assert got == {
        "What is a list comprehension?": "easy",
        "What is the GIL?": "medium",
        "How does Python's garbage collector handle reference cycles?": "hard",
    }
    assert not skipped


def test_n11_a_scripts_setting_line_leaves_it_a_dialogue(tmp_path: Path) -> None:
    """N11: 'SCENE: The tutor and the student revise …' over 'TUTOR: …?' / 'STUDENT: …' turns: a card per question,
    'Right, first one.' off the front; before, a guessed pattern whose fronts held the tutor's fillers ('Good. Who was
    the king …?') and whose closing line was a 'question with no answer'."""
    notes, skipped, messages = built_notes(tmp_path, {"s.txt": DATA / "tutor-script.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    # (sitting 57: an answer of one turn without the speaker's name, the tutor's 'Good.' and closing off the backs)
    assert got["When did the Bastille fall?"] == "14 July 1789."
    assert got["Who was the king at the time?"] == "Louis XVI."
    assert got["Who led the Committee of Public Safety during it?"] == "Robespierre."
    assert len(got) == 4 and not skipped
    assert not [m for m in messages if "no answer" in m]


def test_n12_a_bar_after_the_question_mark_is_no_part_of_the_answer(tmp_path: Path) -> None:
    """N12: 'What is 7 x 8? | 56': the back is '56'; before, '| 56'."""
    notes, skipped, _messages = built_notes(tmp_path, {"m.txt": DATA / "maths-pipes.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["What is 7 x 8?"] == "56" and got["What is 15% of 200?"] == "30"
    assert len(got) == 4 and not skipped


def test_n13_a_title_that_asks_the_reader_over_plain_questions_is_a_title(tmp_path: Path) -> None:
    """N13: '# Unit 4 revision — can you answer these?' over '☐ What is …?' / its answer paragraphs: a card per
    question; before, one card of the title holding them all."""
    notes, skipped, messages = built_notes(tmp_path, {"u.md": DATA / "can-you-answer.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Where does meiosis happen?"] == "In the reproductive organs (testes and ovaries)."
    assert got["How many chromosomes are in a human gamete?"] == "23"
    assert len(got) == 3 and not skipped
    assert not [m for m in messages if "no answer" in m]


def test_n14_a_note_between_bold_questions_over_the_next_one_is_no_answer(tmp_path: Path) -> None:
    """N14: notes between bold questions ('A process is …' / '**What is a context switch?**' / its answer / 'Threads share
    the address space of their process.' / '**Why are threads cheaper than processes?**'): the note over the next
    question, on its terms, is said as text outside any question; before, glued onto the answer above. A second
    paragraph on the answer's own terms stays its."""
    notes, skipped, messages = built_notes(tmp_path, {"os.md": DATA / "os-notes.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["What is a context switch?"] == "Saving the state of one process and loading the state of another so the CPU can run it."
    assert len(got) == 2 and not skipped
    assert [m for m in messages if "line 8" in m or ":8:" in m]
    notes, _, _ = built_notes(
        tmp_path / "kept",
        {"k.md": "# Notes\n\nA process is a program in execution.\n\n**What is a context switch?**\nSaving the state of one process "
         "and loading another.\n\nThe saved state of a process includes its registers.\n\n**Why are threads cheap?**\nThey share memory.\n"},
    )
    got = {note_front(n): note_back(n) for n in notes}
    assert got["What is a context switch?"].endswith("The saved state of a process includes its registers.")


def test_n15_a_number_alone_on_a_front_is_asked_with_its_columns_name(tmp_path: Path) -> None:
    """N15: '| Group | Name | Example |' / '| 17 | Halogens | Chlorine |': the front is 'Group 17'; before, a bare '17'."""
    notes, skipped, _messages = built_notes(tmp_path, {"g.md": DATA / "periodic-groups.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Group 17"] == "Name: Halogens Example: Chlorine"
    assert sorted(got) == ["Group 1", "Group 17", "Group 18", "Group 2"] and not skipped


def test_n16_numbered_wrong_then_right_lines_are_a_card_each(tmp_path: Path) -> None:
    """N16: '1. ✗ Ich habe 20 Jahre. ✓ Ich bin 20 Jahre alt.' (three such lines): a card each, the cross on the front;
    before, one card of the title (a numbered list's guess came first)."""
    notes, skipped, _messages = built_notes(tmp_path, {"f.md": DATA / "german-mistakes.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["✗ Ich bin kalt."] == "Mir ist kalt."
    assert len(got) == 3 and not skipped


def test_n17_the_sheets_missing_glyphs_name_each_script_and_the_files(tmp_path: Path) -> None:
    """N17: a language deck with Hindi and Thai words: the warning about the cheat sheet's missing glyphs
    shows a character of each script and names the files; before, 'कखघतदनपब …' (Hindi only) at the Korean file's
    line, as if the Korean words were the Hindi ones (here Hindi and Thai, which no bundled font covers)."""
    from click.testing import CliRunner

    from compiler.cli import main

    content = deck_of(
        tmp_path,
        {
            "hi.md": "# Hindi\n\n- पानी (paani) — water\n- खाना (khaana) — food\n- घर (ghar) — house\n",
            "th.md": "# Thai\n\n- น้ำ — water\n- ข้าว — rice\n- บ้าน — house\n",
        },
    )
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out"), "--only", "pdf"])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "no glyph" in line]
    assert len(said) == 1, result.output
    assert "of 2 files (sources/hi.md, sources/th.md)" in said[0] or "of 2 files (sources/th.md, sources/hi.md)" in said[0]
    assert any(c in said[0] for c in "पखघ") and any(c in said[0] for c in "นขบ")


def test_n18_a_title_that_names_an_aspect_is_not_fronted_by_itself(tmp_path: Path) -> None:
    """N18: '# Tips' alone over a '- ✅ Drink water' / '- ❌ Skip breakfast' list: the front is 'Tips'; before, 'Tips ›
    Tips' (an aspect heading fronted by the page title, which was itself)."""
    notes, skipped, _messages = built_notes(tmp_path, {"t.md": DATA / "tips-title.md"})
    assert [note_front(n) for n in notes] == ["Tips"] and not skipped
