"""Forty-sixth sitting, finder: findings of trial 46 (real public documents: an Obsidian vault of maths notes, the
OpenLogic textbook in LaTeX, JavaGuide's Chinese database questions, pandas exercise notebooks, Software Carpentry
lessons, Moodle GIFT tests, Logseq's documentation, the JBang FAQ; docs/trials/trial46.md) fixed: inline maths wrapped
over a line break is one formula (T46-1); an Obsidian question callout with its options and a nested answer callout is
a multiple-choice card keyed by the options it repeats (T46-2); an untitled LaTeX definition is fronted by the terms it
defines and repeated statement labels are numbered, never merged for their label (T46-4); numbered step headings in a
row are two items (T46-5); a LaTeX exercise without a solution is one question said to have no answer (T46-3); an
untitled question callout is fronted by its question alone (T46-12); a bold restatement of a heading's question
inside its answer is part of that answer (T46-10); an Org outline written as headlines is read as one (T46-8); a
LaTeX project's own section and label commands and emphasis over maths are read (T46-9);
a query's result table is no grid of word forms (T46-6)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.dollars import rejoined_maths
from compiler.sources.lines import counted_pair
from compiler.sources.tex import _SECTION

TRIAL = Path(__file__).parent / "data" / "trials" / "trial46"


# --- T46-1: inline maths wrapped over a line break --------------------------------------------------------------------


def test_a_formula_wrapped_over_a_line_break_is_one_formula_in_markdown_and_latex(tmp_path: Path) -> None:
    """T46-1 (high): ``… to let $h(y) =`` / ``g(y, y)$. This shows that $h$ …`` (OpenLogic's LaTeX, pandoc Markdown).
    Before: the dollars were paired line by line, ``$. This shows that $`` typeset as the formula and the two halves
    printed with their dollars (``\\(h(y) = g(y, y)\\$. This shows that \\$h\\)``). Now the wrapped formula is one."""
    notes, _, _ = built_notes(tmp_path / "md", {"wrapped-math.md": TRIAL / "wrapped-math.md"})
    latex, _, _ = built_notes(tmp_path / "tex", {"wrapped-math.tex": TRIAL / "wrapped-math.tex"})
    backs = {note_front(n): note_back(n) for n in notes + latex}
    md = backs["How is h shown to be primitive recursive?"]
    assert "to let \\(h(y) = g(y, y)\\). This shows that \\(h\\) is built" in md and "$" not in md
    agree = backs["When do two valuations agree on a formula?"]
    assert agree == "When they agree on the variables in \\(A\\), i.e., \\(v_1(p_n) = v_2(p_n)\\) whenever \\(p_n\\) occurs in \\(A\\)."
    tex = backs["How is \\(h\\) shown to be primitive recursive?"]
    assert "to let \\(h(y) = g(y, y)\\). This shows that \\(h\\) is built" in tex and "\\(. This" not in tex


def test_rejoined_maths_moves_the_closing_part_up_and_keeps_the_lines() -> None:
    """T46-1: the rewrite. The closing part of a wrapped formula and what is glued to it ('$.') move up to the line that
    opened it; a price, a line it would empty, code and a span without TeX stay as written; the line count is kept."""
    lines = ["let $h(y) =", "  g(y, y)$. So $h$ is.", "", "costs $5 and", "more $6 later", "`a $b` $x =", "y$"]
    assert rejoined_maths(lines) == ["let $h(y) = g(y, y)$.", "  So $h$ is.", "", "costs $5 and", "more $6 later", "`a $b` $x =", "y$"]
    assert rejoined_maths(["in $a_1 =", "b$ and $c$ too"], [True, True]) == ["in $a_1 =", "b$ and $c$ too"]  # (a code fence)


# --- T46-2: an Obsidian question callout with a nested answer callout ------------------------------------------------


def test_an_obsidian_question_callout_with_a_nested_answer_is_a_multiple_choice_card(tmp_path: Path) -> None:
    """T46-2 (high): ``> [!question] Which …?`` / ``> a) …`` … / ``> > [!success]- Answer`` / ``> > a) …`` / ``> > d) …``
    / the explanation (lextoumbourou/notes). Before: the question was "question has no answer" and its options the
    front of another card. Now the title is the question, the lettered lines its options, the options the answer
    callout repeats its keys (both), the rest the explanation."""
    notes, skipped, said = built_notes(tmp_path, {"callout-quiz.md": TRIAL / "callout-quiz.md"})
    cards = {note_front(n): n for n in notes}
    statement = cards["Which of these is a statement?"]
    assert statement["fields"]["Options"].count("<li") == 4
    assert note_back(statement) == "A) Paris is in France. D) \\(2 \\times 3 = 7\\)"
    assert statement["fields"]["Explanation"].startswith("<p>Only (a) and (d) make a claim")
    assert note_back(cards["Which formula gives the average acceleration?"]) == "A) \\(\\frac{\\Delta v}{\\Delta t}\\)"
    assert not [s for s in skipped if s["skipped"] == "no answer"]
    assert not any("question has no answer" in m for m in said)


def test_an_untitled_question_callout_is_fronted_by_its_question_alone(tmp_path: Path) -> None:
    """T46-12 (low): ``> [!question]`` / ``> Which planet is closest to the Sun?`` / ``> 1. [ ] Venus`` / ``> 2. [x]
    Mercury``. Before: the front was 'Question Which planet …?' (the callout's type glued on). Now the question alone."""
    notes, _, _ = built_notes(tmp_path, {"callout-quiz.md": TRIAL / "callout-quiz.md"})
    planet = next(n for n in notes if "Sun" in note_front(n))
    assert note_front(planet) == "Which planet is closest to the Sun?"
    assert note_back(planet) == "B) Mercury"


# --- T46-3 and T46-4: LaTeX exercises without a solution, untitled definitions and propositions ---------------------------------------------------------------------


def test_a_latex_exercise_without_a_solution_is_one_question_said_to_have_no_answer(tmp_path: Path) -> None:
    """T46-3 (high): ``\\begin{prob}`` For each of the following formulas determine … ``\\begin{enumerate}`` two
    formulas ``\\end{enumerate}`` ``\\end{prob}`` and no solution (OpenLogic). Before: a card whose back was the
    problem's own list of formulas. Now the problem with its list is one question, said (file:line) to have no answer."""
    notes, skipped, said = built_notes(tmp_path, {"theorems.tex": TRIAL / "theorems.tex"})
    unanswered = next(s for s in skipped if s["question"].startswith("For each of the following"))
    assert unanswered["skipped"] == "no answer" and unanswered["line"] == 28
    assert "1. \\(p_0 \\lif (\\lnot p_1 \\lif \\lnot p_0)\\). 2. \\((p_0 \\liff p_1)" in unanswered["question"]
    assert not any(note_front(n).startswith("For each of the following") for n in notes)
    assert any("theorems.tex:28: warning: question has no answer" in m for m in said)


def test_untitled_definitions_are_fronted_by_their_terms_and_repeated_labels_numbered(tmp_path: Path) -> None:
    """T46-4 (high): OpenLogic's ``\\begin{defn}`` / ``\\begin{prop}`` with no title. Before: fronts 'Definition' and
    'Proposition' ("the same question as line 8"), and two different definitions merged automatically (score 1.00). Now a
    definition names the terms it sets in emphasis, and statements said twice under one label are numbered."""
    notes, _, said = built_notes(tmp_path, {"theorems.tex": TRIAL / "theorems.tex"})
    fronts = [note_front(n) for n in notes]
    assert "Definition (primitive recursion from \\(f\\) and \\(g\\))" in fronts
    assert "Definition (composition from \\(f\\) and \\(g_0\\), …, \\(g_{k-1}\\))" in fronts
    assert "Proposition 1: Primitive Recursive Functions" in fronts and "Proposition 2: Primitive Recursive Functions" in fronts
    assert not any(f in ("Definition", "Proposition", "Proposition: Primitive Recursive Functions") for f in fronts)
    assert not any("the same question as line" in m for m in said)


def test_a_projects_own_section_and_label_commands_and_emphasis_over_maths_are_read(tmp_path: Path) -> None:
    """T46-9 (medium): OpenLogic's ``\\olsection{…}`` and ``\\ollabel{…}`` (defined in the project's .sty, not in the
    file) and ``\\emph{primitive recursion from $f$ and $g$}``. Before: the section was text outside any question, the
    label and the emphasis printed raw on the cards. Now the section is the cards' section, the label no text, the
    emphasis italics around its maths; an example after an exercise is a card of its own."""
    notes, _, _ = built_notes(tmp_path, {"theorems.tex": TRIAL / "theorems.tex"})
    cards = {note_front(n): n for n in notes}
    primitive = cards["Definition (primitive recursion from \\(f\\) and \\(g\\))"]
    assert primitive["items"][0]["section"] == ["Primitive Recursive Functions"]
    back = note_back(primitive)
    assert back.startswith("Suppose \\(f\\) is a \\(k\\)-place function") and "\\ollabel" not in back and "\\emph" not in back
    assert "<em>primitive recursion from" in primitive["fields"]["Answer"]
    assert note_back(cards["Example: Primitive Recursive Functions"]).startswith("Here is a first primitive recursive definition")


def test_a_projects_own_section_command_keeps_the_standard_ones_levels() -> None:
    """T46-9: '\\olsection' is a section, '\\olsubsection' a subsection; '\\subsection' stays a subsection (never a
    section with 'sub' read as a project's prefix)."""
    kinds = [_SECTION.match(s).group("kind") for s in (r"\subsection{A}", r"\subsubsection{B}", r"\olsection{C}", r"\olsubsection{D}")]  # type: ignore[union-attr]
    assert kinds == ["subsection", "subsubsection", "section", "subsection"]


# --- T46-8: an Org outline written as headlines -----------------------------------------------------------------------


def test_an_org_outline_written_as_headlines_answers_each_question_by_its_deeper_headlines(tmp_path: Path) -> None:
    """T46-8 (medium): Logseq's Org pages write every block as a headline (``* *Is the app free? …?*`` / ``** *In short:
    …*`` / ``** *What does the sync service add?*`` / ``*** Syncing through our own storage``). Before: "no note", each
    question "without an answer". Now the deeper headlines are the answer's entries."""
    notes, skipped, _ = built_notes(tmp_path, {"outline-faq.org": TRIAL / "outline-faq.org"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert len(backs) == 4 and not skipped
    free = backs["Is the app free? Do you plan to charge for it?"]
    assert free.startswith("In short: the app is free, the sync service is not.") and "Editing together in real time" in free
    assert backs["Why was the app written in Clojure?"] == "Answered on the forum: its data model fits an outliner well."


# --- T46-6: a query's result table ---------------------------------------------------------------------------------


def test_a_querys_result_table_is_no_grid_of_word_forms(tmp_path: Path) -> None:
    """T46-6 (medium): a SQL lesson's result table ``| person | count(reading) | round(avg(reading), 2) |`` over ``| dyer |
    2 | 8.81 |`` … (Software Carpentry). Before: read as an inflection grid for its 'person' column, 8 cards
    'count(reading) — dyer' → '2'. Now no card: columns named by code and cells of numbers are no word forms."""
    notes, _, _ = built_notes(tmp_path, {"lesson-sql.md": TRIAL / "lesson-sql.md"})
    assert not [n for n in notes if "—" in note_front(n)]
    assert len(notes) == 2  # (the two challenges)


# --- T46-10: a bold restatement of the heading's question ------------------------------------------------------------


def test_a_bold_restatement_of_the_headings_question_is_part_of_its_answer(tmp_path: Path) -> None:
    """T46-10 (medium): ``### Why did Redis not use several threads before 6.0?`` / two paragraphs / ``**So why did Redis
    not use several threads before 6.0?** I see three reasons:`` / the reasons (JavaGuide, in Chinese with '那 …？').
    Before: the heading's card held the preamble only and the reasons were a second card of the same question. Now the
    restatement and the reasons are the heading's answer, one card."""
    notes, _, _ = built_notes(tmp_path, {"restated-question.md": TRIAL / "restated-question.md"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert sorted(backs) == ["What changed in Redis 6.0?", "Why did Redis not use several threads before 6.0?"]
    why = backs["Why did Redis not use several threads before 6.0?"]
    assert why.startswith("Redis is said to be single-threaded") and "Redis is bound by memory and network" in why


# --- T46-5: numbered step headings in a row ---------------------------------------------------------------------------


def test_numbered_step_headings_in_a_row_are_two_items(tmp_path: Path) -> None:
    """T46-5 (medium): ``### Step 4. Select only the goals column.`` (its output too long for a card) over ``### Step 5.
    How many teams took part?`` / ``16`` (pandas_exercises' solution notebooks). Before: one front 'Step 4. … Step 5. …?'
    answered 16. Now Step 5 is a card of its own and Step 4 is said to have no answer."""
    notes, skipped, said = built_notes(tmp_path, {"steps.md": TRIAL / "steps.md"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["Step 5. How many teams took part?"] == "16"
    # (Step 2, over the code it gives, is no lead-in of Step 3 since sitting 47: skipped too, tests/test_sitting47_fixes.py)
    assert [s["question"] for s in skipped] == ["Step 2. Create the table with the following values:", "Step 4. Select only the goals column."]
    assert any("steps.md:23: warning: question has no answer" in m for m in said)
    assert counted_pair("Step 4. Select it.", "Step 5. How many?") and not counted_pair("Step 4. A.", "Step 6. B?")
    assert not counted_pair("4. Select it.", "5. How many?")  # (plain numbers: the page's own numbering rules)
