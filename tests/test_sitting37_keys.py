"""Thirty-seventh sitting, keys helper: answer keys and option runs (the keys helper's sitting-36 findings, the readers
helper's not-fixed option grids and runs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text


def _cards(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    """Each card as the learner sees it: front, right answer, explanation."""
    return [(note_front(n), note_back(n), plain_text(n["fields"].get("Explanation", ""))) for n in notes]


# --- a key restating its option's text: cut only when a separator follows ------------------------------------------

SAID_OFF = """1. What is the capital of France?
A. Paris
B. Rome

Answer: A) Paris has been the capital since 987.

2. What is 2 + 2?
A. 3
B. 4

Answer: B) 4 — two and two.
"""


def test_a_key_whose_explanation_starts_with_the_options_word_keeps_it(tmp_path: Path) -> None:
    """Sitting 36 keys finding 1: 'Answer: A) Paris has been the capital since 987.' gave the explanation 'has been the
    capital since 987.' (its subject cut as a restatement of option A). The option's text said again goes only when a
    separator or the line's end follows it ('B) 4 — two and two.')."""
    notes, _, said = built_notes(tmp_path, {"quiz.txt": SAID_OFF})
    assert _cards(notes) == [
        ("What is the capital of France?", "A) Paris", "Paris has been the capital since 987."),
        ("What is 2 + 2?", "B) 4", "two and two."),
    ], said


def test_a_markdown_key_and_a_cyrillic_key_then_why_keep_a_sentence_opening_with_the_option(tmp_path: Path) -> None:
    """The same in Markdown ('**Answer:** A) Paris has been …') and after a Cyrillic key letter ('**б** — кислород
    поддерживает горение.' gave 'поддерживает горение.'); a restatement ended by a dash still goes ('**а** — H2O, вода.')."""
    page = (
        "# Quiz\n\n### 1. What is the capital of France?\n\n- A) Paris\n- B) Rome\n\n"
        "**Answer:** A) Paris has been the capital since 987.\n\n"
        "### 2. What is 2 + 2?\n\n- A) 3\n- B) 4\n\n**Answer:** B) `4`: two and two.\n"
    )
    ru = (
        "# Тест\n\n### 1. Какой газ поддерживает горение?\n\n- а) азот\n- б) кислород\n\n**б** — кислород поддерживает горение.\n\n"
        "### 2. Формула воды?\n\n- а) H2O\n- б) CO2\n\n**а** — H2O, вода.\n"
    )
    notes, _, said = built_notes(tmp_path / "en", {"quiz.md": page})
    assert _cards(notes) == [
        ("What is the capital of France?", "A) Paris", "Paris has been the capital since 987."),
        ("What is 2 + 2?", "B) 4", "two and two."),
    ], said
    notes, _, said = built_notes(tmp_path / "ru", {"test.md": ru})
    assert _cards(notes) == [
        ("Какой газ поддерживает горение?", "б) кислород", "кислород поддерживает горение."),
        ("Формула воды?", "а) H2O", "вода."),
    ], said


# --- each exercise's own instruction on its items' fronts --------------------------------------------------------

VOCAB = (
    "Exercise 1 – Translate into English\n\n1. la casa\n2. el perro\n\n{second}\n\n3. the cat\n4. the table\n"
    "Answers: 1. the house 2. the dog 3. el gato 4. la mesa\n"
)


@pytest.mark.parametrize(
    ("second", "asked"),
    [("Exercise 2 – Translate into Spanish", "Translate into Spanish: "), ("Part B", "")],
)
def test_the_next_exercises_title_replaces_or_ends_the_first_ones_instruction(tmp_path: Path, second: str, asked: str) -> None:
    """Sitting 36 keys finding 2: 'Exercise 2 – Translate into Spanish' / '3. the cat' was asked 'Translate into English:
    the cat' (the first exercise's instruction kept). The next title's instruction replaces it; a title with none
    ('Part B') ends it."""
    notes, _, said = built_notes(tmp_path, {"vocab.txt": VOCAB.format(second=second)})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("Translate into English: la casa", "the house", "Exercise 1 – Translate into English"),
        ("Translate into English: el perro", "the dog", "Exercise 1 – Translate into English"),
        (f"{asked}the cat", "el gato", second),
        (f"{asked}the table", "la mesa", second),
    ], said


def test_a_correction_title_over_parts_stays_on_every_parts_fronts(tmp_path: Path) -> None:
    """The other side: 'Correct the mistakes' over 'Part A' / … / 'Part B' has no items of its own, so it is every part's
    task (the learner never rehearses 'I have saw that film.' as a fact)."""
    page = (
        "Correct the mistakes\n\nPart A\n\n1. She go to school every day.\n   ✔ She goes to school every day.\n"
        "2. They was at home yesterday.\n   ✔ They were at home yesterday.\n\nPart B\n\n3. I have saw that film.\n   ✔ I have seen that film.\n"
    )
    notes, _, said = built_notes(tmp_path, {"mistakes.txt": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Correct the mistakes: She go to school every day.", "She goes to school every day."),
        ("Correct the mistakes: They was at home yesterday.", "They were at home yesterday."),
        ("Correct the mistakes: I have saw that film.", "I have seen that film."),
    ], said


# --- options numbered 1)–4) keyed by digits: the ОГЭ/ЕГЭ key forms ------------------------------------------------

OGE = "# Тест\n\n" + "".join(
    f"{i}. Вопрос номер {i}?\n1) один{i}\n2) два{i}\n3) три{i}\n4) четыре{i}\n\n" for i in range(1, 4)
)
OGE_CARDS = [
    ("Вопрос номер 1?", "2) два1"),
    ("Вопрос номер 2?", "4) четыре2"),
    ("Вопрос номер 3?", "1) один3"),
]


@pytest.mark.parametrize(
    "key",
    [
        "## Ответы\n\n| Номер задания | 1 | 2 | 3 |\n|---|---|---|---|\n| Ответ | 2 | 4 | 1 |\n",
        "## Ответы\n\n1 - 2\n2 - 4\n3 - 1\n",
        "Ответы:\n1 – 2\n2 – 4\n3 – 1\n",
    ],
)
def test_options_numbered_1_to_4_keyed_by_digits_under_the_key_heading(tmp_path: Path, key: str) -> None:
    """Sitting 36 keys finding 3: options '1)'–'4)' on lines of their own keyed by digits, the ОГЭ/ЕГЭ form (a horizontal
    key table '| Номер задания | 1 | 2 | 3 |' / '| Ответ | 2 | 4 | 1 |', or '1 - 2' lines under the key's heading), were
    "4 options and none marked correct", no card. Each is keyed, its options shown with the page's numbers."""
    notes, skipped, said = built_notes(tmp_path, {"test.md": OGE + key})
    assert [(note_front(n), note_back(n)) for n in notes] == OGE_CARDS, said
    assert plain_text(notes[0]["fields"]["Options"]) == "1) один1 2) два1 3) три1 4) четыре1"
    assert not skipped and not any("none marked correct" in s or "could not read" in s for s in said), said


def test_a_digit_key_table_keys_numbered_options_in_any_language(tmp_path: Path) -> None:
    """The same key table under English questions in a text file: 'Answers' / '| Question | 1 | 2 |' / '| Answer | 3 | 1 |'."""
    page = (
        "Quiz\n\n1. Which planet is the largest?\n1) Mars\n2) Venus\n3) Jupiter\n4) Earth\n\n"
        "2. Which gas do plants take in?\n1) carbon dioxide\n2) oxygen\n3) helium\n\n"
        "Answers\n\n| Question | 1 | 2 |\n|---|---|---|\n| Answer | 3 | 1 |\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.txt": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which planet is the largest?", "3) Jupiter"),
        ("Which gas do plants take in?", "1) carbon dioxide"),
    ], said


def test_digit_lines_under_a_key_heading_that_name_no_option_change_nothing(tmp_path: Path) -> None:
    """The other side: '3 - 7' names an option question 3 does not have, so the numbered list stays an open question's
    answer (a Basic card), and the key is said as before."""
    page = (
        "1. Name the three branches of government.\n1) Legislative\n2) Executive\n3) Judicial\n\n"
        "2. What is 2 + 5?\n\n3. Name two primary colours.\n1) red\n2) blue\n\nAnswers\n\n1 - 3\n3 - 7\n"
    )
    notes, _, said = built_notes(tmp_path, {"gov.txt": page})
    assert [n["kind"] for n in notes if "branches" in note_front(n)] == ["basic"], said


# --- option grids in the page's own alphabet ------------------------------------------------------------------------

CYRILLIC_GRID = """1 Хто хрестив Русь?
А Олег      Б Ігор
В Володимир      Г Ярослав
2 Хто збудував Софійський собор?
А Олег      Б Ярослав Мудрий
В Святослав      Г Ігор
3 Хто був першим київським князем з Рюриковичів?
А Олег      Б Аскольд
В Дір      Г Кий
"""


def test_a_cyrillic_option_grid_keyed_at_the_end_is_read_with_its_labels(tmp_path: Path) -> None:
    """Readers' sitting-36 finding 1: a Cyrillic grid ('А Олег      Б Ігор' / 'В Володимир      Г Ярослав', key 'Відповіді:
    1 – В; 2 – Б; 3 – А') gave a card whose front was 'Олег Б) Аскольд'. Each question is a keyed card, its options shown
    with the page's letters; the key's 'В' is the third option (never the Latin look-alike B)."""
    notes, _, said = built_notes(tmp_path, {"history.txt": CYRILLIC_GRID + "\nВідповіді: 1 – В; 2 – Б; 3 – А\n"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Хто хрестив Русь?", "В) Володимир"),
        ("Хто збудував Софійський собор?", "Б) Ярослав Мудрий"),
        ("Хто був першим київським князем з Рюриковичів?", "А) Олег"),
    ], said
    assert plain_text(notes[0]["fields"]["Options"]) == "А) Олег Б) Ігор В) Володимир Г) Ярослав"


def test_a_greek_grid_keyed_under_each_question_and_a_cyrillic_one_with_no_key(tmp_path: Path) -> None:
    """A Greek grid ('Α Θεσσαλονίκη      Β Πάτρα', asked with the Greek question mark ';', keyed 'Απάντηση: Γ' under it):
    keyed cards with the page's letters. The Cyrillic grid with no key: each question said at its line, no card."""
    greek = (
        "1 Ποια είναι η πρωτεύουσα της Ελλάδας;\nΑ Θεσσαλονίκη      Β Πάτρα\nΓ Αθήνα      Δ Ηράκλειο\nΑπάντηση: Γ\n\n"
        "2 Πόσο κάνει 2 + 2;\nΑ 3      Β 4\nΓ 5      Δ 6\nΑπάντηση: Β\n"
    )
    notes, _, said = built_notes(tmp_path / "el", {"test.txt": greek})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Ποια είναι η πρωτεύουσα της Ελλάδας;", "Γ) Αθήνα"),
        ("Πόσο κάνει 2 + 2;", "Β) 4"),
    ], said
    notes, _, said = built_notes(tmp_path / "uk", {"history.txt": CYRILLIC_GRID, "keyed.txt": CYRILLIC_GRID + "\nВідповіді: 1 – В; 2 – Б; 3 – А\n"})
    assert all(n["fields"]["DeckcId"].startswith("keyed/") for n in notes), said
    assert [s.split(": warning: ")[0] for s in said if "4 options and none marked correct" in s] == [
        "sources/history.txt:1", "sources/history.txt:4", "sources/history.txt:7"
    ], said


# --- bare-letter options one a line with no key ---------------------------------------------------------------------

BARE_NO_KEY = """Section A — Multiple choice (1 mark each)
1 Which organelle is the site of aerobic respiration?
A nucleus
B ribosome
C mitochondrion
D cell wall
2 Which substance do plants store as starch?
A glucose
B oxygen
C carbon dioxide
D water
3 What is the function of red blood cells?
A fight infection
B clot blood
C carry oxygen
D carry hormones
"""


def test_bare_letter_options_one_a_line_with_no_key_are_said_at_each_question(tmp_path: Path) -> None:
    """Readers' sitting-36 finding 2: bare-letter options one a line ('A nucleus' / 'B ribosome' …) and no key were
    "cannot tell this document's layout". They are each question's options: said at its line with what to add (an
    answer key under an 'Answers' heading among the ways), as the two-a-line grid with no key is; with a key added, cards."""
    from conftest import deck_of

    from compiler.build import build
    from compiler.diagnostics import ContentError

    with pytest.raises(ContentError) as stopped:
        build(deck_of(tmp_path / "a", {"paper.txt": BARE_NO_KEY}), tmp_path / "a" / "build", formats=("json",), now=1_000)
    said = [d.text() for d in stopped.value.diagnostics]
    assert not [s for s in said if "cannot tell" in s], said
    none = [s for s in said if "none marked correct" in s]
    assert len(none) == 1 and "paper.txt:2:" in none[0] and "also at line 7, line 12" in none[0] and "'Answers' heading" in none[0], said
    notes, _, said = built_notes(tmp_path / "b", {"paper.txt": BARE_NO_KEY + "\nAnswers\n1 C\n2 A\n3 C\n"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which organelle is the site of aerobic respiration?", "C) mitochondrion"),
        ("Which substance do plants store as starch?", "A) glucose"),
        ("What is the function of red blood cells?", "C) carry oxygen"),
    ], said


def test_a_grading_scale_under_a_question_stays_its_answer(tmp_path: Path) -> None:
    """The other side: 'A 90–100' / 'B 80–89' / 'C 70–79' under a question opens with numbers, no words: a grading scale,
    the question's answer (a Basic card), never options with no key."""
    page = (
        "1. What marks give each grade?\nA 90–100\nB 80–89\nC 70–79\n\n2. What is the pass mark?\n50 out of 100\n\n"
        "3. Who sets the grade boundaries?\nThe exam board\n"
    )
    notes, _, said = built_notes(tmp_path, {"grades.txt": page})
    first = notes[0]
    assert (first["kind"], note_front(first), note_back(first)) == ("basic", "What marks give each grade?", "A 90–100 B 80–89 C 70–79"), said
    assert not any("none marked correct" in s for s in said), said
