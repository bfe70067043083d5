"""An override records the source text it was written against; a later edit of the source is reported, not hidden."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from compiler.cli import main
from compiler.diagnostics import Diagnostics
from compiler.project import load_project

DECK = '[deck]\nname = "T"\n\n[[source]]\nid = "doc"\nfile = "sources/doc.txt"\nlayout = "grill"\n'
GRILL = "A. Basics\n1. What is it? It is.\n2. What is that? That is.\n3. What is this? This is.\n"
OVERRIDES = """# repairs
[[override]]
item = "doc/what-is-it"
answer = "It is, really."

[[override]]
  item = "doc/what-is-that"
  question = "What is that, exactly?"

[[override]]
item = "doc/what-is-this"
id = "this"   # a pin replaces no text: nothing to re-check
"""


def make_content(tmp: Path, overrides: str = OVERRIDES, newline: str = "\n") -> Path:
    content = tmp / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(DECK, encoding="utf-8")
    (content / "sources" / "doc.txt").write_text(GRILL, encoding="utf-8")
    (content / "overrides.toml").write_bytes(overrides.replace("\n", newline).encode())
    return content


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def test_unstamped_overrides_are_one_grouped_warning_and_stamp_writes_only_their_lines(tmp_path: Path) -> None:
    content = make_content(tmp_path, newline="\r\n")
    result = run("lint", str(content))
    assert result.exit_code == 0, result.output
    assert "overrides.toml:3: warning: override does not record the source text it was written against" in result.output
    assert "[2 times; also at line 7]" in result.output
    stamped = run("lint", "--stamp", str(content))
    assert stamped.exit_code == 0, stamped.output
    assert "wrote 2 stamps" in stamped.output
    after = (content / "overrides.toml").read_bytes().decode()
    added = [line for line in after.split("\r\n") if line not in OVERRIDES.split("\n")]
    assert len(added) == 2 and added[0].startswith('against = "') and added[1].startswith('  against = "')  # indent kept
    assert after.replace(added[0] + "\r\n", "").replace(added[1] + "\r\n", "") == OVERRIDES.replace("\n", "\r\n")
    clean = run("lint", str(content))
    assert clean.exit_code == 0 and "0 warnings" in clean.output and "0 stale overrides" in clean.output
    diag = Diagnostics()
    assert [o.against is not None for o in load_project(content, diag).overrides] == [True, True, False]


def test_a_source_edit_under_an_override_warns_and_fails_lint_until_rechecked(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    assert run("lint", "--stamp", str(content)).exit_code == 0
    (content / "sources" / "doc.txt").write_text(GRILL.replace("It is.", "It is, and it matters."), encoding="utf-8")
    built = run("build", str(content), "-o", str(tmp_path / "out"))
    assert built.exit_code == 0, built.output
    assert (
        "overrides.toml:3: warning: the source of 'doc/what-is-it' changed since this override was written "
        "(sources/doc.txt:2); the override still replaces its answer"
    ) in built.output
    linted = run("lint", str(content))
    assert linted.exit_code == 1 and "1 stale override" in linted.output
    # the answer moving elsewhere in the file, or its spacing changing, is not a change
    assert run("lint", "--stamp", str(content)).exit_code == 0
    (content / "sources" / "doc.txt").write_text(
        GRILL.replace("It is.", "It  is,   and it matters.").replace("A. Basics\n", "A. Basics\n0. What is new? New.\n"),
        encoding="utf-8",
    )
    assert run("lint", str(content)).exit_code == 0


def test_a_stamp_of_the_wrong_form_is_an_error_with_its_line(tmp_path: Path) -> None:
    content = make_content(tmp_path, OVERRIDES.replace('answer = "It is, really."', 'against = "xyz"\nanswer = "It is, really."'))
    result = run("lint", str(content))
    assert result.exit_code == 1
    assert "overrides.toml:4: error: [[override]] number 1: against: String should match pattern" in result.output
