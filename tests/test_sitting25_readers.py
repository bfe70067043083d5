"""Twenty-fifth sitting, readers: trial24's German exam sets (T24-16), Korean quizzes with their options in a quote
(T24-23) and cards kept in TOML front matter. The fixtures are the documents under
/work/coord/repro-trial25/lead-given/, written from the trial's descriptions (the originals were lost)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes as _built
from conftest import note_back, note_front

# --- T24-16: a German exam set, CAPS sub-titles, its key at the end ---------------------------------------------------

EXAM = """# Prüfungsfragen Netzwerktechnik – Klausurvorbereitung

Bearbeitungszeit: 60 Minuten. Hilfsmittel: keine.

GRUNDLAGEN DER NETZWERKTECHNIK

1. Welche Schicht des OSI-Modells ist für die Wegewahl (Routing) zuständig?
a) Sicherungsschicht
b) Vermittlungsschicht
c) Transportschicht
d) Anwendungsschicht

2. Wie viele Bit umfasst eine IPv4-Adresse?
a) 16
b) 32
c) 64
d) 128

3. Welche Schicht des OSI-Modells überträgt die Bits über das physikalische Medium?

4. Erklären Sie den Unterschied zwischen einem Hub und einem Switch.

ÜBERTRAGUNGSMEDIEN

5. Welches Kabel ist gegen elektromagnetische Störungen am unempfindlichsten?
a) UTP-Kabel
b) Koaxialkabel
c) Lichtwellenleiter
d) STP-Kabel

6. Wofür steht die Abkürzung „WLAN“?

7. Welche maximale Segmentlänge gilt für ein Twisted-Pair-Kabel nach 100BASE-TX?
a) 50 m
b) 100 m
c) 185 m
d) 500 m

{key}

1. b
2) b
3: Die Bitübertragungsschicht (Schicht 1).
4. Ein Hub leitet jedes Paket an alle Ports weiter, ein Switch nur an den Port des Empfängers.
5. c
6. Wireless Local Area Network
7. b
"""

EXAM_CARDS = {
    "Welche Schicht des OSI-Modells ist für die Wegewahl (Routing) zuständig?": "B) Vermittlungsschicht",
    "Wie viele Bit umfasst eine IPv4-Adresse?": "B) 32",
    "Welche Schicht des OSI-Modells überträgt die Bits über das physikalische Medium?": "Die Bitübertragungsschicht (Schicht 1).",
    "Erklären Sie den Unterschied zwischen einem Hub und einem Switch.": (
        "Ein Hub leitet jedes Paket an alle Ports weiter, ein Switch nur an den Port des Empfängers."
    ),
    "Welches Kabel ist gegen elektromagnetische Störungen am unempfindlichsten?": "C) Lichtwellenleiter",
    "Wofür steht die Abkürzung „WLAN“?": "Wireless Local Area Network",
    "Welche maximale Segmentlänge gilt für ein Twisted-Pair-Kabel nach 100BASE-TX?": "B) 100 m",
}


@pytest.mark.parametrize(
    "key",
    [
        "LÖSUNGEN", "Lösungen", "LÖSUNGSSCHLÜSSEL", "Antworten", "MUSTERLÖSUNG", "Musterlösungen", "LÖSUNGSHINWEISE",
        "Richtige Antworten", "ANSWERS", "SOLUTIONS", "RESPUESTAS", "RÉPONSES", "Facit", "KLUCZ ODPOWIEDZI",
        "ODGOVORI",  # (a word deckc has no entry for: the key found by its shape)
    ],
)  # fmt: skip
def test_german_exam_with_its_key_at_the_end(tmp_path: Path, key: str) -> None:
    """trial24 T24-16: a 'Prüfungsfragen' set keyed under 'MUSTERLÖSUNG' (a usual German key heading) gave 1 card: the
    key's lines were 7 more questions, a CAPS sub-title the answer of the question above it. Every question is a card
    with its answer (the option keyed, the text for open ones), the CAPS lines its section, the key no card; the same
    under other languages' key headings, and under a heading in any words when the entries show it is a key."""
    notes, skipped, said = _built(tmp_path, {"pruefungsfragen.md": EXAM.format(key=key)})
    assert {note_front(n): note_back(n) for n in notes} == EXAM_CARDS, key
    assert not skipped and not [s for s in said if "no answer" in s or "none marked" in s], said
    sections = {note_front(n): n["fields"]["Section"] for n in notes}
    assert sections["Wie viele Bit umfasst eine IPv4-Adresse?"] == "GRUNDLAGEN DER NETZWERKTECHNIK"
    assert sections["Wofür steht die Abkürzung „WLAN“?"] == "ÜBERTRAGUNGSMEDIEN"
    assert any(t.endswith("::ubertragungsmedien") for n in notes for t in n["tags"])


GROUPED = """Klausur Betriebssysteme – Übungsfragen

PROZESSE UND THREADS

1) Welcher Zustand folgt auf „rechnend“, wenn ein Prozess auf eine Eingabe wartet?
a) bereit
b) blockiert
c) beendet
d) neu

2) Was ist ein Thread?

SPEICHERVERWALTUNG

1) Was versteht man unter Paging?

2) Wie heißt der Fehler, wenn eine benötigte Seite nicht im Hauptspeicher liegt?
a) Segmentation Fault
b) Page Fault
c) Stack Overflow
d) Deadlock

{key}

PROZESSE UND THREADS
1) b
2) Ein leichtgewichtiger Ausführungsstrang innerhalb eines Prozesses.

SPEICHERVERWALTUNG
1) Die Aufteilung des logischen Speichers in Seiten fester Größe.
2) b
"""


@pytest.mark.parametrize("key", ["LÖSUNGSSCHLÜSSEL", "Musterlösung", "ODGOVORI"])
def test_grouped_key_numbered_again_under_each_caps_title(tmp_path: Path, key: str) -> None:
    """trial24 T24-16: the key grouped under the questions' CAPS sub-titles, its numbering starting again under each,
    answers each group's questions by number; a key heading in unknown words too (the key by its shape)."""
    notes, skipped, _ = _built(tmp_path, {"klausur.txt": GROUPED.format(key=key)})
    got = {note_front(n): (note_back(n), n["fields"]["Section"]) for n in notes}
    assert got == {
        "Welcher Zustand folgt auf „rechnend“, wenn ein Prozess auf eine Eingabe wartet?": (
            "B) blockiert",
            "PROZESSE UND THREADS",
        ),
        "Was ist ein Thread?": (
            "Ein leichtgewichtiger Ausführungsstrang innerhalb eines Prozesses.",
            "PROZESSE UND THREADS",
        ),
        "Was versteht man unter Paging?": (
            "Die Aufteilung des logischen Speichers in Seiten fester Größe.",
            "SPEICHERVERWALTUNG",
        ),
        "Wie heißt der Fehler, wenn eine benötigte Seite nicht im Hauptspeicher liegt?": (
            "B) Page Fault",
            "SPEICHERVERWALTUNG",
        ),
    }, key
    assert not skipped


def test_numbered_questions_after_a_title_are_no_key(tmp_path: Path) -> None:
    """trial24 T24-16, the other way: a second part's title over questions numbered from 1 again (they ask, options
    under them) is no key of the first part's questions, whatever its words."""
    doc = (
        EXAM.split("{key}")[0]
        + "WIEDERHOLUNG\n\n1. Welche Schicht vergibt IP-Adressen?\na) 2\nb) 3\nc) 4\n\nAntwort: b\n"
    )
    notes, _, _ = _built(tmp_path, {"exam.md": doc})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Welche Schicht vergibt IP-Adressen?"] == "B) 3"
    assert not [back for back in got.values() if "Welche Schicht vergibt" in back]
