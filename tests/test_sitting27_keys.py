"""Twenty-seventh sitting, answer keys: an exam paper and its mark scheme in two files, answer lines the readers did not
know, statements over options keyed by a key. Fixtures written here in the shapes the findings showed (no third-party
text)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

from compiler.sources.mark_schemes import scheme_key, unboxed_numbers

# --- T26-39: an exam paper with boxed numbers, and its mark scheme as a table in a file of its own -------------------

_PAPER = """GCSE Biology – Paper 1 (Practice)

0 1 . 1   Name the organelle where aerobic respiration takes place.   [1 mark]

0 1 . 2   Give two differences between plant and animal cells.   [2 marks]

0 2 . 1   What is the function of the red blood cells?   [1 mark]
"""

_SCHEME = """GCSE Biology – Paper 1 (Practice) – Mark scheme

Question | Answers | Mark | Extra information
01.1 | mitochondria / mitochondrion | 1 | allow mitochondrion
01.2 | plant cells have a cell wall; plant cells have chloroplasts | 2 | any two for 1 mark each
02.1 | carry oxygen (around the body) | 1 | ignore carry blood
"""

_FRONTS = [
    "Name the organelle where aerobic respiration takes place.",
    "Give two differences between plant and animal cells.",
    "What is the function of the red blood cells?",
]


def test_a_paper_and_its_mark_scheme_in_two_files_give_a_card_per_question(tmp_path: Path) -> None:
    """T26-39 (severe): a paper numbered in printed boxes ('0 1 . 1 … [1 mark]') and its mark scheme as a table
    ('Question | Answers | Mark | Extra information') in another file gave 0 cards ('cannot tell this document's layout'
    for both). Each question is a card now, answered from the scheme's row of its number: no number or marks on the front,
    the scheme's answer and its extra information on the back, never the marks column; the scheme is said to be read as
    the paper's key, with the key_file line to write."""
    notes, _, said = built_notes(tmp_path, {"paper.txt": _PAPER, "mark-scheme.txt": _SCHEME})
    assert [note_front(n) for n in notes] == _FRONTS
    assert [note_back(n) for n in notes] == [
        "mitochondria / mitochondrion Extra information: allow mitochondrion",
        "plant cells have a cell wall; plant cells have chloroplasts Extra information: any two for 1 mark each",
        "carry oxygen (around the body) Extra information: ignore carry blood",
    ]
    first = notes[0]["fields"]["Answer"]
    assert first == "<p>mitochondria / mitochondrion</p><p>Extra information: allow mitochondrion</p>", first
    assert any(
        "mark-scheme.txt" in s
        and "answer key of sources/paper.txt" in s
        and 'key_file = "sources/mark-scheme.txt"' in s
        for s in said
    ), said
    assert not [s for s in said if "cannot tell" in s or "no answer" in s], said


def test_a_mark_scheme_keys_a_multiple_choice_question_by_its_letter_whatever_the_files_are_called(
    tmp_path: Path,
) -> None:
    """T26-39: the exam board's own names ('…-QP-…' / '…-MS-…', nothing in common a name rule knows) and the scheme as
    a Markdown table or tab-separated (a Word or PDF table copied as text): paired by the numbers the scheme answers; a
    letter in the answer column marks that option; the marks and the AO columns are on no card."""
    paper = """# Chemistry Paper 1

0 1 . 1   Which particle has a negative charge?   [1 mark]

A. neutron
B. proton
C. electron
D. nucleus

0 1 . 2   What is the name of the process that separates ink into colours?   [1 mark]

0 2 . 1   Give the formula of water.   [1 mark]
"""
    tabbed = "Mark scheme\n\nQuestion\tAnswer\tMarks\tAO\n01.1\tC\t1\tAO1\n01.2\tchromatography\t1\tAO1\n02.1\tH2O\t1\tAO1\n"
    piped = "# Mark scheme\n\n| Question | Answer | Marks | AO |\n|---|---|---|---|\n" + "".join(
        f"| {n} | {a} | 1 | AO1 |\n" for n, a in (("01.1", "C"), ("01.2", "chromatography"), ("02.1", "H2O"))
    )
    for k, scheme in enumerate((tabbed, piped)):
        notes, _, said = built_notes(
            tmp_path / str(k), {"8461-1H-QP-JUN22.md": paper, "8461-1H-MS-JUN22.md": scheme}
        )
        assert [note_front(n) for n in notes] == [
            "Which particle has a negative charge?",
            "What is the name of the process that separates ink into colours?",
            "Give the formula of water.",
        ], said
        assert [note_back(n) for n in notes] == ["C) electron", "chromatography", "H2O"]
        assert not any("AO1" in str(n["fields"]) for n in notes)


def test_a_mark_scheme_named_as_key_file_joins_a_row_wrapped_onto_the_next(tmp_path: Path) -> None:
    """T26-39: a scheme named with key_file in deck.toml, a cell wrapped onto a row of its own (its question cell empty:
    a PDF's table copied as text), the marks column without a header: the wrapped text is the same answer's."""
    scheme = (
        "01.1 | mitochondria | 1\n"
        "01.2 | plant cells have a cell wall; | 2\n"
        "     | plant cells have chloroplasts |\n"
        "02.1 | carry oxygen | 1\n"
    )
    table = '[[source]]\nid = "paper"\nfile = "sources/paper.txt"\ntitle = "Paper 1"\nkey_file = "sources/answers-table.txt"\n'
    notes, _, said = built_notes(tmp_path, {"paper.txt": _PAPER, "answers-table.txt": scheme}, table)
    assert [note_front(n) for n in notes] == _FRONTS
    assert [note_back(n) for n in notes] == [
        "mitochondria",
        "plant cells have a cell wall; plant cells have chloroplasts",
        "carry oxygen",
    ]
    assert not [s for s in said if "no answer" in s], said


def test_a_numbered_table_that_names_no_answers_is_no_key_and_lone_digits_are_no_boxed_number(
    tmp_path: Path,
) -> None:
    """T26-39: the scheme's pairing is for a table whose header names its answers: a note that is a numbered table
    ('No. | Planet') beside a numbered quiz stays a note; a line of digits is a boxed number only on a page of them."""
    assert unboxed_numbers(["1 2 . 5   is the sum", "text"]) == ["1 2 . 5   is the sum", "text"]
    assert scheme_key(["Some notes", "", "The cell is the unit of life."]) is None
    planets = "No. | Planet | Moons\n1 | Mercury | 0\n2 | Venus | 0\n3 | Earth | 1\n"
    quiz = "1. Which planet is closest to the Sun?\nAnswer: Mercury\n\n2. Which planet has one moon?\nAnswer: Earth\n\n3. Which is hottest?\nAnswer: Venus\n"
    _, _, said = built_notes(tmp_path, {"planets.md": planets, "quiz.md": quiz})
    assert not [s for s in said if "answer key" in s], said


def test_an_answer_key_file_holding_a_key_table_keys_the_quiz_beside_it(tmp_path: Path) -> None:
    """T26-39: 'quiz-answers.md' holding '| Q | Answer | Explanation |' over '| 1 | B | … |' beside 'quiz.md' made each
    row a card of its own ('1' -> 'B') and the quiz's options its answers; each row keys its question now, a letter its
    option, with the explanation on the back, and a word answers an open question."""
    quiz = (
        "# Quiz\n\n1. What is the SI unit of force?\n   A. Joule\n   B. Newton\n\n2. How fast is light?\n   A. 3e8 m/s\n"
        "   B. 3e6 m/s\n\n3. What is the unit of charge?\n"
    )
    key = "# Answers\n\n| Q | Answer | Explanation |\n|---|---|---|\n| 1 | B | F = ma |\n| 2 | A | c |\n| 3 | coulomb | symbol C |\n"
    notes, _, _ = built_notes(tmp_path, {"quiz.md": quiz, "quiz-answers.md": key})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the SI unit of force?", "B) Newton"),
        ("How fast is light?", "A) 3e8 m/s"),
        ("What is the unit of charge?", "coulomb Explanation: symbol C"),
    ]
    assert notes[0]["fields"]["Explanation"] == "<p>F = ma</p>"


# --- T26 answer shapes: a tick before the letter, the option named by its place -------------------------------------


def _shaped(n: int, key: str) -> str:
    return f"{n}. Which colour is the sky on a clear day (question {n})?\na) red\nb) green\nc) blue\nd) yellow\n{key}\n\n"


def test_a_tick_before_the_letter_and_an_option_named_by_its_place_are_answer_lines(tmp_path: Path) -> None:
    """T26 answer shapes (answer-shapes.txt lines 66 and 87): '✔ C' and 'Correct: 3rd option' under a question's
    options were "none marked correct" (no card). Each marks its option now, as 'Answer: C' does: a tick alone before
    the letter, an ordinal in figures or words ('the second choice'), in a text file and in Markdown."""
    keys = ["✔ C", "✅ (b)", "Correct: 3rd option", "Answer: the second choice", "✓ d"]
    want = ["blue", "green", "blue", "green", "yellow"]
    text = "".join(_shaped(n, key) for n, key in enumerate(keys, 1))
    for name in ("shapes.txt", "shapes.md"):
        notes, _, said = built_notes(
            tmp_path / name,
            {name: text},
            "[[source]]\nid = 's'\nfile = 'sources/" + name + "'\nshuffle = false\n",
        )
        assert [note_back(n).split(") ", 1)[1] for n in notes] == want, said
        assert not [s for s in said if "none marked correct" in s], said


# --- roman-numbered statements over options keyed by an answer key ---------------------------------------------------

_STATEMENTS = """1. Which of the following statements are true?
I. Mitochondria release energy.
II. Ribosomes make lipids.
III. The nucleus holds DNA.
A. I only
B. I and III only
C. II and III only
D. I, II and III

2. What is the powerhouse of the cell?
A. Nucleus
B. Mitochondrion
C. Ribosome
D. Vacuole
"""


def test_statements_over_options_keyed_by_an_answer_key_are_a_multiple_choice_card(tmp_path: Path) -> None:
    """Sitting 27 (keys' list, 3): a question with roman-numbered statements ('I. …' / 'II. …') over options ('A. I only'
    …) keyed by an answer key ('Answers: 1. B') was a Basic card whose back was the statements and the options (only a
    marked option made it multiple choice). It is a multiple-choice card now: the statements on the front under the
    question, the key's option marked; without a key it is said, never a card teaching the option list."""
    for name, key in (("s.txt", "\nAnswers: 1. B 2. B\n"), ("s.md", "\n## Answers\n\n1. B\n2. B\n")):
        notes, _, said = built_notes(
            tmp_path / name,
            {name: _STATEMENTS + key},
            f"[[source]]\nid = 's'\nfile = 'sources/{name}'\nshuffle = false\n",
        )
        first = notes[0]
        assert note_front(first) == (
            "Which of the following statements are true? I. Mitochondria release energy. II. Ribosomes make lipids. "
            "III. The nucleus holds DNA."
        ), said
        assert note_back(first) == "B) I and III only"
        assert [note_back(n) for n in notes] == ["B) I and III only", "B) Mitochondrion"]
    notes, _, said = built_notes(
        tmp_path / "unkeyed",
        {
            "u.txt": _STATEMENTS.split("\n\n")[0]
            + "\n\n2. What is osmosis?\nWater moving across a membrane.\n"
        },
    )
    assert [note_front(n) for n in notes] == ["What is osmosis?"]
    assert [s for s in said if "none marked correct" in s], said


# --- options numbered '1)' … keyed by their number or a circled one ---------------------------------------------------


def test_options_numbered_with_a_bracket_keyed_by_a_circled_number_show_the_page_labels(
    tmp_path: Path,
) -> None:
    """Sitting 27 (keys' list, 4): options '1) Oxygen' … '4) Helium' keyed 'Answer: ③' were a Basic card (the key
    not read), keyed 'Answer: 2' a card showing 'A) B) C) D)' and 'B) Heart' while the page and its key say 2. The
    card shows the page's labels now, its right option the one the key's number names, in Markdown and in text."""
    questions = [
        (
            "Which gas do plants take in for photosynthesis?",
            ["Oxygen", "Nitrogen", "Carbon dioxide", "Helium"],
            "Answer: ③",
        ),
        ("Which organ pumps blood?", ["Lung", "Heart", "Liver", "Kidney"], "Answer: 2"),
        ("Which organ filters blood?", ["Lung", "Heart", "Liver", "Kidney"], "**Answer:** ④ Kidney"),
    ]
    md = "".join(
        f"## {q}\n\n" + "".join(f"{k}) {o}\n" for k, o in enumerate(opts, 1)) + f"\n{key}\n\n"
        for q, opts, key in questions
    )
    txt = "".join(
        f"Q{n}. {q}\n" + "".join(f"{k}) {o}\n" for k, o in enumerate(opts, 1)) + f"{key}\n\n"
        for n, (q, opts, key) in enumerate(questions, 1)
    )
    for name, text in (("n.md", md), ("n.txt", txt)):
        table = f"[[source]]\nid = 'n'\nfile = 'sources/{name}'\nshuffle = false\n"
        notes, _, said = built_notes(tmp_path / name, {name: text}, table)
        assert [note_front(n) for n in notes] == [q for q, _, _ in questions], said
        assert [note_back(n) for n in notes] == ["3) Carbon dioxide", "2) Heart", "4) Kidney"], said
        assert (
            plain_text(notes[0]["fields"]["Options"]) == "1) Oxygen 2) Nitrogen 3) Carbon dioxide 4) Helium"
        )


def test_a_numbered_list_with_no_key_under_it_stays_a_list(tmp_path: Path) -> None:
    """Sitting 27 (keys' list, 4): '1) …' lines are options only when a key naming one of them follows: steps of an
    answer stay its list."""
    text = "## How do you make tea?\n\n1) Boil the water\n2) Steep the leaves\n3) Pour\n"
    notes, _, _ = built_notes(tmp_path, {"tea.md": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("How do you make tea?", "Boil the water Steep the leaves Pour")
    ]


# --- T27-4: chapter review questions numbered from 1 in each chapter, the answers at the back by chapter --------------

_CHAPTERS = [
    (
        "CHAPTER 3 Network Security",
        [
            (
                "Which device filters traffic based on a rule set?",
                ["Hub", "Firewall", "Switch", "Repeater"],
                "B",
                "A firewall filters traffic.",
            ),
            (
                "What does a stateful firewall keep track of?",
                ["MAC addresses", "Open connections", "User passwords", "DNS records"],
                "B",
                "It keeps a table of connections.",
            ),
        ],
    ),
    (
        "CHAPTER 4 Cryptography",
        [
            (
                "Which of these is a symmetric cipher?",
                ["RSA", "ECC", "AES", "Diffie-Hellman"],
                "C",
                "AES is symmetric.",
            ),
            (
                "What key length does AES-256 use?",
                ["128 bits", "192 bits", "256 bits", "512 bits"],
                "C",
                "A 256-bit key.",
            ),
            ("Which cipher is asymmetric?", ["AES", "RSA", "DES", "RC4"], "B", "RSA uses a key pair."),
        ],
    ),
]


def _prep_book() -> str:
    out = []
    for title, questions in _CHAPTERS:
        out.append(f"{title}\n\nReview Questions\n")
        for n, (q, opts, _, _) in enumerate(questions, 1):
            out.append(f"{n}. {q}\n" + "".join(f"{'ABCD'[k]}. {o}\n" for k, o in enumerate(opts)))
    out.append("Answers to Review Questions\n")
    for title, questions in _CHAPTERS:
        out.append(
            f"Chapter {title.split()[1]}\n"
            + "".join(f"{n}. {key}. {why}\n" for n, (_, _, key, why) in enumerate(questions, 1))
        )
    return "\n".join(out)


def test_review_questions_numbered_from_1_in_each_chapter_are_keyed_by_their_chapters_block(
    tmp_path: Path,
) -> None:
    """T27-4 (severe): a prep book's 'Review Questions' after each chapter, numbered from 1 in each, and its answers at
    the back grouped 'Chapter 3' / 'Chapter 4' gave 0 cards and the advice 'choices = false' (which teaches the options
    as the answer). Each chapter's questions are keyed by its block of the key, in order: the right option and the
    explanation after the letter."""
    notes, _, said = built_notes(
        tmp_path,
        {"prep.txt": _prep_book()},
        "[[source]]\nid = 'p'\nfile = 'sources/prep.txt'\nshuffle = false\n",
    )
    want = [(q, f"{key}) {opts['ABCD'.index(key)]}", why) for _, qs in _CHAPTERS for q, opts, key, why in qs]
    assert [(note_front(n), note_back(n), plain_text(n["fields"]["Explanation"])) for n in notes] == want, (
        said
    )
    assert not [s for s in said if "choices = false" in s or "none marked correct" in s], said


def test_a_key_in_fewer_blocks_than_the_chapters_pairs_no_chapter_by_order(tmp_path: Path) -> None:
    """T27-4: the blocks pair with the chapters only when there are as many, each answering every number of its
    chapter: with chapter 4's block missing, chapter 4's questions never take chapter 3's answers."""
    text = _prep_book()
    notes, _, _ = built_notes(
        tmp_path,
        {"prep.txt": text[: text.index("Chapter 4\n")], "other.md": "## What is 2 + 2?\n\n4\n"},
        "[[source]]\nid = 'p'\nfile = 'sources/prep.txt'\nshuffle = false\n",
    )
    chapter4 = {q for q, _, _, _ in _CHAPTERS[1][1]}
    assert not [note_front(n) for n in notes if note_front(n) in chapter4]


# --- T27-16: an answer label followed by a dash ----------------------------------------------------------------------


def test_an_answer_label_followed_by_a_dash_is_no_answer_text(tmp_path: Path) -> None:
    """T27-16 (medium): 'उत्तर – …' (a Hindi guide book's question-and-answer page) and 'Answer – …' kept the label on
    every back, where 'उत्तर: …' lost it. A label then a dash between spaces (en, em or hyphen) is a label too, in text
    and in Markdown."""
    hindi = (
        "अध्याय 2 – भारत का भूगोल : प्रश्नोत्तर\n\nप्रश्न 1. भारत की सबसे लंबी नदी कौन-सी है?\nउत्तर – गंगा नदी।\n\n"
        "प्रश्न 2. थार मरुस्थल किस राज्य में स्थित है?\nउत्तर – राजस्थान में।\n\nप्रश्न 3. भारत की राजधानी क्या है?\nउत्तर – नई दिल्ली।\n"
    )
    english = (
        "Question 1. What is the longest river in India?\nAnswer – The Ganga.\n\n"
        "Question 2. Which is the highest peak in India?\nAnswer - Kangchenjunga.\n\n"
        "Question 3. In which state is the Thar desert?\nAnswer — Mostly in Rajasthan.\n"
    )
    markdown = "# Geography\n\n## What is the longest river in India?\n\nAnswer – The Ganga.\n\n## Which is the highest peak in India?\n\n**Answer** — Kangchenjunga.\n"
    cases = [
        ("hi.txt", hindi, ["गंगा नदी।", "राजस्थान में।", "नई दिल्ली।"]),
        ("en.txt", english, ["The Ganga.", "Kangchenjunga.", "Mostly in Rajasthan."]),
        ("en.md", markdown, ["The Ganga.", "Kangchenjunga."]),
    ]
    for name, text, backs in cases:
        notes, _, said = built_notes(tmp_path / name, {name: text})
        assert [note_back(n) for n in notes] == backs, said


# --- T27-43: lettered statements marked true or false by one answer line -------------------------------------------

_TF_GROUP = """Biology check-up

1. Mark each statement true (T) or false (F).
a) All bacteria are harmful.
b) Viruses contain DNA or RNA.
c) Fungi make their own food by photosynthesis.
Answer: {key}

2. Which of these are mammals?
a) Whale
b) Shark
c) Bat
Answer: a, c
"""


def test_statements_marked_true_or_false_by_one_answer_line_are_a_true_false_card_each(
    tmp_path: Path,
) -> None:
    """T27-43 (severe): 'Mark each statement true (T) or false (F).' over lettered statements and 'Answer: a) F  b) T
    c) F' was one multiple-choice card teaching the false statement a) as the right answer. Each statement is a
    true/false card now with its verdict; the instruction, which only asks for verdicts, is on no card; the select-all
    question beside it is read as before."""
    want = [
        ("True or false: All bacteria are harmful.", "False"),
        ("True or false: Viruses contain DNA or RNA.", "True"),
        ("True or false: Fungi make their own food by photosynthesis.", "False"),
        ("Which of these are mammals?", "A) Whale C) Bat"),
    ]
    for n, key in enumerate(("a) F  b) T  c) F", "a - False, b - True, c - False", "(a) F (b) T (c) F")):
        for name in ("tf.txt", "tf.md"):
            notes, _, said = built_notes(tmp_path / f"{n}{name}", {name: _TF_GROUP.format(key=key)})
            assert [(note_front(x), note_back(x)) for x in notes] == want, (key, name, said)


# --- T27-44: an ordering question keyed by the order of its steps ------------------------------------------------------

_ORDERING = """Class 10 Science – Practice questions

1. Arrange the following steps of digestion in the correct order:
a) Absorption in the small intestine
b) Chewing in the mouth
c) Churning in the stomach
d) Egestion
Answer: b, c, a, d

2. Which gas is released during photosynthesis?
a) Carbon dioxide
b) Oxygen
c) Nitrogen
d) Hydrogen
Answer: b

3. Which of these are mammals?
a) Whale
b) Shark
c) Bat
d) Dolphin
Answer: a, c, d
"""


def test_an_ordering_question_answers_with_the_order_of_its_steps(tmp_path: Path) -> None:
    """T27-44 (severe): 'Arrange the following steps … in the correct order:' over lettered steps, keyed 'Answer: b, c, a,
    d', was a multiple-choice card '(choose 4)' with every option right: the order, which is the answer, was lost. It is
    a card whose front lists the steps and whose back gives them in the key's order; a "choose all" question whose key
    names some of its options is one still."""
    for name, text in (
        ("order.txt", _ORDERING),
        (
            "order.md",
            _ORDERING.replace("\na) ", "\n- a) ")
            .replace("\nb) ", "\n- b) ")
            .replace("\nc) ", "\n- c) ")
            .replace("\nd) ", "\n- d) "),
        ),
    ):
        notes, _, said = built_notes(
            tmp_path / name, {name: text}, f"[[source]]\nid = 'o'\nfile = 'sources/{name}'\nshuffle = false\n"
        )
        first = notes[
            0
        ]  # (the steps' letters as the page writes them, or as the quiz's reading letters them: A) …)
        assert note_front(first).lower() == (
            "arrange the following steps of digestion in the correct order: a) absorption in the small intestine "
            "b) chewing in the mouth c) churning in the stomach d) egestion"
        ), said
        assert note_back(first).lower() == (
            "b) chewing in the mouth → c) churning in the stomach → a) absorption in the small intestine → d) egestion"
        )
        assert first["kind"] == "basic"
        assert [note_back(n) for n in notes[1:]] == ["B) Oxygen", "A) Whale C) Bat D) Dolphin"]


# --- T27-39: an answer in brackets after its question, with its label ----------------------------------------------


def test_an_answer_in_brackets_after_its_question_loses_its_label(tmp_path: Path) -> None:
    """T27-39 (medium): '1. What is the capital of Kenya? (Answer: Nairobi)' gave the back 'Answer: Nairobi'. The label
    in the brackets is no answer text, in any language deckc reads, after a question or a blank."""
    text = (
        "Revision questions\n\n1. What is the capital of Kenya? (Answer: Nairobi)\n2. The largest ocean is the ____. (Ans: Pacific)\n"
        "3. Who wrote Hamlet? (Antwort: Shakespeare)\n"
    )
    for name in ("paren.txt", "paren.md"):
        notes, _, said = built_notes(tmp_path / name, {name: text})
        assert [(note_front(n), note_back(n)) for n in notes] == [
            ("What is the capital of Kenya?", "Nairobi"),
            ("The largest ocean is the ____.", "Pacific"),
            ("Who wrote Hamlet?", "Shakespeare"),
        ], said


# --- T27-49: a multiple-choice cloze, a row of options per numbered gap ----------------------------------------------

_GAPPED = """Reading and Use of English – Part 1

For questions 1–4, read the text below and decide which answer (A, B, C or D) best fits each gap.

Last summer we (1) {gap} a trip to the mountains. We had (2) {gap} the hotel months in advance, but when we arrived the receptionist could not (3) {gap} our booking. In the end the manager (4) {gap} us a room with a view of the lake.

1{sep}A made{sep}B did{sep}C took{sep}D went
2{sep}A reserved{sep}B kept{sep}C held{sep}D saved
3{sep}A find{sep}B look{sep}C search{sep}D seek
4{sep}A gave{sep}B offered{sep}C handed{sep}D let

Answer key: 1 C  2 A  3 A  4 B
"""


def test_a_multiple_choice_cloze_gives_a_card_per_gap(tmp_path: Path) -> None:
    """T27-49 (severe): a passage with numbered gaps ('we (1) ______ a trip'), a row of options per gap ('1   A made   B
    did   C took   D went') and a one-line key gave 0 cards ("cannot tell this document's layout"). Each gap is a
    multiple-choice card: the sentence holding it, the gap a blank, over the row's options, the key's option marked,
    placed at its row's line."""
    for k, (gap, sep, name) in enumerate(
        (("______", "   ", "gap.txt"), ("............", "\t", "gap.txt"), ("______", "   ", "gap.md"))
    ):
        text = _GAPPED.format(gap=gap, sep=sep)
        notes, _, said = built_notes(
            tmp_path / str(k),
            {name: text},
            f"[[source]]\nid = 'g'\nfile = 'sources/{name}'\nshuffle = false\n",
        )
        assert [(note_front(n), note_back(n)) for n in notes] == [
            ("Last summer we ______ a trip to the mountains.", "C) took"),
            (
                f"We had ______ the hotel months in advance, but when we arrived the receptionist could not (3) {gap} our booking.",
                "A) reserved",
            ),
            (
                f"We had (2) {gap} the hotel months in advance, but when we arrived the receptionist could not ______ our booking.",
                "A) find",
            ),
            ("In the end the manager ______ us a room with a view of the lake.", "B) offered"),
        ], (k, said)
        assert [n["items"][0]["line"] for n in notes] == [7, 8, 9, 10]


# --- T27-53, T27-54, T27-55: numbered items answered by a one-line key of words -------------------------------------

_WORD_KEYED = {
    "choose.txt": (
        "Grammar – choose the correct word\n\n1. She (go / goes) to school every day.\n2. They (was / were) at the cinema "
        "yesterday.\n3. I have (saw / seen) that film twice.\n\nKey: 1 goes, 2 were, 3 seen\n",
        [
            ("She (go / goes) to school every day.", "goes"),
            ("They (was / were) at the cinema yesterday.", "were"),
            ("I have (saw / seen) that film twice.", "seen"),
        ],
    ),
    "plural.txt": (
        "Write the plural\n\n1. child → ________\n2. mouse → ________\n3. tooth → ________\n4. woman → ________\n\n"
        "Answers: 1 children 2 mice 3 teeth 4 women\n",
        [
            ("child → ________", "children"),
            ("mouse → ________", "mice"),
            ("tooth → ________", "teeth"),
            ("woman → ________", "women"),
        ],
    ),
    "odd.txt": (
        "Odd one out\n\n1. apple, banana, carrot, grape\n2. Paris, Berlin, Madrid, Brazil\n3. red, blue, circle, green\n\n"
        "Answers: 1 carrot (a vegetable), 2 Brazil (a country), 3 circle (a shape)\n",
        [
            ("apple, banana, carrot, grape", "carrot (a vegetable)"),
            ("Paris, Berlin, Madrid, Brazil", "Brazil (a country)"),
            ("red, blue, circle, green", "circle (a shape)"),
        ],
    ),
}


def test_numbered_items_keyed_by_a_one_line_key_of_words_are_answered_by_it(tmp_path: Path) -> None:
    """T27-53, T27-54, T27-55 (severe): worksheets whose numbered items ask in their own way ('She (go / goes) …', 'child
    → ________', 'apple, banana, carrot, grape') and a one-line key of words ('Key: 1 goes, 2 were, 3 seen', 'Answers: 1
    children 2 mice', '1 carrot (a vegetable), 2 …') gave 0 cards, or '________' → 'child' cards. Each item is a card
    answered by its key entry, at its own line; in Markdown too. The worksheet's task title opens each front (T27-55:
    'Odd one out: apple, banana, carrot, grape'; lead)."""
    tasks = {"choose.txt": "Choose the correct word", "plural.txt": "Write the plural", "odd.txt": "Odd one out"}
    for name, (text, want) in _WORD_KEYED.items():
        for suffix in (".txt", ".md"):
            file = name.replace(".txt", suffix)
            notes, _, said = built_notes(tmp_path / file, {file: text})
            asked = [(f"{tasks[name]}: {front}", back) for front, back in want]
            assert [(note_front(n), note_back(n)) for n in notes] == asked, (file, said)
            assert [n["items"][0]["line"] for n in notes] == list(range(3, 3 + len(want)))


# --- T27-56: a question asking which of its lettered questions comes first -------------------------------------------


def test_options_that_ask_are_options_of_a_question_that_asks_which(tmp_path: Path) -> None:
    """T27-56 (high): 'Which question should you answer first?' over '(a) Is the person breathing?' … keyed '1. (a)' was a
    Basic card listing the options, the key unused and unsaid (lettered lines that each ask were taken for an essay's
    parts). A question that asks which one has them as its options, the key's one marked; an exercise's parts, answered
    part by part (T27-42), are still parts."""
    text = (
        "First aid quiz\n\n1. You find a collapsed person. Which question should you answer first?\n(a) Is the person breathing?\n"
        "(b) What is the person's name?\n(c) Where does the person live?\n\n2. Which of these is a sign of shock?\n(a) Pale, clammy skin\n"
        "(b) A red face\n(c) Slow breathing\n\n3. When should you call emergency services?\n(a) Only if the person asks you to\n"
        "(b) As soon as possible for a serious injury\n(c) After you have finished first aid\n\nAnswers\n1. (a)\n2. (a)\n3. (b)\n"
    )
    notes, _, said = built_notes(
        tmp_path,
        {"first-aid.txt": text},
        "[[source]]\nid = 'f'\nfile = 'sources/first-aid.txt'\nshuffle = false\n",
    )
    assert [note_back(n) for n in notes] == [
        "A) Is the person breathing?",
        "A) Pale, clammy skin",
        "B) As soon as possible for a serious injury",
    ], said
    assert plain_text(notes[0]["fields"]["Options"]).startswith(
        "A) Is the person breathing? B) What is the person's name?"
    )
    parts = (
        "Physics Homework 3\n\n1. A car travels 120 km in 1.5 hours.\n   (a) What is its average speed in km/h?\n   (b) How far does it go "
        "in 40 minutes at that speed?\n\n2. A stone is dropped from a 45 m cliff.\n   (a) How long does it take to reach the ground?\n"
        "   (b) What is its speed just before impact?\n\nAnswers\n1. (a) 80 km/h  (b) 53.3 km\n2. (a) 3 s  (b) 30 m/s\n"
    )
    notes, _, said = built_notes(tmp_path / "parts", {"hw.txt": parts})
    assert [note_back(n) for n in notes] == ["80 km/h", "53.3 km", "3 s", "30 m/s"], said


def test_a_papers_options_printed_beside_their_boxes_are_options(tmp_path: Path) -> None:
    """T26-39 (the paper's multiple choice): options copied from an exam paper's boxes as a capital and a wide gap
    ('A   neutron' … 'D   nucleus') were no options (the question a Basic card whose back was the four lines); a run of
    them lettered from A is the question's options, keyed by the mark scheme."""
    paper = (
        "# Chemistry Paper 1\n\n0 1 . 1   Which particle has a negative charge?   [1 mark]\n\nA   neutron\nB   proton\nC   electron\n"
        "D   nucleus\n\n0 1 . 2   Name the process that separates ink into colours.   [1 mark]\n\n"
        "0 2 . 1   Give the formula of water.   [1 mark]\n"
    )
    scheme = "Question | Answers | Mark\n01.1 | C | 1\n01.2 | chromatography | 1\n02.1 | H2O | 1\n"
    notes, _, said = built_notes(
        tmp_path,
        {"qp.md": paper, "ms.md": scheme},
        "[[source]]\nid = 'qp'\nfile = 'sources/qp.md'\nshuffle = false\n",
    )
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which particle has a negative charge?", "C) electron"),
        ("Name the process that separates ink into colours.", "chromatography"),
        ("Give the formula of water.", "H2O"),
    ], said
