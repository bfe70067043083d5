"""Thirtieth sitting, formats: the trial-29/30 format findings (Google Forms copies, …)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, deck_of, note_back, note_front, plain_text

GFORMS_SCORE = """Biology Quiz – Cells
Total points 2/3
The respondent's email (student@example.org) was recorded on submission of this form.

What is the powerhouse of the cell? *
1/1
Nucleus
Mitochondria
Ribosome
Golgi apparatus

Which molecule carries genetic information? *
0/1
RNA
DNA
Protein
Lipid
Correct answer
DNA

Which organelle makes proteins? *
1/1
Lysosome
Ribosome
Vacuole
Feedback
Ribosomes read mRNA and join amino acids.
"""

GFORMS_PRINT = """Biology Quiz – Cells
* Indicates required question

1. What is the powerhouse of the cell? *
Mark only one oval.
Nucleus
Mitochondria
Ribosome
Golgi apparatus

2. Which molecule carries genetic information? *
Mark only one oval.
RNA
DNA
Protein
Lipid
"""


def _options(note: dict) -> list[str]:  # type: ignore[type-arg]
    return [plain_text(o) for o in note["fields"]["Options"].split("</li>") if plain_text(o)]


def test_a_google_forms_score_page_gives_keyed_questions_without_the_forms_furniture(tmp_path: Path) -> None:
    """T29-35: the respondent's score page copied as text: the question the page shows a 'Correct answer' for is a
    multiple-choice card keyed by it, the one whose feedback names its option keyed by that, the feedback on the back;
    no ' *', points, 'Total points' or e-mail line on any card, and the question whose right option the copy lost
    (1/1, the tick an icon) is said at its line and skipped, never a card of all its options."""
    notes, skipped, said = built_notes(tmp_path, {"gforms-score.txt": GFORMS_SCORE})
    cards = {note_front(n): n for n in notes}
    assert sorted(cards) == [
        "Which molecule carries genetic information?",
        "Which organelle makes proteins?",
    ], said
    dna = cards["Which molecule carries genetic information?"]
    assert dna["kind"] == "multiple_choice"
    assert _options(dna) == ["A) RNA", "B) DNA", "C) Protein", "D) Lipid"]
    assert note_back(dna) == "B) DNA"
    ribosome = cards["Which organelle makes proteins?"]
    assert note_back(ribosome) == "B) Ribosome"
    assert plain_text(ribosome["fields"]["Explanation"]) == "Ribosomes read mRNA and join amino acids."
    text = " ".join(plain_text(v) for n in notes for v in n["fields"].values())
    for furniture in ("*", "1/1", "0/1", "Total points", "respondent", "Correct answer", "Feedback"):
        assert furniture not in text, furniture
    assert [(s["line"], s["question"]) for s in skipped] == [(5, "What is the powerhouse of the cell?")]
    assert any(
        "gforms-score.txt:5" in m and "does not show which option is right" in m and "Correct answer" in m
        for m in said
    ), said


def test_a_google_form_copied_without_a_key_says_what_to_add_and_reads_the_key_once_added(
    tmp_path: Path,
) -> None:
    """T29-35: the form's print view (no key): each question is a warning at its line saying what to write, no Basic
    card listing 'Mark only one oval.' and the options; with 'Answer: …' or a 'Correct answer' block written under
    the options, the question is a keyed card; a numbered short-answer question without answer is said too."""
    notes, skipped, said = built_notes(tmp_path, {"form.txt": GFORMS_PRINT, "score.txt": GFORMS_SCORE})
    assert not any(n["id"].startswith("form/") or "oval" in str(n) for n in notes), [
        note_front(n) for n in notes
    ]
    assert sorted(s["line"] for s in skipped if s["file"] == "sources/form.txt") == [4, 11]
    assert any("form.txt:4" in m and "Google Forms" in m for m in said), said
    keyed = GFORMS_PRINT.replace("Golgi apparatus\n", "Golgi apparatus\nAnswer: Mitochondria\n").replace(
        "Lipid\n", "Lipid\nCorrect answer\nDNA\n\n3. Name the process plants use to make food. *\n\n\n"
    )
    notes, skipped, said = built_notes(tmp_path / "keyed", {"form.txt": keyed})
    cards = sorted((note_front(n), note_back(n)) for n in notes)
    assert cards == [
        ("What is the powerhouse of the cell?", "B) Mitochondria"),
        ("Which molecule carries genetic information?", "B) DNA"),
    ], said
    assert all(_options(n)[0].startswith("A) ") and "oval" not in " ".join(_options(n)) for n in notes)
    assert [(s["line"], s["skipped"]) for s in skipped] == [(21, "the copied page shows no right answer")]


def test_a_google_forms_score_page_in_spanish_with_no_blank_lines_and_several_answers(tmp_path: Path) -> None:
    """T29-35 (the family): a Spanish score page copied with no blank lines ('Puntos totales', 'Respuesta correcta',
    'Comentarios'), a checkbox question with 'Correct answers' naming two options, a short answer's accepted answers
    and a short answer that got every point."""
    spanish = (
        "Quiz de biología\nPuntos totales 1/2\n¿Cuál es el orgánulo que produce energía? *\n0/1\nNúcleo\nMitocondria\n"
        "Ribosoma\nRespuesta correcta\nMitocondria\n¿Qué molécula lleva la información genética? *\n1/1\nARN\nADN\n"
        "Proteína\nComentarios\nEl ADN guarda la información genética.\n"
    )
    english = (
        "Chemistry check\nTotal points 2/4\n\nWhich of these are noble gases? *\n0/2\nNeon\nOxygen\nArgon\nNitrogen\n"
        "Correct answers\nNeon\nArgon\n\nWhat is the chemical symbol for sodium? *\n0/1\nSo\nCorrect answers\nNa\n"
        "Na+\n\nWhat is H2O commonly called? *\n1/1\nWater\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"es.txt": spanish, "chem.txt": english})
    cards = sorted((note_front(n), note_back(n)) for n in notes)
    assert cards == [
        ("What is H2O commonly called?", "Water"),
        ("What is the chemical symbol for sodium?", "Na Also accepted: Na+"),
        ("Which of these are noble gases?", "A) Neon C) Argon"),
        ("¿Cuál es el orgánulo que produce energía?", "B) Mitocondria"),
        ("¿Qué molécula lleva la información genética?", "B) ADN"),
    ], said
    assert skipped == []
    assert "So" not in " ".join(plain_text(v) for n in notes for v in n["fields"].values()).split()


PANDOC = """---
title: "Memory – seminar notes"
bibliography: refs.bib
---

# What is the spacing effect?

Learning is better when study sessions are spread out over time [@ebbinghaus1885; @cepeda2006, p. 354].^[First described by Ebbinghaus.]

# What is the testing effect?

Retrieval practice improves long-term retention more than re-reading [see @roediger2006]. []{#testing .important}

# Who proposed the working-memory model?

Baddeley and Hitch [-@baddeley1974], a [three-part]{.smallcaps} model.[^wm]

# Who measured the forgetting curve?

@ebbinghaus1885 [p. 12] measured it on himself^[Over six years.]; `user@host` and `[@not-a-cite]` are code, mail a@b.org.

[^wm]: Later extended with an episodic buffer.
"""

BIB = """@book{ebbinghaus1885,
  author    = {Ebbinghaus, Hermann},
  title     = {{\\"U}ber das Ged{\\"a}chtnis},
  year      = {1885},
}
@article{cepeda2006,
  author = {Cepeda, Nicholas J. and Pashler, Harold and Vul, Edward},
  year = 2006,
}
@incollection{baddeley1974,
  author = "Alan D. Baddeley and Graham Hitch",
  year = "1974",
}
"""


def test_pandoc_citations_inline_notes_and_spans_read_as_the_rendered_page_shows_them(tmp_path: Path) -> None:
    """T29-53: Pandoc Markdown's citations are short references — the key itself with no bibliography, the author and
    year from the page's .bib beside it — never '[@…]'; an inline note '^[…]' is a numbered note under the answer
    (numbered with the page's '[^n]' notes); a bracketed span is its text, an empty one nothing; code and an e-mail
    address stay as written."""
    notes, _, said = built_notes(tmp_path / "nobib", {"psych.md": PANDOC})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["What is the spacing effect?"] == (
        "Learning is better when study sessions are spread out over time (ebbinghaus1885; cepeda2006, p. 354). 1 "
        "First described by Ebbinghaus."
    ), said
    assert (
        backs["What is the testing effect?"]
        == "Retrieval practice improves long-term retention more than re-reading (see roediger2006)."
    )
    assert backs["Who proposed the working-memory model?"] == (
        "Baddeley and Hitch (1974), a three-part model. 1 Later extended with an episodic buffer."
    )
    assert backs["Who measured the forgetting curve?"] == (
        "ebbinghaus1885 (p. 12) measured it on himself 1 ; user@host and [@not-a-cite] are code, mail a@b.org. Over six years."
    )
    notes, _, said = built_notes(tmp_path / "bib", {"psych.md": PANDOC, "refs.bib": BIB})
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["What is the spacing effect?"].startswith(
        "Learning is better when study sessions are spread out over time (Ebbinghaus 1885; Cepeda et al. 2006, p. 354)."
    )
    assert backs["Who measured the forgetting curve?"].startswith(
        "Ebbinghaus (1885, p. 12) measured it on himself"
    )
    assert not any("refs.bib" in m for m in said), said  # (the page's bibliography: read, never "not read")


def _sheet_runs(
    tmp_path: Path, files: dict[str, str], table: str = ""
) -> list[tuple[float, float, float, str]]:
    """The cheat sheet's first page as (x, y, font size, text) runs, as a PDF reader sees them."""
    import pypdf

    from compiler.build import build

    out = tmp_path / "build"
    build(deck_of(tmp_path, files, table), out, formats=("pdf",), now=1_000)
    runs: list[tuple[float, float, float, str]] = []
    page = pypdf.PdfReader(next(out.glob("*.pdf"))).pages[0]
    page.extract_text(
        visitor_text=lambda t, cm, tm, fd, fs: runs.append((cm[4], cm[5], fs, t)) if t.strip() else None
    )
    return runs


HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855e3b0c44298fc1c149afbf4c8996fb924"


def test_a_long_inline_code_answer_breaks_inside_its_column(tmp_path: Path) -> None:
    """T29-36: a 96-character hash as an inline code answer is printed on several lines of its own column, each
    line's monospace run ending before the next column starts (it was one 380-pt line over column 3's text); every
    character of it is still there."""
    page = (
        "# Sheet stress\n\n## What is the SHA-256 of the empty string?\n\n`" + HASH + "`\n\n"
        "## What is the German word for speed limit?\n\nTempolimit (not Geschwindigkeitsbegrenzung).\n\n"
        "## Which port does HTTPS use?\n\n443\n"
    )
    runs = _sheet_runs(tmp_path, {"wide.md": page})
    code = [
        r
        for r in runs
        if abs(r[2] - 6.6) < 0.05 and set(r[3].replace("\u200b", "").strip()) <= set("0123456789abcdef")
    ]
    assert "".join(r[3] for r in code).replace("\u200b", "").replace(" ", "").replace("\n", "") == HASH
    lines = sorted({round(r[1]) for r in code})
    assert len(lines) >= 3, code
    for y in lines:  # (a monospace glyph of 6.6 pt is 0.6 em wide; a column of the A4 sheet is about 180 pt)
        chars = sum(len(r[3].replace("\u200b", "")) for r in code if round(r[1]) == y)
        assert chars * 6.6 * 0.6 < 182, (y, chars)


def test_the_sheet_prints_markdown_titles_as_words_and_its_header_on_one_line(tmp_path: Path) -> None:
    """T29-14: sources titled in Markdown (backticks, as a front matter's title is written and deck.toml tables are
    pasted) head their groups without the marks, and the running header naming two long titles stays one line,
    each shortened at a word with '…'."""
    one = "---\ntitle: 'Why put CSS `<link>`s in `<head></head>` and JS `<script>`s before `</body>`?'\n---\n\nFaster first paint.\n"
    two = "---\ntitle: Is there any reason you'd want to use `translate()` instead of absolute positioning, or vice-versa?\n---\n\nIt runs on the GPU.\n"
    table = (
        '[[source]]\nid = "one"\nfile = "sources/one.md"\n'
        "title = 'Why is it generally a good idea to position CSS `<link>`s between `<head></head>` and JS `<script>`s just before `</body>`?'\n"
        '[[source]]\nid = "two"\nfile = "sources/two.md"\n'
        'title = "Is there any reason you\'d want to use `translate()` instead of absolute positioning, or vice-versa? And **why**?"\n'
    )
    runs = _sheet_runs(tmp_path, {"one.md": one, "two.md": two}, table)
    text = " ".join(r[3] for r in runs)
    assert "`" not in text and "**" not in text, text[:400]
    top = max(r[1] for r in runs)
    header = [r for r in runs if r[1] > top - 4]
    assert all(abs(r[2] - 7) < 0.05 for r in header), header
    said = "".join(r[3] for r in header)
    assert "…" in said and " – " in said, said
    assert said.count("\n") == 0 and len({round(r[1]) for r in header}) == 1, header


def test_mdx_imports_and_components_further_down_a_md_page_are_no_card_text(tmp_path: Path) -> None:
    """T28-14: a Docusaurus page saved as .md with an ``import X from '…'`` statement and its ``<X />`` component under
    its last heading gives no 'Recommended courses' card teaching the import line; an ad slot ``<InDocAd/>`` inside an
    answer is no text; an import in a code block, or prose that starts with 'import', stays."""
    page = (
        "---\nid: array\ntitle: Array cheatsheet\n---\n\nimport InDocAd from '../_components/InDocAd';\n\n"
        "## What is an array?\n\nItems in contiguous memory.\n\n<InDocAd/>\n\nIndexed in O(1).\n\n"
        "## How do you import React?\n\nWrite:\n\n```js\nimport React from 'react';\n```\n\n"
        "## Why import data first?\n\nimport this from that is prose, kept.\n\n"
        "## Recommended courses\n\nimport AlgorithmCourses from '../\\_courses/AlgorithmCourses.md'\n\n<AlgorithmCourses />\n"
    )
    notes, _, said = built_notes(tmp_path, {"array.md": page})
    backs = {note_front(n): note_back(n) for n in notes}
    assert sorted(backs) == ["How do you import React?", "What is an array?", "Why import data first?"], said
    assert backs["What is an array?"] == "Items in contiguous memory. Indexed in O(1)."
    assert "import React from 'react'" in backs["How do you import React?"]
    assert backs["Why import data first?"] == "import this from that is prose, kept."


def test_a_cheat_sheet_comment_wrapped_over_two_lines_is_one_front(tmp_path: Path) -> None:
    """T28-41 rest: a `cheat` sheet (an extensionless file) whose comment is wrapped over two '#' lines ('# To display
    package versions, listing every installed version of' / '# a package:') gives one card fronted by the whole
    comment, never a 'question has no answer' and a card fronted 'a package:'."""
    sheet = (
        "---\nsyntax: bash\ntags: [ packaging ]\n---\n"
        "# To display package versions, listing every installed version of\n# a package:\ndpkg -l 'pkg*'\n\n"
        "# To install a package:\ndpkg -i foo.deb\n\n# To remove a package:\ndpkg -r foo\n\n"
        "# To list the files a package\n# installed on the system:\ndpkg -L foo\n"
    )
    notes, skipped, said = built_notes(tmp_path, {"dpkg": sheet})
    cards = sorted((note_front(n), note_back(n)) for n in notes)
    assert cards == [
        ("To display package versions, listing every installed version of a package:", "dpkg -l 'pkg*'"),
        ("To install a package:", "dpkg -i foo.deb"),
        ("To list the files a package installed on the system:", "dpkg -L foo"),
        ("To remove a package:", "dpkg -r foo"),
    ], said
    assert skipped == []


def _styled_list_docx(path: Path, key: str) -> Path:
    """A Czech Word quiz whose questions are numbered by Word's 'List Number' style (its numbering in styles.xml, as the
    numbering button of many templates applies it), each over typed options 'a) …', its key the last paragraph."""
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text: str, style: str = "") -> str:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

    quiz = [
        ("Kde v buňce probíhá fotosyntéza?", ["v mitochondriích", "v chloroplastech", "v jádře"]),
        ("Který plyn rostliny přijímají?", ["kyslík", "dusík", "oxid uhličitý"]),
        ("Co vzniká při fotosyntéze?", ["glukóza", "bílkoviny", "voda"]),
    ]
    body = [para("Test – Fotosyntéza", "Heading1"), para("Zakroužkuj jednu správnou odpověď.")]
    for question, options in quiz:
        body.append(para(question, "ListNumber"))
        body += [para(f"{'abc'[n]}) {o}") for n, o in enumerate(options)]
    body.append(para(key))
    styles = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {w}>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr><w:contextualSpacing/></w:pPr></w:style></w:styles>'
    )
    numbering = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {w}>'
        '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="ListNumber"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num></w:numbering>'
    )
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{main}.styles+xml"/>'
            f'<Override PartName="/word/numbering.xml" ContentType="{main}.numbering+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/numbering" Target="numbering.xml"/></Relationships>',
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{"".join(body)}</w:body></w:document>',
        )
        z.writestr("word/styles.xml", styles)
        z.writestr("word/numbering.xml", numbering)
    return path


def test_a_word_quiz_numbered_by_its_list_style_reads_its_key_whatever_the_label(tmp_path: Path) -> None:
    """T30-1: questions numbered by Word's 'List Number' style (no numbering of their own), each over typed options,
    were all numbered 1 by the conversion, so a key '1b, 2c, 3a' under a label deckc does not know (Czech 'Správné
    odpovědi:', Romanian 'Răspunsuri:') keyed nothing: 0 cards. They are numbered 1, 2, 3 as Word shows them,
    and the key reads as in the document's text twin."""
    for name, key in (
        ("cz", "Správné odpovědi: 1b, 2c, 3a"),
        ("ro", "Răspunsuri: 1b, 2c, 3a"),
    ):
        docx = _styled_list_docx(tmp_path / f"{name}.docx", key)
        notes, _, said = built_notes(tmp_path / name, {f"{name}.docx": docx})
        cards = sorted((note_front(n), note_back(n)) for n in notes)
        assert cards == [
            ("Co vzniká při fotosyntéze?", "A) glukóza"),
            ("Kde v buňce probíhá fotosyntéza?", "B) v chloroplastech"),
            ("Který plyn rostliny přijímají?", "C) oxid uhličitý"),
        ], (name, said)
        assert all(n["kind"] == "multiple_choice" for n in notes)


def test_obsidian_sr_vocabulary_lines_are_a_card_each(tmp_path: Path) -> None:
    """T30-14: an Obsidian Spaced Repetition vocabulary note (`#flashcards/spanish`, then `perro::dog`, `gato::cat`,
    `casa::house`; under a `# Spanish` heading too; and without the tag) gives a card per line, never one note
    'spanish' whose back lists the lines; C++ paths (`std::vector` / `std::map` / `std::set`, the same term) stay text."""
    tagged = "#flashcards/spanish\n\nperro::dog\ngato::cat\ncasa::house\n"
    headed = "# Spanish\n\nperro::dog\ngato::cat\ncasa::house\nel libro::the book\n"
    notes, _, said = built_notes(tmp_path / "tagged", {"spanish.md": tagged})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("casa", "house"),
        ("gato", "cat"),
        ("perro", "dog"),
    ], said
    notes, _, said = built_notes(tmp_path / "headed", {"es.md": headed})
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("casa", "house"),
        ("el libro", "the book"),
        ("gato", "cat"),
        ("perro", "dog"),
    ], said
    cpp = "# C++ containers\n\n## Which containers keep their keys sorted?\n\nThese:\n\nstd::map\nstd::set\nstd::multimap\n"
    notes, _, said = built_notes(tmp_path / "cpp", {"cpp.md": cpp})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("Which containers keep their keys sorted?", "These: std::map std::set std::multimap")
    ], said


def test_a_character_pasted_from_windows_into_a_utf8_file_is_read_with_a_warning(tmp_path: Path) -> None:
    """T30-16: a UTF-8 file (café, Misérables) with one en dash pasted as the Windows-1252 byte 0x96 builds: the
    answer shows the dash, a warning names the line, the byte and the character; the deck's other document builds too.
    A byte Windows-1252 does not define (0x81) stays an error naming its line."""
    data = (
        'Q: What is the French word for coffee shop?\nA: café\n\nQ: Who wrote "Les Misérables"?\nA: Victor Hugo '
    ).encode() + b"\x96 in 1862\n"
    other = "Q: What is the capital of Germany?\nA: Berlin\n"
    content = deck_of(tmp_path, {"other.txt": other})
    (content / "sources" / "mixed.txt").write_bytes(data)
    from compiler.build import build
    from compiler.diagnostics import ContentError

    result = build(content, tmp_path / "out", formats=("json",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    backs = {i.question: i.answer_plain() for i in result.compiled.items}
    assert backs['Who wrote "Les Misérables"?'] == "Victor Hugo – in 1862"
    assert backs["What is the French word for coffee shop?"] == "café"
    assert backs["What is the capital of Germany?"] == "Berlin"
    said = [d for d in result.compiled.diagnostics.items if "0x96" in d.message]
    assert (
        len(said) == 1
        and said[0].line == 5
        and said[0].severity == "warning"
        and "– (en dash)" in said[0].message
    )
    (content / "sources" / "mixed.txt").write_bytes(data.replace(b"\x96", b"\x81"))
    with pytest.raises(ContentError) as refused:
        build(content, tmp_path / "out2", formats=("json",), now=1_000)
    assert any(
        d.severity == "error" and d.line == 5 and "0x81" in d.message for d in refused.value.diagnostics
    )
