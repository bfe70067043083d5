"""Twelfth sitting, readers2: layout detection, numbered and pattern layouts, answer keys."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import deck_of

from compiler.build import build

NESTED_TEST = """# Unit 3 Test

## Multiple Choice

1. Organelles found in plant cells include (Select all correct choices).

    1. **Chloroplast**
    2. Centriole
    3. **Cell wall**
    4. Flagellum

2. The powerhouse of the cell is the

    1. Nucleus
    2. **Mitochondrion**
    3. Ribosome
    4. Vacuole

3. Consider the table of solutions below.

    | Solution | pH |
    |----------|----|
    | A        | 3  |
    | B        | 9  |

    Which solution is basic?

    1. A
    2. **B**

4. Osmosis moves water across a membrane toward

    1. **Higher solute concentration**
    2. Lower solute concentration

    For the next two questions, match each description to the type of transport:

    - Active transport
    - Passive transport

5. Moving ions against their gradient using ATP. **Active transport**
6. Oxygen diffusing into a cell. **Passive transport**
"""


def test_a_test_of_nested_numbered_options_is_a_numbered_quiz(tmp_path: Path) -> None:
    """learner5 L57 (severe): a biology test, '## Multiple Choice' over numbered stems that end in '.' or ':' ('…
    (Select all correct choices).'), each over a nested numbered list of options with the right ones in bold, was
    detected 'markdown' (a '?' paragraph inside an item counted as a plain question) and read as ONE card holding the
    whole test. Now: numbered, an item each; a '?' paragraph under a table is on the front with the options; a matching
    block's 'For the next two questions …' list is on the front of the next two, each answered by the bold words after
    its sentence."""
    compiled = build(deck_of(tmp_path, {"quiz.md": NESTED_TEST}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert len(items) == 6
    assert items[1].kind == "multiple_choice" and items[1].correct == "B"
    assert items[2].kind == "multiple_choice" and items[2].correct == "B"
    assert items[2].question == "Consider the table of solutions below."
    assert "Which solution is basic?" in " ".join(b.text for b in items[2].stimulus)
    assert [i.answer_plain() for i in items[4:]] == ["Active transport", "Passive transport"]
    assert items[4].question == "Moving ions against their gradient using ATP."
    assert all("For the next two questions" in " ".join(b.text for b in i.stimulus) for i in items[4:])
    assert all("For the next two" not in b.text for b in items[3].answer)


ZA_PAPER = """# Life Sciences Grade 10 - Term Test

QUESTION 1

1.1 Name the gas plants take in for photosynthesis. (1)

1.2 Define the term diffusion. (2)

1.3 State TWO functions of the cell wall. (2)

QUESTION 2

2.1 What is the function of the nucleus? (1)

2.2 Name the process by which cells divide. (1)

# Memorandum

1.1 Carbon dioxide ✓ (1)

1.2 The movement of particles ✓ from a high to a low concentration ✓ (2)

1.3 Gives the cell shape ✓; protects the cell ✓ (2)

2.1 Controls the cell's activities ✓ (1)

2.2 Mitosis ✓ (1)
"""


def test_a_papers_question_labels_and_marks_are_no_answers(tmp_path: Path) -> None:
    """trial12 U98 (severe): a paper numbered '1.1 … (1)' under 'QUESTION 1' / 'QUESTION 2' lines, its key under
    '# Answers': the guessed pattern taught 'QUESTION 2' as the answer to 1.3 and '1' (the marks after the '?') as the
    answer to 2.1, both WRONG; under '# Memorandum' the page was two heading cards. A line that is only a question's
    label and number is the part the items under it are in; marks '(2)' closing most items, and the memorandum's ticks
    and marks, are no text of a card; 'Memorandum' (and 'Mark scheme', 'Model answers') heads a key."""
    compiled = build(deck_of(tmp_path, {"paper.md": ZA_PAPER}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = [(i.question, i.answer_plain()) for i in compiled.items]
    assert got == [
        ("Name the gas plants take in for photosynthesis.", "Carbon dioxide"),
        ("Define the term diffusion.", "The movement of particles from a high to a low concentration"),
        ("State TWO functions of the cell wall.", "Gives the cell shape; protects the cell"),
        ("What is the function of the nucleus?", "Controls the cell's activities"),
        ("Name the process by which cells divide.", "Mitosis"),
    ]
    assert [i.section for i in compiled.items][2:4] == [["QUESTION 1"], ["QUESTION 2"]]


PARTS_PAGE = """# Chapter 5 Problems

## Question 1
In Figure 5.1 two economies settle on different paths. List reasons their output per worker differs.

![Figure 5.1](figures/fig1.png)

**Answer**: Their saving rates and their productivity differ.

## Question 2
Imagine every firm's position relative to its target is drawn at random each year.

### Part A
{: .no_toc }
If a firm lands far above its target this year, is it more likely to be lower or higher next year?

**Answer**: Lower. Most values lie below it.

### Part B
{: .no_toc }
If a firm lands far below its target this year, is it more likely to be lower or higher next year?

**Answer**: Higher. The logic is the opposite of Part A.
"""


def test_parts_under_a_pattern_item_are_cards_of_their_own(tmp_path: Path) -> None:
    """trial12 U70 (severe): with the pattern deckc suggested ('## Question N'), a question whose parts ('### Part A'
    … each with its '**Answer**:') was one card asking Part A and showing Part B's answer ('Higher' for 'Lower'), the
    '{: .no_toc }' on its front; Question 1's figure and its 'Answer:' label were on the back. Now each part is a card
    under its question's text, the label and kramdown's attributes go, and a figure between the question and its
    answer label is on the front."""
    table = (
        '[[source]]\nid = "p"\nfile = "sources/p.md"\ntitle = "P"\nlayout = "pattern"\n[source.pattern]\n'
        "item = '^\\s*##\\s+Question\\s*(?P<number>\\d+)\\s*(?P<question>.*)$'\nquestion_end = \"auto\"\n"
    )
    compiled = build(deck_of(tmp_path, {"p.md": PARTS_PAGE}, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [i.answer_plain() for i in items] == [
        "Their saving rates and their productivity differ.",
        "Lower. Most values lie below it.",
        "Higher. The logic is the opposite of Part A.",
    ]
    assert items[0].question.startswith("In Figure 5.1") and any("Figure 5.1" in b.text for b in items[0].stimulus)
    assert items[1].question.startswith("If a firm lands far above") and "no_toc" not in items[1].question
    assert all("drawn at random" in " ".join(b.text for b in i.stimulus) for i in items[1:])
    assert items[2].section == ["Question 2", "Part B"]


PDF_TEST = """CHEM-2 Practice Quiz

Part A: Multiple Choice (3 questions)
Choose the best answer.

1. Which of the following particles carries no electric charge and sits in the
nucleus?
A) The electron, found in shells B) The proton C) The neutral
neutron D) The positron
2. Salt dissolves in water and the ions spread evenly through the glass. This is an
example of:
A) Sublimation B) Diffusion C) Condensation D) Fusion
3. A reaction that releases heat to its surroundings is described as:
A) Endothermic B) Exothermic, as heat flows out to the
surroundings C) Isothermal D) Adiabatic

Part B: Short Answer (1 question)
Answer in two sentences.
4. Name the three states of matter and give one property of
each.

Answer Key
1. C 2. B 3. B
"""


def test_a_pdfs_wrapped_questions_and_options_are_joined(tmp_path: Path) -> None:
    """learner4 N72 (severe): a practice test as pdftotext gives it, question lines and inline options wrapped at the
    page width: the front was cut mid-sentence ('This is an' / 'example of:' and the options on the back), a '?'
    added, the right option cut to 'C) Cellular' (its wrapped 'organization' lost: a wrong answer text), the key
    used for Q1 only, and 'Part C: …' glued to Q4. A plain-text line at the item's indent that goes on with its
    unfinished sentence (starting in lower case) is the question's; a line of options run together takes the lines
    it wraps onto; a 'Part B: …' label line over its instructions is a section."""
    compiled = build(deck_of(tmp_path, {"quiz.txt": PDF_TEST}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert items[0].question.endswith("sits in the nucleus?")
    assert items[1].question.endswith("This is an example of:")
    assert [i.correct for i in items[:3]] == ["C", "B", "B"]
    assert [c.text for c in items[0].choices][2:] == ["The neutral neutron", "The positron"]
    assert items[2].choices[1].text == "Exothermic, as heat flows out to the surroundings"
    assert not any("Part B" in b.text for b in items[2].answer)
    skipped = [str(s) for s in compiled.deck.skipped]
    assert any("Name the three states of matter and give one property of each." in s and "Part B: Short Answer" in s for s in skipped)


def test_a_quiz_starting_at_its_first_question_is_no_grill_page(tmp_path: Path) -> None:
    """trial12 U100 (high): a quiz that starts directly at '1. Which …?' over 'A. …' options, keyed by one line
    'Answers: 1. B 2. A 3. C', was read as the 'grill' layout (its 'A. Nucleus' options taken for 'A. Name' headings):
    the key ignored, 0 cards; with a title line first it was 3 right multiple-choice notes. Numbered questions with
    lettered options make the numbered layout's quiz, whatever the first line."""
    quiz = (
        "1. Which planet is largest?\nA. Mars\nB. Jupiter\nC. Venus\n\n2. Which metal is liquid at room temperature?\n"
        "A. Mercury\nB. Iron\nC. Gold\n\n3. Which gas do plants give off?\nA. Nitrogen\nB. Helium\nC. Oxygen\n\n"
        "Answers: 1. B 2. A 3. C\n"
    )
    compiled = build(deck_of(tmp_path, {"quiz.md": quiz}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.kind, i.correct) for i in compiled.items] == [("multiple_choice", "B"), ("multiple_choice", "A"), ("multiple_choice", "C")]


def test_two_label_pairs_of_any_mark_are_read(tmp_path: Path) -> None:
    """trial12 U95 (high): a first file of two labelled pairs, 'Q - …' / 'A - …' (or 'Q) …' / 'A) …', 'Q. …' / 'A. …'),
    was 'cannot tell this document's layout' (four pairs were read, the 'Q - ' / 'A - ' labels left on the cards).
    Questions labelled with a mark other than ':' each answered on the next line by the same mark are read, from two
    pairs, their labels removed; lettered options under a question ('A) …' / 'B) …') are no such pair."""
    files = {
        "dash.txt": "Q - What is a compiler?\nA - A program that translates source code.\n\nQ - What is a linker?\nA - It joins object files.\n",
        "paren.txt": "Q) What is RAM?\nA) Memory that loses its contents without power.\n\nQ) What is ROM?\nA) Memory that keeps them.\n",
    }
    compiled = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = sorted((i.question, i.answer_plain()) for i in compiled.items)
    assert got == [
        ("What is RAM?", "Memory that loses its contents without power."),
        ("What is ROM?", "Memory that keeps them."),
        ("What is a compiler?", "A program that translates source code."),
        ("What is a linker?", "It joins object files."),
    ]


def test_plain_text_pairs_with_a_task_or_a_term_are_each_a_card(tmp_path: Path) -> None:
    """trial12 U94 (high): a .txt of questions each over its answer, split by blank lines, glued 'Define deadlock.' and
    its answer onto the back of the question before it (4 -> 3, no warning); the same lines with no blank line, and
    terms over their meanings, were 'cannot tell this document's layout'. Each paragraph's first line (a question, a
    task, a term) is a card's front, the rest its back; lines alternating a question and its answer likewise."""
    files = {
        "os.txt": "What is a kernel?\nThe core of an operating system.\n\nWhy use caches?\nThey are faster than memory,\n"
        "so reads are quick.\n\nDefine starvation.\nA process waits forever for a resource.\n",
        "alt.txt": "What is a socket?\nAn endpoint for communication.\nExplain DNS.\nIt maps names to addresses.\n",
        "terms.txt": "Enzyme\nA protein that speeds up a reaction.\n\nSubstrate\nWhat an enzyme acts on.\n\nCatalyst\nA thing that speeds a reaction.\n",
    }
    compiled = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert got["Define starvation."] == "A process waits forever for a resource."
    assert got["Why use caches?"] == "They are faster than memory, so reads are quick."
    assert got["Explain DNS."] == "It maps names to addresses."
    assert got["Substrate"] == "What an enzyme acts on."
    assert len(compiled.items) == 8


def test_options_set_once_before_the_questions_answer_each(tmp_path: Path) -> None:
    """trial12 U102 (high): an assertion–reason paper, the four options given once under 'Directions', then
    '1. Assertion (A): …' / 'Reason (R): …' / 'Answer: (a)': as .txt 'cannot tell this document's layout', as .md one
    card holding the page. Options set once before the numbered items, each item answered by one of their letters,
    make each item multiple choice with those options; the lines above its answer line are its question."""
    paper = (
        "Physics - Assertion and Reason\n\nDirections: Choose the correct option for each pair:\n"
        "(a) Both A and R are true and R explains A.\n(b) Both A and R are true but R does not explain A.\n"
        "(c) A is true but R is false.\n(d) A is false but R is true.\n\n"
        "1. Assertion (A): A moving car has kinetic energy.\nReason (R): Kinetic energy depends on speed.\nAnswer: (a)\n\n"
        "2. Assertion (A): Sound travels in a vacuum.\nReason (R): Sound needs a medium.\nAnswer: (d)\n"
    )
    compiled = build(deck_of(tmp_path, {"ar.txt": paper}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [(i.kind, i.correct) for i in items] == [("multiple_choice", "A"), ("multiple_choice", "D")]
    assert items[1].question == "Assertion (A): Sound travels in a vacuum. Reason (R): Sound needs a medium."
    assert items[1].choices[3].text == "A is false but R is true."


def test_a_vocabulary_notebook_among_prose_bullets_is_read_by_its_pairs(tmp_path: Path) -> None:
    """trial11 P17 (high): German notes, 371 '- noch einmal : again' bullets mixed with prose bullets and tables under
    two headings, were two heading cards, one of 58,410 characters. Many bullets split once by a spaced separator
    (a term and its meaning), outnumbering the page's questions, make the delimited layout with that separator: a
    card each; the other lines are said."""
    words = [("Haus", "house"), ("Baum", "tree"), ("Hund", "dog"), ("Katze", "cat"), ("Tisch", "table"), ("Stuhl", "chair"),
             ("Buch", "book"), ("Stadt", "town"), ("Fluss", "river"), ("Berg", "mountain"), ("Zug", "train"), ("Auto", "car"),
             ("Brot", "bread"), ("Milch", "milk"), ("Wasser", "water"), ("Apfel", "apple"), ("Schule", "school"),
             ("Freund", "friend"), ("Zeit", "time"), ("Jahr", "year"), ("Tag", "day"), ("Nacht", "night")]
    lines = ["### Learning German", "", "- In formal situations people greet each other with a handshake."]
    lines += [f"- {de} : {en}" for de, en in words[:11]]
    lines += ["- Nouns are always written with a capital letter.", "", "| Gender | article |", "| --- | --- |", "| masculine | der |", ""]
    lines += [f"- {de} : {en}" for de, en in words[11:]]
    compiled = build(deck_of(tmp_path, {"notes.md": "\n".join(lines) + "\n"}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    answered = {i.question: i.answer_plain() for i in compiled.items if not i.skip}
    assert len(answered) == len(words) and answered["Fluss"] == "river" and answered["Nacht"] == "night"


def test_a_header_naming_its_column_with_more_words_is_known(tmp_path: Path) -> None:
    """learner5 L45 (high): vocabulary tables headed '| Original | Kana | Romaji | English Meaning |' were one card
    per heading (the whole table its back): header names were matched whole. A short header naming a known column by
    one of its words ('English Meaning', 'Meaning (EN)') names that column."""
    page = (
        "# Vocabulary\n\n## Nouns\n\n| Original | Kana | English Meaning |\n|---|---|---|\n| 犬 | いぬ | Dog |\n| 猫 | ねこ | Cat |\n\n"
        "## Verbs\n\n| Original | Kana | Meaning (EN) |\n|---|---|---|\n| 食べる | たべる | To eat |\n| 飲む | のむ | To drink |\n"
    )
    compiled = build(deck_of(tmp_path, {"vocab.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain().split("\n")[0] for i in compiled.items}
    assert len(got) == 4 and got["犬"].startswith("Dog") and got["飲む"].startswith("To drink")


def test_sub_questions_are_items_and_a_question_list_answers_nothing(tmp_path: Path) -> None:
    """trial11 P62 (high): '2.1) Where …?' with its own answer under '2) …' was glued into 2's back, and the last
    question's back was the 'Extra questions:' list after it. A sub-question numbered '2.1)' is an item of its own
    (2 -> 2.1 -> 3 follow), and a lead-in over a list of questions is no answer either."""
    page = (
        "1) What does git clone do?\n\nIt copies a repository.\n\n2) What is a branch?\n\nA line of development.\n\n"
        "2.1) How do you make one?\n\nWith git branch NAME.\n\n3) What is a merge?\n\nIt joins two branches.\n\n"
        "4) Should you commit often?\n\nExtra questions:\n1) What is a rebase?\n2) What is a tag?\n"
    )
    compiled = build(deck_of(tmp_path, {"git.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: (i.answer_plain(), i.skip) for i in compiled.items}
    assert got["What is a branch?"] == ("A line of development.", "")
    assert got["How do you make one?"] == ("With git branch NAME.", "")
    assert got["What is a merge?"] == ("It joins two branches.", "")
    assert "Should you commit often?" not in got  # set aside: its 'answer' is a list of other questions
    assert any("Should you commit often?" in str(s) for s in compiled.deck.skipped)


def test_bold_bullet_questions_answered_below_make_a_question_page(tmp_path: Path) -> None:
    """trial12 U50 (severe; routed by readers): '- **What is ITIL?**' with its answer on the lines below was no
    question line (the bold question had to have text after it on its line), so the page was detected as a note
    (ITIL's 265 questions -> 1 note). A bullet that is only a bold question counts as one."""
    from compiler.sources.base import Document
    from compiler.sources.detect import question_line

    assert question_line("- **What is ITIL?**") and question_line("- **What is ITIL?** A framework.")
    assert not question_line("- **Note:** read this")
    assert Document  # (the page reading is the Markdown reader's, readers' part)


def test_verdicts_in_other_brackets_and_marks_answer_statements(tmp_path: Path) -> None:
    """trial12 U103 (high; routed by formats): true/false statements answered '（√）' / '（×）' (a Chinese paper), '(✓)' /
    '(✗)' or '[T]' / '[F]' were one heading card, or 'none of its questions has an answer' with the marks taken for
    difficulty markers. Those brackets and marks are a statement's verdict, never a level."""
    files = {
        "pd.md": "# 判断题\n\n1. TCP 是面向连接的协议。（√）\n2. UDP 提供可靠传输。（×）\n3. HTTP 默认端口是 80。（√）\n",
        "tf.md": "# True or false\n\n1. TCP is connection-oriented. (✓)\n2. UDP is reliable. (✗)\n3. HTTP uses port 80. [T]\n4. DNS maps names to MACs. [F]\n",
    }
    compiled = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = sorted((i.question.replace("判断：", ": ").split(": ", 1)[1], i.answer_plain()) for i in compiled.items)
    assert ("UDP 提供可靠传输。", "错") in got and ("TCP is connection-oriented.", "True") in got  # (T16-48 rest: 判断/对/错)
    assert ("DNS maps names to MACs.", "False") in got and len(got) == 7
    assert all(i.label is None for i in compiled.items)


def test_open_edx_simple_editor_problems_are_read(tmp_path: Path) -> None:
    """trial11 P89 (high): Open edX's simple editor markup ('>>question<<', '( )' / '(x)' or '[ ]' / '[x]' options,
    '[explanation]' … '[explanation]') was 'cannot tell this document's layout', no note."""
    problems = (
        ">>Which gas do plants take in?<<\n\n( ) Oxygen\n(x) Carbon dioxide\n( ) Helium\n\n[explanation]\nThey use it in photosynthesis.\n"
        "[explanation]\n\n>>Which are primary colours of light?<<\n\n[x] Red\n[ ] Yellow\n[x] Blue\n\n[explanation]\nRed, green and blue.\n[explanation]\n"
    )
    compiled = build(deck_of(tmp_path, {"edx.txt": problems}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = [(i.question, i.correct, i.answer_plain()) for i in compiled.items]
    assert got[0][:2] == ("Which gas do plants take in?", "B") and "photosynthesis" in got[0][2]
    assert got[1][:2] == ("Which are primary colours of light?", "A,C") and "[explanation]" not in got[1][2]


def test_a_converted_page_of_labelled_questions_is_read(tmp_path: Path) -> None:
    """learner5 L18 (high): a .tex whose own 'question' environment deckc converts to '### Question N' headings, each
    over the question and its answer, was 'cannot tell this document's layout', 0 notes, and the advice offered a
    pattern for '### Question N', text the file does not hold. A converted page is read by its headings as a
    Markdown page is."""
    tex = (
        "\\documentclass{article}\n\\newenvironment{question}{\\par\\bfseries}{\\par}\n\\begin{document}\n\\section{Basics}\n"
        "\\begin{question}\nWhat is a city plan?\n\\end{question}\nA plan for how land in a city is used.\n\n"
        "\\begin{question}\nWhy zone land?\n\\end{question}\nTo keep uses that clash apart.\n\\end{document}\n"
    )
    compiled = build(deck_of(tmp_path, {"plan.tex": tex}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert got.get("What is a city plan?") == "A plan for how land in a city is used."


def test_a_pages_quiz_headings_are_said_as_questions(tmp_path: Path) -> None:
    """lead G3 (low): a page read as multiple-choice questions under '### 1' headings was said to ask no question
    ('its 3 headings with text under them are read as cards'). Headings over a question and its options are said so."""
    from compiler.sources.base import Document
    from compiler.sources.detect import headed_page

    page = "# Quiz\n\n### 1\n\nWhich is a noble gas?\n\n- A. Neon\n- B. Oxygen\n\n**Respuesta:** A\n\n### 2\n\nWhich is a metal?\n\n- A. Iron\n- B. Sulfur\n\n**Respuesta:** A\n"
    found = headed_page(Document(rel="q.md", text=page))
    assert found is not None and "each head a question with its options" in found.why


def test_a_key_naming_another_questions_option_marks_nothing(tmp_path: Path) -> None:
    """trial11 P60 (high; a wrong answer taught): key entries that name the option by letter and text ('1. c) George
    Washington') with their numbers off (the questions swapped) marked 'C) Mesopotamians' right for the pyramids
    question, the key's text shown as its explanation, no warning. A key entry whose text after its letter is another
    option's (of this question or another) is said, with both lines, and makes no card."""
    from compiler.diagnostics import ContentError

    exam = (
        "# Mock Exam\n\n1.  Which civilization built the pyramids at Giza?\n    a) Greeks\n    b) Romans\n    c) Mesopotamians\n"
        "    d) Egyptians\n\n2.  Who was the first President of the United States?\n    a) Thomas Jefferson\n    b) John Adams\n"
        "    c) George Washington\n    d) Benjamin Franklin\n\n3.  What is the capital of France?\n    a) Paris\n    b) Rome\n\n"
        "# Answers\n\n1.  c) George Washington || **Explanation:** He was.\n2.  d) Egyptians || **Explanation:** They built them.\n"
        "3.  a) Paris\n"
    )
    compiled = build(deck_of(tmp_path, {"exam.md": exam}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.correct) for i in compiled.items if not i.skip] == [("What is the capital of France?", "A")]
    warnings = [w.message for w in compiled.diagnostics.warnings]
    assert any("key entry 1 names c) George Washington" in w and "Mesopotamians" in w for w in warnings)
    assert ContentError  # (a page of only such questions stops the build: 'no note', the warning says why)


def test_an_exercises_task_list_is_its_front_and_answer_code_its_back(tmp_path: Path) -> None:
    """trial12 U51 (high): with the pattern deckc suggested ('#### Exercise N'), an exercise's task bullets were one
    line '* create … * print …' on the front. A task list right under an item's heading is shown as a list under the
    exercise's name; a code block that opens with '# ANSWER' is never taken for what the question points at."""
    page = (
        "# Answers\n\n#### Exercise 1\n\n* make a list called `xs` of 1 to 3\n* print it\n\n```python\n# ANSWER\nxs = [1, 2, 3]\nprint(xs)\n```\n\n"
        "#### Exercise 2\n\n* copy the code to a new code block below and use a tuple\n* print its length\n\n```python\n# ANSWER\nt = (1, 2, 3)\nprint(len(t))\n```\n"
    )
    table = (
        '[[source]]\nid = "ex"\nfile = "sources/ex.md"\ntitle = "Ex"\nlayout = "pattern"\n[source.pattern]\n'
        "item = '^\\s*####\\s+Exercise\\s*(?P<number>\\d+)\\s*(?P<question>.*)$'\nquestion_end = \"auto\"\n"
    )
    compiled = build(deck_of(tmp_path, {"ex.md": page}, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [i.question for i in items] == ["Exercise 1", "Exercise 2"]
    assert "print it" in " ".join(b.text for b in items[0].stimulus) and "*" not in items[0].question
    assert "# ANSWER" in items[1].answer_plain() or "ANSWER" in " ".join(b.text for b in items[1].answer)


def test_a_key_entry_naming_its_option_with_other_signs_or_marks_is_that_option(tmp_path: Path) -> None:
    """trial11 P60 follow-up: the check that a key entry's text is its letter's option compared words without signs
    or maths marks, so '3. E - (4, 7).' for a question whose A) is '$(-4, -7)$' and E) '$(4, 7)$' was taken for
    option A, and the question lost. Texts are compared with their signs, maths marks aside."""
    exam = (
        "1. The reflection of $(-4, 7)$ in the $y$ axis is ….\n\nA. $(-4, -7)$\nB. $(4, -7)$\nC. $(4, 7)$\n\n"
        "2. The image of $(1, 1)$ moved by $(1, 0)$ is ….\n\nA. $(2, 1)$\nB. $(1, 2)$\n\n## Answer Key\n\n1. C - (4, 7).\n2. A - (2, 1).\n"
    )
    compiled = build(deck_of(tmp_path, {"quiz.md": exam}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.correct for i in compiled.items] == ["C", "A"]


def test_spaced_repetition_pages_with_custom_separators_are_their_cards(tmp_path: Path) -> None:
    """learner5 L17 (high; routed by readers): an Obsidian Spaced Repetition page whose cards use the plugin's custom
    separators ('Q;;A', 'Q;;;A', each over its '<!--SR:…-->' schedule) was detected as heading cards ('Reference',
    'Mentions': junk). Detection sees those lines as the reader does ('::' / ':::'), and one card the plugin has
    scheduled is enough to make the page its cards."""
    page = (
        "---\ntags: [flashcards/bio]\n---\n\n# Myosin\n\n> [!Definition] Definition\n> A motor protein.\n\n# Reference\n\n"
        "- [[Actin]]\n\n## Mentions\n\n- [[Lecture 3]]\n\n## Flashcards\n\nWhich protein walks along actin?;;Myosin.\n"
        "<!--SR:!2023-07-04,79,250-->\n"
    )
    compiled = build(deck_of(tmp_path, {"Myosin.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [("Which protein walks along actin?", "Myosin.")]


def test_an_answer_sheet_grid_keys_its_questions(tmp_path: Path) -> None:
    """trial12 U99 (high; routed by formats): an answer key laid out as a grid ('| 1 | 2 | 3 | 4 |' over '| B | A |
    Diffusion … | A, T, G, C |', or '| Q | 1 | 2 |' over '| A | C | B |') answered nothing: 'no note'. A table whose
    header row is question numbers keys them column by column."""
    exam = (
        "# Quiz\n\n1. Which planet is largest?\n   A. Mars\n   B. Jupiter\n\n2. Which gas do we breathe in?\n   A. Oxygen\n   B. Argon\n\n"
        "3. Define evaporation.\n\n## Answer Key\n\n| Q | 1 | 2 | 3 |\n|---|---|---|---|\n| A | B | A | Liquid turning into gas |\n"
    )
    compiled = build(deck_of(tmp_path, {"quiz.md": exam}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [i.correct for i in items[:2]] == ["B", "A"] and items[2].answer_plain() == "Liquid turning into gas"


def test_arabic_question_labels_with_the_article_are_labels(tmp_path: Path) -> None:
    """learner5 L60 (rest, medium; routed by formats): 'السؤال:' (the label with its article) and 'السؤال الأول:' (with an
    ordinal word) stayed on the front, and the heading above was glued on ('… development process? السؤال 2 (Medium)')."""
    from compiler.sources.lines import has_question_label, strip_question_label

    assert strip_question_label("السؤال: In the model, what is missing?") == "In the model, what is missing?"
    assert strip_question_label("السؤال الأول: ما هو نوع الإرجاع؟") == "ما هو نوع الإرجاع؟"
    assert not has_question_label("السؤال 1 (Easy)")
    page = (
        "### السؤال 1 (Easy)\n\n**السؤال:** Which model has no design phase?\n\nأ) Build and Fix\nب) Waterfall\n\n**الإجابة الصحيحة:** أ\n\n"
        "### السؤال 2 (Medium)\n\n**السؤال:** Which model delivers in increments?\n\nأ) Waterfall\nب) Incremental\n\n**الإجابة الصحيحة:** ب\n"
    )
    compiled = build(deck_of(tmp_path, {"se.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == ["Which model has no design phase?", "Which model delivers in increments?"]


def test_a_questions_own_task_sentence_is_no_answer(tmp_path: Path) -> None:
    """trial11 P62 (rest): '27) How many ways to solve conflicts were shown in the video?' over 'Напишите ЧИСЛО и
    укажите их способы.' (write the number and name them) taught the question's own task as its answer. A sentence
    that sets a task in the formal imperative ('Напишите …', 'Erklären Sie …', 'Explain why.') answers nothing."""
    page = (
        "1) Что такое коммит?\n\nСнимок изменений в репозитории.\n\n2) Сколько способов решения конфликтов было показано?\n\n"
        "Напишите ЧИСЛО и укажите их способы.\n\n3) Что такое ветка?\n\nОтдельная линия разработки.\n"
    )
    compiled = build(deck_of(tmp_path, {"git.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == ["Что такое коммит?", "Что такое ветка?"]


def test_a_level_line_between_an_exercise_and_its_answer_is_its_level(tmp_path: Path) -> None:
    """trial13 T13-14 (severe): Chinese exercises with a '【难度】 $\\star \\star$' line between the question and its
    '【答案】' were one heading card holding all four. A level line there ('【难度】 ★★', 'Difficulty: hard',
    '[Level] 2') is the exercise's level, also after its options, and the numbered items are read."""
    page = (
        "## 巩固训练\n\n1、计算: $1 + 1 =$ ___.\n\n【难度】 $\\star   \\star$\n\n【答案】 2\n\n【解析】因为 1 + 1 = 2.\n\n"
        "2、计算: $2 \\times 3 =$ ___.\n\n【难度】 $\\star   \\star   \\star$\n\n【答案】 6\n\n【解析】乘法.\n\n"
        "3、计算: $9 - 4 =$ ___.\n\n【难度】 $\\star$\n\n【答案】 5\n"
    )
    compiled = build(deck_of(tmp_path, {"zh.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [i.answer_plain().split("\n")[0] for i in items] == ["2", "6", "5"]
    assert [i.difficulty.value if i.difficulty else None for i in items] == ["medium", "hard", "easy"]


def test_a_key_numbered_once_for_parts_numbered_again_is_paired_in_order_or_not_at_all(tmp_path: Path) -> None:
    """trial12 U98 (rest: never pair when the numbering does not line up): questions numbered from 1 again in each part
    ('## Part B' / '1. What is the capital of France?') under one key numbered once ('1. 4' … '4. Madrid') were each
    answered by the key's entry of the same number: the capital of France was '4' (WRONG). As many entries as
    questions, numbered 1 to N, pair in order; otherwise the key is not used, and that is said at it."""
    exam = (
        "# Exam\n\n## Part A\n\n1. What is 2 + 2?\n\n2. What is 3 + 3?\n\n## Part B\n\n1. What is the capital of France?\n\n"
        "2. What is the capital of Spain?\n\n## Answers\n\n1. 4\n2. 6\n3. Paris\n4. Madrid\n"
    )
    compiled = build(deck_of(tmp_path, {"exam.md": exam}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert got["What is the capital of France?"] == "Paris" and got["What is 3 + 3?"] == "6"
    from compiler.diagnostics import ContentError

    short = exam.replace("4. Madrid\n", "")
    with pytest.raises(ContentError) as stopped:  # (no question has an answer left: no note, and the key's line says why)
        build(deck_of(tmp_path / "short", {"exam.md": short}), tmp_path / "short" / "build", formats=("json",), now=1_000)
    assert "numbers its 3 entries once" in str(stopped.value)


def test_an_end_key_of_labelled_entries_and_a_key_in_parts_answer_a_quiz(tmp_path: Path) -> None:
    """trial13 T13-17 (severe): '**1.** stem' over '- A. …' options, keyed at the end by '**1. Answer: C** - (7, 3).'
    entries: 'no note' (the entries' 'Answer:' label hid their letter); under '## D. Kunci Jawaban dan Pembahasan' a
    '| No | Kunci | No | Kunci |' table and '**1. Jawaban: C**' entries with their working gave 2 junk cards. A key
    entry's answer label goes before its letter is read; a lettered heading ('D. …') and 'Pembahasan' name a key; a
    table of several number/answer pairs a row is several entries; a key in parts answers each question when its
    parts agree, the working its explanation."""
    quiz = (
        "## Practice\n\n**1.** The image of $(4, 5)$ under the translation $(3, -2)$ is ….\n\n- A. $(1, 7)$\n- B. $(7, 7)$\n"
        "- C. $(7, 3)$\n\n**2.** The reflection of $(-4, 7)$ in the $y$ axis is ….\n\n- A. $(-4, -7)$\n- B. $(4, 7)$\n- C. $(4, -7)$\n\n"
    )
    plain = quiz + "---\n\n## Answer Key\n\n**1. Answer: C** - (7, 3).\n\n**2. Answer: B** - (4, 7).\n"
    parts = quiz + (
        "---\n\n## D. Kunci Jawaban dan Pembahasan\n\n### Kunci Ringkas\n\n| No | Kunci | No | Kunci |\n|:--:|:--:|:--:|:--:|\n"
        "| 1 | C | 2 | B |\n\n### Pembahasan\n\n**1. Jawaban: C**  \n$(4 + 3, 5 - 2) = (7, 3)$.\n\n**2. Jawaban: B**  \n$(x, y) \\to (-x, y)$.\n"
    )
    for name, page in (("plain.md", plain), ("parts.md", parts)):
        compiled = build(deck_of(tmp_path / name, {name: page}), tmp_path / name / "build", formats=("json",), now=1_000).compiled
        assert compiled is not None
        assert [i.correct for i in compiled.items] == ["C", "B"], name
    assert "(7, 3)" in " ".join(b.text for b in compiled.items[0].answer)


def test_a_heading_over_a_qualified_answer_heading_asks(tmp_path: Path) -> None:
    """trial12 U109 (severe; routed by readers): one-question pages ('# Explain Linux process states' / the question
    paragraph / '## Answer guide') were detected 'note' or headings mode, 'Answer guide', 'Suggested answer', 'Model
    answer', 'Explanation' becoming fronts. A heading whose next, deeper heading is such a qualified answer label asks
    (the Markdown reader reads it: readers' part); 'Answer key' stays a key."""
    from compiler.sources.lines import labelled_headings

    page = ["# Recover disk space", "", "Why can a disk stay full after deleting a log?", "", "## Answer guide", "", "- A process holds it open."]
    assert labelled_headings(page) == {0}
    assert labelled_headings(["# Diagnose", "", "text", "", "## Suggested answer", "", "a"]) == {0}
    assert labelled_headings(["# Quiz", "", "1. Q?", "", "## Answer key", "", "1. B"]) == set()


def test_a_one_line_card_may_hold_code_or_a_link(tmp_path: Path) -> None:
    """trial13 T13-5 (high): 'front::back' cards holding inline code or a link anywhere ('What does `git stash`
    do?::Shelves …', 'What does a [Context Diagram](https://…) show?::…') were no cards (any '`' or '://' refused the
    line). A '::' inside a code span or a link's address is no separator; the others split the line as written."""
    from compiler.sources.lines import inline_card

    m = inline_card("What does a [Context Diagram](https://example.org/cd) show?::The system and its entities")
    assert m is not None and m.group("q") == "What does a [Context Diagram](https://example.org/cd) show?"
    m = inline_card("What does `git stash` do?::Shelves uncommitted changes")
    assert m is not None and m.group("a") == "Shelves uncommitted changes"
    assert inline_card("Use `std::vector` for arrays") is None and inline_card("See https://a.example/x::y") is None


def test_a_title_question_over_a_list_of_labelled_points_is_one_note(tmp_path: Path) -> None:
    """trial13 T13-8 (high): one question per file (its front matter 'title:' asks) over a body that is a list of bold
    labels ('1. **Наследование:**<br>…', '- **Inheritance:** …') was read as numbered or glossary cards: the title
    question lost, fronts the labels. Such a body is the answer's points: one note, the title its front."""
    files = {
        "bullets.md": '---\ntitle: "What is the difference between a list and a tuple?"\n---\n\n'
        "- **Mutability:** lists change, tuples do not.\n- **Syntax:** lists use brackets, tuples parentheses.\n",
        "numbered.md": '---\ntitle: "Чем отличается процесс от потока"\n---\n\n'
        "1. **Память:**<br>Процессы не делят память, потоки делят.\n2. **Создание:**<br>Поток создаётся быстрее.\n",
    }
    compiled = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = sorted(i.question for i in compiled.items)
    assert got == ["What is the difference between a list and a tuple?", "Чем отличается процесс от потока"]


def test_an_instruction_after_the_question_mark_stays_on_the_front(tmp_path: Path) -> None:
    """learner5 L57 rest (routed by formats): '5. Which statements about PCR are false? Select all that apply.' over
    nested numbered options was cut at its '?', 'Select all that apply.' made the answer's first line and the options
    were not read. How to answer, after the '?', is the question's."""
    page = (
        "## Multiple Choice\n\n1. Which of these numbers are prime? Select all that apply.\n\n    1. **2**\n    2. 4\n    3. **5**\n\n"
        "2. Which planet is largest?\n\n    1. Mars\n    2. **Jupiter**\n"
    )
    compiled = build(deck_of(tmp_path, {"quiz.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert compiled.items[0].question == "Which of these numbers are prime? Select all that apply."
    assert not compiled.items[0].answer_plain().startswith("Select all")


def test_statements_between_a_question_and_its_options_are_on_the_front(tmp_path: Path) -> None:
    """learner5 L58 (rest): '7. Correctly order the steps …' over statements 'I. …' … 'IV. …' and then numbered
    options ('1. IV, II, III, I' … '2. **II, III, I, IV**') was Basic, the statements and options on the back. Roman
    numeral statements between a question and its marked options are on the front; the options make it multiple
    choice."""
    page = (
        "## Multiple Choice\n\n1. Correctly order the steps of mitosis.\n\n    I. Anaphase<br>\n    II. Prophase<br>\n"
        "    III. Metaphase<br>\n\n    1. I, II, III\n    2. **II, III, I**\n    3. III, I, II\n\n"
        "2. Which are reactants of photosynthesis?\n\n    I. Water II. Oxygen III. Carbon dioxide\n\n    1. I and II\n    2. **I and III**\n"
    )
    compiled = build(deck_of(tmp_path, {"bio.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [(i.kind, i.correct) for i in items] == [("multiple_choice", "B"), ("multiple_choice", "B")]
    assert "Prophase" in " ".join(b.text for b in items[0].stimulus) and items[0].stimulus_after


def test_a_question_below_its_exhibit_over_unmarked_options_is_said_not_taught(tmp_path: Path) -> None:
    """learner5 L57 rest: '9. Consider the information below …' / a table / 'Which enzymes would cut it?' over
    numbered options none of which is marked was a Basic card whose back held the question and the options, no
    answer. Such options are the question's: said 'none marked correct' and set aside, or keyed by an answer key."""
    page = (
        "## Multiple Choice\n\n1. Consider the table of solutions below.\n\n    | Solution | pH |\n    |---|---|\n    | A | 3 |\n"
        "    | B | 9 |\n\n    Which solution is basic?\n\n    1. A\n    2. B\n\n2. The powerhouse of the cell is the\n\n"
        "    1. Nucleus\n    2. **Mitochondrion**\n\n3. Plants make sugar by\n\n    1. **Photosynthesis**\n    2. Respiration\n"
    )
    compiled = build(deck_of(tmp_path, {"quiz.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.kind, i.correct) for i in compiled.items if not i.skip] == [("multiple_choice", "B"), ("multiple_choice", "A")]
    assert any("none marked correct" in w.message for w in compiled.diagnostics.warnings)
