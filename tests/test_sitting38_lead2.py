"""Thirty-eighth sitting, lead: a question asking what code prints, over its code and the answer."""

from __future__ import annotations

from pathlib import Path

from compiler.build import build

TRIALS = Path(__file__).parent / "data" / "trials" / "trial38"


def _backs(tmp_path: Path, name: str, text: str) -> dict[str, tuple[str, str]]:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    (content / "sources" / name).write_text(text, encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and not result.compiled.diagnostics.errors
    return {n.primary.question: (n.fields["Question"], n.fields["Answer"]) for n in result.compiled.deck.notes}


def test_what_is_printed_over_code_and_its_answer_puts_the_code_on_the_front(tmp_path: Path) -> None:
    """'### What is printed?' / the code / '`[1, 2, 3]` — …': the front asked about code only the back showed."""
    notes = _backs(
        tmp_path,
        "py.md",
        "# Python self-test\n\n### What is printed?\n```python\nx = [1, 2]\ny = x\ny.append(3)\nprint(x)\n```\n"
        "`[1, 2, 3]` — `y` and `x` name the same list.\n\n### How do you copy a list?\n```python\ny = x.copy()\n```\n"
        "Or slice it: `x[:]`.\n\n### What is returned by a generator function?\n```python\ndef g():\n    yield 1\n```\n"
        "A generator object; calling `next()` on it runs the body.\n",
    )
    front, back = notes["What is printed?"]
    assert "<pre" in front and "<pre" not in back and "name the same list" in back
    front, back = notes["How do you copy a list?"]  # (the code is the answer)
    assert "<pre" in back and "<pre" not in front
    front, back = notes["What is returned by a generator function?"]  # (names what it asks about: an example)
    assert "<pre" in back and "<pre" not in front


def test_an_outliner_answer_of_one_nested_entry_is_its_text_not_a_list_of_one(tmp_path: Path) -> None:
    """A Logseq page: '- What is the capital of Peru? #card' / '\t- Lima': the back was a bulleted 'Lima'."""
    notes = _backs(
        tmp_path,
        "logseq.md",
        "- What is the capital of Peru? #card\n\t- Lima\n- What does HTTP stand for? #card\n\t- Hypertext Transfer Protocol\n"
        "- Name two noble gases. #card\n\t- Neon\n\t- Argon\n",
    )
    assert notes["What is the capital of Peru?"][1].startswith("<p>Lima</p>")
    assert notes["What does HTTP stand for?"][1].startswith("<p>Hypertext Transfer Protocol</p>")
    assert notes["Name two noble gases."][1].startswith("<ul>")  # (two entries stay a list)


def test_a_true_or_false_title_over_verdict_statements_gives_a_card_per_statement(tmp_path: Path) -> None:
    """'# True or false?' over '1. The Earth orbits … — True': the title asked, and its answer was the whole list (one
    card); under any other title each statement was a card."""
    notes = _backs(
        tmp_path,
        "tf.md",
        "# True or false?\n\n1. The Earth orbits the Sun once every 365.25 days. — True\n"
        "2. Sound travels faster than light. — False\n3. Water boils at 100 °C at sea level. — True\n",
    )
    assert len(notes) == 3
    assert notes["True or false: Sound travels faster than light."][1].startswith("<p>False</p>")


def test_only_a_prompt_alone_is_a_true_or_false_title() -> None:
    from compiler.sources.lines import judge_prompt_only

    assert all(map(judge_prompt_only, ["True or false?", "## Part B: True or False", "Vrai ou faux ?", "T/F questions"]))
    assert not any(map(judge_prompt_only, ["True or false: the Sun is a star.", "What is true or false?", "Why is it false?"]))


def test_colour_marks_beside_marks_of_other_colours_are_categories_not_right_and_wrong() -> None:
    """trial38 T38-9 (high): '🔵 der Tisch' / '🔴 die Lampe' / '🟢 das Fenster' (the genders a course book colours):
    the red and green circles were rewritten to ❌ and ✅; a quiz's green and red options still are."""
    from compiler.sources.color_marks import color_marks

    words = (TRIALS / "t38-9-colour-circles-in-vocabulary" / "de-emoji-vokabeln.md").read_text(encoding="utf-8")
    assert color_marks(words) == words
    assert color_marks("Which planet is largest?\n- 🟢 Jupiter\n- 🔴 Saturn\n") == "Which planet is largest?\n- ✅ Jupiter\n- ❌ Saturn\n"


def test_radio_button_options_in_a_paragraph_are_a_keyed_multiple_choice_question(tmp_path: Path) -> None:
    """trial38 T38-10 (high): '( ) 80' / '(x) 443' / '( ) 8080' under a question: a Basic card whose back was the raw
    lines; '[x] GET' boxes in the same file were read right."""
    text = (TRIALS / "t38-10-radio-options" / "en-radio-quiz.md").read_text(encoding="utf-8")
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    (content / "sources" / "quiz.md").write_text(text, encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and not result.compiled.diagnostics.errors
    by_question = {n.primary.question: n.primary for n in result.compiled.deck.notes}
    port = by_question["What is the default port of HTTPS?"]
    assert [c.text for c in port.choices] == ["80", "443", "8080"] and port.correct == "B"
    assert by_question["Which HTTP methods are idempotent?"].correct == "A,C,D"


def test_flip_cards_that_are_the_pages_own_blocks_are_a_card_each(tmp_path: Path) -> None:
    """trial38 T38-15 (medium): '<h1>' then '<div class="card"><div class="front">…</div><div class="back">…</div></div>'
    blocks in the page's body: one card, the page's title over every front and back."""
    page = (TRIALS / "t38-15-html-flip-cards" / "en-flipcards.html").read_text(encoding="utf-8")
    notes = _backs(tmp_path, "cards.html", page)
    assert sorted(notes) == ["el pan", "la leche", "la manzana"]
    assert notes["el pan"][1].startswith("<p>the bread</p>")
