"""Non-Markdown inputs: flashcard exports, packages, saved pages, vaults (the formats helper's findings)."""

from __future__ import annotations

from pathlib import Path

from conftest import drop_in, paste_table

from compiler.build import build
from compiler.sources.delimited import row_separator, split_rows


def _table(warnings: list) -> str:
    return next(w.snippet for w in warnings if "not listed in deck.toml" in w.message and w.snippet)


def test_a_quizlet_export_with_a_custom_row_separator_builds_and_its_table_says_rows(tmp_path: Path) -> None:
    """trial7 G15: 'term<TAB>def;term<TAB>def;…' on one line is five rows, found without config; the
    table printed names the row separator and pasting it changes no note."""
    content = drop_in(tmp_path, "quizlet-rows.txt")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    pairs = [(i.question, i.answer_plain()) for i in result.compiled.items]
    assert pairs[0] == ("mitochondria", "site of cellular respiration")
    assert pairs[-1] == ("lysosome", "digests waste") and len(pairs) == 5
    table = _table(result.compiled.diagnostics.warnings)
    assert 'separator = "\\t"' in table and 'rows = ";"' in table
    totals = paste_table(content, table, tmp_path / "build")
    assert totals["new"] == 0 and totals["updated"] == 0


def test_rows_set_in_config_split_a_multi_line_export_and_keep_a_definition_holding_the_separator(tmp_path: Path) -> None:
    """rows = "$$": a definition may hold line breaks; with rows = ";" a piece without a tab after a row
    is that row's definition going on ('holds DNA; controls the cell'), not a row without an answer."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "a.txt").write_text("alpha\tfirst letter\nof the Greek alphabet$$beta\tsecond$$\ngamma\tthird$$", encoding="utf-8")
    (content / "sources" / "b.txt").write_text("nucleus\tholds DNA; controls the cell;ribosome\tmakes proteins;", encoding="utf-8")
    (content / "deck.toml").write_text(
        '[deck]\nname = "Mine"\n'
        '[[source]]\nid = "a"\nfile = "sources/a.txt"\nlayout = "delimited"\n[source.delimited]\nseparator = "\\t"\nrows = "$$"\n'
        '[[source]]\nid = "b"\nfile = "sources/b.txt"\nlayout = "delimited"\n[source.delimited]\nrows = ";"\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = {i.question: (i.answer_plain(), i.locator.line) for i in result.compiled.items}
    assert got["alpha"] == ("first letter of the Greek alphabet", 1)
    assert got["gamma"] == ("third", 3)
    assert got["nucleus"][0] == "holds DNA; controls the cell" and got["ribosome"][0] == "makes proteins"
    assert len(got) == 5 and not result.compiled.diagnostics.warnings


def test_a_listed_export_whose_rows_end_with_a_separator_is_read_and_the_key_named(tmp_path: Path) -> None:
    """A [[source]] with layout = "delimited" and the tab, but no rows: the rows are found, and a warning
    names the key that makes it explicit (the repro's hand-written table gave one note)."""
    content = drop_in(
        tmp_path,
        "quizlet-rows.txt",
        table='[[source]]\nid = "q"\nfile = "sources/quizlet-rows.txt"\nlayout = "delimited"\n[source.delimited]\nseparator = "\\t"\n',
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and len(result.compiled.items) == 5
    [said] = [w for w in result.compiled.diagnostics.warnings if "row separator" in w.message]
    assert 'rows = ";"' in said.hint


def test_row_separator_needs_the_one_line_shape() -> None:
    assert row_separator("a\tone;b\ttwo;c\tthree;") == ";"
    assert row_separator("a\tone|||b\ttwo (2)|||c\tthree|||") == "|||"
    assert row_separator("a\tone.\nb\ttwo.\nc\tthree.\n") is None  # a row per line: '.' is no row separator
    assert row_separator("a\tone;b\ttwo") is None  # two pairs: too few to tell
    assert row_separator("a\tone; more;b\ttwo;c\tthree") is None  # ';' twice in a piece: not found, set rows
    assert split_rows("a\tone\n;\nb\ttwo", ";", "\t") == [(1, "a\tone", ["a", "one"]), (3, "b\ttwo", ["b", "two"])]


# --- the prompt of a picture-only or audio-only front, in the deck's language -----------------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8 + b"a small picture" * 20


def test_the_language_of_a_deck_is_told_from_its_text() -> None:
    from compiler.sources.prompts import language

    assert language("Kazimír Malevič – Černý čtverec na bílém pozadí (1915). Obraz je v Treťjakovské galerii.") == "cs"
    assert language("Die Katze schläft auf dem Sofa, und der Hund ist nicht im Garten.") == "de"
    assert language("La ciudad más grande de España es Madrid, y la segunda es Barcelona.") == "es"
    assert language("Столица России — Москва. Это самый большой город страны.") == "ru"
    assert language("Столиця України — Київ. Це найбільше місто країни, і воно дуже старе.") == "uk"
    assert language("東京は日本の首都です。人口はとても多いです。") == "ja"
    assert language("北京是中国的首都。长城很长。") == "zh"
    assert language("The capital of France is Paris, and it is a large city.") == "en"
    assert language("Hera (1929)") == "en"  # too little to tell: English
    assert language('<img src="a.png"> [sound:x.mp3]') == "en"


def test_a_picture_deck_in_another_language_asks_in_that_language_unless_the_source_says(tmp_path: Path) -> None:
    """A shared picture deck (genanki) whose backs are Czech: its picture-only fronts ask 'Co je zobrazeno?'
    and its audio-only ones 'Co slyšíš?'; prompt_picture in the [[source]] sets the words."""
    import genanki

    model = genanki.Model(1607392319, "Simple", fields=[{"name": "Front"}, {"name": "Back"}], templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{Back}}"}])
    deck = genanki.Deck(2059400110, "Umění")
    backs = ["Kazimír Malevič – Černý čtverec (1915), obraz je v Treťjakovské galerii", "Vasilij Kandinskij – Kompozice VIII, je to abstraktní obraz", "František Kupka – Amorfa, dvoubarevná fuga"]
    for k, back in enumerate(backs):
        deck.add_note(genanki.Note(model=model, fields=[f'<img src="p{k}.png">', back], guid=f"g{k}"))
    deck.add_note(genanki.Note(model=model, fields=["[sound:s.mp3]", "zvonek u dveří, který zvoní"], guid="g9"))
    for k in range(3):
        (tmp_path / f"p{k}.png").write_bytes(PNG + bytes([k]))
    (tmp_path / "s.mp3").write_bytes(b"ID3 not really audio")
    package = genanki.Package(deck)
    package.media_files = [str(tmp_path / f"p{k}.png") for k in range(3)] + [str(tmp_path / "s.mp3")]
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    package.write_to_file(str(content / "sources" / "umeni.apkg"))
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    questions = sorted(i.question for i in result.compiled.items)
    assert questions == ["Co je zobrazeno?"] * 3 + ["Co slyšíš?"]
    assert len(result.compiled.deck.notes) == 4  # one picture each: never merged
    (content / "deck.toml").write_text(
        '[deck]\nname = "Mine"\n[[source]]\nid = "umeni"\nfile = "sources/umeni.apkg"\nprompt_picture = "Kdo to namaloval?"\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build2", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert sorted(i.question for i in result.compiled.items) == ["Co slyšíš?"] + ["Kdo to namaloval?"] * 3


def test_a_picture_export_with_a_missing_picture_and_an_own_prompt_makes_no_card(tmp_path: Path) -> None:
    """The G32b rule (a picture-only question whose picture is missing makes no card) holds for a
    localized prompt and for the source's own prompt_picture."""
    content = tmp_path / "content"
    (content / "sources" / "images").mkdir(parents=True)
    (content / "sources" / "images" / "a.png").write_bytes(PNG)
    rows = '<img src="images/a.png">\tder Kölner Dom, eine Kirche\n<img src="images/gone.png">\tdas Brandenburger Tor in der Stadt\n'
    (content / "sources" / "bilder.txt").write_text("#separator:tab\n#html:true\n" + rows, encoding="utf-8")
    (content / "sources" / "own.txt").write_text("#separator:tab\n#html:true\n" + rows, encoding="utf-8")
    (content / "deck.toml").write_text(
        '[deck]\nname = "Mine"\n[[source]]\nid = "bilder"\nfile = "sources/bilder.txt"\n'
        '[[source]]\nid = "own"\nfile = "sources/own.txt"\nprompt_picture = "Welches Bauwerk ist das?"\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    made = sorted((i.source, i.question) for i in result.compiled.items if not i.skip)
    skipped = sorted((i.source, i.skip) for i in result.compiled.deck.skipped)
    assert ("bilder", "Was ist abgebildet?") in made and ("own", "Welches Bauwerk ist das?") in made
    assert skipped == [("bilder", "picture not found"), ("own", "picture not found")]


# --- site generators' markers in one-note-per-file vault notes ---------------------------------------


def test_vault_notes_get_the_shortcode_and_embed_handling_of_markdown_pages(tmp_path: Path) -> None:
    """A Hugo glossary note (front matter title, glossary_tooltip shortcodes that carry their words), a
    katex shortcode, a GitHub emoji, and an Obsidian embed of a note whose text holds a Hugo container:
    read as layout 'note', each shows what a Markdown page would, never the raw marker or a hole."""
    content = tmp_path / "content"
    vault = content / "sources" / "vault"
    vault.mkdir(parents=True)
    (vault / "configmap.md").write_text(
        "---\ntitle: ConfigMap\nid: configmap\n---\nAn API object for key-value pairs.\n"
        '{{< glossary_tooltip text="Pods" term_id="pod" >}} read it from a\n'
        '{{< glossary_tooltip text="volume" term_id="volume" >}}. :rocket:\n',
        encoding="utf-8",
    )
    (vault / "Momentum.md").write_text(
        "Momentum adds part of the last step.\n\n{{< hint info >}}\nIt smooths the path.\n{{< /hint >}}\n", encoding="utf-8"
    )
    (vault / "Learning rate.md").write_text(
        "The step size, {{< katex >}}\\alpha{{< /katex >}}.\n\n![[Momentum]]\n", encoding="utf-8"
    )
    (content / "deck.toml").write_text(
        '[deck]\nname = "Mine"\n[[source]]\nid = "vault"\nfile = "sources/vault/*.md"\nlayout = "note"\n', encoding="utf-8"
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    backs = {n.items[0].question: n.fields["Answer"] for n in result.compiled.deck.notes}
    assert "Pods read it from a\nvolume. 🚀" in backs["ConfigMap"]
    assert "\\(\\alpha\\)" in backs["Learning rate"]
    assert "It smooths the path." in backs["Learning rate"] and "hint" not in backs["Learning rate"]
    assert not any("{{" in back for back in backs.values())
    assert not [w for w in result.compiled.diagnostics.warnings if "shortcode" in w.message]


# --- the cheat sheet never prints Anki's markup raw ---------------------------------------------------


def test_anki_markup_never_prints_raw_on_the_sheet_or_the_cards(tmp_path: Path) -> None:
    """A shared package's [sound:…] audio, a cloze deletion in a Basic note's back and a [latex] body of
    LaTeX text: the cards show the words ('Paris', bold 'bold'), the sheet leaves audio out where the
    paragraph has words and prints '[audio: name]' for a listening card, and no markup prints raw."""
    import genanki
    from pypdf import PdfReader

    model = genanki.Model(1607392320, "Simple", fields=[{"name": "Front"}, {"name": "Back"}], templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{Back}}"}])
    deck = genanki.Deck(2059400111, "Sounds")
    deck.add_note(genanki.Note(model=model, fields=["bonjour [sound:bonjour.mp3]", "hello [sound:hello.mp3]<br>a greeting"], guid="a"))
    deck.add_note(genanki.Note(model=model, fields=["[sound:bell.mp3]", "a door bell"], guid="b"))
    deck.add_note(genanki.Note(model=model, fields=["What is the capital of France?", "{{c1::Paris::city}} is its capital"], guid="c"))
    deck.add_note(genanki.Note(model=model, fields=["What does the rule say?", "[latex]\\textbf{Always} check $x^2$ \\\\ twice[/latex]"], guid="d"))
    for name in ("bonjour", "hello", "bell"):
        (tmp_path / f"{name}.mp3").write_bytes(b"ID3 " + name.encode())
    package = genanki.Package(deck)
    package.media_files = [str(tmp_path / f"{n}.mp3") for n in ("bonjour", "hello", "bell")]
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    package.write_to_file(str(content / "sources" / "sounds.apkg"))
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json", "pdf"), now=1_000)
    assert result.compiled is not None
    backs = {n.items[0].question: n.fields["Answer"] for n in result.compiled.deck.notes}
    assert backs["What is the capital of France?"] == "Paris is its capital"
    assert "<b>Always</b> check \\(x^2\\) <br> twice" in backs["What does the rule say?"]
    sheet = " ".join(page.extract_text() for page in PdfReader(tmp_path / "build" / "mine.pdf").pages)
    for raw in ("[sound:", "{{c", "[latex]", "textbf", "[$]", "&nbsp;", "<br>"):
        assert raw not in sheet, raw
    assert "[audio: bell.mp3]" in sheet and "[audio: bonjour.mp3]" not in sheet and "[audio: hello.mp3]" not in sheet
    assert "hello a greeting" in " ".join(sheet.split()) and "Paris is its capital" in sheet


def test_the_sheet_leaves_out_anki_markup_that_reaches_it_from_any_reader() -> None:
    from compiler.sheet import unmarked, without_audio

    assert without_audio("hear it [sound:a.mp3] here") == "hear it  here"
    assert without_audio("[sound:a.mp3] [sound:b.mp3]") == "[audio: a.mp3] [audio: b.mp3]"
    assert unmarked("{{c2::Rome::city}} and [$]x^2[/$] and [$$]y[/$$] [latex]t[/latex]") == "Rome and \\(x^2\\) and \\[y\\] t"


# --- a saved web page is converted once per content, not on every build ------------------------------


def test_a_saved_web_page_is_converted_once_and_a_damaged_entry_is_converted_again(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The page's Markdown is kept in the build's item cache, keyed by the page's bytes (and encoding,
    deckc's code): a rebuild after a deck.toml edit does not convert it again, and the outputs are the
    bytes a build without the cache writes; a damaged entry is discarded with a notice and the page
    converted again; an edited page is converted again."""
    import shutil

    from compiler.sources import converted

    calls: list[str] = []
    real = converted._convert

    def counting(path: Path, rel: str, encoding: str):  # type: ignore[no-untyped-def]
        calls.append(rel)
        return real(path, rel, encoding)

    monkeypatch.setattr(converted, "_convert", counting)
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    page = content / "sources" / "python-faq.html"
    shutil.copyfile(Path(__file__).parent / "data" / "newuser" / "web" / "python-faq.html", page)
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    out = tmp_path / "build"
    build(content, out, formats=("json", "csv"), now=1_000)
    assert calls == ["sources/python-faq.html"]
    first = (out / "mine.json").read_bytes(), (out / "mine.csv").read_bytes()
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\ndate = "2026-12-01"\n', encoding="utf-8")
    build(content, out, formats=("json", "csv"), now=1_000)
    assert calls == ["sources/python-faq.html"]  # taken from the cache
    cold = tmp_path / "cold"
    build(content, cold, formats=("json", "csv"), now=1_000)
    assert (out / "mine.json").read_bytes() == (cold / "mine.json").read_bytes()
    assert (out / "mine.csv").read_bytes() == (cold / "mine.csv").read_bytes() == first[1]
    # the page's entry by its key (an item-cache entry's hash may start with "c" too)
    entries = [out / ".cache" / "items" / f"{converted._key(page, 'sources/python-faq.html', 'utf-8')}.json"]
    assert entries[0].is_file()
    entries[0].write_bytes(entries[0].read_bytes()[:-20])  # damaged
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\ndate = "2026-12-02"\n', encoding="utf-8")
    result = build(content, out, formats=("json", "csv"), now=1_000)
    assert len(calls) == 3 and any("cache damaged" in n for n in result.notices)
    assert (out / "mine.csv").read_bytes() == first[1]
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", "<p>one more line</p></body>"), encoding="utf-8")
    build(content, out, formats=("json", "csv"), now=1_000)
    assert len(calls) == 4


# --- header rows with their own column names (spreadsheets, Notion, vocabulary lists) ----------------


def test_a_header_row_with_its_own_column_names_is_no_card_and_says_what_each_column_is(tmp_path: Path) -> None:
    """trial8 H13 / learner L5: 'Name,Answer,Tags,Created time,Last reviewed' (Notion), 'expression,reading,
    meaning,tags,guid' and 'Spanish,English' are headers: no header card; the tags column (comma- or
    space-separated) gives tags, the guid column the GUID; a further text column is a labelled paragraph
    of the back; date/review columns are left out with one warning naming them; cells never comma-joined."""
    content = drop_in(tmp_path, "notion-export.csv", "vocab-jlpt.csv", "spanish-english.csv")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    notes = {n.items[0].question: n for n in result.compiled.deck.notes}
    assert not {"Name", "expression", "Spanish"} & set(notes)
    tcp = notes["What is TCP?"]
    assert tcp.fields["Answer"] == "<p>A reliable connection-oriented transport protocol.</p>"
    assert {"networking", "transport"} <= set(tcp.tags)
    [said] = [w for w in result.compiled.diagnostics.warnings if "left out" in w.message and "notion" in w.file]
    assert "'Created time' (4)" in said.message and "'Last reviewed' (5)" in said.message and "extra = [4]" in said.hint
    meet = notes["会う"]
    assert meet.fields["Answer"] == "<p>to meet, to see</p><p>Reading: あう</p>" and meet.guid == "kupB!kWE}<"
    assert {"JLPT", "JLPT_N5"} <= set(meet.tags)
    assert notes["厚い"].guid == "v[2GvOysf?" and "warm(hearted)" in notes["厚い"].fields["Answer"]
    assert notes["perro"].fields["Answer"] == "<p>dog</p>" and len(notes) == 3 + 4 + 3


def test_a_pair_list_whose_first_line_names_its_sides_has_no_header_card(tmp_path: Path) -> None:
    """learner L5 (the pair-list half): 'Italian — English' or 'Word: Translation' over 'cane — dog' lines
    names the sides, like a CSV's header row: no card 'Italian' -> 'English'; a first pair of words
    ('ein — a', 'English — inglés') is a card."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    files = {
        "italian.txt": "Italian — English\ncane — dog\ngatto — cat\ncasa — house\n",
        "terms.txt": "# Vocabulary\n\nWord: Translation\nperro: dog\ngato: cat\ncasa: house\n",
        "german.txt": "ein — a\nHund — dog\nKatze — cat\nHaus — house\n",
        "spanish.txt": "English — inglés\nFrench — francés\nGerman — alemán\n",
    }
    for name, text in files.items():
        (content / "sources" / name).write_text(text, encoding="utf-8")
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = {(i.source, i.question) for i in result.compiled.items}
    assert ("italian", "Italian") not in got and ("italian", "cane") in got
    assert ("terms", "Word") not in got and ("terms", "perro") in got
    assert ("german", "ein") in got and ("spanish", "English") in got
    assert len(got) == 3 + 3 + 4 + 3


def test_a_quizlet_definition_over_several_lines_stays_one_card(tmp_path: Path) -> None:
    """trial9 T10: Quizlet writes a multi-line definition unquoted: 'nucleus⇥holds the DNA' / '- chromosomes'
    / '- nucleolus'; each line without the separator continues the definition above it (the build made
    'question has no answer' cards of them, and the definitions lost every line after the first)."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "cells.txt").write_text(
        "mitochondria\tthe powerhouse of the cell\nsite of cellular respiration\nribosome\tmakes proteins\n"
        "nucleus\tholds the DNA\n- chromosomes\n- nucleolus\ngolgi apparatus\tpackages proteins\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text(
        '[deck]\nname = "Mine"\n[[source]]\nid = "cells"\nfile = "sources/cells.txt"\nlayout = "delimited"\n'
        '[source.delimited]\nseparator = "\\t"\n',
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    notes = {n.items[0].question: n.fields["Answer"] for n in result.compiled.deck.notes}
    assert notes == {
        "mitochondria": "<p>the powerhouse of the cell</p><p>site of cellular respiration</p>",
        "ribosome": "<p>makes proteins</p>",
        "nucleus": "<p>holds the DNA</p><ul><li>chromosomes</li><li>nucleolus</li></ul>",
        "golgi apparatus": "<p>packages proteins</p>",
    }
    assert not any("no answer" in w.message for w in result.compiled.diagnostics.warnings)


def test_columns_are_chosen_in_config_and_a_first_row_of_data_is_no_header(tmp_path: Path) -> None:
    """[source.delimited] front / back / extra (1-based) pick the columns of a file without a header;
    'perro,dog' first is a row of data."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "words.csv").write_text("1,perro,dog,noun\n2,gato,cat,noun\n3,correr,to run,verb\n", encoding="utf-8")
    (content / "sources" / "plain.csv").write_text("perro,dog\ngato,cat\ncasa,house\n", encoding="utf-8")
    (content / "deck.toml").write_text(
        '[deck]\nname = "Mine"\n[[source]]\nid = "words"\nfile = "sources/words.csv"\nlayout = "delimited"\n'
        "[source.delimited]\nfront = 2\nback = 3\nextra = [4]\n",
        encoding="utf-8",
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    got = {(i.source, i.question): i.answer_plain() for i in result.compiled.items}
    assert got["words", "perro"] == "dog\nnoun" and got["words", "correr"] == "to run\nverb"
    assert got["plain", "perro"] == "dog" and ("plain", "casa") in got and len(got) == 6
    assert not result.compiled.diagnostics.warnings or all("row has" not in w.message for w in result.compiled.diagnostics.warnings)


# --- a shared package's note type: its templates say what each card asks --------------------------------


def test_a_shared_vocabulary_package_makes_the_cards_its_templates_make(tmp_path: Path) -> None:
    """learner L7: a note type with five fields (Word, WordColored, Reading, Meaning, Example) and two
    templates, Recognition ({{Word}} -> Reading, Meaning, Example) and Production ({{Meaning}} ->
    WordColored, Reading): two cards, each asking what its template's front shows; never a reverse card
    whose front holds the answer; the coloured twin of a shown field is left out; further fields labelled."""
    import genanki

    model = genanki.Model(
        1607392330,
        "Vocab (word/meaning)",
        fields=[{"name": n} for n in ["Word", "WordColored", "Reading", "Meaning", "Example"]],
        templates=[
            {"name": "Recognition", "qfmt": "{{Word}}", "afmt": "{{FrontSide}}<hr id=answer>{{WordColored}}{{Reading}}<br>{{Meaning}}<br>{{Example}}"},
            {"name": "Production", "qfmt": "{{Meaning}}{{#Hint}}{{hint:Hint}}{{/Hint}}", "afmt": "{{FrontSide}}<hr id=answer>{{WordColored}}<br>{{Reading}}"},
        ],
    )
    deck = genanki.Deck(2059400120, "Chinese")
    colored = '<mark class="tone-4">向</mark><mark class="tone-4">量</mark>'
    deck.add_note(genanki.Note(model=model, fields=["向量", colored, "xiàng liàng", "vector", "我们需要计算这个向量的长度。"], guid="xl-1"))
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    genanki.Package(deck).write_to_file(str(content / "sources" / "vocab.apkg"))
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    notes = {n.items[0].question: n for n in result.compiled.deck.notes}
    assert set(notes) == {"向量", "vector"}
    recognition = notes["向量"]
    assert recognition.fields["Answer"] == "xiàng liàng<p><i>Meaning:</i> vector</p><p><i>Example:</i> 我们需要计算这个向量的长度。</p>"
    assert recognition.guid == "xl-1" and recognition.notetype == "deckc Basic"  # no reverse card
    production = notes["vector"]
    assert "向" in production.fields["Answer"] and "<i>Reading:</i> xiàng liàng" in production.fields["Answer"]
    assert production.guid != "xl-1"


def test_a_translation_that_asks_is_an_answer_not_a_follow_up_question(tmp_path: Path) -> None:
    """trial8 H6: 'Where is the station?' / '¿Dónde está la estación?' in a TSV and as Q:/A: makes a card;
    a same-language follow-up under a question is still set aside, as 'answer is a question'."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    for name in ("phrases.tsv", "phrases-qa.txt"):
        (content / "sources" / name).write_bytes((Path(__file__).parent / "data" / "newuser" / "phrasebook" / name).read_bytes())
    (content / "sources" / "ja.txt").write_text(
        "Q: How did you get into coding?\nA: コーディングを始めたきっかけを教えてください？\n\n"
        "Q: What is specificity?\nA: How is it computed?\n\nQ: What is a BFC?\nA: A block formatting context.\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    build(content, tmp_path / "build", formats=("json",), now=1_000)
    import json

    manifest = json.loads((tmp_path / "build" / "mine.json").read_text(encoding="utf-8"))
    assert [(s["question"], s["skipped"]) for s in manifest["skipped"]] == [("What is specificity?", "answer is a question")]
    fronts = {q for n in manifest["notes"] for q in [n["fields"]["Question"]]}
    assert {"Where is the station?", "What time is it?", "How did you get into coding?"} <= fronts


def test_a_notebooks_starter_cells_are_no_card_text(tmp_path: Path) -> None:
    """trial8 H17: '# your code here' (and pass, ..., raise NotImplementedError) cells are the learner's
    blank: never on a card; the solution cell is the answer."""
    from compiler.sources.notebook import placeholder_cell

    assert placeholder_cell("# your code here\n") and placeholder_cell("# YOUR CODE HERE\nraise NotImplementedError()")
    assert placeholder_cell("pass") and placeholder_cell("...") and placeholder_cell("# TODO: write the function\npass")
    assert not placeholder_cell("# sort the list\nxs.sort()") and not placeholder_cell("# the imports we need")
    content = drop_in(tmp_path, "exercises-blanks.ipynb")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    fronts = [n.fields["Question"] for n in result.compiled.deck.notes]
    assert fronts and not any("your code here" in f for f in fronts)
    assert any("np.arange" in n.fields["Answer"] or "arange" in n.fields["Answer"] for n in result.compiled.deck.notes)


def test_remote_pictures_made_links_are_said_once_and_named_by_their_file(tmp_path: Path) -> None:
    """learner L4: remote pictures become links named by alt text, title or file name ('[image: N18oRgd.png]'),
    one warning per file counts them and names remote_images = "keep"; the sheet prints where each is."""
    from pypdf import PdfReader

    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "notes.md").write_text(
        "# Events\n\n### What are the phases of event propagation?\n\nCapturing, target, bubbling.\n\n"
        '<img src="https://i.imgur.com/N18oRgd.png" width="200">\n\n### What does a box plot show?\n\n'
        "The quartiles:\n\n![](https://upload.wikimedia.org/wikipedia/commons/1/1a/Boxplot.svg)\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json", "pdf"), now=1_000)
    assert result.compiled is not None
    answers = " ".join(n.fields["Answer"] for n in result.compiled.deck.notes)
    assert ">[image: N18oRgd.png]</a>" in answers and ">[image: Boxplot.svg]</a>" in answers
    [said] = [w for w in result.compiled.diagnostics.warnings if "remote picture" in w.message]
    assert said.message.startswith("2 remote pictures") and 'remote_images = "keep"' in said.hint
    sheet = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "build" / "mine.pdf").pages).split())
    assert "[image: i.imgur.com/N18oRgd.png]" in sheet


def test_the_sheet_is_hyphenated_in_the_decks_language(tmp_path: Path) -> None:
    """learner L14: a Russian deck's sheet data says 'ru' (Typst hyphenates with Russian patterns), an
    English one 'en'; [deck] language sets it."""
    from compiler.sheet import sheet_language

    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "ru.md").write_text(
        "## Что такое контекстный менеджер?\n\nОбъект, определяющий методы __enter__ и __exit__; конструкция with вызывает их.\n\n"
        "## Что такое генератор?\n\nФункция, которая возвращает значения по одному с помощью yield.\n",
        encoding="utf-8",
    )
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json", "pdf"), now=1_000)
    assert result.compiled is not None and sheet_language(result.compiled.deck) == "ru"
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\nlanguage = "uk"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None and result.compiled.deck.language == "uk"


def test_common_latex_the_sheet_misprinted_is_typeset() -> None:
    """learner L10: \\xrightarrow, \\xleftarrow, \\operatorname*, \\stackrel, \\boxed, \\color printed as TeX
    source; \\overset{iid}{\\sim} and \\sum\\limits printed wrong. Each now converts to Typst that compiles."""
    from compiler.emit.typstmath import convert

    expected = {
        r"\bar{X}_n \xrightarrow{d} N(\mu, 1)": "limits(-->)^d",
        r"\xleftarrow{f}": "limits(<--)^f",
        r"\operatorname*{argmax}_x f(x)": 'limits(op("argmax"))_x',
        r"\stackrel{def}{=}": "limits(=)^(d e f)",
        r"\boxed{x+1}": "x + 1",
        r"\color{red}{x} + \textcolor{blue}{y}": "x + y",
        r"\overset{iid}{\sim} F": "limits(~)^(i i d) F",
        r"\sum\limits_{i=1}^{n} x_i": "sum_(i = 1)^n x_i",
    }
    for tex, part in expected.items():
        code, why = convert(tex)
        assert code is not None and part in code, (tex, code, why)


def test_furigana_and_a_cloze_types_further_fields_show_as_the_templates_show_them(tmp_path: Path) -> None:
    """learner L31: a field the template shows through {{furigana:…}} is ruby text on the card, 'base
    (reading)' on the sheet; L7b: a cloze type's further fields the template shows are paragraphs
    labelled with their names (a field no template shows is not on the card)."""
    import genanki
    from pypdf import PdfReader

    japanese = genanki.Model(
        1607392340,
        "Japanese (recognition)",
        fields=[{"name": "Expression"}, {"name": "Meaning"}, {"name": "Reading"}],
        templates=[{"name": "Recognition", "qfmt": "{{Expression}}", "afmt": "{{FrontSide}}<hr id=answer>{{furigana:Reading}}<br>{{Meaning}}"}],
    )
    cloze = genanki.Model(
        1607392341,
        "AnKingish",
        fields=[{"name": n} for n in ["Text", "Extra", "Lecture Notes", "Missed Questions", "Pixorize"]],
        templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<br>{{Extra}}<br>{{Lecture Notes}}<br>{{Missed Questions}}"}],
        model_type=genanki.Model.CLOZE,
    )
    deck = genanki.Deck(2059400130, "Mixed")
    deck.add_note(genanki.Note(model=japanese, fields=["日本語を勉強する", "to study Japanese", "日本語[にほんご]を 勉強[べんきょう]する"], guid="jp-1"))
    deck.add_note(genanki.Note(model=cloze, fields=["{{c1::Thiamine}} is vitamin B1", "", "PDH needs it", "Missed on NBME 25", "hidden"], guid="ak-1"))
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    genanki.Package(deck).write_to_file(str(content / "sources" / "mixed.apkg"))
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json", "pdf"), now=1_000)
    assert result.compiled is not None
    notes = {n.notetype: n for n in result.compiled.deck.notes}
    answer = notes["deckc Basic"].fields["Answer"]
    assert answer.startswith("<ruby>日本語<rt>にほんご</rt></ruby>を<ruby>勉強<rt>べんきょう</rt></ruby>する") and "[" not in answer
    extra = notes["deckc Cloze"].fields["Extra"]
    assert extra == "<p><i>Lecture Notes:</i> PDH needs it</p><p><i>Missed Questions:</i> Missed on NBME 25</p>"
    sheet = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "build" / "mine.pdf").pages).split())
    assert "[にほんご]" not in sheet


def test_highlighted_text_prints_bold_on_the_sheet() -> None:
    """learner L20 (sheet part): <mark> (a highlight: the words to learn) prints bold, not as plain text."""
    from compiler.model import Block, BlockKind
    from compiler.sheet import answer_blocks

    [para] = answer_blocks([Block(kind=BlockKind.html, text="<p>Press <mark>y y</mark> to yank.</p>")], None, lambda t, n: None)  # type: ignore[arg-type]
    assert {"k": "b", "v": "y y"} in para["spans"]


def test_mathjax_formulas_in_a_saved_pages_text_reach_the_card_as_written(tmp_path: Path) -> None:
    """learner L43: a saved page's '\\(M_{\\rm enclosed}\\)' became 'M\\_{\\rm enclosed}' (a Markdown escape that
    MathJax prints as an underscore); the formula's TeX now reaches the card unescaped, also display maths."""
    content = tmp_path / "content"
    (content / "sources").mkdir(parents=True)
    (content / "sources" / "page.html").write_bytes((Path(__file__).parent / "data" / "newuser" / "mathjax-text.html").read_bytes())
    (content / "deck.toml").write_text('[deck]\nname = "Mine"\n', encoding="utf-8")
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    answers = " ".join(n.fields["Answer"] for n in result.compiled.deck.notes)
    assert "\\(g(r) = -G M_{\\rm enclosed} / r^2\\)" in answers and "\\_" not in answers
    assert "\\[q_{lm} = \\int Y^*_{lm}" in answers
