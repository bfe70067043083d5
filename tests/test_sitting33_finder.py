"""Thirty-third sitting, finder: findings of new-user trial 33 fixed (a chatbot's cards as a CSV/TSV code block,
T33-26; ...)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

CSV_CHAT = (
    "Here is a CSV you can import directly into Anki (File → Import):\n\n```csv\nFront,Back\n"
    '"What is the powerhouse of the cell?","The mitochondrion"\n"What molecule carries genetic information?","DNA"\n'
    '"Which organelle performs photosynthesis?","The chloroplast"\n```\n\n'
    "**How to import:** in Anki choose *File → Import*, pick the file, and map Front and Back.\n"
)
SEMICOLON_CHAT = (
    "¡Claro! Aquí tienes tus tarjetas en formato CSV para importar:\n\n```csv\nPregunta;Respuesta\n"
    "¿Cuál es el río más largo de Europa?;El Volga\n¿En qué año cayó el Muro de Berlín?;1989\n```\n\n"
    "Archivo → Importar, y elige «;» como separador.\n"
)
TSV_CHAT = (
    "Voici vos fiches au format Anki (séparées par des tabulations) :\n\n```\nCapitale de l'Espagne\tMadrid\n"
    "Capitale du Portugal\tLisbonne\nCapitale de la Grèce\tAthènes\n```\n\nCopiez ce texte dans un fichier .txt puis importez-le.\n"
)
LESSON = (
    "A CSV file keeps one record a line, its fields between commas. For example:\n\n```csv\nname,age\nBob,3\nAlice,5\n```\n\n"
    "Spreadsheets open such files directly; the first line usually names the columns.\n"
)


def _pairs(notes: list[dict]) -> list[tuple[str, str, int]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n), n["items"][0]["line"]) for n in notes)


def test_a_chatbots_csv_block_is_the_deck_and_its_chat_no_card(tmp_path: Path) -> None:
    """T33-26: the rows of a ```csv fence between a line of chat and import tips are the cards, its header row names
    the columns, at their own lines (before: two cards split on the chat's 'File → Import' arrow, every row 'no answer')."""
    notes, skipped, said = built_notes(tmp_path, {"cards.md": CSV_CHAT})
    assert _pairs(notes) == [
        ("What is the powerhouse of the cell?", "The mitochondrion", 5),
        ("What molecule carries genetic information?", "DNA", 6),
        ("Which organelle performs photosynthesis?", "The chloroplast", 7),
    ]
    assert not skipped
    assert [s for s in said if "read as layout 'delimited'" in s], said
    assert not [s for s in said if "no answer" in s or "outside" in s], said


def test_semicolon_and_tab_rows_in_other_languages(tmp_path: Path) -> None:
    """T33-26: a ```csv fence of ';' rows (Spanish) and a bare fence of tab rows (French, no header): the rows' own
    separator, the chat lines around them left out."""
    notes, skipped, _ = built_notes(tmp_path, {"es.md": SEMICOLON_CHAT, "fr.md": TSV_CHAT})
    assert _pairs(notes) == [
        ("Capitale de l'Espagne", "Madrid", 4),
        ("Capitale de la Grèce", "Athènes", 6),
        ("Capitale du Portugal", "Lisbonne", 5),
        ("¿Cuál es el río más largo de Europa?", "El Volga", 5),
        ("¿En qué año cayó el Muro de Berlín?", "1989", 6),
    ]
    assert not skipped


def test_a_lesson_showing_a_csv_example_is_no_deck_of_its_rows(tmp_path: Path) -> None:
    """A page that shows a CSV example (no word of cards or importing around it) is not read as that CSV's rows."""
    notes, _, _ = built_notes(tmp_path, {"lesson.md": LESSON})
    assert not [n for n in notes if note_front(n) in ("Bob", "Alice")]
