"""Twenty-fourth sitting, markup: how the Markdown reading turns a page's structure into items (trial23 T23-10,
T23-13, …). Fixtures are small snippets in the documents' shapes."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import note_back as _back
from conftest import note_front as _front

# --- T23-10: a question heading answered by a tree of topic sub-headings --------------------------------------------


def _body(topic: str, sentences: int = 12) -> str:
    """A topic's long text with code, as a notes page explains a pattern."""
    words = " ".join(f"The {topic} keeps part {k} of its design apart from the callers that use it." for k in range(sentences))
    return f"{words}\n\n```python\nclass {topic.replace(' ', '')}:\n    def make(self):\n        return 1\n```\n"


PATTERNS = f"""# Python interview

## What is a closure?

A function that keeps the variables of the scope it was made in.

## Which design patterns do you know

- [Design patterns in Python](https://example.org/patterns)

### Creational

Creational patterns describe how objects are made.

#### Abstract factory

{_body("Abstract factory")}
#### Builder

{_body("Builder")}
### Structural

Structural patterns describe how objects are put together.

#### Adapter

{_body("Adapter")}
#### Facade

{_body("Facade")}
## What is the GIL?

A lock that lets one thread run Python bytecode at a time.
"""


def test_a_long_answer_under_topic_sub_headings_is_a_card_per_topic(tmp_path: Path) -> None:
    """Each topic sub-heading is a card of its own under the question's section, the question's answer is its own text
    and the list of the topics, and one warning says so with the setting that keeps the answer whole."""
    notes, skipped, said = _built(tmp_path, {"python.md": PATTERNS})
    fronts = [_front(n) for n in notes]
    assert fronts == [
        "What is a closure?", "Which design patterns do you know?", "Creational", "Abstract factory", "Builder",
        "Structural", "Adapter", "Facade", "What is the GIL?",
    ]  # fmt: skip
    parent = notes[1]
    assert "Design patterns in Python" in _back(parent)
    assert all(t in _back(parent) for t in ("Creational", "Abstract factory", "Builder", "Structural", "Adapter", "Facade"))
    assert "keeps part" not in _back(parent)  # (the topics' text is theirs)
    factory = notes[3]
    assert "Abstract factory keeps part 0" in _back(factory) and "class Abstractfactory" in _back(factory)
    assert "Builder" not in _back(factory)
    assert factory["sections"] == ["python::Which design patterns do you know? › Creational"]
    assert not skipped
    assert any("topic sub-headings" in s and 'subheadings = "answer"' in s for s in said)
    whole, _, said = _built(tmp_path / "whole", {"python.md": PATTERNS}, table='[[source]]\nid = "python"\nfile = "sources/python.md"\nsubheadings = "answer"\n')
    assert [_front(n) for n in whole] == ["What is a closure?", "Which design patterns do you know?", "What is the GIL?"]
    assert "Facade keeps part 3" in _back(whole[1])
    assert not any("topic sub-headings" in s for s in said)


def test_an_ordinary_answer_keeps_its_sub_headings(tmp_path: Path) -> None:
    """'### Example' / '### Pros' under a question of ordinary length are parts of its answer, not cards."""
    page = """# Notes

## What is memoization?

Caching a function's results by its arguments.

### Example

`functools.lru_cache` memoizes a function.

### Pros and cons

Faster repeated calls, more memory.
"""
    notes, _, _ = _built(tmp_path, {"notes.md": page})
    assert [_front(n) for n in notes] == ["What is memoization?"]
    assert "lru_cache" in _back(notes[0]) and "more memory" in _back(notes[0])


# --- T23-13: the same bold question under every topic ----------------------------------------------------------------


def _topic(name: str, why: str) -> str:
    return f"""##### {name}

{_body(name, 6)}
**Why is it important?**

{why}
"""


REACT = (
    "# React questions\n\n#### What JavaScript do I need to learn React?\n\n"
    + _topic("Ternary operator", "Interfaces render one thing or another depending on the state.")
    + _topic("Arrow functions", "Components and callbacks are written with them all the time.")
    + _topic("Modules", "React ships its parts as modules.")
    + "#### What is JSX?\n\nA syntax extension that writes elements like HTML.\n"
)


def test_a_bold_question_asked_under_every_topic_stays_in_its_topic(tmp_path: Path) -> None:
    """'**Why is it important?**' under each topic sub-heading of a question's answer: a card per topic holding its
    explanation and the why, never a card fronted by the bare question or by the topic's explanation."""
    notes, skipped, _ = _built(tmp_path, {"react.md": REACT})
    fronts = [_front(n) for n in notes]
    assert fronts == [
        "What JavaScript do I need to learn React?", "Ternary operator", "Arrow functions", "Modules", "What is JSX?",
    ]  # fmt: skip
    arrows = _back(notes[2])
    assert "Arrow functions keeps part 0" in arrows and "Why is it important?" in arrows and "callbacks" in arrows
    assert "Ternary operator" in _back(notes[0]) and "Modules" in _back(notes[0])
    assert not skipped


def test_topic_headings_with_the_same_bold_question_read_alike(tmp_path: Path) -> None:
    """Topic headings with no question above them, each over its text and the same bold question: each heading's
    card holds its text and the why (the first had its text on the front, the others lost it as outside text)."""
    page = """# JavaScript for React

## Ternary operator

Ternaries are a way to write conditions without `if`.

**Why is it important?**

Interfaces render one thing or another depending on the state.

## Arrow functions

Arrow functions are a shorter syntax for function expressions.

**Why is it important?**

Components and callbacks are written with them all the time.
"""
    notes, skipped, said = _built(tmp_path, {"js.md": page})
    assert [_front(n) for n in notes] == ["Ternary operator", "Arrow functions"]
    assert "shorter syntax" in _back(notes[1]) and "callbacks" in _back(notes[1])
    assert not skipped and not any("outside any question" in s for s in said)
