"""Thirty-eighth sitting, helper "fixes": open findings of trials 31–37 fixed (nested Obsidian callouts holding
multiple choice, T37-15; …)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

TRIAL = Path(__file__).parent / "data" / "trials" / "trial37"

# --- T37-15: a callout that only groups question callouts -----------------------------------------------------------


def test_nested_callouts_holding_fill_in_the_blank_multiple_choice_are_cards(tmp_path: Path) -> None:
    """T37-15 (high): '> [!QUESTION]- Post assessment' over '> > [!QUESTION] A hardware MFA … _ MFA.' / '> > - [x] virtual'
    was one question with no answer, the questions inside it no card (0 cards, 'question has no answer' 4 times)."""
    notes, _, said = built_notes(tmp_path, {"iam.md": TRIAL / "t37-15-nested-callout-mcq" / "en-obsidian-nested-mcq.md"})
    assert [(n["kind"], note_front(n), note_back(n), n["fields"].get("Section")) for n in notes] == [
        ("multiple_choice", "A hardware MFA has a smaller attack surface than a _ MFA.", "A) virtual", "Post assessment"),
        ("multiple_choice", "The root account should have _ access keys.", "C) no", "Post assessment"),
    ], said
    assert [plain_text(o) for o in notes[0]["fields"]["Options"].split("</li>")[:-1]] == ["A) virtual", "B) physical", "C) biometric"]
    assert not any("no answer" in s or "headings" in s for s in said), said


def test_a_mkdocs_question_box_of_question_boxes_reads_the_same(tmp_path: Path) -> None:
    """T37-15: the MkDocs form of the same group ('??? question "Quiz"' over indented '!!! question "…?"' boxes, each
    with its answer) gives a card per inner box, the group's title their Section."""
    page = (
        "# Networking\n\n??? question \"Quiz\"\n\n    !!! question \"What does TCP guarantee?\"\n        Ordered, reliable delivery.\n\n"
        "    !!! question \"What does UDP leave out?\"\n        Retransmission and ordering.\n"
    )
    notes, _, said = built_notes(tmp_path, {"net.md": page})
    assert [(note_front(n), note_back(n), n["fields"].get("Section")) for n in notes] == [
        ("What does TCP guarantee?", "Ordered, reliable delivery.", "Quiz"),
        ("What does UDP leave out?", "Retransmission and ordering.", "Quiz"),
    ], said


def test_a_group_with_text_after_it_leaves_its_title_out_of_the_cards_after(tmp_path: Path) -> None:
    """T37-15: a group box followed, in the same section, by another question: the questions inside are cards, and the
    group's title is not the Section of the question after it (it would be, read as a heading)."""
    page = (
        "# Networking\n\n## Transport\n\n> [!example]- Review questions\n> > [!question]- What does TCP guarantee?\n"
        "> > Ordered, reliable delivery.\n>\n> > [!question]- What does UDP leave out?\n> > Retransmission and ordering.\n\n"
        "> [!question]- What is a port?\n> A number naming a service on a host.\n"
    )
    notes, _, said = built_notes(tmp_path, {"net.md": page})
    assert [(note_front(n), note_back(n), n["fields"].get("Section")) for n in notes] == [
        ("What does TCP guarantee?", "Ordered, reliable delivery.", "Transport"),
        ("What does UDP leave out?", "Retransmission and ordering.", "Transport"),
        ("What is a port?", "A number naming a service on a host.", "Transport"),
    ], said


def test_a_question_callout_with_a_hint_callout_inside_is_still_one_card(tmp_path: Path) -> None:
    """T37-15's rule reads only boxes that hold nothing but boxes: a question whose answer has a nested tip stays one
    card, the tip on its back."""
    page = "# Networking\n\n> [!question]- What is a port?\n> A number naming a service on a host.\n> > [!tip] Think of flat numbers.\n"
    notes, _, said = built_notes(tmp_path, {"net.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is a port?", "A number naming a service on a host. Think of flat numbers."),
    ], said
