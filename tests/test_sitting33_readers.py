"""Thirty-third sitting, readers: shapes the new-user trials 31 and 32 found misread (T32-40 …). Fixtures written
here, in the shapes users bring, in several languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

# --- T32-40: exercises numbered from 1 again, keyed by exercise and number -------------------------------------------

_FR = (
    "Exercice 1 : Conjugue au présent.\n\n1) Je (manger) une pomme.\n2) Nous (finir) nos devoirs.\n3) Ils (prendre) le bus.\n\n"
    "Exercice 2 : Questions de cours.\n\n1) Quel est le participe passé de « prendre » ?\n"
    "2) Quel auxiliaire utilise « aller » au passé composé ?\n\n"
    "Corrigé\n\nExercice 1 : 1) mange  2) finissons  3) prennent\nExercice 2 : 1) pris  2) être\n"
)
_DE = (
    "Arbeitsblatt Deutsch – Klasse 7\n\nÜbung 1: Setze das Verb im Präteritum ein.\n\n"
    "1. Gestern (gehen) ich ins Kino.\n2. Wir (essen) Pizza.\n3. Der Hund (laufen) schnell.\n\n"
    "Übung 2 – Wortschatz\n\n1. Was ist das Gegenteil von „laut“?\n2. Nenne ein Synonym für „schnell“.\n\n"
    "Lösungen\n\nÜbung 1: 1. ging  2. aßen  3. lief\nÜbung 2: 1. leise  2. rasch\n"
)
# 'Tema' is in no word list: the key's own groups 'Tema 1:' / 'Tema 2:' name the title lines
_ES = (
    "Tema 1. La célula\n\n1) ¿Cuál es la unidad básica de la vida?\n2) ¿Qué orgánulo produce energía?\n\n"
    "Tema 2. Fotosíntesis\n\n1) ¿Qué gas absorben las plantas?\n2) ¿Dónde ocurre la fotosíntesis?\n3) ¿Qué pigmento es verde?\n\n"
    "Soluciones\n\nTema 1: 1) la célula  2) la mitocondria\n"
    "Tema 2: 1) dióxido de carbono  2) en los cloroplastos  3) la clorofila\n"
)


@pytest.mark.parametrize(
    ("name", "text", "cards"),
    [
        (
            "fiche.txt",
            _FR,
            [
                ("Je (manger) une pomme.", "mange", "Exercice 1 : Conjugue au présent."),
                ("Nous (finir) nos devoirs.", "finissons", "Exercice 1 : Conjugue au présent."),
                ("Ils (prendre) le bus.", "prennent", "Exercice 1 : Conjugue au présent."),
                ("Quel est le participe passé de « prendre » ?", "pris", "Exercice 2 : Questions de cours."),
                ("Quel auxiliaire utilise « aller » au passé composé ?", "être", "Exercice 2 : Questions de cours."),
            ],
        ),
        (
            "arbeitsblatt.txt",
            _DE,
            [
                ("Gestern (gehen) ich ins Kino.", "ging", "Übung 1: Setze das Verb im Präteritum ein."),
                ("Wir (essen) Pizza.", "aßen", "Übung 1: Setze das Verb im Präteritum ein."),
                ("Der Hund (laufen) schnell.", "lief", "Übung 1: Setze das Verb im Präteritum ein."),
                ("Was ist das Gegenteil von „laut“?", "leise", "Übung 2 – Wortschatz"),
                ("Nenne ein Synonym für „schnell“.", "rasch", "Übung 2 – Wortschatz"),
            ],
        ),
        (
            "temas.txt",
            _ES,
            [
                ("¿Cuál es la unidad básica de la vida?", "la célula", "Tema 1. La célula"),
                ("¿Qué orgánulo produce energía?", "la mitocondria", "Tema 1. La célula"),
                ("¿Qué gas absorben las plantas?", "dióxido de carbono", "Tema 2. Fotosíntesis"),
                ("¿Dónde ocurre la fotosíntesis?", "en los cloroplastos", "Tema 2. Fotosíntesis"),
                ("¿Qué pigmento es verde?", "la clorofila", "Tema 2. Fotosíntesis"),
            ],
        ),
    ],
)
def test_exercises_keyed_by_exercise_and_number(tmp_path: Path, name: str, text: str, cards: list[tuple[str, str, str]]) -> None:
    """T32-40 (severe): 'Exercice 2 : Questions de cours.' (a title after the exercise's number) was the answer of
    exercise 1's last question, exercise 2's questions with it, and the key's 'Exercice 1 : 1) …' groups unused. The
    title line is the section its questions (numbered from 1 again) are in, each keyed by its own exercise's group."""
    notes, skipped, said = built_notes(tmp_path, {name: text})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == cards, said
    assert not skipped
    assert not [s for s in said if "answer key" in s or "no answer" in s], said


def test_exercise_titles_with_answers_under_each_question(tmp_path: Path) -> None:
    """T32-40: the same titles over questions answered in place ('Answer: …'), no key: a section each, never the answer
    of the question above."""
    text = (
        "Exercise 1: Past simple\n\n1. I (go) to Paris last year.\nAnswer: went\n\n2. She (buy) a car.\nAnswer: bought\n\n"
        "Exercise 2: Vocabulary\n\n1. What is the opposite of \"cheap\"?\nAnswer: expensive\n\n"
        "2. What is a synonym of \"big\"?\nAnswer: large\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"worksheet.txt": text})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == [
        ("I (go) to Paris last year.", "went", "Exercise 1: Past simple"),
        ("She (buy) a car.", "bought", "Exercise 1: Past simple"),
        ('What is the opposite of "cheap"?', "expensive", "Exercise 2: Vocabulary"),
        ('What is a synonym of "big"?', "large", "Exercise 2: Vocabulary"),
    ], said
    assert not skipped


def test_a_line_like_a_label_not_named_by_the_key_stays_the_answer(tmp_path: Path) -> None:
    """T32-40's guard: a word and a number over a list numbered from 1 under an unanswered question ('Step 1: mix …')
    is that question's answer when the key names no group so; the title rule reads the key's own labels only."""
    text = (
        "1. How do you make a simple syrup?\n\nMethod 2 – the quick way\n\n1. Heat equal parts sugar and water.\n"
        "2. Stir until clear.\n\n2. What is a roux?\n\nFlour cooked in fat.\n"
    )
    notes, _skipped, said = built_notes(tmp_path, {"kitchen.txt": text})
    backs = {note_front(n): note_back(n) for n in notes}
    assert "Method 2" in backs.get("How do you make a simple syrup?", ""), (backs, said)


# --- T31-6: an instruction for a range of questions goes on each of their fronts ------------------------------------

_TOPIK = (
    "제91회 한국어능력시험 TOPIK I (연습)\n\n※ [1~3] 다음은 무엇에 대한 내용입니까? 알맞은 것을 고르십시오.\n\n"
    "1. 사과가 있습니다. 배도 있습니다.\n① 과일    ② 날씨    ③ 나라    ④ 가족\n\n"
    "2. 아버지는 의사입니다. 어머니는 선생님입니다.\n① 취미    ② 직업    ③ 주말    ④ 계절\n\n"
    "3. 저는 서울에 삽니다. 동생은 부산에 삽니다.\n① 장소    ② 나이    ③ 운동    ④ 음식\n\n"
    "※ [4~5] (    )에 들어갈 가장 알맞은 것을 고르십시오.\n\n"
    "4. 배가 고픕니다. (    )을 먹습니다.\n① 물    ② 밥    ③ 책    ④ 옷\n\n"
    "5. 날씨가 춥습니다. 코트를 (    ).\n① 입습니다    ② 씁니다    ③ 신습니다    ④ 봅니다\n\n"
    "[정답]\n1 ①  2 ②  3 ①  4 ②  5 ①\n"
)
_DIRECTIONS = (
    "English Practice Test – Unit 3\n\nDirections for 1-2: Choose the word that best completes the sentence.\n\n"
    "1. She ___ to school every day.\nA. go\nB. goes\nC. going\nD. gone\n\n"
    "2. They ___ football yesterday.\nA. play\nB. plays\nC. played\nD. playing\n\n"
    "Questions 3-4 refer to the sign below.\n\nNO PARKING 8 AM – 6 PM. VIOLATORS WILL BE TOWED.\n\n"
    "3. When is parking not allowed?\nA. At night\nB. During the day\nC. On weekends\nD. Never\n\n"
    "4. What happens to cars parked there?\nA. They get a ticket\nB. They are towed\nC. Nothing\nD. They are washed\n\n"
    "Answer key\n1. B  2. C  3. B  4. B\n"
)
_ES_RANGES = (
    "Examen de Gramática\n\n[1-2] Elige la forma correcta del verbo.\n\n"
    "1. Yo ___ español.\na) habla\nb) hablo\nc) hablas\nd) hablan\n\n"
    "2. Nosotros ___ en Madrid.\na) vivimos\nb) vive\nc) viven\nd) vivo\n\n"
    "[3-4] Elige el sinónimo de la palabra subrayada.\n\n"
    "3. El coche es muy rápido.\na) lento\nb) veloz\nc) caro\nd) nuevo\n\n"
    "4. La casa es enorme.\na) pequeña\nb) gigante\nc) vieja\nd) bonita\n\n"
    "Respuestas: 1-b, 2-a, 3-b, 4-b\n"
)
_RU_RANGE = (
    "Вопросы 1–2. Выберите правильную форму слова.\n\n1. Я вижу ___.\nA) мама\nB) маму\nC) мамой\n\n"
    "2. Мы говорим о ___.\nA) книге\nB) книга\nC) книгу\n\nОтветы: 1 – B, 2 – A\n"
)


@pytest.mark.parametrize(
    ("name", "text", "cards"),
    [
        (
            "topik.txt",
            _TOPIK,
            [
                ("다음은 무엇에 대한 내용입니까? 알맞은 것을 고르십시오. 사과가 있습니다. 배도 있습니다.", "① 과일"),
                ("다음은 무엇에 대한 내용입니까? 알맞은 것을 고르십시오. 아버지는 의사입니다. 어머니는 선생님입니다.", "② 직업"),
                ("다음은 무엇에 대한 내용입니까? 알맞은 것을 고르십시오. 저는 서울에 삽니다. 동생은 부산에 삽니다.", "① 장소"),
                ("( )에 들어갈 가장 알맞은 것을 고르십시오. 배가 고픕니다. ( )을 먹습니다.", "② 밥"),
                ("( )에 들어갈 가장 알맞은 것을 고르십시오. 날씨가 춥습니다. 코트를 ( ).", "① 입습니다"),
            ],
        ),
        (
            "unit3.txt",
            _DIRECTIONS,
            [
                ("Choose the word that best completes the sentence. She ___ to school every day.", "B) goes"),
                ("Choose the word that best completes the sentence. They ___ football yesterday.", "C) played"),
                ("NO PARKING 8 AM – 6 PM. VIOLATORS WILL BE TOWED. When is parking not allowed?", "B) During the day"),
                ("NO PARKING 8 AM – 6 PM. VIOLATORS WILL BE TOWED. What happens to cars parked there?", "B) They are towed"),
            ],
        ),
        (
            "gramatica.txt",
            _ES_RANGES,
            [
                ("Elige la forma correcta del verbo. Yo ___ español.", "B) hablo"),
                ("Elige la forma correcta del verbo. Nosotros ___ en Madrid.", "A) vivimos"),
                ("Elige el sinónimo de la palabra subrayada. El coche es muy rápido.", "B) veloz"),
                ("Elige el sinónimo de la palabra subrayada. La casa es enorme.", "B) gigante"),
            ],
        ),
        (
            "grammatika.txt",
            _RU_RANGE,
            [("Выберите правильную форму слова. Я вижу ___.", "B) маму"), ("Выберите правильную форму слова. Мы говорим о ___.", "A) книге")],
        ),
    ],
)
def test_range_instruction_on_each_front(tmp_path: Path, name: str, text: str, cards: list[tuple[str, str]]) -> None:
    """T31-6 (medium): '※ [4~5] … 고르십시오.' was the explanation of question 3 and '※ [1~3] …' in no card, silently;
    'Directions for 1-2: …', '[3-4] Elige …', 'Вопросы 1–2. Выберите …' alike. The instruction (its range off) is on
    the front of each question in its range, above the question; a lead-in that only points at the passage under it
    ('Questions 3-4 refer to the sign below.') shows the passage."""
    notes, skipped, said = built_notes(tmp_path, {name: text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards, said
    assert not [n for n in notes if n["fields"].get("Explanation")], [n["fields"].get("Explanation") for n in notes]
    assert not skipped
    assert not [s for s in said if "outside any item" in s or "no answer" in s], said


# --- T32-38: an exercise's instruction is the section of the items under it, on their fronts -------------------------

_EN_TWO = (
    "Grammar practice – Unit 5\n\nPut the verbs in brackets into the past simple.\n\n"
    "1. Yesterday I ______ (walk) to school.\n2. She ______ (see) a film last night.\n\n"
    "Write the plural of each noun.\n\n1. child\n2. mouse\n3. box\n\n"
    "Key\n\nPast simple: 1. walked  2. saw\nPlurals: 1. children  2. mice  3. boxes\n"
)
_FR_INLINE = (
    "Conjugue les verbes au futur simple.\n\n1) Demain, je (partir) tôt.\nRéponse : partirai\n\n"
    "2) Nous (voir) nos amis.\nRéponse : verrons\n\nTraduis en français.\n\n"
    "1) the house\nRéponse : la maison\n\n2) the dog\nRéponse : le chien\n"
)


@pytest.mark.parametrize(
    ("name", "text", "cards"),
    [
        (
            "unit5.txt",
            _EN_TWO,
            [
                ("Yesterday I ______ (walk) to school.", "walked", "Put the verbs in brackets into the past simple."),
                ("She ______ (see) a film last night.", "saw", "Put the verbs in brackets into the past simple."),
                ("child", "children", "Write the plural of each noun."),
                ("mouse", "mice", "Write the plural of each noun."),
                ("box", "boxes", "Write the plural of each noun."),
            ],
        ),
        (
            "futur.txt",
            _FR_INLINE,
            [
                ("Demain, je (partir) tôt.", "partirai", "Conjugue les verbes au futur simple."),
                ("Nous (voir) nos amis.", "verrons", "Conjugue les verbes au futur simple."),
                ("the house", "la maison", "Traduis en français."),
                ("the dog", "le chien", "Traduis en français."),
            ],
        ),
        (
            "present.txt",
            "Exercise 4. Put the verbs in brackets into the present simple.\n\n1. She ______ (go) to school every day.\n"
            "2. They ______ (not / like) coffee.\n3. The sun ______ (rise) in the east.\n\nKey\n1. goes\n2. don't like\n3. rises\n",
            [
                ("She ______ (go) to school every day.", "goes", "Exercise 4. Put the verbs in brackets into the present simple."),
                ("They ______ (not / like) coffee.", "don't like", "Exercise 4. Put the verbs in brackets into the present simple."),
                ("The sun ______ (rise) in the east.", "rises", "Exercise 4. Put the verbs in brackets into the present simple."),
            ],
        ),
    ],
)
def test_exercise_instruction_is_the_section_of_its_items(tmp_path: Path, name: str, text: str, cards: list[tuple[str, str, str]]) -> None:
    """T32-38 (medium): an exercise's instruction ('Write the plural of each noun.' over a list numbered from 1 again)
    was the last answer of the exercise above, the next exercise's items with it; the first one only the file's title.
    Each instruction is the section of the items under it (the card's context line on the front), and a key in groups
    keys each exercise's run."""
    notes, skipped, said = built_notes(tmp_path, {name: text})
    assert [(note_front(n), note_back(n), n["fields"]["Section"]) for n in notes] == cards, said
    assert not skipped
    assert not [s for s in said if "answer key" in s or "no answer" in s], said


@pytest.mark.parametrize("tail", ["\n3. What is meiosis?\nCell division that halves the chromosome number.\n", ""])
def test_a_list_in_an_answer_is_no_exercise(tmp_path: Path, tail: str) -> None:
    """T32-38's guard: a line over a list numbered from 1 that gives way to the next question's number, or ends the
    document with no key below, is the answer's lead-in and list, as before."""
    text = (
        "1. What is mitosis?\nCell division that gives two identical cells.\n\n2. Name the phases of mitosis.\n\n"
        "They come in this order.\n\n1. Prophase\n2. Metaphase\n3. Anaphase\n4. Telophase\n" + tail
    )
    notes, _skipped, said = built_notes(tmp_path, {"bio.txt": text})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["Name the phases of mitosis."] == "They come in this order. 1. Prophase 2. Metaphase 3. Anaphase 4. Telophase", said
    assert len(notes) == (3 if tail else 2)
    assert all(not n["fields"]["Section"] for n in notes)


# --- T32-49: a numbering slip is a question of its own, said at its line --------------------------------------------


def _mcq(number: str, stem: str, options: list[str]) -> str:
    return f"{number} {stem}\n" + "".join(f"{letter} {o}\n" for letter, o in zip(["A.", "B.", "C."], options, strict=True)) + "\n"


_SLIP = (
    _mcq("1.", "Capital of France?", ["Rome", "Paris", "Madrid"])
    + _mcq("2.", "2+2?", ["4", "5", "6"])
    + _mcq("2.", "Largest ocean?", ["Atlantic", "Indian", "Pacific"])
    + "{last}"
    + "Answers: 1-B 2-A 3-C 4-A\n"
)


@pytest.mark.parametrize(
    ("last", "said_at_11"),
    [
        (_mcq("4.", "H2O?", ["Water", "Salt", "Oil"]), "question numbered 2 after question 2: read as a question of its own, numbered 3 (the next is 4)"),
        (_mcq("3.", "H2O?", ["Water", "Salt", "Oil"]), "question numbered 2 after question 2: read as a question of its own"),
    ],
)
def test_numbering_slip_is_its_own_question(tmp_path: Path, last: str, said_at_11: str) -> None:
    """T32-49 (medium): '1.', '2.', '2.', '4.' over a key '1-B 2-A 3-C 4-A': the second '2.' with its options was
    question 2's explanation, silently. It is a question of its own, said at its line; read as 3 when the next is 4,
    and a key numbering one entry per question pairs them in order when the numbers go on after the slip ('1.', '2.',
    '2.', '3.': H2O was keyed 'C) Oil', the key's 3)."""
    notes, skipped, said = built_notes(tmp_path, {"quiz.txt": _SLIP.format(last=last)})
    assert [(note_front(n), note_back(n), n["fields"].get("Explanation", "")) for n in notes] == [
        ("Capital of France?", "B) Paris", ""),
        ("2+2?", "A) 4", ""),
        ("Largest ocean?", "C) Pacific", ""),
        ("H2O?", "A) Water", ""),
    ], said
    assert not skipped
    assert [s for s in said if ": warning:" in s and "deck.toml" not in s] == [f"sources/quiz.txt:11: warning: {said_at_11} (correct its number in the document)"]


def test_numbering_slip_in_spanish(tmp_path: Path) -> None:
    """T32-49: '3)' after '3)' with options 'a)'–'c)', then '5)': question 4, keyed by the key's '4-b'."""
    text = (
        "1) ¿Capital de Perú?\na) Lima\nb) Quito\nc) Bogotá\n\n2) ¿Quién pintó Las Meninas?\na) Goya\nb) Velázquez\nc) Picasso\n\n"
        "2) ¿Río más largo de España?\na) Ebro\nb) Tajo\nc) Duero\n\n4) ¿Moneda de Japón?\na) Yuan\nb) Won\nc) Yen\n\n"
        "Respuestas: 1-a, 2-b, 3-b, 4-c\n"
    )
    notes, _skipped, said = built_notes(tmp_path, {"historia.txt": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("¿Capital de Perú?", "A) Lima"),
        ("¿Quién pintó Las Meninas?", "B) Velázquez"),
        ("¿Río más largo de España?", "B) Tajo"),
        ("¿Moneda de Japón?", "C) Yen"),
    ], said
    assert any(s.startswith("sources/historia.txt:11: warning: question numbered 2 after question 2") for s in said), said


# --- T31-59: a question's 'Domain:' / 'Topic:' line under its label is its section, never its front ----------------

_PMP = (
    "PMP Practice Exam – Mini Set\nQuestion 1 of 2\nDomain: People\n"
    "A team member repeatedly misses stand-ups. What should the project manager do first?\n"
    "A. Escalate to the functional manager\nB. Talk privately with the team member\nC. Remove the team member from the team\n"
    "Correct answer: B\n\nQuestion 2 of 2\nDomain: Process\nWhich document authorises the project?\n"
    "A. Project charter\nB. Project management plan\nC. Business case\nCorrect answer: A\n"
)
_THEMA = (
    "Biologie – Übungsfragen\n\nFrage 1\nThema: Zellbiologie\nWelches Organell ist der Ort der Zellatmung?\nA. Zellkern\n"
    "B. Mitochondrium\nC. Ribosom\nRichtige Antwort: B\n\nFrage 2\nThema: Genetik\n"
    "Wie viele Chromosomen hat eine menschliche Körperzelle?\nA. 23\nB. 46\nC. 48\nRichtige Antwort: B\n"
)
_OBJECTIVE = (
    "Question 1\nObjective: 1.4 Given a scenario, configure a subnet\nHow many usable hosts does a /26 network provide?\n"
    "A. 30\nB. 62\nC. 64\nAnswer: B\n\nQuestion 2\nObjective: 2.3 Explain wireless standards\n"
    "Which standard operates only in the 5 GHz band?\nA. 802.11b\nB. 802.11g\nC. 802.11a\nAnswer: C\n"
)
_DOMAIN_MD = (
    "# AWS SAA practice\n\n### Question 1\n**Domain:** Design Resilient Architectures\n\n"
    "Which service gives a managed relational database with automatic failover?\n\n"
    "- A. Amazon S3\n- B. Amazon RDS Multi-AZ\n- C. Amazon EC2\n\n**Answer:** B\n\n"
    "### Question 2\n**Domain:** Design Cost-Optimized Architectures\n\n"
    "Which S3 storage class is cheapest for data accessed once a year?\n\n"
    "- A. S3 Standard\n- B. S3 Glacier Deep Archive\n- C. S3 One Zone-IA\n\n**Answer:** B\n"
)


@pytest.mark.parametrize(
    ("name", "text", "cards"),
    [
        (
            "pmp.txt",
            _PMP,
            [
                ("A team member repeatedly misses stand-ups. What should the project manager do first?", "B) Talk privately with the team member", "People"),
                ("Which document authorises the project?", "A) Project charter", "Process"),
            ],
        ),
        (
            "bio.txt",
            _THEMA,
            [
                ("Welches Organell ist der Ort der Zellatmung?", "B) Mitochondrium", "Zellbiologie"),
                ("Wie viele Chromosomen hat eine menschliche Körperzelle?", "B) 46", "Genetik"),
            ],
        ),
        (
            "netplus.txt",
            _OBJECTIVE,
            [
                ("How many usable hosts does a /26 network provide?", "B) 62", "1.4 Given a scenario, configure a subnet"),
                ("Which standard operates only in the 5 GHz band?", "C) 802.11a", "2.3 Explain wireless standards"),
            ],
        ),
        (
            "saa.md",
            _DOMAIN_MD,
            [
                ("Which service gives a managed relational database with automatic failover?", "B) Amazon RDS Multi-AZ", "Design Resilient Architectures"),
                ("Which S3 storage class is cheapest for data accessed once a year?", "B) S3 Glacier Deep Archive", "Design Cost-Optimized Architectures"),
            ],
        ),
    ],
)
def test_topic_line_under_the_label_is_the_section(tmp_path: Path, name: str, text: str, cards: list[tuple[str, str, str]]) -> None:
    """T31-59 (medium): 'Domain: People' between 'Question 1 of 3' and the stem opened every front ('Domain: People A
    team member …'); 'Thema:', 'Objective:', a bold '**Domain:**' under a '### Question 1' heading alike. The line's
    value is the card's section (the context line on its front), never the question's text."""
    notes, skipped, said = built_notes(tmp_path, {name: text})
    assert [(note_front(n), note_back(n), n["fields"]["Section"].split(" › ")[-1]) for n in notes] == cards, said
    assert not skipped


# --- T32-48: short questions printed side by side on a line ----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "cards"),
    [
        (
            "quick.txt",
            "Quick check\n\n1. What is 2 + 2?   2. What is 3 × 3?   3. What is 10 − 4?\n4. What is 12 ÷ 3?   5. What is 5²?\n\n"
            "Answers: 1. 4  2. 9  3. 6  4. 4  5. 25\n",
            [("What is 2 + 2?", "4"), ("What is 3 × 3?", "9"), ("What is 10 − 4?", "6"), ("What is 12 ÷ 3?", "4"), ("What is 5²?", "25")],
        ),
        (
            "tiere.txt",
            "Vokabeltest – Tiere\n\n1. der Hund ___\t2. die Katze ___\t3. das Pferd ___\n4. die Kuh ___\t5. das Schaf ___\n\n"
            "Lösungen: 1. the dog  2. the cat  3. the horse  4. the cow  5. the sheep\n",
            [("der Hund ___", "the dog"), ("die Katze ___", "the cat"), ("das Pferd ___", "the horse"), ("die Kuh ___", "the cow"), ("das Schaf ___", "the sheep")],
        ),
        (
            "geo.md",
            "# Révisions\n\n1) Quelle est la capitale de l'Italie ?    2) Quel est le plus long fleuve de France ?\n"
            "3) Combien de pays dans l'UE ?    4) Quelle mer borde Marseille ?\n\n"
            "**Réponses :** 1) Rome  2) la Loire  3) 27  4) la Méditerranée\n",
            [
                ("Quelle est la capitale de l'Italie ?", "Rome"),
                ("Quel est le plus long fleuve de France ?", "la Loire"),
                ("Combien de pays dans l'UE ?", "27"),
                ("Quelle mer borde Marseille ?", "la Méditerranée"),
            ],
        ),
    ],
)
def test_questions_side_by_side_are_a_card_each(tmp_path: Path, name: str, text: str, cards: list[tuple[str, str]]) -> None:
    """T32-48 (medium): '1. What is 2 + 2?   2. What is 3 × 3?' (a drill sheet's grid) gave 0 cards ('cannot tell this
    document's layout'). Each short question on such a line (numbered in turn, a wide gap or a tab between, each asking
    or leaving a blank) is a card of its own at that line, keyed by the key line's entries."""
    notes, skipped, said = built_notes(tmp_path, {name: text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards, said
    assert [n["items"][0]["line"] for n in notes][:2] == [3, 3], "each at the line it stood on"
    assert not skipped
