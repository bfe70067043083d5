"""The yardstick: bare genanki writing the same notes deckc writes, nothing else.

Usage: python bench/genanki_baseline.py NOTES.json OUT.apkg, where NOTES.json
(made by bench.py from a deckc build, untimed) holds the deck, the three note
types and every note's fields, tags and GUID.  The process imports only
genanki and json, so its wall time is what writing an .apkg costs at least.
"""

from __future__ import annotations

import json
import sys

import genanki


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as fh:
        data = json.load(fh)
    models = {
        m["name"]: genanki.Model(
            m["id"],
            m["name"],
            fields=[{"name": f} for f in m["fields"]],
            templates=[{"name": n, "qfmt": q, "afmt": a} for n, q, a in m["templates"]],
            css=m["css"],
            model_type=genanki.Model.CLOZE if m["cloze"] else genanki.Model.FRONT_BACK,
        )
        for m in data["models"]
    }
    deck = genanki.Deck(data["deck"]["id"], data["deck"]["name"])
    for n in data["notes"]:
        deck.add_note(genanki.Note(model=models[n["notetype"]], fields=n["fields"], tags=n["tags"], guid=n["guid"]))
    genanki.Package(deck).write_to_file(sys.argv[2])


if __name__ == "__main__":
    main()
