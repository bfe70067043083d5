"""Sitting 51 (lead): one card written many times (a list pasted twice, an export concatenated with itself, a
generated page): one note, in time linear in the copies (every copy was paired with every other: 4,000 copies of a
cloze line took 9 minutes and 10 GB; 60 copies made 8 notes of the same card, 8 being ``max_group``)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_front
from pathological import calls

from compiler.decisions import Decision, Decisions, DedupeSettings
from compiler.diagnostics import Diagnostics
from compiler.model import Block, BlockKind, Item, Locator
from compiler.passes import dedupe
from compiler.similarity import HashEmbedder


def copies(n: int, source: str = "s", section: tuple[str, ...] = ()) -> list[Item]:
    """``n`` copies of one card in one source, each at its own line and with its own id (as a reader numbers them)."""
    return [
        Item(
            source=source, question="What is the capital of France?", answer=[Block(kind=BlockKind.text, text="Paris.")],
            section=list(section), locator=Locator(file=f"sources/{source}.md", line=3 * k + 1), original="Q: …",
            key=f"{source}/what-is-the-capital-of-france" + (f"-{k + 1}" if k else ""),
        )
        for k in range(n)
    ]


def run(items: list[Item], decisions: Decisions | None = None):  # type: ignore[no-untyped-def]
    return dedupe.run(items, DedupeSettings(), decisions or Decisions(), Diagnostics(), embedder=HashEmbedder())


def test_one_card_written_many_times_is_one_note_with_every_copy_accounted_for(tmp_path: Path) -> None:
    page = "# Capitals\n\n" + "Q: What is the capital of France?\nA: Paris.\n\n" * 30 + "Q: What is the capital of Peru?\nA: Lima.\n"
    notes, skipped, messages = built_notes(tmp_path, {"capitals.md": page})
    assert [note_front(n) for n in notes] == ["What is the capital of France?", "What is the capital of Peru?"]
    france = notes[0]["items"]
    assert [i["role"] for i in france] == ["primary"] + ["merged"] * 29 and [i["line"] for i in france] == list(range(3, 91, 3))
    assert not skipped
    assert sum("warning: the same question as line 3 ('What is the capital of France?'), answered the same: a copy" in m and m.endswith("(delete the copy)") for m in messages) == 29


def test_copies_are_decided_once_and_the_work_grows_with_the_copies_not_their_pairs() -> None:
    groups, report = run(copies(40))
    assert [len(g) for g in groups] == [40] and not report.pairs and [len(g) for g in report.groups] == [40]
    small, large = calls(lambda: run(copies(40))), calls(lambda: run(copies(160)))
    assert large < 6 * small  # 4x the copies: linear (every pair: 16x)


def test_copies_under_two_headings_or_named_by_a_decision_are_decided_pair_by_pair() -> None:
    """Only a card the same in everything it shows (its section too) is one card by its words: the same question
    under '## Python' and '## Java' is decided as before, and a copy a decision names keeps its own item."""
    two = copies(1, section=("Python",)) + copies(1, section=("Java",))
    two[1] = two[1].model_copy(update={"key": "s/what-is-the-capital-of-france-2"})
    groups, _ = run(two)
    assert [len(g) for g in groups] == [1, 1]
    apart = Decisions(keep_apart=[Decision(items=["s/what-is-the-capital-of-france", "s/what-is-the-capital-of-france-3"])])
    groups, report = run(copies(4), apart)
    assert sorted(len(g) for g in groups) == [1, 3]
    assert [(p.a.item_id, p.b.item_id, p.status) for p in report.pairs if p.status == "kept-apart"] == [
        ("s/what-is-the-capital-of-france", "s/what-is-the-capital-of-france-3", "kept-apart")
    ]


def under_headings(n: int) -> list[Item]:
    """One question answered alike under ``n`` headings of one page: not one card (two sections, two questions)."""
    return [item.model_copy(update={"section": [f"Topic {k}"]}) for k, item in enumerate(copies(n))]


def test_one_wording_answered_alike_under_many_headings_is_paired_with_its_first_only() -> None:
    """'Give an example.' / 'A dog.' under 600 headings was 180,000 pairs alike (85 s): beyond
    ``candidate_neighbours`` such items are paired with the first only, and listed as before, k - 1 beside it."""
    groups, report = run(under_headings(30))
    assert len(groups) == 30
    first = "s/what-is-the-capital-of-france"
    assert len(report.pairs) == 29 and all(p.a.item_id == first and p.status == "suggested" for p in report.pairs)
    small, large = calls(lambda: run(under_headings(30))), calls(lambda: run(under_headings(120)))
    assert large < 6 * small  # 4x the items: linear (every pair: 16x)


def test_a_heading_of_a_page_and_of_its_edited_copy_with_nearly_the_same_answer_is_one_card(tmp_path: Path) -> None:
    """Two documents' statement headings ('Introduction' of a cheat sheet and of a fork that touched up one word) are
    each about their own page, so they stay two cards unless answered alike; answered in the same words but one,
    they are one text edited: one card (it was two, and a pair to decide). Another page's 'Introduction' stays apart."""
    intro = ("Arrays hold values of the same type at contiguous memory locations. We are usually concerned with the "
             "position of an element and the element itself. Languages implement arrays differently under the hood, "
             "which can change the time complexity of the operations you make on them.")
    page = "# Array cheatsheet\n\n## Introduction\n\n{}\n\n## Corner cases\n\n- Empty sequence\n- Sequence with one element\n"
    files = {
        "array.md": page.format(intro),
        "array-fork.md": page.format(intro.replace("hold values", "hold many values")),
        "graph.md": "# Graph cheatsheet\n\n## Introduction\n\nA graph is a set of nodes joined by edges, directed or not.\n",
    }
    notes, _, _ = built_notes(tmp_path, files)
    by_front = {}
    for n in notes:
        by_front.setdefault(note_front(n), []).append(sorted(i["source"] for i in n["items"]))
    assert sorted(by_front["Introduction"]) == [["array", "array-fork"], ["graph"]]
    assert by_front["Corner cases"] == [["array", "array-fork"]]
