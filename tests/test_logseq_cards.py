"""Logseq '#card' blocks and Logseq/Dataview 'key:: value' properties (trial9 T13): a Logseq folder was read as one
note per page (its whole outline the back, review properties included), 0 of its flashcards a card; Dataview fields
under an answer ended up on the back."""

from __future__ import annotations

from pathlib import Path

from conftest import NEWUSER, deck_of

from compiler.build import build
from compiler.sources.lines import drop_properties
from compiler.sources.note import note_front


def _cards(tmp_path: Path, files: dict[str, str | Path]) -> list[tuple[str, str, list[str]]]:
    result = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return [(i.question, " ".join(i.answer_plain().split()), i.section) for i in result.compiled.items]


def test_card_blocks_are_cards_and_their_properties_no_text(tmp_path: Path) -> None:
    pages = {f"pages/{p.name}": p for p in sorted((NEWUSER / "logseq").iterdir())}
    assert _cards(tmp_path, pages) == [
        ("areas/bian", "curr version: v11 portal", []),  # a page without cards stays a note, its namespace read
        ("How to issue a certificate for a user", "Create a private key Create a CertificateSigningRequest Approve it and get the certificate", []),
        ("Which command lists the contexts of a kubeconfig?", "kubectl config get-contexts", []),
        ("What is Pinia?", "The Vue state management library.", []),
        ("What does ref() return?", "A reactive reference; its value is in .value", ["Composition API"]),
    ]  # fmt: skip


def test_dataview_fields_are_no_text(tmp_path: Path) -> None:
    assert _cards(tmp_path, {"cell.md": NEWUSER / "dataview-fields.md"}) == [
        ("What is the powerhouse of the cell?", "The mitochondrion.", []),
        ("Which organelle makes proteins?", "The ribosome.", []),
        ("Mitochondria", "The powerhouse of the cell", []),  # Obsidian cards, not properties
        ("nucleus", "The control centre", []),
    ]


def test_which_property_lines_go() -> None:
    lines = ["title:: Cells", "", "- Q #card", "  card-repeats:: 2", "  collapsed:: true", "\t- A", "", "term:: An answer", "other:: Another"]
    assert drop_properties(lines) == ["", "", "- Q #card", "", "", "\t- A", "", "term:: An answer", "other:: Another"]
    assert drop_properties(["```", "a:: b", "```"]) == ["```", "a:: b", "```"]  # code
    assert note_front("pages/areas___kubernetes___cka.md") == "areas/kubernetes/cka"
