"""Twenty-second sitting, markup: how the Markdown reading treats embedded HTML, heading cards, folders of one-question
files and exercise pages (trial21 T21-20 …, trial22 findings). Fixtures are small snippets in the documents' shapes."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import plain_text as _plain

# --- T21-20: questions wrapped in '<div dir="rtl">' ---------------------------------------------------------------

RTL_QUIZ = """# JavaScript questions

---

1. What is the output?

```javascript
console.log(typeof null);
```

- A: `"null"`
- B: `"object"`

<details><summary><b>Answer</b></summary>
<p>

<div dir='rtl'>
Answer: B

`typeof null` is a historical bug.

</p>
</details>
</div>

---

<div dir='rtl'>
2. What are the three phases of event propagation?
</div>

- A: Target > Capturing > Bubbling
- B: Capturing > Target > Bubbling

<details><summary><b>Answer</b></summary>
<p>
<div dir='rtl'>
Answer: B

Capturing comes **first**.

</p>
</details>
</div>

---
<div dir="rtl" align="right">
3. Do all objects have prototypes?
</div>

- A: true
- B: false

<details><summary><b>Answer</b></summary>
<p>
<div dir='rtl'>
Answer: B

The base object has none.
</p>
</details>
</div>
"""


def test_questions_in_a_direction_div_are_read(tmp_path: Path) -> None:
    """trial21 T21-20 (lydia-js, Arabic translation): a question line wrapped in '<div dir="rtl">' … '</div>' was raw
    HTML to CommonMark (an HTML block runs to the next blank line), so no question: 11 of 63 lost, only in 'text outside
    any question'. A div of text direction or alignment is layout: every question reads, and no back starts with the
    empty paragraph and the boxed key line the unbalanced '</div>' left."""
    notes, skipped, _ = _built(tmp_path, {"quiz.md": RTL_QUIZ})
    assert skipped == []
    fronts = sorted(_plain(n["fields"]["Question"]).split(" console")[0] for n in notes)
    assert fronts == [
        "Do all objects have prototypes?",
        "What are the three phases of event propagation?",
        "What is the output?",
    ]
    for note in notes:
        back = note["fields"]["Explanation"]
        assert back.startswith("<p>") and not back.startswith("<p>\n</p>"), back
        assert "<div" not in back and "Answer" not in back, back
    assert {n["fields"]["Correct"].split(")")[0] for n in notes} == {"B"}
    second = next(n for n in notes if "phases" in n["fields"]["Question"])
    assert "<strong>first</strong>" in second["fields"]["Explanation"]  # (Markdown, no longer raw HTML text)


def test_layout_divs_leave_other_html_whole() -> None:
    """A layout div goes only where it starts an HTML block (or a toggle's body), its closer only where its block ends:
    a div inside a table cell, a div with a class (a reader may look for it) and code stay as written."""
    from compiler.sources.markdown_blocks import layout_divs

    table = "<table>\n<tr><td>\n<div dir=\"rtl\">\nنص\n</div>\n</td></tr>\n</table>\n"
    assert layout_divs(table) == table
    classed = "<div class=\"answer\">\nText\n</div>\n"
    assert layout_divs(classed) == classed
    fenced = "```html\n<div dir=\"rtl\">\nx\n</div>\n```\n"
    assert layout_divs(fenced) == fenced
    assert layout_divs("Intro\n\n<div align=center>\n1. Why?\n</div>\n\nBecause.\n") == "Intro\n\n\n1. Why?\n\n\nBecause.\n"


def test_arabic_answer_word_with_its_hamza_written_either_way(tmp_path: Path) -> None:
    """'الأجابة' ("the answer", its hamza written above the alef as often as below) titles the answer toggle as 'الإجابة'
    does: the toggle's title is no explanation on the back (trial21 T21-20, item 21 of the Arabic quiz)."""
    page = RTL_QUIZ.replace("<b>Answer</b>", "<b>الأجابة</b>")
    notes, _, _ = _built(tmp_path, {"quiz.md": page})
    assert len(notes) == 3
    for note in notes:
        assert "الأجابة" not in note["fields"]["Explanation"], note["fields"]["Explanation"]


def test_a_layout_div_around_html_stays() -> None:
    """A div whose body is HTML, or lines set four spaces in ('<div align="right">' / '    <b><a href="#top">back to
    top</a></b>'), is left as written: unwrapped, the indented line would be a code block on the back (trial8 H19)."""
    from compiler.sources.markdown_blocks import layout_divs

    nav = '## Q. What?\n\nText.\n\n<div align="right">\n    <b><a href="#toc">↥ back to top</a></b>\n</div>\n\n## Q. Next?\n'
    assert layout_divs(nav) == nav
    picture = '<div align="center">\n<img src="logo.png">\n</div>\n'
    assert layout_divs(picture) == picture


# --- T21-29: an unanswered numbered heading over the next numbered heading ----------------------------------------

EXERCISES = """# Exercises

#### 25. Given a list, reverse every item which lies between 3 and 8, in place. (★☆☆)

#### 26. What does the following script print? (★☆☆)
```python
print(sum(range(5), -1))
```

#### 27. Create a 3x3 identity matrix (★☆☆)

```python
Z = np.eye(3)
```
"""


def test_an_unanswered_task_heading_is_no_scenario_of_the_next(tmp_path: Path) -> None:
    """trial21 T21-29 (numpy-100's exercise list without answers): '#### 25. Given …, in place. (★☆☆)' with nothing
    under it, over '#### 26. What …? (★☆☆)', was read as the scenario of 26 (its words glued before 26's question) and
    item 25 was neither a note nor skipped. Two headings each numbered, or the first with a level of its own, are two
    tasks: both are accounted for (skipped, 'no answer')."""
    notes, skipped, _ = _built(tmp_path, {"ex.md": EXERCISES})
    assert [n["fields"]["Question"] for n in notes] == ["Create a 3x3 identity matrix"]
    assert sorted((s["number"], s["question"].split(",")[0], s["skipped"]) for s in skipped) == [
        ("25", "Given a list", "no answer"),
        ("26", "What does the following script print?", "no answer"),
    ]


def test_a_scenario_heading_still_opens_its_question(tmp_path: Path) -> None:
    """The scenario rule stays for what it was made for (trial9 T2): a numbered statement heading over an unnumbered
    heading that asks is one question."""
    page = (
        "# Exam\n\n### 3. A colleague creates a virtual machine for a proof of concept in the portal.\n\n"
        "### Would you agree with this implementation?\n\nNo: a PaaS service fits better.\n"
    )
    notes, skipped, _ = _built(tmp_path, {"exam.md": page})
    assert skipped == []
    assert [_plain(n["fields"]["Question"]) for n in notes] == [
        "A colleague creates a virtual machine for a proof of concept in the portal. Would you agree with this implementation?"
    ]


# --- T22-7: unanswered task headings in a list of question headings ------------------------------------------------

QUESTION_HEADINGS = """# Preguntas

##### ¿Cuántos recursos se pueden descargar de un mismo dominio?

Solamente 2 por dominio.

##### Mencione tres formas para disminuir el tiempo de carga de una página (tiempo real o percibido).
##### Si usted usa espacios y el equipo tabs, ¿qué hace?
##### Escriba una página con una galería sencilla.
##### ¿Qué herramientas usa para probar el rendimiento de su código?

Chrome Developer Tools.
"""


def test_an_unanswered_task_heading_is_its_own_question(tmp_path: Path) -> None:
    """trial22 T22-7 (a Spanish interview README): '##### Escriba una página con una galería sencilla.' with nothing
    under it, over '##### ¿Qué herramientas usa …?', was read as that question's scenario (both sentences on one
    front), and 'Mencione tres formas ….' was lost. A heading that opens as a task ('Write …', 'Explain …', 'Mencione
    …') asks of its own: each is accounted for, skipped 'no answer', and the next question keeps its own front."""
    notes, skipped, _ = _built(tmp_path, {"p.md": QUESTION_HEADINGS})
    assert [n["fields"]["Question"] for n in notes] == [
        "¿Cuántos recursos se pueden descargar de un mismo dominio?",
        "¿Qué herramientas usa para probar el rendimiento de su código?",
    ]
    assert [(s["line"], s["question"].split()[0], s["skipped"]) for s in skipped] == [
        (7, "Mencione", "no answer"),
        (8, "Si", "no answer"),
        (9, "Escriba", "no answer"),
    ]
    assert all(n["sections"] == [] for n in notes)  # (no task is a section's name)


# --- T21-19 (rest): the code under a numbered question over its answer toggle ---------------------------------------


def test_code_under_a_numbered_question_over_its_toggle_stays_under_it(tmp_path: Path) -> None:
    """trial21 T21-19 addendum: '3. What is printed here?' / its code / a '<details>' answer kept the code on the
    front but ABOVE the question. The code is shown where the page has it: under the question."""
    page = (
        "# Quiz\n\n3. What is printed here?\n\n```javascript\nconsole.log([] + []);\n```\n\n"
        "<details><summary><b>Solution</b></summary>\n\nAn empty string.\n\n</details>\n"
    )
    notes, skipped, _ = _built(tmp_path, {"q.md": page})
    assert skipped == []
    front = notes[0]["fields"]["Question"]
    assert front.startswith("What is printed here?<pre"), front
    assert _plain(notes[0]["fields"]["Answer"]) == "An empty string."


# --- T21-36: a folder's README.md that asks nothing -----------------------------------------------------------------


def test_a_folders_readme_that_asks_nothing_is_no_card(tmp_path: Path) -> None:
    """trial21 T21-36: a repository folder copied into sources/ ('ckad/README.md': '# CKAD exercises' / 'A collection of
    exercises. See the files.') gave a card 'CKAD exercises'. A repository's page about itself with one heading and no
    question is not read, said once; the notes beside it and a README that asks are read as before."""
    tasks = "# Pod design\n\n## Labels\n\nKey/value pairs on objects.\n\n## Annotations\n\nNon-identifying metadata.\n"
    asking = "# Interview\n\n## What is a pod?\n\nThe smallest deployable unit.\n"
    notes, skipped, said = _built(
        tmp_path,
        {"ckad/README.md": "# CKAD exercises\n\nA collection of exercises. See the files.\n", "ckad/pods.md": tasks, "k8s/README.md": asking},
    )
    fronts = sorted(_plain(n["fields"]["Question"]) for n in notes)
    assert "CKAD exercises" not in fronts
    assert "What is a pod?" in fronts and "Labels" in fronts
    assert skipped == []
    assert any("ckad/README.md" in m and "not read: a repository's page about itself" in m for m in said), said


# --- T21-30: an exercise notebook's question showing code, with no answer cell --------------------------------------


def _notebook(*cells: tuple[str, str]) -> str:
    import json

    return json.dumps(
        {
            "cells": [{"cell_type": kind, "metadata": {}, "source": text.splitlines(keepends=True), **({"outputs": [], "execution_count": None} if kind == "code" else {})} for kind, text in cells],
            "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
            "nbformat": 4,
            "nbformat_minor": 4,
        },
        indent=1,
    )


def test_code_a_question_points_at_is_no_answer(tmp_path: Path) -> None:
    """trial21 T21-30 (numpy-100's exercise notebook, no answers): '#### 27. Consider an integer vector Z, which of these
    expressions are legal?' over the expressions in its own cell, then an empty code cell, was a card whose answer was
    the expressions asked about (and 'How to read the following file?' over the file). Code a question points at ('these
    expressions', 'the following file') and nothing else under it: on its front, the item skipped 'no answer'."""
    page = _notebook(
        ("markdown", "# Exercises"),
        ("markdown", "#### 1. Consider an integer vector Z, which of these expressions are legal? (★☆☆)\n```python\nZ**Z\n2 << Z >> 2\n```"),
        ("code", ""),
        ("markdown", "#### 2. How to read the following file? (★★☆)\n```\n1, 2, 3, 4\n5, 6, , 7\n```"),
        ("code", ""),
        ("markdown", "#### 3. Create a 3x3 identity matrix (★☆☆)"),
        ("code", "Z = np.eye(3)\nprint(Z)"),
    )
    notes, skipped, _ = _built(tmp_path, {"ex.ipynb": page})
    assert [_plain(n["fields"]["Question"]) for n in notes] == ["Create a 3x3 identity matrix"]
    assert sorted((s["number"], s["skipped"]) for s in skipped) == [("1", "no answer"), ("2", "no answer")]


# --- T22-12: an exercise notebook's numbered step headings before its first '?' -------------------------------------


def test_labelled_step_headings_are_a_numbered_run(tmp_path: Path) -> None:
    """trial22 T22-12 (pandas_exercises' Chipotle notebook): '### Step 3. Assign it to a variable called chipo.' and
    '### Step 4. See the first 10 entries', each over its solution cell, were lost ('text outside any question'): the
    questions were taken to start at the first '?' heading, Step 5. Headings numbered under a label ('Step N.', 'Task
    N:') are a numbered run like '3.' / '4.': every step is an item, the one without a solution skipped 'no answer'."""
    page = _notebook(
        ("markdown", "# Ex2 - Getting and Knowing your Data"),
        ("markdown", "### Step 2. Import the dataset from this [address](https://example.org/data.tsv)."),
        ("markdown", "### Step 3. Assign it to a variable called chipo."),
        ("code", "chipo = pd.read_csv(url, sep='\\t')"),
        ("markdown", "### Step 4. See the first 10 entries"),
        ("code", "chipo.head(10)"),
        ("markdown", "### Step 5. What is the number of observations in the dataset?"),
        ("code", "chipo.shape[0]"),
        ("markdown", "### Step 6. Print the name of all the columns."),
        ("code", "chipo.columns"),
        ("markdown", "### Step 7. How is the dataset indexed?"),
        ("code", "chipo.index"),
    )
    notes, skipped, _ = _built(tmp_path, {"chipo.ipynb": page})
    assert [_plain(n["fields"]["Question"]).split(".")[0] for n in notes] == ["Step 3", "Step 4", "Step 5", "Step 6", "Step 7"]
    assert [(s["question"].split(".")[0], s["skipped"]) for s in skipped] == [("Step 2", "no answer")]


# --- T22-13: bold follow-up questions inside a heading question's answer -------------------------------------------

FOLLOW_UPS = """# Java basics

### What are the advantages of AOT? Why not use AOT everywhere?

AOT compiles before the program runs, so it starts fast.

**If AOT has so many advantages, why not use it everywhere?**

AOT cannot support dynamic features such as reflection.

### Do you know autoboxing? How does it work?

**What is autoboxing?**

Boxing wraps a primitive in its wrapper type.

### Why can floating-point arithmetic lose precision?

It is shown by `0.1 + 0.2`.

**Why does the precision loss happen?**

Binary cannot hold most decimal fractions exactly.

### What is varargs?

A parameter that takes any number of arguments.
"""


def test_bold_follow_ups_inside_heading_answers_stay_there(tmp_path: Path) -> None:
    """trial22 T22-13 (JavaGuide, Chinese): bold questions inside a heading question's answer ('**If AOT has so many
    advantages, why not …?**', '**Why does this happen?**') were cards of their own: the parent's answer was cut in
    half, a front meant nothing alone, and a heading whose answer opened with one was left 'no answer'. On a page asked
    in headings, a bold question under a heading question on its terms (or right under it) is a step of its answer."""
    notes, skipped, _ = _built(tmp_path, {"java.md": FOLLOW_UPS})
    assert skipped == []
    backs = {_plain(n["fields"]["Question"]): _plain(n["fields"]["Answer"]) for n in notes}
    assert list(backs) == [
        "What are the advantages of AOT? Why not use AOT everywhere?",
        "Do you know autoboxing? How does it work?",
        "Why can floating-point arithmetic lose precision?",
        "What is varargs?",
    ]
    assert "reflection" in backs["What are the advantages of AOT? Why not use AOT everywhere?"]
    assert backs["Do you know autoboxing? How does it work?"].startswith("What is autoboxing? Boxing wraps")
    assert "Binary cannot hold" in backs["Why can floating-point arithmetic lose precision?"]


def test_bold_questions_under_section_headings_are_still_cards(tmp_path: Path) -> None:
    """A page asked in bold lines keeps each as a card, a heading that asks among them too."""
    page = (
        "# Biology\n\n## Why study cells?\n\nThey are the unit of life.\n\n**What is a cell membrane?**\n\nA lipid bilayer.\n\n"
        "**What is a nucleus?**\n\nThe organelle holding DNA.\n\n**What is a ribosome?**\n\nIt makes proteins.\n"
    )
    notes, _, _ = _built(tmp_path, {"bio.md": page})
    assert len(notes) == 4


# --- T22-9: a long code example is no answer that ran on ------------------------------------------------------------


def test_a_long_code_answer_is_not_said_to_run_on(tmp_path: Path) -> None:
    """trial22 T22-9: '##### Explain what "semantic HTML" means.' answered by a 30-line HTML example was warned 'runs to
    line 85 …; its answer probably runs into text that is not part of it'. A code fence counts as one block of the
    answer; prose that runs on is still said."""
    html = "\n".join(f"  <p>line {k}</p>" for k in range(30))
    short = "".join(f"##### What is item {k}?\n\nItem {k}.\n\n" for k in range(5))
    page = f"# Q\n\n{short}##### Explain what semantic HTML means.\n\n```html\n<div>\n{html}\n</div>\n```\n"
    _, _, said = _built(tmp_path, {"q.md": page})
    assert not any("runs to line" in m for m in said), said
    prose = "\n\n".join(f"Paragraph {k} of a page that goes on." for k in range(30))
    _, _, said = _built(tmp_path / "b", {"q.md": f"# Q\n\n{short}##### Explain semantic HTML.\n\n{prose}\n"})
    assert any("runs to line" in m for m in said), said


# --- T22-6: a list of unanswered questions after an answer ----------------------------------------------------------


def test_a_list_of_tasks_after_an_answer_is_no_part_of_it(tmp_path: Path) -> None:
    """trial22 T22-6 (a Spanish interview README): after the answer of '##### Explique "event delegation".' came a list
    of questions nobody answers, two of them long tasks ('Explique cómo funciona `this` en JavaScript.'): taken for told
    sentences, they kept the list under the share that makes it a question list, and all six were the answer's end. A
    sentence that opens with a task's verb asks however long it is: each entry is skipped 'no answer'."""
    page = (
        "# P\n\n##### ¿Qué es X?\n\nX es una cosa.\n\n##### Explique \"event delegation\".\n\n"
        "Un único listener en un nodo padre atiende los eventos de sus hijos.\n\n"
        "* Explique cómo funciona `this` en JavaScript, con un ejemplo.\n"
        "* Explique cómo funciona la herencia de prototipos (prototypal inheritance) en JavaScript.\n"
        "* ¿Cómo realiza pruebas en JavaScript?\n* AMD vs. CommonJS?\n* ¿Qué bibliotecas de JavaScript ha usado?\n\n"
        "##### ¿Qué es Y?\n\nY es otra.\n"
    )
    notes, skipped, _ = _built(tmp_path, {"p.md": page})
    delegation = next(n for n in notes if "delegation" in n["fields"]["Question"])
    assert _plain(delegation["fields"]["Answer"]) == "Un único listener en un nodo padre atiende los eventos de sus hijos."
    assert [s["line"] for s in skipped] == [11, 12, 13, 14, 15]
    assert {s["skipped"] for s in skipped} == {"no answer"}


# --- T22-5: a task heading answered by code, then 'Pregunta: …?' items with code -------------------------------------

FIZZ = """# Preguntas

##### ¿Qué es un closure?

Una función con su ámbito.

##### ¿Qué es hoisting?

Declaraciones movidas al inicio.

##### Haga un ciclo `for` de `100` iteraciones que imprima "fizz" en los múltiplos de `3`

```javascript
for (var i = 1; i <= 100; i++) { if (i % 3 === 0) console.log("fizz"); }
```
* ¿Qué es el `arity` de una función?
* ¿Qué es `"use strict";`? ¿Cuáles son sus ventajas?

Pregunta: ¿Cuál es el resultado de la siguiente sentencia?
```javascript
~~3.14
```

Pregunta: ¿Cuál es el resultado de la siguiente sentencia?
```javascript
"lasagna".split("").reverse().join("");
```
"""


def test_a_task_heading_answered_by_code_is_a_card_not_a_lead(tmp_path: Path) -> None:
    """trial22 T22-5 (a Spanish interview README): '##### Haga un ciclo for …' over its code was the section of the
    'Pregunta: …?' items after it, no card and not accounted for; its code was on the front of each of them, and two of
    them, alike in words but about different code, merged. A heading that opens with a task's verb asks; the questions
    after its code are not its answer; a question on the code under it ('la siguiente sentencia') has it on its front,
    and with nothing else under it no answer."""
    notes, skipped, _ = _built(tmp_path, {"p.md": FIZZ})
    fizz = next(n for n in notes if "Haga un ciclo" in n["fields"]["Question"])
    assert "fizz" in fizz["fields"]["Answer"] and "arity" not in fizz["fields"]["Answer"]
    assert not any("Pregunta" in n["fields"]["Question"] or "sentencia" in n["fields"]["Question"] for n in notes)
    said = sorted((s["line"], s["skipped"]) for s in skipped)
    assert said == [(16, "no answer"), (17, "no answer"), (19, "no answer"), (24, "no answer")], said
