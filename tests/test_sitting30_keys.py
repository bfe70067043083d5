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
