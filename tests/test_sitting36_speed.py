"""Issue 13, thirty-sixth sitting: reading an edited content folder reads only what changed.

A document whose bytes (and the deck.toml that lists it, and the names in sources/) did not change replays its
reading from the last compile's record (compiler/readcache.py); an incremental build writes exactly the bytes a
clean build writes.
"""

from __future__ import annotations

from pathlib import Path

from compiler import cachefile
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
