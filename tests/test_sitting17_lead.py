"""Lead's fixes of the seventeenth sitting."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from conftest import new_user_deck, typeset_pdf

from compiler.cli import main

# a two-page quiz as a teacher types it: a question wrapped over lines, options a line each, a question answered
# in a line of its own, a question with no answer, the key at the end, a page number at each page's foot, a
# ligature ('ﬁnds') and a formula's italic letters as a typesetter's fonts give them
_QUIZ_TYP = r"""
#set page(paper: "a5", footer: [#h(1fr) #context counter(page).display() #h(1fr)])
= Networking quiz

*1.* Which protocol is connection-oriented and guarantees in-order delivery of a byte stream between two hosts on the internet, even when packets arrive out of order?

a) UDP #linebreak() b) TCP #linebreak() c) ICMP #linebreak() d) ARP

*2.* What does DNS stand for?

a) Domain Name System #linebreak() b) Dynamic Network Service #linebreak() c) Data Naming Scheme #linebreak() d) Direct Name Server

*3.* Explain why the scheduler ﬁnds threads cheaper than processes when $x + y$ contexts are switched.

Answer: Threads share one address space, so a switch between them keeps the memory map.

#pagebreak()
*4.* Which port does HTTPS use by default?

a) 80 #linebreak() b) 443 #linebreak() c) 21 #linebreak() d) 25

*5.* Which layer of the OSI model does IP belong to?

*Answer key:* 1. b  2. a  4. b
"""



def _notes(deck: Path) -> dict[str, dict[str, Any]]:
    manifest = json.loads(next((deck / "build").glob("*.json")).read_text(encoding="utf-8"))
    return {n["fields"].get("Question") or n["fields"].get("Text"): n for n in manifest["notes"]}


def test_a_pdf_in_sources_is_read_as_its_text(tmp_path: Path) -> None:
    """Lead L17-1: a PDF dropped into sources/ was 'not read: run pdftotext'. Its text layer is read as the .txt
    pdftotext makes (page furniture dropped, a wrapped question joined, the key after the questions keys them),
    and the table the build suggests reads the same cards when pasted."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "network quiz.pdf", _QUIZ_TYP)
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    notes = _notes(deck)
    asked = (
        "Which protocol is connection-oriented and guarantees in-order delivery of a byte stream between two hosts "
        "on the internet, even when packets arrive out of order?"
    )
    assert notes[asked]["fields"]["Correct"] == "B) TCP"
    assert notes["What does DNS stand for?"]["fields"]["Correct"] == "A) Domain Name System"
    assert notes["Which port does HTTPS use by default?"]["fields"]["Correct"] == "B) 443"
    [threads] = [q for q in notes if q.startswith("Explain why")]
    assert "finds threads" in threads and "x + y" in threads  # (the typesetter's 'ﬁ' and italic 𝑥, 𝑦 as letters)
    assert "Threads share one address space" in notes[threads]["fields"]["Answer"]
    assert not any("Page" in q or q.strip().isdigit() for q in notes)
    assert "not read" not in result.output and "pdftotext" not in result.output and "form feed" not in result.output
    # the unanswered question: a message at its line, with the page and the line on the page a reader can find
    assert re.search(r"sources/network quiz\.pdf:\d+: warning: question has no answer.*\[page 2, line \d+\]", result.output), result.output
    # the suggested table, pasted, reads the same cards
    table = result.output[result.output.index("    [[source]]") :]
    table = "\n".join(line[4:] for line in table.splitlines() if line.startswith("    "))
    assert 'file = "sources/network quiz.pdf"' in table
    (deck / "deck.toml").write_text((deck / "deck.toml").read_text(encoding="utf-8") + "\n" + table + "\n", encoding="utf-8")
    again = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert again.exit_code == 0, again.output
    assert "not listed in deck.toml" not in again.output
    assert {q: n["fields"] for q, n in _notes(deck).items()} == {q: n["fields"] for q, n in notes.items()}


def test_pdfs_deckc_cannot_read_are_named_with_what_to_do(tmp_path: Path) -> None:
    """A scan (no text layer), a PDF locked by a password and a damaged one are each a warning naming the file and
    what to do, and the rest of the deck builds; a damaged PDF deck.toml lists stops the build, nothing written."""
    import pypdf

    deck = new_user_deck(tmp_path / "deck")
    sources = deck / "sources"
    blank = pypdf.PdfWriter()
    blank.add_blank_page(200, 200)
    blank.write(sources / "scan.pdf")
    locked = pypdf.PdfWriter(clone_from=pypdf.PdfReader(typeset_pdf(tmp_path / "quiz.pdf", _QUIZ_TYP)))
    locked.encrypt(user_password="secret", algorithm="RC4-128")
    locked.write(sources / "locked.pdf")
    (sources / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    (sources / "notes.md").write_text("## What is latency?\n\nThe time one request takes.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    assert "sources/scan.pdf: warning: not read: a PDF with no text in it (1 page, none with text: a scanned document?)" in result.output
    assert "ocrmypdf" in result.output
    assert "sources/locked.pdf: warning: not read: a PDF protected by a password" in result.output
    assert "sources/broken.pdf: warning: not read: a PDF deckc cannot open (damaged or not a PDF)" in result.output
    assert list(_notes(deck)) == ["What is latency?"]
    (deck / "deck.toml").write_text(
        (deck / "deck.toml").read_text(encoding="utf-8") + '\n[[source]]\nid = "broken"\nfile = "sources/broken.pdf"\n', encoding="utf-8"
    )
    (deck / "build").rename(tmp_path / "first-build")
    failed = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert failed.exit_code == 1
    assert "sources/broken.pdf: error: a PDF deckc cannot open" in failed.output
    assert "Traceback" not in failed.output
    assert not any((deck / "build").glob("*.json"))


def test_a_pdf_a_note_links_to_is_an_attachment(tmp_path: Path) -> None:
    """An Obsidian vault keeps the papers its notes embed (`![[…pdf]]`) or link to beside them: those PDFs are what
    the notes show, not documents of their own (no cards from a paper's text), and no warning is said of them."""
    deck = new_user_deck(tmp_path / "deck")
    vault = deck / "sources" / "vault"
    (vault / "attachments").mkdir(parents=True)
    typeset_pdf(vault / "attachments" / "Attention Is All You Need.pdf", _QUIZ_TYP)
    typeset_pdf(vault / "attachments" / "week 2.pdf", _QUIZ_TYP)
    (vault / "Transformers.md").write_text(
        "## What does self-attention compute?\n\nA weighted sum of values.\n\n![[Attention Is All You Need.pdf]]\n\n"
        "Slides: [week 2](attachments/week%202.pdf)\n",
        encoding="utf-8",
    )
    typeset_pdf(deck / "sources" / "quiz.pdf", _QUIZ_TYP)  # (nothing links to it: a document)
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    assert "Attention Is All You Need.pdf" not in result.output and "week 2.pdf" not in result.output
    notes = _notes(deck)
    assert "What does self-attention compute?" in notes
    assert "What does DNS stand for?" in notes
    assert len(notes) == 5, list(notes)  # the note's card and the quiz's four answered questions, no paper's


# an interview book as a typesetter sets it (trial18 T18-15: its pdftotext copy gave 8 cards of code): chapter
# titles large, questions in a bold face a size up, answers in paragraphs wrapped over lines, a question whose
# answer is a list, a question wrapped over two lines
_BOOK_TYP = r"""
#set page(paper: "a5")
#show heading.where(level: 1): set text(size: 20pt)
#show heading.where(level: 2): set text(size: 13pt)
= Networking

== What does TCP guarantee?
TCP delivers a stream of bytes reliably and in order: lost segments are sent again, and the receiver puts
segments that arrive out of order back in order before the application reads them.

== Name the layers of the TCP/IP model.
- Link
- Internet
- Transport
- Application

== Why does a three-way handshake need three messages and not two, when both hosts must agree on their initial sequence numbers?
Each side must learn that the other received its initial sequence number: SYN, SYN-ACK, ACK.

= Operating systems

== What is a process?
A program in execution, with its own address space. It costs 5 \* 3 \_units\_ of \<memory\>.
"""


def test_a_typeset_pdf_s_headings_are_its_questions(tmp_path: Path) -> None:
    """trial18 T18-15 (for a PDF read directly): a book's questions are set as headings, which its text alone does
    not show; deckc reads the font sizes: a line set larger than the body text is a heading (a level per size),
    so the questions are headings over their answers and the chapters their sections."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "book.pdf", _BOOK_TYP)
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    assert "read as layout 'markdown'" in result.output
    notes = _notes(deck)
    assert set(notes) == {
        "What does TCP guarantee?",
        "Name the layers of the TCP/IP model.",
        "Why does a three-way handshake need three messages and not two, when both hosts must agree on their initial "
        "sequence numbers?",
        "What is a process?",
    }, list(notes)
    tcp = notes["What does TCP guarantee?"]
    assert "lost segments are sent again, and the receiver puts segments" in " ".join(tcp["fields"]["Answer"].split())
    assert tcp["sections"][-1].endswith("Networking") and notes["What is a process?"]["sections"][-1].endswith("Operating systems")
    layers = notes["Name the layers of the TCP/IP model."]["fields"]["Answer"]
    assert all(word in layers for word in ("Link", "Internet", "Transport", "Application"))
    # (a PDF's text is no Markdown: '*', '_' and '<' are text)
    assert "5 * 3 _units_ of &lt;memory&gt;" in " ".join(notes["What is a process?"]["fields"]["Answer"].split())


def test_code_at_page_edges_is_no_running_header() -> None:
    """trial18 T18-16: text copied from a PDF of programming notes lost the '}' (and '//...') that close code at
    the foot of many pages: removed as a 'page header, footer and number line'. A running header has words."""
    from compiler.sources.pdftext import clean

    names = ("Alpha", "Beta", "Gamma", "Delta")
    pages = [f"Question {n}: what does this print?\nclass {name} {{\n  void run() {{\n    //...\n  }}\n}}\n{n}\n" for n, name in enumerate(names, 1)]
    text, done = clean("\f".join(pages))
    assert (text.count("}"), text.count("//..."), text.count("void run() {")) == (8, 4, 4)  # (every line of code kept)
    assert all(text_ not in ("}", "//...") for text_ in done.furniture)


_CODE_TYP = r"""
#set page(paper: "a5")
#show heading.where(level: 2): set text(size: 13pt)
== What does this code print?
```python
def f(x, *args):
    return x * 2  # <doubled>

print(f(3))
```
It prints 6: the function doubles its first argument.

== What is a list comprehension?
A compact way to build a list, e.g. `[x * x for x in range(3)]` gives squares.
"""


def test_code_in_a_typeset_pdf_stays_code(tmp_path: Path) -> None:
    """A PDF read as Markdown (its headings typeset) sets its code in a monospaced font: those lines are fenced as
    code, indent and marks kept ('*args', '# <doubled>'), so a question asking about the code shows it; code set
    smaller than the text does not make the text a heading."""
    deck = new_user_deck(tmp_path / "deck")
    typeset_pdf(deck / "sources" / "python.pdf", _CODE_TYP)
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    notes = {n["fields"]["Answer"]: n["fields"]["Question"] for n in _notes(deck).values()}
    [front] = [q for a, q in notes.items() if "It prints 6" in a]
    assert "What does this code print?" in front and '<pre class="code"' in front
    assert "def f(x, *args):\n</span><span class=\"line\">    return x * 2  # &lt;doubled&gt;" in front
    [other] = [q for a, q in notes.items() if "compact way" in a]
    assert other == "What is a list comprehension?"


_VAULT_NOTE = """# Networks

## What does a FLAG byte look like in HDLC?

A fixed pattern, 01111110. %%check against the RFC%%

>%%
>```annotation-json
>{"created":"2023-08-13T05:36:05.070Z","target":[{"source":"vault:/notes/media/CN.pdf"}]}
>```
>%%
>*%%PREFIX%%It has some%%HIGHLIGHT%% ==special patterns like 0x7E== %%POSTFIX%%Byte stuffing*

## Which notes link here?

```dataview
TABLE file.mtime FROM "notes" WHERE contains(file.outlinks, this.file.link)
```

## Which magic runs a cell as a shell script?

The `%%bash` cell magic; growth was 100%% of the target, a comment left open.
"""


def test_obsidian_comments_and_queries_are_never_on_cards(tmp_path: Path) -> None:
    """trial18 T18-29, T18-30: an Obsidian vault's '%% … %%' comments (the Annotator plugin's JSON records, inside a
    quote too) were printed on cards, and Dataview query fences were answers ('TABLE from "notes" WHERE …'). Both
    are hidden as Obsidian hides them; '%%' in code and a '%%' that never closes are text."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "CN.md").write_text(_VAULT_NOTE, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    cards = {q: n["fields"]["Answer"] for q, n in _notes(deck).items()}
    flag = cards["What does a FLAG byte look like in HDLC?"]
    assert "01111110" in flag and "special patterns like 0x7E" in flag and "Byte stuffing" in flag
    assert "%%" not in flag and "RFC" not in flag and "created" not in flag and "PREFIX" not in flag
    assert "Which notes link here?" not in cards and not any("TABLE" in a for a in cards.values())
    magic = cards["Which magic runs a cell as a shell script?"]
    assert "%%bash" in magic and "100%% of the target, a comment left open" in magic


def test_vault_hidden_keeps_lines_and_leaves_ankdown_alone() -> None:
    from compiler.sources.vault_hidden import hide

    lines = ["Q %%a%% text", "%%", "gone", "%%", "kept"]
    assert hide(lines) == ["Q  text", "", "", "", "kept"]
    ankdown = ["Front one", "%", "Back one", "%%", "Front two", "%", "Back two"]
    assert hide(ankdown) is ankdown


_SOLVED = """ECE Quiz 1 - Solutions

Problem type 1: Provide the regular expression for the language.

a. BYH
All strings containing the substring 000
Solution: (0 + 1)* 000 (0 + 1)*

b. BYA
All strings containing the subsequence 000
Solution: (0 + 1)* 0 (0 + 1)* 0 (0 + 1)* 0 (0 + 1)*

c. BYC
All strings that do not contain the substring 00.
Solution: Every zero must have a 1 after it, so (e + 0)(1(e + 0))*.

d. BYG
All strings that do not contain the subsequence 00
Solution: At most one 0: 1*(e + 0)1*
"""


def test_solution_lines_are_never_guessed_as_the_questions(tmp_path: Path) -> None:
    """trial18 T18-49 (severe): a solved quiz's 'Solution:' lines were guessed as the items, so every card showed a
    solution on its front and the NEXT question on its back. A line labelled as a solution (or proof, answer,
    Lösung, решение …) answers; the build makes no such card and its advice names the label as the answer's,
    and the table it shows, filled in as it says, reads the right cards."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "quiz.txt").write_text(_SOLVED, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 1 and "nothing was written" in result.output  # (no card fronted by a solution)
    assert "its most repeated line start is 'Solution:'" in result.output and "the answers'" in result.output
    assert "# answer = '^\\s*Solution:\\s*(?P<answer>.*)$'" in result.output
    table = "\n".join(
        line[4:].removeprefix("# ") if line[4:].startswith(("# item", "# answer")) else line[4:]
        for line in result.output.splitlines()
        if line.startswith("    ") and not line[4:].startswith(("# or", "# its", "# label", "# write", "# (docs", "# item = '^Q", "# answer = '^A"))
    )
    (deck / "deck.toml").write_text((deck / "deck.toml").read_text(encoding="utf-8") + "\n" + table + "\n", encoding="utf-8")
    again = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert again.exit_code == 0, again.output + table
    cards = {q: n["fields"]["Answer"] for q, n in _notes(deck).items()}
    assert cards["BYH All strings containing the substring 000"] == "<p>(0 + 1)* 000 (0 + 1)*</p>"
    assert len(cards) == 4 and not any(q.startswith("Solution") for q in cards)


def test_an_acronym_in_brackets_is_no_hole() -> None:
    """trial18 T18-56: 'deckc lint' exited 1 on 'least recently ⟦used (⟧ LRU)' (and showed '&nbsp;' as written): an
    acronym after its words is the verb's object; a cut object (words left in brackets) still is a hole."""
    from compiler.lint import text_holes

    assert text_holes("invalidation&nbsp;algorithms such as least recently used (LRU)&nbsp;can help") == []
    [spot] = text_holes("the first&nbsp;paper used (rare in practice) for this")
    assert spot.rule == "missing-object" and spot.context == "the first paper ⟦used (⟧ rare in practice) for"


def test_an_assistant_s_sign_off_is_on_no_card(tmp_path: Path) -> None:
    """trial18 T18-61: notes a chat assistant wrote end with a line to the reader after the last answer ('That's
    Lecture 2 … Let me know if you want more focus on anything!', 'Would you like me to …?'): it was the last card's
    back (or a question). A short last paragraph that signs off so is on no card; one that only ends politely, in a
    long answer, stays."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "os.md").write_text(
        "## What is a process?\n\nA program in execution, with its own address space.\n\n---\n\n"
        "## What does a scheduler do?\n\nIt picks which ready process runs next on the CPU.\n\n---\n\n"
        "That's the lecture, simply explained. Would you like me to turn these into a 10-question quiz with an answer key?\n",
        encoding="utf-8",
    )
    (deck / "sources" / "net.md").write_text(
        "## What is latency?\n\nThe time one request takes.\n\n## Who answers questions about the course?\n\n"
        + "The teaching assistants hold office hours every week and answer on the forum within a day; " * 6
        + "let me know if the forum is down.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    cards = {q: n["fields"]["Answer"] for q, n in _notes(deck).items()}
    assert cards["What does a scheduler do?"] == "<p>It picks which ready process runs next on the CPU.</p>"
    assert not any("Would you like" in q or "Would you like" in a for q, a in cards.items())
    assert "let me know if the forum is down" in cards["Who answers questions about the course?"]


_SCENARIOS = """# SQL scenario checks

> Scenario questions with one right option each.

## Table of Contents

1. [Queries](#1-queries)

## 1. Queries

**Q.** A developer writes the following query to find customers who never ordered:

```sql
SELECT c.id FROM customers c LEFT JOIN orders o ON c.id = o.customer_id WHERE o.customer_id = NULL;
```

The query returns 0 rows. What is wrong?

- A) LEFT JOIN should be RIGHT JOIN.
- B) The WHERE clause should use IS NULL.
- C) The join needs <> instead of =.

> **Answer: B**<BR>
> The key is B.

<div align="right">
    <b><a href="#table-of-contents">↥ back to top</a></b>
</div>

**Q.** Which clause filters groups after aggregation?

- A) WHERE
- B) HAVING
- C) ORDER BY

> **Answer: B**<BR>
> The key is B.

<div align="right">
    <b><a href="#table-of-contents">↥ back to top</a></b>
</div>

**Q.** An analyst runs the following query, which takes a minute on ten million orders:

```sql
SELECT * FROM orders o
WHERE o.customer_id = (SELECT id FROM customers WHERE email = 'a@b.example');
```

The subquery returns one row. Which change helps most?

- A) Replace = with IN.
- B) Index customers.email and orders.customer_id.
- C) Use a CROSS JOIN.

> **Answer: B**<BR>
> The key is B.

<div align="right">
    <b><a href="#table-of-contents">↥ back to top</a></b>
</div>

**Q.** Which join keeps every row of both tables?

- A) INNER JOIN
- B) CROSS JOIN
- C) FULL OUTER JOIN

> **Answer: C**<BR>
> The key is C.

<div align="right">
    <b><a href="#table-of-contents">↥ back to top</a></b>
</div>

**Q.** Which statement removes a table and its definition?

- A) DELETE
- B) DROP TABLE
- C) TRUNCATE

> **Answer: B**<BR>
> The key is B.

<div align="right">
    <b><a href="#table-of-contents">↥ back to top</a></b>
</div>

""".replace("<BR>", "  ")  # (a hard line break after the key, as the page writes it)


def test_a_lead_in_and_its_code_join_the_question_that_asks_about_them(tmp_path: Path) -> None:
    """trial18 T18-57: '**Q.** A developer writes the following query …:' over the query, then 'The query returns 0
    rows. What is wrong?' and its options, gave a Basic card (lead-in → query) and a quiz without the query. A
    question that only introduces the code (a table, picture, quote) the next question asks about is that
    question's front, above it (a task, 'Write a query that …:', keeps its code as its answer: the unit test below)."""
    deck = new_user_deck(tmp_path / "deck")
    (deck / "sources" / "sql.md").write_text(_SCENARIOS, encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(deck)], env={"DECKC_EMBEDDER": "stub"})
    assert result.exit_code == 0, result.output
    notes = _notes(deck)
    [wrong] = [n for q, n in notes.items() if "What is wrong?" in q]
    front = wrong["fields"]["Question"]
    assert front.index("writes the following query") < front.index("LEFT") < front.index("What is wrong?")
    assert wrong["fields"]["Correct"].startswith("B)")
    assert not any(q.startswith("A developer writes") for q in notes)
    assert notes["Which clause filters groups after aggregation?"]["fields"]["Correct"] == "B) HAVING"
    [faster] = [n for q, n in notes.items() if "Which change helps most?" in q]
    assert "takes a minute" in faster["fields"]["Question"] and faster["fields"]["Correct"].startswith("B)")
    assert len(notes) == 5


def test_a_task_over_its_code_is_no_lead_in() -> None:
    """The other side of T18-57: 'Write a query that lists names:' over its query is a task answered by the query,
    and an open question after it that does not point back at it is its own card."""
    from compiler.model import Block, BlockKind, Item, ItemKind, Locator
    from compiler.sources.stimulus import lead_ins

    def item(line: int, question: str, answer: list[Block], kind: ItemKind = ItemKind.basic) -> Item:
        return Item(source="s", question=question, answer=answer, kind=kind, locator=Locator(file="s.md", line=line), original=question)

    code = [Block(kind=BlockKind.code, text="SELECT name FROM customers;", lang="sql")]
    said = [Block(kind=BlockKind.text, text="A relation.")]
    task = [item(1, "Write a query that lists names:", code), item(5, "What does the query return?", said)]
    assert lead_ins(task) == task
    unrelated = [item(1, "A developer writes the following query:", code), item(5, "What is a table?", said)]
    assert lead_ins(unrelated) == unrelated
    [joined] = lead_ins([item(1, "A developer writes the following query:", code), item(5, "What does the query return?", said)])
    assert joined.question == "What does the query return?" and joined.stimulus[1] == code[0]
