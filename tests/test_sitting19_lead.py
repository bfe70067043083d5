"""Lead's fixes of the nineteenth sitting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import new_user_deck

from compiler.cli import main


def _build(deck: Path, name: str, text: str) -> str:
    (deck / "sources" / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    return result.output


def _cards(deck: Path) -> list[tuple[str, str]]:
    manifest = json.loads(next((deck / "build").glob("*.json")).read_text(encoding="utf-8"))
    return [(n["fields"].get("Question") or n["fields"]["Text"], n["fields"].get("Answer", "")) for n in manifest["notes"]]


_EXAM = """# Examen de Redes

**1. ¿Cuál es el puerto por defecto de HTTP?**
a) 21
b) 80

**Respuesta correcta:** b) 80

**2. ¿Qué capa del modelo OSI se encarga del enrutamiento?**
a) Enlace de datos
b) Red

**Respuesta correcta:** b) Red

**3. Explique la diferencia entre TCP y UDP.**

*Respuesta:* TCP es orientado a conexión; UDP no.

**4. {prompt} IPv6 usa direcciones de 128 bits.**

*Respuesta:* Verdadero.
"""


@pytest.mark.parametrize("prompt", ["Verdadero o falso:", "True or false:", "T/F:", "Vrai ou faux :"])
def test_a_numbered_true_or_false_item_is_a_card(tmp_path: Path, prompt: str) -> None:
    """T18-85: '**4. Verdadero o falso: IPv6 usa direcciones de 128 bits.**' over '*Respuesta:* Verdadero.' was
    dropped without a word (a statement ends in a full stop, so it did not ask); only its answer line was 'text
    outside any question'. A statement after a true/false prompt asks."""
    deck = new_user_deck(tmp_path / "deck")
    output = _build(deck, "examen.md", _EXAM.format(prompt=prompt))
    cards = _cards(deck)
    assert (f"{prompt} IPv6 usa direcciones de 128 bits.", "<p>Verdadero.</p>") in cards
    assert len(cards) == 4 and "outside any question" not in output


_REMNOTE = """- Cell Biology
    - Mitochondria :: The organelle that produces most of the cell's ATP
    - Ribosome ;; Site of protein synthesis
    - What does the nucleus contain? >> The cell's DNA
    - The {{Golgi apparatus}} packages and ships {{proteins}}
    - Stages of mitosis >>>
        - Prophase
        - Telophase
    - Plasma membrane
        - Made of a phospholipid bilayer
"""


def test_a_remnote_outline_keeps_its_cards_beside_a_cloze_and_a_note(tmp_path: Path) -> None:
    """T18-71: one RemNote cloze entry ('- The {{Golgi apparatus}} packages …') or one plain entry in the outline
    made the whole list ordinary text: 'no items found', every card lost. The cloze is a cloze card; the plain
    entry (and what is nested under it) a note, left out with a warning naming its line."""
    deck = new_user_deck(tmp_path / "deck")
    output = _build(deck, "biology.md", _REMNOTE)
    manifest = json.loads(next((deck / "build").glob("*.json")).read_text(encoding="utf-8"))
    fronts = [n["fields"].get("Question") or n["fields"]["Text"] for n in manifest["notes"]]
    assert fronts == [
        "Mitochondria",
        "Ribosome",
        "What does the nucleus contain?",
        "The {{c1::Golgi apparatus}} packages and ships {{c2::proteins}}",
        "Stages of mitosis",
    ]
    assert all(n["sections"] == ["biology::Cell Biology"] for n in manifest["notes"])
    assert [n["notetype"] for n in manifest["notes"]][3] == "deckc Cloze"
    assert "biology.md:9: warning: outline entry with no card arrow is a note" in output
    assert "Plasma membrane" not in json.dumps(manifest["notes"])


def test_an_outline_of_few_cards_or_of_template_braces_stays_an_ordinary_list() -> None:
    """The notes and clozes of an outline need cards written with arrows around them: '{{ name }}' entries of a
    template tutorial, or one arrow among ordinary entries, are an ordinary list; two arrows make it an outline."""
    from compiler.sources.lines import outline_cards

    assert outline_cards(["- {{ name }} prints the name", "- {{ age }} prints the age"]) == []
    assert outline_cards(["- A >> B", "- see chapter 2", "- and chapter 3"]) == []
    # (two cards written with arrows make the list an outline whatever its notes: a lecture's bullets mix them, sitting 48;
    # before, more notes than half its cards made it an ordinary list)
    mixed = outline_cards(["- A >> B", "- C >> D", "- see chapter 2", "- and chapter 3"])
    assert [c.kind for c in mixed] == ["card", "card", "note", "note"]
    kept = outline_cards(["- A >> B", "- C >> D", "- see chapter 2"])
    assert [(c.question, c.kind) for c in kept] == [("A", "card"), ("C", "card"), ("see chapter 2", "note")]


_AMC = """# AMC-TXT source file
Title: My first AMC questionnaire

Presentation: Please answer the following questions
the best you can.

* What is the capital city of Cameroon?
+ Yaounde
- Douala
- Kribi

*( [==Coding questions==]

**[id=pos] From the following numbers, which are positive?
- -2
+{2} 2
+ 10

* What does this print?
[verbatim]
print(2 ** 3)
[/verbatim]
- 6
+ 8
*)

* Which one? (nobody marked it)
- this
- that
"""


def test_an_amc_txt_quiz_is_multiple_choice_keyed_by_its_plus_answers(tmp_path: Path) -> None:
    """T18-1: Auto Multiple Choice's plain-text quizzes ('* question' / '+ right' / '- wrong') gave no card, and
    the guessed pattern took the '+' lines (the right answers) for the questions."""
    deck = new_user_deck(tmp_path / "deck")
    output = _build(deck, "quiz.txt", _AMC)
    manifest = json.loads(next((deck / "build").glob("*.json")).read_text(encoding="utf-8"))
    notes = manifest["notes"]
    assert [n["fields"]["Question"] for n in notes][:2] == [
        "What is the capital city of Cameroon?",
        "From the following numbers, which are positive?",
    ]
    assert [n["fields"]["Correct"] for n in notes] == ["A) Yaounde", "B) 2<br>C) 10", "B) 8"]
    assert "print(2" in notes[2]["fields"]["Question"]
    assert [n["sections"] for n in notes] == [[], ["quiz::Coding questions"], ["quiz::Coding questions"]]
    assert "quiz.txt:27: warning: AMC-TXT question not read: no right answer" in output
    assert "Title" not in json.dumps(notes) and "{2}" not in json.dumps(notes)


@pytest.mark.parametrize("separator", ["|", ";", "\t"])
def test_a_quizlet_set_with_a_custom_separator_is_read_and_its_blanks_asked(tmp_path: Path, separator: str) -> None:
    """T18-52: 'propose|I _____ Tom Ellis for chairman' (a Quizlet set exported with '|' between term and definition)
    was 'cannot tell this document's layout'; with a tab it asked 'propose' and answered with the sentence it fills.
    The separator is guessed ('|' and ';' too), and a set of such pairs is asked from its sentences."""
    rows = [
        ("propose", "I _____ Tom Ellis for chairman"),
        ("proposal", "His _____ that the system should be changed was rejected"),
        ("surprise", "It wouldn't _____ me if they got married soon"),
    ]
    deck = new_user_deck(tmp_path / "deck")
    _build(deck, "words.txt", "".join(f"{t}{separator}{d}\n" for t, d in rows))
    assert _cards(deck) == [(d, f"<p>{t}</p>") for t, d in rows]


def test_pipe_pairs_with_plain_definitions_keep_the_term_in_front(tmp_path: Path) -> None:
    """A '|' word list without blanks: the term asks, its meaning answers; a table row is never such a pair."""
    deck = new_user_deck(tmp_path / "deck")
    _build(deck, "words.txt", "propose|to suggest a plan\nproposal|a suggested plan\nsurprise|an unexpected event\n")
    assert _cards(deck) == [("propose", "<p>to suggest a plan</p>"), ("proposal", "<p>a suggested plan</p>"), ("surprise", "<p>an unexpected event</p>")]
    from compiler.sources.lines import field_pairs

    assert field_pairs(["| a | b |", "| c | d |", "| e | f |"]) is None


_HALF = """# Biology review

Q: What organelle produces ATP?
A: The mitochondrion.

## What is the function of the Golgi apparatus?

It modifies, sorts and packages proteins.

1. What is a gene?
Answer: A segment of DNA coding for a product.

2. What is an allele?
Answer: A variant form of a gene.
"""


def test_numbered_questions_with_answer_labels_after_a_heading_s_answer_are_cards(tmp_path: Path) -> None:
    """T20-15: '1. What is a gene?' / 'Answer: …' right after a '## …?' heading's answer were taught as the end of
    that answer, silently (two questions lost). Entries that each ask over their own answer label ask on their own."""
    deck = new_user_deck(tmp_path / "deck")
    _build(deck, "half.md", _HALF)
    assert _cards(deck) == [
        ("What organelle produces ATP?", "<p>The mitochondrion.</p>"),
        ("What is the function of the Golgi apparatus?", "<p>It modifies, sorts and packages proteins.</p>"),
        ("What is a gene?", "<p>A segment of DNA coding for a product.</p>"),
        ("What is an allele?", "<p>A variant form of a gene.</p>"),
    ]


_POINTS = """# Node.js

## Q. How can you secure your HTTP cookies against XSS attacks?

**1.** When the web server sets cookies, it can provide some attributes. One such attribute is HttpOnly.

```js
Set-Cookie: [name]=[value]; HttpOnly
```

**2.** The "Secure" attribute makes sure the cookies are sent over secured channels only.

```js
Set-Cookie: [name]=[value]; Secure
```

## Q. What is a stream?

A sequence of data read or written piece by piece.

**1. What does `pipe()` do?** It connects a readable stream to a writable one.
"""


def test_bold_numbered_points_of_an_answer_stay_in_that_answer(tmp_path: Path) -> None:
    """T20-27: an answer made of bold-numbered points ('**1.** When the web server sets cookies, …' + code) lost its
    question ('question has no answer') and each point became a card fronted by a statement. A bare bold number over
    a statement, under an open question, is a point of its answer; one over a question still asks."""
    deck = new_user_deck(tmp_path / "deck")
    output = _build(deck, "node.md", _POINTS)
    cards = _cards(deck)
    assert [q for q, _ in cards] == [
        "How can you secure your HTTP cookies against XSS attacks?",
        "What is a stream?",
        "What does <code>pipe()</code> do?",
    ]
    assert "HttpOnly" in cards[0][1] and "Secure" in cards[0][1]
    assert "no answer" not in output


def test_a_word_glossary_of_bold_terms_is_a_card_per_term(tmp_path: Path) -> None:
    """T20-11: a Word glossary (each term a bold paragraph, its definition the paragraph under it, bold group titles)
    was 'cannot tell this document's layout': the bold-term rule ran on Markdown files only, never on a converted
    Word document. A term is a card; a bold title over terms is no card."""
    from test_docx import paragraph, write_docx

    body = [paragraph("Cloud Glossary", bold=True), paragraph("Networking", bold=True)]
    for term, meaning in _TERMS:
        body += [paragraph(term, bold=True), paragraph(meaning)]
    deck = new_user_deck(tmp_path / "deck")
    write_docx(deck / "sources" / "glossary.docx", body)
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    assert _cards(deck) == [(term, f"<p>{meaning}</p>") for term, meaning in _TERMS]
    manifest = json.loads(next((deck / "build").glob("*.json")).read_text(encoding="utf-8"))
    assert {tuple(n["sections"]) for n in manifest["notes"]} == {("glossary::Networking",)}
    assert "outside any question" not in result.output


_TERMS = [
    ("Subnet", "A range of IP addresses in your VPC."),
    ("Security Group", "A virtual firewall that controls traffic to an instance."),
    ("Route Table", "A set of rules that decide where network traffic goes."),
]


_FLAT = """# Practice

1. Which AWS service provides object storage?
2. Amazon EBS
3. Amazon EFS
4. {s3}
5. AWS Storage Gateway
6. What is the DNS service of AWS?
7. CloudFront
8. {dns}
9. Direct Connect
10. Which service runs containers without servers?
    1. EC2
    2. Lambda
    3. {fargate}
"""


def test_an_unkeyed_word_quiz_numbered_among_its_options_is_no_card_with_its_reason(tmp_path: Path) -> None:
    """T20-12: questions and their options typed as one Word numbered list ('1. Which …?' / '2. Amazon EBS' …, or the
    options nested '1. EC2'), no key: Basic cards taught all four options as the answer, the other questions were
    'no answer', an option became the Section. The options are the question's; unkeyed, each says so, no card."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "quiz.md").write_text(_FLAT.format(s3="Amazon S3", dns="Route 53", fargate="Fargate"), encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert "quiz.md:3: warning: 4 options and none marked correct; no card" in result.output
    assert "[3 times; also at line 8, line 12]" in result.output
    assert "none of its 3 questions has an answer" in result.output


def test_a_keyed_word_quiz_numbered_among_its_options_is_multiple_choice(tmp_path: Path) -> None:
    """The same list with the right options in bold: three multiple-choice notes keyed as the bold options."""
    deck = new_user_deck(tmp_path / "deck")
    _build(deck, "quiz.md", _FLAT.format(s3="**Amazon S3**", dns="**Route 53**", fargate="**Fargate**"))
    manifest = json.loads(next((deck / "build").glob("*.json")).read_text(encoding="utf-8"))
    assert [(n["fields"]["Question"], n["fields"]["Correct"]) for n in manifest["notes"]] == [
        ("Which AWS service provides object storage?", "C) Amazon S3"),
        ("What is the DNS service of AWS?", "B) Route 53"),
        ("Which service runs containers without servers?", "C) Fargate"),
    ]


def test_a_comma_list_whose_term_holds_a_comma_is_split_at_the_comma_with_no_space(tmp_path: Path) -> None:
    """T20-36: a Quizlet 'Comma' export with one line 'the red, big house,la casa roja y grande' was 'cannot tell this
    document's layout' (4 of 5 lines split once on ','): every card lost. A prose comma has a space after it, the
    separator none: the line splits there, and says so."""
    deck = new_user_deck(tmp_path / "deck")
    output = _build(deck, "words.txt", "dog,el perro\ncat,el gato\nhouse,la casa\nto eat,comer\nthe red, big house,la casa roja y grande\n")
    assert _cards(deck)[-1] == ("the red, big house", "<p>la casa roja y grande</p>")
    assert len(_cards(deck)) == 5
    assert "words.txt:5: warning: row has 3 fields: read up to its comma with no space after it as the question" in output


def test_a_word_list_aligned_in_two_columns_with_spaces_is_a_card_per_line(tmp_path: Path) -> None:
    """T20-45: 'der Hund          the dog' lines (a vocabulary page copied out of a PDF) were 'cannot tell this document's
    layout'. One gap of two spaces or more between a short term and its meaning makes the pair; prose typed with two
    spaces after its full stops does not."""
    deck = new_user_deck(tmp_path / "deck")
    _build(deck, "vokabeln.txt", "der Hund          the dog\ndie Katze         the cat\ndas Haus          the house\nlaufen            to run\n")
    assert _cards(deck) == [("der Hund", "<p>the dog</p>"), ("die Katze", "<p>the cat</p>"), ("das Haus", "<p>the house</p>"), ("laufen", "<p>to run</p>")]
    from compiler.sources.lines import aligned_pairs

    prose = ["It rained.  We stayed in all day.", "The sun came out.  We went out.", "Then it rained.  We went back."]
    assert aligned_pairs(prose) is prose


def _word_table(rows: list[tuple[str, str]], bold_first: bool) -> str:
    from test_docx import paragraph

    def cell(text: str, bold: bool) -> str:
        return f"<w:tc>{paragraph(text, bold=bold)}</w:tc>"

    body = "".join(f"<w:tr>{cell(a, bold_first and k == 0)}{cell(b, bold_first and k == 0)}</w:tr>" for k, (a, b) in enumerate(rows))
    return f"<w:tbl>{body}</w:tbl>"


def test_a_word_vocabulary_table_s_bold_first_row_is_its_header_not_a_card(tmp_path: Path) -> None:
    """T20-35: a Word table whose first row is 'Term | Definition' in bold (Word marks no header row) gave a card
    'Q: Term  A: Definition' beside the terms. A bold first row over rows that are not bold is the table's header."""
    from test_docx import paragraph, write_docx

    rows = [("Term", "Definition"), ("Chlorophyll", "The green pigment that absorbs light."), ("Stomata", "Pores in the leaf surface."), ("Xylem", "Tissue that carries water.")]
    deck = new_user_deck(tmp_path / "deck")
    write_docx(deck / "sources" / "vocab.docx", [paragraph("Unit 4 Vocabulary"), _word_table(rows, bold_first=True)])
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    assert _cards(deck) == [(a, f"<p>{b}</p>") for a, b in rows[1:]]


def test_an_answer_marked_with_a_bulb_loses_the_bulb_and_a_card_table_keeps_its_tags(tmp_path: Path) -> None:
    """T20-42: '❓ question' / '💡 answer' pairs kept the 💡 on every back ('💡 O(log n)') while the ❓ went. T20-44: a
    '| Front | Back | Tags |' table dropped its Tags column without a word."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "emoji.md").write_text("❓ What does BFS use?\n💡 A queue.\n\n❓ What is a stable sort?\n💡 One that keeps equal elements in order.\n", encoding="utf-8")
    _build(deck, "shell.md", "| Front | Back | Tags |\n|---|---|---|\n| How do you count lines? | `wc -l` | shell |\n| What does `a \\|\\| b` do? | Runs b if a fails | shell, #bash |\n| How do you grep case-insensitively? | `grep -i` | grep |\n")
    manifest = json.loads(next((deck / "build").glob("*.json")).read_text(encoding="utf-8"))
    backs = {n["fields"]["Question"]: n["fields"]["Answer"] for n in manifest["notes"]}
    assert backs["What does BFS use?"] == "<p>A queue.</p>"
    tags = {n["fields"]["Question"]: [t for t in n["tags"] if not t.startswith("deckc::")] for n in manifest["notes"]}
    assert tags["How do you count lines?"] == ["shell"]
    assert tags["What does <code>a || b</code> do?"] == ["bash", "shell"]
    assert tags["How do you grep case-insensitively?"] == ["grep"]
    assert "Tags:" not in json.dumps(manifest["notes"])


_BOMB = """a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
questions:
  - question: What is 2 + 2?
    answer: "4"
  - question: What does a lot of laughing look like?
    answer: *h
"""


def test_a_yaml_alias_bomb_is_refused_at_once_not_a_hung_build(tmp_path: Path) -> None:
    """T20-50: a 1 KB YAML bank whose answer is an 8-level chain of aliases (43 million values written out) hung the
    build (740 MB after 5 minutes, no output). The aliases' expanded size is counted on the parsed nodes first."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "bank.yaml").write_text(_BOMB, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert "bank.yaml:1: warning: not read: its YAML aliases ('*name') expand to more than 1,000,000 values" in result.output
    assert "Traceback" not in result.output and not list((deck / "build").glob("*.apkg"))
