"""Sitting 57, lead: the same heading opening every answer of a page (a language name on every toggle of a
multilingual interview page) is the page's furniture, not part of each answer."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back

DATA = Path(__file__).parent / "data" / "sitting57" / "lead"


def test_heading_opening_every_answer_is_left_out_once(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"go.md": DATA / "toggles-language-heading.md"})
    backs = [note_back(n) for n in notes]
    assert len(notes) == 4 and not skipped, backs
    assert backs[0].startswith("A goroutine is a function"), backs[0]
    assert backs[1] == "nil .", backs[1]
    assert not any(b.startswith("Go ") for b in backs), backs
    said = [m for m in messages if "the same heading opens" in m]
    assert len(said) == 1 and "go.md:12:" in said[0] and "4 answers ('Go')" in said[0], messages


def test_a_heading_opening_only_some_answers_stays(tmp_path: Path) -> None:
    """Two of five answers under the same heading is structure the author chose for those two, not furniture."""
    page = "".join(
        f"## Q{k}. What is {w}?\n\n" + ("#### Example\n\n" if k < 3 else "") + f"{w.title()} is a word, the {k}th.\n\nMore.\n\n"
        for k, w in enumerate(["alpha", "beta", "gamma", "delta", "epsilon"], 1)
    )
    notes, _, messages = built_notes(tmp_path, {"words.md": page})
    assert "Example" in note_back(notes[0]), note_back(notes[0])
    assert not any("the same heading opens" in m for m in messages), messages


def test_a_short_answer_opening_many_answers_stays(tmp_path: Path) -> None:
    """'True.' opening most answers is what they answer: only a heading is furniture."""
    page = "".join(
        f"## Is claim {k} right?\n\nTrue.\n\nBecause reason {k} holds for it.\n\n" for k in range(1, 6)
    )
    notes, _, messages = built_notes(tmp_path, {"claims.md": page})
    assert all(note_back(n).startswith("True.") for n in notes), [note_back(n) for n in notes]
    assert not any("the same heading opens" in m for m in messages), messages


def test_dupes_lists_the_pairs_to_decide_before_those_kept_apart() -> None:
    """A bank beside its translation: `deckc dupes --status suggested --min-score 0.5` (the command a build prints for
    the likely pairs) listed 75 translation pairs deckc keeps apart itself, interleaved by score with the four to
    decide. The listing now follows its tally: to decide first, then a line saying the rest need nothing, as --toml."""
    from types import SimpleNamespace

    from test_dedupe_logic import item

    from compiler.decisions import DedupeSettings
    from compiler.dupes_report import format_pairs
    from compiler.passes.dedupe import OTHER_LANGUAGES, Pair

    a = item("a", "What is SwiftUI and how does it differ from UIKit?", "A declarative UI framework.")
    b = item("b", "Difference between UIKit and SwiftUI?", "UIKit is imperative.")
    c = item("c", "What is Codable?", "Encodable and Decodable.")
    d = item("d", "Was ist Codable?", "Encodable und Decodable.")
    e = item("e", "What is the event loop?", "It runs callbacks.")
    pairs = [
        Pair(c, d, 0.9, 0.9, reason=f"{OTHER_LANGUAGES} (de / en): each keeps its card"),
        Pair(a, b, 0.6, 0.9),
        Pair(a, e, 0.04, 0.5, reason="below suggest, listed as the closest match in another document: check"),
    ]
    shown = format_pairs(pairs, SimpleNamespace(settings=DedupeSettings()))  # type: ignore[arg-type]
    lines = shown.splitlines()
    heads = [k for k, line in enumerate(lines) if line.startswith(("suggested", "-- "))]
    assert [lines[k][:13] for k in heads] == ["suggested   s", "-- 1 pair bel", "suggested   s", "-- 1 closest ", "suggested   s"]
    assert "score 0.60" in lines[heads[0]] and "two languages" in lines[heads[2]] and "score 0.04" in lines[heads[4]]
    assert "nothing to decide" in lines[heads[1]], lines[heads[1]]
    assert lines[0].startswith("deckc dupes: 3 pairs (3 suggested: 1 to decide, 1 kept apart for sure, 1 closest"), lines[0]


EN = """# Swift

## What is an optional?

A type that holds either a value or nil, so that a missing value is explicit in the code.

## What is a tuple?

A fixed group of values of possibly different types, returned together from a function.

## Escaping vs non-escaping closures?

A non-escaping closure runs before the function returns; an escaping one may be stored and run after it returns.
"""

DE = """# Swift

## Was ist ein Optional?

Ein Typ, der entweder einen Wert oder nil enthält, damit ein fehlender Wert im Code sichtbar ist.

## Was ist ein Tupel?

Eine feste Gruppe von Werten mit möglicherweise verschiedenen Typen, die zusammen zurückgegeben werden.

## Escaping vs non-escaping closures?

Eine nicht entkommende Closure läuft, bevor die Funktion zurückkehrt; eine entkommende kann gespeichert und später ausgeführt werden.
"""


def _closure_pair(tmp_path: Path, en: str, de: str):  # type: ignore[no-untyped-def]
    from conftest import deck_of

    from compiler.build import build

    result = build(deck_of(tmp_path, {"en.md": en, "de.md": de}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    fronts = [n.primary.question for n in result.compiled.deck.notes]
    pairs = [p for p in result.compiled.dupes.pairs if p.a.question == p.b.question]
    assert len(pairs) == 1, result.compiled.dupes.pairs
    return pairs[0], fronts


def test_one_english_question_kept_in_a_translation_keeps_its_card(tmp_path: Path) -> None:
    """A German translation of an interview page that left one question in English over its German answer: each
    answer in its own page's language, at length, so the two stay two cards for sure, as the page's other 127 pairs
    do (with the real model it was the one automatic merge, the English answer under the German card)."""
    from compiler.passes.dedupe import OTHER_LANGUAGES

    pair, fronts = _closure_pair(tmp_path, EN, DE)
    assert pair.reason.startswith(OTHER_LANGUAGES) and "(de / en)" in pair.reason, pair
    assert fronts.count("Escaping vs non-escaping closures?") == 2, fronts


def test_one_question_in_the_same_words_with_short_answers_is_still_one_question(tmp_path: Path) -> None:
    """Short answers tell no language: the same words stay one question to merge or decide, as before (T29-7)."""
    from compiler.passes.dedupe import OTHER_LANGUAGES

    en = EN.replace("A non-escaping closure runs before the function returns; an escaping one may be stored and run after it returns.", "Stored or not.")
    de = DE.replace("Eine nicht entkommende Closure läuft, bevor die Funktion zurückkehrt; eine entkommende kann gespeichert und später ausgeführt werden.", "Gespeichert oder nicht.")
    pair, _ = _closure_pair(tmp_path, en, de)
    assert not pair.reason.startswith(OTHER_LANGUAGES), pair


def test_text_under_a_heading_that_asks_stays_under_it_on_the_front(tmp_path: Path) -> None:
    """mdanki's '%' splits a heading's front (the heading and the text under it) from its back: under a heading that
    asks, that text was shown above its own heading ('Ventricular depolarisation.' / 'What does the QRS complex
    represent?'); under a topic heading it was below. Both are now as the page has them."""
    page = (
        "# Cardiology\n\n## What does the QRS complex show on an ECG trace?\n\nLook at the tallest spike.\n\n%\n\n"
        "Ventricular depolarisation.\n\n## Preload\n\nWhat does it measure?\n\n%\n\nEnd-diastolic volume.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"ecg.md": page})
    fronts = [n["fields"]["Question"] for n in notes]
    assert fronts[0].startswith("What does the QRS complex show on an ECG trace?") and "tallest spike" in fronts[0], fronts
    assert fronts[1].startswith("Preload") and "What does it measure?" in fronts[1], fronts
    assert [note_back(n) for n in notes] == ["Ventricular depolarisation.", "End-diastolic volume."]


def test_a_highlights_exports_metadata_is_no_card(tmp_path: Path) -> None:
    """A Readwise/Kindle highlights export opens with '## Metadata' over its fields (Author, Full Title, Category): it
    was a card 'Metadata' / 'Author: Marcus Aurelius …'. It is the page's description: skipped, said once."""
    notes, skipped, messages = built_notes(tmp_path, {"meditations.md": DATA / "highlights-export.md"})
    assert [n["fields"]["Question"] for n in notes] == ["Highlights"], notes
    assert any(s["line"] == 5 and "metadata" in s["skipped"] for s in skipped), skipped
    assert [m for m in messages if "'Metadata' holds the page's metadata" in m and "meditations.md:5:" in m], messages


def test_facts_under_a_metadata_or_properties_heading_stay_cards(tmp_path: Path) -> None:
    """Only fields under a heading naming metadata: a chemistry page's properties, or prose about metadata, teach."""
    page = (
        "# Water\n\n## Properties\n\n- Boiling point: 100 °C at sea level\n- Density: 1 g/cm³ at 4 °C\n\n"
        "## Metadata\n\nMetadata is data that describes other data, such as a photo's date and camera.\n"
    )
    notes, _, messages = built_notes(tmp_path, {"water.md": page})
    fronts = [n["fields"]["Question"] for n in notes]
    assert len(fronts) == 2 and fronts[0].endswith("Properties") and fronts[1] == "Metadata", fronts
    assert not [m for m in messages if "page's metadata" in m], messages


def test_entries_set_off_by_rules_are_read_alike_to_the_end(tmp_path: Path) -> None:
    """A Kindle highlights export sets off every highlight with '---': the last one or two were taken for the page's
    closing remark after a rule (sitting 54's '---' / '**Pro-Tip**: …'), said as text in no card while the others were
    on the card. A rule is no closing when the answer holds rules of its own or more follow."""
    notes, _, messages = built_notes(tmp_path, {"meditations.md": DATA / "kindle-highlights.md"})
    backs = [note_back(n) for n in notes]
    assert len(notes) == 1 and "What stands in the way" in backs[0] and "Be one." in backs[0] and "best revenge" in backs[0], backs
    assert not [m for m in messages if "outside any question" in m], messages


def test_a_closing_remark_after_the_last_answer_is_still_the_pages(tmp_path: Path) -> None:
    page = "# Python\n\n## What is `__init__`?\n\nThe method that sets up a new object.\n\n---\n\n**Pro-Tip**: Always mention dunder methods in interviews.\n"
    notes, _, _ = built_notes(tmp_path, {"py.md": page})
    assert note_back(notes[0]) == "The method that sets up a new object.", note_back(notes[0])


def test_a_section_of_numbered_questions_after_the_first_question_is_no_part_of_its_answer(tmp_path: Path) -> None:
    """T57-10's rule sets a one-question page's statement headings under its question; '## Kernel designs' over
    numbered questions of its own ('1. What are the kinds of kernels?') is no part of 'What is a kernel?': its heading
    had been glued onto that card's back."""
    data = Path(__file__).parent / "data" / "sitting54" / "fixes" / "lazy-answer-lists.md"
    notes, _, _ = built_notes(tmp_path, {"kernel.md": data})
    got = {n["fields"]["Question"]: note_back(n) for n in notes}
    assert got["What is a kernel?"] == "The core of the operating system, always in memory.", got
    assert "What are the kinds of kernels?" in got and "What does a process hold?" in got, got


def test_terms_whose_meanings_hold_the_separator_again_are_still_pairs(tmp_path: Path) -> None:
    """A Quizlet-style list 'term - meaning' whose meanings hold ' - ' again on some lines ('enzyme - biological
    catalyst - usually a protein'): too few lines split once and too few in three, so the file made no card at all
    ("cannot tell"). Nearly every line splits first into a term on the same separator: a pair a line."""
    notes, _, _ = built_notes(tmp_path, {"bio.txt": DATA / "terms-dash-in-meanings.txt"})
    got = {n["fields"]["Front"] if "Front" in n["fields"] else n["fields"]["Question"]: note_back(n) for n in notes}
    assert got["enzyme"] == "biological catalyst - usually a protein", got
    assert got["respiration"] == "release of energy from glucose in every living cell", got
    assert len(got) == 4, got
