"""Thirty-seventh sitting, pages: Markdown pages whose questions are listed (answered in their entries) and the page text
around such lists; footnote notes; labelled questions-only lists; bold terms over attribute lists; page furniture."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from compiler.build import build

TRIALS = Path(__file__).parent / "data" / "trials"


def _build(tmp_path: Path, files: dict[str, str | Path]) -> tuple[object, dict]:
    """A fresh deck folder holding ``files`` (name -> text, or a file or folder to copy), built to its manifest."""
    (tmp_path / "sources").mkdir(parents=True)
    (tmp_path / "deck.toml").write_text('[deck]\nname = "L"\n', encoding="utf-8")
    for name, what in files.items():
        target = tmp_path / "sources" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(what, Path):
            (shutil.copytree if what.is_dir() else shutil.copy)(what, target)
        else:
            target.write_text(what, encoding="utf-8")
    result = build(tmp_path, tmp_path / "build", formats=("json",), now=1_700_000_000)
    return result, json.loads((tmp_path / "build" / "l.json").read_text(encoding="utf-8"))


def _cards(manifest: dict) -> list[tuple[str, str]]:
    return [(n["fields"]["Question"], n["fields"]["Answer"]) for n in manifest["notes"]]


def _said(result: object, file: str) -> list[tuple[int | None, str]]:
    return [(w.line, w.message) for w in result.summary.warnings if w.file == file]  # type: ignore[attr-defined]


# --- a paragraph at the margin after a list of questions answered in their entries ----------------------------------

LABS = (
    "* What is the normal pH of blood?\n  7.35 to 7.45\n* What is the normal serum sodium?\n  135 to 145\n"
    "* What is the normal serum potassium?\n  3.5 to 5.0\n\nValues differ a little between laboratories.\n"
)


def test_a_paragraph_at_the_margin_after_an_answered_list_is_no_part_of_its_last_answer(tmp_path: Path) -> None:
    """'Values differ a little between laboratories.' under a list of questions each answered indented in its entry was
    glued onto the last question's back. The entry ends where its indentation does: the paragraph is page text, said."""
    result, manifest = _build(tmp_path, {"labs.md": LABS})
    assert _cards(manifest) == [
        ("What is the normal pH of blood?", "<p>7.35 to 7.45</p>"),
        ("What is the normal serum sodium?", "<p>135 to 145</p>"),
        ("What is the normal serum potassium?", "<p>3.5 to 5.0</p>"),
    ]
    assert any(line == 8 and "text outside any question" in said for line, said in _said(result, "sources/labs.md"))


def test_an_answer_written_at_the_margin_still_goes_on_below_its_list(tmp_path: Path) -> None:
    """(trial12 U50 kept) an entry's answer written at the margin ('- **What is X?**' / 'Its answer.') goes on in the
    paragraph after the list: the author never indented it, so the margin is no end of it."""
    page = "- **What does `docker rmi` do?**  \nRemove one or more images.\n\nIt refuses while a container uses one.\n"
    _, manifest = _build(tmp_path, {"docker.md": page})
    assert _cards(manifest) == [("What does <code>docker rmi</code> do?", "<p>Remove one or more images.</p><p>It refuses while a container uses one.</p>")]


# --- a statement heading after a list of questions: a card, as among question headings ------------------------------

CARDIO = (
    "# Cardiology\n\nSome intro text about the heart.\n\n- What is the most common cause of mitral stenosis?\n"
    "  Rheumatic heart disease.\n- Which murmur is heard in aortic stenosis?\n  Ejection systolic.\n\n## Valves\n\n"
    "The mitral valve has two cusps.\n"
)


def test_a_statement_heading_after_a_list_of_questions_is_a_card_as_among_question_headings(tmp_path: Path) -> None:
    """'## Valves' / its text after a list of answered questions was only "text outside any question" (line 12), while the
    same heading among question headings is a card. The list's entries ask as headings there would: both read alike."""
    listed = _build(tmp_path / "a", {"cardio.md": CARDIO})
    headed = CARDIO.replace("\n- ", "\n## ").replace("?\n  ", "?\n\n")
    headings = _build(tmp_path / "b", {"cardio.md": headed})
    for result, manifest in (listed, headings):
        assert ("Valves", "<p>The mitral valve has two cusps.</p>") in _cards(manifest)
        assert len(_cards(manifest)) == 3
        said = _said(result, "sources/cardio.md")
        assert any("'Valves'" in text and "is a card" in text for _, text in said)
        assert [line for line, text in said if "text outside any question" in text] == [3]  # (the intro only)


def test_a_topic_heading_over_its_own_list_stays_its_section(tmp_path: Path) -> None:
    """A heading over the list of questions ('## Murmurs' / the list) names their section, as over question headings;
    with more questions than statement headings the statement stays text, as it does among question headings."""
    page = CARDIO.replace("Some intro text about the heart.\n\n", "Some intro text about the heart.\n\n## Murmurs\n\n")
    _, manifest = _build(tmp_path, {"cardio.md": page})
    assert [q for q, _ in _cards(manifest)] == ["What is the most common cause of mitral stenosis?", "Which murmur is heard in aortic stenosis?"]
    assert all(n["sections"] == ["cardio::Murmurs"] for n in manifest["notes"])
