"""Thirty-second sitting, readers: shapes the new-user trial 31 found misread (T31-4 …). Fixtures written here, in
the shapes users bring, in several languages."""

from __future__ import annotations

import re
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
        ("Nennen Sie die drei Zustände eines Prozesses.", "bereit, laufend, blockiert", "Aufgabe 1: Prozesse"),
        (
            "Was ist ein Kontextwechsel?",
            "Das Sichern des Zustands eines Prozesses und das Laden eines anderen. Er kostet Zeit, weil Caches kalt werden.",
            "Aufgabe 1: Prozesse",
        ),
        ("Was versteht man unter Paging?", "Aufteilung des Speichers in Seiten fester Größe.", "Aufgabe 2: Speicher"),
        ("Wodurch entsteht externe Fragmentierung?", "Durch freie Lücken zwischen belegten Bereichen.", "Aufgabe 2: Speicher"),
        ("Was speichert ein Inode?", "Die Metadaten einer Datei (Rechte, Größe, Blöcke), nicht ihren Namen.", "Aufgabe 3: Dateisysteme"),
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


# --- T31-66: a language's short question/answer label pair ('Q :' / 'R :', 'P:' / 'R:') read as a pair -------------


def test_french_q_r_pair_in_notes_is_a_card(tmp_path: Path) -> None:
    """T31-66 (high): 'Q : … ?' / 'R : …' once in French lecture notes was "text outside any question" (advice to
    rewrite a pair that is one). A pair a language writes (Q/R, P/R, F/A …) is the page's pair even once, when it asks;
    'P: Druck' / 'R: Gaskonstante' (variables, asking nothing) stays text."""
    notes_fr = (
        "# Cours 3 — La Révolution française\n\nLa Révolution commence en 1789.\n\n## La Terreur\n\n"
        "La Terreur est dirigée par le Comité de salut public.\n\nQ : Quand Louis XVI est-il exécuté ?\nR : Le 21 janvier 1793.\n"
    )
    notes_es = "# Tema 4\n\n## Orgánulos\n\nP: ¿Qué orgánulo produce el ATP?\nR: La mitocondria.\n"
    gas = (
        "# Ideale Gase\n\nDie Zustandsgleichung lautet pV = nRT.\n\nP: Druck in Pascal\nR: universelle Gaskonstante\n\n"
        "## Was ist ein ideales Gas?\n\nEin Gas ohne Wechselwirkung der Teilchen.\n"
    )
    notes, _, said = built_notes(tmp_path, {"cours.md": notes_fr, "tema.md": notes_es, "gase.md": gas})
    cards = sorted((note_front(n), note_back(n)) for n in notes)
    assert cards == [
        ("Quand Louis XVI est-il exécuté ?", "Le 21 janvier 1793."),
        ("Was ist ein ideales Gas?", "Ein Gas ohne Wechselwirkung der Teilchen."),
        ("¿Qué orgánulo produce el ATP?", "La mitocondria."),
    ], said
    assert not [s for s in said if re.match(r"sources/(?:cours\.md:9|tema\.md:\d)", s)], said
    assert any(s.startswith("sources/gase.md:5: warning: text outside any question") or "gase.md:3: warning: text outside" in s for s in said), said


def test_two_label_pairs_make_a_text_file(tmp_path: Path) -> None:
    """T31-66: a text file of two 'Q :' / 'R :' pairs (or Italian 'D:' / 'R:') "cannot tell the layout"; two pairs in a
    language's own labels are enough, as two known 'Question:' / 'Answer:' pairs are."""
    files = {
        "fr.txt": "Q : Quand Louis XVI est-il exécuté ?\nR : Le 21 janvier 1793.\n\nQ : Qui a écrit « Le Contrat social » ?\nR : Rousseau.\n",
        "it.txt": "D: Chi ha scritto la Divina Commedia?\nR: Dante Alighieri.\n\nD: In che anno cade l'Impero d'Occidente?\nR: Nel 476.\n",
    }
    notes, _, said = built_notes(tmp_path, files)
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("Chi ha scritto la Divina Commedia?", "Dante Alighieri."),
        ("In che anno cade l'Impero d'Occidente?", "Nel 476."),
        ("Quand Louis XVI est-il exécuté ?", "Le 21 janvier 1793."),
        ("Qui a écrit « Le Contrat social » ?", "Rousseau."),
    ], said


# --- T31-5: an end marker alone on its line is furniture, wherever it stands ----------------------------------------


def test_end_markers_are_no_explanation(tmp_path: Path) -> None:
    """T31-5 (low): '----------- HẾT -----------' (and 'ENDE', '*** FIN ***', '=== END OF TEST ===') between a test's
    last question and its key was that question's explanation. It is furniture: no card shows it; a question about the
    word 'fin' keeps it."""
    files = {
        "vi.txt": (
            "KIỂM TRA 15 PHÚT\n\nCâu 1: Đơn vị cơ bản của cơ thể sống là\nA. mô.\nB. tế bào.\nC. cơ quan.\n\n"
            "Câu 2: Bào quan nào thực hiện quang hợp?\nA. Ti thể.\nB. Ribôxôm.\nC. Lục lạp.\n\n"
            "----------- HẾT -----------\n\nĐÁP ÁN\n1B  2C\n"
        ),
        "de.txt": (
            "Kurztest Chemie\n\n1. Welches Element hat das Symbol Na?\nA) Natrium\nB) Stickstoff\nC) Neon\n\n"
            "2. Wie viele Protonen hat Kohlenstoff?\nA) 4\nB) 6\nC) 12\n\nENDE\n\nLösungen: 1A 2B\n"
        ),
        "en.txt": (
            "1. What is the capital of Japan?\nA. Kyoto\nB. Tokyo\nC. Osaka\n\n2. What does the French word 'fin' mean?\n"
            "A. fish\nB. end\nC. thin\n\n=== END OF TEST ===\n\nAnswer key\n1. B\n2. B\n"
        ),
        "fr.md": "# Cinéma\n\n## Quel mot s'affiche à la fin d'un film français ?\n\nfin\n\n## Qui a tourné « À bout de souffle » ?\n\nGodard\n",
    }
    notes, _, said = built_notes(tmp_path, files)
    assert len(notes) == 8, said
    backs = " ".join(f"{n['fields'].get('Explanation', '')} {note_back(n)}" for n in notes)
    assert "HẾT" not in backs and "ENDE" not in backs and "END OF TEST" not in backs, backs
    assert "fin" in [note_back(n) for n in notes]  # (a word alone, not set off nor in capitals: an answer)


# --- T32-7: a chapter's title line with no mark after its number is a section, never the last exercise's answer ----

_CHAPTERS = (
    "{one}\n\n4.6 Exercises\n\n1. Simplify 2^3 · 2^4.\n2. Simplify (3^2)^3.\n3. Write as a single logarithm: log 5 + log 4.\n\n"
    "{two}\n\n5.4 Exercises\n\n1. Convert 180° to radians.\n2. Find sin 30°.\n\n"
    "Answers\n\nChapter 4\n1. 2^7 = 128\n2. 3^6 = 729\n3. log 20\n\nChapter 5\n1. π\n2. 1/2\n"
)


def test_chapter_title_lines_between_exercise_sets(tmp_path: Path) -> None:
    """T32-7 (severe): 'Chapter 5  Trigonometry' (two spaces, no colon), 'CHAPTER 5 TRIGONOMETRY', 'Kapitel 5  …',
    '第5章　…' between two chapters' exercises was the back of the chapter's last exercise, its key entry unused. It
    is the next chapter's section: the exercise keyed 'log 20' by its chapter's key."""
    titles = [
        ("Chapter 4  Exponents and Logarithms", "Chapter 5  Trigonometry"),
        ("CHAPTER 4 EXPONENTS AND LOGARITHMS", "CHAPTER 5 TRIGONOMETRY"),
        ("Kapitel 4  Potenzen und Logarithmen", "Kapitel 5  Trigonometrie"),
        ("第4章　指数と対数", "第5章　三角関数"),
    ]
    for n, (one, two) in enumerate(titles):
        notes, skipped, said = built_notes(tmp_path / str(n), {"book.txt": _CHAPTERS.format(one=one, two=two)})
        cards = {note_front(x): note_back(x) for x in notes}
        assert cards == {
            "Simplify 2^3 · 2^4.": "2^7 = 128",
            "Simplify (3^2)^3.": "3^6 = 729",
            "Write as a single logarithm: log 5 + log 4.": "log 20",
            "Convert 180° to radians.": "π",
            "Find sin 30°.": "1/2",
        }, (two, said)
        assert not skipped, two


# --- T32-30: a key entry's lines indented under it are all its own, its short last line too ------------------------


def test_worked_solutions_keep_their_last_line(tmp_path: Path) -> None:
    """T32-30 (severe): a key entry's steps on indented lines ('1. v = u + at' / '   = 0 + 9.8 × 2' / '   = 19.6 m/s')
    or bullets ('   - making bile') lost their short last line, the result, as if it named the key's next group."""
    worked = (
        "Exercises\n\n1. A ball falls from rest for 2 s. What is its speed?\n2. Name three functions of the liver.\n"
        "3. Löse 3x - 5 = 10.\n\nSolutions\n\n1. v = u + at\n   = 0 + 9.8 × 2\n   = 19.6 m/s\n2. Three functions:\n"
        "   - storing glycogen\n   - detoxifying drugs\n   - making bile\n3. 3x = 15\n   x = 5\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"worked.txt": worked})
    backs = [note_back(n) for n in notes]
    assert backs == [
        "v = u + at = 0 + 9.8 × 2 = 19.6 m/s",
        "Three functions: storing glycogen detoxifying drugs making bile",
        "3x = 15 x = 5",
    ], said
    assert not skipped


# --- T32-16: sub-parts a question names, answered part by part in the key, are no options ---------------------------


def test_sub_parts_answered_by_letter_are_a_card_each(tmp_path: Path) -> None:
    """T32-16 (severe): '2. For each phase …, state one event:' over '(a) prophase' / '(b) metaphase' and a key entry
    '2. (a) Chromosomes condense …' / '   (b) …' (under '## Answers to Review Questions'), or 'a. the male part' keyed
    '2. a. stamen  b. pistil', was a multiple-choice card marking the first part right. Each part is a card under its
    stem, answered by its letter; lower-case options keyed by a letter ('2. b') stay multiple choice."""
    review = (
        "# Chapter 6\n\n## Review Questions\n\n1. What are the three stages of interphase?\n\n"
        "2. For each phase of mitosis, state one event that happens:\n   (a) prophase\n   (b) metaphase\n\n"
        "3. Why must a cell copy its DNA before it divides?\n\n## Answers to Review Questions\n\n1. G1, S and G2.\n\n"
        "2. (a) Chromosomes condense.\n   (b) Chromosomes line up at the equator.\n\n3. So each daughter cell gets a genome.\n"
    )
    flower = (
        "1. What is pollination?\n2. Name the parts of a flower:\n   a. the male part\n   b. the female part\n"
        "3. What do bees collect?\n\nAnswers\n1. Transfer of pollen to the stigma.\n2. a. stamen  b. pistil\n3. Nectar.\n"
    )
    quiz = "1. Which gas do plants absorb?\na. Oxygen\nb. Carbon dioxide\n\n2. Which organ pumps blood?\na. Lungs\nb. Heart\n\nAnswers\n1. b\n2. b\n"
    notes, skipped, said = built_notes(tmp_path, {"review.md": review, "flower.txt": flower, "quiz.txt": quiz})
    cards = {(n["kind"], note_front(n), note_back(n)) for n in notes}
    assert {
        ("basic", "For each phase of mitosis, state one event that happens: (a) prophase", "Chromosomes condense."),
        ("basic", "For each phase of mitosis, state one event that happens: (b) metaphase", "Chromosomes line up at the equator."),
        ("basic", "Name the parts of a flower: (a) the male part", "stamen"),
        ("basic", "Name the parts of a flower: (b) the female part", "pistil"),
        ("multiple_choice", "Which organ pumps blood?", "B) Heart"),
    } <= cards, said
    assert len(notes) == 10 and not skipped, said


# --- T32-4: numbered labels of an answer's parts ('Solution 1:' … 'Solution 2:') stay on the back ------------------


def test_numbered_solution_labels_stay_on_the_back(tmp_path: Path) -> None:
    """T32-4 (severe): an answer that opens 'Solution 1:' / its code / 'Solution 2:' / its code had solution 1's code on
    the front under the question and both labels gone. The front is the question; the back every solution under its
    label ('Lösung 1:', 'Método 2:' alike); a single 'Answer:' label is still dropped."""
    page = (
        "# Ops\n\n## How do you check disk usage?\n\nSolution 1:\n\n```bash\ndf -h\n```\n\nSolution 2: use `du -sh *` per folder.\n\n"
        "## Wie zeige ich die Größe eines Ordners an?\n\nLösung 1:\n\n```bash\ndu -sh ordner/\n```\n\nLösung 2:\n\n```bash\nncdu ordner/\n```\n\n"
        "## How do you list open ports?\n\nAnswer:\n\n```bash\nss -tulpn\n```\n"
    )
    notes, _, said = built_notes(tmp_path, {"ops.md": page})
    cards = [(note_front(n), note_back(n)) for n in notes]
    assert cards == [
        ("How do you check disk usage?", "Solution 1: df -h Solution 2: use du -sh * per folder."),
        ("Wie zeige ich die Größe eines Ordners an?", "Lösung 1: du -sh ordner/ Lösung 2: ncdu ordner/"),
        ("How do you list open ports?", "ss -tulpn"),
    ], said


# --- T31-64: a list of questions an answer leads into is part of that answer -----------------------------------------


def test_questions_an_answer_points_at_stay_in_it(tmp_path: Path) -> None:
    """T31-64 (severe): 'Below are the rules of thumb to determine …' over '1. Do other parts of the application care
    about this data?' … inside an answer: each entry was a question with no answer and the answer ended with its lead-in.
    A lead-in that points at the list ('below', 'the following', 'die folgenden') keeps it in the answer; questions
    listed after an answer with no such lead-in are still other questions, without answers."""
    page = (
        "# FAQ\n\n## Do I need to keep all my state in Redux?\n\nIt is up to the developer.\n\n"
        "Below are the rules of thumb to determine what kind of data should be put into Redux\n\n"
        "1. Do other parts of the application care about this data?\n2. Is the same data used to drive several components?\n\n"
        "## Wann lohnt sich ein eigener Microservice?\n\nDie folgenden Fragen helfen bei der Entscheidung\n\n"
        "1. Ändert sich dieser Teil unabhängig vom Rest?\n2. Braucht er eine eigene Skalierung?\n\n"
        "## What is hoisting?\n\nDeclarations are moved to the top of their scope.\n\n* What is a closure?\n* What is a promise?\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"faq.md": page})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["Do I need to keep all my state in Redux?"].endswith(
        "into Redux Do other parts of the application care about this data? Is the same data used to drive several components?"
    ), said
    assert backs["Wann lohnt sich ein eigener Microservice?"].endswith("Braucht er eine eigene Skalierung?"), said
    assert backs["What is hoisting?"] == "Declarations are moved to the top of their scope."
    assert sorted(s["question"] for s in skipped) == ["What is a closure?", "What is a promise?"]
# --- T32-26: a bare answer label over a list numbered from 1 again: the answer's list ------------------------------


def test_answer_lists_numbered_from_one_stay_in_their_answer(tmp_path: Path) -> None:
    """T32-26 (severe): '1. What are the phases of mitosis?' / 'Answer:' / '1. Prophase' … '4. Telophase' / '2. …?' was
    one card mixing three questions in Markdown and "cannot tell the layout" in text. The label opens the answer, its
    list numbered from 1 is the answer's, a blank line after the question or not; a key of letters under 'Answer:'
    ('1. A') is still the key."""
    listed = (
        "# Biology short answers\n\n1. What are the phases of mitosis?\n\nAnswer:\n1. Prophase\n2. Metaphase\n3. Anaphase\n"
        "4. Telophase\n\n2. What are the two stages of photosynthesis?\n\nAnswer:\n1. Light-dependent reactions\n"
        "2. Calvin cycle\n\n3. What is the function of ribosomes?\n\nAnswer: Protein synthesis.\n"
    )
    spanish = (
        "1. ¿Cuáles son los estados de la materia?\nRespuesta:\n1. Sólido\n2. Líquido\n3. Gaseoso\n\n"
        "2. ¿Qué es la fotosíntesis?\nRespuesta: La producción de glucosa con luz.\n\n"
        "3. ¿Cuáles son las capas de la Tierra?\nRespuesta:\n1. Corteza\n2. Manto\n3. Núcleo\n"
    )
    keyed = (
        "1. Capital of France?\nA) Paris\nB) Rome\n\n2. Capital of Italy?\nA) Paris\nB) Rome\n\n3. Capital of Spain?\n"
        "A) Madrid\nB) Rome\n\nAnswer:\n1. A\n2. B\n3. A\n"
    )
    files = {"bio.txt": listed, "ciencias.txt": spanish, "quiz.txt": keyed}
    notes, skipped, said = built_notes(tmp_path / "text", files)
    notes += built_notes(tmp_path / "md", {"bio.md": listed})[0]  # (apart: the same questions would merge)
    by_file: dict[str, list[tuple[str, str]]] = {}
    for n in notes:
        by_file.setdefault(n["items"][0]["file"], []).append((note_front(n), note_back(n)))
    expected = [
        ("What are the phases of mitosis?", "1. Prophase 2. Metaphase 3. Anaphase 4. Telophase"),
        ("What are the two stages of photosynthesis?", "1. Light-dependent reactions 2. Calvin cycle"),
        ("What is the function of ribosomes?", "Protein synthesis."),
    ]
    assert by_file["sources/bio.txt"] == expected, said
    assert [q for q, _ in by_file["sources/bio.md"]] == [q for q, _ in expected], said
    assert by_file["sources/ciencias.txt"][0] == ("¿Cuáles son los estados de la materia?", "1. Sólido 2. Líquido 3. Gaseoso")
    assert by_file["sources/ciencias.txt"][2] == ("¿Cuáles son las capas de la Tierra?", "1. Corteza 2. Manto 3. Núcleo")
    assert [b for _, b in by_file["sources/quiz.txt"]] == ["A) Paris", "B) Rome", "A) Madrid"], said
    assert not skipped

