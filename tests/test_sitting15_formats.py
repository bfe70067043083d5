"""Fifteenth sitting, formats helper: keys whose entries name each question by its own label (trial15 T15-90, T15-69)
and the open findings after them."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import deck_of

from compiler.build import build

HEADED_KEY = """# Unit 4 quiz

## Question 1
Which planet is closest to the Sun?

A. Venus~
B. Mercury~
C. Mars~
D. Earth

## Question 2
Jupiter is mostly made of what?

A. Rock
B. Ice
C. Hydrogen and helium
D. Iron

---

## Question 3
Which planet has the shortest day?

A. Jupiter
B. Earth
C. Mars
D. Venus

# Answers and explanations

## Question 1 — Answer B
Mercury orbits at about 0.39 AU.

## Question 2 — Answer C
About 90% hydrogen by volume.

## Question 3 — Answer A
A Jovian day lasts under ten hours.
""".replace("~", "  ")  # (two spaces: a hard break, as the document writes them)

VIETNAMESE_KEY = """# Bài kiểm tra

## Câu 1
Thủ đô của Pháp là gì?

A. Lyon~
B. Paris~
C. Nice

## Câu 2
Sông nào dài nhất thế giới?

A. Sông Nile~
B. Sông Hồng~
C. Sông Mekong

# ĐÁP ÁN VÀ GIẢI THÍCH

## Câu 1 — Đáp án B
Paris là thủ đô từ thế kỷ X.

## Câu 2 — Đáp án A
""".replace("~", "  ")


def _keyed(tmp_path: Path, text: str) -> list[tuple[str, str | None, str, int]]:
    compiled = build(deck_of(tmp_path, {"quiz.md": text}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return [
        (i.question, i.correct, " ".join(b.plain() for b in i.answer).strip(), i.locator.line)
        for i in compiled.items
        if not i.skip
    ]


def test_key_entries_written_as_headings_that_name_their_question_key_it(tmp_path: Path) -> None:
    """'## Câu 1' … then '# ĐÁP ÁN VÀ GIẢI THÍCH' / '## Câu 1 — Đáp án B' over the explanation (trial15 T15-90, severe):
    6 questions gave one junk card. Each question is keyed by the entry naming it, the entry's text its explanation,
    the key no card; each card is where the document asks the question."""
    got = _keyed(tmp_path / "en", HEADED_KEY)
    assert [(q[:28], c, a[:24]) for q, c, a, _ in got] == [
        ("Which planet is closest to t", "B", "Mercury orbits at about "),
        ("Jupiter is mostly made of wh", "C", "About 90% hydrogen by vo"),
        ("Which planet has the shortes", "A", "A Jovian day lasts under"),
    ]
    assert [line for _, _, _, line in got] == [3, 11, 21]
    vi = _keyed(tmp_path / "vi", VIETNAMESE_KEY)
    assert [(q, c, a) for q, c, a, _ in vi] == [
        ("Thủ đô của Pháp là gì?", "B", "Paris là thủ đô từ thế kỷ X."),
        ("Sông nào dài nhất thế giới?", "A", ""),
    ]


CODE_OPTIONS = """## Question 1
Which function doubles its argument?

- A.

```python
def f(x):
    return 2 * x
```

- B.

```python
def f(x):
    return x + x + x
```

Answer: A
"""


def test_a_letter_alone_over_a_code_block_is_that_option(tmp_path: Path) -> None:
    """Options that are code, each under its letter alone ('A.' / a ```python block; trial15 T15-90's question 26):
    a Basic card whose back was all four blocks. The block is the option, as under '- [ ] A'."""
    from compiler.sources.choices import find_choices

    lines = ["A.", "", "```python", "x = 1", "```", "", "**B)**", "```", "x = 2", "```", "", "Answer: B"]
    found = find_choices(lines)
    assert found is not None and found.options == [("A", "x = 1"), ("B", "x = 2")] and found.correct == "B"
    assert found.langs == {"A": "python", "B": ""}
    assert find_choices(["A.", "", "Some text.", "B.", "", "More."]) is None  # (a letter over prose: no option)
    got = _keyed(tmp_path, CODE_OPTIONS)
    assert [(q, c) for q, c, _, _ in got] == [("Which function doubles its argument?", "A")]


LISTED_KEY = """# Jaribio

**Swali 1:** Mji mkuu wa Kenya ni upi?

- A) Mombasa
- B) Nairobi
- C) Kisumu

**Swali 2:** Mlima mrefu zaidi Afrika ni upi?

- A) Kilimanjaro
- B) Kenya
- C) Meru

---

# Sehemu 2

**Swali 3:** Ziwa kubwa zaidi Afrika ni lipi?

- A) Tanganyika
- B) Victoria
- C) Turkana

**Majibu:**
- **Swali 1:** B) Nairobi
- **Swali 2:** A) Kilimanjaro - 5,895 m
- **Swali 3:** B) Victoria

## Maelezo

Nairobi ilianzishwa mwaka 1899.
"""


def test_a_list_of_entries_naming_each_bold_labelled_question_keys_them(tmp_path: Path) -> None:
    """'**Tanong 1:** …?' over '- A) …' options, keyed at the end under '**Sagot:**' by '- **Tanong 1:** B) DOM …'
    (trial15 T15-69, severe: 4 questions, no card). Each question keyed, words after the option's own its
    explanation, the key no card; the section after the key stays."""
    got = _keyed(tmp_path, LISTED_KEY)
    assert [(q, c, a) for q, c, a, _ in got][:3] == [
        # (the Swahili label 'Swali N:' is layout as 'Question N:' is, off the front since trial29 T29-47)
        ("Mji mkuu wa Kenya ni upi?", "B", ""),
        ("Mlima mrefu zaidi Afrika ni upi?", "A", "5,895 m"),
        ("Ziwa kubwa zaidi Afrika ni lipi?", "B", ""),
    ]
    assert [line for *_, line in got][:3] == [3, 9, 19]


MARKED_TWICE = """### Câu 7 [geo-007]

Thủ đô của Nhật Bản là thành phố nào?

- **A.** Osaka
- **B.** Tokyo  *(Đáp án đúng)*
- **C.** Kyoto

- **Đáp án chính xác:** `B`
- **Giải thích:** Tokyo là thủ đô từ năm 1868.
"""


def test_bold_letter_bullets_a_said_mark_and_a_listed_answer_line_make_a_quiz(tmp_path: Path) -> None:
    """'- **A.** …' options, the right one followed by '*(Đáp án đúng)*' ('correct answer'), then '- **Đáp án chính xác:**
    `B`' (trial15 T15-89, high): Basic cards whose back was the four options run together. Each of the three is read."""
    from compiler.sources.choices import find_choices

    assert find_choices(["- **A.** x", "- **B.** y", "", "Answer: B"]).correct == "B"  # type: ignore[union-attr]
    assert find_choices(["- A. x", "- B. y  *(correct)*"]).correct == "B"  # type: ignore[union-attr]
    keyed = find_choices(["- A. x", "- B. y", "", "- **Answer:** `B`", "- Because."])
    assert keyed is not None and keyed.correct == "B" and keyed.explanation[-1] == "- Because."
    got = _keyed(tmp_path, MARKED_TWICE)
    assert [(q, c, a) for q, c, a, _ in got] == [("Thủ đô của Nhật Bản là thành phố nào?", "B", "Tokyo là thủ đô từ năm 1868.")]


BENGALI = """1. **Which is the largest planet?** *[Exam 2022]*
   (ক) Mars
   (খ) Jupiter
   (গ) Venus
   **Ans: খ**
answer: B
explanation: Jupiter is eleven Earths wide.

2. **Which is the smallest planet?** *[Exam 2023]*
   (ক) Mercury
   (খ) Earth
   (গ) Saturn
answer: A
explanation: Mercury.
"""


def test_bengali_option_letters_are_options_keyed_once(tmp_path: Path) -> None:
    """'(ক) (খ) (গ) (ঘ)' options (Bengali ka, kha, ga, gha) keyed 'answer: C' or '**Ans: গ**' (trial15 T15-67, high): Basic
    notes whose back was the raw options and both keys. They read as A, B, C; the key said twice is said once."""
    got = _keyed(tmp_path, BENGALI)
    assert [(c, a) for _, c, a, _ in got] == [("B", "Jupiter is eleven Earths wide."), ("A", "Mercury.")]


LESSON = """Lesson 3: Food

Topic: Breakfast

Words:

das Brot – chleb
die Milch – mleko
der Käse – ser
Phrases:

Ich habe Hunger. – Jestem głodny.
Exercises:

Describe your breakfast.
Review:

das Brot – chleb
die Milch – mleko
"""


def test_a_pair_list_with_labels_and_a_review_reads_each_pair_once(tmp_path: Path) -> None:
    """A lesson's 'der Beruf – zawód' lines read with separator = " – " (trial15 T15-91, high): lone 'Temat: …' lines
    were cards split at ': ', and each pair repeated in the lesson's review carried its own repeat as 'Also'. Only a
    run of lines splits at another separator; 'Words:' over pairs names their section; a pair repeated word for word
    is skipped, said why."""
    table = '[[source]]\nid = "lesson"\nfile = "sources/lesson.txt"\nlayout = "delimited"\n[source.delimited]\nseparator = " – "\n'
    compiled = build(deck_of(tmp_path, {"lesson.txt": LESSON}, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    cards = [(i.question, i.answer_plain(), i.section) for i in compiled.items if not i.skip]
    assert cards == [
        ("das Brot", "chleb", ["Words"]),
        ("die Milch", "mleko", ["Words"]),
        ("der Käse", "ser", ["Words"]),
        ("Ich habe Hunger.", "Jestem głodny.", ["Phrases"]),
    ]
    manifest = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))
    repeats = [(s["line"], s["skipped"]) for s in manifest["skipped"] if "same pair" in s["skipped"]]
    assert repeats == [(18, "the same pair as line 7, word for word"), (19, "the same pair as line 8, word for word")]


def test_a_quizlet_row_splits_once_so_its_definition_keeps_its_commas(tmp_path: Path) -> None:
    """Quizlet's 'Comma / Semicolon' export ('der Stuhl,the chair, the stool;…', trial15 T15-93, low): definitions
    lost the space after their commas and the build advised 'tags = 3'. The row splits once, at its first comma."""
    rows = "der Hund,the dog;der Stuhl,the chair, the stool;die Mutter,the mother, the mom;der Tisch,the table;"
    result = build(deck_of(tmp_path, {"quizlet.txt": rows}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert [(i.question, i.answer_plain()) for i in result.compiled.items] == [
        ("der Hund", "the dog"), ("der Stuhl", "the chair, the stool"), ("die Mutter", "the mother, the mom"), ("der Tisch", "the table"),
    ]
    assert not any("fields" in d.message for d in result.summary.warnings)


def test_a_definition_written_as_one_long_formula_is_no_vocabulary_row_and_breaks_between_its_words() -> None:
    """A maths deck's definitions, each one long formula with words in it ('∀ C ∈ Cat let f ∈ Morph(C) … where …',
    trial16 T16-25, high): counted as one word, each was a vocabulary row, its formula shrunk to 1–2 pt beside its
    term and over it. A formula takes the room of its words and symbols; its words between formulas are text."""
    from compiler.emit.typstmath import convert
    from compiler.sheet import _math_words, prose_parts

    code, _ = convert(r"\forall \textbf{C} \in \text{Cat} \text{ let } f \in \text{Morph}(\textbf{C}), f: A \rightarrow B \text{ where } A, B \in \text{Obj}(\textbf{C})")
    assert _math_words(code) >= 8 and _math_words(convert(r"\lambda \theta")[0]) == 1
    parts = prose_parts({"k": "m", "v": code})
    assert [p["k"] for p in parts] == ["m", "t", "m", "t", "m"] and [p["v"] for p in parts if p["k"] == "t"] == [" let ", " where "]
    short = convert(r"\text{ if } x > 0")[0]
    assert prose_parts({"k": "m", "v": short}) == [{"k": "m", "v": short}]  # (a short formula stays one)
    assert prose_parts({"k": "m", "v": 'frac("a long numerator here" , "and a denominator too, long")'})[0]["k"] == "m"


def test_an_explanation_loses_its_label_in_other_languages_too() -> None:
    """'**Пояснення:** …' (Ukrainian 'Explanation:') opened 3 of 3 backs (trial15 T15-86, low); 'Giải thích học thuật:'
    (a qualified label) too. The label goes, as 'Explanation:' does."""
    from compiler.sources.choices import find_choices

    for label in ("**Пояснення:**", "**Wyjaśnienie:**", "Açıklama:", "**Giải thích học thuật:**", "Explanation (short):"):
        found = find_choices(["A) x", "B) y", "", "Answer: B", "", f"{label} Because y."])
        assert found is not None and found.explanation[-1].strip() == "Because y.", label


def test_a_correct_option_label_over_a_bold_letter_and_its_text_keys_it() -> None:
    """'**Correct Option:** **(B) $\\frac{h}{e}$**' inside a solution (trial15 T15-31, severe, the key part readers
    asked for): 'an answer line deckc cannot read'. The label may say 'Option', the bold may hold the letter and
    the option's text; nothing of the bold is left on the back."""
    from compiler.sources.choices import find_choices

    lines = ["- (A) $h$", "- (B) $\\frac{h}{e}$", "- (C) $e$", "", "Slope is h/e.", "**Correct Option:** **(B) $\\frac{h}{e}$**"]
    found = find_choices(lines)
    assert found is not None and found.correct == "B" and found.explanation == ["", "Slope is h/e."]
    assert find_choices(["A) x", "B) y", "", "**Correct Option:** **(A)**"]).correct == "A"  # type: ignore[union-attr]


def test_an_emoji_tick_in_a_task_box_among_plain_bullets_is_the_right_option() -> None:
    """'-  Información …' / blank / '- [✅] **Una instrucción …**' / blank / '-  El shell …' (trial16 T16-14, severe, the box
    part readers asked for): a Basic card whose back printed the raw '[✅]'. The emoji tick is a tick, and a blank
    line between the entries goes on with the list."""
    from compiler.sources.choices import find_choices

    lines = ["-  Salida del shell", "    ", "- [✅] **Una instrucción**", "    ", "-  El shell por defecto", "", "---"]
    found = find_choices(lines)
    assert found is not None and found.correct == "B" and [t for _, t in found.options][1] == "Una instrucción"
    assert find_choices(["- a", "- [✅️] b", "- c"]).correct == "B"  # type: ignore[union-attr]


def test_options_opening_with_a_tick_or_a_cross_and_numbered_by_a_word_are_options() -> None:
    """'✅ Option 2: B. 443' / '❌ Option 3: C. 22' lines, no bullets (a generated quiz page, trial16 T16-38, severe, the
    options part): the raw lines were the back. They are options, the ✅ one right, 'Option N:' and the option's own
    letter no part of its text."""
    from compiler.sources.choices import find_choices

    found = find_choices(["❌ Option 1: A. 80", "✅ Option 2: B. 443", "❌ Option 3: C. 22"])
    assert found is not None and found.options == [("A", "80"), ("B", "443"), ("C", "22")] and found.correct == "B"
    assert find_choices(["✅ Paris", "✅ Lyon"]) is None  # (every one ticked: a list of facts, no quiz)
    assert [t for _, t in find_choices(["- [ ] Option 1: x", "- [x] Option 2: y"]).options] == ["x", "y"]  # type: ignore[union-attr]


ORBIT = """<html><body><h1>French</h1>
<h2>Basics</h2>
<orbit-reviewarea color="#1D3557">
    <orbit-prompt question="How do you say 'Thank you'?" answer="Merci"></orbit-prompt>
    <orbit-prompt
      question="The alignment problem:"
      answer='"How can we make AI serve any intended goal?"'
    ></orbit-prompt>
</orbit-reviewarea>
<p>Prose after the review.</p>
</body></html>
"""


def test_orbit_prompts_in_a_web_page_are_cards(tmp_path: Path) -> None:
    """'<orbit-prompt question="…" answer="…">' elements (the mnemonic medium's web component) in a page (trial16
    T16-42, severe; the .html part): 'cannot tell this document's layout', 15 prompts lost. Each is a card where the
    page writes it."""
    compiled = build(deck_of(tmp_path, {"orbit.html": ORBIT}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = [(i.question, i.answer_plain(), i.locator.line) for i in compiled.items if not i.skip]
    assert got == [
        ("How do you say 'Thank you'?", "Merci", 4),
        ("The alignment problem:", '"How can we make AI serve any intended goal?"', 5),
    ]


MYST_EXERCISE = """# Tasks

### Exercise 1
Write a function that returns the mean of a list.

```{code-cell}
:tags: [hide-cell]

def mean(xs):
    return sum(xs) / len(xs)
```

```{code-cell}
# write your solution here
```
"""


def test_a_myst_code_cell_loses_its_options_and_the_learners_empty_cell(tmp_path: Path) -> None:
    """A jupytext notebook's exercise (trial15 T15-17, medium): the solution's back opened with ':tags: [hide-cell]'
    as code and ended with the learner's empty '# write your solution here' cell. Option lines are no code; a cell
    that only holds such a placeholder is no part of the answer."""
    from compiler.sources.directives import directives

    text = directives(MYST_EXERCISE)
    assert ":tags:" not in text and "write your solution" not in text and len(text.split("\n")) == len(MYST_EXERCISE.split("\n"))
    assert directives("```{code-cell}\n---\njupyter:\n  x: 1\n---\nimport os\n```\n").split("\n")[4:6] == ["", "import os"]
    compiled = build(deck_of(tmp_path, {"tasks.md": MYST_EXERCISE}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    back = " ".join(b.plain() for b in compiled.items[0].answer)
    assert back.strip().startswith("def mean(xs):") and "solution here" not in back


def test_an_answer_label_in_any_language_keys_with_the_letter_and_the_options_text() -> None:
    """'**Jawapan:** c) Musytari — …' (Malay), '**Sagot:** b) …', '**ಉತ್ತರ:** c' (Kannada, combining marks) keyed
    nothing (trial16 T16-44, severe: 28 languages' answer words). A line naming an option by its letter and its
    whole text after any label is its key (what follows the text the explanation); a label word may hold marks."""
    from compiler.sources.choices import find_choices

    options = ["a) Bumi", "b) Marikh", "c) Musytari", "d) Zuhal", ""]
    found = find_choices([*options, "**Jawapan:** c) Musytari — Musytari ialah planet terbesar."])
    assert found is not None and found.correct == "C" and found.explanation[-1] == "Musytari ialah planet terbesar."
    assert find_choices([*options, "**ಉತ್ತರ:** c"]).correct == "C"  # type: ignore[union-attr]
    assert find_choices([*options, "**Sagot:** b) Marikh"]).correct == "B"  # type: ignore[union-attr]
    assert find_choices([*options, "**Nota:** c) Zuhal is far"]).correct is None  # type: ignore[union-attr]  # (a letter whose text is another option's)
    tamil = find_choices(["a) மதுரை", "b) சென்னை", "", "**விடை:** b) சென்னை **விளக்கம்:** தலைநகரம்."])
    assert tamil is not None and tamil.correct == "B" and tamil.explanation[-1] == "தலைநகரம்."


def test_a_square_root_tick_before_or_after_an_options_text_marks_it() -> None:
    """'b. √ BPDU Guard' (the tick typed on answer sheets and in Cram notes, trial16 T16-46, high): 'none marked
    correct', no card. '√' before the text (after the letter), before the letter or after the text marks it, as ✓ does."""
    from compiler.sources.choices import find_choices

    found = find_choices(["a. 802.1w", "b. √ BPDU Guard", "c. Root Guard"])
    assert found is not None and found.correct == "B" and found.options[1] == ("B", "BPDU Guard")
    assert find_choices(["- a. √ VLANs", "- b. Classful", "- c. √ IP subnetworks"]).correct == "A,C"  # type: ignore[union-attr]
    assert find_choices(["a. x √", "b. y"]).correct == "A"  # type: ignore[union-attr]


def test_an_untitled_toggle_under_a_question_is_its_answer(tmp_path: Path) -> None:
    """'Which port does DNS use?' over '```{toggle}' / 'Port 53.' (sphinx-togglebutton in MyST, trial16 T16-51, the MyST
    part): both 'text outside any question'. A toggle or dropdown with no title of its own hides the answer."""
    page = "# Review\n\nWhich port does DNS use?\n\n```{toggle}\nPort 53.\n```\n\nWhat is UDP?\n\n:::{dropdown}\nConnectionless.\n:::\n"
    compiled = build(deck_of(tmp_path, {"review.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items if not i.skip] == [
        ("Which port does DNS use?", "Port 53."),
        ("What is UDP?", "Connectionless."),
    ]
