"""readers2's fixes of the fourteenth sitting (detection and line-level rewrites)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import deck_of


def _built(tmp_path: Path, files: dict[str, str]) -> tuple[Any, dict[str, Any]]:
    """A deck of these files built to JSON: (the build's result, its manifest)."""
    from compiler.build import build

    content = deck_of(tmp_path, files)
    result = build(content, tmp_path / "out", formats=("json",), now=2_000)
    return result, json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))


def _cards(manifest: dict[str, Any]) -> dict[str, str]:
    return {n["fields"]["Question"]: n["fields"].get("Answer", "") for n in manifest["notes"]}


def test_label_pairs_typed_with_single_line_breaks_are_a_card_each(tmp_path: Path) -> None:
    """trial14 T14-49: 'Q: …' / 'A: …' lines with no blank line between pairs were one paragraph, so one card whose
    answer taught every later question and answer; any label, bold or in another language, and a task label alone."""
    files = {
        "net.md": "# Networking\nQ: What does DNS stand for?\nA: Domain Name System\nQ: Which port does HTTPS use?\nA: 443\n",
        "os.md": "**Question:** Define deadlock.\n**Answer:** Two threads wait on each other forever,\neach holding a lock.\n"
        "**Question:** Explain paging.\n**Answer:** Memory split into pages.\n",
        "db.md": "Frage: Was ist ein Primärschlüssel?\nAntwort: Ein eindeutiges Attribut.\nFrage: Was ist ein Fremdschlüssel?\n"
        "Antwort: Ein Verweis auf eine andere Tabelle.\n",
    }
    result, manifest = _built(tmp_path, files)
    cards = _cards(manifest)
    assert result.summary.notes == 6, cards
    assert "443" in cards["Which port does HTTPS use?"] and "Which port" not in cards["What does DNS stand for?"]
    assert "each holding a lock" in cards["Define deadlock."] and "paging" not in cards["Define deadlock."]
    assert "Fremdschlüssel" not in cards["Was ist ein Primärschlüssel?"]


def test_tight_label_pairs_keep_their_options(tmp_path: Path) -> None:
    """T14-49: lettered options between a 'Q:' line and its 'A:' letter stay a multiple-choice question."""
    page = "## Quiz\nQ: Which port does HTTPS use?\na) 80\nb) 443\nA: b\nQ: Which layer is TCP in?\na) network\nb) transport\nA: b\n"
    result, manifest = _built(tmp_path, {"quiz.md": page})
    assert result.summary.notes == 2
    assert all(n["kind"] == "multiple_choice" for n in manifest["notes"]), manifest["notes"]


def test_question_lines_over_answer_lines_in_markdown_are_cards(tmp_path: Path) -> None:
    """trial14 T14-48: a question line over its answer line, again and again, with no blank line (Obsidian, Typora)
    was one card fronted by the title or the file name; each pair is a card, as in a .txt."""
    page = "# Networking\n\nWhat does DNS stand for?\nDomain Name System\nWhich port does HTTPS use?\n443\nWhat layer is TCP in?\nThe transport layer\n"
    result, manifest = _built(tmp_path, {"net.md": page, "nohead.md": page.replace("# Networking\n\n", "").replace("DNS", "ARP")})
    cards = _cards(manifest)
    assert "Domain Name System" in cards["What does DNS stand for?"] and "443" not in cards["What does DNS stand for?"]
    assert result.summary.notes == 4, cards  # (three merged with the other file's)
    assert "nohead" not in cards and "Networking" not in cards


def test_prose_lines_that_alternate_are_no_quiz() -> None:
    """T14-48's rule needs questions: prose with a rhetorical question, or a paragraph in a list, stays as written."""
    from compiler.sources.lines import tight_pairs

    prose = ["Why does this matter?", "Because the world is big.", "The next line goes on.", "And a fourth."]
    assert tight_pairs(prose) == prose
    listed = ["- Q: What is DNS?", "  A: Domain Name System", "- Q: What is ARP?", "  A: Address resolution"]
    assert tight_pairs(listed) == listed
    fenced = ["```", "Q: What is DNS?", "A: x", "Q: What is ARP?", "A: y", "```"]
    assert tight_pairs(fenced) == fenced


def test_terms_over_meanings_on_alternating_lines_are_cards(tmp_path: Path) -> None:
    """trial14 T14-47: terms over their meanings with no blank line (docs' own 'qa' example) were read as an article
    (the first pair lost as its title, the rest cloze) or 'cannot tell this document's layout'."""
    capital = (
        "Photosynthesis\nThe process by which plants make food from light.\nOsmosis\nThe movement of water across a membrane.\n"
        "Mitosis\nCell division that makes two identical cells.\n"
    )
    vocab = "abundant\nexisting in large quantities; more than enough\nmitigate\nto make less severe\nubiquitous\npresent everywhere\n"
    result, manifest = _built(tmp_path, {"bio.txt": capital, "words.txt": vocab})
    cards = _cards(manifest)
    assert result.summary.notes == 6, cards
    assert "plants make food" in cards["Photosynthesis"] and "present everywhere" in cards["ubiquitous"]


def test_a_list_of_single_words_pairs_nothing() -> None:
    """T14-47's rule wants meanings longer than their terms: a plain word list is no glossary."""
    from compiler.sources.lines import paragraph_pairs

    assert paragraph_pairs(["hund", "dog", "katze", "cat", "maus", "mouse"]) is None


def test_quizlet_exports_with_custom_separators_are_detected(tmp_path: Path) -> None:
    """trial14 T14-37: Quizlet's Comma or Custom ' - ' term separator beside Semicolon rows (one line), and two comma
    rows, were 'cannot tell this document's layout'; each is now read as the export it is."""
    files = {
        "dash.txt": "abundant - existing in large quantities;mitigate - to make less severe;scrutiny - close examination;",
        "comma.txt": "candid,truthful and straightforward;ubiquitous,present everywhere;wary,cautious; on guard;",
        "two.txt": "laconic,using few words\nterse,brief to the point of rudeness\n",
    }
    result, manifest = _built(tmp_path, files)
    cards = _cards(manifest)
    assert result.summary.notes == 8, cards
    assert "less severe" in cards["mitigate"] and "on guard" in cards["wary"] and "few words" in cards["laconic"]


def test_prose_with_semicolons_is_no_export() -> None:
    """T14-37's rows need a term separator in every row: a sentence's commas and colons are none."""
    from compiler.sources.detect import _custom_rows

    assert _custom_rows("First, open the file; then, close it; finally, save it.") is None
    assert _custom_rows("Note: read this; see: that; also: the other;") is None


def test_true_false_verdicts_after_the_full_stop_are_cards(tmp_path: Path) -> None:
    """trial14 T14-50: '1. The sun is a star. True' (or 'T', no brackets) was one heading card listing every verdict,
    and a .txt of them 'cannot tell'; '… star. — True' was a pair list whose fronts asked nothing."""
    word = "# True or false\n\n1. The sun is a star. True\n2. Bats are birds. False\n3. Spiders are insects. False\n"
    letter = "1. Water boils at 100 °C at sea level. T\n2. Whales are fish. F\n3. The moon orbits the earth. T\n"
    dash = "1. Sharks are mammals. — False\n2. Venus is a planet. — True\n3. Ice is frozen water. — True\n"
    result, manifest = _built(tmp_path, {"word.md": word, "letter.txt": letter, "dash.md": dash})
    cards = _cards(manifest)
    assert result.summary.notes == 9, cards
    assert "False" in cards["True or false: Bats are birds."] and "True" in cards["True or false: Water boils at 100 °C at sea level."]
    assert "False" in cards["True or false: Sharks are mammals."]


def test_a_key_of_verdicts_is_no_statement() -> None:
    """T14-50's bare verdict needs a statement: a key's '1. T 2. F' entries and a lone word are none."""
    from compiler.sources.lines import bare_verdict

    assert bare_verdict("1. The sun is a star. True")
    assert not bare_verdict("**Answers:** 1. T 2. F 3. True")
    assert not bare_verdict("1. T")
    assert not bare_verdict("Photosynthesis. True")


def test_a_task_part_letter_alone_on_its_line_asks_the_next_line(tmp_path: Path) -> None:
    """trial14 T14-41: '3. а' / the part's task on the next line / its code / '3. б' / … was one card fronted 'а', the
    task on the back and part б glued onto it; each part is a card asking its task."""
    page = (
        "1. What is git?\nA version control system.\n\n2. a\nAdd two files to the repository.\n```\ngit add a b\n```\n"
        "2. b\nCommit them.\n```\ngit commit -m x\n```\n3. What is a branch?\nA movable pointer to a commit.\n"
    )
    result, manifest = _built(tmp_path, {"git.md": page})
    cards = _cards(manifest)
    assert result.summary.notes == 4, cards
    assert "git add a b" in cards["Add two files to the repository."] and "commit" not in cards["Add two files to the repository."]
    assert "git commit -m x" in cards["Commit them."]


def test_a_key_for_a_named_part_answers_by_topic_and_letter(tmp_path: Path) -> None:
    """trial15 T15-6: the key heading '# WIRTSCHAFTS- UND SOZIALKUNDE - LÖSUNGEN' (a part's name, a dash, the key word)
    was no key heading, and its entries '**1. Krankmeldung (B):**' (a topic, then the letter) named no option."""
    page = (
        "# WISO\n\n### Frage 1: (10 Punkte)\nWas muss ein kranker Auszubildender tun?\n\nA) Nichts\nB) Sich sofort krankmelden\n"
        "C) Ins Krankenhaus gehen\n\n---\n\n### Frage 2: (10 Punkte)\nWie lange dürfen Jugendliche täglich arbeiten?\n\n"
        "A) Acht Stunden\nB) Zehn Stunden\nC) Zwölf Stunden\n\n---\n\n# WIRTSCHAFTS- UND SOZIALKUNDE - LÖSUNGEN\n\n"
        "**1. Krankmeldung (B):**\n✅ **Richtig:** Unverzüglich krankmelden.\n- AU ab dem 3. Tag\n\n"
        "**2. Jugendarbeitsschutz (A):**\n✅ **Richtig:** Max. 8 Stunden täglich.\n"
    )
    result, manifest = _built(tmp_path, {"wiso.md": page})
    notes = manifest["notes"]
    assert result.summary.notes == 2, [n["fields"] for n in notes]
    assert [n["fields"]["Correct"][:1] for n in notes] == ["B", "A"]
    assert "Unverzüglich" in notes[0]["fields"]["Explanation"]


def test_a_numbered_heading_over_an_answer_is_no_key() -> None:
    """T15-6's key heading may name a part, never a number: '### Frage 1 – Lösung' is that question's answer."""
    import re

    from compiler.layouts import ANSWER_KEY

    key = re.compile(ANSWER_KEY)
    assert key.match("# WIRTSCHAFTS- UND SOZIALKUNDE - LÖSUNGEN") and key.match("## Kapitel: Lösungen")
    assert not key.match("### Frage 1 – Lösung") and not key.match("Some text - answers")


def test_exams_one_after_another_each_number_from_one(tmp_path: Path) -> None:
    """trial15 T15-8: a second exam under a plain title after a rule, numbered from 1 again, was the answer of the first
    exam's last task; a level line ('Schwere Aufgaben') between tasks was the last words of the answer above."""
    page = (
        "Prüfung A — Klassisch\n\nLeichte Aufgaben\n1) Nennen Sie die empfohlene Höchstmenge Salz pro Tag.\nLösung: 6 Gramm.\n\n"
        "2) Wie viel Salz braucht der Körper täglich?\nLösung: Etwa 3 Gramm.\n\nSchwere Aufgaben\n"
        "3) Begründen Sie, warum Cheddar aus der Tube kein Cheddar ist.\nLösung: Es ist Schmelzkäse.\n\n---\n\n"
        "Prüfung B — Multiple Choice, Lückentext\n\nLeichte Aufgaben (je 1 richtige Antwort)\n"
        "1) Welcher Käse stammt aus Südwestengland?\nLösung: Cheddar.\n\n2) Wie viel Lebensmittel wirft ein Haushalt weg?\nLösung: 82 kg.\n"
    )
    result, manifest = _built(tmp_path, {"exams.md": page})
    cards = _cards(manifest)
    assert result.summary.notes == 5, cards
    back = cards["Wie viel Salz braucht der Körper täglich?"]
    assert "Schwere" not in back and "Südwestengland" not in cards["Begründen Sie, warum Cheddar aus der Tube kein Cheddar ist."]
    assert "Cheddar" in cards["Welcher Käse stammt aus Südwestengland?"]


def test_questions_then_solutions_under_part_and_capital_titles(tmp_path: Path) -> None:
    """trial15 T15-7: 'TEIL 1: AUFGABEN' / capital section titles / numbered questions / 'TEIL 2: LÖSUNGEN' / the same
    titles / numbered solutions, a paragraph a line: each section's last question was answered by the next title, the
    last by all the solutions; now question N of a section is answered by solution N of it."""
    page = (
        "200 ÜBUNGSAUFGABEN\nTEIL 1: AUFGABEN\nHARDWARE & IT-GRUNDLAGEN\n1. Was bedeutet CPU?\n2. Was ist ein Kern?\n"
        "NETZWERK\n3. Was ist das OSI-Modell?\nTEIL 2: LÖSUNGEN\nHARDWARE & IT-GRUNDLAGEN\n1. Central Processing Unit.\n"
        "2. Eine physische Recheneinheit.\nNETZWERK\n3. Ein Schichtenmodell mit 7 Schichten.\n"
    )
    result, manifest = _built(tmp_path, {"fisi.txt": page, "bold.md": page.replace("\n1. ", "\n**1.** ").replace("CPU?", "CPU genau?")})
    cards = _cards(manifest)
    assert "Central Processing Unit" in cards["Was bedeutet CPU?"] and "Central Processing Unit" in cards["Was bedeutet CPU genau?"]
    assert "NETZWERK" not in cards["Was ist ein Kern?"] and "Schichtenmodell" in cards["Was ist das OSI-Modell?"]
    assert result.summary.notes == 4, cards


def test_a_capital_answer_under_its_question_stays_its_answer(tmp_path: Path) -> None:
    """T15-7's capital titles: 'TRUE' under a question with no key below is that question's answer."""
    result, manifest = _built(tmp_path, {"tf.txt": "1. Is the sky blue?\nTRUE\n2. Is grass red?\nFALSE\n3. Is snow white?\nTRUE\n"})
    assert _cards(manifest)["Is grass red?"].count("FALSE") == 1 and result.summary.notes == 3


def test_an_instruction_over_the_options_is_read_after_the_question(tmp_path: Path) -> None:
    """trial15 T15-13: '2) Poytaxtimiz qaysi shahar?' / 'Tanlang:' ('Choose:') / options: the front read 'Tanlang:
    Poytaxtimiz qaysi shahar?', the instruction set before the question."""
    page = "1) Poytaxtimiz qaysi shahar?\nTanlang:\na) Samarqand\nb) Toshkent\nc) Buxoro\nJavob: b\n\n2) 2 + 2 = ?\nA) 3\n*B) 4\nC) 5\n"
    _, manifest = _built(tmp_path, {"uz.txt": page})
    front = manifest["notes"][0]["fields"]["Question"]
    assert front.index("Poytaxtimiz") < front.index("Tanlang"), front


def test_reference_answer_labels_are_answer_labels() -> None:
    """trial15 T15-29: '**参考答案**：…' / '**Reference answer**: …' (also 标准答案, 参考解答, sample answer) were no answer
    labels, so the exercise over them was 'text outside any question' and the build failed 'no note'."""
    from compiler.sources.lines import has_answer_label, strip_answer_label, unbold_label

    for label in ("**参考答案**：x", "**Reference answer**: x", "标准答案：x", "参考解答：x", "Sample answer: x", "答案：x"):
        assert has_answer_label(unbold_label(label)) and strip_answer_label(unbold_label(label)) == "x", label
    assert not has_answer_label("Answering machines are old.")


TEMPLATE = """### Question 1
Topic: algebra
Question (English): What is 2 + 2?
Question (Hindi): 2 + 2 कितना है?
Option A (English): 3
Option A (Hindi): ३
Option B (English): 4
Option B (Hindi): ४
Option C (English): 5
Option C (Hindi): ५
Answer: B
Explanation (English): Because 2 + 2 = 4.
Explanation (Hindi): क्योंकि 2 + 2 = 4 होता है।

### Question 2
Topic: algebra
Question (English): What is 3 + 3?
Question (Hindi): 3 + 3 कितना है?
Option A (English): 6
Option A (Hindi): ६
Option B (English): 7
Option B (Hindi): ७
Answer: A
Explanation (English): Because 3 + 3 = 6.
"""


def test_a_labelled_field_template_is_a_quiz(tmp_path: Path) -> None:
    """trial15 T15-36: 'Question (English): …' / 'Option A (English): …' / 'Option A (Hindi): …' / 'Answer: B' records
    stopped the build ('cannot tell', 'no line start repeats'); each record is a multiple-choice note."""
    result, manifest = _built(tmp_path, {"question_template.txt": TEMPLATE})
    notes = manifest["notes"]
    assert result.summary.notes == 2, [n["fields"] for n in notes]
    assert [n["fields"]["Correct"] for n in notes] == ["B) 4 / ४", "A) 6 / ६"]
    assert "कितना" in notes[0]["fields"]["Question"] and "Because 2 + 2 = 4." in notes[0]["fields"]["Explanation"]


def test_the_labelled_field_rewrite_keeps_the_line_count() -> None:
    from compiler.sources.lines import labelled_fields

    lines = TEMPLATE.split("\n")
    out = labelled_fields(lines)
    assert out is not None and len(out) == len(lines) and out[0] == "Question 1" and "A) 3 / ३" in out
    assert labelled_fields(["Option A: x", "Option B: y"]) is None


def test_a_file_of_solutions_only_is_said_never_carded(tmp_path: Path) -> None:
    """trial15 T15-24: '## Soru 1' / '**Doğru cevap:** A' / 'Çözüm: …' (solutions to a test kept elsewhere) gave cards
    fronted 'Doğru cevap: A'; now no card, and a warning naming key_file."""
    from click.testing import CliRunner

    from compiler.cli import main

    page = "# Test 21 — Çözümler\n\n## Soru 1\n**Doğru cevap:** A\n\n**Çözüm:** 21 çift.\n\n## Soru 2\n**Doğru cevap:** B\n\n**Çözüm:** 56.\n"
    content = deck_of(tmp_path, {"test21-cozumler.md": page, "other.md": "## What is 2 + 2?\n\n4\n"})
    result = CliRunner().invoke(main, ["build", str(content)])
    assert "question labels each hold only an answer" in result.output and "key_file" in result.output, result.output


def test_turkish_correct_answer_is_a_right_answer_label() -> None:
    from compiler.sources.lines import has_right_answer_label

    assert has_right_answer_label("Doğru cevap: A") and has_right_answer_label("Doğru yanıt: B")


def test_a_solution_sheet_keys_its_multiple_choice_part(tmp_path: Path) -> None:
    """trial15 T15-25: a Word exam's '# LÖSUNGSBOGEN' (the solution sheet) / '**MUSTERLÖSUNGEN**' / '## WISO - LÖSUNGEN'
    over a table whose header row was left empty ('| Frage | Lösung | Begründung |' below it) keyed nothing: the build
    stopped 'no note'."""
    page = (
        "# **PRÜFUNGSTEIL WISO**\n\n**1. Welcher Mangel liegt vor?**\n\nA) Sachmangel\n\nB) Quantitätsmangel\n\n"
        "**2. Was ist ein Lieferschein?**\n\nA) Eine Rechnung\n\nB) Ein Warenbegleitdokument\n\n"
        "# **LÖSUNGSBOGEN**\n\n**MUSTERLÖSUNGEN**\n\n## **WISO - LÖSUNGEN**\n\n|  |  |  |\n| --- | --- | --- |\n"
        "|  **Frage** |  **Lösung** |  **Begründung** |\n|  1 |  B |  Falsche Menge |\n|  2 |  B |  Begleitet die Ware |\n"
    )
    from compiler.build import build

    table = '\n[[source]]\nid = "wiso"\nfile = "sources/wiso.md"\nlayout = "numbered"\n'  # (as the Word exam is detected)
    result = build(deck_of(tmp_path, {"wiso.md": page}, table), tmp_path / "out", formats=("json",), now=2_000)
    notes = json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))["notes"]
    assert result.summary.notes == 2, [n["fields"] for n in notes]
    assert [n["fields"]["Correct"][:1] for n in notes] == ["B", "B"] and "Falsche Menge" in notes[0]["fields"]["Explanation"]


def test_key_entries_as_labelled_bullets_answer_their_questions(tmp_path: Path) -> None:
    """trial15 T15-19: '* **Answer 1:** **B**. OPEN fails fast.' (also '* **Jawaban Soal 1:** …', '* 1. B. …') under
    '### Answer Key' keyed nothing, and '**B**.' left '. OPEN fails fast.' as the explanation."""
    page = (
        "## Quiz\n\n1. **What does OPEN mean in a circuit breaker?**\n   * A. Traffic passes.\n   * B. Requests are rejected.\n"
        "   * C. The system is healthy.\n\n2. **Why add jitter to retries?**\n   * A. To save bandwidth.\n   * B. To fix JSON.\n"
        "   * C. To avoid a thundering herd.\n\n### Kunci Jawaban & Evaluasi\n\n* **Jawaban Soal 1:** **B**. OPEN fails fast.\n"
        "* **Jawaban Soal 2:** **C**. Jitter spreads the retries.\n"
    )
    result, manifest = _built(tmp_path, {"quiz.md": page})
    notes = manifest["notes"]
    assert [n["fields"].get("Correct", "")[:1] for n in notes] == ["B", "C"], [n["fields"] for n in notes]
    assert notes[0]["fields"]["Explanation"] == "<p>OPEN fails fast.</p>" and result.summary.notes == 2


def test_quoted_question_labels_make_a_page_of_questions(tmp_path: Path) -> None:
    """trial15 T15-55: '> **问：** …？' over '**答：** …' and a numbered list was detected 'numbered': the answers' list
    entries were the questions (6 junk notes)."""
    page = (
        "## 6. 面试回答模板\n\n> **问：** GitLab CI 和 GitHub Actions 的主要区别是什么？\n\n**答：** 有几个关键差异：\n\n"
        "1. **复用机制不同**：Action 市场。\n\n2. **Runner 策略不同**：托管。\n\n3. **触发方式**：rules。\n\n"
        "> **问：** Runner 如何选型？\n\n**答：** 综合考虑：\n\n1. **云上项目** → Shared Runner。\n\n2. **企业私有部署** → Specific Runner。\n"
    )
    result, manifest = _built(tmp_path, {"ci.md": page})
    cards = _cards(manifest)
    assert result.summary.notes == 2, cards
    assert "复用机制不同" in cards["GitLab CI 和 GitHub Actions 的主要区别是什么？"]


def test_headings_over_unread_questions_say_what_was_built_and_why(tmp_path: Path) -> None:
    """trial15 T15-23: 'each is a card, the question under it its front' while the heading was the front and the question
    on the back, and nothing said why the questions gave no card; now both, at a line."""
    from click.testing import CliRunner

    from compiler.cli import main

    page = (
        "# Apostila\n\n## Questões\n\n### Questão 1 — binário\n\nO valor binário 101101 em decimal é:\n\n"
        "A) 53\nB) 64\nC) 45\nD) 37\n\n### Questão 2 — hexadecimal\n\nO byte 1111 0000 em hexadecimal é:\n\n"
        "A) FF\nB) F0\nC) 0F\nD) E0\n\n## Gabarito do Dia 1\n\n1. C\n2. B\n"
    )
    result = CliRunner().invoke(main, ["build", str(deck_of(tmp_path, {"apostila.md": page}))])
    assert "each heading is a card's front, the question and its options its back" in result.output, result.output
    assert "line 7: its text asks no question" in result.output and "the key at line 23 answers none" in result.output


def test_a_bank_named_by_its_keys_is_no_detected_layout(tmp_path: Path) -> None:
    """trial15 T15-46: one-record YAML files read through [source.bank] were said to be 'layout detected as markdown
    (1 questions …)' with a table to paste, and 'one item holds 30 of the document's 30 lines'."""
    from click.testing import CliRunner

    from compiler.cli import main

    record = "Rang: {n}\nWort: {w}\nWort mit Artikel: {w}\nDefinition: {d}\nBeispielsätze: |-\n  Il a mangé *{w}* bu.\n  Er hat gegessen.\n"
    table = '\n[[source]]\nid = "cards"\nfile = "sources/*.yml"\n\n[source.bank]\nquestion = "Wort mit Artikel"\nanswer = "Definition"\n'
    content = deck_of(tmp_path, {"a.yml": record.format(n=6, w="et", d="und"), "b.yml": record.format(n=41, w="deux", d="zwei")}, table)
    result = CliRunner().invoke(main, ["build", str(content)])
    assert result.exit_code == 0, result.output
    assert "layout detected" not in result.output and "does not seem to fit" not in result.output, result.output


def test_term_lines_with_sentence_answers_make_a_page_of_cards(tmp_path: Path) -> None:
    """trial15 T15-16 (detection): 'specificity::the proportion of …' lines (Obsidian Spaced Repetition cards whose answers
    are lower-case sentences) were detected 'note' (a card fronted by the file name) or read by their heading."""
    lines = "specificity::the proportion of true negatives identified\naccuracy::the overall proportion of correct ones\n"
    sr = "#flashcards\n\n# Model Performance\n" + lines.replace("\n", "\n<!--SR:2021-08-20,22,230-->\n\n")
    result, manifest = _built(tmp_path, {"t5.md": lines + "recall::the proportion of actual positives found\n", "t3.md": sr})
    cards = _cards(manifest)
    assert "true negatives" in cards["specificity"] and "actual positives" in cards["recall"], cards
    # (the two cards t3 and t5 both write, in the same words, are one note each since trial23 T23-30: 3 notes of 5 items)
    assert "t5" not in cards and "Model Performance" not in cards and result.summary.notes == 3


def test_one_scope_line_in_prose_is_no_card() -> None:
    from compiler.sources.lines import sentence_cards

    assert sentence_cards(["Use Foo::bar of the thing when you must.", "", "Other text."]) == 0


def test_a_corrected_exam_score_before_the_number_is_no_text(tmp_path: Path) -> None:
    """trial12 U92: '**0,5** 4. Un nodo n1 es ancestro …' (the score in bold before each item number) read as no item:
    'no items found', the build stopped."""
    page = (
        "# Parcial 2 (corregido)\n\n**0** 3. Si un árbol binario contiene m nodos en el nivel L, contiene a lo sumo:\n"
        "- (a) 2^m\n- (b) 2m + 1\n- **(c) 2m** ✓\n\n**0,5** 4. Un nodo n1 es ancestro de otro nodo n2:\n- (a) Nunca\n"
        "- **(b) Si n1 es el padre de n2** ✓\n- (c) Siempre\n"
    )
    result, manifest = _built(tmp_path, {"parcial.md": page})
    notes = manifest["notes"]
    assert result.summary.notes == 2 and [n["fields"]["Correct"][:1] for n in notes] == ["C", "B"], [n["fields"] for n in notes]
    assert not notes[1]["fields"]["Question"].startswith(("0,5", "**"))
