"""Non-Markdown inputs: flashcard exports, packages, saved pages, vaults (the formats helper's findings)."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in, paste_table

from compiler.build import build
from compiler.sources.delimited import row_separator, split_rows


def _table(warnings: list) -> str:
    return next(w.snippet for w in warnings if "not listed in deck.toml" in w.message and w.snippet)


def test_a_quizlet_export_with_a_custom_row_separator_builds_and_its_table_says_rows(tmp_path: Path) -> None:
    """trial7 G15: 'term<TAB>def;term<TAB>def;…' on one line is five rows, found without config; the
    table printed names the row separator and pasting it changes no note."""
    content = drop_in(tmp_path, "quizlet-rows.txt")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    pairs = [(i.question, i.answer_plain()) for i in result.compiled.items]
    assert pairs[0] == ("mitochondria", "site of cellular respiration")
    assert pairs[-1] == ("lysosome", "digests waste") and len(pairs) == 5
    table = _table(result.compiled.diagnostics.warnings)
    assert 'separator = "\\t"' in table and 'rows = ";"' in table
    totals = paste_table(content, table, tmp_path / "build")
    assert totals["new"] == 0 and totals["updated"] == 0


def test_rows_set_in_config_split_a_multi_line_export_and_keep_a_definition_holding_the_separator(tmp_path: Path) -> None:
    """rows = "$$": a definition may hold line breaks; with rows = ";" a piece without a tab after a row
    is that row's definition going on ('holds DNA; controls the cell'), not a row without an answer."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "a.txt").write_text("alpha\tfirst letter\nof the Greek alphabet$$beta\tsecond$$\ngamma\tthird$$", encoding="utf-8")
    (content / "sources" / "b.txt").write_text("nucleus\tholds DNA; controls the cell;ribosome\tmakes proteins;", encoding="utf-8")
    (content / "deck.toml").write_text(
        '[deck]\nname = "Mine"\n'
        '[[source]]\nid = "a"\nfile = "sources/a.txt"\nlayout = "delimited"\n[source.delimited]\nseparator = "\\t"\nrows = "$$"\n'
        '[[source]]\nid = "b"\nfile = "sources/b.txt"\nlayout = "delimited"\n[source.delimited]\nrows = ";"\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = {i.question: (i.answer_plain(), i.locator.line) for i in result.compiled.items}
    assert got["alpha"] == ("first letter of the Greek alphabet", 1)
    assert got["gamma"] == ("third", 3)
    assert got["nucleus"][0] == "holds DNA; controls the cell" and got["ribosome"][0] == "makes proteins"
    assert len(got) == 5 and not result.compiled.diagnostics.warnings


def test_a_listed_export_whose_rows_end_with_a_separator_is_read_and_the_key_named(tmp_path: Path) -> None:
    """A [[source]] with layout = "delimited" and the tab, but no rows: the rows are found, and a warning
    names the key that makes it explicit (the repro's hand-written table gave one note)."""
    content = drop_in(
        tmp_path,
        "quizlet-rows.txt",
        table='[[source]]\nid = "q"\nfile = "sources/quizlet-rows.txt"\nlayout = "delimited"\n[source.delimited]\nseparator = "\\t"\n',
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and len(result.compiled.items) == 5
    [said] = [w for w in result.compiled.diagnostics.warnings if "row separator" in w.message]
    assert 'rows = ";"' in said.hint


def test_row_separator_needs_the_one_line_shape() -> None:
    assert row_separator("a\tone;b\ttwo;c\tthree;") == ";"
    assert row_separator("a\tone|||b\ttwo (2)|||c\tthree|||") == "|||"
    assert row_separator("a\tone.\nb\ttwo.\nc\tthree.\n") is None  # a row per line: '.' is no row separator
    assert row_separator("a\tone;b\ttwo") is None  # two pairs: too few to tell
    assert row_separator("a\tone; more;b\ttwo;c\tthree") is None  # ';' twice in a piece: not found, set rows
    assert split_rows("a\tone\n;\nb\ttwo", ";", "\t") == [(1, "a\tone", ["a", "one"]), (3, "b\ttwo", ["b", "two"])]
