"""Forty-first sitting, helper "fixes": open findings of trials 31-40, read right (a chatbot's 'Front:' label in no
item id, T40-9; …)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front

from compiler.build import build

# --- T40-9: a page's own question label ('**Front:**', '**Recto :**', 'Galdera:') is in no item id ---------------------

CHATBOT_EN = (
    "Here are 4 Spanish flashcards for beginners:\n\n"
    '1. **Front:** How do you say "the house" in Spanish?\n   **Back:** la casa\n\n'
    '2. **Front:** How do you say "the dog" in Spanish?\n   **Back:** el perro\n\n'
    '3. **Front:** When do you use "estar"?\n   **Back:** For temporary states, feelings and locations.\n\n'
    '4. **Front:** What does "la ciudad" mean?\n   **Back:** the city\n'
)
CHATBOT_FR = (
    "Voici des fiches :\n\n"
    "1. **Recto :** Qu'est-ce que la photosynthèse ?\n   **Verso :** La production de glucose à partir de lumière.\n\n"
    "2. **Recto :** Où a lieu la respiration cellulaire ?\n   **Verso :** Dans les mitochondries.\n\n"
    "3. **Recto :** Quel est le rôle des ribosomes ?\n   **Verso :** Ils fabriquent les protéines.\n"
)
BASQUE = (
    "# Biologia\n\n1. **Galdera:** Zer da zelula?\n   **Erantzuna:** Bizidunen oinarrizko unitatea.\n\n"
    "2. **Galdera:** Zer da DNA?\n   **Erantzuna:** Informazio genetikoa gordetzen duen molekula.\n"
)


def test_a_chatbot_s_front_label_is_in_no_item_id(tmp_path: Path) -> None:
    """T40-9: 'chatgpt-spanish/front-when-do-you-use-estar' carried a label the card does not show; ids are made from
    the question the card shows, in any language the page labels its sides in (English, French, Basque)."""
    notes, _, said = built_notes(tmp_path, {"chatgpt-spanish.md": CHATBOT_EN, "fiches.md": CHATBOT_FR, "eu.md": BASQUE})
    got = {n["id"]: note_front(n) for n in notes}
    assert got == {
        "chatgpt-spanish/how-do-you-say-the-house-in-spanish": 'How do you say "the house" in Spanish?',
        "chatgpt-spanish/how-do-you-say-the-dog-in-spanish": 'How do you say "the dog" in Spanish?',
        "chatgpt-spanish/when-do-you-use-estar": 'When do you use "estar"?',
        "chatgpt-spanish/what-does-la-ciudad-mean": 'What does "la ciudad" mean?',
        "fiches/qu-est-ce-que-la-photosynthese": "Qu'est-ce que la photosynthèse ?",
        "fiches/ou-a-lieu-la-respiration-cellulaire": "Où a lieu la respiration cellulaire ?",
        "fiches/quel-est-le-role-des-ribosomes": "Quel est le rôle des ribosomes ?",
        "eu/zer-da-zelula": "Zer da zelula?",
        "eu/zer-da-dna": "Zer da DNA?",
    }, said
    assert {note_back(n) for n in notes if n["id"].startswith("eu/")} == {
        "Bizidunen oinarrizko unitatea.", "Informazio genetikoa gordetzen duen molekula."
    }
    assert all(n["fields"]["DeckcId"] == n["id"] for n in notes)


def _lock(content: Path) -> dict[str, dict]:  # type: ignore[type-arg]
    """The lock's entries by note id."""
    lines = (content / "deckc.lock").read_text(encoding="utf-8").splitlines()[1:]
    return {e["id"]: e for e in map(json.loads, lines)}


def _as_sitting_40(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ids as deckc made them until sitting 40: from the question as read, its label on."""
    import compiler.sources.item_labels as item_labels

    monkeypatch.setattr(item_labels, "_unlabelled_identity", lambda item, question: {})


def test_a_published_labelled_id_keeps_its_id_and_guid_a_new_card_gets_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A deck published with the label in its ids (before sitting 41) rebuilds with every id, GUID and field as it
    was: the lock says nothing changed. A card added to the page later gets an id without the label."""
    content = deck_of(tmp_path, {"chatgpt-spanish.md": CHATBOT_EN})
    with monkeypatch.context() as m:
        _as_sitting_40(m)
        build(content, tmp_path / "b1", formats=("json",), now=1_000)
    before = _lock(content)
    assert "chatgpt-spanish/front-when-do-you-use-estar" in before
    totals = build(content, tmp_path / "b2", formats=("json",), now=2_000).summary.totals
    assert totals == {"new": 0, "updated": 0, "unchanged": 4, "retired": 0}
    assert _lock(content) == before
    page = CHATBOT_EN + '\n5. **Front:** How do you say "the cat" in Spanish?\n   **Back:** el gato\n'
    (content / "sources" / "chatgpt-spanish.md").write_text(page, encoding="utf-8")
    totals = build(content, tmp_path / "b3", formats=("json",), now=3_000).summary.totals
    assert totals == {"new": 1, "updated": 0, "unchanged": 4, "retired": 0}
    after = _lock(content)
    assert set(after) - set(before) == {"chatgpt-spanish/how-do-you-say-the-cat-in-spanish"}
    assert all(after[i]["guid"] == e["guid"] for i, e in before.items())


def test_an_override_naming_the_labelled_id_keeps_it(tmp_path: Path) -> None:
    """An id written in overrides.toml with the label (read off `deckc lint` before sitting 41) still names its item."""
    content = deck_of(tmp_path, {"chatgpt-spanish.md": CHATBOT_EN})
    (content / "overrides.toml").write_text(
        '[[override]]\nitem = "chatgpt-spanish/front-when-do-you-use-estar"\nanswer = "Estados, sentimientos, lugares."\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.items]
    manifest = json.loads(next((tmp_path / "build").glob("*.json")).read_text(encoding="utf-8"))
    got = {n["id"]: note_back(n) for n in manifest["notes"]}
    assert got["chatgpt-spanish/front-when-do-you-use-estar"] == "Estados, sentimientos, lugares.", said
    assert "chatgpt-spanish/how-do-you-say-the-dog-in-spanish" in got
    assert not [s for s in said if "overrides.toml" in s and ("unknown" in s or "no item" in s)], said


def test_a_page_that_no_longer_labels_every_question_keeps_its_notes(tmp_path: Path) -> None:
    """A card added without the label leaves the labels on the others' fronts (the page no longer labels every
    question): their notes, published without the label, keep their GUIDs (updated, never retired and new)."""
    content = deck_of(tmp_path, {"chatgpt-spanish.md": CHATBOT_EN})
    build(content, tmp_path / "b1", formats=("json",), now=1_000)
    before = _lock(content)
    page = CHATBOT_EN + '\n5. How do you say "the cat" in Spanish?\n   el gato\n'
    (content / "sources" / "chatgpt-spanish.md").write_text(page, encoding="utf-8")
    shutil.rmtree(tmp_path / "b1")
    result = build(content, tmp_path / "b2", formats=("json",), now=2_000)
    assert result.summary.totals["retired"] == 0
    assert result.summary.totals["new"] == 1
    after = {e["guid"] for e in _lock(content).values()}
    assert {e["guid"] for e in before.values()} <= after


# --- T40-10: a word list whose Notes column is filled on some words is one vocabulary table on the cheat sheet --------


def _sheet_tables(content: Path, out: Path) -> dict[str, list[tuple[str, ...]]]:
    """The cheat sheet's entries as the template gets them, by group: a table's header then its rows (term, meaning,
    the other columns), any other entry as its question alone."""
    from compiler.sheet import groups, sheet_data

    result = build(content, out, formats=("json",), now=1_000)
    assert result.compiled is not None
    deck = result.compiled.deck
    data = sheet_data(deck, groups(deck), lambda tex, note: None, questions_only=False, paper="a4")
    text = lambda spans: "".join(s["v"] for s in spans)  # noqa: E731
    got: dict[str, list[tuple[str, ...]]] = {}
    for group in data["groups"]:
        for e in group["entries"]:
            if "rows" in e:
                got.setdefault(group["title"], []).append(("", e.get("mcol", ""), *e.get("cols", [])))
                got[group["title"]] += [(text(r["t"]), text(r["m"]), *map(text, r.get("x", []))) for r in e["rows"]]
            else:
                got.setdefault(group["title"], []).append((text(e["q"]),))
    return got


def test_a_word_list_with_a_notes_column_filled_on_some_words_is_one_table(tmp_path: Path) -> None:
    """T40-10: es/vocab-unit1.csv ('English,Spanish,Notes', 'feminine' on three words of eight) printed eight entries;
    a German TSV's Plural column and a French Markdown table's Remarque column filled on some words did too. Each is
    one table, the column's cell empty where the list leaves it empty; a list of two such columns keeps them apart."""
    trial = Path(__file__).parent / "data" / "trials" / "trial40" / "t40-10-notes-column"
    de = "Deutsch\tEnglisch\tPlural\ndas Haus\tthe house\tdie Häuser\nder Hund\tthe dog\tdie Hunde\ndie Katze\tthe cat\t\ndas Buch\tthe book\tdie Bücher\n"
    fr = (
        "# Vocabulaire : la maison\n\n| Mot | Sens | Remarque |\n|---|---|---|\n| la cuisine | the kitchen | |\n"
        "| la chambre | the bedroom | |\n| le salon | the living room | masculin |\n| le jardin | the garden | masculin |\n"
    )
    two = "Spanish,English,Notes,Example\nla casa,the house,feminine,Mi casa es tu casa.\nel perro,the dog,,\nel gato,the cat,,El gato duerme.\nel libro,the book,,\n"
    content = deck_of(tmp_path, {"vocab-unit1.csv": trial / "vocab-unit1.csv", "de-nomen.tsv": de, "fr-mots.md": fr, "two.csv": two})
    assert _sheet_tables(content, tmp_path / "build") == {
        "vocab-unit1": [
            ("", "", "Notes"), ("the house", "la casa", "feminine"), ("the dog", "el perro", ""), ("the cat", "el gato", ""),
            ("the book", "el libro", ""), ("the table", "la mesa", "feminine"), ("the water", "el agua", "feminine noun with el"),
            ("the city", "la ciudad", ""), ("the friend", "el amigo / la amiga", ""),
        ],
        "de-nomen": [
            ("", "", "Plural"), ("das Haus", "the house", "die Häuser"), ("der Hund", "the dog", "die Hunde"),
            ("die Katze", "the cat", ""), ("das Buch", "the book", "die Bücher"),
        ],
        "Vocabulaire : la maison": [
            ("", "", "Remarque"), ("la cuisine", "the kitchen", ""), ("la chambre", "the bedroom", ""),
            ("le salon", "the living room", "masculin"), ("le jardin", "the garden", "masculin"),
        ],
        "two": [
            ("", "", "Notes", "Example"), ("la casa", "the house", "feminine", "Mi casa es tu casa."), ("el perro", "the dog", "", ""),
            ("el gato", "the cat", "", "El gato duerme."), ("el libro", "the book", "", ""),
        ],
    }


def test_rows_whose_meaning_is_named_otherwise_are_no_one_table() -> None:
    """The rule that joins rows keeps its limit: a run ends where a row's meaning column is named otherwise, and a row
    that names one column twice keeps both cells."""
    from compiler.sheet import _in_columns, _joined_labels

    assert _joined_labels(["English", "Plural"], {"labels": ["Deutsch", "Plural"]}) is None
    assert _joined_labels(["English", "Plural"], {"labels": ["", "Note"]}) == ["English", "Plural", "Note"]
    assert _joined_labels(["", "Note"], {"labels": ["", "Note", "Note"]}) == ["", "Note", "Note"]
    assert _joined_labels([""], None) is None
    cell = lambda v: [{"k": "t", "v": v}]  # noqa: E731
    row = {"labels": ["", "Note", "Note"], "x": [cell("a"), cell("b")]}
    assert _in_columns(row, ["Plural", "Note", "Note"])["x"] == [[], cell("a"), cell("b")]
