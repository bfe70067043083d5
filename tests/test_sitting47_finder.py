"""Forty-seventh sitting, finder: findings of trial 47 (real public documents: AWS practice exams, learnr tutorials,
R for Data Science exercise solutions, a bookdown statistics course, a Quarto shell course, a MyST engineering course,
the SQLAlchemy FAQ in reStructuredText; docs/trials/trial47.md) fixed: list entries typed with a tab after their bullet
are list entries, never two-column rows (T47-3); a MyST exercise's numbered tasks with their solutions in dropdowns
numbered like them are a card each, its figures pictures (T47-1)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

from compiler.sources.directives import directives
from compiler.sources.lines import field_pairs

TRIAL = Path(__file__).parent / "data" / "trials" / "trial47"


# --- T47-3: list entries typed with a tab after the marker -------------------------------------------------------------


def test_tab_bullets_read_as_the_same_notes_typed_with_spaces(tmp_path: Path) -> None:
    """T47-3 (high): ``-⇥The 1st line gives …`` / ``    *⇥The calculated t-value …`` (a statistics course's notes, typed
    with a tab after each bullet, as Word and some R Markdown editors write them). Before: read as 'term<TAB>definition'
    rows: cards whose front was ``-`` or ``*``, "question has no answer (write the answer in the second column)" for the
    paragraphs, and the deck merged different facts for their equal fronts. Now the page reads exactly as the same page
    typed with spaces: its heading's notes said as text outside, its question a card."""
    tabs = (TRIAL / "tab-lists.txt").read_text(encoding="utf-8")
    assert "-\tThe 1st line" in tabs
    spaces = tabs.replace("-\t", "- ").replace("*\t", "* ")
    notes, skipped, said = built_notes(tmp_path / "tabs", {"notes.txt": tabs})
    same, same_skipped, same_said = built_notes(tmp_path / "spaces", {"notes.txt": spaces})
    assert [(note_front(n), note_back(n)) for n in notes] == [(note_front(n), note_back(n)) for n in same]
    assert [note_front(n) for n in notes] == ["What is a p-value?"]
    assert skipped == same_skipped == []
    assert said == same_said
    assert not any("second column" in s for s in said)
    assert any(s.startswith("sources/notes.txt:5: warning: text outside any question") for s in said)


def test_field_pairs_takes_no_bullet_for_a_term() -> None:
    """T47-3: the detector of 'term<TAB>definition' exports counts no row whose first cell is a bullet or a list number
    alone; real tab rows (a word and its meaning) are still pairs."""
    bullets = ["-\tThe 1st line gives the name", "-\tThe 4th line states the hypothesis", "1.\tThe sample is normal", "2)\tEach point is independent"]
    assert field_pairs(bullets) is None
    assert field_pairs(["le chat\tthe cat", "le chien\tthe dog", "la maison\tthe house"]) == ("\t", 3)


# --- T47-1: MyST tasks with numbered solution dropdowns ---------------------------------------------------------------


def test_myst_tasks_with_numbered_solution_dropdowns_are_a_card_each(tmp_path: Path) -> None:
    """T47-1 (high): ``Given the following beam:`` / ```` ```{figure} figures/beam.svg ```` with ``:align: center`` /
    ``1. Find …`` ``2. …`` ``3. …`` / ````` ````{admonition} Solution assignment 1 ````` (``:class: tip, dropdown``) …
    one per task (a Jupyter Book mechanics course). Before: one card of the heading, every task and solution glued,
    ``:align: center`` printed. Now a card per task, its lead-in before it and the box of its number its back."""
    notes, skipped, said = built_notes(tmp_path, {"myst-solutions.md": TRIAL / "myst-solutions.md"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards == [
        ("Given the following beam: Find the vertical support reaction in \\(\\text{A}\\)", "\\(A_\\text{v} = 15 \\text{ kN}\\) (↑)"),
        ("Given the following beam: Find the bending moment at midspan", "\\(M = 45 \\text{ kNm}\\) the largest moment of the beam"),
        ("Given the following beam: Find the shear force just right of \\(\\text{B}\\)", "\\(V = -15 \\text{ kN}\\)"),
    ]
    assert skipped == []
    assert not any(":align:" in front + back for front, back in cards)
    assert any(s.startswith("sources/myst-solutions.md:13: warning: text outside any question") for s in said)  # (the figure)


def test_numbered_answer_boxes_in_a_row_are_one_toggle_of_numbered_answers() -> None:
    """T47-1: the rewrite. Boxes titled as the answer to a numbered task, numbered in turn with only blank lines between
    them, are one answers toggle keyed by their numbers (their option lines gone); one such box alone stays a box; a
    figure directive is the picture it shows. Line count kept."""
    text = "\n".join(
        [
            "```{figure} img/a.svg",
            ":align: center",
            "A beam",
            "```",
            "1. Find A",
            "2. Find B",
            "",
            "```{admonition} Solution 1",
            ":class: tip, dropdown",
            "A = 1 kN",
            "```",
            "",
            "```{admonition} Solution 2",
            ":class: dropdown",
            "B = 2 kN",
            "```",
        ]
    )
    out = directives(text).split("\n")
    assert len(out) == 16
    assert out[0] == "![A beam](img/a.svg)" and out[1:4] == ["", "", ""]
    assert out[7] == "<details><summary>Solutions</summary>**1.** A = 1 kN" and out[12] == "**2.** B = 2 kN" and out[15] == "</details>"
    alone = "```{admonition} Solution 1\n:class: dropdown\nA = 1 kN\n```"
    assert "<details>" not in directives(alone) and '!!! admonition "Solution 1"' in directives(alone)


# --- T47-6: troubleshooting FAQ headings that state the problem -------------------------------------------------------


def test_troubleshooting_headings_that_state_the_problem_are_questions(tmp_path: Path) -> None:
    """T47-6 (medium): an FAQ in reStructuredText whose entries mostly ask (``How do I …?``) and some state the problem
    (``I'm re-reading rows … but it doesn't see changes …``, ``"Server has gone away"``, ``I'm getting a warning about
    …``), as the SQLAlchemy FAQ does. Before: such entries were skipped "a statement heading among question headings"
    or, first on the page, "text outside any question". Now each is a card with its answer."""
    notes, skipped, said = built_notes(tmp_path, {"faq.rst": TRIAL / "troubleshooting-faq.rst"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert len(backs) == 12 and skipped == []
    assert backs["I'm re-reading rows with my Session but it doesn't see changes committed elsewhere"].startswith("The session acts as though")
    assert backs['"Server has gone away"'].startswith("The server closed the connection")
    assert backs['I\'m getting a warning about "Implicitly combining column X under attribute Y"'].startswith("Two columns of the same name")
    assert not any("text outside any question" in s or "not read as a question" in s for s in said)


def test_problem_heading_knows_a_stated_problem_from_a_topic() -> None:
    """T47-6: a quoted error message or a first-person report of something wrong is a problem to fix; a topic, a
    first-person heading that reports nothing wrong and a plain statement are not."""
    from compiler.sources.lines import problem_heading

    assert problem_heading('"MySQL Server has gone away"')
    assert problem_heading('"Commands out of sync; you can\'t run this command now" / "This result object does not return rows."')
    assert problem_heading("I am using multiple connections with a SQLite database, and my test program is not working!")
    assert problem_heading("I'm calling Session.delete(myobject) and it isn't removed from the parent collection!")
    for topic in ("How to contribute", "License", "My favourite shortcuts", "I/O basics", "Installing on Windows", '"Hello, World"'):
        assert not problem_heading(topic), topic


# --- T47-5: learnr exercises with their solution chunks ---------------------------------------------------------------


def test_learnr_exercises_with_solution_chunks_are_a_card_each(tmp_path: Path) -> None:
    """T47-5 (high): ``Use the code chunks below to select … the columns that`` / ``1. Hold the name and the height`` /
    an indented ```` ```{r selectex1, exercise = TRUE} ```` box / ```` ```{r selectex1-solution} ```` … (learnr's
    tutorials), a ``<div id="selectex2-hint">`` under one. Before: no card for the tasks ("text outside any question";
    in the tutorial one card holding all six tasks and solutions, the hints' ``**Hint:**`` printed raw). Now each task a
    card, its solution chunk the back, its hint after the code."""
    notes, _, said = built_notes(tmp_path, {"select.Rmd": TRIAL / "learnr-exercises.Rmd"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["Hold the name and the height"] == "select (starwars, name, height)"
    assert backs['Start with the letter "s"'] == 'select (starwars, starts_with ( "s" )) Hint: This is a good case for the starts_with() helper.'
    assert backs["Are not lists"] == "select (starwars, ! where (is.list))"
    assert "**" not in " ".join(backs.values())
    assert not any("text outside any question" in s for s in said)


def test_an_indented_chunk_that_is_no_learnr_exercise_stays_as_written() -> None:
    """T47-5: only learnr's exercise and solution chunks are read inside a list entry; an indented ``{r, eval = FALSE}``
    chunk in a tip stays the text it was (the tutorial's 'Common mistakes' tips were read as questions otherwise)."""
    from compiler.sources.converted import knitr_markdown

    text = knitr_markdown(["1. A tip with code:", "", "    ```{r, eval = FALSE}", "    x %in% y", "    ```", ""]).text
    assert "```{r, eval = FALSE}" in text
    made = knitr_markdown(["1. Task", "", "    ```{r ex1, exercise = TRUE}", "", "    ```", "    ```{r ex1-solution}", "    f(x)", "    ```"]).text
    assert "exercise = TRUE" not in made and "    <details><summary>Solution</summary>" in made and "    f(x)" in made


# --- T47-7: Sphinx roles ----------------------------------------------------------------------------------------------


def test_sphinx_roles_show_their_text_not_their_target_syntax(tmp_path: Path) -> None:
    """T47-7 (medium): ``:meth:`.Session.commit``` and a bare ``:ref:`filtered_query_recipe``` (the SQLAlchemy FAQ).
    Before: ``.Session.commit()`` and ``filtered_query_recipe``. Now the method without Sphinx's leading dot and the
    label's words (the section it names is not in the file)."""
    notes, _, _ = built_notes(tmp_path, {"faq.rst": TRIAL / "sphinx-roles.rst"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["How do I make a Query that always adds a certain filter?"] == "See the recipe at filtered query recipe."
    assert backs["Why isn't my __init__() called when I load objects?"] == "See mapped class load events for a description of this behavior."
    faq, _, _ = built_notes(tmp_path / "faq", {"faq.rst": TRIAL / "troubleshooting-faq.rst"})
    reload = next(note_back(n) for n in faq if note_front(n).startswith("I'm re-reading rows"))
    assert "Session.commit()" in reload and ".Session.commit()" not in reload and "see session expire for detail" in reload


# --- T47-14: an explanation's own label -------------------------------------------------------------------------------


def test_an_explanation_label_under_the_key_is_no_text_of_the_explanation(tmp_path: Path) -> None:
    """T47-14 (low): ``Correct Answer: BD`` / ``Explanation:`` / its points, in an answer toggle under the options (AWS
    practice exams kept as Markdown). Before: the card's explanation opened with its own label, shown under the card's
    "Explanation" heading ("Explanation: Explanation: …"). Now the label is gone, the points kept; both keys read."""
    notes, _, _ = built_notes(tmp_path, {"exam.md": TRIAL / "cloud-exam.md"})
    first, second = notes
    assert note_back(first) == "B) AWS CloudTrail."
    assert note_back(second) == "B) Delivering content closer to users D) Caching responses to reduce load on the origin"
    why = plain_text(second["fields"]["Explanation"])
    assert why.startswith("A content delivery network serves content") and "Explanation" not in why


# --- T47-11: a page title's Pandoc attributes --------------------------------------------------------------------------


def test_a_page_titles_pandoc_attributes_are_no_part_of_its_title(tmp_path: Path) -> None:
    """T47-11 (low): ``# Factors {#factors .r4ds-section}`` (bookdown), ``# Frequently asked questions {.unnumbered}``
    (Quarto). Before: the printed ``[[source]]`` table said ``title = "Factors {#factors .r4ds-section}"`` and the cards
    and cheat sheet carried it. Now the title is its words; braces that are words stay."""
    from compiler.sources.suggest import document_title

    _, _, said = built_notes(tmp_path, {"factors.Rmd": TRIAL / "heading-attrs.Rmd"})
    assert any('title = "Factors"\n' in s for s in said)
    assert document_title("faq.md", ["# Frequently asked questions {.unnumbered}", "", "text"]) == "Frequently asked questions"
    assert document_title("t.md", ["# One-sample t-test {#cs1-one-sample}", "", "text"]) == "One-sample t-test"
    assert document_title("s.md", ["# Sets {A, B}", "", "text"]) == "Sets {A, B}"


# --- T47-10: learnr text and numeric questions --------------------------------------------------------------------------


def test_learnr_text_and_numeric_questions_are_cards(tmp_path: Path) -> None:
    """T47-10 (medium): ``question_text("Which dplyr verb keeps only some rows?", answer("filter", correct = TRUE),
    answer("filter()", correct = TRUE))`` and ``question_numeric("…", answer(3.14, correct = TRUE))`` (learnr). Before:
    no card and no message. Now a card each: the first right answer the back, the others also accepted."""
    notes, _, _ = built_notes(tmp_path / "text", {"select.Rmd": TRIAL / "learnr-exercises.Rmd"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["Which dplyr verb keeps only some rows?"] == "filter Also accepted: filter()"
    numeric = "```{r pi, echo = FALSE}\nquestion_numeric(\n  \"What is pi rounded to 2 digits?\",\n  answer(3, message = \"Too few digits\"),\n  answer(3.14, correct = TRUE),\n  allow_retry = TRUE\n)\n```\n"
    made, _, _ = built_notes(tmp_path / "numeric", {"pi.Rmd": "---\ntitle: Pi\n---\n\n## Numbers\n\n" + numeric})
    assert [(note_front(n), note_back(n)) for n in made] == [("What is pi rounded to 2 digits?", "3.14")]
