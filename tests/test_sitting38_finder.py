"""Thirty-eighth sitting, finder: findings of new-user trial 38 fixed (docs/trials/trial38.md): questions that rules
separate, each answered in one paragraph (T38-1)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial38"


def _tight(text: str) -> str:
    """A field's plain text without the space the HTML-to-text step leaves before punctuation after code."""
    return re.sub(r"\s+([?.,!])", r"\1", text)

# --- T38-1: '**Q: …**' / one paragraph / '___' between questions ---------------------------------------------------


def test_bold_questions_that_rules_separate_each_answered_in_one_paragraph_are_all_cards(tmp_path: Path) -> None:
    """T38-1 (severe): after the first, every '**Q: …**' question answered in one paragraph and followed by a '___' rule
    was taken for a list of questions nobody answers (trial12 U12): 'question has no answer', its answer 'text outside
    any question' (Tyrrrz/interview-questions, 6 of 30 questions lost)."""
    folder = TRIAL / "t38-1-rule-between-bold-questions"
    notes, skipped, said = built_notes(tmp_path, {"nullable.md": folder / "en-csharp-nullable-excerpt.md", "abc.md": folder / "en-rule-between-bold-q.md"})
    got = {_tight(note_front(n)): _tight(note_back(n)) for n in notes}
    assert got == {
        "What's the difference between int and int? declarations?": got["What's the difference between int and int? declarations?"],
        "What happens when you pass an instance of Nullable<T> to a method that expects an object?": (
            'In such cases, to avoid "double boxing", the Nullable<T> wrapper is discarded and you either get a T instance '
            "boxed as object or a null reference, depending on whether HasValue is true or false."
        ),
        "How does Nullable<T> work during runtime?": (
            "Behavior of Nullable<T> is further optimized by the runtime, which makes its instances appear as instances "
            "of T when HasValue is true."
        ),
        "What is A?": "A is the first letter.",
        "What is C?": "C is the third letter.",
        "What is B?": "B is second.",
    }, said
    assert got["What's the difference between int and int? declarations?"].startswith("The int? notation is a shorthand")
    assert not skipped and not any("no answer" in s or "outside any question" in s for s in said), said


def test_rules_separating_questions_answered_in_one_paragraph_whatever_the_rule(tmp_path: Path) -> None:
    """T38-1: '---' and '***' rules as '___', and plain bold questions as '**Q: …**' ones."""
    page = "**{q}What is A?**\n\nA is a vowel.\n\n{rule}\n\n**{q}What is B?**\n\nB is a consonant.\n\n{rule}\n\n**{q}What is E?**\n\nE is a vowel.\n"
    for k, (q, rule) in enumerate([("", "---"), ("Q: ", "***"), ("", "___")]):
        notes, skipped, said = built_notes(tmp_path / str(k), {"page.md": page.format(q=q, rule=rule)})
        assert [(note_front(n), note_back(n)) for n in notes] == [
            ("What is A?", "A is a vowel."), ("What is B?", "B is a consonant."), ("What is E?", "E is a vowel.")
        ], (rule, said)
        assert not skipped, skipped


def test_a_rule_then_questions_nobody_answers_are_still_no_cards(tmp_path: Path) -> None:
    """T38-1's limit: a rule then questions one after another with no answer between them stay a list nobody answers
    (trial12 U12): each 'no answer', never the last answer's back."""
    page = (
        "## What is a closure?\n\nA function with the variables of the scope it was made in.\n\n---\n\n"
        "What is hoisting?\n\nWhat is the event loop?\n\nWhat is a promise?\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"js.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [("What is a closure?", "A function with the variables of the scope it was made in.")], said
    assert sorted(s["question"] for s in skipped) == ["What is a promise?", "What is hoisting?", "What is the event loop?"]
