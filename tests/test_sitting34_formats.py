"""Thirty-fourth sitting, formats: questions after a table that a guessed table pattern stops at are said at their lines
(T32-2 rest); a bank question's listed lines one a line, its lettered statements never its options (T33-11); a bank
under a wrapper object at its records' lines, and records whose keys ask nothing known named with the table to write
(T33-3)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front, plain_text
from test_docx import paragraph, write_docx
from test_sitting33_formats import _cell, _table

from compiler.build import build


def test_questions_after_a_guessed_tables_stop_line_are_said(tmp_path: Path) -> None:
    """T32-2 rest: a Spanish worksheet whose matching table ('Columna A | Columna B') is read by a guessed table pattern,
    then 'Parte B' with two numbered questions and their key: the table's three cards, and the two questions said at
    their lines (grouped: once, with their count) (before: dropped without a word after the pattern's stop line)."""
    rows = [
        _cell("Columna A") + _cell("Columna B"),
        _cell("____ 1. Núcleo") + _cell("a) Produce energía"),
        _cell("____ 2. Mitocondria") + _cell("b) Controla lo que entra y sale"),
        _cell("____ 3. Membrana") + _cell("c) Guarda el ADN"),
    ]
    body = [
        paragraph("Hoja de trabajo – La célula", "Heading1"),
        paragraph("Parte A: Relaciona", "Heading2"),
        paragraph("Relaciona cada término de la Columna A con su descripción de la Columna B."),
        _table(rows, 2),
        paragraph("Parte B: Preguntas", "Heading2"),
        paragraph("4. ¿Qué orgánulo hace la fotosíntesis?"),
        paragraph("5. ¿Dónde se fabrican las proteínas?"),
        paragraph("Soluciones", "Heading2"),
        paragraph("Parte A: 1-c, 2-a, 3-b"),
        paragraph("Parte B: 4. El cloroplasto 5. En los ribosomas"),
    ]
    path = tmp_path / "hoja.docx"
    write_docx(path, body)
    notes, _, said = built_notes(tmp_path, {"hoja.docx": path})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Núcleo": "Guarda el ADN",
        "Mitocondria": "Produce energía",
        "Membrana": "Controla lo que entra y sale",
    }
    asked = [s for s in said if "after the end of the items" in s]
    # (a table row one line of the document since sitting 37: the four rows are lines 4 to 7, as Word shows them)
    assert [s.split(": warning")[0] for s in asked] == ["sources/hoja.docx:9", "sources/hoja.docx:10"], said
    assert "'¿Qué orgánulo hace la fotosíntesis?'" in asked[0] and "'¿Dónde se fabrican las proteínas?'" in asked[1], asked


def test_questions_after_a_markdown_table_are_said_at_their_lines(tmp_path: Path) -> None:
    """T32-2 rest in Markdown: a German word table, then 'Fragen' with questions answered by 'Antwort:' lines (a shape
    the table's pattern cannot read): the table's cards, and each question said at its line
    (before: both lost without a word); the table's own lines and its key are no question."""
    page = (
        "# Wortschatz Tiere\n\n| Deutsch | Englisch |\n| --- | --- |\n| der Hund | the dog |\n| die Katze | the cat |\n"
        "| das Pferd | the horse |\n| die Kuh | the cow |\n\nFragen\nWelches Tier bellt?\nAntwort: der Hund\n"
        "Welches Tier miaut?\nAntwort: die Katze\n"
    )
    notes, _, said = built_notes(tmp_path, {"tiere.md": page})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("das Pferd", "the horse"),
        ("der Hund", "the dog"),
        ("die Katze", "the cat"),
        ("die Kuh", "the cow"),
    ]
    asked = [s for s in said if "after the end of the items" in s]
    assert [s.split(": warning")[0] for s in asked] == ["sources/tiere.md:11", "sources/tiere.md:13"], said
    assert "'Welches Tier bellt?'" in asked[0] and "'Welches Tier miaut?'" in asked[1], asked


def test_a_bank_questions_listed_lines_stay_lines_and_its_statements_no_options(tmp_path: Path) -> None:
    """T33-11 rest: a JSON bank's question holding a numbered list ('Ordena …:\\n1. $O(1)$\\n2. …') shows each entry on a
    line of its own, no backslash; a German question listing statements 'a) …' / 'b) …' keeps them on its front, one a
    line, and its own options ('nur a', 'a und c') are the card's, the right one keyed (before: the statements were
    read as the options and the second statement marked right); a bulleted list likewise."""
    bank = [
        {
            "question": "Ordena de menor a mayor las siguientes complejidades:\n1. $O(1)$\n2. $O(n^2)$\n3. $O(n \\lg n)$",
            "options": ["3, 1 y 2", "1, 3 y 2", "1, 2 y 3"],
            "correctAnswer": 1,
        },
        {
            "question": "Welche Aussagen über Enzyme stimmen?\na) Sie senken die Aktivierungsenergie.\n"
            "b) Sie werden bei der Reaktion verbraucht.\nc) Sie sind meist Proteine.",
            "options": ["nur a", "a und c", "b und c"],
            "correctAnswer": 1,
        },
        {
            "question": "Ordnen Sie die Phasen der Mitose:\n- Metaphase\n- Prophase\n- Anaphase",
            "options": ["Prophase, Metaphase, Anaphase", "Metaphase, Prophase, Anaphase"],
            "correctAnswer": 0,
        },
    ]
    notes, skipped, _ = built_notes(tmp_path, {"bank.json": json.dumps(bank, ensure_ascii=False)})
    fronts = {note_back(n): n["fields"]["Question"] for n in notes}
    assert sorted(fronts) == ["A) Prophase, Metaphase, Anaphase", "B) 1, 3 y 2", "B) a und c"], fronts
    ordena = fronts["B) 1, 3 y 2"]
    assert "\\1" not in ordena and "1\\." not in ordena and re.search(r"1\. \\\(O\(1\)\\\)<br>\s*2\. \\\(O\(n\^2\)\\\)<br>\s*3\. ", ordena), ordena
    enzyme = fronts["B) a und c"]
    assert re.search(r"a\) Sie senken die Aktivierungsenergie\.<br>\s*b\) Sie werden .*<br>\s*c\) Sie sind meist Proteine\.", enzyme), enzyme
    assert "<br><br>" not in enzyme
    assert re.search(r"- Metaphase<br>\s*- Prophase<br>\s*- Anaphase", fronts["A) Prophase, Metaphase, Anaphase"])
    options = next(n for n in notes if note_back(n) == "B) a und c")["fields"]["Options"]
    assert [plain_text(o) for o in re.findall(r"<li[^>]*>(.*?)</li>", options)] == ["A) nur a", "B) a und c", "C) b und c"]
    assert not skipped


_SANSKRIT = {
    "name": "pratyahara",
    "data": [
        {"name": "अण्", "list": "अ, इ, उ", "sutra": "ढ्रलोपे पूर्वस्य दीर्घोऽणः"},
        {"name": "अक्", "list": "अ, इ, उ, ऋ, ऌ", "sutra": "अकः सवर्णे दीर्घः"},
        {"name": "इक्", "list": "इ, उ, ऋ, ऌ", "sutra": "इको यणचि"},
        {"name": "अण्", "list": "अ, इ, उ, ऋ, ऌ, ए, ओ, ऐ, औ, ह, य, व, र, ल", "sutra": "अणुदित्सवर्णस्य चाप्रत्ययः"},
    ],
}


def test_a_bank_under_a_wrapper_named_like_its_records_places_each_record_at_its_line(tmp_path: Path) -> None:
    """T33-3: '{"name": "pratyahara", "data": [{"name": "अण्", …}]}' read with [source.bank] question = "name": each
    card at its record's 'name' line (5, 10, 15, 20), the repeated question said at line 20 as the same as line 5
    (before: every item and message at line 1: the wrapper's own 'name' key was counted as a record's)."""
    text = json.dumps(_SANSKRIT, ensure_ascii=False, indent=2)
    table = '[[source]]\nid = "sa"\nfile = "sources/sa.json"\n[source.bank]\nquestion = "name"\nanswer = "list"\n'
    notes, _, said = built_notes(tmp_path, {"sa.json": text}, table)
    lines = [i + 1 for i, line in enumerate(text.split("\n")) if line.strip().startswith('"name": "अ') or line.strip().startswith('"name": "इ')]
    assert lines == [5, 10, 15, 20]
    assert sorted(n["items"][0]["line"] for n in notes) == lines
    assert {note_front(n): note_back(n) for n in notes if n["items"][0]["line"] == 10} == {"अक्": "अ, इ, उ, ऋ, ऌ"}
    same = [s for s in said if "the same question as" in s]
    assert len(same) == 1 and same[0].startswith("sources/sa.json:20:") and "the same question as line 5" in same[0], said


def test_a_list_of_records_whose_keys_ask_nothing_known_is_named_with_the_table_to_write(tmp_path: Path) -> None:
    """T33-3: a bank whose records' keys are no question key deckc knows (an object with 'data': [{name, list, sutra}];
    a Spanish top-level list of {palabra, significado}) is said with the list, its record count and its keys, and the
    [source.bank] lines that would read it (before: 'no list of records (it holds an object with keys name, data)')."""
    spanish = json.dumps([{"id": 1, "palabra": "perro", "significado": "dog"}, {"id": 2, "palabra": "gato", "significado": "cat"}])
    for name, text, where, keys, table in (
        ("sa.json", json.dumps(_SANSKRIT, ensure_ascii=False), "the list under 'data' holds 4 records", "name, list, sutra",
         'question = "name" and answer = "list"'),
        ("es.json", spanish, "the file holds 2 records", "id, palabra, significado", 'question = "palabra" and answer = "significado"'),
    ):  # fmt: skip
        files = {name: text, "ok.md": "## What is 2 + 2?\n\n4\n"}  # (a deck that builds: the bank alone makes no note)
        result = build(deck_of(tmp_path / name, files), tmp_path / name / "build", formats=("json",), now=1_000)
        said = [d.text() for d in result.compiled.diagnostics.items if d.file == f"sources/{name}"]
        assert len(said) == 1 and f"not read: {where} with the keys {keys}" in said[0] and table in said[0], said


_SLIDES = """#set page(width: 25.4cm, height: 14.29cm, margin: 1.5cm, footer: [#h(1fr) BIO 101 · Dr. Amara Nwosu #h(1fr) #context counter(page).display()])
#set text(size: 20pt)
#align(center + horizon)[#text(size: 32pt)[*Cell Biology – Lecture 3*] \\ Mitochondria and chloroplasts]
#pagebreak()
= Mitochondria
- Double membrane; inner membrane folded into cristae
- Site of aerobic respiration
#pagebreak()
= Quick check
Which organelle is called the powerhouse of the cell?
- A. Nucleus
- B. Mitochondrion
- C. Ribosome
- D. Golgi apparatus
#pagebreak()
= Quick check – answer
*B. Mitochondrion* – it makes most of the cell's ATP.
#pagebreak()
= Kurztest
Welches Pigment macht Chloroplasten grün?
#pagebreak()
= Kurztest: Lösung
Chlorophyll.
#pagebreak()
= Pregunta
¿Dónde ocurre la fotosíntesis?
#pagebreak()
= Respuesta
En los cloroplastos.
"""


def test_a_quick_check_slide_and_its_answer_slide_are_one_card_and_the_footer_is_on_none(tmp_path: Path) -> None:
    """T33-18: lecture slides read with pdf_slides = true, a 'Quick check' slide (question, options 'A.'–'D.' set as
    bullets) followed by its 'Quick check – answer' slide: one multiple-choice card, B marked, the answer slide's rest
    its explanation; 'Kurztest' / 'Kurztest: Lösung' and 'Pregunta' / 'Respuesta' alike; the footer 'BIO 101 · Dr.
    Amara Nwosu 3' (a course number, then the slide's) on no card (before: one card 'Quick check' holding both slides
    and two footers; the footer on every back)."""
    from conftest import typeset_pdf

    pdf = typeset_pdf(tmp_path / "lecture3.pdf", _SLIDES)
    table = '\n[[source]]\nid = "l3"\nfile = "sources/lecture3.pdf"\npdf_slides = true\n'
    notes, _, said = built_notes(tmp_path / "deck", {"lecture3.pdf": pdf}, table)
    shown = {note_front(n): note_back(n) for n in notes}
    assert shown == {
        "Mitochondria": "• Double membrane; inner membrane folded into cristae • Site of aerobic respiration",
        "Which organelle is called the powerhouse of the cell?": "B) Mitochondrion",
        "Welches Pigment macht Chloroplasten grün?": "Chlorophyll.",
        "¿Dónde ocurre la fotosíntesis?": "En los cloroplastos.",
    }, shown
    quiz = next(n for n in notes if note_front(n).startswith("Which organelle"))
    assert [plain_text(o) for o in re.findall(r"<li[^>]*>(.*?)</li>", quiz["fields"]["Options"])] == [
        "A) Nucleus", "B) Mitochondrion", "C) Ribosome", "D) Golgi apparatus",
    ]  # fmt: skip
    assert plain_text(quiz["fields"]["Explanation"]) == "it makes most of the cell’s ATP."
    assert not any("Nwosu" in plain_text(" ".join(n["fields"].values())) for n in notes)
    assert not any("answer" in note_front(n).lower() or "Lösung" in note_front(n) for n in notes)
    assert any("removed 7 page header, footer and number lines ('BIO 101 · Dr. Amara Nwosu 2'" in s for s in said), said


def test_a_banks_true_false_record_is_judged_in_its_language_and_its_degree_of_difficulty_is_its_level(tmp_path: Path) -> None:
    """T33-12 rest: a Chinese course bank's true/false record ('answer': 'false', an 'explain' under it) is asked as
    '判断：…' and answered '错', its explanation kept below (before: 'false' in English on a Chinese card); a Russian one
    likewise in Russian; 'degree_of_difficulty' (1–3 here) is the level (before: every card 'medium'). An English
    statement keeps its 'False' as written."""
    bank = [
        {"degree_of_difficulty": 1, "question": "进程是 CPU 调度的基本单位。", "answer": "false", "type": "true_false",
         "explain": "进程是资源分配的基本单位，线程是调度的基本单位。"},
        {"degree_of_difficulty": 2, "question": "线程共享所属进程的地址空间。", "answer": True, "type": "true_false"},
        {"degree_of_difficulty": 3, "question": "在页大小为 4KB 的系统中，逻辑地址的页内偏移占____位。", "answer": "12",
         "type": "fill_in_the_blank"},
    ]  # fmt: skip
    russian = [{"вопрос": "Солнце — планета Солнечной системы.", "ответ": False}, {"вопрос": "Сколько планет?", "ответ": "Восемь"}]
    english = [{"question": "Gold rusts in water.", "answer": False}, {"question": "What is Au?", "answer": "Gold"}]
    files = {"zh.json": json.dumps(bank, ensure_ascii=False), "ru.json": json.dumps(russian, ensure_ascii=False), "en.json": json.dumps(english)}
    notes, _, _ = built_notes(tmp_path, files)
    got = {note_front(n): (note_back(n), n["fields"]["Difficulty"]) for n in notes}
    assert got["判断：进程是 CPU 调度的基本单位。"] == ("错 进程是资源分配的基本单位，线程是调度的基本单位。", "easy"), got
    assert got["判断：线程共享所属进程的地址空间。"] == ("对", "medium"), got
    assert got["在页大小为 4KB 的系统中，逻辑地址的页内偏移占____位。"] == ("12", "hard"), got
    assert got["Верно или неверно: Солнце — планета Солнечной системы."][0] == "Неверно", got
    assert got["True or false: Gold rusts in water."][0] == "False", got  # (asked as a statement to judge: N62-4)


def test_a_sheets_empty_rows_are_no_card_and_its_footer_line_is_said_once(tmp_path: Path) -> None:
    """T32-28: a workbook of two sheets of questions (Question, A–D, Correct), the second ending with an empty row and
    'Total questions: 2'; a German sheet ending with 'Quelle: Lehrbuch S. 12': the empty rows say nothing, the footer
    lines are said once as no card (before: 'row with an empty question' and 'fewer than two of its options hold
    text' telling the user to fill them in); every question still a card, a cloze row with nothing beside it too."""
    import openpyxl

    book = openpyxl.Workbook()
    one = book.active
    one.title = "Unit 1"
    for row in (["Question", "A", "B", "C", "D", "Correct"], ["Which organelle makes ATP?", "Nucleus", "Mitochondrion", "Ribosome", "Golgi", "B"],
                ["Which holds the DNA?", "Nucleus", "Vacuole", "Ribosome", "Golgi", "A"]):  # fmt: skip
        one.append(row)
    two = book.create_sheet("Unit 2")
    for row in (["Question", "A", "B", "C", "D", "Correct"], ["Who found the laws of heredity?", "Darwin", "Mendel", "Watson", "Crick", "B"],
                ["How many chromosomes in a human cell?", "23", "44", "46", "48", "C"], [], ["Total questions: 2"]):  # fmt: skip
        two.append(row)
    path = tmp_path / "bank.xlsx"
    book.save(path)
    german = openpyxl.Workbook()
    sheet = german.active
    for row in (["Text", "Extra"], ["Die Hauptstadt von Frankreich ist {{c1::Paris}}.", "Geografie"], ["Der Rhein fließt in die {{c1::Nordsee}}."],
                [], ["Quelle: Lehrbuch S. 12"]):  # fmt: skip
        sheet.append(row)
    path_de = tmp_path / "lueckentext.xlsx"
    german.save(path_de)
    notes, skipped, said = built_notes(tmp_path / "deck", {"bank.xlsx": path, "lueckentext.xlsx": path_de})
    fronts = sorted(note_front(n) for n in notes)
    assert fronts == [
        "Der Rhein fließt in die {{c1::Nordsee}}.", "Die Hauptstadt von Frankreich ist {{c1::Paris}}.", "How many chromosomes in a human cell?",
        "Which holds the DNA?", "Which organelle makes ATP?", "Who found the laws of heredity?",
    ], fronts  # fmt: skip
    assert not skipped
    assert not [s for s in said if "empty question" in s or "fewer than two of its options" in s], said
    left = [s for s in said if "left out" in s and "no card" in s]
    assert len(left) == 2, said
    assert any("'Total questions: 2' (sheet 'Unit 2', row 5)" in s for s in left) and any("'Quelle: Lehrbuch S. 12' (row 5)" in s for s in left), left


def test_numbered_tasks_after_a_tables_stop_line_are_said(tmp_path: Path) -> None:
    """T32-2 rest: numbered tasks that ask without a question mark ('1. Define osmosis.', '2. Explain …', '3. … ____ .')
    under a table read by a table pattern with a stop line (as deckc guesses one) are said at their lines too; a
    numbered summary line that asks nothing ('4. Water moves …') is no question."""
    page = (
        "# Cell transport\n\n| Term | Meaning |\n| --- | --- |\n| Osmosis | water across a membrane |\n"
        "| Diffusion | particles spreading out |\n| Active transport | movement against the gradient |\n"
        "| Endocytosis | taking in by folding the membrane |\n\nExercises\n1. Define osmosis.\n"
        "2. Explain how diffusion differs from active transport.\n3. A cell takes in water by ________.\n"
        "4. Water moves from high to low water potential.\n"
    )
    table = (
        '[[source]]\nid = "t"\nfile = "sources/transport.md"\nlayout = "pattern"\n[source.pattern]\n'
        "start = '^\\s*\\|\\s*:?-{3,}'\nitem = '^\\s*\\|\\s*(?P<question>[^|]+?)\\s*\\|\\s*(?P<answer>[^|]*?)\\s*\\|\\s*$'\n"
        "stop = ['^\\s*[^|\\s#]']\n"
    )
    notes, _, said = built_notes(tmp_path, {"transport.md": page}, table)
    assert len(notes) == 4
    asked = [s.split(": warning")[0] for s in said if "after the end of the items" in s]
    assert asked == ["sources/transport.md:11", "sources/transport.md:12", "sources/transport.md:13"], said
