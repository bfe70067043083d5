"""Sitting 47, lead: a new user's pages read card by card."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

CHECKLIST = (
    "# Pharmacology checklist\n\n"
    "- [x] What does ACE stand for?{sep}Angiotensin-converting enzyme\n"
    "- [x] First-line drug for anaphylaxis?{sep}Adrenaline (epinephrine), IM\n"
    "- [ ] Antidote for paracetamol overdose?{sep}N-acetylcysteine\n"
    "- [ ] Which drug class ends in -olol?{sep}Beta blockers\n"
)


@pytest.mark.parametrize("sep", [" — ", ": ", " "], ids=["dash", "colon", "space"])
def test_a_ticked_checklist_of_questions_is_a_card_per_question(tmp_path: Path, sep: str) -> None:
    """A learner's checklist of questions answered on their lines, ticked as learnt ('- [x] …? — …'), was one card of
    the page's title holding every question: the task boxes read as options. Ticks on entries that each ask and
    answer are no key: the list reads as the same list unticked does."""
    notes, skipped, said = built_notes(tmp_path, {"pharma.md": CHECKLIST.format(sep=sep)})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "What does ACE stand for?": "Angiotensin-converting enzyme",
        "First-line drug for anaphylaxis?": "Adrenaline (epinephrine), IM",
        "Antidote for paracetamol overdose?": "N-acetylcysteine",
        "Which drug class ends in -olol?": "Beta blockers",
    }
    assert skipped == []
    assert not [m for m in said if "not in any card" in m or "no answer" in m]


def test_task_boxes_under_a_question_are_still_its_options(tmp_path: Path) -> None:
    """Options ticked under their question stay a multiple-choice key: the checklist rule takes only entries that
    ask and answer on their own line."""
    page = (
        "# Quiz\n\n## Which drug reverses opioid overdose?\n\n- [ ] Flumazenil\n- [x] Naloxone\n- [ ] Atropine\n\n"
        "## Which vitamin is given with isoniazid?\n\n- [x] Pyridoxine (B6)\n- [ ] Thiamine (B1)\n- [ ] Folate\n"
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {"Which drug reverses opioid overdose?": "B) Naloxone", "Which vitamin is given with isoniazid?": "A) Pyridoxine (B6)"}


@pytest.mark.parametrize("between", ["---", "***", "==="], ids=["dashes", "stars", "equals"])
def test_cards_apart_by_rules_with_a_rule_between_front_and_back(tmp_path: Path, between: str) -> None:
    """'Q?' / '---' / 'A' / '---' / 'Q?' / … (a rule between front and back and another between cards): the second
    and third questions were 'no answer' and their answers 'text outside any question' (read as a list of questions
    nobody answers after a rule); a '===' divider was printed at the end of each back."""
    page = "\n\n".join(
        ["What is the half-life of caffeine?", "---", "About 5 hours in healthy adults.", between,
         "Which enzyme breaks down caffeine?", "---", "CYP1A2 in the liver.", between,
         "Is caffeine an adenosine agonist or antagonist?", "---", "An antagonist: it blocks adenosine receptors."]
    )  # fmt: skip
    notes, skipped, said = built_notes(tmp_path, {"caffeine.md": page + "\n"})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is the half-life of caffeine?": "About 5 hours in healthy adults.",
        "Which enzyme breaks down caffeine?": "CYP1A2 in the liver.",
        "Is caffeine an adenosine agonist or antagonist?": "An antagonist: it blocks adenosine receptors.",
    }
    assert skipped == []
    assert not [m for m in said if "not in any card" in m or "no answer" in m]


def test_a_setext_underline_of_equals_is_still_a_heading(tmp_path: Path) -> None:
    """Only an '===' line after a blank line is a divider: right under its text it underlines a heading."""
    page = "Caffeine\n========\n\n## Which enzyme breaks down caffeine?\n\nCYP1A2 in the liver.\n"
    notes, _, _ = built_notes(tmp_path, {"caffeine.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [("Which enzyme breaks down caffeine?", "CYP1A2 in the liver.")]
