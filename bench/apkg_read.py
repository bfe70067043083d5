"""How fast a shared Anki package is read: a genanki package of N notes (default 20,000), made here in a
temporary folder (never committed), read by the apkg reader; prints the CPU time per note.

    .venv/bin/python bench/apkg_read.py [N]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

import genanki

from compiler.config import SourceConfig
from compiler.diagnostics import Diagnostics
from compiler.sources.apkg import ApkgReader, load_package


def package(folder: Path, n: int) -> Path:
    """A package of ``n`` notes of a three-field note type whose template labels the third field."""
    rng = random.Random(3)
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau"]
    model = genanki.Model(
        1607392399,
        "Basic-ish",
        fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Extra"}],
        templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}<br>{{Extra}}"}],
    )
    deck = genanki.Deck(2059400999, "Big::Deck")
    for i in range(n):
        question = f"What is item {i} " + " ".join(rng.choice(words) for _ in range(6)) + "?"
        answer = "<b>" + " ".join(rng.choice(words) for _ in range(15)) + "</b><br>" + " ".join(rng.choice(words) for _ in range(10))
        deck.add_note(genanki.Note(model=model, fields=[question, answer, f"note {i}"], guid=f"g{i}", tags=["t1", "t2"]))
    path = folder / "big.apkg"
    genanki.Package(deck).write_to_file(str(path))
    return path


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    with tempfile.TemporaryDirectory() as tmp:
        path = package(Path(tmp), n)
        doc = load_package(path, "sources/big.apkg")
        source = SourceConfig(id="big", file="sources/big.apkg")
        start = time.process_time()
        items = ApkgReader().read(doc, source, Diagnostics())
        spent = time.process_time() - start
    print(f"apkg read: {len(items)} notes in {spent:.2f} s CPU, {1000 * spent / max(len(items), 1):.3f} ms/note")


if __name__ == "__main__":
    main()
