"""Nineteenth sitting, formats: structured documents nobody here had read (exercise notebooks, question banks, note
files of other tools). Fixtures written here in the documents' shapes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import deck_of

from compiler.build import build


def _built(tmp_path: Path, files: dict[str, str | Path], table: str = "") -> tuple[dict[str, dict], list[str]]:  # type: ignore[type-arg]
    """The built deck's notes by question (tags stripped), and every message said."""
    out = tmp_path / "build"
    result = build(deck_of(tmp_path, files, table), out, formats=("json",), now=1_000)
    assert result.compiled is not None
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    notes = {_plain(n["fields"].get("Question") or n["fields"].get("Text")): n for n in manifest["notes"]}
    return notes, [d.text() for d in result.compiled.diagnostics.items]


def _plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _notebook(*cells: tuple[str, str]) -> str:
    """A notebook of these ``(cell type, text)`` cells, as Jupyter saves it (one source string a line)."""
    made = [
        {"cell_type": kind, "metadata": {}, "source": text.splitlines(keepends=True), **({"execution_count": None, "outputs": []} if kind == "code" else {})}
        for kind, text in cells
    ]
    return json.dumps({"cells": made, "metadata": {"kernelspec": {"language": "python"}}, "nbformat": 4, "nbformat_minor": 2}, indent=1)


# the exercise notebook's shape (numpy_exercises, course 'solutions' notebooks): a section heading, then each task a
# short Markdown cell of its own, right over the code cell that solves it; no 'Q1.' and no question mark needed
EXERCISES = _notebook(
    ("markdown", "# Arrays"),
    ("markdown", "## Making arrays"),
    ("code", "import numpy as np"),
    ("markdown", "Create a vector of ten zeros."),
    ("code", "np.zeros(10)"),
    ("markdown", "Let x = [1, 2].\nConvert it into an array of `float`."),
    ("code", "x = [1, 2]\nnp.asarray(x, float)"),
    ("code", "np.asfarray(x)"),
    ("markdown", "## Ranges"),
    ("markdown", "____\n**Create an array of 2, 4, 6, …, 100.**"),
    ("code", "np.arange(2, 101, 2)"),
    ("markdown", "Create 50 evenly spaced numbers between 3 and 10, i.e. a linear space."),
    ("code", "np.linspace(3, 10, 50)"),
    ("markdown", "What is the type of the result of 3 + 1.5?"),
    ("markdown", "**Answer:** a float"),
)


def test_exercise_notebook_tasks_over_code_are_cards(tmp_path: Path) -> None:
    """trial19 T19-5 (severe): each task cell over its solution code was lumped into its section's heading card
    ('Making arrays' → every task and its code), and a section of tasks without a heading over each was 'a list of
    3 questions and no answers'. Each task is now a card, its code the answer, under its section."""
    notes, said = _built(tmp_path, {"arrays.ipynb": EXERCISES})
    fronts = sorted(notes)
    assert "Create a vector of ten zeros." in " | ".join(fronts)
    asked = {q.split("import numpy as np ")[-1]: n for q, n in notes.items()}  # (the section's set-up code shows above its tasks)
    assert set(asked) == {
        "Create a vector of ten zeros.",
        "Let x = [1, 2]. Convert it into an array of float .",
        "Create an array of 2, 4, 6, …, 100.",
        "Create 50 evenly spaced numbers between 3 and 10, i.e. a linear space.",
        "What is the type of the result of 3 + 1.5?",
    }, fronts
    assert "np.zeros(10)" in _plain(asked["Create a vector of ten zeros."]["fields"]["Answer"]).replace(" ", "")
    both = _plain(asked["Let x = [1, 2]. Convert it into an array of float ."]["fields"]["Answer"]).replace(" ", "")
    assert "np.asarray(x,float)" in both and "np.asfarray(x)" in both  # (its second solution cell too)
    assert _plain(asked["Create an array of 2, 4, 6, …, 100."]["fields"]["Answer"]).replace(" ", "") == "np.arange(2,101,2)"
    assert asked["Create an array of 2, 4, 6, …, 100."]["fields"]["Section"] == "Ranges"
    assert "a float" in _plain(asked["What is the type of the result of 3 + 1.5?"]["fields"]["Answer"])
    assert not any("no answer" in s or "outside any question" in s for s in said), said


def test_tutorial_notebook_is_not_read_as_exercises(tmp_path: Path) -> None:
    """A tutorial's cells over code narrate ('Let's load the data:', 'Now we plot it.'): no card per cell."""
    tutorial = _notebook(
        ("markdown", "# Plotting"),
        ("markdown", "## Loading"),
        ("markdown", "Let's load the data first:"),
        ("code", "df = pd.read_csv('a.csv')"),
        ("markdown", "Now we look at its first rows."),
        ("code", "df.head()"),
        ("markdown", "Here is our plot:"),
        ("code", "df.plot()"),
    )
    notes, _ = _built(tmp_path, {"tutorial.ipynb": tutorial})
    assert not any("load the data" in q or "first rows" in q for q in notes), sorted(notes)
