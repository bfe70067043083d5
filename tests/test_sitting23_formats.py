"""Twenty-third sitting (trial22 left-overs and trial23), formats: readers for non-Markdown formats and tool exports.
Fixtures written here in general terms, from each format's documented syntax."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import built_notes, note_back, note_front

from compiler.sources.choices import roman_label
from compiler.sources.lines import code_fence, code_span
from compiler.sources.typst import convert_typst

# a Typst quiz whose code is raw text: '#raw("…")' calls (inline, and a block with its language) and backticks; the
# key an italic line under the options
TYPST_RAW_QUIZ = r"""= Quiz

*Question 1.* Which line is a comment in Python?

A. #raw("// note") \
B. #raw("# note") \
C. `/* note */` \

_Correct answer: B_

*Question 2.* What does this print for the letter #raw("x")?

#block(fill: luma(235))[#raw(block: true, lang: "python", "x = [1, 2]\nprint(\"$\", x[0])")]

A. `$ 1` \
B. `$ 2` \

_Correct answer: A_

*Question 3.* Python is dynamically typed.

A. TRUE \
B. FALSE \

_Correct answer: A_
"""


def test_typst_raw_text_kept_as_code_and_italic_key_line_read(tmp_path: Path) -> None:
    """trial22 T22-27: '#raw("…")' calls were dropped (options 'A.' 'B.' with no text, a stem losing its word) and a
    key line in italics ('_Correct answer: B_') keyed nothing. Raw text is now code as written (a block one a fenced
    block with its language, nothing in it read as markup or maths), and an italic key line names the option."""
    text = convert_typst(TYPST_RAW_QUIZ.split("\n")).text
    assert "A. `// note`" in text and "B. `# note`" in text and "C. `/* note */`" in text
    assert '```python\nx = [1, 2]\nprint("$", x[0])\n```' in text
    notes, skipped, _ = built_notes(tmp_path, {"quiz.typ": TYPST_RAW_QUIZ})
    assert skipped == [] and len(notes) == 3 and all(n["notetype"] == "deckc Multiple choice" for n in notes)
    by = {next(q for q in ("comment", "letter x", "dynamically") if q in note_front(n)): n for n in notes}
    assert note_back(by["comment"]) == "B) # note" and note_back(by["dynamically"]) == "A) TRUE"
    second = by["letter x"]
    code = re.sub(r"<[^>]+>", "", second["fields"]["Question"])
    assert 'print(&quot;$&quot;, x[0])' in code.replace('"', "&quot;") and note_back(second) == "A) $ 1"


def test_italic_key_line_and_code_helpers() -> None:
    """A line wholly in italics that opens with a label reads as the label line; other italic lines stay as they are.
    Code spans and fences grow past the backticks inside them."""
    assert roman_label("*Correct answer: B*").strip() == "Correct answer: B"
    assert roman_label("_Answer: A_").strip() == "Answer: A"
    assert roman_label("*B*") == "*B*" and roman_label("*an aside in italics*") == "*an aside in italics*"
    assert code_span("a`b") == "``a`b``" and code_span("`x") == "`` `x ``" and code_span(" a ") == "`  a  `"
    assert code_fence(["x", "```", "y"]) == "````" and code_fence(["x"]) == "```"


# a TOML quiz bank (mdbook-quiz's shape) whose prompt is several paragraphs, the first a statement ending in '.'
TOML_PROMPT_PARAGRAPHS = '''[[questions]]
type = "MultipleChoice"
prompt.prompt = """
Python lists can grow while a program runs.
For example, this appends to one:

```
xs = [1]
xs.append(2)
```

Which method adds every item of another list?
"""
answer.answer = "extend"
prompt.distractors = ["append", "insert"]

[[questions]]
type = "ShortAnswer"
prompt.prompt = """
A dictionary maps keys to values.

What does `d.get(k)` return when `k` is missing?
"""
answer.answer = "None"
'''


def test_bank_prompt_of_several_paragraphs_shown_in_its_order(tmp_path: Path) -> None:
    """trial22 T22-28: a bank record's prompt whose first paragraph is a statement ('… can grow while a program runs.')
    was shown with that paragraph LAST, after the code and the asking sentence. The prompt is one text: its front now
    keeps the author's order."""
    notes, skipped, _ = built_notes(tmp_path, {"quiz.toml": TOML_PROMPT_PARAGRAPHS})
    assert skipped == [] and len(notes) == 2
    fronts = sorted(note_front(n) for n in notes)
    assert fronts[0].startswith("A dictionary maps keys to values.") and fronts[0].endswith("is missing?")
    assert fronts[1].startswith("Python lists can grow while a program runs.") and fronts[1].endswith("every item of another list?")
    assert fronts[1].index("For example") < fronts[1].index("xs.append") < fronts[1].index("Which method")
    # trial23 T23-27: the same in a YAML bank, a question line over its code
    yaml_bank = "- question: |\n    What does this command print?\n    ```bash\n    echo hi\n    ```\n  options: [hi, echo]\n  answer: 0\n"
    notes, skipped, _ = built_notes(tmp_path / "yaml", {"quiz.yaml": yaml_bank})
    assert skipped == [] and note_front(notes[0]).startswith("What does this command print?") and note_back(notes[0]) == "A) hi"


# an AsciiDoc FAQ saved under AsciiDoc's historical name, .txt: anchors, attribute lines, a listing block holding output
ASCIIDOC_AS_TEXT = """= Library FAQ
:toc: left

[[faq.install]]
== How do I install the library?

Run the installer:

[source,shell]
----
$ pip install thing
Received: ok
Received: done
----

[[faq.upgrade]]
== How do I upgrade it?

Run the installer again with `--upgrade`; see xref:install.adoc#top[Installing].
"""


def test_asciidoc_saved_as_text_is_read_as_asciidoc(tmp_path: Path) -> None:
    """trial22 T22-47 (AsciiDoc part): an AsciiDoc document named .txt (as AsciiDoc files long were) was read as plain
    text, a pattern guessed from the program output in its listing block, and no card came. It is told by its content
    (a '== Title' and two kinds of AsciiDoc's own lines) and read as AsciiDoc, as Org and RST saved as text are; a
    Markdown or MediaWiki text with '==' lines is not."""
    from compiler.sources.asciidoc import looks_like_asciidoc

    notes, skipped, _ = built_notes(tmp_path, {"faq.txt": ASCIIDOC_AS_TEXT})
    assert sorted(note_front(n) for n in notes) == ["How do I install the library?", "How do I upgrade it?"]
    assert "pip install thing" in note_back(next(n for n in notes if "install the" in note_front(n))) and skipped == []
    assert not looks_like_asciidoc(["== Notes ==", "", "[[Category]]", ":x: y"])  # (MediaWiki's closed titles)
    assert not looks_like_asciidoc(["Intro", "== not a title in Markdown", "text"])


# a deck of one note per deckc note type: a long answer (folded on the card), a quiz, a cloze; sections and levels set
OWN_DECK = """# Networks

## Transport

### What does TCP guarantee? [hard]

""" + " ".join(["TCP delivers bytes in order and without loss, retransmitting what is lost."] * 30) + """

### Which port does HTTPS use by default? [easy]

- A) 80
- B) 443
- C) 21

**Answer:** B

## Naming

DNS maps {{c1::names}} to {{c2::addresses}}.
"""


def test_anki_notes_export_of_a_deckc_deck_reads_back_clean(tmp_path: Path) -> None:
    """trial22 T22-33: a deck deckc built, imported into Anki and exported as 'Notes in Plain Text' (guid, note type,
    deck and tags columns) printed the note type's Sources, Difficulty, Section and DeckcId fields on every back, lost
    its sections and levels, and a folded answer came back as 'More: More: …'. Rows of deckc's own note types are
    now read as its notes are in a package: fields by name, the fold undone, quizzes as quizzes."""
    from anki.collection import DeckIdLimit
    from ankiutil import import_apkg, open_collection

    from compiler.build import build

    first = tmp_path / "first"
    deck = first / "content"
    (deck / "sources").mkdir(parents=True)
    (deck / "deck.toml").write_text('[deck]\nname = "Net"\n\n[[source]]\nid = "net"\nfile = "sources/net.md"\ntitle = "Networks"\n'
                                    'layout = "markdown"\ndifficulty = { from = "label", labels = { easy = "easy", hard = "hard" }, default = "medium" }\n', encoding="utf-8")  # fmt: skip
    (deck / "sources" / "net.md").write_text(OWN_DECK, encoding="utf-8")
    result = build(deck, first / "build", formats=("apkg",), now=1_000)
    assert result.compiled is not None, [d.text() for d in result.diagnostics.items]
    col = open_collection(tmp_path / "anki")
    try:
        import_apkg(col, next((first / "build").glob("*.apkg")))
        export = tmp_path / "notes.txt"
        col.export_note_csv(out_path=str(export), limit=DeckIdLimit(col.decks.id_for_name("Net")), with_html=True,
                            with_tags=True, with_deck=True, with_notetype=True, with_guid=True)  # fmt: skip
        cards = tmp_path / "cards.txt"
        col.export_card_csv(out_path=str(cards), limit=DeckIdLimit(col.decks.id_for_name("Net")), with_html=True)
    finally:
        col.close()
    assert "deckc Multiple choice" in export.read_text(encoding="utf-8")
    notes, skipped, _ = built_notes(tmp_path / "again", {"notes.txt": export})
    assert skipped == [] and len(notes) == 3
    by = {n["notetype"]: n for n in notes}
    basic, quiz, cloze = by["deckc Basic"], by["deckc Multiple choice"], by["deckc Cloze"]
    assert note_back(quiz) == "B) 443" and [o for o in quiz["fields"]["Options"].split("</li>") if "443" in o]
    assert quiz["difficulty"] == "easy" and basic["difficulty"] == "hard"
    assert basic["sections"][-1].endswith("::Transport") and cloze["sections"][-1].endswith("::Naming")
    back = note_back(basic)
    assert "More: More" not in basic["fields"]["Answer"] and back.count("retransmitting") == 30
    for note in notes:  # (deckc's bookkeeping fields never on a card)
        assert not any(w in plain for w in ("net/", "Networks #") for plain in (note_back(note), note_front(note)))

    # trial22 T22-34: the same deck exported as 'Cards in Plain Text' (each card's rendered sides): the context line is
    # the section, never glued to the question; the level and sources under the answer are no answer text
    notes, skipped, _ = built_notes(tmp_path / "cards", {"cards.txt": cards})
    assert len(notes) == 3 and len(skipped) == 1 and skipped[0]["skipped"].startswith("another card of the note at line ")
    by = {n["notetype"]: n for n in notes}
    assert by["deckc Cloze"]["fields"]["Text"] == "DNS maps {{c1::names}} to {{c2::addresses}}."
    basic, quiz = by["deckc Basic"], by["deckc Multiple choice"]
    assert note_front(basic) == "What does TCP guarantee?" and basic["sections"][-1].endswith("::Transport")
    assert note_front(quiz) == "Which port does HTTPS use by default?" and note_back(quiz) == "B) 443"
    assert basic["difficulty"] == "hard" and quiz["difficulty"] == "easy"
    assert note_back(basic).count("retransmitting") == 30 and "Networks" not in note_back(basic)


# a JSON bank of shell commands kept as plain text: placeholders in angle brackets, an address, a command substitution
SHELL_BANK = r"""[
  {"title": "Delete a local tag", "tip": "git tag -d <tag-name>", "category": "Tags"},
  {"title": "Find commits that added a term", "tip": "git log -S'<a term in the source>'", "category": "Search"},
  {"title": "Run a script over a bisection", "tip": "git bisect start <bad> <good> && git bisect run <script>", "category": "Search"},
  {"title": "Change a commit's author", "tip": "git commit --amend --author='Author Name <email@address.com>'", "category": "Commits"},
  {"title": "Undo the last commits", "tip": "git reset --hard $(git rev-parse --abbrev-ref HEAD)@{${1-1}}", "category": "Commits"},
  {"title": "Make a word bold", "tip": "Wrap it in <b>bold</b>; see <https://example.org/html>", "category": "HTML"}
]
"""


def test_bank_text_keeps_angle_bracket_placeholders_and_shell_dollars(tmp_path: Path) -> None:
    """trial23 T23-17 (severe): a bank's plain-text values went through Markdown as written, so '<tag-name>',
    '<a term in the source>', '<script>' and '<email@…>' were taken for HTML and dropped (43 answers lost their
    placeholders, silently), and '$(…)@{${1-1}}' was typeset as a formula. A '<' that opens no markup a field holds
    is text; a '$…$' pair whose closing dollar opens a shell expansion is no formula. Real markup stays markup."""
    table = '[[source]]\nid = "tips"\nfile = "sources/tips.json"\nlayout = "markdown"\n[source.bank]\nquestion = "title"\nanswer = "tip"\n'
    notes, skipped, said = built_notes(tmp_path, {"tips.json": SHELL_BANK}, table=table)
    backs = {note_front(n): note_back(n) for n in notes}
    assert backs["Delete a local tag"] == "git tag -d <tag-name>"
    assert backs["Find commits that added a term"] == "git log -S'<a term in the source>'"
    assert backs["Run a script over a bisection"] == "git bisect start <bad> <good> && git bisect run <script>"
    assert backs["Change a commit's author"] == "git commit --amend --author='Author Name <email@address.com>'"
    assert backs["Undo the last commits"] == "git reset --hard $(git rev-parse --abbrev-ref HEAD)@{${1-1}}"
    bold = next(n for n in notes if note_front(n) == "Make a word bold")["fields"]["Answer"]
    assert "<b>bold</b>" in bold and 'href="https://example.org/html"' in bold
    assert skipped == [] and not [m for m in said if "formula" in m or "active content" in m]


# an mdbook-quiz bank: options that are one line of fenced code, a prompt whose Rust code has mdBook's hidden lines
MDBOOK_QUIZ = '''[[questions]]
type = "MultipleChoice"
prompt.prompt = """
Which signature mutates the vector in place?
"""
answer.answer = """
```
fn f(v: &mut Vec<f32>);
```
"""
prompt.distractors = ["""
```
fn f(v: &Vec<f32>) -> Vec<f32>;
```
"""]

[[questions]]
type = "ShortAnswer"
prompt.prompt = """
How many boxes hold 15 at the end?

```aquascope,interpreter
#fn main() {
let a = Box::new(15);
let b = a;`[]`
#[allow(unused)]
let c = Box::new(15);`(focus,paths:c)`
#}
```
"""
answer.answer = "2"
'''


def test_mdbook_quiz_code_options_and_hidden_lines(tmp_path: Path) -> None:
    """trial22 T22-29: an option that is a fenced line of code came out as inline code with the fence's text and a
    stray backslash ('Vec\\\\<f32>'), and mdBook's hidden lines ('#fn main() {') and aquascope's step markers
    ('`[]`') were printed in the code. The option is its code, verbatim; hidden lines and markers are left out."""
    notes, skipped, _ = built_notes(tmp_path, {"quiz.toml": MDBOOK_QUIZ})
    assert skipped == [] and len(notes) == 2
    quiz = next(n for n in notes if n["notetype"] == "deckc Multiple choice")
    assert "<code>fn f(v: &amp;mut Vec&lt;f32&gt;);</code>" in quiz["fields"]["Options"] and "\\" not in quiz["fields"]["Options"]
    code = re.sub(r"<[^>]+>", "", next(n for n in notes if n["notetype"] == "deckc Basic")["fields"]["Question"])
    assert "let b = a;\n#[allow(unused)]\nlet c = Box::new(15);\n" in code and "#fn" not in code and "#}" not in code and "`" not in code


def test_org_code_span_over_a_line_break() -> None:
    """trial22 T22-10: org lets '~code~' and '=verbatim=' run over one line break (its filling leaves them so); read
    line by line they were printed raw and a '$' in them opened a formula that ran to the next '$'. Such a span is
    now one code span; a lone '~' or '=' is still text."""
    from compiler.sources.org import convert_org

    text = convert_org(["* How do I regenerate the env file?", "You may need to run ~$", "   doom env~ again (it holds your =$PATH=).",
                        "Run ~$ which", "<PROGRAM>~ in your shell.", "", "2 = 3 - 1 and", "x ~ y here."]).text  # fmt: skip
    assert "run `$ doom env` again (it holds your `$PATH`)." in text and "Run `$ which <PROGRAM>` in your shell." in text
    assert "2 = 3 - 1 and\nx ~ y here." in text


def test_work_in_progress_notice_is_a_placeholder(tmp_path: Path) -> None:
    """trial22 T22-11: an org FAQ's 'TODO' entries whose only text is a notice ('󱌣 *This post is a work in progress!*',
    in a quote, after an icon) became cards teaching the notice. Such a notice is a placeholder answer: the question is
    listed as skipped; a notice inside a real answer is not one."""
    from compiler.sources.lines import is_placeholder

    org = ("* FAQ\n** TODO How does the editor start so quickly?\n#+begin_quote\n 󱌣 *This post is a work in progress!*\n"
           "#+end_quote\n\n** What is a package manager?\nA tool that installs packages.\n")  # fmt: skip
    notes, skipped, _ = built_notes(tmp_path, {"faq.org": org})
    assert [note_front(n) for n in notes] == ["What is a package manager?"]
    assert [(s["question"], s["skipped"]) for s in skipped] == [("How does the editor start so quickly?", "placeholder")]
    assert is_placeholder("This page is under construction.") and is_placeholder("🚧 Work in progress")
    assert not is_placeholder("The answer is incomplete without the context of the call")


ASCIIDOC_CALLOUTS = """== How do I wrap a blocking call?

As described in xref:schedulers.adoc#elastic[the schedulers page], wrap it:

[source,java]
----
Mono<String> m = Mono.fromCallable(() -> { <1>
    return call(); // <2>
});
m = m.subscribeOn(elastic()); <3>
----
<1> Create a new `Mono` by using `fromCallable`.
<2> Return the blocking resource.
<3> Ensure each subscription happens on a dedicated worker
from `elastic()`.

See also xref:other.adoc#retry[].
"""


def test_asciidoc_cross_references_and_code_callouts() -> None:
    """trial22 T22-31: 'xref:page.adoc#anchor[Text]' was printed raw, the callout marks '<1>' stayed in the code and
    the callout list ran into one paragraph. A cross reference shows its text (or its anchor), the marks leave the code
    (the code's own text kept, ';' too) and the callout list is an ordered list."""
    from compiler.sources.asciidoc import convert_asciidoc

    text = convert_asciidoc(ASCIIDOC_CALLOUTS.split("\n")).text
    assert "As described in the schedulers page, wrap it:" in text and "See also retry." in text
    assert "Mono.fromCallable(() -> {\n    return call();\n});\nm = m.subscribeOn(elastic());\n```" in text
    assert "1. Create a new `Mono` by using `fromCallable`.\n2. Return the blocking resource.\n3. Ensure each" in text


FCC_QUIZ = """---
id: 1
title: CSS quiz
challengeType: 8
dashedName: quiz-css
---

# --description--

Answer the questions.

# --quizzes--

## --quiz--

### --question--

#### --text--

Which is not a valid value of `position`?

#### --distractors--

`fixed`

---

`absolute`

---

`relative`

#### --answer--

`above`

### --question--

#### --text--

Given the following code, how is `.child` placed?

```css
.child { position: absolute; }
```

#### --distractors--

In the normal flow.

---

At the parent's top.

---

Nowhere.

#### --answer--

Against its containing block.
"""


def test_freecodecamp_quiz_keeps_code_spans_and_code_under_the_question(tmp_path: Path) -> None:
    """trial23 T23-1: a freeCodeCamp quiz's inline code was made plain (an HTML/CSS quiz whose options are tags and
    values, in body font) and the code under a question was shown before it. Inline code stays code on the front and
    in the options; the question's code follows its sentence."""
    notes, skipped, _ = built_notes(tmp_path, {"quiz.md": FCC_QUIZ})
    assert skipped == [] and len(notes) == 2
    first = next(n for n in notes if "valid value" in note_front(n))
    assert "<code>position</code>" in first["fields"]["Question"] and "<code>above</code>" in first["fields"]["Options"]
    second = next(n for n in notes if "placed" in note_front(n))["fields"]["Question"]
    assert second.index("how is") < second.index("<pre")


def test_quizlet_definition_wrapped_over_a_line_break_is_one_sentence(tmp_path: Path) -> None:
    """trial23 T23-26: a Quizlet definition typed over two lines ('across a' / 'semi-permeable membrane') was split
    into two paragraphs (and run together in plain text: 'asemi-permeable'). A line that goes on with an unfinished
    sentence joins it with a space; a line after a finished one, or a list's entry, stays a line of its own."""
    export = ("osmosis\tdiffusion of water across a\nsemi-permeable membrane\nnucleus\tHolds the DNA.\nIt is the largest organelle.\n"
              "diffusion\tmovement from high to low concentration\n")  # fmt: skip
    notes, _, _ = built_notes(tmp_path, {"set.txt": export})
    backs = {note_front(n): n["fields"]["Answer"] for n in notes}
    assert backs["osmosis"] == "<p>diffusion of water across a semi-permeable membrane</p>"
    assert backs["nucleus"] == "<p>Holds the DNA.</p><p>It is the largest organelle.</p>"


def test_gift_numeric_stop_and_empty_html_around_an_option(tmp_path: Path) -> None:
    """trial23 T23-3: a full stop after a numeric answer block ('… places)? {#3.1415:0.0005}.') was kept as a
    detached ' .' on the front, and a Moodle-exported right option kept the empty paragraphs and line breaks around its
    word ('<p></p><p>…</p><br><p></p>') while the other options were cleaned."""
    gift = ("What is the value of pi (to 3 decimal places)? {#3.1415:0.0005}.\n\n"
            "[html]Which class creates the subscription? {\n"
            "  ~<p><span style\\=\"font-size\\:11pt\">Client</span><br></p>\n"
            "  =<p></p><p class\\=\"ACorrectChoice\"><span style\\=\"color\\:green\"><span></span></span><span>Controller </span></p><br><p></p>\n"
            "  ~<p>Payment<br></p>\n}\n")  # fmt: skip
    notes, skipped, _ = built_notes(tmp_path, {"quiz.gift": gift})
    assert skipped == [] and sorted(note_front(n) for n in notes) == ["What is the value of pi (to 3 decimal places)?", "Which class creates the subscription?"]
    quiz = next(n for n in notes if n["notetype"] == "deckc Multiple choice")
    assert note_back(quiz) == "B) Controller" and "<p></p>" not in quiz["fields"]["Options"] and "<br" not in quiz["fields"]["Options"]
