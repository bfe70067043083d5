"""Sitting 60 (lead): a new user's deck of sixteen cheat sheets written to one template (the tech interview handbook's
algorithm pages, MIT: yangshun/tech-interview-handbook @8ee2acb5, apps/website/contents/algorithms/*.md).

`deckc dupes` left 17 pairs "to decide", most of them one section heading of two pages ('Introduction', 'Time
complexity', 'Corner cases'), each about its own page's subject: two pages sharing fewer than three such headings were
not known to be written to one template (most of their other sections are reading lists, which make no card), and the
interval page's title lost its subject ('interval' and 'interviews' share the six-letter stem 'interv', and
'interviews' says what kind of page it is).  And its study-guide list, a table of links to the site's own pages with
a priority each, made 18 cards 'Array' → 'High'.  Fixtures written in that shape, in tests/data/sitting60/lead/."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front

from compiler.build import build
from compiler.diagnostics import ContentError
from compiler.dupes_report import to_decide
from compiler.pairscore import PAGES_APART, page_subject

DATA = Path(__file__).parent / "data" / "sitting60" / "lead"
SERIES = ("stack.md", "trie.md", "interval.md", "queue.md")


def _compiled(tmp_path: Path, names: tuple[str, ...]):  # type: ignore[no-untyped-def]
    result = build(deck_of(tmp_path, {n: DATA / n for n in names}), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled


def test_a_title_keeps_a_subject_word_that_shares_a_stem_with_a_kind_of_page() -> None:
    assert page_subject("Interval cheatsheet for coding interviews") == {"interv", "coding"}
    assert page_subject("Cheat-sheet: Git") == {"git"}
    assert page_subject("Week 3 lecture notes") == frozenset()


def test_a_heading_of_a_series_of_pages_is_kept_apart_with_nothing_to_decide(tmp_path: Path) -> None:
    """Four pages share 'Introduction' and 'Time complexity' (two headings a pair: not known to share a template
    before): each such pair is about its two pages' subjects, sure to be two cards, the interval page's introduction
    too, whose answer speaks of arrays."""
    compiled = _compiled(tmp_path, SERIES)
    assert len(compiled.deck.notes) == 12
    report = compiled.dupes
    shared = [p for p in report.pairs if p.a.source != p.b.source and p.a.question == p.b.question]
    assert {p.a.question for p in shared} == {"Introduction", "Time complexity"}
    assert all(p.reason.startswith(PAGES_APART) for p in shared), [p.reason for p in shared]
    intro = next(p for p in shared if p.a.question == "Introduction" and "interval" in (p.a.source, p.b.source))
    assert "the heading 'Introduction' asks nothing on 4 pages on as many subjects, each about its page's subject" in intro.reason
    decide, _, _ = to_decide(report.pairs, report.settings.suggest)
    assert not [p for p in decide if p.a.question == p.b.question], [(p.a.question, p.reason) for p in decide]


def test_three_pages_sharing_two_headings_still_list_them_to_decide(tmp_path: Path) -> None:
    """Below four pages a heading may still name its own subject ('Dropout' of a regularization page and of an
    overfitting one, sitting 52): such pairs are listed to decide, never merged, as before."""
    compiled = _compiled(tmp_path, SERIES[:3])
    assert len(compiled.deck.notes) == 9
    shared = [p for p in compiled.dupes.pairs if p.a.source != p.b.source and p.a.question == p.b.question]
    assert shared and not [p for p in shared if "pages on as many subjects" in p.reason]


def test_a_table_of_links_to_the_sites_pages_is_a_reading_list_not_cards(tmp_path: Path) -> None:
    """'| [Stack](./stack.md) | High |' … under '## Study guides list': the handbook's list of its own pages with a
    priority each.  Before: a card 'Study guides list' whose back was the table (alone on its page, a guessed pattern
    made a card a row, 'Array' → 'High').  Now no card, said once as a reading list at its heading."""
    notes, skipped, messages = built_notes(tmp_path, {"g.md": DATA / "study-guides.md"})
    assert [note_front(n) for n in notes] == ["What is a stack?", "What is a queue?"]
    assert len(skipped) == 1
    said = [m for m in messages if "g.md:11" in m]
    assert len(said) == 1 and "a heading with only links under it (a reading list) is no card" in said[0], messages
    assert not [m for m in messages if "does not seem to fit" in m]


def test_a_page_that_is_only_a_table_of_links_guesses_no_pattern(tmp_path: Path) -> None:
    text = (DATA / "study-guides.md").read_text(encoding="utf-8").split("## Study guides list", 1)[1]
    with pytest.raises(ContentError) as exc:
        built_notes(tmp_path, {"g.md": "## Study guides list" + text})
    said = [d.text() for d in exc.value.diagnostics]
    assert any("a heading with only links under it (a reading list) is no card" in m for m in said), said
    assert not any("[source.pattern]" in m for m in said), said


def test_a_table_whose_terms_link_to_the_web_keeps_its_text(tmp_path: Path) -> None:
    """A table of terms linked to an encyclopedia ('| [TCP](https://…) | transport |') is no table of contents: its
    text stays on the card as before."""
    notes, skipped, _ = built_notes(tmp_path, {"p.md": DATA / "protocols-linked.md"})
    assert {note_front(n): note_back(n) for n in notes}["Protocols"] == "Protocol Layer TCP transport UDP transport IP network"
    assert not skipped


def test_a_proxied_pictures_link_never_shows_its_hex_coded_address(tmp_path: Path) -> None:
    """The system design primer's Anki packages (CC BY 4.0, donnemartin/system-design-primer @ae9bbd7) show their
    pictures through GitHub's camo proxy, whose address ends in the original address coded in hex: the cards read
    '[image: 687474703a2f2f692e696d6775722e636f6d2f683954417547492e6a7067]'.  A file name that is only a digest names
    nothing: '[image]' (the link still opens the picture); an alt text is shown as before."""
    notes, _, _ = built_notes(tmp_path, {"n.md": DATA / "proxied-pictures.md"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["What is a CDN?"] == "A globally distributed network of proxy servers. [image]"
    assert backs["What is a load balancer?"] == "It spreads client requests over several servers. [image]"
    assert backs["What is DNS?"] == "It translates names to addresses. [image: DNS hierarchy]"
    answer = next(n for n in notes if note_front(n) == "What is a CDN?")["fields"]["Answer"]
    assert 'href="https://camo.githubusercontent.com/853a8603651149c686bf3c504769fc594ff08849/' in answer
