"""One project loader: every content file is read the same way, and every problem names file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from compiler.build import default_build_dir
from compiler.cli import main
from compiler.diagnostics import ContentError, Diagnostics
from compiler.project import load_project
from compiler.tomlfile import key_lines

DECK = """[deck]
name = "Test"

[[source]]
id = "doc"
file = "sources/doc.txt"
layout = "grill"
"""
GRILL = "A. Basics\n1. What is it? It is.\n2. What is that? That is.\n"

# A valid file of each kind, with a key on line 3 to break.
VALID = {
    "overrides.toml": '# repairs\n[[override]]\nitem = "doc/what-is-it"\nanswer = "It is, really."\n',
    "decisions.toml": '# decisions\n[[merge]]\nitems = ["doc/what-is-it", "doc/what-is-that"]\n',
    "dedupe.toml": "# thresholds\n[dedupe]\nauto_merge = 0.9\n",
    "topics.toml": '# topics\n[[topic]]\nname = "basics"\nkeywords = ["it"]\n',
}
UNKNOWN_KEY = {  # line 3 misspells a key
    "overrides.toml": ('# repairs\n[[override]]\nitme = "doc/what-is-it"\n', "itme", "did you mean 'item'?"),
    "decisions.toml": ('# decisions\n[[merge]]\nitem = ["doc/what-is-it", "doc/what-is-that"]\n', "item", "did you mean 'items'?"),
    "dedupe.toml": ("# thresholds\n[dedupe]\nauto_merg = 0.9\n", "auto_merg", "did you mean 'auto_merge'?"),
    "topics.toml": ('# topics\n[[topic]]\nnmae = "basics"\n', "nmae", "did you mean 'name'?"),
}
WRONG_TYPE = {  # line 3 has a value of the wrong type
    "overrides.toml": "# repairs\n[[override]]\nitem = 3\n",
    "decisions.toml": '# decisions\n[[merge]]\nitems = "doc/what-is-it"\n',
    "dedupe.toml": '# thresholds\n[dedupe]\nauto_merge = "high"\n',
    "topics.toml": "# topics\n[[topic]]\nname = 7\n",
}


def make_content(tmp: Path, **files: str | bytes) -> Path:
    content = tmp / "content"
    (content / "sources").mkdir(parents=True)
    (content / "deck.toml").write_text(DECK, encoding="utf-8")
    (content / "sources" / "doc.txt").write_text(GRILL, encoding="utf-8")
    for name, data in files.items():
        path = content / name
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return content


def errors(content: Path) -> list[str]:
    diag = Diagnostics()
    try:
        load_project(content, diag)
    except ContentError as exc:
        return [str(d) for d in exc.diagnostics]
    return [str(d) for d in diag.errors]


def test_valid_files_load_without_errors(tmp_path: Path) -> None:
    content = make_content(tmp_path, **VALID)
    diag = Diagnostics()
    project = load_project(content, diag)
    assert diag.items == []
    assert project.overrides[0].line == 3
    assert project.decisions.merge[0].line == 2
    assert project.settings.auto_merge == 0.9
    assert project.topics is not None and project.topics.topic[0].name == "basics"


@pytest.mark.parametrize("name", [*VALID, "deck.toml"])
def test_non_utf8_file_is_an_error_with_its_line(tmp_path: Path, name: str) -> None:
    lines = (DECK if name == "deck.toml" else VALID[name]).encode().split(b"\n")
    bad = b"\n".join([*lines[:2], "# caf\u00e9".encode("latin-1"), *lines[2:]])  # a Latin-1 byte on line 3
    content = make_content(tmp_path, **{name: bad})
    found = errors(content)
    assert found == [f"{name}:3: error: not valid UTF-8 (byte 0xe9) (re-save the file as UTF-8, e.g. iconv -f latin1 -t utf-8)"]


@pytest.mark.parametrize("name", [*VALID, "deck.toml"])
def test_toml_syntax_error_names_the_line(tmp_path: Path, name: str) -> None:
    text = DECK if name == "deck.toml" else VALID[name]
    line = text.count("\n") + 1
    found = errors(make_content(tmp_path, **{name: text + 'x = "unterminated\n'}))
    assert len(found) == 1 and found[0].startswith(f"{name}:{line}: error: invalid TOML"), found


@pytest.mark.parametrize("name", list(UNKNOWN_KEY))
def test_unknown_key_names_line_and_suggests(tmp_path: Path, name: str) -> None:
    text, key, hint = UNKNOWN_KEY[name]
    found = errors(make_content(tmp_path, **{name: text}))
    assert any(f.startswith(f"{name}:3: error: unknown key {key!r}") and hint in f for f in found), found


@pytest.mark.parametrize("name", list(WRONG_TYPE))
def test_wrong_type_names_its_line(tmp_path: Path, name: str) -> None:
    found = errors(make_content(tmp_path, **{name: WRONG_TYPE[name]}))
    assert found and all(f.startswith(f"{name}:3: error: ") for f in found), found


def test_unknown_table_in_dedupe_toml(tmp_path: Path) -> None:
    found = errors(make_content(tmp_path, **{"dedupe.toml": "[dedup]\nauto_merge = 0.9\n"}))
    assert found == ["dedupe.toml:1: error: unknown table or key 'dedup' (did you mean 'dedupe'?)"]


def test_deck_toml_wrong_type_in_a_nested_table(tmp_path: Path) -> None:
    text = DECK + 'difficulty = { from = "ranges", ranges = [[1, "x", "easy"]] }\n'
    found = errors(make_content(tmp_path, **{"deck.toml": text}))
    assert found and all(f.startswith("deck.toml:8: error: [[source]] number 1: difficulty.ranges") for f in found), found


@pytest.mark.parametrize("name", [*VALID, "deck.toml", "deckc.lock"])
def test_a_config_file_that_is_a_directory_is_an_error(tmp_path: Path, name: str) -> None:
    content = make_content(tmp_path)
    if name == "deck.toml":
        (content / name).unlink()
    (content / name).mkdir()
    found = errors(content)
    assert len(found) == 1 and found[0].startswith(f"{name}: error: is a directory, not a file"), found


def test_two_overrides_for_one_item_are_an_error(tmp_path: Path) -> None:
    text = VALID["overrides.toml"] + '\n[[override]]\nitem = "doc/what-is-it"\nquestion = "What?"\n'
    found = errors(make_content(tmp_path, **{"overrides.toml": text}))
    assert found == [
        "overrides.toml:7: error: second [[override]] for item 'doc/what-is-it' (the first is at line 3) "
        "(merge the two tables into one)"
    ]


def test_unreadable_source_reports_only_the_cause(tmp_path: Path) -> None:
    overrides = "".join(f'[[override]]\nitem = "doc/question-{n}"\nanswer = "x"\n\n' for n in range(29))
    content = make_content(tmp_path, **{"overrides.toml": overrides})
    # (a file cut off inside a character: no encoding reads it; one not UTF-8 is read in its best one since T29-39)
    (content / "sources" / "doc.txt").write_bytes(GRILL.encode() + b"caf\xc3")
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "looks cut off" in result.output
    assert "unknown item" not in result.output
    assert "deckc: 1 error; nothing was written." in result.output


def test_default_build_dir_is_beside_the_content_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert default_build_dir(Path("content")) == Path("build")
    assert default_build_dir(tmp_path / "notes" / "content") == tmp_path / "notes" / "build"
    monkeypatch.chdir(make_content(tmp_path))
    assert default_build_dir(Path(".")) == tmp_path / "build"


def test_key_lines() -> None:
    text = """# comment
title = "x"   # trailing [not a table]
[deck]
name = "n"
"dotted.key" = 1
a.b = 2

[[source]]
id = "one"
difficulty = { from = "ranges", ranges = [[1, 2, "easy"]] }
multi = '''
[not.a.table]
fake = 1
'''
array = [
  [1, 2],
  "x = 3",
]
after = true

[source.extra]
k = 1

[[source]]
id = "two"

[[source.sub]]
z = 0
"""
    lines = key_lines(text)
    assert lines[("title",)] == 2
    assert lines[("deck", "name")] == 4
    assert lines[("deck", "dotted.key")] == 5
    assert lines[("deck", "a", "b")] == 6
    assert lines[("source", 0)] == 8
    assert lines[("source", 0, "difficulty")] == 10
    assert ("not", "a", "table") not in lines and ("source", 0, "fake") not in lines
    assert lines[("source", 0, "after")] == 19
    assert lines[("source", 0, "extra", "k")] == 22
    assert lines[("source", 1, "id")] == 25
    assert lines[("source", 1, "sub", 0, "z")] == 28


def test_real_content_loads_cleanly(content_dir: Path, tmp_path: Path) -> None:
    copy = tmp_path / "content"
    shutil.copytree(content_dir, copy)
    diag = Diagnostics()
    project = load_project(copy, diag)
    assert diag.items == []
    assert project.overrides and all(o.line for o in project.overrides)
    assert project.decisions.merge and all(d.line for d in project.decisions.merge)


def test_a_deck_folder_without_its_build_folder_builds_inside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """learner4 N50: after 'rm -rf build' in a folder made by 'deckc init', 'deckc build .' wrote into the parent's
    build/ (shared by sibling decks), silently. Only a folder named content/ builds beside itself."""
    deck = tmp_path / "decks" / "ml"
    deck.mkdir(parents=True)
    assert default_build_dir(deck) == deck / "build"
    monkeypatch.chdir(deck)
    assert default_build_dir(Path(".")) == Path("build")
    (deck / "build").mkdir()
    assert default_build_dir(Path(".")) == Path("build")
