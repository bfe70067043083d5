"""Twenty-third sitting, lead's checks: a quiz copied from a learning platform's review page (T23-51)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front

from compiler.sources.lone_letters import lone_letters


def _copied_quiz(label: str, instruction: str, blank_after_letter: bool = False) -> str:
    """Three questions as a platform's review page copies: a label line, the question, an instruction, each
    option's letter alone on its line and its text below it, a tick after the right one."""
    gap = "\n" if blank_after_letter else ""
    questions = [
        ("What is the initial value of an uninitialised variable?", ["0", "NaN", "undefined ✔", "null"]),
        ("Which keyword declares a constant?", ["assign", "const ✔", "let", "var"]),
        ("Which of these is no HTTP verb?", ["GET", "DELETE", "PUT", "SET ✔"]),
    ]
    out = []
    for n, (question, options) in enumerate(questions, 1):
        out.append(f"{label} {n}  \n{question}\n{instruction}\n")
        out.extend(f"{letter}.\n{gap}{text}\n" for letter, text in zip("abcd", options, strict=True))
    return "\n".join(out)


@pytest.mark.parametrize(
    ("name", "label", "instruction", "gap"),
    [
        ("quiz.md", "Domanda", "Scegli un'alternativa:", False),
        ("quiz.txt", "Question", "Select one:", False),
        ("quiz.md", "Frage", "Wählen Sie eine Antwort:", True),
    ],
)
def test_a_copied_quiz_with_each_letter_alone_over_its_option_is_a_card_per_question(
    tmp_path: Path, name: str, label: str, instruction: str, gap: bool
) -> None:
    """trial23 T23-51 (severe): the whole file was one 'note' card fronted by its name, with no warning."""
    notes, skipped, said = built_notes(tmp_path, {name: _copied_quiz(label, instruction, gap)})
    assert len(notes) == 3, [note_front(n) for n in notes]
    assert not skipped
    fronts = [note_front(n) for n in notes]
    assert fronts[0].startswith("What is the initial value of an uninitialised variable?")
    assert [note_back(n) for n in notes] == ["C) undefined", "B) const", "D) SET"]
    assert "NaN" in notes[0]["fields"]["Options"]
    assert any("label lines" in line for line in said), said  # (read by a guessed pattern, its table printed)


def test_lone_letters_keep_every_line_and_leave_a_letter_over_code_alone() -> None:
    lines = [
        "Question 1",
        "What does it print?",
        "",
        "a.",
        "1",
        "",
        "b.",
        "",
        "2",
        "",
        "c.",
        "```",
        "3",
        "```",
    ]
    out = lone_letters(lines)
    assert len(out) == len(lines)  # (line numbers in messages stay the document's)
    assert out[4] == "a. 1" and out[3] == ""
    assert out[8] == "b. 2" and out[6] == ""
    assert out[10] == "c."  # (the code block under it is the option: choices.code_options reads it)


def test_one_lone_letter_or_letters_out_of_order_are_no_options() -> None:
    one = ["It ends here, as in point", "a.", "Then text goes on."]
    assert lone_letters(one) is one
    shuffled = ["b.", "two", "a.", "one"]
    assert lone_letters(shuffled) is shuffled


def test_options_parted_by_two_blank_lines_are_still_one_list(tmp_path: Path) -> None:
    text = "".join(
        f"{n}. Which answer is right in case {n}?\n\n\na) wrong\n\n\nb) right ✔\n\n\nc) wrong too\n\n"
        for n in range(1, 4)
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.md": text})
    assert [note_back(n) for n in notes] == ["B) right"] * 3


def test_an_option_that_is_an_html_element_is_shown_as_written(tmp_path: Path) -> None:
    """T23-51: '<footer class="special">content</footer>' as an option taught 'content' (its tags dropped)."""
    text = (
        '1. Which element does `document.querySelectorAll("footer.special")` select?\n'
        '   a) <footer class="special">content</footer> ✔\n'
        '   b) <div id="footer" class="special">content</div>\n'
        '   c) <div id="special">content</div>\n\n'
        "2. Which tag makes text bold?\n"
        "   a) <b>bold</b> ✔\n"
        "   b) <i>italic</i>\n"
        "   c) plain\n"
    )
    notes, _, _ = built_notes(tmp_path, {"quiz.md": text})
    assert len(notes) == 2
    assert note_back(notes[0]) == 'A) <footer class="special">content</footer>'
    assert "<code>&lt;div id=" in notes[0]["fields"]["Options"]
    assert notes[1]["fields"]["Correct"] == "A) <b>bold</b>"  # (formatting inside an option stays formatting)


def test_two_published_notes_merged_keep_the_id_of_the_note_whose_guid_they_keep(tmp_path: Path) -> None:
    """trial23 T23-39: a [[merge]] of a quiz into a recall question (the recall front wins, issue 10) kept the recall
    note's GUID under the quiz's id; the build said "retired <quiz id>: merged into note <quiz id>"."""
    import json

    from compiler.build import build

    quiz = (
        "1. What does L1 regularisation tend to produce?\n   a) Larger weights\n   b) Sparse weights ✔\n   c) No change\n\n"
        "2. Which norm does ridge regression penalise?\n   a) L1\n   b) L2 ✔\n   c) L0\n"
    )
    recall = "## What effect does an L1 penalty have on the learned weights?\n\nIt drives many weights to exactly zero.\n"
    content = deck_of(tmp_path, {"a-midterm.md": quiz, "b-review.md": recall})
    out = tmp_path / "build"
    first = build(content, out, formats=("json",), now=1_000)
    assert first.summary.totals["new"] == 3
    notes = json.loads((out / "mine.json").read_text(encoding="utf-8"))["notes"]
    guids = {n["id"]: n["guid"] for n in notes}
    [quiz_id] = [n["id"] for n in notes if "l1" in n["id"] and n["kind"] == "multiple_choice"]
    [recall_id] = [n["id"] for n in notes if n["kind"] == "basic"]
    (content / "decisions.toml").write_text(
        f'[[merge]]\nitems = ["{quiz_id}", "{recall_id}"]\n', encoding="utf-8"
    )
    second = build(content, out, formats=("json",), now=2_000)
    [note] = [
        n
        for n in json.loads((out / "mine.json").read_text(encoding="utf-8"))["notes"]
        if n["kind"] == "basic"
    ]
    assert (note["id"], note["guid"]) == (recall_id, guids[recall_id])
    assert note["fields"]["DeckcId"] == recall_id
    assert second.summary.retired == [(quiz_id, guids[quiz_id], f"merged into note {recall_id}")]


_REVIEW_EN = """Started on\tTuesday, 14 November 2023, 10:02 AM
State\tFinished
Grade\t2.00 out of 5.00 (40%)
Question 1
Correct
Mark 1.00 out of 1.00
Flag question
Question text
Which planet is known as the red planet?
Select one:
a. Venus
b. Mars
c. Jupiter
Your answer is correct.
The correct answer is: Mars
Question 2
Incorrect
Mark 0.00 out of 1.00
Flag question
Question text
Water boils at 100 °C at sea level.
Select one:
True
False
The correct answer is 'True'.
Question 3
Partially correct
Mark 0.50 out of 1.00
Flag question
Question text
Which of these are noble gases?
Select one or more:
a. Neon
b. Oxygen
c. Argon, the third
Your answer is partially correct.
Neon and argon have full outer shells.
The correct answers are: Neon, Argon, the third
Question 4
Incorrect
Mark 0.00 out of 1.00
Flag question
Question text
What is the chemical symbol of sodium?
Answer:
So
The correct answer is: Na
Question 5
Incorrect
Mark 0.00 out of 1.00
Flag question
Question text
Name the largest ocean.
Answer:
Atlantic
Finish review
"""


def test_a_moodle_quiz_review_copied_as_text_is_its_questions_keyed_by_the_right_answer(
    tmp_path: Path,
) -> None:
    """trial24 T24-6 (severe): the review page gave no card in any language; pasting the table the build printed
    gave cards fronted by 'Correct Mark 1.00 out of 1.00 Flag question Question text …'."""
    notes, _, said = built_notes(tmp_path, {"review.txt": _REVIEW_EN})
    fronts = [note_front(n) for n in notes]
    assert [f.split("?")[0].split(".")[0] for f in fronts] == [
        "Which planet is known as the red planet",
        "Water boils at 100 °C at sea level",
        "Which of these are noble gases",
        "What is the chemical symbol of sodium",
    ]
    assert not any(
        word in " ".join(fronts) for word in ("Mark", "Flag", "Question text", "Select one", "Correct")
    )
    assert [note_back(n) for n in notes] == ["B) Mars", "A) True", "A) Neon C) Argon, the third", "Na"]
    assert notes[2]["fields"]["Explanation"] == "<p>Neon and argon have full outer shells.</p>"
    backs = " ".join(note_back(n) + n["fields"].get("Explanation", "") for n in notes)
    assert "So" not in backs.split() and "Your answer" not in backs and "Finish review" not in backs
    assert "Atlantic" not in " ".join(map(str, notes))  # (no right answer shown: no card)
    assert any("review.txt:48: warning: Moodle review: question 5 shows no correct answer" in s for s in said)


def test_a_moodle_review_in_another_language_with_each_letter_alone_over_its_option(tmp_path: Path) -> None:
    review = (
        "Domanda 1\nRisposta corretta\nPunteggio ottenuto 1,00 su 1,00\nContrassegna domanda\nTesto della domanda\n"
        "Quale protocollo garantisce la consegna ordinata?\nScegli un'alternativa:\na.\nUDP\nb.\nTCP\nc.\nICMP\n"
        "La tua risposta è corretta.\nLa risposta corretta è: TCP\n"
        "Domanda 2\nRisposta errata\nPunteggio ottenuto 0,00 su 1,00\nContrassegna domanda\nTesto della domanda\n"
        "Quanto è lungo un indirizzo IPv6?\nScegli un'alternativa:\na.\n32 bit\nb.\n128 bit\n"
        "La tua risposta è errata.\nLa risposta corretta è: 128 bit\nTermina revisione\n"
    )
    notes, _, _ = built_notes(tmp_path, {"revisione.md": review})
    assert [note_front(n).split("?")[0] for n in notes] == [
        "Quale protocollo garantisce la consegna ordinata",
        "Quanto è lungo un indirizzo IPv6",
    ]
    assert [note_back(n) for n in notes] == ["B) TCP", "B) 128 bit"]


def test_the_contrast_guard_reads_negation_in_the_questions_own_language() -> None:
    """trial24 T24-19: Portuguese 'no' ("in the": 'controla no CSS') was read as English 'no' and kept a true
    duplicate apart; Spanish 'no' and Portuguese 'não' are negations."""
    from compiler.pairscore import built_in_contrast

    assert (
        built_in_contrast("O que a propriedade `z-index` controla no CSS?", "Para que serve o z-index?") == ""
    )
    assert (
        built_in_contrast("Por que não usar var?", "Por que usar var?")
        == "negation: 'não' in one question only"
    )
    assert (
        built_in_contrast("¿Por qué no se usa var?", "¿Por qué se usa var?")
        == "negation: 'no' in one question only"
    )
    assert built_in_contrast("When should you not use a list?", "When should you use a list?").startswith(
        "negation"
    )


def test_one_question_asked_word_for_word_as_a_quiz_and_openly_is_one_card() -> None:
    """trial24 T24-30: the same question in a quiz and in a summary whose answer says the quiz's right option stayed two
    cards with one front ('suggested' at 1.00, `dupes --toml` said keep apart); another wording, or an answer that does
    not say the option, stays two exercises (learner L25)."""
    from compiler.model import Block, BlockKind, Choice, Item, ItemKind, Locator
    from compiler.pairscore import quiz_and_recall

    def open_question(question: str, answer: str) -> Item:
        return Item(source="summary", question=question, answer=[Block(kind=BlockKind.text, text=answer)],
                    locator=Locator(file="sources/summary.md", line=3), original=question)  # fmt: skip

    asked = "Which CSS property sets the font size?"
    quiz = Item(
        source="quiz", kind=ItemKind.multiple_choice, question=asked, correct="A",
        choices=[Choice(label="A", text="font-size"), Choice(label="B", text="font-weight")],
        locator=Locator(file="sources/quiz.md", line=9), original=asked,
    )  # fmt: skip
    assert quiz_and_recall(quiz, open_question(asked, "font-size, e.g. font-size: 16px;")) == ""
    assert quiz_and_recall(open_question(asked.upper(), "It is font-size."), quiz) == ""
    assert quiz_and_recall(quiz, open_question(asked, "The one named after the font.")).startswith(
        "a multiple-choice"
    )
    assert quiz_and_recall(quiz, open_question("What sets the font size in CSS?", "font-size")).startswith(
        "a multiple"
    )


@pytest.mark.parametrize("written", ["sources\\\\cards.tsv", "sources/Cards.TSV"])
def test_a_source_file_written_with_a_backslash_or_in_another_case_is_named_and_stops_the_build(
    tmp_path: Path, written: str
) -> None:
    """trial24 T24-20: 'not found' was a warning and the file was read again as unlisted, its table's title, layout
    and difficulty dropped unsaid (and a second table printed to paste)."""
    from click.testing import CliRunner

    from compiler.cli import main

    table = f'\n[[source]]\nid = "cards"\nfile = "{written}"\ntitle = "Databases"\nlayout = "delimited"\n'
    deck = deck_of(
        tmp_path, {"cards.tsv": "What is SQL?\tA query language\nWhat is a row?\tA record\n"}, table
    )
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "deck.toml:6: error: source file" in result.output
    assert "but 'sources/cards.tsv' is there" in result.output
    assert 'write `file = "sources/cards.tsv"`' in result.output
    assert "not listed in deck.toml" not in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("line", "said", "hint"),
    [
        (
            "title = “Databases”",
            "curly quotes, as a word processor or a web page types them",
            'write straight quotes: title = "Databases"',
        ),
        ("title = Databases", "a text value needs quotes", 'write title = "Databases"'),
        (
            'difficulty = "easy"',
            "difficulty must be a table ({ … }), not 'easy'",
            'write difficulty = { from = "fixed", default = "easy" }',
        ),
    ],
)
def test_deck_toml_mistakes_a_user_makes_are_told_in_words(
    tmp_path: Path, line: str, said: str, hint: str
) -> None:
    """trial24 T24-21: 'invalid TOML: Invalid value' and pydantic's 'Input should be a valid dictionary or instance of
    DifficultyRule' said nothing a user could act on."""
    from click.testing import CliRunner

    from compiler.cli import main

    table = f'\n[[source]]\nid = "cards"\nfile = "sources/cards.md"\n{line}\n'
    deck = deck_of(tmp_path, {"cards.md": "## What is SQL?\n\nA query language.\n"}, table)
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "deck.toml:7: error:" in result.output and said in result.output and hint in result.output, (
        result.output
    )


def test_a_deck_toml_saved_as_utf16_is_read(tmp_path: Path) -> None:
    """trial24 T24-21: Notepad's 'Unicode' (UTF-16 with a byte order mark) was 'not valid UTF-8 … iconv -f latin1'."""
    from compiler.build import build

    deck = deck_of(
        tmp_path, {"cards.md": "## What is SQL?\n\nA query language.\n\n## What is a row?\n\nA record.\n"}
    )
    toml = deck / "deck.toml"
    toml.write_bytes(toml.read_text(encoding="utf-8").replace("Mine", "Bases de données").encode("utf-16"))
    result = build(deck, tmp_path / "out", formats=("json",), now=1_000)
    assert result.summary.notes == 2
    [manifest] = (tmp_path / "out").glob("*.json")
    assert "Bases de données" in manifest.read_text(encoding="utf-8")


def test_a_basename_with_spaces_is_told_the_name_to_write(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from compiler.cli import main

    deck = deck_of(tmp_path, {"cards.md": "## What is SQL?\n\nA query language.\n"})
    (deck / "deck.toml").write_text(
        '[deck]\nname = "Mine"\nbasename = "Datenbanken Übung 1"\n', encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert (
        "deck.toml:3: error: [deck]: basename 'Datenbanken Übung 1' names the output files" in result.output
    )
    assert 'write basename = "Datenbanken-Ubung-1"' in result.output


def test_a_notion_toggle_export_reads_each_toggle_with_its_indented_answer_as_text(tmp_path: Path) -> None:
    """trial24 T24-24 (severe): every answer indented under its toggle was a code block (raw '**bold**', a table as
    pipes), and a toggle right under a table was lost in the answer above it."""
    page = (
        "# Networks\n\n## Transport\n\n"
        "- What is TCP?\n    \n    A **connection-oriented** protocol.\n    \n"
        "- How do TCP and UDP differ?\n    \n    UDP has no connection.\n    \n"
        "    | Criterion | TCP | UDP |\n    | --- | --- | --- |\n    | Connection | yes | no |\n"
        "- What does the handshake do?\n    \n    It opens a connection.\n    \n"
        "    ```\n    client -> SYN -> server\n        (indented inside)\n    ```\n    \n"
        "- What is a port?\n    \n    A number naming a service on a host.\n"
    )
    notes, _, _ = built_notes(tmp_path, {"notion.md": page})
    assert [note_front(n) for n in notes] == [
        "What is TCP?",
        "How do TCP and UDP differ?",
        "What does the handshake do?",
        "What is a port?",
    ]
    answers = [n["fields"]["Answer"] for n in notes]
    assert answers[0] == "<p>A <strong>connection-oriented</strong> protocol.</p>"
    assert "<table>" in answers[1] and "<pre" not in answers[1]
    assert answers[2].startswith("<p>It opens a connection.</p><pre")
    assert "    (indented inside)" in answers[2]  # (the code keeps its own indentation)
    assert answers[3] == "<p>A number naming a service on a host.</p>"


def test_a_key_entry_written_number_dash_word_keys_its_question_and_no_other(tmp_path: Path) -> None:
    """trial24 T24-36: 'GABARITO' / '2 - Errado' keyed nothing (true/false items 'no card') and each such entry was glued
    onto the question before it as its explanation ('2 - Errado' under question 1)."""
    quiz = (
        "Question 1\nWhich protocol resolves domain names?\n(A) DHCP.\n(B) DNS.\n(C) ARP.\n\n"
        "Question 2\nJudge the statement.\nUDP guarantees ordered delivery.\n( ) True\n( ) False\n\n"
        "Question 3\nThe default HTTPS port is\n(A) 21.\n(B) 80.\n(C) 443.\n\n"
        "Question 4\nJudge the statement.\nAn IPv4 address has 32 bits.\n( ) True\n( ) False\n\n"
        "ANSWER KEY\n1 - B\n2 - False\n3 – C\n4 - True\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"exam.txt": quiz})
    assert not skipped
    assert [note_back(n) for n in notes] == ["B) DNS.", "B) False", "C) 443.", "A) True"]
    assert all(not n["fields"]["Explanation"] for n in notes)


def test_an_open_question_in_any_language_against_its_fill_in_is_left_to_the_score() -> None:
    """trial24 T24-37: T23-9's rule (a blank on one side against an open question is no contrast) was shadowed by a
    later pattern of the same name that knows English prompts only: a German question ending in '?' was kept apart."""
    from compiler.pairscore import built_in_contrast

    open_de = "Wie lange reift handelsüblicher Cheddar in der Regel?"
    blank_de = "Handelsüblicher Cheddar reift meist ____ Monate."
    assert built_in_contrast(open_de, blank_de) == "" == built_in_contrast(blank_de, open_de)
    # (two blanked sentences, or a blank against a statement, still blank other words)
    assert built_in_contrast(blank_de, "Traditioneller Cheddar reift ____ Monate.").startswith(
        "fill-in blanks"
    )
    assert built_in_contrast(blank_de, "Cheddar reift lange.").startswith("fill-in blanks")


@pytest.mark.parametrize(
    ("statement", "options", "key", "right"),
    [
        (
            "Vero o falso: il protocollo UDP garantisce la consegna.",
            ("Vero", "Falso"),
            "Risposta corretta",
            "B) Falso",
        ),
        (
            "Verdadero o falso: UDP garantiza la entrega.",
            ("Verdadero", "Falso"),
            "Respuesta correcta",
            "B) Falso",
        ),
        ("Vrai ou faux : UDP garantit la livraison.", ("Vrai", "Faux"), "Réponse correcte", "B) Faux"),
    ],
)
def test_a_true_false_item_in_its_own_language_is_keyed_by_its_options_text(
    tmp_path: Path, statement: str, options: tuple[str, str], key: str, right: str
) -> None:
    """trial24 T24-39: the options line was taken for the statement ('True or false: a) Vero b) Falso', in English) and
    the item skipped 'no correct option'; '**Risposta corretta:** Falso' names the option by its text."""
    quiz = (
        "**Domanda 1.** Quanti bit ha un indirizzo IPv4?\n\na) 16\nb) 32\n\n**Risposta corretta:** b\n\n"
        f"**Domanda 2.** {statement}\n\na) {options[0]}\nb) {options[1]}\n\n**{key}:** {options[1]}\n"
    )
    notes, skipped, _ = built_notes(tmp_path, {"quiz.md": quiz})
    assert not skipped
    assert [note_back(n) for n in notes] == ["B) 32", right]
    assert note_front(notes[1]).startswith(statement)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (
            "질문 1: TCP는 무엇인가?\n답: 연결 지향 프로토콜\n\n질문 2: UDP는 무엇인가?\n답: 비연결 프로토콜\n",
            "cp949",
        ),
        ("Pytanie 1: Co to jest TCP?\nOdpowiedź: Protokół połączeniowy, zapewnia kolejność.\n", "cp1250"),
        ("Soru 1: TCP nedir?\nCevap: Bağlantı yönelimli, güvenilir bir taşıma protokolüdür.\n", "cp1254"),
    ],
)
def test_a_short_legacy_file_is_told_the_encoding_it_reads_best_in(
    tmp_path: Path, text: str, encoding: str
) -> None:
    """trial24 T24-44: a short EUC-KR, cp1250 or cp1254 file was told `encoding = "cp1252"`, and pasting that table
    published mojibake ('Áú¹® 1', 'po³¹czeniowy', 'Baðlantý') without a word."""
    from click.testing import CliRunner

    from compiler.cli import main

    deck = deck_of(tmp_path, {})
    (deck / "sources" / "cards.txt").write_bytes(text.encode(encoding))
    result = CliRunner().invoke(main, ["build", str(deck), "-o", str(tmp_path / "out")])
    assert f'encoding = "{encoding}"' in result.output, result.output


def test_western_european_text_keeps_the_cp1252_advice() -> None:
    from compiler.sources.base import guess_encoding

    for text in (
        "Où est la gare? Très bien, café crème.",
        "Straße, Größe, Übung – schön!",
        "¿Qué es TCP? Señal.",
    ):
        assert guess_encoding(text.encode("cp1252")) is None  # (the advice stays cp1252, the commonest)


def test_a_file_of_toml_front_matter_only_names_its_own_fence(tmp_path: Path) -> None:
    """A Hugo page whose '+++' front matter holds everything was told its metadata sat 'between '---' lines'."""
    from compiler.build import build

    page = '+++\ntitle = "België"\ntype = "lesson"\n+++\n'
    deck = deck_of(tmp_path, {"page.md": page, "cards.md": "## What is TCP?\n\nA protocol.\n"})
    result = build(deck, tmp_path / "out", formats=("json",), now=1_000)
    said = " ".join(d.text() for d in result.summary.warnings)
    assert (
        "sources/page.md: warning: no card from this file: it holds only front matter (metadata between '+++' lines)"
        in said
    )
