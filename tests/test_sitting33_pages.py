"""Thirty-third sitting, pages: open findings of trials 31 and 32 about pages (a group heading with its marks, a
flashcard site's set page copied whole, HTML lists inside Markdown, headings over prose, word lists)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

# --- T32-21: a question group's heading between an answer and the next question is a section --------------------

NCERT = (
    "Chapter 8 – Cell: The Unit of Life\nVery Short Answer Type Questions (1 mark each)\n\n"
    "Q1. Who discovered the cell? [1]\nAns. Robert Hooke in 1665.\n\n"
    "Q2. Name the largest cell in the human body. [1]\nAns. The ovum.\n\n"
    "Short Answer Type Questions (3 marks each)\n\n"
    "Q3. Differentiate between prokaryotic and eukaryotic cells. (3 marks)\nAns. Prokaryotes lack a true nucleus.\n\n"
    "Q4. Why is the mitochondrion called the powerhouse of the cell? (2 marks)\nAns. It makes most of the cell's ATP.\n"
)
KURZFRAGEN = (
    "Biologie – Kapitel 4\n\nFrage 1: Wer entdeckte die Zelle?\nAntwort: Robert Hooke.\n\n"
    "Frage 2: Was ist die größte Zelle des Menschen?\nAntwort: Die Eizelle.\n\n"
    "Ausführliche Fragen (je 3 Punkte)\n\n"
    "Frage 3: Was unterscheidet Prokaryoten von Eukaryoten?\nAntwort: Prokaryoten haben keinen Zellkern.\n\n"
    "Frage 4: Warum heißt das Mitochondrium Kraftwerk der Zelle?\nAntwort: Es bildet das meiste ATP.\n"
)


def test_a_question_groups_heading_with_its_marks_is_a_section_not_the_answer_above(tmp_path: Path) -> None:
    """T32-21 (medium): 'Short Answer Type Questions (3 marks each)' between Q2's answer and Q3 was glued onto
    Q2's back ('The ovum. Short Answer Type Questions (3 marks each)'): the marks in brackets after a group's title
    kept it from being read as one. It is the section of the questions under it (its marks no part of the name, as
    a count is not), in any language; the marks after the questions go alike, '[1]' as '(3 marks)'."""
    notes, _, _ = built_notes(tmp_path, {"ncert.txt": NCERT, "kurz.txt": KURZFRAGEN})
    got = {note_front(n): (note_back(n), n["items"][0]["section"]) for n in notes}
    assert got["Who discovered the cell?"] == ("Robert Hooke in 1665.", ["Chapter 8 – Cell: The Unit of Life"])
    assert got["Name the largest cell in the human body."] == ("The ovum.", ["Chapter 8 – Cell: The Unit of Life"])
    assert got["Differentiate between prokaryotic and eukaryotic cells."][1] == ["Short Answer Type Questions"]
    assert got["Was ist die größte Zelle des Menschen?"][0] == "Die Eizelle."
    assert got["Warum heißt das Mitochondrium Kraftwerk der Zelle?"] == ("Es bildet das meiste ATP.", ["Ausführliche Fragen"])


# --- T31-33: a flashcard site's set page copied with Ctrl+A: its menu and its boxes of other sets are furniture ------

QUIZLET = (
    "Cell Biology Unit 2\nFlashcards\nLearn\nTest\nMatch\nTerms in this set (5)\n\n"
    "nucleus\ncontrol center of the cell; contains DNA\n\nribosome\nmakes proteins\n\n"
    "mitochondria\nproduces energy (ATP) through cellular respiration\n\n"
    "cell membrane\ncontrols what enters and leaves the cell\n\nvacuole\nstores water, food and waste\n\n"
    "Students also viewed\nCell Organelles Quiz\n24 terms\n"
)
# (as a page is copied today: the modes on one line, the first card's preview, its author, boxes of other sets)
PREVIEWED = (
    "AP Bio Unit 1 Chemistry of Life\nFlashcards Learn Test Match Q-Chat\nGet a hint\nhydrogen bond\n"
    "Click the card to flip 👆\nweak attraction between a slightly positive hydrogen atom and a negative atom\n"
    "Click the card to flip 👆\n1 / 3\nCreated by\nmrsbio\nTerms in this set (3)\n\n"
    "hydrogen bond\nweak attraction between a slightly positive hydrogen atom and a negative atom\n\n"
    "cohesion\nattraction between molecules of the same substance\n\n"
    "polar molecule\na molecule with an unequal distribution of charge\n\n"
    "Students also viewed\nAP Bio Unit 2 Cells\n48 terms\nbioguy\nPreview\nOther sets by this creator\n"
    "Unit 3 Vocab\n31 terms\nmrsbio\nPreview\n"
)
KARTEIKARTEN = (
    "Spanisch Vokabeln Lektion 4\nKarteikarten\nLernen\nTest\nZuordnen\nErstellt von\nlehrerin_mueller\n"
    "Begriffe in diesem Set (3)\n\nla cocina\ndie Küche\n\nel salón\ndas Wohnzimmer\n\nla ventana\ndas Fenster\n\n"
    "Andere Nutzer haben sich auch angesehen\nSpanisch Lektion 3\n42 Begriffe\nsofia_b\nVorschau\n"
)
# (the terms copied without a blank line, the box run into the last one: the set's count tells the pairs)
SANS_BLANCS = (
    "Vocabulaire anglais – Unité 7\nCartes\nApprendre\nTest\nAssocier\nTermes de cette série (3)\n"
    "the weather\nla météo\na storm\nune tempête\nthe fog\nle brouillard\n"
    "Les étudiants ont également consulté\nAnglais Unité 6\n38 termes\n"
)


def test_a_set_page_copied_whole_is_its_terms_without_its_menu_or_other_sets(tmp_path: Path) -> None:
    """T31-33 (high): a Quizlet set page copied with Ctrl+A gave, beside its 5 terms, a card 'Cell Biology Unit 2' →
    'Flashcards Learn Test Match Terms in this set (5)' and a card 'Students also viewed' → 'Cell Organelles Quiz 24
    terms'. The mode buttons (a line each or one line), the first card's preview, the author and the set's count over
    the terms, and the boxes of other sets with their term counts under them, are the page's: no card, in the
    languages the site is shown in; the title is the terms' section."""
    files = {"bio.txt": QUIZLET, "apbio.txt": PREVIEWED, "spanisch.txt": KARTEIKARTEN, "anglais.txt": SANS_BLANCS}
    notes, skipped, said = built_notes(tmp_path, files)
    got = {n["items"][0]["source"]: [] for n in notes}
    for n in notes:
        got[n["items"][0]["source"]].append((note_front(n), note_back(n)))
    assert got["bio"] == [
        ("nucleus", "control center of the cell; contains DNA"),
        ("ribosome", "makes proteins"),
        ("mitochondria", "produces energy (ATP) through cellular respiration"),
        ("cell membrane", "controls what enters and leaves the cell"),
        ("vacuole", "stores water, food and waste"),
    ]
    assert [f for f, _ in got["apbio"]] == ["hydrogen bond", "cohesion", "polar molecule"]
    assert got["spanisch"] == [("la cocina", "die Küche"), ("el salón", "das Wohnzimmer"), ("la ventana", "das Fenster")]
    assert got["anglais"] == [("the weather", "la météo"), ("a storm", "une tempête"), ("the fog", "le brouillard")]
    sections = {n["items"][0]["source"]: n["items"][0]["section"] for n in notes}
    assert sections["bio"] == ["Cell Biology Unit 2"] and sections["anglais"] == ["Vocabulaire anglais – Unité 7"]
    assert not skipped and not [s for s in said if "warning" in s and "not listed in deck.toml" not in s], said


def test_a_title_over_pairs_in_plain_text_is_their_section(tmp_path: Path) -> None:
    """T31-33: a title written as a heading over questions each over its answer (a first .txt) made the file 'cannot
    tell this document's layout'; the title is their section. A page without a set's menu keeps lines that look like
    one (a plain line over the pairs is left as it was: 'Notes' over 'Problem 1.' / 'Solution:' is a pattern's)."""
    page = (
        "# Biología – Tema 3\n\n¿Qué es la fotosíntesis?\nEl proceso por el que las plantas producen glucosa.\n\n"
        "¿Dónde ocurre?\nEn los cloroplastos.\n\n¿Qué gas se libera?\nOxígeno.\n"
    )
    tests = "Unit test\nA test of one unit of code in isolation\n\nMatch\nA pattern found in a string\n\nLearn rate\nThe step size of gradient descent\n"
    notes, skipped, _ = built_notes(tmp_path, {"bio.txt": page, "terms.txt": tests})
    got = {note_front(n): (note_back(n), n["items"][0]["section"]) for n in notes}
    assert got["¿Dónde ocurre?"] == ("En los cloroplastos.", ["Biología – Tema 3"])
    assert len(got) == 6 and got["Match"][0] == "A pattern found in a string" and not skipped


# --- T32-27: a list of questions written in HTML inside Markdown is said as one, never a card of them all ----------

RTL_QUESTIONS = (
    '---\ntitle: שאלות לראיון\nlang: he\n---\n\n<div dir="rtl">\n<h1>שאלות לראיון</h1>\n<p>רשימת שאלות לראיונות עבודה.</p>\n\n'
    '<h3 id="general">שאלות כלליות:</h3>\n<ul>\n  <li>מה למדת בשבוע האחרון?</li>\n  <li>מה מרגש אותך בתכנות?</li>\n'
    "  <li>ספר/י על אתגר טכני שחווית לאחרונה.</li>\n</ul>\n\n"
    '<h3 id="css">שאלות CSS:</h3>\n<ul>\n  <li>מהי ספציפיות של סלקטור?</li>\n  <li>מה ההבדל בין em ל-rem?</li>\n</ul>\n</div>\n'
)
ARABIC_QUESTIONS = (
    '<div dir="rtl">\n<h1>أسئلة مقابلات البرمجة</h1>\n\n<h2>أسئلة عامة</h2>\n<ol>\n  <li>ما الفرق بين العملية والخيط؟</li>\n'
    "  <li>ما هو الجمود؟</li>\n  <li>لماذا نستخدم الفهارس في قواعد البيانات؟</li>\n</ol>\n</div>\n"
)
# (the same wrapper around questions each answered: cards, the wrapper said nowhere)
PERSIAN_ANSWERED = (
    '<div dir="rtl">\n<h1>پرسش و پاسخ شبکه</h1>\n\n<h3>تفاوت TCP و UDP چیست؟</h3>\n<p>TCP اتصال‌گرا است؛ UDP نیست.</p>\n\n'
    "<h3>DNS چگونه کار می‌کند؟</h3>\n<p>نام دامنه را به نشانی IP ترجمه می‌کند.</p>\n</div>\n"
)


def test_questions_listed_in_html_inside_markdown_are_said_as_a_list_without_answers(tmp_path: Path) -> None:
    """T32-27 (medium): a questions-only page written in HTML inside Markdown (`<div dir="rtl">`, `<h3>` topics,
    `<ul><li>…?</li>`: a translated interview README) was ONE note whose back was every question, with a literal '#';
    its Markdown form is said as 'a list of N questions and no answers'. The HTML form is read as the Markdown it
    shows and said alike, once with the count; a `<div dir="rtl">` wrapper around answered questions is no text."""
    notes, _, said = built_notes(tmp_path, {"he.md": RTL_QUESTIONS, "ar.md": ARABIC_QUESTIONS, "fa.md": PERSIAN_ANSWERED})
    assert {note_front(n): note_back(n) for n in notes} == {
        "تفاوت TCP و UDP چیست؟": "TCP اتصال‌گرا است؛ UDP نیست.",
        "DNS چگونه کار می‌کند؟": "نام دامنه را به نشانی IP ترجمه می‌کند.",
    }
    listed = [s for s in said if "questions and no answers" in s]
    assert any(s.startswith("sources/he.md:12: warning: a list of 5 questions and no answers") for s in listed), said
    assert any(s.startswith("sources/ar.md:6: warning: a list of 3 questions and no answers") for s in listed), said
    assert len(listed) == 2 and not any("fa.md" in s and "outside" in s for s in said), said


# --- T31-64 part b: headings inside a listed question's answer stay its parts, whatever the page's question levels --

LISTED_LEVELS = (
    "## Miscellaneous\n\n1. ### What are the main features of Reselect?\n\n   Selectors compute derived data.\n\n"
    "2. #### Give an example of Reselect usage?\n\n   `createSelector(items, list => list.length)`\n\n"
    "3. ### How does React Fiber work?\n\n   React Fiber is the core engine of React:\n\n"
    "   ### 1. **Fiber Tree Structure**\n\n   Each component is a Fiber node in a tree.\n\n"
    "   ### 2. **Two Phases of Rendering**\n\n     #### **A. Render Phase**\n\n   React builds a work-in-progress Fiber tree.\n\n"
    "     #### **B. Commit Phase**\n\n   React applies the changes to the real DOM.\n\n"
    "4. ### What is the useId hook?\n\n   It generates unique ids.\n"
)
EBENEN = (
    "# Datenbanken\n\n1. ### Was ist eine Transaktion?\n\n   Eine Folge von Operationen, ganz oder gar nicht.\n\n"
    "2. #### Nennen Sie ein Beispiel für eine Transaktion?\n\n   Eine Überweisung.\n\n"
    "3. ### Wie funktioniert ein B-Baum?\n\n   Er hält seine Schlüssel sortiert:\n\n   ### 1. Aufbau\n\n   Knoten mit t-1 bis 2t-1 Schlüsseln.\n\n"
    "   ### 2. Operationen\n\n   #### a) Einfügen\n\n   Ein voller Knoten wird geteilt.\n\n"
    "   #### b) Löschen\n\n   Ein zu leerer Knoten leiht sich einen Schlüssel.\n"
)


def test_headings_inside_a_listed_questions_answer_stay_its_parts(tmp_path: Path) -> None:
    """T31-64 part b (severe): in a README of '309. ### How does React Fiber works?' entries, one entry's
    '### 2. **Two Phases of Rendering**' over '#### **A. Render Phase**' / '#### **B. Commit Phase**' was 'no answer'
    and its parts' text in no card, '### 1.' and '### 3.' cards of their own with no context: a question elsewhere
    listed as '154. #### …?' made level 4 a question's level. A heading inside a listed question's entry is a part of
    its answer, below every listed question's level, the headings under it as many levels down."""
    notes, skipped, said = built_notes(tmp_path, {"react.md": LISTED_LEVELS, "db.md": EBENEN})
    got = {note_front(n): note_back(n) for n in notes}
    assert sorted(got) == sorted(
        [
            "What are the main features of Reselect?",
            "Give an example of Reselect usage?",
            "How does React Fiber work?",
            "What is the useId hook?",
            "Was ist eine Transaktion?",
            "Nennen Sie ein Beispiel für eine Transaktion?",
            "Wie funktioniert ein B-Baum?",
        ]
    ), got
    fiber = got["How does React Fiber work?"]
    assert "Fiber Tree Structure" in fiber and "A. Render Phase" in fiber and "work-in-progress Fiber tree" in fiber
    assert "real DOM" in fiber and "Einfügen" in got["Wie funktioniert ein B-Baum?"] and "leiht" in got["Wie funktioniert ein B-Baum?"]
    assert not skipped and not any("no answer" in s or "outside any question" in s for s in said), said


# --- T31-17: a word list split by a full-width colon reads its bullets and headings as any pair list does ----------

TANGO = (
    "# JLPT N4 単語リスト（第3課）\n\n- 運転（うんてん）する：to drive\n- 予約（よやく）：reservation\n- 準備（じゅんび）：preparation\n"
    "- 趣味（しゅみ）：hobby\n"
)
SHENGCI = (
    "# HSK 2 生词\n\n## 水果\n\n- 苹果（píngguǒ）：apple\n- 香蕉（xiāngjiāo）：banana\n\n"
    "## 交通\n\n* 飞机（fēijī）：airplane\n* 火车（huǒchē）：train\n"
)
DANEO = "토픽 초급 어휘 5과\n\n1. 병원＝hospital\n2. 약국＝pharmacy\n3. 의사＝doctor\n"


def test_a_word_list_split_by_a_full_width_colon_has_no_bullets_on_its_fronts(tmp_path: Path) -> None:
    """T31-17 (medium): '- 運転（うんてん）する：to drive' lines were read as a sheet's rows split on '：': every front kept
    its '- ', and the '# …' title was 'question has no answer (write the answer in the second column)'. A list split
    by the full-width colon or equals sign is read as one split by ' — ' is: bullets and numbers are layout, headings
    name the section of the pairs under them, the title over the list is no card."""
    notes, skipped, said = built_notes(tmp_path, {"tango.md": TANGO, "shengci.md": SHENGCI, "daneo.txt": DANEO})
    got = {note_front(n): (note_back(n), n["items"][0]["section"]) for n in notes}
    assert got["運転（うんてん）する"][0] == "to drive" and got["趣味（しゅみ）"][0] == "hobby"
    assert got["苹果（píngguǒ）"] == ("apple", ["水果"]) and got["飞机（fēijī）"] == ("airplane", ["交通"])
    assert got["병원"][0] == "hospital" and len(got) == 11, got
    shown = {n["fields"]["Answer"] for n in notes if note_front(n) in ("苹果（píngguǒ）", "飞机（fēijī）")}
    assert shown == {"<p>apple</p>", "<p>airplane</p>"}, shown
    assert not skipped and not any("no answer" in s for s in said), said
