"""Trial 6 (new user, unseen documents): what a card shows, each finding on a small deck written for
it and built the way a new user would (pictures on the front, exhibits a question points at, reversed
note types, text the sanitizer removed)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from conftest import drop_in

from compiler.build import build

# a 1x1 PNG: a real picture file for the media folder
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f5a5a50000000049454e44ae426082"
)


def _notes(build_dir: Path) -> list[dict]:  # type: ignore[type-arg]
    [manifest] = build_dir.glob("*.json")
    return json.loads(manifest.read_text(encoding="utf-8"))["notes"]  # type: ignore[no-any-return]


def test_a_picture_in_an_exported_front_is_on_the_front_and_packed(tmp_path: Path) -> None:
    """F38: an Anki export row 'What does this organ do?<br><img …>' lost its picture (on neither side, not
    packed, no warning); a front that is only a picture made no card; a [sound:…] in the back went silently."""
    content = drop_in(tmp_path)
    sources = content / "sources"
    (sources / "heart.png").write_bytes(PNG)
    (sources / "flag.png").write_bytes(PNG)
    (sources / "anatomy.txt").write_text(
        "#separator:tab\n#html:true\n"
        'What does this organ do?<br><img src="heart.png">\tPumps blood. [sound:heart.mp3]\n'
        '<img src="flag.png">\tFrance\n'
        'Which bone is this? <img src="gone.png">\tThe femur.\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json", "apkg"), now=1_000)
    assert result.compiled is not None
    fronts = {n["fields"]["Answer"]: n["fields"]["Question"] for n in _notes(tmp_path / "build")}
    assert fronts["Pumps blood."] == '<p><img src="heart.png"></p>What does this organ do?'
    assert (
        fronts["France"] == '<p><img src="flag.png"></p>What is shown?'
    )  # a picture alone asks what it shows
    assert fronts["The femur."] == "<p>[image]</p>Which bone is this?"
    messages = [(w.line, w.message) for w in result.compiled.diagnostics.warnings]
    assert any(line == 3 and "[sound:" in m for line, m in messages)  # the back's audio is reported too
    assert any(line == 5 and "'gone.png' not found" in m for line, m in messages)  # as on the back
    from compiler.sheet import answer_blocks

    note = result.compiled.deck.notes[0]
    [sheet] = answer_blocks(note.primary.stimulus, note, lambda t: t)
    assert sheet["spans"][0]["v"] == "[image: heart.png]"  # type: ignore[index]  # the sheet says where a picture is
    [apkg] = (tmp_path / "build").glob("*.apkg")
    packed = set(json.loads(zipfile.ZipFile(apkg).read("media")).values())
    assert packed == {"heart.png", "flag.png"}


def test_a_picture_in_a_markdown_question_heading_is_on_the_front(tmp_path: Path) -> None:
    """F38: '## What is shown in this picture? ![](b.png)' dropped the picture (its alt text, if any, was
    glued to the question); it is shown on the front and packed."""
    content = drop_in(tmp_path)
    (content / "sources" / "b.png").write_bytes(PNG)
    (content / "sources" / "art.md").write_text(
        "# Art\n\n## What is shown in this picture? ![roc](b.png)\n\nA ROC curve.\n", encoding="utf-8"
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    [note] = _notes(tmp_path / "build")
    assert note["fields"]["Question"] == '<p><img src="b.png" alt="roc"></p>What is shown in this picture?'
    assert note["fields"]["Answer"] == "<p>A ROC curve.</p>"


def test_a_question_pointing_at_an_exhibit_below_shows_it_on_the_front(tmp_path: Path) -> None:
    """F35: '… the table below?' / 'Which planet is described below?' / 'the painting below' whose answer
    opens with that table, quote or picture: it goes on the front, and two such questions with the same
    words but other exhibits are two questions (their own ids, no 'the same question … delete one')."""
    content = drop_in(tmp_path)
    (content / "sources" / "a.png").write_bytes(PNG)
    (content / "sources" / "b.png").write_bytes(PNG)
    (content / "sources" / "exhibits.md").write_text(
        "# Quiz\n\n"
        "## What is the total of the table below?\n\n| item | price |\n|---|---|\n| tea | 2 |\n| cake | 3 |\n\n5\n\n"
        "## What is the total of the table below?\n\n| item | price |\n|---|---|\n| coffee | 4 |\n| bread | 6 |\n\n10\n\n"
        "## Which planet is described below?\n\n> The largest planet, with a Great Red Spot.\n\nJupiter.\n\n"
        "## Which painter made the painting below?\n\n![](a.png)\n\nKandinsky.\n\n"
        "## Which painter made the painting below?\n\n![](b.png)\n\nMalevich.\n\n"
        "## What does the table show?\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nIt draws the answer itself: no exhibit.\n\n"
        "## Why does accuracy drop below 50%?\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n'below' is no pointer here.\n",
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [(i.question, len(i.stimulus), [b.plain() for b in i.answer]) for i in items] == [
        ("What is the total of the table below?", 1, ["5"]),
        ("What is the total of the table below?", 1, ["10"]),
        ("Which planet is described below?", 1, ["Jupiter."]),
        ("Which painter made the painting below?", 1, ["Kandinsky."]),
        ("Which painter made the painting below?", 1, ["Malevich."]),
        (
            "What does the table show?",
            0,
            [items[5].answer[0].plain(), "It draws the answer itself: no exhibit."],
        ),
        ("Why does accuracy drop below 50%?", 0, [items[6].answer[0].plain(), "'below' is no pointer here."]),
    ]
    assert "coffee" in items[1].stimulus[0].text and "[image: b.png]" in items[4].stimulus[0].plain()
    assert len({i.item_id for i in items}) == 7
    assert not [w for w in result.compiled.diagnostics.warnings if "same question" in w.message]
    fronts = [n["fields"]["Question"] for n in _notes(tmp_path / "build")]
    assert len(fronts) == 7  # same words over another exhibit: never merged (dedupe's rule on the stimulus)
    assert any(  # (learner L44: what the question says is below stays under it, as the document has it)
        "Which planet is described below?" in f and f.endswith("</blockquote>") for f in fronts
    )


VOCAB = (
    "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n#tags column:7\n"
    "v3>!$2JuXN\tBasic (and reversed card)\tVocab\tle chat\tthe cat\t\t\n"
    "iOy}-~69bK\tBasic (and reversed card)\tVocab\tle chien\tthe dog\t\t\n"
    "FHZ.|PC2v=\tBasic (type in the answer)\tVocab\tCapital of France\tParis\t\t\n"
    "m(MB)>bnCc\tBasic (optional reversed card)\tVocab\tla maison\tthe house\ty\t\n"
    "k2(MB)>bnD\tBasic (optional reversed card)\tVocab\tla porte\tthe door\t\t\n"
)


def test_reversed_note_types_of_an_anki_export_keep_both_directions(tmp_path: Path) -> None:
    """F37: 'Basic (and reversed card)' and 'Basic (optional reversed card)' with Add Reverse set became
    one-way notes, and the Add Reverse flag ('y') was shown as answer text. They are 'deckc Basic (and
    reversed)' notes (a card each way, in the real Anki collection too); the flag is never text; a typed
    answer note type is reported (once, with its count)."""
    from ankiutil import import_apkg, import_csv, open_collection

    content = drop_in(tmp_path)
    (content / "sources" / "vocab.txt").write_text(VOCAB, encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json", "apkg", "csv"), now=1_000)
    assert result.compiled is not None
    notes = {n["fields"]["Question"]: n for n in _notes(tmp_path / "build")}
    assert {q: (n["notetype"], n["fields"]["Answer"]) for q, n in notes.items()} == {
        "le chat": ("deckc Basic (and reversed)", "the cat"),
        "le chien": ("deckc Basic (and reversed)", "the dog"),
        "Capital of France": ("deckc Basic", "Paris"),
        "la maison": ("deckc Basic (and reversed)", "the house"),  # no 'y' paragraph
        "la porte": ("deckc Basic", "the door"),  # Add Reverse left empty: one way, as in Anki
    }
    assert notes["le chat"]["guid"] == "v3>!$2JuXN"  # the export's GUID is kept
    [typed] = [w for w in result.compiled.diagnostics.warnings if "type it in" in w.message]
    assert "Basic (type in the answer)" in typed.message

    col = open_collection(tmp_path / "col")
    [apkg] = (tmp_path / "build").glob("*.apkg")
    import_apkg(col, apkg)
    cards = col.db.all("select n.flds, c.ord from cards c join notes n on c.nid = n.id")
    two_way, one_way = ["le chat", "le chien", "la maison"], ["Capital of France", "la porte"]
    expected = [(q, 0) for q in two_way + one_way] + [(q, 1) for q in two_way]
    assert sorted((flds.split("\x1f")[0], ord_) for flds, ord_ in cards) == sorted(expected)
    reverse = col.get_card(next(cid for (cid,) in col.db.all("select id from cards where ord = 1")))
    assert "the" in reverse.question() and "le " not in reverse.question().split("</style>")[-1].split("<script>")[0]
    col.close()

    col = open_collection(tmp_path / "col-csv")
    [csv_file] = (tmp_path / "build").glob("*.csv")
    import_csv(col, csv_file)
    assert col.card_count() == 8  # stock 'Basic (and reversed card)' rows: two cards each
    col.close()


def test_mathml_is_kept_and_removed_active_content_is_reported(tmp_path: Path) -> None:
    """F29: '<math><mi>x</mi>…</math>' was removed with its text, and a <script> inside a paragraph or in an
    '#html:true' export, an 'onerror=' or a 'javascript:' link were removed without a word."""
    content = drop_in(tmp_path)
    (content / "sources" / "z.md").write_text(
        "# Sec\n\n## What is XSS?\n\nInjected <script>alert(2)</script>code and <math><mi>x</mi><mo>=</mo><mn>2</mn></math> maths.\n",
        encoding="utf-8",
    )
    (content / "sources" / "x.txt").write_text(
        "#separator:tab\n#html:true\n"
        'What is CSRF?\tForged <a href="javascript:alert(3)">requests</a>.<img src="a.png" onerror="alert(1)">\n'
        "What is CORS?\t<iframe src=\"https://evil.example\"></iframe>A header protocol.\n"
        "What is HTTP?\tA protocol.\n",
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    answers = {n["fields"]["Question"]: n["fields"]["Answer"] for n in _notes(tmp_path / "build")}
    assert answers["What is XSS?"] == r"<p>Injected code and \(x=2\) maths.</p>"
    assert "onerror" not in answers["What is CSRF?"] and "javascript" not in answers["What is CSRF?"]
    [active] = [d for d in result.compiled.diagnostics.grouped_warnings if "active content" in d.message]
    assert (active.file, active.line) == ("sources/x.txt", 3)
    assert set(active.also) == {"sources/z.md:5"}  # once each place, none for the clean row
    assert dict(active.per_file) == {"sources/x.txt": 1, "sources/z.md": 1}
    # (learner L20: a frame is no longer removed without a trace but shown as a link to what it showed)
    assert answers["What is CORS?"].startswith('[embedded: <a href="https://evil.example"')


def test_a_source_may_ask_every_basic_note_both_ways(tmp_path: Path) -> None:
    """F37, for vocabulary lists without a note type column (Quizlet, a spreadsheet, Markdown):
    `reverse = true` in the [[source]] table makes each basic note 'deckc Basic (and reversed)'."""
    table = '[[source]]\nid = "words"\nfile = "sources/words.tsv"\nreverse = true\n'
    content = drop_in(tmp_path, table=table)
    (content / "sources" / "words.tsv").write_text("le chat\tthe cat\nle chien\tthe dog\nla maison\tthe house\n", encoding="utf-8")
    build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert {n["notetype"] for n in _notes(tmp_path / "build")} == {"deckc Basic (and reversed)"}


def test_a_picture_in_an_exported_cloze_front_is_kept(tmp_path: Path) -> None:
    """F38 for cloze rows: '{{c1::Paris}} is shown here.<br><img …>' kept the sentence and lost the picture."""
    content = drop_in(tmp_path)
    (content / "sources" / "map.png").write_bytes(PNG)
    (content / "sources" / "geo.txt").write_text(
        '#separator:tab\n#html:true\n{{c1::Paris}} is the city on this map.<br><img src="map.png">\tCapital of France.\n',
        encoding="utf-8",
    )
    build(content, tmp_path / "build", formats=("json",), now=1_000)
    [note] = _notes(tmp_path / "build")
    assert note["fields"]["Text"] == '<p><img src="map.png"></p>{{c1::Paris}} is the city on this map.'


def test_struck_out_text_is_struck_out_on_the_sheet_too(tmp_path: Path) -> None:
    """The allow-list keeps <s>/<del> on the card (F29 follow-up); the printed sheet strikes it too."""
    content = drop_in(tmp_path)
    (content / "sources" / "s.md").write_text("# S\n\n## Which planet is the largest?\n\n<s>Saturn</s> Jupiter.\n", encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json", "pdf"), now=1_000)
    assert result.compiled is not None
    [note] = _notes(tmp_path / "build")
    assert note["fields"]["Answer"] == "<p><s>Saturn</s> Jupiter.</p>"
    from compiler.sheet import answer_blocks

    deck_note = result.compiled.deck.notes[0]
    [block] = answer_blocks(deck_note.primary.answer, deck_note, lambda t: t)
    assert block["spans"][0] == {"k": "s", "v": "Saturn"}  # type: ignore[index]
    [pdf] = (tmp_path / "build").glob("*.pdf")
    from pypdf import PdfReader

    assert "Saturn Jupiter." in PdfReader(pdf).pages[0].extract_text()


def test_a_picture_a_question_asks_about_is_on_the_front_in_any_markdown_shape(tmp_path: Path) -> None:
    """F38 in other Markdown shapes: a bold question followed by its picture ('**What is shown here?**
    ![](a.png)', was: text in no card), and 'Which painter made this?' whose answer opens with the picture
    (was: on the back). A picture an answer shows after a question that does not point at it stays there."""
    content = drop_in(tmp_path)
    (content / "sources" / "a.png").write_bytes(PNG)
    (content / "sources" / "b.png").write_bytes(PNG)
    (content / "sources" / "q.md").write_text(
        "# Pics\n\n**What is shown here?** ![curve](a.png)\n\nA ROC curve.\n\n"
        "**Which painter made this?**\n\n![](b.png)\n\nKandinsky.\n\n"
        "**How does a ROC curve look?**\n\n![](a.png)\n\nA rising curve above the diagonal.\n",
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    fronts = {n["fields"]["Question"]: n["fields"]["Answer"] for n in _notes(tmp_path / "build")}
    assert fronts == {
        '<p><img src="a.png" alt="curve"></p>What is shown here?': "<p>A ROC curve.</p>",
        '<p><img src="b.png" alt=""></p>Which painter made this?': "<p>Kandinsky.</p>",
        "How does a ROC curve look?": '<p><img src="a.png" alt=""></p><p>A rising curve above the diagonal.</p>',
    }
    assert not [w for w in result.compiled.diagnostics.warnings if "outside any question" in w.message]
