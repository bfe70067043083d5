"""Sixty-second sitting, helper fixes: open findings of the sixty-first sitting's trials (docs/trials/newdocs61.md,
docs/trials/trial61.md), each fixed as a general mechanism.

Each test's docstring says what was wrong before and what the card or message is now. Documents in
tests/data/sitting62/fixes/, written for this sitting in the shapes the findings describe (none fetched;
econ-phone-notes.txt is a copy of the sixty-first sitting's newdocs d/11, also written for the project).
"""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting62" / "fixes"


def test_n61_3_phone_notes_mixing_separators_are_a_card_a_line(tmp_path: Path) -> None:
    """N61-3: phone notes 'GDP = …', 'inflation -> …', 'opportunity cost: next best …', 'elasticity... how much …',
    "what's a monopoly?? one seller …". Before: the ':' line, the '...' line and the '??' line were joined into one
    item (the lower-case lines read as the wrapped rest of the meaning above) and said once, "question has no answer
    (write its answer after ' = ' …)". Now a card a line; the '??' front asks."""
    notes, skipped, messages = built_notes(tmp_path, {"econ.txt": DATA / "econ-phone-notes.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("GDP", "total value of goods & services produced in a country in a yr"),
        ("inflation", "general rise in prices, measured by CPI"),
        ("opportunity cost", "next best alternative given up"),
        ("elasticity", "how much demand changes when price changes"),
        ("What's a monopoly?", "one seller, no close substitutes"),
        ("fiscal policy", "govt spending + tax"),
        ("monetary policy", "central bank, interest rates"),
    ]
    assert skipped == []
    assert not [m for m in messages if "no answer" in m], messages


def test_n61_3_mixed_separators_among_a_majority_of_one_still_split_and_a_wrap_still_joins(tmp_path: Path) -> None:
    """N61-3, the list's own separator on most lines: five 'x = y' lines among 'x: y', 'x... y', 'x?? y' and 'x -> y'.
    Before: the ':', '...' and '??' lines were one item of no answer (joined as wrapped text). Now each is a card; a
    line that really wraps ('and for predicting what comes next' under 'schema = …') still joins its meaning, and a
    note closing the list ('Tip: learn one study for each of these.') stays a note, said, no card."""
    notes, skipped, messages = built_notes(tmp_path, {"psych.txt": DATA / "phone-notes-mixed.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("conformity", "changing behaviour to fit in with a group"),
        ("obedience", "following orders from an authority figure"),
        ("attitude", "a learned tendency to evaluate something"),
        ("schema", "mental framework for organising info about the world and for predicting what comes next"),
        ("cognitive dissonance", "discomfort from holding two conflicting beliefs"),
        ("heuristic", "mental shortcut for quick judgements"),
        ("bystander effect", "less helping when others are around"),
        ("What's groupthink?", "a group choosing harmony over good decisions"),
        ("prejudice", "negative attitude towards a whole group"),
    ]
    assert skipped == []
    notes_said = [m for m in messages if "a note, not a word with its meaning" in m]
    assert len(notes_said) == 1 and "psych.txt:13:" in notes_said[0] and "Tip: learn one study" in notes_said[0], messages
    assert not [m for m in messages if "no answer" in m], messages


def test_n61_3_dots_or_question_marks_alone_make_no_pair_list() -> None:
    """N61-3's limits: dots glued to a term part a pair only in notes that already mix separators; a blank to fill
    ('The … is the powerhouse') and a spaced ellipsis are no separator."""
    from compiler.sources.lines import pair_separator, phone_pair

    assert phone_pair("The … is the powerhouse of the cell") is None
    assert phone_pair("elasticity … how much demand changes") is None
    assert phone_pair("elasticity... how much demand changes") == ("... ", "elasticity", "how much demand changes")
    assert phone_pair("what's a monopoly?? one seller") == ("?? ", "what's a monopoly?", "one seller")
    story = ["Wait... what happened next", "Well... nobody knew", "Then... the lights went out", "And so... we left"]
    assert pair_separator(story) is None
