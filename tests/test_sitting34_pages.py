"""Thirty-fourth sitting, pages: open findings of trial 33 about pages (a folder of one-answer-per-file pages,
chatbot flashcards in other languages, card-number headings, Docusaurus conventions, vocabulary lists)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front, paste_table

TRIAL33 = Path(__file__).parent / "data" / "trials" / "trial33"

# --- T33-1: a folder of one-answer-per-file pages is read page by page alike ----------------------------------------

NETZWERKE = {
    "docs/Netzwerke/TCP.md": (
        "TCP (Transmission Control Protocol) ist ein verbindungsorientiertes Transportprotokoll. Es garantiert, dass "
        "Daten vollständig und in der richtigen Reihenfolge ankommen.\n\n"
        "**Drei-Wege-Handshake**: Der Client sendet SYN, der Server antwortet mit SYN-ACK, der Client bestätigt mit ACK.\n\n"
        "**Flusskontrolle**: Das Empfangsfenster begrenzt, wie viele Bytes unbestätigt unterwegs sein dürfen.\n"
    ),
    "docs/Netzwerke/UDP.md": "UDP ist ein verbindungsloses Transportprotokoll ohne Zustellgarantie.\n",
    "docs/Netzwerke/DNS.md": "Das Domain Name System übersetzt Hostnamen wie `example.org` in IP-Adressen.\n",
    "docs/Netzwerke/Subnetting.md": (
        "Beim Subnetting wird ein IP-Netz in kleinere Teilnetze zerlegt. Die Präfixlänge gibt die Bits des Netzanteils an:\n\n"
        "```text\n192.168.10.0/24  -> 256 Adressen\n192.168.10.0/26  ->  64 Adressen\n192.168.10.64/26 ->  64 Adressen\n"
        "192.168.10.128/25 -> 128 Adressen\n192.168.10.0/30  ->   4 Adressen\n```\n\n"
        "Netz- und Broadcastadresse sind nicht für Hosts nutzbar.\n"
    ),
    "docs/Datenbanken/Normalisierung.md": (
        "Normalisierung zerlegt Tabellen, um Redundanz und Anomalien zu vermeiden.\n\n"
        "- **1NF**: Jedes Attribut ist atomar.\n- **2NF**: Jedes Nichtschlüsselattribut hängt vom ganzen Schlüssel ab.\n"
        "- **3NF**: Kein Nichtschlüsselattribut hängt transitiv vom Schlüssel ab.\n"
    ),
    "docs/Datenbanken/Indizes.md": "Ein Index ist eine Datenstruktur (meist ein B-Baum), die Suchen beschleunigt.\n",
    "docs/Datenbanken/Transaktion.md": "Eine Transaktion wird ganz oder gar nicht ausgeführt (ACID).\n",
}
FOTOSINTESIS = (
    "Proceso por el que las plantas convierten la energía luminosa en energía química.\n\n"
    "**Fase luminosa**: ocurre en los tilacoides y produce ATP y NADPH.\n\n"
    "**Fase oscura**: el ciclo de Calvin fija el CO2 en el estroma.\n"
)
NOTAS = {
    "Mitocondria.md": "Orgánulo de doble membrana donde ocurre la respiración celular.\n",
    "Ribosoma.md": "Complejo de ARN y proteínas que traduce el ARN mensajero en proteínas.\n",
    "Núcleo.md": "Orgánulo que guarda el ADN de la célula eucariota.\n",
    "Fotosíntesis.md": FOTOSINTESIS,
    "Glosario.md": "**ADN**: ácido desoxirribonucleico.\n**ARN**: ácido ribonucleico.\n**ATP**: la moneda energética de la célula.\n",
    "Repaso.md": "## ¿Qué orgánulo produce ATP?\n\nLa mitocondria.\n\n## ¿Dónde se fija el CO2?\n\nEn el estroma del cloroplasto.\n",
}


def test_a_docusaurus_folders_pages_are_each_one_note_and_lose_no_opening_text(tmp_path: Path) -> None:
    """T33-1 (severe): a Docusaurus site of one answer per page (Turkish) was read with four layouts in one folder:
    'Event Loop.md' as pairs (its opening definition in no card, unsaid), 'Yaşam Döngüsü' as three bold-labelled
    cards (its two opening paragraphs 'outside any question'), 'Veri Türleri' (prose, code, prose) no card. The folder's
    pages are one note each, so each of these is too, its text whole; one table covers them, and pasting it changes
    no note."""
    docs = TRIAL33 / "tr-docusaurus" / "docs"
    files: dict[str, str | Path] = {p.relative_to(docs).as_posix(): p for p in docs.rglob("*.md")}
    notes, _, said = built_notes(tmp_path, files)
    got = {note_front(n): note_back(n) for n in notes}
    assert len(notes) == len(files) == 8
    assert got["Event Loop"].startswith("JavaScript dilinde gerçekleşen işlemleri asenkron olarak yöneten bir mekanizmadır.")
    assert "Call Stack : Call stack, JavaScript'in" in got["Event Loop"]
    assert got["Yaşam Döngüsü"].startswith("React bileşenlerinin yaşam döngüsü süreçleri")
    assert "Mounting : Bileşen ilk kez render" in got["Yaşam Döngüsü"]
    assert "Alice" in got["Veri Türleri"] and got["Veri Türleri"].endswith("gibi farklı temel tipler de vardır.")
    assert not [m for m in said if "outside any question" in m or "cannot tell" in m or "'delimited'" in m or "'markdown'" in m]
    table = next(m for m in said if "8 files in sources/ not listed" in m)
    assert 'file = "sources/**/*.md"' in table and 'layout = "note"' in table
    content = tmp_path / "content"
    totals = paste_table(content, table[table.index("[[source]]") :].replace("\n    ", "\n"), tmp_path / "pasted")
    assert totals["new"] == 0 and totals["updated"] == 0 and totals["retired"] == 0


def test_an_mkdocs_folders_pages_in_german_are_each_one_note(tmp_path: Path) -> None:
    """T33-1, the same in German (an MkDocs site's docs/): a page's definition over '**Term**: …' paragraphs or
    '- **1NF**: …' entries, a page of prose and a code block: one note each, as their siblings are."""
    notes, _, said = built_notes(tmp_path, NETZWERKE)
    got = {note_front(n): note_back(n) for n in notes}
    assert sorted(got) == ["DNS", "Indizes", "Normalisierung", "Subnetting", "TCP", "Transaktion", "UDP"]
    assert got["TCP"].startswith("TCP (Transmission Control Protocol) ist") and "Flusskontrolle : Das Empfangsfenster" in got["TCP"]
    assert got["Normalisierung"].startswith("Normalisierung zerlegt") and "3NF : Kein" in got["Normalisierung"]
    assert "192.168.10.0/30" in got["Subnetting"]
    assert not [m for m in said if "outside any question" in m or "cannot tell" in m]


def test_among_one_note_pages_a_glossary_and_a_question_page_keep_their_cards(tmp_path: Path) -> None:
    """T33-1's rule reads a page as one note only when another reading would leave its text in no card: a glossary
    of pairs with nothing above them and a page of '## …?' questions keep their cards among one-note pages."""
    notes, _, _ = built_notes(tmp_path, {f"biologia/{k}": v for k, v in NOTAS.items()})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["ADN"] == "ácido desoxirribonucleico." and got["ATP"] == "la moneda energética de la célula."
    assert got["¿Qué orgánulo produce ATP?"] == "La mitocondria."
    assert got["Fotosíntesis"].startswith("Proceso por el que las plantas") and "Fase oscura : el ciclo de Calvin" in got["Fotosíntesis"]
    assert "Fase luminosa" not in got and got["Mitocondria"].startswith("Orgánulo de doble membrana")


def test_a_lone_pages_opening_text_above_its_pairs_is_said(tmp_path: Path) -> None:
    """T33-1: alone, such a page is still read as its pairs (it may be a glossary), but the opening definition that
    no card holds is said at its line, with the layout that reads the page whole."""
    notes, _, said = built_notes(tmp_path, {"Fotosíntesis.md": FOTOSINTESIS})
    assert [note_front(n) for n in notes] == ["Fase luminosa", "Fase oscura"]
    assert any(m.startswith("sources/Fotosíntesis.md:1: warning: the text above its first pair is in no card") and 'layout = "note"' in m for m in said)


# --- T33-2: a documentation site's conventions: ordering prefixes, sidebar files ---------------------------------------


def test_a_sites_ordering_prefix_is_off_the_front_and_its_category_label_is_the_section(tmp_path: Path) -> None:
    """T33-2 (low): '01 ECMAScript', '03 Props', '06-Virtual DOM' (the hyphen kept when the name had a space) were the
    fronts; each folder's '_category_.json' was 'not read: not a question bank' and its label no section. The prefix
    that orders a site's pages ('01-', '17_', '03. ') is no part of the front, whatever follows it; the sidebar file is
    left out unsaid and its label (JSON or YAML) is the section of the folder's pages."""
    docs = TRIAL33 / "tr-docusaurus" / "docs"
    files: dict[str, str | Path] = {p.relative_to(docs).as_posix(): p for p in docs.rglob("*") if p.is_file()}
    files["TypeScript/_category_.yml"] = "label: TypeScript Temelleri\nposition: 3\n"
    notes, _, said = built_notes(tmp_path, files)
    got = {note_front(n): n["items"][0]["section"] for n in notes}
    assert got == {
        "ECMAScript": ["JavaScript"], "Event Loop": ["JavaScript"], "Hoisting": ["JavaScript"],
        "Props": ["React"], "Virtual DOM": ["React"], "Yaşam Döngüsü": ["React"],
        "TypeScript": ["TypeScript Temelleri"], "Veri Türleri": ["TypeScript Temelleri"],
    }  # fmt: skip
    assert not [m for m in said if "_category_" in m]


def test_an_ordering_prefix_needs_two_digits(tmp_path: Path) -> None:
    """T33-2: one digit before a hyphen is part of a name ('2-Butanol'); a year-like date is no prefix either."""
    notes, _, _ = built_notes(
        tmp_path,
        {f"chemie/{name}.md": f"Ein Alkohol mit der Summenformel {formula}.\n" for name, formula in (("2-Butanol", "C4H10O"), ("10_Ethanol", "C2H6O"), ("1-Propanol", "C3H8O"))},
    )
    assert sorted(note_front(n) for n in notes) == ["1 Propanol", "2 Butanol", "Ethanol"]


def test_a_note_whose_ordering_prefix_leaves_its_front_keeps_its_guid(tmp_path: Path) -> None:
    """T33-2: the front loses '01-', but the note's id and GUID stay those the name with its prefix made, so a deck
    built before keeps its notes (updated in place, never retired and made again)."""
    from compiler.build import build

    content = deck_of(tmp_path, {"React/01-Props.md": "Props pass data from a parent to a child component.\n"})
    build(content, tmp_path / "build", formats=("json",), now=1_000)
    note = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))["notes"][0]
    assert note_front(note) == "Props" and (note["id"], note["guid"]) == ("react-01-props/01-props", "x-!+XY[?h+")  # (as built before)
