"""Thirty-first sitting, readers: option labels, question numbers and marks of the right option that last sitting's
new-user trial found unread (T30-18, T30-21, T30-28, T30-29). Fixtures written here, in the shapes users bring."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text

# --- T30-18: options lettered 'a.-', 'A/', '(i)' keyed by a test's key at its end -----------------------------------

_LABELLED = {
    "es-stop-dash.txt": (
        "EXAMEN PARCIAL DE BIOLOGÍA\n\n1. ¿Cuál es el orgánulo de la respiración celular?\na.- El núcleo\n"
        "b.- La mitocondria\nc.- El ribosoma\nd.- El aparato de Golgi\n\n2. ¿Qué molécula transporta el oxígeno?\n"
        "a.-La insulina\nb.-El colágeno\nc.-La hemoglobina\nd.-La queratina\n\nRESPUESTAS\n1-b\n2-c\n"
    ),
    "fr-slash.txt": (
        "QCM de géographie\n\n1. Quelle est la capitale de l'Australie ?\nA/ Sydney\nB/ Melbourne\nC/ Canberra\nD/ Perth\n\n"
        "2. Quel est le plus long fleuve de France ?\nA/ La Seine\nB/ La Loire\nC/ Le Rhône\nD/ La Garonne\n\n"
        "Réponses : 1-C, 2-B\n"
    ),
    "en-roman.txt": (
        "Physics Unit Test\n\n1. Which quantity is a vector?\n(i) Mass\n(ii) Velocity\n(iii) Temperature\n(iv) Energy\n\n"
        "2. The SI unit of force is:\n(i) Joule\n(ii) Watt\n(iii) Newton\n(iv) Pascal\n\nAnswer key\n1: (ii)\n2: (iii)\n"
    ),
    "en-numbers.txt": (
        "NEET Practice Set\n\n1. Which of the following is the powerhouse of the cell?\n(1) Nucleus\n(2) Mitochondria\n"
        "(3) Golgi body\n(4) Lysosome\n\n2. The functional unit of kidney is:\n(1) Neuron\n(2) Alveolus\n(3) Nephron\n"
        "(4) Villus\n\nAnswers: 1 - (2); 2 - (3)\n"
    ),
    "ka-test.txt": (
        "ტესტი ისტორიაში\n\n1. რომელ წელს დაიწყო პირველი მსოფლიო ომი?\nა) 1905\nბ) 1914\nგ) 1918\nდ) 1939\n\n"
        "2. რა არის საქართველოს დედაქალაქი?\nა. ქუთაისი\nბ. ბათუმი\nგ. რუსთავი\nდ. თბილისი\n\nპასუხები\n1. ბ\n2. დ\n"
    ),
}
_LABELLED_CARDS = {
    "es-stop-dash.txt": [
        ("¿Cuál es el orgánulo de la respiración celular?", "b.- La mitocondria"),
        ("¿Qué molécula transporta el oxígeno?", "c.- La hemoglobina"),
    ],
    "fr-slash.txt": [("Quelle est la capitale de l'Australie ?", "C/ Canberra"), ("Quel est le plus long fleuve de France ?", "B/ La Loire")],
    "en-roman.txt": [("Which quantity is a vector?", "(ii) Velocity"), ("The SI unit of force is:", "(iii) Newton")],
    "en-numbers.txt": [
        ("Which of the following is the powerhouse of the cell?", "(2) Mitochondria"),
        ("The functional unit of kidney is:", "(3) Nephron"),
    ],
    "ka-test.txt": [("რომელ წელს დაიწყო პირველი მსოფლიო ომი?", "ბ) 1914"), ("რა არის საქართველოს დედაქალაქი?", "დ. თბილისი")],
}


@pytest.mark.parametrize("name", sorted(_LABELLED))
def test_option_labels_keyed_by_the_tests_key(tmp_path: Path, name: str) -> None:
    """T30-18 (severe): options lettered 'a.-' (Spanish exams, text glued or not), 'A/' (French), '(i)' or '(2)' keyed
    by the test's key at its end ('1: (ii)', '1 - (2)') were basic cards listing the options, the key glued on the last
    back. Each question is a multiple-choice card, the keyed option right and shown with the page's label; Georgian
    letters ('ა)', 'ა.') keyed '1. ბ' stay read so."""
    notes, _, said = built_notes(tmp_path, {name: _LABELLED[name]})
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 2, said
    assert [(note_front(n), note_back(n)) for n in notes] == _LABELLED_CARDS[name], said
    for note in notes:
        assert not any(word in plain_text(note["fields"]["Options"]) for word in ("RESPUESTAS", "Réponses", "Answer", "პასუხები"))


def test_a_numbered_list_of_points_with_no_key_stays_the_answer(tmp_path: Path) -> None:
    """T30-18: '(i)' … '(iii)' points with no key naming one by number stay the answer's list (a numbered key of
    other items, '1. True', names none of them)."""
    text = (
        "Biology notes\n\n1. What are the functions of the liver?\n(i) Detoxification\n(ii) Bile production\n"
        "(iii) Glycogen storage\n\n2. Where is bile stored?\nIn the gallbladder.\n"
    )
    notes, _, said = built_notes(tmp_path, {"notes.txt": text})
    assert [n["kind"] for n in notes] == ["basic", "basic"], said
    assert note_back(notes[0]) == "(i) Detoxification (ii) Bile production (iii) Glycogen storage"


# --- T30-21: questions numbered '№1', '第1题', 'I.', '#1', '[1]', '1/', and keys naming them so ---------------------

_NUMBERED = {
    "ru-nomer.txt": (
        "Тест по химии\n\n№1 Какой газ составляет большую часть атмосферы?\nА) Кислород\nБ) Азот\nВ) Аргон\n\n"
        "№2 Какова химическая формула воды?\nА) H2O2\nБ) CO2\nВ) H2O\n\nОтветы: №1 – Б, №2 – В\n"
    ),
    "zh-ti.txt": (
        "计算机基础测试\n\n第1题 计算机中存储数据的最小单位是：\nA. 字节\nB. 位\nC. 字\n\n"
        "第2题 以下哪个不是操作系统？\nA. Windows\nB. Oracle\nC. Linux\n\n答案：1. B  2. B\n"
    ),
    "zh-tw-ti.txt": (
        "計算機測驗\n\n第1題 下列何者是輸入裝置？\nA. 螢幕\nB. 鍵盤\nC. 喇叭\n\n"
        "第2題 下列何者是作業系統？\nA. Linux\nB. Excel\nC. Chrome\n\n答案：1. B  2. A\n"
    ),
    "en-roman.txt": (
        "World History Quiz\n\nI. Who was the first emperor of Rome?\nA) Julius Caesar\nB) Augustus\nC) Nero\n\n"
        "II. In which year did the Berlin Wall fall?\nA) 1987\nB) 1989\nC) 1991\n\nAnswer key: I-B, II-B\n"
    ),
    "en-hash.txt": (
        "Networks quiz\n\n#1 Which layer routes packets?\na) Data link\nb) Network\nc) Transport\n\n"
        "#2 Which port does HTTPS use by default?\na) 80\nb) 21\nc) 443\n\nAnswers: #1 b, #2 c\n"
    ),
    "de-hash.md": (
        "# Quiz Netzwerke\n\n#1 Welche Schicht ist für das Routing zuständig?\na) Sicherungsschicht\nb) Vermittlungsschicht\n"
        "c) Transportschicht\n\n#2 Welcher Port wird von HTTPS verwendet?\na) 80\nb) 21\nc) 443\n\nLösungen: #1 b, #2 c\n"
    ),
    "en-bracket.txt": (
        "Pharmacology review\n\n[1] Which drug is a beta blocker?\na) Amlodipine\nb) Metoprolol\nc) Lisinopril\n\n"
        "[2] What is the antidote for heparin?\na) Vitamin K\nb) Naloxone\nc) Protamine sulfate\n\nAnswers: [1] b, [2] c\n"
    ),
    "fr-slash.txt": (
        "Révision d'histoire\n\n1/ En quelle année a eu lieu la prise de la Bastille ?\na) 1776\nb) 1789\nc) 1799\n\n"
        "2/ Qui était le premier président de la Ve République ?\na) François Mitterrand\nb) Georges Pompidou\n"
        "c) Charles de Gaulle\n\nCorrigé : 1/ b  2/ c\n"
    ),
}
_NUMBERED_CARDS = {
    "ru-nomer.txt": [("Какой газ составляет большую часть атмосферы?", "Б) Азот"), ("Какова химическая формула воды?", "В) H2O")],
    "zh-ti.txt": [("计算机中存储数据的最小单位是：", "B) 位"), ("以下哪个不是操作系统？", "B) Oracle")],
    "zh-tw-ti.txt": [("下列何者是輸入裝置？", "B) 鍵盤"), ("下列何者是作業系統？", "A) Linux")],
    "en-roman.txt": [("Who was the first emperor of Rome?", "B) Augustus"), ("In which year did the Berlin Wall fall?", "B) 1989")],
    "en-hash.txt": [("Which layer routes packets?", "B) Network"), ("Which port does HTTPS use by default?", "C) 443")],
    "de-hash.md": [("Welche Schicht ist für das Routing zuständig?", "B) Vermittlungsschicht"), ("Welcher Port wird von HTTPS verwendet?", "C) 443")],
    "en-bracket.txt": [("Which drug is a beta blocker?", "B) Metoprolol"), ("What is the antidote for heparin?", "C) Protamine sulfate")],
    "fr-slash.txt": [
        ("En quelle année a eu lieu la prise de la Bastille ?", "B) 1789"),
        ("Qui était le premier président de la Ve République ?", "C) Charles de Gaulle"),
    ],
}


@pytest.mark.parametrize("name", sorted(_NUMBERED))
def test_question_numbers_and_the_keys_naming_them(tmp_path: Path, name: str) -> None:
    """T30-21 (severe): questions numbered '№1', '第1题' / '第1題', Roman 'I.', '#1', '[1]' or '1/' gave no card ('cannot
    tell this document's layout'), or, keyed '#1 b', none marked correct. Each starts its own multiple-choice card, its
    number off the front, keyed by the key that names it so ('№1 – Б', 'I-B', '[1] b', '1/ b')."""
    notes, _, said = built_notes(tmp_path, {name: _NUMBERED[name]})
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 2, said
    assert [(note_front(n), note_back(n)) for n in notes] == _NUMBERED_CARDS[name], said


def test_roman_sections_and_numbered_references_stay_text(tmp_path: Path) -> None:
    """T30-21: a report's Roman sections ('I. Introduction') and a list of references ('[1] Smith …') ask nothing:
    they number no question, the page reads as before (its questions under headings)."""
    text = (
        "# Notes on cell biology\n\n## What is a cell?\n\nThe smallest unit of life.\n\n## Outline\n\nI. Introduction\n"
        "II. Membranes\nIII. Organelles\n\n## What do ribosomes make?\n\nProteins.\n\n## References\n\n"
        "[1] Alberts B. Molecular Biology of the Cell.\n[2] Lodish H. Molecular Cell Biology.\n"
    )
    notes, _, said = built_notes(tmp_path, {"cells.md": text})
    fronts = [note_front(n) for n in notes]
    assert "What is a cell?" in fronts and "What do ribosomes make?" in fronts, said
    assert not any(f.startswith(("Introduction", "Alberts", "Membranes")) for f in fronts), fronts


# --- T30-28: check boxes drawn with parentheses or brackets and spaces inside ---------------------------------------

_BOXES = {
    "en-radio.txt": (
        "Networking basics\n\n1. Which protocol resolves names to IP addresses?\n( ) DHCP\n( X ) DNS\n( ) ARP\n\n"
        "2. Which device works at layer 2?\n(   ) Router\n(   ) Hub\n( X ) Switch\n"
    ),
    "de-boxes.txt": (
        "Biologie Wiederholung\n\n1. Wo findet die Photosynthese statt?\n[   ] Mitochondrien\n[ X ] Chloroplasten\n"
        "[   ] Zellkern\n\n2. Welches Organ produziert Insulin?\n[ x ] Bauchspeicheldrüse\n[   ] Leber\n[   ] Niere\n"
    ),
    "pt-star.md": (
        "# Questionário de geografia\n\n1. Qual é o maior oceano do mundo?\n   - ( ) Atlântico\n   - (*) Pacífico\n"
        "   - ( ) Índico\n\n2. Qual é a capital do Canadá?\n   - ( ) Toronto\n   - ( ) Vancouver\n   - ( * ) Ottawa\n"
    ),
}
_BOXES_CARDS = {
    "en-radio.txt": [("Which protocol resolves names to IP addresses?", "B) DNS"), ("Which device works at layer 2?", "C) Switch")],
    "de-boxes.txt": [("Wo findet die Photosynthese statt?", "B) Chloroplasten"), ("Welches Organ produziert Insulin?", "A) Bauchspeicheldrüse")],
    "pt-star.md": [("Qual é o maior oceano do mundo?", "B) Pacífico"), ("Qual é a capital do Canadá?", "C) Ottawa")],
}


@pytest.mark.parametrize("name", sorted(_BOXES))
def test_boxes_with_spaces_inside_mark_the_right_option(tmp_path: Path, name: str) -> None:
    """T30-28 (severe): '( X ) DNS' among '( ) …', '[ X ]' among '[   ]', '( * )' were basic cards listing the boxes
    (or 'none marked correct'). The marked box is the right option of a multiple-choice card, no box left in the text."""
    notes, _, said = built_notes(tmp_path, {name: _BOXES[name]})
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 2, said
    assert [(note_front(n), note_back(n)) for n in notes] == _BOXES_CARDS[name], said
    for note in notes:
        assert "(" not in plain_text(note["fields"]["Options"]).replace("A)", "").replace("B)", "").replace("C)", "")
        assert "[" not in plain_text(note["fields"]["Options"])


# --- T30-29: words and marks beside an option naming it right -------------------------------------------------------

_SAID = {
    "ja-seikai.txt": "日本史 確認テスト\n\n1. 鎌倉幕府を開いたのは誰か。\nA. 足利尊氏\nB. 源頼朝（正解）\nC. 徳川家康\n\n"
    "2. 大化の改新が始まった年は。\nA. 645年【正解】\nB. 710年\nC. 794年\n",
    "de-richtig.txt": "Chemie Test\n\n1. Was ist die Ordnungszahl von Kohlenstoff?\na) 4\nb) 6 <= richtig\nc) 8\n\n"
    "2. Welches Element hat das Symbol Fe?\na) Fluor\nb) Francium\nc) Eisen ⇐ richtig\n",
    "en-cross.txt": "Statistics check\n\n1. Which measure is most affected by outliers?\nA. Median\nB. Mean (X)\nC. Mode\n\n"
    "2. Which statement about the correlation coefficient is right?\nA. The correct value is always positive\n"
    "B. It ranges from -1 to 1 ( x )\nC. It is correct only for ranks\n",
    "fr-before.txt": "Quiz de physique\n\n1. Quelle est l'unité de la puissance ?\na) Joule\n(X) b) Watt\nc) Newton\n\n"
    "2. Qui a formulé la théorie de la relativité ?\n[x] a) Albert Einstein\nb) Isaac Newton\nc) Niels Bohr\n",
    "sv-ratt.txt": "Geografi\n\n1. Vilken är Sveriges huvudstad?\na) Göteborg\nb) Stockholm (rätt)\nc) Malmö\n\n"
    "2. Vilken är Norges huvudstad?\na) Oslo ← rätt\nb) Bergen\nc) Trondheim\n",
}
_SAID_CARDS = {
    "ja-seikai.txt": [("鎌倉幕府を開いたのは誰か。", "B) 源頼朝"), ("大化の改新が始まった年は。", "A) 645年")],
    "de-richtig.txt": [("Was ist die Ordnungszahl von Kohlenstoff?", "B) 6"), ("Welches Element hat das Symbol Fe?", "C) Eisen")],
    "en-cross.txt": [
        ("Which measure is most affected by outliers?", "B) Mean"),
        ("Which statement about the correlation coefficient is right?", "B) It ranges from -1 to 1"),
    ],
    "fr-before.txt": [("Quelle est l'unité de la puissance ?", "B) Watt"), ("Qui a formulé la théorie de la relativité ?", "A) Albert Einstein")],
    "sv-ratt.txt": [("Vilken är Sveriges huvudstad?", "B) Stockholm"), ("Vilken är Norges huvudstad?", "A) Oslo")],
}


@pytest.mark.parametrize("name", sorted(_SAID))
def test_words_and_marks_beside_an_option_name_it_right(tmp_path: Path, name: str) -> None:
    """T30-29 (severe): '（正解）', '【正解】', '<= richtig', '⇐ richtig', '(X)', '( x )' after an option, '(X)' or '[x]'
    before its label, '(rätt)', '← rätt' keyed nothing ('none marked correct') or left the label in the text
    ('B) b) Watt'). The option so marked is right and the mark is off its text; an option whose own words say
    'correct' ('The correct value is …', '… correct only for ranks') is not marked by them."""
    notes, _, said = built_notes(tmp_path, {name: _SAID[name]})
    assert [n["kind"] for n in notes] == ["multiple_choice"] * 2, said
    assert [(note_front(n), note_back(n)) for n in notes] == _SAID_CARDS[name], said
    for note in notes:
        options = plain_text(note["fields"]["Options"])
        assert not any(mark in options for mark in ("正解", "richtig", "(X)", "( x )", "[x]", "rätt", "b) Watt")), options
    if name == "en-cross.txt":
        assert plain_text(notes[1]["fields"]["Options"]) == (
            "A) The correct value is always positive B) It ranges from -1 to 1 C) It is correct only for ranks"
        )


# --- T31-1: a bold-numbered stem whose last sentence is an instruction ---------------------------------------------

_NCLEX = """# NCLEX practice set

---

**1.** A nurse is caring for a client receiving digoxin. Which finding requires the nurse to hold the medication?

1. Apical pulse of 54 beats/min
2. Blood pressure 138/84 mm Hg
3. Respiratory rate 18 breaths/min

**Answer:** 1

**Rationale:** Hold digoxin if the apical pulse is below 60 in an adult.

---

**2.** The nurse is teaching a client about warfarin. Which foods should be eaten in consistent amounts? **Select all that apply.**

1. Spinach
2. Kale
3. White rice
4. Broccoli

**Answer:** 1, 2, 4

**Rationale:** Leafy greens and broccoli are high in vitamin K.

---

**3.** Place the steps of CPR for an adult in the correct order. **(Ordered response)**

1. Check responsiveness
2. Call for help and get an AED
3. Begin chest compressions

**Answer:** 1, 2, 3

**Rationale:** C-A-B sequence after confirming unresponsiveness.
"""


def test_bold_numbered_stems_ending_in_an_instruction_are_questions(tmp_path: Path) -> None:
    """T31-1 (severe): '**2.** … Which foods …? **Select all that apply.**' and '**3.** Place the steps … in the correct
    order.', each over its own '**Answer:**' line, were glued into the previous card's explanation, silently (3 notes of
    5 in the trial's set). A bold-numbered paragraph with an answer line of its own before the next number is a
    question: three cards, no back holding another question."""
    notes, _, said = built_notes(tmp_path, {"nclex.md": _NCLEX})
    assert [note_front(n)[:40] for n in notes] == [
        "A nurse is caring for a client receiving",
        "The nurse is teaching a client about war",
        "Place the steps of CPR for an adult in t",
    ], said
    assert note_back(notes[1]) == "A) Spinach B) Kale D) Broccoli"
    assert "warfarin" not in plain_text(notes[0]["fields"]["Explanation"])
    assert "CPR" not in plain_text(notes[1]["fields"]["Explanation"])


# --- T31-8: numbering restarting under a ticket or set line set right over its list --------------------------------

_TICKETS = (
    "ЭКЗАМЕНАЦИОННЫЕ БИЛЕТЫ ПО ИСТОРИИ\n\nБилет № 1\n1. Образование Древнерусского государства.\n"
    "Государство сложилось в IX веке.\n2. Реформы Петра I.\nПётр I создал регулярную армию и флот.\n\n"
    "Билет № 2\n1. Крещение Руси.\nВ 988 году князь Владимир принял христианство.\n2. Отмена крепостного права.\n"
    "Манифест подписан в 1861 году.\n"
)


def test_numbering_restarting_under_a_ticket_line(tmp_path: Path) -> None:
    """T31-8 (severe): 'Билет № 2' (or 'Set B') right over '1. …' again, after a ticket whose items reached 2, was text
    of the answer above: ticket 2's questions were glued into one answer, silently. The line is a section, the numbering
    starts again under it: a card per question, each with its own answer."""
    notes, _, said = built_notes(tmp_path, {"bilety.txt": _TICKETS})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Образование Древнерусского государства.", "Государство сложилось в IX веке."),
        ("Реформы Петра I.", "Пётр I создал регулярную армию и флот."),
        ("Крещение Руси.", "В 988 году князь Владимир принял христианство."),
        ("Отмена крепостного права.", "Манифест подписан в 1861 году."),
    ], said
