"""Thirtieth sitting, answer keys: option letters and question numbers with a dash, keys as grids and tables, marks of
the right option. Fixtures written here in the shapes the findings showed (no third-party text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text
from test_docx import paragraph, write_docx

# --- T29-58: options lettered 'a-', 'أ-', 'क-' and questions numbered '1-' ------------------------------------------

_DASHED = {
    "es": (
        "Cuestionario de geografía\n\n1- ¿Cuál es la capital de Perú?\na- Quito\nb- Lima\nc- Bogotá\n\n"
        "2- ¿Cuál es el río más largo de América?\na- Amazonas\nb- Misisipi\nc- Paraná\n\nRespuestas: 1- b, 2- a\n"
    ),
    "en": (
        "Geography quiz\n\n1 - What is the capital of Peru?\nA- Quito\nB- Lima\nC- Bogota\n\n"
        "2 - Which is the longest river in South America?\nA- Amazon\nB- Parana\nC- Orinoco\n\nAnswers: 1- B, 2- A\n"
    ),
    "ar": (
        "اختبار قصير – العلوم\n\n1- ما هو الكوكب الأقرب إلى الشمس؟\nأ- الزهرة\nب- عطارد\nج- المريخ\nد- الأرض\n"
        "الإجابة الصحيحة: ب\n\n2- ما الغاز الذي تمتصه النباتات؟\nأ- الأكسجين\nب- النيتروجين\nج- ثاني أكسيد الكربون\n"
        "د- الهيدروجين\nالإجابة الصحيحة: ج\n"
    ),
    "fa": (
        "آزمون علوم\n\n۱- نزدیک‌ترین سیاره به خورشید کدام است؟\nالف- زهره\nب- عطارد\nج- مریخ\nد- زمین\n\n"
        "۲- گیاهان کدام گاز را جذب می‌کنند؟\nالف- اکسیژن\nب- نیتروژن\nج- کربن دی‌اکسید\nد- هیدروژن\n\n"
        "پاسخنامه: ۱- ب   ۲- ج\n"
    ),
    "hi": (
        "सामान्य विज्ञान – अभ्यास\n\n1- सूर्य के सबसे निकट ग्रह कौन सा है?\nक- शुक्र\nख- बुध\nग- मंगल\nघ- पृथ्वी\n\n"
        "2- पौधे कौन सी गैस ग्रहण करते हैं?\nक- ऑक्सीजन\nख- नाइट्रोजन\nग- कार्बन डाइऑक्साइड\nघ- हाइड्रोजन\n\n"
        "उत्तर: 1. ख  2. ग\n"
    ),
}
_DASHED_CARDS = {
    "es": [("¿Cuál es la capital de Perú?", "Lima"), ("¿Cuál es el río más largo de América?", "Amazonas")],
    "en": [
        ("What is the capital of Peru?", "Lima"),
        ("Which is the longest river in South America?", "Amazon"),
    ],
    "ar": [
        ("ما هو الكوكب الأقرب إلى الشمس؟", "عطارد"),
        ("ما الغاز الذي تمتصه النباتات؟", "ثاني أكسيد الكربون"),
    ],
    "fa": [
        ("نزدیک‌ترین سیاره به خورشید کدام است؟", "عطارد"),
        ("گیاهان کدام گاز را جذب می‌کنند؟", "کربن دی‌اکسید"),
    ],
    "hi": [("सूर्य के सबसे निकट ग्रह कौन सा है?", "बुध"), ("पौधे कौन सी गैस ग्रहण करते हैं?", "कार्बन डाइऑक्साइड")],
}


@pytest.mark.parametrize("lang", sorted(_DASHED))
def test_options_and_question_numbers_written_with_a_dash(tmp_path: Path, lang: str) -> None:
    """T29-58 (severe): options lettered with a dash ('a- Quito', 'أ- الزهرة', 'الف- زهره', 'क- शुक्र') under questions
    numbered with one ('1- …', '۱- …', '1 - …') gave no card ('cannot tell this document's layout') or basic cards
    listing the options, nothing marked, the key glued on the last back. Each question is a multiple-choice card now,
    its number off the front, the keyed option right, the key line on no card."""
    notes, _, said = built_notes(tmp_path, {f"{lang}-dash.txt": _DASHED[lang]})
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 2, said
    assert [(note_front(n), note_back(n).split(" ", 1)[1]) for n in notes] == _DASHED_CARDS[lang], said
    for note in notes:
        options = plain_text(note["fields"]["Options"])
        assert not any(
            word in options for word in ("Respuestas", "Answers", "الإجابة", "پاسخنامه", "उत्तर")
        ), options


def test_dash_options_keep_the_pages_labels(tmp_path: Path) -> None:
    """T29-58: the card shows the options labelled as the page letters them ('أ-', 'ب-'), the right one marked."""
    notes, _, said = built_notes(tmp_path, {"ar-dash.txt": _DASHED["ar"]})
    options = notes[0]["fields"]["Options"]
    assert plain_text(options) == "أ- الزهرة ب- عطارد ج- المريخ د- الأرض", said
    assert '<li class="correct"><span class="label">ب-</span> عطارد' in options


def test_a_dash_after_a_number_or_a_letter_in_prose_stays_as_written(tmp_path: Path) -> None:
    """T29-58, the other side: ranges and hyphenated words ('1-2 cups', 'A-level', 'a- and b-roll' in one line) and a
    line that starts '5 - 3' are no numbering and no options; a Q&A page so written keeps its text."""
    page = (
        "# Baking\n\n## How much flour goes in the dough?\n\n1-2 cups, sifted.\n\n## Which exam comes after GCSE?\n\n"
        "A-level, two years later.\n\n## What is 5 - 3?\n\n5 - 3 = 2\n"
    )
    notes, _, said = built_notes(tmp_path, {"notes.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("How much flour goes in the dough?", "1-2 cups, sifted."),
        ("Which exam comes after GCSE?", "A-level, two years later."),
        ("What is 5 - 3?", "5 - 3 = 2"),
    ], said


@pytest.mark.parametrize("lang", ["es", "ar"])
def test_a_word_test_with_dash_options_is_multiple_choice(tmp_path: Path, lang: str) -> None:
    """T29-58: the same tests typed in Word (a paragraph a line) read as the text pages do: multiple choice, keyed."""
    word = tmp_path / f"{lang}-dash.docx"
    write_docx(word, [paragraph(line) for line in _DASHED[lang].split("\n") if line.strip()])
    notes, _, said = built_notes(tmp_path / "deck", {word.name: word})
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 2, said
    assert [(note_front(n), note_back(n).split(" ", 1)[1]) for n in notes] == _DASHED_CARDS[lang], said


# --- T29-54: an answer key printed as a grid, question numbers over option letters --------------------------------

_QUIZ = (
    "1. What is the capital of France?\nA. Rome\nB. Paris\nC. Madrid\n\n"
    "2. Which planet is known as the Red Planet?\nA. Venus\nB. Jupiter\nC. Mars\n\n"
    "3. What is H2O?\nA. Water\nB. Salt\nC. Sugar\n\n4. Which ocean is the largest?\nA. Atlantic\nB. Indian\nC. Pacific\n"
)
_QUIZ_KEYED = [
    ("What is the capital of France?", "B) Paris"),
    ("Which planet is known as the Red Planet?", "C) Mars"),
    ("What is H2O?", "A) Water"),
    ("Which ocean is the largest?", "C) Pacific"),
]
_GRIDS = {
    "plain": "\nAnswer key\n1  2  3  4\nB  C  A  C\n",
    "labelled": "\nQ    1  2  3  4\nA    B  C  A  C\n",
    "tabs": "\nAnswers\n1\t2\t3\t4\nB\tC\tA\tC\n",
    "wrapped": "\nKey\n1  2\nB  C\n3  4\nA  C\n",
    "no-heading": "\n1   2   3   4\nB   C   A   C\n",
}


@pytest.mark.parametrize("grid", sorted(_GRIDS))
def test_an_answer_key_printed_as_a_grid_keys_the_questions(tmp_path: Path, grid: str) -> None:
    """T29-54 (severe): a key printed as a grid under the test (a row of question numbers over a row of letters, column
    for column; with 'Q' / 'A' row labels, tab-separated, wrapped into pairs of rows, under a key heading or none) gave
    '3 options and none marked correct', no card. Each question is keyed by its column now; the grid on no card."""
    notes, _, said = built_notes(tmp_path, {"quiz.txt": _QUIZ + _GRIDS[grid]})
    assert [(note_front(n), note_back(n)) for n in notes] == _QUIZ_KEYED, said
    assert all(n["kind"] == "multiple_choice" for n in notes)


def test_a_grid_key_in_another_alphabet_and_in_word(tmp_path: Path) -> None:
    """T29-54: the grid keys Cyrillic options ('1  2' / 'Б  В' under 'Ответы'), and a Word test's key typed as two
    paragraphs or laid out as a table (numbers over letters) keys its questions as the text page's does."""
    ru = "1. Столица Франции?\nА) Рим\nБ) Париж\nВ) Мадрид\n\n2. Красная планета?\nА) Венера\nБ) Юпитер\nВ) Марс\n\nОтветы\n1  2\nБ  В\n"
    notes, _, said = built_notes(tmp_path / "ru", {"ru.txt": ru})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Столица Франции?", "Б) Париж"),
        ("Красная планета?", "В) Марс"),
    ], said

    def table(rows: list[list[str]]) -> str:
        cells = ("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
        return "<w:tbl>" + "".join(cells) + "</w:tbl>"

    asked = [paragraph(line) for line in _QUIZ.split("\n") if line.strip()]
    for name, key in (
        ("typed", [paragraph("Answer key"), paragraph("1    2    3    4"), paragraph("B    C    A    C")]),
        ("table", [paragraph("Answer key"), table([["1", "2", "3", "4"], ["B", "C", "A", "C"]])]),
    ):
        word = tmp_path / f"{name}.docx"
        write_docx(word, asked + key)
        notes, _, said = built_notes(tmp_path / name, {word.name: word})
        assert [(note_front(n), note_back(n)) for n in notes] == _QUIZ_KEYED, said


def test_rows_of_numbers_over_letters_in_notes_are_no_key(tmp_path: Path) -> None:
    """T29-54, the other side: a page of notes with no test on it keeps a table of numbers over letters as written."""
    page = "# Ciphers\n\n## How does a shift of one encode the alphabet?\n\nEach letter moves on by one:\n\n1  2  3\nb  c  d\n"
    notes, _, said = built_notes(tmp_path, {"ciphers.md": page})
    assert len(notes) == 1, said
    assert "1 2 3 b c d" in note_back(notes[0]), said


# --- T29-60: a label before options on their line ------------------------------------------------------------------

_LABELLED = {
    "breaks.md": (
        "# Quick MCQs\n\n**Q1.** Capital of Peru?  \nOptions: (a) Quito (b) Lima (c) Bogotá  \nAnswer: (b)\n\n"
        "**Q2.** Longest river in Africa?  \nOptions: (a) Congo (b) Niger (c) Nile  \nAnswer: (c)\n"
    ),
    "numbered.txt": (
        "1. Capital of Peru?\nOpciones: (a) Quito (b) Lima (c) Bogotá\nAnswer: (b)\n\n"
        "2. Longest river in Africa? Choices: A. Congo B. Niger C. Nile\nAnswer: C\n"
    ),
    "headed.md": (
        "## Capital of Peru?\n\n**Options:** a) Quito b) Lima c) Bogotá\n\nAnswer: b\n\n"
        "## Longest river in Africa?\n\nChoix : A. Congo B. Niger C. Nile\n\nAnswer: C\n"
    ),
}


@pytest.mark.parametrize("name", sorted(_LABELLED))
def test_an_options_label_before_the_options_is_on_no_card(tmp_path: Path, name: str) -> None:
    """T29-60 (medium): 'Options:' (also 'Choices:', 'Opciones:', 'Choix :', bold or not) before options on their line,
    or after the question on its line, stayed on the front ('Capital of Peru? Options:'), and in a text file the options
    were not read at all (a basic card listing them). The front is the question, the options are options, keyed."""
    notes, _, said = built_notes(tmp_path, {name: _LABELLED[name]})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Capital of Peru?", "B) Lima"),
        ("Longest river in Africa?", "C) Nile"),
    ], said
    assert all(n["kind"] == "multiple_choice" for n in notes)


# --- T29-56: a lettered list that answers the question, no key on the page ------------------------------------------

_MITOSIS = (
    "# Cell division\n\n## What are the stages of mitosis?\n\n1. Prophase\n   a. chromosomes condense\n   b. the spindle forms\n"
    "2. Metaphase\n   a. chromosomes line up at the equator\n3. Anaphase\n4. Telophase\n\n"
    "## Which checkpoints control the cell cycle?\n\nA. G1 checkpoint — cell size, nutrients, DNA damage\n"
    "B. G2 checkpoint — DNA replicated correctly\nC. M checkpoint — spindle attachment\n"
)


def test_a_lettered_list_of_explained_entries_is_the_answer(tmp_path: Path) -> None:
    """T29-56 (high): a lettered list whose entries each name a term and say what it is ('A. G1 checkpoint — cell size,
    …'), with no key anywhere, was read as options, 'none marked correct', and the question was on no card; a numbered
    list's 'a.'/'b.' sub-lines were run into their entry ('Prophase a. chromosomes condense b. …'). The list is the
    answer of a basic card, a line per entry as written, the sub-lines under their entry."""
    notes, _, said = built_notes(tmp_path, {"mitosis.md": _MITOSIS})
    assert [n["kind"] for n in notes] == ["basic", "basic"], said
    stages, checkpoints = (" ".join(n["fields"]["Answer"].replace("<br />", "<br>").split()) for n in notes)
    assert "<li>Prophase<br> a. chromosomes condense<br> b. the spindle forms</li>" in stages, stages
    assert "<li>Metaphase<br> a. chromosomes line up at the equator</li>" in stages, stages
    assert plain_text(checkpoints).startswith("A. G1 checkpoint — cell size, nutrients, DNA damage B. G2"), (
        checkpoints
    )
    assert checkpoints.count("<br>") == 2, checkpoints
    assert not [m for m in said if "none marked correct" in m], said


def test_unkeyed_options_still_ask_for_a_key_and_say_how_to_keep_a_list(tmp_path: Path) -> None:
    """T29-56, the other side: short options under a question with no key anywhere stay 'none marked correct', and the
    message now says what to do when the list is the answer itself."""
    page = "# Quiz\n\n## Which organelle makes ATP?\n\nA. Mitochondrion\nB. Ribosome\nC. Nucleus\n\n## What is 2 + 2?\n\nFour.\n"
    notes, _, said = built_notes(tmp_path, {"quiz.md": page})
    assert [note_front(n) for n in notes] == ["What is 2 + 2?"], said
    warned = [m for m in said if "none marked correct" in m]
    assert warned and "if the list is the answer itself" in warned[0], said


# --- T29-49: options marked right or wrong by colour ------------------------------------------------------------------


def test_options_marked_green_and_red_are_keyed(tmp_path: Path) -> None:
    """T29-49 (medium): a green mark on one option among red ones ('- 🟢 Jupiter' / '- 🔴 Saturn', '🟩' / '🟥', after the
    text too) was option text: 'none marked correct', no card, or a basic card listing the squares. The green one is
    the key of a multiple-choice card now, no mark left on any option; a heavy cross '✖️' is a wrong mark as '❌' is."""
    page = (
        "# Quiz\n\n**1. What is the largest planet?**\n- 🟢 Jupiter\n- 🔴 Saturn\n- 🔴 Neptune\n\n"
        "**2. Smallest continent?**\n- 🟥 Europe\n- 🟩 Australia\n- 🟥 Antarctica\n\n"
        "**3. Longest river?**\n- Amazon 🔴\n- Nile 💚\n- Yangtze 🔴\n\n**4. Largest ocean?**\n- ✖️ Atlantic\n- ✔️ Pacific\n- ✖️ Indian\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the largest planet?", "A) Jupiter"),
        ("Smallest continent?", "B) Australia"),
        ("Longest river?", "B) Nile"),
        ("Largest ocean?", "B) Pacific"),
    ], said
    for note in notes:
        assert not any(sign in plain_text(note["fields"]["Options"]) for sign in "🟢🔴🟩🟥💚✖✔"), note[
            "fields"
        ]["Options"]


def test_a_traffic_light_legend_stays_as_written(tmp_path: Path) -> None:
    """T29-49, the other side: coloured signs that mark no quiz (a legend, all of one colour) stay text."""
    page = "# Status\n\n## What do the lights on the board mean?\n\n- 🟢 the build passed\n- 🟢 the deploy is live\n"
    notes, _, said = built_notes(tmp_path, {"status.md": page})
    assert [note_back(n) for n in notes] == ["🟢 the build passed 🟢 the deploy is live"], said


# --- T29-59: true/false written as a table --------------------------------------------------------------------------

_TF_TABLES = {
    "en.md": "# True or false – cells\n\n| Statement | T/F |\n|---|---|\n| Plant cells have a cell wall. | T |\n"
    "| Animal cells have chloroplasts. | F |\n| Ribosomes make proteins. | T |\n",
    "words.md": "# Cells\n\n| # | Statement | Answer |\n|---|---|---|\n| 1 | Plant cells have a cell wall. | True |\n"
    "| 2 | Animal cells have chloroplasts. | False |\n| 3 | Ribosomes make proteins. | True |\n",
    "tr.txt": "Doğru / Yanlış\n\n| İfade | D/Y |\n|---|---|\n| Güneş bir yıldızdır. | D |\n| Ay kendi ışığını üretir. | Y |\n"
    "| Su 100 derecede kaynar. | D |\n",
}
_TF_CARDS = {
    "en.md": [
        ("True or false: Plant cells have a cell wall.", "True"),
        ("True or false: Animal cells have chloroplasts.", "False"),
        ("True or false: Ribosomes make proteins.", "True"),
    ],
    "tr.txt": [
        ("Doğru mu, yanlış mı: Güneş bir yıldızdır.", "Doğru"),
        ("Doğru mu, yanlış mı: Ay kendi ışığını üretir.", "Yanlış"),
        ("Doğru mu, yanlış mı: Su 100 derecede kaynar.", "Doğru"),
    ],
}
_TF_CARDS["words.md"] = _TF_CARDS["en.md"]


@pytest.mark.parametrize("name", sorted(_TF_TABLES))
def test_a_true_false_table_makes_true_false_cards(tmp_path: Path, name: str) -> None:
    """T29-59 (medium): a table of statements and their verdicts (a column headed 'T/F' or 'D/Y', or holding True/False
    words, a number column or none) gave cards 'Plant cells have a cell wall.' -> 'T', asking nothing. Each row is a
    true/false card, asked and answered in the page's language."""
    notes, _, said = built_notes(tmp_path, {name: _TF_TABLES[name]})
    assert [(note_front(n), note_back(n)) for n in notes] == _TF_CARDS[name], said


def test_a_table_of_symbols_is_no_true_false_sheet(tmp_path: Path) -> None:
    """T29-59, the other side: a table of elements and their one-letter symbols (O, V, F) stays a table of pairs."""
    page = (
        "# Elements\n\n| Element | Symbol |\n|---|---|\n| Oxygen | O |\n| Vanadium | V |\n| Fluorine | F |\n"
    )
    notes, _, said = built_notes(tmp_path, {"elements.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Oxygen", "O"),
        ("Vanadium", "V"),
        ("Fluorine", "F"),
    ], said


# --- T29-32: options laid out in a table ----------------------------------------------------------------------------


def _word_table(rows: list[list[str]]) -> str:
    cells = ("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return "<w:tbl>" + "".join(cells) + "</w:tbl>"


def test_options_in_a_table_row_or_grid_are_options(tmp_path: Path) -> None:
    """T29-32 (severe): options set out in a one-row table (Markdown, bold questions, key 'Corrigé : 1 B – 2 C') or a
    2×2 grid (lettered down the columns too: A | C over B | D) were a basic card whose back was the table, the key
    glued under the last one. Each question is a multiple-choice card keyed from the test's key, the key on no card."""
    page = (
        "# Quiz – Chimie\n\n**1. Quel est le symbole du sodium ?**\n\n| A. So | B. Na | C. Sd | D. S |\n|---|---|---|---|\n\n"
        "**2. Quelle est la formule de l'eau ?**\n\n| A. H2O2 | C. H2O |\n|---|---|\n| B. HO | D. O2 |\n\nCorrigé : 1 B – 2 C\n"
    )
    notes, _, said = built_notes(tmp_path, {"chimie.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Quel est le symbole du sodium ?", "B) Na"),
        ("Quelle est la formule de l'eau ?", "C) H2O"),
    ], said
    assert plain_text(notes[1]["fields"]["Options"]) == "A) H2O2 B) HO C) H2O D) O2"
    assert not any("Corrigé" in value for n in notes for value in n["fields"].values())


def test_options_in_a_word_table_are_options(tmp_path: Path) -> None:
    """T29-32: the same in a Word test, each question over a 2×2 table of its options, 'Answers: 1 B, 2 C' at the end."""
    word = tmp_path / "maths.docx"
    body = [
        paragraph("Maths quiz"),
        paragraph("1. What is 7 × 8?"),
        _word_table([["A. 54", "B. 56"], ["C. 63", "D. 64"]]),
        paragraph("2. What is 81 ÷ 9?"),
        _word_table([["A. 8", "B. 7", "C. 9", "D. 11"]]),
        paragraph("Answers: 1 B, 2 C"),
    ]
    write_docx(word, body)
    notes, _, said = built_notes(tmp_path / "deck", {word.name: word})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is 7 × 8?", "B) 56"),
        ("What is 81 ÷ 9?", "C) 9"),
    ], said


def test_a_table_of_lettered_terms_with_a_header_stays_a_table(tmp_path: Path) -> None:
    """T29-32, the other side: a table whose cells say more than a lettered option (a header naming its columns) is
    no option list: the answer shows it as a table."""
    page = "# Blood\n\n## Which blood groups exist?\n\n| Group | Antigens |\n|---|---|\n| A | A antigen |\n| B | B antigen |\n"
    notes, _, said = built_notes(tmp_path, {"blood.md": page})
    assert [n["kind"] for n in notes] == ["basic"], said
    assert "<table>" in notes[0]["fields"]["Answer"]


# --- T29-27: a table of data whose rows are named A, B ---------------------------------------------------------------


def test_a_data_table_with_rows_named_a_and_b_is_the_answer(tmp_path: Path) -> None:
    """T29-27 (medium): a table answering a question, its rows the tests 'A' and 'B' (head 'Test | p | Significant?'),
    was read as options A) 0.03 ✓ / B) 0.12 (its 'yes' cell a tick). The table is the answer, as the page shows it;
    a table headed as options ('Option | Text', '编号 | 选项') still gives options."""
    page = (
        "# Statistics recall\n\n## Which rows of the table are significant?\n\n| Test | p | Significant at 5 %? |\n|---|---|---|\n"
        "| A | 0.03 | yes |\n| B | 0.12 | no |\n\n## Which layer does a router work on?\n\n| Option | Text |\n|---|---|\n"
        "| A | Physical |\n| B | Data link |\n| **C** | **Network** |\n"
    )
    notes, _, said = built_notes(tmp_path, {"stats.md": page})
    assert [(n["kind"], note_front(n)) for n in notes] == [
        ("basic", "Which rows of the table are significant?"),
        ("multiple_choice", "Which layer does a router work on?"),
    ], said
    assert plain_text(notes[0]["fields"]["Answer"]) == "Test p Significant at 5 %? A 0.03 yes B 0.12 no"
    assert note_back(notes[1]) == "C) Network"


# --- T30-12: a key block under a heading in any words ----------------------------------------------------------------

_SKELETON = (
    "1. What is the capital of France?\na) Rome\nb) Paris\nc) Madrid\n\n2. Which planet is red?\na) Venus\nb) Jupiter\nc) Mars\n\n"
    "3. What is H2O?\na) Water\nb) Salt\nc) Sugar\n\n4. Which ocean is the largest?\na) Atlantic\nb) Pacific\nc) Indian\n\n"
)


@pytest.mark.parametrize(
    "heading", ["PLANTILLA DE RESPUESTAS", "Hoja de respuestas", "Barem", "Facitliste", "Susi sa Pagwawasto"]
)
def test_a_block_of_key_entries_ending_the_page_is_its_key_whatever_its_heading(
    tmp_path: Path, heading: str
) -> None:
    """T30-12 (severe): a test's key as a grid of entries read across (' 1. B    3. A' / ' 2. C    4. B') under a heading
    deckc has no word for ('PLANTILLA DE RESPUESTAS', 'Barem', 'Facitliste' …) gave 0 cards, its rows 'questions with no
    answer'. The entries, numbering every question once, key them; the heading and the rows on no card."""
    notes, _, said = built_notes(
        tmp_path, {"quiz.txt": _SKELETON + f"{heading}\n\n 1. B    3. A\n 2. C    4. B\n"}
    )
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the capital of France?", "B) Paris"),
        ("Which planet is red?", "C) Mars"),
        ("What is H2O?", "A) Water"),
        ("Which ocean is the largest?", "B) Pacific"),
    ], said
    assert not any(heading in value for n in notes for value in n["fields"].values())


# --- T30-19: a key naming the options' own letters after a space ----------------------------------------------------


@pytest.mark.parametrize("letters", ["αβγ", "абв", "אבג", "कखग", "أبج"])
def test_a_key_with_a_space_before_each_letter_of_the_options_alphabet(tmp_path: Path, letters: str) -> None:
    """T30-19 (severe): 'Answers: 1 β, 2 γ, 3 α' (a number, a space, the option's letter in the options' own alphabet:
    Greek, Cyrillic, Hebrew, Devanagari, Arabic) was 'could not read its entries', 0 cards; '1β' and '1-б' read. Each
    question is keyed by the letter its key names."""
    a, b, c = letters
    page = (
        f"Quiz\n\n1. What is the chemical symbol for gold?\n{a}) Ag\n{b}) Au\n{c}) Gd\n\n"
        f"2. Which planet is the Red Planet?\n{a}) Venus\n{b}) Jupiter\n{c}) Mars\n\n"
        f"3. Which gas do we breathe in?\n{a}) Oxygen\n{b}) Helium\n{c}) Argon\n\nAnswers: 1 {b}, 2 {c}, 3 {a}\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.txt": page})
    assert [note_back(n).split(" ", 1)[1] for n in notes] == ["Au", "Mars", "Oxygen"], said
