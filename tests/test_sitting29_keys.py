"""Twenty-ninth sitting, answer keys: true/false marks in the worksheet's own letters and language. Fixtures written
here in the shapes the findings showed (no third-party text)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front, plain_text

# --- T28-54, T28-59: true/false marks in the letters of the worksheet's language ------------------------------------

_SHEETS = {
    "tr": (
        "Fen Bilimleri – Doğru / Yanlış\n\nAşağıdaki ifadelerin başına doğru ise D, yanlış ise Y yazınız.\n\n"
        "( D ) Güneş bir yıldızdır.\n( Y ) Ay kendi ışığını üretir.\n( D ) Dünya Güneş'in etrafında döner.\n"
    ),
    "id": (
        "IPA Kelas 7 – Benar atau Salah\n\nTulislah B jika pernyataan benar dan S jika salah.\n\n"
        "1. Matahari adalah bintang. (B)\n2. Bulan memancarkan cahaya sendiri. (S)\n3. Air mendidih pada suhu 100 °C. (B)\n"
    ),
    "pl": (
        "Biologia – Prawda czy fałsz?\n\nZaznacz P, jeśli zdanie jest prawdziwe, lub F, jeśli jest fałszywe.\n\n"
        "1. Mitochondrium wytwarza ATP. P\n2. Rybosomy występują tylko w komórkach roślinnych. F\n"
        "3. DNA znajduje się w jądrze komórkowym. P\n"
    ),
    "ko": "과학 OX 퀴즈\n\n1. 태양은 별이다. (O)\n2. 달은 스스로 빛을 낸다. (X)\n3. 물은 100도에서 끓는다. (O)\n",
    "vi": "Đúng hay sai?\n\n1. Mặt Trời là một ngôi sao. (Đ)\n2. Mặt Trăng tự phát ra ánh sáng. (S)\n3. Nước sôi ở 100 °C. (Đ)\n",
}
_CARDS = {
    "tr": [
        ("Doğru mu, yanlış mı: Güneş bir yıldızdır.", "Doğru"),
        ("Doğru mu, yanlış mı: Ay kendi ışığını üretir.", "Yanlış"),
        ("Doğru mu, yanlış mı: Dünya Güneş'in etrafında döner.", "Doğru"),
    ],
    "id": [
        ("Benar atau salah: Matahari adalah bintang.", "Benar"),
        ("Benar atau salah: Bulan memancarkan cahaya sendiri.", "Salah"),
        ("Benar atau salah: Air mendidih pada suhu 100 °C.", "Benar"),
    ],
    "pl": [
        ("Prawda czy fałsz: Mitochondrium wytwarza ATP.", "Prawda"),
        ("Prawda czy fałsz: Rybosomy występują tylko w komórkach roślinnych.", "Fałsz"),
        ("Prawda czy fałsz: DNA znajduje się w jądrze komórkowym.", "Prawda"),
    ],
    "ko": [
        ("참 또는 거짓: 태양은 별이다.", "참"),
        ("참 또는 거짓: 달은 스스로 빛을 낸다.", "거짓"),
        ("참 또는 거짓: 물은 100도에서 끓는다.", "참"),
    ],
    "vi": [
        ("Đúng hay sai: Mặt Trời là một ngôi sao.", "Đúng"),
        ("Đúng hay sai: Mặt Trăng tự phát ra ánh sáng.", "Sai"),
        ("Đúng hay sai: Nước sôi ở 100 °C.", "Đúng"),
    ],
}


@pytest.mark.parametrize("lang", sorted(_SHEETS))
def test_true_false_marks_in_the_letters_of_the_worksheets_language(tmp_path: Path, lang: str) -> None:
    """T28-54, T28-59 (severe): a worksheet marking its statements with its language's letters (Turkish D/Y before them,
    Indonesian (B)/(S) after them, Polish P/F bare after the full stop, Korean (O)/(X), Vietnamese (Đ)/(S)) gave no
    card, 'none of its questions has an answer', or the Korean statements cut into word pairs ('태양은' -> '별이다. (O)').
    Each statement is a true/false card now, asked and answered in the page's language; the marks on no card."""
    notes, skipped, said = built_notes(tmp_path, {f"{lang}-tf.txt": _SHEETS[lang]})
    assert [(note_front(n), note_back(n)) for n in notes] == _CARDS[lang], said
    assert not skipped, said


def test_a_pair_the_instruction_defines_and_the_deck_toml_knob(tmp_path: Path) -> None:
    """T28-54: marks of no known pair are read when the instruction defines them ('Write Y if … true and N if … false',
    'Andika K kama … kweli na U kama si kweli'), or when ``true_false = ["K", "U"]`` in the file's [[source]] says so."""
    english = "Biology check\n\nWrite Y if the statement is true and N if it is false.\n\n1. Mitochondria make ATP. (Y)\n"
    english += "2. Ribosomes are found only in plant cells. (N)\n3. DNA is found in the nucleus. (Y)\n"
    notes, _, said = built_notes(tmp_path / "en", {"bio.txt": english})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("True or false: Mitochondria make ATP.", "True"),
        ("True or false: Ribosomes are found only in plant cells.", "False"),
        ("True or false: DNA is found in the nucleus.", "True"),
    ], said
    bare = "Sayansi\n\n1. Jua ni nyota. (K)\n2. Mwezi hutoa mwanga wake wenyewe. (U)\n3. Maji huchemka kwa nyuzi 100. (K)\n"
    table = '[[source]]\nid = "sw"\nfile = "sources/sw.txt"\ntrue_false = ["K", "U"]\n'
    notes, _, said = built_notes(tmp_path / "sw", {"sw.txt": bare}, table)
    assert [note_back(n) for n in notes] == ["True", "False", "True"], said
    assert all("(K)" not in note_front(n) and "(U)" not in note_front(n) for n in notes), said


def test_a_key_letter_after_a_question_is_no_verdict(tmp_path: Path) -> None:
    """T28-54: the rewrite touches statements only: questions whose options follow them keep their letters (a 'C'/'E'
    pair is Portuguese certo/errado only on statements)."""
    quiz = "1. Which planet is largest?\na) Mars\nb) Venus\nc) Jupiter\nAnswer: c\n\n2. Which gas do plants take in?\n"
    quiz += "a) Oxygen\nb) Helium\nc) Neon\nd) Argon\ne) Carbon dioxide\nAnswer: e\n\n3. Which is a mammal?\na) Shark\n"
    quiz += "b) Trout\nc) Whale\nAnswer: c\n"
    notes, _, said = built_notes(tmp_path, {"quiz.txt": quiz})
    assert [note_back(n) for n in notes] == ["C) Jupiter", "E) Carbon dioxide", "C) Whale"], said


def test_a_thai_statement_with_no_full_stop_is_judged_without_english_words(tmp_path: Path) -> None:
    """T28-59, T28-60: a Thai statement ends in no full stop ('ดวงอาทิตย์เป็นดาวฤกษ์ (T)'): it is a true/false card
    too; deckc knows no Thai words for it, so the card asks with a tick and a cross, never 'True or false:' in English."""
    sheet = "วิทยาศาสตร์ ถูกหรือผิด\n\n1. ดวงอาทิตย์เป็นดาวฤกษ์ (T)\n2. ดวงจันทร์ผลิตแสงเอง (F)\n3. น้ำเดือดที่ 100 องศาเซลเซียส (T)\n"
    notes, _, said = built_notes(tmp_path, {"th.txt": sheet})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("ดวงอาทิตย์เป็นดาวฤกษ์ (✓/✗)", "✓"),
        ("ดวงจันทร์ผลิตแสงเอง (✓/✗)", "✗"),
        ("น้ำเดือดที่ 100 องศาเซลเซียส (✓/✗)", "✓"),
    ], said


# --- T28-60: true/false furniture in the card's language -------------------------------------------------------------


def test_a_true_false_choice_on_an_arabic_gift_quiz_is_worded_in_arabic(tmp_path: Path) -> None:
    """T28-60 (medium): a GIFT true/false question on an Arabic quiz read 'الماء … True or false?' with options 'A) True'
    / 'B) False'. Its prompt and options are in Arabic now; an English quiz's stay English."""
    gift = (
        "// اختبار قصير – الكيمياء\n\n::س1:: ما الرمز الكيميائي للصوديوم؟ {\n=Na\n~So\n~S\n}\n\n"
        "::س2:: الماء يتكون من الهيدروجين والأكسجين. {T}\n\n::س3:: الحديد غاز في درجة حرارة الغرفة. {F}\n"
    )
    notes, _, said = built_notes(tmp_path / "ar", {"ar.gift": gift})
    judged = {
        note_front(n): (plain_text(n["fields"]["Options"]), note_back(n))
        for n in notes
        if "صواب" in note_front(n)
    }
    assert judged == {
        "صواب أم خطأ: الماء يتكون من الهيدروجين والأكسجين.": ("A) صواب B) خطأ", "A) صواب"),
        "صواب أم خطأ: الحديد غاز في درجة حرارة الغرفة.": ("A) صواب B) خطأ", "B) خطأ"),
    }, said
    english = (
        "::Q1:: Water is made of hydrogen and oxygen. {T}\n\n::Q2:: Iron is a gas at room temperature. {F}\n"
    )
    notes, _, said = built_notes(tmp_path / "en", {"en.gift": english})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Water is made of hydrogen and oxygen. True or false?", "A) True"),
        ("Iron is a gas at room temperature. True or false?", "B) False"),
    ], said


# --- keys-left (keys' note of sitting 28): an answer key deckc cannot read is never glued onto the last back ----------

_TEST = (
    "Biology Unit Test\n\nSection A – Multiple choice\n\n"
    "1. Which organelle carries out photosynthesis?\na) Mitochondrion\nb) Chloroplast\nc) Nucleus\nd) Ribosome\n\n"
    "2. What is the basic unit of life?\na) Atom\nb) Tissue\nc) Cell\nd) Organ\n\n"
    "3. Which molecule carries genetic information?\na) DNA\nb) ATP\nc) Glucose\nd) Starch\n\n"
    "Section B – Short answer\n\n1. Name the process by which water moves across a membrane.\n\n"
    "2. What gas do plants release during photosynthesis?\n\n3. What is the function of red blood cells?\n"
)
_KEYED = [
    ("Which organelle carries out photosynthesis?", "B) Chloroplast"),
    ("What is the basic unit of life?", "C) Cell"),
    ("Which molecule carries genetic information?", "A) DNA"),
    ("Name the process by which water moves across a membrane.", "Osmosis"),
    ("What gas do plants release during photosynthesis?", "Oxygen"),
    ("What is the function of red blood cells?", "They carry oxygen around the body"),
]


@pytest.mark.parametrize(
    "key",
    [
        "ANSWER KEY\n\nSection A — b, c, a\nSection B — Osmosis; Oxygen; They carry oxygen around the body\n",
        "Answers\n\nA\n1. b\n2. c\n3. a\nB\n1. Osmosis\n2. Oxygen\n3. They carry oxygen around the body\n",
    ],
    ids=["sections-in-order", "lettered-groups"],
)
@pytest.mark.parametrize("where", ["inline", "key-file"])
def test_a_key_per_section_answers_each_sections_questions(tmp_path: Path, key: str, where: str) -> None:
    """keys-left (sitting 28 note): a key that answers each section in question order ('Section A — b, c, a' /
    'Section B — Osmosis; Oxygen; …') or under bare group letters ('A' / '1. b' … 'B' / '1. Osmosis') was not read:
    Section A's questions had no card and the last question's back was the whole key ('# Answers ANSWER KEY Section A —
    …', shown as a code comment). Each question is answered by its own entry now, inline or in a key file."""
    files = (
        {"test.txt": f"{_TEST}\n{key}"} if where == "inline" else {"test.txt": _TEST, "test-answers.txt": key}
    )
    notes, skipped, said = built_notes(tmp_path, files)
    assert [(note_front(n), note_back(n)) for n in notes] == _KEYED, said
    assert not skipped, said


def test_a_key_deckc_cannot_read_is_said_at_its_line_never_on_a_card(tmp_path: Path) -> None:
    """keys-left: a key under its heading whose entries deckc cannot read ('The first is b, then c, and the last one
    a.') is on no card (it was the last question's back); a warning names its line and the questions say why they
    have no card."""
    key = "ANSWER KEY\n\nThe first is b, then c, and the last one a.\nOsmosis, then oxygen; blood cells carry oxygen.\n"
    other = "Q: What is the powerhouse of the cell?\nA: The mitochondrion\n"  # (one card: the build writes a deck)
    notes, skipped, said = built_notes(tmp_path, {"test.txt": f"{_TEST}\n{key}", "other.txt": other})
    assert all("first is b" not in note_back(n) and "ANSWER KEY" not in note_back(n) for n in notes), said
    assert any("test.txt:33" in m and "could not read its entries" in m for m in said), said
    assert any("test.txt:5" in m and "line 33 looks like the answer key" in m for m in said), said
    assert len(skipped) == 6, said


# --- T28-31: a passage's instruction in any language names the questions it is for ----------------------------------

_PASSAGE = (
    "Danau Toba terletak di Provinsi Sumatra Utara. Danau ini terbentuk akibat letusan gunung berapi super.\n"
    "Di tengah danau terdapat Pulau Samosir.\n"
)
_POEM = "    Ibu, engkaulah pelita\n    yang menerangi jalanku\n"
_READING = (
    "{title}\n\n{lead_range}\n\n"
    + _PASSAGE
    + "\n1. Di provinsi manakah Danau Toba terletak?\nA. Sumatra Barat\n"
    "B. Sumatra Utara\nC. Riau\n\n2. Apa penyebab terbentuknya Danau Toba?\nA. gempa bumi\nB. letusan gunung berapi\n"
    "C. banjir\n\n3. Pulau yang berada di tengah Danau Toba adalah ...\nA. Pulau Nias\nB. Pulau Samosir\nC. Pulau Weh\n\n"
    "{lead_one}\n\n"
    + _POEM
    + '\n4. Kata "pelita" dalam puisi tersebut bermakna ...\nA. lampu\nB. penerang hidup\n'
    "C. api\n\nKUNCI JAWABAN\n1. B   2. B   3. B   4. B\n"
)
_LEADS = {
    "id": (
        "Bacalah teks berikut untuk menjawab soal nomor 1–3!",
        "Bacalah puisi berikut untuk menjawab soal nomor 4!",
    ),
    "tr": (
        "Aşağıdaki metni okuyunuz ve 1-3. soruları cevaplayınız.",
        "Aşağıdaki şiiri okuyunuz ve 4. soruyu cevaplayınız.",
    ),
    "ar": ("اقرأ النص التالي ثم أجب عن الأسئلة من 1 إلى 3.", "اقرأ القصيدة ثم أجب عن السؤال 4."),
    "hi": ("निम्नलिखित गद्यांश को पढ़कर प्रश्न 1 से 3 के उत्तर दीजिए।", "कविता पढ़कर प्रश्न 4 का उत्तर दीजिए।"),
    "vi": ("Đọc đoạn văn sau và trả lời các câu hỏi từ 1 đến 3.", "Đọc bài thơ sau và trả lời câu hỏi 4."),
    "nl": (
        "Lees de tekst en beantwoord de vragen 1 tot en met 3.",
        "Lees het gedicht en beantwoord vraag 4.",
    ),
    "ko": ("다음 글을 읽고 1~3번 물음에 답하시오.", "다음 시를 읽고 4번 물음에 답하시오."),
    "ja": ("次の文章を読んで、問1～3に答えなさい。", "次の詩を読んで、問4に答えなさい。"),
}


@pytest.mark.parametrize("lang", sorted(_LEADS))
def test_a_passage_instruction_in_any_language_puts_the_passage_on_its_questions(
    tmp_path: Path, lang: str
) -> None:
    """T28-31 (high): an instruction naming the questions a passage is for in a language deckc has no words for
    ('Bacalah teks berikut untuk menjawab soal nomor 1–3!', '… 1-3. soruları …', 'الأسئلة من 1 إلى 3', 'प्रश्न 1 से
    3') left the passage on no card and put the poem (and its instruction) on question 3's back. The passage is on
    the fronts of the questions the range names, the poem on question 4's; neither instruction is on a card."""
    lead_range, lead_one = _LEADS[lang]
    text = _READING.format(title="PENILAIAN AKHIR SEMESTER", lead_range=lead_range, lead_one=lead_one)
    notes, skipped, said = built_notes(tmp_path, {"bacaan.txt": text})
    fronts = [note_front(n) for n in notes]
    assert [f.startswith("Danau Toba terletak") for f in fronts] == [True, True, True, False], fronts
    assert fronts[3].startswith("Ibu, engkaulah pelita yang menerangi jalanku Kata"), fronts
    assert [note_back(n) for n in notes] == [
        "B) Sumatra Utara",
        "B) letusan gunung berapi",
        "B) Pulau Samosir",
        "B) penerang hidup",
    ]
    shown = " ".join(plain_text(str(n["fields"])) for n in notes)
    assert lead_range[:12] not in shown and lead_one[:10] not in shown, said
    assert not skipped, said


def test_a_number_in_an_answer_sentence_is_no_lead_in(tmp_path: Path) -> None:
    """T28-31: a line of an open question's answer that holds the next question's number ('It has 2 atoms.') stays in
    that answer: only after a question's options, or before any question, is such a line a lead-in."""
    text = "1. How many atoms are in a hydrogen molecule?\nIt has 2 atoms.\nBoth are hydrogen.\n\n2. What is H2O?\nWater.\n"
    notes, _, said = built_notes(tmp_path, {"atoms.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("How many atoms are in a hydrogen molecule?", "It has 2 atoms. Both are hydrogen."),
        ("What is H2O?", "Water."),
    ], said


def test_a_japanese_papers_parts_and_its_passage_for_the_questions_below(tmp_path: Path) -> None:
    """T28-38 (severe): a 国語 paper's part numbered in kanji ('二　次の漢字の読みを書きなさい。') was question 2's answer
    (the key's 田植え lost), and the passage under '一　次の文章を読んで、後の問いに答えなさい。' was on no card. The part is the
    section of questions 3-4 now, the key answers question 2, and the passage is on the fronts of its part's questions
    (1-2) only; the English twin ('I. Read the passage and answer the questions below.') likewise."""
    paper = (
        "国語 確認テスト（第3回）\n\n一　次の文章を読んで、後の問いに答えなさい。\n\n"
        "　春になると、山の雪がとけて川の水がふえる。村の人々はその水を田に引き、稲を植える準備を始める。\n"
        "子どもたちも田植えを手伝い、泥だらけになって笑い合う。\n\n問1　村の人々は、川の水を何に使いますか。\n"
        "問2　子どもたちは何を手伝いますか。\n\n二　次の漢字の読みを書きなさい。\n\n問3　田植え\n問4　準備\n\n"
        "【解答】\n問1　田に引いて稲を植える準備に使う。\n問2　田植え\n問3　たうえ\n問4　じゅんび\n"
    )
    notes, skipped, said = built_notes(tmp_path / "ja", {"kokugo.txt": paper})
    passage = "春になると、山の雪がとけて川の水がふえる。"
    assert [(note_front(n).startswith(passage), note_back(n)) for n in notes] == [
        (True, "田に引いて稲を植える準備に使う。"),
        (True, "田植え"),
        (False, "たうえ"),
        (False, "じゅんび"),
    ], said
    assert [n["fields"]["Section"] for n in notes][2:] == ["二 次の漢字の読みを書きなさい。"] * 2
    assert not skipped, said
    english = (
        "English check test (3)\n\nI. Read the passage and answer the questions below.\n\n"
        "In spring the snow on the mountains melts and the river rises.\n\n"
        "Q1. What rises in spring?\nQ2. What melts in spring?\n\nII. Write the past tense of each verb.\n\nQ3. go\nQ4. see\n\n"
        "ANSWERS\nQ1. The river.\nQ2. The snow.\nQ3. went\nQ4. saw\n"
    )
    notes, _, said = built_notes(tmp_path / "en", {"check.txt": english})
    assert [note_front(n).startswith("In spring the snow") for n in notes] == [True, True, False, False], said
    assert [note_back(n) for n in notes] == ["The river.", "The snow.", "went", "saw"], said


# --- T28-45, T28-52, T28-61: labels and numbers in the scripts' own ways -------------------------------------------


@pytest.mark.parametrize(
    ("text", "cards"),
    [
        (
            "বিজ্ঞান – প্রশ্নোত্তর\n\nপ্রশ্ন ১। সালোকসংশ্লেষণ কোথায় ঘটে?\nউত্তর: সবুজ পাতার ক্লোরোপ্লাস্টে।\n\n"
            "প্রশ্ন ২। পানির স্ফুটনাঙ্ক কত?\nউত্তর: ১০০ ডিগ্রি সেলসিয়াস।\n",
            [("সালোকসংশ্লেষণ কোথায় ঘটে?", "সবুজ পাতার ক্লোরোপ্লাস্টে।"), ("পানির স্ফুটনাঙ্ক কত?", "১০০ ডিগ্রি সেলসিয়াস।")],
        ),
        (
            "विज्ञान – प्रश्नोत्तर\n\nप्रश्न १। प्रकाश संश्लेषण कहाँ होता है?\nउत्तर: हरी पत्तियों में।\n\n"
            "प्रश्न २। पानी का क्वथनांक कितना होता है?\nउत्तर: १०० डिग्री सेल्सियस।\n",
            [
                ("प्रकाश संश्लेषण कहाँ होता है?", "हरी पत्तियों में।"),
                ("पानी का क्वथनांक कितना होता है?", "१०० डिग्री सेल्सियस।"),
            ],
        ),
    ],
    ids=["bn", "hi"],
)
def test_a_question_label_before_a_number_and_a_danda_is_on_no_front(
    tmp_path: Path, text: str, cards: list
) -> None:
    """T28-45 (medium): 'প্রশ্ন ১।' (a label, the script's own digit, a danda) stayed on every front; Hindi 'प्रश्न १।'
    too. The label and its number are no part of the question now."""
    notes, _, said = built_notes(tmp_path, {"qa.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards, said


def test_urdu_questions_numbered_with_the_urdu_full_stop(tmp_path: Path) -> None:
    """T28-52 (medium): '1۔ پودے …؟' kept '1۔' on the front; '۱۔' with Urdu digits likewise. The number is the item's."""
    text = "معروضی سوالات – سائنس\n\n"
    for n, (q, key) in enumerate(
        [("پودے کس عمل کے ذریعے خوراک بناتے ہیں؟", "(ب)"), ("پانی کا کیمیائی فارمولا کیا ہے؟", "(ج)")], 1
    ):
        text += f"{'۰۱۲'[n]}۔ {q}\n(الف) تنفس\n(ب) ضیائی تالیف\n(ج) H₂O\nدرست جواب: {key}\n\n"
    notes, _, said = built_notes(tmp_path, {"ur.txt": text})
    assert [note_front(n) for n in notes] == [
        "پودے کس عمل کے ذریعے خوراک بناتے ہیں؟",
        "پانی کا کیمیائی فارمولا کیا ہے؟",
    ], said
    assert [note_back(n) for n in notes] == ["(ب) ضیائی تالیف", "(ج) H₂O"], said


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _arabic_docx(path: Path, lines: list[tuple[str, bool]]) -> Path:
    """A minimal right-to-left .docx, a paragraph a line, bold where asked."""
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(
        f'<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr>{"<w:b/>" if bold else ""}<w:rtl/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
        for text, bold in lines
    )
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W}><w:body>{body}</w:body></w:document>',
        )
    return path


def test_arabic_short_labels_under_bold_questions_in_markdown_and_word(tmp_path: Path) -> None:
    """T28-61 (medium): '**س١: ما الكوكب الأقرب إلى الشمس؟**' / 'ج: عطارد.' kept both labels on the card in Markdown and
    in a Word file (the plain-text form lost them). Both are labels now."""
    page = "# أسئلة مراجعة – العلوم\n\n**س١: ما الكوكب الأقرب إلى الشمس؟**\n\nج: عطارد.\n\n**س٢: كم عدد عظام جسم الإنسان البالغ؟**\n\nج: ٢٠٦ عظمة.\n"
    cards = [("ما الكوكب الأقرب إلى الشمس؟", "عطارد."), ("كم عدد عظام جسم الإنسان البالغ؟", "٢٠٦ عظمة.")]
    notes, _, said = built_notes(tmp_path / "md", {"ar.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == cards, said
    word = _arabic_docx(
        tmp_path / "ar.docx",
        [
            ("أسئلة مراجعة", True),
            ("س١: ما الكوكب الأقرب إلى الشمس؟", True),
            ("ج: عطارد.", False),
            ("س٢: كم عدد عظام جسم الإنسان البالغ؟", True),
            ("ج: ٢٠٦ عظمة.", False),
        ],
    )
    notes, _, said = built_notes(tmp_path / "docx", {"ar.docx": word})
    assert [(note_front(n), note_back(n)) for n in notes] == cards, said


def test_a_true_false_sheets_tick_column_is_on_no_front(tmp_path: Path) -> None:
    """T29-19 (medium): the 'V   F' column printed after each statement to tick one stayed on the front ('Vero o falso:
    Il Sole è una stella. V F'); 'T   F' and a language's own pair ('D   Y') likewise. The key's verdicts answer them."""
    sheet = (
        "Parte A – Scelta multipla\n\n1) Qual è l'organo che pompa il sangue?\na) il fegato\nb) il cuore\nc) il rene\n\n"
        "Parte B – Vero o falso\n\n2) Il Sole è una stella.   V   F\n3) L'acqua bolle a 50 °C al livello del mare.   V   F\n\n"
        "Soluzioni: 1 b; 2 V; 3 F\n"
    )
    notes, _, said = built_notes(tmp_path / "it", {"vf.txt": sheet})
    assert [(note_front(n), note_back(n)) for n in notes][1:] == [
        ("Vero o falso: Il Sole è una stella.", "Vero"),
        ("Vero o falso: L'acqua bolle a 50 °C al livello del mare.", "Falso"),
    ], said
    english = "1. Which organ pumps blood?\na) the liver\nb) the heart\n\n2. The Sun is a star.\tT  F\n"
    english += "3. Water boils at 50 °C.   T   F\n\nAnswers: 1 b; 2 T; 3 F\n"
    notes, _, said = built_notes(tmp_path / "en", {"tf.txt": english})
    assert [(note_front(n), note_back(n)) for n in notes][1:] == [
        ("True or false: The Sun is a star.", "True"),
        ("True or false: Water boils at 50 °C.", "False"),
    ], said


def test_ballot_boxes_before_lettered_options_on_one_line(tmp_path: Path) -> None:
    """T29-16 (severe): '□ a) il fegato   □ b) il cuore   □ c) il polmone' under each question (boxes to tick before
    options lettered already) gave Basic cards of the boxes, the key 'Soluzioni: 1 b; 2 c' unused and glued onto the
    last back. They are options now, the key's marked; a teacher's copy with the box ticked ('☒ b)') needs no key."""
    test = (
        "VERIFICA DI SCIENZE\n\n1) Qual è l'organo che pompa il sangue?\n   □ a) il fegato   □ b) il cuore   □ c) il polmone\n\n"
        "2) Di che colore è la clorofilla?\n   □ a) rossa   □ b) blu   □ c) verde\n\nSoluzioni: 1 b; 2 c\n"
    )
    notes, skipped, said = built_notes(tmp_path / "key", {"test.txt": test})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Qual è l'organo che pompa il sangue?", "B) il cuore"),
        ("Di che colore è la clorofilla?", "C) verde"),
    ], said
    assert not skipped and all("Soluzioni" not in plain_text(str(n["fields"])) for n in notes), said
    ticked = (
        test.replace("□ b) il cuore", "☒ b) il cuore")
        .replace("□ c) verde", "☒ c) verde")
        .split("Soluzioni")[0]
    )
    notes, _, said = built_notes(tmp_path / "ticked", {"test.txt": ticked})
    assert [note_back(n) for n in notes] == ["B) il cuore", "C) verde"], said


@pytest.mark.parametrize("dot", ["·", "•", "・"])
def test_a_one_line_key_separated_by_middle_dots_or_bullets(tmp_path: Path, dot: str) -> None:
    """T29-48 (severe): a key line '1 B · 2 B · 3 C' (a middle dot, a bullet or the Japanese '・' between entries, as a
    typeset quiz prints it) was text outside any item, every question 'none marked correct', nothing written. The
    dots separate entries as commas do."""
    quiz = "Biology Quiz\n\n"
    for n, (q, opts) in enumerate(
        [
            ("Which organelle makes ATP?", "Nucleus|Mitochondrion|Ribosome"),
            ("What carries oxygen?", "Red blood cells|Platelets|Plasma"),
        ],
        1,
    ):
        quiz += f"{n}. {q}\n" + "".join(f"{'ABC'[i]}. {o}\n" for i, o in enumerate(opts.split("|"))) + "\n"
    quiz += f"Answer key\n\n1 B {dot} 2 A\n"
    notes, skipped, said = built_notes(tmp_path, {"quiz.txt": quiz})
    assert [note_back(n) for n in notes] == ["B) Mitochondrion", "A) Red blood cells"], said
    assert not skipped, said
