"""Fourteenth sitting, formats2: LaTeX documents nobody here had read (a textbook chapter's exercises written with
CTAN's exercise/answers packages, headings with their \\label on the same line, a preamble's own macros).
Fixtures written here in the documents' shapes."""

from __future__ import annotations

import json
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
