"""Trial 4 (new user, unseen documents): findings fixed in the shared reader modules.

Each test builds a small document written for it (tests/data/newuser/) the way a new user would:
drop it into content/sources/ and build.
"""

from __future__ import annotations

from pathlib import Path

from compiler.build import build
from compiler.model import ItemKind
from compiler.render import correct_html, options_html
from compiler.sources.choices import find_choices, key_labels

DATA = Path(__file__).parent / "data" / "newuser"


def drop_in(tmp: Path, *names: str, table: str = "") -> Path:
    content = tmp / "content"
    (content / "sources").mkdir(parents=True, exist_ok=True)
    for name in names:
        (content / "sources" / name).write_bytes((DATA / name).read_bytes())
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n{table}', encoding="utf-8")
    return content


def test_an_answer_line_may_name_several_options() -> None:
    """'Correct answer: B, E' marked B only and made ', E' the explanation; 'Correct Answer: BD' marked none."""
    assert key_labels("B, E") == ["B", "E"]
    assert key_labels("A and C") == ["A", "C"]
    assert key_labels("BD") == ["B", "D"]
    assert key_labels("DB") == []  # capitals run together only in order
    assert key_labels("B, a") == ["B"]  # 'Answer: B, a variable …'
    options = ["- A. Red", "- B. Green", "- C. Blue", "- D. Black", "- E. White", ""]
    for line, correct, explanation in [
        ("Correct answer: B, E", "B,E", []),
        ("Correct Answer: BD", "B,D", []),
        ("**Answer:** A & C", "A,C", []),
        ("Answer: (b), (e). Both are colours of light.", "B,E", ["Both are colours of light."]),
        ("Correct answer: C", "C", []),
    ]:
        found = find_choices([*options, line])
        assert found is not None and found.correct == correct, line
        assert [x for x in found.explanation if x.strip()] == explanation, line
    wrong = find_choices([*options, "Correct answer: B, G"])
    assert wrong is not None and wrong.correct is None and wrong.unknown == [(6, "G")]


def test_a_quiz_keyed_with_several_letters_marks_every_one(tmp_path: Path) -> None:
    content = drop_in(tmp_path, "quiz-several-keys.md")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.kind, i.correct) for i in items] == [
        (ItemKind.multiple_choice, "A,C"),
        (ItemKind.multiple_choice, "A,C"),
        (ItemKind.multiple_choice, "A,C"),
        (ItemKind.multiple_choice, "A"),
    ]  # the fifth's key names F: no card, and a warning saying so
    assert items[0].answer_plain() == "" and items[2].answer_plain() == "Both grow on plants as fruit."
    first, second = items[0], items[1]
    assert correct_html(first) == "A) Red<br>C) Blue"
    assert options_html(first).count('class="correct"') == 2 and "choose 2" not in options_html(first)  # it says '(Choose TWO)'
    assert '<p class="pick">(choose 2)</p>' in options_html(second)  # it does not: the front says how many
    assert 'class="pick"' not in options_html(items[3])
    [warning] = [w for w in result.compiled.diagnostics.warnings if "not one of the options" in w.message]
    assert warning.line == 37 and "names F" in warning.message
