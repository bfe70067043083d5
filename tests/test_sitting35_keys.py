"""Thirty-fifth sitting, helper "keys" (open findings of trials 32-34): revision notes whose answers go on with an
abbreviated species name, and the other keys and labels below. Fixtures written here in the shapes the findings
showed, in several languages (no third-party text), beside the trial's own reproducers."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

from compiler.sources.base import bare_section
from compiler.sources.choices import abbreviated_name, find_choices
from compiler.sources.lines import same_line_pairs

TRIAL34 = Path(__file__).parent / "data" / "trials" / "trial34"

# --- T34-11: 'Q. …?' / 'A. Bacillus anthracis.' / 'B. anthracis causes anthrax.' ---------------------------------------

_MICRO_EN = [
    ("Which organism is the commonest cause of urinary tract infection?", "Escherichia coli. E. coli also causes traveller's diarrhoea."),
    ("Which organism causes most skin abscesses?", "Staphylococcus aureus."),
    ("Which bacterium forms spores used in biological warfare?", "Bacillus anthracis. B. anthracis causes anthrax."),
]

_MICRO_MD = """# Microbiology revision

Q. Which organism is the commonest cause of urinary tract infection?
A. Escherichia coli.
E. coli also causes traveller's diarrhoea.

Q. Which bacterium forms spores used in biological warfare?
A. Bacillus anthracis.
B. anthracis causes anthrax.

Q. Which organism causes malaria with the highest mortality?
A. Plasmodium falciparum.
P. falciparum can cause cerebral malaria.
"""

_MICRO_DE = """Mikrobiologie – Wiederholung

F. Welcher Erreger verursacht am häufigsten Harnwegsinfekte?
A. Escherichia coli.
E. coli verursacht auch Reisediarrhö.

F. Welcher Erreger verursacht die meisten Hautabszesse?
A. Staphylococcus aureus.

F. Welches Bakterium bildet Sporen, die als biologische Waffe dienen?
A. Bacillus anthracis.
B. anthracis verursacht Milzbrand.
"""


def _only_unlisted(messages: list[str]) -> bool:
    return not [m for m in messages if "not listed in deck.toml" not in m]


def test_q_dot_a_dot_notes_whose_answers_go_on_with_a_species_name_are_read_with_no_config(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"micro-qa.txt": TRIAL34 / "t34-11-qa-periods-species" / "micro-qa.txt"})
    assert [(note_front(n), note_back(n)) for n in notes] == _MICRO_EN
    assert [n["items"][0]["line"] for n in notes] == [3, 7, 10]
    assert not skipped and _only_unlisted(messages)
    assert all(n["kind"] == "basic" and not note_back(n).startswith("A.") for n in notes)
    assert any("answered by a line labelled the same way" in m for m in messages)  # the pattern offered reads answers


def test_the_same_notes_in_markdown_and_in_german_are_cards_of_their_answers(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"micro.md": _MICRO_MD, "mikro.txt": _MICRO_DE})
    got = {(n["items"][0]["source"], note_front(n)): note_back(n) for n in notes}
    assert got == {
        ("micro", "Which organism is the commonest cause of urinary tract infection?"): "Escherichia coli. E. coli also causes traveller's diarrhoea.",
        ("micro", "Which bacterium forms spores used in biological warfare?"): "Bacillus anthracis. B. anthracis causes anthrax.",
        ("micro", "Which organism causes malaria with the highest mortality?"): "Plasmodium falciparum. P. falciparum can cause cerebral malaria.",
        ("mikro", "Welcher Erreger verursacht am häufigsten Harnwegsinfekte?"): "Escherichia coli. E. coli verursacht auch Reisediarrhö.",
        ("mikro", "Welcher Erreger verursacht die meisten Hautabszesse?"): "Staphylococcus aureus.",
        ("mikro", "Welches Bakterium bildet Sporen, die als biologische Waffe dienen?"): "Bacillus anthracis. B. anthracis verursacht Milzbrand.",
    }
    assert not skipped and _only_unlisted(messages)


def test_lettered_options_are_still_options_when_one_is_a_species_name() -> None:
    found = find_choices(["A. Bacillus cereus", "B. Bacillus anthracis", "C. Clostridium tetani", "Answer: B"])
    assert found is not None and [t for _, t in found.options] == ["Bacillus cereus", "Bacillus anthracis", "Clostridium tetani"]
    assert found.correct == "B"
    found = find_choices(["A. true", "B. false", "Answer: A"])
    assert found is not None and found.correct == "A"
    assert find_choices(["A. Bacillus anthracis.", "B. anthracis causes anthrax."]) is None


@pytest.mark.parametrize(
    ("line", "above", "abbreviates"),
    [
        ("B. anthracis causes anthrax.", "A. Bacillus anthracis.", True),
        ("S. aureus résistant à la méticilline", "R. Staphylococcus aureus.", True),
        ("B. anthracis causes anthrax.", "A. Anthrax.", False),  # no name above: an option, as written
        ("B. false", "A. true", False),
        ("B. Bacillus anthracis", "A. Bacillus cereus", False),
        ("b. anthracis", "a. Bacillus anthracis", False),  # a lower-case label: no initial
    ],
)
def test_an_abbreviated_name_shortens_the_one_written_out_above(line: str, above: str, abbreviates: bool) -> None:
    assert abbreviated_name(line, above) is abbreviates


def test_an_abbreviated_name_is_found_in_linear_time() -> None:
    def took(n: int) -> float:
        start = time.process_time()
        abbreviated_name("B. anthracis " + " " * n, "B" * n + " " * n + "Ba " * n)
        return time.process_time() - start

    small = min(took(20_000) for _ in range(3))
    assert took(200_000) < 30 * small + 0.5


# --- T33-6: an app's vocabulary columns 'type,german,english,german_full,s1,t1,s2,t2' --------------------------------

_NOMEN = (
    "type,german,english,german_full,s1,t1,s2,t2\n"
    'noun,Abbildung,illustration,"die Abbildung, -en","Auf der Abbildung sehen Sie, wie man das Gerät einschaltet.",'
    "The illustration shows you how to switch on the device.,,\n"
    'noun,Abenteuer,adventure,"das Abenteuer, -",Unser Urlaub war ein tolles Abenteuer.,Our holiday was a great adventure.,'
    "Die Kinder lieben Abenteuergeschichten.,Children love adventure stories.\n"
    'verb,abbiegen,to turn (off),"abbiegen, biegt ab, bog ab, ist abgebogen",An der Kreuzung müssen Sie links abbiegen.,'
    "You have to turn left at the junction.,,\n"
)


def test_a_column_holding_the_word_in_full_is_the_front_and_coded_column_names_are_no_labels(tmp_path: Path) -> None:
    notes, skipped, messages = built_notes(tmp_path, {"de-nomen.csv": _NOMEN})
    assert [(note_front(n), n["fields"]["Answer"]) for n in notes] == [
        (
            "die Abbildung, -en",
            "<p>illustration</p><p>Auf der Abbildung sehen Sie, wie man das Gerät einschaltet.</p>"
            "<p>The illustration shows you how to switch on the device.</p>",
        ),
        (
            "das Abenteuer, -",
            "<p>adventure</p><p>Unser Urlaub war ein tolles Abenteuer.</p><p>Our holiday was a great adventure.</p>"
            "<p>Die Kinder lieben Abenteuergeschichten.</p><p>Children love adventure stories.</p>",
        ),
        ("abbiegen, biegt ab, bog ab, ist abgebogen", "<p>to turn (off)</p><p>An der Kreuzung müssen Sie links abbiegen.</p><p>You have to turn left at the junction.</p>"),
    ]
    assert [n["fields"]["Section"] for n in notes] == ["noun", "noun", "verb"]
    assert not skipped and _only_unlisted(messages)


def test_a_word_with_its_article_in_other_languages_is_the_front_and_a_sentence_using_the_word_is_not(tmp_path: Path) -> None:
    files = {
        "es-vocab.csv": (
            "word,translation,word_with_article,example,example_translation\n"
            'casa,house,"la casa, las casas",Mi casa es pequeña.,My house is small.\n'
            'agua,water,"el agua (f.)",Quiero un vaso de agua.,I want a glass of water.\n'
        ),
        "fr-mots.tsv": "mot\tsens\tforme\tex1\ttr1\nlivre\tbook\tle livre (m.)\tJ'ai lu ce livre.\tI have read this book.\n"
        "table\ttable\tla table (f.)\tLe livre est sur la table.\tThe book is on the table.\n",
        "en-words.csv": "word,meaning,sentence_1\nbank,Bank,The bank is closed.\nbench,Bank,Bench presses are hard.\n",
    }
    notes, skipped, _ = built_notes(tmp_path, files)
    got = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert got == {
        "la casa, las casas": "<p>house</p><p>Example: Mi casa es pequeña.</p><p>Example translation: My house is small.</p>",
        "el agua (f.)": "<p>water</p><p>Example: Quiero un vaso de agua.</p><p>Example translation: I want a glass of water.</p>",
        "le livre (m.)": "<p>book</p><p>J'ai lu ce livre.</p><p>I have read this book.</p>",
        "la table (f.)": "<p>table</p><p>Le livre est sur la table.</p><p>The book is on the table.</p>",
        "bank": "<p>Bank</p><p>Sentence 1: The bank is closed.</p>",  # a sentence opening with the word: no fuller form
        "bench": "<p>Bank</p><p>Sentence 1: Bench presses are hard.</p>",
    }
    assert not skipped


# --- T33-27 rest: one-line cards whose prompt asks without '?' ('Pergunta: Capital de Portugal | Resposta: Lisboa') ---

_NO_QUESTION_MARK = {
    "pt-noq.md": (
        'Cartões para revisar:\n\n1) Pergunta: Capital de Portugal | Resposta: Lisboa\n2) Pergunta: Autor de "Os Lusíadas" | '
        "Resposta: Luís de Camões\n3) Pergunta: Ano da independência do Brasil | Resposta: 1822\n",
        [("Capital de Portugal", "Lisboa"), ('Autor de "Os Lusíadas"', "Luís de Camões"), ("Ano da independência do Brasil", "1822")],
    ),
    "de-noq.md": (
        "Karteikarten zum Lernen:\n\n1. Frage: Hauptstadt von Österreich — Antwort: Wien\n"
        "2. Frage: Längster Fluss Deutschlands — Antwort: Der Rhein\n3. Frage: Anzahl der Bundesländer — Antwort: 16\n",
        [("Hauptstadt von Österreich", "Wien"), ("Längster Fluss Deutschlands", "Der Rhein"), ("Anzahl der Bundesländer", "16")],
    ),
    "es-noq.txt": (
        "Tarjetas de repaso\n\n- Pregunta: Capital de Chile / Respuesta: Santiago\n"
        '- Pregunta: Autor de "Cien años de soledad" / Respuesta: Gabriel García Márquez\n'
        "- Pregunta: Año de la independencia de México / Respuesta: 1810\n",
        [("Capital de Chile", "Santiago"), ('Autor de "Cien años de soledad"', "Gabriel García Márquez"), ("Año de la independencia de México", "1810")],
    ),
    "en-mixed.md": (
        "Here are your flashcards:\n\n1. Q: What is the capital of Kenya? | A: Nairobi\n2. Q: Largest planet in the solar system | A: Jupiter\n"
        '3. Q: Chemical symbol for gold | A: Au\n4. Q: Who wrote "Hamlet"? | A: William Shakespeare\n',
        [
            ("What is the capital of Kenya?", "Nairobi"),
            ("Largest planet in the solar system", "Jupiter"),
            ("Chemical symbol for gold", "Au"),
            ('Who wrote "Hamlet"?', "William Shakespeare"),
        ],
    ),
    "en-two.md": (
        "Here are 2 cards:\n\n1. Q: What is the capital of Kenya? | A: Nairobi\n2. Q: What is the capital of Peru? | A: Lima\n",
        [("What is the capital of Kenya?", "Nairobi"), ("What is the capital of Peru?", "Lima")],
    ),
    "es-two.md": (
        "Tarjetas:\n\n- Pregunta: Capital de Chile / Respuesta: Santiago\n- Pregunta: Capital de Perú / Respuesta: Lima\n",
        [("Capital de Chile", "Santiago"), ("Capital de Perú", "Lima")],
    ),
}


@pytest.mark.parametrize("name", list(_NO_QUESTION_MARK))
def test_a_one_line_card_whose_prompt_has_no_question_mark_is_split_at_its_separator(tmp_path: Path, name: str) -> None:
    text, cards = _NO_QUESTION_MARK[name]
    notes, skipped, messages = built_notes(tmp_path, {name: text})
    assert [(note_front(n), note_back(n)) for n in notes] == cards
    assert [n["items"][0]["line"] for n in notes] == list(range(3, 3 + len(cards)))
    assert not skipped and _only_unlisted(messages)


def test_a_separator_without_an_answer_label_after_it_splits_nothing(tmp_path: Path) -> None:
    text = "Notes:\n\n1. Q: TCP / IP layers | four of them\n2. Q: OSI / seven layers | A-level topic\n"
    assert same_line_pairs(text) == text


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Q: x" + " " * n + "|\n",
        lambda n: "Q: x" + " |" * (n // 2) + "\n",
        lambda n: "Q: " + "x " * (n // 2) + "| B: y\n",
    ],
)
def test_one_line_pairs_without_a_question_mark_are_found_in_linear_time(make) -> None:  # type: ignore[no-untyped-def]
    def took(n: int) -> float:
        start = time.process_time()
        same_line_pairs(make(n) * 2)
        return time.process_time() - start

    small = min(took(20_000) for _ in range(3))
    assert took(200_000) < 30 * small + 0.5


# --- T34-8: '三、简答题（共4分）' keeps its marks while '一、选择题（每题2分，共6分）' loses them ---------------------------


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("三、简答题（共4分）", "三、简答题"),
        ("一、选择题（每题2分，共6分）", "一、选择题"),
        ("二、判断题（共5小题）", "二、判断题"),
        ("一、選択問題（各2点）", "一、選択問題"),
        ("二、記述問題（全2問）", "二、記述問題"),
        ("Ⅱ. 주관식 (각 5점)", "Ⅱ. 주관식"),
        ("Kurzfragen (je 1 Punkt)", "Kurzfragen"),
        ("Exercise (1)", "Exercise (1)"),  # a number that may name it
        ("化学（2023年）", "化学（2023年）"),  # a year, no count
    ],
)
def test_a_sections_marks_or_count_are_no_part_of_its_name_in_any_script(name: str, bare: str) -> None:
    assert bare_section(name) == bare


def test_a_chinese_papers_parts_are_named_without_their_marks(tmp_path: Path) -> None:
    paper = TRIAL34 / "t34-8-zh-section-marks" / "zh-shijuan.txt"
    notes, skipped, _ = built_notes(tmp_path, {"zh-shijuan.txt": paper})
    assert [(n["items"][0]["line"], n["fields"]["Section"]) for n in notes] == [
        (4, "一、选择题"), (6, "一、选择题"), (8, "一、选择题"), (12, "二、填空题"), (13, "二、填空题"), (16, "三、简答题"),
    ]  # fmt: skip
    assert note_back(notes[-1]) == "细胞膜能控制物质进出细胞，并保护细胞内部。"
    assert not skipped


# --- T32-51 part 2: a glossary reading that leaves the file's questions in no card says so ---------------------------

_ENTRIES_UNHEADED = """Bookkeeping practice

Exercises
1. Record the purchase of equipment for cash, $5,000.
2. Record a sale on account, $2,000.
3. Record the payment of rent, $800.

Worked entries
1. Dr Equipment 5,000
   Cr Cash 5,000
2. Dr Receivables 2,000
   Cr Sales 2,000
3. Dr Rent 800
   Cr Cash 800
"""

_GLOSSAR_HALB = """Wirtschaft – Wiederholung

Beschreiben Sie kurz die Aufgaben der Zentralbank und nennen Sie zwei geldpolitische Instrumente.
Erklären Sie den Unterschied zwischen Inflation und Deflation an einem Beispiel.
Nennen Sie drei Ursachen für Arbeitslosigkeit.

Begriffe
Inflation
    allgemeiner Anstieg des Preisniveaus
Deflation
    allgemeiner Rückgang des Preisniveaus
Leitzins
    Zinssatz, zu dem sich Banken bei der Zentralbank Geld leihen
"""


@pytest.mark.parametrize(
    ("name", "text", "line", "first"),
    [
        ("entries.txt", _ENTRIES_UNHEADED, 4, "1. Record the purchase of equipment for cash, $5,…"),
        ("wirtschaft.txt", _GLOSSAR_HALB, 3, "Beschreiben Sie kurz die Aufgaben der Zentralbank…"),
    ],
)
def test_lines_a_glossary_reading_leaves_out_are_said_once_with_their_count(tmp_path: Path, name: str, text: str, line: int, first: str) -> None:
    notes, _, messages = built_notes(tmp_path, {name: text})
    assert len(notes) == 3
    said = [m for m in messages if "no term with its meaning" in m]
    assert said == [
        f"sources/{name}:{line}: warning: 3 lines of text from here on are no term with its meaning indented under it, the way "
        f"this file is read (first: {first!r}): in no card (if they are questions, write each one's answer indented under "
        "it, or give this file a [source.pattern] that reads them (docs/layouts.md))"
    ]


def test_a_glossary_under_its_title_and_index_letters_says_nothing(tmp_path: Path) -> None:
    text = "Botany glossary\n\nA\nabaxial\n    The side of an organ facing away from the axis.\nadnate\n    Joined to an organ of another kind.\n\nB\nbract\n    A modified leaf below a flower.\n"
    notes, _, messages = built_notes(tmp_path, {"glossary.txt": text})
    assert [note_front(n) for n in notes] == ["abaxial", "adnate", "bract"]
    assert _only_unlisted(messages)
