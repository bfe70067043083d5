"""Thirteenth sitting, formats2: documents of formats2's formats nobody here had read (R/exams exercises as the R
package ships them, r-forge/exams pkg/exams/inst/exercises; LaTeX accents). Fixtures written here in their shapes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import deck_of

from compiler.build import build


def _built(tmp_path: Path, files: dict[str, str | Path], table: str = "") -> tuple[dict[str, dict], list[str]]:  # type: ignore[type-arg]
    """The built deck's notes by question, and every message said."""
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, files, table), out, formats=("json",), now=1_000)
    assert result.compiled is not None
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    notes = {n["fields"].get("Question") or n["fields"].get("Text"): n for n in manifest["notes"]}
    return notes, [d.text() for d in result.compiled.diagnostics.items]


GAUSS_MARKOV = """Question
========
Under the assumptions of the Gauss-Markov theorem the errors
of a linear regression model need to be:

Answerlist
----------
* independent
* uncorrelated
* normally distributed
* homoscedastic

Solution
========
They need to be uncorrelated and homoscedastic.

Meta-information
================
exname: Gauss-Markov assumptions
extype: mchoice
exsolution: 0101
"""


def test_an_rexams_choice_question_ending_in_a_colon(tmp_path: Path) -> None:
    """formats2 F2-11 (high): an mchoice exercise whose question ends with ':' (gaussmarkov.Rmd) was a basic card with a
    ☐/☑ checklist: two ticked boxes under a text that does not ask read as a done list. The exercise asks."""
    notes, _ = _built(tmp_path, {"gaussmarkov.Rmd": GAUSS_MARKOV})
    [note] = notes.values()
    assert note["kind"] == "multiple_choice" and note["fields"]["Correct"] == "B) uncorrelated<br>D) homoscedastic"


DERIV_TEMPLATE = """```{r data generation, echo = FALSE, results = "hide"}
a <- sample(2:9, 1)
res <- a * 2
```

Question
========
What is the derivative of $f(x) = x^{`r a`}$, evaluated at $x = 2$?

Solution
========
It is `r res`.

Meta-information
================
extype: num
exsolution: `r res`
exname: derivative
"""


def test_an_rexams_exercise_that_r_computes_is_named_not_read(tmp_path: Path) -> None:
    """formats2 F2-10 (high): most R/exams exercises are templates whose values R computes ('x^{`r a`}', 'exsolution:
    `r mchoice2string(sol)`'): their cards printed R code as question and answer. Such a file is one message naming
    the R code's line and saying how to get a file deckc reads; the rest is built."""
    notes, said = _built(tmp_path, {"deriv.Rmd": DERIV_TEMPLATE, "gaussmarkov.Rmd": GAUSS_MARKOV})
    assert len(notes) == 1
    assert any("deriv.Rmd:8" in s and "an R/exams exercise that R computes (`r a`)" in s and "exams2moodle" in s for s in said), said


SWISS_RNW = r"""<<echo=FALSE, results=hide>>=
cities <- c("Basel", "Bern")
@
\begin{question}
What is the seat of the federal authorities in Switzerland (i.e., the de facto capital)?
\begin{answerlist}
  \item Basel
  \item Bern
  \item Z\"urich
  \item St.~Gallen
\end{answerlist}
\end{question}

\begin{solution}
The de facto capital is Bern.
\begin{answerlist}
  \item False.
  \item True.
  \item False. Z\"urich is the largest city.
  \item False.
\end{answerlist}
\end{solution}

%% \exname{Swiss Capital}
%% \extype{schoice}
%% \exsolution{0100}
"""


def test_an_rexams_exercise_written_in_sweave(tmp_path: Path) -> None:
    """formats2 F2-12 (high): R/exams exercises written in LaTeX (.Rnw, half of the package's) were 'not read: deckc
    reads documents of these types only'. The question / solution / answerlist environments and the \\ex…{} lines
    (commented out with %% too) are read as the .Rmd form is; R chunks are left out. (Named in deck.toml here: an
    unlisted .Rnw is read once the lead's sourcefiles.py lists the suffix.)"""
    table = '[[source]]\nid = "swiss"\nfile = "sources/swisscapital.Rnw"\n'
    notes, _ = _built(tmp_path, {"swisscapital.Rnw": SWISS_RNW}, table)
    [note] = notes.values()
    fields = note["fields"]
    assert fields["Question"] == "What is the seat of the federal authorities in Switzerland (i.e., the de facto capital)?"
    assert fields["Correct"] == "B) Bern" and "St. Gallen" in fields["Options"]
    assert "The de facto capital is Bern." in fields["Explanation"] and "cities" not in json.dumps(fields)


def test_latex_accents_are_letters(tmp_path: Path) -> None:
    """formats2 F2-13 (medium): LaTeX's accents were printed as written ('S{\\~a}o Paulo', 'Z\\"urich', 'caf\\'e')."""
    from compiler.sources.tex import _inline

    assert _inline(r"S{\~a}o Paulo, Z\"{u}rich, caf\'e, Fran\c{c}ais, \textbf{na\"ive}, $\"x$") == 'São Paulo, Zürich, café, Français, **naïve**, $\\"x$'


QTI = Path(__file__).parent / "data" / "newuser" / "qti"  # instructure/qti spec/fixtures/items_1.2 (MIT), unchanged


def test_a_qti_question_stated_with_several_right_options(tmp_path: Path) -> None:
    """formats2 F2-14 (high): a Canvas 'multiple answers' question stated, not asked ('Multiple Answer pick A C and D',
    'Multiple Answers, Correct Answers: A, B, C'), was a basic card of ☐/☑ lines: several ticked boxes under a text that
    does not ask read as a done list. A quiz's question asks whatever its words; an option with no text is none."""
    notes, _ = _built(tmp_path, {"multiple_answer_canvas.xml": QTI / "multiple_answer_canvas.xml"})
    [note] = notes.values()
    assert note["kind"] == "multiple_choice" and note["fields"]["Correct"] == "A) A<br>C) C<br>D) D"


def test_a_quiz_file_of_nothing_deckc_reads_stops_no_build(tmp_path: Path) -> None:
    """formats2 F2-16 (severe): a QTI or Moodle file whose questions deckc reads none of (a stimulus passage, an upload
    question: instructure/qti's fixtures) was 'error: not a question bank: the Moodle export holds no question deckc
    reads' and nothing was written, the file not even listed. It is one warning naming why, the rest built."""
    notes, said = _built(tmp_path, {"stimulus.xml": QTI / "stimulus.xml", "answers.xml": QTI / "multiple_answer_canvas.xml"})
    assert len(notes) == 1
    assert any(s.startswith("sources/stimulus.xml:11: warning: not read: a quiz with no question deckc reads: 1 question not read (a description") for s in said), said


def test_a_qti_matching_question(tmp_path: Path) -> None:
    """formats2 F2-17 (high): a QTI matching question (each prompt its own <response_lid>, the answers its labels, the
    credited one per prompt in the scoring) was no card, its text given as XHTML elements inside <mattext> read as
    empty. Its pairs are the answer, a line each."""
    notes, _ = _built(tmp_path, {"matching.xml": QTI / "matching.xml"})
    note = notes["Match the statements with the correct type of microscope"]
    assert "Light Microscope → Magnify up to about 400 times." in note["fields"]["Answer"]
    assert "Electron Microscopes → Uses a beam of electrons." in note["fields"]["Answer"] and "distractor" not in note["fields"]["Answer"]


def test_an_nbgrader_task_is_the_question_its_solution_the_answer(tmp_path: Path) -> None:
    """formats2 F2-19 (high): an nbgrader notebook ('## Part A (2 points)' / the task / the solution cell: jupyter/nbgrader's
    own ps1/problem1.ipynb) gave cards whose front was 'Part A (2 points)' and whose back was the task, a question taught
    as an answer. A Markdown cell above a cell nbgrader marks as the solution states its task: the task is the question,
    the solution its answer, the heading its section."""
    notes, _ = _built(tmp_path, {"problem1.ipynb": Path(__file__).parent / "data" / "newuser" / "nbgrader" / "problem1.ipynb"})
    task = next(q for q in notes if q.startswith("Write a function that returns a list of numbers"))
    shown = re.sub(r"<[^>]+>", "", notes[task]["fields"]["Answer"])
    assert "def squares(n):" in shown and "raise ValueError" in shown and notes[task]["fields"]["Section"] == "Part A"
    assert "Part A (2 points)" not in notes and not any("Write a function" in n["fields"]["Answer"] for n in notes.values())
    equation = notes["Using LaTeX math notation, write out the equation that is implemented by your <code>sum_of_squares</code> function."]
    assert "\\sum_{i=1}^n i^2" in equation["fields"]["Answer"]


LESSON_RST = """Pandas
======

Exercises 1
^^^^^^^^^^^

.. challenge:: Exploring dataframes

    - Compute the mean age of the first 10 passengers by slicing and the ``mean`` method

.. solution::

    - Mean age of the first 10 passengers: ``titanic.iloc[:10,:]["Age"].mean()``

Exercises 2
^^^^^^^^^^^

.. exercise::
   :label: factorial

   Write a function that computes :math:`n!`.

   .. solution:: Here is one

      It is ``math.factorial``.

.. solution:: A solution under no exercise

   Stays a quote.
"""


def test_sphinx_exercises_and_their_solutions(tmp_path: Path) -> None:
    """formats2 F2-20 (high): sphinx-exercise / sphinx-lesson exercises ('.. challenge:: Title' or '.. exercise::' with a
    '.. solution::' after it or inside it: ENCCS and CodeRefinery lessons, QuantEcon, jupyter-book) made no card or a
    card of the section's heading with the task and the solution on its back. The exercise is the question (its title or
    first paragraph the heading, its text under it), the solution its answer."""
    notes, _ = _built(tmp_path, {"lesson.rst": LESSON_RST})
    backs = {re.sub(r"<[^>]+>", "", q): re.sub(r"<[^>]+>", "", n["fields"]["Answer"]) for q, n in notes.items()}
    dataframes = next(q for q in backs if "Exploring dataframes" in q or "Compute the mean age" in q)
    assert "titanic.iloc" in backs[dataframes] and "Compute the mean age" not in backs[dataframes]
    factorial = next(q for q in backs if "Write a function that computes" in q)
    assert "math.factorial" in backs[factorial] and len(notes) == 2  # (a solution under no exercise makes no card)
