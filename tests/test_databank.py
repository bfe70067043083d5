"""Question banks kept as data (.json, .yaml, .yml) dropped into sources/ are read as the Markdown their
records convert to (trial8 H7: quiz-app JSON and YAML flashcard decks were 'not read'; saved as text
they gave a false layout error or wrong cards).

Fixtures in tests/data/newuser/bank/, all written here: quiz.json (a titled bank with categories,
options and answers given as text, letter and index), opentdb.json (Open Trivia DB's shape: HTML
entities, correct_answer + incorrect_answers), lettered.json (answerA…answerC + correct, several
right answers), cards.yaml (front/back/chapter/tags records, a Markdown block back); trial-quiz.json
and trial-cards.yaml are trial8's H7 repro (written by the trial helper).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import deck_of as deck

from compiler.build import build
from compiler.diagnostics import ContentError
from compiler.sources.databank import convert_bank

DATA = Path(__file__).parent / "data" / "newuser" / "bank"


def built(content: Path, out: Path) -> tuple[dict[str, dict], list[str]]:  # type: ignore[type-arg]
    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    manifest = json.loads((out / "mine.json").read_text(encoding="utf-8"))
    return {n["fields"]["Question"]: n for n in manifest["notes"]}, [d.text() for d in result.compiled.diagnostics.items]


def test_a_quiz_bank_is_multiple_choice_with_sections_tags_and_its_own_lines(tmp_path: Path) -> None:
    notes, said = built(deck(tmp_path, {"quiz.json": DATA / "quiz.json"}), tmp_path / "build")
    assert {q: n["fields"].get("Correct") for q, n in notes.items()} == {
        "What is the chemical symbol for gold?": "A) Au",  # the option's text
        "Which gas do plants take in?": "B) Carbon dioxide",  # its letter
        "Which planet is closest in size to Earth?": "B) Venus",  # its index, from 0
        "Name the largest moon of Saturn.": None,  # no options: a basic card
    }
    gold = notes["What is the chemical symbol for gold?"]
    assert gold["items"][0]["line"] == 5 and {"elements", "symbols"} <= set(gold["tags"])
    assert gold["fields"]["Explanation"] == "<p>From the Latin <em>aurum</em>.</p>"
    assert notes["Name the largest moon of Saturn."]["fields"]["Answer"] == "<p>Titan</p>"
    assert any(t.endswith("::astronomy") for t in notes["Name the largest moon of Saturn."]["tags"])
    assert any(m.startswith("sources/quiz.json:") and "record 5 has no question" in m and "prompt_text" in m for m in said), said


def test_open_trivia_db_lettered_and_several_right_answers(tmp_path: Path) -> None:
    notes, _ = built(deck(tmp_path, {"opentdb.json": DATA / "opentdb.json", "lettered.json": DATA / "lettered.json"}), tmp_path / "build")
    assert notes['What does "HTML" stand for?']["fields"]["Correct"] == "D) Hypertext Markup Language"
    assert notes["The logo for Snapchat is a bell."]["fields"]["Correct"] == "B) False"  # (True before False: U77b)
    assert notes["Which keyword defines a function in Python?"]["fields"]["Correct"] == "B) def"
    assert notes["Which of these are prime?"]["fields"]["Correct"] == "B) 5<br>C) 7"


def test_a_yaml_deck_of_fronts_and_backs(tmp_path: Path) -> None:
    notes, _ = built(deck(tmp_path, {"cards.yaml": DATA / "cards.yaml"}), tmp_path / "build")
    assert sorted(notes) == ["Multiply 2 by 3", "What is 1 + 1?"]
    one = notes["What is 1 + 1?"]
    assert one["fields"]["Answer"] == "<p>2</p>" and "sums" in one["tags"] and one["items"][0]["line"] == 4
    assert notes["Multiply 2 by 3"]["fields"]["Answer"] == "<p><strong>6</strong>, since</p><p>2 * 3 = 6</p>"
    assert any(t.endswith("::multiplication") for t in notes["Multiply 2 by 3"]["tags"])


def test_the_trial_repro_gives_right_cards(tmp_path: Path) -> None:
    files: dict[str, str | Path] = {"quiz.json": DATA / "trial-quiz.json", "cards.yaml": DATA / "trial-cards.yaml"}
    notes, _ = built(deck(tmp_path, files), tmp_path / "build")
    assert len(notes) == 6
    assert notes["What is a group of lions called?"]["fields"]["Correct"] == "C) Pride"
    assert notes["What is 1 + 1?"]["fields"]["Answer"] == "<p>2</p>"  # no quotes, no 'chapter:' glued on


def test_what_is_no_question_bank(tmp_path: Path) -> None:
    # an unlisted JSON file that holds no records (a tool's settings): a warning, the rest builds
    content = deck(tmp_path, {"settings.json": '{"editor": {"tabSize": 2}}', "cards.yaml": DATA / "cards.yaml"})
    notes, said = built(content, tmp_path / "build")
    assert len(notes) == 2
    assert any(m.startswith("sources/settings.json:") and "not a question bank" in m and "not read" in m for m in said), said
    # broken files: errors naming the line, nothing written
    for name, text, line in (("bad.json", '[\n  {"question": "A?",\n   "answer": }\n]\n', 3), ("bad.yaml", "cards:\n  - front: A?\n  back: [\n", 3)):
        content = deck(tmp_path / name, {name: text})
        with pytest.raises(ContentError) as exc:
            build(content, tmp_path / name / "build", formats=("json",), now=1_000)
        assert any(d.file == f"sources/{name}" and d.line is not None and d.line >= line - 1 for d in exc.value.diagnostics), exc.value
        assert not (tmp_path / name / "build" / "mine.json").exists()


def test_record_keys_any_case_and_containers() -> None:
    made = convert_bank('{"data": {"Items": [{"Front": "Hola", "Back": "Hello"}]}}', "sources/x.json")
    assert "## Q: Hola" in made.text and "Hello" in made.text
    made = convert_bank('{"Science": [{"q": "A?", "a": "B"}], "History": [{"q": "C?", "a": "D"}]}', "sources/x.json")
    assert made.text.index("## Science") < made.text.index("A?") < made.text.index("## History") < made.text.index("C?")


def test_every_field_of_a_record_is_read_and_html_in_a_question_is_markup(tmp_path: Path) -> None:
    """trial9 T7 / learner2 M7: keys outside the short list (description, reference, example, details,
    alternativeAnswers) went nowhere; 'alternatives' of a free answer became options on the front (the answer
    handed over); difficulty/level were ignored; HTML in a question showed raw ('&lt;br&gt;', '&lt;b&gt;',
    '&lt;ruby&gt;') while the same HTML in an answer rendered."""
    bank = {"questions": [
        {"id": 1, "question": "What does TCP stand for?", "answer": "Transmission Control Protocol", "difficulty": "easy",
         "reference": "RFC 793", "example": "HTTP runs over TCP", "alternatives": ["tcp"], "created": "2024-01-02"},
        {"id": 2, "question": "Which port does HTTPS use?", "answer": "443", "difficulty": "hard", "note": "8443 is common"},
        {"id": 3, "question": "What is a <b>socket</b>?", "answer": "An endpoint: <code>IP:port</code>", "level": "medium"},
        {"uid": "la-06", "front": "How do you compute a 2x2 determinant?<br><br>\\( \\det A \\)", "back": "\\( ad - bc \\)", "level": 1},
        {"question": "Which is prime?", "options": ["4", "7"], "answer": "7", "explanation": "7 has no divisor.",
         "source": "Book 1", "level": 3},
    ]}  # fmt: skip
    yaml = (
        "- question: 「<ruby><rb>何</rb><rp>(</rp><rt>なに</rt><rp>)</rp></ruby>時間」でしょう？\n"
        "  answer: ラウンドトリップ時間\n"
        "  alternativeAnswers:\n    - RTT\n"
        "  description: BSoDは「Blue Screen of Death」の略\n"
    )
    notes, _ = built(deck(tmp_path, {"bank.json": json.dumps(bank), "quiz.yaml": yaml}), tmp_path / "build")
    tcp = notes["What does TCP stand for?"]
    assert tcp["fields"]["Answer"] == (
        "<p>Transmission Control Protocol</p><p><em>reference:</em> RFC 793</p><p><em>example:</em> HTTP runs over TCP</p>"
        "<p><em>alternatives:</em> tcp</p>"
    )  # the id and created keys: no card text
    assert tcp["notetype"] == "deckc Basic" and tcp["difficulty"] == "easy"
    assert notes["Which port does HTTPS use?"]["difficulty"] == "hard"
    socket = notes["What is a socket?"]  # the tags are markup, not text
    assert socket["difficulty"] == "medium" and socket["fields"]["Answer"] == "<p>An endpoint: <code>IP:port</code></p>"
    det = notes["How do you compute a 2x2 determinant? \\( \\det A \\)"]  # the formula after the question
    assert det["difficulty"] == "easy"  # 1 of the bank's 1–3
    prime = notes["Which is prime?"]
    assert prime["fields"]["Correct"] == "B) 7" and prime["difficulty"] == "hard"
    assert "7 has no divisor." in prime["fields"]["Explanation"] and "<em>source:</em> Book 1" in prime["fields"]["Explanation"]
    ruby = notes["「何(なに)時間」でしょう？"]
    # (a key of joined words a label in words: trial50 T50-4)
    assert "<em>Alternative answers:</em> RTT" in ruby["fields"]["Answer"] and "<em>description:</em> BSoD" in ruby["fields"]["Answer"]
    assert not any("&lt;" in q for q in notes)


WRAPPED_YAML = """title: Diversity in the Living World
description: Class 11 biology MCQs
mcqs:
  - text: Who proposed binomial nomenclature?
    options: [Darwin, Linnaeus, Mendel, Whittaker]
    correct: 1
    explanation: Carolus Linnaeus.
  - text: Which are kingdoms of the five-kingdom system?
    options: [Monera, Protista, Viruses, Fungi]
    correct: [0, 1, 3]
"""


def test_a_bank_wrapped_in_an_object_with_text_records(tmp_path: Path) -> None:
    """learner4 N52: records '{text, options, correct, explanation}' under an object's 'mcqs' (or 'questions')
    key beside its 'title' and 'description' were 'not a question bank: no list of records', though the same list
    alone was read: a list counts as records when its entries hold a question key, or a weak one ('text') beside
    options or an answer, as each record is read."""
    wrapped_json = json.dumps({"title": "Cells", "questions": [{"text": "What is the powerhouse of the cell?", "options": ["Nucleus", "Mitochondrion"], "correct": 1}]})
    content = deck(tmp_path, {"bio.yaml": WRAPPED_YAML, "cells.json": wrapped_json, "settings.json": '{"name": "x", "items": [{"text": "a note"}]}'})
    got, said = built(content, tmp_path / "build")
    assert got["Who proposed binomial nomenclature?"]["fields"]["Correct"] == "B) Linnaeus"
    assert got["Which are kingdoms of the five-kingdom system?"]["fields"]["Correct"] == "A) Monera<br>B) Protista<br>D) Fungi"
    assert got["What is the powerhouse of the cell?"]["fields"]["Correct"] == "B) Mitochondrion"
    assert convert_bank(WRAPPED_YAML, "sources/bio.yaml").text.startswith("# Diversity in the Living World\n")
    assert any(m.startswith("sources/settings.json:") and "not a question bank" in m for m in said), said  # text alone asks nothing


def test_front_matter_multiple_choice_records(tmp_path: Path) -> None:
    """learner4 N51 (severe: an Astro content collection, 168 questions in a page's front matter as 'mcqs: - text: …
    options: … correct: 1'): a guessed pattern made every front an option list and every back an index and the next
    question. Records under a plain 'text' key beside options are questions too, and front matter may be long."""
    record = '  - text: "In round {n}, which option is number {k}?"\n    options:\n      - "zero"\n      - "one"\n      - "two"\n    correct: {k}\n    explanation: "It is {k}."\n\n'
    records = "".join(record.format(n=n, k=n % 3) for n in range(80))  # 640 lines of front matter
    page = f'---\ntitle: "Biology MCQ"\ndescription: "A test."\nmcqs:\n{records}---\n'
    notes, _ = built(deck(tmp_path, {"mcq.md": page}), tmp_path / "build")
    assert len(notes) == 80
    assert notes["In round 7, which option is number 1?"]["fields"]["Correct"] == "B) one"


def test_a_record_with_more_options_than_ten_lists_every_one(tmp_path: Path) -> None:
    """formats2 F2-1: a record of twelve options was 'internal error (IndexError)' and nothing was written."""
    cities = ["Lagos", "Sao Paulo", "Toronto", "Auckland", "Istanbul", "Zurich", "Tokyo", "New Delhi", "Astana", "Warsaw", "Riyadh", "Sydney"]
    bank = {"questions": [{"question": "Which is the capital of Saudi Arabia?", "options": cities, "answer": 10},
                          {"question": "Which number is 28?", "options": [f"n{k}" for k in range(30)], "answer": 28}]}  # fmt: skip
    made = convert_bank(json.dumps(bank, indent=1), "bank.json")
    assert "- [x] Riyadh" in made.text and "- [ ] Sydney" in made.text  # (past H: task boxes, lettered by the card; F2-2)
    (tmp_path / "sources").mkdir(parents=True, exist_ok=True)
    source = tmp_path / "many.json"
    source.write_text(json.dumps(bank), encoding="utf-8")
    notes, said = built(deck(tmp_path, {"many.json": source}), tmp_path / "build")
    assert len(notes) == 2 and notes["Which is the capital of Saudi Arabia?"]["fields"]["Correct"] == "K) Riyadh"
    assert any("record 2 has 30 options, more than a multiple-choice card letters (26)" in m for m in said), said


def test_a_record_of_nine_or_ten_options_is_multiple_choice(tmp_path: Path) -> None:
    """formats2 F2-2: a record of 9-10 options with a clear answer index was a basic card listing them, warned '8 options
    and an answer line deckc cannot read (**Answer:** I)': lettered lines stop at H. Past H a record's options are task
    boxes, which a card letters to Z; the right ones ticked, each option's feedback by its letter."""
    cities = ["Lagos", "Sao Paulo", "Toronto", "Auckland", "Istanbul", "Zurich", "Tokyo", "New Delhi", "Astana", "Warsaw"]
    bank = [{"question": "Which is the capital of Kazakhstan?", "options": cities, "answer": 8},
            {"question": "Which are capitals of Asian countries?", "options": cities, "answer": [6, 7, 8]}]  # fmt: skip
    notes, said = built(deck(tmp_path, {"ten.json": json.dumps(bank)}), tmp_path / "build")
    assert notes["Which is the capital of Kazakhstan?"]["fields"]["Correct"] == "I) Astana"
    assert notes["Which are capitals of Asian countries?"]["fields"]["Correct"] == "G) Tokyo<br>H) New Delhi<br>I) Astana"
    assert not any("cannot read" in m for m in said), said


def test_a_yaml_bank_of_several_documents(tmp_path: Path) -> None:
    """formats2 F2-7: a YAML file of several documents ('---' between records, as TU-Berlin-DIMA/moodle-tools writes
    its questions) was 'broken YAML: but found another document' and nothing was written. Each document is a record
    (a list, its records), each at its own line."""
    stream = "---\nquestion: What does SQL stand for?\nanswer: Structured Query Language\n---\n- question: Which clause filters rows?\n  answer: WHERE\n---\nquestion: Which clause sorts?\nanswer: ORDER BY\n"
    made = convert_bank(stream, "sources/sql.yaml")
    rows = made.text.split("\n")
    assert [made.origin[k] for k, row in enumerate(rows) if row.startswith("## ")] == [2, 5, 8]
    (tmp_path / "in").mkdir()
    notes, said = built(deck(tmp_path / "in", {"sql.yaml": stream}), tmp_path / "build")
    assert set(notes) == {"What does SQL stand for?", "Which clause filters rows?", "Which clause sorts?"}, said
    assert notes["Which clause sorts?"]["fields"]["Answer"] == "<p>ORDER BY</p>"


def test_options_that_say_their_credit_as_a_number() -> None:
    """formats2 F2-8: option objects giving their credit as a number (moodle-tools' 'points: 100 / 50 / 0', Moodle's
    'fraction') marked no option right: a basic card listing the options. The best credit above nothing is right
    (a partial one is no other way to say it, as Moodle XML is read)."""
    bank = "- type: multiple_choice\n  question: Which keyword starts a query?\n  answers:\n    - answer: SELECT\n      points: 100\n    - answer: WITH\n      points: 50\n      feedback: Only if you have a CTE\n    - answer: FROM\n      points: 0\n"
    text = convert_bank(bank, "sources/q.yaml").text
    assert "- A) SELECT" in text and "**Answer:** A\n" in text and "*B)* Only if you have a CTE" in text
    flat = convert_bank('[{"question": "Pick one?", "options": [{"text": "a", "fraction": 0}, {"text": "b", "fraction": 0}]}]', "sources/q.json").text
    assert "**Answer:**" not in flat  # (no credit anywhere: no key)


def test_a_file_of_one_question_is_one_record() -> None:
    """formats2 F2-9: a YAML/JSON file holding one question object (moodle-tools writes a question a file; a repo's
    question.yaml) was 'not a question bank: no list of records', or its keys became cards ('type' -> 'true_false')."""
    one = convert_bank("---\ntype: true_false\ntitle: Sky\nquestion: The sky is blue.\ncorrect_answer: true\n", "sources/sky.yaml").text
    assert "## Q: True or false: The sky is blue." in one and "\nTrue\n" in one and "## Q: type" not in one  # (a boolean answer: N62-4)
    terms = convert_bank('{"hola": "hello", "adios": "bye"}', "sources/words.json").text
    assert "## Q: adios" in terms  # (a term -> meaning object as before: trial12 U89)


def test_choice_objects_named_by_a_code_the_key_names(tmp_path: Path) -> None:
    """trial14 T14-14 (severe): choices as objects named by a code ('questionChoices': [{codeAnswer: 1, answerText: …}],
    'questionAnswer': 3; a JLPT app's test packages) taught the FIRST choice on a basic card, and {"label": "A", "value":
    "Venus"} options read 'A'. The key names the option by its code; a letter or number beside the text is no text."""
    coded = [{"questionText": "What is the chemical symbol for gold?", "questionAnswer": 3,
              "questionChoices": [{"codeAnswer": 1, "answerText": "Ag"}, {"codeAnswer": 2, "answerText": "Gd"}, {"codeAnswer": 3, "answerText": "Au"}]}]  # fmt: skip
    labelled = [{"question": "Which planet is closest to the Sun?", "choices": [{"label": "A", "value": "Venus"}, {"label": "B", "value": "Mercury"}], "answer": "B"}]
    notes, _ = built(deck(tmp_path, {"coded.json": json.dumps(coded), "labelled.json": json.dumps(labelled)}), tmp_path / "build")
    assert notes["What is the chemical symbol for gold?"]["fields"]["Correct"] == "C) Au"
    assert notes["Which planet is closest to the Sun?"]["fields"]["Correct"] == "B) Mercury"
