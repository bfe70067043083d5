"""Thirty-ninth sitting, helper pages: pages a new user writes by hand, read right. Cards typed on consecutive lines
with no blank line between are a card each (compiler/sources/item_starts.py, markdown_blocks.split_items); every dash
a learner types between a question and its answer parts them; a closing 'Glossary: *term* = …' line is a card of its
own (Markdown) or said as text no item holds (qa/numbered), never the last card's answer."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

from compiler.sources.item_starts import after_dash, defined_term, glossary_lines, item_cuts, own_label

ASTRO = """# Astronomy flash review

## The Sun
**How old is the Sun?** About 4.6 billion years.
**What fuses in its core?** Hydrogen into helium.

## Planets
1. Which planet has the most moons? — Saturn
2. Which planet rotates on its side? — Uranus

Glossary: *light-year* = the distance light travels in one year.
"""

SUN = {"How old is the Sun?": "About 4.6 billion years.", "What fuses in its core?": "Hydrogen into helium."}


def _cards(tmp_path: Path, files: dict[str, str]) -> tuple[dict[str, str], list[dict], list[str]]:  # type: ignore[type-arg]
    notes, _, said = built_notes(tmp_path, files)
    return {note_front(n): note_back(n) for n in notes}, notes, said


def test_the_astronomy_page_is_a_card_per_question_and_its_glossary_line_one_more(tmp_path: Path) -> None:
    """The reproducer: the second bold question was on the first one's back, the glossary line on Uranus's."""
    cards, notes, said = _cards(tmp_path, {"astro.md": ASTRO})
    assert cards == {
        **SUN,
        "Which planet has the most moons?": "Saturn",
        "Which planet rotates on its side?": "Uranus",
        "light-year": "the distance light travels in one year.",
    }
    glossary = next(n for n in notes if note_front(n) == "light-year")
    assert glossary["sections"] == ["astro::Planets › Glossary"]  # (its label is its section)
    assert not [s for s in said if "in no card" in s or "outside" in s]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("underscores.md", "## The Sun\n__How old is the Sun?__ About 4.6 billion years.\n__What fuses in its core?__ Hydrogen into helium.\n"),
        ("mixed.md", "## The Sun\n**How old is the Sun?** About 4.6 billion years.\n__What fuses in its core?__ Hydrogen into helium.\n"),
        ("labels.md", "## The Sun\n**Q:** How old is the Sun? **A:** About 4.6 billion years.\n**Q:** What fuses in its core? **A:** Hydrogen into helium.\n"),
        ("spaces.md", "## The Sun\n**How old is the Sun?** About 4.6 billion years.  \n**What fuses in its core?** Hydrogen into helium.\n"),
        ("backslash.md", "## The Sun\n**How old is the Sun?** About 4.6 billion years.\\\n**What fuses in its core?** Hydrogen into helium.\n"),
        ("below.md", "## The Sun\n**How old is the Sun?**\nAbout 4.6 billion years.\n**What fuses in its core?**\nHydrogen into helium.\n"),
        ("sheet.txt", "The Sun\n\n**How old is the Sun?** About 4.6 billion years.\n**What fuses in its core?** Hydrogen into helium.\n"),
    ],
)
def test_a_line_that_starts_the_way_the_card_above_started_is_a_card_of_its_own(tmp_path: Path, name: str, text: str) -> None:
    cards, _, _ = _cards(tmp_path, {name: text})
    assert cards == SUN


def test_a_paragraph_is_cut_only_where_the_first_line_s_shape_comes_again() -> None:
    bold = ["**How old is the Sun?** About 4.6 billion years.", "**What fuses in its core?** Hydrogen into helium."]
    assert item_cuts(bold) == [1]
    assert item_cuts(["Q: What is DNS? A: Names to addresses.", "Q: What is TCP? A: A transport protocol."]) == [1]
    assert item_cuts(["**What is X?** An x.", "Its *bold* point: **why?** because."]) == []  # (no item shape comes again)
    assert item_cuts(["**What is X?**", "**What is Y?**"]) == []  # (bare questions: the reader's own rules)
    assert item_cuts(["**Note:** read chapter 2.", "**Tip:** use flashcards."]) == []  # (labels that ask nothing)
    assert item_cuts(["Q1. What is 2+2? 4", "Q3. What is 3+3? 6"]) == [1]  # (the same label, whatever its number)


@pytest.mark.parametrize("dash", ["—", "–", "-", "--"])
def test_every_dash_between_a_numbered_question_and_its_answer_parts_them(tmp_path: Path, dash: str) -> None:
    page = f"## Planets\n\n1. Which planet has the most moons? {dash} Saturn\n2. Which planet rotates on its side? {dash} Uranus\n"
    text = page.replace("## Planets\n\n", "")
    cards, _, _ = _cards(tmp_path, {"planets.md": page, "more.txt": text.replace("Which planet", "Which body")})
    assert cards == {
        "Which planet has the most moons?": "Saturn",
        "Which planet rotates on its side?": "Uranus",
        "Which body has the most moons?": "Saturn",
        "Which body rotates on its side?": "Uranus",
    }


def test_a_hyphen_inside_an_answer_stays() -> None:
    assert after_dash("-- Distance divided by time") == "Distance divided by time"
    assert after_dash("well-known - e.g. x - y") == "well-known - e.g. x - y"
    assert after_dash("-5 degrees") == "-5 degrees"  # (a minus sign: no space after it)


def test_a_labelled_glossary_after_one_line_cards_is_cards_a_note_stays_with_its_answer(tmp_path: Path) -> None:
    page = (
        "## Planets\n**What is a planet?** A body that orbits a star.\n\nExample: Mars orbits the Sun.\n\n"
        "**What is a moon?** A body that orbits a planet.\n\nGlossary:\n*light-year* = the distance light travels in one year.\n"
        "*parsec* = about 3.26 light-years.\n"
    )
    cards, _, _ = _cards(tmp_path, {"planets.md": page})
    assert cards == {
        "What is a planet?": "A body that orbits a star. Example: Mars orbits the Sun.",
        "What is a moon?": "A body that orbits a planet.",
        "light-year": "the distance light travels in one year.",
        "parsec": "about 3.26 light-years.",
    }


def test_a_glossary_line_after_a_qa_sheet_is_said_never_glued_onto_the_last_answer(tmp_path: Path) -> None:
    page = "Q: Which planet has the most moons?\nA: Saturn\nQ: Which planet rotates on its side?\nA: Uranus\n\nGlossary: light-year = the distance light travels in one year.\n"
    cards, _, said = _cards(tmp_path, {"planets.txt": page})
    assert cards == {"Which planet has the most moons?": "Saturn", "Which planet rotates on its side?": "Uranus"}
    assert any("planets.txt:6" in s and "not in any card" in s for s in said), said


def test_own_labels_and_definitions_are_told_apart() -> None:
    assert own_label("Glossary: *light-year* = …") == "Glossary"
    assert own_label("**Key terms:**") == "Key terms"
    assert own_label("Example: Mars.") is None and own_label("Answer: Paris") is None and own_label("Q: What?") is None
    assert defined_term("*light-year* = the distance light travels") == ("light-year", "the distance light travels")
    assert defined_term("parsec = about 3.26 light-years") == ("parsec", "about 3.26 light-years")
    assert defined_term("E = mc2 relates energy and mass") is None  # (a formula, no term)
    assert defined_term("x = 3") is None
    assert glossary_lines(["parsec = about 3.26 light-years"]) is None  # (a plain term alone, with no label: maybe prose)
    assert glossary_lines(["Glossary: parsec = about 3.26 light-years"]) == ("Glossary", [(0, "parsec", "about 3.26 light-years")])


SHEETS = {
    "bio-en.md": (
        "# Biology quick review\n\n## Cells\n**What is the powerhouse of the cell?** The mitochondrion.\n"
        "**Where is DNA kept in a eukaryotic cell?** In the nucleus.\n__What does the cell membrane do?__ It controls what enters and leaves the cell.\n\n"
        "## Genetics\n1. Who is called the father of genetics? – Gregor Mendel\n2. How many chromosomes does a human body cell have? - 46\n"
        "3. What is a gene? -- A section of DNA that codes for a protein.\n\nGlossary: *allele* = one of the different forms of a gene.\n",
        {
            "What is the powerhouse of the cell?": "The mitochondrion.",
            "Where is DNA kept in a eukaryotic cell?": "In the nucleus.",
            "What does the cell membrane do?": "It controls what enters and leaves the cell.",
            "Who is called the father of genetics?": "Gregor Mendel",
            "How many chromosomes does a human body cell have?": "46",
            "What is a gene?": "A section of DNA that codes for a protein.",
            "allele": "one of the different forms of a gene.",
        },
    ),
    "chemie-de.md": (
        "# Chemie – Wiederholung\n\n## Grundlagen\n**Was ist ein Atom?** Das kleinste Teilchen eines Elements.  \n"
        "**Woraus besteht ein Atomkern?** Aus Protonen und Neutronen.  \n**Was ist ein Ion?** Ein Atom mit elektrischer Ladung.\n\n"
        "## Reaktionen\n1. Wie heißt die Reaktion mit Sauerstoff? – Oxidation\n2. Was entsteht bei der Neutralisation? - Salz und Wasser\n"
        "3. Welcher pH-Wert ist neutral? — 7\n\nGlossar: *Katalysator* = ein Stoff, der eine Reaktion beschleunigt.\n",
        {
            "Was ist ein Atom?": "Das kleinste Teilchen eines Elements.",
            "Woraus besteht ein Atomkern?": "Aus Protonen und Neutronen.",
            "Was ist ein Ion?": "Ein Atom mit elektrischer Ladung.",
            "Wie heißt die Reaktion mit Sauerstoff?": "Oxidation",
            "Was entsteht bei der Neutralisation?": "Salz und Wasser",
            "Welcher pH-Wert ist neutral?": "7",
            "Katalysator": "ein Stoff, der eine Reaktion beschleunigt.",
        },
    ),
    "historia-es.md": (
        "# Historia – repaso rápido\n\n**Q:** ¿En qué año llegó Colón a América? **A:** En 1492.\n"
        "**Q:** ¿Quién fue el primer emperador de Roma? **A:** Augusto.\n\n## Fechas\n"
        "1. ¿Cuándo empezó la Revolución Francesa? – En 1789\n2. ¿Cuándo cayó el Muro de Berlín? - En 1989\n\n"
        "Glosario:\n*feudalismo* = sistema social de la Edad Media basado en la tierra.\n*monarquía* = forma de gobierno con un rey o una reina.\n",
        {
            "¿En qué año llegó Colón a América?": "En 1492.",
            "¿Quién fue el primer emperador de Roma?": "Augusto.",
            "¿Cuándo empezó la Revolución Francesa?": "En 1789",
            "¿Cuándo cayó el Muro de Berlín?": "En 1989",
            "feudalismo": "sistema social de la Edad Media basado en la tierra.",
            "monarquía": "forma de gobierno con un rey o una reina.",
        },
    ),
    "physics-en.txt": (
        "Physics review\n\n**What is the unit of force?** The newton.\\\n**What is the speed of light?** About 300,000 km per second.\\\n"
        "**What does a voltmeter measure?** Voltage.\n\n1. What is the SI unit of energy? – The joule\n"
        "2. What is the formula for speed? - Distance divided by time; e.g. a well-known case is v = d / t.\n\n"
        "Glossary: *inertia* = the tendency of an object to keep its motion.\n",
        {
            "What is the unit of force?": "The newton.",
            "What is the speed of light?": "About 300,000 km per second.",
            "What does a voltmeter measure?": "Voltage.",
            "What is the SI unit of energy?": "The joule",
            "What is the formula for speed?": "Distance divided by time; e.g. a well-known case is v = d / t.",
            "inertia": "the tendency of an object to keep its motion.",
        },
    ),
}


@pytest.mark.parametrize("name", sorted(SHEETS))
def test_a_student_s_quick_review_sheet_is_read_card_by_card(tmp_path: Path, name: str) -> None:
    """Hand-made sheets in three languages mixing bold questions on consecutive lines, numbered 'question – answer'
    lines with every dash, and a glossary at the end: every card checked."""
    text, expected = SHEETS[name]
    cards, _, said = _cards(tmp_path, {name: text})
    assert cards == expected
    assert not [s for s in said if "in no card" in s or "outside" in s or "no answer" in s], said


def test_a_labelled_line_that_defines_nothing_after_one_line_cards_is_said_at_its_line(tmp_path: Path) -> None:
    page = (
        "## Planets\n**What is a planet?** A body that orbits a star.\n**What is a moon?** A body that orbits a planet.\n\n"
        "Vocabulary: orbit, star, planet and moon are the words to know.\n"
    )
    cards, _, said = _cards(tmp_path, {"planets.md": page})
    assert cards == {"What is a planet?": "A body that orbits a star.", "What is a moon?": "A body that orbits a planet."}
    assert any("planets.md:5" in s and "not in any card" in s for s in said), said


TRIAL39 = Path(__file__).parent / "data" / "trials" / "trial39"
CAPITALS = (
    "Voici 3 fiches :\n\n1. Quelle est la capitale de la France ?\n   Paris.\n2. Quelle est la capitale de l'Italie ?\n   Rome.\n"
    "3. Quelle est la capitale de l'Espagne ?\n   Madrid.\n\n{tail}\n"
)


def test_a_sign_off_after_the_last_numbered_card_is_off_its_back(tmp_path: Path) -> None:
    """trial39 T39-3 (its closing line): 'Bonnes révisions !' after the last item of a numbered list whose answers are
    indented under their items ended the fourth back. A revision wish is the page's frame (page_tail)."""
    notes, _, said = built_notes(tmp_path, {"fiches.md": TRIAL39 / "t39-3-own-labels-in-numbered-list" / "fr-chatbot-recto-verso.md"})
    last = next(n for n in notes if "26 août 1789" in note_front(n))
    assert note_back(last).endswith("La Déclaration des droits de l'homme et du citoyen.") and "révisions" not in note_back(last)
    assert not any("révisions" in s for s in said), said


def test_a_closing_line_at_the_margin_after_indented_answers_is_said_never_the_last_back(tmp_path: Path) -> None:
    """Any other line after such a list, at the margin, a blank line above it and no item after it: said at its line."""
    cards, _, said = _cards(tmp_path / "a", {"fiches.txt": CAPITALS.format(tail="Ces fiches couvrent le premier chapitre du manuel.")})
    assert cards["Quelle est la capitale de l'Espagne ?"] == "Madrid."
    assert any("fiches.txt:10" in s and "not in any card" in s for s in said), said
    cards, _, said = _cards(tmp_path / "b", {"fiches.txt": CAPITALS.format(tail="Bonnes révisions !")})
    assert cards["Quelle est la capitale de l'Espagne ?"] == "Madrid." and not any("révisions" in s for s in said), said


# --- trial38 T38-12: two-line pairs, a blank line between (wip/t38-12-line-pairs, landed with its gate) ----------------

TRIAL38 = Path(__file__).parent / "data" / "trials" / "trial38"
TRIAL37 = Path(__file__).parent / "data" / "trials" / "trial37"


def test_two_line_pairs_between_blank_lines_are_a_card_each(tmp_path: Path) -> None:
    """trial38 T38-12 (high): a sentence over its translation, a blank line between pairs: "cannot tell this
    document's layout", 0 cards. The table printed for it reads the same when pasted."""
    text = (TRIAL38 / "t38-12-two-line-sentence-pairs" / "ja-sentence-pairs.txt").read_text(encoding="utf-8")
    cards, _, said = _cards(tmp_path / "a", {"pairs.txt": "# Japanese sentences\n\n" + text})
    assert cards == {
        "私は毎朝コーヒーを飲みます。": "I drink coffee every morning.",
        "駅はどこですか？": "Where is the station?",
        "この本はとても面白かった。": "This book was very interesting.",
    }
    assert any("read as layout 'delimited'" in s for s in said), said
    table = '[[source]]\nid = "pairs"\nfile = "sources/pairs.txt"\ntitle = "Pairs"\nlayout = "delimited"\n'
    notes, _, said = built_notes(tmp_path / "b", {"pairs.txt": "# Japanese sentences\n\n" + text}, table)
    assert {note_front(n): note_back(n) for n in notes} == cards, said


@pytest.mark.parametrize(
    "text",
    [
        "Q1. What is 2+2?\nA1. 4\n\nQ2. What is 3+3?\nA2. 6\n\nQ3. What is 1+1?\nA3. 2\n",  # (the qa layout's: sitting 38's 31 failures)
        "Q: What is 2+2?\nA: 4\n\nQ: What is 3+3?\nA: 6\n\nQ: What is 1+1?\nA: 2\n",
        "1. What is 2+2?\n4\n\n2. What is 3+3?\n6\n\n3. What is 1+1?\n2\n",  # (numbered: detected)
    ],
)
def test_two_line_blocks_that_a_layout_reads_are_read_by_it_never_as_pairs(tmp_path: Path, text: str) -> None:
    cards, _, said = _cards(tmp_path, {"sums.txt": text})
    assert cards == {"What is 2+2?": "4", "What is 3+3?": "6", "What is 1+1?": "2"}, said
    assert not any("'delimited'" in s for s in said), said


def test_prose_in_two_line_paragraphs_is_no_list_of_pairs() -> None:
    from compiler.sources.line_pairs import line_pairs

    prose = "Plants make sugar from light\nin their chloroplasts.\n\nAnimals eat the plants and\nbreathe out carbon dioxide.\n\nThe cycle\ngoes on."
    assert line_pairs(prose.split("\n")) is None


# --- [source.delimited] header = true|false (wip/t37-12-header-knob's knob; lead's 'Country<TAB>Capital' example) ------

CAPITALS_TSV = "Country\tCapital\nFrance\tParis\nJapan\tTokyo\nKenya\tNairobi\n"


def test_a_first_row_shaped_as_its_rows_is_said_with_the_table_that_reads_it_as_the_header(tmp_path: Path) -> None:
    """'Country<TAB>Capital' over 'France<TAB>Paris' (/work/coord/tsv-header-example): no list knows the names and the
    rows are shaped as the first, so the shape cannot tell. It stays a card, said at row 1 with the whole [[source]]
    table to paste ('[source.delimited]' / 'header = true'); pasted, the header is no card and nothing is said."""
    from conftest import deck_of

    from compiler.build import build

    content = deck_of(tmp_path, {"capitals.tsv": CAPITALS_TSV})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    fronts = sorted(n.primary.question for n in result.compiled.deck.notes)
    assert fronts == ["Country", "France", "Japan", "Kenya"]
    said = [d for d in result.compiled.diagnostics.warnings if d.group == "maybe-header"]
    assert len(said) == 1 and said[0].line == 1 and "its first row (Country | Capital) may name the columns" in said[0].message
    assert "[source.delimited]\nheader = true" in said[0].snippet
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n\n{said[0].snippet}\n', encoding="utf-8")
    again = build(content, tmp_path / "build", formats=("json",), now=2_000)
    assert again.compiled is not None
    assert {n.primary.question: n.fields["Answer"] for n in again.compiled.deck.notes}.keys() == {"France", "Japan", "Kenya"}
    assert not [d for d in again.compiled.diagnostics.items if d.group == "maybe-header"]


def test_header_false_keeps_the_first_row_a_card_and_says_nothing(tmp_path: Path) -> None:
    table = '[[source]]\nid = "capitals"\nfile = "sources/capitals.tsv"\nlayout = "delimited"\n[source.delimited]\nheader = false\n'
    notes, _, said = built_notes(tmp_path / "a", {"capitals.tsv": CAPITALS_TSV}, table)
    assert sorted(note_front(n) for n in notes) == ["Country", "France", "Japan", "Kenya"]
    assert not any("first row" in s for s in said), said
    # (a header its names tell, 'Farmaco,Classe,…', is a card too when deck.toml says header = false)
    farmaci = TRIAL37 / "t37-11-unknown-header-names" / "it-farmaci.csv"
    table = '[[source]]\nid = "farmaci"\nfile = "sources/farmaci.csv"\nlayout = "delimited"\n[source.delimited]\nheader = false\n'
    notes, _, said = built_notes(tmp_path / "b", {"farmaci.csv": farmaci}, table)
    assert "Farmaco" in [note_front(n) for n in notes] and len(notes) == 4, said


def test_a_first_row_of_names_found_again_below_or_of_several_words_is_not_said() -> None:
    from compiler.sources.delimited import named_like

    assert named_like(["Country", "Capital"], [["France", "Paris"]])
    assert not named_like(["France", "Paris"], [["France", "Lyon"]])  # (a name found again in its column: data)
    assert not named_like(["Capital city", "Country"], [["Paris", "France"]])  # (two words: left to other rules)
    assert not named_like(["Country"], [["France"]])  # (one column)
