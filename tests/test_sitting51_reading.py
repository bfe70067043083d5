"""Sitting 51 (lead), second part: a reading list written with credits and an editor's note."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front


def test_a_list_of_links_with_their_credits_or_an_editors_note_is_a_reading_list(tmp_path: Path) -> None:
    """A resources list whose links carry their author after a comma, grouped under labels ('- Readings' over
    '  - [X](…), basecs'), and a practice list under an italic editor's note ('_These are essential questions to
    practice …_' over LeetCode links) teach nothing on a card: each a skipped reading list, said at its heading (they
    were cards of link titles: the tech interview handbook's hash table page, read as a new user in sitting 50). A
    link followed by a sentence of its own stays text to learn."""
    page = (
        "## Introduction\n\nA hash table maps keys to values through a hash function into an array of buckets.\n\n"
        "## Learning resources\n\n- Readings\n  - [Taking Hash Tables Off The Shelf](https://medium.com/x), basecs\n"
        "  - [Hashing Out Hash Functions](https://medium.com/y), basecs\n- Videos\n"
        "  - [Core: Hash Tables](https://www.coursera.org/z), University of California San Diego\n"
        "- Additional (only if you have time)\n"
        "  - [A Brief Guide to Hash Tables](https://www.youtube.com/w) ([slides](https://example.org/s.pdf)), Samuel Albanie, "
        "University of Cambridge\n\n"
        "## Essential questions\n\n_These are essential questions to practice if you're studying for this topic._\n\n"
        "- [Two Sum](https://leetcode.com/problems/two-sum/)\n- [Ransom Note](https://leetcode.com/problems/ransom-note/)\n\n"
        "## Collisions\n\n- [Separate chaining](https://en.wikipedia.org/wiki/Hash_table) keeps a linked list in each bucket "
        "and walks it on lookup.\n- [Open addressing](https://en.wikipedia.org/wiki/Open_addressing) probes the next free slot.\n"
    )
    notes, skipped, messages = built_notes(tmp_path, {"hash-table.md": page})
    assert [note_front(n) for n in notes] == ["Introduction", "Collisions"]
    assert "walks it on lookup" in note_back(notes[1])
    assert [(s["line"], s["skipped"]) for s in skipped] == [
        (5, "only links under the heading (a reading list)"), (15, "only links under the heading (a reading list)")
    ]
    assert sum("a heading with only links under it (a reading list) is no card" in m for m in messages) == 2


def test_a_heading_naming_practice_questions_over_one_sentence_prompts_is_questions_without_answers(tmp_path: Path) -> None:
    """'## Sample questions' over prompts of one sentence each ('- Describe an implementation of a least-used cache.'):
    questions to practise, none answered, skipped and said as a list of '?' questions is (it was one card whose back
    was the two prompts). Entries that answer after their prompt ('Describe a hash set. It stores keys only.') stay
    the section's card."""
    intro = "## Introduction\n\nA hash table maps keys to values through a hash function into an array of buckets.\n\n"
    prompts = (
        "## Sample questions\n\n- Describe an implementation of a least-used cache, and big-O notation of it.\n"
        "- A question involving an API's integration with hash map where the buckets are linked lists.\n"
    )
    notes, skipped, messages = built_notes(tmp_path / "a", {"hash-table.md": intro + prompts})
    assert [note_front(n) for n in notes] == ["Introduction"]
    assert [(s["line"], s["skipped"]) for s in skipped] == [(5, "a list of questions without answers under the heading")]
    assert any(m.startswith("sources/hash-table.md:5: warning: 'Sample questions' is over a list of questions without answers") for m in messages)
    answered = "## Sample questions\n\n- Describe a hash set. It stores keys only.\n- Name a collision strategy. Separate chaining.\n"
    notes, skipped, _ = built_notes(tmp_path / "b", {"hash-table.md": intro + answered})
    assert [note_front(n) for n in notes] == ["Introduction", "Sample questions"] and not skipped
    assert "Separate chaining" in note_back(notes[1])
