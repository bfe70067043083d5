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
