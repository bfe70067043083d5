"""Fiftieth sitting, finder: findings of trial 50 (real public documents: the Swift book's guided tour in DocC
Markdown, Rust by Example, the Rust book's quizzes, Microsoft Learn FAQs in YAML, a JSON bank of interview questions,
the sysadmin interview README, exercism's exercise pages, a coding-challenge notebook, an algorithms README in four
languages; docs/trials/trial50.md) fixed: a DocC aside that asks is no question answered by the tour's next paragraph
(T50-1); a format string in a code span is the code's, never a kramdown attribute list (T50-2)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial50"


# --- T50-1: DocC asides that ask ----------------------------------------------------------------------------------------


def test_an_aside_that_asks_stays_in_its_sections_card(tmp_path: Path) -> None:
    """T50-1 (high): the Swift book's tour sets exercises apart as DocC asides (``> Experiment: Try removing the
    default case.`` / ``> What error do you get?``). With two of them on a page, each was read as a quoted question
    and the tour's next paragraph, which goes on about something else, as its answer: a card asking 'What error do you
    get?' answered 'Notice how let can be used in a pattern.'. Now an aside (a quote opening with its name and a colon)
    is a callout of its section's text: each section one card, the experiment where the page puts it."""
    notes, skipped, _ = built_notes(tmp_path, {"tour.md": TRIAL / "docc-tour.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert set(cards) == {"Values", "Branches", "Failures"}
    assert not any(front.startswith("Experiment") for front in cards)
    values = cards["Values"]
    assert values.index("Experiment: Remove the type from the last line. What error do you get?") < values.index(
        "A name written with keep can never be given a second value."
    )
    assert "Every when must cover every reading" in cards["Branches"]
    assert "Note: Handlers are tried from top to bottom." in cards["Failures"]
    assert skipped == []


def test_quoted_questions_over_their_answers_are_still_cards(tmp_path: Path) -> None:
    """T50-1, the shape the quoted-question rule is for (trial26 T26-34): notes that set each question apart as a quote,
    its answer the text under it, are a card each still; only a quote opening with an aside's name is a callout."""
    page = (
        "# Networking notes\n\n> How do I find which process listens on port 8080?\n\n`ss -ltnp | grep 8080`\n\n"
        "> Which file maps host names to addresses before DNS?\n\n`/etc/hosts`, read first by the resolver.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"net.md": page})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "How do I find which process listens on port 8080?": "ss -ltnp | grep 8080",
        "Which file maps host names to addresses before DNS?": "/etc/hosts , read first by the resolver.",
    }


# --- T50-2: format strings in code spans ---------------------------------------------------------------------------------


def test_a_format_string_in_a_code_span_is_kept(tmp_path: Path) -> None:
    """T50-2 (high): Rust by Example writes its format strings in code spans (``the debug format `{:?}```). A kramdown
    attribute list after a span (``**Economics**{: data-type="term"}``) is layout, and the rule took the span's own
    ``{:?}`` for one: the card read 'use the debug format instead of `{}`', the specifier gone and the next code span
    broken. Now an attribute list is a list of classes, ids and keys, never inside a code span: ``{:?}``, ``{:#?}``,
    ``{:0>2}`` and ``{:02X}`` are on the cards; ``{: .no_toc}`` and a span's ``{: .cmd}`` are still no text."""
    notes, _, said = built_notes(tmp_path, {"fmt.md": TRIAL / "rust-format.md"})
    cards = {note_front(n): n for n in notes}
    debug = cards["How do I print a value for debugging?"]["fields"]["Answer"]
    assert "<code>{:?}</code>" in debug and "<code>{}</code>" in debug and "<code>{:#?}</code>" in debug
    pad = note_back(cards["How do I pad a number with zeros?"])
    assert "{:0>2} pads to two digits, {:02X} prints two hex digits." in pad
    assert "Run cargo doc to read" in pad and "{:" not in pad.replace("{:0>2}", "").replace("{:02X}", "")
    assert not any("no_toc" in note_back(n) or "no_toc" in note_front(n) for n in notes)
    assert not any("fmt.md:2" in s for s in said)
