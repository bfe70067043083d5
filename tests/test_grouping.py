"""A repeated problem is printed once with a count, and every place can still be listed (trial6 F7, F12)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from compiler.cli import main


def _deck(tmp_path: Path, files: int, lines: int = 3) -> Path:
    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    tables = []
    for n in range(files):
        body = "\n".join(f"line {k} of the answer." for k in range(n + lines))
        first = f"## What is a{n}?\n\nA.\n\n" if lines > 3 else ""  # a short item beside the long one
        (content / "sources" / f"n{n}.md").write_text(
            f"Intro text {n}.\n\n{first}## What is {n}?\n\n{body}\n", encoding="utf-8"
        )
        tables.append(f'[[source]]\nid = "n{n}"\nfile = "sources/n{n}.md"\nlayout = "markdown"\n')
    (content / "deck.toml").write_text('[deck]\nname = "G"\n\n' + "\n".join(tables), encoding="utf-8")
    return content


def test_every_place_of_a_repeated_warning_can_be_listed(tmp_path: Path) -> None:
    content = _deck(tmp_path, 7)
    built = CliRunner().invoke(main, ["build", str(content), "--only", "json"])
    assert built.exit_code == 0, built.output
    [outside] = [line for line in built.output.splitlines() if "text outside any question" in line]
    assert "[7 times; also at" in outside and " and 2 more]" in outside
    assert "more places of repeated warnings not listed above; `deckc lint" in built.output and "--all` lists every one" in built.output
    linted = CliRunner().invoke(main, ["lint", str(content), "--all"])
    [every] = [line for line in linted.output.splitlines() if "text outside any question" in line]
    assert all(f"n{n}.md" in every for n in range(7)) and " more]" not in every
    assert "not listed above" not in linted.output


def test_the_same_advice_for_many_files_is_one_line_with_a_count_per_file(tmp_path: Path) -> None:
    """'one item holds 26 of the document's 26 lines' and '24 of 24' are the same advice (trial6 F7)."""
    content = _deck(tmp_path, 3, lines=24)  # 24, 25 and 26 answer lines, most of each file in one item
    built = CliRunner().invoke(main, ["build", str(content), "--only", "json"])
    [line] = [line for line in built.output.splitlines() if "one item holds" in line]
    assert "[3 times; also at sources/n1.md:7, sources/n2.md:7]" in line


def test_a_long_question_and_a_long_answer_are_two_warnings(tmp_path: Path) -> None:
    """trial6 F17: grouping keyed on the hint folded 'a question of …' into 'an answer of …'."""
    content = tmp_path / "deck"
    (content / "sources").mkdir(parents=True)
    long_q, long_a = "What " + "very " * 300 + "long?", "word " * 5000
    page = f"## What is long?\n\n{long_a}\n\n## {long_q}\n\nShort answer.\n\n## What is short?\n\nShort.\n"
    (content / "sources" / "l.md").write_text(page, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "L"\n\n[[source]]\nid = "l"\nfile = "sources/l.md"\nlayout = "markdown"\n')
    built = CliRunner().invoke(main, ["build", str(content), "--only", "json"])
    assert built.exit_code == 0, built.output
    sizes = [line for line in built.output.splitlines() if "characters: far more than one card shows" in line]
    assert len(sizes) == 2 and "an answer of" in sizes[0] and "a question of" in sizes[1], sizes
