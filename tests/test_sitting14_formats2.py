"""Fourteenth sitting, formats2: LaTeX documents nobody here had read (a textbook chapter's exercises written with
CTAN's exercise/answers packages, headings with their \\label on the same line, a preamble's own macros).
Fixtures written here in the documents' shapes."""

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


EXERCISES = r"""\section{Waiting times}

\begin{Exercise}
A bus comes every 10 minutes. Compute the expected wait of a passenger who arrives at a random time.
\end{Exercise}

\begin{Answer}
The wait is uniform on $[0, 10]$, so its mean is $5$ minutes.
\end{Answer}

\begin{problem}
Show that, for $0 < p < 1$, the geometric series sums to
%
\begin{equation}\label{eq:geo}
    \sum_{k \geq 0} p^k = \frac{1}{1 - p},
\end{equation}
%
where $p$ is the ratio.
\end{problem}

\begin{sol}
Multiply the partial sum by $1 - p$ and let the number of terms grow.
\end{sol}
"""


def test_latex_exercises_with_answer_environments(tmp_path: Path) -> None:
    """trial14 T14-11 (severe): '\\begin{Exercise}' … '\\begin{Answer}' (CTAN's exercise package) made the Answer a card
    of its own ('Answer: <section>') and lost the exercise (an imperative task: 'text outside any question'); an
    exercise's displayed equation went to the back. Now an answer environment of any case after an exercise is its
    answer, and a formula inside the exercise's paragraph (a '%' line is no paragraph break) stays on its front."""
    notes, said = _built(tmp_path, {"waits.tex": EXERCISES})
    bus = notes["A bus comes every 10 minutes. Compute the expected wait of a passenger who arrives at a random time."]
    assert "its mean is" in bus["fields"]["Answer"]
    [geo] = [q for q in notes if q.startswith("Show that")]
    assert geo.endswith("where \\(p\\) is the ratio.") and "\\frac{1}{1 - p}" in geo and "label" not in geo
    assert "partial sum" in notes[geo]["fields"]["Answer"]
    assert not any(q.startswith("Answer") for q in notes) and len(notes) == 2
    assert not any("outside any question" in s for s in said)


def test_a_label_on_a_heading_s_line_is_left_out(tmp_path: Path) -> None:
    """trial14 T14-12 (high): '\\section{Graphs}\\label{s:graphs}' kept the label glued in with stray braces: front
    'What is a directed graph?}{ss:digraph', section 'Graphs}{s:graphs'. The title is the heading's brace group."""
    tex = (
        "\\section{Graphs}\\label{s:graphs}\n\n\\subsection{What is a directed graph?}\\label{ss:digraph}\n\n"
        "A set of vertices with ordered pairs of vertices as edges.\n\n"
        "\\subsection{What is a $\\{u, v\\}$ edge?} \\label{ss:edge}\n\nAn unordered pair of vertices.\n"
    )
    notes, _ = _built(tmp_path, {"graphs.tex": tex})
    assert set(notes) == {"What is a directed graph?", "What is a \\(\\{u, v\\}\\) edge?"}
    assert all(n["fields"]["Section"] == "Graphs" for n in notes.values())


MACROS = r"""\documentclass{article}
\usepackage{amsmath,amssymb,mathtools}
\newcommand{\RR}{\mathbb{R}}
\newcommand{\natset}[1]{[#1]}
\newcommand\E[2][X]{\mathbb{E}_{#1}\left[#2\right]}
\def\pair#1#2{(#1, #2)}
\DeclareMathOperator{\Var}{Var}
\DeclarePairedDelimiter\abs{\lvert}{\rvert}
\newcommand{\norm}[1]{%
  \lVert#1\rVert}
\begin{document}

\section{Basics}

\subsection{What is the index set $\natset{n}$?}

It is the set $\{1, \dots, n\}$ of the first $n$ positive integers in $\RR$.

\subsection{What is the variance of $X$?}

$\Var(X) = \E{(X - \E{X})^2}$, and $\abs x \le \norm{\pair ab}$, $\abs*{\frac{1}{2}}$.

\subsection{How is $\RR$ written?}

\begin{verbatim}
\newcommand{\RR}{\mathbb{R}} then \RR
\end{verbatim}

\end{document}
"""


def test_a_latex_documents_own_commands_are_written_out(tmp_path: Path) -> None:
    """trial14 T14-20 (high): the preamble's '\\newcommand{\\RR}{\\mathbb{R}}', '\\DeclareMathOperator{\\Var}{Var}',
    '\\newcommand{\\natset}[1]{[#1]}' stayed in the cards' maths: Anki's MathJax showed 'undefined control sequence'.
    Now the document's commands (newcommand, def, DeclareMathOperator, DeclarePairedDelimiter; arguments and an
    optional one with its default) are written out where they are used, a listing's text as written."""
    built, said = _built(tmp_path, {"macros.tex": MACROS})
    notes = {re.sub(r"<[^>]+>", "", q): {"fields": {"Answer": n["fields"]["Answer"]}} for q, n in built.items()}
    assert "What is the index set \\([n]\\)?" in notes
    assert "\\(\\mathbb{R}\\)" in notes["What is the index set \\([n]\\)?"]["fields"]["Answer"]
    back = notes["What is the variance of \\(X\\)?"]["fields"]["Answer"]
    assert "\\operatorname{Var}(X) = \\mathbb{E}_{X}\\left[(X - \\mathbb{E}_{X}\\left[X\\right])^2\\right]" in back
    assert "\\lvert x \\rvert \\le \\lVert(a, b)\\rVert" in back and "\\left\\lvert \\frac{1}{2} \\right\\rvert" in back
    listing = notes["How is \\(\\mathbb{R}\\) written?"]["fields"]["Answer"]
    assert "\\newcommand{\\RR}{\\mathbb{R}} then \\RR" in listing
    assert not any("Typst" in s for s in said)


def test_the_commands_of_a_file_the_document_loads(tmp_path: Path) -> None:
    """trial14 T14-20: a book keeps its commands in a file of their own ('\\input{macros}', '\\usepackage{notation}'
    with notation.sty beside it, or above it up to deck.toml); the document's cards use them written out, and the
    file of definitions alone is 'not read', nothing to learn, never 'file is empty' that stops the build."""
    notes_tex = (
        "\\documentclass{article}\n\\usepackage{amsmath,notation}\n\\input{macros}\n\\begin{document}\n"
        "\\section{Sets}\n\\subsection{What is $\\Var(X)$ for $X$ in $\\RR$?}\nThe mean of $\\sq{X - \\mu}$.\n\\end{document}\n"
    )
    content = deck_of(tmp_path, {"notes.tex": notes_tex, "macros.tex": "\\newcommand{\\RR}{\\mathbb{R}}\n\\DeclareMathOperator{\\Var}{Var}\n"})
    (content / "notation.sty").write_text("\\ProvidesPackage{notation}\n\\newcommand{\\sq}[1]{\\left(#1\\right)^2}\n", encoding="utf-8")
    out = tmp_path / "build"
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    [note] = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    front = re.sub(r"<[^>]+>", "", note["fields"]["Question"])
    assert front == "What is \\(\\operatorname{Var}(X)\\) for \\(X\\) in \\(\\mathbb{R}\\)?"
    assert "\\left(X - \\mu\\right)^2" in note["fields"]["Answer"]
    said = [d.text() for d in result.compiled.diagnostics.items]
    assert any("macros.tex" in s and "not read: LaTeX command definitions only" in s for s in said)


BEAMER = r"""\documentclass{beamer}
\title{Week 3: sorting}
\begin{document}
\frame{\titlepage}
\section{Review}

\begin{frame}[fragile]{Quick check}
Which sort runs in $O(n \log n)$ time in the worst case?
\pause
\begin{alertblock}{Solution}
Merge sort.
\end{alertblock}
\end{frame}

\begin{frame}
\frametitle{Question 2}
\begin{itemize}
\item<1-> Is insertion sort stable?
\pause
\item<2-> Yes.
\end{itemize}
\end{frame}

\begin{frame}{Insertion sort}
\begin{itemize}
\item Takes each element in turn
\pause
\item and inserts it into the sorted part before it.
\end{itemize}
\end{frame}
\end{document}
"""


def test_beamer_review_frames(tmp_path: Path) -> None:
    """trial11 P98 (medium): beamer review slides ('\\begin{frame}{Question 1}' question '\\pause' '\\begin{block}{Answer}')
    were 'cannot tell this document's layout', no note. A frame is a heading, its title; '\\pause' in a frame that
    asks parts its question from its answer, a block titled Answer / Solution is the answer (its title, 'Quick check',
    over the question); a lecture frame's '\\pause' between its points is only layout; the title page is left out."""
    notes, said = _built(tmp_path, {"slides.tex": BEAMER})
    plain = {re.sub(r"<[^>]+>", " ", q).split(None, 2)[-1].strip() if q.startswith("Quick") else q: n for q, n in notes.items()}
    merge = plain["Which sort runs in \\(O(n \\log n)\\) time in the worst case?"]
    assert merge["fields"]["Answer"] == "<p>Merge sort.</p>"
    assert "Yes." in plain["Is insertion sort stable?"]["fields"]["Answer"]
    assert len(notes) == 2 and not any("titlepage" in q or "pause" in q for q in notes)
    # (the lecture frame's points, between questions: text under no question, said so; no '\\pause' card)
    assert any("slides.tex:26" in s and "outside any question" in s for s in said)


def test_a_package_deckc_built_is_read_by_its_fields_meaning(tmp_path: Path) -> None:
    """trial11 P72 (medium): a .apkg deckc itself built, dropped into another deck's sources/, came back with every
    note 'medium' and '<i>Difficulty:</i> easy' / '<i>Sources:</i> …' paragraphs on every back. deckc's own note
    types are read by meaning: Difficulty is the level marker, Section the section, Sources / DeckcId and its
    'deckc::' tags no card text; a shared deck's 'Difficulty' field is its level too."""
    page = (
        "# Nursing\n\n## Infection control\n\n### What prevents most infections? [easy]\n\nHand hygiene.\n\n"
        "### What is the chain of infection's last link? [hard]\n\nA susceptible host.\n"
    )
    first = deck_of(tmp_path / "one", {"nursing.md": page},
                    '\n[[source]]\nid = "nursing"\nfile = "sources/nursing.md"\ntitle = "Nursing"\n'
                    'difficulty = { from = "label", labels = { easy = "easy", hard = "hard" } }\n')  # fmt: skip
    build(first, tmp_path / "one" / "build", formats=("apkg",), now=1_000)
    [package] = (tmp_path / "one" / "build").glob("*.apkg")
    notes, _ = _built(tmp_path / "two", {"shared.apkg": package})
    easy = notes["What prevents most infections?"]
    assert easy["difficulty"] == "easy" and notes["What is the chain of infection's last link?"]["difficulty"] == "hard"
    assert easy["fields"]["Answer"] == "<p>Hand hygiene.</p>"
    assert easy["fields"]["Section"] == "Infection control"  # (as the first build wrote it)
    assert not any(t.startswith("deckc::source::nursing") for t in easy["tags"])


ANKI_EDITOR = """#+TITLE: Anki cards

* Dispatch Shelf
** 14:02   :networks:
:PROPERTIES:
:ANKI_NOTE_TYPE: Basic
:ANKI_DECK: Computing::Networks
:END:
*** Front
Which OSI layer provides end-to-end delivery?
*** Back
The *transport layer* (TCP, UDP).

** 14:05   :networks:
:PROPERTIES:
:ANKI_NOTE_TYPE: Cloze
:END:
*** Text
The default port of HTTPS is {{c1::443}} and of SSH is {{c2::22}}.
*** Extra
See /etc/services.

** Capital of France
:PROPERTIES:
:ANKI_NOTE_TYPE: Basic
:ANKI_TAGS: geography europe
:END:
Paris.

** Item
:PROPERTIES:
:ANKI_NOTE_TYPE: Basic (and reversed card)
:END:
[2023-04-01 Sat 10:12]
*** Front
 ephemeral
*** Back
 lasting for a very short time
"""


def test_anki_editor_org_notes_fields_tags_and_note_types(tmp_path: Path) -> None:
    """trial12 U76 (medium), learner4 N73 (low): Emacs anki-editor notes lost a Cloze's Extra field ('text outside
    any question'), the :ANKI_TAGS: of a note without field headlines, its ANKI_DECK; 'Basic (and reversed card)'
    was one way; a capture-time headline ('14:05') was the cloze's section. Now each is read as anki-editor does."""
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, {"anki.org": ANKI_EDITOR}), out, formats=("json",), now=1_000)
    assert result.compiled is not None
    notes = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]
    by = {n["fields"].get("Question") or n["fields"].get("Text"): n for n in notes}
    osi = by["Which OSI layer provides end-to-end delivery?"]
    assert {"networks", "Computing::Networks"} <= set(osi["tags"])  # (Anki's nested tag, as the deck is: sitting 36) and osi["fields"]["Section"] == "Dispatch Shelf"
    cloze = by["The default port of HTTPS is {{c1::443}} and of SSH is {{c2::22}}."]
    assert cloze["fields"]["Extra"] == "<p>See /etc/services.</p>" and cloze["fields"]["Section"] == "Dispatch Shelf"
    paris = by["Capital of France"]
    assert paris["fields"]["Answer"] == "<p>Paris.</p>" and {"geography", "europe"} <= set(paris["tags"])
    assert by["ephemeral"]["notetype"] == "deckc Basic (and reversed)"
    assert len(notes) == 4 and not [d for d in result.compiled.diagnostics.items if "outside any question" in d.text()]


def test_fields_a_note_types_styling_hides_by_class_are_not_the_question(tmp_path: Path) -> None:
    """trial15 T15-14 (low): a note type that hides fields with its CSS classes ('.pinyinHidden {visibility: hidden}',
    '.meaningColored {display: none}', thomashirtz/zhongwen-anki) showed them on the converted front, the meaning
    twice. An element its styling hides by one class is left off the front as an inline-hidden one is; a rule that
    needs a context ('.nightMode .x') or a media query hides nothing."""
    import genanki

    css = (
        ".card {font-size: 20px}\n/* hidden until the button */ .pinyinHidden {color: pink; visibility: hidden;}\n"
        "div.meaningColored, .other {font-family: serif; display: none}\n.nightMode .example {display: none}\n"
        "@media (max-width: 300px) { .word {display: none} }\n"
    )
    kind = genanki.Model(
        1607392399, "Zhongwen-like", fields=[{"name": n} for n in ("Word", "Pinyin", "Meaning", "Example")],
        templates=[{
            "name": "Recognition",
            "qfmt": '<div class="word">{{Word}}</div><div class="pinyin pinyinHidden">{{Pinyin}}</div>'
                    '<div class="meaningColored">{{Meaning}}</div><div class="example">{{Example}}</div>',
            "afmt": "{{FrontSide}}<hr id=answer><div>{{Pinyin}}</div><div>{{Meaning}}</div>",
        }],
        css=css,
    )  # fmt: skip
    deck = genanki.Deck(2059400116, "Chinese")
    deck.add_note(genanki.Note(model=kind, fields=["向量", "xiàng liàng", "vector", "这个向量很长。"]))
    package = tmp_path / "zhongwen.apkg"
    genanki.Package(deck).write_to_file(str(package))
    notes, _ = _built(tmp_path / "deck", {"zhongwen.apkg": package})
    [(front, note)] = notes.items()
    assert front == "向量<br>这个向量很长。" or re.sub(r"<[^>]+>", " ", front).split() == ["向量", "这个向量很长。"]
    assert "xiàng liàng" in note["fields"]["Answer"] and "vector" in note["fields"]["Answer"]


def test_pdf_clean_up_keeps_task_headings_and_formulas_at_page_edges() -> None:
    """trial15 T15-40 (severe): on a solutions PDF's text, 'Problem 1' / 'Problem 3' … atop pages (the number changes
    from page to page) and a formula that two pages happen to end with were removed as running headers. Now a line
    whose number changes is a header only when its number goes with the page's, and a task heading or a formula is
    never one; a header repeated as it is, and page numbers, still go."""
    from compiler.sources.pdftext import clean

    pages = [
        "Linear Algebra Midsem\nProblem 1\nShow that T is linear:\nT (kα + β) = kT (α) + T (β)\n1",
        "Linear Algebra Midsem\nProblem 3\nThe map T (kα + β) is computed as\nT (kα + β) = kT (α) + T (β)\n2",
        "Linear Algebra Midsem\n3 · Vectors\nProblem 5\nA basis spans the space.\n3",
        "Linear Algebra Midsem\n4 · Vectors\nProblem 6\nThe rank is two.\n4",
    ]
    text, done = clean("\n\f".join(pages) + "\n")
    lines = text.split("\n")
    assert all(f"Problem {n}" in lines for n in (1, 3, 5, 6))
    assert lines.count("T (kα + β) = kT (α) + T (β)") == 2
    assert "3 · Vectors" not in lines and "4 · Vectors" not in lines  # (a header whose number is the page's)
    assert lines.count("Linear Algebra Midsem") == 1 and not [x for x in lines if x.strip() in ("1", "2", "3", "4")]
    assert done.furniture


MYST_QUIZ = '''## Linear regression

Linear regression predicts a number from features.

:::{admonition} Mini-Quiz: Which statements are true?

````{code-cell} python
:tags: remove-input

display_quiz([
  {
    "question": "Which statements about linear regression are true? Pick all that apply.",
    "type": "many_choice",
    "answers": [
      {"answer": "It predicts a class.", "correct": False, "feedback": "No: a number."},
      {"answer": "It predicts a number.", "correct": True, "feedback": "Right."},
      {"answer": "It suits a linear relation.", "correct": True, "feedback": "Right again."}
    ]
  }
], colors="fdsp")
````

:::

:::{admonition} Aside: lines in the plane

A line is $y = mx + b$.

````{code-cell} python
:tags: remove-input

import matplotlib.pyplot as plt
plt.plot([0, 1], [1, 3])
````

````{code-cell} python
:tags: remove-input

display_quiz([{"question": "Which line is plotted?", "type": "multiple_choice",
  "answers": [{"answer": "y = 2x + 1", "correct": True}, {"answer": "y = x + 2", "correct": False}]}])
````

Try the next example too.

:::

```{code-cell} python
display_quiz("questions/more.json")
```
'''


def test_jupyterquiz_questions_inline_in_a_myst_code_cell(tmp_path: Path) -> None:
    """trial15 T15-44 (high): a Jupyter Book lesson's self-checks, 'display_quiz([...])' in a hidden code cell
    (':tags: remove-input'), were a card whose back was the raw Python call, or buried in a heading card's back.
    Each question is now a multiple-choice note (Python's True/False read, nothing run), the admonition around
    the quiz goes, a quiz inside a longer box is a card of its own, and hidden-input cells (a plot) are on no card."""
    built, _ = _built(tmp_path, {"lesson.md": MYST_QUIZ})
    notes = {re.sub(r"<[^>]+>", "", q): n for q, n in built.items()}
    many = notes["Which statements about linear regression are true? Pick all that apply."]
    assert many["kind"] == "multiple_choice" and many["fields"]["Correct"] == "B) It predicts a number.<br>C) It suits a linear relation."
    plotted = notes["Which line is plotted?"]
    assert plotted["kind"] == "multiple_choice" and plotted["fields"]["Correct"] == "A) y = 2x + 1"
    everything = json.dumps([n["fields"] for n in notes.values()])
    assert "display_quiz([" not in everything and "plt.plot" not in everything and "Mini-Quiz" not in everything
    assert "Try the next example too." in everything


def test_a_package_deckc_built_keeps_its_multiple_choice_notes(tmp_path: Path) -> None:
    """trial15 T15-73 (medium): deckc's own 'deckc Multiple choice' notes, re-exported from Anki and read again,
    were basic cards (the options a text run on the front, 'Explanation:' on the back). Its Options entries are
    the options again, the entry marked right the right one, its Explanation the back."""
    page = (
        "# Quiz\n\n## Review\n\n### Which planet is largest?\n\n- A) Mars\n- B) Jupiter\n- C) Venus\n\n"
        "**Answer:** B\n\nJupiter's mass is over twice that of the other planets combined.\n"
    )
    first = deck_of(tmp_path / "one", {"quiz.md": page})
    build(first, tmp_path / "one" / "build", formats=("apkg",), now=1_000)
    [package] = (tmp_path / "one" / "build").glob("*.apkg")
    notes, _ = _built(tmp_path / "two", {"shared.apkg": package})
    [note] = notes.values()
    assert note["kind"] == "multiple_choice" and note["fields"]["Question"] == "Which planet is largest?"
    assert note["fields"]["Correct"].endswith(") Jupiter") and "twice" in note["fields"]["Explanation"]
    assert "Difficulty" not in note["fields"]["Explanation"] and note["fields"]["Section"] == "Review"


def test_jupyterquiz_questions_inline_in_a_notebook_code_cell(tmp_path: Path) -> None:
    """trial15 T15-44, the notebook side: the same 'display_quiz([...])' call in a notebook's code cell was a code
    block on a card; it is the quiz's multiple-choice question, under the notebook's heading above it."""
    cell = (
        "from jupyterquiz import display_quiz\n"
        'display_quiz([{"question": "Which line is plotted?", "type": "multiple_choice",\n'
        '  "answers": [{"answer": "y = 2x + 1", "correct": True, "feedback": "Right."}, {"answer": "y = x + 2", "correct": False}]}])'
    )
    nb = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": "## Linear regression\n\nPredicts a number."},
            {"cell_type": "code", "metadata": {"tags": ["remove-input"]}, "execution_count": None, "outputs": [], "source": cell},
            {"cell_type": "markdown", "metadata": {}, "source": "## What is a residual?\n\nThe observed minus the predicted value."},
        ],
        "metadata": {"kernelspec": {"language": "python"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    notes, _ = _built(tmp_path, {"lesson.ipynb": json.dumps(nb)})
    plotted = notes["Which line is plotted?"]
    assert plotted["kind"] == "multiple_choice" and plotted["fields"]["Correct"] == "A) y = 2x + 1"
    assert "display_quiz" not in json.dumps([n["fields"] for n in notes.values()])
