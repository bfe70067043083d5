"""Thirty-sixth sitting, finder: findings of new-user trial 36 fixed (a key whose label ends with its script's own colon,
Armenian '՝', Ethiopic '፡', Khmer '៖', T36-1 and T36-2)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text
from test_docx import paragraph, write_docx

TRIAL = Path(__file__).parent / "data" / "trials" / "trial36"

# --- T36-1, T36-2: a key label ended by its script's own colon -----------------------------------------------------


def test_an_armenian_key_after_the_armenian_comma_keys_every_question(tmp_path: Path) -> None:
    """T36-1 (severe): 'Պատասխաններ՝ 1-Գ, 2-Բ, 3-Գ' ('՝' after a label is how Armenian writes 'Answers:') was no key, and a
    guessed pattern made three cards whose front was option Ա and whose back the other options and the next question."""
    notes, _, said = built_notes(tmp_path, {"hy.txt": TRIAL / "t36-1-armenian-key-comma" / "hy-patmutyun.txt"})
    assert [(n["kind"], note_front(n), note_back(n)) for n in notes] == [
        ("multiple_choice", "Ե՞րբ է տեղի ունեցել Ավարայրի ճակատամարտը։", "Գ) 451 թ․"),
        ("multiple_choice", "Ո՞վ է ստեղծել հայոց այբուբենը։", "Բ) Մեսրոպ Մաշտոց"),
        ("multiple_choice", "Ո՞րն է Հայաստանի մայրաքաղաքը։", "Գ) Երևան"),
    ], said
    assert plain_text(notes[0]["fields"]["Options"]) == "Ա) 301 թ․ Բ) 405 թ․ Գ) 451 թ․ Դ) 1045 թ․"
    assert not any("pattern" in s for s in said), said


def test_amharic_and_khmer_keys_after_their_scripts_colons_key_the_options(tmp_path: Path) -> None:
    """T36-2 (high): 'መልስ፡ 1. ለ  2. ሐ' (the Ethiopic wordspace every Amharic label ends with) and 'ចម្លើយ៖ ១-ខ, ២-គ' (the
    Khmer colon): Basic cards listed every option and the last back held the key, silently."""
    folder = TRIAL / "t36-2-ethiopic-khmer-key-colon"
    notes, _, said = built_notes(tmp_path, {"am.txt": folder / "am-timhirt.txt", "km.txt": folder / "km-quiz.txt"})
    got = sorted((n["items"][0]["file"], n["kind"], note_back(n)) for n in notes)
    assert got == [
        ("sources/am.txt", "multiple_choice", "ለ) ፎቶሲንተሲስ"),
        ("sources/am.txt", "multiple_choice", "ሐ) 100"),
        ("sources/am.txt", "multiple_choice", "ሐ) አዲስ አበባ"),
        ("sources/km.txt", "multiple_choice", "ខ. ភ្នំពេញ"),
        ("sources/km.txt", "multiple_choice", "គ. ទន្លេមេគង្គ"),
    ], said
    assert not any("መልስ" in note_back(n) or "ចម្លើយ" in note_back(n) for n in notes)


def test_latin_options_keyed_after_an_ethiopic_colon(tmp_path: Path) -> None:
    """T36-2, the same key under options lettered A–D: the label's colon is the script's, the letters Latin."""
    page = (
        "1. የኢትዮጵያ ዋና ከተማ ማን ናት?\nA. ጎንደር\nB. አዲስ አበባ\nC. ሐዋሳ\n\n"
        "2. ውሃ በስንት ዲግሪ ሴልሺየስ ይፈላል?\nA. 0\nB. 50\nC. 100\n\nመልስ፦ 1. B  2. C\n"
    )
    notes, _, said = built_notes(tmp_path, {"am.txt": page})
    assert [(n["kind"], note_back(n)) for n in notes] == [("multiple_choice", "B) አዲስ አበባ"), ("multiple_choice", "C) 100")], said



# --- T36-4: a table with an empty header row ------------------------------------------------------------------------


def test_a_vocabulary_table_under_an_empty_header_loses_no_row(tmp_path: Path) -> None:
    """T36-4 (severe): '|  |  |  |' over '| en hund | a dog | Hunden skäller. |' …: 'a dog' (an article, 'a', among words)
    was read as an answer column's name, so the first word was the header, on no card, and 'Hunden skäller.:' labelled
    every other back. Every row is a card; a column with no name is its text alone."""
    notes, _, said = built_notes(tmp_path, {"glosor.md": TRIAL / "t36-4-table-empty-header" / "vocab-empty-header.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("en hund", "a dog Hunden skäller."),
        ("ett hus", "a house Huset är rött."),
        ("snabb", "fast Tåget är snabbt."),
    ], said


def test_a_word_table_whose_first_row_names_its_languages_is_read_under_those_names(tmp_path: Path) -> None:
    """T36-4, from Word: a table typed with no header row marked ('Svenska | Engelska | Exempel' over the words) converts
    with an empty header over it; that row was a card 'Svenska' -> ': Engelska / : Exempel' and every back began ': a dog'.
    A first row naming a column by a name deckc knows (a language, 'Example', 'Meaning') is the header."""
    table = (
        "# Glosor vecka 12\n\n|  |  |  |\n| --- | --- | --- |\n| Svenska | Engelska | Exempel |\n"
        "| en hund | a dog | Hunden skäller. |\n| ett hus | a house | Huset är rött. |\n| snabb | fast | Tåget är snabbt. |\n"
    )
    notes, _, said = built_notes(tmp_path, {"glosor.md": table})
    assert [note_front(n) for n in notes] == ["en hund", "ett hus", "snabb"], said
    assert all(not note_back(n).startswith(":") and ": :" not in note_back(n) for n in notes), said
    assert "a dog" in note_back(notes[0]) and "Hunden skäller." in note_back(notes[0]), said


def test_a_header_that_names_its_answer_column_q_and_a_still_reads(tmp_path: Path) -> None:
    """T36-4, the other side: '| Q | A |' names its columns by their letters, as before (a lone letter, not one among
    words)."""
    table = "# Capitals\n\n| Q | A |\n|---|---|\n| Capital of France? | Paris |\n| Capital of Peru? | Lima |\n| Capital of Kenya? | Nairobi |\n"
    notes, _, said = built_notes(tmp_path, {"caps.md": table})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Capital of France?", "Paris"), ("Capital of Peru?", "Lima"), ("Capital of Kenya?", "Nairobi"),
    ], said


def test_a_word_vocabulary_table_with_no_header_row_marked(tmp_path: Path) -> None:
    """T36-4 in Word itself: a table typed with its first row plain ('Svenska | Engelska | Exempel'), as a teacher types
    it: a card per word, no card of the names, no back starting with ':'."""
    rows = [("Svenska", "Engelska", "Exempel"), ("en hund", "a dog", "Hunden skäller."), ("ett hus", "a house", "Huset är rött."),
            ("att springa", "to run", "Jag springer varje dag."), ("snabb", "fast", "Tåget är snabbt.")]
    table = "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"
    write_docx(tmp_path / "glosor.docx", [paragraph("Glosor vecka 12", style="Heading1"), table])
    notes, _, said = built_notes(tmp_path / "deck", {"glosor.docx": tmp_path / "glosor.docx"})
    assert [note_front(n) for n in notes] == ["en hund", "ett hus", "att springa", "snabb"], said
    assert note_back(notes[0]) == "Engelska: a dog Exempel: Hunden skäller.", said


# --- T36-12: terms over their attributes ------------------------------------------------------------------------------


def test_a_drug_list_of_terms_over_their_attributes_is_a_card_per_drug(tmp_path: Path) -> None:
    """T36-12 (high): '- **Metformin**' over '  - Class: Biguanide' / '  - Mechanism: …' / '  - Side effects: …', three
    drugs under '# Diabetes drugs', was ONE card 'Diabetes drugs' whose back was every drug. A list whose every entry is
    a term over nested 'Label: value' entries, a label shared by all, is a card per term."""
    notes, _, said = built_notes(tmp_path, {"drugs.md": TRIAL / "t36-12-bold-term-attribute-lists" / "drugs-nested.md"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Metformin", "Class: Biguanide Mechanism: ↓ hepatic gluconeogenesis Side effects: GI upset, lactic acidosis (rare)"),
        ("Gliclazide", "Class: Sulfonylurea Mechanism: ↑ insulin release from β-cells Side effects: hypoglycaemia, weight gain"),
        ("Empagliflozin", "Class: SGLT2 inhibitor Mechanism: ↑ urinary glucose excretion Side effects: genital thrush, euglycaemic DKA"),
    ], said
    assert all(n["fields"]["Section"] == "Diabetes drugs" for n in notes)


def test_terms_over_attributes_in_another_language(tmp_path: Path) -> None:
    """T36-12 in Spanish, plain terms (no bold), labels with accents: the labels are the page's, not a word list."""
    page = (
        "# Bacterias\n\n- Staphylococcus aureus\n  - Tinción: Gram positivo\n  - Forma: cocos en racimos\n"
        "- Escherichia coli\n  - Tinción: Gram negativo\n  - Forma: bacilos\n"
    )
    notes, _, said = built_notes(tmp_path, {"bacterias.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Staphylococcus aureus", "Tinción: Gram positivo Forma: cocos en racimos"),
        ("Escherichia coli", "Tinción: Gram negativo Forma: bacilos"),
    ], said


def test_a_list_of_points_under_topics_is_no_card_per_topic(tmp_path: Path) -> None:
    """T36-12, the other side: entries over points that state no attribute ('- Pros' / '  - fast to write'), or whose
    labels no two terms share, stay the notes they were."""
    page = (
        "# Python vs Rust\n\nSome notes from the talk.\n\n- Python\n  - fast to write\n  - slow to run\n"
        "- Rust\n  - Safety: the borrow checker\n  - Speed: native\n\n## Why learn both?\n\nThey cover each other's gaps.\n"
    )
    notes, _, said = built_notes(tmp_path, {"notes.md": page})
    assert [note_front(n) for n in notes] == ["Why learn both?"], said


# --- T36-5: questions labelled 'Question:' with no answers -------------------------------------------------------------


def test_a_list_of_labelled_questions_without_answers_is_said_whatever_their_ends(tmp_path: Path) -> None:
    """T36-5 (high): '*   **Question:** Explain the four pillars of object-oriented programming.' among '…?' entries
    made the heading a card whose back was the unanswered questions; the real Turkish page (MIT) gave two such cards of
    its three levels. An entry labelled a question is one: the list is 'questions and no answers', no card."""
    folder = TRIAL / "t36-5-labelled-questions-only"
    notes, skipped, said = built_notes(tmp_path, {"en.md": folder / "en-qonly.md", "tr.md": folder / "tr-mulakat-antrenmani.md", "ok.md": "## What is 2 + 2?\n\nFour.\n"})
    fronts = [note_front(n) for n in notes]
    assert not any("Level" in f or "SEVİYE" in f for f in fronts), fronts
    assert not any("Question:" in note_back(n) or "Soru:" in note_back(n) for n in notes), fronts
    assert sorted(s["line"] for s in skipped if s["file"] == "sources/tr.md") == [8, 13, 18], skipped
    # (thirty-seventh sitting: the file is said once, at its first question, naming each list's first line; it was said
    # per heading, at line 3, while the same list with no heading was 'no items found': repro-pages 5)
    assert any("en.md:5:" in s and "a list of 6 questions and no answers (2 lists, at lines 5 and 11)" in s for s in said), said


# --- T36-3: Burmese numbers and key ------------------------------------------------------------------------------------


def test_a_burmese_test_numbered_with_its_section_mark_is_keyed(tmp_path: Path) -> None:
    """T36-3 (high): '၁။ …' (Burmese digits and the section mark, as Bengali's '১।'), options '(က)'–'(ဃ)', key
    'အဖြေ - ၁။ (ခ)  ၂။ (ဂ)': "cannot tell this document's layout", 0 cards. Two keyed cards, the page's labels shown."""
    notes, _, said = built_notes(tmp_path, {"my.txt": TRIAL / "t36-3-burmese-numbers" / "my-quiz.txt"})
    assert [(n["kind"], note_front(n), note_back(n)) for n in notes] == [
        ("multiple_choice", "အပင်များ အစာချက်လုပ်သည့် ဖြစ်စဉ်ကို အဘယ်သို့ ခေါ်သနည်း။", "(ခ) ဖိုတိုဆင်းသက်စစ်"),
        ("multiple_choice", "ရေ၏ ဓာတုသင်္ကေတမှာ အဘယ်နည်း။", "(ဂ) H2O"),
    ], said


def test_a_key_after_a_spaced_dash_keys_latin_options(tmp_path: Path) -> None:
    """T36-3, the label's dash in any language: 'Answers - 1. B  2. C' is the test's key, as 'Answers: 1. B  2. C' is."""
    page = "1. What is 2 + 2?\nA. 3\nB. 4\nC. 5\n\n2. What is 3 × 3?\nA. 6\nB. 8\nC. 9\n\nAnswers - 1. B  2. C\n"
    notes, _, said = built_notes(tmp_path, {"quiz.txt": page})
    assert [note_back(n) for n in notes] == ["B) 4", "C) 9"], said


# --- T36-13: section keys of a JSON bank in other languages ------------------------------------------------------------


def test_a_russian_json_banks_topic_names_the_section(tmp_path: Path) -> None:
    """T36-13 (medium): '"тема": "Литература"' was printed on every back ('Лев Толстой / тема: Литература'), while the
    English 'topic' and the Latin-script 'tema' name the section."""
    notes, _, said = built_notes(tmp_path, {"bank.json": TRIAL / "t36-13-json-cyrillic-section-key" / "ru-bank.json"})
    assert [(note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("Лев Толстой", "Литература"), ("В 1703 году", "История"), ("Волга", "География"),
    ], said


# --- T36-15: Armenian questions answered under a label; a label ended by its script's colon ---------------------------


def test_armenian_questions_answered_under_their_label(tmp_path: Path) -> None:
    """T36-15 (high): '1. Ո՞վ է ստեղծել հայոց այբուբենը։' (the question mark on the asked word, the full stop at the end)
    over 'Պատասխան՝ Մեսրոպ Մաշտոցը…': "cannot tell this document's layout", 0 cards. 'Պատասխան' is an answer label, its
    Armenian comma a colon: a card per question, the label off the back."""
    notes, _, said = built_notes(tmp_path, {"hy.txt": TRIAL / "t36-15-armenian-questions" / "hy-qa.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Ո՞վ է ստեղծել հայոց այբուբենը։", "Մեսրոպ Մաշտոցը՝ 405 թվականին։"),
        ("Ո՞րն է Հայաստանի մայրաքաղաքը։", "Երևանը։"),
    ], said


def test_an_amharic_answer_label_ended_by_the_wordspace_is_off_the_back(tmp_path: Path) -> None:
    """T36-15, its Amharic twin: 'መልስ፡ አዲስ አበባ' under the question kept 'መልስ፡' on the back."""
    notes, _, said = built_notes(tmp_path, {"am.txt": TRIAL / "t36-2-ethiopic-khmer-key-colon" / "am-answer-label.txt"})
    assert [note_back(n) for n in notes] == ["አዲስ አበባ", "በ100 ዲግሪ"], said


# --- T36-6: the right option in italics in a Word test ------------------------------------------------------------------


def _italic(text: str) -> str:
    return f'<w:p><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def test_a_word_test_marking_its_right_option_in_italics_is_keyed(tmp_path: Path) -> None:
    """T36-6 (medium): the teacher's copy sets the right option in italics ('B. 753 a.C.'): "4 options and none marked
    correct; no card". One option alone in italics among three or more is the marked one, as one in bold is."""
    body = [paragraph("Verifica di storia"), paragraph("1. In che anno fu fondata Roma secondo la tradizione?"),
            paragraph("A. 509 a.C."), _italic("B. 753 a.C."), paragraph("C. 44 a.C."), paragraph("D. 476 d.C."),
            paragraph("2. Chi fu il primo imperatore romano?"), paragraph("A. Giulio Cesare"), paragraph("B. Nerone"),
            _italic("C. Augusto"), paragraph("D. Traiano")]
    write_docx(tmp_path / "verifica.docx", body)
    notes, _, said = built_notes(tmp_path / "deck", {"verifica.docx": tmp_path / "verifica.docx"})
    assert [(n["kind"], note_back(n)) for n in notes] == [("multiple_choice", "B) 753 a.C."), ("multiple_choice", "C) Augusto")], said


def test_options_all_in_italics_mark_none(tmp_path: Path) -> None:
    """T36-6, the other side: options that are all in italics (foreign words, titles) mark none: the usual message."""
    body = [paragraph("1. Which word means 'house'?"), _italic("A. casa"), _italic("B. perro"), _italic("C. libro"),
            paragraph("2. Which word means 'dog'?"), _italic("A. casa"), _italic("B. perro"), _italic("C. libro"),
            paragraph("Answers: 1. A  2. B")]
    write_docx(tmp_path / "vocab.docx", body)
    notes, _, said = built_notes(tmp_path / "deck", {"vocab.docx": tmp_path / "vocab.docx"})
    assert [note_back(n) for n in notes] == ["A) casa", "B) perro"], said
