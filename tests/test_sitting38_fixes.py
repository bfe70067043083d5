"""Thirty-eighth sitting, helper "fixes": open findings of trials 31–37 fixed (nested Obsidian callouts holding
multiple choice, T37-15; …)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

TRIAL = Path(__file__).parent / "data" / "trials" / "trial37"

# --- T37-15: a callout that only groups question callouts -----------------------------------------------------------


def test_nested_callouts_holding_fill_in_the_blank_multiple_choice_are_cards(tmp_path: Path) -> None:
    """T37-15 (high): '> [!QUESTION]- Post assessment' over '> > [!QUESTION] A hardware MFA … _ MFA.' / '> > - [x] virtual'
    was one question with no answer, the questions inside it no card (0 cards, 'question has no answer' 4 times)."""
    notes, _, said = built_notes(tmp_path, {"iam.md": TRIAL / "t37-15-nested-callout-mcq" / "en-obsidian-nested-mcq.md"})
    assert [(n["kind"], note_front(n), note_back(n), n["fields"].get("Section")) for n in notes] == [
        ("multiple_choice", "A hardware MFA has a smaller attack surface than a _ MFA.", "A) virtual", "Post assessment"),
        ("multiple_choice", "The root account should have _ access keys.", "C) no", "Post assessment"),
    ], said
    assert [plain_text(o) for o in notes[0]["fields"]["Options"].split("</li>")[:-1]] == ["A) virtual", "B) physical", "C) biometric"]
    assert not any("no answer" in s or "headings" in s for s in said), said


def test_a_mkdocs_question_box_of_question_boxes_reads_the_same(tmp_path: Path) -> None:
    """T37-15: the MkDocs form of the same group ('??? question "Quiz"' over indented '!!! question "…?"' boxes, each
    with its answer) gives a card per inner box, the group's title their Section."""
    page = (
        "# Networking\n\n??? question \"Quiz\"\n\n    !!! question \"What does TCP guarantee?\"\n        Ordered, reliable delivery.\n\n"
        "    !!! question \"What does UDP leave out?\"\n        Retransmission and ordering.\n"
    )
    notes, _, said = built_notes(tmp_path, {"net.md": page})
    assert [(note_front(n), note_back(n), n["fields"].get("Section")) for n in notes] == [
        ("What does TCP guarantee?", "Ordered, reliable delivery.", "Quiz"),
        ("What does UDP leave out?", "Retransmission and ordering.", "Quiz"),
    ], said


def test_a_group_with_text_after_it_leaves_its_title_out_of_the_cards_after(tmp_path: Path) -> None:
    """T37-15: a group box followed, in the same section, by another question: the questions inside are cards, and the
    group's title is not the Section of the question after it (it would be, read as a heading)."""
    page = (
        "# Networking\n\n## Transport\n\n> [!example]- Review questions\n> > [!question]- What does TCP guarantee?\n"
        "> > Ordered, reliable delivery.\n>\n> > [!question]- What does UDP leave out?\n> > Retransmission and ordering.\n\n"
        "> [!question]- What is a port?\n> A number naming a service on a host.\n"
    )
    notes, _, said = built_notes(tmp_path, {"net.md": page})
    assert [(note_front(n), note_back(n), n["fields"].get("Section")) for n in notes] == [
        ("What does TCP guarantee?", "Ordered, reliable delivery.", "Transport"),
        ("What does UDP leave out?", "Retransmission and ordering.", "Transport"),
        ("What is a port?", "A number naming a service on a host.", "Transport"),
    ], said


def test_a_question_callout_with_a_hint_callout_inside_is_still_one_card(tmp_path: Path) -> None:
    """T37-15's rule reads only boxes that hold nothing but boxes: a question whose answer has a nested tip stays one
    card, the tip on its back."""
    page = "# Networking\n\n> [!question]- What is a port?\n> A number naming a service on a host.\n> > [!tip] Think of flat numbers.\n"
    notes, _, said = built_notes(tmp_path, {"net.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is a port?", "A number naming a service on a host. Think of flat numbers."),
    ], said


# --- T37-10: a row of options whose last option the page wrapped --------------------------------------------------


def test_a_row_of_options_whose_last_option_wraps_keeps_it_whole(tmp_path: Path) -> None:
    """T37-10 (medium): 'α) … β) … γ) … δ) Μάχη της' / 'Κρήτης' (a PDF's row wrapped where the page ended): option δ was
    cut to 'Μάχη της' and 'Κρήτης' was the card's Explanation. In Greek and in English."""
    english = (
        "History test\n\n3. Which battle was fought in 1827?\n"
        "a) Battle of Thermopylae   b) Battle of Navarino   c) Battle of Marathon   d) Battle of\nCrete\n\n"
        "4. In which year did the Greek Revolution begin?\na) 1800   b) 1821   c) 1830   d) 1912\n\nAnswers: 3-b, 4-b\n"
    )
    greek = TRIAL / "t37-10-pdf-option-row-wrapped" / "el-wrapped-row.txt"
    notes, _, said = built_notes(tmp_path, {"el.txt": greek, "en.txt": english})
    got = {(n["items"][0]["file"], note_front(n)): n for n in notes}
    assert len(got) == 4, said
    battle = got[("sources/el.txt", "Ποια μάχη έγινε το 1827;")]
    assert plain_text(battle["fields"]["Options"]).endswith("δ) Μάχη της Κρήτης"), battle["fields"]
    assert not battle["fields"].get("Explanation"), battle["fields"]
    assert note_back(battle) == "β) Ναυμαχία του Ναβαρίνου"
    crete = got[("sources/en.txt", "Which battle was fought in 1827?")]
    assert plain_text(crete["fields"]["Options"]).endswith("D) Battle of Crete") and not crete["fields"].get("Explanation")
    assert note_back(got[("sources/en.txt", "In which year did the Greek Revolution begin?")]) == "B) 1821"


def test_a_sentence_under_a_row_of_options_stays_its_explanation(tmp_path: Path) -> None:
    """T37-10's rule joins only a few words with no full stop: a sentence right under a wide row, or a word under a
    short row, is not an option's text."""
    page = (
        "1. Which battle was fought in 1827?\n"
        "a) Battle of Thermopylae   b) Battle of Navarino   c) Battle of Marathon   d) Battle of Crete\n"
        "The allied fleets sank the Ottoman navy there.\n\n"
        "2. Which year did the revolution begin?\na) 1800   b) 1821   c) 1830\nSpring\n\nAnswers: 1-b, 2-b\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.txt": page})
    assert [(note_front(n), plain_text(n["fields"]["Options"]).split(")")[-1].strip(), plain_text(n["fields"].get("Explanation", ""))) for n in notes] == [
        ("Which battle was fought in 1827?", "Battle of Crete", "The allied fleets sank the Ottoman navy there."),
        ("Which year did the revolution begin?", "1830", "Spring"),
    ], said


# --- T37-11: a header row of names no list knows, and the backs it labels ------------------------------------------


def _workbook(path: Path, rows: list[list[str]]) -> Path:
    """A one-sheet .xlsx of ``rows`` (openpyxl, as Excel writes one)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


DRUGS = [
    ["Metformina", "Biguanide", "Riduce la gluconeogenesi epatica"],
    ["Furosemide", "Diuretico dell'ansa", "Inibisce il cotrasportatore Na-K-2Cl"],
    ["Atorvastatina", "Statina", "Inibisce la HMG-CoA reduttasi"],
]


def test_a_workbook_headed_by_names_no_list_knows_labels_every_value_on_the_back(tmp_path: Path) -> None:
    """T37-11 (medium): 'Farmaco | Classe | Meccanismo d'azione' was a card ('Farmaco' -> 'Classe / Meccanismo d'azione')
    and the backs listed the values unlabelled. The header row is no card, and each value on the back is named by it;
    the CSV the same."""
    book = _workbook(tmp_path / "it-farmaci.xlsx", [["Farmaco", "Classe", "Meccanismo d'azione"], *DRUGS])
    csv = TRIAL / "t37-11-unknown-header-names" / "it-farmaci.csv"
    expected = [
        ("Metformina", "Classe: Biguanide Meccanismo d'azione: Riduce la gluconeogenesi epatica"),
        ("Furosemide", "Classe: Diuretico dell'ansa Meccanismo d'azione: Inibisce il cotrasportatore Na-K-2Cl"),
        ("Atorvastatina", "Classe: Statina Meccanismo d'azione: Inibisce la HMG-CoA reduttasi"),
    ]
    for name, page in (("farmaci.xlsx", book), ("farmaci.csv", csv)):  # (two decks: the same rows in one would merge)
        notes, _, said = built_notes(tmp_path / name, {name: page})
        assert [(note_front(n), note_back(n)) for n in notes] == expected, said
        assert not any("row has 3 fields" in s for s in said), said
        assert any(s.startswith(f"sources/{name}:1: warning: read its first row as the header") for s in said), said


def test_header_names_in_small_letters_or_of_three_words_are_a_header(tmp_path: Path) -> None:
    """T37-11, the general rule: a first row of short names (up to three words, no digit, no sentence's stop), none found
    again below, over rows unlike it — in small letters over rows in capitals, or capitalised over longer values — is the
    header, said at its line."""
    body = "".join(",".join(f'"{c}"' if "," in c else c for c in row) + "\n" for row in DRUGS)
    pages = {"lower.csv": "farmaco,classe,meccanismo d'azione\n" + body, "three.csv": "Farmaco,Classe terapeutica,Meccanismo di azione\n" + body}
    notes, _, said = built_notes(tmp_path, pages)
    backs = {(n["items"][0]["file"], note_front(n)): note_back(n) for n in notes}
    assert len(backs) == 6 and ("sources/lower.csv", "farmaco") not in backs, said
    assert backs[("sources/lower.csv", "Atorvastatina")] == "Classe: Statina Meccanismo d'azione: Inibisce la HMG-CoA reduttasi"
    assert backs[("sources/three.csv", "Metformina")] == "Classe terapeutica: Biguanide Meccanismo di azione: Riduce la gluconeogenesi epatica"
    assert any(s.startswith("sources/lower.csv:1: warning: read its first row as the header naming the columns (farmaco | classe") for s in said), said


def test_a_list_in_small_letters_and_a_known_answer_column_stay_as_they_were(tmp_path: Path) -> None:
    """T37-11's other side: a list all in small letters keeps its first row as a card; a header whose answer column is
    known ('Term,Definition,Example') leaves the answer bare, only the further columns labelled."""
    pages = {
        "words.csv": "hund,dog,der hund\nkatt,cat,die katze\nhus,house,das haus\nbok,book,das buch\n",
        "terms.csv": "Term,Definition,Example\nosmosis,water crossing a membrane,a raisin swelling in water\n"
        "diffusion,spreading from high to low concentration,perfume filling a room\n",
    }
    notes, _, said = built_notes(tmp_path, pages)
    words = [note_front(n) for n in notes if n["items"][0]["file"] == "sources/words.csv"]
    assert words == ["hund", "katt", "hus", "bok"], said
    terms = {note_front(n): note_back(n) for n in notes if n["items"][0]["file"] == "sources/terms.csv"}
    assert terms["osmosis"] == "water crossing a membrane Example: a raisin swelling in water", said


# --- T37-14: a question that names no subject carries its page's title ---------------------------------------------


def test_callout_questions_naming_no_subject_carry_the_notes_title(tmp_path: Path) -> None:
    """T37-14 (medium): '> [!question]- C'est quoi ?' / 'À quoi ça sert ?' under '## Théorie' of a note per IntelliJ
    feature: the fronts said only 'C'est quoi ?' over 'Théorie'; the note's title, the only place the subject is named,
    was on no card. It leads the context line now; the front and the note id stay the same."""
    page = TRIAL / "t37-14-callout-questions-without-subject" / "fr-obsidian-callout-generic.md"
    notes, _, said = built_notes(tmp_path, {"recherche.md": page})
    assert [(plain_text(n["fields"]["Section"]), note_front(n)) for n in notes] == [
        ("Recherche et navigation dans IntelliJ › Théorie", "C'est quoi ?"),
        ("Recherche et navigation dans IntelliJ › Théorie", "À quoi ça sert ?"),
    ], said
    assert [n["id"] for n in notes] == ["recherche/c-est-quoi", "recherche/a-quoi-ca-sert"]
    assert all(t != "deckc::section::recherche::recherche-et-navigation-dans-intellij" for n in notes for t in n["tags"])


def test_questions_naming_no_subject_in_other_languages_and_the_ones_that_name_one(tmp_path: Path) -> None:
    """T37-14's rule: only question words, pronouns, articles and light verbs ('What is it used for?', 'Wozu dient das?',
    '¿Para qué sirve?', '这是什么？'); a question naming anything ('What is a port?') keeps its context line as it was."""
    from compiler.subjectless import names_no_subject

    assert all(map(names_no_subject, ["What is it used for?", "How does it work?", "Wozu dient das?", "¿Para qué sirve?", "Что это такое?", "这是什么？", "Qu'est-ce que c'est ?"]))
    assert not any(map(names_no_subject, ["What is a port?", "Wozu dient der Debugger?", "What is it", "C'est quoi une closure ?"]))
    page = "# Docker volumes\n\n## Basics\n\n**What is it used for?**\n\nKeeping data past a container's life.\n\n**What is a bind mount?**\n\nA host folder mounted in.\n"
    notes, _, said = built_notes(tmp_path, {"volumes.md": page})
    assert [(plain_text(n["fields"]["Section"]), note_front(n)) for n in notes] == [
        ("Docker volumes › Basics", "What is it used for?"),
        ("Basics", "What is a bind mount?"),
    ], said


# --- T37-2 remainder: a bank's options keep the letters its columns are named by -----------------------------------


def test_a_bank_lettered_in_cyrillic_or_greek_shows_its_own_letters(tmp_path: Path) -> None:
    """T37-2 remainder: a bank whose option columns are 'А | Б | В | Г' (or 'Α | Β | Γ | Δ'), keyed 'Б', showed its options
    lettered A–D and the answer 'B) Астана': a learner checking the key 'Б' found no Б on the card. The card shows the
    bank's letters, in a CSV, a workbook and a Markdown table alike."""
    kk = TRIAL / "t37-2-cyrillic-option-columns" / "kk-test.csv"
    book = _workbook(tmp_path / "ru.xlsx", [["№", "Вопрос", "А", "Б", "В", "Г", "Ответ"], ["1", "Столица Казахстана?", "Алматы", "Астана", "Шымкент", "Караганда", "Б"]])
    table = "# Τεστ\n\n| Ερώτηση | Α | Β | Γ | Δ | Απάντηση |\n| --- | --- | --- | --- | --- | --- |\n| Πόσες ημέρες έχει η εβδομάδα; | πέντε | έξι | επτά | οκτώ | Γ |\n"
    notes, _, said = built_notes(tmp_path / "deck", {"kk.csv": kk, "ru.xlsx": book, "el.md": table})
    got = {note_front(n): (plain_text(n["fields"]["Options"]), note_back(n)) for n in notes}
    assert got["Қазақстанның астанасы қай қала?"] == ("А) Алматы Б) Астана В) Шымкент Г) Қарағанды", "Б) Астана"), said
    assert got["Столица Казахстана?"] == ("А) Алматы Б) Астана В) Шымкент Г) Караганда", "Б) Астана"), said
    assert got["Πόσες ημέρες έχει η εβδομάδα;"] == ("Α) πέντε Β) έξι Γ) επτά Δ) οκτώ", "Γ) επτά"), said


# --- T37-13 (found fixed): an explanation keeps the code it opens with ----------------------------------------------


def test_an_explanation_opening_with_the_right_options_code_keeps_it(tmp_path: Path) -> None:
    """T37-13 (low): '**B.** `floor()` arredonda cada amostra …' in the answer toggle lost '`floor()`' ('arredonda cada
    amostra para o inteiro inferior.'); only the key's letter leaves now (fixed before this sitting, held here)."""
    notes, _, said = built_notes(tmp_path, {"quiz.md": TRIAL / "t37-13-explanation-loses-code" / "pt-quiz-details.md"})
    got = {note_front(n): (note_back(n), plain_text(n["fields"].get("Explanation", ""))) for n in notes}
    assert got["Qual função arredonda para baixo?"] == ("B) floor()", "floor() arredonda cada amostra para o inteiro inferior."), said
    assert got["O que abs(-3) devolve?"] == ("C) 3", "O valor absoluto de -3 é 3."), said
