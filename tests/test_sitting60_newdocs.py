"""Sixtieth sitting, helper newdocs: a new user's documents (round 16), read card by card.

Each test's docstring says what was wrong. Documents in tests/data/sitting60/newdocs/, written for this round in the
shapes users write (none fetched); the round's findings are in docs/trials/newdocs60.md.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting60" / "newdocs"


def test_n60_1_a_utf8_list_with_latin1_lines_reads_each_line_as_written(tmp_path: Path) -> None:
    """N60-1: a UTF-8 word list ('éventuellement') with two lines pasted from a Windows-1252 file ('pr\\xe9servatif',
    'caf\\xe9t\\xe9ria'). Before: "not UTF-8 (byte 0xe9): read as cp932", every accented word garbled, the UTF-8 ones
    too ('ﾃｩventuellement', 'pr駸ervatif'). Now the UTF-8 lines read as UTF-8 and only the stray bytes as the
    Windows-1252 letters they are, each named at its line."""
    notes, _, messages = built_notes(tmp_path, {"f.txt": DATA / "false-friends-latin1-lines.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "actuellement": 'currently (not "actually")',
        "librairie": 'bookshop (not "library")',
        "sensible": "sensitive",
        "préservatif": 'condom (not "preservative")',
        "une cafétéria": "a canteen",
        "éventuellement": 'possibly (not "eventually")',
    }
    said = [m for m in messages if "not valid UTF-8" in m]
    assert [m.split(": warning")[0] for m in said] == ["sources/f.txt:6", "sources/f.txt:7", "sources/f.txt:7"], said
    assert "in 'une cafétéria - a canteen'" in said[1] and "read as that character" in said[1], said
    assert not [m for m in messages if "cp932" in m]


def test_n60_1_a_file_in_a_double_byte_encoding_is_still_read_whole_in_it(tmp_path: Path) -> None:
    """The Latin-1 reading is for short runs of accented letters only: a Shift-JIS file (long runs of bytes that pair
    up) is still read in the encoding its bytes read best as, said so, never as Windows-1252 letters."""
    text = "日本史 小テスト\n\n問1 鎌倉幕府を開いたのは誰か。\n答え：源頼朝\n\n問2 江戸幕府の初代将軍は誰か。\n答え：徳川家康\n"
    path = tmp_path / "sjis.txt"
    path.write_bytes(text.encode("cp932"))
    notes, _, messages = built_notes(tmp_path, {"j.txt": path})
    assert {note_front(n): note_back(n) for n in notes} == {"鎌倉幕府を開いたのは誰か。": "源頼朝", "江戸幕府の初代将軍は誰か。": "徳川家康"}
    assert any("read as cp932" in m for m in messages), messages


def test_n60_4_a_bare_deletion_whose_word_starts_with_c_is_a_deletion(tmp_path: Path) -> None:
    """N60-4: '- The {{cell membrane}} controls …' among '{{mitochondria}}' entries under a cloze title. Before: "list
    entry without a {{c1::…}} deletion" and no card: '{{cell' was taken for Anki's '{{c1::' already written. Now it is a
    deletion as the others are: 4 cloze notes."""
    notes, _, messages = built_notes(tmp_path, {"c.md": DATA / "cloze-curly-two-words.md"})
    assert [n["fields"]["Text"] for n in notes] == [
        "ATP is made in the {{c1::mitochondria}}.",
        "Proteins are made on {{c1::ribosomes}}.",
        "The {{c1::cell membrane}} controls what enters and leaves the cell.",
        "DNA is found in the {{c1::nucleus}}.",
    ]
    assert not [m for m in messages if "without a {{c1::" in m]


def test_n60_5_statements_with_unbracketed_t_f_marks_are_judged_by_the_key(tmp_path: Path) -> None:
    """N60-5: '2. Mount Everest is in the Himalayas.  T / F' (the marks to circle, no brackets) under a one-line key
    '1 F (the Nile …)  2 T  3 T  4 T  5 F'. Before: only statement 1 (its key entry has a why) was a true/false card;
    the others were 'Mount Everest is in the Himalayas. T / F' -> 'T'. Now each is 'True or false: …' -> True/False."""
    notes, _, _ = built_notes(tmp_path, {"tf.txt": DATA / "true-false-unbracketed.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "True or false: The Amazon is the longest river in the world.": "False (the Nile is usually listed as longest)",
        "True or false: Mount Everest is in the Himalayas.": "True",
        "True or false: Australia is both a country and a continent.": "True",
        "True or false: The Sahara is the largest hot desert.": "True",
        "True or false: Iceland is covered mostly in ice and Greenland mostly in grass.": "False",
    }


def test_n60_3_bold_prompts_over_code_are_a_card_each(tmp_path: Path) -> None:
    """N60-3: SQL drills, each '**Second-highest salary**' over its ```sql fence, under the page's title. Before: one
    note 'SQL drills' whose back ran every prompt and query together. Now each prompt is a card over its code."""
    notes, _, _ = built_notes(tmp_path, {"s.md": DATA / "sql-bold-drills.md"})
    assert [note_front(n) for n in notes] == [
        "Select every employee hired after 2020",
        "Count the employees per department",
        "Second-highest salary",
    ]
    assert "<pre" in notes[2]["fields"]["Answer"] and "Second" not in notes[2]["fields"]["Answer"]
    assert note_back(notes[1]) == "SELECT department_id, COUNT ( * ) FROM employees GROUP BY department_id;"


def test_n60_3_a_bold_label_over_code_stays_part_of_its_answer(tmp_path: Path) -> None:
    """Not every bold line over code is a prompt: '**Example**' / '**Output:**' label the code of the question above
    them, and a page that asks its questions keeps them as its cards."""
    text = (
        "# Python\n\n## What does `zip` do?\n\nPairs up items of several iterables.\n\n**Example**\n\n```python\n"
        "list(zip([1, 2], 'ab'))\n```\n\n**Output:**\n\n```\n[(1, 'a'), (2, 'b')]\n```\n\n"
        "## What does `enumerate` do?\n\nCounts as it iterates.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"p.md": text})
    assert [note_front(n) for n in notes] == ["What does zip do?", "What does enumerate do?"]
    assert "Example" in note_back(notes[0]) and "[(1, 'a'), (2, 'b')]" in note_back(notes[0])


def test_n60_6_a_handouts_learning_objectives_are_no_card_and_no_question(tmp_path: Path) -> None:
    """N60-6: a handout's '**Learning objectives**' over two bullets under its title. Before: a card 'Year 10 History –
    The Causes of World War One' -> 'Learning objectives', and the two aims "question has no answer". Now the
    objectives are no card and nothing is said of them; the key terms and the checked questions are the cards."""
    notes, skipped, messages = built_notes(tmp_path, {"h.md": DATA / "handout-objectives.md"})
    assert [note_front(n) for n in notes] == [
        "Militarism",
        "Alliance",
        "Imperialism",
        "Nationalism",
        "What does the acronym MAIN stand for?",
        "Who assassinated Franz Ferdinand, and where?",
        "Which two alliances faced each other in 1914?",
    ]
    assert note_back(notes[5]) == "Gavrilo Princip, in Sarajevo (28 June 1914)."
    assert not skipped
    assert not [m for m in messages if "no answer" in m]


def test_n60_6_an_objectives_label_with_text_under_its_list_is_read_as_written(tmp_path: Path) -> None:
    """The objectives' list is left out only when it ends its part of the page: '**Aims**' over a list with a sentence
    right under it is text as before (said as outside any question); with nothing under the list, nothing is said."""
    text = "# Unit 2\n\n**Aims**\n- Solve linear equations\n- Plot a line\n{}\n## What is a gradient?\nThe steepness of a line.\n"
    for under, said in (("These are tested in May.\n", ["sources/u.md:4"]), ("", [])):
        notes, _, messages = built_notes(tmp_path / str(len(said)), {"u.md": text.format(under)})
        assert [(note_front(n), note_back(n)) for n in notes] == [("What is a gradient?", "The steepness of a line.")]
        assert [m.split(": warning")[0] for m in messages if "outside any question" in m] == said, messages


def test_n60_2_phone_notes_of_mixed_separators_and_questions_make_a_card_each(tmp_path: Path) -> None:
    """N60-2: phone notes typed in a hurry: 'mitochondria - …', 'ribosome -> …', 'golgi = …', 'lysosome: …',
    'diffusion -- …' and two questions over their answers ('what does the nucleus do?' / 'holds DNA, controls cell').
    Before: "cannot tell this document's layout" and no card at all (no one separator on nine lines in ten, the
    questions no pairs). Now each line splits on its own separator and each question is a card over its answer; the
    reminder to oneself at the end is said as a line with no answer."""
    notes, skipped, messages = built_notes(tmp_path, {"bio.txt": DATA / "phone-notes-mixed-separators.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "mitochondria": "powerhouse of cell, makes ATP",
        "ribosome": "makes proteins (rough ER has them)",
        "golgi": "packages + ships proteins",
        "lysosome": "digestive enzymes, breaks down waste",
        "What does the nucleus do?": "holds DNA, controls cell",
        "diff between plant & animal cell??": "plant has cell wall, chloroplasts, big vacuole",
        "osmosis": "water moves across membrane high->low water conc",
        "diffusion": "particles move high to low conc, no energy",
    }
    assert [s["line"] for s in skipped] == [17]
    assert [m.split(": warning")[0] for m in messages if "no answer" in m] == ["sources/bio.txt:17"]


def test_n60_2_a_list_with_one_separator_keeps_its_notes_apart(tmp_path: Path) -> None:
    """Each line on its own separator only when no separator holds half the list's pairs: a word list written with
    '=' keeps its 'Tip: …' line a note (said), never a card 'Tip'."""
    text = "# Family\n\n- la madre = the mother\n- el padre = the father\n- los padres = the parents\n- el hermano = the brother\n\nTip: the masculine plural covers mixed groups (los padres = mother and father).\n"
    notes, _, messages = built_notes(tmp_path, {"f.md": text})
    assert [note_front(n) for n in notes] == ["la madre", "el padre", "los padres", "el hermano"]
    assert any("a note, not a word with its meaning" in m and "f.md:8" in m for m in messages), messages


def test_n60_10_a_chat_quiz_asked_without_labels_is_read_question_by_answer(tmp_path: Path) -> None:
    """N60-10: a WhatsApp export where one friend quizzes another ('[12/03/2026, 21:14:30] Maya: what's the powerhouse
    of the cell' / '[…] Leo: mitochondria obviously'). Before: 8 cards each fronted by a message's date and sender
    ('[12/03/2026, 21:14:02] Maya' -> 'ok quiz time 😅'). Now a message that asks (a question mark, or a question word
    opening it) answered by the other's next message is a card; the greetings are chat, said once."""
    notes, _, messages = built_notes(tmp_path, {"chat.txt": DATA / "whatsapp-quiz-plain.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "What's the powerhouse of the cell?": "mitochondria obviously",
        "What does DNA stand for?": "deoxyribonucleic acid",
        "What's the function of red blood cells?": "carry oxygen around the body (haemoglobin)",
    }
    said = [m for m in messages if "a chat export" in m]
    assert len(said) == 1 and "2 messages (lines 1, 8) are chat" in said[0], said


def test_n60_11_a_title_with_a_note_in_brackets_over_inline_answers_is_no_question(tmp_path: Path) -> None:
    """N60-11: 'Biology – short questions (answers in brackets)' over '1. What is the basic unit of life? (the cell)'
    lines. Before: the 4 cards, and "question has no answer (write the answer in the second column)" for the title
    (the file has no columns). Now the title with its bracketed note is the page's title: nothing said."""
    notes, skipped, messages = built_notes(tmp_path, {"b.txt": DATA / "inline-answers-titled.txt"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is the basic unit of life?": "the cell",
        "Which organelle carries out photosynthesis?": "the chloroplast",
        "What molecule carries genetic information?": "DNA",
        "What do enzymes do?": "speed up chemical reactions – biological catalysts",
    }
    assert not skipped
    assert not [m for m in messages if "no answer" in m]


def test_n60_13_an_indented_outline_under_a_title_is_a_term_each(tmp_path: Path) -> None:
    """N60-13: 'Anatomy – bones' over '\\tSkull' / '\\t\\tprotects the brain; 22 bones' … (each term indented once under
    the title, its meaning twice). Before: read as an article, 4 cloze notes '{{c1::Skull}}: protects the brain; 22
    bones'. Now the title heads the outline and each term is a card over its meaning, as the same list unindented is;
    with spaces for tabs the same."""
    notes, _, messages = built_notes(tmp_path, {"bones.txt": DATA / "outline-tab-terms.txt"})
    expected = {
        "Skull": "protects the brain; 22 bones",
        "Femur": "longest bone in the body",
        "Clavicle": "collarbone; connects arm to body",
        "Patella": "kneecap",
    }
    assert {note_front(n): note_back(n) for n in notes} == expected
    assert not [m for m in messages if "no card" in m or "not in any card" in m]
    spaced = (DATA / "outline-tab-terms.txt").read_text(encoding="utf-8").replace("\t", "    ")
    notes, _, _ = built_notes(tmp_path / "spaced", {"bones.txt": spaced})
    assert {note_front(n): note_back(n) for n in notes} == expected


def test_n60_15_notes_ending_with_an_unanswered_essay_question_are_read_by_their_headings(tmp_path: Path) -> None:
    """N60-15: Cold War revision notes ('## Causes' list, '## Key events' table) ending with '## Exam question' over
    '**"…" How far do you agree? (16 marks)**'. Before: the one question-shaped line made it a question page: no note at
    all (the build stopped), its notes "outside any question". Now it asks in passing only: each heading with text
    under it is a card, the essay question said as unanswered."""
    notes, _, messages = built_notes(tmp_path, {"cw.md": DATA / "notes-essay-question.md"})
    assert [note_front(n) for n in notes] == ["Causes", "Key events"]
    assert note_back(notes[0]) == "ideological differences: capitalism vs communism mutual distrust after WW2 the atomic bomb"
    assert "1962 Cuban Missile Crisis" in note_back(notes[1])
    assert any("cw.md:17" in m and "question has no answer" in m for m in messages), messages
    assert not [m for m in messages if "outside any question" in m]


def test_n60_8_a_mark_scheme_label_is_no_part_of_the_answer(tmp_path: Path) -> None:
    """N60-8: revision questions, each over 'Mark scheme: …' (a blank line between questions). Before: every back began
    'Mark scheme:'. Now the label is an answer label, as 'Answer:' is: the backs are the mark scheme's text (its
    '(1)' marks left out, as before)."""
    notes, _, _ = built_notes(tmp_path, {"econ.txt": DATA / "mark-scheme-pairs.txt"})
    assert {note_front(n): note_back(n) for n in notes} == {
        'Define "price elasticity of demand".': "the responsiveness of quantity demanded to a change in price.",
        "State two causes of demand-pull inflation.": "any two of – rising consumer spending; lower interest rates; tax cuts; rising exports (1 each).",
        "Explain one disadvantage of a minimum wage.": "it may raise firms' costs, so they employ fewer workers, increasing unemployment among the low-skilled.",
    }


def test_n60_10_a_chat_that_holds_no_quiz_is_no_card_and_said_once(tmp_path: Path) -> None:
    """N60-10, its other half: a WhatsApp export with one question answered and one not ('what does DNA stand for'
    followed by the asker's own 'good night'). Before: 6 cards, each fronted by a message's date and sender
    ('[12/03/2026, 21:14:02] Maya' -> 'ok quiz time 😅'). Now the chat is no card, said once at its first line."""
    other = "Q: What is the capital of France?\nA: Paris\n"
    notes, _, messages = built_notes(tmp_path, {"chat.txt": DATA / "whatsapp-no-quiz.txt", "other.txt": other})
    assert [note_front(n) for n in notes] == ["What is the capital of France?"]
    said = [m for m in messages if "chat.txt" in m]
    assert len(said) == 1, said
    assert said[0].startswith("sources/chat.txt:1: warning: no card from this file: a chat export of 6 messages that holds no quiz")
