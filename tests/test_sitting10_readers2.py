"""Sitting 10, readers2's findings: layout detection, line heuristics and the declarative (pattern) layouts."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build

EXAM = """# Statistics midterm

# Section: Descriptive statistics

1. [MC] Which measure of center is most resistant to outliers? [1pt]
a) Mean
b) Median [x]
c) Mode

> [feedback] The median is the middle value.

2. [TF] The variance can never be negative. → True [1pt]

3. [Num] Calculate the mean of 10, 20 and 30. [2pts]

Answer: 20

4. [TF] Two independent events must be mutually exclusive. → False [1pt]

> [feedback] Independent events can occur together.

# Section: Probability

5. [MC] P(A) = 0.4 and P(B) = 0.3, independent: what is P(A and B)? [2pts]
a) 0.12 [x]
b) 0.70
c) 0.10

6. [Short] Flip a fair coin twice: the probability of exactly one head? [2pts]

Answer: 0.5
Answer: 1/2

7. [MA] Which are measures of spread? [3pts]
a) Mean
b) Variance [x]
c) Range [x]

---

## Why this example works

### For syntax validation

- Same answer markers? ✓
- Same type markers? ✓
- Same points format? ✓
"""


def test_an_exam_of_several_kinds_is_numbered(tmp_path: Path) -> None:
    """trial11 P13 (severe): a numbered exam whose items are multiple choice, short answers under 'Answer: 20' and
    true/false statements answered on their line was read as Markdown (its appendix checklist's 'Same answer markers?
    ✓' the only cards): 'Answer: 20' under item 3 was taken for an answer key and the count stopped there. P14: the
    exam's kind tags and points ('[MC]', '[1pt]') stay out of the fronts, '… → True' is a true/false card, a
    '> [feedback]' quote its explanation, several 'Answer:' lines one answer and the others also accepted."""
    compiled = build(deck_of(tmp_path, {"exam.md": EXAM}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [s.layout for s in compiled.deck.sources] == ["numbered"]
    got = {i.question: (i.correct or " ".join(i.answer_plain().split())) for i in compiled.items}
    assert got == {
        "Which measure of center is most resistant to outliers?": "B",
        "True or false: The variance can never be negative.": "True",
        "Calculate the mean of 10, 20 and 30.": "20",
        "True or false: Two independent events must be mutually exclusive.": "False Independent events can occur together.",
        "P(A) = 0.4 and P(B) = 0.3, independent: what is P(A and B)?": "A",
        "Flip a fair coin twice: the probability of exactly one head?": "0.5 Also accepted: 1/2",
        "Which are measures of spread?": "B,C",
    }


TRIVIA = """#Q Which of these is true about the sleep of zebras?
^ They sleep standing up.
A All of these
B They sleep standing up.
C They fall asleep every 5 to 6 hours.

#Q A farmer had 12 sheep and 3 cows. All but 9 sheep died. How many animals are left?
^ 9 sheep
A 5 cows and 1 sheep
B 9 sheep

#Q Yesterday I heard this in a shop:

Client: How much is one?
Salesman: Twenty cents.
Client: What about ninety four?
Salesman: Thirty cents.

What were they selling?
^ House numbers
A Apples
B House numbers

#Q How does this proverb continue: The squeaking wheel gets ...
^ The grease
A The rust
B The grease
"""


def test_a_trivia_bank_led_by_marks_is_guessed_from_them(tmp_path: Path) -> None:
    """trial11 P15 (severe, OpenTriviaQA): '#Q question' / '^ right answer' / 'A …' options; the guess took a shop
    dialogue quoted inside one question ('Client:' / 'Salesman:', the only lines with a label's ':') for the
    questions and answers: 3 notes of 207. A line led by a mark that is no Markdown structure ('#Q', '^') is a
    shape a guess is made of; options written 'A …' are skipped, the '^' line answers."""
    result = build(deck_of(tmp_path, {"trivia.txt": TRIVIA}), tmp_path / "build", formats=("json",), now=1_000)
    compiled = result.compiled
    assert compiled is not None
    assert [s.layout for s in compiled.deck.sources] == ["pattern"]
    got = {i.question[:30]: i.answer_plain() for i in compiled.items}
    assert got == {
        "Which of these is true about t": "They sleep standing up.",
        "A farmer had 12 sheep and 3 co": "9 sheep",
        "Yesterday I heard this in a sh": "House numbers",
        "How does this proverb continue": "The grease",
    }


def test_a_second_question_without_its_mark_stays_on_the_front(tmp_path: Path) -> None:
    """learner4 N2: '1. Draw Inferences: Why did …? What inferences can you make about … in the 1780s' over its
    answer's line: the front stopped at the first '?', the second question was the back's first paragraph."""
    text = (
        "# Ratification\n\n"
        "1. Draw Inferences: Why did many farmers oppose the Constitution? What inferences can you make about farmers\n"
        "Farmers depended on their local environments, which their state controlled.\n"
        "2. Cite Evidence: What did the Federalists do to convince the states?\n"
        "They promised to add the Bill of Rights.\n"
        "3. What is a federal system? A system where power is shared.\n"
    )
    compiled = build(deck_of(tmp_path, {"n2.md": text}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: i.answer_plain() for i in compiled.items}
    assert got == {
        "Draw Inferences: Why did many farmers oppose the Constitution? What inferences can you make about farmers":
            "Farmers depended on their local environments, which their state controlled.",
        "Cite Evidence: What did the Federalists do to convince the states?": "They promised to add the Bill of Rights.",
        "What is a federal system?": "A system where power is shared.",
    }  # fmt: skip


PROBLEMS = """# Integration review

1. The function $f$ has a continuous derivative. The table below gives values of $f$. If $\\int_0^4 f(x)\\,dx = 8$, what is the value of $\\int_0^4 xf'(x)\\,dx$?

    | $x$ | $f(x)$ |
    |-----|--------|
    | $0$ | $2$    |
    | $4$ | $-3$   |

    $$
    \\int_0^4 xf'(x)\\,dx = 4f(4) - 0f(0) - 8 = -20
    $$

2. $\\int x \\sin(6x) \\, dx$

    $$
    -\\frac{x}{6} \\cos(6x) + \\frac{1}{36} \\sin(6x) + C
    $$
"""


def test_two_problems_with_the_table_they_point_at(tmp_path: Path) -> None:
    """learner4 N5: a title and two numbered problems (one asks with '?', one by its formula alone), each with its
    worked answer indented under it, were one card named after the title; N4: 'The table below gives …' had its
    table on the back and none on the front. Two numbered problems are two cards, the table on the front."""
    compiled = build(deck_of(tmp_path, {"review.md": PROBLEMS}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [s.layout for s in compiled.deck.sources] == ["numbered"]
    first, second = compiled.items
    assert first.question.startswith("The function") and "<table>" in "".join(b.text for b in first.stimulus)
    assert "table" not in "".join(b.text for b in first.answer) and "-20" in first.answer_plain()
    assert not second.stimulus and "36" in second.answer_plain()


def test_which_of_the_following_over_a_numbered_list_without_a_key(tmp_path: Path) -> None:
    """learner4 N6: 'Which of the following series converge to 2?' over 'I. …' / 'II. …' statements and a numbered
    list of options, no key anywhere: a basic card whose back was the option list, no warning. The list is the
    question's options, none marked: said, and listed as skipped ('no correct option'), unless a key follows."""
    text = (
        "# Series\n\n1. Which of the following series converges for all real x?\n    1. x^n/n\n    2. x^n/n!\n    3. n x^n\n"
        "2. Which of the following is true?\n\n    I. The harmonic series diverges.\n\n    1. I only\n    2. None\n"
        "3. What is the sum of 1/2^n from n = 1?\n    1\n"
    )
    result = build(deck_of(tmp_path, {"series.md": text}), tmp_path / "build", formats=("json",), now=1_000)
    compiled = result.compiled
    assert compiled is not None
    skipped = {i.question: (i.skip, [c.text for c in i.choices]) for i in compiled.deck.skipped}
    assert skipped == {
        "Which of the following series converges for all real x?": ("no correct option", ["x^n/n", "x^n/n!", "n x^n"]),
        "Which of the following is true?": ("no correct option", ["I only", "None"]),
    }
    assert any("none marked correct" in w.message for w in compiled.diagnostics.warnings)
    keyed = build(deck_of(tmp_path / "k", {"series.md": text + "\n## Answers\n\n1. 2\n2. 1\n"}), tmp_path / "kb", formats=("json",), now=1_000)
    assert keyed.compiled is not None
    assert {i.question: i.correct for i in keyed.compiled.items if i.correct} == {
        "Which of the following series converges for all real x?": "B", "Which of the following is true?": "A",
    }  # fmt: skip


def test_a_key_whose_option_letters_are_bold(tmp_path: Path) -> None:
    """trial11 P36 (severe, routed by formats): '1. **B.** Un outil de conteneurisation' in '# Réponses' keyed nothing
    ('none of its 2 questions has an answer', the build stopped); a bold label is the label."""
    quiz = (
        "# Quiz\n\n1. Docker est :\n   - A. Un système d'exploitation\n   - B. Un outil de conteneurisation\n\n"
        "2. Quelle commande télécharge une image ?\n   - A. docker download\n   - B. docker pull\n\n"
        "# Réponses:\n\n1. **B.** Un outil de conteneurisation\n2. **B)** docker pull\n"
    )
    compiled = build(deck_of(tmp_path, {"quiz.md": quiz}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.correct for i in compiled.items] == ["B", "B"]


def test_one_numbered_list_in_a_page_of_topics(tmp_path: Path) -> None:
    """learner4 N46 (severe): a formula sheet of '## Topic' headings over formulas, one of which holds '1. Inertia' …
    '3. Action/Reaction', was read as 'numbered': 3 notes, the other topics lost. Numbered items that ask nothing, with
    two or more headed sections of text beside them, are that section's list: the page is read by its headings."""
    page = "# Mechanics\n\n" + "".join(f"## {t}\n\n$$ {f} $$\n\n" for t, f in [("Units", "N = kg m/s^2"), ("Motion", "v = dx/dt"), ("Rotation", "a = v^2/R")])
    page += "## Newton's laws\n\n1. Inertia\n\n    $$ a = 0 $$\n\n2. Force\n\n    $$ F = ma $$\n\n3. Action\n\n    $$ F_{12} = -F_{21} $$\n\n"
    page += "## Energy\n\n$$ K = mv^2/2 $$\n"
    compiled = build(deck_of(tmp_path, {"sheet.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [s.layout for s in compiled.deck.sources] == ["markdown"]
    assert [i.question for i in compiled.items] == ["Units", "Motion", "Rotation", "Newton's laws", "Energy"]


def test_room_to_write_and_a_footer_are_no_answers(tmp_path: Path) -> None:
    """learner4 N54 (severe): '6. Compare … How does each form? Give one example …' over '<br><br><br>' had its own
    last sentence for its back; '7. Trace …' over '<br>…', a rule and '*End of Practice Test 01*' had the footer.
    Both are questions without an answer, the prompt on the front."""
    test = (
        "# Test\n\n1. What is a cell?\n\nThe basic unit of life.\n\n"
        "2. Compare ionic and covalent bonds. How does each form? Give one example of each.\n\n<br><br><br>\n\n"
        "3. Trace the path of a protein to its export.\n\n<br><br><br>\n\n---\n\n*End of Practice Test 01*\n"
    )
    result = build(deck_of(tmp_path, {"test.md": test, "other.md": "1. What is DNA?\nA molecule.\n2. What is RNA?\nAnother.\n"}), tmp_path / "build", formats=("json",), now=1_000)
    compiled = result.compiled
    assert compiled is not None
    assert {i.question: i.skip for i in compiled.deck.skipped} == {
        "Compare ionic and covalent bonds. How does each form? Give one example of each.": "no answer",
        "Trace the path of a protein to its export.": "no answer",
    }


def test_no_pattern_is_guessed_from_front_matter(tmp_path: Path) -> None:
    """learner4 N51 (severe): a page whose only content is YAML front matter of records ('- text: …' / 'options:' /
    'correct: 1') was read with a guessed pattern: the option lists on the fronts, the index and the next question on
    the backs, exit 0. Front matter is never guessed from; the message says the page is metadata only."""
    # (such records are now read as the question bank they are, by the lead's front_matter_bank gate: 4 notes;
    # front matter of other metadata still guesses nothing and says the page is metadata only)
    records = "".join(f'  - text: "Question {n}?"\n    options:\n      - "a"\n      - "b"\n    correct: 1\n' for n in range(1, 5))
    page = f'---\ntitle: "MCQ"\nmcqs:\n{records}---\n'
    meta = "---\ntitle: Notes\nauthors:\n  - name: Ann\n    role: editor\n  - name: Bob\n    role: writer\n  - name: Cy\n    role: editor\n---\n"
    files = {"mcq.md": page, "meta.md": meta, "ok.md": "## What is DNA?\n\nA molecule.\n"}
    result = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000)
    compiled = result.compiled
    assert compiled is not None
    assert [s.id for s in compiled.deck.sources] == ["mcq", "ok"]
    assert [i.correct for i in compiled.items if i.source == "mcq"] == ["B"] * 4
    said = [w for w in compiled.diagnostics.warnings if w.file.endswith("meta.md")]
    assert said and "only front matter" in said[0].message and "item =" not in said[0].snippet  # (trial11 P40)
    from compiler.sources.base import Document
    from compiler.sources.detect import suggest_pattern

    guess = "\n".join(suggest_pattern(Document(rel="meta.md", text=meta)))
    assert "front matter" in guess and "item =" not in guess


ANKDOWN = """What is the capital of France?

%

Paris

%

geography, europe

---

Expected value of $f(x)$

%

$$\\mathbb{E}[f(x)] = \\sum_x p(x)f(x)$$

---

Name the largest planet.

%

Jupiter

It has 95 moons.
"""


def test_ankdown_cards(tmp_path: Path) -> None:
    """backlog P7: Ankdown / DeckMarkdown cards (front, a '%' line, back, '%', tags; cards split by '---' or '%%') were
    read as Markdown: the '%' lines on the backs, the next card's front glued to a back, one card lost."""
    compiled = build(deck_of(tmp_path, {"cards.md": ANKDOWN}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = [(i.question, " ".join(i.answer_plain().split()), i.tags) for i in compiled.items]
    assert got == [
        ("What is the capital of France?", "Paris", ["geography", "europe"]),
        ("Expected value of \\(f(x)\\)", "\\[\\mathbb{E}[f(x)] = \\sum_x p(x)f(x)\\]", []),
        ("Name the largest planet.", "Jupiter It has 95 moons.", []),
    ]
    assert [i.locator.line for i in compiled.items] == [1, 13, 21]


def test_kanji_lists_split_by_spaces(tmp_path: Path) -> None:
    """backlog P34: '犬 いぬ dog' (a CJK term, a space, its reading and meaning) was 'cannot tell this document's
    layout'; such a list is read as pairs split at the first space. Korean prose split by spaces is no pair."""
    words = "犬 いぬ dog\n猫 ねこ cat\n水 みず water\n苹果 píngguǒ apple\n"
    compiled = build(deck_of(tmp_path, {"kanji.txt": words}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [s.layout for s in compiled.deck.sources] == ["delimited"]
    assert [(i.question, " ".join(i.answer_plain().split())) for i in compiled.items][:2] == [("犬", "いぬ dog"), ("猫", "ねこ cat")]
    from compiler.sources.lines import PAIR_SEPARATORS, split_pair

    assert split_pair("나는 학교에 간다.", PAIR_SEPARATORS) is None


def test_gap_fill_exercises_in_task_boxes_with_a_bold_key(tmp_path: Path) -> None:
    """trial11 P71 (severe): '- [ ] 1. Ich helfe ___ (der Mann).' (a box to tick the exercise off) and '## Answers
    (Antworten)' over '**1. dem**' and its explanation bullets: the cards asked the key ('dem' -> its explanation),
    the exercises were lost. The boxed numbered lines are the items, the glossed heading a key, '**1. dem**' answers 1."""
    sheet = (
        "# Dativ\n\nFill in the correct form.\n\n## Part 1\n\n- [ ] 1. Ich helfe ___ (der Mann).\n- [ ] 2. Er dankt ___ (die Mutter).\n"
        "- [ ] 3. Wir fahren mit ___ (eine Freundin).\n\n---\n\n## Answers (Antworten)\n\n### Part 1\n\n"
        "**1. dem**  \n- English: Masculine Dativ of *der*.\n\n**2. der**  \n- English: Feminine Dativ of *die*.\n\n"
        "**3. einer** – indefinite feminine.\n"
    )
    compiled = build(deck_of(tmp_path, {"dativ.md": sheet}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: " ".join(i.answer_plain().split()) for i in compiled.items}
    assert got == {
        "Ich helfe ___ (der Mann).": "dem English: Masculine Dativ of der.",
        "Er dankt ___ (die Mutter).": "der English: Feminine Dativ of die.",
        "Wir fahren mit ___ (eine Freundin).": "einer – indefinite feminine.",
    }


def test_a_separator_under_a_numbered_question_is_no_heading(tmp_path: Path) -> None:
    """trial11 P63 (high): '6) Must the log be filled in?' over '==================' (a separator before 'Extra
    questions') counted as a question heading and flipped six numbered questions to the Markdown reading (the answered
    ones lost). A numbered line is no setext heading there; the '====' line ends the unanswered item, a sub-question
    ('4.1) When does it appear?') is no answer, nor is a prompt after the '?'."""
    quiz = (
        "1) How do you know the homework arrived?\n\nYou see your nick in the chat.\n\n2) Why is the History button needed?\n\n"
        "It lists the commits.\n\n3) Which command checks the code?\n\npre-commit run --all-files\n\n"
        "4) Where do you see a conflict?\n4.1) When does it appear?\n5) How many ways were shown? Write the NUMBER.\n"
        "6) Must the log be filled in after each lesson?\n==================\n\nExtra questions:\n"
    )
    compiled = build(deck_of(tmp_path, {"quiz.md": quiz}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [s.layout for s in compiled.deck.sources] == ["numbered"]
    assert len(compiled.items) == 3
    assert {i.question for i in compiled.deck.skipped} == {
        "Where do you see a conflict?", "How many ways were shown? Write the NUMBER.", "Must the log be filled in after each lesson?",
        "When does it appear?",  # ('4.1)': a sub-question, an item of its own since trial11 P62, unanswered)
    }  # fmt: skip


def test_dot_form_labels_in_any_language(tmp_path: Path) -> None:
    """backlog N31 (learner3): '**प्रश्न 1.** …?' / '**उत्तर.** …' (Hindi exam material writes its labels with '.')
    gave no card at all; 'Answer.' / 'Ans.' and a numbered 'Frage 3.' are labels as their ':' forms are."""
    from compiler.sources.lines import has_answer_label, has_question_label

    page = "# सामान्य ज्ञान\n\n" + "".join(
        f"**प्रश्न {n}.** {q}\n\n**उत्तर.** {a}\n\n"
        for n, (q, a) in enumerate([("भारत की राजधानी क्या है?", "नई दिल्ली।"), ("भारत का राष्ट्रीय पक्षी कौन सा है?", "मोर।")], 1)
    )
    compiled = build(deck_of(tmp_path, {"gk.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == ["भारत की राजधानी क्या है?", "भारत का राष्ट्रीय पक्षी कौन सा है?"]
    assert has_answer_label("Answer. Water") and has_answer_label("Ans. 42") and has_question_label("Frage 3. Was ist das?")
    assert not has_answer_label("A. Joule") and not has_question_label("Frage. Was?")


def test_chinese_exam_labels_and_parts(tmp_path: Path) -> None:
    """trial11 P93 (severe): a Chinese exam recall, '一、名词解释' / '1. 齐物' / '【答案】…' / '二、简答题' / '1. 简述…' / '【答案】…':
    2 notes, both backs opening '【答案】', the second gluing the next parts' headings and questions. '【答案】' is an
    answer label, '一、' … '三、' parts are sections restarting the numbering, '【解析】' labels no text and '略' holds a
    place."""
    paper = (
        "# 人大622真题\n\n一、名词解释（每题5分）\n1. 齐物\n【答案】庄子齐物论的核心概念。\n2. 白马非马\n【答案】公孙龙的名实之辩。\n\n"
        "二、简答题（每题10分）\n1. 简述实践是检验真理唯一标准的理由。\n【答案】真理是主观与客观相符合。\n【解析】见教材第二章。\n\n"
        "三、论述题\n1. 论述矛盾普遍性与特殊性的辩证关系。\n【答案】略。\n"
    )
    compiled = build(deck_of(tmp_path, {"paper.md": paper}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = {i.question: (" ".join(i.answer_plain().split()), i.section) for i in compiled.items}
    assert got == {
        "齐物": ("庄子齐物论的核心概念。", ["一、名词解释"]),  # (its marks no part of its name: T32-21, T34-8)
        "白马非马": ("公孙龙的名实之辩。", ["一、名词解释"]),
        "简述实践是检验真理唯一标准的理由。": ("真理是主观与客观相符合。 见教材第二章。", ["二、简答题"]),
    }
    assert [(i.question, i.skip) for i in compiled.deck.skipped] == [("论述矛盾普遍性与特殊性的辩证关系。", "placeholder")]


def test_japanese_question_numbers() -> None:
    """trial11 P95 (severe, readers2's part): '問1 2進数の…どれか。' is a numbered item ('問' and the number, then a space
    or '．'), read as '1. …'; its katakana options and '【正解】' key are the option readers' (routed)."""
    from compiler.sources.lines import space_numbers

    assert space_numbers("問1 2進数の1011は？\nア　9\n問2．OSIの層は？\n") == "1. 2進数の1011は？\nア　9\n2. OSIの層は？\n"
    assert space_numbers("問1 一つだけ\n") == "問1 一つだけ\n"  # (one such line is no numbering)


def test_setext_headed_notes_are_a_card_each(tmp_path: Path) -> None:
    """trial11 P58 (high): Pandoc notes with setext headings ('Vector Space' over '-----') and TOML-less YAML front
    matter were one 'note' card of 749 words; the same with '## Vector Space' gave a card per definition. Setext
    headings count as headings when a page is read by its headings (front matter's closing '---' is none)."""
    notes = "---\ntitle: Notes\n---\n\nDefinitions\n===========\n\n"
    notes += "".join(f"{t}\n{'-' * 12}\n\n{d}\n\n" for t, d in [("Vector Space", "A set with addition."), ("Span", "All combinations."), ("Basis", "Independent and spanning.")])
    compiled = build(deck_of(tmp_path, {"defs.md": notes}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [
        ("Vector Space", "A set with addition."), ("Span", "All combinations."), ("Basis", "Independent and spanning."),
    ]  # fmt: skip


def test_front_matter_stubs_are_said_once(tmp_path: Path) -> None:
    """trial11 P40 (high): a glossary folder whose stubs hold only front matter (206 of 381 files) printed 'cannot tell
    this document's layout' and a 12-line table guessed from the front matter for each: 2,979 lines. One grouped
    warning says such files hold no text to learn."""
    stub = "---\ntitle: {t}\nrelated_terms:\n  - a\n  - b\n---\n"
    files = {f"terms/{t}.md": stub.format(t=t) for t in ("bias", "variance", "kernel")}
    files["terms/model.md"] = "---\ntitle: Model\n---\n\nA simplified representation of a system.\n"
    result = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    said = [w for w in result.compiled.diagnostics.warnings if "only front matter" in w.message]
    assert len({w.group for w in said}) == 1 and len(said) == 3 and not any(w.snippet for w in said)


def test_no_explanation_line_is_guessed_as_the_question() -> None:
    """trial11 P3 (medium): a numbered bank whose options follow '100. Which …?' lines (each item ending with an
    'Explanation: …' line) got the guess item = '^\\s*Explanation\\s*:…' (the last item's explanation was the nearest
    labelled line above each run of options); a numbered question between them asks, so the numbered pattern is guessed."""
    import importlib

    from compiler.sources.base import Document

    detect = importlib.import_module("compiler.sources.detect")
    bank = "".join(
        f"{n}. Which service {q}?\n    - A. EC2\n    - B. S3\n\n    Correct answer: {k}\n    Explanation: {e}\n\n"
        for n, q, k, e in [(99, "stores objects", "B", "S3 stores."), (100, "runs machines", "A", "EC2 runs."), (101, "is SQL", "B", "RDS.")]
    )
    guess = "\n".join(detect.suggest_pattern(Document(rel="bank.md", text=bank)))
    assert "Explanation" not in guess and "(?P<number>" in guess


def test_an_authors_note_to_self_is_a_placeholder() -> None:
    """learner4 N64 (medium): a notes skeleton's sections whose only text is '*Add content about benzene, resonance and
    aromatic stability*' were cards; an author's note to self where the text will go is a placeholder answer."""
    from compiler.sources.lines import is_placeholder

    for said in ("*Add content about benzene, resonance, and aromatic stability*", "TODO: explain the Krebs cycle", "Content coming soon.", "_To be added_"):
        assert is_placeholder(said), said
    for said in ("Add the numbers, then divide by their count.", "To be or not to be.", "Adding content about X to a page is done in the editor."):
        assert not is_placeholder(said), said


def test_a_page_title_keeps_its_brackets() -> None:
    """learner4 N11 (low): '# Korean Grammar Point: 이/가 [i/ga] (Subject markers)' titled the source '… 이/가 i/ga]
    (Subject markers)': a bracket that opens no link is text."""
    from compiler.sources.suggest import document_title

    assert document_title("a.md", ["# Korean Grammar Point: 이/가 [i/ga] (Subject markers)", "", "text"]) == (
        "Korean Grammar Point: 이/가 [i/ga] (Subject markers)"
    )
    assert document_title("b.md", ["# See [the guide](guide.md) first", "", "text"]) == "See the guide first"
