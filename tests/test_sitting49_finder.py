"""Forty-ninth sitting, finder: findings of trial 49 (real public documents: the PHP manual's DocBook FAQ, Celery,
Scrapy, Requests and Poetry FAQs, the Kotlin docs and tour (Writerside Markdown), Ollama's MDX FAQ, the Redux FAQ,
VuePress, tldr pages in five languages, an OpenStax CNXML module; docs/trials/trial49.md) fixed: a DocBook chapter that
uses its book's entities is read, each shown by its name (T49-1)."""

from __future__ import annotations

from pathlib import Path

from conftest import built_notes, note_back, note_front

TRIAL = Path(__file__).parent / "data" / "trials" / "trial49"


# --- T49-1: a DocBook chapter using entities its book declares elsewhere -------------------------------------------------


def test_a_docbook_chapter_using_its_books_entities_is_read(tmp_path: Path) -> None:
    """T49-1 (high): the PHP manual's FAQ chapters (``faq/general.xml``, ``using.xml``) use the book's entities
    (``&url.foldoc;``, ``&php.ini;``), declared in files the manual's build joins. Before: "broken XML: undefined
    entity" stopped the whole build, nothing written. Now the chapter is read: an HTML entity is its character, any
    other its name, and one warning at the first one's line names them and says how to show their text."""
    notes, skipped, said = built_notes(tmp_path, {"shell.xml": TRIAL / "docbook-faq.xml"})
    cards = {note_front(n): note_back(n) for n in notes}
    assert set(cards) == {"Where does the shell read its settings from?", "How do I keep a variable's spaces when I use it?"}
    assert "From shell.rc in your home directory." in cards["Where does the shell read its settings from?"]
    assert '"$name" keeps it one word, étranger or not.' in cards["How do I keep a variable's spaces when I use it?"]
    assert skipped == []
    told = [s for s in said if "declares nowhere" in s]
    assert len(told) == 1 and told[0].startswith("sources/shell.xml:13: warning: 2 entities")
    assert "&shell.rc;" in told[0] and "&url.shell.manual;" in told[0] and "&nbsp;" not in told[0]


# --- T49-3: Writerside attribute lists ------------------------------------------------------------------------------------


def test_writerside_attribute_lists_are_no_card_text(tmp_path: Path) -> None:
    """T49-3 (high): the Kotlin docs and tour are Writerside Markdown: an attribute list after a heading
    (``### Exercise 1 {initial-collapse-state="collapsed" collapsible="true" id="…"}``) and alone on the line under a
    block (``{style="tip"}`` under a quote, ``{kotlin-runnable="true" id="…"}`` under a fence). Before: every exercise's
    front, a section's name ('Strings practice {completion-point="true"}') and the backs printed them. Now they are
    layout, as kramdown's ``{: .class}`` is."""
    notes, _, said = built_notes(tmp_path, {"strings.md": TRIAL / "writerside-tour.md"})
    text = " ".join(f"{note_front(n)} {note_back(n)} {' '.join(n.get('sections') or [])}" for n in notes)
    assert '="' not in text and "collapsible" not in text and "kotlin-runnable" not in text and "completion-point" not in text
    joining = next(n for n in notes if note_front(n) == "Joining strings")
    assert "use buildString instead" in note_back(joining) and 'style=' not in note_back(joining)
    exercise = next(n for n in notes if "Exercise 1" in note_front(n) or "repeat(3)" in note_front(n))
    assert '"ababab"' in note_back(exercise)
    assert not any('="' in s.split("\n")[0] for s in said)


# --- T49-2: the Markdown inside an MDX page's components ----------------------------------------------------------------


def test_markdown_inside_mdx_components_is_markdown(tmp_path: Path) -> None:
    """T49-2 (high): Ollama's FAQ (Mintlify MDX) writes notes as ``<Note>`` … ``</Note>`` around Markdown. Before: read
    as raw HTML, the code span's ``<directory>`` was dropped as a tag (``run `sudo chown -R ollama:ollama `.``: a
    command without its argument) and the backticks printed. Now a callout is a quote opening with its name, its code
    spans code; Docusaurus' ``<TabItem label="Linux">`` is its label over its text."""
    notes, _, _ = built_notes(tmp_path, {"faq.mdx": TRIAL / "mdx-faq.mdx"})
    cards = {note_front(n): note_back(n) for n in notes}
    move = cards["How do I move them to another disk?"]
    assert "Note: The keeper user needs write access to that folder: run sudo chown -R keeper:keeper <folder>" in move
    assert "`" not in move
    running = cards["How do I keep the server running after I log out?"]
    assert "Linux Enable the service: systemctl enable keeper" in running
    assert "macOS Load its agent: launchctl load ~/Library/LaunchAgents/keeper.plist" in running
    assert "<TabItem" not in running and "label=" not in running


# --- T49-6: a tab's title over its content ------------------------------------------------------------------------------


def test_a_tabs_title_stays_over_its_content(tmp_path: Path) -> None:
    """T49-6 (medium): the Kotlin docs write build scripts in Writerside tabs (``<tab title="Kotlin">`` / ``<tab
    title="Groovy">``), Poetry's FAQ in a Hugo tab set whose names are the set's ``tabName1="Original"`` …. Before: the
    code blocks followed each other unlabelled (Poetry's text says "as described in the second tab below"). Now each
    tab's title is in bold over its content."""
    notes, _, said = built_notes(tmp_path, {"faq.md": TRIAL / "tabbed-faq.md"})
    cards = {note_front(n): note_back(n) for n in notes}
    named = cards["How do I name a framework in the build file?"]
    assert named.index("Kotlin") < named.index('framework { baseName = "TheName" }') < named.index("Groovy")
    assert named.index("Groovy") < named.index("framework { baseName 'TheName' }")
    moved = cards["How do I move an old project file to the new format?"]
    assert moved.index("Before") < moved.index("[tool.builder]") < moved.index("After") < moved.index("[project]")
    assert not any("shortcode" in s for s in said)


# --- T49-4: a DocBook question that goes on after its '?' -------------------------------------------------------------------


def test_a_docbook_question_going_on_after_its_mark_is_whole(tmp_path: Path) -> None:
    """T49-4 (high): the PHP manual asks "I need to convert all single-quotes (') to a backslash followed by a
    single-quote (\\'). How can I do this with a regular expression? I'd also like to convert " to \\" and \\ to \\\\."
    Before: the front was its last sentence first, parsed as Markdown twice: 'I'd also like to convert " to " and \\ to
    \\. I need …' (the backslashes it asks about gone). Now a ``<question>`` is one question, in its order, as written."""
    notes, _, _ = built_notes(tmp_path, {"strings.xml": TRIAL / "docbook-trailing.xml"})
    assert [note_front(n) for n in notes] == [
        "I need to turn every tab into a backslash followed by a t (\\t). How can I do this with one function call? "
        "I'd also like to turn \" into \\\" and \\ into \\\\."
    ]
    assert note_back(notes[0]) == "Use addcslashes with the characters to escape."


# --- T49-5: answers that only point elsewhere ---------------------------------------------------------------------------


def test_an_answer_that_only_points_elsewhere_is_said(tmp_path: Path) -> None:
    """T49-5 (medium): Scrapy's FAQ answers 6 of its 36 questions with a pointer ('See previous question.', 'See
    :ref:`bans`.'); on its own card, reviewed out of the page's order, such an answer holds nothing to recall. Before:
    cards without a word. Now they are still notes (the question may be worth its answer), and the build says so for
    each, at its line, grouped as one problem; an answer that says something besides is never flagged."""
    notes, _, said = built_notes(tmp_path, {"faq.rst": TRIAL / "pointer-answers.rst"})
    assert len(notes) == 4
    told = [s for s in said if "only points elsewhere" in s]
    assert [s.split(": warning")[0] for s in told] == ["sources/faq.rst:6", "sources/faq.rst:11", "sources/faq.rst:21"]
    assert told[1].startswith("sources/faq.rst:11: warning: the answer to 'How can I make the crawler faster?' only points "
                              "elsewhere ('See previous question.'): on its own card it holds nothing to recall")
    assert all("write the answer itself on the card" in s for s in told)
    assert not any("StopCrawl" in s for s in told)


# --- T49-7: a Writerside exercise's folded solution ---------------------------------------------------------------------


def test_a_writerside_exercises_folded_solution_is_its_answer(tmp_path: Path) -> None:
    """T49-7 (medium): the Kotlin tour's exercises are ``### Exercise 1`` over the task, ``|---|---|`` over the starter
    code and ``|---|---|`` over the solution, whose attribute line folds it away titled ``collapsed-title="Example
    solution"``. Before: the front 'Maps practice › Exercise 1', the back the task, the starter code and the solution
    with ``|---|---|`` printed twice. Now the folded code is the answer toggle the page shows: the task and its starter
    code on the front, the solution on the back, the lone delimiter rows no text; nothing said as left out."""
    notes, _, said = built_notes(tmp_path, {"maps.md": TRIAL / "writerside-exercise.md"})
    assert len(notes) == 1
    front, back = note_front(notes[0]), note_back(notes[0])
    assert front.startswith("Define a map from the numbers 1 to 3 to their names and print the name of 2.")
    assert "// Write your code here" in front and "mapOf" not in front
    assert 'mapOf(1to"one",2to"two",3to"three")' in "".join(back.split()) and "Write your code here" not in back  # (code: spans)
    assert "|---|" not in front + back
    assert not any("in no card" in s or "outside any question" in s for s in said)


# --- T49-8: a question heading under a question heading that refers back to it ------------------------------------------


def test_a_sub_question_that_refers_back_is_filed_under_its_question(tmp_path: Path) -> None:
    """T49-8 (medium): Ollama's FAQ asks '## Where are models stored?' and under it '### How do I set them to a different
    location?'. Before: that card asked about "them", naming nothing, in no section. Now a question heading deeper than
    the question above it that refers back to it ('them', 'it', 'these') is a card of its own whose section is that
    question, as a follow-up's is; the question above keeps its own answer."""
    notes, _, _ = built_notes(tmp_path, {"faq.mdx": TRIAL / "mdx-faq.mdx"})
    by_front = {note_front(n): n for n in notes}
    moved = by_front["How do I move them to another disk?"]
    assert moved["sections"][-1] == "faq::Where are backups kept?"
    assert note_back(by_front["Where are backups kept?"]).startswith("Linux: /var/lib/keeper/backups")
    assert "KEEPER_BACKUPS" not in note_back(by_front["Where are backups kept?"])
    assert by_front["How do I keep the server running after I log out?"]["sections"] in ([], None)
