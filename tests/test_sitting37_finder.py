"""Thirty-seventh sitting, finder: findings of new-user trial 37 fixed (a worksheet's answers under 'Răspunsuri:',
T37-3; a bank's option columns lettered А Б В Г, T37-2)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial37"

# --- T37-3: a key headed by 'answers' in the languages whose answer label is known ---------------------------------


def test_a_romanian_worksheet_answered_under_raspunsuri_is_a_card_per_question(tmp_path: Path) -> None:
    """T37-3 (severe): 'Răspunsuri:' over '1. Dunărea …' / '2. Vârful Moldoveanu …' / '3. București' was no key: questions
    1 and 2 'had no answer' and question 3's back was the whole key."""
    notes, _, said = built_notes(tmp_path, {"fisa.txt": TRIAL / "t37-3-worksheet-answers-label" / "ro-fisa-lucru.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Care este cel mai lung râu din România?", "Dunărea (pe teritoriul românesc: Mureșul este cel mai lung râu interior)"),
        ("Care este cel mai înalt vârf din Carpați?", "Vârful Moldoveanu (2544 m)"),
        ("Cum se numește capitala României?", "București"),
    ], said
    assert not any("no answer" in s for s in said), said


def test_keys_headed_answers_in_the_languages_whose_answer_label_is_known(tmp_path: Path) -> None:
    """T37-3: the plural of the answer labels ANSWER_WORDS knows ('Отговори', 'Atsakymai', 'Vastused', 'Жауаптар',
    'Rješenja', 'Barem de corectare') heads a key as 'Answers' does; no back holds the key."""
    pages = {
        "bg.txt": ("1. Коя е столицата на България?\n2. Коя е най-дългата река?\n\nОтговори:\n1. София\n2. Дунав\n"),
        "lt.txt": ("1. Kokia yra Lietuvos sostinė?\n2. Kiek kojų turi voras?\n\nAtsakymai:\n1. Vilnius\n2. Aštuonias\n"),
        "et.txt": ("1. Mis on Eesti pealinn?\n2. Mitu päeva on nädalas?\n\nVastused:\n1. Tallinn\n2. Seitse\n"),
        "kk.txt": ("1. Қазақстанның астанасы қай қала?\n2. Абай кім болған?\n\nЖауаптар:\n1. Астана\n2. Ақын\n"),
        "hr.txt": ("1. Koji je glavni grad Hrvatske?\n2. Koliko je 6 puta 7?\n\nRješenja:\n1. Zagreb\n2. 42\n"),
        "ro.txt": ("1. Cât face 3 ori 4?\n2. Care este capitala Franței?\n\nBarem de corectare\n1. 12\n2. Paris\n"),
    }
    notes, _, said = built_notes(tmp_path, pages)
    got = sorted((n["items"][0]["file"], note_back(n)) for n in notes)
    assert got == [
        ("sources/bg.txt", "Дунав"), ("sources/bg.txt", "София"),
        ("sources/et.txt", "Seitse"), ("sources/et.txt", "Tallinn"),
        ("sources/hr.txt", "42"), ("sources/hr.txt", "Zagreb"),
        ("sources/kk.txt", "Астана"), ("sources/kk.txt", "Ақын"),
        ("sources/lt.txt", "Aštuonias"), ("sources/lt.txt", "Vilnius"),
        ("sources/ro.txt", "12"), ("sources/ro.txt", "Paris"),
    ], said


# --- T37-2: a bank's option columns lettered in another alphabet ----------------------------------------------------


def test_a_kazakh_bank_lettered_in_cyrillic_is_keyed_multiple_choice(tmp_path: Path) -> None:
    """T37-2 (severe): '№,Сұрақ,А,Б,В,Г,Жауап' was no bank header: the header row was a card 'Сұрақ' -> 'А' and every back
    was option А's text, 'Қазақстанның астанасы қай қала?' -> 'Алматы' (the key says Б, Астана)."""
    notes, _, said = built_notes(tmp_path, {"kk.csv": TRIAL / "t37-2-cyrillic-option-columns" / "kk-test.csv"})
    assert [(n["kind"], note_front(n), note_back(n)) for n in notes] == [
        ("multiple_choice", "Қазақстанның астанасы қай қала?", "Б) Астана"),
        ("multiple_choice", "Абай Құнанбайұлы кім болған?", "А) ақын"),
    ], said
    assert not any("header" in s for s in said), said


def test_russian_and_greek_banks_keyed_in_their_own_letters(tmp_path: Path) -> None:
    """T37-2: 'No.,Вопрос,А,Б,В,Г,Ответ' read 'Ответ' as tags and option А as every back; a Greek bank's 'Α,Β,Γ,Δ' and
    'Απάντηση' (a lower-case key 'γ' too) the same: keyed multiple choice, the number column silent."""
    greek = (
        "Ερώτηση,Α,Β,Γ,Δ,Απάντηση\nΠοια είναι η πρωτεύουσα της Ελλάδας;,Θεσσαλονίκη,Αθήνα,Πάτρα,Ηράκλειο,Β\n"
        "Πόσες ημέρες έχει η εβδομάδα;,πέντε,έξι,επτά,οκτώ,γ\n"
    )
    ru = TRIAL / "t37-2-cyrillic-option-columns" / "ru-test.csv"
    notes, _, said = built_notes(tmp_path, {"ru.csv": ru, "el.csv": greek})
    assert sorted((n["items"][0]["file"], n["kind"], note_back(n)) for n in notes) == [
        ("sources/el.csv", "multiple_choice", "Β) Αθήνα"),
        ("sources/el.csv", "multiple_choice", "Γ) επτά"),
        ("sources/ru.csv", "multiple_choice", "Б) Астана"),
        ("sources/ru.csv", "multiple_choice", "Б) Толстой"),
    ], said
    assert not any(t in ("Б", "Ответ") for n in notes for t in n["tags"])
    assert not any("№" in note_back(n) or "No." in note_back(n) for n in notes)


# --- T37-1: an exercise toggle followed by its answer's toggle ------------------------------------------------------


def test_a_toggle_that_asks_over_its_code_is_answered_by_the_answer_toggle_after_it(tmp_path: Path) -> None:
    """T37-1 (severe): '<summary>What does this print?</summary>' over the code it asks about, then
    '<summary>Answer</summary>' over the answer: the card's back was the question's own code and the answer 'text
    outside any question'. The Persian page (پاسخ after '… چاپ می‌کند؟') the same."""
    folder = TRIAL / "t37-1-details-question-then-answer"
    notes, _, said = built_notes(tmp_path, {"en.md": folder / "en-details-pair.md", "fa.md": folder / "fa-rust-details.md"})
    got = sorted((n["items"][0]["file"], note_front(n).split("?")[0].split("؟")[0], note_back(n).split()[0]) for n in notes)
    assert got == [
        ("sources/en.md", "Does this compile", "No:"),
        ("sources/en.md", "What does this print", "Some(10)"),
        ("sources/fa.md", "آیا این کامپایل می‌شود", "نه."),
        ("sources/fa.md", "این چه چاپ می‌کند", "Some(10)"),
    ], said
    assert all("HashMap" in note_front(n) for n in notes)  # the code asked about stays on the front
    assert not any("outside any question" in s or "no answer" in s for s in said if "en.md" in s), said


def test_a_toggle_that_holds_the_answer_keeps_its_explanation_toggle_and_a_hint_stays_a_hint(tmp_path: Path) -> None:
    """T37-1's bounds: '<summary>What is 2 + 2?</summary>' holding its answer, then an 'Explanation' toggle, is a card
    whose back is the answer (the explanation is no answer to a question the first toggle asks); a 'Need a hint?' toggle
    before the answer's is no exercise."""
    page = (
        "# Quiz\n\n<details>\n<summary>What is 2 + 2?</summary>\n\nFour.\n\n</details>\n\n"
        "<details>\n<summary>Explanation</summary>\n\nTwo pairs make four.\n\n</details>\n"
    )
    notes, _, said = built_notes(tmp_path, {"quiz.md": page})
    assert [note_front(n) for n in notes] == ["What is 2 + 2?"], said
    assert note_back(notes[0]).startswith("Four."), said


# --- T37-6, T37-8, T37-9 ---------------------------------------------------------------------------------------------


def test_a_revealjs_vertical_slide_break_is_no_text_of_the_question(tmp_path: Path) -> None:
    """T37-6 (medium): '### Question' / 'What is the suffix …?' / '--' / '### Answer' in a reveal.js deck: the fronts ended
    with ' --' (reveal.js's vertical slide break)."""
    deck = TRIAL / "t37-6-revealjs-vertical-separator" / "en-revealjs.md"
    notes, _, said = built_notes(tmp_path, {"slides.md": deck})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the suffix of an alcohol's IUPAC name?", "-ol (ethanol, propan-1-ol)"),
        ("Which functional group reacts with an alcohol to make an ester?", "A carboxylic acid (esterification, acid catalyst)"),
    ], said


def test_gujarati_answers_labelled_uttar_are_cards_without_the_label(tmp_path: Path) -> None:
    """T37-8 (high): 'પ્રશ્ન: …?' / 'ઉત્તર: …' was 'cannot tell this document's layout' (ઉત્તર, Gujarati's other word for
    'answer', Hindi's उत्तर, was no answer label)."""
    notes, _, said = built_notes(tmp_path, {"gu.txt": TRIAL / "t37-8-gujarati-labels" / "gu-plain.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("પ્રકાશસંશ્લેષણ ક્યાં થાય છે?", "હરિતકણમાં"),
        ("માનવ શરીરમાં કેટલાં હાડકાં છે?", "206"),
    ], said


def test_a_chatbots_closing_offer_is_on_no_card_and_asks_for_no_answer(tmp_path: Path) -> None:
    """T37-9 (medium): 'Möchtest du, dass ich daraus **Karteikarten** … erstelle? 📚' ended the last card's back; '¿Quieres
    que prepare más preguntas …?' was a question 'with no answer'."""
    folder = TRIAL / "t37-9-chatbot-closing-offer"
    notes, _, said = built_notes(tmp_path, {"de.md": folder / "de-chatgpt-zellatmung.md", "es.md": folder / "es-gemini-preguntas.md"})
    assert not any("Möchtest" in note_back(n) or "Quieres" in note_front(n) for n in notes)
    takeaways = next(n for n in notes if note_front(n) == "Key Takeaways")
    assert note_back(takeaways).endswith("Gesamtbilanz: etwa 38 ATP pro Glucose.")
    assert len([n for n in notes if n["items"][0]["file"] == "sources/es.md"]) == 3
    assert not any("no answer" in s for s in said), said


def test_an_answer_that_asks_a_question_back_keeps_it(tmp_path: Path) -> None:
    """T37-9's bound: only the page's last paragraph, and only an offer of more: a last answer ending 'Why? Because …'
    keeps its text."""
    page = "**Q: Why is the sky blue?**\n\nA: Rayleigh scattering.\n\n**Q: Why is the sea salty?**\n\nA: Rivers carry salts. Would you like to know more? Read chapter 4.\n"
    notes, _, said = built_notes(tmp_path, {"qa.md": page})
    assert note_back(notes[-1]) == "Rivers carry salts. Would you like to know more? Read chapter 4.", said


def test_marp_quiz_slides_answered_on_the_next_slide_are_cards(tmp_path: Path) -> None:
    """T37-5 (high): a Marp deck's '## Quiz' slide with one question and the '## Answer' slide after it ('---' between)
    was 'cannot tell this document's layout', 0 cards."""
    notes, _, said = built_notes(tmp_path, {"deck.md": TRIAL / "t37-5-marp-quiz-answer-slides" / "en-marp-slides.md"})
    asked = [(note_front(n), note_back(n).replace(" .", ".")) for n in notes if note_front(n).endswith("?")]
    assert asked == [
        ("What closes at the start of ventricular systole?", "The AV valves (mitral and tricuspid) — this is the first heart sound, S1."),
        ("Which node is the heart's natural pacemaker?", "The sinoatrial (SA) node."),
    ], said
