"""Every [[source]] table a message prints works when pasted as printed.

For each new-user fixture dropped alone into a deck, every table the build
prints (the one for an unlisted file, and the whole table a hint such as "add
[source.pattern] item = … to its [[source]] table" now shows) is pasted into
deck.toml as the message says, and the deck compiles without error; the
hints the pasted table brings are pasted in turn (one more round).  The
template printed when a layout cannot be told (its pattern lines are comments
to fill in) is not a fix and is left out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import NEWUSER, drop_in

from compiler.diagnostics import ContentError, Diagnostic
from compiler.pipeline import compile_content

FIXTURES = sorted(p.name for p in NEWUSER.iterdir() if p.is_file() and p.suffix in {".md", ".txt", ".csv", ".tsv"})


def _tables(content: Path) -> tuple[list[str], list[Diagnostic]]:
    """(every whole [[source]] table the compile printed, its errors)."""
    try:
        compiled = compile_content(content, now=1_000)
        diags, errors = list(compiled.diagnostics.grouped_warnings), []
    except ContentError as exc:
        diags = list(exc.diagnostics)
        errors = [d for d in diags if d.severity == "error"]
    # "cannot tell this document's layout" prints a template to fill in (its pattern is comments), not a fix
    tables = [d.snippet for d in diags if d.snippet.startswith("[[source]]") and "cannot tell this document" not in d.message]
    return list(dict.fromkeys(tables)), errors


def _paste(content: Path, table: str) -> None:
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n\n{table}\n', encoding="utf-8")


@pytest.mark.parametrize("name", FIXTURES)
def test_every_printed_table_builds_when_pasted(tmp_path: Path, name: str) -> None:
    content = drop_in(tmp_path, name)
    first, _ = _tables(content)
    seen: set[str] = set()
    todo = [(table, 1) for table in first]
    while todo:
        table, depth = todo.pop(0)
        if table in seen:
            continue
        seen.add(table)
        _paste(content, table)
        more, errors = _tables(content)
        assert not errors, f"{name}: pasting\n{table}\ngave\n" + "\n".join(str(e) for e in errors)
        if depth < 2:
            todo += [(t, depth + 1) for t in more if t not in seen]


def test_the_statement_heading_hint_gives_a_table_that_reads_every_heading(tmp_path: Path) -> None:
    """trial5 finding 5: the hint said to add [source.pattern] to a table holding layout = "markdown"
    (an error when pasted); now it prints the whole table, the layout dropped, ready to paste."""
    content = drop_in(tmp_path, "lost-marks.md")
    [table] = [t for t in _tables(content)[0] if 'layout = "markdown"' in t]  # the unlisted file's
    _paste(content, table)
    compiled = compile_content(content, now=1_000)
    [hint] = [w for w in compiled.diagnostics.grouped_warnings if "is not read as a question" in w.message]
    assert "the whole table below replaces its [[source]] in deck.toml" in hint.hint
    assert "layout" not in hint.snippet and "[source.pattern]\nitem = '^####\\s+(?P<question>.+)$'" in hint.snippet
    _paste(content, hint.snippet)
    again = compile_content(content, now=1_000)
    # every '####' heading is a question now (the page's closing 'How to contribute' too: the next hint's business)
    assert [i.question.replace("`", "") for i in again.items][:6] == [
        "What is GIL?",
        "What types of data does Python have?",
        "What difference between tuple and list?",
        "Floats VS Decimals",
        "Mutable default arguments",
        "What is set?",
    ]


def test_an_unknown_difficulty_label_prints_the_table_with_it_mapped(tmp_path: Path) -> None:
    """The hint's table merges the new label into the user's own labels."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "notes.md").write_text("# T\n\n## What is hard? 🔥\n\nThis.\n\n## What is easy? 🚀\n\nThat.\n")
    table = (
        '[[source]]\nid = "md"\nfile = "sources/notes.md"\nlayout = "markdown"\n'
        'difficulty = { from = "label", labels = { "🚀" = "hard" }, default = "easy" }'
    )
    _paste(content, table)
    [error] = [d for d in _tables(content)[1] if "unknown difficulty" in d.message]
    assert "[source.difficulty]" in error.snippet
    assert '"🚀" = "hard"' in error.snippet and '"🔥" = ' in error.snippet
    _paste(content, error.snippet)
    assert not _tables(content)[1]


def test_a_hint_read_back_from_the_item_cache_prints_the_same_table(tmp_path: Path) -> None:
    """Readers' diagnostics are kept in the item cache as JSON: their fix must come back as it was."""
    from compiler.build import build

    content = drop_in(tmp_path, "lost-marks.md")
    [table] = [t for t in _tables(content)[0] if 'layout = "markdown"' in t]
    _paste(content, table)
    printed = []
    for name in ("Mine", "Mine again"):  # the second build reads the unchanged document from the item cache
        (content / "deck.toml").write_text(f'[deck]\nname = "{name}"\n\n{table}\n', encoding="utf-8")
        result = build(content, tmp_path / "out", formats=("json",), now=1_000)
        [hint] = [w for w in result.summary.warnings if "is not read as a question" in w.message]
        printed.append(hint.snippet)
    assert printed[0] == printed[1] and "[source.pattern]" in printed[0]
