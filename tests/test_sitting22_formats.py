"""Twenty-second sitting (trial22), formats: readers for non-Markdown formats and tool exports. Fixtures written
here in general terms, from each format's documented syntax."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import built_notes, note_back, note_front

from compiler.diagnostics import ContentError
from compiler.sources.typst import convert_typst

# a Typst quiz whose options sit on one source line, parted by Typst's forced line break '\ ', the key in bold
TYPST_BOLD_KEY = """#set page(paper: "a4")
= Quiz

*Question 1.* Which gas do plants take in?
#block(inset: (left: 1em))[a) Oxygen \\ *b) Carbon dioxide* \\ c) Helium]

*Question 2.* Which planet is largest?
#block[*a) Jupiter* \\ b) Mars \\ c) Venus]
"""


def test_typst_forced_line_breaks_part_options(tmp_path: Path) -> None:
    """trial21 T21-37: '\\ ' is Typst's line break; it was kept as a literal backslash, so options stayed one line
    (a Basic card with 'a) Oxygen \\ b) …' on the back) or ended in ' \\'. Each break now starts a line."""
    notes, skipped, _ = built_notes(tmp_path, {"quiz.typ": TYPST_BOLD_KEY})
    by = {note_front(n): n for n in notes}
    assert set(by) == {"Which gas do plants take in?", "Which planet is largest?"}
    assert all(n["notetype"] == "deckc Multiple choice" for n in notes)
    assert note_back(by["Which gas do plants take in?"]) == "B) Carbon dioxide"
    assert note_back(by["Which planet is largest?"]) == "A) Jupiter"
    assert "\\" not in str([n["fields"] for n in notes]) and skipped == []


def test_typst_line_break_at_a_lines_end_or_escaped() -> None:
    """A line ending in '\\' (a break before the newline) once hung the converter; an escaped backslash '\\\\' is a
    backslash, not a break."""
    text = convert_typst(["First line \\", "second line", "a \\\\ b \\ c", "#block[x \\ y]", "last \\"]).text
    # (the escaped backslash escaped again for Markdown, which shows it as one: lead's T22-26 fix)
    assert text.split("\n") == ["First line", "second line", "a \\\\ b", "c", "", "x", "y", "", "last", ""]


# a LaTeX quiz: options on '\\'-broken lines (or '\quad'-parted on one), the key a paragraph under a starred heading
LATEX_KEY_PARAGRAPH = r"""\documentclass{article}
\begin{document}
\section*{Quiz}
\begin{enumerate}
\item Which metal is liquid at room temperature? \\
(a) Iron \\
(b) Mercury \\
(c) Copper
\item Which gas is noble? \\
(a) Argon \quad (b) Oxygen \quad (c) Nitrogen
\end{enumerate}
\subsection*{Answers}
1. (b) \quad 2. (a)
\end{document}
"""


def test_latex_key_paragraph_under_a_starred_heading(tmp_path: Path) -> None:
    """trial21 T21-38: the key paragraph '1. (b) 2. (a)' came out as '\\1. (b) …' (a list mark escaped the way
    CommonMark does not read), so it was no key and every question was 'none marked correct'. The escape is now
    CommonMark's ('1\\.'), and a Markdown key run whose first number is escaped is read as the key."""
    notes, skipped, _ = built_notes(tmp_path, {"quiz.tex": LATEX_KEY_PARAGRAPH})
    by = {note_front(n): note_back(n) for n in notes}
    assert by == {"Which metal is liquid at room temperature?": "B) Mercury", "Which gas is noble?": "A) Argon"}
    assert skipped == []


def test_markdown_key_run_escaped_as_pandoc_writes_it(tmp_path: Path) -> None:
    """pandoc writes a paragraph that opens with a number as '1\\. B 2. C': still the answer key."""
    doc = "# Quiz\n\n1. Which is a prime?\n   A. 4\n   B. 7\n   C. 9\n2. Which is even?\n   A. 3\n   B. 5\n   C. 8\n\n## Answers\n\n1\\. B 2. C\n"
    notes, _, _ = built_notes(tmp_path, {"quiz.md": doc})
    assert {note_front(n): note_back(n) for n in notes} == {"Which is a prime?": "B) 7", "Which is even?": "C) 8"}


def test_sheet_difficulty_and_tags_columns_named_in_other_languages(tmp_path: Path) -> None:
    """trial21 T21-43: 'Frage;Antwort;Schwierigkeit' (an Excel export: BOM, ';', a quoted multi-line cell) printed
    'Schwierigkeit: leicht' on every back, all 'medium'. A difficulty or tags column named in the languages deckc reads
    sets the level and the tags, as 'Difficulty' and 'Tags' do."""
    de = '\ufeffFrage;Antwort;Schwierigkeit;Schlagwörter\n"Was ist ein Prozess?";"Ein laufendes\nProgramm.";leicht;os\n"Was ist ein Deadlock?";"Gegenseitiges Warten.";schwer;os threads\n'
    es = "Pregunta,Respuesta,Dificultad\n¿Qué es una CPU?,El procesador.,fácil\n¿Qué es un hilo?,Una secuencia de ejecución.,difícil\n"
    notes, skipped, _ = built_notes(tmp_path, {"de.csv": de, "es.csv": es})
    by = {note_front(n): n for n in notes}
    assert {f: n["difficulty"] for f, n in by.items()} == {
        "Was ist ein Prozess?": "easy", "Was ist ein Deadlock?": "hard", "¿Qué es una CPU?": "easy", "¿Qué es un hilo?": "hard",
    }  # fmt: skip
    assert note_back(by["Was ist ein Prozess?"]) == "Ein laufendes Programm."
    assert not any("leicht" in note_back(n) or "Dificultad" in str(n["fields"]) for n in notes)
    assert {"os", "threads"} <= set(by["Was ist ein Deadlock?"]["tags"]) and skipped == []


def test_sheet_level_and_section_columns_chosen_in_config(tmp_path: Path) -> None:
    """A sheet with no header (or one deckc cannot read) says which column holds the level and which the section:
    [source.delimited] level = N, section = [N, …]; those cells are never on the back."""
    sheet = "Mitochondrion?\tPowerhouse of the cell.\tBiology\t1\nOsmosis?\tWater through a membrane.\tBiology\t3\n"
    table = '\n[[source]]\nid = "bio"\nfile = "sources/bio.tsv"\nlayout = "delimited"\ndifficulty = { from = "label", labels = { \"1\" = \"easy\", \"3\" = \"hard\" } }\n[source.delimited]\nseparator = "\\t"\nlevel = 4\nsection = [3]\n'
    notes, skipped, _ = built_notes(tmp_path, {"bio.tsv": sheet}, table)
    by = {note_front(n): n for n in notes}
    assert note_back(by["Mitochondrion?"]) == "Powerhouse of the cell."
    assert [by[f]["difficulty"] for f in ("Mitochondrion?", "Osmosis?")] == ["easy", "hard"]
    assert by["Osmosis?"]["sections"][-1].endswith("Biology") and skipped == []


def test_bank_keys_for_level_and_tags_in_other_languages(tmp_path: Path) -> None:
    """A JSON bank's 'niveau' / 'étiquettes' keys are its records' level and tags, never text on the back."""
    bank = '[{"question": "Capitale de la France ?", "réponse": "Paris", "niveau": "facile", "étiquettes": ["géo"]},' \
           ' {"question": "Capitale du Pérou ?", "réponse": "Lima", "niveau": "difficile"}]'
    notes, _, _ = built_notes(tmp_path, {"bank.json": bank})
    by = {note_front(n): n for n in notes}
    assert [by[f]["difficulty"] for f in ("Capitale de la France?", "Capitale du Pérou?")] == ["easy", "hard"]
    assert note_back(by["Capitale de la France?"]) == "Paris" and "géo" in by["Capitale de la France?"]["tags"]


ORG_DRILL = """#+TITLE: Cards
* Words
** Hello                                                             :drill:
   :PROPERTIES:
   :ID:       1c2d3e4f
   :END:
What is "hello" in Spanish?
*** Answer
Hola

** Photosynthesis                                                    :drill:
What does it
make from light?
*** Answer
Sugar and oxygen.
"""


def test_org_drill_card_asked_in_its_text_is_fronted_by_that_question(tmp_path: Path) -> None:
    """trial21 T21-15: an org-drill card whose headline names the topic and whose text asks the question had the
    headline glued after the question ('What is "hello" in Spanish? Hello'). The question is the front; a headline it
    does not already say stays before it as the question's subject."""
    notes, _, _ = built_notes(tmp_path, {"cards.org": ORG_DRILL})
    assert {note_front(n): note_back(n) for n in notes} == {
        'What is "hello" in Spanish?': "Hola",
        "Photosynthesis: What does it make from light?": "Sugar and oxygen.",
    }


def test_headerless_sheet_fronted_by_its_column_of_questions(tmp_path: Path) -> None:
    """trial22 T22-21: an app's table of questions with no header ('id;position;title;question?;follow-up;1;0') made a
    card per row fronted by the id, the question on the back. Leading number columns are ids, the column whose cells
    ask is the front, a mostly filled text column after it that does not ask the back; with none, every row is a
    question without answer (said, no junk card)."""
    rows = [f"{8 + k};{k};Topic {k};What does rule {k} say?;{'Write an example.' if k % 4 == 0 else ''};1;{k % 3}" for k in range(6)]
    notes, skipped, said = built_notes(tmp_path, {"qs.csv": "\n".join(rows) + "\n", "ok.md": "# Q\n\n## What is 1+1?\n\n2\n"})
    assert [note_front(n) for n in notes] == ["What is 1+1?"]
    assert sorted(s["question"] for s in skipped) == [f"What does rule {k} say?" for k in range(6)]
    assert any("qs.csv:1" in m and "column 4 asks" in m and "no column answers it" in m for m in said), said
    answered = "\n".join(f"{k};Topic {k};What does rule {k} say?;It says {k}.;{k % 2}" for k in range(5)) + "\n"
    notes, skipped, _ = built_notes(tmp_path / "answered", {"qs.csv": answered})
    assert {note_front(n): note_back(n) for n in notes} == {f"What does rule {k} say?": f"It says {k}." for k in range(5)}


def test_list_of_clozes_with_an_entry_showing_the_syntax_in_code(tmp_path: Path) -> None:
    """trial21 T21-44: one entry showing '{{c1::…}}' inside inline code made the whole list an ordinary list: every
    card lost. The entries with deletions are cloze notes; the other is said at its line."""
    doc = "# Clozes\n\n- The capital of {{c1::France}} is {{c2::Paris}}.\n- Water boils at {{c1::100 °C}}.\n- `{{c1::x}}` in code stays literal.\n"
    notes, _, said = built_notes(tmp_path, {"c.md": doc})
    assert [n["fields"]["Text"] for n in notes] == ["The capital of {{c1::France}} is {{c2::Paris}}.", "Water boils at {{c1::100 °C}}."]
    assert any("c.md:5" in m and "not in any card" in m for m in said), said
    mixed = "# Notes\n\n## Geography\n\n- Paris is big.\n- Lyon is on the {{c1::Rhône}}.\n- Nice is south.\n"
    notes, _, _ = built_notes(tmp_path / "mixed", {"m.md": mixed, "ok.md": "# Q\n\n## What is 1+1?\n\n2\n"})
    assert all(n["notetype"] != "deckc Cloze" for n in notes)  # (one deletion among plain entries: a list, as before)


KTX = """< q1
Create a null vector of size 10 (★☆☆)

< h1
hint: np.zeros

< a1
Z = np.zeros(10)
print(Z)

< q2
How to get the documentation of the numpy add function? (★☆☆)

< h2
hint: np.info

< a2
# Author: Someone

np.info(np.add)

< q3
Reverse a vector (★★☆)

< a3
Z = np.arange(50)
Z = Z[::-1]
"""

BRACKETED = "[Q1]\nWhat is the capital of France?\n[A1]\nParis.\n\n[Q2]\nWhat is 2 + 2?\n[A2]\n4\n\n[Q3]\nName a noble gas.\n[A3]\nArgon.\n"


def test_keyed_block_text_files(tmp_path: Path) -> None:
    """trial21 T21-21: a text file of keyed blocks ('< q1' / '< h1' / '< a1', numpy-100's .ktx; '[Q1]' / '[A1]') gave
    no card (and the guessed pattern took an answer's '# Author:' comment for a question). Each record is a card: the
    question's text the front with its hint (never its answer), the answer block the back (code when it reads as
    code), the question's star level its difficulty."""
    notes, skipped, _ = built_notes(tmp_path, {"ex.txt": KTX, "qa.txt": BRACKETED})
    by = {note_front(n): n for n in notes}
    assert set(by) >= {"Create a null vector of size 10 Hint hint: np.zeros", "Reverse a vector", "What is the capital of France?"}
    assert "<pre" in by["Create a null vector of size 10 Hint hint: np.zeros"]["fields"]["Answer"]
    doc = next(n for f, n in by.items() if f.startswith("How to get the documentation"))
    assert "# Author: Someone" in note_back(doc) and "np.info(np.add)" in note_back(doc)
    assert [by[f]["difficulty"] for f in ("Create a null vector of size 10 Hint hint: np.zeros", "Reverse a vector")] == ["easy", "medium"]
    assert note_back(by["What is 2 + 2?"]) == "4" and len(notes) == 6 and skipped == []


RST_DEFINITIONS = """Using Sphinx with...
--------------------

MediaWiki
   See the wiki bridge, a project by someone.

Google Search
   To replace the built-in search, proceed as follows:

   1. Create the search code snippet.

   2. Paste it into ``searchbox.html``:

      .. code-block:: html

         <div class="search"></div>

   3. Add ``searchbox.html`` to the sidebars.
"""


def test_rst_definition_of_several_blocks_keeps_them_all(tmp_path: Path) -> None:
    """trial22 T22-20: a definition list entry's body was cut after its first paragraph (its steps and code block
    'text outside any question'). A definition of several blocks is read whole under its term."""
    notes, _, said = built_notes(tmp_path, {"faq.rst": RST_DEFINITIONS})
    by = {note_front(n): n for n in notes}
    assert set(by) == {"Using Sphinx with MediaWiki", "Using Sphinx with Google Search"}
    back = by["Using Sphinx with Google Search"]["fields"]["Answer"]
    assert "<ol>" in back and "<pre" in back and "sidebars" in back
    assert not any("outside any question" in m for m in said), said


def test_one_file_in_two_source_tables_read_alike_is_an_error(tmp_path: Path) -> None:
    """trial21 T21-32: a file listed in two [[source]] tables was read twice, its items merged into their twins without
    a word. Read alike, it is an error naming both tables; tables that read it differently (two parts) stay allowed."""
    from conftest import deck_of

    from compiler.build import build

    qa = "Q: What is 1+1?\nA: 2\n\nQ: What is 2+2?\nA: 4\n"
    twice = '\n[[source]]\nid = "one"\nfile = "sources/qa.txt"\nlayout = "qa"\n\n[[source]]\nid = "two"\nfile = "./sources/qa.txt"\nlayout = "qa"\ntitle = "Copy"\n'
    with pytest.raises(ContentError) as failed:
        build(deck_of(tmp_path / "twice", {"qa.txt": qa}, twice), tmp_path / "twice" / "out", formats=("json",), now=1_000)
    assert "deck.toml:" in str(failed.value) and "listed twice" in str(failed.value) and "'one'" in str(failed.value)
    assert not (tmp_path / "twice" / "out").exists() or not any((tmp_path / "twice" / "out").iterdir())
    parts = twice.replace('layout = "qa"\ntitle = "Copy"', 'layout = "qa"\n[source.pattern]\nstart = "^$"')
    notes, _, _ = built_notes(tmp_path / "parts", {"qa.txt": qa}, parts)
    assert notes


def test_binary_source_and_dangling_link_say_what_to_do(tmp_path: Path) -> None:
    """trial21 T21-42: a binary '.md' (an Anki package renamed) got no 'what to do', and a link to a file that is gone
    was said to 'lead outside the content folder'. The binary one says what it looks like and how to read it or
    leave it out; the link names its missing target."""
    from conftest import deck_of

    from compiler.build import build

    content = deck_of(tmp_path, {"ok.md": "# Q\n\n## What is 1+1?\n\n2\n"})
    (content / "sources" / "pack.md").write_bytes(b"PK\x03\x04" + b"\x00" * 200 + b"collection.anki21b")
    (content / "sources" / "gone.md").symlink_to(tmp_path / "nowhere.md")
    with pytest.raises(ContentError) as failed:
        build(content, tmp_path / "out", formats=("json",), now=1_000)
    said = str(failed.value)
    # (a warning since sitting 55: a binary file deck.toml does not list leaves the rest of the deck to build)
    assert "pack.md:1: warning: not read: binary file" in said and "zip archive" in said and "#pack.md" in said
    assert "gone.md" in said and "nowhere.md" in said and "which does not exist" in said and "outside" not in said


def test_crowdanki_notes_kept_apart_from_their_deck(tmp_path: Path) -> None:
    """trial22 T22-16: a CrowdAnki notes file on its own (a JSON list of '"__type__": "Note"' records, as repositories
    that split deck.json keep it) was 'not a question bank'. Its notes are read as Anki notes: the first field the
    front, the second the back, GUIDs and tags kept."""
    notes_json = (
        '[{"__type__": "Note", "fields": ["Was ist eine Fichte?", "Ein <b>Nadelbaum</b>."], "guid": "abc123",'
        ' "note_model_uuid": "m-1", "tags": ["baum"]},'
        ' {"__type__": "Note", "fields": ["Was ist eine Eiche?", "Ein Laubbaum."], "guid": "def456",'
        ' "note_model_uuid": "m-1", "tags": []}]'
    )
    notes, skipped, _ = built_notes(tmp_path, {"notes.json": notes_json})
    by = {note_front(n): n for n in notes}
    assert "<b>Nadelbaum</b>" in by["Was ist eine Fichte?"]["fields"]["Answer"] and "baum" in by["Was ist eine Fichte?"]["tags"]
    assert {n["guid"] for n in notes} == {"abc123", "def456"} and skipped == []
