"""Twenty-ninth sitting, lead: findings of trial 29 left open (/work/coord/findings-trial29.md)."""

from __future__ import annotations

import json
from pathlib import Path

from compiler.build import build


def _deck(tmp_path: Path, files: dict[str, str]) -> tuple[Path, Path]:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    for name, text in files.items():
        (content / "sources" / name).write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "T"\n', encoding="utf-8")
    return content, tmp_path / "build"


def _notes(out: Path) -> list[dict]:
    return json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))["notes"]


def test_a_keyed_quiz_fronts_the_note_its_unkeyed_copy_merges_into(tmp_path: Path) -> None:
    """T29-17: the same test kept twice, once with its answer key (read as multiple choice) and once without (the
    options under a question heading, read as a recall question whose 'answer' is the option list). The recall item
    used to front the merged note, so the card's back was the bare option list and the key was only a ✓ folded
    under "1 more answer". The keyed quiz now fronts the note (its correct option on the back), and the option list
    is not repeated under it. A recall item with a real answer still beats a quiz (issue 10)."""
    content, out = _deck(
        tmp_path,
        {
            "a.md": "# Biology\n\n## Which organ pumps blood?\n\n- the liver\n- the heart\n- the lung\n\n"
            "## Which gas do plants take in?\n\nCarbon dioxide, through the stomata of their leaves.\n",
            "b.txt": "Biology test\n\n1. Which organ pumps blood?\nA) the liver\nB) the heart\nC) the lung\n\n"
            "2. Which gas do plants take in?\nA) oxygen\nB) carbon dioxide\nC) nitrogen\n\nAnswers: 1 B, 2 B\n",
        },
    )
    build(content, out)
    notes = {n["fields"]["Question"]: n for n in _notes(out)}
    assert set(notes) == {"Which organ pumps blood?", "Which gas do plants take in?"}
    heart = notes["Which organ pumps blood?"]
    assert heart["kind"] == "multiple_choice"
    assert heart["fields"]["Correct"] == "B) the heart"
    assert "the liver" not in heart["fields"]["Explanation"]  # the unkeyed option list is not shown again
    gas = notes["Which gas do plants take in?"]
    assert gas["kind"] == "basic"  # a recall question with a real answer keeps the front
    assert "stomata" in gas["fields"]["Answer"]
    assert "carbon dioxide" in gas["fields"]["Also"]
