"""Twentieth sitting (trial21), formats: cards kept in a note's YAML front matter, the Obsidian Flashcards plugin's
syntax, obsidian-to-anki's blocks. Fixtures written here from each tool's documented syntax."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import built_notes, note_back, note_front, plain_text

# a note whose front matter holds its cards (flashcard fronts that do not ask, a 1–5 level, tags), its body prose
VOCAB = """---
title: German animals
tags: [german, nouns]
flashcards:
  - front: der Hund
    back: the dog
    difficulty: 1
    tags: [animals]
  - front: die Katze
    back: the cat
    difficulty: 2
  - front: die Maus
    back: the mouse
    difficulty: 3
  - q: das Pferd
    a: the horse
    difficulty: 5
  - front: das Schaf
    back: ""
---

Some notes about German nouns and their genders.
"""


def test_front_matter_cards_without_question_marks_are_cards(tmp_path: Path) -> None:
    """trial21 known-1: the front matter's cards were ignored (their fronts do not ask) and the body became one junk
    card; every record is a card or a skipped item at its line, the page's tags on each, 1–5 mapped by thirds."""
    notes, skipped, said = built_notes(tmp_path, {"vocab.md": VOCAB})
    by = {note_front(n): n for n in notes}
    assert set(by) == {"der Hund", "die Katze", "die Maus", "das Pferd"}
    assert note_back(by["der Hund"]) == "the dog"
    assert {"german", "nouns", "animals"} <= set(by["der Hund"]["tags"])
    assert {"german", "nouns"} <= set(by["das Pferd"]["tags"])
    assert [by[f]["difficulty"] for f in ("der Hund", "die Katze", "die Maus", "das Pferd")] == ["easy", "easy", "medium", "hard"]
    assert [i["line"] for i in by["die Katze"]["items"]] == [9]
    assert [(s["question"], s["line"], s["skipped"]) for s in skipped] == [("das Schaf", 18, "no answer")]
    assert any("vocab.md:22" in m and "not in any card" in m for m in said)  # (the body's prose: said, at its line)


WITH_BODY = """---
title: Networking
questions:
  - question: What does TCP stand for?
    answer: Transmission Control Protocol
  - question: What port does HTTPS use?
    answer: "443"
---

# Networking

## What is a subnet mask?

It separates the network part of an address from the host part.

## What does DNS do?

It resolves names to addresses.
"""


def test_front_matter_cards_and_the_bodys_own_questions(tmp_path: Path) -> None:
    """A body with questions of its own is read as the page would be, after the front matter's cards, each at its
    line; its title heading repeating the front matter's is no section."""
    notes, skipped, said = built_notes(tmp_path, {"net.md": WITH_BODY})
    by = {note_front(n): n for n in notes}
    assert set(by) == {"What does TCP stand for?", "What port does HTTPS use?", "What is a subnet mask?", "What does DNS do?"}
    assert [i["line"] for i in by["What does DNS do?"]["items"]] == [16]
    assert [i["line"] for i in by["What port does HTTPS use?"]["items"]] == [6]
    assert note_back(by["What does DNS do?"]) == "It resolves names to addresses."
    assert all(not n["sections"] for n in notes)
    assert not skipped and not any("not in any card" in m for m in said)


# a note for the Obsidian Flashcards plugin (reuseman/flashcards-obsidian), in the shapes its manual documents
PLUGIN_NOTE = """---
tags: demo, car
cards-deck: My Knowledge::Demo
---

# Car #card

A car is a wheeled motor vehicle used for transportation.

## Controls #card

Car controls are the components used for driving and parking.

- Steering
- Braking

### Braking #card
^1607009219334

In modern cars the braking system is controlled by a pedal.

_What about electric vehicles?_ #card
Their motors can drive the vehicle both ways.

#### Examples #card-reverse

OScar, Riversimple and c,mm,n.

### Also reversed #card/reverse
But this time it uses Obsidian hierarchical tags.

## This is another way to define the front
#card
This style avoids the hashtags when referencing in Obsidian.

Were they successful? #card #open-source
None of the projects have reached significant success. ^q-3fa9

## Inline and cloze

Capital of Italy:::Rome

The mitochondria is the ==powerhouse== of the cell.

A quote to see once in a while #card-spaced

```markdown
## Not a card #card
```

## Related

- [[Electric vehicles]]
"""


def test_obsidian_flashcards_plugin_note(tmp_path: Path) -> None:
    """trial21 known-2: the '#card' tag was glued into fronts, a heading card answered on the next line was a section,
    reversed cards asked one way. Each tagged heading or line is a card, its tag and the plugin's ids off it, its other
    hashtags its tags, '#card-reverse' / '#card/reverse' / ':::' a card each way (imported into a real collection)."""
    from ankiutil import import_apkg, open_collection
    from ankiutil import notes as anki_notes
    from conftest import deck_of

    from compiler.build import build

    out = tmp_path / "build"
    result = build(deck_of(tmp_path, {"car.md": PLUGIN_NOTE}), out, formats=("json", "apkg"), now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.items]
    items = {i.question: i for i in result.compiled.items}
    assert set(items) == {
        "Car", "Controls", "Braking", "What about electric vehicles?", "Examples", "Also reversed",
        "This is another way to define the front", "Were they successful?", "Capital of Italy",
        "The mitochondria is the […] of the cell.",
    }  # fmt: skip
    assert not any("#card" in q or "^1607" in i.answer_plain() or "^q-" in i.answer_plain() for q, i in items.items())
    assert " ".join(items["Controls"].answer_plain().split()) == "Car controls are the components used for driving and parking. Steering Braking"
    assert items["Braking"].answer_plain() == "In modern cars the braking system is controlled by a pedal."
    assert items["Also reversed"].answer_plain() == "But this time it uses Obsidian hierarchical tags."
    assert items["Were they successful?"].locator.line == 36 and items["Examples"].locator.line == 25
    assert {k for k, i in items.items() if i.reverse} == {"Examples", "Also reversed", "Capital of Italy"}
    assert any("car.md:45" in m and "reminder" in m for m in said)
    col = open_collection(tmp_path / "anki")
    try:
        import_apkg(col, next(out.glob("*.apkg")))
        landed = {n["fields"]["Question"] if "Question" in n["fields"] else n["fields"]["Text"]: n for n in anki_notes(col).values()}
        assert landed["Examples"]["notetype"] == "deckc Basic (and reversed)"
        assert landed["Car"]["notetype"] == "deckc Basic"
        assert "open-source" in landed["Were they successful?"]["tags"] and "demo" in landed["Car"]["tags"]
        assert col.card_count() == len(landed) + 3  # (a second card for each reversed note)
    finally:
        col.close()


# obsidian-to-anki (Obsidian_to_Anki) notes in the shapes its wiki documents: blocks, inline notes, file tags, ids
O2A_NOTE = """TARGET DECK: Biology::Cells

FILE TAGS: biology cells

# Cells

START
Basic
This is a test about ribosomes.
And the test is continuing.
Back: Ribosomes make proteins.
They read mRNA.
<!--ID: 1709834947146-->
END

START
Cloze
Text: The {{c1::nucleus}} holds the {{c2::DNA}}.
Extra: Only in eukaryotes.
<!--ID: 1709834947147-->
END

- STARTI [Basic] What is ATP? Back: The energy currency of the cell. ENDI
- STARTI [Basic] What is NADH? Back: An electron carrier. ENDI
"""

# its Cloze Paragraph style with CurlyCloze: any paragraph holding '{…}' deletions, once the plugin has synced it
O2A_CLOZES = """The idea of {cloze paragraph style} is to recognise any paragraph that contains {cloze deletions}.
<!--ID: 1709834947170-->

Paragraphs with math like $\\frac{3}{4}$ but no deletions stay text.

With {2:CurlyCloze} enabled, you can also use the {c1|easier cloze formatting},
but of course {{c3::Anki}}'s formatting is always an option.
"""


def test_obsidian_to_anki_blocks_inline_notes_and_curly_clozes(tmp_path: Path) -> None:
    """trial21 known-3: a block's first field written without 'Front:' over two lines had the file's tags glued into
    its front, a Cloze block's Extra was text outside any question, inline notes in a list were no cards, and the
    Cloze Paragraph style's '{…}' deletions made no card."""
    notes, skipped, said = built_notes(tmp_path, {"cells.md": O2A_NOTE, "clozes.md": O2A_CLOZES})
    by = {note_front(n): n for n in notes}
    front = "This is a test about ribosomes. And the test is continuing."
    assert front in by and {"biology", "cells"} <= set(by[front]["tags"])
    assert note_back(by[front]) == "Ribosomes make proteins. They read mRNA."
    cloze = next(n for n in notes if "nucleus" in n["fields"].get("Text", ""))
    assert "Only in eukaryotes." in cloze["fields"]["Extra"] and {"biology", "cells"} <= set(cloze["tags"])
    assert note_back(by["What is ATP?"]) == "The energy currency of the cell." and "biology" in by["What is ATP?"]["tags"]
    assert "What is NADH?" in by
    texts = sorted(n["fields"]["Text"] for n in notes if "Text" in n["fields"] and "nucleus" not in n["fields"]["Text"])
    assert [re.sub(r"<[^>]+>", "", t) for t in texts] == [
        "The idea of {{c1::cloze paragraph style}} is to recognise any paragraph that contains {{c2::cloze deletions}}.",
        "With {{c2::CurlyCloze}} enabled, you can also use the {{c1::easier cloze formatting}}, but of course {{c3::Anki}}'s formatting is always an option.",
    ]
    assert not any("ID:" in str(n["fields"]) for n in notes) and not skipped
    assert [m for m in said if "not in any card" in m] == [m for m in said if "clozes.md:4" in m]  # (the maths paragraph only)


def test_a_banks_own_tags_are_every_cards(tmp_path: Path) -> None:
    """A YAML bank's top-level 'tags:' beside its cards tag every card (they were dropped); a list of objects under
    such a key is no tag list."""
    bank = "title: Spanish verbs\ntags: [spanish, verbs]\ncards:\n  - front: hablar\n    back: to speak\n  - front: comer\n    back: to eat\n    tags: [er-verbs]\n"
    notes, _, _ = built_notes(tmp_path, {"verbs.yaml": bank})
    assert sorted((note_front(n), sorted(t for t in n["tags"] if "::" not in t)) for n in notes) == [
        ("comer", ["er-verbs", "spanish", "verbs"]),
        ("hablar", ["spanish", "verbs"]),
    ]


# notes kept as AnkiConnect's addNotes takes them (scripts and assistants write them so)
ANKICONNECT = """{"notes": [
 {"deckName": "Bio", "modelName": "Basic", "fields": {"Front": "What is ATP?", "Back": "The energy currency"}, "tags": ["bio"]},
 {"deckName": "Bio", "modelName": "Basic (and reversed card)", "fields": {"Front": "Osmosis", "Back": "Diffusion of water"}, "tags": ["bio"]},
 {"deckName": "Bio", "modelName": "Basic (optional reversed card)", "fields": {"Front": "Diffusion", "Back": "Spreading out"}},
 {"deckName": "Bio", "modelName": "Cloze", "fields": {"Text": "The {{c1::nucleus}} holds the DNA", "Back Extra": "In eukaryotes"}}
]}
"""


def test_ankiconnect_notes_as_json(tmp_path: Path) -> None:
    """trial21: AnkiConnect's notes put 'deckName: Bio' and 'modelName: Basic' on every back, a 'Basic (and reversed
    card)' note asked one way and a cloze's 'Back Extra' was lost. The note type is no text, a reversed one asks each
    way, the deck is the section, the Extra the cloze's."""
    notes, skipped, _ = built_notes(tmp_path, {"anki.json": ANKICONNECT})
    by = {note_front(n) or n["fields"]["Text"]: n for n in notes}
    assert note_back(by["What is ATP?"]) == "The energy currency" and by["What is ATP?"]["fields"]["Section"] == "Bio"
    assert [k for k, n in by.items() if n["notetype"] == "deckc Basic (and reversed)"] == ["Osmosis"]
    cloze = by["The {{c1::nucleus}} holds the DNA"]
    assert plain_text(cloze["fields"]["Extra"]) == "In eukaryotes" and not skipped


# the Flashcards plugin's v2 fenced cards (its USAGE.md), then an inline list
FENCED = """# Web

```flashcard
front: What does CSS stand for?
back: Cascading Style Sheets, a stylesheet language for HTML and XML.
```

```flashcard
front: What is the CAP theorem?
back: A distributed store provides at most two of:
Consistency, Availability, Partition-tolerance.
type: basic
```

```flashcard
type: reversed
front: HTTP
back: Hypertext Transfer Protocol
```

```flashcard
type: reminder
content: Prefer reversible decisions when uncertainty is high.
```

- First question?::First answer.
- Second question?::Second answer.
"""


def test_flashcards_plugin_fenced_cards(tmp_path: Path) -> None:
    """trial21 known-2 rest: v2's '```flashcard' blocks (front: / back: / type:) were code, 'text outside any
    question'; each is a card (a value over several lines kept whole, 'type: reversed' both ways), a reminder said at
    its line, and the text after them none of their backs."""
    notes, _, said = built_notes(tmp_path, {"web.md": FENCED})
    by = {note_front(n): n for n in notes}
    assert set(by) == {"What does CSS stand for?", "What is the CAP theorem?", "HTTP", "First question?", "Second question?"}
    assert note_back(by["What is the CAP theorem?"]) == "A distributed store provides at most two of: Consistency, Availability, Partition-tolerance."
    assert by["HTTP"]["notetype"] == "deckc Basic (and reversed)" and note_back(by["HTTP"]) == "Hypertext Transfer Protocol"
    assert any("web.md:21" in m and "reminder" in m for m in said) and not any("not in any card" in m for m in said)


def test_inline_card_whose_front_holds_a_semicolon(tmp_path: Path) -> None:
    """trial21 T21-10: 'An acid donates a proton; a base::accepts a proton' was no card and took its paragraph's other
    card with it; a semicolon between clauses of words is text ('int x; std::string s' stays no card)."""
    page = "#flashcards/chemistry\n\nWhat is the pH of pure water at 25 °C?::7\nAn acid donates a proton; a base::accepts a proton\n"
    notes, _, _ = built_notes(tmp_path, {"acids.md": page})
    assert sorted(note_front(n) for n in notes) == ["An acid donates a proton; a base", "What is the pH of pure water at 25 °C?"]
    from compiler.sources.lines import inline_card

    assert inline_card("int x; std::string s;") is None and inline_card("x = 1; y::z") is None


def _code_package(path: Path) -> Path:
    """A real Anki package (the anki package's own export) of Basic notes whose fronts hold code."""
    from anki.collection import Collection, ExportAnkiPackageOptions

    path.parent.mkdir(parents=True, exist_ok=True)
    col = Collection(str(path.parent / "col.anki2"))
    try:
        deck = col.decks.id("Snippets")
        for front, back in (
            ("What does this print?<pre><code>x = [1, 2, 3]\nprint(x[-1])\n</code></pre>", "3"),
            ("Fix the bug:<pre><code>def add(a, b):\n    return a - b\n</code></pre>", "Use <code>a + b</code>."),
            ("What is <code>len('abc')</code>?", "3"),
        ):
            note = col.new_note(col.models.by_name("Basic"))
            note["Front"], note["Back"] = front, back
            col.add_note(note, deck)
        options = ExportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False, with_media=False, legacy=False)
        col.export_anki_package(out_path=str(path), options=options, limit=None)
    finally:
        col.close()
    return path


def test_anki_fronts_keep_their_code(tmp_path: Path) -> None:
    """trial21 T21-23: an Anki package's fronts holding '<pre><code>' had the program squashed into the question's line
    (Python's indentation gone) and inline '<code>' dropped; the code is shown whole under the question, the inline
    code as code. The same in Anki's plain-text export (#html:true)."""
    package = _code_package(tmp_path / "pkg" / "snippets.apkg")
    export = (
        "#separator:tab\n#html:true\n#notetype column:1\n"
        "Basic\tWhat does this print?<pre><code>x = [1, 2, 3]<br>print(x[-1])</code></pre>\t3\n"
        'Basic\t"What is <code>len(""abc"")</code>?"\t3\n'
    )
    notes, _, _ = built_notes(tmp_path, {"snippets.apkg": package, "export.txt": export})
    fronts = {plain_text(n["fields"]["Question"]): n["fields"]["Question"] for n in notes}
    assert "What does this print? x = [1, 2, 3] print(x[-1])" in fronts, sorted(fronts)
    shown = fronts["What does this print? x = [1, 2, 3] print(x[-1])"]
    assert shown.index("What does this print?") < shown.index("<pre") and "print(x[-1])" in shown
    bug = next(html for text, html in fronts.items() if text.startswith("Fix the bug:"))
    assert "<pre" in bug and "    return a - b" in re.sub(r"<[^>]+>", "", bug)
    assert "What is <code>len('abc')</code>?" in fronts.values()
    assert 'What is <code>len("abc")</code>?' in fronts.values()


def test_decorative_icons_are_dropped_unsaid() -> None:
    """trial21 T21-12 (its icon part): a GitHub page's heading anchors ('<svg aria-hidden="true" class="octicon">')
    copied into 35 notes were each 'active content removed (a script, style, embed …)'; decorative icons are dropped
    unsaid, an svg that is no decoration is still counted."""
    from compiler.sources.markdown_blocks import active_content

    assert active_content('<h2><a><svg aria-hidden="true" class="octicon"><path d="M4"></path></svg></a>Title</h2>') == 0
    assert active_content("<svg><script>alert(1)</script></svg>") == 2


def test_dataview_fields_under_the_title_are_no_cards(tmp_path: Path) -> None:
    """trial21 T21-31: 'author:: J. R. R. Tolkien', 'published:: 1937', 'rating:: 4' right under a note's front matter
    and title were three junk cards; they are the page's fields. A vocabulary page's 'el perro:: the dog' lines stay cards."""
    note = (
        "---\ntags: book\n---\n# The Hobbit\n\nauthor:: J. R. R. Tolkien\npublished:: 1937\nrating:: 4\n\n## Questions\n\n"
        "Who is the dragon in The Hobbit?::Smaug\nWhat is Bilbo's home called?::Bag End\n"
    )
    vocab = "# Spanish\n\nel perro:: the dog\nel gato:: the cat\nel caballo:: the horse\n"
    notes, _, _ = built_notes(tmp_path, {"hobbit.md": note, "spanish.md": vocab})
    assert sorted(note_front(n) for n in notes) == ["What is Bilbo's home called?", "Who is the dragon in The Hobbit?", "el caballo", "el gato", "el perro"]


def test_gift_essay_is_listed_as_skipped(tmp_path: Path) -> None:
    """trial21 T21-24: a GIFT essay ('::Essay::Explain duck typing.{}') was said 'not read' but missing from the
    manifest's skipped list; it is listed there, at its line, with why."""
    quiz = "::Q1:: What is 2+2? {=4 ~3 ~5}\n\n::Essay::Explain duck typing.{}\n"
    notes, skipped, _ = built_notes(tmp_path, {"quiz.gift": quiz})
    assert [note_front(n) for n in notes] == ["What is 2+2?"]
    assert [(s["question"], s["line"], s["skipped"]) for s in skipped] == [("Explain duck typing.", 3, "an essay question")]
