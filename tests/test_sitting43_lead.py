"""Forty-third sitting, lead: pages written fresh as learners bring them, built with no config; each finding fixed with
a general rule."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.quoted_asks import quoted_asks

QUOTED_QA = """# Astronomia — revisão para a prova

## Perguntas

> **1. O que é um ano-luz?**
> A distância que a luz percorre em um ano, cerca de 9,46 trilhões de km.

> **2. Por que a Lua tem fases?**
> Porque vemos partes diferentes da sua face iluminada pelo Sol.

> **3. Qual é o planeta mais quente do Sistema Solar?**
> Vênus, por causa do efeito estufa da sua atmosfera densa.
"""


def test_quoted_questions_over_their_answers_in_the_quote_are_cards(tmp_path: Path) -> None:
    """A review sheet quoting each question with its answer ('> **1. …?**' / '> answer') gave no card: every quote was
    "text outside any question". Each is read as the same lines unquoted would be."""
    notes, _, said = built_notes(tmp_path / "a", {"astronomia.md": QUOTED_QA})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "O que é um ano-luz?": "A distância que a luz percorre em um ano, cerca de 9,46 trilhões de km.",
        "Por que a Lua tem fases?": "Porque vemos partes diferentes da sua face iluminada pelo Sol.",
        "Qual é o planeta mais quente do Sistema Solar?": "Vênus, por causa do efeito estufa da sua atmosfera densa.",
    }, said
    assert not any("outside any question" in s for s in said), said
    # plain questions (not bold), a '>' blank line between question and answer, an answer that is a list
    plain = (
        "# Chemistry check\n\n> What is an isotope?\n> Atoms of one element with different numbers of neutrons.\n\n"
        "> Why do noble gases rarely react?\n>\n> Their outer electron shells are full.\n\n"
        "> **Why do plant cells have a cell wall?**\n> - to keep their shape\n> - to resist the pressure of water\n"
    )
    notes, _, said = built_notes(tmp_path / "b", {"chem.md": plain})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["What is an isotope?"] == "Atoms of one element with different numbers of neutrons."
    assert cards["Why do noble gases rarely react?"] == "Their outer electron shells are full."
    assert "to keep their shape" in cards["Why do plant cells have a cell wall?"] and len(cards) == 3, cards


def test_quotes_that_are_not_questions_over_answers_stay_quotes() -> None:
    """One such quote alone, 'Q:' / 'A:' quotes (read as such by the labelled reader), callouts, a quote in the answer
    of a page that asks in headings: left as they are."""
    one = ["# Notes", "", "> Why do we sleep?", "> Nobody is quite sure.", "", "Some text."]
    assert quoted_asks(one) is one
    labelled = ["> **Q:** What does DNS do?", "> **A:** It names hosts.", "", "> **Q:** What is TCP?", "> **A:** A protocol."]
    assert quoted_asks(labelled) is labelled
    callouts = ["> [!question] What is mass?", "> Its inertia.", "", "> [!question] What is weight?", "> A force."]
    assert quoted_asks(callouts) is callouts
    headed = ["## What did Feynman say?", "", "> Why is it so?", "> He asked it often.", "", "> How?", "> By experiment."]
    assert quoted_asks(headed) is headed
    kept = ["> **What is osmosis?**", "> Water crossing a membrane.", "", "> What is diffusion?", "> Spreading out."]
    assert quoted_asks(kept) == ["**What is osmosis?**", "Water crossing a membrane.", "", "**What is diffusion?**", "Spreading out."]


def test_a_keys_verdict_with_its_reason_in_brackets_is_a_true_false_card(tmp_path: Path) -> None:
    """'**Answers:** 1. True 2. False (two: Phobos and Deimos)': the entries with a reason were plain answers, their
    statements asked with no 'True or false:' while their siblings were (one quiz, two shapes of card)."""
    quiz = (
        "# True or false? — The solar system\n\n1. The Sun is a star.\n2. Mars has three moons.\n"
        "3. Pluto is classed as a major planet.\n\n---\n\n"
        "**Answers:** 1. True 2. False (two: Phobos and Deimos) 3. False (a dwarf planet since 2006)\n"
    )
    notes, _, _ = built_notes(tmp_path, {"tf.md": quiz})
    cards = {note_front(n): note_back(n) for n in notes}
    assert set(cards) == {
        "True or false: The Sun is a star.",
        "True or false: Mars has three moons.",
        "True or false: Pluto is classed as a major planet.",
    }, cards
    assert cards["True or false: Mars has three moons."].startswith("False") and "Phobos" in cards["True or false: Mars has three moons."]


SQL = """# SQL interview questions

### 1. What is a primary key?

A column whose values identify each row uniquely.

### 2. Explain the types of JOIN.

| Join | Returns |
|---|---|
| INNER JOIN | rows with a match in both tables |
| LEFT JOIN | all rows of the left table, matches from the right |
| FULL OUTER JOIN | all rows of both tables |

### 3. What does `DISTINCT` do?

It removes duplicate rows from the result.
"""


def test_a_table_under_an_explain_task_among_numbered_questions_is_its_answer(tmp_path: Path) -> None:
    """'### 2. Explain the types of JOIN.' over a table of two columns: the rows were cards and the task their section
    (the question lost with no message); a table of facts alone under a heading that names a topic ('## Key dates')
    stays a card per row (test_sitting42_lead)."""
    notes, _, _ = built_notes(tmp_path, {"sql.md": SQL})
    cards = {note_front(n): note_back(n) for n in notes}
    assert set(cards) == {"What is a primary key?", "Explain the types of JOIN.", "What does DISTINCT do?"}, cards
    assert "INNER JOIN" in cards["Explain the types of JOIN."] and "FULL OUTER JOIN" in cards["Explain the types of JOIN."]


PAPER = """# Biology — past paper answers

## Question 1

(a) State the function of the red blood cells.

They carry oxygen around the body.

(b) Explain why red blood cells have no nucleus.

It leaves more room for haemoglobin, so they carry more oxygen.

## Question 2

(a) Name the process by which plants lose water through their leaves.

Transpiration.

(b) Give one factor that increases its rate.

A higher temperature (also: wind, low humidity, more light).
"""


def test_lettered_parts_each_answered_by_the_paragraph_under_it_are_a_card_each(tmp_path: Path) -> None:
    """'## Question 1' / '(a) State …' / its answer / '(b) Explain …' / its answer, no 'Answer:' label: part (b) and its
    answer were on part (a)'s back (a question hidden in an answer). A card per part, its label heading above it."""
    notes, _, _ = built_notes(tmp_path, {"paper.md": PAPER})
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(cards) == 4, cards
    assert cards["Question 1 (a) State the function of the red blood cells."] == "They carry oxygen around the body."
    assert cards["Question 1 (b) Explain why red blood cells have no nucleus."].startswith("It leaves more room")
    assert cards["Question 2 (b) Give one factor that increases its rate."].startswith("A higher temperature")
    # a part that neither asks nor tells a task ('(a) The heart.' / its text): the parts stay one answer
    listed = PAPER.replace("(a) State the function of the red blood cells.", "(a) Red blood cells.")
    notes, _, _ = built_notes(tmp_path / "b", {"paper.md": listed})
    assert len(notes) == 3, [note_front(n) for n in notes]

    # a stem under the label (bold part letters): the label, then the stem, above each part
    stem = (
        "# Physics\n\n## Question 3\n\nA car accelerates from rest at 2 m/s² for 5 s.\n\n**(a)** What is its final speed?\n\n"
        "10 m/s.\n\n**(b)** How far does it travel?\n\n25 m.\n"
    )
    notes, _, _ = built_notes(tmp_path / "c", {"stem.md": stem})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "Question 3 A car accelerates from rest at 2 m/s² for 5 s. (a) What is its final speed?": "10 m/s.",
        "Question 3 A car accelerates from rest at 2 m/s² for 5 s. (b) How far does it travel?": "25 m.",
    }, cards


QUIZ_PAGE = """<!DOCTYPE html>
<html><head><title>HTML Quiz</title></head><body>
<nav><a href="/">Home</a> | <a href="/quiz">Quizzes</a></nav>
<h1>HTML Quiz</h1>
<form>
<div class="question">
<p>1. What does HTML stand for?</p>
<label><input type="radio" name="q1"> Hyperlinks and Text Markup Language</label><br>
<label><input type="radio" name="q1" data-correct="true"> Hyper Text Markup Language</label><br>
<label><input type="radio" name="q1"> Home Tool Markup Language</label>
</div>
<p>2. Which element makes the largest heading?</p>
<div>
<label><input type="radio" name="q2" class="correct"> &lt;h1&gt;</label><br>
<label><input type="radio" name="q2"> &lt;h6&gt;</label>
</div>
<div><p>3. Which tag makes a line break?</p>
<label><input type="radio" name="q3"> &lt;br&gt;</label> <label><input type="radio" name="q3"> &lt;lb&gt;</label></div>
<button>Check</button>
</form>
<footer>Copyright 2025</footer>
</body></html>
"""


def test_radio_buttons_grouped_by_name_without_a_fieldset_are_quiz_questions(tmp_path: Path) -> None:
    """A quiz page whose questions are divs of radio buttons sharing a name (no fieldset) gave no card ("its 1 heading
    has nothing under it": the form went as page chrome). Each group is its question over its options, keyed by the
    input marked correct; the question before the group's element counts too; unkeyed, it is said at its line."""
    notes, _, said = built_notes(tmp_path, {"quiz.html": QUIZ_PAGE})
    by_front = {note_front(n): n for n in notes}
    assert set(by_front) == {"What does HTML stand for?", "Which element makes the largest heading?"}, (set(by_front), said)
    assert "Hyper Text Markup Language" in by_front["What does HTML stand for?"]["fields"]["Correct"]
    assert "h1" in by_front["Which element makes the largest heading?"]["fields"]["Correct"]
    assert any("quiz.html:17:" in s and "none ticked" in s for s in said), said


LEANING = """# Python data structures

### 1. How do sets give fast lookups?

Sets use hash tables, so adding, removing and testing membership take constant time on average.

###### Why is it O(1)?

* **Hashing:** each element is hashed to an index of the underlying array.

#### Dictionary Example

Dictionaries are hash tables too.

###### Why is it O(1)?

* **Hashing:** the key's hash gives the slot of its value directly.
"""


def test_one_documents_short_question_about_a_pronoun_twice_over_other_answers_is_two_notes(tmp_path: Path) -> None:
    """'Why is it O(1)?' under a set's example and again under a dict's: one document's same words, merged
    automatically as 'the same question twice' and the dict's answer lost (trial43 T43-9). 'it' is what each heading
    is about: two notes."""
    from compiler.sources.lines import (
        refers_back as leans_on_context,  # (one rule with the Markdown reader's)
    )

    notes, _, _ = built_notes(tmp_path, {"ds.md": LEANING})
    backs = [note_back(n) for n in notes if note_front(n) == "Why is it O(1)?"]
    assert len(backs) == 2 and any("key's hash" in b for b in backs) and any("each element" in b for b in backs), backs
    assert leans_on_context("Why would you use one?") and leans_on_context("How does this work?")
    assert not leans_on_context("What is a hash table?")
    assert not leans_on_context("Why does the interpreter keep a reference count for this object when it is shared?")


def test_two_notes_of_one_package_each_with_its_guid_are_nothing_to_decide(tmp_path: Path) -> None:
    """A French package's author clozed one sentence twice (other translations) and asked one word in two senses: each
    pair was one of 31 "pairs to decide" (20 "likelier one question than two") on every build (trial43). Two notes of
    one package with their own GUIDs are the author's two notes: listed as kept apart, nothing to decide."""
    import genanki
    from click.testing import CliRunner

    from compiler.cli import main

    model = genanki.Model(
        1607392319, "Simple", fields=[{"name": "Front"}, {"name": "Back"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}],
    )  # fmt: skip
    deck = genanki.Deck(2059400110, "French")
    deck.add_note(genanki.Note(model=model, fields=["What does « la banque » mean?", "the bank (money)"], guid="aaaa1"))
    deck.add_note(genanki.Note(model=model, fields=["What does « la banque » mean?", "the bench of a river"], guid="bbbb2"))
    deck.add_note(genanki.Note(model=model, fields=["What does « la mer » mean?", "the sea"], guid="cccc3"))
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    genanki.Package(deck).write_to_file(str(content / "sources" / "french.apkg"))
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "wrote 3 notes" in result.output and "for you to decide" not in result.output, result.output
    assert "1 pair of questions looks alike but deckc keeps each as two cards" in result.output, result.output
    listed = CliRunner().invoke(main, ["dupes", str(content), "--status", "suggested"])
    assert "kept apart by their author" in listed.output, listed.output


TRIAL43 = Path(__file__).parent / "data" / "trials" / "trial43"


def test_details_whose_summary_is_a_heading_read_as_that_heading(tmp_path: Path) -> None:
    """T43-5: chapters folded as '<details>' / '<summary><h2>Introduction to Networking</h2></summary>' / Markdown /
    '</details>' were one card under the chapter's title, and the empty chapters still to write were the last card's
    back. The summary's heading is a heading: the chapter's title the section of its cards; an empty one is nothing."""
    page = (TRIAL43 / "t43-5-details-sections" / "ccna-notes.md").read_text(encoding="utf-8")
    notes, _, said = built_notes(tmp_path, {"ccna.md": page})
    sections = {note_front(n): n["fields"].get("Section", "") for n in notes}
    assert sections["TCP/IP Networking"] == "Introduction to Networking", sections
    assert "TCP/IP Model (5 Layers)" in sections and "Names of TCP/IP Messages" in sections, sections
    backs = " ".join(note_back(n) for n in notes)
    assert "Implementing Ethernet LANs" not in backs and "IPv4 Addressing" not in backs, backs
    assert not any("outside any question" in s for s in said), said
    # a summary of text (a question folded over its answer) is read as before
    folded = "# FAQ\n\n<details>\n<summary>What is a VLAN?</summary>\n\nA virtual LAN.\n\n</details>\n"
    notes, _, _ = built_notes(tmp_path / "b", {"faq.md": folded})
    assert {note_front(n): note_back(n) for n in notes} == {"What is a VLAN?": "A virtual LAN."}


def test_a_heading_that_names_a_formula_and_states_it_is_a_card_for_its_name(tmp_path: Path) -> None:
    """T43-3: '### PDF $\\lambda e^{-\\lambda x}$' with nothing under it was in no card and said nowhere; one with text
    under it asked its own formula on the front. The name is the front, the formula the back's first line; an index's
    '## A $#a$' and 'Derivative of $\\sin x$' (no name of its own) are left as they are."""
    page = (TRIAL43 / "t43-2-concept-notes" / "Exponential Distribution.md").read_text(encoding="utf-8")
    notes, _, _ = built_notes(tmp_path / "a", {"Exponential Distribution.md": page})
    # (the note has no title heading: its file's name is the topic of such short fronts, T43-2)
    cards = {note_front(n).removeprefix("Exponential Distribution › "): note_back(n) for n in notes}
    assert all(note_front(n).startswith("Exponential Distribution › ") for n in notes), cards
    assert cards["PDF"] == "\\(\\lambda e^{-\\lambda x}\\)", cards
    assert cards["CDF"] == "\\(1-e^{-\\lambda x}\\)", cards
    assert cards["Inverse CDF"].startswith("\\(-\\frac{\\ln(1-p)}{\\lambda}\\)") and "uniform sample" in cards["Inverse CDF"], cards
    from compiler.sources.formula_headings import formula_headings

    assert formula_headings(["## A $#a$", "- **Asset**: a file.", "## B $#b$", "- **Bundle**: the output."]) is None
    assert formula_headings(["### Derivative of $\\sin x$", "$\\cos x$"]) is None
    assert formula_headings(["### Why is $e^{i\\pi} = -1$?", "### Euler $e^{i\\pi}+1=0$"]) is None  # (the page asks)
    lines, origin = formula_headings(["# Mechanics", "### Newton's second law $F = ma$", "### Momentum $p = mv$"]) or ([], [])
    assert lines == ["# Mechanics", "### Newton's second law", "$F = ma$", "### Momentum", "$p = mv$"] and origin == [1, 2, 2, 3, 3]


def test_cjk_radicals_are_text_never_difficulty_markers(tmp_path: Path) -> None:
    """T43-12: '| 竹 / ⺮ | bamboo |': the radical forms (Unicode symbols of the CJK Radicals Supplement) were taken for
    difficulty markers, guessed as levels and cut from four fronts ('竹 /')."""
    page = (TRIAL43 / "t43-12-cjk-radicals" / "radicals.md").read_text(encoding="utf-8")
    notes, _, said = built_notes(tmp_path, {"radicals.md": page})
    fronts = {note_front(n) for n in notes}
    assert {"竹 / ⺮", "羊 / ⺶ / ⺷", "心 / 忄 / ⺗"} <= fronts, fronts
    assert not any("marker" in s for s in said), said


INDENTED = """# Python basics

1. ### What is Python?
       Python is a high-level, interpreted programming language. It is known for its
       readability and supports several programming paradigms.

2. ### How does Python find a name?
       When a name is referenced, Python looks for it in the following order:

       1. the local namespace
       2. the enclosing functions' namespaces
       3. the global namespace, then the built-in one.

### 3. What does this print?

    x = [1, 2, 3]
    print(x[0])

### 4. What does `ls -l` show?

    total 48
    drwxr-xr-x  5 user  staff  160 Jan  1 10:00 docs
"""


def test_prose_indented_as_code_is_read_as_text(tmp_path: Path) -> None:
    """T43-14: answers indented under their list item or heading four spaces or more are an indented code block to
    CommonMark: every back was a dark code box of hard-wrapped prose. A block that is sentences is read as Markdown
    where it stands (its list kept); code and a program's output stay code."""
    notes, _, _ = built_notes(tmp_path, {"basics.md": INDENTED})
    html = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert html["What is Python?"].startswith("<p>Python is a high-level"), html
    assert "<ol>" in html["How does Python find a name?"] and "<pre" not in html["How does Python find a name?"], html
    assert "<pre" in html["What does this print?"] and "<pre" in html["What does ls -l show?"], html


def test_a_glossary_list_where_some_terms_are_defined_gives_a_card_per_defined_term(tmp_path: Path) -> None:
    """T43-13: '### Nervous system' over numbered terms, some defined ('4. Central nervous system - Brain and spinal
    cord', '9. Saltatory conduction: An impulse …'), the rest bare ('3. Axon'): one card of the whole list. Each defined
    term is a card; the bare ones are said once with their count, at the list's line."""
    page = (TRIAL43 / "t43-13-partial-glossary" / "glossary.md").read_text(encoding="utf-8")
    notes, _, said = built_notes(tmp_path, {"glossary.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Central nervous system"] == "Brain and spinal cord", cards
    assert cards["Saltatory conduction"].startswith("An impulse jumping") and len(cards) == 5, cards
    bare = [s for s in said if "have no definition" in s]
    assert len(bare) == 1 and "glossary.md:3:" in bare[0] and "6 terms" in bare[0], said
    # a quiz written as records ('- Question: …' over nested '- Answer: 6') is no glossary
    from compiler.sources.term_defs import term_definitions

    records = ["- Question: How many heading levels are there?", "  - Answer: 6", "  - Type: Multiple Choice (Single)"]
    assert term_definitions(records) is None
    options = ["- A: `{ a: 'one', b: 'two' }`", "- B: `{ b: 'two', a: 'three' }`", "- C: `{ a: 'x', b: 'y' }`", "- D: `SyntaxError`"]
    assert term_definitions(options) is None


def test_the_long_answer_warning_names_the_longest_of_its_group(tmp_path: Path) -> None:
    """T43-4: three long answers were reported as one grouped warning quoting the first one's size, 'about 269 words',
    while another card held 2,167: the grouped report names the longest too."""
    para = "Cloud computing delivers computing services over the internet on demand and at scale. "
    page = "\n\n".join([
        "# Notes", "## First topic", para * 20, "## Second topic", para * 80, "## Third topic", para * 30,
    ]) + "\n"  # fmt: skip
    _, _, said = built_notes(tmp_path, {"notes.md": page})
    first = next(s for s in said if "the answer to 'First topic'" in s)
    assert "the longest of these 3: 'Second topic' at sources/notes.md:7, about 1040 words" in first, first


def test_numbered_questions_without_a_question_mark_over_nested_options_are_quiz_questions(tmp_path: Path) -> None:
    """T43-10: a test bank's '1. … the nurse must be which of the following' / '2. … at which of Benner's stages:' over
    tab-indented numbered options: one was a quiz, the others cards whose back was their options (or one card of the
    whole list). Each is a question over its options, keyed by the page's key, or said unkeyed."""
    page = (TRIAL43 / "t43-10-nested-options" / "chapter1.md").read_text(encoding="utf-8")
    quiz = page[page.index("### Questions") :] + "\n**Answers:** 1-B, 2-B, 3-A\n"
    notes, _, _ = built_notes(tmp_path / "a", {"quiz.md": quiz})
    correct = {note_front(n): n["fields"].get("Correct", "") for n in notes}
    assert correct == {
        "To coordinate a client's chemotherapy and teach the family, the nurse must be which of the following?": "B) Clinical nurse specialist",
        "A nurse with 2-3 years of experience who coordinates complex care is at which of Benner's stages?": "B) Competent",
        "Which social force most affects the future demand for nurses?": "A) Aging",
    }, correct
    from compiler.sources.nested_options import nested_options

    steps = ["1. Open the settings panel of the app", "   1. General", "   2. Privacy", "   3. Advanced", "Text."]
    assert nested_options(steps) is steps  # (one entry over a nested list: a how-to's step, no question)


def test_a_bold_question_asking_part_of_its_headings_question_stays_in_its_answer(tmp_path: Path) -> None:
    """T43-9: '### What is a closure, and how/why would you use one?' / its definition / '**Why would you use one?**' /
    two bullets: a card 'Why would you use one?' (one what?) and the closure card without its why. The bold line asks
    a part of the heading's question in its words: it stays on the back, over its part."""
    page = (TRIAL43 / "t43-9-bold-subquestion" / "closures.md").read_text(encoding="utf-8")
    notes, _, _ = built_notes(tmp_path, {"closures.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert "Why would you use one?" not in cards, cards
    back = cards["What is a closure, and how/why would you use one?"]
    assert "Why would you use one?" in back and "Partial application and currying." in back, back
    from compiler.sources.markdown import _asked_part

    assert not _asked_part("What is a closure?", "What is a closure?")  # (the same question: the L12 rule's)
    assert not _asked_part("Why is it used?", "What is a closure, and how is it used?")  # ('why' is not asked above)


def test_a_byline_under_the_page_title_is_no_text_outside_a_question(tmp_path: Path) -> None:
    """'# Astronomia — revisão para a prova' / 'Professora Marta · 2º bimestre' over quoted questions: the byline was
    "text outside any question", the one warning on a page read right. A sentence under the title is still said."""
    page = QUOTED_QA.replace("## Perguntas", "Professora Marta · 2º bimestre\n\n## Perguntas")
    notes, _, said = built_notes(tmp_path / "a", {"astronomia.md": page})
    assert len(notes) == 3 and not any("outside any question" in s for s in said), said
    prose = QUOTED_QA.replace("## Perguntas", "Leia o capítulo 3 antes da prova.\n\n## Perguntas")
    _, _, said = built_notes(tmp_path / "b", {"astronomia.md": prose})
    assert any("astronomia.md:3:" in s and "outside any question" in s for s in said), said


def test_a_text_file_of_prose_is_said_as_prose_with_what_to_do(tmp_path: Path) -> None:
    """A plain-text article (a title, three paragraphs) gave "cannot tell this document's layout" and a table asking
    for a 'Q:' / 'A:' pattern. It is said as prose, with how to make cards of it (headings in Markdown)."""
    from conftest import deck_of

    from compiler.build import build
    from compiler.diagnostics import ContentError

    article = (
        "The Industrial Revolution\n\n"
        "The Industrial Revolution began in Britain in the late eighteenth century. It moved production from homes and "
        "small workshops to factories powered by water and later by steam.\n\n"
        "Several factors explain why it started in Britain. The country had coal and iron, a growing population, and "
        "banks that could fund new ventures.\n"
    )
    try:
        build(deck_of(tmp_path, {"article.txt": article}), tmp_path / "out", formats=("json",), now=1_000)
        said = ""
    except ContentError as e:
        said = str(e)
    assert "article.txt: warning: no card from this file: it reads as prose (2 paragraphs of sentences" in said, said
    assert "heading over each part" in said and "cannot tell this document's layout" not in said, said


def test_an_item_said_to_run_on_gets_no_second_long_answer_warning(tmp_path: Path) -> None:
    """T43-16: one item got "runs to line 511: 76 lines … probably runs into text" and, for the same line, the
    long-answer warning: one message for one item."""
    short = "".join(f"### What is term {k}?\n\nTerm {k} is a short thing.\n\n" for k in range(1, 6))
    long = "### What are the data types?\n\n" + "".join(
        f"- type number {k} holds values of kind {k} and behaves in its own particular way when compared\n" for k in range(80)
    )
    _, _, said = built_notes(tmp_path, {"types.md": "# Types\n\n" + short + long})
    at = [s for s in said if "types.md:23:" in s]
    assert len(at) == 1 and "runs to line" in at[0], said
