"""Sitting 52, meta: the same document written another way gives the same cards (metamorphic robustness, round 7)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import built_notes, note_back, note_front

DATA = Path(__file__).parent / "data" / "sitting52" / "meta"


def _cards(tmp_path: Path, name: str, text: str | Path) -> list[tuple[str, str, tuple[str, ...]]]:
    notes, _, _ = built_notes(tmp_path, {name: text})
    return sorted((note_front(n), note_back(n), tuple(n.get("sections") or ())) for n in notes)


def test_headings_with_a_closing_hash_sequence_read_as_the_headings_without(tmp_path: Path) -> None:
    """'## Answers to review questions ##' (ATX headings closed by '#'s, which CommonMark leaves out; round 7 R7-1:
    the answers section was no key, the questions 'no answer' and the answers cards of their own): the cards of the
    same page with its headings written without them, each question answered from its key."""
    text = (DATA / "closed-headings.md").read_text(encoding="utf-8")
    closed = _cards(tmp_path / "closed", "water.md", text)
    assert closed == _cards(tmp_path / "open", "water.md", re.sub(r"[ \t]+#+[ \t]*$", "", text, flags=re.M))
    answers = {front: back for front, back, _ in closed}
    assert answers["What process turns liquid water into vapour?"] == "Evaporation."
    assert answers["What do we call water falling from clouds?"] == "Precipitation (rain, snow, sleet or hail)."
    assert len(closed) == 3, closed


def test_reference_style_links_read_as_the_inline_links_they_stand_for(tmp_path: Path) -> None:
    """A cheat sheet written with reference-style links ('* [tip-cli][3] - …' … '[3]: https://…' at the page's end,
    round 7 R7-2: the card showed '[tip-cli][3]' as typed and its reading list was a card of such text) gives the
    cards of the same page written with inline links, the links kept."""
    ref = _cards(tmp_path / "ref", "shell.md", DATA / "reference-links.md")
    assert ref == _cards(tmp_path / "inline", "shell.md", DATA / "inline-links.md")
    assert ("Tools", "tip-cli - a command-line tool that prints these tips.", ()) in ref, ref
    assert not any("][" in back for _, back, _ in ref), ref
    notes, skipped, _ = built_notes(tmp_path / "links", {"shell.md": DATA / "reference-links.md"})
    tools = next(n for n in notes if note_front(n) == "Tools")
    assert 'href="https://example.com/tip-cli"' in tools["fields"]["Answer"], tools["fields"]
    assert [s["question"] for s in skipped] == ["Further reading"], skipped


def test_only_definitions_a_link_uses_are_read_as_links() -> None:
    """Lines shaped as definitions that are none stay as written: an answer key's '[1]: B', a footnote '[^1]: …', a
    definition under a line of text (its paragraph's), one no link uses, and code."""
    from compiler.sources.linkrefs import inline_references

    page = "\n".join(
        [
            "See [the docs][d], [Docs][] and `[d]`; a wiki [[d]].",
            "",
            "[Docs]: https://docs.example.com",
            "[d]: https://example.com/d 'D'",
            "[^1]: a footnote",
            "[1]: B",
            "[x]: https://example.com/unused",
            "Text right above",
            "[e]: https://example.com/e",
            "```",
            "[d]",
            "```",
        ]
    )
    assert inline_references(page).split("\n") == [
        "See [the docs](https://example.com/d 'D'), [Docs](https://docs.example.com) and `[d]`; a wiki [[d]].",
        "",
        "",
        "",
        "[^1]: a footnote",
        "[1]: B",
        "[x]: https://example.com/unused",
        "Text right above",
        "[e]: https://example.com/e",
        "```",
        "[d]",
        "```",
    ]


def _unwrapped(text: str) -> str:
    """The page with each hard-wrapped line joined to the line it goes on from."""
    return re.sub(r"(?<=[a-z,])\n {0,3}(?=[a-z])", " ", text)


def test_a_numbered_cloze_sentence_wrapped_onto_its_next_line_is_one_sentence(tmp_path: Path) -> None:
    """Numbered cloze sentences hard-wrapped at 72 columns ('1. The {{c1::mitochondrion}} is … respiration' /
    '   takes place.'; round 7 R7-3: the card's text stopped at the line's end, its end on the back, and a deletion cut
    in two, '{{c1::phospholipid' / 'bilayer}}.', broken): the cards of the same page unwrapped. A line after a
    finished sentence stays the card's extra text."""
    text = (DATA / "cloze-wrapped.md").read_text(encoding="utf-8")
    notes, _, _ = built_notes(tmp_path / "wrapped", {"cells.md": text})
    flat, _, _ = built_notes(tmp_path / "flat", {"cells.md": _unwrapped(text)})
    texts = sorted(n["fields"]["Text"] for n in notes)
    assert texts == sorted(n["fields"]["Text"] for n in flat)
    assert "The cell membrane is made of a {{c1::phospholipid bilayer}}." in texts, texts
    assert "The {{c1::mitochondrion}} is the organelle where cellular respiration takes place." in texts, texts
    assert all(not n["fields"]["Extra"] for n in notes), notes
    capitals = "1. {{c1::Paris}} is the capital of France.\n   It has been the capital since 508.\n2. {{c1::Rome}} is the capital of\n   Italy.\n3. {{c1::Madrid}} is the capital of Spain.\n"
    notes, _, _ = built_notes(tmp_path / "capitals", {"capitals.md": capitals})
    assert sorted((n["fields"]["Text"], n["fields"]["Extra"]) for n in notes) == [
        ("{{c1::Madrid}} is the capital of Spain.", ""),
        ("{{c1::Paris}} is the capital of France.", "<p>It has been the capital since 508.</p>"),
        ("{{c1::Rome}} is the capital of Italy.", ""),
    ]


def test_a_labelled_question_wrapped_onto_its_entry_s_next_line_is_the_whole_question(tmp_path: Path) -> None:
    """'- Question: Which shell command … in a' / '  notebook cell?' over its labelled sub-entries, and '- Q: …' /
    '  you rebase it onto main?' / '  A: …' (round 7 R7-4: the question cut at the line's end, its end on the back or
    lost, and the pair's answer 'no answer'): the cards of the same pages unwrapped."""
    for name in ("labelled-wrapped.md", "labelled-pairs-wrapped.md"):
        text = (DATA / name).read_text(encoding="utf-8")
        wrapped = _cards(tmp_path / name / "wrapped", name, text)
        assert wrapped == _cards(tmp_path / name / "flat", name, _unwrapped(text)), name
    answers = {f: b for f, b, _ in _cards(tmp_path / "pages", "lesson.md", DATA / "labelled-wrapped.md")}
    assert answers["Which shell command prints the current working directory in a notebook cell?"] == "!pwd"
    assert answers["Which magic command times how long a single line of code takes to run?"].startswith("B) %timeit")
    pairs = {f: b for f, b, _ in _cards(tmp_path / "pairs", "git.md", DATA / "labelled-pairs-wrapped.md")}
    rebase = "What does git rebase do to the commits of the branch you are on when you rebase it onto main?"
    assert pairs[rebase] == "It replays them, one by one, on top of main's last commit."


def test_spaces_after_a_csv_field_s_closing_quote_leave_it_closed(tmp_path: Path) -> None:
    """A CSV whose lines end in spaces, after a multi-line quoted field's closing quote too ('"… that you can  ' /
    'add to, remove from …"  '; round 7 R7-5: read line by line, 'add to' a question of its own and a warning of an
    unclosed quote): the cards of the same file without the spaces."""
    text = (DATA / "trailing-spaces.csv").read_text(encoding="utf-8")
    notes, _, said = built_notes(tmp_path / "spaced", {"python.csv": text})
    clean = _cards(tmp_path / "clean", "python.csv", re.sub(r" +$", "", text, flags=re.M))
    assert sorted((note_front(n), note_back(n), tuple(n.get("sections") or ())) for n in notes) == clean
    assert ("What is a set?", "An unordered collection of unique items that you can add to, remove from and test for membership.", ()) in clean
    assert not any("opens a quote" in m for m in said), said


def test_a_glossary_of_bold_terms_hard_wrapped_is_a_card_a_term(tmp_path: Path) -> None:
    """'**Habitat**: the place where an organism lives, with the food, water and' / 'shelter it needs to survive.' and
    three more such paragraphs (round 7 R7-6: one card of the page's title holding every term; unwrapped, a card a
    term): the cards of the same page unwrapped."""
    text = (DATA / "wrapped-glossary.md").read_text(encoding="utf-8")
    wrapped = _cards(tmp_path / "wrapped", "terms.md", text)
    assert wrapped == _cards(tmp_path / "flat", "terms.md", _unwrapped(text))
    assert {front: back for front, back, _ in wrapped} == {
        "Habitat": "the place where an organism lives, with the food, water and shelter it needs to survive.",
        "Niche": "the role an organism plays in its community, including what it eats, what eats it and how it affects the flow of energy.",
        "Producer": "an organism that makes its own food from sunlight or chemicals.",
        "Decomposer": "an organism that breaks down dead matter and returns the nutrients to the soil.",
    }


def test_a_one_line_card_whose_term_a_no_break_space_joins_is_a_card(tmp_path: Path) -> None:
    """Obsidian '::' cards whose term's words a no-break space joins ('la\\u00a0maison::the house', as a page copied
    from the web or a '&nbsp;' typed writes it; round 7 R7-7: read as a one-word term over a lower-case answer, no
    card and nothing said): the cards of the same page written with spaces."""
    text = (DATA / "nbsp-terms.md").read_text(encoding="utf-8")
    cards = _cards(tmp_path / "nbsp", "french.md", text)
    assert [(front.replace("\\u00a0", " "), back) for front, back, _ in cards] == [
        (front, back) for front, back, _ in _cards(tmp_path / "spaces", "french.md", text.replace("\\u00a0", " "))
    ]
    assert len(cards) == 3, cards
    entities = _cards(tmp_path / "entities", "french.md", text.replace("\\u00a0", "&nbsp;"))
    assert [back for _, back, _ in entities] == [back for _, back, _ in cards]
