"""A very long answer (3,000 words) is never cut: the build warns once, naming the item's file and
line and suggesting a split; the card in a real Anki collection holds every word (the rest folded
after its lead: tests/test_fold.py), and the cheat sheet prints the lead, or every word with
``long_answers = "keep"``. ``[deck] long_answer_words`` moves the limit, 0 turns the warning off."""

from __future__ import annotations

import re
from pathlib import Path

from ankiutil import import_apkg, notes, open_collection
from click.testing import CliRunner, Result
from pypdf import PdfReader

from compiler.cli import main
from compiler.model import Block, BlockKind
from compiler.render import reading_length

WORDS = [f"w{n}" for n in range(3000)]


def make_content(root: Path, deck_extra: str = "") -> Path:
    content = root / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(
        f'[deck]\nname = "Long"\nbasename = "long"\ndate = "2026-11-22"\n{deck_extra}\n'
        '[[source]]\nid = "md"\nfile = "sources/notes.md"\ntitle = "Notes"\nlayout = "markdown"\n'
        'difficulty = { from = "fixed", default = "medium" }\n',
        encoding="utf-8",
    )
    paragraphs = "\n\n".join(" ".join(WORDS[i : i + 100]) for i in range(0, len(WORDS), 100))
    (content / "sources" / "notes.md").write_text(
        f"# Notes\n\n## What is short?\n\nA short answer.\n\n## What does everything say?\n\n{paragraphs}\n",
        encoding="utf-8",
    )
    return content


def build(content: Path, out: Path) -> Result:
    return CliRunner().invoke(main, ["build", str(content), "-o", str(out)])


def test_a_3000_word_answer_warns_with_its_line_and_is_not_cut(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    result = build(content, tmp_path / "out")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "words" in line and "warning" in line]
    assert len(warnings) == 1, result.output
    assert "sources/notes.md:7: warning:" in warnings[0]  # the item's heading line
    assert "What does everything say?" in warnings[0] and "about 3000 words" in warnings[0]
    assert "split it into several questions" in warnings[0]
    assert "the card shows its first 100 words and folds the rest under 'More (2900 words)'" in warnings[0]

    col = open_collection(tmp_path / "col")
    try:
        import_apkg(col, tmp_path / "out" / "long.apkg")
        answer = next(n for n in notes(col).values() if "everything" in n["fields"]["Question"])["fields"]["Answer"]
        assert re.findall(r"\bw\d+\b", answer) == WORDS, "the card holds every word, in order"
    finally:
        col.close()

    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "out" / "long.pdf").pages)
    assert set(re.findall(r"\bw\d+\b", text)) == set(WORDS[:100]), "the sheet prints the lead"
    assert "more on the card" in text

    kept = build(make_content(tmp_path / "keep", 'long_answers = "keep"'), tmp_path / "keep-out")
    assert kept.exit_code == 0 and "it is not cut" in kept.output, kept.output
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "keep-out" / "long.pdf").pages)
    assert set(WORDS) <= set(re.findall(r"\bw\d+\b", text)), "with keep, the sheet prints the whole answer"


def test_the_limit_is_a_deck_setting(tmp_path: Path) -> None:
    off = build(make_content(tmp_path / "off", "long_answer_words = 0"), tmp_path / "off-out")
    assert off.exit_code == 0 and "words" not in off.output, off.output
    low = build(make_content(tmp_path / "low", "long_answer_words = 2"), tmp_path / "low-out")
    assert "[2 times" in low.output or "2 times" in low.output, low.output  # both answers, one grouped line


def test_reading_length_counts_code_lines() -> None:
    code = Block(kind=BlockKind.code, text="a = 1\nb = 2\nc = 3\n")
    html = Block(kind=BlockKind.html, text="<p>one two three</p><pre><code>x\ny\n</code></pre>")
    assert reading_length([code]) == 12
    assert reading_length([html]) == 3 + 8
    assert reading_length([Block(kind=BlockKind.bullets, items=["a b", "c"])]) == 3


def test_a_huge_answer_is_reported_once(tmp_path: Path) -> None:
    """An answer past the reader's huge-item size (compiler/read.py) is already a warning there; the
    long-answer warning does not repeat it."""
    content = make_content(tmp_path)
    source = content / "sources" / "notes.md"
    source.write_text(source.read_text(encoding="utf-8").replace(" w", " wordy-w"), encoding="utf-8")
    result = build(content, tmp_path / "out")
    assert result.exit_code == 0, result.output
    about = [line for line in result.output.splitlines() if " words, " in line or " characters: " in line]
    assert len(about) == 1 and "notes.md:7: warning: an answer of" in about[0], result.output
