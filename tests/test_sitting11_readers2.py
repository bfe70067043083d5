"""Eleventh sitting, readers2: layout detection, numbered and pattern layouts, answer keys, difficulty words."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build

PRACTICE_TEST = (
    "# Practice Test\n\n## Part A: Multiple Choice\n\n### Module 1: Life\n\n**1.** Which is shared by ALL living things?\n\n"
    "A) Moving\nB) Photosynthesis\nC) Cellular organization\n\n### Module 2: Chemistry\n\n**2.** Which atom has the most protons?\n\n"
    "A) Hydrogen\nB) Carbon\nC) Oxygen\n\n## Part B: Fill in the Blank\n\n**3.** The basic unit of life is the ________.\n\n"
    "**4.** A solution with a pH greater than 7 is ________.\n\n## Part C: Short Answer\n\n"
    "**5.** Trace the path of a protein to its export.\n\n<br><br><br>\n\n"
    "**6.** Name the four biomolecules.\n\n<br><br><br>\n\n---\n\n*End of Practice Test*\n"
)
PRACTICE_KEY = (
    "# Answer Key\n\n## Part A: Multiple Choice Answers\n\n| Q | Answer | Explanation |\n|:---:|:---:|---|\n"
    "| 1 | C | All living things have cells |\n| 2 | C | Oxygen has 8 protons |\n\n---\n\n"
    "## Part B: Fill in the Blank Answers\n\n| Q | Answer |\n|:---:|---|\n| 3 | cell |\n| 4 | basic (or alkaline) |\n\n---\n\n"
    "## Part C: Short Answer Key\n\n**5. Protein pathway from production to export:**\n\n"
    "1. **Nucleus:** the gene is transcribed\n2. **Rough ER:** the protein is made\n3. **Golgi:** it is packaged\n\n---\n\n"
    "**6. Four biomolecules:**\n\n| Biomolecule | Monomer |\n|---|---|\n| Proteins | Amino acids |\n| Lipids | Fatty acids |\n\n"
    "---\n\n*End of Answer Key*\n"
)


def test_a_key_file_answers_fill_ins_and_short_answers(tmp_path: Path) -> None:
    """learner4 N53 (severe, the real pair: a course's practice test and its key file, key_file set): 'none of its 47
    questions has an answer'. The key's fill-in table ('| 33 | cell |') answered nothing (a table answered only
    option questions) and its rows were glued to the last multiple-choice entry's explanation; a short answer's
    numbered list ('**47. Protein pathway:**' over '1. … 4. …') was read as entries 1-4, so the key's numbers were no
    longer unique and nothing was paired. A key table whose rows are numbered is one entry a row (answer, then
    explanation), a list under an entry's title is that entry's, and text after a rule is no entry's."""
    table = '[[source]]\nid = "test"\nfile = "sources/test.md"\ntitle = "Test"\nlayout = "numbered"\nkey_file = "sources/test_key.md"\n'
    content = deck_of(tmp_path, {"test.md": PRACTICE_TEST, "test_key.md": PRACTICE_KEY}, table)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    compiled = result.compiled
    assert compiled is not None and not compiled.deck.skipped
    items = compiled.items
    assert [i.correct for i in items[:2]] == ["C", "C"]
    assert items[0].answer_plain() == "All living things have cells"  # the explanation column, and no more
    assert [i.answer_plain() for i in items[2:4]] == ["cell", "basic (or alkaline)"]
    assert "Nucleus" in items[4].answer_plain() and "Golgi" in items[4].answer_plain()
    assert "Amino acids" in items[5].answer_plain() and "End of Answer Key" not in items[5].answer_plain()
    assert any("End of Answer Key" in w.message and w.file.endswith("test_key.md") for w in compiled.diagnostics.warnings)


def test_a_slide_quiz_is_detected_before_a_later_numbered_exercise(tmp_path: Path) -> None:
    """trial11 P39 (severe: a French Slidev QCM, '## Question N' / the question / 'A) …' paragraphs / '---', a worded
    key, then a numbered exercise): without config the page was read as the exercise's numbered list, the five
    questions lost; it was right only with layout = "markdown". Label headings, two or more, each over a question
    with lettered options make the page a Markdown quiz (labelled true/false or open questions among them do not:
    trial7 G33 stays numbered and keyed)."""
    from test_first_try import SLIDES

    compiled = build(deck_of(tmp_path, {"qcm.md": SLIDES}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question.replace("\u202f", " "), i.correct) for i in compiled.items] == [
        ("Quel est le rôle principal d'un MTA ?", "B"), ("Quel port TCP Postfix utilise-t-il pour SMTP ?", "A"),
    ]  # fmt: skip
    assert any("read as layout 'markdown'" in w.message for w in compiled.diagnostics.warnings)


def _notes(tmp_path: Path, name: str, page: str) -> list[tuple[str, str]]:
    """(question, answer) of each note a page without config makes."""
    compiled = build(deck_of(tmp_path, {name: page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return [(i.question, i.answer_plain()) for i in compiled.items if not i.skip]


def test_a_matching_key_on_its_parts_line(tmp_path: Path) -> None:
    """trial11 P118 (high: a worksheet): 'Match each organelle (1–4) with its function (A–D).' / '1. Mitochondrion' …
    / 'A. Site of photosynthesis' … / '## Answer key' / 'Part A: 1–C, 2–D, 3–B, 4–A' gave no note (the terms 'no
    answer'). A key line may name its part ('Part A:') and join number and letter with a dash of any length."""
    page = (
        "# Cell biology worksheet\n\n## Part A: Matching\n\nMatch each organelle (1–4) with its function (A–D).\n\n"
        "1. Mitochondrion\n2. Ribosome\n3. Nucleus\n4. Chloroplast\n\nA. Site of photosynthesis\nB. Holds the genetic material\n"
        "C. Releases energy by respiration\nD. Makes proteins\n\n## Answer key\n\nPart A: 1–C, 2–D, 3–B, 4–A\n"
    )
    assert _notes(tmp_path, "match.md", page) == [
        ("Mitochondrion", "Releases energy by respiration"), ("Ribosome", "Makes proteins"),
        ("Nucleus", "Holds the genetic material"), ("Chloroplast", "Site of photosynthesis"),
    ]  # fmt: skip


def test_a_true_false_worksheet_under_a_title_that_asks(tmp_path: Path) -> None:
    """trial11 P119 (high): '# True or false?' over four numbered statements and '## Answers' '1. T', '2. F — arteries
    carry blood away …' made ONE card (the title the question, the statements its back), the key unused. Numbered
    items a page-end key numbers outweigh one title that asks; 'F — why' is a verdict with its reason."""
    page = (
        "# True or false?\n\n1. The heart has four chambers.\n2. Arteries carry blood towards the heart.\n"
        "3. Red blood cells have a nucleus.\n4. Platelets help the blood to clot.\n\n## Answers\n\n1. T\n"
        "2. F — arteries carry blood away from the heart.\n3. F\n4. T\n"
    )
    notes = _notes(tmp_path, "tf.md", page)
    assert [q for q, _ in notes] == [
        "True or false: The heart has four chambers.", "True or false: Arteries carry blood towards the heart.",
        "True or false: Red blood cells have a nucleus.", "True or false: Platelets help the blood to clot.",
    ]  # fmt: skip
    assert [a.split()[0] for _, a in notes] == ["True", "False", "False", "True"]
    assert "away from the heart" in notes[1][1]


def test_a_one_line_key_of_words(tmp_path: Path) -> None:
    """trial11 P120 (high): fill-in-the-blank items keyed on ONE line, 'Part B: 1. osmosis 2. enzyme 3. glucose',
    under '## Answer key': 'none of its 3 questions has an answer', no note. Three or more entries in order, each a
    few words, on one line are entries of their own."""
    page = (
        "# Biology worksheet\n\n## Part B: Fill in the blanks\n\nWord bank: osmosis, diffusion, enzyme, glucose\n\n"
        "1. ______ is the movement of water across a partially permeable membrane.\n2. An ______ is a biological catalyst.\n"
        "3. Plants make ______ during photosynthesis.\n\n## Answer key\n\nPart B: 1. osmosis 2. enzyme 3. glucose\n"
    )
    assert [a for _, a in _notes(tmp_path, "fb.md", page)] == ["osmosis", "enzyme", "glucose"]


def test_a_pub_quiz_answer_in_brackets_is_no_level(tmp_path: Path) -> None:
    """trial11 P122 (high): '1. What is the capital of Canada? (Ottawa)' … five questions: the bracketed answers were
    taken as difficulty markers (labels Ottawa, Eight, Mars … = medium), every question 'no answer', no note. One
    words after '?', all different and none a level word, are answers; a question's bracketed tail with nothing
    under it is its answer (never a note on how to answer: '(Choose two.)', '(2 marks)')."""
    page = (
        "# Pub quiz — round 1\n\n1. What is the capital of Canada? (Ottawa)\n2. How many legs does a spider have? (Eight)\n"
        "3. Which planet is known as the Red Planet? (Mars)\n4. Who wrote \"Pride and Prejudice\"? (Jane Austen)\n"
        "5. What is the chemical symbol for sodium? (Na)\n"
    )
    assert _notes(tmp_path, "quiz.md", page) == [
        ("What is the capital of Canada?", "Ottawa"), ("How many legs does a spider have?", "Eight"),
        ("Which planet is known as the Red Planet?", "Mars"), ('Who wrote "Pride and Prejudice"?', "Jane Austen"),
        ("What is the chemical symbol for sodium?", "Na"),
    ]  # fmt: skip
    from compiler.sources.lines import bracketed_answer

    assert bracketed_answer("Which two are primes? (Choose two.)") is None
    assert bracketed_answer("Why is the sky blue? (2 marks)") is None


def test_level_words_of_other_languages(tmp_path: Path) -> None:
    """trial11 P114 (medium): level words after the question in Spanish, German, Russian and Chinese ('(fácil)',
    '[schwer]', '(сложно)', '【困难】' after a full-width '？') were all guessed 'medium', the Chinese ones not seen and
    left on the fronts."""
    page = (
        "# Mixed levels\n\n## ¿Qué es una variable? (fácil)\n\nUn nombre.\n\n## Was ist Rekursion? [schwer]\n\n"
        "Eine Funktion, die sich selbst aufruft.\n\n## 什么是数组？【简单】\n\n一组元素。\n\n## Что такое куча? (сложно)\n\nДерево.\n"
    )
    compiled = build(deck_of(tmp_path, {"lv.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.difficulty.value if i.difficulty else None) for i in compiled.items] == [
        ("¿Qué es una variable?", "easy"), ("Was ist Rekursion?", "hard"), ("什么是数组？", "easy"), ("Что такое куча?", "hard"),
    ]  # fmt: skip


def test_italic_and_spanish_answer_lines(tmp_path: Path) -> None:
    """trial11 P86 (high): numbered questions over indented options 'a) …' with '*Respuesta Correcta: a) …*' (an
    italic answer line; also plain 'Respuesta correcta: a) <option text>' and English '*Correct Answer: a) …*')
    were '4 options and none marked correct', no card; a '**II. Preguntas de Respuesta Corta**' title and its '1.'
    short answer ('*Respuesta Esperada: …*') were glued onto the last question's explanation."""
    page = (
        "9.  ¿Qué caracteriza a una matriz ortogonal?\n    a) Su inversa es igual a su transpuesta.\n    b) Su determinante es cero.\n"
        "    c) Todos sus elementos son uno.\n    d) Es simétrica.\n\n    *Respuesta Correcta: a) Su inversa es igual a su transpuesta.*\n\n"
        "10. ¿Qué representa un valor propio?\n    a) Un vector.\n    b) Un escalar.\n    c) El determinante.\n    d) La traza.\n\n"
        "    Respuesta correcta: b) Un escalar.\n\n**II. Preguntas de Respuesta Corta**\n\n"
        "1.  Defina brevemente la independencia lineal.\n\n    *Respuesta Esperada: Ningún vector es combinación lineal de los otros.*\n"
    )
    compiled = build(deck_of(tmp_path, {"algebra.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [i.correct for i in items[:2]] == ["A", "B"] and "Respuesta Corta" not in items[1].answer_plain()
    assert items[2].question == "Defina brevemente la independencia lineal."
    assert items[2].answer_plain() == "Ningún vector es combinación lineal de los otros."
    assert items[2].section[-1] == "II. Preguntas de Respuesta Corta"


def test_a_heading_item_is_one_line(tmp_path: Path) -> None:
    """trial12 U9 (high: a Chinese interview page read with the build's own suggested item = '^##\\s+…'): wherever
    the answer starts on the line right under the heading, its first lines were glued onto the front ('对JSON的了解？
    全称：JavaScript Object Notation …'). A heading is one line: the next line is the answer."""
    page = "## 对JSON的了解？\n全称：JavaScript Object Notation\nJSON中对象通过“{}”来标识。\n\n## Ajax使用\n全称 ： Asynchronous Javascript And XML\n所谓异步：\n"
    table = '[[source]]\nid = "js"\nfile = "sources/js.md"\ntitle = "JS"\n[source.pattern]\nitem = \'^##\\s+(?P<question>.+)$\'\n'
    compiled = build(deck_of(tmp_path, {"js.md": page}, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == ["对JSON的了解？", "Ajax使用"]
    assert compiled.items[0].answer_plain().startswith("全称：JavaScript Object Notation")


def test_a_quiz_whose_item_lines_name_the_kind(tmp_path: Path) -> None:
    """trial12 U21 (severe: an instructor's quiz, 'N. Multiple choice - Rounded corners' / the question below / options;
    'N. True/false - border style' / 'By default the border is hidden = true.'; 'N. Matching - Box model' over
    '- Margin = space outside the border' …): every front was the label, the question and options on the back. Now
    the question under such a label is the front, '= true.' is the verdict, and a matching list makes a card a pair.
    (Options weighted '= 100%' are the multiple-choice reading's, formats'.)"""
    page = (
        "# Final Quiz Practice\n\n1. Matching - Box model\n\n   - Margin = space outside the border\n"
        "   - Padding = space inside the border\n\n2. True/false - border style\n\n   By default the border is hidden = true.\n\n"
        "3. Short answer - units  \n   Which unit is relative to the font size of the element?\n\n   em\n\n"
        "13. True/false - flexbox container  \n    Only a div can be used as a flexbox container.  = false.\n"
    )
    notes = _notes(tmp_path, "quiz.md", page)
    assert notes == [
        ("Margin", "space outside the border"), ("Padding", "space inside the border"),
        ("True or false: By default the border is hidden", "True"),
        ("Which unit is relative to the font size of the element?", "em"),
        ("True or false: Only a div can be used as a flexbox container.", "False"),
    ]  # fmt: skip


def test_a_bracketed_bold_source_over_a_question_is_no_term() -> None:
    """learner5 L3 (severe, detection part): '**(ENCCEJA – Adaptado)**' over 'Um chuveiro … Qual é o consumo mensal
    em kWh?' was made a definition list ('(ENCCEJA – Adaptado)' / ': Um chuveiro …'), so the question's front read
    '(ENCCEJA – Adaptado) : Um …'. A bold term wholly in brackets is an exam's source tag, and text that asks is no
    definition."""
    from compiler.sources.detect import bold_terms

    page = [
        "**(ENCCEJA – Adaptado)**", "Um chuveiro elétrico tem a potência de 5.000 W. Qual é o consumo mensal em kWh?", "",
        "**(ENEM 2019)**", "Um resistor de 10 Ω é percorrido por uma corrente de 2 A. Qual é a tensão?",
    ]  # fmt: skip
    assert bold_terms(page) is None
    assert bold_terms(["**Latency**", "The time it takes.", "", "**Throughput**", "Work per second."]) is not None


def test_a_test_paper_of_prompts_with_colons_has_no_answers(tmp_path: Path) -> None:
    """trial12 U23 (high): '21. Balance the following chemical equation: Fe + H₂O → Fe₃O₄ + H₂.' (also 'Name the
    following compound: CH₃COOH.') was split at ':', the equation to balance taught as the answer. A task before a
    colon is no term: such a test paper is numbered questions without answers (each listed as skipped), and '°C'
    is no difficulty emoji."""
    page = (
        "# Class 10 Science Test\n\n## Questions:\n\n### Chemistry\n\n20. Define a combination reaction with an example.\n"
        "21. Balance the following chemical equation: Fe + H₂O → Fe₃O₄ + H₂.\n22. Name the following compound: CH₃COOH.\n"
        "23. Convert the following temperature to kelvin: 25 °C.\n"
    )
    import pytest

    from compiler.diagnostics import ContentError

    with pytest.raises(ContentError) as stopped:
        build(deck_of(tmp_path, {"test.md": page}), tmp_path / "build", formats=("json",), now=1_000)
    said = str(stopped.value)
    assert "none of its 4 questions has an answer (lines 7, 8, 9, 10)" in said and "layout 'numbered'" in said


def test_one_card_files_front_rule_back(tmp_path: Path) -> None:
    """trial11 P116 (high: Mochi-style cards, one a file: the front, '---', the back): 'What does DNA stand for?' /
    '---' / 'Deoxyribonucleic acid' was read as a note whose front was the FILE NAME and whose back held question and
    answer glued. One short paragraph, a rule, then text: the paragraph is the front."""
    files = {"card2.md": "What does DNA stand for?\n\n---\n\nDeoxyribonucleic acid\n", "card3.md": "Translate: *el perro*\n\n---\n\nthe dog\n"}
    compiled = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [
        ("What does DNA stand for?", "Deoxyribonucleic acid"), ("Translate: el perro", "the dog"),
    ]  # fmt: skip


def test_numbered_questions_with_gaps(tmp_path: Path) -> None:
    """trial11 P103 (high: the USCIS civics list as pdftotext gives it): the 65/20 list numbers its questions 6, 11,
    13, 17 … ('cannot tell this document's layout'), and the full list's items after a section line jumped from 4
    to 13 ('text outside any item'). Questions after a gap count, as the one before asked; after a section the
    numbering goes on past a gap; the '*' after the '?' (or the '.', trial33 T33-15) marking the short list is no part
    of the question."""
    page = (
        "65/20 Civics Questions and Answers\n\nAMERICAN GOVERNMENT\n\nA: Principles of American Democracy\n\n"
        "6. What is one right or freedom from the First Amendment?*\n▪ speech\n▪ religion\n\n"
        "11. What is the economic system in the United States?*\n▪ capitalist economy\n▪ market economy\n\n"
        "B: System of Government\n\n13. Name one branch or part of the government.*\n▪ Congress\n▪ President\n\n"
        "17. What are the two parts of the U.S. Congress?*\n▪ the Senate and House (of Representatives)\n"
    )
    notes = _notes(tmp_path, "civics.txt", page)
    assert [q for q, _ in notes] == [
        "What is one right or freedom from the First Amendment?", "What is the economic system in the United States?",
        "Name one branch or part of the government.", "What are the two parts of the U.S. Congress?",
    ]  # fmt: skip


def test_numbered_lists_in_a_page_of_notes_are_no_quiz(tmp_path: Path) -> None:
    """trial12 U16 (high: '# Heap' notes with a '1. **Maxheap**: …' list and a how-to's '1.'-'3.' steps among quotes
    and paragraphs) and learner5 L5 (high: an Odin lesson whose Assignment's '1.' steps link a video '…/watch?v=…'):
    both read as 'numbered' (the steps became questions, the definitions lost). Numbered lines that ask nothing are
    a quiz only when they are a good share of the page, and a '?' in a link's address asks nothing."""
    from compiler.sources.base import Document
    from compiler.sources.detect import detect

    notes = (
        "# Heap\n\n**Heap**: Complete binary tree whose nodes contain comparable objects.\n\n> **Caveat**: not dynamic memory.\n\n"
        "**Two Types of Heaps**:\n1. **Maxheap**: Object in node greater than or equal to its descendents.\n"
        "2. **Minheap**: Object in node less than or equal to its descendents.\n- *(Implementations are the same.)*\n\n"
        "> **Example**: Maxheap Interface\n> uses add and removeMax\n> - getMax is getRootData\n\n"
        "> **Priority Queue**: the first in comes out first.\n> - a1 before a2.\n\n# Representing a Tree with an Array\n\n"
        "We can use a partially-filled array.\n- No need to mess around with nodes!\n\n**How-To:**\n"
        "1. Number nodes in level order.\n\t- *(Start counting at 1.)*\n2. Locate children with a computation:\n\n"
        "> Parent: n/2\n> Left: 2n\n\n3. Swap values to keep the heap.\n\n> **Note**: Removal\n> Move the last node up.\n"
    )
    assert detect(Document(rel="Heap.md", text=notes), {}) is None  # (no layout: the page is read by its headings)
    lesson = "### Assignment\n\n" + "".join(
        f"1. Watch [talk {n}](https://www.youtube.com/watch?v={n}x) and read the notes about it.\n" for n in range(4)
    ) + "\n### Introduction\n\nText.\n\n### Semantics\n\nMore text.\n\n### Landmarks\n\nEven more text.\n"
    found = detect(Document(rel="lesson.md", text=lesson), {})
    assert found is None or found.layout != "numbered"


BANK_SOAL = """# 📝 BANK SOAL - IPA

* **Topik/Materi:** Sistem Pencernaan
* **Kelas:** VIII
* **Durasi Pengerjaan:** 30 menit

---
## A. PILIHAN GANDA

1. **Organ tempat terjadinya pencernaan kimiawi pertama kali adalah ...**
    * A. Lambung
    * B. Mulut
    * C. Usus halus

2. **Enzim yang mengubah amilum menjadi maltosa adalah ...**
    * A. Pepsin
    * B. Renin
    * C. Ptialin

---
## B. ESSAY / URAIAN

1. **Jelaskan fungsi asam klorida (HCl) di dalam lambung!**

---

## 🔐 KUNCI JAWABAN (PEGANGAN GURU)
### Kunci Jawaban Pilihan Ganda
1. **B** - Di mulut, enzim ptialin mulai mencerna amilum.
2. **C** - Ptialin mengubah amilum menjadi maltosa.

### Kunci Jawaban Essay
1. **Jawaban:** HCl membunuh kuman dan mengaktifkan pepsinogen.
"""


def test_an_indonesian_exam_keyed_under_kunci_jawaban(tmp_path: Path) -> None:
    """trial12 U18 (severe: an Indonesian exam, stems ending ' ...' or '!', options '    * A. …', its key under
    '## 🔐 KUNCI JAWABAN (PEGANGAN GURU)'): no question was read, the header bullets and headings became junk cards.
    'Kunci jawaban' is a key heading (an emoji before it too), a quiz of options keyed at its end outweighs a few
    property bullets, and a key entry's own answer label ('**Jawaban:**') is no answer text."""
    compiled = build(deck_of(tmp_path, {"bank.md": BANK_SOAL}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.kind.value, i.correct) for i in compiled.items] == [("multiple_choice", "B"), ("multiple_choice", "C"), ("basic", None)]
    assert compiled.items[2].answer_plain() == "HCl membunuh kuman dan mengaktifkan pepsinogen."
    assert "ptialin" in compiled.items[0].answer_plain()


def test_full_width_numbers_and_option_letters(tmp_path: Path) -> None:
    """trial12 U43 (severe: a Chinese exam typed with full-width stops, '1．在 OSI …（　　）。' / 'A．物理层　　B．…' /
    '答案：C'): the whole paper was ONE heading card; with ASCII '.' it read right. '1．' / '1、' number items and 'A．'
    letters options as '1.' and 'A.' do."""
    page = (
        "# 计算机网络 期末复习题\n\n一、单项选择题\n\n1．在 OSI 参考模型中，负责路由选择的是（　　）。\n"
        "A．物理层　　B．数据链路层　　C．网络层　　D．传输层\n答案：C\n\n2．下列协议中，属于应用层的是（　　）。\n"
        "A．IP\nB．TCP\nC．UDP\nD．HTTP\n答案：D\n\n3、TCP 建立连接需要几次握手？\nA．一次　　B．两次　　C．三次　　D．四次\n答案：C\n"
    )
    compiled = build(deck_of(tmp_path, {"exam.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.kind.value, i.correct) for i in compiled.items] == [("multiple_choice", "C"), ("multiple_choice", "D"), ("multiple_choice", "C")]


def test_an_empty_answer_line_is_no_key_heading(tmp_path: Path) -> None:
    """trial12 U53 (severe: an ExamTopics dump, 'Question #N Topic 1' / question / options / 'Correct Answer: C'):
    after two drag-and-drop items whose 'Correct Answer:' is empty, every later question was read as a key entry
    and SILENTLY lost (933 questions, 279 items). A key heading is one only over what can be its entries, and a
    question whose options follow its paragraph ends a key."""
    block = "Question #{n} Topic 1\n\n{q}\n\n    A. One\n    B. Two\n    C. Three\n\nCorrect Answer: {a}\n"
    drag = "Question #{n} Topic 1\n\nDRAG DROP -\nPlace the objects on the diagram.\nSelect and Place:\n\nCorrect Answer:\n"
    page = (
        block.format(n=1, q="Which one is first?", a="A") + drag.format(n=2) + drag.format(n=3)
        + block.format(n=4, q="Which one is third?", a="C") + block.format(n=5, q="Which one is second?", a="B")
    )
    compiled = build(deck_of(tmp_path, {"dump.txt": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.number, i.correct) for i in compiled.items if not i.skip] == [("1", "A"), ("4", "C"), ("5", "B")]
    assert [(i.number, i.skip) for i in compiled.deck.skipped] == [("2", "no answer"), ("3", "no answer")]


def test_a_pdf_copied_question_wrapped_above_its_options(tmp_path: Path) -> None:
    """trial12 U44 (severe: a PDF-copied exam, the question wrapped onto an indented second line, 'a.'-'d.' options,
    'ANSWER KEY' / '1. b'): the front was cut at the line break with an ADDED '?', the rest of the question and the
    options on the back, the key unused. In plain text the indented lines under an item up to its options are the
    question."""
    page = (
        "1. Which organelle is the site of aerobic\n   respiration in eukaryotic cells?\n   a. Nucleus\n   b. Mitochondrion\n"
        "   c. Ribosome\n\n2. The movement of water across a selectively\n   permeable membrane is called\n   a. diffusion\n"
        "   b. osmosis\n   c. active transport\n\nANSWER KEY\n1. b\n2. b\n"
    )
    compiled = build(deck_of(tmp_path, {"midterm.txt": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.correct) for i in compiled.items] == [
        ("Which organelle is the site of aerobic respiration in eukaryotic cells?", "B"),
        ("The movement of water across a selectively permeable membrane is called", "B"),
    ]


def test_numbered_questions_answered_by_quotes_are_markdown(tmp_path: Path) -> None:
    """learner5 L20 (severe, detection part routed by readers): a course's quiz notes, '1. facts' / blank / 'What
    percentage …?' / '> 16%' at the margin, were detected 'numbered', which put the question on the back. Numbered
    entries, most of them closed by a quote at the margin, are the Markdown reader's (its quoted answers)."""
    page = "## The Normal Approximation\n" + "".join(
        f"{n}. Scores follow the normal curve with an average of {n}00.\n\nWhat percentage score below {n}0?\n> {n}6%\n"
        for n in range(1, 5)
    )
    compiled = build(deck_of(tmp_path, {"stats.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.answer_plain().strip() for i in compiled.items] == ["16%", "26%", "36%", "46%"]
    assert all("What percentage" in i.question + " ".join(b.plain() for b in i.stimulus) for i in compiled.items)


def test_a_bold_label_before_a_full_width_colon() -> None:
    """learner5 L44 (high, routed by readers): '**问题**：设购买…' (a bold label, then the full-width colon with no space
    after it) was left bold, so the label was not read; '**问题**: …' worked."""
    from compiler.sources.lines import has_question_label, unbold_label

    assert unbold_label("**问题**：什么是X？") == "问题：什么是X？" and has_question_label(unbold_label("**问题**：什么是X？"))
    assert unbold_label("**答案**：X 是") == "答案：X 是"


def test_an_answer_heading_in_another_language_keys_a_quiz() -> None:
    """learner5 L40 (severe, detection part routed by readers): a Portuguese quiz ('## ⬛ 1' / 'Qual é o output?' /
    code / '- A: …' options / '#### Resposta: C' in a toggle) was detected as heading cards, fronted 'Resposta: C'.
    '#### Resposta: C' ('Respuesta: B', '答案：A') is a keyed answer heading as '#### Answer: C' is."""
    from compiler.sources.lines import KEYED_ANSWER_HEADING

    assert all(KEYED_ANSWER_HEADING.match(h) for h in ("#### Resposta: C", "#### Respuesta: B", "#### 答案：A", "#### Answer: C"))
    assert not KEYED_ANSWER_HEADING.match("#### Resposta: Porque sim")


def test_a_number_glued_to_a_full_width_bracket(tmp_path: Path) -> None:
    """learner5 L43 (severe: a Chinese exam page, '**1.（Competitive Ratio Definition, Slide20）** 关于…：' with no space
    after '1.', '- (A) …' options, '**答案**：B **解析**：…'): 4 questions were 1 note, Q2-Q4 inside Q1's explanation.
    A number's '.' or ')' right before a full-width bracket or a Chinese character ends it as '1. ' does."""
    page = "## 一、选择题\n\n" + "".join(
        f"**{n}.（Topic {n}, Slide20）** 以下说法正确的是：\n\n- (A) 甲{n}\n- (B) 乙{n}\n- (C) 丙{n}\n\n**答案**：{k} **解析**：因为{n}。\n\n---\n\n"
        for n, k in ((1, "B"), (2, "A"), (3, "C"))
    )
    compiled = build(deck_of(tmp_path, {"online.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.kind.value, i.correct) for i in compiled.items] == [("multiple_choice", "B"), ("multiple_choice", "A"), ("multiple_choice", "C")]


def test_a_plain_text_quiz_is_detected(tmp_path: Path) -> None:
    """trial12 U83 (high): a .txt quiz ('Which planet is closest to the sun?' / 'a. Venus' … / 'Answer: b', three such
    paragraphs) was 'cannot tell this document's layout' (the same text as .md read 3/3). Paragraphs that are a
    question, its options and an answer line, nearly all of a text file's, are read as the Markdown reader reads them."""
    page = "".join(
        f"{q}\na. {a}\nb. {b}\nc. {c}\nAnswer: {k}\n\n"
        for q, a, b, c, k in (
            ("Which planet is closest to the sun?", "Venus", "Mercury", "Mars", "b"),
            ("What is the largest ocean?", "Atlantic", "Indian", "Pacific", "c"),
            ("Who painted the Mona Lisa?", "Leonardo da Vinci", "Michelangelo", "Raphael", "a"),
        )
    )
    compiled = build(deck_of(tmp_path, {"quiz.txt": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.correct for i in compiled.items] == ["B", "C", "A"]


def test_a_passage_its_lead_in_sets_before_questions(tmp_path: Path) -> None:
    """trial12 U88 (high, routed by readers): 'Questions 1–3 refer to the following passage.' / a '> …' passage (or
    'Read the passage and answer questions 1 and 2.' / a paragraph), then '1. …' questions with options: the passage
    was on no card, no warning. A lead-in naming a question range sets the passage under it on the front of each."""
    page = (
        "# Reading\n\n**Questions 1–2 refer to the following passage.**\n\n> The honeybee dances to show where food is.\n\n"
        "1. What does the dance show?\n   A. The hive\n   B. Where food is\n\n2. Who dances?\n   A. The honeybee\n   B. The wasp\n\n"
        "3. Which is a mammal?\n   A. The bee\n   B. The bat\n\n**Answer key:** 1. B 2. A 3. B\n"
    )
    compiled = build(deck_of(tmp_path, {"reading.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    shown = [" ".join(b.plain() for b in i.stimulus) for i in compiled.items]
    assert ["honeybee dances" in s for s in shown] == [True, True, False]
    assert [i.correct for i in compiled.items] == ["B", "A", "B"]


def test_quoted_question_headings_are_detected(tmp_path: Path) -> None:
    """trial12 U36 (severe, detection part routed by readers): a bot's FAQ with '> ### Q. …' headings in block quotes
    under '> ## …' sections, and 'A. …' answers, was read by a guessed pattern whose items were the 'A.' lines (every
    card misaligned: front an answer, back the next question). A question heading inside a quote, or labelled 'Ｑ．',
    counts in detection: the page is the Markdown reader's (its quoted headings)."""
    page = (
        "# ヘルプ（Ｑ＆Ａ）\n\n> ## エラーが起きる\n\n> ### Q. Incorrect login details were provided.と出た\n"
        "A. Tokenが誤っている可能性があります。\n\n> ### Q. 何もしていないのにエラーが出た\nA. IDを誤っている可能性があります。\n\n"
        "> ### Q. 上記を確認してもエラーが起きる\nA. 以下の方法を確認してみてください\n１. 実行したか\n２. 繋がっているか\n\n"
        "> ## ボットについて\n\n> ### Q. ウェルカムメッセージを無効にしたい\nA. Disableに変更してください。\n"
    )
    from compiler.sources import detect_layout
    from compiler.sources.base import Document

    found = detect_layout(Document(rel="help.md", text=page))
    assert found is not None and found.layout == "markdown"
    compiled = build(deck_of(tmp_path, {"help.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items][:2] == ["Incorrect login details were provided.と出た", "何もしていないのにエラーが出た"]
    assert compiled.items[0].answer_plain().startswith("Tokenが誤っている")


def test_polite_requests_are_follow_up_questions() -> None:
    """trial11 P31 (high, routed by readers): a Korean interview list's toggles held only follow-up prompts written as
    polite requests ('…예시를 들어주세요.', '…설명해 주세요.', not '?'), so 22 cards taught the follow-ups as answers. A
    sentence ending in a request form asks as a '?' does: such an answer is 'only another question', no card."""
    from compiler.sources.lines import only_questions

    assert only_questions("우리가 사용하는 시스템 콜의 예시를 들어주세요.\n시스템 콜의 유형에 대해 설명해 주세요.")
    assert only_questions("请说明原因。") and only_questions("理由を説明してください。")
    assert not only_questions("시스템 콜은 커널 기능을 요청하는 인터페이스이다.")


def test_a_tagged_line_with_a_highlight_is_no_front() -> None:
    """trial11 P115 (high, routed by readers): 'The chemical symbol for gold is ==Au==. #card' over a blank line was
    made a heading over an answer label: front the sentence with its answer shown, back the next paragraph. A tagged
    line holding a ==highlight== is Obsidian Spaced Repetition's cloze, left for the Markdown reader."""
    from compiler.sources.lines import tagged_line_cards

    lines = ["The chemical symbol for gold is ==Au==. #card", "", "Water boils at 100 °C at sea level.", ""]
    assert tagged_line_cards(lines) == lines
    assert tagged_line_cards(["What does TCP stand for? #card", "Transmission Control Protocol"])[0] == "Q: What does TCP stand for?"


def test_a_figure_between_a_question_and_its_options(tmp_path: Path) -> None:
    """learner5 L58 (high: a biology test, '4. What process do the arrows … represent in the diagram?' / an indented
    '![mitochondria](…)' / '1. **Electron Transport Chain**' / '2. Fermentation' …): 16 of 20 questions were Basic,
    the front the stem alone, the figure and all options on the back. Pictures between a question and its options are
    on the front, under the question, and the options are read."""
    page = "## Multiple Choice\n\n" + "".join(
        f"{n}. Which structure in the diagram {n} makes ATP?\n\n    ![diagram](fig{n}.png)\n\n    1. A\n    2. **B**\n    3. C\n\n"
        for n in range(1, 4)
    )
    compiled = build(deck_of(tmp_path, {"test.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.kind.value, i.correct) for i in compiled.items] == [("multiple_choice", "B")] * 3
    assert all(i.stimulus and i.stimulus_after for i in compiled.items)


def test_a_true_or_false_statement_is_no_kind_title(tmp_path: Path) -> None:
    """learner5 L37 (severe; regression of U21's kind + title rule): '2. True or False: Every action a user takes in
    AWS is an API call.' over '   True' was taken for a kind and a title, so 'True' became the question, skipped 'no
    answer'. A title is a few words with no sentence's end; a statement after the kind is the question."""
    page = (
        "# WEEK 1\n1. What are the four main factors to consider when choosing a Region?\n\n       Latency, price and compliance\n\n"
        "2. True or False: Every action a user takes in AWS is an API call.\n\n       True\n\n"
        "3. Which statement BEST describes Regions and Availability Zones?\n\n       Regions are clusters of Availability Zones.\n"
    )
    compiled = build(deck_of(tmp_path, {"week1.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items][1] == (
        "True or False: Every action a user takes in AWS is an API call.",
        "True",
    )
    assert len(compiled.items) == 3 and not compiled.deck.skipped
