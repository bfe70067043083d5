"""Sitting 58, lead: the [[source]] table a build prints for an unlisted file, pasted into deck.toml as its message
says, reads the file exactly as the unlisted build did (the promise the message makes: 'add this to deck.toml').

A new-user trial found a folder of six Markdown pages whose one printed table, pasted, read one page as nothing at all
(an outline of terms: 4 cards, then 'no items found with the markdown layout' and a build stopped by the lock). The
same check over the 1,455 documents of tests/data found 12 more, each a reading one path took and the other did not:
rewrites run only for an unnamed layout, a `skip` pattern printed with doubled backslashes, a page's code fence read
away only when detected, numbered labels (`**Q1: …**`) read only unlisted.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

from compiler.diagnostics import ContentError
from compiler.pipeline import compile_content
from compiler.sources.detect import toml_literal

DATA = Path(__file__).parent / "data"
HEAD = '[deck]\nname = "Mine"\ndate = "2026-01-01"\n'

PAGES = [
    "sitting57/newdocs/research-vocab-outline.md",  # '- Independent variable' / '  - the variable the researcher changes'
    "sitting57/newdocs/acronyms-stands-for.md",  # '- CPU stands for …'
    "sitting57/newdocs/terms-means.md",  # '*Algorithm* means …'
    "sitting57/newdocs/geography-keywords.txt",  # 'erosion (the wearing away of rock …)'
    "sitting57/newdocs/chat-quiz.md",  # '**Tutor:** Sure! First: …?': the filler off the front
    "sitting57/newdocs/spanish-lesson-chat.md",
    "newuser/said-marks.md",  # '**Q1: …**': the number on the Sources line
    "sitting48/newdocs/sql-this-query.md",
    "sitting48/newdocs/sql-under-heading.md",
    "newuser/exam-vce.txt",  # a dump's boilerplate lines: the printed skip patterns
    "trials/trial31/aws-saa-dump.txt",
    "newuser/fenced-page.md",  # a page fenced whole: the closing fence on no back
    "sitting46/fixes/lecture-practice/stats-notes.md",  # '**Definition 2.1.** …' on a numbered page
    "trials/trial54/field-record.txt",  # '|QUESTION|' / its text / '|QUERY|' …
]


def _notes(root: Path) -> tuple[list[tuple[object, ...]], list[str]]:
    """The deck's notes (type, every field, tags) and the tables printed for unlisted files."""
    compiled = compile_content(root, now=1_700_000_000)
    notes = [(n.notetype, tuple(n.fields.items()), tuple(sorted(n.tags))) for n in compiled.deck.notes]
    tables = [d.snippet for d in compiled.diagnostics.items if d.snippet and (d.group or "").startswith("unlisted:")]
    return notes, tables


def _pasted_alike(root: Path) -> list[tuple[object, ...]]:
    (root / "deck.toml").write_text(HEAD, encoding="utf-8")
    before, tables = _notes(root)
    assert before and tables, "an unlisted file gives cards and a table to paste"
    (root / "deck.toml").write_text(HEAD + "\n" + "\n\n".join(tables) + "\n", encoding="utf-8")
    after, left = _notes(root)
    assert not left, left  # every file is listed now
    assert after == before
    return before


@pytest.mark.parametrize("page", PAGES)
def test_pasting_the_printed_table_changes_no_card(tmp_path: Path, page: str) -> None:
    (tmp_path / "sources").mkdir()
    shutil.copy(DATA / page, tmp_path / "sources" / Path(page).name)
    _pasted_alike(tmp_path)


def test_a_folder_table_pasted_reads_each_page_alike(tmp_path: Path) -> None:
    """Six pages side by side in sources/: one table for the five read as Markdown (a glob), pasted; the outline of
    terms among them keeps its four cards (it gave none, and the build stopped: the lock held them)."""
    (tmp_path / "sources").mkdir()
    for page in [*PAGES[:3], "sitting57/newdocs/who-said-it.md", "sitting57/newdocs/calculus-defs.md", "newuser/said-marks.md"]:
        shutil.copy(DATA / page, tmp_path / "sources" / Path(page).name)
    notes = _pasted_alike(tmp_path)
    fronts = [dict(fields)["Question"] for _, fields, _ in notes if "Question" in dict(fields)]
    assert "Independent variable" in fronts, fronts


def test_printed_skip_patterns_read_back_as_written() -> None:
    """A pattern printed for a TOML literal string keeps its backslashes single (repr doubled them: a pasted
    '^\\\\s*Topic' matched a backslash, so the dump's boilerplate came back onto the cards)."""
    for pattern in (r"^\s*Topic\s*#?\s*:?\s*\d{1,3}\s*$", r"^\s*\[All\b[^\]]*\bQuestions\]\s*$", "it's", "a\\'b"):
        assert tomllib.loads(f"skip = [{toml_literal(pattern)}]")["skip"] == [pattern]


def test_pasted_tables_keep_the_files_order(tmp_path: Path) -> None:
    """A lecture and its self-check asking the same questions, in a folder: the self-check reads otherwise and gets a
    table of its own, printed apart from the folder's. The deck puts the unlisted files in the order the printed tables
    put them, so pasting them keeps which document gives each merged note its front, answer and id (it flipped)."""
    folder = DATA / "trials" / "trial35" / "t35-22-selfcheck-key-runs-on"
    (tmp_path / "sources" / "heart").mkdir(parents=True)
    for page in sorted(folder.iterdir()):
        shutil.copy(page, tmp_path / "sources" / "heart" / page.name)
    notes = _pasted_alike(tmp_path)
    merged = [dict(fields) for _, fields, _ in notes if " · " in dict(fields).get("Sources", "")]
    assert len(merged) == 2, [dict(f)["Sources"] for _, f, _ in notes]


def _build(root: Path, table: str) -> tuple[list[tuple[object, ...]], list[str]]:
    (root / "deck.toml").write_text(HEAD + "\n" + table + "\n", encoding="utf-8")
    compiled = compile_content(root, now=1_700_000_000)
    return [(n.notetype, tuple(n.fields.items())) for n in compiled.deck.notes], [d.text() for d in compiled.diagnostics.items]


def test_notes_skip_leaves_a_numbered_pages_notes_out(tmp_path: Path) -> None:
    """'section … holds notes and no question: a card …; notes = "skip" in its [[source]] table leaves them out':
    followed on a page read as 'numbered', the notes were still cards and the message still said."""
    (tmp_path / "sources").mkdir()
    shutil.copy(DATA / "sitting56" / "fixes" / "number-in-notes.md", tmp_path / "sources" / "kernels.md")
    table = '[[source]]\nid = "kernels"\nfile = "sources/kernels.md"\nlayout = "numbered"'
    notes, said = _build(tmp_path, table)
    advice = [m for m in said if "holds notes and no question" in m]
    assert len(notes) == 4 and advice and 'notes = "skip" in its [[source]] table leaves them out' in advice[0], said
    skipped, said = _build(tmp_path, table + '\nnotes = "skip"')
    assert len(skipped) == 2 and not any("holds notes" in m for m in said), said
    assert {dict(f)["Question"] for _, f in skipped} < {dict(f)["Question"] for _, f in notes}


def test_a_hints_pattern_tweak_keeps_the_layouts_reading(tmp_path: Path) -> None:
    """A hint that adds one key under [source.pattern] ('choices = false … the whole table below goes into deck.toml')
    tunes the layout: followed, the page is read as before (its 7 questions), not by a pattern of the user's own (it
    was 'no items found with the numbered layout': every rewrite that brings a page to the layout's shape skipped)."""
    (tmp_path / "sources").mkdir()
    shutil.copy(DATA / "trials" / "trial34" / "t34-1-gcse-paper-mark-scheme" / "gcse-bio-paper.txt", tmp_path / "sources" / "paper.txt")
    table = '[[source]]\nid = "paper"\nfile = "sources/paper.txt"\nlayout = "numbered"'
    _, said = _build(tmp_path, "")
    hint = next(m for m in said if "none marked correct" in m)
    assert "choices = false in [source.pattern]" in hint, hint
    notes, said = _build(tmp_path, table + "\n[source.pattern]\nchoices = false")
    assert len(notes) == 1 and "function of the ribosome" in dict(notes[0][1])["Question"], notes  # its options the answer
    assert not any("no items found" in m for m in said), said


def test_notes_skip_quiets_the_text_above_the_first_item(tmp_path: Path) -> None:
    """notes = "skip" says a page's text under no question is the user's notes: the 'N of M lines come before the
    first item' message (the advice that followed it) goes too; the unanswered exercises are still said."""
    (tmp_path / "sources").mkdir()
    shutil.copy(DATA / "sitting55" / "fixes" / "notes-over-exercises.md", tmp_path / "sources" / "attention.md")
    table = '[[source]]\nid = "attention"\nfile = "sources/attention.md"\nlayout = "numbered"'
    _, said = _build(tmp_path, table)
    assert not any("come before the first item" in m for m in said), said  # (its notes are cards)
    try:
        _, said = _build(tmp_path, table + '\nnotes = "skip"')
    except ContentError as exc:  # (no card left: the exercises have no answers)
        said = [d.text() for d in exc.diagnostics]
    assert not any("come before the first item" in m for m in said), said
    assert any("none of its 3 questions has an answer" in m for m in said), said
