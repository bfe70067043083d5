"""JSON question banks whose keys are in the learner's language (trial10 P35)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import deck_of

from compiler.build import build


def test_portuguese_and_spanish_bank_keys(tmp_path: Path) -> None:
    """'enunciado' / 'alternativas' / 'gabarito' / 'correta' / 'comentario' / 'materia' / 'dificuldade' and
    '{"preguntas": [{"pregunta", "opciones", "respuesta", "explicacion"}]}' were 'not a question bank' (0/5)."""
    questoes = [
        {"id": 1, "materia": "Geografia", "enunciado": "Qual é a capital do Brasil?",
         "alternativas": [{"letra": "A", "texto": "Rio de Janeiro"}, {"letra": "B", "texto": "Brasília"}],
         "gabarito": "B", "comentario": "Desde 1960.", "dificuldade": "Difícil"},
        {"id": 2, "enunciado": "Há oração subordinada em:",
         "alternativas": {"A": "Levantou-se e saiu.", "B": "Saiu quando a sessão terminou."}, "correta": "B"},
    ]  # fmt: skip
    preguntas = {"preguntas": [
        {"pregunta": "¿Cuál es la capital de Francia?", "opciones": ["Madrid", "París"], "respuesta": "París"},
        {"pregunta": "¿Cuántos lados tiene un triángulo?", "respuesta": "Tres", "explicacion": "Tri- significa tres."},
    ]}  # fmt: skip
    files = {"questoes.json": json.dumps(questoes, ensure_ascii=False), "preguntas.json": json.dumps(preguntas, ensure_ascii=False)}
    compiled = build(deck_of(tmp_path, files), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    items = {i.question: i for i in compiled.items}
    brasil = items["Qual é a capital do Brasil?"]
    assert brasil.correct == "B" and "Brasília" in str(brasil.choices[1]) and brasil.section == ["Geografia"]
    assert brasil.difficulty is not None and brasil.difficulty.value == "hard"
    assert items["Há oração subordinada em:"].correct == "B"
    assert items["¿Cuál es la capital de Francia?"].correct == "B"
    assert items["¿Cuántos lados tiene un triángulo?"].answer_plain().startswith("Tres")


def test_conjugation_tables_are_no_table_of_questions(tmp_path: Path) -> None:
    """learner3 N21 (severe): '## hablar' / '## comer' each over a '| Pronoun | Form |' table were read with a
    guessed pattern: 'yo' -> 'hablo' with no verb on the card, another verb's form merged in as a second
    answer, 'Pronoun' -> 'Form' cards. Several tables under headings (or row labels that repeat) get no
    table guess: the page is read by its headings, a card per verb with its table."""
    verbs = "".join(
        f"## {verb}\n\n| Pronoun | Form |\n|---|---|\n| yo | {stem}o |\n| tú | {stem}as |\n| nosotros | {stem}amos |\n\n"
        for verb, stem in (("hablar (to speak)", "habl"), ("comer (to eat)", "com"), ("vivir (to live)", "viv"))
    )
    compiled = build(deck_of(tmp_path, {"verbs.md": "# Regular verbs\n\n" + verbs}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert [i.question for i in compiled.items] == ["hablar (to speak)", "comer (to eat)", "vivir (to live)"]
    assert "hablas" in compiled.items[0].answer_plain() and "vivas" not in compiled.items[0].answer_plain()


def test_question_and_answer_labels_of_indian_and_other_scripts(tmp_path: Path) -> None:
    """learner3 N31: '**प्रश्न 1:** …?' / '**उत्तर:** …' (Hindi), '**سوال 1:**' / '**جواب:**' (Urdu),
    '**প্রশ্ন ১:**' / '**উত্তর:**' (Bengali) lost their questions; they are labels as 'Question 1:' / 'Answer:' are."""
    page = (
        "# सामान्य ज्ञान\n\n**प्रश्न 1:** भारत की राजधानी क्या है?\n**उत्तर:** नई दिल्ली\n\n"
        "**प्रश्न 2:** भारत का राष्ट्रीय पशु कौन सा है?\n**उत्तर:** बाघ\n\n"
        "## مطالعہ\n\n**سوال 1:** پاکستان کا دارالحکومت کیا ہے؟\n**جواب:** اسلام آباد\n\n"
        "## জ্ঞান\n\n**প্রশ্ন ১:** বাংলাদেশের রাজধানী কী?\n**উত্তর:** ঢাকা\n"
    )
    compiled = build(deck_of(tmp_path, {"gk.md": page}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    assert {i.question: i.answer_plain() for i in compiled.items} == {
        "भारत की राजधानी क्या है?": "नई दिल्ली",
        "भारत का राष्ट्रीय पशु कौन सा है?": "बाघ",
        "پاکستان کا دارالحکومت کیا ہے؟": "اسلام آباد",
        "বাংলাদেশের রাজধানী কী?": "ঢাকা",
    }


def test_json_lines_banks(tmp_path: Path) -> None:
    """trial10 P38: '.jsonl' (datasets, LLM batch output) was 'not read'; the same bytes as .json stopped the
    build with 'broken JSON: Extra data'. Both are a record per line, each card naming its line."""
    rows = [{"question": "What gas do plants absorb?", "answer": "Carbon dioxide"}, {"question": "Which planet is red?", "answer": "Mars"}]
    text = "".join(json.dumps(r) + "\n" for r in rows)
    compiled = build(deck_of(tmp_path, {"sciq.jsonl": text, "more.json": text.replace("Mars", "Mars.")}), tmp_path / "build", formats=("json",), now=1_000).compiled
    assert compiled is not None
    got = sorted((i.locator.file, i.locator.line, i.question) for i in compiled.items)
    assert got == [
        ("sources/more.json", 1, "What gas do plants absorb?"),
        ("sources/more.json", 2, "Which planet is red?"),
        ("sources/sciq.jsonl", 1, "What gas do plants absorb?"),
        ("sources/sciq.jsonl", 2, "Which planet is red?"),
    ]


def test_an_faq_kept_in_the_front_matter(tmp_path: Path) -> None:
    """trial10 P28: 'faqs: - question: … answer: …' in a page's front matter (Hugo/Jekyll/Astro FAQ pages) gave one
    junk note named after the title; the entries are the questions, each naming its line in the page."""
    page = (
        '---\ntitle: "Frequently asked questions"\nfaqs:\n  - question: "How long is the course?"\n'
        '    answer: "Twelve weeks."\n  - question: "Is there a certificate?"\n    answer: "Yes."\n---\n\nWrite to us.\n'
    )
    result = build(deck_of(tmp_path, {"faq.md": page}), tmp_path / "build", formats=("json",), now=1_000)
    compiled = result.compiled
    assert compiled is not None
    assert [(i.locator.line, i.question, i.answer_plain()) for i in compiled.items] == [
        (4, "How long is the course?", "Twelve weeks."),
        (6, "Is there a certificate?", "Yes."),
    ]
    assert any("faq.md:10: warning: the text after the front matter's questions" in str(w) for w in result.summary.warnings)
