"""Sitting 46, lead: no question of a page is glued onto the answer above it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

REVISION = (
    "# Macroeconomics revision — Unit 2\n\n"
    "**Q1. What is GDP?**\n"
    "Gross domestic product: the total value of final goods and services produced in a country in a year.\n\n"
    "**Q2. Name the four components of aggregate demand.**\n"
    "- Consumption (C)\n- Investment (I)\n- Government spending (G)\n- Net exports (X − M)\n\n"
    "**Q3. {q3}**\n"
    "It reduces it: borrowing costs more and saving pays more.\n\n"
    "**Q4. Define inflation.**\n"
    "A sustained rise in the general price level.\n"
)


@pytest.mark.parametrize(
    "q3",
    ["What does a rise in interest rates usually do to consumption?", "Explain the effect of a rise in interest rates on consumption."],
    ids=["q3-asks", "q3-tells"],
)
def test_bold_labelled_tasks_over_their_answers_are_questions(tmp_path: Path, q3: str) -> None:
    """'**Q4. Define inflation.**' with its answer on the next line (no blank line), after a question answered by a
    paragraph, was glued onto Q3's answer: 3 cards of 4 and no message. A bold line with a question label is a question
    by its label on a page of such lines, whatever it ends with."""
    notes, skipped, said = built_notes(tmp_path, {"revision.md": REVISION.format(q3=q3)})
    cards = {note_front(n): note_back(n) for n in notes}
    assert list(cards) == ["What is GDP?", "Name the four components of aggregate demand.", q3, "Define inflation."]
    assert cards[q3] == "It reduces it: borrowing costs more and saving pays more."
    assert cards["Define inflation."] == "A sustained rise in the general price level."
    assert not [m for m in said if "has no answer" in m or "not in any card" in m]
    assert skipped == []


def test_labelled_statements_alone_are_questions(tmp_path: Path) -> None:
    """A page whose bold labelled lines all tell ('**Q1. Define …**') and none asks with '?' reads them alike."""
    text = "".join(
        f"**Q{n}. {task}**\n{answer}\n\n"
        for n, (task, answer) in enumerate(
            [
                ("Define opportunity cost.", "The value of the next best alternative given up."),
                ("State the law of demand.", "As price rises, quantity demanded falls, other things equal."),
                ("Outline what a subsidy does.", "It lowers producers' costs, so supply shifts right."),
            ],
            1,
        )
    )
    notes, skipped, _ = built_notes(tmp_path, {"econ.md": text})
    assert [note_front(n) for n in notes] == ["Define opportunity cost.", "State the law of demand.", "Outline what a subsidy does."]
    assert note_back(notes[2]) == "It lowers producers' costs, so supply shifts right."
    assert skipped == []


NOTES = (
    "# Biology — cell structure\n\n"
    "## Organelles\n\n"
    "| Organelle | Function |\n|---|---|\n"
    "| Nucleus | Stores DNA; controls the cell |\n"
    "| Ribosome | Makes proteins |\n"
    "| Mitochondrion | Aerobic respiration; makes ATP |\n\n"
    "Q: Which organelle is called the powerhouse of the cell? A: The mitochondrion.\n"
    "Q: Where are proteins made? A: On ribosomes.\n\n"
    "## Membranes\n\n"
    "The cell membrane is a {{c1::phospholipid bilayer}} with proteins embedded in it.\n\n"
    "### Quick check\n"
    "1. What is osmosis?\n   The diffusion of water across a partially permeable membrane.\n"
    "2. What is active transport?\n   Movement against a concentration gradient, using ATP.\n"
)


def test_a_notes_page_with_one_line_pairs_a_table_and_a_numbered_check(tmp_path: Path) -> None:
    """A learner's notes mix a table of facts, 'Q: …? A: …' pairs on one line, a cloze and a numbered quick check.
    The page went to the numbered layout: the pairs and the table were 'notes and no question', in no card. Read as
    Markdown, the table of facts the pairs quiz is a card per row, never on their fronts (their answers in plain view)."""
    notes, skipped, said = built_notes(tmp_path, {"bio.md": NOTES})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Where are proteins made?"] == "On ribosomes."
    assert cards["Which organelle is called the powerhouse of the cell?"] == "The mitochondrion."
    assert cards["Ribosome"] == "Makes proteins"
    assert cards["What is osmosis?"] == "The diffusion of water across a partially permeable membrane."
    assert any("phospholipid bilayer" in front for front in cards)
    assert len(notes) == 8 and skipped == []
    assert not [m for m in said if "no question" in m]
    assert any("read as layout 'markdown'" in m for m in said)


def test_a_table_a_question_reads_from_stays_on_its_front(tmp_path: Path) -> None:
    """Readings a question is asked about (numbers in the second column) are its exhibit, as before."""
    text = (
        "# Cases\n\n## Case 1\n\n| Sign | Value |\n|---|---|\n| BP | 82/50 |\n| Pulse | 124 |\n| Temp | 39.4 |\n\n"
        "Q: What is the most likely diagnosis? A: Septic shock.\n"
        "Q: What is the first step? A: Fluids and cultures, then antibiotics.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"cases.md": text})
    assert len(notes) == 2
    assert all("82/50" in note_front(n) for n in notes)


QUIZ = (
    "World War I — Quiz (Year 9)\n\n"
    "1. In which year did World War I begin?\na) 1912\nb) 1914\nc) 1916\nd) 1918\n\n"
    "2. Whose assassination triggered the war?\na) Kaiser Wilhelm II\nb) Archduke Franz Ferdinand\nc) Tsar Nicholas II\nd) King George V\n\n"
    "3. The Treaty of Versailles was signed in ______.\n\n"
    "Answer key: 1-b, 2-b, 3. 1919\n"
)


@pytest.mark.parametrize("name", ["quiz.txt", "quiz.md"])
def test_a_one_line_key_of_letters_and_a_word(tmp_path: Path, name: str) -> None:
    """'Answer key: 1-b, 2-b, 3. 1919': letters glued to their dashes and the word a blank takes, on one line. The
    key was 'not read' and every question lost (no correct option), the last card's back the key line."""
    notes, skipped, said = built_notes(tmp_path, {name: QUIZ})
    cards = {note_front(n): note_back(n) for n in notes}
    assert skipped == [] and len(notes) == 3
    assert cards["The Treaty of Versailles was signed in ______."] == "1919"
    assert cards["In which year did World War I begin?"].startswith("B) 1914")
    assert cards["Whose assassination triggered the war?"].startswith("B) Archduke Franz Ferdinand")
    assert not [m for m in said if "answer key" in m]


THEOREMS = r"""\documentclass{article}
\newtheorem{defn}{Definition}
\newtheorem{prop}{Proposition}
\begin{document}
\section{Primitive Recursive Functions}

\begin{defn}
Suppose $f$ is a $k$-place function. The function defined by
\emph{primitive recursion from $f$ and $g$} is the $(k+1)$-place function $h$.
\end{defn}

\begin{defn}
The function defined by \emph{composition from $f$ and $g_0$} is $h(\vec{x}) = f(g_0(\vec{x}))$.
\end{defn}

\begin{prop}
The multiplication function $x \cdot y$ is primitive recursive.
\end{prop}

\begin{prop}
The addition function $x + y$ is primitive recursive.
\end{prop}

\begin{theorem}[Kleene]
Every partial recursive function has an index.
\end{theorem}
\end{document}
"""


def test_untitled_definitions_and_propositions_get_fronts_of_their_own(tmp_path: Path) -> None:
    """trial46 T46-4: untitled definitions and propositions were cards fronted 'Definition' / 'Proposition' alone ("the
    same question as line 8"), and two such merged in a deck. A definition is fronted by the words it emphasises, the
    terms it sets; untitled statements a page repeats are numbered in its order; an emphasis around maths is italics on
    the back, never '\\emph{…}' printed raw."""
    notes, skipped, said = built_notes(tmp_path, {"recursion.tex": THEOREMS})
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        r"Definition (primitive recursion from \(f\) and \(g\))",
        r"Definition (composition from \(f\) and \(g_0\))",
        "Proposition 1: Primitive Recursive Functions",
        "Proposition 2: Primitive Recursive Functions",
        "Theorem (Kleene)",
    ]
    assert r"\emph" not in note_back(notes[0]) and r"defined by primitive recursion from \(f\) and \(g\) is" in note_back(notes[0])
    assert skipped == [] and not [m for m in said if "the same question" in m]


def test_two_documents_untitled_definitions_stay_two_notes(tmp_path: Path) -> None:
    """Two files' untitled definitions of different terms are two notes (they were one question, 'Definition')."""
    one = THEOREMS
    two = THEOREMS.replace("primitive recursion from", "minimization of").replace("composition from", "bounded search over")
    notes, _, _ = built_notes(tmp_path, {"a.tex": one, "b.tex": two})
    fronts = sorted(note_front(n) for n in notes)
    assert r"Definition (minimization of \(f\) and \(g\))" in fronts and r"Definition (primitive recursion from \(f\) and \(g\))" in fronts


def test_gift_feedback_is_the_explanation_and_partial_credit_no_right_option(tmp_path: Path) -> None:
    """trial46 T46-11: a GIFT answer's feedback was glued onto it ('8 Correct. There are eight planets …', 'Nazareth Yes!
    That's right!') and an answer worth half the marks was a second right option ('A) London B) Londres'). The verdict
    opening a feedback goes (the card marks the answer), the rest is a paragraph of its own; a partial answer is said
    with its credit, never ticked."""
    gift = (
        "::Hometown::The river Thames flows through {\n     =London#Yes, that's right!\n     =%50%Londres#Right, but in French.\n"
        "     ~Paris#Paris has the Seine.\n}.\n\n"
        "::Planets::How many planets does the solar system have? {#\n\t=%100%8:0#Correct. There are eight planets since 2006.\n"
        "\t=%0%9:0#Incorrect. Pluto was reclassified in 2006.\n}\n\n"
        "Jesus Christ was from {=Nazareth#Yes! That's right!}.\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"feedback.gift": gift})
    fields = {n["fields"]["Question"]: n["fields"] for n in notes}
    assert skipped == []
    thames = fields["The river Thames flows through _____."]
    assert thames["Correct"] == "A) London"
    assert "Londres: 50% credit — Right, but in French." in thames["Explanation"]
    assert fields["How many planets does the solar system have?"]["Answer"] == "<p>8</p><p>There are eight planets since 2006.</p>"
    assert fields["Jesus Christ was from _____."]["Answer"] == "<p>Nazareth</p>"


def test_a_question_answered_only_by_a_link_says_so(tmp_path: Path) -> None:
    """trial46 T46-13: '### How do you optimise deep pagination?' over only a link to another page of the site was
    "question has no answer (write the answer below the question)". It says the answer is a link deckc does not follow,
    and names it; the manifest lists the question as skipped for that reason."""
    text = (
        "# Performance\n\n### How do you optimise deep pagination?\n\n"
        "[Deep pagination and how to optimise it](../high-performance/deep-pagination.md)\n\n"
        "### What is a covering index?\n\nAn index that holds every column a query needs.\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"perf.md": text})
    assert [note_front(n) for n in notes] == ["What is a covering index?"]
    assert [s["skipped"] for s in skipped] == ["its answer is only a link to another page"]
    assert any("perf.md:3:" in m and "only a link to another page (../high-performance/deep-pagination.md)" in m for m in said)
    assert not [m for m in said if "question has no answer" in m]


@pytest.mark.parametrize("name,sep", [("cards.md", " | "), ("cards.txt", "\t")], ids=["pipes-md", "tabs-txt"])
def test_headings_over_one_character_separated_rows_are_sections(tmp_path: Path, name: str, sep: str) -> None:
    """'## Organelles' over 'Mitochondria | Powerhouse of the cell' rows (one-character separators are read as rows):
    the heading was a question 'with no answer' at its line. It names the section of the rows below it, as over a list
    of pairs; the page's one H1 on its first line titles it."""
    text = (
        "# Biology flashcards\n\n## Organelles\n\n"
        f"Mitochondria{sep}Powerhouse of the cell\nRibosome{sep}Protein synthesis\nNucleus{sep}Holds the DNA\n\n"
        f"## Transport\n\nOsmosis{sep}Diffusion of water across a membrane\nActive transport{sep}Uses ATP against a gradient\n"
    )
    notes, skipped, said = built_notes(tmp_path, {name: text})
    assert [(note_front(n), n["fields"]["Section"]) for n in notes] == [
        ("Mitochondria", "Organelles"),
        ("Ribosome", "Organelles"),
        ("Nucleus", "Organelles"),
        ("Osmosis", "Transport"),
        ("Active transport", "Transport"),
    ]
    assert skipped == [] and not [m for m in said if "no answer" in m]


def test_a_verb_table_written_a_verb_per_row_is_a_card_per_form(tmp_path: Path) -> None:
    """'| Infinitivo | yo | tú | él/ella |' over a row per verb (the persons across, as many courses print it): two rows
    were "text outside any question", three a card per verb holding every form. Read as the persons-down grid is, a
    card per form: 'comer — yo' -> 'como'."""
    text = (
        "# Español\n\n## Vocabulario\n\n- la manzana – the apple\n- el pan – the bread\n- la leche – the milk\n\n"
        "## Verbos\n\n| Infinitivo | yo | tú | él/ella |\n|---|---|---|---|\n| comer | como | comes | come |\n"
        "| beber | bebo | bebes | bebe |\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"espanol.md": text})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["comer — yo (Verbos)"] == "como" and cards["beber — él/ella (Verbos)"] == "bebe"
    assert len([f for f in cards if " — " in f]) == 6
    assert skipped == [] and not [m for m in said if "outside any question" in m]


def test_cards_marked_with_html_comments_are_cards(tmp_path: Path) -> None:
    """A plugin's page of cards marked '<!-- front -->' / '<!-- back -->' (options with '<!-- correct -->', a cloze with a
    front alone, cards apart by '---'; written in that plugin's shape, tried as a new user would): one card of the page's
    title with every card glued into its back, and no message. Each card is read as a labelled question and answer."""
    text = (Path(__file__).parent / "data" / "sitting46" / "lead" / "comment-cards.md").read_text(encoding="utf-8")
    notes, skipped, _ = built_notes(tmp_path, {"cards.md": text})
    cards = {note_front(n): note_back(n) for n in notes}
    assert len(notes) == 6 and skipped == []
    assert cards["What are the four nucleotide bases in DNA?"] == "Adenine (A) Thymine (T) Guanine (G) Cytosine (C) They pair as A-T and G-C."
    assert cards["Which of the following is NOT a noble gas?"] == "C) Nitrogen (N)"
    assert cards["¿Cómo se dice \"hello\" en español?"] == "Hola"
    assert any(n["fields"].get("Text", "").count("{{c1::phospholipid}}") == 1 for n in notes)
    assert cards["Water boils at ________ °C at sea level."] == "100"
