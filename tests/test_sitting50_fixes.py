"""Fiftieth sitting, fixes: the open findings of trial 49 (docs/trials/trial49.md) and sitting 49's rests."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting50" / "fixes"

# --- T49-4, the Markdown-heading side: a heading question that goes on after its '?' -----------------------------------


def test_a_heading_question_that_goes_on_after_its_mark_keeps_its_order_and_text(tmp_path: Path) -> None:
    """T49-4 (high): '## … with a regular expression? I also want " as \\\\" and \\\\ as \\\\\\\\.' over '**Answer:**' was
    shown with its words after the '?' read again from plain text (backslashes lost; over '#### Answer' also moved
    before the question). The answer is labelled under it, so the whole heading asks, as written; a prompt or the
    asker's own second request after the '?' ('Walk through how …', 'I would like to know …') asks too; words that
    answer ('Shoulder dislocation? Extreme upper-arm activity …', learner3 N10) still open the back, as written."""
    notes, skipped, _ = built_notes(tmp_path, {"faq.md": DATA / "heading-goes-on.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        (
            "I need to convert quotes (\\'). How can I do this with a regular expression? I also want \" as \\\" and \\ as \\\\.",
            "Use addslashes.",
        ),
        ("What is A/B testing? Walk through how you would design one for a checkout page.", "Split the traffic."),
        ("Is X fast? I would like to know how it compares with Y\\* in practice.", "It is."),
        ("Shoulder dislocation?", "Extreme upper-arm activity --> musculocutaneous nerve damage here stop it"),
    ]
    assert skipped == []
    heading = "# FAQ\n\n### I need to convert (\\\\'). How can I do this with a regex? I also want \" as \\\\\" please.\n\n#### Answer\n\nUse addslashes.\n"
    notes, _, _ = built_notes(tmp_path / "label", {"faq.md": heading})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("I need to convert (\\'). How can I do this with a regex? I also want \" as \\\" please.", "Use addslashes.")
    ]
    told = "# Notes\n\n## Which escape gives a quote? The sequence \\\\\" inside a `\"…\"` string literal in C\n\n- and more\n"
    notes, _, _ = built_notes(tmp_path / "told", {"notes.md": told})
    assert [(note_front(n), note_back(n)) for n in notes] == [("Which escape gives a quote?", 'The sequence \\" inside a "…" string literal in C and more')]
    assert "<code>" in notes[0]["fields"]["Answer"]


def test_an_rst_heading_that_goes_on_asking_keeps_an_escaped_backslash_and_its_space(tmp_path: Path) -> None:
    """T49-4 in reStructuredText: the same heading as a section title; '\\\\ as' is a backslash and ' as' (the escaped
    space rule took the space after the escaped backslash: 'and \\as')."""
    notes, _, _ = built_notes(tmp_path, {"faq.rst": DATA / "heading-goes-on.rst"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        (
            "I need to convert quotes (\\'). How can I do this with a regular expression? I also want \" as \\\" and \\ as \\\\.",
            "Use addslashes.",
        ),
        ("Is X fast? I would like to know how it compares with Y* in practice.", "It is."),
    ]
