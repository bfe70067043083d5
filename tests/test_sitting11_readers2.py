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
