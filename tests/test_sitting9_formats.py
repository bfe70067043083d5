"""Ninth sitting, formats helper: multiple-choice banks kept as tables (trial9 T24), spreadsheet columns that
name a row's level and section (learner2 M47), and the other inputs of that sitting."""

from __future__ import annotations

import html
import itertools
from pathlib import Path

from conftest import deck_of, paste_table

from compiler.build import build
from compiler.model import ItemKind


def _built(tmp_path: Path, files: dict[str, str], table: str = ""):  # type: ignore[no-untyped-def]
    result = build(deck_of(tmp_path, files, table), tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    return result.compiled


def _table(warnings: list) -> str:
    return next(w.snippet for w in warnings if "not listed in deck.toml" in w.message and w.snippet)


BANK_CSV = """Question,Option A,Option B,Option C,Option D,Correct Answer,Explanation
What is the chemical symbol of sodium?,S,Na,So,Sd,B,From the Latin natrium.
Which gas makes up most of Earth's atmosphere?,Oxygen,Nitrogen,Carbon dioxide,Argon,Nitrogen,About 78 percent.
Which element has atomic number 1?,Helium,Hydrogen,Lithium,Carbon,B,
"""

KAHOOT_CSV = """Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,Time limit (sec),Correct answer(s) - choose at least one
What is the capital of France?,Berlin,Paris,Madrid,Rome,20,2
Which of these are planets?,Mars,Moon,Venus,,30,"1,3"
"""

BANK_TABLE = """# Chemistry bank

| # | Question | A | B | C | D | Answer |
|---|----------|---|---|---|---|--------|
| 1 | What is the chemical symbol of potassium? | P | K | Po | Pt | B |
| 2 | What is the pH of pure water? | 5 | 7 | 9 | 14 | Option B |
| 3 | Which particle has a negative charge? | Proton | Neutron | Electron | Nucleus | E |
"""


def test_a_spreadsheet_bank_with_option_and_key_columns_makes_multiple_choice_notes(tmp_path: Path) -> None:
    """trial9 T24: 'Question,Option A…D,Correct Answer,Explanation': a multiple-choice note per row, its key a
    letter or the option's text, the explanation on the back; the header row is no card."""
    compiled = _built(tmp_path, {"bank.csv": BANK_CSV})
    items = compiled.items
    assert len(items) == 3 and all(i.kind is ItemKind.multiple_choice for i in items)
    sodium = items[0]
    assert [c.text for c in sodium.choices] == ["S", "Na", "So", "Sd"] and sodium.correct == "B"
    assert sodium.answer_plain() == "From the Latin natrium."
    assert items[1].correct == "B" and items[2].correct == "B" and not items[2].answer


def test_the_kahoot_template_makes_multiple_choice_notes_and_leaves_its_time_limit_out(tmp_path: Path) -> None:
    """trial9 T24: Kahoot's template header ('Answer 1 - max 75 characters', 'Time limit (sec)', 'Correct
    answer(s) - choose at least one') is no card; the key is the options' numbers, several allowed; an empty
    option is no option; the time limit is left out, said once."""
    compiled = _built(tmp_path, {"kahoot.csv": KAHOOT_CSV})
    first, second = compiled.items
    assert first.kind is ItemKind.multiple_choice and first.correct == "B"
    assert [c.text for c in first.choices] == ["Berlin", "Paris", "Madrid", "Rome"] and not first.answer
    assert [c.text for c in second.choices] == ["Mars", "Moon", "Venus"] and second.correct == "A,C"
    [said] = [w for w in compiled.diagnostics.warnings if "left out" in w.message]
    assert "'Time limit (sec)' (6)" in said.message and said.line == 1


def test_a_markdown_table_bank_makes_multiple_choice_notes_and_a_key_naming_no_option_is_said(tmp_path: Path) -> None:
    """trial9 T24: '| # | Question | A | B | C | D | Answer |' rows are multiple-choice notes ('Option B' names
    B); a key naming no option (E of four) is a warning at its line and the row is listed as skipped."""
    compiled = _built(tmp_path, {"bank-table.md": BANK_TABLE})
    potassium, water = compiled.items
    [particle] = compiled.deck.skipped
    assert potassium.kind is ItemKind.multiple_choice and potassium.correct == "B"
    assert [c.text for c in potassium.choices] == ["P", "K", "Po", "Pt"] and potassium.locator.line == 5
    assert water.correct == "B"
    assert particle.skip == "no correct option"
    [said] = [w for w in compiled.diagnostics.warnings if "names none of its options" in w.message]
    assert said.line == 7 and "'E'" in said.message


def test_a_spreadsheet_difficulty_and_chapter_column_give_the_level_and_the_section(tmp_path: Path) -> None:
    """learner2 M47: a CSV's 'difficulty' column is the row's level (as the JSON/YAML bank reader reads it),
    its 'chapter' column the section, never 'Chapter: …' on the back; pasting the table printed changes no note."""
    csv = (
        "question,answer,difficulty,chapter,tags\n"
        "What does a mutex guard?,A critical section,easy,Concurrency,os\n"
        "What is a deadlock?,Two threads each waiting on a lock the other holds,hard,Concurrency,os\n"
        "What is a page fault?,An access to a page not in memory,medium,Memory,os\n"
    )
    content = deck_of(tmp_path, {"bank.csv": csv})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    items = result.compiled.items
    assert [i.difficulty.value for i in items] == ["easy", "hard", "medium"]  # type: ignore[union-attr]
    assert [i.section for i in items] == [["Concurrency"], ["Concurrency"], ["Memory"]]
    assert items[1].answer_plain() == "Two threads each waiting on a lock the other holds" and "os" in items[0].tags
    table = _table(result.compiled.diagnostics.warnings)
    assert 'from = "label"' in table
    totals = paste_table(content, table, tmp_path / "build")
    assert totals["new"] == 0 and totals["updated"] == 0


def test_a_multiple_choice_csv_bank_reads_its_level_section_and_tags_columns(tmp_path: Path) -> None:
    """trial9 T24 + M47 together: a bank's 'Difficulty', 'Topic' and 'Tags' columns are the level, section and
    tags of each multiple-choice note; an 'ID' column is left out."""
    csv = (
        "ID,Question,Choice 1,Choice 2,Choice 3,Correct,Difficulty,Topic,Tags\n"
        "7,Which port does HTTPS use?,80,443,21,443,easy,Networking,web\n"
        "8,Which layer does IP work at?,Transport,Network,Link,2,hard,Networking,\n"
    )
    compiled = _built(tmp_path, {"net.csv": csv})
    https, ip = compiled.items
    assert https.correct == "B" and ip.correct == "B" and https.section == ["Networking"]
    assert https.label == "easy" and ip.label == "hard" and "web" in https.tags


AIKEN = """What is the chemical symbol of sodium?
A. S
B. Na
C. So
D. Sd
ANSWER: B

Which gas makes up most of Earth's atmosphere?
A) Oxygen
B) Nitrogen
C) Carbon dioxide
ANSWER: B

Which of these are noble gases?
A. Neon
B. Nitrogen
C. Argon
ANSWER: A, C

Which element has atomic number 1?
A. Helium
B. Hydrogen
ANSWER: E
"""

GIFT = """// Chemistry quiz for Moodle
$CATEGORY: Chemistry/Basics

::Q1:: What is the chemical symbol of sodium? {
  ~S
  =Na
  ~So
}

::Q2:: Which gas makes up most of Earth's atmosphere? {~Oxygen =Nitrogen ~Carbon dioxide}

::Q3:: Water boils at 100 °C at sea level. {T}
"""


def test_an_aiken_quiz_saved_as_text_is_read_as_multiple_choice(tmp_path: Path) -> None:
    """trial9 T23: Moodle's Aiken format in a .txt ('A.'/'B)' options, 'ANSWER: B') is told by its content:
    multiple-choice notes at the question's line, several right answers allowed; a key naming no option is a
    warning at the key's line, and no card."""
    compiled = _built(tmp_path, {"quiz-aiken.txt": AIKEN})
    sodium, gas, noble = compiled.items
    assert sodium.kind is ItemKind.multiple_choice and sodium.correct == "B" and sodium.locator.line == 1
    assert [c.text for c in sodium.choices] == ["S", "Na", "So", "Sd"]
    assert gas.correct == "B" and gas.locator.line == 8 and noble.correct == "A,C"
    [said] = [w for w in compiled.diagnostics.warnings if "names none of its options" in w.message]
    assert said.line == 23


def test_a_gift_quiz_saved_as_text_is_read_as_gift(tmp_path: Path) -> None:
    """trial9 T23: a GIFT quiz named .txt (Moodle's export) is told by its answer blocks and read as the .gift
    reader reads it: options, a true/false statement, the category its section."""
    compiled = _built(tmp_path, {"quiz-gift.txt": GIFT})
    sodium, gas, water = compiled.items
    assert sodium.kind is ItemKind.multiple_choice and sodium.correct == "B" and sodium.locator.line == 4
    assert gas.correct == "B" and sodium.section == ["Basics"]
    assert water.kind is ItemKind.multiple_choice and water.correct == "A"


def test_a_bank_answer_that_is_markdown_syntax_is_the_answer_as_written(tmp_path: Path) -> None:
    """trial9 T21: a bank's one-line answer '*', '#', '-', '+', '>', '<br>' or '# comment' is text, never an empty
    list, heading, quote or line break (the question kept its card); a multi-line answer stays Markdown."""
    bank = (
        '[{"question": "Which symbol multiplies?", "answer": "*"},\n'
        ' {"question": "Which character starts a comment in Python?", "answer": "#"},\n'
        ' {"question": "Which operator subtracts?", "answer": "-"},\n'
        ' {"question": "Which operator adds?", "answer": "+"},\n'
        ' {"question": "Which shell operator redirects output?", "answer": ">"},\n'
        ' {"question": "Which HTML tag breaks a line?", "answer": "<br>"},\n'
        ' {"question": "How is a comment written in Python?", "answer": "# like this"},\n'
        ' {"question": "Name two loops.", "answer": "- for\\n- while"}]\n'
    )
    compiled = _built(tmp_path, {"ops.json": bank})
    answers = [html.unescape(i.answer_plain()) for i in compiled.items]
    assert answers[:7] == ["*", "#", "-", "+", ">", "<br>", "# like this"]
    assert "<li>for</li>" in compiled.items[7].answer[0].text and not compiled.deck.skipped


def test_a_chat_answer_holding_a_fenced_json_bank_is_read_as_the_bank(tmp_path: Path) -> None:
    """trial9 T14: 'Sure! Here are your flashcards in JSON:' over a ```json array of {front, back} records is that
    bank (its lines the file's), not a document whose layout cannot be told."""
    page = (
        "Sure! Here are your flashcards in JSON:\n\n```json\n[\n"
        '  {"front": "What pigment absorbs light in photosynthesis?", "back": "Chlorophyll."},\n'
        '  {"front": "Where does the Calvin cycle take place?", "back": "In the stroma."}\n'
        "]\n```\n"
    )
    compiled = _built(tmp_path, {"cards.md": page})
    first, second = compiled.items
    assert (first.question, first.answer_plain()) == ("What pigment absorbs light in photosynthesis?", "Chlorophyll.")
    assert first.locator.line == 5 and second.locator.line == 6 and second.answer_plain() == "In the stroma."


def test_an_anki_editor_org_file_makes_a_note_per_headline_with_a_note_type(tmp_path: Path) -> None:
    """trial9 T14: Emacs anki-editor notes (a headline with :ANKI_NOTE_TYPE:, its '*** Front' / '*** Back'
    sub-headlines the fields; a Cloze note's '*** Text') are notes; the headline is the note's name, not its question."""
    org = (
        "#+TITLE: Networking cards\n* Networking\n** TCP\n:PROPERTIES:\n:ANKI_NOTE_TYPE: Basic\n:ANKI_TAGS: net transport\n:END:\n"
        "*** Front\nWhat does TCP guarantee?\n*** Back\nOrdered, reliable delivery of a byte stream.\n"
        "** UDP\n:PROPERTIES:\n:ANKI_NOTE_TYPE: Basic\n:END:\n*** Front\nIs UDP connection oriented?\n*** Back\nNo, it is connectionless.\n"
        "** Port\n:PROPERTIES:\n:ANKI_NOTE_TYPE: Cloze\n:END:\n*** Text\nHTTPS uses port {{c1::443}} by default.\n"
    )
    compiled = _built(tmp_path, {"anki.org": org})
    tcp, udp, port = compiled.items
    assert (tcp.question, tcp.answer_plain()) == ("What does TCP guarantee?", "Ordered, reliable delivery of a byte stream.")
    assert tcp.section == ["Networking"] and {"net", "transport"} <= set(tcp.tags) and tcp.locator.line == 9
    assert (udp.question, udp.answer_plain()) == ("Is UDP connection oriented?", "No, it is connectionless.")
    assert port.kind is ItemKind.cloze and "{{c1::443}}" in (port.cloze or "")


def test_an_obsidian_picture_under_an_answer_is_found_in_the_vaults_attachments(tmp_path: Path) -> None:
    """learner2 M31: '![[Pasted image ….png|300]]' under a card's answer is found by name in the vault's
    attachments folder, as Obsidian finds it, even when the card's text as read stops before it."""
    content = deck_of(
        tmp_path,
        {
            "vault/Cross entropy.md": "What is cross-entropy loss?\n?\nThe negative log-likelihood of the true class.\n![[Pasted image 1.png|300]]\n",
            "vault/attachments/Pasted image 1.png": Path(__file__).parent / "data" / "newuser" / "org" / "circle.png",
        },
    )
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    assert not [w for w in result.compiled.diagnostics.warnings if "not found" in w.message]
    assert "<img" in " ".join(b.text for b in result.compiled.items[0].answer)


EXAM_TEX = r"""\documentclass[answers]{exam}
\title{Chemistry}
\begin{document}
\begin{center}\textbf{Chemistry Quiz 3}\end{center}
\begin{questions}
\question[2] What is the chemical symbol of sodium?
\begin{choices}
  \choice S
  \CorrectChoice Na % the right one
  \choice So
\end{choices}

\question[3] What is Avogadro's number (to 3 significant figures)?
\begin{solution}
$6.02 \times 10^{23}$
\end{solution}
\end{questions}
\end{document}
"""

NOTES_TEX = r"""\documentclass{article}
\begin{document}
\section{Variance}
\begin{definition}[Variance]
The variance of $X$ is $\operatorname{Var}(X) = \mathbb{E}[X^2] - (\mathbb{E}X)^2$.
\end{definition}

\subsection{What is the variance of a sum of independent variables?}
$\operatorname{Var}(X+Y) = \operatorname{Var}(X) + \operatorname{Var}(Y)$, since
\begin{itemize}
  \item the covariance is \textbf{zero},
  \item and \emph{variance} adds.
\end{itemize}
\end{document}
"""


def test_a_latex_exam_paper_makes_multiple_choice_and_answered_cards(tmp_path: Path) -> None:
    """trial9 T22: an exam-class .tex: '\\question[2]' a question, '\\choice'/'\\CorrectChoice' its options with the
    right one, '\\begin{solution}' its answer (maths kept for MathJax); the preamble and comments left out."""
    compiled = _built(tmp_path, {"quiz.tex": EXAM_TEX})
    sodium, avogadro = compiled.items
    assert sodium.kind is ItemKind.multiple_choice and sodium.correct == "B" and sodium.locator.line == 6
    assert [c.text for c in sodium.choices] == ["S", "Na", "So"]
    assert avogadro.question.startswith("What is Avogadro's number") and "10^{23}" in avogadro.answer_plain()


def test_latex_notes_read_their_sections_definitions_and_lists(tmp_path: Path) -> None:
    """learner2 M40: '\\subsection{…?}' is a question, its text and '\\item' list its answer ('\\textbf' bold); a
    definition environment is a card named by its optional argument."""
    compiled = _built(tmp_path, {"prob.tex": NOTES_TEX})
    by_question = {i.question: i for i in compiled.items}
    sum_ = by_question["What is the variance of a sum of independent variables?"]
    assert "covariance is zero" in sum_.answer_plain() and sum_.locator.line == 8
    assert any("Variance" in q for q in by_question if q != sum_.question)


# --- the cheat sheet: wide tables (learner2 M35), matrices and arrows (M8), CJK (ninth sitting) ------------


def _table_words(entry: dict) -> list[tuple[float, float, float, str]]:
    """(x, y, size, text) of every piece of text the sheet prints for one entry."""
    from test_pdf import sheet_pdf

    found: list[tuple[float, float, float, str]] = []

    def visit(text, cm, tm, font, size) -> None:  # type: ignore[no-untyped-def]
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            scale = abs(tm[0] * cm[0] + tm[1] * cm[2]) or 1
            found.append((x, round(y, 1), size * scale, text.strip()))

    sheet_pdf([entry]).pages[0].extract_text(visitor_text=visit)
    return found


def test_a_wide_table_sizes_its_columns_by_content_and_no_word_runs_into_the_next_cell() -> None:
    """learner2 M35: a 6-column drug table printed its columns equally wide and long drug names ran over the
    cell border ('Furosemide"Lasts'). Columns now take their longest word first; a word too long for any
    width left breaks inside, so on every line each piece of text ends before the next column's starts. Since
    sitting 45 (trial44 T44-11) a table whose words cannot all fit even so prints as tables one under the other, the
    first column in each: here two (4 + 3 columns), every word whole, each sized by its content."""
    t = lambda v: [{"k": "t", "v": v}]  # noqa: E731
    head = ["Brand Name", "Generic Name", "Memorable Trait", "Class", "Indication", "Memorization Tip"]
    body = [
        ["Aldactone", "Spironolactone", "Spares K+", "K-sparing diuretic", "Hypertension, Aldosteronism", "Alda = aldosterone block"],
        ["Lasix", "Furosemide", '"Lasts six hours"', "Loop diuretic", "Edema / Hypertension", "Lasix = lasts six"],
        ["Microzide", "Hydrochlorothiazide (HCTZ)", '"Micro" pee', "Thiazide diuretic", "Hypertension", "Micro = pee small volumes often"],
        ["Coumadin", "Warfarin", "Anti-clotting; INR required", "Vitamin K antagonist", "Stroke prevention", 'COU = "coup" to clot'],
    ]
    rows = [[t(c) for c in r] for r in [head, *body]]
    entry = {"id": "t", "q": t("Which diuretics?"), "diff": "", "src": "", "long": False, "a": [{"k": "table", "rows": rows, "header": True}]}
    pieces = [p for p in _table_words(entry) if p[2] < 6.5]  # (the table's type; not the titles, nor the page's foot)
    assert not any("\xad" in text for _, _, _, text in pieces)  # (no word broken)
    starts = sorted({y for _, y, _, text in pieces if text.startswith("Brand")}, reverse=True)  # each table's header
    assert len(starts) == 2, starts
    columns = []
    for k, top in enumerate(starts):
        below = starts[k + 1] if k + 1 < len(starts) else -1.0
        # a column's left edge: where text starts on several lines (every cell of a column starts there)
        lines_at: dict[float, set[float]] = {}
        for x, y, _, _ in pieces:
            if below < y <= top:
                lines_at.setdefault(round(x, 1), set()).add(y)
        lefts = sorted(x for x, ys in lines_at.items() if len(ys) >= 4)
        columns.append(len(lefts))
        for x, y, size, text in pieces:
            nxt = next((left for left in lefts if left > x + 0.5), None)
            if below < y <= top and nxt is not None:  # (0.4 em a letter: Libertinus's letters are wider on average)
                assert x + 0.4 * size * len(text) < nxt, (text, x, nxt)
        widths = [b - a for a, b in itertools.pairwise(lefts)]
        if k == 0:  # by content: 'Hydrochlorothiazide' > 'Coumadin'
            assert widths[1] > widths[0] + 5 and max(widths) - min(widths) > 8, widths
    assert columns == [4, 3], columns


def test_arrays_small_matrices_and_long_arrows_print_typeset() -> None:
    """learner2 M8: `array` (with its column spec and a vertical rule), `smallmatrix` and `\\xleftrightarrow`
    were refused by the sheet's checker and printed as TeX; they are typeset now."""
    from compiler.emit.typstmath import convert

    for tex in (
        r"\begin{array}{cc} a & b \\ c & d \end{array}",
        r"\left(\begin{array}{c|c} 1 & 2 \\ 3 & 4 \end{array}\right)",
        r"\begin{smallmatrix} a & b \\ c & d \end{smallmatrix}",
        r"A \xleftrightarrow{f} B",
        r"A \xRightarrow{n} B",
    ):
        code, why = convert(tex)
        assert code is not None, (tex, why)
    assert convert(r'\begin{array}{c} x \end{array} \text{a" #read("/etc/passwd") "b}')[0] is None  # (still only math)


def test_chinese_on_the_sheet_names_the_optional_font_or_prints_with_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Without the optional CJK font a Chinese sheet's warning says how to get it (pip install 'deckc[cjk]');
    with it (the noto-cjk-sans-otc package) Chinese, Japanese and Korean have glyphs."""
    from compiler.emit import pdf, typstmath

    if typstmath.cjk_font_dir() is not None:
        assert pdf.glyphless(frozenset("中한ひ")) == frozenset() and "Noto Sans CJK SC" in pdf.sheet_fonts()
    monkeypatch.setattr(pdf, "cjk_font_dir", lambda: None)
    said: list = []
    from compiler.model import Block, BlockKind, Deck, Item, Locator, Note

    item = Item(source="s", question="什么是闭包？", answer=[Block(kind=BlockKind.text, text="函数和环境。")], locator=Locator(file="a.md", line=3), original="")
    deck = Deck.model_construct(notes=[Note.model_construct(items=[item], primary=item)])
    monkeypatch.setattr(pdf, "glyphless", lambda chars: frozenset(c for c in chars if "\u4e00" <= c <= "\u9fff"))
    pdf.check_glyphs(deck, {"q": "什么是闭包？ 函数和环境。"}, said.append)
    [warning] = said
    assert "deckc[cjk]" in warning.hint and warning.line == 3


def test_a_literalinclude_in_a_rest_table_cell_shows_its_file_and_is_said(tmp_path: Path) -> None:
    """learner2 M19: '.. literalinclude:: code/relu.py' in a grid-table cell printed raw; the cell shows the
    file's name as code and a warning at the row says it is not followed, as outside a table."""
    page = (
        "Functions\n=========\n\nWhat does ReLU look like in code?\n---------------------------------\n\n"
        "+----------+----------------------------------+\n| Function | Code                             |\n"
        "+==========+==================================+\n| ReLU     | .. literalinclude:: code/relu.py |\n"
        "+----------+----------------------------------+\n"
    )
    compiled = _built(tmp_path, {"act.rst": page})
    [item] = compiled.items
    assert "code/relu.py" in item.answer_plain() and "literalinclude" not in item.answer_plain()
    [said] = [w for w in compiled.diagnostics.warnings if "literalinclude" in w.message]
    assert said.line == 10


# --- question banks kept as data: option objects (trial10 P2), groups (P22), TOML and nested fields (P1) ---------


def test_options_written_as_objects_with_a_correct_flag_make_multiple_choice(tmp_path: Path) -> None:
    """trial10 P2: '"answers": [{"text": "ARP", "correct": true}, …]' (also isCorrect, is_correct): a multiple-choice
    note keyed by the flag, never a basic card with the options above the stem and the key lost."""
    bank = (
        '{"questions": [\n'
        ' {"question": "Which protocol resolves an IP address to a MAC address?", "answers": [{"text": "DNS", "correct": false},'
        ' {"text": "ARP", "correct": true}, {"text": "DHCP", "correct": false}], "explanation": "It broadcasts."},\n'
        ' {"question": "Which port does HTTPS use?", "answers": [{"option": "80", "isCorrect": false}, {"option": "443", "isCorrect": true}]},\n'
        ' {"question": "Which are prime?", "options": [{"label": "2", "is_correct": true}, {"label": "4", "is_correct": false}, {"label": "5", "is_correct": true}]}\n'
        "]}\n"
    )
    arp, https, primes = _built(tmp_path, {"quiz.json": bank}).items
    assert arp.kind is ItemKind.multiple_choice and arp.correct == "B" and [c.text for c in arp.choices] == ["DNS", "ARP", "DHCP"]
    assert arp.answer_plain() == "It broadcasts." and arp.question.startswith("Which protocol")
    assert https.correct == "B" and primes.correct == "A,C"


def test_cards_kept_in_groups_are_read_with_the_groups_as_sections(tmp_path: Path) -> None:
    """trial10 P22: '{"categories": [{"label": "Java / JVM", "cards": [{"q", "a", "level": "senior"}]}]}' was 'not a
    question bank'; each group's cards are read under the group's name, interview levels (junior/middle/senior) as
    levels, 'stars' left out."""
    bank = (
        '{"categories": [\n'
        ' {"id": "jvm", "label": "Java / JVM", "cards": [{"id": "j0", "q": "What memory areas does the JVM have?", "a": "Heap, stacks.", "level": "senior", "stars": 4}]},\n'
        ' {"id": "spring", "label": "Spring Boot", "cards": [{"id": "s0", "q": "What does @SpringBootApplication combine?", "a": "Three annotations.", "level": "middle", "stars": 2}]}\n'
        "]}\n"
    )
    jvm, spring = _built(tmp_path, {"data.json": bank}).items
    assert jvm.section == ["Java / JVM"] and spring.section == ["Spring Boot"] and jvm.answer_plain() == "Heap, stacks."
    assert jvm.label == "hard" and spring.label == "medium" and "stars" not in jvm.answer_plain().lower()


MDBOOK_QUIZ = '''[[questions]]
id = "a"
type = "MultipleChoice"
prompt.prompt = """
Consider this method:

```
fn unwrap_or(self, other: T) -> T {
    match self { Some(t) => t, None => other }
}
```

Which sentence best describes it?
"""
answer.answer = "Returns the inner value, or other"
prompt.distractors = ["Returns a new option", "Inserts other into self"]
context = "A real function of the standard library."

[[questions]]
id = "b"
type = "Tracing"
prompt.program = """
fn main() { println!("5"); }
"""
answer.doesCompile = true
answer.stdout = "5"
'''


def test_a_toml_quiz_bank_with_nested_fields_is_read(tmp_path: Path) -> None:
    """trial10 P1: mdbook-quiz's TOML ('[[questions]]', 'prompt.prompt', 'answer.answer', 'prompt.distractors'): a
    multiple-choice note, its code kept as code in the question; a Tracing record (prompt.program, answer.doesCompile,
    answer.stdout) asks whether the program compiles and what it prints."""
    compiled = _built(tmp_path, {"quiz.toml": MDBOOK_QUIZ})
    item, traced = compiled.items
    assert item.kind is ItemKind.multiple_choice and item.locator.line == 1
    assert traced.question == "Does this program compile? If it does, what does it print?" and traced.locator.line == 19
    assert "It compiles and prints:" in traced.answer_plain() and "5" in traced.answer_plain()
    assert any(b.kind.value == "code" and 'println!("5")' in b.text for b in traced.stimulus) or 'println!("5")' in traced.question
    assert [c.text for c in item.choices if c.label == item.correct] == ["Returns the inner value, or other"]
    assert any(b.kind.value == "code" and "    match self" in b.text for b in item.stimulus) or "match self" in item.question
    assert not [w for w in compiled.diagnostics.warnings if "has no question" in w.message]


DRILL = """* French
** Vocabulary
*** Noun                                             :drill:
    :PROPERTIES:
    :DRILL_CARD_TYPE: twosided
    :END:
Translate this word.
**** French
le chien
**** English
the dog
*** Noun                                             :drill:
    :PROPERTIES:
    :DRILL_CARD_TYPE: hide1cloze
    :END:
Fr: [la pomme]
En: [the apple]
**** Example sentence
Je mange *la pomme*.
** Grammar
*** Grammar Rule                                     :drill:
To make the plural of an adjective ending in [a stressed vowel or a consonant
other than -z], add /-es/.
*** Grammar Rule                                     :drill:
Adjectives usually go [after|position] the noun.
"""


def test_org_drill_two_sided_cards_hide1cloze_with_children_and_clozes_over_a_line_break(tmp_path: Path) -> None:
    """learner3 N13: a twosided card is a card per side ('Translate this word. French: le chien' -> the English
    side), never 'Noun' asking with the word on the back; a hide1cloze card with a sub-heading is still a cloze,
    one deletion a card; a deletion over a line break is one; '[after|position]' is a deletion with its hint."""
    items = _built(tmp_path, {"drill.org": DRILL}).items
    fronts = [(i.question, i.answer_plain()) for i in items if i.kind is ItemKind.basic]
    assert fronts == [("Translate this word. French: le chien", "English: the dog"), ("Translate this word. English: the dog", "French: le chien")]
    clozes = [i.cloze for i in items if i.kind is ItemKind.cloze]
    assert "Fr: {{c1::la pomme}} En: {{c2::the apple}}" in clozes
    assert any("{{c1::a stressed vowel or a consonant other than -z}}, add" in (c or "") for c in clozes)
    assert any("{{c1::after::position}}" in (c or "") for c in clozes)


RMD = """---
title: "Exercises: vectors"
params:
    answers: TRUE
---

```{r, include=FALSE}
answers <- params$answers
```

# Exercise: Make a vector

Make a vector `x` with the numbers 1 to 10. What is its length?

```{asis, echo=answers}
### Answer
```

```{r, echo=answers}
x <- 1:10
length(x)
```

# Exercise: Repeat

Repeat A once, B twice and C three times. How long is the result?

```{asis, echo=answers}
### Answer
```

```{r}
#| echo: true
y <- rep(c("A", "B", "C"), times = 1:3)
```
"""


def test_an_r_markdown_exercise_sheet_is_read_as_markdown_with_its_knitr_chunks(tmp_path: Path) -> None:
    """trial10 P5: .Rmd/.qmd were 'not read'; an {asis} chunk is Markdown text (its '### Answer' an answer label), an
    {r} chunk code in its language, a setup chunk (include=FALSE) left out; every line keeps its line in the file."""
    items = _built(tmp_path, {"exercises.Rmd": RMD, "same.qmd": RMD.replace("Make a vector", "Make a list")}).items
    vector = next(i for i in items if i.locator.file.endswith(".Rmd"))
    assert "Make a vector" in vector.question and "length(x)" in vector.answer_plain() and vector.locator.line == 11
    assert any(b.kind.value == "code" and b.lang == "r" for b in vector.answer)
    assert "params$answers" not in " ".join(i.answer_plain() for i in items)
    assert len([i for i in items if i.locator.file.endswith(".qmd")]) == 2


def test_a_blackboard_question_upload_file_is_read(tmp_path: Path) -> None:
    """trial10 P31: Blackboard's upload file (a question a row, its type first: MC, MA, TF, FIB, ESS) was 'cannot
    tell this document's layout'; each row is its question, an unknown type a warning at its row."""
    rows = (
        "MC\tWhich organelle makes ATP?\tRibosome\tincorrect\tMitochondrion\tcorrect\tNucleus\tincorrect\n"
        "TF\tAnimal cells have a cell wall.\tfalse\n"
        "MA\tWhich are nucleotide bases of DNA?\tAdenine\tcorrect\tUracil\tincorrect\tGuanine\tcorrect\n"
        "FIB\tThe powerhouse of the cell is the ______.\tmitochondrion\tmitochondria\n"
        "ESS\tExplain osmosis.\tNet movement of water across a membrane.\n"
        "HOT\tClick the nucleus.\timage.png\n"
    )
    compiled = _built(tmp_path, {"bb-upload.txt": rows})
    mc, tf, ma, fib, ess = compiled.items
    assert mc.correct == "B" and [c.text for c in mc.choices] == ["Ribosome", "Mitochondrion", "Nucleus"]
    assert tf.question == "Animal cells have a cell wall. True or false?" and tf.correct == "B"
    assert ma.correct == "A,C" and fib.answer_plain().startswith("mitochondrion") and "Also accepted: mitochondria" in fib.answer_plain()
    assert ess.answer_plain().startswith("Net movement") and ess.locator.line == 5
    [said] = [w for w in compiled.diagnostics.warnings if "Blackboard HOT" in w.message]
    assert said.line == 6


def test_banks_with_keys_in_other_languages_are_read(tmp_path: Path) -> None:
    """trial10 P35: a Brazilian concurso bank ('enunciado', 'alternativas' by letter or as {letra, texto}, 'correta' /
    'gabarito', 'comentario', 'materia', 'dificuldade: Média') and a Spanish one ({"preguntas": [{pregunta, opciones,
    respuesta, explicacion}]}) were 'not a question bank'."""
    pt = (
        '[{"id": 1, "ano": 2022, "materia": "Língua Portuguesa", "enunciado": "Há oração subordinada em:",'
        ' "alternativas": {"A": "Amanhã irei.", "B": "Saiu quando terminou."}, "correta": "B"},\n'
        ' {"id": 2, "disciplina": "Direito", "dificuldade": "Difícil", "enunciado": "Qual é a capital do Brasil?",'
        ' "alternativas": [{"letra": "A", "texto": "Rio"}, {"letra": "B", "texto": "Brasília"}], "gabarito": "B", "comentario": "Desde 1960."}]\n'
    )
    es = '{"preguntas": [{"pregunta": "¿Cuál es la capital de Francia?", "opciones": ["Madrid", "París"], "respuesta": "París"},\n {"pregunta": "¿Cuántos lados tiene un triángulo?", "respuesta": "Tres", "explicacion": "Tri- es tres."}]}\n'
    items = _built(tmp_path, {"questoes.json": pt, "preguntas.json": es}).items
    by_q = {i.question: i for i in items}
    assert by_q["Há oração subordinada em:"].correct == "B" and by_q["Há oração subordinada em:"].section == ["Língua Portuguesa"]
    brasil = by_q["Qual é a capital do Brasil?"]
    assert [c.text for c in brasil.choices] == ["Rio", "Brasília"] and brasil.correct == "B" and brasil.label
    assert "Desde 1960." in brasil.answer_plain() and "2022" not in " ".join(i.answer_plain() for i in items)
    assert by_q["¿Cuál es la capital de Francia?"].correct == "B" and "Tri- es tres." in by_q["¿Cuántos lados tiene un triángulo?"].answer_plain()


def test_an_app_bank_with_its_question_in_content_text_and_an_explanation_object(tmp_path: Path) -> None:
    """learner3 N23: 'content': {'text': …} is the question (a record with options or an answer), an explanation
    object a labelled line per key ('Short trick: …'), and the app's bookkeeping (dayNumber, expectedTimeSeconds,
    companyTags) is not on the card."""
    bank = (
        '[{"id": "q1", "dayNumber": 1, "questionNumber": 1, "expectedTimeSeconds": 60, "companyTags": ["A"],'
        ' "content": {"text": "A price rises by 10% then falls by 10%. What is the net change?"},'
        ' "options": [{"id": "a", "text": "No change"}, {"id": "b", "text": "1% decrease"}], "correctAnswer": "b",'
        ' "explanation": {"detailed": "1.1 x 0.9 = 0.99.", "shortTrick": "a + b + ab/100."}}]\n'
    )
    [item] = _built(tmp_path, {"aptitude.json": bank}).items
    assert item.question.startswith("A price rises") and item.correct == "B"
    back = item.answer_plain()
    assert "Short trick: a + b + ab/100." in back and "Detailed: 1.1 x 0.9 = 0.99." in back
    assert not any(word in back for word in ("dayNumber", "expectedTimeSeconds", "companyTags", "60"))


def test_json_lines_are_a_question_bank_named_jsonl_or_json(tmp_path: Path) -> None:
    """trial10 P38: a .jsonl (one record a line) was 'not read', the same named .json 'broken JSON: Extra data'."""
    lines = '{"question": "What gas do plants absorb?", "answer": "Carbon dioxide"}\n\n{"question": "Which planet is red?", "answer": "Mars"}\n'
    items = _built(tmp_path, {"sciq.jsonl": lines, "other.json": lines.replace("red?", "the red one?")}).items
    jsonl = [(i.question, i.answer_plain(), i.locator.line) for i in items if i.locator.file.endswith(".jsonl")]
    assert jsonl == [("What gas do plants absorb?", "Carbon dioxide", 1), ("Which planet is red?", "Mars", 3)]
    assert len(items) >= 3  # (the .json twin read too; its first question merges with the .jsonl's)


def test_a_spreadsheets_empty_trailing_columns_do_not_make_its_header_a_card(tmp_path: Path) -> None:
    """trial10 P33: 'Front,Back,,,' (Google Sheets / Excel padding, a BOM, CRLF, empty rows): the header is no card."""
    csv = '\ufeffFront,Back,,,\r\nWhat is osmosis?,"Water crossing a\r\nmembrane",,,\r\n,,,,\r\nWhat makes ATP?,Mitochondria,,,\r\n'
    items = _built(tmp_path, {"Biology - Sheet1.csv": csv}).items
    assert [i.question for i in items] == ["What is osmosis?", "What makes ATP?"]


def test_mathjax_size_switches_do_not_make_a_formula_raw_on_the_sheet() -> None:
    """learner3 N16: '\\large', '\\scriptsize' (also inside \\text{…}) made the sheet print the whole formula, an
    align* block, as raw TeX; they are dropped (the sheet prints formulas at one size)."""
    from compiler.emit.typstmath import convert

    for tex in (r"\large \text{g} = 9.8~\mathrm{m/s^2}", r"\begin{align*} R &\propto L \\ R &\propto \frac{1}{T} \text{ \scriptsize(semiconductors)} \end{align*}"):
        code, why = convert(tex)
        assert code is not None and "large" not in code and "scriptsize" not in code, (tex, why)


def test_audio_in_a_note_becomes_an_anki_sound_packed_with_the_deck(tmp_path: Path) -> None:
    """learner3 N29: '![](hola.mp3)' was a blank picture, '[sound:x]' kept with its file missing unsaid. A recording
    linked as a picture is '[sound:hola.mp3]' with the file packed; '[sound:…]' written in a note finds its file
    beside the note, and a missing one is a warning at its line."""
    page = "# Greetings\n\n## How do you say hello?\n\nHola. ![](hola.mp3)\n\n## How do you say good morning?\n\nBuenos días. [sound:buenos.mp3]\n"
    content = deck_of(tmp_path, {"vocab.md": page, "hola.mp3": "ID3 not really audio"})
    result = build(content, tmp_path / "build", formats=("json",), now=1_000)
    assert result.compiled is not None
    hello, morning = result.compiled.items
    assert "[sound:hola.mp3]" in hello.answer[0].text and "<img" not in hello.answer[0].text
    assert "[audio: buenos.mp3]" in morning.answer[0].text
    [said] = [w for w in result.compiled.diagnostics.warnings if "buenos.mp3" in w.message]
    assert said.line == 9 and said.message.startswith("audio 'buenos.mp3' not found")
    assert any(str(p).endswith("hola.mp3") for p in result.compiled.deck.media)


def test_options_that_are_code_print_as_code_under_their_letters() -> None:
    """learner2 M20: code-block options printed as one flattened serif line; each now prints under its letter in
    the code font, line by line; an inline code span of an option prints in the code font too."""
    from test_pdf import sheet_pdf, text_positions

    from compiler.model import Block, BlockKind, Choice, Item, Locator, Note
    from compiler.sheet import options_block

    item = Item(source="s", question="Which function adds?", kind=ItemKind.multiple_choice, correct="A", locator=Locator(file="q.md", line=1), original="",
                choices=[Choice(label="A", text="def add(a, b):\n    return a + b", lang="python"), Choice(label="B", text="x", html="<code>fruit = {'a': 1}</code> as a dict")],
                answer=[Block(kind=BlockKind.text, text="-")])  # fmt: skip
    note = Note.model_construct(items=[item], primary=item)
    block = options_block(note, lambda tex, note: None, reveal=True)
    assert block["items"][0]["code"] == ["def add(a, b):", "    return a + b"] and block["items"][0]["ok"]
    assert block["items"][1]["spans"][0] == {"k": "c", "v": "fruit = {'a': 1}"}
    t = lambda v: [{"k": "t", "v": v}]  # noqa: E731
    entry = {"id": "o", "q": t("Which function adds?"), "diff": "", "src": "", "long": False, "a": [block]}
    page = sheet_pdf([entry]).pages[0]
    mono = sorted({round(y, 1) for _, y, _, font in text_positions(page) if "Mono" in font})
    assert len(mono) >= 3, mono  # two code lines and the inline code, each on a line of its own


def test_a_question_runs_the_way_its_first_letter_does_and_the_footer_keeps_its_numbers() -> None:
    """learner3 N11: an Arabic question ending in Latin words ('كيف … Bold & Italic؟') printed flush left in an
    entry read as English; it runs right to left, aligned right, as its first letter's script does. The footer
    ('22 notes · difficulty …') is English on every sheet: left to right."""
    from test_pdf import sheet_pdf, text_positions

    from compiler.model import Block, BlockKind, Item, Locator, Note
    from compiler.sheet import _in_language, first_direction

    assert (first_direction("كيف أخلي النص Bold & Italic؟"), first_direction("What is RTL?"), first_direction("123")) == ("rtl", "ltr", "")
    item = Item(source="s", question="مفهوم Paragraph", answer=[Block(kind=BlockKind.text, text="This is the first paragraph.")], locator=Locator(file="a.md", line=1), original="")
    note = Note.model_construct(items=[item], primary=item)
    assert _in_language({}, note, "ar") == {"lang": "en", "qdir": "rtl"}
    t = lambda v: [{"k": "t", "v": v}]  # noqa: E731
    entry = {"id": "r", "q": t("مفهوم Paragraph"), "diff": "", "src": "", "long": False, "a": [{"k": "p", "spans": t("Left to right.")}], "qdir": "rtl"}
    page = sheet_pdf([entry]).pages[0]
    xs = [x for x, _, size, _ in text_positions(page) if 7 < size < 8]
    assert max(xs) > 9 * 72 / 25.4 + 100, xs  # (the question's text sits at the column's right side)


def test_a_moodle_xml_export_is_read_like_a_gift_quiz(tmp_path: Path) -> None:
    """trial10 P13: Moodle's default export (<quiz><question type="multichoice|truefalse|shortanswer|category">) was
    'not read'; its questions are read, each at its <question line, the category their section."""
    quiz = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category">
    <category><text>$course$/top/Cells</text></category>
  </question>
  <question type="multichoice">
    <name><text>Powerhouse</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which organelle is the powerhouse of the cell?</p>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>It makes ATP.</p>]]></text></generalfeedback>
    <answer fraction="0"><text><![CDATA[<p>Ribosome</p>]]></text></answer>
    <answer fraction="100"><text><![CDATA[<p>Mitochondrion</p>]]></text></answer>
  </question>
  <question type="truefalse">
    <questiontext format="html"><text><![CDATA[<p>Animal cells have a cell wall.</p>]]></text></questiontext>
    <answer fraction="0"><text>true</text></answer>
    <answer fraction="100"><text>false</text></answer>
  </question>
  <question type="shortanswer">
    <questiontext format="html"><text><![CDATA[<p>Where is the DNA of a eukaryotic cell stored?</p>]]></text></questiontext>
    <answer fraction="100"><text>nucleus</text></answer>
    <answer fraction="100"><text>the nucleus</text></answer>
  </question>
  <question type="description">
    <questiontext format="html"><text>Read the text below.</text></questiontext>
  </question>
</quiz>
"""
    compiled = _built(tmp_path, {"questions-course-Bio-20241105.xml": quiz, "settings.xml": "<config><a>1</a></config>"})
    power, wall, dna = compiled.items
    assert power.kind is ItemKind.multiple_choice and power.correct == "B" and power.section == ["Cells"] and power.locator.line == 6
    assert "It makes ATP." in power.answer_plain()
    assert wall.question == "Animal cells have a cell wall. True or false?" and wall.correct == "B"
    assert dna.answer_plain().startswith("nucleus") and "Also accepted: the nucleus" in dna.answer_plain()
    warned = " ".join(w.message for w in compiled.diagnostics.warnings)
    assert "a description, no question" in warned and "not a Moodle quiz" in warned


JSX_QUIZ = r"""# Chapter 3 quiz

Test yourself:

<Quiz
  title="Functions"
  questions={[
    { question: "What keyword defines a function in Python?", options: ["function", "def"], correctOption: 1, explanation: 'Python uses the \'def\' keyword.', },
    { question: 'Which scope is searched first?', options: ['Global', 'Local'], correctOption: 1 },
  ]}
/>
"""


def test_a_quiz_component_holding_its_questions_as_a_javascript_array_is_read(tmp_path: Path) -> None:
    """trial10 P17: '<Quiz questions={[{ question: "…", options: […], correctOption: 1, explanation: '…' }]} />' in an
    .mdx page gave basic cards of raw JavaScript; its records are read like a JSON bank (unquoted keys, 'single'
    quotes, trailing commas), each at its record's line (trial18 T18-23), the page's text around it read as before."""
    first, second = _built(tmp_path, {"quiz.mdx": JSX_QUIZ}).items
    assert first.kind is ItemKind.multiple_choice and first.correct == "B" and first.locator.line == 8  # (its record's line: T18-23)
    assert "'def' keyword" in first.answer_plain() and second.correct == "B" and second.locator.line == 9


def test_a_markdown_pair_list_shows_its_markdown_as_it_renders(tmp_path: Path) -> None:
    """trial9 T29: '- **abundant** (adj.) – existing in large quantities. *Example: …*' read as pairs kept the
    asterisks on the card; the front is the plain words, the back rendered (italics as italics)."""
    page = "# IELTS vocabulary\n\n- **abundant** (adj.) – existing in large quantities. *Example: Fish are abundant.*\n- **scarce** (adj.) – not enough for demand. *Example: Water is scarce.*\n- **mitigate** (v.) – to make less severe.\n"
    items = _built(tmp_path, {"vocab.md": page}).items
    assert [i.question for i in items] == ["abundant (adj.)", "scarce (adj.)", "mitigate (v.)"]
    assert "<em>Example: Fish are abundant.</em>" in items[0].answer[0].text and "*" not in items[0].answer_plain()


def test_text_with_braces_is_no_gift_quiz() -> None:
    """A .txt of notes whose LaTeX holds '\\mathbb{T}' or 'f{F}' is no GIFT quiz: a GIFT answer block follows a
    space or a line start, and a quiz has options ('{=…', '{~…') or a ::title::."""
    from compiler.sources.gift import looks_like_gift

    assert not looks_like_gift(["The torus \\mathbb{T} and the field \\mathbf{F}.", "Write f{T} and g{F} for short."])
    assert looks_like_gift(["::Q1:: Water boils at 100 °C. {T}"]) and looks_like_gift(["Q1 {=a ~b}", "", "Q2 {~c =d}"])


QUIZLET_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Cell Biology Flashcards</title></head>
<body><main><h1>Cell Biology</h1>
<section class="SetPageTerms-termsList">
<div class="SetPageTerm-content"><div class="SetPageTerm-side"><a class="SetPageTerm-wordText"><span>Osmosis</span></a></div><div class="SetPageTerm-side"><a class="SetPageTerm-definitionText"><span>Movement of water across a membrane</span></a></div></div>
<div class="SetPageTerm-content"><div class="SetPageTerm-side"><a class="SetPageTerm-wordText"><span>Diffusion</span></a></div><div class="SetPageTerm-side"><a class="SetPageTerm-definitionText"><span>Particles spreading from high to low concentration</span></a></div></div>
<div class="SetPageTerm-content"><div class="SetPageTerm-side"><a class="SetPageTerm-wordText"><span>Mitochondria</span></a></div><div class="SetPageTerm-side"><a class="SetPageTerm-definitionText"><span>Where respiration makes ATP</span></a></div></div>
</section></main></body></html>
"""


def test_a_saved_flashcard_set_page_reads_its_term_and_definition_pairs(tmp_path: Path) -> None:
    """trial10 P39: a flashcard-set page saved from the browser (term and definition elements side by side, no
    headings) gave no card; elements whose classes say term and definition are read as pairs."""
    items = _built(tmp_path, {"Cell-Biology.html": QUIZLET_PAGE}).items
    assert [(i.question, i.answer_plain()) for i in items] == [
        ("Osmosis", "Movement of water across a membrane"),
        ("Diffusion", "Particles spreading from high to low concentration"),
        ("Mitochondria", "Where respiration makes ATP"),
    ]
