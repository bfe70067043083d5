"""Forty-seventh sitting, helper fixes: the findings left open by trial 46 and the forty-sixth sitting.

T46-7 / T46-14: a challenge box whose title stands over an exhibit, the paragraph that asks and the options after it
(a Carpentries ':::: challenge' / '## How Many Rows?' / 'Consider this query:' / code / 'Which of the following does it
return?' / '1. …' … '4. …' / '::: solution'). The front was the exhibit and the options, then 'Title: question'. The
title now asks, and the box's text follows it in the box's order; a title that ends a sentence is followed by the
question without a colon. Document: tests/data/trials/trial46/lesson-sql.md.

T46-5's rest: 'Step 2. Create the table with the following values:' over the code it gives was the lead-in of 'Step 3.
Assign it …' (one front); two questions counting with one word in sequence are two steps (stimulus._lead_in).

T46-2's rest: the page's prose after an Obsidian question callout holding its answer callout went on in that card's
explanation; a rule after a question's answer box ends the question (markdown reader), and the callout's rewrite puts
one there. Document: tests/data/trials/trial46/callout-quiz.md.

T46-3's rest: an example right after an unsolved LaTeX exercise is a card of its own (checked); an exercise whose task
is said last ('Consider adding … Write down the truth table for this connective.') had its own text as its back: it is
said to have no answer (markdown._TASK_WORDS).

T46-9's rest: a LaTeX document's commands left as written (a project's own macros, defined in a file deckc does not
see) are said in one warning with their counts and the first line (tex.unknown_commands); a cross-reference whose
label names its kind ('\\olref[cmp][rec][prf]{prop:mult-pr}') reads 'Proposition mult-pr'.

'Definition 2.1: 2.1 Definitions' (sitting 46's lecture notes): untitled definitions sharing a section are fronted by
the term each emphasises; the section's number is not repeated after a label that repeats it (theorem_blocks).

Slug titles (branch h-fixes-slug, sitting 46): an unlisted file named by a slug ('the-french-revolution.md') is titled
in words on its cards' Sources line, the table to paste and the cheat sheet's group (read.py); the two older tests that
broke only read that title (the cheat-sheet group 'chatgpt-spanish' -> 'Chatgpt spanish'): changed on purpose.
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL46 = Path(__file__).parent / "data" / "trials" / "trial46"

# --- T46-7 / T46-14: a challenge's title, exhibit, question and options ------------------------------------------------


def test_a_challenge_front_is_its_title_then_the_box_in_reading_order(tmp_path: Path) -> None:
    """The title first, the query, the question, then the options: never the options above the question."""
    notes, skipped, _ = built_notes(tmp_path, {"lesson-sql.md": TRIAL46 / "lesson-sql.md"})
    assert not skipped
    fronts = {note_front(n).split(" ")[0]: note_front(n) for n in notes}
    rows = fronts["How"]
    assert rows.startswith("How Many Rows? Consider this query:"), rows
    order = [rows.index(s) for s in ("SELECT count", "Which of the following does it return?", "The number of readings", "An error")]
    assert order == sorted(order), rows
    assert "?:" not in rows
    back = next(note_back(n) for n in notes if note_front(n) == rows)
    assert back.startswith("2: count(*) counts the rows")


def test_a_challenge_asking_right_under_its_title_keeps_title_and_question(tmp_path: Path) -> None:
    """A box whose question comes right after its title, options under it (trial23 T23-5's shape): 'Title: question'
    then the options; a title that asks is followed by the question without a colon (T46-14)."""
    box = (
        "::::::::::::::::::::::::::::::::::::::: challenge\n\n## {title}\n\n"
        "Which of the following commands lists the files by size?\n\n"
        "1. `ls -l`\n2. `ls -S`\n3. `ls -t`\n\n"
        ":::::::::::::::  solution\n\n## Solution\n\nOption 2 is the solution.\n\n"
        ":::::::::::::::::::::::::\n\n::::::::::::::::::::::::::::::::::::::::::::::::::\n"
    )
    page = "# Shell\n\n" + box.replace("{title}", "Sorting Files") + "\n" + box.replace("{title}", "Which Flag?").replace("by size", "by time")
    notes, skipped, _ = built_notes(tmp_path, {"shell.md": page})
    assert not skipped
    assert [note_front(n).split(" A)")[0] for n in notes] == [
        "Sorting Files: Which of the following commands lists the files by size?",
        "Which Flag? Which of the following commands lists the files by time?",
    ]
    assert {n["notetype"] for n in notes} == {"deckc Multiple choice"}


# --- T46-5's rest: a step ending in ':' over the code it gives ---------------------------------------------------------


def test_a_step_over_the_code_it_gives_is_no_lead_in_of_the_next_step(tmp_path: Path) -> None:
    """'Step 2. Create the table with the following values:' over its code, then 'Step 3. Assign it …': two steps,
    the first said at its line to have no answer (its code on its own front), the second a card alone."""
    notes, skipped, said = built_notes(tmp_path, {"steps.md": TRIAL46 / "steps.md"})
    fronts = [note_front(n) for n in notes]
    assert "Step 3. Assign it to a variable called cups." in fronts, fronts
    assert not any("Step 2" in f for f in fronts), fronts
    assert [(s["line"], s["question"]) for s in skipped if "Step 2" in s["question"]] == [(11, "Step 2. Create the table with the following values:")]
    assert any("steps.md:11:" in m and "no answer" in m for m in said), said


# --- T46-2's rest: the page's prose after a question callout -----------------------------------------------------------


def test_prose_after_a_question_callout_is_no_part_of_its_explanation(tmp_path: Path) -> None:
    """The explanation is the answer callout's own; 'Velocity changes …' (line 19) is said as text in no card."""
    notes, skipped, said = built_notes(tmp_path, {"callout-quiz.md": TRIAL46 / "callout-quiz.md"})
    assert not skipped
    fields = {note_front(n).split(" A) ")[0]: " ".join(str(v) for v in n["fields"].values()) for n in notes}
    first = fields["Which of these is a statement?"]
    assert "(c) depends on" in first and "Velocity" not in first, first
    assert any("callout-quiz.md:19:" in m and "text outside any question" in m for m in said), said


def test_a_rule_after_an_answer_box_ends_the_question(tmp_path: Path) -> None:
    """'## What does TCP guarantee?' / '??? success "Answer"' and its text / '---' / the page's own note: the note is
    no part of the answer."""
    page = (
        "# Networks\n\n## What does TCP guarantee?\n\n??? success \"Answer\"\n    Ordered, reliable delivery.\n\n"
        "---\n\nRemember to revise UDP before the quiz.\n\n"
        "## What does UDP guarantee?\n\nNothing but checksums.\n"
    )
    notes, _, said = built_notes(tmp_path, {"net.md": page})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["What does TCP guarantee?"] == "Ordered, reliable delivery."
    assert backs["What does UDP guarantee?"] == "Nothing but checksums."
    assert any("net.md:10:" in m and "text outside any question" in m for m in said), said


# --- T46-3's rest: unsolved LaTeX exercises ----------------------------------------------------------------------------


def test_an_example_after_an_unsolved_exercise_is_no_part_of_it(tmp_path: Path) -> None:
    """'Prove …' (no solution) then '\\begin{ex}': the exercise is said to have no answer, the example a card alone."""
    notes, skipped, said = built_notes(tmp_path, {"theorems.tex": TRIAL46 / "theorems.tex"})
    assert [s["line"] for s in skipped] == [28, 42]
    assert all("Here is a first" not in s["question"] for s in skipped)
    assert any("theorems.tex:42:" in m and "no answer" in m for m in said), said
    example = next(n for n in notes if note_front(n).startswith("Example"))
    assert note_back(example).startswith("Here is a first primitive recursive definition"), note_back(example)


def test_an_exercise_whose_task_comes_last_is_asked_not_answered(tmp_path: Path) -> None:
    """An unsolved exercise setting something up, then 'Write down …': no card whose back is the exercise itself."""
    page = (
        "\\section{Connectives}\n\n\\begin{prob}\nConsider adding a ternary connective $\\diamondsuit$ with evaluation\n"
        "\\begin{gather*}\n  v(\\diamondsuit(A, B, C)) = v(B) \\text{ if } v(A) = T\n\\end{gather*}\n"
        "Write down the truth table for this connective.\n\\end{prob}\n\n"
        "\\begin{defn}[Tautology]\nA formula true under every valuation is a \\emph{tautology}.\n\\end{defn}\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"conn.tex": page})
    assert [note_front(n) for n in notes] == ["Definition (Tautology)"]
    assert [s["line"] for s in skipped] == [3] and skipped[0]["question"].endswith("Write down the truth table for this connective.")
    assert any("conn.tex:3:" in m and "no answer" in m for m in said), said


# --- T46-9's rest: a project's own LaTeX macros ------------------------------------------------------------------------


def test_unknown_latex_commands_are_said_once_with_counts(tmp_path: Path) -> None:
    """'\\tagitem' ×2 and '\\iftag' ×1 left in the text: one warning at the first one's line naming both with counts and
    what to do; commands inside maths and the ones deckc reads are not named; a cross-reference reads as words."""
    page = (
        "\\section{Formulas}\n\n\\begin{defn}[Formula]\nThe set of \\emph{formulas} is defined by:\n\\begin{enumerate}\n"
        "\\tagitem{prvFalse}{$\\lfalse$ is an atomic formula.}{}\n\\tagitem{prvTrue}{$\\ltrue$ is an atomic formula.}{}\n"
        "\\item Every variable $\\Obj p_i$ is an atomic formula.\n\\end{enumerate}\n\\iftag{prvNot}{Negations too.}{}\n\\end{defn}\n\n"
        "\\begin{prob}\nProve \\olref[pl][syn][frm]{prop:unique-readability} from \\cref{defn:formula}.\n\\end{prob}\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"formulas.tex": page})
    unknown = [m for m in said if "LaTeX command" in m]
    assert len(unknown) == 1, said
    assert "formulas.tex:6:" in unknown[0] and "3 uses of 2 LaTeX commands" in unknown[0], unknown
    assert "\\tagitem (2), \\iftag (1)" in unknown[0] and "\\newcommand" in unknown[0], unknown
    assert "\\lfalse" not in unknown[0] and "\\emph" not in unknown[0] and "\\olref" not in unknown[0]
    assert [s["question"] for s in skipped] == ["Prove Proposition unique-readability from Definition formula."]
    assert [note_front(n) for n in notes] == ["Definition (Formula)"]


def test_a_document_that_knows_its_commands_gets_no_such_warning(tmp_path: Path) -> None:
    """Its own '\\newcommand' written out, deckc's text commands read, maths left to MathJax: nothing to say."""
    page = (
        "\\newcommand{\\term}[1]{\\textbf{#1}}\n\\begin{document}\n\\section{Sets}\n\n\\begin{defn}\n"
        "A \\term{set} is a collection; $\\mathbb{N} \\subseteq \\mathbb{Z}$ and \\emph{every} set has a \\textit{size}.\n"
        "\\end{defn}\n\\end{document}\n"
    )
    _, _, said = built_notes(tmp_path, {"sets.tex": page})
    assert not any("LaTeX command" in m for m in said), said


# --- 'Definition 2.1: 2.1 Definitions' ---------------------------------------------------------------------------------


def test_untitled_definitions_sharing_a_section_are_fronted_by_their_terms(tmp_path: Path) -> None:
    """Two '**Definition 2.n.**' paragraphs under '### 2.1 Definitions': each fronted by its emphasised term; a theorem
    under '### 2 Rules' numbered 2.3 keeps the section's name without its number."""
    page = (
        "# Statistics\n\n## 2. Probability\n\n### 2.1 Definitions\n\n"
        "**Definition 2.1.** A *sample space* Ω is the set of all possible outcomes of an experiment.\n\n"
        "**Definition 2.2.** An *event* is a subset of the sample space.\n\n### 2 Rules\n\n"
        "**Theorem 2.3.** For any events A and B, P(A ∪ B) = P(A) + P(B) − P(A ∩ B).\n"
    )
    notes, _, _ = built_notes(tmp_path, {"stats.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Definition (sample space)", "A sample space Ω is the set of all possible outcomes of an experiment."),
        ("Definition (event)", "An event is a subset of the sample space."),
        ("Theorem 2.3: Rules", "For any events A and B, P(A ∪ B) = P(A) + P(B) − P(A ∩ B)."),
    ]


# --- slug titles -------------------------------------------------------------------------------------------------------


def test_a_slug_named_file_is_titled_in_words(tmp_path: Path) -> None:
    """'the-french-revolution.md' whose text says 'The French Revolution': its Sources line and title read so; a slug
    the text never says is its words with a capital first."""
    page = "## When did the French Revolution begin?\n\nThe French Revolution began in 1789.\n"
    other = "## What is a tariff?\n\nA tax on imports.\n"
    notes, _, said = built_notes(tmp_path, {"the-french-revolution.md": page, "trade-policy-notes.md": other})
    sources = {note_front(n): n["fields"].get("Sources", "") for n in notes}
    assert "The French Revolution" in sources["When did the French Revolution begin?"], sources
    assert "Trade policy notes" in sources["What is a tariff?"], sources
    assert any('title = "The French Revolution"' in m for m in said), said



def test_emphasis_holding_braces_is_read_as_emphasis(tmp_path: Path) -> None:
    """'\\emph{!!{valuation}}' and '\\textbf{the {free} group}' (braces inside the argument) were printed raw."""
    page = (
        "\\section{Groups}\n\n\\begin{defn}[Free group]\nThe \\textbf{the {free} group} on a set is the group of "
        "\\emph{reduced {words}} in it.\n\\end{defn}\n\n\\begin{defn}[Valuation]\nA \\emph{valuation} assigns truth values.\n\\end{defn}\n"
    )
    notes, _, _ = built_notes(tmp_path, {"groups.tex": page})
    backs = {note_front(n): n["fields"].get("Answer", "") or note_back(n) for n in notes}
    first = backs["Definition (Free group)"]
    assert "\\emph" not in first and "\\textbf" not in first, first
    assert "<em>reduced {words}</em>" in first and "<strong>the {free} group</strong>" in first, first
