"""Fifty-sixth sitting, finder: findings of trial 56 (real public documents: A+ questionnaires in reStructuredText, an R
course's exercises with solution toggles, Comprehensive Rust's mdBook slides, SQL exercise files; docs/trials/trial56.md)
fixed: an A+ questionnaire's ``pick-one`` / ``pick-any`` / ``freetext`` questions are each a card, the ``*`` options
right, feedback under its option's letter (T56-1); a heading inside an answer toggle is the answer's label, never the
start of a new question (T56-2); a Rust block shows what mdBook shows (T56-3); a program whose comments number its
exercises over the code that answers them is read as those exercises (T56-4); an R Markdown title that only names a
parameter is the parameter's value, one deckc cannot compute no title (T56-6)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

from compiler.sources.rst import convert_rst
from compiler.sources.solution_toggles import toggle_headings

TRIAL = Path(__file__).parent / "data" / "trials" / "trial56"


# --- T56-1: A+ questionnaires ---------------------------------------------------------------------------------------


def test_an_aplus_questionnaire_s_questions_are_each_a_card(tmp_path: Path) -> None:
    """T56-1 (high): '.. pick-one:: 10' / its text / 'a. volt' / '*b. coulomb' / 'a § …', '.. pick-any::' (a stated
    text too: ':math:`1000` grams is the same mass as the following.'), '.. freetext::' / its text / the right answer.
    Before: 3 notes of 5 questions, the two pick-any ones glued onto the first one's explanation, unsaid, and the hint
    '!A § …' on a back as written. Now 5 notes: the '*' options right ('+' and '?' no part of an option), each option's
    feedback under its letter, a free-text question's right answer its back."""
    notes, _, messages = built_notes(tmp_path, {"units.rst": TRIAL / "aplus-questionnaire.rst"})
    cards = {note_front(n): n for n in notes}
    assert len(notes) == 5, list(cards)
    charge = cards["Which unit measures electric charge?"]
    assert charge["kind"] == "multiple_choice" and note_back(charge) == "B) coulomb", charge["fields"]
    said = plain_text(charge["fields"]["Explanation"])
    assert "A) The volt measures potential difference." in said and "C) The ohm measures resistance." in said, said
    assert "§" not in said and "metre" not in said, said
    base = cards["Pick every base unit of the SI system."]
    assert note_back(base) == "A) metre B) kilogram", note_back(base)
    assert "D) I am not sure" in plain_text(base["fields"]["Options"]), base["fields"]
    stated = next(n for front, n in cards.items() if "grams is the same mass as the following" in front)
    assert stated["kind"] == "multiple_choice" and "one kilogram" in note_back(stated), stated["fields"]
    ampere = cards["What is the symbol of the unit ampere?"]
    assert note_back(ampere).startswith("A") and "Hint: it is a single capital letter." in note_back(ampere), note_back(ampere)
    assert "§" not in note_back(ampere), note_back(ampere)
    assert note_back(cards["How many centimetres make one metre?"]) == "100"
    for note in notes:
        text = " ".join(plain_text(str(v)) for v in note["fields"].values())
        assert "*b." not in text and "+*" not in text, note["fields"]
    assert not any("text outside any question" in m for m in messages), messages


def test_an_aplus_free_text_question_s_model_answer_and_a_sphinx_dropdown_are_read_as_written() -> None:
    """T56-1: a free-text answer 'answer°=°shown' shows the model answer after '°=°'; a regular-expression answer is code;
    a sphinx-design '.. dropdown:: Title' (no points) is a toggle as before, never a question."""
    rst = [
        "Quiz",
        "====",
        "",
        ".. freetext:: 10 regexp",
        "",
        "  Name a prime number below ten.",
        "",
        "  ^[2357]$°=°2, 3, 5 or 7",
        "",
        ".. freetext:: 5 regexp",
        "",
        "  Which letters start the word 'cat' or 'dog'?",
        "",
        "  ^(c|d)$",
        "",
        ".. dropdown:: More about primes",
        "",
        "  A prime has exactly two divisors.",
    ]
    text = convert_rst(rst).text
    assert "**Answer:** 2, 3, 5 or 7" in text, text
    assert "**Answer:** `^(c|d)$`" in text, text
    assert "**More about primes**" in text and "A prime has exactly two divisors." in text, text


# --- T56-2: a heading inside an answer toggle ----------------------------------------------------------------------


def test_a_heading_inside_a_solution_toggle_is_the_answer_s_label(tmp_path: Path) -> None:
    """T56-2 (high): '### Exercise 1 - Beginner' / the task / '<details><summary>Click for Solution</summary>' / '> the
    explanation' / '#### Solution' / code / '</details>'. Before: the explanation first on the front, above the task
    (the solution's idea given away), the code alone on the back; the third card's front ended with its heading. Now the
    task is the front, the explanation, the label and the code the back."""
    notes, _, _ = built_notes(tmp_path, {"extra.md": TRIAL / "details-quote-then-solution-heading.md"})
    assert [note_front(n) for n in notes] == [
        "Write a function shout that returns a string in upper case with an exclamation mark added.",
        "Write a function first_last that returns the first and the last item of a list as a tuple.",
        "Exercise 3 - Intermediate Count how many words in a sentence are longer than five letters.",
    ], [note_front(n) for n in notes]
    first = note_back(notes[0])
    assert first.startswith("The function calls the string's upper method and appends the mark."), first
    assert "def shout" in first and "Solution" in first, first


def test_only_headings_under_a_solution_toggle_s_own_text_are_labels() -> None:
    """T56-2: a heading that opens the toggle ('<p>' / '##### Answer: 2', read as the answer it labels: sudheerj's
    interview pages), one that names something else ('#### Step 1'; an answer key's '### Question 2'), one in a toggle
    whose summary names a chapter (no answer), and one after the toggle closes are left as they are."""
    lines = [
        "<details><summary>Solution</summary>",
        "",
        "Split the work in two steps.",
        "",
        "#### Solution",
        "",
        "#### Step 1",
        "",
        "</details>",
        "",
        "<details><summary>Chapter notes</summary>",
        "",
        "Some notes.",
        "",
        "## Background",
        "",
        "</details>",
        "",
        "## Next exercise",
        "",
        "<details><summary><b>Answer</b></summary>",
        "<p>",
        "",
        "##### Answer: 2",
        "",
        "</p>",
        "</details>",
    ]
    out = toggle_headings(lines)
    assert out[4] == "**Solution**", out
    assert out[6] == "#### Step 1" and out[14] == "## Background" and out[18] == "## Next exercise", out
    assert out[23] == "##### Answer: 2", out
    assert toggle_headings(["# Title", "", "text"]) == ["# Title", "", "text"]


# --- T56-3: mdBook's hidden lines in Rust code ---------------------------------------------------------------------


def test_a_rust_block_shows_what_mdbook_shows(tmp_path: Path) -> None:
    """T56-3 (medium): Comprehensive Rust's code blocks start with '# // Copyright 2023 Google LLC' / '#' lines that
    mdBook and rustdoc hide, and wrap examples in '# fn main() {' … '# }'. Before: on every card's back. Now hidden;
    attributes ('#[derive(Debug)]', '#![allow(…)]') and a block of another language keep their lines."""
    notes, _, _ = built_notes(tmp_path, {"shadow.md": TRIAL / "mdbook-hidden-lines.md"})
    [card] = notes
    back = note_back(card)
    assert "assert_eq!" in back and "let x" in back, back
    assert "# fn main" not in back and "# }" not in back and "#" not in back, back
    from compiler.sources.markdown_blocks import rust_shown

    assert rust_shown("# // header\n#\n#[derive(Debug)]\n#![allow(dead_code)]\nstruct P;\n## not hidden") == (
        "#[derive(Debug)]\n#![allow(dead_code)]\nstruct P;\n# not hidden"
    )
    python = [
        "# Comments",
        "",
        "## Which line is a comment in Python?",
        "",
        "```python",
        "# this one",
        "x = 1",
        "```",
    ]
    notes, _, _ = built_notes(tmp_path / "py", {"py.md": "\n".join(python) + "\n"})
    assert "# this one" in note_back(notes[0]), note_back(notes[0])


# --- T56-4: exercises numbered in a program's comments ---------------------------------------------------------------


def test_an_sql_file_of_numbered_comment_exercises_is_read_as_them(tmp_path: Path) -> None:
    """T56-4 (medium): '-- 1.1 List the titles of all books.' / 'select title from books;' … Before: "not read: a
    program or a database dump", the deck empty. Now a card per exercise, its words the front (the number no part of
    them), its query the back as SQL; a task whose words go on in the comment lines under its number ('-- 2.14' /
    '-- Select …') reads them."""
    notes, _, messages = built_notes(tmp_path, {"library.sql": TRIAL / "sql-comment-exercises.sql"})
    assert [note_front(n) for n in notes] == [
        "List the titles of all books.",
        "List the title and the year of every book published before 1950.",
        "Count the books each author wrote.",
        "Find the books that were never lent.",
        "Give the average number of loans per book.",
        "Raise the value of every loan fee by 10%.",
    ], [note_front(n) for n in notes]
    assert "select" in note_back(notes[0]) and "books" in note_back(notes[0]), note_back(notes[0])
    assert "left join" in note_back(notes[3]), note_back(notes[3])  # (both queries the exercise gives)
    assert not any("not read" in m or "no answer" in m for m in messages), messages
    # (a task that bids, 'Raise the value of …', over a query of two lines: the query answers it, never "the value of"
    # the code asked about with no answer)
    assert "set fee" in note_back(notes[5]).replace("  ", " "), note_back(notes[5])
    split = "\n".join(["-- Warehouses", "", "--3.1", "-- Select all warehouses.", "select * from warehouses;", "",
                       "--3.2", "-- Select all boxes with a value larger than $150.", "select * from boxes where value > 150;", "",
                       "--3.3", "-- Select all distinct contents in all the boxes.", "select distinct contents from boxes;", ""])
    notes, _, _ = built_notes(tmp_path / "split", {"boxes.sql": split})
    assert [note_front(n) for n in notes][:2] == ["Select all warehouses.", "Select all boxes with a value larger than $150."], notes


def test_a_program_with_numbered_steps_is_still_not_read(tmp_path: Path) -> None:
    """T56-4: a script whose comments number its steps ('# 1. Load data' over its code) is a program: "not read" as
    before; a Python practice file ('# 1. Write a function that returns …' over its code) is read as exercises."""
    program = "# 1. Load data\nimport json\ndata = json.load(open('x.json'))\n# 2. Train\nmodel = fit(data)\n# 3. Save\nsave(model)\n"
    practice = (
        "# Practice: lists\n\n# 1. Write a function that returns the largest item of a list.\ndef largest(items):\n    return max(items)\n\n"
        "# 2. Write a function that returns the list without its duplicates.\ndef unique(items):\n    return list(dict.fromkeys(items))\n\n"
        "# 3. Write a function that counts the even numbers in a list.\ndef evens(items):\n    return sum(1 for x in items if x % 2 == 0)\n"
    )
    notes, _, messages = built_notes(tmp_path, {"practice.py": practice, "train.py": program})
    assert [note_front(n) for n in notes] == [
        "Write a function that returns the largest item of a list.",
        "Write a function that returns the list without its duplicates.",
        "Write a function that counts the even numbers in a list.",
    ], [note_front(n) for n in notes]
    assert any("train.py" in m and "not read: a program" in m for m in messages), messages


# --- T56-6: a title knitting computes -----------------------------------------------------------------------------


def test_an_r_markdown_title_naming_a_parameter_is_its_value(tmp_path: Path) -> None:
    """T56-6 (low): 'title: "`r params$title`"' over 'params:' / '  title: "Practice sheet: vectors"'. Before: the
    title '…' in the table to paste and on the card's front. Now the parameter's value; a title deckc cannot compute
    ('`r toupper(x)`') is no title, the file's name stands for it."""
    notes, _, messages = built_notes(tmp_path, {"sheet.qmd": TRIAL / "quarto-computed-title.qmd"})
    # (sitting 57: the sheet's two numbered tasks over their code chunks are a card each, no longer one note fronted by
    # the title; the title is the source's, in the table to paste)
    assert [note_front(n) for n in notes] == ["Create a vector of the numbers 1 to 10.", "Compute the mean of that vector."], notes
    assert any('title = "Practice sheet: vectors"' in m for m in messages), messages
    assert not any("cannot compute" in m or "…" in m for m in messages), messages
    page = '---\ntitle: "`r toupper(name)`"\n---\n\n## What does `mean()` return?\n\nThe average of its values.\n'
    notes, _, messages = built_notes(tmp_path / "other", {"stats.Rmd": page})
    assert [note_front(n) for n in notes] == ["What does mean() return?"], notes
    assert "…" not in str(notes[0]["fields"]), notes[0]["fields"]


# --- T56-7: a quiz app's typed-answer questions ----------------------------------------------------------------------


def test_a_typed_answer_question_s_correct_value_is_its_answer_and_its_checker_no_text(tmp_path: Path) -> None:
    """T56-7 (low): webquiz's YAML asks a typed answer as 'question' / 'correct_value: "7"' / 'checker: "assert
    user_answer.strip() == …"'. Before: the back 'Correct value: 7' over the checker's Python. Now the back is '7'; the
    grading settings (checker, default_value, min_correct, stick_to_the_previous) are on no card."""
    notes, _, _ = built_notes(tmp_path, {"quiz.yaml": TRIAL / "webquiz-typed-answers.yaml"})
    cards = {note_front(n): n for n in notes}
    assert note_back(cards["How many continents are there?"]) == "7", cards["How many continents are there?"]["fields"]
    assert note_back(cards["Name the capital of Australia."]) == "Canberra"
    assert note_back(cards["Which river flows through Cairo?"]) == "B) Nile"
    for note in notes:
        text = " ".join(plain_text(str(v)) for v in note["fields"].values())
        assert "user_answer" not in text and "checker" not in text.lower() and "stick" not in text.lower(), note["fields"]


# --- T56-8: a stem that states, over options a label marks ---------------------------------------------------------


def test_a_bold_stem_over_options_a_label_marks_right_is_a_question_whatever_it_says(tmp_path: Path) -> None:
    """T56-8 (high): an anatomy course's homework page writes each question as '### Question N' / a bold stem / '-
    **Correct Answer:** …' among its options / '**Explanation:** …'. A stem that asks ('…?') read right; one that states
    ('**Plant cells have a cell wall.**' over True / False) was text outside any question, lost; one with a blank
    ('**Water moves across a membrane by ________.**') a basic card whose back listed the options with 'Correct Answer:'.
    Now each is a multiple-choice card, the labelled option its answer, the explanation on the back."""
    notes, _, messages = built_notes(tmp_path, {"homework.md": TRIAL / "marked-option-statement-stems.md"})
    cards = {note_front(n): n for n in notes}
    assert len(notes) == 3, list(cards)
    wall = cards["Plant cells have a cell wall."]
    assert wall["kind"] == "multiple_choice" and note_back(wall) == "A) True", wall["fields"]
    assert "cellulose" in plain_text(wall["fields"]["Explanation"]), wall["fields"]
    water = cards["Water moves across a membrane by ________."]
    assert water["kind"] == "multiple_choice" and note_back(water) == "B) Osmosis", water["fields"]
    assert "Correct Answer" not in plain_text(water["fields"]["Options"]), water["fields"]
    assert not any("text outside any question" in m for m in messages), messages


# --- T56-9: a task and its solution with mdBook includes and a licence comment ---------------------------------------


def test_a_task_s_title_skips_a_licence_comment_and_its_solution_s_includes_are_expanded(tmp_path: Path) -> None:
    """T56-9 (medium): Comprehensive Rust keeps each exercise as 'exercise.md' beside 'solution.md', both opening with an
    HTML licence comment, their code brought in by '{{#include exercise.rs:solution}}'. Before: the front 'borrowing'
    (the folder's name) with the title glued after it ('borrowingExercise: Wizard's Inventory'), the back the include
    directive as written. Now the task's heading titles the card and the solution's code is on the back."""
    folder = TRIAL / "mdbook-exercise"
    notes, _, messages = built_notes(tmp_path, {f"temp/{p.name}": p for p in sorted(folder.iterdir())})
    [card] = notes
    assert note_front(card).startswith("Exercise: Temperature Converter"), note_front(card)
    back = note_back(card)
    assert "{{#include" not in back and "9.0 / 5.0" in back.replace("9.0/5.0", "9.0 / 5.0"), back
    assert "Multiplying by 9/5" in back, back
    assert not any("exercise.rs" in m and "not read" in m for m in messages), messages


def test_a_task_saying_if_below_points_at_nothing_below_it(tmp_path: Path) -> None:
    """T56-2 (follow-up): with ten exercises the page reads by a guessed '### Exercise N' pattern; a task that compares
    ('… prints "warning" if a value is above a threshold and "OK" if below.') took the explanation quoted in its
    solution toggle for the exhibit it pointed at, onto the front. 'below' after 'if', 'or', 'is', 'at' … compares;
    'the table below', 'shown below', 'options below?' still point at what follows."""
    from compiler.sources.stimulus import points_forward

    assert not points_forward('Write a function that prints "warning" if a value is above a threshold and "OK" if below.')
    assert not points_forward("Keep the values at or below 5.")
    assert points_forward("Look at the table below.") and points_forward("Which of the options below?")
    exercises = []
    for n in range(1, 9):
        exercises += [f"### Exercise {n} - Beginner", "", f"Write a function `check{n}` that prints \"high\" if a value is above {n} and \"low\" if below.", "",
                      "<details><summary>Click for Solution</summary>", "", f"> The function compares the value with {n}.", "", "#### Solution", "",
                      "```r", f"check{n} <- function(x) if (x > {n}) print('high') else print('low')", "```", "</details>", "", "---", ""]
    notes, _, _ = built_notes(tmp_path, {"extra.md": "# Extra exercises\n\n" + "\n".join(exercises)})
    assert len(notes) == 8, [note_front(n) for n in notes]
    for n, note in enumerate(notes, 1):
        assert "compares the value" not in note_front(note), note_front(note)
        assert f"The function compares the value with {n}." in note_back(note), note_back(note)
