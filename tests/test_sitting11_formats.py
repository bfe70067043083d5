"""Eleventh sitting, formats helper: findings of trial11, learner4 and the new finders (trial12, learner5)."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
from compiler.model import Item


def _items(tmp_path: Path, files: dict[str, str], table: str = "") -> list[Item]:
    compiled = build(deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    return [i for i in compiled.items if not i.skip]


CLASSED_QUIZ_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Network exam</title></head><body>
<h1>Network exam, morning paper</h1>
<div class="block">
  <p class="question">（1） is memory addressed by content.&emsp;<a class="search" href="https://www.example.com/s?wd=%EF%BC%881%EF%BC%89%20is%20memory%20addressed%20by%20content.">Search</a></p>
  <p class="one-line-choice"><span class="number">（1）</span>
    <span class="choice false">A．Virtual memory</span>
    <span class="choice true">B．Associative memory
    </span>
    <span class="choice false">C．Cache</span>
  </p>
  <div class="explain"><p class="explain-header">试题解析：</p><p>Associative memory is read by its content.<br>参考答案：B</p></div>
</div>
<div class="block">
  <p class="question">The critical path is （2） and task A may start （3） days late.</p>
  <p class="choice header_choice false"><span class="number">（2） </span>A．A-G-I</p>
  <p class="choice true">&emsp;B．B-E-G-I</p>
  <p class="choice false">C．C-F-H-I</p>
  <p class="one-line-choice"><span class="number">（3）</span>
    <span class="choice false">A．0</span><span class="choice true">B．2</span><span class="choice false">C．5</span></p>
  <div class="explain"><p>The longest path takes 20 days.</p></div>
</div>
<table><tr><th>Feature</th><td class="true">yes</td><td class="false">no</td></tr></table>
</body></html>
"""


def test_a_quiz_page_whose_option_classes_say_right_and_wrong_is_multiple_choice(tmp_path: Path) -> None:
    """trial11 P45 (severe): a saved exam page (<p class="question">, options <span class="choice true|false">,
    an explanation with '参考答案：B') was ONE junk card. Options classed right/wrong are a question's options, the
    right one ticked; the text before them its question (its '（1）' the blank); a second group under one question
    its next blank; a link searching the web for the question is furniture; a table's true/false cells stay."""
    items = _items(tmp_path, {"exam.html": CLASSED_QUIZ_HTML})
    mc = [i for i in items if i.choices]
    assert [i.question for i in mc] == [
        "（____） is memory addressed by content.",
        "The critical path is （____） and task A may start （3） days late.",
        "The critical path is （2） and task A may start （____） days late.",
    ], [i.question for i in items]
    assert [i.correct for i in mc] == ["B", "B", "B"]
    assert [c.text for c in mc[0].choices] == ["Virtual memory", "Associative memory", "Cache"]
    assert mc[0].answer_plain() == "Associative memory is read by its content."  # (its '试题解析：' label is layout)
    assert [c.text for c in mc[2].choices] == ["0", "2", "5"]
    assert not any(c.text in ("yes", "no") for i in mc for c in i.choices)


ANKI_CHOICE_EXPORT = (
    "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:10\n"
    "Multiple Choice (optional reversed card)\tAZ-900\t53\tWhich of these isn't a cloud computing category?<br>\t"
    "Networking-as-a-Service (NaaS)\tNaaS isn't a category.\t\tPlatform-as-a-Service (PaaS) |&nbsp;Infrastructure-as-a-Service (IaaS)"
    " | Software-as-a-Service (SaaS)\t\tcloud\n"
    "Multiple Choice (optional reversed card)\tAZ-900\t60\tYou must buy an Azure account to use any resource.\tFalse\t"
    "A free account will do.\t\tTrue\t\tcloud\n"
    "Multiple Choice (optional reversed card)\tAZ-900\t57\tWhich two resources can use availability zones?\t"
    "virtual machines |&nbsp;SQL databases\t\t\tsubscriptions | resource groups\t\tcloud\n"
    "Multiple Choice (optional reversed card)\tAZ-900\t73\tWhat does a free account ask for? Select all that apply.\t"
    "Phone number |&nbsp;A valid credit card\t\t\tA deposit\t\tcloud\n"
)


def test_an_anki_multiple_choice_note_type_is_read_as_multiple_choice(tmp_path: Path) -> None:
    """trial12 U1 (severe): an Anki export of a 'Multiple Choice (optional reversed card)' note type (Id | Question |
    Answer | Explanation | Extra | Choices): every card asked the bare id ('53'), the Answer was dropped as the
    'Add Reverse' flag and the cards were reversed. A first column of bare numbers before two text columns is an id
    (left out, said); a text field is never a flag; a multiple-choice note type's listed choices ('a | b | c', or
    one, where the other rows list theirs; 'True' beside 'False') are the wrong options beside its answer."""
    compiled = build(deck_of(tmp_path, {"az900.txt": ANKI_CHOICE_EXPORT}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [i.question for i in items] == [
        "Which of these isn't a cloud computing category?",
        "You must buy an Azure account to use any resource.",
        "Which two resources can use availability zones?",
        "What does a free account ask for? Select all that apply.",
    ]
    right = [sorted(c.text for c in i.choices if c.label in (i.correct or "").split(",")) for i in items]
    assert right == [["Networking-as-a-Service (NaaS)"], ["False"], ["SQL databases", "virtual machines"], ["A valid credit card", "Phone number"]]
    assert len(items[0].choices) == 4 and [c.text for c in items[1].choices] == ["True", "False"] and len(items[3].choices) == 3
    assert items[0].answer_plain() == "NaaS isn't a category."
    assert not any(i.reverse for i in items)
    assert any("holds only numbers" in d.message for d in compiled.diagnostics.items)


def test_a_number_before_one_word_is_a_front_not_an_id(tmp_path: Path) -> None:
    """The id rule needs a question and an answer after the numbers: '1<TAB>uno' is a word list."""
    items = _items(tmp_path, {"numbers.tsv": "1\tuno\n2\tdos\n3\ttres\n"})
    assert [i.question for i in items] == ["1", "2", "3"]


QUIZ_APP_JSON = """[
  {
    "title": "Machine Learning for Beginners: Quizzes",
    "complete": "Congratulations, you completed the quiz!",
    "quizzes": [
      {"id": 1, "title": "Introduction: Pre-Lecture Quiz", "quiz": [
        {"questionText": "Applications of machine learning are all around us",
         "answerOptions": [{"answerText": "True", "isCorrect": "true"}, {"answerText": "False", "isCorrect": "false"}]},
        {"questionText": "What does ONNX stand for?",
         "answerOptions": [{"answerText": "Over Neural Network Exchange", "isCorrect": "false"},
                           {"answerText": "Open Neural Network Exchange", "isCorrect": "true"}]}
      ]},
      {"id": 2, "title": "Introduction: Post-Lecture Quiz", "quiz": [
        {"questionText": "Why should everyone learn the basics of ML?",
         "answerOptions": [{"answerText": "it's fun", "isCorrect": "false"}, {"answerText": "it's everywhere", "isCorrect": "true"}]}
      ]}
    ]
  }
]
"""


def test_records_held_two_levels_down_are_read_with_their_holders_title(tmp_path: Path) -> None:
    """learner5 L1 (high): Microsoft's 'For Beginners' quiz app ('[{title, quizzes: [{title, quiz: [{questionText,
    answerOptions: [{answerText, isCorrect: "true"}]}]}]}]') was 'not a question bank'. Lists of records held
    deeper are found, each under the title of the object that holds it; 'answerText' is an option's text."""
    items = _items(tmp_path, {"en.json": QUIZ_APP_JSON})
    assert [(i.question, i.correct, i.section) for i in items] == [
        ("Applications of machine learning are all around us", "A", ["Introduction: Pre-Lecture Quiz"]),
        ("What does ONNX stand for?", "B", ["Introduction: Pre-Lecture Quiz"]),
        ("Why should everyone learn the basics of ML?", "B", ["Introduction: Post-Lecture Quiz"]),
    ]
    assert [c.text for c in items[1].choices] == ["Over Neural Network Exchange", "Open Neural Network Exchange"]


def test_an_emoji_before_the_answer_keys_heading_is_decoration(tmp_path: Path) -> None:
    """trial12 U2 (part): '## ✅ Answer Key' was no key heading, so its '1. B' entries keyed nothing."""
    page = (
        "# Practice test\n\n### Question 1\nWhich cloud model extends a datacenter?\n\nA) Public cloud\nB) Hybrid cloud\n"
        "C) Private cloud\n\n### Question 2\nWhich term means growing capacity quickly?\n\nA) Scalability\nB) Latency\n"
        "C) Availability\n\n## ✅ Answer Key\n\n1. B\n2. A\n"
    )
    items = _items(tmp_path, {"test.md": page})
    assert [(i.question, i.correct) for i in items] == [
        ("Which cloud model extends a datacenter?", "B"),
        ("Which term means growing capacity quickly?", "A"),
    ]


ARC_JSONL = (
    '{"id": "M_1", "question": {"stem": "A planet rotates faster. Which is the most likely effect?", "choices": ['
    '{"text": "Density decreases.", "label": "A"}, {"text": "Years get longer.", "label": "B"}, {"text": "Days get shorter.", '
    '"label": "C"}]}, "answerKey": "C"}\n'
    '{"id": "N_2", "question": {"stem": "Which object is the best conductor of electricity?", "choices": ['
    '{"text": "a wax crayon", "label": "1"}, {"text": "a plastic spoon", "label": "2"}, {"text": "an iron nail", "label": "3"}]}, '
    '"answerKey": "3"}\n'
)
KEYED_JSON = """[
  {"id": "zh-1", "questionType": "multiple-choice", "difficulty": 0.1, "prompt": "Which is the initial of ma?",
   "choices": [{"key": "A", "text": "m"}, {"key": "B", "text": "a"}], "answerKey": "A", "explanation": "m is the initial."},
  {"id": "zh-2", "questionType": "multiple-choice", "difficulty": 0.8, "prompt": "Which tone is hao?",
   "choices": [{"key": "A", "text": "first"}, {"key": "B", "text": "third"}], "answerKey": "B"}
]
"""


def test_answer_key_banks_name_the_option_by_its_own_label(tmp_path: Path) -> None:
    """trial11 P82 (high): ARC / OpenBookQA records ({question: {stem, choices: [{text, label}]}, answerKey}) were refused,
    and {prompt, choices: [{key, text}], answerKey} were Basic cards with the options above the question and no key.
    'answerKey' names the option by its label ('C', '3'); a question object's 'stem' is its text; difficulties in
    fractions are on 0-1 (0.8 is hard); 'questionType' is bookkeeping."""
    items = _items(tmp_path, {"arc.jsonl": ARC_JSONL, "zh.json": KEYED_JSON})
    assert [(i.question, i.correct) for i in items] == [
        ("A planet rotates faster. Which is the most likely effect?", "C"),
        ("Which object is the best conductor of electricity?", "C"),
        ("Which is the initial of ma?", "A"),
        ("Which tone is hao?", "B"),
    ]
    assert [c.text for c in items[1].choices] == ["a wax crayon", "a plastic spoon", "an iron nail"]
    assert [i.difficulty for i in items[2:]] == ["easy", "hard"]
    assert items[2].answer_plain() == "m is the initial."


ID_KEYED_JSON = """[
  {"id": "d1", "origin": "source-derived", "task": "1.1", "prompt": "Which option learns from labelled examples?",
   "options": [{"id": "a", "text": "Supervised learning"}, {"id": "b", "text": "Transfer learning", "distractorReason": "no"}],
   "correctId": "a", "explanation": "Labels make it supervised.", "fingerprint": "30e0dda0005f193b365734b86b87bb8be5fbe6ba5e6186e8"},
  {"id": "d2", "prompt": "Which TWO are limitations?", "options": [{"id": "a", "text": "Hallucination"},
   {"id": "b", "text": "Determinism"}, {"id": "c", "text": "Prompt sensitivity"}], "correctIds": ["a", "c"]}
]
"""


def test_a_bank_keyed_by_option_ids(tmp_path: Path) -> None:
    """trial12 U10 (severe): {prompt, options: [{id, text}], correctId / correctIds, fingerprint} made Basic cards, the right
    option on no card, a SHA 'fingerprint' on the back. 'correctId(s)' name options by their ids; a hash, a
    syllabus number ('task': '1.1') and 'origin' are no card text."""
    items = _items(tmp_path, {"bank.json": ID_KEYED_JSON})
    assert [(i.question, i.correct) for i in items] == [("Which option learns from labelled examples?", "A"), ("Which TWO are limitations?", "A,C")]
    assert items[0].answer_plain() == "Labels make it supervised."


TYPED_CARDS_JSON = """{
  "chapter": "Chapter 1",
  "chapter_title": "C++ Basics",
  "lesson": "1.1",
  "cards": [
    {"id": "c1", "lesson": "1.1", "type": "basic", "front": "What is a statement in C++?", "back": "An instruction."},
    {"id": "c2", "lesson": "1.1", "type": "cloze", "text": "Most statements end with a {{c1::semicolon}} ({{c2::;}})"},
    {"id": "c3", "lesson": "1.1", "type": "code", "question": "What's wrong with this code?",
     "code": "int main()\\n{\\n    std::cout &lt;&lt; \\"Hi\\"\\n    return 0;\\n}", "answer": "Missing semicolon after the std::cout statement"},
    {"id": "c4", "lesson": "1.1", "type": "concept", "concept": "Why errors are reported on the next line",
     "explanation": "The compiler notices the missing semicolon only at the next token."}
  ]
}
"""


def test_a_card_bank_of_cloze_code_and_concept_records(tmp_path: Path) -> None:
    """trial12 U25 (severe): a JSON card bank of typed records lost its cloze ({type: cloze, text: '{{c1::…}}'}) and
    concept ({concept, explanation}) records ('no question') and split 'the std::cout statement' into a card of its
    own; a code record's program was on the back. A record's cloze text is a cloze note (first in its run of records,
    where no question's answer holds it), 'concept' is a question key, 'code' goes on the front as code, '::' in a
    bank's text is text; a lesson number ('1.1') is no card text."""
    items = _items(tmp_path, {"cards.json": TYPED_CARDS_JSON})
    assert [(i.kind.value, i.question) for i in items] == [
        ("cloze", "Most statements end with a […] ([…])"),
        ("basic", "What is a statement in C++?"),
        ("basic", "What's wrong with this code?"),
        ("basic", "Why errors are reported on the next line"),
    ]
    assert items[0].cloze == "Most statements end with a {{c1::semicolon}} ({{c2::;}})"
    assert [b.kind.value for b in items[2].stimulus] == ["code"] and 'std::cout << "Hi"' in items[2].stimulus[0].text
    assert items[2].answer_plain() == "Missing semicolon after the std::cout statement"
    assert "1.1" not in items[1].answer_plain()


GLOSSARY_HTML = """<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>Glossary</title></head><body>
    <h1>Glossary of HTML and CSS</h1>
    <dl>
        <dt>character encoding</dt>
        <dd>The process of assigning numbers to graphical characters allowing them to be stored, transmitted, and
            transformed electronically.</dd>
        <dd><a href="https://en.wikipedia.org/wiki/Character_encoding">Character Encoding</a> &mdash;
            <cite>Wikipedia</cite>
        </dd>
        <dt>WHATWG</dt>
        <dd></dd>See Web Hypertext Application Technology Working Group</dd>
        <dd>
        <dt>white space</dt>
        <dd>The blank spaces, tabs, and line breaks found within a text file.</dd>
        <dt>XHTML</dt>
        <dd>See Extensible Hypertext Markup Language</dd>
    </dl>
</body></html>
"""


def test_an_html_glossary_reads_as_a_browser_shows_it(tmp_path: Path) -> None:
    """trial12 U22 (severe): a <dd> wrapped onto a second source line was cut there, the rest a card of its own
    ('transformed electronically.' -> 'Character Encoding — Wikipedia'), and an unclosed <dd> swallowed the terms
    after it. A line break in HTML text is a space; a <dt>/<dd> ends an open <dd>; text straight in the <dl> is a
    definition."""
    items = _items(tmp_path, {"glossary.html": GLOSSARY_HTML})
    assert [i.question for i in items] == ["character encoding", "WHATWG", "white space", "XHTML"]
    assert items[0].answer_plain().startswith("The process of assigning numbers to graphical characters allowing them to be stored, transmitted, and transformed electronically.")
    assert items[1].answer_plain() == "See Web Hypertext Application Technology Working Group"


MOODLE_GIFT_EXPORT = r"""// question: 0  name: Switch category to $course$/Tutorial 3 Reading Quiz
$CATEGORY: $course$/Tutorial 3 Reading Quiz


// question: 1287067  name:
 In the preceding figure, the item number ____ sets the background color.
::\n In the preceding figure, the item number ____ sets the background color.::[html]<img alt\="nar004-1.jpg" src\="ppg/fig1.jpg" border\="0"><br><br>\n In the preceding figure, the item number ____ sets the background color.{
	=1#x
	~2#x
	~3#x
}

// question: 1287080  name: Case 3-1
::Case 3-1::[html]Art has created a few sample pages\:<br><table><tr><td>home.htm</td><td>---the business</td></tr><tr><td>Product.htm</td><td>---the products</td></tr></table><br>\n The style sheet language used on the Web is the ______.{
	~HTML#x
	=CSS#x
}
"""


def test_a_moodle_gift_export_with_line_breaks_pictures_and_tables(tmp_path: Path) -> None:
    """trial12 U20 (high): a Moodle GIFT export printed GIFT's '\n' literally, a question whose name ran onto a line
    of its own showed its text three times with '::\n … ::[html]' and lost its figure without a word, table cells
    ran together ('businessProduct.htm') and every option got the feedback 'x'."""
    content = deck_of(tmp_path, {"quiz.gift": MOODLE_GIFT_EXPORT})
    compiled = build(content, tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [i.question for i in items] == [
        "In the preceding figure, the item number ____ sets the background color.",
        "Art has created a few sample pages: home.htm ---the business Product.htm ---the products The style sheet language used on the Web is the ______.",
    ]
    assert "[image: nar004-1.jpg]" in items[0].stimulus[0].text  # (its file missing: its alt text, and a warning)
    assert any("fig1.jpg" in d.message and "not found" in d.message for d in compiled.diagnostics.items)
    assert [i.answer_plain() for i in items] == ["", ""] and [i.correct for i in items] == ["A", "B"]


QUARTO_SOLUTIONS = '''## Enzymes

#### (a) Saturation

Calculate the saturation at [S] = K_M.

```{python}
#| solution: true
f_ES = 1 / (1 + 1)
print(f_ES)
```

```{python}
#| solution: true
#| output: asis
#| echo: false
answer=r"""
::: {.callout-important}

## Answer

Half of the enzyme is bound: f = 1/2.

:::
"""
print(answer)
```

#### (b) Rate constant

Calculate k2 from Vmax and the enzyme concentration.

```{python}
#| solution: true
k2 = 10 / 2
```

#### (c) Inhibition

What does a competitive inhibitor change?

```{python}
#| output: asis
#| echo: false
print("""
::: {.callout-important}

## Answer

The apparent K_M.

:::
""")
```
'''


def test_a_quarto_solution_chunk_is_on_the_back(tmp_path: Path) -> None:
    """trial11 P73 (severe, rest): a Quarto chunk '#| solution: true' (shown code) stood on the card's FRONT with the
    task. It is the exercise's answer: inside the printed answer box after it, or in an answer box of its own."""
    items = _items(tmp_path, {"enzymes.qmd": QUARTO_SOLUTIONS})
    assert len(items) == 3, [i.question for i in items]
    a = next(i for i in items if "saturation" in i.question)
    assert "f_ES = 1 / (1 + 1)" not in a.question and "f_ES = 1 / (1 + 1)" in a.answer_plain()
    assert a.answer_plain().startswith("Half of the enzyme is bound")
    b = next(i for i in items if "k2" in i.question)
    assert "k2 = 10 / 2" in b.answer_plain() and "k2 = 10" not in b.question


def test_option_weights_and_marks_in_other_languages() -> None:
    """trial12 U21 (weights part): options weighted Moodle-style ('B. … = 100%', '= 33%', '= 0%') were no keys; a
    Portuguese lesson's '← correta' stayed in the option (the marker was English only) and its per-option
    feedback '→ Não. …' was option text. A weight above 0 marks the option right; 'correct' in the languages
    deckc reads after an arrow or in brackets marks it ('← correta', '(richtig)'), 'wrong' ones do not; a
    verdict after an arrow ('→ Não. …', '-> Correct: …') is the option's feedback, on the back."""
    from compiler.sources.choices import find_choices

    weighted = find_choices(["A. The top corners. = 0%", "B. The bottom corners. = 100%", "C. All of them. = 0%"])
    assert weighted is not None and weighted.correct == "B" and weighted.options[1] == ("B", "The bottom corners.")
    several = find_choices(["A. one = 33%", "B. two = 33%", "C. three = 0%", "D. four = 33%"], several=True)
    assert several is not None and several.correct == "A,B,D"
    lesson = find_choices(["- [ ] Herança → Não. A classe filha herda.", "- [ ] Encapsulamento ← correta", "- [ ] Polimorfismo → Não, é outra coisa."])
    assert lesson is not None and lesson.correct == "B"
    assert [t for _, t in lesson.options] == ["Herança", "Encapsulamento", "Polimorfismo"]
    assert "A) Herança: Não. A classe filha herda." in lesson.explanation
    german = find_choices(["a) Druck steigt (falsch)", "b) Volumen verdoppelt sich (richtig)", "c) Nichts -> no change"])
    assert german is not None and german.correct == "B" and german.options[2] == ("C", "Nichts -> no change")


def test_a_key_typed_in_mixed_case_under_choose_two() -> None:
    """learner5 L9: 'Correct Answer: Ac' under a '(Choose two.)' question was no key (a Basic card teaching 'Ac');
    where several are asked, letters run together in mixed case are the options in order ('Ac': A and C)."""
    from compiler.sources.choices import find_choices

    options = ["A. one", "B. two", "C. three", "D. four", "", "Correct Answer: Ac"]
    found = find_choices(options, several=True)
    assert found is not None and found.correct == "A,C"
    alone = find_choices(options)
    assert alone is not None and alone.correct is None  # (one asked: 'Ac' is no key)


KAHOOT_CSV = """,,,,,,,
,Quiz template,,,,,,
,"Add questions, at least two answer alternatives, time limit and choose correct answers (at least one).",,,,,,
,,,,,,,
,Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",Correct answer(s) - choose at least one
1,What is the capital of Australia?,Sydney,Canberra,Melbourne,Perth,20,2
2,Which planets are gas giants?,Jupiter,Mars,Saturn,Venus,30,"1,3"
"""


def test_kahoots_template_with_its_instructions_above_the_header(tmp_path: Path) -> None:
    """trial11 P75 (high): Kahoot's spreadsheet template (instructions on rows 1-7, the header on row 8, a number
    column first) gave fronts '1', '2' and backs of question, options, time and key. Rows of one cell of text above
    a bank's header row are its instructions; an unnamed column of row numbers is no card text."""
    items = _items(tmp_path, {"kahoot.csv": KAHOOT_CSV})
    assert [(i.question, i.correct, i.answer_plain()) for i in items] == [
        ("What is the capital of Australia?", "B", ""),
        ("Which planets are gas giants?", "A,C", ""),
    ]


OLX_PROBLEMS = {
    "problem/crab.xml": """<problem>
<p>Lateral inhibition, as was first discovered in the horseshoe crab...</p>
<multiplechoiceresponse>
  <choicegroup type="MultipleChoice" label="Lateral inhibition">
    <choice correct="false">is a property of touch.</choice>
    <choice correct="true">is a property of vision.</choice>
  </choicegroup>
</multiplechoiceresponse>
<solution><div class="detailed-solution"><p>Explanation</p><p>It enhances contrast in vision.</p></div></solution>
</problem>
""",
    "problem/primes.xml": """<problem>
<choiceresponse>
  <label>Which of these are prime numbers?</label>
  <checkboxgroup>
    <choice correct="true">2</choice>
    <choice correct="false">4</choice>
    <choice correct="true">7</choice>
  </checkboxgroup>
</choiceresponse>
</problem>
""",
    "problem/capital.xml": """<problem>
<p>What is the capital of France?</p>
<stringresponse answer="Paris" type="ci"><additional_answer answer="paris, France"/><textline/></stringresponse>
<p>What is 1/3 to two decimals?</p>
<numericalresponse answer="0.33"><responseparam type="tolerance" default="0.01"/><formulaequationinput/></numericalresponse>
<p>Which colour is the sky?</p>
<optionresponse><optioninput options="('red','blue')" correct="blue"/></optionresponse>
</problem>
""",
}


def test_open_edx_problems(tmp_path: Path) -> None:
    """trial11 P88 (high): an Open edX OLX problem (<problem><multiplechoiceresponse><choicegroup><choice correct=
    "true">) was 'not a Moodle quiz'. Each response of a problem is a question: multiple choice and checkboxes
    (several right), a drop-down's correct option, a text or number answer; the <solution> on the back."""
    items = _items(tmp_path, OLX_PROBLEMS)
    got = {i.question: (i.correct, i.answer_plain()) for i in items}
    assert got["Lateral inhibition, as was first discovered in the horseshoe crab..."] == ("B", "It enhances contrast in vision.")
    assert got["Which of these are prime numbers?"][0] == "A,C"
    assert got["What is the capital of France?"][1].startswith("Paris")
    assert got["What is 1/3 to two decimals?"][1].startswith("0.33 (± 0.01)")
    assert got["Which colour is the sky?"][0] == "B"


HSK_JSON = """[
  {"simplified": "爱", "radical": "爫", "frequency": 130, "pos": ["v"],
   "forms": [{"traditional": "愛", "transcriptions": {"pinyin": "ài", "numeric": "ai4"},
              "meanings": ["to love; to be fond of", "affection"], "classifiers": []}]},
  {"simplified": "八", "radical": "八", "frequency": 20, "pos": ["m"],
   "forms": [{"traditional": "八", "transcriptions": {"pinyin": "bā", "numeric": "ba1"}, "meanings": ["eight; 8"]}]}
]
"""


def test_a_word_list_whose_meanings_are_one_level_down(tmp_path: Path) -> None:
    """learner5 L16 (medium): an HSK word list ({simplified, forms: [{transcriptions: {pinyin}, meanings: […]}]}) was
    'not a question bank'. 'simplified' / 'hanzi' / 'kanji' are question keys, 'meanings' an answer key, and a
    record with no answer of its own takes its first form's fields (its reading from the sub-object)."""
    items = _items(tmp_path, {"hsk1.json": HSK_JSON})
    assert [i.question for i in items] == ["爱", "八"]
    assert items[0].answer_plain().startswith("to love; to be fond of, affection")
    assert "pinyin: ài" in items[0].answer_plain() and "ai4" not in items[0].answer_plain()


FAQ_YAML = """- installation:
    - question: "Installing zips in Recovery results in 'Error 7'"
      response: |
        - The most common reasons are:
          - a build for another device.
        - Ask for help with a recovery log.
    - question: "Where does the updater store the zip?"
      response: "`/data/updates/`"
- downloads:
    - question: "Where are the builds for my device?"
      response: "Be patient: devices are built through the week."
"""
TOEIC_JSON = """{"part": 7, "passages": [{"id": "p7-01",
  "passageEn": "SUBJECT: Factory Equipment Maintenance Notice. All machines on line 3 will be serviced on Friday.",
  "questions": [{"id": "q1", "questionEn": "What is the notice mainly about?", "questionVi": "Thong bao noi ve gi?",
    "options": [{"key": "A", "textEn": "Equipment maintenance", "textVi": "Bao tri"}, {"key": "B", "textEn": "Flights", "textVi": "Chuyen bay"}],
    "answerKey": "A", "explanationVi": "Chon A."}]}]}
"""


def test_faq_data_with_response_keys_and_named_groups(tmp_path: Path) -> None:
    """trial11 P43 (medium): a Jekyll FAQ ([{installation: [{question, response}]}]) printed 'response:' on every back
    (its first list item glued to the label) and had no sections. 'response' / 'reply' are answer keys; a group
    that is one named list is that section."""
    items = _items(tmp_path, {"faq.yml": FAQ_YAML})
    assert [(i.question, i.section) for i in items] == [
        ("Installing zips in Recovery results in 'Error 7'", ["installation"]),
        ("Where does the updater store the zip?", ["installation"]),
        ("Where are the builds for my device?", ["downloads"]),
    ]
    assert items[0].answer_plain().strip().startswith("The most common reasons are:") and "response" not in items[0].answer_plain()


def test_a_reading_bank_of_passages_in_two_languages(tmp_path: Path) -> None:
    """trial11 P83 (medium): a TOEIC bank ({passages: [{passageEn, questions: [{questionEn, questionVi, options: [{key,
    textEn, textVi}], answerKey}]}]}) was 'no list of records'. Keys with a language after them are the key's first
    language (the other one on the back); a group's passage is on each of its questions' fronts."""
    items = _items(tmp_path, {"toeic.json": TOEIC_JSON})
    (item,) = items
    assert item.question == "What is the notice mainly about?" and item.correct == "A"
    assert [c.text for c in item.choices] == ["Equipment maintenance", "Flights"]
    assert "Factory Equipment Maintenance Notice" in item.stimulus[0].text
    assert "Thong bao noi ve gi?" in item.answer_plain()


AMC_TEX = r"""\documentclass{article}
\usepackage[francais,bloc]{automultiplechoice}
\begin{document}

\element{geo}{
  \begin{question}{Angleterre}
    Quelle est la capitale de l'Angleterre ?
    \begin{reponses}
      \bonne{Londres}
      \mauvaise{Paris}
    \end{reponses}
    \explain{Londres est la capitale du Royaume-Uni.}
  \end{question}
}

\element{geo}{
  \begin{questionmult}{capitals}
    Which of the following cities are capitals?
    \begin{choices}
      \correctchoice{Paris}
      \wrongchoice{Lyon}
      \correctchoice{Berlin}
    \end{choices}
  \end{questionmult}
}

\exemplaire{10}{
\insertgroup{geo}
}
\end{document}
"""


def test_auto_multiple_choice_latex(tmp_path: Path) -> None:
    """trial11 P91 (high): auto-multiple-choice (AMC) question files (\\element{group}{\\begin{question}{id} … \\correctchoice /
    \\wrongchoice, French \\bonne / \\mauvaise}) could not be told apart: no note. They read as the exam class's
    questions: the group a section, correct choices ticked, several in a questionmult, \\explain on the back."""
    items = _items(tmp_path, {"amc.tex": AMC_TEX})
    assert [(i.question, i.correct, i.section) for i in items] == [
        ("Quelle est la capitale de l'Angleterre\u202f?", "A", ["geo"]),
        ("Which of the following cities are capitals?", "A,C", ["geo"]),
    ]
    assert items[0].answer_plain() == "Londres est la capitale du Royaume-Uni."


MERMAID_MD = """# Java

## What do boxing and unboxing do?

Boxing wraps a primitive in its wrapper class; unboxing takes it out again.

```mermaid
flowchart LR
  subgraph Boxing["Boxing"]
    style Boxing fill:#F5F7FA,stroke:#E0E6ED
    A["int i = 10"] -->|"autoboxing"| B["Integer.valueOf(10)"]
    B --> C["Integer object"]
  end
  classDef core fill:#4CA497,color:#fff
```
"""


def test_a_mermaid_diagram_is_its_arrows_not_its_source(tmp_path: Path) -> None:
    """learner5 L14 (medium): a ```mermaid flowchart in an answer was a phone screen of raw Mermaid source on the card
    and the sheet. A diagram fence (mermaid, PlantUML, Graphviz dot) shows a line naming it and its arrows with the
    nodes' labels ('int i = 10 → (autoboxing) Integer.valueOf(10)'), never its source."""
    from compiler.render import block_html, diagram_lines

    compiled = build(deck_of(tmp_path, {"java.md": MERMAID_MD}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    (item,) = compiled.items
    code = next(b for b in item.answer if b.kind.value == "code")
    head, edges = diagram_lines(code.text, code.lang) or ("", [])
    assert head.startswith("[diagram: mermaid flowchart")
    assert edges == ["int i = 10 → (autoboxing) Integer.valueOf(10)", "Integer.valueOf(10) → Integer object"]
    shown = block_html(code)
    assert "classDef" not in shown and "Integer.valueOf(10) → Integer object" in shown


GOETHE_CSV = """type,german,english,german_full,s1,t1
noun,Abbildung,illustration,"die Abbildung, -en","Auf der Abbildung sehen Sie das Gerät.",The illustration shows the device.
noun,Abenteuer,adventure,"das Abenteuer, -",Unser Urlaub war ein Abenteuer.,Our vacation was an adventure.
verb,abfahren,to depart,"fährt ab, fuhr ab, ist abgefahren",Der Zug fährt um acht ab.,The train departs at eight.
"""


def test_a_word_list_whose_first_column_is_its_word_type(tmp_path: Path) -> None:
    """learner5 L33 (severe): a Goethe B1 list ('type,german,english,…') made 'noun' / 'verb' the front of all 2,150
    cards and merged 611 different words. A column named for a language comes before an unnamed one as the front;
    'type' (word type, kind) is the row's section."""
    items = _items(tmp_path, {"nouns.csv": GOETHE_CSV})
    assert [(i.question, i.section) for i in items] == [("Abbildung", ["noun"]), ("Abenteuer", ["noun"]), ("abfahren", ["verb"])]
    assert items[0].answer_plain().startswith("illustration")


RUNESTONE_RST = """Practice Exam
-------------

.. timed:: postexam1
   :timelimit: 45

   .. mchoice:: pe1_1
      :answer_a: 50
      :answer_b: 20
      :correct: a
      :feedback_a: It is recursive: each call adds 10.
      :feedback_b: This would be true if the call was m(2).

      Given the following method.  What is the output when ``m1(5)`` is called?

      .. code-block:: java

        public int m1 (int a)
        {
           return a == 1 ? 10 : 10 + m1(a - 1);
        }

   .. mchoice:: pe1_2
      :answer_a: The value is first.
      :answer_b: The value is last.
      :answer_c: The value is absent.
      :correct: a,c

      Under which conditions is a sequential search faster than a binary search?
"""


def test_runestone_mchoice_questions(tmp_path: Path) -> None:
    """trial12 U61 (severe): Runestone's '.. mchoice::' (':answer_a:' … ':correct: a', the stem and a code block as its
    content) ignored its options and key; backs were the code or the next question's stem. Each is a
    multiple-choice question: its first paragraph the question, a program under it, ':correct:' ticked (several
    too), each ':feedback_x:' on the back."""
    items = _items(tmp_path, {"exam.rst": RUNESTONE_RST})
    assert [(i.question, i.correct) for i in items] == [
        ("Given the following method. What is the output when `m1(5)` is called?", "A"),
        ("Under which conditions is a sequential search faster than a binary search?", "A,C"),
    ]
    assert [c.text for c in items[0].choices] == ["50", "20"]
    assert any("public int m1" in b.text for b in items[0].stimulus)
    assert "It is recursive" in items[0].answer_plain()


TABBED_RST = """Code Practice with Arrays
---------------------------

.. tabbed:: ch7Ex1

        .. tab:: Question

           Fix the following code so that it prints every other value in ``arr1``.

           .. activecode::  ch7Ex1q
              :language: java

              int arr1 = {1, 3, 7};
              for (int i = 0; i <= arr1.length; i += 2) System.out.print(i);

        .. tab:: Answer

           Declare ``arr1`` as an array and stop before its length.

        .. tab:: Discussion

           .. disqus::
"""


def test_runestone_tabbed_question_and_answer(tmp_path: Path) -> None:
    """trial12 U62 (high): '.. tabbed::' exercises ('.. tab:: Question' / '.. tab:: Answer') gave 'cannot tell this
    document's layout', 0 cards. The Question tab is the question (its code under it), the Answer tab the answer;
    '.. activecode::' is code in its ':language:'."""
    items = _items(tmp_path, {"arrays.rst": TABBED_RST})
    (item,) = items
    assert item.question == "Fix the following code so that it prints every other value in `arr1`."
    assert item.answer_plain().startswith("Declare arr1 as an array")
    assert any(b.kind.value == "code" and b.lang == "java" for b in item.stimulus)


CAPITALS_CSV = """country,capital,capital:de,capital:es,capital:fr
England,London,London,Londres,Londres
Scotland,Edinburgh,Edinburgh,Edimburgo,Édimbourg
United Kingdom,London,London,Londres,Londres
"""
FLAGS_CSV = """country,flag,map,region code,ISO,tags
England,"<img src=""ug-flag-england.svg"" />","<img src=""ug-map-england.png"" />",,,UG::Europe
United Kingdom,"<img src=""ug-flag-uk.svg"" />","<img src=""ug-map-uk.png"" />",GB,GB,"UG::Europe, UG::Sovereign_State"
"""
ANKI_IMPORT_CSV = """<b>안녕하세요</b>! 저는 대원입니다.|Hello! I am Daewon.<br>----<br><b>안녕하세요</b> = Hello (formal)|week1 day1 greeting high-frequency
<b>안녕</b>! 친구야!|Hi! Friend!<br>----<br><b>안녕</b> = Hi/Bye (informal)|week1 day1 greeting
도와주셔서 <b>감사합니다</b>.|Thank you for helping me.|week1 day1 greeting high-frequency
"""


def test_spreadsheets_of_anki_fields(tmp_path: Path) -> None:
    """trial11 P32/P33, learner4 N80 (high): a header of program names ('country,capital,capital:de,…') was a card and
    every back 16 translations; a 'flag' column of pictures was left out as a tool's record and '<img …>' cells
    showed as text; an Anki import file's '<b>…</b>' fields showed escaped and its tags column was glued to
    every back. Such a header names the columns (the answer's other languages left out, said once); a column of
    pictures or text is content whatever its name; cells with markup in a fifth of the rows are HTML; a last
    column of words most rows share is the tags."""
    compiled = build(deck_of(tmp_path, {"capital.csv": CAPITALS_CSV, "main.csv": FLAGS_CSV, "week1.csv": ANKI_IMPORT_CSV}),
                     tmp_path / "build", formats=("json",), now=1_000).compiled  # fmt: skip
    assert compiled is not None
    by_source: dict[str, list[Item]] = {}
    for i in compiled.items:
        by_source.setdefault(i.source, []).append(i)
    assert [(i.question, i.answer_plain()) for i in by_source["capital"]] == [("England", "London"), ("Scotland", "Edinburgh"), ("United Kingdom", "London")]
    assert any("other languages" in d.message for d in compiled.diagnostics.items)
    flags = by_source["main"]
    assert all("<img" not in i.answer_plain() for i in flags) and "Flag:" in flags[0].answer_plain()
    week = by_source["week1"]
    assert week[0].question == "안녕하세요! 저는 대원입니다." and week[0].tags == ["week1", "day1", "greeting", "high-frequency"]
    assert "<b>안녕하세요</b>" in week[0].answer[0].text and "week1" not in week[0].answer_plain()


LEARNR_RMD = '''---
title: "Data basics"
output: learnr::tutorial
---

## Data frames

### What is a data frame?

A **data frame** is a rectangular collection of values.

```{r quiz1, echo = FALSE}
quiz(caption = "Quiz",
  question("How many rows are in the data frame named `cars`?",
           answer("2"),
           answer("50", correct = TRUE),
           answer("100"),
           incorrect = "Incorrect.\\nHint: R numbers the rows of a data frame.",
           allow_retry = TRUE
  ),
  question("Which are numeric columns of `cars`?", type = "multiple",
           answer("speed", correct = TRUE),
           answer("dist", correct = TRUE),
           answer("name")
  )
)
```
'''


def test_a_learnr_tutorials_quiz_questions(tmp_path: Path) -> None:
    """trial11 P34 (high): a learnr tutorial's quiz (question("…", answer("50", correct = TRUE), …) in an R chunk) was
    silently lost. Each question() is a multiple-choice question, its correct answers ticked, its messages on the back."""
    items = [i for i in _items(tmp_path, {"tutorial.Rmd": LEARNR_RMD}) if i.choices]
    assert [(i.question, i.correct) for i in items] == [
        ("How many rows are in the data frame named `cars`?", "B"),
        ("Which are numeric columns of `cars`?", "A,B"),
    ]
    assert items[0].answer_plain() == "Incorrect. Hint: R numbers the rows of a data frame."


def test_a_question_answered_only_by_a_missing_picture_makes_no_card(tmp_path: Path) -> None:
    """trial12 U15 (medium): a question whose whole answer is a picture not in sources/ made a card whose back was
    '[image: alt text]'. It makes no card, listed as skipped ('picture not found'), with a warning; an answer with
    text beside its missing picture stays."""
    page = (
        "# Networks\n\n## List two kinds of routing algorithms\n\n- Dijkstra's algorithm\n- Distance vector\n\n"
        "## What is the main problem of class A addresses?\n\n![alt text](image-65.png)\n\n"
        "## What does a switch do with an unknown destination?\n\nIt floods the frame.\n\n![alt text](image-69.png)\n"
    )
    compiled = build(deck_of(tmp_path, {"final.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == ["List two kinds of routing algorithms", "What does a switch do with an unknown destination?"]
    assert [(i.question, i.skip) for i in compiled.deck.skipped] == [("What is the main problem of class A addresses?", "picture not found")]


def test_an_anki_export_naming_its_columns(tmp_path: Path) -> None:
    """trial11 P102 (low), trial12 U91 (medium): an Anki text export's '#columns:Expression<TAB>Meaning<TAB>Tags' header
    left its Tags column on the back, and its furigana '日本語[にほんご]' showed raw, the reading beside the kanji it
    tests. A column the header names Tags is the tags; with Anki's furigana the front asks with the kanji alone and
    the back opens with the word and its reading, 'base(reading)'."""
    export = "#separator:tab\n#html:false\n#columns:Expression\tMeaning\tTags\n日本語[にほんご]\tJapanese language\tN5 noun\n雨[あめ]が 降[ふ]る\tit rains\tN5 phrase\n"
    items = _items(tmp_path, {"jp.txt": export})
    assert [(i.question, i.answer_plain(), i.tags) for i in items] == [
        ("日本語", "日本語(にほんご)\nJapanese language", ["N5", "noun"]),
        ("雨が降る", "雨(あめ)が降(ふ)る\nit rains", ["N5", "phrase"]),
    ]


def test_a_chapter_column_named_in_german_is_the_section(tmp_path: Path) -> None:
    """trial11 P87 (low, part): a German sheet's 'Kapitel' column was printed on every back while English 'Chapter'
    is the section; chapter, topic and category names in the languages deckc reads are sections too."""
    items = _items(tmp_path, {"de.csv": "Frage;Antwort;Kapitel\nWas ist die Hauptstadt von Österreich?;Wien;Geografie\nWer schrieb Faust?;Goethe;Literatur\n"})
    assert [(i.answer_plain(), i.section) for i in items] == [("Wien", ["Geografie"]), ("Goethe", ["Literatur"])]


def test_an_answer_sentence_opening_with_an_article_is_no_key() -> None:
    """learner5 L34 (severe): '✅ **Resposta:** A tomada fornece corrente alternada …' was read as the key 'A' (the
    article opening the sentence), and the exam's own '**Gabarito: b)**' was ignored: the wrong option taught. A
    capital 'A' / 'E' after an answer label, followed by a sentence in lower case, is no key; 'Answer: A' and
    'Answer: A. A hash map …' still are."""
    from compiler.sources.choices import find_choices

    options = ["a) 5 V", "b) 10 V", "c) 20 V", "d) 0,2 V", ""]
    said = find_choices([*options, "✅ **Resposta:** A tomada fornece corrente alternada, usada pela TV.", "", "**Gabarito: b)**"])
    assert said is not None and said.correct == "B"
    assert (find_choices([*options, "Answer: A"]) or said).correct == "A"
    assert (find_choices([*options, "Answer: A. A hash map stores pairs."]) or said).correct == "A"


MMLU_CSV = '''"Find all c in Z_3 such that Z_3[x]/(x^2 + c) is a field.",0,1,2,3,B
"Statement 1 | If aH is an element of a factor group, then |aH| divides |a|.","True, True","False, False","True, False","False, True",B
"Find the characteristic of the ring 2Z.",0,3,12,30,A
'''


def test_a_headerless_bank_keyed_by_its_last_cell(tmp_path: Path) -> None:
    """trial12 U82 (high): MMLU's header-less 'question,A,B,C,D,key' rows were Basic cards whose back ran the options
    and the key together ('0 1 2 3 B'). Rows of one width whose last cell is one of their options' letters are a
    multiple-choice bank: the first cell the question, the cells between the options."""
    items = _items(tmp_path, {"algebra_dev.csv": MMLU_CSV})
    assert [(i.correct, len(i.choices)) for i in items] == [("B", 4), ("B", 4), ("A", 4)]
    assert items[0].question == "Find all c in Z_3 such that Z_3[x]/(x^2 + c) is a field."
    assert items[1].choices[0].text == "True, True"


GIFT_COMPACT = """$CATEGORY: $course$/top/Gold B2, Unit 3

::U3 6.1::Was that film {~as~=like} all his other ones?

::U3 6.3::I've always regarded you {~=as~like} a friend.

::U11 4.1::[html]If I'd left the party earlier, I {=wouldn't feel=wouldn't be feeling=would not feel} (<i>not/feel</i>) so tired today.

::U3 GR3::Match the following clauses to make sentences.{
  =I have long dark hair, -> like my sister.
  =It's probably best to do -> as your father suggests.
"""


def test_gift_answers_written_without_spaces(tmp_path: Path) -> None:
    """trial12 U73 (high): '{~as~=like}' (valid GIFT without spaces) gave an empty option and no key; '{=a=b=c}' short
    answers over sentences with a blank made the file 'cannot tell this document's layout'; a matching block the
    file ends before closing was lost. '~=' is the right option's mark; a sentence with a blank asks; a block
    left open at the end is closed there."""
    items = _items(tmp_path, {"as_like.gift": GIFT_COMPACT})
    assert [(i.question, i.correct, [c.text for c in i.choices]) for i in items[:2]] == [
        ("Was that film _____ all his other ones?", "B", ["as", "like"]),
        ("I've always regarded you _____ a friend.", "A", ["as", "like"]),
    ]
    assert items[2].answer_plain().startswith("wouldn't feel")
    assert items[3].question == "Match the following clauses to make sentences." and "like my sister" in items[3].answer_plain()


def test_a_corrected_exams_ticks_and_crosses() -> None:
    """trial12 U92 (high, options part): a corrected exam's options ('- (a) 2^m ✗' / '- **(c) 2m** ✓', and on another
    question a student's '(a) … ✓' beside the key's '**(c) …** ✓') were read as two options, A marked. A label
    inside the option's bold is its label, '✗' marks a wrong pick (and leaves the text), and a bold ticked option
    wins over a plain tick."""
    from compiler.sources.choices import find_choices

    q3 = find_choices(["- (a) 2^m ✗", "- (b) 2m + 1", "- **(c) 2m** ✓", "- (d) 2^(m+1)"])
    assert q3 is not None and q3.correct == "C" and [t for _, t in q3.options] == ["2^m", "2m + 1", "2m", "2^(m+1)"]
    q4 = find_choices(["- (a) Si n1 es el padre de n2 ✓", "- (b) Si n1 es el abuelo", "- **(c) Ambas (a) y (b)** ✓", "- (d) Ninguna"])
    assert q4 is not None and q4.correct == "C"


def test_front_matter_answers_kept_in_files_of_their_own(tmp_path: Path) -> None:
    """trial12 U69 (high, bank part): roadmap.sh question pages ('questions: - question: … answer: equality-operator.md
    topics: [Core, Beginner]' in the front matter, the answers in content/*.md) showed the file NAME as the answer and
    printed the topics on every back. An answer naming a Markdown file beside the page (or in its content/) is that
    file's text; 'topics' are tags. (read.py passes the page's folder: routed to readers2.)"""
    from compiler.sources.databank import front_matter_bank

    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "equality-operator.md").write_text("`===` compares without converting types.\n", encoding="utf-8")
    page = "---\ntitle: 'JavaScript Questions'\nquestions:\n  - question: What is the difference between `==` and `===`?\n    answer: equality-operator.md\n    topics:\n      - 'Core'\n---\n"
    made = front_matter_bank(page.split("\n"), "sources/javascript.md", tmp_path)
    assert made is not None
    assert "`===` compares without converting types." in made.text and "equality-operator.md" not in made.text
    assert "#Core" in made.text and "topics" not in made.text


def test_flat_term_lists_as_data(tmp_path: Path) -> None:
    """trial12 U89 (medium): a flat mapping ({"hola": "hello", …}; a _data/terms.yml of 'API: …' lines) was 'no list of
    records'; a record's 'related: [REST, SDK]' was an empty label over a list. An object of short strings is a
    term list (an object of such objects one section each); a list of short entries is one line."""
    items = _items(tmp_path, {
        "vocab.json": '{"hola": "hello", "adiós": "goodbye", "gracias": "thank you"}',
        "themes.yml": "Greetings:\n  hola: hello\n  adiós: goodbye\nFood:\n  pan: bread\n  agua: water\n",
        "glossary.yml": "- term: API\n  definition: Application Programming Interface.\n  related: [REST, SDK]\n- term: Latency\n  definition: The time to the first byte.\n",
    })  # fmt: skip
    got = {(i.source, i.question): (i.answer_plain(), i.section) for i in items}
    assert got[("vocab", "hola")] == ("hello", [])
    assert got[("themes", "pan")] == ("bread", ["Food"])
    assert got[("glossary", "API")][0] == "Application Programming Interface.\nrelated: REST, SDK"


def test_a_yaml_option_that_is_an_equals_sign(tmp_path: Path) -> None:
    """learner5 L46 (medium): a YAML quiz whose option is '- text: =' (a SQL assignment operator) stopped the whole deck
    with 'broken YAML … tag:yaml.org,2002:value'. A lone '=' is the text it is."""
    quiz = (
        "lecture_title: 'SQL 05'\nquestions:\n- text: Which operator compares two values for equality in SQL?\n"
        "  answers:\n  - text: =\n    correct: true\n  - text: ==\n    correct: false\n"
    )
    (item,) = _items(tmp_path, {"quiz.yaml": quiz})
    assert [c.text for c in item.choices] == ["=", "=="] and item.correct == "A"


GLOSSARY_TEX = r"""% glossary.tex -- included by thesis.tex
\newglossaryentry{api}{
  name={API},
  description={Application Programming Interface: a set of definitions that lets programs talk to each other}
}
\newglossaryentry{latency}{name=latency, description={the time between a request and its first byte}}
\newacronym{cpu}{CPU}{Central Processing Unit}
"""


def test_a_latex_glossary(tmp_path: Path) -> None:
    """trial12 U80 (medium): a LaTeX glossary (\\newglossaryentry{key}{name=…, description=…}, \\newacronym{key}{CPU}{…})
    was 'cannot tell this document's layout', 0 cards. Each entry is a card: its name, then its description (an
    acronym's long form); a document's own glossary comes after its text."""
    items = _items(tmp_path, {"glossary.tex": GLOSSARY_TEX})
    assert [(i.question, i.answer_plain()) for i in items] == [
        ("API", "Application Programming Interface: a set of definitions that lets programs talk to each other"),
        ("latency", "the time between a request and its first byte"),
        ("CPU", "Central Processing Unit"),
    ]


def test_nbgrader_markers_and_tests_are_no_answer(tmp_path: Path) -> None:
    """trial12 U75 (medium): nbgrader assignments kept '### BEGIN SOLUTION' / '### END SOLUTION', the autograder cell
    (asserts, '### BEGIN HIDDEN TESTS') and '=== BEGIN MARK SCHEME ===' on the backs. The markers go, the
    autograder's test cells are no answer, the solution and the mark scheme are."""
    import json

    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["## Question 1\n", "\n", "Write `squares(n)`: the squares of 1..n?"]},
        {"cell_type": "code", "metadata": {"nbgrader": {"solution": True, "grade": False}}, "execution_count": None, "outputs": [],
         "source": ["def squares(n):\n", "    ### BEGIN SOLUTION\n", "    return [i * i for i in range(1, n + 1)]\n", "    ### END SOLUTION"]},
        {"cell_type": "code", "metadata": {"nbgrader": {"solution": False, "grade": True}}, "execution_count": None, "outputs": [],
         "source": ["\"\"\"Check squares\"\"\"\n", "assert squares(1) == [1]\n", "### BEGIN HIDDEN TESTS\n", "assert squares(3) == [1, 4, 9]\n", "### END HIDDEN TESTS"]},
        {"cell_type": "markdown", "metadata": {}, "source": ["## Question 2\n", "\n", "Why is a comprehension faster than append?"]},
        {"cell_type": "markdown", "metadata": {}, "source": ["=== BEGIN MARK SCHEME ===\n", "It avoids calling append on every iteration.\n", "=== END MARK SCHEME ==="]},
    ]  # fmt: skip
    notebook = json.dumps({"cells": cells, "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)
    items = _items(tmp_path, {"assignment.ipynb": notebook})
    assert [i.answer_plain().strip() for i in items] == [
        "def squares(n):\n    return [i * i for i in range(1, n + 1)]",
        "It avoids calling append on every iteration.",
    ]


def test_a_japanese_key_after_a_space(tmp_path: Path) -> None:
    """trial12 U87 (low, key part): a key line '解答 ア' (the word, a space, the katakana letter: no colon, as these exam
    books write it) was not seen: 'none marked correct', the question lost. 解答 / 正解 / 答え / 答案 followed by a
    space and the letter alone is the key."""
    page = "# 過去問\n\n問3 次のうち，揮発性メモリはどれか。\n\nア DRAM\nイ フラッシュメモリ\nウ ROM\nエ HDD\n\n解答 ア\n\n問4 2進数 1011 を10進数で表したものはどれか。\n\nア 9\nイ 10\nウ 11\nエ 12\n\n正解：ウ\n"
    items = _items(tmp_path, {"kakomon.md": page})
    assert [(i.number, i.correct) for i in items] == [("3", "A"), ("4", "C")]


MOODLE_CLOZE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="numerical">
    <name><text>Voyage years</text></name>
    <questiontext format="html"><text><![CDATA[<p>How many years did the voyage of the Beagle last?</p>]]></text></questiontext>
    <answer fraction="100"><text>5</text><tolerance>0</tolerance><feedback><text>1831–1836.</text></feedback></answer>
  </question>
  <question type="multianswer">
    <name><text>Darwin cloze</text></name>
    <questiontext format="html"><text><![CDATA[<p>The ship used by Darwin was the {1:SHORTANSWER:=Beagle}, and he visited the {1:MULTICHOICE:Canary~=Galápagos~Falkland} Islands.</p>]]></text></questiontext>
  </question>
  <question type="shortanswer">
    <name><text>Beaks</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which birds' beaks did Darwin study?</p>]]></text></questiontext>
    <answer fraction="100"><text>finches</text></answer>
    <answer fraction="50"><text>birds</text></answer>
  </question>
</quiz>
"""


def test_moodle_embedded_answers_and_partial_credit(tmp_path: Path) -> None:
    """trial12 U72 (medium): a Moodle 'multianswer' (Cloze) question was not read ('export it as GIFT', which drops it
    too), a numerical answer's feedback was lost and a 50%-credit answer was 'Also accepted'. Embedded answers are a
    cloze note (each its right answer, a choice's options its hint); the right answer's feedback is on the back;
    only answers of the best credit are accepted."""
    items = _items(tmp_path, {"quiz.xml": MOODLE_CLOZE_XML})
    got = {i.question: i for i in items}
    assert got["How many years did the voyage of the Beagle last?"].answer_plain() == "5\n1831–1836."
    cloze = next(i for i in items if i.cloze)
    assert cloze.cloze == "The ship used by Darwin was the {{c1::Beagle}}, and he visited the {{c2::Galápagos::Canary / Galápagos / Falkland}} Islands."
    assert got["Which birds' beaks did Darwin study?"].answer_plain() == "finches"


def test_ticked_boxes_say_the_key_a_bold_option_is_text() -> None:
    """trial12 U105 (severe): '- [ ] **Python**' (a wrong option written in bold: the literal output a question asks
    about) was marked right beside the ticked one, '(choose 2)', and lost its asterisks. Where boxes are ticked they
    alone say which are right; a bold option keeps its marks."""
    from compiler.sources.choices import find_choices

    found = find_choices(["- [ ] *****Python", "- [x] Python****", "- [ ] **Python**"])
    assert found is not None and found.correct == "B" and found.options[2] == ("C", "**Python**")
    unticked = find_choices(["- [ ] a", "- [ ] **b**", "- [ ] c"])
    assert unticked is not None and unticked.correct == "B"  # (no box ticked: the bold one is the key, as before)


def test_a_key_in_bold_after_the_options() -> None:
    """trial12 U107 (high): a quiz keying each question after its options in bold ('**C. POST request**', or in an
    answer toggle '<details><summary>정답</summary>' / '**A.** Copilot …') read none: 0 cards. The first text after the
    options that is a bold option label (its reason after it) or an option restated in bold is the key."""
    from compiler.sources.choices import find_choices

    options = ["A. GET request", "B. PUT request", "C. POST request", "D. DELETE request", ""]
    restated = find_choices([*options, "**C. POST request**"])
    assert restated is not None and restated.correct == "C"
    toggled = find_choices([*options, "<details><summary>정답</summary>", "", "**A.** GET reads; it sends no body.", "</details>"])
    assert toggled is not None and toggled.correct == "A" and "GET reads; it sends no body." in toggled.explanation
