"""Twenty-sixth sitting, readers: the right-option marks still not read (trial25 T25-27), a reading passage set between
questions (T25-32), prose after a quoted Q/A pair (T25-67) and the trial-26 findings about plain text and Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes as _built
from conftest import note_back, note_front

# --- T25-27: '+ Rome' / '- Milan', '= Rome' / '~ Milan', '> b. Rome', only the wrong ones crossed out ----------------

_QUIZ = [
    ("What is the capital of Italy?", ["Milan", "Rome", "Naples", "Turin"], 1),
    ("Which planet is largest?", ["Earth", "Mars", "Jupiter", "Venus"], 2),
    ("Which is a mammal?", ["Shark", "Dolphin", "Trout", "Eel"], 1),
]


def _quiz(option: str, right: str) -> str:
    """The three-question quiz, each option written by ``option`` (or ``right`` for the right one), as
    ``str.format`` templates of ``letter`` and ``text``."""
    text = "Quiz\n\n"
    for n, (question, options, key) in enumerate(_QUIZ, 1):
        text += f"{n}. {question}\n"
        for k, word in enumerate(options):
            text += (right if k == key else option).format(letter="abcd"[k], text=word) + "\n"
        text += "\n"
    return text


@pytest.mark.parametrize(
    ("option", "right"),
    [
        ("- {text}", "+ {text}"),  # Wikiversity's and many text quiz tools' way
        ("~ {text}", "= {text}"),  # GIFT's marks typed in a text file
        ("~{text}", "={text}"),
        ("  {letter}. {text}", "> {letter}. {text}"),  # the right one pointed at
        ("{letter}) {text}", "-> {letter}) {text}"),
        ("{letter}) {text} ❌", "{letter}) {text}"),  # a self-check sheet: only the wrong ones crossed out
    ],
)
@pytest.mark.parametrize("name", ["quiz.txt", "quiz.md"])
def test_a_right_option_marked_by_a_sign_is_the_key(
    tmp_path: Path, option: str, right: str, name: str
) -> None:
    """trial25 T25-27 (high): '+ Rome' / '- Milan' and '= Rome' / '~ Milan' were Basic cards listing every option (the
    '=' line a formula box), '> b. Rome' lost a question, only-wrong-ones-marked '❌' gave 0 cards."""
    notes, skipped, said = _built(tmp_path, {name: _quiz(option, right)})
    assert not skipped, said
    assert [note_front(n) for n in notes] == [q for q, _, _ in _QUIZ]
    assert [note_back(n) for n in notes] == ["B) Rome", "C) Jupiter", "B) Dolphin"]
    assert all(n["kind"] == "multiple_choice" for n in notes)
    options = notes[0]["fields"]["Options"]
    assert "Milan" in options and "❌" not in options and "~" not in options and "+" not in options


def test_pros_and_cons_under_a_question_stay_the_answer(tmp_path: Path) -> None:
    """trial25 T25-27: '+' / '-' are bullets too: two lines of pros and cons under one question are its answer, not
    options with the '+' one right."""
    page = "# Caching\n\n## What are the trade-offs of a cache?\n\n+ faster reads\n- stale data\n\n## Why use a CDN?\n\nLatency.\n"
    notes, _skipped, _said = _built(tmp_path, {"notes.md": page})
    assert [n["kind"] for n in notes] == ["basic", "basic"]
    assert "faster reads" in note_back(notes[0]) and "stale data" in note_back(notes[0])


def test_a_corrected_exam_cross_beside_a_tick_is_no_key_of_its_own(tmp_path: Path) -> None:
    """trial25 T25-27: a cross on one option and a tick on another (a corrected exam): the tick decides, never the one
    option left without a mark."""
    text = _quiz("{letter}) {text}", "{letter}) {text} ✓").replace("a) Milan", "a) Milan ❌")
    notes, skipped, said = _built(tmp_path, {"quiz.txt": text})
    assert not skipped, said
    assert [note_back(n) for n in notes] == ["B) Rome", "C) Jupiter", "B) Dolphin"]


# --- T25-32: a second reading passage set between questions -----------------------------------------------------------

_BEES = (
    "The honeybee is one of the few insects that humans have managed to domesticate. A single hive can hold up to\n"
    "60,000 bees, almost all of them female workers. Workers gather nectar and pollen, build wax comb, and care for the\n"
    "young, while the single queen lays up to 2,000 eggs a day. Male bees, called drones, exist only to mate.\n"
)


def _reading(first_lead: str, second_lead: str) -> str:
    return (
        f"English – Reading comprehension\n\n{first_lead}\n\n{_BEES}\n"
        "1. How many queens does a hive usually have?\nA. None\nB. One\nC. Two\nD. Thousands\n\n"
        "2. What do drones do?\nA. Gather nectar\nB. Build comb\nC. Mate with the queen\nD. Guard the hive\n\n"
        '3. Which word in the passage means "tamed for human use"?\nA. domesticate\nB. gather\nC. lays\nD. exist\n\n'
        f"{second_lead}\n\n    I wandered lonely as a cloud\n    That floats on high o'er vales and hills,\n\n"
        "4. What figure of speech is used in the first line?\nA. Metaphor\nB. Simile\nC. Alliteration\nD. Hyperbole\n\n"
        "Answers: 1. B 2. C 3. A 4. B\n"
    )


@pytest.mark.parametrize(
    ("first_lead", "second_lead"),
    [
        ("Read the passage and answer questions 1–3.", "Read the poem and answer question 4."),
        ("Questions 1 to 3 refer to the passage below.", "Use the poem below to answer question 4."),
        ("Lee el texto y responde las preguntas 1 a 3.", "Lee el poema y responde la pregunta 4."),
        (
            "Lesen Sie den Text und beantworten Sie die Fragen 1 bis 3.",
            "Lesen Sie das Gedicht und beantworten Sie Frage 4.",
        ),
    ],
)
def test_a_passage_set_between_questions_is_on_the_fronts_it_serves(
    tmp_path: Path, first_lead: str, second_lead: str
) -> None:
    """trial25 T25-32 (high): 'Read the poem and answer question 4.' and the poem under it were question 3's
    Explanation, and question 4's front had no poem; the poem's lines were a bullet list."""
    notes, skipped, said = _built(tmp_path, {"reading.txt": _reading(first_lead, second_lead)})
    assert not skipped, said
    assert [note_back(n) for n in notes] == [
        "B) One",
        "C) Mate with the queen",
        "A) domesticate",
        "B) Simile",
    ]
    fronts = [n["fields"]["Question"] for n in notes]
    assert all("Male bees, called drones" in f and "wandered" not in f for f in fronts[:3])
    assert "<p>I wandered lonely as a cloud<br>That floats on high o'er vales and hills,</p>" in fronts[3]
    assert "honeybee" not in fronts[3] and "first line?" in note_front(notes[3])
    assert not any(
        "wandered" in n["fields"].get("Explanation", "") or "poem" in n["fields"].get("Explanation", "")
        for n in notes
    )


def test_a_question_named_in_passing_opens_no_passage(tmp_path: Path) -> None:
    """trial25 T25-32: a line naming one later question without saying to read or use what follows ('Question 3 is
    harder.') stays where it is: no passage for question 3."""
    text = (
        "1. What is 2 + 2?\nA. 3\nB. 4\n\nQuestion 3 is harder.\n\n2. What is 3 + 3?\nA. 6\nB. 7\n\n"
        "3. What is 12 x 12?\nA. 144\nB. 124\n\nAnswers: 1. B 2. A 3. A\n"
    )
    notes, _skipped, _said = _built(tmp_path, {"sums.txt": text})
    assert [note_front(n) for n in notes] == ["What is 2 + 2?", "What is 3 + 3?", "What is 12 x 12?"]
    assert [note_back(n) for n in notes] == ["B) 4", "A) 6", "A) 144"]


# --- T25-67: prose after a quoted Q/A pair ----------------------------------------------------------------------------

_HTTP = (
    "# Notes on HTTP\n\nHTTP is a stateless protocol used on the web.\n\n"
    "> Q: What does stateless mean?\n> A: Each request is independent; the server keeps no memory of earlier requests.\n\n"
    "Cookies add state on top.\n\n> **Q:** Which header sets a cookie?\n> **A:** `Set-Cookie`\n\n"
    "> Q: Which status code means Not Modified?\n> A: 304\n"
)


def test_prose_after_a_quoted_question_and_answer_is_no_part_of_the_answer(tmp_path: Path) -> None:
    """trial25 T25-67 (medium): the paragraph after '> Q: …' / '> A: …' ('Cookies add state on top.') was glued onto
    the answer; the answer ends with its quote, the paragraph is page prose, said at its line."""
    notes, _skipped, said = _built(tmp_path, {"http.md": _HTTP})
    assert [note_front(n) for n in notes] == [
        "What does stateless mean?",
        "Which header sets a cookie?",
        "Which status code means Not Modified?",
    ]
    assert [note_back(n) for n in notes] == [
        "Each request is independent; the server keeps no memory of earlier requests.",
        "Set-Cookie",
        "304",
    ]
    assert any("http.md:8:" in s and "outside any question" in s for s in said), said


def test_a_quoted_answer_ending_on_a_colon_goes_on_after_the_quote(tmp_path: Path) -> None:
    """trial25 T25-67: '> A: Send the header:' leads into the code after the quote, still its answer."""
    page = "# HTTP\n\n> Q: How does a server set a cookie?\n> A: It sends this header:\n\n```http\nSet-Cookie: id=42\n```\n"
    notes, _skipped, _said = _built(tmp_path, {"http.md": page})
    assert (
        len(notes) == 1
        and "Set-Cookie: id=42" in note_back(notes[0])
        and "It sends this header" in note_back(notes[0])
    )


# --- T26-12: cards written 'question' / '---' / 'answer' ---------------------------------------------------------------


@pytest.mark.parametrize("rule", ["---", "===", "------------------------------"])
@pytest.mark.parametrize("name", ["cards.md", "cards.txt"])
def test_cards_split_by_a_rule_under_each_question_are_a_card_each(
    tmp_path: Path, rule: str, name: str
) -> None:
    """trial26 T26-12 (severe): 'What is the capital of Canada?' / '---' / 'Ottawa' (Mochi's card separator, hand-typed
    cards), blank lines between cards, was 'a list of 3 questions and no answers', 0 cards."""
    page = "# Capital cities\n\n" + "\n".join(
        f"What is the capital of {country}?\n{rule}\n{city}\n"
        for country, city in [("Canada", "Ottawa"), ("Kenya", "Nairobi"), ("Peru", "Lima")]
    )
    notes, skipped, said = _built(tmp_path, {name: page})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is the capital of Canada?", "Ottawa"),
        ("What is the capital of Kenya?", "Nairobi"),
        ("What is the capital of Peru?", "Lima"),
    ]


# --- T26-4: a part numbered in Roman numerals between questions --------------------------------------------------------


# the shape of the trial's id-soal-v2.txt (an Indonesian school paper: a multiple-choice part, then a part of open
# questions under a Roman-numbered instruction, the key at the end); written again here, so the test needs no file
# outside the repository
_ID_SOAL = """ULANGAN HARIAN IPA KELAS 7

I. Pilihlah salah satu jawaban yang paling tepat!

1. Satuan massa dalam Sistem Internasional adalah ....
A. gram
B. kilogram
C. ons
D. ton

2. Alat untuk mengukur suhu disebut ....
A. termometer
B. barometer
C. higrometer
D. amperemeter

3. Perubahan wujud dari cair menjadi gas disebut ....
A. membeku
B. mencair
C. menguap
D. menyublim

II. Jawablah pertanyaan berikut dengan benar!

4. Sebutkan tiga wujud zat!
Jawab: padat, cair, dan gas.

5. Apa yang dimaksud dengan massa jenis?
Jawab: massa zat dibagi volumenya.

Kunci jawaban
1. B
2. A
3. C
"""


def test_a_roman_numbered_part_between_questions_is_their_section(tmp_path: Path) -> None:
    """trial26 T26-4 (medium): 'II. Jawablah pertanyaan berikut dengan benar!' (the paper's next part, its instruction)
    was the Explanation of the multiple-choice question above it; it is the section of the questions under it."""
    notes, skipped, said = _built(tmp_path, {"soal.txt": _ID_SOAL})
    assert not skipped, said
    assert [note_back(n) for n in notes][:3] == ["B) kilogram", "A) termometer", "C) menguap"]
    assert not any(
        "Jawablah" in n["fields"].get("Explanation", "") + n["fields"].get("Answer", "") for n in notes
    )
    assert [n["fields"]["Section"] for n in notes][3:] == [
        "II. Jawablah pertanyaan berikut dengan benar!"
    ] * 2
    assert [note_front(n) for n in notes][3:] == [
        "Sebutkan tiga wujud zat!",
        "Apa yang dimaksud dengan massa jenis?",
    ]


def test_roman_numbered_statements_in_a_question_stay_its_text(tmp_path: Path) -> None:
    """trial26 T26-4: statements numbered I., II. inside a question, set apart by blank lines, over its options, are
    no part titles."""
    text = (
        "1. Which of the statements is true?\n\nI. The sun is a star.\n\nII. The moon is a planet.\n\n"
        "A. I only ✓\nB. II only\nC. Both\n\n2. What is 2 + 2?\nA. 3\nB. 4 ✓\nC. 5\n"
    )
    notes, skipped, said = _built(tmp_path, {"quiz.txt": text})
    assert not skipped, said
    assert "The sun is a star." in notes[0]["fields"]["Question"] and notes[0]["fields"]["Section"] == ""
    assert [note_back(n) for n in notes] == ["A) I only", "B) 4"]


# --- T26-33: questions and answers both written as headings ------------------------------------------------------------


@pytest.mark.parametrize(
    ("asked", "answered"),
    [
        ("#### Q: {q}", "#### A: {a}"),
        ("### Question: {q}", "### Answer: {a}"),
        ("## {q}", "## **A:** {a}"),
        ("### Q1. {q}", "### Ans: {a}"),
    ],
)
def test_an_answer_heading_under_a_question_heading_answers_it(
    tmp_path: Path, asked: str, answered: str
) -> None:
    """trial26 T26-33 (severe): '#### Q: What is a Docker image?' / '#### A: A read-only template …' (both lines made
    headings, as GitHub interview lists do) gave 0 cards, every question 'has no answer'."""
    pairs = [
        ("What is a Docker image?", "A read-only template with the filesystem a container starts from."),
        ("How do you list running containers?", "`docker ps`"),
    ]
    page = "# Docker interview questions\n\n" + "\n".join(
        f"{asked.format(q=q)}\n{answered.format(a=a)}\n" for q, a in pairs
    )
    notes, skipped, said = _built(tmp_path, {"docker.md": page})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What is a Docker image?", "A read-only template with the filesystem a container starts from."),
        ("How do you list running containers?", "docker ps"),
    ]


# --- T26-34: questions written as block quotes, their answers plain under them -----------------------------------------

_LINUX = (
    "# Linux notes\n\n> How do I find which process listens on port 8080?\n\n`ss -ltnp | grep 8080` (or `lsof -i :8080`).\n\n"
    "> How do I show disk usage\n> per folder?\n\n`du -sh *`\n\n> **How do I follow a log file as it grows?**\n\n"
    "```bash\ntail -f /var/log/syslog\n```\n"
)


def test_quoted_questions_over_plain_answers_are_a_card_each(tmp_path: Path) -> None:
    """trial26 T26-34 (severe): '> How do I find which process listens on port 8080?' over its answer paragraph, three
    times, was one card 'Linux notes' whose back was the whole page."""
    notes, skipped, said = _built(tmp_path, {"linux.md": _LINUX})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("How do I find which process listens on port 8080?", "ss -ltnp | grep 8080 (or lsof -i :8080 )."),
        ("How do I show disk usage per folder?", "du -sh *"),
        ("How do I follow a log file as it grows?", "tail -f /var/log/syslog"),
    ]


def test_a_quoted_question_inside_an_answer_stays_a_quote(tmp_path: Path) -> None:
    """trial26 T26-34: on a page whose headings ask, a question quoted inside an answer is that answer's text."""
    page = (
        "# Teaching\n\n## What is the Socratic method?\n\nThe teacher asks, for instance:\n\n> Why do you think so?\n\n"
        "and the student explains.\n\n## What is a rubric?\n\nA scoring guide.\n\n> What counts as excellent?\n\n"
        "It answers that in advance.\n"
    )
    notes, _skipped, _said = _built(tmp_path, {"teach.md": page})
    assert [note_front(n) for n in notes] == ["What is the Socratic method?", "What is a rubric?"]
    assert "Why do you think so?" in note_back(notes[0]) and "It answers that in advance." in note_back(
        notes[1]
    )


# --- T26-45: a Chinese (Japanese, Korean) reading passage's lead-in ----------------------------------------------------

_AUTUMN = "　　秋天到了，树叶慢慢变黄，一片片从树上落下来。小松鼠忙着收集松果，准备过冬。燕子排成队伍，飞向温暖的南方。"


@pytest.mark.parametrize(
    "lead",
    [
        "阅读下面的文字，完成1～2题。",
        "阅读短文，回答第1至2题。",
        "次の文章を読んで、問1～問2に答えなさい。",
        "[1~2] 다음 글을 읽고 물음에 답하시오.",
    ],
)
def test_a_cjk_passage_lead_in_sets_the_passage_on_the_questions_it_names(tmp_path: Path, lead: str) -> None:
    """trial26 T26-45 (high): '阅读下面的文字，完成1～2题。' over its passage: the passage was on no card, silently; it is on
    the fronts of questions 1 and 2, never on question 3."""
    text = (
        f"语文阅读练习\n\n{lead}\n\n{_AUTUMN}\n\n"
        "1．小松鼠在秋天忙着做什么？\nA．睡觉　B．收集松果　C．飞向南方　D．捉虫子\n\n"
        "2．燕子为什么飞向南方？\nA．因为南方温暖　B．因为南方有松果　C．因为树叶变黄　D．因为要找小松鼠\n\n"
        "3．“温暖”的反义词是（　　）\nA．炎热　B．寒冷　C．凉快　D．暖和\n\n参考答案：1．B　2．A　3．B\n"
    )
    notes, skipped, said = _built(tmp_path, {"yuedu.txt": text})
    assert not skipped, said
    assert [note_back(n) for n in notes] == ["B) 收集松果", "A) 因为南方温暖", "B) 寒冷"]
    fronts = [n["fields"]["Question"] for n in notes]
    assert all("小松鼠忙着收集松果" in f for f in fronts[:2]) and "小松鼠忙着收集松果" not in fronts[2]
    assert note_front(notes[0]).endswith("小松鼠在秋天忙着做什么？")


# --- T26-48: an answer that is a numbered list under a bare 'Answer:' label ---------------------------------------------

_PHYSICS = (
    "Physics revision questions\n\n1. What are the three common states of matter?\nAnswer:\n1. Solid\n2. Liquid\n3. Gas\n\n"
    "2. Name two ways heat is transferred.\nAnswer:\n1. Conduction\n2. Convection\n(also radiation)\n\n"
    "3. What is the unit of force?\nAnswer: the newton (N)\n"
)


@pytest.mark.parametrize("name", ["physics.txt", "physics.md"])
def test_a_numbered_list_under_a_bare_answer_label_is_the_answer(tmp_path: Path, name: str) -> None:
    """trial26 T26-48 (severe): '1. What are the three common states of matter?' / 'Answer:' / '1. Solid' / '2. Liquid'
    / '3. Gas': 0 cards, 'cannot tell this document's layout' ('2. Liquid' was taken for question 2, 'Answer:' for the
    key's heading)."""
    notes, skipped, said = _built(tmp_path, {name: _PHYSICS})
    assert not skipped, said
    assert [note_front(n) for n in notes] == [
        "What are the three common states of matter?",
        "Name two ways heat is transferred.",
        "What is the unit of force?",
    ]
    backs = [note_back(n) for n in notes]
    assert all(word in backs[0] for word in ("Solid", "Liquid", "Gas"))
    assert all(word in backs[1] for word in ("Conduction", "Convection", "also radiation"))
    assert backs[2] == "the newton (N)"


# --- T26-29: a vocabulary sheet's title holding the pairs' separator ---------------------------------------------------


@pytest.mark.parametrize("mark", ["1.", "-"])
def test_a_title_over_a_listed_vocabulary_is_no_card(tmp_path: Path, mark: str) -> None:
    """trial26 T26-29 (medium): 'Vocabulario – Unidad 3: La casa' over '1. la cocina – the kitchen' … was a card
    'Vocabulario' -> 'Unidad 3: La casa'; it is the sheet's title."""
    words = [
        ("la cocina", "the kitchen"),
        ("el dormitorio", "the bedroom"),
        ("el baño", "the bathroom"),
        ("el jardín", "the garden"),
    ]
    text = "Vocabulario – Unidad 3: La casa\n\n" + "".join(
        f"{mark if mark == '-' else f'{k}.'} {es} – {en}\n" for k, (es, en) in enumerate(words, 1)
    )
    notes, skipped, said = _built(tmp_path, {"vocab.txt": text})
    assert not skipped, said
    assert [(note_front(n), note_back(n)) for n in notes] == words


# --- T26-17: a bold follow-up question that points back, inside a heading question's answer ------------------------------


@pytest.mark.parametrize(
    ("asked", "follow_up"),
    [
        ("为什么浮点数运算的时候会有精度丢失的风险？", "为什么会出现这个问题呢？"),
        ("Why can floating-point arithmetic lose precision?", "Why does this happen?"),
    ],
)
def test_a_bold_follow_up_that_points_back_stays_in_the_answer(
    tmp_path: Path, asked: str, follow_up: str
) -> None:
    """trial26 T26-17 (high): '### 为什么浮点数运算…？' / its code demo / '**为什么会出现这个问题呢？**' / the explanation: the
    follow-up ('why does this happen?') was a card of its own, meaningless alone, and the question kept only the demo."""
    page = (
        f"## Basics\n\n### {asked}\n\nDemo:\n\n```java\nfloat a = 2.0f - 1.9f;\n```\n\n**{follow_up}**\n\n"
        "Binary cannot hold 0.1 exactly, so the value is cut.\n\n### How do you avoid it?\n\nUse `BigDecimal`.\n"
    )
    notes, skipped, said = _built(tmp_path, {"java.md": page})
    assert not skipped, said
    assert [note_front(n) for n in notes] == [asked, "How do you avoid it?"]
    back = note_back(notes[0])
    assert "float a = 2.0f - 1.9f" in back and follow_up in back and "Binary cannot hold 0.1 exactly" in back


# --- T26-22: a 'Definición:' label over a definition ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "front"),
    [
        ("Definición: La célula es la unidad anatómica de todos los seres vivos.", "La célula"),
        ("Definition: A cell is the smallest unit of life.", "A cell"),
        ("Définition : La cellule est l'unité de base du vivant.", "La cellule"),
    ],
)
def test_a_definition_label_is_no_term(tmp_path: Path, line: str, front: str) -> None:
    """trial26 T26-22 (medium): 'Definición: La célula es …' among 'Term: meaning' notes was a card fronted by the label
    'Definición'; the thing defined is the front, the sentence the back."""
    text = f"TEMA 4. LA CÉLULA\n\n{line}\n\nMitocondria: realiza la respiración celular.\nRibosoma: sintetiza proteínas.\n"
    notes, skipped, said = _built(tmp_path, {"apuntes.txt": text})
    assert not skipped, said
    assert [note_front(n) for n in notes] == [front, "Mitocondria", "Ribosoma"]
    assert note_back(notes[0]) == line.split(":", 1)[1].strip()


# --- T26-6: one unanswered question bullet after an answer -------------------------------------------------------------


def test_one_question_bullet_after_an_answer_is_a_question_without_answer(tmp_path: Path) -> None:
    """trial26 T26-6 (medium): '* ¿Puede describir una estrategia para memorización …?' alone right after an answer's
    code, over the next heading question, was glued onto that answer's back, silently; it is a question nobody
    answered yet, said at its line (as two such bullets were)."""
    page = (
        "## Preguntas\n\n##### Haga que este código funcione:\n\n```js\nduplicar([1, 2]);\n```\n\n"
        "* ¿Puede describir una estrategia para memorización en JavaScript?\n\n\n"
        "##### ¿Por qué reciben el nombre de sentencias ternarias?\n\nPorque la sentencia consta de 3 argumentos.\n"
    )
    notes, skipped, said = _built(tmp_path, {"preguntas.md": page})
    assert [note_front(n) for n in notes] == [
        "Haga que este código funcione:",
        "¿Por qué reciben el nombre de sentencias ternarias?",
    ]
    assert "memorización" not in note_back(notes[0])
    assert [s["question"] for s in skipped] == [
        "¿Puede describir una estrategia para memorización en JavaScript?"
    ]
    assert any("preguntas.md:9:" in s and "no answer" in s for s in said), said
