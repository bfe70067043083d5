"""Issue 13, thirty-sixth sitting: reading an edited content folder reads only what changed.

A document whose bytes (and the deck.toml that lists it, and the names in sources/) did not change replays its
reading from the last compile's record (compiler/readcache.py); an incremental build writes exactly the bytes a
clean build writes.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from ankiutil import import_apkg, notes, open_collection
from click.testing import CliRunner
from conftest import real_content_copy

from compiler import cachefile, pipeline, readcache
from compiler.cli import main
from compiler.pipeline import Compiled, compile_content


def write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def compiled_with(content: Path, cache: Path | None) -> Compiled:
    with cachefile.collect():
        compiled = compile_content(content, now=10**9, cache_dir=cache)
        compiled.dupes.persist()  # the build's and lint's cache writers (the read record among them)
    return compiled


TASKS = {
    "deck.toml": '[deck]\nname = "Todo tasks"\n',
    "sources/a-notes/notes.md": "# Study notes\n\n## What is a stack?\n\nA last-in, first-out collection.\n\n"
    "## Tasks\n\n- [ ] read chapter 3\n- [x] call Bob\n",
    "sources/tasks/reverse/task.md": "# Reverse a list\n\nWrite a function that reverses a list in place.\n",
    "sources/tasks/reverse/solution.md": "Swap the ends and walk inwards: `lst[i], lst[-1-i] = lst[-1-i], lst[i]`.\n",
    "sources/tasks/sum/task.md": "# Sum a list\n\nWrite a function that sums a list.\n",
    "sources/tasks/sum/solution.md": "Use a running total: `total += x` for each x.\n",
}


def test_a_note_with_to_dos_read_first_leaves_the_tasks_their_solutions(tmp_path: Path) -> None:
    """S36-1: a note's '- [ ] …' to-do list, read before a folder of task.md/solution.md pairs, replaced the
    build's table of task pairs with the note's lines: each task became a card whose back was its own statement,
    and its solution.md was dropped unsaid."""
    compiled = compiled_with(write(tmp_path / "content", TASKS), None)
    backs = {n.fields["DeckcId"]: n.fields["Answer"] for n in compiled.deck.notes}
    assert "Swap the ends" in backs["tasks-reverse-task/reverse-a-list"], backs
    assert "running total" in backs["tasks-sum-task/sum-a-list"], backs
    assert "last-in, first-out" in backs["a-notes-notes/what-is-a-stack"]
    assert not any("chapter 3" in back for back in backs.values()), backs  # (the to-dos: no text of any card)


@pytest.fixture
def replayed(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many documents each compile replayed and read (reset by the test between compiles)."""
    counts = {"replayed": 0, "read": 0}
    real = readcache.DocumentRecords.replayed

    def counted(self: readcache.DocumentRecords, key: str, shaped: Any) -> Any:
        kept = real(self, key, shaped)
        counts["replayed" if kept is not None else "read"] += 1
        return kept

    monkeypatch.setattr(readcache.DocumentRecords, "replayed", counted)
    return counts


def reading(compiled: Compiled) -> tuple[Any, ...]:
    """Everything a compile's reading decides, as the later passes and the user see it."""
    return (
        [i.model_dump() for i in compiled.items],
        [s.model_dump() for s in compiled.deck.sources],
        [d.text() for d in compiled.diagnostics.items],
        [str(w) for w in compiled.diagnostics.grouped_warnings],
        [(n.guid, n.fields, n.tags) for n in compiled.deck.notes],
        {k: d.text for k, d in compiled.documents.items()},
    )


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_one_edited_answer_reads_one_document_and_writes_what_a_clean_build_writes(
    tmp_path: Path, replayed: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seed deck built, one answer edited, built again: the five unchanged documents are replayed, the edited
    one read; the manifest and CSV are byte for byte a clean build's of the same content, and Anki imports the
    same notes from both packages."""
    monkeypatch.setattr(pipeline.time, "time", lambda: 1_800_000_000)
    content = real_content_copy(tmp_path / "content")

    def build(folder: Path, out: Path) -> None:
        result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--only", "apkg,csv,json"])
        assert result.exit_code == 0, result.output

    build(content, tmp_path / "incremental")
    edit(content / "sources/regularization-20-essential-qa.txt", "improves gradient flow", "improves the gradients' flow")
    replayed.update(replayed=0, read=0)
    build(content, tmp_path / "incremental")
    assert replayed == {"replayed": 5, "read": 1}
    clean = tmp_path / "clean-content"
    shutil.copytree(content, clean)
    build(clean, tmp_path / "clean")
    for name in ("regularization.json", "regularization.csv"):
        assert (tmp_path / "incremental" / name).read_bytes() == (tmp_path / "clean" / name).read_bytes(), name
    assert "the gradients' flow" in (tmp_path / "incremental" / "regularization.csv").read_text(encoding="utf-8")
    imported = []
    for out in ("incremental", "clean"):
        col = open_collection(tmp_path / f"anki-{out}")
        try:
            import_apkg(col, tmp_path / out / "regularization.apkg")
            imported.append({guid: (n["notetype"], n["fields"], n["tags"]) for guid, n in notes(col).items()})
        finally:
            col.close()
    assert imported[0] == imported[1] and len(imported[0]) == 132
    assert any("the gradients' flow" in str(n) for n in imported[0].values())


MESSY = {  # warnings, a suggested table per unlisted file, a file that is no document, a key file paired by name
    "deck.toml": '[deck]\nname = "Messy"\n\n[[source]]\nid = "caps"\nfile = "sources/capitals.txt"\n',
    "sources/capitals.txt": "Q: What is the capital of France?\nA: Paris\n\nQ: What is the capital of Peru?\n\n"
    "Q: What is the capital of Chile?\nA: Santiago\n",
    "sources/quiz.md": "# Quiz\n\n1. Which planet is largest?\n   a) Mars\n   b) Jupiter\n   c) Venus\n\n"
    "2. Which gas do plants take in?\n   a) Oxygen\n   b) Carbon dioxide\n\nAnswers: 1-b, 2-b\n",
    "sources/notes.md": "# Cells\n\n## What is a ribosome?\n\nWhere proteins are made.\n\n"
    "## What does the nucleus hold?\n\nThe DNA.\n\nSome prose under no question at all.\n",
    "sources/tool.exe": "MZ\x00\x01binary",
    **{k: v for k, v in TASKS.items() if k != "deck.toml"},
}


@pytest.mark.parametrize(
    ("change", "read"),
    [
        ("a document", 1),  # (only it)
        ("a task's solution", 1),  # (its task, which reads it)
        ("deck.toml", 6),  # (its lines are what messages name: every document)
        ("a new document", 7),  # (the names in sources/ changed: every document, the new one too)
        ("nothing read", 0),  # (decisions.toml: no input of reading, the whole reading replayed)
    ],
)
def test_what_an_edit_changes_is_read_again_and_the_rest_replayed_as_read(
    change: str, read: int, tmp_path: Path, replayed: dict[str, int]
) -> None:
    content = write(tmp_path / "content", MESSY)
    first = compiled_with(content, tmp_path / "cache")
    assert replayed == {"replayed": 0, "read": 6}  # (six documents: tool.exe is none)
    replayed.update(replayed=0, read=0)
    if change == "a document":
        edit(content / "sources/capitals.txt", "A: Santiago", "A: Santiago de Chile")
    elif change == "a task's solution":
        edit(content / "sources/tasks/sum/solution.md", "running total", "running sum")
    elif change == "deck.toml":
        edit(content / "deck.toml", "[[source]]", "# the capitals\n[[source]]")
    elif change == "a new document":
        write(content, {"sources/more.txt": "Q: What is 2 + 2?\nA: 4\n"})
    else:
        write(content, {"decisions.toml": "# nothing decided\n"})
    again = compiled_with(content, tmp_path / "cache")
    assert replayed["read"] == read, replayed
    assert replayed["replayed"] == (0 if change in ("deck.toml", "a new document", "nothing read") else 5)
    clean = compiled_with(content, None)
    assert reading(again) == reading(clean)
    backs = {n.fields["DeckcId"]: n.fields.get("Answer", "") for n in again.deck.notes}
    said = "\n".join(str(w) for w in again.diagnostics.grouped_warnings)
    assert "sources/capitals.txt:4" in said and "tool.exe" in said, said  # (what the replayed documents said, said)
    assert "Swap the ends" in backs["tasks-reverse-task/reverse-a-list"]
    if change == "a document":
        assert "Santiago de Chile" in str(backs)
    if change == "a task's solution":
        assert "running sum" in backs["tasks-sum-task/sum-a-list"]
    if change == "nothing read":
        assert reading(again) == reading(first)


def test_an_index_page_replayed_still_gives_its_linked_files_its_questions(tmp_path: Path, replayed: dict[str, int]) -> None:
    """A README whose questions link to answer files (trial35 T35-15) names the question each file's one card asks,
    after every file is read: replayed, the index still tells it (an answer file edited, the index not read again)."""
    content = write(tmp_path / "content", {"deck.toml": '[deck]\nname = "Index"\n'})
    shutil.copytree(Path(__file__).parent / "data/trials/trial35/t35-15-index-linking-answer-files", content / "sources")
    compiled_with(content, tmp_path / "cache")
    path = content / "sources/answers/event-loop.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nIt never blocks on input or output.\n", encoding="utf-8")
    replayed.update(replayed=0, read=0)
    again = compiled_with(content, tmp_path / "cache")
    assert replayed == {"replayed": 3, "read": 1}
    assert reading(again) == reading(compiled_with(content, None))
    fronts = {n.fields["Question"]: n.fields["Answer"] for n in again.deck.notes}
    assert any("What is the event loop?" in front and "never blocks" in back for front, back in fronts.items()), fronts


def test_a_fix_for_a_vocabulary_list_read_with_its_separator_prints_the_whole_table(tmp_path: Path) -> None:
    """S36-2: an unlisted list of pairs split on ' — ' with a character its encoding lost (U+FFFD): the build stopped
    with 'internal error (TypeError: no TOML for DelimitedConfig(…))' printing the hint's table. The table to paste
    now holds the fix and the separator it was read with."""
    content = write(tmp_path / "content", {"deck.toml": '[deck]\nname = "Vocab"\n'})
    (content / "sources").mkdir()
    (content / "sources/vocab.txt").write_bytes(
        "le chat — the cat\nle chien — the dog\nla maison — the house\nle caf\ufffd — the coffee\nle pain — the bread\n".encode()
    )
    compiled = compiled_with(content, None)
    said = [str(w) for w in compiled.diagnostics.grouped_warnings]
    fix = next(w for w in said if "sources/vocab.txt:4" in w and "after repair" in w)
    assert 'repair = ["mojibake"]' in fix and "[source.delimited]" in fix and 'separator = " — "' in fix, fix
    backs = {n.fields["Question"]: n.fields["Answer"] for n in compiled.deck.notes}
    assert "the dog" in backs["le chien"] and len(backs) == 5, backs
