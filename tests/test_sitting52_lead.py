"""Sitting 52 (lead): headings that ask nothing of pages on two subjects.  The tech interview handbook's topic pages
are written to one template ('Introduction', 'Time complexity', 'Corner cases', 'Things to look out for during
interviews' on the array, graph, tree … cheat sheets): `deckc dupes` listed 15 such pairs "to decide" over 6 pages, and
the six-word heading was merged automatically (the graph's tips and the tree's on one card).  Each is about its own
page's subject, which the front does not name: kept apart, nothing to decide.  Fixtures written in that shape."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import built_notes, deck_of, note_back, note_front

from compiler.build import build
from compiler.dupes_report import to_decide
from compiler.pairscore import PAGES_APART, STATEMENTS, page_subject

DATA = Path(__file__).parent / "data" / "sitting52" / "lead"
TEMPLATE = ("queue.md", "heap.md", "hash-table.md")


def _pairs(tmp_path: Path, names: tuple[str, ...], extra: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    content = deck_of(tmp_path, {**{n: DATA / n for n in names}, **(extra or {})})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled


def test_a_page_title_names_its_subject_without_the_kind_of_page() -> None:
    assert page_subject("Array cheatsheet for coding interviews") == {"array", "coding"}
    assert page_subject("Top 50 Java interview questions") == {"java"}
    assert page_subject("Week 3 lecture notes") == frozenset()


def test_template_headings_of_pages_on_two_subjects_are_kept_apart_with_nothing_to_decide(tmp_path: Path) -> None:
    compiled = _pairs(tmp_path, TEMPLATE)
    assert len(compiled.deck.notes) == 12  # four headings on each of three pages: no card merged into another page's
    report = compiled.dupes
    across = [p for p in report.pairs if p.a.source != p.b.source]
    assert across and all(p.status == "suggested" and p.reason.startswith(PAGES_APART) for p in across)
    tips = next(p for p in across if p.a.question.startswith("Things to look out") and {p.a.source, p.b.source} == {"hash-table", "heap"})
    assert tips.reason.startswith(
        "headings of pages on two subjects ('Hash table cheatsheet for coding interviews' / 'Heap cheatsheet for coding "
        "interviews'): the heading 'Things to look out for during interviews' of each asks nothing, each is about its "
        "page's subject"
    )
    # (such a pair below `suggest` is no item's closest match worth a look: not listed, sitting 55)
    assert all(p.score >= report.settings.suggest for p in across)
    decide, sure, _ = to_decide(report.pairs, report.settings.suggest)
    assert not decide and len(sure) == len([p for p in across if p.score >= report.settings.suggest])


def test_the_build_says_nothing_is_left_to_decide(tmp_path: Path) -> None:
    from compiler.cli import main

    content = deck_of(tmp_path, {n: DATA / n for n in TEMPLATE})
    out = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "b")])
    assert out.exit_code == 0, out.output
    assert "for you to decide" not in out.output
    assert "of questions look alike but deckc keeps each as two cards (different answers, code, languages or pages' subjects" in out.output


def test_the_same_answer_under_a_template_heading_is_still_one_card(tmp_path: Path) -> None:
    """A page copied into another page's template, its text kept word for word: one card loses nothing."""
    heap = (DATA / "heap.md").read_text(encoding="utf-8")
    copy = heap.replace("# Heap cheatsheet", "# Priority queue cheatsheet")
    notes, _, _ = built_notes(tmp_path, {"heap.md": DATA / "heap.md", "priority-queue.md": copy})
    assert sorted(note_front(n) for n in notes) == [
        "Corner cases", "Introduction", "Things to look out for during interviews", "Time complexity"]


def test_pages_of_other_layouts_list_a_shared_heading_to_decide_and_merge_no_long_one(tmp_path: Path) -> None:
    """Two pages sharing fewer headings are not known to share a template: 'Dropout' of a regularization page and
    of an overfitting page may name its own subject (one question), so it is listed to decide as before; a longer
    heading that asks nothing, answered otherwise, is listed too, never merged automatically."""
    compiled = _pairs(tmp_path, ("regularization-notes.md", "overfitting-notes.md"))
    assert len(compiled.deck.notes) == 6
    report = compiled.dupes
    decide, sure, _ = to_decide(report.pairs, report.settings.suggest)
    questions = {p.a.question: p for p in decide}
    assert set(questions) == {"Dropout", "Things worth remembering about the penalty"}
    assert all(p.reason.startswith(STATEMENTS) for p in decide) and not sure


def test_two_entries_both_numbered_1_are_a_lazy_list_as_markdown_renders_them(tmp_path: Path) -> None:
    """A worksheet whose parts hold two questions each, both '1.', over 'Answers: 1. … 2. …': Markdown renders them 1
    and 2, so the key's second answer is the second question's (round-6 R6-2 rest: two cards of four, the second
    question of each part lost; test_sitting35_lead called two items "too few to say")."""
    notes, skipped, _ = built_notes(tmp_path, {"worksheet.md": DATA / "two-question-parts.md"})

    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which organelle makes ATP?", "The mitochondrion"),
        ("Which organelle holds the cell's DNA?", "The nucleus"),
        ("What molecule carries amino acids to the ribosome?", "Transfer RNA (tRNA)"),
        ("What bond joins two amino acids?", "A peptide bond"),
    ]
    assert not skipped


def test_a_field_in_typographic_quotes_is_quoted_as_with_straight_ones(tmp_path: Path) -> None:
    """A comma list typed in a word processor: 'nucleus,”holds the DNA, in chromosomes”' is two fields, the quotes off
    the card, no 'row has 3 fields' (round-6 R6-4: a row of three fields, said, and the quotes on the back)."""
    notes, skipped, messages = built_notes(tmp_path, {"cells.txt": DATA / "smart-quoted-fields.txt"})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["nucleus"] == "holds the DNA, in chromosomes"
    assert backs["lysosome"] == "breaks down waste, old parts and invaders"
    assert len(notes) == 5 and not skipped and not any("fields" in m for m in messages)


def test_one_pages_labels_told_apart_by_a_letter_and_answered_otherwise_are_nothing_to_decide(tmp_path: Path) -> None:
    """'What is labelled A?' … 'F?' of one diagram (newdocs N35), each answered otherwise: the guard's letters keep them
    apart, and one page asking both is sure to ask two questions: kept apart, not 15 pairs to decide for 6 labels (the
    near-identical wording listed them all).  The same letters answered alike stay a pair to decide."""
    diagram = Path(__file__).parent / "data" / "sitting52" / "newdocs" / "label-blanks.md"
    report = _pairs(tmp_path / "a", (), {"heart.md": diagram.read_text(encoding="utf-8")}).dupes
    decide, _, _ = to_decide(report.pairs, report.settings.suggest)
    assert not decide and report.pairs and all(
        p.status == "kept-apart" and p.reason.endswith("one page's two questions, answered otherwise") for p in report.pairs)
    same = ("# Quiz\n\n1. In the diagram of the human heart, which part is labelled A?\n\nThe aorta.\n\n"
            "2. In the diagram of the human heart, which part is labelled B?\n\nThe aorta.\n")
    report = _pairs(tmp_path / "b", (), {"quiz.md": same}).dupes
    assert [p.status for p in report.pairs] == ["suggested"] and "questions near-identical" in report.pairs[0].reason


def test_a_question_mark_only_inside_code_asks_nothing(tmp_path: Path) -> None:
    """trial52 T52-6: challenge headings naming the conditional operator ('#### Show an icon … with `? :`') were read
    as questions beside one with `&&` (a statement heading among question headings: skipped, its task and solution in
    no card). A '?' only inside code asks nothing, whatever words are around it; words that open asking still ask."""
    from compiler.sources.lines import asks_in_code_only

    assert asks_in_code_only("#### Show an icon for unpacked items with `? :`")
    assert asks_in_code_only("### `Hash#key?`")
    assert not asks_in_code_only("### What does `a ?? b` do")  # (asks by its words)
    assert not asks_in_code_only("### Why is `x?` falsy?")  # (a '?' of its own)
    page = (
        "# Conditional rendering\n\n## Challenges\n\n"
        "### Show an icon for unpacked items with `? :`\n\nUse `cond ? a : b` to render a cross when `isPacked` is false.\n\n"
        "### Show each item's importance with `&&`\n\nGive each `Item` an `importance` prop and render it with `&&`.\n\n"
        "### Refactor a chain of `? :` into `if` statements\n\nMove the conditions into a function that returns early.\n"
    )
    notes, skipped, messages = built_notes(tmp_path, {"challenges.md": page})
    assert [note_front(n) for n in notes] == [
        "Show an icon for unpacked items with ? :", "Show each item's importance with &&",
        "Refactor a chain of ? : into if statements"]
    assert not skipped and not any("statement heading" in m for m in messages)


def test_a_sections_code_shows_as_code_on_the_context_line(tmp_path: Path) -> None:
    """'## The ternary operator (`? :`)' over its challenges: the context line showed the backticks as written; its
    code is code there as on the front."""
    page = ("# Conditional rendering\n\n## The ternary operator (`? :`)\n\n"
            "### Show an icon for unpacked items\n\nUse `cond ? a : b` to render a cross.\n\n"
            "### Show each item's importance\n\nRender it with `&&` when it is above zero.\n")
    notes, _, _ = built_notes(tmp_path, {"challenges.md": page})
    assert {n["fields"]["Section"] for n in notes} == {"The ternary operator (<code>? :</code>)"}
