"""Twenty-ninth sitting, formats: right-to-left PDFs read in reading order, and the trial-28/29 format findings."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import built_notes, deck_of, note_back, note_front, plain_text, typeset_pdf

HEBREW = """#set page(paper: "a4", margin: 2cm)
#set text(font: "DejaVu Sans", lang: "he", dir: rtl, size: 11pt)
= שאלות חזרה – ביולוגיה

*שאלה 1: מהו האברון שבו מתרחשת הנשימה התאית?*

תשובה: המיטוכונדריה.

*שאלה 2: כמה כרומוזומים יש בתא גוף של אדם?*

תשובה: 46 כרומוזומים (23 זוגות).

*שאלה 3: מה ההבדל בין CPU ל-GPU?*

תשובה: ה-CPU מריץ 8 ליבות ב-3.5 GHz, ה-GPU אלפי ליבות (50% יותר).
"""

ARABIC = """#set page(paper: "a4", margin: 2cm)
#set text(font: "DejaVu Sans", lang: "ar", dir: rtl, size: 11pt)
= أسئلة مراجعة – العلوم

*السؤال: ما الكوكب الأقرب إلى الشمس؟*

الجواب: عطارد.

*السؤال: كم عدد عظام جسم الإنسان البالغ؟*

الجواب: ٢٠٦ عظمة.

*السؤال: ما الغاز الذي تطلقه النباتات أثناء البناء الضوئي؟*

الجواب: الأكسجين (O₂).
"""


def test_a_hebrew_pdf_is_read_right_to_left_with_its_numbers_as_written(tmp_path: Path) -> None:
    """T28-34: a Hebrew PDF's lines come out of the text layer as they stand on the page, left to right; each card
    reads as the document does: the question whole on the front, '46 כרומוזומים (23 זוגות)' with its numbers and
    brackets the right way round, English words and decimals inside the Hebrew line in place."""
    pdf = typeset_pdf(tmp_path / "he-qa.pdf", HEBREW)
    notes, _, said = built_notes(tmp_path, {"he-qa.pdf": pdf})
    cards = sorted((note_front(n), note_back(n)) for n in notes)
    assert cards == [
        ("כמה כרומוזומים יש בתא גוף של אדם?", "46 כרומוזומים (23 זוגות)."),
        ("מה ההבדל בין CPU ל-GPU?", "ה-CPU מריץ 8 ליבות ב-3.5 GHz, ה-GPU אלפי ליבות (50% יותר)."),
        ("מהו האברון שבו מתרחשת הנשימה התאית?", "המיטוכונדריה."),
    ], said
    assert {plain_text(n["fields"]["Section"]) for n in notes} == {"שאלות חזרה – ביולוגיה"}


def test_an_arabic_pdf_teaches_the_number_the_document_gives(tmp_path: Path) -> None:
    """T28-34: an Arabic PDF's answer '٢٠٦ عظمة' (206 bones) is on the card as written, never turned round into ٦٠٢;
    each question is whole on its front (Arabic's lam-alef ligature 'الأقرب' spelled right) and '(O₂)' keeps its brackets."""
    pdf = typeset_pdf(tmp_path / "ar-qa.pdf", ARABIC)
    notes, _, said = built_notes(tmp_path, {"ar-qa.pdf": pdf})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "ما الكوكب الأقرب إلى الشمس؟": "عطارد.",
        "كم عدد عظام جسم الإنسان البالغ؟": "٢٠٦ عظمة.",
        "ما الغاز الذي تطلقه النباتات أثناء البناء الضوئي؟": "الأكسجين (O₂).",
    }, said


def test_an_english_pdf_reads_as_before_and_a_hebrew_word_in_it_reads_right(tmp_path: Path) -> None:
    """T28-34: a left-to-right PDF's text is what pypdf gives (reading right-to-left lines changes nothing else);
    a Hebrew word quoted in an English line is spelled as written."""
    from pypdf import PdfReader

    from compiler.sources.pdf import _stream_order

    english = typeset_pdf(
        tmp_path / "en.pdf", "*Question 1: What is 2 + 2 (in base 10)?*\n\nAnswer: 4, or “four” — ﬁne.\n"
    )
    page = PdfReader(english).pages[0]
    plain = page.extract_text()
    with _stream_order() as turned:
        assert turned
        assert page.extract_text() == plain
    quoted = typeset_pdf(
        tmp_path / "q.pdf", "*Question 1: What does the Hebrew word שלום mean?*\n\nAnswer: Peace.\n"
    )
    notes, _, said = built_notes(tmp_path, {"q.pdf": quoted})
    assert [(note_front(n), note_back(n)) for n in notes] == [
        ("What does the Hebrew word שלום mean?", "Peace.")
    ], said


def test_visual_order_reads_a_line_of_mixed_directions() -> None:
    """T28-34: the shared helper reads a line given as it stands on the page: numbers, signs and brackets inside
    right-to-left text, and a right-to-left word inside a left-to-right line."""
    from compiler.sources.visual_order import logical

    def read(seen: str) -> str:
        return "".join(ch for ch, _ in logical([(ch, k) for k, ch in enumerate(seen)]))

    assert read(".)תוגוז 23( םימוזומורכ 46 :הבושת") == "תשובה: 46 כרומוזומים (23 זוגות)."
    assert (
        read(".(תוגוז 23) םימוזומורכ 46 :הבושת") == "תשובה: 46 כרומוזומים (23 זוגות)."
    )  # (a mirrored glyph named)
    assert read(".ةمظع ٢٠٦ :ج") == "ج: ٢٠٦ عظمة."
    assert read(".50% היה ריחמה") == "המחיר היה 50%."
    assert read("?CPU והמ") == "מהו CPU?"
    assert read("The word םולש means peace") == "The word שלום means peace"
    assert read("What is 2 + 2?") == "What is 2 + 2?"


ZIP_CHEAT = """---
syntax: bash
tags: [ compression ]
---
# To compress a folder into an archive:
zip -r backup.zip projects/

# To list what an archive holds:
unzip -l backup.zip
"""


def test_a_cheat_sheet_named_after_its_command_without_a_suffix_is_read(tmp_path: Path) -> None:
    """T28-41: `cheat` keeps its sheets as files named after the command, without a suffix ('zip', curl's 'docs/FAQ'):
    such a text file is read as a .txt (a card per comment over its command), unlisted or through a glob; a binary
    file, a script ('#!') and a Makefile without a suffix are still said not to be read."""
    notes, _, said = built_notes(
        tmp_path,
        {
            "zip": ZIP_CHEAT,
            "Makefile": "all:\n\techo hi\n",
            "run": "#!/bin/sh\necho hi\n",
            "blob": "\x00\x01binary",
        },
    )
    assert sorted((note_front(n), note_back(n)) for n in notes) == [
        ("To compress a folder into an archive:", "zip -r backup.zip projects/"),
        ("To list what an archive holds:", "unzip -l backup.zip"),
    ], said
    assert any("sources/zip" in m and "not listed in deck.toml" in m for m in said), said
    code = [m for m in said if "not read: a program" in m]
    assert any("sources/Makefile" in m for m in code) and any("sources/run" in m for m in code), said
    assert any("sources/blob" in m and "not read" in m for m in said), said
    table = '\n[[source]]\nid = "cheat"\nfile = "sources/cheat/*"\nlayout = "pattern"\n[source.pattern]\nitem = \'^#\\s+(?P<question>\\S.*)$\'\n'
    globbed, _, said = built_notes(tmp_path / "glob", {"cheat/zip": ZIP_CHEAT}, table)
    assert sorted(note_front(n) for n in globbed) == [
        "To compress a folder into an archive:",
        "To list what an archive holds:",
    ], said


DOCBOOK_FAQ = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//OASIS//DTD DocBook XML V4.5//EN" "http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd">
<article id="backup-faq">
  <articleinfo><title>Backup HOWTO – Frequently Asked Questions</title></articleinfo>
  <section id="general">
    <title>General</title>
    <qandaset defaultlabel="qanda">
      <qandaentry>
        <question><para>How do I list the contents of a tar archive?</para></question>
        <answer>
          <para>Use <command>tar -tvf</command>:</para>
          <screen>$ tar -tvf backup.tar</screen>
        </answer>
      </qandaentry>
    </qandaset>
  </section>
  <section id="restore">
    <title>Restoring</title>
    <qandaset>
      <qandadiv>
        <title>Single files</title>
        <qandaentry>
          <question><para>How do I restore one file from a tar archive?</para></question>
          <answer><para>Name it after the archive: <userinput>tar -xvf backup.tar home/jane/notes.txt</userinput>.</para>
            <itemizedlist><listitem><para>Keep the path <filename>home/jane</filename>.</para></listitem>
            <listitem><para>See <ulink url="https://www.gnu.org/software/tar/">the manual</ulink>.</para></listitem></itemizedlist>
          </answer>
        </qandaentry>
      </qandadiv>
    </qandaset>
  </section>
</article>
"""


def test_a_docbook_faq_reads_as_its_text_not_its_tags(tmp_path: Path) -> None:
    """T28-33: a DocBook FAQ's <qandaentry> (an LDP HOWTO, the FreeBSD FAQ) is a card whose front is the question's
    text and whose back shows its paragraphs, commands as code, a <screen> as a code block, a list and a link; the
    section is the <qandadiv>'s or <section>'s title, the document's title its <articleinfo> title."""
    notes, _, said = built_notes(tmp_path, {"faq.xml": DOCBOOK_FAQ})
    cards = {note_front(n): n for n in notes}
    assert sorted(cards) == [
        "How do I list the contents of a tar archive?",
        "How do I restore one file from a tar archive?",
    ], said
    listing = cards["How do I list the contents of a tar archive?"]
    assert "<para>" not in listing["fields"]["Answer"] and "&lt;" not in listing["fields"]["Answer"]
    assert "<code>tar -tvf</code>" in listing["fields"]["Answer"] and "<pre" in listing["fields"]["Answer"]
    assert note_back(listing) == "Use tar -tvf : $ tar -tvf backup.tar"
    restore = cards["How do I restore one file from a tar archive?"]
    assert "<code>tar -xvf backup.tar home/jane/notes.txt</code>" in restore["fields"]["Answer"]
    assert (
        "<li>" in restore["fields"]["Answer"]
        and 'href="https://www.gnu.org/software/tar/"' in restore["fields"]["Answer"]
    )
    assert (
        plain_text(listing["fields"]["Section"]) == "General"
        and plain_text(restore["fields"]["Section"]) == "Single files"
    )
    assert "Backup HOWTO – Frequently Asked Questions" in plain_text(restore["fields"]["Sources"])
    assert all("para" not in n["id"] for n in notes), [n["id"] for n in notes]


def test_dollar_maths_in_a_text_file_is_maths_and_prices_stay_prices(tmp_path: Path) -> None:
    """T28-35: a .txt read as Q:/A: pairs writes its maths as MathJax's (``$x^2$`` → ``\\(x^2\\)``, an answer that is one
    ``$2x$`` too, ``$$…$$`` → ``\\[…\\]``), as the same text in Markdown does; prices ('$2 … $15', '$19') stay text."""
    text = (
        "Calculus – quick recall\n\nQ: What is the derivative of $x^2$?\nA: $2x$\n\n"
        "Q: A pen costs $2 and a book $15. What do 2 pens and 1 book cost?\nA: $19\n\n"
        "Q: State the quadratic formula.\nA: $$x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}$$\n"
    )
    notes, _, said = built_notes(tmp_path, {"calc.txt": text})
    cards = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes}
    assert len(cards) == 3, said
    derivative = next(q for q in cards if "derivative" in q)
    assert "\\(x^2\\)" in derivative and "$" not in derivative and "<p>\\(2x\\)</p>" in cards[derivative]
    pen = next(q for q in cards if "pen costs" in q)
    assert "$2 and a book $15" in pen and cards[pen].startswith("<p>$19</p>")
    assert cards["State the quadratic formula."].startswith(
        "<p>\\[x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}\\]</p>"
    )


def test_asciidoc_stem_formulas_are_maths(tmp_path: Path) -> None:
    """T28-36: AsciiDoc's ``stem:[…]`` under ``:stem: latexmath`` (and ``latexmath:[…]``) is inline maths, a ``[stem]``
    passthrough block a displayed formula; an AsciiMath formula (``:stem:`` unset) is shown as code, never as the macro."""
    adoc = (
        "= Calculus recall\n:stem: latexmath\n\nWhat is the derivative of stem:[x^2]?::\n  stem:[2x]\n\n"
        "State the quadratic formula.::\n+\n[stem]\n++++\nx = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}\n++++\n\n"
        "What is latexmath:[\\sin^2 x + \\cos^2 x]?::\n  stem:[1]\n"
    )
    ascii = "= Roots\n\nWhat is the square root of 16 written as a formula?::\n  stem:[sqrt(16) = 4]\n"
    notes, _, _ = built_notes(tmp_path, {"calc.adoc": adoc, "roots.adoc": ascii})
    cards = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes}
    assert "stem:[" not in str(cards) and "latexmath:[" not in str(cards), cards
    derivative = next(q for q in cards if "derivative" in q)
    assert "\\(x^2\\)" in derivative and cards[derivative].startswith("<p>\\(2x\\)</p>")
    assert any("\\(\\sin^2 x + \\cos^2 x\\)" in q for q in cards), cards
    formula = cards["State the quadratic formula."]
    assert "\\[" in formula and "x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}" in formula, formula
    roots = next(a for q, a in cards.items() if "square root" in q)
    assert "<code>sqrt(16) = 4</code>" in roots, roots


def test_shell_dollars_in_markdown_prose_stay_text(tmp_path: Path) -> None:
    """T28-57: ``With $1 (and $# gives …)`` is shell, not TeX: the learner reads '$1' and '$#', not a formula '1 (and';
    a formula with spaces inside its dollars ('$ x^2 + 1 $') is still maths."""
    md = (
        "# Shell basics\n\n## How do you read the first argument of a script?\n\n"
        "With $1 (and $# gives the number of arguments).\n\n"
        "## What is the difference between $HOME and $PATH?\n\n$HOME is your home folder; $PATH is the search path.\n\n"
        "## What is the value of $ x^2 + 1 $ at x = 2?\n\n5.\n"
    )
    notes, _, said = built_notes(tmp_path, {"shell.md": md})
    cards = {note_front(n): note_back(n) for n in notes}
    assert (
        cards["How do you read the first argument of a script?"]
        == "With $1 (and $# gives the number of arguments)."
    ), said
    assert (
        cards["What is the difference between $HOME and $PATH?"]
        == "$HOME is your home folder; $PATH is the search path."
    )
    assert any("\\(" in n["fields"]["Question"] and "x^2 + 1" in n["fields"]["Question"] for n in notes), (
        cards
    )


FAQ_POD = """=head1 NAME

backupfaq - Frequently asked questions about backups

=head1 DESCRIPTION

This FAQ answers common questions about the C<bkp> tool.

=head2 How do I make a full backup?

Run C<bkp> with the B<--full> option:

    bkp --full /home /mnt/backup

=head2 Why is my incremental backup empty?

Nothing changed since the last run. C<bkp> compares I<modification times>, see L<bkp-config(5)>
and L<the manual|https://example.org/bkp>; C<< $a <=> $b >> sorts.

=cut

sub helper { return 1 }
"""


def test_a_pod_faq_is_read_as_its_text(tmp_path: Path) -> None:
    """T28-47: a .pod FAQ (perlfaq's shape; also saved as .txt) is a card per '=head2' question, its formatting codes as
    the learner should see them (C<…> code, B<…> bold, L<…> its text or a link), its verbatim paragraph a code block,
    no '=head2', '=cut' or Perl after '=cut' on any card; the NAME line is the document's title."""
    notes, _, said = built_notes(tmp_path, {"faq.pod": FAQ_POD})
    cards = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes}
    assert sorted(cards) == ["How do I make a full backup?", "Why is my incremental backup empty?"], said
    full = cards["How do I make a full backup?"]
    assert full.startswith("<p>Run <code>bkp</code> with the <strong>--full</strong> option:</p><pre")
    assert "bkp --full /home /mnt/backup" in full
    empty = cards["Why is my incremental backup empty?"]
    assert (
        "<em>modification times</em>" in empty
        and "bkp-config(5)" in empty
        and 'href="https://example.org/bkp"' in empty
    )
    assert "<code>$a &lt;=&gt; $b</code>" in empty and "=cut" not in empty and "helper" not in empty
    assert all("=head" not in q and "C&lt;" not in a and "C<" not in a for q, a in cards.items())
    assert "backupfaq - Frequently asked questions about backups" in plain_text(notes[0]["fields"]["Sources"])
    copied, _, said = built_notes(tmp_path / "txt", {"faq.txt": FAQ_POD})
    assert sorted(note_front(n) for n in copied) == sorted(cards), said


def test_a_deck_folder_named_in_arabic_or_chinese_writes_files_of_that_name(tmp_path: Path) -> None:
    """T28-48: `deckc init 'علوم-الصف'` (or '生物 复习') names its output files after the deck, in its script, not
    'deck-ea240182'; the deck.toml it writes builds; a basename with a space is still refused with the name to write."""
    from click.testing import CliRunner

    from compiler.cli import main

    for name, files in (("علوم-الصف", "علوم-الصف"), ("生物 复习", "生物-复习")):
        folder = tmp_path / name
        assert CliRunner().invoke(main, ["init", str(folder)]).exit_code == 0
        assert f'basename = "{files}"' in (folder / "deck.toml").read_text(encoding="utf-8")
        result = CliRunner().invoke(main, ["build", str(folder)])
        assert result.exit_code == 0, result.output
        assert sorted(p.name for p in (folder / "build").glob(f"{files}.*")) == [
            f"{files}.{x}" for x in ("apkg", "csv", "json", "pdf")
        ]
    spaced = deck_of(
        tmp_path / "spaced",
        {"cards.md": "## What is SQL?\n\nA query language.\n"},
        'basename = "علوم الصف"\n',
    )
    result = CliRunner().invoke(main, ["build", str(spaced), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no spaces" in result.output


def test_subfolders_read_alike_get_one_table_for_the_folder(tmp_path: Path) -> None:
    """T28-62: a collection copied with its subfolders (a repository's data-structures/<topic>/README.md) whose files
    all read the same way gets ONE [[source]] table with a recursive glob, not a table per subfolder; a file under it
    read another way gets a table naming it; pasting the tables changes no note."""
    from compiler.build import build

    page = "# {0}\n\n## What is a {0}?\n\nA structure.\n\n## Why use a {0}?\n\nSpeed.\n"
    files = {f"data-structures/{t}/README.md": page.format(t) for t in ("heap", "queue", "stack", "trie")}
    files["data-structures/heap/README.fr-FR.md"] = page.format("tas")
    files["data-structures/odd/README.md"] = (
        "# Odd ones\n\n## What is a deque? (Hard)\n\nA double-ended queue.\n\n## What is a bag? (Easy)\n\nA multiset.\n"
    )
    content = deck_of(tmp_path, files)
    first = build(content, tmp_path / "b1", formats=("json",), now=1_000)
    assert first.compiled is not None
    unlisted = [d for d in first.compiled.diagnostics.items if "not listed in deck.toml" in d.message]
    snippets = [d.snippet for d in unlisted]
    assert len(unlisted) == 2, [d.text() for d in unlisted]
    assert any('file = "sources/**/*.md"' in s for s in snippets), snippets
    assert any('file = "sources/data-structures/odd/README.md"' in s for s in snippets), snippets
    (content / "deck.toml").write_text(
        '[deck]\nname = "Mine"\n\n' + "\n".join(snippets) + "\n", encoding="utf-8"
    )
    second = build(content, tmp_path / "b2", formats=("json",), now=2_000)
    assert second.summary.totals["new"] == 0 and second.summary.totals["updated"] == 0, second.summary.totals
    assert second.summary.totals["unchanged"] == first.summary.totals["new"]


SALARIES = """Last Name,First Name,Annual Salary,FGCU Hire Date,College/Dept,Class Title
Gray-Vickrey,Margaret,$127972.27,07/01/1996,Academic Affairs Administration,Assoc. Vice President/Prof.
Rogers,Hudson,$134316.57,08/07/1997,Academic Affairs Administration,Associate VP & Professor
Hart,Erika,$26650.11,08/03/2001,Academic Affairs Administration,Program Asst
Deschene,Catherine,$63960.27,01/05/2004,Academic Affairs Administration,Executive Asst
Hart,Mary,$41000.00,02/01/2010,College of Business,Instructor
Lee,Ann,$52000.50,09/15/2012,College of Arts,Assistant Professor
"""


def test_a_data_set_beside_the_notes_is_no_flashcard_list(tmp_path: Path) -> None:
    """T29-20: a CSV of data (a salary data set a notebook reads: six columns, none named Question/Answer/Term, two of
    amounts and dates) gives no card; a warning names it as a data table, its columns, and how to read it anyway;
    the notes beside it build; a Front,Back list of numbers is still read."""
    notes, _, said = built_notes(
        tmp_path,
        {
            "median-vs-mean/FGCU_salary_dataset.csv": SALARIES,
            "stats.md": "## What is the median?\n\nThe middle value.\n",
            "years.csv": "Question,Answer\nWhen did WWII end?,1945\nWhen did WWI end?,1918\nWhen did the Berlin Wall fall?,1989\n",
        },
    )
    assert sorted(note_front(n) for n in notes) == [
        "What is the median?",
        "When did WWI end?",
        "When did WWII end?",
        "When did the Berlin Wall fall?",
    ], said
    data = [m for m in said if "FGCU_salary_dataset.csv" in m]
    assert (
        len(data) == 1
        and "not read: a data table (6 columns: Last Name, First Name, Annual Salary, FGCU Hire Date, …"
        in data[0]
    ), said
    assert "[source.delimited]" in data[0]
    table = '\n[[source]]\nid = "salaries"\nfile = "sources/s.csv"\nlayout = "delimited"\n[source.delimited]\nfront = 1\nback = 3\n'
    listed, _, said = built_notes(tmp_path / "listed", {"s.csv": SALARIES}, table)
    cards = {note_front(n): note_back(n) for n in listed}
    assert cards["Gray-Vickrey"].startswith("$127972.27") and "Last Name" not in cards, said


def test_maths_written_with_doubled_backslashes_is_maths(tmp_path: Path) -> None:
    """T29-26: '\\\\[ … \\\\]' and '\\\\( … \\\\)' (the backslash doubled, as writers who know Markdown eats one type
    them) are maths like '\\[ … \\]': no '^…^' superscript inside the formula; '2^10^' in prose still is one."""
    md = (
        "# Recall\n\n## Normal pdf, double backslash?\n\n\\\\[ f(x) = e^{-x^2/2} \\\\]\n\n"
        "## Inline double backslash?\n\nThe density is \\\\( e^{-x^2} \\\\) up to a constant.\n\n"
        "## Two carets in text?\n\nPowers: 2^10^ are superscripts.\n"
    )
    notes, _, said = built_notes(tmp_path, {"m.md": md})
    cards = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes}
    assert cards["Normal pdf, double backslash?"] == "<p>\\[ f(x) = e^{-x^2/2} \\]</p>", said
    assert cards["Inline double backslash?"] == "<p>The density is \\( e^{-x^2} \\) up to a constant.</p>"
    assert "2<sup>10</sup>" in cards["Two carets in text?"]


def _footnoted_docx(path: Path) -> Path:
    """A Word quiz whose second answer cites a footnote (word/footnotes.xml, as Word writes one)."""
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(text: str, note: str = "") -> str:
        cite = (
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{note}"/></w:r>'
            if note
            else ""
        )
        return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r>{cite}</w:p>'

    body = [
        para("Q1. In which year did the Berlin Wall fall?"),
        para("A: 1989"),
        para("Q2. Who was the first president of the United States?"),
        para("A: George Washington", note="1"),
        para("Q3. Which treaty ended World War I?"),
        para("A: The Treaty of Versailles (1919)."),
    ]
    notes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> He served two terms, 1789–1797.</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main}.document.main+xml"/>'
            f'<Override PartName="/word/footnotes.xml" ContentType="{main}.footnotes+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>{"".join(body)}</w:body></w:document>',
        )
        z.writestr("word/footnotes.xml", notes)
    return path


def test_a_word_footnote_is_under_the_answer_that_cites_it(tmp_path: Path) -> None:
    """T29-29: a Word footnote cited in Q2's answer is listed under that answer (its '↑' back-link gone), never at the
    end of the last card; Q3's back is its own answer alone."""
    notes, _, said = built_notes(tmp_path, {"history.docx": _footnoted_docx(tmp_path / "history.docx")})
    cards = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes}
    assert len(cards) == 3, said
    washington = cards["Who was the first president of the United States?"]
    assert (
        washington.startswith("<p>George Washington<sup>1</sup></p>")
        and "<li>He served two terms, 1789–1797.</li>" in washington
    )
    assert "↑" not in washington and "[1]" not in washington
    assert cards["Which treaty ended World War I?"] == "<p>The Treaty of Versailles (1919).</p>"


def test_a_flashcard_sets_card_picture_is_on_its_card(tmp_path: Path) -> None:
    """T29-30: a set kept as JSON whose card has an 'image' ('{"url": …}' remote, or a file beside it) shows it on the
    back as a Markdown picture is shown (a remote one as a link, said once; a local one packed), never dropped unsaid."""
    from test_sitting28_formats import _png

    (tmp_path / "content" / "sources").mkdir(parents=True)
    (tmp_path / "content" / "sources" / "vivir.png").write_bytes(_png((10, 200, 30)))
    bank = (
        '{"title": "Spanish verbs", "cards": ['
        '{"id": 101, "term": "hablar", "definition": "to speak", "image": null},'
        '{"id": 102, "term": "comer", "definition": "to eat", "image": {"url": "https://o.quizlet.com/abc.jpg", "width": 240}},'
        '{"id": 103, "term": "vivir", "definition": "to live", "image": "vivir.png"}]}'
    )
    notes, _, said = built_notes(tmp_path, {"set.json": bank})
    cards = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes}
    assert cards["hablar"] == "<p>to speak</p>", said
    assert 'href="https://o.quizlet.com/abc.jpg"' in cards["comer"] and any(
        "remote picture" in m for m in said
    )
    assert "<img" in cards["vivir"] and "vivir" in cards["vivir"], cards["vivir"]


def _pictured_docx(path: Path, png: bytes) -> Path:
    """A Word quiz whose first question has a picture (word/media/image1.png, drawn inline) in the paragraph under it."""
    import zipfile

    ns = (
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
    )
    drawing = (
        '<w:r><w:drawing><wp:inline><wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="Picture 1" descr="cell diagram"/>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
        '<pic:nvPicPr><pic:cNvPr id="0" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="rIdPic"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r>"
    )

    def para(text: str) -> str:
        return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'

    body = [
        para("1. Which organelle is labelled X in the diagram below?"),
        f"<w:p>{drawing}</w:p>",
        para("A. Nucleus"),
        para("B. Mitochondrion"),
        para("2. What does the cell membrane do?"),
        para("A. It makes proteins"),
        para("B. It controls what enters and leaves the cell"),
        para("Answer key: 1. B 2. B"),
    ]
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/_rels/document.xml.rels",
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdPic" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document {ns}><w:body>{"".join(body)}</w:body></w:document>',
        )
        z.writestr("word/media/image1.png", png)
    return path


def test_a_word_quizs_picture_is_on_its_card_and_in_the_package(tmp_path: Path) -> None:
    """T29-10: the diagram under a Word question ('labelled X in the diagram below') is on that card's front and packed
    into the .apkg (it was left out, with advice that did not work); no 'left out' warning for it."""
    import zipfile

    from test_sitting28_formats import _png

    from compiler.build import build

    png = _png((200, 30, 30))
    content = deck_of(tmp_path, {"unit2.docx": _pictured_docx(tmp_path / "unit2.docx", png)})
    result = build(content, tmp_path / "out", formats=("json", "apkg"), now=1_000)
    assert result.compiled is not None
    said = [d.text() for d in result.compiled.diagnostics.items]
    manifest = json.loads(next((tmp_path / "out").glob("*.json")).read_text(encoding="utf-8"))
    fronts = {note_front(n): n["fields"]["Question"] for n in manifest["notes"]}
    diagram = next(
        html for front, html in fronts.items() if front.startswith("Which organelle is labelled X")
    )
    assert "<img" in diagram and 'alt="cell diagram"' in diagram, (diagram, said)
    assert not any("left out" in m for m in said), said
    with zipfile.ZipFile(next((tmp_path / "out").glob("*.apkg"))) as package:
        assert png in [package.read(name) for name in package.namelist() if name.isdigit()]


def test_a_cheat_sheets_commands_are_code_a_line_each(tmp_path: Path) -> None:
    """T28-41 (rest): two command lines under one '# To …:' comment are the back's code block, a line each (they were
    joined into one line 'find … -48h find … -2'); the printed table says format = "code"."""
    sheet = (
        "---\ntags: [ find ]\n---\n# To find files changed in the last two days:\nfind . -type f -ctime -48h\n"
        "find . -type f -ctime -2\n\n# To find folders only:\nfind /var/log -type d\n\n# To delete empty files:\nfind . -type f -empty -delete\n"
    )
    notes, _, said = built_notes(tmp_path, {"find": sheet})
    cards = {n["fields"]["Question"]: n["fields"]["Answer"] for n in notes}
    two = cards["To find files changed in the last two days:"]
    assert (
        two.startswith("<pre")
        and "find . -type f -ctime -48h\n</span><span" in two
        and "find . -type f -ctime -2" in two
    ), two
    assert (
        note_back(next(n for n in notes if "folders" in n["fields"]["Question"])) == "find /var/log -type d"
    )
    assert any('format = "code"' in m for m in said), said


def test_a_word_table_with_a_reading_column_is_a_card_per_word(tmp_path: Path) -> None:
    """T29-38: '| 汉字 | Pinyin | Deutsch |' (the word, its reading, its meaning in a language the header names) and
    '| Español | Inglés | Ejemplo |' (languages named in Spanish) are a card per word, the reading or example labelled on
    the back, as '| Word | Pronunciation | Meaning |' already was; not one card of the whole table."""
    zh = "# HSK 1 – Lektion 2\n\n| 汉字 | Pinyin | Deutsch |\n|---|---|---|\n| 你好 | nǐ hǎo | Hallo |\n| 谢谢 | xièxie | danke |\n| 再见 | zàijiàn | auf Wiedersehen |\n"
    es = (
        "# Vocabulario – Unidad 5\n\n| Español | Inglés | Ejemplo |\n|---|---|---|\n| la manzana | the apple | Me gusta la manzana. |\n"
        "| el perro | the dog | El perro ladra. |\n| la casa | the house | Mi casa es grande. |\n"
    )
    notes, _, said = built_notes(tmp_path, {"zh.md": zh, "es.md": es})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards == {
        "你好": "Hallo Pinyin: nǐ hǎo",
        "谢谢": "danke Pinyin: xièxie",
        "再见": "auf Wiedersehen Pinyin: zàijiàn",
        "la manzana": "the apple Ejemplo: Me gusta la manzana.",
        "el perro": "the dog Ejemplo: El perro ladra.",
        "la casa": "the house Ejemplo: Mi casa es grande.",
    }, said


def test_an_excel_csv_saved_on_windows_is_read_and_said(tmp_path: Path) -> None:
    """T29-39: Excel's 'CSV (Trennzeichen-getrennt)' on a German Windows (cp1252, ';', CRLF, quoted fields) was an error
    that stopped the whole deck, though deckc named cp1252 itself: it is read as cp1252 with a warning saying how to make
    it explicit, and the folder's other documents build."""
    csv_bytes = (
        'Begriff;Erklärung;Kapitel\r\nPhotosynthese;"Umwandlung von Lichtenergie; dabei entsteht Glukose";3\r\n'
        'Osmose;Diffusion von Wasser durch eine semipermeable Membran;3\r\nGröße;"mehrzeilige\r\nErklärung mit ""Zitat""";2\r\n'
    ).encode("cp1252")
    (tmp_path / "content" / "sources").mkdir(parents=True)
    (tmp_path / "content" / "sources" / "glossar.csv").write_bytes(csv_bytes)
    notes, _, said = built_notes(tmp_path, {"bio.md": "## What is osmosis?\n\nWater crossing a membrane.\n"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert cards["Photosynthese"] == "Umwandlung von Lichtenergie; dabei entsteht Glukose", said
    assert cards["Größe"] == 'mehrzeilige Erklärung mit "Zitat"' and "What is osmosis?" in cards
    assert any(
        "glossar.csv:1: warning: not UTF-8 (byte 0xe4): read as cp1252" in m and 'encoding = "cp1252"' in m
        for m in said
    ), said
