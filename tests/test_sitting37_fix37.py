"""Thirty-seventh sitting, fix37: findings of new-user trial 37 fixed (a guessed table pattern leaving a list above
the table unsaid, T37-4)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial37"


def test_a_list_above_a_guessed_table_is_said_at_its_line(tmp_path: Path) -> None:
    """T37-4 (severe): '- **Art. 415 KC** – …' items and, further down, a '| Roszczenie | Termin |' table: the guessed
    pattern read only the table's rows and the three articles were in no card and no message. Read with one layout
    (parts = "whole"; by default each heading's section is read with its own: tests/test_sitting38_left.py), the
    list is said at its first line with its count."""
    table = '[[source]]\nid = "prawo"\nfile = "sources/prawo.md"\nparts = "whole"\n'
    notes, _, said = built_notes(tmp_path, {"prawo.md": TRIAL / "t37-4-glossary-list-and-table" / "pl-prawo-artykuly.md"}, table)
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Ogólny", "6 lat"),
        ("Okresowe świadczenia", "3 lata"),
        ("Związane z działalnością gospodarczą", "3 lata"),
    ], said
    left = [s for s in said if "in no card" in s]
    assert len(left) == 1 and "prawo.md:5:" in left[0] and "3 lines" in left[0] and "3 items" in left[0], said


def test_a_paragraph_above_a_guessed_table_in_english_is_said_too(tmp_path: Path) -> None:
    """T37-4: the same in any language: a list of definitions over a table of questions, each under its heading: both
    read (sitting 38), the lead-in ending with ':' and the headings the page's frame, never said."""
    page = (
        "# Networking\n\n## Terms\n\n- **Latency** – the time a packet takes to arrive.\n"
        "- **Throughput** – how much data arrives per second.\n\n## Ports\n\nThe well-known ports:\n\n"
        "| Service | Port |\n|---|---|\n| HTTP | 80 |\n| HTTPS | 443 |\n| SSH | 22 |\n"
    )
    notes, _, said = built_notes(tmp_path, {"net.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Latency", "the time a packet takes to arrive."),
        ("Throughput", "how much data arrives per second."),
        ("HTTP", "80"),
        ("HTTPS", "443"),
        ("SSH", "22"),
    ], said
    assert not any("in no card" in s for s in said), said


def test_a_table_under_a_heading_alone_says_nothing_more(tmp_path: Path) -> None:
    """T37-4: a guessed table with only its title and a lead-in above it leaves no text out: no new message."""
    page = "# Ports\n\nThe well-known ports:\n\n| Service | Port |\n|---|---|\n| HTTP | 80 |\n| HTTPS | 443 |\n| SSH | 22 |\n"
    notes, _, said = built_notes(tmp_path, {"ports.md": page})
    assert [note_front(n) for n in notes] == ["HTTP", "HTTPS", "SSH"], said
    assert not any("in no card" in s for s in said), said
