"""Twenty-sixth sitting, readers: the right-option marks still not read (trial25 T25-27), a reading passage set between
questions (T25-32), prose after a quoted Q/A pair (T25-67) and the trial-26 findings about plain text and Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes as _built
from conftest import note_back, note_front

# --- T25-27: '+ Rome' / '- Milan', '= Rome' / '~ Milan', '> b. Rome', only the wrong ones crossed out ----------------

_QUIZ = [
    ("What is the capital of Italy?", ["Milan", "Rome", "Naples", "Turin"], 1),
    ("Which planet is largest?", ["Earth", "Mars", "Jupiter", "Venus"], 2),
    ("Which is a mammal?", ["Shark", "Dolphin", "Trout", "Eel"], 1),
]


def _quiz(option: str, right: str) -> str:
    """The three-question quiz, each option written by ``option`` (or ``right`` for the right one), as
    ``str.format`` templates of ``letter`` and ``text``."""
    text = "Quiz\n\n"
    for n, (question, options, key) in enumerate(_QUIZ, 1):
        text += f"{n}. {question}\n"
        for k, word in enumerate(options):
            text += (right if k == key else option).format(letter="abcd"[k], text=word) + "\n"
        text += "\n"
    return text


@pytest.mark.parametrize(
    ("option", "right"),
    [
        ("- {text}", "+ {text}"),  # Wikiversity's and many text quiz tools' way
        ("~ {text}", "= {text}"),  # GIFT's marks typed in a text file
        ("~{text}", "={text}"),
        ("  {letter}. {text}", "> {letter}. {text}"),  # the right one pointed at
        ("{letter}) {text}", "-> {letter}) {text}"),
        ("{letter}) {text} ❌", "{letter}) {text}"),  # a self-check sheet: only the wrong ones crossed out
    ],
)
@pytest.mark.parametrize("name", ["quiz.txt", "quiz.md"])
def test_a_right_option_marked_by_a_sign_is_the_key(
    tmp_path: Path, option: str, right: str, name: str
) -> None:
    """trial25 T25-27 (high): '+ Rome' / '- Milan' and '= Rome' / '~ Milan' were Basic cards listing every option (the
    '=' line a formula box), '> b. Rome' lost a question, only-wrong-ones-marked '❌' gave 0 cards."""
    notes, skipped, said = _built(tmp_path, {name: _quiz(option, right)})
    assert not skipped, said
    assert [note_front(n) for n in notes] == [q for q, _, _ in _QUIZ]
    assert [note_back(n) for n in notes] == ["B) Rome", "C) Jupiter", "B) Dolphin"]
    assert all(n["kind"] == "multiple_choice" for n in notes)
    options = notes[0]["fields"]["Options"]
    assert "Milan" in options and "❌" not in options and "~" not in options and "+" not in options


def test_pros_and_cons_under_a_question_stay_the_answer(tmp_path: Path) -> None:
    """trial25 T25-27: '+' / '-' are bullets too: two lines of pros and cons under one question are its answer, not
    options with the '+' one right."""
    page = "# Caching\n\n## What are the trade-offs of a cache?\n\n+ faster reads\n- stale data\n\n## Why use a CDN?\n\nLatency.\n"
    notes, _skipped, _said = _built(tmp_path, {"notes.md": page})
    assert [n["kind"] for n in notes] == ["basic", "basic"]
    assert "faster reads" in note_back(notes[0]) and "stale data" in note_back(notes[0])


def test_a_corrected_exam_cross_beside_a_tick_is_no_key_of_its_own(tmp_path: Path) -> None:
    """trial25 T25-27: a cross on one option and a tick on another (a corrected exam): the tick decides, never the one
    option left without a mark."""
    text = _quiz("{letter}) {text}", "{letter}) {text} ✓").replace("a) Milan", "a) Milan ❌")
    notes, skipped, said = _built(tmp_path, {"quiz.txt": text})
    assert not skipped, said
    assert [note_back(n) for n in notes] == ["B) Rome", "C) Jupiter", "B) Dolphin"]
