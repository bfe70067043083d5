"""Tenth sitting, formats helper: the cheat sheet's vocabulary tables (N5) and the other findings of that sitting."""

from __future__ import annotations

from pathlib import Path

from conftest import deck_of
from pypdf import PdfReader

from compiler.build import build

WORDS_TSV = "hablar\tto speak\ncomer\tto eat\nvivir\tto live\nescribir\tto write\nleer\tto read\n"

PROSE_MD = """# Spanish grammar

## Why does Spanish have two verbs for "to be"?

Ser is for lasting qualities and identity; estar is for states and locations. The difference matters
because many adjectives change meaning with the verb.
"""


def _sheet_lines(content: Path, out: Path, *extra: str) -> list[str]:
    from click.testing import CliRunner

    from compiler.cli import main

    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out), "--only", "pdf", *extra])
    assert result.exit_code == 0, result.output
    pdf = next(out.glob("*questions.pdf" if "--questions-only" in extra else "mine.pdf"))
    return [line.strip() for page in PdfReader(pdf).pages for line in page.extract_text().splitlines()]


def test_a_vocabulary_list_prints_as_a_two_column_table(tmp_path: Path) -> None:
    """learner N5: a run of short term -> meaning notes printed as an entry each (bold term, its meaning on the
    next line, a source line); now one table, a row per word with its meaning beside it. A question that asks
    stays an entry; a questions-only sheet leaves the meanings blank."""
    content = deck_of(tmp_path, {"words.tsv": WORDS_TSV, "grammar.md": PROSE_MD})
    lines = _sheet_lines(content, tmp_path / "build")
    for term, meaning in [("hablar", "to speak"), ("comer", "to eat"), ("escribir", "to write"), ("leer", "to read")]:
        assert f"{term} {meaning}" in lines, lines
    assert 'Why does Spanish have two verbs for "to be"?' in lines
    assert not any(line.startswith("words #") or line == "#1" for line in lines)  # no source line per row

    lines = _sheet_lines(content, tmp_path / "questions", "--questions-only")
    assert "hablar" in lines and "leer" in lines and not any("to speak" in line for line in lines)


def test_only_runs_of_short_unasked_pairs_become_a_table(tmp_path: Path) -> None:
    from compiler.sheet import VOCAB_RUN, groups, sheet_data

    three = "".join(WORDS_TSV.splitlines(True)[:3])
    asked = "".join(f"What does {w} mean?\t{m}\n" for w, m in (line.split("\t") for line in WORDS_TSV.splitlines()))
    long_meaning = "".join(f"{line}, and a much longer explanation of how the word is used in everyday speech today\n" for line in WORDS_TSV.splitlines())
    content = deck_of(tmp_path, {"a.tsv": three, "b.tsv": asked, "c.tsv": long_meaning, "d.tsv": WORDS_TSV})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    deck = result.compiled.deck  # type: ignore[union-attr]
    data = sheet_data(deck, groups(deck), lambda tex, note: None, questions_only=False, paper="a4")
    tables = {g["subtitle"] or g["title"]: [e for e in g["entries"] if "rows" in e] for g in data["groups"]}
    assert VOCAB_RUN == 4
    assert [len(t) for t in tables.values()] == [0, 0, 0, 1], tables  # three words; 'What does … mean?'; long meanings
    (table,) = tables["d"]
    assert [r["t"][0]["v"] for r in table["rows"]] == ["hablar", "comer", "vivir", "escribir", "leer"]
    assert table["rows"][0]["m"] == [{"k": "t", "v": "to speak"}] and table["src"] == ""  # (the heading names the source)


def test_a_vocabulary_table_weighs_its_rows_when_a_large_sheet_is_cut_into_parts() -> None:
    from compiler.emit import sheetparts

    groups = [{"entries": [{"rows": [{}] * 10}]}, {"entries": [{}, {}]}, {"entries": [{}] * 9}]
    assert [len(part) for part in sheetparts.split(groups, 8)] == [1, 2]
