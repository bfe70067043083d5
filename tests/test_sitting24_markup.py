"""Twenty-fourth sitting, markup: how the Markdown reading turns a page's structure into items (trial23 T23-10,
T23-13, …). Fixtures are small snippets in the documents' shapes."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import note_back as _back
from conftest import note_front as _front

# --- T23-10: a question heading answered by a tree of topic sub-headings --------------------------------------------


def _body(topic: str, sentences: int = 12) -> str:
    """A topic's long text with code, as a notes page explains a pattern."""
    words = " ".join(f"The {topic} keeps part {k} of its design apart from the callers that use it." for k in range(sentences))
    return f"{words}\n\n```python\nclass {topic.replace(' ', '')}:\n    def make(self):\n        return 1\n```\n"


PATTERNS = f"""# Python interview

## What is a closure?

A function that keeps the variables of the scope it was made in.

## Which design patterns do you know

- [Design patterns in Python](https://example.org/patterns)

### Creational

Creational patterns describe how objects are made.

#### Abstract factory

{_body("Abstract factory")}
#### Builder

{_body("Builder")}
### Structural

Structural patterns describe how objects are put together.

#### Adapter

{_body("Adapter")}
#### Facade

{_body("Facade")}
## What is the GIL?

A lock that lets one thread run Python bytecode at a time.
"""


def test_a_long_answer_under_topic_sub_headings_is_a_card_per_topic(tmp_path: Path) -> None:
    """Each topic sub-heading is a card of its own under the question's section, the question's answer is its own text
    and the list of the topics, and one warning says so with the setting that keeps the answer whole."""
    notes, skipped, said = _built(tmp_path, {"python.md": PATTERNS})
    fronts = [_front(n) for n in notes]
    assert fronts == [
        "What is a closure?", "Which design patterns do you know?", "Creational", "Abstract factory", "Builder",
        "Structural", "Adapter", "Facade", "What is the GIL?",
    ]  # fmt: skip
    parent = notes[1]
    assert "Design patterns in Python" in _back(parent)
    assert all(t in _back(parent) for t in ("Creational", "Abstract factory", "Builder", "Structural", "Adapter", "Facade"))
    assert "keeps part" not in _back(parent)  # (the topics' text is theirs)
    factory = notes[3]
    assert "Abstract factory keeps part 0" in _back(factory) and "class Abstractfactory" in _back(factory)
    assert "Builder" not in _back(factory)
    assert factory["sections"] == ["python::Which design patterns do you know? › Creational"]
    assert not skipped
    assert any("topic sub-headings" in s and 'subheadings = "answer"' in s for s in said)
    whole, _, said = _built(tmp_path / "whole", {"python.md": PATTERNS}, table='[[source]]\nid = "python"\nfile = "sources/python.md"\nsubheadings = "answer"\n')
    assert [_front(n) for n in whole] == ["What is a closure?", "Which design patterns do you know?", "What is the GIL?"]
    assert "Facade keeps part 3" in _back(whole[1])
    assert not any("topic sub-headings" in s for s in said)


def test_an_ordinary_answer_keeps_its_sub_headings(tmp_path: Path) -> None:
    """'### Example' / '### Pros' under a question of ordinary length are parts of its answer, not cards."""
    page = """# Notes

## What is memoization?

Caching a function's results by its arguments.

### Example

`functools.lru_cache` memoizes a function.

### Pros and cons

Faster repeated calls, more memory.
"""
    notes, _, _ = _built(tmp_path, {"notes.md": page})
    assert [_front(n) for n in notes] == ["What is memoization?"]
    assert "lru_cache" in _back(notes[0]) and "more memory" in _back(notes[0])


# --- T23-13: the same bold question under every topic ----------------------------------------------------------------


def _topic(name: str, why: str) -> str:
    return f"""##### {name}

{_body(name, 6)}
**Why is it important?**

{why}
"""


REACT = (
    "# React questions\n\n#### What JavaScript do I need to learn React?\n\n"
    + _topic("Ternary operator", "Interfaces render one thing or another depending on the state.")
    + _topic("Arrow functions", "Components and callbacks are written with them all the time.")
    + _topic("Modules", "React ships its parts as modules.")
    + "#### What is JSX?\n\nA syntax extension that writes elements like HTML.\n"
)


def test_a_bold_question_asked_under_every_topic_stays_in_its_topic(tmp_path: Path) -> None:
    """'**Why is it important?**' under each topic sub-heading of a question's answer: a card per topic holding its
    explanation and the why, never a card fronted by the bare question or by the topic's explanation."""
    notes, skipped, _ = _built(tmp_path, {"react.md": REACT})
    fronts = [_front(n) for n in notes]
    assert fronts == [
        "What JavaScript do I need to learn React?", "Ternary operator", "Arrow functions", "Modules", "What is JSX?",
    ]  # fmt: skip
    arrows = _back(notes[2])
    assert "Arrow functions keeps part 0" in arrows and "Why is it important?" in arrows and "callbacks" in arrows
    assert "Ternary operator" in _back(notes[0]) and "Modules" in _back(notes[0])
    assert not skipped


def test_topic_headings_with_the_same_bold_question_read_alike(tmp_path: Path) -> None:
    """Topic headings with no question above them, each over its text and the same bold question: each heading's
    card holds its text and the why (the first had its text on the front, the others lost it as outside text)."""
    page = """# JavaScript for React

## Ternary operator

Ternaries are a way to write conditions without `if`.

**Why is it important?**

Interfaces render one thing or another depending on the state.

## Arrow functions

Arrow functions are a shorter syntax for function expressions.

**Why is it important?**

Components and callbacks are written with them all the time.
"""
    notes, skipped, said = _built(tmp_path, {"js.md": page})
    assert [_front(n) for n in notes] == ["Ternary operator", "Arrow functions"]
    assert "shorter syntax" in _back(notes[1]) and "callbacks" in _back(notes[1])
    assert not skipped and not any("outside any question" in s for s in said)


# --- T23-25: a tutorial notebook's exercise boxes answered by '%load solutions/…' cells -------------------------------


def _notebook(cells: list[tuple[str, str]] | list[tuple[str, str, dict[str, object]]]) -> str:
    """A notebook as Jupyter saves it (one source string a line) of (cell type, text[, nbgrader metadata]) cells."""
    import json

    def cell(kind: str, text: str, graded: dict[str, object] | None = None) -> dict[str, object]:
        lines = text.split("\n")
        source = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        made: dict[str, object] = {"cell_type": kind, "metadata": {"nbgrader": graded} if graded else {}, "source": source}
        if kind == "code":
            made |= {"execution_count": None, "outputs": []}
        return made

    data = {"cells": [cell(*c) for c in cells], "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4, "nbformat_minor": 2}
    return json.dumps(data, indent=1)


TUTORIAL = _notebook([
    ("markdown", "Training and Testing Data\n=========================\n\nTo evaluate how well our models generalize, we split the data into a training and a test set."),
    ("code", "from sklearn.model_selection import train_test_split\nX_train, X_test, y_train, y_test = train_test_split(X, y)"),
    ("markdown", "The test set stands for the data the model will meet later, so it must never be used to fit the model."),
    ("markdown", '<div class="alert alert-success">\n    <b>EXERCISE</b>:\n     <ul>\n      <li>\n      Print the true labels of '
                 "3 wrong predictions. Can you explain why the classifier made them?\n      </li>\n    </ul>\n</div>"),
    ("code", ""),
    ("code", "# %load solutions/04_wrong.py"),
    ("markdown", "Another classifier\n------------------\n\nK nearest neighbors looks up the closest training points and takes their class."),
    ("code", "knn = KNeighborsClassifier(n_neighbors=3)"),
    ("markdown", "<div class=\"alert alert-success\">\n<b>Exercise 2</b>: Compare <code>n_neighbors</code> of 1 and 30 on the iris data.\n</div>"),
    ("code", "# %load solutions/05_knn.py"),
])  # fmt: skip


def test_notebook_exercise_boxes_are_cards_answered_by_their_loaded_solutions(tmp_path: Path) -> None:
    """Each exercise box is a card, its text the front and the file its '%load' cell names the back; the tutorial's
    headings stay cards of their own without the boxes; the loaded files are no 'not read' programs. The notebook's
    setext title ('Training and Testing Data' over '====') is its page title since trial29 T29-28, as an ATX '# …'
    title is: its introduction, which does not define the title, is said at its line, never dropped unsaid."""
    files: dict[str, str | Path] = {
        "tutorial.ipynb": TUTORIAL,
        "solutions/04_wrong.py": "wrong = pred != y_test\nprint(y_test[wrong][:3])\n",
        "solutions/05_knn.py": "for k in (1, 30):\n    print(k, KNeighborsClassifier(k).fit(X, y).score(X, y))\n",
    }
    notes, skipped, said = _built(tmp_path, files)
    by_front = {_front(n): _back(n) for n in notes}
    assert set(by_front) == {
        "Print the true labels of 3 wrong predictions. Can you explain why the classifier made them?",
        "Another classifier", "Compare n_neighbors of 1 and 30 on the iris data.",
    }  # fmt: skip
    assert any("outside any question" in s and "tutorial.ipynb" in s for s in said), said
    assert "print(y_test[wrong][:3])" in by_front["Print the true labels of 3 wrong predictions. Can you explain why the classifier made them?"].replace(" ", "")
    assert "KNeighborsClassifier(k)" in by_front["Compare n_neighbors of 1 and 30 on the iris data."].replace(" ", "")
    assert "EXERCISE" not in " ".join(by_front.values()) and "%load" not in " ".join(by_front.values())
    assert not skipped and not any("not read" in s for s in said)


def test_a_loaded_solution_not_in_the_deck_is_said(tmp_path: Path) -> None:
    """A '%load' cell whose file is not there: a warning at the notebook's line and cell, and the exercise has no answer."""
    _, skipped, said = _built(tmp_path, {"tutorial.ipynb": TUTORIAL, "solutions/05_knn.py": "print(1)\n"})
    assert any("'%load solutions/04_wrong.py'" in s and "not found" in s and "[cell 6, line 1]" in s for s in said), said
    assert [s["question"] for s in skipped] == ["Print the true labels of 3 wrong predictions. Can you explain why the classifier made them?"]


# --- T23-32: nbgrader assignments ------------------------------------------------------------------------------------

SOLUTION = {"solution": True, "grade": False, "locked": False}
TESTS = {"solution": False, "grade": True, "points": 1, "locked": True}
ASSIGNMENT = _notebook([
    ("markdown", "Consider the following piece of code:\n\n```python\ndef f(x):\n    if x < 2:\n        return x\n    return f(x - 1) + f(x - 2)\n```"),
    ("markdown", "---\n## Part A (1 point)\n\nDescribe, in words, what this code does."),
    ("markdown", "It computes the Fibonacci numbers by recursion.", {**SOLUTION, "grade": True}),
    ("markdown", "---\n## Part B (2 points)\n\nWrite a function that returns the squares of 1 to n."),
    ("code", "def squares(n):\n    ### BEGIN SOLUTION\n    return [i * i for i in range(1, n + 1)]\n    ### END SOLUTION", SOLUTION),
    ("markdown", "Your function should print `[1, 4, 9]` for n=3. Check that it does:"),
    ("code", "squares(3)"),
    ("code", "assert squares(3) == [1, 4, 9]", TESTS),
    ("markdown", "---\n## Part C (4 points)\n\nState the formula for a geometric sum and verify it for an example.", {"task": True, "solution": False, "grade": False, "points": 4}),
])  # fmt: skip


def test_nbgrader_parts_show_what_they_ask_about_and_no_check_is_a_card(tmp_path: Path) -> None:
    """The code set before the parts goes on the front of the part that asks about 'this code'; the learner's
    'Check that it does:' cells make no card; a task cell with no solution is skipped as unanswered, never a card whose
    back is its task."""
    notes, skipped, said = _built(tmp_path, {"problem.ipynb": ASSIGNMENT})
    fronts = {_front(n): _back(n) for n in notes}
    assert len(notes) == 2, fronts
    described = next(f for f in fronts if "Describe, in words" in f)
    assert "returnf(x-1)+f(x-2)" in described.replace(" ", "") and "Fibonacci" in fronts[described]
    written = next(f for f in fronts if "squares of 1 to n" in f)
    assert "i * i" in fronts[written] and "squares(3)" not in fronts[written].replace(" ", "") and "Check that" not in fronts[written]
    assert [s["question"] for s in skipped] == ["State the formula for a geometric sum and verify it for an example."]
    assert not any("outside any question" in s for s in said)


# --- T23-22: numbered questions over a directive box of their numbered answers ------------------------------------

CHECK = """# Gradient descent

The update rule is $w \\leftarrow w - \\eta \\nabla L(w)$.

::::{admonition} Check your understanding
:class: tip

1. Does gradient descent always find the global minimum?
2. What is a saddle point?

:::{dropdown} Answers
1. Only for convex losses (with a suitable learning rate).
2. A point where the gradient is zero but which is a minimum along some directions and a maximum along others.
:::
::::
"""


def test_numbered_questions_keyed_by_a_box_of_numbered_answers(tmp_path: Path) -> None:
    """A MyST dropdown (or a VitePress 'details' box) titled Answers under numbered questions answers them by number."""
    notes, skipped, _ = _built(tmp_path, {"gd.md": CHECK})
    assert {_front(n): _back(n) for n in notes} == {
        "Does gradient descent always find the global minimum?": "Only for convex losses (with a suitable learning rate).",
        "What is a saddle point?": "A point where the gradient is zero but which is a minimum along some directions and a maximum along others.",
    }
    assert not skipped
    vitepress = CHECK.replace(":::{dropdown} Answers", "::: details Answers").replace("::::{admonition} Check your understanding\n:class: tip\n", "").replace("::::\n", "")
    notes, skipped, _ = _built(tmp_path / "vp", {"gd.md": vitepress})
    assert len(notes) == 2 and not skipped and _back(notes[1]).startswith("A point where")


# --- T23-18: a '|' inside a table cell ------------------------------------------------------------------------------

ROWS = [
    ("Everyday Git in twenty commands or so", "git help everyday"),
    ("Quickly switch to the previous branch", "git checkout -"),
    ("Remove branches already merged with master", "git branch --merged master | grep -v '^\\*' | xargs -n 1 git branch -d"),
    ("Track upstream branch", "git branch -u origin/mybranch"),
    ("Delete local branch", "git branch -d <local_branchname>"),
]


def test_a_pipe_inside_a_table_cell_is_its_text(tmp_path: Path) -> None:
    """A table of task | command (as Markdown with '\\|', or as an HTML <table> in the page) reads a card a row, the '|'
    of a command part of it, never the end of the row's cell (the next row was swallowed)."""
    import html

    piped = "# Git\n\n| Task | Command |\n| --- | --- |\n" + "".join(f"| {t} | `{c.replace('|', chr(92) + '|')}` |\n" for t, c in ROWS)
    table = "# Git\n\n<table>\n<tr><th>Task</th><th>Command</th></tr>\n" + "".join(
        f"<tr><td>{t}</td><td><code>{html.escape(c)}</code></td></tr>\n" for t, c in ROWS
    ) + "</table>\n"
    for name, page in (("piped", piped), ("table", table)):
        notes, skipped, _ = _built(tmp_path / name, {"git.md": page})
        assert {_front(n): _back(n) for n in notes} == dict(ROWS), name
        assert not skipped


# --- T23-5 rest: a lesson's wrapped prose asks nothing; 'Option 4 is the solution.' keys numbered options -----------

LESSON = """# Pipes and filters

## Capturing output from commands

Which of these files contains the fewest lines?
It's an easy question to answer when there are only six files,
but what if there were 6000?
Our first step toward a solution is to run the command:

```bash
$ wc -l *.pdb > lengths.txt
```

:::::::::::::::::::::::::::::::::::::::  challenge

## Piping Commands Together

In our current directory, we want to find the 3 files which have the least number of
lines. Which command listed below would work?

1. `wc -l * > sort -n > head -n 3`
2. `wc -l * | sort -n | head -n 1-3`
3. `wc -l * | head -n 3 | sort -n`
4. `wc -l * | sort -n | head -n 3`

:::::::::::::::  solution

## Solution

Option 4 is the solution.
The pipe character `|` is used to connect the output from one command to
the input of another.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::
"""


def test_a_lessons_wrapped_sentences_and_a_challenge_keyed_by_option_number(tmp_path: Path) -> None:
    """Lines of a lesson's paragraph that end '?' between lines ending ',' or ':' are its sentences, no cards; a
    challenge's numbered options answered 'Option 4 is the solution.' are a multiple-choice note keyed D."""
    notes, skipped, _ = _built(tmp_path, {"pipes.md": LESSON})
    assert len(notes) == 1 and not skipped, [_front(n) for n in notes]
    assert notes[0]["notetype"] == "deckc Multiple choice"
    assert _back(notes[0]) == "D) wc -l * | sort -n | head -n 3"


# --- T22-48: a hint box between an exercise and its solution ---------------------------------------------------------

QUARTO = """## Exercise 2

Which function returns the number of elements of a vector?

::: {.callout-note}
Hint: it is a very short English word.
:::

::: {.callout-tip collapse="true"}
## Solution
`length()`, e.g. `length(c(1, 2))` is 2.
:::
"""


def test_a_hint_note_under_an_exercise_stays_on_its_front(tmp_path: Path) -> None:
    """A note box whose text opens 'Hint:' between the task and its solution box is shown under the question, never
    printed on the back before the solution."""
    notes, _, _ = _built(tmp_path, {"week2.qmd": QUARTO})
    assert len(notes) == 1
    front, back = _front(notes[0]), _back(notes[0])
    assert front.startswith("Which function returns") and "Hint: it is a very short English word." in front
    assert back.startswith("length()") and "Hint" not in back
