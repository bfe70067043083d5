"""Forty-eighth sitting, fixes: the open findings of trial 47 (docs/trials/trial47.md). An exercise box (Quarto
``{.callout-exercise}``, Pandoc ``{.exercise}``, a Carpentries ``challenge``) with its answer box nested inside is one
question: its title and text the front, its numbered commands the options its answer box answers by number (T47-2)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.directives import box_spans, task_lines

TRIAL = Path(__file__).parent / "data" / "trials" / "trial47"
DATA = Path(__file__).parent / "data" / "sitting48" / "fixes"


# --- T47-2: exercise boxes with a nested answer box --------------------------------------------------------------------


def test_quarto_callout_exercises_are_a_card_each(tmp_path: Path) -> None:
    """T47-2 (high): ``:::{.callout-exercise #rename-exr}`` / ``#### Renaming a file`` / text / ``1. `cp …``` … /
    nested ``::: {.callout-answer collapse=true}`` answering ``1. No. …`` ``2. **Yes**, …`` (a Quarto shell course).
    Before: a card per command (the question they answer 'text outside'), the next exercise glued onto answer 3 and a
    third card fronted by the second exercise's caption over its code. Now each box one card: its title and text the
    front with its commands as its choices, its answer box the back; the captions over code in a box stay its text."""
    notes, skipped, said = built_notes(tmp_path, {"quarto-exercises.md": TRIAL / "quarto-exercises.md"})
    fronts = [note_front(n) for n in notes]
    assert len(notes) == 3 and skipped == []
    rename, copy, many = notes
    assert note_front(rename).startswith("Renaming a file: You saved a list of tests as tets.txt")
    assert "Which command could you use to do so? cp tets.txt tests.txt mv tets.txt tests.txt mv tets.txt ." in note_front(rename)
    assert note_back(rename) == "No. The misspelled file would still exist. Yes , this renames the file. No, the period only names the folder to move to."
    assert "<ol>" in rename["fields"]["Question"] and "<ol>" in rename["fields"]["Answer"]  # (numbered as written)
    assert note_front(copy).startswith("Copying a folder For this exercise, go to the course folder")
    assert "Make a backup of the folder" in note_front(copy) and "Bonus (optional)" in note_front(copy)
    assert note_back(copy) == "Without -r , cp skips the folder: cp results backup This works: cp -r results backup"
    assert note_front(many) == "Copying several files: What does cp do when given several file names and a folder name? cp a.txt b.txt backup/"
    assert note_back(many) == "It copies every file into the folder named last."
    assert not any("Copying" in note_back(n) for n in notes), fronts
    outside = [s for s in said if "text outside any question" in s]
    assert [s.split(": warning")[0] for s in outside] == ["sources/quarto-exercises.md:7"]  # (the page's intro only)


def test_challenge_boxes_among_notes_headings_are_a_card_each(tmp_path: Path) -> None:
    """T47-2: Carpentries ``challenge`` boxes with their ``solution`` box nested, under ``## Exercises`` on a page that
    also states topics in headings (read as cards). Before: the first challenge's two loops were two cards (its question
    'text outside'); with the other shapes, '## Exercises' took the first box as its own answer. Now a card per box,
    '## Exercises' their section, and the message naming the statement-heading cards does not name it."""
    notes, skipped, said = built_notes(tmp_path, {"loops.md": DATA / "challenge-notes.md"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards[2:] == [
        (
            "Looping over files: Which of these loops prints the name of every .pdb file in the folder? for f in *.pdb; do echo $f; done "
            "for f in *.pdb; do echo f; done",
            "Yes: $f is the value of the variable. No: it prints the letter f once per file.",
        ),
        ("Counting lines Write a loop that prints how many lines each .csv file has.", "Use wc -l on each file: for f in *.csv ; do wc -l $f; done"),
    ]
    assert [n["fields"]["Section"] for n in notes[2:]] == ["Exercises"] * 2
    assert skipped == []
    stated = [s for s in said if "states topics in others" in s]
    assert len(stated) == 1 and "('Dry runs') is a card" in stated[0] and "Exercises" not in stated[0]
    assert not any("text outside any question" in s for s in said)


def test_box_spans_name_nested_boxes_and_skip_code() -> None:
    """T47-2: the rewrites that run before the directives are read (cheat-sheet command pairs, a numbered self-check's
    key) ask :func:`task_lines` whether a line is an exercise's or its answer's; a ```` ``` ```` fence holding ``:::``
    is code, and a backtick box's closing fence opens no code."""
    lines = [
        ":::{.callout-exercise #a}",  # 0
        "Do it:",
        "::: {.callout-answer}",  # 2
        "```bash",
        ":::",
        "```",
        ":::",  # 6
        ":::",  # 7
        "```{solution} ex-one",  # 8
        "Done.",
        "```",  # 10
        "Caption:",  # 11
        "::: tip",  # 12
        "Tip.",
        ":::",
    ]
    assert box_spans(lines) == [(0, 7, "exercise"), (2, 6, "answer"), (8, 10, "solution"), (12, 14, "tip")]
    assert task_lines(lines) == {1, 2, 3, 4, 5, 6, 9}
    assert box_spans(["Plain text", "```bash", ":::", "```"]) == []


# --- T47-4: a page of exercises without solutions ----------------------------------------------------------------------


def test_a_page_of_exercises_without_solutions_is_said_once_and_makes_no_card(tmp_path: Path) -> None:
    """T47-4 (high): ``# Exercises`` / ``1. Using a `while` loop print the squares … of the following ranges:`` over its
    own list of ranges, ``2. Consider the following sequence:`` over its formula and the task about it, … (a MyST
    book's exercise page; no solutions). Before: one card ``Exercises`` holding all four (read by its heading), or read
    as numbered items, an exercise's values and tasks its back. Now each exercise is a question with no answer, skipped
    at its line, said once for the page with every line, no card."""
    page = (TRIAL / "exercises-no-solutions.md").read_text(encoding="utf-8")
    notes, skipped, said = built_notes(tmp_path, {"exercises.md": page, "ok.md": "# Q\n\n## What is 2+2?\n\n4\n"})
    assert [note_front(n) for n in notes] == ["What is 2+2?"]
    assert [(s["line"], s["skipped"]) for s in skipped] == [(13, "no answer"), (18, "no answer"), (25, "no answer"), (30, "no answer")]
    mine = [s for s in said if s.startswith("sources/exercises.md")]
    assert mine[0].startswith(
        "sources/exercises.md:13: warning: none of its 4 questions has an answer (lines 13, 18, 25, 30): this file adds no card"
    )
    assert "if it holds exercises to do, not to learn, rename it #exercises.md" in mine[0]
    assert not any("question has no answer" in s or "in no card:" in s for s in mine), mine  # (said once)
    assert "read as layout 'numbered' (4 items)" in mine[1]


def test_an_exercises_own_values_and_tasks_are_its_front_never_its_answer(tmp_path: Path) -> None:
    """T47-4: a numbered exercise that points at what follows (``… each of the following iterables:``, ``Consider the
    following polynomial:``) over its values (a list of code, display maths) and then its tasks (``1. Use the
    `sympy.isprime` function to find …?``) has no answer, whatever the page; an item that answers under the same kind
    of line (``Name the following compound:`` / ``$$CH_4$$`` / ``It is methane.``) keeps its answer."""
    page = (
        "# Loops\n\n"
        "1. Using a `for` loop print the types of the variables in each of the following\n"
        "   iterables:\n"
        "   1. `iterable = (1, 2, 3, 4)`\n"
        "   2. `iterable = (1, \"dog\", 0)`\n"
        "2. Consider the following polynomial:\n\n"
        "   $$\n   3 n ^ 3 - 183n ^ 2\n   $$\n\n"
        "   1. Use the `sympy.isprime` function to find the lowest positive value of $n$\n"
        "      for which it is not prime?\n"
        "   2. How many **unique** primes are there?\n"
        "      (Hint: the `set` tool might prove useful here.)\n"
        "3. Name the following compound:\n\n"
        "   $$CH_4$$\n\n"
        "   It is methane, the simplest alkane.\n"
        "4. What is the time complexity of binary search?\n\n"
        "   O(log n): each step halves the range.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"loops.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Name the following compound:", "\\[CH_4\\] It is methane, the simplest alkane."),
        ("What is the time complexity of binary search?", "O(log n): each step halves the range."),
    ]
    assert [(s["line"], s["skipped"]) for s in skipped] == [(3, "no answer"), (7, "no answer")]
    assert [s.split(": warning")[0] for s in said if "question has no answer" in s] == ["sources/loops.md:3", "sources/loops.md:7"]


# --- T47-8: a lesson's objectives box -----------------------------------------------------------------------------------


def test_an_objectives_box_asks_nothing_and_the_page_reads_as_without_it(tmp_path: Path) -> None:
    """T47-8 (medium): ``:::objectives`` / ``**Questions**`` / ``- What is an ANOVA?`` … / ``**Objectives**`` / … /
    ``:::`` atop a statistics lesson (bookdown; Carpentries writes ``::: questions`` / ``::: objectives`` /
    ``::: keypoints``). Before: its questions were "question has no answer" and its lines "text outside any question".
    Now the page gives exactly the cards and messages of the same page without the box."""
    page = (TRIAL / "objectives-box.Rmd").read_text(encoding="utf-8")
    start, end = page.index(":::objectives"), page.index(":::\n", page.index(":::objectives") + 5) + 4
    without = page[:start] + "\n" * page[start:end].count("\n") + page[end:]
    notes, skipped, said = built_notes(tmp_path / "box", {"anova.Rmd": page})
    same, same_skipped, same_said = built_notes(tmp_path / "plain", {"anova.Rmd": without})
    assert [(note_front(n), note_back(n)) for n in notes] == [(note_front(n), note_back(n)) for n in same]
    # (its statement sections beside the exercise are cards since trial62 T62-1: an exercise never takes a lesson's notes away)
    assert [note_front(n) for n in notes] == [
        "Purpose and aim",
        "lm()",
        "anova()",
        "ANOVA › Assumptions",
        "Post-hoc testing",
        "Juvenile lobsters were grown on three diets. Is there any evidence that diet affects their growth?",
    ]
    assert skipped == same_skipped == []
    assert said == same_said
    assert not any("no answer" in s for s in said)


def test_a_questions_box_holding_answers_is_read() -> None:
    """T47-8: only a box that asks nothing is the lesson's overview; a ``::: questions`` box whose questions have their
    answers (a toggle, an ``Answer:`` line) is read as written; a Carpentries ``keypoints`` box is blank, its lines kept."""
    from compiler.sources.directives import furniture_boxes

    answered = "::: questions\n- What is 2+2?\n\n<details><summary>Answer</summary>4</details>\n:::\n"
    assert furniture_boxes(answered) == answered
    keypoints = "# Loops\n\n:::::: keypoints\n- A loop repeats commands.\n::::::\n\nText.\n"
    assert furniture_boxes(keypoints) == "# Loops\n\n\n\n\n\nText.\n"


# --- T47-12: inline R ---------------------------------------------------------------------------------------------------


def test_inline_r_is_said_once_never_printed_as_code(tmp_path: Path) -> None:
    """T47-12 (low): ``… less than 20 (`r round(mean(fishlength), digits = 1)` and `r round(median(fishlength), digits =
    1)` respectively)`` (a bookdown statistics course), learnr's ``all `r format(nrow(flights), big.mark = ",")`
    flights``, Quarto's `` `{python} len(df)` ``. Before: printed as code, ``( r round(mean(fishlength), digits = 1) and
    …)``. Now each is '…' on the card, said once with a count and its lines; a literal ``` `` `r 1 + 1` `` ``` and a
    plain code block keep what they show."""
    page = (
        "# Fish lengths\n\n"
        "## What do the mean and median of the fish lengths tell us?\n\n"
        "Both are less than 20 (`r round(mean(fishlength), digits = 1)` and `r round(median(fishlength), digits = 1)`"
        " respectively), so the sample is below 20 on average.\n\n"
        "## How many rows does the table hold?\n\n"
        "It holds `{python} len(df)` rows.\n\n"
        "## How do I write inline R?\n\n"
        "Write `` `r 1 + 1` `` in the text: knitting puts its value in its place.\n\n"
        "```\nThe value is `r 2 * 3`.\n```\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"fish.Rmd": page})
    assert [note_back(n) for n in notes] == [
        "Both are less than 20 (… and … respectively), so the sample is below 20 on average.",
        "It holds … rows.",
        "Write `r 1 + 1` in the text: knitting puts its value in its place. The value is `r 2 * 3`.",
    ]
    inline = [s for s in said if "inline code expression" in s]
    assert len(inline) == 1 and inline[0].startswith(
        "sources/fish.Rmd:5: warning: 3 inline code expressions deckc cannot compute (knitting does), shown as '…': "
        "'`r round(mean(fishlength), digits = 1)`' (line 5)"
    )
    assert "(line 9)" in inline[0] and "knit the document" in inline[0]
    assert skipped == []


# --- T47-9: a solutions page quoting its questions ------------------------------------------------------------------------


def test_a_question_quoted_under_its_label_is_the_front(tmp_path: Path) -> None:
    """T47-9 (medium): ``## Question 1`` / ``> `1`. Using a `for` loop print the types of the variables in each of the``
    / ``> following iterables:`` / its quoted part / a ``{code-cell}`` with ``:tags: [nbval-ignore-output]`` (a MyST
    book's solutions page). Before: the front was 'Question 1' and the quoted question the top of its back. Now the
    quoted question (no '>', no `1`.) is the front, its quoted part under it, the code cell the back without its
    option line."""
    notes, skipped, _ = built_notes(tmp_path, {"solutions.md": TRIAL / "myst-quoted-solutions.md"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards[0] == (
        "Using a for loop print the types of the variables in each of the following iterables: 1 . iterable = (1, 2.5)",
        "for variable in (1, 2.5): print(type(variable))",
    )
    assert cards[1][0].startswith("Write a function that returns the square of a number")
    assert cards[1][1] == "def square(x): return x ** 2"
    assert skipped == []
    assert not any("nbval" in note_back(n) for n in notes)


def test_quoted_questions_unquotes_only_a_quote_numbered_as_its_label() -> None:
    """T47-9: the quote right under '## Question 2' numbered 2 is unquoted, its number off; a quote numbered otherwise,
    or under a heading that is no label, stays a quote; code is left alone."""
    from compiler.sources.markdown_blocks import quoted_questions

    text = "## Question 2\n\n> `2`. Write a function\n> that squares.\n\n> `1`. A part.\n\n## Question 3\n\n> `1`. Not its number.\n"
    assert quoted_questions(text) == (
        "## Question 2\n\nWrite a function\nthat squares.\n\n> `1`. A part.\n\n## Question 3\n\n> `1`. Not its number.\n"
    )
    assert quoted_questions("## Notes\n\n> `1`. A quote.\n") == "## Notes\n\n> `1`. A quote.\n"


# --- T47-13: a question's introduction before its list -----------------------------------------------------------------


def test_a_question_that_introduces_its_list_comes_before_it(tmp_path: Path) -> None:
    """T47-13 (low): ``<div class="question">`` / ``Describe in words what these regular expressions match: (read
    carefully …)`` / ``1. `^.*$` `` ``1. `"\\{.+\\}"` `` / ``<div class="answer">`` (R for Data Science's solutions).
    Before: the list was shown above the instruction that introduces it. Now the text in its order: the instruction,
    then its list."""
    notes, skipped, _ = built_notes(tmp_path, {"factors.Rmd": TRIAL / "heading-attrs.Rmd"})
    notes = [n for n in notes if note_front(n) != "Introduction"]  # (a card of its own beside the exercise: trial62 T62-1)
    assert [note_front(n) for n in notes] == [
        "Describe in words what these regular expressions match: (read carefully to see if I’m using a regular expression "
        'or a string.) ^.*$ "\\\\{.+\\\\}"'
    ]
    assert note_back(notes[0]).startswith("The answer to each part follows.")
    assert skipped == []
