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
