"""Thirty-second sitting, readers: shapes the new-user trial 31 found misread (T31-4 …). Fixtures written here, in
the shapes users bring, in several languages."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

# --- T31-4: tasks with lettered parts, answered by a solutions part repeating the task labels -----------------------

_KLAUSUR = (
    "# Klausur Betriebssysteme – SoSe 2024\n\nBearbeitungszeit: 60 Minuten.\n\n"
    "## Aufgabe 1: Prozesse (5 Punkte)\n\n"
    "a) Nennen Sie die drei Zustände eines Prozesses. (3 P.)\n\n"
    "b) Was ist ein Kontextwechsel? (2 P.)\n\n"
    "## Aufgabe 2: Speicher (4 Punkte)\n\n"
    "a) Was versteht man unter Paging? (2 P.)\n\n"
    "b) Wodurch entsteht externe Fragmentierung? (2 P.)\n\n"
    "## Aufgabe 3: Dateisysteme (1 Punkt)\n\n"
    "Was speichert ein Inode?\n\n---\n\n"
    "# Lösungen\n\n"
    "**Aufgabe 1**\n\n"
    "a) bereit, laufend, blockiert\n\n"
    "b) Das Sichern des Zustands eines Prozesses und das Laden eines anderen.\n\n"
    "Er kostet Zeit, weil Caches kalt werden.\n\n"
    "**Aufgabe 2**\n\n"
    "a) Aufteilung des Speichers in Seiten fester Größe.\n\n"
    "b) Durch freie Lücken zwischen belegten Bereichen.\n\n"
    "**Aufgabe 3**\n\n"
    "Die Metadaten einer Datei (Rechte, Größe, Blöcke), nicht ihren Namen.\n"
)


def test_lettered_parts_answered_by_task_and_letter(tmp_path: Path) -> None:
    """T31-4 (severe): '## Aufgabe 1: …' over 'a) … (3 P.)' / 'b) …?' and a '# Lösungen' part of '**Aufgabe 1**' over
    'a) …' / 'b) …' was a card whose back was the task's questions, and the key's labels cards answered by part a) only
    (b), c) lost). Each part is a card under its task's heading, answered by its letter under its task's label, every
    paragraph of it; a task without parts by its label's whole text."""
    notes, skipped, said = built_notes(tmp_path, {"klausur.md": _KLAUSUR})
    cards = [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes]
    assert cards == [
        ("Nennen Sie die drei Zustände eines Prozesses. (3 P.)", "bereit, laufend, blockiert", "Aufgabe 1: Prozesse (5 Punkte)"),
        (
            "Was ist ein Kontextwechsel? (2 P.)",
            "Das Sichern des Zustands eines Prozesses und das Laden eines anderen. Er kostet Zeit, weil Caches kalt werden.",
            "Aufgabe 1: Prozesse (5 Punkte)",
        ),
        ("Was versteht man unter Paging? (2 P.)", "Aufteilung des Speichers in Seiten fester Größe.", "Aufgabe 2: Speicher (4 Punkte)"),
        ("Wodurch entsteht externe Fragmentierung? (2 P.)", "Durch freie Lücken zwischen belegten Bereichen.", "Aufgabe 2: Speicher (4 Punkte)"),
        ("Was speichert ein Inode?", "Die Metadaten einer Datei (Rechte, Größe, Blöcke), nicht ihren Namen.", "Aufgabe 3: Dateisysteme (1 Punkt)"),
    ], said
    assert not skipped
    assert not [s for s in said if "no answer" in s or "Lösungen" in s], said


def test_parts_share_their_stem_and_unmatched_solutions_are_said(tmp_path: Path) -> None:
    """T31-4: the stem over a task's parts is on each part's front; a solution whose label names no task is said at its
    line (its text in no card), never silently lost; a part its solution leaves out is a question with no answer."""
    exam = (
        "# Mechanics mock exam\n\n## Question 1 (5 marks)\n\nA ball is thrown straight up at 20 m/s. Take g = 10 m/s².\n\n"
        "(a) How long does it take to reach the top? [2 marks]\n\n(b) How high does it rise? [3 marks]\n\n"
        "## Question 2 (4 marks)\n\n(a) Define momentum.\n\n(b) Give the SI unit of impulse.\n\n(c) State Newton's third law.\n\n"
        "## Solutions\n\n### Question 1\n\n(a) t = v/g = 2 s\n\n(b) h = v²/2g = 20 m\n\n"
        "### Question 2\n\n(a) Mass times velocity.\n\n(b) N·s\n\n### Question 7\n\n(a) 42 J\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"mock.md": exam})
    fronts = {note_front(n): note_back(n) for n in notes}
    assert fronts == {
        "A ball is thrown straight up at 20 m/s. Take g = 10 m/s². How long does it take to reach the top?": "t = v/g = 2 s",
        "A ball is thrown straight up at 20 m/s. Take g = 10 m/s². How high does it rise?": "h = v²/2g = 20 m",
        "Define momentum.": "Mass times velocity.",
        "Give the SI unit of impulse.": "N·s",
    }, said
    assert [(s["line"], s["skipped"]) for s in skipped] == [(17, "no answer")]
    assert any(s.startswith("sources/mock.md:33: warning: the solution 'Question 7' answers no task") for s in said), said


def test_bold_solution_labels_in_spanish(tmp_path: Path) -> None:
    """T31-4: '## Ejercicio 1: …' / 'a) …' / 'b) ¿…?' answered under '# Soluciones' / '**Ejercicio 1**' / 'a) …'."""
    page = (
        "# Examen de Química\n\n## Ejercicio 1: Estequiometría\n\na) Escribe la combustión del metano.\n\n"
        "b) ¿Cuántos moles de CO₂ da 1 mol de CH₄?\n\n## Ejercicio 2: Enlace\n\na) ¿Qué enlace tiene el NaCl?\n\n"
        "b) ¿Por qué el agua es polar?\n\n# Soluciones\n\n**Ejercicio 1**\n\na) CH₄ + 2 O₂ → CO₂ + 2 H₂O\n\nb) 1 mol\n\n"
        "**Ejercicio 2:**\n\na) Iónico.\n\nb) Por su forma angular.\n"
    )
    notes, _, said = built_notes(tmp_path, {"quimica.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Escribe la combustión del metano.", "CH₄ + 2 O₂ → CO₂ + 2 H₂O"),
        ("¿Cuántos moles de CO₂ da 1 mol de CH₄?", "1 mol"),
        ("¿Qué enlace tiene el NaCl?", "Iónico."),
        ("¿Por qué el agua es polar?", "Por su forma angular."),
    ], said
