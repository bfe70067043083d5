"""Issue 10, thirty-sixth sitting: why 38 labeled duplicate pairs are never candidates, and a candidate source by answers.

Of the 300 labeled duplicate pairs, 38 are no candidate: 30 have a question cosine below ``candidate_floor``
(0.40), 8 are past both questions' 20 nearest; 21 of the 35 across two documents are the nearest item of the
other's document by question + answer cosine ("What is weight decay?" ~ "What's the effect of L2
regularization on the weights of a linear model?", question cosine 0.34). ``candidate_answer_floor`` makes
such pairs candidates; measured held out it lists about one more labeled duplicate per eight more lines, the
exchange rate of lowering ``suggest``, so it is off by default and a user who wants a longer list opts in.
Measurements: docs/dedupe.md ("Thirty-sixth sitting"); `make bench` prints the causes.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import deck_of, note_front

from compiler.cli import main
from compiler.decisions import DedupeSettings

QUIZ = """Q: What is weight decay?
A: A regularization technique (such as L2 regularization) that results in gradient descent shrinking the weights on every iteration.

Q: What is the learning rate?
A: The step size of each gradient descent update.
"""

NOTES = """Q: What's the effect of L2 regularization on the weights of a linear model?
A: L2 regularization penalizes larger weights: gradient descent shrinks every weight toward zero on each iteration.

Q: Why do we need a validation set?
A: To choose hyperparameters without touching the test set.
"""


def listed(content: Path, out: Path) -> list[dict]:  # type: ignore[type-arg]
    result = CliRunner().invoke(main, ["dupes", str(content), "-o", str(out), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output[result.output.index("[") :])


def test_questions_worded_apart_whose_answers_agree_are_listed_when_the_user_opts_in(tmp_path: Path, real_model) -> None:  # type: ignore[no-untyped-def]
    """Two documents ask about weight decay in words the model does not relate (question cosine 0.34, below the
    0.40 floor), with answers that say the same. By default `deckc dupes` lists nothing (the pair is no
    candidate); with ``candidate_answer_floor = 0.4`` each item's nearest of the other document by question +
    answer is a candidate, scored as any other: this one is listed as a suggestion naming both files and lines,
    never merged on its own (its score stays far below ``auto_merge``)."""
    content = deck_of(tmp_path, {"quiz.md": QUIZ, "notes.md": NOTES})
    assert DedupeSettings().candidate_answer_floor == 1.0  # off: the default lists what it listed before
    assert listed(content, tmp_path / "build") == []

    (content / "dedupe.toml").write_text("[dedupe]\ncandidate_answer_floor = 0.4\n", encoding="utf-8")
    [pair] = listed(content, tmp_path / "build")
    assert pair["status"] == "suggested" and pair["question_similarity"] < 0.40
    assert 0.10 <= pair["score"] < DedupeSettings().auto_merge
    assert {(i["file"], i["line"], i["question"]) for i in pair["items"]} == {
        ("sources/quiz.md", 1, "What is weight decay?"),
        ("sources/notes.md", 1, "What's the effect of L2 regularization on the weights of a linear model?"),
    }
    # the build keeps four cards, each asking its question, and its last line points at the one suggestion
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "build"), "--only", "json"])
    assert result.exit_code == 0, result.output
    assert "1 possible duplicate pair for you to decide" in result.output
    manifest = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))
    assert sorted(note_front(n) for n in manifest["notes"]) == [
        "What is the learning rate?", "What is weight decay?",
        "What's the effect of L2 regularization on the weights of a linear model?", "Why do we need a validation set?",
    ]

def test_the_setting_is_read_from_dedupe_toml_and_checked(tmp_path: Path) -> None:
    """An out-of-range value is an error naming the file and the key, as every other setting."""
    content = deck_of(tmp_path, {"quiz.md": QUIZ})
    (content / "dedupe.toml").write_text("[dedupe]\ncandidate_answer_floor = 1.5\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(content), "-o", str(tmp_path / "build")])
    assert result.exit_code == 1
    assert "dedupe.toml" in result.output and "candidate_answer_floor" in result.output
