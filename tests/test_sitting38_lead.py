"""Thirty-eighth sitting, lead: findings fixed by the lead (second round)."""

from __future__ import annotations

from pathlib import Path

from compiler.build import build
from compiler.sources.lines import number_label_prefix

TRIALS = Path(__file__).parent / "data" / "trials" / "trial38"


def test_a_bold_question_label_line_over_the_question_is_off_the_front(tmp_path: Path) -> None:
    """trial38 T38-17 (low): '**Vraag 1**' / 'Wat is de hoofdstad van Nederland?' / '**Antwoord:** …': the front was
    'Vraag 1 Wat is de hoofdstad …?' ('Question 1' was taken off)."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    source = TRIALS / "t38-17-question-label-line-on-front" / "nl-toets-aardrijkskunde.md"
    (content / "sources" / "toets.md").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and not result.compiled.diagnostics.errors
    fronts = sorted(n.primary.question for n in result.compiled.deck.notes)
    assert fronts == ["Hoeveel provincies heeft Nederland?", "Wat is de hoofdstad van Nederland?", "Welke rivier stroomt door Rotterdam?"]


def test_a_label_prefix_is_taken_off_only_before_words_that_ask() -> None:
    assert number_label_prefix("Frage 2 Wie heißt die Hauptstadt?") is not None
    assert number_label_prefix("Question 1 is about rivers.") is None  # (no question after it: its own text)


def test_a_dash_between_a_numbered_question_and_its_answer_is_off_the_back(tmp_path: Path) -> None:
    """'1. Which planet has the most moons? — Saturn': the back was '— Saturn' (found at the end of sitting 38)."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    (content / "sources" / "planets.md").write_text(
        "## Planets\n\n1. Which planet has the most moons? — Saturn\n2. Which planet rotates on its side? — Uranus\n", encoding="utf-8"
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    backs = {n.primary.question: n.fields["Answer"] for n in result.compiled.deck.notes}
    assert backs["Which planet has the most moons?"].startswith("<p>Saturn</p>")
    assert backs["Which planet rotates on its side?"].startswith("<p>Uranus</p>")
