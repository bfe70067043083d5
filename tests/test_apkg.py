"""Anki packages (.apkg, .colpkg) dropped into sources/ build with no config.

The packages are made here the way users get them: by genanki (a legacy package, as many shared
decks are generated) and by the real Anki backend (the `anki` test dependency: a collection exported
as a legacy and as a current package, and as a collection backup).  The deck deckc builds from them
is imported into a fresh real collection and read back.  Nothing of Anki is mocked.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import genanki
import pytest
from ankiutil import import_apkg, notes, open_collection
from click.testing import CliRunner

from compiler.build import build
from compiler.cli import main

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8 + b"a small picture" * 20
AUDIO = b"ID3 not really audio" * 4
OTHER_PNG = b"\x89PNG\r\n\x1a\n" + b"\x01" * 8 + b"another picture" * 20


def deck_folder(tmp: Path, *packages: Path, table: str = "") -> Path:
    content = tmp / "content"
    (content / "sources").mkdir(parents=True, exist_ok=True)
    for package in packages:
        (content / "sources" / package.name).write_bytes(package.read_bytes())
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n{table}', encoding="utf-8")
    return content


def manifest(build_dir: Path) -> dict:
    return json.loads((build_dir / "mine.json").read_text(encoding="utf-8"))


def by_question(build_dir: Path) -> dict[str, dict]:
    return {n["fields"].get("Question") or n["fields"]["Text"]: n for n in manifest(build_dir)["notes"]}


# --- packages made by the real Anki backend ---------------------------------------------------------


def anki_collection(folder: Path):  # type: ignore[no-untyped-def]
    col = open_collection(folder)
    media = Path(col.media.dir())
    (media / "cell.png").write_bytes(PNG)
    (media / "chat.mp3").write_bytes(AUDIO)
    cells = col.decks.id("Biology::Cells")
    geo = col.decks.id("Geography")
    basic = col.models.by_name("Basic")
    note = col.new_note(basic)
    note["Front"] = "What is a <b>cell</b>?"
    note["Back"] = 'The smallest unit of life.<br><img src="cell.png">'
    note.tags = ["biology", "cells::basics"]
    col.add_note(note, cells)
    note = col.new_note(col.models.by_name("Basic (and reversed card)"))
    note["Front"] = "le chat"
    note["Back"] = "the cat [sound:chat.mp3]"
    col.add_note(note, cells)
    note = col.new_note(col.models.by_name("Basic (optional reversed card)"))
    note["Front"] = "der Hund"
    note["Back"] = "the dog"
    note["Add Reverse"] = "y"
    col.add_note(note, cells)
    note = col.new_note(col.models.by_name("Basic (optional reversed card)"))
    note["Front"] = "What does a ribosome make?"
    note["Back"] = "Proteins."
    col.add_note(note, cells)
    note = col.new_note(col.models.by_name("Cloze"))
    note["Text"] = "{{c1::Paris}} is the capital of {{c2::France}}."
    note["Back Extra"] = "Since 508."
    note.tags = ["geo"]
    col.add_note(note, geo)
    note = col.new_note(col.models.by_name("Image Occlusion"))
    note["Occlusion"] = "{{c1::image-occlusion:rect:left=.1:top=.1:width=.3:height=.2:oi=1}}"
    note["Image"] = '<img src="cell.png">'
    note["Header"] = "Parts of a cell"
    col.add_note(note, cells)
    return col


@pytest.fixture(scope="module")
def anki_packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    from anki.collection import ExportAnkiPackageOptions

    tmp = tmp_path_factory.mktemp("anki")
    col = anki_collection(tmp / "col")
    out: dict[str, Path] = {}
    try:
        for legacy in (False, True):
            path = tmp / ("legacy.apkg" if legacy else "current.apkg")
            options = ExportAnkiPackageOptions(with_scheduling=False, with_deck_configs=False, with_media=True, legacy=legacy)
            col.export_anki_package(out_path=str(path), options=options, limit=None)
            out[path.stem] = path
        out["backup"] = tmp / "backup.colpkg"
        col.export_collection_package(str(out["backup"]), include_media=True, legacy=False)
    finally:
        col.close()
    return out


@pytest.mark.parametrize("kind", ["current", "legacy", "backup"])
def test_a_package_from_anki_builds_and_lands_in_anki(kind: str, anki_packages: dict[str, Path], tmp_path: Path) -> None:
    package = anki_packages[kind]
    names = zipfile.ZipFile(package).namelist()
    assert ("collection.anki21b" in names) == (kind != "legacy")  # the formats meant: zstd (schema 18) and legacy
    content = deck_folder(tmp_path, package)
    result = build(content, tmp_path / "build", formats=("apkg", "json"), now=1_000)
    assert result.compiled is not None
    warnings = [d.message for d in result.compiled.diagnostics.warnings]
    assert any("1 Image Occlusion note make no card" in w for w in warnings), warnings
    assert not any("audio" in w for w in warnings)  # the package holds its audio: packed like pictures
    found = manifest(tmp_path / "build")
    assert found["summary"]["items_read"] == found["summary"]["items_accounted"] == 6, found["summary"]
    assert [s["skipped"] for s in found["skipped"]] == ["image occlusion"]
    assert found["skipped"][0]["file"] == f"sources/{package.name}"

    notes_ = by_question(tmp_path / "build")
    assert set(notes_) == {
        "What is a cell?",
        "le chat",
        "der Hund",
        "What does a ribosome make?",
        "{{c1::Paris}} is the capital of {{c2::France}}.",
    }
    cell = notes_["What is a cell?"]
    assert cell["notetype"] == "deckc Basic"
    assert 'The smallest unit of life.<br><img src="cell.png">' in cell["fields"]["Answer"]
    assert {"biology", "cells::basics"} <= set(cell["tags"])
    assert cell["fields"]["Section"] == "Biology › Cells"
    assert notes_["le chat"]["notetype"] == "deckc Basic (and reversed)"
    assert notes_["le chat"]["fields"]["Answer"] == "the cat [sound:chat.mp3]"  # Anki plays it
    assert notes_["der Hund"]["notetype"] == "deckc Basic (and reversed)"  # Add Reverse set
    assert notes_["der Hund"]["fields"]["Answer"] == "the dog"  # the Add Reverse flag is no text
    assert notes_["What does a ribosome make?"]["notetype"] == "deckc Basic"  # Add Reverse empty: one way
    cloze = notes_["{{c1::Paris}} is the capital of {{c2::France}}."]
    assert cloze["notetype"] == "deckc Cloze" and "Since 508." in cloze["fields"]["Extra"]
    assert cloze["fields"]["Section"] == "Geography" and "geo" in cloze["tags"]

    # the original GUIDs are kept: re-importing into the collection they came from meets its own notes
    with zipfile.ZipFile(tmp_path / "build" / "mine.apkg") as built:
        media = json.loads(built.read("media"))
        assert sorted(media.values()) == ["cell.png", "chat.mp3"]
        assert built.read(next(k for k, v in media.items() if v == "cell.png")) == PNG

    col = open_collection(tmp_path / "fresh")
    try:
        log = import_apkg(col, tmp_path / "build" / "mine.apkg")
        assert log.new == 5
        landed = {n["fields"].get("Question") or n["fields"]["Text"]: n for n in notes(col).values()}
        assert (Path(col.media.dir()) / "cell.png").read_bytes() == PNG
        assert (Path(col.media.dir()) / "chat.mp3").read_bytes() == AUDIO
        assert landed["What is a cell?"]["fields"]["Question"] == "What is a cell?"
        assert {"biology", "cells::basics"} <= set(landed["What is a cell?"]["tags"])
        cards = col.db.scalar("select count() from cards where nid = ?", landed["le chat"]["nid"])
        assert cards == 2  # a card each way
        assert col.db.scalar("select count() from cards where nid = ?", landed["What does a ribosome make?"]["nid"]) == 1
    finally:
        col.close()


def test_the_guids_are_the_packages_own_and_a_rebuild_is_byte_identical(anki_packages: dict[str, Path], tmp_path: Path) -> None:
    from compiler.sources.apkg import open_package

    package = anki_packages["current"]
    content = deck_folder(tmp_path, package)
    build(content, tmp_path / "one", formats=("apkg", "json", "csv"), now=1_000)
    build(content, tmp_path / "two", formats=("apkg", "json", "csv"), now=1_000)  # no cache: read afresh
    for name in ("mine.apkg", "mine.json", "mine.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    import sqlite3
    import tempfile

    import zstandard

    opened = open_package(content / "sources" / package.name)
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(package) as archive:
        db = Path(tmp) / "c.db"
        db.write_bytes(zstandard.ZstdDecompressor().stream_reader(archive.open(opened.collection)).read())
        con = sqlite3.connect(db)
        guids = {g for (g,) in con.execute("select guid from notes")}
        con.close()
    built = {n["guid"] for n in manifest(tmp_path / "one")["notes"]}
    assert built and built <= guids
    places = {i["line"] for n in manifest(tmp_path / "one")["notes"] for i in n["items"]}
    assert all(p > 10**12 for p in places)  # the note ids: `nid:…` in Anki's browser


# --- a legacy package made by genanki ---------------------------------------------------------------


def genanki_package(tmp: Path) -> Path:
    model = genanki.Model(
        1607392319,
        "Vocab",
        fields=[{"name": "Word"}, {"name": "Meaning"}, {"name": "Example"}],
        templates=[{"name": "Card 1", "qfmt": "{{Word}}", "afmt": "{{FrontSide}}<hr id=answer>{{Meaning}}<br>{{Example}}"}],
    )
    deck = genanki.Deck(2059400110, "Languages::French")
    deck.add_note(genanki.Note(model=model, fields=["la pomme", "the apple", "Je mange une pomme."], tags=["fruit"], guid="pomme-1"))
    deck.add_note(
        genanki.Note(model=model, fields=['la poire <img src="pear.png">', "the pear", ""], tags=["fruit"], guid="poire-1")
    )
    deck.add_note(genanki.Note(model=model, fields=["le ciel", "", ""], guid="ciel-1"))  # no answer
    deck.add_note(
        genanki.Note(model=model, fields=['la banane <img src="missing.png">', "the banana [sound:absent.mp3]", ""], guid="banane-1")
    )
    deck.add_note(  # a back written as the answer side shows it: the front again, a rule, the answer
        genanki.Note(model=model, fields=["le lait", "le lait<br><br><hr id=answer><br><br>the milk", ""], guid="lait-1")
    )
    deck.add_note(genanki.Note(model=model, fields=["[sound:bonjour.mp3]", "bonjour (hello)", ""], guid="ecoute-1"))  # listening
    cloze = genanki.Deck(2059400111, "Languages::Grammar")
    cloze.add_note(
        genanki.Note(model=genanki.CLOZE_MODEL, fields=["Le {{c1::chat}} dort.", "the cat sleeps"], guid="chat-1")
    )
    (tmp / "pear.png").write_bytes(OTHER_PNG)
    (tmp / "bonjour.mp3").write_bytes(AUDIO)
    path = tmp / "french.apkg"
    genanki.Package([deck, cloze], media_files=[str(tmp / "pear.png"), str(tmp / "bonjour.mp3")]).write_to_file(str(path))
    return path


def test_a_genanki_package_builds(tmp_path: Path) -> None:
    package = genanki_package(tmp_path)
    content = deck_folder(tmp_path, package)
    result = build(content, tmp_path / "build", formats=("apkg", "json"), now=1_000)
    assert result.compiled is not None
    text = [str(d) for d in result.compiled.diagnostics.warnings]
    missing = next(t for t in text if "missing.png" in t)
    assert "sources/french.apkg:" in missing and "not in the package's media" in missing
    assert "in Anki" in missing and "deck folder" not in missing  # advice for a package, not for a document
    assert any("question has no answer" in t for t in text)
    notes_ = by_question(tmp_path / "build")
    apple = notes_["la pomme"]
    assert apple["guid"] == "pomme-1" and "fruit" in apple["tags"]
    assert apple["fields"]["Answer"] == "the apple<p><i>Example:</i> Je mange une pomme.</p>"  # a further field: labelled
    # (every note sits in the deck 'Languages': the document's title, its subdeck the section; sitting 28)
    assert apple["fields"]["Section"] == "French" and apple["fields"]["Sources"] == "Languages"
    assert notes_['<p><img src="pear.png"></p>la poire']["fields"]["Answer"] == "the pear"  # the picture on the front
    assert notes_["<p>[image]</p>la banane"]["fields"]["Answer"] == "the banana [audio: absent.mp3]"  # missing: named, warned
    assert any("audio 'absent.mp3' is not in the package's media" in t for t in text)
    listening = notes_["<p>[sound:bonjour.mp3]</p>What do you hear?"]
    assert listening["fields"]["Answer"] == "bonjour (hello)"  # Anki plays it on the front
    assert notes_["Le {{c1::chat}} dort."]["notetype"] == "deckc Cloze"
    found = manifest(tmp_path / "build")
    assert found["summary"]["items_read"] == found["summary"]["items_accounted"] == 7
    assert [s["skipped"] for s in found["skipped"]] == ["no answer"]
    assert notes_["le lait"]["fields"]["Answer"] == "the milk"  # not the question again above the rule
    with zipfile.ZipFile(tmp_path / "build" / "mine.apkg") as built:
        media = json.loads(built.read("media"))
        assert sorted(media.values()) == ["bonjour.mp3", "pear.png"]
        assert built.read(next(k for k, v in media.items() if v == "pear.png")) == OTHER_PNG


def test_pasting_the_printed_table_changes_no_note(tmp_path: Path) -> None:
    package = genanki_package(tmp_path)
    content = deck_folder(tmp_path, package)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    table = next(d for d in result.compiled.diagnostics.warnings if "not listed in deck.toml" in d.message)
    assert "layout 'apkg'" in table.message and 'layout = "apkg"' in table.snippet
    (content / "deck.toml").write_text(f'[deck]\nname = "Mine"\n\n{table.snippet}\n', encoding="utf-8")
    again = build(content, tmp_path / "build", formats=("json",), now=2_000)
    assert again.summary.totals["new"] == 0 and again.summary.totals["updated"] == 0, again.summary.totals


# --- what is no Anki package -----------------------------------------------------------------------


def broken(tmp: Path, name: str) -> Path:
    path = tmp / f"{name}.apkg"
    if name == "not-a-zip":
        path.write_bytes(b"this is a text file saved as .apkg\n")
        return path
    with zipfile.ZipFile(path, "w") as z:
        if name == "zip-without-collection":
            z.writestr("notes.txt", "hello")
        elif name == "corrupt-sqlite":
            z.writestr("collection.anki2", b"SQLite format 3\x00" + b"garbage" * 200)
        elif name == "corrupt-zstd":
            z.writestr("meta", b"\x08\x03")
            z.writestr("collection.anki21b", b"garbage" * 200)
        elif name == "unknown-version":
            z.writestr("meta", b"\x08\x09")
            z.writestr("collection.anki21b", b"garbage")
        elif name == "encrypted":
            z.writestr("collection.anki2", b"x")
    if name == "encrypted":  # set the 'encrypted' flag bit of the entry, as a password-protected zip has
        data = bytearray(path.read_bytes())
        for sig in (b"PK\x03\x04", b"PK\x01\x02"):
            at = data.index(sig)
            flag = at + (6 if sig == b"PK\x03\x04" else 8)
            data[flag] |= 1
        path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("not-a-zip", "not a zip archive"),
        ("zip-without-collection", "holds no collection"),
        ("corrupt-sqlite", "collection cannot be read"),
        ("corrupt-zstd", "compressed collection cannot be read"),
        ("unknown-version", "newer Anki"),
        ("encrypted", "password-protected"),
    ],
)
def test_a_file_that_is_no_anki_package_is_an_error_naming_it(name: str, says: str, tmp_path: Path) -> None:
    content = deck_folder(tmp_path, broken(tmp_path, name))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert f"sources/{name}.apkg" in result.output and says in result.output, result.output
    assert not out.exists() or not any(p for p in out.iterdir() if p.name != ".cache"), "no output may be written"


def test_the_placeholder_collection_alone_is_an_error(anki_packages: dict[str, Path], tmp_path: Path) -> None:
    path = tmp_path / "old-anki-view.apkg"
    with zipfile.ZipFile(anki_packages["current"]) as src, zipfile.ZipFile(path, "w") as out:
        out.writestr("collection.anki2", src.read("collection.anki2"))  # the 'please update' note only
    content = deck_folder(tmp_path, path)
    result = CliRunner().invoke(main, ["build", str(content), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "Please update to the latest Anki version" in result.output, result.output


# --- a back field that repeats the front above a rule (trial7 G7) ------------------------------------


def test_a_text_exports_back_that_repeats_the_front_above_a_rule_is_what_follows(tmp_path: Path) -> None:
    """Anki's answer side is '{{FrontSide}}<hr id=answer>{{Back}}': a tool that dumps card sides writes the
    question into every back; the back is what follows the rule (only when what precedes it is the front)."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    rows = [
        '#separator:tab\n#html:true\n',
        'What is the capital of France?\t"What is the capital of France?\n\n<hr id=""answer"">\n\nParis"\n',
        'Who wrote Hamlet?\t"Who wrote Hamlet?\n\n<hr id=""answer"">\n\nShakespeare"\n',
        'What is H2O?\tWater<hr>a molecule of two hydrogen atoms and one oxygen atom\n',
    ]
    (content / "sources" / "cards.txt").write_text("".join(rows), encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    build(content, tmp_path / "build", formats=("json",), now=1_000)
    answers = {q: n["fields"]["Answer"] for q, n in by_question(tmp_path / "build").items()}
    assert answers["What is the capital of France?"] == "Paris"
    assert answers["Who wrote Hamlet?"] == "Shakespeare"
    assert answers["What is H2O?"].startswith("Water<hr")  # a rule under an answer of its own stays


# --- Anki's LaTeX (trial7 G22) ------------------------------------------------------------------------


def test_ankis_latex_becomes_mathjax_maths(tmp_path: Path) -> None:
    """[$]…[/$], [$$]…[/$$] and [latex]…[/latex] render only on a desktop with LaTeX installed (as pictures
    the fields never name): deckc writes them as \\( \\) / \\[ \\] maths, which Anki's MathJax typesets everywhere."""
    deck = genanki.Deck(2059400120, "Maths")
    fields = [
        ("[$]\\text{Identity law of&nbsp;} \\mathbf{C}[/$]", "<div>[$$]f \\circ 1_A = f<br>[/$$]</div>"),
        ("What is [$]a &lt; b[/$] called?", "[latex]$a$ is less than $b$: a \\emph{strict} order.[/latex]"),
        ("Pythagoras", "[latex]\\begin{align*}c^2 &= a^2 + b^2\\end{align*}[/latex]"),
    ]
    for n, (front, back) in enumerate(fields):
        deck.add_note(genanki.Note(model=genanki.BASIC_MODEL, fields=[front, back], guid=f"tex-{n}"))
    path = tmp_path / "maths.apkg"
    genanki.Package(deck).write_to_file(str(path))
    content = deck_folder(tmp_path, path)
    result = build(content, tmp_path / "build", formats=("apkg", "json"), now=1_000)
    assert result.compiled is not None
    notes_ = by_question(tmp_path / "build")
    identity = notes_["\\(\\text{Identity law of } \\mathbf{C}\\)"]
    assert identity["fields"]["Answer"] == "<div>\\[f \\circ 1_A = f\\]</div>"
    order = notes_["What is \\(a &lt; b\\) called?"]  # the question escaped for HTML: MathJax reads 'a < b'
    assert order["fields"]["Answer"] == "\\(a\\) is less than \\(b\\): a <i>strict</i> order."  # \\emph: italic
    assert notes_["Pythagoras"]["fields"]["Answer"] == "\\[\\begin{aligned}c^2 &amp;= a^2 + b^2\\end{aligned}\\]"
    text = [str(d) for d in result.compiled.diagnostics.warnings]
    assert sum("holds LaTeX text" in t for t in text) == 1  # the one text-mode body, at its note
    col = open_collection(tmp_path / "fresh")
    try:
        import_apkg(col, tmp_path / "build" / "mine.apkg")
        landed = [n["fields"]["Answer"] for n in notes(col).values()]
        assert "<div>\\[f \\circ 1_A = f\\]</div>" in landed and not any("[$" in a or "[latex]" in a for a in landed)
    finally:
        col.close()


def test_ankis_latex_in_a_text_export_becomes_maths_too(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "tex.txt").write_text(
        "#separator:tab\n#html:true\n[$]e^{i\\pi}[/$]\t[$$]-1[/$$]\nWhat is 2+2?\tfour\nWhat is 3+3?\tsix\n", encoding="utf-8"
    )
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert by_question(tmp_path / "build")["\\(e^{i\\pi}\\)"]["fields"]["Answer"] == "\\[-1\\]"


def test_a_missing_picture_on_a_picture_only_front_does_not_show_its_alt_text(tmp_path: Path) -> None:
    """trial7 G32: a picture deck shared without its media: the alt text of a front that is only a picture
    names what it shows, i.e. the answer. Such a question makes no card (G32b: '[picture not found] What is
    shown?' on every one made them one merged note): a warning, and the manifest lists it as skipped."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "art.txt").write_text(
        "#separator:tab\n#html:true\n"
        '<img alt="Hera - Francis Picabia" src="images/hera.jpg">\tFrancis Picabia - Hera (1929).\n'
        '<img alt="a study" src="images/study.jpg"> Who painted this?\tKandinsky.\n'
        "What is a palette?\tA board to mix paint on.\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    data = manifest(tmp_path / "build")
    fronts = [n["fields"]["Question"] for n in data["notes"]]
    assert len(fronts) == 2 and not any("What is shown?" in f or "Picabia" in f for f in fronts), fronts
    assert [(s["line"], s["skipped"]) for s in data["skipped"]] == [(3, "picture not found")]  # accounted, not dropped
    assert data["summary"]["items_read"] == data["summary"]["items_accounted"] == 3
    assert any("[image: a study]" in f for f in fronts)  # a front that asks in words keeps its alt text
    assert any("images/hera.jpg" in str(d) for d in result.compiled.diagnostics.warnings)


def test_fields_a_front_template_hides_are_the_answer_not_the_question(tmp_path: Path) -> None:
    """learner L46 (a regression of L7's template reading): a front that keeps the reading and meaning in
    the layout but hidden (visibility: hidden, display:none) put them on deckc's front, or, with every
    field on the front, made no card at all."""
    kind = genanki.Model(
        1607392324, "Vocab (hidden placeholders)", fields=[{"name": n} for n in ("Word", "Reading", "Meaning")],
        templates=[{
            "name": "Recognition",
            "qfmt": '<div>{{Word}}</div><div style="visibility: hidden">{{Reading}}</div>'
                    '<div class="m" style="display:none"><span>{{Meaning}}</span></div>',
            "afmt": "<div>{{Word}}</div><div>{{Reading}}</div><hr id=answer><div>{{Meaning}}</div>",
        }],
    )
    deck = genanki.Deck(2059400115, "Chinese")
    for word, reading, meaning in (("向量", "xiàng liàng", "vector"), ("矩阵", "jǔ zhèn", "matrix")):
        deck.add_note(genanki.Note(model=kind, fields=[word, reading, meaning]))
    package = tmp_path / "hidden.apkg"
    genanki.Package(deck).write_to_file(str(package))
    content = deck_folder(tmp_path, package)
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    notes_ = by_question(tmp_path / "build")
    assert sorted(notes_) == ["向量", "矩阵"]
    assert notes_["向量"]["fields"]["Answer"] == "xiàng liàng<p><i>Meaning:</i> vector</p>"


# --- multiple-choice note types of Anki add-ons (learner L42) ----------------------------------------

AIO_FIELDS = ["Question", "Title", "QType (0=kprim,1=mc,2=sc)", "Q_1", "Q_2", "Q_3", "Q_4", "Q_5", "Answers", "Sources", "Extra 1"]


def mcq_package(tmp: Path) -> Path:
    """A shared deck of the "Multiple Choice for Anki" add-on's note type (its field names, as AnkiWeb decks
    have them), and one of its older single-choice note type (MC_1 … fields, no QType)."""
    aio = genanki.Model(
        1607392323,
        "AllInOne (kprim, mc, sc)",
        fields=[{"name": n} for n in AIO_FIELDS],
        templates=[{"name": "AllInOne (kprim, mc, sc)", "qfmt": "{{Question}}<br>{{Q_1}}", "afmt": "{{FrontSide}}<hr id=answer>{{Answers}}"}],
    )
    old = genanki.Model(
        1607392324,
        "Single Choice",
        fields=[{"name": n} for n in ["Question", "MC_1", "MC_2", "MC_3", "Answers", "Extra"]],
        templates=[{"name": "Single Choice", "qfmt": "{{Question}}", "afmt": "{{Answers}}"}],
    )
    deck = genanki.Deck(2059400114, "Cardiology MCQ")

    def add(model: genanki.Model, fields: list[str]) -> None:
        deck.add_note(genanki.Note(model=model, fields=fields))

    add(aio, ["Which drug is first-line for stable angina symptom relief?", "", "2", "Nitroglycerin", "Warfarin", "Amiodarone", "Digoxin", "", "1 0 0 0", "", "Sublingual nitrates relieve acute angina."])
    add(aio, ["Which of these are beta blockers?", "Pharmacology", "1", "Metoprolol", "Amlodipine", "Atenolol", "", "", "1 0 1 0 0", "Goodman &amp; Gilman", "Both end in <b>-olol</b>."])
    add(aio, ["Statements about digoxin:", "", "0", "It inhibits the Na/K-ATPase", "It is renally cleared", "It lowers mortality in heart failure", "Hypokalaemia protects against toxicity", "", "1 1 0 0", "", ""])
    add(aio, ["Statements about warfarin:", "", "0", "It is safe in pregnancy", "It acts immediately", "", "", "", "0 0", "", ""])
    add(aio, ["Which vessel is most often occluded?", "", "2", "LAD", "RCA", "", "", "", "", "", ""])  # no key
    add(old, ["Normal resting heart rate, in beats per minute?", "20–40", "60–100", "120–160", "2", "In adults."])
    path = tmp / "mcq.apkg"
    genanki.Package(deck).write_to_file(str(path))
    return path


def test_an_mcq_add_on_deck_makes_multiple_choice_notes(tmp_path: Path) -> None:
    content = deck_folder(tmp_path, mcq_package(tmp_path))
    result = build(content, tmp_path / "build", formats=("apkg", "json"), now=1_000)
    assert result.compiled is not None
    warnings = [str(d) for d in result.compiled.diagnostics.warnings]
    found = by_question(tmp_path / "build")
    single = found["Which drug is first-line for stable angina symptom relief?"]
    assert single["notetype"] == "deckc Multiple choice"
    assert single["fields"]["Correct"] == "A) Nitroglycerin"
    assert single["fields"]["Options"].count("<li") == 4 and "Digoxin" in single["fields"]["Options"]
    assert single["fields"]["Explanation"] == "<p>Sublingual nitrates relieve acute angina.</p>"
    several = found["<p><b>Pharmacology</b></p>Which of these are beta blockers?"]  # the title above the question
    assert several["fields"]["Correct"] == "A) Metoprolol<br>C) Atenolol"
    assert several["fields"]["Options"].count("<li") == 3  # the empty fourth and fifth options: none
    assert "(choose 2)" in several["fields"]["Options"]
    assert "<i>Sources:</i> Goodman &amp; Gilman" in several["fields"]["Explanation"]
    assert "<b>-olol</b>" in several["fields"]["Explanation"]
    kprim = found["Statements about digoxin:"]
    assert kprim["fields"]["Correct"] == "A) It inhibits the Na/K-ATPase<br>B) It is renally cleared"
    # (a question ending in ':' shows what it introduces after it: trial9 T3)
    none_true = found["Statements about warfarin:<ol><li>It is safe in pregnancy</li><li>It acts immediately</li></ol>"]
    assert none_true["notetype"] == "deckc Basic"
    assert "\u2717 It is safe in pregnancy" in none_true["fields"]["Answer"]
    older = found["Normal resting heart rate, in beats per minute?"]
    assert older["fields"]["Correct"] == "B) 60–100" and older["fields"]["Explanation"] == "<p>In adults.</p>"
    no_key = next(w for w in warnings if "Which vessel" in w or "does not say which" in w)
    assert "sources/mcq.apkg:" in no_key and "'Answers' field '' does not say which of its options (Q_1, Q_2 …) are right" in no_key
    assert "1 0 0 0" in no_key  # the fix says how to write the key
    summary = manifest(tmp_path / "build")["summary"]
    assert summary["items_read"] == summary["items_accounted"] == 6
    assert [s["skipped"] for s in manifest(tmp_path / "build")["skipped"]] == ["no correct option"]
    assert not any("has no answer" in w for w in warnings)


@pytest.mark.parametrize(
    ("key", "right"),
    [("1 0 0 1", [0, 3]), ("2", [1]), ("1, 3", [0, 2]), ("B", [1]), ("a and c", [0, 2]), ("Warfarin", [1]), ("1", [0]), ("maybe", None), ("", None)],
)
def test_the_key_of_a_multiple_choice_note(key: str, right: list[int] | None) -> None:
    from compiler.sources.ankifields import choice_key

    assert choice_key(key, ["Nitroglycerin", "Warfarin", "Amiodarone", "Digoxin"]) == right


def test_a_note_type_is_multiple_choice_only_with_numbered_options_and_a_key() -> None:
    from compiler.sources.ankifields import choice_fields

    assert choice_fields(AIO_FIELDS) is not None
    assert choice_fields(["Question", "a", "b", "c", "answers", "ref", "explanation"]) is not None  # letters: another add-on
    assert choice_fields(["Front", "Back"]) is None
    assert choice_fields(["Question", "Answer", "Q_1"]) is None  # one option
    assert choice_fields(["Question", "Q_1", "Q_2", "Notes"]) is None  # no key field


# --- CrowdAnki exports (learner2 M16) ------------------------------------------------------------------


def test_a_crowdanki_export_is_read_like_a_package(tmp_path: Path) -> None:
    """A CrowdAnki deck.json (shared Anki decks kept in git) was 'not a question bank': its notes (in the
    deck and its child decks), note models, tags, GUIDs and media/ pictures are read as a package's."""
    deck = {
        "__type__": "Deck", "crowdanki_uuid": "b1", "name": "bio", "media_files": ["cell.png"],
        "notes": [{"__type__": "Note", "fields": ["What is a <b>cell</b>?", 'The unit of life.<br><img src="cell.png">'],
                   "guid": "Zz9Yy8Xx7", "note_model_uuid": "m1", "tags": ["basics"]}],
        "children": [{
            "__type__": "Deck", "children": [], "crowdanki_uuid": "b2", "name": "bio::genetics", "media_files": [],
            "notes": [
                {"__type__": "Note", "fields": ["What do restriction enzymes do?", "They cut DNA at specific sites."],
                 "guid": "A1b2C3d4E5", "note_model_uuid": "m1", "tags": ["genetics"]},
                {"__type__": "Note", "fields": ["le gène", "the gene"], "guid": "G3n3", "note_model_uuid": "m2", "tags": []},
            ],
        }],
        "note_models": [
            {"__type__": "NoteModel", "crowdanki_uuid": "m1", "name": "Basic", "type": 0,
             "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}],
             "tmpls": [{"name": "Card 1", "ord": 0, "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}]},
            {"__type__": "NoteModel", "crowdanki_uuid": "m2", "name": "Basic (and reversed card)", "type": 0,
             "flds": [{"name": "Front", "ord": 0}, {"name": "Back", "ord": 1}],
             "tmpls": [{"name": "Card 1", "ord": 0, "qfmt": "{{Front}}", "afmt": "{{Back}}"},
                       {"name": "Card 2", "ord": 1, "qfmt": "{{Back}}", "afmt": "{{Front}}"}]},
        ],
    }  # fmt: skip
    content = tmp_path / "content"
    (content / "sources" / "bio" / "media").mkdir(parents=True)
    (content / "sources" / "bio" / "deck.json").write_text(json.dumps(deck, indent=2), encoding="utf-8")
    (content / "sources" / "bio" / "media" / "cell.png").write_bytes(PNG)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("apkg", "json"), now=1_000)
    assert result.compiled is not None
    notes_ = by_question(tmp_path / "build")
    cell = notes_["What is a cell?"]
    assert cell["guid"] == "Zz9Yy8Xx7" and "basics" in cell["tags"] and cell["fields"]["Section"] == ""  # (the deck 'bio': its title)
    assert '<img src="cell.png">' in cell["fields"]["Answer"]
    enzymes = notes_["What do restriction enzymes do?"]
    assert enzymes["guid"] == "A1b2C3d4E5" and enzymes["fields"]["Section"] == "genetics"
    assert enzymes["fields"]["Sources"] == "bio"  # (every note is in the deck 'bio' or its child: sitting 28)
    assert notes_["le gène"]["notetype"].startswith("deckc Basic (and reversed")
    assert not result.compiled.diagnostics.warnings or all("not read" not in w.message for w in result.compiled.diagnostics.warnings)
    with zipfile.ZipFile(tmp_path / "build" / "mine.apkg") as built:
        assert "cell.png" in json.loads(built.read("media")).values()
