"""Forty-ninth sitting, finder: findings of trial 49 (real public documents: the PHP manual's DocBook FAQ, Celery,
Scrapy, Requests and Poetry FAQs, the Kotlin docs and tour (Writerside Markdown), Ollama's MDX FAQ, the Redux FAQ,
VuePress, tldr pages in five languages, an OpenStax CNXML module; docs/trials/trial49.md) fixed: a DocBook chapter that
uses its book's entities is read, each shown by its name (T49-1)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial49"


# --- T49-1: a DocBook chapter using entities its book declares elsewhere -------------------------------------------------


def test_a_docbook_chapter_using_its_books_entities_is_read(tmp_path: Path) -> None:
    """T49-1 (high): the PHP manual's FAQ chapters (``faq/general.xml``, ``using.xml``) use the book's entities
    (``&url.foldoc;``, ``&php.ini;``), declared in files the manual's build joins. Before: "broken XML: undefined
    entity" stopped the whole build, nothing written. Now the chapter is read: an HTML entity is its character, any
    other its name, and one warning at the first one's line names them and says how to show their text."""
    notes, skipped, said = built_notes(tmp_path, {"shell.xml": TRIAL / "docbook-faq.xml"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert set(cards) == {"Where does the shell read its settings from?", "How do I keep a variable's spaces when I use it?"}
    assert "From shell.rc in your home directory." in cards["Where does the shell read its settings from?"]
    assert '"$name" keeps it one word, étranger or not.' in cards["How do I keep a variable's spaces when I use it?"]
    assert skipped == []
    told = [s for s in said if "declares nowhere" in s]
    assert len(told) == 1 and told[0].startswith("sources/shell.xml:13: warning: 2 entities")
    assert "&shell.rc;" in told[0] and "&url.shell.manual;" in told[0] and "&nbsp;" not in told[0]
