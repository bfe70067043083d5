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


def test_answer_candidates_after_an_edit_are_those_of_a_fresh_build(tmp_path: Path) -> None:
    """The answers' neighbour lists are kept in the build cache like the questions' (only new texts are
    compared on a rebuild): after a document is added, `deckc dupes` lists exactly what a build without any
    cache lists, the new document's answer-alike pair among them."""
    answer = "gradient descent shrinks every weight toward zero on each iteration"
    first = {"quiz.md": f"Q: What is weight decay?\nA: A penalty: {answer}.\n\nQ: What is momentum?\nA: A running mean of gradients.\n",
             "notes.md": f"Q: How does ridge act on a linear model?\nA: Ridge: {answer}.\n"}
    content = deck_of(tmp_path, first)
    (content / "dedupe.toml").write_text("[dedupe]\ncandidate_answer_floor = 0.3\nsuggest = 0.0\n", encoding="utf-8")
    out = tmp_path / "build"
    before = listed_by_hash(content, out)
    assert any({i["file"] for i in p["items"]} == {"sources/quiz.md", "sources/notes.md"} for p in before)
    assert list((out / ".cache").glob("answer-neighbours-*.npz"))
    (content / "sources" / "more.md").write_text(f"Q: Why do weights get smaller under L2?\nA: Because {answer}.\n", encoding="utf-8")
    again = listed_by_hash(content, out)
    fresh = listed_by_hash(content, tmp_path / "fresh")
    assert again == fresh
    assert any("sources/more.md" in {i["file"] for i in p["items"]} for p in again)


def listed_by_hash(content: Path, out: Path) -> list[tuple]:  # type: ignore[type-arg]
    """`deckc build`, then `deckc dupes --json`, with the stand-in embedder: status, score, files and lines per pair."""
    import pytest

    from compiler import similarity

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(similarity, "default_embedder", lambda: similarity.HashEmbedder())
        built = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "json"])  # writes the caches
        assert built.exit_code == 0, built.output
        pairs = listed(content, out)
    return [{"status": p["status"], "score": p["score"], "items": [{"file": i["file"], "line": i["line"]} for i in p["items"]]}
            for p in pairs]
