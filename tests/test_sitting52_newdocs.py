"""Fifty-second sitting, helper newdocs: fresh documents of a new user's kinds, read card by card.

N29: a Google Docs page downloaded as HTML raises and lowers text by a style, not a tag ('.c7{vertical-align:super}'
and '<span class="c7">23</span>', or the style on the span itself): its superscripts and subscripts are kept as
'<sup>' / '<sub>'; before, '6.022 × 10²³' was '6.022 × 1023' on the card, a wrong number, and 'H₂SO₄' 'H2SO4'.

N32: a worksheet answering with fractions after a bold label ('**Answer:** 5/36', '**Answer:** 2/15'): its cards; before,
the label's closing '*' and the fraction read as a Google Form's required mark and points ('Which …? *1/1'), and the file
gave no card ('Google Forms: question 1: the copied page shows no right answer').

N30: a question whole ('… What is the probability that the sum is 8?') over statements of its working and then its answer
label ('There are 36 equally likely outcomes; 5 of them sum to 8.' / '**Answer:** 5/36'): the working on the back with
the answer, as a maths block's already was; before, it was on the front, giving the answer away. An instruction to the
reader there ('Give your answer as a fraction.') stays on the front.

N31: a timeline whose years carry their era ('AD 79 — Eruption of Vesuvius', '264–146 BC — The Punic Wars'): a card a
line; before, 'AD 79' read as a label and its number ('Question 3') and the file gave no card.

N33: a title that asks over sub-headings that only name code ('# Git — what does this command do?' / '### `git stash
pop`' / what it does): a card per command, 'git stash pop — What does this command do?'; and programs with no label over
them, each followed by its answer label ('# Haskell — what does GHCi print?' / a program / '**Output:** `[2,3,4]`'): a
card per program; before, ONE card of the whole page.

N34: a revision outline in nested bullets, its questions under topic entries ('- Cells' / '  - Organelles' / '    - What
does the Golgi apparatus do?' / '      - Modifies, sorts …'): a card per question, the topics its section; before, ONE
card of the whole page ('it asks no question').

N35: a 'label the diagram' page whose labels are blanks under the picture ('A. ____________') named by a key further down
('## Answers' / 'A. Aorta'): 'What is labelled A?' with the picture, a card per label; before, ONE card 'Answers' holding
the key.

N36: a gap written in brackets in fill-the-gap sentences with the answer after ('The powerhouse of the cell is the [...].
(mitochondrion)'), numbered or not: a card each, as '______' is; before, no card from the file.

N37: Chinese sentences each with its translation after a space ('1. 我是学生。 I am a student.'): the sentence the front,
the translation the back; before, 'none of its 4 questions has an answer'.

N38: an exam question in parts, each one line answered right under it ('**Question 1**' / '(i) State … [1]' /
'**Answer:** 6' / '(ii) Name … [1]' / '**Answer:** Ionic bond'): a card per part, the label its section; before, part
(i) and its answer were glued onto part (ii)'s front, the back (ii)'s answer.

N39: a Jeopardy page, each block its clue under an answer label over the question that responds ('Answer: This gas …' /
'Question: What is nitrogen?'): each block's own two lines a card; before, each question took the NEXT block's clue.

N40: Korean sentences with their translation after ('저는 학생입니다. I am a student.'): split where the translation
starts; before, at the first space ('저는' => '학생입니다. I am a student.').

N41: numbered tasks over '**Answer:** …' lines that hold an arrow ('Balance: H₂ + O₂ → H₂O' / '**Answer:** 2H₂ + O₂ →
2H₂O'): the tasks and their answers; before, a word list split at '→', six junk cards.

N42: a bold question whose '?' sits inside closing quotes ('**Какой падеж отвечает на вопрос «кого? чего?»**'): a
question; before, text outside any question.

N43: a table of facts outside any question on a page that asks: said as 'a table of 6 rows outside any question is not
in any card' with the fix (name its columns as a question and its answer), which works; before, 'text outside any
question … its introduction'.

N44: a word list's title with a bracketed note right under it ('ANCIENT ROME — KEY DATES' / '(learn the date AND the
event)'): both the list's title, no card; before, a card 'ANCIENT ROME' → 'KEY DATES' and the note a question with no
answer.

Documents in tests/data/sitting52/newdocs/.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting52" / "newdocs"


def test_n29_a_styled_superscript_or_subscript_stays_one(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"chem.html": DATA / "gdocs-scripts.html"})
    backs = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert backs == {
        "What is Avogadro's number?": "<p>6.022 × 10<sup>23</sup> per mole</p>",
        "What is the formula of sulfuric acid?": "<p>H<sub>2</sub>SO<sub>4</sub></p>",
        "What is the charge of a proton?": "<p>Positive (+1).</p>",
    }
    assert not skipped


def test_n32_fraction_answers_after_a_bold_label_are_no_google_form(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"prob.md": DATA / "fraction-answers.md"})
    backs = [note_back(n) for n in notes]
    assert len(notes) == 2 and not skipped and not [m for m in messages if "Google Forms" in m]
    assert backs[0].endswith("Answer: 5/36") and backs[1].endswith("Answer: 2/15")


def test_n30_working_between_a_question_and_its_answer_label_is_on_the_back(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"prob.md": DATA / "worked-answers.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Two fair dice are rolled. What is the probability that the sum is 8?": "There are 36 equally likely outcomes; 5 of them sum to 8. Answer: 5/36",
        "A bag holds 4 red and 6 blue marbles. What is the probability that two drawn are both red?": "4/10 · 3/9 = 12/90, which simplifies to 2/15. Answer: 2/15",
        # (an instruction to the reader stays on the front)
        "A coin is tossed three times. What is the probability of exactly two heads? Give your answer as a fraction.": "3/8",
    }
    assert not skipped


def test_n31_a_timeline_of_bc_and_ad_years_is_a_card_a_line(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"rome.txt": DATA / "timeline-era.txt"})
    got = {note_front(n): note_back(n) for n in notes}
    assert len(got) == 6 and not skipped
    assert got["AD 79"] == "Eruption of Vesuvius buries Pompeii" and got["264–146 BC"] == "The three Punic Wars against Carthage"


def test_n33_a_title_that_asks_over_code_headings_is_a_card_per_command(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"git.md": DATA / "git-commands.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert len(got) == 4 and not skipped
    assert got["git stash pop — What does this command do?"] == "Re-applies the most recently stashed changes and removes them from the stash."


def test_n33_programs_each_over_their_answer_label_are_a_card_each(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"ghci.md": DATA / "ghci-output.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the output? ghci> map (+1) [1,2,3]", "Output: [2,3,4]"),
        ("What is the output? ghci> foldr (-) 0 [1,2,3]", "Output: 2"),
        ('What is the output? ghci> take 3 (cycle "ab")', 'Output: "aba"'),
    ]
    notes, skipped, _messages = built_notes(tmp_path / "rust", {"rust.md": DATA / "rust-answers.md"})
    fronts = [note_front(n) for n in notes]
    assert len(notes) == 2 and all(f.startswith("Does it compile? let") for f in fronts) and not skipped
    assert note_back(notes[0]) == "No — s was moved into t (E0382)."


def test_n34_questions_nested_under_topic_bullets_are_cards(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"bio.md": DATA / "outline-questions.md"})
    got = {note_front(n): (note_back(n), n["sections"]) for n in notes}
    assert got["What is osmosis?"][0] == "Diffusion of water across a partially permeable membrane"
    assert got["What is a phenotype?"][0] == "The observable characteristics of an organism"
    assert len(got) == 5 and not skipped
    assert not [m for m in messages if "asks no question" in m or "outside" in m]


def test_n35_blank_labels_answered_by_a_key_below_are_a_card_per_label(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"heart.md": DATA / "label-blanks.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["[image: Diagram of the heart with letters A–F] What is labelled A?"] == "Aorta"
    assert got["[image: Diagram of the heart with letters A–F] What is labelled F?"] == "Superior vena cava"
    assert len(got) == 6 and not skipped and not [m for m in messages if "outside" in m]


def test_n36_a_bracketed_gap_with_its_answer_after_is_a_card(tmp_path: Path) -> None:
    for name in ("gap-brackets.txt", "gap-brackets-unnumbered.txt"):
        notes, skipped, _messages = built_notes(tmp_path / name, {name: DATA / name})
        got = {note_front(n): note_back(n) for n in notes}
        assert got["The powerhouse of the cell is the [...]."] == "mitochondrion", name
        assert got["The [...] controls what enters and leaves the cell."] == "cell membrane", name
        assert not skipped


def test_n37_chinese_sentences_with_their_translation_after_a_space(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"zh.txt": DATA / "parallel-zh.txt"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "我是学生。": "I am a student.",
        "你叫什么名字？": "What is your name?",
        "今天天气很好。": "The weather is nice today.",
        "我喜欢喝茶。": "I like drinking tea.",
    }
    assert not skipped


def test_n38_parts_each_over_their_own_answer_label_are_a_card_each(tmp_path: Path) -> None:
    for name in ("exam-parts.md", "exam-parts-headings.md"):
        notes, skipped, messages = built_notes(tmp_path / name, {name: DATA / name})
        got = {note_front(n): note_back(n) for n in notes}
        first, second = ("(i)", "(ii)") if name == "exam-parts.md" else ("(a)", "(b)")
        assert got == {
            f"{first} State the number of protons in a carbon atom.": "6",
            f"{second} Name the type of bond in sodium chloride.": "Ionic bond",
            f"{first} What is the pH of pure water at 25 °C?": "7",
        }, name
        assert [n["sections"] for n in notes][1][-1].endswith("Question 1") and not skipped
        assert not [m for m in messages if "statement headings" in m]


def test_n39_a_jeopardy_page_pairs_each_clue_with_its_own_question(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"jeopardy.txt": DATA / "jeopardy.txt"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is nitrogen?": "This gas makes up about 78% of Earth's atmosphere.",
        "What is Saturn?": "This planet has the most moons.",
        "What is the ohm?": "The SI unit of electrical resistance.",
    }
    assert not skipped


def test_n40_korean_sentences_split_where_the_translation_starts(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"ko.txt": DATA / "korean-sentences.txt"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "저는 학생입니다.": "I am a student.",
        "이름이 뭐예요?": "What is your name?",
        "오늘 날씨가 좋아요.": "The weather is nice today.",
    }
    assert not skipped


def test_n41_answer_lines_holding_an_arrow_make_no_word_list(tmp_path: Path) -> None:
    notes, skipped, _messages = built_notes(tmp_path, {"chem.md": DATA / "balance-equations.md"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "Balance: H₂ + O₂ → H₂O": "2H₂ + O₂ → 2H₂O",
        "Balance: N₂ + H₂ → NH₃": "N₂ + 3H₂ → 2NH₃",
        "Balance: CH₄ + O₂ → CO₂ + H₂O": "CH₄ + 2O₂ → CO₂ + 2H₂O",
    }
    assert not skipped


def test_n42_a_bold_question_whose_mark_sits_inside_closing_quotes(tmp_path: Path) -> None:
    notes, _skipped, messages = built_notes(tmp_path, {"ru.md": DATA / "russian-cases.md"})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Какой падеж отвечает на вопрос «кого? чего?»"] == "Родительный падеж."
    assert got["Какой падеж отвечает на вопрос «кому? чему?»"] == "Дательный падеж."
    assert len(got) == 3 and not [m for m in messages if "outside" in m]
    notes, _skipped, _messages = built_notes(tmp_path / "en", {"q.md": DATA / "quoted-questions.md"})
    assert [note_front(n) for n in notes] == ['What does the word "why?"', "Which case answers «кого? чего?»", "How many cases?"]


def test_n43_a_table_outside_any_question_is_said_as_a_table_with_its_fix(tmp_path: Path) -> None:
    notes, _skipped, messages = built_notes(tmp_path, {"keys.md": DATA / "key-signatures.md"})
    said = [m for m in messages if ":3:" in m]
    assert len(notes) == 3 and len(said) == 1
    assert "a table of 6 rows outside any question is not in any card" in said[0] and "introduction" not in said[0]
    assert "'| Term | Definition |'" in said[0]
    fixed = (DATA / "key-signatures.md").read_text(encoding="utf-8").replace("| Key | Sharps / flats | Accidentals |", "| Term | Definition | Accidentals |")
    notes, _skipped, messages = built_notes(tmp_path / "fixed", {"keys.md": fixed})
    assert len(notes) == 9 and not [m for m in messages if "not in any card" in m]


def test_n44_a_bracketed_note_under_a_word_lists_title_is_no_card(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"rome.txt": DATA / "timeline-noted.txt"})
    fronts = [note_front(n) for n in notes]
    assert len(fronts) == 8 and fronts[0] == "753 BC" and "ANCIENT ROME" not in fronts
    assert not skipped and not [m for m in messages if "no answer" in m]
