"""Nineteenth sitting, formats: structured documents nobody here had read (exercise notebooks, question banks, note
files of other tools). Fixtures written here in the documents' shapes."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

from conftest import deck_of

from compiler.build import build


def _built(tmp_path: Path, files: dict[str, str | Path], table: str = "") -> tuple[dict[str, dict], list[str]]:  # type: ignore[type-arg]
    """The built deck's notes by question (tags stripped), and every message said."""
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, files, table), out, formats=("json",), now=1_000)
    assert result.compiled is not None
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    notes = {_plain(n["fields"].get("Question") or n["fields"].get("Text")): n for n in manifest["notes"]}
    return notes, [d.text() for d in result.compiled.diagnostics.items]


def _plain(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def _notebook(*cells: tuple[str, str]) -> str:
    """A notebook of these ``(cell type, text)`` cells, as Jupyter saves it (one source string a line)."""
    made = [
        {"cell_type": kind, "metadata": {}, "source": text.splitlines(keepends=True), **({"execution_count": None, "outputs": []} if kind == "code" else {})}
        for kind, text in cells
    ]
    return json.dumps({"cells": made, "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4, "nbformat_minor": 2}, indent=1)


# the exercise notebook's shape (numpy_exercises, course 'solutions' notebooks): a section heading, then each task a
# short Markdown cell of its own, right over the code cell that solves it; no 'Q1.' and no question mark needed
EXERCISES = _notebook(
    ("markdown", "# Arrays"),
    ("markdown", "## Making arrays"),
    ("code", "import numpy as np"),
    ("markdown", "Create a vector of ten zeros."),
    ("code", "np.zeros(10)"),
    ("markdown", "Let x = [1, 2].\nConvert it into an array of `float`."),
    ("code", "x = [1, 2]\nnp.asarray(x, float)"),
    ("code", "np.asfarray(x)"),
    ("markdown", "## Ranges"),
    ("markdown", "____\n**Create an array of 2, 4, 6, …, 100.**"),
    ("code", "np.arange(2, 101, 2)"),
    ("markdown", "Create 50 evenly spaced numbers between 3 and 10, i.e. a linear space."),
    ("code", "np.linspace(3, 10, 50)"),
    ("markdown", "What is the type of the result of 3 + 1.5?"),
    ("markdown", "**Answer:** a float"),
)


def test_exercise_notebook_tasks_over_code_are_cards(tmp_path: Path) -> None:
    """trial19 T19-5 (severe): each task cell over its solution code was lumped into its section's heading card
    ('Making arrays' → every task and its code), and a section of tasks without a heading over each was 'a list of
    3 questions and no answers'. Each task is now a card, its code the answer, under its section."""
    notes, said = _built(tmp_path, {"arrays.ipynb": EXERCISES})
    fronts = sorted(notes)
    assert "Create a vector of ten zeros." in " | ".join(fronts)
    asked = {q.split("import numpy as np ")[-1]: n for q, n in notes.items()}  # (the section's set-up code shows above its tasks)
    assert set(asked) == {
        "Create a vector of ten zeros.",
        "Let x = [1, 2]. Convert it into an array of float .",
        "Create an array of 2, 4, 6, …, 100.",
        "Create 50 evenly spaced numbers between 3 and 10, i.e. a linear space.",
        "What is the type of the result of 3 + 1.5?",
    }, fronts
    assert "np.zeros(10)" in _plain(asked["Create a vector of ten zeros."]["fields"]["Answer"]).replace(" ", "")
    both = _plain(asked["Let x = [1, 2]. Convert it into an array of float ."]["fields"]["Answer"]).replace(" ", "")
    assert "np.asarray(x,float)" in both and "np.asfarray(x)" in both  # (its second solution cell too)
    assert _plain(asked["Create an array of 2, 4, 6, …, 100."]["fields"]["Answer"]).replace(" ", "") == "np.arange(2,101,2)"
    assert asked["Create an array of 2, 4, 6, …, 100."]["fields"]["Section"] == "Ranges"
    assert "a float" in _plain(asked["What is the type of the result of 3 + 1.5?"]["fields"]["Answer"])
    assert not any("no answer" in s or "outside any question" in s for s in said), said


def test_tutorial_notebook_is_not_read_as_exercises(tmp_path: Path) -> None:
    """A tutorial's cells over code narrate ('Let's load the data:', 'Now we plot it.'): no card per cell."""
    tutorial = _notebook(
        ("markdown", "# Plotting"),
        ("markdown", "## Loading"),
        ("markdown", "Let's load the data first:"),
        ("code", "df = pd.read_csv('a.csv')"),
        ("markdown", "Now we look at its first rows."),
        ("code", "df.head()"),
        ("markdown", "Here is our plot:"),
        ("code", "df.plot()"),
    )
    notes, _ = _built(tmp_path, {"tutorial.ipynb": tutorial})
    assert not any("load the data" in q or "first rows" in q for q in notes), sorted(notes)


# the coding-challenge template (interview-prep notebooks): a problem heading, then sections of its own level
CHALLENGE = [
    ("markdown", "# Solution Notebook"),
    (
        "markdown",
        "## Problem: Implement a function that tells whether a list holds a repeated value.\n\n"
        "* [Constraints](#Constraints)\n* [Algorithm](#Algorithm)\n* [Code](#Code)\n* [Unit Test](#Unit-Test)",
    ),
    ("markdown", "## Constraints\n\n* Can we assume the values are hashable?\n    * Yes\n* Can we use extra memory?\n    * Yes"),
    ("markdown", "## Test Cases\n\n* [] -> False\n* [1, 1] -> True"),
    ("markdown", "## Algorithm\n\nKeep the values seen in a set; a value already in it is a repeat.\n\nComplexity:\n* Time: O(n)"),
    ("markdown", "## Code"),
    ("code", "class Repeats(object):\n\n    def has_repeat(self, values):\n        return len(set(values)) != len(values)"),
    ("markdown", "## Unit Test"),
    ("code", "%%writefile test_repeats.py\nimport unittest\n\nclass TestRepeats(unittest.TestCase):\n    def test(self):\n        self.assertTrue(Repeats().has_repeat([1, 1]))"),
]


def test_coding_challenge_notebook_is_one_problem_card(tmp_path: Path) -> None:
    """trial19 T19-43 (high): '## Problem: …' over '## Constraints', '## Algorithm', '## Code' sections of its own level
    gave no card for the problem and one card per 'Can we assume …? Yes' that never said which problem. Now the problem
    is the front, its constraints, test cases, algorithm and code the back; its contents list and unit tests left out."""
    notes, said = _built(tmp_path, {"repeats_solution.ipynb": _notebook(*CHALLENGE)})
    assert list(notes) == ["Implement a function that tells whether a list holds a repeated value."], sorted(notes)
    back = _plain(next(iter(notes.values()))["fields"]["Answer"])
    for part in ("Constraints", "Can we assume the values are hashable?", "[1, 1] -> True", "Keep the values seen in a set", "has_repeat"):
        assert part in back, back
    assert "TestRepeats" not in back and "Unit Test" not in back  # (the unit test checks a solution: no study text)
    assert not any("does not seem to fit" in s for s in said), said


def test_unsolved_challenge_has_no_answer_and_says_so(tmp_path: Path) -> None:
    """The challenge's own notebook (its code a stub to fill in, '# TODO: Implement me' / 'pass') teaches no answer: the
    problem is no card, said at its line, and never a card whose back is the stub and the constraints."""
    cells = [*CHALLENGE[:5], ("markdown", "## Code"), ("code", "class Repeats(object):\n\n    def has_repeat(self, values):\n        # TODO: Implement me\n        pass")]
    page = "# Linked lists\n\n## Problem: Reverse a linked list.\n\n## Algorithm\n\nTurn each next pointer back.\n\n## Code\n\n```python\ndef reverse(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev\n```\n"
    notes, said = _built(tmp_path, {"repeats_challenge.ipynb": _notebook(*cells), "lists.md": page})
    assert list(notes) == ["Reverse a linked list."], sorted(notes)
    assert "prev = None" in _plain(notes["Reverse a linked list."]["fields"]["Answer"])
    assert any("repeats_challenge.ipynb" in s and ("no answer" in s or "no card" in s) for s in said), said


def _ran(code: str, *printed: str) -> dict:  # type: ignore[type-arg]
    """A code cell as Jupyter saves it after a run that printed these texts (one stream output each)."""
    return {
        "cell_type": "code",
        "metadata": {},
        "execution_count": 1,
        "source": code.splitlines(keepends=True),
        "outputs": [{"output_type": "stream", "name": "stdout", "text": text.splitlines(keepends=True)} for text in printed],
    }


def test_predict_the_output_task_is_answered_by_its_saved_output(tmp_path: Path) -> None:
    """trial19 T19-6 (high): 'Q1. Predict the results of the following code.' over a code cell whose saved output is the
    answer was 'question has no answer' (15 times in one notebook). Now the code is on the front, everything it printed
    the back; a task whose run was not saved is 'no answer', said at its cell."""
    nb = json.loads(
        _notebook(
            ("markdown", "# Products"),
            ("markdown", "Q1. Predict the results of the following code."),
            ("code", "x = [1, 2]\nprint(x * 2)\nprint(len(x))"),
            ("markdown", "Q2. Predict the results of the following code."),
            ("code", "print(3 // 2)"),
            ("markdown", "Q3. Compute the sum of x."),
            ("code", "sum(x)"),
        )
    )
    nb["cells"][2] = _ran("x = [1, 2]\nprint(x * 2)\nprint(len(x))", "[1, 2, 1, 2]\n", "2\n")
    notes, said = _built(tmp_path, {"products.ipynb": json.dumps(nb, indent=1)})
    first = next(n for q, n in notes.items() if q.startswith("Q1. Predict the results of the following code."))
    assert "print(len(x))" in _plain(first["fields"]["Question"]).replace(" ", "")  # (the code asked about, on the front)
    assert _plain(first["fields"]["Answer"]) == "Output: [1, 2, 1, 2] 2"
    assert any("products.ipynb:47" in s and "no answer [cell 4, line 1]" in s for s in said), said
    assert _plain(notes["Q3. Compute the sum of x."]["fields"]["Answer"]).replace(" ", "") == "sum(x)"


def test_options_object_of_text_to_flag_is_keyed(tmp_path: Path) -> None:
    """trial19 T19-8 (high): options written as one object of option text → right or not ('{"2": true, "4": false}',
    '{"正确答案-3": "1", "错误答案-1": "0"}') were 'question has no answer' (or, named in [source.bank], the flags became
    the options). Now the texts are the options in the order written and the true ones the key; a bank whose stem is
    'description' and explanation 'analysis' reads without a [source.bank] table."""
    bank = [
        {"question": "Which of these are prime numbers?", "choices": {"2": True, "4": False, "7": True, "9": False}},
        {"question": "What is the capital of France?", "choices": {"Berlin": False, "Paris": True, "Rome": False}},
        {"question": "Which is 1 - 1?", "choices": {"a": "1", "b": "0"}, "answer": "b"},  # (letters over number texts)
    ]
    other = [{"type": "single", "description": "Pick the even number.", "choices": {"3": "0", "8": "1"}, "analysis": "8 = 2 × 4."}]
    notes, said = _built(tmp_path, {"quiz.json": json.dumps(bank), "described.json": json.dumps(other)})
    primes = notes["Which of these are prime numbers?"]["fields"]
    assert _plain(primes["Options"]) == "A) 2 B) 4 C) 7 D) 9 (choose 2)" and _plain(primes["Correct"]) == "A) 2 C) 7"
    assert _plain(notes["What is the capital of France?"]["fields"]["Correct"]) == "B) Paris"
    assert _plain(notes["Which is 1 - 1?"]["fields"]["Correct"]) == "B) 0"
    even = notes["Pick the even number."]["fields"]
    assert _plain(even["Correct"]) == "B) 8" and "8 = 2 × 4." in _plain(even["Explanation"])
    assert not any("no answer" in s for s in said), said


def test_quizapi_records_are_keyed_by_their_correct_answers_flags(tmp_path: Path) -> None:
    """trial19 T19-9 (high): QuizAPI.io's records ('answers': {'answer_a': …, 'answer_f': null}, 'correct_answers':
    {'answer_a_correct': 'true', …}) lost a multi-answer question's key (options before the stem, no card key), printed
    the null options as 'E) F)' and 'multiple_correct_answers: true' on the back. Now the flags key the options."""
    def record(question: str, answers: list[str | None], right: list[bool], explanation: str | None) -> dict:  # type: ignore[type-arg]
        letters = "abcdef"
        return {
            "id": 7,
            "question": question,
            "description": None,
            "answers": {f"answer_{letters[k]}": a for k, a in enumerate(answers)},
            "multiple_correct_answers": "true" if sum(right) > 1 else "false",
            "correct_answers": {f"answer_{letters[k]}_correct": "true" if r else "false" for k, r in enumerate(right)},
            "correct_answer": None,
            "explanation": explanation,
            "tip": None,
            "tags": [{"name": "Git"}],
            "category": "Git",
            "difficulty": "Easy",
        }

    bank = [
        record("Which commands create a branch?", ["git branch x", "git switch -c x", "git add x", None, None, None], [True, True, False, False, False, False], "Both make it."),
        record("Which command shows the history?", ["git log", "git push", None, None, None, None], [True, False, False, False, False, False], None),
    ]
    notes, _ = _built(tmp_path, {"quizapi.json": json.dumps(bank)})
    both = notes["Which commands create a branch?"]
    assert both["kind"] == "multiple_choice"
    assert _plain(both["fields"]["Options"]) == "A) git branch x B) git switch -c x C) git add x (choose 2)"
    assert _plain(both["fields"]["Correct"]) == "A) git branch x B) git switch -c x"
    assert _plain(both["fields"]["Explanation"]) == "Both make it."
    assert "Git" in both["tags"] and not any("name" in t for t in both["tags"])
    one = notes["Which command shows the history?"]["fields"]
    assert _plain(one["Correct"]) == "A) git log" and "multiple_correct_answers" not in one["Explanation"]


KI_NOTE = """# Note
```
guid: u4X@}L(y!v
notetype: Basic-d7a3e-4ce08
```

### Tags
```
02_vorlesung
rs::04_uebung
```

## Front
<p><span>Grenzen Sie Datenparallelismus von
Funktionsparallelismus ab.</span>

## Back
Datenparallelismus: <b>dieselbe</b> Operation auf vielen Daten.<div>Funktionsparallelismus: verschiedene Aufgaben.</div>
"""


def test_ki_note_files_are_one_note_each_with_their_tags(tmp_path: Path) -> None:
    """trial19 T19-11 (high): ki's note files (an Anki collection in git: '# Note', a fence of 'guid:' / 'notetype:',
    '### Tags' over a fence of tags, '## Front' / '## Back') gave junk 'Tags' cards, fences as questions, and fronts lost
    to a stray '<p>'. Now each file is one note: front, back, its tags with their '::' tree."""
    second = KI_NOTE.replace("02_vorlesung\nrs::04_uebung", "het_rs::07_vektorprozessoren").replace(
        "<p><span>Grenzen Sie Datenparallelismus von\nFunktionsparallelismus ab.</span>", "Was ist <b>Pipelining</b>?"
    )
    notes, said = _built(tmp_path, {"deck/grenzen.md": KI_NOTE, "deck/pipelining.md": second})
    assert sorted(notes) == ["Grenzen Sie Datenparallelismus von Funktionsparallelismus ab.", "Was ist Pipelining?"], sorted(notes)
    first = notes["Grenzen Sie Datenparallelismus von Funktionsparallelismus ab."]
    assert "dieselbe" in _plain(first["fields"]["Answer"]) and "verschiedene Aufgaben" in _plain(first["fields"]["Answer"])
    assert {"02_vorlesung", "rs::04_uebung"} <= set(first["tags"])
    assert "het_rs::07_vektorprozessoren" in notes["Was ist Pipelining?"]["tags"]
    assert not any("no answer" in s or "outside any question" in s for s in said), said


QUIZIZZ = """Question Text,Question Type,Option 1,Option 2,Option 3,Option 4,Option 5,Correct Answer,Time in seconds,Image Link,Answer explanation
"What is the chemical symbol for gold?",Multiple Choice,Au,Ag,Gd,Go,,1,30,,"From Latin aurum."
"Which of these are noble gases?",Checkbox,Helium,Oxygen,Neon,Nitrogen,,"1,3",30,,
"The capital of Australia is ____.",Fill-in-the-Blank,Canberra,canberra city,,,,,30,,
"Describe the water cycle.",Open-Ended,,,,,,,60,,
"""


def test_quizizz_template_reads_its_question_types(tmp_path: Path) -> None:
    """trial19 T19-24 (high): Quizizz's template lost its Fill-in-the-Blank rows ('fewer than two of its options hold
    text'), printed 'Time in seconds: 30' and the 'Answer explanation:' label on every back, and called an Open-Ended
    row a multiple-choice row. Now its Question Type column is read."""
    notes, said = _built(tmp_path, {"quizizz.csv": QUIZIZZ})
    gold = notes["What is the chemical symbol for gold?"]["fields"]
    assert _plain(gold["Correct"]) == "A) Au" and _plain(gold["Explanation"]) == "From Latin aurum."
    assert _plain(notes["Which of these are noble gases?"]["fields"]["Correct"]) == "A) Helium C) Neon"
    blank = notes["The capital of Australia is ____."]
    assert blank["kind"] == "basic" and _plain(blank["fields"]["Answer"]) == "Canberra Also accepted: canberra city"
    assert "Describe the water cycle." not in notes
    assert any("quizizz.csv:5" in s and "'Open-Ended'" in s for s in said), said
    assert not any("fewer than two" in s for s in said), said


ANKI_EDITOR = """* Dispatch Shelf
** 2024-03-05:14:40  :chemistry:
:PROPERTIES:
:ANKI_NOTE_TYPE: Cloze
:ANKI_DECK: Vocabulary
:END:
*** Text
Water boils at {{c1::100 °C}} at sea level.
*** Back extra
At 1 atm.
** 2024-03-06:09:12  :german:
:PROPERTIES:
:ANKI_NOTE_TYPE: Basic (and reversed card)
:ANKI_DECK: Vocabulary
:END:
*** Front
der Apfel
*** Back
the apple
"""


def test_anki_editor_cloze_and_reversed_notes_keep_their_tags(tmp_path: Path) -> None:
    """trial19 T19-19 (medium): anki-editor's Cloze and 'Basic (and reversed card)' notes lost their headline tags and
    their ANKI_DECK (Basic notes kept them). Now every note type keeps them; a Markdown cloze's trailing tags are its."""
    page = "# Rivers\n\nThe {{c1::Seine}} flows through {{c2::Paris}}. #geography #ch-2\n"
    notes, _ = _built(tmp_path, {"anki.org": ANKI_EDITOR, "rivers.md": page})
    water = next(n for q, n in notes.items() if "Water boils" in q)
    assert {"chemistry", "Vocabulary"} <= set(water["tags"]) and "At 1 atm." in _plain(water["fields"]["Extra"])
    apple = notes["der Apfel"]
    assert {"german", "Vocabulary"} <= set(apple["tags"]) and "#" not in _plain(apple["fields"]["Answer"])
    seine = next(n for q, n in notes.items() if "Seine" in q)
    assert {"geography", "ch-2"} <= set(seine["tags"]) and "#" not in seine["fields"]["Text"]


def test_runestone_options_that_name_letters_keep_the_correct_key(tmp_path: Path) -> None:
    """trial20 T20-5 (severe): '.. mchoice::' with ':correct: b,c' over options 'A and B' / 'A or B' / 'not A' was keyed
    A and B (the wrong ones) with a warning blaming the document: the feedback lines 'A and B: Both needed.' were read
    as an answer line. Feedback now goes under the option's letter; the key is :correct:'s."""
    page = (
        "Quiz\n====\n\n.. mchoice:: q2\n   :answer_a: A and B\n   :answer_b: A or B\n   :answer_c: not A\n   :correct: b,c\n"
        "   :feedback_a: Both needed.\n   :feedback_b: Either.\n   :feedback_c: A false.\n\n"
        "   A is False and B is True. Which expressions are True?\n"
    )
    notes, said = _built(tmp_path, {"q.rst": page})
    card = notes["A is False and B is True. Which expressions are True?"]["fields"]
    assert _plain(card["Correct"]) == "B) A or B C) not A"
    assert _plain(card["Explanation"]) == "A) Both needed. B) Either. C) A false."
    assert not any("answer line" in s for s in said), said


def test_program_in_a_csv_cell_is_a_code_block_kept_as_written(tmp_path: Path) -> None:
    """trial20 T20-23 (severe): a CSV of code cards (a C function with CRLF line breaks in its back) taught
    'head = prev;' for '*head = prev;' (Markdown emphasis) and ran every line together. A cell that is a program is now
    a code block kept as written; a wrapped sentence is still one paragraph."""
    c_code = "void reverse(node_t **head) {\r\n  node_t *prev = NULL;\r\n  while (*head) {\r\n    prev = *head;\r\n  }\r\n  *head = prev;\r\n}"
    py_code = "def add(a, b):\r\n    while a:\r\n        c = b & a\r\n        b ^= a\r\n    return b"
    rows = [["front", "back"], ["Reverse a list in place.", c_code], ["Add without +.", py_code], ["What is a map?", "A mapping\nfrom keys to values."]]
    import csv
    import io

    out = io.StringIO()
    csv.writer(out).writerows(rows)
    notes, _ = _built(tmp_path, {"cards.csv": out.getvalue()})
    back = notes["Reverse a list in place."]["fields"]["Answer"]
    assert "<pre" in back and "*head = prev;" in unescape(re.sub(r"<[^>]+>", "", back))
    assert "\n  node_t *prev = NULL;\n" in unescape(re.sub(r"<[^>]+>", "", back))
    assert "\n        c = b &amp; a" in re.sub(r"<(?!/?pre)[^>]+>", "", notes["Add without +."]["fields"]["Answer"])
    assert _plain(notes["What is a map?"]["fields"]["Answer"]) == "A mapping from keys to values."


def test_inka_cloze_last_in_its_section_and_mdanki_percent_split(tmp_path: Path) -> None:
    """trial20 T20-24 (severe): an inka section's cloze note right over the closing '---' vanished without a word (the
    '---' made it a heading); mdanki's '%' line between front and back was printed on every back."""
    inka = (
        "# Notes\n\n---\nDeck: Biology::Cells\n\nTags: cells organelles\n\n1. What organelle produces ATP?\n\n> The mitochondrion.\n\n"
        "2. The {{c1::ribosome}} builds {{c2::proteins}}.\n---\n\nMore prose.\n"
    )
    mdanki = "# Plants\n\n## Photosynthesis\n\n%\n\nPlants turn light into glucose.\n\n## Which gas do plants release?\n\n%\n\nOxygen.\n"
    notes, _ = _built(tmp_path, {"bio.md": inka, "plants.md": mdanki})
    ribosome = next(n for q, n in notes.items() if "ribosome" in q)
    assert ribosome["kind"] == "cloze" and {"cells", "organelles"} <= set(ribosome["tags"])
    assert _plain(notes["Photosynthesis"]["fields"]["Answer"]) == "Plants turn light into glucose."
    assert _plain(notes["Which gas do plants release?"]["fields"]["Answer"]) == "Oxygen."


def test_solutions_file_that_copies_the_problems_is_the_document(tmp_path: Path) -> None:
    """trial20 T20-28 (severe): 'packet1.tex' (problems) and 'packet1_solutions.tex' (the same problems, each with its
    solution) were paired as document and answer key; nothing matched: junk notes and 'question has no answer' for
    every problem. The solutions file is the document; the unsolved twin is not read, said."""
    problems = [
        "Plot and find the distance between the points (-2,6) and (3,-6).",
        "Find the midpoint of the segment from (1,2) to (3,8) in the plane.",
        "Describe the set of points equidistant from the origin and (4,0).",
    ]
    plain = "\\documentclass{article}\n\\begin{document}\n\\section{Points}\n" + "".join(f"\\begin{{problem}}\n{p}\n\\end{{problem}}\n\n" for p in problems) + "\\end{document}\n"
    answers = ["The distance is 13.", "The midpoint is (2,5).", "The line x = 2."]
    solved = "\\documentclass{article}\n\\begin{document}\n\\section{Points}\n" + "".join(
        f"\\begin{{problem}}\n{p}\n\\end{{problem}}\n\\begin{{solution}}\n{a}\n\\end{{solution}}\n\n" for p, a in zip(problems, answers, strict=True)
    ) + "\\end{document}\n"
    notes, said = _built(tmp_path, {"packet1.tex": plain, "packet1_solutions.tex": solved})
    assert len(notes) == 3 and _plain(notes[problems[0]]["fields"]["Answer"]) == "The distance is 13.", sorted(notes)
    assert any("packet1.tex" in s and "not read" in s and "packet1_solutions.tex" in s for s in said), said
    assert not any("no answer" in s for s in said), said


def test_latex_homework_items_with_solution_paragraphs_are_a_card_each(tmp_path: Path) -> None:
    """trial20 T20-39 (severe): '\\item' problem / blank line / '\\textbf{Solution.}' paragraph, three times, gave ONE
    card: problems 2 and 3 and their solutions inside problem 1's answer. An item's later paragraphs now stay in it."""
    tex = (
        "\\documentclass{article}\n\\begin{document}\n\\begin{enumerate}\n\\item Compute $2+2$.\n\n\\textbf{Solution.} It is $4$.\n"
        "\\[ 2 + 2 = 4 \\]\n\n\\item Find the roots of $x^2-1$.\n\n\\textbf{Solution.} $x = \\pm 1$.\n\n"
        "\\item Show that $\\sqrt 2$ is irrational.\n\n\\emph{Proof.} Suppose it is $p/q$ in lowest terms.\n\\end{enumerate}\n\\end{document}\n"
    )
    notes, _ = _built(tmp_path, {"hw3-solutions.tex": tex})
    assert len(notes) == 3, sorted(notes)
    first = next(n for q, n in notes.items() if q.startswith("Compute"))["fields"]["Answer"]
    assert "It is" in _plain(first) and "roots" not in _plain(first)
    roots = next(n for q, n in notes.items() if q.startswith("Find the roots"))["fields"]["Answer"]
    assert "\\pm 1" in roots


def test_front_matter_card_keeps_its_answer_and_no_site_keys(tmp_path: Path) -> None:
    """trial20 T20-41 (severe): a card kept in YAML front matter ('question:' / 'answer:' / 'layout: card') lost its
    answer to the page's body text, and 'layout: card' was printed on the other cards' backs."""
    atp = '---\nlayout: card\nquestion: "Which organelle produces ATP?"\nanswer: "The mitochondrion."\ntags: [biology]\n---\n\nExtra notes: respiration happens in the inner membrane.\n'
    dna = '---\nlayout: card\ntitle: "DNA"\nfront: "What does DNA stand for?"\nback: "Deoxyribonucleic acid"\n---\n'
    notes, _ = _built(tmp_path, {"cards/atp.md": atp, "cards/dna.md": dna})
    assert _plain(notes["Which organelle produces ATP?"]["fields"]["Answer"]) == "The mitochondrion. Extra notes: respiration happens in the inner membrane."
    assert _plain(notes["What does DNA stand for?"]["fields"]["Answer"]) == "Deoxyribonucleic acid"
