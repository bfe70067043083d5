"""Text copied out of a PDF (trial6 F28): page furniture and line-end hyphenation leave the cards, only in
documents that show such signs, with one warning naming what went, and ``pdf_cleanup = false`` to keep it."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in

from compiler.build import build
from compiler.sources.pdftext import clean


def test_a_pasted_review_sheet_loses_its_footers_and_hyphens(tmp_path: Path) -> None:
    content = drop_in(tmp_path, "pdf-paste.txt")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    answers = [i.answer[0].text for i in result.compiled.items]
    assert len(answers) == 4
    assert "manages memory. Each value" in answers[0]
    assert "the allocator finds an empty spot" in answers[1]
    assert not any("Page" in b.text for i in result.compiled.items for b in i.answer)  # the footers went
    [warning] = [w for w in result.compiled.diagnostics.warnings if "PDF" in w.message]
    assert warning.line == 4
    assert "'CS 101 Midterm Review Page 1 of 2'; line 13, 23" in warning.message
    assert "'mem-ory' -> 'memory' (line 4)" in warning.message and "pdf_cleanup = false" in warning.hint
    assert [i.locator.line for i in result.compiled.items] == [3, 8, 15, 19]  # line numbers never move

    # the knob keeps the text as written
    table = '[[source]]\nid = "lecture"\nfile = "sources/pdf-paste.txt"\nlayout = "numbered"\npdf_cleanup = false\n'
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n{table}', encoding="utf-8")
    kept = build(content, tmp_path / "build2", formats=("json",), now=1_000)
    assert kept.compiled is not None
    assert (
        "mem- ory" in kept.compiled.items[0].answer[0].text
        or "mem-ory" in kept.compiled.items[0].answer[0].text
    )
    assert not [w for w in kept.compiled.diagnostics.warnings if "PDF" in w.message]


def test_hyphens_kept_or_dropped_by_the_documents_own_spelling() -> None:
    text = (
        "A state-of-the-\nart model uses self-\nattention and regulari-\nzation; a GPU-\nbased run.\n"
        "The trade-\noff and the co-\nefficient.\n\nOther text: trade-off again, coefficient again.\n"
    )
    out, done = clean(text)
    assert [b for _, _, b in done.joined] == [
        "state-of-the-art",
        "self-attention",
        "regularization",
        "GPU-based",
        "trade-off",  # written so elsewhere in the document
        "coefficient",
    ]
    assert out.count("\n") == text.count("\n")  # no line added or removed
    # a word moves up whole, the next line keeps the rest
    assert out.splitlines()[:5] == [
        "A state-of-the-art",
        "model uses self-attention",
        "and regularization;",
        "a GPU-based",
        "run.",
    ]


def test_page_numbers_headers_and_form_feeds_go() -> None:
    text = (
        "Lecture 4: Memory\n\nThe heap is less organized and the\n\fLecture 4: Memory\n\n2\n\n"
        "allocator finds a spot.\nMore text.\n\fLecture 4: Memory\n\n3\n\nEnd.\n"
    )
    out, done = clean(text)
    lines = out.split("\n")
    assert lines[2] == "The heap is less organized and the"
    assert lines[3] == "allocator finds a spot."  # the paragraph cut by the page break is one again
    assert "Lecture 4: Memory" not in out.split("\n", 1)[1] and "\f" not in out
    assert done.form_feeds == 2 and sum(len(v) for v in done.furniture.values()) == 4
    assert out.split("\n")[0] == "Lecture 4: Memory"  # the title before the first page break stays


def test_text_without_pdf_signs_is_untouched() -> None:
    quiz = (
        "Question 1 of 3\nWhat is half of one?\n1/2\n\nQuestion 2 of 3\nWhat is three quarters?\n3/4\n\n"
        "Question 3 of 3\nName a well-\nknown editor.\nvim\n"
    )
    assert clean(quiz) == (quiz, clean("")[1])  # one hyphen break, no page number: no sign
    fenced = "```\nx = a -\nb\nfoo-\nbar\n```\nPage 1\n\nPage 2\n"
    out, done = clean(fenced)
    assert out.startswith("```\nx = a -\nb\nfoo-\nbar\n```")  # code is never joined
    assert sum(len(v) for v in done.furniture.values()) == 2
