"""Forty-second sitting, helper "fixes": the findings left open by the forty-first (closing-note-41.md), each read on a
document written fresh and its variants in other languages: drug cards, '## Question 1' / '## Answer' over steps, a
two-question key table, a 'Key facts' list, a fill-in sheet answered in brackets, a large file's progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

from compiler.sources.answerkey import quiz_section
from compiler.sources.detect import answers_only
from compiler.sources.filled_blanks import bracket_fills, key_facts
from compiler.sources.parts import record_heads


def _alone(tmp_path: Path, files: dict[str, str]) -> tuple[list[dict], list[dict], list[str]]:  # type: ignore[type-arg]
    """Each file built in a deck of its own (variants of one page ask the same questions: together they would merge),
    its notes' ids prefixed with the file's stem; all notes, skipped items and messages."""
    notes: list[dict] = []  # type: ignore[type-arg]
    skipped: list[dict] = []  # type: ignore[type-arg]
    said: list[str] = []
    for name, text in files.items():
        got, lost, told = built_notes(tmp_path / Path(name).stem, {name: text})
        notes += got
        skipped += lost
        said += told
    return notes, skipped, said

# --- 1. drug cards: every section of '**Label:** value' lines read alike -------------------------------------------------

DRUGS = (
    "# Cardiac drugs — drug cards\n\n"
    "## Furosemide (Lasix)\n\n"
    "**Class:** loop diuretic\n**Action:** blocks Na-K-2Cl reabsorption in the thick ascending limb\n"
    "**Watch for:** hypokalaemia, ototoxicity at high doses\n\n"
    "## Metoprolol (Lopressor)\n\n"
    "**Class:** beta-1 selective blocker\n**Action:** slows heart rate and lowers contractility\n"
    "**Watch for:** bradycardia, masked hypoglycaemia\n\n"
    "## Self-check\n\n"
    "1. Which electrolyte falls with furosemide?\n   Potassium.\n"
    "2. Why hold metoprolol when the pulse is below 50?\n   It slows the heart further.\n"
)
CAPITALS = (
    "# South America\n\n## Peru\n\n**Capital:** Lima\n**Currency:** sol\n**Language:** Spanish, Quechua\n\n"
    "## Chile\n\n**Capital:** Santiago\n**Currency:** Chilean peso\n**Language:** Spanish\n\n"
    "## Quick quiz\n\n1. Which country's capital is Lima?\n   Peru.\n2. What is Chile's currency called?\n   The Chilean peso.\n"
)
TERMS_ES = (
    "# Economía: conceptos básicos\n\n"
    "## Inflación\n\n**Definición:** subida general y sostenida de los precios\n**Ejemplo:** el pan pasa de 1 € a 1,20 €\n\n"
    "## Deflación\n\n**Definición:** bajada general y sostenida de los precios\n**Ejemplo:** Japón en los años noventa\n\n"
    "## Preguntas\n\n1. ¿Qué es la inflación?\n   Una subida general de los precios.\n"
    "2. ¿Qué país vivió deflación en los noventa?\n   Japón.\n"
)
DISEASES_TXT = (
    "Infectious diseases\n\nMeasles\nSymptoms: fever, cough, Koplik spots\nTreatment: supportive care, vitamin A\n\n"
    "Tuberculosis\nSymptoms: chronic cough, night sweats\nTreatment: rifampicin, isoniazid\n\n"
    "Questions\n1. What vitamin is given in measles?\nVitamin A.\n2. Name one drug used against tuberculosis.\nRifampicin.\n"
)


def test_every_drug_of_a_drug_card_page_is_one_card_of_its_fields(tmp_path: Path) -> None:
    """Sitting 42 (new-user check of sitting 41): the first drug's three fields were in no card ('2 lines of text are in
    no card') while the second drug's were three cards 'Class' / 'Action' / 'Watch for' — its class was three words, a
    glossary's definition, the first's two. The same labels under several headings are each heading's card (as the
    page without its self-check reads them), whatever the values' length; the self-check questions stay cards."""
    notes, skipped, said = built_notes(tmp_path, {"drug-cards.md": DRUGS})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "Furosemide (Lasix)": "Class: loop diuretic Action: blocks Na-K-2Cl reabsorption in the thick ascending limb "
        "Watch for: hypokalaemia, ototoxicity at high doses",
        "Metoprolol (Lopressor)": "Class: beta-1 selective blocker Action: slows heart rate and lowers contractility "
        "Watch for: bradycardia, masked hypoglycaemia",
        "Which electrolyte falls with furosemide?": "Potassium.",
        "Why hold metoprolol when the pulse is below 50?": "It slows the heart further.",
    }, said
    assert not skipped and not any("in no card" in s for s in said), said
    back = next(n for n in notes if note_front(n) == "Furosemide (Lasix)")["fields"]["Answer"]
    assert back.count("<br") == 2, back  # (a field a line on the card, never run together on one line)


def test_records_in_other_languages_and_shapes_are_read_alike(tmp_path: Path) -> None:
    """The same for a country's facts (one-word values), a Spanish term's definition and example, and a plain-text page
    whose records are label lines over 'Symptoms:' / 'Treatment:' lines: a card a record, beside the page's questions."""
    notes, _, said = _alone(tmp_path, {"capitals.md": CAPITALS, "terms.md": TERMS_ES, "diseases.txt": DISEASES_TXT})
    fronts = [note_front(n) for n in notes]
    for record in ("Peru", "Chile", "Inflación", "Deflación", "Measles", "Tuberculosis"):
        assert record in fronts, (record, fronts, said)
    assert len(notes) == 12, fronts
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["Chile"] == "Capital: Santiago Currency: Chilean peso Language: Spanish"
    assert backs["Tuberculosis"] == "Symptoms: chronic cough, night sweats Treatment: rifampicin, isoniazid"
    assert not any("in no card" in s or "no question" in s for s in said), said


def test_a_record_needs_its_labels_under_another_heading() -> None:
    """A heading over field lines is a record only when another heading has the same labels (two at least): a single
    'Course info' block, or a glossary whose terms are all different, is no record."""
    lines = DRUGS.splitlines()
    assert record_heads(lines) == {2, 8}
    alone = "# Notes\n\n## Course\n\n**Teacher:** Dr Ruiz\n**Room:** 101\n\n## Cells\n\n**Nucleus:** holds DNA\n**Ribosome:** makes protein\n"
    assert record_heads(alone.splitlines()) == set()


# --- 2. '## Question 1' / 'How …?' / '## Answer' over numbered steps ----------------------------------------------------

HOWTO = (
    "# Git basics\n\n## Question 1\n\nHow do you undo the last commit but keep its changes?\n\n## Answer\n\n"
    "1. Run `git reset --soft HEAD~1`.\n2. Check the staged changes with `git status`.\n3. Commit again when ready.\n\n"
    "## Question 2\n\nHow do you create a new branch and switch to it?\n\n## Answer\n\n"
    "1. Run `git switch -c feature`.\n2. Push it with `git push -u origin feature`.\n"
)


def test_an_answer_label_over_steps_answers_its_own_question(tmp_path: Path) -> None:
    """Question 1 was 'no answer' and its steps 'text outside any question': the first '## Answer' over a numbered list
    was taken for the page's answer key (three entries '1. Run …'). An answer label heading after a question label
    heading is that question's answer, never the key; so in German and with 'Solution'."""
    german = HOWTO.replace("## Question", "## Frage").replace("## Answer", "## Antwort")
    solution = HOWTO.replace("## Answer", "## Solution")
    notes, skipped, said = _alone(tmp_path, {"howto.md": HOWTO, "de.md": german, "sol.md": solution})
    assert not skipped, said
    got = {(n["id"].split("/")[0], note_front(n)): note_back(n) for n in notes}
    for doc in ("howto", "de", "sol"):
        assert got[(doc, "How do you undo the last commit but keep its changes?")] == (
            "Run git reset --soft HEAD~1 . Check the staged changes with git status . Commit again when ready."
        ), got
        assert got[(doc, "How do you create a new branch and switch to it?")].startswith("Run git switch -c feature")
    assert len(notes) == 6


# --- 3. a two-question page keyed by a two-column table -----------------------------------------------------------------

KEY_ES = (
    "# Examen corto: la célula\n\n1. ¿Qué orgánulo produce la mayor parte del ATP de la célula?\n"
    "2. ¿Dónde se encuentra el ADN en una célula eucariota?\n\n## Soluciones\n\n"
    "| Pregunta | Respuesta |\n|---|---|\n| 1 | La mitocondria |\n| 2 | En el núcleo |\n"
)


def test_a_two_question_page_is_keyed_by_its_key_table(tmp_path: Path) -> None:
    """Two questions keyed by '## Soluciones' over '| Pregunta | Respuesta |' were 'no answer' and the table one card
    (three questions were keyed): a key heading over a table numbering the questions keys two as it keys three. Without
    the heading, the table's column names in the page's language ('| Frage | Antwort |') say it is the key."""
    no_heading = KEY_ES.replace("## Soluciones\n\n", "")
    german = (
        "# Kurztest Chemie\n\n1. Welches Element hat das Symbol Na?\n2. Wie viele Protonen hat ein Kohlenstoffatom?\n\n"
        "| Frage | Antwort |\n|---|---|\n| 1 | Natrium |\n| 2 | 6 |\n"
    )
    notes, skipped, said = _alone(tmp_path, {"es.md": KEY_ES, "es2.md": no_heading, "de.md": german})
    got = {(n["id"].split("/")[0], note_front(n)): note_back(n) for n in notes}
    assert got == {
        ("es", "¿Qué orgánulo produce la mayor parte del ATP de la célula?"): "La mitocondria",
        ("es", "¿Dónde se encuentra el ADN en una célula eucariota?"): "En el núcleo",
        ("es2", "¿Qué orgánulo produce la mayor parte del ATP de la célula?"): "La mitocondria",
        ("es2", "¿Dónde se encuentra el ADN en una célula eucariota?"): "En el núcleo",
        ("de", "Welches Element hat das Symbol Na?"): "Natrium",
        ("de", "Wie viele Protonen hat ein Kohlenstoffatom?"): "6",
    }, said
    assert not skipped


def test_a_content_table_of_questions_is_no_key(tmp_path: Path) -> None:
    """A '| Pregunta | Respuesta |' table whose rows are phrases, not question numbers, stays a card per row; the
    numbered questions above it that nobody answers stay 'no answer'."""
    page = (
        "# Review\n\n## Practice\n\n1. What is the capital of Peru?\n2. What is the capital of Chile?\n\n## Phrases\n\n"
        "| Pregunta | Respuesta |\n|---|---|\n| ¿Cómo te llamas? | Me llamo Ana. |\n| ¿De dónde eres? | Soy de Lima. |\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"review.md": page})
    assert {note_front(n): note_back(n) for n in notes} == {"¿Cómo te llamas?": "Me llamo Ana.", "¿De dónde eres?": "Soy de Lima."}
    assert len(skipped) == 2


# --- 4. a 'Key facts' list: a cloze per fact ----------------------------------------------------------------------------

FACTS = (
    "# Cell biology — key facts\n\n- The **mitochondria** is the powerhouse of the cell.\n"
    "- **Ribosomes** build proteins from amino acids.\n- The cell membrane is a **phospholipid bilayer**.\n"
)


def test_a_key_facts_list_is_a_cloze_per_fact(tmp_path: Path) -> None:
    """A 'Key facts' page of statements with one bold term each was one card listing them all: under a heading that
    names key facts (English, German 'Das Wichtigste', Spanish 'Resumen'), each fact is a cloze of its bold term;
    beside the page's questions too."""
    german = (
        "# Fotosynthese\n\n## Das Wichtigste\n\n- Die Fotosynthese findet in den **Chloroplasten** statt.\n"
        "- Als Nebenprodukt entsteht **Sauerstoff**.\n\n## Fragen\n\n1. Welches Gas nehmen Pflanzen auf?\n   Kohlenstoffdioxid.\n"
        "2. Wo läuft die Dunkelreaktion ab?\n   Im Stroma.\n"
    )
    spanish = "# Historia\n\n## Resumen\n\n- La Guerra Civil terminó en **1939**.\n- La Constitución de **1812** se aprobó en Cádiz.\n"
    notes, skipped, said = _alone(tmp_path, {"facts.md": FACTS, "de.md": german, "es.md": spanish})
    texts = sorted(n["fields"]["Text"] for n in notes if "Text" in n["fields"])
    assert texts == [
        "Als Nebenprodukt entsteht {{c1::Sauerstoff}}.",
        "Die Fotosynthese findet in den {{c1::Chloroplasten}} statt.",
        "La Constitución de {{c1::1812}} se aprobó en Cádiz.",
        "La Guerra Civil terminó en {{c1::1939}}.",
        "The cell membrane is a {{c1::phospholipid bilayer}}.",
        "The {{c1::mitochondria}} is the powerhouse of the cell.",
        "{{c1::Ribosomes}} build proteins from amino acids.",
    ], said
    assert {note_front(n) for n in notes if "Text" not in n["fields"]} == {"Welches Gas nehmen Pflanzen auf?", "Wo läuft die Dunkelreaktion ab?"}
    assert not skipped


def test_bold_that_is_emphasis_stays_emphasis() -> None:
    """No cloze without a key-facts heading, when a fact has two bold parts or none, for a glossary ('**Term**: …'),
    nor under a heading inside a question's answer ('## Why …?' / '### Summary')."""
    plain = ["# Cell biology", "", "- The **mitochondria** is the powerhouse.", "- **Ribosomes** build proteins."]
    assert key_facts(plain) is plain
    two = ["## Key facts", "", "- The **mitochondria** is the **powerhouse**.", "- **Ribosomes** build proteins."]
    assert key_facts(two) is two
    glossary = ["## Summary", "", "- **Mitochondria**: the powerhouse of the cell.", "- **Ribosome**: builds proteins."]
    assert key_facts(glossary) is glossary
    answer = ["## Why does the cell need ATP?", "", "It carries energy.", "", "### Summary", "", "- ATP is made in the **mitochondria**.", "- A **phosphate** is cut off."]
    assert key_facts(answer) is answer


# --- 5. a fill-in sheet with the answer in brackets after the blank ------------------------------------------------------

SCIENCE = (
    "# Cell organelles — worksheet\n\n1. The ______ (mitochondria) makes most of the cell's ATP.\n"
    "2. Proteins are built by ______ (ribosomes).\n3. The ______ (nucleus) holds the DNA.\n"
)


def test_a_blank_answered_in_brackets_is_a_cloze(tmp_path: Path) -> None:
    """'The ______ (mitochondria) makes ATP.' was 'no answer': the word in brackets right after the blank is its
    answer, a cloze, in Spanish too; among other numbered questions each is a card, its blank on the front."""
    spanish = "# Biología\n\n1. La ______ (mitocondria) produce ATP.\n2. Las proteínas se fabrican en los ______ (ribosomas).\n"
    mixed = (
        "# Quiz\n\n1. The ______ (mitochondria) makes ATP.\n2. Proteins are built by ______ (ribosomes).\n"
        "3. What holds the DNA?\n   The nucleus.\n"
    )
    notes, skipped, said = _alone(tmp_path, {"sci.md": SCIENCE, "es.md": spanish, "mixed.md": mixed})
    texts = sorted(n["fields"]["Text"] for n in notes if "Text" in n["fields"])
    assert texts == [
        "La {{c1::mitocondria}} produce ATP.",
        "Las proteínas se fabrican en los {{c1::ribosomas}}.",
        "Proteins are built by {{c1::ribosomes}}.",
        "The {{c1::mitochondria}} makes most of the cell's ATP.",
        "The {{c1::nucleus}} holds the DNA.",
    ], said
    cards = {note_front(n): note_back(n) for n in notes if n["id"].startswith("mixed/")}
    assert cards == {"The ____ makes ATP.": "mitochondria", "Proteins are built by ____.": "ribosomes", "What holds the DNA?": "The nucleus."}
    assert not skipped


def test_a_grammar_hint_in_brackets_is_no_answer() -> None:
    """A language worksheet's bracket is the word to change ('I ______ (go)': the answer is 'went'): told by an
    instruction naming forms, verbs or tenses, a subject pronoun before the blank, a bracket naming a form ('much/many')
    or brackets that are all verbs' base forms; such a page is left as written (its items 'no answer', as before)."""
    instructed = ["# Past simple", "", "Fill in the blanks with the correct form.", "", "1. Yesterday Tom ______ (go) home.", "2. Ana ______ (buy) bread."]
    assert bracket_fills(instructed) is instructed
    pronoun = ["# Unit 3", "", "1. She ______ (teacher) at school.", "2. They ______ (dogs) in the park."]
    assert bracket_fills(pronoun) is pronoun
    verbs = ["# Unit 3", "", "1. Maria ______ (live) in Paris.", "2. Tom ______ (play) football."]
    assert bracket_fills(verbs) is verbs
    spanish = ["# Tema 4", "", "1. Ayer Ana ______ (ir) al cine.", "2. Mi padre ______ (comprar) pan."]
    assert bracket_fills(spanish) is spanish
    choice = ["# Unit 5", "", "1. There isn't ______ (much/many) milk.", "2. How ______ (much/many) eggs?"]
    assert bracket_fills(choice) is choice
    translate = ["# Vocabulary", "", "Translate the words in brackets.", "", "1. The ______ (Hund) is black.", "2. A ______ (Katze) sleeps."]
    assert bracket_fills(translate) is translate
    assert bracket_fills(SCIENCE.splitlines())[2] == "1. The {{c1::mitochondria}} makes most of the cell's ATP."


# --- 6. T41-10: a large file's reading steps on the status line; the neighbour search's memory ---------------------------


def test_a_large_file_tells_its_reading_steps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """T41-10: a 104,000-line file ran for minutes under one status line ('reading sources/huge-glossary.txt', then
    'finding duplicate candidates'). A file of LARGE_LINES lines or more (2,000; 60 here, to keep the test fast) names
    each pass over its lines, and the neighbour search (quadratic: most of the time on such a file) counts the
    questions compared."""
    import random

    from conftest import deck_of

    from compiler import read
    from compiler.build import build

    monkeypatch.setattr(read, "LARGE_LINES", 60)
    rng = random.Random(42)
    syllables = ["ka", "lu", "mi", "to", "ne", "ro", "sa", "fi", "pe", "zo", "bu", "da"]
    words = sorted({"".join(rng.choice(syllables) for _ in range(5)) for _ in range(300)})[:80]
    text = "".join(f"{w} - meaning {n}\n" for n, w in enumerate(words))
    said: list[str] = []
    result = build(deck_of(tmp_path, {"words.txt": text}), tmp_path / "build", formats=("json",), now=1_000, progress=said.append)
    assert result.compiled is not None and len(result.compiled.deck.notes) == len(words)
    steps = [s for s in said if s.startswith("reading sources/words.txt: ")]
    assert steps[0] == f"reading sources/words.txt: telling the layout of its {len(words):,} lines", said
    assert f"reading sources/words.txt: reading its {len(words):,} lines as 'delimited'" in steps
    assert any(s.startswith("finding duplicate candidates: questions compared 0/") for s in said), said
    small: list[str] = []
    build(deck_of(tmp_path / "small", {"words.txt": "".join(text.splitlines(keepends=True)[:30])}), tmp_path / "small-build", formats=("json",), now=1_000, progress=small.append)
    assert "reading sources/words.txt" in small and not any(s.startswith("reading sources/words.txt: ") for s in small)


def test_the_neighbour_search_bounds_its_blocks_and_gives_the_same_neighbours() -> None:
    """The search compares a block of rows against every vector at a time: 1024 rows against 20,000 vectors, fewer
    against more (BLOCK_FLOATS), so its memory stays bounded on a large file; the neighbours are the same whatever the
    block (look-alike rows, more than k above the floor, included)."""
    import numpy as np

    from compiler.similarity import BLOCK_FLOATS, BLOCK_MIN, nearest

    rng = np.random.default_rng(7)
    base = rng.normal(size=(5, 16)).astype(np.float32)
    vectors = np.vstack([base[i % 5] + 0.05 * rng.normal(size=16).astype(np.float32) for i in range(600)])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    told: list[tuple[int, int]] = []
    whole = nearest(vectors, range(600), 0.5, 8, block=1024, progress=lambda done, total: told.append((done, total)))
    assert told == [(0, 600)]
    assert nearest(vectors, range(600), 0.5, 8, block=7) == whole
    assert all(len(v) == 8 for v in whole.values())
    wide = rng.normal(size=(BLOCK_FLOATS // 300 + 1, 4)).astype(np.float32)  # (66,667 vectors: 299 rows a block)
    wide /= np.linalg.norm(wide, axis=1, keepdims=True)
    told.clear()
    nearest(wide, range(600), 0.999, 2, progress=lambda done, total: told.append((done, total)))
    assert BLOCK_MIN <= 299 and [done for done, _ in told] == [0, 299, 598], told


# --- T42-3: an answer key in a file of its own, in sections named after the quizzes -------------------------------------

QUIZ_1 = (
    "# Git Fundamentals Quiz\n\n## Multiple Choice Questions\n\n"
    "### 1. What is version control?\na) A way to control hardware\nb) A system that records changes to files\n"
    "c) A programming language\nd) A cloud storage plan\n\n"
    "### 2. Which command starts a new repository?\na) `git start`\nb) `git create`\nc) `git init`\nd) `git new`\n\n"
    "### 3. What does `git status` show?\na) Only the branch name\nb) Every commit\nc) Which files changed\nd) The remote\n"
)
QUIZ_2 = (
    "# Advanced Git Concepts Quiz\n\n## Multiple Choice Questions\n\n"
    "### 1. What is a branch?\na) A server\nb) A parallel line of development\nc) A backup\nd) A tag\n\n"
    "### 2. What does `git stash` do?\na) Deletes changes\nb) Pushes\nc) Saves uncommitted changes for later\nd) Merges\n"
)
ANSWERS = (
    "# Git Quiz Answers and Explanations\n\n"
    "## Quiz 1: Git Fundamentals\n\n### Multiple Choice Answers\n\n"
    "1. **b) A system that records changes to files**\n   - Explanation: you can go back to any earlier version\n\n"
    "2. **c) `git init`**\n   - It creates the `.git` folder\n\n"
    "3. **c) Which files changed**\n   - And which are staged\n\n"
    "### Short Answer Explanations\n\n4. **Git vs. GitHub**\n   - Git: the tool\n   - GitHub: a website\n\n"
    "## Quiz 2: Advanced Git Concepts\n\n### Multiple Choice Answers\n\n"
    "1. **b) A parallel line of development**\n   - Work on features apart\n\n"
    "2. **c) Saves uncommitted changes for later**\n   - Switch branches without committing\n\n"
    "## Scoring\n\n- 5 correct: expert\n"
)
KEYED = (
    '[[source]]\nid = "quiz1"\nfile = "sources/Quiz1-Fundamentals.md"\nkey_file = "sources/Quiz-Answers.md"\n'
    '[[source]]\nid = "quiz2"\nfile = "sources/Quiz2-Advanced.md"\nkey_file = "sources/Quiz-Answers.md"\n'
)


def test_a_key_file_of_several_quizzes_keys_each_by_its_section(tmp_path: Path) -> None:
    """'## Quiz 1: Git Fundamentals' keys 'Git Fundamentals Quiz', the numbering starting again under 'Quiz 2'; an
    entry's option by letter in bold is the key, the bullet under it the explanation; the key's part of open answers is
    said at the key file's line, no card of the quiz."""
    files = {"Quiz1-Fundamentals.md": QUIZ_1, "Quiz2-Advanced.md": QUIZ_2, "Quiz-Answers.md": ANSWERS}
    notes, skipped, said = built_notes(tmp_path, files, KEYED)
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "What is version control?": "B) A system that records changes to files",
        "Which command starts a new repository?": "C) git init",
        "What does git status show?": "C) Which files changed",
        "What is a branch?": "B) A parallel line of development",
        "What does git stash do?": "C) Saves uncommitted changes for later",
    }
    explained = {note_front(n): n["fields"].get("Explanation", "") for n in notes}
    assert "go back to any earlier version" in explained["What is version control?"]
    assert "Switch branches" in explained["What does git stash do?"]
    assert not any("none marked correct" in s for s in said), said
    told = [s for s in said if "read as no key" in s]
    assert len(told) == 1 and "Quiz-Answers.md:16" in told[0] and "Short Answer Explanations" in told[0], said
    lost = [(s["file"], s["line"]) for s in skipped if s["skipped"] == "part of an answer key read as no key"]
    assert lost == [("sources/Quiz-Answers.md", 16)], skipped
    assert not any("statement heading" in s for s in said), said


def test_a_key_file_with_no_section_for_the_quiz_says_so_at_its_line(tmp_path: Path) -> None:
    """A quiz no section of the key names (by its title's words or its number) is not keyed by another quiz's
    section: a warning at the key file's first section says so, the questions read unkeyed (no card of options)."""
    other = QUIZ_2.replace("Advanced Git Concepts Quiz", "Docker Networking Quiz")
    files = {"Networking.md": other, "Quiz-Answers.md": ANSWERS, "notes.md": "# Notes\n\n## What is Git?\n\nA version control tool.\n"}
    table = '[[source]]\nid = "net"\nfile = "sources/Networking.md"\nkey_file = "sources/Quiz-Answers.md"\n'
    notes, _, said = built_notes(tmp_path, files, table)
    assert [note_front(n) for n in notes] == ["What is Git?"]
    assert any("('Quiz 1: Docker Networking')" in s for s in said), said
    told = [s for s in said if "answer quizzes by name" in s]
    assert len(told) == 1 and "Quiz-Answers.md:3" in told[0] and "'Quiz 1: Git Fundamentals'" in told[0], said
    assert any("none marked correct" in s for s in said), said


def test_a_quiz_section_is_chosen_by_title_then_number() -> None:
    """By the section name's words within the title; else by the number the title or the file name gives; a key in
    parts of one test ('## Chapter 1' in both files) is left to the parts' own pairing."""
    key = ANSWERS.split("\n")
    by_title = quiz_section(QUIZ_2.split("\n"), key, "anything")
    assert by_title is not None and by_title.lines is not None
    kept = [line for line in by_title.lines if line.strip()]
    assert kept[0] == "### Multiple Choice Answers" and "Parallel" not in kept[0] and len(kept) == 5
    by_number = quiz_section(["# Practice questions", "", "### 1. What?"], key, "Quiz2-Advanced")
    assert by_number is not None and by_number.lines == by_title.lines
    assert quiz_section(["# Chapter 1", "### 1. What?"], ["## Chapter 1", "1. b", "## Chapter 2", "1. c"], "x") is None
    assert quiz_section(QUIZ_1.split("\n"), ["# Answers", "", "1. b", "2. c"], "Quiz1") is None


def test_explanation_bullets_under_a_page_keys_entries(tmp_path: Path) -> None:
    """On one page too: '1. **b) …**' over an indented '- Explanation: …' is the key and its explanation; a part of the
    key that is no key (numbered open answers over bullets) ends the key, the entries above it kept."""
    page = QUIZ_1 + "\n## Answers\n\n" + ANSWERS.split("## Quiz 1: Git Fundamentals\n\n")[1].split("## Quiz 2")[0]
    notes, _, said = built_notes(tmp_path, {"quiz.md": page})
    got = {note_front(n): note_back(n) for n in notes if n["fields"].get("Correct")}
    assert got["What is version control?"] == "B) A system that records changes to files" and len(got) == 3, said


def test_a_file_of_answers_only_is_no_deck_of_its_own(tmp_path: Path) -> None:
    """Read with no config, a key of several quizzes is one warning naming the key_file line to write, no card fronted
    by a right option; a page of lettered entries that asks questions, or of few such entries, is read as before."""
    files = {"quizzes/Quiz1-Fundamentals.md": QUIZ_1, "keys/Quiz-Answers.md": ANSWERS, "notes.md": "# Notes\n\n## What is Git?\n\nA tool.\n"}
    notes, _, said = built_notes(tmp_path, files)
    assert not any(n["fields"].get("Source", "").startswith("Quiz Answers") for n in notes)
    assert all(not note_front(n).startswith(("b)", "c)")) for n in notes), [note_front(n) for n in notes]
    told = [s for s in said if "looks like an answer key" in s]
    assert len(told) == 1 and told[0].startswith("sources/keys/Quiz-Answers.md:7:"), said
    assert 'key_file = "sources/keys/Quiz-Answers.md"' in told[0] and "5 numbered entries" in told[0]
    assert answers_only(["# Quiz", "1. Which one?", "a) x", "b) y", "", "1. b) y", "2. a) x", "3. b) y"]) is None
    assert answers_only(["# Answers", "1. b) y", "2. a) x"]) is None
    assert answers_only(["1. **b) y**", "   - why", "2. c) `git init`", "3. Answer: B"]) == (3, 1)


def test_the_trial_reproducer_keys_its_quiz_with_key_file(tmp_path: Path) -> None:
    """trial42 t42-6-sibling-answer-key: with the documented key_file line its four multiple-choice questions are keyed
    (were cards of their four options, nothing said); the short answers still have none, and that is said."""
    here = Path(__file__).parent / "data" / "trials" / "trial42" / "t42-6-sibling-answer-key"
    files: dict[str, str | Path] = {"Quiz1-Basics.md": here / "Quiz1-Basics.md", "Quiz-Answers.md": here / "Quiz-Answers.md"}
    table = '[[source]]\nid = "quiz"\nfile = "sources/Quiz1-Basics.md"\nkey_file = "sources/Quiz-Answers.md"\n'
    notes, _, said = built_notes(tmp_path, files, table)
    assert [note_back(n)[:2] for n in notes] == ["B)", "C)", "B)", "C)"], [note_back(n) for n in notes]
    assert all(n["fields"].get("Explanation") for n in notes)
    assert any("Quiz1-Basics.md:31: warning: question has no answer" in s for s in said), said


def test_a_sibling_key_named_so_keys_the_quizzes_its_sections_name(tmp_path: Path) -> None:
    """No config: 'Quiz-Answers.md' beside the quizzes its sections name keys each of them, said once with the key_file
    line; two quizzes one section would key (a copy of one quiz) pair with none, and the key is the warning above."""
    files = {"Quiz1-Fundamentals.md": QUIZ_1, "Quiz2-Advanced.md": QUIZ_2, "Quiz-Answers.md": ANSWERS}
    notes, _, said = built_notes(tmp_path, files)
    assert sorted(note_back(n)[:2] for n in notes) == ["B)", "B)", "C)", "C)", "C)"], [note_back(n) for n in notes]
    told = [s for s in said if "read as the answer key of" in s]
    assert len(told) == 1 and "sources/Quiz1-Fundamentals.md and sources/Quiz2-Advanced.md" in told[0], said
    assert 'key_file = "sources/Quiz-Answers.md"' in "\n".join(said)
    copy = {"Quiz1-Fundamentals.md": QUIZ_1, "Quiz1-Fundamentals-v2.md": QUIZ_1, "Quiz-Answers.md": ANSWERS, "n.md": "## What is Git?\n\nA tool.\n"}
    _, _, said = built_notes(tmp_path / "copy", copy)
    assert not any("read as the answer key of" in s for s in said), said
    assert any("looks like an answer key" in s for s in said), said
    assert not any(n["fields"].get("Correct") for n in built_notes(tmp_path / "copy2", copy)[0])
