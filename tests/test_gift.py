"""Moodle GIFT quizzes (learner2 M38): every question type a card of the right kind, at its own line."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import ItemKind
from compiler.sources.gift import convert_gift

QUIZ = """// Biology quiz in Moodle GIFT format
$CATEGORY: Biology/Cells

::Q1:: Which organelle performs cellular respiration? {
=Mitochondrion#Right: it makes ATP.
~Ribosome#No: it makes proteins.
~Golgi apparatus
}

::Q2:: The cell membrane is made mainly of phospholipids. {TRUE}

::Q3:: DNA is found in the {=nucleus =nucleoid} of the cell.

::Q4:: Photosynthesis takes place in the {~mitochondria =chloroplasts ~ribosomes}.

::Q5:: What is pi to two decimals? {#3.14:0.005}

::Q6:: Match the organelle to its job. {
=Ribosome -> proteins
=Mitochondrion -> ATP
}

::Q7:: Write an essay about cells. {}

::Q8:: Which is a \\{braced\\} word? {=one ~two####The braces are escaped.}
"""


def test_every_gift_question_type_is_a_card(tmp_path: Path) -> None:
    content = deck_of(tmp_path, {"quiz.gift": QUIZ})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = {i.locator.line: (i.kind, i.question, i.correct, i.answer_plain(), i.section) for i in result.compiled.items}
    assert got[4][:3] == (ItemKind.multiple_choice, "Which organelle performs cellular respiration?", "A")
    assert "Mitochondrion: Right: it makes ATP." in got[4][3] and got[4][4] == ["Cells"]
    assert got[10][:3] == (ItemKind.multiple_choice, "The cell membrane is made mainly of phospholipids. True or false?", "A")
    assert got[12][1:4] == ("DNA is found in the _____ of the cell.", None, "nucleus\nAlso accepted: nucleoid")
    assert got[14][:3] == (ItemKind.multiple_choice, "Photosynthesis takes place in the _____.", "B")
    assert got[16][1] == "What is pi to two decimals?" and got[16][3] == "3.14 (± 0.005)"
    assert got[18][1] == "Match the organelle to its job." and "Ribosome → proteins" in got[18][3]
    assert got[25][1] == "Which is a {braced} word?" and "The braces are escaped." in got[25][3]
    assert 23 not in got  # the essay: nothing to learn, said once
    said = [d.text() for d in result.compiled.diagnostics.items]
    assert any("quiz.gift:23" in s and "GIFT question not read: an essay question" in s for s in said)


def test_a_gift_file_saved_as_text_is_read_too() -> None:
    made = convert_gift(QUIZ.split("\n"), "sources/quiz.gift.txt")
    assert made.text.startswith("## Cells\n\n### Which organelle performs cellular respiration?")
    assert len(made.origin) == made.text.count("\n") + 1


WEIGHTED = """::Bio:: Which statements about photosynthesis are true? {
    ~%50%Plants take in CO₂ and give off O₂
    ~%50%It turns light energy into chemical energy
    ~%-100%Plants photosynthesise only at night
    ~%-100%It happens in every part of the plant
}

::Eq:: What is $x$ in $\\dfrac{2x - 4}{3} = 6$? {
    ~$x = \\sqrt{25}$
    ~$x = \\dfrac{21}{3}$
    =$x = 11$
}

::Trig:: What is $\\sin(90°)$? {
    ~0
    =1
    ~$\\dfrac{1}{2}$
}

::Sys:: Which is true of $$\\begin{cases} x + y = 5 \\\\ x - y = 1 \\end{cases}$$ {=It has one solution ~It has none}

::Price:: Which costs less? {=$5 ~$10}
"""


def test_weighted_options_and_formulas_in_a_gift_quiz(tmp_path: Path) -> None:
    """trial11 P24: a multiple-answer question written as Moodle documents it ('~%50%right' twice, '~%-100%wrong')
    was skipped 'question has no answer' (read as a matching question with no pairs: it has no '=' option).
    trial11 P25: TeX in '$…$' ('$\\dfrac{1}{2}$' in an option) ended the answer block at its first '}': questions
    'not read: no option', one front glued to option debris. A formula's braces and '=' are TeX, not GIFT's;
    inside it '\\\\' stays TeX's line break; '$5 … $10' is no formula."""
    content = deck_of(tmp_path, {"quiz.gift": WEIGHTED})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = {i.locator.line: i for i in result.compiled.items}
    assert sorted(items) == [1, 8, 14, 20, 22]
    bio = items[1]
    assert bio.kind is ItemKind.multiple_choice and bio.correct_labels == ["A", "B"] and len(bio.choices) == 4
    eq = items[8]
    assert "\\dfrac{2x - 4}{3} = 6" in eq.question and "_____" not in eq.question
    assert "x = 11" in eq.choices[2].text and "\\sqrt{25}" in eq.choices[0].text and eq.correct_labels == ["C"]
    assert "\\dfrac{1}{2}" in items[14].choices[2].text and items[14].correct_labels == ["B"]
    assert "\\\\" in items[20].question  # the cases' line break kept
    assert [c.text for c in items[22].choices] == ["$5", "$10"] and items[22].correct_labels == ["A"]
    assert not [w for w in result.compiled.diagnostics.warnings if "GIFT" in w.message and "not listed" not in w.message]


MOODLE_HTML = """$CATEGORY: $course$/top/Mod1 L4

// question: 5976572  name: Which are true?
::Which are true?::[html]<p><span style\\="font-size\\: 12.0pt; line-height\\: 107%;">Which of these are true?</span></p>{
\t~%25%<p><span style\\="font-size\\: 12.0pt;">Names may start with an underscore.</span></p>
\t~%25%<p><span style\\="font-size\\: 12.0pt;">Classes start with a capital by custom.</span></p>
\t~%50%<p><span style\\="font-size\\: 12.0pt;"> <span style\\="font-size\\: 12.0pt;">Keywords are no names.</span> </span></p>
}

// question: 5976573  name: Import
::Import::[html]<p>How do I import the math library?</p>{
\t=<p><span style\\="font-size\\: 12.0pt;">import math</span></p>#Correct
\t~<p>require 'math'</p>  <br>#Incorrect
\t~<p><span style\\="color\\: rgb(0,0,255);">IMPORT math</span></p>#Incorrect\\: keywords are lower case.
}
"""


def test_a_moodle_html_export_reads_as_inline_options(tmp_path: Path) -> None:
    """trial11 P24/P28, a real Moodle export: a question whose every option carries a positive weight keeps them
    all right (four ticked task boxes read as a done list: no card); an [html] option's '<p><span style=…>'
    wrapper made its letter and its words two lines and the Correct field 'A) <p>…</p>': a lone paragraph,
    presentational spans and edge '<br>'s go (a coloured span stays); feedback that only says 'Correct' or
    'Incorrect' is left off the back."""
    content = deck_of(tmp_path, {"module1_GIFT.txt": MOODLE_HTML})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    true, imp = result.compiled.items
    assert true.kind is ItemKind.multiple_choice and true.correct_labels == ["A", "B", "C"]
    assert true.question == "Which of these are true?"
    assert [c.text for c in true.choices] == ["Names may start with an underscore.", "Classes start with a capital by custom.", "Keywords are no names."]
    assert [c.text for c in imp.choices][:2] == ["import math", "require 'math'"] and imp.correct_labels == ["A"]
    assert "<p" not in "".join(c.html for c in imp.choices) and "c-blue" in imp.choices[2].html
    assert imp.answer_plain() == "IMPORT math: Incorrect: keywords are lower case."


def test_a_format_marker_before_an_option_or_feedback_is_no_text() -> None:
    """formats2 F2-5: Moodle's export writes '[moodle]' / '[html]' / '[plain]' before each option and feedback
    (Moodle's own giftformat tests, fuhrmanator/GIFT-grammar-PEG.js): they were printed on the card."""
    quiz = [
        "::Q1::[html]What's between orange and green in the spectrum?{",
        "=[moodle]yellow#[html]right; good!",
        "~[plain]red#[html]wrong, it's yellow",
        "}",
        "",
        "::Q2:: Match the activity. {=[html]Asynchronous discussions -> Forum =[moodle]A vote -> Choice}",
        "",
        "::Q3:: Name a primary colour. {=[plain]red =[markdown]blue}",
    ]
    text = convert_gift(quiz, "sources/q.gift").text
    assert "- [x] yellow" in text and "- [ ] red" in text and "yellow: right; good!" in text
    assert "- Asynchronous discussions → Forum" in text and "Also accepted: blue" in text
    assert "[html]" not in text and "[moodle]" not in text and "[plain]" not in text and "[markdown]" not in text


def test_a_short_answer_of_partial_credit_is_no_answer_and_its_weight_no_text() -> None:
    """formats2 F2-3: '=%75%Nazereth =%25%Bethlehem' (Moodle's own GIFT examples) gave 'Also accepted: %75%Nazereth,
    %25%Bethlehem' and '{=%100%Asia}' the answer '%100%Asia'. The answers of the best credit are the answer (as a
    Moodle XML export is read, trial12 U72), with the feedback of the first that has one."""
    quiz = [
        "::Jesus' hometown::Jesus Christ was from {",
        "   =Nazareth#Yes! That's right!",
        "   =%75%Nazereth#Right, but misspelled.",
        "   =%25%Bethlehem#He was born here, but not raised here.",
        "}",
        "",
        "{=%100%Asia =%100%asia} is the largest continent.",
    ]
    text = convert_gift(quiz, "sources/q.gift").text
    assert "### Q: Jesus Christ was from\n\nNazareth\n\n###" in text  # (a verdict alone under the answer is no feedback: sitting 46, T46-11)
    assert "Nazereth" not in text and "Bethlehem" not in text and "%" not in text
    assert "\n\nAsia\n\nAlso accepted: asia" in text


def test_a_numerical_question_of_several_answers() -> None:
    """formats2 F2-4: '{# =%0%5:0#Incorrect… =%100%9:0#Correct… }' (Moodle's export of a numerical question with
    feedback) gave the answer '=%0%5 (± 0# Incorrect. …': GIFT as it was written. Each '=' answer is read with its
    credit, tolerance and feedback; the best-credit ones are the answer; a '~' answer is a wrong one."""
    quiz = [
        "::GRASP::[html]<p>How many GRASP principles are there?</p>{#",
        "    =%0%5:0#<p>Incorrect. The book presents five at first; there are nine.</p>",
        "    =%100%9:0#<p>Correct. There are nine.</p>",
        "}",
        "",
        "When was Ulysses S. Grant born? {#",
        "    =1822:0",
        "    =%50%1822:2}",
        "",
        "::Q5:: What is a number from 1 to 5? {#",
        "=3:2",
        "~#Completely wrong}",
    ]
    text = convert_gift(quiz, "sources/q.gift").text
    assert "### How many GRASP principles are there?\n\n9\n\nThere are nine.\n" in text  # (its verdict off: sitting 46, T46-11)
    assert "### When was Ulysses S. Grant born?\n\n1822\n" in text
    assert "### What is a number from 1 to 5?\n\n3 (± 2)\n" in text
    assert "=" not in text and "%" not in text and "Incorrect" not in text


def test_a_gift_quiz_of_essays_only_says_so(tmp_path: Path) -> None:
    """formats2 F2-6: a GIFT file whose questions are all essays ('Essay?{}', Moodle's own tests) or that holds only a
    '$CATEGORY:' line gave 'cannot tell this document's layout' and a [[source]] table to paste. It is a GIFT quiz
    with nothing to learn: one warning saying so (an error when deck.toml names the file), the rest built."""
    content = deck_of(tmp_path, {"essays.gift": "// [id:123]\nEssay?{}\n\n::E2:: Describe a cell. {}\n", "category.gift": "$CATEGORY: $course$/top/Default\n", "quiz.gift": QUIZ})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and len(result.compiled.items) == 7
    said = [d.text() for d in result.compiled.diagnostics.items]
    assert any("essays.gift:2" in s and "a GIFT quiz with no card in it: its 2 questions ask for no answer" in s for s in said), said
    assert any("category.gift" in s and "a GIFT quiz with no card in it: it holds no question" in s for s in said), said
    assert not any("cannot tell this document's layout" in s for s in said)


def test_a_gift_matching_distractor_is_no_pair() -> None:
    """formats2 F2-18 (low): '= -> Chat' in a GIFT matching question (an answer no prompt matches; Moodle's own
    giftformat tests) was printed as a pair with no prompt, '- → Chat'. It is named as offered, not a pair."""
    quiz = ["::Moodle activities::Match the activity to the description.{", "=Asynchronous discussions -> Forum", "=A wiki page anyone can edit -> Wiki", "= -> Chat", "}"]
    text = convert_gift(quiz, "sources/m.gift").text
    assert "- Asynchronous discussions → Forum" in text and "- → Chat" not in text and "Also offered: Chat" in text
