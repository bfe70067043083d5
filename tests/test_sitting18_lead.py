"""Lead's fixes of the eighteenth sitting."""

from __future__ import annotations

from pathlib import Path

import pytest

from compiler.itemcache import ItemCache
from compiler.sources import converted, pdftext

# two typeset pages: the form feed between them is a line break to Document.lines but no '\n'
_TWO_PAGES = r"""
#set page(paper: "a6")
= Notes

*1.* What is a thread?

A unit of execution inside a process.
#pagebreak()
*2.* What is a process?

A running program with its own address space.
#pagebreak()
*3.* What is a lock?

A guard that lets one thread at a time in.
#pagebreak()
*4.* What is a deadlock?

Threads that wait for each other forever.
"""


def _pdf(path: Path, source: str) -> Path:
    """A real PDF typeset by Typst (a dependency of the cheat sheet) from ``source``."""
    import typst

    typ = path.with_suffix(".typ")
    typ.write_text(source, encoding="utf-8")
    typst.compile(str(typ), output=str(path))
    typ.unlink()
    return path


def test_a_pdf_s_conversion_is_taken_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """T18-76: a PDF's cached conversion was thrown away as 'not well formed' on every build (its line map
    counted the pages' form feeds as lines, the check counted '\\n' only), so any change to a deck with a
    268-page book read the book again (~40 s). Now the second conversion comes from the cache."""
    pdf = _pdf(tmp_path / "notes.pdf", _TWO_PAGES)
    cache = ItemCache(tmp_path / "cache")
    text, made = converted.convert(pdf, "sources/notes.pdf", cache=cache)
    assert "\f" in text and len(made.origin) > text.count("\n") + 1  # (the shape that was rejected)
    cache.save()

    def not_again(*args: object) -> None:
        raise AssertionError("converted again")

    monkeypatch.setattr(converted, "_convert", not_again)
    again, kept = converted.convert(pdf, "sources/notes.pdf", cache=ItemCache(tmp_path / "cache"))
    assert (again, kept.origin, kept.places) == (text, made.origin, made.places)


_PAGE_TWO = "Index of terms\nSee also chapter three for the scheduler.\n"


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("The self-\nattention layer is new.\nA self-attention head reads all.\n", "self-attention"),  # a compound: kept
        ("The atten-\ntion layer is new.\nAttention is all you need.\n", "attention"),  # a syllable break: joined
        ("Про «вложен-\nных классов» речь.\nО вложенных классах.\n", "вложенных"),  # after a quote mark: the word
        ("The (non-\nlinear) map is new.\nNonlinear maps abound.\n", "nonlinear"),  # the document's own spelling
        ("A state-of-the-\nart model is new.\nIt reads.\n", "state-of-the-art"),  # no spelling: the link word keeps it
    ],
)
def test_a_word_broken_at_a_line_end_is_joined_as_the_text_spells_it(text: str, joined: str) -> None:
    """T18-76: deciding each broken word searched the whole text twice (a 268-page book: ~30 s of CPU); the
    spellings are now counted once per document, with the same answers."""
    out, done = pdftext.clean(text + "\f" + _PAGE_TWO)
    assert len(done.joined) == 1 and done.joined[0][2].endswith(joined), done.joined
    assert joined in out.splitlines()[0]
