"""Thirty-fourth sitting, quiz: open findings of new-user trials 31-33 (AI quizzes keyed at the end, gap-fill hints,
question metadata lines, homonyms, imperative interview prompts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import deck_of

from compiler.build import build

AI_TF_QUIZ = """# Quiz: {title}

**Generated**: 2025-12-19
**Question Type**: True/False

---

## {instructions}

{read}

---

## {questions}

**{label} 1**: {level1}

{s1}

- [ ] {true}
- [ ] {false}

---

**{label} 2**: {level2}

{s2}

- [ ] {true}
- [ ] {false}

---

**{label} 3**: {level3}

{s3}

- [ ] {true}
- [ ] {false}

---

## {key}

1. **{true}** — {why1}
2. **{false}** — {why2}
3. **{true}**
"""

ENGLISH = {
    "title": "Markdown Basics",
    "instructions": "Instructions",
    "read": "Read each statement carefully and determine whether it is TRUE or FALSE.",
    "questions": "Questions",
    "label": "Question",
    "level1": "Remember - Basic",
    "level2": "Understand - Intermediate",
    "level3": "Apply - Intermediate",
    "s1": "In Markdown, headers are created with one or more `#` symbols at the start of a line.",
    "s2": "Two spaces at the end of a line always create a new paragraph.",
    "s3": "A fenced code block can name its language after the opening backticks.",
    "true": "True",
    "false": "False",
    "key": "Answer Key",
    "why1": "`#` to `######` give heading levels 1 to 6.",
    "why2": "two trailing spaces create a line break, not a new paragraph.",
}
SPANISH = {
    "title": "Fotosíntesis",
    "instructions": "Instrucciones",
    "read": "Lee cada afirmación y decide si es verdadera o falsa.",
    "questions": "Preguntas",
    "label": "Pregunta",
    "level1": "Recordar - Básico",
    "level2": "Comprender - Intermedio",
    "level3": "Aplicar - Avanzado",
    "s1": "La fotosíntesis ocurre en los cloroplastos.",
    "s2": "Las plantas liberan dióxido de carbono durante la fotosíntesis.",
    "s3": "Sin luz, la fase luminosa no puede producir ATP.",
    "true": "Verdadero",
    "false": "Falso",
    "key": "Clave de respuestas",
    "why1": "los cloroplastos contienen la clorofila.",
    "why2": "liberan oxígeno.",
}


@pytest.mark.parametrize("words", [ENGLISH, SPANISH], ids=["en", "es"])
def test_an_ai_true_false_quiz_keyed_at_the_end_is_one_keyed_card_per_statement(tmp_path: Path, words: dict[str, str]) -> None:
    """T33-13 (severe): '**Question 1**: Remember - Basic' / the statement / '- [ ] True' / '- [ ] False' … '## Answer
    Key' / '1. **True** — why' made three cards 'Instructions', 'Questions', 'Answer Key' and two 'no answer'. Now each
    statement is a true/false card keyed by the key's entry of its number, the key's explanation on its back; the
    label's level is on no card; the instructions and the key make none."""
    compiled = build(deck_of(tmp_path, {"quiz.md": AI_TF_QUIZ.format(**words)}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = compiled.items
    assert [(i.question, i.kind, i.correct) for i in items] == [
        (words["s1"], "multiple_choice", "A"),
        (words["s2"], "multiple_choice", "B"),
        (words["s3"], "multiple_choice", "A"),
    ]
    assert [[c.text for c in i.choices] for i in items] == [[words["true"], words["false"]]] * 3
    assert [i.locator.line for i in items] == [16, 25, 34]
    assert words["why2"] in items[1].answer[0].text and not items[2].answer
    shown = " ".join([*(i.question for i in items), *(b.text for i in items for b in i.answer)])
    for gone in (words["level1"], words["level2"], "Remember", words["instructions"], words["key"], "**", "[ ]"):
        assert gone not in shown
    assert sorted((i.question, i.skip) for i in compiled.deck.skipped) == sorted(
        [(words["instructions"], "the exam's instructions"), (words["key"], "answer key")]
    )
    assert not [w for w in compiled.diagnostics.warnings if "not listed" not in w.message]


def test_label_headings_over_statements_keyed_by_number_are_read_by_their_headings(tmp_path: Path) -> None:
    """T33-13, its heading form: '### Question 1' / statement / boxes, '## Answer Key' / '1. True': a guessed pattern read
    the key as the last question's answer and no box was ticked; now the key's entries key the boxes."""
    page = AI_TF_QUIZ.format(**ENGLISH).replace("**Question 1**: Remember - Basic", "### Question 1")
    page = page.replace("**Question 2**: Understand - Intermediate", "### Question 2").replace("**Question 3**: Apply - Intermediate", "### Question 3")
    compiled = build(deck_of(tmp_path, {"quiz.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.correct for i in compiled.items] == ["A", "B", "A"]
    assert "`#` to" not in compiled.items[0].answer[0].text and "<code>#</code> to" in compiled.items[0].answer[0].text


@pytest.mark.parametrize(
    ("page", "asked", "answers"),
    [
        (
            "Setze die Verben in die richtige Form (Perfekt).\n\n1. Ich ______ gestern ins Kino ______. (gehen)\n"
            "2. Wir ______ Pizza ______. (essen)\n3. Er ______ das Buch ______. (lesen)\n\nLösungen\n1. bin … gegangen\n"
            "2. haben … gegessen\n3. hat … gelesen\n",
            ["Ich ______ gestern ins Kino ______. (gehen)", "Wir ______ Pizza ______. (essen)", "Er ______ das Buch ______. (lesen)"],
            ["bin … gegangen", "haben … gegessen", "hat … gelesen"],
        ),
        (
            "Exercice : Mettez les verbes au passé composé.\n\n1. Hier, je ______ au cinéma. (aller)\n"
            "2. Nous ______ une pizza. (manger)\n3. Elle ______ ses devoirs. (finir)\n\nCorrigé\n1. suis allé(e)\n"
            "2. avons mangé\n3. a fini\n",
            ["Hier, je ______ au cinéma. (aller)", "Nous ______ une pizza. (manger)", "Elle ______ ses devoirs. (finir)"],
            ["suis allé(e)", "avons mangé", "a fini"],
        ),
    ],
    ids=["de", "fr"],
)
def test_a_bracketed_verb_is_the_hint_when_the_key_gives_the_answer(tmp_path: Path, page: str, asked: list[str], answers: list[str]) -> None:
    """Gap-fill (found in sitting 33, not fixed): 'Ich ______ … (gehen)' keyed '1. bin … gegangen' was a card teaching
    'gehen' (the bracket read as the answer before the key): WRONG. The key's entry is the answer, the bracket stays on
    the front as the hint."""
    compiled = build(deck_of(tmp_path, {"verben.txt": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question.split(": ")[-1] for i in compiled.items] == asked
    assert [i.answer_plain() for i in compiled.items] == answers


def test_a_bracketed_answer_with_no_key_still_answers_its_blank(tmp_path: Path) -> None:
    """The control: a worksheet with no key keeps its brackets as the answers ('… is ______. (Paris)')."""
    page = "Fill in the blanks.\n\n1. The capital of France is ______. (Paris)\n2. Water boils at ______ degrees Celsius. (100)\n3. The largest planet is ______. (Jupiter)\n"
    compiled = build(deck_of(tmp_path, {"blanks.txt": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [(i.question, i.answer_plain()) for i in compiled.items] == [
        ("The capital of France is ______.", "Paris"),
        ("Water boils at ______ degrees Celsius.", "100"),
        ("The largest planet is ______.", "Jupiter"),
    ]


@pytest.mark.parametrize(
    ("page", "fronts"),
    [
        (
            "# Behavioral interview – my STAR stories\n\n### Tell me about a time you disagreed with your manager.\n"
            "- **S:** Q3 2023, we planned to ship a feature without load testing.\n- **R:** Manager agreed; 0 incidents.\n\n"
            "### Describe a project you are proud of.\n- **S:** Legacy billing system.\n- **R:** Tickets down 70%.\n\n"
            "### What is your greatest weakness?\nI over-prepare for presentations; I now time-box it to 2 hours.\n",
            ["Tell me about a time you disagreed with your manager.", "Describe a project you are proud of.", "What is your greatest weakness?"],
        ),
        (
            "# Vorstellungsgespräch\n\n## Erzählen Sie von einem Konflikt im Team.\nIch moderierte ein Treffen.\n\n"
            "## Beschreiben Sie Ihr größtes Projekt.\nDie Migration des Abrechnungssystems.\n\n"
            "## Was ist Ihre größte Schwäche?\nIch bereite mich zu lange vor.\n",
            ["Erzählen Sie von einem Konflikt im Team.", "Beschreiben Sie Ihr größtes Projekt.", "Was ist Ihre größte Schwäche?"],
        ),
        (
            "# Entretien\n\n### Parlez-moi de vous\nDéveloppeuse backend depuis 6 ans.\n\n"
            "### Décrivez une situation où vous avez échoué\nUne mise en production sans tests de charge.\n\n"
            "### Pourquoi voulez-vous travailler chez nous ?\nPour votre produit open source.\n",
            ["Parlez-moi de vous", "Décrivez une situation où vous avez échoué", "Pourquoi voulez-vous travailler chez nous\u202f?"],
        ),
    ],
    ids=["en", "de", "fr"],
)
def test_an_interview_prompt_in_the_imperative_is_a_question(tmp_path: Path, page: str, fronts: list[str]) -> None:
    """T31-50 (low): 'Tell me about a time …' / 'Describe a project …' beside '… weakness?' were named 'statement
    headings' and the user told to end them with '?'. An imperative of asking asks: a card each, no such warning."""
    compiled = build(deck_of(tmp_path, {"interview.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == fronts
    assert all(i.answer for i in compiled.items)
    assert not [w for w in compiled.diagnostics.warnings if "not listed" not in w.message]


@pytest.mark.parametrize(
    ("name", "page", "word", "lines"),
    [
        ("es.csv", "Español,English\nel banco,the bank (money)\nel banco,the bench\nsacar,to take out\n", "el banco", (2, 3)),
        ("de.csv", "Deutsch;English\ndas Schloss;the castle\ndas Schloss;the lock\ndie Bank;the bench\n", "das Schloss", (2, 3)),
    ],
    ids=["es", "de"],
)
def test_a_word_with_two_meanings_is_said_as_such_never_as_an_answer_to_correct(tmp_path: Path, name: str, page: str, word: str, lines: tuple[int, int]) -> None:
    """T32-12 (medium): 'el banco,the bank (money)' / 'el banco,the bench' were two cards with one front and two warnings
    telling the user to delete one and that one answer is wrong. Both meanings are right: two cards, one warning that
    names both meanings and how to tell the fronts apart (or merge them)."""
    compiled = build(deck_of(tmp_path, {name: page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items].count(word) == 2
    said = [w for w in compiled.diagnostics.warnings if "not listed" not in w.message]
    assert len(said) == 1, [w.message for w in said]
    assert said[0].line == lines[1] and f"{word!r} has two meanings" in said[0].message and f"at line {lines[0]}" in said[0].message
    assert "add a hint to each front" in said[0].hint and "delete" not in said[0].hint


def test_the_same_question_answered_two_ways_is_still_a_conflict(tmp_path: Path) -> None:
    """The control: a question (it asks, '?') answered two ways in one file is still said as a possible mistake."""
    page = "Q: What is the capital of Australia?\nA: Canberra\n\nQ: What is the capital of Australia?\nA: Sydney\n\nQ: What is 2 + 2?\nA: 4\n"
    compiled = build(deck_of(tmp_path, {"geo.txt": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert not [w for w in compiled.diagnostics.warnings if "two meanings" in w.message]
    assert [w for w in compiled.diagnostics.warnings if "the same question as line 1" in w.message]
