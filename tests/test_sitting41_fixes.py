"""Forty-first sitting, helper "fixes": open findings of trials 31-40, read right (a chatbot's 'Front:' label in no
item id, T40-9; …)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front

from compiler.build import build

# --- T40-9: a page's own question label ('**Front:**', '**Recto :**', 'Galdera:') is in no item id ---------------------

CHATBOT_EN = (
    "Here are 4 Spanish flashcards for beginners:\n\n"
    '1. **Front:** How do you say "the house" in Spanish?\n   **Back:** la casa\n\n'
    '2. **Front:** How do you say "the dog" in Spanish?\n   **Back:** el perro\n\n'
    '3. **Front:** When do you use "estar"?\n   **Back:** For temporary states, feelings and locations.\n\n'
    '4. **Front:** What does "la ciudad" mean?\n   **Back:** the city\n'
)
CHATBOT_FR = (
    "Voici des fiches :\n\n"
    "1. **Recto :** Qu'est-ce que la photosynthèse ?\n   **Verso :** La production de glucose à partir de lumière.\n\n"
    "2. **Recto :** Où a lieu la respiration cellulaire ?\n   **Verso :** Dans les mitochondries.\n\n"
    "3. **Recto :** Quel est le rôle des ribosomes ?\n   **Verso :** Ils fabriquent les protéines.\n"
)
BASQUE = (
    "# Biologia\n\n1. **Galdera:** Zer da zelula?\n   **Erantzuna:** Bizidunen oinarrizko unitatea.\n\n"
    "2. **Galdera:** Zer da DNA?\n   **Erantzuna:** Informazio genetikoa gordetzen duen molekula.\n"
)


def test_a_chatbot_s_front_label_is_in_no_item_id(tmp_path: Path) -> None:
    """T40-9: 'chatgpt-spanish/front-when-do-you-use-estar' carried a label the card does not show; ids are made from
    the question the card shows, in any language the page labels its sides in (English, French, Basque)."""
    notes, _, said = built_notes(tmp_path, {"chatgpt-spanish.md": CHATBOT_EN, "fiches.md": CHATBOT_FR, "eu.md": BASQUE})
    got = {n["id"]: note_front(n) for n in notes}
    assert got == {
        "chatgpt-spanish/how-do-you-say-the-house-in-spanish": 'How do you say "the house" in Spanish?',
        "chatgpt-spanish/how-do-you-say-the-dog-in-spanish": 'How do you say "the dog" in Spanish?',
        "chatgpt-spanish/when-do-you-use-estar": 'When do you use "estar"?',
        "chatgpt-spanish/what-does-la-ciudad-mean": 'What does "la ciudad" mean?',
        "fiches/qu-est-ce-que-la-photosynthese": "Qu'est-ce que la photosynthèse ?",
        "fiches/ou-a-lieu-la-respiration-cellulaire": "Où a lieu la respiration cellulaire ?",
        "fiches/quel-est-le-role-des-ribosomes": "Quel est le rôle des ribosomes ?",
        "eu/zer-da-zelula": "Zer da zelula?",
        "eu/zer-da-dna": "Zer da DNA?",
    }, said
    assert {note_back(n) for n in notes if n["id"].startswith("eu/")} == {
        "Bizidunen oinarrizko unitatea.", "Informazio genetikoa gordetzen duen molekula."
    }
    assert all(n["fields"]["DeckcId"] == n["id"] for n in notes)


def _lock(content: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    """The lock's entries by note id."""
    lines = (content / "deckc.lock").read_text(encoding="utf-8").splitlines()[1:]
    return {e["id"]: e for e in map(json.loads, lines)}


def _as_sitting_40(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ids as deckc made them until sitting 40: from the question as read, its label on."""
    import compiler.sources.item_labels as item_labels

    monkeypatch.setattr(item_labels, "_unlabelled_identity", lambda item, question: {})


def test_a_published_labelled_id_keeps_its_id_and_guid_a_new_card_gets_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A deck published with the label in its ids (before sitting 41) rebuilds with every id, GUID and field as it
    was: the lock says nothing changed. A card added to the page later gets an id without the label."""
    content = deck_of(tmp_path, {"chatgpt-spanish.md": CHATBOT_EN})
    with monkeypatch.context() as m:
        _as_sitting_40(m)
        build(content, tmp_path / "b1", formats=("json",), now=1_000)
    before = _lock(content)
    assert "chatgpt-spanish/front-when-do-you-use-estar" in before
    totals = build(content, tmp_path / "b2", formats=("json",), now=2_000).summary.totals
    assert totals == {"new": 0, "updated": 0, "unchanged": 4, "retired": 0}
    assert _lock(content) == before
    page = CHATBOT_EN + '\n5. **Front:** How do you say "the cat" in Spanish?\n   **Back:** el gato\n'
    (content / "sources" / "chatgpt-spanish.md").write_text(page, encoding="utf-8")
    totals = build(content, tmp_path / "b3", formats=("json",), now=3_000).summary.totals
    assert totals == {"new": 1, "updated": 0, "unchanged": 4, "retired": 0}
    after = _lock(content)
    assert set(after) - set(before) == {"chatgpt-spanish/how-do-you-say-the-cat-in-spanish"}
    assert all(after[i]["guid"] == e["guid"] for i, e in before.items())


def test_an_override_naming_the_labelled_id_keeps_it(tmp_path: Path) -> None:
    """An id written in overrides.toml with the label (read off `deckc lint` before sitting 41) still names its item."""
    content = deck_of(tmp_path, {"chatgpt-spanish.md": CHATBOT_EN})
    (content / "overrides.toml").write_text(
        '[[override]]\nitem = "chatgpt-spanish/front-when-do-you-use-estar"\nanswer = "Estados, sentimientos, lugares."\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.items]
    manifest = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))
    got = {n["id"]: note_back(n) for n in manifest["notes"]}
    assert got["chatgpt-spanish/front-when-do-you-use-estar"] == "Estados, sentimientos, lugares.", said
    assert "chatgpt-spanish/how-do-you-say-the-dog-in-spanish" in got
    assert not [s for s in said if "overrides.toml" in s and ("unknown" in s or "no item" in s)], said


def test_a_page_that_no_longer_labels_every_question_keeps_its_notes(tmp_path: Path) -> None:
    """A card added without the label leaves the labels on the others' fronts (the page no longer labels every
    question): their notes, published without the label, keep their GUIDs (updated, never retired and new)."""
    content = deck_of(tmp_path, {"chatgpt-spanish.md": CHATBOT_EN})
    build(content, tmp_path / "b1", formats=("json",), now=1_000)
    before = _lock(content)
    page = CHATBOT_EN + '\n5. How do you say "the cat" in Spanish?\n   el gato\n'
    (content / "sources" / "chatgpt-spanish.md").write_text(page, encoding="utf-8")
    shutil.rmtree(tmp_path / "b1")
    result = build(content, tmp_path / "b2", formats=("json",), now=2_000)
    assert result.summary.totals["retired"] == 0
    assert result.summary.totals["new"] == 1
    after = {e["guid"] for e in _lock(content).values()}
    assert {e["guid"] for e in before.values()} <= after


# --- T40-10: a word list whose Notes column is filled on some words is one vocabulary table on the cheat sheet --------


def _sheet_tables(content: Path, out: Path) -> dict[str, list[tuple[str, ...]]]:
    """The cheat sheet's entries as the template gets them, by group: a table's header then its rows (term, meaning,
    the other columns), any other entry as its question alone."""
    from compiler.sheet import groups, sheet_data

    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    deck = result.compiled.deck
    data = sheet_data(deck, groups(deck), lambda tex, note: None, questions_only=False, paper="a4")
    text = lambda spans: "".join(s["v"] for s in spans)  # noqa: E731
    got: dict[str, list[tuple[str, ...]]] = {}
    for group in data["groups"]:
        for e in group["entries"]:
            if "rows" in e:
                got.setdefault(group["title"], []).append(("", e.get("mcol", ""), *e.get("cols", [])))
                got[group["title"]] += [(text(r["t"]), text(r["m"]), *map(text, r.get("x", []))) for r in e["rows"]]
            else:
                got.setdefault(group["title"], []).append((text(e["q"]),))
    return got


def test_a_word_list_with_a_notes_column_filled_on_some_words_is_one_table(tmp_path: Path) -> None:
    """T40-10: es/vocab-unit1.csv ('English,Spanish,Notes', 'feminine' on three words of eight) printed eight entries;
    a German TSV's Plural column and a French Markdown table's Remarque column filled on some words did too. Each is
    one table, the column's cell empty where the list leaves it empty; a list of two such columns keeps them apart."""
    trial = Path(__file__).parent / "data" / "trials" / "trial40" / "t40-10-notes-column"
    de = "Deutsch\tEnglisch\tPlural\ndas Haus\tthe house\tdie Häuser\nder Hund\tthe dog\tdie Hunde\ndie Katze\tthe cat\t\ndas Buch\tthe book\tdie Bücher\n"
    fr = (
        "# Vocabulaire : la maison\n\n| Mot | Sens | Remarque |\n|---|---|---|\n| la cuisine | the kitchen | |\n"
        "| la chambre | the bedroom | |\n| le salon | the living room | masculin |\n| le jardin | the garden | masculin |\n"
    )
    two = "Spanish,English,Notes,Example\nla casa,the house,feminine,Mi casa es tu casa.\nel perro,the dog,,\nel gato,the cat,,El gato duerme.\nel libro,the book,,\n"
    content = deck_of(tmp_path, {"vocab-unit1.csv": trial / "vocab-unit1.csv", "de-nomen.tsv": de, "fr-mots.md": fr, "two.csv": two})
    assert _sheet_tables(content, tmp_path / "build") == {
        "Vocab unit1": [  # (a slug-named file: its title as words, sitting 46)
            ("", "", "Notes"), ("the house", "la casa", "feminine"), ("the dog", "el perro", ""), ("the cat", "el gato", ""),
            ("the book", "el libro", ""), ("the table", "la mesa", "feminine"), ("the water", "el agua", "feminine noun with el"),
            ("the city", "la ciudad", ""), ("the friend", "el amigo / la amiga", ""),
        ],
        "De nomen": [
            ("", "", "Plural"), ("das Haus", "the house", "die Häuser"), ("der Hund", "the dog", "die Hunde"),
            ("die Katze", "the cat", ""), ("das Buch", "the book", "die Bücher"),
        ],
        "Vocabulaire : la maison": [
            ("", "", "Remarque"), ("la cuisine", "the kitchen", ""), ("la chambre", "the bedroom", ""),
            ("le salon", "the living room", "masculin"), ("le jardin", "the garden", "masculin"),
        ],
        "two": [
            ("", "", "Notes", "Example"), ("la casa", "the house", "feminine", "Mi casa es tu casa."), ("el perro", "the dog", "", ""),
            ("el gato", "the cat", "", "El gato duerme."), ("el libro", "the book", "", ""),
        ],
    }


def test_rows_whose_meaning_is_named_otherwise_are_no_one_table() -> None:
    """The rule that joins rows keeps its limit: a run ends where a row's meaning column is named otherwise, and a row
    that names one column twice keeps both cells."""
    from compiler.sheet import _in_columns, _joined_labels

    assert _joined_labels(["English", "Plural"], {"labels": ["Deutsch", "Plural"]}) is None
    assert _joined_labels(["English", "Plural"], {"labels": ["", "Note"]}) == ["English", "Plural", "Note"]
    assert _joined_labels(["", "Note"], {"labels": ["", "Note", "Note"]}) == ["", "Note", "Note"]
    assert _joined_labels([""], None) is None
    cell = lambda v: [{"k": "t", "v": v}]  # noqa: E731
    row = {"labels": ["", "Note", "Note"], "x": [cell("a"), cell("b")]}
    assert _in_columns(row, ["Plural", "Note", "Note"])["x"] == [[], cell("a"), cell("b")]


# --- T31-4 (found fixed in German, not in English, Spanish or French): 'Question 1: Kinematics' over lettered parts ---

EXAM_EN = """# Physics Midterm

## Question 1: Kinematics (6 marks)

a) A car accelerates from rest at 2 m/s² for 5 s. What is its final speed? (2 marks)

b) How far does it travel in that time? (2 marks)

## Question 2: Energy (4 marks)

a) What is the kinetic energy of a 2 kg ball moving at 3 m/s? (2 marks)

b) Name the SI unit of power. (2 marks)

## Question 3: Waves

What is the speed of light in a vacuum?

---

# Solutions

**Question 1**

a) 10 m/s

b) 25 m

**Question 2**

a) 9 J

b) The watt (W).

**Question 3**

About 3.0 × 10⁸ m/s.
"""


def test_a_question_label_heading_over_lettered_parts_is_their_section(tmp_path: Path) -> None:
    """T31-4's exam in English ('## Question 1: Kinematics (6 marks)' over 'a) …' / 'b) …', '# Solutions' repeating
    '**Question 1**' over lettered answers), Spanish ('## Pregunta 1: …') and French ('## Question 1 : …'): a card per
    part answered by its solution, the heading their section; the heading was itself a question 'with no answer' (a
    warning at each) while the German '## Aufgabe 1' was read right."""
    es = EXAM_EN.replace("Question", "Pregunta").replace("# Solutions", "# Soluciones")
    fr = re.sub(r"(## Question \d):", r"\1 :", EXAM_EN).replace("# Solutions", "# Corrigé")
    for doc, label, page in (("en", "Question", EXAM_EN), ("es", "Pregunta", es), ("fr", "Question", fr)):
        notes, skipped, said = built_notes(tmp_path / doc, {f"{doc}.md": page})  # (one deck each: they ask alike)
        assert not skipped and not [s for s in said if "no answer" in s], said
        got = [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes]
        colon = " :" if doc == "fr" else ":"
        assert got == [
            ("A car accelerates from rest at 2 m/s² for 5 s. What is its final speed?", "10 m/s", f"{label} 1{colon} Kinematics"),
            ("How far does it travel in that time?", "25 m", f"{label} 1{colon} Kinematics"),
            ("What is the kinetic energy of a 2 kg ball moving at 3 m/s?", "9 J", f"{label} 2{colon} Energy"),
            ("Name the SI unit of power.", "The watt (W).", f"{label} 2{colon} Energy"),
            ("What is the speed of light in a vacuum?", "About 3.0 × 10⁸ m/s.", f"{label} 3{colon} Waves"),
        ], got


# --- T31-44 rest: the paper as a PDF (its option letters bold, each option a paragraph of the PDF's text) ------------

TRIAL31 = Path(__file__).parent / "data" / "trials" / "trial31"


def _options(note: dict) -> list[str]:  # type: ignore[type-arg]
    from conftest import plain_text

    return [plain_text(o) for o in note["fields"].get("Options", "").split("</li>")[:-1]]


def test_a_cambridge_paper_as_a_pdf_gives_its_keyed_questions(tmp_path: Path) -> None:
    """T31-44's paper typeset as a PDF (bold numbers and letters, options under the stem, the UCLES footer on every page,
    the key on the last page): 'cannot tell this document's layout', no card. Three keyed multiple-choice cards."""
    from conftest import typeset_pdf

    pdf = typeset_pdf(tmp_path / "igcse-paper.pdf", (TRIAL31 / "igcse-paper.typ").read_text(encoding="utf-8"))
    notes, _, said = built_notes(tmp_path / "deck", {"igcse-paper.pdf": pdf})
    assert [(note_front(n), note_back(n), _options(n)) for n in notes] == [
        ("Which process releases energy from glucose in all living cells?", "C) respiration",
         ["A) digestion", "B) photosynthesis", "C) respiration", "D) transpiration"]),
        ("What is the function of red blood cells?", "D) to transport oxygen",
         ["A) to clot the blood", "B) to fight infection", "C) to transport carbon dioxide only", "D) to transport oxygen"]),
        ("Which blood vessel carries blood away from the heart?", "A) artery", ["A) artery", "B) capillary", "C) vein", "D) venule"]),
    ], said


def test_options_a_paragraph_each_keep_every_option(tmp_path: Path) -> None:
    """The same paper copied as text with a blank line under each option, bold letters or plain ones, in English and
    Spanish: every option is on its card. The last question lost its 'C) …' and 'D) …' silently (read as titles over
    the key's '1 C', a list 'numbered from 1 again')."""
    en = (
        "1 Which process releases energy from glucose?\n\n**A** digestion\n\n**B** photosynthesis\n\n**C** respiration\n\n"
        "**D** transpiration\n\n2 Which organ makes bile?\n\n\n**A** liver\n\n**B** lung\n\n**C** heart\n\n**D** skin\n\n"
        "Answers\n1 C\n2 A\n"
    )
    es = (
        "1 ¿Qué gas liberan las plantas?\n\nA) oxígeno\n\nB) metano\n\nC) helio\n\n2 ¿Qué órgano bombea la sangre?\n\n"
        "A) el hígado\n\nB) el corazón\n\nC) el pulmón\n\nSoluciones\n1 A\n2 B\n"
    )
    notes, _, said = built_notes(tmp_path, {"paper.txt": en, "examen.txt": es})
    got = {note_front(n): (note_back(n), _options(n)) for n in notes}
    assert got == {
        "Which process releases energy from glucose?": ("C) respiration", ["A) digestion", "B) photosynthesis", "C) respiration", "D) transpiration"]),
        "Which organ makes bile?": ("A) liver", ["A) liver", "B) lung", "C) heart", "D) skin"]),
        "¿Qué gas liberan las plantas?": ("A) oxígeno", ["A) oxígeno", "B) metano", "C) helio"]),
        "¿Qué órgano bombea la sangre?": ("B) el corazón", ["A) el hígado", "B) el corazón", "C) el pulmón"]),
    }, said


# --- T35-4 rest: a check asked in passing, labelled in French, Spanish, German ---------------------------------------


def test_a_check_asked_in_passing_loses_its_label_in_any_language(tmp_path: Path) -> None:
    """T35-4's lecture notes in French, Spanish and German: each check a card, its label off the front ('Vérification
    rapide :', 'Comprueba:', 'Kurzer Check:' stayed on it), and 'Pause réflexion : pourquoi …? (…)' a card, not glued
    on its heading's back."""
    fr = (
        "# Cours 3\n\n## 3.1 Les chloroplastes\n\nLa photosynthèse a lieu dans les chloroplastes.\n\n"
        "> **Vérification rapide :** Quel pigment capte la lumière ? *(Réponse : la chlorophylle)*\n\n"
        "## 3.2 Les deux phases\n\nLe cycle de Calvin fixe le CO2.\n\n"
        "Pause réflexion : pourquoi la phase sombre s'appelle-t-elle aussi cycle de Calvin ? (Du nom de Melvin Calvin.)\n"
    )
    es = (
        "# Tema 5\n\n## 5.1 La neurona\n\nLa neurona envía señales por el axón.\n\n"
        "> **Comprueba:** ¿Por qué parte de la neurona salen las señales? *(Respuesta: por el axón)*\n"
    )
    de = (
        "# Vorlesung 4\n\n## 4.1 Glykolyse\n\nDie Glykolyse findet im Zytoplasma statt.\n\n"
        "> **Kurzer Check:** Wo findet die Glykolyse statt? *(Antwort: im Zytoplasma)*\n\n"
        "## 4.2 Citratzyklus\n\nDer Citratzyklus läuft in der Mitochondrienmatrix ab.\n\n"
        "Kurze Frage: Wo läuft der Citratzyklus ab? (Antwort: in der Mitochondrienmatrix)\n"
    )
    notes, _, said = built_notes(tmp_path, {"fr.md": fr, "es.md": es, "de.md": de})
    got = {note_front(n): note_back(n) for n in notes}
    assert got == {
        "3.1 Les chloroplastes": "La photosynthèse a lieu dans les chloroplastes.",
        "Quel pigment capte la lumière ?": "la chlorophylle",
        "3.2 Les deux phases": "Le cycle de Calvin fixe le CO2.",
        "Pourquoi la phase sombre s'appelle-t-elle aussi cycle de Calvin ?": "Du nom de Melvin Calvin.",
        "5.1 La neurona": "La neurona envía señales por el axón.",
        "¿Por qué parte de la neurona salen las señales?": "por el axón",
        "4.1 Glykolyse": "Die Glykolyse findet im Zytoplasma statt.",
        "Wo findet die Glykolyse statt?": "im Zytoplasma",
        "4.2 Citratzyklus": "Der Citratzyklus läuft in der Mitochondrienmatrix ab.",
        "Wo läuft der Citratzyklus ab?": "in der Mitochondrienmatrix",
    }, said


# --- T35-19 rest: a horizontal key table whose first cell is four words ('N° de la question') -------------------------


def test_a_horizontal_key_whose_first_cell_says_question_number_in_four_words(tmp_path: Path) -> None:
    """T35-19 read the row of numbers whatever its first cell's words, up to three: a French '| N° de la question | 1 |
    2 | 3 |' / '| Bonne réponse | a | b | b |' and a Spanish '| Número de la pregunta | …' were 'none marked correct'."""
    quiz = (
        "# QCM\n\n1. En quelle année a eu lieu la prise de la Bastille ?\n   a) 1789\n   b) 1815\n   c) 1848\n\n"
        "2. Qui était le premier empereur des Français ?\n   a) Louis XIV\n   b) Napoléon Ier\n   c) Charlemagne\n\n"
        "3. Quelle ville était la capitale de la France libre ?\n   a) Vichy\n   b) Londres\n   c) Alger\n\n"
        "## Corrigé\n\n| {head} | 1 | 2 | 3 |\n|---|---|---|---|\n| Bonne réponse | a | b | b |\n"
    )
    for head in ("N° de la question", "Número de la pregunta"):
        notes, _, said = built_notes(tmp_path / head, {"qcm.md": quiz.format(head=head)})  # (one deck each: they ask alike)
        assert [note_back(n) for n in notes] == ["A) 1789", "B) Napoléon Ier", "B) Londres"], said


# --- found fixed in sitting 41, held here: T31-60, T31-64, T35-1, T35-6, T35-21, T36-7 ---------------------------------


def test_an_answer_line_and_the_key_that_disagree_are_said_in_spanish_and_german(tmp_path: Path) -> None:
    """T31-60 with a Spanish Markdown quiz ('Respuesta: c' under question 2, '## Clave de respuestas' / '2. a') and a German
    text one ('Lösung: B' / 'Lösungen' / '1. C'): the card keeps the line under its question and both lines are named."""
    es = (
        "# Cuestionario\n\n1. ¿Cuál es la capital de Perú?\n   a) Quito\n   b) Lima\n   c) Bogotá\n   Respuesta: b\n\n"
        "2. ¿Qué río pasa por Sevilla?\n   a) Ebro\n   b) Tajo\n   c) Guadalquivir\n   Respuesta: c\n\n"
        "## Clave de respuestas\n\n1. b\n2. a\n"
    )
    de = (
        "Test Chemie\n\n1. Welches Element hat das Symbol O?\nA. Gold\nB. Sauerstoff\nC. Osmium\nLösung: B\n\n"
        "2. Was ist H2O?\nA. Wasser\nB. Salz\nC. Zucker\nLösung: A\n\nLösungen\n1. C\n2. A\n"
    )
    notes, _, said = built_notes(tmp_path, {"es.md": es, "de.txt": de})
    assert sorted(note_back(n) for n in notes) == ["A) Wasser", "B) Lima", "B) Sauerstoff", "C) Guadalquivir"]
    conflicts = sorted(s.split(": warning")[0] for s in said if "the answer key at line" in s)
    assert conflicts == ["sources/de.txt:16", "sources/de.txt:7", "sources/es.md:13", "sources/es.md:18"], said


def test_questions_and_sub_headings_inside_an_indented_answer_stay_in_it(tmp_path: Path) -> None:
    """T31-64, in the README's shape ('162. ### …?' over an answer indented five columns): the answer's list of questions
    (its rules of thumb) and its '### 2. **Two Phases of Rendering**' over '#### **A. Render Phase**' parts are the
    answer's, never questions 'with no answer' nor text in no card."""
    page = (TRIAL31 / "react-indented-answer-shape.md").read_text(encoding="utf-8")
    notes, skipped, said = built_notes(tmp_path, {"react.md": page})
    got = {note_front(n): note_back(n) for n in notes}
    assert list(got) == [
        "How do you pass numbers to a component?", "Do I need to keep all my state in Redux?", "How does React Fiber work?",
        "What is React.memo?",
    ], said
    assert got["Do I need to keep all my state in Redux?"].endswith("Is the same data driving several components?")
    fiber = got["How does React Fiber work?"]
    assert "React builds a work-in-progress Fiber tree" in fiber and "applies the changes to the DOM" in fiber
    assert fiber.endswith("Each Fiber is a unit of work the scheduler can interrupt.")
    assert not skipped and not [s for s in said if "no answer" in s or "outside" in s], said


TRIAL35 = Path(__file__).parent / "data" / "trials" / "trial35"
TRIAL36 = Path(__file__).parent / "data" / "trials" / "trial36"


def test_trial35_and_36_reproducers_still_read_right(tmp_path: Path) -> None:
    """The reproducers of T35-1 (placeholder answers over a links list: no card, said), T35-6 (bare letters two to a line:
    keyed cards) and T36-7 (a header naming languages: read as the header, said) build as their fixes left them."""
    notes, skipped, said = built_notes(tmp_path / "t35-1", {"d.md": TRIAL35 / "t35-1-details-placeholder-links" / "details-placeholder-with-links.md"})
    assert [note_front(n) for n in notes] == ["How do you get help on the command line?"]
    assert len(skipped) == 3 and len([s for s in said if "placeholder answer" in s or "only a link elsewhere" in s]) == 3, said
    notes, _, said = built_notes(tmp_path / "t35-6", {"p.txt": TRIAL35 / "t35-6-bare-letters-two-per-line" / "bare-letters-two-per-line.txt"})
    assert [(n["kind"], note_back(n)) for n in notes] == [
        ("multiple_choice", "C) mitochondrion"), ("multiple_choice", "A) glucose"), ("multiple_choice", "C) carry oxygen")
    ], said
    notes, _, said = built_notes(tmp_path / "t36-7", {"yo.tsv": TRIAL36 / "t36-7-language-name-headers" / "yo-vocab.tsv"})
    assert "Yorùbá" not in [note_front(n) for n in notes] and "ọmọ" in [note_front(n) for n in notes]
    assert [s for s in said if "read its first row as the header" in s], said


def test_a_word_table_bank_in_french_spanish_and_italian(tmp_path: Path) -> None:
    """T35-21's Word table (no row marked as the header) with its columns named in French, Spanish and Italian, under a
    title paragraph or not: a keyed multiple-choice card per row."""
    from test_docx import paragraph, write_docx

    def table(rows: list[list[str]]) -> str:
        return "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in r) + "</w:tr>" for r in rows) + "</w:tbl>"

    banks = {
        "fr": ("Banque de questions", [["N°", "Question", "A", "B", "C", "Réponse"], ["1", "Quel organe pompe le sang ?", "poumons", "cœur", "foie", "B"], ["2", "Quel gaz les plantes rejettent-elles ?", "oxygène", "azote", "hélium", "A"]]),
        "es": ("Banco de preguntas", [["Nº", "Pregunta", "A", "B", "C", "Respuesta"], ["1", "¿Qué órgano bombea la sangre?", "pulmones", "corazón", "hígado", "B"], ["2", "¿Qué gas liberan las plantas?", "oxígeno", "nitrógeno", "helio", "A"]]),
        "it": ("", [["N.", "Domanda", "A", "B", "C", "Risposta"], ["1", "Quale organo pompa il sangue?", "polmoni", "cuore", "fegato", "B"], ["2", "Quale gas rilasciano le piante?", "ossigeno", "azoto", "elio", "A"]]),
    }
    for lang, (title, rows) in banks.items():
        write_docx(tmp_path / f"{lang}.docx", ([paragraph(title)] if title else []) + [table(rows)])
        notes, _, said = built_notes(tmp_path / lang, {f"bank-{lang}.docx": tmp_path / f"{lang}.docx"})
        assert [(n["kind"], note_front(n), note_back(n)) for n in notes] == [
            ("multiple_choice", rows[1][1], f"B) {rows[1][3]}"), ("multiple_choice", rows[2][1], f"A) {rows[2][2]}")
        ], said


def test_a_placeholder_answer_in_another_language_makes_no_card(tmp_path: Path) -> None:
    """T35-1's family in Spanish, French and German: 'Por completar.' over 'Recursos útiles:' links, 'À compléter.' over
    'Ressources utiles :' links, 'Zu ergänzen.' under a heading question were cards teaching nothing; each is a
    placeholder now, said at its line and skipped. A word that only looks so ('La pendiente', 'Próximamente llegará el
    tren a las tres') stays an answer."""
    es = (
        "# Sistemas\n\n<details><summary><b>¿Cómo funciona el planificador de procesos?</b></summary>\n\nPor completar.\n\n"
        "Recursos útiles:\n\n- [Procesos en Linux](https://example.org/procesos)\n\n</details>\n\n"
        "<details><summary><b>¿Cómo se llama m en y = mx + b?</b></summary>\n\nLa pendiente\n\n</details>\n\n"
        "<details><summary><b>¿Cuándo llega el tren?</b></summary>\n\nPróximamente llegará el tren a las tres.\n\n</details>\n"
    )
    fr = (
        "# Système\n\n<details><summary><b>Comment le noyau crée-t-il un processus ?</b></summary>\n\nÀ compléter.\n\n"
        "Ressources utiles :\n\n- [Les processus Linux](https://example.org/proc)\n\n</details>\n\n"
        "<details><summary><b>À quoi sert la commande man ?</b></summary>\n\nElle affiche le manuel d'une commande.\n\n</details>\n"
    )
    de = "## Fragen\n\n### Wie erzeugt der Kernel einen Prozess?\n\nZu ergänzen.\n\n### Wofür steht DNS?\n\nDomain Name System.\n"
    notes, skipped, said = built_notes(tmp_path, {"es.md": es, "fr.md": fr, "de.md": de})
    assert sorted(note_back(n) for n in notes) == [
        "Domain Name System.", "Elle affiche le manuel d'une commande.", "La pendiente", "Próximamente llegará el tren a las tres."
    ], said
    assert sorted(s["question"] for s in skipped) == [
        "Comment le noyau crée-t-il un processus\u202f?", "Wie erzeugt der Kernel einen Prozess?", "¿Cómo funciona el planificador de procesos?"
    ]
    assert len([s for s in said if "placeholder answer" in s]) == 3, said


def test_a_two_question_paper_with_its_options_in_a_grid(tmp_path: Path) -> None:
    """T35-6's grid ('A Zellkern   B Ribosom' / 'C Mitochondrium   D Zellwand') on a German paper of two questions was
    'cannot tell this document's layout' (three were read): the guess counted each row of the grid as one option, so the
    first question's run took the second question's line. Both keyed."""
    page = (
        "Biologie Klassenarbeit\n\n1 Welches Organell ist das Kraftwerk der Zelle?\nA Zellkern   B Ribosom\n"
        "C Mitochondrium   D Zellwand\n\n2 Wo liegt die DNA?\nA im Zellkern   B in der Zellwand\nC im Zytoplasma   D in der Vakuole\n\n"
        "Lösungen\n1 C\n2 A\n"
    )
    notes, _, said = built_notes(tmp_path, {"raster.txt": page})
    assert [(note_front(n), note_back(n), _options(n)) for n in notes] == [
        ("Welches Organell ist das Kraftwerk der Zelle?", "C) Mitochondrium", ["A) Zellkern", "B) Ribosom", "C) Mitochondrium", "D) Zellwand"]),
        ("Wo liegt die DNA?", "A) im Zellkern", ["A) im Zellkern", "B) in der Zellwand", "C) im Zytoplasma", "D) in der Vakuole"]),
    ], said


def test_points_written_p_with_its_dot_are_off_the_front(tmp_path: Path) -> None:
    """T31-4's Klausur prints its points '(2 P.)' after each part, a Spanish exam '(1,5 p.)': marking, off the front as
    '(2 marks)', '(2 Punkte)' already were; a bare '(2p)', an orbital, stays."""
    page = (
        "# Test\n\n1. Wandeln Sie 45 in eine Binärzahl um. (2 P.)\n\n   101101\n\n2. ¿Qué enlace hay en el NaCl? (1,5 p.)\n\n"
        "   Iónico.\n\n3. Which orbital fills after 2s (2p)?\n\n   2p\n"
    )
    notes, _, said = built_notes(tmp_path, {"test.md": page})
    assert [note_front(n) for n in notes] == [
        "Wandeln Sie 45 in eine Binärzahl um.", "¿Qué enlace hay en el NaCl?", "Which orbital fills after 2s (2p)?"
    ], said
