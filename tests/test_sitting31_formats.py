"""Thirty-first sitting, formats: the trial-30 findings on Obsidian Spaced Repetition clozes, bulleted ``term::definition``
cards, AsciiDoc glossaries and options keyed by colour (T30-22, T30-30, T30-31, T30-32)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front, plain_text

K8S_GLOSSARY = """= Kubernetes Glossary
:toc:

== Core objects

Pod:: The smallest deployable unit; one or more containers sharing network and storage.
Node:: A worker machine, virtual or physical, that runs pods.
Deployment::
A controller that keeps a set of identical pods running.
+
It supports rolling updates and rollbacks.
Service::
  An abstraction that exposes a set of pods as a network service.

== Networking

Ingress:: Routes external HTTP traffic to services.
kube-proxy:: maintains network rules on each node.
"""

NESTED_GLOSSARY = """= Programming languages

Compiled languages::
C;; Low-level systems language created by Dennis Ritchie.
Rust;; Memory-safe systems language without a garbage collector.
Interpreted languages::
Python;; High-level language that emphasises readability.
Ruby;; Dynamic language designed by Yukihiro Matsumoto.
"""

STYLED_GLOSSARY = """= Chemistry terms
Jane Doe
v1.0, 2026-01-05
:description: Week 2 glossary

== Definitions

[glossary]
acid::
  a substance that donates protons
base::
  a substance that accepts protons
buffer:: a solution that resists changes in pH
+
Example: acetic acid with sodium acetate.
"""


def _cards(notes: list[dict]) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    return sorted((note_front(n), note_back(n), plain_text(n["fields"].get("Section", ""))) for n in notes)


def test_an_asciidoc_glossary_is_a_card_per_term_with_its_attached_paragraphs(tmp_path: Path) -> None:
    """T30-32: a term whose definition starts on the next line (at the margin or indented) and a paragraph a ``+``
    attaches to it are that term's card; before, 'Deployment' and 'Service' were lost and their text a warning."""
    notes, _, said = built_notes(tmp_path, {"k8s.adoc": K8S_GLOSSARY})
    assert _cards(notes) == [
        ("Deployment", "A controller that keeps a set of identical pods running. It supports rolling updates and rollbacks.", "Core objects"),
        ("Ingress", "Routes external HTTP traffic to services.", "Networking"),
        ("Node", "A worker machine, virtual or physical, that runs pods.", "Core objects"),
        ("Pod", "The smallest deployable unit; one or more containers sharing network and storage.", "Core objects"),
        ("Service", "An abstraction that exposes a set of pods as a network service.", "Core objects"),
        ("kube-proxy", "maintains network rules on each node.", "Networking"),
    ]
    assert not [s for s in said if "outside any question" in s], said


def test_a_nested_asciidoc_list_names_the_group_of_its_terms(tmp_path: Path) -> None:
    """T30-32: ``Compiled languages::`` over ``C;; …`` / ``Rust;; …`` is a group over two term cards; before, 'Compiled
    languages, C' was one card and the group's name was on its front."""
    notes, _, said = built_notes(tmp_path, {"langs.adoc": NESTED_GLOSSARY})
    assert _cards(notes) == [
        ("C", "Low-level systems language created by Dennis Ritchie.", "Compiled languages"),
        ("Python", "High-level language that emphasises readability.", "Interpreted languages"),
        ("Ruby", "Dynamic language designed by Yukihiro Matsumoto.", "Interpreted languages"),
        ("Rust", "Memory-safe systems language without a garbage collector.", "Compiled languages"),
    ], said


def test_an_asciidoc_glossary_style_list_and_its_header_lines(tmp_path: Path) -> None:
    """T30-32: a ``[glossary]`` list of terms defined on the next line is a card per term (it was one card 'Definitions'
    listing them), and the author and revision lines under the document title are no text of any card."""
    notes, _, said = built_notes(tmp_path, {"chem.adoc": STYLED_GLOSSARY})
    assert _cards(notes) == [
        ("acid", "a substance that donates protons", "Definitions"),
        ("base", "a substance that accepts protons", "Definitions"),
        ("buffer", "a solution that resists changes in pH Example: acetic acid with sodium acetate.", "Definitions"),
    ]
    assert not [s for s in said if "outside any question" in s], said


SR_CLOZES_ONLY = """#flashcards/historia

# Tratado de Versalles

El tratado se firmó en ==1919==[^1] y puso fin a la ==Primera Guerra Mundial==[^2]; se firmó en la ==Galería de los Espejos==[^1].

Kaleida, funded to the tune of ==$40 million==^[USD]
by Apple Computer and IBM in ==1991==^[year]

`a == b` compares, while ==assignment== is written `a = b`.
"""

SR_FRONT_MATTER = """---
tags:
  - flashcards
---

# Chemistry

Water boils at **100 °C** at sea level.

The pH of a neutral solution is ==7==.
"""

PLAIN_NOTES = """# Reading notes

Kahneman describes ==System 1== as fast and intuitive.

The key idea is that ==we trust intuition too much==.
"""


def test_a_page_of_spaced_repetition_clozes_only_is_read_as_the_plugin_reads_it(tmp_path: Path) -> None:
    """T30-30: a page tagged ``#flashcards`` holding clozes and nothing else was one card per heading, its highlights a
    back; each paragraph is a cloze note, each deletion a sibling card, the plugin's groups ``[^1]`` Anki's numbers, its
    hints ``^[USD]`` Anki's hints, code spans never deletions. Checked in a real Anki collection: the cards it makes."""
    from ankiutil import import_apkg, open_collection

    from compiler.build import build

    out = tmp_path / "build"
    result = build(deck_of(tmp_path, {"versalles.md": SR_CLOZES_ONLY}), out, formats=("apkg",), now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.items]
    assert not [s for s in said if "outside any question" in s], said
    col = open_collection(tmp_path / "anki")
    try:
        import_apkg(col, next(out.glob("*.apkg")))
        texts = sorted(
            (n.fields[0], n.note_type()["name"], len(n.cards()), sorted(n.tags)) for n in (col.get_note(i) for i in col.find_notes(""))
        )
    finally:
        col.close()
    assert [(t, name, cards) for t, name, cards, _ in texts] == [
        (
            "El tratado se firmó en {{c1::1919}} y puso fin a la {{c2::Primera Guerra Mundial}}; se firmó en la "
            "{{c1::Galería de los Espejos}}.",
            "deckc Cloze",
            2,
        ),
        ("Kaleida, funded to the tune of {{c1::$40 million::USD}} by Apple Computer and IBM in {{c2::1991::year}}", "deckc Cloze", 2),
        ("`a == b` compares, while {{c1::assignment}} is written `a = b`.", "deckc Cloze", 1),
    ]
    assert all("flashcards::historia" in tags for *_, tags in texts)


def test_bold_clozes_are_read_when_the_source_says_so_and_said_when_not(tmp_path: Path) -> None:
    """T30-30: a page tagged in its front matter is a Spaced Repetition page; ``**bold**`` deletions (the plugin's
    setting) make clozes with ``sr_clozes = ["highlight", "bold"]``; without it the paragraph is said at its line with
    the line to add, never silently a card of another kind."""
    notes, _, said = built_notes(tmp_path / "default", {"chem.md": SR_FRONT_MATTER})
    assert sorted(n["fields"]["Text"] for n in notes) == ["The pH of a neutral solution is {{c1::7}}."]
    told = [s for s in said if "chem.md:8:" in s]
    assert len(told) == 1 and 'add sr_clozes = ["highlight", "curly", "bold"]' in told[0], said
    table = '[[source]]\nid = "chem"\nfile = "sources/chem.md"\nlayout = "markdown"\nsr_clozes = ["highlight", "bold"]\n'
    notes, _, said = built_notes(tmp_path / "bold", {"chem.md": SR_FRONT_MATTER}, table)
    assert sorted(n["fields"]["Text"] for n in notes) == [
        "The pH of a neutral solution is {{c1::7}}.",
        "Water boils at {{c1::100 °C}} at sea level.",
    ], said
    assert not [s for s in said if "outside any question" in s], said


def test_highlights_in_notes_not_tagged_for_flashcards_stay_highlights(tmp_path: Path) -> None:
    """T30-30: the plugin reads only notes tagged for it; another note's highlights are emphasis, no cloze."""
    notes, _, _ = built_notes(tmp_path, {"reading.md": PLAIN_NOTES})
    assert [n["notetype"] for n in notes] == ["deckc Basic"]
    assert "<mark>System 1</mark>" in notes[0]["fields"]["Answer"]


def test_a_tagged_note_of_a_vault_read_one_note_per_file_gives_the_plugin_clozes(tmp_path: Path) -> None:
    """T30-30: the one-note-per-file reader reads the plugin's clozes by the same rules (hints, front matter tag)."""
    note = "---\ntags: [flashcards/biochem]\n---\nEach turn yields ==3 NADH==^[count] and ==1 FADH2==.\n"
    table = '[[source]]\nid = "krebs"\nfile = "sources/Krebs cycle.md"\nlayout = "note"\n'
    notes, _, said = built_notes(tmp_path, {"Krebs cycle.md": note}, table)
    assert [n["fields"]["Text"] for n in notes] == ["Each turn yields {{c1::3 NADH::count}} and {{c2::1 FADH2}}."], said


BULLETED_TERMS = """# Biology glossary

- mitochondria::the powerhouse of the cell
- ribosome::site of protein synthesis
- cell membrane :: a lipid bilayer that surrounds the cell
- **nucleus**::holds the genetic material
- [[Golgi apparatus]]:::modifies and packages proteins

# Chemistry

* Acids
    * HCl::hydrochloric acid, a strong acid
    * H2SO4::sulfuric acid, a strong diprotic acid
* Bases
    * NaOH::sodium hydroxide, a strong base
"""

SCOPES_IN_BULLETS = """# C++ containers

- std::vector is a dynamic array
- std::map is an ordered tree

Notes on `std::vector`.
"""


def test_bulleted_term_definition_lines_are_a_card_each(tmp_path: Path) -> None:
    """T30-31: ``- term::definition`` entries whose definitions are in lower case (``*`` bullets and nested under a
    group entry too) are a card each, the bullet no part of the front, ``:::`` a card each way; before, the list was
    one card 'Biology glossary' printing every ``::``."""
    notes, _, said = built_notes(tmp_path, {"bio.md": BULLETED_TERMS})
    cards = sorted((note_front(n), note_back(n), plain_text(n["fields"].get("Section", "")), n["notetype"]) for n in notes)
    assert cards == [
        ("Golgi apparatus", "modifies and packages proteins", "Biology glossary", "deckc Basic (and reversed)"),
        ("H2SO4", "sulfuric acid, a strong diprotic acid", "Chemistry › Acids", "deckc Basic"),
        ("HCl", "hydrochloric acid, a strong acid", "Chemistry › Acids", "deckc Basic"),
        ("NaOH", "sodium hydroxide, a strong base", "Chemistry › Bases", "deckc Basic"),
        ("cell membrane", "a lipid bilayer that surrounds the cell", "Biology glossary", "deckc Basic"),
        ("mitochondria", "the powerhouse of the cell", "Biology glossary", "deckc Basic"),
        ("nucleus", "holds the genetic material", "Biology glossary", "deckc Basic"),
        ("ribosome", "site of protein synthesis", "Biology glossary", "deckc Basic"),
    ], said


def test_scope_operators_in_bullets_stay_text(tmp_path: Path) -> None:
    """T30-31's guard: ``- std::vector is a dynamic array`` / ``- std::map …`` name one scope twice: no card 'std'."""
    notes, _, _ = built_notes(tmp_path, {"cpp.md": SCOPES_IN_BULLETS})
    assert all(note_front(n) != "std" for n in notes)
    assert "std::vector is a dynamic array" in " ".join(note_back(n) for n in notes)


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)
QUIZ = [
    ("1. Which planet is closest to the Sun?", ["A. Venus", "B. Mercury", "C. Mars", "D. Earth"], 1),
    ("2. What is the chemical symbol for gold?", ["A. Ag", "B. Gd", "C. Au", "D. Go"], 2),
    ("3. Which gas do plants absorb from the air?", ["A. Carbon dioxide", "B. Oxygen", "C. Nitrogen", "D. Helium"], 0),
]
KEYED = [("What is the chemical symbol for gold?", "C) Au"), ("Which gas do plants absorb from the air?", "A) Carbon dioxide"),
         ("Which planet is closest to the Sun?", "B) Mercury")]  # fmt: skip


def _docx(path: Path, right: str, text: str = "", key: bool = False) -> Path:
    """A Word document of :data:`QUIZ`, each right option's run with ``right`` properties, every other run with ``text``
    (with ``key``, an 'Answer: B' line under each question's options)."""
    import zipfile

    def para(words: str, props: str) -> str:
        return f'<w:p><w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{words}</w:t></w:r></w:p>'

    body = [para("Science quiz", text)]
    for question, options, k in QUIZ:
        body += [para(question, text), *(para(o, right if n == k else text) for n, o in enumerate(options))]
        body += [para(f"Answer: {'ABCD'[k]}", text)] if key else []
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
        f'2006/main"><w:body>{"".join(body)}</w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", xml)
    return path


def _keyed(notes: list[dict]) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    return sorted((note_front(n).split(" A) ")[0], plain_text(n["fields"]["Correct"])) for n in notes)


def test_a_word_key_in_any_red_or_green_or_a_shading_marks_the_right_option(tmp_path: Path) -> None:
    """T30-22: a .docx whose right options are set in Google Docs' dark green (``38761d``), a theme's accent red
    (``C0504D``) or on a shading (``<w:shd w:fill="FFFF00"/>``, LibreOffice's and Google Docs' highlight) is keyed by
    it; before, only a few exact reds and greens were read and each question was 'none marked correct'."""
    for name, props in (
        ("green", '<w:color w:val="38761d"/>'),
        ("theme", '<w:color w:val="C0504D" w:themeColor="accent2"/>'),
        ("shaded", '<w:shd w:val="clear" w:color="auto" w:fill="FFFF00"/>'),
    ):
        notes, _, said = built_notes(tmp_path / name, {"quiz.docx": _docx(tmp_path / f"{name}.docx", props)})
        assert [n["notetype"] for n in notes] == ["deckc Multiple choice"] * 3, (name, said)
        assert _keyed(notes) == KEYED, name


def test_a_word_quiz_typed_all_in_red_is_not_keyed_by_its_colour(tmp_path: Path) -> None:
    """T30-22's guard: a colour on most of the document's text is its text colour, no key: the 'Answer: B' lines key
    it (before, every line in it was highlighted and the file's layout could not be told: no card)."""
    red = '<w:color w:val="C00000"/>'
    notes, _, said = built_notes(tmp_path, {"quiz.docx": _docx(tmp_path / "red.docx", red, red, key=True)})
    assert _keyed(notes) == KEYED, said


GOOGLE_DOCS_EXPORT = (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
    ".c0{color:#000000;font-weight:400;font-size:11pt;font-family:\"Arial\"}.c3{color:#ff0000;font-weight:400;"
    'font-size:11pt;font-family:"Arial"}.c5{background-color:#ffff00;color:#000000}.c1{padding-top:0pt;line-height:1.15}'
    '</style></head><body class="c4 doc-content"><p class="c1"><span class="c0">Science quiz</span></p>'
    + "".join(
        f'<p class="c1"><span class="c0">{q}</span></p>'
        + "".join(f'<p class="c1"><span class="{("c3", "c5", "c3")[n] if k == right else "c0"}">{o}</span></p>' for k, o in enumerate(opts))
        for n, (q, opts, right) in enumerate(QUIZ)
    )
    + "</body></html>"
)


def test_a_google_docs_export_keyed_by_colour_and_highlight(tmp_path: Path) -> None:
    """T30-22: Google Docs' HTML export colours an option's whole paragraph, label and all, through a class of its
    stylesheet (``.c3{color:#ff0000}``); the label is kept outside the colour, so the option is read and keyed (before:
    the options were 'text outside any item' and no card)."""
    notes, _, said = built_notes(tmp_path, {"quiz.html": GOOGLE_DOCS_EXPORT})
    assert [n["notetype"] for n in notes] == ["deckc Multiple choice"] * 3, said
    assert _keyed(notes) == KEYED


TIDDLERS = {
    "DNS port": "created: 20240311093512345\nmodified: 20240311093512345\ntags: Networking Flashcard\ntitle: DNS port\n"
    "type: text/vnd.tiddlywiki\n\n!! Question\nWhich port does DNS use by default?\n\n!! Answer\n''53'' (UDP, and TCP for "
    "zone transfers)\n",
    "OSI layers": "created: 20240311094012345\nmodified: 20240311094012345\ntags: Networking [[Exam prep]]\ntitle: OSI layers\n"
    "type: text/vnd.tiddlywiki\n\n!! Question\nName the OSI layer responsible for routing.\n\n!! Answer\nLayer 3, the "
    "//network layer//. See also [[TCP handshake]].\n",
    "TCP handshake": "created: 20240311093012345\nmodified: 20240312101500000\ntags: Networking Flashcard\n"
    "title: TCP handshake\ntype: text/vnd.tiddlywiki\n\n!! Question\nWhat are the three steps of the TCP handshake?\n\n"
    "!! Answer\n# SYN\n# SYN-ACK\n# ACK\n",
}
TIDDLER_CARDS = [
    ("Name the OSI layer responsible for routing.", "Layer 3, the network layer . See also TCP handshake."),
    ("What are the three steps of the TCP handshake?", "SYN SYN-ACK ACK"),
    ("Which port does DNS use by default?", "53 (UDP, and TCP for zone transfers)"),
]


def test_tiddlywiki_tiddlers_are_read_as_notes_with_their_fields_as_front_matter(tmp_path: Path) -> None:
    """T31-9: a folder of ``.tid`` files (and the wiki's ``$__StoryList.tid`` system tiddler) was "not read"; each
    tiddler's ``!! Question`` / ``!! Answer`` is a card, its header's tags the card's tags (``[[Exam prep]]`` one tag),
    its wikitext Markdown (``''bold''``, ``//italic//``, ``# `` entries, ``[[links]]``), the system tiddler left out."""
    files: dict[str, str | Path] = {f"tw/{name}.tid": text for name, text in TIDDLERS.items()}
    files["tw/$__StoryList.tid"] = "list: [[TCP handshake]] [[DNS port]]\ntitle: $:/StoryList\n"
    notes, _, said = built_notes(tmp_path, files)
    assert sorted((note_front(n), note_back(n)) for n in notes) == TIDDLER_CARDS, said
    osi = next(n for n in notes if note_front(n).startswith("Name the OSI"))
    assert {"Networking", "Exam-prep"} <= set(osi["tags"]), osi["tags"]
    assert "<strong>53</strong>" in next(n for n in notes if "DNS" in note_front(n))["fields"]["Answer"]
    assert not [s for s in said if "StoryList" in s or "created:" in s], said


def test_tiddlers_saved_as_text_read_alike(tmp_path: Path) -> None:
    """T31-10: the same tiddlers renamed ``.txt`` were one 'qa' file of three nonsense cards ('created: 2024…' asked)
    and two 'cannot tell the layout'; their header is front matter, and they read as the ``.tid`` files do."""
    notes, _, said = built_notes(tmp_path, {f"tw/{name}.txt": text for name, text in TIDDLERS.items()})
    assert sorted((note_front(n), note_back(n)) for n in notes) == TIDDLER_CARDS, said
    assert not [s for s in said if "cannot tell" in s], said


def test_a_tiddler_that_asks_nothing_is_a_note_under_its_title(tmp_path: Path) -> None:
    """T31-9: a plain tiddler (no question) is a note fronted by its ``title`` field."""
    text = "created: 20240101000000000\ntitle: Photosynthesis\ntype: text/vnd.tiddlywiki\n\nPlants make glucose from\n''light'', water and CO2.\n"
    notes, _, said = built_notes(tmp_path, {"Photosynthesis.tid": text})
    assert [(note_front(n), note_back(n)) for n in notes] == [("Photosynthesis", "Plants make glucose from light , water and CO2.")], said


CHAT_LABELS = """Here are your flashcards for **Spanish irregular verbs (preterite)**:

**Flashcard 1**
- **Front:** ser / ir (yo)
- **Back:** fui

**Flashcard 2**
- **Front:** tener (él)
- **Back:** tuvo

**Flashcard 3**
- **Front:** hacer (nosotros)
- **Back:** hicimos

---

Would you like me to turn these into an Anki-ready CSV?
"""
VERBS = [("hacer (nosotros)", "hicimos"), ("ser / ir (yo)", "fui"), ("tener (él)", "tuvo")]


def test_chatbot_flashcards_with_labelled_sides_are_a_card_each(tmp_path: Path) -> None:
    """T31-22: a chat assistant's cards as a labelled list (``- **Front:** …`` / ``- **Back:** …``) gave no card, and
    without the bold one note holding every front and back; the chat's lines and card numbers are no text."""
    for name, text in (("bold", CHAT_LABELS), ("plain", CHAT_LABELS.replace("**", ""))):
        notes, _, said = built_notes(tmp_path / name, {"verbs.md": text})
        assert sorted((note_front(n), note_back(n)) for n in notes) == VERBS, (name, said)
        assert not [s for s in said if "outside" in s], said
    german = CHAT_LABELS.replace("Front:", "Vorderseite:").replace("Back:", "Rückseite:")
    notes, _, said = built_notes(tmp_path / "de", {"verben.md": german})
    assert sorted((note_front(n), note_back(n)) for n in notes) == VERBS, said


def test_an_excel_workbook_renamed_csv_is_named_as_such(tmp_path: Path) -> None:
    """T31-37: an Excel workbook saved under '.csv' was called "a zip archive (an Anki package .apkg/.colpkg, a Word
    .docx or an export in a .zip?)"; its members say what it is and the name to give it."""
    import io
    import zipfile

    from compiler.build import build

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>')
    (tmp_path / "vocab.csv").write_bytes(data.getvalue())
    import pytest

    from compiler.diagnostics import ContentError

    with pytest.raises(ContentError) as raised:
        build(deck_of(tmp_path, {"vocab.csv": tmp_path / "vocab.csv"}), tmp_path / "build", formats=("json",), now=1_000)
    # (a warning since trial41 T41-2: a workbook under '.csv' deck.toml does not list leaves the rest of a deck to build)
    assert "vocab.csv:1: warning: not read: binary file, not a text document (NUL bytes): it looks like an Excel workbook: rename it .xlsx" in str(
        raised.value
    )
