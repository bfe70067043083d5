"""Thirty-sixth sitting, keys helper: answer keys of new-user trial 35 read (a key printed as a horizontal table whose
first cell says "question number" in any words, T35-19; a key letter followed by its explanation, T35-20)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text

TRIAL35 = Path(__file__).parent / "data" / "trials" / "trial35"

# --- T35-19: an answer key as a horizontal table -------------------------------------------------------------------

CHEMISTRY = [
    ("Which gas supports combustion?", "B) oxygen"),
    ("What is the formula of water?", "C) H2O"),
    ("Which metal is the lightest?", "A) lithium"),
]


@pytest.mark.parametrize("name", ["head-QNo.md", "head-QuestionNo.md", "head-Question-WORKS.md"])
def test_a_horizontal_key_table_keys_whatever_its_first_cell_says(tmp_path: Path, name: str) -> None:
    """T35-19 (high): '| Q. No. | 1 | 2 | 3 |' / '| Answer | B | C | A |' (or 'Question No.') under '## Answer key' was no
    key: 'none marked correct' for each question, no note. The row of numbers counting up over a row of as many letters
    is the key, whatever words its first cell uses."""
    notes, _, said = built_notes(tmp_path, {name: TRIAL35 / "t35-19-horizontal-key-table" / name})
    assert [(note_front(n), note_back(n)) for n in notes] == CHEMISTRY, said
    assert not any("none marked correct" in s for s in said), said


def test_a_russian_key_table_headed_question_number_keys_each_question(tmp_path: Path) -> None:
    """T35-19 (high): the Russian school form, '| № вопроса | 1 | 2 | 3 |' / '| Ответ | б | в | а |' under '## Ответы',
    options 'а)'–'г)' indented under each question: three keyed cards."""
    name = "тест-химия.md"
    notes, _, said = built_notes(tmp_path, {name: TRIAL35 / "t35-19-horizontal-key-table" / name})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Какой газ поддерживает горение?", "б) кислород"),
        ("Формула воды:", "в) H2O"),
        ("Какой металл самый лёгкий?", "а) литий"),
    ], said


RU_TEST = "# Тест\n\n" + "".join(
    f"{i}. Вопрос номер {i}?\n   а) один{i}\n   б) два{i}\n   в) три{i}\n   г) четыре{i}\n\n" for i in range(1, 4)
)


def test_a_key_table_headed_task_number_right_under_the_options_keys_them(tmp_path: Path) -> None:
    """T35-19: '| Номер задания | 1 | 2 | 3 |' (the ЕГЭ/ОГЭ 'task number'), with no key heading over it: the options
    above say it is a test, the numbers and letters that it is its key."""
    page = RU_TEST + "| Номер задания | 1 | 2 | 3 |\n|---|---|---|---|\n| Ответ | б | в | а |\n"
    notes, _, said = built_notes(tmp_path, {"test.md": page})
    assert [note_back(n) for n in notes] == ["б) два1", "в) три2", "а) один3"], said


TEN = "".join(f"{i}. Question number {i} asks what?\nA. alpha{i}\nB. beta{i}\nC. gamma{i}\nD. delta{i}\n\n" for i in range(1, 11))
TEN_KEYED = ["A) alpha1", "B) beta2", "C) gamma3", "D) delta4", "A) alpha5", "B) beta6", "C) gamma7", "D) delta8", "A) alpha9", "B) beta10"]


@pytest.mark.parametrize("between", ["\n", ""])
def test_several_key_tables_in_a_row_key_every_question(tmp_path: Path, between: str) -> None:
    """T35-19: a long key printed as several tables in a row ('| Q. No. | 1 | … | 5 |' over its answers, then '| Q. No. |
    6 | … | 10 |' over theirs), apart or in one table: every question keyed."""
    half = "| Q. No. | {} |\n|---|---|---|---|---|---|\n| Answer | {} |\n"
    key = half.format(" | ".join("12345"), " | ".join("ABCDA")) + between + half.format(
        " | ".join(["6", "7", "8", "9", "10"]), " | ".join("BCDAB")
    )
    if not between:
        key = key.replace("|---|---|---|---|---|---|\n| Answer | B", "| Answer | B")
    notes, _, said = built_notes(tmp_path, {"quiz.md": "# Quiz\n\n" + TEN + "## Answer key\n\n" + key})
    assert [note_back(n) for n in notes] == TEN_KEYED, said


def test_a_plain_text_key_grid_with_labels_of_two_words_keys_every_question(tmp_path: Path) -> None:
    """T35-19 in plain text: 'Question No.  1  2 …' over 'Correct answer  A  B …': the labels' words, however many,
    stand before the numbers and the letters."""
    key = "Answer key\n\nQuestion No.  " + "  ".join(str(i) for i in range(1, 11)) + "\nCorrect answer  " + "  ".join("ABCDABCDAB") + "\n"
    notes, _, said = built_notes(tmp_path, {"quiz.txt": "Quiz\n\n" + TEN + key})
    assert [note_back(n) for n in notes] == TEN_KEYED, said


def test_a_key_table_of_words_headed_question_number_answers_each_question(tmp_path: Path) -> None:
    """T35-19 with answers in words: '| № вопроса | 1 | 2 | 3 |' / '| Ответ | oxygen | H2O | lithium |' under '## Ответы'
    answers questions that have no options (the table was no key: 'question has no answer' three times, no note)."""
    page = (
        "# Chemistry\n\n1. Which gas supports combustion?\n2. What is the formula of water?\n3. Which metal is the lightest?\n\n"
        "## Ответы\n\n| № вопроса | 1 | 2 | 3 |\n|---|---|---|---|\n| Ответ | oxygen | H2O | lithium |\n"
    )
    notes, _, said = built_notes(tmp_path, {"chem.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which gas supports combustion?", "oxygen"),
        ("What is the formula of water?", "H2O"),
        ("Which metal is the lightest?", "lithium"),
    ], said


def test_a_table_of_numbers_over_letters_in_notes_stays_the_answer(tmp_path: Path) -> None:
    """T35-19, the other side: '| Week | 1 | 2 | 3 |' over '| Grade | A | B | A |' in notes with no test above it and no
    key heading is the answer's table, not a key."""
    page = "# Study plan\n\n## What does the plan schedule?\n\nOne grade a week:\n\n| Week | 1 | 2 | 3 |\n|---|---|---|---|\n| Grade | A | B | A |\n"
    notes, _, said = built_notes(tmp_path, {"plan.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What does the plan schedule?", "One grade a week: Week 1 2 3 Grade A B A")
    ], said


# --- T35-20: a key letter, then why ---------------------------------------------------------------------------------


def test_a_key_letter_then_its_explanation_keys_the_question(tmp_path: Path) -> None:
    """T35-20 (medium): '**B** — floating-point rounding makes …' under the options, 'B: `"number"` — NaN is a numeric
    value.' inside a 'Show answer' toggle: 'none marked correct', 1 card of 3. The letter is the key, the rest the
    explanation on the back (the option's text it restates left out)."""
    name = "key-letter-then-explanation.md"
    notes, _, said = built_notes(tmp_path, {name: TRIAL35 / "t35-20-key-letter-explanation" / name})
    got = [(note_front(n), note_back(n), plain_text(n["fields"].get("Explanation", ""))) for n in notes]
    assert got == [
        ("What is 0.1 + 0.2 === 0.3 ?", "B) false", "floating-point rounding makes the sum 0.30000000000000004."),
        ('What does [] + [] give?', 'B) ""', "Both arrays become empty strings."),
        ("What does typeof NaN return?", 'B) "number"', "NaN is a numeric value."),
    ], said
    assert not any("none marked correct" in s for s in said), said


def test_a_key_letter_then_why_keys_plain_text_and_quoted_markdown(tmp_path: Path) -> None:
    """T35-20 in other shapes: a text file's 'B — …' and 'C - …' after the options, Markdown's '**B:** …' and a quoted
    '> **B** – …': each keyed, its explanation on the back."""
    text = (
        "1. What is 2 + 2?\nA. 3\nB. 4\nC. 5\n\nB — two plus two is four.\n\n"
        "2. Which is a prime?\nA. 4\nB. 6\nC. 7\n\nC - seven has no divisors but 1 and itself.\n"
    )
    page = (
        "# Quiz\n\n### 1. What is 2 + 2?\n\n- A) 3\n- B) 4\n\n**B:** two plus two is four.\n\n"
        "### 2. Which is a prime?\n\n- A) 4\n- B) 7\n\n> **B** – seven is prime.\n"
    )
    got = []
    for name, body in (("quiz.txt", text), ("quiz.md", page)):
        notes, _, said = built_notes(tmp_path / name, {name: body})
        got += [(note_front(n), note_back(n), plain_text(n["fields"].get("Explanation", ""))) for n in notes]
        assert not any("none marked correct" in s for s in said), said
    assert got == [
        ("What is 2 + 2?", "B) 4", "two plus two is four."),
        ("Which is a prime?", "C) 7", "seven has no divisors but 1 and itself."),
        ("What is 2 + 2?", "B) 4", "two plus two is four."),
        ("Which is a prime?", "B) 7", "seven is prime."),
    ]


# --- found in sitting 35: a key '1 — б'; the right-answer labels of right-to-left scripts ---------------------------

RU_KEYED = (
    "# Тест по химии\n\n1. Какой газ поддерживает горение?\n   а) азот\n   б) кислород\n   в) углекислый газ\n\n"
    "2. Формула воды:\n   а) H2O2\n   б) CO2\n   в) H2O\n\n3. Какой металл самый лёгкий?\n   а) литий\n   б) натрий\n   в) железо\n\n"
)


@pytest.mark.parametrize("key", ["## Ответы\n\n1 — б\n2 — в\n3 — а\n", "Ответы: 1 — б, 2 — в, 3 — а\n"])
def test_a_key_with_an_em_dash_between_number_and_cyrillic_letter_keys_each_question(tmp_path: Path, key: str) -> None:
    """Found in sitting 35: '1 — б' (an em dash, spaced, as Russian typography writes it) was 'this looks like an answer
    key but deckc could not read its entries', no card; '1 – б' (an en dash) was read. Either dash joins the entry."""
    notes, _, said = built_notes(tmp_path, {"test.md": RU_KEYED + key})
    assert [note_back(n) for n in notes] == ["б) кислород", "в) H2O", "а) литий"], said
    assert not any("could not read" in s for s in said), said


@pytest.mark.parametrize(
    "label", ["درست جواب", "پاسخ درست", "התשובה הנכונה", "الإجابة الصحيحة", "सही उत्तर"], ids=["ur", "fa", "he", "ar", "hi"]
)
@pytest.mark.parametrize("bold", [False, True], ids=["plain", "bold"])
def test_a_right_answer_label_of_a_right_to_left_script_is_off_the_back(tmp_path: Path, label: str, bold: bool) -> None:
    """Found in sitting 35: 'درست جواب: …' (Urdu, "right answer", the qualifier first) stayed on the back; so did Persian
    'پاسخ درست', Hebrew 'התשובה הנכונה', Hindi 'सही उत्तर', and in bold Arabic 'الإجابة الصحيحة' too. Each is an answer
    label, as 'Правильный ответ:' is: the back is the answer alone."""
    said_label = f"**{label}:**" if bold else f"{label}:"
    page = (
        f"# Quiz\n\n1. What is the capital of Pakistan?\n\n{said_label} Islamabad\n\n"
        f"2. What is the largest planet?\n\n{said_label} Jupiter\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the capital of Pakistan?", "Islamabad"),
        ("What is the largest planet?", "Jupiter"),
    ], said


def test_an_urdu_quiz_keyed_by_its_right_answer_label_in_its_own_letters(tmp_path: Path) -> None:
    """The Urdu label over options lettered 'الف)' 'ب)' 'ج)': each question keyed, in a text file as in Markdown."""
    text = (
        "1. پاکستان کا دارالحکومت کون سا شہر ہے؟\nالف) لاہور\nب) اسلام آباد\nج) کراچی\n\nدرست جواب: ب\n\n"
        "2. سب سے بڑا سیارہ کون سا ہے؟\nالف) مشتری\nب) زمین\nج) مریخ\n\nدرست جواب: الف\n"
    )
    for name in ("quiz.txt", "quiz.md"):
        notes, _, said = built_notes(tmp_path / name, {name: text})
        assert [note_back(n) for n in notes] == ["ب) اسلام آباد", "الف) مشتری"], said


# --- T35-23 rest: parts numbered on, each with its one-line key ------------------------------------------------------

PARTS_ON = TRIAL35 / "t35-23-parts-each-with-key"


def test_parts_numbered_on_each_with_its_key_line_are_each_keyed(tmp_path: Path) -> None:
    """T35-23 (severe), the parts numbered on: 'Answers: 1. Au 2. Fe' / 'Part 2' / '3. What is the boiling point …?' /
    '4. …?' / 'Answers: 3. 100 °C 4. 0 °C' gave 2 cards: questions 3 and 4 were read as entries of part 1's key ('the
    answer key names questions 3, 4, which no question of this file is numbered'). A numbered line that goes on the
    numbering past a key that answers every question waiting, under a part's title or asking apart from the key, is the
    next part's question; and a key line whose entries start at that part's first number keys it."""
    notes, _, said = built_notes(tmp_path, {"parts-keys.txt": PARTS_ON / "parts-keys.txt"})
    assert [(n["fields"]["Section"], note_front(n), note_back(n)) for n in notes] == [
        ("Part 1", "What is the chemical symbol for gold?", "Au"),
        ("Part 1", "What is the chemical symbol for iron?", "Fe"),
        ("Part 2", "What is the boiling point of water?", "100 °C"),
        ("Part 2", "What is the freezing point of water?", "0 °C"),
    ], said
    assert not any("names question" in s or "no answer" in s for s in said), said


def test_exercises_numbered_on_under_their_titles_are_each_keyed(tmp_path: Path) -> None:
    """T35-23: a translation worksheet, 'Exercise 2 – Translate into Spanish' / '3. the cat' / '4. the table' after
    exercise 1's key, asks nothing with a '?': its title over the numbers going on says they are its items."""
    notes, _, said = built_notes(tmp_path, {"vocab-after-key.txt": PARTS_ON / "vocab-after-key.txt"})
    assert [(n["fields"]["Section"], note_back(n)) for n in notes] == [
        ("Exercise 1 – Translate into English", "the house"),
        ("Exercise 1 – Translate into English", "the dog"),
        ("Exercise 2 – Translate into Spanish", "el gato"),
        ("Exercise 2 – Translate into Spanish", "la mesa"),
    ], said


def test_markdown_parts_numbered_on_with_bold_key_lines_are_each_keyed(tmp_path: Path) -> None:
    """T35-23 in Markdown: '## Part 2' over '3. …?', each part's '**Answers:** …' line after it."""
    page = (
        "# Chemistry worksheet\n\n## Part 1\n\n1. What is the chemical symbol for gold?\n2. What is the chemical symbol for iron?\n\n"
        "**Answers:** 1. Au 2. Fe\n\n## Part 2\n\n3. What is the boiling point of water?\n4. What is the freezing point of water?\n\n"
        "**Answers:** 3. 100 °C 4. 0 °C\n"
    )
    notes, _, said = built_notes(tmp_path, {"worksheet.md": page})
    assert [(n["fields"]["Section"], note_back(n)) for n in notes] == [
        ("Chemistry worksheet › Part 1", "Au"), ("Chemistry worksheet › Part 1", "Fe"), ("Chemistry worksheet › Part 2", "100 °C"),
        ("Chemistry worksheet › Part 2", "0 °C"),  # (the title before a part: trial40 T40-8)
    ], said


def test_a_key_longer_than_the_quiz_is_still_said(tmp_path: Path) -> None:
    """T35-23, the other side: '3. Ag' after a blank line under a complete key asks nothing and stands under no title: the
    key's extra entry, said at its line as before (never a question with no answer)."""
    page = "Quiz\n\n1. What is the chemical symbol for gold?\n2. What is the chemical symbol for iron?\n\nAnswers:\n1. Au\n2. Fe\n\n3. Ag\n"
    notes, _, said = built_notes(tmp_path, {"quiz.txt": page})
    assert [note_back(n) for n in notes] == ["Au", "Fe"], said
    assert any("quiz.txt:10:" in s and "names question 3" in s for s in said), said


def test_a_key_letter_of_the_options_own_alphabet_then_why_keys_the_question(tmp_path: Path) -> None:
    """T35-20 in Cyrillic: '**б** — кислород поддерживает горение.' under options 'а)' 'б)', 'а - вода это H2O.' in a text
    file: each keyed, the reason on the back (it was 'none marked correct', no card)."""
    page = (
        "# Тест\n\n### 1. Какой газ поддерживает горение?\n\n- а) азот\n- б) кислород\n\n**б** — кислород поддерживает горение.\n\n"
        "### 2. Формула воды?\n\n- а) H2O\n- б) CO2\n\n**а** — вода это H2O.\n"
    )
    text = "1. Какой газ поддерживает горение?\nа) азот\nб) кислород\n\nб: он поддерживает горение.\n\n2. Формула воды?\nа) H2O\nб) CO2\n\nа - вода это H2O.\n"
    for name, body in (("test.md", page), ("test.txt", text)):
        notes, _, said = built_notes(tmp_path / name, {name: body})
        assert [note_back(n) for n in notes] == ["б) кислород", "а) H2O"], said
        assert "горение" in plain_text(notes[0]["fields"].get("Explanation", "")), said
        assert plain_text(notes[1]["fields"].get("Explanation", "")) == "вода это H2O.", said
