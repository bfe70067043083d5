"""Twenty-third sitting, markup: how the Markdown reading turns a page's structure into items (trial22 T22-30 …,
trial23 findings). Fixtures are small snippets in the documents' shapes."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import built_notes as _built
from conftest import plain_text as _plain

# --- T22-30: options listed, then listed again ticked under the answer (Zenn quiz pages) -----------------------------

ZENN_PAGE = """---
title: "ブランチ"
---

## Q1: 新しいリポジトリを初期化するコマンドはどれか？

### 選択肢

- `git add .`
- `git init`
- `git commit`

### 回答欄

:::details 回答を見る
[公式ドキュメント](https://git-scm.com/docs/git-init)

- [ ] `git add .`
- [x] `git init`
- [ ] `git commit`

:::
"""

REVEALED_KEYS = """# Git quiz

## Q1: Which of these are version control systems?

### Choices

1. Git
2. Photoshop
3. Mercurial

### Answer

- [x] Git
- [ ] Photoshop
- [x] Mercurial

## Q2: Which command shows the current branch?

??? note "Show answer"
    `git branch --show-current`

## Q3: Steps to publish

- commit
- push

Checklist:

- [x] commit
- [x] push
"""


def test_ticked_copy_of_the_options_keys_them(tmp_path: Path) -> None:
    """The choices first, the same list ticked inside the answer toggle: a multiple-choice note with the options on
    the front, the ticked one correct, the toggle's other text the explanation; no label or toggle title printed."""
    notes, skipped, _ = _built(tmp_path, {"question001.md": ZENN_PAGE})
    assert len(notes) == 1 and not skipped
    fields = notes[0]["fields"]
    assert notes[0]["notetype"] == "deckc Multiple choice"
    assert _plain(fields["Correct"]) == "B) git init"
    assert "git add ." in _plain(fields["Options"]) and "git commit" in _plain(fields["Options"])
    assert _plain(fields["Explanation"]) == "公式ドキュメント"
    assert not any(w in _plain(fields[k]) for k in ("Question", "Explanation", "Options") for w in ("選択肢", "回答欄", "回答を見る", "☑"))


def test_ticked_copy_in_any_order_and_a_checklist_of_all_is_no_key(tmp_path: Path) -> None:
    """The copy may tick several (choose 2) under an '### Answer' label; a plain list re-listed with every entry ticked
    is a to-do checklist, left as written."""
    notes, _, _ = _built(tmp_path, {"quiz.md": REVEALED_KEYS})
    by_front = {_plain(n["fields"]["Question"]): n for n in notes}
    vcs = by_front["Which of these are version control systems?"]
    assert vcs["notetype"] == "deckc Multiple choice"
    assert _plain(vcs["fields"]["Correct"]) == "A) Git C) Mercurial"
    assert _plain(by_front["Which command shows the current branch?"]["fields"]["Answer"]) == "git branch --show-current"
    steps = next(n for n in notes if "Steps to publish" in _plain(n["fields"]["Question"]))
    assert steps["notetype"] == "deckc Basic" and "☑" in steps["fields"]["Answer"]


# --- T22-5 (rest): 'Pregunta: ¿Cuál es el valor de foo.length?' over a program: the code is asked about --------------

RESULT_QUESTIONS = """# JavaScript

## Preguntas de código

Pregunta: ¿Cuál es el valor de **foo.length**?
```javascript
var foo = [];
foo.push(1);
```

Pregunta: ¿Cuál es el resultado?
```javascript
var s = "abc";
s.split("").reverse().join("");
```

Pregunta: ¿Qué es un closure?

Una función que recuerda el ámbito donde se creó.
"""


def test_a_question_for_a_value_over_a_program_is_not_answered_by_it(tmp_path: Path) -> None:
    """trial22 T22-5: a question asking for a value or a result ('the value of', 'el valor de', '¿Cuál es el
    resultado?') over a program is asked of that program: the program is no answer, whatever the language; two such
    questions worded alike were one note teaching one program as the other's answer."""
    notes, skipped, _ = _built(tmp_path, {"js.md": RESULT_QUESTIONS})
    assert [_plain(n["fields"]["Question"]) for n in notes] == ["¿Qué es un closure?"]
    assert [(s["line"], s["skipped"]) for s in skipped] == [(5, "no answer"), (11, "no answer")]
    assert "foo.push(1)" in skipped[0]["original"]


# --- T22-6 (rest): interview question lists whose entries carry follow-ups ------------------------------------------

FOLLOW_UP_LISTS = """# Preguntas

#### Preguntas de HTML:

* ¿Qué función cumple el `doctype`?
* ¿Cuáles son las limitaciones al utilizar páginas XHTML?
\t* ¿Hay algún problema al servir las páginas usando `application/xhtml+xml`?
* ¿Para qué son buenos los atributos `data-`?

#### Preguntas de JavaScript:

##### ¿Qué es un `hashtable`?

Un objeto que almacena datos como `clave : valor`.


* ¿Qué es un "closure" y por qué usaría uno?
* ¿Puede explicar el Patrón Módulo?
\t* Puntos extra por mencionar un namespace no contaminado.
\t* ¿Qué pasa si sus módulos no tienen un namespace?
* ¿Cuál es la diferencia entre:
` function Person(){} ` y `var person = new Person()`?

##### Glosario

* ¿Qué es un closure?
  * Una función con el ámbito donde se creó.
* ¿Qué es hoisting?
  * Mover las declaraciones al inicio.
"""


def test_question_lists_with_follow_ups_are_unanswered_questions(tmp_path: Path) -> None:
    """trial22 T22-6: a list of questions whose entries carry nested follow-up questions (and an interviewer's note
    among them) or go on over a second line is a list of unanswered questions wherever it stands: under a section
    heading or after an answered heading's answer, never that answer's text; entries answered by nested points
    stay cards."""
    notes, skipped, _ = _built(tmp_path, {"preguntas.md": FOLLOW_UP_LISTS})
    backs = {_plain(n["fields"]["Question"]).replace(" ?", "?"): _plain(n["fields"]["Answer"]) for n in notes}
    assert backs["¿Qué es un hashtable?"] == "Un objeto que almacena datos como clave : valor ."
    assert backs["¿Qué es un closure?"] == "Una función con el ámbito donde se creó."
    assert [s["line"] for s in skipped] == [5, 6, 8, 17, 18, 21]
    assert {s["skipped"] for s in skipped} == {"no answer"}
    assert "new Person()" in skipped[-1]["question"]


# --- T22-35: a solutions notebook saved with its code cleared and its outputs kept -----------------------------------


def _notebook(*cells: tuple[str, str, str]) -> str:
    """A notebook of (cell type, text, saved output) cells; a code cell's output as an execute_result."""
    import json

    def code(text: str, output: str) -> dict[str, object]:
        outputs = [{"output_type": "execute_result", "execution_count": 1, "metadata": {}, "data": {"text/plain": output.splitlines(keepends=True)}}] if output else []
        return {"cell_type": "code", "metadata": {}, "source": text.splitlines(keepends=True), "outputs": outputs, "execution_count": 1}

    return json.dumps(
        {
            "cells": [code(text, out) if kind == "code" else {"cell_type": kind, "metadata": {}, "source": text.splitlines(keepends=True)} for kind, text, out in cells],
            "metadata": {"kernelspec": {"language": "python", "name": "python3"}},
            "nbformat": 4,
            "nbformat_minor": 4,
        },
        indent=1,
    )


def test_cleared_solution_cells_answer_with_their_output(tmp_path: Path) -> None:
    """trial22 T22-35 (pandas_exercises' Solutions notebooks): the code cells are empty (or only '# Solution 1') but keep
    their saved outputs; every value question was 'no answer'. Under a question that asks for a value, the output is the
    answer; a step whose answer is only bare sub-step headings has none."""
    page = _notebook(
        ("markdown", "# Chipotle", ""),
        ("markdown", "### Step 5. What is the number of observations in the dataset?", ""),
        ("code", "# Solution 1\n\n", "4622"),
        ("code", "# Solution 2\n\n", "<class 'pandas.core.frame.DataFrame'>"),
        ("markdown", "### Step 6. How many columns are in the dataset?", ""),
        ("code", "", "5"),
        ("markdown", "### Step 13. Turn the item price into a float", ""),
        ("markdown", "#### Step 13.a. Check the item price type", ""),
        ("code", "", "dtype('O')"),
        ("markdown", "#### Step 13.b. Change the type of item price", ""),
        ("code", "", ""),
    )
    notes, skipped, _ = _built(tmp_path, {"chipo.ipynb": page})
    backs = {_plain(n["fields"]["Question"]).split(".")[0]: _plain(n["fields"]["Answer"]) for n in notes}
    assert backs == {"Step 5": "4622", "Step 6": "5"}
    assert [(s["question"].split(".")[0], s["skipped"]) for s in skipped] == [("Step 13", "no answer")]


# --- T22-37: a coding challenge's parts named for a language or style ------------------------------------------------


def test_language_named_parts_belong_to_the_problem(tmp_path: Path) -> None:
    """trial22 T22-37 (interactive-coding-challenges): '## Pythonic-Code', '## C Algorithm', '## C Code' after the
    problem's '## Code' were cards of their own ('Unit Test' too, its test code the answer). A part named for one
    language or style is a part: one card, its unit test left out."""
    page = _notebook(
        ("markdown", "# Solution Notebook", ""),
        ("markdown", "## Problem: Implement a function to reverse a string in-place.", ""),
        ("markdown", "## Constraints\n\n* Can we assume the string is ASCII?\n    * Yes", ""),
        ("markdown", "## Algorithm\n\nSwap the ends and walk inwards.", ""),
        ("markdown", "## Code", ""),
        ("code", "def reverse(chars):\n    return chars[::-1] if chars else chars", ""),
        ("markdown", "## Pythonic-Code\n\nThe slice operator reverses a list.", ""),
        ("code", "def reverse_alt(s):\n    return s[::-1]", ""),
        ("markdown", "## Unit Test", ""),
        ("code", "%%writefile test_reverse.py\nimport unittest\n\nclass TestReverse(unittest.TestCase):\n    pass", ""),
        ("markdown", "## C Algorithm\n\nKeep two pointers and swap.", ""),
        ("markdown", "## C Code", ""),
        ("code", "void Reverse(char* str) {\n}", ""),
    )
    notes, skipped, _ = _built(tmp_path, {"reverse_solution.ipynb": page})
    assert [_plain(n["fields"]["Question"]) for n in notes] == ["Implement a function to reverse a string in-place."]
    back = notes[0]["fields"]["Answer"] + notes[0]["fields"].get("Also", "")
    assert "reverse_alt" in back and "two pointers" in back and "unittest" not in back
    assert skipped == []


# --- T23-12: 'see also' links to other questions of the page ---------------------------------------------------------

SEE_ALSO = """# Preguntas de React

#### ¿Qué son los hooks?

Funciones que permiten usar estado en componentes funcionales.

#### ¿Qué hace el hook useState?

Devuelve un estado y una función para cambiarlo.

#### ¿Por qué mi componente se renderiza dos veces?

Por el modo estricto en desarrollo. Recomendamos revisar las siguientes secciones:

- [¿Qué son los hooks?](#qué-son-los-hooks)
- [¿Qué hace el hook useState?](#qué-hace-el-hook-usestate)
"""


def test_see_also_links_to_questions_of_the_page_stay_in_the_answer(tmp_path: Path) -> None:
    """trial23 T23-12: a list of links to questions the page asks in those words, under an answer ('Recomendamos revisar
    las siguientes secciones:'), was read as a knowledge check: each link a copy of the question it points at (7
    questions twice in the deck). It is a cross-reference of the answer it stands in (in-page navigation, as a table of
    contents is), no question of its own."""
    notes, skipped, _ = _built(tmp_path, {"react.md": SEE_ALSO})
    assert len(notes) == 3 and skipped == []
    assert sorted(n["items"][0]["line"] for n in notes) == [3, 7, 11]


# --- T23-5: Carpentries lessons, exercises in 'challenge' boxes ------------------------------------------------------

LESSON = """---
title: Working With Files
---

## Create a text file

Let's change our working directory to `thesis` and run a text editor:

```bash
$ cd thesis
$ nano draft.txt
```

Once our file is saved, we can quit the editor.

`nano` leaves no output, but `ls` now shows the file:

```bash
$ ls
```

:::::::::::::::::::::::::::::::::::::::  challenge

## Creating Files a Different Way

We have seen how to create text files using the `nano` editor.
Now, try the following command:

```bash
$ touch my_file.txt
```

What did the `touch` command do?

:::::::::::::::  solution

## Solution

It created an empty file called `my_file.txt`.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::

:::::::::::::::::::::::::::::::::::::::  challenge

## Piping Commands Together

We want the 3 files with the fewest lines. Which command listed below would work?

1. `wc -l * > sort -n > head -n 3`
2. `wc -l * | sort -n | head -n 3`

:::::::::::::::  solution

## Solution

Option 2 is the solution.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::::
"""


def test_challenge_boxes_hold_their_own_question(tmp_path: Path) -> None:
    """trial23 T23-5 (Carpentries Workbench episodes): the lesson's text and code above a `challenge` box were put on
    the front of every challenge of the section (and made a card titled by the section heading); a challenge's title
    stood above its options while the sentence that asks came after them. A box holds its own question: the lesson text
    is no part of it, and its title labels the question's words."""
    notes, _, _ = _built(tmp_path, {"03-create.md": LESSON})
    fronts = [_plain(n["fields"]["Question"]) for n in notes]
    assert len(fronts) == 2, fronts
    assert not any("thesis" in f or "quit the editor" in f for f in fronts)
    assert fronts[0].startswith("Creating Files a Different Way We have seen how") and fronts[0].endswith("What did the touch command do?")
    assert fronts[1].startswith("Piping Commands Together: We want the 3 files with the fewest lines. Which command listed below would work?")
    # ('Option 2 is the solution.' keys the numbered options: a multiple-choice note, trial23 T23-5 rest, sitting 24)
    assert notes[1]["notetype"] == "deckc Multiple choice" and _plain(notes[1]["fields"]["Correct"]) == "B) wc -l * | sort -n | head -n 3"


# --- T23-21: mdbook-admonish blocks whose title asks -----------------------------------------------------------------

ADMONISH = """# Chapter 2: Logic

Propositional logic has variables, and, or, not.

~~~admonish question title="What is a tautology?"
A formula that is true under every assignment of its variables.
~~~

```admonish question collapsible=true title="Why is SAT important?"
Many problems can be encoded as SAT.
```

~~~admonish note
Solvers for this problem are called SAT solvers.
~~~

The syntax, shown as code, is no question:

````markdown
```admonish question title="Is this a card?"
No.
```
````
"""


def test_admonish_blocks_whose_title_asks_are_cards(tmp_path: Path) -> None:
    """trial23 T23-21 (mdBook with mdbook-admonish): '~~~admonish question title="What is a tautology?"' blocks were code
    to the reader, and the page one card of the whole chapter. A block whose title asks is a question, its body the
    answer; a note is text, and a block shown inside code stays code."""
    notes, skipped, _ = _built(tmp_path, {"logic.md": ADMONISH})
    assert {_plain(n["fields"]["Question"]): _plain(n["fields"]["Answer"]) for n in notes} == {
        "What is a tautology?": "A formula that is true under every assignment of its variables.",
        "Why is SAT important?": "Many problems can be encoded as SAT.",
    }
    assert skipped == []


# --- T23-37: a <details> answer made of numbered steps over code -----------------------------------------------------

STEPS_TOGGLE = """# Sysadmin questions

<details>
<summary><b>How to profile an app in Linux?</b></summary><br>

1. Record the performance data.

```bash
perf record -g -p `pidof a.out`
```

2. Analyze the recorded data.

```bash
perf report --stdio
```

3. Analyze the load per module.

```bash
perf report --stdio --sort comm,dso
```

4. Analyze the call chains.

```bash
perf report --stdio -G
```

</details>

<details>
<summary><b>Write two golden rules for reducing the impact of a hacked system.</b></summary><br>

Keep a backup, and rotate every key.

</details>
"""


def test_numbered_steps_inside_a_toggle_are_its_answer(tmp_path: Path) -> None:
    """trial23 T23-37 (a sysadmin interview README): an answer toggle made of numbered steps each over its code was read
    as numbered tasks, a card per step, and the last step's answer ran through '</details>' over the next questions. A
    toggle is one answer: its steps are that answer's."""
    notes, skipped, _ = _built(tmp_path, {"README.md": STEPS_TOGGLE})
    fronts = [_plain(n["fields"]["Question"]) for n in notes]
    assert fronts == ["How to profile an app in Linux?", "Write two golden rules for reducing the impact of a hacked system."]
    assert "perf report --stdio -G" in _plain(notes[0]["fields"]["Answer"])
    assert _plain(notes[1]["fields"]["Answer"]) == "Keep a backup, and rotate every key."
    assert skipped == []


# --- T22-49: hand-written Mochi card files with '{{…}}' deletions ----------------------------------------------------


def test_mochi_card_files_with_deletions_are_clozes(tmp_path: Path) -> None:
    """trial22 T22-49: a folder of Mochi-style card files ('front / --- / back', or one sentence with '{{Au}}'): the
    sentence cards were notes fronted by their file names with the braces printed. A card file that is one paragraph
    with '{{…}}' deletions is a cloze note, as a '.mochi' export's card is ('{{2::x}}' numbered as written); a
    template's spaced '{{ name }}' and code are left alone."""
    notes, skipped, _ = _built(
        tmp_path,
        {
            "cards/card-1.md": "What does HTTP stand for?\n---\nHypertext Transfer Protocol\n",
            "cards/card-2.md": "The chemical symbol of gold is {{Au}}.\n",
            "cards/card-3.md": "Photosynthesis converts {{light energy}} into {{2::chemical energy}}.\n",
            "cards/card-4.md": "A Jinja template prints a value with `{{x}}` or {{ name }}.\n",
        },
    )
    texts = sorted(re.sub(r"<[^>]+>", "", n["fields"].get("Text", "")) for n in notes if n["notetype"] == "deckc Cloze")
    assert texts == [
        "Photosynthesis converts {{c1::light energy}} into {{c2::chemical energy}}.",
        "The chemical symbol of gold is {{c1::Au}}.",
    ]
    assert len(notes) == 4 and skipped == []


# --- a bracketed aside after one question of an unanswered list ------------------------------------------------------

INTERVIEW = """# Interview questions

These are the questions we ask every candidate.

- Tell me about yourself.
- Why do you want to work here?
- What is your greatest strength?
- Where do you see yourself in five years?
- Do you have any questions for us? (end of the interview)
"""


def test_an_aside_after_one_question_of_a_list_is_no_answer(tmp_path: Path) -> None:
    """A list of interview questions nobody answers, one with a bracketed note after its '?' ('(end of the interview)'):
    the note was taken for a pub quiz's answer, so the page was no list of questions and its title and intro became a
    card. Brackets after a few questions of a list are asides; after most of them, answers ('(Ottawa)')."""
    quiz = "# Quiz\n\n1. What is the capital of Canada? (Ottawa)\n2. What is the capital of Peru? (Lima)\n3. What is the largest planet? (Jupiter)\n"
    notes, _, said = _built(tmp_path, {"interview.md": INTERVIEW, "quiz.md": quiz})
    assert {_plain(n["fields"]["Question"]): _plain(n["fields"]["Answer"]) for n in notes} == {
        "What is the capital of Canada?": "Ottawa",
        "What is the capital of Peru?": "Lima",
        "What is the largest planet?": "Jupiter",
    }
    assert any("interview.md" in m and "a list of 5 questions and no answers" in m for m in said), said


# --- T23-4: a heading naming a range of question numbers -------------------------------------------------------------

RANGE_ANSWERS = """# Chapter 4

## What is gradient descent?

An iterative method that follows the negative gradient.

# Exercise solutions

## 1. to 11.

1. With millions of features, use Stochastic Gradient Descent.
2. With features of very different scales, the cost function is an elongated bowl.
"""


def test_a_heading_of_question_numbers_is_no_question(tmp_path: Path) -> None:
    """trial23 T23-4 (a chapter notebook's 'Exercise solutions' / '## 1. to 11.'): the heading's '1.' was read as its
    number and 'to 11.' as a question answered by all eleven answers. A heading that only names a range of question
    numbers heads answers whose questions the document does not hold: skipped with that reason, said once."""
    notes, skipped, said = _built(tmp_path, {"ch4.md": RANGE_ANSWERS})
    assert [_plain(n["fields"]["Question"]) for n in notes] == ["What is gradient descent?"]
    assert [(s["line"], s["skipped"]) for s in skipped] == [(9, "answers to numbered questions the document does not hold")]
    assert any("'1. to 11.' heads the answers to numbered questions" in m for m in said), said
    assert not any("states topics in others" in m for m in said), said


# --- T23-46: bold questions set in block quotes ---------------------------------------------------------------------

QUOTED_QUESTIONS = """# Review

> **What is TCP?**

A connection-oriented transport protocol.

> **What does DNS do?**

It resolves names to addresses.

> **What is ARP for?**

It maps IP addresses to MAC addresses.
"""


def test_a_quoted_bold_question_asks(tmp_path: Path) -> None:
    """trial23 T23-46: '> **What is TCP?**' over its answer paragraph (a quote used as a style), three times: the page
    was taken to ask nothing and was one card titled 'Review'. A quote holding only a bold question is that question."""
    notes, skipped, _ = _built(tmp_path, {"review.md": QUOTED_QUESTIONS})
    assert {_plain(n["fields"]["Question"]): _plain(n["fields"]["Answer"]) for n in notes} == {
        "What is TCP?": "A connection-oriented transport protocol.",
        "What does DNS do?": "It resolves names to addresses.",
        "What is ARP for?": "It maps IP addresses to MAC addresses.",
    }
    assert skipped == []
