"""Sitting 60 (lead): a new user's deck of sixteen cheat sheets written to one template (the tech interview handbook's
algorithm pages, MIT: yangshun/tech-interview-handbook @8ee2acb5, apps/website/contents/algorithms/*.md).

`deckc dupes` left 17 pairs "to decide", most of them one section heading of two pages ('Introduction', 'Time
complexity', 'Corner cases'), each about its own page's subject: two pages sharing fewer than three such headings were
not known to be written to one template (most of their other sections are reading lists, which make no card), and the
interval page's title lost its subject ('interval' and 'interviews' share the six-letter stem 'interv', and
'interviews' says what kind of page it is).  Fixtures written in that shape, in tests/data/sitting60/lead/."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of

from compiler.build import build
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

