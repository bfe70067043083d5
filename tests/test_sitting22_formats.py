"""Twenty-second sitting (trial22), formats: readers for non-Markdown formats and tool exports. Fixtures written
here in general terms, from each format's documented syntax."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.typst import convert_typst

# a Typst quiz whose options sit on one source line, parted by Typst's forced line break '\ ', the key in bold
TYPST_BOLD_KEY = """#set page(paper: "a4")
= Quiz

*Question 1.* Which gas do plants take in?
#block(inset: (left: 1em))[a) Oxygen \\ *b) Carbon dioxide* \\ c) Helium]

*Question 2.* Which planet is largest?
#block[*a) Jupiter* \\ b) Mars \\ c) Venus]
"""


def test_typst_forced_line_breaks_part_options(tmp_path: Path) -> None:
    """trial21 T21-37: '\\ ' is Typst's line break; it was kept as a literal backslash, so options stayed one line
    (a Basic card with 'a) Oxygen \\ b) …' on the back) or ended in ' \\'. Each break now starts a line."""
    notes, skipped, _ = built_notes(tmp_path, {"quiz.typ": TYPST_BOLD_KEY})
    by = {note_front(n): n for n in notes}
    assert set(by) == {"Which gas do plants take in?", "Which planet is largest?"}
    assert all(n["notetype"] == "deckc Multiple choice" for n in notes)
    assert note_back(by["Which gas do plants take in?"]) == "B) Carbon dioxide"
    assert note_back(by["Which planet is largest?"]) == "A) Jupiter"
    assert "\\" not in str([n["fields"] for n in notes]) and skipped == []


def test_typst_line_break_at_a_lines_end_or_escaped() -> None:
    """A line ending in '\\' (a break before the newline) once hung the converter; an escaped backslash '\\\\' is a
    backslash, not a break."""
    text = convert_typst(["First line \\", "second line", "a \\\\ b \\ c", "#block[x \\ y]", "last \\"]).text
    assert text.split("\n") == ["First line", "second line", "a \\ b", "c", "", "x", "y", "", "last", ""]


# a LaTeX quiz: options on '\\'-broken lines (or '\quad'-parted on one), the key a paragraph under a starred heading
LATEX_KEY_PARAGRAPH = r"""\documentclass{article}
\begin{document}
\section*{Quiz}
\begin{enumerate}
\item Which metal is liquid at room temperature? \\
(a) Iron \\
(b) Mercury \\
(c) Copper
\item Which gas is noble? \\
(a) Argon \quad (b) Oxygen \quad (c) Nitrogen
\end{enumerate}
\subsection*{Answers}
1. (b) \quad 2. (a)
\end{document}
"""


def test_latex_key_paragraph_under_a_starred_heading(tmp_path: Path) -> None:
    """trial21 T21-38: the key paragraph '1. (b) 2. (a)' came out as '\\1. (b) …' (a list mark escaped the way
    CommonMark does not read), so it was no key and every question was 'none marked correct'. The escape is now
    CommonMark's ('1\\.'), and a Markdown key run whose first number is escaped is read as the key."""
    notes, skipped, _ = built_notes(tmp_path, {"quiz.tex": LATEX_KEY_PARAGRAPH})
    by = {note_front(n): note_back(n) for n in notes}
    assert by == {"Which metal is liquid at room temperature?": "B) Mercury", "Which gas is noble?": "A) Argon"}
    assert skipped == []


def test_markdown_key_run_escaped_as_pandoc_writes_it(tmp_path: Path) -> None:
    """pandoc writes a paragraph that opens with a number as '1\\. B 2. C': still the answer key."""
    doc = "# Quiz\n\n1. Which is a prime?\n   A. 4\n   B. 7\n   C. 9\n2. Which is even?\n   A. 3\n   B. 5\n   C. 8\n\n## Answers\n\n1\\. B 2. C\n"
    notes, _, _ = built_notes(tmp_path, {"quiz.md": doc})
    assert {note_front(n): note_back(n) for n in notes} == {"Which is a prime?": "B) 7", "Which is even?": "C) 8"}
