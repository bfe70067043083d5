"""Fourteenth sitting, formats helper: cloze siblings (learner5 L38) and the open findings after it."""

from __future__ import annotations

import re
from pathlib import Path

from ankiutil import import_apkg, open_collection
from conftest import deck_of

from compiler.build import build
from compiler.render import cloze_html
from compiler.sources.choices import find_choices
from compiler.sources.cloze import giveaways
from compiler.sources.letters import latin_option_letters
from compiler.sources.oxycards import oxycards

BIOLOGY = """# Cell biology

- The {{c1::mitochondrion}} is the site of {{c2::aerobic respiration}}.
- The {{c1::mitochondria}} carry their own {{c2::mitochondrial DNA}}.
"""


def _fronts(tmp_path: Path, table: str = "") -> list[str]:
    """Each card's front as Anki renders it, style and script left out."""
    content = deck_of(tmp_path, {"bio.md": BIOLOGY}, table)
    build(content, tmp_path / "build", formats=("apkg",), now=1_000)
    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, next((tmp_path / "build").glob("*.apkg")))
        cards = sorted((col.get_card(c) for c in col.find_cards("")), key=lambda c: (c.nid, c.ord))
        fronts = [re.sub(r"<style>.*?</style>|<script>.*?</script>", "", c.question(), flags=re.S) for c in cards]
    finally:
        col.close()
    return [re.sub(r"\s+", " ", f) for f in fronts]


def test_a_sibling_is_hidden_only_where_it_gives_the_answer_away() -> None:
    """'The [...] is the site of [...]' left nothing to recall from (learner5 L38): a sibling shows, as in Anki,
    unless its answer holds the asked one's or is held in it."""
    assert giveaways("The {{c1::mitochondrion}} is the site of {{c2::aerobic respiration}}.") == set()
    assert giveaways("The {{c1::mitochondria}} carry their own {{c2::mitochondrial DNA}}.") == {0, 1}
    assert giveaways("{{c1::DNA}} is copied by {{c2::DNA polymerase}}; {{c3::RNA}} by {{c4::transcription}}.") == {0, 1}
    assert giveaways("{{c1::Aerobic respiration}} gives 36 ATP, {{c2::anaerobic respiration}} 2.") == {0, 1}
    # the same number twice is one card's answers, never each other's siblings; a short answer as a whole word only
    assert giveaways("Made of {{c1::rRNA}} and {{c1::rRNA proteins}}; {{c2::a}} is no {{c3::answer}}.") == set()
    assert giveaways("{{c1::\\(\\mathbf{x}\\)}} and {{c2::\\(\\mathbf{y}^2\\)}}") == set()


def test_the_field_marks_only_the_giveaways_unless_the_deck_hides_every_sibling() -> None:
    text = "The {{c1::mitochondria}} carry {{c2::mitochondrial DNA}} and {{c3::ribosomes}}."
    assert cloze_html(text) == (
        'The {{c1::<span class="cloze-sib">mitochondria</span>}} carry '
        '{{c2::<span class="cloze-sib">mitochondrial DNA</span>}} and {{c3::ribosomes}}.'
    )
    hidden = cloze_html("{{c1::Paris::city}} is the capital of {{c2::France}}", siblings="hide")
    assert hidden == '{{c1::<span class="cloze-sib">Paris</span>::city}} is the capital of {{c2::<span class="cloze-sib">France</span>}}'
    assert cloze_html("{{c1::std::cout}} prints {{c2::std::cout}}") == (
        '{{c1::<span class="cloze-sib">std&#58;&#58;cout</span>}} prints {{c2::<span class="cloze-sib">std&#58;&#58;cout</span>}}'
    )


def test_anki_shows_the_sibling_on_the_front_and_the_knob_hides_it(tmp_path: Path) -> None:
    shown = _fronts(tmp_path / "show")
    assert 'is the site of <span class="cloze-inactive" data-ordinal="2">aerobic respiration</span>' in shown[0]
    assert '<span class="cloze-inactive" data-ordinal="2"><span class="cloze-sib">mitochondrial DNA</span>' in shown[2]
    hidden = _fronts(tmp_path / "hide", 'cloze_siblings = "hide"\n')
    assert '<span class="cloze-inactive" data-ordinal="2"><span class="cloze-sib">aerobic respiration</span>' in hidden[0]


BALLOT_EXAM = """# Prüfung

### Frage 1: (10 Punkte)
Welche Sozialversicherung zahlt bei Arbeitslosigkeit?

☐ A) Krankenversicherung
☐ B) Rentenversicherung
☐ C) Arbeitslosenversicherung
☐ D) Pflegeversicherung

### Frage 2: (10 Punkte)
Was versteht man unter Nettoentgelt?

☐ A) Bruttogehalt + Zuschläge
☐ B) Bruttogehalt - Steuern und Sozialabgaben
☐ C) Nur das Grundgehalt

### Frage 3: (10 Punkte)
Wann endet ein Ausbildungsverhältnis regulär?

☐ A) Mit Bestehen der Abschlussprüfung
☐ B) Am Ende der Probezeit

# LÖSUNGEN

1. C
✅ **Richtig:** Arbeitslosenversicherung / Bundesagentur für Arbeit

2. B
✅ **Richtig:** Bruttogehalt minus Steuern

3. A
✅ **Richtig:** Mit Bestehen der Abschlussprüfung
"""


def test_a_ballot_box_before_each_label_is_no_part_of_the_option(tmp_path: Path) -> None:
    """'☐ A) …' lines (a paper exam's boxes to tick, trial15 T15-6) are the question's options, the box left off;
    a ticked ballot box '☒ B)' marks the right one as '☑ B)' does."""
    found = find_choices(["☐ A) 3", "☒ B) 4", "☐ C) 5"])
    assert found is not None and found.options == [("A", "3"), ("B", "4"), ("C", "5")] and found.correct == "B"
    found = find_choices(["□ A) 4", "□ B) 6", "□ C) 7", "", "Answer: C"])
    assert found is not None and found.options[0] == ("A", "4") and found.correct == "C"
    compiled = build(deck_of(tmp_path, {"exam.md": BALLOT_EXAM}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = [i for i in compiled.items if not i.skip]
    assert [(i.question[:20], i.correct) for i in items] == [
        ("Welche Sozialversich", "C"),
        ("Was versteht man unt", "B"),
        ("Wann endet ein Ausbi", "A"),
    ]
    assert all("☐" not in c.text for i in items for c in i.choices)


def test_cyrillic_option_letters_keyed_at_the_end_of_the_test(tmp_path: Path) -> None:
    """'А. да' / 'Б. нет' options (capital Cyrillic letters) and the test's key 'Ответы: 1-Б, 2-В' at its end: the
    build stopped 'cannot tell this document's layout' (trial15 T15-12); lower-case 'а) 4' options were unkeyed."""
    test = "1. Вопрос один\nА. да\nБ. нет\n2. Вопрос два\nА. x\nБ. y\nВ. z\n\nОтветы: 1-Б, 2-В\n"
    assert latin_option_letters(test) == "1. Вопрос один\nA. да\nB. нет\n2. Вопрос два\nA. x\nB. y\nC. z\n\nОтветы: 1-B, 2-C\n"
    lower = "1. Сколько бит в байте?\nа) 4\nб) 8\n\n**Ответы:**\n1. б\n"
    assert latin_option_letters(lower).endswith("A) 4\nB) 8\n\n**Ответы:**\n1. B\n")
    greek = "1. Πρωτεύουσα;\nΑ) Αθήνα\nΒ) Σπάρτη\n\nΑπαντήσεις: 1-Α\n"
    assert latin_option_letters(greek).endswith("A) Αθήνα\nB) Σπάρτη\n\nΑπαντήσεις: 1-A\n")
    # a numbered line that opens with the word 'В' ('in') is no key entry; a key in an alphabet no option used stays
    kept = "1. Кто?\nа) я\nб) ты\n\n2. В каком году?\nОтветы: 1-а, 3-Я\n"
    assert latin_option_letters(kept).endswith("2. В каком году?\nОтветы: 1-а, 3-Я\n")
    lower2 = "1. Сколько бит в байте?\nа) 4\nб) 8\n\n2. Столица Франции?\nа) Берлин\nб) Мадрид\nв) Париж\n\nОтветы: 1-б, 2-в\n"
    for name, text in {"ru.txt": test, "ru-lower.txt": lower2}.items():
        compiled = build(deck_of(tmp_path / name, {name: text}), tmp_path / name / "build", formats=("json",), now=1_000).compiled
        assert compiled is not None
        assert [i.correct for i in compiled.items if not i.skip] == ["B", "C"]


PRACTICE = """## Practice Questions

<details>
<summary><strong>View Questions</strong></summary>

### Fill in the Blanks

1. The __________ instruction specifies the base image for the build.
2. __________ is preferred over ADD for simple file copying.

### True/False

1. ⬜ Each RUN instruction creates a new layer in the image
2. ⬜ EXPOSE actually publishes the port to the host

### Multiple Choice

1. Which instruction should come first in a Dockerfile?
   - A) RUN
   - B) FROM
   - C) COPY

2. When are ARG values available?
   - A) Build time only
   - B) Runtime only
   - C) Never

---

### Answers

<details>
<summary><strong>View Answers</strong></summary>

**Fill in the Blanks:**
1. FROM
2. COPY

**True/False:**
1. ✅ True - Each RUN creates a layer
2. ❌ False - EXPOSE is documentation

**Multiple Choice:**
1. **B** - FROM (must be first, except ARG before FROM)
2. **A** - Build time only

</details>

</details>"""


def test_practice_parts_are_keyed_by_the_key_parts_of_the_same_name(tmp_path: Path) -> None:
    """Three parts numbered from 1 each, keyed by '**True/False:**'-labelled parts of '### Answers' (trial15 T15-26):
    18 questions had made one card fronted by a fill-in's answer. Each question is a card under its part."""
    compiled = build(deck_of(tmp_path, {"practice.md": PRACTICE}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = [i for i in compiled.items if not i.skip]
    got = [(i.section[-1], i.question[:24], i.correct or i.answer[0].plain()[:12]) for i in items]
    assert got == [
        ("Fill in the Blanks", "The __________ instructi", "FROM"),
        ("Fill in the Blanks", "__________ is preferred ", "COPY"),
        ("True/False", "Each RUN instruction cre", "True - Each "),
        ("True/False", "EXPOSE actually publishe", "False - EXPO"),
        ("Multiple Choice", "Which instruction should", "B"),
        ("Multiple Choice", "When are ARG values avai", "A"),
    ]
    assert items[4].answer[0].plain().startswith("FROM (must be first") and not items[5].answer  # (not 'Build time only' again)
    assert [i.locator.line for i in items] == [8, 9, 13, 14, 18, 23]  # each question where the document asks it


def test_a_set_of_pairs_keeps_its_braces_on_the_sheet() -> None:
    """'\\lbrace (1, 2), (1, 3) \\rbrace' could not be typeset ('unexpected argument': tex2typst wrote 'brace.l(1, 2)',
    a call in Typst), so an Indonesian workbook's set notation printed as TeX (trial15 T15-20)."""
    from compiler.emit.typstmath import convert

    assert convert(r"\lbrace (1, 2), (1, 3), (2, 4) \rbrace") == ("brace.l (1, 2), (1, 3), (2, 4) brace.r", "")
    assert convert(r"\langle (1, 2) \rangle")[0] == "chevron.l (1, 2) chevron.r"
    assert convert(r"\lvert (x) \rvert")[0] == "lr(|(x)|)" and convert(r"\lVert v \rVert")[0] == "norm(v)"
    assert convert(r"f(x) = \sin(x)")[0] == "f(x) = sin(x)"  # a function's call stays one


def test_a_stray_quote_in_a_bank_loses_no_row_and_says_where_it_is(tmp_path: Path) -> None:
    """One opening quote never closed in a Blooket-style bank took every later row into one cell: 4 of 6 questions
    gone, the only message about an empty key (trial15 T15-51)."""
    bank = (
        "Question,Option A,Option B,Option C,Correct Answer\n"
        "What is 2+2?,3,4,5,B\n"
        '"Which is a prime?" (pick one),"4,0",7,"8,C\n'
        "What colour is the sky?,Red,Blue,Green,B\n"
        "Which is a fruit?,Apple,Brick,Nail,A\n"
    )
    result = build(deck_of(tmp_path, {"bank.csv": bank}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = [i for i in result.compiled.items if not i.skip]
    assert [(i.question, i.correct) for i in items] == [
        ("What is 2+2?", "B"),
        ("Which is a prime? (pick one)", "C"),
        ("What colour is the sky?", "B"),
        ("Which is a fruit?", "A"),
    ]
    assert [c.text for c in items[1].choices] == ["4,0", "7", "8"]  # (the quoted option read as quoted, the stray one gone)
    said = [d for d in result.summary.warnings if "opens a quote" in d.message]
    assert len(said) == 1 and said[0].line == 3 and "at column 40" in said[0].message and "(2 rows)" in said[0].message


OXYCARDS = """flashcard

# What is a closure?
A function together with the variables it captured.

---

multiple_choice

# Which keyword declares a constant in JavaScript?
* let
- const
* var

---

multiple_answer

# Which are prime numbers
[*] 2
[ ] 4
[*] 7

---

fill_in_the_blanks

# Fill in the gaps
Water boils at _100_ degrees _C|Celsius_.
"""


def test_an_oxycards_deck_reads_card_by_card(tmp_path: Path) -> None:
    """The oxycards app's format (a type line, a '# ' question, the body; '---' between): the type word was the card
    above's last word, the right option unmarked, '[*] … [*]' one emphasis span, blanks italics (trial15 T15-9)."""
    compiled = build(deck_of(tmp_path, {"cards.md": OXYCARDS}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = [i for i in compiled.items if not i.skip]
    assert [i.question for i in items] == [
        "What is a closure?",
        "Which keyword declares a constant in JavaScript?",
        "Which are prime numbers",
        "Water boils at _____ degrees _____.",
    ]
    assert items[0].answer[0].plain() == "A function together with the variables it captured."  # (no 'multiple_choice')
    assert items[1].correct == "B" and items[2].correct == "A,C"
    assert "100" in items[3].answer[0].plain() and "C / Celsius" in items[3].answer[0].plain()
    assert oxycards("flashcard\n# Just one\ntext\n") == "flashcard\n# Just one\ntext\n"  # one card: no such deck


def test_a_blackboard_fill_in_of_named_blanks_says_each_blanks_answers(tmp_path: Path) -> None:
    """Blackboard FIB_PLUS: blanks named in the question ('[AB]'), then per blank its name and accepted answers, an
    empty field between blanks. The back taught the first blank's NAME ('AB — Also accepted: 15, , AC, …'), and a
    file of one such row was a card fronted 'FIB_PLUS' (trial15 T15-78)."""
    row = "FIB_PLUS\tThe distance A-B is [AB] and the order is [order].\tAB\t15\t\torder\tabc\tcba\n"
    compiled = build(deck_of(tmp_path, {"bb.txt": row}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    (item,) = [i for i in compiled.items if not i.skip]
    assert item.question == "The distance A-B is _____ and the order is _____."
    assert item.answer[0].items == ["AB: 15", "order: abc / cba"]


WALKTHROUGH = """# Disgruntled

## Walkthrough

### Question 1:
The user installed a package with elevated privileges. What is the full command?
 #### Process
1. Checked the bash history for install commands

    ```
    cat .bash_history
    ```
    It shows an apt line.
2. Checked the authentication log

    ```
    grep sudo auth.log
    ```

#### Answer
* `/usr/bin/apt install dokuwiki`

### Question 2:
Which user was created after the package was installed?
 #### Process
1. Read the authentication log again

    ```
    grep useradd auth.log
    ```
2. Found the new account

#### Answer
* `it-admin`

### Question 3:
When was the user given root rights?
 #### Process
1. Looked for usermod lines

#### Answer
* `Dec 28 06:27:34`
"""


def test_a_walkthroughs_process_steps_are_no_key_in_parts() -> None:
    """Each question's '#### Process' steps and '#### Answer' (a TryHackMe write-up) are no parts keyed by a key in
    parts: the T15-26 rewrite took the later questions' steps for key parts and lost them (trial15 T15-15 recheck:
    4/4 -> 1). Only distinct part names, each keyed once, pair."""
    from compiler.sources.answerkey import _parted_key

    assert _parted_key(WALKTHROUGH.split("\n")) is None
    assert _parted_key(PRACTICE.split("\n")) is not None
