"""Thirtieth sitting, readers: the trial-29 findings left open about reading Markdown, plain text and notes layouts
(the list of the lead's brief) and the trial-30 findings of that area."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes as _built
from conftest import note_back, note_front

# --- T29-L2: a numbered list of questions, each answered in a toggle under it --------------------------------------

_TOGGLED = """# Сети и браузер

1. Когда пользователь вводит адрес в браузере, что происходит? Расскажи про этапы рендера.
   <details>
   <summary>Ответ</summary>

   1. Браузер ищет IP домена через DNS.
   2. Парсит HTML в DOM; синхронный `<script>` блокирует парсинг.
   3. DOM и CSSOM дают render tree, затем layout и paint.

   Дальше срабатывает `DOMContentLoaded`.

   </details>

1. Какие заголовки используются чаще всего? Приведи пример.
   <details>
   <summary>Ответ</summary>

   `Host`, `Accept`, `Content-Type`.

   </details>

1. Что такое CORS? Это связано с HTTP?
   <details>
   <summary>Ответ</summary>

   Механизм, которым сервер разрешает чтение ответа другому origin.

   </details>

1. Какие способы связи микросервисов знаешь? Их плюсы и минусы.
   <details>
   <summary>Ответ</summary>

   REST, RPC, брокеры сообщений.

   </details>
"""

_NET = """# Networks

1. What happens when you type a URL and press Enter? Describe the rendering stages.
   <details>
   <summary>Answer</summary>

   1. The browser resolves the domain through DNS.
   2. It parses HTML into the DOM; a synchronous `<script>` blocks parsing.

   Then `DOMContentLoaded` fires.

   </details>

1. What is CORS?
   <details>
   <summary>Answer</summary>

   A rule that lets a server say which other origins may read its responses.

   </details>
"""


def test_a_task_after_the_question_mark_over_an_answer_toggle_stays_on_the_front(tmp_path: Path) -> None:
    """T29-L2 (severe; a Russian interview page): '1. …, что происходит? Расскажи про этапы рендера.' over its
    '<details><summary>Ответ</summary>' toggle — with three such entries the page was rewritten as one-line 'question
    >> answer' cards: the task went to the back and each toggle was left as raw HTML (a code span '`<script>`' in it
    taken for a script and cut off with the rest of the answer). The words after the '?' are the question's, in any
    language, whenever the answer opens in a box below; the toggle's list and code spans render as Markdown."""
    notes, _, said = _built(tmp_path, {"ru.md": _TOGGLED})
    fronts = [note_front(n) for n in notes]
    assert fronts == [
        "Когда пользователь вводит адрес в браузере, что происходит? Расскажи про этапы рендера.",
        "Какие заголовки используются чаще всего? Приведи пример.",
        "Что такое CORS? Это связано с HTTP?",
        "Какие способы связи микросервисов знаешь? Их плюсы и минусы.",
    ], (fronts, said)
    first = notes[0]["fields"]["Answer"]
    assert "<ol>" in first and "<code>&lt;script&gt;</code>" in first, first
    assert note_back(notes[0]).startswith("Браузер ищет IP домена через DNS.")
    assert "render tree" in note_back(notes[0]) and note_back(notes[0]).endswith("DOMContentLoaded .")
    assert note_back(notes[1]) == "Host , Accept , Content-Type ."
    assert not any("active content" in s for s in said), said
    assert not any("<details" in n["fields"]["Answer"] or "1. " in note_back(n) for n in notes)


def test_an_english_task_after_the_question_mark_stays_on_the_front_too(tmp_path: Path) -> None:
    """T29-L2 (net.md): two entries only, read by the list-of-questions rule: 'Describe the rendering stages.' was the
    first paragraph of the back. It is on the front; the back is the toggle's list and closing line."""
    notes, _, said = _built(tmp_path, {"net.md": _NET})
    assert [note_front(n) for n in notes] == [
        "What happens when you type a URL and press Enter? Describe the rendering stages.",
        "What is CORS?",
    ], said
    assert note_back(notes[0]).startswith("The browser resolves the domain through DNS.")
    assert "<code>&lt;script&gt;</code>" in notes[0]["fields"]["Answer"]
    assert note_back(notes[1]) == "A rule that lets a server say which other origins may read its responses."


# --- T29-55 / T29-47: a question's label in any language, alone over it or before it ------------------------------

_ALONE = {
    "pl": ("Pytanie {n}", "Odpowiedź: {a}"),
    "sv": ("Fråga {n}", "Svar: {a}"),
    "uk": ("Питання {n}", "Відповідь: {a}"),
    "hu": ("{n}. kérdés", "Válasz: {a}"),
    "fi": ("Kysymys {n}", "Vastaus: {a}"),
    "ro": ("Întrebarea {n}", "Răspuns: {a}"),
    "el": ("Ερώτηση {n}", "Απάντηση: {a}"),
    "he": ("שאלה {n}", "תשובה: {a}"),
    "ar": ("سؤال {n}", "الإجابة: {a}"),
    "fa": ("سوال {n}", "پاسخ: {a}"),
    "hi": ("प्रश्न {n}", "उत्तर: {a}"),
    "th": ("คำถามที่ {n}", "คำตอบ: {a}"),
    "tl": ("Tanong {n}", "Sagot: {a}"),
}
_QUIZ = [
    ("What is the capital of Peru?", "Lima"),
    ("Which river is the longest?", "The Nile"),
    ("How many continents are there?", "Seven"),
]


def _alone(lang: str, bold: bool = False) -> str:
    label, answer = _ALONE[lang]
    mark = "**" if bold else ""
    return "\n".join(
        f"{mark}{label.format(n=n)}{mark}\n{q}\n{answer.format(a=a)}\n" for n, (q, a) in enumerate(_QUIZ, 1)
    )


def test_a_label_alone_over_its_question_makes_a_card_in_any_language(tmp_path: Path) -> None:
    """T29-55 (severe): 'Pytanie 1' / the question / 'Odpowiedź: Lima' gave no card at all ("cannot tell this
    document's layout") in Polish, Swedish, Ukrainian, Finnish, Romanian, Greek, Hebrew, Arabic, Persian, Hindi and
    Thai, and Hungarian's '1. kérdés' one wrong card 'kérdés' holding all three: the question words lived in several
    lists, each missing some. One table (lines.QUESTION_WORDS) now feeds every label rule: each file gives its three
    cards, the question on the front, the answer without its label on the back, the label on neither."""
    for lang in _ALONE:
        notes, _, said = _built(tmp_path / lang, {f"{lang}.txt": _alone(lang)})
        cards = [(note_front(n), note_back(n)) for n in notes]
        assert cards == _QUIZ, (lang, cards, said)


def test_a_bold_label_alone_over_its_question_is_no_glossary_term(tmp_path: Path) -> None:
    """T29-55: '**Pytanie 1**' in bold on its line over the question was read as a glossary term (the question its
    definition: fronts ': Jaka jest …?'). A question's label with an answer label under it is a label."""
    notes, _, said = _built(tmp_path, {"pl.md": _alone("pl", bold=True)})
    assert [(note_front(n), note_back(n)) for n in notes] == _QUIZ, said


_INLINE = {
    "tl": ("Tanong {n}: {q}", "Sagot: {a}"),
    "yo": ("Ìbéèrè {n}: {q}", "Ìdáhùn: {a}"),
    "ha": ("Tambaya {n}: {q}", "Amsa: {a}"),
    "zu": ("Umbuzo {n}: {q}", "Impendulo: {a}"),
    "ro": ("Întrebarea {n}: {q}", "Răspuns: {a}"),
    "sw": ("Swali {n}: {q}", "Jibu: {a}"),
}


def test_question_and_answer_labels_are_off_the_cards_in_any_language(tmp_path: Path) -> None:
    """T29-47 (medium): Tagalog 'Tanong 1: …' / 'Sagot: …', Yoruba 'Ìbéèrè 1:' / 'Ìdáhùn:', Hausa 'Tambaya 1:' /
    'Amsa:', Zulu 'Umbuzo 1:' / 'Impendulo:' and Romanian 'Întrebarea 1:' / 'Răspuns:' stayed on every front and back.
    They are labels as 'Question 1:' / 'Answer:' are (Swahili 'Swali' / 'Jibu' too)."""
    for lang, (ask, tell) in _INLINE.items():
        text = "\n".join(f"{ask.format(n=n, q=q)}\n{tell.format(a=a)}\n" for n, (q, a) in enumerate(_QUIZ, 1))
        notes, _, said = _built(tmp_path / lang, {f"{lang}.txt": text})
        assert [(note_front(n), note_back(n)) for n in notes] == _QUIZ, (lang, said)


# --- T29-50: a bonus question after the numbered ones ---------------------------------------------------------------

_WORKSHEET = """Name: ______________________   Date: __________
Score: ______ / 10

Unit 5 Review - The American Revolution
Directions: Answer each question in complete sentences.

1. What was the Stamp Act?
Ans: A 1765 British tax on printed materials in the colonies.

2. When was the Declaration of Independence adopted?
Ans: July 4, 1776.

BONUS (2 pts): Who wrote most of the Declaration?
Ans: Thomas Jefferson.
"""

_ZUSATZ = """1. Wie heißt die Hauptstadt von Frankreich?
Lösung: Paris

2. Wie viele Beine hat eine Spinne?
Lösung: Acht

Zusatzfrage: Welcher Fluss fließt durch Wien?
Lösung: Die Donau
"""


def test_a_bonus_question_after_the_numbered_ones_is_a_card_of_its_own(tmp_path: Path) -> None:
    """T29-50 (severe; a worksheet): 'BONUS (2 pts): Who wrote most of the Declaration?' / 'Ans: Thomas Jefferson.'
    after question 2's answer was glued onto that back ('July 4, 1776. BONUS (2 pts): … Ans: Thomas Jefferson.'). A
    line set off by a blank line that asks, answered right under it by the sheet's own answer label, is a question
    without a number: its card has the question without its 'BONUS (2 pts):' label; the answer above ends before it.
    Other languages and labels alike ('Zusatzfrage:' / 'Lösung:'), in Markdown too."""
    for name, text, want in (
        ("worksheet.txt", _WORKSHEET, ("Who wrote most of the Declaration?", "Thomas Jefferson.")),
        ("worksheet.md", _WORKSHEET, ("Who wrote most of the Declaration?", "Thomas Jefferson.")),
        ("zusatz.txt", _ZUSATZ, ("Welcher Fluss fließt durch Wien?", "Die Donau")),
    ):
        notes, _, said = _built(tmp_path / name, {name: text})
        cards = [(note_front(n), note_back(n)) for n in notes]
        assert len(cards) == 3 and cards[-1] == want, (name, cards, said)
        assert not any("BONUS" in f or "BONUS" in b or "Zusatzfrage" in b for f, b in cards), cards
    assert cards[1] == ("Wie viele Beine hat eine Spinne?", "Acht")


# --- T29-18: spoiler-hidden answers ------------------------------------------------------------------------------------

_REDDIT = """# Pharm flash review (from my r/step1 post)

**Q1.** Drug of choice for absence seizures? >!Ethosuximide!<

**Q2.** Antidote for heparin overdose? >!Protamine sulfate!<

**Q3.** Which diuretic causes ototoxicity? >!Loop diuretics (furosemide)!<
"""

_DISCORD = """## Spanish vocab check
1. el perro → ||the dog||
2. la manzana → ||the apple||
3. el coche → ||the car||
"""

_UNDER = """# Capitals

What is the capital of France?
>!Paris!<

What is the capital of Spain?
||Madrid||

What is the capital of Italy?
>!Rome!<
"""


def test_spoiler_hidden_answers_are_the_backs_without_their_marks(tmp_path: Path) -> None:
    """T29-18 (severe): Reddit's '**Q1.** Drug of choice …? >!Ethosuximide!<' lost Q1 ("question has no answer") and
    showed '!Protamine sulfate!<' on the other backs; Discord's 'el perro → ||the dog||' kept its bars. A spoiler
    that ends a line, after a label, a separator or nothing, and a line that is only a spoiler under its question,
    are the answer: every question a card, the back without the marks, the front without the label."""
    notes, _, said = _built(tmp_path / "r", {"pharm.md": _REDDIT})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Drug of choice for absence seizures?", "Ethosuximide"),
        ("Antidote for heparin overdose?", "Protamine sulfate"),
        ("Which diuretic causes ototoxicity?", "Loop diuretics (furosemide)"),
    ], said
    notes, _, said = _built(tmp_path / "d", {"vocab.md": _DISCORD})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("el perro", "the dog"),
        ("la manzana", "the apple"),
        ("el coche", "the car"),
    ], said
    notes, _, said = _built(tmp_path / "u", {"capitals.md": _UNDER})
    assert [note_back(n) for n in notes] == ["Paris", "Madrid", "Rome"], said
    notes, _, said = _built(
        tmp_path / "t",
        {
            "capitals.txt": "Capital of France ||Paris||\nCapital of Spain ||Madrid||\nCapital of Italy ||Rome||\n"
        },
    )
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Capital of France", "Paris"),
        ("Capital of Spain", "Madrid"),
        ("Capital of Italy", "Rome"),
    ], said


# --- T29-21: headings that only number the parts of an answer --------------------------------------------------------

_SCENARIOS = """# Why do we re-use training parameters to scale test data?

Many algorithms need features on one scale. A common question is how to scale a dataset correctly; which of these
is right?

### Scenario 1:

    scaled = (dataset - dataset_mean) / dataset_std
    train, test = split(scaled)

### Scenario 2:

    scaled_test = (test - test_mean) / test_std

### Scenario 3:

    scaled_test = (test - train_mean) / train_std

The right way is Scenario 3: the test data stands for new, unseen data.
"""

_WAYS = """## Three ways to compute the F1 score in cross-validation

Forman and Scholz list three ways to compute it across k folds.

#### (1)

We compute the F1 score for each fold, then average the scores.

#### (2)

We average precision and recall across the folds, then compute F1 from the averages.

#### (3)

We sum TP, FP and FN over the folds and compute F1 from the sums.
"""


def test_headings_that_only_number_parts_stay_in_the_answer_they_go_on(tmp_path: Path) -> None:
    """T29-21 (high; rasbt's ML FAQ): '### Scenario 1:' … under a question, '#### (1)' … under a statement heading
    were cards fronted 'Scenario 1', '(1)' (nothing said what they were about; two pages' 'Scenario 1' cards looked
    alike). A heading that only numbers a part ('(1)', 'Scenario 2', 'Case 3', 'Step 1', 'Method 2', 'Вариант 1')
    under a heading's text is part of that answer: one card, whose back holds every part and the closing verdict."""
    notes, _, said = _built(tmp_path / "s", {"scale.md": _SCENARIOS})
    assert [note_front(n) for n in notes] == ["Why do we re-use training parameters to scale test data?"], (
        said
    )
    back = note_back(notes[0])
    assert all(f"Scenario {k}" in back for k in (1, 2, 3)) and "The right way is Scenario 3" in back, back
    notes, _, said = _built(tmp_path / "w", {"f1.md": _WAYS})
    assert [note_front(n) for n in notes] == ["Three ways to compute the F1 score in cross-validation"], said
    back = note_back(notes[0])
    assert "average the scores" in back and "from the averages" in back and "from the sums" in back, back
    assert not any(note_front(n).endswith(("(1)", "(2)", "Scenario 1")) for n in notes)


# --- T29-57: a page's notes heading among its question headings, in any language -------------------------------------

_NOTES = """# {title}

## {q1}

{a1}

## {notes}

{reminder}

## {q2}

{a2}
"""


def test_a_notes_heading_among_question_headings_is_no_card_in_any_language(tmp_path: Path) -> None:
    """T29-57 (medium): '## Σημειώσεις' (Greek 'Notes') between question headings was a card fronted 'Σημειώσεις'
    where English '## Notes' is part of the answer above. The notes heading is that in the languages deckc reads
    (Greek, German, Spanish, Russian, Chinese, Japanese …): no card of its own."""
    pages = {
        "el": (
            "Ιστορία",
            "Ποια είναι η πρωτεύουσα της Ελλάδας;",
            "Η Αθήνα.",
            "Σημειώσεις",
            "Διαβάστε το κεφάλαιο 3.",
            "Ποιος ήταν ο πρώτος κυβερνήτης;",
            "Ο Καποδίστριας.",
        ),
        "de": (
            "Geschichte",
            "Was ist die Hauptstadt von Österreich?",
            "Wien.",
            "Notizen",
            "Kapitel 3 lesen.",
            "Wer war der erste Kanzler?",
            "Karl Renner.",
        ),
        "ru": (
            "История",
            "Какая столица России?",
            "Москва.",
            "Заметки",
            "Прочитать главу 3.",
            "Кто основал Петербург?",
            "Пётр I.",
        ),
        "zh": (
            "历史",
            "中国的首都是哪里？",
            "北京。",
            "备注",
            "周五前读第三章。",
            "谁统一了中国？",
            "秦始皇。",
        ),
    }
    for lang, (title, q1, a1, notes, reminder, q2, a2) in pages.items():
        text = _NOTES.format(title=title, q1=q1, a1=a1, notes=notes, reminder=reminder, q2=q2, a2=a2)
        built, _, said = _built(tmp_path / lang, {f"{lang}.md": text})
        assert [note_front(n) for n in built] == [q1, q2], (lang, said)
        assert note_back(built[1]) == a2


# --- T29-51: closing lines after the last answer ---------------------------------------------------------------------


def test_an_end_marker_total_or_sign_off_after_the_last_answer_is_on_no_card(tmp_path: Path) -> None:
    """T29-51 (medium): '*** END OF QUIZ ***' / 'Total: 2 marks' and "Good luck on Friday's test! 🙂" / '— Ms. Okafor'
    after the last answer were glued onto it ('54 / *** END OF QUIZ *** / Total: 2 marks'). The page's closing
    paragraph (an end marker, a total, good wishes in any language, a signature under them) is no card text; a
    quote's '— Albert Einstein' alone is left to the answer it ends."""
    quiz = "1. What is 7 x 8?\nAnswer: 56\n\n2. What is 9 x 6?\nAnswer: 54\n\n*** END OF QUIZ ***\nTotal: 2 marks\n"
    review = "Q: What is the capital of Kenya?\nA: Nairobi\n\nQ: What is the capital of Ghana?\nA: Accra\n\nGood luck on Friday's test! 🙂\n— Ms. Okafor\n"
    german = "## Was ist die Hauptstadt von Kenia?\n\nNairobi.\n\n## Was ist die Hauptstadt von Ghana?\n\nAccra.\n\nViel Erfolg!\n"
    for name, text, last in (
        ("quiz.txt", quiz, "54"),
        ("review.txt", review, "Accra"),
        ("de.md", german, "Accra."),
    ):
        notes, _, said = _built(tmp_path / name, {name: text})
        assert note_back(notes[-1]) == last, (name, note_back(notes[-1]), said)
        assert not any("glyph" in s for s in said), said
    quote = "## Who said it?\n\nImagination is more important than knowledge.\n\n— Albert Einstein\n"
    notes, _, _ = _built(tmp_path / "q", {"quote.md": quote})
    assert note_back(notes[0]).endswith("— Albert Einstein")


# --- T29-40: a numbered reference list that ends the page -------------------------------------------------------------

_CITING = """Q: What is the mechanism of aspirin?
A: Irreversible inhibition of COX-1 and COX-2 [1].

Q: What is the antidote for paracetamol overdose?
A: N-acetylcysteine [2].

Q: Which drug class ends in -olol?
A: Beta blockers [1][3].

References
[1] Katzung BG. Basic and Clinical Pharmacology. 15th ed. 2021.
[2] Heard KJ. Acetylcysteine for acetaminophen poisoning. NEJM 2008.
[3] https://en.wikipedia.org/wiki/Beta_blocker
"""


def test_a_closing_reference_list_is_each_cards_notes_never_the_last_answer(tmp_path: Path) -> None:
    """T29-40 (medium): 'References' / '[1] Katzung …' ending a Q/A page was the rest of the last answer ('Beta blockers
    [1][3]. References [1] Katzung … [2] … [3] …'), the other cards kept a bare '[2]'. The list is the page's notes: each
    card cites its references as numbered notes listed under its answer (as Markdown footnotes are), the heading and
    the other references on no card; in a text file and in Markdown ('## Quellen' in German too)."""
    for name, text in (("pharm.txt", _CITING), ("pharm.md", _CITING.replace("References", "## Quellen"))):
        notes, _, said = _built(tmp_path / name, {name: text})
        backs = [note_back(n) for n in notes]
        assert (
            backs[0]
            == "Irreversible inhibition of COX-1 and COX-2 1 . Katzung BG. Basic and Clinical Pharmacology. 15th ed. 2021."
        ), (name, backs, said)
        assert (
            backs[1]
            == "N-acetylcysteine 1 . Heard KJ. Acetylcysteine for acetaminophen poisoning. NEJM 2008."
        ), backs
        assert (
            backs[2].startswith("Beta blockers 1 2 .")
            and "Beta_blocker" in backs[2]
            and "Heard" not in backs[2]
        ), backs
        assert not any("References" in b or "Quellen" in b or "[1]" in b for b in backs), backs


# --- T30-13: Obsidian SR's '?' separator over a labelled answer -----------------------------------------------------


def test_the_separator_line_is_on_no_front_when_the_answer_opens_with_a_label(tmp_path: Path) -> None:
    """T30-13 (medium; an Obsidian Spaced Repetition note): 'What does the port mode buffer mean?' / '?' /
    '**Answer:**' / the answer gave the front '… mean??' ('… en VHDL ? ?' in French, '**Réponse:**'). The lone '?' is
    the card's separator, with a label under it or not: fronts end with the question's own mark."""
    page = (
        "#flashcards/vhdl\n## 1. Ports\nWhat does the port mode `buffer` mean?\n?\n**Answer:**\n"
        "An output port that can be read back inside.\n<!--SR:!2026-08-28,4,270-->\n\n"
        "## 2. Unités\nQuels sont les rôles d'une entity en VHDL ?\n?\n**Réponse:**\nDéclarer l'interface.\n"
    )
    notes, _, said = _built(tmp_path, {"vhdl.md": page})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What does the port mode buffer mean?", "An output port that can be read back inside."),
        ("Quels sont les rôles d'une entity en VHDL ?", "Déclarer l'interface."),
    ], said
