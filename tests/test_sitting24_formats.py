"""Twenty-fourth sitting, formats: documents of known shapes read as the cards they teach. Fixtures written here in the
shapes the findings showed (no third-party text)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import deck_of

from compiler.build import build


def _built(tmp_path: Path, files: dict[str, str | Path], table: str = "") -> tuple[list[dict], list[str]]:  # type: ignore[type-arg]
    """The built deck's notes and every message said."""
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, files, table), out, formats=("json",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items] if hasattr(result, "diagnostics") else result
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return manifest["notes"], [d.text() for d in result.compiled.diagnostics.items]


def _front(note: dict) -> str:  # type: ignore[type-arg]
    return note["fields"].get("Question") or note["fields"].get("Front") or note["fields"].get("Text") or ""


def _back(note: dict) -> str:  # type: ignore[type-arg]
    return note["fields"].get("Correct") or note["fields"].get("Answer") or note["fields"].get("Back") or ""


# --- T23-7: the LaTeX exam class as teachers write it -------------------------------------------------------------------

_EXAM = r"""\documentclass[answers]{exam}
\begin{document}
\section*{Part A: Choices}
\begin{questions}
\question[2] Which of these numbers is prime and lies
between $10$ and fifteen, e.g.\ in the table?
\begin{choices}
  \choice 12
  \CorrectChoice 13
\end{choices}

\uplevel{\section*{Part B: Short answer}}

\question[2] Name the capital of France.
\answerline[Paris]

\question[2] What is the boiling point of water at sea level?
\ifprintanswers
\textbf{Answer:} 100 degrees Celsius.
\else
\vspace{3cm}
\fi

\question[3] Why is the sky blue?
\begin{solutionorbox}[4cm]
Shorter wavelengths scatter more.
\end{solutionorbox}

\question[4] Look at the readings.
\begin{center}
\begin{tabular}{c|c}
  $t$ & $v$ \\ \hline
  0 & 7 \\
  1 & 9
\end{tabular}
\end{center}
\begin{parts}
  \part[2] What is the speed at $t = 1$?
  \begin{solution}
  Nine.
  \end{solution}
\end{parts}
\end{questions}
\end{document}
"""


def test_exam_class_stems_sections_and_answer_commands(tmp_path: Path) -> None:
    """trial23 T23-7 (high): a stem wrapped over two lines showed its second line first, '\\uplevel{\\section*{…}}' was
    printed as the previous answer (later questions kept the first part's section), '\\answerline[…]',
    '\\ifprintanswers … \\fi' and 'solutionorbox[4cm]' were printed raw, a table in a stem ran its cells together."""
    notes, _ = _built(tmp_path, {"exam.tex": _EXAM})
    got = {_front(n): (_back(n), n["fields"]["Section"]) for n in notes}
    first = "Which of these numbers is prime and lies between \\(10\\) and fifteen, e.g. in the table?"
    assert got.get(first) == ("B) 13", "Part A: Choices"), got
    assert got["Name the capital of France."] == ("<p>Paris</p>", "Part B: Short answer"), got
    assert got["What is the boiling point of water at sea level?"] == ("<p>100 degrees Celsius.</p>", "Part B: Short answer"), got
    assert got["Why is the sky blue?"][0] == "<p>Shorter wavelengths scatter more.</p>", got
    table = next(q for q in got if "speed" in q)
    assert "<table>" in table and "<td>9</td>" in table and "&amp;" not in table and "Look at the readings." in table, table
    assert "uplevel" not in json.dumps(notes) and "\\\\fi" not in json.dumps(notes) and "vspace" not in json.dumps(notes)
