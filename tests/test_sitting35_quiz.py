"""Thirty-fifth sitting, quiz: findings of new-user trials 34 and 33 fixed (clinical cases whose vignette stands
apart from their lettered parts, T34-12's rest)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TWO_CASES = (
    "# Emergency medicine – short answer questions\n\n"
    "## Case 1\n\n"
    "A 58-year-old man has crushing central chest pain for 40 minutes. ECG: ST elevation in II, III and aVF.\n\n"
    "a) What is the most likely diagnosis?\nAnswer: Acute inferior STEMI.\n"
    "b) Which coronary artery is most likely occluded?\nAnswer: The right coronary artery.\n\n"
    "## Case 2\n\n"
    "A 22-year-old woman with type 1 diabetes is vomiting. Glucose 28 mmol/L, ketones 5.2 mmol/L, pH 7.12.\n\n"
    "a) What is the diagnosis?\nAnswer: Diabetic ketoacidosis.\n"
    "b) What is the first step in management?\nAnswer: IV 0.9% sodium chloride.\n"
)
CASOS = (
    "# Casos clínicos – Pediatría\n\n"
    "## Caso 1\n\n"
    "Niño de 3 años con fiebre de 39 °C desde hace 4 días y labios fisurados.\n\n"
    "a) ¿Cuál es el diagnóstico más probable?\nRespuesta: Enfermedad de Kawasaki.\n\n"
    "b) ¿Qué complicación cardíaca hay que descartar?\nRespuesta: Aneurismas coronarios.\n\n"
    "## Caso 2\n\n"
    "Lactante de 2 meses con vómitos en proyectil. Se palpa una oliva en el epigastrio.\n\n"
    "a) ¿Cuál es el diagnóstico?\nRespuesta: Estenosis hipertrófica del píloro.\n"
    "b) ¿Qué alteración metabólica es típica?\nRespuesta: Alcalosis metabólica hipoclorémica.\n"
)


def _cards(notes: list[dict]) -> list[tuple[str, str, int]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n), n["items"][0]["line"]) for n in notes)


def test_case_vignette_apart_from_its_parts_is_on_each_part(tmp_path: Path) -> None:
    """T34-12 (rest): two '## Case N' sections, each a vignette, a blank line, then 'a) …?' / 'Answer: …' / 'b) …?' /
    'Answer: …': a card per part, the case's vignette on its front, its own answer on its back (before: one card per
    case whose back held part (b) and its answer, and the vignette 'text outside any question')."""
    notes, skipped, said = built_notes(tmp_path, {"cases.md": TWO_CASES})
    stemi = "A 58-year-old man has crushing central chest pain for 40 minutes. ECG: ST elevation in II, III and aVF."
    dka = "A 22-year-old woman with type 1 diabetes is vomiting. Glucose 28 mmol/L, ketones 5.2 mmol/L, pH 7.12."
    assert _cards(notes) == [
        (f"{dka} (a) What is the diagnosis?", "Diabetic ketoacidosis.", 16),
        (f"{dka} (b) What is the first step in management?", "IV 0.9% sodium chloride.", 18),
        (f"{stemi} (a) What is the most likely diagnosis?", "Acute inferior STEMI.", 7),
        (f"{stemi} (b) Which coronary artery is most likely occluded?", "The right coronary artery.", 9),
    ]
    assert not skipped
    assert not [s for s in said if "outside any question" in s], said


def test_case_parts_apart_from_each_other_carry_the_vignette(tmp_path: Path) -> None:
    """T34-12 (rest), Spanish: the parts of case 1 stand apart from each other too ('a) ¿…?' / 'Respuesta: …' / blank /
    'b) ¿…?'): each its own card with the vignette above it; case 2's parts one paragraph: split, the same."""
    notes, skipped, said = built_notes(tmp_path, {"casos.md": CASOS})
    kawasaki = "Niño de 3 años con fiebre de 39 °C desde hace 4 días y labios fisurados."
    piloro = "Lactante de 2 meses con vómitos en proyectil. Se palpa una oliva en el epigastrio."
    assert _cards(notes) == [
        (f"{piloro} (a) ¿Cuál es el diagnóstico?", "Estenosis hipertrófica del píloro.", 17),
        (f"{piloro} (b) ¿Qué alteración metabólica es típica?", "Alcalosis metabólica hipoclorémica.", 19),
        (f"{kawasaki} ¿Cuál es el diagnóstico más probable?", "Enfermedad de Kawasaki.", 7),
        (f"{kawasaki} ¿Qué complicación cardíaca hay que descartar?", "Aneurismas coronarios.", 10),
    ]
    assert not skipped
    assert not [s for s in said if "outside any question" in s], said


SAQ_TXT = (
    "Emergency Medicine – Short Answer Questions\n\n"
    "Case 1\n"
    "A 58-year-old man has crushing central chest pain. ECG shows ST elevation in II, III and aVF.\n"
    "a) What is the most likely diagnosis?\nAnswer: Acute inferior STEMI.\n"
    "b) Which coronary artery is most likely occluded?\nAnswer: The right coronary artery.\n\n"
    "Case 2\n"
    "A 22-year-old woman with type 1 diabetes is vomiting. Glucose 28 mmol/L, pH 7.12.\n"
    "a) What is the diagnosis?\nAnswer: Diabetic ketoacidosis.\n"
    "b) What is the first step in management?\nAnswer: IV 0.9% sodium chloride.\n"
)
FALL_TXT = (
    "Innere Medizin – Fallbeispiele\n\n"
    "Fall 1\n"
    "Ein 67-jähriger Mann klagt über Luftnot und Beinödeme.\n\n"
    "a) Welche Verdachtsdiagnose stellen Sie?\nAntwort: Dekompensierte Herzinsuffizienz.\n"
    "b) Welche Laboruntersuchung sichert die Diagnose?\nAntwort: NT-proBNP.\n\n"
    "Fall 2\n"
    "Eine 24-jährige Frau hat Gewichtsverlust und Herzrasen. TSH supprimiert.\n\n"
    "a) Welche Diagnose ist am wahrscheinlichsten?\nAntwort: Morbus Basedow.\n"
    "b) Welcher Antikörper ist typisch?\nAntwort: TSH-Rezeptor-Antikörper.\n"
)


def test_text_cases_are_read_a_card_per_part(tmp_path: Path) -> None:
    """T34-12 (rest), the .txt shape: 'Case 1' / vignette / 'a) …?' / 'Answer: …' (German 'Fall 1' … 'Antwort:', a blank
    line under the vignette) is read with no table, a card per part, the case's label and vignette on its front, the
    next case's vignette on no back (before: 'cannot tell this document's layout'; the German page read as a guessed
    pattern, 'Fall 2' and its vignette glued onto case 1's last answer)."""
    notes, skipped, said = built_notes(tmp_path, {"saq.txt": SAQ_TXT})
    stemi = "Case 1 A 58-year-old man has crushing central chest pain. ECG shows ST elevation in II, III and aVF."
    dka = "Case 2 A 22-year-old woman with type 1 diabetes is vomiting. Glucose 28 mmol/L, pH 7.12."
    assert _cards(notes) == [
        (f"{stemi} (a) What is the most likely diagnosis?", "Acute inferior STEMI.", 5),
        (f"{stemi} (b) Which coronary artery is most likely occluded?", "The right coronary artery.", 7),
        (f"{dka} (a) What is the diagnosis?", "Diabetic ketoacidosis.", 12),
        (f"{dka} (b) What is the first step in management?", "IV 0.9% sodium chloride.", 14),
    ]
    assert not skipped
    assert [s for s in said if "read as layout 'numbered'" in s], said
    notes, skipped, _ = built_notes(tmp_path / "de", {"faelle.txt": FALL_TXT})
    heart = "Fall 1 Ein 67-jähriger Mann klagt über Luftnot und Beinödeme."
    graves = "Fall 2 Eine 24-jährige Frau hat Gewichtsverlust und Herzrasen. TSH supprimiert."
    assert _cards(notes) == [
        (f"{heart} (a) Welche Verdachtsdiagnose stellen Sie?", "Dekompensierte Herzinsuffizienz.", 6),
        (f"{heart} (b) Welche Laboruntersuchung sichert die Diagnose?", "NT-proBNP.", 8),
        (f"{graves} (a) Welche Diagnose ist am wahrscheinlichsten?", "Morbus Basedow.", 14),
        (f"{graves} (b) Welcher Antikörper ist typisch?", "TSH-Rezeptor-Antikörper.", 16),
    ]
    assert not skipped


def test_label_lines_over_unanswered_parts_stay_as_they_are() -> None:
    """numbered_cases numbers only labels that each head a stem and answered parts: 'Unit 1' over a plain list, or
    labels that do not count 1, 2, 3, are left alone."""
    from compiler.sources.sub_tasks import numbered_cases

    listed = ["Unit 1", "Some notes.", "a) first point", "b) second point", "", "Unit 2", "More notes."]
    assert numbered_cases(listed) is listed
    skipping = ["Case 1", "Stem.", "a) Why?", "Answer: x", "b) How?", "Answer: y", "Case 3", "Stem.", "a) Why?", "Answer: z"]
    assert numbered_cases(skipping) is skipping
