"""The command line: fast start, lint and stats, warnings with file:line counted in the summary."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from compiler.cli import main

CONTENT = Path(__file__).resolve().parent.parent / "content"
HEAVY = {"genanki", "pydantic", "markdown_it", "ftfy", "nh3", "rich", "anki", "pygments", "typst", "numpy"}


def test_help_imports_no_heavy_library() -> None:
    code = "import sys, compiler.cli; print(','.join(sorted({m.split('.')[0] for m in sys.modules})))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert not HEAVY & set(out.strip().split(","))


def test_help_lists_commands() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "lint", "stats"):
        assert command in result.output


def test_build_and_watch_refuse_an_unknown_format_alike(tmp_path: Path) -> None:
    for command in ("build", "watch"):
        result = CliRunner().invoke(main, [command, str(tmp_path), "--only", "csv, foo"])
        assert result.exit_code == 2
        assert "Invalid value for --only: unknown format foo; choose from apkg, csv, json, pdf, retired" in result.output


def test_stats_counts(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", str(CONTENT), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["items_per_source"]["grill"] == 50
    assert data["items_per_source"]["netdesign"] == 75
    # the lesson's 5 quizzes each repeat a recall question: folded into those notes, no quiz front left
    assert "deckc Multiple choice" not in data["notes_per_notetype"]
    assert sum(data["notes_per_notetype"].values()) == data["notes"]
    assert sum(data["notes_per_difficulty"].values()) == data["notes"]


def _content(tmp: Path, markdown: str) -> Path:
    content = tmp / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(
        '[deck]\nname = "T"\n\n[[source]]\nid = "md"\nfile = "sources/notes.md"\nlayout = "markdown"\n'
        'difficulty = { from = "label", labels = { "🚀" = "hard" }, default = "easy" }\n',
        encoding="utf-8",
    )
    (content / "sources" / "notes.md").write_text(markdown, encoding="utf-8")
    return content


def test_warning_is_printed_with_line_and_counted(tmp_path: Path) -> None:
    content = _content(tmp_path, "# Topic\n\n## What is answered?\n\nThis.\n\n## What is unanswered?\n\n## Next?\n\nYes.\n")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "sources/notes.md:7: warning:" in result.output
    assert "1 warning ->" in result.output
    assert "wrote 2 notes" in result.output



def test_stats_counts_what_build_read_and_lists_items_without_a_card(tmp_path: Path) -> None:
    """trial8 H12: stats said "2 items" where build said "read 3 items": the skipped one vanished."""
    content = _content(tmp_path, "# Topic\n\n## What is answered?\n\nThis.\n\n## What is unanswered?\n\n## Next?\n\nYes.\n")
    built = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert "read 3 items" in built.output, built.output
    data = json.loads(CliRunner().invoke(main, ["stats", str(content), "-o", str(tmp_path / "out"), "--json"]).output)
    assert (data["items"], data["notes"]) == (3, 2)
    assert data["skipped"] == {"no answer": 1} and data["skipped_per_source"] == {"md": 1}
    text = CliRunner().invoke(main, ["stats", str(content), "-o", str(tmp_path / "out")]).output
    assert text.startswith("3 items -> 2 notes (1 make no card: no answer 1; the manifest lists them)"), text
    assert "Items making no card, per source\n  md     1" in text

def test_unknown_difficulty_marker_is_an_error(tmp_path: Path) -> None:
    content = _content(tmp_path, "# Topic\n\n## What is hard? 🔥\n\nThis.\n")
    result = CliRunner().invoke(main, ["lint", str(content)])
    assert result.exit_code == 1
    assert "sources/notes.md:3: error: unknown difficulty" in result.output


def test_lint_real_content_is_clean() -> None:
    result = CliRunner().invoke(main, ["lint", str(CONTENT)])
    assert result.exit_code == 0, result.output
    assert "0 errors" in result.output


def test_unknown_difficulty_word_is_an_error_on_the_heading(tmp_path: Path) -> None:
    content = _content(tmp_path, "# Topic\n\n## What is hard? extreme\n\nThis.\n")
    result = CliRunner().invoke(main, ["lint", str(content)])
    assert result.exit_code == 1
    assert "sources/notes.md:3: error: unknown difficulty 'extreme'" in result.output


def test_a_source_table_without_difficulty_is_medium_like_an_unlisted_file(tmp_path: Path) -> None:
    """trial8 H12: the docs' worked examples have no difficulty line; their notes had no level at all."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(
        '[deck]\nname = "T"\n\n[[source]]\nid = "qa"\nfile = "sources/qa.txt"\n\n[source.pattern]\n'
        "item = '^Q:\\s*(?P<question>.+)$'\nanswer = '^A:\\s*(?P<answer>.*)$'\n",
        encoding="utf-8",
    )
    (content / "sources" / "qa.txt").write_text("Q: What is one?\nA: 1\n\nQ: What is two?\nA: 2\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["stats", str(content), "-o", str(tmp_path / "out"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["notes_per_difficulty"] == {"medium": 2}
