"""Twelfth sitting, formats2 helper: question banks, LaTeX, reStructuredText, PDF text and Anki packages
(findings of trial12, learner5, trial11)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import deck_of

from compiler.build import build


def _notes(tmp_path: Path, files: dict[str, str | Path], table: str = "") -> dict[str, dict]:  # type: ignore[type-arg]
    """The built deck's notes by question (the manifest's)."""
    out = tmp_path / "build"
    build(deck_of(tmp_path, files, table), out, formats=("json",), now=1_000)
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return {n["fields"].get("Question") or n["fields"].get("Front") or n["fields"].get("Text"): n for n in manifest["notes"]}


COMMENTED_REVIEW = """---
# ==========================================
#       Edit
# ==========================================

# Two questions. Test what the reader learned.
    # question:         A one sentence question
    # correct_answer:   The right answer's number

quiz:
    - item:
        question: >
            Which planet is the largest?
        answers:
            - "Mars"
            - "Jupiter"
            - "Venus"
        correct_answer: 2
        explanation: >
            Jupiter is the largest.

    - item:
        question: >
            Pluto is a planet.
        answers: ["True", "False"]
        correct_answer: 2

# ==========================================
#       FIXED
# ==========================================
title: "Check"                # always the same
weight: 20
---
"""


def test_a_page_that_is_all_front_matter_opening_with_comments_is_a_bank(tmp_path: Path) -> None:
    """learner5 L29 (severe; Arm Learning Paths' _review.md): front matter that opens with YAML comments was not read
    as front matter: one junk card (front a comment, back the raw YAML). Front matter up to its closing '---' whatever
    its first lines, and a record whose question is one object down ('- questions: {question, answers,
    correct_answer}') is that object's question."""
    notes = _notes(tmp_path, {"_review.md": COMMENTED_REVIEW})
    assert sorted(notes) == ["Pluto is a planet.", "Which planet is the largest?"], sorted(notes)
    assert notes["Which planet is the largest?"]["fields"]["Correct"] == "B) Jupiter"
    assert "Jupiter is the largest." in notes["Which planet is the largest?"]["fields"]["Explanation"]
    assert notes["Pluto is a planet."]["fields"]["Correct"] == "B) False"
    assert notes["Pluto is a planet."]["items"][0]["line"] == 23


def test_commented_front_matter_over_a_body_stays_a_page(tmp_path: Path) -> None:
    """The same comments over a page's body and no records: the page is read as before."""
    page = "---\n# generated\ntitle: Notes\n---\n\n## What is a planet?\n\nA body that orbits a star.\n"
    notes = _notes(tmp_path, {"notes.md": page})
    assert list(notes) == ["What is a planet?"]


def test_json_records_holding_their_question_one_object_down(tmp_path: Path) -> None:
    """trial12 U58 (high; a scraped practice-test API: '[{"id", "data": {question, options: ["A.Ask…"], answer: "D" |
    ["A","C","E"]}, "name", "type"}]'): 'not a question bank: no record has a question key'. The object that holds the
    question is the record; options lettered 'A.Cost' with no space lose their letters."""
    records = [
        {"uid": 7, "fields": {"question": "Which are primary colours of light?", "options": ["A.Red", "B.Yellow", "C.Blue"], "answer": ["A", "C"]}, "name": "Set 1 - 01"},
        {"uid": 8, "fields": {"question": "Which gas do plants take in?", "options": ["A.Oxygen", "B.Carbon dioxide"], "answer": "B"}, "name": "Set 1 - 02"},
    ]
    notes = _notes(tmp_path, {"set.json": json.dumps(records, indent=2)})
    assert notes["Which are primary colours of light?"]["fields"]["Correct"] == "A) Red<br>C) Blue"
    assert notes["Which gas do plants take in?"]["fields"]["Correct"] == "B) Carbon dioxide"
    assert notes["Which gas do plants take in?"]["items"][0]["line"] == 21  # (its question key's line)


FLAGGED_YAML = """questions:
  items:
    - type: matching
      title: Pair them
      prompt: Match each river with its country.
      pairs:
        - key: Nile
          value: Egypt
          explanation: It flows through Cairo.
        - key: Danube
          value: Austria
      explanation: Rivers and countries.
    - type: multiple_choice
      title: Metals
      prompt: Which of these is a metal?
      options:
        - option: Wood
          explanation: Wood is a plant material.
        - option: Iron
          answer: true
          explanation: Iron is a metal.
        - option: Glass
"""


def test_option_objects_flagged_answer_true_with_feedback_and_matching_pairs(tmp_path: Path) -> None:
    """trial12 U27 (high; doc2quiz's YAML: 'questions: items: [{type, title, prompt, options: [{option, explanation,
    answer: true}], pairs: [{key, value}]}]'): Basic cards with the options above the question, none marked right, the
    matching pairs lost. An option object's 'answer: true' is its right flag (an 'answer' that is text stays its text),
    its explanation on the back beside its text, and a matching question's pairs its answer."""
    notes = _notes(tmp_path, {"quiz.yaml": FLAGGED_YAML})
    metal = notes["Which of these is a metal?"]["fields"]
    assert metal["Correct"] == "B) Iron"
    assert "<em>B)</em> Iron is a metal." in metal["Explanation"]
    rivers = notes["Match each river with its country."]["fields"]
    assert "<li>Nile → Egypt</li>" in rivers["Answer"] and "<li>Danube → Austria</li>" in rivers["Answer"]
    assert "It flows through Cairo." in rivers["Answer"] and "Rivers and countries." in rivers["Answer"]


def test_code_options_and_numeric_answers_of_a_quiz_json(tmp_path: Path) -> None:
    """trial12 U37 (high; jupyterquiz's JSON): options given as '{"code": …, "correct": true}' were empty ('A) B) C)'
    with 'Answer: B'), and a numeric question's '{"type": "value", "value": 1, "correct": true}' beside its '{"type":
    "default", "feedback": …}' read 'A) 1 B)' / 'Answer: A'. A code option is a code span; an option object with no
    text is no option; one right option alone (a value, a range) is the answer."""
    records = [
        {"question": "Which line prints hello?", "type": "multiple_choice", "answers": [
            {"code": "echo hello", "correct": True}, {"code": "cat hello", "correct": False}]},
        {"question": "How many legs has a spider?", "type": "numeric", "answers": [
            {"type": "value", "value": 8, "correct": True, "feedback": "Correct."}, {"type": "default", "feedback": "Count again."}]},
        {"question": "What is pi to one decimal place, roughly?", "type": "numeric", "answers": [
            {"type": "range", "range": [3.1, 3.2], "correct": True}, {"type": "default", "feedback": "No."}]},
    ]
    notes = _notes(tmp_path, {"questions.json": json.dumps(records, indent=1)})
    assert notes["Which line prints hello?"]["fields"]["Correct"] == "A) <code>echo hello</code>"
    assert notes["How many legs has a spider?"]["kind"] == "basic"
    assert notes["How many legs has a spider?"]["fields"]["Answer"].startswith("<p>8</p>"), notes["How many legs has a spider?"]["fields"]
    assert notes["What is pi to one decimal place, roughly?"]["fields"]["Answer"].startswith("<p>3.1 to 3.2</p>")


KNOWLEDGE_CHECK = """### YamlMime:ModuleUnit
uid: learn.example.check
title: Knowledge check
quiz:
  questions:
  - content: "Which service stores blobs?"
    choices:
    - content: "A queue that holds messages for later."
      isCorrect: false
      explanation: "Incorrect. Queues hold messages."
    - content: "An object store for unstructured data."
      isCorrect: true
      explanation: "Correct. Blob storage holds unstructured data."
"""


def test_each_option_s_explanation_is_on_the_back_by_its_letter(tmp_path: Path) -> None:
    """learner5 L54 (medium; MS Learn knowledge checks, 'choices: [{content, isCorrect, explanation}]'): multiple
    choice right, every explanation dropped. Each option's explanation is on the back after its letter."""
    notes = _notes(tmp_path, {"check.yml": KNOWLEDGE_CHECK})
    fields = notes["Which service stores blobs?"]["fields"]
    assert fields["Correct"] == "B) An object store for unstructured data."
    assert fields["Explanation"] == "<p><em>A)</em> Incorrect. Queues hold messages.</p><p><em>B)</em> Correct. Blob storage holds unstructured data.</p>"


FLASHCARDS_TEX = r"""\documentclass[avery5371]{flashcards}
\cardfrontstyle{headings}
\begin{document}
\cardfrontfoot{Chemistry}
\begin{flashcard}[Law]{Boyle's law}
  At constant temperature, $pV$ is constant.
\end{flashcard}
\begin{flashcard}{Which gas is most of the air?} Nitrogen, about 78\%.
\end{flashcard}
\begin{flashcard}{Avogadro's
  number}
  \[ N_A \approx 6.022 \times 10^{23} \]
\end{flashcard}
\end{document}
"""


def test_latex_flashcards_class_cards(tmp_path: Path) -> None:
    """trial12 U38 (high; CTAN's flashcards class): 'cannot tell this document's layout', exit 1. Each flashcard
    environment is a card: its argument the front (after its optional kind), its body the back; '\\cardfrontfoot' the
    section."""
    notes = _notes(tmp_path, {"cards.tex": FLASHCARDS_TEX})
    assert sorted(notes) == ["Avogadro's number", "Law: Boyle's law", "Which gas is most of the air?"], sorted(notes)
    assert "constant" in notes["Law: Boyle's law"]["fields"]["Answer"]
    assert notes["Which gas is most of the air?"]["fields"]["Answer"].startswith("<p>Nitrogen, about 78%.")
    assert "6.022" in notes["Avogadro's number"]["fields"]["Answer"]
    assert notes["Law: Boyle's law"]["sections"] == ["cards::Chemistry"]
    assert notes["Avogadro's number"]["items"][0]["line"] == 10


EXAM_TEX = r"""\documentclass[answers]{exam}
\begin{document}
{\Large Chemistry Quiz 2}
\begin{questions}
\question[3] Name the noble gas in period 2.
\begin{solution}
Neon.
\end{solution}
\question A sample of water is heated
from $20^\circ$C at sea level.
\begin{parts}
\part[1] At what temperature does it boil?
\begin{solution}
$100^\circ$C.
\end{solution}
\part[1] What is the gas it becomes called?
\begin{solution}
Steam.
\end{solution}
\end{parts}
\question[1] The symbol of sodium is \fillin[Na][0.5in] in the periodic table.
\end{questions}
\end{document}
"""


def test_exam_class_parts_carry_their_stem_and_fillin_answers(tmp_path: Path) -> None:
    """trial12 U55 (high; the exam class): a question with parts had its stem glued onto the previous card's back
    and the parts lost it; '\\fillin[True]' was dropped silently. Each part asks under its question's text, and a
    fill-in blank's answer is the card's answer."""
    notes = _notes(tmp_path, {"quiz.tex": EXAM_TEX})
    assert notes["Name the noble gas in period 2."]["fields"]["Answer"] == "<p>Neon.</p>"
    boil = "A sample of water is heated from \\(20^\\circ\\)C at sea level. At what temperature does it boil?"
    assert boil in notes, sorted(notes)
    assert "A sample of water is heated from \\(20^\\circ\\)C at sea level. What is the gas it becomes called?" in notes
    assert notes["The symbol of sodium is _____ in the periodic table."]["fields"]["Answer"] == "<p>Na</p>"
    assert len(notes) == 4


def test_a_note_types_conditional_sections_and_a_leading_rank_number(tmp_path: Path) -> None:
    """trial12 U48 (high; the Lapis mining note type): the front printed '[sound:…]' (its audio card's section, '{{#IsAudioCard}}',
    though the flag is empty) and the back began with the Frequency rank ('54') as the answer. A card shows a section
    only when its field holds something ('{{^Field}}' when it is empty), a script shows no field, and a bare number
    before a field with words is no answer."""
    import genanki

    kind = genanki.Model(
        1607392390, "Mining (sections)", fields=[{"name": n} for n in ("Word", "Reading", "Meaning", "Audio", "IsAudioCard", "Rank")],
        templates=[{
            "name": "Mining",
            "qfmt": "{{^IsAudioCard}}<div>{{Word}}</div>{{/IsAudioCard}}{{#IsAudioCard}}<div>{{Audio}}</div>{{/IsAudioCard}}"
                    "<script>if (`{{IsAudioCard}}`) hide(`{{Reading}}`);</script>",
            "afmt": "<header>{{Rank}}</header><div>{{Reading}}</div><div>{{Meaning}}</div>",
        }],
    )  # fmt: skip
    deck = genanki.Deck(2059400190, "Japanese")
    deck.add_note(genanki.Note(model=kind, fields=["猫", "ねこ", "cat", "[sound:neko.mp3]", "", "1203"]))
    package = tmp_path / "mining.apkg"
    genanki.Package(deck).write_to_file(str(package))
    notes = _notes(tmp_path, {"mining.apkg": package})
    assert list(notes) == ["猫"], list(notes)
    assert notes["猫"]["fields"]["Answer"].startswith("ねこ<p><i>Meaning:</i> cat</p>"), notes["猫"]["fields"]["Answer"]


WEBEX_RMD = """# Week 1

## Vectors

A `r glossary("vector", "Vector")` holds values of one `r glossary("type")`.

<div class="try">
* Which function joins values into a vector? `r mcq(c("paste", answer = "c", "join"))`
* `r torf(FALSE)` A vector can hold a number and a string as they are.
1. The length of `c(1, 2, 3)` is `r fitb(3)` values.
</div>
"""


def test_rmarkdown_webexercises_inline_quizzes(tmp_path: Path) -> None:
    """learner5 L24 (high; PsyTeachR books): '* What is the default value for `sd`? `r mcq(c("NULL", answer = 1, …))`' made no
    card and '`r glossary("x")`' printed raw. An inline mcq / torf / fitb is a question of its own; glossary its text."""
    notes = _notes(tmp_path, {"week1.Rmd": WEBEX_RMD})
    assert notes["Which function joins values into a vector?"]["fields"]["Correct"] == "B) c"
    assert notes["_____ A vector can hold a number and a string as they are."]["fields"]["Correct"] == "B) False"
    assert notes["The length of <code>c(1, 2, 3)</code> is _____ values."]["fields"]["Answer"] == "<p>3</p>"
    from compiler.sources.converted import knitr_markdown

    assert "A Vector holds values of one type." in knitr_markdown(WEBEX_RMD.split("\n")).text


FAQ_RST = """Library FAQ
===========

Why does __init__ run twice?
----------------------------

Because ``super().__init__()
is called`` by both classes; see :func:`super`.  Use ``_private`` names
with care.
"""


def test_rst_literal_over_a_line_break_and_underscores_in_titles(tmp_path: Path) -> None:
    """trial12 U11 (high; Python's Programming FAQ): an inline literal that runs over a line break garbled the
    paragraph (stray '*', raw ':func:'), and '__del__' in a title lost its underscores (Markdown's emphasis)."""
    notes = _notes(tmp_path, {"faq.rst": FAQ_RST})
    answer = notes["Why does __init__ run twice?"]["fields"]["Answer"]
    assert "<code>super().__init__() is called</code> by both classes; see <code>super()</code>." in answer, answer
    assert "<code>_private</code>" in answer and "*" not in answer


def test_a_true_false_record_does_not_make_option_numbers_count_from_one(tmp_path: Path) -> None:
    """trial13 T13-16 (severe): one true/false record ('answer: false', no options) made every integer key count from
    1 (False == its 0 options), so each multiple-choice card marked the option before the right one."""
    bank = "- question: Which metal is liquid at room temperature?\n  options: [Iron, Mercury, Copper]\n  answer: 1\n- question: Gold rusts.\n  type: true-false\n  answer: false\n"
    notes = _notes(tmp_path, {"bank.yaml": bank})
    assert notes["Which metal is liquid at room temperature?"]["fields"]["Correct"] == "B) Mercury"


QUIZ_TOML = '''[[questions]]
type = "MultipleChoice"
prompt.prompt = "Which of these integers are prime?"
answer.answer = ["2", "7"]
prompt.distractors = ["4", "9"]
context = """
2 and 7 have no divisors but 1 and themselves.
"""
'''


def test_mdbook_quiz_context_is_the_explanation_and_a_list_answer_several_options(tmp_path: Path) -> None:
    """trial13 T13-2 (severe; the Rust Book's mdbook-quiz TOML): every card printed its 'context' (the explanation the
    quiz shows once answered) on the front, and 'answer.answer = [three snippets]' was one glued option. A 'context'
    written after the answer is the explanation; one before the question (a reading test's) stays on the front; a list
    answer is several right options."""
    reading = json.dumps([{"context": "Ravens can solve puzzles that need several steps.", "question": "What can ravens solve?", "answer": "Puzzles"}])
    notes = _notes(tmp_path, {"quiz.toml": QUIZ_TOML, "reading.json": reading})
    prime = notes["Which of these integers are prime?"]["fields"]
    assert prime["Correct"] == "A) 2<br>C) 7", prime
    assert "no divisors" in prime["Explanation"]
    ravens = next(n for q, n in notes.items() if "What can ravens solve?" in q)
    assert "several steps" in ravens["fields"]["Question"]


REXAMS_SCHOICE = """```{r data generation, echo = FALSE, results = "hide"}
x <- 3
```

Question
========
Which gas makes up most of the Earth's atmosphere?

Answerlist
----------
* Oxygen
* Nitrogen
* Argon

Solution
========
About 78% of dry air is nitrogen.

Answerlist
----------
* False. Oxygen is about 21%.
* True
* False

Meta-information
================
exname: Air
extype: schoice
exsolution: 010
"""

REXAMS_NUM = """Question
========
How many sides has a hexagon?

Solution
========
Hexa means six.

Meta-information
================
extype: num
exsolution: 6
extol: 0
"""


def test_r_exams_exercises(tmp_path: Path) -> None:
    """trial13 T13-9 (severe; the R package exams' exercise files): 'Question' / 'Answerlist' / 'Solution' /
    'Meta-information' sections were read as headings (12 junk cards for 3 questions, a question taught as an answer).
    An exercise is one question: exsolution's digits mark its options, the solution and each option's comment are on
    the back; a num exercise's exsolution is its answer."""
    notes = _notes(tmp_path, {"air.Rmd": REXAMS_SCHOICE, "hexagon.md": REXAMS_NUM})
    air = notes["Which gas makes up most of the Earth's atmosphere?"]["fields"]
    assert air["Correct"] == "B) Nitrogen"
    assert "About 78% of dry air is nitrogen." in air["Explanation"] and "<em>A)</em> False. Oxygen is about 21%." in air["Explanation"]
    assert "x &lt;- 3" not in air["Question"] and "x <- 3" not in air["Question"]
    assert notes["How many sides has a hexagon?"]["fields"]["Answer"].startswith("<p>6</p>")
    assert len(notes) == 2


def test_a_banks_own_key_names_can_be_named(tmp_path: Path) -> None:
    """The brief's knob: a bank whose keys deckc does not know ('enonce', 'reponses', 'bonne') is read when the source
    names them by role (its [source.bank] table), at any depth, the record's line kept."""
    from compiler.sources.databank import convert_bank

    bank = json.dumps({"serie": [{"meta": {"id": 1}, "item": {"enonce": "Quelle est la capitale du Japon ?", "reponses": ["Séoul", "Tokyo"], "bonne": 1, "pourquoi": "Tokyo."}}]}, indent=1)
    made = convert_bank(bank, "q.json", keys={"question": ["enonce"], "options": ["reponses"], "answer": ["bonne"], "explanation": ["pourquoi"]})
    assert "## Quelle est la capitale du Japon ?" in made.text and "- B) Tokyo" in made.text and "**Answer:** B" in made.text, made.text
    assert made.origin[made.text.split("\n").index("## Quelle est la capitale du Japon ?")] == 8


def test_a_records_sub_category_is_a_tag_not_card_text(tmp_path: Path) -> None:
    """learner5 L28 (medium): 'subTheme: historical_periods' and 'questionType: knowledge' were printed on every back and
    sheet entry. A sub-category ('subTheme', 'sub_topic', 'subCategory') is a tag; a question type is no card text."""
    bank = json.dumps({"themeTitle": "History", "questions": [{"question": "When did the Revolution begin?", "answer": "1789", "subTheme": "revolution", "questionType": "knowledge"}]})
    notes = _notes(tmp_path, {"history.json": bank})
    note = notes["When did the Revolution begin?"]
    assert "revolution" in note["tags"]
    assert "subTheme" not in note["fields"]["Answer"] and "knowledge" not in note["fields"]["Answer"]


QTI = """<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
  <assessment ident="a1" title="Quiz">
    <section ident="s1" title="Planets">
      <item ident="q1" title="Question">
        <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>multiple_answers_question</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
        <presentation>
          <material><mattext texttype="text/html">&lt;p&gt;Which planets have rings?&lt;/p&gt;</mattext></material>
          <response_lid ident="response1" rcardinality="Multiple"><render_choice>
            <response_label ident="11"><material><mattext>Saturn</mattext></material></response_label>
            <response_label ident="12"><material><mattext>Mercury</mattext></material></response_label>
            <response_label ident="13"><material><mattext>Uranus</mattext></material></response_label>
          </render_choice></response_lid>
        </presentation>
        <resprocessing>
          <respcondition continue="No"><conditionvar><and>
            <varequal respident="response1">11</varequal><not><varequal respident="response1">12</varequal></not><varequal respident="response1">13</varequal>
          </and></conditionvar><setvar varname="SCORE" action="Set">100</setvar></respcondition>
        </resprocessing>
        <itemfeedback ident="general_fb"><flow_mat><material><mattext>All four giants have rings.</mattext></material></flow_mat></itemfeedback>
      </item>
      <item ident="q2" title="Question">
        <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>short_answer_question</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
        <presentation><material><mattext>Which planet is called the Red Planet?</mattext></material><response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str></presentation>
        <resprocessing><respcondition continue="No"><conditionvar><varequal respident="response1">Mars</varequal></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>
      </item>
    </section>
  </assessment>
</questestinterop>
"""


def test_ims_qti_quizzes(tmp_path: Path) -> None:
    """trial12 U41 (medium; Canvas 'Export quiz', Blackboard): an IMS QTI 1.2 file was refused 'not a Moodle quiz' with a
    raw namespaced tag. Its items are questions: the labels a scoring condition credits right (not those under <not>),
    a short answer's credited value its answer, the general feedback on the back, a titled section a section."""
    notes = _notes(tmp_path, {"quiz.xml": QTI})
    rings = notes["Which planets have rings?"]
    assert rings["fields"]["Correct"] == "A) Saturn<br>C) Uranus"
    assert "All four giants have rings." in rings["fields"]["Explanation"]
    assert rings["sections"] == ["quiz::Planets"], rings["sections"]
    assert notes["Which planet is called the Red Planet?"]["fields"]["Answer"].startswith("<p>Mars</p>")


FIGURE_TEX = r"""\documentclass{article}
\begin{document}
\section{Cells}
\subsection{What does a cell membrane do?}
It controls what enters the cell, see Figure \ref{fig:membrane}.
\begin{figure}[h!]
  \centering
  \includegraphics[width=0.5\linewidth]{membrane.png}
  \caption{The lipid bilayer}
  \label{fig:membrane}
\end{figure}
\end{document}
"""


def test_latex_figures_are_their_picture_and_caption(tmp_path: Path) -> None:
    """learner5 L19 (medium): a figure read as '[h!] [image] \\caption{Tabellarischer Vergleich}' and '\\ref{fig:…}' as
    the label. A figure is its picture with its caption under it; a reference to it its number, as LaTeX prints."""
    notes = _notes(tmp_path, {"cells.tex": FIGURE_TEX})
    answer = notes["What does a cell membrane do?"]["fields"]["Answer"]
    assert "see Figure 1." in answer and "<em>The lipid bilayer</em>" in answer, answer
    assert "[h!]" not in answer and "caption" not in answer and "fig:membrane" not in answer


ADOC_EXERCISE = """= Shell notes

== Terms

PID:: Process identifier
PPID:: Parent process identifier

.Question 1
****
Which command lists running processes?
****

.Solution
[%collapsible]
====
`ps aux`
====

.Exercise 2
Which signal does Ctrl-C send?

.Answer
SIGINT.

.A titled listing
----
kill -9 1234
----
"""


def test_asciidoc_titled_exercise_and_answer_blocks(tmp_path: Path) -> None:
    """trial12 U81 (medium): a sidebar titled '.Exercise 1' and a collapsible '.Answer' block were glued onto the
    previous term's back ('RAM' -> 'Random-access memory .Exercise 1 What does git stash do? .Answer It shelves …').
    A block (or paragraph) titled as a question is one, the one titled Answer/Solution its answer; a delimited block
    ends a list entry; other block titles are titles, not '.'-text."""
    notes = _notes(tmp_path, {"shell.adoc": ADOC_EXERCISE})
    assert all("Which command" not in n["fields"].get("Answer", "") for q, n in notes.items() if "PID" in q), sorted(notes)
    assert "ps aux" in notes["Which command lists running processes?"]["fields"]["Answer"]
    assert notes["Which signal does Ctrl-C send?"]["fields"]["Answer"].startswith("<p>SIGINT.</p>")
    assert ".A titled" not in json.dumps(notes)


def test_a_notebook_question_shows_its_codes_short_result(tmp_path: Path) -> None:
    """learner4 N63 (medium; pandas_exercises): 'Which was the most-ordered item?' was answered by the groupby code
    only, its saved result (the answer) left out. The short text result of the code right under a question is shown
    under it; other outputs stay out."""
    def cell(kind: str, text: str, out: str = "") -> dict:  # type: ignore[type-arg]
        made: dict = {"cell_type": kind, "metadata": {}, "source": text.splitlines(keepends=True)}  # type: ignore[type-arg]
        if kind == "code":
            made["outputs"] = [{"output_type": "execute_result", "data": {"text/plain": out}, "metadata": {}, "execution_count": 1}] if out else []
            made["execution_count"] = 1
        return made

    cells = [cell("markdown", "### How many rows has the table?"), cell("code", "len(df)", "4622"),
             cell("markdown", "### Show the first rows"), cell("code", "df.head()", "   a  b\\n0  1  2")]  # fmt: skip
    nb = {"cells": cells, "metadata": {"kernelspec": {"language": "python", "name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    notes = _notes(tmp_path, {"ex.ipynb": json.dumps(nb, indent=1)})
    rows = notes["How many rows has the table?"]["fields"]["Answer"]
    assert "Output:" in rows and "4622" in rows, rows
    assert all("Output:" not in n["fields"].get("Answer", "") for q, n in notes.items() if "first rows" in q)


HOWDOI_RST = """FAQ
===

How do I...
-----------

... change the theme?
   Set html_theme in conf.py.

... add a logo?
   Set html_logo in conf.py.

Using it with...
----------------

Docker
   Mount the docs folder into the container.
"""


def test_rst_entries_go_on_from_a_section_title_ending_in_dots(tmp_path: Path) -> None:
    """trial12 U64 (low; the Sphinx FAQ): '... get section numbers?' under 'How do I...' was the front, and the terms
    under 'Using Sphinx with...' no card. An entry goes on from its section's title ('How do I get section numbers?',
    'Using Sphinx with Epydoc'), and an FAQ's entry that states a topic is a card too."""
    notes = _notes(tmp_path, {"faq.rst": HOWDOI_RST})
    assert sorted(notes) == ["How do I add a logo?", "How do I change the theme?", "Using it with Docker"], sorted(notes)


def test_an_open_trivia_true_false_question_lists_true_first(tmp_path: Path) -> None:
    """trial12 U77b (low): an Open Trivia DB boolean question's options came out 'A) False B) True' (sorted)."""
    bank = json.dumps({"results": [{"type": "boolean", "question": "The Sun is a star.", "correct_answer": "True", "incorrect_answers": ["False"]}]})
    notes = _notes(tmp_path, {"opentdb.json": bank})
    fields = next(n for q, n in notes.items() if "The Sun is a star." in q)["fields"]
    assert fields["Correct"] == "A) True", fields
