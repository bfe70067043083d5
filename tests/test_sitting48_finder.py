"""Forty-eighth sitting, finder: findings of trial 48 (real public documents: Typst notes and exam packages, a LaTeX exam
class of a university's own, the Ultimate Geography deck as CrowdAnki JSON and Brain Brew sheets, JLPT lists, a quizdown
quiz in a web page, the Vue docs, Korean CS notes, Hands-On ML exercise solutions; docs/trials/trial48.md) fixed: an Anki
note whose answer is the front's own word is a card (T48-1); a quizdown quiz in a web page is a card per question
(T48-2); Typst exam packages' sub-questions and solutions (T48-3), quiz packages' choices (T48-4) and untitled
definitions' fronts (T48-5); a LaTeX exam class's own problem environment (T48-6); a Brain Brew header of spaced names
(T48-8); Typst maths a renderer showed wrong (T48-9); an HTML
heading inside an HTML block (T48-11); an Anki template's label before a field (T48-10); a
notebook step over a lead-in cell (T48-7); a drawing call inside Typst maths (T48-15)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial48"


# --- T48-1: an Anki note whose answer is the front's own word ----------------------------------------------------------


def test_a_note_whose_answer_repeats_its_front_is_a_card(tmp_path: Path) -> None:
    """T48-1 (high): a CrowdAnki deck of countries and capitals whose template shows the capital on the back
    (``Luxembourg`` / ``Luxembourg``, ``Singapore`` / ``Singapore``). Before: the back's only field was left out as a
    twin of the front, and the note was "question has no answer (write the answer in the note's second field in
    Anki)", a true fact dropped. Now its answer is that word, as the card in Anki shows it; the other notes unchanged."""
    notes, skipped, said = built_notes(tmp_path, {"capitals.json": TRIAL / "crowdanki-capitals.json"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert ("Luxembourg", "Luxembourg") in cards
    assert ("Singapore", "Singapore") in cards
    assert ("France", "Paris") in cards and ("Peru", "Lima") in cards
    assert ("Wales Constituent country of the United Kingdom.", "Cardiff") in cards
    assert skipped == []
    assert not any("has no answer" in s for s in said)


# --- T48-2: a quizdown quiz published in a web page ---------------------------------------------------------------------


def test_a_quizdown_quiz_in_a_web_page_is_a_card_per_question(tmp_path: Path) -> None:
    """T48-2 (high): quizdown-js's way of publishing a quiz, ``<div class="quizdown">`` holding the quiz's Markdown
    indented as the page is (``#### Which gas …?`` / ``> hint`` / ``1. [x] Nitrogen`` / ``- [x] Helium``). Before: one
    card ``Chemistry warm-up quiz`` whose back was the quiz's source, and the same page named ``index.html`` read as a
    two-column sheet. Now each question is a multiple-choice card keyed by its ``[x]`` options, its hint on the front,
    whatever the page's name."""
    page = TRIAL / "quizdown-page.html"
    for name in ("quiz.html", "index.html"):
        notes, skipped, said = built_notes(tmp_path / name, {name: page})
        cards = [(note_front(n), note_back(n), n["notetype"]) for n in notes]
        assert [c[0] for c in cards] == [
            "Hint Think of what plants do not breathe in. Which gas makes up most of the Earth's atmosphere?",
            "What is the chemical symbol of sodium?",
            "Select all correct answers: Which of these are noble gases?",
        ]
        assert [c[1] for c in cards] == ["A) Nitrogen", "B) Na", "A) Helium B) Neon"]
        assert {c[2] for c in cards} == {"deckc Multiple choice"}
        assert skipped == []
        assert not any("shuffleAnswers" in note_back(n) or "shuffleAnswers" in note_front(n) for n in notes)
        assert not any("not read" in s for s in said)


def test_a_quizdown_option_written_as_a_tag_keeps_its_tag(tmp_path: Path) -> None:
    """T48-2: an option that names an HTML tag (``1. [x] `<h1></h1>` ``) is read from the element's source, as
    quizdown-js reads it, so the option is ``<h1></h1>``, not an empty code span."""
    page = (TRIAL / "quizdown-page.html").read_text(encoding="utf-8")
    page = page.replace("1. [ ] So", "1. [ ] `<so></so>`")
    notes, _, _ = built_notes(tmp_path, {"quiz.html": page})
    sodium = next(n for n in notes if "sodium" in note_front(n))
    assert "<so></so>" in " ".join(sodium["fields"].get("Options", "").split()).replace("&lt;", "<").replace("&gt;", ">")


# --- T48-3, T48-4, T48-5: Typst exam packages and lecture notes ----------------------------------------------------------


def test_exam_package_sub_questions_are_cards_with_their_stem(tmp_path: Path) -> None:
    """T48-3 (high): g-exam's ``#g-question[A car starts …]`` / ``#g-subquestion(points: 2)[How fast …?]`` /
    ``#g-solution(alternative-content: v(1fr))[…]`` (a solution also inside its sub-question's brackets). Before: the
    stem was "text outside any question" and ``State Newton's third law.`` with its solution was the back of the
    unanswered sub-question before it (unsolved exams: "cannot tell this document's layout"). Now each sub-question is a
    card showing its stem, its solution the back; the one without a solution is "no answer"."""
    notes, skipped, said = built_notes(tmp_path, {"exam.typ": TRIAL / "exam-questions.typ"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    stem = "A car starts from rest and speeds up at a constant \\(2 \\text{m/s}^2\\)."
    assert cards == [
        (f"{stem} How fast is it going after 5 seconds?", "\\(v = a t = 2 \\cdot 5 = 10 \\text{m/s}\\)."),
        (f"{stem} How far has it travelled in those 5 seconds?", "\\(s = \\frac{1}{2} a t^2 = 25 \\text{m}\\)."),
        ("State Newton's third law.", "For every action there is an equal and opposite reaction."),
    ]
    assert len(skipped) == 1 and skipped[0]["question"].endswith("Which of Newton's laws explains why you are pushed back into your seat?")
    assert any(s.startswith("sources/exam.typ:28: warning: question has no answer") for s in said)
    assert not any("text outside any question" in s for s in said)


def test_unsolved_exam_package_questions_are_said_without_answers(tmp_path: Path) -> None:
    """T48-3: g-exam's questions with their sub-questions inside their brackets and no solutions (an exam to hand out)
    are questions without answers, said so, not "cannot tell this document's layout"."""
    exam = (
        "#import \"@preview/g-exam:0.4.0\": *\n\n#show: g-exam.with(school: (name: \"Riverside\"))\n\n"
        "#g-question(points: 2)[Calculate and simplify:\n  #g-subquestion[$5/12 dot 9/15$]\n  #v(1fr)\n\n"
        "  #g-subquestion[$10 dot 9/15$]\n  #v(1fr)\n]\n#pagebreak()\n\n"
        "#g-question(points: 2)[In a garden there are 20 red and 10 white rose bushes.\n"
        "  #g-subquestion[What fraction of the bushes is red?]\n  #v(1fr)\n]\n\n"
        "#g-question[Is 91 a prime number?]\n\n#g-solution[No: $91 = 7 dot 13$.]\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"exam.typ": exam})
    assert [(note_front(n), note_back(n)) for n in notes] == [("Is 91 a prime number?", "No: \\(91 = 7 \\cdot 13\\).")]
    assert [s["skipped"] for s in skipped] == ["no answer"] * 3  # (the two parts of the first question, the second's one)
    assert [s["line"] for s in skipped] == [6, 9, 15]
    assert not any("cannot tell" in s for s in said)


def test_quiz_package_choices_are_a_multiple_choice_card_and_comments_no_text(tmp_path: Path) -> None:
    """T48-4 (high): quest's ``+ Which organelle …?`` over ``#grid(columns: 4, [#choice Nucleus], …, [#correct-choice
    Mitochondrion], …)``, a ``// …`` comment above a ``#solution[…]``. Before: the question was "no answer" (its right
    choice marked) and the comment was on the next card's back. Now a multiple-choice card keyed by its marked choice;
    the comment is no text; the questions with a ``#solution`` are cards."""
    notes, skipped, _ = built_notes(tmp_path, {"quiz.typ": TRIAL / "quiz-choices.typ"})
    first = notes[0]
    assert note_front(first) == "Which organelle makes most of a cell's ATP?"
    assert first["notetype"] == "deckc Multiple choice" and note_back(first) == "C) Mitochondrion"
    assert [(note_front(n), note_back(n)) for n in notes[1:]] == [
        ("Describe what happens to a red blood cell placed in pure water.", "Water moves in by osmosis, the cell swells and bursts (haemolysis)."),
        ("Name the molecule that carries amino acids to the ribosome.", "Transfer RNA (tRNA)."),
        # (its table of blanks, the answers: T48-16, sitting 49; was "no answer")
        ("Complete the table: which way does each vessel carry blood?", "Vessel Carries blood Artery away from the heart Vein towards the heart"),
    ]
    assert not any("Space for the answer" in note_back(n) + note_front(n) for n in notes)
    assert skipped == []


def test_untitled_typst_definitions_are_named_by_their_term_or_section(tmp_path: Path) -> None:
    """T48-5 (high): ``#definition[Reflexive: $(a, a) in R$ …]`` under a section of several, a section's one
    definition, a ``#statement[…]`` after an example. Before: fronts ``Definition 3``, ``Definition 5`` … and the
    statement glued to the definition above. Now ``Definition (Reflexive)`` (its text after the colon the back), a
    section's one definition ``Definition 1: Inverse relation``, the statement a card of its own; an example stays on
    the back of the definition it illustrates."""
    notes, _, _ = built_notes(tmp_path, {"relations.typ": TRIAL / "relations.typ"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Definition (Reflexive)"].startswith("\\((a, a) \\in R\\) for all \\(a \\in A\\). Example 4 The relation")
    assert "Definition (Symmetric)" in cards
    assert "equivalence relation" not in cards["Definition (Symmetric)"]
    assert cards["Definition 1: Inverse relation"].startswith("The inverse relation")
    assert "Example 2 Let" in cards["Definition 1: Inverse relation"]
    assert cards["Statement 7: Properties of a relation on a set"].startswith("A relation on \\(A\\) is called an equivalence relation")
    assert not any(front.startswith("Example") for front in cards)


# --- T48-6: a LaTeX exam written with its own problem environment ---------------------------------------------------------


def test_an_exam_class_s_own_problem_environment_is_a_question_each(tmp_path: Path) -> None:
    """T48-6 (high): ``\\begin{ProblemDefinition}[Answer in full sentences.]`` … ``\\IfSolution \\Answer{…} \\fi`` …
    ``\\end{ProblemDefinition}`` three times, one with ``\\textit{This page intentionally left blank.}``, one with a
    list. Before: one card fronted "This page intentionally left blank" holding two problems, the first problem's
    ``\\IfSolution \\Answer{…}`` raw on a back. Now each problem is a question, its instruction shown over its text, the
    ``\\Answer{…}`` its back; the unsolved ones "no answer"; the blank-page notice no text."""
    notes, skipped, said = built_notes(tmp_path, {"quiz.tex": TRIAL / "problem-exam.tex"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Answer in full sentences. How many moles of water are in 36 grams of water?", "2 moles (the molar mass of water is 18 g/mol).")
    ]
    assert [s["line"] for s in skipped] == [30, 42]
    assert all(s["skipped"] == "no answer" for s in skipped)
    assert not any("intentionally" in str(s) for s in skipped) and not any("intentionally" in m for m in said)
    assert not any("IfSolution" in m or "\\Answer" in m for m in said)


# --- T48-8: a Brain Brew sheet whose column names hold a space --------------------------------------------------------------


def test_a_header_of_spaced_names_with_language_variants_is_a_header(tmp_path: Path) -> None:
    """T48-8 (medium): ``country,country info,country info:de,country info:fr,country info:es`` (Ultimate Geography's
    Brain Brew sheet). Before: the header row was a card (``country`` → ``country info country info:de …``) and each
    back ran the four languages together. Now the header names the columns: the English note the back, the other
    languages left out and said once, as for ``capital,capital:de``; a row with no English note "no answer"."""
    notes, skipped, said = built_notes(tmp_path, {"country-notes.csv": TRIAL / "country-notes.csv"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards[:2] == [("Wales", "Constituent country of the United Kingdom."), ("Greenland", "Constituent country in the Kingdom of Denmark.")]
    assert len(cards) == 4 and not any(front == "country" for front, _ in cards)
    assert [s["question"] for s in skipped] == ["United Kingdom"]
    assert any("3 columns ('country info:de', 'country info:fr', 'country info:es') hold the answer again in other languages" in s for s in said)


# --- T48-9: Typst maths a renderer shows wrong --------------------------------------------------------------------------------


def test_typst_brace_groups_are_raised_whole_and_symbol_names_known() -> None:
    """T48-9 (medium): ``$R^{-1}$`` (braces as LaTeX groups, which Typst shows as braces) and ``$R compose S$``.
    Before: ``R^\\{-1\\}`` (only the ``{`` raised, ``-1}`` on the line) and ``\\compose`` (a command no renderer knows,
    shown red). Now the group is raised whole and ``compose`` is ``\\circ``; other leftovers of Typst's symbol names
    (``sect``, ``angle.l``) and its ``percent`` (TeX's comment sign) likewise."""
    from compiler.sources.typst import convert_typst

    text = convert_typst(["$R^{-1} = {(b, a) | (a, b) in R}$ and $R compose S$, $A sect B$, $angle.l x angle.r$, $50 percent$"]).text
    assert "R^{\\{-1\\}} = \\{(b, a) | (a, b) \\in R\\}" in text
    assert "R \\circ S" in text and "A \\cap B" in text and "\\langle x \\rangle" in text and "50 \\%" in text
    assert "\\compose" not in text and "\\sect" not in text


# --- T48-11: an HTML heading inside an HTML block of a Markdown page ------------------------------------------------------


def test_an_html_heading_inside_a_div_block_is_no_literal_markdown(tmp_path: Path) -> None:
    """T48-11 (medium): a style guide's ``<div class="style-example style-example-bad">`` / ``<h3>Bad</h3>`` / a fenced
    example / ``</div>`` under each rule heading. Before: the heading became ``### Bad``, printed as such on every back
    (Markdown is not read inside an HTML block). Now it stays the heading it is: the back shows ``Bad`` over its
    example, never ``###``; a ``<h3>`` line outside any HTML block still reads as a heading."""
    notes, _, _ = built_notes(tmp_path, {"rules.md": TRIAL / "style-rules.md"})
    first = notes[0]["fields"]["Answer"]
    assert "###" not in first
    assert "<h3>Bad</h3>" in first and "<h3>Good</h3>" in first
    page = "# Questions\n\n<h3>What is a component?</h3>\n\nA reusable piece of a page.\n"
    notes, _, _ = built_notes(tmp_path / "outside", {"faq.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [("What is a component?", "A reusable piece of a page.")]


# --- T48-10: an Anki template's own label before a field -----------------------------------------------------------------


def test_a_template_label_before_a_front_field_is_kept(tmp_path: Path) -> None:
    """T48-10 (medium): the ``Capital > Country`` template's front ``{{Capital}}`` / ``<div class="info">Hint: {{Capital
    hint}}</div>``. Before: ``Cardiff Constituent country``, the hint run into the capital. Now the template's label is
    kept: ``Cardiff Hint: Constituent country``."""
    notes, _, _ = built_notes(tmp_path, {"capitals.json": TRIAL / "crowdanki-capitals.json"})
    reverse = next(n for n in notes if note_front(n).startswith("Cardiff"))
    assert note_front(reverse) == "Cardiff Hint: Constituent country"
    assert note_back(reverse).startswith("Wales")


# --- T48-7: a notebook exercise's lettered steps ----------------------------------------------------------------------------


def test_a_notebook_step_whose_code_follows_a_lead_in_cell_is_a_card(tmp_path: Path) -> None:
    """T48-7 (medium): an exercise's steps as cells, ``a. Load the wine dataset …`` / ``We keep the data as a
    DataFrame:`` / its code, then ``b. Split it …`` / its code … (Hands-On ML's exercise solutions). Before: step a and
    its code were the back of the exercise's own line (in the book's notebook, the lead-in and code the front of step
    b). Now every step is a card, the lead-in line over its code on the back."""
    notes, _, _ = built_notes(tmp_path, {"steps.ipynb": TRIAL / "exercise-steps.ipynb"})
    cards = [(note_front(n), note_back(n)) for n in notes]
    lead = "Exercise: train and tune a k-NN classifier on the wine dataset. "  # (the exercise's line over each: sitting 49)
    assert [front for front, _ in cards] == [
        lead + "a. Load the wine dataset with load_wine() .",
        lead + "b. Split it into a training set and a test set with train_test_split() .",
        lead + "c. Use a grid search to find a good value of n_neighbors .",
        lead + "d. Measure the best model's accuracy on the test set.",
    ]
    assert cards[0][1].startswith("We keep the data as a DataFrame:") and "load_wine(as_frame" in cards[0][1]
    assert "train_test_split(X, y" in cards[1][1]


def test_a_code_call_drawn_inside_typst_maths_is_no_formula_text() -> None:
    """T48-15 (medium, found building the trial's maths deck): an example's display formula holding a drawing call
    before its matrix (``$ #raw-render(```graph { … }```) mat(0, 1; 1, 0) $``). Before: ``\\#raw - \\render( ` ` ` \\graph\\{
    …`` in the formula, which the cheat sheet could not typeset. Now the call is left out and the matrix converted."""
    from compiler.sources.typst import convert_typst

    lines = ["#example[The adjacency matrix is:", "  $", "  #raw-render(", "    ```", "    graph {", "      a -- b", "    }",
             "    ```)", "  mat(0, 1; 1, 0)", "  $", "]"]  # fmt: skip
    text = convert_typst(lines).text
    assert "\\begin{pmatrix}" in text and "0 & 1" in text
    assert "render" not in text and "\\graph" not in text


def test_a_tabular_star_with_listings_in_its_cells_is_a_table_on_the_front(tmp_path: Path) -> None:
    """T48-6 (rest): ``\\begin{tabular*}{1.0\\textwidth}{|p{…}|p{…}|}`` rows ended by ``\\tabularnewline``, a
    ``lstlisting`` in each first cell (a 'predict the output' problem). Before: ``{1.0\\textwidth}{ | p{\\dimexpr …`` and
    ``\\hline … \\tabularnewline`` printed, the listings' markers raw. Now a table of the fragments on the problem's front
    (the problem unsolved: "no answer")."""
    exam = "\n".join([
        "\\documentclass{school_exam}", "\\begin{document}",
        "\\begin{ProblemDefinition}[Predict the output of each fragment.]", "",
        "\\begin{tabular*}{1.0\\textwidth}{ | p{0.5\\linewidth} | p{0.5\\linewidth} | }", "\\hline",
        "\\textbf{Fragment} & \\textbf{Output} \\tabularnewline \\hline", "\\begin{lstlisting}", "print(1 + 1)",
        "\\end{lstlisting}", "& \\tabularnewline \\hline", "\\end{tabular*}", "", "\\end{ProblemDefinition}", "",
        "\\begin{ProblemDefinition}", "What is $2 + 2$?", "\\IfSolution", "\\Answer{4}", "\\fi", "\\end{ProblemDefinition}",
        "\\end{document}",
    ])  # fmt: skip
    from compiler.sources.tex import convert_tex

    assert "| **Fragment** | **Output** |\n|---|---|\n| `print(1 + 1)` |  |" in convert_tex(exam.split("\n")).text
    notes, skipped, said = built_notes(tmp_path, {"quiz.tex": exam})
    assert [(note_front(n), note_back(n)) for n in notes] == [("What is \\(2 + 2\\)?", "4")]
    assert len(skipped) == 1 and skipped[0]["skipped"] == "no answer"
    assert not any("tabularnewline" in m or "hline" in m or "dimexpr" in m for m in said)
