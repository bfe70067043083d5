"""Thirty-fifth sitting, quiz: findings of new-user trials 34 and 33 fixed (clinical cases whose vignette stands
apart from their lettered parts, T34-12's rest)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.solution_toggles import entry_toggles

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


VI_TEMPLATE = (
    "# Quiz: Địa lý Việt Nam\n\n"
    "## Question: Sông nào dài nhất chảy qua Việt Nam?\n\n**Type:** single\n\n"
    "- A. Sông Hồng\n- B. Sông Mê Kông\n- C. Sông Đà\n\n### Correct Answer: B\n\n"
    "## Question: Đỉnh núi cao nhất Việt Nam là **_ , cao khoảng _** mét.\n\n**Type:** fill\n\n"
    "- **Fill:** Fansipan (position: 1)\n- **Fill:** 3.143 (position: 2)\n\n"
    "## Question: Sắp xếp các thành phố sau từ Bắc vào Nam:\n\n**Type:** order\n\n"
    "- **Order:** Huế (position: 2)\n- **Order:** Hà Nội (position: 1)\n- **Order:** TP. Hồ Chí Minh (position: 3)\n"
)
VI_EXAM = (
    "# Đề kiểm tra 15 phút — Sinh học 10\n\n"
    "## Câu 1: Bào quan\n**Loại:** multiple-choice\n**Điểm:** 1\n\n"
    "Bào quan nào là nơi diễn ra quá trình hô hấp tế bào?\n- A. Lục lạp\n- B. Ti thể\n- C. Ribôxôm\n\n**Đáp án:** B\n\n"
    "## Câu 2: Nhân tế bào\n**Loại:** essay\n**Điểm:** 2\n\n"
    "Nêu chức năng của nhân tế bào.\n\n**Đáp án:** Nhân chứa vật chất di truyền.\n"
)
DE_TEMPLATE = (
    "# Biologie Test – Zelle\n\n"
    "## Frage 1: Zellkern\n\n**Typ:** Freitext\n**Punkte:** 2\n\n"
    "Nenne die Hauptaufgabe des Zellkerns.\n\n**Antwort:** Er speichert die Erbinformation.\n\n"
    "## Frage 2: Mitose\n\n**Typ:** Reihenfolge\n\n"
    "Ordne die Phasen der Mitose.\n\n"
    "- **Reihenfolge:** Metaphase (position: 2)\n- **Reihenfolge:** Prophase (position: 1)\n"
    "- **Reihenfolge:** Anaphase (position: 3)\n"
)


def _sectioned(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return sorted((" / ".join(n["items"][0]["section"]), note_front(n), note_back(n)) for n in notes)


def test_template_metadata_under_questions_is_on_no_front(tmp_path: Path) -> None:
    """T33-14: an LMS template's '**Type:** single' under each '## Question: …?' is on no front; its fill item's
    '- **Fill:** Fansipan (position: 1)' entries are the back 'Fansipan; 3.143', its order item's entries the back in
    their positions' order with arrows (before: 'Type: single' on the front; 'Type: fill / Fill: … (position: 1)' backs)."""
    notes, skipped, _ = built_notes(tmp_path, {"vi.md": VI_TEMPLATE})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("Sông nào dài nhất chảy qua Việt Nam?", "B) Sông Mê Kông"),
        ("Sắp xếp các thành phố sau từ Bắc vào Nam:", "Hà Nội → Huế → TP. Hồ Chí Minh"),
        ("Đỉnh núi cao nhất Việt Nam là _ , cao khoảng _ mét.", "Fansipan; 3.143"),
    ]
    assert not skipped


def test_labelled_topic_heading_over_metadata_is_the_section(tmp_path: Path) -> None:
    """T33-14: '## Câu 1: Bào quan' / '**Loại:** multiple-choice' / '**Điểm:** 1' / the question: the topic is the
    card's section, the kind and points on no front, the essay's task over its '**Đáp án:**' its front (before: "Bào
    quan / Loại: multiple-choice / Điểm: 1 / Bào quan nào …?"); the same in German ('## Frage 1: Zellkern', '**Typ:**',
    '**Punkte:**'), an ordering task's positioned entries its back."""
    notes, skipped, _ = built_notes(tmp_path, {"de-thi.md": VI_EXAM})
    assert _sectioned(notes) == [
        ("Bào quan", "Bào quan nào là nơi diễn ra quá trình hô hấp tế bào?", "B) Ti thể"),
        ("Nhân tế bào", "Nêu chức năng của nhân tế bào.", "Nhân chứa vật chất di truyền."),
    ]
    assert not skipped
    notes, skipped, _ = built_notes(tmp_path / "de", {"vorlage.md": DE_TEMPLATE})
    assert _sectioned(notes) == [
        ("Mitose", "Ordne die Phasen der Mitose.", "Prophase → Metaphase → Anaphase"),
        ("Zellkern", "Nenne die Hauptaufgabe des Zellkerns.", "Er speichert die Erbinformation."),
    ]
    assert not skipped


def test_one_type_line_is_no_template() -> None:
    """item_meta leaves a page alone unless two headings at least carry metadata lines: one note's 'Type: A' under its
    heading is its text."""
    from compiler.sources.item_meta import item_meta

    lines = ["## Blood groups", "", "**Type:** A", "", "Antigen A on the red cells.", "", "## Rhesus", "", "Type D antigen."]
    assert item_meta(lines) is lines


ES_GRID = (
    "# Verbos regulares\n\n## Presente de indicativo\n\n"
    "| Pronombre | hablar | comer | vivir |\n|---|---|---|---|\n"
    "| yo | hablo | como | vivo |\n| tú | hablas | comes | vives |\n| nosotros | hablamos | comemos | vivimos |\n\n"
    "## Pretérito indefinido\n\n"
    "| Pronombre | hablar | comer | vivir |\n|---|---|---|---|\n"
    "| yo | hablé | comí | viví |\n| tú | hablaste | comiste | viviste |\n| nosotros | hablamos | comimos | vivimos |\n"
)
RU_GRID = (
    "# Склонение\n\n| | стол | книга |\n|---|---|---|\n| Именительный | стол | книга |\n| Родительный | стола | книги |\n"
    "| Дательный | столу | книге |\n"
)
THREE_LANGUAGES = "# Animals\n\n| English | Español | Français |\n|---|---|---|\n| dog | perro | chien |\n| cat | gato | chat |\n| horse | caballo | cheval |\n"


def test_conjugation_grid_is_a_card_per_form(tmp_path: Path) -> None:
    """T34-6: a conjugation table ('| Pronombre | hablar | comer | vivir |', a row per pronoun) is a card per verb and
    person, asked under its heading ('hablar — yo (Presente de indicativo)' -> 'hablo'), so the same person of two tenses
    never asks alike (before: a card 'yo' -> 'hablar: hablo comer: como vivir: vivo')."""
    notes, skipped, said = built_notes(tmp_path, {"verbos.md": ES_GRID})
    cards = sorted((note_front(n), note_back(n), n["items"][0]["line"]) for n in notes)
    assert len(cards) == 18
    assert ("hablar — yo (Presente de indicativo)", "hablo", 7) in cards
    assert ("vivir — nosotros (Presente de indicativo)", "vivimos", 9) in cards
    assert ("comer — tú (Pretérito indefinido)", "comiste", 16) in cards
    assert ("hablar — nosotros (Pretérito indefinido)", "hablamos", 17) in cards
    assert not [c for c in cards if c[0] in ("yo", "tú", "nosotros")]
    assert not skipped
    assert not [s for s in said if "duplicate" in s or "same question" in s], said


def test_declension_grid_by_shared_stems_and_a_plain_table_by_rows(tmp_path: Path) -> None:
    """T34-6: a declension grid whose first column has no name (Russian cases down the side, nouns across) is read by
    form too, its forms sharing their noun's first letters; a three-language word table ('| English | Español |
    Français |') stays a card per row, the English word its front."""
    notes, _, _ = built_notes(tmp_path, {"ru.md": RU_GRID})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("книга — Дательный (Склонение)", "книге"),
        ("книга — Именительный (Склонение)", "книга"),
        ("книга — Родительный (Склонение)", "книги"),
        ("стол — Дательный (Склонение)", "столу"),
        ("стол — Именительный (Склонение)", "стол"),
        ("стол — Родительный (Склонение)", "стола"),
    ]
    notes, _, _ = built_notes(tmp_path / "vocab", {"animals.md": THREE_LANGUAGES})
    assert sorted(note_front(n) for n in notes) == ["cat", "dog", "horse"]


JA_WORDS = "N4 単語リスト（第5課）\n食べる【たべる】to eat\n飲む【のむ】to drink\n書く【かく】to write\n読む【よむ】to read\n"
ZH_WORDS = "HSK 1 – 水果\n\n苹果（píngguǒ）apple\n香蕉（xiāngjiāo）banana\n西瓜（xīguā）watermelon\n"
KO_WORDS = "# 한국어 단어\n\n- 학교 [hak-gyo] school\n- 선생님 [seon-saeng-nim] teacher\n- 학생 [hak-saeng] student\n"


def test_word_with_its_reading_then_a_latin_meaning_is_a_pair(tmp_path: Path) -> None:
    """T34-5: '食べる【たべる】to eat' lines (the word, its reading in brackets, the meaning in Latin letters right after,
    no separator) are a card each with no table: the word and its reading the front, the meaning the back (before:
    'cannot tell this document's layout'); the same for pinyin in full-width brackets and a Korean list's '[…]'."""
    notes, skipped, said = built_notes(tmp_path, {"tango.txt": JA_WORDS})
    assert [s for s in said if "read as layout 'delimited'" in s], said
    assert _cards(notes) == [
        ("書く【かく】", "to write", 4),
        ("読む【よむ】", "to read", 5),
        ("食べる【たべる】", "to eat", 2),
        ("飲む【のむ】", "to drink", 3),
    ]
    assert not skipped
    notes, _, _ = built_notes(tmp_path / "zh", {"hsk.txt": ZH_WORDS})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("苹果（píngguǒ）", "apple"), ("西瓜（xīguā）", "watermelon"), ("香蕉（xiāngjiāo）", "banana"),
    ]  # fmt: skip
    notes, _, _ = built_notes(tmp_path / "ko", {"words.md": KO_WORDS})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("선생님 [seon-saeng-nim]", "teacher"), ("학교 [hak-gyo]", "school"), ("학생 [hak-saeng]", "student"),
    ]  # fmt: skip


def test_bracketed_lines_in_prose_are_no_word_list() -> None:
    """reading_glosses leaves a page alone unless most of its lines are so written, and never touches a Latin word's
    bracket ('Paris (France) is the capital') nor a line with its own separator."""
    from compiler.sources.reading_gloss import reading_glosses

    prose = ["東京【とうきょう】is the capital.", "It has many districts and a long history.", "Osaka is the second city.",
             "Kyoto was the capital before.", "Paris (France) is also a capital."]  # fmt: skip
    assert reading_glosses(prose) is prose
    separated = ["食べる【たべる】: to eat", "飲む【のむ】: to drink"]
    assert reading_glosses(separated) is separated


def test_conjugation_sheet_is_a_card_per_form(tmp_path: Path) -> None:
    """T34-6, a CSV sheet of one tense ('Pronombre,hablar,comer' / 'yo,hablo,como'): a card per form, asked under the
    sheet's name, at its row's line (before: a card 'Pronombre' -> 'hablar,comer,vivir' and one per pronoun)."""
    sheet = "Pronombre,hablar,comer,vivir\nyo,hablo,como,vivo\ntú,hablas,comes,vives\nnosotros,hablamos,comemos,vivimos\n"
    notes, skipped, _ = built_notes(tmp_path, {"presente.csv": sheet})
    cards = _cards(notes)
    assert len(cards) == 9
    assert ("hablar — yo (presente)", "hablo", 2) in cards
    assert ("vivir — nosotros (presente)", "vivimos", 4) in cards
    assert not [c for c in cards if c[0].startswith("Pronombre")]
    assert not skipped


GIT_QUIZ = (
    "# Git quiz\n\n"
    "1. What command creates a new branch and switches to it?\n"
    "   <details>\n   <summary>Show answer</summary>\n\n   `git switch -c <name>`\n   </details>\n\n"
    "2. How do you undo the last commit but keep its changes staged?\n"
    "   <details><summary>Answer</summary>\n\n   `git reset --soft HEAD~1`\n\n   </details>\n\n"
    "3. Which command shows who last changed each line of a file?\n\n"
    "   <details>\n     <summary>Click to expand</summary>\n     <p><code>git blame &lt;file&gt;</code></p>\n   </details>\n\n"
    "4. What does `git stash pop` do?\n"
    "<details>\n<summary>💡 Solution</summary>\n\nIt re-applies the most recently stashed changes.\n</details>\n"
)
REPASO = (
    "# Repaso de historia\n\n"
    "8. ¿En qué año llegó Colón a América?\n"
    "   <details><summary>Mostrar respuesta</summary>\n\n   En 1492.\n   </details>\n\n"
    "9. ¿Quién fue el primer presidente de Estados Unidos?\n"
    "<details>\n<summary>Show answer</summary>\n\nGeorge Washington.\n</details>\n\n"
    "10. ¿Qué tratado puso fin a la Primera Guerra Mundial?\n"
    "    <details>\n    <summary>Respuesta</summary>\n\n    El Tratado de Versalles (1919).\n    </details>\n\n"
    "11. ¿En qué ciudad se firmó la Declaración de Independencia?\n\n"
    "<details>\n<summary>Lösung</summary>\n\n- En Filadelfia\n- el 4 de julio de 1776\n</details>\n"
)


def test_toggles_indented_and_at_the_margin_are_each_their_entrys_back(tmp_path: Path) -> None:
    """T35-8: numbered questions over '<details>' answer toggles, some indented under their entry and some at the
    margin (GitHub renders both alike): a card per question, its toggle's body the back (before: the first
    questions, their answers and the next question on ONE front, 'one item holds 18 of the document's 20 lines')."""
    notes, skipped, said = built_notes(tmp_path, {"git.md": GIT_QUIZ})
    assert _cards(notes) == [
        ("How do you undo the last commit but keep its changes staged?", "git reset --soft HEAD~1", 10),
        ("What command creates a new branch and switches to it?", "git switch -c <name>", 3),
        ("What does git stash pop do?", "It re-applies the most recently stashed changes.", 24),
        ("Which command shows who last changed each line of a file?", "git blame <file>", 17),
    ]
    assert not skipped
    assert not [s for s in said if "one item holds" in s or "outside any question" in s], said


def test_margin_toggles_after_a_blank_line_in_another_language(tmp_path: Path) -> None:
    """T35-8 in Spanish: 'Mostrar respuesta' / 'Show answer' / 'Respuesta' / 'Lösung' summaries, a list numbered from 8
    (a two-digit entry's text at column 4), the last toggle at the margin after a blank line, its answer a list."""
    notes, skipped, said = built_notes(tmp_path, {"repaso.md": REPASO})
    assert _cards(notes) == [
        ("¿En qué año llegó Colón a América?", "En 1492.", 3),
        ("¿En qué ciudad se firmó la Declaración de Independencia?", "En Filadelfia el 4 de julio de 1776", 23),
        ("¿Quién fue el primer presidente de Estados Unidos?", "George Washington.", 9),
        ("¿Qué tratado puso fin a la Primera Guerra Mundial?", "El Tratado de Versalles (1919).", 16),
    ]
    assert not skipped
    assert not [s for s in said if "one item holds" in s or "outside any question" in s], said


def test_bulleted_questions_with_mixed_toggles(tmp_path: Path) -> None:
    """T35-8 with '- …?' entries: the margin's toggles are their entries' backs too."""
    page = (
        "# Networking\n\n- What port does HTTPS use by default?\n  <details>\n  <summary>Answer</summary>\n\n  443\n  </details>\n\n"
        "- What does DNS stand for?\n<details>\n<summary>Answer</summary>\n\nDomain Name System\n</details>\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"net.md": page})
    assert _cards(notes) == [
        ("What does DNS stand for?", "Domain Name System", 10),
        ("What port does HTTPS use by default?", "443", 3),
    ]
    assert not skipped


def test_margin_toggles_alone_or_asking_stay_where_they_are() -> None:
    """Only a page mixing both forms is rewritten, and never a toggle whose summary asks (a follow-up about the
    entry, learner2 M5), nor one inside a code fence; what changes is indentation, line for line."""
    margin = ["1. Q?", "<details>", "<summary>Answer</summary>", "", "A", "</details>"]
    assert entry_toggles(margin) is margin
    asking = ["1. Q?", "   <details><summary>Answer</summary>A</details>", "2. TCP", "<details><summary>什么叫无连接？</summary>", "x", "</details>"]
    assert entry_toggles(asking) is asking
    mixed = ["1. Q?", "   <details><summary>Answer</summary>A</details>", "", "2. R?", "<details>", "<summary>Answer</summary>", "", "B", "</details>"]
    assert entry_toggles(mixed) == [*mixed[:4], "   <details>", "   <summary>Answer</summary>", "", "   B", "   </details>"]
    fenced = ["```", *mixed, "```"]
    assert entry_toggles(fenced) is fenced
