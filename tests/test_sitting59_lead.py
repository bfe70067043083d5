"""Fifty-ninth sitting, lead: the suite's repeated pattern compiles (issue 13, the test suite's time)."""

from __future__ import annotations

import json
import re
import subprocess
import sys


def test_a_pattern_re_dropped_is_the_same_pattern_again_not_a_second_compile() -> None:
    """Python's ``re`` keeps 512 compiled patterns; deckc's readers use ~4,000, so a long process (a test worker,
    ``deckc watch``) compiled the ones ``re`` had dropped again and again (sitting 59: ~6,000 times a worker).
    With the kept patterns installed (every deckc command, and each test process: tests/conftest.py) a pattern
    made once is the very same object when asked for again."""
    from compiler import regexcache

    assert regexcache._installed is not None
    first = re.compile(r"sitting59-(?P<what>memo)\s+\d{2,}")
    re.purge()  # (what re's own cache does to the oldest of 512 patterns)
    again = re.compile(r"sitting59-(?P<what>memo)\s+\d{2,}")
    assert again is first and again.match("sitting59-memo 42").group("what") == "memo"
    assert re.compile(r"sitting59-(?P<what>memo)\s+\d{2,}", re.I) is not first  # flags are part of the key


def test_a_pattern_made_from_kept_code_is_kept_for_the_process_too(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The second process reads the first one's kept code; a pattern made from it and dropped by ``re`` is not made
    again either, and matches as ``re``'s own does."""
    script = (
        "import re, sys\nfrom pathlib import Path\nfrom compiler import regexcache\n"
        "regexcache.WORTH = 0  # (kept however quick it was to compile)\nregexcache.install(Path(sys.argv[1]))\n"
        "p = re.compile(r'kept-(?P<n>\\d+)-(?:a|b)+$')\nre.purge()\n"
        "q = re.compile(r'kept-(?P<n>\\d+)-(?:a|b)+$')\n"
        "k = regexcache._installed\n"
        "print(q is p, q.match('kept-7-abba').group('n'), (p.pattern, 0) in k.table)\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True).stdout.split()
        for _ in range(2)
    ]
    assert runs[0] == ["True", "7", "False"]  # compiled by re, kept at exit
    assert runs[1] == ["True", "7", "True"]  # made from the kept code, then the same object again


def test_without_fsync_the_committed_journal_is_written_in_place(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """DECKC_FSYNC=off (the suite's builds): the journal's committed state overwrites the swapping one in place; a
    rename over it made ext4 write it out at once and the journal's removal wait for the disk (~3-10 ms a build).
    Durable (the default), it is written beside and renamed over, as before."""
    from compiler import transaction

    steps = [transaction.Step(str(tmp_path / "deck.json"), str(tmp_path / ".deck.json.deckc-new"), None)]
    journal = tmp_path / transaction.JOURNAL_NAME
    for durable, same_file in (("off", True), ("on", False)):
        monkeypatch.setenv(transaction.FSYNC_ENV, durable)
        transaction._write_journal(journal, "swapping", steps)
        before = journal.stat().st_ino
        transaction._write_journal(journal, "committed", steps)
        assert (journal.stat().st_ino == before) is same_file
        assert json.loads(journal.read_text(encoding="utf-8"))["state"] == "committed"
        journal.unlink()


def test_a_committed_journal_torn_by_a_kill_leaves_one_builds_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What a kill -9 in the middle of that in-place write can leave: the committed text's start over the swapping
    one's, cut anywhere. The swap was done; recovery leaves the new build's files or rolls back to the previous
    build's, never a mix, and no previous version stays behind."""
    from compiler import transaction

    names = ("deck.json", "deck.csv")
    journal = tmp_path / transaction.JOURNAL_NAME

    def swapped() -> list:  # type: ignore[type-arg]
        steps = []
        for name in names:
            (tmp_path / name).write_text("new build\n", encoding="utf-8")
            (tmp_path / f".{name}{transaction.OLD}").write_text("old build\n", encoding="utf-8")
            steps.append(transaction.Step(str(tmp_path / name), str(tmp_path / f".{name}{transaction.NEW}"), str(tmp_path / f".{name}{transaction.OLD}")))
        return steps

    transaction._write_journal(journal, "swapping", swapped())
    swapping = journal.read_bytes()
    transaction._write_journal(journal, "committed", swapped())
    committed = journal.read_bytes()
    assert committed.startswith(swapping[: swapping.index(b'"swapping"')])  # (the steps come first, the same bytes)
    seen = set()
    for cut in range(len(committed) + 1):
        swapped()
        journal.write_bytes(committed[:cut] + swapping[cut:])  # (torn: the new text's start, the old one's rest)
        transaction.recover(tmp_path)
        transaction.clean_stale(tmp_path)
        texts = {(tmp_path / name).read_text(encoding="utf-8") for name in names}
        assert len(texts) == 1, (cut, texts)
        assert not journal.exists() and not list(tmp_path.glob(f"*{transaction.OLD}"))
        seen |= texts
    assert seen == {"new build\n", "old build\n"}


QUESTIONS = "# Strings - Questions\n\n### 1. What is a string in Ruby?\n\n---\n### 2. How do you join two strings?\n\n---\n"
ANSWERS = (
    "# Strings - Answers\n\n### Q1. What is a string in Ruby?\n\n**A:** A sequence of characters.\n\n---\n\n"
    "### Q2. How do you join two strings?\n\n**A:** With `+` or `<<`.\n\n---\n"
)


def test_a_question_page_whose_questions_another_file_answers_is_said_so_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An interview repository's questions/ beside its answers/ (datpmt/ruby-interview-questions, MIT, @33b2820, its
    shape): each questions file said "none of its 7 questions has an answer", 21 warnings of one problem, as if 140
    questions were lost, when 19 of the files are asked and answered in answers/. Now a page whose every question
    another file answers says where (nothing is lost, nothing to do), and pages of one kind are said once with a
    count: two groups, the questions no file answers apart."""
    from click.testing import CliRunner
    from conftest import deck_of

    from compiler.cli import main

    content = deck_of(
        tmp_path,
        {
            "questions/strings.md": QUESTIONS,
            "answers/strings.md": ANSWERS,
            "questions/arrays.md": QUESTIONS.replace("string", "array").replace("join two arrays", "sort an array"),
            "answers/arrays.md": ANSWERS.replace("string", "array").replace("join two arrays", "sort an array"),
            "questions/ractors.md": "# Ractors\n\n### 1. What is a Ractor?\n\n---\n### 2. Can Ractors share objects?\n\n---\n",
            "questions/gc.md": "# GC\n\n### 1. What is a GC compaction?\n\n---\n### 2. What is a write barrier?\n\n---\n",
        },
    )
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    said = [line for line in result.output.splitlines() if "questions has an answer" in line]
    assert len(said) == 2, said
    elsewhere = next(line for line in said if "answered in" in line)
    assert "questions/arrays.md:3: warning: none of its 2 questions has an answer (lines 3, 6); all of them are asked and answered in sources/answers/arrays.md (nothing of them is lost)" in elsewhere
    assert "nothing to do: their cards come from sources/answers/arrays.md" in elsewhere and "[2 times; also at sources/questions/strings.md:3]" in elsewhere
    lost = next(line for line in said if "answered in" not in line)
    assert "questions/gc.md:3: warning: none of its 2 questions has an answer (lines 3, 6): this file adds no card" in lost
    assert "[2 times; also at sources/questions/ractors.md:3]" in lost
    assert "wrote 4 notes" in result.output


def test_a_less_than_in_code_hides_no_words_from_the_coverage_check(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """datpmt/ruby-interview-questions' answers/rails/caching.md (its shape): Ruby's ``class PostsController <
    ApplicationController`` in one code block, an erb block's ``<!-- … -->`` in a later one. The coverage check read
    everything between that '<' and the '>' as one HTML tag and dropped it from the items' text, so the lines between,
    all on the card, were said to be "in no card". A '<' that opens no tag (a space or '%' after it) is text."""
    from conftest import built_notes, note_back

    page = (
        "# Caching\n\n### 1. What are the caching strategies?\n\nRails provides three levels:\n\n"
        "**1. Page Caching** – Cache entire HTML pages\n```ruby\nclass PostsController < ApplicationController\n"
        "  caches_page :show\nend\n```\n\n"
        "**2. Action Caching** – Cache controller actions (includes filters)\n```ruby\n"
        "class PostsController < ApplicationController\n  caches_action :show\nend\n```\n\n"
        "**3. Fragment Caching** – Cache view fragments\n```erb\n<!-- app/views/posts/show.html.erb -->\n"
        "<% cache @post do %>\n  <div class=\"post-content\"><%= @post.content %></div>\n<% end %>\n```\n\n"
        "### 2. What is Rails.cache?\n\nA low-level key-value store.\n"
    )
    notes, _, said = built_notes(tmp_path, {"caching.md": page})
    assert len(notes) == 2 and "Action Caching – Cache controller actions (includes filters)" in note_back(notes[0])
    assert not [s for s in said if "in no card" in s], said
