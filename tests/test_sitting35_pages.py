"""Thirty-fifth sitting, pages: found-not-fixed items of earlier sittings and open findings of trial 34 about pages
(a question nothing answers after labelled cards, ...)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

# --- own-qa-last-question: a question nothing answers after 'Q:' / 'A:' cards is said, never glued on a back --------

PHYSIK = (
    "Physik – Mechanik\n\n"
    "Q: Was ist Trägheit?\nA: Das Bestreben eines Körpers, seinen Bewegungszustand beizubehalten.\n\n"
    "Q: Was besagt das zweite newtonsche Gesetz?\nA: F = m · a.\n\n"
    "Warum rutscht ein Fahrgast nach vorn, wenn der Bus bremst?\n"
)
NETWORKING = (
    "Q: What does DNS do?\nA: It translates host names into IP addresses.\n\n"
    "Q: Which port does HTTPS use by default?\nA: 443.\n\n"
    "What is the difference between TCP and UDP?\n\n"
    "Q: What does ARP resolve?\nA: An IP address to a MAC address on the local network.\n"
)
BIOLOGIA = (
    "# Biología celular\n\n"
    "P: ¿Qué orgánulo produce la mayor parte del ATP?\nR: La mitocondria.\n\n"
    "P: ¿Dónde se sintetizan las proteínas?\nR: En los ribosomas, libres o unidos al retículo endoplasmático rugoso.\n\n"
    "P: ¿Qué función tiene el aparato de Golgi?\nR: Modifica, empaqueta y distribuye proteínas y lípidos.\n\n"
    "¿Por qué las células musculares tienen tantas mitocondrias?\n"
)
GEOGRAPHIE = (
    "Q : Quelle est la capitale de l'Australie ?\nR : Canberra.\nCe n'est ni Sydney ni Melbourne, qui se disputaient le titre.\n\n"
    "Q : Quel est le plus long fleuve de France ?\nR : La Loire.\n\n"
    "Pourquoi la Loire est-elle appelée « le dernier fleuve sauvage d'Europe » ?\n"
)


def _unanswered(said: list[str]) -> list[str]:
    return [m for m in said if "question has no answer" in m]


def test_a_last_question_nothing_answers_after_labelled_cards_is_said_and_no_part_of_the_last_back(tmp_path: Path) -> None:
    """own-qa-last-question (sitting 33): 'Warum rutscht …?' after the last 'Q:' / 'A:' card, with nothing under it,
    was glued onto that card's back ('F = m · a.' then a second question). It is a question with no answer, said at
    its line; the back ends where its answer ends. In Markdown, plain text, and with the page's own labels (P:/R:)."""
    for name in ("physik.md", "physik.txt"):
        notes, skipped, said = built_notes(tmp_path / name, {name: PHYSIK})
        got = {note_front(n): note_back(n) for n in notes}
        assert got == {
            "Was ist Trägheit?": "Das Bestreben eines Körpers, seinen Bewegungszustand beizubehalten.",
            "Was besagt das zweite newtonsche Gesetz?": "F = m · a.",
        }, name
        assert [m.split(": warning")[0] for m in _unanswered(said)] == [f"sources/{name}:9"]
        assert [s["question"] for s in skipped] == ["Warum rutscht ein Fahrgast nach vorn, wenn der Bus bremst?"]
    notes, _, said = built_notes(tmp_path / "es", {"biologia.md": BIOLOGIA})
    assert [note_back(n) for n in notes][-1] == "Modifica, empaqueta y distribuye proteínas y lípidos."
    assert [m.split(": warning")[0] for m in _unanswered(said)] == ["sources/biologia.md:12"]
    notes, _, said = built_notes(tmp_path / "fr", {"geographie.md": GEOGRAPHIE})
    got = {note_front(n): note_back(n) for n in notes}
    assert got["Quelle est la capitale de l'Australie ?"] == "Canberra. Ce n'est ni Sydney ni Melbourne, qui se disputaient le titre."
    assert got["Quel est le plus long fleuve de France ?"] == "La Loire."
    assert [m.split(": warning")[0] for m in _unanswered(said)] == ["sources/geographie.md:8"]


def test_a_question_nothing_answers_between_labelled_cards_is_said_and_the_next_card_keeps_its_own(tmp_path: Path) -> None:
    """The same question between two labelled cards (the next 'Q:' follows it): said at its line, the card above ends
    with its answer, the card below is whole."""
    for name in ("networking.md", "networking.txt"):
        notes, _, said = built_notes(tmp_path / name, {name: NETWORKING})
        got = {note_front(n): note_back(n) for n in notes}
        assert got == {
            "What does DNS do?": "It translates host names into IP addresses.",
            "Which port does HTTPS use by default?": "443.",
            "What does ARP resolve?": "An IP address to a MAC address on the local network.",
        }, name
        assert [m.split(": warning")[0] for m in _unanswered(said)] == [f"sources/{name}:7"]


def test_a_question_answered_in_the_paragraph_below_a_labelled_card_is_a_card_as_before(tmp_path: Path) -> None:
    """Only a question nothing answers is said: one over a paragraph of its own is still a card of its own, and the
    labelled cards around it keep their answers."""
    text = (
        "Q: What is recursion?\nA: A function that calls itself.\n\n"
        "Why does it stop?\n\nBecause every call gets closer to a base case.\n\n"
        "Q: What is a stack frame?\nA: The memory a call uses.\n"
    )
    notes, _, said = built_notes(tmp_path, {"recursion.md": text})
    assert {note_front(n): note_back(n) for n in notes} == {
        "What is recursion?": "A function that calls itself.",
        "Why does it stop?": "Because every call gets closer to a base case.",
        "What is a stack frame?": "The memory a call uses.",
    }
    assert not _unanswered(said)


# --- delimited-opening: a listed page read as pairs says the paragraph above its first pair -------------------------

WOHNEN = (
    "In dieser Lektion lernst du die wichtigsten Wörter rund um das Thema Wohnen.\n\n"
    "- das Haus — the house\n- die Wohnung — the flat\n- die Küche — the kitchen\n- das Schlafzimmer — the bedroom\n"
)
CUCINA = (
    "Queste parole servono per leggere una ricetta italiana senza aprire il dizionario.\n\n"
    "il cucchiaio = the spoon\nla pentola = the pot\nil forno = the oven\nmescolare = to stir\n"
    "il coltello = the knife\nla forchetta = the fork\nil piatto = the plate\nbollire = to boil\n"
)
CASA = (
    "# Vocabulario – Unidad 3: La casa y los muebles\n\n"
    "1. la cocina – the kitchen\n2. el dormitorio – the bedroom\n3. la mesa – the table\n4. la silla – the chair\n"
)
UNIT = "Vocabulary of the fifth unit of Spanish for beginners\n\n- el perro — the dog\n- el gato — the cat\n- el pájaro — the bird\n"


def _listed(name: str, layout: str = "delimited") -> str:
    return f'[[source]]\nid = "page"\nfile = "sources/{name}"\ntitle = "Page"\nlayout = "{layout}"\n'


def _opening(said: list[str]) -> list[str]:
    return [m.split(": warning")[0] for m in said if "the text above its first pair is in no card" in m]


def test_a_listed_pages_opening_paragraph_above_its_pairs_is_said_once(tmp_path: Path) -> None:
    """delimited-opening (sitting 33): a page deck.toml lists with layout = "delimited" dropped its opening sentence
    unsaid (the reader skips the line above the first pair as the list's title, and the title is deck.toml's). Said
    once at its line, as for an unlisted page, in Markdown and in plain text; the pairs are cards as before."""
    notes, _, said = built_notes(tmp_path / "de", {"wohnen.md": WOHNEN}, _listed("wohnen.md"))
    assert [note_front(n) for n in notes] == ["das Haus", "die Wohnung", "die Küche", "das Schlafzimmer"]
    assert _opening(said) == ["sources/wohnen.md:1"]
    assert any('layout = "note"' in m for m in said if "the text above its first pair" in m)
    notes, _, said = built_notes(tmp_path / "it", {"cucina.txt": CUCINA}, _listed("cucina.txt"))
    assert [note_back(n) for n in notes][:4] == ["the spoon", "the pot", "the oven", "to stir"] and len(notes) == 8
    assert _opening(said) == ["sources/cucina.txt:1"]


def test_a_title_line_above_pairs_is_no_opening_paragraph(tmp_path: Path) -> None:
    """A heading or a line that titles the list, however long, is no paragraph in no card: nothing said, listed
    or not ('# Vocabulario – Unidad 3: La casa y los muebles' was said unlisted, though it titles the page)."""
    for name, text in (("casa.md", CASA), ("unit.md", UNIT)):
        for table in ("", _listed(name)):
            notes, _, said = built_notes(tmp_path / f"{name}{bool(table)}", {name: text}, table)
            assert len(notes) == text.count("–") + text.count("—") - (1 if name == "casa.md" else 0), (name, table)
            assert not _opening(said), (name, table)


# --- T34-15: a quiz's own title line is its title, not text outside any question ----------------------------------

TRIAL34 = Path(__file__).parent / "data" / "trials" / "trial34"
FUEHRERSCHEIN = (
    "Führerschein Klasse B – Theoriefragen\n\n"
    "Frage 1: Wie hoch ist die zulässige Höchstgeschwindigkeit innerorts?\nAntwort: 50 km/h\n\n"
    "Frage 2: Ab welcher Blutalkoholkonzentration begeht man eine Ordnungswidrigkeit?\nAntwort: Ab 0,5 Promille\n"
)


def _outside(said: list[str]) -> list[str]:
    return [m.split(": warning")[0] for m in said if "outside any question" in m]


def test_a_quizs_title_line_is_no_text_outside_any_question(tmp_path: Path) -> None:
    """T34-15 (low): 'Quiz di storia', 'Chemistry worksheet' on a text quiz's first line and a Word document's Title
    paragraph ('Immunology revision notes') were each warned 'text outside any question … or remove it'. A short first
    line over the questions that asks nothing and ends no sentence is the page's title: no warning, the cards as
    before, the title offered in the table to paste."""
    shown = TRIAL34 / "t34-15-title-text-outside"
    for name, cards in (("it-quiz.txt", 2), ("label-own-line.txt", 3), ("gdocs-immuno.docx", 3)):
        notes, _, said = built_notes(tmp_path / name, {name: shown / name})
        assert len(notes) == cards, name
        assert not _outside(said), name
    notes, _, said = built_notes(tmp_path / "it", {"it-quiz.txt": shown / "it-quiz.txt"})
    assert note_front(notes[0]).startswith("In che anno è caduto l'Impero romano d'Occidente?")
    assert any('title = "Quiz di storia"' in m for m in said)
    notes, _, said = built_notes(tmp_path / "de", {"physik.md": PHYSIK})
    assert not _outside(said) and len(notes) == 2


def test_an_opening_sentence_or_paragraph_is_still_said_outside_any_question(tmp_path: Path) -> None:
    """Only a title is set aside: an opening sentence ('Photosynthesis happens in the chloroplasts.'), a line that
    leads into the questions (":"), two lines or a picture are text of the page in no card, said at their line as before.
    (An exercise's instruction, 'Answer the following questions:', is no text to learn since the forty-fourth sitting:
    tests/test_sitting44_lead.py.)"""
    questions = "## What pigment absorbs light?\n\nChlorophyll.\n\n## What gas is released?\n\nOxygen.\n"
    for opening in (
        "Photosynthesis happens in the chloroplasts.",
        "These questions are about plants:",
        "Biology revision\nfor the end-of-year exam",
        "![The leaf's cross-section](leaf.png)",
    ):
        notes, _, said = built_notes(tmp_path / str(len(opening)), {"notes.md": f"{opening}\n\n{questions}"})
        assert len(notes) == 2
        assert _outside(said) == ["sources/notes.md:1"], opening


# --- T34-4: a page's tags and level in HTML comments of their own line --------------------------------------------

def test_tags_and_level_in_a_pages_html_comments_are_read_as_front_matter_would_be(tmp_path: Path) -> None:
    """T34-4 (low): one question per file, each page ending '<!-- tags: (javascript,react) -->' / '<!-- expertise: (2)
    -->' (30-seconds-of-interviews): the comments were dropped, no tag, every card 'medium', no word. A page without
    front matter keeps its metadata so: its tags are the card's, its level its default as 'difficulty:' front matter
    gives it; a number the build cannot tell is said once for the folder with how to map it, and mapped in the
    source's labels it is the level."""
    shown = TRIAL34 / "t34-4-30s-comment-metadata"
    files: dict[str, str | Path] = {f"q/{p.name}": p for p in shown.glob("*.md")}
    files["q/cookies.md"] = (
        "### What is the difference between a cookie and localStorage?\n\n#### Answer\n\nA cookie travels with every request.\n\n"
        "<!-- tags: (javascript,browser) -->\n\n<!-- difficulty: easy -->\n"
    )
    notes, _, said = built_notes(tmp_path / "plain", files)
    by_file = {n["items"][0]["file"]: n for n in notes}
    assert {f: [t for t in n["tags"] if not t.startswith("deckc::")] for f, n in by_file.items()} == {
        "sources/q/alt-attribute.md": ["html"],
        "sources/q/closures.md": ["javascript"],
        "sources/q/cookies.md": ["browser", "javascript"],
    }
    assert by_file["sources/q/cookies.md"]["difficulty"] == "easy"
    numbers = [m for m in said if "is not easy, medium or hard" in m]
    assert [m.split(": warning")[0] for m in numbers] == ["sources/q/alt-attribute.md:19", "sources/q/closures.md:29"]
    assert "expertise: 0" in numbers[0] and "labels = {" in numbers[0]
    from compiler.build import build

    result = build(tmp_path / "plain" / "content", tmp_path / "again", formats=("json",), now=1_000)
    assert result.compiled is not None
    printed = [d for d in result.compiled.diagnostics.grouped_warnings if "is not easy, medium or hard" in d.message]
    assert len(printed) == 1 and len(printed[0].also) == 1  # (said once for the folder, with the other place)
    assert not any("<!--" in note_back(n) or "expertise" in note_back(n) for n in notes)
    table = '[[source]]\nid = "q"\nfile = "sources/q/*.md"\nlayout = "markdown"\n' + (
        'difficulty = { from = "fixed", default = "medium", labels = { "0" = "easy", "1" = "medium", "2" = "hard" } }\n'
    )
    notes, _, said = built_notes(tmp_path / "mapped", files, table)
    assert {n["items"][0]["file"]: n["difficulty"] for n in notes} == {
        "sources/q/alt-attribute.md": "easy", "sources/q/closures.md": "hard", "sources/q/cookies.md": "easy",
    }
    assert not [m for m in said if "is not easy, medium or hard" in m]


# --- T34-7 rest: a numbered title line right over unnumbered pairs --------------------------------------------------

def test_a_title_line_that_numbers_its_unit_over_unnumbered_pairs_is_no_card(tmp_path: Path) -> None:
    """T34-7 rest (lead's inbox): 'Unit 4: Food' right over 'apple: la manzana' …, 'HSK 1 词汇' over '学校 xuéxiào
    school' …, 'Vocabulario – Unidad 4: La comida' over 'la manzana – the apple' … (no blank line, no list marks) were
    cards 'Unit 4' → 'Food', 'HSK' → '1 词汇', 'Vocabulario' → '…'. A first line holding a number over three pairs or
    more that hold none numbers the unit: its title, no card. Pairs that hold numbers keep their first line a pair."""
    shown = TRIAL34 / "t34-7-title-line-as-pair"
    for name, first in (("vocab-colon.txt", "apple"), ("hsk1.txt", "学校"), ("vocab-unnumbered.txt", "la manzana")):
        notes, skipped, _ = built_notes(tmp_path / name, {name: shown / name})
        fronts = [note_front(n) for n in sorted(notes, key=lambda n: n["items"][0]["line"])]
        assert fronts[0] == first and len(fronts) == len((shown / name).read_text(encoding="utf-8").splitlines()) - 1, name
        assert not skipped
    numbers = "uno – one (1)\ndos – two (2)\ntres – three (3)\ncuatro – four (4)\n"
    notes, _, _ = built_notes(tmp_path / "numbers", {"numeros.txt": numbers})
    assert sorted(note_front(n) for n in notes) == ["cuatro", "dos", "tres", "uno"]
