"""Lead's fixes of the sixteenth sitting."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import deck_of


def _built(tmp_path: Path, files: dict[str, str], table: str = "") -> dict[str, Any]:
    """A deck of these files (and this deck.toml table) built to JSON: its manifest."""
    from compiler.build import build

    content = deck_of(tmp_path, files, table)
    build(content, tmp_path / "out", formats=("json",), now=2_000)
    return json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))


def _cards(manifest: dict[str, Any]) -> dict[str, str]:
    return {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"]}


_ORBIT = """# Alignment

<orbit-reviewarea>
    <orbit-prompt
        question="The Value Alignment Problem:"
        answer="“How can we make AI robustly serve humane values?”">
    </orbit-prompt>
    <orbit-prompt
        question="Common misconception about alignment:"
        answer="Aligned does not mean good.">
    </orbit-prompt>
</orbit-reviewarea>

## Follow-ups

Q: What is specificity?
A: How is it computed?
"""


def test_a_quoted_question_is_the_answer_a_prompt_names(tmp_path: Path) -> None:
    """trial16 T16-42 rest: an Orbit prompt whose answer is a quoted question ('The Value Alignment Problem:' →
    '“How can we …?”') is a card; a bare follow-up question as an answer is still set aside."""
    manifest = _built(tmp_path, {"essay.md": _ORBIT})
    cards = _cards(manifest)
    assert "How can we make AI robustly serve humane values?" in cards["The Value Alignment Problem:"]
    assert "Aligned does not mean good." in cards["Common misconception about alignment:"]
    assert [(s["question"], s["skipped"]) for s in manifest["skipped"]] == [
        ("What is specificity?", "answer is a question")
    ]


_CARETS = """# Which of the following are programming languages?

- ^Python
- French
- ^Haskell

# Which planet is closest to the Sun?
- Venus
- ^Mercury
- Mars

# Which pattern matches lines that start with 'ab'?

- ^ab
- ab$
- ^ab.*$
"""


def test_options_marked_right_with_a_caret_are_keyed(tmp_path: Path) -> None:
    """trial17 T17-7: Quiz-Whiz's '- ^Mercury' options were read as Obsidian block ids and erased, so the card
    taught the wrong options; they key the question (several carets, several right). A regex quiz's '^ab' options
    are options, not marks, and a list entry that is only '^word' keeps its text."""
    manifest = _built(tmp_path, {"quiz.md": _CARETS, "notes.md": "# Notes\n\n- ^solo\n- an entry ^blk-1\n"})
    notes = {n["fields"]["Question"]: n for n in manifest["notes"]}
    langs = notes["Which of the following are programming languages?"]
    assert langs["kind"] == "multiple_choice"
    assert langs["fields"]["Correct"] == "A) Python<br>C) Haskell"
    assert notes["Which planet is closest to the Sun?"]["fields"]["Correct"] == "B) Mercury"
    regex = notes["Which pattern matches lines that start with 'ab'?"]
    assert regex["kind"] == "basic" and "^ab" in regex["fields"]["Answer"]
    (listed,) = [n["fields"]["Answer"] for n in manifest["notes"] if "solo" in n["fields"].get("Answer", "")]
    assert "^solo" in listed and "blk-1" not in listed


_DOLLARS = """# Shell

## How do you compile and run a C file from the shell?

Compile it, then run the binary:
$ cc pgm1.c
$ a.out

## What do `echo $HOME` and `echo $PATH` print?

The home directory, then the search path: e.g. $HOME is /home/ann and $PATH is /usr/bin:/bin.

## Which variable holds the exit status in bash?

$? holds the exit status of the last command; $$ is the shell's own PID.

## What is the size of the matrix?

It has $N $ rows and $ M$ columns, so $N \\times M$ entries and $RSS = \\sum_i r_i^2 $ error.
"""


def test_a_shells_dollars_are_no_formula(tmp_path: Path) -> None:
    """trial17 T17-4: '$ cc pgm1.c' / '$ a.out', '$HOME … $PATH' and '$? … $$' were typeset as formulas (the
    prompts and words vanished into maths); a formula written with uneven spaces ('$N $', '$ M$') is still one."""
    cards = _cards(_built(tmp_path, {"shell.md": _DOLLARS}))
    for question, answer in cards.items():
        if "matrix" not in question:
            assert "\\(" not in answer, answer
    assert "$ cc pgm1.c" in cards["How do you compile and run a C file from the shell?"]
    assert (
        "$HOME is /home/ann and $PATH is"
        in cards["What do <code>echo $HOME</code> and <code>echo $PATH</code> print?"]
    )
    assert "$? holds" in cards["Which variable holds the exit status in bash?"]
    matrix = cards["What is the size of the matrix?"]
    assert matrix.count("\\(") == 4 and "\\(RSS = \\sum_i r_i^2 \\)" in matrix


_COMMENTED = """1. ¿Cuál es la capital de Francia?
    - ( ) Madrid
    - (x) París
    - ( ) Roma

2. ¿Cuánto es 2 + 2?
    - ( ) 3
    - (x) 4

<!-- 1. ¿Qué hace este código Python?

- (x)
  ```python
  def saluda():
      print("Hola")

- ( ) Muestra un error. -->

3. ¿Qué planeta está más cerca del Sol?
    - (x) Mercurio
    - ( ) Venus

4. ¿Cuál es el océano más grande?
    - (x) Pacífico
    - ( ) Atlántico
"""


def test_a_commented_out_question_with_a_fence_hides_nothing_after_it(tmp_path: Path) -> None:
    """trial17 T17-8: a question commented out of a test whose code fence is not closed inside the comment opened a
    fence to the end of the file: questions 3 and 4 were lost. The comment ends at its '-->'."""
    manifest = _built(
        tmp_path,
        {"test.md": _COMMENTED},
        '[[source]]\nid = "test"\nfile = "sources/test.md"\nlayout = "numbered"\n',
    )
    correct = {n["fields"]["Question"]: n["fields"]["Correct"] for n in manifest["notes"]}
    assert correct == {
        "¿Cuál es la capital de Francia?": "B) París",
        "¿Cuánto es 2 + 2?": "B) 4",
        "¿Qué planeta está más cerca del Sol?": "A) Mercurio",
        "¿Cuál es el océano más grande?": "A) Pacífico",
    }
    assert not manifest["warnings"]


def test_an_obsidian_vaults_templates_are_no_cards(tmp_path: Path) -> None:
    """trial17 T17-12: a vault dropped into sources/ brought its Templates/ folder: '<% tp.file.cursor(1) %>' was a
    card, the daily-note template warned twice. The folders the vault names as template folders are not read; a
    template's field as an answer elsewhere is a placeholder."""
    files = {
        "vault/.obsidian/templates.json": '{"folder": "Meta/Templates"}',
        "vault/Meta/Templates/Flashcard.md": "## Question\n\n<% tp.file.cursor(1) %>\n\n## Answer\n\n<% tp.file.cursor(2) %>\n",
        "vault/Meta/Templates/Daily.md": "# {{date:YYYY-MM-DD}}\n\n## What did I learn today?\n\n- \n",
        "vault/Networking/TCP.md": "## What does TCP guarantee?\n\nOrdered, reliable delivery.\n",
        "loose.md": "## Question\n\n<% tp.file.cursor(1) %>\n\n## What is UDP?\n\nA datagram protocol.\n\n## When?\n\n{{date}}\n",
    }
    manifest = _built(tmp_path, files)
    assert sorted(_cards(manifest)) == ["What does TCP guarantee?", "What is UDP?"]
    assert not any("Templates" in w for w in manifest["warnings"])
    assert {s["skipped"] for s in manifest["skipped"]} == {"placeholder"}


def test_a_tagged_card_answered_by_a_number_keeps_its_own_note(tmp_path: Path) -> None:
    """trial17 T17-13: 'Which port does HTTPS use by default? #card' / '443.' was taken for a list entry, so the card
    joined the one above it (tag printed on its back): 5 cards, 4 notes."""
    text = (
        "# Networking\n\nWhat does TCP guarantee? #card\nOrdered delivery.\n\n"
        "Which port does HTTPS use by default? #card\n443.\n\nWhat does DNS resolve? #card\nNames to addresses.\n"
    )
    cards = _cards(_built(tmp_path, {"net.md": text}))
    assert cards == {
        "What does TCP guarantee?": "<p>Ordered delivery.</p>",
        "Which port does HTTPS use by default?": "<p>443.</p>",
        "What does DNS resolve?": "<p>Names to addresses.</p>",
    }


def test_items_numbered_with_a_hash_are_questions(tmp_path: Path) -> None:
    """trial17 T17-28: '#1 What does TCP guarantee?' / its answer (no space after '#': plain text in Markdown) gave one
    note under the page's title; each is a card. A changelog's '#12 fixed …' issue numbers (not consecutive) stay text."""
    quiz = "# Networking quiz\n\n#1 What does TCP guarantee?\nOrdered delivery.\n\n#2 Which port does HTTPS use?\n443\n"
    log = "## Changes\n\n#12 fixed the parser.\n\n#40 faster builds.\n"
    cards = _cards(_built(tmp_path, {"quiz.md": quiz, "log.md": log}))
    assert cards["What does TCP guarantee?"] == "<p>Ordered delivery.</p>"
    assert cards["Which port does HTTPS use?"] == "<p>443</p>"
    assert not any(q.startswith(("1.", "12", "fixed")) for q in cards)


def _test(name: str) -> str:
    """Five lettered questions of their own (other files' would merge with them)."""
    return "".join(
        f"{n}. What is item {n} of {name}?\nA. one\nB. two\nC. three\nD. four\n\n" for n in range(1, 6)
    )


def test_an_answer_key_written_as_a_run_of_letters_keys_the_test(tmp_path: Path) -> None:
    """trial17 T17-25: 'Answers: 1-5 BCCBC' (and 'Answer key: BCCBC', '参考答案：1～5 BCCBC', '## Answer key' / '1-5: B C C B C')
    keyed nothing and the build failed; each keys the questions in order. 'Answer: ACD' under one question stays its
    choose-all answer."""
    keys = {
        "range.md": "Answers: 1-5 BCCBC\n",
        "run.md": "Answer key: BCCBC\n",
        "zh.md": "参考答案：1～5 BCCBC\n",
        "blocks.md": "## Answer key\n\n1-3: B C C\n4-5 BC\n",
    }
    manifest = _built(tmp_path, {name: _test(name) + key for name, key in keys.items()})
    by_file: dict[str, list[str]] = {}
    for note in manifest["notes"]:
        by_file.setdefault(note["items"][0]["file"], []).append(note["fields"]["Correct"][:1])
    assert by_file == {f"sources/{name}": ["B", "C", "C", "B", "C"] for name in keys}


def test_a_choose_all_answer_is_no_compact_key() -> None:
    from compiler.sources.compact_keys import compact_keys

    lines = ["1. Which are prime?", "A. 2", "B. 4", "C. 5", "D. 7", "", "Answer: ACD"]
    assert compact_keys(lines) is lines


def test_ordinal_numbers_and_r_labels_are_no_card_text(tmp_path: Path) -> None:
    """trial17 T17-29, trial15 T15-38: '1º) O que o TCP garante?' / 'R: Entrega …' kept '1º)' on the front and 'R:' on
    the back; '#### P: ¿Qué es X?' / 'R: …' kept both labels. A resistor's 'R: 10 kΩ' under no question stays."""
    pt = "Questionário\n\n1º) O que o TCP garante?\nR: Entrega ordenada.\n\n2º) Qual porta o HTTPS usa?\nR: 443.\n"
    es = "# FAQ\n\n#### P: ¿Qué es X?\n\nR: Es una cosa.\n\n#### P: ¿Qué es Y?\n\nR: Otra cosa.\n"
    cards = _cards(_built(tmp_path, {"pt.md": pt, "es.md": es}))
    assert cards == {
        "O que o TCP garante?": "<p>Entrega ordenada.</p>",
        "Qual porta o HTTPS usa?": "<p>443.</p>",
        "¿Qué es X?": "<p>Es una cosa.</p>",
        "¿Qué es Y?": "<p>Otra cosa.</p>",
    }
    from compiler.sources.ordinal_items import ordinal_items

    circuit = ["## Circuit", "", "R: 10 kΩ", "", "C: 1 µF", "", "R: 22 kΩ"]
    assert ordinal_items(circuit) is circuit


def _mochi(path: Path, data: object) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("data.json", json.dumps(data))
    return path


def test_a_mochi_export_is_read_card_by_card(tmp_path: Path) -> None:
    """trial17 T17-20: a '.mochi' export was 'not read' and the deck had 'no source documents'. Its cards are notes:
    front and back split at '---', Mochi's '{{…}}' a cloze, the deck (after its parent) the section, tags kept. The
    second deck is written as Transit writes repeated keys, by cache codes ('^0' …)."""
    data = {
        "~:version": 2,
        "~:decks": [
            {
                "~:id": "~:net",
                "~:name": "Networking",
                "~:cards": {
                    "~#list": [
                        {
                            "~:content": "What does TCP guarantee?\n---\nOrdered delivery.",
                            "~:tags": {"~#set": ["tcp"]},
                        },
                        {"~:content": "DNS resolves {{names}} to {{addresses}}.", "~:tags": {"~#set": []}},
                        {"~:content": "Old card\n---\nGone.", "~:trashed?": "2024-01-01"},
                    ]
                },
            },
            [
                "^ ",
                "~:id",
                "~:dns",
                "~:name",
                "Records",
                "~:parent-id",
                "~:net",
                "~:cards",
                {"~#list": [["^ ", "~:content", "What is an A record?\n---\nA name's IPv4 address."]]},
            ],
        ],
    }
    pages = tmp_path / "page"
    pages.mkdir()
    manifest = _built(tmp_path, {"net.mochi": _mochi(pages / "net.mochi", data)})
    notes = {(n["fields"].get("Question") or n["fields"].get("Text")): n for n in manifest["notes"]}
    assert set(notes) == {
        "What does TCP guarantee?",
        "DNS resolves {{c1::names}} to {{c1::addresses}}.",
        "What is an A record?",
    }
    assert notes["What does TCP guarantee?"]["fields"]["Answer"] == "<p>Ordered delivery.</p>"
    assert "tcp" in notes["What does TCP guarantee?"]["tags"]
    assert notes["What is an A record?"]["sections"][0].endswith("Networking › Records")


def test_a_deck_of_unread_files_says_so(tmp_path: Path) -> None:
    """trial17 T17-20: a deck whose one file could not be read was told to put its documents into sources/."""
    from click.testing import CliRunner

    from compiler.cli import main

    content = deck_of(tmp_path, {"notes.pages": "x"})
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "1 file in sources/ not read (see its warning)" in result.output
    assert not (tmp_path / "out").exists()


def test_a_hand_mark_after_an_option_marks_it_right(tmp_path: Path) -> None:
    """trial17 T17-23: 'b) Connection-oriented, reliable *', 'c) 443 (Answer)', '… <-- answer', '… 👈' were option
    text, every question 'none marked correct'. One kind of mark on some of a question's options marks them; a '*'
    on every option, or inside one, is none."""
    quiz = (
        "1. Which service does TCP provide?\na) Connectionless\nb) Connection-oriented *\nc) Broadcast\n\n"
        "2. Which port does HTTPS use?\na) 80\nb) 8080\nc) 443 (Answer)\n\n"
        "3. Which resolves names?\na) DNS 👈\nb) ARP\n\n"
        "4. Which is a product?\na) a * b\nb) a + b\nAnswer: a\n"
    )
    manifest = _built(tmp_path, {"quiz.md": quiz})
    correct = {n["fields"]["Question"]: n["fields"]["Correct"] for n in manifest["notes"]}
    assert correct == {
        "Which service does TCP provide?": "B) Connection-oriented",
        "Which port does HTTPS use?": "C) 443",
        "Which resolves names?": "A) DNS",
        "Which is a product?": "A) a * b",
    }


def test_a_word_quiz_keyed_by_highlight_underline_or_colour(tmp_path: Path) -> None:
    """trial17 T17-22: a Word test whose right options are highlighted, underlined or red lost its key (mammoth keeps
    none of these) and the build failed; each marks the option."""
    from xml.sax.saxutils import escape

    from test_docx import write_docx

    def run(text: str, props: str = "") -> str:
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'

    marks = {
        "highlight": '<w:highlight w:val="yellow"/>',
        "underline": '<w:u w:val="single"/>',
        "red": '<w:color w:val="FF0000"/>',
    }
    files = {}
    for name, props in marks.items():
        body = [
            run(f"1. Which port does HTTPS use ({name})?"),
            run("A. 80"),
            run("B. 443", props),
            run("C. 21"),
        ]
        body += [run(f"2. Which protocol resolves names ({name})?"), run("A. DNS", props), run("B. ARP")]
        write_docx(tmp_path / f"{name}.docx", body)
        files[f"{name}.docx"] = tmp_path / f"{name}.docx"
    manifest = _built(tmp_path, files)
    correct = {n["fields"]["Question"]: n["fields"]["Correct"] for n in manifest["notes"]}
    for name in marks:
        assert correct[f"Which port does HTTPS use ({name})?"] == "B) 443"
        assert correct[f"Which protocol resolves names ({name})?"] == "A) DNS"


def test_a_cloned_repositorys_paperwork_is_no_document(tmp_path: Path) -> None:
    """trial17 T17-50: a question repository cloned into sources/ made cards of its code of conduct and contribution
    guide and warned about its LICENSE. Those files are left out; 'Security.md' (security questions) is read."""
    files = {
        "repo/CODE_OF_CONDUCT.md": "# Code of conduct\n\n## Our Pledge\n\nWe pledge to be kind.\n",
        "repo/CONTRIBUTING.md": "# Contributing\n\n## How do I add a question?\n\nOpen a pull request.\n",
        "repo/LICENSE": "MIT License\n\nPermission is hereby granted …\n",
        "repo/CHANGELOG.md": "# Changelog\n\n## What changed in 1.2?\n\nMore questions.\n",
        "repo/Security.md": "## What does TLS provide?\n\nEncryption in transit.\n",
    }
    manifest = _built(tmp_path, files)
    assert sorted(_cards(manifest)) == ["What does TLS provide?"]
    assert not any("LICENSE" in w or "CONTRIBUTING" in w for w in manifest["warnings"])


def test_pairs_broken_by_br_tags_on_one_line_are_cards(tmp_path: Path) -> None:
    """trial17 T17-34: 'Q: What does DNS resolve?<br>A: Host names …<br>' lines (an HTML editor's paste) were one
    note fronted by the file's name; each pair is a card, at its own line."""
    text = "Q: What does DNS resolve?<br>A: Host names.<br>\nQ: What does ARP resolve?<br/>A: MAC addresses.<br>\nQ: Which port?<br />A: 443\n"
    manifest = _built(tmp_path, {"br.md": text})
    assert _cards(manifest) == {
        "What does DNS resolve?": "<p>Host names.</p>",
        "What does ARP resolve?": "<p>MAC addresses.</p>",
        "Which port?": "<p>443</p>",
    }
    assert [n["items"][0]["line"] for n in manifest["notes"]] == [1, 2, 3]


def test_a_broken_mochi_file_is_named_not_a_traceback(tmp_path: Path) -> None:
    """A '.mochi' that is no zip, or an older export of EDN, is a warning naming it (unlisted), the rest built."""
    import zipfile

    old = tmp_path / "old.mochi"
    with zipfile.ZipFile(old, "w") as z:
        z.writestr("data.edn", "{:decks []}")
    manifest = _built(
        tmp_path, {"junk.mochi": "not a zip", "old.mochi": old, "ok.md": "## What is 2+2?\n\nFour.\n"}
    )
    assert sorted(_cards(manifest)) == ["What is 2+2?"]
    said = " ".join(manifest["warnings"])
    assert "junk.mochi" in said and "older EDN form" in said


_MHTML = """From: <Saved by Blink>
Subject: Networking FAQ
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="----B----"


------B----
Content-Type: text/html
Content-Transfer-Encoding: quoted-printable

<html><head><meta charset=3D"utf-8"></head><body><h2>What does TCP guarant=
ee?</h2><p>Ordered, reliable delivery.</p><h2>Which port does HTTPS use?</h2><p>443 (=C3=A9t=C3=A9).</p></body></html>
------B------
"""


def test_a_page_saved_as_one_file_is_read(tmp_path: Path) -> None:
    """trial17 T17-47: Chrome's 'Webpage, Single File' (.mhtml) was 'not read'; its HTML part is the page."""
    cards = _cards(_built(tmp_path, {"faq.mhtml": _MHTML}))
    assert cards == {
        "What does TCP guarantee?": "<p>Ordered, reliable delivery.</p>",
        "Which port does HTTPS use?": "<p>443 (été).</p>",
    }


def test_a_bracketed_key_and_explanation_on_one_line_key_the_question(tmp_path: Path) -> None:
    """trial17 T17-36: '[정답] ② [해설] TCP는 …' under circled options keyed nothing ('none marked correct'); the key
    keys it, the explanation is its explanation, at the question's own line."""
    text = (
        "# 기출문제\n\n**문제 1.** TCP가 제공하는 서비스로 옳은 것은?\n\n① 비연결형\n② 연결형 신뢰성\n③ 비신뢰성\n\n"
        "[정답] ② [해설] TCP는 재전송으로 신뢰성을 보장한다.\n"
    )
    manifest = _built(tmp_path, {"ko.md": text})
    (note,) = manifest["notes"]
    assert note["fields"]["Correct"] == "② 연결형 신뢰성"  # (the page's own label on the card)
    assert note["fields"]["Explanation"] == "<p>TCP는 재전송으로 신뢰성을 보장한다.</p>"
    assert note["items"][0]["line"] == 3


def test_an_essays_lettered_parts_are_no_options(tmp_path: Path) -> None:
    """trial16 T16-8 (a regression trial17 found): essay 14's parts 'a. Jelaskan …!' / 'b. Di mana …?' / 'c. Informasi
    apa …?' were read as options and a key of the test's part A ('14. C') taught part c. as the right option."""
    text = (
        "## Bagian B\n\n### Soal 14\nSebuah disk GPT rusak.\n\n"
        "a. Jelaskan langkah recovery!\nb. Di mana lokasi backup?\nc. Informasi apa yang ada di header?\n\n"
        "## Kunci Jawaban\n\n14. C\n"
    )
    manifest = _built(tmp_path, {"ujian.md": text})
    assert all(n["kind"] != "multiple_choice" for n in manifest["notes"])
