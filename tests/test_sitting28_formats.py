"""Twenty-eighth sitting, formats: an Anki package read back under its own deck names, pictures from every kind of
source reaching the deck, tables in answers, and the trial-28 format findings."""

from __future__ import annotations

import json
from pathlib import Path

import genanki
from conftest import deck_of, note_back, note_front, plain_text


def _build(content: Path, out: Path, formats: tuple[str, ...] = ("json",)) -> tuple[dict, list[str]]:  # type: ignore[type-arg]
    """The manifest and every message of a build of ``content`` into ``out``."""
    from compiler.build import build

    result = build(content, out, formats=formats, now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    manifest = json.loads(next(out.glob("*.json")).read_text(encoding="utf-8"))
    return manifest, [d.text() for d in result.compiled.diagnostics.items]


def _package(path: Path, decks: dict[str, list[tuple[str, str]]]) -> Path:
    """A shared deck as Anki (genanki) writes it: each deck's Basic notes (front, back)."""
    made = []
    for k, (name, notes) in enumerate(decks.items()):
        deck = genanki.Deck(2059400100 + k, name)
        for front, back in notes:
            deck.add_note(
                genanki.Note(model=genanki.BASIC_MODEL, fields=[front, back], guid=f"g-{front[:12]}")
            )
        made.append(deck)
    genanki.Package(made).write_to_file(str(path))
    return path


def _cards(manifest: dict) -> list[tuple[str, str, str, str]]:  # type: ignore[type-arg]
    """What a learner sees of each note: front, back, its section line and its Sources line, sorted by front."""
    return sorted(
        (note_front(n), note_back(n), plain_text(n["fields"]["Section"]), plain_text(n["fields"]["Sources"]))
        for n in manifest["notes"]
    )


BIOLOGY = {
    "Biology::Cells": [
        ("What makes ATP in a cell?", "The mitochondrion."),
        ("What does a ribosome make?", "Proteins."),
    ],
    "Biology::Genetics": [("What is a gene?", "A stretch of DNA coding for a product.")],
}


def test_a_shared_deck_is_titled_by_its_deck_and_sectioned_by_its_subdecks(tmp_path: Path) -> None:
    """formats list 1: a shared deck dropped into sources/ as 'last.apkg' was titled 'last' (its Sources line, the
    cheat sheet's heading, 'Also in last' on a merged card). Its one deck 'Biology' is now its title, its subdecks the
    sections, and the manifest names each note's file and note id."""
    package = _package(tmp_path / "last.apkg", BIOLOGY)
    manifest, said = _build(deck_of(tmp_path / "d", {"last.apkg": package}), tmp_path / "d" / "build")
    assert _cards(manifest) == [
        ("What does a ribosome make?", "Proteins.", "Cells", "Biology"),
        ("What is a gene?", "A stretch of DNA coding for a product.", "Genetics", "Biology"),
        ("What makes ATP in a cell?", "The mitochondrion.", "Cells", "Biology"),
    ]
    assert [s["title"] for s in manifest["sources"]] == ["Biology"]
    assert any('title = "Biology"' in s for s in said), said  # (the table printed for the unlisted file)
    nids = {n["id"]: n["items"][0] for n in manifest["notes"]}
    for item in nids.values():
        assert (
            item["file"] == "sources/last.apkg" and item["line"] > 1_000_000_000
        )  # its note id: 'nid:…' in Anki
        assert item["origin"] == "Biology"


def test_a_package_of_several_decks_names_each_notes_deck(tmp_path: Path) -> None:
    """formats list 1: a collection of several top decks keeps each note's whole deck path as its section and names
    its deck on the Sources line, never the file's name."""
    decks = {**BIOLOGY, "Chemistry": [("What is the pH of pure water?", "7")]}
    package = _package(tmp_path / "last.apkg", decks)
    manifest, _ = _build(deck_of(tmp_path / "d", {"last.apkg": package}), tmp_path / "d" / "build")
    assert _cards(manifest) == [
        ("What does a ribosome make?", "Proteins.", "Biology › Cells", "Biology"),
        ("What is a gene?", "A stretch of DNA coding for a product.", "Biology › Genetics", "Biology"),
        ("What is the pH of pure water?", "7", "Chemistry", "Chemistry"),
        ("What makes ATP in a cell?", "The mitochondrion.", "Biology › Cells", "Biology"),
    ]


CELLS = """# Cell biology

## Organelles

### Which organelle makes ATP?

The mitochondrion.

### What does a ribosome make?

Proteins.
"""

REVIEW = """# Review sheet

## Which organelle makes ATP?

The mitochondria, by oxidative phosphorylation.
"""


def test_a_deck_deckc_built_read_back_names_the_documents_its_notes_came_from(tmp_path: Path) -> None:
    """formats list 1: last month's deck read back named the package's file on every card ('Sources: last', 'Also in
    last'). Now each note names the document its Sources field says, a merged answer the one its 'Also in …' line
    says, and a deck built from one document is titled by it."""
    first = deck_of(tmp_path / "a", {"cells.md": CELLS, "review.md": REVIEW})
    before, _ = _build(first, tmp_path / "a" / "build", ("json", "apkg"))
    merged = [n for n in before["notes"] if len(n["items"]) > 1]
    assert merged, "the two ATP questions are merged by the first build"
    package = next((tmp_path / "a" / "build").glob("*.apkg"))
    after, _ = _build(deck_of(tmp_path / "b", {"last.apkg": package}), tmp_path / "b" / "build")
    assert _cards(after) == _cards(before)
    everything = " ".join(
        plain_text(v) for n in after["notes"] for k, v in n["fields"].items() if k != "DeckcId"
    )
    assert "Also in Review sheet" in everything and "last" not in everything, everything
    origins = sorted({i["origin"] for n in after["notes"] for i in n["items"]})
    assert origins == ["Cell biology", "Review sheet"]

    one = deck_of(tmp_path / "c", {"cells.md": CELLS})
    _build(one, tmp_path / "c" / "build", ("json", "apkg"))
    again, _ = _build(
        deck_of(tmp_path / "e", {"old.apkg": next((tmp_path / "c" / "build").glob("*.apkg"))}),
        tmp_path / "e" / "build",
    )
    assert [s["title"] for s in again["sources"]] == ["Cell biology"]
    assert {
        (plain_text(n["fields"]["Section"]), plain_text(n["fields"]["Sources"])) for n in again["notes"]
    } == {("Organelles", "Cell biology")}
